"""The Slack app: a thin Bolt app factory and one listener module per kind."""
