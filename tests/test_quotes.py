"""Quote-mark scanning: every form news uses, on real sentence shapes."""

import pytest

from quoteaudit.extract.quotes import find_quotes, find_spans
from quoteaudit.models import Article, QuoteKind
from quoteaudit.rules import lexicon
from tests.conftest import SEEDS


def spans(text, cues=frozenset({"said", "stated", "pledged"})):
    return [(text[s.start : s.end], s.repaired, s.paragraphs) for s in find_spans(text, None, cues)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mora said Rodriguez is “treading very carefully,” adding more.", ["treading very carefully,"]),
        ('Mora said Rodriguez is "treading very carefully," adding more.', ["treading very carefully,"]),
        ("''It is a big political win,'' Mr. Cruz said.", ["It is a big political win,"]),  # NYT style
        ("Maria Okafor: ‘It Is Not A Wild Plan’ on transit", ["It Is Not A Wild Plan"]),  # single, headline
        ("Il a dit «nous continuerons» hier.", ["nous continuerons"]),
        ("Er sagte „wir machen weiter“ gestern.", ["wir machen weiter"]),
        ("He said “one“ and then left.", ["one"]),  # mismatched marks, seen in PolNeAR
    ],
)
def test_quote_mark_forms(text, expected):
    assert [s[0] for s in spans(text)] == expected


def test_nested_single_quotes_stay_inside_the_double_quote():
    text = "Trump wrote: “In return, Cuba provided ‘Security Services’ … BUT NOT ANYMORE!”"
    assert spans(text) == [("In return, Cuba provided ‘Security Services’ … BUT NOT ANYMORE!", "", 1)]


def test_apostrophes_are_not_quote_marks():
    text = "Rodriguez’s aides said the officials’ claims were Cuba’s and the ’90s were over; don't."
    assert spans(text) == []


def test_multi_paragraph_quote_is_one_quote():
    text = "He said: “The first paragraph runs on.\n\n“The second one too.\n\n“The last one ends,” he said."
    found = spans(text)
    assert len(found) == 1
    assert found[0][2] == 3 and found[0][1] == ""
    assert found[0][0].startswith("The first") and found[0][0].endswith("ends,")


def test_missing_opening_mark_is_recovered_from_seed_004():
    text = (SEEDS / "004_c5a8ada74a308fa9.txt").read_text()
    found = [s for s in spans(text) if s[1] == "missing_open"]
    assert len(found) == 1
    assert found[0][0].startswith("Cuba relied for long years")
    assert found[0][0].endswith("this is no longer the case,")


def test_missing_closing_mark_ends_at_paragraph():
    text = "She said: “We will not back down\nThe next paragraph is narrative."
    assert spans(text) == [("We will not back down", "missing_close", 1)]


def test_offsets_exclude_the_marks_and_index_the_text():
    article = Article(id="a", text="Polga-Hecimovich said, “The coup-proofing worked brilliantly.”")
    (quote,) = find_quotes(article)
    assert article.text[quote.start - 1] == "“" and article.text[quote.end] == "”"
    assert quote.text == article.text[quote.start : quote.end]


def test_markup_attributes_are_not_quotes():
    text = 'Clinton wrote: <tweet author="HillaryClinton" id="1">We must act.</tweet>'
    assert spans(text) == []


def test_furniture_after_body_end_is_ignored():
    text = "Body “quote one” here.\nRelated News\n“The U.S. Is Our Friend, But No Longer the Old Guarantor”"
    article = Article(id="a", text=text, body_end=text.index("Related"))
    assert [q.text for q in find_quotes(article)] == ["quote one"]


def test_nickname_is_not_a_quote():
    article = Article(id="a", text="invoking the cry of Cuban revolutionary icon Ernesto “Che” Guevara: “Hasta la victoria siempre.”")
    kinds = {q.text: q.kind for q in find_quotes(article)}
    assert kinds["Che"] is QuoteKind.NICKNAME
    assert kinds["Hasta la victoria siempre."] is QuoteKind.FULL


@pytest.mark.parametrize(
    "text, kind",
    [
        # a short quote that opens its sentence is a sentence of its own (BASIL shapes)
        ("“I sincerely apologize,” Roy Moore said on Friday.", QuoteKind.FULL),
        ("The vote failed. “It was a prank,” the student said.", QuoteKind.FULL),
        # the same words set inside a sentence are a piece of it
        ("He called the vote “a prank,” and left.", QuoteKind.FRAGMENT),
        ("Mora said Rodriguez is “treading very carefully,” adding more.", QuoteKind.FRAGMENT),
        # a one-word answer stays a fragment
        ("“Yes,” he said.", QuoteKind.FRAGMENT),
        # words set inside the reporter's sentence are a fragment however long, and even
        # with the period US style puts inside the marks
        (
            "A White House official said Washington maintains “a very good relationship with the leaders of Venezuela,” adding more.",
            QuoteKind.FRAGMENT,
        ),
        ("Both leaders agreed to remain “united.”", QuoteKind.FRAGMENT),
        # after a colon, a capitalised quote is a sentence of its own
        ("Sheinbaum said: “We will continue sending humanitarian aid to the island.”", QuoteKind.FULL),
    ],
)
def test_short_sentence_quotes_are_full(text, kind):
    (quote,) = find_quotes(Article(id="a", text=text))
    assert quote.kind is kind


@pytest.mark.parametrize(
    "text, kind",
    [
        # in a headline every word is capitalised: a quoted word there is someone's words
        ("Rural Mayors Slam Governor Dunn As A ‘Shameless Hypocrite’ Over Her Budget. DENVER — Mayors said", QuoteKind.FRAGMENT),
        ("Maria Lopez: Council Vote to Close Harbor ‘Defies Common Sense’ Needs Another Look", QuoteKind.FRAGMENT),
        # in running text a capitalised word between two names is a nickname
        ("They chanted for revolutionary icon Ernesto “Che” Guevara in the square.", QuoteKind.NICKNAME),
    ],
)
def test_nicknames_only_outside_headlines(text, kind):
    (quote,) = find_quotes(Article(id="a", text=text))
    assert quote.kind is kind


def test_headline_line_is_a_headline():
    text = "Some body text.\n“The U.S. Is Our Friend, But No Longer the Old Guarantor”\nEurope"
    (quote,) = find_quotes(Article(id="a", text=text))
    assert quote.kind is QuoteKind.HEADLINE


def test_title_of_a_work():
    text = "He appeared on the show “Celebrity Apprentice” for years."
    (quote,) = find_quotes(Article(id="a", text=text), title_words=frozenset({"show"}))
    assert quote.kind is QuoteKind.TITLE


@pytest.mark.parametrize(
    "text, kind",
    [
        # a possessive owner makes a title-case quote a programme's name
        ("Sen. Kristen Gillibrand said Friday on CNN’s “New Day,” that she expects the release.", QuoteKind.TITLE),
        # a work noun right after it, or an appositive that says what it is
        (
            "According to R. T. Holloway's ''The Gatekeepers: Ruth Parker, Samuel Holt and the City Hall Press Office'' "
            "and other accounts, hers was a catch-all role.",
            QuoteKind.TITLE,
        ),
        ("The studio cast Anna K. Reyes as the Ice Queen in the “Winter Palace” reboot.", QuoteKind.TITLE),
        ("said Helen Marsh, the author of ''River and Stone,'' a biography of the canal's first engineer.", QuoteKind.TITLE),
        # a title-case quote after "on", "of", "told" or "with" names a programme or work …
        ("He made his case on “The View” and on late-night television.", QuoteKind.TITLE),
        ('Okafor told "Good Morning Ohio," reminding the hosts of her votes.', QuoteKind.TITLE),
        ("Sofia Grant will shoot a new season of ''Harbor Lights,'' the detective series that ended years ago.", QuoteKind.TITLE),
        # … but chants of it are words people said
        ("The speech was met with chants of “Okafor, Okafor, Okafor” from the back.", QuoteKind.FRAGMENT),
        # in a headline line the owner is the speaker
        ("Ortega: Mayor’s ‘Deeply Cynical Budget’ Hurting Council’s Chance to Win Funding", QuoteKind.FRAGMENT),
        # lower-case words after a possessive are someone's words
        ("She beat the party’s “insider” candidate to take the seat.", QuoteKind.FRAGMENT),
        # an appositive about a person does not make a title
        ("“Donald Trump,” a candidate said, “is winning.”", QuoteKind.FRAGMENT),
    ],
)
def test_titles_of_programmes_and_works(text, kind):
    quote = find_quotes(Article(id="a", text=text), title_words=frozenset(lexicon("titles")["work_words"].split()))[0]
    assert quote.kind is kind


def test_unbalanced_text_never_crashes():
    for text in ["“", "”", '"', "'' ''", "“a” ” “", "‘’’‘", "\n“\n”\n"]:
        find_spans(text)


def test_each_double_inside_a_single_quote_on_a_long_article_is_dropped():
    # each double sits inside the single just before it (found by bisection over the singles)
    from quoteaudit.extract.quotes import find_spans

    spans = find_spans(" ".join(["‘a “b” c’ d."] * 3000))
    assert len(spans) == 3000 and all(s.end - s.start == len("a “b” c") for s in spans)
