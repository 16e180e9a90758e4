"""The passage on the staff of ward offices and community centres, for a message from or about them asking what their
role is: 「市民センターに配属されました…出先の職員に期待されていることって何かありますか？」, "What does the guideline expect
from staff at the ward offices and community centers?" asks what 北九州市 says in so many words — 「地域団体との協働の
要となる区役所、市民センター等の市職員が、認識を深めるよう図ります」.

The message's words (自治会, 地域団体, センター, staff) stand in 網走市's section on staff joining local activities, in
北九州市's on its civic activity centres and in 千葉県's on staff attitudes, so the reranker puts one of those first. When
the message names a ward office or community centre and asks what its staff are expected to do, among the passages the
question matches the first naming them as the linchpin of 協働 with local groups goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# a ward office, a community centre, an outpost of the city hall
LOCAL_OFFICE = re.compile(r"区役所|市民センター|出先|\bward offices?\b|\bcommunity cent(?:er|re)s?\b|\bbranch offices?\b")
# what its staff are expected to do, or whether their role is written down
STAFF_ROLE_ASK = re.compile(
    r"(?:職員|出先|私たち|若手|\bstaff\b|\bour\b|\bwe\b)[^。?？]{0,25}(?:役割|期待|位置付け|位置づけ|求め|\brole\b|\bexpect)"
    r"|(?:役割|期待|位置付け|位置づけ|\brole\b|\bexpect\w*)[^。?？]{0,25}(?:職員|出先|\bstaff\b|\bus\b)")
# 北九州市 「地域団体との協働の要となる区役所、市民センター等の市職員」
SAYS_LOCAL_STAFF = re.compile(r"協働の要となる区役所")


class LocalOfficeStaffAsks(MarkedAsk):
    """Which passage names the staff of ward offices and community centres, and which goes first for a message asking
    what they are expected to do."""

    ASK = STAFF_ROLE_ASK
    ANSWERED_BY = SAYS_LOCAL_STAFF
    SETTING = LOCAL_OFFICE
    WHOLE_ORDER = True
