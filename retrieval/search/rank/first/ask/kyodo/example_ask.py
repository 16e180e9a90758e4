"""The passage naming what is already done, for a question that asks for examples of 協働 already under way:
「網走市では実際にどんな協働の取り組みが行われていますか？」 asks what 網走市 names — 「すでに取り組まれている協働の実践が
多くあります。例えば、…「ふれあいの家」、…「あばしりまなび塾フェスティバル」」 — and 小平市 names its own under 「現行の
協働事業の推進」 (「例えば、「小平市女性のつどい事業」や…」).

Such a question holds hardly a word of its own (実際, 取り組み, 協働 stand everywhere), so the reranker ranks first a
passage on choosing projects or on equality. Among the passages ranked nearest the top, the first that names existing
projects goes first.
"""

from __future__ import annotations

import re

from retrieval.search.rank.first.marked import MarkedAsk

EXAMPLE_ASK = re.compile(
    r"(?:すでに|既に|実際に|現在|今(?!後))[^。?？!！]{0,20}?(?:取り組|やって|動いて|行われ|進めて|実施)[^。?？!！]{0,20}?"
    r"(?:どんな|どのような|具体|例|事例|何)"
    r"|(?:すでに|既に|実際に|現在|今(?!後))[^。?？!！]{0,6}?(?:どんな|どのような)[^。?？!！]{0,20}?(?:取り組|やって|動いて|行われ|進めて|実施)"
    # 「どんな協働が実際に行われているのか」「指針に具体例として載っている取り組みってありますか」
    r"|(?:どんな|どのような)[^。?？!！]{0,10}?(?:実際に|すでに|既に)[^。?？!！]{0,10}?(?:行われ|取り組|やって|進めて|実施)"
    r"|具体例として(?:載って|挙が|書かれ|紹介され)"
    # 「網走市ではどんな協働の例があるんですか？」「前からやってる協働の例って、たとえばどんなのがあるの？」「もう協働でやっている
    # 取り組みって、具体的にどんなのがある？」「どんなものがすでにありますか」 (read questions had 網走市's examples third to
    # below ten)
    r"|(?:どんな|どういう)協働の(?:例|事例)(?:が|って|は)?(?:ある|あり)"
    r"|(?:やって|行われて|進めて|取り組んで)い?る[^。?？!！]{0,8}?(?:取り組み|例|事業)(?:って|は)?[^。?？!！]{0,10}?(?:どんな|具体)"
    r"|(?:どんな|どういう)[^。?？!！]{0,12}?(?:すでに|既に|もう)(?:あり|ある)"
    r"|\bexamples? of [^?.!]{0,40}?(?:already|happening|going on|underway|in practice|existing)"
    r"|\balready (?:happening|going on|underway)\b"
    # examples of what people run or hold (「events in Abashiri that citizens run through a 実行委員会」), or real ones;
    # not "projects that work well when done together" (which projects suit 協働)
    r"|\bexamples?\b[^?.!]{0,70}?\b(?:run|held|organi[sz]ed|carried out|happening|actually|real)\b")
# a passage that names projects already done: 「すでに取り組まれている協働の実践」, 「例えば、「…事業」」
NAMES_EXISTING = re.compile(r"すでに取り組まれている|例えば、?「")


class ExampleAsks(MarkedAsk):
    """Which passages name projects already under way, and which goes first for a question asking for them."""

    ASK = EXAMPLE_ASK
    ANSWERED_BY = NAMES_EXISTING
