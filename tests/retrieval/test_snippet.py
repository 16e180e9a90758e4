"""Snippets: a window of the passage around the question's words, cut where sentences begin and end."""

from __future__ import annotations

import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import shared_analyzer
from retrieval.search.rank.snippet import SNIPPET_CHARS, make_snippet, snippet_from_spans

# Short sentences (every one under 40 characters), so a sentence edge is always near the window's.
SENTENCES = [
    "市民活動団体は地域の課題に取り組んでいます。",
    "行政は公平性と公正性を重んじて事業を進めます。",
    "両者の特性を理解することが出発点になります。",
    "町内会は地域のつながりを支える存在です。",
    "情報を公開し、説明責任を果たすことが大切です。",
    "事業の目的を共有してから役割を決めましょう。",
    "後援は、市が名目的に参加する形態です。",
    "評価は事業の終わりだけでなく途中でも行います。",
    "振り返りの結果は次の事業に生かします。",
    "担当者が替わっても経緯が分かるよう記録を残します。",
    "相手の自主性を損なわないよう配慮します。",
    "対等な立場で話し合うことが信頼を育てます。",
    "地域の声を聞く場を定期的に設けます。",
    "小さな成功を積み重ねることが次につながります。",
    "互いの得意なことを持ち寄って進めます。",
    "課題は早めに共有して一緒に考えます。",
    "活動の様子は市民に分かりやすく伝えます。",
    "決めたことは文書にして確認し合います。",
]
TERM = "後援"  # only in sentence 7


def snippet_body(snippet) -> str:
    return "".join(text for text, _ in snippet.parts)


@pytest.mark.parametrize("position", [0, 3, 6, 9, 11, 17])
def test_a_snippet_is_whole_sentences(position: int) -> None:
    sentences = [s.replace(TERM, "支援") for s in SENTENCES]
    sentences[position] = SENTENCES[6]
    text = "".join(sentences)
    assert len(text) > SNIPPET_CHARS * 3 // 2
    snippet = make_snippet(shared_analyzer(), text, {TERM})
    body = snippet_body(snippet)
    assert SENTENCES[6] in body
    starts = [i for i in range(len(sentences)) if "".join(sentences[i:]).startswith(body)]
    assert starts, f"the snippet does not begin at a sentence: {body[:30]}…"
    first = starts[0]
    whole = ["".join(sentences[first:last]) for last in range(first + 1, len(sentences) + 1)]
    assert body in whole, f"the snippet does not end at a sentence: …{body[-30:]}"
    assert snippet.leading_ellipsis == (first > 0)
    assert snippet.trailing_ellipsis == (not text.endswith(body))


def test_lines_count_as_sentences() -> None:
    """A list item ends at its line break, with or without 。."""
    sentences = [s.replace(TERM, "支援") for s in SENTENCES]
    sentences[3] = SENTENCES[6]  # far enough from the last line for the window to end before it
    lines = [f"- {s.removesuffix('。')}" for s in sentences]
    text = "\n".join(lines)
    snippet = make_snippet(shared_analyzer(), text, {TERM})
    assert snippet.leading_ellipsis and snippet.trailing_ellipsis
    # Inside a snippet, line breaks and list markers read as spaces; its first line opens on its words (the marker
    # is the knowledge's Markdown: staff read 「…- 相互の役割分担」 as a stray dash).
    body = snippet_body(snippet)
    assert not body.startswith(("-", " ")), body[:10]
    items = [line.removeprefix("- ") for line in lines]
    runs = [" ".join(items[first:last]) for first in range(len(items)) for last in range(first + 1, len(items) + 1)]
    assert body in runs, f"not whole lines: {body[:20]}…{body[-20:]}"
    assert TERM in body


def test_a_short_passage_is_its_own_snippet() -> None:
    text = SENTENCES[6]
    snippet = make_snippet(shared_analyzer(), text, {TERM})
    assert snippet_body(snippet) == text
    assert not snippet.leading_ellipsis and not snippet.trailing_ellipsis
    assert (TERM, True) in snippet.parts


def test_an_anchor_opens_the_excerpt_on_its_sentence_whatever_words_the_others_hold() -> None:
    """A first rule puts a passage first for one sentence of it (engine._hit): that sentence shows, even where the
    question's words stand thicker elsewhere."""
    sentences = [s.replace(TERM, "支援") for s in SENTENCES]
    sentences[2] = SENTENCES[6]  # the question's word, far from the anchored sentence
    text = "".join(sentences)
    spans = [(text.index(TERM), text.index(TERM) + len(TERM), 5.0)]
    anchor = text.index(sentences[14])
    assert sentences[14] not in snippet_body(snippet_from_spans(text, spans))
    body = snippet_body(snippet_from_spans(text, spans, anchor=anchor))
    assert sentences[14] in body
    assert TERM not in body  # the word's sentence lies beyond the width


def test_an_anchor_in_a_sentence_longer_than_the_width_centres_the_window_on_it() -> None:
    text = "、".join(s.removesuffix("。") for s in SENTENCES) + "。"  # one unit, longer than the width
    spans = [(text.index(TERM), text.index(TERM) + len(TERM), 5.0)]
    anchor = text.index("決めたことは文書に")
    body = snippet_body(snippet_from_spans(text, spans, anchor=anchor))
    assert "決めたことは文書に" in body and TERM not in body


@pytest.mark.parametrize(("question", "first", "shown"), [
    # the trouble rule puts 網走市's 委託 cautions first for the one line among them on trouble, which the
    # densest run of the question's words (協働, 団体, 市民) does not reach
    ("協働事業で団体のミスがあって、市民から苦情が来ました。団体とはどう向き合えばいいですか？",
     "abashiri#forms-commission", "トラブルが発生したら、市民団体を責めるのではなく"),
    ("千葉県の協働推進員って何をする人ですか？", "chiba#conference", "「協働推進員（旧：パートナーシップ推進員）」とし"),
])
def test_the_excerpt_of_a_passage_a_first_rule_puts_first_shows_the_sentence_it_went_by(
        engine: Engine, question: str, first: str, shown: str) -> None:
    passage = engine.ask(question).passages[0]
    assert f"{passage.doc}#{passage.section_id}" == first
    assert shown in passage.snippet.plain
