"""The home guideline first where it treats the question, and 「他の自治体では？」 side by side."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from retrieval.search.engine import Engine


@pytest.fixture
def home(engine: Engine) -> Iterator[Engine]:
    engine.set_home("kodaira")
    yield engine
    engine.set_home(None)


def test_without_a_home_no_passage_is_marked_home(engine: Engine) -> None:
    answer = engine.ask("協働事業の評価はどうやるの")
    assert answer.passages and not any(p.home for p in answer.passages)
    assert all(entry["home"] is False for entry in answer.to_json()["passages"])


def test_the_home_guideline_comes_first_where_it_treats_the_question(home: Engine) -> None:
    without = home.ask("実行委員会でやるときの注意点は？")  # the fixture's home is set: compare with no home
    home.set_home(None)
    plain = home.ask("実行委員会でやるときの注意点は？")
    home.set_home("kodaira")
    assert plain.passages[0].doc != "kodaira"
    assert without.passages[0].doc == "kodaira" and without.passages[0].home
    assert [p.home for p in without.passages] == [p.doc == "kodaira" for p in without.passages]
    assert without.to_json()["passages"][0]["home"] is True


@pytest.mark.parametrize("question", ["ボランティアは無償の労働力？", "県民活動情報オフィスって何？"])
def test_a_home_passage_that_does_not_treat_the_question_is_not_pushed_first(home: Engine, question: str) -> None:
    home.set_home(None)
    plain = home.ask(question)
    home.set_home("kodaira")
    assert home.ask(question).passages[0].doc == plain.passages[0].doc != "kodaira"


def test_a_named_guideline_wins_over_the_home_one(home: Engine) -> None:
    assert home.ask("大阪市の指針だと協働ってどういう意味？").passages[0].doc == "osaka"


def test_an_unknown_home_is_refused(engine: Engine) -> None:
    with pytest.raises(ValueError, match="sapporo"):
        engine.set_home("sapporo")


def test_compare_gives_every_guideline_home_first(home: Engine) -> None:
    comparison = home.compare("協働事業の評価はどうやるの")
    docs = [d.doc for d in comparison.documents]
    assert docs[0] == "kodaira" and comparison.documents[0].home
    assert sorted(docs) == sorted(g.id for g in home.knowledge.guidelines)
    shown = [d for d in comparison.documents if d.passage]
    assert len(shown) >= 3
    for document in shown:
        assert document.passage.doc == document.doc and document.passage.home == document.home
    scores = [d.passage.score for d in comparison.documents[1:] if d.passage]
    assert scores == sorted(scores, reverse=True)


def test_compare_says_none_where_a_guideline_has_nothing_on_it(engine: Engine) -> None:
    comparison = engine.compare("県民活動情報オフィスって何？")
    by_doc = {d.doc: d.passage for d in comparison.documents}
    assert by_doc["chiba"] is not None and by_doc["chiba"].section_id == "info-office"
    assert by_doc["osaka"] is None
    assert comparison.documents[-1].passage is None  # those with nothing come last


def test_a_guideline_s_passage_in_a_comparison_is_picked_in_the_answer_s_order(engine: Engine) -> None:
    # the comparison picks by the reranked order the answer is in, not by BM25 and the Q&A lift alone — which pick
    # another passage of some guideline on these questions (on the first, Kodaira's 市民からの協働事業の提案)
    differs = 0
    for question in ("同じNPOにもう5年くらい毎年随意契約でお願いしてる。そろそろ見直せって言われたけど、何が問題なの？",
                     "なぜ協働が必要なのか", "実行委員会でやるときの注意点は？"):
        answer = engine.ask(question, top=60)
        scored = engine._score(question)
        for document in engine.compare(question).documents:
            if document.passage is None:  # the guideline does not treat the question
                continue
            first = next(p for p in answer.passages if p.doc == document.doc)
            assert document.passage.section_id == first.section_id
            by_words = max((i for i, p in enumerate(engine.passages) if p.doc == document.doc),
                           key=lambda i: scored.combined[i])
            differs += engine.passages[by_words].section.id != first.section_id
    assert differs  # else these questions no longer tell the two orders apart


def test_a_declined_question_has_no_passage_anywhere(engine: Engine) -> None:
    comparison = engine.compare("補助金の上限はいくら？")
    assert not comparison.answered and all(d.passage is None for d in comparison.documents)


def test_compare_json_has_exactly_the_documented_keys(home: Engine) -> None:
    data = home.compare("協働事業の評価はどうやるの").to_json("https://kyodo.example.lg.jp")
    assert list(data) == ["question", "documents"]
    for document in data["documents"]:
        assert list(document) == ["doc", "doc_title", "issuer", "home", "passage"]
        if document["passage"] is not None:
            assert list(document["passage"]) == ["rank", "doc", "doc_title", "section", "text", "snippet", "url",
                                                 "score"]
            assert document["passage"]["url"].startswith("https://kyodo.example.lg.jp/docs/")
    assert data["documents"][0]["home"] is True and data["documents"][0]["doc"] == "kodaira"
