"""Knowing when not to answer: abstain on evidence that the topic is absent, never on weak overlap."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.knowledge import load_knowledge
from retrieval.search.decline.fact_asks.dates import years_written
from retrieval.search.engine import Engine
from retrieval.search.tuning import Tuning
from tests.retrieval.small_knowledge import write_small_knowledge

OFF_TOPIC = [
    "協定書のひな形ってどこかに置いてありましたよね？",  # どこか is somewhere, not an embedded question
    "NPOへの委託料、消費税込みで積算していい？",  # Sudachi reads 消費 + 税込み
    "職員駐車場の申請、異動したら出し直し？",
    "給与明細の見方を教えてください",
    "予算の流用と充用の違い",  # shares one word with a Q&A entry, and nothing else
    "上司とのコミュニケーションがうまくいかない",
    "where do I order new equipment for the office?",
    "庁舎のエレベーター点検はいつですか",
    "how do I reset my email password?",
    "残業の申請ってどうやるの",
    "年次有給休暇の繰り越しは何日まで？",
    "市民活動補助金の申請書の締め切りっていつ？",  # the guidelines' noun, but a date is asked
    "共催イベントの承認通知、公印は押しますか？",  # a seal, a cost estimate, a council vote: facts of office and law
    "協働事業の委託料の積算方法を教えて",
    "協働の協定を結ぶのに議会の議決は必要？",
    "how much does it cost to rent the civic centre hall?",
    "協働推進委員会の委員の定数って何人でしたっけ？",  # a number a by-law sets
    "共催イベントだと市民会館の使用料は何割減免になる？",  # a reduction a rule sets
    # an application's fate (tune74, read: Sudachi reads 通った as 通う) and staff pay (tune75, read)
    "先月うちの課から出した協働事業の提案、審査に通ったかどうかわかりますか？",
    "Staff who work weekend shifts at a 協働 event with an NPO — how much overtime pay do they get?",
    # the city hall's car park (tune78, tune79: read) and a staff member's injury as an accident at work (tune79)
    "打ち合わせに来るNPOの方の駐車場代、市で持ってあげてもいいんでしょうか？",
    "職員が休日に町内会の清掃に出ていてけがをしたら、公務災害になりますか？",
    # a person's name and an office's hours, about a named guideline's city (tune77, tune76: read)
    "小平市で協働推進の担当をしている係長さんのお名前を教えてください",
    "千葉県県民活動情報オフィスの開室時間を知りたいです。土日も使えますか？",
    # another sense of 協働: a compound the knowledge never makes (not in decline.yaml), a setting
    "協働型ロボットを工場に入れるときの安全基準は？",
    "協働編集ツールの権限設定",
    "教員同士の協働で授業を改善するコツ",
    "看護師と介護士の協働をどう進める？",
]
COVERED_BUT_CHATTY = [
    "課長に「そんなの手間が増えるだけ」って言われたんだけど、協働ってやる意味あるの？",
    "団体さんとの打ち合わせで、いつもこっちの案がそのまま通っちゃう。これってまずい？",
    "ボランティアさんにお礼なしで手伝ってもらうのってアリ？",
    # words that also ask for amounts and dates, in questions the guidelines answer
    "how much information should we share with the NPO we work with?",
    "補助金はいつまで出すか、期限や締切を決めないとダメ？",
    "協働で経費がいくら削減できるかを目的にしていいの？",
    "団体との打ち合わせ、会議室じゃなくて団体の事務所に行ったほうがいい？",  # a facility, not a booking
    "協働をやると残業が増えるって課長が言うんだけど",  # overtime as a worry, not a claim
    # 協働 compounds and settings that still carry the guidelines' topic
    "協働イベントを企画するときの注意点は？",
    "学校の授業で地域のNPOと協働したい。注意点は？",
    "病院と地域の自治会が協働して見守りをするには？",
    # who, when, where, this year and how far, in questions the guidelines answer
    "後援と共催の違いってどこ？",
    "協働の相手って誰？",
    "協働を始めるタイミングはいつ？",
    "今年の協働事業、いつ評価すればいい？",
    "今年は協働で何に取り組むべき？",
    "次回の審議会で市民委員にもっと発言してもらうには？",
    "先週の打ち合わせで団体と揉めた件、どう対応すべき？",
    "団体との話し合いがもう進んでいるが、今からでも協働にできる？",
    "Who is the main actor in 協働?",
    "What background does Abashiri give for why 協働 is needed? Is population decline part of it?",  # tune121 (read)
    # a fact word in the situation or the ask, about a topic the guidelines treat
    "補助金の上限額が決まっていて足りない。どうしたらいい？",  # 補助 inside 補助金 is a subject
    "駐車場の管理を町内会にお願いしたい。どう進めれば？",
    "夏祭りの駐車場誘導を地元のボランティアにお願いしたい。協働として気をつけることは？",
    # an amount asked by someone else, about cutting costs; the usual template against 協働's (tune80, tune82: read)
    "課長に「協働にしたら人件費はいくら減るの？」と聞かれました。費用の面の効果はどう説明すれば？",
    "協働事業の委託でも、普通の委託と同じひな形の契約書で作っていいんでしょうか？",
    "外国人住民と一緒に防災訓練をやりたい。どう進める？",  # the glossary: 住民と一緒に is 協働
    # a rate told in a sentence that only says what nobody knows; the ask comes after it
    "自治会の加入率が6割を切り、団体同士がお互い何をしているのか全然知らない状態です。つなぐ仕組みをつくるには、何から始めれば？",
    # a sister city is the setting; the partner and the question are the guidelines'
    "姉妹都市との青少年交流事業を市民団体に任せきりで、負担金を払うだけです。これで協働と言っていいのか疑問で…",
    # 何も is no ask: the form is the situation, the ask is whether to hear the partner
    "事務事業評価の様式で、協働事業も担当課だけで点数をつけていて、団体からは何も聞いていません。これでいいの？",
]


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_questions_the_guidelines_do_not_cover_are_not_answered(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered
    assert not answer.passages and not answer.qa and not answer.checklists


@pytest.mark.parametrize("question", COVERED_BUT_CHATTY)
def test_chatty_questions_on_a_covered_topic_are_answered(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.passages


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return Engine(load_knowledge(write_small_knowledge(Path(tmp_path_factory.mktemp("k")))))


def test_a_matching_qa_entry_is_evidence_of_coverage(small: Engine) -> None:
    answer = small.ask("is sponsorship collaboration?")
    assert answer.answered and answer.qa[0].id == "kouen"
    assert answer.passages[0].section_id == "forms-kouen"  # the entry lifts the passage it cites


def test_a_staple_topic_noun_is_evidence_of_coverage(small: Engine) -> None:
    # 協働 is in every passage of the small guideline: weak overlap, but the topic is there.
    assert small.ask("協働で困ったらどうする").answered


def test_unknown_words_alone_are_evidence_of_absence(small: Engine) -> None:
    answer = small.ask("出張旅費の精算")
    assert not answer.answered and not answer.passages


AMOUNTS = """facts:
  - kind: 金額
    why: 指針は金額を定めていません。
    phrases:
      - いくら
      - how much does
other_senses:
  - kind: 製造現場
    why: 工場のロボットのことです。
    phrases:
      - 協働ロボット
"""


def with_decline(tmp_path: Path, text: str = AMOUNTS) -> Path:
    folder = write_small_knowledge(tmp_path)
    (folder / "decline.yaml").write_text(text, "utf-8")
    return folder


def test_a_question_asking_only_for_a_fact_the_guidelines_never_hold_is_declined(tmp_path: Path) -> None:
    engine = Engine(load_knowledge(with_decline(tmp_path)))
    assert engine.knowledge.decline[0].phrases == ("いくら", "how much does")
    declined = engine.ask("委託の協働で払う金額はいくら？")
    assert not declined.answered and declined.reason == "fact" and declined.declined_by == ("いくら", "金額")
    assert not engine.ask("How much does outsourcing cost?").answered
    assert not engine.ask("委託って幾らくらい？").answered  # the analyzer's forms: 幾ら is いくら
    assert engine.ask("委託の協働でいくら払えばいいのかな").reason == "fact"  # 「かな」 still ends the question
    assert engine.ask("委託の協働で気をつけることは？").answered


def test_a_fact_word_that_is_not_what_is_asked_does_not_decline(tmp_path: Path) -> None:
    engine = Engine(load_knowledge(with_decline(tmp_path)))
    # inside an embedded question: the ask is whether it may be the goal
    assert engine.ask("委託でいくら削減できるかを目的にしていい？").answered
    # ... unless a verb of knowing makes the embedded question the ask
    assert not engine.ask("委託だといくらかかるかを知りたい").answered
    # in the situation, not in the sentence that asks
    assert engine.ask("委託料はいくらか決まっています。委託と後援の違いは何ですか？").answered
    # another sentence asks about a topic the guidelines treat
    assert engine.ask("委託料っていくら？それと、名目的に参加する後援は協働になりますか？").answered
    # ... but a follow-up with no topic of its own does not rescue the fact
    assert not engine.ask("委託料っていくら？どこで聞けばいいんだろう").answered
    # ... nor one whose single noun some passage holds: two of its own words would show a topic
    assert engine.ask("委託料っていくら？形態はどこで聞けばいい？").reason == "fact"
    assert engine.ask("委託料っていくら？委託の形態はどう選べばいい？").answered


def test_an_aside_in_brackets_closes_no_embedded_question(engine: Engine) -> None:
    # tune140 (read): 「とか」 in the aside is no embedded question's か; the ask is where the template is
    declined = engine.ask("<@U07KYODO> 協働事業の協定書を作りたいのですが、協定書のひな形（様式第何号とか）ってどこにありますか？")
    assert not declined.answered and declined.reason == "fact"
    # outside brackets the embedded question still reads: whether an amount may be the goal
    assert engine.ask("協働で経費がいくら削減できるかを目的にしていいの？").answered


def test_another_sense_of_the_word_is_declined(tmp_path: Path) -> None:
    engine = Engine(load_knowledge(with_decline(tmp_path)))
    answer = engine.ask("工場に協働ロボットを入れるときの注意点は？")
    assert not answer.answered and answer.reason == "other-sense"
    assert engine.ask("協働で気をつけることは？").answered


def test_a_qa_entry_written_for_exactly_that_question_overrides_the_decline_list(tmp_path: Path) -> None:
    folder = with_decline(tmp_path)
    qa = (folder / "qa" / "kouen.yaml").read_text("utf-8")
    (folder / "qa" / "kouen.yaml").write_text(qa.replace("  - 後援って協働？", "  - 後援っていくら？"), "utf-8")
    engine = Engine(load_knowledge(folder))
    assert engine.ask("後援っていくら").answered
    assert not engine.ask("後援の費用はいくら").answered


def test_the_decline_file_is_validated(tmp_path: Path) -> None:
    from retrieval.knowledge import validate_knowledge

    folder = with_decline(tmp_path, "facts:\n  - kind: 金額\n    phrase: [いくら]\nother: []\n")
    _, problems = validate_knowledge(folder)
    found = {(p.code, p.line) for p in problems}
    assert found >= {("unknown-field", 3), ("missing-field", 2), ("unknown-field", 4), ("missing-field", 1)}


def test_words_only_the_chat_in_a_phrasing_holds_are_not_evidence(tmp_path: Path) -> None:
    folder = write_small_knowledge(tmp_path)
    qa = (folder / "qa" / "kouen.yaml").read_text("utf-8")
    chatty = "  - 課長に来月までに資料をまとめてって言われた、後援って協働？\n"
    (folder / "qa" / "kouen.yaml").write_text(qa.replace("  - 後援って協働？\n", "  - 後援って協働？\n" + chatty), "utf-8")
    engine = Engine(load_knowledge(folder))
    assert engine.qa_rank("課長に来月の資料をまとめてと言われた", "kouen") == 1  # the entry matches ...
    assert not engine.ask("課長に来月の資料をまとめてと言われた").answered  # ... but proves no topic
    assert engine.ask("課長に言われたんだけど、名目的に参加するだけの後援ってどうなの").answered


def test_naming_a_guideline_is_evidence_of_coverage(tmp_path: Path) -> None:
    # Weak overlap alone is not enough here (the staple-topic and score rules are switched off) ...
    strict = Tuning(topic_share=1.01, covered_score=0.99)
    engine = Engine(load_knowledge(write_small_knowledge(tmp_path)), tuning=strict)
    assert not engine.ask("any advice on hosting a networking event about 委託?").answered
    # ... but a question that names a guideline is asking the guidelines.
    answer = engine.ask("What does the Sample guideline say about hosting a networking event about 委託?")
    assert answer.answered and answer.passages[0].section_id == "forms-commission"
    # Naming one with no word the guidelines hold leaves nothing to quote.
    assert not engine.ask("What does the Sample guideline say about hosting a networking event?").answered


@pytest.mark.parametrize("question", [
    "北九州から千葉まで、新幹線と飛行機ではどちらが早い？",
    "網走の冬はどれくらい寒いですか？",
])
def test_a_city_named_is_not_its_guideline_named(engine: Engine, question: str) -> None:
    # the passages hold the cities' names (網走市の協働のポイント), so a question matched them on the name alone and
    # was answered as one about that guideline; the name now counts for which document, not for whether it is asked
    assert not engine.ask(question).answered


def test_a_city_named_with_a_topic_of_its_guideline_is_answered(engine: Engine) -> None:
    assert engine.ask("網走の指針だと、協働に向いている事業ってどう見分けるの？").answered


def test_an_entry_matching_well_enough_to_lift_passages_is_evidence(tmp_path: Path) -> None:
    # The entry is not shown (below qa_min) but still lifts its passage: the topic is there.
    strict = Tuning(qa_min=0.99, topic_share=1.01, covered_score=0.99)
    engine = Engine(load_knowledge(write_small_knowledge(tmp_path)), tuning=strict)
    answer = engine.ask("名義後援って協働？")
    assert answer.answered and not answer.qa
    assert answer.passages[0].section_id == "forms-kouen"


def test_a_decline_phrase_the_guidelines_contain_is_reported(tmp_path: Path) -> None:
    from retrieval.knowledge import validate_knowledge

    folder = with_decline(tmp_path, AMOUNTS.replace("      - how much does\n", "      - how much does\n      - 名目的\n"))
    _, problems = validate_knowledge(folder)
    [problem] = problems
    assert (problem.code, problem.file, problem.line) == ("refuses-guideline-words", "knowledge/decline.yaml", 7)
    assert "「名目的」" in problem.message and "forms-kouen" not in problem.message and "(2) 後援" in problem.message


@pytest.mark.parametrize(("added", "line", "said"), [
    ("      - いくらぐらい\n", 7, "短いほう"),  # いくら matches wherever it does
    ("      - 幾ら\n", 7, "同じ言い方"),  # read alike: the later line is the one reported
    ("      - how much does it cost\n", 7, "短いほう"),  # English inside English
])
def test_a_decline_phrase_another_of_its_kind_stands_inside_is_reported(
        tmp_path: Path, added: str, line: int, said: str) -> None:
    from retrieval.knowledge import validate_knowledge

    folder = with_decline(tmp_path, AMOUNTS.replace("      - how much does\n", "      - how much does\n" + added))
    [problem] = validate_knowledge(folder)[1]
    assert (problem.code, problem.file, problem.line) == ("redundant-phrase", "knowledge/decline.yaml", line)
    assert said in problem.message and "金額" in problem.message


def test_a_decline_phrase_of_another_kind_or_language_is_no_repeat(tmp_path: Path) -> None:
    from retrieval.knowledge import validate_knowledge

    # プリンター inside an English "printer" reads alike, but the English phrase also matches "printers"; いくら under
    # another kind is that kind's
    text = AMOUNTS.replace("      - how much does\n", "      - how much does\n      - プリンター\n      - printer\n")
    assert validate_knowledge(with_decline(tmp_path, text))[1] == []
    text = AMOUNTS + "  - kind: 別の意味\n    why: 別の話です。\n    phrases:\n      - いくら協働\n"
    assert validate_knowledge(with_decline(tmp_path / "b", text))[1] == []


def test_a_decline_phrase_never_matches_inside_another_word(tmp_path: Path) -> None:
    from retrieval.knowledge import validate_knowledge

    # トナー is inside パートナー; as a run of the analyzer's forms it never matches there
    folder = with_decline(tmp_path, AMOUNTS.replace("      - いくら\n", "      - いくら\n      - トナー\n"))
    assert validate_knowledge(folder)[1] == []
    assert Engine(load_knowledge(folder)).ask("協働のパートナーの選び方で気をつけることは？").answered


DEVICES = """subjects: [協働, 団体, 共催]
facts:
  - kind: 機器
    why: 指針には機器の操作はありません。
    phrases: [パスワード]
other_senses: []
"""


def test_one_everyday_staple_word_alone_is_no_topic_when_subjects_are_listed(tmp_path: Path) -> None:
    with_subjects = Engine(load_knowledge(with_decline(tmp_path / "a", DEVICES)))
    without = Engine(load_knowledge(with_decline(tmp_path / "b", DEVICES.replace("subjects: [協働, 団体, 共催]\n", ""))))
    chore = "市民の方からの長い電話を角を立てずに切り上げるには？"  # 市民 is in every passage, and nothing else is
    assert with_subjects.ask(chore).reason == "no-topic"
    assert without.ask(chore).answered  # no subjects: any staple word alone still shows the topic
    assert with_subjects.ask("市民活動団体からの長い電話を切り上げるには？").reason == "staple-topic"  # 団体 is a subject
    assert with_subjects.ask("sponsorshipの電話を切り上げるには？").answered  # the glossary's 後援
    # a subject shows the topic even where no passage uses it
    shared_costs = "共催でやるとき、会場費はどっちが持つかいつ決める？"
    assert with_subjects.ask(shared_costs).reason == "staple-topic"
    assert not without.ask(shared_costs).answered


def test_a_fact_told_in_the_situation_declines_when_the_ask_only_points_back(tmp_path: Path) -> None:
    engine = Engine(load_knowledge(with_decline(tmp_path, DEVICES)))
    declined = engine.ask("庁内LANのパスワードが切れました。どうすれば再設定できますか？")
    assert not declined.answered and declined.reason == "fact" and declined.declined_by == ("パスワード", "機器")
    # the ask names a topic of its own
    assert engine.ask("パスワードが切れました。協働の相手にどう伝えればいい？").answered
    # the sentence telling the fact is itself about a topic
    assert engine.ask("団体とのパスワードを決めました。後援は協働になりますか？").answered


def test_subjects_must_be_a_list(tmp_path: Path) -> None:
    from retrieval.knowledge import validate_knowledge

    folder = with_decline(tmp_path, "subjects: 協働\nfacts: []\nother_senses: []\n")
    _, problems = validate_knowledge(folder)
    assert any("subjects" in p.message and p.line == 1 for p in problems)


@pytest.mark.parametrize("question", [
    "When is the next meeting on 後援?",
    "What's the current fee for 委託?",
    "後援の担当はどなたでしたっけ",
    "委託の手数料は1件いくらだっけ？",
    "後援を決める会議は何時ですか？",
])
def test_an_interrogative_the_sentence_ends_on_asks_for_a_bare_fact(tmp_path: Path, question: str) -> None:
    engine = Engine(load_knowledge(write_small_knowledge(tmp_path)))  # decline.yaml lists no phrase at all
    answer = engine.ask(question)
    assert not answer.answered and answer.reason == "fact"


@pytest.mark.parametrize("question", [
    "後援を受けるかどうか、いつ決めておけばいい？",  # when to decide: the guidelines' topic
    "委託のとき、誰が結果に責任を持つの？",
    "協働の相談窓口はどこ？",  # the one bare place they do answer
    "Who is responsible for the results of 委託?",
])
def test_when_and_who_followed_by_what_is_done_are_not_bare_facts(tmp_path: Path, question: str) -> None:
    engine = Engine(load_knowledge(write_small_knowledge(tmp_path)))
    assert engine.ask(question).answered


def test_two_everyday_staple_words_are_no_topic_either(tmp_path: Path) -> None:
    engine = Engine(load_knowledge(with_decline(tmp_path, DEVICES)))
    # 市民 and 活動 are in every passage here, and neither is a subject
    assert engine.ask("市民の方の活動の電話を角を立てずに切り上げるには？").reason == "no-topic"


def test_renkei_in_a_compound_the_knowledge_never_makes_is_another_sense(engine: Engine) -> None:
    referral = engine.ask("市民病院で地域の診療所との病診連携を進めたいのですが、紹介率の目標はどのくらいが一般的ですか")
    assert not referral.answered
    assert engine._kyodo_compounds.other_senses("病診連携を進めたい") == {"連携"}
    # the knowledge's own compounds and 連携 on its own keep their sense
    assert engine._kyodo_compounds.other_senses("連携体制をどう作る？") == set()
    assert engine.ask("庁内で部署どうしの横の連携が弱いとき、協働の担当として何ができる？").answered


def test_wanting_to_know_is_an_ask_and_asking_colleagues_asks_for_a_fact(engine: Engine) -> None:
    query = engine.query("千葉県県民活動推進懇談会、次回の開催日と会場を確認したくて。資料の準備があるので分かる人いますか")
    assert len(query.asks) == 2  # 「確認したくて」 asks as much as 「確認したい」
    assert not engine.ask("千葉県県民活動推進懇談会、次回の開催日と会場を確認したくて。資料の準備があるので分かる人いますか").answered
    assert not engine.ask("協働に関する職員研修、今年度の日程と申込方法を知ってる人いますか。新人を行かせたいので").answered
    # asking the prefecture where to consult is answered (千葉県's 県民生活課), asking which section fixes a hall is not
    assert engine.ask("市民活動団体との協働のことで県に相談したいとき、どこの課に聞けばいいですか").answered
    # ... but a phone number is a phone number, whatever it is for
    assert not engine.ask("団体に協働の相談先を案内したいので、担当課の電話番号を教えてください").answered
    # asking whether someone knows the number asks the number, even naming a guideline's city (tune12 k21)
    assert not engine.ask("<@U07KYODO> 北九州市の市民活動サポートセンターに視察の問い合わせをしたいんだけど、電話番号わかる？").answered
    assert not engine.ask("団体の代表の電話番号知ってる？").answered
    assert engine.ask("参加者の電話番号を委託先のNPOに渡すとき、何に気をつければいい？").answered
    assert not engine.ask("集会所のエアコンが壊れたと自治会長さんから連絡がありました。修繕の依頼ってどこの課に回せばいいですか").answered


@pytest.mark.parametrize("question", [
    "保育園で保育士同士の協働を促す方法を教えて",
    "Our hospital wants to improve collaboration between doctors and nurses. Any tips?",  # the glossary's 協働
    # "coordinate" read as コーディネート had made a support centre of it: tune143, tune145, tune146 (read), sealed3b
    "How should a hospital's nursing and pharmacy teams coordinate medication reconciliation when a patient is discharged?",
    "アジャイル開発でチームの協働を高めるツールは？",
    "エンジニアどうしの協働で、ソースコードのレビューを回すコツは？",
    "We collaborate with a vendor on our booking system. What branching model keeps releases stable?",
    "ソフトウェアの協働開発で、Gitのブランチはどう切るのがベストプラクティス？",  # tune130 (read); ベストプラクティス no 事例
    # 連携 in the same settings, and 市 of 市立 is the hospital's owner, not the city as one side of 協働
    "市立病院の病棟で、看護師と薬剤師の連携をよくする会議のコツは？",
    "看護師と介護士の協力体制をどう作る？",  # 協力 as much as 協働
    "介護施設とケアマネジャーの連携で、サービス担当者会議の記録にはどんなことを書けばいいですか。",  # tune146 (read)
    "看護チームの中で協働がうまくいかないときの対処は？",
    "部活動の指導で教員と外部コーチが協働するには",
    "How can factory workers collaborate safely with robots on the assembly line?",
    "How do I get students to collaborate in group work in class?",
    "姉妹都市との協働ってどう進めればいい？",  # the sister city alone: a setting, and no other topic
    "国際交流係です。海外の都市と姉妹都市提携を新たに結ぶとき、協働として何から準備すればいい？",
    "生成AIと人の協働ってことで、業務でChatGPTを使うときの庁内ルールはどうなってますか？",  # tune93 (read)
    "Which collaboration tool should our section adopt for remote meetings, Slack or Microsoft Teams?",
    "庁内で使うコラボレーションツール、おすすめはどれですか？",
])
def test_kyodo_in_a_setting_where_it_means_something_else_is_declined(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize("question", [
    "小平市で協働用のチェックシートを作るって話があったと思うんですが、何のためのものか知りたいです。",  # tune38
    "大阪市の協働指針、基本編のあとの実践編ではどんなことを決める予定だったの？",  # tune98
    "協働事業の進み具合を確認するためのチェックシートを作るよう係長に言われました。どんな項目を入れればいいですか？",  # tune30
])
def test_what_a_planned_document_is_for_or_what_to_put_in_ones_own_is_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).answered


def test_who_holds_a_post_asked_after_it_declines_but_what_its_holder_bears_is_answered(engine: Engine) -> None:
    assert not engine.ask("小平市の協働推進委員会で委員長を務めているのはどの部署の部長ですか。").answered
    assert engine.ask("実行委員長をやっている人は、団体の事故の責任をどこまで負うんですか？").answered


def test_the_same_settings_leave_the_guidelines_kyodo_answered(engine: Engine) -> None:
    assert engine.ask("地元の企業と協働で防災訓練をやりたい。気をつけることは？").answered
    assert engine.ask("市立病院の地域連携室が、患者会のNPOと協働で講座を開きたいそうです。どの形態がいい？").answered
    assert engine.ask("NPOと協働で地域の情報サイトを作ります。ソースコードは誰のものにするか、何を決めておけばいい？").answered
    assert engine.ask("NPOと協働でアプリを作ります。Gitのリポジトリは誰が管理するか、役割分担はどう決める？").answered
    assert engine.ask("NPOとの協働事業で使うコラボレーションツールの費用は、市と団体のどちらが負担する？").answered
    assert engine.ask("市立図書館で、読み聞かせの団体と一緒に事業をしたい。何から始めれば？").answered
    assert engine.ask("市と病院の看護師会が連携して健康講座をやるとき、役割分担はどう決める？").answered
    assert engine.ask("NPOと協働で、生成AIを使った地域の情報発信講座を開きたい。役割分担はどう決める？").answered


def test_an_ask_about_this_years_instance_is_a_fact(tmp_path: Path) -> None:
    engine = Engine(load_knowledge(write_small_knowledge(tmp_path)))  # decline.yaml lists no phrase at all
    declined = engine.ask("今年の後援の申請は全部で何件あった？")
    assert not declined.answered and declined.reason == "fact"
    assert not engine.ask("次回の委託の説明会って、会場はどうなってましたっけ").answered
    # how far one case has got
    assert not engine.ask("先週出した後援の申請、もう承認されてるか確認できますか？").answered
    assert not engine.ask("委託の協働の提案、審査っていまどこまで進んでるか分かります？").answered
    # the next one, asked without 次回; and in English
    assert not engine.ask("後援の審査会って次いつでしたっけ").answered
    assert not engine.ask("委託の説明会、次はいつ？").answered
    assert not engine.ask("今年度の後援の審査会っていつでしたっけ？").answered
    assert engine.ask("今年度の協働事業、いつ評価すればいい？").answered


def test_an_add_on_ask_asks_more_of_the_same_fact(engine: Engine) -> None:
    assert not engine.ask("団体に払う謝礼の源泉徴収はどうなる？法人と個人の違いも教えてください").answered
    # an add-on with a topic of its own is a second question the guidelines answer
    assert engine.ask("後援の申請の締め切りはいつまでに？後援と協働の違いも知りたいです").answered
    assert not engine.ask("Who is the 後援 contact for our division this year?").answered
    assert not engine.ask("When is the 委託 briefing next month? I need to book a room").answered
    assert not engine.ask("Volunteer cleanup at the river — which days are we out this month? Residents keep asking.").answered
    assert engine.ask("後援の次の段階では誰が何をする？").answered
    assert engine.ask("Who should review the 委託 this year, and how?").answered
    # the year as an adverb of the situation, and this fiscal year's work to plan or review
    assert engine.ask("今年、後援を受けた団体と協働をどう振り返ればいい？").answered
    assert engine.ask("今年度の委託は、協働としてどう振り返ればいい？").answered
    assert engine.ask("今後、後援の協働はどう進めればいい？").answered


def test_an_ask_offering_the_other_answer_is_the_same_question(engine: Engine) -> None:
    """「…課長の名義でいいですか。それとも実行委員長名義にすべき？」 is one question about a bank book, in two sentences."""
    assert not engine.ask("実行委員会の通帳、名義は課長の個人名でいいですか。それとも実行委員長の名義にすべきですか。").answered
    assert engine.ask("この事業は委託でやるべきですか。それとも実行委員会を作るべき？").answered


def test_where_in_the_office_systems_is_a_fact_the_guidelines_never_hold(engine: Engine) -> None:
    declined = engine.ask("共催イベントのチラシに載せる市のロゴ、どこからダウンロードできますか？")
    assert not declined.answered and declined.declined_why == "庁内のシステムやファイルの場所・使い方は指針にはありません。"
    assert not engine.ask("後援の申請ってどのシステムから入れるんでしたっけ？").answered
    assert not engine.ask("協働事業の報告書、どこに保存すればいい？").answered
    assert not engine.ask("NPOとの委託契約、市ではどの電子決裁システムを使うんでしたっけ？").answered
    # where to consult, and where the guidelines' own places are, are the guidelines' questions
    assert engine.ask("協働のことで相談したいとき、どこに相談すればいい？").answered
    assert engine.ask("県民活動情報オフィスって県庁のどこにありましたっけ？団体に案内したい").answered


def test_a_decline_for_another_sense_says_which_sense(engine: Engine) -> None:
    """The asker is told why: the setting's why from decline.yaml, or that the compound means something else."""
    nursing = engine.ask("看護チームの中で協働がうまくいかないときの対処は？")
    kind = next(k for k in engine.knowledge.decline if k.setting and "看護" in k.phrases)
    assert not nursing.answered and nursing.declined_why == kind.why and nursing.declined_by == ("看護", kind.kind)
    referral = engine.ask("地域医療連携パスの運用で病院と診療所の役割は？")
    assert not referral.answered and "別の意味" in referral.declined_why
    assert referral.declined_by is not None and referral.declined_by[0] == "連携"
    # a question declined for want of any topic, with no other sense in it, has no why to show
    assert engine.ask("給与明細の見方を教えてください").declined_why == ""


def test_a_how_to_that_names_nothing_follows_up_the_topic_of_the_question(engine: Engine) -> None:
    """「それより何を書くべき？」 asks how to write the 協定書 of the sentence before: the question is not only a fact."""
    assert engine.ask("協定書は何部作ればいい？それより何を書くべき？").answered
    # a follow-up that is not a how-to adds nothing to a fact question
    assert not engine.ask("講師の謝金の源泉徴収は必要ですか？どう処理するんだろう").answered


def test_a_fact_word_in_what_someone_else_said_is_not_asked(engine: Engine) -> None:
    """「何件増やせ」 is the boss's order told as the situation; the asker asks what to make of it."""
    answer = engine.ask("部長に「後援を何件増やせ」と言われて、後援の件数が目標みたいになってます。これってどうなんでしょう？")
    assert answer.answered
    # the asker's own question for a number still declines
    assert not engine.ask("今年の後援の申請は全部で何件あった？").answered
    # a form told in the situation, before a quoted question about 対等 the asker must answer, is not asked
    assert engine.ask("福祉総務課です。協働先の団体に、事業報告と会計書類を市の様式で毎月出してもらうようにしたら"
                      "「負担が重すぎる、これで対等なの？」と言われました。どう受け止めればいい？").answered
    assert not engine.ask("協働事業の報告の様式はありますか？").answered


def test_asking_whether_a_named_city_has_a_handbook_asks_the_guidelines(engine: Engine) -> None:
    """Staff call a guideline 手引き or ハンドブック as often as 指針: naming the city and one of them asks what the
    guideline says, even beside a form (様式), which alone is a fact the guidelines never hold."""
    assert engine.ask("協働を進めるときの様式や職員向けの手引きは小平市にありますか？").answered
    assert not engine.ask("協働事業の報告の様式はありますか？").answered


def test_asking_to_be_shown_this_years_one_is_a_fact(engine: Engine) -> None:
    """「今年度の受賞団体を教えて」「今年の推進員の名簿を見せて」 ask for this year's instance itself."""
    declined = engine.ask("ちばコラボ大賞の今年度の受賞団体を教えてください。")
    assert not declined.answered and declined.declined_by == ("今年度の", "今年・次回の個別の事柄")
    assert not engine.ask("今年の協働推進員の名簿を見せてもらえますか？").answered
    # 地方 in a name is no way of doing something (「〜方」 is: 選び方, 進め方)
    assert not engine.ask("協働事業に使う地方創生の交付金、今年度の申請スケジュールを教えてください").answered
    # a way, a point or an example of this year's work is the guidelines' question
    assert engine.ask("今年度の協働事業の進め方を教えて").answered
    assert engine.ask("今年の協働事業の評価のポイントを知りたい").answered
    assert engine.ask("今年度の協働事業、どう振り返ればいいか教えて").answered


def test_when_something_is_scheduled_is_a_date_of_one_event(engine: Engine) -> None:
    declined = engine.ask("協働推進計画の次の改定って、いつ頃される予定ですか？")
    assert not declined.answered and declined.reason == "fact"
    assert not engine.ask("後援の審査結果はいつ公表されますか？").answered
    # when to do it is a how-to, いつも is "always", and a named guideline's own schedule is the guideline's
    assert engine.ask("協働事業の評価はいつ行えばいい？").answered
    assert engine.ask("協働事業の会議で、いつも行政の案が採用されるのはなぜでしょうか？").answered
    assert engine.ask("小平市の指針では、市民活動支援センターはいつ開設される予定ですか").answered
    # what the plan was, as recorded, is what a guideline wrote (three helpers asked it of 小平市's centre)
    assert engine.ask("小平市の市民活動支援センターって、いつ本格的に開設される予定になってた？").answered
    assert engine.ask("小平市の市民活動支援センターは、いつ本格的に開設されることになっていましたか。").answered
    # ... and recalling the next one's date is still one event's date
    assert not engine.ask("次の懇談会はいつ開催される予定でしたっけ？").answered
    # of a city whose guideline is here, a plan asked about at all is the one it recorded (tune72, tune84, read) ...
    assert engine.ask("小平市の市民活動支援センターはいつ本格的に開設する予定になっていますか。").answered
    assert engine.ask("小平市で市民の活動の拠点になる施設を作るって話、いつ本格的に開く予定でしたっけ？").answered
    # ... but not the next one (tune4, read)
    assert not engine.ask("網走市総合計画の次の計画って、いつ頃策定される予定ですか？").answered
    # ... nor a plan its passage records with no year: 北九州市 names its plaza (仮称) and dates nothing (tune132, tune139)
    for question in ("北九州市の（仮称）市民みらい創造プラザは、いつ開館する予定ですか",
                     "北九州市の（仮称）市民みらい創造プラザは何年何月にオープンする予定ですか？"):
        declined = engine.ask(question)
        assert not declined.answered and declined.reason == "fact", question


def test_the_guidelines_own_check_sheet_is_no_form_to_fill_in(engine: Engine) -> None:
    # tune44 (read) refused this on 様式: 小平市 sets out a check sheet for its 協働 work
    assert engine.ask("協働事業を点検するためのチェックシートのような様式はありますか？").answered
    assert not engine.ask("後援申請の様式はどこにありますか？").answered
    # whether to hand over the usual template as it is asks how the 仕様書 is made with the group (tune46, read)
    assert engine.ask("協働事業の仕様書って、いつものひな形で作ってそのまま団体に渡せばいいですか？").answered
    # a form made with transparency or fairness in mind asks the guidelines' principle (tune194, read, refused it)
    assert engine.ask("市民団体向けの補助金の募集要項と申請様式を作るんだけど、透明性の面で何を明確にしておけばいい？").answered
    assert engine.ask("後援の申請様式を見直すとき、公平性の点で気をつけることは？").answered
    assert not engine.ask("補助金の申請様式はどこにありますか？").answered


def test_asking_what_is_usual_or_what_one_should_do_is_the_guidelines_question(engine: Engine) -> None:
    """A count, a period or a form asked as a norm (「何回くらいかけるものなんでしょう」「何を入れておくべき」) is answered
    with the guidelines' way of judging it; asked as a fact, it is still declined (decline.yaml `unless`)."""
    assert engine.ask("団体との打ち合わせって、何回くらいかけるものなんでしょう？").answered
    assert engine.ask("協働事業の見直しまで何か月くらいが目安ですか？").answered
    assert engine.ask("協働事業の協定書、様式には何を入れておくべきですか？").answered
    assert engine.ask("イベントの事故に備えた保険料は、市と団体でどう分担すればいい？").answered
    assert not engine.ask("後援の審査会は年に何回ありますか？").answered
    assert not engine.ask("補助金の交付決定まで何か月かかりますか？").answered
    assert not engine.ask("協定書の様式ってどこにありますか？").answered
    # a tax ruling asked with べき is still a ruling
    assert not engine.ask("委託料に消費税を含めるべきですか？").answered


def test_an_article_of_a_law_or_a_court_case_is_a_source_the_guidelines_never_cite(engine: Engine) -> None:
    declined = engine.ask("NPOへの補助金は地方自治法232条の2の「公益上必要」に当たりますか？")
    assert not declined.answered and declined.declined_why == "指針は法令の条文・判例や、法的な効力の判断を扱っていません（責任や役割の分担の考え方は扱います）。"
    assert not engine.ask("補助金を返還させるときの根拠条文は何条ですか？").answered
    assert not engine.ask("協働事業の事故で市の責任が認められた判例はありますか？").answered
    # a law or a by-law named without an article is the guidelines' topic
    assert engine.ask("NPO法人と協働するとき、気をつけることは？").answered
    assert engine.ask("協働を条例で定めている自治体の考え方を知りたい").answered


def test_a_question_of_law_asked_beside_a_ruling_is_the_rulings_matter(engine: Engine) -> None:
    """Whether something is binding, lawful or an administrative act, asked with a ruling, asks what no guideline
    holds, though the agreement or the subsidy it names is their topic; beside a how-to it is answered. Whether an
    agreement binds in law is a question of law asked alone too (law.LEGAL_FORCE): the seven questions of every set
    naming legal force are all to decline (it was answered before the forty-third session)."""
    for question in ("NPOと結んだ協定書って法的な拘束力はあるんでしょうか？判例があれば教えてください。",
                     "補助金の交付決定は行政処分ですか？裁判例も知りたいです。",
                     "Is a 協定書 with a neighbourhood association legally binding? Any court ruling on it?"):
        declined = engine.ask(question)
        assert not declined.answered, question
        assert "法令" in declined.declined_why, declined.declined_why
    bare = engine.ask("協定書に法的拘束力はありますか？")
    assert not bare.answered and "法的な効力" in bare.declined_why, bare.declined_why
    assert engine.ask("協定書は法的拘束力がなくても、結んでおく意味はありますか？").answered
    assert engine.ask("事故のときの市と団体の責任分担はどう決めればいい？判例があれば参考にしたい。").answered
    assert engine.ask("協働事業の協定書にはどんなことを書くべき？法的な拘束力を持たせる判例はある？").answered


def test_a_word_and_its_own_parts_match_a_q_and_a_entry_as_one_word(engine: Engine) -> None:
    """補助金 and its part 補助 are one word of the question: an entry holding both is no evidence of a topic, as two
    different words would be (tune134, read: an audit's remark on a subsidy report's sample)."""
    declined = engine.ask("監査で補助金の実績報告書について指摘されました。報告書の記載例ってありますか？")
    assert not declined.answered and declined.reason == "no-topic"


@pytest.mark.parametrize("question", [
    # a 町内会 or 自治会 is one of the partners the guidelines name, and 協定書 their written agreement: each shows the
    # topic alone (these once stood on a Q&A entry holding 町内会 and its part 町内, or 協定書 and 協定)
    "町内会に公園の花壇の手入れをお願いしたい。どう進めれば？",
    "自治会と一緒に防災訓練をやりたい。どう進めればいい？",
    "協定書は何部いる？それより何を書くべき？",  # the how-to after the count follows up the agreement
    "協定書って本当に必要？手間なんだけど交わす意味は？",
])
def test_a_neighbourhood_association_or_an_agreement_is_a_subject_of_the_guidelines(engine: Engine,
                                                                                     question: str) -> None:
    assert engine.ask(question).answered


def test_every_kind_the_grammar_finds_is_known_as_a_grammar_kind() -> None:
    """kyodo check and kyodo gaps tell a grammar rule from a decline.yaml phrase by GRAMMAR_KINDS."""
    from retrieval.knowledge.models import DeclineKind
    from retrieval.search.decline import fact_asks, fact_kinds

    defined = {value.kind for value in vars(fact_kinds).values() if isinstance(value, DeclineKind)}
    assert defined == fact_kinds.GRAMMAR_KINDS
    read = {reading[1].kind for reading in fact_asks.READINGS + fact_asks.LATER_READINGS}
    assert read <= fact_kinds.GRAMMAR_KINDS


def test_accounting_and_personnel_procedures_are_not_the_guidelines(engine: Engine) -> None:
    declined = engine.ask("補助金の実績報告で、領収書は原本を添付させるべきですか？")
    assert not declined.answered and declined.declined_by == ("領収書", "会計と人事の手続き")
    assert not engine.ask("実行委員会の通帳を作るとき、名義は課長でもいいですか？").answered
    assert not engine.ask("自治会の防災訓練に休日に出た職員に、時間外勤務手当は出ますか。").answered
    # how the costs of 協働 are shared, and money in the guidelines' sense, are still the guidelines' question
    assert engine.ask("共催事業の経費は、市と実行委員会でどう分担すればいい？").answered
    assert engine.ask("補助金を出し続けると団体が市に頼りきりにならない？").answered


def test_two_parties_named_as_collaborating_show_which_sense() -> None:
    from retrieval.search.decline.coverage import named_parties
    from retrieval.search.question.analyzer import shared_analyzer

    def pairs(text: str) -> list[tuple[str, str]]:
        return [tuple("".join(m.surface for m in run) for run in pair)
                for pair in named_parties(shared_analyzer().analyse(text))]

    assert pairs("作業員と機械が協働する現場") == [("作業員", "機械")]
    assert pairs("人間とAIの協働で") == [("人間", "ai")]
    assert pairs("市民と行政の協働とは") == [("市民", "行政")]
    assert pairs("NPOと市の協働事業") == []  # 協働事業 names a project, not who works together
    assert pairs("市とNPOで協議して協働する") == []  # nothing joins the parties to 協働


@pytest.mark.parametrize("question", [
    # tune171, tune168 (read): neither side is the city, a group or anyone the guidelines see working together
    "チャットボットとオペレーターが協働するコールセンターのシステムって、どう構築するんですか？",
    "植物と菌類が協働して生きている共生関係の例を、いくつか教えてもらえますか？",
])
def test_collaboration_between_strangers_to_the_guidelines_declines(engine: Engine, question: str) -> None:
    declined = engine.ask(question)
    assert not declined.answered and declined.reason in ("no-topic", "other-sense")


@pytest.mark.parametrize("question", [
    "市民と行政の協働って何？",
    "学校と地域の協働をどう進める？",  # 地域: a staple of the guidelines
    "NPOと市が協働するときの役割分担は？",
])
def test_collaboration_between_the_guidelines_parties_is_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).answered


def test_a_joint_venture_of_builders_is_another_sense(engine: Engine) -> None:
    declined = engine.ask("道路工事で地元の2社が共同企業体（JV）を組みたいそうです。出資比率はどう決めればいいですか？")
    assert not declined.answered and declined.reason == "other-sense"
    assert not engine.ask("市民活動補助金の電子申請、添付ファイルの容量上限はいくつ？").answered
    assert engine.ask("地元の企業と協働で清掃活動をするとき、役割はどう決めればいい？").answered


def test_a_forms_field_named_in_quotes_asks_how_to_fill_in_the_form(engine: Engine) -> None:
    declined = engine.ask("後援の申請書の「収支予算」の欄、入場無料のときは何て書いてもらえばいい？")
    assert not declined.answered and declined.declined_by == ("「収支予算」の欄", "書類の欄の書き方")
    # a field about 協働 itself asks how to think about 協働; so does a field named without quotes
    assert engine.ask("新規事業の検討シートに「協働の検討」という欄があるんですが、何を考えて書けばいいですか？").answered
    assert engine.ask("実績報告書の評価の欄って、市の担当が書けばいいですか？").answered


@pytest.mark.parametrize(("question", "place"), [
    ("横浜市の協働契約の制度では、契約書にどんな条項を入れることになっていますか。", "横浜市"),
    ("千葉県の協働推進員みたいな制度って、埼玉県にもありますか？", "埼玉県"),
    ("世田谷区って協働提案の制度を持ってたよね？", "世田谷区"),
    ("大沼町の協働のまちづくり条例の中身を教えて", "大沼町"),  # 大沼 + 町: the analyzer splits the suffix off
    ("横浜市には協働契約という仕組みがあると聞いたけど、どんな中身なんでしょうか。", "横浜市"),  # tune148, tune156 (read)
    # tune172 (read): the city as the subject (が), and a reason asked past the turn about the same 随契
    ("川崎市が協働事業提案制度で採択したNPOの一覧はどこで見られる？", "川崎市"),
    ("堺市ではNPOとの委託に随意契約を使っているそうですが、どんな根拠で随契にしているんでしょうか？", "堺市"),
    # tune172, tune96 (read): the city's 協働 told, and the ask only points back at it
    ("仙台市は震災のあとに協働の方針を見直したそうです。具体的に何が変わったんですか？", "仙台市"),
])
def test_an_ask_about_a_municipality_without_a_guideline_here_is_declined(engine: Engine, question: str,
                                                                         place: str) -> None:
    declined = engine.ask(question)
    assert not declined.answered and declined.declined_by == (place, "収録していない自治体")
    assert "自治体名を外して" in declined.declined_why  # what to do instead: ask the held guidelines


@pytest.mark.parametrize("question", [
    "横浜市の職員ですが、後援って協働になりますか？",  # who is asking
    "横浜市から異動してきました。こちらで協働を進めるときの注意点は？",
    "うちは町田市です。後援は協働？",
    "横浜市みたいに協定書を結ぶにはどうしたらいい？",  # a model to follow: the guidelines' question
    "横浜市の協働契約のように、役割分担を文書で決めておくべき？",
    "横浜市では協働契約を結んでいるらしい。うちでも協定書を作るべき？",  # told, not asked
    "北九州市の方針では情報公開をどう書いてる？",  # the knowledge's own municipalities
    "北海道の自治体でもこの指針は参考になる？",  # a region
    "東京都の小平市では、後援は協働になる？",  # an address of a held municipality
    "千葉県のマニュアルの8つの姿勢って？",
    "網走市には協働の形態がいくつあるの？",  # a held municipality, asked with には
    "千葉県が示す8つの姿勢って？",  # a held municipality, as the subject
    # told before the turn; what follows turns to a topic of the asker's own city
    "横浜市では協働契約を結んでいるそうですが、市としても役割分担を文書にしておくべきですか？",
])
def test_a_municipality_that_is_not_asked_about_declines_nothing(engine: Engine, question: str) -> None:
    assert engine.ask(question).answered


def test_the_municipalities_with_a_guideline_come_from_the_knowledge() -> None:
    from retrieval.search.decline.places import other_municipality
    from retrieval.search.question.analyzer import shared_analyzer

    analysis = shared_analyzer().analyse("横浜市の協働の指針では後援をどう扱っていますか")
    assert other_municipality(analysis, {"網走市", "千葉県"}).phrase == "横浜市"
    assert other_municipality(analysis, {"網走市", "千葉県", "横浜市"}) is None  # a sixth guideline, imported
    assert other_municipality(analysis, {"網走市", "横浜市市民局"}) is None  # issued by a department of the city


@pytest.mark.parametrize("question", [
    "地域で活動している市民団体の連絡先を知りたいのですが、どこで情報を得られますか？",
    "地域で活動しているNPOや団体の連絡先を知りたいんですが、一覧や情報はどこで手に入りますか？",
])
def test_where_to_find_groups_to_work_with_is_not_a_contact_to_look_up(engine: Engine, question: str) -> None:
    # tune30 and tune35 (read) were refused on 連絡先を知りたい; where to find groups is a topic of the guidelines
    # (千葉県's 情報提供・相談窓口): decline.yaml's unless for 連絡先・担当者
    answer = engine.ask(question)
    assert answer.answered
    assert ("chiba", "information") in {(p.doc, p.section_id) for p in answer.passages}


def test_an_offices_contact_is_still_a_contact_to_look_up(engine: Engine) -> None:
    assert not engine.ask("市民活動推進課の担当者の連絡先を知りたいです").answered


@pytest.mark.parametrize("question", [
    "相手の提案書、どこを見て判断すればいい？",
    "相手の会計がずさんな気がする。どうチェックする？",
    "相手が途中でやめたいと言ってきた",
    # tune41 (read) refused this: 避難訓練, 多め, アリ are words no passage holds, and パートナー was no subject
    "防災担当です。町内会に避難訓練の運営をお願いしたいのですが、「対等なパートナーなので」と負担を多めにお願いするのはアリですか？",
    # tune48 (read) refused this: 対等 is a subject, and a subject is read as a word in a sentence (alone, Sudachi cuts
    # 対等 into 対 + 等, and the subject had never matched)
    "危機管理課の山本です。自主防災組織と合同で防災訓練を企画していますが、町内会側の負担がどんどん重くなっている気がします。"
    "対等な関係ってどう考えればいいでしょうか。",
    # tune50 (read) refused this: 役割分担, one of the principles, stood among drill words no passage holds
    "危機管理課の新人です。自主防災組織と合同で避難訓練をやります。役割分担ってどこまで決めておけばいいですか？",
    # tune62 and tune67 (read) refused these: 役所 is staff's own word for the city, the other side of 協働
    "役所だけで全部面倒見るのはもう無理って言われるけど、どういう事情からそうなってるの？",
    "公のことは役所が担うものだとずっと思っていたんですが、それは違うんですか？",
    # tune69 (read) refused this: グループ is staff's everyday word for 団体
    "いつも同じグループにばかり声をかけてると、なあなあの関係になっちゃいませんか？",
])
def test_a_subject_among_words_no_passage_holds_shows_the_topic(engine: Engine, question: str) -> None:
    # decline.yaml's subjects name what the guidelines are about: 相手 (staff's word for the partner), パートナー,
    # and the principles 対等 and 役割分担. Without them as subjects these were refused for want of a topic
    # (the cost, accepted: 「相手の名前を忘れてしまった」 is answered too)
    assert engine.ask(question).answered


@pytest.mark.parametrize(("question", "kind"), [
    # tune17: a statute's reading, a rule's number of days, a room's capacity, the contact itself — each asked alone
    ("<@U07KYODO> 市民協働課です。自治会が市議選の立候補予定者を招く集会を市と共催したいそうです。公職選挙法上、問題はないでしょうか。",
     "税・法令・保険の判断"),
    ("協働事業で有償ボランティアに謝礼を払います。これって最低賃金法の対象になりますか？", "税・法令・保険の判断"),
    ("協働事業の相手を公募で選びます。公告は最低何日間掲載しないといけないか、規則上の日数を教えてください。", "期間・日数"),
    ("県民活動情報オフィスのミーティングスペース、定員は何人ですか？", "件数・人数"),
    ("オホーツク網走マラソンの実行委員会事務局の担当者名と連絡先が知りたいです。", "連絡先・担当者"),
    # collaboration between governments is not 協働 with citizens
    ("隣の市と定住自立圏を組む話が出ています。協定締結の手続きの流れを教えてください。", "自治体どうしの広域連携"),
])
def test_tune17_facts_and_senses_the_guidelines_never_hold_are_declined(engine: Engine, question: str, kind: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered and answer.declined_by is not None and answer.declined_by[1] == kind


@pytest.mark.parametrize("question", [
    "委託先のNPOに参加者の連絡先を渡すとき、個人情報の扱いで気をつけることは？",  # handling contacts, not asking one
    "協働の原則って全部でいくつある？",  # the guidelines count their principles
    "協働事業の期間は何年くらいが目安？",
])
def test_the_same_office_words_in_a_covered_ask_are_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).answered


def test_a_paraphrase_the_glossary_reads_as_a_guideline_concept_is_answered(engine: Engine) -> None:
    # tune20 (read): none of the passages' words, but 「どこと組む」 is the glossary's 選定, a concept they treat
    paraphrase = engine.ask("どこと組むかを決めたいきさつって、外の人にも見えるようにしておいたほうがいい？")
    assert paraphrase.answered and paraphrase.reason == "glossary"
    # words the glossary does not know stay no evidence
    assert engine.ask("市民の方からの長い電話を角を立てずに切り上げるには？").reason == "no-topic"
    # ... and a question about a projector the glossary reads as a facility stays declined by decline.yaml
    projector = engine.ask("地域の集会所で住民説明会やるんだけど、プロジェクターって庁内でどうやって借りるの？")
    assert not projector.answered and projector.declined_by == ("プロジェクター", "機器・システムの操作")


@pytest.mark.parametrize(("question", "kind"), [
    # tune19 (read): how many groups a city has; who holds a post now; a resident's certificate; other senses
    ("網走市には町内会っていくつあるんですか？", "団体の数"),
    ("市内にNPO法人って幾つあるんでしょう", "団体の数"),
    ("市内に自治会って全部でいくつあるんでしょう？あと加入率が何％かも知りたいです。", "団体の数"),  # tune17 (read)
    ("<@U07KYODO> 小平市の協働の推進委員会の委員長って、いま誰が務めているんですか？", "今年・次回の個別の事柄"),
    ("<@U07KYODO> 窓口で、DV被害を訴える方から住民票の写しの交付制限をかけたいと相談されました。手続きはどうなりますか？",
     "庁内の事務"),
    ("製造業で部品サプライヤーと協働して原価低減のカイゼン活動を進めるときの手順を知りたいです。", "工場・工事現場"),
    ("気候変動対策で各国が協働する仕組み、パリ協定の削減目標の決め方を教えてください。", "国どうしの協力"),
])
def test_tune19_counts_posts_and_senses_the_guidelines_never_hold_are_declined(engine: Engine, question: str,
                                                                                kind: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered and answer.declined_by is not None and answer.declined_by[1] == kind


@pytest.mark.parametrize("question", [
    "協働の形態っていくつあるの？",  # what the guidelines set out, counted
    "協議会はいくつ作ればいい？",  # a plan, not a statistic
    "今、誰に相談すればいい？協働の相手とうまくいってなくて",  # who to turn to: the guidelines name a desk
    "自治会と企業が協働で防災訓練をするとき、市の役割は？",
    "介護施設と自治会が協働で見守りをするとき、市の役割は？",  # a care home, no shift work: the guidelines' sense
])
def test_the_same_counts_and_settings_in_covered_asks_are_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).answered


def test_english_words_no_passage_holds_are_unread_not_evidence_of_absence(engine: Engine) -> None:
    # tune23 (read): the guidelines' own 公募 among English words the glossary does not map was refused
    # (as written, "the usual group" now reads as 団体 with the glossary's alias spread over "usual": this keeps the
    # question's other English words unread)
    english = engine.ask("How should we pick an organisation through 公募 rather than just asking the usual one?")
    assert english.answered and english.reason == "passage"
    # an English question holding nothing the guidelines hold has no topic left
    assert engine.ask("Where should we hold the team picnic this spring?").reason == "no-topic"
    # in a Japanese question an English word is a name and counts against the match like any unknown word
    assert not engine.ask("庁内LANのトラブル").answered


@pytest.mark.parametrize(("question", "answered"), [
    # tune30 (read) refused this: the template is the situation; after のですが it asks what to watch in the contract
    ("NPOとの協働型の委託契約を結ぶ予定です。普通の委託契約書の雛形をそのまま使うと市が一方的に決めた内容になってしまう"
     "のですが、契約の段階で気をつけることは？", True),
    ("補助金の申請書のひな形が欲しいのですが、どこにありますか？", False),  # what follows asks for the template's place
    ("共催の申請書のひな形がほしいんだけど、記入例もありますか？", False),  # what follows is a fact of its own
    ("3階のコピー機がまた紙詰まりしてるんだけど、保守業者の連絡先わかる人いる？", False),  # names no topic of theirs
    # tune35 (read) refused this: the rate table is set aside, and what follows asks who holds a joint report's rights
    ("男女共同参画課です。講演会の講師謝金の単価表を探してたんですが見つからず…それはまた聞くとして、NPOと協働で作った"
     "調査報告書って、権利はどっちのものになるんでしょう？", True),
    ("講師謝金の単価表はどこ？それはさておき、会議室の予約方法も教えて", False),  # set aside for another fact
    # tune51 (read) refused this: the amounts compared are how ordinary contracts choose; what follows asks of 協働
    ("業者はいつも入札で金額を比べて決めていますが、協働の場合も価格で選んでいいんでしょうか？", True),
    ("謝礼の単価表は見ましたが、協働の場合はいくらですか？", False),  # what follows asks the amount itself
])
def test_a_fact_word_before_the_sentence_turns_is_the_situation(engine: Engine, question: str, answered: bool) -> None:
    assert engine.ask(question).answered is answered


@pytest.mark.parametrize(("question", "answered"), [
    # scope (read) was answered: the centre's address and number asked together are its contact details
    ("市民活動センターの住所と電話番号を団体に案内したいので教えてください", False),
    ("ボランティアセンターの住所を教えてください", False),
    # a participant's address handed to a partner is the guidelines' personal-information question
    ("イベント参加者の住所を委託先のNPOに渡してもいいですか？", True),
])
def test_an_address_asked_for_is_a_contact_the_guidelines_never_hold(engine: Engine, question: str,
                                                                     answered: bool) -> None:
    assert engine.ask(question).answered is answered


@pytest.mark.parametrize("question", [
    # tune88 (read): the want tells the situation; the ask is a fact, however much the want is about 協働
    "<@U07KYODO> 防災課です。自主防災組織と協働で合同訓練をやるので、参加者にボランティア保険をかけたいです。"
    "1人あたりの保険料はいくらくらい？",
    "<@U07KYODO> 職員研修に地域のNPO代表を市民講師として呼びたいです。講師謝礼は1時間あたりいくらが基準ですか？",
    # ... or the want names the fact the ask points back at (tune4, read)
    "異動で肩書が変わったので名刺を作り直したいです。発注ってどこに頼めばいいですか？",
])
def test_a_want_beside_the_ask_is_the_situation(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


def test_a_want_alone_still_asks_about_its_topic(engine: Engine) -> None:
    assert engine.ask("自主防災組織と協働で合同訓練をやりたいです。").answered
    assert engine.ask("NPOに講師をお願いしたいです。謝礼の考え方で気をつけることは？").answered


@pytest.mark.parametrize(("question", "kind"), [
    # tune87-89 (read): who holds a post now, by the verb of holding it or with now or this year named
    ("オホーツク網走マラソンの実行委員長って誰がやってるの？", "今その役にいる人"),
    ("北九州市の「NPO窓口庁内連絡会議」って、座長はどなたが務めているんですか？", "今その役にいる人"),
    ("千葉県県民活動推進懇談会の今の委員って誰がいるんですか？名簿を見たいです。", "今その役にいる人"),
    ("網走市の地域協働の指針について直接問い合わせたいので、網走市役所で協働を担当している課長さんのお名前を教えてください。",
     "連絡先・担当者"),
    # where a place or a page is
    ("小平市市民活動支援センターの住所と最寄り駅を教えてください。", "施設・窓口の連絡先"),
    ("来月、北九州市の市民活動サポートセンターに視察に行く予定です。住所と代表電話を教えてもらえますか。", "施設・窓口の連絡先"),
    # when something opened or was published — naming the guideline does not make its URL or date its content
    ("大阪市協働指針の【実践編】のダウンロード先URLを教えてください。", "施設・窓口の連絡先"),
    ("大阪市協働指針【基本編】は何年何月に策定されたものですか。", "出来事の日付"),
    ("北九州の市民みらい創造プラザって、オープンはいつなの？", "出来事の日付"),
    # the cap or share a local rule sets
    ("市民活動団体と委託契約を結ぶとき、前金払いは契約額の何割まで認められますか。", "上限・割合の決まり"),
    ("補助金を同じ団体に出せるのは最長何年まで、という年数の上限って決まってますか？", "上限・割合の決まり"),
    # which group won
    ("去年のちばコラボ大賞ってどの団体が受賞したんでしたっけ？", "今年・次回の個別の事柄"),
    # tune90, tune101, tune102 (read): won as 取った
    ("ちばコラボ大賞、おととしはどこの団体が取ったんだっけ？", "今年・次回の個別の事柄"),
    ("ちばコラボ大賞で、今年はどの団体が大賞を取りましたか？", "今年・次回の個別の事柄"),
    # tune104, tune106 (read): the plan named, then its next one
    ("網走市の総合計画、平成30年度からの次の計画では協働はどう扱われていますか？", "今年・次回の個別の事柄"),
    # a court case asked in English
    ("Is there a court ruling on whether a 実行委員会 is liable as an association?", "法令の条文・判例"),
    ("Has a court ever ruled that a 委託 contract with an NPO was disguised labor dispatch?", "法令の条文・判例"),
    # tune72-89 (read), the same kinds asked otherwise
    ("協働推進員(旧パートナーシップ推進員)、今年うちの部からは誰が指名されてますか？", "今その役にいる人"),
    ("千葉県県民活動情報オフィスの電話番号と、開いている時間を教えてください。", "施設・窓口の連絡先"),
    ("北九州の社会福祉ボランティア大学校の研修に申し込みたいんだけど、受付期間と申込先わかる？", "施設・窓口の連絡先"),
    ("大阪市の協働指針の【実践編】は何年度に出たのか知りたいです。", "出来事の日付"),
    ("What's the maximum grant amount a 自治会 can receive under our 協働 subsidy program this year?", "上限・割合の決まり"),
    ("Who's the contact person at the 市民活動サポートセンター? I need their email address.", "施設・窓口の連絡先"),  # a person to reach (tune98)
    ("A group applied for our 協働提案事業 last month. Has their application been approved yet?", "今の状況"),
    ("地域担当職員制度を導入している自治体って、全国で今いくつくらいあるの？", "団体の数"),
    # tune91-92 (read): now, yet, and asked in English
    ("千葉県の協働推進員って今何人いるの？", "件数・人数"),  # the headcount itself, since 何人いる (tune175)
    ("千葉県の協働推進員、今年度は県民生活課だと誰が担当してるか名前わかる？", "今その役にいる人"),
    ("大阪市の協働指針【実践編】って、もう策定されたんでしょうか？", "今の状況"),
    ("「ふれあいの家」を使いたいという住民がいるんですが、利用の申し込みはどこにすればいいですか？", "庁内のシステムの使い方"),
    ("What's the upper limit for a 随意契約 when we 委託 a 協働事業 to an NPO?", "上限・割合の決まり"),
    ("What's the phone extension for the secretariat of Kitakyushu's NPO窓口庁内連絡会議?", "施設・窓口の連絡先"),
    # the system itself, which no guideline names, is what the asker is told of before the act's article
    ("Does choosing a 指定管理者 require a council vote under the Local Autonomy Act?", "指定管理者制度の手続き"),
    ("When will this year's 補助金交付決定通知 go out? The applicant group keeps asking me.", "今年・次回の個別の事柄"),
    # a city named inside a code's name is still the city asked about (「東京都の小平市」 is an address)
    ("横浜市の「横浜コード」ってどんな中身？協働のルールとしてうちでも参考にしたい。", "収録していない自治体"),
    # tune93-94 (read): a month an event is held in, who sits on a panel now, which group won or was adopted
    ("あばしりまなび塾フェスティバルって毎年何月に開催してますか？", "出来事の日付"),
    ("<@U07KYODO> 県民活動推進懇談会の委員名簿を見たいんですが、今の委員って誰ですか？", "今その役にいる人"),
    ("ちばコラボ大賞で去年大賞をとった団体ってどこでしたっけ", "今年・次回の個別の事柄"),
    # naming the guideline's city does not make this year's result its content
    ("<@U07KYODO> 地域振興課の佐藤です。小平市の提案型協働事業、今年度はどの団体の提案が採択されたか分かりますか？",
     "今年・次回の個別の事柄"),
    # the first of two answers offered ends on か, yet is asked, not embedded
    ("協定書に押す印鑑は市長の公印ですか、それとも担当課長の職印で足りますか？", "様式・書類の書き方"),
    # short decline.yaml additions: a course's fee, an opening day, an internal rule, an advance payment
    ("社会福祉ボランティア大学校の受講料と申込期限を教えてください", "金額"),
    ("市民みらい創造プラザのオープン日と利用時間は？", "施設の開館時間"),
    ("協働事業の協定書って、市長名じゃなくて部長名で締結しても決裁規程上問題ないですか？", "税・法令・保険の判断"),
    ("協働事業の委託料って前払いできますか？概算払いの規定があれば教えてください。", "会計と人事の手続き"),
    # tune95 (read): a sign-off asked after, the names of the groups adopted so far, a limitation period
    ("<@U07KYODO> 文化課の者です。先週受け付けた「みなと音楽祭」の後援申請、もう決裁おりてますか？", "今の状況"),
    ("小平市の提案型協働事業で、これまでに採択された団体の名前を一覧で知りたいです。", "今年・次回の個別の事柄"),
    ("補助金を不正に受け取った団体に返還を求める場合、時効は何年ですか？", "税・法令・保険の判断"),
    ("協働のまちづくり条例を制定している政令市ってどこがありますか？", "ほかの自治体の取り組み"),  # tune94 (read)
    # tune92, tune94 (read): a named city's next plan, which its guideline was written before
    ("網走市の2018年以降の次期総合計画では、協働はどう位置づけられていますか？", "今年・次回の個別の事柄"),
    ("What targets does Abashiri's next 総合計画, the one after 2017, set for 協働?", "今年・次回の個別の事柄"),
    # tune99 (read, all English): who holds a post or sits on a body now, who won, a count now, the month an event was
    ("Who is currently the director of Kitakyushu's Citizen Activity Support Center? I'd like to address the invitation"
     " letter to them by name.", "今その役にいる人"),
    ("Who chairs Kodaira's internal committee for promoting collaboration, and how often does it meet?", "今その役にいる人"),
    ("Who won the Chiba Collabo Award last year, and what was the winning project?", "今年・次回の個別の事柄"),
    ("How many certified NPO corporations are there in Chiba Prefecture right now? I need the latest count for a council"
     " report.", "今年・次回の個別の事柄"),
    ("In what month and year was Osaka's collaboration guideline (the basic edition) formally adopted?", "出来事の日付"),
    # tune100 (read, all Slack messages) and tune99 (English): a ruling, an article's number, a count a rule sets, the
    # winner's project, the date something was published, a city with no possessive, English for 公印 and ふるさと納税
    ("<@U07KYODO> 監査委員事務局です。補助金を受けた市民団体に市が返還を求めて裁判になった例があれば、判決の内容を教えて"
     "ください。", "法令の条文・判例"),
    ("<@U07KYODO> 秘書広報課です。政治団体が関わる講演会から後援名義の申請がありました。後援をお断りする根拠になる条例の"
     "条文番号を教えてください。", "法令の条文・判例"),
    ("<@U07KYODO> 文化課です。来年度、文化会館の指定管理者を選び直します。選定委員会に外部委員を何人入れる決まりになって"
     "いますか？", "上限・割合の決まり"),
    ("<@U07KYODO> 県民生活課とのやりとりで、ちばコラボ大賞の話が出ました。去年大賞をとった団体と事業名を知りたいです。",
     "今年・次回の個別の事柄"),
    ("<@U07KYODO> 政策企画課です。大阪市の協働指針の【実践編】を参考にしたいのですが、もう策定されていますか？公表された"
     "日付も分かれば教えてください。", "今の状況"),
    ("When is the planned 'Citizens' Future Creation Plaza' at Comcity in Kitakyushu scheduled to open? I need a date.",
     "出来事の日付"),
    ("Does Sapporo have a collaboration ordinance, and in which year was it enacted?", "収録していない自治体"),
    # tune105 (read): a city asked how it handles or whether it requires something, or named with a lower-case city
    ("How does Yokohama handle collaboration contracts with NPOs?", "収録していない自治体"),
    ("Does Sendai require open recruitment for every joint project?", "収録していない自治体"),
    ("How does Yokohama city handle 協働契約 with NPOs?", "収録していない自治体"),
    # tune157 (read): what a city made or changed
    ("What did Sendai change when it revised its collaboration policy?", "収録していない自治体"),
    ("How long does Kitakyushu usually take to process an application to certify a new NPO corporation?", "期間・日数"),
    # tune72, tune95 (read): how a staff member's time at a community event is paid; tune17, tune95: an NPO's certification
    ("職員が休日に町内会の行事を手伝った場合、時間外手当とか代休ってつくんですか？", "会計と人事の手続き"),
    ("認定NPO法人になるためのパブリック・サポート・テストって、具体的にどんな基準ですか？", "法人・団体の手続き"),
    ("Does the approval letter for 後援 need the mayor's official seal, or is the department head's seal enough?",
     "様式・書類の書き方"),
    # tune87, tune93 (read): in English the city shows by its capital, which normalize_text drops
    ("How does Yokohama's 協働契約 differ from an ordinary 委託契約? What exactly does their 横浜コード require?",
     "収録していない自治体"),
    # tune89, tune94-95 (read): a survey's date and size, which 北九州市's guideline, named, does not give
    ("北九州市の協働のあり方に関する基礎調査って、何年に何人を対象に実施したんですか？", "調査の時期・人数"),
    ("北九州市の協働に関する市民意識調査、実施したのは何年で回答者数は何人だった？", "調査の時期・人数"),
    ("協働提案事業で不採択になった団体から、審査請求したいと言われました。行政不服審査の対象になりますか？", "税・法令・保険の判断"),
    # tune103 (read, all English): a value asked for by name, a count of the city's groups, a document's release date,
    # a survey's response rate, and English for office facts (a tax return, a revenue stamp, a spreadsheet)
    ("What's the deadline for submitting the 実績報告書 after a subsidized project ends? Is it 30 days?", "担当者・金額・時刻"),
    ("Which organization actually operates the Onuma-cho/Hanakoganei community taxi, and what's the fare?",
     "担当者・金額・時刻"),
    ("What honorarium do we pay a resident who teaches at one of our staff training sessions?", "担当者・金額・時刻"),
    ("How many hours of collaboration training does each new hire have to complete per year?", "担当者・金額・時刻"),
    ("What's the annual operating budget of the Kodaira citizen activity support center?", "担当者・金額・時刻"),
    ("How many neighborhood associations are there in Abashiri, and what share of households belong to one?", "団体の数"),
    ("What's the minimum hourly wage an NPO has to pay its staff when it takes on a 委託 from us?", "上限・割合の決まり"),
    ("Is there a release date for the 実践編 of Osaka's collaboration guideline?", "出来事の日付"),
    ("What was the response rate of Kitakyushu's resident survey on collaboration, and how many people received the"
     " questionnaire?", "調査の時期・人数"),
    ("Do I need to file a tax return if I got paid for speaking at an NPO seminar on my day off?", "税・法令・保険の判断"),
    ("How much of a revenue stamp do we need to put on a collaboration agreement with an NPO?", "税・法令・保険の判断"),
    # the premium named without "the" (tune118, read)
    ("What's the usual premium per person for volunteer accident insurance on a partnership event?", "税・法令・保険の判断"),
    ("How do I turn on co-editing in our shared spreadsheet so the whole team can collaborate?", "機器・システムの操作"),
    # tune122 (read, all English): a city's own budget or population, asked by its name
    ("What was Osaka's total budget for 協働事業 in FY2023?", "担当者・金額・時刻"),
    ("What's Kitakyushu's population as of this year?", "市の統計"),
    # tune141-142 (read): the value asked with "how much is", a policy taking effect, a survey's size by から, a floor
    ("How much is Abashiri's annual budget for collaboration projects?", "担当者・金額・時刻"),
    ("When did Kitakyushu's collaboration policy take effect, and who approved it?", "出来事の日付"),
    ("北九州市が行った市民意識調査では、何人から回答を得たのですか？", "調査の時期・人数"),
    ("審議会の委員のうち、公募の市民委員を何割以上入れなければならないという基準はありますか？", "上限・割合の決まり"),
    ("What is the maximum amount of a single subsidy under Osaka's collaboration guideline?", "上限・割合の決まり"),
    # tune105, tune138 (read): a contact person by name, which office is in charge of 協働 in a named city
    ("Who is the current contact person in Chiba prefecture's citizen life division for collaboration consultations?",
     "今その役にいる人"),
    ("<@U07KYODO> 網走市役所で協働を担当してる課ってどこですか？問い合わせ先を団体に伝えたくて", "協働の担当課"),
    ("小平市で協働を担当してる課ってどこ？", "協働の担当課"),
    # tune143-144 (read, 60 to decline each): one year's or this moment's facts in other words
    ("網走市で協働の推進を担当している課の名前と、窓口がある庁舎の階を知りたいです。", "協働の担当課"),
    ("<@U07KYODO> 評価の仕組みを作る参考にしたくて。大阪市で協働事業を評価している第三者委員会って、どなたが委員をされているか"
     "ご存じですか？", "今その役にいる人"),
    ("今、全国で市民団体と協働の協定を結んでいる自治体はどのくらいあるんですか？", "団体の数"),
    ("Which NPOs is Kitakyushu City currently working with under its collaboration proposal program (協働提案事業)?",
     "今年・次回の個別の事柄"),
    ("What was Chiba Prefecture's total budget for promoting collaboration with citizen groups in fiscal 2023?",
     "担当者・金額・時刻"),
    ("<@U07KYODO> 生涯学習フェスの日程を決めたいんだけど、網走の「あばしりまなび塾フェスティバル」って例年何月ごろやってる？",
     "出来事の日付"),
    ("<@U07KYODO> 表彰事業の企画担当です。ちばコラボ大賞の直近の受賞団体と、どんな取組が評価されたのか、資料があれば見たいです。",
     "今年・次回の個別の事柄"),
    ("<@U07KYODO> 議会で他市の状況を聞かれそうです。北九州市の協働提案事業、昨年度の応募件数と採択件数の数字ってありますか？",
     "今年・次回の個別の事柄"),
    ("北九州市の職員用協働マニュアルはもう完成していますか。どこで読めますか。", "今の状況"),
    ("北九州市の職員用協働マニュアルって、もう完成して配られてますか？", "今の状況"),
    ("小平市の提案型協働事業の審査は何名の審査委員で行われていますか。審査基準の配点の内訳もあわせて確認したいです。",
     "上限・割合の決まり"),
    # tune145-147 (read, 60 to decline each in two): the same facts in other words — a number asked with 何ですか, a
    # rule's 条項番号, who 就任 to a panel, who took the award
    ("千葉県県民生活課に協働事業のことで相談したいのですが、窓口の電話番号と担当班の名前は何ですか。", "施設・窓口の連絡先"),
    ("大阪市で協働事業の委託を随意契約とする場合、根拠となる契約規則の条項番号を教えてください。起案文に引用したいので。",
     "法令の条文・判例"),
    ("大阪市で協働事業を評価する第三者委員会の委員には、どなたが就任していますか。", "今その役にいる人"),
    ("<@U07KYODO> ちばコラボ大賞、直近で大賞を取ったのはどこの団体でした？うちの職員研修で講演をお願いできないかと思って。",
     "今年・次回の個別の事柄"),
    ("需用費と役務費はどう区分すればよいですか。協働事業のチラシ印刷と郵送料の支出科目で迷っています。", "経費の精算"),
    # this year's chosen groups listed, a panel's members by whom they were asked of, this year's count in all
    # (sealed10, tune97, tune128: read)
    ("今年度、うちの市の協働提案事業に採択された団体を全部教えてください。", "今年・次回の個別の事柄"),
    ("<@U07KYODO> 協働推進課です。今年度の協働提案事業の審査会、外部の審査委員はどなたにお願いしてましたっけ？", "今その役にいる人"),
    ("<@U07KYODO> 市民協働課の佐野です。今年度うちの市で実施している協働事業は全部でいくつありますか？課ごとの件数も知りたいです。",
     "今年・次回の個別の事柄"),
    # tune148-149 (read, 60 to decline each): a post named before its holder is asked, a meeting count, the office's
    # network, a chat tool by name, a commuting allowance
    ("小平市の協働推進委員会で委員長を務めているのはどの部署の部長ですか。", "今その役にいる人"),
    ("北九州市のNPO窓口庁内連絡会議について、設置要綱上の構成課と年間の開催回数を教えてください。", "件数・人数"),
    ("LGWAN端末から外部のクラウドストレージにファイルを送る方法を教えてほしい", "機器・システムの操作"),
    ("Which is better for team collaboration, Slack or Microsoft Teams?", "機器・システムの操作"),
    ("Can I claim a commuting allowance if I cycle to city hall instead of taking the bus?", "会計と人事の手続き"),
    # tune150-152 (read, 60 to decline in two): personnel evaluation and exchange, a budget's reserve and transfers, who
    # signs off, a law's amendment, sample text, tomorrow's rain
    ("人事評価の面談シート、今期の目標はいくつくらい書けばいいですか？", "会計と人事の手続き"),
    ("県との人事交流で派遣される職員の旅費はどちらが持つのが普通ですか。", "会計と人事の手続き"),
    ("予備費を充用するときと予算を流用するとき、手続きはどう違いますか。", "会計と人事の手続き"),
    ("協働事業の委託契約の決裁区分は課長までで足りますか。", "会計と人事の手続き"),
    ("個人情報保護法の改正で、町内会に名簿を出すときの扱いはどう変わりましたか？", "税・法令・保険の判断"),
    ("自治会と結ぶ協定書の例文を示してください。", "様式・書類の書き方"),
    ("<@U07KYODO> 明日って雨降りますか？町内会と公園の草刈りをやる予定なんです。", "庁内の事務"),
    # a document the guideline only plans: its items, pages and contents (tune9, tune145, tune146)
    ("小平市が作った「協働の取り組みのチェックシート」には、具体的にどんなチェック項目が並んでいますか。", "指針が作るとしている文書の中身"),
    ("北九州市が作ると書いている職員用協働マニュアル、何ページぐらいのもので、どこでダウンロードできますか。",
     "指針が作るとしている文書の中身"),
    # ... named beside its guideline (協働指針), no longer read as asking what the guideline holds: decline.yaml's kind
    ("<@U07KYODO> 大阪市の協働指針【実践編】に載っている協働事業評価シートの評価項目と配点を一覧で教えてください。",
     "大阪市の【実践編】"),
    # tune143-144 (read): a tender's rules and the accounting system — 「指名競争入札で選んでいい？」 stays answered
    ("指名競争入札で指名業者を選ぶときの基準はどうやって決まっているんですか", "入札の手続き"),
    ("<@U07KYODO> 協働事業の評価シートを作りたくて、大阪市が実践編で作った評価シートの様式をそのまま見せてもらえませんか？",
     "大阪市の【実践編】"),
    ("How do we calculate the 最低制限価格 when putting park maintenance 委託 out to bid?", "入札の手続き"),
    ("<@U07KYODO> 財務会計システムで支出負担行為を入力したら「予算残額不足」のエラーが出て先に進めません。どこに問い合わせれば"
     "よいでしょうか。", "機器・システムの操作"),
    # tune104 (read): a tax-exempt partner, this year's winner as a noun, when a call closes, election work
    ("協働事業の委託料に消費税はかかりますか？相手のNPO法人が免税事業者の場合はどうなりますか。", "税・法令・保険の判断"),
    ("ちばコラボ大賞の今年度の受賞団体ってどこでしたか？", "今年・次回の個別の事柄"),
    ("協働提案事業の来年度の募集っていつ締め切りですか？企画書を出したいという団体から問い合わせが来ていて。", "日付・時刻・期限"),
    ("<@U07KYODO> 選挙管理委員会です。来春の市議選で期日前投票所を増やしたいのですが、ショッピングセンターに設置するときの"
     "手続きはどうなりますか？", "選挙の事務"),
    # tune87, tune93, tune95 (read): a budget item's name, a staff member's side job, the office's booking system
    ("<@U07KYODO> 会計課です。協働事業で実行委員会に出す負担金、予算の節は「負担金補助及び交付金」で切っていいんでしたっけ？",
     "会計と人事の手続き"),
    ("職員が実行委員会の会計係を引き受ける場合、兼業の許可申請は必要ですか？", "会計と人事の手続き"),
    ("<@U07KYODO> 総務課です。会議室の予約システムが朝から落ちてるんですけど、どこに連絡すればいいですか？", "機器・システムの操作"),
    # tune108 (read): whether a document is out yet, whether an application went through, who chaired a panel,
    # which article of a law
    ("Has Osaka City actually published the 【実践編】 of its 協働指針 yet? If so, when?", "今の状況"),
    ("<@U07KYODO> 観光課です。先月出した花火大会の後援名義の申請、もう承認されたか分かりますか？", "今の状況"),
    ("千葉県のマニュアルにある『8つの姿勢』を作った研究会の座長って誰だったか分かる？", "今その役にいる人"),
    ("協働事業の委託料を前金払いにできる法的根拠はどの条文ですか？", "法令の条文・判例"),
    # tune110 (read, all English): who's in a post, written with the contraction; which group got a contract
    ("Who's the person in charge of 協働 at Abashiri city hall? I'd like to email them directly.", "今その役にいる人"),
    ("Which NPO got the contract to run Kodaira's women's gathering event this year?", "今年・次回の個別の事柄"),
    # tune112 (read, all English): a court named, an agreement signed yet, English for office facts listed in Japanese
    ("What did the Supreme Court decide about whether a 補助金 to a 自治会 that runs a shrine festival violates the"
     " separation of religion and state?", "法令の条文・判例"),
    ("Did our parks section's 協定書 with the Sakuradai 自治会 for the flower beds get signed by the mayor yet?", "今の状況"),
    ("What subsidy rate can the city cover for a citizen group's event — is it half of the costs, or two thirds?", "金額"),
    ("What hourly rate should we pay a citizen lecturer who teaches at our staff training?", "金額"),
    ("Our university partner wants royalties on the app we developed together. How is patent ownership usually split?",
     "税・法令・保険の判断"),
    ("What do I need to bring to get a resident certificate issued on behalf of my father?", "庁内の事務"),
    ("How long do we have to keep the files from a joint project with a citizen group — is the retention period five"
     " years or ten?", "庁内の事務"),
    # tune90, tune96-97, tune106 (read): which seal, how long a file is kept, whose sign-off the rules require
    ("協働事業の協定書に押すのは市長印ですか？", "様式・書類の書き方"),
    ("補助金の申請書類って保存年限は何年でしたっけ？", "庁内の事務"),
    ("実行委員会への負担金の支出、決裁規程ではどこまで上げればいいですか？", "税・法令・保険の判断"),
    ("先週出した市民まつりの補助金の申請、もう承認されましたか？", "申請・審査の状況"),  # tune119 (read)
    # tune97, tune107, tune111, tune120 (read): a head's post asked bare, who holds a post now asked the other way round
    ("市民ふれあい祭りの実行委員長って誰ですか？", "今その役にいる人"),
    ("うちの課から県の協働推進員に登録されてるのって誰だっけ？", "今その役にいる人"),
    ("県の協働推進員って、いまうちの部では誰が担当なんでしたっけ？", "今その役にいる人"),
    ("小平市の協働の推進委員会の委員長は、どの部の部長が務めていますか？", "今その役にいる人"),  # tune135: by which department
    ("網走の「ふれあいの家」って、市内に今いくつあるんですか？", "今年・次回の個別の事柄"),  # tune96 (read): a count now
    # tune107 (read), validation sets: how one application came out, asked whether known or whether done yet
    ("先週出した後援申請、もう承認おりました？", "今の状況"),
    ("先月出した協働提案、審査がどうなったか分かりますか？", "今の状況"),
    ("うちの課から出した申請、もう審査終わってるかわかりますか？", "今の状況"),
    ("Does a 実行委員会 need its own registered seal to open a bank account for the event funds?", "法人・団体の手続き"),
    ("Which tool would you recommend for real-time collaborative editing of documents, Google Docs or Office 365?",
     "機器・システムの操作"),    # a fee named in Japanese inside an English value ask; a cap on how many or how much (tune110, tune112)
    ("What is the 委託料 the city pays for the 大沼町・花小金井 community taxi operation?", "担当者・金額・時刻"),
    ("Is there a limit on how many name-sponsorship requests a single group can get from the city per year?",
     "上限・割合の決まり"),
    ("Is there a cap on how much subsidy a citizen group can receive per project?", "上限・割合の決まり"),
    # the grammar reads these, so decline.yaml no longer lists 住所を教えて or "maximum amount"
    ("市民活動センターの住所を教えて", "施設・窓口の連絡先"),
    ("What is the maximum amount of the subsidy for a 協働 project?", "上限・割合の決まり"),
    # tune115 and tune118 (read, English): when something was published or enacted, whether it ever happened, who
    # won, the next meeting after "and", who chaired, the longest term, a sum or a percentage, last year's survey
    ("When did Osaka put out its first collaboration white paper, and what were the results?", "出来事の日付"),
    ("When did Kodaira enact its 自治基本条例, and does it include a clause on collaboration?", "出来事の日付"),
    ("When exactly was Osaka's 協働指針【実践編】 published, and where can I download the PDF?", "出来事の日付"),  # tune112
    ("Did Kodaira's internal 協働 promotion committee actually get set up, and when was its first meeting?", "今の状況"),
    ("Did Osaka ever actually publish the 実践編 of their collaboration guideline, and if so when?", "今の状況"),
    ("Has the Citizens' Future Creation Plaza in Kitakyushu opened yet, and what name did it end up with?", "今の状況"),
    ("Which groups won the Chiba Collabo Award last year?", "今年・次回の個別の事柄"),
    ("Which universities has Abashiri City signed 連携協定 with so far? I need the full list for a report.",
     "今年・次回の個別の事柄"),  # tune128: the partners signed up to now
    ("Who is the designated collaboration promotion officer in the health and welfare department right now?",
     "今年・次回の個別の事柄"),
    ("How often does Kitakyushu's NPO liaison meeting actually meet, and when is the next one?", "担当者・金額・時刻"),
    ("What's the name of the professor who chaired the study group behind the eight attitudes for staff?",
     "今その役にいる人"),
    ("What's the longest validity period allowed for a 協定書 — three years, five?", "上限・割合の決まり"),
    ("If an NPO leaks personal data under a 委託 contract, how much in penalties can the city claim?", "担当者・金額・時刻"),
    ("How much money did Kodaira set aside for collaboration projects in fiscal 2009?", "担当者・金額・時刻"),
    ("What percentage of a donation to a 認定NPO法人 can a resident deduct from their taxes?", "担当者・金額・時刻"),
    ("Did Abashiri's resident satisfaction score go up in last year's survey?", "調査の時期・人数"),
    # tune87, tune91, tune93 (read): how long a procedure takes, how many sit on a body, how long a designation runs
    ("NPO法人の認定を申請してから結果が出るまで、何か月くらいかかるものですか？", "上限・割合の決まり"),
    ("協働事業の評価委員会（第三者委員会）は何人の委員で構成するのが標準ですか？", "上限・割合の決まり"),
    # tune138, tune140 (read): how many officers a post has — put, assigned or named — by the grammar, not a list
    ("<@U07KYODO> 千葉県の協働推進員って、各課に何人置くことになってるんですか？うちも出してと言われまして。", "配置の人数"),
    ("大阪市の各区には協働推進担当職員が何人配置されていますか？", "配置の人数"),
    ("千葉県の協働推進員は各課に何名配置することになっていますか。", "配置の人数"),
    ("市民活動支援センターを中間支援NPOに指定管理で任せる場合、指定期間は何年にするのが標準ですか", "上限・割合の決まり"),
])
def test_facts_no_guideline_holds_about_what_it_names_are_declined(engine: Engine, question: str, kind: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered and answer.declined_by is not None and answer.declined_by[1] == kind


@pytest.mark.parametrize(("question", "kind"), [
    # tune127, tune128 (read): a phone line, a room's capacity, an application's status, a stockpile, a spreadsheet —
    # the first two beside a guideline's name (千葉県), which alone does not make a fact the guideline's
    ("<@U07KYODO> 企画課の坂本です。千葉県の県民生活課に協働の件で電話したいのですが、代表ではなく担当の直通番号を教えて"
     "もらえますか？", "連絡先・担当者"),
    ("千葉県県民活動情報オフィスのミーティングスペースは何人まで使えて、予約はいつから受け付けていますか？", "件数・人数"),
    ("<@U07KYODO> Facilities Div. here. Could you check the status of the 協定 application we sent last week to the"
     " Higashi-cho 町内会?", "申請・審査の状況"),
    ("How much water and food should each 自主防災組織 stockpile per household?", "防災の備蓄"),
    ("Excelで重複している行をまとめて削除する方法は？", "機器・システムの操作"),
    # tune130 (read): when a notice arrives, the verb after the month or the noun before it
    ("協働推進の交付金、決定の通知は例年だと何月ごろに届きますか？", "出来事の日付"),
    ("協働事業の委託料の入金って、何月ごろになりますか？", "出来事の日付"),
])
def test_facts_read_blind_sets_asked_are_declined(engine: Engine, question: str, kind: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered and answer.declined_by is not None and answer.declined_by[1] == kind


def test_stock_a_partner_lends_is_the_situation_not_the_ask(engine: Engine) -> None:
    # tune91 (read): 備蓄 stands in the situation; the ask is about the form the help takes
    assert engine.ask("<@U07KYODO> 防災危機管理課の山本です。防災フェアで地元のホームセンターが備蓄品の展示と物品提供をして"
                      "くれることになり、市は会場と広報を受け持ちます。お互いの取り決めを書類にしておきたいんだけど、"
                      "どんな項目を入れておけばいい？").answered


@pytest.mark.parametrize("question", [
    # who should take a part, and what kind of staff a post is given to, are the guidelines' questions
    "実行委員会の委員長は誰が務めるべき？",
    "協働推進員には誰がなっているの？",
    "協働の行動規範って全部でいくつあるんだっけ?それぞれの名前も知りたい",
    # whether to tell someone an address is personal data; which office to call is a contact they name
    "参加者の住所を団体に教えていい？",
    "参加者の住所を委託先に教えてもいいですか？",
    "千葉県の市民活動団体との協働について県に相談したいとき、電話するならどこの課になりますか",
    # what a plan was, as a guideline recorded it; what the guideline says about a date
    "小平市市民活動支援センターは、何年度に本格開設される予定でしたか。",
    "小平市の指針では、市民活動支援センターはいつ開設される予定ですか",
    # how to set a cap is a how-to; which group to pick, a choice the guidelines advise on
    "補助金の上限を決めるときの考え方は？",
    "どの団体が選ばれたかを公表すべき？",
    # いくつも, いくつか are many and some, not a count asked; where to ask is a contact the guidelines name
    "里山保全をしている団体が市内にいくつもあるのに、お互いを知らない。団体どうしをつなぐのに市ができることは？",
    "市民活動団体との協働でわからないことが出てきたとき、県ではどこが相談に乗ってくれる？問い合わせ先を知りたいです。",
    # tune93 (read) refused this: a policy on templates asks for a system the guidelines describe, not a form
    "協働相手の選び方や協定書のひな形について、市として仕組みを整える方針はありますか？",
    # a dual-employment rule in the situation; the ask is how staff's local activity stands in 協働 (tune15, read)
    "兼業規定との関係で慎重論もあるのですが、協働の観点から職員の地域活動はどう位置づけられていますか",
    "市民グループからの持ち込み企画、前例がないからとつい門前払いしたくなってしまいます。どう考えれば？",  # not 前払い
    "ほかの自治体では、協働事業の評価を団体とどこまで一緒にやっていますか？",  # how far, not which municipalities
    # a city kyodo holds, named in English; another one only as a model to follow; a contraction opening the sentence
    "What does Kodaira's guideline say about 協定書?",
    # what should be, and what Kodaira's guideline planned, asked in English
    "Who should chair the executive committee when we run a festival with local groups?",
    "Kodaira: is there a support center for citizen groups, and when was it supposed to open fully?",
    "How should we plan collaboration with NPOs for next fiscal year?",
    "We're doing a summer event as 共催 with the local shotenkai. Who's the organizer legally, and what should we agree on?",
    "Does Kodaira have a support center for citizen activities? When was it supposed to open properly?",
    "When was Kodaira planning to fully open its citizen activity support center?",  # tune102 (validation) refused it
    "職員が町内会の行事に参加するのを、市として勧めているんでしょうか？",  # staff taking part is 網走市's
    "次期総合計画の策定で、網走市の指針では総合計画と協働をどう結び付けていますか？",  # the asker's own next plan
    "Should we, like Yokohama's code, write each side's roles down in a 協定書?",
    # tune127 (read) refused it: a possessive naming the asker's section is no municipality asked about
    "<@U07KYODO> Watanabe, Children's Affairs. Our project with an NPO involves paying them public funds. Someone said"
    " that makes it '狭義の協働' — which principles are especially non-negotiable in that case?",
    # a value the text holds, and what a part or a difference is (tune13, read, and the calibration)
    "The 北九州 survey said lots of staff don't really understand 協働 — what were the numbers exactly?",
    "How many rules are there in Kitakyushu's code of conduct?",
    "What's the difference between 委託 and 協働?",
    "What is the role of the city in a 実行委員会?",
    # tune110 (read, all English) refused these: a fee named as an example of public money; a fiscal year in the
    # situation, and an adverb; passed from one department to another (縦割り)
    "When public money goes to the group, like a subsidy or a contract fee, which of Kitakyushu's rules does it call"
    " essential, and why?",
    "We're redoing our senior exercise program next fiscal year. When we review an existing project like that, are we"
    " supposed to consider running it collaboratively?",
    "Groups keep complaining they get passed from one department to another. Do the guidelines acknowledge this, and"
    " what are we supposed to do about it?",
    # tune112 (read): the same said of sections
    "Groups keep telling us they get bounced from one section to another. Is there anything in the guidelines about"
    " fixing that inside city hall?",
    # a limit to what may be asked of a partner, and a cost's split, are the guidelines' questions
    "Is there a limit to what we can ask a 自治会 to do?",
    "What is the 経費 split between the city and the NPO?",
    # running a polling place with a group is 協働 (the election-work kind's unless)
    "期日前投票所の運営を地域の団体に任せたいのですが、協働で進めるときの注意点は？",
    "What's the difference between 委託 and 協働?",
    "協働についての職員アンケート、いつ実施すればいいですか？",  # when to do one is a plan, not a date asked
    "北九州市の意識調査では、協働という言葉を知らない市民はどれくらい？",  # the share the guideline gives
    # a survey's share of staff, what collaboration saves, whether it is worth doing, asked in English
    "What percentage of city staff have worked with NPOs, according to Kitakyushu's survey?",
    "How much money does collaboration save the city?",
    "Does working with NPOs actually save the city money?",
    # tune118 (read) refused it: the fee is one of the ways to pay, and the how-to before it asks about 協働's money side
    "How should the money side work when we partner with a group? Do we pay them as a subsidy, as a commission fee, or"
    " some other way?",
    # how often to review is the guidelines' 時限性, however the asker puts the figure
    "協働事業って何年ごとに評価するのが標準？",
    "協働事業は何年くらいで見直すのが一般的ですか？",
])
def test_the_same_words_asking_what_the_guidelines_treat_are_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).answered


def test_a_phrase_set_aside_by_unless_leaves_the_grammar_to_read_the_sentence(engine: Engine) -> None:
    # 様式 is set aside beside チェックシート (小平市's own); where to download it is still an office system's question
    # (tune88 asked it of the Excel file, which decline.yaml now lists itself)
    declined = engine.ask("小平市の協働の取り組みチェックシートを使ってみたいんですが、Wordの様式ってどこからダウンロードできますか？")
    assert not declined.answered and declined.declined_by is not None
    assert declined.declined_by[1] == "庁内のシステムの使い方"
    assert engine.ask("協働事業を点検するためのチェックシートのような様式はありますか？").answered


def test_naming_a_guideline_in_english_is_evidence_when_an_entry_gives_passages_to_quote(engine: Engine) -> None:
    # tune78 (read) refused this for want of a topic: few English words match a Japanese passage, yet an entry matches
    answer = engine.ask("If we don't sign a formal agreement, how can roles still be made clear under Kodaira's approach?")
    assert answer.answered and answer.passages[0].doc == "kodaira"
    # with nothing to quote, naming the guideline is still no answer
    assert not engine.ask("Why does Abashiri say the city can't handle things on its own anymore?").answered
    # ... nor is an entry matched on words that name nothing of the guidelines (team, next month, start, way):
    # tune115, tune122, tune135 (read) asked Abashiri's snow, trains and hotels
    for question in ("Can you recommend a hotel near Abashiri Station for our team's study visit next month?",
                     "When does snow removal start on residential roads in Abashiri?",
                     "What's the fastest way to get from Sapporo to Abashiri by train?"):
        assert not engine.ask(question).answered, question


def test_naming_a_guideline_in_english_does_not_answer_a_fact_it_never_holds(engine: Engine) -> None:
    assert not engine.ask("What is the phone number of Kodaira's citizen activity center?").answered
    assert not engine.ask("Is there a court ruling on Abashiri's 委託 contracts?").answered


def test_an_everyday_staple_word_after_the_turn_names_no_topic(engine: Engine) -> None:
    # tune74 (read): 必要 after 「…作りたいんですが、」 made the bank account the situation and the ask a topic
    assert not engine.ask("実行委員会の名義で銀行口座を作りたいんですが、窓口に持っていく書類は何が必要ですか？").answered
    # a subject after the turn still asks about it
    assert engine.ask("普通の委託なら見積合わせで金額を比べて決めますが、協働の場合も価格で選んでいい？").answered


@pytest.mark.parametrize("question", [
    # tune91 (read): the ask asks only whether the bot knows; the question told just before it is what is asked
    "<@U07KYODO> 市民協働課です。小平市の提案型協働事業について、今年度の募集締切がいつか団体から聞かれました。わかりますか？",
    "<@U07KYODO> 窓口担当です。先月うちの課に協働事業の提案書を出した団体から、審査結果はいつ出るのかと問い合わせが"
    "ありました。どうなってますか？",
    "<@U07KYODO> 観光課です。オホーツク網走マラソンの実行委員会の事務局の連絡先を教えてほしいと問い合わせが来ています。"
    "わかりますか？",
])
def test_an_ask_pointing_back_asks_the_question_just_told(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


def test_a_follow_up_naming_no_topic_asks_the_question_reported_before_it(engine: Engine) -> None:
    # tune150 (read): 「…特許の持ち分をどう決めるか相談されました。一般的にはどう分けるものですか？」 — the follow-up names
    # nothing the guidelines treat, so it asks the reported question again (the patent share), which they never hold
    answer = engine.ask("<@U07KYODO> 企業立地課です。市内の2社が共同で新製品を作るそうで、特許の持ち分をどうするか相談"
                        "されました。普通はどのくらいの割合にするものですか？")
    assert not answer.answered and answer.declined_by is not None and answer.declined_by[1] == "税・法令・保険の判断"


def test_a_follow_up_after_a_situation_told_is_no_reported_question(engine: Engine) -> None:
    # 保険料 stands in the situation, and 「事前にどう決めておけば」 asks how to settle who pays: answered (without
    # a question reported, the follow-up is not read as repeating the situation)
    assert engine.ask("<@U07KYODO> 青少年課です。成人式を若者団体との実行委員会でやっていますが、会場費や保険料を誰が"
                      "どれだけ持つかで毎年揉めます。事前にどう決めておけばいいですか？").answered


def test_an_ask_pointing_back_at_a_question_the_guidelines_answer_is_answered(engine: Engine) -> None:
    assert engine.ask("団体から「協働と委託は何が違うのか」と聞かれました。わかりますか？").answered


def test_roles_and_partners_in_another_senses_setting_show_no_topic(engine: Engine) -> None:
    # tune92 (read): 役割分担 is a subject, yet in チーム医療 it is the team's roles
    assert not engine.ask("チーム医療で医師と看護師が協働するとき、役割分担はどう決めるのが一般的ですか？").answered
    # a partner of the guidelines named in the same setting still shows the topic
    assert engine.ask("学校の授業で地域のNPOと協働するとき、役割分担はどう決めればいい？").answered


def test_roles_in_another_sense_s_setting_are_that_sense_s_roles(engine: Engine) -> None:
    # sealed39, tune144 (read): neither 協働 nor 連携 is said, and 役割分担 in a ward is the ward's
    assert not engine.ask("病院のチーム医療で、看護師と薬剤師の役割分担をどう決めるのがいいですか？").answered
    assert not engine.ask("チーム医療で、看護師と薬剤師の役割分担ってどう決まっているんですか？").answered
    # a partner of the guidelines in the same setting still shows the topic
    assert engine.ask("市立病院で活動しているボランティア団体と市の役割分担はどう決めればいい？").answered
    assert engine.ask("介護施設の運営をNPOに委託するとき、市と相手の役割分担はどう決める？").answered


def test_a_qa_entry_sharing_an_office_word_does_not_carry_a_setting_question(engine: Engine) -> None:
    # tune124 (read): 研修 matched an entry on groups' management training; in a ward it is the nurses'
    assert not engine.ask("<@U07KYODO> 市立病院の看護部です。病棟で医師と看護師の協働を進めるために、"
                          "特定行為研修を受けた看護師の配置基準を教えてください。").answered
    assert not engine.ask("保育課です。保育士同士の協働性を高める園内研修をやりたいのですが、"
                          "どんなグループワークが効果的ですか？").answered
    # a partner named in the setting's sentence still carries it
    assert engine.ask("病院の看護師さんたちのNPOと協働で、市民向けの研修を開きたい。何を決めておけばいい？").answered


def test_a_setting_word_in_another_sentence_describes_the_partner(engine: Engine) -> None:
    # sealed37: 看護師 among the club's members is not a ward; the club is the partner of 協働
    assert engine.ask("<@U07KYODO> スポーツ推進課です。市民マラソンの給水所運営を、設立2年目のランニングクラブと協働で"
                      "やれないか検討しています。活動実績はまだ少ないけど、メンバーに看護師がいるそうです。"
                      "相手として大丈夫でしょうか？").answered


@pytest.mark.parametrize("question", [
    "実行委員会の代表は誰がやるべきですか？",  # who should: the guidelines' question
    "協働推進員って誰がなるんですか？",  # a post ending in 員 asked bare: what kind of staff, which 千葉県 says
    "協働事業の審査って、どうやって通るか分かりますか？",  # how an application gets through, not how one came out
])
def test_who_should_hold_a_post_is_not_who_holds_it(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered or (answer.declined_by or ("", ""))[1] != "今その役にいる人"


@pytest.mark.parametrize("question", [
    # tune125–126 and tune118, tune122 (read): each line of decline.yaml added for them, and two grammar readings
    "Is income an NPO法人 earns from a 委託 contract subject to corporate tax, and under which category?",
    "Is consumption tax handled the same way on a 補助金 as on a 委託料 paid to an NPO?",
    "Is a 町内会 legally allowed to campaign for a candidate in the city council election?",
    "If a staff member helps at their 町内会 event during working hours, can that be treated as special leave?",
    "What's the weather forecast for Abashiri this Sunday? We're deciding whether to hold the outdoor event.",
    "What does 'collaborative filtering' mean in recommendation systems?",
    "What's the standard agenda for a 地域ケア会議 where care managers and other professionals discuss a case?",
    "マイナンバーカードの出張申請受付を町内会館でやりたいんですが、どう段取りすればいいですか？",
    "人とAIの協働で窓口業務を効率化した自治体の事例を教えてください。",
    "保育園と家庭の協働を進めたいのですが、おすすめの連絡帳アプリはありますか？",
    "協働事業のためにNPO法人へ市有地を貸す場合、貸付料はどうやって算定すればいいですか？",
    "Who is currently in charge of the 協働 promotion section at Kodaira City Hall? I need a name.",
    "Who was the mayor of Abashiri when the 地域協働の指針 was issued? I need the name for a presentation slide.",
    "市民団体向け説明会で使うプロジェクターを借りたいのですが、貸出の手続きは？",  # borrowing one is no lending to a group
    # tune133–134 (read): how a grant is taxed, asked in English; a guideline cited before the turn, a fact after it
    "How would a subsidy from the city be taxed once a 自治会 receives it?",
    "How much can a neighbourhood association receive from the city for its autumn festival?",
    "How many years must we store the records of a completed 協働事業?",
    "How many members are needed to found an NPO法人?",
    "What does the public support test for a 認定NPO法人 actually measure?",
    "町内会の会計で、会費と市からの補助金はどう仕訳すればいいですか？",
    "How much insurance coverage should volunteers at our joint river cleanup carry?",
    "What is the street address of Chiba's 県民活動情報オフィス?",
    "Do you have the web address of Kodaira's 市民活動支援センター?",
    "大阪市の協働事業で、いちばん予算額の大きい事業はどれですか？",
    "小平市の協働事業の予算総額を、議会資料用に教えてください。",
    "What overhead should an NPO be allowed to add to its quote for a 委託?",
    "Can a 実行委員会 carry over the money left at the end of the year?",
    "協働相手の団体の理事が反社会的勢力とつながっていないか、確認する方法を教えてください。",
    "網走市の指針に職員の地域活動への参加を勧めるってありますけど、職員のボランティア休暇は年に何日までですか？",
    # tune151-152 (read): a dev team collaborating, an internship under 産学連携 (the glossary no longer reads it as a
    # 連携協定), months an approval takes
    "Our dev team keeps stepping on each other's code. How can we collaborate better across time zones?",
    "大学と産学連携で共同研究をするとき、研究室に来る学生の交通費はどちらが持つのが普通ですか。",
    "How many months does it usually take for a new NPO法人 to be approved?",
    # tune154 (read): childcare leave, a fee schedule of care, a whiteboard tool
    "協働事業の担当ですが、来年から育休を取ります。育児休業中の手当はどこに申請すればいいですか？",
    "病院と介護事業所が協働したときに算定できる診療報酬はどれですか？",
    "Which online whiteboard works best for collaborative planning sessions?",
    # tune144, tune146 (read): the office's own parties
    "協働事業の打ち上げを兼ねた課の送別会、会場はどこがいいですか？",
    # tune153, tune156 (read): a budget's unspent balance
    "協働事業の委託料の不用額は、決算資料でどう説明すればいいですか？",
    # tune158-161 (read): a deadline asked as 期限, the staff's health checks and transfers, an advance's settlement,
    # an expenditure's voucher, the office's tools, software and living things as settings
    "協働事業で使った物品の精算、期限っていつまででしたっけ？",
    "人間ドックの助成って、どうやって申し込むの？",
    "共済組合の給付の手続きって、どうやればいいの？",
    "イベントの釣銭用に受けた前渡金の精算は、どうすればいいですか？",
    "委託料の支出負担行為の伝票って、契約締結前に起票してもいいんでしたっけ？",
    "来年度の異動希望調書は、どこに出せばいいですか？",
    "協働先の団体の方をTeamsの外部ゲストとして招待する申請はどこに出せばいいですか？",
    "電子決裁システムで合議先を追加する方法がわかりません。",
    "Googleドキュメントで複数人で協働編集するとき、変更履歴を確認する方法を教えてください。",
    "ソフトウェア開発のチームって、協働としてどんな効果があるんですか？",
    "生態系の中で、違う種どうしが協働している例ってどんなのがある？",
    "アリやハチの社会で見られる協働（分業）って、どういう仕組みになってるんですか？",
    "アリが協働して巣を作る仕組みを子どもに説明したい。どう話せばいい？",
    "植物と菌根菌の協働関係って、共生とどう違うの？",
    # tune162-165 (read, midway): overtime, health checks, jokes and toasts, programming practice, more living things
    "時間外勤務の事前命令って、どういう手順で申請するんでしたっけ",
    "なにか面白いダジャレを一つ言ってみて",
    "<@U07KYODO> 市民協働課の歓送迎会の幹事になってしまいました。協働課らしい乾杯のあいさつを考えてもらえませんか？",
    "ペアプログラミングとモブプログラミング、チームの協働にはどっちが向いてる？",
    "ペアプログラミングって、チームの協働にはどうなの？",
    "子どもに「アリとアブラムシは協力して暮らしているの？」と聞かれました。どういう関係なんですか？",
    "ミツバチと花の協働って、どういう関係なんですか？",
    "自然界の協働関係ってほかにどんなのがある？",
    # tune158-169 (read, late): the city's official accounts, a person's mobile number
    "市の公式Xアカウントに投稿するときの承認の流れを教えてください",
    "市の公式SNSアカウントの運用ルールを教えて。",
    "協働している自主防災会の会長さんの携帯番号を教えてください。",
    # tune154-169 (read): a travel allowance, a budget's sub-section, a mail attachment, a laptop's transfer
    "What's the daily travel allowance for a day trip to the prefectural office?",
    "自治会に払う委託料は、節と細節のどれで支出すればいいですか？",
    "自治会長さんに写真を送りたいので、職員用メールで大きな添付ファイルを送る方法を教えてください。",
    "I'm moving to the Community Partnership Division next month. How do I get my laptop transferred?",
    # tune170-175 (read): a day's weather, riddles and jokes, harassment, a gift, fixed-term staff, the staff's
    # self-assessment form
    "<@U07KYODO> 日曜に町内会と公園の花植えをします。当日の天気はどうですか？",
    "「後援」でなぞかけできる？",
    "<@U07KYODO> 会議まで時間があるので、面白いジョークを一つお願いします。",
    "<@U07KYODO> 窓口に毎日長い電話がかかってきて係のみんなが疲れています。カスタマーハラスメントへの対応マニュアルってどこにありますか？",
    "パワハラの相談は庁内のどこにすればいい？",
    "協働先の団体にお中元を贈るのは公費でいい？",
    "会計年度任用職員を協働事業の担当にするとき、報酬はどう決めればいい？",
    "<@U07KYODO> 異動の希望を人事課に出したいです。自己申告書の提出っていつまででしたっけ？",
    # tune182-185 (read): an administrative act and an appeal against it, the web site's CMS and a reissued ID, the
    # weather asked, an office repair, pair programming, a joint venture, a B2B partnership
    "補助金の交付決定って行政処分にあたるんですか？",
    "後援を不承認にしたら、不服申し立ての対象になりますか？",
    "<@U07KYODO> 市のホームページのCMSで、NPOと共催する講座の告知記事を公開する手順を教えてください。",
    "<@U07KYODO> 広報の担当です。市のホームページを更新したいのに、ログインIDをなくしました。再発行はどこに頼めばいいですか？",
    "<@U07KYODO> 来週、町内会の人と公園で打ち合わせです。天気どうですか？",
    "<@U07KYODO> 団体との会議で使う備品が壊れていました。修理依頼はどこに出せばいいですか？",
    "ペアプロで協働すると、本当にコードの品質は上がるの？",
    "How do we set up a joint venture partnership between two local companies?",
    "How do we keep a B2B channel partnership with a distributor healthy?",
    # tune186-193 (read): the city's LINE account, a disciplinary action, 協働 put into English, a budget class, a
    # letter's receipt and number, Teams, the weather holding, the office's Saturday hours, a partial disclosure, an
    # appeal, the privacy commission, the records system
    "市の公式LINEアカウントで団体のイベントを紹介するとき、承認は誰がするんでしたっけ？",
    "協働指針に沿わずに事業を進めたら、担当職員は懲戒処分になりますか？",
    "「協働」を英語で言うと、partnershipでいいの？",
    "実行委員会の反省会の弁当代、食糧費で出せますか？",
    "<@U07KYODO> 町内会長さんから市長あての要望書が届きました。収受の手続きはどうすればいいですか？",
    "<@U07KYODO> 団体の方にお礼状を出します。文書番号はどう取ればいいですか？",
    "Teamsの会議に団体の人をゲストで呼ぶにはどうすればいい？",
    "Teamsで町内会の人とチャットしたいんですが、設定はどこですか？",
    "今度の市民マラソン大会、天気はもちそうですか。",
    "<@U07KYODO> 協働先の団体から聞かれました。土曜開庁している窓口ってありますか？",
    "情報公開請求で協働事業の文書を部分開示するとき、決裁はどう回せばいいですか？",
    "<@U07KYODO> NPO法人の認証申請を不認証にしたら、審査請求で取り消される可能性はどのくらいありますか？",
    "個人情報保護委員会への漏えい報告が義務になるのは、何人分からでしたっけ？",
    "自治会長さんとのメールも、文書管理システムに登録しないといけませんか？",
    "市の公式インスタで団体の活動を紹介するとき、誰の決裁が要りますか？",
    # tune197, tune199 (read): a city's statistic, a named guideline's city too
    "網走市の人口って今どれくらいですか？",
    "What was the population of Abashiri City when its 協働 guideline was issued?",
    # tune193, tune200 (read): whether an agreement binds in law, a named guideline's too
    "小平市の指針でいう協定書には、契約と同じような法的拘束力がありますか？",
    "Is a 協定書 signed under Kodaira's guideline legally binding like a contract?",
    # tune200, tune203 (read): how long before an event a request is due, and whether a planned document came out,
    # asked of a named guideline
    "網走市の指針では、後援名義の申請はイベントの何日前までに出すことになっていますか？",
    "大阪市協働指針の【実践編】ってもう出ましたか？",
    # tune200 (read): another sense's setting with nothing of the guidelines named; a passage shares 生産性
    "ペアプログラミングって、本当に生産性が上がるんですか？",
    # tune204-205 (read): a contract's retention period, the staff mutual-aid society, the public support test
    "委託契約書の原本って、公文書として何年保存すればいいんでしたっけ？",
    "<@U07KYODO> 互助会の宿泊補助ってまだ今年度分申請できる？",
    "国の認定NPO法人制度で、パブリック・サポート・テストの基準値っていくつでしたっけ？",
    # tune206-215 (read): what a named city budgets, a statistic asked with 教えて, whether a plan came out or a call
    # for proposals has begun, and staff leave, overtime, fungi and a bidder's grade
    "網走市は協働事業に年間どれくらい予算をつけているの？",
    "How much budget did Chiba Prefecture allocate to 協働 projects in FY2023?",
    "網走市の今の人口と高齢化率を教えてください",
    "大阪市の協働指針の【実践編】って、もう出来上がったの？",
    "<@U07KYODO> 他市の事例として知りたいんですが、小平市の提案型協働事業って今年度の募集はもう始まっていますか？",
    "年休を時間単位で取るときの申請手順を教えてください。",
    "<@U07KYODO> NPOと共催のイベントが8月に詰まっていて、夏季休暇がまだ1日も取れていません。夏季休暇って9月末まで取れるんでしたっけ？",
    "How do I claim overtime for the Saturday event I staffed with the residents' association?",
    "アリと菌類の協働関係について教えて",
    "<@U07KYODO> 公園の管理をNPOに委託したいと考えています。その団体が入札に参加するには、市の入札参加資格のどの等級が必要ですか？",
    # tune216-217 (read): validity, duties and breaches in law; a social's fee, disguised contracting and creatures
    # working together
    "<@U07KYODO> NPOとの役割分担を口頭で合意しただけで協定書を交わしていないのですが、この合意は法的に契約として有効ですか？",
    "協働事業で相手のNPOが赤字になった場合、市がその赤字を補填する法的義務はありますか？",
    "<@U07KYODO> 公民館の一室を協働相手のNPOに無償で貸したいのですが、財産の交換、譲与、無償貸付等に関する条例に違反しませんか？",
    "<@U07KYODO> 協働先のNPOさんとの打ち合わせ後の懇親会、会費は自腹ですか？交際費で出せますか？",
    "<@U07KYODO> 自治会に公園の草刈りを委託していて、市の職員が現場で作業の指示を出しています。これって偽装請負になりますか？",
    "<@U07KYODO> 娘の自由研究で、生き物同士が協働して生きている例を探しています。相利共生のわかりやすい例を教えてください。",
    # tune151-212 (read): a named city's plan told first, and the next one pointed back to
    "<@U07KYODO> 網走市の総合計画は2017年までですよね。その次の総合計画で、協働の位置づけはどう変わったんですか？",
    "網走市の総合計画が2017年で終わったあと、次の計画では協働の目標はどう変わりましたか。",
    # tune169-202 (read): how many come to an event or use a place
    "<@U07KYODO> オホーツク網走マラソンって毎年何人くらい参加してるんですか？協働の事例として資料に数字を入れたくて。",
    "小平市の市民活動支援センターって、年間どれくらいの人が利用してるの？",
    # tune193 (read): a place's hours, even of a place a named guideline mentions
    "北九州市の方針に出てくる市民活動サポートセンターの開館時間と休館日を教えて。",
    # tune151, tune155 (read): what a named city budgets each year, one year's count and who lately, in English
    "北九州市の協働提案事業には、当初予算で毎年どの程度の額が計上されていますか。",
    "How many collaborative projects did Abashiri carry out in fiscal 2016?",
    "Which companies or NPOs has Abashiri signed partnership agreements (連携協定) with in the last couple of years?",
    # tune182-215 (read): the office's paperwork for the council and the city's bulletin, a named guideline's too
    "議会の一般質問で協働について聞かれた場合、答弁書はどういう書式で作ればいいですか？",
    "議会の一般質問で北九州市の協働方針について聞かれた場合、答弁書の様式と決裁ルートはどうなっていますか。",
    "<@U07KYODO> 子育て支援課です。NPOと共催する子育てフェアを市報に載せたいんですが、来月号の原稿締切と字数の上限はどこで確認できますか？",
    "<@U07KYODO> 観光課の窓口担当です。市報の次号に自治会と共催するイベントの告知を載せたいのですが、入稿の締切と文字数の上限は？",
    # tune218-229 (read): how many help at an event, in English; a guideline as a booklet, even named; 何回か told in
    # passing before the system asked about; a file's backup, a large file, a meeting tool; research and industry's
    # senses; how many answered a survey
    "How many volunteers does the Okhotsk Abashiri Marathon recruit every year?",
    "<@U07KYODO> 研修資料をつくっています。小平市の協働の推進に関する指針って、冊子だと全部で何ページありますか？",
    "小平市の協働指針って英語版はありますか？",
    "北九州市の協働に関する方針、紙の冊子はどこに行けばもらえますか？",
    "大阪市協働指針の印刷版を何部か取り寄せたいんですが、どこに頼めばいいですか？",
    "<@U07KYODO> 朝から庁内PCのパスワードを何回か間違えてロックがかかってしまいました。どうすれば解除してもらえますか？",
    "<@U07KYODO> NPOとの打ち合わせ記録を入れてたExcelを誤って削除しちゃいました。サーバーのバックアップから復元できますか？",
    "<@U07KYODO> 環境課です。協働イベントの写真データが重くて、外部の団体にメールで送れません。大容量ファイルを送る庁内の仕組みってありますか？",
    "<@U07KYODO> 庁内のオンライン会議ツールで、外部の団体の方をゲストとして招待するにはどう設定すればいいですか？",
    "<@U07KYODO> NPOとの打ち合わせにノートPCを持ち出したいんですが、情報政策課への持ち出し申請の手順を教えてください。",
    "<@U07KYODO> 異動してきたばかりで、メールの署名がまだ前の課のままでした。署名の変更方法を教えてください。",
    "<@U07KYODO> Comms question from the tourism section: what's the approval flow for posting on the city's official "
    "Instagram account?",
    "共同研究の成果を論文で発表する前に、相手企業の了承って必要？",
    "共同研究と受託研究の違いってなんですか？",
    "<@U07KYODO> 企業誘致の担当です。うちの市で半導体の産業クラスターを作るには、何から始めるべきでしょうか？",
    "北九州市が協働について職員アンケートをしたとき、回答した職員は何人だったの？",
    "「協働」をテーマに短い詩を書いてくれませんか",
    # tune245 (read): work done for the asker (a mail drafted, a call made, a translation) and the bot's own opinion
    "協働事業の団体募集の案内メールを書いてもらえますか",
    "団体の代表に電話して打合せの日程を調整しておいてもらえる？",
    "Could you translate this 協定書 draft into English for our sister-city partner?",
    "<@U07KYODO> この団体の代表のSNSを調べて評判を教えてくれませんか",
    "あなた自身は協働ってどう思う？率直な意見を聞かせて",
    # tune239-245 (read): an insurance payout and insurer, a disclosure ruling, a subsidy law, use beyond its purpose,
    # founding a co-operative, a staffing standard, and labour-management 協働
    "<@U07KYODO> 協働イベントでボランティアさんが転んでけがをしました。ボランティア保険の保険金請求にはどんな書類が要りますか",
    "How do I file a damage claim with the city's liability insurer after a visitor was injured at a kyodo event?",
    "情報公開条例で、協働先団体の決算書は不開示情報に当たりますか",
    "補助金適正化法は市町村が団体に出す補助金にも適用されるんでしょうか",
    "個人情報保護条例上、協働相手の町内会に避難行動要支援者の名簿を渡すのは目的外提供に当たりますか。何条の話？",
    "労働者協同組合を立ち上げたいという相談を受けました。設立の手続きを教えてください",
    "保育所の保育士の配置基準（子ども何人に保育士1人か）を教えてください",
    "職員団体との労使協働で勤務時間の見直しを進めるときの交渉手順を教えて",
    # tune246, tune252–253 (read, forty-eighth session): laws and national schemes, the bot asked to do work, Slack
    # itself, a politician's 後援会
    "協働事業で団体から提出された事業計画書に情報公開請求がありました。開示決定までの期限と手続きを教えて",
    "休眠預金等活用制度の助成金を協働事業の財源に使うにはどうすればいいですか",
    "見守り活動中にボランティアがけがをした場合、市の保険は使えますか",
    "小平市の協働の原則を英語に翻訳して、外国人向けパンフレットの原稿にしてほしい",
    "来年度の協働提案事業に何件応募が来るか予測してください",
    "協働事業の説明会の案内メールを、登録団体全員に送っておいてもらえますか",
    "<@U07KYODO> Slackでプライベートチャンネルを作って、協働先のNPOの人をゲストで招待するにはどうすればいい？",
    "市長の後援会から入会の案内が届きました。職員が後援会に入っても問題ないですか",
    "隣の町との対等合併の話が出ています。合併協議会の設置手続きはどう進めればいいですか",
    # tune254-261 (read, forty-ninth session, written from BRIEF.md): office chores and tools, a tax, an election's
    # rules, a shelter opened, an audit, a company's naming rights, a fee's amount
    "市のLINE公式アカウントの運用ルールはどうなっていますか。",
    "団体とのやりとりにGoogleフォームを使っても大丈夫ですか",
    "Teams会議で外部の団体の人を招待する設定のやり方は？",
    "防災行政無線で流す文案の文字数の目安は？",
    "団体向けに一斉メールを送るとき、BCCの誤送信を防ぐルールはありますか",
    "<@U07KYODO> 税務課です。NPO法人が収益事業をしている場合、法人市民税の均等割はどうなりますか？",
    "選挙期間中に市の広報で団体のイベントを紹介しても大丈夫？",
    "<@U07KYODO> 防災担当です。避難所を開設するときの受付の手順、マニュアルはどこにありますか？",
    "町内会の会計監査ってどうやればいいか、監事の人に聞かれました",
    "団体の役員に暴力団関係者がいないか確認する方法ってありますか？",
    "ネーミングライツのスポンサー募集要項はどう作ればいいですか",
    "自治会を認可地縁団体にする手続きの流れは？",
    "プロポーザルの審査委員に外部の人を入れたときの謝礼の額は？",
    "<@U07KYODO> 500万円の委託契約の決裁ルートって課長までで大丈夫ですか",
    "災害時応援協定を結んでいる企業の一覧はどこで見られますか",
    "ごみ集積所の設置基準（何世帯に1か所か等）を教えてください",
    # tune262-269 (read, fiftieth session): a permit and its office, a law's accommodation, national schemes,
    # fundraising, a facility's hours, the office's rules and chores, a system, a group's registration and dissolution
    "公園で団体がマルシェを開くときの占用許可の申請先はどこ？",
    "障害者差別解消法の合理的配慮の具体例を教えてください",
    "地域おこし協力隊の募集要項はどう作ればいいですか",
    "地方創生関係の交付金の申請スケジュールを教えてください",
    "<@U07KYODO> 観光課です。インバウンド向けの多言語看板を作るのに使える国の補助制度ってありますか？",
    "クラウドファンディングで事業資金を集めるときの具体的な手順は？",
    "市民活動団体が使える民間財団の助成金を紹介してください",
    "千葉県県民活動情報オフィスの利用できる時間帯と予約方法は？",
    "市の例規集はどこで見られますか",
    "市長への報告資料は何ページ以内にまとめる決まりになっていますか",
    "自治会に回覧板を回すとき、配布部数はどうやって調べればいい？",
    "マスコットキャラクターの着ぐるみを団体に貸し出す手続きは？",
    "<@U07KYODO> 環境課です。不法投棄の監視カメラを設置するとき、プライバシー面の運用基準ってありますか",
    "協働事業の実績を入力する庁内システムの操作方法を教えて",
    "市民活動団体の登録制度の登録要件を教えてください",
    "<@U07KYODO> NPO法人が解散するときの手続きの流れを教えてください",
    # ... and an amount's calculation, a training's dates, a mayor's approval, the city's logo, a group named for the
    # asker, a law's duty on an NPO, where to report, software, the papers an application needs
    "社会福祉協議会への運営補助金はどうやって算定していますか",
    "新規採用職員研修の日程を教えてください",
    "Do we need the mayor's approval before signing an MOU with a university?",
    "協働事業のチラシに市のロゴマークを入れるには申請が要りますか",
    "外国語の通訳ボランティアを派遣してくれる団体を紹介してください",
    "NPO法人が事務所で閲覧させなければならない書類は何ですか",
    "自治会の役員さんから、会員名簿をなくしてしまったと連絡がありました。市としての報告先はどこですか？",
    "Which software should we use to manage volunteer sign-ups online?",
    "補助金の交付申請には団体の決算書が何年分必要ですか",
    # ... and paying in advance asked as allowed, SDGs goals, other municipalities' ordinances and guidelines
    "委託契約で前金払いをすることはできますか",
    "<@U07KYODO> 会計課です。団体に補助金を前金払いで出せる条件って何でしたっけ",
    "事業をSDGsのゴールに紐づけるときの書き方の例はありますか",
    "他の市町村のNPO支援条例の制定状況を一覧で知りたいです",
    "自治会の加入を促す条例を制定している自治体はどこですか",
    # tune270-277 (read): a subsidy's return, payment rules, a legal ruling
    "協働のまちづくり条例を制定している全国の自治体を一覧で教えて。",
    "協働事業の補助金を団体が目的外に使っていたことがわかりました。返還命令を出す手続きを教えてください",
    "NPOへの委託料を概算払いで前渡しすることはできますか？",
    "NPO法人に業務を委託するとき、契約保証金は免除できますか",
    "団体に払う講師謝礼は報償費と委託料、どっちの科目で予算を組めばいい？",
    "イベントで撮った参加者の写真を広報誌に載せるとき、肖像権の同意はどう取ればいい？",
    "宗教法人が主催する清掃活動に市が協力する場合、政教分離の観点で問題はありますか。",
    "子ども食堂を運営する団体に、食品衛生責任者の資格は必要ですか",
    "<@U07KYODO> 協働のイベントでドローンを飛ばしたいんですが、飛行許可の申請ってどこに出すんでしたっけ",
])
def test_facts_and_settings_read_in_the_newest_sets_decline(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize("question", [
    "How do we keep the partner selection fair and transparent?",  # selection is not an election
    "NPOと協働で、AIを使った地域の情報発信講座を開きたい。役割分担はどう決める？",  # a partner beside AI
    "Who should be in charge of evaluating a 協働 project, the city or the NPO?",  # who should, not who is now
    # who pays the costs is 網走市's 経費分担, though a contract fee is named (tune125, read)
    "How is money supposed to flow in a 協働 project — does the city pay the costs itself, or hand funds to the "
    "partner as a subsidy or contract fee?",
    # sealed9, sealed30 (validation, refused before): the time a named guideline planned, not a deadline to meet
    "小平市の提案型の協働事業って、いつまでに始める予定になってた？",
    # sealed37 (validation, refused before): lending a projector to a group is 事業協力, not operating one
    "市民団体の勉強会に、市の会議室とプロジェクターを無償で貸すだけでも協働って言えるの？",
    # a guideline cited before the turn, and its content asked after it
    "千葉県のマニュアルに協働推進員ってありますけど、どんな役割なんですか？",
    "網走市の指針に職員の地域活動への参加を勧めるってありますけど、どう進めればいい？",
    # the population's decline and aging are the guidelines' background, not a statistic asked
    "人口が減っていく中で、なぜ協働が必要だと網走市の指針は言っているの？",
    "Is an aging population one of the reasons Chiba gives for promoting collaboration?",
    # legal force told as a condition: what an agreement is for
    "協定書は法的拘束力がなくても、結んでおく意味はありますか？",
    "Even if it is not legally binding, why should we sign a 協定書 with the NPO?",
    # a setting beside a subject of the guidelines: the partner is theirs
    "小学校の授業に地域のボランティアの方に来てもらっています。役割分担はどう決めればいい？",
    # how long records are kept, agreed with the partner, is what to agree on
    "協働事業の記録を何年保存するか団体と決めておいたほうがいい？",
    # what 協働 saves of a budget, the population's decline asked as background, a project already under way, and
    # leave as a way for staff to join local activities: the guidelines' own questions
    "協働にしたら予算っていくらくらい減らせるものなの？",
    "人口減少の背景を教えて",
    "もう事業が始まっているけど、途中から協定書を結んでもいいですか？",
    "<@U07KYODO> 職員課です。職員が町内会やボランティア活動に参加しやすくなるように、休暇制度の見直しを検討しています。これって協働の推進と関係あるって言えますか？",
    # an agreement's worth without legal force, and costs shared when a partner runs short: what to agree on
    "法的な義務がなくても、協定書で役割分担を決めておく意味はありますか？",
    "協働事業で団体が赤字になりそうなとき、経費の分担をどう話し合えばいい？",
    # the asker's own next plan
    "<@U07KYODO> 企画調整課です。次の総合計画に向けて、協働を計画の中でどう位置づけるといいですか？",
    # staff taking part told as the situation, and how many should take part asked as a plan
    "先週の河川清掃に職員が何人か私服で参加していました。こういう参加も協働の推進になりますか？",
    "団体の会議には市から何人くらい参加すればいいですか？",
    # whether the costs go into the city's budget, and how many partners to have, asked as a plan
    "協働事業の経費って、市が全部予算に計上して払うものなんですか？それとも団体にも負担してもらうもの？",
    "How many partner groups should we work with in the first year?",
    # what to say of 協働 in a council answer or the city's bulletin
    "<@U07KYODO> 議会答弁の準備中です。協働を進めると市民にとってどんな良いことがあるのか、答弁書にどう書けばいいですか？",
    "<@U07KYODO> 広報課です。市報で協働の特集を組むので原稿を書いています。「協働」を住民にどう説明すればいい？",
    # months told with も and every section with でも, not asked (tune221-222, refused before); where in a named
    # guideline a topic stands; a booklet made under a commission; a university's research beside a group's 協働
    "市に提案を出したら「前向きに考えます」と言われたきり、何か月も返事がありません。無理なら無理と言ってほしいんですが…",
    "最近どこの課でも協働協働って言われるけど、なんで行政だけでやるんじゃダメなの？",  # every section (tune222)
    "協働の原則って、小平市の指針の何ページに書いてありますか？",
    "委託で団体と一緒に作った冊子の権利って、市と団体のどっちのものになるの？",
    "地元大学との共同研究の一環で、自治会と協働で見守り活動をするとき、役割分担はどう決める？",
    # the 窓口 where 協働 is talked over asked with its 連絡先 in one breath (tune237, refused before)
    "市民活動団体との協働について、千葉県で相談できる窓口と連絡先を知りたいです。",
    # the items an agreement holds, asked while making its template (tune241, tune245: refused before)
    "協定書のひな形を作りたいんですが、どんな項目を入れればいいですか",
    # translating named as the asker's own work, not asked of the bot (tune241)
    "I'm translating our division's manual into English. How is 協働 different from ordinary outsourcing (外部委託)?",
    # a speech being written told as the situation, not asked of the bot; an application the desk sees, beside the
    # guideline's own aim (tune13, tune223)
    "市長が年頭あいさつで「協働で地域の魅力を高める」と言うので原稿を書いてます。協働を進めるとまち全体として何が良くなりますか？",
    "窓口でNPO法人の認証申請の相談をよく受けます。北九州市が市民活動の拠点の機能を強化しようとしているのは、どういう狙いからですか？",
    # when a named guideline planned something, asked with 計画 or in English (tune250): the plan it recorded
    "小平市市民活動支援センターはいつ本格的に開設される計画だった？",
    "By when did Kodaira plan to start a proposal-based collaboration program (提案型の協働事業)?",
    # a shelter's opening whose roles are shared with a group, and a grant's decision weighed as a form (forty-ninth)
    "避難所の開設や運営を自主防災組織と協働でやるとき、役割分担はどう決めればいいですか？",
    "補助金を出すか委託にするか、協働の形をどう決めればいいですか？交付の手続きの前に考えたいです",
    # the amount saved, reported as asked by the budget office: how much 協働 saves is cost reduction (tune246)
    "防災の協働事業の予算要求で、財政課に「協働でいくら経費が浮くのか」と聞かれた。どう説明すればいい",
    # the decision route and a disaster agreement told as the situation (sealed24, tune117)
    "協働事業の起案で、決裁ルートの上司から「なぜ協働でやるのか説明して」と言われました。協働にふさわしい事業かどうか、どんな観点で書けばいいでしょう。",
    "建設業協会と災害時の応援協定を結んでいるんですが、これも協働事業と呼んでいいんですか？",
    # a national scheme or crowdfunding that starts a project done together with a group (fiftieth session)
    "地域おこし協力隊の隊員と地元の自治会が協働でイベントをするとき、市の役割分担はどう考えればいい？",
    "地方創生の交付金で始める事業を、NPOと協働でやるときに気をつけることは？",
    "団体がクラウドファンディングで資金を集めて市と協働で事業をやりたいと言っています。市はどう関わればいい？",
    # the biggest obstacle is a superlative, not a cap; a plan to launch is the plan a guideline recorded (tune263, tune268)
    "協働を進めるうえで最大の障害は何だと言われていますか",
    "By when did Kodaira plan to launch a proposal-based collaboration program?",
])
def test_the_same_words_in_covered_asks_are_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).answered


def test_when_something_is_not_settled_in_the_situation_is_no_date_asked(engine: Engine) -> None:
    # tune85 (read): 「決まってなくて」 tells a trouble; the 決まる of an announced date is not read into it
    assert engine.ask("<@U07KYODO> リサイクル団体と協働でイベントを続けているんですが、途中で出てきた問題をいつ誰と話すのかが"
                      "決まってなくて毎回バタバタします。何を決めておけばいいですか？").answered


@pytest.mark.parametrize("question", [
    # tune135–136 (read): whether a document a guideline planned exists yet, and when it came out
    "大阪市の実践編って、もう策定済みですか？",
    "北九州市の協働マニュアルはもう完成していますか？",
    "網走市の地域協働の指針の策定年月を教えてください。",
    "千葉県の協働推進マニュアルの最新版の日付が知りたいです。",
    "How many groups applied to Kitakyushu's proposal program last time?",
    # a minimum head count, a count of results, a contract's figure, a legal limit, a contract form of the law
    "NPOとの協働事業で、委員は何人以上必要ですか？",
    "小平市で採択された協働事業の件数を教えてください。",
    "協働事業ごとの委託料の決裁額を一覧で見たいです。",
    "What is the legal maximum length of a subsidy agreement with a 自治会?",
    "委託でNPOと長期継続契約を結べますか？",
    # the office's network and booking a room: no guideline describes either
    "庁内LANから外部の会議のリンクが開けないときは、どこに連絡すればいいですか？",
    "Can I book the meeting room on the 2nd floor for a talk with an NPO next week?",
    "NPOとの打ち合わせで使う会議室は事前予約がいりますか？",
    # a grant, a budget or a rate asked in English; prize money; a donor's tax credit
    "How much funding can a 自治会 get for its autumn festival?",
    "How much did Osaka budget for its joint projects with NPOs?",
    "Does Kitakyushu support its 中間支援 centres, and how much per year?",
    "協働の表彰に選ばれた団体には、賞金はどのくらい出ますか？",
    "Does a donor get a tax credit for giving to our partner NPO?",
    # a contact asked whether known, after a copier jammed; an article of a cabinet order
    "<@U07KYODO> 総務課です。会議室のプロジェクターが映りません。保守業者の連絡先わかりますか？",
    "委託を随意契約にするとき、地方自治法施行令のどの規定が根拠になりますか？",
    # tune134, tune139 (read): the office's Wi-Fi; a guideline revised since, and one call's dates, asked in English
    "<@U07KYODO> すみません、3階の会議室で庁内Wi-Fiにつながらないんですが、どこに連絡すればいいですか？",
    "Has Abashiri revised its 地域協働の指針 since it was first published, and when was the latest revision?",
    "Is our city's collaboration promotion ordinance going to be revised this year? When is the public comment period?",
    # tune134, tune139 (read): the volunteers' accident insurance and what a law requires, asked in English
    "If a volunteer gets injured while helping at a city-run event, which accident insurance policy covers them and how"
    " do we file a claim?",
    "Does Japan's NPO Act require an organisation to have at least ten members before it can apply for NPO corporation"
    " status?",
    # tune94, tune111, tune124 (read): how to put 協働 into English is no guideline's matter
    "「協働」の英訳って collaboration と co-production のどっちを使うのが正式ですか？",
    "What's the standard English translation of 協働 in official documents? Collaboration, partnership, or co-production?",
    # tune90, tune139, sealed31 (read): which documents a procedure needs
    "NPO法人を新しく設立したいという団体から相談を受けました。認証申請に必要な書類の一覧と、審査にかかる期間を教えてください。",
    "<@U07KYODO> 商工観光課です。花火大会の実行委員会で専用の口座をつくることになりました。銀行で口座を開くときに必要な書類を教えてください。",
    # tune134, tune140 (read): the 指定管理者 system, which no guideline names
    "指定管理者の選定委員会の委員構成は、条例や要綱でどのように決めておく必要がありますか？",
    "指定管理者制度でNPOに施設の管理を任せる場合、選定の手続きはどう進めればいいですか？",
])
def test_a_documents_status_counts_limits_and_bookings_decline(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize("question", [
    "大阪市の指針では、実践編で何をまとめることになっていますか？",  # what the guideline planned, not whether it is done
    "委託で協働するとき、契約の前に団体と何を話し合えばいい？",
    "市民団体に活動の場として会議室を提供するのも協働になりますか？",
    "How many groups should we talk to before choosing a partner?",
    "How much information should we share with the group we work with?",
    "How much of the selection process should we make public?",
    "協働の相手になりそうな団体の連絡先がわかりません。どこで調べればいい？",  # a group's contact: the guidelines' topic
    "協働推進員って各課に何人くらい置けばいいんでしょう？",  # how many to put is a plan: who takes the part answers
    # "what time" asks an hour, but over what time frame to judge effects is Kodaira's 長期的に捉える (tune139, refused)
    "What effects does Kodaira expect from collaboration, and over what time frame should they be judged?",
    # how it differs from 協働, or how to go about it as 協働, is the guidelines' matter
    "指定管理者制度と協働の違いは？",
    "指定管理者としてNPOに公園を任せる場合、協働で進めるには何に気をつければいい？",
    # sealed7 (read, refused): who bears the insurance premium is cost sharing, as 分担 is
    "実行委員会形式のイベントで万一事故が起きたときに備えて、責任の所在や保険料などの費用負担は事前にどう決めておくべきですか？",
])
def test_the_same_documents_rooms_and_counts_in_covered_asks_are_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).answered


@pytest.mark.parametrize("question", [
    # a document revised after it was written, or the day it came out
    "小平市の協働指針って、平成20年以降に改定されていますか？",
    "千葉県の協働推進マニュアルの発行日はいつですか？",
    # staff posted, a plan's target, who holds a seat: no guideline holds a head count, a target or a name
    "北九州市の区役所には協働の担当職員が何人配置されていますか？",
    "網走市の総合計画で、町内会の加入について数値目標はありますか？",
    "北九州市で協働事業の審査会（外部委員会）のメンバーって、どなたが務めているか分かります？",
    "小平市の市民協働課には職員が何名配置されているんでしょうか。組織図を作っています。",
    "協働事業の委託の変更契約について、契約課への提出期限を教えてください。",
    # a law's category, an insurance policy, a contract's subcontracting, a project's yearly cost
    "協働事業の報告書に要配慮個人情報を載せるときの法律の要件は？",
    "Does the city's liability insurance cover the volunteers at a co-hosted event?",
    "受託したNPOが清掃業務を再委託するには、市の承認が必要ですか？",
    "北九州市の協働提案事業の年間事業費はどのくらいですか？",
    # tune158, tune161 (read): whether a guideline was revised at all, and when its newest edition is from — no source
    # speaks of its own revision
    "網走市の指針って平成29年のあとに改訂されました？",
    "北九州市の協働方針って、改訂されているんですか？",
    "小平市の協働指針、最新版がいつのものか知りたいです。",
    # tune157-161 (read): a court case, a post's holder or a document's author asked of a named guideline, whether a
    # plan came true or a planned document is done, a place's opening day
    "NPOと結んだ協定書って、裁判になったら契約として扱われる？",
    "北九州市の協働方針を作った検討委員会の委員長はどなたですか？",
    "網走市の地域協働の指針を作った担当者って誰ですか？",
    "小平市の市民活動支援センターって、実際に予定どおり開設されたんですか？",
    "大阪市協働指針の【実践編】はもうできあがっていますか？",
    "北九州市の市民みらい創造プラザの開館日を教えてください。",
    # tune155, tune156, tune98 (read): an office or a contact person asked of a named guideline
    "Which department in Osaka City is in charge of the 協働指針?",
    "Who's the contact person for Kodaira's 協働 handbook?",
    "網走市で地域協働の指針を担当している課の電話番号か担当者名、分かります？",
    # tune162-165 (read, midway): a manual finished, an edition's year, who wrote a guideline, a survey's returns, the
    # project chosen first, a plaza opened
    "北九州市の職員用協働マニュアルって、もう完成しましたか？",
    "大阪市の協働白書って何年度版まで出てますか？",
    "網走市の地域協働の指針は、どの委員会の誰が中心になって作ったんですか？",
    "北九州市の市民アンケートは、何人に配って回収率はどのくらいだったんですか？",
    "小平市の提案型の協働事業で、最初に採択された事業は何でしたか？",
    "北九州市の市民みらい創造プラザって、もうオープンしてますか？",
    # tune157, tune163 (read): a cap asked of what a named guideline says (「…の指針では」) is still a figure no text holds
    "網走市の協働の指針では、団体への補助金の上限額っていくらに決まってますか？",
    # tune166, tune169 (read, late): a report handed in yet, a civil code's reading
    "補助金を出している環境NPOは、もう今年度の実績報告書を提出しましたか？",
    "Is a 協定書 between a city and a 自治会 legally binding under the Civil Code?",
    # tune157, tune167 (read): a planned document done yet, asked politely; revised since, with more after the verb
    "大阪市協働指針の【実践編】ってもうできてるんでしょうか？",
    "北九州市の職員用協働マニュアルは、もう完成して配られているんですか。",
    "網走市の地域協働の指針、その後改訂されて新しい版が出ていたりしますか？",
    # tune178 (read): the person in charge asked bare, and who does a part of a post now
    "北九州市の市民活動サポートセンターの担当者は誰？",
    "千葉県の協働推進員のうち、環境分野を担当しているのは誰ですか？",
    # tune170, tune175 (read): a headcount now; a guideline named only where the situation is told (the asker found
    # nothing in it) does not make the count its content
    "北九州市のNPO窓口庁内連絡会議って、メンバーは何人いるの？",
    "指針を読んだら小平市が職員向けの協働研修会を実施すると書いていました。小平市では研修を年に何回開いているんですか？",
    # tune179-181 (read): a revision asked as ever made or as a new edition, rain asked, 協働 put into English
    "北九州市の協働の指針って、改定されたことはありますか？",
    "千葉県のマニュアルの改訂版ってありますか？",
    "<@U07KYODO> 明後日、公園で団体と花植えなんですが、雨降りそう？",
    "「協働」って英語で何て言うのがいいですか？",
    # tune174, tune181 (read): a rubric for a seminar's teamwork, the staff's promotion exam
    "<@U07KYODO> 大学のゼミでグループワークをしています。メンバー同士の協働への貢献度を測るルーブリックの例はありますか？",
    "<@U07KYODO> 人事のことで質問です。課長補佐の昇任試験のscheduleと出題範囲って、どこかに載ってますか？",
    # tune182-185 (read): revisions counted with no question mark, what came after a guideline was issued, a body's
    # members now, last year's one, how one application stands, another city's ordinance asked how it is worded
    "網走市の指針って、これまで何回改訂されていますか",
    "小平市で指針ができてから、協働事業の数はどのくらい増えたんですか？",
    "千葉県の協働推進会議のメンバーって誰がなってるの？",
    "昨年度の協働研修の参加者数を教えてください",
    "<@U07KYODO> 先週出した補助金の申請、今どういう状況ですか？",
    "横浜市の協働条例では、協働の定義をどのように定めていますか？",
    # tune186-192 (read): when a posting's notice comes, how far a screening has got, a budget's assessment now,
    # another city as 横浜市だと
    "<@U07KYODO> 人事異動の内示っていつ頃出ますか？",
    "先月出した協働事業の提案、審査はどこまで進んでますか？",
    "協働事業の補助金の要求、財政課の査定は今どうなってますか？",
    "横浜市だと協働契約という仕組みがあると聞きました。中身はどうなっていますか？",
    # tune186-193 (read): who wrote a guideline, asked by department or name; whether a planned document came about;
    # the next revision's date; a phone number asked in kana; a count now; the chair asked the other way round; what
    # was counted after a guideline was issued
    "小平市の協働指針を作った担当課の職員って誰ですか？",
    "千葉県の協働推進マニュアルを書いた担当職員の名前は？",
    "北九州市の職員用協働マニュアルって、結局完成したんですか？",
    "網走市の地域協働の指針、次に改定されるのはいつ頃ですか？",
    "小平市市民活動支援センターの電話番号おしえて",
    "北九州市では、現在いくつの協働提案事業が実施されていますか。",
    "千葉県の協働推進会議って、誰が会長なの？",
    "大阪市は協働指針を作ったあと、協働事業が何件まで増えたんですか？",
    "小平市の協働の推進委員会って、指針ができたあと何回開かれたの？",
    # tune170, tune175 (read): a floor asked as いくつ, this year's winners asked bare
    "実行委員会を作るとき、構成団体は最低いくつ必要ですか？",
    "ちばコラボ大賞の昨年度の受賞団体は？",
])
def test_a_revision_a_posting_a_target_and_a_policy_never_held_decline(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize("question", [
    "協働事業を始めて以降に役割分担を見直しているのですが、団体とどう話し合えばいいですか？",
    "協定書を改定するとき、団体とどんなことを確認すればいいですか？",
    "評価委員会は誰が務めるべきですか？",  # who should: a way of choosing, which the guidelines treat
    # tune85 (read): a manual the asker must revise is the situation, and whether it suits 協働 the ask
    "避難所運営マニュアルを来月中に改訂しないといけなくて、上から自主防災会との協働でやれと言われました。これって協働向き"
    "なんでしょうか？",
    "NPOと協働でアリやハチの観察会を開きたい。役割分担はどう決めればいい？",  # a partner beside the insects
    "団体と目的はもう合意できてるのに、進め方で揉めます。どうすればいい？",  # agreed already: no plan's progress
    "裁判にならないように、協定書で団体との責任の分担をどう決めておけばいい？",  # a court case to avoid
    "協働事業の計画は、誰が中心になって作ったらいい？",  # who should: no author asked
    "How should we take into account the views of volunteers when we plan a 協働 project?",  # account, no system
    "市の公式SNSで団体のイベントを紹介するのは、協働の形になりますか？",  # the city's publicity for a group: 広報協力
    "団体とまだ信頼関係ができていないんですが、どうすればいいですか？",  # not yet built: how to, no status
    "Does the guideline say anything about staff volunteering on their days off?",  # no leave asked
    # tune173, tune179 (read; refused before): a contact point is an office (千葉県's 県民生活課), and どのような asks
    # what kind of training, not which member holds a post
    "Who is the contact point at Chiba prefecture if I need advice on working with a citizen group?",
    "協働に関する職員研修としては、どのような取り組みが示されていますか。",
    # the weather, a drinks party and a disclosure request named in passing: 共催's roles, fairness, 公開 asked
    "共催イベントを天気が悪くて中止にするとき、判断は市と実行委員会のどちらがするべき？",
    "飲み会で団体の代表と親しくなりすぎるのは公平性の点でまずい？",
    "情報公開請求を待たずに、協働事業の成果は市から公表しておくべきですか？",
    # who should be in charge is a way of choosing, which the guidelines treat
    "協働事業の担当者は誰がなるのがいいですか？",
    "団体との連絡を担当しているのは誰であるべき？",
    "協働推進員は各課に何人いるべきですか？",  # how many there should be
    "協定書を改定したことがないのですが、見直しの時期はどう決めればいいですか？",  # the asker's own 協定書
    # a format the asker sets is the situation (書式 as a phrase refused both, sealed5 and tune97); a guideline issued
    # and a step of a process, with nothing that came after it or how one case stands; last year's way of doing it;
    # another city as a model
    "<@U07KYODO> 協働事業の評価シートを作るよう課長に言われました。書式は自由なんですが、どんな項目を入れればいいでしょう",
    "<@U07KYODO> 協働事業の団体から「書類ばかり出させられる」と不満が出ました。報告の書式を決めたのはうちなんですが、"
    "どう見直せばいいでしょう。",
    "指針が出てから協働を始めたのですが、団体との役割分担はどう決めればいいですか？",
    "補助金の申請を受けたとき、どの段階で団体と話し合うべきですか？",
    "昨年度の協働事業の評価の仕方を教えてください",
    "横浜市のように協定を結ぶとき、団体と何を決めておけばいいですか？",
    "協働推進員には誰がなっているの？",  # what kind of staff: 千葉県 says
    # a posting's notice, a screening and teams named with no date or status asked
    "内示が出たら、団体への引き継ぎはどう進めればいいですか？",
    "協働事業の提案の審査は、どう進めればいいですか？",
    "Our teams want to work with a local NPO. How should we choose the partner?",
    # whether a project was done, how to revise, what to change once a guideline is out: the guidelines' questions
    "協働事業の評価のとき、事業が実際に完成したかどうかはどう確かめればいい？",
    "協定書はいつ改定するのがいいですか？",
    "指針ができたあと、協働の進め方はどう変えるべきですか？",
])
def test_revising_and_who_should_serve_in_covered_asks_are_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).answered


def test_an_english_ask_that_repeats_the_question_told_before_it_is_read_as_that_question(engine: Engine) -> None:
    # 「Does it?」 asks what the sentence before it told: an insurance policy, which no guideline holds — or whether
    # 後援 counts as 協働, which they treat
    assert not engine.ask("Our 共催 partner wants to know whether the city's liability insurance covers their staff on "
                          "the day. Does it?").answered
    assert engine.ask("A colleague asked whether giving 後援 to a group's event counts as 協働. Does it?").answered


def test_two_parts_of_one_compound_are_one_word_shared_with_an_entry(engine: Engine) -> None:
    # tune107 (read): 立ち上げる and its part 立つ counted as two words shared with the entry on starting an activity
    question = "生協みたいな協同組合を立ち上げるには出資金がどれくらい必要？"
    assert engine.query(question).word_of().get("立つ") == "立ち上げる"
    assert not engine.ask(question).answered
    # an entry sharing two words of their own still carries the question
    assert engine.ask("地域で子ども食堂の活動を立ち上げたいという市民から相談がありました。どこに案内すればいい？").answered


def test_choosing_a_partner_by_tender_is_still_asked_of_the_guidelines(engine: Engine) -> None:
    assert engine.ask("協働でやる委託でも、いつもどおり指名競争入札で相手を決めていいんですか？").answered
    assert engine.ask("入札参加資格の要件が厳しくて、地元のNPOが委託に手を挙げられないと言われました。協働の指針ではこういう点に"
                      "触れていますか？").answered


def test_which_office_is_in_charge_is_answered_where_a_guideline_names_it(engine: Engine) -> None:
    # 千葉県's manual names 県民生活課 as the place to consult; no other guideline names an office
    answer = engine.ask("千葉県では協働の相談はどの課が担当していますか？")
    assert answer.answered and ("chiba", "information") in [(hit.doc, hit.section_id) for hit in answer.passages]
    # told, not asked: tune125 (read) was refused when "which section handles" was read in a statement
    assert engine.ask("<@U07KYODO> Kato, Child Welfare. I never know which section handles NPOs in a given field. Is there"
                      " some internal liaison body that links up the departments on NPO matters?").answered



def test_naming_a_guideline_does_not_make_an_office_matter_or_another_sense_its_content(engine: Engine) -> None:
    # tune193 (read): a kind of fact decline.yaml marks even_if_named (the office's own staffing, a pun) is no
    # guideline's content even asked beside its name; nor is 協働 in another sense's setting
    assert not engine.ask("網走市の協働指針の担当を増やしたいので、会計年度任用職員の募集要項の作り方を教えてください。").answered
    assert not engine.ask("北九州市の方針の研修で使いたいので、「協働」のダジャレを一つお願いします").answered
    assert not engine.ask("チーム医療で医師と看護師が協働するときの指示系統って、北九州市の方針に書いてある？").answered
    # an amount, a date or a count is a figure a named guideline may give, and a form a document it plans
    assert engine.ask("小平市の指針では、提案型の協働事業はいつまでに実施することになっていますか？").answered
    assert engine.ask("協働の進め方を確認するための様式や、職員向けの手引きみたいな書類は小平市にありますか？").answered
    # a partner group beside the ward still asks the guidelines
    assert engine.ask("病院の患者会と市が協働するとき、役割分担は北九州市の方針ではどう書かれている？").answered


def test_a_university_partnership_beside_a_citizens_group_is_still_answered(engine: Engine) -> None:
    # 産学連携 alone shows no topic of the guidelines; a citizens' group and its roles beside it do
    assert engine.ask("市と大学で産学連携の協定を結んで、地域の市民団体と一緒にまちづくりの調査をしたい。団体との役割分担は"
                      "どう決めればいい？").answered


@pytest.mark.parametrize("question", [
    # tune153 (read): the two facts asked as alternatives, then which of them holds
    "来月の日曜に協働イベントの応援で出勤します。代休になるのか休日勤務手当が出るのか、どちらでしたっけ？",
    # tune155 (read): a question closed by ですか, then its other answer — no embedded question
    "協働事業の補助金の実績報告で、領収書は原本を付けるんですか、コピーでもいいですか？",
])
def test_a_fact_asked_with_its_alternative_is_still_asked(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


def test_a_fact_inside_an_embedded_question_still_is_no_ask(engine: Engine) -> None:
    # 「…いくら削減できるかを目的にしていい？」: what follows the か is no choice between facts
    assert engine.ask("協働事業で経費をいくら削減できるかを目的にしてもいいですか？").answered


def test_an_english_vendor_is_no_it_vendor(engine: Engine) -> None:
    # the analyzer reads "vendor" as ベンダー, so ベンダー in decline.yaml (IT vendors) refused this covered question
    assert engine.ask("Our section treats the NPO we work with like a vendor. Is that what collaboration means?").answered


@pytest.mark.parametrize(("text", "years"), [
    ("平成22年度以降に採択された件数", [2010]),
    ("令和5年度は何件", [2023]),
    ("令和元年の計画", [2019]),
    ("How many proposals did it accept in fiscal 2023?", [2023]),
    ("fy2010", [2010]),
    ("第2018号", [2018]),
    ("12345", []),
])
def test_the_years_a_question_writes(text: str, years: list[int]) -> None:
    assert years_written(text) == years


@pytest.mark.parametrize("question", [
    # tune148, tune154 (read): a year after the named guideline was issued (小平市 平成20年, 網走市 平成29年)
    "小平市で令和4年度に始まった協働事業には、どんな例がありますか？",
    "What did Abashiri's plan for 2019 say about collaboration targets?",
])
def test_a_year_after_the_named_guideline_was_issued_is_declined(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered and answer.declined_by is not None and answer.declined_by[1] == "指針より後の年"


@pytest.mark.parametrize("question", [
    "網走市の指針は平成29年に作られたそうですが、職員に求められる姿勢は何ですか？",  # the year of issue itself
    "網走市総合計画（2008〜2017年）の中で、協働はどう位置づけられていますか？",  # within the plan it quotes
    "大阪市の協働指針で、2024年の今も大事にすべき原則は何ですか？",  # 大阪市's guideline carries no date
])
def test_a_year_the_guideline_can_hold_is_no_reason_to_decline(engine: Engine, question: str) -> None:
    assert engine.ask(question).answered


def test_a_contact_person_asked_in_english_is_told_as_a_contact(engine: Engine) -> None:
    # tune98 (read): a person to reach, which no text holds even of a named guideline — told as a contact, not a post
    answer = engine.ask("Who's the contact person for Kodaira's 協働 handbook?")
    assert not answer.answered and answer.declined_by is not None
    assert answer.declined_by[1] == "施設・窓口の連絡先"
