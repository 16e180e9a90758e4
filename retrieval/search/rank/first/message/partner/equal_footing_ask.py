"""What 対等 means when the two sides are unequal: for a message asking whether being equal means splitting costs and
work evenly, or how the city holding the money, the staff and the information can be equal, 網走市's 「「対等な関係」は、資源のある方に有利に働いてしまいます」 (「同じように負担を強いるのは困難です」);
for one asking whether a small group run by a few people can be an equal partner, its 「自立、対等は、最初からあるもの
ではなく、創り出していくものです」 (「市民団体やNPOの多くが、実際には1人あるいは数人で運営しています」).

The messages' words (対等, 経費, 団体, 協働) stand in every section on the principle of equality and on costs, so the
reranker puts 千葉県's or 北九州市's principle, or a section on the forms of 協働, first. When the message says so, among the
passages the question matches, however low they rank, the first of 網走市's that answers goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# 「対等なんだから費用も半分ずつ」「印刷代を団体にも半分出してもらっています」「the NPO says we're equal partners so let's split
# the costs 50/50」 "does being equal partners mean the NPO should carry the same share of the costs"
EVEN_SPLIT = re.compile(
    r"(?:対等|五分五分|半々|半分ずつ|\bequal|50/50|\bfifty)[^。?？]{0,30}(?:経費|負担|費用|お金|人数|準備|\bcosts?\b|\bsplit|\bbudget)"
    r"|\bequal\b[^?]{0,60}\b(?:same|equal|even) share\b"
    r"|(?:経費|負担|費用|お金|代|\bcosts?\b)[^。?？]{0,20}(?:五分五分|半々|半分ずつ|半分出|50/50|同じだけ|同じように)"
    # the same share told before what is shared, without the word 対等: 「こっちと同じだけの手間やお金を持ってもらうのって
    # フェア？」「役所と同じくらいの手間や持ち出しをお願いするのって」 (five read paraphrases; the passage stood below ten)
    r"|(?:同じだけ|同じくらい)の?[^。?？]{0,12}(?:手間|お金|負担|人手|持ち出し|費用|経費|作業)")
# "how can we call it equal when we hold all the budget and the information?" 「お金を出しているのは市なのに「対等」って」
RESOURCES_AND_EQUAL = re.compile(
    r"(?:budget|money|funding|paying for|staff|information|資金|予算|お金|人手|情報|費用)[^。?？.]{0,60}(?:\bequal|対等)"
    r"|(?:\bequal|対等)[^。?？.]{0,60}(?:budget|money|funding|paying for|資金|予算|お金|費用)")
# 「同じように負担を強いるのは困難です」
SAYS_UNEVEN = re.compile(r"同じように負担を強いるのは困難")
# a group of a few people, small or not yet on its feet, and equal: 「メンバー3人くらいの小さなNPO」「two volunteers」 — the
# size often told in the sentence before the ask (「実質会長さん1人で回しているような状態です。これで市と対等なパートナーと
# 言えるのか」), or after it as who runs the group ("How should I think about 対等 when the partner NPO is run by one or two
# volunteers?") — told after 対等 otherwise, a small group is what the budget or the costs are weighed against
_SMALL = (r"(?:小さ|数人|一人で|1人で|2人|二人|[0-9]〜[0-9]人|two people|two volunteers|\b[0-9] volunteers|one or two"
          r"|one person|\btiny\b|\bsmall\b|力もない|組織もお金も"
          # 「basically two retired guys」 (tune138)
          r"|\b(?:two|three|a few|2|3) (?:retired |older |elderly )?(?:guys|men|women|people|members|retirees)\b)")
_EQUAL = r"(?:対等|肩を並べ|\bequal)"
_NOT_ON_ITS_FEET = (r"(?:まだ小さ|小さなところ|頼りな|自立して(?:い)?(?:ない|るとは言え)|立っていけな|\bnot (?:really |yet )?"
                    r"independent\b)")
SMALL_AND_EQUAL = re.compile(rf"{_SMALL}[^?？]{{0,60}}{_EQUAL}"
                             rf"|{_EQUAL}[^?？]{{0,40}}(?:run by|運営|回して)[^?？]{{0,20}}{_SMALL}"
                             # ... or a small group, or one not yet on its feet, and whether it can still be a partner:
                             # 「まだ小さく、とても自立しているとは言えません。それでも協働の相手として考えていい？」「まだ頼りなくて…
                             # こういう相手とは組まないほうがいい？」 (read questions had 網走市's passage second to below ten)
                             rf"|{_NOT_ON_ITS_FEET}[^?？]{{0,60}}?(?:それでも|でも|\bstill\b|ないほうが|無理)[^?？]{{0,30}}?"
                             r"(?:協働|組め|組ま|組む|組ん|一緒にや|相手|\bpartner)"
                             rf"|{_NOT_ON_ITS_FEET}[^?？]{{0,60}}?組まない(?:ほう|方)が"
                             # ... or, in English, run by one or two and asked how to work with it without "equal": "Our
                             # partner NPO is basically run by one or two volunteers. What does the guideline say about
                             # working with such small groups?" (tune251, tune234: not in the top ten, fourth)
                             rf"|\brun by (?:only |just |basically )?{_SMALL}[^?]{{0,100}}\b(?:work(?:ing)? with|partner)")
# 「市民団体やNPOの多くが、実際には1人あるいは数人で運営しています」
SAYS_FEW_RUN_THEM = re.compile(r"1人あるいは数人で運営")


class EvenSplitAsks(MarkedAsk):
    """Which passages say equality does not mean an even burden, and which goes first for a message asking if it does."""

    ANSWERED_BY = SAYS_UNEVEN
    SETTING = EVEN_SPLIT
    WHOLE_ORDER = True


class UnevenResourcesAsks(MarkedAsk):
    """Which passage says equality favours the side with the resources, and when it goes first for a message asking how
    the side holding the money and the information can be equal."""

    ANSWERED_BY = SAYS_UNEVEN
    SETTING = RESOURCES_AND_EQUAL
    WHOLE_ORDER = True


class SmallPartnerAsks(MarkedAsk):
    """Which passages say equality is made, not given, and which goes first for a message about a small partner."""

    ANSWERED_BY = SAYS_FEW_RUN_THEM
    SETTING = SMALL_AND_EQUAL
    WHOLE_ORDER = True
