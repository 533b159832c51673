"""Who an article names: its people with their full names and genders, so that "Mora" is found as
Frank Mora and "she" is matched only with a woman."""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence

from quoteaudit.extract import wordlists as wl
from quoteaudit.extract.mentions import (
    NAME_PREFIX,
    POSSESSIVE_TAIL,
    a_state_or_country,
    first_name_gender,
    is_title_case_line,
    names_a_body,
    opens_with_a_participle,
    role_after,
    split_name,
    state_forms,
)
from quoteaudit.extract.subjects import DATELINE
from quoteaudit.extract.wordlists import Lexicon, load_lexicon
from quoteaudit.models import Speaker
from quoteaudit.rules import default_rules_dir, rules_dir_key

# Capital letters of the Latin alphabets, accented ones too ("Étienne", "Łukasz", "Željko"):
# names start with them as surely as with A-Z.
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"


def name_in_text() -> re.Pattern:
    """A capitalised run of two to eight words, particles ("de", "van") allowed inside (titles
    before a name take up to six: "Orvanian Foreign Minister Dariusz Welk", "Brennan City
    Education Association President Yolanda Brice")."""
    return _name_in_text(str(default_rules_dir()))


# honorifics that stand before a bare surname ("Mr Koh", "Dr Ó Briain"), points left off
SURNAME_HONORIFICS = ("Mrs", "Mr", "Ms", "Miss", "Dr")
# initials standing for given names: "P.", "J.R.", "K. P."
INITIALS = rf"[{UPPER}]\.(?:[ \t]?[{UPPER}]\.){{0,2}}"


@functools.cache
def _name_in_text(rules_dir: str) -> re.Pattern:
    word = rf"[{UPPER}][\w’'\-]+"
    particles = "|".join(sorted(wl.NAME_PARTICLES, key=len, reverse=True))
    # (a particle keeps its capital in some names: "Donal Ó Briain", "Máire Ní Bhriain")
    # (initials may open a name, and then one word after them is enough: "P. Muthulakshmi";
    # so may an abbreviated given name: "Md. Abdul Kader", also after a role: "Forecaster
    # Ma. Lourdes Bautista")
    opening = "|".join([INITIALS, *(re.escape(a) for a in sorted(wl.GIVEN_NAME_ABBREVIATIONS) if a.endswith("."))])
    later_word = rf"[ \t]+(?:{opening}|(?:{NAME_PREFIX})?{word}|(?i:{particles})\b)"
    return re.compile(rf"(?<![\w.])((?:(?:{opening})[ \t]+{word}(?:{later_word}){{0,6}})|{word}(?:{later_word}){{1,7}})")


def in_a_quote(quoted: Sequence[tuple[int, int]], quote_starts: Sequence[int], pos: int) -> bool:
    """Whether POS lies inside one of the QUOTED spans (sorted, with their QUOTE_STARTS)."""
    i = bisect_right(quote_starts, pos) - 1
    return i >= 0 and pos < quoted[i][1]


# a full name in the possessive opening a longer run of capitals (group 1 the name)
OWNER_INSIDE_A_RUN = re.compile(r"((?:[A-Z][\w\-]*[ \t]+){1,2}[A-Z][\w\-]*)(?:’s|'s)[ \t]+[A-Z]")


def _capitals_opening_a_lede(text: str, at: int, parts: list[str], lex: Lexicon) -> bool:
    """Whether a name in capitals at AT opens a paragraph that goes on in lower case
    with a first name the lists know ("LORCAN MABRY stormed out of …"), as tabloids open a
    story; a line all in capitals is a headline and names nobody this way, and a story's
    dateline (subjects.DATELINE: "CORBETT FALLS — The hall …") names a place."""
    if DATELINE.match(text, at):
        return False
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return (
        not text[line_start:at].strip()
        and 2 <= len(parts) <= 3
        and bool(first_name_gender(parts[0].title(), lex))
        and len(re.findall(r"\b[a-z]{3,}\b", line)) >= 3
    )


def _labels_a_turn(text: str, start: int, end: int) -> bool:
    """Whether a name in capitals opens its paragraph and ends at a colon, as a transcript's
    speaker label does ("KATE BOULDUAN: Why not debate?")."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip() and text[end : end + 2] == ": "


def _ends_as_a_question(text: str, pos: int) -> bool:
    """Whether the sentence going on at POS ends with a question mark."""
    end = re.search(r"[.!?\n]", text[pos : pos + 300])
    return end is not None and end.group() == "?"


def people_in(text: str, quoted: Sequence[tuple[int, int]] = ()) -> list[tuple[str, int, str]]:
    """Full names (two or more capitalised words) in order of first mention, with the
    title words before them: the candidates a bare surname or pronoun may refer to. Names
    inside the QUOTED spans (sorted) are left out: a tour called “Midnight Drive” or a name
    someone calls out is nobody the reporter introduces. (Read once per article: resolution
    and the exchange pass both ask.)"""
    return list(_people_in(text, tuple(quoted), rules_dir_key()))


@functools.lru_cache(maxsize=4)
def _people_in(text: str, quoted: tuple[tuple[int, int], ...], rules_key: str) -> tuple[tuple[str, int, str], ...]:
    quote_starts = [a for a, _ in quoted]
    lex = load_lexicon()
    seen: dict[str, tuple[str, int, str]] = {}
    places: set[str] = set()  # names read as places once, which stay places
    first_line_end = text.find("\n")
    # a first line with no full stop, followed by more: a headline, where a capital after
    # the first word may open any word ("Late Okonkwo winner sends …")
    headline_end = first_line_end if first_line_end > 0 and not re.search(r"[.!?][\"”’']?\s*$", text[:first_line_end]) else 0
    headline_lines: dict[int, bool] = {}
    # (a nickname between the parts of a name is blanked, so "Wilbur “Skeeter” Tackett" is
    # read as Wilbur Tackett; offsets do not move)
    scanned = NICKNAME_INSIDE_A_NAME.sub(lambda n: " " * len(n.group()), text)
    for m in name_in_text().finditer(scanned, headline_end):
        if in_a_quote(quoted, quote_starts, m.start()):
            continue
        if on_a_title_case_line(text, m.start(), headline_lines):
            continue  # "Trump Declares …": in a headline every word is capitalised, names end nowhere
        # (a possessor is still a person introduced: "Maud Fennimore’s novel", and so is one
        # inside a run of capitals: "Aurelio Mancuso-Kane’s Deputy Rhys Callow")
        possessor = OWNER_INSIDE_A_RUN.match(m.group(1))
        if possessor and _gender_of_first_name(possessor.group(1).split()[0], lex):
            seen.setdefault(possessor.group(1), (possessor.group(1), m.start(), ""))
        name, role = split_name(POSSESSIVE_TAIL.sub("", m.group(1)))
        parts = name.split()
        # (a question's verb only in a question: "Economist Do Minh Khoa said" keeps "Do")
        asks = bool(parts) and parts[0].lower() in wl.QUESTION_OPENERS and _ends_as_a_question(text, m.end())
        if len(parts) > 2 and (
            parts[0].lower() in wl.union("CLAUSE_OPENERS", "WORDS_BEFORE_A_NAME")
            or asks
            or parts[0] == "Born"
            or opens_with_a_participle(name)
        ):
            # "Then Jalen Whitcombe stopped missing", "Born Winifred Marsh in 1931, she …",
            # "Neither Orrin Vance nor his aides":
            # the opener or participle is no part of the name
            parts = parts[1:]
            name = " ".join(parts)
        if len(parts) == 2 and parts[0].lower() in wl.QUESTION_OPENERS and parts[0] not in lex.first_name_gender:
            continue  # "Does Quintana miss the old songs?": a question's verb, then one name
        if len(parts) >= 2 and (parts[0].lower() in wl.PREPOSITIONS or parts[0].lower() in wl.INVERTED_OPENING_CUES):
            parts = parts[1:]  # "Beside Loreni stood …", "Said Valdane, …:": no part of a name
            name = " ".join(parts)
        if len(parts) > 2 and parts[0].endswith("s") and parts[0][:-1] in lex.titles:
            parts = parts[1:]  # "Commissioners Royce Dunleavy and Ada Finch": a title the pair shares
            name = " ".join(parts)
        portfolio = TITLE_FOR_A_PORTFOLIO.search(text, max(0, m.start() - 60), m.start())
        if portfolio and portfolio.group(1) in lex.titles:
            # "Under-Secretary-General for Humanitarian Affairs Dariela Montfort": the
            # portfolio after a title runs into the name, which is its last two words
            # ("… James R. Clapper", "… Tadhg Ó Cearbhaill": an initial or a particle before the surname)
            kept = (
                parts[-3:]
                if len(parts) > 2 and (re.fullmatch(r"[A-Z]\.", parts[-2]) or parts[-2].lower() in wl.NAME_PARTICLES)
                else parts[-2:]
            )
            if len(parts) > len(kept) and re.search(
                rf"\b(?:{'|'.join(SURNAME_HONORIFICS)})\.?[ \t]+{re.escape(parts[-len(kept) - 1])}\b", text
            ):
                # "Senior Minister of State Koh Li Ping", later "Mr Koh": a surname written first
                kept = parts[-len(kept) - 1 :]
            # (the title and its portfolio are the role: "Minister of Trade", whom "the minister" names)
            portfolio_words = [*role.split(), *parts[: len(parts) - len(kept)]]
            role = " ".join([text[portfolio.start(1) : m.start()].strip(), *portfolio_words])
            parts = kept
            name = " ".join(parts)
        if parts and parts[0] in wl.TIME_ZONES:
            parts = parts[1:]  # "14:32 BST Calloway’s running mate": a live blog's timestamp
            name = " ".join(parts)
        if len(parts) < 2 or any(p.lower() in lex.determiners for p in parts) or parts[0].lower() in wl.CLAUSE_OPENERS:
            continue
        if wl.spelled_number(parts[0]):
            continue  # "Twenty-eight Democrats voted yes": a count of people, no one's name
        if parts[-1] in lex.named_thing_heads and not first_name_gender(parts[0], lex):
            continue  # "the Clean Grid and Fair Transition Act": a law or an event, which no "he" stands for (not "Steven Law")
        if len(parts) == 2 and parts[0].lower() in wl.NAME_PARTICLES and role.rstrip(".") in SURNAME_HONORIFICS:
            continue  # "Mr Ó Briain": a surname with its particle, someone named in full (not "Al From", "Della Strand")
        if parts[0] in wl.PLACE_INITIALS or parts[0] + "." in wl.PLACE_INITIALS:
            continue  # "U.S. Marshals", "D.C. United": initials of a place
        if re.fullmatch(INITIALS, parts[0]) and parts[1].lower() in wl.union("CLAUSE_OPENERS", "PREPOSITIONS", "determiners"):
            continue  # "A. Because of a woman …": an interview's answer label, then a sentence
        if parts[-1] + "." in wl.NAME_SUFFIXES and text[m.end() : m.end() + 1] == ".":
            name += "."  # "Darnell T. Ruiz Jr." (the period is no sentence end)
        if DIRECTION_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            places.add(name)
        if (
            parts[-1] in wl.PLACE_NAME_ENDS
            or parts[0] in wl.PLACE_NAME_STARTS
            or (len(parts) == 2 and parts[0] in wl.PLACE_FIRST_WORDS)  # ("Port Arden", "Fort Alder")
            or _a_place(name, text, m.end())
            # ("the lot in Caddo Bend": after a preposition of place, with no first name)
            or (PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not first_name_gender(parts[0], lex))
            # ("a house on Carraway Lane": a street, after "on", by a word that names streets)
            or (parts[-1] in wl.STREET_WORDS and ON_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None)
            # (a compass direction before any mention makes it a place throughout: "east of
            # Harlan Ford", then "the café in Harlan Ford")
            or name in places
            # ("the private station Radio Lagune": an outlet's name after its kind)
            or (text[max(0, m.start() - 14) : m.start()].split()[-1:] or [""])[0] in wl.OUTLET_KINDS
        ):
            continue  # "Tern Street", "Alder Bridge", "South Florida", "Cypress Ferry, S.C.": a place
        # (a first name the census knows opens a person's name even so: "the Harlan Pruett we know")
        if ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start()) and not (len(parts) == 2 and first_name_gender(parts[0], lex)):
            continue  # "the Blue Heron diner", "a Grand Rapids newspaper": a place or a firm, no person
        if parts[-1].lower() in wl.WEEKDAYS or GLOSS_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            continue  # "before Super Tuesday": a day; "“Kanavu Illam” (Dream Home)": a quoted name's translation
        if name.isupper() and (_capitals_opening_a_lede(text, m.start(), parts, lex) or _labels_a_turn(text, m.start(), m.end())):
            # "LORCAN MABRY stormed out …": a tabloid sets the name opening its story in capitals;
            # "KATE BOULDUAN: Why not debate?": a transcript labels a turn so
            name = " ".join(p.title() for p in parts)
            parts = name.split()
        elif name.isupper() or opens_with_a_participle(name):
            continue  # headlines in capitals; "Disengaging Venezuela" starts a sentence, names nobody
        if any(p in lex.titles or p + "." in lex.titles for p in parts[1:]) and parts[0] not in lex.first_name_gender:
            # "Kansas Gov. Martin Pell" leaves "Kansas Gov", a title, not a person; but
            # "Greta Bishop" starts with a first name, so "Bishop" is her surname
            continue
        # "Marisol Ybarra, the shelter director, …": an appositive describes the person as
        # well as a title before the name does
        seen.setdefault(name, (name, m.start(), role or role_after(text, m.end(), min(len(text), m.end() + 160))))
    # "Kylie and Jason Merritt": two first names share the surname after the second (read before
    # the one-word names below: "Ruben, 38," is then Ruben Szymanski, not a person of his own)
    for m in COUPLE_SHARING_A_SURNAME.finditer(text):
        first, surname = m.group(1), m.group(3)
        if re.search(r"[A-Z][\w’'.\-]*[ \t]+$", text[max(0, m.start() - 30) : m.start()]):
            continue  # "Tom Kessler and Ana Paredes": the first word closes another name
        if first_name_gender(first, lex) and f"{m.group(2)} {surname}" in seen and not in_a_quote(quoted, quote_starts, m.start(1)):
            seen.setdefault(f"{first} {surname}", (f"{first} {surname}", m.start(1), seen[f"{m.group(2)} {surname}"][2]))
    # one word is a person too when an age follows it: "Earl, 71, a retired rail worker"
    named_words = {w for known in seen for w in known.split()}
    for age in AGE_AFTER_A_WORD.finditer(text):
        aged = AGED_FIRST_NAME.search(text, max(0, age.start() - 30), age.end())
        if aged is None:
            continue
        word = aged.group(1)
        if word.lower() in wl.union("determiners", "CLAUSE_OPENERS", "WEEKDAYS") or in_a_quote(quoted, quote_starts, aged.start()):
            continue
        if word not in named_words:
            seen.setdefault(word, (word, aged.start(1), role_after(text, aged.end(1), min(len(text), aged.end(1) + 160))))
    # a known first name alone opening a sentence, before a lower-case verb, is a person
    # the article calls by first name ("Tomas walked to the barn." in a feature about a boy);
    # only the project's list counts, not the census, which also holds "Georgia" and "China"
    for lone in LONE_FIRST_NAME_OPENING.finditer(text):
        word = lone.group(1)
        if word not in lex.first_name_gender or word in named_words:
            continue
        # (or after a subordinator opening the sentence: "When Dolores got her first pair, …")
        opens = (
            SENTENCE_END_BEFORE.search(text[max(0, lone.start() - 3) : lone.start()]) is not None
            or SUBORDINATOR_OPENING.search(text[max(0, lone.start() - 12) : lone.start()]) is not None
        )
        verb_after = lone.group(2).lower() not in wl.union("determiners", "PREPOSITIONS")
        if opens and verb_after and not in_a_quote(quoted, quote_starts, lone.start(1)):
            seen.setdefault(word, (word, lone.start(1), ""))
    # a relative named by first name after someone named in full: "Mr. Whitlock's wife,
    # Caroline," is Caroline Whitlock (a spouse, parent or child shares the surname as a rule)
    surnames = {known.split()[-1] for known in seen if len(known.split()) >= 2}
    for m in RELATIVE_BY_FIRST_NAME.finditer(text):
        owner, relation, first = m.group(1), m.group(2), m.group(3)
        if owner in surnames and relation in lex.gender_words and not in_a_quote(quoted, quote_starts, m.start(3)):
            seen.setdefault(f"{first} {owner}", (f"{first} {owner}", m.start(3), relation))
    # "Ron Kinsey liked him. His wife, Roberta, was less sure": the "his" is the last man
    # named in full before it (a relative shares the surname as a rule)
    for m in PRONOUN_RELATIVE_BY_FIRST_NAME.finditer(text):
        relation, first = m.group(2), m.group(3)
        if relation not in lex.gender_words or in_a_quote(quoted, quote_starts, m.start(3)):
            continue
        owner_gender = "male" if m.group(1).lower() == "his" else "female"
        before = [p for p in seen.values() if p[1] < m.start() and len(p[0].split()) >= 2 and p[0].split()[0] != first]
        if before and first_name_gender(before[-1][0].split()[0], lex) == owner_gender and m.start() - before[-1][1] < 400:
            surname = before[-1][0].split()[-1]
            seen.setdefault(f"{first} {surname}", (f"{first} {surname}", m.start(3), relation))
    # a relative the article calls by first name alone: "beside his cousin Yousef, who …" (no
    # comma between; no surname is given, and a cousin's may differ), and the writer's, "my aunt
    # Perla", "My mother, Katalin," (the role is the relation, so that "my aunt said" finds her)
    named_words = {w for known in seen for w in known.split()}
    for pattern, relations in (
        (RELATIVE_THEN_FIRST_NAME, lex.gender_words.keys() | KIN_WITHOUT_GENDER),
        (WRITERS_RELATIVE_BY_FIRST_NAME, lex.gender_words.keys()),
    ):
        for m in pattern.finditer(text):
            relation, first = m.group(2), m.group(3)
            if relation in relations and first not in named_words and not in_a_quote(quoted, quote_starts, m.start(3)):
                seen.setdefault(first, (first, m.start(3), f"{m.group(1).lower()} {relation}"))
    return tuple(sorted(seen.values(), key=lambda person: person[1]))


# relations that tell no gender ("his cousin Yousef", "her friend Sam")
KIN_WITHOUT_GENDER = frozenset({"cousin", "friend", "partner", "colleague", "neighbor", "neighbour", "sibling"})
# someone's relative and the first name right after it, no comma between ("his cousin Yousef")
RELATIVE_THEN_FIRST_NAME = re.compile(r"\b([Hh]is|[Hh]er|[Tt]heir)[ \t]+([a-z]+)[ \t]+([A-Z][a-z][\w\-]*)\b(?![ \t]+[A-Z])")
# a writer's relative and the first name after it, set off or not: "my aunt Perla", "My
# mother, Katalin," (groups: the possessive, the relation, the name)
WRITERS_RELATIVE_BY_FIRST_NAME = re.compile(r"\b([Mm]y|[Oo]ur)[ \t]+([a-z]+),?[ \t]+([A-Z][a-z][\w\-]*)\b(?![ \t]+[A-Z])")


def _a_place(name: str, text: str, end: int) -> bool:
    """Whether a name is a state or country ("New Hampshire", "Sri Lanka"), or a town the
    state after its comma places ("Cypress Ferry, S.C.", "Fort Alder, Texas")."""
    if a_state_or_country(name):
        return True
    # (the state closes a phrase: "Jo Hale, Ohio's attorney general" is a person)
    forms = state_forms(rules_dir_key())
    after = STATE_AFTER_A_COMMA.match(text, end)
    return after is not None and (after.group(1) in forms or after.group(1).rstrip(".") in forms)


# a preposition of place right before a name ("in ", "near ")
# (not "at": "workers at Brannock Aerostructures" names a firm, which a short name may stand for)
ON_BEFORE = re.compile(r"(?<![\w’'])on[ \t]+$")
PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w’'])(?:in|near|outside|across|around|toward|towards)[ \t]+$")
# a compass direction or a distance before a name: a place even when it opens with a first name
# ("somewhere east of Harlan Ford", "12 miles north of Judith Gap", "just outside of Mount Vernon")
DIRECTION_BEFORE = re.compile(
    r"(?<![\w’'])(?:(?:north|south|east|west)(?:east|west)?(?:ern)?|miles|outside|just)[ \t]+(?:of|from)[ \t]+$", re.IGNORECASE
)

# one or two capitalised words after a name's comma that end a phrase ("…, S.C., she", "…,
# New Hampshire.")
STATE_AFTER_A_COMMA = re.compile(r",[ \t]+([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)??)(?=[,;:)]|\s*$|\.\s|(?<=\.)\s)", re.M)

# a title and the "for" or "of" that opens its portfolio, right before a capitalised run
TITLE_FOR_A_PORTFOLIO = re.compile(r"\b([A-Z][\w.\-]*)[ \t]+(?:for|of)[ \t]+$")


def on_a_title_case_line(text: str, pos: int, judged: dict[int, bool]) -> bool:
    """Whether the line holding POS is in title case, as a headline is, where every word is
    capitalised and names end nowhere; JUDGED keeps each line's verdict, by the line's start,
    so a line with many names is read once."""
    line_start = text.rfind("\n", 0, pos) + 1
    if line_start not in judged:
        line_end = text.find("\n", pos)
        judged[line_start] = is_title_case_line(text[line_start : line_end if line_end >= 0 else len(text)])
    return judged[line_start]


# "Whitlock's wife, Caroline,": a relation and a first name after a surname's possessive
RELATIVE_BY_FIRST_NAME = re.compile(r"\b([A-Z][\w\-]+)(?:’s|'s)[ \t]+(?:late[ \t]+|former[ \t]+)?([a-z]+),[ \t]+([A-Z][a-z][\w\-]*)(?=,)")
# "Kylie and Jason Merritt", "Gareth and Siân Vale": a couple named by first names and one surname
# (the surname without a possessive after it: "Dolores and Frank Brezina's kitchen"; "O'Brien" keeps its mark)
# (not the second half of a hyphenated surname: "Ida Sorensen-Kaye and Beatrix Lomeli")
COUPLE_SHARING_A_SURNAME = re.compile(r"(?<![\w’'\-])([A-Z][a-z]+)[ \t]+and[ \t]+([A-Z][\w\-]+)[ \t]+([A-Z][\w\-]*(?:[’'][A-Z][\w\-]+)?)\b")
# "His wife, Roberta,": a relative of the last person named, by first name (group 1 the
# possessive, 2 the relation, 3 the first name)
# (a modifier or two may come first: "his 12-year-old daughter, Kinsley,")
PRONOUN_RELATIVE_BY_FIRST_NAME = re.compile(r"\b(His|Her|his|her)[ \t]+(?:[\w\-]+[ \t]+){0,2}?([a-z]+),[ \t]+([A-Z][a-z][\w\-]*)(?=[,.;])")
# "the" right before a capitalised name: a place or firm ("the Blue Heron diner")
ARTICLE_BEFORE = re.compile(r"(?<![\w’'])(?:the|an?)[ \t]+$")
# an opening bracket right after a closing quotation mark: what follows glosses the quoted name
GLOSS_BEFORE = re.compile(r"[”\"’'][ \t]?\($")
# (the sentence start is checked after the match: a look-behind at every position is slow)
LONE_FIRST_NAME_OPENING = re.compile(r"\b([A-Z][a-z]+)[ \t]+([a-z]+)\b")
SENTENCE_END_BEFORE = re.compile(r"(?:^|\n|[.!?][\"”’']? )$")
SUBORDINATOR_OPENING = re.compile(
    r"(?:^|\n|[.!?][\"”’']? )(?:When|After|Before|As|While|Once|Since|Until|Although|Though|Because|If)[ \t]+$"
)
AGED_FIRST_NAME = re.compile(r"(?<![\w’'.-])([A-Z][a-z][\w’'\-]*),[ \t]+(?:\d{1,3},|an?[ \t]+\d{1,3}-year-old)$")
AGE_AFTER_A_WORD = re.compile(r"(?<=[a-z]),[ \t]+(?:\d{1,3},|an?[ \t]+\d{1,3}-year-old\b)")  # (found first: few texts have one)


HONORIFIC_SURNAME = re.compile(r"\b(Mrs|Mr|Ms|Miss)\.?[ \t]+([A-Z][\w\-]*(?:[’'](?!s\b)[\w\-]+)?)")


def honorific_genders(text: str, by_word: dict[str, list[tuple[str, int, str]]]) -> dict[str, str]:
    """Full name -> gender for each person the article calls "Mr."/"Ms." anywhere, even
    where they do not speak ("Mr. Prather’s campaign manager"): the surname must belong
    to one person only, and every honorific used for it must agree."""
    gender_words = load_lexicon().gender_words
    seen: dict[str, set[str]] = {}
    for m in HONORIFIC_SURNAME.finditer(text):
        # (a man whose name ends in a suffix bears the surname too: "Zora Pike … Alden Pike Jr.
        # … Mr. Pike" tells nothing of Zora)
        bearers = bearing_surname(by_word.get(m.group(2), []), m.group(2)) + suffixed_bearers(by_word, m.group(2))
        people = {p[0] for p in bearers if len(p[0].split()) >= 2}
        if len(people) == 1 and (gender := gender_words.get(m.group(1))):
            person = people.pop()
            if load_lexicon().first_name_gender.get(person.split()[0], gender) != gender:
                continue  # "Mrs. Wexford" after Mark Wexford: his wife, not Mark (a census guess, "Kit", gives way)
            seen.setdefault(person, set()).add(gender)
    # "her husband, Dr. Emeric Harlan", "his daughter Sunniva": a relation word right before
    # a full name tells that person's gender, even when a relative shares the surname
    for m in RELATION_BEFORE_A_NAME.finditer(text):
        known = {p[0] for p in by_word.get(m.group(2).split()[-1], [])}
        if (gender := gender_words.get(m.group(1).lower())) and m.group(2) in known:
            seen.setdefault(m.group(2), set()).add(gender)
    # "Dunaway, a Democrat in her third term,": a possessive pronoun inside the description set
    # off after a surname tells the person's gender, before any census guess of the first name
    # (and so does the pronoun of an opening question the sentence's subject was asked: "Asked
    # whether she would back the judge, Sen. Hollis Vander paused")
    found = [(m.group(1), m.group(2)) for m in OWN_PRONOUN_IN_AN_APPOSITIVE.finditer(text)]
    found += [(m.group(2), m.group(1)) for m in PRONOUN_OF_AN_OPENING_QUESTION.finditer(text)]
    for surname, pronoun in found:
        people = {p[0] for p in bearing_surname(by_word.get(surname, []), surname) if len(p[0].split()) >= 2}
        if len(people) == 1:
            seen.setdefault(people.pop(), set()).add("female" if pronoun.lower() in ("her", "she") else "male")
    # "who gave his name only as Kev": a name given after its owner's pronoun
    # (the name alone, as the speaker it makes is named)
    for m in NAME_GIVEN_AFTER_ITS_PRONOUN.finditer(text):
        seen.setdefault(m.group(2), set()).add("female" if m.group(1).lower() == "her" else "male")
    return {name: genders.pop() for name, genders in seen.items() if len(genders) == 1}


# "his name only as Kev", "her first name, Nora": a name its owner's pronoun gives (group 1
# the pronoun, group 2 the name)
NAME_GIVEN_AFTER_ITS_PRONOUN = re.compile(
    r"\b([Hh]is|[Hh]er)[ \t]+(?:first[ \t]+|last[ \t]+)?name[ \t]+(?:only[ \t]+)?(?:as[ \t]+|is[ \t]+|was[ \t]+|,[ \t]+)[“\"‘']?([A-Z][a-z][\w’'\-]*)\b"
)
# a surname, then a description set off by commas that holds "her" or "his" as a possessive
# of the person's own ("Dunaway, a Democrat in her third term,"; group 1 the surname)
OWN_PRONOUN_IN_AN_APPOSITIVE = re.compile(
    r"\b([A-Z][\w’'\-]+),[ \t]+(?:a|an|the)[ \t]+[^,;:“”\"()]{0,50}?\b(?:in|of|at|on|during)[ \t]+(her|his)[ \t]+[a-z]+"
    r"[^,;:“”\"()]{0,30},"
)
# a sentence that opens on the question its subject was asked, with "he" or "she" in it, then
# the subject's name and its verb (group 1 the pronoun, group 2 the surname)
PRONOUN_OF_AN_OPENING_QUESTION = re.compile(
    r"(?:^|[.!?][”’\"']?[ \t]+|\n)(?:Asked|Pressed|Questioned)\b[^.;:!?“”\"\n]{0,120}?\b(he|she)\b[^.;:!?“”\"\n]{0,120}?,[ \t]+"
    r"(?:[A-Z][\w.’'\-]*[ \t]+){0,3}([A-Z][\w’'\-]+)(?:,[^,.;\n]{1,30},)?[ \t]+[a-z]"
)
RELATION_BEFORE_A_NAME = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:late\s+|former\s+|longtime\s+)?([a-z]+),?\s+(?:[A-Z][a-z]*\.\s+)?([A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+)"
)


def stated_gender(name: str, role: str) -> str:
    """A person's gender from an honorific or gendered role word before the name ("Mrs.",
    "Councilwoman"), else from a common first name; "" when neither tells."""
    lex = load_lexicon()
    # only the role's own head words: in "a nurse who came with her son" or "a friend of his
    # wife" the relation word after a relative pronoun or preposition is somebody else
    own = _role_modifier_starts(rules_dir_key()).split(role, maxsplit=1)[0]
    for word in reversed(own.split()):
        if word in lex.gender_words:
            return lex.gender_words[word]
    if not name:
        return ""
    return _gender_of_first_name(name.split()[0], lex)


def _gender_of_first_name(first: str, lex: Lexicon) -> str:
    """A first name's gender from the lists, "" when they do not know it."""
    # (the name lists spell without accents: "Jörg" is looked up as Jorg, "Inés" as Ines)
    plain = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode("ascii")
    return first_name_gender(first, lex) or lex.census_first_name_gender.get(plain, "")


# a Cantonese or Korean given name of two syllables joined by a hyphen, written after the
# surname ("Sandy Kwok Wing-sze", "Edmund Ip Chun-hei", "Kim Min-jun")
JOINED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def bearing_surname(people: list[tuple[str, int, str]], surname: str) -> list[tuple[str, int, str]]:
    """Those of PEOPLE whose name ends in SURNAME or, when none does, whose name ends in it
    and a suffix or a joined given name ("Ruiz" is Darnell T. Ruiz Jr., "Kwok" is Sandy Kwok
    Wing-sze; "Trump" is Donald Trump before his son)."""
    exact = [p for p in people if p[0].split()[-1] == surname]
    return exact or [
        p
        for p in people
        if (p[0].split()[-1] in wl.NAME_SUFFIXES or JOINED_GIVEN_NAME.fullmatch(p[0].split()[-1])) and p[0].split()[-2:-1] == [surname]
    ]


def suffixed_bearers(by_word: dict[str, list[tuple[str, int, str]]], surname: str) -> list[tuple[str, int, str]]:
    """Those whose name ends in SURNAME and a suffix ("Gordon P. Ross III" for "Ross"), looked
    up under the suffix: by_word files a name under its last word."""
    return [p for suffix in wl.NAME_SUFFIXES for p in by_word.get(suffix.rstrip("."), []) if p[0].split()[-2:-1] == [surname]]


def last_with_surname(people: list[tuple[str, int, str]], surname: str, pos: int) -> str:
    """The last person first named before POS whose name ends in SURNAME, or ""."""
    return next((name for name, at, _ in reversed(people) if at < pos and name.split()[-1] == surname), "")


@functools.cache
def _role_modifier_starts(rules_key: str) -> re.Pattern:
    """Where a role's own words end (role_modifier_starts in the lexicon)."""
    return re.compile(r"\b(?:" + "|".join(sorted(wl.ROLE_MODIFIER_STARTS)) + r")\b")


@functools.cache
def _nickname_patterns(rules_dir: str) -> tuple[re.Pattern, ...]:
    word = rf"(?:{NAME_PREFIX})?[{UPPER}][\w’'\-]+"
    particles = "|".join(sorted(wl.NAME_PARTICLES, key=len, reverse=True))
    name = rf"{word}(?:[ \t]+(?:(?:{particles})[ \t]+)*{word}){{1,4}}"
    nick = rf"{word}(?:[ \t]+(?:(?:{particles})[ \t]+)?{word}){{0,2}}"
    where = r"(?:(?:to|around|throughout|in|across|among|at)[ \t]+(?:[\w’'\-]+[ \t]+){0,4}?)?(?:simply[ \t]+)?"
    return (
        # "Lázaro Benedito Costa, 78, known around the square as Seu Lázaro"
        re.compile(rf"(?P<full>{name}),(?:[ \t]+\d{{1,3}},)?[ \t]+(?:who[ \t]+is[ \t]+)?known[ \t]+{where}as[ \t]+[\"“]?(?P<nick>{nick})"),
        # "Bolacha, the 31-year-old striker whose real name, Renan da Silva Pacheco, …"
        re.compile(
            rf"(?P<nick>{nick}),[^.;\n]{{0,80}}?\bwhose[ \t]+(?:real|full|given|legal)[ \t]+name,?[ \t]+(?:is[ \t]+)?(?P<full>{name})"
        ),
        # "Nenê do Posto, born Antônio Carlos Ribeiro,"
        re.compile(rf"(?P<nick>{nick}),[ \t]+born[ \t]+(?P<full>{name})\b"),
    )


def nicknames(text: str) -> dict[str, str]:
    """The full name each name the article says a person goes by stands for ("Lázaro Benedito
    Costa, known around the square as Seu Lázaro"; "Bolacha, whose real name, Renan da Silva
    Pacheco, …"; "Nenê do Posto, born Antônio Carlos Ribeiro"): the nickname is then that
    person, not a name of its own."""
    out: dict[str, str] = {}
    for pattern in _nickname_patterns(rules_dir_key()):
        for m in pattern.finditer(text):
            if m.group("nick") != m.group("full") and not m.group("nick").startswith(m.group("full")):
                out.setdefault(m.group("nick"), m.group("full"))
    return out


def people_by_word(people: list[tuple[str, int, str]], text: str = "") -> dict[str, list[tuple[str, int, str]]]:
    """The people of an article under their first and their last word, each list in order of
    first mention: a bare surname ("Mora") looks up its candidates instead of scanning everyone.
    A name with a suffix is also under its surname when TEXT uses that surname only after
    introducing the name ("Darnell T. Ruiz Jr. … Ruiz said"; not "Mr. Trump … Donald Trump Jr.",
    where the surname is the father's before the son is named)."""
    by_word: dict[str, list[tuple[str, int, str]]] = {}
    lex = load_lexicon()
    for person in people:
        words = person[0].split()
        keys = [words[-1].rstrip("."), words[0]]
        suffixed = len(words) >= 3 and words[-1] in wl.NAME_SUFFIXES
        first_use = re.search(rf"\b{re.escape(words[-2])}\b", text) if suffixed and text else None
        if (suffixed and first_use is not None and first_use.start() >= person[1]) or (
            len(words) >= 3 and JOINED_GIVEN_NAME.fullmatch(words[-1])
        ):
            # "Darnell T. Ruiz Jr." is "Ruiz" on second mention, and "Sandy Kwok Wing-sze" is "Kwok"
            keys.append(words[-2])
        if (
            len(words) == 3
            and _gender_of_first_name(words[0], lex)
            and re.fullmatch(r"[A-Z][a-zà-ÿ]{2,}", words[1])
            and not _gender_of_first_name(words[1], lex)
            and words[2].rstrip(".") not in wl.NAME_SUFFIXES
        ):
            # "Andrés Paredes Lima" is "Paredes" on second mention: a first surname before the
            # second (not "Donald Trump Jr." nor "Mary Beth Lund")
            keys.append(words[1])
        for word in dict.fromkeys(keys):
            by_word.setdefault(word, []).append(person)
    return by_word


# a capitalised name spelt out, then its acronym in parentheses: "Independent Electoral and
# Boundaries Commission (IEBC)"
ACRONYM_IN_PARENTHESES = re.compile(r"\(([A-Z]{2,8})\)")
NAME_BEFORE_ACRONYM = re.compile(r"((?:[A-Z][\w’'\-.]*[ \t]+(?:(?:of|and|for|the|on|&)[ \t]+)*){1,8})$")


def acronyms_spelled_out(text: str) -> dict[str, str]:
    """Acronyms the article spells out, and their names, when the acronym's letters are the
    initials of the name's capitalised words ("IEBC" -> "Independent Electoral and Boundaries
    Commission")."""
    found = {}
    for acronym in ACRONYM_IN_PARENTHESES.finditer(text):
        m = NAME_BEFORE_ACRONYM.search(text, max(0, acronym.start() - 120), acronym.start())
        if m is None:
            continue
        letters = acronym.group(1)
        words = m.group(1).split()
        capitals = [w for w in words if w[:1].isupper()]
        while capitals and "".join(w[0] for w in capitals) != letters and len(capitals) > len(letters):
            words = words[words.index(capitals[0]) + 1 :]  # "The Independent …": the name starts later
            capitals = capitals[1:]
        if "".join(w[0] for w in capitals) == letters:
            found[letters] = " ".join(words)
    return found


def full_name(s: Speaker, by_word: dict[str, list[tuple[str, int, str]]], gender_of: dict[str, str] | None = None, text: str = "") -> str:
    """The full name a one-word mention stands for; GENDER_OF (what the article says of each
    person's gender) lets "Ms. Harlan" pass over a husband who shares her surname, and TEXT
    lets a bare surname find the relative its paragraph has just named."""
    parts = s.name.split()
    if 2 <= len(parts) <= 3 and parts[0].lower() in wl.NAME_PARTICLES and all(p.lower() in wl.NAME_PARTICLES for p in parts[:-1]):
        # "Van Doorn" opening a sentence is the surname of "Pieter van Doorn", "Van der Steen"
        # of "Marijke van der Steen"
        # ("Ms Ní Bhriain" is Fionnuala Ní Bhriain: an Irish particle keeps its capital)
        surname = " " + " ".join(parts).lower()
        full = [m[0] for m in by_word.get(parts[-1], []) if m[0].lower().endswith(surname) and m[1] < s.mention_start]
        return full[-1] if full else s.name
    if len(parts) >= 2:
        return _fuller_name(s, by_word) or s.name
    if parts[0].isupper() and len(parts[0]) > 2:
        parts = [parts[0].title()]  # a transcript's "BRANDVOLD:" is Brandvold
    matches = by_word.get(parts[0], [])
    if not matches:
        return s.name
    # a surname is a surname first: "Pell" is Dana Pell before it is Pell University (but
    # "SkyBridge", with no one of that surname, is still SkyBridge Airlines)
    surnamed = [m for m in matches if m[0].split()[-1] == parts[0]]
    if not any(m[1] < s.mention_start for m in surnamed):
        # (or the first of two surnames, when no one named before has it as the last: "Delia
        # Ortega Ruiz … Ortega said", though a Marisol Ortega comes later)
        surnamed = [m for m in matches if m[1] < s.mention_start and len(m[0].split()) == 3 and m[0].split()[1] == parts[0]] or surnamed
    matches = surnamed or matches
    # "Mrs. Quintero" among a family of Quinteros: not one of its men; of the rest, the one
    # introduced last before the mention (a relative is named in full just before)
    # (the mention's own honorific first: a role may be a clause, "who rarely speaks publicly")
    honorific = stated_gender("", s.mention) or stated_gender("", s.role)
    if honorific:
        # (a man with a suffix is a bearer too, though the surname was a relative's first:
        # "Marla Ross … Gordon P. Ross III … Mr. Ross wrote" is Gordon P. Ross III)
        suffixed = [p for p in suffixed_bearers(by_word, parts[0]) if p not in matches]
        matches = sorted(matches + suffixed, key=lambda m: m[1]) if suffixed and matches else matches
    if honorific and len(matches) > 1:
        stated = {m[0]: (gender_of or {}).get(m[0]) or stated_gender(m[0], m[2]) for m in matches}
        fitting = [m for m in matches if stated[m[0]] in ("", honorific)]
        # (one whose own first name or title tells the same gender comes before an unknown one)
        fitting = [m for m in fitting if stated[m[0]] == honorific] or fitting
        recent = [m for m in fitting if m[1] < s.mention_start]
        if recent:
            return recent[-1][0]
        matches = fitting or matches
    if honorific and all(((gender_of or {}).get(m[0]) or stated_gender(m[0], m[2])) not in ("", honorific) for m in matches):
        # "Mrs. Wexford" where every Wexford named in full is a man: his wife, or another
        # relative, whom the article names no further than this
        return s.mention
    # (a role's own words only: "who has run a bakery for a decade" shares its "who" with
    # any other clause, and names no office)
    title_words = set(_role_words(s.role)) | set(s.mention.split()[:-1])
    by_title = [m for m in matches if title_words & set(_role_words(m[2])) - UNTITLED_WORDS]
    if by_title:
        return by_title[0][0]
    before = [m for m in matches if m[1] < s.mention_start]
    if text and len(before) > 1 and s.mention.split()[-1:] == parts and (latest := _named_as_a_subject_last(text, before, s.mention_start)):
        return latest
    return (before or matches)[0][0]


# what may open a sentence before the name that is its subject: nothing, or a relation set
# off by commas ("Her mother, Marisol Andrade, said"; "His brother, prop Josh Tavake, will")
SUBJECT_LEAD = re.compile(r"(?:\A|[.!?][\"”’']?\s+)(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z]+(?:\s+[a-z]+)?,\s+(?:[a-z]+\s+)?)?\Z")


def _named_as_a_subject_last(text: str, candidates: list[tuple[str, int, str]], pos: int) -> str:
    """Of several people who share a surname, the one its paragraph last names in full as a
    sentence's subject before POS, or "". Writers use the bare surname for the relative they
    have just brought in to speak ("Josh Tavake, who sat beside the coach, said … “…,” Tavake
    said"); a relative named in passing ("with her brother, Niko Petrakis,") is not meant."""
    # (a paragraph of a few thousand characters at most: an article with no line breaks is
    # not read from its start for every mention)
    start = max(text.rfind("\n", 0, pos) + 1, pos - PARAGRAPH_READ_CHARS)
    latest = (-1, "")
    for name, _, _ in candidates:
        for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text[start:pos]):
            at = start + m.start()
            # (only the words just before it can open its sentence; a window that does not reach
            # the paragraph's start must show a sentence's end)
            lead = text[max(start, at - SUBJECT_LEAD_CHARS) : at]
            if SUBJECT_LEAD.search(lead if at - SUBJECT_LEAD_CHARS <= start else "x" + lead):
                latest = max(latest, (m.start(), name))
    return latest[1]


PARAGRAPH_READ_CHARS = 5000
SUBJECT_LEAD_CHARS = 80  # longer than "Her older brother, prop " and a sentence's end before it


UNTITLED_WORDS = frozenset({"Former", "former", "a", "an", "the", "A", "An", "The", "and", "his", "her", "His", "Her"})


def _role_words(role: str) -> list[str]:
    """The words of a role before its modifiers start ("the board chair" of "the board chair,
    who …"); a role that is a relative clause has none."""
    return _role_modifier_starts(rules_dir_key()).split(role, maxsplit=1)[0].split()


PATRONYMIC_LINKS = ("bin", "binti", "bint", "ibn")  # "son of", "daughter of" inside a name


def _fuller_name(s: Speaker, by_word: dict[str, list[tuple[str, int, str]]]) -> str:
    """The one fuller name introduced before a name of two or more words that it begins
    with one more word ("Nurul Izzati" after "Nurul Izzati Kamaruddin", as Malay and
    Indonesian copy shortens a name), or ""; never a suffix ("Donald Trump" is not "Donald
    Trump Jr.") nor a body ("Hillary Clinton Foundation")."""
    longer = {
        p[0]
        for p in by_word.get(s.name.split()[0], [])
        if p[1] < s.mention_start
        and p[0].startswith(s.name + " ")
        and len(p[0].split()) == len(s.name.split()) + 1
        and p[0].split()[-1] not in wl.NAME_SUFFIXES
        and not names_a_body(p[0], load_lexicon())
    }
    # (or the person's name as the article reads it, when the mention holds it whole: "Senior
    # Minister of State Koh Li Ping" is Koh Li Ping, whom it calls "Mr Koh")
    longer |= {p[0] for p in by_word.get(s.name.split()[-1], []) if p[0].endswith(" " + s.name) and p[0] in s.mention}
    # (or a given name and two surnames, called by the surnames: "Tomás Ortega Villalba … Ortega
    # Villalba said", as Spanish copy does)
    if not longer and len(s.name.split()) == 2:
        longer = {
            p[0]
            for p in by_word.get(s.name.split()[-1], [])
            if p[1] < s.mention_start and len(p[0].split()) >= 3 and p[0].endswith(" " + s.name) and not names_a_body(p[0], load_lexicon())
        }
    # (or a Malay name called by its given names, "Ahmad Faizal" for Ahmad Faizal bin Hashim)
    if not longer:
        count = len(s.name.split())
        longer = {
            p[0]
            for p in by_word.get(s.name.split()[0], [])
            if p[1] < s.mention_start
            and p[0].startswith(s.name + " ")
            and len(p[0].split()) == count + 2
            and p[0].split()[count] in PATRONYMIC_LINKS
        }
    return longer.pop() if len(longer) == 1 else ""


NICKNAME_INSIDE_A_NAME = re.compile(r"(?<=[a-z]\s)[\"“'‘][A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)?[\"”'’](?=\s[A-Z])")


def a_person_word(head: str) -> bool:
    """Whether a noun names a person by role or relation ("aide", "senator", "husband")."""
    return head in wl.union("person_heads", "anonymous_heads", "gender_words")
