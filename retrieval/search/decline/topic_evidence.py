"""The engine's verdict on whether the guidelines treat a question — declining only on the evidence coverage.py
describes — and the sentence-level tests it rests on."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from retrieval.answer import QAHit
from retrieval.search.decline.coverage import (
    Coverage,
    DeclinePhrases,
    KyodoCompounds,
    named_parties,
    only_before_suffix,
)
from retrieval.search.decline.fact_asks import ENGLISH_HOW_TO, HOW_TO, beyond_any_text
from retrieval.search.decline.fact_asks.dates import holds_a_year, recorded_plan, years_written
from retrieval.search.decline.fact_asks.law import asks_the_law
from retrieval.search.decline.fact_asks.offices import holds_an_office
from retrieval.search.decline.fact_asks.turns import asks_also, asks_instead, points_back, reports_a_question
from retrieval.search.decline.fact_kinds import (
    AFTER_ISSUE,
    ANOTHER_SENSE,
    EVENT_DATE,
    LAW_SOURCE,
    OFFICE_IN_CHARGE,
    OTHER_MUNICIPALITY,
    Found,
)
from retrieval.search.question.analyzer import Morpheme, written_in_english
from retrieval.search.question.asking import ends_wanting
from retrieval.search.question.cleaning import wording_key
from retrieval.search.question.query import Query
from retrieval.search.rank.bm25 import LuceneBM25
from retrieval.search.rank.qa_match import QAMatcher
from retrieval.search.tuning import Tuning

# Where a sentence turns from what is the case to what is asked: 「雛形をそのまま使うと市が一方的に決めた内容になってしまう
# のですが、契約の段階で気をつけることは？」 mentions a template and asks what to watch in the contract. Setting a matter
# aside turns it as well: 「謝金の単価表が見つからず…それはまた聞くとして、協働で作った報告書の権利は？」.
CONCESSIVE = re.compile(r"(?:ですが|ますが|ましたが|でしたが|だが|たが|ないが|けど|けれど|けれども"
                        r"|さておき|ともかく|別として|聞くとして|置いといて|おいといて|置いておいて|ところで)[、,]")
# What any working together has — roles, a partner, equal footing: in another sense's setting (「チーム医療で医師と看護師が
# 協働するとき、役割分担はどう決める？」) these words are that sense's too, and show no topic of the guidelines. Beside a
# compound the knowledge never makes they still do: 「横浜市の協働契約のように、役割分担を文書で決めておくべき？」.
ANY_COLLABORATION = frozenset({"役割分担", "対等", "相手", "パートナー"})
# ... so a setting is looked for beside them as beside 協働, 連携, 協力 (「チーム医療で、看護師と薬剤師の役割分担って
# どう決まっているんですか」 says neither 協働 nor 連携)
SETTING_WORDS = (*KyodoCompounds.WORDS, *sorted(ANY_COLLABORATION))
# How staff refer to a guideline document itself, after naming its city: naming it (「小平市の指針では」「指針によると」)
# asks for its content whatever the fact — but a fact no text holds even of itself (a cap, a contact, a post's holder:
# NEVER_IN_TEXT), which naming it does not make its content.
GUIDELINE_REFERENCE = re.compile(r"(指針|方針|マニュアル|ガイドライン|手引|ハンドブック|guideline|policy|manual|handbook)")


class TopicEvidence:
    """Whether the guidelines treat a question, on the evidence of its sentences, the Q&A entries and the passages."""

    def __init__(self, tuning: Tuning, *, decline: DeclinePhrases, compounds: KyodoCompounds, subjects: frozenset[str],
                 qa: QAMatcher, passage_index: LuceneBM25, asked_as_written: set[str],
                 query: Callable[[str], Query], shares: Callable[[dict[str, float]], np.ndarray],
                 texts: Sequence[str], docs: np.ndarray, issued: Mapping[str, int] | None = None) -> None:
        """`query` reads a question as the engine does; `shares` scores weights against every passage (engine._shares),
        whose texts are `texts` and guidelines' ids `docs`; `issued`: the year each dated guideline was issued."""
        self._tuning = tuning
        self._decline = decline
        self._kyodo_compounds = compounds
        self._subjects = subjects
        self._qa = qa
        self._passage_index = passage_index
        self._asked_as_written = asked_as_written
        self._query = query
        self._shares = shares
        self._texts = texts
        self._docs = docs
        self._issued = dict(issued or {})

    def _best_share(self, weights: dict[str, float]) -> float:
        return float(self._shares(weights).max(initial=0.0))

    def verdict(self, query: Query, best_share: float, qa_matches: list[QAHit], named: frozenset[str],
                named_share: float, english_read: bool = False) -> Coverage:
        """Not covered only on evidence that the guidelines do not cover the question (see coverage.py).
        `named`: the guidelines the question names; `named_share`: the best passage share once their names are set
        aside; `english_read`: some English word of the question reads as one of the guidelines' words (EnglishWords)."""
        names_document = bool(named)
        if wording_key(query.text) in self._asked_as_written:
            return Coverage(True, "qa-wording")  # a maintainer wrote an entry for exactly this question
        other = self._decline.find(query.text, other_senses=True, analysis=query.analysis)
        if other:
            return Coverage(False, "other-sense", other)  # 協働ロボット, 多職種協働: another sense of the word
        in_english = written_in_english(query.text)
        place = self._decline.english_place(query.written) if in_english else None
        if place:
            return Coverage(False, "fact", place)  # "How does Yokohama's 協働契約 differ …": a city kyodo does not hold
        facts = [self._decline.find(sentence, other_senses=False, analysis=analysis)
                 for sentence, analysis in zip(query.asks, query.ask_analyses, strict=True)]
        if not any(facts) and (later := self._after_issue(query, named)):
            # 「網走市総合計画の2018年度以降の次期計画では、協働の目標は？」: 網走市's guideline was issued in 2017, and
            # what a later year holds is no text's (asked of a named guideline only: its date is known). A fact the
            # sentence asks says more precisely what is missing, and is told instead.
            return Coverage(False, "fact", later)
        # 「網走の指針に職員のボランティア参加を推進するってありますけど、ボランティア休暇って年に何日？」: the guideline is
        # the situation the sentence turns from; what it asks after the turn is a fact, not the guideline's content
        cited_aside = any(facts) and all(self._cites_before_the_turn(sentence)
                                         for sentence, fact in zip(query.asks, facts, strict=True) if fact)
        refers = any(GUIDELINE_REFERENCE.search(sentence) for sentence in query.asks)
        # the words of any working together the question holds (協働, 連携, 役割分担 …), and the setting of another sense
        # they stand in, if any (教員同士の協働, 看護師と介護士の協働) — weighed below as for any question
        setting_words = [word for word in SETTING_WORDS if word in query.weights]
        setting = self._setting(query, setting_words) if setting_words else None
        # 「病院のチーム医療で医師と看護師が協働するときの指示系統…北九州市の方針に書いてある？」 (tune193): 協働 in
        # another sense's setting, the guideline named only to ask whether it says so — no more its content than
        # without the name
        asks_named = names_document and setting is None
        if asks_named and named_share > 0 and not cited_aside and refers \
                and not any(beyond_any_text(analysis.text) for analysis in query.ask_analyses) \
                and not any(fact and fact.kind.even_if_named for fact in facts):
            # 「小平市の指針では、…いつまでに実施することになっていますか？」: the asker asks what a named
            # guideline says, even about a date (the guidelines hold a few: Kodaira's targets, survey figures) —
            # but not its URL, who to call about it or when it was published (「大阪市協働指針のダウンロード先URL」),
            # and only where the question asks: 「…指針を見ても見つかりませんでした。小平市では研修を年に何回？」 tells
            # the guideline does not say (tune170) — nor a fact of a decline.yaml kind no guideline holds even about
            # itself (even_if_named: 「網走市の協働指針を担当する係に会計年度任用職員の募集要項の作り方を」, tune193)
            return Coverage(True, "names-document")
        for i, (sentence, fact) in enumerate(zip(query.asks, facts, strict=True)):
            if fact is not None and (self._asks_past_the_fact(sentence, new_topic=fact.kind is OTHER_MUNICIPALITY) or (
                    names_document and fact.kind is EVENT_DATE and recorded_plan(sentence)
                    and holds_a_year(self._texts[int(self._shares(query.weights).argmax())])) or (
                    names_document and fact.kind is OFFICE_IN_CHARGE and self._treated_by_an_office(query, named))):
                facts[i] = None
        for i in range(1, len(facts)):
            # 「源泉徴収は必要？個人に払う場合との違いも知りたい」: more of the same fact — unless the add-on names a
            # topic of its own (「…締め切りは？後援と協働の違いも知りたい」)
            if facts[i] is None and facts[i - 1] is not None and (asks_instead(query.ask_analyses[i]) or (
                    asks_also(query.ask_analyses[i]) and not self._names_topic_word(query.asks[i]))):
                facts[i] = facts[i - 1]
        ruling = next((fact for fact in facts if fact is not None and fact.kind.kind == LAW_SOURCE.kind), None)
        if ruling:
            # 「協働の協定書に法的拘束力ってあるんですか？…判例があれば知りたいです。」: a question of law asked beside a
            # ruling is the ruling's matter, however much of 協働 it names
            facts = [fact or (ruling if asks_the_law(sentence) else None)
                     for sentence, fact in zip(query.asks, facts, strict=True)]
        # 「名刺を作り直したい。申請ってどこに出せばいい？」: what a want beside the ask names is what is asked for
        wanted = [self._decline.find(sentence, other_senses=False, analysis=analysis)
                  for sentence, analysis in zip(query.situation, query.situation_analyses, strict=True)
                  if ends_wanting(sentence)]
        if any(facts + wanted) and all(fact or not self._asks_about_topic(sentence, query.weights)
                                       for sentence, fact in zip(query.asks, facts, strict=True)):
            # it asks for an amount, a date, a phone number … and nothing else it asks is a topic the
            # guidelines treat (「どう処理するんだろう」 after a tax question adds no topic)
            return Coverage(False, "fact", next(f for f in facts + wanted if f))
        if not any(facts) and query.situation:
            # 「庁内LANのパスワードが切れました。どうすれば再設定できますか？」: the ask only points back at
            # its situation, and what the situation is about is a fact kind the guidelines never hold
            told = [self._decline.find(sentence, other_senses=False, analysis=analysis)
                    for sentence, analysis in zip(query.situation, query.situation_analyses, strict=True)]
            if any(told) and not any(self._sentence_has_topic(sentence) or self._names_topic_word(sentence)
                                     for sentence in query.asks) and all(
                    (fact.kind is OTHER_MUNICIPALITY or not self._names_topic_word(sentence)) if fact
                    else not self._sentence_has_topic(sentence)
                    for sentence, fact in zip(query.situation, told, strict=True)):
                # (another city's 協働 is told as its 協働: 「熊本市は地震のあとに協働の方針を見直したと聞きました。具体的
                # に何が変わったんですか？」, tune172)
                return Coverage(False, "fact", next(f for f in told if f))
        # 「…今年度の募集締切がいつか団体から聞かれました。わかりますか？」: the ask only points back (_follow_ups); what
        # it asks would be the question just told, however much of 協働 stands around it
        if not any(facts) and any(following := self._follow_ups(query)):
            told = [(sentence, analysis) for sentence, analysis, follows in zip(
                query.asks, query.ask_analyses, following, strict=True) if not follows] or list(zip(
                    query.situation[-1:], query.situation_analyses[-1:], strict=True))
            found = next((f for sentence, analysis in told if (f := self._decline.find(
                sentence, other_senses=False, analysis=analysis, reported=True))), None)
            if found:
                return Coverage(False, "fact", found)
        if asks_named and (named_share > 0 or (qa_matches and in_english and english_read)):
            # "what does Kitakyushu's guideline say about …" — in English few words match the Japanese passages, and
            # an entry that matches gives the passages to quote ("If we don't sign a formal agreement, how can roles
            # still be made clear under Kodaira's approach?") — when some word of the question is one of the
            # guidelines' (agreement, roles): "a hotel near Abashiri Station for our team's study visit" matches an
            # entry's English on team and next month, and asks nothing they treat
            return Coverage(True, "names-document")
        tuning = self._tuning
        weights = query.weights
        other = self._kyodo_compounds.other_senses(query.text, query.analysis)
        # what to tell the asker if the question declines for want of a topic once the other sense is set aside
        sense = Found(ANOTHER_SENSE, "・".join(sorted(other))) if other else None
        if setting:
            other.update(setting_words)  # 看護師と薬剤師の連携 as much as 看護師と介護士の協働
            sense = setting
        elif strangers := self._strangers(query):
            # 「人間とAIの協働」「作業員と機械が協働する」: neither side is the city, a group or anyone the guidelines
            # see working together — a setting of its own, as 看護師と介護士の協働 is
            other.add("協働")
            setting = sense = Found(ANOTHER_SENSE, strangers)
        if other:
            # 協働 only inside compounds the knowledge never makes with it (協働ロボット, 多職種協働), or in a
            # setting where it means something else (教員同士の協働, 看護師と介護士の協働) — or 連携, 協力 so
            # (病診連携): not the guidelines' sense, so no evidence; the rest of the question must show the topic
            weights = {t: w for t, w in weights.items() if t not in other and not (setting and t in ANY_COLLABORATION)}
            if not weights:
                return Coverage(False, "no-topic", sense)
            best_share = self._best_share(weights)
            qa_matches = self._qa.hits(weights)
        # an entry matching well enough to lift its passages, even if too weakly to be shown — in another sense's
        # setting only beside a subject of the guidelines: 「病棟で医師と看護師の協働…特定行為研修」 shares 研修 with an
        # entry on groups' management training, and the training is the nurses'
        # (word_of reads the question's words again: only once some entry matched)
        if qa_matches and self._qa.evidence(weights, qa_matches, query.word_of()) and not (
                setting and not self._subject_left(query, weights)):
            return Coverage(True, "qa-entry")
        # (counting staple topics only in the sentences that ask refused 12 covered questions on the frozen sets)
        staples = {t for t, w in weights.items() if self._staple(t, w)}
        # A word naming what the guidelines are about (decline.yaml subjects: 協働, 団体, 市, 後援 …) shows the
        # topic, and so does a staple word the glossary put there; other staple words do not, even two of them:
        # 市民, 地域, 職員, 必要 stand in any office question (「職員の健康診断の日程は？」「市民病院と地域の
        # 診療所の連携」). Without subjects, any staple word does.
        if (staples and not self._subjects) or staples & query.glossary_terms or self._names_subject(query, weights):
            return Coverage(True, "staple-topic")
        # 「ペアプログラミングって、本当に生産性が上がるんですか？」: a setting of another sense (software, a classroom,
        # AI) with nothing of the guidelines named — no subject or staple (above), no concept the glossary reads — is
        # what the question is about; a passage sharing its everyday words (生産性) is no topic
        if not setting_words and not query.glossary_terms and (elsewhere := self._decline.find(
                query.text, other_senses=True, settings=True, analysis=query.analysis)):
            return Coverage(False, "no-topic", elsewhere)
        if best_share >= tuning.covered_score or (in_english and self._best_share(
                _read_words(weights, self._passage_index)) >= tuning.covered_score):
            return Coverage(True, "passage")
        if query.glossary_terms - other:
            # 「どこと組むか決めたいきさつ、外から見えるようにしておくべき？」: a paraphrase holds none of the
            # passages' words, yet the glossary reads 「どこと組む」 as 選定 — a concept the guidelines treat
            return Coverage(True, "glossary")
        return Coverage(False, "no-topic", sense)

    def _follow_ups(self, query: Query) -> list[bool]:
        """For each asking sentence, whether it only points back at a question told before it: it asks whether the bot
        knows (「わかりますか？」), or, after a question reported to the asker, names nothing the guidelines treat —
        「…特許の持ち分をどう決めるか相談されました。一般的にはどう分けるものですか？」 asks the patent question again. A
        bare how-to (「どうすれば？」) takes the question's topic; after a situation told, 「…保険料を誰が持つかで揉めます。
        事前にどう決めておけば？」 asks how to settle it, which the guidelines treat."""
        reported = any(reports_a_question(sentence) for sentence in query.asks[:-1] + query.situation)
        return [points_back(sentence) or (reported and i > 0 and not self._asks_about_topic(sentence, query.weights))
                for i, sentence in enumerate(query.asks)]

    def _after_issue(self, query: Query, named: frozenset[str]) -> Found | None:
        """A year later than every named guideline's issue (each of them dated), written where the question asks."""
        if not named or any(doc not in self._issued for doc in named):
            return None
        last = max(self._issued[doc] for doc in named)
        later = [year for sentence in query.asks for year in years_written(sentence) if year > last]
        return Found(AFTER_ISSUE, str(later[0])) if later else None

    def _treated_by_an_office(self, query: Query, named: frozenset[str]) -> bool:
        """A passage of a named guideline that treats the question (covered_score) names an office:
        「千葉県では協働の相談はどの課が担当？」 is answered by 千葉県's 県民生活課; 網走市's or 小平市's office is in no passage."""
        treating = (self._shares(query.weights) >= self._tuning.covered_score) & np.isin(self._docs, list(named))
        return any(holds_an_office(self._texts[i]) for i in np.flatnonzero(treating))

    def _setting(self, query: Query, named: list[str]) -> Found | None:
        """A setting where `named` (協働, 連携, 協力) means something else, found in a sentence that uses one of them:
        「メンバーに看護師がいる」 beside 「クラブと協働で」 describes the partner, not a ward. English (collaborate, work
        with …) is read as a whole."""
        sentences = [(sentence, analysis) for sentence, analysis in zip(
            query.situation + query.asks, query.situation_analyses + query.ask_analyses, strict=True)
            if any(word in sentence for word in named)] or [(query.text, query.analysis)]
        return next((found for sentence, analysis in sentences if (found := self._decline.find(
            sentence, other_senses=True, settings=True, analysis=analysis))), None)

    def _strangers(self, query: Query) -> str:
        """Two parties named as collaborating (named_parties), neither of them a subject of the guidelines (市, 団体,
        NPO …) nor a staple noun of theirs (市民, 地域, 職員): 「人間とAI」 -> "人間とAI"; "" when there are none."""
        def known(run: list[Morpheme]) -> bool:
            return any(form in self._subjects or self._passage_index.document_share(form) >= self._tuning.topic_share
                       for m in run for form in (m.form, *m.parts))
        return next(("と".join("".join(m.surface for m in run) for run in pair)
                     for pair in named_parties(query.analysis) if not any(known(run) for run in pair)), "")

    def _names_subject(self, query: Query, weights: dict[str, float]) -> bool:
        """A subject of the guidelines (団体, NPO, 後援 …) stands whole in `weights` — not the 市 of 市立."""
        return self._subject_in(weights, set_aside=only_before_suffix(query.analysis, self._subjects))

    def _subject_left(self, query: Query, weights: dict[str, float]) -> bool:
        """Once the other sense's words are set aside, a subject of the guidelines or a glossary term (「一緒にやる」
        read as 協働 beside 患者会) still stands in the question."""
        return bool(query.glossary_terms) or self._names_subject(query, weights)

    def _asks_past_the_fact(self, sentence: str, *, new_topic: bool = False) -> bool:
        """The fact words stand before the sentence turns (CONCESSIVE), and what follows asks about a topic of its
        own, naming it, with no fact words: the fact is the situation, not the ask. `new_topic`: the topic must be one
        the words before the turn do not name — 「堺市では随意契約を使っているそうですが、どんな根拠で随契に？」 still
        asks about 堺市's 随契; 「横浜市では協働契約を結んでいるそうですが、市としても役割分担を文書に？」 turns to the
        asker's own city."""
        turn = _turn(sentence)
        if turn is None:
            return False
        rest = self._query(sentence[turn:])  # read once for all three tests
        if new_topic:
            head = self._query(sentence[:turn])
            named_before = set(head.weights) | head.glossary_terms
            if not any(t not in named_before and (t in rest.glossary_terms or t in self._subjects)
                       for t in rest.weights):
                return False
        # both topic tests: 「保守業者の連絡先わかる人いる？」 matches a passage on two nouns, yet names no topic of theirs
        if self._decline.find(rest.text, other_senses=False, analysis=rest.analysis) is not None:
            return False
        # 「…見積合わせで金額を比べて決めますが、協働の場合も価格で選んでいい？」: what follows asks about 協働 itself
        return rest.weights.get("協働", 0.0) >= 1.0 or (self._has_topic(rest.weights) and self._names_topic(rest))

    def _cites_before_the_turn(self, sentence: str) -> bool:
        """The sentence refers to a guideline only before it turns (CONCESSIVE), and asks a fact after the turn."""
        turn = _turn(sentence)
        if turn is None:
            return False
        head, rest = sentence[:turn], sentence[turn:]
        return bool(GUIDELINE_REFERENCE.search(head)) and not GUIDELINE_REFERENCE.search(rest) and \
            self._decline.find(rest, other_senses=False) is not None

    def _names_topic_word(self, sentence: str) -> bool:
        """One sentence names a subject of the guidelines (協働, 団体, 補助金, 後援 …) or something the glossary knows
        (町内会 for 自治会) — an everyday staple word (必要, 市民, 地域) does not, as in `verdict`: 「…口座を作りたいん
        ですが、窓口に持っていく書類は何が必要ですか」 turns to nothing of the guidelines'. Without subjects, any staple does."""
        return self._names_topic(self._query(sentence))

    def _names_topic(self, query: Query) -> bool:
        return bool(query.glossary_terms) or any(
            (self._staple(t, w) and not self._subjects) or (w >= self._tuning.part_weight and t in self._subjects)
            for t, w in query.weights.items())

    def _staple(self, term: str, weight: float) -> bool:
        """A whole noun or glossary term (not a compound's part, not a verb) in a tenth or more of the passages."""
        return weight >= self._tuning.topic_weight and self._passage_index.document_share(term) >= self._tuning.topic_share

    def _asks_about_topic(self, sentence: str, question: dict[str, float]) -> bool:
        """One asking sentence is about a topic the guidelines treat: on its own words; or, an English how-to, on a
        glossary term read in it; or — a how-to that names nothing (「それより何を書くべき？」) — on the words of the whole
        question it follows up (`question`: its weights)."""
        asked = self._query(sentence)
        weights = asked.weights
        if self._has_topic(weights):
            return True
        if written_in_english(sentence) and ENGLISH_HOW_TO.search(sentence) and asked.glossary_terms:
            # "How should the money side work when we partner with a group?": its English words match no passage
            return True
        bare = not any(w >= 1.0 for w in weights.values())
        return bare and bool(HOW_TO.search(sentence)) and (self._has_topic(question) or self._subject_in(question))

    def _subject_in(self, weights: dict[str, float], set_aside: frozenset[str] = frozenset()) -> bool:
        """A subject of the guidelines (協働, 団体, 協定書 …), but those `set_aside`, stands whole among `weights`."""
        return any(weights.get(t, 0.0) >= self._tuning.topic_weight for t in self._subjects - set_aside)

    def _sentence_has_topic(self, sentence: str) -> bool:
        return self._has_topic(self._query(sentence).weights)

    def _has_topic(self, weights: dict[str, float]) -> bool:
        """A sentence's or a question's words, taken alone, match a passage or a Q&A entry.
        A passage match needs two of its nouns: a follow-up like 「どこに連絡すれば？」 matches some passage
        on its one noun, and is about nothing of its own."""
        if not weights:
            return False
        nouns = sum(1 for t, w in weights.items() if w >= 1.0 and self._passage_index.knows(t))
        return (nouns >= 2 and self._best_share(weights) >= self._tuning.covered_score) or \
            self._qa.evidence(weights, self._qa.hits(weights))


def _turn(sentence: str) -> int | None:
    """Where the sentence last turns (CONCESSIVE) from what is the case to what is asked, if it does."""
    turns = list(CONCESSIVE.finditer(sentence))
    return turns[-1].end() if turns else None


def _read_words(weights: dict[str, float], index: LuceneBM25) -> dict[str, float]:
    """An English question's words less the English ones no passage holds. The guidelines are Japanese: an English
    word the glossary did not turn into one of their terms is a word unread, not a sign that the topic is absent as
    an unknown Japanese word is (住民票) — "How should we pick a partner through 公募?" is about 公募 alone. In a
    Japanese question an English word is a name (庁内LAN, SNS) and counts like any other."""
    return {t: w for t, w in weights.items() if not (t.isascii() and not index.knows(t))}
