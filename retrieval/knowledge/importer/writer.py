"""Write what the importer made: the guideline Markdown, and the exclusions in excluded.yaml.

excluded.yaml is edited as text, only under the imported id, so other guidelines' entries (and
any comments) stay exactly as their maintainers wrote them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import yaml

from retrieval.knowledge.completeness import comparable, located_blocks
from retrieval.knowledge.importer.model import Body, Excluded, Heading

RULE_MIN = 12  # characters of wording: shorter prefixes would cover unrelated paragraphs
RULE_MAX = 60


@dataclass(frozen=True)
class Meta:
    id: str
    title: str
    issuer: str
    date: str
    url: str
    source: str


def render_guideline(meta: Meta, items: list[Heading | Body]) -> str:
    front = ["---"] + [f"{key}: {_scalar(getattr(meta, key))}" for key in ("id", "title", "issuer", "date", "url", "source")]
    parts = ["\n".join(front + ["---"])]
    for item in items:
        if isinstance(item, Heading):
            parts.append(f"{'#' * item.level} {item.text} {{#{item.anchor}}}")
        else:
            parts.append(item.markdown)
    return "\n\n".join(parts) + "\n"


def _scalar(value: str) -> str:
    if not value:
        return '""'
    plain = yaml.safe_dump(value, allow_unicode=True, default_style=None, width=10_000).strip()
    plain = plain.removesuffix("\n...").strip()
    return plain if yaml.safe_load(plain) == value and "\n" not in plain else json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class Rule:
    text: str
    reason: str
    whole: bool = False  # matches only a paragraph that is exactly `text`


def exclusion_rules(source: str, excluded: list[Excluded]) -> list[Rule]:
    """One rule per excluded source paragraph: its opening words, long enough that they do not
    also open a paragraph the guideline keeps — or, when the whole paragraph is that short
    (「網走市」 before 「網走市では、…」), the whole paragraph, marked `whole`."""
    blocks = located_blocks(source)
    ends = [blocks[i + 1][0] if i + 1 < len(blocks) else 10**9 for i in range(len(blocks))]
    chosen: dict[int, str] = {}
    for item in excluded:
        index = next((i for i, (start, _) in enumerate(blocks) if start <= item.line < ends[i]), None)
        if index is not None and comparable(blocks[index][1]):
            chosen.setdefault(index, item.reason)
    kept = [comparable(block) for i, (_, block) in enumerate(blocks) if i not in chosen]
    return [_rule(blocks[index][1], reason, kept) for index, reason in sorted(chosen.items())]


def _rule(block: str, reason: str, kept: list[str]) -> Rule:
    lines = [re.sub(r"\s+", " ", line).strip() for line in block.splitlines() if comparable(line)]
    for count in range(1, len(lines) + 1):
        text = " ".join(lines[:count])
        key = comparable(text)
        if (len(key) >= RULE_MIN or count == len(lines)) and not any(k.startswith(key) for k in kept):
            if len(text) > RULE_MAX and not re.search(r"[<>|*#]", text) and not any(
                    k.startswith(comparable(text[:RULE_MAX])) for k in kept):
                text = text[:RULE_MAX]
            return Rule(text, reason)
    return Rule(" ".join(lines), reason, whole=True)


def updated_exclusions(current: str, doc_id: str, rules: list[Rule]) -> str:
    """excluded.yaml with the entries under `doc_id` replaced by `rules` (removed when empty)."""
    lines = current.splitlines()
    start = next((i for i, line in enumerate(lines) if re.match(rf"^{re.escape(doc_id)}\s*:", line)), None)
    if start is not None:
        end = start + 1
        # The id's entries: indented lines and "- " items; a comment at the margin belongs to what follows.
        while end < len(lines) and (not lines[end].strip() or lines[end][0] in " \t-"):
            end += 1
        while end > start + 1 and not lines[end - 1].strip():  # keep the blank line before the next id
            end -= 1
        del lines[start:end]
    else:
        start = len(lines)
    if rules:
        block = [f"{doc_id}:"] + [
            f"  - {{text: {json.dumps(rule.text, ensure_ascii=False)}, reason: {json.dumps(rule.reason, ensure_ascii=False)}"
            + (", whole: true}" if rule.whole else "}") for rule in rules]
        lines[start:start] = block
    return "\n".join(lines).strip("\n") + "\n" if lines else ""
