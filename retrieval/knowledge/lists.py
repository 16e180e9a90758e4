"""Read the single files at the top of the folder: glossary.yaml, decline.yaml and start.yaml."""

from __future__ import annotations

from retrieval.knowledge.models import DeclineKind, GlossaryEntry, ReadingStep
from retrieval.knowledge.reader import Field, Reader
from retrieval.knowledge.yaml_lines import LocatedYAML

GLOSSARY_FIELDS = {"terms": Field(list), "aliases": Field(list)}
# A glossary one person can read through: past these, lists stop being reviewed and wrong mappings stay (the lists
# the glossary replaced held 3,779 aliases, one entry 90).
MAX_ALIASES_PER_ENTRY = 30
MAX_ALIASES = 1250  # knowledge/README.md says about 1,200; the margin lets a maintainer add before pruning
# section -> (its kinds are other senses of 協働, they are settings); settings may be left out
DECLINE_SECTIONS = {"facts": (False, False), "other_senses": (True, False), "settings": (True, True)}
DECLINE_FIELDS = {"kind": Field(str), "why": Field(str), "phrases": Field(list), "unless": Field(list, required=False),
                  "even_if_named": Field(bool, required=False)}
STEP_FIELDS = {"doc": Field(str), "section": Field(str), "note": Field(str)}

# What each file does for the engine, said when it is missing: an absent file would otherwise
# change answers in silence (no glossary: "sponsor" no longer finds 後援).
EXPECTED_FILES = {
    "glossary.yaml": "職員の言い方を指針の言葉につなぐ用語集",
    "decline.yaml": "指針が持たない種類の事実（金額・日付など）と協働の別の意味を見分けて断るための一覧",
    "start.yaml": "はじめての方へ（/start）の読む順番",
}


def _expected_file(reader: Reader, name: str, empty: str) -> tuple[str, LocatedYAML] | None:
    """One of the files the engine expects, read; a missing one is a problem that says what it is for."""
    path = reader.root / name
    display = reader.rel(path)
    if not path.exists():
        reader.add(display, 0, f"{name}（{EXPECTED_FILES[name]}）が見つかりません。",
                   f"使わない場合も、中身が {empty} だけのファイルを置いてください。", "missing-file")
        return None
    doc = reader.read_yaml(path)
    return (display, doc) if doc is not None else None


def _list_file(reader: Reader, name: str, shape: str) -> tuple[str, LocatedYAML] | None:
    found = _expected_file(reader, name, "[]")
    if found is None:
        return None
    display, doc = found
    if not isinstance(doc.value, list):
        reader.add(display, 1, f"{name} は「- {shape}: …」の並び（リスト）にしてください。", "", "wrong-type")
        return None
    return display, doc


def read_glossary(reader: Reader) -> list[GlossaryEntry]:
    found = _list_file(reader, "glossary.yaml", "terms")
    if found is None:
        return []
    display, doc = found
    entries = []
    for i, raw in enumerate(doc.value):
        data = reader.fields(display, raw, doc, (i,), GLOSSARY_FIELDS, f"{i + 1} 番目の語")
        if data is None:
            continue
        terms = reader.strings(display, data["terms"], doc, (i, "terms"), "terms")
        aliases = reader.strings(display, data["aliases"], doc, (i, "aliases"), "aliases")
        if not terms or not aliases:
            reader.add(display, doc.line(i), "terms と aliases はどちらも一つ以上必要です。",
                       "terms に指針の言葉、aliases に職員が使う言い方を書いてください。", "empty-list")
            continue
        if len(aliases) > MAX_ALIASES_PER_ENTRY:
            reader.add(display, doc.line(i, "aliases"),
                       f"「{terms[0]}」の aliases が {len(aliases)} 個あります（1項目 {MAX_ALIASES_PER_ENTRY} 個まで）。",
                       "指針と同じ意味の言い方だけを残し、表記ゆれ・活用形・英語の複数形は削ります（検索の側でそろえます）。",
                       "too-many-aliases")
        entries.append(GlossaryEntry(terms, aliases))
    total = sum(len(entry.aliases) for entry in entries)
    if total > MAX_ALIASES:
        reader.add(display, 1, f"aliases が全部で {total} 個あります（{MAX_ALIASES} 個まで。目安は 1,200 個前後）。",
                   "質問に当たらない言い方や、同じ項目の別の言い方と重なるものから削ります"
                   "（python benchmarks/glossary_stats.py --detail）。", "glossary-too-large")
    return entries


def read_decline(reader: Reader) -> tuple[list[DeclineKind], tuple[str, ...]]:
    """The kinds of decline.yaml, and its subjects (empty when it lists none)."""
    found = _expected_file(reader, "decline.yaml", "「facts: []」と「other_senses: []」")
    if found is None:
        return [], ()
    display, doc = found
    if not isinstance(doc.value, dict):
        reader.add(display, 1, "decline.yaml は facts: と other_senses: の二つの項目にしてください。", "", "wrong-type")
        return [], ()
    kinds = []
    for key in doc.value:
        if key not in DECLINE_SECTIONS and key != "subjects":
            reader.add(display, doc.line(key), f"decline.yaml に未知の項目「{key}」があります。",
                       "使える項目は facts、other_senses、settings と subjects です。", "unknown-field")
    for section, (other_sense, setting) in DECLINE_SECTIONS.items():
        entries = doc.value.get(section)
        if entries is None and setting:
            continue
        if entries is None:
            reader.add(display, 1, f"decline.yaml に「{section}:」がありません。", f"{section}: [] を書いてください。",
                       "missing-field")
            continue
        if not isinstance(entries, list):
            reader.add(display, doc.line(section), f"「{section}」はリストにしてください。", "", "wrong-type")
            continue
        for i, raw in enumerate(entries):
            data = reader.fields(display, raw, doc, (section, i), DECLINE_FIELDS, f"{section} の {i + 1} 番目")
            if data is None:
                continue
            phrases = reader.strings(display, data["phrases"], doc, (section, i, "phrases"), "phrases")
            if not phrases:
                reader.add(display, doc.line(section, i, "phrases"), "phrases が空です。", "言い方を一つ以上書いてください。",
                           "empty-list")
                continue
            reader.refusing += [(display, doc.line(section, i, "phrases", j), phrase) for j, phrase in enumerate(phrases)]
            unless = reader.strings(display, data.get("unless") or [], doc, (section, i, "unless"), "unless")
            kinds.append(DeclineKind(data["kind"].strip(), data["why"].strip(), phrases, other_sense, setting, unless,
                                     bool(data.get("even_if_named"))))
    listed = doc.value.get("subjects") or []
    if not isinstance(listed, list):
        reader.add(display, doc.line("subjects"), "「subjects」はリストにしてください。", "一行に一語ずつ「- 協働」のように書いてください。",
                   "wrong-type")
        listed = []
    return kinds, reader.strings(display, listed, doc, ("subjects",), "subjects")


def read_reading_path(reader: Reader) -> list[ReadingStep]:
    found = _expected_file(reader, "start.yaml", "「steps: []」")
    if found is None:
        return []
    display, doc = found
    data = doc.value
    if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
        reader.add(display, 1, "start.yaml には steps: のリストが必要です。", "「steps:」の下に doc, section, note を並べてください。",
                   "missing-field")
        return []
    steps = []
    for i, raw in enumerate(data["steps"]):
        step = reader.fields(display, raw, doc, ("steps", i), STEP_FIELDS, f"steps の {i + 1} 番目")
        if step is None:
            continue
        citation = reader.citation(display, {"doc": step["doc"], "section": step["section"]}, doc, ("steps", i))
        if citation:
            steps.append(ReadingStep(citation.doc, citation.section, step["note"].strip()))
    return steps
