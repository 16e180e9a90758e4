"""The passage on judging a partner's capacity, for a question asking how to tell whether a group can do the work:
「組もうとしている団体がどこまでやれるのか、何を見て判断したらいい？」 asks what 網走市 sets out under 「協働相手の選定の
際に留意する事項」 — 「<市民団体の力量> ①活動内容、活動実績 ②事業の遂行能力 …」, and for a new group 「多様な経験を
幅広く評価していく」.

The question's words (団体, 判断, 見る) stand in every passage on choosing projects and partners, so the reranker puts
網走市's 協働のポイント (which projects suit) or 千葉県's fairness in choosing first. When an asking sentence asks what
to look at in the group itself (力量, 実力, ちゃんとやれる, どこを見れば, 審査項目, capacity), among the passages ranked
nearest the top the first on a group's capacity goes first. Whether the project suits 協働 (向いている, ふさわしい) or
what a 後援 request needs is another question, and no such ask.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

# what to look at in the group itself — not in the project (向いている) nor in a request for 後援 or 名義
CAPACITY_ASK = re.compile(
    r"^(?!.*(?:向い|向き|ふさわし|適し|べきもの|切り替え|後援|名義|連絡先))"
    r".*(?:力量|実力|審査(?:項目|シート|で[^。?？]{0,10}(?:見|評価))|書類審査"
    r"|(?:団体|相手|グループ|npo|サークル|ところ)[^。?？]{0,25}"
    r"(?:ちゃんとやれる|こなせる|やれる|信頼でき|どこを見|何を見|どこをチェック|確認すれば|見極め)"
    r"|\b(?:capable|capacity|solid enough|reliable enough|track record|vet)\b)")
# 「<市民団体の力量>」, 「多様な経験を幅広く評価していく」
ON_CAPACITY = re.compile(r"市民団体の力量|多様な経験を幅広く評価")


class CapacityAsks(MarkedAsk):
    """Which passages set out how to judge a partner's capacity, and which goes first for a question asking it."""

    ASK = CAPACITY_ASK
    ANSWERED_BY = ON_CAPACITY


# A partner's books asked about while choosing it: 「協働相手を決める前に、団体の決算書とか財務関係の書類も確認したほうが
# いい？」 "What should we check about their accounting and organisation?" ask what 網走市 lists among the points of
# choosing a partner — 「④組織体制、組織運営(財政状況等)」 — where 北九州市's training in NPO accounting (support for groups'
# management) held the same words and went first. Whether a group without legal personality may be a partner
# (任意団体, 法人格: 小平市's actors), or a named guideline's own words, is another question; so are the accounts of a
# grant, a fee or a report (補助金, 委託料, 実績報告, 収支) and training groups in bookkeeping.
PARTNER_FINANCES = re.compile(
    r"^(?!.*(?:研修|支援|補助金|委託料|実績報告|収支|任意団体|法人格|小平|kodaira))"
    r"(?=.*(?:財務|会計|決算|お金の管理|経理|財政状況|\bbookkeeping\b|\baccounting\b|\bfinances\b"
    r"|\bfinancial (?:state|health|condition|footing)))"
    r"(?=.*(?:相手|候補|団体を(?:選|決め)|\bpartner|\bgroups?\b))", re.S)
CHECKED = re.compile(r"確認|見|チェック|\bcheck|\bexpect|\bneed|\bshould|\blook at\b")
# 網走市 「④組織体制、組織運営(財政状況等)」
LISTS_FINANCES = re.compile(r"組織運営\(財政状況等\)")


class PartnerFinancesAsks(MarkedAsk):
    """Which passage lists a partner's finances among the points of choosing it, and when it goes first."""

    ASK = CHECKED
    ANSWERED_BY = LISTS_FINANCES
    SETTING = PARTNER_FINANCES


# What a group must have to be a partner at all: 「協働の相手になる団体って、最低限どんな条件を満たしてればいいの？」
# "What qualities should a group have to be considered a suitable collaboration partner?" ask what 小平市 sets out under
# 協働の主体 — 「自発性や自立性、事業における公益性や非営利性、適正な会計処理、事業実施の力などを備えている」 — where the
# question's words (団体, 条件, 相手) stand as thick in the passages on how to choose one. Criteria or requirements in
# English are as often a selection's or an open call's, and qualities a group looks for in a partner are the groups' own
# wishes (what_partners_want): only qualities a group should or must have.
CONDITIONS_ASK = re.compile(
    r"^(?=.*(?:相手|団体|パートナー|npo|グループ|\bpartner|\bgroup|\borgani[sz]ation))"
    r"(?=.*(?:(?:どんな|どういう|何を|最低限)[^。?？]{0,12}(?:条件|資格|要件|備え|満たし)|\bqualities (?:should|must)\b))")
SETS_OUT_CONDITIONS = re.compile(r"適正な会計処理、事業実施の力などを備えている")


class PartnerConditionsAsks(MarkedAsk):
    """Which passage sets out what a group must have to be a partner, and which goes first for a question asking it."""

    ASK = CONDITIONS_ASK
    ANSWERED_BY = SETS_OUT_CONDITIONS
