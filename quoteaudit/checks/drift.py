"""Check kinds over quote groups: how one outlet's version of a quote drifts from the
reference version (rules/findings/DR*.yml).

The comparison stage has already classified every member of every group; a check only
picks the members of the drift classes its rule names and fills the message fields.
"""

from __future__ import annotations

from collections.abc import Iterator

from quoteaudit.checks import Hit, register
from quoteaudit.models import AuditResult, GroupMember, QuoteGroup

SHOWN_CHARS = 120  # quote text in a message is cut here: the report shows it whole


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1].rstrip() + "…"


def _reference(group: QuoteGroup) -> GroupMember | None:
    for m in group.members:
        if m.quote_id == group.reference_quote_id and m.article_id == group.reference_article_id:
            return m
    return None


@register("quote_drift")
def quote_drift(result: AuditResult, params: dict) -> Iterator[Hit]:
    """Every group member whose drift class is one of ``params["drift"]`` (a name or a list).

    ``min_words``: skip versions shorter than this (a one-word fragment that only one
    outlet quotes is not worth an editor's time). Unique quotes are only reported when
    the audit compares two or more articles: alone, every quote is unique.
    """
    wanted = params.get("drift", [])
    wanted = {wanted} if isinstance(wanted, str) else set(wanted)
    min_words = int(params.get("min_words", 0))
    outlets = {a.article.id: (a.article.outlet or a.article.id) for a in result.articles}
    if "unique" in wanted and len(result.articles) < 2:
        wanted.discard("unique")
    for group in result.groups:
        reference = _reference(group)
        ref_outlet = outlets.get(group.reference_article_id, group.reference_article_id)
        for member in group.members:
            if member.drift.value not in wanted or len(member.text.split()) < min_words:
                continue
            # the reference's article first, then the other outlets carrying the quote
            others = [group.reference_article_id] + [m.article_id for m in group.members]
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
                    "group": group.id,
                    "reference_outlet": ref_outlet,
                    "reference_text": _short(reference.text) if reference else "",
                    "reference_speaker": (reference.speaker if reference else "") or group.speaker or "another speaker",
                },
            )
