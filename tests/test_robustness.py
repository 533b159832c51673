"""Hostile and broken input, as a newsroom would feed it: every file gets an answer, the
batch completes, the report says what could not be read, and the exit code says so too.

Every bad file is generated here; no binary blob is committed.
"""

import json
import os
import shutil

import ftfy.bad_codecs  # noqa: F401 - registers sloppy-windows-1252
import openpyxl
import pytest
from typer.testing import CliRunner

from quoteaudit.cli import EXIT_UNREADABLE_INPUT, app
from quoteaudit.errors import InputError
from quoteaudit.ingest import MAX_ARTICLE_CHARS, load_file, load_inputs, read_file
from tests.conftest import SEEDS

runner = CliRunner()

STORY = (
    "Harbour plan approved\n\n"
    "The port authority approved the new harbour plan on Tuesday after a long debate.\n\n"
    "“We will start dredging in the spring,” said Marta Lindqvist, the authority’s director. "
    "Critics said the cost would fall on fishermen.\n"
)

# UTF-8 read as Windows-1252 as browsers do it (ftfy's codec maps the five unused bytes too)
GARBLED = STORY.encode("utf-8").decode("sloppy-windows-1252")


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


# ---------------------------------------------------------------- decoding


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(tmp_path, codec):
    path = tmp_path / "story.txt"
    data = STORY.encode(codec)
    if codec.endswith("-be"):  # the -be codecs write no mark: add it as an editor would
        data = ("\ufeff" + STORY).encode(codec)
    path.write_bytes(data)
    (article,) = load_file(path)
    assert article.text == STORY
    assert "byte-order mark" in article.repairs


def test_windows_1252_is_detected_and_noted(tmp_path):
    path = tmp_path / "cms.txt"
    path.write_bytes(STORY.encode("cp1252"))
    (article,) = load_file(path)
    assert "“We will start dredging in the spring,”" in article.text
    assert "Windows-1252" in article.repairs


def test_mojibake_is_repaired_and_the_report_says_so(tmp_path):
    path = tmp_path / "garbled.txt"
    path.write_text(GARBLED, encoding="utf-8")  # â€œWe will…
    assert "â€œ" in path.read_text(encoding="utf-8")
    loaded = load_inputs([path])
    (article,) = loaded.articles
    assert article.text == STORY
    assert any(str(path) in n and "mojibake repaired" in n for n in loaded.notes)
    result = invoke("quotes", path, "--format", "jsonl", "-o", tmp_path / "q.jsonl", "--engine", "rules", "-q")
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(x) for x in (tmp_path / "q.jsonl").read_text().splitlines()]
    assert [q["text"] for q in line["quotes"]] == ["We will start dredging in the spring,"]


@pytest.mark.parametrize("codec", ["sloppy-windows-1252", "latin-1"])
@pytest.mark.parametrize("word", ["café", "naïve", "Zoë", "“quoted”", "l’été", "€5", "Ōtautahi", "résumé…"])
def test_every_utf8_mojibake_holds_the_pair_that_lets_ftfy_run(codec, word):
    """Text without a lead-byte/continuation pair skips ftfy (a warm run does not load it);
    every non-ASCII character of UTF-8 read as 1252 or Latin-1 leaves such a pair."""
    from quoteaudit.ingest import MOJIBAKE_PAIR

    assert MOJIBAKE_PAIR.search(word.encode("utf-8").decode(codec))
    assert not MOJIBAKE_PAIR.search(STORY + "“A naïve café owner,” Zoë said.")  # typical clean copy: no ftfy


def test_record_text_is_never_repaired(tmp_path):
    """Evaluation offsets index a record's text: it is kept exactly as given."""
    garbled = GARBLED
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps({"id": "a", "text": garbled}) + "\n", encoding="utf-8")
    (article,) = load_file(path)
    assert article.text == garbled


# ---------------------------------------------------------------- half-broken record files


def test_jsonl_keeps_good_records_and_names_the_bad_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "one", "text": STORY}),
        '{"id": "two", "text": "cut off in the mid',
        json.dumps({"id": "three", "text": STORY.replace("Marta", "Greta")}),
        json.dumps({"id": "four", "title": "no body"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, problems = read_file(path)
    assert [a.id for a in articles] == ["one", "three"]
    assert [p.message.split(":")[0] for p in problems] == ["invalid JSON at line 2", "line 4"]
    assert all(p.path == str(path) for p in problems)
    with pytest.raises(InputError, match="line 2"):
        load_file(path)  # the strict form refuses a file with any bad record


def test_csv_keeps_good_rows_and_names_the_bad_line(tmp_path):
    path = tmp_path / "export.csv"
    body = STORY.replace("\n", " ").replace('"', "'")
    path.write_text(
        f'id,text\na,"{body}"\nb,"a stray "quote" breaks this row"\nc,"{body}"\nd,"{body}",extra cell\n',
        encoding="utf-8",
    )
    articles, problems = read_file(path)
    assert [a.id for a in articles] == ["a", "c"]
    assert len(problems) == 2
    assert problems[0].message.startswith("invalid CSV at line 3")
    assert "3 cells but the header has 2 columns" in problems[1].message


# ---------------------------------------------------------------- files that are not articles


def test_symlink_loop_fifo_and_broken_link_are_named(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    broken = tmp_path / "gone.txt"
    broken.symlink_to(tmp_path / "never-there.txt")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="symbolic link loop"):
        load_file(loop)
    with pytest.raises(InputError, match="broken symbolic link"):
        load_file(broken)
    with pytest.raises(InputError, match="not a regular file"):
        load_file(fifo)  # reading it would block forever


def test_folder_symlinked_into_itself_is_not_followed(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "again").symlink_to(tmp_path)
    loaded = load_inputs([tmp_path])
    assert [a.id for a in loaded.articles] == ["story"] and loaded.problems == []


def test_size_limit_names_the_limit(tmp_path):
    log = tmp_path / "server.txt"
    log.write_text("x" * (MAX_ARTICLE_CHARS + 1), encoding="utf-8")
    with pytest.raises(InputError, match=f"over the {MAX_ARTICLE_CHARS:,} limit"):
        load_file(log)
    record = tmp_path / "dump.jsonl"
    record.write_text(json.dumps({"id": "big", "text": "y " * MAX_ARTICLE_CHARS}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1: text is"):
        load_file(record)


def test_reports_quoteaudit_wrote_are_not_read_back(tmp_path):
    shutil.copy(next(SEEDS.glob("002_*.txt")), tmp_path / "story.txt")
    first = invoke("audit", tmp_path, "-o", tmp_path / "reports" / "a.xlsx", "--json", tmp_path / "a.json", "-q")
    assert first.exit_code == 0, first.output
    again = invoke("audit", tmp_path, "-o", tmp_path / "reports" / "a.xlsx", "--json", tmp_path / "b.json", "-q")
    assert again.exit_code == 0, again.output
    data = json.loads((tmp_path / "b.json").read_text())
    assert [a["id"] for a in data["articles"]] == ["story"]
    assert any("skipped 1 report" in n and "a.json" in n for n in data["notes"])


def test_two_outputs_on_one_path_are_refused(tmp_path):
    seed = next(SEEDS.glob("002_*.txt"))
    result = invoke("audit", seed, "-o", tmp_path / "same.xlsx", "--json", tmp_path / "same.xlsx")
    assert result.exit_code == 2 and "given for two outputs" in result.output
    assert not (tmp_path / "same.xlsx").exists()


def test_unreadable_stanza_folder_is_one_line_then_the_rule_engine(tmp_path):
    broken = tmp_path / "stanza"
    (broken / "en" / "tokenize").mkdir(parents=True)
    (broken / "en" / "tokenize" / "combined.pt").write_bytes(b"not a model")
    (broken / "resources.json").write_text("{ not json", encoding="utf-8")
    seed = next(SEEDS.glob("002_*.txt"))
    result = runner.invoke(app, ["audit", str(seed), "-o", str(tmp_path / "r.xlsx")], env={"STANZA_RESOURCES_DIR": str(broken)})
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    engine_lines = [line for line in result.output.splitlines() if "engine" in line]
    assert len(engine_lines) == 1 and "rule engine" in engine_lines[0]


# ---------------------------------------------------------------- the acceptance test


def _bad_inputs(folder):
    """Every kind of broken input a newsroom folder can hold; returns the names."""
    bad = {
        "empty.txt": b"",
        "blank.md": b"  \n\t\n",
        "random.txt": os.urandom(4096)
        .replace(b"\xff\xfe", b"\x00\x01")
        .replace(b"\xfe\xff", b"\x00\x01")
        .replace(b"\xef\xbb\xbf", b"\x00\x01"),
        "nul.html": b"<html>\x00\x00\x00</html>",
        "broken.json": b'{"id": "x", "text": ',
        "deep.json": b"[" * 100_000,
        "nothing.jsonl": b"not json at all\n",
        "wrongcols.csv": b"id,body\n1,words\n",
        "bom-lie.txt": b"\xff\xfe" + b"A",
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    (folder / "huge.txt").write_bytes(b"log line\n" * (MAX_ARTICLE_CHARS // 9 + 10))
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "dangling.md").symlink_to(folder / "absent.md")
    os.mkfifo(folder / "pipe.txt")
    half = folder / "half.jsonl"
    half.write_text(json.dumps({"id": "half-good", "text": STORY}) + "\n{oops\n", encoding="utf-8")
    return [*bad, "huge.txt", "loop.txt", "dangling.md", "pipe.txt", "half.jsonl"]


def test_a_folder_of_bad_inputs_with_good_ones_in_one_run(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    bad_names = _bad_inputs(inbox)
    for seed in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(seed, inbox / seed.name)
    (inbox / "utf16.txt").write_bytes(STORY.encode("utf-16"))
    good_ids = sorted([s.stem for s in sorted(SEEDS.glob("*.txt"))[:3]] + ["utf16", "half-good"])
    missing = tmp_path / "named-but-missing.txt"

    out = tmp_path / "out"
    result = invoke("audit", inbox, missing, "-o", out / "r.xlsx", "--json", out / "r.json", "--engine", "rules")

    assert result.exit_code == EXIT_UNREADABLE_INPUT, result.output
    assert "Traceback" not in result.output
    data = json.loads((out / "r.json").read_text())
    assert sorted(a["id"] for a in data["articles"]) == good_ids
    problem_paths = [p["path"] for p in data["problems"]]
    for name in bad_names:
        assert str(inbox / name) in problem_paths, name
        # one stderr line names the file and the problem
        assert any(line.startswith(f"quoteaudit: {inbox / name}: ") for line in result.output.splitlines()), name
    assert str(missing) in problem_paths
    assert all("\n" not in p["message"] and p["message"] for p in data["problems"])
    # the workbook lists them too, beside the articles it could read
    summary = openpyxl.load_workbook(out / "r.xlsx")["Summary"]
    cells = {c for row in summary.iter_rows(values_only=True) for c in row if isinstance(c, str)}
    assert {str(inbox / n) for n in bad_names} <= cells
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_sigterm_while_writing_leaves_no_temp_file(tmp_path):
    """A killed run (SIGTERM, as a CI timeout sends) removes the report's temp file and
    leaves the last good report in place."""
    import signal
    import subprocess
    import sys
    import textwrap

    seed = next(SEEDS.glob("002_*.txt"))
    out = tmp_path / "r.xlsx"
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        import quoteaudit.report as report
        from quoteaudit.cli import main

        def killed_mid_write(result, path):
            def write(tmp):
                tmp.write_bytes(b"half a workbook")
                os.kill(os.getpid(), signal.SIGTERM)
            report.write_atomic(path, write)

        report.write_xlsx = killed_mid_write
        sys.argv = ["quoteaudit", "audit", {str(seed)!r}, "-o", {str(out)!r}, "--engine", "rules", "-q"]
        main()
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []  # neither a temp file nor a torn report
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # the test process is untouched
