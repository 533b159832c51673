"""What the two speaker benchmarks on our own texts (attribution_shapes.py, news_articles.py)
share: running the rule engine over a text, and normalising names."""

from __future__ import annotations

import re

from quoteaudit.models import Article
from quoteaudit.nlp import get_annotator
from quoteaudit.pipeline import quotes_with_speakers


def norm(s: str | None) -> str:
    """A name compared loosely: lower case, straight apostrophes, single spaces, no edge punctuation."""
    s = (s or "").lower().replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip(" .,")


def predictions(doc_id: str, text: str) -> list[dict]:
    """Every quote the rule engine finds in TEXT, with its speaker, as plain fields."""
    annotator = get_annotator("rules").annotator
    return [
        dict(
            kind=q.kind.value,
            start=q.start,
            end=q.end,
            text=q.text,
            mention=q.speaker.mention if q.speaker else None,
            ms=q.speaker.mention_start if q.speaker else None,
            me=q.speaker.mention_end if q.speaker else None,
            name=q.speaker.name if q.speaker else None,
            method=q.speaker.method if q.speaker else None,
            skind=q.speaker.kind.value if q.speaker else None,
        )
        for q in quotes_with_speakers(Article(id=doc_id, text=text), annotator.annotate(text))
    ]
