"""The `kyodo` command: ask, compare, check, import, eval, serve, gaps, reload, db."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from bot.cli_parser import JapaneseArgumentParser
from retrieval.knowledge import DEFAULT_KNOWLEDGE_DIR

DESCRIPTION = "協働の指針に答える Slack アシスタント kyodo のコマンド。指針の該当箇所を引用して答えます。"
EPILOG = """例:
  kyodo ask "後援は協働になりますか"
  kyodo compare "実行委員会でやるときの注意点は？"
  kyodo serve                      # http://127.0.0.1:8000 で Web ページを開く
  kyodo check                      # knowledge/ を検証する"""


def build_parser() -> argparse.ArgumentParser:
    parser = JapaneseArgumentParser(prog="kyodo", description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument("--knowledge", type=Path, default=Path(os.environ.get("KYODO_KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE_DIR),
                        help="知識フォルダ (既定: $KYODO_KNOWLEDGE_DIR か同梱の knowledge/)")
    commands = parser.add_subparsers(dest="command", title="コマンド", metavar="コマンド")

    ask = commands.add_parser("ask", help="質問に指針の該当箇所で答える", description="質問に指針の該当箇所で答えます。")
    ask.add_argument("question", help="質問。'-' なら標準入力から1行1問")
    ask.add_argument("--json", action="store_true", help="Answer を JSON で出力")
    ask.add_argument("--top", type=int, default=3, help="表示する箇所の数 (既定 3)")
    _link_options(ask)
    ask.set_defaults(run=_ask)

    compare = commands.add_parser("compare", help="各自治体の指針の該当箇所を並べる（他の自治体では？）",
                                  description="指針ごとに、質問にいちばん合う箇所を並べます（本市の指針が先頭）。")
    compare.add_argument("question", help="質問")
    compare.add_argument("--json", action="store_true", help="JSON で出力")
    _link_options(compare)
    compare.set_defaults(run=_compare)

    check = commands.add_parser("check", help="knowledge/ を検証する", description="knowledge/ を検証し、検索の自己テストをします。")
    check.add_argument("dir", nargs="?", type=Path, help="知識フォルダ (既定: --knowledge)")
    check.add_argument("--json", action="store_true", help="問題を JSON で出力")
    check.add_argument("--no-selftest", action="store_true", help="検索による自己テストを省く")
    check.set_defaults(run=_check)

    importer = commands.add_parser("import", help="指針のテキスト（PDF から書き出したもの）か Markdown を知識フォルダに取り込む",
                                   description="公開されている指針のテキストを、知識フォルダの指針ファイルに変換します。")
    importer.add_argument("file", type=Path, help="原文のテキストファイル（.txt）か Markdown（.md）")
    importer.add_argument("--id", required=True, dest="doc_id", help="指針の id（英小文字・数字・ハイフン。例: sapporo）")
    importer.add_argument("--title", required=True, help="指針の正式な名前")
    importer.add_argument("--issuer", required=True, help="発行した自治体")
    importer.add_argument("--date", default="", help="策定・改定の年月（原文の表記のまま）")
    importer.add_argument("--url", default="", help="公開されている URL")
    importer.add_argument("--force", action="store_true", help="同じ id の指針があっても上書きする")
    importer.set_defaults(run=_import)

    evaluate = commands.add_parser("eval", help="質問セットで検索の質を測る",
                                   description="質問セット (tests/eval/dev.yaml の形式) で hit@k などを測ります。")
    evaluate.add_argument("file", type=Path, help="質問セットの YAML")
    evaluate.add_argument("--json", action="store_true", help="結果を JSON で出力")
    evaluate.set_defaults(run=_eval)

    serve = commands.add_parser("serve", help="Web ページ (と設定があれば Slack) を提供する",
                                description="Web ページを提供します。Slack の設定があれば Slack の受け口も開きます。")
    serve.add_argument("--host", default="127.0.0.1", help="待ち受けるアドレス (既定 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="ポート (既定 8000)")
    serve.set_defaults(run=_serve)

    gaps = commands.add_parser("gaps", help="指針にないと答えた質問と役に立たなかった回答を、言い方の近いものごとにまとめる",
                               description="断った質問と「役に立たなかった」回答を、言い方の近いものごとにまとめます。")
    gaps.add_argument("--since", default="30d", help="この期間の質問を見る: 30d, 12h, 2w または 2026-11-01（既定 30d）")
    gaps.add_argument("--json", action="store_true", help="グループを JSON で出力")
    gaps.add_argument("--limit", type=int, default=20, help="表示するグループの数（既定 20）")
    gaps.add_argument("--draft", metavar="ID", help="そのグループから knowledge/qa/<id>.yaml の下書きを出力する")
    gaps.add_argument("--save", action="store_true",
                      help="--draft の下書きを知識フォルダの qa/gap-<ID>.yaml に書く（既にあれば書かない）")
    gaps.set_defaults(run=_gaps)

    reload = commands.add_parser("reload", help="動いている kyodo に knowledge/ を再読み込みさせる（再起動なし）",
                                 description="knowledge/ を kyodo check と同じく検証し、問題がなければ動いている kyodo "
                                             "（gunicorn のマスター）に SIGHUP を送って、全ワーカーで新しい内容に切り替えさせます。")
    reload.add_argument("--pid", type=int, help="kyodo のマスターのプロセス ID（既定: $KYODO_PID_FILE に書かれたもの）")
    reload.set_defaults(run=_reload)

    db = commands.add_parser("db", help="質問ログのデータベースを操作する（DATABASE_URL / KYODO_DATABASE_PATH）",
                             description="質問ログのデータベースを操作します。")
    db.add_argument("action", choices=["upgrade", "prune"],
                    help="upgrade: 表を作成・更新する（起動時にも自動で行います） / prune: 保存期間を過ぎた記録を今すぐ消す")
    db.set_defaults(run=_db)
    return parser


def _link_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--base-url", default=os.environ.get("PUBLIC_BASE_URL", ""),
                         help="リンクの先頭に付ける公開先 (既定: $PUBLIC_BASE_URL)")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()  # `kyodo` alone: the list of commands
        return 0
    try:
        return int(args.run(args) or 0)
    except BrokenPipeError:
        # `kyodo ask … | head`: the reader has gone; end quietly, like other command-line tools
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _engine(args: argparse.Namespace):
    from retrieval.knowledge.problems import KnowledgeError
    from retrieval.search.engine import Engine

    try:
        engine = Engine.load(args.knowledge)
    except KnowledgeError as error:
        print(f"知識フォルダに問題があります（kyodo check {args.knowledge} で詳細）:", file=sys.stderr)
        for problem in error.problems[:10]:
            print(f"  {problem}", file=sys.stderr)
        raise SystemExit(1) from None
    home = os.environ.get("KYODO_HOME", "").strip() or None
    try:
        engine.set_home(home)
    except ValueError:
        known = ", ".join(g.id for g in engine.knowledge.guidelines)
        print(f"kyodo: KYODO_HOME「{home}」という指針はありません（使える id: {known}）", file=sys.stderr)
        raise SystemExit(2) from None
    return engine


def _style(args: argparse.Namespace):
    from bot.terminal import Style

    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    return Style(base_url=args.base_url.rstrip("/"), color=color)


def _ask(args: argparse.Namespace) -> int:
    from bot.terminal import TRUNCATED, render_answer

    engine = _engine(args)
    style = _style(args)
    issuers = {g.id: g.issuer for g in engine.knowledge.guidelines}
    top = max(1, min(args.top, 20))
    if args.question == "-":
        for line in sys.stdin:
            answer = engine.ask(line.rstrip("\n"), top=top)
            if args.json:
                print(json.dumps(answer.to_json(style.base_url), ensure_ascii=False), flush=True)
            else:
                print(render_answer(answer, style, issuers) + "\n", flush=True)
        return 0
    answer = engine.ask(args.question, top=top)
    if args.json:
        if answer.truncated:
            print(TRUNCATED, file=sys.stderr)
        print(json.dumps(answer.to_json(style.base_url), ensure_ascii=False, indent=2))
    else:
        print(render_answer(answer, style, issuers))
    return 0


def _compare(args: argparse.Namespace) -> int:
    from bot.terminal import TRUNCATED, render_comparison

    engine = _engine(args)
    style = _style(args)
    comparison = engine.compare(args.question)
    if args.json:
        if comparison.truncated:
            print(TRUNCATED, file=sys.stderr)
        print(json.dumps(comparison.to_json(style.base_url), ensure_ascii=False, indent=2))
    else:
        print(render_comparison(comparison, style))
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


def _import(args: argparse.Namespace) -> int:
    from retrieval.knowledge.importer.report import render_report
    from retrieval.knowledge.importer.run import ImportRefused, ImportRequest, import_guideline

    request = ImportRequest(args.file, args.doc_id, args.title, args.issuer, args.date, args.url, args.force)
    try:
        result = import_guideline(request, args.knowledge)
    except ImportRefused as error:
        print(f"取り込めませんでした: {error.message}", file=sys.stderr)
        if error.hint:
            print(f"（対処: {error.hint}）", file=sys.stderr)
        return 1
    print(render_report(result))
    return 0


def _eval(args: argparse.Namespace) -> int:
    import yaml

    from retrieval.evaluate import evaluate, load_questions

    try:
        questions = load_questions(args.file)
    except FileNotFoundError:
        print(f"kyodo eval: 質問セット {args.file} が見つかりません", file=sys.stderr)
        return 2
    except (yaml.YAMLError, ValueError, UnicodeDecodeError) as error:
        print(f"kyodo eval: 質問セット {args.file} を読めません（{str(error).splitlines()[0]}）", file=sys.stderr)
        return 2
    report = evaluate(_engine(args), questions)
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
    saved = Path(args.knowledge) / "qa" / f"gap-{(args.draft or '').strip()}.yaml"
    if args.save and args.draft and saved.exists():  # before loading: an unfinished draft keeps the folder from loading
        print(f"kyodo: {saved} はもうあります。書き直すなら先に消すか、--save なしで出力してください。", file=sys.stderr)
        return 1
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
        text = draft_yaml(group, engine)
        if not args.save:
            print(text, end="")
            return 0
        # Written here, after the knowledge was loaded: `… > knowledge/qa/gap-ID.yaml` in a shell makes the
        # empty file before kyodo starts, and the folder no longer loads.
        saved.write_text(text, encoding="utf-8")
        print(f"下書きを {saved} に書きました。answer を書き、citations を見直してから kyodo check を実行してください。")
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


def _reload(args: argparse.Namespace) -> int:
    import signal

    from retrieval.check import check_knowledge
    from retrieval.search.engine import Engine

    summary, problems = check_knowledge(args.knowledge)
    if problems:
        for problem in problems:
            print(problem)
        print(f"\n{len(problems)} 件の問題があるため、再読み込みを依頼しませんでした（動いている kyodo は今の内容のままです）。",
              file=sys.stderr)
        return 1
    Engine.load(args.knowledge)  # writes the engine cache, so that every worker loads the new content at once
    pid = args.pid or _pid_from_file()
    if pid is None:
        return 2
    try:
        os.kill(pid, signal.SIGHUP)
    except ProcessLookupError:
        print(f"kyodo: PID {pid} のプロセスは動いていません。", file=sys.stderr)
        return 1
    except PermissionError:
        print(f"kyodo: PID {pid} に合図を送る権限がありません（kyodo を動かしているユーザーで実行してください）。", file=sys.stderr)
        return 1
    counts = "、".join(f"{k} {v}" for k, v in summary.items())
    print(f"OK: {counts}。PID {pid} に再読み込みを依頼しました。結果はサーバーのログと、メンテナーの App Home に出ます。")
    return 0


def _pid_from_file() -> int | None:
    path = os.environ.get("KYODO_PID_FILE", "").strip()
    if not path:
        print("kyodo: 動いている kyodo が分かりません。--pid でマスターのプロセス ID を指定するか、"
              "サーバーと同じ KYODO_PID_FILE を設定してください。", file=sys.stderr)
        return None
    try:
        return int(Path(path).read_text(encoding="ascii").strip())
    except (OSError, ValueError) as error:
        print(f"kyodo: KYODO_PID_FILE（{path}）を読めません: {error}", file=sys.stderr)
        return None


def _serve(args: argparse.Namespace) -> int:
    from bot.web.serving.server import serve

    return serve(args.knowledge, host=args.host, port=args.port)


if __name__ == "__main__":
    sys.exit(main())
