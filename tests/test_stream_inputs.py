"""Input read as it is processed: ``InputStream`` hands on each article as soon as it is
read, and `quotes` starts work before the rest of the input is read, with the same
articles, ids, problems and exit codes as reading everything first."""

import json

from typer.testing import CliRunner

from quoteaudit.cli import EXIT_UNREADABLE_INPUT, app
from quoteaudit.ingest import InputStream, load_inputs, read_file, unique_ids
from quoteaudit.models import Article

STORY = (
    "Harbour board delays the ferry contract\n\n"
    "The harbour board put off its vote on the new ferry contract on Tuesday, after two members asked for more time "
    "to read the bids. “We owe the islanders a careful look,” said Rosa Lindqvist, who chairs the board."
)
OTHER = (
    "Library opens on Sundays\n\n"
    "The town library will open on Sunday afternoons from next month, the council said, after a petition signed by "
    "four hundred readers. “People asked, and we listened,” said Omar Haddad, the head librarian."
)


def record(doc_id: str, text: str = STORY) -> str:
    return json.dumps({"doc_id": doc_id, "text": text}) + "\n"


def mixed_folder(folder):
    """Good and bad files side by side, and a .jsonl with good and bad lines."""
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "b.jsonl").write_text(record("b-one") + "{not json\n" + record("b-two", OTHER), encoding="utf-8")
    (folder / "c.json").write_text("{not json", encoding="utf-8")
    (folder / "d.csv").write_text("title,body\nA,B\n", encoding="utf-8")
    (folder / "e.jsonl").write_text("{oops\n[1, 2\n", encoding="utf-8")
    (folder / "f.md").write_text("# Library opens on Sundays\n\n" + OTHER.split("\n\n", 1)[1], encoding="utf-8")
    (folder / "g.txt").write_text("   \n", encoding="utf-8")
    return folder


def test_stream_gives_what_load_inputs_gives_on_a_mixed_folder(tmp_path):
    folder = mixed_folder(tmp_path / "in")
    loaded = load_inputs([folder])
    stream = InputStream([folder])
    articles = list(stream)
    assert articles == loaded.articles
    assert stream.problems == loaded.problems and stream.notes == loaded.notes
    assert [a.id for a in articles] == ["a", "b-one", "b-two", "f"]
    assert [(p.path.removeprefix(str(folder) + "/"), p.message.split(":")[0]) for p in stream.problems] == [
        ("b.jsonl", "invalid JSON at line 2"),
        ("c.json", "invalid JSON at line 1"),
        ("d.csv", "CSV has no 'text' column (columns"),
        ("e.jsonl", "invalid JSON at line 1"),  # a file of nothing but bad lines is one problem
        ("g.txt", "file is empty"),
    ]
    assert "(and 1 more bad records)" in stream.problems[3].message
    # the same records, file by file, as read_file gives them
    assert [a for name in ("a.txt", "b.jsonl", "f.md") for a in read_file(folder / name)[0]] == articles


def test_stream_hands_on_each_article_before_reading_on(tmp_path):
    folder = mixed_folder(tmp_path / "in")
    met = []
    stream = iter(InputStream([folder], on_problem=met.append))
    assert next(stream).id == "a" and met == []  # b.jsonl and the rest not read yet
    assert next(stream).id == "b-one" and met == []
    assert next(stream).id == "b-two" and [p.message for p in met] == [
        "invalid JSON at line 2: Expecting property name enclosed in double quotes"
    ]
    assert next(stream).id == "f" and len(met) == 4
    assert next(stream, None) is None and len(met) == 5


def test_a_jsonl_is_read_record_by_record(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text("".join(record(f"r{n}") for n in range(50)) + "{broken\n", encoding="utf-8")
    met = []
    stream = iter(InputStream([path], on_problem=met.append))
    assert next(stream).id == "r0" and not met
    assert [a.id for a in stream] == [f"r{n}" for n in range(1, 50)]
    assert [p.message for p in met] == ["invalid JSON at line 51: Expecting property name enclosed in double quotes"]


def test_jsonl_line_ends_are_those_of_the_newline_normalisation(tmp_path):
    path = tmp_path / "ends.jsonl"
    path.write_bytes((record("crlf").replace("\n", "\r\n") + record("cr").replace("\n", "\r") + "\r\n{bad\n" + record("lf")).encode())
    articles, problems = read_file(path)
    assert [a.id for a in articles] == ["crlf", "cr", "lf"]
    assert [p.message.split(":")[0] for p in problems] == ["invalid JSON at line 4"]  # line 3 is blank


def test_duplicate_ids_are_numbered_in_input_order_across_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1.jsonl").write_text(record("x") + record("x") + record("y"), encoding="utf-8")
    (folder / "2.jsonl").write_text(record("x") + record("y"), encoding="utf-8")
    (folder / "3").mkdir()
    (folder / "3" / "x.txt").write_text(OTHER, encoding="utf-8")
    assert [a.id for a in InputStream([folder])] == ["x", "x-2", "y", "x-3", "y-2", "x-4"]
    assert [a.id for a in load_inputs([folder]).articles] == ["x", "x-2", "y", "x-3", "y-2", "x-4"]


def test_an_id_met_later_that_was_already_given_out_is_renamed_in_its_turn(tmp_path):
    """Ids are made unique as the input is read, knowing only the ids met so far: "x-2",
    given to the second "x", is taken when an article called "x-2" comes after it."""
    path = tmp_path / "clash.jsonl"
    path.write_text(record("x") + record("x") + record("x-2"), encoding="utf-8")
    assert [a.id for a in InputStream([path])] == ["x", "x-2", "x-2-2"]
    assert [a.id for a in read_file(path)[0]] == ["x", "x-2", "x-2-2"]
    arts = [Article(id=i, text="t") for i in ("a", "a", "a-2", "a")]
    assert [a.id for a in unique_ids(arts)] == ["a", "a-2", "a-2-2", "a-3"]
    # an id seen before its clash is stepped over, as always
    arts = [Article(id=i, text="t") for i in ("a", "a-2", "a", "a")]
    assert [a.id for a in unique_ids(arts)] == ["a", "a-2", "a-3", "a-4"]


# ---------------------------------------------------------------- the quotes command

runner = CliRunner()


def quotes(*args):
    return runner.invoke(app, ["quotes", *map(str, args), "--engine", "rules"])


def test_all_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n[1, 2\n", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    for fmt in ("jsonl", "csv", "table"):
        out = tmp_path / f"q.{fmt}"
        result = quotes(bad, empty, "-f", fmt, "-o", out, "-q")
        assert result.exit_code == 2, result.output
        lines = result.output.splitlines()
        assert lines[-1] == f"quoteaudit: no article could be read from {bad}, {empty}"
        assert f"quoteaudit: {bad}: invalid JSON at line 1" in result.output and "Traceback" not in result.output
        assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl", "empty"]  # no report, no temp file
    # nothing on standard output either, not even a CSV header
    result = quotes(bad, "-f", "csv", "-q")
    assert result.exit_code == 2 and "article,outlet" not in result.output


def test_all_bad_input_leaves_an_earlier_report_in_place(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(record("one"), encoding="utf-8")
    out = tmp_path / "q.jsonl"
    assert quotes(good, "-f", "jsonl", "-o", out, "-q").exit_code == 0
    before = out.read_bytes()
    good.write_text("{oops\n", encoding="utf-8")
    result = quotes(good, "-f", "jsonl", "-o", out, "-q")
    assert result.exit_code == 2 and "no article could be read" in result.output
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.jsonl", "q.jsonl"]  # no temp file left


def test_good_and_bad_records_mixed_print_each_problem_and_exit_3(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text("{oops\n" + record("one") + json.dumps({"doc_id": "notext"}) + "\n" + record("two", OTHER), encoding="utf-8")
    (tmp_path / "broken.json").write_text("[", encoding="utf-8")
    for jobs in ("1", "2"):
        out = tmp_path / f"q{jobs}.jsonl"
        result = quotes(path, tmp_path / "broken.json", "-f", "jsonl", "-o", out, "-q", "--jobs", jobs)
        assert result.exit_code == EXIT_UNREADABLE_INPUT, result.output
        problems = [line for line in result.output.splitlines() if line.startswith("quoteaudit: ")]
        assert problems == [
            f"quoteaudit: {path}: invalid JSON at line 1: Expecting property name enclosed in double quotes",
            f"quoteaudit: {path}: line 3: record has no text",
            f"quoteaudit: {tmp_path / 'broken.json'}: invalid JSON at line 1: Expecting value",
        ]
        written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [w["doc_id"] for w in written] == ["one", "two"]
        assert [q["speaker"]["name"] for w in written for q in w["quotes"]] == ["Rosa Lindqvist", "Omar Haddad"]
    assert (tmp_path / "q1.jsonl").read_bytes() == (tmp_path / "q2.jsonl").read_bytes()
    table = quotes(path, "-q")
    assert table.exit_code == EXIT_UNREADABLE_INPUT and "Rosa Lindqvist" in table.output


def test_a_jsonl_that_is_not_plain_utf8_is_judged_whole_as_before(tmp_path):
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(json.dumps({"doc_id": "café", "text": STORY}, ensure_ascii=False).encode("cp1252") + b"\n" + record("two").encode())
    articles, problems = read_file(latin)
    assert [a.id for a in articles] == ["café", "two"] and not problems
    assert articles[0].repairs == "not UTF-8; decoded as Windows-1252 (detected)"
    marked = tmp_path / "marked.jsonl"
    marked.write_bytes(record("bom").encode("utf-16"))
    assert [a.id for a in read_file(marked)[0]] == ["bom"]
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(record("one").encode() + b"\x00\x01" + record("two").encode())
    met = []
    assert list(InputStream([binary], on_problem=met.append)) == []  # refused whole, not line by line
    assert [p.message for p in met] == ["not a text file (binary content); save the article as UTF-8 text"]
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n \n", encoding="utf-8")
    assert [p.message for p in load_inputs([blank]).problems] == ["file is empty"]
