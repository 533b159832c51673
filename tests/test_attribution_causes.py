"""One test per general cause of a wrong quote or speaker (issue 11), each on a sentence
written for this file in the shape that failed. Quotes and speakers come through the
pipeline's own path (rule engine annotation, quote scanner, speaker sieves)."""

from __future__ import annotations

from quoteaudit.models import Article, QuoteKind, SpeakerKind
from quoteaudit.nlp.rules_engine import RulesAnnotator
from quoteaudit.pipeline import quotes_with_speakers


def quotes(text: str):
    article = Article(id="t", text=text)
    return quotes_with_speakers(article, RulesAnnotator().annotate(text))


def spoken(text: str):
    return [q for q in quotes(text) if q.kind in (QuoteKind.FULL, QuoteKind.FRAGMENT)]


# ---------------------------------------------------------------- quote scanner


def test_nested_quote_in_the_same_glyph_stays_inside_the_outer_quote():
    (q,) = spoken("“We told them “not yet” three times and they came anyway,” the fisherman said.")
    assert q.text == "We told them “not yet” three times and they came anyway,"
    assert q.speaker.name == "the fisherman"


def test_formula_like_quote_text_is_one_quote():
    text = 'The cell held “=IMPORTDATA("https://sheet.example/a.csv")” until Friday, the clerk said.'
    (q,) = quotes(text)
    assert q.text == '=IMPORTDATA("https://sheet.example/a.csv")'


def test_sloppy_straight_closer_after_a_curly_opener_still_closes_the_quote():
    text = '“The bridge stays shut," the engineer said. "We will test it again in May.”'
    assert [q.text for q in quotes(text)] == ["The bridge stays shut,", "We will test it again in May."]


def test_british_single_quotes_with_a_plural_possessive_inside():
    text = "'Nobody asked the tenants,' she said. 'It is the tenants' rent that pays for all of it.'"
    texts = [q.text for q in spoken(text)]
    assert texts == ["Nobody asked the tenants,", "It is the tenants' rent that pays for all of it."]


def test_stray_mark_at_the_end_of_a_headline_does_not_swallow_the_next_line():
    text = "Harbor Board Calls Dredging “Overdue\n“The channel is silting up,” a pilot said."
    found = quotes(text)
    assert "The channel is silting up," in [q.text for q in found]
    assert all("\n" not in q.text for q in found)


def test_film_title_as_a_subject_is_a_title_not_a_spoken_fragment():
    found = quotes("“Salt Marsh Summer” won the audience award on Sunday, the festival said.")
    assert [(q.text, q.kind, q.speaker) for q in found] == [("Salt Marsh Summer", QuoteKind.TITLE, None)]


def test_show_title_after_a_preposition_is_a_title():
    (q,) = quotes("She starred in “Morning Ferry” for three seasons before the network dropped it.")
    assert q.kind is QuoteKind.TITLE and q.speaker is None


def test_a_distancing_quote_of_one_word_is_not_speech():
    (q,) = quotes("The council’s “upgrade” of the ferry terminal left the roof leaking again.")
    assert q.kind is QuoteKind.SCARE and q.speaker is None


def test_a_quoted_word_someone_is_said_to_use_is_still_theirs():
    (q,) = spoken("Mayor Ida Brandt called the ferry plan “reckless” at a meeting on Monday.")
    assert q.speaker.name == "Ida Brandt"
