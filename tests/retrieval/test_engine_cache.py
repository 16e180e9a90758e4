"""The engine cache: a second process gets the same engine without building it, and any change
to the knowledge means a fresh build; a cache that cannot be read or written never stops start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from retrieval.search import engine_cache
from retrieval.search.engine import Engine
from tests.retrieval.small_knowledge import write_small_knowledge

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_small_knowledge(tmp_path / "k")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cache"
    monkeypatch.setenv("KYODO_CACHE_DIR", str(path))
    return path


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts engine builds (Engine.__init__ runs only on a build, never on a cache hit)."""
    count: list[int] = []
    original = Engine.__init__

    def counting(self, *args, **kwargs) -> None:
        count.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(Engine, "__init__", counting)
    return count


def test_the_second_load_comes_from_the_cache_and_answers_the_same(folder: Path, cache: Path,
                                                                    builds: list[int]) -> None:
    first = Engine.load(folder)
    second = Engine.load(folder)
    assert len(builds) == 1 and len(list(cache.glob("engine-*.pickle"))) == 1
    assert second is not first
    question = "名義後援って協働？"
    assert second.ask(question).to_json() == first.ask(question).to_json()
    assert second.analyzer is first.analyzer  # the process's own Sudachi dictionary, not a stored one


def test_a_changed_knowledge_file_is_a_fresh_build(folder: Path, cache: Path, builds: list[int]) -> None:
    Engine.load(folder)
    qa = folder / "qa" / "kouen.yaml"
    qa.write_text(qa.read_text("utf-8").replace("名目的に参加するものです", "名目的に加わるものです"), "utf-8")
    engine = Engine.load(folder)
    assert len(builds) == 2
    assert "名目的に加わる" in engine.ask("後援は協働？").qa[0].answer


def test_a_damaged_cache_file_is_rebuilt(folder: Path, cache: Path, builds: list[int]) -> None:
    Engine.load(folder)
    [path] = cache.glob("engine-*.pickle")
    path.write_bytes(b"not a pickle")
    assert Engine.load(folder).ask("後援は協働？").answered
    assert len(builds) == 2


def test_a_read_only_cache_folder_only_means_building(folder: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch, builds: list[int]) -> None:
    if os.geteuid() == 0:
        # root writes through permissions; a path under a regular file can be created by nobody
        blocker = tmp_path / "file"
        blocker.write_text("")
        monkeypatch.setenv("KYODO_CACHE_DIR", str(blocker / "cache"))
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        monkeypatch.setenv("KYODO_CACHE_DIR", str(locked / "cache"))
    assert Engine.load(folder).ask("後援は協働？").answered
    assert Engine.load(folder).ask("後援は協働？").answered
    assert len(builds) == 2


def test_the_cache_folder_is_private(folder: Path, cache: Path) -> None:
    Engine.load(folder)
    assert cache.stat().st_mode & 0o077 == 0


def test_four_processes_starting_together_share_one_cache_file(folder: Path, cache: Path) -> None:
    script = ("import sys; from retrieval.search.engine import Engine; "
              "print(Engine.load(sys.argv[1]).ask('名義後援って協働？').passages[0].section_id)")
    env = {**os.environ, "KYODO_CACHE_DIR": str(cache)}
    processes = [subprocess.Popen([sys.executable, "-c", script, str(folder)], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [p.communicate(timeout=120) for p in processes]
    assert [out.strip() for out, _ in results] == ["forms-kouen"] * 4, [err for _, err in results]
    assert len(list(cache.glob("engine-*.pickle"))) == 1
    assert not list(cache.glob(".engine-*"))  # no temporary file left behind
    assert engine_cache._read(next(cache.glob("engine-*.pickle"))) is not None


def test_the_key_names_the_code_this_process_imported_not_the_files_on_disk(folder: Path,
                                                                           monkeypatch: pytest.MonkeyPatch,
                                                                           tmp_path: Path) -> None:
    # A process still running old code after the files changed must not file its engine under the new code's key:
    # with the retrieval folder changed (here: gone) on disk, the key stays the one of the code imported.
    before = engine_cache.cache_key(folder, engine_cache.Tuning())
    monkeypatch.setattr(engine_cache, "RETRIEVAL_SOURCE", tmp_path / "elsewhere")
    assert engine_cache.cache_key(folder, engine_cache.Tuning()) == before
    # ... while the code's own digest is part of the key
    monkeypatch.setattr(engine_cache, "RUNNING_SOURCE", "other code")
    assert engine_cache.cache_key(folder, engine_cache.Tuning()) != before
