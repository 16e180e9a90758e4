"""A question asking whether 協働 is an end or a means gets a passage saying it is a means first (means_ask.py), not
網走市's passage on sharing methods as well as aims, whose heading holds the same two words."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.kyodo.means_ask import MEANS_ASK, SAYS_MEANS, MeansAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("asks", [
    ["協働ってそもそも目的なんですか？", "それとも手段ですか？"],
    ["協働は目的なのか手段なのか、指針ではどう書いてある？"],
    ["協働すること自体がゴールになっていない？"],
    ["Is 協働 an end in itself, or a means?"],
])
def test_an_end_or_a_means_is_a_means_ask(asks: list[str]) -> None:
    assert MEANS_ASK.search(" ".join(normalize_text(a) for a in asks))


@pytest.mark.parametrize("question", [
    "目的は共有できているのに、方法で揉めます。どうすれば？",  # aims and methods of a project, not 協働 as an end
    "協働の目的ってなに？",
])
def test_aims_and_methods_of_a_project_are_no_means_ask(question: str) -> None:
    assert not MEANS_ASK.search(normalize_text(question))


def test_the_guidelines_say_it_in_three_places() -> None:
    assert SAYS_MEANS.search("協働は「方法・手段」であって目的ではありません。")  # 網走市 4. 協働の留意点
    assert SAYS_MEANS.search("★「協働」自体が目的ではない★")  # 千葉県
    assert SAYS_MEANS.search("②課題解決やサービス提供の目的実現のための手段・方法")  # 網走市の定義
    assert not SAYS_MEANS.search("目的の共有だけではなく、方法・手段の共有、了解、合意が必要です。")


def test_the_means_passage_goes_first_only_from_near_the_top() -> None:
    texts = ["目的の共有だけではなく、方法・手段の共有", "協働は「方法・手段」であって目的ではありません。"]
    asks = [normalize_text("協働は目的？手段？")]
    assert MeansAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None
    assert MeansAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1


def test_an_end_or_a_means_is_answered_by_abashiris_caution(engine: Engine) -> None:
    assert first_section(engine, "協働ってそもそも目的なんですか？それとも手段ですか？") == ("abashiri", "cautions")
