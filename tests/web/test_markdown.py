"""The guideline renderer: only its own elements come out, whatever the text holds."""

from __future__ import annotations

from bot.web.render.markdown import inline, render
from tests.web.html import Page

ALLOWED = {"p", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "strong", "u", "a"}


def test_paragraphs_are_split_on_blank_lines():
    assert render("一つ目。\n\n二つ目。") == "<p>一つ目。</p><p>二つ目。</p>"


def test_nested_lists_follow_indentation():
    html = render("- ①課題\n  - ・理解不足\n  - ・情報不足\n- ②体制")
    assert html == "<ul><li>①課題<ul><li>・理解不足</li><li>・情報不足</li></ul></li><li>②体制</li></ul>"


def test_a_loose_list_item_keeps_its_indented_paragraphs():
    html = render("- **行政**\n\n  - 組織の基本\n\n    法令に基づく。\n\n- **団体**")
    assert html == ("<ul><li><p><strong>行政</strong></p><ul><li><p>組織の基本</p><p>法令に基づく。</p></li></ul></li>"
                    "<li><strong>団体</strong></li></ul>")


def test_a_table_with_a_header_row():
    html = render("| 委託 | 協働 |\n|---|---|\n| **①仕様書** 行政 | 団体 |")
    assert html == ('<table><thead><tr><th scope="col">委託</th><th scope="col">協働</th></tr></thead>'
                    "<tbody><tr><td><strong>①仕様書</strong> 行政</td><td>団体</td></tr></tbody></table>")


def test_an_empty_header_row_is_left_out():
    assert "<thead>" not in render("| | |\n|---|---|\n| 一覧 | ① |")


def test_underline_and_web_addresses():
    assert inline("関係を結び、<u>役割分担</u>をする") == "関係を結び、<u>役割分担</u>をする"
    assert inline("<https://example.jp/a?b=1&c=2>") == \
        '<a href="https://example.jp/a?b=1&amp;c=2" rel="noopener noreferrer">https://example.jp/a?b=1&amp;c=2</a>'


def test_everything_else_is_escaped():
    source = ('<script>alert(1)</script>\n\n"><img src=x onerror=alert(1)>\n\n<javascript:alert(1)>\n\n'
              '<https://x.jp/"onmouseover=alert(1)>\n\n**<b>太字</b>**\n\n- <iframe src=//x>\n\n| <svg onload=alert(1)> |')
    html = render(source)
    parsed = Page(html)
    assert set(parsed.tags) <= ALLOWED, set(parsed.tags) - ALLOWED
    assert parsed.tags["a"] == 0
    assert not [name for _, name, _ in parsed.attributes if name.startswith("on")]
    assert "&lt;script&gt;" in html and "&lt;b&gt;太字&lt;/b&gt;" in html


def test_every_guideline_section_renders_to_allowed_elements_only(engine):
    for guideline in engine.knowledge.guidelines:
        for section in guideline.sections:
            parsed = Page(render(section.text))
            assert set(parsed.tags) <= ALLOWED, f"{guideline.id}#{section.id}: {set(parsed.tags) - ALLOWED}"
            assert "**" not in parsed.text, f"{guideline.id}#{section.id}: unrendered bold"
