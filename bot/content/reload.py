"""Reload knowledge/ in one process: validate, build the new engine beside the old one, swap — or keep the old.

The validator is `kyodo check`'s (retrieval.check.check_knowledge, self-test included), so what
goes live is what `kyodo check` accepts. The new engine is built while the old one keeps
answering, then swapped in with one assignment. Anything wrong — a problem the validator finds,
files changed while they were being checked, an unknown KYODO_HOME — leaves the last good
engine serving and is reported: in the result (the maintainers' App Home) and in one log line.

Under gunicorn only the master validates (`reload_content`); each worker then follows the
master's verdict (`follow_verdict`): it loads the engine the master built from the on-disk engine
cache, and only if the folder is still exactly what the master checked.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from pathlib import Path

from bot.content.result import ReloadResult
from bot.content.served import ServedContent
from bot.settings import SettingsError
from retrieval.check import check_knowledge
from retrieval.knowledge.problems import KnowledgeError
from retrieval.search.engine import Engine
from retrieval.search.engine_cache import cache_key
from retrieval.search.tuning import Tuning

logger = logging.getLogger(__name__)

LOGGED_PROBLEMS = 10
LOGGED_PROBLEM_CHARS = 300
CHANGED = "knowledge/ が確認中に変わりました。変更が終わってから、もう一度再読み込みしてください。"


def content_key(folder: Path) -> str:
    """What the engine cache names the content of `folder` by (every file's bytes, the code, the tuning)."""
    return cache_key(folder, Tuning())


def reload_content(content: ServedContent, *, announce: bool = True) -> ReloadResult:
    """Validate `content`'s folder, build and swap; log the outcome. With `announce` a refusal is one
    warning line carrying the validator's messages."""
    with content.lock:
        started = time.monotonic()
        result = _attempt(content, started)
        content.last_reload = result
    _log(content, result, announce=announce, worker=False)
    return result


def follow_verdict(content: ServedContent, verdict: ReloadResult) -> ReloadResult:
    """In a worker: take the content the master checked and built, or keep the previous one as the master did."""
    with content.lock:
        result = _load_checked(content, verdict, time.monotonic()) if verdict.ok else verdict
        content.last_reload = result
    # A failure of this worker's own (the folder changed since the master's check) is its own to report.
    _log(content, result, announce=verdict.ok and not result.ok, worker=True)
    return result


def _attempt(content: ServedContent, started: float) -> ReloadResult:
    folder = content.knowledge_dir
    try:
        before = content_key(folder)
        summary, problems = check_knowledge(folder)
        if problems:
            return ReloadResult(False, time.monotonic() - started, tuple(str(p) for p in problems), summary)
        engine = Engine.load(folder)  # written to the engine cache, where the workers find it
        content.configure(engine)
        if content_key(folder) != before:
            return ReloadResult(False, time.monotonic() - started, (CHANGED,))
    except KnowledgeError as error:  # changed again between the check and the build
        return ReloadResult(False, time.monotonic() - started, tuple(str(p) for p in error.problems))
    except (OSError, ValueError) as error:  # an unreadable folder
        return ReloadResult(False, time.monotonic() - started, (f"{type(error).__name__}: {error}",))
    except SettingsError as error:  # a KYODO_HOME the new content lacks
        return ReloadResult(False, time.monotonic() - started, (str(error),))
    content.swap(engine)
    return ReloadResult(True, time.monotonic() - started, summary=summary, key=before)


def _load_checked(content: ServedContent, verdict: ReloadResult, started: float) -> ReloadResult:
    folder = content.knowledge_dir
    try:
        engine = Engine.load(folder)
        content.configure(engine)
        unchanged = content_key(folder) == verdict.key
    except (KnowledgeError, OSError, ValueError, SettingsError) as error:
        return ReloadResult(False, time.monotonic() - started, (f"{type(error).__name__}: {error}",))
    if not unchanged:
        return ReloadResult(False, time.monotonic() - started, (CHANGED,))
    content.swap(engine)
    return replace(verdict, seconds=time.monotonic() - started)


def _log(content: ServedContent, result: ReloadResult, *, announce: bool, worker: bool) -> None:
    where = " in this worker" if worker else ""
    if result.ok:
        counts = ", ".join(f"{name} {count}" for name, count in result.summary.items())
        logger.info("knowledge/ reloaded%s in %.2f s (generation %d): %s", where, result.seconds, content.generation,
                    counts)
    elif announce:
        where = f" {where.strip()}" if where else ""
        shown = " | ".join(problem[:LOGGED_PROBLEM_CHARS] for problem in result.problems[:LOGGED_PROBLEMS])
        more = f" | … {len(result.problems) - LOGGED_PROBLEMS} more (kyodo check)" if len(result.problems) > LOGGED_PROBLEMS else ""
        logger.warning("knowledge/ not reloaded%s: %d problem(s); still serving the previous content: %s%s",
                       where, len(result.problems), shown, more)
    else:
        logger.info("knowledge/ not reloaded in this worker (%d problem(s), listed by the master); "
                    "still serving the previous content", len(result.problems))
