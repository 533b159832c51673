"""ArticleView: what resolution reads of one article (its people, its quotes, the subjects of its
sentences), built once per article so that no pronoun pays for it again."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from quoteaudit.extract import wordlists as wl
from quoteaudit.extract.cues import CLAUSE_OPENER, clause_with_own_subject, cue_re, looks_like_cue
from quoteaudit.extract.mentions import (
    NAME_PREFIX,
    POSSESSIVE_TAIL,
    a_state_or_country,
    head_noun,
    make_speaker,
    names_a_body,
    split_name,
)
from quoteaudit.extract.people import a_person_word, bearing_surname, full_name, in_a_quote, name_in_text
from quoteaudit.extract.sentences import SentenceIndex
from quoteaudit.extract.subjects import main_subject, subject_before
from quoteaudit.extract.wordlists import load_lexicon
from quoteaudit.models import Speaker, SpeakerKind


@dataclass
class ArticleView:
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
    named_in_quotes: dict[tuple[str, str], str] = field(default_factory=dict)
    lone_names: dict[tuple[int, int], Speaker | None] = field(default_factory=dict)

    @functools.cached_property
    def quoted_text(self) -> str:
        """The words inside the article's quotation marks, joined: read for names given only there."""
        return " ".join(self.text[a:b] for a, b in self.quoted)

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
            titled = False
            fronted = self.text[m.end() : m.end() + 1] == ","  # (not "Beside Loreni stood his minister": inverted)
            if (
                rest
                and " " not in rest
                and ((fronted and opener.lower() in wl.union("PREPOSITIONS", "CLAUSE_OPENERS")) or opener.lower() in wl.SUBORDINATORS)
            ):
                # "For Fontaine, the decision …", "When Dolores got her first pair": the opener is no part of the name
                run, at = rest, m.end() - len(rest)
            elif rest and " " not in rest and opener in load_lexicon().titles:
                run, at = rest, m.end() - len(rest)  # "a radio host who has mocked Mr. Reyes": Reyes
                # (an office's title, one a person holds: not "House Republicans", "Democratic Renewal")
                titled = opener.lower() in wl.union("person_heads") and opener != "General"
            if " " in run or any(a <= at < b for a, b in taken):
                continue
            word = POSSESSIVE_TAIL.sub("", run)
            if word != run and not self._owner_in_view(lo, at, m.end()):
                continue
            people = [p for p in bearing_surname(self.by_word.get(word, []), word) if p[1] < at]
            # (or by the first name a profile calls someone: "and Marguerite closes the door";
            # here too when she is known by that one word and this is its first use)
            people = people or [p for p in self.by_word.get(word, []) if p[0].split()[0] == word and (p[1] < at or p[:2] == (word, at))]
            if len(people) > 1 and gender in ("male", "female"):
                people = [p for p in people if self.gender_of.get(p[0]) == gender]
            if len(people) == 1 and not names_a_body(people[0][0], load_lexicon()):
                found[at] = people[0][0]
            elif (
                not people
                # (or a title: "Senator Pell asked Director Lund how many …")
                and (titled or HONORIFIC_BEFORE.search(self.text, max(0, at - 6), at))
                and len(word) > 2
                and word not in load_lexicon().titles  # (an address: "Mr. President")
                and self.text[m.end() : m.end() + 1] != "."  # (an initial: "Mr. S. Stroud")
                and gender in ("", self.gender_of.get(word, gender))
            ):
                found[at] = word  # "who has mocked Mr. Reyes": a person the article names only so
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
        return not (owned and a_person_word(head_noun(owned.group().split())))

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
            # (not a place set off by commas: "… near Bailieborough, Co Cavan, said she …")
            place = (
                speaker is not None
                and speaker.name.split()[:1]
                and speaker.name.split()[0] in wl.union("PLACE_NAME_STARTS", "PLACE_FIRST_WORDS")
            )
            if speaker and speaker.kind is SpeakerKind.NAMED and not place:
                found.append((speaker.mention_start, full_name(speaker, self.by_word, self.gender_of, self.text)))
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
        if words and words[0] in wl.POSSESSIVE_DETERMINERS and not a_person_word(head_noun(words)):
            return None  # "shows her grading lab reports": her lab, a thing, reports nothing
        return speaker if speaker is not None and speaker.kind is SpeakerKind.ANONYMOUS and one_person else None

    def subject_of(self, start: int, limit: int) -> Speaker | None:
        key = (start, limit)
        if key not in self.subjects:
            subject = main_subject(self.text, start, limit, "")
            self.subjects[key] = None if subject and self.quoted_at(subject.mention_start) else subject
        return self.subjects[key]

    def lone_name_subject(self, start: int, limit: int) -> Speaker | None:
        """A single name followed by its verb that opens the clause at START ("Okonjo kept
        walking"), which ``subject_of`` leaves out when the article gives the name only once,
        since a capital at a sentence's start may be any word."""
        key = (start, limit)
        if key not in self.lone_names:
            self.lone_names[key] = self._lone_name_subject(start, limit)
        return self.lone_names[key]

    @functools.cached_property
    def words_read(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """The article's lower-case words, its capitalised words, and the capitalised words
        it places something "in", "across" or "throughout": read once, so that asking about
        a word costs a look-up, not a pass over the text."""
        lower = frozenset(re.findall(r"(?<![\w’'\-])[a-z][\w’'\-]*", self.text))
        capital = frozenset(re.findall(r"(?<![\w’'\-])[A-Z][\w’'\-]*", self.text))
        placed = frozenset(re.findall(r"\b(?:in|across|throughout)[ \t]+([A-Z][\w’'\-]*)", self.text))
        return lower, capital, placed

    def _shown_to_be_no_name(self, word: str) -> bool:
        """Whether the article shows a capitalised word to be no one's name: a place it goes on
        naming ("farmers in Sarandia", "Sarandian reporters") or a word it also writes in lower
        case ("Debate was closed … a long debate")."""
        lower, capital, placed = self.words_read
        return word.lower() in lower or word in placed or any(word + ending in capital for ending in ("n", "an", "ian", "ese"))

    def _lone_name_subject(self, start: int, limit: int) -> Speaker | None:
        subject = main_subject(self.text, start, limit, "", vouched=True)
        set_off = LONE_NAME_THEN_ASIDE.match(self.text, start, limit) if subject is None else None
        if set_off:  # ("Brennan, the county clerk, says …": the name before its appositive)
            subject = make_speaker(self.text, set_off.start(1), set_off.end(1), "", "", 0.5)
        if subject is None or subject.kind is not SpeakerKind.NAMED or " " in subject.name or self.quoted_at(subject.mention_start):
            return None
        word = subject.name.lower()
        if a_state_or_country(subject.name) or word in wl.union("NOT_LONE_NAMES", "PREDICATE_STARTS", "IRREGULAR_PARTICIPLES"):
            return None  # "Iowa voted early": a place; "Here is …", "Gone was the …": no name
        if self._shown_to_be_no_name(subject.name):
            return None
        # (a verb that can only be one right after it, a past tense or an auxiliary of one
        # person: not "Evacuation orders for …", "Dockworkers at …", "Sanctions were", "Minutes later")
        # (past an appositive set off by commas: "Brennan, the county clerk, says")
        # (or a reflexive that stresses it: "Pell herself made a surprise visit")
        aside = LONE_NAME_ASIDE.match(self.text, subject.mention_end) or STRESSING_REFLEXIVE.match(self.text, subject.mention_end)
        after = aside.end() if aside else subject.mention_end
        verb = re.match(r"[ \t]+([a-z]+)\b", self.text[after : after + 30])
        verbs = wl.PREDICATE_STARTS - wl.LONE_NAME_NOT_BEFORE - {"who"}
        if verb is not None and re.match(r"[ \t]+(?:that[ \t]+)?its?\b", self.text[after + verb.end() : after + verb.end() + 12]):
            return None  # "Pennant says it has 210,000 users": a body that speaks of itself as "it"
        speech = verb is not None and verb.group(1) in load_lexicon().cues  # ("says", "told")
        if verb is None or not (verb.group(1) in verbs or speech or re.fullmatch(r"[a-z]{2,}ed", verb.group(1))):
            return None
        if subject.name.endswith("s") and verb.group(1) not in ("was", "is", "has"):
            return None  # "Guests arrived", "Bills rose": a plural noun, unless its verb is singular ("Davis was")
        return subject


# an appositive after a name, set off by commas ("Brennan, the county clerk,"), or a
# participle's aside ("Yuliana, sitting on an overturned bucket,")
LONE_NAME_ASIDE = re.compile(r",[ \t]+(?:(?:the|a|an|his|her|its|their)[ \t][^,;:“”\"\n]{1,60}|[a-z]+ing(?:[ \t][^,;:“”\"\n]{1,60})?),")
STRESSING_REFLEXIVE = re.compile(r"[ \t]+(?:himself|herself|themselves)(?=[ \t]+[a-z])")
LONE_NAME_THEN_ASIDE = re.compile(r"[ \t]*([A-Z][\w’'\-]+)(?=,[ \t]+(?:(?:the|a|an|his|her|its|their)[ \t]|[a-z]+ing[ \t,]))")

# an honorific right before a surname: a person, whatever else the article names them
HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?[ \t]+$")
# a run of capitalised words; one that is a single word may be a surname ("Siebold"), a
# longer one is a name of its own ("Truth Social")
CAPITALISED_RUN = re.compile(rf"(?<![\w’'\-])(?:{NAME_PREFIX})?[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-.]*)*")
CLAUSE_JOIN = re.compile(r",[”’\"']?\s+(?:and|but)\s+")
