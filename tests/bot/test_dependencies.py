"""pyproject.toml declares every package the code imports, and constraints.txt pins all of them."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
OWN = {"benchmarks", "bot", "retrieval", "tests"}  # the repository's own packages (tests import benchmarks.blind_task)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    return canonical(re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0])


def declared(*extras: str) -> set[str]:
    names = {requirement_name(r) for r in PROJECT["dependencies"]}
    for extra in extras:
        names |= {requirement_name(r) for r in PROJECT["optional-dependencies"][extra]}
    return names


def imported_distributions(folder: str) -> dict[str, set[str]]:
    """Distribution → files of `folder` importing it, for every import outside the standard library."""
    distributions = importlib.metadata.packages_distributions()
    found: dict[str, set[str]] = {}
    for path in (ROOT / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top in sys.stdlib_module_names or top in OWN or top == "__future__":
                    continue
                for distribution in distributions.get(top, [f"<no distribution for {top}>"]):
                    found.setdefault(canonical(distribution), set()).add(str(path.relative_to(ROOT)))
    return found


def test_the_code_imports_only_declared_packages():
    runtime = declared()
    for folder in ("bot", "retrieval"):
        missing = {d: sorted(files) for d, files in imported_distributions(folder).items() if d not in runtime}
        assert not missing, f"imported by {folder}/ but not in [project] dependencies: {missing}"
    assert {"numpy", "flask", "jinja2", "markupsafe", "werkzeug", "gunicorn"} <= runtime


def test_the_tests_import_only_declared_packages():
    available = declared("test")
    missing = {d: sorted(files) for d, files in imported_distributions("tests").items() if d not in available}
    assert not missing, f"imported by tests/ but neither a dependency nor in the test extra: {missing}"
    assert "ruff" in declared("dev") and "ruff" not in declared("test")


def test_constraints_pin_every_declared_package_exactly():
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not an exact pin"
            pins[canonical(name)] = version
    unpinned = declared("test", "dev") - set(pins)
    assert not unpinned, f"declared but not pinned in constraints.txt: {sorted(unpinned)}"
    assert "setuptools" in pins  # the build backend, through PIP_CONSTRAINT in .ci/run


def test_rank_bm25_is_pinned_to_the_version_its_internals_were_checked_on():
    """retrieval/search/rank/bm25.py relies on rank-bm25's internals (tests/retrieval/test_bm25.py)."""
    [requirement] = [r for r in PROJECT["dependencies"] if requirement_name(r) == "rank-bm25"]
    assert re.fullmatch(r"rank-bm25==[\d.]+", requirement), requirement
    assert importlib.metadata.version("rank-bm25") == requirement.split("==")[1]
