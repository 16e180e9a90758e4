"""How far one case or one guideline's plan has got: whether an application has been approved, a document revised
since it was published, a planned centre opened, or what came of a guideline once it was out. The guidelines were
written before any of it happened, so none of them can say how it stands now. Every reading here finds
CURRENT_STATUS, and bare_fact tries them before any other, in the order of STATUS_READINGS.
"""

from __future__ import annotations

import re

# How far one case has got (「審査結果ってもう出てます？」「いまどこで止まってるか分かります？」「もう承認されてるか」
# 「もう決裁おりてますか」): the guidelines, written before, never know.
HOW_FAR = re.compile(r"(もう|まだ|いま|今)(?![年月週日後回度])[^。?!、]{0,15}(されて|出て|決まって|通って|終わって|進んで|止まって|届いて"
                     # 「北九州市の職員用協働マニュアルはもう完成していますか」「実践編はもう策定済みですか」 (tune135)
                     r"|おりて|下りて|完成して|済みです"
                     # 「【実践編】はもうできあがっていますか」「もうできてるんでしょうか」 (tune157, tune161)
                     r"|できあがって|出来上がって|できて"
                     # 「市民みらい創造プラザって、もうオープンしてますか」 (tune165)
                     r"|オープンして|開館して|開所して"
                     # 「職員用協働マニュアルって、もう完成して配られてますか？」「もう完成していますか。どこで読めますか。」
                     # (tune107, tune144): handed out, and a question closed by 。
                     r"|配られて"
                     # 「小平市の提案型協働事業って今年度の募集はもう始まっていますか」 (tune215)
                     r"|始まって)"
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
# How far one case has got, asked in English: "Has their application been approved yet?", "Has Osaka City actually
# published the 【実践編】 … yet?", "Did our 協定書 … get signed by the mayor yet?"
ENGLISH_HOW_FAR = re.compile(r"\b(approved|accepted|selected|rejected|processed|published|released|issued|signed|finali[sz]ed"
                             r"|concluded|opened)\b"
                             r"[^?.]{0,40}\byet\b"
                             # "Did Kodaira's … committee actually get set up", "Did Osaka ever actually publish the 実践編"
                             r"|\b(did|has|have)\b[^?.]{0,60}\b(ever |actually )+(get |been )?(publish|published|open|opened"
                             r"|set up|launch|launched|release|released|established|happen|happened)\b")
# Whether one thing has happened yet (「実践編って、もう策定されたんでしょうか？」「もう承認されたか分かりますか」): the
# guidelines, written before, never know.
DONE_YET = re.compile(r"もう[^。?!、]{0,15}(された|できた|出た|決まった|通った|終わった|おりた|下りた|おりました|下りました"
                      r"|完成した|完成しました|提出した|提出しました"  # 「もう完成しましたか」「もう実績報告書を提出しましたか」
                      # 「【実践編】ってもう出ましたか？」「もう審査は通りました？」 (tune203): the polite past as well
                      r"|出ました|できました|決まりました|されました|終わりました|通りました"
                      # 「大阪市の協働指針の【実践編】って、もう出来上がったの？」 (tune212)
                      r"|出来上がった|できあがった)"
                      r"((んでしょうか|んですか|んでしたっけ|でしたっけ|の|か)?\s*[?？]|か(どうか)?(分か|わか|知))"
                      # 「審査通ったかどうか分かります？」「審査がどうなったか分かりますか」: how one application came out, asked
                      # whether known
                      r"|(審査|承認|採択|交付決定)[^。?？、]{0,4}(通った|どうなった|終わった|おりた|下りた)か(どうか)?(分か|わか|知)"
                      # 「支援センターって、実際に予定どおり開設されたんですか」 (tune160): whether a plan came true
                      r"|予定(どおり|通り)[^。?？]{0,6}(され|でき|開設|完成|開館|オープン|策定)[^。?？]{0,4}(たん|ました|た)"
                      r"(です|でしょう)?か?\s*[?？]")
# What came of the guideline once published (「網走市で指針が出たあと、協働事業の件数は実際どのくらい増えたんでしょうか」,
# tune183): the guideline, written before, cannot say what followed it.
SINCE_PUBLISHED = re.compile(r"(指針|方針|ガイドライン|マニュアル)(が|を)?[^。?？、]{0,6}?(出|でき|策定され|策定し|公表され|作られ|作っ)"
                             r"(た|て)(あと|後|以降|から)[^。?？]{0,30}?(増えた|減った|変わった|どうなった|進んだ|伸びた"
                             # 「指針ができたあと年に何回開かれてきたの」「作ったあと、件数が実際に何件まで」 (tune190): counted since
                             r"|何回|何件|いくつ)(?!ら)")
# How one application stands now (「提案書を出したのですが、審査はいまどういう状況ですか」「後援名義の申請、今どういう状況か
# 確認できますか」, tune184-185): one case's progress, which no guideline knows.
CASE_NOW = re.compile(r"(審査|申請|手続き?|承認|決裁|採択|交付|査定)[^。?？]{0,12}?((いま|今|現在)(は|って)?、?((どういう|どんな|どの)"
                      r"(状況|状態|段階)|どうなって)"
                      # 「提案、審査はどこまで進んでますか」「財政課の査定は今どうなってますか」 (tune186-187)
                      r"|どこまで進んで)")
# Whether what a guideline planned came about (「【実践編】って、その後ちゃんと完成したんですか」「結局完成したんですか」
# 「実際に策定されたんですか」, tune187-190): written before, it cannot say.
PLAN_CAME_TRUE = re.compile(r"(その後|結局|実際に?)[^。?？、]{0,10}?(完成|策定|設置|開設|オープン|公表|設立)(し|され)"
                            r"(た(ん|の)(です|でしょう)?か|ましたか)")

# How far one case or one guideline's plan has got, in the order tried: each reads as CURRENT_STATUS.
STATUS_READINGS = (HOW_FAR, CHANGED_SINCE, ENGLISH_HOW_FAR, DONE_YET, SINCE_PUBLISHED, CASE_NOW, PLAN_CAME_TRUE)
