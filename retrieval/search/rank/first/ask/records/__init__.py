"""Kind-of-ask rules about what a guideline records: a figure, what was done so far, why it was written, whether
residents know the word 協働, a body carrying 協働 across the departments, a place for groups' meetings and flyers."""
