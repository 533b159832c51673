"""`quoteaudit check`, the pre-publication gate, end to end on sentences of our own: the
sources are the reference, each kind of edit is caught at its severity, an unchanged copy
passes, and nothing is ever checked against nothing."""

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quoteaudit.cli import app

runner = CliRunner()
DATA = Path(__file__).parent / "data"

SOURCE = """Council delays vote on library plan

By Dana Whitfield

Mayor Ruth Calloway said on Tuesday that the city would keep the Eastside library branch open through the winter.

"We will not close the library branch this winter, whatever the council decides," Calloway told reporters at City Hall.

Finance director Omar Reyes said the budget gap was smaller than expected. "The county will hire 40 new nurses before the end of March," Reyes said.

"Rents are going higher every month, and families are leaving the neighborhood," said Lena Marsh, who leads the tenants' association.
"""

FAITHFUL = """Library branch stays open

By Sam Ortiz

The Eastside library branch will stay open this winter, Mayor Ruth Calloway said on Tuesday.

"We will not close the library branch this winter, whatever the council decides," Calloway said at City Hall.

"Rents are going higher every month," said Lena Marsh, who leads the tenants' association.
"""


def check(tmp_path, draft_text, *args, source_text=SOURCE, name="draft.txt"):
    draft, source = tmp_path / name, tmp_path / "source.txt"
    draft.write_text(draft_text, encoding="utf-8")
    source.write_text(source_text, encoding="utf-8")
    return runner.invoke(app, ["check", str(draft), str(source), "-q", *map(str, args)])


def edited(old, new):
    assert old in SOURCE
    return SOURCE.replace(old, new)


def findings(result):
    return [line for line in result.output.splitlines() if ": error " in line or ": warning " in line or ": suggestion " in line]


def test_faithful_draft_exits_0(tmp_path):
    result = check(tmp_path, FAITHFUL)
    assert result.exit_code == 0, result.output


def test_identical_draft_exits_0(tmp_path):
    result = check(tmp_path, SOURCE)
    assert result.exit_code == 0, result.output
    assert findings(result) == []


def test_one_word_changed_inside_a_quote_exits_1_and_names_the_word(tmp_path):
    result = check(tmp_path, edited("going higher", "going lower"))
    assert result.exit_code == 1, result.output
    line = findings(result)[0]
    assert "draft.txt:11:2: error DR02" in line and "'higher' → 'lower'" in line
    # the snippet with a caret, the source's file and line, and the word diff
    assert '11 | "Rents are going lower every month' in result.output
    assert "   |  ^^^^" in result.output
    assert "= source " in result.output and "source.txt:11:2" in result.output
    assert "[-higher-]{+lower+}" in result.output


@pytest.mark.parametrize(
    "old, new, why",
    [
        ("hire 40 new", "hire 14 new", "changes the number “40” to “14”"),
        ("will not close", "will close", "drops the negation “not”"),
        ("will not close", "will … close", "the cut drops the negation “not”"),
    ],
    ids=["number", "negation", "negation-with-ellipsis"],
)
def test_meaning_changes_are_errors_that_say_why(tmp_path, old, new, why):
    result = check(tmp_path, edited(old, new))
    assert result.exit_code == 1, result.output
    assert any(": error DR08 " in line and why in line for line in findings(result)), result.output


def test_one_negation_swapped_for_another_is_a_word_change_not_a_meaning_flip(tmp_path):
    # "will not close" and "will never close" both refuse: the words changed (DR02), the
    # meaning did not (no DR08)
    result = check(tmp_path, edited("will not close", "will never close"))
    lines = findings(result)
    assert any(": error DR02 " in line for line in lines), result.output
    assert not any(" DR08 " in line for line in lines), result.output


def test_a_quote_in_no_source_is_an_error(tmp_path):
    draft = SOURCE + '\n"We have already found the money for a second branch," Calloway said.\n'
    result = check(tmp_path, draft)
    assert result.exit_code == 1, result.output
    assert any(": error DR09 " in line and "second branch" in line for line in findings(result))


def test_the_wrong_speaker_is_an_error(tmp_path):
    result = check(tmp_path, edited("said Lena Marsh, who leads the tenants' association", "said Omar Reyes"))
    assert result.exit_code == 1, result.output
    line = next(line for line in findings(result) if "DR06" in line)
    assert ": error DR06 " in line and "Omar Reyes" in line and "Lena Marsh" in line


def test_a_faithful_ellipsis_cut_is_a_suggestion(tmp_path):
    result = check(tmp_path, edited("every month, and families", "every month … families"))
    assert result.exit_code == 0, result.output
    assert any(": suggestion DR04 " in line for line in findings(result))
    assert check(tmp_path, edited("every month, and families", "every month … families"), "--fail-on", "suggestion").exit_code == 1


def test_never_checks_against_nothing(tmp_path):
    (tmp_path / "draft.txt").write_text(SOURCE, encoding="utf-8")
    missing = runner.invoke(app, ["check", str(tmp_path / "draft.txt"), str(tmp_path / "nope.txt"), "-q"])
    assert missing.exit_code == 2 and "nope.txt" in missing.output and "Traceback" not in missing.output
    assert len(missing.output.strip().splitlines()) == 1
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    empty = runner.invoke(app, ["check", str(tmp_path / "draft.txt"), str(tmp_path / "empty.txt"), "-q"])
    assert empty.exit_code == 2 and "empty.txt" in empty.output
    (tmp_path / "draft.docx").write_bytes(b"not a zip at all")
    broken = runner.invoke(app, ["check", str(tmp_path / "draft.docx"), str(tmp_path / "draft.txt"), "-q"])
    assert broken.exit_code == 2 and "draft.docx" in broken.output and "Traceback" not in broken.output


def test_an_unknown_rule_code_is_exit_2_listing_the_codes(tmp_path):
    result = check(tmp_path, SOURCE, "--select", "ZZ9")
    assert result.exit_code == 2
    assert "ZZ9" in result.output and "DR02" in result.output and "QT02" in result.output
    assert check(tmp_path, SOURCE, "--ignore", "XX").exit_code == 2
    audit = runner.invoke(app, ["audit", str(tmp_path / "source.txt"), "-o", str(tmp_path / "r.xlsx"), "--select", "ZZ9", "-q"])
    assert audit.exit_code == 2 and "ZZ9" in audit.output


def test_what_the_draft_inherits_is_reported_but_does_not_fail(tmp_path):
    unattributed = (
        "Council delays vote\n\nThe council met on Tuesday.\n\n"
        '"Nobody on the council wanted to pay for the repairs in the first place."\n\nThe vote is next week.\n'
    )
    result = check(tmp_path, unattributed, source_text=unattributed)
    assert result.exit_code == 0, result.output
    assert any("warning QT02 (inherited from a source)" in line for line in findings(result))
    strict = check(tmp_path, unattributed, "--fail-inherited", source_text=unattributed)
    assert strict.exit_code == 1


def test_json_output(tmp_path):
    result = check(tmp_path, edited("going higher", "going lower"), "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["schema"] == "quoteaudit/check@1" and data["exit_code"] == 1
    finding = data["findings"][0]
    assert finding["code"] == "DR02" and finding["draft"]["line"] == 11 and finding["draft"]["column"] == 2
    assert finding["source"]["path"].endswith("source.txt") and finding["source"]["line"] == 11
    assert {"op": "replace", "ref": "higher", "text": "lower"} in finding["diff"]


def test_sarif_output_validates_against_the_sarif_2_1_0_schema(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    draft = edited("going higher", "going lower").replace("will not close", "will … close")
    result = check(tmp_path, draft, "--format", "sarif")
    assert result.exit_code == 1
    sarif = json.loads(result.output)
    jsonschema.Draft4Validator(schema).validate(sarif)  # raises on any violation
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {"DR02", "DR08"}
    assert all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("draft.txt") for r in results)
    assert all(r["level"] == "error" for r in results)
    # an empty run is valid SARIF too
    jsonschema.Draft4Validator(schema).validate(json.loads(check(tmp_path, SOURCE, "--format", "sarif").output))


def test_github_annotations(tmp_path):
    result = check(tmp_path, edited("going higher", "going lower"), "--format", "github")
    line = result.output.splitlines()[0]
    assert line.startswith("::error file=") and ",line=11,col=2,title=DR02 drift.altered_wording::" in line


def test_control_characters_never_reach_the_terminal(tmp_path):
    source = SOURCE.replace("going higher", "going \x1b\x07higher")
    result = check(tmp_path, edited("going higher", "going \x1b\x07lower"), source_text=source)
    assert result.exit_code == 1
    assert "\x1b" not in result.output and "\x07" not in result.output and "DR02" in result.output


def test_a_docx_draft_is_checked_end_to_end(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for paragraph in edited("going higher", "going lower").split("\n\n"):
        document.add_paragraph(paragraph.strip())
    document.save(tmp_path / "draft.docx")
    (tmp_path / "source.txt").write_text(SOURCE, encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path / "draft.docx"), str(tmp_path / "source.txt"), "-q"])
    assert result.exit_code == 1, result.output
    assert "draft.docx:" in result.output and "error DR02" in result.output and "'higher' → 'lower'" in result.output
    faithful = docx.Document()
    for paragraph in SOURCE.split("\n\n"):
        faithful.add_paragraph(paragraph.strip())
    faithful.save(tmp_path / "draft.docx")
    assert runner.invoke(app, ["check", str(tmp_path / "draft.docx"), str(tmp_path / "source.txt"), "-q"]).exit_code == 0


def test_markup_pairs_do_not_blow_up_the_line_lookup():
    from quoteaudit.spans import file_position

    raw = "<p>" + "<>" * 400 + "Calloway said the city would not close the branch.</p>"
    began = time.perf_counter()
    assert file_position(raw, "Calloway said the city would not close the branch.", 0, 20) == (1, 804)
    assert time.perf_counter() - began < 1.0
    unclosed = "<" * 20000 + " Calloway said"
    assert file_position(unclosed, "Calloway said", 0, 13) == (1, 20002)


def test_settings_file_sets_the_gate(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = edited("going higher", "going lower")
    assert check(tmp_path, draft).exit_code == 1
    (tmp_path / "quoteaudit.toml").write_text('ignore = ["DR02"]\n', encoding="utf-8")
    assert check(tmp_path, draft).exit_code == 0
    (tmp_path / "quoteaudit.toml").unlink()
    (tmp_path / "pyproject.toml").write_text('[tool.quoteaudit]\nfail-on = "never"\n', encoding="utf-8")
    assert check(tmp_path, draft).exit_code == 0
    (tmp_path / "pyproject.toml").write_text('[tool.quoteaudit]\nfail_on_typo = "never"\n', encoding="utf-8")
    bad = check(tmp_path, draft)
    assert bad.exit_code == 2 and "pyproject.toml" in bad.output


def test_rules_folder_applies_to_lexicons(tmp_path):
    rules = tmp_path / "newsroom"
    (rules / "lexicon").mkdir(parents=True)
    builtin = Path(__file__).resolve().parents[1] / "rules" / "lexicon" / "meaning.yml"
    # a newsroom that does not count "not" as a negation: the cut is only a suggestion
    (rules / "lexicon" / "meaning.yml").write_text(
        builtin.read_text(encoding="utf-8").replace("  not no never", "  no never"), encoding="utf-8"
    )
    draft = edited("will not close", "will … close")
    assert check(tmp_path, draft).exit_code == 1
    relaxed = check(tmp_path, draft, "--rules", rules)
    assert relaxed.exit_code == 0, relaxed.output
    assert "DR04" in relaxed.output
    assert check(tmp_path, draft).exit_code == 1  # the built-in words are back for the next run


def test_rules_list_and_explain():
    from quoteaudit.rules import load_rules

    listed = runner.invoke(app, ["rules", "list"])
    assert listed.exit_code == 0
    for rule in load_rules():
        assert rule.code in listed.output
    explained = runner.invoke(app, ["rules", "explain", "DR08"])
    assert explained.exit_code == 0
    assert "drift.meaning_changed (error)" in explained.output and "Why it matters" in explained.output
    assert "Reported, example 1" in explained.output and "Not reported, example 1" in explained.output
    unknown = runner.invoke(app, ["rules", "explain", "ZZ99"])
    assert unknown.exit_code == 2 and "DR08" in unknown.output


@pytest.mark.parametrize(
    "content, expected",
    [
        ("code: XX01\nname: x\ncheck: quote_drift\nseverity: fatal\nmessage: m\nwhy: w\n", r"XX01.yml:4: severity"),
        ("code: XX01\nname: x\ncheck: quote_drift\nseverity: error\nmessage: m\nwhy: w\nparms: {}\n", r"XX01.yml:7: parms: unknown field"),
        ("code: XX01\nname: x\ncheck: quote_drift\nseverity: error\nmessage: m\n", r"XX01.yml:1: why: missing field"),
        ("code: XX01\nname: x\n  check: [unclosed\n", r"XX01.yml:\d+: malformed YAML"),
        ("code: xx1\nname: x\ncheck: quote_drift\nseverity: error\nmessage: m\nwhy: w\n", r"XX01.yml:1: code"),
    ],
    ids=["severity", "unknown-field", "missing-field", "yaml", "code-pattern"],
)
def test_a_malformed_rule_file_is_refused_with_path_line_and_reason(tmp_path, content, expected):
    (tmp_path / "findings").mkdir()
    (tmp_path / "findings" / "XX01.yml").write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["rules", "list", "--rules", str(tmp_path)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    import re

    assert re.search(expected, result.output), result.output


def test_pre_commit_hook_checks_each_draft_against_the_sources_beside_it(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "wire.txt").write_text(SOURCE, encoding="utf-8")
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(FAITHFUL, encoding="utf-8")
    bad.write_text(edited("going higher", "going lower"), encoding="utf-8")
    assert runner.invoke(app, ["hook", str(good)]).exit_code == 0
    both = runner.invoke(app, ["hook", str(good), str(bad)])
    assert both.exit_code == 1 and "bad.txt:11:2: error DR02" in both.output
    alone = tmp_path / "elsewhere"
    alone.mkdir()
    (alone / "draft.txt").write_text(FAITHFUL, encoding="utf-8")
    orphan = runner.invoke(app, ["hook", str(alone / "draft.txt")])
    assert orphan.exit_code == 2 and "no sources" in orphan.output
    hooks = (Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "entry: quoteaudit hook" in hooks
