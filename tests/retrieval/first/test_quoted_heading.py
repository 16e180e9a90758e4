"""A question quoting a heading's words gets that section first (quoted_heading.py) — and so does an English question
putting the guideline's own words in brackets when they end one section's heading."""

from __future__ import annotations

from retrieval.search.engine import Engine
from retrieval.search.question.analyzer import normalize_text
from retrieval.search.rank.first.quoted_heading import QuotedHeadings
from tests.retrieval.answers import first_section

HEADINGS = [("kodaira", "principle-equality", "エ 対等関係"),
            ("abashiri", "forms-cosponsor", "②共催・実行委員会"),
            ("chiba", "difference", "「協働」と「支援」「外部委託」の違いを理解しよう"),
            ("kitakyushu", "time-limit", "7 定期的に評価しよう（時限性の原則）")]


def test_a_quoted_heading_names_its_section() -> None:
    named = QuotedHeadings(HEADINGS).named
    assert named(normalize_text("「時限性の原則」って何？")) == ("kitakyushu", "time-limit")
    assert named(normalize_text("「外部委託」との違いは？")) == ("chiba", "difference")


def test_a_word_quoted_as_what_something_is_called_names_no_section() -> None:
    # tune255, tune265, tune275 (read): the name asked about, not the form 網走市's heading names
    named = QuotedHeadings(HEADINGS).named
    assert named(normalize_text("「実行委員会」って何ですか")) == ("abashiri", "forms-cosponsor")
    assert named(normalize_text("団体との打ち合わせの場って、「実行委員会」って名前にしないとダメなの？")) is None
    assert named(normalize_text("「実行委員会」じゃなくて「連絡会」って名前でも問題ない？")) is None
    assert named(normalize_text("打ち合わせを『実行委員会』みたいな正式な会議にしないといけないんでしょうか")) is None


def test_bracketed_words_name_the_section_whose_heading_they_end() -> None:
    named = QuotedHeadings(HEADINGS).named
    assert named(normalize_text("What does Kodaira mean by an 'equal relationship' (対等関係)?")) == \
        ("kodaira", "principle-equality")
    assert named(normalize_text("What is the principle of reviewing on a schedule (時限性の原則)?")) == \
        ("kitakyushu", "time-limit")
    # a gloss of a word the heading only holds is no name of it
    assert named(normalize_text("How is 協働 different from outsourcing (外部委託)?")) is None
    assert named(normalize_text("ごみ集積所の設置基準（何世帯に1か所か等）を教えて")) is None


def test_the_bracketed_heading_goes_first(engine: Engine) -> None:
    # tune263 (read): 小平市's list of principles came first, the one asked second
    assert first_section(engine, "What does Kodaira mean by an 'equal relationship' (対等関係) among its collaboration principles?") == ("kodaira", "principle-equality")
