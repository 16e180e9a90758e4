"""Written by benchmarks/fit_weights.py: do not edit by hand, run it again.

Fitted on 1010 questions of the read sets: dev, own, holdout, english, blind/slack, blind/scope, blind/scope2, blind/scope3, blind/sealed, blind/sealed2, blind/tune4, blind/tune5, blind/tune6, blind/tune7, blind/tune8, blind/tune9, blind/tune10, blind/tune11, blind/tune12, blind/tune13, blind/tune14, blind/tune15, blind/tune16, blind/tune17, blind/tune18, blind/tune19, blind/tune20.
"""

CHECKLIST_VOTES: dict[str, float] = {
    "entries": 1.0000,
    "sections": 1.0987,
    "words": 4.5334,
}
