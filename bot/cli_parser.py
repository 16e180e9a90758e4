"""argparse in Japanese: the `kyodo` command's help, usage and error lines speak the users' language.

argparse writes its own words ("usage:", "options", "the following arguments are required")
in English; this parser replaces them, so `kyodo --help` reads as one language.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

ERRORS = [  # argparse's messages, as the patterns it formats them with
    (re.compile(r"the following arguments are required: (.*)"), "次の引数が必要です: {0}"),
    (re.compile(r"unrecognized arguments: (.*)"), "知らない引数です: {0}"),
    (re.compile(r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)"), "{0}: {1} は選べません（選べるもの: {2}）"),
    (re.compile(r"argument (\S+): invalid (\w+) value: (.*)"), "{0}: {2} は使えない値です"),
    (re.compile(r"argument (\S+): expected one argument"), "{0}: 値を一つ指定してください"),
]


class JapaneseHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # noqa: ANN001 - argparse's signature
        super().add_usage(usage, actions, groups, prefix="使い方: " if prefix is None else prefix)


class JapaneseArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - argparse's signature
        kwargs.setdefault("formatter_class", JapaneseHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "引数"
        self._optionals.title = "オプション"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="この説明を表示して終わる")

    def error(self, message: str) -> NoReturn:
        for pattern, japanese in ERRORS:
            match = pattern.fullmatch(message)
            if match:
                message = japanese.format(*match.groups())
                break
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: エラー: {message}\n")
