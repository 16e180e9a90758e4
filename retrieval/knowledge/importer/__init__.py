"""`kyodo import`: bring a published guideline (a plain-text extraction or Markdown) into the
knowledge folder as a guideline file, with its source kept beside it as provenance.

source (read the file) → lines (noise lines, blocks) → leftouts (cover, contents, charter) →
paragraphs → joins (paragraphs cut by page breaks) → headings + outline (levels) → anchors →
writer (Markdown, excluded.yaml) → run (prove, then write) → report (what the maintainer reads).
"""
