"""The web pages: questions in a browser, guidelines, checklists, Q&A — the targets of Slack's links."""
