"""Time from a signed Slack event arriving to the answer's chat.postMessage reaching Slack.

Runs the Procfile's web process (gunicorn, 2 workers × 8 threads) on the shipped knowledge
folder against the tests' stand-in Web API, sends 100 mentions 4 at a time, and prints
p50/p95 of the ack and of the answer. Prints figures only; it asserts nothing.

    python benchmarks/slack_latency.py [--mentions 100] [--concurrency 4] [--log on|off]
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR  # noqa: E402
from tests.slack.server import Gunicorn, app_env  # noqa: E402
from tests.slack.slack_requests import SlackSide, new_ts  # noqa: E402
from tests.slack.standin import StandInSlack  # noqa: E402

QUESTIONS = (
    "後援は協働に当たりますか？",
    "協働の相手はどう選べばいい？",
    "委託と補助の違いは？",
    "協定書には何を書けばいい？",
    "協働事業の評価はどうやる？",
    "NPOから事業の提案があったらどう対応する？",
    "実行委員会形式で事業をするときの注意点は？",
    "今日の昼ごはんはどこで食べる？",
)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def one_mention(slack: SlackSide, standin: StandInSlack, question: str) -> tuple[float, float]:
    ts = new_ts()
    started = time.monotonic()
    response = slack.mention(question, ts=ts)
    acked = time.monotonic()
    if response.status != 200:
        raise RuntimeError(f"the app answered HTTP {response.status}")
    [call] = standin.wait_for("chat.postMessage", where=lambda c: c.body.get("thread_ts") == ts, timeout=30)
    return acked - started, call.at - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--log", choices=("on", "off"), default="on",
                        help="the question log (SQLite, the default) on, or off (KYODO_LOG_RETENTION_DAYS=0)")
    args = parser.parse_args()

    standin = StandInSlack()
    with tempfile.TemporaryDirectory() as tmp:
        env = app_env(standin.api_url, Path(tmp), knowledge_dir=DEFAULT_KNOWLEDGE_DIR)
        if args.log == "off":
            env["KYODO_LOG_RETENTION_DAYS"] = "0"
        with Gunicorn(env, Path(tmp) / "gunicorn.log") as server:
            slack = SlackSide(server.url)
            questions = itertools.cycle(QUESTIONS)
            with ThreadPoolExecutor(args.concurrency) as pool:
                list(pool.map(lambda q: one_mention(slack, standin, q), QUESTIONS))  # warm-up, not counted
                batch = [next(questions) for _ in range(args.mentions)]
                started = time.monotonic()
                results = list(pool.map(lambda q: one_mention(slack, standin, q), batch))
                elapsed = time.monotonic() - started
    standin.stop()

    acks = [a * 1000 for a, _ in results]
    answers = [b * 1000 for _, b in results]
    print(f"{args.mentions} mentions, {args.concurrency} at a time, gunicorn 2 workers × 8 threads, "
          f"knowledge: {DEFAULT_KNOWLEDGE_DIR.name}/, question log {args.log}, {elapsed:.1f} s in all")
    print(f"ack (HTTP 200 to Slack):          p50 {percentile(acks, .5):6.1f} ms   p95 {percentile(acks, .95):6.1f} ms")
    print(f"answer (event → chat.postMessage): p50 {percentile(answers, .5):6.1f} ms   "
          f"p95 {percentile(answers, .95):6.1f} ms   max {max(answers):6.1f} ms   "
          f"mean {statistics.mean(answers):6.1f} ms")


if __name__ == "__main__":
    main()
