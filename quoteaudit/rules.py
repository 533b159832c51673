"""Load the user-editable rules/ folder: lexicons (word lists the extractors use) and
finding rules (code, name, severity, message, why, examples) that parameterise the closed
set of check kinds in ``quoteaudit.checks``.

Rules are data so that an editor can add a speech verb or change a severity without
touching code; the engine stamps code and severity onto what a check reports.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import string
import sys
import textwrap
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

from quoteaudit.errors import RulesError
from quoteaudit.models import AuditResult, Finding, Severity

RULE_FIELDS = {"code", "name", "check", "severity", "message", "why"}


# The folder `--rules DIR` (or a config file's `rules`) names for this run, if any.
_ACTIVE: Path | None = None


@functools.cache
def builtin_rules_dir() -> Path:
    """The repo's rules/ when running from a checkout, else the copy installed with the package
    (looked up once: the extractors ask for the rules folder in force at every word list)."""
    checkout = Path(__file__).resolve().parents[1] / "rules"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("quoteaudit") / "_rules"))


def default_rules_dir() -> Path:
    """The rules in force: `--rules DIR` for this run, else $QUOTEAUDIT_RULES, else the built-in ones."""
    if _ACTIVE is not None:
        return _ACTIVE
    env = os.environ.get("QUOTEAUDIT_RULES")
    return Path(env) if env else builtin_rules_dir()


def rules_dir_key() -> str:
    """str(default_rules_dir()), without building a Path: the word lists are looked up by it
    hundreds of thousands of times a corpus (within `rules_read_once`, a fixed string)."""
    if _PINNED is not None:
        return _PINNED
    if _ACTIVE is not None:
        return str(_ACTIVE)
    return os.environ.get("QUOTEAUDIT_RULES") or _builtin_rules_key()


# The rules folder key while one article is read (see rules_read_once).
_PINNED: str | None = None


@contextlib.contextmanager
def rules_read_once() -> Iterator[None]:
    """Read which rules are in force once, for the article being read: the extractors look
    the folder up at every word, and the environment is slow to ask (a test or a user that
    changes $QUOTEAUDIT_RULES between articles is still heard)."""
    global _PINNED
    if _PINNED is not None:
        yield
        return
    _PINNED = rules_dir_key()
    try:
        yield
    finally:
        _PINNED = None


@functools.cache
def _builtin_rules_key() -> str:
    return str(builtin_rules_dir())


def active_rules() -> Path | None:
    """The folder `use_rules` put in force for this run, or None for the default."""
    return _ACTIVE


def use_rules(rules_dir: Path | None) -> None:
    """Make ``rules_dir`` the rules in force for lexicons and findings alike (None: back to
    the default). Every reader that cached a lexicon forgets it, so the words a newsroom
    put in its own folder are the ones the extractors use."""
    global _ACTIVE
    if rules_dir is not None and not (Path(rules_dir) / "findings").is_dir() and not (Path(rules_dir) / "lexicon").is_dir():
        raise RulesError(f"{rules_dir}: a rules folder needs a findings/ or a lexicon/ folder")
    _ACTIVE = Path(rules_dir) if rules_dir is not None else None
    for name, module in list(sys.modules.items()):
        if name == "quoteaudit" or name.startswith("quoteaudit."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", "") == name:
                    value.cache_clear()


def _line_of(path: Path, text: str, key: str | None) -> int:
    """The line (from 1) where a top-level key of a YAML file stands; 1 when unknown."""
    import yaml

    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return 1
    if key is not None and isinstance(node, yaml.MappingNode):
        for k, _ in node.value:
            if k.value == key:
                return k.start_mark.line + 1
    return 1


def _file_key(path: Path) -> str | None:
    """What identifies a rule file's contents for the cache: its path, size and change
    time; None when it cannot be read."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return "\0".join((str(path.resolve()), str(stat.st_size), str(stat.st_mtime_ns)))


def _read_yaml(path: Path) -> dict:
    """A YAML mapping, from the cache when the file has not changed since it was parsed
    (PyYAML takes a tenth of a second over the rules folder; a warm run should not)."""
    from quoteaudit.nlp import cache

    key = _file_key(path)
    cached = cache.read_json("rules", key) if key else None
    if isinstance(cached, dict):
        return cached
    data = _parse_yaml(path)
    if key:
        cache.write_json("rules", key, data)
    return data


def _parse_yaml(path: Path) -> dict:
    """A YAML file parsed (PyYAML is imported here: a run whose rules come from the cache
    never loads it)."""
    import yaml

    # libyaml's safe loader when PyYAML was built with it: the same result, many times faster
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=loader)
    except OSError as exc:
        raise RulesError(f"{path}: cannot read rule file ({exc.strerror or type(exc).__name__})") from None
    except UnicodeDecodeError:
        raise RulesError(f"{path}: cannot read rule file (not UTF-8 text)") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        what = getattr(exc, "problem", None) or (str(exc).splitlines() or [type(exc).__name__])[0]
        raise RulesError(f"{path}{line}: malformed YAML ({what})") from None
    if not isinstance(data, dict):
        raise RulesError(f"{path}:1: expected a mapping (key: value lines) at the top level")
    return data


@functools.cache
def _lexicon_cached(rules_dir: str, name: str) -> dict:
    path = Path(rules_dir) / "lexicon" / f"{name}.yml"
    if not path.is_file():
        builtin = builtin_rules_dir() / "lexicon" / f"{name}.yml"
        if Path(rules_dir) != builtin_rules_dir() and builtin.is_file():
            return _read_yaml(builtin)  # a newsroom's folder may override only some lexicons
        raise RulesError(f"{path}: lexicon file is missing")
    return _read_yaml(path)


def lexicon(name: str, rules_dir: Path | None = None) -> dict:
    """A lexicon file from rules/lexicon/NAME.yml, parsed once per process; a rules folder
    without that file falls back to the built-in one."""
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


class RuleFile(BaseModel):
    """What a rules/findings/*.yml file must hold; anything else is a typo to report."""

    model_config = ConfigDict(extra="forbid")

    code: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}[0-9]{2}$")]
    name: Annotated[str, StringConstraints(min_length=1)]
    check: str
    severity: Severity
    message: Annotated[str, StringConstraints(min_length=1)]
    why: Annotated[str, StringConstraints(min_length=1)]
    params: dict = Field(default_factory=dict)
    examples: dict = Field(default_factory=dict)

    @field_validator("params", "examples", mode="before")
    @classmethod
    def _none_is_empty(cls, value):
        return {} if value is None else value


def _rule_from_file(path: Path) -> Rule:
    """One rule file, validated; a problem is one line with the file, the line and what is wrong."""
    from quoteaudit.checks import CHECKS

    data = _read_yaml(path)
    text = path.read_text(encoding="utf-8")
    try:
        parsed = RuleFile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = str(error["loc"][0]) if error["loc"] else None
        what = "missing field" if error["type"] == "missing" else error["msg"].lower()
        if error["type"] == "extra_forbidden":
            what = f"unknown field (fields: {', '.join(sorted(RuleFile.model_fields))})"
        elif error["type"] == "enum":
            what = "severity must be suggestion, warning or error"
        raise RulesError(f"{path}:{_line_of(path, text, key if error['type'] != 'missing' else None)}: {key}: {what}") from None
    if parsed.check not in CHECKS:
        raise RulesError(
            f"{path}:{_line_of(path, text, 'check')}: unknown check kind {parsed.check!r} (kinds: {', '.join(sorted(CHECKS))})"
        )
    fields = [f for _, f, _, _ in string.Formatter().parse(parsed.message) if f]
    if any(not re.fullmatch(r"[A-Za-z_]\w*", f) for f in fields):
        raise RulesError(f"{path}:{_line_of(path, text, 'message')}: message: fields are {{name}} words, not {fields}")
    return Rule(
        code=parsed.code,
        name=parsed.name,
        check=parsed.check,
        severity=parsed.severity,
        message=parsed.message,
        why=" ".join(parsed.why.split()),
        params=parsed.params,
        examples=parsed.examples,
        path=str(path),
    )


def load_rules(rules_dir: Path | None = None) -> list[Rule]:
    """Every rules/findings/*.yml, validated: a malformed file, an unknown check kind or a
    duplicate code is an error naming the file and line. A rules folder with only
    lexicons uses the built-in findings."""
    base = rules_dir or default_rules_dir()
    folder = base / "findings"
    if not folder.is_dir():
        if (base / "lexicon").is_dir():
            folder = builtin_rules_dir() / "findings"
        else:
            raise RulesError(f"{folder}: rules folder has no findings/ directory")
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.yml")):
        rule = _rule_from_file(path)
        if rule.code in seen:
            raise RulesError(
                f"{path}:{_line_of(path, path.read_text(encoding='utf-8'), 'code')}: code {rule.code} already used by {seen[rule.code]}"
            )
        seen[rule.code] = path
        rules.append(rule)
    return rules


def selected(rules: list[Rule], select: list[str] | None, ignore: list[str] | None) -> list[Rule]:
    """Keep rules whose code starts with a selected prefix and with no ignored prefix. A
    prefix that matches no rule is a typo, and checking with it would check nothing: error."""
    codes = sorted(r.code for r in rules)
    for option, prefixes in (("--select", select), ("--ignore", ignore)):
        for prefix in prefixes or []:
            if not any(code.startswith(prefix) for code in codes):
                raise RulesError(f"{option} {prefix}: matches no rule (codes: {', '.join(codes)})")
    keep = [r for r in rules if not select or any(r.code.startswith(p) for p in select)]
    return [r for r in keep if not ignore or not any(r.code.startswith(p) for p in ignore)]


def explain(rule: Rule) -> str:
    """A rule as `quoteaudit rules explain CODE` shows it: what it reports, why it matters
    (the rule file's own words) and its failing and passing examples."""
    lines = [
        f"{rule.code} {rule.name} ({rule.severity.value})",
        "",
        "What it reports:",
        f"  {rule.message}",
        "",
        "Why it matters:",
        *textwrap.wrap(rule.why, 88, initial_indent="  ", subsequent_indent="  "),
    ]
    for verdict, title in (("fail", "Reported"), ("pass", "Not reported")):
        for n, example in enumerate(rule.examples.get(verdict) or [], 1):
            lines += ["", f"{title}, example {n}:"]
            for article in example.get("articles", []):
                role = "draft" if article.get("draft") else article.get("outlet", article.get("id", ""))
                lines.append(f"  [{role}] {' '.join(str(article.get('text', '')).split())}")
    lines += ["", f"Defined in {rule.path}"]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- configuration


class Settings(BaseModel):
    """`[tool.quoteaudit]` in pyproject.toml, or a quoteaudit.toml: a newsroom's defaults
    for select, ignore, fail-on and its rules folder. Options on the command line win."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    fail_on: Literal["suggestion", "warning", "error", "never"] | None = Field(default=None, alias="fail-on")
    rules: Path | None = None
    path: Path | None = Field(default=None, exclude=True)  # the file these came from


def find_settings(start: Path | None = None) -> Settings:
    """The nearest quoteaudit.toml, or pyproject.toml with a [tool.quoteaudit] table, from
    ``start`` (the current folder) upwards; empty settings when there is none. A relative
    rules folder is relative to the file that names it."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in ("quoteaudit.toml", "pyproject.toml"):
            path = folder / name
            if not path.is_file():
                continue
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise RulesError(f"{path}: cannot read settings ({exc})") from None
            if name == "pyproject.toml":
                data = data.get("tool", {}).get("quoteaudit")
                if data is None:
                    continue
            try:
                settings = Settings.model_validate(data)
            except ValidationError as exc:
                error = exc.errors()[0]
                key = ".".join(str(x) for x in error["loc"])
                raise RulesError(f"{path}: {key}: {error['msg'].lower()}") from None
            if settings.rules is not None and not settings.rules.is_absolute():
                settings = settings.model_copy(update={"rules": folder / settings.rules})
            return settings.model_copy(update={"path": path})
    return Settings()


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
