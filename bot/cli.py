"""The `kyodo` command: ask, check, eval, serve, gaps, db."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kyodo", description="協働の指針に答える Slack アシスタント")
    parser.add_argument("--knowledge", type=Path, default=Path(os.environ.get("KYODO_KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE_DIR),
                        help="知識フォルダ (既定: $KYODO_KNOWLEDGE_DIR か同梱の knowledge/)")
    commands = parser.add_subparsers(dest="command", required=True)

    ask = commands.add_parser("ask", help="質問に指針の該当箇所で答える")
    ask.add_argument("question", help="質問。'-' なら標準入力から1行1問")
    ask.add_argument("--json", action="store_true", help="Answer を JSON で出力")
    ask.add_argument("--top", type=int, default=3, help="表示する箇所の数 (既定 3)")
    ask.set_defaults(run=_ask)

    check = commands.add_parser("check", help="knowledge/ を検証する")
    check.add_argument("dir", nargs="?", type=Path, help="知識フォルダ (既定: --knowledge)")
    check.add_argument("--json", action="store_true", help="問題を JSON で出力")
    check.add_argument("--no-selftest", action="store_true", help="検索による自己テストを省く")
    check.set_defaults(run=_check)

    evaluate = commands.add_parser("eval", help="質問セットで検索の質を測る")
    evaluate.add_argument("file", type=Path)
    evaluate.add_argument("--json", action="store_true")
    evaluate.set_defaults(run=_eval)

    serve = commands.add_parser("serve", help="Web ページ (と設定があれば Slack) を提供する")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(run=_serve)

    gaps = commands.add_parser("gaps", help="指針にないと答えた質問と役に立たなかった回答を、言い方の近いものごとにまとめる")
    gaps.add_argument("--since", default="30d", help="この期間の質問を見る: 30d, 12h, 2w または 2026-11-01（既定 30d）")
    gaps.add_argument("--json", action="store_true", help="グループを JSON で出力")
    gaps.add_argument("--limit", type=int, default=20, help="表示するグループの数（既定 20）")
    gaps.add_argument("--draft", metavar="ID", help="そのグループから knowledge/qa/<id>.yaml の下書きを出力する")
    gaps.set_defaults(run=_gaps)

    db = commands.add_parser("db", help="質問ログのデータベースを操作する（DATABASE_URL / KYODO_DATABASE_PATH）")
    db.add_argument("action", choices=["upgrade", "prune"],
                    help="upgrade: 表を作成・更新する（起動時にも自動で行います） / prune: 保存期間を過ぎた記録を今すぐ消す")
    db.set_defaults(run=_db)

    args = parser.parse_args(argv)
    return int(args.run(args) or 0)


def _engine(args: argparse.Namespace):
    from retrieval.knowledge.problems import KnowledgeError
    from retrieval.search.engine import Engine

    try:
        return Engine.load(args.knowledge)
    except KnowledgeError as error:
        print(f"知識フォルダに問題があります（kyodo check {args.knowledge} で詳細）:", file=sys.stderr)
        for problem in error.problems[:10]:
            print(f"  {problem}", file=sys.stderr)
        raise SystemExit(1) from None


def _ask(args: argparse.Namespace) -> int:
    from bot.terminal import TRUNCATED, render_answer

    engine = _engine(args)
    top = max(1, min(args.top, 20))
    if args.question == "-":
        for line in sys.stdin:
            answer = engine.ask(line.rstrip("\n"), top=top)
            if args.json:
                print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
            else:
                print(render_answer(answer) + "\n", flush=True)
        return 0
    answer = engine.ask(args.question, top=top)
    if args.json:
        if answer.truncated:
            print(TRUNCATED, file=sys.stderr)
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
    else:
        print(render_answer(answer))
    return 0


def _check(args: argparse.Namespace) -> int:
    from retrieval.check import check_knowledge

    folder = args.dir or args.knowledge
    summary, problems = check_knowledge(folder, selftest=not args.no_selftest)
    if args.json:
        print(json.dumps({"ok": not problems, "summary": summary, "problems": [p.to_json() for p in problems]},
                         ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            print(problem)
        if problems:
            print(f"\n{len(problems)} 件の問題があります。", file=sys.stderr)
        else:
            counts = "、".join(f"{k} {v}" for k, v in summary.items())
            print(f"OK: {counts}")
    return 1 if problems else 0


def _eval(args: argparse.Namespace) -> int:
    from retrieval.evaluate import evaluate, load_questions

    engine = _engine(args)
    report = evaluate(engine, load_questions(args.file))
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"questions {report.questions} (answerable {report.answerable}, abstain {report.abstain_questions})")
    print(f"hit@1 {report.hit_at_1:.3f}  hit@3 {report.hit_at_3:.3f}  MRR@10 {report.mrr_at_10:.3f}")
    print(f"checklist@1 {report.checklist_at_1:.3f} ({report.checklist_questions} questions)")
    print(f"abstain accuracy {report.abstain_accuracy:.3f}  false abstentions {report.false_abstentions}")
    for miss in report.misses:
        print(f"  miss {miss.id}: {miss.why} — {miss.question[:50]} {' '.join(miss.top)}")
    return 0


def _open_store(existing: bool = False):
    """The store of DATABASE_URL / KYODO_DATABASE_PATH; with `existing`, a missing SQLite file is an error."""
    from sqlalchemy.engine import make_url

    from bot.settings import SettingsError, load_store_settings
    from bot.store import Store

    try:
        settings = load_store_settings()
    except SettingsError as error:
        print(f"kyodo: 設定に誤りがあります: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    url = make_url(settings.database_url)
    if existing and url.get_backend_name() == "sqlite" and not Path(url.database or "").is_file():
        print(f"kyodo: 質問ログ {Path(url.database or '').resolve()} がありません。kyodo serve を動かしているフォルダで"
              "実行するか、KYODO_DATABASE_PATH / DATABASE_URL でその場所を指定してください。", file=sys.stderr)
        raise SystemExit(1)
    return Store.open(settings.database_url, settings.secret_key, settings.log_retention_days, migrate_now=False)


def _gaps(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from bot.store.database import describe_error, redacted
    from bot.store.drafts import draft_yaml
    from bot.store.gap_text import render_gaps
    from bot.store.gaps import group_gaps, parse_since
    from bot.store.records import utc_now

    try:
        since = parse_since(args.since, utc_now())
    except ValueError:
        print(f"kyodo: --since は 30d、12h、2w または 2026-11-01 の形で書いてください（{args.since!r}）。", file=sys.stderr)
        return 2
    store = _open_store(existing=True)
    try:
        store.upgrade()
        asked = store.asked_since(since)
    except SQLAlchemyError as error:
        print(f"kyodo: データベース {redacted(store.url)} を使えません: {describe_error(error)}", file=sys.stderr)
        return 1
    finally:
        store.close()
    engine = _engine(args)
    groups = group_gaps(asked, engine)
    if args.draft:
        group = next((g for g in groups if g.id == args.draft.strip()), None)
        if group is None:
            print(f"kyodo: ID「{args.draft}」のグループは --since {args.since} の期間にありません。"
                  "kyodo gaps で ID を確かめてください。", file=sys.stderr)
            return 1
        print(draft_yaml(group, engine), end="")
        return 0
    if args.json:
        report = {"since": since.isoformat() + "Z", "questions": len(asked), "gaps": sum(g.count for g in groups),
                  "groups": [g.to_json() for g in groups]}
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(render_gaps(groups, engine.knowledge, since, len(asked), max(1, args.limit)))
    return 0


def _db(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from bot.store.database import describe_error, redacted

    store = _open_store()
    try:
        if args.action == "upgrade":
            print(f"OK: {redacted(store.url)} のスキーマは版 {store.upgrade()} です。")
        else:
            store.upgrade()
            print(f"OK: 保存期間（{store.retention.days} 日）を過ぎた記録を {store.prune()} 件消しました。")
    except SQLAlchemyError as error:
        print(f"kyodo: データベース {redacted(store.url)} を使えません: {describe_error(error)}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0


def _serve(args: argparse.Namespace) -> int:
    from bot.web.server import serve

    return serve(args.knowledge, host=args.host, port=args.port)


if __name__ == "__main__":
    sys.exit(main())
