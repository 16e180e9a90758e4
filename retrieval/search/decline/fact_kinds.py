"""The kinds of fact the grammar of a question declines by (the fact_asks package, places.py) — each with the why
shown to staff. No decline.yaml line holds them: `kyodo check` and `kyodo gaps` tell them from decline.yaml's kinds by
GRAMMAR_KINDS."""

from __future__ import annotations

from dataclasses import dataclass

from retrieval.knowledge.models import DeclineKind


@dataclass(frozen=True)
class Found:
    """A decline kind and the words of the question that show it."""

    kind: DeclineKind
    phrase: str


BARE_FACT = DeclineKind(
    "担当者・金額・時刻", "指針には個別の担当者・金額・時刻はありません（いつ・誰が決めるかという考え方は扱います）。", ())
ONE_INSTANCE = DeclineKind("今年・次回の個別の事柄", "指針には今年の受賞団体や次回の日程のような個別の事柄はありません。", ())
CURRENT_STATUS = DeclineKind("今の状況", "個別の申請や計画が今どうなっているかは指針にはありません。", ())
GROUP_COUNT = DeclineKind("団体の数", "指針には市内の団体・自治会・法人の数はありません。", ())
CITY_STATISTIC = DeclineKind(
    "市の統計", "指針には市の人口や自治会の加入率のような統計の数字はありません（人口減少や地域のつながりの変化という背景は扱います）。", ())
BUDGET_AMOUNT = DeclineKind(
    "予算の額", "指針には、市や県が協働事業にいくら予算をつけているかという金額はありません（経費をどう分担するかは扱います）。", ())
POSTS_COUNTED = DeclineKind("配置の人数", "指針には推進員や担当職員を何人置くかという人数はありません（誰が担うか・どんな体制にするかは扱います）。", ())
EVENT_DATE = DeclineKind("出来事の日付", "指針には、施設の開設や文書の策定・公表、会議の開催の日付はありません。", ())
LAW_SOURCE = DeclineKind("法令の条文・判例", "指針は法令の条文・判例や、法的な効力の判断を扱っていません（責任や役割の分担の考え方は扱います）。", ())
FORM_FIELD = DeclineKind("書類の欄の書き方", "指針は申請書や報告書の欄に何を書くかを定めていません（協働で何を取り決めるか・経費をどう分担するかは扱います）。", ())
POST_HOLDER = DeclineKind("今その役にいる人", "指針には委員長や推進員など、今その役に誰が就いているかはありません（誰が担うべきかという考え方は扱います）。", ())
CONTACT = DeclineKind("施設・窓口の連絡先", "指針には施設や窓口の住所・電話番号・URLはありません。", ())
OFFICE_IN_CHARGE = DeclineKind("協働の担当課", "指針には、市役所のどの課が協働を担当しているかはありません（庁内の推進体制の考え方は扱います）。", ())
LIMIT = DeclineKind("上限・割合の決まり", "指針には補助や契約の上限・割合・年数、手続きにかかる日数の決まりはありません（期限や経費の分担の考え方は扱います）。", ())
SURVEY_DETAIL = DeclineKind("調査の時期・人数", "指針は意識調査の割合を挙げるだけで、いつ・何人に聞いたかは書いていません。", ())
OTHER_PLACES = DeclineKind("ほかの自治体の取り組み", "指針は、ほかのどの自治体が何をしているかを挙げていません。", ())
COUNCIL_AND_BULLETIN = DeclineKind(
    "議会・広報の事務",
    "議会の答弁書の書式・締切・決裁や、市報の原稿の締切・入稿のしかたは庁内の事務で、指針にはありません（議会や市報で協働をどう説明するかは扱います）。",
    ())
OFFICE_SYSTEM = DeclineKind("庁内のシステムの使い方", "庁内のシステムやファイルの場所・使い方は指針にはありません。", ())
PLANNED_DOCUMENT = DeclineKind(
    "指針が作るとしている文書の中身",
    "指針が作るとしている文書（チェックシート、職員用のマニュアル、【実践編】）の中身は kyodo にありません（何のための文書かは指針にあります）。",
    ())
AFTER_ISSUE = DeclineKind(
    "指針より後の年", "指針は発行された年より後のこと（その後の計画・件数・予算）を書いていません（指針の考え方は今も読めます）。", ())
OTHER_MUNICIPALITY = DeclineKind(
    "収録していない自治体", "この自治体の指針は kyodo に入っていません。入っている指針の考え方を知りたいときは、自治体名を外して聞いてください。", ())

# 協働ロボット, 病診連携: 協働・連携・協力 in a compound the knowledge never makes (KyodoCompounds), whether or not
# decline.yaml lists it — what the asker is told when nothing else in the question is a topic of the guidelines
ANOTHER_SENSE = DeclineKind(
    "別の意味の協働・連携・協力", "ここでの「協働」「連携」「協力」は、行政と市民・団体の協働とは別の意味のようです。", ())

# the kinds these grammar rules decline by: no decline.yaml line holds them (kyodo check says so)
GRAMMAR_KINDS = frozenset({BARE_FACT.kind, ONE_INSTANCE.kind, OFFICE_SYSTEM.kind, ANOTHER_SENSE.kind, LAW_SOURCE.kind,
                           FORM_FIELD.kind, OTHER_MUNICIPALITY.kind, GROUP_COUNT.kind, POST_HOLDER.kind, CONTACT.kind,
                           LIMIT.kind, EVENT_DATE.kind, CURRENT_STATUS.kind, OTHER_PLACES.kind, SURVEY_DETAIL.kind,
                           POSTS_COUNTED.kind, OFFICE_IN_CHARGE.kind, PLANNED_DOCUMENT.kind, AFTER_ISSUE.kind,
                           CITY_STATISTIC.kind, BUDGET_AMOUNT.kind, COUNCIL_AND_BULLETIN.kind})
# Facts no guideline's text holds even about itself, its city or what it names: where to reach a place or a page, who
# holds a post, when something opened or was published, how far it has got, this year's or the next one (written
# years before, a guideline cannot know 「今年度はどの団体の提案が採択されたか」), when a survey was done and how many
# answered, the cap, floor or term a rule sets (Kodaira's costs 「協議された割合で負担」 give no figure; no guideline gives
# one), which office is in charge (only 千葉県 names one, its 県民生活課: topic_evidence asks the passage), what a
# document the guideline only plans holds, a statistic of its city, what it budgets (no source holds a sum of money),
# how its office drafts council answers and bulletin articles, an article, a ruling or a question of law (no source
# cites one or answers one, as decline.yaml's law kind holds even of a named guideline). Naming a guideline does not
# make them its content.
NEVER_IN_TEXT = frozenset({CONTACT.kind, POST_HOLDER.kind, EVENT_DATE.kind, CURRENT_STATUS.kind, ONE_INSTANCE.kind,
                           SURVEY_DETAIL.kind, POSTS_COUNTED.kind, LIMIT.kind, OFFICE_IN_CHARGE.kind,
                           PLANNED_DOCUMENT.kind, CITY_STATISTIC.kind, LAW_SOURCE.kind,
                           BUDGET_AMOUNT.kind, COUNCIL_AND_BULLETIN.kind})
