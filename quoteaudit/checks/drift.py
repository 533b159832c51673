"""Check kinds over quote groups: how one outlet's version of a quote drifts from the
reference version (rules/findings/DR*.yml).

The comparison stage has already classified every member of every group; a check only
picks the members of the drift classes its rule names and fills the message fields.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from quoteaudit.checks import Hit, register
from quoteaudit.compare.drift import plain_words
from quoteaudit.compare.drift import words as drift_words
from quoteaudit.models import SPOKEN_KINDS, AuditResult, GroupMember, QuoteGroup

SHOWN_CHARS = 120  # quote text in a message is cut here: the report shows it whole


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1].rstrip() + "…"


def _reference(group: QuoteGroup) -> GroupMember | None:
    for m in group.members:
        if m.quote_id == group.reference_quote_id and m.article_id == group.reference_article_id:
            return m
    return None


def _member_at(group: QuoteGroup, article_id: str, start: int) -> GroupMember | None:
    return next((m for m in group.members if m.article_id == article_id and m.start == start), None)


@register("quote_drift")
def quote_drift(result: AuditResult, params: dict) -> Iterator[Hit]:
    """Every group member whose drift class is one of ``params["drift"]`` (a name or a list).

    ``min_words``: skip versions shorter than this (a one-word fragment that only one
    outlet quotes is not worth an editor's time). Unique quotes are only reported in a
    story of two or more articles: alone, every quote is unique; in `check` a draft's
    unique quote is a quote in no source, reported by its own rule.
    ``meaning``: true keeps only versions whose change can reverse or distort what was
    said (a negation, number, date or condition changed), false only the others; unset, both.
    A member is described against the version it was compared with: the group's reference,
    or in `check` the source version closest to the draft's.
    """
    wanted = params.get("drift", [])
    wanted = {wanted} if isinstance(wanted, str) else set(wanted)
    min_words = int(params.get("min_words", 0))
    meaning = params.get("meaning")
    outlets = {a.article.id: (a.article.outlet or a.article.id) for a in result.articles}
    stories = Counter(a.article.story(result.group_by) for a in result.articles)
    compared = {a.article.id for a in result.articles if stories[a.article.story(result.group_by)] > 1}
    drafts = set(result.drafts)
    for group in result.groups:
        group_reference = _reference(group)
        for member in group.members:
            if member.drift.value not in wanted or len(member.text.split()) < min_words:
                continue
            if meaning is not None and bool(member.meaning) != bool(meaning):
                continue
            if member.drift.value == "unique" and (member.article_id in drafts or member.article_id not in compared):
                continue
            compared_id = member.compared_article_id or group.reference_article_id
            reference = _member_at(group, compared_id, member.compared_start) or group_reference
            reference_text = member.compared_text or (reference.text if reference else "")
            # the compared article first, then the other outlets carrying the quote
            others = [compared_id] + [m.article_id for m in group.members]
            related = [a for a in dict.fromkeys(others) if a != member.article_id]
            yield Hit(
                article_id=member.article_id,
                start=member.start,
                end=member.end,
                subject_id=member.quote_id or group.id,
                related=tuple(related),
                values={
                    "outlet": outlets.get(member.article_id, member.article_id),
                    "speaker": member.speaker or group.speaker or "an unnamed speaker",
                    "text": _short(member.text),
                    "drift": member.drift.value,
                    "similarity": f"{member.similarity:.0%}",
                    "reason": member.reason,
                    "meaning": "; ".join(member.meaning),
                    "group": group.id,
                    "reference_outlet": outlets.get(compared_id, compared_id),
                    "reference_text": _short(reference_text),
                    "reference_speaker": (reference.speaker if reference else "") or group.speaker or "another speaker",
                },
            )


def _word_stream(text: str) -> str:
    """A text's normalised words joined by single spaces, padded, for whole-word search."""
    return " " + " ".join(plain_words(text)) + " "


@register("quote_not_in_sources")
def quote_not_in_sources(result: AuditResult, params: dict) -> Iterator[Hit]:
    """In `check`, a draft's quote that no source has: not grouped with any source's quote,
    and its words (each stretch between ellipses) appear nowhere in a source's text, inside
    quote marks or out. ``min_words``: shorter quotes are left alone."""
    drafts = set(result.drafts)
    if not drafts:
        return
    min_words = int(params.get("min_words", 2))
    streams = [_word_stream(a.article.text) for a in result.articles if a.article.id not in drafts]
    if not streams:
        return
    for article in result.articles:
        if article.article.id not in drafts:
            continue
        for quote in article.quotes:
            if quote.kind not in SPOKEN_KINDS or quote.drift not in ("", "unique"):
                continue
            words = plain_words(quote.text)
            if len(words) < min_words:
                continue
            pieces = [p for p in re.split(r"\s*…\s*", " ".join(w.norm for w in drift_words(quote.text))) if p.strip()]
            missing = [p for p in pieces if not any(f" {p.strip()} " in s for s in streams)]
            if not missing:
                continue
            yield Hit(
                article.article.id,
                quote.start,
                quote.end,
                quote.id,
                {
                    "text": _short(quote.text),
                    "speaker": quote.speaker.name if quote.speaker else "an unnamed speaker",
                    "sources": len(streams),
                },
            )
