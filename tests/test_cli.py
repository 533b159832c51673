"""The command line, end to end with typer's CliRunner: every exit path."""

import json
import shutil

import openpyxl
import pytest
from typer.testing import CliRunner

from quoteaudit.cli import app
from tests.conftest import POLNEAR, SEEDS, needs_eval

runner = CliRunner()


def invoke(*args, env=None):
    return runner.invoke(app, [str(a) for a in args], env=env)


def test_help_lists_commands():
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("audit", "quotes", "check", "eval", "models"):
        assert command in result.output


@pytest.fixture(scope="module")
def seed_audit(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    result = invoke("audit", SEEDS, "-o", out / "seeds.xlsx", "--json", out / "seeds.json", "-q")
    return result, out


def test_audit_writes_workbook_and_json(seed_audit):
    result, out = seed_audit
    assert result.exit_code == 0, result.output
    data = json.loads((out / "seeds.json").read_text())
    assert data["schema"] == "quoteaudit/audit@1"
    assert len(data["articles"]) == 5
    workbook = openpyxl.load_workbook(out / "seeds.xlsx")
    assert {"Summary", "Articles", "Quotes"} <= set(workbook.sheetnames)


def test_workbook_lists_named_speakers_against_their_quotes(seed_audit):
    _, out = seed_audit
    sheet = openpyxl.load_workbook(out / "seeds.xlsx")["Quotes"]
    header = [c.value for c in sheet[1]]
    speaker_col, quote_col = header.index("Speaker"), header.index("Quote")
    pairs = [(row[speaker_col], row[quote_col]) for row in sheet.iter_rows(min_row=2, values_only=True)]
    speakers = {s for s, _ in pairs if s}
    for name in (
        "Donald Trump",
        "Frank Mora",
        "John Polga-Hecimovich",
        "Claudia Sheinbaum",
        "Alejandro Velasco",
        "Bruno Rodriguez",
        "Miguel Diaz-Canel",
    ):
        assert name in speakers, name
    assert ("Claudia Sheinbaum", next(q for s, q in pairs if q and q.startswith("We will continue sending"))) in pairs


def test_audit_without_models_uses_rule_engine_and_says_so(tmp_path):
    empty = tmp_path / "no-models"
    empty.mkdir()
    result = invoke("audit", SEEDS, "-o", tmp_path / "r.xlsx", "--json", tmp_path / "r.json", env={"STANZA_RESOURCES_DIR": str(empty)})
    assert result.exit_code == 0, result.output
    assert "rule engine" in result.output
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["engine"] == "rules" and any("rule engine" in n for n in data["notes"])


def test_bad_file_is_skipped_and_batch_goes_on(tmp_path):
    shutil.copy(next(SEEDS.glob("002_*.txt")), tmp_path / "good.txt")
    (tmp_path / "bad.json").write_text("{not json")
    result = invoke("quotes", tmp_path, "--format", "csv", "-o", tmp_path / "q.csv")
    assert result.exit_code == 3, result.output  # written, but some input could not be read
    assert "bad.json" in result.output and "Traceback" not in result.output
    assert "Frank Mora" in (tmp_path / "q.csv").read_text()


def test_only_bad_input_exits_2_with_one_line(tmp_path):
    (tmp_path / "bad.json").write_text("{not json")
    result = invoke("quotes", tmp_path / "bad.json")
    assert result.exit_code == 2
    assert "bad.json" in result.output and "Traceback" not in result.output


def test_missing_file_exits_2(tmp_path):
    result = invoke("audit", tmp_path / "nope.txt", "-o", tmp_path / "r.xlsx")
    assert result.exit_code == 2 and "nope.txt" in result.output


def test_never_overwrites_a_file_quoteaudit_did_not_write(tmp_path):
    mine = tmp_path / "notes.csv"
    mine.write_text("my own notes\n")
    result = invoke("quotes", next(SEEDS.glob("002_*.txt")), "--format", "csv", "-o", mine)
    assert result.exit_code == 2 and "--force" in result.output
    assert mine.read_text() == "my own notes\n"
    again = invoke("quotes", next(SEEDS.glob("002_*.txt")), "--format", "csv", "-o", tmp_path / "q.csv")
    assert again.exit_code == 0
    assert invoke("quotes", next(SEEDS.glob("002_*.txt")), "--format", "csv", "-o", tmp_path / "q.csv").exit_code == 0


def test_output_may_not_be_an_input(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Smith said, “We will win.”")
    result = invoke("quotes", draft, "-o", draft, "--force")
    assert result.exit_code == 2 and draft.read_text() == "Smith said, “We will win.”"


def test_quotes_jsonl_one_line_per_article(tmp_path):
    out = tmp_path / "q.jsonl"
    result = invoke("quotes", SEEDS, "--format", "jsonl", "-o", out, "-q")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 5 and all(set(line) == {"doc_id", "quotes"} for line in lines)
    quote = next(q for line in lines for q in line["quotes"] if q["speaker"])
    assert {"id", "start", "end", "text", "kind", "speaker"} <= set(quote)
    assert {"name", "mention", "mention_start", "mention_end", "kind"} <= set(quote["speaker"])


@needs_eval
def test_quotes_over_all_polnear_articles(tmp_path):
    out = tmp_path / "polnear.jsonl"
    result = invoke("quotes", POLNEAR, "--format", "jsonl", "-o", out, "--engine", "rules", "-q")
    assert result.exit_code == 0, result.output
    lines = out.read_text().splitlines()
    assert len(lines) == 395


def test_models_status_names_the_folder(tmp_path):
    result = invoke("models", "status", env={"STANZA_RESOURCES_DIR": str(tmp_path)})
    assert result.exit_code == 0 and str(tmp_path) in result.output and "rule engine" in result.output


def test_models_download_without_network_is_one_line(tmp_path, monkeypatch):
    import quoteaudit.nlp.stanza_engine as engine

    def no_network(*args, **kwargs):
        raise ConnectionError("Failed to establish a new connection")

    monkeypatch.setattr("stanza.download", no_network)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    result = invoke("models", "download")
    assert result.exit_code == 2
    assert "could not download" in result.output and "Traceback" not in result.output
    assert engine.resources_dir() == tmp_path


def check_draft(path, text, fail_on):
    """Write a draft and check it against the first three seed articles."""
    path.write_text(text)
    return invoke("check", path, *sorted(SEEDS.glob("00[0-2]_*.txt")), "--fail-on", fail_on, "-q")


def test_check_exit_codes(tmp_path):
    draft = (
        "Cuban advisers are leaving Venezuela.\n"
        "Trump wrote on Truth Social: “Cuba lived off large amounts of oil and money from Venezuela, but no more!”\n"
    )
    strict = check_draft(tmp_path / "draft.txt", draft, "suggestion")
    assert strict.exit_code == 1, strict.output
    # file:line:column of the changed quote in the draft, as editors and CI annotations read it
    assert "draft.txt:2:31: error DR02" in strict.output
    assert check_draft(tmp_path / "draft.txt", draft, "never").exit_code == 0


def test_check_points_at_lines_of_the_file_as_written(tmp_path):
    result = check_draft(
        tmp_path / "draft.html",
        "<html><head><title>Draft</title></head><body>\n<article>\n<h1>Cuban advisers leave</h1>\n"
        "<p>Cuban advisers are leaving Venezuela, officials say, in a shift that follows months of pressure "
        "from Washington over the role Havana played in the security apparatus of Caracas.</p>\n"
        "<p>Trump wrote on Truth Social:\n  <em>“Cuba lived off large amounts of oil and money from "
        "Venezuela, but no more!”</em></p>\n</article></body></html>\n",
        "never",
    )
    assert result.exit_code == 0, result.output
    assert "draft.html:6:8: error DR02" in result.output


def test_a_second_audit_replaces_its_own_workbook_but_not_a_users(tmp_path):
    from openpyxl import Workbook

    seed = next(SEEDS.glob("002_*.txt"))
    out = tmp_path / "r.xlsx"
    assert invoke("audit", seed, "-o", out, "-q").exit_code == 0
    again = invoke("audit", seed, "-o", out, "-q")
    assert again.exit_code == 0, again.output
    users = tmp_path / "mine.xlsx"
    book = Workbook()
    book.properties.creator = "Jane Editor"
    book.save(users)
    before = users.read_bytes()
    refused = invoke("audit", seed, "-o", users, "-q")
    assert refused.exit_code == 2 and "--force" in refused.output
    assert users.read_bytes() == before
