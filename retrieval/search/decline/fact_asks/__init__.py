"""Which kind of fact a sentence asks for by its grammar alone — no decline.yaml line holds these readings.

「委員長はどなたですか」 ends on the bare fact it wants; 「今年度の受賞団体を教えて」 asks for this year's one;
「どのシステムから入れる？」 for the office's own systems; 「地方自治法232条の2」 for an article of a law; 「「収支予算」の
欄」 for a form's field; 「いつ頃策定される予定」 for the date of one event; 「座長はどなたが務めている」 for who holds a
post; 「住所と最寄り駅を教えて」 for where a place is; 「最長何年まで」 for a local rule's cap. Each reading has a DeclineKind with a why
shown to staff (fact_kinds.py), and `kyodo check` and `kyodo gaps` tell them from decline.yaml phrases by
GRAMMAR_KINDS. The readings are narrowed where a probe staff would plausibly ask was refused; those probes are tests
(tests/retrieval/test_abstain.py).

Each kind of fact is read in a module of its own: status.py, how far one case or plan has got; instances.py, this
year's or the next one, a count now, who won; dates.py, the date of one event and the years a text names; posts.py,
who holds a post, how many are put in one, who wrote a document; offices.py, contacts, the office in charge, the
office's systems, a form's field, the council's and the bulletin's paperwork, other municipalities; figures.py, bare
values, caps, rule figures, group counts, a city's statistics and budget, surveys, a planned document's contents;
law.py, an article, a ruling, a question of law; turns.py, what a sentence does in a conversation (points back, reports
a question, adds to the ask before it). This module tries them in a fixed order (STATUS_READINGS, this year's one,
READINGS, then LATER_READINGS; a how-to is read for neither this year's one nor LATER_READINGS); the rest of the code
imports each name from the module that defines it.
"""

from __future__ import annotations

import re

from retrieval.search.decline.fact_asks import dates, figures, instances, law, offices, posts, status
from retrieval.search.decline.fact_kinds import (
    BARE_FACT,
    BUDGET_AMOUNT,
    CITY_STATISTIC,
    CONTACT,
    COUNCIL_AND_BULLETIN,
    CURRENT_STATUS,
    EVENT_DATE,
    FORM_FIELD,
    GROUP_COUNT,
    LAW_SOURCE,
    LIMIT,
    NEVER_IN_TEXT,
    OFFICE_IN_CHARGE,
    OFFICE_SYSTEM,
    ONE_INSTANCE,
    OTHER_PLACES,
    PLANNED_DOCUMENT,
    POST_HOLDER,
    POSTS_COUNTED,
    SURVEY_DETAIL,
    Found,
)

# A sentence that asks how to do something or what should be (「…すべき」「…すればいい」「…には？」) is a how-to: it
# plans, and asks nothing of what is or was, so neither this year's one (_one_instance) nor LATER_READINGS is read in it.
HOW_TO = re.compile(r"(べき|ばいい|ばよい|たらいい|たらよい|には[?？]?$|気をつけ|注意|どう対応|どう進め)")
# The same in English (tune99): a sentence that asks how or what should be is a how-to, and none of the English
# readings of LATER_READINGS (a post's holder, who won, a count now, an event's date) reads it.
ENGLISH_HOW_TO = re.compile(r"\b(should|how (do|can|to|could|would))\b")

# What each remaining reading finds, in the order they are tried, and which group of the match names it.
READINGS = (
    (offices.QUOTED_FIELD, FORM_FIELD, 0),
    (law.LAW_REFERENCE, LAW_SOURCE, 0),
    (law.LEGAL_FORCE, LAW_SOURCE, 0),
    # before OFFICE_WHERE: 「…マニュアル、何ページぐらいのもので、どこでダウンロードできますか」 asks what the planned
    # document is, which no guideline's text holds even about itself
    (figures.PLANNED_CONTENTS, PLANNED_DOCUMENT, 0),
    (offices.OFFICE_WHERE, OFFICE_SYSTEM, 0),
    # a how-to as often as not (「答弁書はどういう書式で作ればいい？」), so read before the how-to stops the readings
    (offices.COUNCIL_AND_BULLETIN_ASK, COUNCIL_AND_BULLETIN, 0),
    (instances.ENGLISH_INSTANCE, ONE_INSTANCE, 0),
    (offices.ENGLISH_CONTACT_PERSON, CONTACT, 0),
    (figures.ENGLISH_BARE, BARE_FACT, 0),
    # 「北九州市の協働方針を作った検討委員会の委員長はどなたですか」 (tune158): a post's holder before a bare どなた, and so
    # never a named guideline's content
    (posts.HEAD_BARE, POST_HOLDER, 0),
    (posts.MADE_BY, POST_HOLDER, 0),
    (figures.BARE_INTERROGATIVE, BARE_FACT, 1),
)


# The readings tried only when the sentence is no how-to (「協議会はいくつ作ればいい？」「誰が務めるべき？」), in order.
LATER_READINGS = (
    (figures.CITY_STATISTIC_ASK, CITY_STATISTIC),
    (figures.BUDGET_SET, BUDGET_AMOUNT),
    (figures.GROUPS_COUNTED, GROUP_COUNT),
    (posts.POSTS_COUNT, POSTS_COUNTED),
    (dates.WHEN_SCHEDULED, EVENT_DATE),
    (dates.WHEN_HAPPENED, EVENT_DATE),
    (posts.HOLDS_POST, POST_HOLDER),
    (posts.IS_IN_POST_NOW, POST_HOLDER),
    (posts.APPOINTED, POST_HOLDER),
    (posts.HOLDS_NOW, POST_HOLDER),
    (instances.COUNT_NOW, ONE_INSTANCE),
    (offices.ENGLISH_CONTACT, CONTACT),
    (posts.NAME_ASK, POST_HOLDER),
    (offices.CONTACT_ASK, CONTACT),
    (offices.OFFICE_ASK, OFFICE_IN_CHARGE),
    (figures.LIMIT_ASK, LIMIT),
    (figures.RULE_FIGURE, LIMIT),
    (instances.CHOSEN, ONE_INSTANCE),
    (instances.NEXT_PLAN, ONE_INSTANCE),
    (posts.ENGLISH_POST, POST_HOLDER),
    (instances.ENGLISH_CHOSEN, ONE_INSTANCE),
    (instances.ENGLISH_COUNT_NOW, ONE_INSTANCE),
    (dates.ENGLISH_WHEN, EVENT_DATE),
    (figures.ENGLISH_VALUE, BARE_FACT),
    (figures.ENGLISH_GROUPS_COUNTED, GROUP_COUNT),
    (offices.WHICH_PLACES, OTHER_PLACES),
    (figures.SURVEY_ASK, SURVEY_DETAIL),
)


def bare_fact(sentence: str) -> Found | None:
    """The kind of fact a sentence asks for by its grammar alone, if any."""
    how_to = bool(HOW_TO.search(sentence) or ENGLISH_HOW_TO.search(sentence))
    far = next((match for pattern in status.STATUS_READINGS if (match := pattern.search(sentence))), None)
    if far:
        return Found(CURRENT_STATUS, far.group(0))
    instance = _one_instance(sentence, how_to)
    if instance:
        return Found(ONE_INSTANCE, instance.group(0))
    for pattern, kind, group in READINGS:
        match = pattern.search(sentence)
        if match:
            return Found(kind, match.group(group))
    if how_to:  # 「協議会はいくつ作ればいい？」「いつ決めればいい？」 plan, and ask nothing of what is or was
        return None
    for pattern, kind in LATER_READINGS:
        match = pattern.search(sentence)
        if match and not (kind is EVENT_DATE and (dates.AS_PLANNED.search(sentence, match.start())
                                                  or pattern is dates.ENGLISH_WHEN
                                                  and dates.ENGLISH_AS_PLANNED.search(sentence))):
            return Found(kind, match.group(0))
    return None


def _one_instance(sentence: str, how_to: bool) -> re.Match[str] | None:
    """In a sentence that is no how-to, this year's or the next one asked who, when or where of, or asked to be
    shown — unless a way, a point or an example of it is asked."""
    if how_to:
        return None
    if instances.INSTANCE_ASK.search(sentence):
        instance = instances.THIS_INSTANCE.search(sentence)
        if instance:
            return instance
    if instances.SHOW_ME.search(sentence) and not instances.HOW_LIKE.search(sentence):
        return instances.THIS_YEAR.search(sentence)
    return None


def beyond_any_text(sentence: str) -> bool:
    """The sentence asks for a fact of a kind no guideline's text holds, even about what it names (NEVER_IN_TEXT)."""
    found = bare_fact(sentence)
    return found is not None and found.kind.kind in NEVER_IN_TEXT
