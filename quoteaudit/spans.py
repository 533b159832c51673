"""Offsets helpers shared by the stages: every span in quoteaudit indexes Article.text."""

from __future__ import annotations

import functools
import re

WHITESPACE = " \t\r\n\u00a0"


def trim_span(text: str, start: int, end: int, chars: str = WHITESPACE) -> tuple[int, int]:
    """Move START forward and END back past CHARS, so a span never begins or ends in them."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


# A tag of markup: "<" up to the next ">" with no "<" between, so an unclosed "<" fails at
# the next "<" instead of scanning to the end of the file for every one of them.
TAG_RE = re.compile(r"<[^<>]*>")
WORD_RE = re.compile(r"\w+")


def file_position(raw: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """(line, column), both from 1, of Article.text[start:end] in the file it was read from.

    Article.text is the file with markup stripped (markdown, HTML), so offsets into it are no
    place an editor can jump to; the words of the span are found again in the raw file,
    whatever whitespace or markup lies between them, the occurrence nearest the same
    relative position winning. None when the words are not in the file as written.

    The raw file's words outside tags are read once into one string, and the span's words
    are looked up in it with ``str.find``: linear in the file, whatever its markup (a
    regular expression with a repeated tag group backtracks exponentially on "<>" pairs).
    """
    words = WORD_RE.findall(text[start : max(end, start + 1)])[:8]
    if start < 0 or not words:
        return None
    joined, raw_offset = _word_stream(raw)
    needle = " " + " ".join(words)  # the span may end inside its last word
    hits: list[int] = []
    at = joined.find(needle)
    while at >= 0:
        hits.append(raw_offset[at + 1])
        at = joined.find(needle, at + 1)
    if not hits:
        return None
    expected = start * len(raw) / max(len(text), 1)
    at = min(hits, key=lambda h: abs(h - expected))
    line = raw.count("\n", 0, at) + 1
    return line, at - (raw.rfind("\n", 0, at) + 1) + 1


@functools.lru_cache(maxsize=8)
def _word_stream(raw: str) -> tuple[str, dict[int, int]]:
    """The raw file's words outside tags joined by single spaces, and for the offset of each
    word in that string, its offset in the file. Built once per file: a check places every
    finding of a draft in the same file."""
    joined: list[str] = []
    raw_offset: dict[int, int] = {}
    offset = 1
    for piece_start, piece in _outside_tags(raw):
        for m in WORD_RE.finditer(piece):
            raw_offset[offset] = piece_start + m.start()
            joined.append(m.group())
            offset += len(m.group()) + 1
    return " " + " ".join(joined) + " ", raw_offset


def _outside_tags(raw: str):
    """(offset, text) of each stretch of the raw file between markup tags."""
    last = 0
    for m in TAG_RE.finditer(raw):
        yield last, raw[last : m.start()]
        last = m.end()
    yield last, raw[last:]
