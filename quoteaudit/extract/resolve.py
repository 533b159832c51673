"""In-article resolution: one name per person ("Mora" = "Frank Mora", "he" = the nearest
compatible person), "the official" to the source introduced before, and NER where the engine
has it."""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from quoteaudit.extract import wordlists as wl
from quoteaudit.extract.cues import CLAUSE_OPENER, clause_with_own_subject, cue_re, looks_like_cue
from quoteaudit.extract.mentions import (
    NAME_PREFIX,
    PARTY_TAG,
    POSSESSIVE_TAIL,
    SURNAME_BY_RANK,
    _is_abbreviation,
    classify,
    first_name_gender,
    head_noun,
    is_title_case_line,
    make_speaker,
    names_a_body,
    np_left,
    opens_with_a_participle,
    role_after,
    split_name,
)
from quoteaudit.extract.sentences import SentenceIndex
from quoteaudit.extract.subjects import NAME_GIVEN_AFTER, main_subject, subject_before
from quoteaudit.extract.wordlists import Lexicon, load_lexicon
from quoteaudit.models import Annotation, Entity, Speaker, SpeakerKind
from quoteaudit.rules import abbreviations, default_rules_dir, rules_dir_key

ENTITY_KINDS = {"PERSON": SpeakerKind.NAMED, "ORG": SpeakerKind.ORGANIZATION, "NORP": SpeakerKind.GROUP, "GPE": SpeakerKind.ORGANIZATION}


@dataclass(frozen=True)
class EntityIndex:
    """An annotation's entities of the kinds that can speak, sorted by start offset, so a
    mention finds the ones inside it by bisection instead of scanning them all (linear cost
    in articles with many entities and quotes)."""

    starts: tuple[int, ...]
    entities: tuple[tuple[int, Entity], ...]  # (position in the annotation, entity), by start

    @classmethod
    def of(cls, annotation: Annotation) -> EntityIndex:
        kept = sorted(((e.start, i, e) for i, e in enumerate(annotation.entities) if e.type in ENTITY_KINDS), key=lambda t: t[0])
        return cls(tuple(start for start, _, _ in kept), tuple((i, e) for _, i, e in kept))

    def inside(self, start: int, end: int) -> list[Entity]:
        """The entities within [start, end), in the annotation's order."""
        found = []
        for k in range(bisect_left(self.starts, start), len(self.starts)):
            if self.starts[k] >= end:
                break
            i, e = self.entities[k]
            if e.end <= end:
                found.append((i, e))
        return [e for _, e in sorted(found, key=lambda t: t[0])]


def with_entities(speaker: Speaker | None, entities: EntityIndex, text: str = "") -> Speaker | None:
    """With NER, the entity that heads a mention settles its kind and name: "Breitbart
    News" is an organisation, "Spokesman Jim Smith" is the person Jim Smith. An entity that
    only modifies the head settles nothing: "Trump's attorney" is not Trump, "Clinton aides"
    are not Clinton, and "the Sanders campaign" is a campaign (TEXT, the article, shows
    where the mention's head is; without it every entity inside counts)."""
    if speaker is None or not entities.starts or speaker.kind in (SpeakerKind.PRONOUN, SpeakerKind.ANONYMOUS):
        return speaker
    inside = entities.inside(speaker.mention_start, speaker.mention_end)
    if text:
        inside = [e for e in inside if _heads_the_mention(text, e, speaker.mention_end)]
    if not inside:
        return speaker
    people = [e for e in inside if e.type == "PERSON"]
    entity = people[-1] if people else inside[-1]
    kind = ENTITY_KINDS[entity.type]
    name = entity.text if kind is SpeakerKind.NAMED else re.sub(r"^[Tt]he\s+", "", entity.text)
    return replace(speaker, kind=kind, name=name, method=speaker.method + "+ner")


def _heads_the_mention(text: str, entity: Entity, mention_end: int) -> bool:
    """Whether ENTITY ends the mention (but for closing punctuation or an appositive after
    a comma), so that it is the mention's head and not a possessor or modifier of it."""
    rest = text[entity.end : mention_end]
    return not rest.strip(" .,’'\"”)") or rest.lstrip().startswith(",")


# Capital letters of the Latin alphabets, accented ones too ("Étienne", "Łukasz", "Željko"):
# names start with them as surely as with A-Z.
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"


def name_in_text() -> re.Pattern:
    """A capitalised run of two to eight words, particles ("de", "van") allowed inside (titles
    before a name take up to six: "Orvanian Foreign Minister Dariusz Welk", "Brennan City
    Education Association President Yolanda Brice")."""
    return _name_in_text(str(default_rules_dir()))


@functools.cache
def _name_in_text(rules_dir: str) -> re.Pattern:
    return re.compile(
        rf"\b([{UPPER}][\w’'\-]+(?:[ \t]+(?:[{UPPER}]\.|(?:{NAME_PREFIX})?[{UPPER}][\w’'\-]+|(?:"
        + "|".join(sorted(wl.NAME_PARTICLES, key=len, reverse=True))
        + r")\b)){1,7})"
    )


def in_a_quote(quoted: Sequence[tuple[int, int]], quote_starts: Sequence[int], pos: int) -> bool:
    """Whether POS lies inside one of the QUOTED spans (sorted, with their QUOTE_STARTS)."""
    i = bisect_right(quote_starts, pos) - 1
    return i >= 0 and pos < quoted[i][1]


# a full name in the possessive opening a longer run of capitals (group 1 the name)
OWNER_INSIDE_A_RUN = re.compile(r"((?:[A-Z][\w\-]*[ \t]+){1,2}[A-Z][\w\-]*)(?:’s|'s)[ \t]+[A-Z]")


def _capitals_opening_a_lede(text: str, at: int, parts: list[str], lex: Lexicon) -> bool:
    """Whether a name in capitals at AT opens a paragraph that goes on in lower case with a
    first name the lists know ("LORCAN MABRY stormed out of …"), as tabloids open a story;
    a line all in capitals is a headline and names nobody this way."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return (
        not text[line_start:at].strip()
        and 2 <= len(parts) <= 3
        and bool(first_name_gender(parts[0].title(), lex))
        and len(re.findall(r"\b[a-z]{3,}\b", line)) >= 3
    )


def people_in(text: str, quoted: Sequence[tuple[int, int]] = ()) -> list[tuple[str, int, str]]:
    """Full names (two or more capitalised words) in order of first mention, with the
    title words before them: the candidates a bare surname or pronoun may refer to. Names
    inside the QUOTED spans (sorted) are left out: a tour called “Midnight Drive” or a name
    someone calls out is nobody the reporter introduces."""
    quote_starts = [a for a, _ in quoted]
    lex = load_lexicon()
    seen: dict[str, tuple[str, int, str]] = {}
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
        if _on_a_title_case_line(text, m.start(), headline_lines):
            continue  # "Trump Declares …": in a headline every word is capitalised, names end nowhere
        # (a possessor is still a person introduced: "Maud Fennimore’s novel", and so is one
        # inside a run of capitals: "Aurelio Mancuso-Kane’s Deputy Rhys Callow")
        possessor = OWNER_INSIDE_A_RUN.match(m.group(1))
        if possessor and _gender_of_first_name(possessor.group(1).split()[0], lex):
            seen.setdefault(possessor.group(1), (possessor.group(1), m.start(), ""))
        name, role = split_name(POSSESSIVE_TAIL.sub("", m.group(1)))
        parts = name.split()
        if len(parts) > 2 and (
            parts[0].lower() in wl.union("CLAUSE_OPENERS", "QUESTION_OPENERS", "WORDS_BEFORE_A_NAME")
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
            kept = parts[-3:] if len(parts) > 2 and re.fullmatch(r"[A-Z]\.", parts[-2]) else parts[-2:]  # ("… James R. Clapper")
            # (the title and its portfolio are the role: "Minister of Trade", whom "the minister" names)
            portfolio_words = [*role.split(), *parts[: len(parts) - len(kept)]]
            role = " ".join([text[portfolio.start(1) : m.start()].strip(), *portfolio_words])
            parts = kept
            name = " ".join(parts)
        if len(parts) < 2 or any(p.lower() in lex.determiners for p in parts) or parts[0].lower() in wl.CLAUSE_OPENERS:
            continue
        if (
            parts[-1] in wl.PLACE_NAME_ENDS
            or parts[0] in wl.PLACE_NAME_STARTS
            or _a_place(name, text, m.end())
            # ("the lot in Caddo Bend": after a preposition of place, with no first name)
            or (PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not first_name_gender(parts[0], lex))
            # ("the private station Radio Lagune": an outlet's name after its kind)
            or (text[max(0, m.start() - 14) : m.start()].split()[-1:] or [""])[0] in wl.OUTLET_KINDS
        ):
            continue  # "Tern Street", "Alder Bridge", "South Florida", "Cypress Ferry, S.C.": a place
        # (a first name the census knows opens a person's name even so: "the Harlan Pruett we know")
        if THE_BEFORE.search(text, max(0, m.start() - 5), m.start()) and not (len(parts) == 2 and first_name_gender(parts[0], lex)):
            continue  # "the Blue Heron diner", "the Tri-County Feed & Supply": a place or a firm, no person
        if name.isupper() and _capitals_opening_a_lede(text, m.start(), parts, lex):
            # "LORCAN MABRY stormed out …": a tabloid sets the name opening its story in capitals
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
        opens = SENTENCE_END_BEFORE.search(text[max(0, lone.start() - 3) : lone.start()]) is not None
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
    # "Kylie and Jason Merritt": two first names share the surname after the second
    for m in COUPLE_SHARING_A_SURNAME.finditer(text):
        first, surname = m.group(1), m.group(3)
        if re.search(r"[A-Z][\w’'.\-]*[ \t]+$", text[max(0, m.start() - 30) : m.start()]):
            continue  # "Tom Kessler and Ana Paredes": the first word closes another name
        if first_name_gender(first, lex) and f"{m.group(2)} {surname}" in seen and not in_a_quote(quoted, quote_starts, m.start(1)):
            seen.setdefault(f"{first} {surname}", (f"{first} {surname}", m.start(1), seen[f"{m.group(2)} {surname}"][2]))
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
    return sorted(seen.values(), key=lambda person: person[1])


def _a_place(name: str, text: str, end: int) -> bool:
    """Whether a name is a state or country ("New Hampshire", "Sri Lanka"), or a town the
    state after its comma places ("Cypress Ferry, S.C.", "Fort Alder, Texas")."""
    forms = _state_forms(rules_dir_key())
    if name in forms or name.replace(" ", "+") in wl.COUNTRIES:
        return True
    # (the state closes a phrase: "Jo Hale, Ohio's attorney general" is a person)
    after = STATE_AFTER_A_COMMA.match(text, end)
    return after is not None and (after.group(1) in forms or after.group(1).rstrip(".") in forms)


@functools.lru_cache(maxsize=4)
def _state_forms(rules_key: str) -> frozenset[str]:
    """The states in full and in AP style ("South Carolina", "S.C."; not the postal codes:
    "ME" and "OR" are words too)."""
    return frozenset(form.replace("+", " ") for entry in wl.US_STATES for form in entry.split(":")[:2])


# a preposition of place right before a name ("in ", "near ")
# (not "at": "workers at Brannock Aerostructures" names a firm, which a short name may stand for)
PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w’'])(?:in|near|outside|across|around|toward|towards)[ \t]+$")

# one or two capitalised words after a name's comma that end a phrase ("…, S.C., she", "…,
# New Hampshire.")
STATE_AFTER_A_COMMA = re.compile(r",[ \t]+([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)??)(?=[,;:)]|\s*$|\.\s|(?<=\.)\s)", re.M)

# a title and the "for" or "of" that opens its portfolio, right before a capitalised run
TITLE_FOR_A_PORTFOLIO = re.compile(r"\b([A-Z][\w.\-]*)[ \t]+(?:for|of)[ \t]+$")


def _on_a_title_case_line(text: str, pos: int, judged: dict[int, bool]) -> bool:
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
COUPLE_SHARING_A_SURNAME = re.compile(r"\b([A-Z][a-z]+)[ \t]+and[ \t]+([A-Z][\w\-]+)[ \t]+([A-Z][\w’'\-]+)\b")
# "His wife, Roberta,": a relative of the last person named, by first name (group 1 the
# possessive, 2 the relation, 3 the first name)
# (a modifier or two may come first: "his 12-year-old daughter, Kinsley,")
PRONOUN_RELATIVE_BY_FIRST_NAME = re.compile(r"\b(His|Her|his|her)[ \t]+(?:[\w\-]+[ \t]+){0,2}?([a-z]+),[ \t]+([A-Z][a-z][\w\-]*)(?=,)")
# "the" right before a capitalised name: a place or firm ("the Blue Heron diner")
THE_BEFORE = re.compile(r"(?<![\w’'])the[ \t]+$")
# a capitalised word with an age set off by commas after it: "Earl, 71,", "Priya, 24, a graduate student"
# (or "Samir, a 61-year-old retired teacher")
# a possessive name, a word for a relative, then the relative's name: "Rosen’s father, "
RELATIVE_OF_THE_SUBJECT = re.compile(r"\W*([A-Z][\w’'\-. ]*?)[’']s?[ \t]+[a-z\-]+,[ \t]*")
# (the sentence start is checked after the match: a look-behind at every position is slow)
LONE_FIRST_NAME_OPENING = re.compile(r"\b([A-Z][a-z]+)[ \t]+([a-z]+)\b")
SENTENCE_END_BEFORE = re.compile(r"(?:^|\n|[.!?][\"”’']? )$")
AGED_FIRST_NAME = re.compile(r"(?<![\w’'.-])([A-Z][a-z][\w’'\-]*),[ \t]+(?:\d{1,3},|an?[ \t]+\d{1,3}-year-old)$")
AGE_AFTER_A_WORD = re.compile(r"(?<=[a-z]),[ \t]+(?:\d{1,3},|an?[ \t]+\d{1,3}-year-old\b)")  # (found first: few texts have one)


def resolve(text: str, speakers: list[Speaker | None], quoted: list[tuple[int, int]], sentences: SentenceIndex) -> list[Speaker | None]:
    """One name per person: surnames to the full name introduced first (or the one whose
    title matches the mention), pronouns to the nearest preceding named speaker of
    compatible gender, "the official"/"the same source" to the last anonymous speaker."""
    people = people_in(text, quoted)
    by_word = people_by_word(people)
    role_of = {n: r for n, _, r in people if r}
    quote_starts = [a for a, _ in quoted]  # sorted: quotes come in text order
    full_names = {n for n, _, _ in people}
    lex = load_lexicon()
    # what the article's own words say of each person's gender, before any pronoun does
    # ("Mr. Prather" anywhere tells Wendell Prather's, before a first name's census guess)
    gender_of: dict[str, str] = _honorific_genders(text, by_word)
    gender_of.update({n: g for n, _, r in people if n not in gender_of and (g := _stated_gender(n, r))})
    view = _InView(text, by_word, gender_of, quoted, sentences, quote_starts, full_names, people)
    out: list[Speaker | None] = []
    last_named: list[tuple[int, Speaker]] = []
    pronoun_chain: list[tuple[int, str]] = []  # (position, person) of each "he"/"she" resolved so far
    quoted_by_word: dict[str, list[tuple[str, int, str]]] | None = None  # names inside quotes too, read when needed
    quoted_words = ""  # the quotes' words, joined once when first needed
    last_anonymous: Speaker | None = None
    unnamed_sources: list[Speaker] = []
    last_company: tuple[int, str] | None = None
    issuer_of_document: dict[str, str] = {}  # document noun ("statement") -> who issued the last one resolved
    acronyms = _acronyms(text)
    resolved_at: dict[tuple[int, int], Speaker] = {}  # each mention's resolution, by its span

    def named_in_a_quote(s: Speaker) -> Speaker:
        """ "Pruett told reporters" where only someone's quote names "Harlan Pruett": the full
        name inside a quote, when the narrative gives none."""
        nonlocal quoted_words, quoted_by_word
        if " " in s.name or s.name in full_names or not s.name[:1].isupper():
            return s
        quoted_words = quoted_words or "\n".join(text[a:b] for a, b in quoted)
        if s.name not in quoted_words:
            return s
        quoted_by_word = quoted_by_word if quoted_by_word is not None else people_by_word(people_in(text))
        fuller = _full_name(s, quoted_by_word, gender_of)
        # (a first name the lists know opens it: "Call Dina" in a text message is no name)
        real = " " in fuller and fuller.split()[-1] == s.name and first_name_gender(fuller.split()[0], lex)
        return replace(s, name=fuller) if real else s

    for i, s in enumerate(speakers):
        if s is None:
            out.append(None)
            continue
        same_mention = resolved_at.get((s.mention_start, s.mention_end))
        if same_mention is not None:
            # a quote that inherits an earlier quote's mention ("“…,” he said. “…”") is the
            # same person: the mention is resolved once, not again with other quotes in view
            out.append(replace(s, name=same_mention.name, kind=same_mention.kind, role=s.role or same_mention.role))
            continue
        spelled_out = acronyms.get(re.sub(r"^[Tt]he\s+", "", s.name)) if acronyms else None
        if spelled_out and s.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION):
            # "the IEBC said", after "the Independent Electoral and Boundaries Commission (IEBC)"
            s = replace(s, kind=SpeakerKind.ORGANIZATION, name=spelled_out)
        if s.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION) and (opened := _body_it_opens(view, s)):
            # "Greystone Harbor said", after "Greystone Harbor Partners": the body's name cut short
            s = replace(s, kind=SpeakerKind.ORGANIZATION, name=opened)
        # unnamed people who reported just before: what "the executive" or "the diplomat" may be
        reporters = _unnamed_reporters_before(view, s.mention_start) if s.kind is SpeakerKind.ANONYMOUS else []
        if s.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION) and (body := _body_of_national_document(text, s)):
            # "The Dravenian Ministry of Foreign Affairs answered. “…,” the Dravenian statement
            # said": the body named before with that word opening its name issued it
            s = replace(s, kind=SpeakerKind.ORGANIZATION, name=body, role=s.role or s.mention)
        elif s.kind is SpeakerKind.NAMED:
            ranked = _ranked_family_member(text, s, by_word)
            s = (
                replace(s, name=ranked)
                if ranked
                else _headline_subject(text, s, by_word) or replace(s, name=_full_name(s, by_word, gender_of))
            )
            s = named_in_a_quote(s)
            if not s.role:
                s = replace(s, role=role_of.get(s.name, ""))
            # "said Mr. Pell": a speaker's own honorific tells a gender a one-word name cannot
            if gender := _stated_gender(s.name, f"{s.role} {s.mention}"):
                gender_of.setdefault(s.name, gender)
            last_named.append((s.mention_start, s))
        elif s.kind is SpeakerKind.PRONOUN and lex.pronoun_gender.get(s.mention.lower()) == "relative":
            antecedent = _relative_antecedent(text, s.mention_start)
            if antecedent is not None and antecedent.kind is not SpeakerKind.NAMED:
                antecedent = _person_described(text, antecedent, by_word) or antecedent
            if antecedent is not None:
                name = _full_name(antecedent, by_word) if antecedent.kind is SpeakerKind.NAMED else antecedent.name
                s = replace(s, name=name, role=s.role or antecedent.role)
        elif s.kind is SpeakerKind.PRONOUN and s.mention.lower() == "it":
            # "The Debate Commission, which runs the events, “…,” it said": a body named as the
            # subject of this sentence or the one before; never a person
            if writer := _writer_just_before(view, s):
                s = replace(s, kind=SpeakerKind.NAMED, name=writer)  # "Ada Roy wrote a letter. It reads:"
            elif body := _company_meant(view, s.mention_start, last_company, any_body=True, sentences=2):
                s = replace(s, name=body)
        elif s.kind is SpeakerKind.PRONOUN:
            gender = lex.pronoun_gender.get(s.mention.lower(), "")
            candidate = _antecedent(view, s.mention_start, gender, last_named, _asker(text, quoted, out, i))
            if gender != "first":  # (the writer's "I" is nobody named after it either)
                candidate = (
                    candidate
                    or _chained(pronoun_chain, s.mention_start, gender, gender_of)
                    or _named_soon_after(text, s.mention_end, gender)
                    or _subject_after_its_participle(view, s, gender)
                    or _named_earlier_in_the_headline(view, s, gender)
                )
            if candidate:
                # (a resolution does not fix the person's gender: one wrong "he" would then
                # send every later "she" past them)
                s = named_in_a_quote(replace(s, name=candidate))
                if gender in ("male", "female"):
                    pronoun_chain.append((s.mention_start, candidate))
        elif (
            s.kind is SpeakerKind.ANONYMOUS
            and (described := _described_person(text, s, people))
            # (a name the mention's own aside gives needs no check: "said the woman, who gave
            # her name only as Marisol")
            and (NAME_GIVEN_AFTER.match(text, s.mention_end) is not None or not _unnamed_source_nearer(s, described, people, reporters))
        ):
            # "the senator said", after "Sen. Patricia Okonjo …": the person introduced so
            s = replace(s, kind=SpeakerKind.NAMED, name=described, role=s.role or s.mention)
            last_named.append((s.mention_start, s))
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and (owner := _body_owning_a_document(s.mention)):
            # "The Office for Budget Responsibility's accompanying report": the body that owns it
            s = replace(s, kind=SpeakerKind.ORGANIZATION, name=owner, role=s.role or s.mention)
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and (kind_of_body := _body_kind_before_a_document(s.mention)):
            # "An institute report found …": the institute the article named last
            if body := _company_meant(view, s.mention_start, last_company, kind_of_body if kind_of_body in wl.PUBLIC_BODY_KINDS else ""):
                s = replace(s, kind=SpeakerKind.ORGANIZATION, name=body, role=s.role or s.mention)
        elif s.kind is SpeakerKind.ORGANIZATION and (longer := _named_in_full_before(view, s)):
            # "The Comets said", after "The Columbus Comets signed …": the longer name the
            # article gave first
            s = replace(s, name=longer, role=s.role or s.mention)
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and (body := _body_by_its_tail(view, s)):
            # "the sheriff’s office wrote", after "the Ochoa County Sheriff’s Office announced":
            # the body whose name ends in the description's words
            s = replace(s, kind=SpeakerKind.ORGANIZATION, name=body, role=s.role or s.mention)
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and (kind := _kind_spoken_of(s.mention)):
            # "Veltro Foods will close the plant, the company said": the company named last;
            # "the ministry said": the body named last with "Ministry" in its name
            # (an unnamed-looking "The department’s notice" speaks for that body too)
            kind_word = kind if kind in wl.PUBLIC_BODY_KINDS else ""
            if kind in wl.ANY_BODY_KINDS:
                company = _body_named_last(view, s.mention_start)
            else:
                company = _company_meant(view, s.mention_start, last_company, kind_word, company_word=kind)
            if company:
                s = replace(s, kind=SpeakerKind.ORGANIZATION, name=company)
        elif (
            s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS)
            and (owned_by := SURNAME_OWNER.fullmatch(s.mention))
            and owned_by.group(2).split()[-1] in lex.organization_heads  # (not "Abernathy's spokesperson": a person unnamed)
            and (owner_name := _full_name(replace(s, name=owned_by.group(1), mention=owned_by.group(1)), by_word, gender_of))
            != owned_by.group(1)
        ):
            # "Hale’s office said": the office of the Corbin Hale the article introduced
            # ("Farraday's analysis said": a document speaks for its author, who is the name shown)
            document = owned_by.group(2).split()[-1] in wl.union("ISSUER_DOCUMENTS", "ISSUED_DOCUMENTS")
            if document:
                s = replace(s, kind=SpeakerKind.NAMED if owner_name in full_names else s.kind, name=owner_name, role=s.role or s.mention)
            else:
                s = replace(s, name=f"{owner_name}’s {owned_by.group(2)}", role=s.role or s.mention)
        elif (
            s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS)
            and body_document().fullmatch(s.mention)
            and (issuer := _company_meant(view, s.mention_start, last_company, any_body=True, sentences=2))
        ):
            # "The Justice Department sued in April. Its complaint describes …": the body's document
            s = replace(s, name=issuer, role=s.role or s.mention)
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and (owned := person_document().fullmatch(s.mention)):
            # "“…,” his statement read": the statement's owner is the person the "his" stands for
            owner = _antecedent(view, s.mention_start, lex.pronoun_gender.get(owned.group(1).lower(), ""), last_named)
            if owner:
                s = replace(s, kind=SpeakerKind.NAMED, name=owner, role=s.role or s.mention)
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and (issuer_in_aside := _issuer_in_role(s)):
            # "The seasonal outlook, issued by the Rocky Range Coordination Center, said": the
            # aside names who issued what speaks
            s = replace(s, kind=SpeakerKind.ORGANIZATION, name=issuer_in_aside)
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and (document_issuer := _document_issuer(text, s)):
            # "A report from the Office of Inspector General … “…,” the report states": the
            # document's own earlier mention names who issued it, a body or a person
            issuer_name = document_issuer[1]
            if document_issuer[0] is SpeakerKind.NAMED:  # "In a statement, Pemberton said": Howard Pemberton
                issuer_name = _full_name(replace(s, name=issuer_name, mention=issuer_name), by_word, gender_of)
            s = replace(s, kind=document_issuer[0], name=issuer_name, role=s.role or s.mention)
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and issued_document().fullmatch(s.mention):
            # "Coolabah Resources said …. “…,” the statement said": a statement, filing or
            # memo speaks for the body that issued it, the one named last
            # (only a body that is the subject of this sentence or the one before: further back,
            # another body may have spoken since)
            if issuer := _company_meant(view, s.mention_start, None, any_body=True, sentences=2):
                s = replace(s, name=issuer, role=s.role or s.mention)
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and (writer := _writer_just_before(view, s)):
            # "Fenwick replied 11 minutes later. “…,” the email reads": who just wrote it
            s = replace(s, kind=SpeakerKind.NAMED, name=writer, role=s.role or s.mention)
        elif s.kind is SpeakerKind.ORGANIZATION and s.name[:1].isupper() and s.name.split()[0].lower() not in lex.determiners:
            last_company = (s.mention_start, s.name)  # "Veltro Foods said", "the Ministry of Water said" (not "An internal memo")
        elif s.kind in (SpeakerKind.ANONYMOUS, SpeakerKind.GROUP) and (renamed := _named_in_the_next_sentence(view, s)):
            # "“…,” the county’s chief election officer said. The official, Lucinda Farrow-Obi, …"
            s = replace(s, kind=SpeakerKind.NAMED, name=renamed, role=s.role or s.mention)
            last_named.append((s.mention_start, s))
        elif (
            s.kind is SpeakerKind.ANONYMOUS
            and _race_epithet(s.mention)
            and (candidate := _antecedent(view, s.mention_start, "any", last_named))
        ):
            # "Gov. Marisol Ortega told supporters … “…,” the Union nominee said": a party's
            # nominee or candidate, described by no one introduced so, is the person in view
            s = replace(s, kind=SpeakerKind.NAMED, name=candidate, role=s.role or s.mention)
            last_named.append((s.mention_start, s))
        elif s.kind is SpeakerKind.ANONYMOUS and (subject_before := _described_subject_just_before(view, s)):
            # "Harlan Voss has understood this from the start. At a rally …, the Kansas governor
            # told …": a modified description right after a sentence about one named person,
            # with no one else named between, stands in for that person
            s = replace(s, kind=SpeakerKind.NAMED, name=subject_before, role=s.role or s.mention)
            last_named.append((s.mention_start, s))
        elif (owned := OWNED_CAMPAIGN.fullmatch(s.mention)) and (
            owner := _antecedent(view, s.mention_start, lex.pronoun_gender.get(owned.group(1).lower(), ""), last_named)
        ):
            # "Mara Whitcombe spoke in Dayton. Her campaign called it “a smear.”": the campaign of
            # the person the pronoun stands for
            s = replace(s, kind=SpeakerKind.ORGANIZATION, name=f"{owner.split()[-1]} campaign", role=s.role or s.mention)
        elif s.kind is SpeakerKind.ANONYMOUS and (epithet := STAND_IN_EPITHET.fullmatch(s.mention)):
            # "Grace Nwosu lost her home. “…,” the 54-year-old said", "the mum-of-two": an age
            # or family epithet stands in for the person the story is about, as a pronoun does
            # ("the 54-year-old grandmother": the last word may tell the gender too)
            gender = lex.gender_words.get(epithet.group(1) or s.mention.split()[-1], "any")
            if candidate := _person_of_age(text, s.mention, people, s.mention_start) or _antecedent(
                view, s.mention_start, gender, last_named
            ):
                s = replace(s, kind=SpeakerKind.NAMED, name=candidate, role=s.role or s.mention)
                last_named.append((s.mention_start, s))
        elif s.kind is SpeakerKind.ANONYMOUS:
            earlier = _same_unnamed_source(s.mention, sorted([*unnamed_sources, *reporters], key=lambda e: e.mention_start), last_anonymous)
            if earlier is not None:
                s = replace(s, name=earlier.name)
            elif head_noun(s.mention.lower().split()) in wl.union("anonymous_heads", "person_heads"):
                last_anonymous = s  # (only a person: "the line's western section" is no source)
                unnamed_sources.append(s)
        document_noun = DOCUMENT_NOUN.fullmatch(s.mention)
        if document_noun and document_noun.group(1).lower() in wl.union("ISSUER_DOCUMENTS", "ISSUED_DOCUMENTS"):
            noun = document_noun.group(1).lower()
            if s.name[:1].isupper() and s.name != s.mention:
                issuer_of_document[noun] = s.name
            elif noun in issuer_of_document:
                # "The written statement … said …. The statement said …": the same document again
                s = replace(s, kind=SpeakerKind.ORGANIZATION, name=issuer_of_document[noun], role=s.role or s.mention)
        out.append(s)
        resolved_at[(s.mention_start, s.mention_end)] = s
    return out


HONORIFIC_SURNAME = re.compile(r"\b(Mrs|Mr|Ms|Miss)\.?[ \t]+([A-Z][\w\-]*(?:[’'](?!s\b)[\w\-]+)?)")


def _honorific_genders(text: str, by_word: dict[str, list[tuple[str, int, str]]]) -> dict[str, str]:
    """Full name -> gender for each person the article calls "Mr."/"Ms." anywhere, even
    where they do not speak ("Mr. Prather’s campaign manager"): the surname must belong
    to one person only, and every honorific used for it must agree."""
    gender_words = load_lexicon().gender_words
    seen: dict[str, set[str]] = {}
    for m in HONORIFIC_SURNAME.finditer(text):
        people = {p[0] for p in by_word.get(m.group(2), []) if p[0].split()[-1] == m.group(2) and len(p[0].split()) >= 2}
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
    return {name: genders.pop() for name, genders in seen.items() if len(genders) == 1}


RELATION_BEFORE_A_NAME = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:late\s+|former\s+|longtime\s+)?([a-z]+),?\s+(?:[A-Z][a-z]*\.\s+)?([A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+)"
)


def _stated_gender(name: str, role: str) -> str:
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


def _unnamed_reporters_before(view: _InView, pos: int) -> list[Speaker]:
    """Unnamed people who report something in the sentences just before POS ("A diplomat
    who requested anonymity said …"), though no quote of theirs came yet."""
    found = []
    for start, end in view.sentences.spans_before(pos, 6)[:-1]:
        if not in_a_quote(view.quoted, view.quote_starts, start):
            reporter = view.unnamed_reporter(start, end)
            if reporter is not None and reporter.mention_start < pos:
                found.append(reporter)
    return found


def _person_of_age(text: str, mention: str, people: list[tuple[str, int, str]], pos: int) -> str:
    """ "the 21-year-old" after "Tomasz Wren, 21, …": the last person before POS whose age
    is given so, or ""."""
    age = re.match(r"[Tt]he (\d+)-year-old", mention)
    if age is None:
        return ""
    found: tuple[int, str] | None = None
    for name, _, _ in people:
        surname = re.escape(name.split()[-1])
        given = [m.start() for m in re.finditer(rf"\b{surname},[ \t]+{age.group(1)}\b", text[:pos])]
        if given and (found is None or given[-1] > found[0]):
            found = (given[-1], name)
    return found[1] if found else ""


def _unnamed_source_nearer(s: Speaker, described: str, people: list[tuple[str, int, str]], reporters: list[Speaker]) -> bool:
    """Whether an unnamed source with the description's head ("A senior executive at the
    firm said …") came after the named person it might also describe, so "the executive"
    is the unnamed one."""
    head = head_noun(s.mention.lower().split())
    introduced = next((pos for name, pos, _ in people if name == described), -1)
    # (a definite "The chief said …" refers back as this mention does; only an indefinite
    # one, "a chief"/"one executive", brings in somebody new)
    return any(
        r.mention_start > introduced and head_noun(r.mention.lower().split()) == head and r.mention.split()[0].lower() != "the"
        for r in reporters
    )


def _same_unnamed_source(mention: str, earlier: list[Speaker], last: Speaker | None) -> Speaker | None:
    """The unnamed source a definite mention refers back to: "the same source", "the
    official" for the last one; "the diplomat" for the last one introduced as a diplomat
    ("a diplomat who requested anonymity")."""
    again = re.fullmatch(r"[Tt]he (?:same |other )?([a-z][\w\-]*)", mention)
    same_head = again and next((e for e in reversed(earlier) if head_noun(e.mention.lower().split()) == again.group(1)), None)
    if same_head:
        return same_head
    if re.match(r"(?i)the (?:same )?(?:source|official|person|aide|spokesman|spokeswoman)\b", mention) and last:
        return last
    return None


def _kind_spoken_of(mention: str) -> str:
    """The kind in "the company", "the ministry" (a company or public body spoken of by its
    kind, lists in rules/lexicon/attribution.yml), or in "the institute's report", which speaks
    for it; else ""."""
    generic = re.fullmatch(r"[Tt]he ([a-z]+)(?:(?:’s|')s?[ \t]+(?:[a-z0-9\-]+[ \t]+){0,2}([a-z\-]+))?", mention)
    if generic and generic.group(2) and generic.group(2) not in wl.union("ISSUER_DOCUMENTS", "ISSUED_DOCUMENTS"):
        return ""  # ("the institute's report" speaks for the institute; "the company's chief" does not)
    kind = generic.group(1) if generic else ""
    return kind if kind in wl.union("COMPANY_KINDS", "PUBLIC_BODY_KINDS", "ANY_BODY_KINDS") else ""


# how far back a document's earlier mention is looked for (characters)
DOCUMENT_LOOKBACK = 3000


# people who work for a body, right before its name: "economists at ", "researchers with the "
PEOPLE_OF_A_BODY = re.compile(r"\b([a-z]+)[ \t]+(?:at|of|with)[ \t]+(?:the[ \t]+)?$")


# a document's recipient set off right before a name: "a letter to her brother, " (Samuel)
RECIPIENT_BEFORE = re.compile(r"\bto[ \t]+(?:his|her|their|its|my|our)[ \t]+[a-z][\w\-]*,[ \t]+$")


def _issuer_matches(pattern: re.Pattern, text: str, lo: int, hi: int) -> Iterator[re.Match]:
    """The matches of an issuer PATTERN in text[LO:HI]. After one whose issuer names no one,
    the next is searched from that issuer's end rather than from the match's: in "Defense
    attorney Simone Reyes said in a statement" the match whose issuer is "Defense" would hide
    the one whose issuer is the name."""
    at = lo
    while (m := pattern.search(text, at, hi)) is not None:
        yield m
        names_someone = classify(m.group("issuer").rstrip(".,"))[0] in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION)
        at = m.end() if names_someone else max(m.end("issuer"), m.start() + 1)


def _document_issuer(text: str, s: Speaker) -> tuple[SpeakerKind, str] | None:
    """Who issued the document a "the report" / "the suit" mention speaks for, as (kind,
    name), from the nearest earlier mention of the same kind of document that names its
    issuer (or the mention itself); None when none does."""
    patterns = _issuer_patterns(rules_dir_key())
    said = patterns.mention.fullmatch(s.mention)
    if said is None:
        return None
    noun = said.group(1).lower()
    best: tuple[int, str] = (-1, "")
    for pattern in patterns.issued:
        # (the mention itself may name the issuer: "The complaint, filed Monday by …")
        for m in _issuer_matches(pattern, text, max(0, s.mention_start - DOCUMENT_LOOKBACK), min(len(text), s.mention_end + 160)):
            if m.start("doc") < s.mention_end and _same_document(m.group("doc"), noun) and m.start() > best[0]:
                word_before = text[max(0, m.start("issuer") - 12) : m.start("issuer")].split()[-1:]
                people_of = PEOPLE_OF_A_BODY.search(text, max(0, m.start("issuer") - 60), m.start("issuer"))
                people_of = people_of if people_of and people_of.group(1) in wl.union("anonymous_heads", "group_heads") else None
                if word_before and word_before[0].lower() in wl.PREPOSITIONS - {"by", "from"} and not people_of:
                    continue  # "…, who proposed the plan in April, said in a statement": a preposition's object issues nothing
                if re.match(r",[ \t]+[a-z]+ing\b", text[m.end("issuer") : m.start("doc")]):
                    continue  # "… drills near Corvo Shoals, saying in a statement": the clause's subject issued it, not the object
                if m.groupdict().get("outlet") and not names_a_body(m.group("issuer"), load_lexicon()):
                    continue  # "a statement in Spanish", "a ruling in Cook County": no outlet ran it
                if RECIPIENT_BEFORE.search(text, m.end("doc"), m.start("issuer")):
                    continue  # "In a letter to her brother, Samuel, dated 1979, she wrote": the one it was sent to
                issuer = m.group("issuer")
                # ("written by the House Oversight Committee’s majority staff", "the
                # department's inspector general": the body's own staff or officer wrote it)
                own = OWN_STAFF_AFTER.match(text, m.end("issuer")) if issuer.endswith(("’s", "'s")) else None
                if own and own.group(1).split()[-1].lower() in wl.union("person_heads", "anonymous_heads") | {"staff"}:
                    issuer = issuer + own.group()
                best = (m.start(), issuer)
    # (a name's pattern lets periods in for "Rep." and "U.S."; a sentence end is no part of it:
    # "… by the trade journal Home Goods Monthly. The review found")
    issuer = best[1]
    for stop in re.finditer(r"([\w’']+)\.[ \t]+(?=[A-Z])", issuer):
        if stop.group(1).lower() not in abbreviations() and len(stop.group(1)) > 1:
            issuer = issuer[: stop.end(1)]
            break
    issuer = issuer.rstrip(".,")
    # ("by Halverford’s Committee on Research Integrity": the body, not its owner)
    issuer = re.sub(r"^[A-Z][\w\-.]*(?:’s|'s)[ \t]+(?=[A-Z])", "", issuer)
    # ("its Office of Inspector General on Tuesday": "on" and a date are no part of a name)
    dated = re.search(r"[ \t]+on[ \t]+([A-Z][a-z]+)", issuer)
    if dated and dated.group(1).lower() in wl.WEEKDAYS | wl.MONTHS:
        issuer = issuer[: dated.start()]
    if not issuer or issuer.split()[-1].lower() in wl.WEEKDAYS:
        return None
    kind, name = classify(issuer)
    if kind in (SpeakerKind.ANONYMOUS, SpeakerKind.GROUP) and re.match(r"[A-Z][^’']*(?:’s|'s)[ \t]+[a-z]", issuer):
        return SpeakerKind.ORGANIZATION, issuer  # "the House Oversight Committee’s majority staff": the body's own people
    return (kind, name) if kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION) else None


def _writer_just_before(view: _InView, s: Speaker) -> str:
    """The person the sentence before says wrote or answered, for "the email", "the letter",
    "the message" that speaks right after it ("Silas Fenwick replied 11 minutes later. “…,”
    the email reads"), or ""."""
    # (or "It reads, in part:" after "Grace Adeyemi wrote a letter …")
    it_reads = s.mention in ("It", "it") and re.match(r"[ \t]+reads?\b", view.text[s.mention_end : s.mention_end + 8]) is not None
    if not WRITTEN_MESSAGE.fullmatch(s.mention) and not it_reads:
        return ""
    starts = view.sentences.starts_before(s.mention_start, 4)  # (the quote's own sentences among them)
    if not starts:
        return ""
    written = [
        m for m in WROTE_BACK.finditer(view.text, starts[0], s.mention_start) if not in_a_quote(view.quoted, view.quote_starts, m.start())
    ]
    if not written:
        return ""
    return _last_with_surname(view.people, written[-1].group(1).split()[-1], s.mention_start)


def _last_with_surname(people: list[tuple[str, int, str]], surname: str, pos: int) -> str:
    """The last person first named before POS whose name ends in SURNAME, or ""."""
    return next((name for name, at, _ in reversed(people) if at < pos and name.split()[-1] == surname), "")


# a message someone writes, as a mention ("the email", "her reply", "the text message")
WRITTEN_MESSAGE = re.compile(r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]hat)[ \t]+(?:text[ \t]+)?(?:email|e-mail|message|letter|note|reply|text)")
# a name, then a verb of writing back ("Fenwick replied", "Ana Ruiz wrote back")
WROTE_BACK = re.compile(
    r"\b((?:[A-Z][\w’'\-]*[ \t]+){0,2}[A-Z][\w’'\-]+)[ \t]+(?:replied|wrote|responded|answered|emailed|e-mailed|texted)\b"
)


def _same_document(earlier: str, noun: str) -> bool:
    """Whether an earlier document noun may be the one a mention names again: the same noun,
    or two names for one piece of research ("a randomized trial published by …" is "the
    study"; research_documents in the lexicon)."""
    earlier, noun = earlier.lower().rstrip("s"), noun.rstrip("s")
    research = wl.RESEARCH_DOCUMENTS
    return earlier == noun or (earlier in research and noun in research)


def _issuer_in_role(s: Speaker) -> str:
    """The body an aside after a document names as its issuer or author ("issued by the
    Rocky Range Coordination Center", "by researchers at Carrow State University"), or ""."""
    if head_noun(s.mention.lower().split()) not in wl.union("ISSUER_DOCUMENTS", "ISSUED_DOCUMENTS", "RESEARCH_DOCUMENTS"):
        return ""
    m = _issuer_in_aside(rules_dir_key()).match(s.role)
    if m is None:
        return ""
    kind, name = classify(m.group(1))
    return name if kind is SpeakerKind.ORGANIZATION else ""


@functools.cache
def _issuer_in_aside(rules_key: str) -> re.Pattern:
    """An aside naming a document's issuer: a participle of authorship (authoring_participles
    in the lexicon; not "obtained by The Ledger") or none, "by", perhaps the people who wrote
    it, and the body's capitalised name."""
    authoring = "|".join(sorted(wl.AUTHORING_PARTICIPLES))
    return re.compile(
        rf"(?:(?:{authoring})[ \t]+)?by[ \t]+(?:(?:[a-z][\w\-]*[ \t]+){{1,3}}(?:at|from|of)[ \t]+)?"
        r"((?:the[ \t]+)?[A-Z][\w’'&.\-]*(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?[A-Z][\w’'&.\-]*)*)$"
    )


@dataclass(frozen=True)
class _IssuerPatterns:
    mention: re.Pattern  # "the report", "The 62-page report": group 1 is the document
    issued: tuple[re.Pattern, ...]  # earlier mentions naming an issuer (groups doc, issuer)


@functools.cache
def _issuer_patterns(rules_key: str) -> _IssuerPatterns:
    doc = "|".join(sorted((re.escape(d) for d in wl.ISSUER_DOCUMENTS), key=len, reverse=True))
    # ("Office of the Prosecutor": "of the" may stand inside the name)
    name = r"(?P<issuer>[A-Z][\w’'&.\-]*(?:[ \t]+(?:(?:of|for|on|and|&)[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'&.\-]*)*)"
    lower = r"(?:[a-z0-9][\w’'\-]*[ \t]+){0,3}"
    authoring = "|".join(sorted(wl.AUTHORING_PARTICIPLES))
    bodies = "|".join(sorted(wl.PUBLIC_BODY_KINDS, key=len, reverse=True))
    time_units = "|".join(sorted(wl.TIME_UNITS))  # ("released last week by")
    return _IssuerPatterns(
        # ("the memo from Quarry Hill Research": the mention may name its issuer itself)
        # ("a transcript circulated by the state party", "a recording later published by …")
        mention=re.compile(
            rf"(?:[Tt]he|[Aa]n?)[ \t]+(?:[\w\-]+[ \t]+){{0,5}}?({doc})(?:[ \t]+(?:(?:later|{authoring})[ \t]+){{0,2}}(?:to[ \t]+(?:[a-z][\w\-]*[ \t]+){{1,3}}?)?(?:from|by|of|in)[ \t]+.+)?"
        ),
        issued=(
            # "the Pemberton Institute's report", "Halloway's statement"
            re.compile(rf"{name}(?:’s|'s)[ \t]+{lower}(?P<doc>{doc})s?\b"),
            # "a report from the agency's Office of Inspector General", "The complaint, filed
            # Monday by the watchdog group Open Ledger Project", "A memo dated March 14 and signed by …"
            # (not "a memo obtained by The Ledger": only an author's participle before "by")
            re.compile(
                # ("The complaint, filed in U.S. District Court by the Southside Clean Air Coalition")
                # ("The indictment, drawn up by …", "The review, carried out by …")
                rf"\b(?P<doc>{doc})s?\b,?[ \t]+(?:(?:{authoring}|[A-Z][\w’'.]*|\d[\w,]*|last|this|on|in|at|late|early|dated|and|ago|up|out|{time_units})[ \t]+){{0,6}}?"
                # (or what it covers: "A review of the Kessick Organization’s retail catalog by …")
                # (a count too, and when it came out: "A survey of 2,000 adults released Tuesday by …")
                rf"(?:of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?(?:[A-Z][\w’']*[ \t]+|\d[\d,]*[ \t]+){{0,3}}(?:[a-z]+[ \t]+){{0,2}}"
                rf"(?:(?:{authoring}|[A-Z][a-z]+day|last|this|on|in|{time_units})[ \t]+){{0,3}})?"
                # (and to whom it went: "a memo circulated to donors by Joanne Mercer")
                rf"(?:to[ \t]+(?:[a-z][\w\-]*[ \t]+){{1,3}}?)?"
                rf"(?:by|from)[ \t]+(?:the[ \t]+)?{lower}{name}"
            ),
            # "a review in the Evening Standard": the outlet that ran it (a body's name only)
            re.compile(rf"\b(?P<doc>{doc})s?[ \t]+(?P<outlet>in)[ \t]+(?:the[ \t]+)?(?P<issuer>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)+)"),
            # "a report from the state fire marshal’s office": a body described in lower case
            re.compile(rf"\b(?P<doc>{doc})s?[ \t]+(?:{authoring}[ \t]+)?(?:by|from)[ \t]+(?P<issuer>the[ \t]+{lower}(?:{bodies}))\b"),
            # "A Northstar Analytics survey"
            # ("a 2022 Federal Railroad Administration inspection report": a year may come first)
            re.compile(rf"\b(?:[Aa]n?|[Tt]he)[ \t]+(?:\d{{4}}[ \t]+)?{name}[ \t]+{lower}(?P<doc>{doc})\b"),
            # "Halloway said in a statement", "the League argues in its suit"
            # "Sir Rodney, who did not attend, issued a short statement"
            re.compile(
                rf"{name}(?:,[^,;.]{{1,80}},|,)?[ \t]+(?:issued|released|put[ \t]+out|posted|sent|published|deleted|shared|signed|circulated|passed|adopted|approved|filed|wrote|drafted|unveiled)[ \t]+(?:a|an|its|his|her|their)[ \t]+{lower}(?P<doc>{doc})\b"
            ),
            # "In a news release issued after 2 p.m., Port Alder Fire Rescue said": the release
            # opening the sentence is the subject's
            re.compile(
                # (a description may come first: "In a letter to staff, the interim chief executive, Frances Hale, wrote")
                rf"\bIn[ \t]+(?:a|an|its|his|her|their)[ \t]+{lower}(?P<doc>{doc})\b[^,;:“”\"\n]{{0,60}},[ \t]+"
                rf"(?:(?:the|a|an|its|his|her|their)[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,4}}?[a-z][\w\-]*,[ \t]+)?"
                # (or people of the body: "In a report released last week, agricultural economists at Western Plains State University estimated")
                rf"(?:(?:[a-z][\w\-]*[ \t]+){{1,3}}(?:at|of|from|with)[ \t]+)?(?:the[ \t]+)?{name}"
            ),
            # ("Pollster Dan Fairley dismissed the numbers in a memo to reporters", "Mayor Tom
            # Riordan, who proposed the plan, said in a statement")
            # (the word after the name is its verb, not a preposition: in "… endorsed Mr. Holloway
            # on Friday in a statement" the object issued nothing)
            re.compile(
                rf"{name}(?:,[^,;.]{{1,80}},|,)?[ \t]+(?!(?:on|in|at|for|of|with|to|from|by|after|before|during|since)\b)[a-z]+[ \t]+"
                # (an object may be a name: "Ana Ruiz endorsed Mr. Holloway on Friday in a statement")
                # (or a quoted phrase: "… called the choice “a doubling-down” in a statement")
                rf"(?:(?:the|a|an|its|his|her|their|[a-z]+|[A-Z][\w.’'\-]*|[“\"][^”\"\n]{{1,80}}[”\"])[ \t]+){{0,5}}?in[ \t]+(?:a|an|its|his|her|their)[ \t]+{lower}(?P<doc>{doc})\b"
            ),
        ),
    )


def issued_document() -> re.Pattern:
    """A document that speaks for whoever issued it ("the statement", "the company's
    filing"), from the issued_documents list in rules/lexicon/attribution.yml."""
    return _issued_document(rules_dir_key())


@functools.cache
def _issued_document(rules_key: str) -> re.Pattern:
    nouns = "|".join(sorted((re.escape(d) for d in wl.ISSUED_DOCUMENTS), key=len, reverse=True))
    return re.compile(rf"[Tt]he\s+(?:[a-z\-]+\s+)?(?:{nouns})")


@functools.cache
def _role_modifier_starts(rules_key: str) -> re.Pattern:
    """Where a role's own words end (role_modifier_starts in the lexicon)."""
    return re.compile(r"\b(?:" + "|".join(sorted(wl.ROLE_MODIFIER_STARTS)) + r")\b")


def _company_meant(
    view: _InView,
    pos: int,
    last_company: tuple[int, str] | None,
    kind_word: str = "",
    any_body: bool = False,
    sentences: int = 6,
    through_documents: bool = True,
    company_word: str = "",
) -> str:
    """The company a "the company" at POS refers to: the nearest named body before it, as
    the subject of one of the sentences before (its own included) or as a speaker. With a
    KIND_WORD ("ministry"), only a body with that word in its name: "the Ministry of Water";
    a company's name may end in the COMPANY_WORD it is spoken of by ("Company", "Bank")."""

    heads = load_lexicon().organization_heads

    def fits(name: str) -> bool:
        # (a company is no "Washington Post" or "White House": those end in a body's head)
        if any_body:  # any body by its name ("An internal memo" names none)
            return name.split()[0].lower() not in load_lexicon().determiners
        if kind_word:
            # (the word may close a compound: "Ashford NewsGuild" is a guild; or be joined to
            # another: the "Port Callis Ledger-Star" is a newspaper)
            words = re.split(r"[\s\-]+", name.lower())
            return any(word in words or words[-1].endswith(word) for word in wl.BODY_KIND_NAMES.get(kind_word, (kind_word,)))
        # ("the company" is the "Marlin Shipping Company", "the bank" the "Harbor Savings Bank")
        return name.split()[-1].lower() not in heads or name.split()[-1].lower() == company_word

    found = last_company if last_company and fits(last_company[1]) else None
    bodies_named = _bodies_named(view.text, tuple(view.quoted), rules_dir_key())  # (cached per article)
    # (sentences inside quotes are not counted: “Seen this truck? Dark, with a ladder rack,”
    # the post said. — the two quoted sentences hide none of the reporter's)
    spans = [span for span in view.sentences.spans_before(pos, sentences + 8) if not in_a_quote(view.quoted, view.quote_starts, span[0])]
    for start, end in spans[-sentences:]:
        subject = view.subject_of(start, min(end, start + 200))
        if (
            not any_body
            and not kind_word
            and subject is not None
            and subject.kind is SpeakerKind.NAMED
            and not subject.role
            and len(subject.name.split()) >= 2
            and not first_name_gender(subject.name.split()[0], load_lexicon())
        ):
            # "Meridian Skyways canceled 2,300 flights. … the airline said": two capitalised
            # words that open with no first name and carry no title are a company's name
            subject = replace(subject, kind=SpeakerKind.ORGANIZATION)
        if subject is not None and subject.kind is SpeakerKind.NAMED and " " not in subject.name:
            # "Solvane called the report false. The company said …": a single name that opens a
            # body's name the article gives ("Solvane Pay") is that body
            body_named = next((b for _, b in bodies_named if b.split()[0] == subject.name), "")
            subject = replace(subject, kind=SpeakerKind.ORGANIZATION, name=body_named) if body_named else subject
        if any_body and subject is not None and subject.kind is SpeakerKind.ORGANIZATION and (kind := _kind_spoken_of(subject.mention)):
            # "The department posted a photo. “…,” the post said": the department is the body
            # that "the department" stands for
            meant = _company_meant(view, subject.mention_start, None, kind if kind in wl.PUBLIC_BODY_KINDS else "")
            subject = replace(subject, name=meant) if meant else subject
        elif any_body and through_documents and subject is not None and _a_document(subject):
            # "The filing listed assets of $1.9 billion. It said …": the document's issuer, as
            # the document's own words or the sentences before it name it (once: no chains)
            issuer = _document_issuer(view.text, subject)
            meant = (
                issuer[1]
                if issuer
                else _company_meant(view, subject.mention_start, last_company, any_body=True, sentences=2, through_documents=False)
            )
            subject = replace(subject, kind=SpeakerKind.ORGANIZATION, name=meant) if meant else subject
        if (
            subject is not None
            and subject.kind is SpeakerKind.ORGANIZATION
            and subject.mention_start < pos
            and subject.name[:1].isupper()
            and fits(subject.name)
            and (found is None or subject.mention_start > found[0])
        ):
            found = (subject.mention_start, subject.name)
    if not any_body:
        # or a body named later than that, by a name that ends like one, in any role ("Shares
        # of Veltrane Semiconductor fell … the company said")
        # (a company is no union or public body: "… Workers Local 812", "… Commission")
        bodies = wl.PUBLIC_BODY_KINDS | set(wl.BODY_KIND_NAMES.get("union", ()))
        # (a public body of that kind counts even as someone's affiliation: "said Battalion
        # Chief Owen Marchetti of the Corvale Township Fire Department … the department wrote")
        candidates = _every_body_named(view.text, tuple(view.quoted), rules_dir_key()) if kind_word else bodies_named
        named = [
            body for body in candidates if body[0] < pos and fits(body[1]) and (kind_word or not bodies & set(body[1].lower().split()))
        ]
        if named and (found is None or named[-1][0] > found[0]):
            found = named[-1]
    return _without_partitive(found[1]) if found else ""


# a definite or indefinite document mention (group 1 the document noun): "The statement", "the
# written statement", "An institute report"
DOCUMENT_NOUN = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts)[ \t]+(?:[a-z\-]+[ \t]+){0,2}([a-z]+)")


def _body_named_last(view: _InView, pos: int) -> str:
    """The body "the group" or "the organization" at POS stands for: the last one named in
    the three paragraphs before it ("Ada Tennant, who leads Open Door Street Ministry, said
    … the group wrote"), passing over the council, department or court the story is about
    (government is no "group"); "" when none is."""
    start = pos
    for _ in range(3):  # (back to the start of the paragraph two before this one)
        start = max(0, view.text.rfind("\n", 0, start))
        while start > 0 and view.text[start - 1] == "\n":
            start -= 1  # (over the blank line between paragraphs)
    government = wl.GOVERNMENT_BODY_WORDS
    bodies = _bodies_named(view.text, tuple(view.quoted), rules_dir_key())
    named = [(at, name) for at, name in bodies if start <= at < pos and name.split()[-1].lower() not in government]
    # (or its short name: "rebels of the Eastern Highlands Front …  The Front denied it. … the
    # group said" — the last word of a body named in full earlier)
    for short in SHORT_BODY_NAME.finditer(view.text, start, pos):
        full = [name for at, name in bodies if at < short.start() and len(name.split()) >= 2 and name.split()[-1] == short.group(1)]
        if full and full[-1].split()[-1].lower() not in government and not in_a_quote(view.quoted, view.quote_starts, short.start()):
            named.append((short.start(), full[-1]))
    # (or a name it gives itself in quote marks: "A group calling itself “PayDay Crew” …")
    named.extend((m.start(1), m.group(1)) for m in SELF_NAMED_GROUP.finditer(view.text, start, pos))
    return max(named)[1] if named else ""


# "a group calling itself “PayDay Crew”", "an outfit known as “the Night Shift”"
SELF_NAMED_GROUP = re.compile(
    r"\b(?:group|collective|outfit|organization|organisation|movement|network|gang|crew)[ \t]+"
    r"(?:calling[ \t]+itself|that[ \t]+calls[ \t]+itself|called|known[ \t]+as|named)[ \t]+[“\"‘']([A-Z][^”\"’'\n]{1,40}?)[,.]?[”\"’']"
)
SHORT_BODY_NAME = re.compile(r"\b[Tt]he[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z])")


def _body_kind_before_a_document(mention: str) -> str:
    """The kind of body named as a document's modifier ("An institute report", "a union
    survey", "the ministry statement"), or ""."""
    m = re.fullmatch(
        r"(?:[Tt]he|[Aa]n?)[ \t]+([a-z]+)[ \t]+([a-z]+)(?:[ \t]+(?:published|released|issued|dated|from|of|in|on)\b.*)?", mention
    )
    if m is None or m.group(2) not in wl.union("ISSUER_DOCUMENTS", "ISSUED_DOCUMENTS"):
        return ""
    return m.group(1) if m.group(1) in wl.union("COMPANY_KINDS", "PUBLIC_BODY_KINDS") else ""


def _body_by_its_tail(view: _InView, s: Speaker) -> str:
    """The body a lower-case description of two or more words stands for when an earlier
    name ends in those words ("the sheriff’s office" -> Ochoa County Sheriff’s Office, "the
    weather service" -> National Weather Service): the last such name before it, outside
    quotes; else ""."""
    described = re.fullmatch(r"[Tt]he[ \t]+([a-z][\w\-]*(?:(?:’s|'s)?[ \t]+[a-z][\w\-]*)+)", s.mention)
    if described is None or described.group(1).split()[-1] not in load_lexicon().organization_heads:
        return ""
    words = re.split(r"[ \t]+", described.group(1))
    tail = r"[ \t]+".join(re.escape(w[0].upper() + w[1:]).replace("’", "'").replace("'", "[’']") for w in words)
    found = ""
    for m in re.finditer(rf"\b((?:[A-Z][\w’'\-.]*[ \t]+)+{tail})\b", view.text[: s.mention_start]):
        if not in_a_quote(view.quoted, view.quote_starts, m.start()):
            found = re.sub(r"^[Tt]he[ \t]+", "", m.group(1))
    return found


def _body_it_opens(view: _InView, s: Speaker) -> str:
    """The body's name a capitalised speaker's name opens, as the narrative gave it earlier
    ("St. Aldric" for "St. Aldric Regional Medical Center"): a short form papers use for
    hospitals, firms and funds; "" when the name is a person's (a first name opens it, or
    it is a surname the article gives someone)."""
    name = re.sub(r"^[Tt]he[ \t]+", "", s.name)
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words) or name in view.full_names:
        return ""
    if first_name_gender(words[0], load_lexicon()) or words[-1] in view.by_word:
        return ""
    longer = [
        b
        for at, b in _every_body_named(view.text, tuple(view.quoted), rules_dir_key())
        if at < s.mention_start and b.startswith(name + " ")
    ]
    return longer[-1] if longer else ""


def _named_in_full_before(view: _InView, s: Speaker) -> str:
    """The longer name a body's short one ("the Comets", "the Ledger") stands for: the last
    capitalised name before it, outside quotes, that ends in that word ("Columbus Comets",
    "Financial Ledger"); "" when none does or the word is a kind of body or a title ("the
    House" is no "White House")."""
    short = re.fullmatch(r"[Tt]he[ \t]+([A-Z][a-z][\w\-]*)", s.mention)
    if short is None:
        return ""
    word = short.group(1)
    lex = load_lexicon()
    if word in lex.titles:
        return ""
    found = ""
    for m in name_in_text().finditer(view.text, 0, s.mention_start):
        name = re.sub(r"^[Tt]he[ \t]+", "", POSSESSIVE_TAIL.sub("", m.group(1)))
        if len(name.split()) >= 2 and name.split()[-1] == word and not in_a_quote(view.quoted, view.quote_starts, m.start()):
            found = name
    return found


def _a_document(s: Speaker) -> bool:
    """Whether a mention is a document that speaks for its issuer ("The filing", "the survey")."""
    return bool(
        issued_document().fullmatch(s.mention)
        or body_document().fullmatch(s.mention)
        or _issuer_patterns(rules_dir_key()).mention.fullmatch(s.mention)
    )


def _without_partitive(name: str) -> str:
    """ "Shares of Veltrane Semiconductor" -> "Veltrane Semiconductor": a part of a company, or
    its people, before "of" and its name."""
    partitive = re.match(r"([A-Z][a-z]+) of (?=[A-Z])", name)
    return name[partitive.end() :] if partitive and partitive.group(1).lower() in wl.PARTITIVE_NOUNS else name


# an appositive role and "at"/"with"/"of" right before a body's name ("…, an analyst at ")
ROLE_AT_BEFORE = re.compile(
    r",[ \t]+(?:an?|the)[ \t]+(?:[a-z][\w\-]*[ \t]+){0,3}?([a-z][\w\-]*)[ \t]+(?:at|with|of|for)[ \t]+(?:the[ \t]+)?$"
)
# a person's full name and "of" right before a body's name: the body is that person's affiliation
AFFILIATION_BEFORE = re.compile(r"\b[A-Z][\w’'\-]*(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][\w’'\-]+,?[ \t]+(?:of|at|with)[ \t]+(?:the[ \t]+)?$")

# the head of a company right before its name: "the founder and chief executive of Brightwater
# Home Companions", "owner of Tally's": a body whatever its name ends in
LEADER_OF = re.compile(
    r"\b(?:founder|co-founder|chief[ \t]+executive|chief[ \t]+operating[ \t]+officer|CEO|owner|chairman|chairwoman)[ \t]+of[ \t]+(?:the[ \t]+)?$"
)


# capitalised words and "and" right before a body's name ("Food and " before "Drug Administration")
NAME_BEFORE_AND = re.compile(r"(?<![\w’'.\-])(?:The[ \t]+)?((?:[A-Z][\w’'.\-]*[ \t]+){1,3})and[ \t]+$")


@functools.cache
def _body_of_a_place(rules_key: str) -> re.Pattern:
    """A body's name built on "of" or "for" ("Department of Education", "University of Leeds",
    "Center for Court Access Data"): capitalised words ending in an organisation head, "of"
    or "for", a name."""
    heads = "|".join(sorted((h.capitalize() for h in load_lexicon().organization_heads), key=len, reverse=True))
    return re.compile(
        rf"\b((?:[A-Z][\w’'\-]+[ \t]+){{0,3}}(?:{heads})[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:(?:[A-Z]\.){{2,}}|[A-Z][\w’'\-]+)(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'\-]+){{0,3}})"
    )


def _bodies_named(text: str, quoted: tuple[tuple[int, int], ...], rules_key: str) -> list[tuple[int, str]]:
    """(offset, name) of each company or body the narrative names by a name that ends like
    one ("Veltrane Semiconductor", "Hartwell Appliance Co.'s"), outside quotes and headlines
    in capitals, in order, but for those named only as someone's affiliation ("Priya
    Nandakumar of Bellweather Capital"): an analyst's firm is no body the story is about."""
    return [(at, name) for at, name, affiliated in _named_bodies(text, quoted, rules_key) if not affiliated]


def _every_body_named(text: str, quoted: tuple[tuple[int, int], ...], rules_key: str) -> list[tuple[int, str]]:
    """(offset, name) of every body _bodies_named finds, affiliations included, in order."""
    return sorted((at, name) for at, name, _ in _named_bodies(text, quoted, rules_key))


@functools.lru_cache(maxsize=8)
def _named_bodies(text: str, quoted: tuple[tuple[int, int], ...], rules_key: str) -> list[tuple[int, str, bool]]:
    """(offset, name, affiliated) of each body the narrative names, read once per article
    (cached): AFFILIATED when it is named as someone's affiliation."""
    lex = load_lexicon()
    starts = [a for a, _ in quoted]
    headline_lines: dict[int, bool] = {}
    bodies = []
    # (with the names a body gives with "of", which no run of capitals holds: "the state
    # Department of Education", "the University of Leeds")
    with_of = list(_body_of_a_place(rules_key).finditer(text))
    runs = [m for m in name_in_text().finditer(text) if not any(o.start(1) < m.end(1) and m.start(1) < o.end(1) for o in with_of)]
    for m in sorted([*runs, *with_of], key=lambda m: m.start(1)):
        name = _without_partitive(POSSESSIVE_TAIL.sub("", m.group(1)))
        name = re.sub(r"^The[ \t]+", "", name)
        if text.startswith(".", m.end(1)) and not names_a_body(name, lex) and names_a_body(name + ".", lex):
            name += "."  # "Hartwell Appliance Co.'s": the abbreviation's point
        led = LEADER_OF.search(text, max(0, m.start(1) - 60), m.start(1)) is not None and len(name.split()) >= 2
        role_at = ROLE_AT_BEFORE.search(text, max(0, m.start(1) - 60), m.start(1))
        # "Priya Nandakumar of Bellweather Capital", "Kevin Amsel, an analyst at Torrance
        # Securities": an analyst's firm, not a body the story is about (a spokesman's and a
        # founder's body stays)
        affiliated = AFFILIATION_BEFORE.search(text, max(0, m.start(1) - 50), m.start(1)) is not None or (
            role_at is not None and role_at.group(1) not in wl.SPOKESPERSON_WORDS and not led
        )
        if (
            (names_a_body(name, lex) or led)
            and not _on_a_title_case_line(text, m.start(), headline_lines)
            and not in_a_quote(quoted, starts, m.start())
        ):
            number = re.match(r" \d+\b", text[m.end(1) : m.end(1) + 8])  # "United Fabrication Workers Local 812"
            saint = text[max(0, m.start(1) - 4) : m.start(1)] in ("St. ", "St ")  # "St. Brigid's Regional Medical Center"
            name = (text[m.start(1) - 4 : m.start(1)] if saint else "") + name + (number.group() if number else "")
            joined = NAME_BEFORE_AND.search(text, max(0, m.start(1) - 60), m.start(1))
            start = m.start(1)
            # (not a person before it: "Ana Ruiz and Acme Foods" are two)
            if joined and not saint and not first_name_gender(joined.group(1).split()[0], lex) and joined.group(1).split()[0] != "The":
                # "Food and Drug Administration", "U.S. Customs and Border Protection": the
                # words before "and" belong to the body's name, which a run of capitals cut
                name, start = joined.group(1) + "and " + name, joined.start(1)
            bodies.append((start, name, affiliated))
    return bodies


# "the 54-year-old", "the 61-year-old restaurateur", "the mum-of-two", "the father-of-three":
# epithets that stand for a person
STAND_IN_EPITHET = re.compile(
    r"[Tt]he (?:\d+-year-old(?:\s+[a-z][\w\-]*){0,3}|([a-z]+)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+))"
)


# the next sentence opening by naming the one just described: "The official, Lucinda Farrow-Obi,"
RENAMED_AT_THE_NEXT_SENTENCE = re.compile(
    r"\s*The[ \t]+((?:[a-z\-]+[ \t]+){0,2}[a-z\-]+),[ \t]+([A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){1,3}),"
)


def _object_pronoun_after(text: str, start: int, end: int, gender: str) -> bool:
    """Whether "him" or "her" (as an object: "found her there", "told him.") of GENDER
    stands in text[START:END]: a clause's object is not its subject."""
    word = {"male": "him", "female": "her"}.get(gender)
    if word is None:
        return False
    after = r"(?:[.,;:!?]|\s+(?:there|here|again|back|up|down|out|off|away|that|to|at|in|on|for|with|about|from|into)\b)"
    return re.search(rf"\b{word}{after}", text[start:end]) is not None


def _named_in_the_next_sentence(view: _InView, s: Speaker) -> str:
    """The name a definite description ("the county’s chief election officer") is given as
    the next sentence opens ("The official, Lucinda Farrow-Obi, took office in March"), or ""."""
    if not re.match(r"(?:[Tt]he|[A-Z][\w\-]*(?:’s|'s))[ \t]", s.mention):
        return ""
    end = view.sentences.end_after(s.mention_end, 0)
    renamed = RENAMED_AT_THE_NEXT_SENTENCE.match(view.text, end) if end else None
    if renamed is not None and renamed.group(1).split()[-1] in wl.union("person_heads", "anonymous_heads", "gender_words"):
        name, _ = split_name(renamed.group(2))
        return name if len(name.split()) >= 2 else ""
    # (or the next sentence's subject holds the description's head in its title: "…, as the
    # chamber’s majority leader refused … Senate Majority Leader Patrice Amundsen said …")
    head = description_head(s.mention)
    following = bisect_left(view.sentences.starts, end) if end and head else len(view.sentences.starts)
    start = view.sentences.starts[following] if following < len(view.sentences.starts) else 0
    subject = view.subject_of(start, min(len(view.text), start + 200)) if start else None
    if subject is not None and subject.kind is SpeakerKind.NAMED and len(subject.name.split()) >= 2:
        title = f"{subject.role} {subject.mention}".lower()
        if re.search(rf"\b{re.escape(head)}\b", title) and head not in subject.name.lower():
            return subject.name
    return ""


# "her campaign", "His campaign": a person's campaign, named by a possessive pronoun (group 1)
OWNED_CAMPAIGN = re.compile(r"([Hh]is|[Hh]er)[ \t]+campaign")
# a full name set off by commas right after a description: ", Réjean Bergeron,"
NAME_SET_OFF = re.compile(r"[ \t]*,[ \t]*([A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)+)[ \t]*,")


def _described_subject_just_before(view: _InView, s: Speaker) -> str:
    """The named subject of the sentence before a description such as "the Kansas governor"
    or "the retired logger" (an article and at least one modifier before a person noun that
    names no unnamed source), when the description introduces no one and nobody else is named
    between them; "" otherwise."""
    words = s.mention.split()
    head = head_noun([w.lower() for w in words])
    if len(words) < 3 or words[0] not in ("the", "The") or head in wl.union("anonymous_heads") or not _a_person_word(head):
        return ""
    spans = view.sentences.spans_before(s.mention_start, 2)
    if len(spans) < 2 or view.text.rfind("\n", spans[0][0], s.mention_start) >= 0:
        return ""  # (the sentence before, in the same paragraph)
    subject = view.subject_of(spans[0][0], min(spans[0][1], spans[0][0] + 200))
    if subject is None:
        return ""
    appositive = NAME_SET_OFF.match(view.text, subject.mention_end)  # ("Her father, Réjean Bergeron, 67, was …")
    if subject.kind is not SpeakerKind.NAMED and appositive is None:
        return ""
    name = appositive.group(1) if appositive else _full_name(subject, view.by_word, view.gender_of)
    subject_end = appositive.end() if appositive else subject.mention_end
    others = {n for _, n in view.people_named(subject_end, s.mention_start)} - {name}
    return name if " " in name and not others else ""


def _race_epithet(mention: str) -> bool:
    """ "the Union nominee", "the National Covenant candidate", "the candidate": perhaps a
    party's name, then a candidate's standing (rules/lexicon/attribution.yml: race_epithet_heads)."""
    words = mention.split()
    # (not a party's member, "the California Democrat" with no tag: measured, it lowered
    # PolNeAR check strict by one quote)
    return (
        len(words) >= 2 and words[0] in ("the", "The") and words[-1] in wl.RACE_EPITHET_HEADS and all(w[:1].isupper() for w in words[1:-1])
    )


# "the senator", "the former shelter director", "the 54-year-old former prosecutor", "the
# South Carolina congressman": one person, described
DEFINITE_DESCRIPTION = re.compile(r"(?:[Tt]he|[Ii]ts)\s+(?:[A-Za-z0-9][\w\-]*(?:’s|'s)?\s+){0,3}([a-z0-9][\w\-]*)")
# "her husband", "his longtime wife": a relation named by a possessive, one person too
POSSESSED_RELATION = re.compile(r"(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:[a-z][\w\-]*\s+){0,2}([a-z][\w\-]*)")


# a description ending right before a name, set off by a comma, with any phrase after its
# head ("A spokeswoman for St Ann's Hospital in Westmoor, ", "The county's chief medical officer, ")
DESCRIPTION_BEFORE_A_NAME = re.compile(
    r"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Aa]nother|[Oo]ne|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w\-]*(?:’s|'s))[ \t]+"
    r"((?:[a-z][\w\-]*[ \t]+){0,3}[a-z][\w\-]*)(?:[ \t]+(?:for|at|of|with|from|in|to|on)[ \t]+[^,.;:\n“”\"]{1,80})?,[ \t]+$"
)


def description_head(mention: str) -> str:
    """The head noun of a description that stands for one person ("the senator" -> senator,
    "her husband" -> husband), or "" when the mention is no such description."""
    # "the Ohio senator and Democratic presidential candidate": the first role is enough
    m = DEFINITE_DESCRIPTION.fullmatch(mention.split(" and ")[0])
    if m:
        return m.group(1).lower()
    m = POSSESSED_RELATION.fullmatch(mention)
    return m.group(1).lower() if m and m.group(1).lower() in load_lexicon().gender_words else ""


def _paragraphs_end(text: str, pos: int, count: int) -> int:
    """Where the COUNT paragraphs from the one holding POS end (blank lines between them)."""
    end = pos
    for _ in range(count):
        end = text.find("\n", end)
        if end < 0:
            return len(text)
        while end < len(text) and text[end] == "\n":
            end += 1
    return end


# "the Arizona Republican", "The New Jersey Democrat": a lawmaker by state and party
STATE_AND_PARTY = re.compile(
    r"[Tt]he[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+(Democrat|Republican|senator|congressman|congresswoman|lawmaker|representative)"
)


def _lawmaker_described(text: str, s: Speaker, people: list[tuple[str, int, str]]) -> str:
    """The person tagged earlier with the state and party a description names: "the Arizona
    Republican" after "Sen. John Hale, R-Ariz." or "…, Republican of Arizona"; "" when no one
    (or more than one person) is."""
    described = STATE_AND_PARTY.fullmatch(s.mention.strip(" ,"))
    if described is None:
        return ""
    state, party = described.group(1), described.group(2)
    forms = next((entry.replace("+", " ").split(":") for entry in wl.US_STATES if entry.split(":")[0].replace("+", " ") == state), None)
    if forms is None:
        return ""
    full, ap, postal = forms
    # (a role word fits a lawmaker of either party: "the Vermont senator")
    party = party if party in ("Democrat", "Republican") else "(?:Democrat|Republican|Independent)"
    letter = party[0] if party[0] in "DR" else "[DRI]"
    tag = rf"(?:{letter}-(?:{re.escape(ap)}|{postal})|{party}[ \t]+(?:of|from)[ \t]+{re.escape(full)})"
    fitting = {
        name
        for name, pos, _ in people
        if pos < s.mention_start and re.match(rf"[^.;\n]{{0,12}}?[(,][ \t]*{tag}", text[pos + len(name) : pos + len(name) + 60])
    }
    return fitting.pop() if len(fitting) == 1 else ""


def _described_person(text: str, s: Speaker, people: list[tuple[str, int, str]]) -> str:
    """The person a definite description refers to: the last one introduced before it with
    that description's head noun among the words that describe them (a title before the
    name, "Sen." read as senator; lower-case words right before it, "former senator Ana
    Ruiz"; an appositive, "Ana Ruiz, the shelter director"), or "" when none is."""
    given = NAME_GIVEN_AFTER.match(text, s.mention_end)
    if given:
        return given.group(1)  # "a nurse, identified only as Leyla,": the name she gave
    if lawmaker := _lawmaker_described(text, s, people):
        return lawmaker  # "Sen. John Hale, R-Ariz., … The Arizona Republican said": the lawmaker tagged so
    head = description_head(s.mention)
    if not head:
        return ""
    lex = load_lexicon()
    # "the company", "the report" describe no person; a noun the lexicon does not know
    # ("the striker") may, but only someone introduced with that very noun as their role
    # ("Striker Mateo Rodriguez", "striker Mateo Rodriguez")
    known = head in lex.person_heads or head in lex.gender_words or head in {t.lower() for t in lex.titles}
    fits = ""
    for name, pos, role in people:
        if pos >= s.mention_start:
            break
        if names_a_body(name, lex):
            continue  # "at the Fairhaven Institute, the nominee returned": a body is no "the nominee"
        # (the words right before the name, an appositive's comma allowed: "the Albion goalkeeper, Ruairi Flann")
        before = re.search(r"((?:[A-Za-z\-.]+,?\s+){0,3})$", text[max(0, pos - 40) : pos])
        right_before = (before.group(1) if before else "").replace(",", " ").split()
        cut = max((k + 1 for k, w in enumerate(right_before) if w.lower() in wl.PREPOSITIONS), default=0)
        # (not across a preposition: "a young man in a Carrow Falls … T-shirt" is no man's name)
        words = [*role.replace(",", " ").split(), *right_before[cut:]]
        # "A spokeswoman for St Ann's Hospital, Priya Raman,": a description set off before the name
        set_off = DESCRIPTION_BEFORE_A_NAME.search(text[max(0, pos - 120) : pos])
        if set_off:
            words += set_off.group(1).split()
        described_by = _described_by(words)
        if head in (described_by if known else described_by[-1:]):
            fits = name
    if not fits and head in wl.PERSON_IN_CHARGE:
        fits = _person_in_charge_of(text, s, people)
    if not fits and known:
        # "“…,” said the governor. … Gov. Tess Varga made the remarks in Flint": a wire lede
        # may name the person only after the quote, in the same paragraph or the two after it
        # ("…, its chief executive warned." … "Chief Executive Mara Quint said on a call")
        paragraph_end = _paragraphs_end(text, s.mention_end, 3)
        for name, pos, role in people:
            if s.mention_end <= pos < paragraph_end:
                # (the role as given, "Chief Executive", and the words right before the name)
                words = [*role.replace(",", " ").split(), *text[max(0, pos - 40) : pos].replace(",", " ").split()[-4:]]
                if head in _described_by(words):
                    return name
    if not fits and head in wl.PARENT_WORDS and POSSESSED_RELATION.fullmatch(s.mention):
        return _parent_named_before(text, s.mention_start, people, head)
    if not fits and head in wl.SPOUSE_WORDS and POSSESSED_RELATION.fullmatch(s.mention):
        return _spouse_named(s.mention_start, people, head, text)
    return fits


def _person_in_charge_of(text: str, s: Speaker, people: list[tuple[str, int, str]]) -> str:
    """ "Marisol Quintero has run the shelter for two decades. … the shelter director said":
    the one last said to run (head, lead, own, found) the thing the description's director
    is of, in the text shortly before it."""
    thing = DESCRIBED_THING.fullmatch(s.mention)
    if thing is None:
        return ""
    window_start = max(0, s.mention_start - 1500)
    found = [m.group(1) for m in _runs_the(thing.group(1), rules_dir_key()).finditer(text, window_start, s.mention_start)]
    if not found:
        return ""
    return _last_with_surname(people, found[-1].split()[-1], s.mention_start)


@functools.lru_cache(maxsize=256)
def _runs_the(thing: str, rules_key: str) -> re.Pattern:
    """A name (an appositive allowed), a verb of running something, then THING."""
    verbs = "|".join(sorted(wl.RUNNING_VERBS, key=len, reverse=True))
    return re.compile(
        rf"((?:[A-Z][\w’'\-]*[ \t]+){{0,2}}[A-Z][\w’'\-]+)(?:,[^,.]{{1,60}},)?[ \t]+(?:has[ \t]+|had[ \t]+)?(?:{verbs})"
        rf"[ \t]+(?:the|a|an|his|her|their)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}{re.escape(thing)}\b"
    )


# "the shelter director", "the bakery's owner": a person in charge, with the thing they run
DESCRIBED_THING = re.compile(r"(?:[Tt]he|[Ii]ts)[ \t]+([a-z][\w\-]+)(?:’s|'s)?[ \t]+(?:[a-z\-]+[ \t]+)?[a-z]+")


def _body_of_national_document(text: str, s: Speaker) -> str:
    """The body a "the Dravenian statement" speaks for: the last body named before it whose
    name opens with that capitalised word and holds a body's head ("Dravenian Ministry of
    Foreign Affairs"), or ""."""
    m = re.fullmatch(r"[Tt]he[ \t]+([A-Z][\w\-]+)[ \t]+([a-z]+)", s.mention)
    if m is None or m.group(2) not in wl.union("ISSUER_DOCUMENTS", "ISSUED_DOCUMENTS"):
        return ""
    heads = load_lexicon().organization_heads
    found = ""
    for named in re.finditer(rf"\b{re.escape(m.group(1))}((?:[ \t]+(?:of|for|and|on|[A-Z][\w’'\-]*))+)", text[: s.mention_start]):
        name = re.sub(r"(?:[ \t]+(?:of|for|and|on))+$", "", named.group())
        if len(name.split()) > 1 and any(w.lower() in heads for w in name.split()[1:]):
            found = name
    return found


# "his wife", "her husband" after a sentence's subject (group 1 the relation)
SUBJECTS_SPOUSE = re.compile(r"\b(?:his|her)[ \t]+(wife|husband)\b")


def _spouse_named(pos: int, people: list[tuple[str, int, str]], head: str, text: str = "", owner: str = "") -> str:
    """The person a "his wife" or "her husband" at POS stands for: someone of that sex who
    shares the surname of the last person of the other sex named before it ("Walter Aylward
    … His wife laughed" is Constance Aylward, named earlier), or "". Of two who share it, the
    one the TEXT introduced as such ("whose husband, Rudolph Vanterpool", not "Her son, Marcus
    Vanterpool"). The OWNER may be known already (the subject whose "her husband" it is)."""
    sex = load_lexicon().gender_words.get(head, "")
    other = {"male": "female", "female": "male"}.get(sex, "")
    before = [p for p in people if p[1] < pos and len(p[0].split()) >= 2]
    owners = [p[0] for p in before if _stated_gender(p[0], p[2]) == other]
    owner = owner if len(owner.split()) >= 2 else (owners[-1] if owners else "")
    if not sex or not owner:
        return ""
    surname = owner.split()[-1]
    kin = [p for p in people if p[0].split()[-1] == surname and p[0] != owner and _stated_gender(p[0], p[2]) in (sex, "")]
    spouses = [p[0] for p in kin]
    if len(set(spouses)) > 1 and text:
        spouses = [p[0] for p in kin if re.search(rf"\b{head},?[ \t]+$", text[max(0, p[1] - 20) : p[1]])]
    return spouses[0] if len(set(spouses)) == 1 else ""


@functools.cache
def _child_after_a_parent(rules_key: str) -> re.Pattern:
    """ "X, …, and his son, Y" / "X's daughter, Y": where the article names a parent by a child."""
    children = "|".join(sorted(wl.CHILD_WORDS, key=len, reverse=True))
    return re.compile(rf"(?:,?\s+and\s+(?:his|her)|(?P<owner>[A-Z][\w\-]+)(?:’s|'s))\s+(?:{children}),?\s+[A-Z]")


def _parent_named_before(text: str, pos: int, people: list[tuple[str, int, str]], head: str) -> str:
    """The parent a "his father" or "her mother" at POS stands for: the last person before it
    whose child the article names ("Augustin Mireles, 74, and his son, Teo"; "Haskett's son,
    Anselm Haskett"), unless that person is known to be of the other sex."""
    other_sex = {"male": "female", "female": "male"}.get(load_lexicon().gender_words.get(head, ""), "")
    found = ""
    for m in _child_after_a_parent(rules_dir_key()).finditer(text, 0, pos):
        if m.group("owner"):
            parents = [p for p in people if p[0].split()[-1] == m.group("owner") and p[1] < m.start()]
        else:
            line_start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start()))
            parents = [p for p in people if line_start < p[1] < m.start()]
        parent = (parents[-1] if m.group("owner") else parents[0]) if parents else None
        if parent is not None and _stated_gender(parent[0], parent[2]) != other_sex:
            found = parent[0]
    return found


def _described_by(words: list[str]) -> list[str]:
    """The words that describe a person, lower-cased, with each abbreviated title read as
    all it may stand for ("Rep." -> representative, congressman, congresswoman, lawmaker)."""
    abbreviations = load_lexicon().title_abbreviations
    return [d for w in words for d in abbreviations.get(w, w).lower().split()]


# a body's own staff or officer after its name: "’s majority staff", "'s inspector general"
OWN_STAFF_AFTER = re.compile(
    r"[ \t]+((?:[a-z\-]+[ \t]+){0,2}?[a-z\-]+)(?=[,.;:]|[ \t]+(?:said|says|found|warned|urged|wrote|concluded|that|on|in|last|this)\b)"
)
# a lawmaker's party and state set off after the name: ", Democrat of Vermont", ", R-Wis."
PARTY_OF_A_STATE = re.compile(rf",[ \t]+{PARTY_TAG}$")


def _relative_antecedent(text: str, pos: int) -> Speaker | None:
    """What a relative "who" stands for: the noun phrase right before its comma, or right
    before it when it has none ("Beck, who has in the past described …" -> Beck)."""
    comma = text.rfind(",", max(0, pos - 4), pos)
    set_off = comma >= 0  # a comma before the relative: the descriptions before it may be appositives
    if comma < 0:
        # "a tweet from Rikkie Walls who tweeted": with no comma, the words right before it
        comma = len(text[:pos].rstrip())
    age = re.search(r",\s*\d{1,3}$", text[max(0, comma - 6) : comma])
    if age:  # "Crane, 70, who won …": the age is an aside; the name is before it
        comma -= len(age.group())
    party = PARTY_OF_A_STATE.search(text, max(0, comma - 50), comma)
    if party:  # "Senator Miriam Kessler, Democrat of Vermont, who …": the lawmaker, not the state
        comma = party.start()
    # a name may be the object of a preposition here ("steep for Mr. Sanders, who said")
    name = re.search(r"(?:[A-Z][\w’'\-\.]*\s+){0,4}[A-Z][\w’'\-\.]*$", text[max(0, comma - 80) : comma])
    length = len(name.group()) if name else 0
    if name:
        # (not across a sentence end: "… won Ohio.\n\nCrane, 70, who …" is Crane)
        words = list(re.finditer(r"\S+", name.group()))
        ends = [w for w in words[:-1] if w.group().endswith(".") and not _is_abbreviation(w.group()[:-1])]
        if ends:
            length = len(name.group()) - words[words.index(ends[-1]) + 1].start()
    np = (comma - length, comma) if name else np_left(text, max(0, comma - 120), comma)
    lo = max(0, np[0] - 40) if np else 0
    place = PLACE_BEFORE_A_NAME.search(text, lo, np[0]) if np else None
    if np and place:
        # "A state representative from Delaware County, who asked …": the person described,
        # not the place after "from", is who the relative stands for
        person = np_left(text, max(0, place.start() - 120), place.start())
        first = text[person[0] : person[1]].split()[0] if person else ""
        described = text[person[0] : person[1]].lower().split() if person else []
        if person and first.lower() in load_lexicon().determiners and _a_person_word(head_noun(described)):
            # (not "a sharp rebuke from Moss, who …": a rebuke is no person)
            np = (person[0], np[1])
        elif len(text[np[0] : np[1]].split()) <= 2 and (named := FULL_NAME_BEFORE.search(text, max(0, place.start() - 60), place.start())):
            # "Felix Arroway of Phoenix, who called her …": the person named, not the town
            # ("Secretary of State Hillary Clinton, who …" has no full name before its "of")
            np = (named.start(), named.end())
    if np and text[np[0] : np[1]].split()[0].lower() in load_lexicon().determiners:
        # "Ross Kane of Missouri, the Republican nominee, who wrote …": a description set off
        # after a name stands for it, and the relative for the person named
        lo = max(0, np[0] - 100)
        named_before = NAME_BEFORE_AN_APPOSITIVE.search(text[lo : np[0]])
        # (not a phrase opening the sentence: "In Ohio, the senator who …")
        if named_before and named_before.group(1).split()[0].lower() not in wl.PREPOSITIONS:
            np = (lo + named_before.start(1), lo + named_before.end(1))
    elif np:
        # "Alfonso Aguirre, the executive director of the Partnership for Principles, who …":
        # a body named inside a description of a person set off after a name; the relative
        # is the person
        opening = text.rfind(",", max(0, np[0] - 150), np[0])
        description = text[opening + 1 : np[0]].split() if opening >= 0 else []
        owned = re.split(r"\b(?:of|for|at|with|from)\b", " ".join(description), maxsplit=1)[0].lower().split()
        if description and description[0].lower() in ("the", "a", "an") and len(owned) >= 2 and _a_person_word(head_noun(owned)):
            named_before = NAME_BEFORE_AN_APPOSITIVE.search(text[max(0, opening - 100) : opening + 1])
            if named_before and named_before.group(1).split()[0].lower() not in wl.PREPOSITIONS:
                lo = max(0, opening - 100)
                np = (lo + named_before.start(1), lo + named_before.end(1))
    lo = max(0, comma - 200)
    chain = NAME_THEN_APPOSITIVES.search(text[lo:comma]) if set_off else None
    first = chain.group(1).split()[0] if chain else ""
    descriptions = chain.group(2) if chain else ""
    # (the descriptions name nobody else: not "Ana Ruiz, the mayor, and then Tom Bell, who")
    someone_else = any(first_name_gender(w, load_lexicon()) for w in re.findall(r"\b([A-Z][a-z]+)[ \t]+[A-Z]", descriptions))
    # (a description opens with a determiner, or names a role in its first words: "chief economist at …")
    first_words = [w.lower() for w in descriptions.split()[:4]]
    a_description = bool(first_words) and (first_words[0] in wl.union("determiners") or any(_a_person_word(w) for w in first_words))
    if (
        chain
        and a_description
        and not someone_else
        and first.lower() not in wl.PREPOSITIONS
        and first_name_gender(first, load_lexicon())
        and (not np or np[0] > lo + chain.start(1))
    ):
        # "Leon Hruska, 55, a pipefitter from Breck's Landing and one of the delegates, who
        # said …": the person the descriptions run from, not a place or a description in them
        np = (lo + chain.start(1), lo + chain.end(1))
    return make_speaker(text, np[0], np[1], "relative", "", 0.0) if np else None


# a full name, perhaps an age, then descriptions (group 2) up to the comma before a relative
# ("Leon Hruska, 55, a pipefitter from Breck's Landing and one of the delegates")
NAME_THEN_APPOSITIVES = re.compile(
    r"([A-Z][\w’'\-\.]*(?:[ \t]+[A-Z][\w’'\-\.]*){1,3}),(?:[ \t]*\d{1,3},)?[ \t]+([a-z][^.;:!?\"“”,]*(?:,[^.;:!?\"“”,]*)?)$"
)


# a name and what links a description to it: an apposition's comma or a copula
NAME_THEN_DESCRIPTION = re.compile(r"((?:[A-Z][\w’'\-\.]*[ \t]+){0,3}[A-Z][\w’'\-]*)(?:,[ \t]*|[ \t]+(?:is|was|remains|became)[ \t]+)$")


def _person_described(text: str, description: Speaker, by_word: dict[str, list[tuple[str, int, str]]]) -> Speaker | None:
    """The person a relative's description is said of ("Teague, the senator who …", "Marta
    Teague is the senator who …"): the description names no one, the person before it does.
    Only a word the article uses as a person's name counts ("In Ohio, the senator who …" is
    no one's description)."""
    lead = NAME_THEN_DESCRIPTION.search(text, max(0, description.mention_start - 60), description.mention_start)
    if lead is None or lead.group(1).split()[-1] not in by_word:
        return None
    return make_speaker(text, lead.start(1), lead.end(1), "relative", "", 0.0)


# a name (perhaps "of" a place) and the comma that sets off the description after it
NAME_BEFORE_AN_APPOSITIVE = re.compile(
    r"(?<![\w’'\-\.])((?:[A-Z][\w’'\-\.]*\s+){1,4}[A-Z][\w’'\-\.]*)(?:\s+of\s+[A-Z][\w’'\-\.]*(?:\s+[A-Z][\w’'\-\.]*)?)?,\s*$"
)


def people_by_word(people: list[tuple[str, int, str]]) -> dict[str, list[tuple[str, int, str]]]:
    """The people of an article under their first and their last word, each list in order of
    first mention: a bare surname ("Mora") looks up its candidates instead of scanning everyone."""
    by_word: dict[str, list[tuple[str, int, str]]] = {}
    lex = load_lexicon()
    for person in people:
        words = person[0].split()
        keys = [words[-1], words[0]]
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


# an opening question someone was asked, up to its comma: "Asked whether Whitcomb approved it,"
ASKED_ABOUT = re.compile(r"\s*(?:When\s+)?[Aa]sked\b[^,.;:!?]{0,160},")
# a surname's office or campaign: "Hale’s office", "Moss's campaign"
# (a phrase may follow the owned noun: "Aldermoor's filing with the Securities and Exchange Commission")
# a body's name in the possessive, then a document it issued ("The Office for Budget
# Responsibility's accompanying report"; group 1 the body)
BODY_DOCUMENT_OWNER = re.compile(
    r"(?:[Tt]he[ \t]+)?([A-Z][\w\-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w\-]*))+)(?:’s|'s)[ \t]+(?:[a-z\-]+[ \t]+){0,3}([a-z\-]+)"
)


def _body_owning_a_document(mention: str) -> str:
    """The body a "<Body>'s <document>" mention speaks for, or "" (a person's document is
    resolved elsewhere, by the person's name)."""
    owned = BODY_DOCUMENT_OWNER.fullmatch(mention.strip())
    if owned is None or owned.group(2) not in wl.union("ISSUER_DOCUMENTS", "ISSUED_DOCUMENTS"):
        return ""
    kind, name = classify(owned.group(1))
    return name if kind is SpeakerKind.ORGANIZATION else ""


SURNAME_OWNER = re.compile(r"([A-Z][\w\-]+)(?:’s|'s)[ \t]+((?:[a-z\-]+[ \t]+){0,2}?[a-z\-]+)(?:[ \t]+(?:with|to|before|on|in|at)[ \t]+.+)?")


@functools.cache
def _owned_document(rules_key: str, owners: str, documents: str) -> re.Pattern:
    """A document named by its owner's possessive, up to two words between ("Its complaint",
    "his prepared statement"): group 1 is the possessive."""
    nouns = "|".join(sorted(map(re.escape, getattr(wl, documents)), key=len, reverse=True))
    return re.compile(rf"({owners})[ \t]+(?:[a-z\-]+[ \t]+){{0,2}}(?:{nouns})")


def body_document() -> re.Pattern:
    """ "Its complaint", "its statement": a body's document (body_documents)."""
    return _owned_document(rules_dir_key(), "[Ii]ts", "BODY_DOCUMENTS")


def person_document() -> re.Pattern:
    """ "his statement", "her letter to the board": a person's document (person_documents)."""
    return _owned_document(rules_dir_key(), "[Hh]is|[Hh]er", "PERSON_DOCUMENTS")


# a capitalised name spelt out, then its acronym in parentheses: "Independent Electoral and
# Boundaries Commission (IEBC)"
ACRONYM_IN_PARENTHESES = re.compile(r"\(([A-Z]{2,8})\)")
NAME_BEFORE_ACRONYM = re.compile(r"((?:[A-Z][\w’'\-.]*[ \t]+(?:(?:of|and|for|the|on|&)[ \t]+)*){1,8})$")


def _acronyms(text: str) -> dict[str, str]:
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


def _full_name(s: Speaker, by_word: dict[str, list[tuple[str, int, str]]], gender_of: dict[str, str] | None = None) -> str:
    """The full name a one-word mention stands for; GENDER_OF (what the article says of each
    person's gender) lets "Ms. Harlan" pass over a husband who shares her surname."""
    parts = s.name.split()
    if len(parts) == 2 and parts[0].lower() in wl.NAME_PARTICLES:
        # "Van Doorn" opening a sentence is the surname of "Pieter van Doorn"
        surname = f"{parts[0].lower()} {parts[1]}"
        full = [m[0] for m in by_word.get(parts[1], []) if m[0].endswith(" " + surname) and m[1] < s.mention_start]
        return full[-1] if full else s.name
    if len(parts) >= 2:
        return s.name
    if parts[0].isupper() and len(parts[0]) > 2:
        parts = [parts[0].title()]  # a transcript's "BRANDVOLD:" is Brandvold
    matches = by_word.get(parts[0], [])
    if not matches:
        return s.name
    # a surname is a surname first: "Pell" is Dana Pell before it is Pell University (but
    # "SkyBridge", with no one of that surname, is still SkyBridge Airlines)
    matches = [m for m in matches if m[0].split()[-1] == parts[0]] or matches
    # "Mrs. Quintero" among a family of Quinteros: not one of its men; of the rest, the one
    # introduced last before the mention (a relative is named in full just before)
    # (the mention's own honorific first: a role may be a clause, "who rarely speaks publicly")
    honorific = _stated_gender("", s.mention) or _stated_gender("", s.role)
    if honorific and len(matches) > 1:
        stated = {m[0]: (gender_of or {}).get(m[0]) or _stated_gender(m[0], m[2]) for m in matches}
        fitting = [m for m in matches if stated[m[0]] in ("", honorific)]
        # (one whose own first name or title tells the same gender comes before an unknown one)
        fitting = [m for m in fitting if stated[m[0]] == honorific] or fitting
        recent = [m for m in fitting if m[1] < s.mention_start]
        if recent:
            return recent[-1][0]
        matches = fitting or matches
    if honorific and all(((gender_of or {}).get(m[0]) or _stated_gender(m[0], m[2])) not in ("", honorific) for m in matches):
        # "Mrs. Wexford" where every Wexford named in full is a man: his wife, or another
        # relative, whom the article names no further than this
        return s.mention
    title_words = set(s.role.split()) | set(s.mention.split()[:-1])
    by_title = [m for m in matches if title_words & set(m[2].split()) - {"Former", "former"}]
    if by_title:
        return by_title[0][0]
    before = [m for m in matches if m[1] < s.mention_start]
    return (before or matches)[0][0]


def _ranked_family_member(text: str, s: Speaker, by_word: dict[str, list[tuple[str, int, str]]]) -> str:
    """ "the younger Theriault": of the people introduced before with that surname, the
    youngest (or, for "the elder", the oldest) by the ages the article gives ("Luke
    Theriault, 22"), or else by relation ("His son, Luke Theriault"); "" when neither tells."""
    # (the rank may stand just before the mention: "the younger Theriault said" gives "Theriault")
    lead = text[max(0, s.mention_start - 24) : s.mention_end]
    ranked = next((m for m in SURNAME_BY_RANK.finditer(lead) if m.end() == len(lead)), None)
    if ranked is None:
        return ""
    surname = ranked.group(1).split()[-1]
    family = [p for p in by_word.get(surname, []) if p[0].split()[-1] == surname and p[1] < s.mention_start and len(p[0].split()) >= 2]
    if len(family) < 2:
        return ""
    younger = re.search(r"\b(?:younger|youngest|junior)\b", ranked.group()) is not None
    ages = {}
    for name, _, _ in family:
        aged = re.search(rf"\b{re.escape(name)},[ \t]+(\d{{1,3}}),", text)
        if aged:
            ages[name] = int(aged.group(1))
    if len(ages) >= 2:
        return (min if younger else max)(ages, key=lambda name: ages[name])
    junior_words, senior_words = {"son", "daughter", "grandson", "granddaughter"}, {"father", "mother", "grandfather", "grandmother"}
    wanted = junior_words if younger else senior_words
    # (the relation may stand before the name too: "His son, Luke Theriault, …")
    fitting = [name for name, at, role in family if set(f"{text[max(0, at - 30) : at]} {role}".lower().replace(",", " ").split()) & wanted]
    return fitting[0] if len(fitting) == 1 else ""


def _headline_subject(text: str, s: Speaker, by_word: dict[str, list[tuple[str, int, str]]]) -> Speaker | None:
    """The person a title-case headline's subject names, its verbs cut off: "Whitlock Taps
    Ferrante for VP, Says …" is Whitlock, the Carter Whitlock the story names in full (every
    word of a headline is capitalised, so the name runs on into the verb); None when S is no
    such headline mention."""
    words = text[s.mention_start : s.mention_end].split()
    if len(words) < 2 or s.name in {p[0] for p in by_word.get(s.name.split()[-1], [])}:
        return None
    if not _on_a_title_case_line(text, s.mention_start, {}):
        return None
    for k in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:k])
        # (the prefix is the name itself: a surname, the full name, or a title and the name)
        people = {p[0] for p in by_word.get(words[k - 1], []) if prefix in (p[0], p[0].split()[-1]) or prefix.endswith(" " + p[0])}
        if len(people) == 1 and text.startswith(prefix, s.mention_start):
            return replace(s, name=people.pop(), mention=prefix, mention_end=s.mention_start + len(prefix))
    return None


@dataclass
class _InView:
    """What pronoun resolution reads of one article, built once per ``resolve`` call; the
    subjects of its sentences are found once, not again for every pronoun after them."""

    text: str
    by_word: dict[str, list[tuple[str, int, str]]]
    gender_of: dict[str, str]
    quoted: list[tuple[int, int]]
    sentences: SentenceIndex
    quote_starts: list[int]
    full_names: set[str]
    people: list[tuple[str, int, str]]
    subjects: dict[tuple[int, int], Speaker | None] = field(default_factory=dict)
    reporters: dict[tuple[int, int], Speaker | None] = field(default_factory=dict)
    later: dict[tuple[int, int], list[tuple[int, str]]] = field(default_factory=dict)

    def people_named(self, lo: int, hi: int, gender: str = "") -> Iterator[tuple[int, str]]:
        """(offset, full name) of the article's people named in text[LO:HI], in order: by
        their full name, or by the surname of someone introduced before ("According to
        Siebold, …" names Renata Siebold; of a mother and son who share it, the one of
        GENDER, when a pronoun's gender is given)."""
        found: dict[int, str] = {}
        for m in name_in_text().finditer(self.text, lo, hi):
            if POSSESSIVE_TAIL.search(m.group(1)) and not self._owner_in_view(None, m.start(), m.end(1)):
                continue
            name = split_name(POSSESSIVE_TAIL.sub("", m.group(1)))[0]  # ("Sen. Ada Moss's book" names her)
            if name in self.full_names and not names_a_body(name, load_lexicon()):
                found[m.start()] = name  # (people only: "Pell University" is no "she")
        taken = [(at, at + len(name)) for at, name in found.items()]
        for m in CAPITALISED_RUN.finditer(self.text, lo, hi):
            run, at = m.group(), m.start()
            opener, _, rest = run.partition(" ")
            fronted = self.text[m.end() : m.end() + 1] == ","  # (not "Beside Loreni stood his minister": inverted)
            if rest and " " not in rest and fronted and opener.lower() in wl.union("PREPOSITIONS", "CLAUSE_OPENERS"):
                run, at = rest, m.end() - len(rest)  # "For Fontaine, the decision …": the opener is no part of the name
            if " " in run or any(a <= at < b for a, b in taken):
                continue
            word = POSSESSIVE_TAIL.sub("", run)
            if word != run and not self._owner_in_view(lo, at, m.end()):
                continue
            people = [p for p in self.by_word.get(word, []) if p[0].split()[-1] == word and p[1] < at]
            # (or by the first name a profile calls someone: "and Marguerite closes the door")
            people = people or [p for p in self.by_word.get(word, []) if p[0].split()[0] == word and p[1] < at]
            if len(people) > 1 and gender in ("male", "female"):
                people = [p for p in people if self.gender_of.get(p[0]) == gender]
            if len(people) == 1 and not names_a_body(people[0][0], load_lexicon()):
                found[at] = people[0][0]
        yield from sorted(found.items())

    def _owner_in_view(self, sentence_start: int | None, start: int, end: int) -> bool:
        """Whether a name in the possessive at START..END puts its person in view for a
        pronoun: not when a noun for a person follows ("Speaker Thackery's spokeswoman, Ines
        Galvan": the spokeswoman is meant), and, given the SENTENCE_START (for a bare
        surname, which is weaker evidence than a full name), only as the owner of the
        sentence's subject ("On the Republican side, Vance's speech was brief"; not "She
        called Moylan's plan …", an object's owner)."""
        lead = self.text[sentence_start:start].strip() if sentence_start is not None else ""
        if lead and not lead.endswith(",") and not all(w[:1].isupper() for w in lead.split()):
            return False  # (a title may stand before the name: "Rep. Jonah Petrakis's memoir")
        owned = re.match(r"(?:[ \t]+[a-z][\w\-]*){1,3}", self.text[end : end + 40])
        return not (owned and _a_person_word(head_noun(owned.group().split())))

    def later_reporters(self, start: int, limit: int) -> list[tuple[int, str]]:
        """People named as the subject of a speech verb in a later clause of the sentence
        ("X called it a disgrace, while Sen. Alma Reyes said …"), as (position, name): nearer
        to a pronoun after the sentence than its first subject."""
        key = (start, limit)
        if key in self.later:
            return self.later[key]
        found: list[tuple[int, str]] = []
        sentence = self.text[start:limit]
        # (from each conjunction that may open such a clause to the first cue after it: few
        # sentences have one, and the cue patterns run only over the words that follow it)
        for opener in CLAUSE_OPENER.finditer(sentence):
            cue = cue_re().search(sentence, opener.end(), min(len(sentence), opener.end() + 90))
            own = cue and clause_with_own_subject().match(sentence, opener.start(), cue.start())
            if not cue or not own or not own.group(2) or not looks_like_cue(sentence, cue):
                continue
            subject = subject_before(self.text, start + own.end(1), start + cue.start())
            speaker = subject and make_speaker(self.text, subject[0], subject[1], "", cue.group(1), 0.7)
            if speaker and speaker.kind is SpeakerKind.NAMED:
                found.append((speaker.mention_start, _full_name(speaker, self.by_word, self.gender_of)))
        self.later[key] = found
        return found

    def unnamed_reporter(self, start: int, limit: int) -> Speaker | None:
        """The subject of the first speech verb in text[START:LIMIT] when it is one unnamed
        person ("The fisherman said", "a retired nurse told"), else None."""
        key = (start, limit)
        if key not in self.reporters:
            reporter = self._unnamed_reporter(start, limit)
            self.reporters[key] = None if reporter and self.quoted_at(reporter.mention_start) else reporter
        return self.reporters[key]

    def quoted_at(self, pos: int) -> bool:
        """Whether POS lies inside a quote: someone's words, never the narrative's subject
        (“We know the community has questions,” she said: the community is no reporter)."""
        return in_a_quote(self.quoted, self.quote_starts, pos)

    def _unnamed_reporter(self, start: int, limit: int) -> Speaker | None:
        sentence = self.text[start:limit]
        # (not a cue in a relative clause, "…, who asked not to be named, said", nor in an
        # opening subordinate one, "When the judge asked whether she would speak, she stood")
        cue = next(
            (
                m
                for m in cue_re().finditer(sentence)
                if looks_like_cue(sentence, m)
                and not re.search(r"\b(?:who|whom|that|which)\s+$", sentence[max(0, m.start() - 8) : m.start()])
            ),
            None,
        )
        opening = re.match(r"\s*([A-Za-z]+)\b", sentence)
        if cue is None or (opening and opening.group(1)[:1].isupper() and opening.group(1).lower() in wl.SUBORDINATE_OPENERS):
            return None
        # ("… under the line “The Comeback Is Real,” and the governor, campaigning in Marietta,
        # said …": the cue's clause begins after the last ", and")
        joined = list(CLAUSE_JOIN.finditer(sentence, 0, cue.start()))
        found = subject_before(self.text, start + (joined[-1].end() if joined else 0), start + cue.start())
        if not found or next(self.people_named(found[0], start + cue.start()), None):
            return None  # "A neighbor, Denise Harlan, said": the neighbour has a name
        speaker = make_speaker(self.text, found[0], found[1], "", cue.group(1), 0.0, found[2])
        words = speaker.mention.lower().split() if speaker else []
        one_person = bool(words) and not (set(words) & wl.COUNT_WORDS) and not words[-1].endswith("s")
        if words and words[0] in wl.POSSESSIVE_DETERMINERS and not _a_person_word(head_noun(words)):
            return None  # "shows her grading lab reports": her lab, a thing, reports nothing
        return speaker if speaker is not None and speaker.kind is SpeakerKind.ANONYMOUS and one_person else None

    def subject_of(self, start: int, limit: int) -> Speaker | None:
        key = (start, limit)
        if key not in self.subjects:
            subject = main_subject(self.text, start, limit, "")
            self.subjects[key] = None if subject and self.quoted_at(subject.mention_start) else subject
        return self.subjects[key]


RECENT_SPEAKERS = 12
NICKNAME_INSIDE_A_NAME = re.compile(r"(?<=[a-z]\s)[\"“'‘][A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)?[\"”'’](?=\s[A-Z])")
# a run of capitalised words; one that is a single word may be a surname ("Siebold"), a
# longer one is a name of its own ("Truth Social")
CAPITALISED_RUN = re.compile(rf"(?<![\w’'\-])(?:{NAME_PREFIX})?[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-.]*)*")
CLAUSE_JOIN = re.compile(r",[”’\"']?\s+(?:and|but)\s+")
FULL_NAME_BEFORE = re.compile(rf"(?<![\w’'\-])[{UPPER}][a-z][\w’'\-]*[ \t]+(?:[{UPPER}]\.[ \t]+)?[{UPPER}][a-z][\w’'\-]*$")
# the preposition right before a place name ("… from Delaware County", "… of Phoenix")
PLACE_BEFORE_A_NAME = re.compile(r"\s(?:from|in|outside|near|at|of)\s+(?:an?\s+|the\s+)?$")
PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|across|throughout)\s+$")


def _a_person_word(head: str) -> bool:
    """Whether a noun names a person by role or relation ("aide", "senator", "husband")."""
    return head in wl.union("person_heads", "anonymous_heads", "gender_words")


def _asker(text: str, quoted: list[tuple[int, int]], resolved: list[Speaker | None], i: int) -> str:
    """The person who asked the question quoted just before quote I ("“Do you stand by
    it?” Quill asked. ¶ “I do,” she replied."): the reply's pronoun is someone else."""
    if i == 0 or resolved[i - 1] is None or quoted[i - 1][1] > quoted[i][0]:
        return ""
    asked = text[quoted[i - 1][0] : quoted[i - 1][1]].rstrip(" \"”’'")
    previous = resolved[i - 1]
    if not asked.endswith("?") or previous is None or previous.kind is SpeakerKind.PRONOUN:
        return ""  # (an asker known only as a pronoun may be the pronoun's own person)
    # only when a verb of asking names the asker, or any verb right after the question names an
    # unnamed one ("“…?” a reporter called out"): a question given to someone over a colon
    # ("asked Celia Dunmore: “…?”") may have gone to the one asked, and a named speaker's own
    # question ("“Why can't Romney run his race?” Akin continued. He …") is often rhetorical
    after_the_question = previous.method in ("trailing_subject_cue", "trailing_cue_subject") and previous.kind in (
        SpeakerKind.ANONYMOUS,
        SpeakerKind.GROUP,
    )
    return previous.name if previous.cue.lower() in wl.QUESTION_CUES or after_the_question else ""


# "Carl and Dora Minetti", "Ana Ruiz and Tom Bell" opening a sentence, before its verb
NAMED_PAIR = re.compile(
    rf"((?:[{UPPER}][a-z][\w’'\-]*[ \t]+){{1,2}}and[ \t]+(?:[{UPPER}][a-z][\w’'\-]*[ \t]+)?[{UPPER}][a-z][\w’'\-]*)"
    r"(?=[ \t]+(?:[a-z]|of\b)|,)"
)


def _named_pair_before(view: _InView, pos: int) -> str:
    """Who a "they" stands for when the sentence before (or its own) opens with two people
    named together ("Carl and Dora Minetti of Lindell said they had driven all night.
    “…,” they said."); "" otherwise: a plural pronoun is left alone rather than guessed."""
    for start, end in reversed(view.sentences.spans_before(pos, 2)):
        if in_a_quote(view.quoted, view.quote_starts, start):
            continue
        lead = re.match(r"\s*", view.text[start:end])
        pair = NAMED_PAIR.match(view.text, start + (lead.end() if lead else 0), min(end, pos))
        if pair:
            return pair.group(1)
    return ""


def _chained(chain: list[tuple[int, str]], pos: int, gender: str, gender_of: dict[str, str]) -> str:
    """When nothing in view fits a "he" or "she", the person the last pronoun of that gender
    stood for, within a few paragraphs: a run of "he said" through long quotes keeps its
    speaker ("He then turned to Marchetti. He mocked her …" after seventy lines of speech)."""
    for at, name in reversed(chain):
        if pos - at > 3000:
            break
        if gender_of.get(name, gender) == gender:
            return name
    return ""


def _introduced_as_a_body(text: str, pos: int) -> bool:
    """Whether the name at POS follows a description of a company or public body set off by
    a comma at the start of its clause ("Her management company, Lantern Hill Artists,")."""
    window = text[max(0, pos - 120) : pos]
    described_as = DESCRIPTION_BEFORE_A_NAME.search(window)
    if described_as is None or described_as.group(1).split()[-1] not in wl.union("COMPANY_KINDS", "PUBLIC_BODY_KINDS"):
        return False
    return not window[: described_as.start()].strip() or window[: described_as.start()].rstrip()[-1] in ".,;:\n"


def _opens_in_a_quote(view: _InView, start: int) -> bool:
    """Whether the sentence at START begins inside a quote, its opening mark included."""
    first = re.match(r"[\s\"“‘']*", view.text[start : start + 8])
    return in_a_quote(view.quoted, view.quote_starts, start + (first.end() if first else 0))


def _participle_before(text: str, start: int, end: int, pos: int) -> bool:
    """Whether the pronoun at POS opens its sentence's main clause after a participle's
    phrase or an absolute one ("Standing beside Belov, she told …", "With Dana Ferrante
    beside him, he said …"): the pronoun is that phrase's subject too, so the people the
    phrase names are not who it refers to."""
    opening = text[start:end].strip()
    absolute = (opening.split()[:1] or [""])[0].lower() in wl.ABSOLUTE_OPENERS
    return end == pos and (absolute or opens_with_a_participle(opening)) and opening.endswith(",")


def _same_pronoun(subject: Speaker | None, gender: str, pos: int) -> bool:
    """Whether a sentence's subject is a pronoun of GENDER before POS ("She declined to name
    Gov. Ann Ravel as a finalist. “…,” she said"): the people it names after it are objects,
    and the pronoun goes on referring to whom that one did (a name before it may be that
    one: "When I called Brekke, he said …")."""
    return (
        subject is not None
        and subject.kind is SpeakerKind.PRONOUN
        and subject.mention_start <= pos
        and load_lexicon().pronoun_gender.get(subject.mention.lower()) == gender
    )


def _the_writer(subject: Speaker | None, text: str, start: int, end: int, gender: str) -> bool:
    """Whether a sentence is the writer's ("I asked her what she would do next"): its subject
    is "I" or "we" and the only person in it is a pronoun of GENDER, the one spoken of."""
    if subject is None or subject.mention.lower() not in ("i", "we"):
        return False
    objects = {"female": r"her|she", "male": r"him|his|he"}.get(gender)
    return objects is not None and re.search(rf"\b(?:{objects})\b", text[subject.mention_end : end]) is not None


def _asks_of_the_pronoun(text: str, start: int, end: int, gender: str) -> bool:
    """Whether a sentence is the writer's question about the same pronoun ("Did he buy the
    rebuild?"), which names nobody new."""
    asked = QUESTION_OF_A_PRONOUN.match(text, start, end)
    return asked is not None and load_lexicon().pronoun_gender.get(asked.group(1).lower()) == gender


# a question with a pronoun subject: "Did he buy it?", "Would she run again?"
QUESTION_OF_A_PRONOUN = re.compile(r"[ \t]*(?:Did|Does|Do|Would|Will|Could|Can|Is|Was|Has|Had|Should)[ \t]+(he|she)\b[^.!\n]*\?")


# a profile lede that names its "she" a sentence or two later: "She is Tamsin Hargreave, …"
NAMED_SOON_AFTER = re.compile(r"(?:^|[.!?”\"]\s+)(She|He)[ \t]+is[ \t]+([A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)+)")


def _named_soon_after(text: str, pos: int, gender: str) -> str:
    """The person a he/she with nobody before it stands for, when the next few sentences
    say who ("“…,” she told them. … She is Tamsin Hargreave, a partner at …"), else ""."""
    if gender not in ("male", "female"):
        return ""
    m = NAMED_SOON_AFTER.search(text, pos, min(len(text), pos + 400))
    if m is None or (m.group(1) == "She") != (gender == "female"):
        return ""
    return m.group(2)


def _subject_after_its_participle(view: _InView, s: Speaker, gender: str) -> str:
    """The person a he/she with nobody before it stands for when it sits in the participle's
    phrase that opens its sentence: "Asked whether he regretted the remark, anchor Reuben
    Castellano paused" (the phrase's subject, and so the pronoun's, is the main clause's)."""
    start = view.sentences.start_at(s.mention_start)
    if gender not in ("male", "female") or not opens_with_a_participle(view.text[start : s.mention_start].strip()):
        return ""
    end = view.sentences.end_after(s.mention_end, len(view.text))
    subject = main_subject(view.text, start, end, "")
    if subject is None or subject.kind is not SpeakerKind.NAMED or subject.mention_start <= s.mention_end:
        return ""
    name = _full_name(subject, view.by_word, view.gender_of)
    return name if view.gender_of.get(name, gender) == gender else ""


def _named_earlier_in_the_headline(view: _InView, s: Speaker, gender: str) -> str:
    """The person a he/she in the headline stands for: the last one the headline names before
    it, by the surname the story gives in full ("Holloway Refuses to Concede, Citing What He
    Calls a ‘Rigged’ Count")."""
    line_end = view.text.find("\n")
    if gender not in ("male", "female") or not 0 < s.mention_start < line_end:
        return ""
    for word in reversed(re.findall(r"[A-Z][\w’'\-]+", view.text[: s.mention_start])):
        people = [p[0] for p in view.by_word.get(word, []) if p[0].split()[-1] == word]
        if people:
            return people[0] if view.gender_of.get(people[0], gender) == gender else ""
    return ""


# a byline on a line of its own near the top: "By Oren Castell"
BYLINE = re.compile(r"^By[ \t]+([A-Z][\w.’'\-]+(?:[ \t]+[A-Z][\w.’'\-]+){1,3})[ \t]*$", re.MULTILINE)
# a Q-and-A answer's label at the start of its paragraph: "A.", "A:"
ANSWER_LABEL = re.compile(r"A[.:][ \t]")


def _byline(text: str) -> str:
    """The writer a byline near the top of the article names, or ""."""
    m = BYLINE.search(text, 0, min(len(text), 400))
    return m.group(1) if m else ""


def _interviewee(view: _InView) -> str:
    """Who answers in a Q-and-A: the person the article names most often (by surname),
    the one the interview is with."""
    writer = _byline(view.text)  # (who asks is not who answers)
    people = [p[0] for p in view.people if len(p[0].split()) >= 2 and p[0] != writer and not names_a_body(p[0], load_lexicon())]
    counts = {name: len(re.findall(rf"\b{re.escape(name.split()[-1])}\b", view.text)) for name in people}
    return max(counts, key=lambda name: counts[name]) if counts else ""


def _in_an_answer(text: str, pos: int) -> bool:
    """Whether POS lies in a Q-and-A answer paragraph, where "I" is the one answering."""
    # (a bounded look back: a paragraph longer than that holds no answer label in reach)
    newline = text.rfind("\n", max(0, pos - 3000), pos)
    if newline < 0 and pos > 3000:
        return False
    return ANSWER_LABEL.match(text, newline + 1) is not None


# a clause joined by a comma and "and"/"but" that opens with a name and its verb (group 1 the name)
COORDINATE_SUBJECT = re.compile(r",[ \t]+(?:and|but)[ \t]+((?:[A-Z][\w.’'\-]*[ \t]+){0,2}[A-Z][\w’'\-]*)(?=[ \t]+[a-z])")


# a sentence that opens with a name set off by a comma right before the pronoun: in
# "Mr. Achebe, he added, “never came”" Achebe is spoken of and "he" speaks
FRONTED_BEFORE_PRONOUN = re.compile(r"[ \t]*(?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w’'\-]*[ \t]*,[ \t]*")


def _antecedent(view: _InView, pos: int, gender: str, last_named: list[tuple[int, Speaker]], asker: str = "") -> str:
    """The person a he/she most likely refers to: the nearest preceding person who was a
    named speaker or the subject of a sentence (subjects are what pronouns pick up in news
    prose), skipping anyone whose known gender clashes and the ASKER of a question the
    quote answers."""
    if gender == "plural":
        return _named_pair_before(view, pos)
    if gender == "first":
        # "“…?” I asked." in the narrative is its writer, named by the byline or else unnamed;
        # in a Q-and-A answer ("A. … I wrote to every courier") the interviewee; "we" may be
        # the writer and others, and is the last one named
        last = last_named[-1][1].name if last_named else ""
        if re.match(r"I\b", view.text[pos : pos + 2]) is None:
            return last
        if not _in_an_answer(view.text, pos):
            return _byline(view.text)
        return _interviewee(view) or last
    # the nearest named speakers are enough (a clash of gender rules out one or two), and
    # looking at a bounded number keeps resolution linear in the article
    recent = last_named[-RECENT_SPEAKERS:]
    candidates: list[tuple[int, str]] = [(p, s.name) for p, s in recent if p < pos]
    unnamed_at: dict[int, str] = {}  # candidates who are unnamed people: their descriptions
    gender_of = view.gender_of
    # (sentences inside a quote are no narrative and do not count: in "X won the prize. “A.
    # B,” she said" the prize sentence is the one before)
    around = view.sentences.spans_before(pos, 16)
    spans = [span for span in around[:-1] if not _opens_in_a_quote(view, span[0])][-7:] + around[-1:]
    # the last two sentences put the people they name in view, and so does each sentence
    # before a run whose subject is this same pronoun ("When Voss turned to Marchetti, the
    # crowd chanted. He waved them down. “…,” he said")
    reach = 2
    # (so does a sentence of the writer's, "I asked her what she would do next.", which
    # names nobody and whose object is the same person)
    writer_sentences = 0
    for start, end in reversed(spans[:-1]):
        subject = view.subject_of(start, min(end, start + 200))
        writers = _the_writer(subject, view.text, start, end, gender) or _asks_of_the_pronoun(view.text, start, end, gender)
        if not (_same_pronoun(subject, gender, pos) or writers):
            break
        reach += 1
        writer_sentences += writers
    for k, (start, end) in enumerate(spans):
        if in_a_quote(view.quoted, view.quote_starts, start):
            continue  # a sentence inside someone's quote is not the narrative's subject
        if _participle_before(view.text, start, end, pos):
            continue  # "Standing beside Belov, she …": nobody the opening phrase names is "she"
        # (to the sentence's end: a comma inside the next sentence's quote opens no clause here)
        subject = view.subject_of(start, min(end, start + 200))
        if subject is not None and k >= len(spans) - 2:
            # "The moderator went straight to the story, and Vance didn’t wait. “…,” he said":
            # the subject of a later clause joined by "and" or "but" is nearer than the first
            for joined in COORDINATE_SUBJECT.finditer(view.text, subject.mention_end, min(end, pos)):
                candidates.extend(view.people_named(joined.start(1), joined.end(1)))
        # (a sentence whose subject is this same pronoun names only objects after it)
        names_end = subject.mention_start if subject and _same_pronoun(subject, gender, pos) else end
        # "The judge was unmoved. “…,” he said.": the person the description stands for
        anonymous = subject is not None and subject.kind is SpeakerKind.ANONYMOUS and subject.mention_start < pos
        described = _described_person(view.text, subject, view.people) if subject is not None and anonymous else ""
        if subject and subject.kind is SpeakerKind.NAMED and subject.mention_start < pos:
            name = _full_name(subject, view.by_word, view.gender_of)
            # (not when the subject's honorific rules the pronoun out: "Mrs. Vanterpool said her
            # husband …. he told her" is not her son)
            ruled_out = _stated_gender("", subject.mention) not in ("", gender)
            if gender in ("male", "female") and len(subject.name.split()) == 1 and gender_of.get(name, gender) != gender and not ruled_out:
                # "The elder Quarrie is more philosophical. “…,” he says": of a family sharing
                # the surname, the member the pronoun's gender does not rule out
                family = [m[0] for m in view.by_word.get(subject.name, []) if m[0].split()[-1] == subject.name and m[1] < pos]
                fitting = [m for m in family if gender_of.get(m) == gender] or [m for m in family if m not in gender_of]
                name = fitting[-1] if fitting else name
            # (a single name counts once it speaks or is described: "His wife, Marjorie, keeps …")
            if len(name.split()) >= 2 or subject.role or name in view.full_names or any(name == s.name for _, s in recent):
                candidates.append((subject.mention_start, name))
            candidates.extend((at, later) for at, later in view.later_reporters(start, end) if subject.mention_start < at < pos)
            if k >= len(spans) - 2 - writer_sentences and gender in ("male", "female") and gender_of.get(name, gender) != gender:
                # "Dorsey will take over when Halloran retires. “…,” he said": a subject of the
                # other gender leaves the people the sentence names after it in view
                candidates.extend(
                    p for p in view.people_named(subject.mention_end, min(end, pos)) if not in_a_quote(view.quoted, view.quote_starts, p[0])
                )
                # ("Gary Pruitt was scrolling when his wife reached over. “…,” she told him": the
                # subject's spouse, named elsewhere with the shared surname)
                for relation in SUBJECTS_SPOUSE.finditer(view.text, subject.mention_end, min(end, pos)):
                    spouse = _spouse_named(relation.start(), view.people, relation.group(1).lower(), view.text, name)
                    if spouse and gender_of.get(spouse, gender) == gender:
                        candidates.append((relation.start(), spouse))
            clash = gender in ("male", "female") and gender_of.get(name, gender) != gender
            relative_of = RELATIVE_OF_THE_SUBJECT.match(view.text, start, subject.mention_start)
            if clash and relative_of and k >= len(spans) - reach:
                # "Rosen’s father, Abraham Rosen, ran it. She remembers …": the one whose
                # relative the subject is stays in view (over a run of the same pronoun too)
                owner = relative_of.group(1).split()[-1]
                candidates.extend(
                    (start, p[0])
                    for p in view.by_word.get(owner, [])
                    if p[1] < start and p[0].split()[-1] == owner and gender_of.get(p[0], gender) == gender
                )
            if asker and name == asker:
                # "Brennan reached the amendment's sponsor, Ruth Abernathy-Cole. “…?” Brennan asked.
                # “No …,” she answered": the one the asker reached is who answers
                candidates.extend(p for p in view.people_named(subject.mention_end, min(end, pos)) if p[1] != asker)
        elif subject and described:
            candidates.append((subject.mention_start, described))
        elif len(spans) - reach <= k < len(spans) - 2:
            # a sentence further back that a run of the same pronoun keeps in view: its unnamed
            # person subject ("The president declined to tap money from Texas or Puerto Rico.
            # But he … “…,” he said") or else the first person it names ("When Voss turned to
            # Marchetti, the crowd chanted. He waved. “…,” he said"), never an unnamed thing
            # that reports ("The photo was criticized …")
            if (
                subject is not None
                and subject.kind is SpeakerKind.ANONYMOUS
                and _a_person_word(head_noun(subject.mention.lower().split()))
                # (not one whose own clause has the pronoun's person as its object: in "One
                # night a judge found her there. She remembers …" the judge is no "she")
                and not _object_pronoun_after(view.text, subject.mention_end, end, gender)
            ):
                candidates.append((subject.mention_start, ""))  # "The president opted …": that person, unnamed
                unnamed_at[subject.mention_start] = subject.mention
                continue
            named = (p for p in view.people_named(start, names_end) if not in_a_quote(view.quoted, view.quote_starts, p[0]))
            first = next(named, None)
            if first is not None:
                candidates.append(first)
        elif k >= len(spans) - 2:
            unnamed = view.unnamed_reporter(start, end) if k + 1 < len(spans) else None
            if unnamed is not None and not _a_person_word(head_noun(unnamed.mention.lower().split())):
                unnamed = None  # "She did neither, the profile noted": a document is no "she"
            described_reporter = _described_person(view.text, unnamed, view.people) if unnamed is not None else ""
            if unnamed is not None and described_reporter:
                # "When the judge asked …": the judge introduced by name, whose gender counts
                candidates.append((unnamed.mention_start, described_reporter))
                continue
            if unnamed is not None:
                # "The fisherman said the storm was worse. “…,” he said.": an unnamed
                # person who reports just before is nearer than anyone named earlier, and
                # is who the pronoun is ("a senior official, speaking on condition of
                # anonymity, said …" keeps the anonymous source an anonymous source)
                candidates.append((unnamed.mention_start, ""))
                unnamed_at[unnamed.mention_start] = unnamed.mention
                continue
            # "The crowd cheered as Lena Park took the microphone. “…,” she said.": with no
            # person as its subject, the sentence before (or this one) still puts the first
            # person it names in view
            # (not a name inside a quote: “The gym on Mill Street opens,” she said. She added …)
            # (nor a place: "told reporters in Las Vegas" names no one)
            # (nor the one asked about: "Asked whether Whitcomb approved it, he said" is not Whitcomb)
            # (a surname before this same pronoun as the subject, "When I read Tolliver the line,
            # she was quiet", is the one of the pronoun's gender among namesakes: mother, not son)
            asked = ASKED_ABOUT.match(view.text, start, end)
            if FRONTED_BEFORE_PRONOUN.fullmatch(view.text, start, pos):
                continue
            named = (
                p
                for p in view.people_named(asked.end() if asked else start, names_end, gender if names_end < end else "")
                if not in_a_quote(view.quoted, view.quote_starts, p[0]) and not PLACE_BEFORE.search(view.text, max(0, p[0] - 12), p[0])
            )
            first = next(named, None)
            if first is not None:
                candidates.append(first)
    for at, name in sorted(candidates, reverse=True):
        if at in unnamed_at:
            if unnamed_at[at] == asker:
                continue  # “…?” the prosecutor asked. “…,” she said: not the one who asked
            return unnamed_at[at]  # the nearest is someone unnamed: their description
        if name.isupper() and " " not in name:
            continue  # "CNN", "IEBC": an acronym is a body, which no "he" or "she" stands for
        if _introduced_as_a_body(view.text, at):
            continue  # "Her management company, Lantern Hill Artists,": a body, whatever its name ends in
        known = gender_of.get(name)
        if (known and gender != "any" and known != gender) or name == asker:
            continue
        return name
    # nobody in view fits: the most recent person of the pronoun's stated gender named in the
    # last sentences, even as an object ("Lind questioned Linda Carr. … she replied")
    in_view = [name for _, name in view.people_named(spans[0][0] if spans else pos, pos) if name != asker]
    fitting = [name for name in in_view if gender_of.get(name) == gender]
    if not fitting and gender in ("male", "female"):
        # "Sen. Ambrose Kilbride met Rep. Ondine Farrow. “…,” she said.": the one person in
        # view whose gender nothing rules out
        fitting = list(dict.fromkeys(name for name in in_view if name not in gender_of))
        fitting = fitting if len(fitting) == 1 else []
    return fitting[-1] if fitting else ""
