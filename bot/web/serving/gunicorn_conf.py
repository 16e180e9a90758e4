"""Gunicorn settings shared by `kyodo serve` and the Procfile (`gunicorn -c python:bot.web.serving.gunicorn_conf`).

`kyodo serve` runs one process with threads: the engine is built once (about a second and
the Sudachi dictionary) and `Engine.ask` is thread-safe, so threads serve concurrent staff
cheaply. The Procfile's `web:` line asks for two workers on the command line, so that Slack
events keep being answered while one worker restarts; preloading builds the engine before
they fork.
"""

import os as _os

from bot.content import process as _process
from bot.web.serving import request_line as _request_line

worker_class = "gthread"
workers = 1
threads = 8
# Build the engine before binding, so a broken knowledge folder stops start-up with its message.
preload_app = True
# The longest question the product takes must fit in `/?q=` and `/api/ask?q=`; anything longer
# is refused with 414 after reading at most this many bytes. (0 would mean unlimited: a 10 MB
# URL then took 11-27 s of worker CPU and 900 MB.)
limit_request_line = _request_line.allow_request_lines_up_to(_request_line.longest_question_request_line())
timeout = 30
graceful_timeout = 5
accesslog = None  # questions are in the URLs; no page writes them anywhere
errorlog = "-"
loglevel = "warning"
# Gunicorn quotes a refused request line whole in its warning, and an access log's %(r)s is
# the request line too: every line either log writes is cut to a bounded excerpt.
logger_class = "bot.web.serving.bounded_log.BoundedLogger"
# Gunicorn ≥ 25.1 otherwise creates a control socket under $HOME; kyodo writes no files.
control_socket_disable = True

# Content updates without a restart: SIGHUP to the master reloads knowledge/ in the master (for workers
# forked later) and in every worker, instead of replacing the workers, which would fork the preloaded,
# old content again; no second master is ever started. See bot/content/process.py.
on_starting = _process.on_starting
post_worker_init = _process.post_worker_init
on_exit = _process.on_exit
# `kyodo reload` finds the master here (unset: no pid file; pass --pid instead).
pidfile = _os.environ.get("KYODO_PID_FILE") or None
