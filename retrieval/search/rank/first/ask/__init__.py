"""Kind-of-ask rules read from the sentences that ask: a figure, one party's gains, what was done so far, why a
guideline was written, whether 協働 is an end or a means, examples under way, the steps of a project, a partner's
capacity."""
