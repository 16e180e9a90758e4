"""The read question sets typed as chat: the same questions with line breaks for 。, courtesy, labels, the bot's name.
Prints hit@1, covered questions refused and questions declined for each way of typing; asserts nothing.

    python benchmarks/chat_variants.py

The written sets use 。 and no courtesy; staff in Slack often do not. Each way of typing should read as the original:
a gap is the engine reading what a message says of itself (お疲れさまです, @kyodo, 【質問】) as its topic. Only sets whose
misses were read are used (READ_SETS of fit_weights.py and the later read sets), never the validation sets.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.fit_weights import READ_SETS  # noqa: E402
from retrieval.evaluate import is_relevant, load_questions  # noqa: E402
from retrieval.search.engine import Engine  # noqa: E402

LATER_READ_SETS = ["blind/tune21", "blind/tune22", "blind/tune23", "blind/tune24", "blind/tune25"]
MENTION = re.compile(r"^(<@\w+>\s*)?")


def _opening(words: str) -> Callable[[str], str]:
    """The words put first, after the mention when there is one."""
    return lambda question: MENTION.sub(lambda m: m.group(0) + words, question, count=1)


def _sentence_ends(by: str) -> Callable[[str], str]:
    return lambda question: re.sub(r"。(?=.)", by, question)


WAYS: dict[str, Callable[[str], str]] = {
    "as written": lambda question: question,
    "。 → line break": _sentence_ends("\n"),
    "。 → space": _sentence_ends(" "),
    "お疲れさまです。 first": _opening("お疲れさまです。"),
    "いつもお世話になっております。 first": _opening("いつもお世話になっております。"),
    "courtesy last": lambda question: question + "\nお忙しいところすみませんが、お手すきの際にご教示いただけますと幸いです。",
    "【質問】 first": _opening("【質問】"),
    "ちょっと相談です。 first": _opening("ちょっと相談です。"),
    "念のため確認させてください。 first": _opening("念のため確認させてください。"),
    "4月に異動してきたばかりの新人です。 first": _opening("4月に異動してきたばかりの新人です。"),
    "@kyodo first": _opening("@kyodo "),
    "kyodoさん、 first": _opening("kyodoさん、"),
    "（笑） last": lambda question: question + "（笑）",
}


def main() -> None:
    engine = Engine.load()
    questions = [q for name in READ_SETS + LATER_READ_SETS
                 for q in load_questions(ROOT / "tests" / "eval" / f"{name}.yaml")]
    answerable = [q for q in questions if not q.get("abstain")]
    to_decline = [q for q in questions if q.get("abstain")]
    print(f"{len(answerable)} answerable, {len(to_decline)} to decline")
    for way, typed in WAYS.items():
        answers = [engine.ask(typed(str(q["question"]))) for q in answerable]
        hit1 = sum(bool(a.passages) and is_relevant(a.passages[0], q.get("relevant") or [])
                   for a, q in zip(answers, answerable, strict=True))
        refused = sum(not a.answered for a in answers)
        declined = sum(not engine.ask(typed(str(q["question"]))).answered for q in to_decline)
        print(f"  {way:36s} hit@1 {hit1 / len(answerable):.3f}  refused {refused:3d}  declined {declined}/{len(to_decline)}")


if __name__ == "__main__":
    main()
