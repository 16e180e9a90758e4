"""小平市's principle of sharing information, for a message asking how much or how to share information with a partner:
「一緒に事業をしている団体と、こちらが持っているデータや状況をどこまで出し合うべきですか？」 "What information should we be
sharing with the partner group during the project, and how?" ask what 小平市 sets out as a principle — 「市は、お互い
に協働事業に関わる情報を共有するために、情報を提供し合う取り組みを設けます」.

The message's words (情報, 共有, 団体) stand in 千葉県's staff attitudes and 大阪市's list of principles, which the reranker puts
first. When the message is about a partner (団体, 相手, NPO) and an asking sentence asks about sharing or showing
information, data or the state of things — not within the city hall, across its departments (北九州市's liaison meetings
answer that) — among the passages the question matches, however low they rank, the principle goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# a partner is what the message is about, and not the departments inside the city hall
WITH_A_PARTNER = re.compile(r"^(?!.*(?:庁内|他の?課|各課|課を|課と|局|部署|所管課|会議|department|認知度))"
                            r"(?=.*(?:団体|相手|パートナー|npo|partner|group|kodaira))", re.DOTALL)
# sharing or showing information, data, materials or the state of things
SHARING_INFORMATION = re.compile(
    r"(?:情報|データ|資料|状況)[^。?？]{0,20}(?:共有|出し合|見せ|伝え|開示|オープン)"
    r"|(?:share|sharing)[^.?]{0,30}(?:information|info|data)|(?:information|info|data)[^.?]{0,20}(?:shar|disclos)")
# 小平市 「お互いに協働事業に関わる情報を共有するために」
SHARES_INFORMATION = re.compile(r"お互いに協働事業に関わる情報を共有")


class InformationSharingAsks(MarkedAsk):
    """Which passage sets out sharing information with a partner, and when it goes first."""

    ASK = SHARING_INFORMATION
    ANSWERED_BY = SHARES_INFORMATION
    SETTING = WITH_A_PARTNER
    WHOLE_ORDER = True
