"""Retrieval speed and memory: prints figures, asserts nothing (shared machines are noisy).

    python benchmarks/retrieval_speed.py [QUESTIONS.yaml]

Cold start is a new `kyodo ask` process to its first answer (the engine cache warm, as after any
earlier start; and cold, as right after a knowledge change); per-question times are over the
question set; the growth curve replicates the shipped sections 1×, 10×, 100×. The bare pipeline
(benchmarks/bare_pipeline.py: Sudachi mode C + rank-bm25 over the same paragraphs) runs beside
it in the same run, and the ratios are printed.
"""

from __future__ import annotations

import dataclasses
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bare_pipeline import Bare, paragraphs  # noqa: E402
from retrieval.evaluate import load_questions  # noqa: E402
from retrieval.knowledge import load_knowledge  # noqa: E402
from retrieval.knowledge.models import Knowledge  # noqa: E402
from retrieval.search.engine import Engine  # noqa: E402

DEFAULT_QUESTIONS = ROOT / "tests" / "eval" / "dev.yaml"


def cold_start(command: list[str], env: dict[str, str] | None = None, rounds: int = 5) -> float:
    best = []
    for _ in range(rounds):
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=env)
        best.append(time.perf_counter() - started)
    return statistics.median(best)


def kyodo_cold_start(cached: bool) -> float:
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "KYODO_CACHE_DIR": cache}
        command = [sys.executable, "-m", "bot.cli", "ask", "--json", "後援は協働ですか"]
        if cached:
            subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=env)  # fills the cache
            return cold_start(command, env)
        script = ("import os, shutil, subprocess, sys; shutil.rmtree(sys.argv[1], ignore_errors=True); "
                  "subprocess.run(sys.argv[2:], check=True, capture_output=True)")
        # emptying the cache is part of each measured run here, but costs well under a millisecond
        return cold_start([sys.executable, "-c", script, cache, *command], env)


def timings(engine: Engine | Bare, questions: list[str], rounds: int = 5) -> list[float]:
    ask = engine.ask if isinstance(engine, Engine) else engine.top
    for question in questions:  # warm caches and per-thread tokenizers
        ask(question)
    times = []
    for _ in range(rounds):
        for question in questions:
            started = time.perf_counter()
            ask(question)
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
    bare_cold = cold_start([sys.executable, str(ROOT / "benchmarks" / "bare_pipeline.py"), "後援は協働ですか"])
    warm, cold = kyodo_cold_start(cached=True), kyodo_cold_start(cached=False)
    print(f"cold start, new process to first answer (median of 5): bare pipeline {bare_cold:.2f} s; "
          f"kyodo {warm:.2f} s with its engine cache ({warm / bare_cold:.1f}x), "
          f"{cold:.2f} s right after a knowledge change ({cold / bare_cold:.1f}x)")
    bare = Bare(paragraphs())
    bare_times = timings(bare, questions)
    engine = Engine.load()
    ours = timings(engine, questions)
    print(f"per question, shipped knowledge: bare pipeline p50 {statistics.median(bare_times):.2f} ms; "
          f"kyodo p50 {statistics.median(ours):.2f} ms, p95 {percentile(ours, 95):.2f} ms "
          f"({statistics.median(ours) / statistics.median(bare_times):.1f}x the bare p50)")
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
