"""Searching the loaded knowledge: analyzer, alias lists, BM25, passages, question cleaning,
the engine and snippets. Knows nothing of Slack or the web."""
