"""The one orchestrator: the only module that knows the order of the stages.

ingest -> annotate -> quotes -> speakers -> sources and credits (per article)
       -> compare quotes across outlets -> compare sourcing -> rules -> AuditResult
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quoteaudit.models import Annotation, Article, ArticleResult, AuditResult, InputProblem, Quote
from quoteaudit.nlp import Annotator, get_annotator
from quoteaudit.nlp.cache import annotate_many_cached
from quoteaudit.parallel import Runner, run_batches

if TYPE_CHECKING:
    from quoteaudit.gate import CheckResult

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
    spans = annotation.sentences_between(start - 1, end + 1)
    if not spans:
        return text[start:end]
    return " ".join(text[spans[0].start : spans[-1].end].split())


# A batch is what one stanza call sees: big enough for stanza to batch well, small enough
# that memory stays flat and a worker's share of a large input is never one lump.
BATCH_ARTICLES = 32
BATCH_CHARS = 200_000


def batches(articles: Iterable[Article]) -> Iterator[list[Article]]:
    """Consecutive articles in batches of at most BATCH_ARTICLES or about BATCH_CHARS."""
    batch: list[Article] = []
    size = 0
    for article in articles:
        if batch and (len(batch) == BATCH_ARTICLES or size + len(article.text) > BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(article)
        size += len(article.text)
    if batch:
        yield batch


def analyse_batch(batch: list[Article], annotator: Annotator) -> list[tuple[ArticleResult, Annotation]]:
    """The per-article stages over one batch, annotated in one engine call."""
    annotations = annotate_many_cached(annotator, [a.text for a in batch])
    return [(extract_article(a, ann), ann) for a, ann in zip(batch, annotations, strict=True)]


def quotes_batch(batch: list[Article], annotator: Annotator) -> list[ArticleResult]:
    """Quotes with speakers over one batch, annotated in one engine call."""
    annotations = annotate_many_cached(annotator, [a.text for a in batch])
    return [
        ArticleResult(article=a, engine=annotator.name, quotes=quotes_with_speakers(a, ann))
        for a, ann in zip(batch, annotations, strict=True)
    ]


def warm_up() -> None:
    """Import the extractors and read their lexicons (what a worker process does first)."""
    from quoteaudit.nlp.rules_engine import RulesAnnotator

    quotes_batch([Article(id="warm-up", text="“We are ready,” the mayor said.")], RulesAnnotator())


def analyse(
    articles: Iterable[Article], annotator: Annotator, runner: Runner = Runner()
) -> tuple[list[ArticleResult], dict[str, Annotation]]:
    """Per-article stages; the annotations are kept for the cross-article stages."""
    results, annotations = [], {}
    for result, annotation in run_batches(analyse_batch, batches(articles), annotator, runner):
        annotations[result.article.id] = annotation
        results.append(result)
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
    runner: Runner = Runner(),
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
    results, annotations = analyse(stream, annotator, runner)
    groups, results = compare_articles(results, reference_outlet, drafts, annotations)
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


def audit(paths: Sequence[str | Path], exclude: tuple[str | Path, ...] = (), manifest: Path | None = None, **options: Any) -> AuditResult:
    """Ingest files or folders and audit them; unreadable files become problems, not errors.
    ``exclude`` names this run's own output files, which are never read as input; a manifest
    (quoteaudit.manifest) names outlets, URLs and dates the files do not give."""
    from quoteaudit.ingest import load_inputs

    loaded = load_inputs(list(paths), exclude)
    articles, notes = loaded.articles, tuple(loaded.notes)
    if manifest is not None:
        from quoteaudit.manifest import apply_manifest, load_manifest

        articles, unmatched = apply_manifest(articles, load_manifest(manifest), manifest)
        if unmatched:
            notes += (f"{manifest}: no input file for {', '.join(unmatched)}",)
    result = audit_articles(articles, problems=tuple(loaded.problems), **options)
    return replace(result, notes=result.notes + notes)


def iter_quotes(articles: Iterable[Article], annotator: Annotator, runner: Runner = Runner()) -> Iterator[ArticleResult]:
    """Quotes with speakers per article, in input order, as they are produced (so a writer
    can stream a large corpus without holding it)."""
    return run_batches(quotes_batch, batches(articles), annotator, runner)


def check_draft(draft: Path, sources: list[Path], **options: Any) -> CheckResult:
    """`quoteaudit check`: read the draft and its sources (never checking against nothing),
    audit them with the draft marked as the article judged, and place its findings."""
    from quoteaudit.gate import judge, load_check_inputs

    articles, drafts = load_check_inputs(draft, sources)
    return judge(audit_articles(articles, drafts=drafts, **options), draft, sources)
