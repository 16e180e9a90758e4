"""Which checklists an answer offers: at most two, so the one that fits is not lost in a list."""

from __future__ import annotations

from collections import Counter

from retrieval.knowledge.loader import load_knowledge
from retrieval.search.engine import Engine
from tests.retrieval.small_knowledge import CHECKLIST, QA, write_small_knowledge

MAX_CHECKLISTS = 2


def test_no_answer_offers_more_than_two_checklists_and_many_offer_two(all_answers):
    counts = Counter(len(answer.checklists) for answer in all_answers.values())
    assert max(counts) == MAX_CHECKLISTS, counts
    # Enough questions fit two checklists that a third would show, were it allowed.
    assert counts[MAX_CHECKLISTS] >= 50, counts


def test_the_checklists_of_an_answer_are_distinct_and_exist(engine: Engine, all_answers):
    for question, answer in all_answers.items():
        ids = [c.id for c in answer.checklists]
        assert len(set(ids)) == len(ids), question
        for checklist_id in ids:
            assert engine.knowledge.checklist(checklist_id) is not None, checklist_id


def test_an_entrys_first_listed_checklist_goes_first(tmp_path) -> None:
    """The entry's first-listed checklist goes first even when the other one's own words match the question a
    little better: the maintainer listed the one that fits first."""
    folder = write_small_knowledge(tmp_path)
    twin = CHECKLIST.replace("id: form", "id: twin").replace("title: 協働の形態を選ぶ", "title: 協働の形態を確かめる") \
        .replace("  - どの形態でやればいい？", "  - どの形態でやればいい？\n  - 協働になる？")
    (folder / "checklists" / "twin.yaml").write_text(twin, encoding="utf-8")
    for listed in (["form", "twin"], ["twin", "form"]):
        qa = QA.replace("checklists: [form]", f"checklists: [{', '.join(listed)}]")
        (folder / "qa" / "kouen.yaml").write_text(qa, encoding="utf-8")
        answer = Engine(load_knowledge(folder)).ask("後援は協働になりますか？")
        assert [c.id for c in answer.checklists] == listed
