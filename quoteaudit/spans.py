"""Offsets helpers shared by the stages: every span in quoteaudit indexes Article.text."""

from __future__ import annotations

import re

WHITESPACE = " \t\r\n\u00a0"


def trim_span(text: str, start: int, end: int, chars: str = WHITESPACE) -> tuple[int, int]:
    """Move START forward and END back past CHARS, so a span never begins or ends in them."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def file_position(raw: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """(line, column), both from 1, of Article.text[start:end] in the file it was read from.

    Article.text is the file with markup stripped (markdown, HTML), so offsets into it are no
    place an editor can jump to; the words of the span are found again in the raw file,
    whatever whitespace or markup lies between them, the occurrence nearest the same
    relative position winning. None when the words are not in the file as written.
    """
    words = re.findall(r"\w+", text[start : max(end, start + 1)])[:8]
    if start < 0 or not words:
        return None
    pattern = re.compile(r"\W+(?:<[^>]*>\W*)*".join(map(re.escape, words)))
    hits = [m.start() for m in pattern.finditer(raw)]
    if not hits:
        return None
    expected = start * len(raw) / max(len(text), 1)
    at = min(hits, key=lambda h: abs(h - expected))
    line = raw.count("\n", 0, at) + 1
    return line, at - (raw.rfind("\n", 0, at) + 1) + 1
