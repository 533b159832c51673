"""The versioned JSON document (``"schema": "quoteaudit/audit@1"``), specified by the JSON
Schema docs/audit.schema.json (shipped in the package) and explained field by field in
docs/schema.md.

Other tools and our own evaluation read this file, so its shape is a contract: fields are
added, never renamed or removed, within one schema version; optional values are ``null``
rather than missing.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from quoteaudit.models import AuditResult, GroupMember, QuoteGroup, SourcingChange
from quoteaudit.report.tables import (
    credit_names,
    drift_counts,
    findings_by_severity,
    members_reference_first,
    named_speakers,
    outlet_tallies,
)

SCHEMA = "quoteaudit/audit@1"


def json_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of the audit document: the repo's docs/ in a checkout, else
    the copy installed with the package."""
    checkout = Path(__file__).resolve().parents[2] / "docs" / "audit.schema.json"
    path = checkout if checkout.is_file() else Path(str(resources.files("quoteaudit") / "_docs" / "audit.schema.json"))
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def _member_json(member: GroupMember) -> dict[str, Any]:
    return {
        "article": member.article_id,
        "quote": member.quote_id or None,  # null: an indirect version without quote marks
        "start": member.start,
        "end": member.end,
        "text": member.text,
        "speaker": member.speaker,
        "drift": member.drift.value,
        "similarity": round(member.similarity, 3),
        "reason": member.reason,
        "diff": [{"op": d.op, "ref": d.ref, "text": d.text} for d in member.diff],
    }


def _group_json(group: QuoteGroup) -> dict[str, Any]:
    return {
        "id": group.id,
        "speaker": group.speaker,
        "reference": {
            "article": group.reference_article_id,
            "quote": group.reference_quote_id or None,
            "reason": group.reference_reason,
        },
        "members": [_member_json(m) for m in members_reference_first(group)],
    }


def _change_json(change: SourcingChange) -> dict[str, Any]:
    return {
        "id": change.id,
        "kind": change.kind,
        "claim": change.claim,
        "reference_article": change.reference_article_id,
        "reference_text": change.reference_text,
        "article": change.article_id,
        "text": change.text,
        "start": change.start if change.start >= 0 else None,
        "end": change.end if change.end >= 0 else None,
        "message": change.message,
    }


def audit_json(result: AuditResult, generated: str | None = None) -> dict[str, Any]:
    """The whole audit as plain JSON data; ``generated`` defaults to now (UTC, ISO 8601)."""
    articles = []
    for a in result.articles:
        art = a.article
        articles.append(
            {
                "id": art.id,
                "path": art.path,
                "outlet": art.outlet,
                "title": art.title,
                "byline": art.byline,
                "published": art.published,
                "url": art.url,
                "story_id": art.story_id or None,
                "body_end": art.body_end,
                "engine": a.engine,
                "credits": credit_names(a.credits),
                "credit_mentions": [{"name": c.name, "text": c.text, "start": c.start, "end": c.end} for c in a.credits],
                "quotes": [q.to_json() for q in a.quotes],
                "sources": [s.to_json() for s in a.sources],
            }
        )
    return {
        "schema": SCHEMA,
        "generated": generated or datetime.now(UTC).isoformat(timespec="seconds"),
        "engine": result.engine,
        "notes": list(result.notes),
        "problems": [{"path": p.path, "message": p.message} for p in result.problems],
        "group_by": result.group_by or None,
        "articles": articles,
        "groups": [_group_json(g) for g in result.groups],
        "sourcing_changes": [_change_json(c) for c in result.sourcing_changes],
        "findings": [f.to_json() for f in result.findings],
        "summary": {
            "articles": len(result.articles),
            "quotes": sum(len(a.quotes) for a in result.articles),
            "speakers": len(named_speakers(result)),
            "sources": sum(len(a.sources) for a in result.articles),
            "groups": len(result.groups),
            "sourcing_changes": len(result.sourcing_changes),
            "findings_by_severity": findings_by_severity(result.findings),
            "drift_counts": drift_counts(result),
            "outlets": [t.to_json() for t in outlet_tallies(result)],
        },
    }


def dump_json(result: AuditResult, path: Path, generated: str | None = None) -> None:
    """Write the document to ``path`` (UTF-8, indented, trailing newline); not atomic by
    itself: ``quoteaudit.report.write_json`` wraps it in write_atomic."""
    text = json.dumps(audit_json(result, generated), ensure_ascii=False, indent=2)
    path.write_text(text + "\n", encoding="utf-8")
