"""Reading what the app sent: the texts and links inside recorded Block Kit."""

from __future__ import annotations

import re
from typing import Any

MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000


def texts(blocks: list[dict[str, Any]]) -> list[str]:
    """Every mrkdwn/plain text in the blocks: sections, context elements, headers, buttons."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") in ("mrkdwn", "plain_text") and isinstance(node.get("text"), str):
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(blocks)
    return found


def all_text(blocks: list[dict[str, Any]]) -> str:
    return "\n".join(texts(blocks))


def linked_sections(blocks: list[dict[str, Any]]) -> list[str]:
    """`doc#section` of every guideline link, in order."""
    return re.findall(r"/docs/([a-z0-9-]+#[a-z0-9-]+)\|", all_text(blocks))


def buttons(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for block in blocks:
        if block.get("type") == "actions":
            found += [e for e in block["elements"] if e.get("type") == "button"]
        accessory = block.get("accessory")
        if accessory and accessory.get("type") == "button":
            found.append(accessory)
    return found


def assert_within_limits(message: dict[str, Any]) -> None:
    """Slack's limits: a text fallback, at most 50 blocks, sections at most 3,000 characters."""
    assert message.get("text"), "every message needs a plain-text fallback"
    blocks = message.get("blocks") or []
    assert 0 < len(blocks) <= MAX_BLOCKS
    for block in blocks:
        if block.get("type") == "section":
            assert len(block["text"]["text"]) <= MAX_SECTION_CHARS
