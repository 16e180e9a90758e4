"""The passage on a group already doing what the city means to start, for a message telling of one: 「新しく親子の居場所
づくり事業を始めたいのですが、地元のNPOが何年も前から似たことを自主的にやっているのがわかりました」 is what 小平市 answers —
「事業を実施するとき、ボランティア団体・市民活動団体等が関連する事業を先駆的に行っているときは、協働事業の公募などを
検討していきます」.

The message's words (新しく, 事業, 団体, 進め方) stand in every section on starting projects and choosing a form, and the
passage shares hardly one of them (先駆的, 関連する事業), so it ranks from fifth to below the twentieth. When the message
has the city starting something new and a group already doing the same or something like it, the passage goes first
from anywhere it matches at all: all three must be said, which no message on another matter has done in any set.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# the city starting something, a group already at it, and the two alike — anywhere in the message
FORERUNNER = re.compile(
    r"^(?=.*(?:新しく|新規|新た|始める|始めたい|始めよう|始めます|立ち上げ|\bstart(?:ing)? a new\b|\blaunch|\bnew\b))"
    # … already: said so, or told by もう, or a group doing it now (「プレーパークを自主的にやっている団体があるのに」, tune273)
    r"(?=.*(?:すでに|既に|何年も|先行|先駆|前から|先に|もう|\balready\b|\bfor years\b|\bpioneer"
    r"|(?:やって|行って|取り組んで)(?:いる|る)[^。?？]{0,4}(?:団体|npo|グループ)))"
    # the activity alike, not the same group (「すでに同じ団体と契約している」) — or the very project the city means to
    # start, done by the group first (「うちがこれから始めようとしている事業を、地元の団体がすでに先にやっていました」)
    r"(?=.*(?:似た|似て|同じよう|同じ(?:内容|こと|活動|事業)|同様の|近い(?:活動|こと|事業|内容)|\bsimilar\b"
    r"|先に(?:やって|始めて|行って|実施して)"
    r"|\bsame (?:thing|kind|activity|activities|project|work)\b))"
    r"(?=.*(?:団体|npo|グループ|の会|サークル|\bgroups?\b|\borgani[sz]ations?\b))",
    re.S)
# 小平市 「…関連する事業を先駆的に行っているときは、協働事業の公募などを検討していきます」
SAYS_CONSIDER_THEM = re.compile(r"関連する事業を先駆的に行っているとき")


class ForerunnerAsks(MarkedAsk):
    """Which passage says what to do when a group already does what the city means to start, and when it goes first."""

    ANSWERED_BY = SAYS_CONSIDER_THEM
    SETTING = FORERUNNER
    WHOLE_ORDER = True
