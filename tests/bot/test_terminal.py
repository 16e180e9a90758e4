"""Terminal rendering: phrase-aware line breaks, colour only where asked, home labels."""

from __future__ import annotations

from dataclasses import replace

from bot.phrases import display_width, phrases, wrap
from bot.terminal import HIGHLIGHT, INDENT, Style, home_label, render_answer, render_comparison
from retrieval.search.engine import Engine

SENTENCE = "「協働」とは、市民活動団体と行政が対等な立場で協力し、それぞれの役割と責任のもとで公共的サービスを提供することです。"


def test_phrases_join_back_to_the_text_and_never_end_with_an_opening_bracket() -> None:
    parts = phrases(SENTENCE)
    assert "".join(parts) == SENTENCE
    assert not any(p.endswith("「") for p in parts)
    assert "協働" not in "".join(p[-1] + q[0] for p, q in zip(parts, parts[1:], strict=False))


def test_no_phrase_starts_with_what_a_line_never_starts_with() -> None:
    text = "ボランティア団体・市民活動団体等と、自治会（町内会）・企業が協働します。"
    parts = phrases(text)
    assert "".join(parts) == text
    assert not any(p[0] in "・、。）" for p in parts[1:]), parts


def test_a_bullet_after_a_space_begins_its_item_and_never_ends_a_line() -> None:
    """Excerpts put a list on one line (「＜課題＞ ・人材不足 ・活動資金の不足」): BudouX had left 「運営力 ・」 a phrase."""
    text = "＜課題＞ ・人材を活かしきれない運営力 ・人材不足 ・活動資金の不足 ・事業拡大能力の不足 ②協働推進上の課題"
    parts = phrases(text)
    assert "".join(parts) == text
    assert not any(p.rstrip().endswith("・") for p in parts), parts
    assert [p for p in parts if p.startswith("・")] == ["・人材を", "・人材不足 ", "・活動資金の", "・事業拡大能力の"]
    for width in range(12, 40):
        assert not any(line.endswith("・") for line in wrap(text, width)), width
    assert phrases("団体・市民")[0] != "団体" and " " not in phrases("次に。 ・特定の団体")


def test_a_long_heading_hangs_under_its_first_word(engine: Engine) -> None:
    answer = engine.ask("ボランティアは無償の労働力？")
    long = replace(answer.passages[0], doc_title="協働の推進に関する指針" * 5)
    text = render_answer(replace(answer, passages=(long,), qa=(), checklists=()), Style())
    block = text.split("■ 指針の該当箇所\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert block[0].startswith("1. ") and len(block) > 3
    assert all(line.startswith(INDENT) for line in block[1:]), block


def test_wrap_breaks_between_phrases_within_the_width() -> None:
    lines = wrap(SENTENCE, 30)
    assert "".join(lines) == SENTENCE
    assert all(display_width(line) <= 30 for line in lines)
    assert not any(line.endswith("「") or line.endswith("協") for line in lines)


def test_highlights_are_colour_on_a_terminal_and_plain_otherwise(engine: Engine) -> None:
    answer = engine.ask("ボランティアは無償の労働力？")
    plain = render_answer(answer, Style())
    coloured = render_answer(answer, Style(color=True))
    assert "\033[" not in plain
    assert HIGHLIGHT[0] + "ボランティア" in coloured
    assert coloured.replace(HIGHLIGHT[0], "").replace(HIGHLIGHT[1], "") == plain
    assert coloured.count(HIGHLIGHT[0]) == coloured.count(HIGHLIGHT[1])


def test_home_labels() -> None:
    assert home_label("小平市") == "本市の指針" and home_label("千葉県") == "本県の指針"


def test_a_declined_fact_says_what_the_guidelines_do_not_hold(engine: Engine) -> None:
    answer = engine.ask("協働事業の委託料、消費税は込みで積算していい？")
    assert not answer.answered and answer.declined_why
    text = render_answer(answer, Style())
    assert "".join(text.split("\n")).count(answer.declined_why) == 1
    assert "見つかりませんでした" in text
    compared = render_comparison(engine.compare("協働事業の委託料、消費税は込みで積算していい？"), Style())
    assert answer.declined_why in "".join(compared.split("\n"))


def test_thanks_alone_get_a_line_back_and_nothing_typed_the_example(engine: Engine) -> None:
    assert render_answer(engine.ask("さっきの回答、助かりました！")).startswith("どういたしまして。")
    assert render_answer(engine.ask("")).startswith("質問を入力してください。")
    assert render_comparison(engine.compare("さっきの回答、助かりました！")).startswith("どういたしまして。")
    assert render_comparison(engine.compare("")).startswith("質問を入力してください。")
