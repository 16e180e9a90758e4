"""What the last attempt to reload the knowledge folder gave, for the log and the maintainers' App Home."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True)
class ReloadResult:
    ok: bool  # the new content is served; False: the last good content still is
    seconds: float  # from the request to the swap (or the refusal)
    problems: tuple[str, ...] = ()  # the validator's messages (`kyodo check`), file:line first
    summary: dict[str, int] = field(default_factory=dict)  # 文書, 節, チェックリスト, Q&A, 用語 of the new content
    finished_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    key: str = ""  # the engine cache key of the content that was checked (bot.content.reload.content_key)

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "seconds": self.seconds, "problems": list(self.problems), "summary": self.summary,
                "finished_at": self.finished_at.isoformat(), "key": self.key}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReloadResult:
        return cls(bool(data["ok"]), float(data["seconds"]), tuple(data["problems"]), dict(data["summary"]),
                   datetime.fromisoformat(data["finished_at"]), str(data["key"]))
