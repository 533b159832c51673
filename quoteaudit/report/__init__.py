"""Report writers: one module per output format, behind a small public API.

Every writer takes a finished :class:`~quoteaudit.models.AuditResult` and writes through
``write_atomic``, so an interrupted run never leaves a half-written workbook in place of
the last good one. Heavy imports (openpyxl, rich) happen inside the writer that needs them.
"""

from __future__ import annotations

import functools
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from quoteaudit.errors import QuoteAuditError
from quoteaudit.models import ArticleResult, AuditResult
from quoteaudit.report.json_report import SCHEMA, audit_json, dump_json
from quoteaudit.report.tables import (
    QUOTE_FORMATS,
    formula_risk,
    quotes_csv,
    quotes_jsonl,
    quotes_rows,
    quotes_text,
    safe_cell,
)

__all__ = [
    "SCHEMA",
    "WRITERS",
    "audit_json",
    "formula_risk",
    "quotes_rows",
    "safe_cell",
    "stream_quotes",
    "write_atomic",
    "write_csv_folder",
    "write_html",
    "write_json",
    "write_quotes",
    "write_xlsx",
]


def _file_mode(path: Path) -> int:
    """The mode a plain open() would give: the target's own, else 0666 less the umask
    (mkstemp's 0600 would otherwise make every report private to its writer)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path, write: Callable[[Path], object]) -> None:
    """Call ``write(temp_path)`` on a temp file beside ``path``, then rename it into place.

    The rename is atomic on one file system, so readers see the old file or the new one,
    never a torn one. If ``write`` fails the temp file is removed and an existing ``path``
    is untouched. A path that cannot be written (no permission, a folder in the way) is
    the user's to fix: it raises QuoteAuditError with a one-line message.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise QuoteAuditError(f"{path}: cannot write here ({exc.strerror or exc})") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, _file_mode(path))
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise QuoteAuditError(f"{path}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_xlsx(result: AuditResult, path: Path) -> None:
    """The Excel workbook (sheets listed in quoteaudit.report.xlsx.SHEET_NAMES)."""
    from quoteaudit.report.xlsx import build_workbook

    workbook = build_workbook(result)
    write_atomic(Path(path), lambda tmp: workbook.save(tmp))


def write_json(result: AuditResult, path: Path) -> None:
    """The ``quoteaudit/audit@1`` JSON document described in docs/schema.md."""
    write_atomic(Path(path), lambda tmp: dump_json(result, tmp))


def write_html(result: AuditResult, path: Path) -> None:
    """One self-contained HTML page: the answers, the findings, the diffs and the grid."""
    from quoteaudit.report.frames import build_report
    from quoteaudit.report.html import render_html

    page = render_html(build_report(result))
    write_atomic(Path(path), lambda tmp: Path(tmp).write_text(page, encoding="utf-8"))


def csv_name(sheet: str) -> str:
    """The file a sheet is written to: "Sourcing grid" -> "sourcing-grid.csv"."""
    return sheet.lower().replace(" ", "-") + ".csv"


def write_csv_folder(result: AuditResult, folder: Path, force: bool = False) -> list[Path]:
    """One CSV per workbook sheet in FOLDER (the Summary as its attention list and verdicts).

    Cells are formula-safe (``safe_cell``); helper columns are left out; each file is
    written atomically, and a file of that name quoteaudit did not write is left alone
    unless ``force``.
    """
    from quoteaudit.report.frames import SHEET_NAMES, build_report, summary_frame, visible

    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise QuoteAuditError(f"{folder}: is a file; --format csv writes a folder of CSV files")
    report = build_report(result)
    frames = {"Summary": summary_frame(report), **report.frames}
    targets = [folder / csv_name(name) for name in SHEET_NAMES]
    for target in targets:
        if target.exists() and not force and not is_own_report(target):
            raise QuoteAuditError(f"{target}: exists and was not written by quoteaudit; use --force to replace it")
    for name, target in zip(SHEET_NAMES, targets, strict=True):
        frame = visible(frames[name]).map(safe_cell)
        text = frame.to_csv(index=False, lineterminator="\n")
        write_atomic(target, functools.partial(_write_text, text))
    return targets


def _write_text(text: str, path: Path) -> None:
    """Write TEXT as is: a CSV's own line ends, no newline translation."""
    path.write_text(text, encoding="utf-8", newline="")


WRITERS: dict[str, Callable[..., object]] = {  # each takes the result and a path; csv also takes force
    "xlsx": write_xlsx,
    "json": write_json,
    "html": write_html,
    "csv": write_csv_folder,
}


def write_quotes(result: AuditResult, path: Path | None, fmt: str) -> None:
    """The ``quotes`` command's output: ``table``, ``jsonl`` or ``csv``.

    With no path, output goes to stdout (``table`` as a rich table sized to the terminal);
    with a path, the file is written atomically (``table`` as plain text, no colour codes).
    """
    if fmt not in QUOTE_FORMATS:
        raise QuoteAuditError(f"unknown quotes format {fmt!r}: use one of {', '.join(QUOTE_FORMATS)}")
    if path is None:
        if fmt == "table":
            from rich.console import Console

            from quoteaudit.report.tables import quotes_table

            Console(highlight=False).print(quotes_table(result))
        else:
            sys.stdout.write(quotes_jsonl(result) if fmt == "jsonl" else quotes_csv(result))
        return
    render = {"table": quotes_text, "jsonl": quotes_jsonl, "csv": quotes_csv}[fmt]
    text = render(result)
    # newline="" keeps the CSV module's line endings as written on every platform
    write_atomic(Path(path), lambda tmp: Path(tmp).write_text(text, encoding="utf-8", newline=""))


STREAMED_QUOTE_FORMATS = ("jsonl", "csv")


def stream_quotes(results: Iterable[ArticleResult], path: Path | None, fmt: str) -> int:
    """``jsonl`` or ``csv`` written article by article as RESULTS yields them, so a large
    corpus is never held in memory; the lines are exactly what ``write_quotes`` writes. A file
    is still replaced atomically, at the end. Returns the number of articles written."""
    if fmt not in STREAMED_QUOTE_FORMATS:
        raise QuoteAuditError(f"quotes format {fmt!r} cannot be streamed: use one of {', '.join(STREAMED_QUOTE_FORMATS)}")
    written = 0

    def write_to(out: TextIO) -> None:
        nonlocal written
        if fmt == "csv":
            out.write(quotes_csv(AuditResult(articles=())))  # the header row
        for result in results:
            one = AuditResult(articles=(result,))
            # quotes_csv's own rows, less the header line it starts every call with
            out.write(quotes_jsonl(one) if fmt == "jsonl" else quotes_csv(one).split("\n", 1)[1])
            written += 1

    if path is None:
        write_to(sys.stdout)
        sys.stdout.flush()
    else:

        def write_file(tmp: Path) -> None:
            with open(tmp, "w", encoding="utf-8", newline="") as out:
                write_to(out)

        write_atomic(Path(path), write_file)
    return written


def is_own_report(path: Path) -> bool:
    """True when PATH is a report quoteaudit wrote (so replacing it loses nothing the user
    wrote): a workbook whose creator is quoteaudit, an audit JSON with our schema, a quotes
    JSONL/CSV with our layout."""
    import json
    import zipfile

    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            from xml.etree import ElementTree

            from quoteaudit.report.xlsx import REPORT_CREATOR

            with zipfile.ZipFile(path) as archive:
                core = ElementTree.fromstring(archive.read("docProps/core.xml"))
            # openpyxl declares the namespace on the element itself, so match the parsed tag
            creator = core.find("{http://purl.org/dc/elements/1.1/}creator")
            return creator is not None and creator.text == REPORT_CREATOR
        with path.open(encoding="utf-8") as fh:
            head = fh.read(65536)
        if suffix == ".json":
            return str(json.loads(path.read_text(encoding="utf-8")).get("schema", "")).startswith("quoteaudit/")
        if suffix == ".jsonl":
            first = json.loads(head.splitlines()[0]) if head.strip() else {}
            return set(first) == {"doc_id", "quotes"}
        if suffix == ".csv":
            from quoteaudit.report.frames import CSV_HEADS

            first = head.splitlines()[0] if head else ""
            return first.startswith("article,outlet,quote_id") or first.startswith(CSV_HEADS)
        if suffix in (".html", ".htm"):
            return "<title>quoteaudit report</title>" in head
        return head.startswith("quoteaudit ")
    except (OSError, ValueError, KeyError, IndexError, AttributeError, zipfile.BadZipFile, SyntaxError):
        return False  # (ElementTree.ParseError is a SyntaxError)


def guard_output(path: Path, inputs: list[Path], force: bool = False) -> None:
    """Refuse to write over an input file or over a file quoteaudit did not write."""
    target = os.path.realpath(path)  # realpath, unlike resolve(), never raises on a symlink loop
    for source in inputs:
        src = os.path.realpath(source)
        if target == src:
            raise QuoteAuditError(f"{path}: is one of the input files; choose another output path")
    if path.exists() and path.is_dir():
        raise QuoteAuditError(f"{path}: is a folder; give a file name")
    if path.exists() and not force and not is_own_report(path):
        raise QuoteAuditError(f"{path}: exists and was not written by quoteaudit; use --force to replace it")
