"""The passages on a scheme for groups to propose projects to the city, for a question asking whether there is one:
「市民の側から事業のアイデアを市に持ち込める仕組みってありますか」 asks for 小平市's 「協働事業の提案や応募を受け付ける
提案型の協働事業を実施します」 or 北九州市's 「協働提案事業を拡充」.

The question's words (提案, 市民, 受ける) stand as much in 小平市's stance of taking in citizens' proposals and its
viewpoint on 協働, which the reranker puts first. When an asking sentence asks for a mechanism, system or way by
which groups or residents bring proposals or ideas to the city, among the passages ranked nearest the top the first
naming the scheme goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# groups or residents bringing proposals or ideas to the city, and a mechanism or system for it
PROPOSAL_SCHEME_ASK = re.compile(
    r"(?:団体|市民|住民|npo|グループ|サークル)(?:の)?(?:側|ほう)?(?:から|が)[^。?？]{0,30}"
    r"(?:提案|持ち込|アイデアを出)[^。?？]{0,30}(?:仕組み|制度|窓口|ルート)"
    r"|\b(?:propose|proposals?|pitch|bring (?:their|its) own)\b[^?]{0,60}\b(?:system|scheme|program|mechanism|way)\b"
    # 「Is there a route for groups to propose projects to us?」 (tune138)
    r"|\b(?:system|scheme|mechanism|way|route|channel)\b[^?]{0,40}\b(?:to )?(?:propose|proposals?|pitch)\b")
# 小平市 「協働事業の提案や応募を受け付ける提案型の協働事業を実施します」; 北九州市 「協働提案事業を拡充」
NAMES_THE_SCHEME = re.compile(r"提案型の協働事業|協働提案事業を拡充")


class ProposalSchemeAsks(MarkedAsk):
    """Which passages name a scheme for groups' proposals, and which goes first for a question asking for one."""

    ASK = PROPOSAL_SCHEME_ASK
    ANSWERED_BY = NAMES_THE_SCHEME
