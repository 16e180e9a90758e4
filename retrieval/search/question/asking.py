"""What a question asks, and what is only its situation.

A Slack message is usually a situation plus an ask: 「子育て支援課の係長です。親子ひろばの運営を
10年同じ団体に… 相手の選び方で注意すべき点はありますか？」. The ask says what kind of answer is
wanted; the situation says what it is about, and carries words that are not the topic
(who is asking, from which section, when). This module splits a question into sentences,
tells which of them ask, and finds the words that only say who is asking.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.search.question.analyzer import JAPANESE_LETTER, Morpheme, latin_letters

SENTENCE_END = re.compile(r"[。!?！？\n]+|(?<=[a-z0-9])\.(?:\s+|$)")

# Words that ask: interrogatives, and the endings of a request or a question without "?".
INTERROGATIVES = {"何", "なに", "なん", "どう", "如何", "どの", "どこ", "何処", "誰", "だれ", "なぜ", "何故", "いつ",
                  "何時", "どんな", "どれ", "どちら", "どっち", "幾ら", "どうやって"}
ASKING_ENDINGS = ("か", "かな", "かね", "っけ", "の", "ください", "下さい", "教えて", "おしえて", "ほしい", "欲しい",
                  "たい", "たくて", "いい", "良い", "べき", "どう", "ok", "大丈夫", "ですか", "ますか", "でしょうか", "だろうか")
# English asks at the start (「how do we…」) or inside (「an NPO asked me what the maximum is」); saying what the asker
# needs or is looking for asks too ("I need a few concrete local examples of 協働 …"), as 知りたい does.
ENGLISH_ASKING = re.compile(r"^(is|are|can|could|should|do|does|did|would|will|may|any|anyone|please)\b|"
                            r"^(i need|i'd like|i would like|i want|i'm looking for|looking for)\b|"
                            r"\b(what|how|who|why|when|where|which)\b")

# What someone else said (「上から「協働事業を何件増やせ」と言われて」), indefinite words (「何件か相談が来て
# いる」「どこかで聞いた」) and universal ones (「団体側からは何も聞いていません」「何件も来ている」): an
# interrogative there is not the asker's question.
QUOTED = re.compile(r"「[^「」]*」|『[^『』]*』")
INDEFINITE_PARTICLES = ("か", "も")
# 「お互い何をしているのか全然知らない状態です。つなぐ仕組みをつくりたいんですが、何から始めれば？」: the first
# sentence tells what people do not know (an interrogative closed by か, then one of these verbs negated); the ask
# comes after it. (fact_asks.turns.KNOWING is wider: the verbs an add-on ask uses, 教える and 確認 among them.)
VERBS_OF_KNOWING = {"知る", "分かる", "判る", "解る"}
NEGATIONS = {"ない", "ず", "ぬ"}
# 「参加者にボランティア保険をかけたいです。1人あたりの保険料はいくら？」「…責任分担を決める参考にしたくて。」: a want
# asks only when nothing else in the message does; beside a sentence that asks, it tells what the asker is doing or
# why they ask. Wanting to know (「手数料の扱いも知りたいです」) asks.
WANTS = ("たい", "たくて")
WANTING_TO_KNOW = ("知りたい", "聞きたい", "教えてもらいたい", "確認したい", "知りたくて", "聞きたくて", "確認したくて")

# Who is asking: 「子育て支援課です」「係長に言われて」. A noun run ending in a section's name
# (課, 係, 局) or a post names the asker's place in the office, never what is asked about.
SECTION_HEADS = ("課", "係", "局")
POSTS = {"課長", "係長", "部長", "局長", "次長", "室長", "所長", "館長", "主査", "主任", "主事", "主幹", "参事", "新人"}
POST_SUFFIX = "長"  # 係 + 長, 課 + 長 as two words
# 「子ども家庭課の窓口担当です」「企画担当です」「市民課窓口です」: a run ending in 担当 or 窓口 and then です introduces the
# asker; elsewhere they are what is asked about (「誰が何を担当するのか」「担当者の引き継ぎ」「相談窓口を置くべき？」)
DUTIES = frozenset({"担当", "窓口"})
INTRODUCING = {"です", "でございます"}


@dataclass(frozen=True)
class Sentence:
    begin: int  # offsets in the normalized text
    end: int
    asks: bool


def sentences(normalized: str, morphemes: Sequence[Morpheme]) -> list[Sentence]:
    """The question's sentences in order, each marked when it asks something."""
    spans = []
    start = 0
    breaks = _spaced_breaks(normalized, morphemes)
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(normalized)]
    for match in SENTENCE_END.finditer(normalized):
        if any(b < match.start() < e - 1 for b, e in quoted):
            continue  # 「負担が重すぎる、これで対等なの？」と言われました: what someone said ends no sentence of the asker's
        for end in (b for b in breaks if start < b < match.start()):
            spans.append((start, end, False))
            start = end
        spans.append((start, match.end(), "?" in match.group() or "？" in match.group()))
        start = match.end()
    for end in (b for b in breaks if start < b):
        spans.append((start, end, False))
        start = end
    if start < len(normalized):
        spans.append((start, len(normalized), False))
    result = []
    only_not_knowing = []
    only_wanting = []
    for begin, end, question_mark in spans:
        text = normalized[begin:end].strip()
        if not text:
            continue
        first = bisect.bisect_left(morphemes, begin, key=lambda m: m.begin)
        last = bisect.bisect_left(morphemes, end, lo=first, key=lambda m: m.begin)
        words = [m for m in morphemes[first:last] if m.pos[0] not in ("補助記号", "記号")]
        own = [m for m in words if not any(b <= m.begin < e for b, e in quoted)]
        asks = question_mark or _asks(text, own)
        result.append(Sentence(begin, end, asks))
        only_not_knowing.append(asks and not question_mark and _tells_not_knowing(text, own))
        only_wanting.append(asks and not question_mark and not _interrogatives(own) and ends_wanting(text))
    for k, sentence in enumerate(result):
        if only_not_knowing[k] and any(later.asks for later in result[k + 1:]):
            result[k] = Sentence(sentence.begin, sentence.end, False)
    if any(s.asks and not wanting for s, wanting in zip(result, only_wanting, strict=True)):
        result = [Sentence(s.begin, s.end, False) if wanting else s for s, wanting in zip(result, only_wanting, strict=True)]
    return result


def _spaced_breaks(normalized: str, morphemes: Sequence[Morpheme]) -> list[int]:
    """Where a space ends a sentence: after a predicate's ending (です, ます, た), a sentence-final particle (ね, よ)
    or a clause's (けど, が), before more Japanese — 「福祉課の田中です 来月から…始めるんですが 注意点は？」, as chat
    is typed. A space between nouns (「協働 後援 違い」) is a search's keywords, one sentence."""
    breaks = []
    for m in morphemes:
        if m.pos[0] == "助動詞" or (m.pos[0] == "助詞" and m.pos[1] in ("終助詞", "接続助詞")):
            after = m.end
            while after < len(normalized) and normalized[after] == " ":
                after += 1
            if after > m.end and after < len(normalized) and JAPANESE_LETTER.match(normalized[after]):
                breaks.append(after)
    return breaks


def _mostly_english(text: str) -> bool:
    """Seven in ten of the sentence's letters are Latin: English holding a Japanese term or two ("what will actually
    be in the 市民みらい創造プラザ"), which the Japanese rules (interrogatives, endings) cannot read."""
    latin, letters = latin_letters(text)
    return bool(letters) and latin >= 0.7 * letters


def _asks(text: str, words: Sequence[Morpheme]) -> bool:
    if text.isascii() or _mostly_english(text):
        return bool(ENGLISH_ASKING.search(text.strip()))
    return bool(_interrogatives(words)) or _ends_as_ask(text)


def _interrogatives(words: Sequence[Morpheme]) -> list[int]:
    """Where the sentence's own interrogatives stand (not 何か, 誰も)."""
    return [i for i, m in enumerate(words)
            if (m.form in INTERROGATIVES or m.surface in INTERROGATIVES) and not _indefinite(words, i)]


def _plain_ending(text: str) -> str:
    """The sentence without its closing marks and polite copula (「…かけたいです。」 ends 「かけたい」)."""
    tail = text.rstrip("。.!！…~〜ー ")
    for polite in ("です", "ます", "んです", "のです"):
        tail = tail.removesuffix(polite)
    return tail


def _ends_as_ask(text: str) -> bool:
    return _plain_ending(text).endswith(ASKING_ENDINGS)


def ends_wanting(text: str) -> bool:
    """The sentence asks only by wanting something done (「…かけたいです」「参考にしたくて」)."""
    tail = _plain_ending(text)
    return tail.endswith(WANTS) and not tail.endswith(WANTING_TO_KNOW)


def _tells_not_knowing(text: str, words: Sequence[Morpheme]) -> bool:
    """Every interrogative of the sentence opens a clause closed by か that nobody knows (「何をしているのか全然
    知らない」「どうなっているのかよく分からない」), and the sentence does not end as an ask."""
    asking = _interrogatives(words)
    if not asking or text.isascii() or _ends_as_ask(text):
        return False
    for i in asking:
        closing = next((j for j in range(i + 1, len(words)) if words[j].surface == "か" and words[j].pos[0] == "助詞"),
                       None)
        after = words[closing + 1:closing + 5] if closing is not None else []
        if not any(m.form in VERBS_OF_KNOWING and n.form in NEGATIONS
                   for m, n in zip(after, after[1:], strict=False)):
            return False
    return True


def _indefinite(words: Sequence[Morpheme], i: int) -> bool:
    """The interrogative at i is followed by か or も, past a counter (何か, 何件か, 何も, 誰も): not an ask."""
    following = list(words[i + 1:i + 3])
    if following and (following[0].pos[0] == "接尾辞" or words[i].pos[1] == "数詞" and following[0].pos[0] == "名詞"):
        following = following[1:]
    return bool(following) and following[0].surface in INDEFINITE_PARTICLES


# 「税務課から異動してきた係長です」: a transfer *in* says who is asking (someone new here), as a post does; a transfer
# out (「4月で異動になります」) is what a handover question is about, and stays
MOVES = {"異動", "転勤", "配属", "着任", "赴任"}
ARRIVAL = ("為る", "て", "来る")


def asker_spans(morphemes: Sequence[Morpheme]) -> list[tuple[int, int]]:
    """Spans of the words that say who is asking: section names and posts, and having moved in."""
    spans = []
    for i, morpheme in enumerate(morphemes[:len(morphemes) - len(ARRIVAL)]):
        if morpheme.form in MOVES and tuple(m.form for m in morphemes[i + 1:i + 1 + len(ARRIVAL)]) == ARRIVAL:
            spans.append((morpheme.begin, morphemes[i + len(ARRIVAL)].end))
    following = {m.begin: morphemes[k + 1] for k, m in enumerate(morphemes[:-1])}
    for run in noun_runs(morphemes):
        last = run[-1]
        head = (last.parts or (last.form,))[-1]
        names_section = len(run) + len(last.parts) > 1 and head in SECTION_HEADS
        names_post = last.form in POSTS or last.surface in POSTS or (
            last.surface == POST_SUFFIX and len(run) > 1 and run[-2].surface[-1:] in SECTION_HEADS + ("部",))
        after = following.get(last.begin)
        names_duty = head in DUTIES and after is not None and after.surface in INTRODUCING
        if names_section or names_post or names_duty:
            spans.append((run[0].begin, last.end))
    return spans


def noun_runs(morphemes: Sequence[Morpheme]) -> list[list[Morpheme]]:
    """Maximal runs of nouns with their prefixes and suffixes: Japanese compounds as written
    (子育て + 支援課, 協働 + ロボット), whatever the dictionary keeps as one word."""
    runs: list[list[Morpheme]] = []
    current: list[Morpheme] = []
    for morpheme in morphemes:
        if morpheme.pos[0] in ("名詞", "接頭辞", "接尾辞") and morpheme.pos[1] != "数詞":
            if current and current[-1].end != morpheme.begin:
                runs.append(current)
                current = []
            current.append(morpheme)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


# Someone new to 協働 work asking where to begin: 「異動で協働担当になりました。まず何を読めばいい？」.
# The reading path (/start, knowledge/start.yaml) exists for exactly this.
ARRIVING = ("異動", "配属", "着任", "新任", "新人", "担当になっ", "担当になり", "担当することにな", "初めて担当",
            "new to", "just joined", "transferred", "newly assigned", "new in this")
WHERE_TO_BEGIN = ("何を読め", "何から読", "どこから読", "まず何を", "何から始め", "何から手を", "どこから始め",
                  "何を勉強", "what should i read", "where do i start", "where should i start", "where to start")


def asks_where_to_begin(normalized: str) -> bool:
    """A newcomer asking what to read first: the reading path is the answer to offer."""
    return any(a in normalized for a in ARRIVING) and any(w in normalized for w in WHERE_TO_BEGIN)
