"""`/` and `/?q=`: the question form and the answer page."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from bot.web.render.examples import EXAMPLE_QUESTIONS
from retrieval.search.question.cleaning import MAX_QUESTION_CHARS
from tests.web.html import page

NOT_COVERED = "指針には該当する箇所が見つかりませんでした"
OFF_TOPIC = "社員食堂のカレーライスの値段はいくらですか"
XSS_PROBES = ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>')


def test_front_page_has_a_labelled_get_form_and_example_questions(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert '<html lang="ja">' in html
    assert '<form class="ask-form" method="get" action="/"' in html
    assert '<label for="page-q">' in html and 'id="page-q" name="q"' in html
    links = page(response).links
    for example in EXAMPLE_QUESTIONS:
        assert f"/?q={quote(example)}" in links


@pytest.mark.parametrize("question", EXAMPLE_QUESTIONS)
def test_every_example_question_is_answered(engine, question):
    answer = engine.ask(question)
    assert answer.answered and answer.passages, question


def test_answer_page_shows_each_passage_with_document_section_snippet_full_text_and_link(client, engine):
    question = EXAMPLE_QUESTIONS[2]
    answer = engine.ask(question)
    response = client.get("/", query_string={"q": question})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    parsed = page(response)
    # each passage links to its section, carrying the question so that the document page leads back
    passage_links = re.findall(r'<p class="passage-link"><a href="([^"]+)"', html)
    assert passage_links == [f"{p.url.replace('#', '?q=' + quote(question) + '#')}" for p in answer.passages]
    assert parsed.tags["details"] == len(answer.passages)
    assert parsed.tags["mark"] >= 1
    unbroken = html.replace("<wbr>", "")  # phrase breaks (bot/web/render/phrasing.py) may stand inside a match
    for passage in answer.passages:
        assert passage.doc_title in parsed.text
        assert passage.section_label in parsed.text
        for text, hit in passage.snippet.parts:
            if hit:
                assert f"<mark>{text}</mark>" in unbroken
    assert NOT_COVERED not in html


def test_answer_page_lists_the_qa_entries_and_checklists_of_the_answer(client, engine):
    answered = [a for a in (engine.ask(q) for q in EXAMPLE_QUESTIONS) if a.qa or a.checklists]
    assert answered, "no example question brings a Q&A entry or checklist any more"
    for answer in answered:
        parsed = page(client.get("/", query_string={"q": answer.question}))
        for entry in answer.qa:
            assert entry.url in parsed.links and entry.question in parsed.text
        for checklist in answer.checklists:
            assert checklist.url in parsed.links and checklist.title in parsed.text


def test_a_question_the_guidelines_do_not_cover_gets_the_honest_answer(client, engine):
    assert not engine.ask(OFF_TOPIC).answered, "the probe must be off-topic for this test to mean anything"
    response = client.get("/", query_string={"q": OFF_TOPIC})
    parsed = page(response)
    assert NOT_COVERED in parsed.text
    assert "担当課" in parsed.text
    assert "/checklists" in parsed.links
    assert parsed.tags["details"] == 0
    assert not [link for link in parsed.links if link.startswith("/docs/")]


def test_a_declined_fact_says_what_the_guidelines_do_not_hold(client, engine):
    question = "後援の申請の締め切りはいつまでに？"
    answer = engine.ask(question)
    assert not answer.answered and answer.declined_why
    why = next(kind.why for kind in engine.knowledge.decline if kind.kind == answer.declined_by[1])
    assert answer.declined_why == why  # decline.yaml's own words for staff, not the engine's
    parsed = page(client.get("/", query_string={"q": question}))
    assert NOT_COVERED in parsed.text and why in parsed.text


@pytest.mark.parametrize("question", ["   ", "!!!"])
def test_a_question_without_words_asks_for_one(client, question):
    parsed = page(client.get("/", query_string={"q": question}))
    assert "知りたいことを文章で入力してください" in parsed.text
    assert parsed.tags["details"] == 0


@pytest.mark.parametrize("probe", XSS_PROBES)
def test_markup_in_a_question_is_shown_as_text(client, probe):
    response = client.get("/", query_string={"q": probe})
    html = response.get_data(as_text=True)
    parsed = page(response)
    assert parsed.tags["script"] == 0 and parsed.tags["img"] == 0
    assert not [a for a in parsed.attributes if a[1] == "onerror"]
    assert probe not in html
    assert probe in parsed.text  # shown, escaped, in the question echo and the form


def test_a_thousand_japanese_characters_are_answered(client):
    question = ("協働事業の評価と見直しの進め方について、担当課としてどのように取り組めばよいか教えてください。" * 25)[:1000]
    response = client.get("/", query_string={"q": question})
    assert response.status_code == 200
    assert "質問が長すぎるため" not in response.get_data(as_text=True)
    assert page(response).tags["details"] >= 1


def test_a_ten_thousand_character_question_is_cut_with_a_notice(client):
    question = "協働相手の選び方を教えてください。" * 600
    assert len(question) >= 10_000
    parsed = page(client.get("/", query_string={"q": question}))
    assert f"先頭の {MAX_QUESTION_CHARS:,} 文字だけで検索しました" in parsed.text


def test_the_form_keeps_the_question_for_editing(client):
    question = "後援は協働になりますか"
    html = client.get("/", query_string={"q": question}).get_data(as_text=True)
    assert f">{question}</textarea>" in html


def test_the_box_takes_no_more_than_the_engine_reads(client):
    """A longer question would not fit the request line the server accepts (bot/web/serving/request_line.py)."""
    boxes = [a for a in page(client.get("/")).attributes if a[0] == "textarea" and a[1] == "maxlength"]
    assert boxes == [("textarea", "maxlength", str(MAX_QUESTION_CHARS))]


@pytest.mark.parametrize(("message", "reply"), [
    ("さっきの回答、めちゃくちゃ助かりました。ありがとう！", "どういたしまして。"),
    ("おはようございます！今日もよろしくお願いします。", "よろしくお願いします。"),
])
@pytest.mark.parametrize("path", ["/", "/compare"])
def test_thanks_or_greetings_alone_get_a_line_back(client, path: str, message: str, reply: str):
    html = client.get(f"{path}?q={quote(message)}").get_data(as_text=True)
    assert reply in html and "質問の言葉を読み取れませんでした" not in html and NOT_COVERED not in html


@pytest.mark.parametrize("path", ["/", "/compare"])
def test_a_message_of_nothing_searchable_still_asks_for_words(client, path: str):
    html = client.get(f"{path}?q={quote('？？？')}").get_data(as_text=True)
    assert "質問の言葉を読み取れませんでした" in html and "どういたしまして" not in html
