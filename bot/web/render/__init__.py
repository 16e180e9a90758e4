"""What the pages show besides the Answer itself: guideline Markdown as HTML, Japanese phrases kept whole, tables of
contents, citation links, the Q&A grouped by topic, example questions."""
