"""Kind-of-ask rules about how a project is set up and run: a rushed or fixed project, the specification, a form or
a dealing alone as 協働, a partnership agreement, whether it must be written and what the partners' meeting must be
called, evaluating alone, what to do once it has ended."""
