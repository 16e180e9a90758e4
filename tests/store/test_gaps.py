"""`kyodo gaps`: declined and unhelpful questions grouped by wording, and drafts that `kyodo check` accepts
once their answer is written."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from sqlalchemy.engine import make_url

from bot.cli import main
from bot.store import Channel, Store
from bot.store.drafts import draft_yaml, qa_id
from bot.store.gaps import group_gaps, parse_since
from bot.store.records import utc_now
from retrieval.answer import Answer
from retrieval.check import check_knowledge
from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR
from tests.store.conftest import SECRET

ROOT = Path(__file__).resolve().parents[2]
ROOMS = ["会議室の予約はどうすればいい？", "会議室を予約したい", "会議室の予約方法を教えて", "来週の会議室予約"]
ACCOUNTS = ["実行委員会の会計は誰がやる？", "実行委員会の会計担当は市？団体？", "実行委員会の会計って市の職員がやるの？",
            "実行委員会の会計を団体に任せていい？"]
PARKING = "駐車場の場所はどこ"
FINE = ["後援は協働になりますか", "委託と協働の違いは？", "協働相手の選び方"]


def ask(client, question: str, channel: str = "/") -> None:
    assert client.get(channel, query_string={"q": question}).status_code == 200


def unhelpful(store: Store, question: str, comment: str | None = None) -> None:
    [logged] = [q for q in asked(store) if q.question == question]
    store.vote(logged.id, f"web:{question}", False, Channel.WEB, comment=comment)


def asked(store: Store):
    assert store.flush(20)
    return store.asked_since(utc_now() - timedelta(days=1))


@pytest.fixture()
def logged(web_client, store: Store, engine) -> Store:
    """A month's worth of questions: some declined, some voted unhelpful, some fine."""
    assert not any(engine.ask(q).answered for q in [*ROOMS, PARKING]), "these must be declined"
    assert all(engine.ask(q).answered for q in [*ACCOUNTS, *FINE]), "these must be answered"
    for question in [*ROOMS, ROOMS[1], PARKING]:
        ask(web_client, question)
    for question in [*ACCOUNTS, *FINE, FINE[0]]:
        ask(web_client, question, "/api/ask" if question == FINE[1] else "/")
    for i, question in enumerate(ACCOUNTS):
        unhelpful(store, question, comment="会計の分担が書いていない" if i == 0 else None)
    [fine] = [q for q in asked(store) if q.question == FINE[2]]
    store.vote(fine.id, "web:someone", True, Channel.WEB)
    assert store.flush(20)
    return store


def test_declined_and_unhelpful_questions_are_grouped_by_wording_most_asked_first(logged: Store, engine) -> None:
    groups = group_gaps(asked(logged), engine)
    assert [sorted(g.wordings) for g in groups] == [sorted(ROOMS), sorted(ACCOUNTS), [PARKING]]
    rooms, accounts, parking = groups
    assert (rooms.count, rooms.declined, rooms.unhelpful) == (5, 5, 0)
    assert rooms.wordings[0] == ROOMS[1]  # asked twice
    assert (accounts.count, accounts.declined, accounts.unhelpful) == (4, 0, 4)
    assert accounts.comments == ["会計の分担が書いていない"]
    shown = engine.ask(ACCOUNTS[0])
    assert f"{shown.passages[0].doc}#{shown.passages[0].section_id}" in dict(accounts.shown()["passages"])
    assert rooms.shown() == {"passages": [], "qa": [], "checklists": []}
    assert parking.count == 1
    assert not {q for g in groups for q in g.wordings} & set(FINE)  # answered and not voted down: no gap


def test_a_group_keeps_its_id_as_questions_arrive(logged: Store, web_client, engine) -> None:
    before = {g.wordings[-1]: g.id for g in group_gaps(asked(logged), engine)}
    ask(web_client, "会議室って予約できる？")
    after = group_gaps(asked(logged), engine)
    assert {g.wordings[-1]: g.id for g in after if g.wordings[-1] in before} == before
    assert "会議室って予約できる？" in after[0].wordings


def kyodo(store: Store, *args: str, knowledge: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "", "KYODO_DATABASE_PATH": make_url(store.url).database, "KYODO_SECRET_KEY": SECRET}
    if knowledge is not None:
        env["KYODO_KNOWLEDGE_DIR"] = str(knowledge)
    return subprocess.run([sys.executable, "-m", "bot.cli", "gaps", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120)


@pytest.mark.parametrize("any_url", ["sqlite"], indirect=True)
def test_kyodo_gaps_prints_the_groups_and_json(logged: Store) -> None:
    result = kyodo(logged)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "質問 14 件のうち" in lines[0] and "10 件を" in lines[0] and "3 グループ" in lines[0]
    first = next(line for line in lines if line.startswith(" 1. "))
    assert ROOMS[1] in first
    assert "なし（指針にないと答えた）" in result.stdout and "コメント: 会計の分担が書いていない" in result.stdout
    # what the knowledge does now: the room questions are declined for want of a topic, the accounts answered
    now = [line.strip() for line in lines if line.strip().startswith("今の知識では: ")]
    assert len(now) == 3 and now[0].startswith("今の知識では: 断ります（指針の話題が見当たりません）")
    assert now[1].startswith("今の知識では: 答えます")
    report = json.loads(kyodo(logged, "--json").stdout)
    assert report["groups"][0]["now"] == {"answered": False, "declined_by": None}
    assert report["groups"][1]["now"]["answered"] is True
    assert (report["questions"], report["gaps"]) == (14, 10)
    assert [g["count"] for g in report["groups"]] == [5, 4, 1]
    assert report["groups"][1]["shown"]["passages"][0]["times"] >= 1


@pytest.mark.parametrize("any_url", ["sqlite"], indirect=True)
def test_since_leaves_older_questions_out(logged: Store, monkeypatch, capsys) -> None:
    earlier = Store.open(logged.url, SECRET, clock=lambda: utc_now() - timedelta(days=3))
    earlier.log_answer(Answer("補助金の額はいくら", False, (), (), ()), Channel.WEB)
    earlier.close()
    monkeypatch.setenv("KYODO_DATABASE_PATH", make_url(logged.url).database)
    assert main(["gaps", "--since", "7d"]) == 0
    assert "補助金の額はいくら" in capsys.readouterr().out
    assert main(["gaps", "--since", "2d"]) == 0
    assert "補助金の額はいくら" not in capsys.readouterr().out


def test_since_forms() -> None:
    now = utc_now()
    assert parse_since("30d", now) == now - timedelta(days=30)
    assert parse_since("12h", now) == now - timedelta(hours=12)
    assert parse_since("2W", now) == now - timedelta(weeks=2)
    with pytest.raises(ValueError):
        parse_since("a month", now)


def test_a_missing_log_file_or_group_is_one_clear_line(tmp_path, logged: Store) -> None:
    env = {"PATH": "", "KYODO_DATABASE_PATH": str(tmp_path / "none.sqlite3")}
    result = subprocess.run([sys.executable, "-m", "bot.cli", "gaps"], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=60)
    assert result.returncode == 1 and "がありません" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "none.sqlite3").exists()
    if logged.postgresql:
        return
    result = kyodo(logged, "--draft", "zzzzzz")
    assert result.returncode == 1 and "kyodo gaps で ID を確かめてください" in result.stderr


# --- drafts ---------------------------------------------------------------------------------------
ANSWER = ("網走市の指針では、共催・実行委員会は市と団体がともに主催者となって事業を行う形態で、"
          "役割分担や責任の所在を協議して明確にしておくことが大切だとしています。")


def fill(draft: str) -> str:
    assert draft.count('answer: ""') == 1
    return draft.replace('answer: ""', f"answer: >-\n  {ANSWER}")


def copy_with(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, folder, ignore=shutil.ignore_patterns("sources"))
    (folder / "qa" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("any_url", ["sqlite"], indirect=True)
def test_a_draft_is_refused_until_its_answer_is_written_and_then_passes_kyodo_check(logged: Store, engine,
                                                                                     tmp_path) -> None:
    accounts = next(g for g in group_gaps(asked(logged), engine) if ACCOUNTS[0] in g.wordings)
    result = kyodo(logged, "--draft", accounts.id)
    assert result.returncode == 0, result.stderr
    draft = result.stdout
    data = yaml.safe_load(draft)
    assert data["id"] == qa_id(accounts) and data["answer"] == ""
    assert sorted([data["question"], *data["phrasings"]]) == sorted(ACCOUNTS)
    shown = engine.ask(ACCOUNTS[0])
    assert {"doc": shown.passages[0].doc, "section": shown.passages[0].section_id} in data["citations"]
    assert "ここに答えを書いてください" in draft and "会計の分担が書いていない" in draft

    _, problems = check_knowledge(copy_with(tmp_path / "empty", data["id"], draft), selftest=False)
    assert [p.code for p in problems] == ["empty-answer"]
    summary, problems = check_knowledge(copy_with(tmp_path / "filled", data["id"], fill(draft)))
    assert problems == [], [str(p) for p in problems]
    assert summary["Q&A"] == len(engine.knowledge.qa) + 1


def test_a_draft_of_declined_questions_suggests_the_nearest_passages(logged: Store, engine, tmp_path) -> None:
    rooms = group_gaps(asked(logged), engine)[0]
    data = yaml.safe_load(draft_yaml(rooms, engine))
    assert data["question"] == ROOMS[1] and len(data["phrasings"]) == 3
    assert data["citations"], "even a declined question gets candidate sections"
    _, problems = check_knowledge(copy_with(tmp_path, data["id"], fill(draft_yaml(rooms, engine))))
    assert problems == [], [str(p) for p in problems]


def test_a_draft_leaves_out_wordings_an_entry_already_has(web_client, store: Store, engine) -> None:
    existing = engine.knowledge.qa[0].phrasings[0]
    for question in [*ACCOUNTS, existing]:
        ask(web_client, question)
        unhelpful(store, question)
    group = next(g for g in group_gaps(asked(store), engine) if ACCOUNTS[0] in g.wordings)
    data = yaml.safe_load(draft_yaml(group, engine))
    assert existing not in [data["question"], *data["phrasings"]]


def test_a_small_group_says_which_phrasings_are_missing(web_client, store: Store, engine) -> None:
    ask(web_client, PARKING)
    [group] = group_gaps(asked(store), engine)
    draft = draft_yaml(group, engine)
    assert "phrasings は 3 個以上必要です" in draft
    assert yaml.safe_load(draft)["phrasings"] is None


@pytest.mark.parametrize("any_url", ["sqlite"], indirect=True)
def test_a_draft_saved_into_the_knowledge_folder_is_written_after_loading_it(logged: Store, engine,
                                                                              tmp_path) -> None:
    """`kyodo gaps --draft ID > knowledge/qa/gap-ID.yaml` empties the file before kyodo starts and the
    folder no longer loads; --save writes it after, and never over an existing file."""
    folder = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, folder, ignore=shutil.ignore_patterns("sources"))
    accounts = next(g for g in group_gaps(asked(logged), engine) if ACCOUNTS[0] in g.wordings)
    result = kyodo(logged, "--draft", accounts.id, "--save", knowledge=folder)
    assert result.returncode == 0, result.stderr
    saved = folder / "qa" / f"{qa_id(accounts)}.yaml"
    assert yaml.safe_load(saved.read_text("utf-8"))["id"] == qa_id(accounts)
    assert str(saved) in result.stdout
    again = kyodo(logged, "--draft", accounts.id, "--save", knowledge=folder)
    assert again.returncode == 1 and "もうあります" in again.stderr
    saved.write_text(fill(saved.read_text("utf-8")), encoding="utf-8")
    assert check_knowledge(folder)[1] == []


def test_each_group_says_what_to_change_by_what_the_knowledge_does_with_it_now(engine) -> None:
    """A refused question the guidelines answer wants decline.yaml (or the grammar rules) changed, not a Q&A."""
    from uuid import uuid4

    from bot.store.gap_text import render_gaps
    from bot.store.records import LoggedQuestion

    def logged(question: str) -> LoggedQuestion:
        return LoggedQuestion(uuid4(), utc_now(), "web", question, False, (), (), ())

    amount, instance, room = "後援の謝礼はいくら？", "今年の後援の審査会はいつ？", "会議室の予約はどうすればいい？"
    groups = group_gaps([logged(q) for q in (amount, instance, room)], engine)
    text = render_gaps(groups, engine.knowledge, utc_now() - timedelta(days=1), 3, 10)
    by_wording = {g.wordings[0]: g for g in groups}
    phrase, kind = engine.ask(amount).declined_by
    assert by_wording[amount].declined_now_by == (phrase, kind)
    assert f"decline.yaml の「{phrase}」（{kind}）" in text
    assert "文の形「今年の」から" in text  # a grammar rule, which decline.yaml cannot change
    assert by_wording[room].declined_now_by is None and "指針の話題が見当たりません" in text
