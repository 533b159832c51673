"""The one orchestrator: the only module that knows the order of the stages.

ingest -> annotate -> quotes -> speakers -> sources and credits (per article)
       -> compare quotes across outlets -> compare sourcing -> rules -> AuditResult
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from quoteaudit.models import Annotation, Article, ArticleResult, AuditResult, InputProblem, Quote
from quoteaudit.nlp import Annotator, get_annotator
from quoteaudit.nlp.cache import annotate_cached

Progress = Callable[[Iterable[Article], int], Iterable[Article]]


def quotes_with_speakers(article: Article, annotation: Annotation) -> tuple[Quote, ...]:
    """Quote spans, their kinds and speakers, and the sentence each stands in."""
    from quoteaudit.extract import quotes as quote_finder
    from quoteaudit.extract import speakers

    lex = speakers.load_lexicon()
    found = quote_finder.find_quotes(article, lex.cues, lex.work_words)
    found = speakers.attribute(article, annotation, found)
    return tuple(replace(q, context=_context(article.text, annotation, q.start, q.end)) for q in found)


def extract_article(article: Article, annotation: Annotation) -> ArticleResult:
    """Everything that can be read from one article on its own."""
    from quoteaudit.extract.sources import extract_credits, extract_sources

    return ArticleResult(
        article=article,
        engine=annotation.engine,
        quotes=quotes_with_speakers(article, annotation),
        sources=extract_sources(article, annotation),
        credits=extract_credits(article),
    )


def _context(text: str, annotation: Annotation, start: int, end: int) -> str:
    """The sentence(s) a quote stands in, marks included, for a reader of the report."""
    spans = [s for s in annotation.sentences if s.end > start - 1 and s.start < end + 1]
    if not spans:
        return text[start:end]
    return " ".join(text[spans[0].start : spans[-1].end].split())


def analyse(articles: Iterable[Article], annotator: Annotator) -> tuple[list[ArticleResult], dict[str, Annotation]]:
    """Per-article stages; the annotations are kept for the cross-article stages."""
    results, annotations = [], {}
    for article in articles:
        annotation = annotate_cached(annotator, article.text)
        annotations[article.id] = annotation
        results.append(extract_article(article, annotation))
    return results, annotations


def audit_articles(
    articles: list[Article],
    *,
    engine: str = "auto",
    annotator: Annotator | None = None,
    engine_note: str = "",
    reference_outlet: str | None = None,
    rules_dir: Path | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    problems: tuple[InputProblem, ...] = (),
    progress: Progress | None = None,
    drafts: frozenset[str] = frozenset(),
) -> AuditResult:
    """Run every stage after ingest over already-loaded articles. ``drafts``: in `check`,
    the ids of the articles being judged; the others are their sources and the reference."""
    from quoteaudit import rules as rulebook
    from quoteaudit.compare.align import compare_articles
    from quoteaudit.compare.sourcing import compare_sourcing

    if annotator is None:
        choice = get_annotator(engine)
        annotator, engine_note = choice.annotator, choice.note
    stream: Iterable[Article] = progress(articles, len(articles)) if progress else articles
    results, annotations = analyse(stream, annotator)
    groups, results = compare_articles(results, reference_outlet, drafts)
    result = AuditResult(
        articles=tuple(results),
        groups=tuple(groups),
        sourcing_changes=tuple(compare_sourcing(results, annotations, drafts)),
        engine=annotator.name,
        problems=problems,
        notes=(engine_note,) if engine_note else (),
        drafts=tuple(sorted(drafts)),
    )
    chosen = rulebook.selected(rulebook.load_rules(rules_dir), select, ignore)
    return replace(result, findings=rulebook.evaluate(result, chosen))


def audit(paths: list[str | Path], **options) -> AuditResult:
    """Ingest files or folders and audit them; unreadable files become problems, not errors."""
    from quoteaudit.ingest import load_paths

    articles, problems = load_paths(list(paths))
    return audit_articles(articles, problems=tuple(problems), **options)


def check_draft(draft: Path, sources: list[Path], **options):
    """`quoteaudit check`: read the draft and its sources (never checking against nothing),
    audit them with the draft marked as the article judged, and place its findings."""
    from quoteaudit.gate import judge, load_check_inputs

    articles, drafts = load_check_inputs(draft, sources)
    return judge(audit_articles(articles, drafts=drafts, **options), draft, sources)


def read_quotes(paths: list[str | Path], annotator: Annotator, engine_note: str = "", progress: Progress | None = None) -> AuditResult:
    """Ingest and extract quotes with speakers only: what `quoteaudit quotes` lists."""
    from quoteaudit.ingest import load_paths

    articles, problems = load_paths(list(paths))
    stream: Iterable[Article] = progress(articles, len(articles)) if progress else articles
    results = [
        ArticleResult(article=a, engine=annotator.name, quotes=quotes_with_speakers(a, annotate_cached(annotator, a.text)))
        for a in stream
    ]
    return AuditResult(
        articles=tuple(results),
        engine=annotator.name,
        problems=tuple(problems),
        notes=(engine_note,) if engine_note else (),
    )
