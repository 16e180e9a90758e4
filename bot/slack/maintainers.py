"""The maintainers' part of App Home: this week's questions and votes, the top gaps, the last reload.

Maintainers are the Slack members named in KYODO_MAINTAINERS. For them the App Home view starts
with this part; everyone else sees the normal view only. The part is put in front of whatever
bot.slack.blocks.home_view builds, so the normal App Home can change without this module.
Everything shown is read from the question log when the tab is opened, off the ack path; a log
that cannot be read is said so in one line, and the rest of the tab is shown as usual.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.content.result import ReloadResult
from bot.settings import Settings
from bot.slack.blocks import home_view
from bot.slack.mrkdwn import clip, plain
from bot.slack.services import Services
from bot.store import Store
from bot.store.database import describe_error
from bot.store.gap_text import now_label
from bot.store.gaps import GapGroup, group_gaps
from bot.store.records import utc_now
from retrieval.search.engine import Engine

logger = logging.getLogger(__name__)

WEEK = timedelta(days=7)
TOP_GAPS = 5
MAX_PROBLEMS = 8
MAX_HOME_BLOCKS = 100  # Slack's limit for a Home tab
RELOAD_CONTENT = "reload_content"  # the maintainers' reload button


def is_maintainer(settings: Settings, user_id: str | None) -> bool:
    return bool(user_id) and user_id in settings.maintainers


def home_for(services: Services, user_id: str | None) -> dict[str, Any]:
    """The App Home view for `user_id`: the normal one, with the maintainers' part in front for a maintainer."""
    engine = services.engine
    view = home_view(engine.knowledge, services.base_url, engine.home)
    if is_maintainer(services.settings, user_id):
        view = maintainers_home(view, week_report(services.store, engine), services.content.last_reload)
    return view


@dataclass(frozen=True)
class WeekReport:
    since: datetime  # naive UTC, as the store keeps times
    questions: int = 0
    declined: int = 0
    helpful: int = 0
    unhelpful: int = 0
    gaps: tuple[GapGroup, ...] = ()
    unavailable: str = ""  # why the log could not be read; empty when it was


def week_report(store: Store | None, engine: Engine, now: datetime | None = None) -> WeekReport:
    """The last seven days from the question log; never raises."""
    since = (now or utc_now()) - WEEK
    if store is None or not store.logging_enabled:
        return WeekReport(since, unavailable="質問ログは記録していません（KYODO_LOG_RETENTION_DAYS が 0 です）。")
    try:
        asked = store.asked_since(since)
        gaps = group_gaps(asked, engine)[:TOP_GAPS]
    except Exception as error:  # the rest of App Home is shown whatever the database does
        logger.warning("maintainers' App Home: the question log could not be read (%s)", describe_error(error))
        return WeekReport(since, unavailable=f"質問ログを読めませんでした（{describe_error(error)}）。")
    return WeekReport(since, len(asked), sum(not q.answered for q in asked), sum(q.helpful for q in asked),
                      sum(q.unhelpful for q in asked), tuple(gaps))


def maintainers_home(view: dict[str, Any], report: WeekReport, last_reload: ReloadResult | None) -> dict[str, Any]:
    """`view` (the normal App Home) with the maintainers' part in front of it."""
    ours = [block.to_dict() for block in _blocks(report, last_reload)]
    return {**view, "blocks": ours + list(view.get("blocks") or [])[:MAX_HOME_BLOCKS - len(ours)]}


def _blocks(report: WeekReport, last_reload: ReloadResult | None) -> list[Any]:
    blocks: list[Any] = [
        HeaderBlock(text="メンテナー向け"),
        ContextBlock(elements=[MarkdownTextObject(text="KYODO_MAINTAINERS に名前のある人にだけ表示しています。")]),
        _section(_week(report)),
        _section(_gaps(report)),
        _section(_reload(last_reload)),
        ActionsBlock(elements=[ButtonElement(
            text="knowledge/ を再読み込み", action_id=RELOAD_CONTENT, value="reload",
            confirm={"title": {"type": "plain_text", "text": "再読み込み"},
                     "text": {"type": "mrkdwn", "text": "knowledge/ を検証して、問題がなければ全プロセスで新しい内容に切り替えます。"},
                     "confirm": {"type": "plain_text", "text": "再読み込みする"},
                     "deny": {"type": "plain_text", "text": "やめる"}})]),
        DividerBlock(),
    ]
    return blocks


def _section(text: str) -> SectionBlock:
    return SectionBlock(text=MarkdownTextObject(text=clip(text, 3000)))


def _week(report: WeekReport) -> str:
    head = f"*直近 7 日間*（{_local(report.since)} から）"
    if report.unavailable:
        return f"{head}\n{plain(report.unavailable, 500)}"
    return (f"{head}\n質問 {report.questions:,} 件　うち指針にないと答えた {report.declined:,} 件\n"
            f"評価　役に立った {report.helpful:,}　役に立たなかった {report.unhelpful:,}")


def _gaps(report: WeekReport) -> str:
    head = "*足りない Q&A の候補*（`kyodo gaps --since 7d` の上位）"
    if report.unavailable:
        return f"{head}\n—"
    if not report.gaps:
        return f"{head}\nこの 7 日間、指針にないと答えた質問も「役に立たなかった」回答もありません。"
    lines = [head]
    for rank, group in enumerate(report.gaps, start=1):
        lines.append(f"{rank}. `{group.id}` {plain(group.wordings[0], 120)} — {group.count} 件"
                     f"（指針にない {group.declined}、役に立たなかった {group.unhelpful}。{now_label(group)}）")
    lines.append("下書きは `kyodo gaps --draft ID`、またはスレッドの同僚の回答で「Q&Aの下書きを作る」。")
    return "\n".join(lines)


def _reload(result: ReloadResult | None) -> str:
    head = "*内容の再読み込み*"
    if result is None:
        return f"{head}\n起動してから再読み込みはしていません（起動時の knowledge/ で回答しています）。"
    when = _local(result.finished_at)
    if result.ok:
        counts = "、".join(f"{name} {count:,}" for name, count in result.summary.items())
        return f"{head}\n最後: {when} に反映しました（{result.seconds:.1f} 秒）。{counts}"
    lines = [f"{head}\n:warning: 最後: {when} の再読み込みは、knowledge/ に {len(result.problems)} 件の問題があったため"
             "反映していません。前の内容のまま回答しています。"]
    lines += [f"• {plain(problem, 300)}" for problem in result.problems[:MAX_PROBLEMS]]
    if len(result.problems) > MAX_PROBLEMS:
        lines.append(f"ほか {len(result.problems) - MAX_PROBLEMS} 件。すべては `kyodo check` で見られます。")
    return "\n".join(lines)


def _local(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%m/%d %H:%M")
