"""The reranker: its features on passages made up for the test, its fitted weights, and what it changes in the
shipped engine's answers."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.rank.first.quoted_heading import QuotedHeadings
from retrieval.search.rank.rerank import (
    CANDIDATES,
    FEATURES,
    UNCITED_FEATURES,
    Reranker,
    character_pairs,
    passage_words,
)
from retrieval.search.rank.trees import TREES_FILE, UNCITED_TREES_FILE, TreeEnsemble
from retrieval.search.tuning import Tuning

ROOT = Path(__file__).resolve().parents[2]


def test_a_passage_is_cut_into_sentences_at_their_ends_and_at_line_breaks() -> None:
    text = "協働します。評価と\n公開"
    words = passage_words(["評価"], ["第3章"], [("協働", 0), ("評価", 6), ("公開", 10)], text)
    assert words.sentences_of == {"協働": (0,), "評価": (1,), "公開": (2,)} and words.sentence_count == 3
    assert words.heading == {"評価"} and words.path == {"評価", "第3章"}
    assert words.every == {"評価", "第3章", "協働", "公開"}


def _reranker() -> Reranker:
    passages = [
        passage_words(["原則"], [], [("協働", 0), ("原則", 3)], "協働の原則。"),  # heading and one sentence: all
        passage_words(["評価"], [], [("協働", 0), ("原則", 6)], "協働します。原則。"),  # two sentences, half each
        passage_words(["評価"], [], [("協働", 0)], "協働。", position=4, indexed=6),
    ]
    return Reranker(passages, idf=lambda term: {"協働": 1.0, "原則": 3.0}.get(term, 1.0), known=lambda term: True,
                    model=None)


def test_features_are_shares_of_the_question_weight_held() -> None:
    reranker = _reranker()
    combined = np.array([0.2, 0.4, 0.1])
    features = reranker.features(np.array([1, 0, 2]), combined, combined, {"協働": 1.0, "原則": 1.0},
                                 {"原則": 1.0}, np.array([True, False, False]))
    column = {name: features[:, i] for i, name in enumerate(FEATURES)}
    assert list(column["combined"]) == [1.0, 0.5, 0.25]  # over the best candidate's
    assert list(column["heading"]) == [0.0, 0.75, 0.0]  # 原則 is 3 of the 4 the question weighs
    assert list(column["ask_heading"]) == [0.0, 1.0, 0.0]
    assert list(column["cover"]) == [1.0, 1.0, 0.25]
    assert list(column["sentence_cover"]) == [0.75, 1.0, 0.25]  # passage 1 holds them in two sentences
    assert list(column["ask_sentence_cover"]) == [1.0, 1.0, 0.0]
    assert list(column["top_entry"]) == [0.0, 1.0, 0.0]
    assert list(column["lift"]) == [0.0, 0.0, 0.0]
    assert list(column["bm25_order"]) == [1.0, 0.5, 1 / 3]  # the candidates' own order
    assert list(column["position"]) == [0.0, 0.0, 3.0]  # fourth paragraph and later read as 3
    assert column["length"][2] == pytest.approx(np.log(7))


def test_character_pairs_are_two_japanese_characters_side_by_side_one_a_kanji_or_katakana() -> None:
    assert character_pairs("情報発信力をNPOで高めます") == {"情報", "報発", "発信", "信力", "力を", "で高", "高め"}
    assert character_pairs("してみます。ok") == frozenset()  # endings and particles alone, and Latin letters, are not


def test_pair_features_are_shares_of_the_asking_sentences_pairs_held_by_the_text_and_the_headings() -> None:
    passages = [
        passage_words(["発信"], ["第3章"], [], "団体の情報発信力の向上", heading_path="第3章 発信"),
        passage_words(["評価"], [], [], "情報を公開します", heading_path="評価"),
        passage_words(["評価"], [], [], "評価します", heading_path="評価"),
    ]
    reranker = Reranker(passages, idf=lambda term: 1.0, known=lambda term: True, model=None)
    features = reranker.features(np.arange(3), np.ones(3), np.ones(3), {"発信": 1.0}, {"発信": 1.0},
                                 np.zeros(3, dtype=bool), asks=["情報発信のコツは"])
    column = {name: features[:, i] for i, name in enumerate(FEATURES)}
    pairs, held = column["ask_pairs"], column["ask_heading_pairs"]
    # the ask's pairs: 情報, 報発, 発信 (each held by one passage or two), 信の, コツ (held by none, weighing most)
    assert pairs[0] > pairs[1] > pairs[2] == 0.0
    assert 0.0 < held[0] < pairs[0] and held[1] == held[2] == 0.0
    assert reranker.features(np.arange(3), np.ones(3), np.ones(3), {"発信": 1.0}, {"発信": 1.0},
                             np.zeros(3, dtype=bool))[:, FEATURES.index("ask_pairs")].tolist() == [0.0, 0.0, 0.0]


def test_candidates_are_the_best_positive_ones_best_first() -> None:
    reranker = _reranker()
    assert list(reranker.candidates(np.array([0.2, 0.0, 0.5]))) == [2, 0]
    assert len(reranker.candidates(np.zeros(3))) == 0
    many = np.linspace(1.0, 0.01, 3 * CANDIDATES)
    assert list(_reranker().candidates(many)) == list(range(CANDIDATES))


@pytest.mark.parametrize(("path", "features"), [(TREES_FILE, FEATURES), (UNCITED_TREES_FILE, UNCITED_FEATURES)])
def test_the_shipped_trees_read_the_features_in_their_order_and_score_as_when_fitted(
        path: Path, features: tuple[str, ...]) -> None:
    shipped = json.loads(path.read_text(encoding="utf-8"))
    trees = TreeEnsemble(shipped)
    assert trees.features == features
    assert len(shipped["trees"]) >= 50
    # rows the fit scored with scikit-learn and with these arrays alike, kept to catch a change in how they are read
    check = shipped["check"]
    assert np.allclose(trees.decision(np.array(check["rows"])), check["decision"], atol=1e-9)
    assert len(check["rows"]) >= 20 and len(set(np.round(check["decision"], 6))) > 10


def _lone_leaf(features: tuple[str, ...], worth: float) -> TreeEnsemble:
    return TreeEnsemble({"features": list(features), "baseline": 0.0, "trees": [
        {"feature": [0], "threshold": [0.0], "left": [0], "right": [0], "value": [worth], "leaf": [True], "depth": 0}]})


def test_passages_of_a_guideline_no_entry_cites_are_scored_by_the_trees_without_q_and_a_features() -> None:
    cited, uncited = _lone_leaf(FEATURES, 1.0), _lone_leaf(UNCITED_FEATURES, 2.0)
    reranker = Reranker([], idf=lambda term: 1.0, known=lambda term: True, model=cited, uncited_model=uncited)
    rows = np.arange(3 * len(FEATURES), dtype=float).reshape(3, len(FEATURES))
    assert list(reranker.scores(rows, np.array([False, True, False]))) == [1.0, 2.0, 1.0]
    assert list(reranker.scores(rows)) == [1.0, 1.0, 1.0]
    with pytest.raises(ValueError):
        Reranker([], idf=lambda term: 1.0, known=lambda term: True, model=cited, uncited_model=cited)


def test_every_shipped_guideline_is_cited_so_the_uncited_trees_change_no_shipped_answer(engine: Engine) -> None:
    assert not engine._uncited.any()


def test_a_tree_sends_a_row_left_when_its_feature_is_at_most_the_threshold() -> None:
    # one tree: x0 <= 0.5 → (x1 <= 2 → 1.0 else 2.0) else 3.0; another: a lone leaf worth 0.25
    trees = TreeEnsemble({"features": ["a", "b"], "baseline": -1.0, "trees": [
        {"feature": [0, 1, 0, 0, 0], "threshold": [0.5, 2.0, 0, 0, 0], "left": [1, 3, 0, 0, 0],
         "right": [2, 4, 0, 0, 0], "value": [0, 0, 3.0, 1.0, 2.0], "leaf": [False, False, True, True, True],
         "depth": 2},
        {"feature": [0], "threshold": [0.0], "left": [0], "right": [0], "value": [0.25], "leaf": [True], "depth": 0},
    ]})
    rows = np.array([[0.5, 2.0], [0.1, 2.5], [0.9, 0.0]])
    assert list(trees.decision(rows)) == [0.25, 1.25, 2.25]
    with pytest.raises(ValueError):
        Reranker([], idf=lambda term: 1.0, known=lambda term: True, model=trees)  # fitted on other features


def _trainer():
    spec = importlib.util.spec_from_file_location("fit_weights", ROOT / "benchmarks" / "fit_weights.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_checklist_fit_learns_which_feature_marks_the_right_one() -> None:
    rng = np.random.default_rng(7)
    data = []
    for _ in range(60):
        features = rng.random((8, 3))
        relevant = np.zeros(8)
        relevant[int(np.argmax(features[:, 1]))] = 1.0  # the second feature says which one is relevant
        data.append((features, relevant))
    weights, loss = _trainer().fit(data, steps=200)
    assert weights[1] > 3 * max(abs(weights[0]), abs(weights[2]))
    assert loss < np.log(8)  # better than not knowing


@pytest.fixture(scope="module")
def unranked(engine: Engine) -> Engine:
    return Engine(engine.knowledge, engine.analyzer, Tuning(rerank=False))


@pytest.mark.parametrize(("question", "first"), [
    # the principle on information sharing, above the staff attitudes and the principles' list that mention it
    ("団体さんと情報ってどこまで共有すればいいの？内部の検討資料とかも見せた方がいい？",
     ("kodaira", "principle-information-sharing")),
    # the section on making the effects visible, above the city's own publicity
    ("協働で何やってるのか市民に全然伝わってないって議会で言われた。成果をどう見せればいいの？",
     ("chiba", "point-visibility")),
])
def test_reranking_puts_the_passage_that_holds_the_ask_first(engine: Engine, unranked: Engine, question: str,
                                                             first: tuple[str, str]) -> None:
    ranked = engine.ask(question).passages
    assert (ranked[0].doc, ranked[0].section_id) == first
    assert (unranked.ask(question).passages[0].doc, unranked.ask(question).passages[0].section_id) != first


def test_reranked_scores_descend_and_a_named_guideline_still_comes_first(engine: Engine) -> None:
    answer = engine.ask("千葉県の指針では協働の原則をどう書いている？")
    assert answer.passages[0].doc == "chiba"
    scores = [p.score for p in answer.passages]
    assert scores == sorted(scores, reverse=True)


def test_the_engine_reads_character_pairs_from_the_last_asking_sentence_only(engine: Engine) -> None:
    def pairs_by_section(question: str) -> dict[tuple[str, str], float]:
        hits, features = engine.rerank_features(question)
        column = features[:, FEATURES.index("ask_pairs")]
        return {(hit.doc, hit.section_id): value for hit, value in zip(hits, column, strict=True)}

    ask = "団体の情報発信を手伝うにはどうすればいい？"
    alone = pairs_by_section(ask)
    after_situation = pairs_by_section("公園課です。花壇ボランティアの会と協働しています。" + ask)
    assert max(alone.values()) > 0.3
    shared = alone.keys() & after_situation.keys()
    assert len(shared) >= 10 and all(alone[k] == pytest.approx(after_situation[k]) for k in shared)
    after_another_ask = pairs_by_section("協働事業の評価はどうやるの？" + ask)
    shared = alone.keys() & after_another_ask.keys()
    assert len(shared) >= 5 and all(alone[k] == pytest.approx(after_another_ask[k]) for k in shared)


@pytest.mark.parametrize(("path", "features"), [(TREES_FILE, FEATURES), (UNCITED_TREES_FILE, UNCITED_FEATURES)])
def test_more_of_the_question_matched_never_lowers_a_passages_score(path: Path, features: tuple[str, ...]) -> None:
    # fitted with monotonic constraints (benchmarks/fit_weights.py MONOTONE): unconstrained, the uncited trees scored a
    # passage matching 1% of the question above the one matching all of it
    trees = TreeEnsemble.load(path)
    rows = np.random.default_rng(0).uniform(0.0, 1.0, size=(400, len(features)))
    rows[:, [k for k, name in enumerate(features) if name == "length"]] *= 6.0
    base = trees.decision(rows)
    monotone = _trainer().MONOTONE
    for k, name in enumerate(features):
        if not monotone[name]:  # a passage's place in its section and its length are left free
            continue
        raised = rows.copy()
        raised[:, k] = np.minimum(raised[:, k] + 0.3, 1.0)
        assert (trees.decision(raised) >= base - 1e-9).all(), name


def test_a_quoted_phrase_names_the_one_section_whose_heading_holds_it() -> None:
    headings = QuotedHeadings([("kitakyushu", "code-of-conduct", "3章 協働を進めるにあたって(行動規範)"),
                               ("kitakyushu", "time-limit-evaluation", "7 定期的に評価しよう（時限性の原則）"),
                               ("kitakyushu", "shared-purpose", "1 同じ目的に向かって進もう(目的共有の原則)")])
    assert headings.named("「時限性の原則」って何?") == ("kitakyushu", "time-limit-evaluation")
    assert headings.named("「 時限性の原則 」って何?") == ("kitakyushu", "time-limit-evaluation")
    assert headings.named("「の原則」って何?") is None  # in two headings: names neither
    assert headings.named("時限性の原則って何?") is None  # not quoted
    assert headings.named("「評価」って何?") is None  # too short to name a heading


def test_a_heading_quoted_without_its_inner_brackets_is_named() -> None:
    # tune223 (read): 「なぜ協働が必要なの？」 quotes 千葉県's 「なぜ「協働」が必要なの？」 (7th before)
    headings = QuotedHeadings([("chiba", "why", "1 なぜ「協働」が必要なの？"),
                               ("osaka", "necessity", "なぜ「協働」が必要なのか")])
    assert headings.named("冒頭の「なぜ協働が必要なの?」の要点をまとめて") == ("chiba", "why")


@pytest.mark.parametrize("question", [
    # tune34 and tune35 (read), written by two helpers: the chapter listing the seven principles came first, lifted by
    # the Q&A entry on the principles in general
    "北九州市の行動規範にある「時限性の原則」って何のことですか？",
    "北九州市の行動規範にある「時限性の原則」とはどういう意味ですか？",
])
def test_the_section_a_question_names_by_quoting_its_heading_comes_first(engine: Engine, question: str) -> None:
    first = engine.ask(question).passages[0]
    assert (first.doc, first.section.id) == ("kitakyushu", "time-limit-evaluation")


def test_a_heading_quoted_in_the_situation_is_not_what_is_asked(engine: Engine) -> None:
    question = "研修で「時限性の原則」を習いました。ところで後援と共催の違いは？"
    assert engine.ask(question).passages[0].section.id != "time-limit-evaluation"
    assert engine.ask(question + "それと「時限性の原則」って何？").passages[0].section.id == "time-limit-evaluation"
