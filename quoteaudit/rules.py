"""Load the user-editable rules/ folder: lexicons (word lists the extractors use) and
finding rules (code, name, severity, message, why, examples) that parameterise the closed
set of check kinds in ``quoteaudit.checks``.

Rules are data so that an editor can add a speech verb or change a severity without
touching code; the engine stamps code and severity onto what a check reports.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from quoteaudit.errors import RulesError
from quoteaudit.models import AuditResult, Finding, Severity

RULE_FIELDS = {"code", "name", "check", "severity", "message", "why"}


def default_rules_dir() -> Path:
    """The repo's rules/ when running from a checkout, else the copy installed with the package."""
    env = os.environ.get("QUOTEAUDIT_RULES")
    if env:
        return Path(env)
    checkout = Path(__file__).resolve().parents[1] / "rules"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("quoteaudit") / "_rules"))


def _read_yaml(path: Path) -> dict:
    try:
        # libyaml's loader when PyYAML has it: the pure-Python one was most of a warm re-run
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise RulesError(f"{path}: cannot read rule file ({first})") from None
    if not isinstance(data, dict):
        raise RulesError(f"{path}: expected a mapping at the top level")
    return data


@functools.cache
def _lexicon_cached(rules_dir: str, name: str) -> dict:
    path = Path(rules_dir) / "lexicon" / f"{name}.yml"
    if not path.is_file():
        raise RulesError(f"{path}: lexicon file is missing")
    return _read_yaml(path)


def lexicon(name: str, rules_dir: Path | None = None) -> dict:
    """A lexicon file from rules/lexicon/NAME.yml, parsed once per process."""
    return _lexicon_cached(str(rules_dir or default_rules_dir()), name)


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    check: str
    severity: Severity
    message: str
    why: str
    params: dict = field(default_factory=dict)
    examples: dict = field(default_factory=dict)
    path: str = ""


@functools.cache
def abbreviations() -> frozenset[str]:
    """Words a period does not end ("Mr", "Gov", "U.S"), lower-cased, from the lexicon."""
    return frozenset(a.lower() for a in lexicon("abbreviations")["abbreviations"].split())


def load_rules(rules_dir: Path | None = None) -> list[Rule]:
    """Every rules/findings/*.yml, validated: unknown check kinds and duplicate codes are errors."""
    from quoteaudit.checks import CHECKS

    folder = (rules_dir or default_rules_dir()) / "findings"
    if not folder.is_dir():
        raise RulesError(f"{folder}: rules folder has no findings/ directory")
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.yml")):
        data = _read_yaml(path)
        missing = RULE_FIELDS - data.keys()
        if missing:
            raise RulesError(f"{path}: missing field(s) {', '.join(sorted(missing))}")
        if data["check"] not in CHECKS:
            raise RulesError(f"{path}: unknown check kind {data['check']!r}")
        if data["code"] in seen:
            raise RulesError(f"{path}: code {data['code']} already used by {seen[data['code']]}")
        try:
            severity = Severity(data["severity"])
        except ValueError:
            raise RulesError(f"{path}: severity must be suggestion, warning or error") from None
        seen[data["code"]] = path
        rules.append(
            Rule(
                code=str(data["code"]),
                name=str(data["name"]),
                check=data["check"],
                severity=severity,
                message=str(data["message"]),
                why=" ".join(str(data["why"]).split()),
                params=data.get("params") or {},
                examples=data.get("examples") or {},
                path=str(path),
            )
        )
    return rules


def selected(rules: list[Rule], select: list[str] | None, ignore: list[str] | None) -> list[Rule]:
    """Keep rules whose code starts with a selected prefix and with no ignored prefix."""
    keep = [r for r in rules if not select or any(r.code.startswith(p) for p in select)]
    return [r for r in keep if not ignore or not any(r.code.startswith(p) for p in ignore)]


def evaluate(result: AuditResult, rules: list[Rule]) -> tuple[Finding, ...]:
    """Run each rule's check over the audit and stamp code, name and severity on its hits."""
    from quoteaudit.checks import CHECKS

    findings: list[Finding] = []
    for rule in rules:
        for hit in CHECKS[rule.check](result, rule.params):
            try:
                message = rule.message.format(**hit.values)
            except (KeyError, IndexError) as exc:
                raise RulesError(f"{rule.path}: message uses unknown field {exc}") from None
            findings.append(
                Finding(
                    code=rule.code,
                    name=rule.name,
                    severity=rule.severity,
                    message=message,
                    article_id=hit.article_id,
                    start=hit.start,
                    end=hit.end,
                    related_article_ids=hit.related,
                    subject_id=hit.subject_id,
                )
            )
    order = {a.article.id: i for i, a in enumerate(result.articles)}
    findings.sort(key=lambda f: (-f.severity.rank, order.get(f.article_id, -1), f.start, f.code))
    return tuple(findings)
