"""The one orchestrator: the only module that knows the order of the stages.

ingest -> annotate -> quotes -> speakers -> sources and credits (per article)
       -> compare quotes across outlets -> compare sourcing (per story) -> rules -> AuditResult
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quoteaudit.errors import QuoteAuditError
from quoteaudit.models import (
    STORY_FIELDS,
    Annotation,
    Article,
    ArticleResult,
    AuditResult,
    InputProblem,
    Quote,
    QuoteGroup,
    SourcingChange,
)
from quoteaudit.nlp import Annotator, get_annotator
from quoteaudit.nlp.cache import annotate_many_cached
from quoteaudit.parallel import Runner, run_batches, workers
from quoteaudit.rules import rules_read_once

if TYPE_CHECKING:
    from quoteaudit.gate import CheckResult

Progress = Callable[[Iterable[Article], int | None], Iterable[Article]]  # (articles, how many if known)


_SPACES = str.maketrans({c: " " for c in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003"})


def quotes_with_speakers(article: Article, annotation: Annotation) -> tuple[Quote, ...]:
    """Quote spans, their kinds and speakers, and the sentence each stands in."""
    from quoteaudit.extract import quotes as quote_finder
    from quoteaudit.extract import speakers

    with rules_read_once():
        lex = speakers.load_lexicon()
        article = replace(article, text=article.text.translate(_SPACES))
        turn_lists = quote_finder.TurnLists(lex.line_labels, lex.census_first_name_gender, lex.transcript_roles, lex.titles)
        found = quote_finder.find_quotes(article, lex.cues, lex.work_words, lex.named_thing_heads, turn_lists)
        found = speakers.attribute(article, annotation, found)
        return tuple(replace(q, context=_context(article.text, annotation, q.start, q.end)) for q in found)


def extract_article(article: Article, annotation: Annotation) -> ArticleResult:
    """Everything that can be read from one article on its own."""
    from quoteaudit.extract.sources import extract_credits, extract_sources

    with rules_read_once():
        return ArticleResult(
            article=article,
            engine=annotation.engine,
            quotes=quotes_with_speakers(article, annotation),
            sources=extract_sources(article, annotation),
            credits=extract_credits(article),
            sentences=tuple((s.start, s.end) for s in annotation.sentences),
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


def batches(articles: Iterable[Article], most: int = BATCH_ARTICLES) -> Iterator[list[Article]]:
    """Consecutive articles in batches of at most MOST articles or about BATCH_CHARS."""
    batch: list[Article] = []
    size = 0
    for article in articles:
        if batch and (len(batch) == most or size + len(article.text) > BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(article)
        size += len(article.text)
    if batch:
        yield batch


def batch_size(annotator: Annotator, runner: Runner) -> int:
    """Articles per batch: stanza tags a batch in one call and wants it large; the rule
    engine gains nothing from size, and small batches keep every worker busy to the end."""
    engine_batches = hasattr(annotator, "annotate_many")
    return BATCH_ARTICLES if engine_batches or (runner.jobs == 1 and not runner.dask) else 4


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
    for result, annotation in run_batches(analyse_batch, batches(articles, batch_size(annotator, runner)), annotator, runner):
        annotations[result.article.id] = annotation
        results.append(result)
    return results, annotations


def story_field(group_by: str | None, articles: Sequence[Article] = ()) -> str:
    """The Article field that names each story for ``--group-by GROUP_BY``: unset, story_id
    when any article has one; "none" (or "") compares every article with every other, as
    one story. An unknown field is a usage error, raised before any work is done."""
    if group_by is None:
        return "story_id" if any(a.story_id for a in articles) else ""
    if group_by in ("none", ""):
        return ""
    if group_by not in STORY_FIELDS:
        raise QuoteAuditError(f"--group-by takes none or an article field ({', '.join(STORY_FIELDS)}), not {group_by!r}")
    return group_by


@dataclass(frozen=True)
class Story:
    """The articles of one story with their annotations: all its comparison needs, so that
    it can go to a worker on its own."""

    results: tuple[ArticleResult, ...]
    annotations: dict[str, Annotation]


@dataclass(frozen=True)
class Compared:
    """One story compared: its quote groups, its articles with each quote's group and drift
    filled in, and its sourcing changes (ids numbered within the story, from 1)."""

    groups: list[QuoteGroup]
    results: list[ArticleResult]
    changes: list[SourcingChange]


def compare_batch(batch: list[Story], annotator: None, reference_outlet: str | None, drafts: frozenset[str]) -> list[Compared]:
    """The cross-article stages over each story of BATCH (``annotator`` is unused: the
    signature is the one ``run_batches`` calls)."""
    from quoteaudit.compare.align import compare_articles
    from quoteaudit.compare.sourcing import compare_sourcing

    out = []
    for story in batch:
        groups, results = compare_articles(list(story.results), reference_outlet, drafts, story.annotations)
        out.append(Compared(groups, results, compare_sourcing(results, story.annotations, drafts)))
    return out


def compare_stories(
    results: list[ArticleResult],
    annotations: dict[str, Annotation],
    group_by: str,
    runner: Runner = Runner(),
    reference_outlet: str | None = None,
    drafts: frozenset[str] = frozenset(),
) -> Compared:
    """Compare the articles of each story (those with one value of the field ``group_by``)
    among themselves only, one task per story on RUNNER, and put the stories back together
    in the order each first appears in the input: groups and sourcing changes story by
    story, numbered on across stories so ids stay unique; articles in input order."""
    from quoteaudit.compare.align import renumber_groups
    from quoteaudit.compare.sourcing import numbered

    places: dict[str, list[int]] = {}  # story -> the positions of its articles in the input
    for n, result in enumerate(results):
        places.setdefault(result.article.story(group_by), []).append(n)
    stories = [_story([results[n] for n in story], annotations) for story in places.values()]
    # one story has nothing to share out: compared here, its annotations are never shipped
    where = runner if len(stories) > 1 else Runner()
    work = partial(compare_batch, reference_outlet=reference_outlet, drafts=drafts)
    groups: list[QuoteGroup] = []
    changes: list[SourcingChange] = []
    merged = list(results)
    for positions, story in zip(places.values(), run_batches(work, ([s] for s in stories), None, where), strict=True):
        story_groups, story_results = renumber_groups(story.groups, story.results, len(groups) + 1)
        groups.extend(story_groups)
        changes.extend(numbered(story.changes, len(changes) + 1))
        for n, result in zip(positions, story_results, strict=True):
            merged[n] = result
    return Compared(groups, merged, changes)


def _story(results: list[ArticleResult], annotations: dict[str, Annotation]) -> Story:
    return Story(tuple(results), {r.article.id: annotations[r.article.id] for r in results})


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
    group_by: str | None = None,
) -> AuditResult:
    """Run every stage after ingest over already-loaded articles. ``drafts``: in `check`,
    the ids of the articles being judged; the others are their sources and the reference.
    ``group_by``: the Article field that names each story (see ``story_field``); articles
    are compared only with the others of their story."""
    from quoteaudit import rules as rulebook

    field = story_field(group_by, articles)
    if annotator is None:
        choice = get_annotator(engine)
        annotator, engine_note = choice.annotator, choice.note
    stream: Iterable[Article] = progress(articles, len(articles)) if progress else articles
    with workers(runner):
        results, annotations = analyse(stream, annotator, runner)
        compared = compare_stories(results, annotations, field, runner, reference_outlet, drafts)
    result = AuditResult(
        articles=tuple(compared.results),
        groups=tuple(compared.groups),
        sourcing_changes=tuple(compared.changes),
        engine=annotator.name,
        problems=problems,
        notes=(engine_note,) if engine_note else (),
        drafts=tuple(sorted(drafts)),
        group_by=field,
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
    return run_batches(quotes_batch, batches(articles, batch_size(annotator, runner)), annotator, runner)


def check_draft(draft: Path, sources: list[Path], **options: Any) -> CheckResult:
    """`quoteaudit check`: read the draft and its sources (never checking against nothing),
    audit them with the draft marked as the article judged, and place its findings. The draft
    and its sources are one story, whatever story ids the inputs carry."""
    from quoteaudit.gate import judge, load_check_inputs

    articles, drafts = load_check_inputs(draft, sources)
    return judge(audit_articles(articles, drafts=drafts, group_by="none", **options), draft, sources)
