"""Content reload timing: from SIGHUP on the gunicorn master to every worker serving the new content.

Runs the Procfile's web process (gunicorn master, 2 preloaded workers × 8 threads) on a copy of
the shipped knowledge folder, keeps asking /api/ask from four threads, then changes one Q&A
answer and sends SIGHUP, several times; once with a broken change as well. Prints, per reload:
when the master and each worker had swapped (their log lines) and when probes answered by every
worker (told apart by the access log) showed the new answer; and the answer latency of the
background questions outside and during the reloads. Prints figures only; asserts nothing.

Only the master validates (kyodo check's validator, self-test included) and builds; the workers
then load the engine it built from the engine cache. So the time is mostly the master's check,
and it grows with whatever else keeps the CPUs busy.

    python benchmarks/reload.py [--reloads 5] [--askers 4]
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR  # noqa: E402
from tests.slack.server import Gunicorn, app_env  # noqa: E402
from tests.slack.slack_requests import request  # noqa: E402
from tests.slack.standin import StandInSlack  # noqa: E402

ENTRY = "a-jigyo-kyoryoku"
QUESTION = "事業協力とはどんな協働の形ですか？"
BACKGROUND = ("後援は協働に当たりますか？", "協働の相手はどう選べばいい？", "委託と補助の違いは？", "協定書には何を書けばいい？")
LINE = re.compile(r"\[(\d+)\] (INFO|WARNING) bot\.content\.reload: knowledge/ (reloaded|not reloaded)")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else float("nan")


class Background:
    """Threads asking without pause; (finished at, seconds) of every answer."""

    def __init__(self, url: str, askers: int) -> None:
        self.url = url
        self.samples: list[tuple[float, float]] = []
        self.failures = 0
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self._ask, args=(BACKGROUND[i % len(BACKGROUND)],), daemon=True)
                        for i in range(askers)]

    def __enter__(self) -> Background:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join()

    def _ask(self, question: str) -> None:
        path = f"{self.url}/api/ask?q={quote(question)}"
        while not self.stop.is_set():
            started = time.monotonic()
            try:
                ok = request(path, "GET", None, {}).status == 200
            except OSError:
                ok = False
            if ok:
                self.samples.append((time.monotonic(), time.monotonic() - started))
            else:
                self.failures += 1
            time.sleep(0.005)


def probe(server: Gunicorn, marker: str) -> tuple[int, bool]:
    """One question; (the worker that answered it, whether the answer showed `marker`)."""
    tag = uuid.uuid4().hex
    start = len(server.log())
    response = request(f"{server.url}/api/ask?q={quote(QUESTION)}&probe={tag}", "GET", None, {"Connection": "close"})
    deadline = time.monotonic() + 30
    while not (found := re.search(rf'access pid=<?(\d+)>? "GET /api/ask\?[^"]*probe={tag}', server.log()[start:])):
        if time.monotonic() > deadline:
            raise RuntimeError("the access log never named the worker that answered a probe")
        time.sleep(0.005)
    return int(found.group(1)), marker in response.body


def reload_once(server: Gunicorn, entry: Path, original: str, marker: str, workers: set[int],
                broken: bool = False) -> dict[str, float]:
    """Change the entry, SIGHUP the master; seconds until each milestone."""
    text = original.replace("としています。", f"としています。{marker}", 1) if not broken else original + "citations: [\n"
    entry.write_text(text, encoding="utf-8")
    start = len(server.log())
    signalled = time.monotonic()
    server.hang_up()
    seen: dict[int, float] = {}
    master = server.process.pid
    deadline = time.monotonic() + 120
    while not (workers | {master}) <= seen.keys():
        if time.monotonic() > deadline:
            raise RuntimeError(f"only {sorted(seen)} of {sorted(workers | {master})} reported the reload:\n"
                               f"{server.log()[start:][-2000:]}")
        for match in LINE.finditer(server.log()[start:]):
            seen.setdefault(int(match.group(1)), time.monotonic() - signalled)
        time.sleep(0.005)
    result = {"master": seen[master], "last worker": max(seen[w] for w in workers)}
    if not broken:
        served: set[int] = set()
        deadline = time.monotonic() + 60
        with ThreadPoolExecutor(4) as pool:
            while served != workers:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"after 60 s only workers {served} of {workers} showed the new content")
                for pid, new in pool.map(lambda _: probe(server, marker), range(4)):
                    if new:
                        served.add(pid)
        result["probes see it on every worker"] = time.monotonic() - signalled
    result["window"] = (signalled, signalled + max(result.values()))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reloads", type=int, default=5)
    parser.add_argument("--askers", type=int, default=4,
                        help="threads asking /api/ask without pause meanwhile (4 keep both cores of a 2-core machine busy)")
    args = parser.parse_args()

    standin = StandInSlack()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        knowledge = folder / "knowledge"
        shutil.copytree(DEFAULT_KNOWLEDGE_DIR, knowledge)
        entry = knowledge / "qa" / f"{ENTRY}.yaml"
        original = entry.read_text(encoding="utf-8")
        env = app_env(standin.api_url, folder, knowledge_dir=knowledge) | {"KYODO_CACHE_DIR": str(folder / "cache")}
        with Gunicorn(env, folder / "gunicorn.log") as server:
            workers = server.worker_pids()
            results = []
            with Background(server.url, args.askers) as background:
                time.sleep(2)  # latency outside reloads first
                for i in range(args.reloads):
                    results.append(reload_once(server, entry, original, f"（改訂 r{i + 1}）", workers))
                    time.sleep(1)
                broken = reload_once(server, entry, original, "", workers, broken=True)
                time.sleep(1)
            after_workers = server.worker_pids()
    standin.stop()

    print(f"gunicorn master + {len(workers)} workers × 8 threads, shipped knowledge ({DEFAULT_KNOWLEDGE_DIR.name}/), "
          f"{args.askers} threads asking /api/ask throughout; {args.reloads} good reloads and 1 broken")
    for name in ("master", "last worker", "probes see it on every worker"):
        values = [r[name] for r in results]
        print(f"  SIGHUP → {name:31s} median {statistics.median(values):5.2f} s   max {max(values):5.2f} s")
    print(f"  broken change: refused by the master after {broken['master']:.2f} s, by the last worker after "
          f"{broken['last worker']:.2f} s; the previous content kept")
    windows = [r["window"] for r in [*results, broken]]
    during = [s * 1000 for at, s in background.samples if any(a <= at <= b for a, b in windows)]
    outside = [s * 1000 for at, s in background.samples if not any(a <= at <= b for a, b in windows)]
    print(f"  /api/ask outside reloads: {len(outside):5d} answers, p50 {percentile(outside, .5):5.1f} ms, "
          f"p95 {percentile(outside, .95):6.1f} ms")
    print(f"  /api/ask during reloads:  {len(during):5d} answers, p50 {percentile(during, .5):5.1f} ms, "
          f"p95 {percentile(during, .95):6.1f} ms, max {max(during, default=float('nan')):6.1f} ms")
    print(f"  failed requests: {background.failures}; workers before/after: {sorted(workers)} / {sorted(after_workers)}")


if __name__ == "__main__":
    main()
