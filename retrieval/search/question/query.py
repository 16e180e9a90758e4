"""A question made ready for searching: its weighted terms, its sentences, and which of them ask.

The words that only say who is asking (「子育て支援課の係長です」) are left out of every term
list: they never say what is asked about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from retrieval.search.question import stop_words
from retrieval.search.question.aliases import AliasLists
from retrieval.search.question.analyzer import Analysis, Analyzer, Morpheme, Token
from retrieval.search.question.asking import Sentence, asker_spans, sentences

# 「そもそも、なんで市が協働を進めなきゃいけないんですか？」 asks why 協働 is done at all, and holds no word for it: the
# interrogative is not a term, and 市, 協働, 進める are everywhere. The guidelines answer under headings that say
# 必要 and 背景 (「なぜ「協働」が必要なのか」「協働の背景 ～なぜ協働なのか～」), so a why-ask about 協働 itself — nothing
# but the city, the doing and 協働 in it — asks for those. A why-ask about anything else (「なかなか広がらないのはなぜ」,
# 「なぜ後援は協働じゃないの」) names its topic already, and 「なぜ協働が必要なのか」 its 必要.
# The partner named (「なぜ市民団体と協働しなければならないのか」) leaves it a why-ask about 協働 itself, and a why-question
# quoted from someone else (議会で「なぜ…のか」という質問が出そう) is asked all the same. English names them in its own
# words ("why does the city need to collaborate with NPOs now?").
WHY_WORDS = "なぜ|何故|なんで(?!す)|どうして"
WHY = re.compile(rf"({WHY_WORDS}|\bwhy\b)")
KYODO = frozenset({"協働", "collaboration", "collaborate", "partnership"})
KYODO_ITSELF = KYODO | {"市", "行政", "役所", "市役所", "自治体", "職員", "我々", "私達", "私", "抑", "今", "今更", "最近", "こんな", "わざわざ",
                        "進める", "遣る", "行く", "事業", "推進", "取り組む", "為る", "city", "government", "bother",
                        "市民", "住民", "団体", "地域", "npo", "民間", "企業",
                        "now", "citizen", "resident", "group", "community", "business", "local"}
WHY_KYODO_TERMS = ("必要", "背景")
# 「人手も予算も限られているのに、どうして市民団体と一緒に事業をやる必要があるのでしょうか」: what stands before the
# sentence turns (のに、けど、) is its situation; the why-ask is what follows
WHY_TURN = re.compile(r"(?:のに|けど|けれど|けれども|ですが|ますが|だが)[、,]")
# what someone else asked the asker, quoted (normalize_text turns ？ into ?); see `asking` in build_query
# — with its question mark, or, reported as asked (と聞かれ, という質問 …), with a question's ending: 「議会で「なぜ今協働が
# 必要なのか」と聞かれたときの想定問答を作っています」 (『…』 as well)
QUOTED_QUESTION = re.compile(
    r"「[^「」]*\?[^「」]*」|『[^『』]*\?[^『』]*』"
    r"|[「『][^「」『』]*(?:のか|ですか|ますか|でしょうか|なの|の|か)[」』]"
    r"(?=(?:と|という|って|との)(?:いう)?(?:聞か|質問|問われ|問い合わせ|尋ね|一般質問))")
QUOTED_WHY = re.compile(rf"「[^「」]*(?:{WHY_WORDS})[^「」]*」")
# 「市がよく言う協働って結局なんなの？」 asks what 協働 is, as 「協働って何」 and 「協働とは何」 do: a word between (結局,
# そもそも, 一体) or なん for 何 must not hide it. So does a new hire's 「そもそも協働ってどういう意味で使われているんでしょう
# か」 (five hidden-shape Slack messages had the definition third to sixth) — not 「どういう意味があるの」, what it is worth.
# The guidelines answer under 協働の意味と定義.
WHAT_KYODO = re.compile(r"(?:「協働」|協働)(?:って|とは|というのは|っていうのは|ってのは)(?:結局|そもそも|一体|いったい|[、,])*"
                        # 「「協働」って、行政の文書ではどういう意味で使われているんですか」: where the word is used
                        r"(?:[^。?？]{0,10}?(?:では|で|において))?"
                        r"(?:(?:何|なに|なん)(?=なの|なん|です|でしょ|だ|か|[?？。]|$)"  # not 何が違う, なんのため
                        r"|どういう意味(?![がを])"
                        # 「研修で「協働」って何度も出てきたんですが、結局どういう意味なんでしょうか」 (tune159): the word heard
                        # often, then its meaning asked
                        r"|[^。?？]{0,24}?(?:が|けど|けれど)[、,]?(?:結局|そもそも|一体|いったい)*どういう意味(?![がを]))")
WHAT_KYODO_TERMS = ("定義", "意味")
# ... and so does one that says 協働 in everyday words before asking what that means: 「市役所と住民グループが力を合わせて
# 地域のことに取り組む、っていう言葉は、そもそもどういう意味で使われているの？」「役所と住民グループが手を組んでやる、って
# いうのは具体的にどういう関係のことを指すんでしょうか」 ask for 協働's definition without its name.
WHAT_TOGETHER = re.compile(r"(?:一緒に|いっしょに|力を合わせ|手を組|組んで|協力し)[^。?？]{0,20}?"
                           r"(?:っていう|という|って)(?:言葉|の|こと)?(?:は|って)?[、,]?(?:結局|そもそも|具体的に|一体)*"
                           r"[^。?？]{0,12}?(?:どういう意味(?![がを])|どんな意味(?![がを])|意味で使われ"
                           r"|(?:どういう|どんな)(?:状態|関係|こと)(?:のこと)?を(?:指|言))")
# 「外の人たちと一緒に仕事を進めると、職員の側にも何か変化ってある？」: doing something together with people or a group is
# 協働 itself, whatever the people are called — the glossary had listed 住民と一緒に, 市民と協力して … one by one, and a
# paraphrase naming them otherwise was refused for want of a topic. Of the read sets' questions without 協働, 73 to
# answer and none to decline say it so.
# A group is named by its head as often as by a word for it: 市民劇団, 患者会, 子育てサークル, 読み聞かせの会 end in
# 団, 会, サークル … (「市民劇団と一緒に取り組んだ公演が終わり…」 was refused for want of a topic), and staff add さん.
TOGETHER = re.compile(r"(?:人|人たち|人達|方|方々|住民|市民|グループ|団体|有志|仲間|npo|地域|地元|外部|民間|企業|大学|学校"
                      r"|[団会]|サークル|クラブ|協会|組合|法人|ボランティア|社協|商店街|事業者)(?:さん|様|さま)?"
                      r"(?:とも|と)(?:一緒に|いっしょに|組んで|組む|手を組|協力して|協力し"
                      # ... or started, runs or made something with them (「地元の人たちと始めた取り組み」「細かい決め事を
                      # しないまま地元の方々と始めてしまって」, tune207, tune211 refused for want of a topic): of every
                      # set's questions saying so, 79 are to answer and 2 to decline (both declined for what they ask)
                      r"|始め|進め|立ち上げ|取り組|やっ|作っ|つくっ)"
                      # ... or borrows their strength (「住民や団体の力を借りるようになった背景」「外の力を借りるやり方に
                      # 切り替えるべきか」, tune195 refused for want of a topic): of every set's questions saying so, all
                      # are to answer
                      r"|(?:外|外部|民間|地域|地元|住民|市民|団体|npo)(?:の人たち|の方々)?の(?:力|知恵|手)を(?:借り|かり)"
                      # English says it as "working with groups", "work together with local NPOs" (of the read sets'
                      # questions, 70 to answer and none to decline; "working with groups just doubles our workload" was
                      # refused for want of a topic)
                      r"|\bwork(?:ing|ed|s)? (?:together )?with (?:the |our |local |citizen |community |volunteer |resident "
                      r"|outside |private |non-?profit )*(?:groups?|npos?|residents|citizens|organi[sz]ations?|associations?"
                      r"|volunteers|companies|businesses)\b")
TOGETHER_TERM = "協働"


@dataclass(frozen=True)
class TermWeights:
    """How much each kind of term of a question counts in a query."""

    part: float = 0.5  # mode-A parts of a compound
    predicate: float = 0.7  # verbs and adjectives
    expansion: float = 0.8  # terms the glossary adds (and WHY_KYODO_TERMS, WHAT_KYODO_TERMS)


@dataclass(frozen=True)
class Query:
    text: str  # the question after normalize_text
    weights: dict[str, float]  # every term of the question, with the glossary's additions
    ask_weights: dict[str, float]  # only those of the sentences that ask (of all sentences when none does)
    asks: tuple[str, ...]  # the sentences that ask (all of them when none does)
    analysis: Analysis  # the analyzer's one reading of the question
    ask_analyses: tuple[Analysis, ...]  # ... and of each sentence in `asks`, sliced from it
    situation: tuple[str, ...] = ()  # the sentences that do not ask, when some do
    situation_analyses: tuple[Analysis, ...] = ()
    glossary_terms: frozenset[str] = frozenset()  # the terms the glossary added
    written: str = ""  # the question as typed: normalize_text lower-cases, and only capitals show a name in English

    def word_of(self) -> dict[str, str]:
        """Each term found only as a part of a compound (立つ of 立ち上げる, 次 of 二次) -> that compound's term: two
        parts of one word are one word of the question."""
        tokens = self.analysis.tokens()
        whole = [t for t in tokens if not t.part]
        standing = {t.term for t in whole}
        return {t.term: next((w.term for w in whole if w.begin <= t.begin and t.end <= w.end), t.term)
                for t in tokens if t.part and t.term not in standing}


# what ends an issuer's name and may be left out when the guideline is cited (大阪の指針では)
ADMINISTRATIVE_SUFFIXES = ("市", "県", "町", "村", "区", "都", "府")


def guideline_cited(issuers: Iterable[str]) -> re.Pattern[str]:
    """Where a question cites a guideline by its issuer as where something is said (「大阪市の指針では、…原則はどう示され
    ていますか」「千葉県のマニュアルでいう」「大阪市の指針で、」「北九州市の方針に書かれている」): group 1 is the word for
    the document, which names it, not what is asked of it — only the passages that speak of the document itself (its
    purpose) hold it. Built from the issuers the engine has, so a guideline imported later is read as the shipped ones
    are; without an issuer named, 指針 may be all the question says of where to look (dropping it then refused two
    covered asks)."""
    stems = sorted({_issuer_stem(issuer) for issuer in issuers if issuer}, key=len, reverse=True)
    if not stems:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:{'|'.join(stems)})の?(?:協働)?(指針|方針|マニュアル|ガイドライン|手引き?)"
                      r"(?=では|で示|でいう|で言う|によると|によれば|の中で|的には|上は|で[、,]|には|にある|に書|に載)")


def _issuer_stem(issuer: str) -> str:
    """The issuer's name as a pattern, its administrative suffix optional (大阪市 → 大阪市?)."""
    suffix = next((s for s in ADMINISTRATIVE_SUFFIXES if issuer.endswith(s)), "")
    return f"{re.escape(issuer.removesuffix(suffix))}{suffix}?" if suffix else re.escape(issuer)


def build_query(question: str, analyzer: Analyzer, glossary: AliasLists,
                glossary_tokens: list[list[Token]], weights: TermWeights, cited_guideline: re.Pattern[str]) -> Query:
    """The query for one question. `cited_guideline`: guideline_cited() of the engine's issuers."""
    analysis = analyzer.analyse(question)
    normalized = analysis.text
    morphemes = analysis.morphemes
    asker = asker_spans(morphemes)
    parts = sentences(normalized, morphemes)
    talk = [match.span() for pattern in (stop_words.MESSAGE_TALK, stop_words.PLEASANTRIES)
            for match in pattern.finditer(normalized)]
    read = analysis.tokens()
    asking = [s for s in parts if s.asks] or parts
    # 「…様式で出してもらったら「これで対等なの？」と言われました。どう受け止めればいい？」: a question someone else asked,
    # quoted in a sentence that tells the situation, is what the asker has to answer — it asks, the sentence around it
    # does not
    asking = sorted(asking + [Sentence(m.start(), m.end(), True) for m in QUOTED_QUESTION.finditer(normalized)
                              if not any(s.begin <= m.start() < s.end for s in asking)], key=lambda s: s.begin)
    # 「…何が違うんですか？ お忙しいところすみませんが、教えていただけると助かります。」: a sentence that asks in
    # nothing but courtesy is not the ask
    courteous = [s for s in asking if _only_courtesy([t for t in read if s.begin <= t.begin < s.end], talk)]
    if courteous and len(courteous) < len(asking):
        asking = [s for s in asking if s not in courteous]
    in_ask = _membership(asking)
    # 「4月に異動してきたばかりの新人です」: when the situation happened names no topic (a date asked about may)
    openings = talk + [span for span in _dates(morphemes) if not in_ask(span[0])]
    cited = [match.span(1) for match in cited_guideline.finditer(normalized)]
    # who asks, courtesy and what a message says of itself are none of what is asked
    tokens = [t for t in read if t.term not in stop_words.COURTESY and not _inside(t.begin, asker + openings + cited)]

    whole: dict[str, float] = {}
    ask: dict[str, float] = {}
    added: set[str] = set()
    for token in tokens:
        weight = weights.part if token.part else 1.0
        if not token.content:
            weight *= weights.predicate
        _keep_max(whole, token.term, weight)
        if in_ask(token.begin):
            _keep_max(ask, token.term, weight)
    kyodo_spans: list[tuple[int, int]] = []  # where a glossary phrase for 協働 itself stands (see the why-asks below)
    for sentence in parts or [Sentence(0, len(normalized), True)]:
        matches = list(glossary.matches(normalized[sentence.begin:sentence.end],
                                        analysis.slice(sentence.begin, sentence.end)))
        kyodo_spans += [(sentence.begin + m.begin, sentence.begin + m.end) for m in matches
                        if {t.term for t in glossary_tokens[m.index]} <= KYODO]
        found_here: dict[int, bool] = {}  # each alias found, and whether it stands where the question asks (in an
        # asking sentence, or in a question quoted inside a sentence that tells the situation)
        for match in sorted(matches, key=lambda m: m.index):
            if not any(begin <= sentence.begin + match.begin and sentence.begin + match.end <= end
                       for begin, end in asker + openings):
                found_here[match.index] = found_here.get(match.index, False) or in_ask(sentence.begin + match.begin)
        for found, asked in found_here.items():
            for token in glossary_tokens[found]:
                added.add(token.term)
                weight = weights.expansion * (weights.part if token.part else 1.0)
                _keep_max(whole, token.term, weight)
                if asked or not parts:
                    _keep_max(ask, token.term, weight)
    # terms a wording stands for without writing them: 協働 said in everyday words (counted as asked in a question of one
    # sentence too), and 協働's definition asked for
    for pattern, terms, one_sentence_asks in ((TOGETHER, (TOGETHER_TERM,), True),
                                              (WHAT_TOGETHER, (TOGETHER_TERM, *WHAT_KYODO_TERMS), False),
                                              (WHAT_KYODO, WHAT_KYODO_TERMS, False)):
        for match in pattern.finditer(normalized):
            if _inside(match.start(), asker + openings):
                continue
            for term in terms:
                added.add(term)
                _keep_max(whole, term, weights.expansion)
                if in_ask(match.start()) or (one_sentence_asks and not parts):
                    _keep_max(ask, term, weights.expansion)
    quoted_whys = [Sentence(m.start(), m.end(), True) for m in QUOTED_WHY.finditer(normalized)]
    # "why should a city bother working with NPOs at all?": doing it together with a group is 協働 itself (TOGETHER)
    kyodo_spans += [match.span() for match in TOGETHER.finditer(normalized)]
    for sentence in asking + quoted_whys:
        # "why should we partner with NPOs?": the glossary's words for 協働 itself are 協働 here too
        named = [(begin, end) for begin, end in kyodo_spans if sentence.begin <= begin and end <= sentence.end]
        turns = list(WHY_TURN.finditer(normalized, sentence.begin, sentence.end))
        # 「「信頼」が大事ってよく言われるけど、なんで？」: a bare why after the turn asks about what stands before it
        turns = [m for m in turns if any(t.content and m.end() <= t.begin < sentence.end for t in tokens)]
        start = turns[-1].end() if turns else sentence.begin
        said = [t for t in tokens if sentence.begin <= t.begin < sentence.end and not _inside(t.begin, named)]
        if _asks_why_kyodo(normalized[start:sentence.end], said, start, names_kyodo=bool(named), turned=bool(turns)):
            for term in WHY_KYODO_TERMS:
                _keep_max(whole, term, weights.expansion)
                _keep_max(ask, term, weights.expansion)
    if not asking:
        return Query(normalized, whole, ask, (normalized,), analysis, (analysis,), glossary_terms=frozenset(added),
                     written=question)
    told = [s for s in parts if s not in asking]
    # what a message says of itself (【質問】) is blanked out of its sentences too: their characters are read as pairs
    talk_free = _blanked(normalized, openings)
    return Query(normalized, whole, ask, tuple(talk_free[s.begin:s.end] for s in asking), analysis,
                 tuple(analysis.slice(s.begin, s.end) for s in asking),
                 tuple(talk_free[s.begin:s.end] for s in told), tuple(analysis.slice(s.begin, s.end) for s in told),
                 frozenset(added), written=question)


def _asks_why_kyodo(asked: str, tokens: list[Token], start: int, *, names_kyodo: bool = False,
                    turned: bool = False) -> bool:
    """The sentence asks why 協働 is done at all (see WHY): 協働 named anywhere in it (`names_kyodo`: a glossary phrase
    for 協働 stands in it, its words not among `tokens`), nothing else asked about in what follows its turn (`asked`,
    the tokens from `start`). `turned`: a situation was told before のに、けど、 — then 「…のに、どうして一緒に事業を
    やる必要があるのか」 asks the necessity in its own word as 「なぜ協働が必要なのか」 does, and is given the
    background beside it; so is 「なぜ行政が市民団体と協働する必要があるのか」 (tune170), whose other words (行政, 団体)
    pull toward passages on the two sides. 「なぜ協働が必要なのか」 alone already says the heading's words."""
    named = names_kyodo or any(t.term in KYODO for t in tokens if not t.part)
    words = {t.term for t in tokens if not t.part and t.begin >= start}
    if turned or words - KYODO - {"必要", "有る"}:
        words -= {"必要", "有る"}
    return bool(WHY.search(asked)) and named and words <= KYODO_ITSELF


def _dates(morphemes: tuple[Morpheme, ...]) -> list[tuple[int, int]]:
    """The 月 and 日 of a date (「4月に異動してきた」「10日の会議」)."""
    return [(m.begin, m.end) for before, m in zip(morphemes, morphemes[1:], strict=False)
            if before.pos[1] == "数詞" and before.end == m.begin and m.surface in ("月", "日")]


def _only_courtesy(tokens: list[Token], openings: list[tuple[int, int]]) -> bool:
    return bool(tokens) and all(t.term in stop_words.COURTESY or _inside(t.begin, openings) for t in tokens)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span's characters turned to spaces: offsets stay as they were."""
    chars = list(text)
    for begin, end in spans:
        chars[begin:end] = " " * (end - begin)
    return "".join(chars)


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(begin <= offset < end for begin, end in spans)


def _membership(chosen: list[Sentence]) -> Callable[[int], bool]:
    spans = [(s.begin, s.end) for s in chosen]
    return lambda offset: _inside(offset, spans)


def _keep_max(weights: dict[str, float], term: str, weight: float) -> None:
    weights[term] = max(weights.get(term, 0.0), weight)
