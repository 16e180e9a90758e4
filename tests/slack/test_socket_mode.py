"""`python -m bot.slack.socket_mode`: configuration mistakes end start-up with one clear line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.slack.server import FIXTURE_KNOWLEDGE, ROOT, clean_environ


def run_worker(**env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot.slack.socket_mode"], cwd=ROOT, capture_output=True, text=True,
                          env=clean_environ() | {"KYODO_KNOWLEDGE_DIR": str(FIXTURE_KNOWLEDGE)} | env, timeout=60)


@pytest.mark.parametrize(("env", "named"), [
    ({}, "SLACK_APP_TOKEN"),
    ({"SLACK_APP_TOKEN": "xapp-1-test"}, "SLACK_BOT_TOKEN"),
    ({"SLACK_APP_TOKEN": "not-an-app-token", "SLACK_BOT_TOKEN": "xoxb-x", "SLACK_SIGNING_SECRET": "s",
      "PUBLIC_BASE_URL": "https://kyodo.example.jp"}, "SLACK_APP_TOKEN"),
])
def test_missing_or_invalid_settings_exit_2_with_one_line(env: dict[str, str], named: str) -> None:
    result = run_worker(**env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and named in lines[0] and lines[0].startswith("kyodo: configuration error:")
