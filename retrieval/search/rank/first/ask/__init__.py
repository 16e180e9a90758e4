"""Kind-of-ask rules read from the sentences that ask, grouped by what is asked about: the parties (parties/), 協働
itself and a project (kyodo/), what a guideline records (records/)."""
