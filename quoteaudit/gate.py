"""The pre-publication gate behind `quoteaudit check`: a draft judged against its sources.

The sources are the reference, always: the pipeline runs with the draft's articles marked
as drafts, so no draft version becomes a group's reference and every draft quote is
compared with the source version it matches best. This module then keeps the findings on
the draft, marks those the draft inherits unchanged from a source (the source carries the
same finding on the same words), and places each in the files as written: the draft's
line and column, the matching source's file and line, both versions and their word diff.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from quoteaudit.errors import InputError
from quoteaudit.models import Article, AuditResult, DiffOp, Finding, Severity
from quoteaudit.spans import file_position

# C0 and C1 control characters (but tab and newline) and the bidirectional overrides that
# can make a terminal or a code host show other text than the file holds.
CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """Text safe to print: control characters removed."""
    return CONTROL_RE.sub("", text)


@dataclass(frozen=True)
class Place:
    """Where a span stands in a file as written; line and column from 1, 0 when unknown."""

    path: str
    line: int = 0
    column: int = 0
    text: str = ""  # the span's words


@dataclass(frozen=True)
class DraftFinding:
    """One finding on the draft, placed in the files an editor opens."""

    finding: Finding
    draft: Place
    inherited: bool = False  # a source carries the same finding on the same words
    source: Place | None = None  # the source version the draft's was compared with
    diff: tuple[DiffOp, ...] = ()
    line_text: str = ""  # the draft's line as written, for a snippet with a caret
    width: int = 1  # how many characters of that line the caret marks

    @property
    def severity(self) -> Severity:
        return self.finding.severity


@dataclass(frozen=True)
class CheckResult:
    draft: Path
    sources: tuple[Path, ...]
    findings: tuple[DraftFinding, ...]
    audit: AuditResult

    def failing(self, threshold: Severity | None, inherited_fail: bool = False) -> list[DraftFinding]:
        """The findings that fail the gate: at or above ``threshold``; inherited ones only
        when asked (the draft did not make them, the source did)."""
        if threshold is None:
            return []
        return [f for f in self.findings if f.severity.rank >= threshold.rank and (inherited_fail or not f.inherited)]


def load_check_inputs(draft: Path, sources: list[Path]) -> tuple[list[Article], frozenset[str]]:
    """The draft's and the sources' articles. Never checks against nothing: a draft or
    source that is missing, unreadable or empty raises InputError naming it."""
    from quoteaudit.ingest import load_paths, unique_ids

    if not sources:
        raise InputError(str(draft), "no source given to check the draft against")
    batches: list[list[Article]] = []
    for path in [draft, *sources]:
        articles, problems = load_paths([path])
        if problems:
            raise InputError(problems[0].path, problems[0].message)
        if not any(a.text.strip() for a in articles):
            raise InputError(str(path), "has no text to check")
        batches.append(articles)
    everything = unique_ids([a for batch in batches for a in batch])
    drafts = frozenset(a.id for a in everything[: len(batches[0])])
    return everything, drafts


def _raw(article: Article) -> str:
    """The file as written, for line and column; a .docx or a record file's text is the
    article's own text (a Word file has no lines to jump to)."""
    path = Path(article.path)
    if path.suffix.lower() in (".txt", ".md", ".markdown", ".html", ".htm"):
        try:
            return path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return article.text
    return article.text


def _place(article: Article, raw: str, start: int, end: int) -> Place:
    where = file_position(raw, article.text, start, end) if start >= 0 else None
    words = " ".join(article.text[start:end].split()) if start >= 0 else ""
    line, column = where if where else (0, 0)
    return Place(article.path, line, column, words)


def _span_key(text: str, start: int, end: int) -> str:
    return " ".join(re.findall(r"\w+", text[start:end].lower())) if start >= 0 else ""


def judge(audit: AuditResult, draft: Path, sources: list[Path]) -> CheckResult:
    """The draft's findings, placed, with what it inherits from a source marked."""
    articles = {a.article.id: a.article for a in audit.articles}
    drafts = set(audit.drafts)
    source_findings = [f for f in audit.findings if f.article_id not in drafts and f.article_id in articles]
    inherited_keys = {(f.code, _span_key(articles[f.article_id].text, f.start, f.end)) for f in source_findings}
    members = {(m.article_id, m.quote_id): m for g in audit.groups for m in g.members if m.quote_id}

    def inherited(finding: Finding, article: Article) -> bool:
        """The source carries the same finding on the same words, or on the source quote
        this draft quote was compared with (the draft cut or changed it, but the source
        left it unattributed too)."""
        if (finding.code, _span_key(article.text, finding.start, finding.end)) in inherited_keys:
            return True
        member = members.get((finding.article_id, finding.subject_id))
        if member is None or not member.compared_article_id or finding.code.startswith("DR"):
            return False
        return any(
            f.code == finding.code
            and f.article_id == member.compared_article_id
            and f.start < member.compared_end
            and f.end > member.compared_start
            for f in source_findings
        )

    changes = {c.id: c for c in audit.sourcing_changes}
    raws: dict[str, str] = {}

    def raw_of(article: Article) -> str:
        if article.id not in raws:
            raws[article.id] = _raw(article)
        return raws[article.id]

    placed: list[DraftFinding] = []
    for finding in audit.findings:
        if finding.article_id not in drafts:
            continue
        article = articles[finding.article_id]
        raw = raw_of(article)
        here = _place(article, raw, finding.start, finding.end)
        source: Place | None = None
        diff: tuple[DiffOp, ...] = ()
        member = members.get((finding.article_id, finding.subject_id))
        change = changes.get(finding.subject_id)
        if member is not None and member.compared_article_id in articles and member.compared_article_id not in drafts:
            other = articles[member.compared_article_id]
            source = _place(other, raw_of(other), member.compared_start, member.compared_end)
            diff = member.diff
        elif change is not None and change.reference_article_id in articles:
            other = articles[change.reference_article_id]
            at = other.text.find(change.reference_text) if change.reference_text else -1
            source = _place(other, raw_of(other), at, at + len(change.reference_text)) if at >= 0 else Place(other.path)
        line_text = raw.splitlines()[here.line - 1] if here.line and here.line <= raw.count("\n") + 1 else ""
        width = max(1, min(len(here.text), len(line_text) - here.column + 1)) if line_text else 1
        placed.append(
            DraftFinding(
                finding=finding,
                draft=here,
                inherited=inherited(finding, article),
                source=source,
                diff=diff,
                line_text=line_text,
                width=width,
            )
        )
    placed.sort(key=lambda f: (f.draft.line or 10**9, f.draft.column, -f.severity.rank, f.finding.code))
    return CheckResult(draft=draft, sources=tuple(sources), findings=tuple(placed), audit=audit)
