"""The passages telling why 協働 has become necessary, for a question asking why: 「なんで役所が市民団体と組んで仕事しなきゃ
いけないの？」 "Why do local governments need 協働 these days?" ask what every guideline sets out as its background —
網走市's 「行政の力だけでは限界があります」, 千葉県's 「従来型の行政による公共サービス提供のあり方だけでは対応できません」,
小平市's 「市だけで公共的サービスを提供することは難しく」, 大阪市's 「なぜ「協働」が必要なのか」.

Such a question's words (協働, 行政, 市民団体, 必要) stand in every section, so the reranker put the staff's attitudes, a
form of 協働 or the effects of participation first. Among the passages ranked nearest the top, the first telling why
協働 is needed goes first. Why a particular project is done with a partner (「なぜ協働でやるのかの理由や条件まで書いておく
必要」), or why a principle matters, is another question: the ask must be why 協働 itself is needed.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

_WHY = r"(?:なぜ|なんで(?!す)|なして|どうして|何で)"  # なんで, not なんですが
_KYODO = r"(?:協働(?!ルール)|市民団体と|住民と|団体と|nposと|npoと|市民と|一緒に|組んで|組む|組ま)"
_NEED = r"(?:必要|しなきゃ|しなければ|しないと|しなくちゃ|求められ|言われ)"
# 「なんで役所が市民団体と組んで仕事しなきゃいけないの？」「なして今さら協働が必要になるんだべ？」「協働ってなんで必要なの？」
# 「行政が協働する必要があるのはなぜですか？」「協働が必要とされる理由は何ですか」 (not 「協働が必要な事業は何ですか」) —
# not 「なぜ全庁共通の協働ルールが必要なのか」 (a rule's need), 「なぜ協働でやるのか」 (a project's reasons),
# 「なぜこの事業を」, 「なぜ組むのか」 (the partners' shared premise)
NECESSITY_ASK = re.compile(
    rf"{_WHY}[^。?？!！]{{0,20}}?{_KYODO}[^。?？!！]{{0,14}}?{_NEED}"
    rf"|{_KYODO}[^。?？!！]{{0,6}}?{_WHY}[^。?？!！]{{0,6}}?{_NEED}"
    rf"|{_KYODO}[^。?？!！]{{0,6}}?{_NEED}[^。?？!！]{{0,8}}?(?:のは(?:なぜ|なんで(?!す)|どうして)|理由は)"
    # the need or the reason named as what is to be explained (「議会答弁用に、市が住民団体と組んで事業を行う必要性を説明する
    # 根拠がほしい」「市が協働を進める理由を短くまとめたい」, tune247, tune248, tune251: read; outside the answers before)
    rf"|{_KYODO}[^。?？!！]{{0,16}}?(?:必要性|(?:進める|行う|やる|する)理由)[^。?？!！]{{0,8}}?(?:説明|まとめ|根拠)"
    r"|\bwhy (?:do|does|would|should|must) (?:we|the city|local governments?|a local government|cities|the government"
    r"|municipalities|osaka|chiba|kodaira|abashiri|kitakyushu)(?: even| really| actually)? (?:need|have to)\b"
    r"|\bwhy (?:is|are) (?:協働|kyodo|collaboration)[^?]{0,20}\b(?:needed|necessary)\b")
# 網走市 「行政の力だけでは限界があります」「「協働」が必要とされています」, 千葉県 「…のあり方だけでは対応できません」
# 「ニーズは多様化し」, 小平市 「市だけで公共的サービスを提供することは難しく」, 大阪市 「「新たな公共」の構築」
TELLS_THE_NEED = re.compile(r"行政の力だけでは限界|「協働」が必要とされています|あり方だけでは対応できません|ニーズは多様化し"
                            r"|市だけで公共的サービスを提供することは難しく|「新たな公共」の構築")


class NecessityAsks(MarkedAsk):
    """Which passages tell why 協働 is needed, and which goes first for a question asking why."""

    ASK = NECESSITY_ASK
    ANSWERED_BY = TELLS_THE_NEED


# what a message asks for once it has told the question put to the asker: 「…と聞かれたときの想定問答を作っています。根拠に
# なる考え方をまとめてもらえますか」「…と質問が来そうです。答弁の骨子になりそうな考え方を教えてください」
FOR_AN_ANSWER = re.compile(r"考え方|根拠|骨子|どう(?:答え|説明|返)|まとめて|教えて")


class NecessityMessages(MarkedAsk):
    """The same passages, for a message that reports the question why 協働 is needed — put by the council or a
    resident, in its situation — and asks what to answer: the ask itself names nothing of the need."""

    ASK = FOR_AN_ANSWER
    SETTING = NECESSITY_ASK
    ANSWERED_BY = TELLS_THE_NEED
    WHOLE_ORDER = True
