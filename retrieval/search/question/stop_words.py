"""Words that say nothing about a question's topic, in Japanese (Sudachi normalized forms) and English."""

import re

# Function words, generic verbs and nouns, chat ("って", "っけ"), and the verbs of asking
# (教える, 知る, 分かる) that every question carries; 参考 and 記述 ask for the answer itself (「参考になる記述
# ありますか」) and in the guidelines only label lists (「(参考) 具体的な形態例」). Terms are Sudachi's normalized forms,
# so a word whose normalized form differs is listed in both (しまう → 仕舞う, ください → 下さる).
JAPANESE = frozenset("""
する ある いる なる できる 出来る れる られる せる させる 居る 有る 成る 為る
こと もの 物 事 ため 為 よう 様 とき 時 ところ 所 ほう 方 ほか 他 など 等 的 さん
これ それ あれ どれ ここ そこ どこ なに 何 どう どの どんな いつ だれ 誰 どちら
いう 言う 思う 考える 教える 知る 分かる 分る 聞く 見る 良い いい よい 無い ない ください 下さい
おる 貰う もらう くれる 呉れる あげる いただく 頂く 行く くる 来る 置く しまう 仕舞う 下さる 御 お ご
性 化 上 中 内 後 前 頃 毎 ちゃん 君 くん 方々 皆 みんな 皆さん 場合
ね よ な か かな けど でも じゃ って っけ わけ 訳 はず 筈 つもり 積もり 感じ
今 今回 今度 本当 ちょっと 少し 全然 とても すごい 凄い 色々 いろいろ 結構 大丈夫 ok
遣る やる 作る 使う 出す 出る 取る 持つ 込む 入る 入れる 書く 読む 話す 願う 御願い
頼む 答える 返す 決まる 始める 終わる 違う 合う
参考 記述
多い 少ない 大きい 小さい 早い 遅い 正しい 難しい 駄目 無理 普通 必ず 絶対
共 うち 向こう 自分 私 僕 俺 我々 当方 先方 抑 そもそも 一体 結局
""".split())  # noqa: SIM905 - a word list reads best as words

# Office courtesy typed around a Slack message's ask (「お疲れさまです」「いつもお世話になっております」「お忙しい
# ところすみませんが、教えていただけると助かります」「お手すきの際に」): its words drowned the topic and refused covered
# questions. Left out of a question's terms only: the guidelines' own 際 (「実施する際」) stays indexed, as the reranker was
# fitted on that index.
COURTESY = frozenset("""
お疲れ様 御世話 世話 忙しい すむ 済む 恐れ入る 恐れる 恐縮 申し訳 御座る 助かる 幸い 手数 手すき 際 教示 急ぎ 失礼
""".split())  # noqa: SIM905

# What a message says of itself rather than of its topic: いつも opening a formula of courtesy, a label 【質問】【至急】,
# that it asks (「ちょっと相談です」「1点質問させてください」「念のため確認させてください」), the bot addressed by name
# (「@kyodo」「kyodoさん、」: the glossary reads kyodo as 協働, which every question then seemed to ask about). 相談, 質問
# and 確認 themselves can be the topic (「相談窓口はどこ」「議会で質問された」).
MESSAGE_TALK = re.compile(r"いつも(?=(大変|たいへん)?(お世話|ありがとう|有難う|お疲れ))|^【[^】]{1,8}】"
                          r"|(ちょっと|少し|1点|一点|ひとつ|1つ|2点|二点)?(ご)?(相談|質問)(です|があります|があって"
                          r"|が(ある|あり)(の|ん)?です(が|けど)|させて(ください|下さい|いただ[きけ]\w*|もら[いえ]\w*))"
                          r"|念のため|(確認|お聞き|お伺い)させて(ください|下さい|いただ[きけ]\w*|もら[いえ]\w*)"
                          r"|@?kyodo\s*(さん|くん|ちゃん|bot)|@kyodo\b|^kyodo\s*[、,:]"
                          r"|(この)?(ボット|bot)(さん)?(に|へ)(聞|き|質問)[^、。,!?]*[、,]?"
                          # 「今日からこのチャンネルに参加しました」 (tune192): joining the channel, not 参加 as a topic
                          r"|(今日から|本日から)?(この)?(チャンネル|スレッド)に(参加|入)(し|り)ました")

# Greetings and thanks typed as a message of their own (「おはようございます！今日もよろしくお願いします。」「さっきの回答
# ありがとう！めっちゃ助かった〜」): what was left of them (今日, 回答) matched some passage, and a greeting was answered
# with guideline text; a message of nothing else now asks nothing (the usage message). Greetings count anywhere; thanks
# only at a sentence's end: 「タダで手伝ってくれるなら助かるし」 says why a volunteer is wanted, and stays.
_INTENSIFIER = r"(本当に|ほんとに|どうも|めっちゃ|めちゃくちゃ|すごく|とても|大変|たいへん|かなり)"
_THANKS = (_INTENSIFIER + r"?((ありがとう|ありがと|有難う)(ございます|ございました)?|助かり?(ました|った))"
           # (or before more thanks: 「さっきの回答ありがとうございました、助かりました！」, tune186; 「さっきの回答すごく助かり
           # ました、ありがとうございます！」, tune227; 「さっきの回答ありがとう、すごく助かりました！」, tune236)
           r"(?=[\s!?。、,…〜~ー]*($|\n|[!。]|" + _INTENSIFIER + r"?(助か|ありがと|有難)))")
PLEASANTRIES = re.compile(r"(おはよう|こんにちは|こんばんは)(ございます)?"
                          r"|(今日|本日|今週|今年|今後)?(も|は)?(どうぞ)?よろしく(お願い(します|いたします|致します)|です)?"
                          r"|((さっき|先ほど|先程|前回|昨日)の)?(回答|返事|答え|説明)?(は|[、,])?" + _THANKS +
                          # the answer thanked for with what came of it between (「さっきの回答、課内で共有したらすごく助かり
                          # ました」, tune215): still only thanks — without the answer named, 「団体が、草刈りを手伝ってくれて
                          # 助かった」 is a situation, and stays
                          r"|((さっき|先ほど|先程|前回|昨日)の)?(回答|返事|答え|説明)[、,][^。!?！？\n]{0,20}?" + _THANKS)

# the thanks alone, of what PLEASANTRIES set aside: courtesy_of tells thanks from a greeting by the same words
THANKED = re.compile(_THANKS)


def courtesy_of(text: str) -> str:
    """What a message of nothing searchable was, by its pleasantries: "thanks", "greeting", or "" when it holds none."""
    said = [match.group(0) for match in PLEASANTRIES.finditer(text) if match.group(0)]
    if any(THANKED.search(words) for words in said):
        return "thanks"
    return "greeting" if said else ""


ENGLISH = frozenset("""
a an the and or but if then else of to in on at by for with from as into about over under
is are was were be been being am do does did doing done have has had having will would shall
should can could may might must i me my we our us you your he she it its they them their
this that these those there here what which who whom whose when where why how all any some
no not only own same so than too very just also each other such more most both few
get got getting let lets please thanks thank hi hello hey anyone someone something
ok okay yes yeah know want need like make use using used say tell question questions
re ve ll don doesn isn aren won basically really actually honestly lately kyodo
""".split())  # noqa: SIM905
