"""What a sentence does in a conversation rather than which fact it asks for: whether it only asks if the bot knows,
reports a question someone else put to the asker, asks more of the ask before it, or offers the other answer to it.
Such a sentence asks no fact of its own but the one told or asked before it, so whether the guidelines hold what it
asks is decided by that one (topic_evidence.py).
"""

from __future__ import annotations

import re

from retrieval.search.question.analyzer import Analysis

# The verbs of asking to know (知る, 教える, 確認 …): one after も is an add-on ask (asks_also), and coverage.py reads
# an embedded question they follow as what is asked.
KNOWING = {"知る", "教える", "分かる", "判る", "聞く", "確認", "調べる", "知れる"}

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
