"""Shared fixtures: one real engine per test session (building it loads Sudachi once), and the
questions of every question set under tests/eval. And the CI rule: under CI=true a skipped
(or xfailed) test fails the run, its reason listed, since a skip there hides exactly the
regression the test was written for."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR, load_knowledge
from retrieval.search.engine import Engine

EVAL = Path(__file__).resolve().parent / "eval"


@pytest.fixture(scope="session", autouse=True)
def private_engine_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Engines built by the tests are cached in the run's own folder, never in the developer's ~/.cache."""
    os.environ["KYODO_CACHE_DIR"] = str(tmp_path_factory.mktemp("engine-cache"))


@pytest.fixture(scope="session")
def knowledge():
    return load_knowledge(DEFAULT_KNOWLEDGE_DIR)


@pytest.fixture(scope="session")
def engine(knowledge) -> Engine:
    return Engine(knowledge)


def eval_questions() -> list[str]:
    """Every question of tests/eval (but the sealed set, whose questions nobody reads while tuning) and
    the legitimate calibration questions (`sections|question`)."""
    questions = [str(item["question"]) for path in sorted(EVAL.rglob("*.yaml")) if not path.stem.startswith("sealed")
                 for item in yaml.safe_load(path.read_text(encoding="utf-8"))]
    for path in [DEFAULT_KNOWLEDGE_DIR / "calibration" / "legitimate.txt", *sorted((EVAL / "calibration").glob("*.txt"))]:
        questions += [line.split("|", 1)[1] for line in path.read_text(encoding="utf-8").splitlines()
                      if "|" in line and not line.startswith("#")]
    return questions


def stride_sample(questions: list[str], count: int) -> list[str]:
    """About `count` questions at a fixed stride over the sets in order: every set's kinds are read while the blind sets
    keep growing (four more each session), without the run's time growing with them."""
    return questions[::max(1, len(questions) // count)]


@pytest.fixture(scope="session")
def all_questions() -> list[str]:
    questions = eval_questions()
    assert len(questions) > 500, "the question sets under tests/eval are missing"
    return questions


ANSWERS_SAMPLED = 4000  # all 13,583 questions of the thirty-fourth session took 70 s of a 10-minute CI run


@pytest.fixture(scope="session")
def sampled_answers(engine, all_questions):
    """The shipped engine's answers to a fixed stride of the questions of tests/eval, as users see them (top 3)."""
    return {question: engine.ask(question) for question in stride_sample(all_questions, ANSWERS_SAMPLED)}


# --- under CI=true a skip fails the run ------------------------------------------------------

_skips: list[tuple[str, str]] = []  # (test id, reason)


def _ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def _record(report: pytest.TestReport | pytest.CollectReport) -> None:
    if report.skipped:
        reason = getattr(report, "wasxfail", None)
        if reason is None and isinstance(report.longrepr, tuple):
            reason = report.longrepr[2]
        _skips.append((report.nodeid, str(reason or report.longrepr).removeprefix("Skipped: ")))


def pytest_collectreport(report: pytest.CollectReport) -> None:
    _record(report)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _record(report)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _ci() and _skips and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:  # noqa: ANN001
    if _ci() and _skips:
        terminalreporter.section("skipped tests fail the run under CI=true", sep="=", red=True, bold=True)
        for nodeid, reason in _skips:
            terminalreporter.line(f"SKIPPED {nodeid}: {reason}", red=True)
