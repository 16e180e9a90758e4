"""Whether the guidelines treat a question: the decline phrases and the grammar of a bare-fact ask, other
senses of 協働, and the evidence that a topic is held."""
