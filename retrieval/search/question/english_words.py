"""English words the guidelines say in Japanese — for ranking a question written in English, never for deciding
whether the guidelines treat it.

The glossary maps the phrases that name a topic ("citizen group" → 市民活動団体); the plain words around them
(effects, background, selection, fair) stayed English, which no passage holds: "Kodaira lists the expected effects of
collaboration …" found kodaira#effects at no rank of ten, "Why does Chiba say collaboration has become necessary? …
more volunteers after disasters" missed chiba#background-society the same way. Each word below is the guidelines' own
word for it where 協働 is concerned. These words only add to the passages' scores: whether the question is declined
is read from its own words and the glossary's, so 'disaster' gives a question about disaster drills no topic.

Left out on purpose: meeting (会議 is a council's session, not a meeting's notes), council (staff brief the 議会,
the council, as often as they ask about a 協議会), business (“our private business” is no 企業).
"""

from __future__ import annotations

from retrieval.search.question.analyzer import Analyzer

WORDS: dict[str, tuple[str, ...]] = {
    # what 協働 brings and why it is needed (効果, 成果, 必要, 背景 …)
    "effect": ("効果",), "benefit": ("効果", "メリット"), "merit": ("メリット",), "result": ("成果",),
    "outcome": ("成果",), "necessary": ("必要",), "background": ("背景",), "change": ("変化",), "society": ("社会",),
    "diverse": ("多様",), "diversity": ("多様",), "population": ("人口",), "aging": ("高齢",), "elderly": ("高齢",),
    "disaster": ("災害",), "crime": ("防犯",), "welfare": ("福祉",), "environment": ("環境",), "child": ("子ども",),
    "service": ("サービス",), "demand": ("ニーズ",), "reform": ("改革",), "efficiency": ("効率",),
    "efficient": ("効率",), "quick": ("迅速",), "speed": ("迅速",), "finance": ("財政",), "financial": ("財政",),
    # the principles (目的の共有, 相互理解, 自主性, 対等, 公平, 透明, 役割と責任) and what strains them
    "goal": ("目的",), "purpose": ("目的",), "aim": ("目的",), "share": ("共有",), "sharing": ("共有",),
    "trust": ("信頼",), "understanding": ("理解",), "understand": ("理解",), "mutual": ("相互",),
    "respect": ("尊重",), "independence": ("自主性", "自立"), "autonomy": ("自主性",), "independent": ("自立",),
    "voluntary": ("自主",), "equal": ("対等",), "fair": ("公平",), "fairness": ("公平",), "transparent": ("透明",),
    "transparency": ("透明",), "openness": ("公開",), "clear": ("明確",), "role": ("役割",), "responsibility": ("責任",),
    "responsible": ("責任",), "burden": ("負担",), "workload": ("負担",), "relationship": ("関係",), "principle": ("原則",),
    "rule": ("ルール", "原則"), "flexible": ("柔軟",), "flexibility": ("柔軟",), "expertise": ("専門性",),
    "specialized": ("専門",), "characteristic": ("特性", "特徴"), "strength": ("特性", "強み"), "weakness": ("課題",),
    "capacity": ("能力",), "ability": ("能力",), "experience": ("経験",), "depend": ("依存",), "dependent": ("依存",),
    "dependence": ("依存",), "subcontractor": ("下請け",), "failure": ("失敗",), "fail": ("失敗",), "risk": ("リスク",),
    "trouble": ("トラブル",), "manual": ("マニュアル",), "define": ("定義",), "definition": ("定義",),
    "competition": ("競争",), "agree": ("合意",),
    # how it is run (選定, 提案, 契約, 協定, 段階, 評価 …)
    "suitable": ("適する",), "suit": ("適する",), "suited": ("適する",), "selection": ("選定",), "choose": ("選定",),
    "select": ("選定",), "proposal": ("提案",), "propose": ("提案",), "contract": ("契約",), "specification": ("仕様書",),
    "agreement": ("協定",),
    "step": ("段階", "ステップ"),
    "stage": ("段階",), "process": ("プロセス",), "period": ("期間",), "schedule": ("期間",), "continue": ("継続",), "regular": ("定期",),
    "decision": ("決定",), "decide": ("決定", "決める"), "evaluate": ("評価",), "evaluation": ("評価",),
    "assessment": ("評価",), "review": ("評価", "検証"), "verify": ("検証",), "feedback": ("フィードバック",),
    "report": ("報告",), "publish": ("公表", "公開"), "public": ("公開", "公益"), "information": ("情報",),
    "budget": ("予算",), "money": ("資金", "経費"), "funding": ("資金",), "fund": ("資金",), "cost": ("経費",),
    "reduce": ("削減",), "reduction": ("削減",), "donation": ("寄付",), "donate": ("寄付",), "lend": ("提供",),
    "venue": ("施設",), "item": ("項目",),
    "accounting": ("会計",), "facility": ("施設",), "example": ("事例",), "case": ("事例",),
    "problem": ("課題", "問題"), "issue": ("課題",), "challenge": ("課題",), "handover": ("引き継ぎ",),
    "successor": ("後任",), "structure": ("体制",), "system": ("仕組み",), "framework": ("仕組み",),
    "mechanism": ("仕組み",),
    # who and how they talk (職員, 市民, 対話, 調整, 相談, 広報 …)
    "staff": ("職員",), "employee": ("職員",), "administration": ("行政",), "government": ("行政",),
    "city hall": ("市役所",), "resident": ("住民",), "citizen": ("市民",), "company": ("企業",),
    "organization": ("組織",), "university": ("大学",), "school": ("学校",), "volunteer": ("ボランティア",),
    "activity": ("活動",), "support": ("支援",), "center": ("センター", "拠点"), "base": ("拠点",), "hub": ("拠点",),
    "network": ("ネットワーク",), "exchange": ("交流",), "interaction": ("交流",),
    "communication": ("コミュニケーション",), "dialogue": ("対話",), "discussion": ("話し合い", "協議"),
    "talk": ("話し合い",), "coordinate": ("調整",), "coordination": ("調整",), "liaison": ("連絡", "調整"),
    "consult": ("相談",), "consultation": ("相談",), "advice": ("相談", "助言"), "promote": ("推進",),
    "promotion": ("推進",), "advertise": ("広報",), "flyer": ("チラシ",), "website": ("ホームページ",),
    "participation": ("参加", "参画"), "participate": ("参加",), "participatory": ("参加", "参画"), "training": ("研修",), "survey": ("調査", "アンケート"),
    "awareness": ("意識",), "attitude": ("姿勢",), "plan": ("計画",), "policy": ("方針", "施策"), "measure": ("施策",),
    "ordinance": ("条例",),
}


class EnglishWords:
    """The guidelines' terms for the English words of a question, each at `weight` times the word's own weight."""

    def __init__(self, analyzer: Analyzer, words: dict[str, tuple[str, ...]] = WORDS) -> None:
        self._terms: dict[str, tuple[str, ...]] = {}
        for word, japanese in words.items():
            # keyed as the analyzer reads the word (partners → partner), so a key can never miss its own word
            for token in analyzer.word_tokens(word):
                self._terms[token.term] = tuple(t.term for j in japanese for t in analyzer.word_tokens(j))

    def added(self, weights: dict[str, float], weight: float) -> dict[str, float]:
        """The terms to add to `weights`: none of them already there."""
        added: dict[str, float] = {}
        for term, own in weights.items():
            for japanese in next((self._terms[w] for w in (term, *_bases(term)) if w in self._terms), ()):
                if japanese not in weights:
                    added[japanese] = max(added.get(japanese, 0.0), own * weight)
        return added


def _bases(word: str) -> list[str]:
    """The forms a word may have come from: the analyzer folds plurals only, and "proposing", "selected", "clearly"
    are the words of WORDS all the same."""
    out = []
    for ending, back in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("ly", ""), ("ies", "y")):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            out.append(word[: -len(ending)] + back)
    if len(word) > 6 and word.endswith(("nning", "tting", "pping")):
        out.append(word[:-4])
    return out
