"""Organisations and documents as speakers: which body "the company" or "the department" stands
for, and who issued the statement, letter or report that a quote is credited to."""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace

from quoteaudit.extract import wordlists as wl
from quoteaudit.extract.mentions import (
    POSSESSIVE_TAIL,
    a_state_or_country,
    classify,
    first_name_gender,
    head_noun,
    is_title_case_line,
    known_name,
    names_a_body,
)
from quoteaudit.extract.people import in_a_quote, name_in_text, on_a_title_case_line
from quoteaudit.extract.view import ArticleView
from quoteaudit.extract.wordlists import load_lexicon
from quoteaudit.models import Speaker, SpeakerKind
from quoteaudit.rules import abbreviations, rules_dir_key


def kind_spoken_of(mention: str) -> str:
    """The kind in "the company", "the ministry" (a company or public body spoken of by its
    kind, lists in rules/lexicon/attribution.yml), or in "the institute's report", which speaks
    for it; else ""."""
    # (its kind may follow a word or two that say what it does: "the tech giant", "the social
    # media company")
    generic = re.fullmatch(r"[Tt]he (?:[a-z\-]+[ \t]+){0,2}?([a-z]+)(?:(?:’s|')s?[ \t]+(?:[a-z0-9\-]+[ \t]+){0,2}([a-z\-]+))?", mention)
    if generic and generic.group(2) and generic.group(2) not in wl.union("ISSUER_DOCUMENTS", "ISSUED_DOCUMENTS"):
        return ""  # ("the institute's report" speaks for the institute; "the company's chief" does not)
    kind = generic.group(1) if generic else ""
    modified = generic is not None and len(mention[: generic.start(1)].split()) > 1
    if modified and kind not in wl.MODIFIED_COMPANY_KINDS:
        return ""  # ("the real estate developer" is a person; "the state news agency" no ministry)
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


def issuer_of_a_document(text: str, s: Speaker) -> tuple[SpeakerKind, str] | None:
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
                # (but "with" opens an absolute phrase whose participle is the name's: "with Bill
                # Kestrel writing a letter")
                absolute = word_before[:1] == ["with"] and (m.groupdict().get("verb") or "").endswith("ing")
                if word_before and word_before[0].lower() in wl.PREPOSITIONS - {"by", "from"} and not people_of and not absolute:
                    continue  # "…, who proposed the plan in April, said in a statement": a preposition's object issues nothing
                if re.match(r",[ \t]+[a-z]+ing\b", text[m.end("issuer") : m.start("doc")]):
                    continue  # "… drills near Corvo Shoals, saying in a statement": the clause's subject issued it, not the object
                if m.groupdict().get("outlet") and not names_a_body(m.group("issuer"), load_lexicon()):
                    continue  # "a statement in Spanish", "a ruling in Cook County": no outlet ran it
                if RECIPIENT_BEFORE.search(text, m.end("doc"), m.start("issuer")):
                    continue  # "In a letter to her brother, Samuel, dated 1979, she wrote": the one it was sent to
                issuer = m.group("issuer")
                if re.match(r"[ \t]+family\b", text[m.end("issuer") : m.end("issuer") + 8]):
                    issuer += " family"  # "a statement from the Tallis family": the family, not one Tallis
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
    if not issuer or issuer.split()[-1].lower() in wl.WEEKDAYS or issuer.split()[0].lower() in wl.MONTHS:
        return None  # ("a June 2012 email": a month is no issuer)
    kind, name = classify(issuer)
    if kind in (SpeakerKind.ANONYMOUS, SpeakerKind.GROUP) and re.match(r"[A-Z][^’']*(?:’s|'s)[ \t]+[a-z]", issuer):
        return SpeakerKind.ORGANIZATION, issuer  # "the House Oversight Committee’s majority staff": the body's own people
    return (kind, name) if kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION) else None


def _same_document(earlier: str, noun: str) -> bool:
    """Whether an earlier document noun may be the one a mention names again: the same noun,
    or two names for one piece of research ("a randomized trial published by …" is "the
    study"; research_documents in the lexicon)."""
    earlier, noun = earlier.lower().rstrip("s"), noun.rstrip("s")
    research = wl.RESEARCH_DOCUMENTS
    return earlier == noun or (earlier in research and noun in research)


def issuer_in_role(s: Speaker) -> str:
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
    # (a union local's number ends its name: "Amalgamated Transit Workers Local 319")
    name = (
        r"(?P<issuer>[A-Z][\w’'&.\-]*(?:[ \t]+(?:(?:of|for|on|and|&)[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'&.\-]*)*(?:[ \t]+(?<=Local[ \t])\d+)?)"
    )
    lower = r"(?:[a-z0-9][\w’'\-]*[ \t]+){0,3}"
    authoring = "|".join(sorted(wl.AUTHORING_PARTICIPLES))
    bodies = "|".join(sorted(wl.PUBLIC_BODY_KINDS, key=len, reverse=True))
    time_units = "|".join(sorted(wl.TIME_UNITS))  # ("released last week by")
    people = "|".join(sorted(wl.union("person_heads", "anonymous_heads"), key=len, reverse=True))
    # (a lower-case word of a role: no preposition, relative pronoun or verb in -ed)
    role_words = r"(?!(?:with|of|in|on|at|to|for|from|by|which|who|that|and)\b)[a-z][\w’'\-]*(?<!ed)"
    return _IssuerPatterns(
        # ("the memo from Quarry Hill Research": the mention may name its issuer itself)
        # ("a transcript circulated by the state party", "a recording later published by …")
        mention=re.compile(
            rf"(?:[Tt]he|[Aa]n?)[ \t]+(?:[\w\-]+[ \t]+){{0,5}}?({doc})(?:[ \t]+(?:(?:later|{authoring})[ \t]+){{0,2}}(?:to[ \t]+(?:[a-z][\w\-]*[ \t]+){{1,3}}?|to[ \t]+[A-Z][\w’'\-]*[ \t]+)?(?:from|by|of|in|on)[ \t]+.+)?"
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
                # (a role may be set off before the name: "signed by the firm's chief operating
                # officer, Grant Holm,")
                # (only nouns in the role, and the name right after its comma)
                rf"(?:by|from)[ \t]+(?:the[ \t]+)?(?:(?:{role_words}[ \t]+){{1,4}}?{role_words},[ \t]+|{lower}){name}"
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
                # (an aside may be set off by dashes, and the verb be a participle: "with Bill Kestrel
                # — still a voice in the party — writing a letter to Steele")
                rf"{name}(?:,[^,;.]{{1,80}},|,|[ \t]+[—–][^—–\n]{{1,80}}[—–])?[ \t]+(?P<verb>issued|released|put[ \t]+out|posted|sent|published|deleted|shared|signed|circulated|passed|adopted|approved|filed|wrote|writing|drafted|unveiled)[ \t]+"
                # (one it went to may come first: "the Federal Election Commission sent the campaign a letter")
                # (or two: "sent committee leaders a letter")
                rf"(?:(?:the[ \t]+)?[\w.’'\-]+[ \t]+){{0,2}}?(?:a|an|its|his|her|their)[ \t]+{lower}(?P<doc>{doc})\b"
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
            # or letters with no article, perhaps dated: "In separate letters sent on Oct. 19, 2011,
            # Assistant Attorney General Ada Lind told"
            re.compile(
                rf"\bIn[ \t]+(?!the\b){lower}(?P<doc>{doc})s\b[^,;:“”\"\n]{{0,60}}(?:,[ \t]+\d{{4}})?,[ \t]+"
                rf"(?:(?:the|a|an|its|his|her|their)[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,4}}?[a-z][\w\-]*,[ \t]+)?(?:the[ \t]+)?{name}"
            ),
            # ("Pollster Dan Fairley dismissed the numbers in a memo to reporters", "Mayor Tom
            # Riordan, who proposed the plan, said in a statement")
            # (the word after the name is its verb, not a preposition: in "… endorsed Mr. Holloway
            # on Friday in a statement" the object issued nothing)
            re.compile(
                # (nor a noun for a person, "Department spokeswoman Yvette Carrow said in an email" is
                # Carrow's, unless a possessive owns it: "the Department's inspector general said in a report")
                rf"{name}(?:,[^,;.]{{1,80}},|,)?[ \t]+(?!(?:on|in|at|for|of|with|to|from|by|after|before|during|since)\b)(?:(?<=[’']s[ \t])|(?!(?:{people})\b))[a-z]+[ \t]+"
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


# a verb and the subject's own "its" right after a subject: "… cut its forecast", "… raised its prices"
ITS_AFTER_THE_VERB = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]+[ \t]+its[ \t]")


def _a_company_role(role: str) -> bool:
    """Whether an appositive says its name is a company's ("the hard-cider maker that started in
    a garage", "a regional airline"): its noun, before any clause or phrase, is one of the
    lexicon's company_role_heads."""
    words = re.split(r"\s+(?:that|which|who|based|in|of|from|with|for)\b", role.lower(), maxsplit=1)[0].split()
    return bool(words) and words[-1].strip(",") in wl.COMPANY_ROLE_HEADS


def company_meant(
    view: ArticleView,
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
            and (not subject.role or _a_company_role(subject.role))
            and len(subject.name.split()) >= 2
            # (a first name opens a person's name, unless the verb's object is the subject's
            # own "its": "Halvard Confections cut its forecast")
            and (not first_name_gender(subject.name.split()[0], load_lexicon()) or ITS_AFTER_THE_VERB.match(view.text, subject.mention_end))
        ):
            # "Meridian Skyways canceled 2,300 flights. … the airline said": two capitalised
            # words that open with no first name and carry no title are a company's name
            subject = replace(subject, kind=SpeakerKind.ORGANIZATION)
        if subject is not None and subject.kind is SpeakerKind.NAMED and " " not in subject.name:
            # "Solvane called the report false. The company said …": a single name that opens a
            # body's name the article gives ("Solvane Pay") is that body
            body_named = next((b for _, b in bodies_named if b.split()[0] == subject.name), "") or body_with_which(view, subject)
            # (or a single name that is no one's first name or surname: "Gulfmark did not send anyone.
            # … the company said", after "a pipefitter at Gulfmark")
            no_persons = not body_named and not any_body and _nobodys_name(view, subject.name)
            body_named = body_named or (subject.name if no_persons else "")
            subject = replace(subject, kind=SpeakerKind.ORGANIZATION, name=body_named) if body_named else subject
        if any_body and subject is not None and subject.kind is SpeakerKind.ORGANIZATION and (kind := kind_spoken_of(subject.mention)):
            # "The department posted a photo. “…,” the post said": the department is the body
            # that "the department" stands for
            meant = company_meant(view, subject.mention_start, None, kind if kind in wl.PUBLIC_BODY_KINDS else "")
            subject = replace(subject, name=meant) if meant else subject
        elif any_body and through_documents and subject is not None and _a_document(subject):
            # "The filing listed assets of $1.9 billion. It said …": the document's issuer, as
            # the document's own words or the sentences before it name it (once: no chains)
            issuer = issuer_of_a_document(view.text, subject)
            meant = (
                issuer[1]
                if issuer
                else company_meant(view, subject.mention_start, last_company, any_body=True, sentences=2, through_documents=False)
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


def _nobodys_name(view: ArticleView, word: str) -> bool:
    """Whether a single capitalised word is no part of any person's name in the article, no
    known first name and no place, and the article uses it as a name: a body's name then, when
    "the company" picks it up."""
    return (
        not first_name_gender(word, load_lexicon())
        and not any(word in name.split() for name in view.full_names)
        and known_name(view.text, word)  # (used more than once, and never in lower case: not "Fire")
        and not a_state_or_country(word)  # (nor a place: "Pennsylvania")
        and re.search(rf"\b{re.escape(word)}[ \t]+[A-Z]", view.text) is None  # (nor a title's word: "Fire Chief Ana Ruiz")
    )


# a definite or indefinite document mention (group 1 the document noun): "The statement", "the
# written statement", "An institute report"
DOCUMENT_NOUN = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts)[ \t]+(?:[a-z\-]+[ \t]+){0,2}([a-z]+)")


def body_named_last(view: ArticleView, pos: int) -> str:
    """The body "the group" or "the organization" at POS stands for: the last one named in
    the three paragraphs before it ("Ada Tennant, who leads Open Door Street Ministry, said
    … the group wrote"), passing over the council, department or court the story is about
    (government is no "group", nor is a newspaper); "" when none is."""
    start = pos
    for _ in range(3):  # (back to the start of the paragraph two before this one)
        start = max(0, view.text.rfind("\n", 0, start))
        while start > 0 and view.text[start - 1] == "\n":
            start -= 1  # (over the blank line between paragraphs)
    # (nor a newspaper: "a Ridgefield Courier reporter" names no group)
    government = wl.GOVERNMENT_BODY_WORDS | set(wl.BODY_KIND_NAMES.get("newspaper", ()))
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


def body_kind_before_a_document(mention: str) -> str:
    """The kind of body named as a document's modifier ("An institute report", "a union
    survey", "the ministry statement"), or ""."""
    m = re.fullmatch(
        r"(?:[Tt]he|[Aa]n?)[ \t]+([a-z]+)[ \t]+([a-z]+)(?:[ \t]+(?:published|released|issued|dated|from|of|in|on)\b.*)?", mention
    )
    if m is None or m.group(2) not in wl.union("ISSUER_DOCUMENTS", "ISSUED_DOCUMENTS"):
        return ""
    return m.group(1) if m.group(1) in wl.union("COMPANY_KINDS", "PUBLIC_BODY_KINDS") else ""


def body_by_its_tail(view: ArticleView, s: Speaker) -> str:
    """The body a lower-case description stands for when an earlier
    name ends in those words ("the sheriff’s office" -> Ochoa County Sheriff’s Office, "the
    weather service" -> National Weather Service): the last such name before it, outside
    quotes; else ""."""
    # (or of one word: "the caucus" -> the House Democratic Caucus)
    described = re.fullmatch(r"[Tt]he[ \t]+([A-Za-z][\w\-]*(?:(?:’s|'s)?[ \t]+[a-z][\w\-]*)*)", s.mention)
    if described is None or described.group(1).split()[-1] not in load_lexicon().organization_heads:
        return ""
    words = re.split(r"[ \t]+", described.group(1))
    # (a capitalised modifier is a word of the name, not all of it: "the Democratic committee"
    # is the Democratic National Committee)
    modified = words[0][:1].isupper()
    gap = r"(?:[ \t]+[A-Z][\w’'\-.]*){0,3}[ \t]+" if modified else r"[ \t]+"
    tail = gap.join(re.escape(w[0].upper() + w[1:]).replace("’", "'").replace("'", "[’']") for w in words)
    found = ""
    for at, name in _names_ending_in(view.text, tail, modified):
        if at >= s.mention_start:
            break
        # (a headline capitalises every word: "Prather Super PAC Sought Campaign" names no body)
        one_word = len(words) == 1
        headline = (modified or one_word) and is_title_case_line(view.text[view.text.rfind("\n", 0, at) + 1 :].split("\n", 1)[0])
        # (a one-word description names only a body of two words or more, whole: "the museum" is
        # not "Harbourside Museum" of "Harbourside Museum of Modern Art" ("the hospital" of "…
        # Hospital Center" neither), nor "the analysis"
        # "Budget Analysis" of "Office of Budget Analysis", nor "the poll" "A Poll")
        part = one_word and (
            re.match(r"[ \t]+(?:(?:of|for|on|and|&)[ \t]+(?:the[ \t]+)?)?[A-Z]", view.text[at + len(name) : at + len(name) + 30])
            is not None
            or re.search(r"[A-Z][\w’'.\-]*[ \t]+(?:of|for|on|and|&)[ \t]+(?:the[ \t]+)?$", view.text[max(0, at - 30) : at]) is not None
            or len(re.sub(r"^[Tt]he[ \t]+", "", name).split()) < 2
            or name.split()[0] in ("A", "An")
        )
        if not in_a_quote(view.quoted, view.quote_starts, at) and not headline and not part:
            found = re.sub(r"^[Tt]he[ \t]+", "", name)
    return found


@functools.lru_cache(maxsize=64)
def _names_ending_in(text: str, tail: str, tail_may_open: bool = False) -> list[tuple[int, str]]:
    """(offset, name) of each run of capitalised words that ends in TAIL (and, when
    TAIL_MAY_OPEN, that may be TAIL alone), read once per article and tail, not once per
    description: a long text has hundreds. A run never crosses a line, so only the lines
    where TAIL occurs are read for it."""
    run = re.compile(rf"\b((?:[A-Z][\w’'\-.]*[ \t]+){'*' if tail_may_open else '+'}{tail})\b")
    found: list[tuple[int, str]] = []
    line_end = -1
    for occurrence in re.finditer(tail, text):
        if occurrence.start() < line_end:
            continue  # (its line was read)
        line_start = text.rfind("\n", 0, occurrence.start()) + 1
        line_end = text.find("\n", occurrence.end())
        line_end = len(text) if line_end < 0 else line_end
        found += [(m.start(), m.group(1)) for m in run.finditer(text, line_start, line_end)]
    return found


def body_it_opens(view: ArticleView, s: Speaker) -> str:
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


# a relative "which" after a name: "Strathmore, which makes axles, said …"
WHICH_AFTER = re.compile(r",[ \t]+which[ \t]+[a-z]")


def body_with_which(view: ArticleView, s: Speaker) -> str:
    """The body a name stands for when a relative "which" follows it ("Pellworth, which makes
    gearboxes, said"): people take "who", so the name is a company or institution, known by
    the longer name the narrative gives it elsewhere ("the Pellworth Gears plant") or by
    itself; "" when the name is a person's (a first name, a title, a surname the article
    gives someone) or the "which" is said of the words before it ("said Voss, which drew
    laughter")."""
    words = s.mention.split()
    # (the "which" clause may be read as the role already: "which makes gearboxes")
    if (
        s.kind is not SpeakerKind.NAMED
        or (s.role and not s.role.startswith("which "))
        or not words
        or not all(w[:1].isupper() for w in words)
    ):
        return ""
    lex = load_lexicon()
    if first_name_gender(words[0], lex) or words[-1] in view.by_word or s.mention in view.full_names:
        return ""
    if not WHICH_AFTER.match(view.text, s.mention_end):
        return ""
    before = re.search(r"([A-Za-z]+)[ \t,]*$", view.text[max(0, s.mention_start - 30) : s.mention_start])
    if before and before.group(1).lower() in lex.cues:
        return ""
    for m in re.finditer(rf"\b{re.escape(s.mention)}((?:[ \t]+[A-Z][\w&’'\-]*){{1,3}})", view.text):
        extra = m.group(1).split()
        if in_a_quote(view.quoted, view.quote_starts, m.start()) or any(w in lex.titles or POSSESSIVE_TAIL.search(w) for w in extra):
            continue
        return s.mention + " " + " ".join(extra)
    return s.mention


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


# a body's kind right before its name: "the environmental coalition ", "the advocacy group "
BODY_KIND_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}([a-z]+)[ \t]+$")
# a body described right after its name: "NetWatch Orient, a monitoring group based in …",
# "Stillwater Cider, the hard-cider maker"
BODY_DESCRIBED_AFTER = re.compile(r",[ \t]+(?:a|an|the)[ \t]+((?:[a-z][\w\-]*[ \t]+){0,3}[a-z][\w\-]*)(?![\w’'])")


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
    # (the with-"of" names are in text order and never overlap, so only the last one that starts
    # before a run ends can overlap it)
    with_of_starts = [o.start(1) for o in with_of]

    def inside_a_name_with_of(m: re.Match) -> bool:
        k = bisect_left(with_of_starts, m.end(1)) - 1
        return k >= 0 and m.start(1) < with_of[k].end(1)

    runs = [m for m in name_in_text().finditer(text) if not inside_a_name_with_of(m)]
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
        # (or described as one right after: "NetWatch Orient, a monitoring group based in …")
        described = BODY_DESCRIBED_AFTER.match(text, m.end(1), m.end(1) + 80)
        # (its head is the last word before a preposition or participle: "a shipping company in
        # …" is a body; "an executive at the company" is a person)
        head_words = (
            list(
                itertools.takewhile(
                    lambda w: w not in wl.PREPOSITIONS and w not in ("that", "which", "who") and not w.endswith("ed"),
                    described.group(1).split(),
                )
            )
            if described
            else []
        )
        # ("Stillwater Cider, the hard-cider maker that …": a company's role names one too)
        described = described if head_words and head_words[-1] in lex.organization_heads | wl.COMPANY_ROLE_HEADS else None
        # (or right before it: "the environmental coalition Clean Rivers Ireland")
        kind_before = BODY_KIND_BEFORE.search(text, max(0, m.start(1) - 50), m.start(1))
        kind_before = kind_before if kind_before and kind_before.group(1) in lex.organization_heads else None
        if (
            (names_a_body(name, lex) or led or described or kind_before)
            and not on_a_title_case_line(text, m.start(), headline_lines)
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


def body_of_national_document(text: str, s: Speaker) -> str:
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


# a body's own staff or officer after its name: "’s majority staff", "'s inspector general"
OWN_STAFF_AFTER = re.compile(
    r"[ \t]+((?:[a-z\-]+[ \t]+){0,2}?[a-z\-]+)(?=[,.;:]|[ \t]+(?:said|says|found|warned|urged|wrote|concluded|that|on|in|last|this)\b)"
)
# a surname's office or campaign: "Hale’s office", "Moss's campaign"
# (a phrase may follow the owned noun: "Aldermoor's filing with the Securities and Exchange Commission")
# a body's name in the possessive, then a document it issued ("The Office for Budget
# Responsibility's accompanying report"; group 1 the body)
BODY_DOCUMENT_OWNER = re.compile(
    r"(?:[Tt]he[ \t]+)?([A-Z][\w\-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w\-]*))+)(?:’s|'s)[ \t]+(?:[a-z\-]+[ \t]+){0,3}([a-z\-]+)"
)


def body_owning_a_document(mention: str) -> str:
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
