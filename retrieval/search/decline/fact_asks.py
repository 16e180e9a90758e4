"""Which kind of fact a sentence asks for by its grammar alone — no decline.yaml line holds these readings.

「委員長はどなたですか」 ends on the bare fact it wants; 「今年度の受賞団体を教えて」 asks for this year's one;
「どのシステムから入れる？」 for the office's own systems; 「地方自治法232条の2」 for an article of a law; 「「収支予算」の
欄」 for a form's field; 「いつ頃策定される予定」 for the date of one event; 「座長はどなたが務めている」 for who holds a
post; 「住所と最寄り駅を教えて」 for where a place is; 「最長何年まで」 for a local rule's cap. Each reading has a DeclineKind with a why
shown to staff (fact_kinds.py), and `kyodo check` and `kyodo gaps` tell them from decline.yaml phrases by
GRAMMAR_KINDS. The readings are narrowed where a probe staff would plausibly ask was refused; those probes are tests
(tests/retrieval/test_abstain.py).
"""

from __future__ import annotations

import re

from retrieval.search.decline.fact_kinds import (
    BARE_FACT,
    CONTACT,
    CURRENT_STATUS,
    EVENT_DATE,
    FORM_FIELD,
    GROUP_COUNT,
    LAW_SOURCE,
    LIMIT,
    NEVER_IN_TEXT,
    OFFICE_IN_CHARGE,
    OFFICE_SYSTEM,
    ONE_INSTANCE,
    OTHER_PLACES,
    PLANNED_DOCUMENT,
    POST_HOLDER,
    POSTS_COUNTED,
    SURVEY_DETAIL,
    Found,
)
from retrieval.search.question.analyzer import Analysis

KNOWING = {"知る", "教える", "分かる", "判る", "聞く", "確認", "調べる", "知れる"}


# An interrogative that is itself what the sentence ends on — 「委員長はどなたですか」「報酬って日額いくらだっけ」
# 「閉館は何時？」 — asks for the bare fact: a person, an amount, a time. The guidelines hold none. いつ, どこ and 誰
# are left out: 「協働の相手って誰？」「始めるタイミングはいつ？」「違いってどこ？」 are the guidelines' questions.
BARE_INTERROGATIVE = re.compile(
    r"(どなた|いくら|幾ら|何時|何日)(頃|ごろ)?(なん)?(です|でしょう|でした|だ|なの)?"
    r"(っけ|か|かな|かね|の)?[?!。.…\s]*$")
# The same asks in English begin the sentence or follow "and": 「When is the next meeting?」「What's the current membership
# rate?」「How often does … meet, and when is the next one?」 (「who is the main actor」「when should we」 are the guidelines'
# questions).
ENGLISH_ASK_OPENS = r"(^|[>:]\s*|\band\s+)"
ENGLISH_BARE = re.compile(ENGLISH_ASK_OPENS + r"(when is the next|what is the current|what's the current|how much is it)\b")
# ... and who the contact person is ("Which department … is in charge of the 協働指針, and who is the contact person?",
# tune155): a person to reach, which no text holds even of a named guideline — not the contact point (an office, a
# desk: 千葉県 names its 県民生活課, tune173)
ENGLISH_CONTACT_PERSON = re.compile(ENGLISH_ASK_OPENS + r"(who's the contact|who is the contact)\b"
                                    r"(?!\s+(point|office|desk|window)\b)")
# 「Who is the 協働推進員 for our division this year?」: who, when or where of this year's or this month's one, or of
# the one right now ("Who is the designated … officer in the health and welfare department right now?") —
# as 今年の … 誰 in Japanese, and never a how-to (「who should review it this year」 is the guidelines' question).
ENGLISH_INSTANCE = re.compile(r"(^|[>:—-]\s*)(who is|who's|when is|when will|when does|where is|how many|which days?|what date)\b"
                              r"(?!.*\b(should|how)\b)"
                              r".*\b((this|next|last) (year|month|week)|right now|at the moment)\b")
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
# ... and only when the sentence asks who, when, where, how many, or how it stands — not how to do it
# (「今年の協働事業をどう評価すればいい？」「次回の審議会で発言してもらうには？」 are the guidelines' questions).
INSTANCE_ASK = re.compile(r"(誰|だれ|どなた|いつ|どこ|何人|何件|何回|どうなって|分かります|わかります|分かる人|知ってる人|確認)")
# Asking to be shown or told the instance itself (「今年度の受賞団体を教えてください」「今年の推進員の名簿を見せて」) is
# the same ask — this fiscal year's too — unless the sentence asks for a way, a point or an example (「今年度の協働事業の
# 進め方を教えて」「今年の評価のポイントを知りたい」), which the guidelines hold.
SHOW_ME = re.compile(r"(教えて|見せて|知りたい)")
# (「昨年度の協働研修の受講者数を教えてください」, tune184: last year's one as much)
THIS_YEAR = re.compile(r"(今年度?|昨年度?|前年度|去年)の")
HOW_LIKE = re.compile(r"([ぁ-ん]方|仕方|方法|ポイント|注意|留意|コツ|考え|事例|進め|どう)")  # 選び方, 仕方 — not 地方
HOW_TO = re.compile(r"(べき|ばいい|ばよい|たらいい|たらよい|には[?？]?$|気をつけ|注意|どう対応|どう進め)")
# How far one case has got: 「審査結果ってもう出てます？」「いまどこで止まってるか分かります？」「もう承認されてるか」
# 「もう決裁おりてますか」「もう承認されたか分かりますか」.
# "Has their application been approved yet?", "Has Osaka City actually published the 【実践編】 … yet?", "Did our 協定書
# … get signed by the mayor yet?"
ENGLISH_HOW_FAR = re.compile(r"\b(approved|accepted|selected|rejected|processed|published|released|issued|signed|finali[sz]ed"
                             r"|concluded|opened)\b"
                             r"[^?.]{0,40}\byet\b"
                             # "Did Kodaira's … committee actually get set up", "Did Osaka ever actually publish the 実践編"
                             r"|\b(did|has|have)\b[^?.]{0,60}\b(ever |actually )+(get |been )?(publish|published|open|opened"
                             r"|set up|launch|launched|release|released|established|happen|happened)\b")
# How far one case has got, or whether it has happened yet: the guidelines, written before, never know.
# 「実践編って、もう策定されたんでしょうか？」: whether one thing has happened yet
DONE_YET = re.compile(r"もう[^。?!、]{0,15}(された|できた|出た|決まった|通った|終わった|おりた|下りた|おりました|下りました"
                      r"|完成した|完成しました|提出した|提出しました)"  # 「もう完成しましたか」「もう実績報告書を提出しましたか」
                      r"((んでしょうか|んですか|んでしたっけ|でしたっけ|の|か)?\s*[?？]|か(どうか)?(分か|わか|知))"
                      # 「審査通ったかどうか分かります？」「審査がどうなったか分かりますか」: how one application came out, asked
                      # whether known
                      r"|(審査|承認|採択|交付決定)[^。?？、]{0,4}(通った|どうなった|終わった|おりた|下りた)か(どうか)?(分か|わか|知)"
                      # 「支援センターって、実際に予定どおり開設されたんですか」 (tune160): whether a plan came true
                      r"|予定(どおり|通り)[^。?？]{0,6}(され|でき|開設|完成|開館|オープン|策定)[^。?？]{0,4}(たん|ました|た)"
                      r"(です|でしょう)?か?\s*[?？]")
HOW_FAR = re.compile(r"(もう|まだ|いま|今)(?![年月週日後回度])[^。?!、]{0,15}(されて|出て|決まって|通って|終わって|進んで|止まって|届いて"
                     # 「北九州市の職員用協働マニュアルはもう完成していますか」「実践編はもう策定済みですか」 (tune135)
                     r"|おりて|下りて|完成して|済みです"
                     # 「【実践編】はもうできあがっていますか」「もうできてるんでしょうか」 (tune157, tune161)
                     r"|できあがって|出来上がって|できて"
                     # 「市民みらい創造プラザって、もうオープンしてますか」 (tune165)
                     r"|オープンして|開館して|開所して"
                     # 「職員用協働マニュアルって、もう完成して配られてますか？」「もう完成していますか。どこで読めますか。」
                     # (tune107, tune144): handed out, and a question closed by 。
                     r"|配られて)"
                     # 「もうできてるんでしょうか」「もう完成して配られているんですか。」 (tune157)
                     r"(い)?(る|ます)?(ん|の)?(です|でしょう)?(か\s*。|(か)?\s*([?？!]|$|か?(分か|わか|確認|教え|知)))")
# Whether a document was changed after a date (「指針って、平成29年以降に改訂されてますか」): what happened after a guideline was
# written is not in it.
# "Has Abashiri revised its 地域協働の指針 since it was first published" (tune139) asks the same in English.
# Whether it was revised at all, asked (「網走市の指針って平成29年のあとに改訂されました？」, tune161): no guideline speaks of
# its own revision — 改訂 and 改定 stand in no source — so the answer is what happened after it was written.
CHANGED_SINCE = re.compile(r"(以降|以後|その後)(に|で)?[^。?？、]{0,8}(改訂|改定)(され|し)(て|た)"  # 「その後改訂されて新しい版が出ていたり」
                           # (「…これまで何回改訂されていますか」, tune182: asked with no question mark)
                           r"|(改訂|改定)(され|し)(て(い)?(る|ます)|ました|た)(ん|の)?(です|でしょう)?(か?\s*[?？]|か\s*。?\s*$)"
                           # 「平成29年に出たあと改定されたことはありますか」「平成29年のあとに改訂版って出てる？」 (tune179-180)
                           r"|(改訂|改定)(され|し)たこと(は|が|って)?(あり|ある)"
                           r"|(改訂|改定)版(って|は|が)?[^。?？]{0,6}(出て|出た|ある|あります|でき)"
                           r"|\b(revised|amended|updated)\b[^?.]{0,40}\bsince\b")

# What came of the guideline once published (「網走市で指針が出たあと、協働事業の件数は実際どのくらい増えたんでしょうか」,
# tune183): the guideline, written before, cannot say what followed it.
SINCE_PUBLISHED = re.compile(r"(指針|方針|ガイドライン|マニュアル)(が|を)?[^。?？、]{0,6}?(出|でき|策定され|策定し|公表され|作られ|作っ)"
                             r"(た|て)(あと|後|以降|から)[^。?？]{0,30}?(増えた|減った|変わった|どうなった|進んだ|伸びた"
                             # 「指針ができたあと年に何回開かれてきたの」「作ったあと、件数が実際に何件まで」 (tune190): counted since
                             r"|何回|何件|いくつ)(?!ら)")
# Whether what a guideline planned came about (「【実践編】って、その後ちゃんと完成したんですか」「結局完成したんですか」
# 「実際に策定されたんですか」, tune187-190): written before, it cannot say.
PLAN_CAME_TRUE = re.compile(r"(その後|結局|実際に?)[^。?？、]{0,10}?(完成|策定|設置|開設|オープン|公表|設立)(し|され)"
                            r"(た(ん|の)(です|でしょう)?か|ましたか)")
# How one application stands now (「提案書を出したのですが、審査はいまどういう状況ですか」「後援名義の申請、今どういう状況か
# 確認できますか」, tune184-185): one case's progress, which no guideline knows.
CASE_NOW = re.compile(r"(審査|申請|手続き?|承認|決裁|採択|交付|査定)[^。?？]{0,12}?((いま|今|現在)(は|って)?、?((どういう|どんな|どの)"
                      r"(状況|状態|段階)|どうなって)"
                      # 「提案、審査はどこまで進んでますか」「財政課の査定は今どうなってますか」 (tune186-187)
                      r"|どこまで進んで)")

# How many groups there are (「網走市には町内会っていくつあるんですか」「市内に自治会って全部でいくつある？」): what is counted is a
# group — the noun before いくつ ends in 会, 団体, 法人 … — and a count of the city's groups is a statistic the guidelines
# never give; 「原則はいくつ」「協働の形態はいくつある」 count what the guidelines set out, and answer.
GROUPS_COUNTED = re.compile(r"(会|団体|法人|組織|クラブ|サークル|npo|NPO|自治体|市町村)(は|って|が|の数は)?、?"
                            r"(全部で|全体で|合わせて|市内で|全国で)?(今|いま)?(いくつ|幾つ|何個)(?![もか])"
                            # 「協定を結んでいる自治体はどのくらいあるんですか」 (tune143): how many there are
                            r"|(自治体|市町村)(は|って|が)?(全国で|全部で)?(どのくらい|どれくらい|どれぐらい)(ある|あり)")


# Where in the office's own systems something is done (「ロゴのデータってどこからダウンロードできますか」「予約ってどの
# システムから入れるんでしたっけ」「録画ってどこに保存されますか」): the guidelines describe no office system.
# 「どこに相談すれば」 is not one of these: the guidelines name where to consult.
# When something is scheduled or was done by others (「次の計画っていつ頃策定される予定ですか」「実践編はいつ公表され
# ましたか」「フェスティバルって毎年何月に開催してますか」) asks for the date of one event; 「いつ決めればいい？」 asks
# how to plan, and いつも is "always". A notice or a result arriving (「交付決定通知って、例年だと何月ごろに届きますか」
# 「審査結果はいつ出るのか」) is one event too; of every set's questions, the 78 read ones that ask so are all to decline.
WHEN_SCHEDULED = re.compile(r"(いつ(?!も)|何月)(頃|ごろ|から|まで)?[^。?？!]{0,20}(予定|され|公表|開催|行われ|始ま|届|決まる|決まり|発表"
                            r"|やって(る|い))"  # 「まなび塾フェスティバルって例年何月ごろやってる？」 (tune144)
                            # 「人事異動の内示っていつ頃出ますか」 (tune186, tune190, tune192): when the notice comes
                            r"|(通知|結果|締切|締め切り|支払|振込|入金|内示)(は|って|が)[^。?？]{0,8}(いつ|何月)")
# So does the date an event happened on (「何年何月にオープンしたんですか」「オープンはいつなの？」「何年度に策定された
# ものですか」): 何年何月 names a day in the calendar, and opening, founding or publishing is one event.
EVENTS = "オープン|開設|開館|開所|策定|公表|設立|発足|施行|完成|発行|改定|改訂"
WHEN_HAPPENED = re.compile(rf"何年何月|(何年度?|いつ)(に|頃|ごろ)?[^。?？、]{{0,8}}({EVENTS})(し|さ)|(何年度?|いつ)(に|頃|ごろ)?出(た|され)"
                           # 「次に改定されるのはいつ頃になりそう」 (tune187): the next one as well
                           rf"|({EVENTS})(した|された|される)?(の)?(は|って)[^。?？]{{0,6}}(いつ|何年|何月)"
                           rf"|({EVENTS})(した|された)(日付|年月日|日にち)"  # 「公表された日付も分かれば」
                           # 「策定年月が知りたいです」「最新版の日付を知りたいです」 (tune135)
                           rf"|({EVENTS})(年月日?|日付)(が|は|を|って)|最新版の(日付|発行日)|最新版(が|は|って)いつ"
                           # 「何年度版が最新ですか」 (tune162): which year's edition
                           r"|何年度?版"
                           # 「実践編って、公表日はいつでしたっけ」 (tune137)
                           rf"|({EVENTS})日(は|って)[^。?？]{{0,6}}(いつ|何年|何月)")
# ... but what a plan was, as recorded (「支援センターはいつ開設される予定になってた？」「いつ本格的に開設されることに
# なっていましたか」), asks what a guideline wrote: 小平市's sets out when its centre was to open. Three helpers writing
# blind asked it so.
AS_PLANNED = re.compile(r"((予定|こと)(に|と)?なって(い)?(た|ました)|予定(だった|でした))(?!っけ)")
# With a city whose guideline the knowledge holds named, a plan asked about at all is the plan it recorded (「小平市の
# 市民活動支援センターはいつ本格的に開設する予定になっていますか」) — unless the next or this year's one is asked
# (「網走市総合計画の次の計画って、いつ頃策定される予定ですか」).
A_PLAN = re.compile(r"予定(?!日)")
NEXT_ONE = re.compile(r"次の|次回|今年|来年|今度|今後")


# A year as the guidelines write one (「平成22年度に…本格的に開設します」): a plan's date is in a passage only so.
A_YEAR = re.compile(r"(?:平成|令和|昭和)[0-9元一二三四五六七八九十]+年|[0-9]{4}年|[0-9]+年度")
# How many people are put in a post (「協働推進員って、各課に何人置くことになってるんですか」「各区には担当職員が何人配置
# されていますか」): no guideline counts its officers, though all say who takes the part; 「何人置けばいい？」 plans, and is
# no fact (a how-to: LATER_READINGS).
POSTS_COUNT = re.compile(r"何[人名](くらい|ぐらい|ほど|ずつ)?(を|が)?(置|配置|任命|選任|指名|登録)")


# A year as staff write it: 平成22年度, 令和5年, 2018年度以降, fiscal 2022, FY2023 (the text is already NFKC-normalised).
YEAR_WRITTEN = re.compile(r"(昭和|平成|令和)\s*([0-9]+|元)\s*年|(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")
ERA_START = {"昭和": 1925, "平成": 1988, "令和": 2018}


def years_written(text: str) -> list[int]:
    """The years a text names, in the western calendar."""
    years = []
    for match in YEAR_WRITTEN.finditer(text):
        if match.group(1):
            years.append(ERA_START[match.group(1)] + (1 if match.group(2) == "元" else int(match.group(2))))
        else:
            years.append(int(match.group(3)))
    return years


def recorded_plan(sentence: str) -> bool:
    """The sentence asks when something was planned, not when the next one is: of a named city, its guideline's plan."""
    return bool(A_PLAN.search(sentence)) and not NEXT_ONE.search(sentence)


def holds_an_office(text: str) -> bool:
    """The passage names an office (OFFICE_NAME): 千葉県's names 県民生活課 as the place to consult on 協働."""
    return bool(OFFICE_NAME.search(text))


def holds_a_year(text: str) -> bool:
    """The passage gives a year (A_YEAR): Kodaira's plan dates its centre, while Kitakyushu's names its plaza
    (（仮称）「市民みらい創造プラザ」) with no date, so asking when the plaza opens asks a date no guideline holds."""
    return bool(A_YEAR.search(text))


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
# A question of law — whether something is lawful, binding or an administrative act (「協定書に法的拘束力って
# あるんですか」「交付決定って行政処分にあたる？」"Can a 自治会 legally force residents to join?"). Asked beside a ruling
# (LAW_REFERENCE), it is the ruling's matter: the guidelines hold neither.
LAW_QUESTION = re.compile(r"法的|法律上|行政処分|拘束力|違法|合法|\blegal(ly)?\b|\bbinding\b|\bunlawful\b|\billegal\b")


def asks_the_law(sentence: str) -> bool:
    """The sentence asks a question of law (LAW_QUESTION)."""
    return bool(LAW_QUESTION.search(sentence))


# A form's field named in quotes (「「収支予算」の欄には何を書けば」「「自己負担金」欄って…」) asks how to fill in that
# form, which no guideline says — unless the field is about 協働 itself (「「協働の検討」という欄に何を書けば」 asks
# how to think about 協働, and the guidelines answer).
QUOTED_FIELD = re.compile(r"「(?![^」]*協働)[^」]{1,12}」(の|って|という)?欄")
# Who has a post now (「実行委員長って誰がやってるの？」「座長はどなたが務めているんですか」「今年度の協働推進員が
# 誰になっているか」): the guidelines say who should take a part, never who has it. The post ends in 長 or 員 (委員長,
# 推進員, 委員), and the verb says who holds it — 務めている, やってる, 指名されてる — or, with now or this year named,
# who is in it (「今の委員って誰がいるんですか」); 「協働推進員には誰がなっているの？」 alone asks what kind of staff, which
# 千葉県 says.
# 「評価委員会（第三者委員会）のメンバーって、どなたが務めているか」 (tune137): a body's members are its seats too
# (「委員長は、どの部の部長が務めていますか」 asks the same of the post's holder by which department)
HOLDS_POST = re.compile(r"(長|員|代表|メンバー)(って|は|が|に|の)?[^。?？]{0,8}?(誰|だれ|どなた|どの(?!よう)[^。?？]{1,8}?)(が|を|に)?"
                        r"[^。?？]{0,6}?"
                        r"(務めて|やって|指名さ|選ばれて|就いて|就任して|されて|お願いして)"  # 「どなたが委員をされているか」 (tune143)
                        r"|(長|員|代表)(って|は)(誰|だれ|どなた)だった"  # 「研究会の座長って誰だったか分かる？」
                        # 「委員長を務めているのはどの部署の部長ですか」 (tune148): the post first, the holder asked after
                        r"|(長|員|代表)を(務めて|やって)(い)?る(の|人)(は|って)(誰|だれ|どなた|どの)"
                        # 「推進委員会の委員って誰がなってるの？」 (tune183): a body's seats, as they are filled now
                        r"|(委員|メンバー)(って|は|に)?(誰|だれ|どなた)が(なって)")
# (どのような asks what kind, not which one: 「職員研修としては、どのような取り組みが示されていますか」, tune179)
# 「今年度は県民生活課だと誰が担当してるか」: who does it now, the post named anywhere
HOLDS_NOW = re.compile(r"(今年度?|今|いま|現在)[^。?？]{0,16}(誰|だれ|どなた)(が|を)?[^。?？]{0,6}(担当して|担当な[のん]|やって|務めて|なって)"
                       # 「今年度なってるのは誰？」「うちの課から登録されてるのって誰だっけ」: the same asked the other way round
                       r"|(今年度?|今|いま|現在|うちの)[^。?？]{0,20}(なって|やって|登録されて)(る|いる)の(って|は)(誰|だれ|どなた)"
                       # 「協働推進員のうち、子育て分野を担当しているのは誰ですか」 (tune178): who is in charge or serves,
                       # with or without a time word
                       r"|(担当して|務めて)(い)?る(の|人|方)(は|って)(誰|だれ|どなた)")
# 「実行委員長って誰ですか？」「担当課長は誰？」「プラザの担当者は誰？」: a head's post (or the person in charge) asked bare is
# asked for its holder (a post ending in 員, as in 「協働推進員って誰がなるの？」, may ask what kind of staff)
HEAD_BARE = re.compile(r"(長|代表|担当者)(って|は)(誰|だれ|どなた)(ですか|でしたか|だっけ|でしたっけ|なの|[?？]|$)"
                       # 「委員は何人で誰が委員長なの？」 (tune193): the same asked the other way round
                       r"|(誰|だれ|どなた)が(委員長|会長|座長|代表)(なの|です|でしょう|[?？]|$)")
# 「網走市の地域協働の指針を作った担当者って誰ですか」 (tune161): who wrote a document — no source names a person
MADE_BY = re.compile(r"(作った|作成した|策定した|書いた|まとめた)(担当者?|人|職員|方)(って|は)(誰|だれ|どなた)"
                     # 「指針を作った担当課の職員って誰ですか」「指針を実際に書いた担当職員の名前は？」 (tune186-187)
                     r"|(作った|作成した|策定した|書いた|まとめた)[^。?？、]{1,6}?(担当者?|職員)((って|は)(誰|だれ|どなた)|の(お)?(名前|氏名))"
                     # 「どの委員会の誰が中心になって作ったんですか」 (tune163)
                     r"|(誰|だれ|どなた)が[^。?？]{0,8}?(作った|作成した|策定した|書いた|まとめた)(?!ら)")  # not 作ったらいい
APPOINTED = re.compile(r"(誰|だれ|どなた)(が|を)?(指名|任命|選出|選任)され(て|た)")  # 「今年うちの部からは誰が指名されてますか」
# ... or asked bare (「今の委員って誰ですか？」); 「誰でもなれる？」 asks who may, which the guidelines say.
IS_IN_POST_NOW = re.compile(r"(今|いま|現在|今年|うちの)[^。?？]{0,16}(長|員|代表)(って|は|が|に|の)?[^。?？]{0,8}?"
                            r"(誰|だれ|どなた)(?!でも|か)(が|を|に)?[^。?？]{0,6}?(なって|いる|います|入って|担当して|です|でしょう|なの|[?？]|$)")
# ... and so does a person's name asked for (「担当している課長さんのお名前を教えてください」) — not the names of
# principles (「それぞれの名前も知りたい」).
NAME_ASK = re.compile(r"(さん|様|長|者|員|方)の(お)?(名前|氏名)(と[^、。?？]{0,10}?)?(を|は|って|が)?[^。?？に]{0,4}?"
                      r"(教えて(?!も?(いい|良い|大丈夫|構わ))|知りたい|分かる|わかる|分かります|わかります)")
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
ENGLISH_CONTACT = re.compile(r"\bphone extension|\bextension number")
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
# A named office (県民生活課), not an office by its part (担当課, 所管課) nor 課題
OFFICE_NAME = re.compile(r"[\u4e00-\u9fff]{2,}(?<!担当)(?<!所管)課(?!題)")
# How many there are now (「千葉県の協働推進員って今何人いるの？」): one year's count, as this year's one is.
COUNT_NOW = re.compile(r"(今|いま|現在)[^。?？]{0,6}(何人|いくつあ|いくつの|何か所|何カ所|何ヶ所)"  # 「現在いくつの協働事業が」
                       # 「今年度うちの市で実施している協働事業は全部でいくつありますか」 (tune128)
                       r"|(今年度?|今|いま|現在)[^。?？]{0,20}(全部で|合計で?)(いくつ|何件|何個)")
# The cap or share a rule sets (「上限いくら」「最長何年まで」「契約額の何割まで」): a figure of a local rule — the
# guidelines say to set a term and share costs, never how long or how much. 「外部委員を何人入れる決まり」 asks a count a rule
# sets; "Above what contract amount does a 委託 have to go through bidding?" a threshold.
LIMIT_ASK = re.compile(r"(最長|最短|最大|最高|最低|上限)[^。?？、]{0,4}(何|いくら|いくつ)|何割まで|何パーセントまで"  # 「構成団体は最低いくつ」
                       # a floor a rule sets: 「公募の市民委員を何割以上入れなければならない」 (tune142)
                       r"|何割以上|何パーセント以上"
                       r"|(何人|何名|何社)[^。?？]{0,10}(決まり|ルール|規定)"
                       r"|\b(above|below|under|over) what (contract )?(amount|sum|value)\b"
                       r"|\b(what's|what is) the (maximum|max|minimum|min|longest|shortest)\b|\bupper limit\b"
                       # "Is there a cap on how much subsidy …" (not "a limit to what we can ask of a 自治会")
                       r"|\b(is|are) there (a|any) (limit|cap|ceiling|maximum)s? (on|to|for) (how (many|much|long)"
                       r"|the (number|amount|size|sum|total))\b")
# How long a procedure takes (「NPO法人の認定を申請してから結果が出るまで、何か月くらいかかる」), how many sit on a body
# (「評価委員会は何人の委員で構成するのが標準」), how many years a designation runs (「指定期間は何年にするのが標準」):
# figures a law or a local rule sets, which no guideline gives (tune87, tune91, tune93). Each form was scanned over every
# read and fitted set and the calibration first: 19 questions, all to decline. (「何年ごとに評価するのが標準」 is left
# out: the guidelines' 時限性 answers how often to review.)
RULE_FIGURE = re.compile(r"(申請|認証|認定|審査|手続き?)[^。?？]{0,25}何(か月|ヶ月|カ月|週間|日)[^。?？]{0,10}かか"
                         r"|何(人|名)(くらい|ぐらい|程度)?(の委員)?で構成|(指定|契約)期間(は|って)[^。?？]{0,6}何年"
                         r"|何(人|名)の[^。?？]{0,6}(委員|審査員)で")  # 「審査は何名の審査委員で行われて」 (tune144)
# A named city's next plan (「網走市の2018年以降の次期総合計画では」「Abashiri's next 総合計画」「網走市総合計画の次の
# 計画って」「網走市の総合計画、2018年度からの次の計画では」): written before it, the guideline cannot hold it. The city
# comes first: 「次期総合計画の策定で…網走市の指針では」 asks what the guideline says, for the asker's own next plan.
NEXT_PLAN = re.compile(r"(市|県|'s)(の)?[^。?？、]{0,12}?(次期|次の|next)\s*(総合計画|基本計画|計画|plan)"
                       # 「網走市の総合計画、2018年度からの次の計画では」: the plan named, then its next one
                       r"|(市|県)の?(総合計画|基本計画)、[^。?？、]{0,14}?(次期|次の)(総合計画|基本計画|計画)")
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
# When a survey was done and how many answered (「北九州市の協働に関する市民意識調査、実施したのは何年で回答者数は何人だった？」
# 「いつ実施して何人が回答したものですか」): 北九州市's guideline gives a survey's shares (6割以上, 約3割), never its date or
# its size ("what was the response rate", 「何人から回答を得た」), and no other holds a survey at all.
SURVEY_ASK = re.compile(r"(調査|アンケート)[^。?？]{0,30}?((何人|何名)(が|に|を|から)?(回答|対象)|回答者数?(は|って)?(何|いく)"
                        r"|(いつ|何年度?)(に|頃|ごろ)?[^。?？、]{0,8}(実施|行)(し|さ|わ))"
                        r"|\bhow many (people|residents|respondents)\b[^.?]{0,40}\b(respond|answer|survey)"
                        r"|\bresponse rate\b|\b(last|this) year's survey\b"
                        # 「市民アンケートは、何人に配って回収率はどのくらい」 (tune163)
                        r"|回収率|回答率")
# What a document the guideline only plans holds (「小平市が作った「協働の取り組みのチェックシート」には、具体的にどんな
# チェック項目が並んでいますか」「職員用協働マニュアル、何ページぐらいのもの」「【実践編】に載っている評価シートの
# 評価項目と配点」): 小平市's check sheet, 北九州市's staff manual and 大阪市's 【実践編】 are each a line saying it will be
# made, so its items, pages and contents are no text's — what it is for is (「何のためのものか」 names no contents). Scanned
# over every set and the calibration first: the four questions it reads are all to decline.
PLANNED_CONTENTS = re.compile(r"(チェックシート|協働マニュアル|実践編)」?】?(には|に載って(い)?る|の|、)[^。?？]{0,16}?"
                              r"(項目|配点|何ページ|実物|中身|目次)")
# Which other municipalities do something (「協働のまちづくり条例を制定している政令市ってどこがありますか」「…仕組みを入れて
# いる自治体ってどこ？」): the guidelines name no other municipality's practice. 「自治体でどこまで任せる？」 asks how far.
WHICH_PLACES = re.compile(r"(自治体|市町村|政令市|都道府県|他市|区市町村)(って|は|が|で)?(どこ|どれ)(?!まで|に|へ|から|を|で|か)")  # not 「どこまで任せる」
# The same asks in English (tune99, all English, declined 27 of 50 at its first run; each pattern scanned over every
# read and fitted set and the calibration first): who holds a post or sits on a body now, who won or was selected, a
# count now or of one fiscal year, the month or year an event happened or is scheduled, or its release date (tune103)
# — never when the sentence asks how or what should be (ENGLISH_HOW_TO), and "when was it supposed to open" or "when
# was Kodaira planning to open it" is what Kodaira's guideline planned ("when is the planned plaza scheduled to open"
# is not).
ENGLISH_HOW_TO = re.compile(r"\b(should|how (do|can|to|could|would))\b")
ENGLISH_POST = re.compile(r"\bwho('s| is| are| was) (currently |now )?(the )?(current )?"
                          r"(director|chair|chairperson|head|members?|officer|manager|leader|person in charge|mayor"
                          r"|contact person|point of contact)\b"
                          r"|\bwho (currently )?(chairs|heads|sits on)\b|\bwho('s| is| are) (currently|now) in charge\b"
                          r"|\bwhich staff member\b|\bwho are the members\b|\bwho (chaired|headed)\b"
                          r"|\b(what's|what is|what was) the name of the (professor|person|chair(person)?|director|head"
                          r"|official|officer|manager|staff member)\b")
ENGLISH_CHOSEN = re.compile(r"\bwho won\b"
                            r"|\bwhich (projects?|groups?|organi[sz]ations?|npos?) (were|was)"
                            r" (selected|chosen|adopted|awarded)\b"
                            r"|\bwhich (npo|group|organi[sz]ation|company)s? (got|won) the (contract|award|grant)\b"
                            r"|\bwhich (projects?|groups?|organi[sz]ations?|npos?|companies) won\b")
ENGLISH_COUNT_NOW = re.compile(r"\bhow many\b[^?]*\b(right now|currently|these days|(last|this) (fiscal )?year"
                               r"|so far)\b"
                               r"|\b(which|what|who|how much)\b[^?.]*\b(this|next|last) fiscal year\b"
                               # "Which universities has Abashiri City signed 連携協定 with so far?" (tune128)
                               r"|\b(which|who)\b[^?.]*\bso far\b"
                               # "Which NPOs is Kitakyushu City currently working with" (tune143)
                               r"|\b(which|what) (npos?|groups?|organi[sz]ations?|companies)\b[^?]*\b(currently|right now"
                               r"|at present)\b")
# (a fiscal year with no wh-word before it is the situation: "We're redoing our program next fiscal year.")
ENGLISH_WHEN = re.compile(r"\b(in )?what (month|year|date)\b"
                          r"|\bwhen (exactly |roughly )?(is|was|will)\b[^?]{0,90}\b(scheduled|adopted|enacted"
                          r"|established|founded|published|open|opens|opened|opening|launched|held)\b"
                          r"|\brelease date\b"
                          # "When did Osaka actually publish …", "When did Kodaira enact its 自治基本条例" (tune115, tune118)
                          r"|\bwhen did\b[^?]{0,90}\b(publish|release|put out|open|launch|establish|found|adopt|enact|hold"
                          # "When did Kitakyushu's collaboration policy take effect" (tune141)
                          r"|take effect|come into (effect|force)|go into effect)"
                          r"|\bwhen (was|is|will be) (its|the) (first|next|last) (meeting|session)\b"
                          # "When is the public comment period?" (tune112): one call's or consultation's dates
                          r"|\bwhen (is|was|will)\b[^?]{0,40}\b(comment|application|submission|entry|recruitment)"
                          r" (period|window)\b")
ENGLISH_AS_PLANNED = re.compile(r"\bsupposed to\b|\bwas\b[^?]{0,30}\bplann(ed|ing)\b|\bplans?\b")
# A value asked for by name — "What's the deadline for …", "what's the fare?", "What honorarium do we pay …", "How many
# hours of training …" — or a count of the city's groups ("How many neighborhood associations are there in Abashiri"):
# the guidelines give no deadline, fee, budget, opening hours or head count (tune103, all English, declined 32 of 50
# at its first run; scanned over every read and fitted set and the calibration first). "What were the numbers" of
# 北九州市's survey is left out: its shares are in the text. A city's own value too — "What was Osaka's total budget for
# 協働事業", "What's Kitakyushu's population" (tune122), "How much is Abashiri's annual budget" (tune141): no guideline
# holds either.
ENGLISH_VALUE = re.compile(r"\b(what's|what is|what was|what are|what were|how much (is|was|are|were))"
                           r" (the|its|their|([a-z]+ )?[a-z]+'s)"
                           r" ([a-z-]+ ){0,3}?"
                           r"(deadline|fee|fare|wage|salary|honorarium|budget|price|hours|date|amount|total|population)s?\b"
                           r"|\bwhat (honorarium|fee|fare|wage|salary)\b|\bhow many hours\b"
                           # "how much in penalties", "How much money did Kodaira set aside"; a percentage of a fee or a
                           # quote, not a survey's share of staff or residents (北九州市's figures are in the text)
                           r"|\bhow much in\b|\bhow much money did\b"
                           # "How much funding can a group receive", "How much did Kodaira City budget", "how much per
                           # year" (tune131, tune134, tune136): a grant, a budget or a rate — "how much information
                           # should we share" is a how-to, never read here
                           r"|\bhow much (funding|subsidy)\b|\bhow much did\b[^?.]{0,40}\b(budget|spend|pay|give|allocate)"
                           r"|\bhow much\b[^?.]{0,40}\bper (year|project|person|participant|month)\b"
                           r"|\bwhat percentage\b(?![^?]{0,40}\b(staff|employees|residents|citizens|people|respondents"
                           r"|groups|npos)\b)"
                           # a fee or sum named in Japanese (「…料」「…額」「…費」): "What is the 委託料 the city pays for …"
                           r"|\b(what's|what is|what was) (the|its|their) [^\s?]*[料額費](\?|\s(the|for|that|we|they|paid|per)\b)")
ENGLISH_GROUPS_COUNTED = re.compile(r"\bhow many\b[^?.]{0,40}?\b(associations|groups|npos|organi[sz]ations|corporations"
                                    r"|clubs)\b[^?.]{0,20}?\b(are there|exist|applied)\b")
OFFICE_WHERE = re.compile(r"(どの[^、。?？!]{0,8}?(システム|サービス|ツール|アプリ|フォーム)|どこ(から|で)(ダウンロード|入れ|入力|登録|申し込|予約)"
                          r"|どこに(保存|置い)|(申し込み|申込み?|予約)(は|って)?どこ(に|で|から))")


# How far one case or one guideline's plan has got, in the order tried: each reads as CURRENT_STATUS.
STATUS_READINGS = (HOW_FAR, CHANGED_SINCE, ENGLISH_HOW_FAR, DONE_YET, SINCE_PUBLISHED, CASE_NOW, PLAN_CAME_TRUE)
# What each remaining reading finds, in the order they are tried, and which group of the match names it.
READINGS = (
    (QUOTED_FIELD, FORM_FIELD, 0),
    (LAW_REFERENCE, LAW_SOURCE, 0),
    # before OFFICE_WHERE: 「…マニュアル、何ページぐらいのもので、どこでダウンロードできますか」 asks what the planned
    # document is, which no guideline's text holds even about itself
    (PLANNED_CONTENTS, PLANNED_DOCUMENT, 0),
    (OFFICE_WHERE, OFFICE_SYSTEM, 0),
    (ENGLISH_INSTANCE, ONE_INSTANCE, 0),
    (ENGLISH_CONTACT_PERSON, CONTACT, 0),
    (ENGLISH_BARE, BARE_FACT, 0),
    # 「北九州市の協働方針を作った検討委員会の委員長はどなたですか」 (tune158): a post's holder before a bare どなた, and so
    # never a named guideline's content
    (HEAD_BARE, POST_HOLDER, 0),
    (MADE_BY, POST_HOLDER, 0),
    (BARE_INTERROGATIVE, BARE_FACT, 1),
)


# ... and those tried only when the sentence is no how-to (「協議会はいくつ作ればいい？」「誰が務めるべき？」)
LATER_READINGS = (
    (GROUPS_COUNTED, GROUP_COUNT),
    (POSTS_COUNT, POSTS_COUNTED),
    (WHEN_SCHEDULED, EVENT_DATE),
    (WHEN_HAPPENED, EVENT_DATE),
    (HOLDS_POST, POST_HOLDER),
    (IS_IN_POST_NOW, POST_HOLDER),
    (APPOINTED, POST_HOLDER),
    (HOLDS_NOW, POST_HOLDER),
    (COUNT_NOW, ONE_INSTANCE),
    (ENGLISH_CONTACT, CONTACT),
    (NAME_ASK, POST_HOLDER),
    (CONTACT_ASK, CONTACT),
    (OFFICE_ASK, OFFICE_IN_CHARGE),
    (LIMIT_ASK, LIMIT),
    (RULE_FIGURE, LIMIT),
    (CHOSEN, ONE_INSTANCE),
    (NEXT_PLAN, ONE_INSTANCE),
    (ENGLISH_POST, POST_HOLDER),
    (ENGLISH_CHOSEN, ONE_INSTANCE),
    (ENGLISH_COUNT_NOW, ONE_INSTANCE),
    (ENGLISH_WHEN, EVENT_DATE),
    (ENGLISH_VALUE, BARE_FACT),
    (ENGLISH_GROUPS_COUNTED, GROUP_COUNT),
    (WHICH_PLACES, OTHER_PLACES),
    (SURVEY_ASK, SURVEY_DETAIL),
)


def bare_fact(sentence: str) -> Found | None:
    """The kind of fact a sentence asks for by its grammar alone, if any."""
    how_to = bool(HOW_TO.search(sentence) or ENGLISH_HOW_TO.search(sentence))
    far = next((match for pattern in STATUS_READINGS if (match := pattern.search(sentence))), None)
    if far:
        return Found(CURRENT_STATUS, far.group(0))
    instance = _one_instance(sentence, how_to)
    if instance:
        return Found(ONE_INSTANCE, instance.group(0))
    for pattern, kind, group in READINGS:
        match = pattern.search(sentence)
        if match:
            return Found(kind, match.group(group))
    if how_to:  # 「協議会はいくつ作ればいい？」「いつ決めればいい？」 plan, and ask nothing of what is or was
        return None
    for pattern, kind in LATER_READINGS:
        match = pattern.search(sentence)
        if match and not (kind is EVENT_DATE and (AS_PLANNED.search(sentence, match.start())
                                                  or pattern is ENGLISH_WHEN and ENGLISH_AS_PLANNED.search(sentence))):
            return Found(kind, match.group(0))
    return None


def _one_instance(sentence: str, how_to: bool) -> re.Match[str] | None:
    """In a sentence that is no how-to, this year's or the next one asked who, when or where of, or asked to be
    shown — unless a way, a point or an example of it is asked."""
    if how_to:
        return None
    if INSTANCE_ASK.search(sentence):
        instance = THIS_INSTANCE.search(sentence)
        if instance:
            return instance
    if SHOW_ME.search(sentence) and not HOW_LIKE.search(sentence):
        return THIS_YEAR.search(sentence)
    return None


def beyond_any_text(sentence: str) -> bool:
    """The sentence asks for a fact of a kind no guideline's text holds, even about what it names (NEVER_IN_TEXT)."""
    found = bare_fact(sentence)
    return found is not None and found.kind.kind in NEVER_IN_TEXT


# An ask that only asks whether the bot knows, or how things stand (「わかりますか？」「どうなってますか？」), asks what the
# message told just before it: 「…今年度の募集締切がいつか団体から聞かれました。わかりますか？」.
POINTS_BACK = re.compile(r"^(<@\w+>\s*)?(それ|これ|その件|そのへん|その辺)?(って|は)?"
                         r"(わか|分か|知って|ご存[知じ]|どうなって)[^。?？]{0,8}[?？]?\s*$"
                         # 「…wants to know whether the city's liability insurance covers the volunteers. Does it?」
                         # (tune138): in English, the ask that repeats the question told before it
                         r"|^(<@\w+>\s*)?(does it|is it|do they|can they|will it|any idea|do you know)\s*[?？]\s*$")


def points_back(sentence: str) -> bool:
    """The sentence asks nothing but whether the bot knows, or how things stand."""
    return bool(POINTS_BACK.search(sentence.strip()))


# A sentence that tells a question someone put to the asker (「…をどう決めるか相談されました」「…いつか聞かれて」): what
# it reports is what the asker now asks the bot.
REPORTS_A_QUESTION = re.compile(r"(聞かれ|訊かれ|尋ねられ|相談され|相談を受け|質問され|問い合わせ(が(あ|来)|を受け))")


def reports_a_question(sentence: str) -> bool:
    """The sentence tells of a question put to the asker by someone else."""
    return bool(REPORTS_A_QUESTION.search(sentence))


def asks_also(analysis: Analysis) -> bool:
    """The sentence asks to know something as well (「…との違いも知りたい」「必要な書類も教えて」): an add-on to
    the ask before it, about the same matter."""
    morphemes = analysis.morphemes
    return any(m.form == "も" and m.pos[0] == "助詞" and any(n.form in KNOWING for n in morphemes[i + 1:i + 4])
               for i, m in enumerate(morphemes))


def asks_instead(analysis: Analysis) -> bool:
    """The sentence offers the other answer to the ask before it (「市の歳入に入れるんですか？それとも実行委員会の収入？」
    「課長名義でいいですか。それとも委員長名義にすべき？」): one question in two sentences, whatever it names."""
    return analysis.text.lstrip().startswith(("それとも", "あるいは", "もしくは"))
