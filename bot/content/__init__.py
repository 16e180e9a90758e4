"""The knowledge being served, and reloading it without a restart (after a merge, on SIGHUP)."""
