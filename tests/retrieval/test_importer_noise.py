"""The importer on each kind of extraction noise, with small texts written for the purpose.

Every conversion here is also checked the way `kyodo check` will check it: each source
paragraph is in the result or excluded with a reason, and the result says nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.knowledge.completeness import Exclusion, invented_paragraphs, missing_paragraphs
from retrieval.knowledge.importer.convert import convert_text
from retrieval.knowledge.importer.markdown_input import convert_markdown
from retrieval.knowledge.importer.model import Body, Conversion, Heading
from retrieval.knowledge.importer.source import read_source
from retrieval.knowledge.importer.structure.numbering import parse_numbering
from retrieval.knowledge.importer.writer import Meta, exclusion_rules, render_guideline

TITLE, ISSUER, DATE = "テスト市協働指針", "テスト市", "令和6年4月"


def convert(text: str) -> Conversion:
    conversion = convert_text(text, TITLE, ISSUER, DATE)
    assert_faithful(text, conversion)
    return conversion


def markdown(conversion: Conversion) -> str:
    return render_guideline(Meta("test", TITLE, ISSUER, DATE, "", "test.txt"), conversion.items)


def assert_faithful(source: str, conversion: Conversion) -> None:
    guideline = markdown(conversion)
    rules = [Exclusion(r.text, r.reason, 0, r.whole) for r in exclusion_rules(source, conversion.excluded)]
    assert not missing_paragraphs(source, guideline, rules)
    assert not invented_paragraphs(source, guideline)


def outline(conversion: Conversion) -> list[tuple[int, str]]:
    return [(h.level, h.text) for h in conversion.headings]


def bodies(conversion: Conversion) -> list[str]:
    return [item.markdown for item in conversion.items if isinstance(item, Body)]


def notes(conversion: Conversion) -> list[tuple[int, str]]:
    return [(n.line, n.message) for n in conversion.notes]


# --- page numbers, line breaks, paragraphs cut in two -------------------------------------------

def test_page_numbers_are_dropped_and_reported_with_their_lines() -> None:
    text = "1 はじめに\n\n協働の考え方を示します。\n\n- 3 -\n\n2 協働とは\n\n１２\n\n協働とは、市民と市が対等に取り組むことです。\n\nP.4\n"
    conversion = convert(text)
    assert [(d.line, d.reason) for d in conversion.dropped] == [(5, "ページ番号"), (9, "ページ番号"), (13, "ページ番号")]
    assert outline(conversion) == [(2, "1 はじめに"), (2, "2 協働とは")]
    assert "- 3 -" not in markdown(conversion) and "P.4" not in markdown(conversion)


def test_a_sentence_cut_by_a_page_number_is_joined() -> None:
    text = ("1 協働とは\n\n協働とは、地域の課題を解決するために、市民活動団体と市がそれぞれの役割と責任のもとで\n\n"
            "- 5 -\n\n公共的サービスの提供を協力して行うことをいいます。\n")
    conversion = convert(text)
    assert bodies(conversion) == ["協働とは、地域の課題を解決するために、市民活動団体と市がそれぞれの役割と責任のもとで"
                                  "公共的サービスの提供を協力して行うことをいいます。"]
    assert (7, "3 行目からの段落と、ここからの段落を1つの文としてつなぎました。") in notes(conversion)


def test_lines_broken_mid_sentence_are_joined_without_changing_a_character() -> None:
    text = ("1 協働とは\n\n協働とは、市民活動団体と\n市が対等な立場で取り組むことです。\n"
            "The city and NPOs\nwork together.\n")
    conversion = convert(text)
    assert bodies(conversion) == ["協働とは、市民活動団体と市が対等な立場で取り組むことです。",
                                  "The city and NPOs work together."]


def test_a_word_cut_across_a_blank_line_is_joined() -> None:
    text = "1 協働の原則\n\n市は、お互いの自主性を尊重し、双方の存在を認め合うため、ボラ\n\nンティア団体の自主・自立を尊重します。\n"
    assert bodies(convert(text)) == ["市は、お互いの自主性を尊重し、双方の存在を認め合うため、ボランティア団体の自主・自立を尊重します。"]


def test_a_short_line_cut_mid_word_is_joined_not_taken_for_a_heading() -> None:
    # 「事」 / 「業を」: only the word 事業 across the break says the two belong together
    text = ("(3) 取り組み方\n\nさらに協働の原則に沿った内容を協定書等で総合的にまとめ、それに基づいて事\n\n"
            "業を実施することにより協働の関係はより明確で安定したものになります。\n")
    conversion = convert(text)
    assert outline(conversion) == [(2, "(3) 取り組み方")]
    assert bodies(conversion) == ["さらに協働の原則に沿った内容を協定書等で総合的にまとめ、それに基づいて事業を実施することにより"
                                  "協働の関係はより明確で安定したものになります。"]


def test_a_paragraph_ending_at_a_word_boundary_is_left_alone_and_flagged() -> None:
    text = ("1 契約\n\n提案された内容に基づいて協議を行い、団体の目的を反映させた仕様書を作成し、合意の上で契約\n\n"
            "協働事業として実施する場合は、団体独自の目的があることが前提です。\n")
    conversion = convert(text)
    assert len(bodies(conversion)) == 2
    assert (3, "段落が句点なしで終わっています（次の段落と1つの文なら、つないでください）。") in notes(conversion)


def test_a_form_feed_is_a_page_break() -> None:
    text = "1 協働とは\n\n協働とは、市民活動団体と市が地域の課題について話し合い、それぞれの得意なことを持ち寄って\n\n\f一緒に取り組むことです。\n"
    assert bodies(convert(text)) == ["協働とは、市民活動団体と市が地域の課題について話し合い、それぞれの得意なことを持ち寄って"
                                     "一緒に取り組むことです。"]


# --- numbering and heading levels ---------------------------------------------------------------

def test_numbering_styles_nest_in_the_order_they_appear() -> None:
    text = ("第1章 総則\n\n1. 目的\n\n(1) 趣旨\n\n① 基本\n\nア 考え方\n\n本文です。\n\n"
            "イ 進め方\n\n本文です。\n\n② 応用\n\n本文です。\n\n(2) 定義\n\n本文です。\n\n2. 範囲\n\n本文です。\n\n第2章 推進\n\n本文です。\n")
    conversion = convert(text)
    assert outline(conversion) == [(2, "第1章 総則"), (3, "1. 目的"), (4, "(1) 趣旨"), (5, "① 基本"), (5, "② 応用"),
                                   (4, "(2) 定義"), (3, "2. 範囲"), (2, "第2章 推進")]
    # ア and イ would be a sixth level: they stay bold lines, as in the shipped files
    assert "**ア 考え方**" in bodies(conversion) and "**イ 進め方**" in bodies(conversion)
    assert (9, "見出しの階層が ##### より深くなるため、太字の行にしました。") in notes(conversion)


def test_bare_numbers_kanji_numbers_and_full_width_forms() -> None:
    text = "一 総則\n\n1 協働の背景\n\n本文です。\n\n（１） 背景認識\n\n本文です。\n\n2 協働の考え方\n\n本文です。\n\n二 推進\n\n本文です。\n"
    assert outline(convert(text)) == [(2, "一 総則"), (3, "1 協働の背景"), (4, "（１） 背景認識"), (3, "2 協働の考え方"), (2, "二 推進")]


def test_a_count_restarting_under_a_bracketed_title_is_its_child() -> None:
    text = ("第1章 意義\n\n1 なぜ協働が必要か\n\n本文です。\n\n《協働が必要とされる背景》\n\n1 社会の変化\n\n本文です。\n\n"
            "2 行政の変化\n\n本文です。\n\n2 協働の効果\n\n本文です。\n")
    assert outline(convert(text)) == [(2, "第1章 意義"), (3, "1 なぜ協働が必要か"), (4, "《協働が必要とされる背景》"),
                                      (5, "1 社会の変化"), (5, "2 行政の変化"), (3, "2 協働の効果")]


def test_a_number_out_of_sequence_stays_text_and_a_small_gap_is_flagged() -> None:
    text = "(1) 目的\n\n本文です。\n\n(3) 範囲\n\n本文です。\n\n(9) 参考\n\n本文です。\n"
    conversion = convert(text)
    assert outline(conversion) == [(2, "(1) 目的"), (2, "(3) 範囲")]
    assert (5, "番号が 1 から 3 に飛んでいます（見出しが抜けていないか確かめてください）。") in notes(conversion)
    assert (9, "番号付きの行ですが、前の見出しの番号と続かないため本文にしました。") in notes(conversion)


def test_numbered_items_inside_a_paragraph_are_a_list_not_headings() -> None:
    text = "(1) 団体の力量\n\n①活動内容\n②事業の遂行能力\n③組織体制\n\n- (1) 公共は官だけが担うのではないという意識を持つこと\n"
    conversion = convert(text)
    assert outline(conversion) == [(2, "(1) 団体の力量")]
    assert bodies(conversion)[0] == "- ①活動内容\n- ②事業の遂行能力\n- ③組織体制"


def test_a_numbered_heading_glued_to_its_text_is_split_off() -> None:
    text = "1 協働とは\n(1) 協働の定義\n協働とは、市民活動団体と市が対等な立場で協力することです。\n(2) 協働の\n主体\n\n本文です。\n"
    conversion = convert(text)
    assert outline(conversion) == [(2, "1 協働とは"), (3, "(1) 協働の定義"), (3, "(2) 協働の主体")]
    assert bodies(conversion)[0] == "協働とは、市民活動団体と市が対等な立場で協力することです。"


@pytest.mark.parametrize(("line", "style", "value", "rest"), [
    ("第3章 協働の推進", "第章", 3, "協働の推進"),
    ("第二節 原則", "第節", 2, "原則"),
    ("4章 課題", "章", 4, "課題"),
    ("1-2 提案", "dec2", 2, "提案"),
    ("2. 協働の考え方", "N.", 2, "協働の考え方"),
    ("（３）　協働の効果", "(N)", 3, "協働の効果"),
    ("⑫ 評価", "circled", 12, "評価"),
    ("ウ 相互理解", "kana", 3, "相互理解"),
    ("(イ) 自主性", "(kana)", 2, "自主性"),
    ("十二 雑則", "kanji", 12, "雑則"),
    ("1 協働の背景", "N", 1, "協働の背景"),
])
def test_numbering_is_read_with_its_style_and_value(line: str, style: str, value: int, rest: str) -> None:
    numbering = parse_numbering(line)
    assert numbering is not None and (numbering.style, numbering.value, numbering.rest) == (style, value, rest)


@pytest.mark.parametrize("line", ["6 割以上の方が回答", "2020 年に", "平成 29 年 2 月", "アンケートの結果", "1.5倍になった", "(参考)"])
def test_quantities_and_words_are_not_numbering(line: str) -> None:
    assert parse_numbering(line) is None


# --- bullets, brackets, labels -----------------------------------------------------------------

def test_a_bullet_before_a_number_is_dropped_from_the_heading_but_a_bulleted_label_stays_text() -> None:
    text = ("(1) 組織\n\n① 懇談会\n\n本文です。\n\n② 会議\n\n本文です。\n\n○推進員の役割\n\n- ・理解促進\n\n"
            "○③情報オフィス\n\n本文です。\n")
    conversion = convert(text)
    assert outline(conversion) == [(2, "(1) 組織"), (3, "① 懇談会"), (3, "② 会議"), (3, "③情報オフィス")]
    assert "○推進員の役割" in bodies(conversion)
    assert (15, "見出しの前の「○」を除きました。") in notes(conversion)


def test_a_bracketed_title_is_a_heading_but_a_caption_above_a_list_is_not() -> None:
    text = ("協働の意義\n\n\n【市民にとって】\n\n地域の課題に取り組む機会になります。\n\n【具体的な取り組み】\n\n- ・研修を行います。\n"
            "- ・交流を進めます。\n\n協働の原則\n\n対等であることが大切です。\n")
    conversion = convert(text)
    assert outline(conversion) == [(2, "協働の意義"), (3, "【市民にとって】"), (2, "協働の原則")]
    assert "【具体的な取り組み】" in bodies(conversion)


def test_a_plain_short_line_is_a_heading_only_when_set_apart_or_followed_by_text() -> None:
    text = ("1 協働とは\n\n協働とは\n\n- ①課題を一緒に考えること\n- ②目的を実現する手段\n\n\n\n市民の力を活かす\n\n"
            "- 市民活動が広がる。\n\n★協働は目的ではない★\n\n協働は課題を解決する手段の一つです。\n")
    conversion = convert(text)
    assert outline(conversion) == [(2, "1 協働とは"), (3, "市民の力を活かす"), (3, "★協働は目的ではない★")]
    assert (3, "見出しかもしれない短い行ですが、本文にしました。") in notes(conversion)


@pytest.mark.parametrize("label", ["<課題>", "＜ポイント＞", "[取り組み]・研修の充実", "※3「SNS」", "(仮称)交流プラザ",
                                   "今後のステップ：実践編を作る"])
def test_labels_are_never_headings(label: str) -> None:
    text = f"1 課題\n\n{label}\n\n協働に関する情報の収集と提供が不足しています。\n"
    conversion = convert(text)
    assert outline(conversion) == [(2, "1 課題")] and label in bodies(conversion)


def test_a_bold_line_is_a_heading_and_loses_its_bold_markers() -> None:
    text = "(1) 進めるために\n\n**「対等な関係」は、資源のある方に有利に働いてしま\nいます。**\n\n対等の名の下で団体に過剰な負担を与えてはいけません。\n"
    assert outline(convert(text)) == [(2, "(1) 進めるために"), (3, "「対等な関係」は、資源のある方に有利に働いてしまいます。")]


# --- tables and HTML ---------------------------------------------------------------------------

def test_a_tab_separated_table_with_html_cells_becomes_a_markdown_table() -> None:
    text = ("1 検証\n\n項目\t内容\n目的の妥当性\t<ul style=\"list-style-type: none\">○目的は明確で公益性があったか○目的は共有されたか</ul>\n"
            "協働の妥当性\t<ul style=\"list-style-type: none\">○双方の特性はいかされたか</ul>\n")
    conversion = convert(text)
    assert bodies(conversion) == ["| 項目 | 内容 |\n|---|---|\n| 目的の妥当性 | ○目的は明確で公益性があったか ○目的は共有されたか |\n"
                                  "| 協働の妥当性 | ○双方の特性はいかされたか |"]
    assert (3, "表を Markdown の表にしました。列と行の対応を確かめてください。") in notes(conversion)


def test_a_table_rule_line_is_noise_and_a_one_row_table_gets_an_empty_header() -> None:
    text = "1 今後\n\n<p>〔検討項目〕</p> <p>進め方</p>\t<p>評価</p>\n---\t---\n"
    conversion = convert(text)
    assert [(d.line, d.reason) for d in conversion.dropped] == [(4, "表の区切り線")]
    assert bodies(conversion) == ["|  |  |\n|---|---|\n| 〔検討項目〕 進め方 | 評価 |"]


def test_html_tags_in_text_are_removed_and_underlining_kept() -> None:
    text = "1 関係\n\n<p>対等な担い手が</p><p><u>役割分担をした上で</u>計画を実施する</p>\n"
    conversion = convert(text)
    assert bodies(conversion) == ["対等な担い手が", "<u>役割分担をした上で</u>計画を実施する"]


def test_a_run_of_short_lines_becomes_a_list() -> None:
    text = "1 施設\n\n入居予定施設\n\n八幡西生涯学習総合センター\nユースステーション\n西部障害者福祉会館\n"
    conversion = convert(text)
    assert bodies(conversion)[-1] == "- 八幡西生涯学習総合センター\n- ユースステーション\n- 西部障害者福祉会館"


# --- what is not guideline text ----------------------------------------------------------------

def test_the_cover_and_the_table_of_contents_are_excluded_with_reasons() -> None:
    text = ("\n\nテスト市協働指針\n\n令和 6 年 4 月\n\nテ ス ト 市\n\n目　次\n\n1 協働とは ………… 1\n(1) 定義\t1\n"
            "2 協働の進め方 ………… 3\n\n1 協働とは\n\n(1) 定義\n\n協働とは、対等な立場で協力することです。\n\n2 協働の進め方\n\n本文です。\n")
    conversion = convert(text)
    assert [(e.line, e.reason) for e in conversion.excluded] == [
        (3, "表紙（front matter に記載）"), (5, "表紙（front matter に記載）"), (7, "表紙（front matter に記載）"),
        (9, "目次"), (11, "目次")]
    assert outline(conversion) == [(2, "1 協働とは"), (3, "(1) 定義"), (2, "2 協働の進め方")]
    assert "…" not in markdown(conversion)


def test_a_city_charter_at_the_end_is_excluded_and_flagged() -> None:
    text = ("1 推進\n\n市として協働を推進します。\n\nてすとし しみんけんしょう テスト市民憲章\n\n"
            "1. わたしたちは、まちを愛します。\n1. わたしたちは、助け合います。\n\nテスト市の花\nさくら\n")
    conversion = convert(text)
    assert [(e.line, e.reason) for e in conversion.excluded] == [(5, "市民憲章・市の花など（指針の本文ではない）"),
                                                                 (7, "市民憲章・市の花など（指針の本文ではない）"),
                                                                 (10, "市民憲章・市の花など（指針の本文ではない）")]
    assert (5, "ここから文書の終わりまで（3 段落）を市民憲章・市の花などとして除きました。") in notes(conversion)
    assert "助け合います" not in markdown(conversion)


def test_text_above_the_first_heading_is_excluded_and_flagged() -> None:
    text = "この冊子は職員向けです。\n\n1 協働とは\n\n本文です。\n"
    conversion = convert(text)
    assert [(e.line, e.reason) for e in conversion.excluded] == [(1, "最初の見出しより前の文（表紙・前書きなど）")]
    assert notes(conversion)[0][0] == 1


def test_a_short_excluded_paragraph_that_opens_a_kept_one_is_excluded_whole() -> None:
    text = "テスト市\n\n1 協働とは\n\nテスト市では、協働を進めています。\n"
    conversion = convert(text)
    rules = exclusion_rules(text, conversion.excluded)
    assert [(r.text, r.whole) for r in rules] == [("テスト市", True)]
    # whole: the kept paragraph that starts the same way is still checked
    guideline = markdown(conversion).replace("テスト市では、協働を進めています。", "")
    assert missing_paragraphs(text, guideline, [Exclusion(r.text, r.reason, 0, r.whole) for r in rules])


# --- anchors -----------------------------------------------------------------------------------

def test_anchors_come_from_the_numbering_and_are_unique() -> None:
    text = ("はじめに\n\n本指針の目的を述べます。\n\n1 協働とは\n\n(1) 定義\n\n本文です。\n\n【補足】\n\n本文です。\n\n"
            "(2) 主体\n\n本文です。\n\n2 一覧\n\n1 協働とは\n\n本文です。\n")
    conversion = convert(text)
    assert [(h.text, h.anchor) for h in conversion.headings] == [
        ("はじめに", "s-u1"), ("1 協働とは", "s1"), ("(1) 定義", "s1-1"), ("【補足】", "s1-1-u1"), ("(2) 主体", "s1-2"),
        ("2 一覧", "s2"), ("1 協働とは", "s2-1")]


def test_a_number_used_twice_at_one_level_gets_a_letter() -> None:
    conversion = convert_markdown("## 1 協働とは\n\n本文です。\n\n## 1 協働とは（再掲）\n\n### (1) 定義\n")
    assert [h.anchor for h in conversion.headings] == ["s1", "s1b", "s1b-1"]
    assert notes(conversion) == [(5, "同じ番号の見出しが同じ階層に二つあります（アンカー s1b）。再掲や一覧表かもしれません。")]


def test_an_existing_files_anchors_are_kept_for_the_same_headings() -> None:
    text = "1 協働とは\n\n本文です。\n\n(1) 定義\n\n本文です。\n\n2 進め方\n\n本文です。\n"
    existing = {("1 協働とは",): "what-is", ("1 協働とは", "(1) 定義"): "definition", ("2 進め方", "(9) 旧"): "old"}
    conversion = convert_text(text, TITLE, ISSUER, DATE, existing)
    assert [h.anchor for h in conversion.headings] == ["what-is", "definition", "s2"]
    assert conversion.anchors_kept == 2


# --- Markdown and encodings --------------------------------------------------------------------

def test_markdown_keeps_its_headings_anchors_and_text() -> None:
    text = ("---\ntitle: 古い\n---\n\n前書きです。\n\n# 1 協働とは {#what-is}\n\n本文の\n改行もそのまま。\n\n## (1) 定義\n\n"
            "- 項目\n\n### ① 細目\n\n#### ア 小項目\n\n##### a さらに深い\n\n本文です。\n")
    conversion = convert_markdown(text)
    assert [(h.level, h.text, h.anchor) for h in conversion.headings] == [
        (2, "1 協働とは", "what-is"), (3, "(1) 定義", "s1-1"), (4, "① 細目", "s1-1-1"), (5, "ア 小項目", "s1-1-1-1")]
    assert "本文の\n改行もそのまま。" in bodies(conversion) and "**a さらに深い**" in bodies(conversion)
    assert [e.reason for e in conversion.excluded] == ["元のファイルの front matter（文書名などは --title などで指定）",
                                                       "最初の見出しより前の文（表紙・前書きなど）"]
    assert_faithful(text, conversion)


def test_a_shift_jis_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "sjis.txt"
    path.write_bytes("1 協働とは\r\n\r\n本文です。\r\n".encode("cp932"))
    source = read_source(path)
    assert (source.encoding, source.text, source.markdown) == ("cp932", "1 協働とは\n\n本文です。\n", False)


def test_headings_and_bodies_alternate_as_in_the_source() -> None:
    conversion = convert("1 協働とは\n\n本文です。\n\n2 進め方\n\n本文です。\n")
    assert [type(item) for item in conversion.items] == [Heading, Body, Heading, Body]
