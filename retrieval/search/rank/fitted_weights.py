"""Written by benchmarks/fit_weights.py: do not edit by hand, run it again.

Fitted on the read sets: dev, own, holdout, english, blind/slack, blind/scope, blind/scope2, blind/scope3, blind/sealed, blind/sealed2, blind/tune4, blind/tune5, blind/tune6, blind/tune7, blind/tune8, blind/tune9, blind/tune10, blind/tune11, blind/tune12; 981 questions for the reranker,
610 for the checklist votes.
"""

RERANK: dict[str, float] = {
    "combined": 3.0938,
    "share": 1.2479,
    "lift": 1.7151,
    "heading": 0.6593,
    "ask_heading": 0.7559,
    "path": 1.2609,
    "ask_cover": 0.2529,
    "cover": -0.4375,
    "sentence_cover": 0.8300,
    "ask_sentence_cover": 1.1952,
    "top_entry": 0.8041,
}
CHECKLIST_VOTES: dict[str, float] = {
    "entries": 1.0000,
    "sections": 0.8960,
    "words": 5.2221,
}
