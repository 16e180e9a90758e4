"""`kyodo gaps` for a person at a terminal, in Japanese: what to write next, on top."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.store.gaps import GapGroup
from retrieval.knowledge.models import Knowledge
from retrieval.search.decline.fact_kinds import GRAMMAR_KINDS

MAX_WORDINGS = 4
MAX_SHOWN = 3


def render_gaps(groups: list[GapGroup], knowledge: Knowledge, since: datetime, asked: int, limit: int) -> str:
    gaps = sum(group.count for group in groups)
    head = (f"{_local(since)} 以降の質問 {asked:,} 件のうち、指針にないと答えたか「役に立たなかった」と評価された "
            f"{gaps:,} 件を、言い方の近いもの同士 {len(groups):,} グループにまとめました。")
    if not groups:
        return head + "\n足りない Q&A は見つかりませんでした。"
    lines = [head, "上にあるものほど多く聞かれています。下書きは kyodo gaps --draft ID で作れます。", ""]
    for rank, group in enumerate(groups[:limit], start=1):
        wordings = group.wordings
        lines.append(f"{rank:>2}. [{group.id}] {wordings[0]}")
        lines.append(f"    {group.count} 件（指針にない {group.declined}、役に立たなかった {group.unhelpful}）"
                     f" 最後 {_local(group.last_asked)}")
        if len(wordings) > 1:
            lines.append("    ほかの言い方: " + " / ".join(wordings[1:MAX_WORDINGS]))
        lines.append("    表示したもの: " + _shown(group, knowledge))
        lines.append("    今の知識では: " + _now(group))
        for comment in group.comments[:2]:
            lines.append(f"    コメント: {' '.join(comment.split())[:100]}")
    if len(groups) > limit:
        lines.append(f"\n（ほか {len(groups) - limit} グループ。--limit で増やせます）")
    return "\n".join(lines)


def _shown(group: GapGroup, knowledge: Knowledge) -> str:
    shown = group.shown()
    parts = []
    for item, _ in shown["passages"][:MAX_SHOWN]:
        doc, _, section = item.partition("#")
        guideline = knowledge.guideline(doc)
        found = guideline.section(section) if guideline else None
        parts.append(f"{guideline.issuer}「{found.heading}」" if guideline and found else item)
    parts += [f"Q&A {item}" for item, _ in shown["qa"][:MAX_SHOWN]]
    parts += [f"チェックリスト {item}" for item, _ in shown["checklists"][:1]]
    return "、".join(parts) if parts else "なし（指針にないと答えた）"


def now_label(group: GapGroup) -> str:
    """The same, in a few words (App Home)."""
    state, phrase, _ = _now_state(group)
    return {"answered": "今は答えます", "grammar": "今は文の形で断ります",
            "phrase": f"今は decline.yaml の「{phrase}」で断ります", "no-topic": "今は話題なしで断ります"}[state]


def _now(group: GapGroup) -> str:
    """What the knowledge does with the group now, and so what to change: a Q&A entry, or decline.yaml."""
    state, phrase, kind = _now_state(group)
    return {
        "answered": "答えます（知識の更新で答えられるようになりました）",
        "grammar": f"断ります（文の形「{phrase}」から{kind}を尋ねる問いと判断）。指針が答える質問なら開発者に知らせてください",
        "phrase": f"断ります（decline.yaml の「{phrase}」（{kind}））。指針が答える質問なら decline.yaml を直してください",
        "no-topic": "断ります（指針の話題が見当たりません）。指針が答える質問なら Q&A か用語集の言い方を書いてください",
    }[state]


def _now_state(group: GapGroup) -> tuple[str, str, str]:
    """answered, grammar (a reading of the fact_asks package or places.py), phrase (a decline.yaml line) or no-topic; with the
    phrase and kind."""
    if group.answered_now:
        return "answered", "", ""
    if group.declined_now_by is None:
        return "no-topic", "", ""
    phrase, kind = group.declined_now_by
    return ("grammar" if kind in GRAMMAR_KINDS else "phrase"), phrase, kind


def _local(moment: datetime) -> str:
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
