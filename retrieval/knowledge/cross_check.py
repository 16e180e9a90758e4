"""Checks across files, once everything is loaded: citations, checklist ids, refusing and redundant phrases, wordings."""

from __future__ import annotations

from retrieval.knowledge.models import Knowledge
from retrieval.knowledge.reader import Reader
from retrieval.search.question.aliases import AliasLists
from retrieval.search.question.analyzer import normalize_text, shared_analyzer
from retrieval.search.question.cleaning import wording_key


def cross_check(reader: Reader, knowledge: Knowledge) -> None:
    _citations(reader, knowledge)
    _checklist_refs(reader, knowledge)
    _refusing_phrases(reader, knowledge)
    _redundant_phrases(reader, knowledge)
    _wordings(reader)


def _citations(reader: Reader, knowledge: Knowledge) -> None:
    for display, line, citation in reader.citations:
        guideline = knowledge.guideline(citation.doc)
        if guideline is None:
            known = ", ".join(g.id for g in knowledge.guidelines)
            reader.add(display, line, f"出典の文書「{citation.doc}」がありません。", f"使える文書 id: {known}", "unknown-doc")
        elif guideline.section(citation.section) is None:
            reader.add(display, line, f"文書「{citation.doc}」に節「{citation.section}」がありません。",
                       f"guidelines/{citation.doc}.md の見出しの {{#…}} にあるアンカーを書いてください。",
                       "unknown-section")


def _checklist_refs(reader: Reader, knowledge: Knowledge) -> None:
    for display, line, ref in reader.checklist_refs:
        if knowledge.checklist(ref) is None:
            known = ", ".join(c.id for c in knowledge.checklists)
            reader.add(display, line, f"チェックリスト「{ref}」がありません。", f"使える id: {known}", "unknown-checklist")


def _refusing_phrases(reader: Reader, knowledge: Knowledge) -> None:
    """A refusing phrase that the guidelines themselves contain would refuse questions quoting
    them (トナー is inside パートナー)."""
    phrases = AliasLists([[alias] for _, _, alias in reader.refusing], shared_analyzer())
    reported: set[int] = set()
    for guideline in knowledge.guidelines:
        for section in guideline.sections:
            for i in sorted(phrases.found_in(normalize_text(f"{section.heading} {section.text}")) - reported):
                reported.add(i)
                display, line, alias = reader.refusing[i]
                reader.add(display, line, f"「{alias}」は指針の中にあります（{guideline.id} の「{section.heading}」）。"
                           "この言い方を含む質問は、指針が答えられても断られます。",
                           "「〜はいつ」「how much does it cost」のように事実を尋ねる言い方に絞るか、外してください。",
                           "refuses-guideline-words")


def _redundant_phrases(reader: Reader, knowledge: Knowledge) -> None:
    """A phrase inside which another phrase of its kind matches adds nothing: wherever it stands, the shorter one
    does (共有フォルダ beside フォルダ). The list is kept short by not carrying such lines."""
    analyzer = shared_analyzer()
    start = 0
    for kind in knowledge.decline:
        located = reader.refusing[start:start + len(kind.phrases)]
        start += len(kind.phrases)
        if tuple(phrase for _, _, phrase in located) != kind.phrases:
            return  # read_decline records each kind's phrases in turn; should that ever change, report nothing wrong
        phrases = AliasLists([[phrase] for phrase in kind.phrases], analyzer)
        # an English phrase is matched as words with their endings (printers), which the analyzer's reading of it as
        # katakana (プリンター) is not: only another English phrase can stand in for it
        inside = [{j for j in phrases.found_in(normalize_text(phrase)) - {i}
                   if not phrase.isascii() or kind.phrases[j].isascii()} for i, phrase in enumerate(kind.phrases)]
        for i, (display, line, phrase) in enumerate(located):
            # two phrases the analyzer reads alike (締切日, 締め切り日) find each other: the later line is the one to drop
            shorter = sorted(j for j in inside[i] if i not in inside[j] or j < i)
            if shorter:
                other = kind.phrases[shorter[0]]
                said = "同じ言い方です" if i in inside[shorter[0]] else "短いほうがあれば、この行は何も足しません"
                reader.add(display, line, f"「{phrase}」の中に、同じ種類「{kind.kind}」の「{other}」があります（{said}）。",
                           "この行を外してください。", "redundant-phrase")


def _wordings(reader: Reader) -> None:
    """The same wording in two places: an exact question is answered by the Q&A that has it,
    and two entries cannot both be that one."""
    first: dict[str, tuple[str, int]] = {}
    for display, line, label, text in reader.asked:
        key = wording_key(text)
        if key in first:
            where = "この Q&A の中" if first[key][0] == display else first[key][0]
            reader.add(display, line, f"{label}「{text}」は {where}（{first[key][0]}:{first[key][1]}）と同じ文です。",
                       "どちらか一つの Q&A にだけ残してください。", "duplicate-phrasing")
        else:
            first[key] = (display, line)
