"""bot/slack/maintainers.py and the App Home listener: the maintainers' part, from a real SQLite log."""

from __future__ import annotations

from dataclasses import replace
from unittest.mock import Mock

from slack_bolt import BoltContext

from bot.content.result import ReloadResult
from bot.slack.blocks import home_view
from bot.slack.listeners.events import publish_home
from bot.slack.maintainers import maintainers_home, week_report
from bot.slack.services import CONTEXT_KEY, Services
from bot.store import Channel, Store
from tests.slack.helpers import all_text
from tests.slack.listeners.conftest import kwargs_of

MAINTAINER = "U0MAINTAINER"


def as_maintainer(context: BoltContext, services: Services) -> None:
    context[CONTEXT_KEY] = replace(services, settings=replace(services.settings, maintainers=frozenset({MAINTAINER})))


def test_the_week_counts_questions_declines_votes_and_groups_the_gaps(services: Services, store: Store) -> None:
    engine = services.engine
    ids = [store.log_answer(engine.ask(q), Channel.SLACK_DM) for q in ("後援は協働？", "明日の天気は？", "明日の天気は？")]
    store.vote(ids[0], "slack:T:U1", True, Channel.SLACK_DM)
    store.vote(ids[0], "slack:T:U2", False, Channel.SLACK_DM, comment="足りない")
    assert store.flush(10)
    report = week_report(store, engine)
    assert (report.questions, report.declined, report.helpful, report.unhelpful) == (3, 2, 1, 1)
    assert [(g.wordings[0], g.count) for g in report.gaps] == [("明日の天気は？", 2), ("後援は協働？", 1)]
    view = maintainers_home(home_view(engine.knowledge, "https://kyodo.example"), report, None)
    text = all_text(view["blocks"])
    assert "明日の天気は？ — 2 件（指針にない 2、役に立たなかった 0。今は話題なしで断ります）" in text
    assert "今は答えます" in text  # 後援は協働？ was voted unhelpful; the guidelines answer it


def test_the_last_reload_is_shown_with_the_validators_messages(services: Services, store: Store) -> None:
    view = home_view(services.engine.knowledge, services.base_url)
    report = week_report(store, services.engine)
    problems = tuple(f"knowledge/qa/x{i}.yaml:3: citations の節が見つかりません" for i in range(12))
    failed = maintainers_home(view, report, ReloadResult(False, 0.4, problems))
    text = all_text(failed["blocks"])
    assert "12 件の問題があったため反映していません。前の内容のまま回答しています。" in text
    assert "knowledge/qa/x0.yaml:3: citations の節が見つかりません" in text and "ほか 4 件" in text
    done = all_text(maintainers_home(view, report, ReloadResult(True, 1.25, summary={"文書": 1, "Q&A": 2}))["blocks"])
    assert "反映しました（1.2 秒）。文書 1、Q&A 2" in done


def test_app_home_has_the_part_for_a_maintainer_only(client: Mock, context: BoltContext, services: Services) -> None:
    as_maintainer(context, services)
    publish_home(event={"type": "app_home_opened", "user": MAINTAINER, "tab": "home"}, context=context, client=client)
    maintainer = kwargs_of(client.views_publish)["view"]
    client.reset_mock()
    publish_home(event={"type": "app_home_opened", "user": "U0OTHER", "tab": "home"}, context=context, client=client)
    other = kwargs_of(client.views_publish)["view"]
    assert "メンテナー向け" in all_text(maintainer["blocks"]) and "メンテナー向け" not in all_text(other["blocks"])
    assert maintainer["blocks"][-len(other["blocks"]):] == other["blocks"]
