"""A guideline's structure from its own numbering: which lines are headings, their levels, and the anchors they give."""
