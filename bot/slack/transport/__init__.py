"""How kyodo and Slack reach each other: the signed HTTP endpoint and Socket Mode in, the Web API client and the outbox
out, and each event answered once."""
