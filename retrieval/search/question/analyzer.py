"""Turn Japanese, English or mixed text into index terms with Sudachi.

Split mode C keeps compounds whole (補助金, 実行委員会) and their mode-A parts are
added too, so a question saying 補助 still finds 補助金. Terms are Sudachi's
normalized forms (表記ゆれ: 引継ぎ/引き継ぎ → 引き継ぐ), so paraphrases meet.

Sudachi tokenizers must not be shared between threads: the dictionary is loaded
once per process and each thread gets its own tokenizer from it.
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from dataclasses import dataclass

from sudachipy import Dictionary, SplitMode

from retrieval.search.question import stop_words

# Parts of speech that carry no topic: particles, auxiliaries, symbols, white space,
# conjunctions, fillers/interjections, pronouns and adnominals (この, その).
# Adverbs (いつも, 結局, そろそろ) are chat, not topic.
DROPPED_POS = {"助詞", "助動詞", "補助記号", "記号", "空白", "接続詞", "感動詞", "代名詞", "連体詞", "副詞"}

# 〜そう, 〜よう, 〜みたい: Sudachi reads these as the stem of an auxiliary (突っ込まれそう, 大変そう); they
# say how the asker judges, never what about.
AUXILIARY_STEMS = {("形状詞", "助動詞語幹")}

ASCII_WORD = re.compile(r"^[a-z][a-z0-9'\-]*$")
DIGITS = re.compile(r"^[0-9.,]+$")
# the normalized forms of a negation besides ない (進まず, 進みません → ます + ず, 古語の ぬ)
NEGATION_FORMS = frozenset({"ず", "ぬ"})
# 「実績もほとんどない」 says what 「実績はほとんどない」 does: the particle も reads as は in the forms aliases and decline
# phrases match, so one alias stands for both (が is left alone: 「電話番号は？」 asks for a number, 「電話番号が名簿に
# 載っている」 does not)
ALSO_AS_TOPIC = frozenset({"も"})
# 「うまくPRできてない」「できていません」 deny what 「PRできない」 does: the aspect of a denied verb (て + いる, てる) is
# folded away before ない, so an alias or a decline phrase written plainly meets the other tenses of one negation
ASPECT_BEFORE_NEGATION = (("てる",), ("て", "居る"), ("で", "居る"))


# hiragana, katakana and kanji, as a regular-expression character range (after normalize_text: no half-width kana)
JAPANESE_LETTERS = "\u3041-\u30ff\u3400-\u9fff"
JAPANESE_LETTER = re.compile(f"[{JAPANESE_LETTERS}]")


def latin_letters(text: str) -> tuple[int, int]:
    """How many of the text's letters are Latin, and how many letters it has: how far it is written in English."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isascii() for c in letters), len(letters)


def written_in_english(text: str) -> bool:
    """More Latin letters than Japanese ones: English, perhaps with a Japanese word or two."""
    latin, letters = latin_letters(text)
    return latin > letters - latin


def normalize_text(text: str) -> str:
    """NFKC and lower-case: full-width ＮＰＯ and half-width ｶﾅ meet their usual forms."""
    return unicodedata.normalize("NFKC", text).lower()


def offsets_fit(text: str) -> bool:
    """Offsets into `text`'s normalized form (Sudachi's token offsets, a rule's match) are offsets into `text` itself:
    normalizing it changed no length."""
    return len(normalize_text(text)) == len(text)


@dataclass(frozen=True)
class Token:
    term: str  # the index term
    begin: int  # character offsets in the normalized text
    end: int
    part: bool = False  # a mode-A part of a longer compound
    content: bool = True  # a noun or English word; verbs and adjectives say less about the topic


@dataclass(frozen=True)
class Morpheme:
    surface: str
    form: str  # Sudachi's normalized form, lower-cased
    pos: tuple[str, ...]  # the first three levels of the part of speech, e.g. ("名詞", "普通名詞", "一般")
    begin: int  # character offsets in the normalized text
    end: int
    parts: tuple[str, ...] = ()  # normalized forms of its short-unit (mode A) parts, when it has several
    cuts: tuple[int, ...] = ()  # offsets where those parts meet
    part_surfaces: tuple[str, ...] = ()
    part_pos: tuple[str, ...] = ()  # the first level of each part's part of speech

    def shifted(self, offset: int) -> Morpheme:
        return Morpheme(self.surface, self.form, self.pos, self.begin - offset, self.end - offset, self.parts,
                        tuple(cut - offset for cut in self.cuts), self.part_surfaces, self.part_pos)


def _form(surface: str, normalized: str) -> str:
    return (normalized or surface).lower()


@dataclass(frozen=True)
class Analysis:
    """One Sudachi pass over a text, and what each reader of a question takes from it: the index
    tokens, the normalized forms that aliases and decline phrases are matched on, and where words
    begin and end. A question is analysed once; its sentences are slices of that one analysis."""

    text: str  # normalize_text of what was analysed
    morphemes: tuple[Morpheme, ...]

    def tokens(self) -> list[Token]:
        """Index tokens with offsets into `text`: whole words, and the parts of a compound as well."""
        result: list[Token] = []
        for morpheme in self.morphemes:
            term = None if morpheme.pos[:2] in AUXILIARY_STEMS else _term(morpheme.surface, morpheme.form,
                                                                          morpheme.pos[0])
            if term is None:
                continue
            result.append(Token(term, morpheme.begin, morpheme.end, content=morpheme.pos[0] not in ("動詞", "形容詞")))
            edges = (morpheme.begin, *morpheme.cuts, morpheme.end)
            for i, (surface, form, pos) in enumerate(zip(morpheme.part_surfaces, morpheme.parts, morpheme.part_pos,
                                                         strict=True)):
                sub = _term(surface, form, pos)
                # single characters (金, 会, 室) match too much to be worth indexing alone
                if sub is not None and sub != term and len(sub) > 1:
                    result.append(Token(sub, edges[i], edges[i + 1], part=True))
        return result

    def form_spans(self) -> list[tuple[str, int, int]]:
        """The text as a sequence of short-unit normalized forms with their offsets (引継ぎ, 引き継いだ →
        引き継ぐ …), symbols left out: what two phrasings share when they are the same words in other
        spellings or inflections."""
        result: list[tuple[str, int, int]] = []
        for morpheme in self.morphemes:
            if morpheme.pos[0] in ("補助記号", "記号"):
                continue
            # Nouns by their parts (委託料 holds 委託), verbs whole (引き継いだ is 引き継ぐ, not 引く + 継ぐ).
            if morpheme.pos[0] in ("名詞", "接頭辞", "接尾辞") and morpheme.parts:
                edges = (morpheme.begin, *morpheme.cuts, morpheme.end)
                result += [(form, edges[i], edges[i + 1]) for i, form in enumerate(morpheme.parts)]
            elif morpheme.pos[0] == "助詞" and morpheme.form in ALSO_AS_TOPIC:
                result.append(("は", morpheme.begin, morpheme.end))
            else:
                result.append((morpheme.form, morpheme.begin, morpheme.end))
        return _negation_as_nai(result)

    def forms(self) -> tuple[str, ...]:
        return tuple(form for form, _, _ in self.form_spans())

    def boundaries(self) -> set[int]:
        """Offsets where one word ends and the next begins, short units included."""
        result = {0, len(self.text)}
        for morpheme in self.morphemes:
            result.update((morpheme.begin, morpheme.end, *morpheme.cuts))
        return result

    def slice(self, begin: int, end: int) -> Analysis:
        """The analysis of text[begin:end] (a sentence), offsets counted from its start."""
        first = bisect.bisect_left(self.morphemes, begin, key=lambda m: m.begin)
        last = bisect.bisect_left(self.morphemes, end, lo=first, key=lambda m: m.begin)
        return Analysis(self.text[begin:end],
                        tuple(m.shifted(begin) for m in self.morphemes[first:last] if m.end <= end))


class Analyzer:
    """Text → index terms. Safe to call from many threads at once."""

    def __init__(self) -> None:
        self._dictionary = Dictionary()
        self._local = threading.local()

    def _tokenizer(self):  # one per thread: Sudachi tokenizers keep internal state
        tokenizer = getattr(self._local, "tokenizer", None)
        if tokenizer is None:
            tokenizer = self._local.tokenizer = self._dictionary.tokenizer(mode=SplitMode.C)
        return tokenizer

    def analyse(self, text: str) -> Analysis:
        """Every word of normalize_text(text), particles included, with its part of speech and parts."""
        normalized = normalize_text(text)
        result = []
        for morpheme in self._tokenizer().tokenize(normalized):
            pos = morpheme.part_of_speech()
            if pos[0] == "空白":
                continue
            parts = morpheme.split(SplitMode.A) if len(morpheme.surface()) > 1 else ()
            several = len(parts) > 1
            result.append(Morpheme(
                morpheme.surface(), _form(morpheme.surface(), morpheme.normalized_form()), pos[:3], morpheme.begin(),
                morpheme.end(),
                parts=tuple(_form(p.surface(), p.normalized_form()) for p in parts) if several else (),
                cuts=tuple(parts[i].begin() for i in range(1, len(parts))) if several else (),
                part_surfaces=tuple(p.surface() for p in parts) if several else (),
                part_pos=tuple(p.part_of_speech()[0] for p in parts) if several else (),
            ))
        return Analysis(normalized, tuple(result))

    def tokens(self, text: str) -> list[Token]:
        """Index tokens with offsets into normalize_text(text)."""
        return self.analyse(text).tokens()

    def terms(self, text: str) -> list[str]:
        return [token.term for token in self.tokens(text)]

    def morphemes(self, text: str) -> list[Morpheme]:
        """Every word of normalize_text(text), particles included, with its part of speech."""
        return list(self.analyse(text).morphemes)

    def word_tokens(self, word: str) -> list[Token]:
        """Index tokens of a single word or short phrase, as it reads inside a sentence.

        Alone, Sudachi may read a short word otherwise than in running text (対等 alone is 対 + 等),
        so the word is analysed inside brackets and only the tokens within it are kept."""
        framed = f"「{normalize_text(word).strip()}」について"
        end = len(framed) - len("」について")
        return [Token(t.term, t.begin - 1, t.end - 1, t.part, t.content) for t in self.tokens(framed)
                if t.begin >= 1 and t.end <= end]

    def word_forms(self, word: str) -> tuple[str, ...]:
        """forms() of a single word or short phrase, as it reads inside a sentence (see word_tokens)."""
        framed = f"「{normalize_text(word).strip()}」について"
        end = len(framed) - len("」について")
        return tuple(form for form, begin, stop in self.form_spans(framed) if begin >= 1 and stop <= end)

    def form_spans(self, text: str) -> list[tuple[str, int, int]]:
        return self.analyse(text).form_spans()

    def forms(self, text: str) -> tuple[str, ...]:
        return self.analyse(text).forms()

    def boundaries(self, text: str) -> set[int]:
        """Offsets in normalize_text(text) where one word ends and the next begins, short units included."""
        return self.analyse(text).boundaries()


def _negation_as_nai(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Every negation as ない: Sudachi reads 進みません as 進む + ます + ず (ん normalized to ず) and 進まず as 進む + ず,
    where 進まない is 進む + ない — one negation, which an alias (「前に進まない」) or a decline phrase written plainly
    must meet in a polite question (「いつも議論で止まって前に進みません」 was refused for want of a topic)."""
    folded: list[tuple[str, int, int]] = []
    for form, begin, end in spans:
        if form in NEGATION_FORMS:
            if folded and folded[-1][0] == "ます":
                begin = folded.pop()[1]
            form = "ない"
        if form == "ない":
            for aspect in ASPECT_BEFORE_NEGATION:
                if tuple(f for f, _, _ in folded[-len(aspect):]) == aspect:
                    begin = folded[-len(aspect)][1]
                    del folded[-len(aspect):]
                    break
        folded.append((form, begin, end))
    return folded


def _term(surface: str, normalized: str, pos: str) -> str | None:
    if pos in DROPPED_POS or not surface.strip():
        return None
    surface = surface.lower()
    if ASCII_WORD.match(surface):
        # Sudachi maps some English words to katakana (collaboration → コラボレーション);
        # keep the English word itself so the glossary can map it to the guidelines' term.
        if surface in stop_words.ENGLISH:
            return None
        word = _english_stem(surface)
        return None if word in stop_words.ENGLISH or len(word) < 2 else word
    if DIGITS.match(surface):
        return None
    term = normalized.lower() or surface
    if term in stop_words.JAPANESE or surface in stop_words.JAPANESE:
        return None
    return term


def _english_stem(word: str) -> str:
    """Just enough stemming for plurals and possessives (partners → partner)."""
    word = word.strip("'-")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    # the -es of a sibilant's plural goes whole, or weaknesses would stem to "weaknesse" and meet no singular;
    # "niches" → "nich" is the price, and no guideline term ends in -che
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_shared: Analyzer | None = None
_shared_lock = threading.Lock()


def shared_analyzer() -> Analyzer:
    """The process-wide analyzer: the Sudachi dictionary is loaded once per process."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Analyzer()
        return _shared
