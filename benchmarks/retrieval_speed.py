"""Retrieval speed and memory: prints figures, asserts nothing (shared machines are noisy).

    python benchmarks/retrieval_speed.py [QUESTIONS.yaml]

Cold start is a new `kyodo ask` process to its first answer; per-question times are over
the question set; the growth curve replicates the shipped sections 1×, 10×, 100×.
"""

from __future__ import annotations

import dataclasses
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.evaluate import load_questions  # noqa: E402
from retrieval.knowledge import load_knowledge  # noqa: E402
from retrieval.knowledge.models import Knowledge  # noqa: E402
from retrieval.search.engine import Engine  # noqa: E402

DEFAULT_QUESTIONS = ROOT / "tests" / "eval" / "dev.yaml"


def cold_start() -> float:
    best = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--json", "後援は協働ですか"], cwd=ROOT, check=True,
                       capture_output=True)
        best.append(time.perf_counter() - started)
    return statistics.median(best)


def timings(engine: Engine, questions: list[str], rounds: int = 5) -> list[float]:
    for question in questions:  # warm caches and per-thread tokenizers
        engine.ask(question)
    times = []
    for _ in range(rounds):
        for question in questions:
            started = time.perf_counter()
            engine.ask(question)
            times.append((time.perf_counter() - started) * 1000)
    return times


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def replicated(knowledge: Knowledge, times: int) -> Knowledge:
    guidelines = tuple(
        dataclasses.replace(g, id=f"{g.id}{i}" if i else g.id,
                            sections=tuple(dataclasses.replace(s, doc=f"{g.id}{i}" if i else g.id) for s in g.sections))
        for i in range(times) for g in knowledge.guidelines
    )
    return dataclasses.replace(knowledge, guidelines=guidelines)


def shipped_rss() -> float:
    """Peak RSS of a fresh process that loads the shipped knowledge and answers once."""
    code = ("import resource; from retrieval.search.engine import Engine; Engine.load().ask('後援は協働ですか'); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return float(out.strip())


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_QUESTIONS
    questions = [str(q["question"]) for q in load_questions(path)]
    print(f"questions: {len(questions)} from {path.name}")
    print(f"cold start (new process to first answer, median of 3): {cold_start():.2f} s")
    print(f"peak RSS (new process, shipped knowledge, one answer): {shipped_rss():.0f} MB")
    knowledge = load_knowledge()
    for factor in (1, 10, 100):
        started = time.perf_counter()
        engine = Engine(replicated(knowledge, factor))
        build = time.perf_counter() - started
        times = timings(engine, questions, rounds=5 if factor < 100 else 2)
        sections = sum(len(g.sections) for g in engine.knowledge.guidelines)
        print(f"{factor:>4}x  sections {sections:>6}  passages {len(engine.passages):>6}  build {build:6.2f} s  "
              f"p50 {statistics.median(times):7.2f} ms  p95 {percentile(times, 95):7.2f} ms")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS (this process, after building all three, incl. the 100x index): {peak:.0f} MB")


if __name__ == "__main__":
    main()
