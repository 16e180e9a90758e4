"""The prompt a helper gets for a blind set is the repository's brief plus its task."""

from __future__ import annotations

import re

import pytest

from benchmarks.blind_task import BRIEF, DECLINE_HEAVY, HIDDEN_SHAPE, main, prefix_in_use, prompt


def test_the_prompt_is_the_brief_word_for_word_then_the_task() -> None:
    text = prompt("sealed999", "kyq", ("osaka", "kitakyushu"), HIDDEN_SHAPE)
    brief = BRIEF.read_text(encoding="utf-8")
    assert text.startswith(brief)
    task = text[len(brief):]
    assert "/work/evalsets/sealed999.yaml" in task
    assert "# sealed999: written blind by a helper session from /work/shared/sources/*.txt only" in task
    assert "100 items with ids kyq01 … kyq100" in task
    counts = {kind: int(n) for kind, n in re.findall(r"(\w+) \((\d+): ", task)}
    assert counts == HIDDEN_SHAPE
    assert "half of the 80 answerable questions from osaka.txt" in task
    assert "a third from kitakyushu.txt" in task


def test_the_decline_heavy_shape_counts_its_own_answerable_questions() -> None:
    task = prompt("tune999", "kyq", ("chiba", "abashiri"), DECLINE_HEAVY)
    counts = {kind: int(n) for kind, n in re.findall(r"(\w+) \((\d+): ", task)}
    assert counts == DECLINE_HEAVY
    assert "half of the 40 answerable questions from chiba.txt" in task


def test_a_prefix_some_set_already_numbers_with_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert prefix_in_use("a")  # the first sealed set's ids: a01 …
    assert not prefix_in_use("kyq")
    with pytest.raises(SystemExit) as stop:
        main(["sealed999", "a", "--lean", "osaka", "kodaira"])
    assert "already used" in str(stop.value.code)
    assert capsys.readouterr().out == ""
