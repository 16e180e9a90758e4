"""Kind-of-ask rules about 協働 itself and a project: whether it is an end or a means, where 支援 ends and 協働 begins,
whether a project suits it, the steps a project goes through, examples under way."""
