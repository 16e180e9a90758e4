"""The office and its places: a contact (an address, a number, a link, a person to reach), which office is in charge,
where in the office's own systems something is done, what to write in a form's field, how the office drafts its
council answers and bulletin articles, and which other municipalities do something. The guidelines name their centres
and documents and say where to consult, but describe no office's systems or forms, give no address, number or link,
and name no other municipality's practice — only 千葉県 names the office to consult (holds_an_office).
"""

from __future__ import annotations

import re

from retrieval.search.decline.fact_asks.figures import ENGLISH_ASK_OPENS

# Where a place or a page is (「支援センターの住所と最寄り駅を教えて」「住所と代表電話を」「ダウンロード先URLを教えて」):
# the guidelines name their centres and documents, never an address, a number or a link. Only asked to be told — not
# whether to tell (「参加者の住所を団体に教えていい？」 is about personal data, which the guidelines treat) — and only of
# a place: 「電話するならどこの課」 asks which office, which they may say.
CONTACT_ASK = re.compile(r"(住所|所在地|電話番号|代表電話|直通電話|メールアドレス|メアド|url|最寄り?駅|ダウンロード先|申込先|申し込み先)"
                         # 「課の電話番号か担当者名、分かります？」 (tune156): one or the other asked
                         r"((と|か|や)、?[^、。?？]{0,10}?)?(を|って|は|も)?[^。?？に]{0,4}?"
                         r"((教|おし)えて(?!も?(いい|良い|大丈夫|構わ))|知りたい|分かる|わかる|分かります|わかります|ほしい|欲しい|ありますか|どこ"
                         # 「窓口の電話番号と担当班の名前は何ですか」 (tune145)
                         r"|何(です|でしょう|だっけ))")
# A phone extension asked for in English is such a number.
ENGLISH_CONTACT = re.compile(r"\bphone extension|\bextension number")
# An English ask for who the contact person is ("Which department … is in charge of the 協働指針, and who is the
# contact person?", tune155) asks for a person to reach, which no text holds even of a named guideline — not the
# contact point (an office, a desk: 千葉県 names its 県民生活課, tune173). It opens as the English bare asks do.
ENGLISH_CONTACT_PERSON = re.compile(ENGLISH_ASK_OPENS + r"(who's the contact|who is the contact)\b"
                                    r"(?!\s+(point|office|desk|window)\b)")
# Which office is in charge (「網走市役所で協働を担当してる課ってどこですか」, "In Abashiri, which section is in charge of the
# 地域協働 guideline"): a city's office names are no guideline's content — only 千葉県 names the office to consult
# (holds_an_office). Scanned over every set and the calibration first: every question it reads is one to decline.
OFFICE_ASK = re.compile(r"(担当|所管|窓口)(してる|している|の|する)?(課|部署|部局)(って|は)[^。?？]{0,4}(どこ|何課|どの課)"
                        r"|(担当|所管)(してる|している|する)課の(名前|名称)"
                        r"|(どこの課|何課|どの課|どの部署)(が|で)[^。?？]{0,10}(担当|所管)"
                        # asked, not told: "In Kodaira, which section handles …", not "I never know which section handles"
                        # "Which department in Osaka City is in charge of …" (tune155): the city between
                        r"|(^|[,;:>]\s*|\band\s+)which (section|division|department|office)s? (in [a-z' ]{1,25}? )?((is|are) (in charge|responsible)"
                        r"|handles|deals with|oversees)\b")
# A named office (県民生活課), not an office by its part (担当課, 所管課) nor 課題.
OFFICE_NAME = re.compile(r"[\u4e00-\u9fff]{2,}(?<!担当)(?<!所管)課(?!題)")
# Where in the office's own systems something is done (「ロゴのデータってどこからダウンロードできますか」「予約ってどの
# システムから入れるんでしたっけ」「録画ってどこに保存されますか」): the guidelines describe no office system.
# 「どこに相談すれば」 is not one of these: the guidelines name where to consult.
OFFICE_WHERE = re.compile(r"(どの[^、。?？!]{0,8}?(システム|サービス|ツール|アプリ|フォーム)|どこ(から|で)(ダウンロード|入れ|入力|登録|申し込|予約)"
                          r"|どこに(保存|置い)|(申し込み|申込み?|予約)(は|って)?どこ(に|で|から))")
# A form's field named in quotes (「「収支予算」の欄には何を書けば」「「自己負担金」欄って…」) asks how to fill in that
# form, which no guideline says — unless the field is about 協働 itself (「「協働の検討」という欄に何を書けば」 asks
# how to think about 協働, and the guidelines answer).
QUOTED_FIELD = re.compile(r"「(?![^」]*協働)[^」]{1,12}」(の|って|という)?欄")
# Which other municipalities do something (「協働のまちづくり条例を制定している政令市ってどこがありますか」「…仕組みを入れて
# いる自治体ってどこ？」): the guidelines name no other municipality's practice. 「自治体でどこまで任せる？」 asks how far.
WHICH_PLACES = re.compile(r"(自治体|市町村|政令市|都道府県|他市|区市町村)(って|は|が|で)?(どこ|どれ)(?!まで|に|へ|から|を|で|か)")  # not 「どこまで任せる」
# The office's own paperwork for the council and the city's bulletin (「一般質問の答弁書の書式と決裁ルート」「答弁書の提出
# 締切」「市報の来月号の原稿締切」「入稿の締め切り」): how the office drafts, routes and files them is no guideline's, even
# asked beside 協働 — what to say of 協働 in an answer or an article is (「答弁で協働の意義をどう説明する？」 is not read).
# Scanned over every set and the calibration first: the 92 questions it reads are all to decline.
COUNCIL_AND_BULLETIN_ASK = re.compile(r"答弁書[^。?？]{0,12}(書式|様式|フォーマット|締切|締め切り|提出期限|提出先|決裁)"
                                      r"|(原稿|入稿)(の)?(締切|締め切り|期限|方法)|入稿の")


def holds_an_office(text: str) -> bool:
    """The passage names an office (OFFICE_NAME): 千葉県's names 県民生活課 as the place to consult on 協働."""
    return bool(OFFICE_NAME.search(text))
