"""`kyodo gaps --draft ID`: a ready-to-edit knowledge/qa/<id>.yaml from one group of missed questions.

The question and phrasings are the staff's own wordings; the citations are the sections the
engine finds nearest to them, asked without declining (an engine over the same knowledge with
no out-of-scope list and no coverage threshold), because a declined question is exactly one
with no passage good enough to show. The answer is left empty with a note to write it, so
`kyodo check` refuses the draft until a maintainer has written it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC

import yaml

from bot.store.gaps import GapGroup
from retrieval.knowledge.entries import MAX_ANSWER_CHARS, MAX_QA_QUESTION_CHARS, MIN_PHRASINGS
from retrieval.knowledge.models import Knowledge
from retrieval.search.engine import Engine
from retrieval.search.question.cleaning import wording_key

MAX_PHRASINGS = 12
CITATIONS = 3
PASSAGES_PER_WORDING = 5
MAX_COMMENTS = 5
SPACE = re.compile(r"\s+")


def engine_that_never_declines(engine: Engine) -> Engine:
    """The same knowledge and ranking, but every question gets its nearest passages."""
    knowledge = replace(engine.knowledge, decline=())
    return Engine(knowledge, engine.analyzer, replace(engine.tuning, covered_score=0.0))


def qa_id(group: GapGroup) -> str:
    return f"gap-{group.id}"


@dataclass(frozen=True)
class QADraft:
    """A Q&A entry to finish, as `render_draft` writes it: from `kyodo gaps --draft` or Slack's shortcut."""

    id: str
    header: tuple[str, ...]  # comment lines above the entry, without "# "
    question: str
    phrasings: tuple[str, ...]
    citations: tuple[tuple[str, str], ...]  # (doc, section), the nearest first
    answer: str = ""  # empty: the maintainer writes it
    checklist: str | None = None


def draft_yaml(group: GapGroup, engine: Engine, nearest: Engine | None = None) -> str:
    """The YAML text of a Q&A entry drafted from `group`; `nearest` defaults to engine_that_never_declines."""
    nearest = nearest or engine_that_never_declines(engine)
    taken = {wording_key(text) for entry in engine.knowledge.qa for text in (entry.question, *entry.phrasings)}
    wordings = [w for w in group.wordings if len(w) <= MAX_QA_QUESTION_CHARS and wording_key(w) not in taken]
    question, phrasings = (wordings[0], wordings[1:MAX_PHRASINGS + 1]) if wordings else ("", [])
    answers = [nearest.ask(w, top=PASSAGES_PER_WORDING) for w in group.wordings]
    sections: Counter[tuple[str, str]] = Counter()
    checklists: Counter[str] = Counter()
    similar: Counter[str] = Counter()
    for answer in answers:
        for passage in answer.passages:
            sections[(passage.doc, passage.section_id)] += 1 / passage.rank
        checklists.update(c.id for c in answer.checklists[:1])
        similar.update(q.id for q in answer.qa[:1])

    last = group.last_asked.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    header = [
        f"kyodo gaps --draft {group.id}: 職員の質問 {group.count} 件から作った Q&A の下書きです",
        f"（指針にないと答えた {group.declined} 件、「役に立たなかった」{group.unhelpful} 票、最後の質問 {last}）。",
        f"1. answer を書く  2. citations を答えの根拠の節だけにする  3. knowledge/qa/{qa_id(group)}.yaml に保存して",
        "   kyodo check を実行する（id を変えるときはファイル名も同じにします）。",
    ]
    if similar:
        names = "、".join(entry for entry, _ in similar.most_common(3))
        header.append(f"近い Q&A: {names}。同じ内容なら、新しく作らずにその phrasings に言い方を足してください。")
    comments = [SPACE.sub(" ", c).strip()[:120] for c in group.comments[:MAX_COMMENTS]]
    if comments:
        header.append("職員のコメント:")
        header += [f"  - {comment}" for comment in comments]
    return render_draft(QADraft(
        id=qa_id(group), header=tuple(header), question=question, phrasings=tuple(phrasings),
        citations=tuple(key for key, _ in sections.most_common(CITATIONS)),
        checklist=checklists.most_common(1)[0][0] if checklists else None,
    ), engine.knowledge)


def render_draft(draft: QADraft, knowledge: Knowledge) -> str:
    """The YAML text of `draft`, with notes on what is left to do; `kyodo check` accepts it once that is done."""
    lines = [f"# {line}" for line in draft.header]
    lines += [f"id: {draft.id}", f"question: {_scalar(draft.question)}"]
    if not draft.question:
        lines.append("# ↑ 職員の言い方がどれも長すぎるか、既存の Q&A と同じ文でした。質問を一文で書いてください。")
    lines.append("phrasings:")
    lines += [f"  - {_scalar(p)}" for p in draft.phrasings]
    if len(draft.phrasings) < MIN_PHRASINGS:
        lines.append(f"  # ↑ phrasings は {MIN_PHRASINGS} 個以上必要です。職員が Slack で書きそうな別の言い方"
                     "（くだけた文、英語など）を足してください。")
    if draft.answer:
        lines.append("# ↓ 答えを見直してください。citations の節に書いてあることだけを、「〇〇市の指針では、…としています。」")
        lines.append(f"#   のように、どの指針の話か分かる形で {MAX_ANSWER_CHARS} 文字以内に（書き方は knowledge/README.md の 2 章）。")
        if len(draft.answer) > MAX_ANSWER_CHARS:
            lines.append(f"#   いまは {len(draft.answer):,} 文字あります。")
        lines.append(f"answer: {_block(draft.answer)}")
    else:
        lines += [
            "# ↓ ここに答えを書いてください。citations の節に書いてあることだけを、「〇〇市の指針では、…としています。」",
            "#   のように、どの指針の話か分かる形で 600 文字以内に（書き方は knowledge/README.md の 2 章）。",
            'answer: ""',
        ]
    lines += ["# ↓ 質問に近い指針の節を検索で選んだ候補です。答えの根拠にならない節は消してください。", "citations:"]
    for doc, section in draft.citations:
        found = knowledge.guideline(doc)
        label = f"{found.title} — {found.section(section).path_label}" if found and found.section(section) else ""
        lines.append(f"  - {{doc: {doc}, section: {section}}}  # {label}")
    if not draft.citations:
        lines.append("  # 近い節が見つかりませんでした。- {doc: 文書id, section: アンカー} の形で書いてください。")
    if draft.checklist:
        lines.append(f"checklists: [{draft.checklist}]  # 関係がなければこの行を消してください")
    return "\n".join(lines) + "\n"


def _block(text: str) -> str:
    """A block scalar holding `text` as written: folded when it is one line, literal when it has several."""
    body = "\n".join(f"  {line}" if line.strip() else "" for line in text.strip().splitlines())
    return ("|-" if "\n" in text.strip() else ">-") + "\n" + body


def _scalar(text: str) -> str:
    """One YAML scalar on one line, quoted only when it must be (a leading <@, a ': ' …)."""
    dumped = yaml.safe_dump(text, allow_unicode=True, width=1_000_000)
    return dumped.removesuffix("\n...\n").rstrip("\n")
