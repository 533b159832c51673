"""Command line: thin wrappers that parse arguments, run the pipeline and write reports.

Exit codes (CI-friendly): 0 clean, 1 findings at or above --fail-on, 2 a usage or input
error (one line on stderr naming the file and the problem, never a traceback), 3 the report
was written but some input could not be read (one stderr line and a report row per file).
Heavy imports (stanza, pandas, openpyxl) happen inside the commands, so --help is instant.
"""

from __future__ import annotations

import functools
import inspect
import itertools
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

import quoteaudit
from quoteaudit.errors import QuoteAuditError

if TYPE_CHECKING:
    from quoteaudit.ingest import InputStream
    from quoteaudit.models import Article, InputProblem

app = typer.Typer(
    help="Audit quotes, speakers and anonymous sourcing across news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
models_app = typer.Typer(help="Show or download the stanza English models.", no_args_is_help=True)
app.add_typer(models_app, name="models")


# The choices of the options below, as typer lists and checks them (an Enum's values).
Engine = StrEnum("Engine", ["auto", "stanza", "rules"])
QuoteFormat = StrEnum("QuoteFormat", ["table", "jsonl", "csv"])
Split = StrEnum("Split", ["both", "tune", "check"])
ReportFormat = StrEnum("ReportFormat", ["xlsx", "csv"])
FailOn = StrEnum("FailOn", ["suggestion", "warning", "error", "never"])
CheckFormat = StrEnum("CheckFormat", ["text", "json", "sarif", "github"])


PathsArg = Annotated[list[Path], typer.Argument(help="Article files or folders (searched recursively).", show_default=False)]
EngineOpt = Annotated[Engine, typer.Option("--engine", help="NLP engine: stanza models when installed, else the rule engine.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or notes on stderr.")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace an output file that quoteaudit did not write.")]
JobsOpt = Annotated[
    int, typer.Option("--jobs", "-j", min=1, help="Worker processes for the per-article stages (or Dask workers with --dask local).")
]
DaskOpt = Annotated[
    str | None, typer.Option("--dask", help="'local': run the per-article stages on a Dask cluster started on this machine.")
]
SchedulerOpt = Annotated[
    str | None, typer.Option("--scheduler", help="Run the per-article stages on the Dask cluster at this address (tcp://HOST:PORT).")
]


@dataclass(frozen=True)
class BatchOptions:
    """The options `audit` and `quotes` share, handed to the command as one value."""

    force: bool
    quiet: bool
    jobs: int
    dask: str | None
    scheduler: str | None


# (name, Typer annotation, default) of each BatchOptions field
_BATCH_PARAMETERS = (
    ("force", ForceOpt, False),
    ("quiet", QuietOpt, False),
    ("jobs", JobsOpt, 1),
    ("dask", DaskOpt, None),
    ("scheduler", SchedulerOpt, None),
)


def batch_command(command: Callable[..., None]) -> Callable[..., None]:
    """A command taking ``batch: BatchOptions`` as Typer must see it: with --force, --quiet,
    --jobs, --dask and --scheduler in its signature (Typer reads a command's options from
    its signature, so the shared ones are added here once, not written out per command)."""
    own = inspect.signature(command, eval_str=True)
    shared = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=hint)
        for name, hint, default in _BATCH_PARAMETERS
    ]

    @functools.wraps(command)
    def with_batch(*args: Any, **kwargs: Any) -> None:
        batch = BatchOptions(**{name: kwargs.pop(name) for name, _, _ in _BATCH_PARAMETERS})
        return command(*args, batch=batch, **kwargs)

    with_batch.__signature__ = own.replace(parameters=[p for p in own.parameters.values() if p.name != "batch"] + shared)  # type: ignore[attr-defined]
    return with_batch


EXIT_UNREADABLE_INPUT = 3  # report written, but some files or records could not be read


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
        from rich.console import Console
        from rich.progress import track

        yield from track(items, total=total, description="Reading articles", console=Console(stderr=True), transient=True)

    return wrap


def _runner(batch: BatchOptions):
    """Where the per-article stages run: here, in worker processes (started at once, so they
    start up while the input is read), or on Dask."""
    from quoteaudit.parallel import Runner, start_workers

    if batch.dask is not None and batch.dask != "local":
        raise QuoteAuditError(f"--dask takes 'local', not {batch.dask!r}; give a cluster's address with --scheduler")
    if batch.dask and batch.scheduler:
        raise QuoteAuditError("give --dask local or --scheduler ADDRESS, not both")
    runner = Runner(jobs=batch.jobs, dask=batch.dask or batch.scheduler)
    start_workers(runner)
    return runner


def _run_audit(paths: list[Path], engine: Engine, quiet: bool, outputs: tuple[Path, ...] = (), **options):
    from quoteaudit.nlp import get_annotator
    from quoteaudit.pipeline import audit

    choice = get_annotator(engine.value)
    if not quiet:
        _err(f"engine: {choice.note}")
    result = audit(paths, exclude=outputs, annotator=choice.annotator, engine_note=choice.note, progress=_progress(quiet), **options)
    _report_problems(result.problems, result.articles, paths)
    return result


def _report_problem(problem: InputProblem) -> None:
    """One stderr line for a file or record that could not be read (always, even with -q:
    the exit code alone does not say which file)."""
    _err(f"{problem.path}: {problem.message}")


def _nothing_read(paths: list[Path]) -> QuoteAuditError:
    return QuoteAuditError("no article could be read from " + ", ".join(map(str, paths)))


def _report_problems(problems: Sequence[InputProblem], articles: Sequence[object], paths: list[Path]) -> None:
    """A line per problem; an error when nothing could be read."""
    for problem in problems:
        _report_problem(problem)
    if not articles:
        raise _nothing_read(paths)


def _once_one_is_read(inputs: InputStream, paths: list[Path]) -> Iterator[Article]:
    """The articles of INPUTS, as they are read, once the first one is: when none can be
    read, the error comes before any output is begun (a CSV header, a file replaced)."""
    articles = iter(inputs)
    first = next(articles, None)
    if first is None:
        raise _nothing_read(paths)
    return itertools.chain([first], articles)


def _distinct_outputs(*outputs: Path | None) -> tuple[Path, ...]:
    """The output paths given, refusing two on one file (the second would replace the first)."""
    given = [o for o in outputs if o is not None]
    seen: dict[str, Path] = {}
    for out in given:
        key = os.path.realpath(out)
        if key in seen:
            raise QuoteAuditError(f"{out}: given for two outputs ({seen[key]} and {out}); choose two file names")
        seen[key] = out
    return tuple(given)


def _batch_exit(problems: Sequence[InputProblem], code: int) -> int:
    """Unreadable input outranks findings: a report missing files is not a clean bill."""
    return EXIT_UNREADABLE_INPUT if problems else code


def _exit_code(findings, fail_on: FailOn, article_ids: set[str] | None = None) -> int:
    if fail_on is FailOn.never:
        return 0
    from quoteaudit.models import Severity

    threshold = Severity(fail_on.value).rank
    relevant = [f for f in findings if article_ids is None or f.article_id in article_ids]
    return 1 if any(f.severity.rank >= threshold for f in relevant) else 0


@app.command()
@batch_command
def audit(
    paths: PathsArg,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Excel workbook to write (with --format csv: the folder for the CSV files).",
            show_default="reports/audit.xlsx, or reports/audit/ for csv",
        ),
    ] = None,
    json_path: Annotated[Path | None, typer.Option("--json", help="Also write the audit as JSON (schema quoteaudit/audit@1).")] = None,
    html_path: Annotated[Path | None, typer.Option("--html", help="Also write one self-contained HTML page of the report.")] = None,
    report_format: Annotated[
        ReportFormat, typer.Option("--format", help="xlsx: one workbook; csv: one CSV per sheet in a folder.")
    ] = ReportFormat.xlsx,
    manifest: Annotated[
        Path | None,
        typer.Option(
            "--manifest",
            help="CSV or YAML naming each file's outlet, url, published date and story (columns: path, outlet, url, published, story_id).",
        ),
    ] = None,
    engine: EngineOpt = Engine.auto,
    reference: Annotated[str | None, typer.Option("--reference", help="Outlet whose version of each quote is the reference.")] = None,
    group_by: Annotated[
        str | None,
        typer.Option(
            "--group-by",
            help="Article field naming each story; quotes are compared only within a story: story_id, outlet, title, byline, "
            "published, url, path, or none (all one story).",
            show_default="story_id when an article has one, else none",
        ),
    ] = None,
    rules_dir: Annotated[Path | None, typer.Option("--rules", help="Folder of rules to use instead of the built-in rules/.")] = None,
    select: Annotated[list[str] | None, typer.Option("--select", help="Only rules whose code starts with this (repeatable).")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Skip rules whose code starts with this (repeatable).")] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Exit 1 when a finding has this severity or worse (default: never).", show_default=False),
    ] = None,
    *,
    batch: BatchOptions,
) -> None:
    """Audit articles of one story (or several, by --group-by): quotes, speakers, drift across outlets, sourcing."""
    from quoteaudit import rules as rulebook
    from quoteaudit.pipeline import story_field
    from quoteaudit.report import guard_output, write_csv_folder, write_html, write_json, write_xlsx

    as_csv = report_format is ReportFormat.csv
    output = output or Path("reports/audit" if as_csv else "reports/audit.xlsx")
    try:
        story_field(group_by)  # an unknown field is exit 2 before any work
        settings = rulebook.find_settings()
        fail_on = fail_on or FailOn(settings.fail_on or "never")
        outputs = _distinct_outputs(output, json_path, html_path)
        if as_csv:
            if output.exists() and not output.is_dir():
                raise QuoteAuditError(f"{output}: is a file; --format csv writes a folder of CSV files")
        else:
            guard_output(output, paths, batch.force)
        for extra in (json_path, html_path):
            if extra:
                guard_output(extra, paths, batch.force)
        if manifest is not None and not manifest.is_file():
            raise QuoteAuditError(f"{manifest}: no such manifest file")
        rulebook.use_rules(rules_dir or settings.rules)  # lexicons and findings alike
        try:
            result = _run_audit(
                paths, engine, batch.quiet, outputs, reference_outlet=reference, select=select or settings.select,
                ignore=ignore or settings.ignore, manifest=manifest, runner=_runner(batch),
                group_by=group_by,
            )  # fmt: skip
        finally:
            rulebook.use_rules(None)
        if as_csv:
            write_csv_folder(result, output, batch.force)
        else:
            write_xlsx(result, output)
        if json_path:
            write_json(result, json_path)
        if html_path:
            write_html(result, html_path)
    except QuoteAuditError as exc:
        raise _fail(exc) from None
    if not batch.quiet:
        quotes = sum(len(a.quotes) for a in result.articles)
        _err(f"{len(result.articles)} articles, {quotes} quotes, {len(result.groups)} quote groups, {len(result.findings)} findings")
        written = [str(p) for p in (output, json_path, html_path) if p]
        _err("wrote " + ", ".join(written))
    if result.problems:
        _err(f"{len(result.problems)} input problem(s), listed in the report; exit {EXIT_UNREADABLE_INPUT}")
    raise typer.Exit(_batch_exit(result.problems, _exit_code(result.findings, fail_on)))


@app.command()
@batch_command
def quotes(
    paths: PathsArg,
    fmt: Annotated[
        QuoteFormat, typer.Option("--format", "-f", help="table (terminal), jsonl (one line per article) or csv.")
    ] = QuoteFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: standard output).")] = None,
    engine: EngineOpt = Engine.auto,
    *,
    batch: BatchOptions,
) -> None:
    """List the quotes in articles with their speakers (jsonl and csv are written as produced)."""
    from quoteaudit.ingest import InputStream
    from quoteaudit.nlp import get_annotator
    from quoteaudit.pipeline import iter_quotes
    from quoteaudit.report import STREAMED_QUOTE_FORMATS, guard_output, stream_quotes, write_quotes

    try:
        if output:
            guard_output(output, paths, batch.force)
        runner = _runner(batch)
        choice = get_annotator(engine.value)
        if not batch.quiet:
            _err(f"engine: {choice.note}")
        # the input is read as the workers take it: the first batches start while the rest is read
        inputs = InputStream(list(paths), _distinct_outputs(output), on_problem=_report_problem)
        articles = _once_one_is_read(inputs, paths)
        progress = _progress(batch.quiet)
        results = iter_quotes(progress(articles, None) if progress else articles, choice.annotator, runner)
        if fmt.value in STREAMED_QUOTE_FORMATS:
            stream_quotes(results, output, fmt.value)
        else:
            from quoteaudit.models import AuditResult

            done = tuple(results)  # (all read: the problems are all known)
            result = AuditResult(articles=done, engine=choice.annotator.name, notes=(choice.note,), problems=tuple(inputs.problems))
            write_quotes(result, output, fmt.value)
    except QuoteAuditError as exc:
        raise _fail(exc) from None
    raise typer.Exit(_batch_exit(inputs.problems, 0))


@app.command()
def check(
    draft: Annotated[Path, typer.Argument(help="The draft article to check (.txt, .md, .html, .docx, ...).", show_default=False)],
    sources: Annotated[list[Path], typer.Argument(help="The articles and wire copy it draws on: the reference.", show_default=False)],
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Exit 1 when the draft has a finding this severe or worse (default: warning).", show_default=False),
    ] = None,
    fmt: Annotated[
        CheckFormat,
        typer.Option("--format", "-f", help="text (editors), json, sarif (SARIF 2.1.0 for code hosts) or github (workflow annotations)."),
    ] = CheckFormat.text,
    select: Annotated[list[str] | None, typer.Option("--select", help="Only rules whose code starts with this (repeatable).")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Skip rules whose code starts with this (repeatable).")] = None,
    rules_dir: Annotated[
        Path | None, typer.Option("--rules", help="Folder of rules (findings/ and lexicon/) to use instead of the built-in rules.")
    ] = None,
    fail_inherited: Annotated[
        bool, typer.Option("--fail-inherited", help="Let findings the draft inherits unchanged from a source fail the check too.")
    ] = False,
    snippets: Annotated[
        bool,
        typer.Option("--snippets/--no-snippets", help="Show the draft's line, the source's version and the word diff under each finding."),
    ] = True,
    engine: EngineOpt = Engine.auto,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Also write the full workbook here.")] = None,
    force: ForceOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Pre-publication check: judge a draft's quotes and sourcing against its sources.

    The sources are always the reference. Exit 0 clean, 1 when the draft has a finding at
    or above --fail-on (findings it inherits unchanged from a source do not count unless
    --fail-inherited), 2 when a draft or source cannot be read or an option is wrong.
    """
    from quoteaudit.report import guard_output

    try:
        if output:
            guard_output(output, [draft, *sources], force)
    except QuoteAuditError as exc:
        raise _fail(exc) from None
    raise typer.Exit(
        _check_draft(
            draft,
            sources,
            fail_on=fail_on,
            fmt=fmt,
            select=select,
            ignore=ignore,
            rules_dir=rules_dir,
            fail_inherited=fail_inherited,
            snippets=snippets,
            engine=engine,
            output=output,
            quiet=quiet,
        )
    )


def _check_draft(
    draft: Path,
    sources: list[Path],
    *,
    fail_on: FailOn | None,
    fmt: CheckFormat,
    select,
    ignore,
    rules_dir: Path | None,
    fail_inherited: bool,
    snippets: bool,
    engine: Engine,
    output: Path | None = None,
    quiet: bool = False,
) -> int:
    """Check one draft, print its findings, and return the exit code (0 or 1); an input or
    option problem raises typer.Exit(2) after one line on stderr."""
    from quoteaudit import rules as rulebook
    from quoteaudit.models import Severity
    from quoteaudit.nlp import get_annotator
    from quoteaudit.pipeline import check_draft
    from quoteaudit.report import write_xlsx
    from quoteaudit.report.check_report import render

    try:
        settings = rulebook.find_settings()
        threshold = (fail_on.value if fail_on else None) or settings.fail_on or "warning"
        select, ignore = select or settings.select, ignore or settings.ignore
        rulebook.use_rules(rules_dir or settings.rules)
        try:
            rules = rulebook.load_rules()
            rulebook.selected(rules, select, ignore)  # an unknown code is exit 2 before any work
            choice = get_annotator(engine.value)
            if not quiet:
                _err(f"engine: {choice.note}")
            result = check_draft(
                draft,
                sources,
                annotator=choice.annotator,
                engine_note=choice.note,
                select=select,
                ignore=ignore,
                progress=_progress(quiet),
            )
        finally:
            rulebook.use_rules(None)
        if output:
            write_xlsx(result.audit, output)
    except QuoteAuditError as exc:
        raise _fail(exc) from None
    failing = result.failing(None if threshold == "never" else Severity(threshold), fail_inherited)
    code = 1 if failing else 0
    typer.echo(render(result, fmt.value, code, rules, quoteaudit.__version__, snippets), nl=False)
    if not quiet:
        inherited = sum(1 for f in result.findings if f.inherited)
        _err(f"{len(result.findings)} findings in {draft} ({inherited} inherited from the sources); {len(failing)} at or above {threshold}")
    return code


@app.command(hidden=True)
def hook(
    drafts: Annotated[list[Path], typer.Argument(help="Drafts to check (pre-commit passes the changed files).", show_default=False)],
    sources: Annotated[
        list[Path] | None, typer.Option("--sources", help="Sources for every draft; default: the sources/ folder beside each draft.")
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Fail when a draft has a finding this severe or worse (default: warning).", show_default=False),
    ] = None,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f")] = CheckFormat.text,
    rules_dir: Annotated[Path | None, typer.Option("--rules")] = None,
    engine: EngineOpt = Engine.auto,
) -> None:
    """`check` for pre-commit: every changed draft against its sources; exit 1 if any fails."""
    worst = 0
    for draft in drafts:
        found = sources or ([draft.parent / "sources"] if (draft.parent / "sources").is_dir() else [])
        if not found:
            raise _fail(QuoteAuditError(f"{draft}: no sources to check against (put them in {draft.parent / 'sources'} or pass --sources)"))
        code = _check_draft(
            draft,
            found,
            fail_on=fail_on,
            fmt=fmt,
            select=None,
            ignore=None,
            rules_dir=rules_dir,
            fail_inherited=False,
            snippets=True,
            engine=engine,
            quiet=True,
        )
        worst = max(worst, code)
    raise typer.Exit(worst)


rules_app = typer.Typer(help="List and explain the finding rules.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")
RulesDirOpt = Annotated[Path | None, typer.Option("--rules", help="Folder of rules to read instead of the built-in rules.")]


@rules_app.command("list")
def rules_list(rules_dir: RulesDirOpt = None) -> None:
    """Every rule: code, severity, name and what it reports."""
    from quoteaudit import rules as rulebook

    try:
        rules = rulebook.load_rules(rules_dir or rulebook.find_settings().rules)
    except QuoteAuditError as exc:
        raise _fail(exc) from None
    for rule in rules:
        summary = " ".join(rule.why.split(". ")[0].split())
        typer.echo(f"{rule.code}  {rule.severity.value:10s}  {rule.name:36s}  {summary[:100]}")


@rules_app.command("explain")
def rules_explain(
    code: Annotated[str, typer.Argument(help="A rule code, e.g. DR02.", show_default=False)],
    rules_dir: RulesDirOpt = None,
) -> None:
    """What a rule reports, why it matters, and its examples."""
    from quoteaudit import rules as rulebook

    try:
        rules = rulebook.load_rules(rules_dir or rulebook.find_settings().rules)
        rule = next((r for r in rules if r.code.upper() == code.strip().upper()), None)
        if rule is None:
            raise QuoteAuditError(f"no rule {code} (codes: {', '.join(r.code for r in rules)})")
    except QuoteAuditError as exc:
        raise _fail(exc) from None
    typer.echo(rulebook.explain(rule), nl=False)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL in the ../shared/eval format.", show_default=False)],
    engine: EngineOpt = Engine.auto,
    limit: Annotated[int | None, typer.Option(help="Only the first N documents.")] = None,
    split: Annotated[
        Split,
        typer.Option(
            "--split", help="Documents split by a hash of doc_id: tune (~70%, study errors here) and check (~30%, publish these)."
        ),
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
    typer.echo("95% intervals, whole documents resampled:")
    for name, score in scores.items():
        typer.echo(f"{name:6} " + "  ".join(f"{metric} {low:.4f}-{high:.4f}" for metric, (low, high) in score.intervals().items()))
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


def _terminate(signum, frame) -> None:
    """SIGTERM/SIGHUP become an exception, so a report being written removes its temp file."""
    raise KeyboardInterrupt


def main() -> None:
    import signal

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _terminate)
    try:
        app()
    except QuoteAuditError as exc:  # a last guard: user-fixable problems never show a traceback
        _err(str(exc))
        sys.exit(2)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
