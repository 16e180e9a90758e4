"""Reading a question: its words (Sudachi), its sentences and which of them ask, who is asking, the glossary
aliases it contains, and the weighted terms it is searched with."""
