"""kyodo's domain: load the knowledge folder, analyse, index and answer questions.

Nothing in this package knows about Slack or the web.
"""
