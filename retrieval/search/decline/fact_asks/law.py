"""The law: an article of a law, a court case, a code's reading, or whether something is lawful or binding. The
guidelines cite no article and no ruling (no source uses 根拠) and answer no question of law, so an ask for either asks
for a legal source they never hold.
"""

from __future__ import annotations

import re

# An article of a law (「地方自治法232条の2」「地方公務員法38条」「根拠条文は何条」「条例の条文番号」「法的根拠はどの条文」)
# or a court case (判例, 裁判例, 判決): the guidelines cite neither (no source uses 根拠), so asking for one asks for a
# legal source they never hold.
# 「裁判になったら契約として扱われる？」 (tune159): a court case that happened or would, as 判例 is (every question of the
# sets naming 裁判 or 訴訟 is to decline) — not one to avoid (「裁判にならないように協定で何を決めておく？」 asks how to agree).
LAW_REFERENCE = re.compile(r"(法|条例|規則)第?[0-9一二三四五六七八九十百]+条|何条|判例|裁判例|判決|条(文|項)の?番号"
                           r"|(裁判|訴訟)(に)?なっ(た|て)|(裁判|訴訟)で|住民訴訟"
                           r"|どの条文|法的根拠"
                           r"|\bcourt (ruling|case|decision)s?\b|\bcase law\b|\bcourts? (ever )?ruled?\b"
                           # "legally binding under the Civil Code?" (tune169): a code's reading, as an article's
                           r"|\bcivil code\b|民法"
                           r"|\b(supreme|high|district) court\b"
                           r"|\bunder the [a-z ]{0,30}\bact\b"
                           # "Does Japan's NPO Act require … at least ten members" (tune139): what a law lays down
                           r"|\b(act|law) (requires?|says?|allows?|permits?|states?|mandates?)\b")
# Whether an agreement binds in law (「小平市の指針でいう協定書には、契約と同じような法的拘束力がありますか？」"Is a 協定書
# … legally binding?"): a question of law asked for itself — the guidelines say what to agree on, never what force
# the agreement has. Of every set's questions naming legal force, all are to decline; told as a condition (「法的拘束力が
# なくても結ぶ意味は？」"Even if it isn't legally binding, why sign one?") it asks what an agreement is for.
LEGAL_FORCE = re.compile(r"(法的拘束力|法的な拘束力|法的効力)(って|は|が|も)?(ある|あり|持つ|持ち|生じ|認められ)"
                         # whether an agreement is valid in law, a duty in law, a breach of a by-law (「口頭で合意しただけ…
                         # この合意は法的に契約として有効ですか」「赤字を補填する法的義務はありますか」「無償貸付等に関する
                         # 条例に違反しませんか」, tune217): of every set's questions asking so, all are to decline
                         r"|法的に[^。?？]{0,10}(有効|無効)|法的な?義務(は|が|って)?(ある|あり)|(条例|法律?)に(違反|抵触)(し|す)"
                         r"|^(?!.*\beven (if|though)\b).*?\b(is|are)\b[^?.]{0,50}\blegally binding\b")
# A question of law — whether something is lawful, binding or an administrative act (「協定書に法的拘束力って
# あるんですか」「交付決定って行政処分にあたる？」"Can a 自治会 legally force residents to join?"). Asked beside a ruling
# (LAW_REFERENCE), it is the ruling's matter: the guidelines hold neither.
LAW_QUESTION = re.compile(r"法的|法律上|行政処分|拘束力|違法|合法|\blegal(ly)?\b|\bbinding\b|\bunlawful\b|\billegal\b")


def asks_the_law(sentence: str) -> bool:
    """The sentence asks a question of law (LAW_QUESTION)."""
    return bool(LAW_QUESTION.search(sentence))
