"""What a run of words names when it stands as a speaker: the noun phrase and where it ends,
its kind (person, pronoun, unnamed source, group, body), and the name and role inside it
("U.S. President Donald Trump" -> Donald Trump, U.S. President)."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter

from quoteaudit.extract import wordlists as wl
from quoteaudit.extract.wordlists import MAX_NP_WORDS, Lexicon, load_lexicon
from quoteaudit.models import Quote, Speaker, SpeakerKind
from quoteaudit.rules import abbreviations, rules_dir_key

WORD = r"[\w’'\-\.]+"
HEADLINE_MAX_CHARS = 1000
# a headline's or subhead's line, where an article may be dropped ("…”, analyst says")
SUBHEAD_MAX_CHARS = 200


# the label that opens a question or answer of a Q-and-A ("Q. ", "A: ")
QA_LABEL = re.compile(r"[QA][.:][ \t]+(?=[A-Z])")


def _trim_mention(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and punctuation at both ends of a mention."""
    while start < end and (text[start].isspace() or text[start] in ",;:—–-\"“”'‘’("):
        start += 1
    label = QA_LABEL.match(text, start, end)
    if label:
        start = label.end()  # "Q. Couriers United has called …": the interview's label is no part of the name
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-\"“”'‘’)."):
        if text[end - 1] == "." and re.search(r"\b(?:[A-Z]\.)+$|\b(?:Jr|Sr|Inc|Co|Corp)\.$", text[start:end]):
            break  # keep the period of U.S. / Jr.
        end -= 1
    return start, end


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'\-\.]+", text)


def is_pronoun(mention: str) -> bool:
    return mention.lower() in load_lexicon().pronoun_gender


# A capitalised compound whose second part is lower case ("Runner-up", "Co-founder",
# "Ex-wife"): a role at the start of a sentence, never part of a name ("Jean-Luc").
ROLE_COMPOUND = re.compile(r"[A-Z][a-z]+-[a-z][\w\-]*")


# a lawmaker's party and state as news sets them off after a name: "R-Wis.", "Democrat of Vermont"
PARTY_TAG = r"(?:(?:Republican|Democrat|Independent)[ \t]+of[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?|[RDI]-[A-Z][\w.]*)"


# a lower-case particle joined to a capitalised surname: "al-Nuwairi", "el-Baz", "bin-Talal"
NAME_PREFIX = r"(?:al|el|ul|ad|ud|bin|ibn|abu|ben|d)[\-’'](?=[A-Z])"
_PREFIXED = re.compile(NAME_PREFIX + r"[A-Z]")


def is_capitalised(word: str) -> bool:
    """Whether a word may stand in a name: a capital first, or a joined particle before one."""
    return word[:1].isupper() or _PREFIXED.match(word) is not None


def split_name(mention: str) -> tuple[str, str]:
    """(name, role) from a mention: "U.S. President Donald Trump" -> ("Donald Trump", "U.S. President").

    The name is the last run of capitalised words, less the title words at its front; what
    precedes it is the role. Possessive countries ("Mexico’s President") are role too.
    (Remembered per mention and rules folder: an article asks for the same names again and again.)"""
    return _split_name(mention, rules_dir_key())


@functools.lru_cache(maxsize=65536)
def _split_name(mention: str, rules_key: str) -> tuple[str, str]:
    lex = load_lexicon()
    # (read once, not per word; "&" joins a body's name: "USA Track & Field")
    particles, weekdays, months, suffixes = wl.NAME_PARTICLES | {"&"}, wl.WEEKDAYS, wl.MONTHS, wl.NAME_SUFFIXES
    tokens = mention.split()
    runs: list[tuple[int, int]] = []

    def particles_then_a_capital(k: int) -> bool:
        # "van Doorn", and "van der Merwe": particles inside a name, then its next capital
        start = k
        while k < len(tokens) and tokens[k] in particles:
            k += 1
        return k > start and k < len(tokens) and tokens[k][:1].isupper()

    def a_locals_number(k: int) -> bool:
        # "United Pipe Trades Local 417": a union local's number is part of its name
        return k > 0 and tokens[k - 1] == "Local" and tokens[k].rstrip(",.").isdigit()

    i = 0
    while i < len(tokens):
        if is_capitalised(tokens[i]) or (runs and particles_then_a_capital(i) and runs[-1][1] == i):
            j = i
            while j < len(tokens) and (is_capitalised(tokens[j]) or particles_then_a_capital(j) or a_locals_number(j)):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    # "the Farmers and Industry Party": "and" inside a body's name, which ends on a word for a body
    org_heads = lex.organization_heads
    for n in range(len(runs) - 1, 0, -1):
        (a, b), (c, d) = runs[n - 1], runs[n]
        if c == b + 1 and tokens[b] == "and" and tokens[d - 1].strip(",.").lower() in org_heads and d - c >= 2:
            runs[n - 1 : n + 1] = [(a, d)]

    def modifies_a_noun(b: int) -> bool:
        # "reality TV star", "GOP candidate": capitals right before a person noun modify it
        return b < len(tokens) and tokens[b - 1][-1:] != "," and tokens[b].strip(",.") in wl.union("person_heads", "anonymous_heads")

    # "Speaker Nancy Pelosi of California": a run after "of"/"from" is a place, unless no
    # earlier run names anyone ("Secretary of State Hillary Clinton")
    # ("said Sergeant Ortiz of the Harbor Police Department", "President Lionel Akpakli of
    # neighbouring Gorsa", "Deputy Irina Solchava of the ruling National Unity party": up to
    # two lower-case words may come between)
    place_words = wl.PLACE_PREPOSITIONS

    def after_a_place_word(a: int) -> bool:
        lower = 0
        while lower < 2 and a - lower > 1 and tokens[a - lower - 1].islower() and tokens[a - lower - 1].lower() not in place_words:
            lower += 1
        return a - lower > 0 and tokens[a - lower - 1].lower() in place_words

    after_of = {a for a, _ in runs if after_a_place_word(a)}
    for (a, b), (c, _) in itertools.pairwise(runs):
        # "Stacy Baker of Columbia, South Carolina", "of the Institute of Economic and Social
        # Research": what continues a place or body after a comma or "and" is more of it
        if a in after_of and (tokens[c - 1].endswith(",") or (c == b + 1 and tokens[b].lower() in ("and", "&"))):
            after_of.add(c)
    for skip_places in (True, False):
        for a, b in reversed(runs):
            if skip_places and a in after_of:
                continue
            if tokens[b - 1].rstrip(",").endswith(POSSESSIVE_ENDINGS) or modifies_a_noun(b):
                continue  # "Trump Jr.’s attorney": the possessor is someone else
            if all(t.strip(",.").lower() in weekdays for t in tokens[a:b]) or (
                b < len(tokens) and tokens[b].islower() and all(t.strip(",.").lower() in months for t in tokens[a:b])
            ):
                continue  # "on Wednesday morning", "the bank's September meeting": a date names no one (not "June said")
            k = a
            # ("spokesman Dean Whitby": after a noun for the person's role, a title word that is a
            # first name the census knows opens the name)
            named_after_a_role = (
                b - a == 2
                and a > 0
                and tokens[a - 1].lower() in wl.union("person_heads", "anonymous_heads")
                and bool(first_name_gender(tokens[a], lex))
            )
            while (
                k < b
                and not named_after_a_role
                and (
                    tokens[k].strip(",") in lex.titles
                    or tokens[k].lower() in lex.determiners
                    or tokens[k].endswith(POSSESSIVE_ENDINGS)
                    or (ROLE_COMPOUND.fullmatch(tokens[k]) is not None and b - k > 2)  # "Runner-up Dale Pettit"
                )
            ):
                k += 1
            # "Ohio Gov. John Kasich", "FBI Director James B. Comey", "Action Forum’s Douglas
            # Holtz-Eakin": the name starts after the last title inside the run (never the
            # run's last word or a suffix: "Steve King", "Martin Luther King Jr.")
            core = b
            while core > k and tokens[core - 1].strip(",") in suffixes:
                core -= 1
            inner = [] if named_after_a_role else [i for i in range(k, core - 1) if _is_role_word(tokens[i], lex)]
            if (
                core - k == 3
                and inner == [k + 1]
                and tokens[k + 1] in lex.titles
                and not tokens[k + 1].endswith(".")
                and first_name_gender(tokens[k], lex)
                and tokens[k] not in lex.titles
            ):
                inner = []  # "Halima Sheikh Nur", "Amina Haji Ali": a first name, then a title word that is part of the name
            if inner:
                k = inner[-1] + 1
            elif not skip_places and a in after_of and core - k > 2 and not names_a_body(" ".join(tokens[k:core]).strip(",."), lex):
                # "Director of National Intelligence James Clapper": the body named after
                # "of" runs into the name, which is its last two words (and a middle initial);
                # not when the run is itself a body's name ("members of the Lower Fork Water
                # Users Association")
                # (an initial or a particle before the surname stays: "… Tadhg Ó Cearbhaill")
                k = core - 3 if re.fullmatch(r"[A-Z]\.", tokens[core - 2]) or tokens[core - 2].lower() in particles else core - 2
            first_names = lex.first_name_gender
            if core - k >= 3 and tokens[k].lower() in wl.SUBORDINATORS and not first_name_gender(tokens[k], lex):
                # "After Rosalind Achterberg took the oath": the subordinator opening the sentence
                # is no part of the name (a preposition's object may be none: "On Truth Social")
                k += 1
            if k == a + 1 and core - k == 1 and a > 0 and tokens[a - 1] in lex.person_heads and first_name_gender(tokens[a], lex):
                k = a  # "Rovers skipper Dean Okafor": after a role noun, a title word that is also a first name is his first name
            role_first = core - k >= 3 and tokens[k].lower() in lex.person_heads and not first_name_gender(tokens[k], lex)
            # ("Dr Tanvir Ahmed Shuvo": a first name follows an honorific; not "Security" in
            # "National Security Adviser Susan Rice", a title word inside a role)
            before_k = tokens[k - 1].strip(",") if k > a else ""
            after_a_title = before_k in lex.titles and (
                before_k.endswith(".") or before_k.lower() in abbreviations() or before_k.lower() in lex.person_heads
            )
            if (
                core - k >= 3
                and tokens[k] not in first_names
                and tokens[k + 1] in first_names
                and not _double_first_name(tokens[k], lex)
                and not after_a_title
                and tokens[k] not in wl.GIVEN_NAME_ABBREVIATIONS  # ("Md. Abdul Kader": an abbreviated given name, no job)
            ):
                k += 1  # "Farmer Joel Ankrum", "Footballer Jade Okonkwo": a job before a first name
            elif role_first and (first_name_gender(tokens[k + 1], lex) or tokens[k + 1] in wl.GIVEN_NAME_ABBREVIATIONS):
                # "Librarian Constance Yeboah": a role noun before a first name the census knows
                # or an abbreviated one ("Forecaster Ma. Lourdes Bautista")
                k += 1
            if (
                len(tokens) == core == 2
                and k == 0
                and re.fullmatch(r"[A-Z][a-z\-]+(?:ing|ed)", tokens[0])
                and not first_name_gender(tokens[0], lex)
                and tokens[1].lower() not in wl.union("person_heads", "anonymous_heads", "group_heads", "organization_heads")
            ):
                k = 1  # a tabloid's "Squirming Pryor told MPs", "Embattled Pryor": how he was, then his surname
            name_tokens = [t.strip(",") for t in tokens[k:b]]
            while len(name_tokens) > 2 and name_tokens[-1].lower() in weekdays:
                name_tokens.pop()  # "Chairman Michael Ortega Sunday defended …": a day, no part of the name
            if (
                len(name_tokens) >= 2
                and name_tokens[-1] in lex.titles
                and name_tokens[-1].lower() in lex.person_heads
                and not first_name_gender(name_tokens[0], lex)
            ):
                # "Quebec’s Health Minister", "the Foreign Secretary": a title, no name ("Steve
                # King", "Tonya Bishop" are: a first name the census knows opens them)
                continue
            if name_tokens and not all(t.lower() in wl.union("anonymous_heads", "group_heads", "organization_heads") for t in name_tokens):
                role = " ".join(tokens[:k]).strip(" ,")
                return " ".join(name_tokens), role
    return "", ""


# a place's office in title case ("Britain’s Foreign Secretary", "Quebec’s Health Minister"; group 1 the office's noun)
OWNED_OFFICE = re.compile(r"[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*)?(?:’s|'s|’|')[ \t]+(?:[A-Z][a-z]+[ \t]+){0,3}([A-Z][a-z]+)")
# a quantity of people: an adjective or two, a quantity noun, "of" and the people (groups 1 and 2)
COUNTED_PEOPLE = re.compile(r"(?:[A-Za-z\-]+[ \t]+){0,2}?([A-Za-z]+)[ \t]+of[ \t]+(.+)")
# "Trump’s", "Fox News’", "Republicans'": a possessor, singular or plural.
POSSESSIVE_ENDINGS = ("’s", "'s", "s’", "s'")
# The possessive ending at the end of a name, to strip it ("Fenwick’s" -> "Fenwick")
POSSESSIVE_TAIL = re.compile(r"(?:’s|'s|’|')$")


def first_name_gender(first: str, lex: Lexicon) -> str:
    """A first name's gender from the project's list, else the census's; "" when neither knows it.
    ("Antônio" is looked up as "Antonio": the lists are written without accents.)"""
    found = lex.first_name_gender.get(first) or lex.census_first_name_gender.get(first, "")
    if found or first.isascii():
        return found
    return first_name_gender(unaccented(first), lex) if unaccented(first) != first else ""


@functools.lru_cache(maxsize=4096)
def unaccented(word: str) -> str:
    """WORD without its diacritics ("Antônio" -> "Antonio", "Zoë" -> "Zoe")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _double_first_name(token: str, lex: Lexicon) -> bool:
    """Whether a capitalised word before a first name opens a double first name ("Sue Ann
    Petrakis", "Mary Beth Lund"): a first name in the census that names no job ("Farmer",
    "Pastor" are both)."""
    return (
        (token in lex.census_first_name_gender or unaccented(token) in lex.census_first_name_gender)
        and token.lower() not in wl.union("person_heads", "anonymous_heads")
        and token not in lex.titles
    )


def _is_role_word(token: str, lex: Lexicon) -> bool:
    """A title ("Gov.", "Director"), a capitalised person noun ("Chairman") or a possessor
    ("Forum’s") inside a capitalised run: what follows it is the name."""
    word = token.strip(",")
    return word in lex.titles or word.endswith(POSSESSIVE_ENDINGS) or (word[:1].isupper() and word.lower().rstrip(".") in lex.person_heads)


def state_demonyms() -> dict[str, str]:
    """What the people of each US state are called, and the state ("Texan" -> "Texas", "New
    Yorker" -> "New York"), from the lexicon; built once per rules folder."""
    return _state_demonyms(rules_dir_key())


@functools.cache
def _state_demonyms(rules_dir: str) -> dict[str, str]:
    return dict(entry.replace("+", " ").split(":") for entry in wl.STATE_DEMONYMS)


def classify(mention: str) -> tuple[SpeakerKind, str]:
    """Speaker kind and resolved-name candidate for a mention's words.

    Order matters: a person's name wins over the nouns around it ("Spokesman Jim Smith"),
    "the" + capitals is a body ("The Post"), and an unnamed noun phrase is anonymous when
    singular ("a man", "a former official") or a group when plural ("experts")."""
    kind, name = _classify(mention, rules_dir_key())
    return kind, (_without_modifiers(_without_country(name)) if kind is SpeakerKind.ORGANIZATION else name)


def _without_modifiers(name: str) -> str:
    """A body's name without a compound or "ruling" that describes it first: "state-run
    Harbor News Agency" is the Harbor News Agency, "ruling Zembala People's Congress" the
    Zembala People's Congress (not "the state Hospital Association", whose "state" is a word of
    its name, nor "board of Grayfield Motors", whose words before the name are the speaker)."""
    described = re.match(r"(?:[a-z]+-[a-z\-]+|ruling)[ \t]+(?=[A-Z][\w’'&.\-]*[ \t]+[A-Z])", name)
    return name[described.end() :] if described else name


def _without_country(name: str) -> str:
    """A body's name without the country owning it: "Britain’s Information Commissioner’s
    Office" is the Information Commissioner’s Office, as another outlet names it. A name
    every country has keeps its owner ("Japan’s Ministry of Defense", "Spain’s Supreme Court")."""
    owner, mark, rest = name.partition("’s ") if "’s " in name else name.partition("'s ")
    distinctive = rest[:1].isupper() and len(rest.split()) >= 2 and rest.split()[0] not in wl.GENERIC_BODY_STARTS
    return rest if mark and owner in wl.COUNTRIES and distinctive else name


def approximate_count() -> re.Pattern:
    """An approximator before a count that opens a subject ("Nearly 40", "Close to three
    dozen"; approximators and count_words in the lexicon)."""
    return _approximate_count(rules_dir_key())


@functools.cache
def _approximate_count(rules_key: str) -> re.Pattern:
    counts = "|".join(sorted(wl.COUNT_WORDS, key=len, reverse=True))
    return re.compile(rf"(?i:{_approximators()})[ \t]+(?=\d|(?:{counts})\b)")


def _approximators() -> str:
    """The lexicon's approximators as one alternation, longest first, any run of blanks
    between the words of one ("close to", "more than")."""
    return "|".join(sorted((w.replace(" ", r"[ \t]+") for w in wl.APPROXIMATORS), key=len, reverse=True))


@functools.lru_cache(maxsize=65536)
def _classify(mention: str, rules_key: str) -> tuple[SpeakerKind, str]:
    lex = load_lexicon()
    words = [w.lower().strip(",.") for w in mention.split()]
    if not words:
        return SpeakerKind.UNKNOWN, ""
    counted = approximate_count().match(mention) if mention[:1].isupper() else None
    if counted and (kind := _classify(mention[counted.end() :], rules_key)[0]) in (SpeakerKind.GROUP, SpeakerKind.ANONYMOUS):
        return kind, mention  # "Close to three dozen House Democrats": the count's phrase, not "Close"
    if len(words) == 1 and is_pronoun(words[0]):
        return SpeakerKind.PRONOUN, ""
    if share_of_people().fullmatch(mention.strip(" ,")):
        return SpeakerKind.GROUP, mention  # "About 4 in 10", "Two-thirds of respondents": people counted
    counted_people = COUNTED_PEOPLE.fullmatch(mention.strip(" ,"))
    quantity = counted_people.group(1).lower() if counted_people else ""
    quantity = quantity[:-3] + "y" if quantity.endswith("ies") else quantity
    if (
        counted_people
        and quantity in wl.QUANTITY_HEADS
        and _classify(counted_people.group(2), rules_key)[0] in (SpeakerKind.GROUP, SpeakerKind.ANONYMOUS)
    ):
        # "Clear majorities of dairy farmers in three counties": people counted, however
        # long the phrase after "of" (not "Large", a capital opening it)
        return SpeakerKind.GROUP, mention
    # (PERSON_OF_A_BODY, below, serves the census-name case later on too)
    person_of = PERSON_OF_A_BODY.match(mention.strip())
    before_of = person_of.group(1).split() if person_of else []
    # (a name, not a body's words: "Federal Bureau of Investigation", "United States of America")
    body_words = wl.union("organization_heads", "ANY_BODY_KINDS", "COMPANY_KINDS", "PUBLIC_BODY_KINDS")
    if (
        person_of
        and not any(w in lex.titles for w in before_of)  # ("Under Secretary of Labor Colleen Marr")
        and before_of[0].lower() not in lex.determiners  # ("The Brotherhood of Border Officers")
        and not any(w.lower().strip(".") in body_words or singular_noun(w.lower()) in body_words for w in before_of)
        and not a_state_or_country(person_of.group(1))
        # (a first name the census knows, or a word no adjective of a body's name ends like:
        # "National Institutes", "Pacific Gas", "Federal Reserve")
        and (first_name_gender(before_of[0], lex) or not re.search(r"(?:al|ic|an|ern|ed|ish|ese|ian)$", before_of[0]))
    ):
        return SpeakerKind.NAMED, person_of.group(1)  # "Noor Haddad of Civic Geometry Partners": the person, of the body
    if re.fullmatch(r"@\w{2,}", mention.strip()):
        return SpeakerKind.NAMED, mention.strip()  # a social-media account: "@WadeCastellan"
    if re.fullmatch(r"(?:[Tt]he\s+)?[A-Z]{2,}(?:-[A-Z]{2})?\d*", mention.strip()) and re.search(r"-[A-Z]{2}$|\d", mention.strip()):
        return SpeakerKind.ORGANIZATION, mention.strip()  # a station's call sign: "WPEX-TV", "KQED-FM"
    placed = PLACE_AFTER_A_ROLE.fullmatch(mention.strip())
    if placed and not names_a_body(placed.group(2), lex):
        # "Velmora’s ambassador in Lesk", "the envoy at Geneva": a place after a role names
        # where the person serves, not who they are
        kind, _ = _classify(placed.group(1), rules_key)
        if kind in (SpeakerKind.ANONYMOUS, SpeakerKind.GROUP):
            return kind, mention
    _, comma, named = mention.partition(", ")
    if comma and words[0] in wl.union("determiners", "POSSESSIVE_DETERMINERS", "COUNT_WORDS") and DESCRIBED_NAME.match(named):
        # "A second economist, Dr. Ingrid Solvang of the Policy Center", "The union, the
        # Harbor Workers Alliance", "One of them, retired librarian Opal Fairweather": a
        # description, then the name it stands for (two words at least: "… in San
        # Bernardino, Calif." ends on a place)
        kind, name = _classify(named.strip(" ,"), rules_key)
        if kind is SpeakerKind.NAMED and head_noun(mention.partition(", ")[0].lower().split()) in lex.organization_heads:
            kind = SpeakerKind.ORGANIZATION  # "Her management company, Lantern Hill Artists": a body, whatever its name ends in
        if kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION) and name[:1].isupper():
            return kind, name
    named_at_end = NAMED_AT_THE_END.search(mention.strip(" ,"))
    described = mention[: named_at_end.start()].rsplit(",", 1)[-1].lower().split() if named_at_end else []
    if (
        named_at_end
        and described
        and (described[0] in ("a", "an", "one") or head_noun(described) in wl.union("person_heads", "anonymous_heads", "gender_words"))
    ):
        # "One of them, a warehouse supervisor named Trey Lind", "a 70-year-old retiree named Bernice Oakes"
        return SpeakerKind.NAMED, named_at_end.group(1)
    first_name = named.strip(" ,")
    known_first_name = bool(first_name_gender(first_name, lex))
    if comma and words[0] in wl.union("determiners", "POSSESSIVE_DETERMINERS") and known_first_name:
        return SpeakerKind.NAMED, first_name  # "A volunteer, Jamal": a description, then the first name it goes by
    if words[0] in lex.determiners and len(words) > 1 and words[-1] in wl.PARTY_MEMBERS:
        # "The Ohio Democrat", "A second Pennsylvania Republican": a party's member described
        return (SpeakerKind.GROUP if words[-1].endswith("s") else SpeakerKind.ANONYMOUS), mention
    if words[0] in ("the", "a") and " ".join(mention.split()[1:]).strip(" ,") in state_demonyms():
        return SpeakerKind.ANONYMOUS, mention  # "the Texan", "a New Yorker": one person from the state
    kind_named = BODY_KIND_THEN_NAME.fullmatch(mention.strip(" ,"))
    if kind_named and kind_named.group(1) in wl.union("COMPANY_KINDS", "PUBLIC_BODY_KINDS", "ANY_BODY_KINDS"):
        return SpeakerKind.ORGANIZATION, kind_named.group(2)  # "the progressive group Forward Together": its name
    role_of = ROLE_OF_A_BODY.fullmatch(mention.strip(" ,"))
    # (a lower-case role, or a capitalised one that is a title: "the Labour MP for Castle Edge")
    # (a body's own word is no role: "The Council for Renewal and Dignity" is the council)
    role_word = role_of.group(1) if role_of else ""
    if (
        role_of
        and (role_word in wl.union("person_heads", "anonymous_heads") or role_word in lex.titles)
        and role_word.lower() not in lex.organization_heads
    ):
        return SpeakerKind.ANONYMOUS, mention  # "the president of the European Council": a person, not the body
    # "Officials with the Democratic National Committee", "Sources close to the Harbor
    # Authority": unnamed sources of a body, the sentence's capital standing for a
    # determiner; the audit counts them as unnamed, as it does "Two officials with …"
    # (a group's people keep their body: "Analysts at Halvorsen Capital wrote"; and people
    # on one: "Republicans on the Finance Committee")
    people_word = len(words) > 2 and words[1] in wl.UNNAMED_BEFORE_A_BODY | {"on"} and mention[:1].isupper()
    people_kind = _classify(words[0], rules_key)[0] if people_word else None
    if people_kind is SpeakerKind.ANONYMOUS or (people_kind is SpeakerKind.GROUP and words[1] == "on"):
        return people_kind, mention
    head = head_noun(words)
    starts_with_det = words[0] in lex.determiners or words[0].isdigit() or words[0] in wl.COUNT_WORDS
    # "Trump Jr.’s attorney", "Hillary Clinton’s right-hand woman": a possessor works as a
    # determiner, and the phrase describes someone it does not name
    tokens = mention.split()
    owner = next((i for i, t in enumerate(tokens[:-1]) if t.endswith(POSSESSIVE_ENDINGS)), None)
    person_head = head in wl.union("person_heads", "anonymous_heads") and tokens[-1].islower()
    # (capitals may stand before the head: "Marchetti’s Wisconsin state director")
    if owner is not None and (all(t.islower() for t in tokens[owner + 1 :]) or person_head) and not head.endswith("ed"):
        starts_with_det = True
    name, _ = split_name(mention)
    if name in ("", tokens[0].strip(",")) and len(tokens) > 1 and all(t[:1].islower() or t[:1].isdigit() for t in tokens[1:]):
        # "Corporate lobbyists describe …", "Independent monitors said": a capital only
        # because the sentence starts there
        name, starts_with_det = "", True
    ranked = SURNAME_BY_RANK.fullmatch(mention.strip(" ,"))
    if ranked:
        return SpeakerKind.NAMED, ranked.group(1)  # "the elder Verhoeven", "the younger Ms. Pryce": one of a family
    if words[0] in wl.INDEFINITE_PRONOUNS and words[0] not in lex.determiners and (len(words) == 1 or words[1] in wl.NP_INNER):
        return wl.INDEFINITE_PRONOUNS[words[0]], mention  # "Someone called it …", "someone in the audience"
    if len(words) > 1 and words[-1] in lex.group_heads and mention.split()[-1].islower():
        return SpeakerKind.GROUP, mention  # "About four in 10 South Carolina Republican primary voters"
    role = split_name(mention)[1]
    # ("Ohio Gov.", "the Rev.", "former Sen.": a title last and no lower-case noun before it,
    # unlike "A spokesman for Gov.", which describes someone else)
    title_only = (
        bool(role)
        and role.split()[-1] in lex.titles
        and all(not w.islower() or w in lex.determiners or w in ("former", "retired") for w in role.split())
    )
    # (not before a body's name: "the Republican National Committee")
    body_after_title = bool(name) and names_a_body(name, lex) and " of " not in name
    if len(name.split()) >= 2 and title_only and "," not in mention and not body_after_title:
        return SpeakerKind.NAMED, name  # "the Rev. Curtis Denning of Macon": a title makes a person
    papers = PAPERS_OF.fullmatch(mention.strip(" ,"))
    if papers:
        kind, name = _classify(papers.group(1), rules_key)
        if kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION):
            return kind, name  # "White House-era documents from Diane D. Blair": whose papers they are
    advocates = ADVOCACY_GROUP.fullmatch(mention.strip(" ,"))
    if advocates:
        return SpeakerKind.ORGANIZATION, advocates.group(1)  # "Taxpayers for a Fair Field", "Parents Against Cuts"
    body_of = BODY_OF.fullmatch(mention.strip(" ,"))
    if body_of and body_of.group(2).lower() in lex.organization_heads:
        return SpeakerKind.ORGANIZATION, body_of.group(1)  # "League of Women Voters", "Bureau of Labor Statistics"
    person_of = PERSON_OF_A_BODY.fullmatch(mention.strip(" ,"))
    first_word = person_of.group(1).split()[0] if person_of else ""
    if person_of and first_name_gender(first_word, lex):
        return SpeakerKind.NAMED, person_of.group(1)  # "Yusuf Barrington of Leyland Capital": the person, then the firm
    if re.fullmatch(r"[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*)*[ \t]+&[ \t]+[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*)*", name):
        return SpeakerKind.ORGANIZATION, name  # "Hollis & Rand": people are joined by "and", firms by "&"
    body = re.sub(r"^[Tt]he\s+", "", mention)
    # (or before its "of": "Ostrander School of Public Health", "Dunmore College of Law")
    whole_body = names_a_body(body, lex) or names_a_body(body.split(" of ")[0], lex)
    if name and whole_body and all(w[:1].isupper() or w in ("of", "and", "&", "for", "on", "to") for w in body.split()):
        return SpeakerKind.ORGANIZATION, body  # "Forward Frontier PAC": the whole name, not its tail
    if name and not starts_with_det and names_a_body(name, lex):
        return SpeakerKind.ORGANIZATION, name  # "Westline Energy", "Harbor Police Department"
    if len(tokens) == 1 and _plural_of_a_role(words[0], lex):
        return SpeakerKind.GROUP, mention  # "Prosecutors say …": a capital only because the sentence starts there
    if name and _is_person_name(name, mention) and head not in wl.union("anonymous_heads", "group_heads"):
        return SpeakerKind.NAMED, name
    if person_head and starts_with_det and head not in lex.organization_heads:
        return SpeakerKind.ANONYMOUS, mention  # "the Ohio state director": a person described, no body
    if head in lex.organization_heads or (words[0] == "the" and name):
        return SpeakerKind.ORGANIZATION, re.sub(r"^[Tt]he\s+", "", mention)
    if head in lex.group_heads:
        return SpeakerKind.GROUP, mention
    if head in lex.anonymous_heads:
        return SpeakerKind.ANONYMOUS, mention
    if name and not starts_with_det:
        return SpeakerKind.NAMED, name
    if starts_with_det and re.fullmatch(r"\d+-year-old|[a-z]+-of-[a-z0-9]+", head):
        return SpeakerKind.ANONYMOUS, mention  # "the 54-year-old", "the mum-of-two": one person
    if starts_with_det and head.isalpha() and head.islower() and head not in wl.MEASURE_NOUNS:
        # (not a measure: "Twelve minutes later came another")
        plural = (head.endswith("s") and not head.endswith("ss")) or words[0] in wl.PLURAL_QUANTIFIERS
        return (SpeakerKind.GROUP if plural else SpeakerKind.ANONYMOUS), mention
    if not name and head in lex.person_heads and mention.split()[-1].islower() and mention[:1].isupper() and " " in mention.strip():
        return SpeakerKind.ANONYMOUS, mention  # "Marrowfield VA nurse says": a body's name modifies the person's noun
    return SpeakerKind.UNKNOWN, mention


# a description that ends by giving the person's name ("a warehouse supervisor named Trey Lind")
NAMED_AT_THE_END = re.compile(r"[ \t]named[ \t]+([A-Z][\w’'\-.]*(?:[ \t]+[A-Z][\w’'\-.]*){0,2})$")
# the name after a description's comma, perhaps after lower-case role words ("retired librarian Opal Fairweather")
# (not after a preposition: "based in San Bernardino, Calif." is a place)
# (a body's name may hold "for", "of" or "against": "The group, Parents for Safe Streets")
DESCRIBED_NAME = re.compile(
    r"(?:(?!(?:in|at|of|from|for|on|by|with|to|near)\b)[a-z\-]+\s+){0,3}(?:the\s+)?[A-Z]\S*\s+(?:(?:for|of|against)\s+(?:the\s+)?)?[A-Z]"
)


def singular_noun(word: str) -> str:
    """A plural noun's singular by its spelling ("deputies" -> "deputy", "polls" -> "poll");
    a word with no final "s" as it is."""
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def _plural_of_a_role(word: str, lex: Lexicon) -> bool:
    """Whether a lower-cased word is the plural of a role or title ("prosecutors",
    "paramedics", "deputies"), which names a group however it is capitalised."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    singular = singular_noun(word)
    if {word, singular} & wl.union("anonymous_heads", "group_heads"):
        return False  # "Officials", "Sources": unnamed sources, which the audit counts as such
    return singular in lex.person_heads or singular in {t.lower() for t in lex.titles if t.isalpha()}


# a lower-case role word, then a place after "in", "at" or "from" ("Velmora’s ambassador in Lesk")
PLACE_AFTER_A_ROLE = re.compile(r"(.*\b[a-z][\w\-]*)[ \t]+(?:in|at|from)[ \t]+([A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)*)")


# papers someone wrote or kept, then "from" or "by" and their name (group 1)
PAPERS_OF = re.compile(
    r"(?:[\w’'\-.]+[ \t]+){0,4}(?i:documents|papers|records|files|emails|e-mails|letters|notes|memos|diaries|writings)[ \t]+(?:from|by)[ \t]+"
    r"((?:the[ \t]+)?[A-Z][\w’'\-.]*(?:[ \t]+[A-Z][\w’'\-.]*)*)"
)
# a body's head word, then "of" and capitalised words ("League of Women Voters"; group 1 the name)
BODY_OF = re.compile(
    r"(?:[Tt]he[ \t]+)?(([A-Z][\w’'\-]*)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-.]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w’'\-.]*))*)"
)
# an advocacy group named for its members and its cause: a capitalised plural, "for" or
# "against", then capitalised words ("Taxpayers for a Fair Field", "Physicians for Human
# Rights", "Parents Against Cuts"; group 1 the name)
ADVOCACY_GROUP = re.compile(
    r"(?:[Tt]he[ \t]+)?([A-Z][a-z]+s[ \t]+(?:[Ff]or|[Aa]gainst)[ \t]+(?:(?:the|a|an)[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+(?:of|for|and|&|in|on|the|a|[A-Z][\w’'\-.]*))*)"
)
# a full name, then "of" and the body the person works for ("Yusuf Barrington of Leyland Capital")
# (the body may be described first: "Dev Anand-Morales of the proxy adviser Glasswing Partners")
PERSON_OF_A_BODY = re.compile(
    r"([A-Z][\w’'\-]*(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][\w’'\-]+)[ \t]+of[ \t]+(?:the[ \t]+)?(?:[a-z][\w\-]*[ \t]+){0,3}[A-Z].*"
)
# a determiner, lower-case words ending on a kind of body, then the body's name: "the
# progressive group Forward Together", "the advocacy organization Clean Water Now"
BODY_KIND_THEN_NAME = re.compile(
    r"(?:[Tt]he|[Aa]n?)[ \t]+(?:[a-z][\w\-]*[ \t]+){0,3}?([a-z]+)[ \t]+([A-Z][\w’'&.\-]*(?:[ \t]+(?:(?:of|for|and|&|on|the)[ \t]+)*[A-Z][\w’'&.\-]*)*)"
)
# a determiner, lower-case words and a role, then the body it serves: "the president of the
# European Council", "a spokeswoman for the Harbor Authority" (group 1 is the role)
ROLE_OF_A_BODY = re.compile(
    # (or a possessive owner, and initials before the role: "Chad’s ambassador to France", "the U.S. envoy to Japan")
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w\-]*(?:’s|'s))[ \t]+(?:[\w.\-]+[ \t]+){0,3}?([\w\-]+)"
    r"[ \t]+(?:of|for|at|with|from|to)[ \t]+.+"
)
# "the elder Verhoeven", "the younger Mr. Pryce": a surname that a family shares, told apart
# by age (group 1 is the name, honorific included)
SURNAME_BY_RANK = re.compile(
    r"[Tt]he[ \t]+(?:elder|younger|older|eldest|youngest|senior|junior)[ \t]+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?[A-Z][\w’'\-]+)"
)


def names_a_body(name: str, lex: Lexicon) -> bool:
    """A capitalised name of two or more words that ends like a company's or a body's name
    ("Veltro Foods", "Acme Corp.", "Harbor Police Department", "Department of Education") and is
    not two words opened by a known first name ("Samantha Power" is a person)."""
    words = name.split()
    last = words[-1]
    # (a body's word may close a compound: "Ashford NewsGuild", "Harbor HealthNet")
    compound_tail = re.search(r"[a-z]([A-Z][a-z]+)$", last)
    # (or stand before its "of" or "for": "Department of Education", "Center for Court Access Data")
    of_a_body = any(
        joiner in words[1:] and words[words.index(joiner) - 1].lower() in lex.organization_heads for joiner in ("of", "for", "on")
    )
    return (
        len(words) >= 2
        and (
            last in lex.organization_name_ends
            # (or a newspaper's word in a joined last word: "Ledger-Star", "Post-Gazette"; not
            # a surname such as "Osei-Mills")
            or (
                last.count("-") == 1
                and any(part.lower() in wl.BODY_KIND_NAMES["newspaper"] for part in last.split("-"))
                and not first_name_gender(words[0], lex)
            )
            or last.lower() in lex.organization_heads
            or bool(compound_tail and compound_tail.group(1).lower() in lex.organization_heads)
            or of_a_body
        )
        # (a first name may open a body's longer name: "Carolina Gold Star Circle")
        # (not a person and a body joined: "Ana Ruiz and Acme Corp.")
        and (words[0] not in lex.first_name_gender or (len(words) >= 3 and all(w[:1].isupper() for w in words)))
    )


# an age that stands for a person: "the 61-year-old"
AGED_HEAD = re.compile(r"\d{1,3}-year-old")


def head_noun(words: list[str]) -> str:
    """The head of a noun phrase: the last word before a modifier that follows the head
    ("sources familiar with", "official who", "people close to")."""
    head = words[-1]
    postmodifiers = wl.HEAD_POSTMODIFIERS
    for i, w in enumerate(words):
        if w in postmodifiers and i > 0:
            head = words[i - 1]
            break
    head = re.sub(r"^(?:then|ex|now)-(?=[a-z])", "", head)  # "the then-governor", "an ex-senator": the office
    return head.strip(",.’'s") if head.endswith(("’s", "'s")) else head


def _is_person_name(name: str, mention: str) -> bool:
    """ "White House official" has capitals but no person; "Spokesman Jim Smith" has one,
    and so has a bare surname ("Mora") standing alone."""
    lex = load_lexicon()
    relation = re.fullmatch(
        r"(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+(?:[a-z\-]+\s+){1,3}", mention[: len(mention.rstrip(" ,")) - len(name)]
    )
    if relation and name in lex.first_name_gender:
        return True  # "His wife Maureen", "her son Pablo": a relation, then a first name
    if mention.lower().startswith(("a ", "an ", "the ", "one ", "two ")):
        # … unless a full name follows a title or role at the end: "The Harbor Tenants Union
        # Regional Policy Director Mara Quint", "a spokesman, Jim Smith"
        before = mention[: len(mention.rstrip(" ,")) - len(name)].split()
        role_word = bool(before) and (
            _is_role_word(before[-1], lex) or before[-1].strip(",").lower() in wl.union("person_heads", "anonymous_heads")
        )
        # "a furious Elin Sauer", "the ferry operator Dmitri Vasko": lower-case words that
        # describe the person named after them (not "the state Supreme Court": a body)
        function_words = wl.PREPOSITIONS | wl.NP_INNER | wl.NP_LEFT_STOPS | lex.determiners
        # (an appositive after a comma, too: "the treasurer, Vera Lund")
        described = len(before) > 1 and all((w := v.rstrip(",")).isalpha() and w.islower() and w not in function_words for v in before[1:])
        body = name.split()[-1].lower() in wl.union("organization_heads", "group_heads")
        return len(name.split()) >= 2 and mention.rstrip(" ,").endswith(name) and (role_word or (described and not body))
    return len(name.split()) >= 2 or mention.strip() == name


# A lower-case adverb or phrase of time after a capitalised name, ending the mention.
TIME_AFTER_NAME = re.compile(
    r"\b(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their)\b)[A-Z][\w’'\-]*( (?:[a-z]+ly|nonetheless|nevertheless|however|(?:in|over|during) (?:recent|the past|the last) (?:days|weeks|months|years)|at (?:the|that) time|back then|at first))$"
)


@functools.cache
def _date_after_a_name(rules_key: str) -> re.Pattern:
    """A date after a name, which belongs to the verb ("The Harbor Register on July 20, 2006,
    described", "The Courier in 2009 called"; months in the lexicon), group 1 from its space."""
    months = "|".join(sorted((re.escape(m.capitalize().rstrip(".")) for m in wl.MONTHS), key=len, reverse=True))
    date = rf"(?:{months})\.?(?: \d{{1,2}})?(?:, \d{{4}})?"
    return re.compile(rf"\b[A-Z][\w’'\-]*( (?:on {date}|in (?:{date}|\d{{4}})))$")


# "a speech Ana Ruiz gave", "the memo Ruiz sent": a noun, then a name and its past
# tense verb (a relative clause without "that"); the name is who spoke or wrote
REDUCED_RELATIVE = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z][\w\-]*\s+){1,2}((?:the\s+)?(?:[A-Z][\w.’'&\-]*\s+){0,3}[A-Z][\w’'&\-]*(?:\s+[a-z]+)?)\s+([a-z]+ed|sent|wrote|gave|made)\b"
)
# a participle right after a noun: "working", "standing"
PARTICIPLE_AFTER = re.compile(r"[ \t]+([a-z]+(?:ed|en|wn|nt|ing))\b")
# participles that name the person or thing itself, not an act on it ("a man named Ruiz")
NAMING_PARTICIPLES = frozenset({"named", "called", "known", "identified", "dubbed", "titled", "entitled", "nicknamed"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})


def _participle_after_the_head(mention: str) -> int | None:
    """Where a person's description ends when a participle phrase follows its head ("A
    Republican state senator watching with us", "a union official standing by the gate"),
    opened by a determiner; None when no participle follows one. (Not after a document's head:
    PolNeAR takes "a statement issued by …" whole, and the issuer named after a cut lacks it.)"""
    words = mention.split()
    if len(words) < 3 or words[0].lower() not in wl.PHRASE_OPENERS:
        return None
    heads = wl.union("person_heads", "anonymous_heads", "group_heads")
    # (not the words of an unnamed source's own description: "a person briefed on", "involved")
    kept = NAMING_PARTICIPLES | wl.union("PREPOSITIONS", "NP_INNER", "HEAD_POSTMODIFIERS")
    for m in PARTICIPLE_AFTER.finditer(mention):
        before = mention[: m.start()].split()
        after = [w.strip(",.;:").lower() for w in mention[m.end() :].split()[:1]]
        if (
            len(before) >= 2
            and before[-1].lower() in heads
            and m.group(1) not in kept
            # ("the chief operating officer": an adjective before a head; "a man calling himself")
            and not (after and (after[0] in heads or after[0] in REFLEXIVES))
        ):
            return m.start()
    return None


# A relative clause closing a mention ("one former aide who asked not to be named"): the
# person is the noun phrase before it; the clause describes them (the speaker's role).
RELATIVE_CLAUSE = re.compile(r"(?:,\s*|\s+)(?:who|whom|whose)\s+\S")


# A lower-case description, a comma, then a capitalised name of two to four words.
# (the name's words may carry a joined particle or stand after one: "Omar al-Haddad", "Mariam
# bint Khalfan")
_NAME_WORD = rf"(?:{NAME_PREFIX})?[A-Z][\w’'\-.]*"
DESCRIPTION_COMMA_NAME = re.compile(
    r"((?:[A-Z][\w’'\-]*|[a-z][\w’'\-]*)(?:\s+[\w’'\-.]+)*),\s+"
    rf"((?:{_NAME_WORD}\s+(?:(?:{'|'.join(sorted(wl.NAME_PARTICLES))})\s+)?){{1,3}}(?:{NAME_PREFIX})?[A-Z][\w’'\-]+)"
)


# a campaign committee named for its candidate: "Alvarez for President", "Ruiz for Congress"
CAMPAIGN_COMMITTEE = re.compile(r"((?:[A-Z][\w’'\-]+[ \t]+)?[A-Z][\w’'\-]+)[ \t]+for[ \t]+[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)?")


def _time_stamp() -> re.Pattern:
    """The end of a live blog's timestamp and its time zone before a name ("32 BST " of
    "14:32 BST Calloway’s running mate"), from rules/lexicon/attribution.yml: time_zones."""
    return _time_stamp_for(rules_dir_key())


@functools.cache
def _time_stamp_for(rules_key: str) -> re.Pattern:
    return re.compile(rf"(?:\d{{1,2}}[ \t]+)?(?:{'|'.join(sorted(wl.TIME_ZONES))})[ \t]+(?=\S)")


# a name's possessive and then a day ("Amy Dorn's Monday"): the owner of something dated
OWNER_THEN_A_DAY = re.compile(r"((?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w\-]*)(?:’s|'s|’)[ \t]+[A-Z][a-z]+day")
# a subject pronoun with a verb contracted onto it ("I've", "they’re", "we'd")
PRONOUN_WITH_AN_AUXILIARY = re.compile(r"(?i)(i|we|you|they|he|she)[’'](?:ve|m|re|ll|d|s)")
# a name, a floating quantifier and a past tense ("Lind both campaigned")
# (or two names: "Ortiz and Lind both campaigned")
NAME_THEN_A_QUANTIFIER_AND_A_VERB = re.compile(
    r"((?:[A-Z][\w.’'\-]*[ \t]+(?:and[ \t]+)?){0,4}[A-Z][\w.’'\-]*)[ \t]+(?:both|all|each|also|together)[ \t]+[a-z]+ed"
)
# a name, then a past-tense verb of its own clause ("Whitcombe paused")
NAME_THEN_A_VERB = re.compile(r"((?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w.’'\-]*)[ \t]+[a-z]+ed")


def make_speaker(text: str, start: int, end: int, method: str, cue: str, confidence: float, role: str = "") -> Speaker | None:
    start, end = _trim_mention(text, start, end)
    mention = text[start:end]
    if not mention or len(mention.split()) > 25:
        return None
    first = mention.split()[0].lower()
    question = first in wl.QUESTION_OPENERS and mention.split()[0] not in load_lexicon().first_name_gender
    # ("Said Valdane, in a video message: “…”": a sentence may open on its verb, then the name)
    inverted = first in wl.INVERTED_OPENING_CUES and len(mention.split()) > 1 and mention.split()[1][:1].isupper()
    if (first in wl.LEADING_CONNECTIVES or question or inverted) and len(mention.split()) > 1:
        start = start + len(mention.split()[0])
        start, end = _trim_mention(text, start, end)
        mention = text[start:end]
    stamp = _time_stamp().match(mention)
    if stamp:
        # "14:32 BST Calloway’s running mate, …": a live blog's timestamp opens no name
        start, end = _trim_mention(text, start + stamp.end(), end)
        mention = text[start:end]
    # "…, a charge Desmond Pruitt swiftly threw back, writing …": the words named, then the
    # one who answered them; the noun for the words is no part of the name
    named_words = re.match(r"(?:[Aa]n?|[Tt]he)[ \t]+([a-z]+)[ \t]+(?=[A-Z])", mention)
    if named_words and named_words.group(1) in wl.SPEECH_NOUNS and len(mention.split()) > 2:
        start, end = _trim_mention(text, start + named_words.end(), end)
        mention = text[start:end]
    # "Whitcombe paused, then said": a verb of the first clause is no part of its subject
    first_verb = NAME_THEN_A_VERB.fullmatch(mention)
    if (
        first_verb
        and mention.split()[0].lower() not in load_lexicon().determiners  # ("The retired, …" is no name)
        and re.match(r"[ \t]*(?:,|and\b|then\b)", text[end : end + 8])
    ):
        end = start + first_verb.end(1)
        mention = text[start:end]
    # a capitalised word alone right after a quote is a name, even one spelt like a
    # function word: "…,” From said; "…,” Will added
    surname = len(mention.split()) == 1 and mention[:1].isupper() and right_after_a_quote(text, start)
    # (a body's "which" right before its own verb of saying is its source: "the transport
    # department, which replied that …"; elsewhere "which" opens a clause about a thing)
    body_which = (
        mention == "which"
        and method == "leading_cue"
        and re.match(r"[ \t]+(?:[a-z]+ly[ \t]+)?" + re.escape(cue) + r"\b", text[end:]) is not None
    )
    if (mention.lower() in wl.union("NOT_SPEAKERS", "WEEKDAYS") and not surname and not body_which) or mention.lower() in wl.NEVER_SPEAKERS:
        return None  # "Instead, Will called …", "For that she drew …": an opener speaks for nobody
    participle = re.fullmatch(r"[A-Z][a-z]+ing[ \t]+([a-z]+)(?:[ \t]+[a-z]+)*", mention)
    if (
        participle
        and participle.group(1) in wl.union("PREPOSITIONS", "determiners", "VERB_PARTICLES")
        and opens_with_a_participle(mention, text)
    ):
        return None  # "Rattling off promises to “…”, Ruiz pledged": an opening participle and its particle, no one
    if re.fullmatch(r"[A-Z]-[a-z]+", mention):
        return None  # "a “Vote Moss” T-shirt yelled": a thing, spelt with a capital letter
    if re.search(r"n[’']t$", mention, re.I):
        return None  # "Memo: Don’t Say ‘Surcharge’": a negated verb is no one's name
    # words of the predicate after the mention's own words: a quantifier and a verb after names
    # ("Ortiz and Lind both campaigned on promises “…”"), a day after an owner before a noun for
    # what was said ("since Chief Amy Dorn's Monday announcement that “…”"; not "At Castellanos’s
    # Tuesday stop, a man …", a place), a verb contracted onto a pronoun ("as I've argued")
    for predicate_after in (NAME_THEN_A_QUANTIFIER_AND_A_VERB, OWNER_THEN_A_DAY, PRONOUN_WITH_AN_AUXILIARY):
        predicate = predicate_after.fullmatch(mention)
        if predicate and predicate_after is OWNER_THEN_A_DAY:
            said_next = re.match(r"[ \t]+([a-z]+)", text[end : end + 30])
            if said_next is None or said_next.group(1) not in wl.union("SPEECH_NOUNS", "SPEECH_EVENTS", "ISSUED_DOCUMENTS"):
                predicate = None
        if predicate:
            end = start + predicate.end(1)
            mention = text[start:end]
    if first in wl.BARE_PRONOUNS and len(mention.split()) > 1:
        # "He paused, then added:": a pronoun takes no modifiers, so the words after it are its verb
        end = start + len(mention.split()[0])
        mention = text[start:end]
    words = mention.split()
    approximate = len(words) > 1 and words[0].lower() in wl.APPROXIMATORS and (words[1][:1].isdigit() or words[1].lower() in wl.COUNT_WORDS)
    approximate = approximate or share_of_people().fullmatch(mention.strip(" ,")) is not None  # ("About three-quarters")
    # ("About four in 10 voters" may speak, and so may a man named From)
    # (a title may open with one: "Under Secretary of Education Colleen Marrow", as "Under-Secretary")
    titled = len(words) > 1 and f"{words[0]}-{words[1]}" in load_lexicon().titles
    # ("that official said", "those aides added": a demonstrative before a person's noun)
    demonstrative = demonstrative_description(words)
    if (
        words[0].lower() in wl.union("PREPOSITIONS", "COMPLEMENTIZERS")
        and not approximate
        and not surname
        and not titled
        and not demonstrative
    ):
        return None  # "… ‘Deep State,’ Calls For Jailing Top Clinton Aide": a headline's object, not a subject
    tail = TIME_AFTER_NAME.search(mention) or _date_after_a_name(rules_dir_key()).search(mention)
    if tail and (
        " " in tail.group(1).strip() or is_adverb(tail.group(1).strip()) or not tail.group(1).strip().endswith("ly")
    ):  # ("the Ortega family" keeps its noun)
        # "Cruz recently said", "Trump in recent days called": words of time after a name
        # belong to the verb, not to the mention
        end = start + tail.start(1)
        mention = text[start:end]
    if (cut := _participle_after_the_head(mention)) is not None:
        # "a staff member working the aisles": the head, then a phrase about it, which is its role
        role = role or mention[cut:].strip(" ,")
        start, end = _trim_mention(text, start, start + cut)
        mention = text[start:end]
    reduced = REDUCED_RELATIVE.match(mention)
    if reduced and (reduced.end() == len(mention) or classify(mention[reduced.start(1) : reduced.end(1)])[0] is SpeakerKind.ORGANIZATION):
        # "according to a talk Ruiz delivered": the one who delivered it speaks
        start, end = start + reduced.start(1), start + reduced.end(1)
        mention = text[start:end]
    clause = RELATIVE_CLAUSE.search(mention)
    if clause and len(mention[: clause.start()].split()) >= 2:
        role = role or mention[clause.start() :].strip(" ,")
        end = start + clause.start()
        mention = text[start:end]
    kind, name = classify(mention)
    if (
        kind is SpeakerKind.UNKNOWN
        and mention.islower()
        and mention in load_lexicon().person_heads
        and method.startswith(("leading", "trailing"))
    ):
        kind = SpeakerKind.ANONYMOUS  # "…”, analyst says": a headline's role without its article is one unnamed person
    committee = CAMPAIGN_COMMITTEE.fullmatch(mention)
    if committee and committee.group(1) not in load_lexicon().titles:
        kind, name = SpeakerKind.ORGANIZATION, mention  # "Alvarez for President": her campaign, not her
    described = DESCRIPTION_COMMA_NAME.fullmatch(mention)
    if described and kind not in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION) and classify(described.group(2))[0] is SpeakerKind.NAMED:
        # "A spokesman for her office, Omar Reyes": the description, then who it is
        kind, name = SpeakerKind.NAMED, split_name(described.group(2))[0]
        role = role or described.group(1)
    if kind is SpeakerKind.UNKNOWN and re.fullmatch(r"[A-Z][a-z]+", mention) and mention in load_lexicon().titles:
        # "Bishop shot back:" after "his challenger, Tonya Bishop,": a surname spelt like a
        # title, which the article gives in full after a first name
        given = re.search(rf"\b([A-Z][a-z]+)[ \t]+{mention}\b", text)
        if given and first_name_gender(given.group(1), load_lexicon()):
            kind, name = SpeakerKind.NAMED, mention
    office = OWNED_OFFICE.fullmatch(mention)
    if kind is SpeakerKind.UNKNOWN and office and office.group(1).lower() in load_lexicon().person_heads:
        kind, name = SpeakerKind.ANONYMOUS, mention  # "Britain’s Foreign Secretary": the holder of an office, unnamed
    if kind is SpeakerKind.UNKNOWN and not re.search(r"[A-Za-z]", mention):
        return None
    if kind is SpeakerKind.NAMED and (kept := _headline_name_cut(text, start, mention, name)):
        # "Judge Puts Amendment Back on the Ballot, Calls Purge ‘Arbitrary’": a title, then the
        # headline's verb and object, which the story never uses as a name
        end = start + len(kept)
        mention = text[start:end]
        kind, name = classify(mention)
        if kind is SpeakerKind.UNKNOWN:
            kind, name = SpeakerKind.ANONYMOUS, mention  # (a title alone: an unnamed holder of that office)
    if not role and kind is SpeakerKind.NAMED:
        role = split_name(mention)[1]
    return Speaker(
        name=name or mention,
        mention=mention,
        mention_start=start,
        mention_end=end,
        kind=kind,
        role=role,
        method=method,
        confidence=confidence,
        cue=cue,
    )


def _mention_kind(text: str, span: tuple[int, int]) -> SpeakerKind:
    """The kind of speaker a noun phrase would be (UNKNOWN when it could speak for nobody)."""
    speaker = make_speaker(text, span[0], span[1], "", "", 0.0)
    return speaker.kind if speaker is not None else SpeakerKind.UNKNOWN


def is_someone(text: str, span: tuple[int, int]) -> bool:
    """Whether a noun phrase names someone who can speak: a person, pronoun, body or source."""
    return _mention_kind(text, span) is not SpeakerKind.UNKNOWN


def names_someone(text: str, span: tuple[int, int]) -> bool:
    """Whether a noun phrase names its speaker, as a name, pronoun or body does; "Trump's
    attorney" or "a spokesman" only describes one, so a name may follow as an appositive."""
    return _mention_kind(text, span) not in (SpeakerKind.UNKNOWN, SpeakerKind.ANONYMOUS, SpeakerKind.GROUP)


def plural_speech_noun(word_before: str, word: str) -> bool:
    """Whether WORD, a speech verb's third-person form, is the plural noun instead ("news
    reports", "the new claims"): it names something said or a document, and the word
    before it is lower case and no pronoun ("Will claims", "he claims" keep the verb)."""
    low = word.lower()
    noun = low in wl.SPEECH_NOUNS or low[:-1] in load_lexicon().organization_heads
    return (
        low.endswith("s")
        and noun
        and word_before.isalpha()
        and word_before.islower()
        and word_before not in wl.union("SUBJECT_PRONOUNS", "BASE_VERB_SUBJECTS", "AUXILIARIES")
    )


def _roles_joined(tokens: list[re.Match], i: int) -> bool:
    """ "the Ohio senator and Democratic presidential candidate": "and" between two roles, with
    no determiner after it, describes one person, not two."""
    if tokens[i].group().lower() != "and" or not 0 < i < len(tokens) - 1:
        return False
    heads = wl.union("person_heads", "anonymous_heads")
    after = [t.group().lower() for t in tokens[i + 1 :]]
    return (
        tokens[i - 1].group().lower() in heads
        and after[-1] in heads
        and not any(w in load_lexicon().determiners for w in after)
        # (a possessor works as a determiner: "Castellan’s chairman and chief executive")
        and any(t.group().lower() in load_lexicon().determiners or t.group().endswith(POSSESSIVE_ENDINGS) for t in tokens[:i])
    )


def share_of_people() -> re.Pattern:
    """A share of people as a subject, perhaps with whom it counts: "three-quarters of the
    voters", "More than six in 10", "About 4 in 10", "a majority of delegates", "46 percent"
    (the lexicon's approximators, count_words and number_words)."""
    return _share_of_people(rules_dir_key())


@functools.cache
def _share_of_people(rules_key: str) -> re.Pattern:
    counts = "|".join(sorted(wl.union("COUNT_WORDS", "NUMBER_WORDS"), key=len, reverse=True))
    share = (
        rf"(?:(?:{counts}|a)[- ](?:half|halves|thirds?|quarters?|fifths?)|half"
        r"|(?:a|the)[ \t]+(?:(?:large|slim|narrow|clear|solid|bare)[ \t]+)?(?:majority|minority|plurality)"
        r"|(?:(?:large|slim|narrow|clear|solid)[ \t]+)?majorities"
        rf"|(?:\d+|{counts})[ \t]+(?:in|out[ \t]+of)[ \t]+(?:\d+|ten)|\d+(?:\.\d+)?[ \t]*(?:%|percent))"
    )
    # (whom it counts ends in a plural: "of the voters", not "a fifth of the country’s electricity")
    counted = r"(?:[\w’'\-]+[ \t]+){0,4}(?:[\w’'\-]*[^\Ws]s|people|women|men|children)"
    return re.compile(rf"(?i:(?:{_approximators()})[ \t]+)?(?i:{share})(?:[ \t]+of[ \t]+{counted})?(?![\w’'\-])")


def np_left(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that ends at END, read leftwards from it no further than LO; a share of
    people is read whole ("three-quarters of the voters", "More than six in 10"), where the
    word-by-word reading stops inside it."""
    found = _np_left(text, lo, end)
    stripped_end = lo + len(text[lo:end].rstrip(" ,"))
    for share in share_of_people().finditer(text, lo, stripped_end):
        opens = share.start() == lo or text[share.start() - 1] in " \t"
        # (not the object of a preposition: "backed by half of the delegates")
        governed = re.search(r"(?i)\b(?:of|in|on|at|by|for|from|with|to|than|among)[ \t]+$", text[lo : share.start()])
        if share.end() == stripped_end and opens and not governed and (found is None or found[0] > share.start()):
            return share.start(), share.end()
    return found


def _alone_on_a_short_line(text: str, lo: int, tokens: list[re.Match], first: int) -> bool:
    """Whether token FIRST stands right after punctuation, or after an opening "But", on a
    line as short as a headline's or subhead's: there a role may drop its article ("…”,
    analyst says"); not "the former state treasurer", nor "his successor as owner, …"."""
    while first > 0 and tokens[first - 1].group() in wl.ORDINAL_MODIFIERS:
        first -= 1  # ("…”, former rival says": the role's modifiers stand after the punctuation)
    at = lo + tokens[first].start()
    line_start = text.rfind("\n", max(0, at - SUBHEAD_MAX_CHARS), at) + 1
    line_end = text.find("\n", at, at + SUBHEAD_MAX_CHARS)
    if (line_start == 0 and at > SUBHEAD_MAX_CHARS) or (line_end < 0 and len(text) - at > SUBHEAD_MAX_CHARS):
        return False
    if (line_end if line_end >= 0 else len(text)) - line_start > SUBHEAD_MAX_CHARS:
        return False
    opening_but = first == 1 and tokens[0].group() in ("But", "And") and lo + tokens[0].start() == line_start
    return text[line_start:at].rstrip()[-1:] in ("", ",", ";", ":") or opening_but


def _np_left(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that ends at END, read leftwards from it no further than LO.

    Stops at punctuation and at function words that cannot be inside a subject; keeps
    determiners, numbers, adjectives, possessives and capitalised names. A phrase must begin
    with a capital, a determiner, a number, a possessive or be a pronoun."""
    lex = load_lexicon()
    reflexive = re.search(r"[ \t]+(?:herself|himself|themselves|itself)[ \t,]*$", text[lo:end])
    if reflexive and reflexive.start() > 0:
        end = lo + reflexive.start()  # "Voss herself, speaking later, called it": Voss
    segment = text[lo:end]
    stripped = segment.rstrip(" ,")
    # (a comma between digits stays inside the word: "an internal survey of 1,200 members")
    tokens = list(re.finditer(r"(?:\d,\d|[^\s,;:()\"“”—–])+", stripped))
    if not tokens or re.search(r"[,;:()\"“”—–]\s*$", stripped[tokens[-1].end() :] or ""):
        return None
    if stripped[tokens[-1].end() :].strip():
        return None
    first = len(tokens)
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].group()
        low = word.lower()
        gap = stripped[tokens[i].end() : tokens[i + 1].start()] if i + 1 < len(tokens) else ""
        if gap.strip():
            break  # punctuation between words ends the phrase
        if i + 1 < len(tokens) and re.search(r"[a-z][.!?]$", word) and not _is_abbreviation(word[:-1]):
            break  # a sentence ends there: "… not a fan. Two former staffers"
        # "Will" or "Read" capitalised before the verb is a surname, not a modal, mid-sentence
        # or before a past tense ("Will described Trump as …")
        name_like = i == len(tokens) - 1 and capital_is_a_name(text, lo + tokens[i].start(), end, i > 0)
        # "the note says", "news reports said": a cue word as a noun
        # ("Republican state senator": a base form after a singular capitalised word, with
        # the phrase going on after it, modifies a noun; a verb there would need "Democrats")
        before_word = tokens[i - 1].group() if i > 0 else ""
        noun = i > 0 and (
            before_word.lower() in lex.determiners
            or (i == len(tokens) - 1 and plural_speech_noun(before_word, word))
            or (i < len(tokens) - 1 and low in lex.base_verbs and before_word[:1].isupper() and not before_word.endswith("s"))
        )
        # "President and CEO Thomas Reinholt": "and" between two titles joins them
        titles_joined = low in ("and", "&") and 0 < i < len(tokens) - 1 and {tokens[i - 1].group(), tokens[i + 1].group()} <= lex.titles
        # ("current and former officials", "state and local officials": two modifiers joined before the head)
        titles_joined = titles_joined or (
            low == "and"
            and 0 < i < len(tokens) - 2
            and {tokens[i - 1].group().lower(), tokens[i + 1].group().lower()} <= wl.JOINED_MODIFIERS
        )
        # "the Health and Safety Executive", "USA Track & Field": "and"/"&" inside a body's name
        inside_a_name = low in ("and", "&") and 0 < i < len(tokens) - 1 and _joins_a_name(tokens, i)
        # "the Washington State Office": a capitalised cue word inside a name is part of it
        # (also after "of" inside one: "Secretary of State John Kerry", "the Commission on State Debates")
        of_a_name = i >= 2 and tokens[i - 1].group() in ("of", "for", "on") and tokens[i - 2].group()[:1].isupper()
        capital_inside = word[:1].isupper() and 0 < i < len(tokens) - 1 and (tokens[i - 1].group()[:1].isupper() or of_a_name)
        # ("State Department spokesperson Marie Harlan", "a senior State Department official": a
        # capitalised cue word opening a name)
        # (not after a preposition inside a title: "Special Agent in Charge Monica Lund")
        capital_inside = capital_inside or (
            word[:1].isupper()
            and i < len(tokens) - 1
            and tokens[i + 1].group()[:1].isupper()
            and (i == 0 or before_word.lower() not in wl.PREPOSITIONS)
        )
        # "a person close to her", "sources close to the campaign": "to" inside the phrase
        # (and "aides to Sen. Ada Moss", "advisers to the governor": people in someone's service)
        close_to = (
            low == "to"
            and 0 < i < len(tokens) - 1
            and (
                before_word.lower() in ("close", "closer", "closest")
                or before_word.lower() in wl.union("anonymous_heads", "group_heads", "person_heads")  # ("Chad’s ambassador to France")
                # (and a document addressed to someone: "A Justice Department letter to the city attorney warns")
                or before_word.lower() in wl.union("PERSON_DOCUMENTS", "BODY_DOCUMENTS")
            )
        )
        # ("That release described …", "those aides said": a demonstrative opening its noun's phrase)
        # (at the phrase's or the sentence's start: in "said that aides had called it" "that" opens a clause)
        demonstrative = i + 2 == len(tokens) and (i == 0 or word[:1].isupper()) and demonstrative_description([word, tokens[i + 1].group()])
        if demonstrative:
            first = i
            break
        # ("The county’s summary of that meeting": a demonstrative after a preposition inside the phrase)
        demonstrative_inside = (
            low in wl.DEMONSTRATIVES and 0 < i < len(tokens) - 1 and tokens[i - 1].group().lower() in wl.NP_INNER and i >= 2
        )
        if (low in wl.NP_LEFT_STOPS or (low in lex.cues and not noun and not capital_inside)) and not (
            name_like or titles_joined or inside_a_name or close_to or demonstrative_inside or _roles_joined(tokens, i)
        ):
            break  # ("Will" or "Read" at the end, capitalised mid-sentence, is a surname, not a verb)
        if low in wl.NP_INNER and (i == len(tokens) - 1 or i == 0) and not name_like:
            break
        if word in wl.PREDICATE_STARTS and 0 < i < len(tokens) - 1 and before_word.lower() not in lex.determiners:
            break  # "The bill drew fire from a senator": a past tense ends the subject before it
        if len(tokens) - i > MAX_NP_WORDS:
            break
        first = i
        if low in lex.determiners and low not in wl.INNER_DETERMINERS:
            if (
                i >= 2
                and tokens[i - 1].group().lower() in wl.NP_INNER
                and tokens[i - 2].group().lower() not in wl.union("NP_LEFT_STOPS", "cues")
            ):
                continue  # "the nominee for the Nov. 8 election": a prepositional phrase inside the subject
            if word[:1].isupper() and low in wl.POSSESSIVE_DETERMINERS and i > 0 and tokens[i - 1].group()[:1].isupper():
                continue  # "Keep Our Promise PAC": a capitalised "Our" inside a name
            break  # "a", "the" start the phrase
    if first == len(tokens):
        return None
    if tokens[-1].group().lower() in wl.SUBJECT_PRONOUNS or (tokens[-1].group() == "it" and len(tokens) > 1):
        # "a military fight he called", "a rate it called": the pronoun is the subject
        return lo + tokens[-1].start(), lo + tokens[-1].end()
    # A phrase may not begin with a preposition or a lower-case word that is not a determiner
    # or number: drop such words from the left ("hungry for what she" never gets here).
    while first < len(tokens):
        word = tokens[first].group()
        low = word.lower()
        bare_source = low in wl.union("anonymous_heads", "group_heads")  # "experts describe", "officials said"
        bare_source = bare_source or (low in wl.INDEFINITE_PRONOUNS and low not in lex.determiners)  # "someone in the crowd"
        # ("…”, analyst says", "But expert says “…”": a headline drops the article before a role)
        bare_role = first == len(tokens) - 1 and low in lex.person_heads and _alone_on_a_short_line(text, lo, tokens, first)
        bare_source = bare_source or bare_role
        if (
            is_capitalised(word)
            or word[:1].isdigit()
            or low in lex.determiners
            or low in wl.COUNT_WORDS
            or low in lex.pronoun_gender
            or bare_source
        ):
            break
        first += 1
    if first == len(tokens):
        return None
    nouns_before_a_name = wl.union(
        "person_heads", "anonymous_heads", "group_heads", "organization_heads", "gender_words", "determiners", "NP_INNER"
    )
    for j in range(len(tokens) - 2, first - 1, -1):
        word = tokens[j].group()
        if (
            word.isalpha()
            and word.islower()
            and word not in nouns_before_a_name
            # (not an ordinal or a party's member: "A second Pennsylvania Democrat" is one phrase)
            and word not in wl.ORDINAL_MODIFIERS
            and tokens[-1].group().lower() not in wl.PARTY_MEMBERS
            and (tokens[j - 1 if j > first else j].group().lower() in lex.determiners or j == first)
            and all(t.group()[:1].isupper() for t in tokens[j + 1 :])
            and (word in wl.SPEECH_NOUNS or known_name(text, " ".join(t.group() for t in tokens[j + 1 :])))
        ):
            # "…,” a promise Sayer said he took; "a standard Barassi called …": a noun for a
            # thing, then a name that ends the phrase and starts its own (not "the actor Tom
            # Hanks", nor "the nationalist Global Times tabloid")
            first = j + 1
            break
    if (person := _person_before_a_participle(stripped, tokens, first)) is not None:
        return lo + person[0], lo + person[1]
    number = tokens[first].group()
    if first > 0 and tokens[first - 1].group().lower() in wl.APPROXIMATORS and (number[:1].isdigit() or number.lower() in wl.COUNT_WORDS):
        return lo + tokens[first - 1].start(), lo + tokens[-1].end()  # "About four in 10 voters"
    attached = first > 0 and not stripped[tokens[first - 1].end() : tokens[first].start()].strip()
    if attached and tokens[first - 1].group().lower() in wl.union("NP_INNER", "OBJECT_PREPOSITIONS"):
        # "in the past described": the object of a preposition is no subject ("Inside, Lind
        # told" has no such object: the comma ends the phrase); but "In a Bloomberg
        # interview Trump declared": a name after the phrase's lower-case noun is
        names = len(tokens)
        while names > first + 1 and tokens[names - 1].group()[:1].isupper():
            names -= 1
        noun_before = tokens[names - 1].group()
        if (
            names < len(tokens)
            and noun_before.islower()
            and noun_before not in wl.union("NP_INNER", "NP_LEFT_STOPS", "PREPOSITIONS", "determiners", "cues")
        ):
            return lo + tokens[names].start(), lo + tokens[-1].end()
        return None
    return lo + tokens[first].start(), lo + tokens[-1].end()


# past participles that place a person ("a lawmaker seated near the back")
PLACING_PARTICIPLES = frozenset({"seated", "stationed", "perched", "huddled", "gathered", "dressed", "clad", "based", "posted"})


def _person_before_a_participle(segment: str, tokens: list[re.Match], first: int) -> tuple[int, int] | None:
    """The person a participle phrase describes, when the phrase found before a cue is that
    participle's object or place ("a woman pushing a cart down a grocery aisle says", "A
    lawmaker seated a few rows back said"): where, in SEGMENT, the person's description runs
    from its determiner to its head; None when no person's head and participle stand before
    TOKENS[FIRST] in the same stretch of words."""
    determiners = load_lexicon().determiners
    if first < 2 or tokens[first].group().lower() not in determiners:
        return None
    heads = wl.union("person_heads", "anonymous_heads", "group_heads")
    for k in range(first - 1, max(0, first - 8), -1):
        if re.search(r"[,;:()\"“”—–]", segment[tokens[k - 1].end() : tokens[first].start()]):
            return None
        participle = tokens[k].group()
        # (a present participle, or a past one of where someone is: "spent several minutes"
        # after a head is the sentence's own verb)
        if not (participle.endswith("ing") or participle in PLACING_PARTICIPLES):
            continue
        if tokens[k - 1].group().lower() not in heads:
            continue  # (only a participle right after a person's head: "a cart down the aisle" is no person)
        for d in range(k - 1, max(-1, k - 5), -1):
            if tokens[d].group().lower() in determiners:
                if re.search(r"[,;:()\"“”—–]", segment[tokens[d].end() : tokens[k - 1].start()]):
                    return None
                return tokens[d].start(), tokens[k - 1].end()
        return None
    return None


def _joins_a_name(tokens: list[re.Match], i: int) -> bool:
    """Whether the "and"/"&" at TOKENS[i] stands inside one capitalised name: "&" between
    capitals always ("Track & Field"); "and" only in a name opened by "the" ("the Health and
    Safety Executive"), not between two people ("Ana Ruiz and Tom Bell")."""
    if not (tokens[i - 1].group()[:1].isupper() and tokens[i + 1].group()[:1].isupper()):
        return False
    if tokens[i].group() == "&":
        return True
    j = i - 1  # back over the name's words ("National Institute of Economic"), to its "the"
    # (also over "for" and "to": "the National Council for Unity and Renewal")
    while (
        j > 0
        and (tokens[j - 1].group()[:1].isupper() or tokens[j - 1].group() in ("of", "for", "to"))
        and tokens[j - 1].group().lower() != "the"
    ):
        j -= 1
    if j > 0 and tokens[j - 1].group().lower() == "the":
        return True
    # "U.S. Immigration and Customs Enforcement": capitals up to a body's last word, and no
    # first name before the "and" ("Ana Ruiz and Acme Corp." are two)
    lex = load_lexicon()
    tail = [t.group() for t in tokens[i + 1 :]]
    return (
        all(w[:1].isupper() for w in tail)
        and (tail[-1] in lex.organization_name_ends or tail[-1].lower() in lex.organization_heads)
        and not any(t.group() in lex.first_name_gender for t in tokens[j:i])
    )


def top_level_commas(segment: str) -> list[tuple[int, int]]:
    """Comma-separated parts, ignoring commas inside parentheses."""
    parts, depth, last = [], 0, 0
    for i, ch in enumerate(segment):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            parts.append((last, i))
            last = i + 1
    parts.append((last, len(segment)))
    return [(a, b) for a, b in parts if segment[a:b].strip()] or [(0, len(segment))]


def phrase_end(text: str, start: int, limit: int) -> int:
    """End of a noun phrase that starts at START: the next comma, sentence end, quote mark,
    or a preposition that opens an adjunct ("said Rodriguez at the ceremony")."""
    segment = text[start:limit]
    stops = re.finditer(
        r"[,;:\"“”(]|[.!?](?:\s|$)| (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|at|in|on|during|after|before|while|when|as|to reporters|in a|on a|via|through|about|adding|before)\b|\s[-–—]\s",
        segment,
    )
    # "said Mr. Mattioli", "said Gov. Perry": the period of a title or an initial ends no phrase
    m = next((m for m in stops if not (m.group().startswith(".") and _is_abbreviation(segment[: m.start()]))), None)
    end = start + (m.start() if m else len(segment))
    # "wrote Jane Doe for The Harbor Review": a person's name, then the outlet they write for
    # (but "a spokeswoman for the mayor" keeps its "for": the role needs it)
    byline = re.match(r"(?:[A-Z][\w’'\-\.]*[ \t]+){1,3}[A-Z][\w’'\-\.]*(?= for (?:the |The )?[A-Z])", text[start:end])
    if byline:
        end = start + byline.end()
    # "a source close to Venezuela's ruling party": keep the modifier with the source.
    modifier = re.match(
        r" (?:close to|familiar with|knowledgeable about|acquainted with|affiliated with|briefed on|with knowledge of|in the|at the|of the)\b[^,.;:\"“”]*",
        text[end:limit],
    )
    if modifier and re.search(r"\b(?:source|sources|official|officials|person|people|aide|aides)$", text[start:end]):
        end += modifier.end()
    return end


def role_after(text: str, pos: int, limit: int) -> str:
    """An appositive right after a name: ", a professor at the US Naval Academy,"."""
    m = re.match(r",\s+((?:an?|the|who|one of|former|then|now)\b[^\"“”]*?)(?:,|\.(?:\s|$)|$)", text[pos:limit])
    if m:
        return m.group(1).strip()
    # (or a bare role and its body: ", chair of the transit board,", ", president of Local 9,")
    # (the role alone: the body after "of" is no description of the person, "the authority")
    bare = re.match(r",\s+((?:[a-z][\w\-]*\s+){0,2}([a-z][\w\-]*))\s+(?:of|at|for)\s+[^\"“”,]*?(?:,|\.(?:\s|$)|$)", text[pos:limit])
    if bare and (bare.group(2) in wl.union("person_heads", "anonymous_heads") or bare.group(2) in wl.lowercase_titles()):
        return bare.group(1).strip()
    return ""


def _is_abbreviation(before_period: str) -> bool:
    """Whether the word before a period is an abbreviation or an initial ("Mr", "Gov", "H", "U.S")."""
    tail = re.search(r"[\w.]*$", before_period)  # always matches, if only the empty string
    word = tail.group() if tail else ""
    if re.fullmatch(r"[a-z][\w\-]{2,}(?:\.[a-z][\w\-]+)*\.[a-z]{2,4}", word):
        return False  # "according to ouest-france.fr. They …": a web address, whose last dot is inside it
    return bool(word) and (word.rstrip(".").lower() in abbreviations() or len(word) == 1 or "." in word)


def has_sentence_end(span: str) -> bool:
    """A full stop, ! or ? followed by a space, other than after an abbreviation or an
    initial ("Ms. Alawee", "John F. Kennedy", "U.S. officials")."""
    for m in re.finditer(r"([\w.]*)([.!?])[\"'”’)]*\s", span):
        if m.group(2) == "." and _is_abbreviation(m.group(1)):
            continue
        return True
    return False


PAST_TENSE_NEXT = re.compile(r"\s*[a-z]+ed\b")


def capital_is_a_name(text: str, start: int, end: int, mid_phrase: bool) -> bool:
    """Whether the capitalised word at START..END, right before a verb, is a name though it
    is also a function word ("Will", "Long", "From"): it is inside a phrase ("which Will
    claims"), before a past tense where no modal can stand ("Will described Trump as …"), or
    right after a quote's closing comma, where a capital starts no sentence ("…,” Long said.")."""
    if not text[start:end][:1].isupper():
        return False
    past_tense_follows = PAST_TENSE_NEXT.match(text, end) is not None
    after_a_lower_case_word = re.search(r"[a-z][ \t]+$", text[max(0, start - 20) : start]) is not None  # mid-sentence
    return mid_phrase or past_tense_follows or after_a_lower_case_word or right_after_a_quote(text, start)


def right_after_a_quote(text: str, start: int) -> bool:
    """Whether START follows a quote's closing comma, "!" or "?" and mark ("…,” From said")."""
    return re.search(r"[,!?](?:[\"”’]|'')\s*$", text[max(0, start - 5) : start]) is not None


def is_adverb(word: str) -> bool:
    """A lower-case -ly word that is not one of the nouns and adjectives so spelt
    ("quickly", "openly"; not "family", "elderly")."""
    return word.endswith("ly") and word.isalpha() and word.islower() and len(word) > 4 and word not in wl.LY_NOT_ADVERBS


def time_before_a_verb() -> re.Pattern:
    """A phrase of time between a subject and its verb ("last year", "earlier this week",
    "over the weekend"), from time_units in the lexicon."""
    return _time_before_a_verb(rules_dir_key())


@functools.cache
def _time_before_a_verb(rules_key: str) -> re.Pattern:
    units = "|".join(sorted(wl.TIME_UNITS))
    days = "|".join(sorted(wl.WEEKDAYS))
    # (or "over the weekend", "during the night": a preposition of time and its unit; or
    # "on Friday": a weekday after "on")
    return re.compile(
        rf"\s+(?:(?:(?:earlier|later|late|early)\s+)?(?:last|this|next)|(?:over|during|overnight|throughout)\s+the)\s+(?:{units})$"
        rf"|\s+on\s+(?i:{days})$"
        # (or "out" or a participle of release and a day: "New Gallup polls out Tuesday show",
        # "A news report published Wednesday said")
        rf"|\s+(?:out|published|released|issued|posted)\s+(?:on\s+|late\s+|early\s+)?(?i:{days})$"
        # (or a span and "later": "A second post an hour later said", "two days later")
        rf"|\s+(?:an?|one|two|three|four|five|several|a\s+few|\d+)\s+(?:{units}|hour|minute|day)s?\s+(?:later|earlier)$"
    )


def strip_between_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop adverbs and auxiliaries between a subject and its verb ("Smith also",
    "Clinton has increasingly", "Trump is")."""
    while True:
        segment = text[start:end].rstrip()
        paren = re.search(r"\s*\([^()]{1,40}\)$", segment)
        if paren:  # "Rep. Gwen Moore (D-Wis.) said": a party tag is not where the name ends
            end = start + paren.start()
            continue
        when = time_before_a_verb().search(segment)
        if when and when.start() > 0:  # "Obama last year explained": a time, not part of the name
            end = start + when.start()
            continue
        words = segment.split()
        if not words:
            return start, start
        last = words[-1].lower()
        word_start = start + len(segment) - len(words[-1])
        if capital_is_a_name(text, word_start, start + len(segment), len(words) > 1) and last.strip(",") not in wl.WEEKDAYS:
            return start, start + len(segment)
        if last.endswith(",") and len(words) > 1:
            return start, start + len(segment)  # an aside's closing comma: "Moss, delivering it on Thursday, said"
        if last.strip(",") not in wl.BETWEEN_SUBJECT_AND_CUE and not is_adverb(words[-1]):
            return start, start + len(segment)
        if len(words) > 1 and words[-1].isupper() and words[-2].isupper():
            return start, start + len(segment)  # "USA TODAY reported": a word in capitals inside a name
        end = start + len(segment) - len(words[-1])


def demonstrative_description(words: list[str]) -> bool:
    """Whether WORDS are a demonstrative and a noun for a person, a body or a document ("that
    official", "those aides", "That office", "That release"): one mention, though "that"
    elsewhere opens a clause."""
    return (
        len(words) == 2
        and words[0].lower() in wl.DEMONSTRATIVES
        and words[1]
        in wl.union("person_heads", "anonymous_heads", "ISSUER_DOCUMENTS", "ISSUED_DOCUMENTS", "PERSON_DOCUMENTS", "organization_heads")
    )


def _headline_name_cut(text: str, start: int, mention: str, name: str) -> str:
    """What stays of a name read in a title-case headline after a title ("Mayor Cardoza Wins
    Vote"): the mention up to the first of the name's words that the story below never uses, or the
    title alone when it uses none ("Judge Puts Amendment Back on the Ballot"); "" when the
    mention stays whole. A story names its headline's person, so capitalised words it never
    uses are the headline's verb and object."""
    headline_end = text.find("\n")
    at = mention.find(name.split()[0]) if name else -1
    if headline_end < 0 or start >= headline_end or at <= 0 or not is_title_case_line(text[:headline_end]):
        return ""
    title = mention[:at].rstrip()
    titles = wl.lowercase_titles()
    if not title or any(word.lower() not in titles for word in title.split()):
        return ""  # (every word a title's: "Court Tosses Missouri House" is no title)
    story = text[headline_end:]
    words = name.split()
    used = 0  # (the name's first words that the story uses, up to the first it does not)
    while used < len(words) and re.search(rf"\b{re.escape(words[used])}\b", story):
        used += 1
    if used == len(words):
        return ""
    return mention[: mention.find(words[used - 1], at) + len(words[used - 1])] if used else title


def is_title_case_line(line: str) -> bool:
    """A headline line ("Glenn Beck Quotes Bible to Encourage Indiana…"): capitalised
    words cannot mark where a name ends there. No headline runs to a thousand characters, and
    not reading such a line keeps this test from costing the length of a one-line article
    per quote."""
    from quoteaudit.extract.quotes import WORD_RE, is_title_case

    if len(line) > HEADLINE_MAX_CHARS:
        return False

    words = [w for w in WORD_RE.findall(line) if w[:1].isalpha()]
    # a headline capitalises every long word; a sentence full of names still has a
    # lower-case verb or noun ("Mayor Ana Ruiz spoke on Monday.")
    if len(words) < 4 or not is_title_case(words):
        return False
    lower_ok = wl.TITLE_CASE_LOWER_WORDS
    return not any(w[:1].islower() and len(w) >= 4 and w.lower() not in lower_ok for w in words)


def opens_with_a_participle(name: str, text: str = "") -> bool:
    """ "Disengaging Venezuela", "Armed Forces": a capitalised -ing or -ed word opening the
    run starts a sentence and names nobody, unless it is a first name ("Alfred Brandt",
    "Irving Lowe", "Ted Ruiz") or, given the article's TEXT, the surname of someone it names
    with a first name ("Raymond Kettering", then "Kettering stood")."""
    first = name.split()[0] if name.split() else ""
    lex = load_lexicon()
    return (
        re.fullmatch(r"[A-Z][a-z]+(?:ing|ed)", first) is not None
        and len(first) > 4
        and not first_name_gender(first, lex)  # ("Wilfred Amankwah", "Sterling Moss")
        and not (text and first == name and _surname_of_someone(text, first))
    )


def _surname_of_someone(text: str, word: str) -> bool:
    """Whether the article writes WORD after a first name (perhaps with a middle initial)."""
    return word in _surnames_after_first_names(text, rules_dir_key())


@functools.lru_cache(maxsize=4)
def _surnames_after_first_names(text: str, rules_key: str) -> frozenset[str]:
    """Every capitalised word the article writes after a known first name, read once per
    article (the text is one str object, whose hash Python keeps)."""
    lex = load_lexicon()
    return frozenset(
        named.group(2)
        for named in re.finditer(r"\b([A-Z][a-z]+)[ \t]+(?=(?:[A-Z]\.[ \t]+)?([A-Z][\w’'\-]+)\b)", text)
        if first_name_gender(named.group(1), lex)
    )


def known_name(text: str, name: str) -> bool:
    """A capitalised subject counts as a person or body when the article uses it more
    than once or gives it in full: "Labor market conditions" at a sentence start does not."""
    words = name.split()
    if len(words) >= 2:
        return True
    # ("Nuclear experts warned …": a word the article also writes in lower case is a common
    # word that a sentence happens to start with)
    lower = words[0].lower()
    return word_uses(text, words[0]) >= 2 and lower not in wl.NP_LEFT_STOPS and (lower == words[0] or word_uses(text, lower) == 0)


@functools.lru_cache(maxsize=4096)
def word_uses(text: str, word: str) -> int:
    """How often the article uses a word, counted once per article and word (the article is
    one str object, whose hash Python keeps, so the lookup does not re-read the text)."""
    if re.fullmatch(r"\w+", word):
        return _word_counts(text)[word]  # (a plain word: read from one count of the article's words)
    # ("O'Neil", "Aguilar-Fennimore": found with str.find, each place checked as "\b…\b" would be)
    count, at, end_of = 0, text.find(word), len(word)
    while at >= 0 and word:
        after = at + end_of
        starts = (at > 0 and _is_word_char(text[at - 1])) != _is_word_char(word[0])
        ends = (after < len(text) and _is_word_char(text[after])) != _is_word_char(word[-1])
        count += starts and ends
        at = text.find(word, after if starts and ends else at + 1)
    return count


def _is_word_char(char: str) -> bool:
    """What a regular expression's \\w matches in a str pattern."""
    return char.isalnum() or char == "_"


@functools.lru_cache(maxsize=8)
def _word_counts(text: str) -> Counter[str]:
    """Every word of the article counted in one pass: a long article asks about hundreds of
    words, and a search of the whole text for each grew with the square of its length."""
    return Counter(re.findall(r"\w+", text))


def held_at_a_distance(text: str, quote: Quote) -> bool:
    """One quoted word inside a noun phrase, right after a determiner or possessive (the
    “reform”, the council’s “upgrade”): the reporter holding a term at a distance."""
    before = re.search(r"([\w’']+)\W{0,2}$", text[max(0, quote.start - 30) : quote.start])
    held = before is not None and (before.group(1).lower() in wl.NOUN_DETERMINERS or before.group(1).endswith(POSSESSIVE_ENDINGS))
    return held and len(quote.text.split()) == 1 and not re.search(r"[.!?,;:]\W*$", quote.text)


def a_state_or_country(name: str) -> bool:
    """Whether a name is a US state or a country, in any of the lexicon's forms."""
    return name in state_forms(rules_dir_key()) or name.replace(" ", "+") in wl.COUNTRIES


@functools.lru_cache(maxsize=4)
def state_forms(rules_key: str) -> frozenset[str]:
    """The states in full and in AP style ("South Carolina", "S.C."; not the postal codes:
    "ME" and "OR" are words too)."""
    return frozenset(form.replace("+", " ") for entry in wl.US_STATES for form in entry.split(":")[:2])
