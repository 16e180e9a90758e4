"""What makes a project 協働 — not its form, nor dealing with a group at all — for a message asking whether a form or a
long relationship alone makes it so: 「共催にしておけば協働事業ってことになる？」 asks what 小平市 says in so many words
(「共催や協定などの事業の形態だけで協働事業とするものではありません」); 「昔から付き合いのある団体との仕事は、全部協働と言って
いい？」 what 網走市 does (「既存の業務で団体と関係を持つ業務の全てが「協働」ではありません」).

The message's words (共催, 実行委員会, 団体, 仕事) stand in 網走市's sections on each form and its checklist of 協働の
ポイント, so the reranker puts one of those first. When the message asks whether a form by itself, or everything done
with a group, counts as 協働, among the passages ranked nearest the top the first saying it does not goes first.
Whether 後援 alone is 協働 is left to 網走市's section on 事業協力・後援, which answers it; so is a message about an
agreement left unwritten (written_agreement_ask).
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# a form by itself: 共催にしておけば, ワークショップを開くだけで, "co-host … automatically" — not a written agreement
FORM_ALONE = re.compile(
    r"^(?!.*協定書).*(?:共催|ワークショップ|実行委員会(?!の議事)|co-host|agreement)[^。?？]{0,25}"
    r"(?:だけで|しておけば|にしておけば|すれば|やれば|それで|automatically|by itself)"
    # 委託・補助 only as a condition that makes it 協働: 「委託していれば協働と言える？」 — not 「委託しているだけで」 (網走市's
    # section on 委託 answers that), nor 「普通の委託とどう変えれば協働」 (what to change)
    r"|(?:委託|補助)[^。?？]{0,25}(?:ていれば|でいれば|それで)[^。?？]{0,12}協働"
    # English puts the event between the form and the ask ("If we co-host (共催) an event with the same association
    # every year, does that automatically make it a 協働事業?"); a form given as the reason a project counts
    # (「共催にしているので、これも協働事業の実績として数えよう」)
    r"|(?:共催|co-?host|co-?sponsor)[^.?？。]{0,70}\b(?:automatically|by itself|in itself)\b"
    r"|共催(?:に|で)?(?:して|やって)(?:い)?る(?:ので|から)[^。?？]{0,40}(?:協働|実績)"
    r"|\b(?:workshop|event|format)s?(?: format)? itself\b[^?]{0,20}\bcount")
# 「形態だけで協働事業とするものではありません」
SAYS_NOT_BY_FORM = re.compile(r"形態だけで協働事業とするものではありません")
# everything done with a group: 付き合いのある団体との仕事は全部, "does all of that count as partnership"
EVERY_DEALING = re.compile(
    r"(?:付き合い|関わ|やりとり|やり取り|仕事|業務|事業|\bwork|\bdeal)[^。?？]{0,30}(?:全部|すべて|全て|\bevery\b|\ball of\b)"
    r"[^。?？]{0,20}(?:協働|一緒にや|partnership|collaborat|カウント|数え|\bcount)"
    r"|(?:全部|すべて|全て)[^。?？]{0,6}(?:協働|一緒にや)[^。?？]{0,6}(?:って|と)(?:呼|言|いい|考え|扱)"
    # dealings given as the reason it is 協働 already: 「町内会とは日頃からやり取りがあるから、もう協働してることになるよね？」
    r"|(?:付き合い|関わり|やりとり|やり取り|つながり|関係)(?:が|も)?(?:ある|あります|あって)(?:から|ので|し)[^。?？]{0,25}"
    r"(?:協働|一緒にや)(?:って|て)?(?:して(?:い)?る|(?:い)?る|になる|ってこと|と言え|と呼べ|に当たる|に含め)"
    # English asks it of everything done, or every relationship, at once: "is everything we do with NPOs 協働?", "Is every
    # relationship with a group automatically 協働?", "Does all of that count as 協働?" (tune230, tune222, sealed28)
    r"|\b(?:is|does|do|are|would)\b (?:everything (?:we|you|they|the city) (?:do|does|did)\b"
    r"|every (?:relationship|dealing|job|contact|project)\b|all (?:of )?(?:that|this|those|these|them)\b)[^?]{0,50}"
    r"(?:協働|collaborat|partnership|\bcount)"
    # routine dealings with many groups listed, then whether they make 協働 of themselves (one form named is
    # FormAloneAsks'): "We hand out grants and lend rooms to lots of groups. Does that automatically mean we're doing
    # 協働?" 「利用団体とは毎日のようにやりとりしていて、上司は「うちはもう協働やってるよね」と言います」 (read sets: the
    # passage stood eighth or below ten)
    r"|\b(?:lots of|many|routine|all sorts of)\b[^?]{0,80}\bautomatically\b[^?]{0,40}(?:協働|collaborat|partnership)"
    r"|(?:付き合い|関わ|やりとり|やり取り)[^。?？]{0,40}(?:もう|すでに|既に)(?:協働|一緒にや)"
    # a dealing told, then whether it counts as 協働 (「こういうのも協働として数えていいんでしょうか」「これって協働事業に数えて
    # いいんですか」, tune206, tune227, tune240: read; the passage stood below ten) — unless a form is named, whose own
    # section answers (後援, 審議会の委員, 協定, ワークショップ, 委託, 補助 …: read sets had those first and lost them)
    r"|^(?s:(?!.*(?:後援|名義|審議会|委員|協定|ワークショップ|委託|補助|共催|実行委員会|講座)).*?)"
    r"協働(?:事業)?(?:として|に)(?:数え|カウント)")
# 「既存の業務で団体と関係を持つ業務の全てが「協働」ではありません」
SAYS_NOT_ALL_DEALINGS = re.compile(r"団体と関係を持つ業務の全てが")


# a subsidy given and nothing more, asked as 協働 or counted as its record: 「補助金を出しているだけの事業も「協働事業」として
# 計上していい？」
SUBSIDY_ALONE = re.compile(r"(?:補助金?|助成金?)(?:を)?(?:出して(?:い)?る|出す|交付して(?:い)?る|払って(?:い)?る)だけ"
                           r"[^。?？]{0,40}(?:協働|実績|計上)")
# 小平市 「形態だけで協働事業とするものではありません」; 千葉県 「同じ形態で行う事業でも「協働事業」との区別が必要です」
SAYS_FORM_IS_NOT_ENOUGH = re.compile(SAYS_NOT_BY_FORM.pattern + r"|同じ形態で行う事業でも「協働事業」との区別")


class FormAloneAsks(MarkedAsk):
    """Which passages say a form alone does not make 協働, and which goes first for a message asking whether it does."""

    ANSWERED_BY = SAYS_NOT_BY_FORM
    SETTING = FORM_ALONE


class EveryDealingAsks(MarkedAsk):
    """Which passages say not all dealings with groups are 協働, and which goes first for a message asking if they are."""

    ANSWERED_BY = SAYS_NOT_ALL_DEALINGS
    SETTING = EVERY_DEALING
    WHOLE_ORDER = True


class SubsidyAloneAsks(MarkedAsk):
    """Which passages say a form — a subsidy here — does not make 協働, for a message asking whether it does."""

    ANSWERED_BY = SAYS_FORM_IS_NOT_ENOUGH
    SETTING = SUBSIDY_ALONE
