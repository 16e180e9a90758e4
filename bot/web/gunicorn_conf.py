"""Gunicorn settings shared by `kyodo serve` and the Procfile (`gunicorn -c python:bot.web.gunicorn_conf`).

`kyodo serve` runs one process with threads: the engine is built once (about a second and
the Sudachi dictionary) and `Engine.ask` is thread-safe, so threads serve concurrent staff
cheaply. The Procfile's `web:` line asks for two workers on the command line, so that Slack
events keep being answered while one worker restarts; preloading builds the engine before
they fork.
"""

worker_class = "gthread"
workers = 1
threads = 8
# Build the engine before binding, so a broken knowledge folder stops start-up with its message.
preload_app = True
# A question pasted from a long Slack message is ~9 KB once URL-encoded, over gunicorn's
# 4 KB default; 0 lifts the limit to gunicorn's own 1 MB guard.
limit_request_line = 0
timeout = 30
graceful_timeout = 5
accesslog = None  # questions are in the URLs; no page writes them anywhere
errorlog = "-"
loglevel = "warning"
# Gunicorn ≥ 25.1 otherwise creates a control socket under $HOME; kyodo writes no files.
control_socket_disable = True
