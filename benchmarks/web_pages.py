"""Web page speed over real HTTP: prints figures, asserts nothing (shared machines are noisy).

    python benchmarks/web_pages.py [--rounds N]

Start-up is a new `kyodo serve` process to its first 200 on /healthz and on /?q=
(median of three starts). Page times are wall-clock per request from a client on the
same machine against one warm server: median and p95 over the rounds.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.knowledge import load_knowledge  # noqa: E402

QUESTION = "後援は協働になりますか"
LONG_QUESTION = ("協働事業の評価と見直しをどう進めるか。" * 60)[:1000]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server() -> tuple[subprocess.Popen, str, float]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--port", str(port)], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        if process.poll() is not None:
            raise SystemExit(f"kyodo serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=1) as response:
                if response.status == 200:
                    return process, url, time.perf_counter() - started
        except OSError:
            time.sleep(0.01)


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait(timeout=10)


def fetch(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=10) as response:
        response.read()
        if response.status != 200:
            raise SystemExit(f"{url}: {response.status}")
    return (time.perf_counter() - started) * 1000


def startup(runs: int = 3) -> tuple[float, float]:
    """Median seconds to the first /healthz 200 and to the first answered question."""
    to_health, to_answer = [], []
    for _ in range(runs):
        process, url, seconds = start_server()
        try:
            to_health.append(seconds)
            to_answer.append(seconds + fetch(f"{url}/?q={quote(QUESTION)}") / 1000)
        finally:
            stop(process)
    return statistics.median(to_health), statistics.median(to_answer)


def page_times(url: str, paths: list[str], rounds: int) -> dict[str, list[float]]:
    for path in paths:  # warm: first request per thread, Jinja compiling each template
        fetch(url + path)
    times: dict[str, list[float]] = {path: [] for path in paths}
    for _ in range(rounds):
        for path in paths:
            times[path].append(fetch(url + path))
    return times


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()

    knowledge = load_knowledge()
    doc = max(knowledge.guidelines, key=lambda g: len(g.sections)).id
    pages = {  # label → path
        "/": "/",
        f"/?q={QUESTION}": f"/?q={quote(QUESTION)}",
        "/?q=<1,000 Japanese characters>": f"/?q={quote(LONG_QUESTION)}",
        f"/docs/{doc}": f"/docs/{doc}",
        "/start": "/start",
        "/qa": "/qa",
        f"/api/ask?q={QUESTION}": f"/api/ask?q={quote(QUESTION)}",
    }
    if knowledge.checklists:
        checklist = knowledge.checklists[0].id
        pages[f"/checklists/{checklist}"] = f"/checklists/{checklist}"

    health, answer = startup()
    print(f"start-up (kyodo serve → first 200, median of 3): /healthz {health:.2f} s, first answer {answer:.2f} s")

    process, url, _ = start_server()
    try:
        times = page_times(url, list(pages.values()), args.rounds)
    finally:
        stop(process)
    print(f"page times over HTTP ({args.rounds} rounds, warm server):")
    for label, path in pages.items():
        values = times[path]
        print(f"  {label:<36} median {statistics.median(values):6.1f} ms   p95 {percentile(values, 95):6.1f} ms")


if __name__ == "__main__":
    main()
