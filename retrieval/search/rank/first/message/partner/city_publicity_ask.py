"""The passage on the city telling residents what it and its staff do, for a message about making the staff's
volunteering or the city's projects known: 「職員が休日にボランティアで地域行事に参加している様子を、市の公式SNSで
紹介してはどうかという案が出ています。市の方針と合っていますか？」 asks what 網走市 promises in 「市の情報発信に
努めます！」 — 「市が取り組む事業や職員のボランティア活動等を市民に広く周知する」.

The message's words (職員, ボランティア, 地域, 参加) are those of 網走市's section just before, on the city backing its
staff's local activities, and the reranker puts that first. When the message speaks of publishing (発信, the city's
広報 or SNS, making residents know) the staff's activities or the city's projects, the passage on the city's
information goes first among the passages the question matches; the staff's activities told only inside the city hall
(庁内報, a training) are the section before's.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# publishing to residents: 発信, the city's 広報 / SNS / website carrying it, making residents know
_PUBLISH = (r"(?:発信|市民に[^。?？]{0,10}(?:知ってもら|周知)|(?:広報|sns|ホームページ)[^。?？]{0,12}(?:紹介|取り上げ|発信|載せ)"
            r"|publiciz|advertis)")
# the staff's volunteering or local activities, the city's own projects
_DOINGS = (r"(?:職員[^。?？]{0,15}(?:ボランティア|地域|町内会|活動|参加)|市[がの](?:やって|実施|取り組)[^。?？]{0,6}事業"
           r"|\bstaff\b[^.?]{0,30}volunteer)")
PUBLISHING_DOINGS = re.compile(rf"{_DOINGS}[^。?？]{{0,40}}{_PUBLISH}|{_PUBLISH}[^。?？]{{0,40}}{_DOINGS}")
# 網走市 「市が取り組む事業や職員のボランティア活動等を市民に広く周知する」
SAYS_CITY_PUBLICITY = re.compile(r"職員のボランティア活動等を市民に広く周知")


class CityPublicityAsks(MarkedAsk):
    """Which passage tells of the city publishing its projects and its staff's activities, and which goes first for a
    message about publishing them."""

    ANSWERED_BY = SAYS_CITY_PUBLICITY
    SETTING = PUBLISHING_DOINGS
    WHOLE_ORDER = True
