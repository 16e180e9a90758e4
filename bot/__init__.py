"""kyodo's delivery: the `kyodo` command, the Slack app and the web pages. Renders Answers; never searches."""
