"""Rows and tallies that every report format shares, and the `quotes` command's outputs.

The workbook, the JSON document and the quote listings all count the same things (quotes
per outlet, named versus unnamed attribution, drift classes); computing them once here
keeps the formats in agreement. Nothing here imports openpyxl or rich at module level, so
the CLI's ``--help`` stays instant.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from quoteaudit.models import (
    SPOKEN_KINDS,
    ArticleResult,
    AuditResult,
    Credit,
    Drift,
    Finding,
    GroupMember,
    QuoteGroup,
    Severity,
    Speaker,
    SpeakerKind,
)

# Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP
# "CSV injection"); "-" and "+" included because "-2+3" and "+cmd|..." are evaluated too.
FORMULA_TRIGGERS = ("=", "+", "-", "@")
# Leading whitespace and control characters that spreadsheet apps skip before looking for
# a trigger (OWASP lists tab and carriage return as triggers in their own right).
_LEADING_SKIPPED = " \t\r\n"
# C0/C1 control characters other than tab and newline: untrusted web text can carry
# terminal escape sequences (ESC[...) that must not reach a console or a text file raw.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Most severe first: a cell that has to show one drift class for several versions shows
# the one an editor must look at first.
DRIFT_SEVERITY_ORDER: tuple[Drift, ...] = (
    Drift.MISATTRIBUTED,
    Drift.PARAPHRASED,
    Drift.ALTERED,
    Drift.INDIRECT,
    Drift.ELIDED,
    Drift.EXCERPT,
    Drift.TYPOGRAPHIC,
    Drift.IDENTICAL,
    Drift.UNIQUE,
)

DRIFT_MEANINGS: dict[Drift, str] = {
    Drift.IDENTICAL: "same words as the reference version",
    Drift.TYPOGRAPHIC: "same words; only quote marks, case, dashes or ellipses differ",
    Drift.EXCERPT: "a contiguous part of the reference, cut without a marked omission",
    Drift.ELIDED: "words left out, with the omission marked (…)",
    Drift.ALTERED: "words changed inside the quote marks",
    Drift.PARAPHRASED: "mostly different words, still presented inside quote marks",
    Drift.INDIRECT: "the words appear without quote marks (reported speech)",
    Drift.MISATTRIBUTED: "the same words credited to another speaker (or to unnamed sources)",
    Drift.UNIQUE: "only one outlet carries this utterance",
}

QUOTE_COLUMNS: tuple[str, ...] = (
    "article",
    "outlet",
    "quote_id",
    "start",
    "end",
    "speaker",
    "speaker_mention",
    "speaker_kind",
    "relayed_by",
    "kind",
    "repaired",
    "text",
    "context",
)

QUOTE_FORMATS = ("table", "jsonl", "csv")

if TYPE_CHECKING:
    from rich.table import Table


# ---------------------------------------------------------------- cell safety


def formula_risk(value: object) -> bool:
    """True for a string a spreadsheet app would evaluate as a formula if typed or imported."""
    if not isinstance(value, str) or not value:
        return False
    if value[0] in "\t\r":
        return True
    return value.lstrip(_LEADING_SKIPPED).startswith(FORMULA_TRIGGERS)


def safe_cell(value: object) -> object:
    """A value that stays data when a CSV is opened in Excel, LibreOffice or Sheets.

    Text is untrusted web text; a quote such as ``=HYPERLINK("http://x","click")`` or
    ``-4 sources`` would run as a formula. CSV has no type information, so the only
    defence every spreadsheet app honours on import is OWASP's: a leading apostrophe,
    which the app treats as "this is text". Numbers and None pass through unchanged.
    (The workbook writer needs no visible prefix: it stores such cells as typed strings
    with Excel's own quotePrefix flag; see ``xlsx.put``.)
    """
    if formula_risk(value):
        return "'" + str(value)
    return value


def plain_text(value: object) -> str:
    """Text for a console or a text file: control characters and escape codes removed."""
    if value is None:
        return ""
    return _CONTROL_CHARS.sub("", str(value))


# ---------------------------------------------------------------- small lookups


def letter_label(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: a short stand-in name that sorts with the input order."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("A") + rest) + label
    return label


def _is_stand_in(outlet: str, article_id: str, path: str) -> bool:
    """True when ingest found no outlet and fell back to the file's name."""
    from pathlib import Path

    from quoteaudit.ingest import outlet_from_name

    stem = Path(path).stem if path else ""
    return not outlet or outlet in {article_id, stem, outlet_from_name(article_id), outlet_from_name(stem)}


def outlet_names(result: AuditResult) -> dict[str, str]:
    """Article id -> the outlet name a reader sees: from the manifest or the text, else
    "Outlet C" (C: the third article given), so a file name shows in one column only."""
    names = {}
    for i, a in enumerate(result.articles):
        art = a.article
        names[art.id] = f"Outlet {letter_label(i)}" if _is_stand_in(art.outlet, art.id, art.path) else art.outlet
    return names


def articles_by_id(result: AuditResult) -> dict[str, ArticleResult]:
    return {a.article.id: a for a in result.articles}


def outlets_in_order(result: AuditResult) -> list[str]:
    """Outlet names in the order their first article was given, each once."""
    return list(dict.fromkeys(outlet_names(result).values()))


def credit_names(credits: tuple[Credit, ...]) -> list[str]:
    """Canonical names of the credited organisations, each once, in order of mention."""
    return list(dict.fromkeys(c.name for c in credits))


def is_rule_engine(engine: str) -> bool:
    """True when the no-model engine ran (its name is "rules"; its note starts "rule engine")."""
    return engine.strip().lower().startswith("rule")


def rule_engine_used(result: AuditResult) -> bool:
    return is_rule_engine(result.engine) or any(is_rule_engine(a.engine) for a in result.articles)


def speaker_class(speaker: Speaker | None) -> str:
    """ "named", "unnamed" or "unknown": whether the reader can tell who said it.

    A pronoun counts as named only when it was resolved to a name ("he" -> "Donald
    Trump"); groups ("experts") are unnamed because the reader cannot check them.
    """
    if speaker is None:
        return "unknown"
    if speaker.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION):
        return "named"
    if speaker.kind == SpeakerKind.PRONOUN:
        resolved = speaker.name and speaker.name.strip().lower() != speaker.mention.strip().lower()
        return "named" if resolved else "unknown"
    if speaker.kind in (SpeakerKind.ANONYMOUS, SpeakerKind.GROUP):
        return "unnamed"
    return "unknown"


def member_is_reference(group: QuoteGroup, member: GroupMember) -> bool:
    return member.article_id == group.reference_article_id and member.quote_id == group.reference_quote_id


def members_reference_first(group: QuoteGroup) -> list[GroupMember]:
    """The group's versions with the reference first, the rest in their given order."""
    members = list(group.members)
    refs = [m for m in members if member_is_reference(group, m)]
    return refs[:1] + [m for m in members if m is not (refs[0] if refs else None)]


def reference_text(group: QuoteGroup) -> str:
    members = members_reference_first(group)
    return members[0].text if members else ""


def worst_drift(drifts: list[Drift]) -> Drift | None:
    """The most severe of several drift classes (see DRIFT_SEVERITY_ORDER)."""
    present = {Drift(d) for d in drifts}
    return next((d for d in DRIFT_SEVERITY_ORDER if d in present), None)


def span_text(article_result: ArticleResult | None, start: int, end: int, limit: int = 300) -> str:
    """The article's words between two offsets, shortened for a cell."""
    if article_result is None or start < 0 or end <= start:
        return ""
    text = " ".join(article_result.article.text[start:end].split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def truncate(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---------------------------------------------------------------- counts


def findings_by_severity(findings: tuple[Finding, ...] | list[Finding]) -> dict[str, int]:
    """Every severity as a key (zeros included) so readers see a stable shape."""
    counts = Counter(f.severity.value for f in findings)
    return {s.value: counts.get(s.value, 0) for s in sorted(Severity, key=lambda s: -s.rank)}


def drift_counts(result: AuditResult) -> dict[str, int]:
    """Versions per drift class over all groups (reference versions included)."""
    counts = Counter(Drift(m.drift).value for g in result.groups for m in g.members)
    return {d.value: counts.get(d.value, 0) for d in Drift}


def named_speakers(result: AuditResult) -> list[str]:
    """Distinct names of named speakers of spoken quotes, in order of first quote."""
    names = (
        q.speaker.name
        for a in result.articles
        for q in a.quotes
        if q.kind in SPOKEN_KINDS and q.speaker is not None and speaker_class(q.speaker) == "named"
    )
    return list(dict.fromkeys(names))


@dataclass
class OutletTally:
    """What one outlet's articles attribute to whom: the per-outlet rows of the report."""

    outlet: str
    articles: int = 0
    quotes: int = 0  # every quotation-marked span
    spoken_quotes: int = 0  # full, fragment and turn quotes: someone's words
    named_speakers: list[str] = field(default_factory=list)
    unnamed_speaker_quotes: int = 0  # spoken quotes by anonymous speakers or groups
    named_sources: int = 0
    anonymous_sources: int = 0  # distinct unnamed sources ("the same source" not recounted)
    vague_attributions: int = 0  # anonymous mentions with specificity 0 ("sources say")
    claims: int = 0  # sentences that carry an attribution
    unnamed_claims: int = 0  # of those, resting only on unnamed sources
    credits: list[str] = field(default_factory=list)
    source_kinds: Counter[str] = field(default_factory=Counter)
    findings: dict[str, int] = field(default_factory=dict)

    @property
    def unnamed_share(self) -> float | None:
        return self.unnamed_claims / self.claims if self.claims else None

    def to_json(self) -> dict[str, Any]:
        share = self.unnamed_share
        return {
            "outlet": self.outlet,
            "articles": self.articles,
            "quotes": self.quotes,
            "spoken_quotes": self.spoken_quotes,
            "named_speakers": self.named_speakers,
            "unnamed_speaker_quotes": self.unnamed_speaker_quotes,
            "named_sources": self.named_sources,
            "anonymous_sources": self.anonymous_sources,
            "vague_attributions": self.vague_attributions,
            "claims": self.claims,
            "unnamed_claims": self.unnamed_claims,
            "unnamed_claim_share": None if share is None else round(share, 3),
            "credits": self.credits,
            "source_kinds": dict(sorted(self.source_kinds.items())),
            "findings_by_severity": self.findings,
        }


def _article_claims(article_result: ArticleResult) -> list[bool]:
    """One flag per attributed claim in the article: True when only unnamed sources back it.

    A claim is the sentence a source mention supports; a spoken quote whose offset falls in
    no such sentence is a claim of its own (its speaker is its attribution).
    """
    claims: dict[tuple[int, int], list[bool]] = {}
    for s in article_result.sources:
        key = (s.claim_start, s.claim_end) if s.claim_start >= 0 else (s.start, s.end)
        claims.setdefault(key, []).append(s.anonymous)
    for q in article_result.quotes:
        who = speaker_class(q.speaker)
        if q.kind not in SPOKEN_KINDS or who == "unknown":
            continue
        key = next((k for k in claims if k[0] <= q.start < k[1]), (q.start, q.end))
        claims.setdefault(key, []).append(who == "unnamed")
    return [all(flags) for flags in claims.values()]


def outlet_tallies(result: AuditResult) -> list[OutletTally]:
    """One tally per outlet, in the order outlets first appear."""
    names = outlet_names(result)
    tallies = {name: OutletTally(outlet=name) for name in outlets_in_order(result)}
    for a in result.articles:
        t = tallies[names[a.article.id]]
        t.articles += 1
        t.quotes += len(a.quotes)
        for q in a.quotes:
            if q.kind not in SPOKEN_KINDS:
                continue
            t.spoken_quotes += 1
            who = speaker_class(q.speaker)
            if who == "named" and q.speaker is not None and q.speaker.name not in t.named_speakers:
                t.named_speakers.append(q.speaker.name)
            elif who == "unnamed":
                t.unnamed_speaker_quotes += 1
        for s in a.sources:
            if s.refers_to:  # a repeated reference to a source already counted
                continue
            t.source_kinds[s.kind or "unspecified"] += 1
            if s.anonymous:
                t.anonymous_sources += 1
                t.vague_attributions += s.specificity <= 0
            else:
                t.named_sources += 1
        flags = _article_claims(a)
        t.claims += len(flags)
        t.unnamed_claims += sum(flags)
        for name in credit_names(a.credits):
            if name not in t.credits:
                t.credits.append(name)
    per_outlet: dict[str, list[Finding]] = {}
    for f in result.findings:
        if f.article_id in names:
            per_outlet.setdefault(names[f.article_id], []).append(f)
    for name, t in tallies.items():
        t.findings = findings_by_severity(per_outlet.get(name, []))
    return list(tallies.values())


# ---------------------------------------------------------------- the quotes command


def quotes_rows(result: AuditResult) -> list[dict[str, Any]]:
    """One flat row per quote, in article order: the CSV columns and the table's source."""
    rows = []
    for a in result.articles:
        for q in a.quotes:
            sp = q.speaker
            rows.append(
                {
                    "article": a.article.id,
                    "outlet": a.article.outlet,
                    "quote_id": q.id,
                    "start": q.start,
                    "end": q.end,
                    "speaker": sp.name if sp else "",
                    "speaker_mention": sp.mention if sp else "",
                    "speaker_kind": sp.kind.value if sp else "",
                    "relayed_by": q.relayed_by.mention if q.relayed_by else "",
                    "kind": q.kind.value,
                    "repaired": q.repaired,
                    "text": q.text,
                    "context": q.context,
                }
            )
    return rows


def quotes_jsonl(result: AuditResult) -> str:
    """One JSON line per article: ``{"doc_id": ..., "quotes": [Quote.to_json() ...]}``."""
    lines = (json.dumps({"doc_id": a.article.id, "quotes": [q.to_json() for q in a.quotes]}, ensure_ascii=False) for a in result.articles)
    return "".join(line + "\n" for line in lines)


def quotes_csv(result: AuditResult) -> str:
    """quotes_rows as CSV, every field passed through safe_cell (formula injection)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(QUOTE_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for row in quotes_rows(result):
        writer.writerow({k: safe_cell(v) for k, v in row.items()})
    return buffer.getvalue()


def quotes_table(result: AuditResult) -> Table:
    """A rich Table of the quotes; cells are rich Text objects so that square brackets in
    web text are shown, never interpreted as console markup."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{sum(len(a.quotes) for a in result.articles)} quotes", show_lines=False)
    # the quote gets whatever width the other columns leave
    table.add_column("Outlet", style="cyan", max_width=24, overflow="fold")
    table.add_column("Quote", overflow="fold")
    table.add_column("Speaker", style="green", max_width=40, overflow="fold")
    table.add_column("Kind", style="dim", max_width=24, overflow="fold")
    for row in quotes_rows(result):
        speaker = row["speaker"]
        # show the words next to the quote only when they add something ("he", "the official")
        if row["speaker_mention"] and speaker.lower() not in row["speaker_mention"].lower():
            speaker = f"{speaker} ({row['speaker_mention']})"
        if row["speaker_kind"] and row["speaker_kind"] != SpeakerKind.NAMED.value:
            speaker = f"{speaker} [{row['speaker_kind']}]"
        if row["relayed_by"]:
            speaker = f"{speaker}, via {row['relayed_by']}"
        kind = row["kind"] + (f", repaired: {row['repaired']}" if row["repaired"] else "")
        table.add_row(
            Text(plain_text(row["outlet"] or row["article"])),
            Text(plain_text(row["text"])),
            Text(plain_text(speaker or "—")),
            Text(kind),
        )
    return table


def quotes_text(result: AuditResult, width: int = 160) -> str:
    """The quotes table as plain text (no colour codes), for writing to a file."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False, highlight=False)
    console.print(quotes_table(result))
    return buffer.getvalue()
