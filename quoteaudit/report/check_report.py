"""What `quoteaudit check` prints: text for an editor, JSON for tools, SARIF 2.1.0 for code
hosts, GitHub workflow annotations for pull requests.

Every format says the same things: the draft's line and column, the rule, the message,
whether the draft inherits the finding unchanged from a source, and for a changed quote
the source's file and line, both versions and their word diff. Text from the articles is
stripped of control characters before it reaches a terminal or a code host.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from quoteaudit.gate import CheckResult, DraftFinding, Place, clean
from quoteaudit.models import DiffOp, Severity
from quoteaudit.report.word_diff import TEXT_MARKS, render_diff

if TYPE_CHECKING:
    from quoteaudit.rules import Rule

CHECK_SCHEMA = "quoteaudit/check@1"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "note"}
GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "notice"}
SHOWN = 160  # characters of a version or a line shown in text output


def _short(text: str, limit: int = SHOWN) -> str:
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def word_diff_text(diff: tuple[DiffOp, ...]) -> str:
    """The diff as one line, in the style of `git diff --word-diff`: [-removed-]{+added+}."""
    return render_diff(diff, TEXT_MARKS, clean)


def _where(place: Place) -> str:
    return f"{place.path}:{place.line}:{place.column}" if place.line else f"{place.path}:1:1"


def _label(f: DraftFinding) -> str:
    return f"{f.severity.value} {f.finding.code}" + (" (inherited from a source)" if f.inherited else "")


def render_text(result: CheckResult, snippets: bool = True) -> str:
    """One line per finding, `DRAFT:LINE:COLUMN: severity CODE message`, then (as ruff shows
    it) the draft's line with a caret under the quote, the source's version with its file
    and line, and the word diff."""
    lines: list[str] = []
    for f in result.findings:
        lines.append(f"{_where(f.draft)}: {_label(f)} {clean(f.finding.message)}")
        if not snippets:
            continue
        if f.line_text:
            number = str(f.draft.line)
            pad = " " * len(number)
            shown = clean(f.line_text.replace("\t", " "))
            column = len(clean(f.line_text[: f.draft.column - 1]))
            if len(shown) > SHOWN:  # a long paragraph: a window around the caret
                begin = max(0, column - 40)
                shown, column = shown[begin : begin + SHOWN], column - begin
            width = max(1, min(f.width, len(shown) - column))
            lines += [f"{pad} |", f"{number} | {shown}", f"{pad} | {' ' * column}{'^' * width}"]
        if f.source is not None:
            lines.append(f"  = source {_where(f.source)}: “{_short(f.source.text)}”")
        if f.diff and any(op.op not in ("equal", "typo") for op in f.diff):
            lines.append(f"  = diff: {_short(word_diff_text(f.diff), 2 * SHOWN)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + ("\n" if lines else "")


def _place_json(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {"path": place.path, "line": place.line or None, "column": place.column or None, "text": clean(place.text)}


def check_json(result: CheckResult, exit_code: int) -> dict[str, Any]:
    """A versioned document (schema quoteaudit/check@1) for tools and CI."""
    counts = {s.value: sum(1 for f in result.findings if f.severity is s) for s in Severity}
    return {
        "schema": CHECK_SCHEMA,
        "draft": str(result.draft),
        "sources": [str(s) for s in result.sources],
        "exit_code": exit_code,
        "counts": counts | {"inherited": sum(1 for f in result.findings if f.inherited)},
        "findings": [
            {
                "code": f.finding.code,
                "name": f.finding.name,
                "severity": f.severity.value,
                "message": clean(f.finding.message),
                "inherited": f.inherited,
                "draft": _place_json(f.draft),
                "source": _place_json(f.source),
                "diff": [{"op": op.op, "ref": clean(op.ref), "text": clean(op.text)} for op in f.diff],
            }
            for f in result.findings
        ],
    }


def _region(place: Place) -> dict[str, Any]:
    return {"startLine": place.line or 1, "startColumn": place.column or 1}


def check_sarif(result: CheckResult, rules: list[Rule], version: str) -> dict[str, Any]:
    """SARIF 2.1.0: one run, the rules used as the driver's rules, one result per finding.
    A finding the draft inherits from a source carries ``baselineState: unchanged``, as a
    code host shows an issue that predates the change."""
    used = sorted({f.finding.code for f in result.findings})
    by_code = {r.code: r for r in rules}
    driver_rules = []
    for code in used:
        rule = by_code.get(code)
        entry: dict[str, Any] = {"id": code, "name": rule.name if rule else code}
        if rule is not None:
            entry |= {
                "shortDescription": {"text": clean(rule.name)},
                "fullDescription": {"text": clean(rule.why)},
                "defaultConfiguration": {"level": SARIF_LEVEL[rule.severity]},
            }
        driver_rules.append(entry)
    index = {code: n for n, code in enumerate(used)}
    results = []
    for f in result.findings:
        entry = {
            "ruleId": f.finding.code,
            "ruleIndex": index[f.finding.code],
            "level": SARIF_LEVEL[f.severity],
            "message": {"text": clean(f.finding.message)},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(f.draft.path)}, "region": _region(f.draft)}}],
            "baselineState": "unchanged" if f.inherited else "new",
            "properties": {"inherited": f.inherited},
        }
        if f.source is not None:
            entry["relatedLocations"] = [
                {
                    "id": 1,
                    "physicalLocation": {"artifactLocation": {"uri": _uri(f.source.path)}, "region": _region(f.source)},
                    "message": {"text": "the source's version: " + _short(f.source.text)},
                }
            ]
        if f.diff:
            entry["properties"]["diff"] = word_diff_text(f.diff)
        results.append(entry)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "quoteaudit", "version": version, "rules": driver_rules}},
                "results": results,
            }
        ],
    }


def _uri(path: str) -> str:
    """A relative path as a URI reference (forward slashes, spaces escaped)."""
    from urllib.parse import quote

    return quote(path.replace("\\", "/"))


def _gh_escape(text: str, prop: bool = False) -> str:
    text = clean(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def render_github(result: CheckResult) -> str:
    """GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`."""
    lines = []
    for f in result.findings:
        title = f"{f.finding.code} {f.finding.name}" + (" (inherited)" if f.inherited else "")
        message = f.finding.message
        if f.source is not None and f.source.line:
            message += f" [source {f.source.path}:{f.source.line}]"
        props = f"file={_gh_escape(f.draft.path, True)},line={f.draft.line or 1},col={f.draft.column or 1},title={_gh_escape(title, True)}"
        lines.append(f"::{GITHUB_LEVEL[f.severity]} {props}::{_gh_escape(message)}")
    return "\n".join(lines) + ("\n" if lines else "")


def render(result: CheckResult, fmt: str, exit_code: int, rules: list[Rule], version: str, snippets: bool = True) -> str:
    if fmt == "json":
        return json.dumps(check_json(result, exit_code), indent=2, ensure_ascii=False) + "\n"
    if fmt == "sarif":
        return json.dumps(check_sarif(result, rules, version), indent=2, ensure_ascii=False) + "\n"
    if fmt == "github":
        return render_github(result)
    return render_text(result, snippets)
