"""The answer a person reads in Slack, on the shipped knowledge: short enough for a phone, the direct
answer first when there is one, the reading path for a newcomer, the rest behind two buttons."""

from __future__ import annotations

import html
import re
import statistics
from typing import Any

import pytest

from bot.slack.blocks import answer_message, more_message
from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR
from retrieval.search.engine import Engine
from tests.conftest import eval_questions
from tests.slack.helpers import all_text, assert_within_limits, buttons, linked_sections, texts

BASE = "https://kyodo.example.jp"
LINK = re.compile(r"<[^|>]+\|([^>]+)>")
TYPICAL_CHARS = 700  # the aim for a typical answer: about a phone screen


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine.load(DEFAULT_KNOWLEDGE_DIR)


def visible_chars(blocks: list[dict[str, Any]]) -> int:
    """What a reader sees: links by their labels, entities as the characters they stand for, button labels."""
    return sum(len(html.unescape(LINK.sub(r"\1", text))) for text in texts(blocks))


def content(blocks: list[dict[str, Any]]) -> list[str]:
    return [b["text"]["text"] for b in blocks if b["type"] == "section"]


def test_a_direct_answer_comes_first_then_the_best_passage(shipped: Engine) -> None:
    answer = shipped.ask("実行委員会でやるときの注意点は？")
    assert answer.direct_answer
    message = answer_message(answer, BASE)
    sections = content(message.blocks)
    assert sections[0].startswith("*よくある質問の答え:* ") and f"{BASE}/qa#{answer.qa[0].id}|" in sections[0]
    best = answer.passages[0]
    assert f"/docs/{best.doc}#{best.section_id}|" in sections[1]
    assert linked_sections(message.blocks) == [f"{best.doc}#{best.section_id}"], "one passage, the rest behind a button"
    assert {b["action_id"] for b in buttons(message.blocks)} >= {
        "more_passages", "compare_answer", "feedback_helpful", f"open_checklist:{answer.checklists[0].id}"}
    assert visible_chars(message.blocks) < TYPICAL_CHARS + 50


def test_without_a_direct_answer_the_best_passage_leads(shipped: Engine) -> None:
    answer = shipped.ask("後援は協働になりますか？")
    assert not answer.direct_answer
    message = answer_message(answer, BASE)
    assert content(message.blocks)[0].startswith("*") and "/docs/" in content(message.blocks)[0]
    assert "よくある質問の答え" not in all_text(message.blocks)
    assert f"{BASE}/qa#{answer.qa[0].id}|" in all_text(message.blocks), "the entries, by their questions"
    assert visible_chars(message.blocks) < TYPICAL_CHARS


def test_the_other_passages_and_entries_are_behind_the_button(shipped: Engine) -> None:
    answer = shipped.ask("実行委員会でやるときの注意点は？")
    more = more_message(answer, BASE)
    assert_within_limits(more.as_kwargs())
    assert linked_sections(more.blocks) == [f"{p.doc}#{p.section_id}" for p in answer.passages[1:]]
    assert f"/qa#{answer.qa[0].id}|" not in all_text(more.blocks), "the direct answer is not repeated"
    plain = shipped.ask("後援は協働になりますか？")
    assert [e.id for e in plain.qa[:2]] == re.findall(r"/qa#([a-z0-9-]+)\|", all_text(more_message(plain, BASE).blocks))


def test_a_newcomer_is_offered_the_reading_path_first(shipped: Engine) -> None:
    answer = shipped.ask("異動で協働担当になりました。まず何を読めばいいですか？")
    assert answer.reading_path
    first = content(answer_message(answer, BASE).blocks)[0]
    assert first.startswith("*はじめての方へ:*") and f"<{BASE}/start|" in first
    assert "/start|" not in all_text(answer_message(shipped.ask("後援は協働になりますか？"), BASE).blocks)


def test_a_typical_answer_fits_a_phone_screen(shipped: Engine) -> None:
    """Over the questions of tests/eval: the median answer is under the aim, every one within Slack's limits."""
    lengths = []
    for question in eval_questions()[::5]:
        answer = shipped.ask(question)
        if not answer.answered:
            continue
        message = answer_message(answer, BASE, share=True)
        assert_within_limits(message.as_kwargs())
        lengths.append(visible_chars(message.blocks))
    assert len(lengths) > 50
    assert statistics.median(lengths) < TYPICAL_CHARS, statistics.quantiles(lengths, n=10)
