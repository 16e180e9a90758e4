"""Reloading in one process (bot/content): validate, build beside, swap — or keep the last good engine; the web
app and the Slack services read the engine through the served content, and KYODO_HOME survives a reload."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.content.process import Reloader
from bot.content.reload import CHANGED, follow_verdict, reload_content
from bot.content.result import ReloadResult
from bot.content.served import ServedContent, configure_engine
from bot.settings import Settings
from bot.wsgi import build_app
from retrieval.search.engine import Engine
from tests.web.test_reload import BROKEN_QA, NEW_QA, NEW_QUESTION, VALIDATOR_MESSAGE, fixture_copy


@pytest.fixture
def knowledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KYODO_CACHE_DIR", str(tmp_path / "cache"))
    return fixture_copy(tmp_path / "knowledge")


def qa_ids(engine: Engine, question: str = NEW_QUESTION) -> list[str]:
    return [entry.id for entry in engine.ask(question).qa]


def test_a_good_change_is_swapped_in_and_a_broken_one_keeps_the_last_good(knowledge: Path) -> None:
    content = ServedContent(Engine.load(knowledge), knowledge)
    first = content.engine
    (knowledge / "qa" / "kyousai.yaml").write_text(NEW_QA, encoding="utf-8")
    result = reload_content(content)
    assert result.ok and content.generation == 1 and content.last_reload is result
    assert content.engine is not first and qa_ids(content.engine) == ["kyousai"]
    assert result.summary["Q&A"] == 2 and result.problems == ()

    good = content.engine
    (knowledge / "qa" / "broken.yaml").write_text(BROKEN_QA, encoding="utf-8")
    refused = reload_content(content)
    assert not refused.ok and content.engine is good and content.generation == 1
    [problem] = refused.problems
    assert problem.endswith("qa/broken.yaml:6: " + VALIDATOR_MESSAGE + "。（対処: guidelines/testshi.md の見出しの {#…} "
                            "にあるアンカーを書いてください。）")


def test_what_kyodo_check_refuses_is_refused_even_when_the_engine_would_load(knowledge: Path) -> None:
    """The validator is kyodo check's, self-test included: a legitimate question the engine declines."""
    (knowledge / "calibration" / "legitimate.txt").write_text("testshi#forms-support|明日の天気は？\n", encoding="utf-8")
    content = ServedContent(Engine.load(knowledge), knowledge)  # the engine loads fine
    result = reload_content(content)
    assert not result.ok and any("明日の天気は？" in problem for problem in result.problems)
    assert content.generation == 0


@dataclass(frozen=True)
class WithHome:
    """Settings as they will be once KYODO_HOME is a setting (another change adds it)."""

    home: str | None


def test_kyodo_home_is_applied_again_after_a_reload(knowledge: Path) -> None:
    settings = WithHome("testshi")
    engine = Engine.load(knowledge)
    configure_engine(engine, settings)
    content = ServedContent(engine, knowledge, lambda new: configure_engine(new, settings))
    (knowledge / "qa" / "kyousai.yaml").write_text(NEW_QA, encoding="utf-8")
    assert reload_content(content).ok and content.engine is not engine and content.engine.home == "testshi"

    elsewhere = ServedContent(engine, knowledge, lambda new: configure_engine(new, WithHome("nowhere")))
    refused = reload_content(elsewhere)
    assert not refused.ok and "KYODO_HOME is 'nowhere'" in refused.problems[0] and elsewhere.engine is engine


def test_requests_during_a_reload_are_run_after_it_and_waited_for(knowledge: Path) -> None:
    content = ServedContent(Engine.load(knowledge), knowledge)
    reloader = Reloader(content)
    with content.lock:  # a reload is running
        tickets = [reloader.request() for _ in range(3)]
        assert reloader.wait(tickets[-1], timeout=0.2) is None, "not done while the running one holds the lock"
    assert reloader.wait(tickets[-1], timeout=60).ok
    assert content.generation <= 2, "requests that waited together are one reload"


def test_the_web_app_and_its_templates_answer_from_the_reloaded_content(knowledge: Path) -> None:
    app = build_app(Settings(knowledge_dir=knowledge, public_base_url="https://kyodo.example.jp"))
    client = app.test_client()
    assert [q["id"] for q in client.get("/api/ask", query_string={"q": NEW_QUESTION}).json["qa"]] == []
    assert "kyousai" not in client.get("/qa").get_data(as_text=True)
    (knowledge / "qa" / "kyousai.yaml").write_text(NEW_QA, encoding="utf-8")
    content = app.extensions["kyodo"].content
    assert reload_content(content).ok
    assert [q["id"] for q in client.get("/api/ask", query_string={"q": NEW_QUESTION}).json["qa"]] == ["kyousai"]
    page = client.get("/qa").get_data(as_text=True)
    assert "共催と実行委員会の違いは？" in page and "/docs/testshi#forms-cohost" in page, "section links from the new content"


def test_answers_keep_coming_while_an_engine_is_built(knowledge: Path) -> None:
    content = ServedContent(Engine.load(knowledge), knowledge)
    (knowledge / "qa" / "kyousai.yaml").write_text(NEW_QA, encoding="utf-8")
    answered: list[bool] = []
    stop = threading.Event()

    def ask() -> None:
        while not stop.is_set():
            answered.append(content.engine.ask("後援は協働に当たりますか？").answered)

    asker = threading.Thread(target=ask)
    asker.start()
    try:
        assert reload_content(content).ok
    finally:
        stop.set()
        asker.join()
    assert answered and all(answered)


def test_a_worker_follows_the_masters_verdict_only_for_the_content_the_master_checked(knowledge: Path) -> None:
    master = ServedContent(Engine.load(knowledge), knowledge)
    worker = ServedContent(master.engine, knowledge)
    (knowledge / "qa" / "kyousai.yaml").write_text(NEW_QA, encoding="utf-8")
    verdict = ReloadResult.from_json(reload_content(master).to_json())  # as the file hands it over
    assert verdict.ok and verdict.key

    followed = follow_verdict(worker, verdict)
    assert followed.ok and qa_ids(worker.engine) == ["kyousai"] and worker.generation == 1

    (knowledge / "qa" / "kyousai.yaml").write_text(NEW_QA.replace("共催ってどういう形？", "共催とは？"), encoding="utf-8")
    stale = follow_verdict(worker, verdict)  # the folder changed after the master's check
    assert not stale.ok and stale.problems == (CHANGED,) and worker.generation == 1

    refused = ReloadResult(False, 1.0, ("qa/broken.yaml:6: " + VALIDATOR_MESSAGE,))
    assert follow_verdict(worker, refused) is refused and worker.last_reload is refused and worker.generation == 1
