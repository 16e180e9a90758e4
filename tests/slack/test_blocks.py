"""Block Kit rendering: Slack's limits hold for any content, and quoted text is escaped exactly once."""

from __future__ import annotations

import copy
import re
from dataclasses import replace

import pytest
from slack_sdk.models.blocks import Block

from bot.courtesy import COURTESY_REPLIES
from bot.home import home_label_in
from bot.slack.blocks import (
    answer_message,
    checklist_modal,
    comparison_message,
    home_view,
    more_message,
    usage_message,
)
from bot.slack.mrkdwn import clip_escaped, escape, quote
from retrieval.answer import Answer, ChecklistRef, Comparison, DocumentPassage, PassageHit, QAHit, Snippet
from retrieval.knowledge.models import Checklist, ChecklistItem, Citation, Section
from retrieval.search.engine import Engine
from tests.slack.helpers import all_text, assert_within_limits, buttons, linked_sections

BASE = "https://kyodo.example.jp"
BROKEN_ENTITY = re.compile(r"&(?!amp;|lt;|gt;)")


def passage(rank: int, text: str, *, snippet: str | None = None, title: str = "テスト市 協働推進の指針",
            section: str = "2 協働の形態 > (2) 補助") -> PassageHit:
    path = tuple(section.split(" > "))
    heading = Section("testshi", f"s{rank}", path[-1], len(path) + 1, path, text, 1)
    return PassageHit(rank=rank, doc="testshi", doc_title=title, section=heading, text=text,
                      snippet=Snippet(((snippet or text[:160], False),), trailing_ellipsis=snippet is None),
                      score=1.0 / rank)


def answer(question: str = "補助の条件は？", **fields) -> Answer:
    return Answer(**{"question": question, "answered": True, "passages": (passage(1, "短い本文。"),), "qa": (),
                     "checklists": (), **fields})


def valid(blocks: list[dict]) -> None:
    """Round-trip through slack_sdk's models, which check Slack's documented limits."""
    for block in blocks:
        Block.parse(block).validate_json()


def test_passage_with_markup_characters_is_quoted_escaped() -> None:
    text = "補助の条件：補助金額 < 補助対象経費の総額 & 団体の自己負担があること。\n\n> 引用記号で始まる行"
    message = answer_message(answer(passages=(passage(1, text),)), BASE)
    quoted = message.blocks[1]["text"]["text"]
    assert "> 補助の条件：補助金額 &lt; 補助対象経費の総額 &amp; 団体の自己負担があること。" in quoted
    assert "> &gt; 引用記号で始まる行" in quoted
    assert all(line.startswith(">") for line in quoted.splitlines()[1:])


def test_question_is_echoed_escaped_and_kept_raw_in_button_values() -> None:
    message = answer_message(answer("<script>& 補助は？"), BASE)
    assert "質問: &lt;script&gt;&amp; 補助は？" in all_text(message.blocks)
    assert "<script>" not in message.text and "&lt;script&gt;&amp;" in message.text
    assert {b["value"] for b in buttons(message.blocks)} == {"<script>& 補助は？"}


def test_section_path_with_greater_than_stays_inside_the_link_label() -> None:
    message = answer_message(answer(), BASE)
    assert f"<{BASE}/docs/testshi#s1|テスト市 協働推進の指針　2 協働の形態 &gt; (2) 補助>" in message.blocks[1]["text"]["text"]


def test_short_passages_are_quoted_whole_and_long_ones_by_their_snippet() -> None:
    long_text = "協働の相手を選ぶときは公平で透明な方法で選びます。" * 30
    both = answer(passages=(passage(1, "短い本文。"), passage(2, long_text, snippet="…抜粋…")))
    assert "> 短い本文。" in answer_message(both, BASE).blocks[1]["text"]["text"]
    assert more_message(both, BASE).blocks[1]["text"]["text"].endswith("> …抜粋…")


def test_worst_case_answer_stays_within_limits() -> None:
    huge = "協働<&>" * 3000
    hits = tuple(passage(i, huge, snippet=huge, title="長い題名" * 100, section=">" * 500) for i in range(1, 11))
    qa = tuple(QAHit(f"q{i}", "質問<&>" * 200, "答え&" * 2000, 1.0, (), ()) for i in range(10))
    refs = tuple(ChecklistRef(f"c{i}", "題名&" * 300) for i in range(10))
    message = answer_message(answer("問" * 2000, passages=hits, qa=qa, checklists=refs, truncated=True), BASE)
    assert_within_limits(message.as_kwargs())
    valid(message.blocks)
    assert len(linked_sections(message.blocks)) <= 3
    for text in [message.text, *(t for t in all_text(message.blocks).split("\n"))]:
        assert not BROKEN_ENTITY.search(text), "a cut must not leave half an entity"
    assert all(len(b["value"]) <= 2000 for b in buttons(message.blocks))


def test_not_covered_answer_has_no_passages_and_points_to_people() -> None:
    message = answer_message(answer(answered=False, passages=()), BASE)
    text = all_text(message.blocks)
    assert "見つかりませんでした" in text and "協働推進の担当課" in text and f"{BASE}/checklists|" in text
    assert linked_sections(message.blocks) == []
    valid(message.blocks)


def test_a_declined_fact_says_why_and_an_unexplained_decline_does_not() -> None:
    why = "指針は補助金・委託料・謝礼・報酬などの金額を定めていません。"
    message = answer_message(answer(answered=False, passages=(), declined_why=why), BASE)
    assert why in all_text(message.blocks) and "協働推進の担当課" in all_text(message.blocks)
    valid(message.blocks)
    plain_decline = all_text(answer_message(answer(answered=False, passages=()), BASE).blocks)
    assert "定めていません" not in plain_decline


def test_empty_question_renders_usage() -> None:
    assert answer_message(answer("", answered=False, passages=(), empty=True), BASE) == usage_message(BASE)


@pytest.mark.parametrize("courtesy", ["thanks", "greeting"])
def test_thanks_or_greetings_alone_get_one_line_back_not_the_usage(courtesy: str) -> None:
    message = answer_message(answer("", answered=False, passages=(), empty=True, courtesy=courtesy), BASE)
    assert message.text == COURTESY_REPLIES[courtesy] and all_text(message.blocks) == COURTESY_REPLIES[courtesy]
    assert "kyodo の使い方" not in all_text(message.blocks)
    valid(message.blocks)


def test_thanks_alone_to_the_comparison_get_one_line_back_and_nothing_typed_the_usage() -> None:
    thanks = comparison_message(Comparison("", False, (), empty=True, courtesy="thanks"), BASE)
    assert thanks.text == COURTESY_REPLIES["thanks"] and "kyodo の使い方" not in all_text(thanks.blocks)
    assert comparison_message(Comparison("", False, (), empty=True), BASE) == usage_message(BASE)


def test_real_answer_from_the_engine(engine: Engine) -> None:
    message = answer_message(engine.ask("後援は協働に当たる？"), BASE, share=True)
    assert_within_limits(message.as_kwargs())
    valid(message.blocks)
    assert linked_sections(message.blocks)[0] == "testshi#forms-support"
    assert [b["action_id"] for b in buttons(message.blocks)][-3:] == [
        "share_answer", "feedback_helpful", "feedback_not_helpful"]


def test_home_with_many_checklists_stays_within_limits(engine: Engine) -> None:
    many = tuple(replace(engine.knowledge.checklists[0], id=f"c{i}", title="とても長いチェックリストの題名" * 10)
                 for i in range(1200))
    knowledge = replace(engine.knowledge, checklists=many)
    view = home_view(knowledge, BASE)
    assert len(view["blocks"]) <= 50
    valid(view["blocks"])
    assert all(len(b["text"]["text"]) <= 75 for b in buttons(view["blocks"]))


def test_checklist_modal_with_many_long_items_stays_within_limits(engine: Engine) -> None:
    cite = Citation("testshi", "partner")
    items = tuple(ChecklistItem("確認する<&>" * 150, cite) for _ in range(400))
    checklist = Checklist("big", "大きなチェックリスト" * 30, "概要" * 2000, (), items, "big.yaml")
    view = checklist_modal(checklist, engine.knowledge, BASE)
    assert len(view["blocks"]) <= 50 and len(view["title"]["text"]) <= 24
    valid(view["blocks"])
    assert "続きはウェブで" in all_text(view["blocks"])


@pytest.mark.parametrize("limit", range(1, 30))
def test_clip_escaped_never_splits_an_entity(limit: int) -> None:
    cut = clip_escaped(escape("a<b&c>d" * 5), limit)
    assert len(cut) <= limit
    assert not BROKEN_ENTITY.search(cut.rstrip("…"))


def test_quote_marks_every_line_including_blank_ones() -> None:
    assert quote("一行目\n\n三行目", 100) == "> 一行目\n>\n> 三行目"


def test_home_passages_are_labelled_and_others_not() -> None:
    home = replace(passage(1, "本市の本文。"), home=True)
    both = answer(passages=(home, passage(2, "他市の本文。")))
    first = [b["text"]["text"] for b in answer_message(both, BASE, home_label="本県の指針").blocks if b["type"] == "section"]
    other = [b["text"]["text"] for b in more_message(both, BASE, home_label="本県の指針").blocks if b["type"] == "section"]
    assert first[0].startswith("［本県の指針］*<") and other and "本県の指針" not in other[0]
    swapped = answer(passages=(passage(1, "他市の本文。"), replace(passage(2, "本市の本文。"), home=True)))
    assert more_message(swapped, BASE).blocks[1]["text"]["text"].startswith("［本市の指針］*<")


def test_the_home_label_follows_the_issuer(engine: Engine) -> None:
    assert home_label_in(engine.knowledge, "testshi") == "本市の指針"
    assert home_label_in(engine.knowledge, "betsuken") == "本県の指針"
    assert home_label_in(engine.knowledge, None) == "本市の指針"  # no home: nothing is labelled anyway


def test_app_home_lists_the_guidelines_home_first(engine: Engine) -> None:
    def listed(home: str | None) -> list[str]:
        return re.findall(r"/docs/([a-z]+)\|", all_text(home_view(engine.knowledge, BASE, home)["blocks"]))

    assert listed(None) == [g.id for g in engine.knowledge.guidelines]
    assert listed("betsuken")[0] == "betsuken" and sorted(listed("betsuken")) == sorted(listed(None))
    assert "• ［本県の指針］<" in all_text(home_view(engine.knowledge, BASE, "betsuken")["blocks"])
    assert "本市の指針" not in all_text(home_view(engine.knowledge, BASE)["blocks"])


def test_app_home_with_many_long_guidelines_stays_within_limits(engine: Engine) -> None:
    many = tuple(replace(engine.knowledge.guidelines[0], id=f"g{i}", title="とても長い指針の題名<&>" * 20)
                 for i in range(300))
    view = home_view(replace(engine.knowledge, guidelines=many), BASE, "g299")
    valid(view["blocks"])
    text = all_text(view["blocks"])
    assert "/docs/g299|" in text.split("/docs/g0|")[0], "the home guideline is listed, first"
    assert f"{BASE}/docs|指針一覧" in text


def test_comparison_lists_every_guideline_home_first_with_links(engine: Engine) -> None:
    home = copy.copy(engine)
    home.set_home("betsuken")
    comparison = home.compare("後援は協働に当たりますか？")
    message = comparison_message(comparison, BASE, home_label="本県の指針")
    assert_within_limits(message.as_kwargs())
    valid(message.blocks)
    sections = [b["text"]["text"] for b in message.blocks if b["type"] == "section"]
    assert len(sections) == len(engine.knowledge.guidelines)
    assert sections[0].startswith("［本県の指針］*別県")
    for text, document in zip(sections, comparison.documents, strict=True):
        if document.passage:
            assert f"<{BASE}/docs/{document.doc}#{document.passage.section_id}|" in text
        else:
            assert text.endswith("この指針には該当する記述がありません")
    assert f"{BASE}/compare?q=" in all_text(message.blocks)


def test_comparison_for_a_question_one_guideline_lacks(engine: Engine) -> None:
    message = comparison_message(engine.compare("補助の条件は？"), BASE)
    text = all_text(message.blocks)
    assert "/docs/testshi#forms-subsidy|" in text and "*別県 県民活動との協働指針*（別県）\nこの指針には該当する記述がありません" in text
    assert "本市の指針" not in text and "本県の指針" not in text


def test_comparison_of_a_declined_or_empty_question(engine: Engine) -> None:
    comparison = engine.compare("社員食堂のカレーライスの値段はいくらですか")
    declined = comparison_message(comparison, BASE)
    assert "見つかりませんでした" in all_text(declined.blocks) and "/docs/" not in all_text(declined.blocks)
    assert comparison.declined_why and comparison.declined_why in all_text(declined.blocks)  # the amount kind's why
    assert comparison_message(engine.compare("　"), BASE) == usage_message(BASE)


def test_worst_case_comparison_stays_within_limits() -> None:
    huge = "協働<&>" * 3000
    documents = tuple(DocumentPassage(f"g{i}", "長い題名<&>" * 100, "長い市" * 50, i == 0,
                                      passage(1, huge, snippet=huge, section=">" * 500) if i % 2 else None)
                      for i in range(200))
    message = comparison_message(Comparison("問" * 2000, True, documents, truncated=True), BASE)
    assert_within_limits(message.as_kwargs())
    valid(message.blocks)
    for text in [message.text, *all_text(message.blocks).split("\n")]:
        assert not BROKEN_ENTITY.search(text)


def test_every_answer_offers_the_comparison(engine: Engine) -> None:
    message = answer_message(engine.ask("委託するときの注意は？"), BASE)
    [compare] = [b for b in buttons(message.blocks) if b["action_id"] == "compare_answer"]
    assert compare["value"] == "委託するときの注意は？" and compare["text"]["text"] == "他の自治体では？"
    declined = answer_message(engine.ask("社員食堂のカレーライスの値段はいくらですか"), BASE)
    assert "compare_answer" not in {b["action_id"] for b in buttons(declined.blocks)}
