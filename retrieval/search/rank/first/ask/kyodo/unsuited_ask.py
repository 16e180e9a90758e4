"""The passages naming projects that do not suit 協働, for a question asking which ones had better not be done as 協働:
「逆に、協働でやらないほうがいい事業ってありますか？」 "Which kinds of projects should NOT be done as 協働?" ask what 小平市 says
— 「既に事業内容が具体的に決まっている事業等は協働に適していない」 — and 網走市's point 「市が責任を持って対応すべき事業では
ないか」.

The question's words (協働, 事業, やる) stand in every section on forms of 協働, and 小平市's forms ranks first. Questions
saying 向いていない find the two through the glossary's 適した事業; 「やらないほうがいい」 and "should not be done" name no term
of it. When an asking sentence asks which projects had better not be done as 協働, among the passages ranked nearest the
top the first naming unsuited projects goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# had better not be done as 協働: 協働でやらないほうがいい, "should not be done as 協働", "shouldn't be done jointly"
UNSUITED_ASK = re.compile(
    r"協働(?:で|に|として)(?:やら|し|行わ|実施し)ない(?:ほう|方)がいい"
    r"|\bshould(?: not|n't|n’t) be done (?:as|through|by|jointly|together)\b|\bbetter not (?:be )?done as\b")
# 小平市 「既に事業内容が具体的に決まっている事業等は協働に適していない」; 網走市 「市が責任を持って対応すべき事業ではないか」
NAMES_UNSUITED = re.compile(r"協働に適していない|市が責任を持って対応すべき事業ではないか")


class UnsuitedAsks(MarkedAsk):
    """Which passages name projects unsuited to 協働, and which goes first for a question asking for them."""

    ASK = UNSUITED_ASK
    ANSWERED_BY = NAMES_UNSUITED
