"""Scoring and ordering: BM25 over passages and Q&A entries, the fitted reranker, checklist choice, excerpts."""
