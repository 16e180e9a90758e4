"""A guideline cited as where something is said (「大阪市の指針では」「千葉県のマニュアルでいう」) names the document, not
what is asked of it: its word is no term of the query (query.py GUIDELINE_CITED), so the passage that speaks of the
document itself (大阪市's purpose, which says 指針 twice) does not win on it."""

from __future__ import annotations

import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.query import GUIDELINE_CITED


@pytest.mark.parametrize("question", [
    "大阪市の指針では、協働を進めるにあたっての原則はどう示されていますか",
    "小平市の指針でいう「公共的サービス」とは何を指しますか",
    "千葉県のマニュアルでいう「協働事業」とは、どういう事業のことを指すのでしょうか。",
    "大阪市協働指針で示されている協働推進の原則は何ですか？",
])
def test_a_named_guideline_cited_is_read(question: str) -> None:
    assert GUIDELINE_CITED.search(question)


@pytest.mark.parametrize("question", [
    "大阪市の指針はなぜ作られたのですか？",  # the document itself asked about
    "指針ではどう書かれていますか",  # no guideline named: 指針 may be all the question says of where to look
    "網走市の指針の目的は？",
])
def test_the_document_asked_about_is_not(question: str) -> None:
    assert not GUIDELINE_CITED.search(question)


def test_the_cited_word_is_no_term_but_the_city_still_is(engine: Engine) -> None:
    query = engine.query("大阪市の指針では、協働を進めるにあたっての原則はどう示されていますか")
    assert "指針" not in query.weights and "大阪市" in query.weights
    assert "指針" in engine.query("大阪市の指針はなぜ作られたのですか？").weights


@pytest.mark.parametrize(("question", "section"), [
    # tune256 (read): 大阪市's purpose came first, on 指針
    ("大阪市協働指針で示されている協働推進の原則は何ですか？", ("osaka", "principles")),
    # tune265 (read): 小平市's purpose (「この指針は」) came first; its words on 公共的サービス are under its actors
    ("小平市の指針でいう「公共的サービス」とは何を指しますか", ("kodaira", "actors")),
    # tune193 (read): 千葉県's equal footing (「マニュアル」 in its text) came first
    ("千葉県のマニュアルでいう「協働事業」とは、どういう事業のことを指すのでしょうか。", ("chiba", "collaborative-project")),
])
def test_the_cited_guideline_answers_from_its_content(engine: Engine, question: str, section: tuple[str, str]) -> None:
    first = engine.ask(question, top=3).passages[0]
    assert (first.doc, first.section_id) == section
