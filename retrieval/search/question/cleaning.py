"""Clean a question as typed in Slack or a browser before it is analysed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.search.question.analyzer import normalize_text

MAX_QUESTION_CHARS = 2000

SLACK_LINK = re.compile(r"<((?:https?|mailto):[^|>]*)(?:\|([^>]*))?>")
SLACK_REFERENCE = re.compile(r"<[@#!][^>]*>")  # <@U123>, <#C123|general>, <!here>
BARE_URL = re.compile(r"https?://\S+")
EMOJI_CODE = re.compile(r":[a-z0-9_+\-]+:")
# laughter, as emoji are: after 「…ですか（笑）」 the か no longer ended the question, and what it asked was missed
LAUGHTER = re.compile(r"[(（]笑[)）]|(?<![A-Za-zＡ-Ｚａ-ｚ])[wｗ]{2,}(?![A-Za-zＡ-Ｚａ-ｚ.])")
CODE_FENCE = re.compile(r"```")
SPACE = re.compile(r"[^\S\n]+")  # white space within a line
# Slack messages end a sentence with a line break as often as with 。: kept, one per break, for asking.sentences
LINE_BREAK = re.compile(r"\s*\n\s*")
WORDING_NOISE = re.compile(r"[\s?？!！。、,.]+")


@dataclass(frozen=True)
class CleanQuestion:
    text: str
    truncated: bool


def clean_question(raw: str | None) -> CleanQuestion:
    """Drop Slack markup and what carries no topic (mentions, emoji codes, URLs, laughter); keep link labels and line
    breaks."""
    text = raw or ""
    text = SLACK_LINK.sub(lambda m: m.group(2) or "", text)
    text = SLACK_REFERENCE.sub(" ", text)
    text = BARE_URL.sub(" ", text)
    text = EMOJI_CODE.sub(" ", text)
    text = LAUGHTER.sub(" ", text)
    text = CODE_FENCE.sub(" ", text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")  # Slack's own escaping
    text = LINE_BREAK.sub("\n", SPACE.sub(" ", text)).strip()
    truncated = len(text) > MAX_QUESTION_CHARS
    return CleanQuestion(text[:MAX_QUESTION_CHARS], truncated)


def wording_key(text: str) -> str:
    """Equal keys mean the same wording, whatever the case, width, spaces and punctuation."""
    return WORDING_NOISE.sub("", normalize_text(text))
