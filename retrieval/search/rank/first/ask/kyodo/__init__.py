"""Kind-of-ask rules about 協働 itself and a project: whether it is an end or a means, why it is needed, where 支援
ends and 協働 begins, whether a project suits it, what to settle before it starts or whose part is unclear, the steps
it goes through, examples under way."""
