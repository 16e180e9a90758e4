"""The passage offering groups a meeting space and a place for their flyers, for a question asking whether there is
one: 「団体が打ち合わせに使える場所やチラシを置かせてもらえる所って、県で用意していましたっけ？」 asks what 千葉県 says of its
県民活動情報オフィス — 「NPO・ボランティア団体の方にご利用いただけるミーティングスペースの提供」 and a shelf for flyers.

The question's words (団体, 場所, 県) stand in 千葉県's list of information media and in the passages on support
centres, so the reranker at times puts one of those first. When an asking sentence asks whether there is a place for
a group's meeting or for its flyers, among the passages ranked nearest the top the one offering them goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# a place for a group's meeting or for its flyers
_SPACE = r"(?:打ち?合わ?せ|ミーティング|会合)[^。?？]{0,12}(?:場所|スペース|部屋|会場)|チラシ[^。?？]{0,15}(?:置|配架)"
# ... asked whether there is one
MEETING_SPACE_ASK = re.compile(
    rf"(?:{_SPACE})"
    r"[^。?？]{0,25}(?:ある|あり|用意|使える|案内)"
    # a meeting room asked for by name, however far from the meeting (「打ち合わせしたいんですが、千葉県庁に団体が使える
    # 会議室みたいな場所ってありますか」); not one already booked (「会議室とお茶は用意したんですが」)
    r"|会議室[^。?？]{0,20}(?:ある|あり|使える)"
    r"|\b(?:meeting (?:space|room|place)s?|leave (?:their |our )?flyers)\b")
# 千葉県 「ミーティングスペースの提供」
OFFERS_A_SPACE = re.compile(r"ミーティングスペースの提供")


class MeetingSpaceAsks(MarkedAsk):
    """Which passage offers groups a meeting space, and when it goes first."""

    ASK = MEETING_SPACE_ASK
    ANSWERED_BY = OFFERS_A_SPACE


# A message telling of a group looking to the prefecture for a place to meet or leave flyers, whatever its ask:
# 「NPOから、打ち合わせに使える場所と、イベントのチラシを置かせてもらえる場所はないかと聞かれました。県のほうで案内
# できるところある？」 "What does Chiba's … info office offer? Could a volunteer group use it for a meeting?" — the ask
# (「案内できるところある？」) names no space, its situation does. The city lending its own rooms or putting flyers at
# its counters (事業協力: 貸す, 提供する) and a room to book are other questions, and the prefecture must be named.
SPACE_FROM_THE_PREFECTURE = re.compile(
    r"^(?!.*(?:貸|提供して|提供する|\blend|\blet a\b|事業協力|\bbook\b))(?=.*(?:県|\bchiba\b|\bprefect))"
    rf"(?=.*(?:{_SPACE}"
    r"|\b(?:meeting (?:space|room|place)s?|leave (?:their |our )?flyers|use it for (?:a )?meeting)\b))", re.S)


class MeetingSpaceMessages(MarkedAsk):
    """The same passage, for a message telling of a group looking for a place from the prefecture, whatever its ask."""

    ANSWERED_BY = OFFERS_A_SPACE
    SETTING = SPACE_FROM_THE_PREFECTURE
