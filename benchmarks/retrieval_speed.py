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


def interleaved(commands: dict[str, tuple[list[str], dict[str, str] | None]], rounds: int = 7) -> dict[str, float]:
    """Median wall time of each command, run in turn so that a busy spell of the machine hits them all."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, (command, env) in commands.items():
            started = time.perf_counter()
            subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=env)
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in times.items()}


def cold_starts() -> dict[str, float]:
    """The bare pipeline, kyodo with its engine cache filled, and kyodo right after a knowledge change."""
    ask = [sys.executable, "-m", "bot.cli", "ask", "--json", "後援は協働ですか"]
    with tempfile.TemporaryDirectory() as warm, tempfile.TemporaryDirectory() as cold:
        warm_env = {**os.environ, "KYODO_CACHE_DIR": warm}
        subprocess.run(ask, cwd=ROOT, check=True, capture_output=True, env=warm_env)  # fills the cache
        # emptying the cache is part of each of these runs, but costs well under a millisecond
        emptied = [sys.executable, "-c", "import shutil, subprocess, sys; shutil.rmtree(sys.argv[1], ignore_errors=True); "
                   "subprocess.run(sys.argv[2:], check=True, capture_output=True)", cold, *ask]
        return interleaved({
            "bare": ([sys.executable, str(ROOT / "benchmarks" / "bare_pipeline.py"), "後援は協働ですか"], None),
            "cached": (ask, warm_env),
            "changed": (emptied, {**os.environ, "KYODO_CACHE_DIR": cold}),
        })


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


def shipped_rss() -> tuple[float, float]:
    """Peak RSS of a fresh process that loads the shipped knowledge and answers once: building the
    engine (an empty engine cache), then from the cache the first process left."""
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over execve, so a child started by this (large)
    # process would report this process's peak instead of its own.
    code = ("from retrieval.search.engine import Engine; Engine.load().ask('後援は協働ですか'); "
            "print(next(int(line.split()[1]) for line in open('/proc/self/status') if line.startswith('VmHWM')) / 1024)")
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "KYODO_CACHE_DIR": cache}
        runs = [subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True,
                               env=env).stdout for _ in range(2)]
    return float(runs[0].strip()), float(runs[1].strip())


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_QUESTIONS
    questions = [str(q["question"]) for q in load_questions(path)]
    print(f"questions: {len(questions)} from {path.name}")
    starts = cold_starts()
    bare_cold, warm, cold = starts["bare"], starts["cached"], starts["changed"]
    print(f"cold start, new process to first answer (median of 7, run in turn): bare pipeline {bare_cold:.2f} s; "
          f"kyodo {warm:.2f} s with its engine cache ({warm / bare_cold:.1f}x), "
          f"{cold:.2f} s right after a knowledge change ({cold / bare_cold:.1f}x)")
    bare = Bare(paragraphs())
    engine = Engine.load()
    bare_times, ours = [], []
    for _ in range(5):  # in turn, one round each, so the machine's load falls on both alike
        bare_times += timings(bare, questions, rounds=1)
        ours += timings(engine, questions, rounds=1)
    print(f"per question, shipped knowledge: bare pipeline p50 {statistics.median(bare_times):.2f} ms; "
          f"kyodo p50 {statistics.median(ours):.2f} ms, p95 {percentile(ours, 95):.2f} ms "
          f"({statistics.median(ours) / statistics.median(bare_times):.1f}x the bare p50)")
    built, cached = shipped_rss()
    print(f"peak RSS (new process, shipped knowledge, one answer): {cached:.0f} MB from the engine cache, "
          f"{built:.0f} MB building the engine")
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
