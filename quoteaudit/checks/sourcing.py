"""Check kinds for anonymous sourcing and credit (rules AN* and WR*).

Each check reads what extraction and comparison found (``ArticleResult.sources``,
``.credits``, ``.quotes`` and ``AuditResult.sourcing_changes``) and says where a newsroom
standard is not met; the rule file supplies code, severity and wording. The standards are
the AP's and Reuters': describe an unnamed source as precisely as possible, say why
anonymity was granted, do not turn one source into "sources", be sparing with direct
quotes from unnamed sources, and credit the reporting you reproduce.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from quoteaudit.checks import Hit, register
from quoteaudit.extract.sources import gives_anonymity_reason, grammar
from quoteaudit.models import SPOKEN_KINDS, ArticleResult, AuditResult, SourceMention, SourcingChange, SpeakerKind


def _article(result: AuditResult, article_id: str) -> ArticleResult | None:
    return next((a for a in result.articles if a.article.id == article_id), None)


def _outlet(result: AuditResult, article_id: str) -> str:
    article = _article(result, article_id)
    return (article.article.outlet or article.article.id) if article else article_id


def _change_hit(change: SourcingChange, values: dict) -> Hit:
    """A finding on the changed attribution, pointing at the outlet it changed from."""
    return Hit(
        article_id=change.article_id,
        start=change.start,
        end=change.end,
        subject_id=change.id,
        values=values,
        related=(change.reference_article_id,),
    )


def _mention_at(result: AuditResult, article_id: str, start: int, end: int) -> SourceMention | None:
    article = _article(result, article_id)
    if article is None:
        return None
    return next((m for m in article.sources if m.start == start and m.end == end), None)


def _mention_named(result: AuditResult, article_id: str, text: str) -> SourceMention | None:
    article = _article(result, article_id)
    if article is None:
        return None
    return next((m for m in article.sources if m.text == text), None)


def _is_plural(mention: SourceMention) -> bool:
    """A plural description: no count of one ("sources", "several sources", "U.S. sources")."""
    return mention.count != 1 and mention.text.rstrip().lower().endswith("s")


def _single_as_plural(result: AuditResult, change: SourcingChange) -> bool:
    """A count change from one source ("A source familiar with …") to plural "sources"."""
    if change.kind != "count":
        return False
    other = _mention_at(result, change.article_id, change.start, change.end)
    reference = _mention_named(result, change.reference_article_id, change.reference_text)
    return bool(other and reference and reference.count == 1 and other.kind == "source" and _is_plural(other))


@register("single_source_as_plural")
def single_source_as_plural(result: AuditResult, params: dict) -> Iterator[Hit]:
    """One source written up as "sources": across outlets (another outlet has "a source" for
    the same claim) and within an article ("sources said …" then "the source added …")."""
    for change in result.sourcing_changes:
        if _single_as_plural(result, change):
            yield _change_hit(
                change,
                {
                    "text": change.text,
                    "reference": change.reference_text,
                    "where": (
                        f"{_outlet(result, change.reference_article_id)} attributes this claim to one "
                        f"source (\u201c{change.reference_text}\u201d)"
                    ),
                },
            )
    for article in result.articles:
        for index, mention in enumerate(article.sources):
            singular_repeat = mention.anonymous and mention.count == 1 and mention.count_text.lower() in {"the", "the same", "that"}
            if not singular_repeat or mention.refers_to:
                continue
            earlier = [m for m in article.sources[:index] if m.kind == mention.kind and m.count is None and _is_plural(m)]
            if earlier:
                yield Hit(
                    article_id=article.article.id,
                    start=earlier[-1].start,
                    end=earlier[-1].end,
                    subject_id=earlier[-1].id,
                    values={
                        "text": earlier[-1].text,
                        "reference": mention.text,
                        "where": f"the article later calls it \u201c{mention.text}\u201d",
                    },
                )


@register("anonymous_undescribed")
def anonymous_undescribed(result: AuditResult, params: dict) -> Iterator[Hit]:
    """An unnamed source with no description at all: no affiliation, no say on how it knows
    ("Sources indicate", "Four sources said", "Observers say"). Repeats ("the source") are
    judged by their first mention."""
    kinds = set(params.get("kinds") or [])
    for article in result.articles:
        for m in article.sources:
            if not m.anonymous or m.refers_to or (kinds and m.kind not in kinds):
                continue
            if m.count_text.lower() in {"the", "the same", "that", "this", "these", "those", "the other"}:
                continue  # a back-reference: its description, if any, came earlier
            if m.descriptor or m.affiliation:
                continue
            yield Hit(article.article.id, m.start, m.end, m.id, {"text": m.text, "kind": m.kind, "claim": m.claim})


@register("anonymous_quote")
def anonymous_quote(result: AuditResult, params: dict) -> Iterator[Hit]:
    """Someone's exact words put in quotation marks with no name behind them."""
    limit = int(params.get("max_quote_chars", 80))
    for article in result.articles:
        for q in article.quotes:
            if q.kind in SPOKEN_KINDS and q.speaker and q.speaker.kind == SpeakerKind.ANONYMOUS:
                shown = q.text if len(q.text) <= limit else q.text[: limit - 1].rstrip() + "…"
                yield Hit(article.article.id, q.start, q.end, q.id, {"quote": shown, "speaker": q.speaker.mention})


@register("anonymity_reason_missing")
def anonymity_reason_missing(result: AuditResult, params: dict) -> Iterator[Hit]:
    """An article that rests on unnamed sources and never says why they are unnamed. One hit
    per article, on its first unnamed source; vague attributions ("reports say") are left to
    the undescribed-source rule."""
    g = grammar()
    minimum = int(params.get("min_sources", 1))
    for article in result.articles:
        unnamed = [m for m in article.sources if m.anonymous and not m.refers_to and m.kind not in g.vague_kinds]
        if len(unnamed) < minimum or _gives_reason(article, g):
            continue
        first = unnamed[0]
        yield Hit(
            article.article.id,
            first.start,
            first.end,
            first.id,
            {
                "count": len(unnamed),
                "attributions": "attribution" if len(unnamed) == 1 else "attributions",
                "first": first.text,
            },
        )


def _gives_reason(article: ArticleResult, g) -> bool:
    """A reason for anonymity in a description ("…because they were not authorized…") or in
    a sentence that speaks of anonymity ("The officials spoke on condition of anonymity to
    discuss private deliberations")."""
    if any(m.anonymous and gives_anonymity_reason(m.descriptor) for m in article.sources):
        return True
    text, body_end = article.article.text, len(article.article.body)
    for start, end in article.sentences:  # the Annotation's sentences: no splitter of our own
        if start >= body_end:
            break
        sentence = text[start:end]
        low = sentence.lower()
        if any(w in low for w in g.anonymity_words) and gives_anonymity_reason(sentence):
            return True
    return False


def _changes(result: AuditResult, kind: str) -> Iterable[SourcingChange]:
    return (c for c in result.sourcing_changes if c.kind == kind)


@register("sourcing_change")
def sourcing_change(result: AuditResult, params: dict) -> Iterator[Hit]:
    """A change in how another outlet attributes the same claim (``params.kind``: count,
    descriptor, dropped or credit), as found by ``compare.sourcing``. With
    ``skip_single_as_plural`` the count changes that the single-source rule reports are left
    to it."""
    kind = params.get("kind", "")
    for change in _changes(result, kind):
        if params.get("skip_single_as_plural") and _single_as_plural(result, change):
            continue
        yield _change_hit(
            change,
            {
                "message": change.message,
                "text": change.text,
                "claim": change.claim,
                "reference_text": change.reference_text,
                "reference_outlet": _outlet(result, change.reference_article_id),
                "outlet": _outlet(result, change.article_id),
            },
        )


@register("wire_credit")
def wire_credit(result: AuditResult, params: dict) -> Iterator[Hit]:
    """Original reporting an article credits, once per wire per article, for the record."""
    for article in result.articles:
        seen: dict[str, list] = {}
        for credit in article.credits:
            seen.setdefault(credit.name, []).append(credit)
        for name, credits in seen.items():
            first = credits[0]
            yield Hit(
                article.article.id,
                first.start,
                first.end,
                values={"name": name, "text": first.text, "times": len(credits)},
            )
