"""The no-model engine: rule-based sentences and tokens, so quoteaudit runs anywhere.

Its tokens carry offsets only (no part of speech, parse or entities); the extractors are
written to be excellent on tokens and surface rules alone.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import replace
from pathlib import Path

from quoteaudit.models import Annotation, Sentence, Token
from quoteaudit.rules import abbreviations, lexicon
from quoteaudit.spans import trim_span

# Words with inner apostrophes, hyphens or periods (U.S., Polga-Hecimovich, Rodriguez’s),
# numbers with separators, then any single non-space character.
TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S. / D.C. style initialisms keep their periods
    r"|\d+(?:[.,:/]\d+)*%?"
    r"|\w+(?:['’\-]\w+)*"
    r"|\S",
)
# A sentence may end at . ! ? (optionally followed by closing quotes/brackets) then space.
END_RE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_BLANKS = re.compile(r"[ \t]*")


def false_stop(text: str, start: int, cut: int) -> bool:
    """Whether the end mark just before CUT (in a sentence begun at START) ends no sentence:
    it closes an abbreviation or an initial ("Texas Sen. Ted Cruz", "John F. Kennedy"), a
    numbered abbreviation before its number ("No. 5"), or the next word is in lower case."""
    word = re.search(r"([\w.]+)[.!?…]+[\"'”’)\]]*$", text[start:cut])
    stem = word.group(1).lower() if word else ""
    # what follows, a few characters of it: slicing to the end of a one-line 2 MB article
    # at every full stop would cost the square of its length
    blanks = _BLANKS.match(text, cut)  # [ \t]* always matches
    after = blanks.end() if blanks else cut
    following = text[after : after + 16]
    marks = word.group()[len(word.group(1)) :] if word else ""
    if stem in _numbered():
        # "No. 5" abbreviates; "he said no." ends a sentence
        return following[:1].isdigit() or following[:1].islower()
    if marks.startswith(".") and word and word.group(1) in _states() and following[:1].isupper() and CITY_STATE.search(text, start, cut):
        return False  # "… a line cook in Tucson, Ariz. Priya Lund, who …": a place closing a sentence
    # (an initial follows a name or another initial: "John F. Kennedy"; "posted on X. The
    # union" ends a sentence at the network's name)
    opener = re.match(r"[A-Z][a-z]*\b", following)
    # (or opens a name of two capitalised words: "when M. Night Shyamalan arrived")
    # (initials alone open a name too: "The chair, P. Muthulakshmi, said", "said K.R. Srinivasan")
    # (not a state's, "D-N.M. Rep. Dwight Harlan", nor a Q-and-A's label opening its line: "A. Because …")
    initials = word is not None and re.fullmatch(r"[A-Z](?:\.[A-Z]){0,3}", word.group(1)) is not None and word.group(1) not in _states()
    if initials and word is not None and word.group(1) in ("A", "Q"):
        initials = bool(text[text.rfind("\n", 0, start + word.start()) + 1 : start + word.start()].strip())
    initial = (re.fullmatch(r"[a-z]", stem) is not None or initials) and (
        re.search(r"(?:^|[A-Z][\w.’'\-]*\s+)\w[.!?…]+$", text[max(start, cut - 40) : cut]) is not None
        or (opener is not None and opener.group() not in _openers() and re.match(r"[A-Z][a-z]+[ \t]+[A-Z][a-z]", following) is not None)
        or (initials and opener is not None and opener.group() not in _openers() and len(opener.group()) > 1)
        or (initials and re.match(r"(?:[A-Z]\.[ \t]?)+[A-Z][a-z]", following) is not None)  # ("K. P. Radhakrishna Pillai")
    )
    abbreviated = marks.startswith(".") and (stem in abbreviations() or initial)
    # ("the U.S. While …", "at 7 p.m. He says": a pronoun or a function word after an
    # abbreviation opens the next sentence; a name or a day, "p.m. Tuesday", may not, and
    # "Smith vs. The State" goes on)
    if abbreviated and not (opener and opener.group() in _openers() and stem != "vs"):
        return True
    return following[:1].islower()


# "Tucson, Ariz." right before the end mark: a city, a comma and a state's abbreviation
CITY_STATE = re.compile(r"[A-Z][\w’'\-]*,[ \t]+[A-Z][\w.]*\.$")


@functools.cache
def _states() -> frozenset[str]:
    return frozenset(lexicon("abbreviations")["states"].split())


@functools.cache
def _openers() -> frozenset[str]:
    return frozenset(lexicon("abbreviations")["sentence_openers"].split())


@functools.cache
def _numbered() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("abbreviations")["numbered"].split())


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Paragraph breaks always end a sentence; periods do unless they close an abbreviation
    or an initial, or the next word starts in lower case (a false stop inside a sentence)."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for end_mark in END_RE.finditer(para.group()):
            cut = para.start() + end_mark.end()
            if false_stop(text, start, cut):
                continue
            if text[start:cut].strip():
                spans.append((start, cut))
            start = cut
        if text[start : para.end()].strip():
            spans.append((start, para.end()))
    return [trim_span(text, s, e) for s, e in spans]


def real_stops(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """SENTENCES (from another engine) joined where their boundary is no sentence end by
    the rules above: stanza's tokenizer ends sentences after "Sen." and "Feb.", at a colon
    or a dateline dash, and each such cut parts a quote from its cue. A joined sentence's
    token heads are renumbered, so a parse stays a forest of the same trees."""
    merged: list[Sentence] = []
    for sentence in sentences:
        if merged and not _ends_there(text, merged[-1], sentence):
            last = merged[-1]
            shift = len(last.tokens)
            moved = tuple(replace(t, head=t.head + shift) if t.head else t for t in sentence.tokens)
            merged[-1] = Sentence(last.start, sentence.end, last.tokens + moved)
        else:
            merged.append(sentence)
    return merged


def _ends_there(text: str, before: Sentence, after: Sentence) -> bool:
    """Whether the boundary between two adjacent sentences is a real sentence end."""
    if "\n" in text[before.end : after.start]:
        return True  # a paragraph break always ends a sentence
    mark = END_RE.search(text, max(before.start, before.end - 8), before.end + 8)
    if mark is None or mark.end() < before.end or mark.start() >= before.end:
        return False  # no end mark closes the sentence: a colon, a dash, a tag
    return not false_stop(text, before.start, mark.end())


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    end = len(text) if end is None else end
    return tuple(Token(m.group(), start + m.start(), start + m.end()) for m in TOKEN_RE.finditer(text[start:end]))


def splitter_version() -> str:
    """What the sentences made here depend on besides the text: this module's code and the
    whole abbreviations lexicon (abbreviations, numbered ones, states, sentence openers), so
    that a change to either (a user's edit, or ours) gets new sentences rather than ones
    cached by the earlier version. (A revision number bumped by hand was once forgotten, and
    figures were measured on stale sentences; the state list was once left out of the key.)"""
    lists = json.dumps(lexicon("abbreviations"), sort_keys=True)
    return hashlib.sha1(_this_code() + lists.encode()).hexdigest()[:16]


@functools.cache
def _this_code() -> bytes:
    return Path(__file__).read_bytes()


class RulesAnnotator:
    name = "rules"

    @property
    def cache_key(self) -> str:
        return f"rules@{splitter_version()}"

    def annotate(self, text: str) -> Annotation:
        sentences = tuple(Sentence(s, e, tokenize(text, s, e)) for s, e in _sentence_spans(text))
        return Annotation(sentences=sentences, entities=(), engine=self.name)
