"""Offsets helpers shared by the stages: every span in quoteaudit indexes Article.text."""

from __future__ import annotations

WHITESPACE = " \t\r\n\u00a0"


def trim_span(text: str, start: int, end: int, chars: str = WHITESPACE) -> tuple[int, int]:
    """Move START forward and END back past CHARS, so a span never begins or ends in them."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
