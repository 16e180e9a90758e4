"""A guideline cited as where something is said (「大阪市の指針では」「千葉県のマニュアルでいう」) names the document, not
what is asked of it: its word is no term of the query (query.guideline_cited, built from the engine's issuers), so the passage that speaks of the
document itself (大阪市's purpose, which says 指針 twice) does not win on it."""

from __future__ import annotations

import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.query import guideline_cited

SHIPPED = guideline_cited(["大阪市", "小平市", "北九州市", "千葉県", "網走市"])


@pytest.mark.parametrize("question", [
    "大阪市の指針では、協働を進めるにあたっての原則はどう示されていますか",
    "小平市の指針でいう「公共的サービス」とは何を指しますか",
    "千葉県のマニュアルでいう「協働事業」とは、どういう事業のことを指すのでしょうか。",
    "大阪市協働指針で示されている協働推進の原則は何ですか？",
    # cited with a comma after で, or as what is written in it (tune275, tune83: read)
    "大阪市の指針で、協働を進めるうえでの原則として何が重要とされていますか？",
    "北九州市の方針に書かれている取り組みって、一度決めたらそのまま固定なんですか？",
    "千葉県のマニュアルには、協働の効果としてどんなことが挙がっていますか",
])
def test_a_named_guideline_cited_is_read(question: str) -> None:
    assert SHIPPED.search(question)


@pytest.mark.parametrize("question", [
    "大阪市の指針はなぜ作られたのですか？",  # the document itself asked about
    "指針ではどう書かれていますか",  # no guideline named: 指針 may be all the question says of where to look
    "網走市の指針の目的は？",
])
def test_the_document_asked_about_is_not(question: str) -> None:
    assert not SHIPPED.search(question)


def test_the_pattern_reads_the_issuers_it_is_given() -> None:
    imported = guideline_cited(["霧ヶ丘市", "千葉県"])
    assert imported.search("霧ヶ丘市のガイドラインでは、協働は何のための手段とされていますか").group(1) == "ガイドライン"
    assert imported.search("霧ヶ丘の指針でいう協働提案制度とは")
    assert not imported.search("大阪市の指針では、協働を進めるにあたっての原則はどう示されていますか")
    assert not guideline_cited([]).search("大阪市の指針では、原則はどう示されていますか")


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
    # tune275 (read): 大阪市's purpose came first again, on 指針 cited with a comma after で
    ("<@U07KYODO> 市民協働推進課です。大阪市の指針で、協働を進めるうえでの原則として何が重要とされていますか？新任研修で使いたくて",
     ("osaka", "principles")),
])
def test_the_cited_guideline_answers_from_its_content(engine: Engine, question: str, section: tuple[str, str]) -> None:
    first = engine.ask(question, top=3).passages[0]
    assert (first.doc, first.section_id) == section
