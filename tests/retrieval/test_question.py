from __future__ import annotations

from retrieval.search.question.cleaning import MAX_QUESTION_CHARS, clean_question


def test_slack_markup_is_removed_but_link_labels_kept() -> None:
    cleaned = clean_question("<@U123ABC> 後援について <https://example.lg.jp/a|この資料> と <#C1|general> :pray: <!here>")
    assert cleaned.text == "後援について この資料 と"


def test_line_breaks_are_kept_one_per_break() -> None:
    # they end sentences in chat (asking.sentences); the white space around them goes
    assert clean_question("福祉課です  \r\n\n  来月から始めます\t\n注意点は？ ").text == "福祉課です\n来月から始めます\n注意点は？"


def test_laughter_is_dropped_as_emoji_are() -> None:
    assert clean_question("後援も協働ってことですか（笑）").text == "後援も協働ってことですか"
    assert clean_question("それは無理ですwww 協働の原則は？").text == "それは無理です 協働の原則は？"
    assert clean_question("www.city.example.jp の指針").text == "www.city.example.jp の指針"


def test_bare_urls_and_code_fences_are_dropped() -> None:
    assert clean_question("```補助金``` https://example.com/x?y=1 とは").text == "補助金 とは"


def test_long_questions_are_cut_and_say_so() -> None:
    cleaned = clean_question("協働" * 5000)
    assert cleaned.truncated and len(cleaned.text) == MAX_QUESTION_CHARS
    assert not clean_question("協働とは").truncated


def test_empty_and_none() -> None:
    assert clean_question("   \n\t ").text == ""
    assert clean_question(None).text == ""
