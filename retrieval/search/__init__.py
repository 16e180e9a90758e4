"""Searching the loaded knowledge, by stage: question/ reads what is asked (analyzer, sentences and asks, the
query's weighted terms, glossary aliases, cleaning), decline/ weighs the evidence that the guidelines treat it,
rank/ scores and orders passages, Q&A entries and checklists (BM25, the fitted reranker, snippets); tuning.py
holds the settings they share; engine.py joins them into an Answer. Knows nothing of Slack or the web."""
