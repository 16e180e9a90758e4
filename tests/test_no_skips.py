"""The CI rule itself: under CI=true a skip fails the run and says why; elsewhere it stays a skip."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SUITE = '''
import pytest

def test_runs():
    assert True

def test_needs_a_browser():
    pytest.skip("chromium is not installed")

@pytest.mark.skipif(True, reason="no sources beside the clone")
def test_needs_sources():
    pass
'''


def run(folder: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    (folder / "conftest.py").write_text("from tests.conftest import *  # noqa: F403\n", encoding="utf-8")
    (folder / "test_suite.py").write_text(SUITE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"} | {"PYTHONPATH": str(ROOT)}
    if ci is not None:
        env["CI"] = ci
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder)],
                          cwd=folder, env=env, capture_output=True, text=True, timeout=120)


def test_under_ci_a_skip_fails_the_run_with_its_reason(tmp_path):
    result = run(tmp_path, "true")
    assert result.returncode == pytest.ExitCode.TESTS_FAILED, result.stdout
    assert "skipped tests fail the run under CI=true" in result.stdout
    assert "test_needs_a_browser: chromium is not installed" in result.stdout
    assert "test_needs_sources: no sources beside the clone" in result.stdout


def test_elsewhere_a_skip_stays_a_skip(tmp_path):
    result = run(tmp_path, None)
    assert result.returncode == pytest.ExitCode.OK, result.stdout
    assert "2 skipped" in result.stdout
