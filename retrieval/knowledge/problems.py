"""Validation problems: what is wrong, where (file:line), and how to fix it — in Japanese."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str  # Japanese, says what is wrong
    hint: str = ""  # Japanese, says how to fix it
    code: str = ""  # stable machine-readable kind, e.g. "yaml-syntax"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.message}"
        return f"{text}（対処: {self.hint}）" if self.hint else text

    def to_json(self) -> dict[str, object]:
        return {"file": self.file, "line": self.line, "code": self.code, "message": self.message, "hint": self.hint}


class KnowledgeError(Exception):
    """Raised when the knowledge folder cannot be loaded; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
