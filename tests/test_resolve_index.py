"""Resolution's indexes (entities by offset, people by first and last word) give what a scan
of every entity and every person gave, on an article written for this file."""

from __future__ import annotations

import random
import re
from dataclasses import replace

from quoteaudit.extract.documents import _names_ending_in
from quoteaudit.extract.mentions import word_uses
from quoteaudit.extract.people import full_name, people_by_word, people_in
from quoteaudit.extract.resolve import EntityIndex, with_entities
from quoteaudit.models import Annotation, Article, Entity, Speaker, SpeakerKind
from quoteaudit.nlp.rules_engine import RulesAnnotator
from quoteaudit.pipeline import quotes_with_speakers

TEXT = (
    "Harbor Police Chief Rosa Ibarra met the press on Monday. “We have closed the east pier,” "
    "Ibarra said. Councilman Tom Reyes of the Harbor Commission disagreed. “The pier is safe,” "
    "Reyes said. Rosa Ibarra later added: “Safety comes first.” “Nobody told us,” said a "
    "spokesman for Ferry Lines Inc."
)


def _entities(text: str) -> tuple[Entity, ...]:
    found = []
    for name, kind in [
        ("Rosa Ibarra", "PERSON"),
        ("Tom Reyes", "PERSON"),
        ("Harbor Commission", "ORG"),
        ("Ferry Lines Inc.", "ORG"),
        ("Monday", "DATE"),
        ("Harbor Police", "ORG"),
    ]:
        start = -1
        while (start := text.find(name, start + 1)) >= 0:
            found.append(Entity(name, start, start + len(name), kind))
    return tuple(found)


def _scan_inside(entities, start, end):
    """The old way: every entity of the article checked against the mention."""
    from quoteaudit.extract.resolve import ENTITY_KINDS

    return [e for e in entities if e.start >= start and e.end <= end and e.type in ENTITY_KINDS]


def test_entities_inside_a_mention_by_bisection_match_a_full_scan_in_any_order():
    entities = list(_entities(TEXT))
    random.Random(3).shuffle(entities)  # the index must not rely on the engine's order
    index = EntityIndex.of(Annotation(sentences=(), entities=tuple(entities)))
    for start in range(0, len(TEXT), 7):
        for end in (start + 5, start + 20, start + 60):
            assert index.inside(start, end) == _scan_inside(entities, start, end)


def test_ner_settles_the_speakers_as_before():
    annotation = RulesAnnotator().annotate(TEXT)
    annotation = replace(annotation, entities=_entities(TEXT))
    quotes = quotes_with_speakers(Article(id="t", text=TEXT), annotation)
    got = [(q.text, q.speaker.name, q.speaker.kind, q.speaker.method) for q in quotes]
    # what the scan over every entity and every person gave on this article
    assert got == [
        ("We have closed the east pier,", "Rosa Ibarra", SpeakerKind.NAMED, "trailing_subject_cue"),
        ("The pier is safe,", "Tom Reyes", SpeakerKind.NAMED, "trailing_subject_cue"),  # "Councilman" is a title
        ("Safety comes first.", "Rosa Ibarra", SpeakerKind.NAMED, "leading_cue+ner"),
        ("Nobody told us,", "a spokesman for Ferry Lines Inc.", SpeakerKind.ANONYMOUS, "trailing_cue_subject"),
    ]
    mention = Speaker("Chief Rosa Ibarra", "Harbor Police Chief Rosa Ibarra", 0, 31, SpeakerKind.NAMED)
    assert with_entities(mention, EntityIndex.of(annotation)).name == "Rosa Ibarra"


def test_a_bare_surname_finds_its_full_name_through_the_index():
    people = people_in(TEXT)
    by_word = people_by_word(people)
    for word, start in [("Ibarra", 80), ("Reyes", 170), ("Rosa", 200), ("Nobody", 10)]:
        speaker = Speaker(word, word, start, start + len(word), SpeakerKind.NAMED)
        scanned = [p for p in people if p[0].split()[-1] == word or p[0].split()[0] == word]
        expected = scanned[0][0] if scanned else word
        assert full_name(speaker, by_word) == expected
    assert full_name(Speaker("Ibarra", "Ibarra", 80, 86), by_word) == "Rosa Ibarra"


def test_an_entity_that_only_modifies_a_mention_does_not_rename_it():
    text = "“We are not worried,” the Pell campaign said. “It is over,” said Harbor Radio host Omar Diaz."
    annotation = RulesAnnotator().annotate(text)
    entities = [Entity("Pell", text.index("Pell"), text.index("Pell") + 4, "PERSON")]
    entities += [Entity("Harbor Radio", text.index("Harbor Radio"), text.index("Harbor Radio") + 12, "ORG")]
    entities += [Entity("Omar Diaz", text.index("Omar Diaz"), text.index("Omar Diaz") + 9, "PERSON")]
    quotes = quotes_with_speakers(Article(id="t", text=text), replace(annotation, entities=tuple(entities)))
    got = [(q.speaker.name, q.speaker.kind) for q in quotes]
    # the campaign is not its candidate; the host is the person the entity at the end names
    assert got == [("Pell campaign", SpeakerKind.ORGANIZATION), ("Omar Diaz", SpeakerKind.NAMED)]


LONG = (
    "Sheriff Dana O'Neil of the Marl County Sheriff's Office met Aguilar-Fennimore, 52, on the U.S. side. "
    "O'Neil said the Marl County Sheriff's Office had asked Aguilar-Fennimore Jr. to wait; "
    "Aguilar-Fennimore declined.\n\nThe Coastal Weather Service and the National Weather Service "
    "disagreed. O'Neill, not O'Neil, ran the Lake County Sheriff's Office. The sheriff's office said little."
)


def test_counting_a_word_from_the_article_count_gives_what_a_whole_word_search_gave():
    """A long article asks how often it uses hundreds of words; the count is read from one
    pass over the article (or str.find for a word with an apostrophe, hyphen or point),
    and each answer must be what a search for the whole word gave."""
    words = {w.strip(",.;") for w in LONG.split()} | {"O'Neil", "Jr.", "U.S.", "'s", "Fennimore", "Aguilar-", "-", "Office."}
    for word in sorted(w for w in words if w):
        assert word_uses(LONG, word) == len(re.findall(r"\b" + re.escape(word) + r"\b", LONG)), word


def test_names_that_end_in_a_description_are_found_line_by_line_as_in_the_whole_text():
    """ "the sheriff's office" looks for earlier names ending in "Sheriff's Office": read
    only on the lines where the words occur, the names found must be those a search of the
    whole text finds."""
    for tail in ["Sheriff[’']s[ \\t]+Office", "Weather[ \\t]+Service", "Office", "Side"]:
        whole = [(m.start(), m.group(1)) for m in re.finditer(rf"\b((?:[A-Z][\w’'\-.]*[ \t]+)+{tail})\b", LONG)]
        assert _names_ending_in(LONG, tail) == whole, tail
    assert [name for _, name in _names_ending_in(LONG, "Sheriff[’']s[ \\t]+Office")] == [
        "Marl County Sheriff's Office",
        "Marl County Sheriff's Office",
        "Lake County Sheriff's Office",
    ]
