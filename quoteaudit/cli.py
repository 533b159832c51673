"""Command line: thin wrappers that parse arguments, run the pipeline and write reports.

Exit codes (CI-friendly): 0 clean, 1 findings at or above --fail-on, 2 a usage or input
error (one line on stderr naming the file and the problem, never a traceback).
Heavy imports (stanza, pandas, openpyxl) happen inside the commands, so --help is instant.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from quoteaudit.errors import QuoteAuditError

app = typer.Typer(
    help="Audit quotes, speakers and anonymous sourcing across news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
models_app = typer.Typer(help="Show or download the stanza English models.", no_args_is_help=True)
app.add_typer(models_app, name="models")


class Engine(StrEnum):
    auto = "auto"
    stanza = "stanza"
    rules = "rules"


class QuoteFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class Split(StrEnum):
    both = "both"
    tune = "tune"
    check = "check"


class FailOn(StrEnum):
    suggestion = "suggestion"
    warning = "warning"
    error = "error"
    never = "never"


PathsArg = Annotated[list[Path], typer.Argument(help="Article files or folders (searched recursively).", show_default=False)]
EngineOpt = Annotated[Engine, typer.Option("--engine", help="NLP engine: stanza models when installed, else the rule engine.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or notes on stderr.")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace an output file that quoteaudit did not write.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for the per-article stages (or Dask workers with --dask local).")]
DaskOpt = Annotated[str | None, typer.Option("--dask", help="'local': run the per-article stages on a Dask cluster started on this machine.")]
SchedulerOpt = Annotated[str | None, typer.Option("--scheduler", help="Run the per-article stages on the Dask cluster at this address (tcp://HOST:PORT).")]


def _err(message: str) -> None:
    typer.echo(f"quoteaudit: {message}", err=True)


def _fail(exc: QuoteAuditError) -> typer.Exit:
    _err(str(exc))
    return typer.Exit(2)


def _progress(quiet: bool):
    """A rich progress bar on stderr, only when stderr is a terminal and not --quiet."""
    if quiet or not sys.stderr.isatty():
        return None

    def wrap(items, total):
        from rich.progress import track

        from rich.console import Console

        yield from track(items, total=total, description="Reading articles", console=Console(stderr=True), transient=True)

    return wrap


def _runner(jobs: int, dask: str | None, scheduler: str | None):
    """Where the per-article stages run: here, in worker processes (started at once, so they
    start up while the input is read), or on Dask."""
    from quoteaudit.parallel import Runner, start_workers

    if dask is not None and dask != "local":
        raise QuoteAuditError(f"--dask takes 'local', not {dask!r}; give a cluster's address with --scheduler")
    if dask and scheduler:
        raise QuoteAuditError("give --dask local or --scheduler ADDRESS, not both")
    runner = Runner(jobs=jobs, dask=dask or scheduler)
    start_workers(runner)
    return runner


def _run_audit(paths: list[Path], engine: Engine, quiet: bool, **options):
    from quoteaudit.nlp import get_annotator
    from quoteaudit.pipeline import audit

    choice = get_annotator(engine.value)
    if not quiet:
        _err(f"engine: {choice.note}")
    result = audit(paths, annotator=choice.annotator, engine_note=choice.note, progress=_progress(quiet), **options)
    for problem in result.problems:
        _err(f"skipped {problem.path}: {problem.message}")
    if not result.articles:
        raise QuoteAuditError("no article could be read from " + ", ".join(map(str, paths)))
    return result


def _exit_code(findings, fail_on: FailOn, article_ids: set[str] | None = None) -> int:
    if fail_on is FailOn.never:
        return 0
    from quoteaudit.models import Severity

    threshold = Severity(fail_on.value).rank
    relevant = [f for f in findings if article_ids is None or f.article_id in article_ids]
    return 1 if any(f.severity.rank >= threshold for f in relevant) else 0


@app.command()
def audit(
    paths: PathsArg,
    output: Annotated[Path, typer.Option("--output", "-o", help="Excel workbook to write.")] = Path("reports/audit.xlsx"),
    json_path: Annotated[Path | None, typer.Option("--json", help="Also write the audit as JSON (schema quoteaudit/audit@1).")] = None,
    engine: EngineOpt = Engine.auto,
    reference: Annotated[str | None, typer.Option("--reference", help="Outlet whose version of each quote is the reference.")] = None,
    rules_dir: Annotated[Path | None, typer.Option("--rules", help="Folder of rules to use instead of the built-in rules/.")] = None,
    select: Annotated[list[str] | None, typer.Option("--select", help="Only rules whose code starts with this (repeatable).")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Skip rules whose code starts with this (repeatable).")] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when a finding has this severity or worse.")] = FailOn.never,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
    jobs: JobsOpt = 1,
    dask: DaskOpt = None,
    scheduler: SchedulerOpt = None,
) -> None:
    """Audit articles of one story: quotes, speakers, drift across outlets, sourcing."""
    from quoteaudit.report import guard_output, write_json, write_xlsx

    try:
        guard_output(output, paths, force)
        if json_path:
            guard_output(json_path, paths, force)
        result = _run_audit(
            paths, engine, quiet, reference_outlet=reference, rules_dir=rules_dir, select=select, ignore=ignore,
            runner=_runner(jobs, dask, scheduler),
        )
        write_xlsx(result, output)
        if json_path:
            write_json(result, json_path)
    except QuoteAuditError as exc:
        raise _fail(exc) from None
    if not quiet:
        quotes = sum(len(a.quotes) for a in result.articles)
        _err(f"{len(result.articles)} articles, {quotes} quotes, {len(result.groups)} quote groups, {len(result.findings)} findings")
        _err(f"wrote {output}" + (f" and {json_path}" if json_path else ""))
    raise typer.Exit(_exit_code(result.findings, fail_on))


@app.command()
def quotes(
    paths: PathsArg,
    fmt: Annotated[QuoteFormat, typer.Option("--format", "-f", help="table (terminal), jsonl (one line per article) or csv.")] = QuoteFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: standard output).")] = None,
    engine: EngineOpt = Engine.auto,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
    jobs: JobsOpt = 1,
    dask: DaskOpt = None,
    scheduler: SchedulerOpt = None,
) -> None:
    """List the quotes in articles with their speakers (jsonl and csv are written as produced)."""
    from quoteaudit.ingest import load_paths
    from quoteaudit.nlp import get_annotator
    from quoteaudit.pipeline import iter_quotes
    from quoteaudit.report import STREAMED_QUOTE_FORMATS, guard_output, stream_quotes, write_quotes

    try:
        if output:
            guard_output(output, paths, force)
        runner = _runner(jobs, dask, scheduler)
        choice = get_annotator(engine.value)
        if not quiet:
            _err(f"engine: {choice.note}")
        articles, problems = load_paths(list(paths))
        for problem in problems:
            _err(f"skipped {problem.path}: {problem.message}")
        if not articles:
            raise QuoteAuditError("no article could be read from " + ", ".join(map(str, paths)))
        progress = _progress(quiet)
        stream = progress(articles, len(articles)) if progress else articles
        results = iter_quotes(stream, choice.annotator, runner)
        if fmt.value in STREAMED_QUOTE_FORMATS:
            stream_quotes(results, output, fmt.value)
        else:
            from quoteaudit.models import AuditResult

            result = AuditResult(articles=tuple(results), engine=choice.annotator.name, notes=(choice.note,))
            write_quotes(result, output, fmt.value)
    except QuoteAuditError as exc:
        raise _fail(exc) from None


@app.command()
def check(
    draft: Annotated[Path, typer.Argument(help="The draft article to check.", show_default=False)],
    sources: Annotated[list[Path], typer.Argument(help="The articles and wire copy it draws on.", show_default=False)],
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when the draft has a finding this severe or worse.")] = FailOn.warning,
    engine: EngineOpt = Engine.auto,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Also write the full workbook here.")] = None,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Pre-publication check: compare a draft's quotes and sourcing with its sources."""
    from quoteaudit.report import guard_output, write_xlsx
    from quoteaudit.spans import file_position

    try:
        if output:
            guard_output(output, [draft, *sources], force)
        result = _run_audit([draft, *sources], engine, quiet)
        if output:
            write_xlsx(result, output)
    except QuoteAuditError as exc:
        raise _fail(exc) from None
    draft_ids = {a.article.id for a in result.articles if Path(a.article.path).resolve() == draft.resolve()}
    if not draft_ids:
        raise _fail(QuoteAuditError(f"{draft}: the draft could not be read"))
    mine = sorted((f for f in result.findings if f.article_id in draft_ids), key=lambda f: f.start)
    texts = {a.article.id: a.article.text for a in result.articles}
    raw = draft.read_text(encoding="utf-8", errors="replace")
    for finding in mine:
        # file:line:column, the form editors and CI annotations jump to
        where = file_position(raw, texts[finding.article_id], finding.start, finding.end)
        place = f"{where[0]}:{where[1]}" if where else "1"
        typer.echo(f"{draft}:{place}: {finding.severity.value} {finding.code} {finding.message}")
    if not quiet:
        _err(f"{len(mine)} findings in the draft")
    raise typer.Exit(_exit_code(mine, fail_on))


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL in the ../shared/eval format.", show_default=False)],
    engine: EngineOpt = Engine.auto,
    limit: Annotated[int | None, typer.Option(help="Only the first N documents.")] = None,
    split: Annotated[
        Split, typer.Option("--split", help="Documents split by a hash of doc_id: tune (~70%, study errors here) and check (~30%, publish these).")
    ] = Split.both,
    examples: Annotated[int, typer.Option("--examples", help="Examples shown per error category.")] = 3,
    json_path: Annotated[Path | None, typer.Option("--json", help="Also write the scores as JSON.")] = None,
    quiet: QuietOpt = False,
) -> None:
    """Score quote extraction and speaker attribution against annotated gold, per split.

    Error examples come from the tune split unless --split check is asked for, so that the
    check split stays unstudied."""
    import json

    from quoteaudit.eval import SPLITS
    from quoteaudit.eval import evaluate as run_eval

    splits = SPLITS if split is Split.both else (split.value,)
    try:
        scores, note = run_eval(gold, engine=engine.value, limit=limit, keep=examples, progress=_progress(quiet), splits=splits)
    except QuoteAuditError as exc:
        raise _fail(exc) from None
    typer.echo(f"engine: {note}")
    typer.echo(f"{'split':6} {'docs':>5} {'gold':>6} {'pred':>6} {'P':>7} {'R':>7} {'F1':>7} {'spk':>7} {'strict':>7}")
    for name, score in scores.items():
        typer.echo(
            f"{name:6} {score.docs:5d} {score.gold:6d} {score.predicted:6d} {score.precision:7.4f} {score.recall:7.4f} {score.f1:7.4f}"
            f" {score.speaker_accuracy:7.4f} {score.speaker_strict_accuracy:7.4f}"
        )
    typer.echo("spk: the mention overlaps the gold speaker; strict: inside it, and the shown name holds its head word")
    studied = scores[splits[0]]
    typer.echo(f"errors by category ({splits[0]} split):")
    for category, count in studied.errors.most_common():
        typer.echo(f"  {count:5d}  {category}")
        for example in studied.examples.get(category, [])[:examples]:
            typer.echo(f"         {example[:220]}")
    if json_path:
        from quoteaudit.report import write_atomic

        document = {name: score.to_json() for name, score in scores.items()}
        write_atomic(json_path, lambda p: p.write_text(json.dumps(document, indent=2), encoding="utf-8"))


@models_app.command("status")
def models_status() -> None:
    """Which stanza English processors are installed, and where."""
    from quoteaudit.nlp.stanza_engine import PROCESSORS, installed_processors, resources_dir, usable_processors

    folder = resources_dir()
    found = installed_processors(folder)
    typer.echo(f"stanza resources: {folder}" + ("" if os.environ.get("STANZA_RESOURCES_DIR") else " (set STANZA_RESOURCES_DIR to change)"))
    for name in (*PROCESSORS, "pretrain"):
        files = found.get(name)
        typer.echo(f"  {name:9s} {'installed  ' + str(files[0]) if files else 'missing'}")
    usable = usable_processors(found)
    if "tokenize" in usable:
        typer.echo(f"engine: stanza with {', '.join(usable)}")
    else:
        typer.echo("engine: rule engine (no stanza tokenizer); run `quoteaudit models download` where there is a network")


@models_app.command("download")
def models_download(
    processors: Annotated[str, typer.Option(help="Comma-separated stanza processors.")] = "tokenize,mwt,pos,lemma,depparse,ner",
) -> None:
    """Download the stanza English models with stanza's own downloader."""
    from quoteaudit.errors import ModelsUnavailable
    from quoteaudit.nlp.stanza_engine import download

    try:
        folder = download(processors=processors)
    except ModelsUnavailable as exc:
        raise _fail(exc) from None
    typer.echo(f"downloaded {processors} into {folder}")


def main() -> None:
    try:
        app()
    except QuoteAuditError as exc:  # a last guard: user-fixable problems never show a traceback
        _err(str(exc))
        sys.exit(2)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
