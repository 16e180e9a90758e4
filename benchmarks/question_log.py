"""The question log's cost and its hold under load: prints figures, asserts nothing (shared machines are noisy).

    python benchmarks/question_log.py [--rounds N] [--postgresql]

1. Answer latency over real HTTP against warm `kyodo serve` processes with the question log
   off (KYODO_LOG_RETENTION_DAYS=0) and on (a SQLite file; with --postgresql also a private
   PostgreSQL server), asked in turn: median and p95 of /?q= and /api/ask.
2. 4 processes logging 1,000 questions each as fast as they can, on each database: how
   many were written, how many lost, and how long until all were in.

--postgresql starts a private server with Debian's postgresql (as the postgres user when
run as root), like the tests do.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.store import Channel, QuestionRecord, Store, database_url  # noqa: E402
from bot.store.records import utc_now  # noqa: E402
from retrieval.answer import Answer  # noqa: E402

SECRET = "benchmark-" + "k" * 32
QUESTIONS = ["後援は協働になりますか", "委託と協働の違いは？", "協働相手の選び方", "実行委員会で事業をするときの注意点",
             "社員食堂のカレーライスの値段はいくらですか", "協働事業の評価はどうする？"]
PROCESSES = 4
EACH = 1000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--port", str(port)], cwd=ROOT,
                               env={"PATH": os.environ.get("PATH", ""), **env},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        if process.poll() is not None:
            raise SystemExit(f"kyodo serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=1):
                return process, url
        except OSError:
            time.sleep(0.01)


def timed(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=10) as response:
        response.read()
    return (time.perf_counter() - started) * 1000


def latency(configurations: dict[str, dict[str, str]], rounds: int) -> dict[str, dict[str, list[float]]]:
    """One warm server per configuration, all running at once; each round asks each of them in turn
    (the order rotating), so noise from the rest of the machine falls on all alike."""
    servers = {name: serve(env) for name, env in configurations.items()}
    try:
        times: dict[str, dict[str, list[float]]] = {name: {"/?q=": [], "/api/ask?q=": []} for name in servers}
        names = list(servers)
        for path in ("/?q=", "/api/ask?q="):
            for question in QUESTIONS:  # warm up
                for _, base in servers.values():
                    timed(base + path + quote(question))
            for i in range(rounds):
                url_tail = path + quote(QUESTIONS[i % len(QUESTIONS)])
                for name in names[i % len(names):] + names[:i % len(names)]:
                    times[name][path].append(timed(servers[name][1] + url_tail))
        return times
    finally:
        for process, _ in servers.values():
            process.terminate()
            process.wait(timeout=10)


def log_many(barrier, url: str, process: int) -> tuple[int, float]:
    store = Store.open(url, SECRET)
    barrier.wait()
    started = time.perf_counter()
    for i in range(EACH):
        answer = Answer(f"process {process} question {i}", False, (), (), ())
        store.log_question(QuestionRecord.from_answer(answer, Channel.WEB, None, utc_now()))
    store.close(timeout=120)
    return store.dropped, time.perf_counter() - started


def four_by_thousand(url: str) -> tuple[int, int, float]:
    Store.open(url, SECRET).close()
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        barrier = manager.Barrier(PROCESSES)
        with context.Pool(PROCESSES) as pool:
            results = pool.starmap(log_many, [(barrier, url, p) for p in range(PROCESSES)])
    store = Store.open(url, SECRET)
    written = store.count_questions()
    store.close()
    return written, sum(d for d, _ in results), max(t for _, t in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--postgresql", action="store_true", help="also measure on a private PostgreSQL server")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kyodo-bench-"))
    databases = {"SQLite": ({"KYODO_DATABASE_PATH": str(folder / "latency.sqlite3")}, database_url("", folder / "4x1000.sqlite3"))}
    server = None
    if args.postgresql:
        from tests.store.postgres import PostgresServer, find_bindir

        bindir = find_bindir()
        if bindir is None:
            raise SystemExit("PostgreSQL is not installed (apt-get install postgresql)")
        server = PostgresServer(bindir, free_port())
        server.init()
        server.start()
        latency_db, load_db = server.create_database(), server.create_database()
        databases["PostgreSQL"] = ({"DATABASE_URL": server.url(latency_db), "KYODO_SECRET_KEY": SECRET},
                                   database_url(server.url(load_db)))
    try:
        print(f"answer latency over HTTP, {args.rounds} requests each, servers asked in turn (median / p95, ms)")
        configurations = {"log off": {"KYODO_LOG_RETENTION_DAYS": "0", "KYODO_DATABASE_PATH": str(folder / "off.sqlite3")}}
        configurations |= {f"log on, {name}": env for name, (env, _) in databases.items()}
        for name, paths in latency(configurations, args.rounds).items():
            for path, times in paths.items():
                p50, p95 = statistics.median(times), statistics.quantiles(times, n=20)[18]
                print(f"  {name:<18} {path:<12} {p50:6.1f} / {p95:6.1f}")
        print(f"{PROCESSES} processes x {EACH:,} questions, as fast as they can log")
        for name, (_, url) in databases.items():
            written, dropped, seconds = four_by_thousand(url)
            lost = PROCESSES * EACH - written
            print(f"  {name:<10} written {written:,} of {PROCESSES * EACH:,}, lost {lost}, dropped {dropped}, "
                  f"all in after {seconds:.2f} s")
    finally:
        if server is not None:
            server.stop()
            server.remove()


if __name__ == "__main__":
    main()
