"""The report's answers: distinct problems ranked by impact, the needs-attention list, the
verdicts, names and places, IDs that link, the Sourcing grid, and the other formats
(HTML, a CSV folder) and the manifest. Hand-built audits use the seed story's articles
(tests/test_report.py builds them); one test runs the whole pipeline on seeds/."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText
from typer.testing import CliRunner

from quoteaudit.cli import app
from quoteaudit.errors import QuoteAuditError
from quoteaudit.manifest import apply_manifest, load_manifest
from quoteaudit.models import Article, ArticleResult, AuditResult, Finding, QuoteKind, Severity, Speaker
from quoteaudit.report import write_csv_folder, write_html, write_xlsx
from quoteaudit.report.digest import place, problems
from quoteaudit.report.frames import SHEET_NAMES, STATED_AS_FACT, build_report
from quoteaudit.report.html import render_html
from tests.conftest import SEEDS, needs_stanza
from tests.test_report import A3, A4, HYPERLINK, MINUS, build_audit, hostile_audit, quote

runner = CliRunner()


def rows(ws) -> list[dict]:
    keys = [c.value for c in ws[1]]
    return [dict(zip(keys, row, strict=True)) for row in ws.iter_rows(min_row=2)]


@pytest.fixture(scope="module")
def audit() -> AuditResult:
    return build_audit()


@pytest.fixture(scope="module")
def book(audit, tmp_path_factory) -> tuple[Path, openpyxl.Workbook]:
    path = tmp_path_factory.mktemp("answers") / "seeds.xlsx"
    write_xlsx(audit, path)
    return path, openpyxl.load_workbook(path, rich_text=True)


# ---------------------------------------------------------------- the workbook, read back


def test_workbook_read_back(book):
    """Sheets, links, drop-downs, frozen headers, filters, rich-text diffs, formula safety."""
    _path, wb = book
    assert tuple(wb.sheetnames) == SHEET_NAMES
    for name in SHEET_NAMES[1:]:
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
        assert all(c.font.b for c in ws[1] if c.value is not None), name

    # links: every link lands on the row that holds the ID it shows
    checked = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.hyperlink is None or not cell.hyperlink.location:
                    continue
                sheet, target = re.fullmatch(r"'(.+)'!A(\d+)", cell.hyperlink.location).groups()
                assert sheet in wb.sheetnames
                landed = wb[sheet].cell(row=int(target), column=1).value
                if ws.title != "Summary" and isinstance(cell.value, str) and cell.value[:1].isalpha():
                    first_id = cell.value.split(",")[0].strip()
                    assert landed == first_id, (ws.title, cell.coordinate, cell.value, landed)
                checked += 1
    assert checked > 20
    findings = rows(wb["Findings"])
    about = next(r for r in findings if r["About"].value == "G1")["About"]
    assert about.hyperlink.location == "'Comparison'!A2"

    # the Status drop-down covers every Findings row
    ws = wb["Findings"]
    status_col = openpyxl.utils.get_column_letter([c.value for c in ws[1]].index("Status") + 1)
    validations = ws.data_validations.dataValidation
    assert len(validations) == 1
    dv = validations[0]
    assert dv.type == "list" and dv.formula1 == '"open,verified,fixed,dismissed"'
    assert str(dv.sqref) == f"{status_col}2:{status_col}{ws.max_row}"
    assert {r["Status"].value for r in findings} == {"open"} and "Notes" in [c.value for c in ws[1]]

    # rich-text word diffs on the Comparison sheet
    comparison = wb["Comparison"]
    col = [c.value for c in comparison[1]].index("Version (diff against the reference)") + 1
    diffs = [comparison.cell(row=r, column=col).value for r in range(2, comparison.max_row + 1)]
    assert any(isinstance(v, CellRichText) and any(getattr(b, "font", None) and b.font.strike for b in v) for v in diffs)

    # the Sourcing grid: one row per claim, one column per outlet, changes coloured
    grid = rows(wb["Sourcing grid"])
    four = next(r for r in grid if r["Clash Report"].value == "Four sources said")
    assert four["Saif Nasser Daily"].value == STATED_AS_FACT
    assert four["Saif Nasser Daily"].fill.fgColor.rgb.endswith("FFC7CE")
    assert four["Clash Report"].font.b and four["Reference outlet"].value == "Clash Report"


def test_text_starting_with_formula_characters_is_never_a_formula(tmp_path):
    base = hostile_audit()
    evil = base.articles[0].article.id
    findings = tuple(
        Finding("QT02", "quote.unattributed", Severity.WARNING, text, evil, 0, 5, subject_id="q1")
        for text in (HYPERLINK, MINUS, "+1-1", "@SUM(A1:A9)")
    )
    path = tmp_path / "evil.xlsx"
    write_xlsx(replace(base, findings=findings), path)
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in xml and "<f " not in xml
    wb = openpyxl.load_workbook(path)
    texts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    assert cell.quotePrefix, (ws.title, cell.coordinate, cell.value)
                    texts.append(cell.value)
    assert HYPERLINK in texts and MINUS in texts and "@SUM(A1:A9)" in texts


def test_output_is_the_same_for_the_same_input(audit, tmp_path):
    def sheets(path: Path) -> dict[str, bytes]:
        with zipfile.ZipFile(path) as z:
            return {n: z.read(n) for n in z.namelist() if n.startswith("xl/") and "docProps" not in n}

    write_xlsx(audit, tmp_path / "a.xlsx")
    write_xlsx(audit, tmp_path / "b.xlsx")
    assert sheets(tmp_path / "a.xlsx") == sheets(tmp_path / "b.xlsx")
    assert render_html(build_report(audit)) == render_html(build_report(audit))


# ---------------------------------------------------------------- problems


NAMES = {"AN02": "sourcing.undescribed_anonymous_source"}


def _finding(code: str, severity: Severity, article: str, start: int, end: int, subject: str = "", message: str = "m"):
    return Finding(code, NAMES.get(code, f"x.{code.lower()}"), severity, message, article, start, end, (), subject)


def test_findings_merge_into_distinct_problems(audit):
    text_len = len(audit.articles[3].article.text)
    assert text_len > 400
    findings = (
        # one place, two checks: a count change and an undescribed source
        _finding("AN05", Severity.WARNING, A3, 100, 110, "c9"),
        _finding("AN02", Severity.WARNING, A3, 100, 110, "s1"),
        # three undescribed sources elsewhere in the same article: one row with a count
        _finding("AN02", Severity.WARNING, A3, 200, 210, "s2"),
        _finding("AN02", Severity.WARNING, A3, 300, 310, "s3"),
        _finding("AN04", Severity.SUGGESTION, A3, 200, 210, "s2"),
        # the same group flagged at two quotes of one article: one row
        _finding("DR03", Severity.ERROR, A4, 50, 60, "q_a"),
        _finding("DR03", Severity.ERROR, A4, 70, 80, "q_b"),
        # copying without credit is about the whole article: never merged by place
        _finding("WR01", Severity.WARNING, A3, 200, 210, "c10"),
    )
    articles = list(audit.articles)
    who = Speaker(name="Ana Ruiz", mention="Ana Ruiz", mention_start=0, mention_end=8)
    quotes = tuple(
        replace(q, id=qid, group="g7")
        for qid, q in zip(("q_a", "q_b"), (quote(articles[4].article, "x", w, who) for w in ("Cuban", "Venezuela")), strict=True)
    )
    articles[4] = replace(articles[4], quotes=articles[4].quotes + quotes)
    result = replace(audit, articles=tuple(articles), findings=findings)
    rows = problems(result)
    assert sum(p.count for p in rows) == len(findings)  # every finding in exactly one row
    by_code = {p.code: p for p in rows}
    assert [p.code for p in rows] == ["DR03", "WR01", "AN05", "AN02"]  # severity, then impact
    assert by_code["DR03"].count == 2
    assert by_code["AN05"].codes == ("AN05", "AN02")
    assert by_code["AN02"].count == 3 and set(by_code["AN02"].codes) == {"AN02", "AN04"}
    assert by_code["AN02"].message.startswith("2× undescribed anonymous source")
    assert [p.id for p in rows] == ["F1", "F2", "F3", "F4"]


def test_ranking_keys_on_codes_not_messages(audit):
    findings = (
        _finding("DR02", Severity.ERROR, A4, 10, 20, message="Misattributed? No: changed words"),
        _finding("DR06", Severity.ERROR, A3, 10, 20, message="a wording note"),
    )
    rows = problems(replace(audit, findings=findings))
    assert [p.code for p in rows] == ["DR06", "DR02"]


UNWRAPPED = (
    "A headline\nThe first paragraph runs long enough to be one whole unwrapped line of prose, as a crawler "
    "saves it.\n\nThe second one.\nThe third one."
)
WRAPPED = "short wrapped\nlines of one\nparagraph\n\nand the next\nparagraph"


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        (UNWRAPPED, "The first", (2, 2)),  # one paragraph a line; blank lines count for nothing
        (UNWRAPPED, "The second", (3, 4)),
        (UNWRAPPED, "The third", (4, 5)),
        (WRAPPED, "lines of", (1, 2)),  # hard-wrapped: paragraphs end at blank lines
        (WRAPPED, "and the", (2, 5)),
        (WRAPPED, "paragraph", (1, 3)),
    ],
)
def test_place_is_paragraph_and_line(text, needle, expected):
    got = place(text, text.index(needle))
    assert (got.paragraph, got.line) == expected


# ---------------------------------------------------------------- the sample story


@pytest.fixture(scope="module")
def seeds_result() -> AuditResult:
    from quoteaudit.pipeline import audit

    return audit([SEEDS])


@needs_stanza
def test_sample_story_summary_names_what_matters_first(seeds_result, tmp_path):
    report = build_report(seeds_result)
    first = " | ".join(a.sentence for a in report.attention[:4])
    assert "reproduce Clash Report's reporting without crediting it" in first
    assert "Outlet C, Outlet D and Outlet E" in first
    assert re.search(r"Outlet E changes the words inside the quote marks of \d of the \d+ quotes", first)
    assert "“Four sources”" in first
    assert "Alejandro Velasco" in first
    # "BUT NOT ANYMORE" and "BUT NO MORE" are both negative: a word change, not a meaning flip
    assert "negation" not in " ".join(a.sentence for a in report.attention)
    # at most half of the findings' count, and every error and warning still has its row
    assert len(report.problems) <= len(seeds_result.findings) // 2
    shown = {(f.code, f.article_id, f.start) for p in report.problems for f in p.findings}
    assert shown == {(f.code, f.article_id, f.start) for f in seeds_result.findings}
    for p in report.problems:
        if p.severity is Severity.ERROR:
            assert p.code in {"DR02", "DR03", "DR06", "DR08", "AN07"}
    assert report.verdicts["Outlet E"].startswith("copies Clash Report's reporting without credit; rewrites")
    assert len(report.attention) <= 10
    # a file name (the article id) shows in one column only: the Articles sheet's File
    ids = [a.article.id for a in seeds_result.articles]
    for name, frame in report.frames.items():
        cells = [str(v) for v in frame.drop(columns=["File"] if name == "Articles" else []).to_numpy().ravel()]
        assert not any(i in cell for cell in cells for i in ids), name


# ---------------------------------------------------------------- HTML


def _hostile_html_audit() -> AuditResult:
    text = (
        'Readers saw "<script>alert(1)</script>" in the comments, and a second line "<img src=x onerror=alert(2)>" '
        "under the photo, the editor said."
    )
    art = Article(id="hostile", text=text, outlet="<b>Site</b>", title="</title><script>x()</script>")
    who = Speaker(name="<i>editor</i>", mention="the editor", mention_start=text.index("the editor"), mention_end=len(text) - 6)
    quotes = (
        quote(art, "q1", "<script>alert(1)</script>", who),
        quote(art, "q2", "<img src=x onerror=alert(2)>", who, QuoteKind.FULL),
    )
    finding = Finding("QT02", "quote.unattributed", Severity.WARNING, "<script>bad()</script>", "hostile", 0, 5)
    return AuditResult(articles=(ArticleResult(art, "rules", quotes),), findings=(finding,), engine="rules")


def test_html_escapes_article_text_and_loads_nothing(tmp_path):
    page = render_html(build_report(_hostile_html_audit()))
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img" not in page and "&lt;b&gt;Site&lt;/b&gt;" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # nothing loaded from outside


def test_html_report_of_the_seed_story_has_the_answers(audit, tmp_path):
    path = tmp_path / "report.html"
    write_html(audit, path)
    page = path.read_text(encoding="utf-8")
    for heading in ("Needs attention", "By outlet", "Findings", "Sourcing grid", "Comparison"):
        assert f">{heading}</h2>" in page
    assert '<tr id="F1">' in page and 'href="#G1"' in page and 'id="G1"' in page
    assert "<del>" in page and "<ins>" in page  # the side-by-side diffs


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(_chromium() is None, reason="Chromium is not installed (.ci/run installs it)")
def test_html_opens_in_chromium_without_console_errors(tmp_path):
    result = replace(build_audit(), articles=build_audit().articles + _hostile_html_audit().articles)
    path = tmp_path / "report.html"
    write_html(result, path)
    run = subprocess.run(
        [
            _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
            "--dump-dom", path.as_uri(),
        ],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
    assert console == [], console
    assert "Needs attention" in run.stdout and "<script" not in run.stdout.lower()


# ---------------------------------------------------------------- CSV folder


def test_csv_folder_one_file_per_sheet_formula_safe(tmp_path):
    folder = tmp_path / "csv"
    written = write_csv_folder(hostile_audit(), folder)
    assert [p.name for p in written] == [
        "summary.csv", "findings.csv", "sourcing-grid.csv", "comparison.csv", "matrix.csv", "quotes.csv",
        "sources.csv", "sourcing-by-outlet.csv", "sourcing-drift.csv", "articles.csv",
    ]  # fmt: skip
    quotes = (folder / "quotes.csv").read_text(encoding="utf-8")
    assert "'" + HYPERLINK.replace('"', '""') in quotes and "'-4 sources" in quotes
    assert not any(line.startswith(("=", "+", "-", "@")) for line in quotes.splitlines())
    assert "_link" not in quotes and "_diff" not in (folder / "comparison.csv").read_text()
    write_csv_folder(hostile_audit(), folder)  # our own files: replaced
    (folder / "articles.csv").write_text("my notes\n", encoding="utf-8")
    with pytest.raises(QuoteAuditError, match=r"articles\.csv: exists and was not written by quoteaudit"):
        write_csv_folder(hostile_audit(), folder)
    assert (folder / "articles.csv").read_text() == "my notes\n"


# ---------------------------------------------------------------- manifest


def _articles(tmp_path: Path) -> list[Article]:
    (tmp_path / "a").mkdir()
    return [
        Article(id="one", text="x", path=str(tmp_path / "a" / "one.txt")),
        Article(id="two", text="y", outlet="Read From Text", path=str(tmp_path / "a" / "two.txt")),
    ]


def test_manifest_csv_names_outlets(tmp_path):
    articles = _articles(tmp_path)
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "path,outlet,url,published\na/one.txt,The Harbour Gazette,https://gazette.example/x,2026-01-02\na/missing.txt,Nobody,,\n",
        encoding="utf-8",
    )
    named, unmatched = apply_manifest(articles, load_manifest(manifest), manifest)
    assert named[0].outlet == "The Harbour Gazette" and named[0].url == "https://gazette.example/x"
    assert named[0].published == "2026-01-02" and named[1] == articles[1]
    assert unmatched == ["a/missing.txt"]


def test_manifest_yaml(tmp_path):
    articles = _articles(tmp_path)
    manifest = tmp_path / "m.yml"
    manifest.write_text("- path: a/two.txt\n  outlet: Valley Courier\n", encoding="utf-8")
    named, _ = apply_manifest(articles, load_manifest(manifest), manifest)
    assert named[1].outlet == "Valley Courier" and named[0].outlet == ""


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("m.csv", "file,outlet\na.txt,X\n", "no 'path' column"),
        ("m.yml", "- path: [unclosed\n", "not valid YAML at line"),
        ("m.yml", "path: a.txt\n", "must be a list of entries"),
        ("m.csv", "path,outlet\n,X\n", "entry 1 has no path"),
    ],
)
def test_bad_manifest_is_a_one_line_error(tmp_path, name, content, message):
    manifest = tmp_path / name
    manifest.write_text(content, encoding="utf-8")
    with pytest.raises(QuoteAuditError, match=re.escape(message)) as info:
        load_manifest(manifest)
    assert str(info.value).startswith(str(manifest)) and "\n" not in str(info.value)


def test_cli_manifest_html_and_csv(tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    for n, (who, words) in enumerate(
        (("Mayor Lena Ortiz", "We will reopen the bridge in May"), ("Mayor Lena Ortiz", "We will reopen the bridge by June"))
    ):
        (story / f"{n}.txt").write_text(
            f"Bridge to reopen\n\n{who} said on Monday: “{words},” according to two officials familiar with the plan.\n",
            encoding="utf-8",
        )
    manifest = tmp_path / "outlets.csv"
    manifest.write_text("path,outlet\nstory/0.txt,River Daily\nstory/1.txt,Hill Times\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        ["audit", str(story), "--engine", "rules", "--manifest", str(manifest), "--html", str(out / "r.html"),
         "--format", "csv", "-o", str(out / "csv"), "-q"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "River Daily" in (out / "csv" / "articles.csv").read_text(encoding="utf-8")
    assert "Hill Times" in (out / "r.html").read_text(encoding="utf-8")
    bad = runner.invoke(app, ["audit", str(story), "--manifest", str(tmp_path / "nope.csv"), "-o", str(out / "x.xlsx")])
    assert bad.exit_code == 2 and "nope.csv: no such manifest file" in bad.output
    assert "Traceback" not in bad.output
