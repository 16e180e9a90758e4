"""The principle that any group meeting the requirements may join, for a question asking to open 協働 to every group:
「条件さえ満たしていれば、どのグループでも役所との取り組みに加われるようにしておくべき？」「協働に参加できる団体が一部に
偏らないようにするには」「途中から「うちも参加したい」という団体が出てきました。受け入れるべき？」 ask what 大阪市 sets
as a principle — 「協働の要件を満たせば誰もが協働関係に参画できる機会の創設」.

Their words (団体, 参加, 機会) stand in the passages on groups' participation and on choosing a partner, and the bullet
is one line of 大阪市's list of principles, ranked from fifth to below the twentieth. When an asking sentence asks to
open 協働 to any group, to widen the door, to keep it from leaning to a few, or to let a group join midway, the
principle goes first from among the best WIDE_WINDOW. The same few groups called every year is the point on
fairness's (fair_choice_ask), which this rule leaves alone.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

OPEN_DOOR_ASK = re.compile(
    r"(?:どの|いろいろな|色々な|様々な|さまざまな|多様な)(?:団体|グループ)(?:でも|に|も|が)?[^。?？]{0,20}?"
    r"(?:加われ|加わる|参加でき|参画でき|門戸|機会)"
    r"|門戸を(?:開|広げ|広く)|(?:一部|特定)(?:の団体)?に偏ら"
    r"|途中から(?:でも)?[^。?？]{0,10}?(?:参加し|参加でき|加わ|受け入れ|入れて)"  # not 「途中から参加者が減って」
    # a group new or with no record asking whether it can take part (「新しくできたばかりの団体でも、市との協働に参加できる
    # 機会はありますか」), "Can any citizen group take part …, or only the ones the city chooses?" (tune274, tune272)
    r"|(?:できたばかりの|新しい|新しく|小さな|小さい|実績のない)[^。?？]{0,8}?(?:団体|グループ)でも[^。?？]{0,20}?"
    r"(?:加われ|参加でき|参画でき|機会)"
    r"|\bfair chance to (?:join|take part)\b|\bopen to (?:any|every|all) groups?\b"
    r"|\b(?:can|could|may) any (?:\w+ )?(?:group|organi[sz]ation|npo)s? (?:take part|join|participate)\b")
# 大阪市 「協働のプロセスと内容が広く市民に公開され、協働の要件を満たせば誰もが協働関係に参画できる機会の創設」
ANYONE_MAY_JOIN = re.compile(r"誰もが協働関係に参画できる")


class OpenDoorAsks(MarkedAsk):
    """Which passage sets it as a principle that any group may join, and when it goes first."""

    ASK = OPEN_DOOR_ASK
    ANSWERED_BY = ANYONE_MAY_JOIN
    WIDE = True
