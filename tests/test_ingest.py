"""Ingest: every input format, every bad-input message, the batch that goes on past a bad
file, and what plain text says of itself, on the five seed articles and on the PolNeAR
evaluation texts (whose offsets must survive ingest untouched)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quoteaudit.errors import InputError
from quoteaudit.ingest import (
    SUPPORTED_SUFFIXES,
    _date_iso,
    _normalise_date,
    _parse_date,
    article_from_text,
    find_body_end,
    load_file,
    load_paths,
    outlet_from_name,
    strip_markdown,
    unique_ids,
)
from quoteaudit.models import Article
from quoteaudit.nlp.rules_engine import RulesAnnotator
from quoteaudit.pipeline import audit_articles

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "ingest"
SEEDS = ROOT / "seeds"
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"


def _one_line_error(path: Path | str, call) -> str:
    """Run call, expect InputError naming the file in a single line; return the problem."""
    with pytest.raises(InputError) as info:
        call()
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message
    assert info.value.path == str(path)
    return info.value.problem


# ---------------------------------------------------------------- formats


def test_txt_reads_header_footer_and_keeps_text():
    (article,) = load_file(DATA / "article.txt")
    assert article.text == (DATA / "article.txt").read_text(encoding="utf-8")
    assert article.id == "article"
    assert article.path == str(DATA / "article.txt")
    assert article.title == "Port workers end strike after pay deal"
    assert article.byline == "Maria Keller"
    assert article.published == "2026-02-19"
    assert article.outlet == "Harbour Herald"
    assert article.body.endswith("expected the backlog to clear within a week.")
    assert article.text[article.body_end :].lstrip().startswith("Related News")


def test_txt_normalises_only_newlines(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbfMayor quits\r\n\r\nThe mayor said \xe2\x80\x9cenough\xe2\x80\x9d on Monday.  \r\n")
    (article,) = load_file(path)
    assert article.text == "Mayor quits\n\nThe mayor said \u201cenough\u201d on Monday.  \n"
    assert article.title == "Mayor quits"


def test_txt_in_windows_1252_is_read(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(b"Caf\xe9 owners protest\n\nOwners said the rule was \x93unfair\x94 to small shops.\n")
    (article,) = load_file(path)
    assert "Caf\u00e9 owners protest" in article.text
    assert "\u201cunfair\u201d" in article.text


def test_markdown_syntax_is_stripped_and_front_matter_read():
    (article,) = load_file(DATA / "article.md")
    assert article.title == "Council approves water rate rise"
    assert article.byline == "Lena Ortiz"
    assert article.outlet == "Valley Courier"
    assert article.published == "2026-02-20"
    assert article.url == "https://valleycourier.example/water-rates"
    for syntax in ("#", "**", "](", "> ", "---", "https://audit.example"):
        assert syntax not in article.text
    assert "after a state audit found the utility's pipes were decades past" in article.text
    assert '"We can pay a little more now' in article.text
    assert article.body.endswith("The new rates take effect on April 1.")
    assert "School board delays budget vote" in article.text[article.body_end :]


def test_strip_markdown_keeps_words_and_snake_case():
    md = "## A *big* [deal](http://x.example) for __snake_case__ and snake_case_names\n\n* item `code`\n"
    assert strip_markdown(md) == "A big deal for snake_case and snake_case_names\n\nitem code"


def test_markdown_outlet_export_reads_as_the_page_does():
    """A CMS export: front matter, a comment, a bold byline over an italic date, a photo, links
    inside quotes, a bulleted box, a quote in a blockquote, a quote over two paragraphs, a
    newsletter block and a table. The text keeps every quote mark and paragraph break."""
    (article,) = load_file(DATA / "outlet_export.md")
    assert article.text == (
        "Harbour board shelves dredging plan after cost review\n\n"
        "By Priya Raman and Tom Okafor\nThursday, March 12, 2026\n\n"
        "The harbour board voted on Wednesday to shelve a plan to deepen the north channel, after an independent "
        "review put the cost at nearly twice the original estimate.\n\n"
        '"We were asked to approve a number that nobody could stand behind," board chair Helen Marsh said after the vote. '
        '"The review made that plain, and we owe the ratepayers better than a guess."\n\n'
        "Fishing crews, who had pushed for the work, were less forgiving. Skipper Dan O'Rourke said the delay would cost "
        'the fleet "another winter of scraping the bottom" at low tide.\n\n'
        "What the review found\n\n"
        "Silt levels are 40 percent higher than the 2019 survey showed\n"
        "Disposal sites for the spoil are not yet licensed\n"
        "The contractor's price assumed 2024 fuel costs\n\n"
        '"Nobody on this board doubts the channel needs work," Marsh said in a statement on Thursday.\n\n'
        '"But a plan that doubles in price before a single barge moves is not a plan we can sign."\n\n'
        "Port manager Lucia Ferreira said the staff would draft a smaller first phase.\n\n"
        '"It will start with the berths that earn the most, and it will be costed line by line. We will bring it back before summer.\n\n'
        '"If it is sound, I expect the board to approve it," Ferreira said.\n\n'
        "Option\tCost\nFull channel\t$48m\nFirst phase\t$19m"
    )
    assert (article.title, article.byline, article.published, article.outlet) == (
        "Harbour board shelves dredging plan after cost review",
        "Priya Raman, Tom Okafor",
        "2026-03-12",
        "Northshore Ledger",
    )
    result = audit_articles([article], annotator=RulesAnnotator()).articles[0]
    found = [(q.kind.value, q.paragraphs, q.text, q.speaker.name if q.speaker else "") for q in result.quotes]
    assert found == [
        ("full", 1, "We were asked to approve a number that nobody could stand behind,", "Helen Marsh"),
        ("full", 1, "The review made that plain, and we owe the ratepayers better than a guess.", "Helen Marsh"),
        ("fragment", 1, "another winter of scraping the bottom", "Dan O'Rourke"),
        ("full", 1, "Nobody on this board doubts the channel needs work,", "Helen Marsh"),
        ("full", 1, "But a plan that doubles in price before a single barge moves is not a plan we can sign.", "Helen Marsh"),
        (
            "full",
            2,
            "It will start with the berths that earn the most, and it will be costed line by line. We will bring it back "
            'before summer.\n\n"If it is sound, I expect the board to approve it,',
            "Lucia Ferreira",
        ),
    ]


@pytest.mark.parametrize(
    ("md", "text"),
    [
        # quote marks, apostrophes and dashes exactly as typed: no typographer
        ('He said "it\'s fine" -- and ‘fine’ it was...', 'He said "it\'s fine" -- and ‘fine’ it was...'),
        ("“A [link](https://x.example) inside,” she said.", "“A link inside,” she said."),
        ("Photo ![Mayor at the podium](m.jpg) gone", "Photo  gone"),
        ("Line one<br>line two  \nline three", "Line one\nline two\nline three"),
        ("See <https://x.example> and [ref][1].\n\n[1]: https://y.example", "See https://x.example and ref."),
        (r"Not \*emphasis\* and 3 \* 4", "Not *emphasis* and 3 * 4"),
        ("1. first\n2. second\n   - nested", "first\nsecond\nnested"),
        ("- loose one\n\n- loose two", "loose one\n\nloose two"),
        ("Title\n=====\n\nBody.", "Title\n\nBody."),
        ("~~old~~ new &amp; <span>bare</span>", "old new & bare"),
        ('<div class="ad">\nBuy now\n</div>\n\nAfter the ad.', "After the ad."),
        ("```\nfenced text\n```", "fenced text"),
        ("***\n\nAfter a rule.", "After a rule."),
    ],
)
def test_strip_markdown_renders_each_construct(md, text):
    assert strip_markdown(md) == text


def test_markdown_title_from_an_opening_heading_only(tmp_path):
    setext = tmp_path / "setext.md"
    setext.write_text("<!-- cms -->\nMayor *resigns* after audit\n===\n\nThe mayor resigned on Monday.\n", encoding="utf-8")
    assert load_file(setext)[0].title == "Mayor resigns after audit"
    later = tmp_path / "later.md"
    later.write_text("Some opening words of the story.\n\n# A section\n\nMore words.\n", encoding="utf-8")
    assert load_file(later)[0].title != "A section"


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("Dec. 4, 2026", "2026-12-04"),
        ("4 December 2026", "2026-12-04"),
        ("2026-12-04T10:00:00Z", "2026-12-04"),
        ("2026-12-04T23:30:00-05:00", "2026-12-04"),  # the day where it was printed, whatever this machine's zone
        ("Friday, December 4, 2026 10:31 AM ET", "2026-12-04"),
        ("12/04/2026", "2026-04-12"),  # both orders fit: day-first
        ("02/17/2026", "2026-02-17"),  # only month-first fits
        ("Sept. 3, 2025", "2025-09-03"),
        ("Updated 3:04 PM EST, Thu March 5, 2020", "2020-03-05"),
        ("Published: Feb. 21, 2026 at 5:09 p.m. ET", "2026-02-21"),
        ("Thurs, Feb. 21, 2026", "2026-02-21"),
        ("Sat 21 Feb 2026 09.14 GMT", "2026-02-21"),
    ],
)
def test_printed_dates_are_read_as_iso(printed, iso):
    assert _normalise_date(printed) == iso
    assert article_from_text("Some words of the story.", doc_id="d", published=printed).published == iso


@pytest.mark.parametrize(
    "printed",
    [
        "yesterday",  # relative: the day depends on when the page was read
        "3 days ago",
        "Monday",
        "March 2020",  # no day: none is made up
        "Dec. 4",  # no year: this year's is not assumed
        "2026",
        "1234567890",  # a view count, not a timestamp
        "2026-13-01",  # not 13 January
        "Feb. 30, 2026",
        "31/02/2026",
        "10:30 AM",
        "the vote on December 4, 2026 in Albany",
        "garbage",
    ],
)
def test_what_names_no_one_day_is_no_date(printed):
    assert _date_iso(printed) == ""
    assert _normalise_date(printed) == printed  # a given value that is no date is kept as given


def test_dates_do_not_depend_on_the_machines_zone(monkeypatch):
    import time

    for zone in ("Pacific/Kiritimati", "America/Adak"):  # UTC+14 and UTC-10
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        _parse_date.cache_clear()
        assert _normalise_date("2026-12-04T23:30:00-05:00") == "2026-12-04"
        assert _normalise_date("Friday, December 4, 2026 11:59 PM ET") == "2026-12-04"
    monkeypatch.undo()
    time.tzset()


def test_a_dateline_under_the_byline_dates_the_article():
    prose = "The harbour board voted on Wednesday to shelve a plan to deepen the north channel, after a review doubled its cost."
    text = f"Harbour board shelves dredging plan\n\nBy Priya Raman\nFriday, December 4, 2026 10:31 AM ET\n\n{prose}\n"
    assert article_from_text(text, doc_id="d").published == "2026-12-04"
    relative = f"Harbour board shelves dredging plan\n\nBy Priya Raman\nUpdated yesterday at 10:31 AM\n\n{prose}\n"
    assert article_from_text(relative, doc_id="d").published == ""


def test_help_does_not_load_dateparser():
    """dateparser takes a noticeable time to import: only reading a date loads it, so
    `quoteaudit --help` stays quick."""
    code = (
        "import sys\nfrom quoteaudit.cli import main\nsys.argv = ['quoteaudit', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\nsys.stderr.write(str('dateparser' in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip() == "False"


def test_html_keeps_article_drops_boilerplate():
    (article,) = load_file(DATA / "article.html")
    assert (
        '"This deal gives our members the security they asked for, and it keeps the port open '
        'for everyone who depends on it," union secretary Tomas Berg said outside the main gate.'
    ) in article.text
    for boilerplate in ("Subscribe now", "Privacy policy", "Related stories", "Ferry timetable", "Cookie"):
        assert boilerplate not in article.text
    assert article.title == "Port workers end strike after pay deal"
    assert article.byline == "Maria Keller"
    assert article.published == "2026-02-19"
    assert article.outlet == "Harbour Herald"
    assert article.url == "https://harbourherald.example/news/port-strike-ends"


def test_json_list_keeps_record_text_exactly():
    raw = json.loads((DATA / "records.json").read_text(encoding="utf-8"))
    first, second = load_file(DATA / "records.json")
    assert [first.text, second.text] == [raw[0]["text"], raw[1]["text"]]
    assert (first.id, first.outlet, first.title) == ("hh-1", "Harbour Herald", "Port strike ends")
    assert first.published == "2026-02-19"  # "February 19, 2026" normalised
    assert first.url == "https://harbourherald.example/news/port-strike-ends"
    # integer id, metadata only in the nested meta dict
    assert (second.id, second.outlet, second.title, second.published) == (
        "42",
        "valley-courier",
        "Water rates rise",
        "2026-02-20",
    )


def test_json_single_object():
    (article,) = load_file(DATA / "single.json")
    assert (article.id, article.outlet, article.title) == ("one", "Clash Report", "Cuban advisers leave Venezuela")


def test_jsonl_records_and_blank_lines():
    raw = [json.loads(line) for line in (DATA / "records.jsonl").read_text(encoding="utf-8").splitlines() if line]
    a, b = load_file(DATA / "records.jsonl")
    assert [a.text, b.text] == [r["text"] for r in raw]
    assert (a.id, a.outlet) == ("a1", "Outlet A")
    assert (b.id, b.outlet, b.title, b.url) == ("b2", "Outlet B", "Second", "https://b.example/2")


def test_csv_cells_are_kept_byte_for_byte():
    first, second = load_file(DATA / "records.csv")
    assert first.text == 'Bridge closes\r\n\r\nThe bridge will close for repairs, "starting Monday," the county said.'
    assert (first.id, first.outlet, first.title, first.url) == ("c1", "Outlet C", "Bridge closes", "https://c.example/1")
    assert first.published == "2026-02-21"  # 21/02/2026
    assert second.text == "Only text here, with a comma."
    assert second.outlet == "Outlet D"
    assert second.title == ""  # a one-line text has no headline


def test_record_without_id_or_outlet_uses_file_stem(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text('{"text": "Storm nears\\n\\nThe storm will reach the coast on Friday."}\n', encoding="utf-8")
    (article,) = load_file(path)
    assert article.id == "wire-1"
    assert article.outlet == "wire-1"
    assert article.title == "Storm nears"


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.md", b"  \n\n\t\n", "file is empty"),
        ("binary.txt", bytes(range(256)) * 4, "not a text file"),
        ("nul.txt", b"Mayor quits\x00\x00\x01\x02 today", "not a text file"),
        ("badbom.txt", "Mayor quits".encode("utf-16")[:-1], "UTF-16 byte-order mark but is not UTF-16"),
        ("broken.json", b'[\n  {"id": "a",\n   "text": "x"\n  \n', "invalid JSON at line"),
        ("broken.jsonl", b'{"id": "a", "text": "fine"}\n\n{"id": "b", text: "oops"}\n', "invalid JSON at line 3"),
        ("scalar.json", b'"just a string"', "JSON must be an object or a list"),
        ("nothing.json", b"[]", "no records"),
        ("notext.json", b'[{"id": "a", "text": "ok"}, {"id": "b", "title": "no body"}]', "record 2: record has no text"),
        ("blanktext.jsonl", b'{"id": "a", "text": "   "}\n', "line 1: record has no text"),
        ("list.jsonl", b'["not", "an", "object"]\n', "line 1: record is not an object"),
        ("notext.csv", b"id,outlet,body\n1,A,Some words\n", "CSV has no 'text' column (columns: id, outlet, body)"),
        ("headeronly.csv", b"id,text\n", "header but no rows"),
        ("emptycell.csv", b"id,text\na,Real text here.\nb,\n", "row 2: record has no text"),
        ("nav.html", b'<html><body><nav><a href="/">Home</a></nav></body></html>', "no article text found"),
        ("report.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
    ],
)
def test_bad_file_gives_one_line_problem(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    assert problem in _one_line_error(path, lambda: load_file(path))


def test_missing_file_and_folder_given_as_file(tmp_path):
    missing = tmp_path / "nope.txt"
    assert _one_line_error(missing, lambda: load_file(missing)) == "file not found"
    assert _one_line_error(tmp_path, lambda: load_file(tmp_path)) == "is a folder, not a file"


def test_batch_goes_on_after_bad_files(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF")
    paths = [SEEDS / "000_c615b6ca15a1676c.txt", bad, tmp_path / "missing.txt", pdf, DATA / "single.json"]
    articles, problems = load_paths(paths)
    assert [a.id for a in articles] == ["000_c615b6ca15a1676c", "one"]
    assert [p.path for p in problems] == [str(bad), str(tmp_path / "missing.txt"), str(pdf)]
    assert problems[0].message.startswith("invalid JSON at line 1")
    assert problems[1].message == "file not found"
    assert all("\n" not in p.message for p in problems)


def test_folder_is_recursive_sorted_and_skips_hidden_and_unsupported(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    body = "\n\nThe council met on Monday and approved the budget for the coming year."
    (tmp_path / "b" / "two.txt").write_text("Second" + body, encoding="utf-8")
    (tmp_path / "a.txt").write_text("First" + body, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden" + body, encoding="utf-8")
    (tmp_path / ".git" / "notes.txt").write_text("Git" + body, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "README").write_text("no suffix", encoding="utf-8")
    articles, problems = load_paths([tmp_path, tmp_path / "a.txt"])  # a.txt twice: loaded once
    assert problems == []
    assert [a.title for a in articles] == ["First", "Second"]


def test_empty_folder_is_a_problem(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    articles, problems = load_paths([tmp_path])
    assert articles == []
    assert len(problems) == 1 and problems[0].path == str(tmp_path)
    assert "no supported files" in problems[0].message


# ---------------------------------------------------------------- ids


def test_ids_unique_across_batch(tmp_path):
    body = "\n\nThe council met on Monday and approved the budget for the coming year."
    for folder in ("x", "y", "z"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text("Budget passes" + body, encoding="utf-8")
    articles, _ = load_paths([tmp_path / "x", tmp_path / "y", tmp_path / "z"])
    assert [a.id for a in articles] == ["story", "story-2", "story-3"]


def test_unique_ids_steps_over_taken_suffixes():
    arts = [Article(id=i, text="t") for i in ("a", "a-2", "a", "a")]
    assert [a.id for a in unique_ids(arts)] == ["a", "a-2", "a-3", "a-4"]


def test_outlet_from_name():
    assert outlet_from_name("cubaheadlines_c615b6ca15a1676c") == "cubaheadlines"
    assert outlet_from_name("000_c615b6ca15a1676c") == "000_c615b6ca15a1676c"  # nothing else to go on
    assert outlet_from_name("clash-report") == "clash-report"
    assert outlet_from_name("report-20160101") == "report-20160101"  # a date is not a hash


# ---------------------------------------------------------------- the seed story

SEED_EXPECTED = {
    # file: (title, byline, published, outlet, body ends with, furniture starts with)
    "000_c615b6ca15a1676c.txt": (
        "Cuban Doctors, Advisers & Security Forces Depart Venezuela Amid U.S. Pressure",
        "",
        "2026-02-21",
        "Clash Report",
        "Venezuela\u2019s security forces university.",
        "Sources:",
    ),
    "001_3edb207419c6a646.txt": (
        "Cuban Security Forces Begin Withdrawal from Venezuela",
        "Ethan Navarro",
        "2026-02-21",
        "CubaHeadlines",
        "axis's influence in Latin America.",
        "Impact of Cuban Withdrawal on Venezuela's Security",
    ),
    "002_7695fdf801c1cfb1.txt": ("", "", "", "002_7695fdf801c1cfb1", None, None),
    "003_65e3e674bad78fb5.txt": (
        "Cuban Security Forces Leave Venezuela as U.S. Pressure Reshapes Regional Politics",
        "Saif Nasser",
        "2026-02-21",
        "003_65e3e674bad78fb5",
        "could shape the future of both nations for years to come.",
        "Feb. 21, 2026 5:09 p.m. 147",
    ),
    "004_c5a8ada74a308fa9.txt": (
        "Cuban security personnel withdraw from Venezuela amid escalating US pressure",
        "",
        "",
        "004_c5a8ada74a308fa9",
        None,
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(SEED_EXPECTED))
def test_seed_metadata_and_body_end(name):
    title, byline, published, outlet, body_tail, furniture_head = SEED_EXPECTED[name]
    (article,) = load_file(SEEDS / name)
    assert article.text == (SEEDS / name).read_text(encoding="utf-8").replace("\r\n", "\n")
    assert (article.title, article.byline, article.published, article.outlet) == (title, byline, published, outlet)
    if body_tail is None:
        assert article.body_end == -1
        assert article.body == article.text
    else:
        assert article.body.endswith(body_tail)
        assert article.text[article.body_end :].lstrip().startswith(furniture_head)


def test_seed_furniture_holds_no_article_quote():
    """The related-news list of seed 000 has a quoted headline; it must lie past body_end."""
    (article,) = load_file(SEEDS / "000_c615b6ca15a1676c.txt")
    headline = "\u201cThe U.S. Is Our Friend, But No Longer the Old Guarantor\u201d"
    assert article.text.index(headline) > article.body_end
    assert "\u201cCuba lived, for many years" in article.body


def test_seed_folder_loads_five_distinct_outlets():
    articles, problems = load_paths([SEEDS])
    assert problems == []
    assert len(articles) == 5
    assert len({a.outlet for a in articles}) == 5


# ---------------------------------------------------------------- inference on small texts

LEDE = "The city council voted on Monday to approve a new budget that raises spending on roads, parks and libraries for the coming year."


@pytest.mark.parametrize(
    ("dateline", "published", "byline", "outlet"),
    [
        ("Feb. 21, 2026 5:09 p.m. 147", "2026-02-21", "", ""),
        ("Saturday, February 21, 2026 by Ethan Navarro", "2026-02-21", "Ethan Navarro", ""),
        ("21/02/2026", "2026-02-21", "", ""),
        ("02/17/2026", "2026-02-17", "", ""),
        ("21 February 2026", "2026-02-21", "", ""),
        ("Updated: 2026-02-21T10:00:00Z", "2026-02-21", "", ""),
        ("February 21, 2026Clash Report", "2026-02-21", "", "Clash Report"),
        ("February 21, 2026 | Clash Report", "2026-02-21", "", "Clash Report"),
    ],
)
def test_dateline_forms(dateline, published, byline, outlet):
    article = article_from_text(f"Budget approved\n{dateline}\n\n{LEDE}\n", doc_id="doc")
    assert (article.published, article.byline) == (published, byline)
    assert article.outlet == (outlet or "doc")
    assert article.title == "Budget approved"


def test_date_inside_prose_is_not_a_dateline():
    text = f"Budget approved\n\nOn February 21, 2026, the council met. {LEDE}\n"
    assert article_from_text(text, doc_id="d").published == ""


def test_byline_forms():
    cases = [
        ("Post by : Saif Nasser", "Saif Nasser"),
        ("By Ana de la Cruz", "Ana de la Cruz"),
        ("By Jane Doe, Reuters", "Jane Doe"),
        ("By the way", ""),
        ("By Sept. 30, according to new filings, the committee had spent $28 million.", ""),
    ]
    for line, name in cases:
        article = article_from_text(f"Budget approved\n{line}\n\n{LEDE}\n", doc_id="d")
        assert article.byline == name, line


def test_site_name_line_and_section_kicker():
    named = f"Valley Courier\n\nBudget approved\n\n{LEDE}\n\nMore from Valley Courier on the vote.\n"
    article = article_from_text(named, doc_id="d")
    assert (article.outlet, article.title) == ("Valley Courier", "Budget approved")
    kicker = f"Analysis\n\nBudget approved\n\n{LEDE}\n"
    article = article_from_text(kicker, doc_id="d")
    assert (article.outlet, article.title) == ("d", "Budget approved")
    # two short words not named again are a headline, not a site name
    article = article_from_text(f"Budget approved\n\nCouncil acts\n\n{LEDE}\n", doc_id="d")
    assert (article.outlet, article.title) == ("d", "Budget approved")


def test_time_zone_does_not_swallow_byline():
    article = article_from_text(f"Budget approved\nFeb. 21, 2026 5:09 PM ET by Jane Doe\n\n{LEDE}\n", doc_id="d")
    assert (article.published, article.byline) == ("2026-02-21", "Jane Doe")
    article = article_from_text(f"Budget approved\nFeb. 21, 2026 5:09 pm by Jane Doe\n\n{LEDE}\n", doc_id="d")
    assert (article.published, article.byline) == ("2026-02-21", "Jane Doe")


def test_copyright_line_names_outlet_but_photo_credit_does_not():
    text = (
        "Budget approved\n\nCouncil chamber - Image \u00a9 Jane Roe / Reuters\n\n"
        f"{LEDE}\n\n\u00a9 2026 Valley Courier. All rights reserved.\n"
    )
    article = article_from_text(text, doc_id="d")
    assert article.outlet == "Valley Courier"
    assert article.body.endswith("for the coming year.")


def test_explicit_metadata_wins_and_unknown_keys_fail():
    text = f"Budget approved\nFebruary 21, 2026 by Ethan Navarro\n\n{LEDE}\n"
    article = article_from_text(text, doc_id="d", path="x.txt", title="Given", byline="", published="2026-03-01")
    assert (article.title, article.byline, article.published) == ("Given", "Ethan Navarro", "2026-03-01")
    assert article.path == "x.txt"
    with pytest.raises(TypeError):
        article_from_text(text, doc_id="d", headline="nope")


def test_real_short_ending_is_not_cut():
    """Short closing paragraphs, a question with a quoted answer, a contributor line: article."""
    text = (
        f"Budget approved\n\n{LEDE}\n\nSo what comes next?\n\n\u201cWe start paving in May,\u201d she said.\n\n"
        "Is that soon enough?\n\nMany residents think not.\n\nContributing: Todd Spangler.\n"
    )
    assert find_body_end(text) == -1


def test_faq_block_is_furniture():
    faq = (
        "What did the council decide?\n\nIt approved a budget with more money for roads.\n\nWhen do repairs start?\n\nWork begins in May.\n"
    )
    text = f"Budget approved\n\n{LEDE}\n\nKey questions about the budget\n\n{faq}"
    assert text[: find_body_end(text)].endswith("for the coming year.")


def test_tag_line_and_read_more_list_are_furniture():
    text = (
        f"Budget approved\n\n{LEDE}\n\nFeb. 21, 2026 5:09 p.m.\n#Local News #Politics\n"
        "Bridge repairs to close two lanes\nFeb. 20, 2026 4:00 p.m.\nRead More\n"
    )
    assert text[: find_body_end(text)].endswith("for the coming year.")


def test_furniture_headings_come_from_the_lexicon(tmp_path, monkeypatch):
    text = f"Budget approved\n\n{LEDE}\n\nAlso On Our Site\nBridge repairs to close two lanes\n"
    assert find_body_end(text) == -1
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules" / "lexicon", rules / "lexicon")
    lex = rules / "lexicon" / "ingest.yml"
    words = lex.read_text(encoding="utf-8")
    words = words.replace("furniture_headings:\n", "furniture_headings:\n  - Also On Our Site\n", 1)
    lex.write_text(words, encoding="utf-8")
    monkeypatch.setenv("QUOTEAUDIT_RULES", str(rules))
    assert text[: find_body_end(text)].endswith("for the coming year.")


def test_supported_suffixes_cover_the_issue_formats():
    assert set(SUPPORTED_SUFFIXES) >= {".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv"}


# ---------------------------------------------------------------- evaluation data


@pytest.mark.skipif(not POLNEAR.is_file(), reason="../shared/eval is not beside the checkout")
def test_polnear_loads_with_texts_untouched_and_no_gold_quote_past_body_end():
    records = [json.loads(line) for line in POLNEAR.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles, problems = load_paths([POLNEAR])
    assert problems == []
    assert len(articles) == len(records) == 395
    assert [a.text for a in articles] == [r["text"] for r in records]
    assert [a.id for a in articles] == [r["doc_id"] for r in records]
    assert [a.outlet for a in articles] == [r["meta"]["publisher"] for r in records]
    assert [a.published for a in articles] == [r["meta"]["publication_date"] for r in records]
    lost = [
        (a.id, q["start"])
        for a, r in zip(articles, records, strict=True)
        for q in r["quotes"] or []
        if q["direct"] and a.body_end >= 0 and q["start"] >= a.body_end
    ]
    assert lost == []
