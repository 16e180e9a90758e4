"""Kind-of-ask rules about what a guideline records: a figure, what was done so far, why it was written, whether
residents know the word 協働, a body carrying 協働 across the departments, a place for groups' meetings and flyers,
what follows 大阪市's basic edition, 千葉県's two bodies for 協働 (read from the whole question, unlike the rest of
ask/: the 協働推進員 is named in the situation and the ask is only 「何をする役？」)."""
