"""Who does the reporting: the subject of a speech verb, of a clause, or of the sentence a quote
stands in, found by reading the surface of the sentence (no parse needed)."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from quoteaudit.extract import wordlists as wl
from quoteaudit.extract.cues import cue_re, has_a_cue, perception_verb
from quoteaudit.extract.mentions import (
    AGED_HEAD,
    NAME_PREFIX,
    PARTY_TAG,
    POSSESSIVE_TAIL,
    SURNAME_BY_RANK,
    a_state_or_country,
    approximate_count,
    classify,
    first_name_gender,
    head_noun,
    is_adverb,
    is_someone,
    is_title_case_line,
    known_name,
    make_speaker,
    names_someone,
    np_left,
    opens_with_a_participle,
    singular_noun,
    split_name,
    strip_between_words,
    time_before_a_verb,
    top_level_commas,
)
from quoteaudit.extract.wordlists import load_lexicon
from quoteaudit.models import Speaker, SpeakerKind
from quoteaudit.rules import default_rules_dir, rules_dir_key


def _document_by_before(text: str, start: int, np_start: int) -> int | None:
    """Where a document phrase ending in "by"/"from" right before NP_START begins ("A 2023
    report by the state ", "The memo from "), or None."""
    found = _document_by(rules_dir_key()).search(text, start, np_start)
    return found.start() if found else None


@functools.cache
def _document_by(rules_key: str) -> re.Pattern:
    docs = "|".join(sorted(wl.ISSUER_DOCUMENTS, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Ii]ts)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?(?:{docs})[ \t]+(?:(?:released|published|issued|written|prepared)[ \t]+)?(?:by|from)[ \t]+(?:the[ \t]+)?(?:[a-z][\w\-]*[ \t]+){{0,2}}$"
    )


# one word (a cue), perhaps a comma or colon, then an opening quotation mark
WORD_THEN_QUOTE = re.compile(r"\s*\w+[,:]?\s*[“\"‘']")


# two descriptions of people joined by "and", each with its determiner or owner ("The mayor
# and the port director", "Germany's president and its defense minister"; groups "first" and
# "second" are their head nouns)
_DESCRIPTION_OPENER = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w\-]*[’']s)"
DESCRIPTIONS_JOINED = re.compile(
    rf"\s*({_DESCRIPTION_OPENER}(?:[ \t]+[a-z][\w\-]*){{0,2}}[ \t]+(?P<first>[a-z][\w\-]*)"
    rf"[ \t]+and[ \t]+{_DESCRIPTION_OPENER}(?:[ \t]+[a-z][\w\-]*){{0,2}}[ \t]+(?P<second>[a-z][\w\-]*))"
    r"(?:[ \t]+(?:all|both))?\s*"
)


def a_person_noun(word: str) -> bool:
    """A noun for a person or people (the lexicon's person, anonymous and group heads and
    party members, singular or plural)."""
    people = wl.union("person_heads", "anonymous_heads", "group_heads", "PARTY_MEMBERS")
    return any(form in people for form in (word, word[:-1], word[:-2]))


def subject_before(text: str, clause_start: int, cue_start: int) -> tuple[int, int, str] | None:
    """The subject of a cue verb: the noun phrase right before it, across an appositive
    or relative clause set off by commas ("Frank Mora, who served as …, described")."""
    start, end = strip_between_words(text, clause_start, cue_start)
    coordinator = re.match(
        # (a role in lower case may stand before the name: "…,” while paleoartist Juno Tanaka, who …, said")
        r"\s*(?:(?:But|And|Yet|So|Still|Then|while|whereas|although|though)[ \t]+(?=[A-Z]|(?:[a-z\-]+[ \t]+){1,2}[A-Z])"
        # (or a capitalised one before a description: "But a jury member, the actress Ida Thwaite, told")
        r"|(?:But|And|Yet|So|Still|Then)[ \t]+(?=(?:a|an|the|one)[ \t]+(?:[a-z\-]+[ \t]+){0,2}[a-z\-]+,[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[a-z\-]+[ \t]+){0,2}[A-Z])"
        # (a party tag in brackets may close the name: "and Sen. Jo Maddox (R-Ind.), who …, said")
        r"|(?:and|but)[ \t]+(?=(?:its|his|her|their|the)\b|(?:[a-z\-]+[ \t]+){1,2}[A-Z]|(?:[A-Z][\w’'\-.]*[ \t]+){0,2}[A-Z][\w’'\-]*(?:[ \t]+\([^()]{1,20}\))?,[ \t]))",
        text[start:end],
    )
    # "But Sen. Ada Lind, R-Iowa, …, told"; "“…,” while Kestrania's envoy, Yelena Marchuk, said";
    # "“…,” and its president, Chief Warren Abbot, said"; "“…,” and Harrow, smiling, said"
    start += coordinator.end() if coordinator else 0
    # (a subordinator before a described subject, which the verb right after it makes no
    # preposition: "— after the victim's widow told him:")
    subordinator = re.match(
        r"\s*(?:after|before|since|until|once|because|when|while)[ \t]+(?=(?:the|a|an|his|her|their|its)[ \t])", text[start:end]
    )
    start += subordinator.end() if subordinator else 0
    segment = text[start:end]
    if not segment.strip():
        return None
    plurals = PLURALS_LISTED.fullmatch(segment)
    if plurals:
        # "Friends, lobbyists and former foes say": plural nouns listed, who speak together
        return start + plurals.start(1), start + plurals.end(1), ""
    tagged = NAME_TAG_STRAY_COMMA.fullmatch(segment)
    if tagged:
        # "…, and Sen. Jon Meyer (R-Ariz.), said": a stray comma after a party tag closes no aside
        return start + tagged.start(1), start + tagged.end(1), ""
    perceived = [m for m in perception_verb().finditer(segment) if re.fullmatch(rf"(?:{_CAP}[ \t]+){{0,4}}{_CAP}\s*", segment[m.end() :])]
    if perceived:
        # "I watched Foreign Minister Selin Arkadas tell reporters", "I heard Mayor Calder say":
        # the one seen or heard speaks, not the one who saw or heard
        start += perceived[-1].end()
        segment = text[start:end]
    joined = DESCRIPTIONS_JOINED.fullmatch(segment)
    if joined and all(a_person_noun(w) for w in (joined.group("first"), joined.group("second"))):
        # "The mayor and the port director urged": two people described, who speak together
        return start + joined.start(1), start + joined.end(1), ""
    listed = re.fullmatch(rf"\s*({NAME_LIST})\s*", segment)
    if listed and not and_inside_a_title(listed.group(1)):
        return start + listed.start(1), start + listed.end(1), ""  # the names listed speak together
    host_noun = OBJECT_NOUN_THEN_ITS_OWN_SUBJECT.search(segment)
    if host_noun and _names_its_own_subject(segment[host_noun.end() :]):
        # "…, a result the poll's director, Sam Oyelaran, described as", "…, a move union
        # leader Dana Kroll called": a noun the verb's object hangs from, then the relative
        # clause's own subject (no "that" or "which"), which speaks
        found = subject_before(text, start + host_noun.end(), end)
        if found:
            return found
    given = NAME_GIVEN_AFTER.search(segment)
    if given and AFTER_A_NAME_GIVEN.fullmatch(segment, given.end()):
        # "A retired librarian who gave only her first name, Judith, 71, told …": the name given
        return start + given.start(1), start + given.end(1), segment[: given.start()].strip(" ,")
    free_relative = re.search(r"\b(?:what|whom)\s+(?=[A-Z]|(?:the|his|her|their|its)\s)", segment)
    # (or people a plural noun names: "less than a third of what scientists say")
    people_after_what = re.search(r"\bwhat\s+((?:[a-z\-]+\s+)?([a-z]+s))\s*$", segment) if free_relative is None else None
    if people_after_what and a_head_for_someone(people_after_what.group(2)):
        return start + people_after_what.start(1), start + people_after_what.end(1), ""
    if free_relative:
        # "…, in what Ada Lind, the rival camp's treasurer, called": the relative's own subject
        found = subject_before(text, start + free_relative.end(), end)
        # (not a relative clause with a verb of its own, closed before the cue: "Dana Ortiz, a
        # rival whom Lind fired last year, said" is Ortiz's)
        if found and not re.match(r"[ \t]+[a-z]", text[found[1] : end]):
            return found
    who = re.search(r",\s+(who|whom|which)\b[^,;:]*$", segment)
    if who:
        # "Marco Rubio, who he dubbed …": a subject after the relative pronoun is the speaker
        rest = np_left(text, start + who.end(1), end)
        if rest and text[start + who.end(1) : rest[0]].strip() == "":
            return rest[0], rest[1], ""
    if who and who.group(1) in ("who", "which"):
        # "Mr. Sanders, who said …", "the transport department, which replied": the relative
        # pronoun is the mention.
        return start + who.start(1), start + who.end(1), ""
    bare_who = re.search(r"[A-Z][\w’'\-]*[ \t]+[A-Z][\w’'\-]*[ \t]+(who)\s*$", segment)
    # "the 30 percent who said “…”", "among residents who say that “…”": a restrictive "who"
    # right before a verb that opens the quote is the mention, as after a comma; whom it
    # stands for is resolved from the noun phrase before it
    bare_who = bare_who or re.search(r"[a-z0-9%][ \t]+(who)\s*$", segment)
    if bare_who and (WORD_THEN_QUOTE.match(text, end) or re.match(r"\s*\w+[ \t]+that[ \t]+[“\"]", text[end:])):
        # "this tweet from Rikkie Walls who tweeted, “…”": a full name, then "who" with no
        # comma, and the verb opening the quote (not "Voters who said they were undecided
        # told us", nor "the Texas Republican who wrote the provision, said")
        return start + bare_who.start(1), start + bare_who.end(1), ""
    restrictive = re.search(r"\s(?:who|whose|that(?=\s+(?:has|have|had|is|was|are|were|will|would|[a-z]+ed)\b))\s[^,;:]*$", segment)
    if restrictive and not who:
        # "Residents who lost their homes said", "The mission that has watched the border since
        # 2009 said": the noun phrase before "who" or "that" is the subject,
        # the clause says which of them (no commas: it is part of the phrase, not an aside)
        np = np_left(text, start, start + restrictive.start())
        lead = text[start : np[0]].strip() if np else ""
        if np and is_someone(text, np) and (not lead or (lead.endswith(",") and _is_introductory(lead))):
            return np[0], np[1], segment[restrictive.start() :].strip()
    reduced = PEOPLE_THEN_A_PARTICIPLE.search(segment)
    # (a plural noun, not "his" or "this": "A person familiar with his thinking")
    if reduced and not restrictive and reduced.group(1) not in wl.S_WORDS_NOT_PLURAL and len(reduced.group(1)) > 3:
        # "Most union members at three plants heading into the vote said", "Two clerks
        # handling the permits have cited": a participle's phrase on the people, which says
        # which of them, as a "who" clause would
        np = np_left(text, start, start + reduced.start(2))
        lead = text[start : np[0]].strip() if np else ""
        if np and is_someone(text, np) and not lead:
            return np[0], np[1], segment[reduced.start(2) :].strip()
    first_verb = NAME_VERB_THEN_COMMA.match(segment)
    if first_verb and not re.search(r"[,;:]", segment[: first_verb.start(2)]):
        # "Ortega regrets pier gala skit, says she …" (a headline's verbs with no "and"):
        # the name before the first verb is the second one's subject too
        return start + first_verb.start(1), start + first_verb.end(1), ""
    # (the dash before the verb ends the segment, with no space after it; a list set off by
    # dashes is one aside: "The three stations — KTLA, WGN and Coast News — said")
    # (a hyphen between spaces stands for a dash: "Ana Ruiz - who chairs the board - said")
    # (the horizontal bar some sites use is a dash too: "Other Democrats, like A and B ― two former
    # cabinet members ― have said")
    segment_asides = re.sub(
        r"(?<=\s[—–―-]\s)(?:(?!\s[—–―-](?:\s|$)).)*(?=\s[—–―-](?:\s|$))", lambda m: m.group().replace(",", " "), segment
    )
    separated = re.sub(r"\s[—–―-](?:\s|$)|\s--(?:\s|$)", lambda m: " " * (len(m.group()) - 2) + ", ", segment_asides)
    whose = WHOSE_ROLE_NAMED.search(segment)
    if whose:  # "the Alder Food Bank, whose director, Luis Ferra, called": the person named
        return start + whose.start(1), start + whose.end(1), ""
    if separated.rstrip().endswith(",") and separated.count(",") >= 2:
        # "NAME, appositive, said" (or dashes): the subject ends at the first top-level comma
        # whose left side ends in a noun phrase; everything up to the verb is its role.
        parts = top_level_commas(separated)
        opening = False
        while len(parts) > 2 and _is_introductory(segment[parts[0][0] : parts[0][1]]):
            parts = parts[1:]  # "Worried by the flooding in Ohio, Senator Ann Voss, the committee chair, said"
            opening = True
            state = STATE_SET_OFF.fullmatch(segment[parts[0][0] : parts[0][1]].strip() + ",")
            if len(parts) > 2 and state and a_state_or_country(state.group(1)):
                parts = parts[1:]  # (and the state after its town: "In court in Dover, Del., Pruitt, in a jumpsuit, said")
        if opening and len(parts) > 2 and _renames_a_place(segment[parts[0][0] : parts[0][1]]):
            parts = parts[1:]  # "In Marsa, the capital, a ministry spokesman, …, read": the place's description
        if (
            len(parts) == 2
            and (segment[parts[0][0] : parts[0][1]].split()[:1] or [""])[0].lower() in wl.PREPOSITIONS - wl.APPOSITIVE_PREPOSITIONS
        ):
            # "In a pitch to farmers, Gov. Lee Dunmore is running an ad that …
            # contrasts Christianity with homosexuality, vows to end …": a list of verbs, no appositive
            return None
        for k, (a, b) in enumerate(parts[:-1] if len(parts) > 1 else parts):
            # (a party tag in brackets may close the name: "Rep. Jo Maddox (R-Ind.), widely seen as …, posted")
            tag = re.search(r"[ \t]*\([^()]{1,20}\)[ \t]*$", segment[a:b])
            np = np_left(text, start + a, start + (a + tag.start() if tag else b))
            described = _description_of_a_body_before(text, start + a, np[0]) if np else None
            np = (described, np[1]) if np and described is not None else np  # ("A spokesman for the rebel Harbor Front, …,")
            # "The poll which gathers the views of farmers, traders and others, said": a relative
            # clause with no comma before it, whose own commas split a list (the pronoun is its
            # subject: "a country that the nominee, Mitt Romney, called" has one of its own)
            relative = re.search(r"[ \t](?:who|which|that)[ \t]+([a-z]+)", segment[a:b]) if k == 0 else None
            own_subject = relative is not None and relative.group(1) in load_lexicon().determiners | wl.SUBJECT_PRONOUNS
            if relative is not None and relative.group(1) in wl.TIME_NOUNS:
                relative = None  # "… vanished that winter when Omar Vance, …": a demonstrative, no relative
            host = np_left(text, start + a, start + a + relative.start()) if relative and not own_subject else None
            if host and not text[start + a : host[0]].strip():
                np = host
            elif np and (participle_host := _reduced_relative_host(text, start + a, np)):
                # "A staff member working the aisles, who …, said": whom the participle describes
                return participle_host[0], participle_host[1], segment[participle_host[1] - start :].strip(" ,")
            if np and k + 1 < len(parts) and (not names_someone(text, np) or _described_body(text, np)):
                # "Trump's attorney, Alan Garten, said": the description, then the name (the
                # whole of the part after the comma)
                # (a party tag may close the name: "A second lawmaker, Rep. Anita Brook (R-Ohio), said")
                named = np_left(text, *strip_between_words(text, start + parts[k + 1][0], start + parts[k + 1][1]))
                # (lower-case role words may stand before the name: "Another caucusgoer, hog farmer Lyle Brandvold,";
                # a conjunction may not: "the plan, while Mary Lunde, a senator, proposed" is two clauses)
                role_words = text[start + parts[k + 1][0] : named[0]].split() if named else []
                # (a single name with an age after it is someone too: "A volunteer, Jamal, 22, said")
                aged = k + 2 < len(parts) and re.fullmatch(r"\s*\d{1,3}\s*", segment[parts[k + 2][0] : parts[k + 2][1]]) is not None
                if (
                    named
                    and (is_someone(text, named) or aged)
                    # (a name, not a second description: "A spokesman for the Front, a former teacher,")
                    and any(w[:1].isupper() for w in text[named[0] : named[1]].split())
                    # (a document that describes another is no name: "The veto message, a two-page letter to the clerk, said")
                    and head_noun(text[named[0] : named[1]].lower().split())
                    not in wl.union("PERSON_DOCUMENTS", "BODY_DOCUMENTS", "ISSUER_DOCUMENTS")
                    and len(role_words) <= 3  # ("the defendant, former harbor commissioner Tobias Lindqvist,")
                    # (not a participle's aside and its object: "Her neighbor, standing beside her, disagreed")
                    and not any(w.endswith("ing") for w in role_words)
                    and text[named[0] : named[1]].lower() not in wl.union("SUBJECT_PRONOUNS", "OBJECT_PRONOUNS")
                    and all(w.isalpha() and w.islower() and w not in wl.NP_LEFT_STOPS for w in role_words)
                ):
                    return np[0], named[1], ""
            if np:
                role = segment[b:].strip(" ,")
                role = re.sub(r"^(?:who|which)\s+(?:is|was|has been|had been|served|serves)\s+(?:as\s+)?", "", role)
                return np[0], np[1], role
        return None
    exemplified = PEOPLE_LIKE_NAMES.search(segment)
    # (the noun alone when it opens no phrase the lexicon knows: "Although candidates like …")
    people = exemplified and (
        np_left(text, start, start + exemplified.start(2)) or (start + exemplified.start(1), start + exemplified.end(1))
    )
    people_head = text[people[0] : people[1]].split()[-1].lower() if exemplified and people else ""
    # (or the plural of a noun for one person: "Candidates like Ada Lind have")
    if (
        exemplified
        and people
        and (
            people_head in wl.union("group_heads", "anonymous_heads")
            or (people_head.endswith("s") and singular_noun(people_head) in wl.union("person_heads"))
        )
    ):
        # "Critics like Tom Hale say", "residents including Ana Ruiz said": the people, with
        # the names given as examples
        return people[0], people[1], segment[exemplified.start(2) : exemplified.end()].strip()
    np = np_left(text, start, end)
    # (not before someone's office, which resolves by its owner: "A summary released by Amari's office")
    owned = np is not None and re.search(r"\w(?:’s|'s)[ \t]", text[np[0] : np[1]]) is not None
    document = _document_by_before(text, start, np[0]) if np and not owned else None
    if np and document is not None:
        # "A 2023 report by the state Water Resources Board warned": the document is the
        # subject, its author only the object of "by"
        return document, np[1], ""
    place = re.search(r"\s(?:of|from)\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)?(,)\s*$", text[start : np[0]]) if np else None
    if np and place and len(text[np[0] : np[1]].split()) <= 2 and text[np[0] : np[1]].istitle():
        # "Ada Lind of Dayton, Ohio says": the state after the town is no subject
        person = np_left(text, start, start + place.start(1))
        # (the person opens the clause: in "When he bought the mill from Harlow, Mr. Penn said"
        # the phrase before the comma is an object, and the name after it the subject)
        if person and person[0] < start + place.start() and not text[start : person[0]].strip() and names_someone(text, person):
            return person[0], person[1], ""
    if np is None:
        # "The joint declaration issued after the session said": np_left reads no subject in
        # a preposition's object, so the participle's host is looked for before it
        time_object = OBJECT_OF_TIME.search(text, start, end)
        host = time_object and _reduced_relative_host(text, start, (time_object.start(1), end))
        return (host[0], host[1], text[host[1] : end].strip()) if host else None
    pair = PAIR_BEFORE.search(text, start, np[0])
    # (the pair opens the clause: not "Moss met Lind and Ruiz said", where Lind is an object)
    if pair and text[start : pair.start(1)].strip() in ("", "Both", "both") and names_someone(text, np):
        return pair.start(1), np[1], ""  # "Both Moss and Lind called it": the two together
    host = _reduced_relative_host(text, start, np)
    if host:
        return host[0], host[1], text[host[1] : np[1]].strip()
    return np[0], np[1], ""


# plural nouns listed with commas and "and" or "or", each with up to one modifier, up to the
# verb ("Friends, lobbyists and former foes ")
PLURALS_LISTED = re.compile(
    r"\s*((?:[A-Z][a-z]+|[a-z]+)s(?:,[ \t]+(?:[a-z]+[ \t]+)?[a-z]+s)+,?[ \t]+(?:and|or)[ \t]+(?:[a-z]+[ \t]+)?[a-z]+s)[ \t]*"
)
# a name, its party tag in brackets and a comma right before the verb ("Sen. Jon Meyer (R-Ariz.), ")
NAME_TAG_STRAY_COMMA = re.compile(
    r"\s*(?:(?:and|but)[ \t]+)?((?:[A-Z][\w.’'\-]*[ \t]+){0,4}[A-Z][\w’'\-]*)[ \t]*\([A-Z][^()]{0,18}\),[ \t]*"
)
# plural people, then names given as examples, up to the verb ("Critics like Tom Hale ",
# "residents including Ana Ruiz and Tom Bell "): group 1 the plural, group 2 "like"
PEOPLE_LIKE_NAMES = re.compile(
    r"\b([A-Za-z]+s)[ \t]+(like|including|such[ \t]+as)[ \t]+(?:[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*)*(?:,[ \t]+|[ \t]+and[ \t]+)?){1,4}(?=\s*$)"
)
# a determiner that opens a relative clause's own subject ("a move the union called")
OWN_SUBJECT_DETERMINER = r"(?:the|his|her|their|its|one|two|three|several|some|many)[ \t]"
# an appositive "a"/"an" and one noun, then the subject of a relative clause with no
# relative pronoun: a determiner, a capitalised name, or role words before one
OBJECT_NOUN_THEN_ITS_OWN_SUBJECT = re.compile(
    r"(?:^\s*|,[ \t]+)(?:a|an)[ \t]+[a-z\-]+[ \t]+"
    rf"(?={OWN_SUBJECT_DETERMINER}"
    # (a name, perhaps after role words, that runs to the verb: not "a senior White House official")
    # (nor "an aide to Sen. Ada Lind", where the name is the object of a preposition)
    r"|(?:(?!(?:to|of|for|with|from|at|in|on|by|near|close|and|or)\b)[a-z\-]+[ \t]+){0,2}[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*)*\s*$)"
)


def _names_its_own_subject(rest: str) -> bool:
    """Whether the words after such a noun open a subject: a determiner, or a full name
    (perhaps after role words) that runs to the verb; not capitals that describe ("a fellow
    Texas Republican")."""
    if re.match(OWN_SUBJECT_DETERMINER, rest):
        return True
    capitals = re.search(r"[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*)+\s*$", rest)
    if capitals is None:
        # (one capitalised word alone is a subject too, a surname or a country: "a move
        # Dravonia called", "a plan Trump called"; not a party's member: "a fellow Republican")
        single = re.fullmatch(r"([A-Z][\w’'\-]+)\s*", rest)
        if single is None:
            return False
        return single.group(1).lower() not in wl.union("PARTY_MEMBERS", "STATE_DEMONYMS") and single.group(1) not in load_lexicon().titles
    return capitals.group().split()[-1] not in load_lexicon().titles


# a relative "whose" and a role, then the name set off after it, right before the verb
WHOSE_ROLE_NAMED = re.compile(
    r",[ \t]+whose[ \t]+(?:[a-z\-]+[ \t]+){0,2}[a-z\-]+,[ \t]+((?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w.’'\-]*),[ \t]*$"
)


# a phrase of time that opens a clause before its comma: "Two hours later,", "Minutes earlier,"
TIME_PHRASE_OPENING = re.compile(
    r"[ \t]*(?:[\w’'\-]+[ \t]+){1,3}(?:earlier|later|ago|afterward|afterwards)[ \t]*,"
    # ("Weeks before the state awarded the contract, …", "Hours after the polls closed, …")
    r"|[ \t]*(?:[\w\-]+[ \t]+)?(?:[Mm]inutes|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears)[ \t]+(?:before|after)[ \t]"
)


# a name opening the clause, a verb of its own in the present or past ("regrets",
# "regretted") and its phrase, then a comma before the cue: "Ortega regrets pier gala skit,
# says"
NAME_VERB_THEN_COMMA = re.compile(r"\s*((?:[A-Z][\w.’'\-]*[ \t]+){0,2}[A-Z][\w’'\-]+)[ \t]+([a-z]{3,}(?:es|s|ed))[ \t]+[^,;:“”\"]*,\s*$")


# three or more names listed as one subject ("Lirent, Ostremark and Sulvania", "Ana Ruiz, Tom
# Bell and Ida Moss")
_NAME_RUN = r"[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*){0,3}"
NAME_LIST = rf"{_NAME_RUN}(?:,[ \t]+{_NAME_RUN})+,?[ \t]+(?:and|&)[ \t]+{_NAME_RUN}"


def listed_together(text: str, start: int, end: int, method: str, cue: str, confidence: float) -> Speaker | None:
    """The names listed in text[START:END] as one speaker, named by all of them ("Lirent,
    Ostremark and Sulvania"), or None when the words name no person or body."""
    together = make_speaker(text, start, end, method, cue, confidence)
    return replace(together, name=together.mention) if together is not None and together.kind is SpeakerKind.NAMED else None


# a person named with titles and, maybe, a place: "Council President Ana Ruiz of the North Ward"
_PLACED_PERSON = (
    r"(?:[A-Z][\w’'\-.]*[ \t]+){1,5}?[A-Z][\w’'\-]+"
    r"(?:[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-.]*(?:[ \t]+[A-Z][\w’'\-.]*){0,2})?"
)
PLACED_PAIR = re.compile(rf"({_PLACED_PERSON})[ \t]+and[ \t]+({_PLACED_PERSON})")
PLACE_AFTER = re.compile(r"[ \t]+(?:of|from)[ \t]+.*")


def named_pair(text: str, start: int, end: int, method: str, cue: str, confidence: float, role: str = "") -> Speaker | None:
    """Two people named together in text[START:END], each with any title and place ("Speaker
    Ana Ruiz of Ely and Sen. Tom Bell of Iowa"), as one speaker named by both ("Ana Ruiz and
    Tom Bell"); None when the words are not two people's names. A place after the first
    keeps a reader of the phrase from taking "of Ely and Sen. Tom Bell" for part of a name."""
    pair = PLACED_PAIR.fullmatch(text, start, end)
    if pair is None:
        return None
    names = []
    for person in pair.groups():
        unplaced = PLACE_AFTER.sub("", person)
        kind, _ = classify(unplaced)
        if kind is not SpeakerKind.NAMED:
            return None
        names.append(split_name(unplaced)[0] or unplaced)
    speaker = make_speaker(text, start, end, method, cue, confidence, role)
    return replace(speaker, kind=SpeakerKind.NAMED, name=" and ".join(names)) if speaker is not None else None


# a name and "and" right before the name that stands before the verb ("Both Moss and Lind")
PAIR_BEFORE = re.compile(r"(?:^|(?<=\s))(?:Both[ \t]+)?((?:[A-Z][\w’'\-.]*[ \t]+){1,3})and[ \t]+$")
# a past participle and its phrase, ending in a preposition, right before a noun phrase:
# "A memo obtained by", "officials briefed on", "a summary released alongside", "the
# communique issued after"
REDUCED_RELATIVE = re.compile(
    r"[ \t]([a-z]+(?:ed|en|wn|nt))[ \t]+(?:(?![\w.’'\-]*(?:ed|en)\b)[\w.’'\-]+[ \t]+){0,3}?"
    r"(by|alongside|with|to|from|in|on|at|for|among|about|after|before|during|following|over|under|since|through|around|across|throughout|near|outside|inside|within|into)[ \t]+$"
    # (or a present participle and its object: "The statement accompanying the decision said",
    # "officials attending the summit said", "One group campaigning for the county to leave
    # the water board posted")
    r"|[ \t]([a-z]{3,}ing)()(?:[ \t]+(?:[\w.’'\-]+[ \t]+){0,5}?to[ \t]+[a-z]+)?[ \t]+$"
)


# a time preposition and its short object right before a cue ("after the session")
OBJECT_OF_TIME = re.compile(
    r"\b(?:after|before|during|following|since)[ \t]+((?:the|a|an|its|their|this|last)[ \t]+(?:[\w’'\-.]+[ \t]+){0,2}[\w’'\-.]+)[ \t]*$"
)


def _description_of_a_body_before(text: str, start: int, name_start: int) -> int | None:
    """Where a description of someone in a body opens, when the name at NAME_START is the body
    it belongs to ("A spokesman for the rebel Harbor Front": the spokesman speaks, not the
    Front), or None."""
    m = _description_before_its_body(rules_dir_key()).fullmatch(text, start, name_start)
    return m.start(1) if m else None


@functools.cache
def _description_before_its_body(rules_key: str) -> re.Pattern:
    heads = "|".join(sorted(wl.union("person_heads", "anonymous_heads"), key=len, reverse=True))
    return re.compile(
        rf"\s*((?:[Aa]n?|[Tt]he|[Oo]ne)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}(?:{heads})[ \t]+(?:for|of|at|with|from)[ \t]+(?:the[ \t]+)?(?:[a-z\-]+[ \t]+){{0,2}})"
    )


def _reduced_relative_host(text: str, start: int, np: tuple[int, int]) -> tuple[int, int] | None:
    """ "A memo obtained by The Ledger says": the noun phrase before the cue is the object of a
    participle's preposition; the subject is the phrase the participle modifies (not after an
    author's "by": "a memo written by Voss says", where the author speaks for it)."""
    if text[np[0] : np[1]].lower() in wl.SUBJECT_PRONOUNS:
        return None  # "since she testified": "she" is no preposition's object
    m = REDUCED_RELATIVE.search(text, start, np[0])
    if m is None or m.end() != np[0] or (m.group(2) == "by" and m.group(1) in wl.AUTHORING_PARTICIPLES):
        return None
    if m.group(3) and m.group(3) in load_lexicon().cues:
        return None  # "a lawmaker saying the …": a speech participle hosts no subject
    host = np_left(text, start, m.start())
    if host is None or host[1] != m.start() or text[host[0] : host[1]].lower() in load_lexicon().determiners:
        return None
    return host if is_someone(text, host) else None


def _described_body(text: str, np: tuple[int, int]) -> bool:
    """ "The union", "the firm at the center of the report", "Rusk's company": a body
    described, not named, so a name set off after it ("The union, the Harbor Workers
    Alliance, said") is its name."""
    words = text[np[0] : np[1]].split()
    return (
        (words[0].lower() in load_lexicon().determiners or (len(words) > 1 and POSSESSIVE_TAIL.search(words[0]) is not None))
        and all(w.islower() for w in words[1:])
        and classify(" ".join(words))[0] is SpeakerKind.ORGANIZATION
    )


# how a sentence adverb ends, unlike a name in -ly ("Similarly", "Additionally", "Notably")
SENTENCE_ADVERB_ENDING = re.compile(r"(?:ical|ial|nal|ar|at|ent|ant|ib|ab|ous|iv|ed|ing|ful|less|ular)ly$")


def _is_introductory(phrase: str) -> bool:
    """A phrase before the subject that introduces the clause: it opens with a preposition
    or subordinator ("In Nevada", "After the vote") or a participle ("Alarmed by …",
    "Speaking to reporters")."""
    stamp = DATELINE.match(phrase)  # ("HARLOW CITY — Weeks before the state awarded it")
    phrase = phrase[stamp.end() :] if stamp else phrase
    words = phrase.lower().split()
    first = (words[:1] or [""])[0]
    # (a time opened by "late" or "early": "Late on Saturday, the Front's chief said")
    timed = first in ("late", "early") and words[1:2] in (["on"], ["in"], ["last"], ["this"], ["next"])
    # (or a sentence adverb alone: "Similarly, Tom Kessler, a former clerk, said"; not a
    # surname in -ly, "Kelly, a former aide," whose ending is no adverb's)
    adverb = len(words) == 1 and (first in wl.INTRO_WORDS or (is_adverb(first) and SENTENCE_ADVERB_ENDING.search(first) is not None))
    return (
        first in wl.union("PREPOSITIONS", "CLAUSE_OPENERS")
        or timed
        or adverb
        or (first.isalpha() and first.endswith(("ed", "ing")) and len(first) > 4)
        or TIME_PHRASE_OPENING.match(phrase + ",") is not None  # ("Two hours later", "Weeks before the vote")
        # (or a dateline in capitals whose dash became a comma: "HARLOW CITY — Weeks before …")
        or (any(c.isalpha() for c in phrase) and phrase.strip().upper() == phrase.strip())
    )


# a subject heard or seen speaking, opening its clause: "…, but he can be heard saying"
HEARD_SAYING = re.compile(
    r"(?:^|[,;][ \t]*(?:but|and|yet|while)?|\b(?:but|and))[ \t]*((?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Za-z][\w’'\-]*)[ \t]+"
    r"(?:(?:can|could|may|might)[ \t]+be|was|were|is|are|has[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:heard|seen|caught|overheard|filmed|recorded)[ \t]+$"
)


# a noun, then a relative clause's own subject and its past tense, with no "that" ("a finding
# the agency disputed"; group 1 the subject)
THING_AND_ITS_OWN_SUBJECT = re.compile(
    r"[ \t]*(?:a|an)[ \t]+[a-z\-]+[ \t]+((?:the|its|his|her|their)[ \t]+(?:[a-z\-]+[ \t]+){0,2}[a-z\-]+|(?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w’'\-]*)"
    r"[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]+ed[ \t]*"
)


def _clause_closed_before_the_participle(text: str, clause_start: int, cue_start: int, cue: str) -> Speaker | None:
    """The subject of the clause that the comma before a participle closes, when that clause
    is not the sentence's first: a relative clause whose pronoun is its subject ("…, who wrote
    on social media that …, adding “…”") or a reporting clause after the words it reports
    ("Detours will add 15 minutes, spokesman Luis Carr said in an email, adding: “…”")."""
    segment = text[clause_start:cue_start]
    if not re.search(r",[ \t]*$", segment):
        return None
    parts = top_level_commas(segment.rstrip()[:-1])
    # (one part will do right after an earlier quote, which the sentence's first clause held)
    after_a_quote = text[max(0, clause_start - 2) : clause_start].strip()[-1:] in ("”", '"', "’", "'")
    if len(parts) < 2 and not after_a_quote:
        return None
    a, b = parts[-1]
    part = segment[a:b]
    # (the pronoun as the subject: "who on Friday issued"; not "which Ruiz wrote", whose subject is Ruiz)
    relative = re.match(r"[ \t]*(who|which)[ \t]+(?![A-Z]|(?:the|a|an|his|her|their|its|he|she|they|we|I)\b)[a-z]", part)
    # (whose clause reports or issues something the participle goes on with: not "took a swipe at
    # Sen. Amos Whitcomb, who endorsed Pell last week, calling him “…”", the main subject's words)
    if relative and (has_a_cue(part) or re.search(r"\b(?:issued|released|posted|published|filed|sent)\b", part)):
        return make_speaker(
            text, clause_start + a + relative.start(1), clause_start + a + relative.end(1), "leading_cue_participle", cue, 0.7
        )
    # (or a noun for the words and the subject of its relative clause: "…,” a finding the
    # agency disputed, calling …")
    own = THING_AND_ITS_OWN_SUBJECT.fullmatch(part)
    if own:
        speaker = make_speaker(text, clause_start + a + own.start(1), clause_start + a + own.end(1), "leading_cue_participle", cue, 0.7)
        if speaker is not None and speaker.kind is not SpeakerKind.UNKNOWN:
            return speaker
    reporting_verbs = wl.INVERTIBLE_CUES | {"told", "tells"}
    reporting = [m for m in cue_re().finditer(part) if m.group(1).lower() in reporting_verbs]
    if not reporting or len(part[reporting[-1].end() :].split()) > 6:
        return None
    found = subject_before(text, clause_start + a, clause_start + a + reporting[-1].start())
    # (the subject opens the part, perhaps after role words, which the mention keeps: "…,
    # department spokesman Luis Carr said")
    lead = text[clause_start + a : found[0]].split() if found else []
    if found is None or len(lead) > 3 or not all(w.isalpha() and w.islower() for w in lead):
        return None
    mention_start = found[0] - len(text[clause_start + a : found[0]].lstrip()) if lead else found[0]
    speaker = make_speaker(text, mention_start, found[1], "leading_cue_participle", cue, 0.7, found[2])
    return speaker if speaker is not None and speaker.kind is not SpeakerKind.UNKNOWN else None


def _name_before_the_gerund(text: str, lo: int, cue_start: int, cue: str) -> Speaker | None:
    """The name after "of" right before a participle ("the spectacle of Mayor Ruiz denouncing"),
    which is its subject; not after a recording or a document, which shows the words ("The
    spot then cuts to footage of Hale saying" keeps the spot, as PolNeAR has it)."""
    named = NAME_BEFORE_A_GERUND.search(text, lo, cue_start)
    shown_in = re.search(r"(\w+)\s+$", text[max(0, named.start() - 40) : named.start()]) if named else None
    if named is None or (shown_in and shown_in.group(1).lower() in wl.union("EVIDENCE_DOCUMENTS", "ISSUER_DOCUMENTS")):
        return None
    speaker = make_speaker(text, named.start(1), named.end(1), "leading_cue_participle", cue, 0.75)
    return speaker if speaker is not None and speaker.kind is SpeakerKind.NAMED else None


def participle_subject(text: str, clause_start: int, cue_start: int, cue: str) -> Speaker | None:
    """The subject of "…, saying": a name right before the participle ("Lind saying she felt
    “quite hopeful” and Ortega calling it a “fine talk”"), the noun after "with"
    ("with both leaders affirming …"), or the main clause's subject."""
    # (the name opens an absolute phrase: after a dash, comma or "and", not "on Tuesday saying")
    named = re.search(rf"(?:^|[,;–—]|\band)[ \t]*((?:{_CAP}[ \t]+)*{_CAP})[ \t]+$", text[clause_start:cue_start])
    town_before = named and re.search(r"[A-Z][\w.’'\-]*,[ \t]*$", text[clause_start : clause_start + named.start(1)])
    if named and not town_before and not is_title_case_line(text[clause_start:cue_start]):
        # (not the state after a town: "left a meeting in Lake Tilden, Oregon, complaining")
        speaker = make_speaker(text, clause_start + named.start(1), clause_start + named.end(1), "leading_cue_participle", cue, 0.75)
        if (
            speaker
            and speaker.kind is SpeakerKind.NAMED
            and speaker.mention.split()[0].lower() not in wl.union("PREPOSITIONS", "CLAUSE_OPENERS")
        ):
            return speaker
    # "…, but he can be heard saying …", "Brannock was overheard telling …": the one heard speaks,
    # whatever the sentence's first clause is about
    heard = HEARD_SAYING.search(text, clause_start, cue_start)
    if heard:
        speaker = make_speaker(text, heard.start(1), heard.end(1), "leading_cue_participle", cue, 0.75)
        if speaker and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.PRONOUN):
            return speaker
    # "The recording shows Ada Morn saying …", "a memo has Lund saying …": the one shown speaks
    shown = _shown_saying(rules_dir_key()).search(text[clause_start:cue_start])
    # (one person or group described, not a list of what is shown: "shows the race tightening and voters saying")
    if shown and any(w.endswith("ing") or w in ("and", "or") for w in shown.group(1).split()):
        shown = None
    if shown:
        speaker = make_speaker(text, clause_start + shown.start(1), clause_start + shown.end(1), "leading_cue_participle", cue, 0.75)
        if speaker and speaker.kind is not SpeakerKind.UNKNOWN:
            return speaker
    speaker = gerund_subject(text, clause_start, cue_start, cue)
    if speaker:
        return speaker
    relative = RELATIVE_CLAUSE_TO_THE_GERUND.search(text, clause_start, cue_start)
    if relative:
        # "…, Governor Tom Bell, who last week stunned the mayor by announcing …": the gerund
        # belongs to the relative clause, whose subject is "who"
        speaker = make_speaker(text, relative.start(1), relative.end(1), "leading_cue_participle", cue, 0.75)
        if speaker:
            return speaker
    with_np = re.search(r"\bwith\s+((?:[\w’'\-\.]+\s+){0,6}?[\w’'\-\.]+)\s+$", text[clause_start:cue_start])
    # (the last phrase before the participle when another absolute's participle comes first:
    # "with two candidates jabbing fingers and a moderator pleading …" is the moderator; "with
    # rival campaigns and even a retired judge suggesting" is all of them; a longer phrase
    # after "with" is left to the clause's subject, measured: twelve words lost a check quote)
    absolutes = with_np is not None and any(w.endswith("ing") for w in with_np.group(1).split()[:-1])
    # (nor "… with Mayor Holt this week after writing": a preposition governs the participle,
    # which is no absolute's)
    governed = with_np is not None and with_np.group(1).split()[-1].lower() in wl.PARTICIPLE_GOVERNORS
    if with_np and not governed and with_np.group(1).split()[-1].lower() not in ("and", "or", "but", "nor"):
        # (not "campaign with Ross and urging …": a second participle of the same subject)
        a = clause_start + with_np.start(1)
        last = np_left(text, a, clause_start + with_np.end(1)) if absolutes else None
        a = last[0] if last is not None else a
        speaker = make_speaker(text, a, clause_start + with_np.end(1), "leading_cue_participle", cue, 0.75)
        if speaker and speaker.kind is not SpeakerKind.UNKNOWN:
            return speaker
    closing = _clause_closed_before_the_participle(text, clause_start, cue_start, cue)
    if closing is not None:
        return closing
    subject = main_subject(text, clause_start, cue_start, cue, vouched=True)
    # ("The remarks came as Meyer turned down the invitation, saying …": a clause that only
    # times the main one names who acted, and so who spoke)
    timed = subject is not None and TIMED_BY_A_CLAUSE.match(text, subject.mention_end, cue_start) is not None
    if subject is not None and (not _names_a_speaker(subject) or timed):
        # "The shutdown rolled into its third day after Speaker Ann Voss said she would not
        # …, dismissing the bill as “…”": the subject of the subordinate clause that reports
        for opener in reversed(list(SUBORDINATE_OPENER.finditer(text, subject.mention_end, cue_start))):
            reporter = _subject_at(text, opener.end(), cue_start, cue, "leading_cue_participle", 0.7)
            if reporter is None or not _names_a_speaker(reporter):
                continue
            if timed or has_a_cue(text[reporter.mention_end : cue_start]):
                return reporter
        for opener in reversed(list(SUBORDINATOR.finditer(text, subject.mention_end, cue_start))):
            # "The meeting ran long as more council members have begun urging the mayor “…”":
            # a verb of beginning or going on takes the participle in the subordinate clause
            reporter = _subject_at(text, opener.end(), cue_start, cue, "leading_cue_participle", 0.7, vouched=True)
            if (
                reporter is not None
                and _names_a_speaker(reporter)
                and VERB_CHAIN_TO_A_PARTICIPLE.fullmatch(text, reporter.mention_end, cue_start)
            ):
                return reporter
        # "… led to the spectacle of Mayor Ruiz denouncing “…”": the name right before the
        # participle is its subject, when the clause's subject names no one
        speaker = _name_before_the_gerund(text, subject.mention_end, cue_start, cue)
        if speaker is not None:
            return speaker
    # ("What do you make of Ruiz privately saying “…”": nor when it has none)
    gerund_owner = _name_before_the_gerund(text, clause_start, cue_start, cue) if subject is None else None
    if gerund_owner is not None:
        return gerund_owner
    document = _document_before_participle(rules_dir_key()).search(text, clause_start, cue_start)
    if document:
        # "The noise grew so loud that the embassy issued a statement saying …": whoever issued
        # the document, in a clause of its own after the subject's
        after_subject = subject.mention_end if subject is not None else clause_start
        issuing = [m for m in re.finditer(r"[a-z]+", text[after_subject : document.start()]) if m.group() in wl.ISSUING_VERBS]
        verb_at = after_subject + issuing[-1].start() if issuing else after_subject
        own_clause = re.search(
            r"\b(?:that|when|after|as|because|since|while|until|before)\b|,[ \t]+(?:and|but)\b", text[after_subject:verb_at]
        )
        issuer = np_left(text, after_subject, verb_at) if issuing and own_clause else None
        issuer_speaker = make_speaker(text, *issuer, "leading_cue_participle", cue, 0.75) if issuer else None
        if issuer_speaker is not None and issuer_speaker.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS):
            return issuer_speaker
    if document and subject is not None:
        document = None if issuing or _names_a_speaker(subject) else document
    if document:
        # "The visit produced a two-page letter from the health department warning that …":
        # a clause whose subject names no one and did not issue the document right before
        # the participle, which the participle describes
        speaker = make_speaker(text, document.start(), document.end(1), "leading_cue_participle", cue, 0.7)
        if speaker and speaker.kind is not SpeakerKind.UNKNOWN:
            return speaker
    return subject


# a subordinator opening a clause whose subject may report ("after Speaker Ann Voss said …")
# a main clause that only says when something happened ("… came as", "… comes days after")
TIMED_BY_A_CLAUSE = re.compile(
    r"[ \t]+(?:came|comes|come)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:after|when|as|because|before|since|while|once)[ \t]"
)
SUBORDINATOR = re.compile(r"\b(?:after|when|as|because|before|since|while|once)[ \t]+")
# a verb of beginning or going on, perhaps after auxiliaries and adverbs, right before a
# participle: "have begun ", "kept on ", "are now "
VERB_CHAIN_TO_A_PARTICIPLE = re.compile(
    r"[ \t]+(?:(?:has|have|had|is|are|was|were|been|now|also|already|just|still|[a-z]+ly)[ \t]+)*"
    r"(?:began|begun|begin|begins|started|start|starts|kept|keep|keeps|continued|continue|continues|went[ \t]+on|go[ \t]+on|goes[ \t]+on)[ \t]+(?:on[ \t]+)?"
)
# a name after "of" right before the participle ("the spectacle of Mayor Ruiz ")
# (an adverb may stand between: "of Ruiz privately saying")
NAME_BEFORE_A_GERUND = re.compile(r"\bof[ \t]+((?:[A-Z][\w’'\-.]*[ \t]+)*[A-Z][\w’'\-.]*)[ \t]+(?:[a-z]+ly[ \t]+)?$")
SUBORDINATE_OPENER = re.compile(SUBORDINATOR.pattern + r"(?=[A-Z]|(?:he|she|they)\b)")


def _names_a_speaker(speaker: Speaker) -> bool:
    """Whether a subject is someone who speaks: a name, a pronoun, or a noun for people, a
    body or a document ("The visit" is none)."""
    if speaker.kind not in (SpeakerKind.ANONYMOUS, SpeakerKind.GROUP) or any(w[:1].isupper() for w in speaker.mention.split()[1:]):
        return True  # (a name inside it names someone: "A bloc of House Democrats")
    return a_head_for_someone(head_noun(speaker.mention.lower().split()))


def a_head_for_someone(head: str) -> bool:
    """Whether a lower-case head noun names people, a body or a document that may speak
    ("a senior aide", "the union", "the memo"), a relation or gendered role ("His wife
    laughed", "Her son shrugged") or an age ("The 61-year-old said"); "the headline" does not."""
    known_heads = wl.union("anonymous_heads", "group_heads", "organization_heads", "person_heads")
    # (people in the plural too, "organizers", "deputies"; not things, "the books", "the reviews")
    people = singular_noun(head) in wl.union("anonymous_heads", "group_heads", "person_heads")
    return head in known_heads or people or head in load_lexicon().gender_words or AGED_HEAD.fullmatch(head) is not None


@functools.cache
def _document_before_participle(rules_key: str) -> re.Pattern:
    """A document's noun phrase, perhaps with its issuer after "from" or "by", ending right
    before a participle ("a two-page letter from the Harbor Department ")."""
    docs = "|".join(sorted(wl.ISSUER_DOCUMENTS, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:(?!(?:a|an|the)[ \t])[\w\-]+[ \t]+){{0,3}}?(?:{docs})"
        rf"((?:[ \t]+(?:from|by|of)[ \t]+[^,;:“”\"]{{1,60}}?)?)[ \t]+$"
    )


def gerund_subject(text: str, clause_start: int, cue_start: int, cue: str) -> Speaker | None:
    """The own subject of a gerund after a preposition ("criticized Hale for saying …", "angry
    about Ruiz calling it …", "over her saying"), which speaks instead of the clause's subject."""
    gerund = _gerund_own_subject(rules_dir_key()).search(text[clause_start:cue_start])
    if not gerund:
        return None
    group = 1 if gerund.group(1) else 2
    speaker = make_speaker(text, clause_start + gerund.start(group), clause_start + gerund.end(group), "leading_cue_participle", cue, 0.75)
    return speaker if speaker and speaker.kind is not SpeakerKind.UNKNOWN else None


# a live blog's time stamp opening an entry: "9:02 p.m. —", "10:15 a.m. ET -"
LIVE_BLOG_STAMP = re.compile(r"[ \t]*\d{1,2}:\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:[A-Z]{2,3}[ \t]*)?[—–-]+[ \t]*")
# a story's dateline opening its first paragraph: "WASHINGTON (AP) —", "MARLOWE FALLS, Ohio (AP) —",
# "SAN JOSE, California, Feb 12 (Reuters) -", "PORT ALDEN, March 4 —"
DATELINE = re.compile(
    r"[A-Z][A-Z.’'\-]+(?:[ \t]+[A-Z][A-Z.’'\-]+){0,3}(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+\d{1,2})?){0,2}"
    r"[ \t]*(?:\([A-Za-z.&\- ]{1,40}\))?[ \t]*[—–―-]{1,2}[ \t]+"  # (― is the horizontal bar some sites use)
)
# a dash or semicolon: another clause, whose subject an opening phrase does not reach
ANOTHER_CLAUSE = re.compile(r"\s[-—–]\s|[—–;]")
# an opening phrase with no comma, up to the pronoun that is the clause's subject
UNMARKED_PHRASE = re.compile(r"(?:[\w’'\-]+[ \t]+){1,5}?(?=(?:he|she|they|we|I)[ \t]+[a-z])")
UNMARKED_SUBORDINATE = re.compile(
    r"[A-Za-z]+[ \t]+(?:he|she|they|we|I)[ \t]+(?:[a-z][\w’'\-]*[ \t]+){1,4}?(?=(?:he|she|they|we|I)[ \t]+[a-z])"
)


def _a_first_name_opening(window: str) -> bool:
    """Whether the first word of WINDOW is a person's first name ("Emily", "Ted", "Ahmed"),
    not a participle or an adverb that its ending might make it ("Speaking", "Recently")."""
    word = re.match(r"\s*([A-Z][\w’'\-]*)", window)
    return word is not None and bool(first_name_gender(word.group(1), load_lexicon()))


# a sentence opening on a third-person pronoun and its verb ("She told", "He never said"; a
# writer's "I also stand by what …, Wendell Ashgrove, told me" is left to the name)
PRONOUN_THEN_VERB = re.compile(r"(?:He|She|They)[ \t]+[a-z]")


def main_subject(
    text: str, start: int, limit: int, cue: str, method: str = "leading_cue_participle", confidence: float = 0.75, vouched: bool = False
) -> Speaker | None:
    """The subject at the start of a clause, before or after an introductory phrase ("On
    Friday, …", "Subsequent to the US assault, …"): a pronoun, a person's name (as the
    article names people) or an unnamed source ("a senior aide")."""
    stamp = LIVE_BLOG_STAMP.match(text, start, limit) or DATELINE.match(text, start, limit)
    start = stamp.end() if stamp else start  # "9:02 p.m. — Moderator Jillian Sato opened …", "LISLE, July 25 (UPI) — The party …"
    when = _time_opener(rules_dir_key()).match(text, start, limit)
    start = when.end() if when else start  # "This time Whitlock seemed …", "On Friday Pell said …": no comma after the time
    # After up to three introductory phrases ("When asked about it, at a rally, Mrs. Clinton
    # said"), or at the clause start itself.
    window = text[start : min(limit, start + 220)]
    # A lower-case subject after a comma only follows an introductory phrase ("In August,
    # several environmental groups …", "Likewise, a paper …", "Reprising one of her lines,
    # the former secretary of state …"); elsewhere it is an appositive ("Fiorina, a first-time
    # chief executive, was").
    first = (window.split()[:1] or [""])[0].lower().strip(",")
    if first == "even" and (window.split()[1:2] or [""])[0].lower() in wl.SUBORDINATORS:
        first = window.split()[1].lower()  # "Even as his rivals close in, …": the subordinator opens the phrase
    # ("Asked by the moderator whether …, Crane did not hesitate": a participle opens it too)
    opens_with_phrase = (
        first in wl.union("PREPOSITIONS", "CLAUSE_OPENERS", "WEEKDAYS")
        or (first.endswith(("ing", "ly", "ed")) and not _a_first_name_opening(window))  # (not "Emily Morton, a nurse, said")
        or first in wl.IRREGULAR_PARTICIPLES  # ("Told of the criticism, the mayor laughed")
        or TIME_PHRASE_OPENING.match(window) is not None  # ("Two hours later, a county spokesman …")
    )
    # (or a role before the name: "At one point, moderator Ines Petit cut him off")
    # (or a role of up to three words before the name: "At the rally, dairy farmer Aoife Doyle said")
    # (or a possessive's phrase: "When his family moved back, his mother refused …")
    # (not an ordinal after it: in "In her note, her first as chief, she said" the aside is no subject)
    lower_subject = _lower_subject_after_a_phrase(rules_dir_key()) if opens_with_phrase else ""
    # (a quote may close on the comma: "…his claim that Pell had “sold out,” Crane did not")
    starts = [
        # (or two apostrophes, a paper of record's close: "In her book, ''The Few,'' Ms. Alvarez argued")
        start + m.end()
        # (and "it" for a vouched subject: "Lately, though, it put out a note, calling for …")
        for m in re.finditer(
            rf",(?:''|[”’\"'])?[ \t]+(?=[A-Z]|{NAME_PREFIX}|(?:he|she|they|we|I{lower_subject}{'|it' if vouched else ''})\b)", window
        )
    ][:3]
    # (a lawmaker's party and state is an aside, no subject: "…, Democrat of Vermont, who …")
    starts = [at for at in starts if not re.match(PARTY_TAG, text[at : at + 40])]
    # (nor the state after a town: "In federal court in Dover, Del., Lazar said")
    starts = [at for at in starts if not ((state := STATE_SET_OFF.match(text, at)) and a_state_or_country(state.group(1)))]
    if not starts and (first in wl.PREPOSITIONS or first in wl.SUBORDINATORS) and not ANOTHER_CLAUSE.search(window):
        # "For an hour he ran through his lines": a short opening phrase with no comma;
        # "When he returned he began by saying": a subordinate clause's own subject and
        # verb, then the main clause's subject (not across a dash: "For that she drew his
        # ire - he called her …" has another clause)
        unmarked = (UNMARKED_SUBORDINATE if first in wl.SUBORDINATORS else UNMARKED_PHRASE).match(window)
        starts = [start + unmarked.end()] if unmarked else []
    if not opens_with_phrase and re.match(rf"{NAME_LIST}(?=[ \t]+[a-z])", window):
        starts = []  # "Lirent, Ostremark and Sulvania issued …": the commas list the subject, they open no phrase
    # "Hollis, joined by his running mate, Dana Whitcomb, closed …": a name that opens the
    # clause with an aside after it is the subject; a name inside the aside is not
    aside_after_name = not opens_with_phrase and NAME_THEN_ASIDE.match(window)
    # (and a pronoun that opens it before its verb: in "She told the crowd that her daughter,
    # Eliza, 19, had been saving" the name set off later is no subject)
    pronoun_first = PRONOUN_THEN_VERB.match(window) is not None
    # (an adverb set off by a comma opens no subject: "Lately, though, it …" is not "Lately")
    adverb_first = is_adverb(first) and re.match(r"\s*[A-Za-z]+,", window) is not None
    for begin in [start, *starts] if aside_after_name or pronoun_first else [*starts] if adverb_first else [*starts, start]:
        speaker = _subject_at(text, begin, limit, cue, method, confidence, vouched)
        if speaker and begin != start and not opens_with_phrase and _appositive_object(text, start, begin, speaker):
            continue
        if (
            speaker
            and begin != start
            and (_renames_the_object(text, start, begin, speaker) or _renames_the_place(text, start, begin, speaker))
        ):
            continue
        if speaker and speaker.kind is SpeakerKind.ANONYMOUS:
            # "one resident, a nurse who asked that only her first name, Nora, be used, summed
            # up": the name given, as subject_before reads it
            speaker = _name_given_after(text, speaker.mention_start, speaker.mention_end, limit, method, cue, confidence) or speaker
        if speaker:
            return speaker
    # "One, a retired teacher who gave only her first name, Linda, was less sure": a pronoun
    # like "One" set off before a description whose name is given
    share = re.match(r"[ \t]*(One|Another)[ \t]*,", text[start:limit])
    return _name_given_after(text, start, start + share.end(), limit, method, cue, confidence) if share else None


def _name_given_after(text: str, described_from: int, after: int, limit: int, method: str, cue: str, confidence: float) -> Speaker | None:
    """The person a description from DESCRIBED_FROM names after AFTER ("…, a nurse who asked
    that only her first name, Nora, be used,"), when nothing but an age, "be used" or a comma
    stands between the name and the verb (or LIMIT); the description is the role."""
    given = NAME_GIVEN_AFTER.search(text, after, limit)
    if given is None or not AFTER_A_NAME_GIVEN.match(text, given.end(), limit):
        return None
    role = text[described_from : given.start()].strip(" ,")
    named = make_speaker(text, given.start(1), given.end(1), method, cue, confidence, role)
    return named if named is not None and named.kind is SpeakerKind.NAMED else None


@functools.cache
def _plurals_for_people(rules_dir: str) -> str:
    """The plural nouns for people, as an alternation: the lexicon's person, anonymous and
    group heads, with an "s" where they have none."""
    heads = wl.union("person_heads", "anonymous_heads", "group_heads")
    plurals = {w for w in heads if w.endswith("s")} | {f"{w}s" for w in heads if not w.endswith("s")}
    return "|".join(sorted(plurals, key=len, reverse=True))


@functools.cache
def _bare_plural_for_people(rules_dir: str) -> re.Pattern:
    """A plural noun for people with no determiner, perhaps after one lower-case modifier,
    then a lower-case word (its verb): "council members are", "residents want"."""
    # (the modifier no function word, participle in -ing or adverb: not "whom supporters greet",
    # "emailing supporters")
    function_words = "|".join(
        sorted(
            wl.union("PREPOSITIONS", "SUBORDINATORS", "CLAUSE_OPENERS", "NOUN_DETERMINERS")
            | {"who", "whom", "whose", "which", "and", "or", "nor"}
        )
    )
    modifier = rf"(?!(?:{function_words})[ \t])[a-z\-]+(?<!ing)(?<!ly)[ \t]+"
    return re.compile(rf"((?:{modifier})?(?:{_plurals_for_people(rules_dir)}))(?=[ \t]+[a-z])")


@functools.cache
def _lower_subject_after_a_phrase(rules_dir: str) -> str:
    """The lower-case openings a subject may have after an introductory phrase and its comma,
    as alternatives to add to the capital and the pronouns (built once per rules folder: the
    main subject is read for nearly every quote)."""
    ordinals = "|".join(sorted(wl.ORDINAL_MODIFIERS | {"own", "only"}))
    # (a bare plural noun for people, perhaps after one modifier: "After the vote, council
    # members are still waiting")
    return (
        rf"|a|an|the|one|two|some|several|many|both|(?:his|her|their|its)(?![ \t]+(?:{ordinals})\b)"
        r"|[a-z]+(?:[ \t]+[a-z]+){0,2}(?=[ \t]+[A-Z])"
        rf"|{_bare_plural_for_people(rules_dir).pattern}"
    )


# an opening phrase of a preposition and a place: "In Velgrad, ", "From New Harbor, "
PLACE_OPENING = re.compile(r"\s*[A-Z][a-z]+[ \t]+(?:[A-Z][\w’'\-.]*[ \t]+)*[A-Z][\w’'\-.]*,[ \t]*")


def _renames_the_place(text: str, start: int, begin: int, speaker: Speaker) -> bool:
    """ "In Velgrad, the Osrian capital, spokeswoman Lena Okafor told …": a description of
    no person set off after an opening phrase's place renames the place; the subject
    comes after it."""
    return (
        speaker.kind in (SpeakerKind.ANONYMOUS, SpeakerKind.GROUP, SpeakerKind.ORGANIZATION)
        and text[speaker.mention_end : speaker.mention_end + 1] == ","
        and PLACE_OPENING.fullmatch(text, start, begin) is not None
        and text[start:begin].split()[0].lower() in wl.PREPOSITIONS
        and names_no_one(head_noun(speaker.mention.lower().split()))
    )


def names_no_one(head: str) -> bool:
    """Whether a noun phrase's head names neither a person nor a body ("capital", "town")."""
    return (
        head not in wl.union("person_heads", "anonymous_heads", "group_heads", "gender_words")
        and head not in load_lexicon().organization_heads
    )


def _renames_a_place(part: str) -> bool:
    """Whether a part set off after an opening phrase is a description of no person or body
    ("the capital", "a port town of 40,000"), which renames the phrase's place."""
    words = part.lower().split()
    return bool(words) and words[0] in load_lexicon().determiners and names_no_one(head_noun(words))


def _appositive_object(text: str, start: int, begin: int, speaker: Speaker) -> bool:
    """ "Mayor Colin Hart introduced his challenger, Greta Bishop, at …": a name set off by
    commas after a clause that already has its verb renames that clause's object; it is
    not the subject ("…, Spicer said" is: a verb follows the name, not a comma)."""
    first_clause = text[start:begin].split(",", 1)[0]
    # (a present tense right after a name is a verb too: "Grail arrives at his party, standing
    # beside his wife, Corinne Grail, …")
    present = re.match(r"\s*[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)*[ \t]+[a-z]+[^s\W]s\b", first_clause) is not None
    # (or the last names of a list of them: "… the columnists who back him, among them Sean
    # Vickers, Laura Trent, Tucker Hale and Rush Morrow, although he insisted")
    listed = re.match(r",|[ \t]+(?:and|or)[ \t]+[A-Z]", text[speaker.mention_end : speaker.mention_end + 8]) is not None
    return (_has_a_verb(first_clause) or present) and listed


def _renames_the_object(text: str, start: int, begin: int, speaker: Speaker) -> bool:
    """ "When Voss turned to Sen. Delia Marchetti, the Democratic nominee, the crowd …": a
    description set off by commas right after a full name that ends an opening clause with
    its own verb renames that name; it is not the main clause's subject."""
    return (
        speaker.kind in (SpeakerKind.ANONYMOUS, SpeakerKind.GROUP)
        and text[speaker.mention_end : speaker.mention_end + 1] == ","
        and FULL_NAME_ENDS.search(text, start, begin) is not None
        # (or a participle opening the sentence: "Asked by Owen Pell, the MP for Dunmore, …")
        and (_has_a_verb(text[start:begin]) or re.match(r"\s*[A-Z][a-z]+(?:ed|ing)\b", text[start:begin]) is not None)
    )


# a full name (two capitalised words, or a title and a name) and the comma after it, at the end
FULL_NAME_ENDS = re.compile(r"[A-Z][\w’'\-.]*[ \t]+[A-Z][\w’'\-]+,[ \t]*$")


def _has_a_verb(chunk: str) -> bool:
    """Whether a stretch of words holds a lower-case past tense or a clause's verb form, so
    that it is a clause of its own and not an opening word ("Yes", "Still")."""
    # (an irregular past is one too: "Gregory Saltonstall met with the mayor's deputy, …";
    # not the adverbs and "who" that may also open a predicate)
    verbs, adverbs = wl.union("AUXILIARIES", "PREDICATE_STARTS"), wl.PREDICATE_START_ADVERBS
    return any(w.islower() and w.isalpha() and (w.endswith("ed") or (w in verbs and w not in adverbs)) for w in chunk.split()[1:])


_CAP = rf"(?:{NAME_PREFIX})?[A-Z][\w’'\-\.]*"  # (and "al-Nuwairi")
# a sentence adverb or phrase that commas set off between a subject and its verb ("Marlow
# Freight, meanwhile, put out a statement")
SET_OFF_ADVERB = r"(?:meanwhile|however|though|too|also|instead|in[ \t]+turn|in[ \t]+response|for[ \t]+(?:its|his|her|their)[ \t]+part)"
# a name, then an aside opened by a participle or a relative pronoun ("Hollis, joined by …")
# (or an appositive: "Kendra Olufemi, a nurse and the mother of two, said she had met the
# principal, Martin Hale, …"; or a lawmaker's party and state: "Sen. Hal Quist, Republican of
# Kansas, …"; or an age: "Aguilar-Fennimore, 52, spent 19 years … and wrote, she says, …")
NAME_THEN_ASIDE = re.compile(
    rf"{_CAP}(?:[ \t]+{_CAP}){{0,3}},[ \t]+(?:[a-z]+ed|[a-z]+en|who|whose|a|an|the|(?:Republican|Democrat|Independent)[ \t]+of|\d{{1,3}}(?=,))\b"
    # (or someone's role by their name: "Susan Rhee, Mayor Dunn’s chief of staff, criticized")
    rf"|{_CAP}(?:[ \t]+{_CAP}){{0,3}},[ \t]+(?:{_CAP}[ \t]+){{0,3}}[A-Z][\w\-]*(?:’s|'s)[ \t]+[a-z]"
)


# A subject name: capitalised words (with "of", "de" …), an optional party tag "(R-S.C.)",
# then the verb in lower case, or an appositive or aside set off by a comma ("Marco Rubio,
# after pushing out a video …, revamped", "Varga, 47, grew up", "Mr. Pell, asked about it,
# bristled", "Hollis, given a minute, shook", "Linda Reyes, his mother, saw", "Ruiz, for her
# part, laughed"), or after a lawmaker's party and state ("Sen. Hal Quist, Republican of Kansas, took"),
# or a name closing an appositive before its verb ("A spokesperson for Lund, Leah Castor, said"),
# or a role by someone's name ("Susan Rhee, Mayor Dunn’s chief of staff, criticized").
_SUBJECT_END = rf"(?:[ \t]*\([A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){{0,3}}\)|,[ \t]+{PARTY_TAG},)?(?=[ \t]+[a-z]|,[ \t]+(?:a|an|the|who|whose|which|said|says|told|after|before|while|in|on|at|\w+ing|\w+ed|\w+en|his|her|their|of[ \t]+the|for[ \t]+(?:his|her|their|its)[ \t]+part|to[ \t]+(?:his|her|their|its)[ \t]+(?:credit|surprise|dismay|delight|chagrin))\b|,[ \t]+{SET_OFF_ADVERB},|,[ \t]+\d{{1,3}},|,[ \t]+(?:[A-Z][\w.\-]*[ \t]+){{0,3}}[A-Z][\w\-]*(?:’s|'s)[ \t]+[a-z])"


# "Another man, who gave his name as Omar, pointed …", "A nurse, who gave only her first
# name, Leyla, said …", "One resident, identified only as Samir, said …": the name given
NAME_GIVEN = (
    # (an appositive may come first: "Her neighbor, a tailor who would give only his first name, Anselmo,")
    r",?[ \t]+(?:(?:a|an)[ \t]+(?:[a-z\-]+[ \t]+){1,3}?(?=who[ \t]))?(?:who[ \t]+(?:gave|would[ \t]+give|offered)[ \t]+(?:only[ \t]+)?(?:his|her|their)[ \t]+(?:first[ \t]+)?name(?:[ \t]+only)?(?:[ \t]+as|,)(?:[ \t]+[“\"](?=[A-Z]))?"
    r"|(?:who[ \t]+(?:(?:later|afterward|afterwards|then)[ \t]+)?identified[ \t]+(?:himself|herself|themselves)[ \t]+|identified[ \t]+)only[ \t]+(?:as|by[ \t]+(?:his|her|their)[ \t]+first[ \t]+name,?)"
    # ("An officer who identified himself as Colonel Lucien Barro-Ndiaye")
    r"|who[ \t]+(?:(?:later|afterward|afterwards|then)[ \t]+)?identified[ \t]+(?:himself|herself|themselves)[ \t]+as"
    # ("who asked that only his first name, Darnell, be used")
    r"|who[ \t]+asked[ \t]+that[ \t]+only[ \t]+(?:his|her|their)[ \t]+first[ \t]+name,"
    # ("who signed her letter only with her initials, M.K.T.,")
    r"|who[ \t]+signed[ \t]+(?:(?:his|her|their)[ \t]+[a-z]+[ \t]+)?only[ \t]+(?:with[ \t]+(?:his|her|their)[ \t]+initials,|as)"
    # ("The coach of the visitors, known throughout the state as Tico Barros,")
    r"|(?:who[ \t]+is[ \t]+)?known[ \t]+(?:(?:to|around|throughout|in|across|among|at)[ \t]+(?:[a-z]+[ \t]+){0,3})?(?:simply[ \t]+)?as)"
    # (the name may be an honorific and a surname: "who gave her name only as Mrs. Pruitt"; or
    # come after a role in lower case: "who identified himself as retired bus driver Walt Cassius")
    # (the name a person gave may stand in quotation marks: "who gave his name only as “Jimmy in
    # Fairlawn”"; a nickname does not: "known as “the Closer”")
    r"(?:[ \t]+|(?<=[“\"]))(?:(?:[a-z\-]+[ \t]+){1,3}(?=[A-Z][\w’'\-]+[ \t]+[A-Z]))?((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2}|(?:[A-Z]\.){2,4})"
)
# what may follow a name given before the verb: an age, "be used", a comma; then the verb,
# or the end of the words read ("…, Nora, 41, said", "…, Nora, be used, summed up")
AFTER_A_NAME_GIVEN = re.compile(r"(?:,[ \t]+\d{1,3})?(?:,[ \t]+be[ \t]+used)?,?\s*(?:$|(?<=[ \t])[a-z])")
# (after a place the description holds: "said the man at the end of the bench, who gave his name only as Teodor")
NAME_GIVEN_AFTER = re.compile(
    # (up to two phrases of place, a name among their words: "near the front of the line at the
    # Ransom Creek library, who gave only her first name, June,")
    r"(?:[ \t]+(?:at|in|on|near|behind|outside|from)[ \t]+(?:the[ \t]+)?(?:[\w’'\-]+[ \t]+){0,9}?[\w’'\-]+(?=,))?" + NAME_GIVEN
)
# a sentence about someone's way of speaking, opening on its owner (group 1): "The governor’s
# reaction was less measured.", "Moss’s answer was blunter.", "Abaya's next question was the
# one dispatchers ask first."
REACTION_OF = re.compile(
    r"[ \t]*((?:[Tt]he[ \t]+)?(?:[A-Za-z][\w\-.]*[ \t]+){0,2}?[A-Za-z][\w\-]*)(?:’s|'s|’|')[ \t]+(?:own[ \t]+|first[ \t]+|next[ \t]+|last[ \t]+)?"
    r"(?:reaction|response|answer|reply|retort|verdict|tone|message|rejoinder|question)\b"
)
# a description opening the clause that ends "<person noun> named NAME" before the verb (group 1
# the noun, group 2 the name)
DESCRIPTION_NAMED = re.compile(
    r"(?:[Tt]he|[Aa]n?|One|Another)[ \t]+[^.;:“”\"\n]{0,90}?\b([a-z][\w\-]*)[ \t]+named[ \t]+"
    r"([A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2})(?=,?[ \t]+[a-z])"
)
NAME_GIVEN_AS = re.compile(
    r"((?:[Tt]he|[Aa]n?|One|Another)[ \t]+(?:[a-z0-9][\w\-]*[ \t]+){0,4}[a-z0-9][\w\-]*"
    # (perhaps with a second description: "Another witness, a bowler who gave only his first name, Marcus,")
    r"(?:,[ \t]+(?:an?|the)[ \t]+(?:[a-z0-9][\w\-]*[ \t]+){0,3}[a-z0-9][\w\-]*)?)" + NAME_GIVEN + r",[ \t]+(?=[a-z])"
)
# an age set off after a name: "Leyla, 38,", "Samir, a 61-year-old retired teacher,"
# "Her brother Oumar", "Their neighbour Tobar": a relation or role, then the one name it goes by
RELATIVE_THEN_NAME = re.compile(
    r"(?:His|Her|Their|My|Our)[ \t]+(?:[a-z\-]+[ \t]+){0,2}?([a-z\-]+)[ \t]+([A-Z][a-z][\w’'\-]*)(?=,|[ \t]+[a-z])"
)
# an appositive that says what someone is: ", a retired bus driver,", ", his wife,"
PERSON_APPOSITIVE = re.compile(
    r",[ \t]+(?:an?|his|her|their)[ \t]+((?:[\w\-]+[ \t]+){0,4}?[\w\-]+)(?=[,.;]|[ \t]+(?:at|from|of|in|with|for|who)\b)"
)


def described_as_a_person(text: str, pos: int, limit: int) -> str:
    """The appositive at POS when it says what a person is (", a nurse at the district
    hospital", ", his wife"): a single capitalised word before it is then someone's name,
    not a place ("Kahul, a town of 9,000") or a body."""
    m = PERSON_APPOSITIVE.match(text, pos, limit)
    if m is None:
        return ""
    words = m.group(1).split()
    heads = wl.union("person_heads", "gender_words")
    # (the head may come before words that qualify it: "a student sheltering with her grandmother")
    found = next((i for i, w in enumerate(words[:3]) if w.lower() in heads), None)
    return " ".join(words[: found + 1]) if found is not None else ""


AGE_APPOSITION = re.compile(r",[ \t]+(?:\d{1,3},|an?[ \t]+\d{1,3}-year-old\b)")


# "The defendant, Delia Marchetti, kept …", "Her attorney, Simone Akerley, asked …", "One of
# them, nurse Calla Vestergaard, held up …", "Haskett's son, Anselm Haskett, has worked …",
# "the Hollis campaign’s rapid-response director, Colby Strait, posted …"
DESCRIPTION_THEN_NAME = re.compile(
    r"((?:[Tt]he|an?|An?|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our|One|Another|(?:[A-Z][\w\-]*[ \t]+){0,2}[A-Z][\w\-]*(?:’s|'s))[ \t]+"
    r"(?:[A-Z][\w\-]*[ \t]+[a-z][\w\-]*(?:’s|'s)[ \t]+)?(?:[A-Za-z0-9][\w’'\-]*[ \t]+){0,4}[a-z0-9][\w\-]*),[ \t]+"
    r"(?:[a-z][\w\-]*[ \t]+){0,3}((?:[A-Z][\w’'\-.]*[ \t]+){0,3}[A-Z][\w’'\-]+),[ \t]+(?=[a-z])"
)


@functools.cache
def _gerund_own_subject(rules_dir: str) -> re.Pattern:
    """The own subject of a gerund after a preposition: "about Okafor (publicly) saying", "over
    her saying", or the object before "for" ("slammed Senator Hale for saying"; not the agent
    of a passive: "was criticized by Democrats for saying")."""
    prepositions = "|".join(sorted(wl.GERUND_PREPOSITIONS))
    return re.compile(
        rf"\b(?:{prepositions})[ \t]+((?:{_CAP}[ \t]+)*{_CAP}|his|her|their)[ \t]+(?:[a-z]+ly[ \t]+)?$"
        rf"|(?<!\bby )(?<![Bb]y the )\b((?:{_CAP}[ \t]+)*{_CAP}|him|her|them|the[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,2}}[a-z][\w\-]*)[ \t]+for[ \t]+$"
    )


@functools.cache
def _time_opener(rules_dir: str) -> re.Pattern:
    """A phrase of time opening a clause with no comma after it, before its subject ("This
    time Whitlock …", "Last week Ada Moss …", "On Friday Pell …", "One night a judge …")."""
    nouns = "|".join(sorted(wl.TIME_NOUNS))
    days = "|".join(sorted(w.capitalize() for w in wl.WEEKDAYS))
    openers = "|".join(sorted((w.capitalize().replace(" ", r"\s+") for w in wl.TIME_DETERMINERS), key=len, reverse=True))
    # (a story's "One night" before an unnamed one too: "One night a judge found her there")
    # (or a span and "later" before a pronoun or name: "Twenty minutes later he was at it again:")
    # ("A few minutes later they …", "A day later she …", "Two weeks later Ruiz …")
    span = r"(?:[A-Z][a-z]*[ \t]+(?:few[ \t]+)?)?(?:[Ss]econd|[Mm]inute|[Hh]our|[Dd]ay|[Mm]oment|[Ww]eek|[Mm]onth|[Yy]ear)s?"
    return re.compile(
        rf"(?:(?:{openers})[ \t]+(?:{nouns})|On[ \t]+(?:{days}))[ \t]+(?=[A-Z])|One[ \t]+(?:{nouns})[ \t]+(?=(?:a|an|the)[ \t]|[A-Z])"
        # ("By Friday the Oregon Democrat sounded less sure, telling …")
        rf"|By[ \t]+(?:{days})[ \t]+(?=(?:the|a|an)[ \t]|[A-Z])"
        rf"|(?:{span})[ \t]+(?:later|earlier)[ \t]+(?=[A-Z]|(?:he|she|they|we|I|the)[ \t])"
        # (or an adverb in -ly before a pronoun or an article: "Finally she sent three lines:";
        # before a capital it may be a first name, "Emily Calder sent")
        r"|[A-Z][a-z]{3,}ly[ \t]+(?=(?:he|she|they|we|I)[ \t]|(?:the|a|an)[ \t]+[a-z])"
    )


@functools.cache
def _shown_saying(rules_dir: str) -> re.Pattern:
    """A showing or perceiving verb and a name (or "him", "her", "them") right before a speech
    participle ("shows Ada Morn saying", "appeared to show him shouting", "heard Lind telling")."""
    verbs = "|".join(sorted(wl.SHOWING_VERBS | wl.PERCEPTION_VERBS, key=len, reverse=True))
    # (or one described: "The video shows the mayor telling aides “…”")
    described = r"(?:a|an|the)[ \t]+(?:[\w\-]+[ \t]+){0,3}?[\w\-]+"
    return re.compile(rf"\b(?:{verbs})[ \t]+((?:{_CAP}[ \t]+)*{_CAP}|him|her|them|{described})[ \t]+$")


def name_subject(text: str) -> re.Match | None:
    """A capitalised run that opens TEXT and ends where its verb or aside starts. "for", "to"
    and "and" join words that go on capitalised ("The Committee to Protect Journalists", "the
    Council for Renewal and Dignity"), but "and" only inside a body's name: "Mr. Ostby and
    Mr. Vale" are two people, and the first is the subject read here, as before."""
    rules_dir = str(default_rules_dir())
    m = _name_subject(rules_dir, True).match(text)
    if m and " and " in m.group(1) and classify(m.group(1))[0] is not SpeakerKind.ORGANIZATION and not and_inside_a_title(m.group(1)):
        m = _name_subject(rules_dir, False).match(text)
    return m


def and_inside_a_title(run: str) -> bool:
    """Whether a run's "and" stands inside the office before a person's name ("Housing and
    Urban Development Secretary Corinna Valdespino"), not between two people ("Mr. Ostby and
    Mr. Vale"): the words before the name end on a title that is no honorific."""
    lex = load_lexicon()
    name, role = split_name(run)
    words = role.split()
    before_and = f" {role} ".split(" and ")[0].split()
    return (
        " and " in f" {role} "
        # (no title or first name before the "and": "Speaker Lyle Brandvold and Senator Corinne Hatchell" are two)
        # ("U.S." is a place's initials, no title)
        and not any((w.strip(",") in lex.titles and w.strip(",") not in wl.PLACE_INITIALS) or first_name_gender(w, lex) for w in before_and)
        and " and " not in f" {name} "
        and bool(words)
        and words[-1] in lex.titles
        and not words[-1].endswith(".")
        and len(name.split()) >= 2
    )


@functools.cache
def _name_subject(rules_dir: str, with_and: bool) -> re.Pattern:
    # ("Pembrook & Vail")
    inner = r"(?:for|to|and)(?=[ \t]+[A-Z])" if with_and else r"(?:for|to)(?=[ \t]+[A-Z])"
    # (a union local's number closes its name: "Transit Workers Local 412")
    joiners = "|".join(["of", "the", "&", inner, r"(?<=Local )\d{1,5}", *sorted(wl.NAME_PARTICLES, key=len, reverse=True)])
    return re.compile(rf"((?:{_CAP}|{joiners})(?:[ \t]+(?:{_CAP}|{joiners}))*){_SUBJECT_END}")


MODIFIED_NAME_SUBJECT = rf"((?:{_CAP}[ \t]+){{0,2}}(?:[a-z][\w’'\-]*[ \t]+){{1,3}}{_CAP}(?:[ \t]+{_CAP})+){_SUBJECT_END}"


def _name_subject_ok(name: str, after: str) -> bool:
    """A capitalised run is a subject name unless it opens with a preposition ("In the town
    …", "Outside the Clinton campaign"), ends on a connective ("At the"), or is "The" and a
    modifier before a lower-case noun ("The Florida senator likes": the phrase goes on)."""
    words = name.split()
    if words[0].lower() in wl.PREPOSITIONS or words[-1] in wl.union("NAME_BAD_ENDS", "NAME_PARTICLES"):
        return False
    if len(words) == 1 and words[0].lower() in wl.AUXILIARIES and not first_name_gender(words[0], load_lexicon()):
        return False  # "Was anyone surprised …?": a question opens on its verb, not a name ("Will" may be one)
    if re.match(r"[ \t]+than\b", after):
        return False  # "More than 300 people crammed in": a comparative, not a name and its verb
    if len(words) == 1 and words[0].lower() in wl.COUNT_WORDS:
        return False  # "Twelve minutes later, he tweeted": a number, not a name
    following = re.match(r"[ \t]+([a-z]+)\b", after)
    if len(words) == 1 and following and following.group(1) in wl.union("person_heads", "anonymous_heads", "group_heads"):
        return False  # "Political analyst Thabo Dlamini": a capital that opens a description
    if words[0] in ("The", "the", "A", "An"):  # "A White House official said": the phrase goes on
        following = re.match(r"[ \t]*([a-z][\w’'\-]*)", after)
        return following is not None and (
            following.group(1) in wl.PREDICATE_STARTS or re.fullmatch(r"[a-z]+(?:ed|s)", following.group(1)) is not None
        )
    return True


def _a_clause_before_its_object(words: list[str]) -> bool:
    """Whether a would-be description holds a verb and then its object: a possessive that
    opens a second noun phrase with no preposition before it ("The president-elect thanked
    his wife"; not "The mother of his child", "His wife" or "The speaker was my neighbor",
    which renames its subject)."""
    return any(
        w.lower() in wl.POSSESSIVE_DETERMINERS and words[k - 1].lower() not in wl.union("PREPOSITIONS", "NP_INNER", "BE_FORMS")
        for k, w in enumerate(words)
        if k >= 2
    )


def _subject_at(text: str, start: int, limit: int, cue: str, method: str, confidence: float, vouched: bool = False) -> Speaker | None:
    """The subject that opens a clause at START. VOUCHED: a speech verb of the clause
    ("…, saying") vouches that the subject speaks, so any noun phrase may be it ("The
    retired neurosurgeon has provided no details, saying …"); without one, only a noun that
    names people or a body may."""
    # (and an adverb of time after it: "But now she wants …")
    lead = re.match(
        r"[ \t]*(?:(?:But|And|Yet|So|Still|Then|Now|Also)[ \t]+)?(?:(?:now|then|still|also|yet)[ \t]+(?=[a-z]))?", text[start:limit]
    )
    start += lead.end() if lead else 0  # the pattern always matches, if only the empty string
    m = re.match(r"(?:he|she|they|we|I|He|She|They|We)\b", text[start:limit])
    if vouched and not m:
        # "It goes on to fault …, saying": a document or body, unless "it" is a dummy subject
        m = re.match(
            r"(?:it|It)\b(?![ \t]+(?:is|was|has been|had been|seems|seemed|remains|appears|appeared|would|will|could|may|might)\b)(?!’s|'s)",
            text[start:limit],
        )
    if m:
        return make_speaker(text, start, start + m.end(), method, cue, confidence)
    approximate = approximate_count().match(text, start, limit)
    counted = _subject_at(text, approximate.end(), limit, cue, method, confidence, vouched) if approximate else None
    if counted is not None and counted.kind in (SpeakerKind.ANONYMOUS, SpeakerKind.GROUP):
        # "Close to three dozen council members have signed …": the count's phrase, not "Close"
        return make_speaker(text, start, counted.mention_end, method, cue, confidence) or counted
    listed = re.match(rf"({NAME_LIST})(?=[ \t]+[a-z])", text[start:limit])
    if (
        listed
        and not and_inside_a_title(listed.group(1))
        and listed.group().split()[0].lower() not in wl.union("PREPOSITIONS", "CLAUSE_OPENERS", "WEEKDAYS", "OPENERS")
    ):  # "Lirent, Ostremark and Sulvania issued a statement": the names listed, together
        together = listed_together(text, start, start + listed.end(1), method, cue, confidence)
        if together is not None:
            return together
    line_end = text.find("\n", start)
    line = text[start : line_end if line_end >= 0 else len(text)]
    headline = is_title_case_line(line)
    opener = re.match(r"([A-Z][a-z]+)[ \t]+(?=[A-Z])", text[start:limit])
    if opener and opener.group(1).lower() in wl.OPENERS:
        start += opener.end()  # "While Mr. Ryan, representing …": the name follows the opener
    m = re.match(MODIFIED_NAME_SUBJECT, text[start:limit])
    modifiers = m.group(1).split()[:-2] if m else []
    if (
        m
        and not headline
        # (no -ly adverb either: "Moss openly admires Governor Ruiz" is a subject and its verb)
        and not any(
            # (a participle is lower case: "Red Cross spokeswoman Danielle Okoro" has none)
            w.lower() in wl.union("OPENERS", "NP_LEFT_STOPS")
            or (w.islower() and w.endswith("ed") and w != "retired")
            or (w.islower() and w in wl.PREDICATE_STARTS)  # ("Ada Voss found Nora Pike": an irregular past, a verb)
            or is_adverb(w)
            # (nor a preposition: in "Ann Voss sat behind Lena Ruiz" a name, its verb and a
            # phrase come before the second name; "Secretary of State" keeps its "of")
            or (w.islower() and w in wl.PREPOSITIONS and w not in ("of", "for"))
            for w in modifiers
        )
        # (nor an honorific's name before them: "Ms. Vantongeren advises Mr. Leszczyk" is a
        # subject, its verb and an object)
        and not re.match(r"(?:Mr|Ms|Mrs|Miss|Dr)\.?[ \t]+[A-Z][\w’'\-]*[ \t]+[a-z]", m.group(1))
    ):
        # "Republican presidential front-runner Donald Trump defended …", "Clinton press
        # secretary Brian Fallon issues …": lower-case modifiers before a full name belong
        # to the subject (tried first: the bare "Clinton" would end at "press").
        speaker = make_speaker(text, start, start + m.end(1), method, cue, confidence)
        if speaker and speaker.kind is SpeakerKind.NAMED:
            return speaker
    description_end = _capitalised_description_end(text, start, limit)
    if description_end:
        # "Nuclear arms experts have doubted …": a capital that only opens the sentence,
        # then lower-case words up to a noun for people; not the name "Nuclear"
        speaker = make_speaker(text, start, description_end, method, cue, confidence)
        if speaker and speaker.kind in (SpeakerKind.GROUP, SpeakerKind.ANONYMOUS):
            return speaker
    m = name_subject(text[start:limit])
    if m and not _name_subject_ok(m.group(1), text[start + m.end() : limit]):
        m = None
    if m and m.group(1).lower() in wl.POSSESSIVE_DETERMINERS:
        m = None  # "My father used to say": a possessive opens a noun phrase, it names no one
    if m and not headline and not m.group(1).isupper() and not opens_with_a_participle(m.group(1), text):
        speaker = make_speaker(text, start, start + m.end(1), method, cue, confidence)
        # a title ("President Clinton") makes a single name a person as surely as repetition;
        # so does a speech verb whose subject it is ("Republicans … seized on it, arguing"),
        # when the verb follows the name (not an aside: "Aspen, Colo., the graduate …")
        # (a sentence adverb set off by commas may come between: "Marlow Freight, meanwhile, put out")
        # (and so may a participle's aside: "Town Democrats, hoping to force a vote, took the floor")
        verb_follows = (
            re.match(rf"(?:,[ \t]+(?:{SET_OFF_ADVERB}|[a-z]+ing\b[^,;:()“”\"]*),)?[ \t]+[a-z]", text[start + m.end(1) : limit]) is not None
        )
        vouched_kinds = (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION, SpeakerKind.GROUP)  # "Republicans … seized"
        if speaker and vouched and verb_follows and speaker.kind in vouched_kinds:
            return speaker
        # (and so does an age: "Leyla, 38, fled …", "Samir, a 61-year-old teacher, said …")
        aged = AGE_APPOSITION.match(text, start + m.end(1), limit) is not None
        single = m.group(1) if " " not in m.group(1) else ""
        description = described_as_a_person(text, start + m.end(1), limit) if single else ""
        if speaker and description and not speaker.role:
            speaker = replace(speaker, role=description)  # (what the appositive says the person is)
        if (
            speaker
            and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION)
            and (
                known_name(text, speaker.name)
                or speaker.role
                or aged
                or (verb_follows and speaker.name in load_lexicon().first_name_gender)
            )
        ):
            return speaker
        if description and not headline:
            # "Lusine, a nurse at the district hospital, said …", "Talin, his wife, met me":
            # someone the article calls by one name, with what they are set off after it
            return Speaker(single, single, start, start + m.end(1), SpeakerKind.NAMED, description, method, confidence, cue)
    relative = RELATIVE_THEN_NAME.match(text, start, limit)
    if relative and not headline and relative.group(1).lower() in wl.union("person_heads", "gender_words"):
        # "Her brother Oumar, who lives near the palace, said", "Her neighbour Tobar said"
        role = text[start : relative.start(2)].strip()
        return Speaker(
            relative.group(2), text[start : relative.end(2)], start, relative.end(2), SpeakerKind.NAMED, role, method, confidence, cue
        )
    called = DESCRIPTION_NAMED.match(text, start, limit)
    # (any noun before a full name: "A retired welder named Ruthanne Pickering stood")
    if called and (called.group(1).lower() in wl.union("person_heads", "anonymous_heads", "gender_words") or " " in called.group(2)):
        # "A Corliss Junction resident named Paulo Fenn watched …", "The man who shot it, a
        # resident named Paulo Fenn, watched …": the person the description names
        speaker = make_speaker(text, called.start(2), called.end(2), method, cue, confidence)
        if speaker and speaker.kind is SpeakerKind.NAMED:
            return speaker
    described = DESCRIPTION_THEN_NAME.match(text, start, limit)
    if described and set(text[described.end(1) : described.start(2)].lower().split()) & wl.PREPOSITIONS:
        described = None  # "The company's annual report, filed in November, warned": a time, not a name
    if described and _a_clause_before_its_object(described.group(1).split()):
        described = None  # "The president-elect thanked his wife, Loretta, and …": a verb and its object, no description
    described = described or NAME_GIVEN_AS.match(text, start, limit)
    if described:
        # "The defendant, Delia Marchetti, kept her eyes down": the name in apposition
        speaker = make_speaker(text, described.start(2), described.end(2), method, cue, confidence, described.group(1))
        if (
            speaker
            and speaker.kind is SpeakerKind.NAMED
            and head_noun(described.group(1).lower().split()) in load_lexicon().organization_heads
        ):
            speaker = replace(speaker, kind=SpeakerKind.ORGANIZATION)  # "Her management company, Lantern Hill Artists,": a body
        if speaker and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION):
            return speaker
    ranked = SURNAME_BY_RANK.match(text, start, limit)
    if ranked and re.match(r"[ \t]+[a-z]", text[ranked.end() : limit]):
        return make_speaker(text, start, ranked.end(), method, cue, confidence)  # "The elder Quarrie is …"
    np_end = _determiner_subject_end(text, start, limit)
    contact = re.search(r"[ \t](he|she|they|we|I)$", text[start:np_end]) if np_end else None
    if contact and np_end:
        # "…, a characterization he rejected, saying …": a relative clause with no "that";
        # its pronoun is the subject, not the phrase it modifies
        return make_speaker(text, start + contact.start(1), np_end, method, cue, confidence)
    if np_end:
        speaker = make_speaker(text, start, np_end, method, cue, confidence)
        # Without a speech verb to vouch for it, only a noun that names people or a body
        # can be a subject that speaks ("a senior aide", not "the headline of the piece").
        words = speaker.mention.lower().split() if speaker else []
        head = head_noun(words) if speaker else ""
        if head.isdigit() or head in wl.union("COUNT_WORDS", "NUMBER_WORDS"):
            head = words[-1]  # "Four in 10 voters see": a share's people, not its count
        if speaker and speaker.kind is not SpeakerKind.UNKNOWN and (vouched or a_head_for_someone(head)):
            return speaker
    bare = _bare_plural_for_people(rules_dir_key()).match(text, start, limit)
    if bare:
        # "After the vote, council members are still waiting": a plural noun for people with
        # no determiner, perhaps after one modifier, right before its verb
        return make_speaker(text, start, bare.end(1), method, cue, confidence)
    if vouched:
        # "Ryan’s campaign shrugged off …, telling reporters": a name's campaign, office or aide
        m = _owned_subject(rules_dir_key()).match(text, start, limit)
        # (not a time word before the verb: "Amundsen's office later released")
        owned_end = m.end() if m else start
        while m and text[start:owned_end].split()[-1] in wl.BETWEEN_SUBJECT_AND_CUE and len(text[start:owned_end].split()) > 2:
            owned_end = start + text[start:owned_end].rstrip().rfind(" ")
        speaker = make_speaker(text, start, owned_end, method, cue, confidence) if m else None
        if speaker and speaker.kind is not SpeakerKind.UNKNOWN:
            return speaker
    return None


@functools.cache
def _owned_subject(rules_key: str) -> re.Pattern:
    """A name's campaign, office or aide before its verb ("Ryan’s campaign shrugged off",
    "Voss’s comments came as"): a word of two letters is no verb ("as")."""
    return re.compile(
        rf"{_CAP}(?:[ \t]+{_CAP})*(?:’s|'s)(?:[ \t]+[a-z][\w\-]*){{1,3}}?(?=[ \t]+(?:has|have|had|is|was|were|are|came(?![ \t]+(?:via|through|from)\b)|comes|[a-z]+ed|[a-z]{{2,}}s)\b)"
    )


def _capitalised_description_end(text: str, start: int, limit: int) -> int | None:
    """End of a subject like "Nuclear arms experts", "FBI officials", "Veteran campaign staffers" or "Senior
    White House officials": capitalised words that are not a person's name, then one to
    three lower-case words of which the last is a noun for people and is followed by the verb."""
    # (the capitals may be a name used as a modifier: "Senior Harbor Board officials")
    # (or an acronym: "FBI officials were")
    m = re.match(
        r"([A-Z][a-z][\w\-]*|[A-Z]{2,5})(?:[ \t]+[A-Z][\w\-]*){0,3}((?:[ \t]+[a-z][\w\-]*){1,3})(?=[ \t]+[a-z])", text[start:limit]
    )
    lex = load_lexicon()
    if m is None or m.group(1) in lex.first_name_gender or m.group(1).lower() in wl.union("determiners", "OPENERS"):
        return None  # ("The host, Ada Lind, was": a determiner's phrase is read elsewhere)
    words = list(re.finditer(r"[a-z][\w\-]*", m.group(2)))
    heads = wl.union("anonymous_heads", "group_heads", "person_heads")
    # (a head in the plural too: "Harbor commissioners")
    last = next((k for k in range(len(words) - 1, -1, -1) if words[k].group() in heads or words[k].group()[:-1] in heads - {""}), None)
    if last is None:
        return None
    inner = [w.group() for w in words[:last]]
    verbs = wl.union("cues", "AUXILIARIES")
    if any(
        w in wl.PREPOSITIONS - {"of"} or w in verbs or w.endswith("ed") or (w in lex.determiners and inner[i - 1 : i] != ["of"])
        for i, w in enumerate(inner)
    ):
        # "Halvorsen leads among voters", "Smith thanked supporters": a subject, its verb and
        # its object ("Most of the voters" is one phrase)
        return None
    return start + m.start(2) + words[last].end()


def _determiner_subject_end(text: str, start: int, limit: int) -> int | None:
    """End of a subject noun phrase opened by a determiner at START ("The retired
    neurosurgeon has …", "several environmental groups granted …", "an angry army of HP
    workers and retirees had …"): the first word that certainly starts a predicate (an
    auxiliary, a past tense) ends it; failing that, the first word ending in -s, which may
    be a verb or a plural noun."""
    # (a number with thousands separators is one word: "A poll of 2,400 voters found")
    words = list(re.finditer(r"(?:[A-Z]\.){2,}|\d{1,3}(?:,\d{3})+|[\w’'\-]+|[^\w\s]", text[start:limit]))
    if len(words) > 1 and words[0].group().lower() in wl.STANDALONE_DETERMINERS and words[1].group() in wl.PREDICATE_STARTS:
        return start + words[0].end()  # "Another was less kind:", "One was blunt:": the determiner stands for a person
    if not words or words[0].group().lower() not in wl.PHRASE_OPENERS:
        return None
    weak = None
    for i in range(1, min(len(words) - 1, 12)):  # (up to 12 words: "A 2022 review by the state’s Division of Occupational Safety found")
        nxt = words[i + 1].group()
        if not re.fullmatch(r"(?:[A-Z]\.){2,}|\d{1,3}(?:,\d{3})+|[\w’'\-]+", words[i].group()):
            break
        if nxt == "," and weak is None:
            return start + words[i].end()  # "The Clinton campaign, in a Q&A on …, worded": an aside follows
        if text[start + words[i].end() : start + words[i + 1].start()] not in (" ", "\t"):
            break  # punctuation or a line break ends the phrase
        if nxt in wl.PREDICATE_STARTS or re.fullmatch(r"[a-z]+ed", nxt) or is_adverb(nxt):
            # ("Her campaign quickly sent": the adverb goes with the verb; "The campaign on
            # Friday released": so does a time)
            end = start + words[i].end()
            when = time_before_a_verb().search(text, start, end)
            return when.start() if when and when.start() > start else end
        if weak is None and re.fullmatch(r"[a-z]+s", nxt) and not nxt.endswith("ss"):
            # (a plural noun for people is the head, not a verb: "Some council officials think")
            people = nxt in wl.union("anonymous_heads", "group_heads") and i + 2 < len(words) and words[i + 2].group().islower()
            weak = start + (words[i + 1].end() if people else words[i].end())
        capitals_around = words[i].group()[:1].isupper() and i + 2 < len(words) and words[i + 2].group()[:1].isupper()
        if nxt in ("and", "&") and capitals_around:
            continue  # "The United Metalworkers and Fabricators union released": one body's name
        if nxt == "and" and i + 2 < len(words) and words[i + 2].group().lower() in wl.PHRASE_OPENERS and weak is None:
            continue  # "The Courier and the Harlow Gazette filed": two subjects joined
        if nxt == "to" and words[i].group().lower() == "close":
            continue  # "Another person close to the negotiations was blunter:": an unnamed source's phrase
        if nxt.lower() in wl.NP_LEFT_STOPS - wl.AGENT_PREPOSITION:
            break
    return weak


# a place and the state or country after it, both set off by commas ("in Dover, Delaware,")
TOWN_AND_STATE = re.compile(r"[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,2},[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?,")


# a plural noun and a participle after it that runs, unbroken, to the verb (group 1 the noun,
# group 2 the participle): "members at three plants heading into the vote "; not a preposition in -ing
PEOPLE_THEN_A_PARTICIPLE = re.compile(
    r"\b([a-z]+s)[ \t]+(?!(?:including|during|regarding|concerning|following|according|excluding|considering|pending|being)\b)"
    r"([a-z]{2,}ing)\b[^,;:“”\"()]*$"
)
# a capitalised word or two and the comma after them, where a state may follow its town ("Del., ")
STATE_SET_OFF = re.compile(r"([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?),")


# a name and an appositive that commas set off after it ("Dashiell Brannock, the shipping tycoon,")
APPOSITIVE_AFTER_A_NAME = r"(?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w’'\-]*,[ \t]+(?:the|a|an)[ \t][^,;:“”\"]{1,80},"


# a time between a relative pronoun and its verb ("last week", "a week ago", "on Friday")
TIME_AFTER_A_RELATIVE = (
    r"(?:(?:just|only|recently|(?:(?:earlier|later|late|early)[ \t]+)?(?:last|this)[ \t]+[a-z]+"
    r"|(?:an?|one|two|three|four|five|six|several|a[ \t]+few|\d+)[ \t]+[a-z]+[ \t]+ago|on[ \t]+[A-Z][a-z]+day)[ \t]+)*"
)


# a relative clause that runs, unbroken, to a preposition before the gerund ("…, who last week
# stunned the mayor by ")
RELATIVE_CLAUSE_TO_THE_GERUND = re.compile(
    rf",[ \t]+(who)[ \t]+{TIME_AFTER_A_RELATIVE}[a-z]+\b[^,;:.!?“”\"()]*[ \t]+(?:by|for|after|in|while|when)[ \t]+$"
)


def subordinate_subject(text: str, start: int, limit: int, with_as: bool = False) -> Speaker | None:
    """The subject of the subordinate or relative clause the quote stands in ("because
    they wanted to show that “…”", "Trump, who has postured himself as the “…”"): it is
    closer to the words than the sentence's main subject. WITH_AS, a clause that ", as"
    opens counts too (only for two verbs that share its subject: measured, "as" in general
    lowered PolNeAR check by one quote)."""
    segment = text[start:limit]
    opener = re.compile(
        r"(?:^|[\s,—–(])(while|because|if|when|whenever|after|before|since|although|though|until|unless|whereas|who|which)\s+"
    )
    openers = list(opener.finditer(segment))
    if with_as:  # ("…, as the leader refused …": "as" opens a clause only after a comma)
        openers = sorted([*openers, *re.finditer(r",\s+(as)\s+", segment)], key=lambda m: m.start(1))
    for m in reversed(openers):
        at = start + m.end()
        fronted = segment[: m.start()].strip(" \t\"“”'") in ("", "And", "But", "So", "Yet")
        # (a town and its state keep their commas inside the clause: "after a woman in Dover,
        # Delaware, told him")
        clause = TOWN_AND_STATE.sub("Town", text[at:limit])
        clause = re.sub(rf"^{APPOSITIVE_AFTER_A_NAME}", "Name", clause)  # (and a name keeps its appositive)
        if "," in clause.rstrip(" ,:") or fronted:
            continue  # the clause closed before the quote, or it opens the sentence ("After X did Y, Z said")
        if m.group(1) in ("who", "which"):
            # the relative pronoun is the clause's subject when a verb follows it
            # (past a time: "who last week stunned her by announcing", "who a week ago said")
            if re.match(
                rf"{TIME_AFTER_A_RELATIVE}(?:has|have|had|is|was|are|were|will|would|also|then|later|[a-z]+(?:ed|s))\b", text[at:limit]
            ):
                return make_speaker(text, start + m.start(1), start + m.end(1), "clause_subject", "", 0.5)
            continue
        speaker = _subject_at(text, at, limit, "", "clause_subject", 0.5)
        if speaker is not None:
            return speaker
    return None
