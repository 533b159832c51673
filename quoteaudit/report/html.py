"""One self-contained HTML page with the workbook's answers, for readers without Excel.

No script at all: the page carries a Content-Security-Policy that forbids scripts and
every outside resource, and every piece of text (article words above all) is escaped with
``html.escape``, so a quote holding ``<script>`` is shown as text. Styles are inline in
the page. The tables are the frames of quoteaudit.report.frames; an ID is an anchor and
every reference to it a link to that anchor.
"""

from __future__ import annotations

import re
from html import escape

import pandas as pd

from quoteaudit.models import DiffOp, Drift, Severity
from quoteaudit.report.frames import Report, outlet_frame, visible
from quoteaudit.report.tables import outlets_in_order
from quoteaudit.report.word_diff import HTML_MARKS, render_diff
from quoteaudit.report.xlsx import CHANGE_FILLS, CHANGE_MEANINGS, DRIFT_FILLS, SEVERITY_FILLS

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em auto; max-width: 1200px; padding: 0 1em; color: #222; }
h1 { font-size: 1.5em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1.5em; }
th, td { border: 1px solid #ddd; padding: .3em .5em; vertical-align: top; text-align: left; }
th { background: #eee; position: sticky; top: 0; }
ol.attention li { margin: .3em 0; }
.muted { color: #777; font-style: italic; }
del { color: #c00000; } ins { color: #0070c0; font-weight: bold; text-decoration: none; }
.typo { color: #808080; font-style: italic; } .moved { color: #7030a0; }
:target { outline: 3px solid #f90; }
"""
ID_PATTERN = re.compile(r"^(F|Q|S|G|SC|K)\d+$")


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        return f"{value:.0%}" if 0 <= value <= 1 else f"{value:g}"
    return escape(str(value))


def _ids(value: object) -> str:
    """A cell of comma-separated IDs as links to their anchors."""
    parts = [p.strip() for p in str(value or "").split(",") if p.strip()]
    if not parts or not all(ID_PATTERN.match(p) for p in parts):
        return _text(value)
    return ", ".join(f'<a href="#{escape(p)}">{escape(p)}</a>' for p in parts)


def _table(
    frame: pd.DataFrame, link_columns: tuple[str, ...] = (), anchor: str = "", fills: dict[str, dict[str, str]] | None = None
) -> str:
    """A frame as an HTML table; ``anchor`` names the column whose value is each row's id;
    ``fills`` maps a column to {value: colour} for cells coloured by their value."""
    shown = visible(frame)
    if shown.empty:
        return '<p class="muted">None found.</p>'
    fills = fills or {}
    head = "".join(f"<th>{escape(str(c))}</th>" for c in shown.columns)
    body = []
    for record in shown.to_dict("records"):
        cells = []
        for column, value in record.items():
            style = ""
            colour = fills.get(str(column), {}).get(value)
            if colour:
                style = f' style="background:#{colour}"'
            content = _ids(value) if column in link_columns else _text(value)
            cells.append(f"<td{style}>{content}</td>")
        row_id = f' id="{escape(str(record[anchor]))}"' if anchor and record.get(anchor) else ""
        body.append(f"<tr{row_id}>{''.join(cells)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _diff_html(ops: tuple[DiffOp, ...], text: str) -> str:
    return render_diff(ops, HTML_MARKS, escape) or escape(text)


def _comparison(report: Report) -> str:
    frame = report.frames["Comparison"]
    if frame.empty:
        return '<p class="muted">No quote appears in more than one form: nothing to compare.</p>'
    fills = {d.value: DRIFT_FILLS[d] for d in Drift}
    rows = []
    seen: set[str] = set()
    for record in frame.to_dict("records"):
        utterance = str(record["Utterance"])
        anchor = f' id="{escape(utterance)}"' if utterance not in seen else ""
        seen.add(utterance)
        version = record["Version (diff against the reference)"]
        words = escape(version) if record["Role"] == "reference" else _diff_html(record["_diff"], version)
        colour = fills.get(record["Drift"], "")
        rows.append(
            f"<tr{anchor}><td>{escape(utterance)}</td><td>{_text(record['Role'])}</td><td>{_text(record['Outlet'])}</td>"
            f"<td>{_ids(record['Quote'])}</td><td>{_text(record['Speaker'])}</td>"
            f'<td style="background:#{colour}">{_text(record["Drift"])}</td><td>{words}</td></tr>'
        )
    head = "".join(
        f"<th>{h}</th>" for h in ("Utterance", "Role", "Outlet", "Quote", "Speaker", "Drift", "Version (diff against the reference)")
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _grid(report: Report) -> str:
    frame = report.frames["Sourcing grid"]
    if frame.empty:
        return '<p class="muted">No claim\'s attribution differs between outlets.</p>'
    outlets = outlets_in_order(report.result)
    head = "".join(f"<th>{escape(c)}</th>" for c in ("ID", "Claim", *outlets, "Changes"))
    rows = []
    for record in frame.to_dict("records"):
        cells = [f"<td>{escape(record['ID'])}</td><td>{_text(record['Claim'])}</td>"]
        for o in outlets:
            kind = record["_kinds"].get(o)
            style = f' style="background:#{CHANGE_FILLS[kind]}"' if kind in CHANGE_FILLS else ""
            value = _text(record[o])
            if o == record["Reference outlet"]:
                value = f"<strong>{value}</strong>"
            cells.append(f"<td{style}>{value}</td>")
        cells.append(f"<td>{_ids(record['Changes'])}</td>")
        rows.append(f'<tr id="{escape(record["ID"])}">{"".join(cells)}</tr>')
    legend = "; ".join(
        f'<span style="background:#{rgb}">{escape(kind)}</span>: {escape(CHANGE_MEANINGS[kind])}'
        for kind, rgb in CHANGE_FILLS.items()
        if kind in CHANGE_MEANINGS
    )
    note = "Bold: the reference outlet's wording. Blank: no change recorded for that outlet."
    return f"<p>{legend}. {note}</p><table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def render_html(report: Report) -> str:
    """The whole page as one string."""
    result = report.result
    outlets = outlets_in_order(result)
    attention = (
        "".join(f'<li>{escape(a.sentence)} <span class="muted">({_ids(", ".join(a.problem_ids))})</span></li>' for a in report.attention)
        or '<li class="muted">Nothing: no error or warning was found.</li>'
    )
    severity_fills = {s.value: SEVERITY_FILLS[s] for s in Severity}
    drift_fills = {d.value: DRIFT_FILLS[d] for d in Drift}
    sections = [
        "<h1>quoteaudit: what needs checking in this coverage</h1>",
        f"<p>{len(result.articles)} articles from {len(outlets)} outlets ({escape(', '.join(outlets))}); "
        f"{len(result.findings)} findings shown as {len(report.problems)} rows. Engine: {escape(result.engine or 'not recorded')}.</p>",
        f'<h2 id="attention">Needs attention</h2><ol class="attention">{attention}</ol>',
        '<h2 id="outlets">By outlet</h2>' + _table(outlet_frame(report)),
        '<h2 id="findings">Findings</h2>'
        + _table(report.frames["Findings"].drop(columns=["Status", "Notes"]), ("About",), "ID", {"Severity": severity_fills}),
        '<h2 id="grid">Sourcing grid</h2>' + _grid(report),
        '<h2 id="comparison">Comparison</h2>' + _comparison(report),
        '<h2 id="quotes">Quotes</h2>' + _table(report.frames["Quotes"], ("Utterance", "Finding"), "ID", {"Drift": drift_fills}),
        '<h2 id="sources">Sources</h2>' + _table(report.frames["Sources"], ("Same as",), "ID"),
        '<h2 id="drift">Sourcing drift</h2>' + _table(report.frames["Sourcing drift"], ("Finding",), "ID", {"Kind": CHANGE_FILLS}),
        '<h2 id="articles">Articles</h2>' + _table(report.frames["Articles"]),
    ]
    if result.problems:
        rows = "".join(f"<li>{escape(p.path)}: {escape(p.message)}</li>" for p in result.problems)
        sections.append(f"<h2>Files that could not be read</h2><ul>{rows}</ul>")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>quoteaudit report</title><style>{STYLE}</style></head><body>\n" + "\n".join(sections) + "\n</body></html>\n"
    )
