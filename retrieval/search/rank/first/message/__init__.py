"""Kind-of-ask rules read from the whole message, its situation included (MarkedAsk's `setting`), grouped by what the
message is about: the city's money (money/), choosing the partner (choosing/), working with it (partner/), how a
project is set up and run (project/)."""
