"""Reading a plain-text extraction: its lines, the paragraphs and tables they make, the paragraphs a page break cut,
and the parts that are no passage (cover, contents, colophon)."""
