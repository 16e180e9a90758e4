"""Print the prompt a helper gets to write one blind evaluation set.

The prompt is tests/eval/blind/BRIEF.md (the writers' brief since the first sessions)
followed by the task: the file, the id prefix, how many questions of each kind and
which guidelines to lean on. Kept in the repository because sets written from a
prompt rewritten from memory read several points lower (the forty-eighth session:
hit@1 0.755 against 0.786 from this brief), so the prompt is part of the measurement.

    python -m benchmarks.blind_task sealed196 az --lean osaka kitakyushu > prompt.md
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

BLIND = Path(__file__).resolve().parent.parent / "tests" / "eval" / "blind"
BRIEF = BLIND / "BRIEF.md"
GUIDELINES = ("osaka", "kodaira", "kitakyushu", "chiba", "abashiri")

# The hidden set's shape: 80 answerable (a third Slack messages) and 20 to decline.
HIDDEN_SHAPE = {"slack": 25, "plain": 25, "office": 15, "english": 10, "paraphrase": 5, "decline": 20}
# Sets read for declines: most of the questions are ones to decline.
DECLINE_HEAVY = {"slack": 20, "plain": 10, "office": 10, "decline": 60}
SHAPES = {"hidden": HIDDEN_SHAPE, "decline": DECLINE_HEAVY}

KIND_TEXT = {
    "slack": 'a staff member\'s Slack message with a situation, usually starting "<@U07KYODO> "',
    "plain": "a plain Japanese question",
    "office": "a question in everyday office words rather than the guidelines' terms",
    "english": "a question in English",
    "paraphrase": "the need told without the guidelines' key words",
    "decline": (
        "questions a staff member might ask this tool that nothing in the five guidelines answers; "
        "`abstain: true`, no relevant, no checklist"
    ),
}


def task(name: str, prefix: str, lean: tuple[str, str], shape: dict[str, int]) -> str:
    """The task block appended to the brief for one set."""
    total = sum(shape.values())
    answerable = total - shape.get("decline", 0)
    kinds = ", ".join(f"{kind} ({count}: {KIND_TEXT[kind]})" for kind, count in shape.items())
    last = f"{prefix}{total}" if total > 99 else f"{prefix}{total:02d}"
    return (
        "\n\n## Your task\n"
        f"Write /work/evalsets/{name}.yaml (create the folder if missing), first line exactly:\n"
        f"# {name}: written blind by a helper session from /work/shared/sources/*.txt only\n"
        f"{total} items with ids {prefix}01 … {last} (two digits up to 99), `kind` one of: {kinds}. "
        f"About half of the {answerable} answerable questions from {lean[0]}.txt, about a third from "
        f"{lean[1]}.txt, the rest from the other three. Reply with one line: the file written and its "
        "counts per kind.\n"
    )


def prompt(name: str, prefix: str, lean: tuple[str, str], shape: dict[str, int]) -> str:
    """BRIEF.md followed by the task for one set."""
    return BRIEF.read_text(encoding="utf-8") + task(name, prefix, lean, shape)


def prefix_in_use(prefix: str, folder: Path = BLIND) -> bool:
    """Whether some blind set already numbers its ids with this prefix."""
    taken = re.compile(rf"^- id: {re.escape(prefix)}\d+\s*$", re.MULTILINE)
    return any(taken.search(path.read_text(encoding="utf-8")) for path in folder.glob("*.yaml"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="the set's file name without .yaml, e.g. sealed196")
    parser.add_argument("prefix", help="the id prefix, unused by any set so far")
    parser.add_argument("--lean", nargs=2, choices=GUIDELINES, required=True, metavar="GUIDELINE")
    parser.add_argument("--shape", choices=sorted(SHAPES), default="hidden")
    args = parser.parse_args(argv)
    if prefix_in_use(args.prefix):
        sys.exit(f"id prefix {args.prefix!r} is already used by a set in {BLIND}; choose another")
    print(prompt(args.name, args.prefix, tuple(args.lean), SHAPES[args.shape]), end="")


if __name__ == "__main__":
    main()
