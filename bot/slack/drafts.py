"""「Q&Aの下書きを作る」: a message shortcut that turns a colleague's answer in a thread into a Q&A draft.

The thread's first message is the question and the message the shortcut was used on is the
answer; both open in a form to edit, with citations to pick from the passages nearest to the
question. On submit the draft — the same YAML `kyodo gaps --draft` writes (bot/store/drafts.py),
which `kyodo check` accepts once its notes are dealt with — goes to the person by DM. kyodo
writes nothing to git: a maintainer saves the file, checks it and commits it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from weakref import WeakKeyDictionary

from slack_sdk.models.blocks import (
    ContextBlock,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    SectionBlock,
    StaticMultiSelectElement,
)
from slack_sdk.models.views import View

from bot.slack.mrkdwn import clip, escape
from bot.store.drafts import CITATIONS, MAX_PHRASINGS, QADraft, engine_that_never_declines, render_draft
from retrieval.knowledge.entries import MAX_ANSWER_CHARS, MAX_QA_QUESTION_CHARS, MIN_PHRASINGS
from retrieval.search.engine import Engine
from retrieval.search.question.cleaning import clean_question

DRAFT_SHORTCUT = "draft_qa"  # manifest.json's message shortcut
DRAFT_CALLBACK = "draft_qa_form"
QUESTION_BLOCK, ANSWER_BLOCK, PHRASINGS_BLOCK, CITATIONS_BLOCK = "question", "answer", "phrasings", "citations"
INPUT = "text"
PICK = "pick"
TITLE = "Q&Aの下書き"
NEAREST_PASSAGES = 8
MAX_INPUT_CHARS = 3000  # Slack's limit for a text input
MAX_OPTION_CHARS = 75  # Slack's limit for an option's text
USER_REFERENCE = re.compile(r"<[@!][^>]*>")
CHANNEL_REFERENCE = re.compile(r"<#[A-Z0-9]+\|([^>]*)>")
LINK = re.compile(r"<([^|>]+)\|([^>]+)>")
BARE_LINK = re.compile(r"<([^|>]+)>")

_nearest_engines: WeakKeyDictionary[Engine, Engine] = WeakKeyDictionary()


@dataclass(frozen=True)
class Thread:
    """What the shortcut found: the question (the thread's first message) and the colleague's answer."""

    question: str
    answer: str
    note: str = ""  # why one of them is missing, for the form


def from_slack(text: str) -> str:
    """A message's mrkdwn as a person reads it: mentions dropped, links as their labels, entities decoded."""
    text = USER_REFERENCE.sub("", text or "")
    text = CHANNEL_REFERENCE.sub(r"#\1", text)
    text = LINK.sub(r"\2", text)
    text = BARE_LINK.sub(r"\1", text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return "\n".join(line.strip() for line in text.strip().splitlines())


def question_of(text: str) -> str:
    """The thread's first message as a question: Slack markup dropped as the engine drops it, on one line (an
    entry's question is one line; the engine keeps a message's line breaks only to find its sentences)."""
    return " ".join(clean_question(text).text.splitlines())


def nearest_engine(engine: Engine) -> Engine:
    """The engine that never declines, built once per engine (a reload brings a new one)."""
    nearest = _nearest_engines.get(engine)
    if nearest is None:
        nearest = _nearest_engines[engine] = engine_that_never_declines(engine)
    return nearest


@dataclass(frozen=True)
class Candidates:
    """Sections near the question to cite, the nearest first, and the checklist that fits."""

    sections: tuple[tuple[str, str, str], ...]  # (doc, section, label)
    checklist: str | None


def candidates(engine: Engine, thread: Thread) -> Candidates:
    answer = nearest_engine(engine).ask(thread.question or thread.answer, top=NEAREST_PASSAGES)
    seen: dict[tuple[str, str], str] = {}
    for passage in answer.passages:
        seen.setdefault((passage.doc, passage.section_id), _label(passage.doc_title, passage.section_label))
    return Candidates(tuple((doc, section, label) for (doc, section), label in seen.items()),
                      answer.checklists[0].id if answer.checklists else None)


def _label(title: str, path: str) -> str:
    """Guideline and section in an option's 75 characters: the deepest heading is what tells sections apart."""
    label = f"{title}　{path}"
    if len(label) <= MAX_OPTION_CHARS:
        return label
    return f"{title}　… > {path.rsplit(' > ', 1)[-1]}"


# --- the form ---------------------------------------------------------------------------------------
def loading_modal() -> dict[str, Any]:
    """Opened at once with the trigger_id (it lives 3 s); replaced by the form once the thread is read."""
    return View(type="modal", title=TITLE, close="閉じる",
                blocks=[SectionBlock(text=MarkdownTextObject(text="スレッドを読んでいます…"))]).to_dict()


def draft_modal(thread: Thread, found: Candidates) -> dict[str, Any]:
    blocks: list[Any] = []
    if thread.note:
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=escape(thread.note))]))
    blocks += [
        _text_input(QUESTION_BLOCK, "質問", thread.question, MAX_QA_QUESTION_CHARS, multiline=False,
                    hint=f"職員が聞いた形の一文で（{MAX_QA_QUESTION_CHARS} 文字まで）"),
        _text_input(ANSWER_BLOCK, "答え", thread.answer, MAX_INPUT_CHARS, multiline=True,
                    hint=f"citations の節に書いてあることだけを、どの指針の話か分かる形で {MAX_ANSWER_CHARS} 文字以内に"),
        _text_input(PHRASINGS_BLOCK, "別の言い方（1 行に 1 つ）", "", MAX_INPUT_CHARS, multiline=True, optional=True,
                    hint=f"職員が Slack で書きそうな言い方を {MIN_PHRASINGS} つ以上。あとで YAML に足してもかまいません"),
    ]
    if found.sections:
        options = [Option(value=f"{doc}#{section}", text=clip(label, MAX_OPTION_CHARS))
                   for doc, section, label in found.sections]
        blocks.append(InputBlock(
            block_id=CITATIONS_BLOCK, label="出典（近い節の候補）", hint="答えの根拠になる節だけを選んでください",
            element=StaticMultiSelectElement(action_id=PICK, placeholder="節を選ぶ", options=options,
                                             initial_options=options[:CITATIONS])))
    blocks.append(ContextBlock(elements=[MarkdownTextObject(
        text="送ると、knowledge/qa に置く YAML の下書きが kyodo との DM に届きます。kyodo は git に何も書きません。")]))
    return View(type="modal", callback_id=DRAFT_CALLBACK, title=TITLE, submit="DMに送る", close="キャンセル",
                private_metadata=json.dumps({"checklist": found.checklist}), blocks=blocks).to_dict()


def _text_input(block_id: str, label: str, initial: str, limit: int, *, multiline: bool, hint: str,
                optional: bool = False) -> InputBlock:
    element = PlainTextInputElement(action_id=INPUT, multiline=multiline, max_length=limit,
                                    initial_value=initial[:limit] or None)
    return InputBlock(block_id=block_id, label=label, element=element, hint=hint, optional=optional)


# --- the draft ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Submitted:
    question: str
    answer: str
    phrasings: tuple[str, ...]
    citations: tuple[tuple[str, str], ...]
    checklist: str | None


def read_draft_form(view: dict[str, Any]) -> Submitted:
    values = (view.get("state") or {}).get("values") or {}

    def text(block: str) -> str:
        return (((values.get(block) or {}).get(INPUT) or {}).get("value") or "").strip()

    picked = ((values.get(CITATIONS_BLOCK) or {}).get(PICK) or {}).get("selected_options") or []
    citations = tuple(tuple(o["value"].split("#", 1)) for o in picked if "#" in o.get("value", ""))
    try:
        checklist = json.loads(view.get("private_metadata") or "{}").get("checklist")
    except (ValueError, AttributeError):
        checklist = None
    phrasings = tuple(dict.fromkeys(line.strip() for line in text(PHRASINGS_BLOCK).splitlines() if line.strip()))
    return Submitted(text(QUESTION_BLOCK), text(ANSWER_BLOCK), phrasings[:MAX_PHRASINGS], citations,
                     checklist if isinstance(checklist, str) else None)


def draft_id(question: str) -> str:
    return "slack-" + hashlib.sha1(question.encode()).hexdigest()[:6]


def draft_text(submitted: Submitted, engine: Engine, now: datetime) -> str:
    """The YAML draft, in the format of `kyodo gaps --draft`."""
    entry = draft_id(submitted.question)
    header = (
        f"Slack のスレッドで同僚が答えた内容から作った Q&A の下書きです（{now:%Y-%m-%d %H:%M}）。",
        f"1. question・answer を見直す  2. citations を答えの根拠の節だけにする  3. knowledge/qa/{entry}.yaml に保存して",
        "   kyodo check を実行する（id を変えるときはファイル名も同じにします）。",
    )
    known = {guideline.id for guideline in engine.knowledge.guidelines}
    return render_draft(QADraft(
        id=entry, header=header, question=submitted.question, phrasings=submitted.phrasings,
        citations=tuple(c for c in submitted.citations if c[0] in known), answer=submitted.answer,
        checklist=submitted.checklist if engine.knowledge.checklist(submitted.checklist or "") else None,
    ), engine.knowledge)


def draft_message(submitted: Submitted, yaml_text: str) -> str:
    """The DM: where to put the file, then the YAML in a code block."""
    entry = draft_id(submitted.question)
    return (f"Q&A の下書きです。`knowledge/qa/{entry}.yaml` として保存し、`kyodo check` で確かめてからコミットしてください。"
            f"\n```\n{escape(yaml_text)}```")
