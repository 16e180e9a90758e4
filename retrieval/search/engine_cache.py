"""A built engine kept on disk, so a new process answers without analysing the knowledge again.

Building the engine validates the knowledge folder and runs Sudachi over every passage, Q&A
wording and alias (about 0.6 s here, most of a cold start). The built engine is pickled under
a key made of everything it depends on: the bytes of every file in the knowledge folder, the
source of the retrieval package as this process imported it (the analyzer, the index, the engine), the Sudachi and
dictionary versions and the tuning. Any change gives a new key and a fresh build.

- The cache folder is $KYODO_CACHE_DIR, else $XDG_CACHE_HOME/kyodo, else ~/.cache/kyodo; it is
  created private (0700) because a pickle is code to whoever can write it.
- Writes go to a temporary file renamed into place, so concurrent processes never read half a file.
- A read-only or missing cache folder, or a file that does not load, only means a build: the
  cache can make start-up faster, never make it fail.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import io
import logging
import os
import pickle
import tempfile
from pathlib import Path

from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR
from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import Analyzer, shared_analyzer
from retrieval.search.tuning import Tuning

logger = logging.getLogger(__name__)
RETRIEVAL_SOURCE = Path(__file__).resolve().parents[1]
KEEP = 3  # cache files kept per folder (other knowledge versions, other checkouts)
ANALYZER_REF = "shared-analyzer"


def cache_dir() -> Path:
    configured = os.environ.get("KYODO_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kyodo"


def _files_digest(root: Path, suffixes: tuple[str, ...] | None = None) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        if suffixes is None or path.suffix in suffixes:
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


# The code this process runs, read once when it is imported: a process still running old code after the files
# changed on disk must not file its engine under the new code's key (it did, and later processes loaded an engine
# whose reranker was the old one). The reranker's trees are JSON.
RUNNING_SOURCE = _files_digest(RETRIEVAL_SOURCE, (".py", ".json"))


def cache_key(knowledge_dir: Path, tuning: Tuning) -> str:
    digest = hashlib.sha256()
    for package in ("sudachipy", "sudachidict_core"):
        try:
            digest.update(f"{package}={importlib.metadata.version(package)}\n".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{package}=?\n".encode())
    digest.update(repr(tuning).encode())
    digest.update(_files_digest(Path(knowledge_dir)).encode())
    digest.update(RUNNING_SOURCE.encode())
    return digest.hexdigest()[:32]


def load_engine(knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR, tuning: Tuning | None = None) -> Engine:
    """The engine for a knowledge folder, from the cache when it holds this exact build.

    Raises KnowledgeError, as a build does, when the folder has problems."""
    tuning = tuning or Tuning()
    try:
        path = cache_dir() / f"engine-{cache_key(knowledge_dir, tuning)}.pickle"
    except OSError:
        return _build(knowledge_dir, tuning)
    engine = _read(path)
    if engine is None:
        engine = _build(knowledge_dir, tuning)
        _write(path, engine)
    return engine


def _build(knowledge_dir: Path, tuning: Tuning) -> Engine:
    from retrieval.knowledge import load_knowledge  # only a build reads the YAML

    return Engine(load_knowledge(knowledge_dir), tuning=tuning)


class _Pickler(pickle.Pickler):
    # The Sudachi dictionary is neither picklable nor worth storing: the process's own is put back.
    def persistent_id(self, obj: object) -> str | None:
        return ANALYZER_REF if isinstance(obj, Analyzer) else None


class _Unpickler(pickle.Unpickler):
    def persistent_load(self, pid: object) -> Analyzer:
        if pid != ANALYZER_REF:
            raise pickle.UnpicklingError(f"unknown reference {pid!r}")
        return shared_analyzer()


def _read(path: Path) -> Engine | None:
    try:
        with path.open("rb") as file:
            engine = _Unpickler(file).load()
    except FileNotFoundError:
        return None
    except Exception as error:  # noqa: BLE001 - a stale or damaged cache file only means a rebuild
        logger.info("engine cache %s not used (%s); building", path.name, type(error).__name__)
        return None
    return engine if isinstance(engine, Engine) else None


def _write(path: Path, engine: Engine) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(engine)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".engine-", delete=False) as file:
            file.write(buffer.getvalue())
        os.replace(file.name, path)
        _prune(path.parent, keep=path)
    except OSError as error:  # a read-only install: answer anyway, just build again next time
        logger.info("engine cache not written (%s)", error)


def _prune(folder: Path, keep: Path) -> None:
    others = sorted((p for p in folder.glob("engine-*.pickle") if p != keep), key=lambda p: p.stat().st_mtime,
                    reverse=True)
    for old in others[KEEP - 1:]:
        old.unlink(missing_ok=True)
