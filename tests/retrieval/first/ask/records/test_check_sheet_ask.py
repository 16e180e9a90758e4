"""A question asking for a check sheet, or for 小平市's checklist or evaluation tool, gets 小平市's plan for one first
(check_sheet_ask.py), not its principle of disclosure and evaluation."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.ask.records.check_sheet_ask import CHECK_SHEET_ASK, PLANS_THE_SHEET, CheckSheetAsks
from tests.retrieval.answers import first_section


@pytest.mark.parametrize("question", [
    "協働の取り組みのチェックシートってありますか？",
    "Is there a check sheet for evaluating how our collaborative work is going?",
    "Was Kodaira planning any kind of checklist for collaborative projects?",
    "小平市は協働事業の評価シートのようなものを作る予定ですか？",
])
def test_a_check_sheet_or_kodairas_checklist_is_this_ask(question: str) -> None:
    assert CHECK_SHEET_ASK.search(normalize_text(question))


@pytest.mark.parametrize("question", [
    "Is there a checklist to tell whether a project suits 協働?",  # the suitability points answer
    "協働事業の評価シートにはどんな項目を入れればいい？",  # items to evaluate, no 小平市
])
def test_another_checklist_is_not(question: str) -> None:
    assert not CHECK_SHEET_ASK.search(normalize_text(question))


def test_the_passage_planning_the_sheet() -> None:
    assert PLANS_THE_SHEET.search("協働事業の評価方法を検討し、協働の取り組みのチェックシートを作成します。")
    assert not PLANS_THE_SHEET.search("協働事業の評価を行い、その結果を公表します。")


def test_the_plan_goes_first_only_from_near_the_top() -> None:
    texts = ["評価を行い", "協働の取り組みのチェックシートを作成します"]
    asks = [normalize_text("チェックシートはある？")]
    assert CheckSheetAsks(texts, window=2).first(asks, np.array([2.0, 1.0])) == 1
    assert CheckSheetAsks(texts, window=1).first(asks, np.array([2.0, 1.0])) is None


def test_kodairas_checklist_gets_its_plan_first(engine: Engine) -> None:
    # tune74, tune76 (read): 小平市's principle of disclosure and evaluation ranked first, or the plan not in ten
    assert first_section(engine, "Does Kodaira plan a checklist or some evaluation tool for its collaboration projects?") == ("kodaira", "awareness-and-structure")
