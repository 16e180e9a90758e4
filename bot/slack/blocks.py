"""Block Kit for everything kyodo shows in Slack: answers, usage, App Home and modals.

Renderers only read an Answer or the Knowledge; they never search. Every builder stays
inside Slack's limits (50 blocks, 3,000 characters a section) and escapes the text it
quotes, so a guideline sentence containing `<` or a question containing `&` shows as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    InputBlock,
    MarkdownTextObject,
    PlainTextInputElement,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot.courtesy import courtesy_reply
from bot.home import CITY_HOME_LABEL, home_first, home_label_in
from bot.slack.mrkdwn import clip, link, plain, quote
from retrieval.answer import Answer, Comparison, DocumentPassage, PassageHit, QAHit
from retrieval.knowledge.models import Checklist, Knowledge
from retrieval.search.question.cleaning import MAX_QUESTION_CHARS

MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_HEADER_CHARS = 150
MAX_BUTTON_VALUE = 2000
MAX_BUTTONS_PER_BLOCK = 25
MAX_ANSWER_PASSAGES = 3
MAX_ANSWER_QA = 2
WHOLE_PASSAGE_CHARS = 300  # shorter passages are quoted whole; longer ones by the engine's snippet
ECHO_CHARS = 200
COMPARE_EXCERPT_CHARS = 400  # each guideline's excerpt in 「他の自治体では？」, so five fit a phone screen or two
MAX_LINK_URL = 1500  # a web link carrying the question is left out beyond this

# Identifiers the listeners match on.
FEEDBACK_BLOCK = "feedback"
FEEDBACK_HELPFUL = "feedback_helpful"
FEEDBACK_NOT_HELPFUL = "feedback_not_helpful"
SHARE_ANSWER = "share_answer"
COMPARE_ANSWER = "compare_answer"  # 「他の自治体では？」: value is the question
MORE_PASSAGES = "more_passages"  # 「ほかの箇所」: value is the question
MORE_BLOCK = "more"  # the answer's own buttons, apart from the feedback block that voting replaces
OPEN_CHECKLIST = "open_checklist"  # action ids are `open_checklist:<id>`: ids must differ within a block
OPEN_ASK = "open_ask_modal"
ASK_CALLBACK = "ask"
ASK_BLOCK = "question"
ASK_INPUT = "text"

PERSON_TO_ASK = "協働推進の担当課"
NO_PASSAGE = "この指針には該当する記述がありません"
EXAMPLE_QUESTIONS = (
    "後援は協働に当たりますか？",
    "協働の相手はどう選べばいいですか？",
    "委託と補助の違いは？",
)


@dataclass(frozen=True)
class Message:
    """A message as chat.postMessage and response_url take it."""

    text: str  # plain-text fallback for notifications and screen readers
    blocks: list[dict[str, Any]]

    def as_kwargs(self) -> dict[str, Any]:
        return {"text": self.text, "blocks": self.blocks}


def checklist_action_id(checklist_id: str) -> str:
    return f"{OPEN_CHECKLIST}:{checklist_id}"


# --- answers -------------------------------------------------------------------------------
def answer_message(answer: Answer, base_url: str, *, share: bool = False,
                   shared_by: str | None = None, home_label: str = CITY_HOME_LABEL) -> Message:
    """An answer short enough for a phone: the reading path for a newcomer, the direct answer (a strong
    Q&A entry) when there is one, the best passage and the checklists; the other passages and entries
    behind 「ほかの箇所」, the other guidelines behind 「他の自治体では？」, feedback buttons last. Or a plain
    "not covered". Passages from the home guideline are marked with `home_label` (see `home_label_in`)."""
    if answer.empty:
        return empty_message(answer.courtesy, base_url)
    blocks: list[Block] = []
    if shared_by:
        blocks.append(_context(f"<@{shared_by}> さんが kyodo の回答を共有しました。"))
    blocks.append(_context(f"質問: {plain(answer.question, ECHO_CHARS)}"))
    if answer.truncated:
        blocks.append(_context(f":warning: 質問が長いため、最初の {MAX_QUESTION_CHARS:,} 文字で調べました。"))
    if answer.answered:
        if answer.reading_path:
            blocks.append(_section(f"*はじめての方へ:* まず {link(base_url + '/start', '協働の指針の読み方（読む順番）')} "
                                   "から読むのがおすすめです。指針の基本を、順番に案内します。"))
        if answer.direct_answer and answer.qa:
            blocks.append(_direct_answer_block(answer.qa[0], base_url))
        blocks += _passage_blocks(answer.passages[:1], base_url, home_label)
        blocks += _checklist_blocks(answer, base_url)
        related = _related_qa_line(answer, base_url)
        if related:
            blocks.append(related)
        blocks.append(_context(f"指針の原文からの引用です。個別の判断に迷うときは{PERSON_TO_ASK}に相談してください。"))
        blocks.append(_more_buttons(answer))
        text = _answered_fallback(answer)
    else:
        why = f"{plain(answer.declined_why, ECHO_CHARS)}\n" if answer.declined_why else ""
        blocks.append(_section(
            "*指針には、このご質問に当たる記述が見つかりませんでした。*\n" + why +
            "kyodo は指針に書かれていることだけを引用して答えるため、推測ではお答えしません。"
        ))
        blocks.append(_section(
            f"• 手続きの確認には {link(base_url + '/checklists', 'チェックリスト一覧')} が使えます。\n"
            f"• 判断に迷うときは、{PERSON_TO_ASK}に直接相談してください。"
        ))
        text = "指針には、このご質問に当たる記述が見つかりませんでした。"
    blocks += _feedback_blocks(answer.question, share=share)
    return Message(text, _dicts(blocks))


def more_message(answer: Answer, base_url: str, *, home_label: str = CITY_HOME_LABEL) -> Message:
    """「ほかの箇所」: what the answer left out — its other passages and Q&A entries, each with its link."""
    if answer.empty:
        return usage_message(base_url)
    blocks: list[Block] = [_context(f"*ほかの箇所*　質問: {plain(answer.question, ECHO_CHARS)}")]
    blocks += _passage_blocks(answer.passages[1:MAX_ANSWER_PASSAGES], base_url, home_label)
    blocks += _qa_blocks(_other_qa(answer), base_url)
    if len(blocks) == 1:
        blocks.append(_section("この質問について、ほかに示す箇所はありません。"))
    return Message(plain(f"「{clip(answer.question, 40)}」について、ほかの該当箇所です。", 300), _dicts(blocks))


def _has_more(answer: Answer) -> bool:
    return len(answer.passages) > 1 or bool(_other_qa(answer))


def _other_qa(answer: Answer) -> tuple[QAHit, ...]:
    """The Q&A entries the answer did not show as its direct answer."""
    return answer.qa[1:MAX_ANSWER_QA + 1] if answer.direct_answer else answer.qa[:MAX_ANSWER_QA]


def _direct_answer_block(entry: QAHit, base_url: str) -> Block:
    title = "*よくある質問の答え:* " + link(base_url + entry.url, entry.question, 200)
    return _section(f"{title}\n{plain(entry.answer, MAX_SECTION_CHARS - len(title) - 1)}")


def _related_qa_line(answer: Answer, base_url: str) -> Block | None:
    """The entries not shown, by their questions only: a tap away on the web (or under 「ほかの箇所」)."""
    others = _other_qa(answer)
    if not others:
        return None
    return _context("関連するよくある質問: " + "　".join(link(base_url + q.url, q.question, 100) for q in others))


def _passage_blocks(passages: tuple[PassageHit, ...], base_url: str, home_label: str) -> list[Block]:
    blocks: list[Block] = []
    for passage in passages:
        badge = f"［{home_label}］" if passage.home else ""
        heading = badge + "*" + link(base_url + passage.url, f"{passage.doc_title}　{_near_heading(passage)}") + "*"
        body = passage.text if len(passage.text) <= WHOLE_PASSAGE_CHARS else passage.snippet.plain
        room = MAX_SECTION_CHARS - len(heading) - 1
        blocks.append(_section(f"{heading}\n{quote(body, room)}"))
    return blocks


def _near_heading(passage: PassageHit) -> str:
    """The section's heading and its parent's (「(3) 協働の形態 > ②共催・実行委員会」): on a phone the whole
    path from the chapter down took three lines; the link opens the section in its place."""
    return " > ".join(passage.section.path[-2:])


def _qa_blocks(entries: tuple[QAHit, ...], base_url: str) -> list[Block]:
    blocks: list[Block] = []
    for entry in entries:
        title = "*よくある質問:* " + link(base_url + entry.url, entry.question)
        room = MAX_SECTION_CHARS - len(title) - 1
        blocks.append(_section(f"{title}\n{plain(entry.answer, room)}"))
    return blocks


def _checklist_blocks(answer: Answer, base_url: str) -> list[Block]:
    return [
        SectionBlock(
            text=MarkdownTextObject(text="*使うチェックリスト:* " + link(base_url + ref.url, ref.title)),
            accessory=ButtonElement(text="Slackで開く", action_id=checklist_action_id(ref.id), value=ref.id),
        )
        for ref in answer.checklists
    ]


def _more_buttons(answer: Answer) -> Block:
    value = clip(answer.question, MAX_BUTTON_VALUE)
    buttons = [ButtonElement(text="ほかの箇所", action_id=MORE_PASSAGES, value=value)] if _has_more(answer) else []
    buttons.append(ButtonElement(text="他の自治体では？", action_id=COMPARE_ANSWER, value=value))
    return ActionsBlock(block_id=MORE_BLOCK, elements=buttons)


def _feedback_blocks(question: str, *, share: bool) -> list[Block]:
    value = clip(question, MAX_BUTTON_VALUE)
    buttons = []
    if share:
        buttons.append(ButtonElement(text="チャンネルに共有", action_id=SHARE_ANSWER, value=value, style="primary"))
    buttons += [
        ButtonElement(text="役に立った", action_id=FEEDBACK_HELPFUL, value=value),
        ButtonElement(text="役に立たなかった", action_id=FEEDBACK_NOT_HELPFUL, value=value),
    ]
    return [ActionsBlock(block_id=FEEDBACK_BLOCK, elements=buttons)]


def _answered_fallback(answer: Answer) -> str:
    first = answer.passages[0] if answer.passages else None
    where = f"（{first.doc_title} {first.section_label} ほか）" if first else ""
    return plain(f"「{clip(answer.question, 40)}」について、指針の該当箇所を引用しました{where}", 300)


# --- 他の自治体では？ ---------------------------------------------------------------------------
def comparison_message(comparison: Comparison, base_url: str, *, home_label: str = CITY_HOME_LABEL) -> Message:
    """Each guideline's best passage on the question, the home guideline first, each with its link;
    「この指針には該当する記述がありません」 for a guideline without one."""
    if comparison.empty:
        return empty_message(comparison.courtesy, base_url)
    blocks: list[Block] = [_context(f"*他の自治体では？*　質問: {plain(comparison.question, ECHO_CHARS)}")]
    if comparison.truncated:
        blocks.append(_context(f":warning: 質問が長いため、最初の {MAX_QUESTION_CHARS:,} 文字で調べました。"))
    if not comparison.answered:
        why = f"{plain(comparison.declined_why, ECHO_CHARS)}\n" if comparison.declined_why else ""
        blocks.append(_section("*どの指針にも、このご質問に当たる記述は見つかりませんでした。*\n" + why +
                               f"推測ではお答えしません。判断に迷うときは{PERSON_TO_ASK}に相談してください。"))
        return Message("どの指針にも、このご質問に当たる記述は見つかりませんでした。", _dicts(blocks))
    texts = [_document_text(d, base_url, home_label) for d in comparison.documents]
    room = MAX_BLOCKS - len(blocks) - 1
    blocks += [_section(t) for t in texts] if len(texts) <= room else _packed_sections(texts, room)
    web = f"{base_url}/compare?{urlencode({'q': comparison.question})}"
    blocks.append(_context(link(web, "ウェブで並べて見る") if len(web) <= MAX_LINK_URL
                           else link(f"{base_url}/docs", "指針一覧（ウェブ）")))
    found = sum(1 for d in comparison.documents if d.passage)
    text = plain(f"「{clip(comparison.question, 40)}」について、{len(comparison.documents)} の指針のうち "
                 f"{found} つに該当する記述があります。", 300)
    return Message(text, _dicts(blocks))


def _document_text(document: DocumentPassage, base_url: str, home_label: str) -> str:
    badge = f"［{home_label}］" if document.home else ""
    title = f"{badge}*{plain(document.doc_title, 150)}*（{plain(document.issuer, 50)}）"
    passage = document.passage
    if passage is None:
        return f"{title}\n{NO_PASSAGE}"
    where = link(base_url + passage.url, passage.section_label, 300)
    return f"{title}\n{where}\n{quote(passage.snippet.plain, COMPARE_EXCERPT_CHARS)}"


# --- usage and notices ---------------------------------------------------------------------
def empty_message(courtesy: str, base_url: str) -> Message:
    """For a message that asked nothing: a line back to thanks or greetings alone, else how to ask."""
    return courtesy_message(courtesy) if courtesy else usage_message(base_url)


def courtesy_message(courtesy: str) -> Message:
    """One line back to thanks or greetings alone, in place of the usage message."""
    reply = courtesy_reply(courtesy)
    return Message(reply, _dicts([_section(reply)]))


def usage_message(base_url: str) -> Message:
    examples = "\n".join(f"• {q}" for q in EXAMPLE_QUESTIONS)
    blocks: list[Block] = [
        _section(
            "*kyodo の使い方*\n"
            "協働の指針から、質問に関係する箇所を引用して答えます。\n"
            "• チャンネルで `@kyodo 質問` とメンション → そのスレッドに回答\n"
            "• kyodo に DM → DM に回答\n"
            "• `/kyodo 質問` → 自分だけに回答（「チャンネルに共有」ボタンで共有できます）"
        ),
        _section(f"*質問の例*\n{examples}"),
        _context(f"{link(base_url + '/start', 'はじめての方へ')}　・　{link(base_url + '/checklists', 'チェックリスト一覧')}"),
    ]
    return Message("kyodo の使い方: @kyodo にメンション、DM、または /kyodo 質問 で協働の指針について質問できます。",
                   _dicts(blocks))


# --- App Home --------------------------------------------------------------------------------
def home_view(knowledge: Knowledge, base_url: str, home: str | None = None) -> dict[str, Any]:
    """How to ask, examples, checklists and the guidelines quoted (the home guideline first)."""
    examples = [q.question for q in knowledge.qa[:3]] or list(EXAMPLE_QUESTIONS)
    blocks: list[Block] = [
        HeaderBlock(text="kyodo — 協働の指針に答えるアシスタント"),
        _section(
            "*聞き方*\n"
            "• チャンネルで `@kyodo 質問` とメンション → スレッドに回答\n"
            "• 上の「メッセージ」タブから DM → DM に回答\n"
            "• `/kyodo 質問` → 自分だけに回答"
        ),
        ActionsBlock(elements=[ButtonElement(text="ここで質問する", action_id=OPEN_ASK, style="primary")]),
        _section("*質問の例*\n" + "\n".join(f"• {plain(q, 200)}" for q in examples)),
        DividerBlock(),
        _section("*チェックリスト*\n協働事業の手続きで確認することの一覧です。ボタンで開けます。"),
    ]
    reserved = 4  # the guidelines, the links, the divider and the can/cannot line below
    blocks += _checklist_buttons(knowledge.checklists, MAX_BLOCKS - len(blocks) - reserved)
    blocks += [
        _guidelines_section(knowledge, base_url, home),
        _section(f"{link(base_url + '/start', 'はじめての方へ（指針を読む順番）')}　・　"
                 f"{link(base_url + '/checklists', 'チェックリスト一覧（印刷用）')}"),
        DividerBlock(),
        _context(
            "*できること:* 指針の文章をそのまま引用し、出典へのリンクを付けて答えます。\n"
            f"*できないこと:* 指針に書かれていないことの推測や、個別の案件の可否の判断。迷うときは{PERSON_TO_ASK}へ。"
        ),
    ]
    return View(type="home", blocks=blocks).to_dict()


def _guidelines_section(knowledge: Knowledge, base_url: str, home: str | None) -> Block:
    """One section, the home guideline first; when the list outgrows it, the rest is on /docs."""
    label = home_label_in(knowledge, home)
    ordered = home_first(knowledge.guidelines, home)
    text = "*引用している指針*"
    for i, g in enumerate(ordered):
        line = "• " + ("［" + label + "］" if g.id == home else "") + link(f"{base_url}/docs/{g.id}", g.title, 150) \
            + f"（{plain(g.issuer, 50)}）"
        rest = f"\n…ほか {len(ordered) - i} 件は" + link(f"{base_url}/docs", "指針一覧")
        if len(text) + 1 + len(line) + len(rest) > MAX_SECTION_CHARS:
            text += rest
            break
        text += "\n" + line
    return _section(text)


def _checklist_buttons(checklists: tuple[Checklist, ...], max_blocks: int) -> list[Block]:
    if not checklists:
        return [_context("チェックリストはまだありません。")]
    buttons = [ButtonElement(text=clip(c.title, 75), action_id=checklist_action_id(c.id), value=c.id)
               for c in checklists]
    rows = [buttons[i:i + MAX_BUTTONS_PER_BLOCK] for i in range(0, len(buttons), MAX_BUTTONS_PER_BLOCK)]
    return [ActionsBlock(elements=row) for row in rows[:max(max_blocks, 1)]]


# --- modals ----------------------------------------------------------------------------------
def checklist_modal(checklist: Checklist | None, knowledge: Knowledge, base_url: str) -> dict[str, Any]:
    """The checklist's items, each with a link to the section it comes from."""
    if checklist is None:
        blocks: list[Block] = [_section(
            "このチェックリストは見つかりませんでした（内容の更新で変わった可能性があります）。\n"
            + link(base_url + "/checklists", "チェックリスト一覧を開く"))]
        return _modal(blocks)
    blocks = [HeaderBlock(text=clip(checklist.title, MAX_HEADER_CHARS)), _section(plain(checklist.summary, MAX_SECTION_CHARS))]
    lines = []
    for item in checklist.items:
        section = knowledge.section(item.cite)
        guideline = knowledge.guideline(item.cite.doc)
        label = f"{guideline.title if guideline else item.cite.doc}　{section.path_label if section else item.cite.section}"
        url = f"{base_url}/docs/{item.cite.doc}#{item.cite.section}"
        lines.append(f"☐ {plain(item.text, 1000)}\n　出典: {link(url, label, 200)}")
    blocks += _packed_sections(lines, MAX_BLOCKS - len(blocks) - 1)
    blocks.append(_context(link(f"{base_url}/checklists/{checklist.id}", "ウェブで開く（印刷用）")))
    return _modal(blocks)


def ask_modal() -> dict[str, Any]:
    return View(
        type="modal", callback_id=ASK_CALLBACK, title="kyodo に質問", submit="質問する", close="キャンセル",
        blocks=[
            InputBlock(block_id=ASK_BLOCK, label="質問", element=PlainTextInputElement(
                action_id=ASK_INPUT, multiline=True, max_length=MAX_QUESTION_CHARS,
                placeholder=f"例: {EXAMPLE_QUESTIONS[0]}")),
            _context("回答は kyodo の「メッセージ」タブに届きます。"),
        ],
    ).to_dict()


def _modal(blocks: list[Block]) -> dict[str, Any]:
    return View(type="modal", title="チェックリスト", close="閉じる", blocks=blocks).to_dict()


def _packed_sections(lines: list[str], max_blocks: int) -> list[Block]:
    """Lines joined into as few sections as fit 3,000 characters each, so long lists stay under 50 blocks."""
    texts: list[str] = []
    for line in lines:
        line = clip(line, MAX_SECTION_CHARS)
        if texts and len(texts[-1]) + 1 + len(line) <= MAX_SECTION_CHARS:
            texts[-1] += "\n" + line
        else:
            texts.append(line)
    if len(texts) > max_blocks:
        texts = texts[: max_blocks - 1] + ["…（続きはウェブで）"]
    return [_section(t) for t in texts]


# --- small parts -----------------------------------------------------------------------------
def _section(text: str) -> SectionBlock:
    return SectionBlock(text=MarkdownTextObject(text=clip(text, MAX_SECTION_CHARS)))


def _context(text: str, block_id: str | None = None) -> ContextBlock:
    return ContextBlock(block_id=block_id, elements=[MarkdownTextObject(text=clip(text, MAX_SECTION_CHARS))])


def _dicts(blocks: list[Block]) -> list[dict[str, Any]]:
    # to_dict() also validates each block against Slack's limits.
    return [b.to_dict() for b in blocks[:MAX_BLOCKS]]

