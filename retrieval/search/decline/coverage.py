"""Whether the guidelines cover a question: decline only on evidence.

Evidence that they do not:
- the question is about another sense of 協働 (協働ロボット, 多職種協働, 産学協働 …): the compound
  names something else, or a setting does (看護師と薬剤師の連携) — then 協働・連携・協力 show no topic;
- every sentence that asks, asks for a kind of fact the guidelines never hold (an amount, a
  deadline, a phone number, an application's status, a tax ruling …), as listed in
  knowledge/decline.yaml; a fact word inside an embedded question (「いくら削減できるかを目的に
  していい？」) is not what is asked; or the ask only points back at a situation that tells such a
  fact (「LANのパスワードが切れました。どうすれば再設定できますか？」), or a want beside the ask names one (「保険を
  かけたいです。」 is the situation, 「名刺を作り直したい。」 what is asked for); an add-on ask (「…との違いも知りたい」)
  asks more of the fact before it; some facts are asked by grammar alone (the fact_asks package, places.py: this
  year's one, the office's systems, an article of a law, a form's field, a scheduled date, how many groups a city
  has) — but asking what is usual or should be is not a fact (decline.yaml `unless`);
- nothing in it is a topic they treat: no Q&A entry matches on the topic's own words, no staple
  topic of the guidelines is asked about (decline.yaml's subjects: everyday staple words — 市民, 地域,
  職員 — are not enough), no passage matches enough of it, and the glossary reads none of its words as one of the
  guidelines' concepts (a paraphrase: 「どこと組むか決めたいきさつ」 is 選定).
Office words alone never decline. The verdict itself is TopicEvidence.verdict (topic_evidence.py).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from retrieval.knowledge.models import DeclineKind
from retrieval.search.decline.fact_asks import bare_fact
from retrieval.search.decline.fact_asks.turns import KNOWING
from retrieval.search.decline.fact_kinds import Found
from retrieval.search.decline.places import english_municipality, other_municipality
from retrieval.search.question.aliases import ENGLISH, FORMS, WRITTEN, AliasLists
from retrieval.search.question.analyzer import Analysis, Analyzer, Morpheme
from retrieval.search.question.asking import noun_runs

# particles that may follow a sentence-final か (「積算していいのかな」「出せるのかね」): the question still ends there
SENTENCE_FINAL = {"な", "ね", "しら", "よ", "ねえ", "なあ"}
# 「どこかの共有フォルダ」「何かの様式」: か after an interrogative makes an indefinite word (somewhere, something),
# not the end of an embedded question
INDEFINITE = {"どこ", "何", "なに", "なん", "誰", "だれ", "いつ", "どれ", "どちら"}
# 「公印ですか、それとも職印で足りますか」: a か before それとも ends the first of two answers offered, both asked —
# not an embedded question
OFFERS_ANOTHER = re.compile(r"^[^、。?？!]{0,8}か[、,\s]*(それとも|あるいは|もしくは)")
# A short aside in brackets (「ひな形（様式第何号とか）」): it gives an example, and its か closes no question
ASIDE = re.compile(r"\([^()]{1,30}\)")


@dataclass(frozen=True)
class Coverage:
    """The engine's verdict on a question, with the evidence it rests on (for `kyodo check` and the log)."""

    covered: bool
    # "qa-wording", "other-sense", "fact", "names-document", "qa-entry", "staple-topic", "passage", "glossary", "no-topic"
    reason: str
    found: Found | None = None  # the decline.yaml phrase behind "other-sense" and "fact"

    def __bool__(self) -> bool:
        return self.covered

    @property
    def why(self) -> str:
        """What to tell the asker of a decline: the kind's why, when a kind is behind it."""
        return self.found.kind.why if self.found and not self.covered else ""


class DeclinePhrases:
    """The phrases of knowledge/decline.yaml, matched as whole words like glossary aliases
    (aliases.py): as a run of the analyzer's normalized forms, or as written where the question's
    words begin and end; English as lower-case words."""

    def __init__(self, kinds: Sequence[DeclineKind], analyzer: Analyzer, places: Collection[str] = ()) -> None:
        """`places`: the municipalities whose guidelines the knowledge holds (an ask about any other declines)."""
        self._analyzer = analyzer
        self._places = frozenset(places)
        self._entries = [(kind, phrase) for kind in kinds for phrase in kind.phrases]
        self._phrases = AliasLists([[phrase] for _, phrase in self._entries], analyzer)
        self._unless = {kind.kind: AliasLists([kind.unless], analyzer) for kind in kinds if kind.unless}

    def find(self, text: str, *, other_senses: bool, settings: bool = False,
             analysis: Analysis | None = None, reported: bool = False) -> Found | None:
        """The first phrase of a kind that is (or is not) an other sense — of the settings, when asked for
        them — not inside an embedded question (unless the question is `reported`: 「…がいつか聞かれました」 tells the
        question someone asked), nor in a sentence about a topic the kind lists in `unless`."""
        analysis = analysis or self._analyzer.analyse(text)
        found = self._find(analysis, other_senses=other_senses, settings=settings, reported=reported)
        if found and found.kind.kind in self._unless and \
                self._unless[found.kind.kind].found_in(analysis.text, analysis):
            # 「チェックシートのExcelの様式はどこからダウンロード？」: the phrase's kind is set aside (the check sheet is
            # the guidelines'), what the grammar reads is not
            found = None
        if found is None and not other_senses:
            found = bare_fact(analysis.text) or (other_municipality(analysis, self._places) if self._places else None)
        return found

    def english_place(self, written: str) -> Found | None:
        """A municipality an English question names, as typed, whose guideline the knowledge does not hold."""
        return english_municipality(written, self._places) if self._places else None

    def _find(self, analysis: Analysis, *, other_senses: bool, settings: bool, reported: bool = False) -> Found | None:
        asides = [(m.start(), m.end()) for m in ASIDE.finditer(analysis.text)]
        spans = [(form, begin, end) for form, begin, end in analysis.form_spans()
                 if not any(start <= begin < stop for start, stop in asides)]
        # English first, then runs of forms by where they stand, then phrases as written in file order
        order = {ENGLISH: 0, FORMS: 1, WRITTEN: 2}
        for match in sorted(self._phrases.matches(analysis.text, analysis), key=lambda m: (
                order[m.how], m.index if m.how != FORMS else m.begin, m.begin if m.how != FORMS else m.index)):
            kind, phrase = self._entries[match.index]
            if kind.other_sense != other_senses or kind.setting != settings:
                continue
            after = tuple(form for form, begin, _ in spans if begin >= match.end)
            if phrase.startswith(("何", "どこ", "誰")) and analysis.text.startswith(("も", "でも"), match.end):
                # 「何か月も返事がありません」「どこの課でも協働協働って言われる」: an interrogative with も or でも is "for
                # months", "every section" — told, not asked
                continue
            if match.how == ENGLISH or kind.other_sense or reported or not _embedded(after) \
                    or OFFERS_ANOTHER.match(analysis.text[match.end:]):
                return Found(kind, phrase)
        return None


WHICH_OF_THEM = {"どっち", "どちら"}
POLITE_ENDINGS = {"です", "ます"}


def _embedded(following: tuple[str, ...]) -> bool:
    """A 「か」 after the fact word that does not end the sentence closes an embedded question
    (「いくら削減できるかを目的に」「いつまで出すか、期限を決める」) — unless a verb of knowing
    follows (「どれくらいかかるかも知りたい」), or which of them is asked (「振替休日になるのか手当がつくのか、どっち
    でしたっけ」): then the embedded question is what is asked."""
    for i, form in enumerate(following):
        rest = following[i + 1:]
        if form == "か" and i > 0 and (following[i - 1] in INDEFINITE or following[i - 2:i - 1] == ("何",)):
            continue  # 「何か」「誰か」, and 何 with a counter: 「パスワードを何回か間違えて」 is a few times, no question
        if form == "か" and i > 0 and following[i - 1] in POLITE_ENDINGS:
            continue  # 「領収書は原本が必須ですか、写しでもいいですか」: a question of its own, then its other answer
        if form == "か" and rest and not all(f in SENTENCE_FINAL or not f.strip("?!。.…、 ") for f in rest):
            return not any(f in KNOWING or f in WHICH_OF_THEM for f in rest)
    return False


class KyodoCompounds:
    """The words the knowledge joins with 協働 — and with 連携 and 協力 — into one compound (協働事業,
    協働相手, 市民協働, 連携体制 …).

    A question whose every 協働 sits in a compound with a word the knowledge never joins to it
    (協働ロボット, 協働学習, 多職種協働) uses another sense of the word — the compound's head, or its
    modifier, names something else — whether or not decline.yaml lists that compound. So does 病診連携
    or 産学協力."""

    WORDS = ("協働", "連携", "協力")

    def __init__(self, texts: Iterable[str], analyzer: Analyzer) -> None:
        self._analyzer = analyzer
        self.known: dict[str, set[str]] = {word: set() for word in self.WORDS}
        for text in texts:
            if any(word in text for word in self.WORDS):
                analysis = analyzer.analyse(text)
                for word in self.WORDS:
                    for forms in self._runs_with(word, analysis):
                        self.known[word].update(f for f in forms if f != word)

    @staticmethod
    def _runs_with(word: str, analysis: Analysis) -> list[list[str]]:
        runs = []
        for run in noun_runs(analysis.morphemes):
            forms = [f for m in run for f in (m.parts or (m.form,))]
            if word in forms:
                runs.append(forms)
        return runs

    def other_senses(self, text: str, analysis: Analysis | None = None) -> set[str]:
        """The words of WORDS that the question uses only in compounds the knowledge never makes."""
        found = set()
        for word in self.WORDS:
            if word not in text:
                continue
            analysis = analysis or self._analyzer.analyse(text)
            runs = self._runs_with(word, analysis)
            if runs and all(any(f not in self.known[word] and f != word for f in forms) for forms in runs):
                found.add(word)
        return found


# the particle between two named parties and their 協働: 「AとBの協働」「AとBが協働する」「AとBで協働」「AとBは協働」
PARTY_LINKS = frozenset({"の", "が", "で", "は", "も"})


def named_parties(analysis: Analysis) -> list[tuple[list[Morpheme], list[Morpheme]]]:
    """The two parties a sentence names as collaborating, each a run of nouns: 「人間とAIの協働」「作業員と機械が協働
    する」 -> (人間, AI), (作業員, 機械). 協働 only as a word of its own: 協働事業 names a project, not who works
    together."""
    morphemes = analysis.morphemes
    runs = noun_runs(morphemes)
    ending = {run[-1].begin: run for run in runs}
    pairs = []
    for i, morpheme in enumerate(morphemes):
        if morpheme.form != "協働" or not any(run == [morpheme] for run in runs):
            continue
        j = i - 1 if i > 0 and morphemes[i - 1].pos[0] == "助詞" and morphemes[i - 1].surface in PARTY_LINKS else i
        second = ending.get(morphemes[j - 1].begin) if j > 0 else None
        k = morphemes.index(second[0]) - 1 if second else -1
        if k < 1 or morphemes[k].surface != "と":
            continue
        first = ending.get(morphemes[k - 1].begin)
        if first:
            pairs.append((first, second))
    return pairs


# suffixes that make a place or an owner of a noun (市立, 市内, 県外); not さん, 様, 側, which keep the noun an actor
PLACE_SUFFIXES = frozenset({"立", "内", "外", "営"})


def only_before_suffix(analysis: Analysis, words: frozenset[str]) -> frozenset[str]:
    """The words that stand in the question only right before a suffix: 市立病院, 市内の施設 name a place or an
    owner, not the city as one side of 協働 (「市立病院の看護師と薬剤師の連携」 is about a hospital team)."""
    morphemes = analysis.morphemes
    before: set[str] = set()
    free: set[str] = set()
    for i, morpheme in enumerate(morphemes):
        if morpheme.form in words:
            following = morphemes[i + 1] if i + 1 < len(morphemes) else None
            attached = following is not None and following.pos[0] == "接尾辞" and following.form in PLACE_SUFFIXES
            (before if attached else free).add(morpheme.form)
    return frozenset(before - free)
