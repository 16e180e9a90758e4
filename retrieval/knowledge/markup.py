"""The markup a guideline body may carry besides its words, shared by everything that reads one."""

import re

# The |---|---| line under a table header: markup, never wording (passages and web pages drop it).
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
