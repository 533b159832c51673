"""One pandas DataFrame per report table, built once and rendered by every format.

The workbook styles these frames, ``--format csv`` writes them as they are, and the HTML
page shows them, so the formats cannot disagree. Columns whose name starts with "_" carry
what only a styled format can show (the row a cell links to, a word diff as operations)
and are dropped from CSV and HTML tables.

IDs follow one scheme, a prefix and a number: F findings, Q quotes, S source mentions,
G utterances compared across outlets, SC sourcing changes, K claims of the Sourcing grid.
Each ID's own row is where a link to it lands (``Refs``). Places are paragraph and line
numbers as a reader counts them in the file; character offsets stay in the JSON.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from quoteaudit.models import AuditResult, Drift, SourcingChange
from quoteaudit.report.digest import STATUSES, Attention, Problem, attention, place, problems, verdicts
from quoteaudit.report.tables import (
    articles_by_id,
    credit_names,
    drift_counts,
    member_is_reference,
    members_reference_first,
    outlet_names,
    outlet_tallies,
    outlets_in_order,
    reference_text,
    span_text,
    truncate,
    worst_drift,
)

# Sheet names, in workbook order. Summary is a page, not a table; the rest are frames.
TABLE_SHEETS = (
    "Findings",
    "Sourcing grid",
    "Comparison",
    "Matrix",
    "Quotes",
    "Sources",
    "Sourcing by outlet",
    "Sourcing drift",
    "Articles",
)
SHEET_NAMES = ("Summary", *TABLE_SHEETS)
# How each sheet's CSV begins: how a later run knows a CSV in the folder is its own.
CSV_HEADS = (
    "Section,Outlet,Text,Rows",
    "ID,Severity,Outlet,Where,Problem",
    "ID,Claim,Reference outlet",
    "Utterance,Role,Outlet",
    "Utterance,Speaker,Reference wording",
    "ID,Outlet,Where,Speaker",
    "ID,Outlet,Where,Source",
    "Outlet,Articles,Spoken quotes",
    "ID,Kind,Claim",
    "Outlet,File,Title",
)
# What a reader sees in a Sourcing grid cell for a claim an outlet states as bare fact.
STATED_AS_FACT = "none: stated as fact"
# Worst first: the colour of a grid cell with several changes is the worst one's.
CHANGE_ORDER = ("dropped", "count", "descriptor", "credit")


@dataclass
class Refs:
    """Where each ID's row is: internal id -> (display id, sheet, row number)."""

    rows: dict[str, tuple[str, str, int]] = field(default_factory=dict)

    def add(self, internal: str, display: str, sheet: str, row: int) -> None:
        self.rows.setdefault(internal, (display, sheet, row))

    def display(self, internal: str) -> str:
        return self.rows[internal][0] if internal in self.rows else ""

    def target(self, internal: str) -> str:
        """ "'Sheet'!A5" for a workbook link, "" when the id has no row."""
        if internal not in self.rows:
            return ""
        _, sheet, row = self.rows[internal]
        return f"'{sheet}'!A{row}"


@dataclass
class Report:
    """Everything every format shows, computed once from an AuditResult."""

    result: AuditResult
    names: dict[str, str]  # article id -> outlet name
    problems: list[Problem]
    attention: list[Attention]
    verdicts: dict[str, str]
    refs: Refs
    frames: dict[str, pd.DataFrame]


def _where(result_texts: dict[str, str], article_id: str, start: int) -> str:
    p = place(result_texts.get(article_id, ""), start) if start >= 0 else None
    return str(p) if p else ""


def _stories(result: AuditResult) -> dict[str, str]:
    """Article id -> the story it was compared in, when the audit compared more than one
    (``--group-by``); empty for one story, which needs no Story column."""
    stories = {a.article.id: a.article.story(result.group_by) for a in result.articles}
    return stories if result.group_by and len(set(stories.values())) > 1 else {}


def _with_story(columns: list[str], after: str, stories: dict[str, str]) -> list[str]:
    """COLUMNS with "Story" after AFTER when the audit compared several stories."""
    if not stories:
        return columns
    at = columns.index(after) + 1
    return [*columns[:at], "Story", *columns[at:]]


def _register_ids(result: AuditResult, rows: list[Problem], refs: Refs) -> None:
    """Give every referable row its display ID and its row on its sheet (header is row 1)."""
    for n, p in enumerate(rows):
        refs.add(p.id, p.id, "Findings", n + 2)
    n = 0
    for a in result.articles:
        for q in a.quotes:
            n += 1
            refs.add(q.id, f"Q{n}", "Quotes", n + 1)
    n = 0
    for a in result.articles:
        for s in a.sources:
            n += 1
            refs.add(s.id, f"S{n}", "Sources", n + 1)
    row = 2
    for g in result.groups:
        refs.add(g.id, g.id.upper() if g.id[:1] == "g" else g.id, "Comparison", row)
        row += len(g.members)
    for n, c in enumerate(result.sourcing_changes):
        refs.add(c.id, c.id, "Sourcing drift", n + 2)


def _findings_frame(report: Report, texts: dict[str, str]) -> pd.DataFrame:
    articles = articles_by_id(report.result)
    records = []
    for p in report.problems:
        lead = p.findings[0]
        subjects = [f.subject_id for f in p.findings if f.subject_id and report.refs.display(f.subject_id)]
        subjects = list(dict.fromkeys(subjects))
        records.append(
            {
                "ID": p.id,
                "Severity": p.severity.value,
                "Outlet": p.outlet,
                "Where": str(p.place) if p.place else "",
                "Problem": p.title.rpartition(".")[2].replace("_", " ") if "." in p.title else p.title,
                "Message": p.message,
                "Snippet": span_text(articles.get(lead.article_id), lead.start, lead.end, limit=160),
                "Related outlets": ", ".join(p.related_outlets),
                "About": ", ".join(report.refs.display(s) for s in subjects),
                "Codes": ", ".join(f"{c}×{n}" if n > 1 else c for c, n in Counter(f.code for f in p.findings).items()),
                "Status": STATUSES[0],
                "Notes": "",
                "_link:About": report.refs.target(subjects[0]) if subjects else "",
            }
        )
    return pd.DataFrame.from_records(records, columns=FINDINGS_COLUMNS)


FINDINGS_COLUMNS = [
    "ID", "Severity", "Outlet", "Where", "Problem", "Message", "Snippet", "Related outlets",
    "About", "Codes", "Status", "Notes", "_link:About",
]  # fmt: skip


def _problem_of(report: Report) -> dict[str, str]:
    """Subject id (quote, source, change) -> the Findings row that reports it."""
    out: dict[str, str] = {}
    for p in report.problems:
        for f in p.findings:
            if f.subject_id:
                out.setdefault(f.subject_id, p.id)
    return out


def _quotes_frame(report: Report, texts: dict[str, str]) -> pd.DataFrame:
    found = _problem_of(report)
    stories = _stories(report.result)
    records = []
    for a in report.result.articles:
        for q in a.quotes:
            sp = q.speaker
            records.append(
                {
                    "ID": report.refs.display(q.id),
                    "Story": stories.get(a.article.id, ""),
                    "Outlet": report.names[a.article.id],
                    "Where": _where(texts, a.article.id, q.start),
                    "Speaker": sp.name if sp else "",
                    "Speaker kind": sp.kind.value if sp else "",
                    "Mention": sp.mention if sp else "",
                    "Relayed by": q.relayed_by.mention if q.relayed_by else "",
                    "Quote": q.text,
                    "Kind": q.kind.value,
                    "Repaired": q.repaired,
                    "Utterance": report.refs.display(q.group) if q.group else "",
                    "Drift": q.drift,
                    "Finding": found.get(q.id, ""),
                    "Context sentence": q.context,
                    "_link:Utterance": report.refs.target(q.group) if q.group else "",
                    "_link:Finding": report.refs.target(found[q.id]) if q.id in found else "",
                }
            )
    return pd.DataFrame.from_records(records, columns=_with_story(QUOTES_COLUMNS, "ID", stories))


QUOTES_COLUMNS = [
    "ID", "Outlet", "Where", "Speaker", "Speaker kind", "Mention", "Relayed by", "Quote", "Kind", "Repaired",
    "Utterance", "Drift", "Finding", "Context sentence", "_link:Utterance", "_link:Finding",
]  # fmt: skip


def _comparison_frame(report: Report, texts: dict[str, str]) -> pd.DataFrame:
    stories = _stories(report.result)
    records = []
    for band, group in enumerate(report.result.groups):
        for member in members_reference_first(group):
            is_ref = member_is_reference(group, member)
            records.append(
                {
                    "Utterance": report.refs.display(group.id),
                    "Story": stories.get(member.article_id, ""),
                    "Role": "reference" if is_ref else "version",
                    "Outlet": report.names.get(member.article_id, member.article_id),
                    "Quote": report.refs.display(member.quote_id) if member.quote_id else "(indirect)",
                    "Where": _where(texts, member.article_id, member.start),
                    "Speaker": member.speaker,
                    "Drift": member.drift.value,
                    "Similarity": member.similarity,
                    "Version (diff against the reference)": member.text,
                    "Reason": _relabel(f"reference: {group.reference_reason}" if is_ref else member.reason, report.names),
                    "_link:Quote": report.refs.target(member.quote_id) if member.quote_id else "",
                    "_diff": () if is_ref else member.diff,
                    "_band": band % 2,
                }
            )
    return pd.DataFrame.from_records(records, columns=_with_story(COMPARISON_COLUMNS, "Utterance", stories))


COMPARISON_COLUMNS = [
    "Utterance", "Role", "Outlet", "Quote", "Where", "Speaker", "Drift", "Similarity",
    "Version (diff against the reference)", "Reason", "_link:Quote", "_diff", "_band",
]  # fmt: skip


def _matrix_frame(report: Report) -> pd.DataFrame:
    outlets = outlets_in_order(report.result)
    records = []
    for group in report.result.groups:
        per_outlet: dict[str, list[Drift]] = {}
        for m in group.members:
            per_outlet.setdefault(report.names.get(m.article_id, m.article_id), []).append(m.drift)
        record = {
            "Utterance": report.refs.display(group.id),
            "Speaker": group.speaker,
            "Reference wording": truncate(reference_text(group), 140),
        }
        for o in outlets:
            worst = worst_drift(per_outlet[o]) if o in per_outlet else None
            record[o] = worst.value if worst else "—"
        record["_link:Utterance"] = report.refs.target(group.id)
        records.append(record)
    return pd.DataFrame.from_records(records, columns=["Utterance", "Speaker", "Reference wording", *outlets, "_link:Utterance"])


def _sources_frame(report: Report, texts: dict[str, str]) -> pd.DataFrame:
    records = [
        {
            "ID": report.refs.display(s.id),
            "Outlet": report.names[a.article.id],
            "Where": _where(texts, a.article.id, s.start),
            "Source": s.text,
            "Count": s.count,
            "Descriptor": s.descriptor,
            "Affiliation": s.affiliation,
            "Anonymous": "yes" if s.anonymous else "no",
            "Kind": s.kind,
            "Specificity (0-3)": s.specificity,
            "Same as": report.refs.display(s.refers_to) if s.refers_to else "",
            "Claim": s.claim,
            "_link:Same as": report.refs.target(s.refers_to) if s.refers_to else "",
        }
        for a in report.result.articles
        for s in a.sources
    ]
    return pd.DataFrame.from_records(records, columns=SOURCES_COLUMNS)


SOURCES_COLUMNS = [
    "ID", "Outlet", "Where", "Source", "Count", "Descriptor", "Affiliation", "Anonymous", "Kind",
    "Specificity (0-3)", "Same as", "Claim", "_link:Same as",
]  # fmt: skip


def _grid_frame(report: Report) -> pd.DataFrame:
    """One row per claim whose attribution differs between outlets; one column per outlet
    with the attribution that outlet gives it. Blank: no change recorded for that outlet
    (it gives the reference's attribution, or does not carry the claim)."""
    outlets = outlets_in_order(report.result)
    claims: dict[tuple[str, str], list[SourcingChange]] = {}
    for c in report.result.sourcing_changes:
        if c.kind != "credit":  # copying without credit is about whole articles: Findings
            claims.setdefault((c.reference_article_id, c.claim), []).append(c)
    records = []
    for n, ((ref_id, claim), changes) in enumerate(claims.items(), 1):
        ref_outlet = report.names.get(ref_id, ref_id)
        record: dict[str, object] = {"ID": f"K{n}", "Claim": claim, "Reference outlet": ref_outlet}
        kinds: dict[str, str] = {}
        for o in outlets:
            record[o] = ""
        record[ref_outlet] = changes[0].reference_text
        for c in sorted(changes, key=lambda c: CHANGE_ORDER.index(c.kind) if c.kind in CHANGE_ORDER else 9):
            outlet = report.names.get(c.article_id, c.article_id)
            if outlet not in kinds:
                record[outlet] = STATED_AS_FACT if c.kind == "dropped" else c.text
                kinds[outlet] = c.kind
        record["Changes"] = ", ".join(report.refs.display(c.id) for c in changes)
        record["_kinds"] = kinds
        record["_link:Changes"] = report.refs.target(changes[0].id)
        records.append(record)
    columns = ["ID", "Claim", "Reference outlet", *outlets, "Changes", "_kinds", "_link:Changes"]
    return pd.DataFrame.from_records(records, columns=columns)


def _sourcing_by_outlet_frame(report: Report) -> pd.DataFrame:
    tallies = outlet_tallies(report.result)
    kinds = sorted({k for t in tallies for k in t.source_kinds})
    records = []
    for t in tallies:
        record = {
            "Outlet": t.outlet,
            "Articles": t.articles,
            "Spoken quotes": t.spoken_quotes,
            "Named speakers": len(t.named_speakers),
            "Who (named)": ", ".join(t.named_speakers),
            "Quotes by unnamed speakers": t.unnamed_speaker_quotes,
            "Named sources": t.named_sources,
            "Anonymous sources": t.anonymous_sources,
            "Vague attributions": t.vague_attributions,
            "Attributed claims": t.claims,
            "Claims on unnamed sources": t.unnamed_claims,
            "Share on unnamed": t.unnamed_share,
            "Credits": ", ".join(t.credits),
        }
        record.update({f"{kind} (mentions)": t.source_kinds.get(kind, 0) for kind in kinds})
        records.append(record)
    return pd.DataFrame.from_records(records, columns=[*BY_OUTLET_COLUMNS, *(f"{kind} (mentions)" for kind in kinds)])


BY_OUTLET_COLUMNS = [
    "Outlet", "Articles", "Spoken quotes", "Named speakers", "Who (named)", "Quotes by unnamed speakers",
    "Named sources", "Anonymous sources", "Vague attributions", "Attributed claims", "Claims on unnamed sources",
    "Share on unnamed", "Credits",
]  # fmt: skip


def _sourcing_drift_frame(report: Report, texts: dict[str, str]) -> pd.DataFrame:
    found = _problem_of(report)
    records = [
        {
            "ID": c.id,
            "Kind": c.kind,
            "Claim": c.claim,
            "Reference outlet": report.names.get(c.reference_article_id, c.reference_article_id),
            "Reference wording": c.reference_text,
            "Outlet": report.names.get(c.article_id, c.article_id),
            "Where": _where(texts, c.article_id, c.start),
            "Wording here": c.text,
            "Message": _relabel(c.message, report.names),
            "Finding": found.get(c.id, ""),
            "_link:Finding": report.refs.target(found[c.id]) if c.id in found else "",
        }
        for c in report.result.sourcing_changes
    ]
    return pd.DataFrame.from_records(records, columns=DRIFT_COLUMNS)


DRIFT_COLUMNS = [
    "ID", "Kind", "Claim", "Reference outlet", "Reference wording", "Outlet", "Where", "Wording here",
    "Message", "Finding", "_link:Finding",
]  # fmt: skip


def _relabel(text: str, names: dict[str, str]) -> str:
    from quoteaudit.report.digest import relabel

    return relabel(text, names)


def _articles_frame(report: Report) -> pd.DataFrame:
    stories = _stories(report.result)
    records = [
        {
            "Outlet": report.names[a.article.id],
            "Story": stories.get(a.article.id, ""),
            "File": a.article.path or a.article.id,
            "Title": a.article.title,
            "Byline": a.article.byline,
            "Published": a.article.published,
            "URL": a.article.url,
            "Credits": ", ".join(credit_names(a.credits)),
            "Quotes": len(a.quotes),
            "Sources": len(a.sources),
            "Engine": a.engine,
        }
        for a in report.result.articles
    ]
    return pd.DataFrame.from_records(records, columns=_with_story(ARTICLES_COLUMNS, "Outlet", stories))


ARTICLES_COLUMNS = ["Outlet", "File", "Title", "Byline", "Published", "URL", "Credits", "Quotes", "Sources", "Engine"]


def outlet_frame(report: Report) -> pd.DataFrame:
    """The Summary's per-outlet table: verdict, counts of the rows behind each figure."""
    counts = pd.DataFrame.from_records(
        [{"Outlet": p.outlet, "Severity": p.severity.value} for p in report.problems], columns=["Outlet", "Severity"]
    )
    by_severity = pd.crosstab(counts["Outlet"], counts["Severity"]) if len(counts) else pd.DataFrame()
    records = []
    for t in outlet_tallies(report.result):
        row: dict[Hashable, Any] = by_severity.loc[t.outlet].to_dict() if t.outlet in by_severity.index else {}
        records.append(
            {
                "Outlet": t.outlet,
                "Verdict": report.verdicts.get(t.outlet, ""),
                "Errors": int(row.get("error", 0)),
                "Warnings": int(row.get("warning", 0)),
                "Suggestions": int(row.get("suggestion", 0)),
                "Quotes": t.spoken_quotes,
                "Anonymous sources": t.anonymous_sources,
                "Credits": ", ".join(t.credits),
            }
        )
    return pd.DataFrame.from_records(
        records,
        columns=["Outlet", "Verdict", "Errors", "Warnings", "Suggestions", "Quotes", "Anonymous sources", "Credits"],
    )


def drift_frame(result: AuditResult) -> pd.DataFrame:
    from quoteaudit.models import Drift
    from quoteaudit.report.tables import DRIFT_MEANINGS

    return pd.DataFrame([{"Class": k, "Versions": n, "Meaning": DRIFT_MEANINGS[Drift(k)]} for k, n in drift_counts(result).items()])


def build_report(result: AuditResult) -> Report:
    """Problems, answers, IDs and every table, in a fixed order for a given input."""
    names = outlet_names(result)
    rows = problems(result)
    report = Report(result, names, rows, attention(result, rows), verdicts(result, rows), Refs(), {})
    _register_ids(result, rows, report.refs)
    texts = {a.article.id: a.article.text for a in result.articles}
    report.frames = {
        "Findings": _findings_frame(report, texts),
        "Sourcing grid": _grid_frame(report),
        "Comparison": _comparison_frame(report, texts),
        "Matrix": _matrix_frame(report),
        "Quotes": _quotes_frame(report, texts),
        "Sources": _sources_frame(report, texts),
        "Sourcing by outlet": _sourcing_by_outlet_frame(report),
        "Sourcing drift": _sourcing_drift_frame(report, texts),
        "Articles": _articles_frame(report),
    }
    return report


def summary_frame(report: Report) -> pd.DataFrame:
    """The Summary page as one table, for formats that have no page layout (CSV)."""
    records = [{"Section": "Needs attention", "Outlet": "", "Text": a.sentence, "Rows": ", ".join(a.problem_ids)} for a in report.attention]
    records += [{"Section": "Verdict", "Outlet": o, "Text": v, "Rows": ""} for o, v in report.verdicts.items()]
    return pd.DataFrame.from_records(records, columns=["Section", "Outlet", "Text", "Rows"])


def visible(frame: pd.DataFrame) -> pd.DataFrame:
    """The columns a reader sees: helper columns ("_...") dropped."""
    return frame[[c for c in frame.columns if not str(c).startswith("_")]]
