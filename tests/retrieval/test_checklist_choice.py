"""Which checklists an answer offers: at most two, so the one that fits is not lost in a list."""

from __future__ import annotations

from collections import Counter

from retrieval.search.engine import Engine

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
