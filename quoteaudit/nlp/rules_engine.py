"""The no-model engine: rule-based sentences and tokens, so quoteaudit runs anywhere.

Its tokens carry offsets only (no part of speech, parse or entities); the extractors are
written to be excellent on tokens and surface rules alone.
"""

from __future__ import annotations

import re

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


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Paragraph breaks always end a sentence; periods do unless they close an abbreviation
    or an initial, or the next word starts in lower case (a false stop inside a sentence)."""
    known = abbreviations()
    numbered = frozenset(w.lower() for w in lexicon("abbreviations")["numbered"].split())
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for end_mark in END_RE.finditer(para.group()):
            cut = para.start() + end_mark.end()
            word = re.search(r"([\w.]+)[.!?…]+[\"'”’)\]]*$", text[start:cut])
            stem = word.group(1).lower() if word else ""
            # what follows, a few characters of it: slicing to the end of a one-line
            # 2 MB article at every full stop would cost the square of its length
            blanks = _BLANKS.match(text, cut)  # [ \t]* always matches
            after = blanks.end() if blanks else cut
            following = text[after : after + 16]
            if stem in numbered and not following[:1].isdigit():
                pass  # "No. 5" abbreviates; "he said no." ends a sentence
            elif (
                end_mark.group().startswith(".")
                and (stem in known or re.fullmatch(r"[a-z]", stem))
                and not re.match(r"(?:He|She|They|We|It|I)\b", following)
            ):
                # "at 7 p.m. He says": a subject pronoun after an abbreviation
                # starts a sentence; a name or a day ("p.m. Tuesday") may not
                continue
            if following[:1].islower():
                continue
            if text[start:cut].strip():
                spans.append((start, cut))
            start = cut
        if text[start : para.end()].strip():
            spans.append((start, para.end()))
    return [trim_span(text, s, e) for s, e in spans]


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    end = len(text) if end is None else end
    return tuple(Token(m.group(), start + m.start(), start + m.end()) for m in TOKEN_RE.finditer(text[start:end]))


class RulesAnnotator:
    name = "rules"

    def annotate(self, text: str) -> Annotation:
        sentences = tuple(Sentence(s, e, tokenize(text, s, e)) for s, e in _sentence_spans(text))
        return Annotation(sentences=sentences, entities=(), engine=self.name)
