"""A tiny, valid knowledge folder written into a temporary directory, for tests to break."""

from __future__ import annotations

from pathlib import Path

GUIDELINE = """---
id: sample
title: サンプル市協働指針
issuer: サンプル市
date: 令和元年4月
url: ""
source: sample.txt
---

## 1 協働の定義 {#definition}

協働とは、市民活動団体と行政が対等な立場で協力することです。

## 2 協働の形態 {#forms}

### (1) 委託 {#forms-commission}

委託は、市が実施すべき事業を団体に委ねる形態です。

### (2) 後援 {#forms-kouen}

後援は、市が名目的に参加するものです。
"""

CHECKLIST = """id: form
title: 協働の形態を選ぶ
summary: どの形態で進めるかを確かめます。
phrasings:
  - どの形態でやればいい？
items:
  - text: 委託が事業を団体に委ねる形態であることを確認した
    cite: {doc: sample, section: forms-commission}
  - text: 後援は名目的な参加であることを確認した
    cite: {doc: sample, section: forms-kouen}
"""

QA = """id: kouen
question: 後援は協働になりますか？
phrasings:
  - 後援って協働？
  - 名義後援だけでもいい？
  - is sponsorship collaboration?
answer: 後援は、市が名目的に参加するものです（サンプル市）。
citations:
  - doc: sample
    section: forms-kouen
checklists: [form]
"""

GLOSSARY = """- terms: [後援]
  aliases: [sponsorship, endorsement]
"""


LEGITIMATE = """# 正当な質問
sample#forms-kouen|後援は協働になりますか？
sample#forms-commission|委託の費用はどう決める？
"""


def write_small_knowledge(root: Path) -> Path:
    folder = root / "knowledge"
    for sub in ("guidelines", "checklists", "qa"):
        (folder / sub).mkdir(parents=True)
    (folder / "guidelines" / "sample.md").write_text(GUIDELINE, encoding="utf-8")
    (folder / "checklists" / "form.yaml").write_text(CHECKLIST, encoding="utf-8")
    (folder / "qa" / "kouen.yaml").write_text(QA, encoding="utf-8")
    (folder / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    (folder / "decline.yaml").write_text("facts: []\nother_senses: []\n", encoding="utf-8")
    (folder / "calibration").mkdir()
    (folder / "calibration" / "legitimate.txt").write_text(LEGITIMATE, encoding="utf-8")
    (folder / "start.yaml").write_text("steps:\n  - {doc: sample, section: definition, note: まず定義から}\n",
                                       encoding="utf-8")
    return folder
