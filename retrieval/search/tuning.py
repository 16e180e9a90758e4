"""The ranking's and the decline verdict's settings, in a module of their own: the engine builds the verdict
(decline/topic_evidence.py) from them, and both import them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tuning:
    """Weights of the ranking, set by joint searches over the frozen question sets (tests/eval) and the
    calibration lists, never question by question; README says which sets were read while tuning."""

    heading_repeat: int = 4  # heading path terms count this many times in a passage
    qa_question_repeat: int = 2
    part_weight: float = 0.5  # mode-A parts of a compound in the question
    predicate_weight: float = 0.7  # verbs and adjectives in the question
    expansion_weight: float = 0.8  # terms the glossary adds
    # the guidelines' word for an English word of the question (english_words.py), of the word's own weight; ranking
    # only. Every set: hit@1 +28, hit@3 +32, the validation sets level; 0.3 and 0.7 read within two of 0.5
    english_word_weight: float = 0.5
    # A glossary alias written with spaces alone matches with up to this many words between two of its words, within
    # one clause ("the city government itself actually gain" holds "city itself gain"; aliases.py says why). Every set:
    # hit@1 +7, hit@3 +6, all English; 4 words read the same as 2 (docs/measurements.md, sixteenth session)
    alias_spread: int = 2
    qa_lift: float = 0.3  # how much a matching Q&A entry lifts the passages it cites
    qa_min: float = 0.25  # normalised Q&A score needed to show an entry
    qa_lift_min: float = 0.15  # a weaker match may still lift the passages it cites (and count as coverage)
    qa_relative: float = 0.6  # ... and this fraction of the best entry's
    qa_min_ceiling: float = 1.0  # in units of one never-seen term's top score
    # Declining (after decline.yaml): a question is covered when it names a guideline and shares
    # a word with it, when a Q&A entry matches, when it names one of the guidelines' staple topics
    # (a noun in at least `topic_share` of the passages — 協働, 団体, ボランティア …), or when some
    # passage matches at least `covered_score` of its weight.
    topic_share: float = 0.10
    topic_weight: float = 0.8  # only whole nouns and glossary terms count, not compound parts or verbs
    covered_score: float = 0.15
    # A Q&A match counts as coverage only when two words of the question are in the entry's own
    # question, answer or cited passages: the chat in its phrasings (課長, 来月, staff) says how
    # people ask, not what the guidelines cover.
    qa_cover_terms: int = 2
    checklist_relative: float = 0.5
    # an entry's checklists count less the later they are listed: maintainers put the one that fits first
    # (checklist@1 on the read sets .833 → .854 at 0.7; 0.5–0.7 read the same)
    checklist_order: float = 0.7
    # how much the words of a message's situation count, beside its ask's, in choosing a checklist: the ask says what
    # kind of help is wanted (「…委託で進めています。役割分担はどう決める？」 wants the principles, not the forms). On
    # checklist@1, against 1.0: validation (sealed3a-39, tune validation) +11 at 0.7, +14 at 0.5, −50 at 0; read +13
    checklist_situation: float = 0.7
    qa_ceiling_terms: int = 6
    # a Q&A entry this strong is the direct answer, shown first: on the six frozen sets, 46% of the answers
    # have one, and 96% of those cite a relevant section in the top three
    qa_direct: float = 0.4
    # The home guideline's best passage goes first when it treats the question and scores at least this
    # share of the best passage's score (a passage on 情報 is not first for 「県民活動情報オフィスって何？」).
    home_relative: float = 0.5
    # the top candidates are put in order by the fitted reranker (rerank.py); False: by `combined` alone
    rerank: bool = True
    # among this many best passages, one that quotes the asker's quoted saying (quoted_saying.py) or states the figure
    # a question asks (figure_ask.py) goes first; 25 gained as much for figures on the read sets and lost two
    first_window: int = 10
    # ... and for a question written in English, this many: its few words the glossary and english_words turn into the
    # guidelines' own leave the passage its kind of ask names lower (40 put seven read English questions' answer
    # first and one other second; the whole order ten and three)
    english_first_window: int = 40
    saying_alike: float = 0.3  # character pairs in common (Jaccard) for two quotes to be the same saying
    # the checklist votes weighted as fitted (fitted_weights.py); False: each source counts the same
    fitted_checklist_votes: bool = True
