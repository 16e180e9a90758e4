"""A question asking how to respond to a partner after something went wrong gets 網走市's 「トラブルが発生したら、市民団体を
責めるのではなく、原因を究明して対策を考えます」 first (trouble_ask.py); whose fault an accident would be, asked before it
happened, is no such question."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.message.partner.trouble_ask import RESPOND, SAYS_WHAT_TO_DO, WENT_WRONG, TroubleAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "団体側の連絡ミスでイベントが中止になりました。団体にどう対応すればいいですか？",
    "委託先のNPOの受付で苦情が来ました。先方に文句を言うべき？",
    "Something went wrong in a project we contracted to an NPO. How should we deal with it?",
    # tune135–136 (read): a problem that came up, settled without blaming; a wrong venue sent, and how to handle it
    "協働している団体との間で問題が起きたとき、責めずに収めるにはどうすれば？",
    "Our partner group sent everyone the wrong date for the workshop. How should we handle this with them?",
])
def test_a_mishap_and_how_to_respond_is_a_trouble_ask(question: str) -> None:
    text = normalize_text(question)
    assert WENT_WRONG.search(text) and RESPOND.search(text)


@pytest.mark.parametrize("question", [
    "実行委員会方式のイベントで事故が起きた場合、責任は市と団体のどちらが負うのでしょうか。",  # before it happened: roles
    "目的は同じなのに進め方で毎回もめます。どうしたらいい？",  # a disagreement, no mishap
])
def test_roles_and_disagreements_are_no_trouble_ask(question: str) -> None:
    text = normalize_text(question)
    assert not (WENT_WRONG.search(text) and RESPOND.search(text))


def test_the_passage_on_trouble() -> None:
    assert SAYS_WHAT_TO_DO.search("トラブルが発生したら、市民団体を責めるのではなく、原因を究明して対策を考えます。")
    assert not SAYS_WHAT_TO_DO.search("言葉、語句の解釈が異なり、後でトラブルになることが多いようです。")


def test_the_trouble_passage_goes_first_only_after_a_mishap_from_wherever_it_matches() -> None:
    texts = ["先入観を持たない", "トラブルが発生したら、市民団体を責めるのではなく"]
    asks = [normalize_text("団体にどう対応すればいい？")]
    order = np.array([2.0, 1.0])
    assert TroubleAsks(texts, window=2).first(asks, order, question=asks[0]) is None
    mishap = normalize_text("受付でミスがありました。団体にどう対応すればいい？")
    assert TroubleAsks(texts, window=1).first(asks, order, question=mishap) == 1  # below the window too (WHOLE_ORDER)
    assert TroubleAsks(texts, window=2).first(asks, order, question=mishap) == 1


def test_a_partners_mistake_gets_abashiris_commission_passage_first(engine: Engine) -> None:
    # 網走市's passage on prejudice (先入観) ranked first before
    assert first_section(engine, "Something went wrong in a project we contracted to a local NPO. How should we deal with it?") == ("abashiri", "forms-commission")
