"""The word lists speaker attribution reads from rules/lexicon/ (speech_verbs, titles and
attribution): data an editor can change, kept out of the code that uses it.

They are read from the rules folder in force when they are used, not when this module is
imported, and cached per folder: `--rules DIR` (``quoteaudit.rules.use_rules``) or
$QUOTEAUDIT_RULES set after import still changes what the extractors read. Read the upper-case
lists as attributes of the module (``wordlists.WEEKDAYS``), never with ``from … import``, which
would keep one folder's list for good."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quoteaudit.models import SpeakerKind
from quoteaudit.rules import builtin_rules_dir, default_rules_dir, lexicon, rules_dir_key

if TYPE_CHECKING:
    # What mypy sees of the lists ``__getattr__`` builds at run time, each list by its type.
    # Annotations only: no value is bound here, so every read still goes to ``__getattr__``.
    WEEKDAYS: frozenset[str]
    MONTHS: frozenset[str]
    COUNTRIES: frozenset[str]
    US_STATES: frozenset[str]
    STATE_DEMONYMS: frozenset[str]
    COMPANY_ROLE_HEADS: frozenset[str]
    AGENT_ROLES: dict[str, str]
    GENERIC_BODY_STARTS: frozenset[str]
    BETWEEN_SUBJECT_AND_CUE: frozenset[str]
    LY_NOT_ADVERBS: frozenset[str]
    AUXILIARIES: frozenset[str]
    INTRO_WORDS: frozenset[str]
    PREPOSITIONS: frozenset[str]
    LEADING_CONNECTIVES: frozenset[str]
    NAME_PARTICLES: frozenset[str]
    NAME_SUFFIXES: frozenset[str]
    PLACE_INITIALS: frozenset[str]
    TIME_ZONES: frozenset[str]
    GIVEN_NAME_ABBREVIATIONS: frozenset[str]
    RACE_EPITHET_HEADS: frozenset[str]
    SUBORDINATORS: frozenset[str]
    PARTICIPLE_GOVERNORS: frozenset[str]
    CLAUSE_OPENERS: frozenset[str]
    OPENERS: frozenset[str]
    NOT_SPEAKERS: frozenset[str]
    CLAUSE_AFTER_QUOTE: frozenset[str]
    INDEFINITE_PRONOUNS: dict[str, SpeakerKind]
    BODY_KIND_NAMES: dict[str, tuple[str, ...]]
    COUNT_WORDS: frozenset[str]
    HEAD_POSTMODIFIERS: frozenset[str]
    NP_LEFT_STOPS: frozenset[str]
    NP_INNER: frozenset[str]
    UNNAMED_BEFORE_A_BODY: frozenset[str]
    SUBJECT_PRONOUNS: frozenset[str]
    OBJECT_CONTROL_VERBS: frozenset[str]
    INVERTIBLE_CUES: frozenset[str]
    NAMING_VERBS: frozenset[str]
    CLOSING_BELIEF_VERBS: frozenset[str]
    LONE_NAME_NOT_BEFORE: frozenset[str]
    NOT_LONE_NAMES: frozenset[str]
    PASSIVE_SPEECH_VERBS: frozenset[str]
    SPEECH_NOUNS: frozenset[str]
    SPEECH_EVENTS: frozenset[str]
    NOUN_ADJECTIVES: frozenset[str]
    NOUN_DETERMINERS: frozenset[str]
    PREDICATE_STARTS: frozenset[str]
    BE_FORMS: frozenset[str]
    NOT_A_VERB_TAKING_A_QUOTE: frozenset[str]
    QUANTITY_HEADS: frozenset[str]
    BARE_QUANTIFIER_SUBJECTS: frozenset[str]
    BASE_VERB_SUBJECTS: frozenset[str]
    S_WORDS_NOT_PLURAL: frozenset[str]
    PLACE_PREPOSITIONS: frozenset[str]
    PLURAL_QUANTIFIERS: frozenset[str]
    BARE_PRONOUNS: frozenset[str]
    COMPLEMENTIZERS: frozenset[str]
    INNER_DETERMINERS: frozenset[str]
    OBJECT_PREPOSITIONS: frozenset[str]
    PLAIN_CUES: frozenset[str]
    VERB_COORDINATORS: frozenset[str]
    FRAMING_VERBS: frozenset[str]
    APPOSITIVE_PREPOSITIONS: frozenset[str]
    NAME_BAD_ENDS: frozenset[str]
    PLACE_NAME_ENDS: frozenset[str]
    PLACE_NAME_STARTS: frozenset[str]
    PLACE_FIRST_WORDS: frozenset[str]
    PERCEPTION_VERBS: frozenset[str]
    SUBORDINATE_RANKS: frozenset[str]
    OFFICE_TITLES: frozenset[str]
    PHRASE_OPENERS: frozenset[str]
    AGENT_PREPOSITION: frozenset[str]
    APPROXIMATORS: frozenset[str]
    COMPANY_KINDS: frozenset[str]
    PUBLIC_BODY_KINDS: frozenset[str]
    ANY_BODY_KINDS: frozenset[str]
    OUTLET_KINDS: frozenset[str]
    GOVERNMENT_BODY_WORDS: frozenset[str]
    SUBORDINATE_OPENERS: frozenset[str]
    TITLE_CASE_LOWER_WORDS: frozenset[str]
    SHOWING_VERBS: frozenset[str]
    OPENING_PARTICIPLE_PREPOSITIONS: frozenset[str]
    WORDS_AS_WORDS: frozenset[str]
    IDENTIFYING_NOUNS: frozenset[str]
    PERSON_IN_CHARGE: frozenset[str]
    BROADCAST_ROLES: frozenset[str]
    BROADCASTER_TITLES: frozenset[str]
    MODIFIED_COMPANY_KINDS: frozenset[str]
    ROLES_BY_DEED: dict[str, frozenset[str]]
    RUNNING_VERBS: frozenset[str]
    SPOKESPERSON_WORDS: frozenset[str]
    STANDALONE_DETERMINERS: frozenset[str]
    QUESTION_OPENERS: frozenset[str]
    QUESTION_CUES: frozenset[str]
    REPLY_CUES: frozenset[str]
    ADDRESS_WORDS: frozenset[str]
    WORDS_BEFORE_A_NAME: frozenset[str]
    NEVER_SPEAKERS: frozenset[str]
    AS_SAID_ADVERBS: frozenset[str]
    VERBS_AFTER_HER: frozenset[str]
    GERUND_PREPOSITIONS: frozenset[str]
    PARTITIVE_NOUNS: frozenset[str]
    ABSOLUTE_OPENERS: frozenset[str]
    TIME_NOUNS: frozenset[str]
    TIME_SPANS: frozenset[str]
    INVERTED_OPENING_CUES: frozenset[str]
    ORDINAL_MODIFIERS: frozenset[str]
    PARTY_MEMBERS: frozenset[str]
    STREET_WORDS: frozenset[str]
    POLITICAL_OFFICES: frozenset[str]
    TIME_DETERMINERS: frozenset[str]
    SPOUSE_WORDS: frozenset[str]
    OWN_SUBJECT_DETERMINERS: frozenset[str]
    OWN_SUBJECT_BEFORE_CUE: frozenset[str]
    PARENT_WORDS: frozenset[str]
    CHILD_WORDS: frozenset[str]
    ISSUER_DOCUMENTS: frozenset[str]
    RESEARCH_DOCUMENTS: frozenset[str]
    CLOSING_CUES: frozenset[str]
    TIME_UNITS: frozenset[str]
    REFUSAL_VERBS: frozenset[str]
    POSSESSIVE_DETERMINERS: frozenset[str]
    ROLE_MODIFIER_STARTS: frozenset[str]
    ISSUED_DOCUMENTS: frozenset[str]
    CAUSATIVE_VERBS: frozenset[str]
    DOCUMENT_VERBS: frozenset[str]
    EVIDENCE_DOCUMENTS: frozenset[str]
    EVIDENCE_VERBS: frozenset[str]
    BARE_PLURAL_STOPS: frozenset[str]
    VERB_PARTICLES: frozenset[str]
    JOINED_MODIFIERS: frozenset[str]
    INVERTED_LEAD_CUES: frozenset[str]
    AUTHORING_PARTICIPLES: frozenset[str]
    ISSUING_VERBS: frozenset[str]
    CROWD_NOUNS: frozenset[str]
    MEASURE_NOUNS: frozenset[str]
    EST_NOUNS: frozenset[str]
    BODY_DOCUMENTS: frozenset[str]
    PERSON_DOCUMENTS: frozenset[str]
    WRITTEN_ON_NOUNS: frozenset[str]
    SUBORDINATORS_WITH_A_SUBJECT: frozenset[str]
    SHARE_QUANTIFIERS: frozenset[str]
    OBJECT_PRONOUNS: frozenset[str]
    DEMONSTRATIVES: frozenset[str]
    FINDING_VERBS: frozenset[str]
    NUMBER_WORDS: frozenset[str]
    IRREGULAR_PARTICIPLES: frozenset[str]
    SEQUENCE_ADVERBS: frozenset[str]
    MEDIUM_WORDS: frozenset[str]
    BACKSHIFTED_MODALS: frozenset[str]
    PREDICATE_START_ADVERBS: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    cues: frozenset[str]
    base_verbs: frozenset[str]
    phrasal: frozenset[str]
    according_to: tuple[str, ...]
    pronoun_gender: dict[str, str]
    gender_words: dict[str, str]  # honorific or role word -> male / female
    first_name_gender: dict[str, str]  # common first name -> male / female
    census_first_name_gender: dict[str, str]  # the US census first names, for gender alone
    determiners: frozenset[str]
    anonymous_heads: frozenset[str]
    group_heads: frozenset[str]
    organization_heads: frozenset[str]
    organization_name_ends: frozenset[str]
    person_heads: frozenset[str]
    line_labels: frozenset[str]
    transcript_roles: frozenset[str]
    titles: frozenset[str]
    work_words: frozenset[str]
    named_thing_heads: frozenset[str]  # "Act", "Fire": the last word of a law's or an event's name
    title_abbreviations: dict[str, str]  # "Sen." -> senator


def _first_name_gender(*lists: dict[str, str]) -> dict[str, str]:
    """First name -> male / female from the lexicon lists; a name that more than one list
    gives both genders tells none."""
    gender: dict[str, str] = {}
    clashes: set[str] = set()
    for by_gender in lists:
        for g, names in by_gender.items():
            for name in names.split():
                if gender.setdefault(name, g) != g:
                    clashes.add(name)
    return {n: g for n, g in gender.items() if n not in clashes}


# a name is taken as one gender's when that gender gives it this many times as often
CENSUS_GENDER_RATIO = 4.0


@functools.cache
def census_first_name_gender() -> dict[str, str]:
    """First name -> male / female from the 1990 US census lists shipped by the ``names``
    package (about 5,500 names, public-domain data under an MIT package); a name both
    genders give within CENSUS_GENDER_RATIO tells none. Only pronoun resolution reads it:
    the lexicon's own first_names stay the list that decides what is a person's name, so a
    census name like "Will" or "Grant" never makes a person where the lexicon would not.
    Empty when the package is missing."""
    try:
        import names  # type: ignore[import-untyped]
    except ImportError:
        return {}
    share: dict[str, dict[str, float]] = {}
    for gender in ("male", "female"):
        with open(names.FILES[f"first:{gender}"], encoding="ascii") as lines:
            for line in lines:
                fields = line.split()
                if len(fields) >= 2:
                    share.setdefault(fields[0].title(), {})[gender] = float(fields[1])
    out = {}
    for name, by_gender in share.items():
        male, female = by_gender.get("male", 0.0), by_gender.get("female", 0.0)
        if male >= CENSUS_GENDER_RATIO * female:
            out[name] = "male"
        elif female >= CENSUS_GENDER_RATIO * male:
            out[name] = "female"
    return {**world_first_name_gender(), **out}  # (the census decides where both know a name)


# a world name is taken as one gender's when that share of its bearers have it, over at least
# WORLD_MIN_SOURCES of the package's sources and WORLD_MIN_BEARERS people
WORLD_GENDER_SHARE = 0.95
WORLD_MIN_SOURCES = 2
WORLD_MIN_BEARERS = 100


@functools.cache
def world_first_name_gender() -> dict[str, str]:
    """First name -> male / female beyond the US census ("Gideon", "Fenella", "Tito") from the
    name data of the ``nomquamgender`` package (MIT; name counts from 36 sources in many
    countries), for pronoun gender alone as the census list is. Its data file is read without
    importing the package (which loads pandas and takes a second to parse 720,000 names);
    the names kept are stored beside the quoteaudit cache after the first read (even with
    caching off: see ``cache.data_dir``). Empty when the package is missing."""
    import importlib.util
    import json
    import re

    from quoteaudit.nlp.cache import data_dir, read_json, write_json

    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        return {}
    data_file = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    try:
        stamp = f"{data_file.stat().st_size}:{WORLD_GENDER_SHARE}:{WORLD_MIN_SOURCES}:{WORLD_MIN_BEARERS}"
    except OSError:
        return {}
    cached = read_json("first-names", stamp, data_dir())
    if isinstance(cached, dict):
        return cached
    try:
        rows = json.loads(data_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out = {}
    for name, row in rows.items():
        sources, bearers, female_share = row[0], row[1], row[2]
        if not isinstance(female_share, (int, float)) or sources < WORLD_MIN_SOURCES or bearers < WORLD_MIN_BEARERS:
            continue
        if not re.fullmatch(r"[a-z][a-z\-]+", name):
            continue
        if female_share <= 1 - WORLD_GENDER_SHARE:
            out[name.title()] = "male"
        elif female_share >= WORLD_GENDER_SHARE:
            out[name.title()] = "female"
    write_json("first-names", stamp, out, data_dir())
    return out


def load_lexicon() -> Lexicon:
    """The speech verbs, pronouns, heads and titles of the rules folder in force."""
    return _load_lexicon(str(default_rules_dir()))


@functools.cache
def _load_lexicon(rules_dir: str) -> Lexicon:
    verbs = lexicon("speech_verbs", Path(rules_dir))
    titles = lexicon("titles", Path(rules_dir))
    gender = {p: g for g, words in verbs["pronouns"].items() if g != "first" for p in words}
    gender.update({p: "first" for p in verbs["pronouns"]["first"]})
    return Lexicon(
        cues=frozenset(verbs["speech_verbs"].split()) | frozenset(verbs["base_verbs"].split()),
        base_verbs=frozenset(verbs["base_verbs"].split()) | frozenset(verbs.get("base_phrasal", [])),
        phrasal=frozenset(verbs["phrasal"]) | frozenset(verbs.get("base_phrasal", [])),
        according_to=tuple(verbs["according_to"]),
        pronoun_gender=gender,
        gender_words={w: g for g, words in verbs.get("gender_words", {}).items() for w in words},
        # (first_names.yml; a newsroom's speech_verbs.yml from before it may still list some)
        first_name_gender=_first_name_gender(verbs.get("first_names", {}), lexicon("first_names", Path(rules_dir))),
        census_first_name_gender=census_first_name_gender(),
        determiners=frozenset(verbs["determiners"]),
        anonymous_heads=frozenset(verbs["anonymous_heads"].split()),
        group_heads=frozenset(verbs["group_heads"].split()),
        organization_heads=frozenset(verbs["organization_heads"].split()),
        organization_name_ends=frozenset(verbs.get("organization_name_ends", "").split()),
        person_heads=frozenset(verbs["person_heads"].split()),
        line_labels=frozenset(verbs["line_labels"].split()),
        transcript_roles=frozenset(w.replace("+", " ") for w in verbs.get("transcript_roles", "").split()),
        titles=frozenset(titles["titles"].split()),
        work_words=frozenset(titles["work_words"].split()),
        named_thing_heads=frozenset(titles["named_thing_heads"].split()),
        title_abbreviations=dict(titles.get("title_abbreviations", {})),
    )


MAX_NP_WORDS = 12


@functools.cache
def _attribution_lists(rules_dir: str) -> dict[str, object]:
    """Every upper-case list of this module, from one rules folder's attribution.yml."""
    attribution = lexicon("attribution", Path(rules_dir))

    def _words(key: str) -> frozenset[str]:
        """One list of rules/lexicon/attribution.yml ("call+on" stands for "call on"); a
        newsroom's copy written before a list existed takes the built-in one."""
        words = attribution[key] if key in attribution else lexicon("attribution", builtin_rules_dir())[key]
        return frozenset(w.replace("+", " ") for w in words.split())

    # What each list holds is said next to it in rules/lexicon/attribution.yml.
    WEEKDAYS = _words("weekdays")
    MONTHS = _words("months")
    COUNTRIES = _words("countries")
    US_STATES = _words("us_states")
    STATE_DEMONYMS = _words("state_demonyms")
    COMPANY_ROLE_HEADS = _words("company_role_heads")
    AGENT_ROLES = dict(entry.split(":") for entry in _words("agent_roles"))
    GENERIC_BODY_STARTS = _words("generic_body_starts")
    BETWEEN_SUBJECT_AND_CUE = _words("between_subject_and_cue") | WEEKDAYS
    LY_NOT_ADVERBS = _words("ly_not_adverbs")
    AUXILIARIES = _words("auxiliaries")
    INTRO_WORDS = _words("intro_words")
    PREPOSITIONS = INTRO_WORDS - _words("intro_not_prepositions") | _words("prepositions")
    LEADING_CONNECTIVES = _words("leading_connectives")
    NAME_PARTICLES = _words("name_particles")
    NAME_SUFFIXES = _words("name_suffixes")
    PLACE_INITIALS = _words("place_initials")
    TIME_ZONES = _words("time_zones")
    GIVEN_NAME_ABBREVIATIONS = _words("given_name_abbreviations")
    RACE_EPITHET_HEADS = _words("race_epithet_heads")
    SUBORDINATORS = _words("subordinators")
    PARTICIPLE_GOVERNORS = _words("participle_governors")
    CLAUSE_OPENERS = INTRO_WORDS | SUBORDINATORS
    # Words that open a sentence or clause and never stand for its subject ("While Mr. Ryan …").
    OPENERS = CLAUSE_OPENERS | _words("opener_extras")
    # Words a mention can never be on its own ("Instead, Will called …").
    NOT_SPEAKERS = (CLAUSE_OPENERS | _words("not_speaker_extras")) - _words("speaker_clause_openers")
    # Lower-case words after a closing mark that start a new clause rather than an attribution.
    CLAUSE_AFTER_QUOTE = SUBORDINATORS | _words("clause_coordinators")
    INDEFINITE_PRONOUNS = {word: SpeakerKind(kind) for kind, words in attribution["indefinite_pronouns"].items() for word in words.split()}
    kind_names = (
        attribution["body_kind_names"]
        if "body_kind_names" in attribution
        else lexicon("attribution", builtin_rules_dir())["body_kind_names"]
    )
    BODY_KIND_NAMES = {kind: tuple(words.split()) for kind, words in kind_names.items()}
    COUNT_WORDS = _words("count_words")
    HEAD_POSTMODIFIERS = _words("head_postmodifiers")
    NP_LEFT_STOPS = _words("np_left_stops")
    NP_INNER = _words("np_inner")
    UNNAMED_BEFORE_A_BODY = _words("unnamed_before_a_body")
    SUBJECT_PRONOUNS = _words("subject_pronouns")
    OBJECT_CONTROL_VERBS = _words("object_control_verbs")
    INVERTIBLE_CUES = _words("invertible_cues")
    NAMING_VERBS = _words("naming_verbs")
    CLOSING_BELIEF_VERBS = _words("closing_belief_verbs")
    LONE_NAME_NOT_BEFORE = _words("lone_name_not_before")
    NOT_LONE_NAMES = _words("not_lone_names")
    PASSIVE_SPEECH_VERBS = _words("passive_speech_verbs")
    SPEECH_NOUNS = _words("speech_nouns")
    SPEECH_EVENTS = _words("speech_events")
    NOUN_ADJECTIVES = _words("noun_adjectives")
    NOUN_DETERMINERS = _words("noun_determiners")
    PREDICATE_STARTS = _words("predicate_starts")
    BE_FORMS = _words("be_forms")
    NOT_A_VERB_TAKING_A_QUOTE = _words("not_a_verb_taking_a_quote")
    QUANTITY_HEADS = _words("quantity_heads")
    BARE_QUANTIFIER_SUBJECTS = _words("bare_quantifier_subjects")
    BASE_VERB_SUBJECTS = _words("base_verb_subjects")
    S_WORDS_NOT_PLURAL = _words("s_words_not_plural")
    PLACE_PREPOSITIONS = _words("place_prepositions")
    PLURAL_QUANTIFIERS = _words("plural_quantifiers")
    BARE_PRONOUNS = _words("bare_pronouns")
    COMPLEMENTIZERS = _words("complementizers")
    INNER_DETERMINERS = _words("inner_determiners")
    OBJECT_PREPOSITIONS = _words("object_prepositions")
    PLAIN_CUES = _words("plain_cues")
    VERB_COORDINATORS = _words("verb_coordinators")
    FRAMING_VERBS = _words("framing_verbs")
    APPOSITIVE_PREPOSITIONS = _words("appositive_prepositions")
    NAME_BAD_ENDS = _words("name_bad_ends")
    PLACE_NAME_ENDS = _words("place_name_ends")
    PLACE_NAME_STARTS = _words("place_name_starts")
    PLACE_FIRST_WORDS = _words("place_first_words")
    PERCEPTION_VERBS = _words("perception_verbs")
    SUBORDINATE_RANKS = _words("subordinate_ranks")
    OFFICE_TITLES = _words("office_titles")
    PHRASE_OPENERS = _words("phrase_openers")
    AGENT_PREPOSITION = _words("agent_preposition")
    APPROXIMATORS = _words("approximators")
    COMPANY_KINDS = _words("company_kinds")
    PUBLIC_BODY_KINDS = _words("public_body_kinds")
    ANY_BODY_KINDS = _words("any_body_kinds")
    OUTLET_KINDS = _words("outlet_kinds")
    GOVERNMENT_BODY_WORDS = _words("government_body_words")
    SUBORDINATE_OPENERS = _words("subordinate_openers")
    TITLE_CASE_LOWER_WORDS = _words("title_case_lower_words")
    SHOWING_VERBS = _words("showing_verbs")
    OPENING_PARTICIPLE_PREPOSITIONS = _words("opening_participle_prepositions")
    WORDS_AS_WORDS = _words("words_as_words")
    IDENTIFYING_NOUNS = _words("identifying_nouns")
    PERSON_IN_CHARGE = _words("person_in_charge")
    BROADCAST_ROLES = _words("broadcast_roles")
    BROADCASTER_TITLES = _words("broadcaster_titles")
    MODIFIED_COMPANY_KINDS = _words("modified_company_kinds")
    ROLES_BY_DEED = {
        role: frozenset(verbs.split())
        for role, verbs in (attribution.get("roles_by_deed") or lexicon("attribution", builtin_rules_dir())["roles_by_deed"]).items()
    }
    RUNNING_VERBS = _words("running_verbs")
    SPOKESPERSON_WORDS = _words("spokesperson_words")
    STANDALONE_DETERMINERS = _words("standalone_determiners")
    QUESTION_OPENERS = _words("question_openers")
    QUESTION_CUES = _words("question_cues")
    REPLY_CUES = _words("reply_cues")
    ADDRESS_WORDS = _words("address_words")
    WORDS_BEFORE_A_NAME = _words("words_before_a_name")
    NEVER_SPEAKERS = _words("never_speakers")
    AS_SAID_ADVERBS = _words("as_said_adverbs")
    VERBS_AFTER_HER = _words("verbs_after_her")
    GERUND_PREPOSITIONS = _words("gerund_prepositions")
    PARTITIVE_NOUNS = _words("partitive_nouns")
    ABSOLUTE_OPENERS = _words("absolute_openers")
    TIME_NOUNS = _words("time_nouns")
    TIME_SPANS = _words("time_spans") | TIME_NOUNS
    INVERTED_OPENING_CUES = _words("inverted_opening_cues")
    ORDINAL_MODIFIERS = _words("ordinal_modifiers")
    PARTY_MEMBERS = _words("party_members")
    STREET_WORDS = _words("street_words")
    POLITICAL_OFFICES = _words("political_offices")
    TIME_DETERMINERS = _words("time_determiners")
    SPOUSE_WORDS = _words("spouse_words")
    OWN_SUBJECT_DETERMINERS = _words("own_subject_determiners")
    OWN_SUBJECT_BEFORE_CUE = _words("own_subject_before_cue")
    PARENT_WORDS = _words("parent_words")
    CHILD_WORDS = _words("child_words")
    POSSESSIVE_DETERMINERS = _words("possessive_determiners")
    ROLE_MODIFIER_STARTS = _words("role_modifier_starts")
    SEQUENCE_ADVERBS = _words("sequence_adverbs")
    MEDIUM_WORDS = _words("medium_words")
    BACKSHIFTED_MODALS = _words("backshifted_modals")
    PREDICATE_START_ADVERBS = _words("predicate_start_adverbs")
    ISSUED_DOCUMENTS = _words("issued_documents")
    CAUSATIVE_VERBS = _words("causative_verbs")
    DOCUMENT_VERBS = _words("document_verbs")
    EVIDENCE_DOCUMENTS = _words("evidence_documents")
    EVIDENCE_VERBS = _words("evidence_verbs")
    BARE_PLURAL_STOPS = _words("bare_plural_stops")
    VERB_PARTICLES = _words("verb_particles")
    JOINED_MODIFIERS = _words("joined_modifiers")
    ISSUER_DOCUMENTS = _words("issuer_documents")
    RESEARCH_DOCUMENTS = _words("research_documents")
    CLOSING_CUES = _words("closing_cues")
    TIME_UNITS = _words("time_units")
    REFUSAL_VERBS = _words("refusal_verbs")
    INVERTED_LEAD_CUES = _words("inverted_lead_cues")
    AUTHORING_PARTICIPLES = _words("authoring_participles")
    ISSUING_VERBS = _words("issuing_verbs")
    CROWD_NOUNS = _words("crowd_nouns")
    MEASURE_NOUNS = _words("measure_nouns")
    EST_NOUNS = _words("est_nouns")
    BODY_DOCUMENTS = _words("body_documents")
    PERSON_DOCUMENTS = _words("person_documents")
    WRITTEN_ON_NOUNS = _words("written_on_nouns")
    SUBORDINATORS_WITH_A_SUBJECT = _words("subordinators_with_a_subject")
    SHARE_QUANTIFIERS = _words("share_quantifiers")
    OBJECT_PRONOUNS = _words("object_pronouns")
    DEMONSTRATIVES = _words("demonstratives")
    FINDING_VERBS = _words("finding_verbs")
    NUMBER_WORDS = _words("number_words")
    IRREGULAR_PARTICIPLES = _words("irregular_participles")
    return {name: value for name, value in locals().items() if name.isupper()}


def spelled_number(word: str) -> bool:
    """Whether WORD is a number in words ("Eleven", "twenty-eight"), from the lexicon's
    count_words and number_words."""
    numbers = union("COUNT_WORDS", "NUMBER_WORDS")
    return all(part in numbers for part in word.lower().split("-"))


def lowercase_titles() -> frozenset[str]:
    """The lexicon's titles in lower case ("senator", "justice", "gov."), for descriptions,
    which write them so; built once per rules folder, since a description is read at every mention."""
    return _lowercase_titles(rules_dir_key())


@functools.cache
def _lowercase_titles(rules_dir: str) -> frozenset[str]:
    return frozenset(title.lower() for title in _load_lexicon(rules_dir).titles)


def union(*names: str) -> frozenset[str]:
    """The union of several word lists, by name: a Lexicon field ("person_heads") or an
    upper-case list of this module ("NP_INNER"); built once per rules folder, since the
    extractors ask for the same unions for every word they read."""
    return _union(rules_dir_key(), names)


@functools.cache
def _union(rules_dir: str, names: tuple[str, ...]) -> frozenset[str]:
    lexicon_now, lists = _load_lexicon(rules_dir), _attribution_lists(rules_dir)
    words: set[str] = set()
    for name in names:
        value = lists[name] if name.isupper() else getattr(lexicon_now, name)
        assert isinstance(value, (frozenset, dict)), f"{name} is no word list"
        words.update(value)  # (a dict gives its keys: gender_words, first_name_gender)
    return frozenset(words)


def __getattr__(name: str) -> object:
    """An upper-case list, from the rules folder in force now (PEP 562)."""
    lists = _attribution_lists(rules_dir_key())
    if name in lists:
        return lists[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
