"""The Excel workbook: what a fact-checker opens first, so it must read in a minute.

Sheets, in order: Summary, Findings, Articles, Quotes, Comparison, Matrix, Sources,
Sourcing by outlet, Sourcing drift. Every table sheet has a bold frozen header, an
autofilter over its data, set widths and wrapped long columns; an empty table still has
its header and a "none found" row so the reader knows the check ran.

All text is untrusted web text: every cell goes through ``put``, which drops characters
XML cannot hold and stores formula-like text as a typed string with Excel's quotePrefix
flag, so ``=HYPERLINK(...)`` in a quote is shown, never evaluated.
"""

from __future__ import annotations

REPORT_CREATOR = "quoteaudit"

import functools
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from quoteaudit.models import AuditResult, DiffOp, Drift, GroupMember, Severity
from quoteaudit.report.tables import (
    DRIFT_MEANINGS,
    articles_by_id,
    credit_names,
    drift_counts,
    findings_by_severity,
    formula_risk,
    is_rule_engine,
    member_is_reference,
    members_reference_first,
    outlet_label,
    outlet_tallies,
    outlets_in_order,
    reference_text,
    rule_engine_used,
    span_text,
    truncate,
    worst_drift,
)

SHEET_NAMES = (
    "Summary",
    "Findings",
    "Articles",
    "Quotes",
    "Comparison",
    "Matrix",
    "Sources",
    "Sourcing by outlet",
    "Sourcing drift",
)

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
    ("Findings", "every problem found, worst first; filter by Severity or Outlet"),
    ("Articles", "the articles audited and the original reporting each credits"),
    ("Quotes", "every quotation-marked span with its speaker, kind and drift"),
    ("Comparison", "each utterance across outlets: reference first, then each version's word diff"),
    ("Matrix", "utterances × outlets: how each outlet's version drifted"),
    ("Sources", "every attribution to a source, named or not, with the claim it supports"),
    ("Sourcing by outlet", "named vs unnamed attribution per outlet"),
    (
        "Sourcing drift",
        "claims whose attribution changed between outlets: count, descriptor, dropped, credit",
    ),
)


def _font(**style) -> Font:
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


def put(ws: Worksheet, row: int, column: int, value: object):
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
    parts: list = []

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
    header: str
    width: float
    wrap: bool = False
    number_format: str = ""


def estimated_lines(text: str, width: float) -> int:
    """Lines a wrapped cell needs: Excel and LibreOffice do not size rows on opening a file
    written by openpyxl, so without this wrapped text would overlap the next row."""
    per_line = max(1, int(width * 1.1))  # column width counts '0' glyphs; prose runs a bit narrower
    return sum(max(1, -(-len(par) // per_line)) for par in text.split("\n"))


def write_table(ws: Worksheet, columns: list[Column], rows: list[list], none_text: str) -> int:
    """Header, rows, widths, wrapping, frozen header and autofilter; returns the first data row.

    An empty table gets one italic "none found" row so the reader knows the check ran.
    """
    header_font = _font(bold=True)
    for c, col in enumerate(columns, start=1):
        cell = put(ws, 1, c, col.header)
        cell.font = header_font
        cell.fill = _fill(HEADER_FILL)
        cell.alignment = TOP_WRAP
        ws.column_dimensions[get_column_letter(c)].width = col.width
    header_lines = max(estimated_lines(col.header, col.width) for col in columns)
    if header_lines > 1:
        ws.row_dimensions[1].height = 15 * header_lines
    if not rows:
        put(ws, 2, 1, none_text).font = _font(italic=True, color="FF808080")
    for r, values in enumerate(rows, start=2):
        lines = 1
        for c, (col, value) in enumerate(zip(columns, values, strict=True), start=1):
            cell = put(ws, r, c, value)
            cell.alignment = TOP_WRAP if col.wrap else TOP
            if col.number_format:
                cell.number_format = col.number_format
            if col.wrap and isinstance(value, (str, CellRichText)):
                lines = max(lines, estimated_lines(str(value), col.width))
        if lines > 1:
            ws.row_dimensions[r].height = min(409, 15 * lines)  # 409 points: Excel's row limit
    last_row = max(2, len(rows) + 1)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{last_row}"
    fit_for_print(ws)
    return 2


def fit_for_print(ws: Worksheet, title_rows: str | None = "1:1") -> None:
    """Landscape, one page wide, header repeated: a printed or PDF copy stays readable."""
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    if title_rows:
        ws.print_title_rows = title_rows


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


# ---------------------------------------------------------------- sheets


def _summary_sheet(ws: Worksheet, result: AuditResult) -> None:
    """A one-page report rather than a filterable table: several small tables, each with a
    bold header, so it has no autofilter or frozen header."""
    bold = _font(bold=True)
    section = _font(bold=True, size=12)
    outlets = outlets_in_order(result)
    widths = (30, 12, 14, 16, 16, 10, 10, 12, 60)
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    fit_for_print(ws, title_rows=None)

    put(ws, 1, 1, "quoteaudit: quote attribution and sourcing audit").font = _font(bold=True, size=14)
    row = 3
    counts = findings_by_severity(result.findings)
    facts = [
        ("Audited", f"{len(result.articles)} articles from {len(outlets)} outlets: {', '.join(outlets)}"),
        ("Engine", result.engine or "(not recorded)"),
        ("Findings", ", ".join(f"{n} {sev}" for sev, n in counts.items())),
        ("Utterances compared", f"{len(result.groups)} (see Comparison and Matrix)"),
        ("Sourcing changes", f"{len(result.sourcing_changes)} (see Sourcing drift)"),
    ]
    if result.problems:
        facts.append(("Files not read", f"{len(result.problems)} (listed at the bottom of this sheet)"))
    for key, value in facts:
        put(ws, row, 1, key).font = bold
        put(ws, row, 2, value)
        row += 1
    if rule_engine_used(result):
        engines = {a.engine for a in result.articles} | {result.engine}
        note = (
            "NOTE: the rule-based engine ran without NLP models"
            + ("" if all(is_rule_engine(e) for e in engines if e) else " for some articles")
            + ". Sentence splits and speaker attribution are less accurate; "
            "run `quoteaudit models download` where there is a network and audit again."
        )
        for c in range(1, len(widths) + 1):
            ws.cell(row=row, column=c).fill = _fill(NOTE_FILL)
        put(ws, row, 1, note).font = bold
        row += 1
    for text in result.notes:
        put(ws, row, 1, "Note").font = bold
        put(ws, row, 2, text)
        row += 1

    row += 1
    put(ws, row, 1, "By outlet").font = section
    row += 1
    headers = (
        "Outlet", "Articles", "Quotes", "Named speakers", "Anonymous sources",
        "Errors", "Warnings", "Suggestions", "Credits",
    )  # fmt: skip
    for c, header in enumerate(headers, start=1):
        cell = put(ws, row, c, header)
        cell.font = bold
        cell.fill = _fill(HEADER_FILL)
        cell.alignment = TOP_WRAP
    ws.row_dimensions[row].height = 30  # two lines: "Anonymous / sources"
    row += 1
    tallies = outlet_tallies(result)
    for t in tallies:
        values = (
            t.outlet, t.articles, t.spoken_quotes, len(t.named_speakers), t.anonymous_sources,
            t.findings["error"], t.findings["warning"], t.findings["suggestion"], ", ".join(t.credits),
        )  # fmt: skip
        for c, value in enumerate(values, start=1):
            put(ws, row, c, value).alignment = LEFT
        row += 1
    totals = (
        "All outlets", len(result.articles), sum(t.spoken_quotes for t in tallies),
        len({n for t in tallies for n in t.named_speakers}), sum(t.anonymous_sources for t in tallies),
        counts["error"], counts["warning"], counts["suggestion"], "",
    )  # fmt: skip
    for c, value in enumerate(totals, start=1):
        cell = put(ws, row, c, value)
        cell.font, cell.alignment = bold, LEFT
    row += 1
    put(ws, row, 1, "Quotes: spoken quotes (full sentences and fragments); Errors etc.: findings per outlet.")
    ws.cell(row=row, column=1).font = _font(italic=True, color="FF808080")

    row += 2
    title = "Drift classes (each outlet's version of an utterance against its reference)"
    put(ws, row, 1, title).font = section
    row += 1
    for c, header in enumerate(("Class", "Versions", "Meaning"), start=1):
        cell = put(ws, row, c, header)
        cell.font = bold
        cell.fill = _fill(HEADER_FILL)
    row += 1
    for name, n in drift_counts(result).items():
        drift = Drift(name)
        put(ws, row, 1, name).fill = _fill(DRIFT_FILLS[drift])
        put(ws, row, 2, n).alignment = LEFT
        put(ws, row, 3, DRIFT_MEANINGS[drift])
        row += 1

    row += 1
    put(ws, row, 1, "How to read this workbook").font = section
    row += 1
    for sheet, what in SHEET_GUIDE:
        put(ws, row, 1, sheet).font = bold
        put(ws, row, 2, what)
        row += 1
    row += 1
    put(ws, row, 1, "Colours").font = bold
    row += 1
    for severity in sorted(Severity, key=lambda s: -s.rank):
        put(ws, row, 1, severity.value).fill = _fill(SEVERITY_FILLS[severity])
        put(ws, row, 2, "finding severity (Findings sheet)")
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


def _findings_sheet(ws: Worksheet, result: AuditResult) -> None:
    articles = articles_by_id(result)
    columns = [
        Column("Severity", 12), Column("Code", 8), Column("Name", 28), Column("Message", 60, wrap=True),
        Column("Outlet", 20), Column("Article", 22), Column("Where (characters)", 14),
        Column("Snippet", 60, wrap=True), Column("Related outlets", 22, wrap=True), Column("About", 26),
    ]  # fmt: skip
    order = {a.article.id: i for i, a in enumerate(result.articles)}
    findings = sorted(result.findings, key=lambda f: (-f.severity.rank, order.get(f.article_id, -1), f.start))
    rows = []
    for f in findings:
        art = articles.get(f.article_id)
        related = [outlet_label(articles[i]) if i in articles else i for i in f.related_article_ids]
        rows.append(
            [
                f.severity.value,
                f.code,
                f.name,
                f.message,
                outlet_label(art) if art else "",
                f.article_id,
                f"{f.start}–{f.end}" if f.start >= 0 else "",
                span_text(art, f.start, f.end),
                ", ".join(related),
                f.subject_id,
            ]  # fmt: skip
        )
    first = write_table(ws, columns, rows, "No findings: no rule fired on these articles.")
    for i, f in enumerate(findings):
        ws.cell(row=first + i, column=1).fill = _fill(SEVERITY_FILLS[f.severity])


def _articles_sheet(ws: Worksheet, result: AuditResult) -> None:
    columns = [
        Column("ID", 22), Column("Outlet", 20), Column("Title", 45, wrap=True), Column("Byline", 20),
        Column("Published", 14), Column("Path", 30), Column("URL", 30), Column("Credits", 22, wrap=True),
        Column("Quotes", 8), Column("Sources", 8), Column("Engine", 16),
    ]  # fmt: skip
    rows = [
        [
            a.article.id,
            outlet_label(a),
            a.article.title,
            a.article.byline,
            a.article.published,
            a.article.path,
            a.article.url,
            ", ".join(credit_names(a.credits)),
            len(a.quotes),
            len(a.sources),
            a.engine,
        ]  # fmt: skip
        for a in result.articles
    ]
    write_table(ws, columns, rows, "No articles were read.")


def _quotes_sheet(ws: Worksheet, result: AuditResult) -> None:
    columns = [
        Column("Outlet", 20), Column("Article", 22), Column("Quote ID", 26), Column("Speaker", 22),
        Column("Speaker kind", 12), Column("Mention", 22, wrap=True), Column("Quote", 60, wrap=True),
        Column("Kind", 10), Column("Repaired", 12), Column("Group", 12), Column("Drift", 13),
        Column("Context sentence", 70, wrap=True),
    ]  # fmt: skip
    rows, drifts = [], []
    for a in result.articles:
        for q in a.quotes:
            sp = q.speaker
            rows.append(
                [
                    outlet_label(a),
                    a.article.id,
                    q.id,
                    sp.name if sp else "",
                    sp.kind.value if sp else "",
                    sp.mention if sp else "",
                    q.text,
                    q.kind.value,
                    q.repaired,
                    q.group,
                    q.drift,
                    q.context,
                ]  # fmt: skip
            )
            drifts.append(q.drift)
    first = write_table(ws, columns, rows, "No quotes found.")
    for i, drift in enumerate(drifts):
        if drift in DRIFT_FILLS:
            ws.cell(row=first + i, column=11).fill = _fill(DRIFT_FILLS[Drift(drift)])


def _diff_or_text(member: GroupMember) -> CellRichText | str:
    """The version as a rich-text diff, or its plain words when the diff has nothing to show."""
    rich = diff_rich_text(member.diff)
    return rich if len(rich) else member.text


def _comparison_sheet(ws: Worksheet, result: AuditResult) -> None:
    articles = articles_by_id(result)
    columns = [
        Column("Group", 12), Column("Role", 10), Column("Outlet", 20), Column("Article", 22),
        Column("Quote ID", 26), Column("Speaker", 22), Column("Drift", 14),
        Column("Similarity", 10, number_format="0%"),
        Column("Version (diff against the reference)", 80, wrap=True), Column("Reason", 45, wrap=True),
    ]  # fmt: skip
    rows: list[list] = []
    styles: list[tuple[GroupMember, bool, int]] = []
    for band, group in enumerate(result.groups):
        for member in members_reference_first(group):
            is_ref = member_is_reference(group, member)
            art = articles.get(member.article_id)
            reason = f"reference: {group.reference_reason}" if is_ref else member.reason
            rows.append(
                [
                    group.id,
                    "reference" if is_ref else "version",
                    outlet_label(art) if art else member.article_id,
                    member.article_id,
                    member.quote_id or "(indirect)",
                    member.speaker,
                    member.drift.value,
                    member.similarity,
                    member.text if is_ref else _diff_or_text(member),
                    reason,
                ]  # fmt: skip
            )
            styles.append((member, is_ref, band))
    first = write_table(ws, columns, rows, "No quote appears in more than one form: nothing to compare.")
    for i, (member, is_ref, band) in enumerate(styles):
        r = first + i
        if band % 2:
            for c in range(1, len(columns) + 1):
                ws.cell(row=r, column=c).fill = _fill(BAND_FILL)
        ws.cell(row=r, column=7).fill = _fill(DRIFT_FILLS[member.drift])
        if is_ref:
            ws.cell(row=r, column=2).font = _font(bold=True)


def _matrix_sheet(ws: Worksheet, result: AuditResult) -> None:
    articles = articles_by_id(result)
    outlets = outlets_in_order(result)
    columns = [Column("Group", 12), Column("Speaker", 22), Column("Reference wording", 50, wrap=True)]
    columns += [Column(o, max(12, min(22, len(o) + 2))) for o in outlets]
    rows, cells = [], []
    for group in result.groups:
        per_outlet: dict[str, list[Drift]] = {}
        for m in group.members:
            outlet = outlet_label(articles[m.article_id]) if m.article_id in articles else m.article_id
            per_outlet.setdefault(outlet, []).append(m.drift)
        worst = {o: worst_drift(d) for o, d in per_outlet.items()}
        rows.append(
            [group.id, group.speaker, truncate(reference_text(group), 140)]
            + [worst[o].value if worst.get(o) else "—" for o in outlets]
        )
        cells.append([worst.get(o) for o in outlets])
    first = write_table(ws, columns, rows, "No utterances to compare.")
    for i, drifts in enumerate(cells):
        for j, drift in enumerate(drifts):
            cell = ws.cell(row=first + i, column=4 + j)
            cell.alignment = CENTER
            if drift is not None:
                cell.fill = _fill(DRIFT_FILLS[drift])


def _sources_sheet(ws: Worksheet, result: AuditResult) -> None:
    columns = [
        Column("Outlet", 20), Column("Article", 22), Column("ID", 26), Column("Source", 40, wrap=True),
        Column("Count", 7), Column("Descriptor", 25, wrap=True), Column("Affiliation", 25, wrap=True),
        Column("Anonymous", 11), Column("Kind", 12), Column("Specificity (0-3)", 11), Column("Same as", 26),
        Column("Claim", 70, wrap=True),
    ]  # fmt: skip
    rows = [
        [
            outlet_label(a),
            a.article.id,
            s.id,
            s.text,
            s.count,
            s.descriptor,
            s.affiliation,
            _yes_no(s.anonymous),
            s.kind,
            s.specificity,
            s.refers_to,
            s.claim,
        ]  # fmt: skip
        for a in result.articles
        for s in a.sources
    ]
    write_table(ws, columns, rows, "No source attributions found.")


def _sourcing_by_outlet_sheet(ws: Worksheet, result: AuditResult) -> None:
    tallies = outlet_tallies(result)
    kinds = sorted({k for t in tallies for k in t.source_kinds})
    columns = [
        Column("Outlet", 20), Column("Articles", 9), Column("Spoken quotes", 9),
        Column("Named speakers", 9), Column("Who (named)", 40, wrap=True),
        Column("Quotes by unnamed speakers", 11), Column("Named sources", 9), Column("Anonymous sources", 11),
        Column("Vague attributions", 11), Column("Attributed claims", 11),
        Column("Claims on unnamed sources", 11),
        Column("Share on unnamed", 10, number_format="0%"), Column("Credits", 22, wrap=True),
    ]  # fmt: skip
    columns += [Column(f"{kind} (mentions)", 12) for kind in kinds]
    rows = [
        [
            t.outlet,
            t.articles,
            t.spoken_quotes,
            len(t.named_speakers),
            ", ".join(t.named_speakers),
            t.unnamed_speaker_quotes,
            t.named_sources,
            t.anonymous_sources,
            t.vague_attributions,
            t.claims,
            t.unnamed_claims,
            t.unnamed_share,
            ", ".join(t.credits),
        ]  # fmt: skip
        + [t.source_kinds.get(kind, 0) for kind in kinds]
        for t in tallies
    ]
    write_table(ws, columns, rows, "No articles were read.")


def _sourcing_drift_sheet(ws: Worksheet, result: AuditResult) -> None:
    articles = articles_by_id(result)

    def outlet(article_id: str) -> str:
        return outlet_label(articles[article_id]) if article_id in articles else article_id

    columns = [
        Column("ID", 12), Column("Kind", 11), Column("Claim", 50, wrap=True), Column("Reference outlet", 18),
        Column("Reference wording", 35, wrap=True), Column("Outlet", 20), Column("Article", 22),
        Column("Wording here", 35, wrap=True), Column("Message", 50, wrap=True),
    ]  # fmt: skip
    rows = [
        [
            c.id,
            c.kind,
            c.claim,
            outlet(c.reference_article_id),
            c.reference_text,
            outlet(c.article_id),
            c.article_id,
            c.text,
            c.message,
        ]  # fmt: skip
        for c in result.sourcing_changes
    ]
    first = write_table(ws, columns, rows, "No attribution changed between outlets.")
    for i, change in enumerate(result.sourcing_changes):
        if change.kind in CHANGE_FILLS:
            ws.cell(row=first + i, column=2).fill = _fill(CHANGE_FILLS[change.kind])


def build_workbook(result: AuditResult) -> Workbook:
    """The whole workbook in memory; ``quoteaudit.report.write_xlsx`` saves it atomically."""
    wb = Workbook()
    wb.properties.creator = REPORT_CREATOR  # lets a later run know this file is ours to replace
    builders = (
        _summary_sheet, _findings_sheet, _articles_sheet, _quotes_sheet, _comparison_sheet,
        _matrix_sheet, _sources_sheet, _sourcing_by_outlet_sheet, _sourcing_drift_sheet,
    )  # fmt: skip
    for i, (name, build) in enumerate(zip(SHEET_NAMES, builders, strict=True)):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = name
        build(ws, result)
    return wb
