"""Report writers: the workbook read back with openpyxl, the JSON document, the quote
listings, formula safety and atomic writes.

The AuditResult is built by hand from the seed story (real text, real offsets), the way
the pipeline would hand it over: five outlets, named, anonymous and group speakers,
source mentions with counts, credits, groups with word diffs, sourcing changes, findings
and one unreadable input file.
"""

from __future__ import annotations

import csv
import io
import json
import re
import stat
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock

from quoteaudit.errors import QuoteAuditError
from quoteaudit.models import (
    Article,
    ArticleResult,
    AuditResult,
    Credit,
    DiffOp,
    Drift,
    Finding,
    GroupMember,
    InputProblem,
    Quote,
    QuoteGroup,
    QuoteKind,
    Severity,
    SourceMention,
    SourcingChange,
    Speaker,
    SpeakerKind,
)
from quoteaudit.report import (
    SCHEMA,
    audit_json,
    quotes_rows,
    safe_cell,
    write_atomic,
    write_json,
    write_quotes,
    write_xlsx,
)
from quoteaudit.report.check_report import word_diff_text
from quoteaudit.report.html import _diff_html
from quoteaudit.report.xlsx import DRIFT_FILLS, SEVERITY_FILLS, SHEET_NAMES

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

HYPERLINK = '=HYPERLINK("http://evil.example/x","Read the full report")'
MINUS = "-4 sources"


# ---------------------------------------------------------------- building the audit by hand


def seed(stem: str) -> str:
    return (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def speaker(text: str, name: str, mention: str, kind=SpeakerKind.NAMED, nth: int = 0, cue="said", anchor: str = "") -> Speaker:
    """A speaker whose mention is the nth ``mention`` in the text, or the one opening ``anchor``."""
    s, e = find(text, anchor or mention, nth)
    e = s + len(mention)
    return Speaker(name=name, mention=mention, mention_start=s, mention_end=e, kind=kind, cue=cue, confidence=0.9)


def quote(art: Article, qid: str, words: str, who: Speaker | None, kind=QuoteKind.FULL, **extra) -> Quote:
    s, e = find(art.text, words)
    line_start = art.text.rfind("\n", 0, s) + 1
    line_end = art.text.find("\n", e)
    context = art.text[line_start : line_end if line_end >= 0 else len(art.text)].strip()
    return Quote(
        id=qid,
        article_id=art.id,
        start=s,
        end=e,
        text=words,
        kind=kind,
        speaker=who,
        context=context,
        **extra,
    )


def source(art: Article, sid: str, words: str, claim_words: str, **extra) -> SourceMention:
    s, e = find(art.text, words)
    cs, ce = find(art.text, claim_words)
    return SourceMention(
        id=sid,
        article_id=art.id,
        start=s,
        end=e,
        text=words,
        claim=claim_words,
        claim_start=cs,
        claim_end=ce,
        **extra,
    )


def credit(art: Article, name: str, words: str, nth: int = 0) -> Credit:
    s, e = find(art.text, words, nth)
    return Credit(name=name, text=words, start=s, end=e)


A0, A1, A2, A3, A4 = (
    "000_c615b6ca15a1676c",
    "001_3edb207419c6a646",
    "002_7695fdf801c1cfb1",
    "003_65e3e674bad78fb5",
    "004_c5a8ada74a308fa9",
)

TRUMP_0 = (
    "Cuba lived, for many years, on large amounts of oil and money from Venezuela. In return, "
    "Cuba provided ‘Security Services’ … BUT NOT ANYMORE!"
)
TRUMP_1 = (
    "For many years, Cuba lived off large amounts of OIL and MONEY from Venezuela. In return, "
    "Cuba provided 'Security Services' for the last two Venezuelan dictators, BUT NO MORE!"
)
TRUMP_4 = (
    "Cuba relied for long years on substantial quantities of oil and financial resources from "
    "Venezuela. Cuba formerly offered ‘Security Services’ to the last two Venezuelan dictators; "
    "but, this is no longer the case,"
)
MORA_0 = "treading very carefully,"
POLGA_2 = (
    "The Cubans didn't manage to protect Maduro, but they played a key role in keeping the "
    "Chavista government in power. The coup-proofing worked brilliantly"
)
POLGA_4 = "The Cubans were unsuccessful in safeguarding Maduro, however they were instrumental in maintaining the Chavista regime,"


def build_audit(engine: str = "stanza:tokenize,mwt") -> AuditResult:
    """The seed story as the pipeline would hand it to the writers."""
    a0 = Article(
        id=A0,
        text=seed(A0),
        outlet="Clash Report",
        title="Cuban Doctors, Advisers & Security Forces Depart Venezuela Amid U.S. Pressure",
        published="2026-02-21",
        path=f"seeds/{A0}.txt",
        body_end=seed(A0).index("Sources:\nRelated Topics"),
    )
    a1 = Article(
        id=A1,
        text=seed(A1),
        outlet="CubaHeadlines",
        title="Cuban Security Forces Begin Withdrawal from Venezuela",
        byline="Ethan Navarro",
        published="2026-02-21",
        path=f"seeds/{A1}.txt",
    )
    a2 = Article(id=A2, text=seed(A2), outlet="", path=f"seeds/{A2}.txt")  # no outlet: labelled by id
    a3 = Article(
        id=A3,
        text=seed(A3),
        outlet="Saif Nasser Daily",
        byline="Saif Nasser",
        path=f"seeds/{A3}.txt",
        title="Cuban Security Forces Leave Venezuela as U.S. Pressure Reshapes Regional Politics",
    )
    a4 = Article(
        id=A4,
        text=seed(A4),
        outlet="Outlet E",
        path=f"seeds/{A4}.txt",
        title="Cuban security personnel withdraw from Venezuela amid escalating US pressure.",
    )

    trump0 = speaker(a0.text, "Donald Trump", "U.S. President Donald Trump", cue="wrote on Truth Social")
    wh0 = speaker(a0.text, "a White House official", "A White House official", SpeakerKind.ANONYMOUS)
    mora0 = speaker(a0.text, "Frank Mora", "Frank Mora")
    sheinbaum0 = speaker(a0.text, "Claudia Sheinbaum", "Mexico’s President Claudia Sheinbaum")
    q0 = (
        quote(a0, "q1", TRUMP_0, trump0, group="g1", drift="identical"),
        quote(a0, "q2", "a very good relationship with the leaders of Venezuela,", wh0, QuoteKind.FRAGMENT),
        quote(a0, "q3", "historic relations.", None, QuoteKind.FRAGMENT),
        quote(a0, "q4", MORA_0, mora0, QuoteKind.FRAGMENT, group="g2", drift="identical"),
        quote(
            a0,
            "q5",
            "We will continue sending humanitarian aid … For now, we will not send fuel. We do not agree "
            "with imposing tariffs on countries that sell oil to Cuba.",
            sheinbaum0,
            group="g5",
            drift="unique",
        ),
        quote(a0, "q6", "The U.S. Is Our Friend, But No Longer the Old Guarantor", None, QuoteKind.HEADLINE),
    )
    s0 = (
        source(
            a0,
            "s1",
            "11 sources familiar with the matter",
            "Cuban security advisers and medical personnel have been departing Venezuela",
            count=11,
            count_text="11",
            descriptor="familiar with the matter",
            kind="sources",
            specificity=2,
        ),
        source(
            a0,
            "s2",
            "Four sources",
            "Four sources said Interim President Delcy Rodriguez has entrusted her protection",
            count=4,
            count_text="Four",
            kind="sources",
            specificity=1,
        ),
        source(
            a0,
            "s3",
            "A source familiar with Cuban government thinking",
            "injured Cuban personnel had returned home",
            count=1,
            descriptor="familiar with Cuban government thinking",
            kind="person",
            specificity=2,
        ),
        source(
            a0,
            "s4",
            "The same source",
            "The same source said many Cuban doctors continue providing care.",
            count=1,
            kind="person",
            specificity=0,
            refers_to="s3",
        ),
        source(
            a0,
            "s5",
            "Cuba’s state-run media",
            "suspended commercial flights",
            anonymous=False,
            kind="media",
            specificity=3,
        ),
    )
    c0 = (
        credit(a0, "Reuters", "Reuter's"),
        credit(a0, "Reuters", "Reuters"),
        credit(a0, "Wall Street Journal", "Wall Street Journal"),
    )

    trump1 = speaker(a1.text, "Donald Trump", "he", SpeakerKind.PRONOUN, cue="stated", anchor="he stated,")
    q1 = (quote(a1, "q1", TRUMP_1, trump1, group="g1", drift="altered"),)
    s1 = (
        source(
            a1,
            "s1",
            "11 sources close to the situation",
            "This strategic shift",
            count=11,
            count_text="11",
            descriptor="close to the situation",
            kind="sources",
            specificity=2,
        ),
    )
    c1 = (credit(a1, "Reuters", "Reuters"),)

    experts2 = speaker(a2.text, "experts", "experts", SpeakerKind.GROUP, cue="describe", anchor="experts describe")
    mora2 = speaker(a2.text, "Frank Mora", "Frank Mora", cue="described")
    polga2 = speaker(a2.text, "John Polga-Hecimovich", "John Polga-Hecimovich", cue="observed")
    q2 = (
        quote(a2, "q1", "absolutely essential", experts2, QuoteKind.FRAGMENT, group="g4", drift="misattributed"),
        quote(a2, "q2", "treading very carefully,", mora2, QuoteKind.FRAGMENT, group="g2", drift="identical"),
        quote(a2, "q3", POLGA_2, polga2, group="g3", drift="identical"),
        quote(a2, "q4", "Hasta la victoria siempre", None, QuoteKind.FRAGMENT),
    )
    s2 = (
        source(
            a2,
            "s1",
            "11 sources familiar with the matter",
            "Cuban security advisers and medical personnel have begun leaving Venezuela",
            count=11,
            count_text="11",
            descriptor="familiar with the matter",
            kind="sources",
            specificity=2,
        ),
    )

    s3 = (
        source(
            a3,
            "s1",
            "Reports also say",
            "Cuban advisers have been removed from important roles",
            kind="reports",
        ),
        source(
            a3,
            "s2",
            "Several sources say",
            "while some Cuban advisers remain, their presence is shrinking",
            kind="sources",
        ),
        source(a3, "s3", "Observers say", "Rodriguez is moving carefully", kind="observers"),
    )

    trump4 = speaker(a4.text, "Donald Trump", "he", SpeakerKind.PRONOUN, cue="stated", anchor="he stated on Truth Social")
    velasco4 = speaker(a4.text, "Alejandro Velasco", "Alejandro Velasco", cue="stated")
    polga4 = speaker(a4.text, "John Polga-Hecimovich", "Polga-Hecimovich", nth=1, cue="stated")
    q4 = (
        quote(a4, "q1", TRUMP_4, trump4, repaired="missing_open", group="g1", drift="paraphrased"),
        quote(
            a4,
            "q2",
            "the Cuban influence was absolutely essential",
            velasco4,
            QuoteKind.FRAGMENT,
            group="g4",
            drift="identical",
        ),
        quote(a4, "q3", POLGA_4, polga4, group="g3", drift="paraphrased"),
        quote(a4, "q4", "Che", None, QuoteKind.NICKNAME),
    )
    s4 = (
        source(
            a4,
            "s1",
            "11 informed sources",
            "Cuban security experts and medical professionals have been departing Venezuela",
            count=11,
            count_text="11",
            descriptor="informed",
            kind="sources",
            specificity=1,
        ),
        source(
            a4,
            "s2",
            "four sources",
            "Interim President Delcy Rodriguez has delegated her security to Venezuelan bodyguards",
            count=4,
            count_text="four",
            kind="sources",
            specificity=1,
        ),
    )

    indirect_start, indirect_end = find(a3.text, "Cuba would no longer provide “security services”")
    groups = (
        QuoteGroup(
            id="g1",
            speaker="Donald Trump",
            reference_quote_id="q1",
            reference_article_id=A0,
            reference_reason="most complete version in an article that credits Reuters",
            members=(
                # deliberately not first: the writers must put the reference first
                GroupMember(
                    A1,
                    "q1",
                    q1[0].start,
                    q1[0].end,
                    TRUMP_1,
                    "Donald Trump",
                    Drift.ALTERED,
                    0.71,
                    "words changed inside the quote marks: on→off, NOT ANYMORE→NO MORE",
                    diff=(
                        DiffOp("move", text="For many years,"),
                        DiffOp("equal", "Cuba lived", "Cuba lived"),
                        DiffOp("move", ref="for many years,"),
                        DiffOp("replace", "on", "off"),
                        DiffOp("equal", "large amounts of", "large amounts of"),
                        DiffOp("typo", "oil", "OIL"),
                        DiffOp("equal", "and", "and"),
                        DiffOp("typo", "money", "MONEY"),
                        DiffOp(
                            "equal",
                            "from Venezuela. In return, Cuba provided",
                            "from Venezuela. In return, Cuba provided",
                        ),
                        DiffOp("typo", "‘Security Services’", "'Security Services'"),
                        DiffOp("delete", ref="…"),
                        DiffOp("insert", text="for the last two Venezuelan dictators,"),
                        DiffOp("equal", "BUT", "BUT"),
                        DiffOp("replace", "NOT ANYMORE!", "NO MORE!"),
                    ),
                ),
                GroupMember(
                    A0,
                    "q1",
                    q0[0].start,
                    q0[0].end,
                    TRUMP_0,
                    "Donald Trump",
                    Drift.IDENTICAL,
                    1.0,
                    "reference version",
                ),
                GroupMember(
                    A3,
                    "",
                    indirect_start,
                    indirect_end,
                    a3.text[indirect_start:indirect_end],
                    "Donald Trump",
                    Drift.INDIRECT,
                    0.22,
                    "reported speech: only “security services” is quoted",
                ),
                GroupMember(
                    A4,
                    "q1",
                    q4[0].start,
                    q4[0].end,
                    TRUMP_4,
                    "Donald Trump",
                    Drift.PARAPHRASED,
                    0.34,
                    "mostly different words inside quote marks",
                    diff=(
                        DiffOp("equal", "Cuba", "Cuba"),
                        DiffOp(
                            "replace",
                            "lived, for many years, on large amounts of",
                            "relied for long years on substantial quantities of",
                        ),
                    ),
                ),
            ),
        ),
        QuoteGroup(
            id="g2",
            speaker="Frank Mora",
            reference_quote_id="q4",
            reference_article_id=A0,
            reference_reason="most common wording",
            members=(
                GroupMember(
                    A0,
                    "q4",
                    q0[3].start,
                    q0[3].end,
                    MORA_0,
                    "Frank Mora",
                    Drift.IDENTICAL,
                    1.0,
                    "reference version",
                ),
                GroupMember(A2, "q2", q2[1].start, q2[1].end, MORA_0, "Frank Mora", Drift.IDENTICAL, 1.0, "same words"),
            ),
        ),
        QuoteGroup(
            id="g3",
            speaker="John Polga-Hecimovich",
            reference_quote_id="q3",
            reference_article_id=A2,
            reference_reason="most complete version",
            members=(
                GroupMember(
                    A2,
                    "q3",
                    q2[2].start,
                    q2[2].end,
                    POLGA_2,
                    "John Polga-Hecimovich",
                    Drift.IDENTICAL,
                    1.0,
                    "reference version",
                ),
                GroupMember(
                    A4,
                    "q3",
                    q4[2].start,
                    q4[2].end,
                    POLGA_4,
                    "John Polga-Hecimovich",
                    Drift.PARAPHRASED,
                    0.28,
                    "mostly different words inside quote marks",
                    diff=(
                        DiffOp("equal", "The Cubans", "The Cubans"),
                        DiffOp("replace", "didn't manage to protect", "were unsuccessful in safeguarding"),
                    ),
                ),
            ),
        ),
        QuoteGroup(
            id="g4",
            speaker="Alejandro Velasco",
            reference_quote_id="q2",
            reference_article_id=A4,
            reference_reason="the only version with a named speaker",
            members=(
                GroupMember(
                    A4,
                    "q2",
                    q4[1].start,
                    q4[1].end,
                    q4[1].text,
                    "Alejandro Velasco",
                    Drift.IDENTICAL,
                    1.0,
                    "reference version",
                ),
                GroupMember(
                    A2,
                    "q1",
                    q2[0].start,
                    q2[0].end,
                    "absolutely essential",
                    "experts",
                    Drift.MISATTRIBUTED,
                    0.62,
                    "credited to unnamed experts; Outlet E names Alejandro Velasco",
                    diff=(
                        DiffOp("delete", ref="the Cuban influence was"),
                        DiffOp("equal", "absolutely essential", "absolutely essential"),
                    ),
                ),
            ),
        ),
        QuoteGroup(
            id="g5",
            speaker="Claudia Sheinbaum",
            reference_quote_id="q5",
            reference_article_id=A0,
            reference_reason="only version",
            members=(
                GroupMember(
                    A0,
                    "q5",
                    q0[4].start,
                    q0[4].end,
                    q0[4].text,
                    "Claudia Sheinbaum",
                    Drift.UNIQUE,
                    1.0,
                    "only Clash Report carries it",
                ),
            ),
        ),
    )

    bodyguards = "Interim President Delcy Rodriguez has replaced Cuban security officers with Venezuelan bodyguards."
    bs, be = find(a3.text, bodyguards)
    changes = (
        SourcingChange(
            "c1",
            "dropped",
            "Rodriguez entrusted her protection to Venezuelan bodyguards",
            A0,
            "Four sources said",
            A3,
            bodyguards,
            bs,
            be,
            "Saif Nasser Daily states as fact what Clash Report attributes to four sources",
        ),
        SourcingChange(
            "c2",
            "descriptor",
            "Cuban advisers are leaving Venezuela",
            A0,
            "11 sources familiar with the matter",
            A4,
            "11 informed sources",
            s4[0].start,
            s4[0].end,
            "descriptor changed: familiar with the matter → informed",
        ),
        SourcingChange(
            "c3",
            "credit",
            "Cuban advisers are leaving Venezuela",
            A0,
            "According to a Reuters exclusive",
            A4,
            "",
            -1,
            -1,
            "Outlet E reproduces Reuters reporting without crediting it",
        ),
    )
    findings = (
        Finding(
            "DR02",
            "drift.altered_wording",
            Severity.ERROR,
            "Trump's words changed inside quote marks",
            A1,
            q1[0].start,
            q1[0].end,
            (A0,),
            "g1",
        ),
        Finding(
            "DR06",
            "drift.misattributed",
            Severity.ERROR,
            "“absolutely essential” is credited to experts; Outlet E names Alejandro Velasco",
            A2,
            q2[0].start,
            q2[0].end,
            (A4,),
            "g4",
        ),
        Finding(
            "AN07",
            "sourcing.dropped_attribution",
            Severity.WARNING,
            "claim stated as fact; Clash Report attributes it to four sources",
            A3,
            bs,
            be,
            (A0,),
            "c1",
        ),
        Finding(
            "AN02",
            "sourcing.undescribed_anonymous_source",
            Severity.SUGGESTION,
            "vague attribution: “Reports also say”",
            A3,
            s3[0].start,
            s3[0].end,
            (),
            "s1",
        ),
        Finding(
            "WR01",
            "credit.uncredited_copy",
            Severity.WARNING,
            "reproduces Reuters reporting without credit",
            A4,
            related_article_ids=(A0, A1),
        ),
    )
    return AuditResult(
        articles=(
            ArticleResult(a0, engine, q0, s0, c0),
            ArticleResult(a1, engine, q1, s1, c1),
            ArticleResult(a2, engine, q2, s2),
            ArticleResult(a3, engine, (), s3),
            ArticleResult(a4, engine, q4, s4),
        ),
        groups=groups,
        sourcing_changes=changes,
        findings=findings,
        engine=engine,
        problems=(InputProblem("seeds/broken.docx", "not a .docx file (no zip header)"),),
        notes=("reference outlet chosen automatically",),
    )


def hostile_audit() -> AuditResult:
    """Web text built to break spreadsheets, consoles and XML."""
    text = (
        f'A reader posted "{HYPERLINK}" under the story. By noon the tally was "{MINUS}" and '
        'the bot replied "@SUM(A1:A9)" and "+1-1" and "\t=1+1". A caption said "[bold red]boo[/] \x1b[31m" '
        'and a broken byte "bell\x07ring".'
    )
    art = Article(id="evil", text=text, outlet="=cmd|' /C calc'!A0", title="-2+3")
    who = Speaker(name="@admin", mention="A reader", mention_start=0, mention_end=8)
    quotes = tuple(
        quote(art, f"q{i}", words, who)
        for i, words in enumerate(
            [HYPERLINK, MINUS, "@SUM(A1:A9)", "+1-1", "\t=1+1", "[bold red]boo[/] \x1b[31m", "bell\x07ring"],
            1,
        )
    )
    group = QuoteGroup(
        "g1",
        "@admin",
        "q1",
        "evil",
        "=1+1",
        (
            GroupMember(
                "evil",
                "q1",
                quotes[0].start,
                quotes[0].end,
                HYPERLINK,
                "@admin",
                Drift.UNIQUE,
                1.0,
                "-only one",
            ),
        ),
    )
    return AuditResult(articles=(ArticleResult(art, "rules", quotes),), groups=(group,), engine="rules")


@pytest.fixture(scope="module")
def audit() -> AuditResult:
    return build_audit()


@pytest.fixture(scope="module")
def workbook(audit, tmp_path_factory) -> tuple[Path, openpyxl.Workbook]:
    path = tmp_path_factory.mktemp("xlsx") / "reports" / "seeds.xlsx"
    write_xlsx(audit, path)
    return path, openpyxl.load_workbook(path, rich_text=True)


def header(ws) -> list:
    return [c.value for c in ws[1]]


def rows(ws) -> list[dict]:
    keys = header(ws)
    return [dict(zip(keys, (c.value for c in row), strict=True)) for row in ws.iter_rows(min_row=2)]


# ---------------------------------------------------------------- workbook structure


def test_sheets_in_order(workbook):
    _, wb = workbook
    assert tuple(wb.sheetnames) == SHEET_NAMES
    assert SHEET_NAMES[:3] == ("Summary", "Findings", "Sourcing grid") and SHEET_NAMES[-1] == "Articles"


@pytest.mark.parametrize("name", SHEET_NAMES[1:])
def test_table_sheets_have_bold_frozen_filtered_header(workbook, name):
    _, wb = workbook
    ws = wb[name]
    assert all(c.font.b for c in ws[1] if c.value is not None)
    assert ws.freeze_panes == "A2"
    last = openpyxl.utils.get_column_letter(ws.max_column)
    assert ws.auto_filter.ref == f"A1:{last}{ws.max_row}"
    assert all(ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width >= 7 for i in range(1, ws.max_column + 1))


def test_headers_say_what_each_column_holds(workbook):
    _, wb = workbook
    assert header(wb["Findings"])[:6] == ["ID", "Severity", "Outlet", "Where", "Problem", "Message"]
    assert header(wb["Findings"])[-2:] == ["Status", "Notes"]
    assert header(wb["Articles"])[:3] == ["Outlet", "File", "Title"]
    assert {
        "Speaker",
        "Speaker kind",
        "Mention",
        "Quote",
        "Kind",
        "Repaired",
        "Utterance",
        "Drift",
        "Context sentence",
    } <= set(header(wb["Quotes"]))
    assert header(wb["Matrix"]) == [
        "Utterance",
        "Speaker",
        "Reference wording",
        "Clash Report",
        "CubaHeadlines",
        "Outlet C",
        "Saif Nasser Daily",
        "Outlet E",
    ]
    assert {"Count", "Descriptor", "Affiliation", "Anonymous", "Specificity (0-3)", "Claim"} <= set(header(wb["Sources"]))


def test_long_columns_wrap(workbook):
    _, wb = workbook
    ws = wb["Quotes"]
    quote_col = header(ws).index("Quote") + 1
    assert ws.cell(row=2, column=quote_col).alignment.wrap_text
    assert ws.column_dimensions[openpyxl.utils.get_column_letter(quote_col)].width >= 50


def test_articles_sheet_lists_credits_once_and_counts(workbook, audit):
    _, wb = workbook
    by_file = {r["File"]: r for r in rows(wb["Articles"])}
    assert by_file[f"seeds/{A0}.txt"]["Credits"] == "Reuters, Wall Street Journal"
    assert by_file[f"seeds/{A0}.txt"]["Quotes"] == 6 and by_file[f"seeds/{A0}.txt"]["Sources"] == 5
    # no outlet name: a short label, and the file name only in this one column
    assert by_file[f"seeds/{A2}.txt"]["Outlet"] == "Outlet C"
    assert by_file[f"seeds/{A1}.txt"]["Byline"] == "Ethan Navarro"
    for name in SHEET_NAMES:
        for row in wb[name].iter_rows():
            for cell in row:
                if name != "Articles" and isinstance(cell.value, str):
                    assert A2 not in cell.value, (name, cell.coordinate)


def test_quotes_sheet_carries_speakers_and_drift(workbook):
    _, wb = workbook
    ws = wb["Quotes"]
    data = rows(ws)
    assert len(data) == 15
    speakers = {r["Speaker"] for r in data}
    assert {
        "Donald Trump",
        "Frank Mora",
        "John Polga-Hecimovich",
        "Claudia Sheinbaum",
        "Alejandro Velasco",
    } <= speakers
    official = next(r for r in data if r["Speaker"] == "a White House official")
    assert official["Speaker kind"] == "anonymous" and official["Kind"] == "fragment"
    repaired = next(r for r in data if r["Repaired"])
    assert repaired["Repaired"] == "missing_open" and repaired["Outlet"] == "Outlet E"
    drift_col = header(ws).index("Drift") + 1
    for r, row in enumerate(data, start=2):
        fill = ws.cell(row=r, column=drift_col).fill.fgColor.rgb
        if row["Drift"]:
            assert fill.endswith(DRIFT_FILLS[Drift(row["Drift"])])
    che = next(r for r in data if r["Quote"] == "Che")
    assert che["Kind"] == "nickname" and che["Speaker"] is None


def test_findings_sorted_by_severity_with_fills(workbook):
    _, wb = workbook
    ws = wb["Findings"]
    data = rows(ws)
    assert [r["Severity"] for r in data] == ["error", "error", "warning", "warning", "suggestion"]
    assert [r["ID"] for r in data] == ["F1", "F2", "F3", "F4", "F5"]
    for r, row in enumerate(data, start=2):
        assert ws.cell(row=r, column=2).fill.fgColor.rgb.endswith(SEVERITY_FILLS[Severity(row["Severity"])])
    # at equal severity, words credited to the wrong person come before words changed
    assert [r["Codes"] for r in data[:2]] == ["DR06", "DR02"]
    dr02 = next(r for r in data if r["Codes"] == "DR02")
    assert dr02["Outlet"] == "CubaHeadlines"
    assert dr02["Where"] == "¶13, line 24"  # paragraph and line, not character offsets
    assert dr02["Snippet"].startswith("For many years, Cuba lived off")  # the article's own words
    assert dr02["Related outlets"] == "Clash Report"
    assert dr02["About"] == "G1" and dr02["Status"] == "open"
    wr01 = next(r for r in data if r["Codes"] == "WR01")
    assert wr01["Where"] is None and wr01["Related outlets"] == "Clash Report, CubaHeadlines"


# ---------------------------------------------------------------- comparison and matrix


def comparison_rows(wb) -> list[dict]:
    return rows(wb["Comparison"])


def test_comparison_reference_first_and_grouped(workbook):
    _, wb = workbook
    data = comparison_rows(wb)
    assert [r["Utterance"] for r in data] == ["G1"] * 4 + ["G2"] * 2 + ["G3"] * 2 + ["G4"] * 2 + ["G5"]
    g1 = [r for r in data if r["Utterance"] == "G1"]
    assert g1[0]["Role"] == "reference" and g1[0]["Outlet"] == "Clash Report"
    assert g1[0]["Reason"].startswith("reference: most complete version")
    assert [r["Role"] for r in g1[1:]] == ["version"] * 3
    indirect = next(r for r in g1 if r["Drift"] == "indirect")
    assert indirect["Quote"] == "(indirect)" and indirect["Outlet"] == "Saif Nasser Daily"


def test_comparison_bands_alternate_between_groups(workbook):
    _, wb = workbook
    ws = wb["Comparison"]
    data = comparison_rows(wb)
    band = {r["Utterance"]: ws.cell(row=i, column=1).fill.fgColor.rgb for i, r in enumerate(data, start=2)}
    assert band["G1"] != band["G2"] and band["G1"] == band["G3"] and band["G2"] == band["G4"]


def test_comparison_drift_fill_and_similarity_percent(workbook):
    _, wb = workbook
    ws = wb["Comparison"]
    keys = header(ws)
    drift_col, sim_col = keys.index("Drift") + 1, keys.index("Similarity") + 1
    for r in range(2, ws.max_row + 1):
        drift = Drift(ws.cell(row=r, column=drift_col).value)
        assert ws.cell(row=r, column=drift_col).fill.fgColor.rgb.endswith(DRIFT_FILLS[drift])
        assert ws.cell(row=r, column=sim_col).number_format == "0%"
    assert ws.cell(row=3, column=sim_col).value == pytest.approx(0.71)


def runs(value) -> list[tuple[str, object]]:
    assert isinstance(value, CellRichText), value
    return [(b.text, b.font) if isinstance(b, TextBlock) else (b, None) for b in value]


def test_comparison_diff_is_rich_text(workbook):
    _, wb = workbook
    ws = wb["Comparison"]
    col = header(ws).index("Version (diff against the reference)") + 1
    altered = ws.cell(row=3, column=col).value  # g1's first version after the reference: CubaHeadlines
    parts = runs(altered)
    deleted = [t for t, f in parts if f is not None and f.strike]
    inserted = [t for t, f in parts if f is not None and f.b and not f.strike]
    typo = [t for t, f in parts if f is not None and f.i]
    moved = [t for t, f in parts if f is not None and f.color is not None and f.color.rgb == "FF7030A0" and not f.strike]
    assert "NOT ANYMORE!" in deleted and "on" in deleted and "…" in deleted
    red = [f.color.rgb for t, f in parts if f is not None and f.strike and t in ("on", "…")]
    assert red == ["FFC00000", "FFC00000"]
    assert "NO MORE!" in inserted and "for the last two Venezuelan dictators," in inserted
    assert all(f.color.rgb == "FF0070C0" for t, f in parts if t in inserted)
    assert typo == ["OIL", "MONEY", "'Security Services'"]
    assert all(f.color.rgb == "FF808080" for t, f in parts if t in typo)
    assert moved == ["For many years,"]
    assert "".join(t for t, _ in parts).startswith("For many years, Cuba lived for many years, on off large amounts of OIL")
    # the reference row is the plain text of the reference version
    assert ws.cell(row=2, column=col).value == TRUMP_0


def test_matrix_cells_show_drift_per_outlet(workbook):
    _, wb = workbook
    ws = wb["Matrix"]
    data = {r["Utterance"]: r for r in rows(ws)}
    assert data["G1"]["Clash Report"] == "identical"
    assert data["G1"]["CubaHeadlines"] == "altered"
    assert data["G1"]["Outlet C"] == "—"
    assert data["G1"]["Saif Nasser Daily"] == "indirect"
    assert data["G1"]["Outlet E"] == "paraphrased"
    assert data["G4"]["Outlet C"] == "misattributed" and data["G4"]["Speaker"] == "Alejandro Velasco"
    assert data["G1"]["Reference wording"].startswith("Cuba lived, for many years")
    keys = header(ws)
    for r in range(2, ws.max_row + 1):
        for c in range(4, len(keys) + 1):
            cell = ws.cell(row=r, column=c)
            if cell.value == "—":
                assert cell.fill.fill_type is None
            else:
                assert cell.fill.fgColor.rgb.endswith(DRIFT_FILLS[Drift(cell.value)])


# ---------------------------------------------------------------- sourcing sheets


def test_sources_sheet_one_row_per_mention(workbook, audit):
    _, wb = workbook
    data = rows(wb["Sources"])
    assert len(data) == sum(len(a.sources) for a in audit.articles)
    eleven = [r for r in data if r["Count"] == 11]
    assert {r["Outlet"] for r in eleven} == {"Clash Report", "CubaHeadlines", "Outlet C", "Outlet E"}
    assert {r["Descriptor"] for r in eleven} == {
        "familiar with the matter",
        "close to the situation",
        "informed",
    }
    same = next(r for r in data if r["Source"] == "The same source")
    assert same["Same as"] == "S3"  # the third mention on the sheet: Clash Report's s3
    media = next(r for r in data if r["Source"] == "Cuba’s state-run media")
    assert media["Anonymous"] == "no"
    vague = next(r for r in data if r["Source"] == "Several sources say")
    assert vague["Count"] is None and vague["Specificity (0-3)"] == 0


def test_sourcing_by_outlet_tallies(workbook):
    _, wb = workbook
    data = {r["Outlet"]: r for r in rows(wb["Sourcing by outlet"])}
    clash = data["Clash Report"]
    # s4 ("the same source") repeats s3, so it is not a second anonymous source
    assert clash["Anonymous sources"] == 3 and clash["Named sources"] == 1
    assert clash["Named speakers"] == 3  # Trump, Mora, Sheinbaum; the White House official is unnamed
    assert clash["Quotes by unnamed speakers"] == 1
    assert clash["Credits"] == "Reuters, Wall Street Journal"
    nasser = data["Saif Nasser Daily"]
    assert nasser["Vague attributions"] == 3 and nasser["Named speakers"] == 0
    assert nasser["Share on unnamed"] == 1 and nasser["Attributed claims"] == 3
    assert data["Outlet E"]["Named speakers"] == 3  # Trump (resolved from "he"), Velasco, Polga-Hecimovich
    assert "sources (mentions)" in data["Clash Report"]


def test_sourcing_drift_rows(workbook):
    _, wb = workbook
    ws = wb["Sourcing drift"]
    data = rows(ws)
    assert [r["Kind"] for r in data] == ["dropped", "descriptor", "credit"]
    dropped = data[0]
    assert dropped["Reference outlet"] == "Clash Report" and dropped["Outlet"] == "Saif Nasser Daily"
    assert dropped["Reference wording"] == "Four sources said"
    assert ws.cell(row=2, column=2).fill.fgColor.rgb.endswith("FFC7CE")


# ---------------------------------------------------------------- summary


def summary_text(ws) -> list[str]:
    return [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]


def test_summary_answers_first_then_counts_per_outlet(workbook):
    _, wb = workbook
    ws = wb["Summary"]
    text = summary_text(ws)
    assert text[1] == "Needs attention"
    attention = [r for r in ws.iter_rows(min_row=4) if r[0].value and str(r[0].value)[:1].isdigit()]
    sentences = [r[1].value for r in attention]
    assert sentences[0] == ("Outlet C: “absolutely essential” is credited to experts; Outlet E names Alejandro Velasco")
    assert any("Saif Nasser Daily states as fact 1 claim that Clash Report attributes to “Four sources said”" in s for s in sentences)
    assert any(s.startswith("Outlet E reproduces Clash Report's reporting without crediting it") for s in sentences)
    # each line links to its first Findings row
    assert attention[0][0].hyperlink.location == "'Findings'!A2"
    assert "5 articles from 5 outlets" in " ".join(text)
    assert "stanza:tokenize,mwt" in text
    assert not any("rule-based engine" in t for t in text)
    header_row = next(r for r in ws.iter_rows() if r[0].value == "Outlet")
    keys = [c.value for c in header_row]
    assert keys[:5] == ["Outlet", "Verdict", "Errors", "Warnings", "Suggestions"]
    table = {}
    for row in ws.iter_rows(min_row=header_row[0].row + 1):
        if row[0].value is None:
            break
        table[row[0].value] = dict(zip(keys, row, strict=False))
    assert table["Clash Report"]["Quotes"].value == 5  # spoken quotes only: the quoted headline is not one
    assert table["CubaHeadlines"]["Errors"].value == 1
    assert table["CubaHeadlines"]["Verdict"].value.startswith("rewrites 1 of 1 shared quote inside the marks")
    assert table["Outlet E"]["Verdict"].value.startswith("copies Clash Report's reporting without credit")
    # a figure links to the first row behind it
    assert table["CubaHeadlines"]["Errors"].hyperlink.location == "'Findings'!A3"
    assert table["Saif Nasser Daily"]["Warnings"].value == 1 and table["Saif Nasser Daily"]["Suggestions"].value == 1
    assert table["All outlets"]["Errors"].value == 2
    assert len(ws._charts) == 1  # the per-outlet chart
    assert "How to read this workbook" in text and "Files that could not be read" in text
    assert "seeds/broken.docx" in text
    drift_rows = {r[0].value: r for r in ws.iter_rows() if isinstance(r[0].value, str) and r[0].value in {d.value for d in Drift}}
    assert drift_rows["paraphrased"][2].value == 2
    assert drift_rows["paraphrased"][0].fill.fgColor.rgb.endswith(DRIFT_FILLS[Drift.PARAPHRASED])
    legend = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, CellRichText)]
    assert any(runs(v)[0][1].strike for v in legend)


def test_rule_engine_note_is_visible(tmp_path):
    result = build_audit(engine="rules")
    path = tmp_path / "rules.xlsx"
    write_xlsx(result, path)
    ws = openpyxl.load_workbook(path)["Summary"]
    note = next(c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "rule-based engine" in c.value)
    assert note.font.b and note.fill.fgColor.rgb.endswith("FFEB9C")
    assert "without NLP models" in note.value


def test_empty_audit_sheets_say_none_found(tmp_path):
    path = tmp_path / "empty.xlsx"
    write_xlsx(AuditResult(articles=()), path)
    wb = openpyxl.load_workbook(path)
    assert tuple(wb.sheetnames) == SHEET_NAMES
    for name in SHEET_NAMES[1:]:
        ws = wb[name]
        assert ws.max_row == 2, name
        assert ws["A1"].font.b and ws["A1"].value
        assert ws["A2"].value.startswith("No "), name
        assert ws.auto_filter.ref.endswith("2") and ws.freeze_panes == "A2"


# ---------------------------------------------------------------- formula safety


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/"))


@pytest.mark.parametrize("value", [HYPERLINK, MINUS, "+1-1", "@SUM(A1:A9)", "\t=1+1", "\r-1", "  =1"])
def test_safe_cell_neutralises_formula_text(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Reuters", "“Security Services”", "11 sources", "e-mail", "", None, 11, -4, 0.5])
def test_safe_cell_leaves_other_values(value):
    assert safe_cell(value) == value


def test_workbook_never_stores_a_formula(tmp_path):
    path = tmp_path / "evil.xlsx"
    write_xlsx(hostile_audit(), path)
    assert "<f>" not in sheet_xml(path) and "<f " not in sheet_xml(path)
    wb = openpyxl.load_workbook(path)
    quotes = {r["ID"]: r["Quote"] for r in rows(wb["Quotes"])}
    assert quotes["Q1"] == HYPERLINK and quotes["Q2"] == MINUS  # exact text, no visible prefix
    assert quotes["Q7"] == "bellring"  # a control character XML cannot hold is dropped, not fatal
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    ws = wb["Quotes"]
    hyperlink_cell = next(c for row in ws.iter_rows() for c in row if c.value == HYPERLINK)
    assert hyperlink_cell.data_type == "s" and hyperlink_cell.quotePrefix
    assert "=cmd|' /C calc'!A0" in header(wb["Matrix"])
    assert wb["Articles"]["C2"].value == "-2+3"


# ---------------------------------------------------------------- atomic writes


def test_write_atomic_keeps_old_file_when_writer_fails(tmp_path):
    target = tmp_path / "report.xlsx"
    target.write_text("previous good report")

    def broken(tmp: Path) -> None:
        tmp.write_text("half a repo")
        raise RuntimeError("writer crashed")

    with pytest.raises(RuntimeError, match="writer crashed"):
        write_atomic(target, broken)
    assert target.read_text() == "previous good report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_write_atomic_replaces_and_creates_folder(tmp_path):
    target = tmp_path / "new" / "deeper" / "out.json"
    write_atomic(target, lambda tmp: tmp.write_text("one"))
    write_atomic(target, lambda tmp: tmp.write_text("two"))
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["out.json"]
    assert stat.S_IMODE(target.stat().st_mode) & 0o044  # readable like a normal file, not mkstemp's 0600


def test_write_atomic_unwritable_target_is_a_one_line_error(tmp_path):
    folder = tmp_path / "a_folder.xlsx"
    folder.mkdir()
    (folder / "keep").write_text("x")
    with pytest.raises(QuoteAuditError, match=r"a_folder\.xlsx: cannot write"):
        write_atomic(folder, lambda tmp: tmp.write_text("x"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a_folder.xlsx"]
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(QuoteAuditError, match="cannot write here"):
        write_atomic(blocker / "sub" / "out.xlsx", lambda tmp: tmp.write_text("x"))


def test_write_xlsx_failure_leaves_previous_workbook(tmp_path, audit, monkeypatch):
    target = tmp_path / "seeds.xlsx"
    write_xlsx(audit, target)
    before = target.read_bytes()

    def disk_full(self, filename):
        Path(filename).write_bytes(b"PK\x03\x04 half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", disk_full)
    with pytest.raises(QuoteAuditError, match=r"seeds\.xlsx: cannot write \(No space left on device\)"):
        write_xlsx(audit, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["seeds.xlsx"]


# ---------------------------------------------------------------- JSON


@pytest.fixture(scope="module")
def document(audit, tmp_path_factory) -> dict:
    path = tmp_path_factory.mktemp("json") / "seeds.json"
    write_json(audit, path)
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n") and "Rodriguez’s" in text  # UTF-8, not \u escapes
    return json.loads(text)


def test_json_top_level(document):
    assert document["schema"] == SCHEMA == "quoteaudit/audit@1"
    assert list(document) == [
        "schema",
        "generated",
        "engine",
        "notes",
        "problems",
        "group_by",
        "articles",
        "groups",
        "sourcing_changes",
        "findings",
        "summary",
    ]
    assert datetime.fromisoformat(document["generated"]).tzinfo is not None
    assert document["engine"] == "stanza:tokenize,mwt"
    assert document["problems"] == [{"path": "seeds/broken.docx", "message": "not a .docx file (no zip header)"}]
    assert document["notes"] == ["reference outlet chosen automatically"]


def test_json_articles(document, audit):
    arts = {a["id"]: a for a in document["articles"]}
    a0 = arts[A0]
    assert set(a0) == {
        "id",
        "path",
        "outlet",
        "title",
        "byline",
        "published",
        "url",
        "story_id",
        "body_end",
        "engine",
        "credits",
        "credit_mentions",
        "quotes",
        "sources",
    }
    assert a0["credits"] == ["Reuters", "Wall Street Journal"]
    assert a0["credit_mentions"][0] == {
        "name": "Reuters",
        "text": "Reuter's",
        "start": audit.articles[0].credits[0].start,
        "end": audit.articles[0].credits[0].end,
    }
    assert a0["body_end"] == audit.articles[0].article.body_end > 0
    text = audit.articles[0].article.text
    for q in a0["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]
    trump = a0["quotes"][0]
    assert trump["speaker"]["name"] == "Donald Trump" and trump["group"] == "g1" and trump["drift"] == "identical"
    assert a0["quotes"][2]["speaker"] is None
    assert a0["sources"][0]["count"] == 11 and a0["sources"][0]["descriptor"] == "familiar with the matter"
    assert a0["sources"][3]["refers_to"] == "s3"
    assert arts[A4]["quotes"][0]["repaired"] == "missing_open"


def test_json_groups(document):
    g1 = document["groups"][0]
    assert g1["id"] == "g1" and g1["speaker"] == "Donald Trump"
    assert g1["reference"] == {
        "article": A0,
        "quote": "q1",
        "reason": "most complete version in an article that credits Reuters",
    }
    members = g1["members"]
    assert members[0]["article"] == A0  # reference first
    assert set(members[0]) == {
        "article",
        "quote",
        "start",
        "end",
        "text",
        "speaker",
        "drift",
        "similarity",
        "reason",
        "diff",
    }
    indirect = next(m for m in members if m["drift"] == "indirect")
    assert indirect["quote"] is None and indirect["text"].startswith("Cuba would no longer provide")
    altered = next(m for m in members if m["drift"] == "altered")
    assert altered["similarity"] == 0.71
    assert altered["diff"][-1] == {"op": "replace", "ref": "NOT ANYMORE!", "text": "NO MORE!"}


def test_json_changes_findings_summary(document):
    c1 = document["sourcing_changes"][0]
    assert c1["kind"] == "dropped" and c1["reference_article"] == A0 and c1["article"] == A3
    assert document["sourcing_changes"][2]["start"] is None
    f0 = document["findings"][0]
    assert f0["code"] == "DR02" and f0["severity"] == "error" and f0["related_articles"] == [A0]
    s = document["summary"]
    assert s["articles"] == 5 and s["quotes"] == 15 and s["groups"] == 5
    assert s["speakers"] == 5  # Trump, Mora, Sheinbaum, Polga-Hecimovich, Velasco; "experts" is unnamed
    assert s["findings_by_severity"] == {"error": 2, "warning": 2, "suggestion": 1}
    assert s["drift_counts"]["paraphrased"] == 2 and s["drift_counts"]["identical"] == 5
    assert set(s["drift_counts"]) == {d.value for d in Drift}
    clash = s["outlets"][0]
    assert clash["outlet"] == "Clash Report" and clash["named_speakers"] == [
        "Donald Trump",
        "Frank Mora",
        "Claudia Sheinbaum",
    ]
    assert clash["anonymous_sources"] == 3


def json_keys(value) -> set[str]:
    """Every field name in the document; ``source_kinds`` maps open-ended kind names, not fields."""
    keys = set()
    if isinstance(value, dict):
        for k, v in value.items():
            keys.add(k)
            if k != "source_kinds":
                keys |= json_keys(v)
    elif isinstance(value, list):
        for v in value:
            keys |= json_keys(v)
    return keys


def test_the_audit_document_validates_against_its_json_schema(document):
    import jsonschema

    from quoteaudit.report.json_report import json_schema

    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = [f"{e.json_path}: {e.message}" for e in jsonschema.Draft202012Validator(schema).iter_errors(document)]
    assert not errors, errors[:5]
    assert "source_kinds" in json_keys(document) and document["articles"] and document["groups"]


def test_the_json_schema_rejects_an_undocumented_or_mistyped_field(document):
    import copy

    import jsonschema

    from quoteaudit.report.json_report import json_schema

    validator = jsonschema.Draft202012Validator(json_schema())
    extra = copy.deepcopy(document)
    extra["articles"][0]["quotes"][0]["confidence_band"] = "high"
    mistyped = copy.deepcopy(document)
    mistyped["articles"][0]["quotes"][0]["start"] = "12"
    assert not validator.is_valid(extra) and not validator.is_valid(mistyped)


def test_schema_md_explains_exactly_the_fields_of_the_json_schema():
    """docs/schema.md is the reader's explanation of docs/audit.schema.json: the field tables
    of each section list the same fields as the schema's object of that name."""
    from quoteaudit.report.json_report import json_schema

    schema = json_schema()
    objects = {"Top level": schema} | {f"{name}": definition for name, definition in schema["$defs"].items()}
    explained: dict[str, set[str]] = {}
    section = None
    for line in (ROOT / "docs" / "schema.md").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^#+\s+`?([A-Za-z][A-Za-z ]*)`?\s*$", line)
        if heading:
            section = heading.group(1).strip()
        elif section in objects and line.startswith("| `"):
            explained.setdefault(section, set()).update(re.findall(r"`([a-z_]+)`", line.split("|")[1]))
    assert set(explained) == set(objects)
    for name, fields in explained.items():
        assert fields == set(objects[name]["properties"]), name


def test_word_diff_reads_the_same_as_text_and_as_html():
    """One walk over the steps: every kind marked in both, words made safe for each output."""
    diff = (
        DiffOp("equal", "we will", "we will"),
        DiffOp("typo", "won’t", "won't"),
        DiffOp("delete", "never"),
        DiffOp("insert", text="<b>not</b>"),
        DiffOp("replace", "raise", "cut"),
        DiffOp("move", "the rates", "the rates"),
        DiffOp("delete", "bell\x07"),
    )
    assert word_diff_text(diff) == "we will won't [-never-] {+<b>not</b>+} [-raise-]{+cut+} {>the rates<} [-bell-]"
    assert _diff_html(diff, "") == (
        'we will <span class="typo">won&#x27;t</span> <del>never</del> <ins>&lt;b&gt;not&lt;/b&gt;</ins> '
        '<del>raise</del> <ins>cut</ins> <span class="moved">the rates</span> <del>bell\x07</del>'
    )
    assert _diff_html((), "a < b") == "a &lt; b"  # no steps: the version as written


def test_audit_json_is_deterministic_given_the_time(audit):
    assert audit_json(audit, generated="2026-02-21T00:00:00+00:00") == audit_json(audit, generated="2026-02-21T00:00:00+00:00")


# ---------------------------------------------------------------- quote listings


def test_quotes_rows_match_article_text(audit):
    data = quotes_rows(audit)
    assert len(data) == 15
    texts = {a.article.id: a.article.text for a in audit.articles}
    for row in data:
        assert texts[row["article"]][row["start"] : row["end"]] == row["text"]
    outlet_e = [r for r in data if r["outlet"] == "Outlet E"]
    assert outlet_e[0]["speaker"] == "Donald Trump" and outlet_e[0]["speaker_mention"] == "he"
    assert outlet_e[0]["speaker_kind"] == "pronoun" and outlet_e[0]["repaired"] == "missing_open"


def test_quotes_jsonl(tmp_path, audit):
    path = tmp_path / "out" / "quotes.jsonl"
    write_quotes(audit, path, "jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5  # one per article, the quote-less one included
    records = [json.loads(line) for line in lines]
    assert [r["doc_id"] for r in records] == [A0, A1, A2, A3, A4]
    assert records[3]["quotes"] == []
    assert records[0]["quotes"][0] == audit.articles[0].quotes[0].to_json()


def test_quotes_csv_is_formula_safe(tmp_path):
    path = tmp_path / "quotes.csv"
    write_quotes(hostile_audit(), path, "csv")
    data = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert len(data) == 7
    texts = {r["quote_id"]: r["text"] for r in data}
    assert texts["q1"] == "'" + HYPERLINK and texts["q2"] == "'" + MINUS and texts["q3"] == "'@SUM(A1:A9)"
    assert data[0]["outlet"] == "'=cmd|' /C calc'!A0" and data[0]["speaker"] == "'@admin"
    assert data[0]["start"] == str(hostile_audit().articles[0].quotes[0].start)


def test_quotes_csv_header_is_the_documented_column_list(tmp_path, audit):
    """docs/schema.md promises the quotes CSV columns, in order: the header written is that list."""
    section = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8").split("## `quotes --format csv`")[1]
    documented = re.findall(r"`([a-z_]+)`", section.strip().split(". ")[0])
    path = tmp_path / "quotes.csv"
    write_quotes(audit, path, "csv")
    assert path.read_text(encoding="utf-8").splitlines()[0].split(",") == documented
    assert all(list(row) == documented for row in quotes_rows(audit))


def test_quotes_csv_round_trips_the_seed_quotes(tmp_path, audit):
    path = tmp_path / "quotes.csv"
    write_quotes(audit, path, "csv")
    data = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert [r["text"] for r in data] == [r["text"] for r in quotes_rows(audit)]
    assert data[0]["speaker"] == "Donald Trump" and data[0]["context"].startswith("The evolving situation")


def test_quotes_table_to_file_is_plain_text(tmp_path, audit):
    path = tmp_path / "quotes.txt"
    write_quotes(audit, path, "table")
    text = path.read_text(encoding="utf-8")
    assert "\x1b" not in text
    assert "Polga-Hecimovich" in text and "15 quotes" in text
    assert "he (pronoun)" not in text and "Donald Trump (he)" in text


def test_quotes_table_shows_markup_literally_and_strips_escapes(tmp_path, capsys):
    write_quotes(hostile_audit(), None, "table")
    out = capsys.readouterr().out
    assert "[bold red]boo[/]" in out
    assert "\x1b[31m" not in out and "\x07" not in out


def test_quotes_to_stdout(capsys, audit):
    write_quotes(audit, None, "jsonl")
    assert len(capsys.readouterr().out.splitlines()) == 5
    write_quotes(audit, None, "csv")
    assert capsys.readouterr().out.startswith("article,outlet,quote_id,")


def test_unknown_quotes_format_is_a_user_error(audit, tmp_path):
    with pytest.raises(QuoteAuditError, match="unknown quotes format 'xml'"):
        write_quotes(audit, tmp_path / "q.xml", "xml")
    assert not any(tmp_path.iterdir())


def test_quotes_sheet_and_csv_show_who_relayed_a_second_hand_quote(tmp_path):
    from quoteaudit.pipeline import audit_articles
    from quoteaudit.report.tables import quotes_csv

    text = "Harbor Vote Delayed\n\n“Keep the aisles clear,” Mayor Ines Ortega said on Tuesday, according to the Ledger."
    result = audit_articles([Article(id="a1", text=text, outlet="Coast Daily")], engine="rules")
    path = tmp_path / "relay.xlsx"
    write_xlsx(result, path)
    (row,) = rows(openpyxl.load_workbook(path)["Quotes"])
    assert (row["Speaker"], row["Relayed by"]) == ("Ines Ortega", "the Ledger")
    (csv_row,) = csv.DictReader(io.StringIO(quotes_csv(result)))
    assert csv_row["relayed_by"] == "the Ledger"


def test_the_json_schema_allows_every_quote_kind():
    # a kind added to the model (a transcript's "turn") must reach the schema, or a report
    # that holds one fails validation
    from quoteaudit.models import QuoteKind
    from quoteaudit.report.json_report import json_schema

    kinds = json_schema()["$defs"]["Quote"]["properties"]["kind"]["enum"]
    assert sorted(kinds) == sorted(k.value for k in QuoteKind)
