"""The Excel workbook: what a fact-checker opens first, so it must read in a minute.

Sheets, in order: Summary (what needs attention, a verdict per outlet, figures linked to
their rows), then the tables of quoteaudit.report.frames. Every table sheet has a bold
frozen header, an autofilter over its data, set widths and wrapped long columns; an empty
table still has its header and a "none found" row so the reader knows the check ran.
The tables are pandas frames built once (frames.py); this module only styles them.

All text is untrusted web text: every cell goes through ``put``, which drops characters
XML cannot hold and stores formula-like text as a typed string with Excel's quotePrefix
flag, so ``=HYPERLINK(...)`` in a quote is shown, never evaluated.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from quoteaudit.models import AuditResult, DiffOp, Drift, Severity
from quoteaudit.report.digest import STATUSES
from quoteaudit.report.frames import SHEET_NAMES, Report, build_report, drift_frame, outlet_frame
from quoteaudit.report.tables import formula_risk, is_rule_engine, outlets_in_order, rule_engine_used

REPORT_CREATOR = "quoteaudit"
EXCEL_CELL_LIMIT = 32767  # Excel refuses longer cell text

# ---------------------------------------------------------------- colours

# Fills follow the usual red/amber/green reading: red = an error an editor must fix.
SEVERITY_FILLS = {
    Severity.ERROR: "FFC7CE",
    Severity.WARNING: "FFEB9C",
    Severity.SUGGESTION: "DDEBF7",
}
# Green = faithful, blue = shortened but faithful, yellow/orange = reworded, red = wrong.
DRIFT_FILLS = {
    Drift.IDENTICAL: "C6EFCE",
    Drift.TYPOGRAPHIC: "E2EFDA",
    Drift.EXCERPT: "DDEBF7",
    Drift.ELIDED: "BDD7EE",
    Drift.INDIRECT: "FFF2CC",
    Drift.ALTERED: "F8CBAD",
    Drift.PARAPHRASED: "FFC7CE",
    Drift.MISATTRIBUTED: "FF8B8B",
    Drift.UNIQUE: "EDEDED",
}
# A dropped attribution turns a sourced claim into bare fact: the worst sourcing change.
CHANGE_FILLS = {
    "dropped": "FFC7CE",
    "credit": "F8CBAD",
    "count": "FFEB9C",
    "descriptor": "FFF2CC",
}
HEADER_FILL = "D9D9D9"
# numbers left-aligned on the Summary page, under their left-aligned headers: right-aligned
# they sit against the next column's header and read as its value
LEFT = Alignment(horizontal="left", vertical="top")
TOP = Alignment(vertical="top")
TOP_WRAP = Alignment(vertical="top", wrap_text=True)
CENTER = Alignment(horizontal="center", vertical="top")
LINK_FONT = Font(name="Calibri", size=11, color="FF0563C1", underline="single")
BAND_FILL = "F2F2F2"  # every other utterance on the Comparison sheet
NOTE_FILL = "FFEB9C"  # the rule-engine warning on the Summary sheet

# runs name their font: without one LibreOffice falls back to a serif face
BODY_FONT = "Calibri"  # openpyxl's default cell font
# in the reference, missing here
DELETED_FONT = InlineFont(rFont=BODY_FONT, sz=11, color="FFC00000", strike=True)
INSERTED_FONT = InlineFont(rFont=BODY_FONT, sz=11, color="FF0070C0", b=True)  # here, not in the reference
TYPO_FONT = InlineFont(rFont=BODY_FONT, sz=11, color="FF808080", i=True)  # same word, other typography
MOVED_FONT = InlineFont(rFont=BODY_FONT, sz=11, color="FF7030A0")  # same words, other place
MOVED_FROM_FONT = InlineFont(rFont=BODY_FONT, sz=11, color="FF7030A0", strike=True)  # where moved words stood

DIFF_LEGEND = (
    (DELETED_FONT, "deleted", "words of the reference this version leaves out (red, struck through)"),
    (INSERTED_FONT, "inserted", "words this version adds or substitutes (bold blue)"),
    (TYPO_FONT, "typographic", "same word, different typography: quote marks, case, dashes (grey italic)"),
    (MOVED_FONT, "moved", "same words in another place (purple; struck through where they stood)"),
)

SHEET_GUIDE = (
    ("Findings", "one row per distinct problem, worst first; set Status and Notes as you check"),
    (
        "Sourcing grid",
        "one row per claim, one column per outlet: the attribution each gives it (bold: the reference; blank: no change recorded)",
    ),
    ("Comparison", "each utterance across outlets: reference first, then each version's word diff"),
    ("Matrix", "utterances × outlets: how each outlet's version drifted"),
    ("Quotes", "every quotation-marked span with its speaker, kind and drift"),
    ("Sources", "every attribution to a source, named or not, with the claim it supports"),
    ("Sourcing by outlet", "named vs unnamed attribution per outlet"),
    ("Sourcing drift", "each change of attribution against the outlet it changed from"),
    ("Articles", "the articles audited, their files, and the original reporting each credits"),
)


def _font(**style: Any) -> Font:
    """A cell font that names its face, as the rich-text runs do, so styled and plain cells match."""
    return Font(name=BODY_FONT, **{"size": 11, **style})


@functools.cache  # one object per colour: openpyxl compares styles on every assignment
def _fill(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


# ---------------------------------------------------------------- cells


def clean_text(text: str) -> str:
    """Drop characters an .xlsx cannot store and keep within Excel's cell length."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "…"
    return text


def put(ws: Worksheet, row: int, column: int, value: object) -> Cell:
    """Write one cell safely: web text never becomes a formula, never breaks the file."""
    if isinstance(value, str):
        value = clean_text(value) or None  # an empty cell, not an empty string, so filters show "(Blanks)"
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str) and (cell.data_type == "f" or formula_risk(value)):
        # openpyxl turns any "=..." string into a formula; force a typed string and set
        # the same quotePrefix flag Excel sets for '=..., so editing the cell keeps it text.
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def diff_rich_text(ops: tuple[DiffOp, ...]) -> CellRichText:
    """A version's word diff against its reference as formatted runs in one cell."""
    parts: list[str | TextBlock] = []

    def add(text: str, font: InlineFont | None = None) -> None:
        text = clean_text(" ".join(text.split()))
        if not text:
            return
        if parts:
            parts.append(" ")
        parts.append(TextBlock(font, text) if font else text)

    for op in ops:
        if op.op == "equal":
            add(op.text or op.ref)
        elif op.op == "delete":
            add(op.ref, DELETED_FONT)
        elif op.op == "insert":
            add(op.text, INSERTED_FONT)
        elif op.op == "replace":
            add(op.ref, DELETED_FONT)
            add(op.text, INSERTED_FONT)
        elif op.op == "move":
            # a move op carries the words where they now stand (text) or where they stood (ref)
            if op.text:
                add(op.text, MOVED_FONT)
            else:
                add(op.ref, MOVED_FROM_FONT)
        elif op.op == "typo":
            add(op.text or op.ref, TYPO_FONT)
        else:  # an op kind this writer does not know yet: show the version's words plainly
            add(op.text or op.ref)
    return CellRichText(parts)


# ---------------------------------------------------------------- tables


@dataclass(frozen=True)
class Column:
    width: float
    wrap: bool = False
    number_format: str = ""


DEFAULT_COLUMN = Column(14)


def estimated_lines(text: str, width: float) -> int:
    """Lines a wrapped cell needs: Excel and LibreOffice do not size rows on opening a file
    written by openpyxl, so without this wrapped text would overlap the next row."""
    per_line = max(1, int(width * 1.1))  # column width counts '0' glyphs; prose runs a bit narrower
    return sum(max(1, -(-len(par) // per_line)) for par in text.split("\n"))


def link(cell: Cell, target: str) -> None:
    """Make a cell a link to another row of the workbook ("'Quotes'!A5")."""
    if not target:
        return
    cell.hyperlink = Hyperlink(ref=cell.coordinate, location=target)
    cell.font = LINK_FONT


def _value(value: object) -> object:
    """A frame value as a cell value: pandas' missing values become empty cells."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()  # numpy scalar -> Python number
    return value


def write_table(ws: Worksheet, frame: pd.DataFrame, columns: dict[str, Column], none_text: str) -> int:
    """The frame's visible columns as a table: header, widths, wrapping, frozen header,
    autofilter; a "_link:NAME" column makes NAME's cells links. Returns the first data row.

    An empty table gets one italic "none found" row so the reader knows the check ran.
    """
    shown = [c for c in frame.columns if not str(c).startswith("_")]
    header_font = _font(bold=True)
    specs = [columns.get(c, DEFAULT_COLUMN) for c in shown]
    for c, (name, col) in enumerate(zip(shown, specs, strict=True), start=1):
        cell = put(ws, 1, c, name)
        cell.font = header_font
        cell.fill = _fill(HEADER_FILL)
        cell.alignment = TOP_WRAP
        ws.column_dimensions[get_column_letter(c)].width = col.width
    header_lines = max((estimated_lines(str(name), col.width) for name, col in zip(shown, specs, strict=True)), default=1)
    if header_lines > 1:
        ws.row_dimensions[1].height = 15 * header_lines
    if frame.empty:
        put(ws, 2, 1, none_text).font = _font(italic=True, color="FF808080")
    for r, record in enumerate(frame.to_dict("records"), start=2):
        lines = 1
        for c, (name, col) in enumerate(zip(shown, specs, strict=True), start=1):
            value = _value(record[name])
            cell = put(ws, r, c, value)
            cell.alignment = TOP_WRAP if col.wrap else TOP
            if col.number_format:
                cell.number_format = col.number_format
            link(cell, record.get(f"_link:{name}") or "")
            if col.wrap and isinstance(value, str):
                lines = max(lines, estimated_lines(value, col.width))
        if lines > 1:
            ws.row_dimensions[r].height = min(409, 15 * lines)  # 409 points: Excel's row limit
    last_row = max(2, len(frame) + 1)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(shown))}{last_row}"
    fit_for_print(ws)
    return 2


def column_index(frame: pd.DataFrame, name: str) -> int:
    """1-based column of a visible column on the sheet."""
    shown = [c for c in frame.columns if not str(c).startswith("_")]
    return shown.index(name) + 1


def fit_for_print(ws: Worksheet, title_rows: str | None = "1:1") -> None:
    """Landscape, one page wide, header repeated: a printed or PDF copy stays readable."""
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    if title_rows:
        ws.print_title_rows = title_rows


def fill_by_value(ws: Worksheet, frame: pd.DataFrame, name: str, fills: dict[str, str]) -> None:
    """Colour a column's cells by their value (a severity, a drift class, a change kind)."""
    if frame.empty or name not in frame.columns:
        return
    c = column_index(frame, name)
    for r, value in enumerate(frame[name], start=2):
        rgb = fills.get(value)
        if rgb:
            ws.cell(row=r, column=c).fill = _fill(rgb)


# ---------------------------------------------------------------- sheets


def _header_row(ws: Worksheet, row: int, headers: list[str]) -> None:
    for c, header in enumerate(headers, start=1):
        cell = put(ws, row, c, header)
        cell.font = _font(bold=True)
        cell.fill = _fill(HEADER_FILL)
        cell.alignment = TOP_WRAP


def _first_row(frame: pd.DataFrame, **match: object) -> int | None:
    """Sheet row of the first frame row whose columns equal the given values."""
    if frame.empty:
        return None
    mask = pd.Series(True, index=frame.index)
    for column, value in match.items():
        mask &= frame[column.replace("_", " ")] == value
    positions = mask.to_numpy().nonzero()[0]
    return int(positions[0]) + 2 if len(positions) else None


def _summary_sheet(ws: Worksheet, report: Report) -> None:
    """A one-page report that answers first: what needs attention, each outlet's verdict,
    then the figures, each linked to the rows behind it. Several small tables, so it has
    no autofilter or frozen header."""
    result = report.result
    bold = _font(bold=True)
    section = _font(bold=True, size=12)
    outlets = outlets_in_order(result)
    widths = (20, 70, 9, 10, 12, 9, 11, 30)
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    fit_for_print(ws, title_rows=None)

    put(ws, 1, 1, "quoteaudit: what needs checking in this coverage").font = _font(bold=True, size=14)
    row = 3
    put(ws, row, 1, "Needs attention").font = section
    row += 1
    if not report.attention:
        put(ws, row, 1, "Nothing: no error or warning was found.").font = _font(italic=True)
        row += 1
    for n, line in enumerate(report.attention, 1):
        # LibreOffice does not wrap a linked cell: keep it short, the rows are in one run
        more = len(line.problem_ids) - 1
        rows_text = f"{n}. {line.problem_ids[0]}" + (f" and {more} more" if more else "")
        put(ws, row, 1, rows_text).alignment = TOP_WRAP
        link(ws.cell(row=row, column=1), report.refs.target(line.problem_ids[0]))
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=len(widths))
        put(ws, row, 2, line.sentence).alignment = TOP_WRAP
        lines = max(estimated_lines(line.sentence, sum(widths[1:])), estimated_lines(rows_text, widths[0]))
        ws.row_dimensions[row].height = 15 * lines
        row += 1

    row += 1
    put(ws, row, 1, "By outlet").font = section
    row += 1
    table = outlet_frame(report)
    findings = report.frames["Findings"]
    quotes, sources = report.frames["Quotes"], report.frames["Sources"]
    _header_row(ws, row, list(table.columns))
    ws.row_dimensions[row].height = 30  # two lines: "Anonymous / sources"
    header_row = row
    row += 1
    for record in table.to_dict("records"):
        for c, name in enumerate(table.columns, start=1):
            cell = put(ws, row, c, _value(record[name]))
            cell.alignment = TOP_WRAP if name in ("Verdict", "Credits") else LEFT
        outlet = record["Outlet"]
        targets = {
            "Outlet": ("Articles", _first_row(report.frames["Articles"], Outlet=outlet)),
            "Errors": ("Findings", _first_row(findings, Outlet=outlet, Severity="error")),
            "Warnings": ("Findings", _first_row(findings, Outlet=outlet, Severity="warning")),
            "Suggestions": ("Findings", _first_row(findings, Outlet=outlet, Severity="suggestion")),
            "Quotes": ("Quotes", _first_row(quotes, Outlet=outlet)),
            "Anonymous sources": ("Sources", _first_row(sources, Outlet=outlet, Anonymous="yes")),
        }
        for name, (sheet, target_row) in targets.items():
            if target_row:
                link(ws.cell(row=row, column=list(table.columns).index(name) + 1), f"'{sheet}'!A{target_row}")
        ws.row_dimensions[row].height = 15 * max(
            estimated_lines(str(record["Verdict"]), widths[1]), estimated_lines(str(record["Credits"]), widths[7])
        )
        row += 1
    first_data, last_data = header_row + 1, row - 1
    totals: list[object] = [
        "All outlets",
        f"{len(result.articles)} articles, {len(result.findings)} findings in {len(report.problems)} rows",
    ]
    totals += [int(table[c].sum()) for c in ("Errors", "Warnings", "Suggestions", "Quotes", "Anonymous sources")]
    for c, value in enumerate(totals, start=1):
        cell = put(ws, row, c, value)
        cell.font, cell.alignment = bold, LEFT
    total_targets = {
        "Errors": "Findings", "Warnings": "Findings", "Suggestions": "Findings", "Quotes": "Quotes",
        "Anonymous sources": "Sources",
    }  # fmt: skip
    for name, sheet in total_targets.items() if len(table) else ():
        cell = ws.cell(row=row, column=list(table.columns).index(name) + 1)
        link(cell, f"'{sheet}'!A2")
        cell.font = _font(bold=True, color="FF0563C1", underline="single")
    row += 1
    note = "Each figure links to the first row behind it; filter the Findings sheet by Outlet to see them all."
    put(ws, row, 1, note).font = _font(italic=True, color="FF808080")
    row += 1
    if len(table):
        chart = BarChart()
        chart.type, chart.grouping, chart.overlap = "bar", "stacked", 100
        chart.title = "Findings rows by outlet"
        chart.y_axis.title = "rows"
        data = Reference(ws, min_col=3, max_col=5, min_row=header_row, max_row=last_data)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=first_data, max_row=last_data))
        for series, rgb in zip(chart.series, ("FF0000", "FFC000", "5B9BD5"), strict=False):
            series.graphicalProperties.solidFill = rgb
        chart.height, chart.width = 3 + 0.8 * len(table), 18
        ws.add_chart(chart, f"B{row + 1}")
        row += int(chart.height * 2) + 1

    row += 1
    put(ws, row, 1, "About this audit").font = section
    row += 1
    facts = [
        ("Audited", f"{len(result.articles)} articles from {len(outlets)} outlets: {', '.join(outlets)}"),
        ("Engine", result.engine or "(not recorded)"),
        ("Findings", f"{len(result.findings)} findings from the rules, shown as {len(report.problems)} rows (one per distinct problem)"),
        ("Utterances compared", f"{len(result.groups)} (see Comparison and Matrix)"),
        ("Claims whose sourcing differs", f"{len(report.frames['Sourcing grid'])} (see Sourcing grid)"),
    ]
    if result.problems:
        facts.append(("Files not read", f"{len(result.problems)} (listed at the bottom of this sheet)"))
    for key, value in facts:
        put(ws, row, 1, key).font = bold
        put(ws, row, 2, value).alignment = TOP_WRAP
        row += 1
    if rule_engine_used(result):
        engines = {a.engine for a in result.articles} | {result.engine}
        text = (
            "NOTE: the rule-based engine ran without NLP models"
            + ("" if all(is_rule_engine(e) for e in engines if e) else " for some articles")
            + ". Sentence splits and speaker attribution are less accurate; "
            "run `quoteaudit models download` where there is a network and audit again."
        )
        for c in range(1, len(widths) + 1):
            ws.cell(row=row, column=c).fill = _fill(NOTE_FILL)
        put(ws, row, 1, text).font = bold
        row += 1
    for text in result.notes:
        put(ws, row, 1, "Note").font = bold
        put(ws, row, 2, text).alignment = TOP_WRAP
        row += 1

    row += 1
    put(ws, row, 1, "Drift classes (each outlet's version of an utterance against its reference)").font = section
    row += 1
    _header_row(ws, row, ["Class", "Meaning", "Versions"])
    row += 1
    for record in drift_frame(result).to_dict("records"):
        drift = Drift(record["Class"])
        put(ws, row, 1, record["Class"]).fill = _fill(DRIFT_FILLS[drift])
        put(ws, row, 2, record["Meaning"])
        put(ws, row, 3, _value(record["Versions"])).alignment = LEFT
        row += 1

    row += 1
    put(ws, row, 1, "How to read this workbook").font = section
    row += 1
    for sheet, what in SHEET_GUIDE:
        put(ws, row, 1, sheet).font = bold
        link(ws.cell(row=row, column=1), f"'{sheet}'!A1")
        put(ws, row, 2, what)
        row += 1
    row += 1
    put(ws, row, 1, "Colours").font = bold
    row += 1
    for severity in sorted(Severity, key=lambda s: -s.rank):
        put(ws, row, 1, severity.value).fill = _fill(SEVERITY_FILLS[severity])
        put(ws, row, 2, "finding severity (Findings sheet)")
        row += 1
    for kind, rgb in CHANGE_FILLS.items():
        put(ws, row, 1, kind).fill = _fill(rgb)
        put(ws, row, 2, f"Sourcing grid: {CHANGE_MEANINGS.get(kind, kind)}")
        row += 1
    put(ws, row, 1, "drift colours").fill = _fill(DRIFT_FILLS[Drift.ALTERED])
    put(ws, row, 2, "as in the Drift classes table above (Quotes, Comparison, Matrix)")
    row += 1
    for font, name, meaning in DIFF_LEGEND:
        put(ws, row, 1, CellRichText([TextBlock(font, name)]))
        put(ws, row, 2, f"in a Comparison diff: {meaning}")
        row += 1

    if result.problems:
        row += 1
        put(ws, row, 1, "Files that could not be read").font = section
        row += 1
        for p in result.problems:
            put(ws, row, 1, p.path)
            put(ws, row, 2, p.message)
            row += 1


CHANGE_MEANINGS = {
    "dropped": "the outlet states as fact what the reference attributes",
    "credit": "reporting reproduced without credit",
    "count": "a different number of sources",
    "descriptor": "the sources described in other words",
}

FINDINGS_WIDTHS = {
    "ID": Column(7), "Severity": Column(11), "Outlet": Column(16), "Where": Column(14),
    "Problem": Column(24, wrap=True), "Message": Column(70, wrap=True), "Snippet": Column(50, wrap=True),
    "Related outlets": Column(20, wrap=True), "About": Column(12, wrap=True), "Codes": Column(12, wrap=True),
    "Status": Column(11), "Notes": Column(30, wrap=True),
}  # fmt: skip


def _findings_sheet(ws: Worksheet, report: Report) -> None:
    frame = report.frames["Findings"]
    write_table(ws, frame, FINDINGS_WIDTHS, "No findings: no rule fired on these articles.")
    fill_by_value(ws, frame, "Severity", {s.value: SEVERITY_FILLS[s] for s in Severity})
    if frame.empty:
        return
    status = DataValidation(
        type="list",
        formula1='"' + ",".join(STATUSES) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Status",
        error="Choose one of: " + ", ".join(STATUSES),
    )
    ws.add_data_validation(status)
    col = get_column_letter(column_index(frame, "Status"))
    status.add(f"{col}2:{col}{len(frame) + 1}")


def _sourcing_grid_sheet(ws: Worksheet, report: Report) -> None:
    frame = report.frames["Sourcing grid"]
    outlets = outlets_in_order(report.result)
    widths = {"ID": Column(7), "Claim": Column(55, wrap=True), "Reference outlet": Column(16), "Changes": Column(20, wrap=True)}
    widths.update({o: Column(22, wrap=True) for o in outlets})
    write_table(ws, frame, widths, "No claim's attribution differs between outlets.")
    for r, record in enumerate(frame.to_dict("records"), start=2):
        ws.cell(row=r, column=column_index(frame, record["Reference outlet"])).font = _font(bold=True)
        for outlet, kind in record["_kinds"].items():
            if kind in CHANGE_FILLS:
                ws.cell(row=r, column=column_index(frame, outlet)).fill = _fill(CHANGE_FILLS[kind])


def _diff_or_text(diff: tuple[DiffOp, ...], text: str) -> CellRichText | str:
    """The version as a rich-text diff, or its plain words when the diff has nothing to show."""
    rich = diff_rich_text(tuple(diff))
    return rich if len(rich) else text


def _comparison_sheet(ws: Worksheet, report: Report) -> None:
    frame = report.frames["Comparison"]
    widths = {
        "Utterance": Column(10), "Role": Column(10), "Outlet": Column(16), "Quote": Column(7), "Where": Column(14),
        "Speaker": Column(20), "Drift": Column(13), "Similarity": Column(10, number_format="0%"),
        "Version (diff against the reference)": Column(80, wrap=True), "Reason": Column(45, wrap=True),
    }  # fmt: skip
    write_table(ws, frame, widths, "No quote appears in more than one form: nothing to compare.")
    fill_by_value(ws, frame, "Drift", {d.value: DRIFT_FILLS[d] for d in Drift})
    version = column_index(frame, "Version (diff against the reference)")
    drift = column_index(frame, "Drift")
    for r, record in enumerate(frame.to_dict("records"), start=2):
        if record["_band"]:
            for c in range(1, len(widths) + 1):
                if c != drift:
                    ws.cell(row=r, column=c).fill = _fill(BAND_FILL)
        if record["Role"] == "reference":
            ws.cell(row=r, column=column_index(frame, "Role")).font = _font(bold=True)
        else:
            rich = _diff_or_text(record["_diff"], record["Version (diff against the reference)"])
            put(ws, r, version, rich)
            # the diff shows deleted and inserted words both: size the row for all of them
            lines = estimated_lines(str(rich), widths["Version (diff against the reference)"].width)
            ws.row_dimensions[r].height = min(409, max(ws.row_dimensions[r].height or 15, 15 * lines))


def _matrix_sheet(ws: Worksheet, report: Report) -> None:
    frame = report.frames["Matrix"]
    outlets = outlets_in_order(report.result)
    widths = {"Utterance": Column(10), "Speaker": Column(22), "Reference wording": Column(50, wrap=True)}
    widths.update({o: Column(max(12, min(22, len(o) + 2))) for o in outlets})
    write_table(ws, frame, widths, "No utterances to compare.")
    fills = {d.value: DRIFT_FILLS[d] for d in Drift}
    for o in outlets:
        fill_by_value(ws, frame, o, fills)
        for r in range(2, len(frame) + 2):
            ws.cell(row=r, column=column_index(frame, o)).alignment = CENTER


def _quotes_sheet(ws: Worksheet, report: Report) -> None:
    frame = report.frames["Quotes"]
    widths = {
        "ID": Column(7), "Outlet": Column(16), "Where": Column(14), "Speaker": Column(22), "Speaker kind": Column(12),
        "Mention": Column(22, wrap=True), "Relayed by": Column(18, wrap=True), "Quote": Column(60, wrap=True), "Kind": Column(10), "Repaired": Column(12),
        "Utterance": Column(10), "Drift": Column(13), "Finding": Column(8), "Context sentence": Column(70, wrap=True),
    }  # fmt: skip
    write_table(ws, frame, widths, "No quotes found.")
    fill_by_value(ws, frame, "Drift", {d.value: DRIFT_FILLS[d] for d in Drift})


def _sources_sheet(ws: Worksheet, report: Report) -> None:
    widths = {
        "ID": Column(7), "Outlet": Column(16), "Where": Column(14), "Source": Column(40, wrap=True), "Count": Column(7),
        "Descriptor": Column(25, wrap=True), "Affiliation": Column(25, wrap=True), "Anonymous": Column(11),
        "Kind": Column(12), "Specificity (0-3)": Column(11), "Same as": Column(8), "Claim": Column(70, wrap=True),
    }  # fmt: skip
    write_table(ws, report.frames["Sources"], widths, "No source attributions found.")


def _sourcing_by_outlet_sheet(ws: Worksheet, report: Report) -> None:
    widths = {"Outlet": Column(20), "Who (named)": Column(40, wrap=True), "Credits": Column(22, wrap=True)}
    widths["Share on unnamed"] = Column(10, number_format="0%")
    frame = report.frames["Sourcing by outlet"]
    widths.update({c: Column(11) for c in frame.columns if c not in widths})
    write_table(ws, frame, widths, "No articles were read.")


def _sourcing_drift_sheet(ws: Worksheet, report: Report) -> None:
    frame = report.frames["Sourcing drift"]
    widths = {
        "ID": Column(7), "Kind": Column(11), "Claim": Column(50, wrap=True), "Reference outlet": Column(16),
        "Reference wording": Column(35, wrap=True), "Outlet": Column(16), "Where": Column(14),
        "Wording here": Column(35, wrap=True), "Message": Column(50, wrap=True), "Finding": Column(8),
    }  # fmt: skip
    write_table(ws, frame, widths, "No attribution changed between outlets.")
    fill_by_value(ws, frame, "Kind", CHANGE_FILLS)


def _articles_sheet(ws: Worksheet, report: Report) -> None:
    widths = {
        "Outlet": Column(18), "File": Column(34), "Title": Column(45, wrap=True), "Byline": Column(20),
        "Published": Column(12), "URL": Column(30), "Credits": Column(22, wrap=True), "Quotes": Column(8),
        "Sources": Column(8), "Engine": Column(16),
    }  # fmt: skip
    write_table(ws, report.frames["Articles"], widths, "No articles were read.")


BUILDERS = {
    "Summary": _summary_sheet,
    "Findings": _findings_sheet,
    "Sourcing grid": _sourcing_grid_sheet,
    "Comparison": _comparison_sheet,
    "Matrix": _matrix_sheet,
    "Quotes": _quotes_sheet,
    "Sources": _sources_sheet,
    "Sourcing by outlet": _sourcing_by_outlet_sheet,
    "Sourcing drift": _sourcing_drift_sheet,
    "Articles": _articles_sheet,
}


def build_workbook(result: AuditResult, report: Report | None = None) -> Workbook:
    """The whole workbook in memory; ``quoteaudit.report.write_xlsx`` saves it atomically."""
    report = report or build_report(result)
    wb = Workbook()
    wb.properties.creator = REPORT_CREATOR  # lets a later run know this file is ours to replace
    for i, name in enumerate(SHEET_NAMES):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = name
        BUILDERS[name](ws, report)
    return wb
