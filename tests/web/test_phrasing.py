"""bot/web/render/phrasing.py: <wbr> between BudouX phrases, inside escaped text and around <mark>."""

from __future__ import annotations

import html
import re

from bot.phrases import phrases
from bot.web.render.markdown import render
from bot.web.render.phrasing import phrased, phrased_html, snippet_html
from retrieval.answer import Snippet

SENTENCE = "協働とは、市民活動団体と「市」が対等な立場で協働することです。"


def test_phrased_text_reads_the_same_and_breaks_only_between_phrases():
    marked = str(phrased(SENTENCE))
    assert marked.split("<wbr>") == [html.escape(p, quote=False) for p in phrases(SENTENCE)]
    assert "協<wbr>働" not in marked and "「<wbr>" not in marked
    assert str(phrased("a < b & c")).replace("<wbr>", "") == "a &lt; b &amp; c"


def test_a_run_of_kanji_is_never_split():
    """BudouX on its own cuts 「事業協力・後援」 between 後 and 援."""
    assert all(not ("後" in p and p.endswith("後")) for p in phrases("④事業協力・後援"))
    for text in ("④事業協力・後援", "情報共有と人口減少時代の市民活動団体等との協働", SENTENCE):
        parts = phrases(text)
        assert "".join(parts) == text
        for left, right in zip(parts, parts[1:], strict=False):
            assert not (re.match(r"[\u4e00-\u9fff々]", left[-1]) and re.match(r"[\u4e00-\u9fff々]", right[0]))


def test_a_snippet_keeps_its_marks_and_ellipses():
    snippet = Snippet((("…の形態として、", False), ("後援", True), ("や共催、実行委員会などがあります。", False)),
                      leading_ellipsis=True, trailing_ellipsis=True)
    out = str(snippet_html(snippet))
    assert out.startswith("…") and out.endswith("…")
    assert "<mark>後援</mark>" in out
    assert out.replace("<wbr>", "").replace("<mark>", "").replace("</mark>", "") == snippet.plain
    assert "<mark><wbr>" not in out and "<wbr></mark>" not in out


def test_markdown_keeps_its_elements_and_gains_breaks_only_in_text():
    rendered = render("協働とは、**市民活動団体**と <https://example.jp/a?b=1&c=2> で「協議」します。\n\n- 一つ目の項目です")
    out = str(phrased_html(rendered))
    assert re.sub(r"<wbr>", "", out) == str(rendered)
    assert 'href="https://example.jp/a?b=1&amp;c=2"' in out and "<strong>市民活動団体</strong>" in out


def test_a_list_bullet_is_joined_to_its_item_and_breaks_before_it():
    """A browser breaks after 「・」 even under keep-all: a bullet after a space (excerpts put a list on one line) ended
    a line with its item on the next (seen on /compare at phone width)."""
    marked = str(phrased("＜課題＞ ・人材不足 ・活動資金の不足"))
    assert marked.count("・\u2060") == 2 and " <wbr>・\u2060人材不足" in marked
    snippet = Snippet(parts=(("運営力 ・", False), ("人材", True), ("不足", False)), leading_ellipsis=False,
                      trailing_ellipsis=False)
    assert "・\u2060<mark>人材</mark>" in str(snippet_html(snippet))
    assert "\u2060" not in str(phrased("団体・市民活動団体"))  # a 中点 between words is no bullet
