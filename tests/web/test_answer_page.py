"""The answer page's order: the reading path for a newcomer, the direct answer (a strong Q&A entry) with
its sources before the quoted passages, the checklists and 「他の自治体では？」 beside them; excerpts with
phrase breaks."""

from __future__ import annotations

import re
from urllib.parse import quote

from tests.web.html import Page

DIRECT = "実行委員会でやるときの注意点は？"
NOT_DIRECT = "後援は協働になりますか？"
NEWCOMER = "異動で協働担当になりました。まず何を読めばいいですか？"


def answer_html(client, question: str) -> str:
    return client.get("/", query_string={"q": question}).get_data(as_text=True)


def test_the_direct_answer_comes_first_with_its_sources(client, engine, knowledge):
    answer = engine.ask(DIRECT)
    assert answer.direct_answer
    html = answer_html(client, DIRECT)
    direct = html.index('class="direct-answer"')
    assert direct < html.index('class="passage"')
    section = html[direct:html.index("</section>", direct)]
    lead = answer.qa[0]
    assert f"Q. {lead.question}" in section.replace("<wbr>", "")
    entry = next(q for q in knowledge.qa if q.id == lead.id)
    for citation in entry.citations:
        assert f'href="/docs/{citation.doc}?q={quote(DIRECT)}#{citation.section}"' in section
    assert f'href="/qa#{lead.id}"' in section
    assert html.count(f'href="/qa#{lead.id}"') == 1, "the direct answer is not repeated below"


def test_without_a_direct_answer_the_passages_lead_and_the_entries_follow(client, engine):
    answer = engine.ask(NOT_DIRECT)
    assert not answer.direct_answer and answer.qa
    html = answer_html(client, NOT_DIRECT)
    assert 'class="direct-answer"' not in html
    assert html.index('class="passage"') < html.index(f'href="/qa#{answer.qa[0].id}"')


def test_checklists_and_the_comparison_stand_beside_the_answer(client, engine):
    answer = engine.ask(DIRECT)
    html = answer_html(client, DIRECT)
    aside = html[html.index('<aside class="answer-aside"'):html.index("</aside>")]
    assert answer.checklists
    for checklist in answer.checklists:
        assert f'href="{checklist.url}"' in aside
    assert f'href="/compare?q={quote(DIRECT)}"' in aside
    # on a phone the one column reads: direct answer, passages, then the checklists
    assert html.index('class="direct-answer"') < html.index('class="passage"') < html.index('<aside')


def test_a_newcomer_is_offered_the_reading_path_first(client, engine):
    assert engine.ask(NEWCOMER).reading_path
    html = answer_html(client, NEWCOMER)
    offer = html.index('class="reading-path"')
    assert offer < html.index('class="passage"') and offer < html.index('class="direct-answer"')
    assert 'href="/start"' in html[offer:html.index("</section>", offer)]
    assert 'class="reading-path"' not in answer_html(client, NOT_DIRECT)


def test_excerpts_break_only_between_phrases(client, all_questions):
    """<wbr> between BudouX phrases: never inside 協働, never after 「; and the text reads the same without them."""
    seen = 0
    for question in [DIRECT, NOT_DIRECT, *all_questions[:40]]:
        html = answer_html(client, question)
        for snippet in re.findall(r'<p class="snippet">(.*?)</p>', html, flags=re.S):
            seen += snippet.count("<wbr>")
            assert "協<wbr>働" not in snippet and "「<wbr>" not in snippet
            assert "後<wbr>援" not in snippet
    assert seen > 100


def test_the_page_text_is_unchanged_by_the_breaks(client, engine):
    answer = engine.ask(NOT_DIRECT)
    text = Page(answer_html(client, NOT_DIRECT)).text
    for passage in answer.passages:
        assert passage.snippet.plain in text
