"""Descriptions as speakers: which named person "the senator", "his wife" or a relative "who"
stands for."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import replace

from quoteaudit.extract import wordlists as wl
from quoteaudit.extract.mentions import (
    AGED_HEAD,
    PARTY_TAG,
    SURNAME_BY_RANK,
    _is_abbreviation,
    first_name_gender,
    head_noun,
    make_speaker,
    names_a_body,
    np_left,
    phrase_end,
    split_name,
    state_demonyms,
)
from quoteaudit.extract.people import (
    SURNAME_HONORIFICS,
    UPPER,
    a_person_word,
    full_name,
    in_a_quote,
    last_with_surname,
    on_a_title_case_line,
    stated_gender,
)
from quoteaudit.extract.subjects import NAME_GIVEN_AFTER
from quoteaudit.extract.view import ArticleView
from quoteaudit.extract.wordlists import load_lexicon
from quoteaudit.models import Speaker, SpeakerKind
from quoteaudit.rules import rules_dir_key

# the next sentence opening by naming the one just described: "The official, Lucinda Farrow-Obi,"
RENAMED_AT_THE_NEXT_SENTENCE = re.compile(
    r"\s*The[ \t]+((?:[a-z\-]+[ \t]+){0,2}[a-z\-]+),[ \t]+([A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){1,3}),"
)


def named_in_the_next_sentence(view: ArticleView, s: Speaker) -> str:
    """The name a definite description ("the county’s chief election officer", "his main
    challenger") is given as the next sentence opens ("The official, Lucinda Farrow-Obi, took
    office in March"), or ""."""
    if not re.match(r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w\-]*(?:’s|'s))[ \t]", s.mention):
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


# a first name alone set off after a description ("the woman, Maribel.", "the boy, Teo, …")
FIRST_NAME_SET_OFF = re.compile(r"[ \t]*,[ \t]*([A-Z][^\W\d_]+)(?=[ \t]*[,.;]|$)")
# a full name set off by commas right after a description: ", Réjean Bergeron,"
NAME_SET_OFF = re.compile(r"[ \t]*,[ \t]*([A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)+)[ \t]*,")


def described_subject_just_before(view: ArticleView, s: Speaker) -> str:
    """The named subject of the sentence before a description such as "the Kansas governor"
    or "the retired logger" (an article and at least one modifier before a person noun that
    names no unnamed source), when the description introduces no one and nobody else is named
    between them; "" otherwise."""
    words = s.mention.split()
    head = head_noun([w.lower() for w in words])
    # (a party's member is a person too: "the Ohio Democrat", "The Nebraska Republican")
    # (and so is anyone "retired": "the retired mail carrier")
    person = a_person_word(head) or words[-1].lower() in wl.PARTY_MEMBERS or (len(words) > 1 and words[1].lower() == "retired")
    if len(words) < 3 or words[0] not in ("the", "The") or head in wl.union("anonymous_heads") or not person:
        return ""
    spans = view.sentences.spans_before(s.mention_start, 6)
    if view.sentences.start_at(s.mention_start, -1) == s.mention_start:
        spans.append((s.mention_start, s.mention_end))  # (the description opens its sentence, which is the last read)
    # (the quote's own earlier sentences come between: "“The votes are there. Everyone can
    # count,” the New Jersey Democrat said" follows the narrative sentence before the quote)
    while len(spans) > 2 and _a_quotes_sentence(view, *spans[-2]) and "\n" not in view.text[spans[-2][0] : spans[-1][0]]:
        spans = spans[:-2] + spans[-1:]
    earlier = spans[-3] if len(spans) > 2 else None
    spans = spans[-2:]
    if len(spans) < 2:
        return ""
    # (the sentence before, in the same paragraph, or the last of the paragraph before when the
    # description attributes the quote that opens its own: "Pruett climbed onto a hay wagon …
    # ¶ “…,” the Montana senator said")
    break_at = view.text.rfind("\n", spans[0][0], s.mention_start)
    # (or when the description opens its paragraph as its subject: "“…,” Trask said. ¶ The
    # real estate mogul said he wants …")
    opens_its_paragraph = 0 <= break_at < spans[1][0] and not view.text[break_at + 1 : s.mention_start].strip()
    if (
        break_at >= 0
        and not opens_its_paragraph
        and (break_at > spans[1][0] or view.text[break_at + 1 : break_at + 2] not in QUOTE_OPENERS)
    ):
        return ""
    subject = view.subject_of(spans[0][0], min(spans[0][1], spans[0][0] + 200))
    if (
        subject is not None
        and subject.kind is SpeakerKind.ANONYMOUS
        and earlier is not None
        and "\n" not in view.text[earlier[0] : spans[0][0]].strip()
        and (a_person_word(head := head_noun(subject.mention.lower().split())) or AGED_HEAD.fullmatch(head) is not None)
    ):
        # (that subject may be a description of its own, of the one named in the sentence before
        # it: "Curtis Lind … . On Friday, the 58-year-old told … . The Ohio businessman added")
        subject = view.subject_of(earlier[0], min(earlier[1], earlier[0] + 200))
    if subject is None:
        return ""
    appositive = NAME_SET_OFF.match(view.text, subject.mention_end)  # ("Her father, Réjean Bergeron, 67, was …")
    if subject.kind is not SpeakerKind.NAMED and appositive is None:
        return ""
    name = appositive.group(1) if appositive else full_name(subject, view.by_word, view.gender_of)
    subject_end = appositive.end() if appositive else subject.mention_end
    # (across a paragraph break, nobody else named in that paragraph either: in "Trump called on
    # Mayor Bill de Blasio to … De Blasio disbanded the unit. ¶ “…,” the Republican candidate
    # said" the mayor is not the candidate)
    paragraph_start = view.text.rfind("\n", 0, spans[0][0]) + 1 if break_at >= 0 else subject_end
    others = {n for _, n in view.people_named(min(paragraph_start, subject_end), s.mention_start)} - {name}
    # (a surname alone will do after an honorific: "Mrs. Achterberg was asked …")
    named = " " in name or subject.mention.split()[0].rstrip(".") in SURNAME_HONORIFICS
    return name if named and not others else ""


QUOTE_OPENERS = ("“", '"', "‘", "'")


def _a_quotes_sentence(view: ArticleView, start: int, end: int) -> bool:
    """Whether the sentence from START to END is all inside a quote, its marks included."""
    first = re.match(r"[\s\"“‘']*", view.text[start : start + 8])
    last = re.search(r"[\s\"”’'.,!?]*$", view.text[start:end])
    inner_end = start + (last.start() if last else end - start) - 1
    return inner_end > start and all(
        in_a_quote(view.quoted, view.quote_starts, at) for at in (start + (first.end() if first else 0), inner_end)
    )


def race_epithet(mention: str) -> bool:
    """ "the Union nominee", "the National Covenant candidate", "the candidate": perhaps a
    party's name, then a candidate's standing (rules/lexicon/attribution.yml: race_epithet_heads)."""
    words = mention.split()
    # (not a party's member, "the California Democrat" with no tag: measured, it lowered
    # PolNeAR check strict by one quote)
    # (or what backs or marks the candidate, in lower case: "the tea party-backed candidate",
    # "the presumptive nominee")
    return (
        2 <= len(words) <= 5
        and words[0] in ("the", "The")
        and words[-1] in wl.RACE_EPITHET_HEADS
        and all(w[:1].isupper() or w.isalpha() or "-" in w for w in words[1:-1])
    )


# "the senator", "the former shelter director", "the 54-year-old former prosecutor", "the
# South Carolina congressman": one person, described
DEFINITE_DESCRIPTION = re.compile(r"(?:[Tt]he|[Ii]ts)\s+(?:[A-Za-z0-9][\w\-]*(?:’s|'s)?\s+){0,3}([a-z0-9][\w\-]*)")
# "the Chief Justice", "the Speaker", "the Chief Minister": an office in capitals (group 1 its head)
TITLED_DESCRIPTION = re.compile(r"[Tt]he\s+(?:[A-Z][\w\-]*\s+){0,2}([A-Z][a-z]+)")
# "her husband", "his longtime wife": a relation named by a possessive, one person too
POSSESSED_RELATION = re.compile(r"(?:[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[a-z][\w\-]*\s+){0,2}([a-z][\w\-]*)")


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
        return re.sub(r"^(?:then|ex|now)-", "", m.group(1).lower())  # "the then-governor" is a governor
    titled = TITLED_DESCRIPTION.fullmatch(mention)
    if titled and (titled.group(1) in load_lexicon().titles or titled.group(1).lower() in load_lexicon().person_heads):
        return titled.group(1).lower()  # "the Chief Justice", "the Speaker": a title written with its capital
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


def _paragraphs_start(text: str, pos: int, count: int) -> int:
    """Where the COUNT paragraphs up to the one holding POS begin (blank lines between them)."""
    start = pos
    for _ in range(count):
        start = text.rfind("\n", 0, start)
        if start < 0:
            return 0
        while start > 0 and text[start - 1] == "\n":
            start -= 1
    return start


def _a_rank_below(described_by: list[str], head: str, mention: str) -> bool:
    """Whether the words describing someone put a rank below the description's head before it
    ("Deputy Governor Pavel Hruby" is no "the governor", nor "the shadow roads minister" "the
    minister"), unless the description names that rank too."""
    return any(
        rank in wl.SUBORDINATE_RANKS and head in described_by[i + 1 : i + 3] and rank not in mention.lower().split()
        for i, rank in enumerate(described_by)
    )


def politician_in_view(view: ArticleView, s: Speaker, any_role: bool = False) -> str:
    """The politician a party or office description varies on when it fits no one by its own
    words and the sentence before is about someone else ("Sen. Philippa Crane … “…,” the
    Oregon Democrat said"; "Rep. Travis Mulgrew of Arizona … Mulgrew said the speaker had
    promised him … “…,” the second-term Republican said"): of the people this paragraph or the
    one before names who were introduced with that office (for a party's member, with any
    office or party), the subject of the nearest sentence before, or else the one named last;
    "" when none is. (News writing names its politician, then goes on with a new fact about
    them in place of the name.) ANY_ROLE: the same for a description by any role the people
    were introduced with ("Justice Renwick … “…,” the justice wrote" after another justice
    was introduced), once described_person has found that someone fits it."""
    words = s.mention.split()
    # (a party's member may close a description in lower case: "the second-term Republican")
    head = description_head(s.mention) or (words[-1].lower() if words[0] in ("the", "The") else "")
    # (a candidate's standing varies on a politician too: "the Democratic Senate hopeful")
    offices, parties = wl.POLITICAL_OFFICES, wl.PARTY_MEMBERS | wl.RACE_EPITHET_HEADS
    if head not in offices | parties and not (any_role and head):
        return ""
    text, people = view.text, view.people
    floor = _paragraphs_start(text, s.mention_start, 2)
    fitting: dict[str, int] = {}  # each fitting person -> where the window names them last
    for (name, _, _), described_by in zip(people, _descriptions_of(text, tuple(people), rules_dir_key()), strict=True):
        described = {"senator" if w == "senate" else w for w in described_by or ()}
        if not (head in described if head in offices or head not in parties else described & (offices | parties)):
            continue
        if any_role and _a_rank_below(described_by or [], head, s.mention):
            continue  # ("the minister" is no shadow minister)
        for named in re.finditer(rf"\b{re.escape(name.split()[-1])}\b", text[floor : s.mention_start]):
            if not view.quoted_at(floor + named.start()):  # (a name a speaker says is no one the narrative names)
                fitting[name] = floor + named.start()
    # (not when an unnamed one was introduced since: "according to a Democrat briefed on the
    # sessions. “…,” the Democrat said")
    # (an appositive after a name introduces no one: "Sen. Wendell Akinyemi, an Ohio Republican")
    unnamed = [
        floor + m.start()
        for m in re.finditer(rf"\b(?:an?|one|another)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}{head}\b", text[floor : s.mention_start], re.I)
        if not re.search(r"[A-Z][\w’'\-]*,[ \t]*$", text[max(0, floor + m.start() - 40) : floor + m.start()])
    ]
    if not fitting or (unnamed and unnamed[-1] > max(fitting.values())):
        return ""
    for start, end in reversed(view.sentences.spans_before(s.mention_start, 3)):
        subject = view.subject_of(start, min(end, start + 200)) if start >= floor else None
        if subject is not None and subject.kind is SpeakerKind.NAMED and subject.mention_start < s.mention_start:
            name = full_name(subject, view.by_word, view.gender_of)
            if name in fitting:
                return name
    return max(fitting, key=lambda name: fitting[name])


# "the Arizona Republican", "The New Jersey Democrat": a lawmaker by state and party
STATE_AND_PARTY = re.compile(
    r"[Tt]he[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+(Democrat|Republican|senator|congressman|congresswoman|lawmaker|representative)"
)


def _lawmaker_described(text: str, s: Speaker, people: list[tuple[str, int, str]]) -> str:
    """The person tagged earlier with the state and party a description names: "the Arizona
    Republican" after "Sen. John Hale, R-Ariz.", "…, Republican of Arizona" or "Sen. John Hale of
    Arizona"; "" when no one
    (or more than one person) is."""
    described = STATE_AND_PARTY.fullmatch(s.mention.strip(" ,"))
    native = re.fullmatch(r"[Tt]he[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)", s.mention.strip(" ,"))
    demonyms = state_demonyms()
    if described is not None:
        state, party = described.group(1), described.group(2)
    elif native is not None and native.group(1) in demonyms:
        state, party = demonyms[native.group(1)], "lawmaker"  # "the Texan": anyone tagged with Texas
    else:
        return ""
    forms = next((entry.replace("+", " ").split(":") for entry in wl.US_STATES if entry.split(":")[0].replace("+", " ") == state), None)
    if forms is None:
        return ""
    full, ap, postal = forms
    # (a role word fits a lawmaker of either party: "the Vermont senator")
    party = party if party in ("Democrat", "Republican") else "(?:Democrat|Republican|Independent)"
    letter = party[0] if party[0] in "DR" else "[DRI]"
    tag = rf"(?:{letter}-(?:{re.escape(ap)}|{postal})|{party}[ \t]+(?:of|from)[ \t]+{re.escape(full)})"
    # (or the state alone after the name, the party left to the reader: "Senator Wendell Pascoe of Kansas")
    state_only = rf"[^.;\n(,]{{0,14}}?[ \t](?:of|from)[ \t]+{re.escape(full)}\b"
    # (or the state before the title: "Texas Gov. Dale Ruiz", "Ohio state Sen. Ada Moss")
    state_before = rf"\b{re.escape(full)}[ \t]+(?:[A-Za-z.]+[ \t]+){{1,3}}$"

    def tagged(name: str, pos: int) -> bool:
        """Whether the state stands in the tag after the name or before its title (a person's
        place is where the title before the name starts: "Representative Dale Ruiz")."""
        end = (text.find(name, pos, pos + 80) + 1 or pos + 1) - 1 + len(name)
        return bool(
            re.match(rf"[^.;\n]{{0,12}}?[(,][ \t]*{tag}|{state_only}", text[end : end + 60])
            or re.search(state_before, text[max(0, pos - 40) : pos])
        )

    fitting = {name for name, pos, _ in people if pos < s.mention_start and tagged(name, pos)}
    return fitting.pop() if len(fitting) == 1 else ""


def _lawmaker_of_a_place(text: str, s: Speaker, people: list[tuple[str, int, str]]) -> str:
    """The one person named before with the place a description names that is no US state
    ("Sen. Warren Tolliver of Bexley County" or "(R-Bexley)" for "the Bexley Republican"), or
    ""; a state's lawmakers are found by their tags (``_lawmaker_described``)."""
    described = STATE_AND_PARTY.fullmatch(s.mention.strip(" ,"))
    if described is None or described.group(1) in state_demonyms().values():
        return ""
    place = re.escape(described.group(1))
    # (the word before the place's "of" or tag, wherever the name stands before the description:
    # a summary may name the person first; read once, then matched to the people)
    from_there = re.compile(rf"\b([A-Z][\w’'\-]+)(?:[^.;\n(]{{0,14}}?[ \t](?:of|from)[ \t]+{place}\b|[ \t]*[(,][ \t]*[DRI]-{place}\b)")
    words = {m.group(1) for m in from_there.finditer(text, 0, s.mention_start)}
    fitting = {name for name, pos, _ in people if pos < s.mention_start and words & set(name.split())}
    return fitting.pop() if len(fitting) == 1 else ""


def _named_by_its_noun_next(text: str, s: Speaker) -> str:
    """The name a sentence soon after gives an unnamed person it calls by the same noun ("A
    county clerk in western Idaho summed up the night: “…” The clerk, Nora Pike-Allen, said"),
    or ""."""
    if not re.match(r"(?:[Aa]n?|[Oo]ne)[ \t]", s.mention):
        return ""
    head = head_noun(s.mention.lower().split())
    if not a_person_word(head):
        return ""
    named = re.compile(
        rf"(?:^|[.!?][”\"’']?[ \t]+|\n)The[ \t]+{re.escape(head)},[ \t]+((?:[A-Z][\w’'\-.]*[ \t]+){{0,3}}[A-Z][\w’'\-]+),"
    ).search(text, s.mention_end, s.mention_end + NAMED_NEXT_REACH)
    return named.group(1) if named else ""


NAMED_NEXT_REACH = 400  # characters after the description: the next sentence or two


def described_person(view: ArticleView, s: Speaker, people: list[tuple[str, int, str]], named_next: bool = False) -> str:
    """The person a description refers to: the last one introduced before it with
    that description's head noun among the words that describe them (a title before the
    name, "Sen." read as senator; lower-case words right before it, "former senator Ana
    Ruiz"; an appositive, "Ana Ruiz, the shelter director"), or "" when none is. NAMED_NEXT:
    an unnamed speaker may also be named by the same noun soon after ("The clerk, Nora Pike,")."""
    text = view.text
    given = NAME_GIVEN_AFTER.match(text, s.mention_end)
    if given:
        return given.group(1)  # "a nurse, identified only as Leyla,": the name she gave
    first = FIRST_NAME_SET_OFF.match(text, s.mention_end)
    if first and first_name_gender(first.group(1), load_lexicon()) and a_person_word(head_noun(s.mention.lower().split())):
        return first.group(1)  # "said the woman, Maribel.": the first name set off after her description
    if named_next and (after := _named_by_its_noun_next(text, s)):
        # "A county clerk … summed it up: “…” The clerk, Nora Pike, said …" (for the speaker
        # the description names; a pronoun's antecedent is read from what comes before it)
        return after
    if lawmaker := _lawmaker_described(text, s, people):
        return lawmaker  # "Sen. John Hale, R-Ariz., … The Arizona Republican said": the lawmaker tagged so
    if local := _lawmaker_of_a_place(text, s, people):
        return local  # "Sen. Warren Tolliver of Bexley County … the Bexley Republican said"
    if aged := _person_of_the_age(text, s, people):
        return aged  # "Ilse Varga, 61, … the 61-year-old said": the one person given that age
    if ranked := _younger_or_older(text, s, people):
        return ranked  # "Hollis Breck, 63, … Amos Tuell, 24, … the younger fisherman": Tuell
    if child := _child_just_named(text, s, people):
        return child  # "Her daughter, Valeria, 9, sat beside her. “…,” the girl said": Valeria
    head = description_head(s.mention)
    if not head:
        return ""
    lex = load_lexicon()
    # "the company", "the report" describe no person; a noun the lexicon does not know
    # ("the striker") may, but only someone introduced with that very noun as their role
    # ("Striker Mateo Rodriguez", "striker Mateo Rodriguez")
    known = head in lex.person_heads or head in lex.gender_words or head in wl.lowercase_titles()
    fits, fits_at = "", 0
    fitting_words: set[str] = set()
    titled = TITLED_DESCRIPTION.fullmatch(s.mention)
    titled_words = {w.lower() for w in s.mention.split()[1:]} if titled else set()
    # (the description's own modifiers tell two of one kind apart: "the former RNC strategist"
    # is the former committee strategist, not the Democratic strategist named after him)
    modifiers = {w.lower().strip(",.") for w in s.mention.split()[1:]} - {head}
    overlap = 0
    for (name, pos, _), described_by in zip(people, _descriptions_of(text, tuple(people), rules_dir_key()), strict=True):
        if pos >= s.mention_start:
            break
        if described_by is None:
            continue  # "at the Fairhaven Institute, the nominee returned": a body is no "the nominee"
        # (not a deputy's rank: "Deputy Governor Pavel Hruby" is no "the governor", nor a shadow
        # one's, "the shadow roads minister", unless the description says so too)
        if head in (described_by if known else described_by[-1:]) and not _a_rank_below(described_by, head, s.mention):
            # (a titled office's own words must be there too: "the Chief Justice" is the one
            # introduced as Chief Justice, not another justice of the bench named after him)
            if fits and titled_words and not titled_words <= set(described_by) and titled_words <= fitting_words:
                continue
            shared = len(modifiers & set(described_by))
            if fits and shared < overlap:
                continue
            fits, fits_at, fitting_words, overlap = name, pos, set(described_by), shared
    # (or a later mention by surname with an appositive: "Deval Patrick …. counsel to Mr.
    # Patrick, the state's first black governor. … the governor replied")
    # (within the few paragraphs before it, so that a long text is not read again for each description)
    later_appositives = (
        SURNAME_THEN_APPOSITIVE.finditer(text, max(fits_at, s.mention_start - APPOSITIVE_LOOKBACK), s.mention_start) if known else ()
    )
    for later in later_appositives:
        # (its head before any phrase after it: "Belmora’s ambassador to the United States")
        role = re.split(r"\s+(?:to|of|for|in|at|from|since|with|on)\s", later.group(2), maxsplit=1)[0]
        described_later = _described_by(role.split()[-3:])
        if head in described_later and not _a_rank_below(described_later, head, s.mention):
            named = [
                name for name, pos, _ in people if pos < later.start() and len(name.split()) >= 2 and name.split()[-1] == later.group(1)
            ]
            if named:
                fits, fits_at = named[-1], later.start()
    if not fits and known:
        # (or a later mention by title and surname: "Cornelius Batten … Judge Batten said …
        # “…,” the judge said")
        # (anywhere before it: a paper of record gives "President Vance" once, then "Mr. Vance")
        for later in _titled_surnames(text, rules_dir_key()):
            if later.start() >= s.mention_start:
                break
            if head in _described_by([later.group(1)]):
                surname = re.sub(r"(?:’s|'s|’|')$", "", later.group(2))  # ("President Vance’s plan")
                named = [name for name, pos, _ in people if pos < later.start() and len(name.split()) >= 2 and name.split()[-1] == surname]
                # (or, when the article never gives the full name, the surname the title
                # stands before: "President Vance met them. … the president said" is Vance;
                # not a first name, "President Ada Vance")
                alone = not re.match(r"[ \t]+[A-Z]", text[later.end() : later.end() + 2])
                fits = named[-1] if named else (surname if alone else fits)
    if not fits and head in wl.PERSON_IN_CHARGE:
        fits = _person_in_charge_of(text, s, people)
    if not fits and head in wl.BROADCAST_ROLES:
        fits = _broadcaster_before(text, s, people)
    if not fits and head in wl.ROLES_BY_DEED:
        fits = _person_by_deed(view, s, people, wl.ROLES_BY_DEED[head])
    if not fits and known:
        # "“…,” said the governor. … Gov. Tess Varga made the remarks in Flint": a wire lede
        # may name the person only after the quote, in the same paragraph or the two after it
        # ("…, its chief executive warned." … "Chief Executive Mara Quint said on a call")
        paragraph_end = _paragraphs_end(text, s.mention_end, 3)
        for name, pos, role in people:
            if s.mention_end <= pos < paragraph_end:
                # (the role as given, "Chief Executive", and the words right before the name)
                # (the description's own words count only for a name set off right after it, "said
                # the foreign secretary, Hanna Lind"; not for the object of its verb, "the Arizona
                # Republican told ANN’s Grant Pellegrino")
                own_words = all(w in lex.titles for w in text[s.mention_end : pos].replace(",", " ").split())
                lead = text[max(0 if own_words else s.mention_end, pos - 40) : pos]
                words = [*role.replace(",", " ").split(), *lead.replace(",", " ").split()[-4:]]
                if head in _described_by(words):
                    return name
    if not fits and head in wl.PARENT_WORDS and POSSESSED_RELATION.fullmatch(s.mention):
        return _parent_named_before(view, s.mention_start, people, head)
    if not fits and head in wl.SPOUSE_WORDS and POSSESSED_RELATION.fullmatch(s.mention):
        return spouse_named(s.mention_start, people, head, text)
    return fits


# an age given to a name: "Varga, 61," (groups 1 the name's last word, 2 the age) or "61-year-old
# Ilse Varga" (groups 3 the age, 4 the word after it that is capitalised)
AGE_GIVEN = re.compile(r"\b([A-Z][\w’'\-]+),[ \t]+(\d{1,3}),|\b(\d{1,3})-year-old[ \t]+(?:[\w.\-]+[ \t]+){0,4}?([A-Z][\w’'\-]+)\b")


@functools.lru_cache(maxsize=2)
def _ages_given(text: str) -> dict[str, list[tuple[int, str]]]:
    """Each age the article gives, with where and the name word it is given to; read once per
    article, not once per "the 61-year-old" that asks."""
    ages: dict[str, list[tuple[int, str]]] = {}
    for m in AGE_GIVEN.finditer(text):
        age, word = (m.group(2), m.group(1)) if m.group(2) else (m.group(3), m.group(4))
        ages.setdefault(age, []).append((m.start(), word))
    return ages


@functools.lru_cache(maxsize=2)
def _first_name_ages(text: str) -> dict[str, int]:
    """Each capitalised word set off with an age ("Renata, 47,"), to the first age it is
    given: read from the ages the article gives, once per article."""
    ages: dict[str, int] = {}
    for _, word, age in sorted((at, word, int(age)) for age, given in _ages_given(text).items() for at, word in given):
        ages.setdefault(word, age)
    return ages


# "the 61-year-old", "The 61-year-old former nurse": a person described by an age (group 1)
AGE_DESCRIPTION = re.compile(r"[Tt]he[ \t]+(\d{1,3})-year-old\b(?:[ \t]+[a-z][\w\-]*){0,3}")


def _person_of_the_age(text: str, s: Speaker, people: list[tuple[str, int, str]]) -> str:
    """The one person named before S whom the article gives the age S's description names
    ("Ilse Varga, 61," or "Varga, 61," or "61-year-old Ilse Varga"); "" when the mention names
    no age, or no one or more than one person has it. (The text is read for that age once,
    and the names found matched to the people, not searched for each person.)"""
    described = AGE_DESCRIPTION.fullmatch(s.mention.strip(" ,"))
    if described is None:
        return ""
    words = {word for at, word in _ages_given(text).get(described.group(1), []) if at < s.mention_start}
    if not words:
        return ""
    aged = {name for name, pos, _ in people if pos < s.mention_start and (name.split()[-1] in words or name in words)}
    return next(iter(aged)) if len(aged) == 1 else ""


# "the younger fisherman", "the older of the two": one of two people told apart by age (group 1
# the rank)
AGE_RANK_DESCRIPTION = re.compile(r"[Tt]he[ \t]+(younger|older|elder|youngest|oldest|eldest)(?:[ \t]+[a-z][\w\-]*){0,2}")


def _younger_or_older(text: str, s: Speaker, people: list[tuple[str, int, str]]) -> str:
    """Of the two people named before S with their ages ("Hollis Breck, 63, … Amos Tuell,
    24,"), the younger or the older, as S's description asks; "" when it asks neither or the
    article gives more or fewer than two ages in the few paragraphs before."""
    ranked = AGE_RANK_DESCRIPTION.fullmatch(s.mention.strip(" ,"))
    if ranked is None or SURNAME_BY_RANK.match(s.mention.strip(" ,")):
        return ""  # ("the younger Theriault" is a family's member, told apart elsewhere)
    floor = max(0, s.mention_start - AGE_RANK_REACH)
    ages: dict[str, int] = {}
    for name, pos, _ in people:
        if not floor <= pos < s.mention_start or name in ages:
            continue
        age = _age_given_to(text, name, pos, s.mention_start)
        if age is not None:
            ages[name] = age
    # (a description that gives a gender, "the older woman", ranks only people it may be: of
    # a man and a woman given ages it ranks no one, since the one it means may have none)
    head = head_noun(s.mention.lower().split())
    lex = load_lexicon()
    gender = lex.gender_words.get(head) or {"woman": "female", "man": "male"}.get(head, "")
    ages = {name: age for name, age in ages.items() if first_name_gender(name.split()[0], lex) in ("", gender)} if gender else ages
    if len(ages) != 2 or len(set(ages.values())) != 2:
        return ""
    younger = ranked.group(1) in ("younger", "youngest")
    return (min if younger else max)(ages, key=lambda name: ages[name])


AGE_RANK_REACH = 2500  # how far back, in characters, the two people told apart by age are named


# "the girl", "the boy": a child, of the gender the word gives
CHILD_WORDS = {"girl": "female", "boy": "male"}
CHILD_REACH = 600  # how far back, in characters, the child was named with an age


def _child_just_named(text: str, s: Speaker, people: list[tuple[str, int, str]]) -> str:
    """The child "the girl" or "the boy" stands for: the last person named just before with an
    age under 18 set off after the name ("Her daughter, Valeria, 9,"), whose first name does
    not give the other gender; "" when there is none."""
    words = s.mention.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in CHILD_WORDS:
        return ""
    lo = max(0, s.mention_start - CHILD_REACH)
    for name, pos, _ in reversed(people):
        if not lo <= pos < s.mention_start:
            continue
        age = _age_given_to(text, name, pos, s.mention_start)
        if age is not None and age < 18 and first_name_gender(name.split()[0], load_lexicon()) in ("", CHILD_WORDS[words[1]]):
            return name
    return ""


def _age_given_to(text: str, name: str, start: int = 0, end: int | None = None) -> int | None:
    """The age set off after NAME in text[START:END] ("Luke Theriault, 22,"), or None."""
    aged = re.compile(rf"\b{re.escape(name)},[ \t]+(\d{{1,3}}),").search(text, start, len(text) if end is None else end)
    return int(aged.group(1)) if aged else None


# a party's name inside a role: "Arizona Republican Party's", "Democratic Party"
PARTY_NAME = re.compile(r"(?:[A-Z][\w\-]*[ \t]+){1,3}Party(?:’s|'s)?")


# a relative pronoun inside a person's role, after which the words say something else
RELATIVE_IN_A_ROLE = re.compile(r"\b(?:who|whom|whose|which|that)\b")


# a verb's agent right before a name, which gives the person a role: "hosted by former radio
# personality ", "moderated by " (group 1 the verb; rules/lexicon/attribution.yml: agent_roles)
ROLE_BY_AGENT = re.compile(r"\b([a-z]+)[ \t]+by[ \t]+(?:[a-z][\w\-]*[ \t]+){0,3}$")


@functools.lru_cache(maxsize=4)
def _descriptions_of(text: str, people: tuple[tuple[str, int, str], ...], rules_key: str) -> list[list[str] | None]:
    """The words that describe each person where the article introduces them, or None for a
    name that names a body; read once per article, not once per description ("the senator")
    that looks for its person, which grew with the square of a long text's length."""
    lex = load_lexicon()
    out: list[list[str] | None] = []
    for name, pos, role in people:
        if names_a_body(name, lex):
            out.append(None)
            continue
        # (the words right before the name, an appositive's comma allowed: "the Albion goalkeeper, Ruairi Flann")
        # (on the name's own line: a headline's "Give the governor her due" above a letter
        # describes nobody in it)
        before = re.search(r"((?:[A-Za-z\-.]+,?[ \t]+){0,3})$", text[max(0, pos - 40) : pos])
        right_before = (before.group(1) if before else "").replace(",", " ").split()
        cut = max((k + 1 for k, w in enumerate(right_before) if w.lower() in wl.PREPOSITIONS), default=0)
        # (not across a preposition: "a young man in a Carrow Falls … T-shirt" is no man's name)
        # (not what a relative clause in the role says of someone else: "Rupert Vaughan, who
        # wondered whether the minister agreed" is no minister)
        own_role = RELATIVE_IN_A_ROLE.split(role, maxsplit=1)[0]
        # (a party's name describes the body the person serves, not their party: "the Arizona
        # Republican Party's general counsel" is no "Arizona Republican")
        own_role = PARTY_NAME.sub(" ", own_role)
        words = [*own_role.replace(",", " ").split(), *right_before[cut:]]
        # "A spokeswoman for St Ann's Hospital, Priya Raman,": a description set off before the name
        set_off = DESCRIPTION_BEFORE_A_NAME.search(text[max(0, pos - 120) : pos])
        if set_off:
            words += set_off.group(1).split()
        # ("a show hosted by former radio personality Gus Marchetti": the host)
        agent = ROLE_BY_AGENT.search(text, max(0, pos - 80), pos)
        if agent and agent.group(1).lower() in wl.AGENT_ROLES:
            words.append(wl.AGENT_ROLES[agent.group(1).lower()])
        out.append(_described_by(words))
    return out


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
    return last_with_surname(people, found[-1].split()[-1], s.mention_start)


@functools.lru_cache(maxsize=256)
def _runs_the(thing: str, rules_key: str) -> re.Pattern:
    """A name (an appositive allowed), a verb of running something, then THING."""
    verbs = "|".join(sorted(wl.RUNNING_VERBS, key=len, reverse=True))
    return re.compile(
        rf"((?:[A-Z][\w’'\-]*[ \t]+){{0,2}}[A-Z][\w’'\-]+)(?:,[^,.]{{1,60}},)?[ \t]+(?:has[ \t]+|had[ \t]+)?(?:{verbs})"
        rf"[ \t]+(?:the|a|an|his|her|their)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}{re.escape(thing)}\b"
    )


# a broadcaster's outlet in the possessive right before a name: "NCN’s Brenda Falk", "Fox
# News's Ana Ruiz" (an acronym, or a name that ends as an outlet's does)
OUTLET_POSSESSIVE_BEFORE = re.compile(
    r"(?:\b[A-Z0-9]{2,6}|\b[A-Z][\w&]*[ \t]+(?:News|Radio|Network|TV|Television|Channel))(?:’s|'s)[ \t]+$"
)


def _broadcaster_before(text: str, s: Speaker, people: list[tuple[str, int, str]]) -> str:
    """ "the host" or "the moderator": the last person brought in before it in that role or
    as a broadcaster ("told host Carolyn Beckett", "moderated by anchor Delia Strom"), or by
    their outlet ("told NCN’s Brenda Falk"); "" when none was."""
    head = description_head(s.mention)
    wanted = {head} | wl.BROADCASTER_TITLES
    window_start = max(0, s.mention_start - APPOSITIVE_LOOKBACK)
    found = ""
    for name, pos, role in people:
        if pos >= s.mention_start:
            break
        if pos < window_start:
            continue
        before = text[max(0, pos - 40) : pos]
        role_words = {w.lower() for w in role.split()} | {w.lower() for w in before.split()[-1:]}
        # (the outlet may have been read as the role: "NCN’s Brenda Falk" has the role "NCN’s")
        if role_words & wanted or OUTLET_POSSESSIVE_BEFORE.search(before) or OUTLET_POSSESSIVE_BEFORE.search(f"{role} "):
            found = name
    return found


def _person_by_deed(view: ArticleView, s: Speaker, people: list[tuple[str, int, str]], verbs: frozenset[str]) -> str:
    """ "the witness": the person last said to have done what makes one (VERBS: "testified"),
    the name nearest before the verb in its sentence that is no one's possessive ("Marisol
    Ortiz, the partner of Nwosu's coach, who testified" is Ortiz); "" when none was."""
    text = view.text
    window_start = max(0, s.mention_start - APPOSITIVE_LOOKBACK)
    deed = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, verbs))) + r")\b")
    surnames = {name.split()[-1]: name for name, pos, _ in people if pos < s.mention_start and len(name.split()) >= 2}
    if not surnames:
        return ""
    named = re.compile(r"(?<![\w\-])(" + "|".join(sorted(map(re.escape, surnames), key=len, reverse=True)) + r")(?![\w\-’'])")
    found = ""
    for verb in deed.finditer(text, window_start, s.mention_start):
        nearest = [m.group(1) for m in named.finditer(text, view.sentences.start_at(verb.start()), verb.start())]
        if nearest:
            found = surnames[nearest[-1]]
    return found


# "the shelter director", "the bakery's owner": a person in charge, with the thing they run
DESCRIBED_THING = re.compile(r"(?:[Tt]he|[Ii]ts)[ \t]+([a-z][\w\-]+)(?:’s|'s)?[ \t]+(?:[a-z\-]+[ \t]+)?[a-z]+")


# "his wife", "her husband" after a sentence's subject (group 1 the relation)
SUBJECTS_SPOUSE = re.compile(r"\b(?:his|her)[ \t]+(wife|husband)\b")


def spouse_named(pos: int, people: list[tuple[str, int, str]], head: str, text: str = "", owner: str = "") -> str:
    """The person a "his wife" or "her husband" at POS stands for: someone of that sex who
    shares the surname of the last person of the other sex named before it ("Walter Aylward
    … His wife laughed" is Constance Aylward, named earlier), or "". Of two who share it, the
    one the TEXT introduced as such ("whose husband, Rudolph Vanterpool", not "Her son, Marcus
    Vanterpool"). The OWNER may be known already (the subject whose "her husband" it is)."""
    sex = load_lexicon().gender_words.get(head, "")
    other = {"male": "female", "female": "male"}.get(sex, "")
    before = [p for p in people if p[1] < pos and len(p[0].split()) >= 2]
    owners = [p[0] for p in before if stated_gender(p[0], p[2]) == other]
    owner = owner if len(owner.split()) >= 2 else (owners[-1] if owners else "")
    if not sex or not owner:
        return ""
    surname = owner.split()[-1]
    # (of those introduced before it: a son named further down is not yet in view)
    kin = [p for p in people if p[0].split()[-1] == surname and p[0] != owner and stated_gender(p[0], p[2]) in (sex, "") and p[1] < pos]
    spouses = [p[0] for p in kin]
    if len(set(spouses)) > 1 and text:
        spouses = [p[0] for p in kin if re.search(rf"\b{head},?[ \t]+$", text[max(0, p[1] - 20) : p[1]])]
    return spouses[0] if len(set(spouses)) == 1 else ""


@functools.cache
def _child_after_a_parent(rules_key: str) -> re.Pattern:
    """ "X, …, and his son, Y" / "X's daughter, Y": where the article names a parent by a child."""
    children = "|".join(sorted(wl.CHILD_WORDS, key=len, reverse=True))
    return re.compile(rf"(?:,?\s+and\s+(?:his|her)|(?P<owner>[A-Z][\w\-]+)(?:’s|'s))\s+(?:{children}),?\s+[A-Z]")


def _parent_named_before(view: ArticleView, pos: int, people: list[tuple[str, int, str]], head: str) -> str:
    """The parent a "his father" or "her mother" at POS stands for: the last person before it
    whose child the article names ("Augustin Mireles, 74, and his son, Teo"; "Haskett's son,
    Anselm Haskett"), unless that person is known to be of the other sex."""
    other_sex = {"male": "female", "female": "male"}.get(load_lexicon().gender_words.get(head, ""), "")
    found = ""
    for m in _child_after_a_parent(rules_dir_key()).finditer(view.text, 0, pos):
        if m.group("owner"):
            parents = [p for p in people if p[0].split()[-1] == m.group("owner") and p[1] < m.start()]
        else:
            parents = [p for p in people if view.sentences.start_at(m.start()) <= p[1] < m.start()]
        parent = (parents[-1] if m.group("owner") else parents[0]) if parents else None
        if parent is not None and stated_gender(parent[0], parent[2]) != other_sex:
            found = parent[0]
    return found


# a surname, with or without an honorific and an age, then an appositive description ending
# in its noun ("Mr. Patrick, the state's first black governor"; "Sorensen-Ruiz, a two-term
# governor,"; "Abernathy-Lusk, 51, a judge on an appeals court,")
SURNAME_THEN_APPOSITIVE = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr)\.[ \t]+|(?<![\w’'\-]))([A-Z][\w’'\-]+),(?:[ \t]+\d{1,3},)?[ \t]+"
    r"(?:the|a|an|his|her|their|[A-Z][\w\-]*(?:’s|'s))[ \t]+([^,.;:“”\"]{1,60}?)(?=[,.;])"
)
# a title before a surname on a later mention ("Judge Batten", "Gov. Lind"): group 1 the title
TITLE_THEN_SURNAME = re.compile(r"\b([A-Z][a-z]+\.?)[ \t]+([A-Z][\w’'\-]+)\b")


@functools.lru_cache(maxsize=8)
def _titled_surnames(text: str, rules_key: str) -> list[re.Match]:
    """Every title of the lexicon before a capitalised word in TEXT, in order: read once per
    article and rules folder, not once per description."""
    titles = load_lexicon().titles
    return [m for m in TITLE_THEN_SURNAME.finditer(text) if m.group(1) in titles]


# how far before a description a later appositive is looked for (characters)
APPOSITIVE_LOOKBACK = 4000


def _described_by(words: list[str]) -> list[str]:
    """The words that describe a person, lower-cased, with each abbreviated title read as
    all it may stand for ("Rep." -> representative, congressman, congresswoman, lawmaker)."""
    abbreviations = load_lexicon().title_abbreviations
    return [d for w in words for d in abbreviations.get(w, w).lower().split()]


# a lawmaker's party and state set off after the name: ", Democrat of Vermont", ", R-Wis."
PARTY_OF_A_STATE = re.compile(rf",[ \t]+{PARTY_TAG}$")


# an aside in brackets right before a comma: " (Ind, Ashcombe East)", " (D-Ohio)"
BRACKETS_BEFORE = re.compile(r"[ \t]*\([^()\n]{1,50}\)$")


# a cleft before a relative "who": "It was X, not Y," / "It was X, …, and not Y," (group 1 X
# with any aside after it)
CLEFT_BEFORE_WHO = re.compile(r"\b[Ii]t[ \t]+(?:was|is)[ \t]+([^.;:!?]{1,160}?),?[ \t]+(?:and[ \t]+)?not[ \t]+[^.;:!?]{1,160}$")


# a capitalised name, then an appositive opened by "a" or "an" up to the relative's comma
# ("Sen. Teresa Vandermolen, a Kansas Republican"): group 1 the comma after the name
NAME_THEN_AN_APPOSITIVE = re.compile(r"[A-Z][\w’'\-]+(,)[ \t]+(?:a|an)[ \t]+[^,;:.“”\"()]{1,60}$")


def relative_antecedent(text: str, pos: int) -> Speaker | None:
    """What a relative "who" stands for: the noun phrase right before its comma, or right
    before it when it has none ("Beck, who has in the past described …" -> Beck)."""
    comma = text.rfind(",", max(0, pos - 4), pos)
    cleft = CLEFT_BEFORE_WHO.search(text, max(0, pos - 300), comma) if comma >= 0 else None
    if cleft:
        # "It was Fire Marshal Gideon Rask, not Battalion Chief Moira Fennimore, who said": a
        # correction's cleft names the one who said it first, and the one who did not after "not"
        name_end = phrase_end(text, cleft.start(1), cleft.end(1))
        speaker = make_speaker(text, cleft.start(1), name_end, "relative", "", 0.0)
        if speaker is not None and speaker.kind is not SpeakerKind.UNKNOWN:
            return speaker
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
    name_then_appositive = NAME_THEN_AN_APPOSITIVE.search(text, max(0, comma - 90), comma)
    appositive = text[name_then_appositive.end(1) : comma].lower().split() if name_then_appositive else []
    if appositive and head_noun(appositive).rstrip("s") not in wl.union("person_heads", "anonymous_heads", "PARTY_MEMBERS"):
        name_then_appositive = None  # ("…on Tuesday, a jab at the transportation department, which replied": no person)
    if name_then_appositive:  # "Sen. Teresa Vandermolen, a Kansas Republican, who said …": the name, not its description
        comma = name_then_appositive.start(1)
    bracketed = BRACKETS_BEFORE.search(text, max(0, comma - 60), comma)
    if bracketed:  # "Cllr Dominic Fairclough (Ind, Ashcombe East), who …": the name before the party and ward
        comma = bracketed.start()
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
    if not set_off and not name:
        # "won by 20 points among the 30 percent of voters who said", "compared with 30 percent
        # who said": with no comma the relative restricts the phrase right before it, which a
        # preposition other than "of" opens
        governed = list(re.finditer(r"\b(?!of\b)([A-Za-z]+)[ \t]+", text[max(0, comma - 80) : comma]))
        governed = [m for m in governed if m.group(1).lower() in wl.PREPOSITIONS]
        after_it = max(0, comma - 80) + governed[-1].end() if governed else comma
        restricted = np_left(text, after_it, comma) if governed else None
        bare_plural = re.fullmatch(r"(?:[a-z\-]+[ \t]+){0,2}[a-z\-]+s[ \t]*", text[after_it:comma]) if governed else None
        restricted = restricted or ((after_it, after_it + len(text[after_it:comma].rstrip())) if bare_plural else None)
        if restricted and (np is None or np[0] < restricted[0]):
            np = restricted
    people = PEOPLE_AFTER_A_PREPOSITION.search(text, max(0, comma - 80), comma) if not name else None
    if (
        people
        and (np is None or np[0] < people.start(1))
        and {people.group(2), people.group(2).removesuffix("s")}
        & wl.union("person_heads", "anonymous_heads", "gender_words", "group_heads", "organization_heads")
    ):
        # "a note from the Ledger’s fact-checkers, who …", "letters from two economists, who": the
        # people after the preposition, not the note or letters they sent
        np = (people.start(1), people.end(1))
    lo = max(0, np[0] - 40) if np else 0
    place = PLACE_BEFORE_A_NAME.search(text, lo, np[0]) if np else None
    if np and place:
        # "A state representative from Delaware County, who asked …": the person described,
        # not the place after "from", is who the relative stands for
        person = np_left(text, max(0, place.start() - 120), place.start())
        first = text[person[0] : person[1]].split()[0] if person else ""
        described = text[person[0] : person[1]].lower().split() if person else []
        if person and first.lower() in load_lexicon().determiners and a_person_word(head_noun(described)):
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
        if description and description[0].lower() in ("the", "a", "an") and len(owned) >= 2 and a_person_word(head_noun(owned)):
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
    a_description = bool(first_words) and (first_words[0] in wl.union("determiners") or any(a_person_word(w) for w in first_words))
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


def person_described(text: str, description: Speaker, by_word: dict[str, list[tuple[str, int, str]]]) -> Speaker | None:
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


def ranked_family_member(text: str, s: Speaker, by_word: dict[str, list[tuple[str, int, str]]]) -> str:
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
        # (or a family name written first, as Japanese and Korean copy does: "Watanabe Kenji")
        family = [p for p in by_word.get(surname, []) if p[0].split()[0] == surname and p[1] < s.mention_start and len(p[0].split()) == 2]
    if len(family) < 2:
        return ""
    younger = re.search(r"\b(?:younger|youngest|junior)\b", ranked.group()) is not None
    ages = {}
    for name, _, _ in family:
        # (or after the first name alone, which tells the family apart: "Renata and Coralie
        # Valcourt … Renata, 47, … Coralie, 43")
        age = _age_given_to(text, name)
        age = _first_name_ages(text).get(name.split()[0]) if age is None else age
        if age is not None:
            ages[name] = age
    if len(ages) >= 2:
        return (min if younger else max)(ages, key=lambda name: ages[name])
    junior_words, senior_words = {"son", "daughter", "grandson", "granddaughter"}, {"father", "mother", "grandfather", "grandmother"}
    wanted = junior_words if younger else senior_words

    # (the relation may stand before the name too: "His son, Luke Theriault, …")
    def related_by(words: set[str]) -> list[str]:
        return [name for name, at, role in family if set(f"{text[max(0, at - 30) : at]} {role}".lower().replace(",", " ").split()) & words]

    fitting = related_by(wanted)
    if not fitting and len(family) == 2 and len(ranked_other := related_by(senior_words if younger else junior_words)) == 1:
        # "the elder Theriot" of two, one of them "His son, Luke Theriot": the other one
        fitting = [name for name, _, _ in family if name != ranked_other[0]]
    return fitting[0] if len(fitting) == 1 else ""


def headline_subject(text: str, s: Speaker, by_word: dict[str, list[tuple[str, int, str]]]) -> Speaker | None:
    """The person a title-case headline's subject names, its verbs cut off: "Whitlock Taps
    Ferrante for VP, Says …" is Whitlock, the Carter Whitlock the story names in full (every
    word of a headline is capitalised, so the name runs on into the verb); None when S is no
    such headline mention."""
    words = text[s.mention_start : s.mention_end].split()
    if len(words) < 2 or s.name.rstrip(".") in {p[0].rstrip(".") for p in by_word.get(s.name.split()[-1].rstrip("."), [])}:
        return None
    if not on_a_title_case_line(text, s.mention_start, {}):
        return None
    for k in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:k])
        # (the prefix is the name itself: a surname, the full name, or a title and the name)
        people = {p[0] for p in by_word.get(words[k - 1], []) if prefix in (p[0], p[0].split()[-1]) or prefix.endswith(" " + p[0])}
        if len(people) == 1 and text.startswith(prefix, s.mention_start):
            return replace(s, name=people.pop(), mention=prefix, mention_end=s.mention_start + len(prefix))
    return None


FULL_NAME_BEFORE = re.compile(rf"(?<![\w’'\-])[{UPPER}][a-z][\w’'\-]*[ \t]+(?:[{UPPER}]\.[ \t]+)?[{UPPER}][a-z][\w’'\-]*$")
# the preposition right before a place name ("… from Delaware County", "… of Phoenix")
# people after a preposition, right before a relative's comma ("from the Ledger’s fact-checkers"):
# group 1 the phrase, group 2 its head
PEOPLE_AFTER_A_PREPOSITION = re.compile(
    r"\b(?:from|by|of|with|to|for|among|between|at|against)[ \t]+((?:the|a|an|two|three|four|several|some|many|[A-Z][\w’'\-]*(?:’s|'s))"
    r"[ \t]+(?:[\w’'\-]+[ \t]+){0,2}?([a-z][a-z\-]*))$"
)
PLACE_BEFORE_A_NAME = re.compile(r"\s(?:from|in|outside|near|at|of)\s+(?:an?\s+|the\s+)?$")
