"""Every finding rule is data with pass/fail examples; this meta-test runs each example through
the whole pipeline (rule engine) and checks the rule fires on the failing ones only."""

import pytest

from quoteaudit.errors import RulesError
from quoteaudit.models import Article
from quoteaudit.nlp.rules_engine import RulesAnnotator
from quoteaudit.pipeline import audit_articles
from quoteaudit.rules import RULE_FIELDS, builtin_rules_dir, load_rules, selected

RULES = load_rules()


def run(rule, example):
    articles = [Article(id=a["id"], outlet=a.get("outlet", a["id"]), text=a["text"], title=a.get("title", "")) for a in example["articles"]]
    drafts = frozenset(a["id"] for a in example["articles"] if a.get("draft"))  # a `check` example
    result = audit_articles(articles, annotator=RulesAnnotator(), rules_dir=None, select=[rule.code], drafts=drafts)
    return [f for f in result.findings if f.code == rule.code]


def test_rules_load_with_unique_codes():
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes)) and codes


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_has_examples_and_why(rule):
    assert rule.examples.get("fail"), f"{rule.code} has no failing example"
    assert rule.examples.get("pass"), f"{rule.code} has no passing example"
    assert len(rule.why.split()) >= 12, f"{rule.code} needs a real 'why'"


@pytest.mark.parametrize(
    "rule, example",
    [(r, e) for r in RULES for e in r.examples.get("fail", [])],
    ids=lambda x: getattr(x, "code", ""),
)
def test_rule_fires_on_failing_example(rule, example):
    assert run(rule, example), f"{rule.code} did not fire"


@pytest.mark.parametrize(
    "rule, example",
    [(r, e) for r in RULES for e in r.examples.get("pass", [])],
    ids=lambda x: getattr(x, "code", ""),
)
def test_rule_quiet_on_passing_example(rule, example):
    assert not run(rule, example), f"{rule.code} fired on a passing example"


def test_select_and_ignore_by_prefix():
    codes = {r.code for r in selected(RULES, ["QT"], None)}
    assert codes and all(c.startswith("QT") for c in codes)
    assert "QT01" not in {r.code for r in selected(RULES, None, ["QT01"])}


def test_bad_rule_file_is_a_one_line_error(tmp_path):
    (tmp_path / "findings").mkdir()
    (tmp_path / "findings" / "XX01.yml").write_text("code: XX01\nname: x\ncheck: no_such_kind\nseverity: error\nmessage: m\nwhy: w\n")
    with pytest.raises(RulesError, match="unknown check kind"):
        load_rules(tmp_path)
    (tmp_path / "findings" / "XX01.yml").write_text("code: [unclosed\n")
    with pytest.raises(RulesError, match=r"XX01\.yml"):
        load_rules(tmp_path)
    assert {"code", "severity"} <= RULE_FIELDS


def test_parsed_rules_are_cached_until_the_file_changes(tmp_path):
    """A warm run reads parsed rule files from the cache; an edited file is parsed again,
    so a cached copy never hides a newsroom's change (or its typo)."""
    import os

    (tmp_path / "findings").mkdir()
    rule = tmp_path / "findings" / "QT01.yml"
    rule.write_text((builtin_rules_dir() / "findings" / "QT01.yml").read_text(encoding="utf-8"), encoding="utf-8")
    first = load_rules(tmp_path)
    assert load_rules(tmp_path) == first
    rule.write_text(rule.read_text(encoding="utf-8").replace("severity:", "severity: fatal\nold_severity:", 1), encoding="utf-8")
    os.utime(rule, ns=(rule.stat().st_atime_ns, rule.stat().st_mtime_ns + 10**9))
    with pytest.raises(RulesError, match=r"QT01\.yml:\d+: "):
        load_rules(tmp_path)
