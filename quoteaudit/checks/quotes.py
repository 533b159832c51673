"""Checks on single quotes: marks that had to be repaired, quotes nobody is credited with."""

from __future__ import annotations

from collections.abc import Iterable

from quoteaudit.checks import Hit, register
from quoteaudit.models import AuditResult, QuoteKind

MARK_NAMES = {"missing_open": "opening", "missing_close": "closing"}


def _snippet(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@register("quote_repaired")
def quote_repaired(result: AuditResult, params: dict) -> Iterable[Hit]:
    """A quote whose opening or closing mark is missing in the published text."""
    for article in result.articles:
        for quote in article.quotes:
            if quote.repaired in MARK_NAMES:
                yield Hit(
                    article.article.id,
                    quote.start,
                    quote.end,
                    quote.id,
                    {"mark": MARK_NAMES[quote.repaired], "quote": _snippet(quote.text)},
                )


@register("quote_unattributed")
def quote_unattributed(result: AuditResult, params: dict) -> Iterable[Hit]:
    """A quote of at least `min_words` words that no attribution rule could credit."""
    min_words = int(params.get("min_words", 4))
    for article in result.articles:
        for quote in article.quotes:
            if quote.kind in (QuoteKind.FULL, QuoteKind.FRAGMENT) and quote.speaker is None and len(quote.text.split()) >= min_words:
                yield Hit(article.article.id, quote.start, quote.end, quote.id, {"quote": _snippet(quote.text)})
