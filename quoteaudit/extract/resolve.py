"""In-article resolution: one name per person ("Mora" = "Frank Mora", "he" = the nearest
compatible person), "the official" to the source introduced before, and NER where the engine
has it."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace

from quoteaudit.extract import wordlists as wl
from quoteaudit.extract.cues import has_a_cue
from quoteaudit.extract.descriptions import (
    DESCRIPTION_BEFORE_A_NAME,
    NAME_SET_OFF,
    SUBJECTS_SPOUSE,
    described_person,
    described_subject_just_before,
    description_head,
    headline_subject,
    named_in_the_next_sentence,
    person_described,
    politician_in_view,
    race_epithet,
    ranked_family_member,
    relative_antecedent,
    spouse_named,
)
from quoteaudit.extract.documents import (
    DOCUMENT_NOUN,
    SURNAME_OWNER,
    body_by_its_tail,
    body_document,
    body_it_opens,
    body_kind_before_a_document,
    body_named_last,
    body_of_national_document,
    body_owning_a_document,
    body_with_which,
    company_meant,
    issued_document,
    issuer_in_role,
    issuer_of_a_document,
    kind_spoken_of,
    person_document,
)
from quoteaudit.extract.mentions import (
    AGED_HEAD,
    POSSESSIVE_TAIL,
    classify,
    first_name_gender,
    head_noun,
    is_title_case_line,
    make_speaker,
    names_a_body,
    opens_with_a_participle,
    word_uses,
)
from quoteaudit.extract.people import (
    NICKNAME_INSIDE_A_NAME,
    UPPER,
    a_person_word,
    acronyms_spelled_out,
    full_name,
    honorific_genders,
    in_a_quote,
    last_with_surname,
    name_in_text,
    nicknames,
    people_by_word,
    people_in,
    stated_gender,
)
from quoteaudit.extract.sentences import SentenceIndex
from quoteaudit.extract.subjects import NAME_GIVEN_AFTER, PLACED_PAIR, REACTION_OF, main_subject, named_pair, names_no_one
from quoteaudit.extract.view import ArticleView
from quoteaudit.extract.wordlists import load_lexicon
from quoteaudit.models import Annotation, Entity, Speaker, SpeakerKind

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


# a capitalised word with an age set off by commas after it: "Earl, 71,", "Priya, 24, a graduate student"
# (or "Samir, a 61-year-old retired teacher")
# a possessive name, a word for a relative, then the relative's name: "Rosen’s father, "
RELATIVE_OF_THE_SUBJECT = re.compile(r"\W*([A-Z][\w’'\-. ]*?)[’']s?[ \t]+[a-z\-]+,[ \t]*")


def _owner_of_a_medium(mention: str) -> tuple[SpeakerKind, str] | None:
    """Who owns the account, page or feed a mention names by its owner's possessive ("the
    Basalt County GOP's account" -> the Basalt County GOP), or None."""
    owned = MEDIUM_OWNED.fullmatch(mention)
    if owned is None or owned.group(2).lower() not in wl.MEDIUM_WORDS:
        return None
    kind, name = classify(owned.group(1))
    return (kind, name) if kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION) else None


# a capitalised owner's possessive, perhaps a modifier, and one noun ("the Harbor GOP's official account")
MEDIUM_OWNED = re.compile(r"(?:[Tt]he[ \t]+)?((?:[A-Z][\w.\-]*[ \t]+){0,4}[A-Z][\w.\-]*)(?:’s|'s)[ \t]+(?:[a-z\-]+[ \t]+)?([a-z]+)")


def resolve(text: str, speakers: list[Speaker | None], quoted: list[tuple[int, int]], sentences: SentenceIndex) -> list[Speaker | None]:
    """One name per person: surnames to the full name introduced first (or the one whose
    title matches the mention), pronouns to the nearest preceding named speaker of
    compatible gender, "the official"/"the same source" to the last anonymous speaker."""
    people = people_in(text, quoted)
    by_word = people_by_word(people, text)
    role_of = {n: r for n, _, r in people if r}
    quote_starts = [a for a, _ in quoted]  # sorted: quotes come in text order
    full_names = {n for n, _, _ in people}
    lex = load_lexicon()
    # what the article's own words say of each person's gender, before any pronoun does
    # ("Mr. Prather" anywhere tells Wendell Prather's, before a first name's census guess)
    gender_of: dict[str, str] = honorific_genders(text, by_word)
    gender_of.update({n: g for n, _, r in people if n not in gender_of and (g := stated_gender(n, r))})
    # (the view reads a nickname between the parts of a name as blanks, as people_in does:
    # "Clement “Clem” Yarbrough, who …, comes in" is a sentence about Clement Yarbrough)
    view_text = NICKNAME_INSIDE_A_NAME.sub(lambda n: " " * len(n.group()), text)
    view = ArticleView(view_text, by_word, gender_of, quoted, sentences, quote_starts, full_names, people)
    out: list[Speaker | None] = []
    last_named: list[tuple[int, Speaker]] = []
    pronoun_chain: list[tuple[int, str]] = []  # (position, person) of each "he"/"she" resolved so far
    resolved_he_she: list[tuple[int, Speaker]] = []  # each "he"/"she" speaker given a name so far
    quoted_by_word: dict[str, list[tuple[str, int, str]]] | None = None  # names inside quotes too, read when needed
    quoted_words = ""  # the quotes' words, joined once when first needed
    last_anonymous: Speaker | None = None
    unnamed_sources: list[Speaker] = []
    last_company: tuple[int, str] | None = None
    issuer_of_document: dict[str, str] = {}  # document noun ("statement") -> who issued the last one resolved
    acronyms = acronyms_spelled_out(text)
    goes_by = nicknames(text)
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
        fuller = full_name(s, quoted_by_word, gender_of)
        # (a first name the lists know opens it: "Call Dina" in a text message is no name)
        real = " " in fuller and fuller.split()[-1] == s.name and first_name_gender(fuller.split()[0], lex)
        return replace(s, name=fuller) if real else s

    headline = text[: max(0, text.find("\n"))]

    def named_in_the_headline(s: Speaker) -> Speaker:
        """ "MR. OKONKWO: …" under the headline "Press Briefing by Press Secretary Babajide
        Okonkwo", where the narrative never gives the full name: the headline's first name
        and that surname (a headline's capitals name no one on their own, so the word before
        the surname counts only as a first name the lists know or after a title)."""
        if " " in s.name or s.name in full_names or not s.name[:1].isupper() or not headline:
            return s
        named = re.search(rf"(?:([\w.]+)[ \t]+)?\b([A-Z][a-z][\w’'\-]*)[ \t]+{re.escape(s.name)}\b", headline)
        # (a first name the lists know, or any after a title: "Press Secretary Babajide Okonkwo")
        given = named is not None and (first_name_gender(named.group(2), lex) or (named.group(1) or "") in lex.titles)
        return replace(s, name=f"{named.group(2)} {s.name}") if named and given else s

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
        if s.method.startswith("transcript_turn") and s.mention in ("A", "A."):
            # an interview's "A:" turn is the interviewee's answer
            interviewee = _interviewee(view)
            s = replace(s, kind=SpeakerKind.NAMED, name=interviewee) if interviewee else s
        elif s.method.startswith("transcript_turn") and s.mention.startswith("THE "):
            # a hearing's "THE COURT:" is the judge the article names, "THE DEFENDANT:" the defendant
            role = "judge" if s.mention == "THE COURT" else s.mention.split()[-1].lower()
            described = described_person(view, replace(s, mention=f"the {role}", mention_start=len(text)), people)
            s = replace(s, kind=SpeakerKind.NAMED, name=described) if described else s
        if s.name.startswith("@") and (owner := _account_owner(s.name, people)):
            s = replace(s, name=owner)  # "— @WadeCastellan": the account of Wade Castellan
        spelled_out = acronyms.get(re.sub(r"^[Tt]he\s+", "", s.name)) if acronyms else None
        if spelled_out and s.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION):
            # "the IEBC said", after "the Independent Electoral and Boundaries Commission (IEBC)"
            s = replace(s, kind=SpeakerKind.ORGANIZATION, name=spelled_out)
        if s.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION) and (opened := body_it_opens(view, s) or body_with_which(view, s)):
            # "Greystone Harbor said", after "Greystone Harbor Partners": the body's name cut
            # short; "Pellworth, which makes gearboxes, said": no person
            s = replace(s, kind=SpeakerKind.ORGANIZATION, name=opened)
        # unnamed people who reported just before: what "the executive" or "the diplomat" may be
        reporters = _unnamed_reporters_before(view, s.mention_start) if s.kind is SpeakerKind.ANONYMOUS else []
        if s.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION) and (body := body_of_national_document(text, s)):
            # "The Dravenian Ministry of Foreign Affairs answered. “…,” the Dravenian statement
            # said": the body named before with that word opening its name issued it
            s = replace(s, kind=SpeakerKind.ORGANIZATION, name=body, role=s.role or s.mention)
        elif s.kind is SpeakerKind.NAMED:
            ranked = ranked_family_member(text, s, by_word)
            s = (
                replace(s, name=ranked)
                if ranked
                else headline_subject(text, s, by_word) or replace(s, name=full_name(s, by_word, gender_of, text))
            )
            s = named_in_the_headline(named_in_a_quote(s))
            if (nicknamed := goes_by.get(s.name) or goes_by.get(s.mention)) is not None:
                s = replace(s, name=nicknamed)  # "Bolacha said", after "Bolacha, whose real name, Renan Pacheco, …"
            if not s.role:
                s = replace(s, role=role_of.get(s.name, ""))
            # "said Mr. Pell": a speaker's own honorific tells a gender a one-word name cannot
            if gender := stated_gender(s.name, f"{s.role} {s.mention}"):
                gender_of.setdefault(s.name, gender)
            last_named.append((s.mention_start, s))
        elif s.kind is SpeakerKind.PRONOUN and lex.pronoun_gender.get(s.mention.lower()) == "relative":
            antecedent = relative_antecedent(text, s.mention_start)
            if antecedent is not None and antecedent.kind is not SpeakerKind.NAMED:
                antecedent = person_described(text, antecedent, by_word) or antecedent
            if antecedent is not None:
                name = full_name(antecedent, by_word) if antecedent.kind is SpeakerKind.NAMED else antecedent.name
                s = replace(s, name=name, role=s.role or antecedent.role)
        elif s.kind is SpeakerKind.PRONOUN and s.mention.lower() == "it":
            # "The Debate Commission, which runs the events, “…,” it said": a body named as the
            # subject of this sentence or the one before; never a person
            if writer := _writer_just_before(view, s):
                s = replace(s, kind=SpeakerKind.NAMED, name=writer)  # "Ada Roy wrote a letter. It reads:"
            elif body := _body_of_the_clause_before(view, s):
                s = replace(s, name=body)  # "when an outlet, Harbor Monthly magazine, profiled him, it said"
            elif body := company_meant(view, s.mention_start, last_company, any_body=True, sentences=2):
                s = replace(s, name=body)
            elif issuer := _issuer_just_before(view, s):
                s = replace(s, name=issuer)  # "Local 614 issued a statement. It called the offer “…”"
            elif body := _body_subject_just_before(view, s):
                s = replace(s, name=body)  # "the state news agency KorInform had an account out. It described …"
        elif s.kind is SpeakerKind.PRONOUN:
            gender = lex.pronoun_gender.get(s.mention.lower(), "")
            # (the one asked is not the one who answers, nor is the subject a parenthetical "she
            # said" interrupts the one who says it)
            replying = s.cue.lower() in wl.REPLY_CUES
            asker = _asker(text, quoted, out, i, replying) or _interrupted_subject(view, s)
            if not asker and replying:
                asker = _unnamed_prompter(view, quoted[i][0])  # "A reporter pointed out …. “…,” she answered"
            candidate = _antecedent(view, s.mention_start, gender, last_named, asker)
            if candidate and not asker and addresses(text[quoted[i][0] : quoted[i][1]], candidate):
                # "“Tara, you said the same thing,” she said": whom the quote calls by name is
                # the one spoken to, as an asker is
                candidate = _antecedent(view, s.mention_start, gender, last_named, candidate)
            if gender != "first":  # (the writer's "I" is nobody named after it either)
                candidate = (
                    candidate
                    or _chained(pronoun_chain, s.mention_start, gender, gender_of)
                    or _named_soon_after(text, s.mention_end, gender)
                    or _subject_after_its_participle(view, s, gender)
                    or _named_earlier_in_the_headline(view, s, gender)
                )
            candidate = goes_by.get(candidate, candidate)  # (a nickname the article explains is that person)
            if candidate:
                # (a resolution does not fix the person's gender: one wrong "he" would then
                # send every later "she" past them)
                s = named_in_a_quote(replace(s, name=candidate))
                if gender in ("male", "female"):
                    pronoun_chain.append((s.mention_start, candidate))
        elif (
            s.kind is SpeakerKind.ANONYMOUS
            and (described := described_person(view, s, people, named_next=True))
            # (a name the mention's own aside gives needs no check: "said the woman, who gave
            # her name only as Marisol")
            and (NAME_GIVEN_AFTER.match(text, s.mention_end) is not None or not _unnamed_source_nearer(s, described, people, reporters))
        ):
            # "the senator said", after "Sen. Patricia Okonjo …": the person introduced so
            if _a_title_in_view(text, s):
                # (of two senators in view, the subject of the sentence before: "Senator Paulette
                # Grennan sat behind Senator Desmond Okafor. … the Minnesota senator leaned forward";
                # and so of two justices or two judges)
                described = politician_in_view(view, s, any_role=True) or described
            s = replace(s, kind=SpeakerKind.NAMED, name=described, role=s.role or s.mention)
            last_named.append((s.mention_start, s))
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and (owner := body_owning_a_document(s.mention)):
            # "The Office for Budget Responsibility's accompanying report": the body that owns it
            s = replace(s, kind=SpeakerKind.ORGANIZATION, name=owner, role=s.role or s.mention)
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and (kind_of_body := body_kind_before_a_document(s.mention)):
            # "An institute report found …": the institute the article named last
            if body := company_meant(view, s.mention_start, last_company, kind_of_body if kind_of_body in wl.PUBLIC_BODY_KINDS else ""):
                s = replace(s, kind=SpeakerKind.ORGANIZATION, name=body, role=s.role or s.mention)
        elif s.kind is SpeakerKind.ANONYMOUS and (account_owner := _owner_of_a_medium(s.mention)):
            # "the Basalt County GOP's account replied": the owner of the account
            s = replace(s, kind=account_owner[0], name=account_owner[1], role=s.role or s.mention)
        elif s.kind is SpeakerKind.ORGANIZATION and (longer := _named_in_full_before(view, s)):
            # "The Comets said", after "The Columbus Comets signed …": the longer name the
            # article gave first
            s = replace(s, name=longer, role=s.role or s.mention)
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and (body := body_by_its_tail(view, s)):
            # "the sheriff’s office wrote", after "the Ochoa County Sheriff’s Office announced":
            # the body whose name ends in the description's words
            s = replace(s, kind=SpeakerKind.ORGANIZATION, name=body, role=s.role or s.mention)
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and (kind := kind_spoken_of(s.mention)):
            # "Veltro Foods will close the plant, the company said": the company named last;
            # "the ministry said": the body named last with "Ministry" in its name
            # (an unnamed-looking "The department’s notice" speaks for that body too)
            if company := _body_of_its_kind(view, s.mention_start, kind, last_company):
                s = replace(s, kind=SpeakerKind.ORGANIZATION, name=company)
        elif (
            s.kind is SpeakerKind.ORGANIZATION
            and (issued_by := DOCUMENT_FROM_A_BODY.fullmatch(s.mention))
            # (not one a restrictive clause picks out: "the report from the group that released them")
            and not re.match(r"[ \t]+(?:that|who|which)\b", text[s.mention_end : s.mention_end + 8])
            and (body := _body_described(view, replace(s, mention=issued_by.group(1)), last_company))
        ):
            # "“…,” a statement from the Democratic committee said": the body it describes
            s = replace(s, name=body, role=s.role or s.mention)
        elif (
            s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS)
            and (owned_by := SURNAME_OWNER.fullmatch(s.mention))
            and owned_by.group(2).split()[-1] in lex.organization_heads  # (not "Abernathy's spokesperson": a person unnamed)
            and (owner_name := full_name(replace(s, name=owned_by.group(1), mention=owned_by.group(1)), by_word, gender_of))
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
            and (issuer := company_meant(view, s.mention_start, last_company, any_body=True, sentences=2))
        ):
            # "The Justice Department sued in April. Its complaint describes …": the body's document
            s = replace(s, name=issuer, role=s.role or s.mention)
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and (owned := person_document().fullmatch(s.mention)):
            # "“…,” his statement read": the statement's owner is the person the "his" stands for
            owner = _antecedent(view, s.mention_start, lex.pronoun_gender.get(owned.group(1).lower(), ""), last_named)
            if owner:
                s = replace(s, kind=SpeakerKind.NAMED, name=owner, role=s.role or s.mention)
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and (issuer_in_aside := issuer_in_role(s)):
            # "The seasonal outlook, issued by the Rocky Range Coordination Center, said": the
            # aside names who issued what speaks
            s = replace(s, kind=SpeakerKind.ORGANIZATION, name=issuer_in_aside)
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and (document_issuer := issuer_of_a_document(text, s)):
            # "A report from the Office of Inspector General … “…,” the report states": the
            # document's own earlier mention names who issued it, a body or a person
            issuer_name = document_issuer[1]
            if document_issuer[0] is SpeakerKind.NAMED:  # "In a statement, Pemberton said": Howard Pemberton
                issuer_name = full_name(replace(s, name=issuer_name, mention=issuer_name), by_word, gender_of)
            s = replace(s, kind=document_issuer[0], name=issuer_name, role=s.role or s.mention)
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and issued_document().fullmatch(s.mention):
            # "Coolabah Resources said …. “…,” the statement said": a statement, filing or
            # memo speaks for the body that issued it, the one named last
            # (only a body that is the subject of this sentence or the one before: further back,
            # another body may have spoken since)
            if issuer := company_meant(view, s.mention_start, None, any_body=True, sentences=2):
                s = replace(s, name=issuer, role=s.role or s.mention)
            elif poster := _poster_just_before(view, s):
                # "Mayor Tom Bell posted a long message on Sunday. “…,” the post said": the
                # person the sentence before says put it out
                s = replace(s, kind=SpeakerKind.NAMED, name=poster, role=s.role or s.mention)
        elif s.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) and (writer := _writer_just_before(view, s)):
            # "Fenwick replied 11 minutes later. “…,” the email reads": who just wrote it
            s = replace(s, kind=SpeakerKind.NAMED, name=writer, role=s.role or s.mention)
        elif s.kind is SpeakerKind.ORGANIZATION and s.name[:1].isupper() and s.name.split()[0].lower() not in lex.determiners:
            last_company = (s.mention_start, s.name)  # "Veltro Foods said", "the Ministry of Water said" (not "An internal memo")
        elif s.kind in (SpeakerKind.ANONYMOUS, SpeakerKind.GROUP) and (renamed := named_in_the_next_sentence(view, s)):
            # "“…,” the county’s chief election officer said. The official, Lucinda Farrow-Obi, …"
            s = replace(s, kind=SpeakerKind.NAMED, name=renamed, role=s.role or s.mention)
            last_named.append((s.mention_start, s))
        elif (
            s.kind is SpeakerKind.ANONYMOUS
            and race_epithet(s.mention)
            and (candidate := _antecedent(view, s.mention_start, "any", last_named))
            and not _holds_an_office(view, candidate, s.mention)
        ):
            # "Gov. Marisol Ortega told supporters … “…,” the Union nominee said": a party's
            # nominee or candidate, described by no one introduced so, is the person in view
            s = replace(s, kind=SpeakerKind.NAMED, name=candidate, role=s.role or s.mention)
            last_named.append((s.mention_start, s))
        elif s.kind is SpeakerKind.ANONYMOUS and (lede_subject := _headline_description_meant(view, s)):
            # "Mayor’s Aide Calls Plan ‘Destructive’ ¶ Susan Rhee, the mayor’s chief of staff, …"
            s = replace(s, kind=SpeakerKind.NAMED, name=lede_subject, role=s.role or s.mention)
            last_named.append((s.mention_start, s))
        elif s.kind is SpeakerKind.ANONYMOUS and (subject_before := described_subject_just_before(view, s)):
            # "Harlan Voss has understood this from the start. At a rally …, the Kansas governor
            # told …": a modified description right after a sentence about one named person,
            # with no one else named between, stands in for that person
            s = replace(s, kind=SpeakerKind.NAMED, name=subject_before, role=s.role or s.mention)
            last_named.append((s.mention_start, s))
        elif s.kind is SpeakerKind.ANONYMOUS and (politician := politician_in_view(view, s)):
            # "Rep. Travis Mulgrew of Arizona … “…,” the second-term Republican said": the
            # politician in view whom the party or office fits
            s = replace(s, kind=SpeakerKind.NAMED, name=politician, role=s.role or s.mention)
            last_named.append((s.mention_start, s))
        elif (owned := OWNED_BODY.fullmatch(s.mention)) and (
            owner := _antecedent(view, s.mention_start, lex.pronoun_gender.get(owned.group(1).lower(), ""), last_named)
        ):
            # "Mara Whitcombe spoke in Dayton. Her campaign called it “a smear.”": the campaign of
            # the person the pronoun stands for ("Her office said": that person's office)
            body = f"{owner.split()[-1]} campaign" if owned.group(2) == "campaign" else f"{owner}’s {owned.group(2)}"
            s = replace(s, kind=SpeakerKind.ORGANIZATION, name=body, role=s.role or s.mention)
        elif s.kind is SpeakerKind.ANONYMOUS and (epithet := STAND_IN_EPITHET.fullmatch(s.mention)):
            # "Grace Nwosu lost her home. “…,” the 54-year-old said", "the mum-of-two": an age
            # or family epithet stands in for the person the story is about, as a pronoun does
            # ("the 54-year-old grandmother": the last word may tell the gender too)
            gender = lex.gender_words.get(epithet.group(1) or s.mention.split()[-1], "any")
            # (a he or she resolved just before counts as a named speaker does: in "Her husband,
            # a retired welder, tells her the plant “…,” she said. “…,” the 54-year-old said"
            # the epithet is the one who said it, not the husband the sentence opened on)
            in_view = sorted([*last_named, *resolved_he_she], key=lambda named: named[0])
            if candidate := _person_of_age(text, s.mention, people, s.mention_start) or _antecedent(view, s.mention_start, gender, in_view):
                s = replace(s, kind=SpeakerKind.NAMED, name=candidate, role=s.role or s.mention)
                last_named.append((s.mention_start, s))
        elif s.kind is SpeakerKind.ANONYMOUS:
            earlier = _same_unnamed_source(s.mention, sorted([*unnamed_sources, *reporters], key=lambda e: e.mention_start), last_anonymous)
            if earlier is not None:
                s = replace(s, name=earlier.name)
            elif head_noun(s.mention.lower().split()) in wl.union("anonymous_heads", "person_heads"):
                last_anonymous = s  # (only a person: "the line's western section" is no source)
                unnamed_sources.append(s)
        issued_in = SAID_IN_A_DOCUMENT.match(text, s.mention_end)
        if issued_in and s.name[:1].isupper() and issued_in.group(1).lower() in wl.union("ISSUER_DOCUMENTS", "ISSUED_DOCUMENTS"):
            # "“…,” the tech giant said in a statement. … “…,” the statement said": the one who
            # said it in that document, as resolved (Vistr)
            issuer_of_document[issued_in.group(1).lower()] = s.name
        document_noun = DOCUMENT_NOUN.fullmatch(s.mention)
        if document_noun and document_noun.group(1).lower() in wl.union("ISSUER_DOCUMENTS", "ISSUED_DOCUMENTS"):
            noun = document_noun.group(1).lower()
            if s.name[:1].isupper() and s.name != s.mention:
                issuer_of_document[noun] = s.name
            elif noun in issuer_of_document:
                # "The written statement … said …. The statement said …": the same document again
                s = replace(s, kind=SpeakerKind.ORGANIZATION, name=issuer_of_document[noun], role=s.role or s.mention)
        out.append(s)
        if s is not None and s.mention.lower() in ("he", "she") and s.name.lower() != s.mention.lower():
            resolved_he_she.append((s.mention_start, s))
        resolved_at[(s.mention_start, s.mention_end)] = s
    return out


def _described_one_asked(view: ArticleView, start: int, end: int) -> list[tuple[int, str]]:
    """The person a description right after a verb of asking stands for ("Marchetti asked the
    general whether …": the general introduced by name before), as (offset, name), or none."""
    description = DESCRIPTION_ASKED.match(view.text, start, end)
    asked = make_speaker(view.text, start, description.end(), "asked", "", 0.0) if description else None
    meant = described_person(view, asked, view.people) if asked is not None and asked.kind is SpeakerKind.ANONYMOUS else ""
    return [(start, meant)] if meant else []


# "the general", "the committee's chairwoman": a definite description right after a verb of asking
DESCRIPTION_ASKED = re.compile(r"[Tt]he[ \t]+(?:[a-z\-]+[ \t]+){0,2}[a-z]+\b")


def _a_family_by_its_surname(view: ArticleView, name: str) -> bool:
    """Whether NAME is the plural of a surname the article gives a person ("Hasketts" after
    "Ruth Haskett", "Joneses" after "Ada Jones"): a family, which no "he" or "she" stands for."""
    if " " in name or not name.endswith("s"):
        return False
    singular = (name[:-1], name[:-2]) if name.endswith("es") else (name[:-1],)
    return any(len(p[0].split()) >= 2 and p[0].split()[-1] == word for word in singular for p in view.by_word.get(word, []))


def _unnamed_reporters_before(view: ArticleView, pos: int) -> list[Speaker]:
    """Unnamed people who report something in the sentences just before POS ("A diplomat
    who requested anonymity said …"), though no quote of theirs came yet."""
    found = []
    for start, end in view.sentences.spans_before_own(pos, 5):
        if not in_a_quote(view.quoted, view.quote_starts, start):
            reporter = view.unnamed_reporter(start, end)
            if reporter is not None and reporter.mention_start < pos:
                found.append(reporter)
    return found


def _one_person(mention: str) -> bool:
    """Whether an unnamed description is one person a "he" or "she" may stand for, not many
    ("Many people", "Two officials", "the aides")."""
    words = mention.split(",")[0].lower().split()
    head = head_noun(words)
    plural = (head.endswith("s") and not head.endswith("ss")) or head in wl.union("group_heads") or head in ("people", "men", "women")
    counted = bool(words) and (words[0] in wl.union("PLURAL_QUANTIFIERS", "COUNT_WORDS", "NUMBER_WORDS") or words[0].isdigit())
    return not plural and not (counted and words[0] not in ("one", "another"))


def _person_of_age(text: str, mention: str, people: list[tuple[str, int, str]], pos: int) -> str:
    """ "the 21-year-old" after "Tomasz Wren, 21, …": the last person before POS whose age
    is given so, or ""."""
    age = re.match(r"[Tt]he (\d+)-year-old", mention)
    if age is None:
        return ""
    by_surname: dict[str, str] = {}
    for name, _, _ in people:
        by_surname.setdefault(name.split()[-1], name)
    # one pass over the text for every "Word, 21" (not one per person: a long text names hundreds)
    given = [m.group(1) for m in re.finditer(rf"(?<!\w)([\w’'.\-]+),[ \t]+{age.group(1)}\b", text[:pos])]
    return next((by_surname[word] for word in reversed(given) if word in by_surname), "")


def _a_title_in_view(text: str, s: Speaker) -> bool:
    """Whether a description is an office or a title that two people in a story may hold
    ("the senator", "the 71-year-old justice"), so that the one in view is meant rather than
    the one introduced last. Not a titled office in capitals ("the Chief Justice", one person's
    own), a candidate's standing ("the nominee", read with the politicians), nor a description
    whose own aside names the person ("the corporal, who gave his name as Tomas")."""
    head = description_head(s.mention)
    if head in wl.POLITICAL_OFFICES:
        return True
    return (
        head in wl.lowercase_titles() - wl.PARTY_MEMBERS - wl.RACE_EPITHET_HEADS
        and not any(word[:1].isupper() for word in s.mention.split()[1:])
        and NAME_GIVEN_AFTER.match(text, s.mention_end) is None
    )


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
        # (one person is not the many before: "staffers refer to … ¶ “…,” the person said")
        head = head_noun(last.mention.lower().split())
        return None if head.endswith("s") and not head.endswith("ss") else last
    return None


def _writer_just_before(view: ArticleView, s: Speaker) -> str:
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
    # (or a message from someone: "a screenshot of a separate message from Lusk to a staffer. It reads:")
    written = [
        m
        for pattern in (WROTE_BACK, MESSAGE_FROM)
        for m in pattern.finditer(view.text, starts[0], s.mention_start)
        if not in_a_quote(view.quoted, view.quote_starts, m.start())
    ]
    written.sort(key=lambda m: m.start())
    if not written:
        return ""
    return last_with_surname(view.people, written[-1].group(1).split()[-1], s.mention_start)


def _issuer_just_before(view: ArticleView, s: Speaker) -> str:
    """Who the sentence before says put out a document, for the "it" that speaks right after
    it: the subject of "issued a statement" or of "confirmed the deal in a statement"
    ("Local 614 issued a statement late Friday. It called the offer “…”"), or the document
    itself when it is that sentence's subject ("The stop-work order is two sentences long.
    “…,” it reads"); "" when none."""
    for subject, end in _subjects_just_before(view, s):
        words = subject.mention.lower().split()
        if head_noun(words) in wl.ISSUER_DOCUMENTS and subject.kind is not SpeakerKind.NAMED:
            return re.sub(r"^(?:the|a|an|this|that)\s+", "", subject.mention, flags=re.IGNORECASE)
        put_out = ISSUED_A_DOCUMENT.search(view.text, subject.mention_end, end)
        if put_out and subject.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION):
            return subject.name
    return ""


def _body_subject_just_before(view: ArticleView, s: Speaker) -> str:
    """The body that is the subject of the sentence right before an "it" that speaks ("In Tarsk,
    the state news agency KorInform had an account out before dawn. It described …"); "" when
    that subject is no body."""
    subject, _ = next(_subjects_just_before(view, s), (None, 0))
    if subject is None or subject.kind is not SpeakerKind.ORGANIZATION:
        return ""
    # (a body, named or known by its kind; not a document, "The 212-page document", nor a
    # place, "the county", which the rules for documents and places read)
    bodies = wl.union("ANY_BODY_KINDS", "COMPANY_KINDS", "PUBLIC_BODY_KINDS", "OUTLET_KINDS")
    named = all(w[:1].isupper() or w in ("of", "and", "for", "the", "&") for w in subject.name.split())
    return subject.name if head_noun(subject.mention.lower().split()) in bodies or named else ""


def _poster_just_before(view: ArticleView, s: Speaker) -> str:
    """The person the sentence before (or the one before it) says put out a document of the
    mention's own kind ("Mayor Tom Bell posted a long message on Sunday. “…,” the post said":
    a post is a message posted); "" when none did."""
    kind = head_noun(s.mention.lower().split())
    same_kind = {kind} | ({"message", "post"} if kind in ("post", "message") else set())
    for subject, end in _subjects_just_before(view, s):
        put_out = ISSUED_A_DOCUMENT.search(view.text, subject.mention_end, end)
        if put_out and subject.name in view.full_names and put_out.group().split()[-1].lower() in same_kind:
            return subject.name
    return ""


def _subjects_just_before(view: ArticleView, s: Speaker) -> Iterator[tuple[Speaker, int]]:
    """The subject of each of the two sentences before the mention's own, nearest first, with
    where its sentence ends (not a sentence inside a quote, nor one running past the mention)."""
    for start, _ in reversed(view.sentences.spans_before_own(s.mention_start, 2)):
        end = view.sentences.end_after(start, default=s.mention_start)
        if view.quoted_at(start) or end > s.mention_start:
            continue
        subject = view.subject_of(start, min(end, start + 200))
        if subject is not None:
            yield subject, end


# a verb of putting out a document, or "in a statement" (what a subject said it in)
ISSUED_A_DOCUMENT = re.compile(
    r"\b(?:(?:issued|released|put[ \t]+out|posted|sent|published|circulated)[ \t]+|in[ \t]+)(?:a|an|its|his|her|their)[ \t]+"
    r"(?:[\w\-]+[ \t]+){0,2}(?:statement|letter|memo|release|notice|email|e-mail|post|message)\b"
)


# a message someone writes, as a mention ("the email", "her reply", "the text message")
WRITTEN_MESSAGE = re.compile(r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]hat)[ \t]+(?:text[ \t]+)?(?:email|e-mail|message|letter|note|reply|text)")
# a written message and its sender: "a message from Lusk", "an email from Sen. Ada Moss" (group 1 the sender)
MESSAGE_FROM = re.compile(
    r"\b(?:message|email|e-mail|text|letter|note|memo|post)[ \t]+from[ \t]+(?:[A-Z][a-z]*\.[ \t]+)?((?:[A-Z][\w’'\-]*[ \t]+){0,2}[A-Z][\w’'\-]+)"
)
# a name, then a verb of writing back ("Fenwick replied", "Ana Ruiz wrote back")
WROTE_BACK = re.compile(
    r"\b((?:[A-Z][\w’'\-]*[ \t]+){0,2}[A-Z][\w’'\-]+)[ \t]+(?:replied|wrote|responded|answered|emailed|e-mailed|texted)\b"
)


def _named_in_full_before(view: ArticleView, s: Speaker) -> str:
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


# "the 54-year-old", "the 61-year-old restaurateur", "the mum-of-two", "the father-of-three":
# epithets that stand for a person
STAND_IN_EPITHET = re.compile(
    r"[Tt]he (?:\d+-year-old(?:\s+[a-z][\w\-]*){0,3}|([a-z]+)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+))"
)


# an unnamed person's name given after the description: ", a retired linguist named Gerald Pruitt"
NAMED_AFTER_A_DESCRIPTION = re.compile(r",?[ \t]+(?:[\w’'\-]+[ \t]+){0,5}?named[ \t]+([A-Z][\w’'\-]+)")


# a sentence that names its described subject: "The waitress who pours my coffee is named
# Gloria Fenske." (group 1 the name)
NAMED_IN_THE_PREDICATE = re.compile(
    r"[^.;:!?“”\"]{0,120}?\b(?:is|was)[ \t]+(?:named|called)[ \t]+([A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)*)"
)


def _named_in_its_predicate(view: ArticleView, subject: Speaker, end: int) -> str:
    """The person a description opening a sentence turns out to be, when the sentence's
    predicate gives the name ("The waitress who has poured my coffee since 2011 is named
    Gloria Fenske"), as the article introduces it; "" otherwise."""
    named = NAMED_IN_THE_PREDICATE.match(view.text, subject.mention_end, end)
    if named is None:
        return ""
    return next((p[0] for p in view.people if p[1] == named.start(1)), named.group(1))


def _description_gender(text: str, subject: Speaker, end: int) -> str:
    """The gender a description of someone states: its own gender word ("Her husband", "the
    woman"), else the first name it gives right after it ("…, a retired linguist named
    Gerald Pruitt"); "" when neither tells."""
    stated = stated_gender("", subject.mention)
    if stated:
        return stated
    named = NAMED_AFTER_A_DESCRIPTION.match(text, subject.mention_end, end)
    return stated_gender(named.group(1), "") if named else ""


# a verb that gives someone the floor, up to the one given it ("handed the microphone to ",
# "turned the podium over to ", "yielded the floor to ")
FLOOR_HANDED_TO = re.compile(
    r"\b(?:handed|passed|turned|gave|yielded|ceded)[ \t]+(?:the[ \t]+)?(?:microphone|mic|floor|podium|lectern|stage)[ \t]+(?:over[ \t]+)?to[ \t]+"
)
# one who takes the floor ("as Ms. Vardova took the microphone"; group 1 the name)
# (or rises: "when defense attorney Paulette Ironside rose.")
FLOOR_TAKEN_BY = re.compile(
    r"((?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w’'\-]+)[ \t]+(?:(?:took|takes|grabbed|seized|approached|stepped[ \t]+(?:up[ \t]+)?to)[ \t]+"
    r"(?:the[ \t]+)?(?:microphone|mic|floor|podium|lectern|stage)\b|(?:rose|stood[ \t]+up)(?=[ \t]*(?:[.,;]|to[ \t]+(?:speak|respond|reply|answer)\b)))"
)
FLOOR_WORD = re.compile(r"\b(?:microphone|mic|floor|podium|lectern|stage|rose|stood)\b")
# a relative clause right after a description, up to its comma ("who has served the booth for 18 years")
RELATIVE_OF_A_DESCRIPTION = re.compile(r"[ \t]+(?:who|that)[ \t]+[^,;.:!?\n“”\"]{1,100}(?=,)")


def _unnamed_prompter(view: ArticleView, quote_start: int) -> str:
    """The unnamed person who speaks in the sentence right before a quote that answers them
    ("A reporter pointed out that unemployment had risen. “And wages rose,” she answered"):
    their description, which the answer's pronoun is not; "" when that sentence has none."""
    # (the last sentence with words before the quote, not its opening mark)
    spans = [span for span in view.sentences.spans_before(quote_start, 3) if view.text[span[0] : span[1]].strip(" \t\n\"“‘'")]
    if not spans or view.quoted_at(spans[-1][0]):
        return ""
    prompter = view.unnamed_reporter(spans[-1][0], min(spans[-1][1], quote_start))
    return prompter.mention if prompter is not None else ""


def _asked_span(text: str, subject_end: int, end: int, pos: int) -> tuple[int, int] | None:
    """Where the one asked stands after a subject's verb of asking, up to what is asked (not
    one the question is about: "Reyes asked him whether Gov. Thessaly Varn would …"), or None
    when no such verb follows the subject."""
    asked = ASKING_VERB.match(text, subject_end, min(end, pos))
    if asked is None:
        return None
    about = ASKED_WHAT.search(text, asked.end(), min(end, pos))
    # (far enough for a description set off before the name: "asked the state's Medicaid
    # director, Corinne Abara, whether …")
    return asked.end(), min(about.start() if about else end, pos, asked.end() + 70)


def _named_one_an_unnamed_asker_asked(view: ArticleView, subject: Speaker | None, end: int, pos: int) -> list[tuple[int, str]]:
    """The people named right after an unnamed subject's verb of asking ("a reporter asked
    Della Voskuijl whether …")."""
    if subject is None or subject.kind is not SpeakerKind.ANONYMOUS or subject.mention_start >= pos:
        return []
    asked = _asked_span(view.text, subject.mention_end, end, pos)
    return list(view.people_named(*asked)) if asked else []


def _asker_of_the_pronoun(text: str, asker: Speaker, end: int, gender: str) -> bool:
    """Whether the unnamed ASKER, the subject of a verb of asking, puts the question to
    someone of GENDER, up to END ("The reporter asked what would change her mind", "A
    neighbor asked him whether …", "a reporter shouted to ask whether he would run"): the one
    asked answers, not the asker."""
    words = {"male": r"he|him|his", "female": r"she|her"}.get(gender)
    asked = re.match(r"[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+)\b(?:[ \t]+(?:out[ \t]+)?to[ \t]+(ask|know)\b)?", text[asker.mention_end : end])
    return (
        words is not None
        and asked is not None
        and (asked.group(1) in wl.QUESTION_CUES or asked.group(2) is not None)
        and re.search(rf"\b(?:{words})\b", text[asker.mention_end + asked.end() : end]) is not None
    )


def _object_pronoun_after(text: str, start: int, end: int, gender: str) -> bool:
    """Whether "him" or "her" (as an object: "found her there", "told him.") of GENDER
    stands in text[START:END]: a clause's object is not its subject."""
    word = {"male": "him", "female": "her"}.get(gender)
    if word is None:
        return False
    after = r"(?:[.,;:!?]|\s+(?:there|here|again|back|up|down|out|off|away|that|to|at|in|on|for|with|about|from|into)\b)"
    return re.search(rf"\b{word}{after}", text[start:end]) is not None


# "her campaign", "His office": a person's campaign, office, staff or team, named by a possessive pronoun (group 1)
OWNED_BODY = re.compile(r"([Hh]is|[Hh]er)[ \t]+(campaign|office|staff|team)")


# an opening question someone was asked, up to its comma: "Asked whether Whitcomb approved it,"
# (or questioned by someone: "Under questioning from Sen. Imogen Rask, she went further" is not Rask)
ASKED_ABOUT = re.compile(
    r"\s*(?:When\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Cc]hallenged|[Uu]nder\s+(?:questioning|cross-examination))\b(?:[^,.;:!?]|\.(?=[ \t]+[A-Z])){0,160},"
)


RECENT_SPEAKERS = 12
PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|across|throughout)\s+$")


# a quote inside a quote, in single marks: the words of someone the speaker quotes
# (“my wife told me, ‘Someday is getting short, Harold’”), whom they may address
INNER_QUOTE = re.compile(r"(?<!\w)[‘'].*?(?:[’'](?!\w)|$)")


def addresses(quote: str, name: str) -> bool:
    """Whether a quote calls someone by a word of NAME set off as an address ("That's all
    right, Marta.", "Ava.", "Sit, Daniel, and listen"), in its own words, not in words it quotes."""
    # (a quote that holds no word of the name at all is read no further: most do not)
    words = [w for w in name.split() if w[:1].isupper() and len(w) > 2 and w in quote]
    if not words:
        return False
    own = INNER_QUOTE.sub(" … ", quote.strip(" \"“”'‘’"))
    # (not after an initial's period: "your favorite President, Donald J. Trump, announced")
    return any(re.search(rf"(?:^|(?<![A-Z])[,.!?;]\s*)\b{re.escape(w)}\b\s*(?:[,.!?]|$)", own) for w in words)


# a verb of asking right after a subject, up to the one asked ("asked ", "pressed ")
# (a lawmaker's party tag may come first: "Rep. Colleen Marchetti, R-Dunmore, asked")
ASKING_VERB = re.compile(
    r"(?:,[ \t]+[DRI]-[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*)?,)?[ \t]+(?:(?:[a-z]+ly|then|also|later)[ \t]+)?(?:asked|asks|pressed|presses|questioned|quizzed)[ \t]+"
)
# a pronoun that asks ("he asked", "she pressed")
ASKING_PRONOUN = re.compile(r"(?:he|she|He|She)[ \t]+(?:asked|asks|pressed|presses|wondered|inquired)\b")
# where the question asked begins after the one asked: "asked him whether …", "about …"
ASKED_WHAT = re.compile(r"\b(?:whether|if|about|why|what|how|when|who)\b")


def _asker(text: str, quoted: list[tuple[int, int]], resolved: list[Speaker | None], i: int, replying: bool = False) -> str:
    """The person who asked the question quoted just before quote I ("“Do you stand by
    it?” Quill asked. ¶ “I do,” she replied."): the reply's pronoun is someone else. When
    quote I is REPLYING ("he answered"), whoever was quoted just before in the same or the
    last paragraph is the one answered, a question mark or not ("“Senator, a yes or a no,”
    Brandt said. “Yes,” he answered"), when nothing but that quote's attribution stands between."""
    if i == 0 or resolved[i - 1] is None or quoted[i - 1][1] > quoted[i][0]:
        return ""
    between = text[quoted[i - 1][1] : quoted[i][0]]
    if any(line.strip() for line in between.split("\n")[1:-1]):
        return ""  # (a paragraph of narrative between them: the question is answered, or dropped, before this quote)
    asked = text[quoted[i - 1][0] : quoted[i - 1][1]].rstrip(" \"”’'")
    previous = resolved[i - 1]
    if (
        replying
        and previous is not None
        and previous.kind is SpeakerKind.NAMED
        and quoted[i - 1][1] <= previous.mention_start
        and len(text[previous.mention_end : quoted[i][0]]) <= 40
    ):
        # (only a reply right after the last quote's own attribution: not "“…,” Mr Thorne said.
        # The judge asked Mr Thorne whether … “…,” he replied", where the writer tells who asked)
        return previous.name
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
    # (or a label that is only the asker's name: "Ms. Ferrante: “…?” She says …", a live blog's
    # or a transcript's way of giving who asked)
    label_only = re.fullmatch(r"[ \t]*:[ \t]*[“\"]?", text[previous.mention_end : quoted[i - 1][0]]) is not None and re.search(
        r"(?:^|[.!?—–][ \t]+|\n)(?:(?:Mr|Ms|Mrs|Dr)\.[ \t]+)?$", text[max(0, previous.mention_start - 12) : previous.mention_start]
    )
    asker = previous.name if previous.cue.lower() in wl.QUESTION_CUES or after_the_question or label_only else ""
    # (not when the narrative of this quote's paragraph names the asker again: "“…?” Quist asked.
    # ¶ Okafor-Lane said it was done. Quist was not satisfied. “…?” he said" is Quist)
    lead = between.split("\n")[-1]
    if asker and "\n" in between and re.search(rf"\b{re.escape(asker.split()[-1])}\b", lead):
        return ""
    return asker


# "Carl and Dora Minetti", "Ana Ruiz and Tom Bell" opening a sentence, before its verb
NAMED_PAIR = re.compile(
    rf"((?:[{UPPER}][a-z][\w’'\-]*[ \t]+){{1,2}}and[ \t]+(?:[{UPPER}][a-z][\w’'\-]*[ \t]+)?[{UPPER}][a-z][\w’'\-]*)"
    r"(?=[ \t]+(?:[a-z]|of\b)|,)"
)


# two people as a sentence's subject, each with any title and place, before its verb or an
# appositive ("On Friday, Ms. Ruiz and Mr. Bell released", "Speaker Ana Ruiz of Ely and Sen.
# Tom Bell, the minority leader, said")
PAIR_AS_SUBJECT = re.compile(PLACED_PAIR.pattern + r"(?=[ \t]+[a-z]|,)")
# an opener set off by a comma before a sentence's subject ("On Friday, "), group 1 its first word
OPENER_BEFORE_SUBJECT = re.compile(r"\s*(?:([A-Z][a-z]+)[^,\n“”\"]{0,30},[ \t]+)?")
# a quote's closing mark and its comma, after which the quote's subject follows ("“…,” Ruiz and Bell said")
AFTER_A_CLOSING_QUOTE = re.compile(r"[,?!][\"”’'][ \t]+")


# a document and the body it came from, described ("a statement from the party", "a letter
# from the Democratic committee"): group 1 the description
DOCUMENT_FROM_A_BODY = re.compile(r"(?:[Aa]n?|[Tt]he)[ \t]+(?:[a-z\-]+[ \t]+)?[a-z]+[ \t]+(?:from|by)[ \t]+([Tt]he[ \t]+[^,;:]+)")


def _body_of_its_kind(view: ArticleView, pos: int, kind: str, last_company: tuple[int, str] | None) -> str:
    """The body a description of its KIND at POS stands for ("the company", "the ministry"):
    the one named last, of that kind where the kind is a public body's; "" when none is."""
    if kind in wl.ANY_BODY_KINDS:
        company = body_named_last(view, pos)
    else:
        company = company_meant(view, pos, last_company, kind if kind in wl.PUBLIC_BODY_KINDS else "", company_word=kind)
    # (not a page's label that ends in a document's noun: "NEWS RELEASE |")
    return "" if company.isupper() and company.split()[-1].lower() in wl.ISSUED_DOCUMENTS else company


def _body_described(view: ArticleView, s: Speaker, last_company: tuple[int, str] | None) -> str:
    """The body a description S stands for, by the words its name ends in ("the weather
    service") or by its kind ("the union"); "" when none is."""
    if body := body_by_its_tail(view, s):
        return body
    kind = kind_spoken_of(s.mention)
    return _body_of_its_kind(view, s.mention_start, kind, last_company) if kind else ""


def _holds_an_office(view: ArticleView, name: str, description: str) -> bool:
    """Whether NAME was introduced by an office's title ("Mayor Dale Okafor") while DESCRIPTION
    names a candidacy in lower-case words only ("the Republican presidential candidate"): a
    sitting official named in passing is seldom the race's candidate."""
    if all(w[:1].isupper() for w in description.split()[1:-1]):
        return False
    roles = [role for person, _, role in view.people if person == name]
    return bool(roles) and any(w in load_lexicon().titles for w in roles[0].split())


# a subordinate clause that ends right before a main clause's "it": "when a national outlet,
# Harbor Monthly magazine, profiled him in 2001, " (group 1 the subject, without its description)
CLAUSE_BEFORE_IT = re.compile(
    r"\b(?:when|after|as|because|before|since|while|once|if)[ \t]+"
    r"(?:(?:an?|the)[ \t]+[a-z][\w \t\-]{0,40}?,[ \t]+)?((?:[Tt]he[ \t]+)?[A-Z][\w’'\-.]*(?:[ \t]+[\w’'\-.]+){0,4}?),?[ \t]+[a-z]+ed\b[^;:“”\"]*,[ \t]+$"
)


def _body_of_the_clause_before(view: ArticleView, s: Speaker) -> str:
    """The body an "it" stands for when a subordinate clause of its own sentence, ending right
    before it, has that body as its subject; "" otherwise."""
    start = view.sentences.start_at(s.mention_start)
    clause = CLAUSE_BEFORE_IT.search(view.text, start, s.mention_start)
    if clause is None:
        return ""
    kind, name = classify(clause.group(1))
    if kind is SpeakerKind.ORGANIZATION:
        return name
    return re.sub(r"^[Tt]he[ \t]+", "", clause.group(1)) if names_a_body(clause.group(1), load_lexicon()) else ""


def _named_pair_before(view: ArticleView, pos: int) -> str:
    """Who a "they" stands for when the sentence before (or its own) has two people named
    together as its subject: at its start ("Carl and Dora Minetti of Lindell said they had
    driven all night. “…,” they said"), after an opener ("On Friday, Ms. Ruiz and Mr. Bell
    released a statement") or after the quote it opens with ("“…,” Speaker Ana Ruiz and Sen.
    Tom Bell said"); "" otherwise: a plural pronoun is left alone rather than guessed."""
    # (the reporter's last two sentences: those a quote holds are skipped, not counted)
    reported = 0
    for start, end in reversed(view.sentences.spans_before(pos, 8)):
        if reported == 2:
            break
        end = min(end, pos)
        if not re.search(r"\w", view.text[start:end]):
            continue  # (a closing mark the splitter left alone: "… ‘secret rules.’ ”")
        slots = [m.end() for m in AFTER_A_CLOSING_QUOTE.finditer(view.text, start, end)]
        if not _opens_in_a_quote(view, start):
            reported += 1
            lead = re.match(r"\s*", view.text[start:end])
            slots.insert(0, start + (lead.end() if lead else 0))
            opener = OPENER_BEFORE_SUBJECT.match(view.text, start, end)
            if opener and opener.group(1) and opener.group(1).lower() in wl.union("PREPOSITIONS", "CLAUSE_OPENERS"):
                slots.insert(1, opener.end())
        for at in slots:
            pair = NAMED_PAIR.match(view.text, at, end)
            if pair:
                return pair.group(1)
            placed = PAIR_AS_SUBJECT.match(view.text, at, end)
            both = named_pair(view.text, placed.start(), placed.end(), "", "", 0.0) if placed else None
            if both is not None:
                # (each by the full name the article gave: "Ms. Ruiz and Mr. Bell" are Ana Ruiz and Tom Bell)
                return " and ".join(last_with_surname(view.people, name.split()[-1], pos) or name for name in both.name.split(" and "))
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


def _opens_in_a_quote(view: ArticleView, start: int) -> bool:
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


def _owned_by_the_pronoun(text: str, start: int, gender: str) -> bool:
    """Whether the sentence at START opens with a possessive of the pronoun's GENDER ("Her
    newest ad splices together footage of Pike and Stroud"): its subject is a thing of the
    one the pronoun stands for, and the people it names are not that one."""
    owner = re.match(r"\s*(?:[A-Z][a-z]+[ \t]+)?(Her|His)[ \t]+[a-z]", text[start : start + 80])
    return owner is not None and load_lexicon().pronoun_gender.get(owner.group(1).lower()) == gender


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


def _subject_after_its_participle(view: ArticleView, s: Speaker, gender: str) -> str:
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
    name = full_name(subject, view.by_word, view.gender_of)
    return name if view.gender_of.get(name, gender) == gender else ""


def _headline_description_meant(view: ArticleView, s: Speaker) -> str:
    """The person a headline's description of someone stands for ("Mayor’s Aide Calls Plan
    ‘Destructive’"): the one the lede opens on, named in full as the subject of the first
    sentence under the headline; "" otherwise. A headline names by role whom the story names."""
    line_end = view.text.find("\n")
    if not 0 <= s.mention_start < line_end or not is_title_case_line(view.text[:line_end]):
        return ""
    if not a_person_word(s.mention.split()[-1].lower()):
        return ""
    lede = re.search(r"\S", view.text[line_end:])
    if lede is None:
        return ""
    start = view.sentences.start_at(line_end + lede.start(), line_end + lede.start())
    while start < len(view.text) and view.text.startswith(view.text[:line_end], start):
        start = view.sentences.end_after(start + 1, len(view.text))  # (a headline printed twice)
    subject = view.subject_of(start, min(len(view.text), start + 200))
    if subject is None or subject.kind is not SpeakerKind.NAMED:
        return ""
    name = full_name(subject, view.by_word, view.gender_of)
    return name if " " in name else ""


def _named_earlier_in_the_headline(view: ArticleView, s: Speaker, gender: str) -> str:
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


# a letter's signature on a line of its own: "— Tobias Wren, Ashgrove" (group 1 the name)
SIGNATURE_LINE = re.compile(
    r"\n[ \t]*[—–-]{1,2}[ \t]*([A-Z][\w.’'\-]+(?:[ \t]+[A-Z][\w.’'\-]+){1,3})(?:,[ \t]*[A-Z][^\n]{0,40})?[ \t]*(?=\n|$)"
)


def _signature_after(text: str, pos: int) -> str:
    """The name signed under the letter that holds POS: the first signature line after it,
    within a letter's length, when a page signs more than one letter so (a lone dash line
    closing an article is a credit, not a letters page)."""
    signatures = _signatures(text)
    if len(signatures) < 2:
        return ""
    k = bisect_left(signatures, (pos, ""))
    return signatures[k][1] if k < len(signatures) and signatures[k][0] - pos < 2500 else ""


@functools.lru_cache(maxsize=8)
def _signatures(text: str) -> list[tuple[int, str]]:
    """(offset, name) of each letter's signature line, read once per article."""
    return [(m.start(), m.group(1)) for m in SIGNATURE_LINE.finditer(text)]


def _account_owner(handle: str, people: list[tuple[str, int, str]]) -> str:
    """The one person of the article whose full name an account's handle spells
    ("@WadeCastellan", "@RepTedRuelas", "@ana_ruiz"), or ""."""
    squashed = re.sub(r"[\W_]", "", handle).lower()
    owners = {p[0] for p in people if len(p[0].split()) >= 2 and re.sub(r"\W", "", p[0]).lower() in squashed}
    return owners.pop() if len(owners) == 1 else ""


def _interviewee(view: ArticleView) -> str:
    """Who answers in a Q-and-A: the person the article names most often (by surname),
    the one the interview is with."""
    writer = _byline(view.text)  # (who asks is not who answers)
    people = [p[0] for p in view.people if len(p[0].split()) >= 2 and p[0] != writer and not names_a_body(p[0], load_lexicon())]
    counts = {name: word_uses(view.text, name.split()[-1]) for name in people}
    return max(counts, key=lambda name: counts[name]) if counts else ""


def _in_an_answer(text: str, pos: int) -> bool:
    """Whether POS lies in a Q-and-A answer paragraph, where "I" is the one answering."""
    # (a bounded look back: a paragraph longer than that holds no answer label in reach)
    newline = text.rfind("\n", max(0, pos - 3000), pos)
    if newline < 0 and pos > 3000:
        return False
    return ANSWER_LABEL.match(text, newline + 1) is not None


# a clause joined by a comma and "and"/"but" that opens with a name and its verb (group 1 the name)
# (or the name and an aside set off after it: "…, and Mr. Tuell, who had asked for it, said nothing")
# (or a semicolon: "…, had argued for a week; Doreen wanted April")
COORDINATE_SUBJECT = re.compile(
    r"(?:,[ \t]+(?:and|but)|;)[ \t]+((?:[A-Z][\w.’'\-]*[ \t]+){0,2}[A-Z][\w’'\-]*)(?=[ \t]+[a-z]|,[ \t]+(?:who|a|an|the|his|her)\b)"
)
# the same with a definite description as the later clause's subject ("…, but the senator cut in")
COORDINATE_DESCRIPTION = re.compile(r",[ \t]+(?:and|but)[ \t]+(the[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}?[a-z][\w\-]*)(?=[ \t]+[a-z])")


# a sentence that opens with a name set off by a comma right before the pronoun: in
# "Mr. Achebe, he added, “never came”" Achebe is spoken of and "he" speaks
FRONTED_BEFORE_PRONOUN = re.compile(r"[ \t]*(?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w’'\-]*[ \t]*,[ \t]*")


def _named_in_full_in_a_quote(view: ArticleView, surname: str, gender: str) -> str:
    """The full name of a one-word subject that the article gives with a first name only inside
    quotation marks (a claim checked, a headline's words), when the first name is of the
    pronoun's GENDER; "" otherwise."""
    if gender not in ("male", "female"):
        return ""
    key = (surname, gender)
    if key not in view.named_in_quotes:  # (read once per surname and gender, not per pronoun)
        fitting = (
            f"{m.group(1)} {surname}"
            for m in re.finditer(rf"\b([A-Z][a-z]+)[ \t]+{re.escape(surname)}\b", view.quoted_text)
            if first_name_gender(m.group(1), load_lexicon()) == gender
        )
        view.named_in_quotes[key] = next(fitting, "")
    return view.named_in_quotes[key]


# a sentence in which a person gives the name they go by: "She gives her name as Bev.", "He
# offered only his first name, Wendell." (group 1 the pronoun, 2 the name)
NAME_GIVEN_AS = re.compile(
    r"[ \t]*(She|He)[ \t]+(?:gives|gave|offers|offered)[ \t]+(?:only[ \t]+)?(?:her|his)[ \t]+(?:first[ \t]+)?name"
    r"(?:[ \t]+only)?(?:[ \t]+as|,)[ \t]+([A-Z][\w’'\-]+)"
)


def _owner_of_a_reaction(view: ArticleView, start: int, end: int) -> str:
    """The person whose reaction or answer the sentence at START opens on, by name or by a
    description ("The governor’s reaction was less measured."), or ""."""
    m = REACTION_OF.match(view.text, start, end)
    if m is None:
        return ""
    return _person_meant(view, make_speaker(view.text, m.start(1), m.end(1), "", "", 0.0))


# a verb of saying and the document it was said in, right after a speaker's mention: "said in
# a statement", "wrote in a letter to donors" (group 1 the document's noun)
SAID_IN_A_DOCUMENT = re.compile(
    r"[ \t]+(?:said|says|wrote|writes|added|stated)[ \t]+in[ \t]+(?:a|an|its|his|her|their)[ \t]+(?:[\w\-]+[ \t]+)?([a-z\-]+)\b"
)


# a sentence that opens on a person's thing, its owner in group 1 and the thing in group 2:
# "Mr. Reyes’s appetite for flattery showed when he …" is about Reyes (a name, not a
# description: "The party's nominee")
OWNED_OPENING = re.compile(r"[ \t]*((?:(?:Mr|Mrs|Ms|Dr)\.[ \t]+)?[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2})(?:’s|'s)[ \t]+([a-z][\w\-]*)\b")


def _person_meant(view: ArticleView, s: Speaker | None) -> str:
    """The person a mention stands for: a name in full, or whom a description describes; ""
    for anything else."""
    if s is None:
        return ""
    if s.kind is SpeakerKind.NAMED:
        return full_name(s, view.by_word, view.gender_of)
    return described_person(view, s, view.people) if s.kind is SpeakerKind.ANONYMOUS else ""


# a parenthetical attribution right after a sentence's subject: "The superintendent, she said, told
# her …" (the pronoun between the commas)
PARENTHETICAL_CUE_AFTER = re.compile(r"[ \t]+(?:said|says|added|recalled|noted|explained|insisted)[ \t]*,")


def _interrupted_subject(view: ArticleView, s: Speaker) -> str:
    """The person a sentence's subject stands for when a parenthetical "she said" interrupts it
    right after the subject ("The superintendent, she said, told her …"): the one who says it is
    someone else; "" otherwise."""
    if not PARENTHETICAL_CUE_AFTER.match(view.text, s.mention_end) or view.text[max(0, s.mention_start - 2) : s.mention_start] != ", ":
        return ""
    start = view.sentences.start_at(s.mention_start, 0)
    subject = view.subject_of(start, s.mention_start)
    if subject is None or subject.mention_end + 2 != s.mention_start:
        return ""
    return _person_meant(view, subject)


def _lone_name_in_full(view: ArticleView, lone: Speaker, gender: str) -> str:
    """A lone surname's full name, when the article gives one whose gender does not clash
    with the pronoun's ("Eklund" is Porter Eklund for a "he", not his wife Maribel)."""
    name = full_name(lone, view.by_word, view.gender_of, view.text)
    return name if view.gender_of.get(name, gender) == gender else lone.name


def _antecedent(
    view: ArticleView, pos: int, gender: str, last_named: list[tuple[int, Speaker]], asker: str = "", chained: bool = False
) -> str:
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
            # (a letters page signs each letter after it: "— Marguerite Lusk, Verona")
            return _signature_after(view.text, pos) or _byline(view.text)
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
        # (a subject pronoun or a possessive only: an object pronoun is never its own clause's
        # subject, "Footage played in court appeared to show him …")
        own_subject = k == len(spans) - 1 and re.match(r"(?i)(?:he|she|his)\b", view.text[pos : pos + 4]) is not None
        in_reach = own_subject or k == len(spans) - 2
        lone = view.lone_name_subject(start, min(end, pos, start + 200)) if in_reach else None
        if subject is None and lone is not None and gender in ("male", "female") and gender_of.get(lone.name, gender) == gender:
            # "Brenner held a rally last week, where he told the crowd …", "Okafor laughed. “…,”
            # she said": the name the article gives only once, as the subject of the pronoun's
            # own sentence or the one before
            candidates.append((lone.mention_start, _lone_name_in_full(view, lone, gender)))
        if subject is not None and subject.kind is SpeakerKind.NAMED and _a_family_by_its_surname(view, subject.name):
            subject = None  # "The elder Hasketts raised four children": a family, no "she"
        if subject is not None and k >= len(spans) - max(2, reach):
            # "The moderator went straight to the story, and Vance didn’t wait. “…,” he said":
            # the subject of a later clause joined by "and" or "but" is nearer than the first
            for joined in COORDINATE_SUBJECT.finditer(view.text, subject.mention_end, min(end, pos)):
                candidates.extend(view.people_named(joined.start(1), joined.end(1)))
            # (or a description the article resolves: "Whitcombe began to answer, but the senator cut in")
            for joined in COORDINATE_DESCRIPTION.finditer(view.text, subject.mention_end, min(end, pos)):
                description = make_speaker(view.text, joined.start(1), joined.end(1), "", "", 0.5)
                person = described_person(view, description, view.people) if description is not None else ""
                if person and gender_of.get(person, gender) == gender:
                    candidates.append((joined.start(1), person))
        if k >= len(spans) - reach and (handed := FLOOR_HANDED_TO.search(view.text, start, min(end, pos))):
            # "Vukovic handed the microphone to Rosalind Kerrigan. She told the crowd …": the one
            # given the floor speaks next, and is nearer than the one who gave it
            candidates.extend(view.people_named(handed.end(), min(end, pos, handed.end() + 60)))
        # (the pattern opens on any name, so a word it needs is looked for first)
        floor_word = k >= len(spans) - 2 and FLOOR_WORD.search(view.text, start, min(end, pos)) is not None
        taken = FLOOR_TAKEN_BY.search(view.text, start, min(end, pos)) if floor_word else None
        if taken and not has_a_cue(view.text[start : taken.start()]):
            # "Ms. Brennock listened as Ms. Vardova took the microphone. “…,” she said": the one
            # who takes the floor speaks next, whoever the sentence's subject is (unless that
            # subject reports: "Lind said she knew the name the moment Pham stood up")
            candidates.extend(view.people_named(taken.start(1), taken.end(1)))
        # (a sentence whose subject is this same pronoun names only objects after it)
        names_end = subject.mention_start if subject and _same_pronoun(subject, gender, pos) else end
        if (
            not chained
            and subject is not None
            and len(spans) - 4 <= k < len(spans) - reach
            and _same_pronoun(subject, gender, pos)
            and not view.text[start : subject.mention_start].strip()  # (opening its sentence, not "…, he says,")
        ):
            # "… organized by Teresa Lutz. She said the group had a permit. Most rallygoers
            # walked past. “…,” she said": the same pronoun as a subject a sentence or two
            # before, past a sentence about others, stands for the same person, found from
            # where it stands (a run of sentences right before has its reach already)
            earlier = [(at, named) for at, named in last_named if at < subject.mention_start]
            chain = _antecedent(view, subject.mention_start, gender, earlier, chained=True)
            if chain:
                candidates.append((subject.mention_start, chain))
        given = NAME_GIVEN_AS.match(view.text, start, end) if k >= len(spans) - 2 else None
        if given and load_lexicon().pronoun_gender.get(given.group(1).lower()) == gender:
            # "At the counter, a woman in a quilted vest … She gives her name as Bev.": the name
            # the person gave is who the pronoun after it is
            candidates.append((start + given.start(2), given.group(2)))
            continue
        if subject is None and k >= len(spans) - 2 and (owner := _owner_of_a_reaction(view, start, end)):
            # "The governor’s reaction was less measured. “…,” she told her staff": the one whose
            # reaction the sentence is about
            candidates.append((start, owner))
        if subject is None and k >= len(spans) - 2 and (owned := OWNED_OPENING.match(view.text, start, end)):
            # "Mr. Reyes’s appetite for flattery showed when he praised the columnists who back
            # him, among them A, B and C": a sentence about a person's thing is about that person,
            # not those it names
            owner = _person_meant(view, make_speaker(view.text, owned.start(1), owned.end(1), "", "", 0.0))
            # (a person the article names in full, or one an honorific makes a person: not
            # "Kestrania’s offer", a country's)
            a_person = owner in view.full_names or stated_gender("", owned.group(1)) != ""
            # (the thing is no one of their own: "Mr. Tull’s lawyer, Bennett Corrigan," or "Ms.
            # Ashgrove’s campaign" is someone else who may speak)
            if owner and a_person and names_no_one(owned.group(2)) and gender_of.get(owner, gender) == gender:
                candidates.append((start, owner))
                continue
        # "The judge was unmoved. “…,” he said.": the person the description stands for
        anonymous = subject is not None and subject.kind is SpeakerKind.ANONYMOUS and subject.mention_start < pos
        described = described_person(view, subject, view.people) if subject is not None and anonymous else ""
        if subject is not None and anonymous and not described:
            # "Rep. Marisol Ketterman has discovered the gas pump. The Democratic Senate hopeful …
            # posted a video. Voters, she said, …": a description that varies on the person before
            described = described_subject_just_before(view, subject) or politician_in_view(view, subject)
        if subject is not None and anonymous and not described:
            # "the Front's political representative in Qelmar, Samir Adrovic, said … “…,” he
            # said": the name set off after the description (past a relative clause of its own:
            # "the waitress who has served the booth for 18 years, Bonnie Szabo, called …")
            clause = RELATIVE_OF_A_DESCRIPTION.match(view.text, subject.mention_end)
            set_off = NAME_SET_OFF.match(view.text, clause.end() if clause else subject.mention_end)
            described = set_off.group(1) if set_off and set_off.group(1) in view.full_names else ""
        if subject and subject.kind is SpeakerKind.NAMED and subject.mention_start < pos:
            name = full_name(subject, view.by_word, view.gender_of, view.text)
            # (not when the subject's honorific rules the pronoun out: "Mrs. Vanterpool said her
            # husband …. he told her" is not her son)
            ruled_out = stated_gender("", subject.mention) not in ("", gender)
            if ruled_out and len(name.split()) == 1:
                gender_of.setdefault(name, stated_gender("", subject.mention))  # "Ms. Ruiz nodded. “…,” he said" is not Ruiz
            if gender in ("male", "female") and len(subject.name.split()) == 1 and gender_of.get(name, gender) != gender and not ruled_out:
                # "The elder Quarrie is more philosophical. “…,” he says": of a family sharing
                # the surname, the member the pronoun's gender does not rule out
                family = [m[0] for m in view.by_word.get(subject.name, []) if m[0].split()[-1] == subject.name and m[1] < pos]
                fitting = [m for m in family if gender_of.get(m) == gender] or [m for m in family if m not in gender_of]
                name = fitting[-1] if fitting else name
            # (a single name counts once it speaks or is described: "His wife, Marjorie, keeps …")
            # (or a surname the article keeps using, its full name given only inside a quote:
            # "THE CLAIM: “Ines Calderón-Ruiz voted …” … Calderón-Ruiz, then in her second term, …")
            counts = len(name.split()) >= 2 or subject.role or name in view.full_names or any(name == s.name for _, s in recent)
            counts = counts or (lone is not None and lone.mention_start == subject.mention_start)  # ("Okafor laughed.")
            if not counts:
                name = _named_in_full_in_a_quote(view, name, gender) or name
            if counts or name != subject.name:
                candidates.append((subject.mention_start, name))
            candidates.extend((at, later) for at, later in view.later_reporters(start, end) if subject.mention_start < at < pos)
            asked_span = _asked_span(view.text, subject.mention_end, end, pos) if k >= len(spans) - max(2, reach) else None
            if asked_span and not ASKING_PRONOUN.match(view.text, pos):
                # "Marisol Quayle asked Rep. Imelda Sorensen whether she regretted the vote. “Not
                # for a second,” she said": the one asked, right after the verb, answers (not
                # when the pronoun asks again: "“Isn't that …?” he asked")
                named_asked = list(view.people_named(*asked_span))
                candidates.extend(named_asked or _described_one_asked(view, *asked_span))
            if k >= len(spans) - 2 - writer_sentences and gender in ("male", "female") and gender_of.get(name, gender) != gender:
                # "Dorsey will take over when Halloran retires. “…,” he said": a subject of the
                # other gender leaves the people the sentence names after it in view
                candidates.extend(
                    p for p in view.people_named(subject.mention_end, min(end, pos)) if not in_a_quote(view.quoted, view.quote_starts, p[0])
                )
                # ("Gary Pruitt was scrolling when his wife reached over. “…,” she told him": the
                # subject's spouse, named elsewhere with the shared surname)
                for relation in SUBJECTS_SPOUSE.finditer(view.text, subject.mention_end, min(end, pos)):
                    spouse = spouse_named(relation.start(), view.people, relation.group(1).lower(), view.text, name)
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
                # (not one the question is about: "Dorsey asked him whether Gov. Thessaly Harlan would …")
                about = ASKED_WHAT.search(view.text, subject.mention_end, min(end, pos))
                candidates.extend(
                    p for p in view.people_named(subject.mention_end, about.start() if about else min(end, pos)) if p[1] != asker
                )
        elif subject and described:
            candidates.append((subject.mention_start, described))
        elif len(spans) - reach <= k < len(spans) - 2:
            # a sentence further back that a run of the same pronoun keeps in view: its unnamed
            # person subject ("The president declined to tap money from Texas or Puerto Rico.
            # But he … “…,” he said") or else the first person it names ("When Voss turned to
            # Marchetti, the crowd chanted. He waved. “…,” he said"), never an unnamed thing
            # that reports ("The photo was criticized …")
            if named_asked := _named_one_an_unnamed_asker_asked(view, subject, end, pos):
                candidates.extend(named_asked)  # ("A reporter asked Osei whether …. She smiled. “…,” she said")
                continue
            if subject is not None and subject.kind is SpeakerKind.ANONYMOUS and (named_so := _named_in_its_predicate(view, subject, end)):
                candidates.append((subject.mention_start, named_so))  # "The waitress … is named Gloria Fenske."
                continue
            if (
                subject is not None
                and subject.kind is SpeakerKind.ANONYMOUS
                and a_person_word(head_noun(subject.mention.lower().split()))
                and _one_person(subject.mention)  # (not "Many people held signs. … he said")
                # (not one whose own clause has the pronoun's person as its object: in "One
                # night a judge found her there. She remembers …" the judge is no "she")
                and not _object_pronoun_after(view.text, subject.mention_end, end, gender)
                # (nor one the description gives the other gender: "Her first supervisor, a
                # retired linguist named Gerald Pruitt, …" is no "she")
                and _description_gender(view.text, subject, end) in ("", gender)
                # (nor one who asks it of the pronoun's person: "The reporter asked what would change her mind")
                and not _asker_of_the_pronoun(view.text, subject, end, gender)
            ):
                candidates.append((subject.mention_start, ""))  # "The president opted …": that person, unnamed
                unnamed_at[subject.mention_start] = subject.mention
                continue
            if _owned_by_the_pronoun(view.text, start, gender):
                continue  # "Her new ad shows Pike and Stroud. … she told": the sentence is about her thing
            if names_end < end and _participle_before(view.text, start, names_end, names_end):
                continue  # "Standing next to Okonjo, he said …": the participle's subject is the pronoun, not Okonjo
            named = (p for p in view.people_named(start, names_end) if not in_a_quote(view.quoted, view.quote_starts, p[0]))
            first = next(named, None)
            if first is not None:
                candidates.append(first)
        elif k >= len(spans) - 2:
            if named_asked := _named_one_an_unnamed_asker_asked(view, subject, end, pos):
                # "A reporter asked Danielle Osei whether …. “Mostly,” she said": the one an
                # unnamed asker put the question to answers
                candidates.extend(named_asked)
                continue
            unnamed = view.unnamed_reporter(start, end) if k + 1 < len(spans) else None
            # (the description before any appositive: "The 58-year-old, a former economist," is an age)
            unnamed_head = head_noun(unnamed.mention.split(",")[0].lower().split()) if unnamed is not None else ""
            aged = AGED_HEAD.fullmatch(unnamed_head) is not None
            if unnamed is not None and (not a_person_word(unnamed_head) or not _one_person(unnamed.mention)) and not aged:
                unnamed = None  # "She did neither, the profile noted": a document is no "she", nor are "Many people"
            if unnamed is not None and _description_gender(view.text, unnamed, end) not in ("", gender):
                unnamed = None  # "A spokeswoman said …. “…,” he said": a description of the other gender
            if unnamed is not None and _asker_of_the_pronoun(view.text, unnamed, end, gender):
                unnamed = None  # "The reporter asked what would change her mind. … “…,” she said"
            described_reporter = described_person(view, unnamed, view.people) if unnamed is not None else ""
            if unnamed is not None and described_reporter:
                # "When the judge asked …": the judge introduced by name, whose gender counts
                candidates.append((unnamed.mention_start, described_reporter))
                continue
            if unnamed is not None and not aged:  # (an age no one was given names no one new)
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
            if _owned_by_the_pronoun(view.text, start, gender):
                continue
            asked = ASKED_ABOUT.match(view.text, start, end)
            if FRONTED_BEFORE_PRONOUN.fullmatch(view.text, start, pos):
                continue
            if names_end < end and _participle_before(view.text, start, names_end, names_end):
                continue  # ("Standing next to Okonjo, he said …": the participle's subject is the pronoun)
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
        if gender in ("male", "female") and names_a_body(name, load_lexicon()):
            continue  # "Kelvingate Rovers manager Tomasz Wieczorek …. he said": a club is no "he"
        if gender in ("male", "female") and name.split()[:1] and name.split()[0].lower() in wl.PLURAL_QUANTIFIERS:
            continue  # "Most Americans oppose the order": many people are no "he"
        # (one the article never introduced as a person has the gender of a first name the
        # census knows: "his wife, Loretta," is no "he")
        known = gender_of.get(name) or (first_name_gender(name.split()[0], load_lexicon()) if name and " " not in name else "")
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
    if not fitting and gender in ("male", "female"):
        # "As he left, a reporter called out, “…?” Okonjo kept walking. “…,” he said": a name
        # the article gives only once, as the subject of one of the last two sentences
        for start, end in reversed(spans[-2:]):
            lone = None if in_a_quote(view.quoted, view.quote_starts, start) else view.lone_name_subject(start, min(end, pos, start + 200))
            if lone is not None and lone.name != asker and gender_of.get(lone.name, gender) == gender:
                return _lone_name_in_full(view, lone, gender)
    return fitting[-1] if fitting else ""
