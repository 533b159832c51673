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


class ReportFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"


class FailOn(StrEnum):
    suggestion = "suggestion"
    warning = "warning"
    error = "error"
    never = "never"


PathsArg = Annotated[list[Path], typer.Argument(help="Article files or folders (searched recursively).", show_default=False)]
EngineOpt = Annotated[Engine, typer.Option("--engine", help="NLP engine: stanza models when installed, else the rule engine.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or notes on stderr.")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace an output file that quoteaudit did not write.")]


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
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Excel workbook to write (with --format csv: the folder for the CSV files).", show_default="reports/audit.xlsx, or reports/audit/ for csv")] = None,
    json_path: Annotated[Path | None, typer.Option("--json", help="Also write the audit as JSON (schema quoteaudit/audit@1).")] = None,
    html_path: Annotated[Path | None, typer.Option("--html", help="Also write one self-contained HTML page of the report.")] = None,
    report_format: Annotated[ReportFormat, typer.Option("--format", help="xlsx: one workbook; csv: one CSV per sheet in a folder.")] = ReportFormat.xlsx,
    manifest: Annotated[Path | None, typer.Option("--manifest", help="CSV or YAML naming each file's outlet, url and published date (columns: path, outlet, url, published).")] = None,
    engine: EngineOpt = Engine.auto,
    reference: Annotated[str | None, typer.Option("--reference", help="Outlet whose version of each quote is the reference.")] = None,
    rules_dir: Annotated[Path | None, typer.Option("--rules", help="Folder of rules to use instead of the built-in rules/.")] = None,
    select: Annotated[list[str] | None, typer.Option("--select", help="Only rules whose code starts with this (repeatable).")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Skip rules whose code starts with this (repeatable).")] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when a finding has this severity or worse.")] = FailOn.never,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Audit articles of one story: quotes, speakers, drift across outlets, sourcing."""
    from quoteaudit.report import guard_output, write_csv_folder, write_html, write_json, write_xlsx

    as_csv = report_format is ReportFormat.csv
    output = output or Path("reports/audit" if as_csv else "reports/audit.xlsx")
    try:
        if as_csv:
            if output.exists() and not output.is_dir():
                raise QuoteAuditError(f"{output}: is a file; --format csv writes a folder of CSV files")
        else:
            guard_output(output, paths, force)
        for extra in (json_path, html_path):
            if extra:
                guard_output(extra, paths, force)
        if manifest is not None and not manifest.is_file():
            raise QuoteAuditError(f"{manifest}: no such manifest file")
        result = _run_audit(
            paths, engine, quiet, reference_outlet=reference, rules_dir=rules_dir, select=select, ignore=ignore,
            manifest=manifest,
        )  # fmt: skip
        if as_csv:
            write_csv_folder(result, output, force)
        else:
            write_xlsx(result, output)
        if json_path:
            write_json(result, json_path)
        if html_path:
            write_html(result, html_path)
    except QuoteAuditError as exc:
        raise _fail(exc) from None
    if not quiet:
        quotes = sum(len(a.quotes) for a in result.articles)
        _err(f"{len(result.articles)} articles, {quotes} quotes, {len(result.groups)} quote groups, {len(result.findings)} findings")
        written = [str(p) for p in (output, json_path, html_path) if p]
        _err("wrote " + ", ".join(written))
    raise typer.Exit(_exit_code(result.findings, fail_on))


@app.command()
def quotes(
    paths: PathsArg,
    fmt: Annotated[QuoteFormat, typer.Option("--format", "-f", help="table (terminal), jsonl (one line per article) or csv.")] = QuoteFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: standard output).")] = None,
    engine: EngineOpt = Engine.auto,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """List the quotes in articles with their speakers."""
    from quoteaudit.nlp import get_annotator
    from quoteaudit.pipeline import read_quotes
    from quoteaudit.report import guard_output, write_quotes

    try:
        if output:
            guard_output(output, paths, force)
        choice = get_annotator(engine.value)
        if not quiet:
            _err(f"engine: {choice.note}")
        result = read_quotes(paths, choice.annotator, engine_note=choice.note, progress=_progress(quiet))
        for problem in result.problems:
            _err(f"skipped {problem.path}: {problem.message}")
        if not result.articles:
            raise QuoteAuditError("no article could be read from " + ", ".join(map(str, paths)))
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
    examples: Annotated[int, typer.Option("--examples", help="Examples shown per error category.")] = 3,
    json_path: Annotated[Path | None, typer.Option("--json", help="Also write the scores as JSON.")] = None,
    quiet: QuietOpt = False,
) -> None:
    """Score quote extraction and speaker attribution against annotated gold."""
    import json

    from quoteaudit.eval import evaluate as run_eval

    try:
        score, note = run_eval(gold, engine=engine.value, limit=limit, keep=examples, progress=_progress(quiet))
    except QuoteAuditError as exc:
        raise _fail(exc) from None
    typer.echo(f"engine: {note}")
    typer.echo(f"documents {score.docs}  gold quotes {score.gold}  predicted {score.predicted}")
    typer.echo(f"quotes   precision {score.precision:.4f}  recall {score.recall:.4f}  F1 {score.f1:.4f}")
    typer.echo(f"speakers accuracy {score.speaker_accuracy:.4f} ({score.speaker_correct}/{score.speaker_total} matched gold quotes with a speaker)")
    typer.echo("errors by category:")
    for category, count in score.errors.most_common():
        typer.echo(f"  {count:5d}  {category}")
        for example in score.examples.get(category, [])[:examples]:
            typer.echo(f"         {example[:220]}")
    if json_path:
        from quoteaudit.report import write_atomic

        write_atomic(json_path, lambda p: p.write_text(json.dumps(score.to_json(), indent=2), encoding="utf-8"))


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
