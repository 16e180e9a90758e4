"""千葉県's table of what the city and citizen groups are each good and poor at, for a question asking for the one
side's weak points or both sides' strengths and weaknesses: 「市役所と住民のグループって、それぞれ得意なことと苦手な
ことがどう違うんですか？」「行政側の弱みとしてどんなことが挙げられていますか？」 asks for 「行政と市民活動団体の特性を
知ろう」 — 「組織が縦割りであり、横の連携が難しい」, 「社会の課題に対して柔軟かつ迅速に対応できる」.

The question's words (行政, 団体, 違う) stand in the passages on why the city needs groups (大阪市's 行政にとっての意義)
and on groups' own troubles, so the reranker at times puts one of those first. When an asking sentence asks for the
city's own strengths or weak points, or for strengths and weak points together, among the passages ranked nearest the
top the table goes first. A group's strengths alone are not this ask: 「市民団体ならではの強み」 is answered where a
guideline says which projects suit what groups do best (網走市's 協働のポイント).
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# the city's own side (行政側の弱み), or strengths and weak points asked together, or each side's 特性 — not
# 「お互いの得意なことをどう分け合う」, which asks how to share out the roles
CHARACTERISTICS_ASK = re.compile(
    r"(?:行政|役所|市役所)側?の?(?:弱み|弱点|苦手|特徴や課題|課題や短所|特性|強み|得意|長所|短所)"
    # 「役所の側が持ち寄れる強み」「行政の側の弱点として挙げられているのは何？」
    r"|(?:行政|役所|市役所)の側[がの][^。?？]{0,10}(?:弱み|弱点|強み)"
    # a group's weak points (the table's other column): 「市民活動団体が抱えがちな弱点は？」 — not its strengths alone
    r"|(?:市民活動団体|団体|npo|グループ)(?:側)?(?:の|が抱えがちな|が持つ)(?:弱み|弱点|短所)"
    # "how does the Chiba manual contrast the organisational character of government and of civic groups?" (tune249)
    r"|\borgani[sz]ational character(?:istics)?\b"
    r"|(?:強み|得意|長所)[^。?？]{0,12}(?:弱み|弱点|苦手|短所|弱い|不得意)|得意・?不得意"
    r"|(?:弱み|弱点|苦手|短所)[^。?？]{0,12}(?:強み|得意|長所)"
    r"|(?:お互い|それぞれ|双方)の特性|strengths and weak"
    # 「行政と団体の違いを整理した資料ってありますか」 (tune137, sealed35): the two sides compared
    r"|(?:行政|役所|市役所)と(?:市民活動|市民|住民)?(?:団体|npo|グループ)(?:と)?の(?:違い|特徴|特性)"
    r"|(?:団体|npo)と(?:行政|役所|市役所)(?:と)?の(?:違い|特徴|特性)")
# 千葉県 「行政と市民活動団体が持つそれぞれの特性をお互いに理解し」, the table's lead sentence
BOTH_SIDES_TABLE = re.compile(r"行政と市民活動団体が持つそれぞれの特性")


class CharacteristicsAsks(MarkedAsk):
    """Which passage sets the city's and the groups' strengths and weak points side by side, and when it goes first."""

    ASK = CHARACTERISTICS_ASK
    ANSWERED_BY = BOTH_SIDES_TABLE
    WHOLE_ORDER = True
