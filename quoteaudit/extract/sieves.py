"""The ordered sieves: each looks at the words around one quote and names its speaker mention or
passes, most precise shape first (trailing "…,” she said", "according to", a cue before the
quote, colon and dash lead-ins, then the weaker sentence- and paragraph-level guesses)."""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from quoteaudit.extract import wordlists as wl
from quoteaudit.extract.cues import (
    CLAUSE_OPENER,
    according_re,
    after_a_plural_quantifier,
    after_a_superlative,
    clause_start_in,
    clause_with_own_subject,
    cue_re,
    has_a_cue,
    is_a_clause,
    looks_like_cue,
    names_a_noun,
    object_control_re,
    possessed_speech_noun,
    refused_before,
)
from quoteaudit.extract.mentions import (
    AGED_HEAD,
    POSSESSIVE_TAIL,
    SUBHEAD_MAX_CHARS,
    demonstrative_description,
    first_name_gender,
    has_sentence_end,
    head_noun,
    held_at_a_distance,
    is_adverb,
    is_pronoun,
    make_speaker,
    np_left,
    phrase_end,
    role_after,
    share_of_people,
    singular_noun,
    split_name,
    strip_between_words,
    top_level_commas,
)
from quoteaudit.extract.quotes import CROWD_SPEECH_BEFORE, SPEAKER_LABEL, TURN_GAP, TURN_LABEL, WORD_RE, in_a_headline, is_title_case
from quoteaudit.extract.sentences import SentenceIndex
from quoteaudit.extract.subjects import (
    APPOSITIVE_AFTER_A_NAME,
    NAME_LIST,
    REACTION_OF,
    SET_OFF_ADVERB,
    TIME_PHRASE_OPENING,
    a_head_for_someone,
    a_person_noun,
    and_inside_a_title,
    gerund_subject,
    listed_together,
    main_subject,
    named_pair,
    participle_subject,
    subject_before,
    subordinate_subject,
)
from quoteaudit.extract.wordlists import load_lexicon
from quoteaudit.models import Annotation, Quote, QuoteKind, Speaker, SpeakerKind
from quoteaudit.rules import default_rules_dir, rules_dir_key


@dataclass(frozen=True)
class QuoteContext:
    """The text a sieve may look at around one quote."""

    text: str
    quote: Quote
    open_mark: int  # offset of the opening mark (or quote start when it was missing)
    close_mark_end: int  # offset just past the closing mark
    before_start: int  # start of the text before the quote in its paragraph (after any earlier quote)
    after_end: int  # end of the text after the quote in its paragraph (before any later quote)
    sentence_start: int  # start of the sentence the quote opens in
    sentence_end: int  # end of the sentence the quote closes in
    paragraph_start: int
    sentences: SentenceIndex  # the article's sentences, from its Annotation

    @property
    def before(self) -> str:
        return self.text[self.before_start : self.open_mark]

    @property
    def opening(self) -> int:
        """Where the quote's sentence opens, within its paragraph (a sentence the splitter ran
        across a paragraph break opens at the break)."""
        return max(self.sentence_start, self.paragraph_start)

    @property
    def after(self) -> str:
        return self.text[self.close_mark_end : self.after_end]


# Trailing attribution: `…,” he said`, `…,” said John Smith`, `…,” Smith added`.
TRAIL_SUBJECT_CUE = re.compile(
    r"^[\s,.!?]*(?P<np>(?:[^\s,.;:!?\"“”][^,.;:!?\"“”]{0,80}?))\s+(?:(?:also|later|then|once|further)\s+)?(?P<cue>\w+)\b"
)


# A cue followed by its own "that"-clause reports other words than the quote before it
# ("…,” an aide said later that …), unless "that" opens a time ("said that night").
# a reported answer after a question: "“…?” Dunmore said she had not"
ANSWER_AFTER_A_QUESTION = re.compile(
    r"\s+(?:he|she|they|I|we|it)\s+(?:had|has|have|was|were|did|does|do|would|could|is|are|will)(?:\s+not|n[’']t)?\b"
    # (or a clause with a subject of its own: "“…?” Dallimore said the state shared that interest")
    r"|\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]+\s+(?:had|has|have|was|were|did|would|could|is|are|will|[a-z]+ed)\b"
)
REPORTS_OTHER_WORDS = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+that\b(?!\s+(?:night|day|morning|afternoon|evening|week|weekend|month|year|time)\b)"
)


# ", Ines Vogelsang." closing a description: the name of the person it describes
# (then an age or a place of work may follow: "…, Raymond Ouellette, 71,", "…, Dana Ruffin of the Prairie Institute")
NAME_AFTER_DESCRIPTION = re.compile(
    # (a lawmaker's party tag may follow: "said its sponsor, Rep. Tobias Wren, R-Ariz.")
    r",[ \t]+((?:[A-Z][\w’'\-]*\.?[ \t]+){1,3}[A-Z][\w’'\-]+)"
    r"(?=[.;]|,[ \t]+(?:who|a|an|the|\d{1,3},|[DRI]-[A-Z]|Democrat\b|Republican\b|Independent\b)|[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]|$)"
)


# "…, a 20-year-old economics student named Ilka.": a description that ends with the name
NAMED_IN_AN_APPOSITIVE = re.compile(
    r",[ \t]+(?:a|an)[ \t]+[^,.;:“”\"\n]{0,60}?\bnamed[ \t]+([A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2})(?=[.;,]|$)"
)


PASSIVE_AGENT_AFTER = re.compile(r"\s+by\s+(\S)")


def share_of_whom() -> re.Pattern:
    """A share of the people just named, as the subject of a relative clause right before a
    cue: ", one of whom", ", two of whom" (group 1), perhaps with an adverb before the verb;
    the quantifiers are the lexicon's share_quantifiers."""
    return _share_of_whom(rules_dir_key())


@functools.cache
def _share_of_whom(rules_dir: str) -> re.Pattern:
    quantifiers = "|".join(sorted(wl.SHARE_QUANTIFIERS, key=len, reverse=True))
    return re.compile(rf",[ \t]*((?:{quantifiers})[ \t]+of[ \t]+whom)[ \t]+(?:[a-z]+ly[ \t]+)?$")


# a quote's comma, then a pronoun or a name and a plain "said" that closes the sentence
CLOSING_REPORT = re.compile(r",?[ \t]*(?:he|she|they|[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)?)[ \t]+(?:said|says)[.]")
# the end of a source's phrase that is no part of it: a naming participle before a quoted title
# ("a review titled"), or a participle of release and its time ("released Wednesday")
PARTICIPLE_CLOSING_A_SOURCE = re.compile(
    r"[ \t]+(?:(?:titled|entitled|headlined|dubbed|called)"
    r"|(?:released|published|issued|posted|filed|made[ \t]+public|obtained|dated)"
    r"(?:[ \t]+(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|(?:last|this|earlier|late|early)[ \t]+[a-z]+))?)[ \t]*$"
)
# a noun, then a determiner opening a relative clause's subject, up to its verb ("transcript the
# county", "remarks the museum later"); not after a preposition ("minutes of the meeting")
RELATIVE_BEFORE_ITS_VERB = re.compile(
    r"\b(?!(?:of|in|on|at|for|from|by|with|to|about|into|over|under)\b)[a-z]+[ \t]+(?:the|a|an|its|his|her|their)[ \t]+(?:[\w’'\-]+[ \t]*){1,2}$"
)
# a speech noun and the past participle after it ("a statement emailed", "a letter posted")
PARTICIPLE_AFTER_A_SPEECH_NOUN = re.compile(r"\b([a-z]+)[ \t]+[a-z]+ed$")
# a verb of finding and its "that" ("the survey found that", "the poll also shows that,")
FINDING_THAT = re.compile(r"\b([a-z]+)[ \t]+that\b[ \t,]*")
# “…” was how X described it, “…” is what X called it: the subject comes after "how"/"what"
WAS_HOW = re.compile(r"\s*(?:[—–-]{1,2}\s*(?:that|this)(?:’s|'s|\s+(?:was|is))|(?:was|is|were|are))\s+(?:how|what)\s+")


# an auxiliary or modal after the first word of a phrase: the phrase is a clause's subject and verb
AUXILIARY_INSIDE = re.compile(r"\s(?:is|was|are|were|has|have|had|will|would|could|should|can|may|might|must)\b")


# "“…,” state Senate leader Doug Hammond said.", "“…,” state Sen. Ada Moss told supporters": a
# speech verb inside the phrase after the first word makes that word part of the subject, not
# a cue ("state")
CUE_CLOSING_THE_PHRASE = re.compile(r"\s(?:said|says|added|adds|wrote|writes|told|tells)\b")


# a name and "and" before the name that stands before the verb: two people speak together
# two people named together, and nothing else ("Ana Ruiz and Tom Bell", "Moss and Lind")
# (or three and more: "Lirent, Ostremark and Sulvania")
NAMED_PAIR_MENTION = re.compile(
    rf"[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*)*[ \t]+(?:and|&)[ \t]+[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*)*|{NAME_LIST}"
)
# (lower-case role words may come first: "nuclear experts Dana Albright and Serena Kell wrote")
# (or two described parties: "the union and the hospital said", "the mayor and the governor said")
COORDINATED_NAME = re.compile(
    r"\s*((?:[a-z][\w\-]*\s+){0,3})((?:[A-Z][\w’'\-.]*\s+){1,5}and\s+|(?:the|his|her|their|its)\s+(?:[\w’'\-]+\s+){1,3}and\s+)"
)


# a speaker heard or seen on a recording, right after a quote: "Hollins can be heard telling",
# "she is seen saying", "a man could be heard shouting" (group 1 the subject, 2 the verb)
HEARD_SAYING = re.compile(
    r"((?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w’'\-]+|he|she|they|(?:a|an|the|one)[ \t]+(?:[a-z\-]+[ \t]+){0,2}[a-z]+)"
    r"[ \t]+(?:can|could|is|was|are|were)[ \t]+(?:be[ \t]+)?(?:heard|seen)[ \t]+(saying|telling|asking|shouting|adding|yelling)\b"
)


# after a cue: a phrase of place or time and the comma that opens a quote ("on social media Friday, ")
CUE_PHRASE_COMMA = re.compile(r"[ \t]+(?:on|in|at|during|via|from|over)[ \t]+[^,;:.!?“”\"‘’]{1,40},[ \t]*")


def _inverted_subject_names_someone(phrase: str) -> bool:
    """Whether the phrase after an inverted cue ("…,” said the port director) can be its
    subject: a name, a pronoun, or a noun for people or a body as its head ("one of the
    organizers", "a spokesman for the union"); not "her clearest pledge so far to …", "a deep
    divide", "the new parking fees and praised …"."""
    words = phrase.split()
    if not words or words[0][:1].isupper() or words[0].lower() in wl.SUBJECT_PRONOUNS:
        return True
    shared = re.match(r"(?i)(?:one|some|many|most|several|two|three|four|five|each|all|both|none)[ \t]+of[ \t]+(.+)", phrase)
    phrase = shared.group(1) if shared else phrase
    core = re.split(r"[ \t,]+(?:that|to|who|whom|which|whose|and|or|yet|as|of|for|in|at|from|with|on|by|about|over)[ \t]", phrase)[0]
    core_words = core.strip(" ,.").split()
    if any(w[:1].isupper() for w in core_words):
        return True  # ("the Harlow mayor", "the union's Ana Ruiz")
    head = core_words[-1].lower().strip("’'") if core_words else ""
    return (
        bool(AGED_HEAD.fullmatch(head))
        or a_person_noun(head)
        or head in load_lexicon().organization_heads
        or head in load_lexicon().gender_words
    )


def sieve_trailing(ctx: QuoteContext) -> Speaker | None:
    """Cue right after the closing mark, with the speaker before or after it: the most
    reliable shape in news copy ("…,” Polga-Hecimovich said / stated Polga-Hecimovich)."""
    text, after = ctx.text, ctx.after
    if not re.match(r"^[\s,.!?…]*[,]?\s", after + " ") or not after.strip():
        return None
    leading = re.match(r"^[\s,.!?…]*", after)  # always matches, if only the empty string
    base = ctx.close_mark_end + (leading.end() if leading else 0)
    rest = text[base : ctx.after_end]
    # cue first: "said John Smith" / "stated Bruno Rodriguez at the ceremony"
    m = re.match(r"(?P<cue>\w+)\s+(?P<np>\S)", rest)
    np_word = re.match(r"\w+\s+([\w’'\-\.]+)((?:\s+[\w’'\-\.]+){0,4})", rest)
    # "said Smith", "said a senior aide", "said retired Army Lt. Gen. Mick Bednarek"
    starts_well = (
        np_word is not None
        and (
            np_word.group(1)[:1].isupper()
            or np_word.group(1).lower().strip(".,") in load_lexicon().determiners | wl.SUBJECT_PRONOUNS  # ("said she")
            or any(w[:1].isupper() for w in np_word.group(2).split())
        )
    )
    # (a capital opens a sentence or a name, not a verb: "…” State Sen. Paul Ashford, a Democrat, had urged")
    if m and m.group("cue") in load_lexicon().cues and not m.group("cue").endswith("ing") and starts_well:
        np_start = base + m.start("np")
        np_end = phrase_end(text, np_start, ctx.after_end)
        listed = re.match(rf"{NAME_LIST}(?=[ \t]*[.;,]|[ \t]+(?:in|on|at)\b)", text[np_start : ctx.after_end])
        np_end = np_start + listed.end() if listed else np_end  # "said Ana Ruiz, Tom Bell and Ida Moss": all three
        verb_inside = AUXILIARY_INSIDE.search(text, np_start, np_end) or CUE_CLOSING_THE_PHRASE.search(text, np_start, np_end)
        if verb_inside and re.search(r"\b(?:who|that)[ \t]+(?:[a-z]+[ \t]+)?$", text[np_start : verb_inside.start()] + " "):
            verb_inside = None  # "said a man who would give only his first name": the verb of a relative clause
        # ("said the candidate could be …" is reported speech of its own, not an inverted subject;
        # "…,” mocked Sen. Delia Marchetti as “…”: the name is the verb's object)
        object_as = re.match(r"[ \t]+as[ \t]+[“\"‘']", text[np_end : np_end + 8]) is not None
        # (a verb of telling takes its listener there, and a phrase for no one is the verb's
        # object: "…, who sensed “…”, told her staff to look elsewhere", "“…” suggests a deep divide")
        # (only inside a sentence that began before the quote: one the quote opens has its
        # speaker there, whatever the noun, "“…,” said the harbor master")
        inside = re.search(r"\w", text[ctx.sentence_start : ctx.open_mark]) is not None
        # (nor after a plain "said": "The plan is “a disaster,” said the harbor master")
        its_object = m.group("cue").lower() in ("told", "tells") or (
            inside and m.group("cue").lower() not in wl.PLAIN_CUES and not _inverted_subject_names_someone(text[np_start:np_end])
        )
        if (verb_inside is None or not text[np_start : verb_inside.start()].strip()) and not object_as and not its_object:
            role = role_after(text, np_end, ctx.after_end)
            speaker = make_speaker(text, np_start, np_end, "trailing_cue_subject", m.group("cue"), 0.95, role)
            if speaker and listed and speaker.kind is SpeakerKind.NAMED:
                return replace(speaker, name=speaker.mention)
            if speaker:
                return _named_after_description(text, speaker, ctx.after_end)
    heard = HEARD_SAYING.match(rest)
    if heard:
        # “…,” Hollins can be heard telling the group: a recording's speaker
        speaker = make_speaker(text, base + heard.start(1), base + heard.end(1), "trailing_subject_cue", heard.group(2), 0.9)
        if speaker is not None and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.PRONOUN, SpeakerKind.ANONYMOUS):
            return speaker
    # subject first: "he said" / "Smith, a professor, said" / "the official added"
    before = text[max(ctx.sentence_start, ctx.before_start) : ctx.open_mark]
    # ("the crowd shouted, “…”"; a sentence adverb set off by commas is skipped, in place:
    # "told the Courier, however, that “…”")
    plain_before = re.sub(rf",[ \t]+{SET_OFF_ADVERB},", lambda m: " " * len(m.group()), before)
    tail_words = re.search(r"(?:[\w’'\-]+[ \t]+){0,3}[\w’'\-]+,?[ \t]*$", plain_before)
    governing = load_lexicon().cues - wl.PLAIN_CUES
    # (a plain "she said." closing the sentence reports all of it, the cue before the quote with
    # its subject: "Her brother keeps telling her the plant “…,” she said" is hers, as "Kessler
    # said Pell called her “…”" is Kessler's)
    closing_report = CLOSING_REPORT.match(text, ctx.close_mark_end) is not None
    # (a subordinate clause opening the sentence whose own subject and verb introduce the quote
    # keeps it: in "When Ruiz waved to the bleachers and said “…”, a woman shouted" she said something else)
    # (or one that ", and" or ", but" opens: "A few jeered, and when Ruiz said “…”, a woman shouted")
    opener = SUBORDINATE_RUNNING_TO_THE_QUOTE.search(before)
    # (where the subordinate clause's words begin, or None when the sentence opens no such clause)
    subordinate_from = opener.start(2) if opener and opener.group(1).lower() in wl.SUBORDINATE_OPENERS else None
    in_subordinate = subordinate_from is not None
    if subordinate_from is not None and _the_subordinate_clause_reports(ctx, before, subordinate_from):
        # "When a guest on the morning show argued that “…”, the host cut him off", "although
        # she has disowned “…”, party elders have questioned her": the clause's own verb takes
        # the quote; the main clause after it says something else
        return None
    if tail_words and (not closing_report or in_subordinate):
        for word in re.finditer(r"[\w’'\-]+", tail_words.group()):
            cue = cue_re().match(before, tail_words.start() + word.start())
            plain_in_subordinate = (
                subordinate_from is not None
                and word.group().lower() in wl.PLAIN_CUES
                and tail_words.start() + word.start() > subordinate_from
            )
            if (word.group().lower() in governing or plain_in_subordinate) and cue and looks_like_cue(before, cue):
                return None  # “that Judge Mosman called “distasteful,” Santilli expressed …”: the cue before governs
    for cue in cue_re().finditer(before, max(0, len(before) - 80)):
        # "The union posted on social media Friday, “…?” Quint replied.": a cue and a phrase of
        # place or time, then the comma that opens the quote, governs it too
        if cue.group(1).lower() in governing and CUE_PHRASE_COMMA.fullmatch(before, cue.end()) and looks_like_cue(before, cue):
            return None
    # (a full stop outside the mark ends the sentence too, in British style: "‘… meaning no’. Valmoria’s envoy said")
    # (not an abbreviation's period before the comma: “… at 10 a.m.,” Calderwood wrote)
    ends_sentence = re.search(r"\.[^\w,]*$", ctx.quote.text) is not None or re.match(r"\.\s", after) is not None
    # (a quote after a lead-in colon that closes on no comma has no attribution after it either:
    # "Kane wrote on X: “… #Debate” Tolver answered"; "…: “…,” he told the Times" has)
    lead_in = ends_sentence or (before.rstrip().endswith(":") and not re.search(r"[,?!]\W*$", ctx.quote.text))
    if lead_in and before.strip() and has_a_cue(before):
        return None  # "Lee told Bell the plan was “reckless.” He disagreed.": the next sentence is not its attribution
    unpunctuated = not re.match(r"\s*[,.!?…;:—–\-(]", after) and not re.search(r"[,.!?…;:]\W*$", ctx.quote.text)
    finite_cue = unpunctuated and any(
        looks_like_cue(before, m) and not m.group(1).lower().endswith("ing") for m in cue_re().finditer(before)
    )
    if finite_cue:
        # "Corbin said that the candidate “stands by every word” he said on the show": with no
        # mark between them, a clause after a phrase the sentence's own finite cue reports is
        # a relative clause on its last noun, no attribution (an opening participle's phrase
        # is not: "Granting the vote might slip “a week” she cautioned: …")
        return None
    believed = _belief_verb_closing(ctx, base, rest)
    if believed is not None:
        return believed
    broke = False
    for cue in cue_re().finditer(rest[:160]):
        if rest[cue.start() - 1 : cue.start()] in ("-", "‐") or after_a_superlative(rest[: cue.start()]):
            continue  # "the council's non-answer", "the longest answers": a noun, not a cue
        if refused_before().search(rest, 0, cue.start()):
            break  # "… Douglas Ahn, who sat on the board, declined to comment.": nobody spoke
        if cue.group(1)[:1].isupper() and re.search(r"(?:[A-Z][\w.’'\-]*|of|for|and|&)\s+$", rest[: cue.start()]):
            continue  # "the Washington State Office", "Secretary of State Ann Voss": a capitalised word inside a name
        between = rest[: cue.start()]
        if not between.strip():
            continue  # a cue right after the mark had its chance above ("said X"); "state Senate …" may go on
        thing_said = list_patterns().thing_said_after.match(between)
        # (a noun for the words and who issued them is the subject: “…,” a statement from the party said)
        issuer = thing_said is not None and re.fullmatch(r"[ \t]+(?:from|by)[ \t]+[^,;:]{1,60}?[ \t]*", between[thing_said.end() :])
        if thing_said and between[thing_said.end() :].strip(" ,") and not issuer:
            # “…,” a claim her rival dismissed as fantasy: the quote is what the noun names, and
            # the clause after it is someone else's (“…,” the statement said: the noun speaks)
            return None
        if has_sentence_end(between) or re.search(r"[;\"“”]", between):
            return None
        relative_on_noun = re.search(r"\b(?:who|which|that)\b([^,]*)$", between)
        if (
            relative_on_noun
            and all(w.lower() in wl.AUXILIARIES or is_adverb(w) for w in relative_on_noun.group(1).split())
            and has_a_cue(before)
        ):
            # "She added that Democrats were tracking “three, maybe four” Republicans in swing
            # districts who had privately signaled …": after a quote its sentence's verb of
            # saying governs, the verb of a relative clause on the noun after it is no
            # attribution ("the woman who ran the store said" has the clause's own verb first)
            continue
        word_before = between.split()[-1:] or [""]
        if (
            cue.group(1).lower().endswith("ing")
            or names_a_noun(word_before[0])
            or possessed_speech_noun(word_before[0], cue.group(1))
            or (cue.group(1).lower().endswith("s") and after_a_plural_quantifier(between))
        ):
            # "many of the states voting", "is one common saying here", "by Ortega’s comments",
            # "with three neighboring states": nouns and participles
            continue
        # (a name may carry a long apposition: "…,” Leonard Burman, director of the … Center and a
        # professor at …, said")
        # (only after a quote that opens its sentence: "While Ryan laid out “…,” Ben Carson, the
        # physician who …, warned" has its subject inside the sentence)
        named_first = (
            re.match(r"\s*(?:[a-z]+\s+){0,3}[A-Z][\w.’'\-]*\s+[A-Z]", between) is not None
            and not text[ctx.sentence_start : ctx.open_mark].strip()
        )
        if len(between.split()) > (30 if named_first else 14):
            broke = True
            break  # too far for “…,” X said; the sentence may still end with ", he said."
        # after a finished sentence, “…” He added, “…” introduces the next quote, and
        # He said, twice, that … starts new reported speech: only "He said." closes this one
        if REPORTS_OTHER_WORDS.match(rest[cue.end() :]):
            return None  # “…,” an aide said separately that crews were ready: other words, not this quote
        if re.match(r"[ \t]+as[ \t]+[“\"‘']", text[base + cue.end() : base + cue.end() + 6]):
            return None  # “…,” a formula one aide dismissed as “…”: the cue governs the next quote
        if ctx.quote.text.rstrip(" ,").endswith("?") and ANSWER_AFTER_A_QUESTION.match(rest[cue.end() :]):
            return None  # “Have you heard it?” Dunmore said she had not: the answer, not the one who asked
        closes = CLOSES_ITS_ATTRIBUTION.match(rest[cue.end() :])
        if ends_sentence and not (closes and (closes.group(1) is None or cue.group(1).lower() in wl.CLOSING_CUES)):
            return None  # “…everything.” Brafman said he had… starts a new sentence
        listed = re.fullmatch(rf"\s*({NAME_LIST})\s*", between)
        if listed:
            # “…,” Lirent, Ostremark and Sulvania said: the names listed speak together
            listed_speaker = listed_together(text, base + listed.start(1), base + listed.end(1), "trailing_subject_cue", cue.group(1), 0.95)
            if listed_speaker is not None:
                return listed_speaker
        role = ""
        # (a stray comma after a party tag closes no aside: "“…,” Sen. Jon Meyer (R-Ariz.), said")
        np_text = re.sub(r"\)[ \t]*,[ \t]*$", ")", between)
        if "," in between.strip().rstrip(","):
            head, _, tail = between.partition(",")
            role = tail.strip().strip(",")
            np_text = head
            if re.match(r"(?:and|but|or|so|then|while|as|yet)\b", role):
                broke = True
                break  # “CNN” five times, and specifically mentioned …: a clause, not an appositive
        passive = (between.split() or [""])[-1].lower() in wl.BE_FORMS
        agent = PASSIVE_AGENT_AFTER.match(rest, cue.end())
        if agent and passive:
            # “…,” the inspector was told by night watchman Gunnar Aas: the agent spoke
            speaker = _agent_at(ctx, base + agent.start(1), cue.group(1))
            if speaker is not None:
                return speaker
        if passive and not re.match(
            r"[ \t]+(?:as[ \t]+say|to[ \t]+(?:say|have[ \t]+said))", text[base + cue.end() : base + cue.end() + 20]
        ):
            broke = True
            break  # “…,” I was reminded of …: the one told or asked, not the speaker ("he was quoted as saying" is)
        how = WAS_HOW.match(between)
        if how:  # “A slow disaster” was how analyst Corwin Blake described it
            between, base = between[how.end() :], base + how.end()
            np_text = between
        np_start, np_end = strip_between_words(text, base, base + len(np_text))
        restrictive = re.search(r"\s(?:who|whose)\s", np_text)
        if restrictive:  # “…,” residents who lost their homes said: the phrase before "who"
            np_end = base + restrictive.start()
        if not restrictive and (both := named_pair(text, np_start, np_end, "trailing_subject_cue", cue.group(1), 0.95, role)) is not None:
            return both  # “…,” Speaker Ana Ruiz of Ely and Sen. Tom Bell of Iowa said: both
        np = np_left(text, np_start, np_end)
        first_of_two = COORDINATED_NAME.fullmatch(text, base, np[0]) if np is not None else None
        together = first_of_two is not None
        pair_start = first_of_two.start(2) if first_of_two else 0
        if np is not None and first_of_two is not None:  # “…,” Ana Ruiz and Tom Bell said: both, from the first name on
            np = (first_of_two.start(1) if first_of_two.group(1) else pair_start, np[1])
        lead = text[base : np[0]].split() if np else []
        if np is not None and len(lead) == 1 and demonstrative_description([*lead, text[np[0] : np[1]]]):
            # “…,” that official said: a demonstrative and the person's noun, one mention
            np, lead = (np[0] - len(text[base : np[0]].lstrip()), np[1]), []
        if np is None:
            broke = True
            break  # “…” for Clinton, said Kunin: no subject before this cue; try the sentence's end
        # the “reckless spending” that Mayor Calder denounced: a quoted noun phrase (no
        # punctuation closes it) and a relative clause whose subject used the words
        # (unless the sentence ends in an attribution of its own, which reports the whole of it:
        # "the “dirty tricks” that Ines Calder alleged are nothing new, her rival said")
        # (only a quoted phrase that opens its sentence: in "hammered the press for its “phony
        # polls” that he claimed …" the sentence has its subject already)
        relative = (
            lead in (["that"], ["which"])
            and not re.search(r"[,.;:?!…]\W*$", ctx.quote.text)
            and re.fullmatch(r"(?i)\s*(?:the|a|an|this|these|those|his|her|their|its)?\s*", ctx.text[ctx.sentence_start : ctx.open_mark])
            is not None
        )
        if relative and (final := _sentence_final_attribution(ctx)):
            return final
        if (
            not relative
            and (
                len(lead) > 3
                or not all(w.replace("-", "").isalpha() and w.islower() and w not in wl.CLAUSE_AFTER_QUOTE for w in lead)
                or (lead and lead[0] in wl.PREPOSITIONS)  # “…” along the line's western section had added: no attribution
                # “Night Shift,” shows her grading lab reports: a verb and its object, no subject
                or (lead and lead[-1].endswith("s") and text[np[0] : np[1]].split()[0].lower() in load_lexicon().determiners)
            )
        ):
            broke = True
            break  # the phrase before the cue starts right after the quote ("former FBI agent …")
        speaker = make_speaker(text, np[0], np[1], "trailing_subject_cue", cue.group(1), 0.95, role)
        if speaker is not None and together and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.GROUP):
            # both people, not the last one named (nor the role words before them)
            pair = re.split(r"\s+(?:of|from|at|with)\s+", text[pair_start : np[1]], maxsplit=1)[0]
            # (each without its title: "House Speaker Ann Voss and Senate Leader Tom Bell")
            names = [split_name(part)[0] or part for part in pair.split(" and ")]
            speaker = replace(speaker, kind=SpeakerKind.NAMED, name=" and ".join(names))
        if speaker is not None and role and speaker.kind not in (SpeakerKind.NAMED, SpeakerKind.PRONOUN):
            # “…,” the birth of the modern labour movement, Hollis says: the phrase
            # after the quote describes it; the name right before the verb speaks.
            body = between.rstrip().rstrip(",")  # "one resident, Maria Lopez, said": the comma closing the name is no separator
            # (the name may come before a second aside: "the jury foreperson, Marisol Escobedo, a nurse, said")
            # (not the state after a town that ends the description: "a clerk in Ogden, Utah, wrote")
            parts = top_level_commas(body)
            placed = re.search(r"\b(?:in|of|from|at|near|outside)\s+(?:[A-Z][\w.’'\-]*\s+){0,2}[A-Z][\w.’'\-]*\s*$", np_text)
            after_place = body[parts[1][0] : parts[1][1]].split() if placed and len(parts) > 1 else []
            a_state = 0 < len(after_place) <= 2 and all(w[:1].isupper() for w in after_place)
            a_state = a_state and not first_name_gender(after_place[0], load_lexicon())
            for part_start, part_end in parts[2 if a_state else 1 :]:
                tail_start, tail_end = strip_between_words(text, base + part_start, base + part_end)
                tail_np = np_left(text, tail_start, tail_end)
                # (lower-case role words may stand before the name: "the defendant, former harbor
                # commissioner Tobias Lindqvist, wrote")
                role_words = text[tail_start : tail_np[0]].split() if tail_np else []
                if tail_np and len(role_words) <= 3 and all(w.isalpha() and w.islower() and w not in wl.NP_LEFT_STOPS for w in role_words):
                    named = make_speaker(text, tail_np[0], tail_np[1], "trailing_subject_cue", cue.group(1), 0.9, np_text.strip())
                    if named is not None and named.kind is SpeakerKind.NAMED:
                        return named
        return speaker
    if broke and has_a_cue(before):
        return None  # a cue before the quote speaks for it before the end of the sentence does
    return _sentence_final_attribution(ctx) or _unlisted_verb_after(ctx, base, rest) or _document_verb_after(ctx, base, rest)


# up to six words, adverbs, and a verb that closes the clause ("some analysts now think.")
CLOSING_CLAUSE = re.compile(r"((?:[\w’'\-.]+[ \t]+){0,5}[\w’'\-]+)[ \t]+([a-z]+)[ \t]*[.;!?—–,]")


def _belief_verb_closing(ctx: QuoteContext, base: int, rest: str) -> Speaker | None:
    """“…,” some analysts now think. / “…”, aides believe — : a quote set off by a comma and
    followed by a subject and a verb of belief that ends the clause (closing_belief_verbs in the
    lexicon) is that subject's view; nothing else in its sentence may report it."""
    text = ctx.text
    set_off = re.search(r",\W*$", ctx.quote.text) or text[ctx.close_mark_end : ctx.close_mark_end + 1] == ","
    if not set_off or has_a_cue(text[ctx.sentence_start : ctx.open_mark]):
        return None
    closing = CLOSING_CLAUSE.match(rest)
    if closing is None or closing.group(2) not in wl.CLOSING_BELIEF_VERBS:
        return None
    words = closing.group(1).split()
    while words and (words[-1] in wl.OWN_SUBJECT_BEFORE_CUE or is_adverb(words[-1])):
        words.pop()  # "now", "privately": between the subject and its verb
    subject_end = base + len(" ".join(words))
    if not words or " ".join(words) != rest[: subject_end - base] or has_a_cue(" ".join(words)):
        return None
    speaker = make_speaker(text, base, subject_end, "trailing_subject_cue", closing.group(2), 0.8)
    # (the whole phrase is the subject: not "and so we", "as many")
    whole = speaker is not None and (speaker.mention_start, speaker.mention_end) == (base, subject_end)
    return speaker if whole and speaker is not None and speaker.kind is not SpeakerKind.UNKNOWN else None


def _unlisted_verb_after(ctx: QuoteContext, base: int, rest: str) -> Speaker | None:
    """“…,” the harbor pilot shrugged: a quote that closes on a comma, question or
    exclamation mark is followed by its attribution, even when the verb is in no list; the
    subject is a noun phrase right after the mark and the verb a past tense after it. Only a
    quote that opens its sentence: after “…,” in mid-sentence the reporter's sentence goes on."""
    if not re.search(r"[,?!]\W*$", ctx.quote.text) or ctx.text[ctx.sentence_start : ctx.open_mark].strip():
        return None
    if re.search(r"[?!]\W*$", ctx.quote.text) and re.match(r"\s*(?:The|A|An|His|Her|Their)\s", rest):
        return None  # “…to you?” The crowd roared.: a capitalised article opens the next sentence
    for verb in re.finditer(r"\b[a-z]{3,}ed\b", rest[:80]):
        between = rest[: verb.start()]
        if not between.strip() or has_sentence_end(between + " ") or re.search(r"[,;:\"“”()]", between):
            return None
        np = np_left(ctx.text, base, base + len(between.rstrip()))
        last_word = between.split()[-1].lower()
        if np is None or ctx.text[base : np[0]].strip() or last_word in load_lexicon().determiners:
            continue  # "the" before "retired general": the phrase goes on
        speaker = make_speaker(ctx.text, np[0], np[1], "trailing_subject_unlisted_verb", verb.group(), 0.7)
        if speaker is not None and speaker.kind is not SpeakerKind.UNKNOWN and speaker.mention_end == np[1]:
            return speaker
    return None


def _sentence_final_attribution(ctx: QuoteContext) -> Speaker | None:
    """ "Democrats had “put the biggest crack” yet in the ceiling, she said in a video": the
    attribution closes the sentence after more of the reporter's words."""
    text = ctx.text
    end = min(ctx.after_end, ctx.sentence_end if ctx.sentence_end > ctx.close_mark_end else ctx.after_end)
    tail = text[ctx.close_mark_end : end]
    cue_first = re.search(r",\s+(\w+)\s+((?:[A-Z][\w’'\-\.]*\s*){1,4})(?=[.,]|$)", tail)
    # (a verb of naming takes an object, no inverted subject: "“…”, Calls Delay ‘Regrettable’")
    naming = cue_first is not None and any(v.startswith(cue_first.group(1).lower().rstrip("s")) for v in wl.NAMING_VERBS)
    if (
        cue_first
        and cue_first.group(1).lower() in load_lexicon().cues
        and not naming
        and not has_sentence_end(tail[: cue_first.start()] + " ")
    ):
        # "“This will be a challenge” for Clinton, said Kunin."
        a = ctx.close_mark_end + cue_first.start(2)
        speaker = make_speaker(text, a, ctx.close_mark_end + cue_first.end(2), "sentence_final_cue", cue_first.group(1), 0.8)
        if speaker and speaker.kind is SpeakerKind.NAMED:
            return speaker
    described = re.search(r",\s+(\w+)\s+(?=(?:a|an|one|two|three|several|another)\s)", tail)
    if described and described.group(1).lower() in wl.INVERTIBLE_CUES and not has_sentence_end(tail[: described.start()] + " "):
        # "“Nobody has checked the pumps” since the flood, said one engineer familiar with the site."
        a = ctx.close_mark_end + described.end()
        # (the description runs to the sentence's end: "one engineer familiar with the site")
        last = re.search(r"[ \t]*[.!?]?[\"”’']?\s*$", text[a:end])
        b = a + (last.start() if last else len(text[a:end]))
        speaker = make_speaker(text, a, b, "sentence_final_cue", described.group(1), 0.8) if "," not in text[a:b] else None
        if speaker and speaker.kind in (SpeakerKind.ANONYMOUS, SpeakerKind.GROUP):
            return speaker
    for m in re.finditer(r",\s+([^,;:\"“”]{1,60}?)\s+(\w+)(?=\s*(?:[.,]|$|\s+(?:in|on|at|to|during|after|last|on)\b))", tail):
        if m.group(2).lower() not in load_lexicon().cues or has_sentence_end(tail[: m.start()] + " "):
            continue
        a = ctx.close_mark_end + m.start(1)
        a, b = strip_between_words(text, a, ctx.close_mark_end + m.end(1))
        np = np_left(text, a, b)
        if np and np[0] == a:
            speaker = make_speaker(text, np[0], np[1], "sentence_final_cue", m.group(2), 0.8)
            if speaker and speaker.kind is not SpeakerKind.UNKNOWN:
                return speaker
    return None


# ", as the governor has claimed", ", as she put it": "as" right after the quote
AS_AFTER_QUOTE = re.compile(r"[ \t]*,?[ \t]*as[ \t]+")


def sieve_as_said(ctx: QuoteContext) -> Speaker | None:
    """ "The plan would “pay for itself,” as the governor has claimed": the one named between
    "as" and a speech verb right after the quote said it (the sentence's subject only
    reports it)."""
    text = ctx.text
    opening = AS_AFTER_QUOTE.match(text, ctx.close_mark_end, ctx.after_end)
    if opening is None:
        return None
    # (within the quote's sentence: "“establishment” as a label. While it does describe …")
    end = min(ctx.after_end, ctx.sentence_end if ctx.sentence_end > ctx.close_mark_end else ctx.after_end)
    clause = text[opening.end() : min(end, opening.end() + 80)]
    words = list(re.finditer(r"[\w’'.\-]+", clause))
    for n in range(1, min(6, len(words))):
        k = n
        while k < len(words) and words[k].group().lower() in wl.AS_SAID_ADVERBS:
            k += 1
        verb = words[k].group().rstrip(".") if k < len(words) and words[k].group()[:1].islower() else ""
        put_it = verb == "put" and k + 1 < len(words) and words[k + 1].group().rstrip(".") == "it"
        # (a verb and its particle: "as critics point out")
        phrasal = cue_re().match(clause, words[k].start()) if verb and " " not in verb else None
        verb = phrasal.group(1) if phrasal and " " in phrasal.group(1) else verb
        if verb and (put_it or cue_re().fullmatch(verb)):
            start, end = opening.end(), opening.end() + words[n - 1].end()
            if n >= 3 and words[n - 1].group() == "to" and words[n - 2].group().islower():
                end = opening.end() + words[n - 3].end()  # "as critics continue to warn": the subject before its verb
            speaker = make_speaker(text, start, end, "as_said", verb, 0.85)
            return speaker if speaker is not None and speaker.kind is not SpeakerKind.UNKNOWN else None
    return None


# a noun phrase with a relative clause right after a quote (", a figure that counts …")
APPOSITIVE_CLAUSE = re.compile(r"[\s,]*(?:a|an|the)\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+\s+(?:that|which)\b")


DASH_OR_PAREN_OPEN = re.compile(r"\s(?:[—–]|--)\s|\(")
DASH_OR_PAREN_CLOSE = re.compile(r"\s(?:[—–]|--)(?:\s|$)|\)")


def sieve_according_to(ctx: QuoteContext) -> Speaker | None:
    """ "According to X, “…”" before, or "“…,” according to X" (or "per X") after the quote."""
    text = ctx.text
    m = re.match(r"^[\s,.!?…]*(according to|as reported by)\s+", ctx.after, re.IGNORECASE) or TRAILING_PER.match(ctx.after)
    if m and m.group(1)[0].isupper() and (re.search(r"[.!?]", ctx.after[: m.start(1)]) or re.search(r"[.!?]\W*$", ctx.quote.text)):
        m = None  # "“…”. According to some on the council, …": the next sentence's source
    lead = ctx.text[max(ctx.before_start, ctx.sentence_start) : ctx.open_mark]
    if not m and not has_a_cue(lead):
        # (the lexicon's other phrases too, "“…,” in the words of a memo", unless a verb of
        # saying before the quote gives it a speaker who borrowed the words: "declaring “Hasta
        # la victoria siempre” in the words of Che Guevara")
        marks = re.match(r"[\s,.!?…]*", ctx.after)  # (always matches, perhaps nothing)
        m = according_re().match(ctx.after, marks.end()) if marks else None
    if not m:
        # "…remained “tight,” with “modest” gains, according to the survey": later in the
        # same sentence, with no other speech verb in between.
        later = re.search(r",\s+(according to)\s+", ctx.after, re.IGNORECASE)
        # (not after a quote that ends its sentence: “…Wisconsin?” Brody is a store in
        # Washington, according to its website" is another sentence's source)
        closed = re.search(r"[.!?…]\W*$", ctx.quote.text) is not None and ctx.after.lstrip()[:1].isupper()
        if (
            later
            and not closed
            and not has_sentence_end(ctx.after[: later.start()] + " ")
            # (a verb of saying, not a noun spelt as one: "moved out of the state")
            and not has_a_cue(ctx.after[: later.start()])
            # (not after an aside with a clause of its own: "had “voted …,” a figure that
            # counts procedural votes, according to a review": the review checked the figure)
            and not APPOSITIVE_CLAUSE.match(ctx.after[: later.start()])
            # (nor a word named, not said: "The so-called “Main Street Rebate” would cost …,
            # according to the fiscal office", "The word “tremendous” turned up 11 times")
            and not list_patterns().words_as_words.search(text, max(0, ctx.open_mark - 30), ctx.open_mark)
        ):
            m = later
    # (a verb of saying that opens the quote names its speaker; "according to" then names who
    # reported it: "Her aide, Ana Ruiz, says “…”, according to the Harbor Times")
    introduced = re.search(r"(?:^|\s)(\w+)[ \t]+(?:that[ \t]+)?$", lead)
    if (
        m
        and introduced
        and introduced.group(1).lower() in wl.FRAMING_VERBS
        and has_a_cue(lead[introduced.start(1) - (introduced.start(1) > 0) :])
    ):
        return None
    if m:
        start = ctx.close_mark_end + m.end()
        speaker = make_speaker(text, start, _source_phrase_end(text, start, ctx.after_end), "according_to", m.group(1), 0.9)
        return _named_after_description(text, speaker, ctx.after_end) if speaker else None
    before = ctx.before
    last = next(reversed(list(according_re().finditer(before))), None)
    per = SENTENCE_OPENING_PER.match(text, ctx.opening, ctx.open_mark) if last is None else None
    if per is not None:
        # "Per Quist, the two leaders “agreed to …”": a sentence that opens on "Per" and its
        # source, as on "According to" ("per" elsewhere is a rate: "$5 per share")
        start = per.end()
    elif last is None or has_sentence_end(before[last.end() :]):  # ("According to Rep. Ann Voss, …": "Rep." ends nothing)
        return None
    else:
        start = ctx.before_start + last.end()
    end = _source_phrase_end(text, start, ctx.open_mark)
    rest = text[end : ctx.open_mark]
    phrase_at = last.start() if last is not None else 0  # (where the phrase stands in BEFORE)
    if DASH_OR_PAREN_OPEN.search(before, 0, phrase_at) and DASH_OR_PAREN_CLOSE.search(rest):
        # "the pay cut — 11 percent, according to a grievance — “took the rent …”": the
        # source stands in an aside that closes before the quote, and sources the aside only
        return None
    if re.search(r",\s+and\s+(?:that|said|says|added)\b", rest):
        return None  # "She said the crew was safe, according to officials, and that talks were “…”": hers
    if _owned_words_lead_in(rest):
        return None  # "…, according to the budget office, undercutting Sen. Oakhurst’s promise that it would “…”": his
    if re.search(r",\s+and\s", rest) and has_a_cue(rest):
        # "… raised $61 million, according to filings, and ended with what spokeswoman Kay
        # Dunmore called a “healthy” war chest": the filings source the figure; a speech verb
        # in the clause joined after them introduces the quote
        return None
    speaker = make_speaker(text, start, end, "according_to", last.group(1).strip() if last else "per", 0.9)
    # ("according to her lawyer, Mira Castell, who wrote …": the name set off after the description)
    return _named_after_description(text, speaker, ctx.open_mark) if speaker else None


# "Per" opening a sentence before a name or a described source ("Per Quist,", "Per the union's lawyer,")
SENTENCE_OPENING_PER = re.compile(r"[ \t]*Per[ \t]+(?=the[ \t]|[A-Z])")
# "“…,” per campaign spokeswoman Rosalind Achterberg", "per a person close to the campaign":
# the source after the quote (not "per cent", "per share": no determiner, name or role follows)
TRAILING_PER = re.compile(
    r"^[\s,.!?…]*(per)[ \t]+(?!cent\b|capita\b)(?=(?:the|a|an|one|two|three|several|some|people|sources)\b|(?:[a-z\-]+[ \t]+){1,3}[A-Z]|[A-Z])"
)


def relay_of(text: str, speaker: Speaker, sentences: SentenceIndex) -> Speaker | None:
    """Who a quote reached the article through: in "“…,” Ortega said, according to the Ledger" the
    words are Ortega's and the Ledger relays them, so a fact-checker verifies them with the Ledger. The
    "according to" must follow the speaker's own speech verb with nothing between but
    adverbials ("said at a fundraiser Tuesday, according to audio obtained by …", "writes in
    his book, according to …"); after an object or a clause ("told aides, according to …",
    "said the crew was safe, according to …") it sources something else."""
    if speaker.method == "according_to" or speaker.kind is SpeakerKind.UNKNOWN:
        return None
    opening = sentences.start_at(speaker.mention_start)
    opening = text.rfind("\n", opening, speaker.mention_start) + 1 or opening  # (searched within the sentence only)
    lead = next(reversed(list(according_re().finditer(text, opening, speaker.mention_start))), None)
    if lead is not None:
        # "According to the Ledger, Ortega said: “…”": the phrase, a comma, then the speaker
        lead_end = _source_phrase_end(text, lead.end(), speaker.mention_start)
        between = text[lead_end : speaker.mention_start]
        # (whatever stands between is no clause of its own: an appositive, "al" of "al Nouri";
        # not "…, according to filings, and ended the month with what Dunmore called")
        # (nor a participle's clause: "…, according to the budget office, undercutting Sen.
        # Oakhurst’s promise that …" sources the figure, not his promise)
        if not re.search(r"[\"“”]|,\s+and\s|\b[a-z]{3,}ing\b", between) and not has_a_cue(between):
            return _relay_at(text, lead.end(), lead_end, lead.group(1))
    end = sentences.end_after(speaker.mention_end + 1, default=len(text))
    line_end = text.find("\n", speaker.mention_end, end)
    end = end if line_end < 0 else line_end
    tail = text[speaker.mention_end : end]
    relay = according_re().search(tail)
    if relay is None:
        return None
    gap = tail[: relay.start()]
    if re.search(r"[\"“”‘’]|\bthat\b", gap):
        return None
    words = re.findall(r"[\w’'.\-]+|,", gap)
    verb = next((i for i, w in enumerate(words) if cue_re().fullmatch(w)), None)
    words = words if verb is None else words[verb + 1 :]  # ("said Ortega at a rally, …": the verb came first)
    # each stretch between commas is a prepositional phrase (anything after its preposition)
    # or adverbials alone ("said late Tuesday, …"); a word outside both is an object or a
    # verb of a clause of its own ("has recovered $6 million so far, according to filings"),
    # which the "according to" sources instead
    in_a_phrase = False
    for word in words:
        lower = word.lower()
        if word == ",":
            in_a_phrase = False
        elif lower in wl.PREPOSITIONS:
            in_a_phrase = True
        elif not in_a_phrase and lower not in wl.BETWEEN_SUBJECT_AND_CUE and not is_adverb(lower):
            return None
    start = speaker.mention_end + relay.end()
    return _relay_at(text, start, _source_phrase_end(text, start, end), relay.group(1))


def _relay_at(text: str, start: int, end: int, cue: str) -> Speaker | None:
    """The source after "according to": whatever it names (excerpts, audio, a book), since
    the phrase itself says it is one."""
    return make_speaker(text, start, end, "relay", cue.strip(), 0.8)


def _source_phrase_end(text: str, start: int, limit: int) -> int:
    """Where the source after "according to" ends. The phrase stops at a quotation mark, so a
    participle and its "by" before a quoted title go with the title ("according to a
    transcript published by “The Margin Call”" is "a transcript")."""
    end = phrase_end(text, start, limit)
    dangling = re.search(r"[ \t]+(?:later[ \t]+)?[a-z]+(?:ed|en)[ \t]+(?:by|from)[ \t]*$", text[start:end])
    # (and so does a naming participle before a quoted title, "a review titled “…”", and a
    # participle of release with only its time after it: "minutes of the meeting released
    # Wednesday" are "minutes of the meeting")
    closing = PARTICIPLE_CLOSING_A_SOURCE.search(text[start:end])
    # (not the verb of a relative clause without "that": "a transcript the county released",
    # "remarks the museum later released"; nor the second of two: "audio obtained and published")
    if closing and (
        RELATIVE_BEFORE_ITS_VERB.search(text, start, start + closing.start()) or text[start : start + closing.start()].endswith(" and")
    ):
        closing = None
    dangling = dangling or closing
    # (nor a relative clause whose own verb of saying leads into the quote: "according to an
    # internal memo that warns of “…”" is the memo)
    relative = re.search(r"[ \t]+(?:that|which|who)[ \t]+([a-z]+)\b", text[start:end])
    into_the_quote = text[end : end + 3].lstrip()[:1] in ("“", '"', "‘", "'")
    if relative and relative.group(1) in load_lexicon().cues and into_the_quote and not dangling:
        dangling = relative
    return start + dangling.start() if dangling else end


def _named_after_description(text: str, speaker: Speaker, limit: int) -> Speaker:
    """ "said the clinic's director, Ottavio Brena.", "according to her scheduler, Owen
    Brandt, who …": a description, then who it is; the person speaks, the description is
    their role."""
    appositive_name = NAME_AFTER_DESCRIPTION.match(text, speaker.mention_end, limit) or NAMED_IN_AN_APPOSITIVE.match(
        text, speaker.mention_end, limit
    )
    # (not the name of a person the description relates to, when the name's title fits that
    # person: "said a senior aide to the committee chairman, Rep. Casimir Wolde" is the aide's)
    related = re.search(r"\s(?:to|of|for|with)\s+(?:the|a|an|his|her|their)\s+(?:[\w\-]+\s+){0,2}([a-z]+)$", speaker.mention)
    titled = appositive_name is not None and appositive_name.group(1).split()[0] in wl.OFFICE_TITLES
    if related and titled and related.group(1) in wl.union("person_heads", "anonymous_heads"):
        return speaker
    if speaker.kind in (SpeakerKind.ANONYMOUS, SpeakerKind.GROUP) and appositive_name:
        person = make_speaker(
            text, appositive_name.start(1), appositive_name.end(1), speaker.method, speaker.cue, speaker.confidence, speaker.mention
        )
        if person and person.kind is SpeakerKind.NAMED:
            return person
    return speaker


def sieve_passive_agent(ctx: QuoteContext) -> Speaker | None:
    """ "The audit was dismissed as a “partisan stunt” by Republicans": a speech verb in the
    passive right before the quote, and its agent after "by" right after it. The sentence's
    subject is what was described, not who spoke, so this runs before the leading cue."""
    before = ctx.text[max(ctx.before_start, ctx.sentence_start) : ctx.open_mark]
    asker = ASKED_BY_BEFORE.search(before)
    if asker and (QUESTION_OPENING.match(ctx.quote.text) or ctx.quote.text.rstrip(' ”"').endswith("?")):
        # "Asked by Ana Ruiz “whether she had practiced”, she said …": the one who asked put the question
        lo = max(ctx.before_start, ctx.sentence_start)
        speaker = make_speaker(ctx.text, lo + asker.start(1), lo + asker.end(1), "passive_agent", "asked", 0.85)
        if speaker is not None and speaker.kind is not SpeakerKind.UNKNOWN:
            return speaker
    noun_by = list_patterns().speech_noun_by.search(before)
    owner_words = noun_by.group("owner").lower().split() if noun_by is not None else []
    # (no gerund, "defended the line by saying it was a “…”", nor an agent with a verb of its
    # own after it, "The statement by the two suggested “…”")
    if noun_by is not None and (
        owner_words[0].endswith("ing") or any(w in wl.NP_LEFT_STOPS for w in owner_words) or owner_words[-1] in load_lexicon().cues
    ):
        noun_by = None
    if noun_by is not None:
        # "pushing back against claims by outside auditors that “…”": the noun's agent said it
        lo = max(ctx.before_start, ctx.sentence_start)
        owner_start = lo + noun_by.start("owner")
        # (a first word spelt like a preposition modifies the agent: "outside auditors")
        owner_start += len(owner_words[0]) + 1 if owner_words[0] in wl.PREPOSITIONS else 0
        speaker = make_speaker(ctx.text, owner_start, lo + noun_by.end("owner"), "passive_agent", noun_by.group().split()[0], 0.7)
        if speaker is not None and speaker.kind not in (SpeakerKind.UNKNOWN, SpeakerKind.PRONOUN):
            return speaker
    agent = re.match(r"[\s,]*by\s+", ctx.after)
    if not agent:
        return None
    verb = list_patterns().passive_verb.search(before)
    if verb is None or re.search(r"\b(?:he|she|they|we|I|you|who)\s+$", before[: verb.start()], re.IGNORECASE):
        return None  # "what she called a “stunt” by the council": an active verb, and "by" is not its agent
    return _agent_at(ctx, ctx.close_mark_end + agent.end(), verb.group(1))


# "asked by a reporter " right before a quote: group 1 the one who asked
ASKED_BY_BEFORE = re.compile(r"\b[Aa]sked[ \t]+by[ \t]+([^,;:()“”\"]{2,60}?)[ \t]*,?[ \t]*$")
# what an indirect question opens on ("whether she had …", "if he still believes …")
QUESTION_OPENING = re.compile(r"(?i)(?:if|whether|why|what|how|when|where|who|which)\b")


def _agent_at(ctx: QuoteContext, start: int, cue: str) -> Speaker | None:
    """The agent of a passive speech verb, the phrase that starts at START after "by"."""
    if not ctx.text[start : start + 1].isalpha():
        return None  # "by 2027", "by — ": no agent
    speaker = make_speaker(ctx.text, start, phrase_end(ctx.text, start, ctx.after_end), "passive_agent", cue, 0.85)
    return speaker if speaker and speaker.kind is not SpeakerKind.UNKNOWN else None


@dataclass(frozen=True)
class ListPatterns:
    """The sieves' patterns built from word lists, compiled once per rules folder (the
    sieves run for every quote)."""

    passive_verb: re.Pattern  # a passive speech verb closing the text before a quote
    speech_noun: re.Pattern  # a possessive owner and a noun for something said
    speech_noun_by: re.Pattern  # "claims by outside auditors that " right before a quote: its agent (group "owner")
    owned_words_before: re.Pattern  # a possessive owner and an occasion of speaking, closing the text
    authored_document_before: re.Pattern  # "Figures released Tuesday by ": a document, its author's participle, "by"
    speech_noun_from: re.Pattern  # "The message from coach Ines Marr was simple:"
    speech_noun_from_last: re.Pattern  # "answered with a single line from Tasha Greer:"
    relative_pronoun_subject: re.Pattern  # "whom he describes as", "as he puts it"
    words_as_words: re.Pattern  # "so-called", "the term" right before a quote
    crowd: re.Pattern  # "the crowd", "his supporters": who chants "chants of “…”" (crowd_nouns)
    written_on: re.Pattern  # "signs reading", "a placard that read" right before a quote
    written_item: re.Pattern  # "cap", "tote bag" right after a quote: the thing the words are on
    thing_said_after: re.Pattern  # ", a claim …" right after a quote: a noun for it
    identified_after: re.Pattern  # "That was Keisha Lomond, who …" right after a quote: whose it was
    caused_to: re.Pattern  # "prompted the Harlow Almanac, which tracks bellwethers, to": the object (group 2) spoke
    issuing_a_document: re.Pattern  # " released a statement" right after a subject: the subject issued it
    framing_verb: re.Pattern  # "said", "added", … anywhere: an attribution that goes on to report more


def list_patterns() -> ListPatterns:
    return _list_patterns(str(default_rules_dir()))


@functools.cache
def _list_patterns(rules_dir: str) -> ListPatterns:
    def alternation(words: frozenset[str]) -> str:
        return "|".join(sorted(words, key=len, reverse=True))

    # (or a noun after an article: "the union’s assurance that", "the campaign’s earlier claim")
    owner = (
        r"(?<![\w’'\-.])(?P<owner>(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.\-]*(?:’s|'s|’|')|[Hh]is|[Hh]er|[Tt]heir"
        r"|\b[Tt]he\s+(?:[a-z\-]+\s+)?[a-z\-]+(?:’s|'s))"
    )
    documents = alternation(frozenset(d.replace("+", " ") for d in wl.ISSUED_DOCUMENTS))
    return ListPatterns(
        issuing_a_document=re.compile(
            rf"\s+(?:\w+\s+){{0,2}}?(?:issued|released|put\s+out|sent|posted|published)\s+(?:a|an|its|the)\s+(?:[a-z\-]+\s+)?(?:{documents})\b"
        ),
        framing_verb=re.compile(rf"\b(?:{alternation(wl.FRAMING_VERBS)})\b"),
        caused_to=re.compile(rf"\b({alternation(wl.CAUSATIVE_VERBS)})[ \t]+([^,;:\"“”]{{1,60}}?(?:,[^,;:\"“”]{{1,80}},)?)[ \t]+to[ \t]+$"),
        passive_verb=re.compile(rf"\b({alternation(wl.PASSIVE_SPEECH_VERBS)})(?:\s+as)?(?:\s+(?:a|an|the|being))?[\s,:]*$", re.IGNORECASE),
        speech_noun=re.compile(rf"{owner}\s+(?:[\w\-]+\s+){{0,2}}(?:{alternation(wl.SPEECH_NOUNS)})\b"),
        authored_document_before=re.compile(
            rf"\b((?:[A-Za-z\-]+[ \t]+){{0,2}}[A-Za-z\-]+)[ \t]+(?:{alternation(wl.AUTHORING_PARTICIPLES)})[ \t]+(?:[\w.’'\-]+[ \t]+){{0,2}}?by[ \t]+"
        ),
        owned_words_before=re.compile(rf"{owner}\s+(?:[\w\-]+\s+){{0,2}}(?:{alternation(wl.SPEECH_EVENTS)})\s+$"),
        speech_noun_from=re.compile(
            rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z\-]+\s+){{0,2}}(?:{alternation(wl.SPEECH_NOUNS)})\s+from\s+(?P<owner>[^,;:]{{2,80}}?)"
            # (a dash may stand for the colon: "The verdict from coach Ines Marr was short — “…”")
            r"\s+(?:was|is|were|are|read|reads|said|says)\b[^:;—–]{0,40}(?::|\s[—–]|\s--)\s*$"
        ),
        # "pushing back against claims by outside auditors that “…”": a noun for words and its
        # agent after "by", right before the quote
        speech_noun_by=re.compile(
            rf"\b(?:{alternation(wl.SPEECH_NOUNS)})s?\s+by\s+(?P<owner>(?:[\w.’'\-]+\s+){{0,5}}?[\w.’'\-]+)\s+(?:that\s+)?$"
        ),
        # "answered with a single line from deputy manager Tasha Greer:": a speech noun "from"
        # someone closing the lead-in (owner: group "owner")
        speech_noun_from_last=re.compile(
            rf"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne)\s+(?:[a-z\-]+\s+){{0,2}}(?:{alternation(wl.SPEECH_NOUNS)})\s+from\s+(?P<owner>[^;:“”\"]{{2,80}}?)\s*:\s*$"
        ),
        relative_pronoun_subject=re.compile(
            rf"\b(?:{alternation(wl.SUBORDINATORS)})(?:\s+[a-z]+){{0,2}}\s+({alternation(wl.SUBJECT_PRONOUNS | {'I'})})\s+(?:[a-z]+ly\s+)?$"
        ),
        thing_said_after=re.compile(rf"[\s,]*(?:a|an|the|one|that)\s+(?:[a-z\-]+\s+){{0,2}}(?:{alternation(wl.SPEECH_NOUNS)})\b"),
        words_as_words=re.compile(rf"(?i)(?:so-called|\bthe\s+(?:{alternation(wl.WORDS_AS_WORDS)}))\s*$"),
        crowd=re.compile(rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[a-z\-]+[ \t]+)?(?:{alternation(wl.CROWD_NOUNS)})\b"),
        # (a second slogan after a first: "signs reading “Fund Our Schools” and “…”")
        # (or some of them: "held signs on the steps, some reading “…”")
        written_on=re.compile(
            rf"\b(?:{alternation(wl.WRITTEN_ON_NOUNS)})s?(?:[^,.;:“”\"]{{0,60}},\s+(?:{alternation(wl.COUNT_WORDS)})(?:\s+of\s+them)?)?"
            r"(?:\s+that)?\s+(?:read|reads|reading|saying|bearing|with\s+the\s+words?)"
            r"\s*(?:[\"“‘'][^\"”’']{1,60}[\"”’']\s*(?:,|and|or)\s*)?$",
            re.IGNORECASE,
        ),
        written_item=re.compile(rf"(?:[a-z\-]+\s+)?(?:{alternation(wl.WRITTEN_ON_NOUNS)})s?\b", re.IGNORECASE),
        identified_after=re.compile(
            # ("That was the promise from Mayor Ines Marr", "This is the warning of one engineer")
            rf"\s*(?:(?:That|This)[ \t]+(?:was|is)[ \t]+(?:the|a|an)[ \t]+(?:[a-z\-]+[ \t]+){{0,2}}?(?:{alternation(wl.IDENTIFYING_NOUNS | wl.SPEECH_NOUNS)})[ \t]+(?:from|of)|"
            r"(?:That|This)(?:’s|'s|[ \t]+(?:was|is))|So[ \t]+says|"
            rf"The[ \t]+(?:{alternation(wl.IDENTIFYING_NOUNS)})[ \t]+(?:belongs?[ \t]+to|belonged[ \t]+to|came[ \t]+from|comes[ \t]+from|"
            r"(?:is|was|are|were)(?:[ \t]+(?:those|that)[ \t]+of)?))[ \t]+"
            r"((?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w’'\-]+|(?:a|an|one)[ \t]+[^,.;:\n“”\"]{1,60}?)"
            r"(?=[ \t]*[,.;]|[ \t]+(?:on|at|in|during|last|this|earlier|after|as)[ \t])"
        ),
    )


# an appositive noun set off by a comma, then the subject of a relative clause without "that"
# right before a cue: "…, a number the pediatrician called", "…, a phrase Ana Ruiz used" (group 1)
REDUCED_RELATIVE_BEFORE = re.compile(
    r",[ \t]+(?:a|an|the|one)[ \t]+(?:[a-z\-]+[ \t]+){0,2}?[a-z\-]+[ \t]+"
    r"((?:the|his|her|their|its)[ \t]+(?:[a-z\-]+[ \t]+){0,2}[a-z\-]+|(?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w’'\-]+)[ \t]+(?:(?:had|has|once|later|first)[ \t]+)?$"
)
# a clause opener before an infinitive's own subject (", as" too: "…, as critics continue to warn")
INFINITIVE_CLAUSE_OPENER = re.compile(rf"{CLAUSE_OPENER.pattern}|,[ \t]*as\b")
# a dash closing the words searched ("… the right things - ")
DASH_CLOSING = re.compile(r"(?:\s[—–-]|\s?--|[—–])\s*$")
# a conjunction that opens a clause, right before its subject
CLAUSE_CONJUNCTION_BEFORE = re.compile(r"\b(?:as|while|because|since|after|when|where|though|although|and|but|yet)[ \t]+$")
# "for Marsh to tweet": an infinitive with a subject of its own
FOR_NAME_TO = re.compile(r"\bfor[ \t]+((?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w.’'\-]*)[ \t]+to[ \t]+$")
# a subordinator (group 1) opening the sentence, or a clause after ", and" or ", but", and its
# words (from group 2) running to the quote with no comma
SUBORDINATE_RUNNING_TO_THE_QUOTE = re.compile(r"(?:^\s*|,[ \t]+(?:and|but)[ \t]+)([A-Za-z][a-z]+)[ \t]+([A-Za-z][^,]*)$")
# a sentence that opens with a subordinate clause: "While Moss condemned the plan, …"
OPENING_SUBORDINATE = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?([A-Z][a-z]+)\b[^,;:“”\"]*,")
# where the quote's own clause opens: after the last semicolon, dash, colon before a capital, or
# comma before an absolute "with NAME …ing" phrase (a role in lower case may come first: "with
# former deputy mayor Ada Lind calling")
OWN_CLAUSE_OPENING = re.compile(
    r"(?:;\s+|\s[—–-]\s|\s--\s|:\s+(?=[A-Z])|,\s+(?=with\s+(?:[a-z][\w.\-]*\s+){0,3}[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*\s+[a-z]+ing\b))"
    r"(?!.*(?:;\s|\s[—–-]\s|\s--\s|:\s+[A-Z]|,\s+with\s+(?:[a-z][\w.\-]*\s+){0,3}[A-Z]))"
)
# people described by a relative clause with no "that" ending on its preposition, right before
# the verb of saying they are the subject of: "the scouts I've talked to describe him as …"
# (group 1): the "to" is the preposition's, no infinitive's
STRANDED_RELATIVE = re.compile(
    r"\b((?:[Tt]he|[Tt]hose|[Mm]ost|[Mm]any|[Ss]everal|[Ss]ome|[Aa]ll)[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}[a-z][\w\-]*)"
    r"[ \t]+(?:I|we|you|he|she|they)(?:’ve|'ve|’d|'d|[ \t]+(?:have|has|had))?[ \t]+"
    r"(?:talked|spoken|spoke|listened|written|wrote|checked)[ \t]+(?:to|with)[ \t]+$"
)
# "…, with Voss taking to Twitter to call the plan “…”": the name the participle's phrase opens
# with is the infinitive's subject too
WITH_NAME_ING_TO = re.compile(
    r"\bwith[ \t]+((?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w.’'\-]*)[ \t]+[a-z]+ing\b[^,;:.!?\"“”]{0,40}?[ \t]to[ \t]+$"
)


# a verb of quoting and the one quoted, perhaps with an appositive, then the colon that opens
# the quote ("quotes Lena Parkhurst, the county clerk: ")
QUOTES_SOMEONE_BEFORE_A_COLON = re.compile(
    r"\b(?:quot(?:es|ed|ing)|cit(?:es|ed|ing))[ \t]+((?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w’'\-]*|(?:a|an|one|the)[ \t]+(?:[a-z][\w\-]*[ \t]+){0,3}[a-z][\w\-]*)"
    r"(?:,[ \t]+([^,;:“”\"]{1,80}?),?)?[ \t]*:[ \t]*$"
)
# "quoted Admiral Lund as saying": the person after "quoted" said the words
QUOTED_AS_SAYING = re.compile(
    r"\bquot(?:ed|es|ing)\s+((?:[\w’'\-\.]+\s+){0,5}?[\w’'\-\.]+)"
    # (or a description and the name set off after it: "quoted an army spokesman, Col. Ivo Stanek, as saying")
    r"(?:,\s+((?:[\w’'\-\.]+\s+){0,4}?[\w’'\-\.]+),)?\s+as\s+(?:saying|telling|describing|calling|writing)\b"
)


# what may follow the cue of an attribution after a quote that ended its sentence: the end,
# an aside after a comma, or a short phrase of place or time ("… said in a statement.",
# "… said Tuesday."); anything else is new reported speech ("Brafman said he had …")
CLOSES_ITS_ATTRIBUTION = re.compile(
    r"\s*(?:\.|$|,\s+(?:adding|noting|according|referring|in|at|on|during|after|before|as|when|while)\b)"
    # (group 1: a phrase only a plain cue may take before the end: "Okafor quoted from the study at
    # least five times" is another sentence about the quote)
    r"|\s+((?:in|on|at|during|after|before|late|early|earlier|later)\s[^.“”\"]{0,60}"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight)\s*\.(?:\s|$)"
)
# after a quote in mid-sentence, ", and that …" coordinates a second clause of the same report
SECOND_THAT_CLAUSE = re.compile(r"[\s,]*(?:and|but|or)[ \t]+that\b")


# "having" (and an adverb) right before a cue: "…, having once called him a “visionary”"
PERFECT_PARTICIPLE = re.compile(r"\b[Hh]aving(?:[ \t]+(?:[a-z]+ly|once|already|long|never|also|just|earlier|since))?[ \t]+$")


# the agent that closes a participle's aside, right after a quote: "… dubbed “…” by her critics, "
AGENT_CLOSING_AN_ASIDE = re.compile(r"[ \t]+by[ \t]+[^,;:“”\"]{1,60},[ \t]")


# a subordinate clause opened after a comma, with no comma after it (its verbs are coordinated)
# (its subject may carry an appositive: "…, as Sen. Ada Lind, the majority leader, refused a
# vote and accused …")
SUBORDINATE_WITH_TWO_VERBS = re.compile(
    # (an earlier quote may stand in it: "…, while Dan Pike, a former treasurer, proposed we “start over” and said")
    rf",[ \t]+(?:(?:and|but)[ \t]+)?(?:as|while|when|because|after|since|although|though)[ \t](?:{APPOSITIVE_AFTER_A_NAME})?"
    r"(?:[^,;:“”\"]|[“\"][^“”\"]*[”\"])*$"
)

# an aside set off by commas that a subordinator opens (", when I read her the line,")
# (a clause with a subject of its own, and more of the sentence after it: not ", while
# condemning violence," nor ", when a boy shouted, “…”")
SUBORDINATE_ASIDE = re.compile(
    r",[ \t]+(?:when|while|after|before|once|until|because|though|although|whom)[ \t]+"
    r"(?:I|he|she|they|we|you|it|the|a|an|his|her|their|[A-Z][\w’'\-]*)[ \t][^,;:“”\"]*,(?=[ \t]*[\w])"
)


# an adverb of sequence right after a conjunction ("and then Vela rose")
ADVERB_AFTER_OPENER = re.compile(r"[ \t]*(?:then|later|also)\b")


# "with" and a short noun phrase right before a participle: "with one line added"
WITH_ABSOLUTE = re.compile(r"\bwith[ \t]+(?:[\w’'\-]+[ \t]+){1,3}$")


def sieve_leading(ctx: QuoteContext) -> Speaker | None:
    """A cue verb before the quote in the same sentence ("Smith said:", "Trump wrote on
    Truth Social:", "Mora described Rodriguez as “…”", "the official stated that “…”")."""
    text = ctx.text
    lo = max(ctx.before_start, ctx.sentence_start)
    before = text[lo : ctx.open_mark]
    cues = [m for m in cue_re().finditer(before) if looks_like_cue(before, m)]
    # (not a verb inside an aside that a subordinator opens: "Okafor’s reply, when I read her
    # the line, was brisk:", "Ruiz, while aides urged her on, said"; not "as": ", as she put it," is an attribution)
    asides = [m.span() for m in SUBORDINATE_ASIDE.finditer(before)]
    cues = [m for m in cues if not any(a <= m.start() < b for a, b in asides)]
    if not cues:
        return None
    owned_cue = NAMED_OWNER_RIGHT_BEFORE.search(before, 0, cues[-1].start())
    # (a noun for words, not one that is only spelt like a verb: "Harlan's state “shed …”"; nor
    # the object of a naming verb, whose subject spoke: "The campaign called Crane’s claim “…”")
    named_by = owned_cue is not None and re.search(r"\b([a-z]+)[ \t]+$", before[: owned_cue.start()])
    if named_by and named_by.group(1) in wl.NAMING_VERBS | {"calling", "labeling", "labelling", "dubbing", "branding"}:
        owned_cue = None
    if owned_cue and _a_noun_for_words(cues[-1].group(1)) and re.fullmatch(r"\s*(?:for|that|to|of)?\s*", before[cues[-1].end() :]):
        # "Several Democrats joined Pell's call for “…”", "Mr. Ruiz’s Monday announcement that
        # “…”": a cue word right after a name's possessive is a noun for what that person said
        speaker = make_speaker(text, lo + owned_cue.start(1), lo + owned_cue.end(1), "possessive_speech_noun", cues[-1].group(1), 0.6)
        if speaker is not None and speaker.kind is SpeakerKind.NAMED:
            return speaker
    aside_end = AGENT_CLOSING_AN_ASIDE.match(before) if lo == ctx.before_start > ctx.sentence_start else None
    # (only when nothing but a time stands between the aside and the verb: in "… by the
    # campaign, and he added" or "…, a label she has said" the verb has a subject of its own)
    between_words = before[aside_end.end() : cues[0].start()].split() if aside_end else []
    if (
        aside_end
        and cues[0].start() >= aside_end.end()
        and len(between_words) <= 3
        and not any(
            w.lower() in wl.union("SUBJECT_PRONOUNS", "VERB_COORDINATORS") or w.lower() in load_lexicon().determiners for w in between_words
        )
    ):
        # "Renata Solberg, dubbed “the Iron Lady” by her critics, on Monday said": the agent
        # closes an aside that an earlier quote stood in; the sentence's subject speaks
        return main_subject(text, ctx.sentence_start, lo + cues[0].start(), cues[0].group(1), "leading_cue", 0.8, vouched=True)
    if lo == ctx.before_start > ctx.sentence_start and SECOND_THAT_CLAUSE.match(before):
        # "Dandekar told the Courier that Stanmore was “…,” and that the company had told the
        # office it would “…”": a second "that" clause of the same report, whose speaker it keeps
        return None
    # "Marsh wants the files released — even the ones the agency now says
    # are “classified”": a cue in the quote's own clause (after a dash or semicolon) outranks
    # the cues of clauses before it
    # (a colon before a capitalised clause opens one too: "He came with the right calling card:
    # He guarded …, in what Lind called “…”")
    # and so does an absolute phrase: "the campaign denied it, with Voss taking to Twitter to call …"
    own_clause = OWN_CLAUSE_OPENING.search(before)
    if own_clause and any(m.start() >= own_clause.end() for m in cues):
        cues = [m for m in cues if m.start() >= own_clause.end()]
    share = share_of_whom().search(before, 0, cues[-1].start())
    if share is not None:
        # "two Republicans, one of whom accused the other of “…”": the share of the people
        # named before is the last cue's subject, and the mention as written
        speaker = make_speaker(text, lo + share.start(1), lo + share.end(1), "leading_cue", cues[-1].group(1), 0.8)
        if speaker is not None:
            return speaker
    own_subject_clause = clause_with_own_subject().search(before, max(0, cues[-1].start() - 90), cues[-1].start())
    if (
        own_subject_clause
        # (one cue is enough when a relative opens the clause and a subject follows it:
        # "The hospital offered a panel, which the union dismissed as “…”")
        and (
            own_subject_clause.start() > cues[0].end()
            or (own_subject_clause.group(2) and "which" in own_subject_clause.group(1))
            # (or a subordinator opens the only cue's clause after a main clause of its own:
            # "Three sponsors pulled their ads after the host told listeners that …")
            or (own_subject_clause.group(2) and own_subject_clause.group(1).strip() in wl.SUBORDINATORS_WITH_A_SUBJECT)
        )
        and "," not in before[cues[-1].end() :]
        and (own_subject_clause.group(2) or own_subject_clause.group(1).split()[-1] in ("which", "who", "whom"))
    ):
        # "Moss criticized the plan, but Lind called it “…”", "…, while Lind called it",
        # "…, which Lind had called": the last cue has a subject of its own in a clause that
        # a conjunction or relative pronoun opened after the first cue (and that no comma closes
        # before the quote: "telling Crane, who has mocked her, that she had “…”")
        cues = [m for m in cues if m.start() >= own_subject_clause.start()]
        # (the clause opens after a conjunction, "after Lind called" is no preposition's object,
        # and at a relative pronoun, which "who called" needs for a subject)
        relative = not own_subject_clause.group(2)
        own_clause_start = lo + (own_subject_clause.start(1) if relative else own_subject_clause.end(1))
    else:
        own_clause_start = lo
        asyndetic = _asyndetic_clause_start(text, lo, before, cues)
        if asyndetic is not None:
            # "Crowds cheered when Ruiz said it was good to be back, a woman shouted “…”": a
            # comma and a subject of its own open the last cue's clause, which the earlier
            # cue's complement does not reach into
            cues = cues[-1:]
            own_clause_start = lo + asyndetic
    subordinate = OPENING_SUBORDINATE.match(before) if lo == ctx.sentence_start else None
    if subordinate and subordinate.group(1).lower() in wl.SUBORDINATE_OPENERS and any(m.start() >= subordinate.end() for m in cues):
        # "Although Moss criticized the plan, Lind said it was “…”": the subordinate clause's
        # verb does not report the main clause's quote
        cues = [m for m in cues if m.start() >= subordinate.end()]
    elif subordinate and subordinate.group(1).lower() in wl.SUBORDINATE_OPENERS - {"as"}:
        # "When the mill announced layoffs, some workers felt “…”": a main clause with a subject
        # and verb of its own takes the quote, not the subordinate clause's cue before it
        main_clause = _subject_of_the_verb_taking_the_quote(ctx, lo + subordinate.end())
        if main_clause is not None:
            return main_clause
    # (the verb taking the quote may be a cue itself: "…, and the port director is promising “…”")
    at_the_quote = len(cues) > 1 and not before[cues[-1].end() :].strip(" \t,:")
    nearer = _subject_of_a_later_clause(ctx, lo + cues[-2 if at_the_quote else -1].end())
    if nearer is not None:
        # "Ortiz said the port would reopen, but critics point to “…”": a clause after the last
        # cue, with a subject and a verb of its own that takes the quote, holds the words
        return replace(nearer, method="leading_cue", cue=cues[-1].group(1)) if at_the_quote else nearer
    if _document_verb_opening_the_quote(rules_dir_key()).search(before, cues[-1].end()):
        # "The mayor hit back at Pell as polls show “…”": a document or evidence verb opening the
        # quote in a clause that a conjunction opens after the last cue reports the words
        document = _document_reporting(ctx, lo + cues[-1].end(), at_the_quote=True)
        if document is not None and CLAUSE_CONJUNCTION_BEFORE.search(text, lo + cues[-1].end(), document.mention_start):
            return replace(document, method="leading_cue")
    label = re.search(r"\s[-—–]\s+[^-—–]*:\s*$", before)
    if label and not any(m.start() >= label.start() for m in cues):
        return None  # "BLUE STATES GAIN - Dana K. Ruiz: “…”": a name and a colon after a dash lead in alone
    # (a quote closing this sentence's first part: not one that ended the sentence before)
    after_a_quote = ctx.before_start > 0 and text[ctx.before_start - 1] in "\"”’'" and ctx.before_start >= ctx.sentence_start
    lead_words = before[: cues[0].start()].split()
    if after_a_quote and len(cues) > 1 and len(lead_words) <= 4 and lead_words[:1] != ["and"]:
        # (not "“…” and said the United States had offered “…”": a second verb of the same
        # subject introduces this quote)
        # "“We will see,” he said Sunday, only for Marsh to tweet that “…”": the first cue
        # attributes the quote before; the next one introduces this quote
        cues = cues[1:]
    # A quote introduced by "X said:" / "X said," belongs to the nearest cue; a quote set
    # inside a sentence belongs to its first reporting verb ("X stated that the US maintains
    # “…”"); either way a cue without a subject of its own gives way to the next one.
    reduced = REDUCED_RELATIVE_BEFORE.search(before, 0, cues[-1].start()) if len(cues) > 1 else None
    if reduced and cues[-1].group(1).lower() in wl.NAMING_VERBS:
        # "…, Shanice said, a number the pediatrician called “…”": an appositive's relative
        # clause without "that" has a subject of its own, who named the words
        speaker = make_speaker(text, lo + reduced.start(1), lo + reduced.end(1), "leading_cue", cues[-1].group(1), 0.75)
        if speaker is not None and speaker.kind is not SpeakerKind.UNKNOWN:
            return speaker
    sent_by = list_patterns().speech_noun_from_last.search(before, cues[-1].end())
    if sent_by:
        # "The campaign answered with a single line from its manager, Tasha Greer:": the one the words came from
        speaker = make_speaker(text, lo + sent_by.start("owner"), lo + sent_by.end("owner"), "leading_cue", cues[-1].group(1), 0.8)
        if speaker is not None and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.ANONYMOUS, SpeakerKind.ORGANIZATION):
            return speaker
    owned_words = list_patterns().owned_words_before.search(before, max(0, cues[-1].start() - 80), cues[-1].start())
    if owned_words and cues[-1].group(1).endswith("ing"):
        # "The mayor will answer Dana Pell’s Monday speech denouncing “…”": a participle right
        # after a possessive's occasion of speaking says what was said there; its owner spoke
        # (not after other nouns for words or documents: measured, "the union's letter warning"
        # and "Ruiz's statement saying" lost PolNeAR check quotes, whose gold is the document)
        speaker = _owner_of_speech(text, lo, owned_words, "leading_cue", 0.75)
        if speaker is not None:
            return replace(speaker, cue=cues[-1].group(1))
    quoting = QUOTES_SOMEONE_BEFORE_A_COLON.search(before) if before.rstrip().endswith(":") else None
    if quoting:
        # "He quotes Lena Parkhurst, the county clerk: “…”": the one quoted speaks, not the writer
        speaker = make_speaker(text, lo + quoting.start(1), lo + quoting.end(1), "leading_cue", quoting.group(0).split()[0], 0.85)
        # (a person: not "quoted the old hymn:", a text)
        someone = speaker is not None and (
            speaker.kind is SpeakerKind.NAMED
            or (speaker.kind is SpeakerKind.ANONYMOUS and a_head_for_someone(head_noun(speaker.mention.lower().split())))
        )
        if speaker is not None and someone:
            return replace(speaker, role=quoting.group(2) or speaker.role)
    quoted_as = next((m for m in QUOTED_AS_SAYING.finditer(before) if m.end() >= cues[-1].end()), None)
    if quoted_as:
        # "The Post quoted Admiral Lund as saying “…”": the one quoted speaks, not the outlet
        named = (
            make_speaker(text, lo + quoted_as.start(2), lo + quoted_as.end(2), "leading_cue", "quoted as saying", 0.85)
            if quoted_as.group(2)
            else None
        )
        if named is not None and named.kind is SpeakerKind.NAMED:
            return replace(named, role=quoted_as.group(1))
        speaker = make_speaker(text, lo + quoted_as.start(1), lo + quoted_as.end(1), "leading_cue", "quoted as saying", 0.85)
        if speaker is not None and speaker.kind is not SpeakerKind.UNKNOWN:
            return speaker
    lead_in = re.search(r"[,:]\s*$", before) is not None
    if not lead_in and len(cues) > 1 and cues[-1].group(1).endswith("ing"):
        # "Critics slammed Hale for saying it was “…”": the last cue is a gerund with a subject
        # of its own, who speaks instead of the first cue's subject
        speaker = gerund_subject(text, max(lo + cues[-2].end(), own_clause_start), lo + cues[-1].start(), cues[-1].group(1))
        if speaker:
            return speaker
    inverted = _cue_then_subject(ctx, lo + cues[-1].end(), cues[-1].group(1))
    if lead_in and cues[-1].group(1) in wl.INVERTIBLE_CUES and inverted is not None and inverted.kind is SpeakerKind.NAMED:
        # "Because of how Democrats crafted the schedule, explained Rosenberg, “…”": a name
        # between the last cue and the quote is its subject, whatever precedes the cue
        # (not after "told"/"asked": the name there is the listener).
        return inverted
    aside = _attribution_set_off(ctx, lo, before, cues[-1])
    if not lead_in and aside is not None:
        return aside  # "The plan, said Ortega, is “…”": the cue and its subject stand as an aside
    own = list_patterns().relative_pronoun_subject.search(before[: cues[-1].start()])
    if not lead_in and own:
        # "…other Republicans, who he said are “far” less loyal", "whom he describes as
        # having “…”": the quote is the complement of the nearest cue, whose own subject
        # is the pronoun right before it, not the subject of the sentence's first verb
        speaker = make_speaker(text, lo + own.start(1), lo + own.end(1), "leading_cue", cues[-1].group(1), 0.8)
        if speaker is not None:
            return _antecedent_subject(ctx, speaker) or speaker
    parenthetical = _participle_after_a_parenthetical_cue(text, lo, before, cues) if not lead_in else None
    if parenthetical is not None:
        return parenthetical
    finding = _research_finding_before(ctx, lo, before[: cues[0].start()]) if not lead_in else None
    if finding is not None:
        return finding
    if (
        len(cues) > 1
        and re.search(r"\bwho[ \t]+$", before[: cues[-1].start()])
        and re.fullmatch(r"[ \t]*(?:that[ \t]*)?", before[cues[-1].end() :])
    ):
        # "58 percent said yes, compared with 23 percent who said “…”": the relative's own
        # verb opens the quote; the verbs before it report something else
        cues = cues[-1:]
    for cue in reversed(cues) if lead_in else cues:
        clause_start = max(lo + clause_start_in(before[: cue.start()]), own_clause_start)
        word_before = before[: cue.start()].split()[-1:] or [""]
        if (
            word_before[0].lower() in wl.BE_FORMS
            and cue.group(1).lower().endswith("ed")
            and (
                cue is not cues[-1]
                or not re.match(r"[ \t]+(?:as[ \t]+(?:say|call|describ)|to[ \t]+(?:say|have[ \t]+said))", before[cue.end() :])
            )
        ):
            # "Her death was confirmed by her daughter, who said …", "900 ballots were rejected last
            # year, and “…”": a passive's subject said nothing ("was quoted as saying" is no passive of speech)
            continue
        if cue.group(1).lower() == "added" and WITH_ABSOLUTE.search(before, 0, cue.start()):
            # "reposted the message with one line added: “…”": a participle of "with", no verb
            # (a finite verb may follow a "with" phrase: "one user with a frog avatar replied")
            continue
        later = cues[cues.index(cue) + 1 :]
        # (or an appositive's: "Dana Ortiz, a rival whom Lind fired last year, said")
        relative_aside = re.search(r",\s+(?:[^,]*\s)?(?:who|whom|which)\s+[^,]*$", before[: cue.start()])
        if relative_aside and later and "," in before[cue.end() : later[0].start()]:
            continue  # "Another user, who said they ran systems, wrote that “…”": an aside closed before the verb
        if relative_aside and not later and re.fullmatch(r"[^,]*,[ \t]*(?:[a-z]+[ \t]+){1,3}", before[cue.end() :]):
            # "Ruiz, who announced a road plan on Monday, plans “…”": the verb after the aside,
            # no cue, takes the quote, and its subject stands before the aside
            found = subject_before(text, clause_start, lo + relative_aside.start())
            speaker = make_speaker(text, found[0], found[1], "leading_cue", cue.group(1), 0.7, found[2]) if found else None
            if speaker is not None and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.ANONYMOUS, SpeakerKind.ORGANIZATION):
                return speaker
        if (
            later
            and cue.group(1).endswith("ed")
            and not later[0].group(1).endswith("ing")
            and re.search(r",[ \t]*$", before[: cue.start()])
            and "," in before[cue.end() : later[0].start()]
        ):
            continue  # "Delphine Marchetti, asked about the vote, said …": a passive participle's aside before the verb
        # "Trump is insisting", "he’s not predicting", "they're urging": a finite verb
        progressive = word_before[0].lower() in wl.AUXILIARIES or PROGRESSIVE_BEFORE.search(before, 0, cue.start()) is not None
        # ("…, having once called him a “visionary”": a perfect participle, whose subject is found as a participle's)
        perfect = PERFECT_PARTICIPLE.search(before, 0, cue.start())
        if (cue.group(1).lower().endswith("ing") and not progressive) or perfect:
            participle_start = lo + (perfect.start() if perfect else cue.start())
            # "…took a heckler in stride, saying …": a participle's subject is the subject of
            # the main clause, or the noun right before it after "with" ("with both leaders
            # affirming …").
            opening = ctx.opening
            after_a_quote = clause_start == ctx.before_start > opening and text[opening] not in "\"“'‘"
            # (no verb between an earlier quote and the participle: the quote stood inside a noun
            # phrase, "posted a photo in the ‘Mums Together’ Facebook group, writing: ‘…’")
            phrase_only = after_a_quote and not is_a_clause("x " + text[clause_start:participle_start].strip(" ,"))
            speaker = None if phrase_only else participle_subject(text, clause_start, participle_start, cue.group(1))
            if speaker is None and after_a_quote:
                # an earlier quote in the sentence ("visited NBC’s “Today” to discuss …,
                # saying"): the clause's subject stands before it
                speaker = participle_subject(text, opening, participle_start, cue.group(1))
            speaker = speaker or _subject_after_opening_participle(ctx, participle_start, cue.group(1))
            dash = DASH_CLOSING.search(text, ctx.sentence_start, clause_start) if speaker is None else None
            # (only participles after the dash, no clause of their own: not "— while the governor tours …")
            dash = dash if dash is not None and re.match(r"[a-z]+ing\b", text[clause_start:participle_start].lstrip(" \t—–-")) else None
            if dash is not None:
                # "Now Ruiz is doing the right things - condemning …, announcing “…”": participles
                # after a dash say what the subject of the clause before it did
                speaker = main_subject(text, ctx.sentence_start, dash.start(), cue.group(1), "leading_cue_participle", 0.7, vouched=True)
            if speaker:
                return speaker
            continue
        # (an earlier quote in the subject cuts the clause: the subject stands before it)
        around = _subject_around_an_earlier_quote(ctx, lo + cue.start()) if clause_start == ctx.before_start else None
        found = around or subject_before(text, clause_start, lo + _subject_end_before_a_noun_cue(before, cue))
        # (the coordinator may stand before an auxiliary: "… but have speculated that …")
        lead_words = [w.lower() for w in before[: cue.start()].split()[-4:]]
        while lead_words and (lead_words[-1] in wl.AUXILIARIES or is_adverb(lead_words[-1])):
            lead_words.pop()
        if len(lead_words) > 2 and lead_words[-1].strip(",") in wl.WEEKDAYS and lead_words[-2] == "on":
            lead_words = lead_words[:-2]  # (or a day: "… but on Friday wrote that")
        if not found and lead_words and lead_words[-1] in wl.VERB_COORDINATORS:
            # "Reid caucused in Nevada and says he voted “uncommitted”": a second verb shares
            # the clause's subject.
            # After an earlier quote ("She declared “…” and said …") the clause began before it.
            subject_from = ctx.opening if clause_start == ctx.before_start else clause_start
            # (a sentence that opens with that quote has its subject after it, not inside it:
            # "“… they can earn it …,” he tweeted, then deleted it and told …")
            opening_quote = QUOTE_THEN_COMMA.match(text, subject_from, lo + cue.start())
            subject_from = opening_quote.end() if opening_quote else subject_from
            # ("The bill ran aground, as the majority leader refused a vote and accused …": the
            # subordinate clause the two verbs stand in has its own subject)
            in_a_subordinate = SUBORDINATE_WITH_TWO_VERBS.search(text, subject_from, lo + cue.start())
            speaker = subordinate_subject(text, subject_from, lo + cue.start(), with_as=True) if in_a_subordinate else None
            speaker = speaker and replace(speaker, method="leading_cue_coordinated", cue=cue.group(1))
            speaker = speaker or main_subject(
                text, subject_from, lo + cue.start(), cue.group(1), "leading_cue_coordinated", 0.7, vouched=True
            )
            if speaker is None:
                # "The jabs grew sharper, as when Ortega mocked Lind on
                # taxes and called her a “centrist”": no main subject speaks; the clause's does
                speaker = subordinate_subject(text, subject_from, lo + cue.start())
                speaker = speaker and replace(speaker, method="leading_cue_coordinated", cue=cue.group(1))
            if speaker:
                return speaker
            continue
        own_subject = FOR_NAME_TO.search(before[: cue.start()]) or WITH_NAME_ING_TO.search(before[: cue.start()])
        if own_subject:
            # "…, only for Marsh to tweet that “…”": the infinitive's own subject speaks
            speaker = make_speaker(text, lo + own_subject.start(1), lo + own_subject.end(1), "leading_cue_infinitive", cue.group(1), 0.75)
            if speaker is not None and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION):
                return speaker
        stranded = STRANDED_RELATIVE.search(before[: cue.start()]) if word_before[0].lower() in ("to", "with") else None
        if stranded:
            speaker = make_speaker(text, lo + stranded.start(1), lo + stranded.end(1), "leading_cue", cue.group(1), 0.8)
            if speaker is not None and speaker.kind is not SpeakerKind.UNKNOWN:
                return speaker
        caused = list_patterns().caused_to.search(before, 0, cue.start()) if word_before[0].lower() == "to" else None
        if caused:
            # "The record prompted the Harlow Almanac, which tracks bellwethers, to state, “…”":
            # the one made to speak did
            comma_at = caused.group(2).find(",")  # (the object without its aside)
            object_end = lo + (caused.start(2) + comma_at if comma_at > 0 else caused.end(2))
            speaker = make_speaker(text, lo + caused.start(2), object_end, "leading_cue_infinitive", cue.group(1), 0.75)
            if speaker is not None and speaker.kind is not SpeakerKind.UNKNOWN:
                return speaker
        if not found and word_before[0].lower() == "to" and not object_control_re().search(before[: cue.start()]):
            # "Auerbach went so far as to say: “…”", "Trump took to Twitter to say, “…”": the
            # infinitive's subject is the clause's (not after "asked her to say", where the
            # object speaks); inside a sentence ("Atwater used her time to warn against “…”")
            # only a person or body is vouched for, not "The plan is to call it “…”"
            # (a later clause with a subject of its own holds the infinitive: "…,” he said,
            # before Vela cut in to say …", "Ash spoke first, and then Vela rose to say …")
            openers = [
                m
                for m in INFINITIVE_CLAUSE_OPENER.finditer(text, clause_start, lo + cue.start())
                if m.group().lstrip(", \t") not in ("who", "which", "whom")
            ]
            if openers:
                then = ADVERB_AFTER_OPENER.match(text, openers[-1].end())
                in_later_clause = main_subject(
                    text, then.end() if then else openers[-1].end(), lo + cue.start(), cue.group(1), "leading_cue_infinitive", 0.75
                )
                # (or people a noun names: "…, as dockworkers continue to warn that “…”")
                if in_later_clause is not None and (
                    in_later_clause.kind in (SpeakerKind.NAMED, SpeakerKind.PRONOUN)
                    or (
                        in_later_clause.kind in (SpeakerKind.ANONYMOUS, SpeakerKind.GROUP)
                        and a_head_for_someone(head_noun(in_later_clause.mention.lower().split()))
                    )
                ):
                    return in_later_clause
            # (an earlier quote stood inside a noun phrase when no verb follows it: "Voss went after
            # “Crooked” aide Tom Bell, appearing to call on …" is Voss's sentence)
            opening = ctx.opening
            inside_a_phrase = (
                clause_start == ctx.before_start > opening
                and text[opening] not in "\"“'‘"
                and not is_a_clause("x " + text[clause_start : lo + cue.start()].strip(" ,"))
            )
            subject_from = opening if inside_a_phrase else clause_start
            speaker = main_subject(text, subject_from, lo + cue.start(), cue.group(1), "leading_cue_infinitive", 0.75, vouched=lead_in)
            if speaker:
                return speaker
            continue
        if not found:
            continue
        s, e, role = found
        if re.search(r"\b(?:how|whether)\s+$", text[max(0, s - 12) : s]):
            continue  # "a debate over how the United States responds to …": an embedded question, not reporting
        confidence = 0.9 if lead_in else 0.8
        speaker = make_speaker(text, s, e, "leading_cue", cue.group(1), confidence, role)
        if (
            speaker
            and speaker.kind is SpeakerKind.NAMED
            and NAMED_PAIR_MENTION.fullmatch(speaker.mention)
            and not and_inside_a_title(speaker.mention)
        ):
            speaker = replace(speaker, name=speaker.mention)  # both people, not the last one named
        if speaker and speaker.kind is SpeakerKind.PRONOUN:
            speaker = _reporter_of_pronoun(ctx, speaker) or _antecedent_subject(ctx, speaker) or speaker
        if speaker and speaker.kind is not SpeakerKind.UNKNOWN:
            return speaker
    return inverted


# a past tense and up to two modifiers right before a cue word used as its object's noun
# ("The unions traded charges over", "The mayor made firm promises")
VERB_BEFORE_ITS_OBJECT = re.compile(r"(?<=[\w.’'])[ \t]+([a-z]+ed|made|gave|took|drew|held|had|won)(?:[ \t]+[a-z]+){0,2}[ \t]+$")


def _a_noun_for_words(word: str) -> bool:
    """Whether a cue word is a noun for something said, or its plural ("claim", "calls")."""
    word = word.lower()
    return word in wl.SPEECH_NOUNS or (word.endswith("s") and word[:-1] in wl.SPEECH_NOUNS)


def _subject_end_before_a_noun_cue(before: str, cue: re.Match) -> int:
    """Where the subject of a cue word that is a noun for words ends: before the verb whose
    object it is ("The unions traded charges over “…”" is the unions'), else at the cue."""
    if not _a_noun_for_words(cue.group(1)):
        return cue.start()
    verb = VERB_BEFORE_ITS_OBJECT.search(before, 0, cue.start())
    if verb is not None and re.search(r"\bto[ \t]+$", before[: cue.start()]):
        return cue.start()  # ("had not cleared anyone to comment": an infinitive, a verb)
    # (not a participle inside the subject's own phrase: "The newly released claims", "the leaked charges")
    word_before = before[: verb.start()].split()[-1:] if verb else []
    if verb is None or not word_before or word_before[0].lower() in load_lexicon().determiners or is_adverb(word_before[0]):
        return cue.start()
    return verb.start()


# a name's possessive right before a cue word, perhaps with a day between ("Pell’s Monday announcement")
NAMED_OWNER_RIGHT_BEFORE = re.compile(
    r"(?<![\w’'\-.])((?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w\-]*)(?:’s|'s|’)[ \t]+(?:(?:[A-Z][a-z]+day|last|early|latest|recent)[ \t]+)?$"
)
# "is"/"are" contracted onto a pronoun, perhaps with "not", right before a participle
PROGRESSIVE_BEFORE = re.compile(r"\b(?:he|she|it|they|we|you)(?:’s|'s|’re|'re)(?:[ \t]+(?:not|never|also|still))?[ \t]+$", re.IGNORECASE)


def _participle_after_a_parenthetical_cue(text: str, lo: int, before: str, cues: list[re.Match]) -> Speaker | None:
    """ "Marova recalled its envoy, the foreign ministry said, describing the move as “…”": a
    participle right after a cue set off by commas belongs to that cue's subject, not to the
    sentence's first verb."""
    if len(cues) < 2 or not cues[-1].group(1).endswith("ing"):
        return None
    if not re.fullmatch(r"[ \t]*(?:on[ \t]+[A-Z][a-z]+|[A-Z][a-z]+day)?[ \t]*,[ \t]*", before[cues[-2].end() : cues[-1].start()]):
        return None
    comma = before.rfind(",", 0, cues[-2].start())
    if comma < 0 or re.match(r"[ \t]*(?:which|who|whom|that|as)\b", before[comma + 1 :]):
        return None  # ("…, which The Post first reported, telling the paper": a relative clause)
    found = subject_before(text, lo + comma + 1, lo + cues[-2].start())
    if found is None:
        return None
    speaker = make_speaker(text, found[0], found[1], "leading_cue_participle", cues[-1].group(1), 0.75, found[2])
    return speaker if speaker is not None and speaker.kind is not SpeakerKind.UNKNOWN else None


def _asyndetic_clause_start(text: str, lo: int, before: str, cues: list[re.Match]) -> int | None:
    """Where the last cue's clause starts when a comma, not a conjunction, opens it after an
    earlier cue, and its subject stands right after that comma ("…, a woman shouted “…”");
    None when the last cue has no such clause. The last cue must run straight into the quote
    (no comma after it), and a relative pronoun is no such subject."""
    if len(cues) < 2 or "," in before[cues[-1].end() :] or cues[-1].group(1).endswith("ing"):
        return None
    # (a subordinator may open it: "…, as the company's chief executive insisted that “…”")
    commas = [
        m.end()
        for m in re.finditer(
            r",\s+(?:(?:as|while|whereas|when|after|because|since|although|though)\s+)?", before[cues[-2].end() : cues[-1].start()]
        )
    ]
    if not commas:
        return None
    clause_start = cues[-2].end() + commas[-1]
    # (or a noun for the words and then the subject: "…, a claim Belmarin's ministry quickly dismissed as “…”")
    thing_said = list_patterns().thing_said_after.match(before, clause_start)
    subject_at = len(before) - len(before[thing_said.end() :].lstrip()) if thing_said else clause_start
    found = subject_before(text, lo + clause_start, lo + cues[-1].start())
    # (an adverb may stand before the subject: "In a season when …, even some landlords questioned")
    adverb = re.match(r"(?:even|also|now|then|still|only)[ \t]+", before[subject_at:])
    if (
        not found
        or found[0] not in (lo + clause_start, lo + subject_at, lo + subject_at + (adverb.end() if adverb else 0))
        or text[found[0] : found[1]].lower() in ("who", "whom", "which", "that")
    ):
        return None
    return clause_start


# what may stand between an earlier quote in the subject and the verb: nothing but a comma,
# or a relative clause set off by commas ("…, a host on “Morning Talk,” who later ran, said")
# (or the noun a quoted name stands before: "the “No Blank Checks” pledge, called")
AFTER_A_QUOTE_IN_THE_SUBJECT = re.compile(r"[\s,]*(?:(?:who|which)\b[^,;:“”\"]*,\s*|[a-z][\w\-]*,\s*)?")
# a quoted stretch inside one sentence, its marks included
QUOTED_STRETCH = re.compile(r"[“\"][^“”\"\n]*[”\"]")


def _subject_around_an_earlier_quote(ctx: QuoteContext, cue_start: int) -> tuple[int, int, str] | None:
    """ "Jane Moss, author of “The Quiet Year,” said …": a title or phrase quoted inside the
    subject's appositive cuts the clause, so nothing stands between that quote and the verb.
    The subject is read over the whole sentence with the quoted words blanked out, when the
    words before the earlier quote are a noun phrase and not a clause of their own ("He called
    it “a mess,” said Tom" is Tom's, found after the verb)."""
    text = ctx.text
    opening = ctx.opening
    if not (opening < ctx.before_start and AFTER_A_QUOTE_IN_THE_SUBJECT.fullmatch(text, ctx.before_start, cue_start)):
        return None
    lead = text[opening:cue_start]
    quoted = list(QUOTED_STRETCH.finditer(lead))
    # (the words before it open the sentence's one clause: not "PHOENIX — “…,” said …", a dateline)
    subject_words = lead[: quoted[0].start()] if quoted else ""
    # (a relative clause on the subject's noun is no clause of the sentence: "A caller who gave
    # his name only as “Jimmy” told …")
    # (only on the subject's own noun, not after an appositive: "Rep. Ana Breck, a second-term
    # Republican who …, said" is Breck's)
    head_words = re.split(r"[ \t]+(?:who|whom|whose)[ \t]", subject_words, maxsplit=1)[0]
    in_an_appositive = "," in head_words
    head_words = subject_words if in_an_appositive else head_words
    # (a relative clause inside an appositive is no clause of the sentence either: "Rep. Tom
    # Vass-Holm, R-Ariz., one of 31 Republicans who signed the “…” pledge, called"; the words
    # before the first comma must be no clause)
    clause_words = subject_words.split(",")[0] if in_an_appositive and re.search(r"[ \t]who[ \t]", subject_words) else head_words
    if not subject_words.strip() or clause_start_in(subject_words) or is_a_clause("x " + clause_words.strip(" ,")):
        return None
    if head_words != subject_words:
        # (the relative clause runs to the quote and the verb: the subject is the phrase before it)
        return subject_before(text, opening, opening + len(head_words.rstrip(" ,")))
    # (same length, so offsets hold; a comma inside the marks still closes the appositive)
    blanked = QUOTED_STRETCH.sub(lambda m: re.sub(r"[^,\s]", "x", m.group()[:-1]) + " ", lead)
    return subject_before(text[:opening] + blanked + text[cue_start:], opening, cue_start)


def _subject_after_opening_participle(ctx: QuoteContext, cue_start: int, cue: str) -> Speaker | None:
    """ "After saying her knee was “so sore I could barely walk,” she was rushed …": a
    sentence that opens with a speech participle, or a preposition and one, has its subject
    after the phrase, past the quote."""
    text = ctx.text
    opening = ctx.opening
    lead = text[opening:cue_start].split()
    if len(lead) == 2 and lead[0].lower() in wl.LEADING_CONNECTIVES:
        lead = lead[1:]  # "And in explaining why …, she"
    if 2 <= len(lead) <= 4 and any(w.lower() in wl.TIME_SPANS for w in lead[:-1]):
        lead = lead[-1:]  # "Two days after telling donors …, Ortega": a time, then the preposition
    if lead and (len(lead) != 1 or lead[0].lower() not in wl.OPENING_PARTICIPLE_PREPOSITIONS):
        return None  # (or the participle opens the sentence: "Having called the plan “…,” Ortega …")
    if "," in text[cue_start : ctx.open_mark]:
        return None  # "Suggesting it was altered, he alluded to a “…”": the phrase closed before the quote
    comma = re.match(r"[^,;:.!?]{0,60}?,[ \t]+", text[ctx.close_mark_end : ctx.sentence_end])
    if comma is None and text[ctx.close_mark_end - 2 : ctx.close_mark_end - 1] == ",":
        comma = re.match(r"[ \t]*", text[ctx.close_mark_end : ctx.sentence_end])  # the comma sits inside the marks
    if comma is None:
        return None
    start = ctx.close_mark_end + comma.end()
    # (up to a quote that follows: in "Stressing “…”, Ruiz said, “If we wait, we …”" the
    # words of the next quote hold no subject of this sentence)
    next_quote = re.search(r"[“\"]", text[start : ctx.sentence_end])
    limit = start + next_quote.start() if next_quote else ctx.sentence_end
    return main_subject(text, start, limit, cue, "leading_cue_participle", 0.7, vouched=True)


# a verb of telling and its listener right before a clause's pronoun subject ("told reporters ")
TOLD_LISTENER_BEFORE = re.compile(
    r"\b(told|tells|telling|assured|assures|informed|informs|reminded|reminds)\s+(?:[\w’'\-]+\s+){1,3}?(?:that\s+)?$"
)


def _reporter_of_pronoun(ctx: QuoteContext, pronoun: Speaker) -> Speaker | None:
    """ "Dana Holt said she recalled thinking, “…”": a pronoun that is the subject of what
    someone named just said stands for that person, who frames the quote; the named
    reporter is the mention."""
    text = ctx.text
    lo = max(ctx.sentence_start, ctx.before_start)
    # (a subordinate clause may come first: "Kowalczyk said that when he came back on Friday, he told her")
    frame = re.search(
        r"(\w+)\s+(?:that\s+(?:(?:when|after|before|once|while|as|if)\s+[^.;:!?“”\"]{1,80}?,\s+)?)?$", text[lo : pronoun.mention_start]
    )
    if not frame or frame.group(1).lower() not in wl.FRAMING_VERBS:
        # (or a verb of telling and its listener: "Achterberg later told reporters he agreed: “…”")
        frame = TOLD_LISTENER_BEFORE.search(text[lo : pronoun.mention_start])
    if not frame:
        return None
    found = subject_before(text, lo + clause_start_in(text[lo : lo + frame.start(1)]), lo + frame.start(1))
    if not found:
        return None
    outer = make_speaker(text, found[0], found[1], "leading_cue", frame.group(1), pronoun.confidence, found[2])
    if outer is not None and outer.kind is SpeakerKind.PRONOUN and outer.mention.lower() == pronoun.mention.lower():
        return outer  # "He said he had told the group: “…”": the same person, and the outer one reports
    return outer if outer is not None and outer.kind is SpeakerKind.NAMED else None


# a free relative, the object of the sentence's own verb ("denounced what she calls"); not
# a relative clause on a noun ("praised the ferry, which she called"), which reports apart
EMBEDDING_WORD = re.compile(r"\bwhat\s+$|(?P<whom>,\s+whom\s+)$")


def _antecedent_subject(ctx: QuoteContext, pronoun: Speaker) -> Speaker | None:
    """ "The mayor rejected what she called a “stunt”": a "he" or "she" heading a free
    relative that is the object of the sentence's reporting verb stands for the sentence's
    own subject when no other capitalised name comes between them, and that subject, who
    frames the quote, is the mention (as PolNeAR marks it, and as the report should show
    even when the pronoun is left alone)."""
    if pronoun.mention.lower() not in ("he", "she"):
        return None
    text = ctx.text
    start = ctx.opening
    embedding = EMBEDDING_WORD.search(text, start, pronoun.mention_start)
    if not embedding:
        return None
    subject = main_subject(text, start, pronoun.mention_start, pronoun.cue, "leading_cue", pronoun.confidence, vouched=True)
    if subject is None or subject.kind not in (SpeakerKind.NAMED, SpeakerKind.ANONYMOUS):
        return None
    between = text[subject.mention_end : pronoun.mention_start]
    gender = load_lexicon().pronoun_gender.get(pronoun.mention.lower(), "")
    if not has_a_cue(between) and (embedding.group("whom") or _person_of_gender(subject.name, gender) is not True):
        # "Pell met Lind, whom he called “narrow-minded”": only the inner clause reports; with
        # no verb of saying before "what he calls", only a person the pronoun fits frames it
        # ("Rush Lind used his show to discuss what he called …", not "The move drew what she called")
        return None
    if embedding.group("whom"):
        # "Ruiz said he would back Lind, whom he called …": "whom" is Lind, so "he" is not
        between = re.sub(r"(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w’'\-]*,\s+whom\s+$", "", between)
    # (a capital after a colon opens a clause: "…: Vote for Lind, whom he called …")
    # (an earlier quote of the same sentence names no one: "Ortega says tenants have “every
    # reason to be furious,” and the city owes them what she calls “…”")
    between = re.sub(r"“[^“”]*”|\"[^\"]*\"", "", between)
    # (nor a person of the other gender: "Sen. Ivo Marsh, who campaigned with Mrs. Lind, said
    # she must reach what he called …")
    between = re.sub(
        r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z][\w’'\-]*|\b[A-Z][a-z]+\s+[A-Z][\w’'\-]+",
        lambda m: "" if _person_of_gender(m.group(), gender) is False else m.group(),
        between,
    )
    # (a group's plural is no "he" or "she": "Clinton says Americans are “…,” but hungry for what she calls")
    others = [w for w in re.findall(r"(?<!:\s)\b[A-Z][\w’'\-]*", between) if w.lower() not in wl.WEEKDAYS | load_lexicon().group_heads]
    if others or re.search(r"[\"“”]", between):
        return None  # "Ruiz mocked Pell, whom he called …": another person may be the "he"
    return subject


def _person_of_gender(name: str, gender: str) -> bool | None:
    """Whether NAME, with its honorific or first name, is of GENDER; None when it does not tell."""
    lex = load_lexicon()
    first = name.split()[0].rstrip(".")
    told = lex.gender_words.get(first) or first_name_gender(first, lex)
    return None if not told or not gender else told == gender


def _attribution_set_off(ctx: QuoteContext, lo: int, before: str, cue: re.Match) -> Speaker | None:
    """ "The figures, said Dana Ortega, the county auditor, are “…”": an inverted cue and its
    subject set off by commas inside the sentence that goes on to the quote."""
    lead = before[: cue.start()]
    if cue.group(1).lower() not in wl.INVERTIBLE_CUES or not re.search(r"\w[ \t]*,[ \t]*$", lead) or lead.count(",") != 1:
        return None  # (not after a subject with an aside of its own: "A staffer, who …, said the firm, a …, had")
    start = lo + cue.end()
    end = phrase_end(ctx.text, start, ctx.open_mark)
    if ctx.text[end : end + 1] != ",":
        return None
    speaker = make_speaker(ctx.text, start, end, "leading_cue_subject", cue.group(1), 0.8)
    return speaker if speaker is not None and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.ANONYMOUS) else None


# an appositive between a subject and its verb (group 1 its words): ", a survey of voters, "
APPOSITIVE_BEFORE_THE_VERB = re.compile(r",[ \t]+((?:a|an|the|its|their)[ \t]+(?:[^,;:]|(?<=\d),(?=\d)){1,80}),[ \t]*(?:[a-z]+[ \t]+)?$")


def _research_finding_before(ctx: QuoteContext, lo: int, lead: str) -> Speaker | None:
    """The poll or study whose finding reports what others say: in "The poll also finds
    that, while 37 percent of voters say the plan is “…”", the voters' words reach the
    story as the poll's finding, so the poll is the source, as the reporter is in "Kessler
    said Pell called her “…”". A finding verb (the lexicon's finding_verbs) is no speech
    verb by itself ("Investigators found the door “wide open”"): only a piece of research
    (research_documents) as its subject makes it one."""
    verb = next(reversed(list(FINDING_THAT.finditer(lead))), None)
    if verb is None or verb.group(1).lower() not in wl.FINDING_VERBS:
        return None
    speaker = main_subject(ctx.text, ctx.sentence_start, lo + verb.end(1), verb.group(1), "leading_cue", 0.8, vouched=True)
    if speaker is None:
        return None
    # (or a name that an appositive calls one: "AP VoteCast, a survey of 110,000 voters, found")
    aside = APPOSITIVE_BEFORE_THE_VERB.match(ctx.text, speaker.mention_end, lo + verb.start(1))
    described = aside.group(1).partition(" of ")[0].lower().split() if aside else []
    if head_noun(speaker.mention.lower().split()) not in wl.RESEARCH_DOCUMENTS and not set(described) & wl.RESEARCH_DOCUMENTS:
        return None
    return speaker


def _participle_of_a_speech_noun(lead: str, cue: re.Match) -> bool:
    """Whether a cue is a past participle right after its speech noun ("a statement emailed to
    reporters", "a letter posted on X"): it modifies the noun, and says nothing of who spoke."""
    found = PARTICIPLE_AFTER_A_SPEECH_NOUN.search(lead, 0, cue.end())
    return found is not None and found.start() < cue.start() and found.group(1) in wl.SPEECH_NOUNS


def _cue_then_subject(ctx: QuoteContext, after_cue: int, cue: str) -> Speaker | None:
    """Cue then subject before the quote: "said Smith: “…”" / "Added the official, “…”"."""
    if cue.endswith("ing"):
        return None  # "…, who has spent the year explaining a warehouse of unsold tents, “…”": an object, not an inverted subject
    text = ctx.text
    np_end = phrase_end(text, after_cue, ctx.open_mark)
    words = text[after_cue:np_end].split()
    starts_well = bool(words) and (words[0][:1].isupper() or words[0].lower() in load_lexicon().determiners)
    # (not a thing said: "Wexford offered a shorter verdict: “…”" names what was said, not who)
    said_thing = bool(words) and words[-1].lower().strip(",:") in wl.SPEECH_NOUNS
    # (nor, after a verb that is never inverted, a phrase opened by an article: "Pike offered a
    # parting thought to the nominee: “…”" names an object)
    an_object = bool(words) and words[0].lower() in ("a", "an") and cue.lower() not in wl.union("INVERTIBLE_CUES", "QUESTION_CUES")
    # (nor a pronoun the verb takes as its object, perhaps with an adverb: "a captain who told
    # her flatly, “…”"; "said her lawyer" is a possessive and its noun)
    pronoun_object = bool(words) and words[0].lower() in wl.OBJECT_PRONOUNS and all(is_adverb(w.strip(",")) for w in words[1:])
    an_object = an_object or pronoun_object
    if starts_well and not said_thing and not an_object and len(words) <= 8 and re.fullmatch(r"\s*[,:]\s*", text[np_end : ctx.open_mark]):
        return make_speaker(text, after_cue, np_end, "leading_cue_subject", cue, 0.8)
    return None


def is_line_label(lead: str) -> bool:
    """Whether the words before a line's colon label a part of the page ("Updated", "THE
    CLAIM", "The bottom line") instead of naming a speaker: the label's last word, after an
    article or "our", is in the lexicon's line_labels."""
    lead = lead.strip(" \t•*-–—") if len(lead) <= 80 else ""  # (a label is a few words: a long lead is none)
    lead = re.sub(r"[ \t]+(?:No\.[ \t]*|#)?\d{1,3}$", "", lead)  # ("CLAIM 1", "Item No. 3": a numbered label)
    if lead.isupper() and re.search(r"\b(?:OF|THE|FOR|AND|IN|ON|TO)\b", lead):
        return True  # "QUOTE OF THE DAY", "WORD OF THE WEEK": a newsletter's rubric, no name
    words = re.sub(r"^(?:the|our)\s+", "", lead.lower()).split()
    return bool(words) and len(words) <= 3 and words[-1] in load_lexicon().line_labels


# a noun for the words and where they came from, after a quote inside "The …": "figure came
# from the Ross campaign" (group 1 the source, up to the sentence's end or a comma)
CAME_FROM = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+){1,2}(?:originally[ \t]+)?came[ \t]+from[ \t]+((?:the[ \t]+)?[A-Z][^.,;:!?\n]{1,60}?)(?=[.,;]|$)"
)


def sieve_identified_after(ctx: QuoteContext) -> Speaker | None:
    """ "“We had given up on the quay. …” The voice belongs to Dolores Pettigrew, who …": a
    feature opens a paragraph with the words, then names whose they were ("That was Keisha
    Lomond", "The question came from Renata Bishop", "The speaker is Andre Whitlock")."""
    lead = ctx.text[max(ctx.paragraph_start, ctx.sentence_start) : ctx.open_mark].strip()
    came_from = CAME_FROM.match(ctx.text, ctx.close_mark_end, ctx.after_end) if lead in ("The", "That", "This") else None
    if came_from:
        # "The “two million jobs” figure came from a union flyer": whose words they were
        speaker = make_speaker(ctx.text, came_from.start(1), came_from.end(1), "identified_after", "came from", 0.8)
        return speaker if speaker and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION, SpeakerKind.GROUP) else None
    opening = ctx.text[ctx.paragraph_start : ctx.open_mark].strip()
    if opening and not (opening.endswith(":") and is_line_label(opening[:-1])):
        return None  # only a quote that opens its paragraph (or a rubric's line) waits to be identified
    found = list_patterns().identified_after.match(ctx.text, ctx.close_mark_end, ctx.after_end)
    if found is None and not ctx.after.strip() and opening == "":
        # a quote that is its whole paragraph, identified as the next one opens
        found = list_patterns().identified_after.match(ctx.text, ctx.after_end, len(ctx.text))
        found = found if found is not None and "\n" in ctx.text[ctx.close_mark_end : found.start(1)] else None
    if found is None:
        return None
    speaker = make_speaker(ctx.text, found.start(1), found.end(1), "identified_after", "", 0.85)
    return speaker if speaker and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.ANONYMOUS, SpeakerKind.ORGANIZATION) else None


# a quote that opens a sentence, up to its closing mark and comma ("“…,” ")
QUOTE_THEN_COMMA = re.compile(r"[“\"‘][^”\"’\n]{1,600}[,.!?…][”\"’][ \t]*,?[ \t]*")


# a sentence that says where words came from, then its colon: "A word of caution came from
# Priya Dunmore of Vantage Research, whose final poll had the parties tied:" (group 1 the name)
WORDS_FROM_A_NAME = re.compile(
    r"(?:^|[.!?][ \t]+|[ \t][-–—][ \t]+)[A-Z][a-z]*(?:[ \t]+[a-z]+){0,4}?[ \t]+(?:came[ \t]+)?from[ \t]+"
    r"((?:[A-Z][\w.’'\-]*[ \t]+){1,3}?[A-Z][\w’'\-]*)(?=[ \t]+(?:of|at)[ \t]|,|:)[^:.!?“”\"]{0,120}:[ \t]*$"
)


# a newsletter's label for someone's words, by pronoun: "What he's saying:", "What they said:"
SAYING_LABEL = re.compile(
    r"(?:^|\n)[ \t*•]*What[ \t]+(he|she|they)(?:[’']s|[’']re|[ \t]+(?:is|are|was|were))?[ \t]+(?:saying|said|says|wrote|writes)"
    r"[ \t*]*:[ \t*]*$"
)
# where a label's words appeared, after its name: ", in a fundraising email", ", on X", ", in a second post"
LABEL_MEDIUM = re.compile(
    r",[ \t]+(?:in|on|via)[ \t]+(?:(?:a|an|the|his|her|its|their)[ \t]+)?(?:[\w\-]+[ \t]+){0,2}"
    r"(?:post|posts|email|e-mail|emails|statement|tweet|letter|release|video|interview|X|Facebook|Instagram|Threads|TikTok|YouTube)"
    # (and where it came from: "in a post from his official account")
    r"(?:[ \t]+(?:from|on)[ \t]+(?:(?:a|an|the|his|her|its|their)[ \t]+)?(?:[\w\-]+[ \t]+){0,2}(?:account|page|feed|channel|website|site))?[ \t]*$"
)


def sieve_colon_lead_in(ctx: QuoteContext) -> Speaker | None:
    """ "NAME: “…”" headline style, or a previous paragraph that ends with a colon lead-in
    ("Breitbart News responded:")."""
    text = ctx.text
    before = ctx.before
    named = _named_in_a_label(ctx)
    if named is not None:
        return named
    saying = SAYING_LABEL.search(before)
    if saying:
        # a newsletter's "What he's saying: “…”": the pronoun the label names speaks
        return make_speaker(text, ctx.before_start + saying.start(1), ctx.before_start + saying.end(1), "colon_lead_in", ":", 0.8)
    given_by = WORDS_FROM_A_NAME.search(before)
    if given_by:
        # "A word of caution came from Priya Dunmore of Vantage Research, whose poll …:": the
        # one the words came from, whatever is said of them before the colon
        speaker = make_speaker(text, ctx.before_start + given_by.start(1), ctx.before_start + given_by.end(1), "colon_lead_in", ":", 0.8)
        if speaker is not None and speaker.kind is SpeakerKind.NAMED:
            return speaker
    # (a party tag may stand before the colon: "Rep. Ann Voss (D-Ohio):")
    # (an initial's period is part of the name: "- Jeffrey M. Jones: “…”"; so is a hyphen
    # between letters: "• Attorney General Miriam Castell-Hardy: “…”")
    # (a line may open with a bullet or dash: "-More from Ada Morn: “…”"; a dash may stand for
    # the colon: "Her father, standing beside her, was brief — “…”")
    m = re.search(
        r"(?:^[-–—•*]?\s*|[.!?]\s+|\s[-–—]\s+|\s[-–•*](?=[A-Z]))([A-Z](?:[^:.!?\"“”\-–—]|(?<=\b[A-Z])\.|(?<=\w)-(?=\w)){1,60}?)(?:\s*\([^()]{1,20}\))?(?::|\s[—–]|\s--)\s*$",
        before,
    )
    # (or right after another quote: "Quint: “…” Marsh: “…”", a transcript's turns in one paragraph)
    next_turn = (
        m is not None
        and ctx.before_start > ctx.paragraph_start
        and text[ctx.before_start - 1] in "”\"’'"
        and text[ctx.before_start - 2 : ctx.before_start - 1] in (".", "?", "!", "…")  # (a turn ends; "Ernesto “Che” Guevara:" does not)
        and not before[: m.start(1)].strip()
        and re.fullmatch(r"(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*", m.group(1)) is not None
    )
    # (or a whole sentence of its own after an earlier quote: "“…,” wrote one fan. Another was
    # less kind: “…”")
    own_sentence = m is not None and re.match(r"[.!?]\s", m.group(0)) is not None and is_a_clause(m.group(1))
    # (or a bullet run into the paragraph when a page was flattened: "… all along -More from Ada Morn: “…”")
    own_sentence = own_sentence or (m is not None and re.match(r"\s[-–•*][A-Z]", m.group(0)) is not None)
    if m and (ctx.before_start == ctx.paragraph_start or next_turn or own_sentence) and not is_line_label(m.group(1)):
        start, end = ctx.before_start + m.start(1), ctx.before_start + m.end(1)
        owner = _owner_before_colon(text, start, ctx.open_mark, tail_words=2)
        if owner:  # "Senator Varn's reply was brief:": the owner of the reply speaks
            return owner
        if is_a_clause(m.group(1)):
            # "The judge then turned to the defendant:": the clause's subject, where it has one
            speaker = main_subject(text, start, end, ":", "colon_sentence_subject", 0.7, vouched=True)
            if speaker:
                return speaker
        if not m.group(0).rstrip().endswith(":"):
            return None  # "The provisions — “one on …”": before a dash, a bare noun phrase is no label
        label_words = m.group(1).split()
        lex = load_lexicon()
        speakers_nouns = lex.person_heads | lex.anonymous_heads | lex.group_heads | lex.organization_heads
        if (
            (len(label_words) > 2 or label_words[0].lower() in lex.determiners)
            and label_words[-1].islower()
            and label_words[-1] not in speakers_nouns
        ):
            # "Twelve minutes later came another:", "The latest:": a clause or a thing, not a
            # name or a source ("A White House official:") that labels a quote
            return None
        if label_words[0].lower().strip(",") in wl.SEQUENCE_ADVERBS and not any(w[:1].isupper() for w in label_words[1:]):
            return None  # "Then, after a long pause:": when, not who; the quote goes on with the last speaker
        # (or a presenting "Here is": "Here's Sen. Ines Calloway:")
        source = re.match(r"(?:[A-Za-z][a-z]*\s+){0,3}?[Ff]rom\s+(?=[A-Z])|Here(?:’s|'s|\s+is)\s+(?=[A-Z])", m.group(1))
        start += source.end() if source else 0  # "More from Ada Morn and Ivo Lask:", "A lesson from Ines Marr:"
        manner = re.search(r",[ \t]+[a-z]+(?:ing|ed)\b[^,]*$", text[start:end])
        if manner and re.fullmatch(r"(?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w.’'\-]*", text[start : start + manner.start()]):
            end = start + manner.start()  # a live blog's "Vance, smiling:": the name, not how
        topic = re.search(r"[ \t]+on[ \t]+\S", text[start:end])
        if topic:
            # "Ada Moss on the Budget Vote: ‘…’": a headline's name, then what the words are about
            speaker = make_speaker(text, start, start + topic.start(), "colon_lead_in", ":", 0.8)
            if speaker is not None and speaker.kind is SpeakerKind.NAMED:
                end = start + topic.start()
        # (where the words appeared is no part of the label: "The Missouri Republican Party, in
        # a fundraising email:"; and a label that is only a time and a place names no one:
        # "Minutes later, in a second post:" goes on with the last speaker)
        medium = LABEL_MEDIUM.search(text, start, end)
        if medium:
            if TIME_PHRASE_OPENING.match(text[start : medium.start()] + ",") or not text[start : medium.start()].strip():
                return None
            end = medium.start()
        speaker = make_speaker(text, start, end, "colon_lead_in", ":", 0.8)
        if (
            speaker is not None
            and speaker.kind is SpeakerKind.NAMED
            and re.fullmatch(r"[A-Z][^,]*\s(?:and|&)\s[A-Z][^,]*", speaker.mention)
        ):
            speaker = replace(speaker, name=speaker.mention)  # both people, not the last one named
        return speaker
    if re.search(r":\s*$", before):
        # "Jeb Bush sent a message to the Dutch newspaper NRC Handelsblad: “…”": with no
        # speech verb, a colon lead-in still hands the quote to the sentence's subject.
        start = max(ctx.sentence_start, ctx.paragraph_start, ctx.before_start)
        # (a semicolon opens the clause the colon ends: "His mother ran a boarding house; his
        # father kept the books and told his son:")
        start = max(start, text.rfind(";", start, ctx.open_mark) + 1)
        owner = _owner_before_colon(text, start, ctx.open_mark)
        if owner:  # "From Ruiz's Facebook post:": the owner of the post wrote it
            return owner
        # (the last of two clauses, when it has a subject of its own: "Sauer would not talk, but
        # spokesman Brody Kessinger handed the paper a statement:")
        later = list(SECOND_CLAUSE_JOINED.finditer(text, start, ctx.open_mark))
        speaker = main_subject(text, later[-1].end(), ctx.open_mark, ":", "colon_sentence_subject", 0.7) if later else None
        if speaker is not None and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.ANONYMOUS, SpeakerKind.GROUP, SpeakerKind.ORGANIZATION):
            return speaker
        speaker = main_subject(text, start, ctx.open_mark, ":", "colon_sentence_subject", 0.7)
        if speaker:
            return speaker
    if ctx.before.strip():
        return None
    prev_start, prev_end = paragraph_before(ctx)
    if prev_end > 0 and text[prev_end - 1] == ":":
        sentence_start = ctx.sentences.last_start_in(prev_start, prev_end - 1)
        lead = text[sentence_start : prev_end - 1]
        cues = [m for m in cue_re().finditer(lead) if looks_like_cue(lead, m)]  # (not "his longest answer")
        # (nor a participle after its speech noun: "announced his decision in a statement emailed to reporters:")
        cues = [m for m in cues if not _participle_of_a_speech_noun(lead, m)]
        # "From Desmond Farrow’s profile in The Chronicle:": who wrote it speaks (the place it
        # ran in may follow the noun)
        venue = re.search(r"\s+(?:in|for|at|on)\s+(?:the\s+)?[A-Z][^,;:.!?]*$", lead)
        # (but "The key passage, in Tolbert’s words:" is no venue: the noun ends the lead-in)
        owner = _owner_before_colon(text, sentence_start, prev_end - 1)
        owner = owner or (_owner_before_colon(text, sentence_start, sentence_start + venue.start()) if venue else None)
        if owner:
            return replace(owner, method="colon_previous_paragraph")
        inverted = _inverted_lead(rules_dir_key()).match(lead)
        if inverted:  # "Writes Nora Pell at The Daily Ledger:": the cue first, then its subject
            speaker = make_speaker(
                text, sentence_start + inverted.start(1), sentence_start + inverted.end(1), "colon_previous_paragraph", ":", 0.8
            )
            if speaker is not None and speaker.kind is SpeakerKind.NAMED:
                return speaker
        according = ACCORDING_TO_ASIDE.search(lead) if not cues else None
        if according:
            # "Its largest donor, according to the Harbor Ledger, is a name you may know:": the
            # source the aside credits, whose words follow
            speaker = make_speaker(
                text, sentence_start + according.start(1), sentence_start + according.end(1), "colon_previous_paragraph", ":", 0.7
            )
            if speaker is not None and speaker.kind is not SpeakerKind.UNKNOWN:
                return speaker
        if not cues:
            # "President Clinton released the following statement:" with no speech verb
            return main_subject(text, sentence_start, prev_end - 1, ":", "colon_previous_paragraph", 0.7)
        if cues[-1].group(1).lower().endswith("ing"):
            # "President Trump went further than Republicans Thursday, tweeting:": a
            # participle's subject is the clause's subject, not the noun before it
            return participle_subject(text, sentence_start, sentence_start + cues[-1].start(), cues[-1].group(1))
        joined = JOINED_CLAUSE_SUBJECT.search(lead, cues[-1].end())
        if joined:
            # "I asked him about safety, and he gave a longer answer than I expected:": the
            # subject of the clause joined after the last cue introduces the quote
            speaker = make_speaker(
                text, sentence_start + joined.start(1), sentence_start + joined.end(1), "colon_previous_paragraph", ":", 0.7
            )
            if speaker is not None and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.PRONOUN):
                return speaker
        if cues:
            found = subject_before(text, sentence_start + clause_start_in(lead[: cues[-1].start()]), sentence_start + cues[-1].start())
            if found:
                return make_speaker(text, found[0], found[1], "colon_previous_paragraph", cues[-1].group(1), 0.8, found[2])
            # "She went on to say:", "He then turned to the crowd and added:": no subject
            # right before the verb; the sentence's own subject introduces the quote
            return main_subject(
                text, sentence_start, sentence_start + cues[-1].start(), cues[-1].group(1), "colon_previous_paragraph", 0.7, vouched=True
            )
    return None


# an "according to" aside set off by commas inside a lead-in (group 1 the source)
ACCORDING_TO_ASIDE = re.compile(r",[ \t]+according[ \t]+to[ \t]+([^,;:“”\"]{2,60}?),")
# a clause joined by ", and"/", but" with a subject of its own and a verb, running to the colon
JOINED_CLAUSE_SUBJECT = re.compile(
    r",[ \t]+(?:and|but)[ \t]+(he|she|they|(?:[A-Z][\w.’'\-]*[ \t]+){0,2}[A-Z][\w’'\-]*)[ \t]+[a-z]+[^,;:]*$"
)


@functools.cache
def _inverted_lead(rules_key: str) -> re.Pattern:
    """ "Writes Nora Pell at The Daily Ledger:", "Adds Tom Bell:": a capitalised cue from
    inverted_lead_cues in the lexicon, then the name."""
    cues = "|".join(sorted(w.capitalize() for w in wl.INVERTED_LEAD_CUES))
    return re.compile(rf"(?:{cues})\s+((?:[A-Z][\w’'\-.]*\s+){{0,3}}[A-Z][\w’'\-]*)")


# the next line after a quote's paragraph: a dash, then a capitalised credit (group 2)
DASH_LINE_AFTER = re.compile(r"\s*\n\s*([-–—]{1,2}\s*)(?=[A-Z]|@\w)([^\n]{1,100})(?:\n|$)")


def sieve_dash(ctx: QuoteContext) -> Speaker | None:
    """ "“…” - Commissioner Jane Doe", "“…”--said Mr. Pell": a dash (and a cue) and a name
    right after the closing mark."""
    m = re.match(r"^[.,]?\s*[-–—]{1,2}\s*(?:([a-z]+)\s+)?(?=[A-Z]|@\w)", ctx.after)
    # (or "the" before a cleric's title: "“…” — the Rev. Ada Marsh, lead plaintiff")
    reverend = m is not None and m.group(1) == "the" and re.match(r"(?:Rev|Very|Rt|Most)\b", ctx.after[m.end() :]) is not None
    if m and m.group(1) and m.group(1).lower() not in load_lexicon().cues and not reverend:
        m = None  # "“…” — Later that day": only a cue may stand between the dash and the name
    if m:
        start, limit = ctx.close_mark_end + m.end(), ctx.after_end
    else:
        # the quote ends its paragraph and the next one is just "- Bernie Sanders."
        if ctx.after.strip():
            return None
        line = DASH_LINE_AFTER.match(ctx.text, ctx.after_end)
        # (a credit: a name, and what it is or where it was said after a comma: "— Justice P.T.
        # Arulmozhi, at the launch of Tamil-language e-filing in the district courts")
        if not line or len(line.group(2).split(",")[0].split()) > 12:
            return None
        start, limit = line.start(2), line.end(2)
    end = phrase_end(ctx.text, start, limit)
    if m and _a_reporters_sign_off(ctx, ctx.text[start:end]):
        return None  # "… told us the room was full. — Kellan Vogt": a live blog's entry signed by its reporter
    speaker = make_speaker(ctx.text, start, end, "dash", "-", 0.75)
    # (a body too when its account follows, as an embedded post's credit gives it:
    # "“…” — Harbor Front (@HarborFrontVD) October 9, 2025")
    handle = speaker is not None and HANDLE_AFTER.match(ctx.text, speaker.mention_end) is not None
    return speaker if speaker and (speaker.kind is SpeakerKind.NAMED or (handle and speaker.kind is SpeakerKind.ORGANIZATION)) else None


def _a_reporters_sign_off(ctx: QuoteContext, name: str) -> bool:
    """Whether a dash and a name after a quote sign a live blog's entry rather than credit the
    quote: the name closes its paragraph after a sentence of the reporter's own before the
    quote, and closes at least one other paragraph of the article too."""
    paragraph_end = ctx.text.find("\n", ctx.close_mark_end)
    closes = ctx.text[ctx.close_mark_end : len(ctx.text) if paragraph_end < 0 else paragraph_end].rstrip(" .").endswith(name)
    # (a sentence of the reporter's before the quote: not a label, "CLAIM: “…” — Rep. Ada Lind")
    narrated = re.search(r"[a-z][.!?][ \t]", ctx.text[ctx.paragraph_start : ctx.open_mark]) is not None
    signed = re.findall(rf"[—–-][ \t]*{re.escape(name)}[ \t.]*$", ctx.text, re.MULTILINE)
    return closes and narrated and len(signed) >= 2


# a social-media account in brackets after a name: " (@HarborFrontVD)"
HANDLE_AFTER = re.compile(r"[ \t]*\(@\w+\)")


def sieve_headline_colon(ctx: QuoteContext) -> Speaker | None:
    """Headline style "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP": a short
    name and a colon open the line, and every quote on that line is the name's."""
    line = ctx.text[ctx.paragraph_start : ctx.open_mark]
    # (or the name on a topic: "Tillotson on Quintero-Hale: ‘She Has Never Run Anything …’")
    m = re.match(r"([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})(?:\s+on\s+[^:“”\"‘’\n]{1,50})?:\s", line)
    if not m or is_line_label(m.group(1)):
        return None  # "Updated: …" labels the page
    prose = re.sub(r"[“\"‘][^”\"’]*[”\"’]", "", line[m.end() :])
    if re.search(r"[.!?](?:\s+[A-Z]|\s*$)", prose) and not is_title_case(WORD_RE.findall(prose)):
        return None  # "THE DONOR CALL: Wednesday's call went badly. “…”": a section of prose, not a headline
    speaker = make_speaker(ctx.text, ctx.paragraph_start + m.start(1), ctx.paragraph_start + m.end(1), "headline_colon", ":", 0.75)
    return speaker if speaker and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION) else None


# the next sentence naming whose words they were: "That was the word Wednesday from Ilya
# Brennan-Oduya, …", "Such was the verdict of …" (group 1 the source, to its comma or stop)
WORD_FROM_AFTER = re.compile(
    r"[ \t]*(?:That|This|Such)[ \t]+(?:was|is|were|’s|'s)[ \t]+(?:the[ \t]+)?(?:word|message|verdict|view|warning|assessment|"
    r"reaction|response|take|advice|promise|pledge|vow|prediction)\b[^.;:!?\n“”\"]{0,40}?[ \t](?:from|of)[ \t]+"
    r"((?:the[ \t]+)?[A-Z][^,.;:!?\n“”\"]{1,60}?)(?=[,.;]|$)"
)


def sieve_word_from(ctx: QuoteContext) -> Speaker | None:
    """A quote that ends its sentence, then a sentence naming whose words they were: "“…”
    That was the word Wednesday from Ilya Brennan-Oduya, the party's lawyer"."""
    if not re.search(r"[.!?]\W*$", ctx.quote.text):
        return None
    found = WORD_FROM_AFTER.match(ctx.text, ctx.close_mark_end)
    if found is None:
        return None
    speaker = make_speaker(ctx.text, found.start(1), found.end(1), "word_from", "", 0.8)
    return speaker if speaker is not None and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS) else None


# a caption line over a quote: an optional label ("THEN:"), then the speaker's name and where
# or when it was said ("Quintero-Hale at a 2019 climate forum, University of Denver")
CAPTION_LINE = re.compile(r"[ \t]*(?:([A-Z][\w ]{0,20}):[ \t]+)?((?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w.’'\-]*)(?=[ \t]+[a-z]|,|$)")


def sieve_caption_line(ctx: QuoteContext) -> Speaker | None:
    """A quote that fills its line, under a line with no verb of saying and no full stop that
    names a speaker: a fact-check's or rebuttal's "THEN: Quintero-Hale at a 2019 forum" ¶
    "“…”", a pull-quote's caption. The caption line must sit in the same block (one line
    break): a headline or a paragraph of prose above a blank line captions nothing."""
    text = ctx.text
    if ctx.open_mark != ctx.paragraph_start or ctx.paragraph_start < 2 or text[ctx.paragraph_start - 2] == "\n":
        return None
    if ctx.after.strip(" \t") or ctx.quote.kind is not QuoteKind.FULL:
        return None  # (the quote fills its line)
    line_start = text.rfind("\n", 0, ctx.paragraph_start - 1) + 1
    line = text[line_start : ctx.paragraph_start - 1]
    if line_start == 0 or not line.strip() or len(line) > 120 or re.search(r"[“”\"‘’]|[.!?:]\s*$", line):
        return None  # (no headline, no prose, no quote in the caption)
    caption = CAPTION_LINE.match(line)
    if caption is None or not (caption.group(1) or "," in line):
        return None  # (a label or a place and time after a comma: "Sheriff Warns of Ice" is a headline)
    if (caption.group(1) and not caption.group(1).isupper()) or is_line_label(caption.group(2)):
        return None
    if any(w in load_lexicon().cues for w in WORD_RE.findall(line)):
        return None  # (a sentence with its verb of saying is no caption)
    speaker = make_speaker(text, line_start + caption.start(2), line_start + caption.end(2), "caption_line", "", 0.6)
    return speaker if speaker and speaker.kind is SpeakerKind.NAMED else None


# a headline's subject after the quote that opens it, then its verb: "‘…’: Fuming Brack blasts
# ref", "‘…’: Talvik envoy vows reply" (group 1 the subject; not a plural's possessive:
# "‘…’: A grain exporters’ chief on the fight")
SUBJECT_AFTER_A_HEADLINE_QUOTE = re.compile(
    r"[ \t]*:[ \t]+((?:[A-Z][\w.’'\-]*[ \t]+){0,3}?(?!(?:on|about|in|at|for|with|of|to)[ \t])[\w.’'\-]+)[ \t]+[a-z]+s\b(?![’'])"
)
# an interview's headline: "‘We are nobody’s backup plan’: Ines Calder on coalitions"
NAME_ON_A_TOPIC_AFTER_A_HEADLINE_QUOTE = re.compile(r"[ \t]*:[ \t]+((?:[A-Z][\w.’'\-]*[ \t]+){1,3}?[A-Z][\w.’'\-]*)[ \t]+(?:on|about)[ \t]")


# after a headline quote's colon, a name's possessive and a noun for words (group 2)
OWNER_AFTER_A_HEADLINE_QUOTE = re.compile(
    r"[ \t]*:[ \t]+((?:[A-Z][\w.\-]*[ \t]+){0,2}[A-Z][\w.\-]*)(?:’s|'s)[ \t]+(?:[a-z\-]+[ \t]+)?([a-z]+)\b"
)


def sieve_headline_quote_first(ctx: QuoteContext) -> Speaker | None:
    """Headline style "‘We will answer in time’: Talvik envoy vows reply": a quote opens the
    headline, and the subject after its colon said it (a participle before the name is how
    the subject felt: "Fuming Brack blasts …")."""
    line_end = ctx.text.find("\n", ctx.close_mark_end)
    if ctx.paragraph_start != 0 or line_end < 0 or ctx.text[: ctx.open_mark].strip() or re.search(r"[.!?]\s*$", ctx.text[:line_end]):
        return None  # (the first line, with a story below it and no full stop: a headline)
    owned = OWNER_AFTER_A_HEADLINE_QUOTE.match(ctx.text, ctx.close_mark_end)
    if owned and owned.group(2) in wl.SPEECH_NOUNS:
        # "‘You had six years to finish’: Ibarra-Velez’s debate line lights up the race": the
        # owner of the words the subject names
        speaker = make_speaker(ctx.text, owned.start(1), owned.end(1), "headline_subject", "", 0.6)
        return speaker if speaker and speaker.kind is SpeakerKind.NAMED else None
    on_a_topic = NAME_ON_A_TOPIC_AFTER_A_HEADLINE_QUOTE.match(ctx.text, ctx.close_mark_end)
    if on_a_topic:
        speaker = make_speaker(ctx.text, on_a_topic.start(1), on_a_topic.end(1), "headline_subject", "", 0.6)
        if speaker and speaker.kind is SpeakerKind.NAMED:
            return speaker
    m = SUBJECT_AFTER_A_HEADLINE_QUOTE.match(ctx.text, ctx.close_mark_end)
    if m is None:
        return None
    start = m.start(1)
    mood = re.match(r"[A-Z][a-z]+ing[ \t]+(?=[A-Z])", ctx.text[start : m.end(1)])
    start += mood.end() if mood else 0
    speaker = make_speaker(ctx.text, start, m.end(1), "headline_subject", "", 0.6)
    return speaker if speaker and speaker.kind is not SpeakerKind.UNKNOWN else None


def sieve_headline_subject(ctx: QuoteContext) -> Speaker | None:
    """Headline style "Ann Voss Backs the Harbor Plan: It Is ‘Overdue’ for the Port":
    every word is capitalised, so no cue verb can be told from a name; the speaker is the
    headline's subject, the longest run of its first capitalised words that the story
    itself names again below the headline."""
    if not in_a_headline(ctx.text, ctx.quote.start):
        return None
    start = ctx.opening
    words = list(re.finditer(r"[A-Z][\w.’'\-]*", ctx.text[start : ctx.open_mark]))[:4]
    leading = [w for i, w in enumerate(words) if w.start() == (words[i - 1].end() + 1 if i else 0)]
    line_end = ctx.text.find("\n", ctx.close_mark_end)
    if line_end < 0:
        return None  # no story below the headline to name anyone again
    heads = wl.union("person_heads", "group_heads", "anonymous_heads")
    for n in range(len(leading), 0, -1):
        phrase = ctx.text[start + leading[0].start() : start + leading[n - 1].end()].rstrip(".’'")
        # (people named by a plural noun may come back in lower case: "Harbor Nurses Rip …", then
        # "harbor nurses said"; a thing may not: "Harbor Plan Wins …", then "the harbor plan")
        last = phrase.split()[-1].lower()
        people = n > 1 and (last in heads or (last.endswith("s") and last[:-1] in heads))
        again = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE if people else 0)
        if n < len(words) and again.search(ctx.text, line_end + 1):
            speaker = make_speaker(
                ctx.text, start + leading[0].start(), start + leading[0].start() + len(phrase), "headline_subject", "", 0.6
            )
            if speaker and speaker.kind is not SpeakerKind.UNKNOWN:
                return speaker
    return None


def sieve_possessive_speech_noun(ctx: QuoteContext) -> Speaker | None:
    """ "Voss’s claim that the plan was “dead on arrival”", "his promise to “fix it”": the
    owner of a noun for something said, earlier in the quote's sentence, said it."""
    lo = max(ctx.before_start, ctx.sentence_start)
    before = ctx.text[lo : ctx.open_mark]
    found = list(list_patterns().speech_noun.finditer(before))
    if not found or len(before[found[-1].end() :].split()) > 12:
        return None
    # (a noun's possessive only when "that" or "to" opens what the noun holds: "the union’s
    # assurance that “…”"; not "called the secretary’s remarks “…”", the caller's words)
    if re.match(r"[Tt]he\s+[a-z]", found[-1].group("owner")) and not re.fullmatch(r"\s+(?:that|to)\s+", before[found[-1].end() :]):
        return None
    return _owner_of_speech(ctx.text, lo, found[-1], "possessive_speech_noun", 0.6)


def _named_in_a_label(ctx: QuoteContext) -> Speaker | None:
    """A colon label of a list or a tipsheet whose commas set off a name from what surrounds it
    ("• Marla Deane, party chairwoman: “…”", "Dana Pell, to The Whip Count: “…”", "Asked
    whether he would sign it, Harbison: “…”", "Radio host Ivo Lask, on his show “The Lask
    Hour”: “…”"): the name, first or last, not the whole label."""
    lo = ctx.opening
    if ctx.before_start > lo and ctx.text[ctx.before_start - 1] not in "”\"’'":
        return None
    # (an earlier quote in the label is a title: "on his program “The Lask Hour”:")
    label = LABEL_WITH_COMMAS.fullmatch(ctx.text, lo, ctx.open_mark)
    # (a sentence of two clauses is no label: "Sauer would not talk, but spokesman Brody
    # Kessinger handed the paper a statement:")
    if label is None or SECOND_CLAUSE_JOINED.search(label.group(1)):
        return None
    start, end = label.span(1)
    commas = [start + m.start() for m in re.finditer(r",[ \t]+", label.group(1))]  # (at least one)
    first = (start, commas[0])
    last = (commas[-1] + 2, end)
    described = ctx.text[start : commas[-1]].split()[-1:] or [""]
    # (not a name in apposition to the person noun before it: "Vance released a statement
    # through her attorney, Simone Achterberg:" is Vance's statement)
    parts = [first] if described[0].lower() in wl.union("person_heads", "anonymous_heads") else [first, last]
    for a, b in parts:
        source = re.match(r"[Ff]rom[ \t]+|Here(?:’s|'s|[ \t]+is)[ \t]+", ctx.text[a:b])
        a += source.end() if source else 0  # "From state Rep. Alma Whitcomb, during the hearing:", "Here's Sen. Ada Lind, after the vote:"
        part = ctx.text[a:b]
        if not re.search(r"[A-Z][\w’'\-]+$", part) or len(part.split()) > 7 or (part[:1].islower() and not source):
            continue  # a short phrase that a name ends, not a clause ("put it bluntly in a note to the Ledger")
        if part.split()[0].lower() in wl.SEQUENCE_ADVERBS:
            continue  # "Then, after a long pause:": when, not who
        speaker = make_speaker(ctx.text, a, b, "colon_lead_in", ":", 0.8)
        if speaker is not None and speaker.kind is SpeakerKind.NAMED:
            return speaker
    return None


# a comma and a conjunction that join a second clause to the first ("…, but spokesman Brody
# Kessinger handed the paper a statement:")
SECOND_CLAUSE_JOINED = re.compile(r",[ \t]+(?:but|and|yet|while)[ \t]+")
# a label from the paragraph's start (after a bullet or a rubric and its dash) to the colon
# before the quote, with at least one comma in it (group 1)
# (a period only in an abbreviation or an initial: "Sen. Otis Greer, in a statement:"; a
# quotation mark only after the first comma, in a title: "on his show “The Lask Hour”:")
LABEL_WITH_COMMAS = re.compile(
    # (a clock time may stand after the comma, and a rubric may open the line: "POST OF THE
    # DAY: From Calder, at 6:10 a.m.:")
    r"[ \t]*(?:[-–—•*][ \t]*)?(?:[A-Z’'\- ]{3,40}(?:[ \t]+[—–-]|:)[ \t]+)?((?:[^\n:.!?“”\"]|\.(?=[ \t]+[A-Z])){2,80},(?:[^\n:]|(?<=\d):(?=\d\d)){2,120}):[ \t]*"
)


# after a noun for words, before the colon or a "was": what or when they are about ("on the
# port", "on Monday night"), or "in full"
TOPIC_OF_THE_WORDS = re.compile(
    r"^(?:(?:on|about)[ \t]+(?:[\w’'\-]+[ \t]+){0,3}?[\w’'\-]+)?(?:,?[ \t]*in[ \t]+full)?[ \t]*(?=$|(?:was|is|were|are)\b)"
)


def _owner_before_colon(text: str, start: int, end: int, tail_words: int = 0) -> Speaker | None:
    """The owner of a speech noun that closes a colon lead-in ("From Ruiz's Facebook post:"),
    or is followed by at most TAIL_WORDS more ("Varn's reply was brief:")."""
    for found in list_patterns().speech_noun.finditer(text, start, end):
        # (an aside does not count: "Okafor’s reply, when I read her the line, was brisk:")
        tail = SUBORDINATE_ASIDE.sub(" ", text[found.end() : end]).strip(" :")
        # (a short phrase may address the words: "Bell's message to voters was simple:")
        addressed = re.match(r"(?:to|for)[ \t]+(?:the[ \t]+)?[\w’'\-]+[ \t]+", tail)
        if addressed and tail_words:
            tail = tail[addressed.end() :]
        # (what the words are about, and "in full", say nothing of who: "Her remarks on the port, in full:")
        tail = TOPIC_OF_THE_WORDS.sub("", tail, count=1)
        if len(tail.split()) <= tail_words:
            return _owner_of_speech(text, 0, found, "colon_lead_in", 0.8)
    sent_by = list_patterns().speech_noun_from.search(text, start, end) or list_patterns().speech_noun_from_last.search(text, start, end)
    if sent_by and wl.MEDIUM_WORDS & set(sent_by.group("owner").lower().split()):
        sent_by = None  # "in a post from his official account:": where it was posted, not who posted it
    if sent_by:  # "The message from coach Ines Marr was simple:": who sent it speaks
        owner_end = sent_by.end("owner")
        # ("The reply from Calder came an hour later:": the name, not what the reply did)
        acted = re.match(
            r"(?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w.’'\-]*(?=[ \t]+[a-z]+ed\b|[ \t]+came\b)", text[sent_by.start("owner") : owner_end]
        )
        owner_end = sent_by.start("owner") + acted.end() if acted else owner_end
        speaker = make_speaker(text, sent_by.start("owner"), owner_end, "colon_lead_in", ":", 0.8)
        return speaker if speaker is not None and speaker.kind is not SpeakerKind.UNKNOWN else None
    return None


def _owner_of_speech(text: str, lo: int, found: re.Match, method: str, confidence: float) -> Speaker | None:
    """The owner in a speech-noun match FOUND at offset LO ("Voss’s claim" -> Voss), when it
    names someone who can speak."""
    start, end = lo + found.start("owner"), lo + found.end("owner")
    opener = re.match(r"(\w+)\s+(?=\S)", text[start:end])
    if opener and opener.group(1).lower() in wl.union("PREPOSITIONS", "CLAUSE_OPENERS"):
        start += opener.end()  # "From Ruiz’s post": the capital opens the sentence, not the name
    possessive = POSSESSIVE_TAIL.search(text[start:end])
    end -= len(possessive.group()) if possessive else 0
    speaker = make_speaker(text, start, end, method, found.group().split()[-1], confidence)
    # ("Republicans’ reaction:", "the mayor’s earlier claim")
    speaking_kinds = (SpeakerKind.NAMED, SpeakerKind.PRONOUN, SpeakerKind.ORGANIZATION, SpeakerKind.GROUP, SpeakerKind.ANONYMOUS)
    return speaker if speaker is not None and speaker.kind in speaking_kinds else None


def sieve_previous_paragraph(ctx: QuoteContext) -> Speaker | None:
    """A paragraph that opens with a quote and carries no attribution continues the
    paragraph before it: the subject of that paragraph's last speech verb speaks."""
    if not only_a_bullet(ctx.before) or ctx.paragraph_start < 2:
        return None
    text = ctx.text
    prev_start, prev_end = paragraph_before(ctx)
    paragraph = text[prev_start:prev_end]
    if re.search(r"[\"“”]", paragraph[-3:]):
        return None  # it ended with a quote: the inheritance rule decides
    reporter = _last_reporter(ctx, prev_start, prev_end, "previous_paragraph")
    if reporter is None and ctx.quote.kind is QuoteKind.FULL:
        # "… the committee issued a statement saying sorry to the senator.\n\n“Speaking for …”"
        sentence_start = ctx.sentences.last_start_in(prev_start, prev_end - 1)
        subject = main_subject(text, sentence_start, prev_end, "", "previous_paragraph", 0.5)
        if _issues_a_document(text, subject, prev_end):
            return subject
        # "Castellano addressed the ad herself at a town hall on Wednesday.\n\n“…”", "Odili gave
        # one of his longest answers of the night.\n\n“…”": a speech event with a named speaker
        if (
            subject is not None
            and subject.kind in (SpeakerKind.NAMED, SpeakerKind.PRONOUN)
            and SPEECH_EVENT.search(text, subject.mention_end, prev_end)
        ):
            return subject
        # "Brandt glanced across the cab.\n\n“Lights?”": a short sentence of someone's action
        # that ends the paragraph hands the next turn to them, as scene writing does
        if (
            subject is not None
            and subject.kind in (SpeakerKind.NAMED, SpeakerKind.PRONOUN)
            and subject.mention.lower() not in ("i", "we")  # (the writer's "I counted." hands no turn on)
            and not text[sentence_start : subject.mention_start].strip()
            and len(text[sentence_start:prev_end].split()) <= ACTION_SENTENCE_WORDS
        ):
            return replace(subject, method="previous_paragraph_action", confidence=0.4)
        return None
    return reporter


ACTION_SENTENCE_WORDS = 8  # how long a sentence of someone's action before their turn may be


# what a person does when they speak, without a verb of saying ("addressed the ad herself",
# "gave one of his longest answers", "took the podium")
SPEECH_EVENT = re.compile(
    r"\b(?:addressed|spoke|took[ \t]+the[ \t]+(?:stage|podium|microphone|mic|floor)|weighed[ \t]+in|opened[ \t]+up"
    r"|gave[ \t]+(?:[\w’'\-]+[ \t]+){0,5}(?:answers?|speech|remarks|address|interview|testimony)"
    r"|offered[ \t]+(?:[\w’'\-]+[ \t]+){0,3}(?:answer|reply|response|defen[cs]e|view|assessment))\b"
)


# a sentence opening on a person named and their own verb, then a subordinate clause up to
# its subject: "Vera Kolarov shrugged as " (a full name, a past or present verb, a subordinator)
ACTION_THEN_SUBORDINATE = re.compile(
    r"[ \t]*[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)+[ \t]+[a-z]+(?:ed|s)\b[^,;:.!?“”\"]{0,40}?[ \t]+(?:as|while|when|until)[ \t]+$"
)


def _last_reporter(ctx: QuoteContext, start: int, end: int, method: str, participles: bool = True) -> Speaker | None:
    """The subject of the last speech verb in text[start:end], the reporting that a
    following unattributed quote most likely continues."""
    text = ctx.text
    span = text[start:end]
    for cue in reversed(list(cue_re().finditer(span))):
        if not looks_like_cue(span, cue) or (not participles and cue.group(1).endswith("ing")):
            continue
        sentence_start = ctx.sentences.last_start_in(start, start + cue.start())
        found = subject_before(text, sentence_start + clause_start_in(text[sentence_start : start + cue.start()]), start + cue.start())
        if found and ACTION_THEN_SUBORDINATE.match(text, sentence_start, found[0]):
            # "Vera Kolarov shrugged as the foreman read the verdict. “…”": the one whose action
            # the sentence is about goes on, not the reader in its subordinate clause
            return None
        if found:
            speaker = make_speaker(text, found[0], found[1], method, cue.group(1), 0.6, found[2])
            if speaker and speaker.kind is not SpeakerKind.UNKNOWN:
                return speaker
        break
    return None


def sieve_sentence_subject(ctx: QuoteContext) -> Speaker | None:
    """Last resort for a quote inside a sentence with no speech verb next to it: the
    sentence's subject, when it is a person, pronoun or source ("Clinton decried the GOP for
    “turning its back”", "he found “evidence” that …"). News rarely quotes words nobody said;
    but a lone capitalised word is more often a name, and a word held at a distance inside
    a noun phrase (the “reform”) the reporter's own."""
    chant = CROWD_SPEECH_BEFORE.search(ctx.text, max(ctx.sentence_start, ctx.open_mark - 40), ctx.open_mark)
    lo = ctx.opening
    crowds = list(list_patterns().crowd.finditer(ctx.text, lo, chant.start())) if chant else []
    if crowds:
        # "Mr. Dale roused the crowd to chants of “…”": a crowd's words, not the sentence's subject's
        return make_speaker(ctx.text, crowds[-1].start(), crowds[-1].end(), "sentence_subject", "", 0.5)
    one_word = len(ctx.quote.text.split()) < 2
    if one_word and (not ctx.quote.text[:1].islower() or held_at_a_distance(ctx.text, ctx.quote)):
        return None
    if re.search(r"(?i)so-called\W*$", ctx.text[max(0, ctx.open_mark - 12) : ctx.open_mark + 1]):
        return None  # the so-called “experts”: the reporter's distance, whoever the sentence is about
    start = max(ctx.sentence_start, ctx.paragraph_start, ctx.before_start)
    if _document_verb_opening_the_quote(rules_dir_key()).search(ctx.text, start, ctx.open_mark):
        # "where polls show “…”", "Exit polling showed that “…”": the document verb that opens
        # the quote outranks the subject of the sentence it stands in
        document = _document_reporting(ctx, start, at_the_quote=True)
        if document is not None:
            return document
    own_clause = PRONOUN_CLAUSE_BEFORE_THE_QUOTE.search(ctx.text, start, ctx.open_mark)
    if own_clause is not None:
        # "Ruiz weighed a run, but she ultimately decided “…”", "Bell spoke as he congratulated
        # “…”", "last year—she hired “…”": the pronoun opening the quote's own clause is nearer
        # than the sentence's subject
        return make_speaker(ctx.text, own_clause.start(1), own_clause.end(1), "clause_subject", "", 0.5)
    nearest = _subject_of_the_verb_taking_the_quote(ctx, start) or subordinate_subject(ctx.text, start, ctx.open_mark)
    subject = nearest or main_subject(ctx.text, start, ctx.open_mark, "", "sentence_subject", 0.5) or _document_reporting(ctx, start)
    opening = ctx.opening
    label = is_title_case(WORD_RE.findall(ctx.quote.text))  # (“Arab Spring”: a name for something)
    if subject is None and opening < ctx.before_start and ctx.text[opening] not in "\"“'‘" and not label:
        # "Marsh hammered the “disgusting” press for its “phony polls”": an earlier quote in
        # the sentence does not hide its subject
        subject = main_subject(ctx.text, opening, ctx.open_mark, "", "sentence_subject", 0.5)
    participle = OPENING_PARTICIPLE_PHRASE.match(ctx.text, ctx.sentence_start, ctx.open_mark) if subject is None else None
    if participle and not label and not first_name_gender(participle.group(1), load_lexicon()):
        # "Stung by “the uproar”, Senator Ada Reyes said …": the quote stands in an opening
        # participle's phrase, whose subject is the sentence's, after it (not a name for
        # something: "Opening “The Night Desk” on Monday, he held up …")
        subject = _subject_after_opening_participle(ctx, participle.start(1), participle.group(1).lower())
        subject = replace(subject, method="sentence_subject") if subject is not None else None
    return subject


# a sentence that opens with a participle and a preposition ("Stung by ", "Citing ",
# "Rattling off pledges to "), with no comma up to the quote
OPENING_PARTICIPLE_PHRASE = re.compile(
    r"[ \t]*([A-Z][a-z]{3,}(?:ed|ing))\b(?:[ \t]+(?:by|with|at|over|about|in|to|for|from|on|off))?[^,;:.!?“”\"]*$"
)


# the verb whose object the quote is, right before it: modals, "do not" and adverbs, then the
# verb, then perhaps a preposition or "that" ("who can back “", "several members oppose “",
# "voters don't want “", "crowds who believe in “")
VERB_TAKING_THE_QUOTE = re.compile(
    r"(?<![\w\-’'.])(?P<group>(?:(?P<helper>can|could|may|might|must|should|shall|will|would|do|does|did|has|have|had|is|are|was|were"
    r"|(?:do|does|did|wo|ca|has|have|had|would|could|should|must|is|are|was|were)n[’']t|cannot)[ \t]+)?"
    r"(?:(?:not|never|also|still|now|often|only|already|long|even|just|once|again|first|further|[a-z]+ly)[ \t]+){0,2}"
    # (a second auxiliary: "could have envisioned", "will be asking"; a verb and "to": "want to know")
    r"(?:(?P<helper2>have|be|been)[ \t]+)?(?:(?P<catenative>[a-z]+)[ \t]+to[ \t]+)?)"
    r"(?P<verb>[a-z][a-z\-]{2,})[ \t]+"
    r"(?P<particle>(?:in|about|to|for|on|with|against|over|that|through|at|into|from|like|toward|towards|upon|across|around|after)[ \t]+)?$"
)


@functools.cache
def _relative_subject_before(rules_dir: str) -> re.Pattern:
    """A relative pronoun as its clause's subject, or a share of its antecedent, right before
    the clause's verb ("who", "both of whom"; the lexicon's share_quantifiers)."""
    quantifiers = "|".join(sorted(wl.SHARE_QUANTIFIERS, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'])((?:(?:{quantifiers})[ \t]+of[ \t]+)?wh(?:o|om))(?:[’']s)?[ \t]+$")


@functools.cache
def _bare_subject_after_a_boundary(rules_dir: str) -> re.Pattern:
    """A subject with no determiner right after a clause's boundary: a quantifier standing for
    people ("most", "both", "others"; the lexicon's share_quantifiers) or a bare plural noun,
    perhaps after one modifier ("media outlets") or two joined by "and" ("reporters and editors")."""
    quantifiers = "|".join(sorted(wl.union("SHARE_QUANTIFIERS", "BARE_QUANTIFIER_SUBJECTS"), key=len, reverse=True))
    return re.compile(
        rf"(?:^|[,;:—–][ \t]+|\b(?:and|but|while|because|as|since|although|though|when|if|whether|where)[ \t]+)"
        rf"(?P<subject>(?i:{quantifiers})|(?:[a-z]+[ \t]+)?[a-z]+s(?:[ \t]+and[ \t]+[a-z]+s)?)[ \t]+$"
    )


# how far before its quote a clause's subject and verb are looked for
CLAUSE_WINDOW = 400
# a coordinator after a comma opens a clause of its own (", but Republicans … have")
COORDINATOR_AFTER_A_COMMA = re.compile(r",[ \t]+(?:but|and|yet|so|while|whereas)[ \t]+")
# a clause of its own opens after a cue's: a semicolon, a dash, or a comma and a coordinator
LATER_CLAUSE_OPENING = re.compile(r"(?:;|[ \t][—–][ \t]|,[ \t]+(?:and|but|yet|while|whereas|though|although))[ \t]")
# a result clause's "that" ("so opposed to the sale that they …"): its subject holds the words
SO_THAT = re.compile(r"\b(?:so|such)[ \t][^,;:.!?“”\"]{1,60}\bthat[ \t]+$")


def _subject_of_the_verb_taking_the_quote(ctx: QuoteContext, start: int) -> Speaker | None:
    """The subject of the clause whose verb takes the quote as its object ("…, but the party
    elders who can back “…”", "Two members, both of whom opposed “…”", "If Ruiz wins, local
    analysts estimate “…”"): nearer to the words than the sentence's first subject. The word
    before the quote reads as a verb when a modal or "not" comes before it, when it has a
    past tense, or when a plural subject (a pronoun, "who", a plural noun) stands right
    before it."""
    text = ctx.text
    if is_title_case(WORD_RE.findall(ctx.quote.text)) or _on_a_headline_line(ctx):
        return None  # (“Fair Shot, Every Time”: a name for something, whoever the clause is about)
    if ctx.open_mark - start > CLAUSE_WINDOW:
        # (a clause's subject and verb stand within a few hundred characters of its quote; an
        # unpunctuated text of megabytes must not be read whole for every quote)
        start = text.find(" ", ctx.open_mark - CLAUSE_WINDOW) + 1
    verb = _verb_taking_the_quote(text, start, ctx.open_mark)
    if verb is None:
        return None
    at = verb.start()
    relative = _relative_subject_before(rules_dir_key()).search(text, start, at)
    found, bare = _subject_before_the_verb(text, start, at, relative)
    if found is None or _reported_by_an_earlier_verb(text[start:at]):
        return None
    subject = text[found[0] : found[1]]
    if not _agrees_and_adjoins(text, start, at, verb, found, relative is not None):
        return None
    if subject.lower().split()[-1] in wl.union("NOUN_DETERMINERS", "PREPOSITIONS", "POSSESSIVE_DETERMINERS") or re.search(
        r"\d,$", text[max(0, found[0] - 2) : found[0]]
    ):
        # (a phrase cut inside: "to trap Trump in the hopes “…”", "a survey of 1,200 members";
        # or a possessive: "colleagues share their grievances about “…”")
        return None
    if re.search(r"\b(?:[Nn]o|[Nn]ot)[ \t]+$", text[max(0, found[0] - 4) : found[0]]) or subject.lower() in ("nobody", "none"):
        return None  # ("no one could have envisioned “…”": nobody holds the words)
    if relative is None and not _names_people(subject):
        return None  # (a thing may do what a verb says: "the answers included “loud”")
    if ":" in text[ctx.opening : found[0]]:
        return None  # (a lead-in's colon: "Her office’s line hasn’t moved: the president will sign “…”")
    speaker = make_speaker(text, found[0], found[1], "clause_subject", "", 0.5, found[2])
    if speaker is not None and speaker.kind is SpeakerKind.UNKNOWN and bare:
        speaker = replace(speaker, kind=SpeakerKind.GROUP)  # ("most", "both": people counted, in lower case)
    return speaker if speaker is not None and speaker.kind is not SpeakerKind.UNKNOWN else None


def _the_subordinate_clause_reports(ctx: QuoteContext, before: str, words_from: int) -> bool:
    """Whether the subordinate clause the quote closes has a verb of saying of its own, or a
    subject and a verb that takes the quote ("when a guest on the morning show argued that
    “…”", "although she has disowned “…”")."""
    if any(looks_like_cue(before, cue) for cue in cue_re().finditer(before, words_from)):
        return True
    return _subject_of_the_verb_taking_the_quote(ctx, ctx.open_mark - len(before) + words_from) is not None


def _subject_of_a_later_clause(ctx: QuoteContext, cue_end: int) -> Speaker | None:
    """The subject of the verb taking the quote when a clause of its own opens between the
    last cue's words and that subject (a semicolon, a dash, or a comma and a coordinator:
    "Voss admitted to fraud; the county sheriff taped “…”", "…, though residents consider “…”"); None
    when the cue's own clause runs to the quote, or when a modal in the past keeps the clause
    inside the cue's report."""
    nearer = _subject_of_the_verb_taking_the_quote(ctx, cue_end)
    opening = LATER_CLAUSE_OPENING.search(ctx.text, cue_end, nearer.mention_start) if nearer is not None else None
    # (the cue must have words of its own before that clause: after an aside's "he said, but it
    # would “…”" the report runs on into the clause)
    if opening is None or len(ctx.text[cue_end : opening.start()].split()) < 2:
        return None
    verb = _verb_taking_the_quote(ctx.text, opening.end(), ctx.open_mark)
    if verb is not None and verb.group("helper") in wl.BACKSHIFTED_MODALS:
        return None  # ("Ortiz said the port would reopen, and workers would get “…”": still her report)
    return nearer


def _on_a_headline_line(ctx: QuoteContext) -> bool:
    """A short line with no sentence end, or the article's first line: a headline, whose
    nouns read as verbs ("Tax returns ‘not coming’ before Election Day")."""
    text = ctx.text
    line_end = text.find("\n", ctx.open_mark)
    line = text[ctx.paragraph_start : line_end if line_end >= 0 else len(text)]
    first_line = ctx.paragraph_start == 0 and line_end >= 0 and bool(text[line_end:].strip())
    return len(line) <= SUBHEAD_MAX_CHARS and (not has_sentence_end(line + " ") or first_line)


def _verb_taking_the_quote(text: str, start: int, open_mark: int) -> re.Match | None:
    """The verb group right before the quote, unless its verb is a function word, a linking
    verb, a naming verb with no preposition (its object is a label: "an account named “…”";
    "called for “…”" asks) or a passive (its subject is no speaker: "was given “…”"; "are
    planning “…”" is active)."""
    verb = VERB_TAKING_THE_QUOTE.search(text, start, open_mark)
    not_a_verb = wl.union("NOT_A_VERB_TAKING_A_QUOTE", "BE_FORMS", "NOUN_DETERMINERS", "PREPOSITIONS", "OBJECT_PRONOUNS")
    if verb is None or verb.group("verb") in not_a_verb:
        return None
    if verb.group("verb") in wl.NAMING_VERBS and not verb.group("particle"):
        return None
    if (verb.group("helper") in wl.BE_FORMS or verb.group("helper2") in wl.BE_FORMS) and not verb.group("verb").endswith("ing"):
        return None
    if verb.group("catenative") in not_a_verb:
        return None  # ("is to hold “…”", "the plan to build": no verb before "to")
    return verb


def _subject_before_the_verb(text: str, start: int, at: int, relative: re.Match | None) -> tuple[tuple[int, int, str] | None, bool]:
    """The verb's subject as (start, end, aside), and whether it is a bare quantifier or
    plural: a relative pronoun ("who", "both of whom"), else the noun phrase before the verb
    in its own clause (after ", but": ", but Republicans, worried …, have"; before a
    contraction: "that they’re endorsing"), else a quantifier or bare plural right after the
    clause's boundary ("…, most are planning", "reporters and editors know")."""
    if relative is not None:
        return (relative.start(1), relative.end(1), ""), False
    clause_start = start + clause_start_in(text[start:at])
    coordinated = list(COORDINATOR_AFTER_A_COMMA.finditer(text, clause_start, at))
    clause_start = coordinated[-1].end() if coordinated else clause_start
    contracted = re.search(r"[’'](?:s|re|ve|d|ll)[ \t]+$", text[clause_start:at])
    found = subject_before(text, clause_start, clause_start + contracted.start() if contracted else at)
    if found is not None:
        return found, False
    bare = _bare_subject_after_a_boundary(rules_dir_key()).search(text[clause_start:at])
    return ((clause_start + bare.start("subject"), clause_start + bare.end("subject"), ""), True) if bare else (None, False)


def _reported_by_an_earlier_verb(before: str) -> bool:
    """Whether a verb of saying or a document's verb governs the clause ("A study found the
    stadium would bring “…”"): one before it with no punctuation in between."""
    reporting = [m for m in cue_re().finditer(before) if before[m.start() - 1 : m.start()] not in ("-", "‐")]
    reporting += list(_document_verb_anywhere(rules_dir_key()).finditer(before))
    return any(not re.search(r"[,;:()—–]", before[m.end() :]) for m in reporting)


def _agrees_and_adjoins(text: str, start: int, at: int, verb: re.Match, found: tuple[int, int, str], relative: bool) -> bool:
    """Whether the word before the quote is the subject's finite verb: a modal, a past tense
    or a plural subject makes it one ("members oppose", "Bell supports", "while 5 percent
    prefer", "Both want"); nothing but its aside or a pronoun's contraction stands between
    them; and the clause is no that-clause of someone's report ("she wrote that the
    councillors should “…”"), unless "so … that" ("so opposed to the sale that they …")."""
    words = text[found[0] : found[1]].lower().split() or [""]
    # (its last word, or the one before a participle: "the members surveyed support")
    head = words[-2] if words[-1].endswith("ed") and len(words) > 1 else words[-1]
    if head.endswith(("'s", "’s")):
        return False  # (a possessive before a noun: "an inspector general's report that “…”")
    verb_word = verb.group("catenative") or verb.group("verb")  # ("some want to know": "want" agrees)
    finite = (
        verb.group("helper") is not None
        or verb.group("helper2") is not None
        or verb_word.endswith("ed")
        or verb_word in wl.PREDICATE_STARTS
        or head in ("who", "they", "we", "i", "you")
        or (head.endswith("s") != verb_word.endswith("s"))
        or share_of_people().match(text, found[0], found[1]) is not None
        or head in wl.SHARE_QUANTIFIERS
    )
    between = text[found[1] : at].replace(found[2], "", 1) if found[2] else text[found[1] : at]
    # (a contraction only after a pronoun: "they’re", "who's", not "Ferrante's much-hyped")
    contraction = r"(?:[’'](?:s|re|ve|d|ll)[ \t]+)?" if relative or is_pronoun(text[found[0] : found[1]]) else ""
    that_clause = re.search(r"\bthat[ \t]+$", text[max(start, found[0] - 12) : found[0]]) and not SO_THAT.search(text, start, found[0])
    return finite and re.fullmatch(rf"[ \t,]*{contraction}", between) is not None and not that_clause


def _names_people(mention: str) -> bool:
    """Whether a subject can hold words: a pronoun, a name or a body (its head capitalised),
    a share of people ("About 4 in 10 tenants in each building"), or a noun for people (the
    lexicon's person, anonymous and group heads, singular or plural), also after a quantity
    ("A growing number of council members") and before a participle ("the members surveyed");
    not "the answers", "the program", "her energy plan"."""
    words = mention.split()
    stripped = mention.strip(" ,")
    if (
        not words
        or is_pronoun(stripped)
        or share_of_people().match(stripped)
        or stripped.lower() in wl.union("SHARE_QUANTIFIERS", "BARE_QUANTIFIER_SUBJECTS")
    ):
        return bool(words)
    lowered = [w.lower().strip(",.") for w in words]
    head = head_noun(lowered)
    if head.endswith("ed") and len(lowered) > 1:
        head = head_noun(lowered[:-1])
    if head in wl.QUANTITY_HEADS and "of" in lowered[1:]:
        of = lowered.index("of", 1)
        return _names_people(" ".join(words[of + 1 :]))
    written = next((w for w in reversed(words) if w.lower().strip(",.’'") == head.strip(",.’'")), "")
    # (or bodies in the plural: "local newspapers predict")
    plural_bodies = head.endswith("s") and head[:-1] in wl.union("OUTLET_KINDS", "COMPANY_KINDS", "ANY_BODY_KINDS")
    return written[:1].isupper() or a_person_noun(head) or plural_bodies


# a coordinator, "as", a dash or a comma, then a pronoun and its verb, with no punctuation up
# to the quote ("…, but she ultimately decided ", " as he congratulated ", "—she hired "); not
# "that", whose clause is what the sentence's subject thinks ("She believes that he is “…”")
PRONOUN_CLAUSE_BEFORE_THE_QUOTE = re.compile(
    r"(?:\b(?:[Bb]ut|[Aa]nd|[Aa]s|[Yy]et|[Ss]o)|[—–,])[ \t]*(?<=[ \t—–])(?:(?:now|then|later|still|also|[a-z]+ly)[ \t]+)?(he|she|they|we|I)\b(?:’s|'s|’re|'re|’d|'d)?[ \t]+[a-z][^,;:.!?“”\"()—–]*$"
)


@functools.cache
def _document_verb_anywhere(rules_key: str) -> re.Pattern:
    """A document or evidence verb ("found", "shows") anywhere in the words searched; not a
    noun's possessive ("the show's host")."""
    verbs = "|".join(sorted(wl.union("DOCUMENT_VERBS", "EVIDENCE_VERBS"), key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})\b(?![’'])")


@functools.cache
def _document_verb_opening_the_quote(rules_key: str) -> re.Pattern:
    """A document or evidence verb right before the quote, perhaps with "that" ("records show that “")."""
    return re.compile(rf"{_document_verb_anywhere(rules_key).pattern}[ \t]+(?:that[ \t]+)?[,:]?[ \t]*$")


def _document_reporting(ctx: QuoteContext, start: int, at_the_quote: bool = False) -> Speaker | None:
    """A document that reports with a verb of its own before the quote ("The judgment found
    that officers had “unlawfully altered” results", "It recommends that …"; document_verbs
    in the lexicon): the document, or the "it" that stands for one, is the source. AT_THE_QUOTE:
    the verb opens the quote, so evidence may report too, with its own verbs and in the plural
    ("where polls show “…”"); further off, a person the clause goes on to name may have said it."""
    text = ctx.text
    verb_words = wl.union("DOCUMENT_VERBS", "EVIDENCE_VERBS") if at_the_quote else wl.DOCUMENT_VERBS
    verbs = [m for m in re.finditer(r"[a-z]+", text[start : ctx.open_mark]) if m.group() in verb_words]
    if not verbs:
        return None
    verb_at = start + verbs[-1].start()
    found = subject_before(text, start + clause_start_in(text[start:verb_at]), verb_at)
    if not found and at_the_quote:
        # (a bare plural in a clause a relative adverb opens: "in a state where polls show “…”")
        words = list(re.finditer(r"\S+", text[start:verb_at]))
        stops = wl.union("BARE_PLURAL_STOPS", "PREPOSITIONS")
        j = len(words)
        while j > 0 and words[j - 1].group().isalpha() and words[j - 1].group().islower() and words[j - 1].group() not in stops:
            j -= 1
        found = (start + words[j].start(), start + words[-1].end(), "") if j < len(words) else None
    if not found:
        return None
    speaker = make_speaker(text, found[0], found[1], "document_subject", verbs[-1].group(), 0.5, found[2])
    if speaker is None:
        return None
    if _names_a_document(speaker.mention, evidence=at_the_quote) or speaker.mention.lower() == "it":
        return speaker
    # (or the author of a document the subject names: "Figures released by the port authority
    # show “…”", where the subject is the participle's "by" phrase)
    authored = list_patterns().authored_document_before.search(text, start, found[0])
    by_author = authored is not None and authored.end() == found[0] and _names_a_document(authored.group(1), evidence=at_the_quote)
    return speaker if by_author and speaker.kind is not SpeakerKind.UNKNOWN else None


def _names_a_document(mention: str, evidence: bool = True) -> bool:
    """Whether MENTION's head is a document or a piece of research ("the judgment", "the
    survey"); with EVIDENCE, also records and counts, and in the plural too ("polls", "FEC
    records", "studies")."""
    documents = wl.union("ISSUER_DOCUMENTS", "RESEARCH_DOCUMENTS", "ISSUED_DOCUMENTS")
    head = head_noun(mention.lower().split() or [""])
    if not evidence:
        return head in documents
    documents |= wl.EVIDENCE_DOCUMENTS
    return head in documents or singular_noun(head) in documents


def _document_verb_after(ctx: QuoteContext, base: int, rest: str) -> Speaker | None:
    """“…”, FEC records show.: a document and its verb close the quote's sentence."""
    closing = DOCUMENT_AND_VERB_CLOSING.match(rest)
    if closing is None or closing.group(2) not in wl.union("DOCUMENT_VERBS", "EVIDENCE_VERBS") or not _names_a_document(closing.group(1)):
        return None
    if closing.group(1).split()[0].lower() in wl.union("SUBORDINATORS", "LEADING_CONNECTIVES"):
        return None  # "…, as records show.": a comment on the sentence, which has a speaker of its own
    return make_speaker(ctx.text, base + closing.start(1), base + closing.end(1), "trailing_subject_cue", closing.group(2), 0.85)


# a phrase of up to eight words and a verb that closes the sentence ("new filing records show.")
DOCUMENT_AND_VERB_CLOSING = re.compile(r"((?:[\w’'\-/.]+[ \t]+){0,7}[\w’'\-]+)[ \t]+([a-z]+)[ \t]*[.;]")


def sieve_previous_sentence(ctx: QuoteContext) -> Speaker | None:
    """A quote that makes a sentence of its own, right after a sentence of the same
    paragraph that reports someone's speech ("Trump isn't a conservative, he said. “He's a
    liberal!”"): the reporting sentence's speaker goes on speaking."""
    text = ctx.text
    lead = text[ctx.sentence_start : ctx.open_mark]
    # (or a long fragment that ends a sentence whose few words before it name no one and
    # report nothing: "Jahan Pell said she was angry. Doing so “appeared to be an attempt …”")
    carried = (
        ctx.quote.kind is QuoteKind.FRAGMENT
        and len(WORD_RE.findall(ctx.quote.text)) >= 5
        and re.search(r"[.!?]\W*$", ctx.quote.text) is not None
        and len(lead.split()) <= 3
        and not re.search(r"[A-Z]", lead[1:])
        and not has_a_cue(lead)
    )
    if not carried and (ctx.quote.kind is not QuoteKind.FULL or not only_a_bullet(lead)):
        return None
    lo = max(ctx.paragraph_start, ctx.before_start)
    previous = text[lo : ctx.sentence_start]
    if not previous.strip() or re.search(r"[\"“”]\s*$", previous.rstrip(" .")):
        return None  # nothing before, or it ended with a quote: the inheritance rule decides
    sentence_start = ctx.sentences.last_start_in(lo, ctx.sentence_start - 1)
    owner = REACTION_OF.match(text, sentence_start, ctx.sentence_start)
    owner_speaks = make_speaker(text, owner.start(1), owner.end(1), "previous_sentence_owner", "", 0.5) if owner else None
    if owner_speaks is not None and owner_speaks.kind is SpeakerKind.NAMED:
        # "Abaya's next question was the one dispatchers ask first. “Is the car moving?”": hers
        return owner_speaks
    reporter = _last_reporter(ctx, sentence_start, ctx.sentence_start, "previous_sentence", participles=False)
    if reporter is not None:
        return reporter
    # "Magistrate Verhoeven ruled against the landlord. “The tenants acted within their
    # rights.”": with no speech verb, the person the sentence before is about goes on
    subject = main_subject(text, sentence_start, ctx.sentence_start, "", "previous_sentence_subject", 0.5)
    if _issues_a_document(text, subject, ctx.sentence_start):
        return subject
    if subject is not None and subject.kind is SpeakerKind.ANONYMOUS:
        # "The judge then turned to me. “Mr. Dane?”": a person described as "the judge" too
        words = subject.mention.lower().split()
        described = words[0] == "the" and head_noun(words) in load_lexicon().person_heads
        return subject if described else None
    return subject if subject is not None and subject.kind in (SpeakerKind.NAMED, SpeakerKind.PRONOUN) else None


def _issues_a_document(text: str, subject: Speaker | None, end: int) -> bool:
    """Whether a sentence's subject, a body or a description, opens its predicate by issuing
    a document that speaks ("The Harbor Authority released a statement on Tuesday. “We
    regret …”": the body speaks, as a person who reports would; issued_documents in the
    lexicon)."""
    if subject is None or subject.kind not in (SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS):
        return False
    return list_patterns().issuing_a_document.match(text, subject.mention_end, end) is not None


def sieve_transcript_label(ctx: QuoteContext) -> Speaker | None:
    """A quoted transcript turn names its speaker in its own first words: “VANCE: Governor,
    …”, “MS. CLINTON: …”. The label is the mention (inside the quote); its name is the label
    in ordinary case, which resolution then completes ("Vance" -> "Rita Vance")."""
    label = SPEAKER_LABEL.match(ctx.text, ctx.quote.start)
    if label is None or len(label.group(1).replace(".", "")) < 2 or is_line_label(label.group(1)):
        return None  # ("Q:" and "A:" name no one; "UPDATE:" labels the page)
    speaker = labelled_speaker(ctx.text, label, "transcript_label", 0.9)
    return speaker if speaker is not None and speaker.kind is SpeakerKind.NAMED else None


def labelled_speaker(text: str, label: re.Match, method: str, confidence: float) -> Speaker | None:
    """The speaker a transcript's label (group 1 of LABEL) names: a name, in ordinary case
    when the label is in capitals ("MS. CLINTON" -> Clinton), which resolution then completes;
    a role stays what make_speaker makes of it ("Operator")."""
    speaker = make_speaker(text, label.start(1), label.end(1), method, ":", confidence)
    if speaker is None or speaker.kind not in (SpeakerKind.NAMED, SpeakerKind.UNKNOWN):
        return speaker
    written = label.group(1).title() if label.group(1).isupper() else label.group(1)
    return replace(speaker, kind=SpeakerKind.NAMED, name=split_name(written)[0] or written)


# an oral history's speaker line: a name in capitals on a line of its own, perhaps with who
# they are after a comma ("MARGARET ELLERBY, county clerk from 1987 to 2011")
NAME_LINE = re.compile(r"[ \t]*([A-Z][A-Z.’'\-]+(?:[ \t]+[A-Z][A-Z.’'\-]+){1,3})(?:,[ \t]+([^\n]{1,160}?))?[ \t]*$")


# a web page's label over a clip: "WATCH: ", "Video — " (the one the rest of the line names speaks in it)
MEDIA_LABEL = re.compile(r"[ \t]*(?:WATCH|VIDEO|LISTEN|AUDIO|Watch|Video|Listen|Audio)[ \t]*[:—–|][ \t]*")


def sieve_name_line_above(ctx: QuoteContext) -> Speaker | None:
    """A quote that opens its paragraph right under a line that is only a name in capitals
    ("MARGARET ELLERBY, county clerk" over "“We had eleven ballot boxes …”"): an oral history's
    or a Q-and-A's speaker line; or under a web page's label for a clip that names who is in it
    ("WATCH: Principal Ngata addresses parents"). A section heading in capitals ("THE NIGHT OF") names no one:
    the line must say who the person is after a comma or open on a known first name."""
    if not only_a_bullet(ctx.before) or ctx.paragraph_start < 2:
        return None
    line_start, line_end = paragraph_before(ctx)
    media = MEDIA_LABEL.match(ctx.text, line_start, line_end)
    if media is not None:
        # "WATCH: Chief Barrow on tonight's wind forecast" over the words of the clip
        named = re.match(r"(?:[A-Z][\w.’'\-]*[ \t]+){0,4}[A-Z][\w’'\-]+", ctx.text[media.end() : line_end])
        who = make_speaker(ctx.text, media.end(), media.end() + named.end(), "media_label", "", 0.75) if named else None
        return who if who is not None and who.kind is SpeakerKind.NAMED else None
    label = NAME_LINE.fullmatch(ctx.text, line_start, line_end)
    if label is None:
        return None
    written = label.group(1).title()
    if not label.group(2) and not first_name_gender(written.split()[0], load_lexicon()):
        return None
    return Speaker(written, label.group(1), label.start(1), label.end(1), SpeakerKind.NAMED, label.group(2) or "", "name_line", 0.85, "")


def sieve_turn_label(ctx: QuoteContext) -> Speaker | None:
    """A transcript turn printed without quotation marks is its label's ("BOULDUAN: …",
    "Rhea Castellanos — Chief Executive Officer: …"); a paragraph with no label of its own
    continues the labelled turn above it. "Q:" is an unnamed asker and "A:" the one who
    answers (resolution names the interviewee); a role ("Operator") is an unnamed speaker."""
    if ctx.quote.kind is not QuoteKind.TURN:
        return None
    paragraph_start, label = ctx.paragraph_start, None
    for _ in range(TURN_GAP + 1):
        label = TURN_LABEL.match(ctx.text, paragraph_start)
        if label is not None or paragraph_start == 0:
            break
        paragraph_start = ctx.text.rfind("\n", 0, max(0, paragraph_start - 1)) + 1
        while paragraph_start > 0 and not ctx.text[paragraph_start:].split("\n", 1)[0].strip():
            paragraph_start = ctx.text.rfind("\n", 0, paragraph_start - 1) + 1  # (past a blank line)
    if label is None:
        return None
    continued = paragraph_start != ctx.paragraph_start
    method = "transcript_turn_continued" if continued else "transcript_turn"
    who = label.group(1)
    bracketed = (label.group(2) or "").split(",")[0].strip()
    if len(who.replace(".", "")) < 2 or (who.isupper() and who.startswith("THE ")):
        # "Q:" is the one asking, unnamed; "A:" the one answering and "THE COURT:" the judge,
        # whom resolution names
        return Speaker(who, who, label.start(1), label.end(1), SpeakerKind.ANONYMOUS, "", method, 0.7, ":")
    if re.fullmatch(r"[A-Z][a-z][\w’'\-]*", bracketed) and who.lower() in load_lexicon().transcript_roles:
        # "Caller (Gus, Deer Run):": a caller known by the first name in brackets
        return Speaker(bracketed, who, label.start(1), label.end(1), SpeakerKind.NAMED, who, method, 0.8, ":")
    return labelled_speaker(ctx.text, label, method, 0.8 if continued else 0.9)


SIEVES = (
    sieve_turn_label,
    sieve_transcript_label,
    sieve_trailing,
    sieve_according_to,
    sieve_as_said,
    sieve_passive_agent,
    sieve_leading,
    sieve_colon_lead_in,
    sieve_identified_after,
    sieve_dash,
    sieve_headline_colon,
    sieve_headline_quote_first,
    sieve_caption_line,
    sieve_word_from,
    sieve_name_line_above,
)


# Weaker sieves run after a quote has failed to inherit a speaker from the quote before it.
LATE_SIEVES = (
    sieve_headline_subject,
    sieve_possessive_speech_noun,
    sieve_previous_paragraph,
    sieve_previous_sentence,
    sieve_sentence_subject,
)


def sieve_parse(ctx: QuoteContext, annotation: Annotation) -> Speaker | None:
    """With a dependency parse: the nominal subject of a speech verb whose clause holds the
    quote or sits right next to it. Expands the subject to its compound/flat/amod children
    so "U.S. President Donald Trump" comes whole.

    Never measured on a real parse (the eval models have none), so ``attribute`` runs it
    only when asked to (``parse_sieve=True`` or QUOTEAUDIT_PARSE_SIEVE=1)."""
    cues = load_lexicon().cues
    first = bisect_right(ctx.sentences.starts, ctx.open_mark - 1)
    for sentence in annotation.sentences[max(0, first - 1) :]:
        if sentence.start > ctx.close_mark_end + 1:
            break
        if sentence.end < ctx.open_mark - 1:
            continue
        tokens = sentence.tokens
        verbs = [i for i, t in enumerate(tokens) if t.text.lower() in cues and (t.upos in (None, "VERB", "AUX"))]
        # Verbs that govern the quote: ancestors in the tree of a word inside the marks.
        governing: set[int] = set()
        for t in tokens:
            if ctx.quote.start <= t.start < ctx.quote.end:
                node, steps = t, 0
                while node.head and steps < 30:
                    governing.add(node.head - 1)
                    node, steps = tokens[node.head - 1], steps + 1
        for vi in verbs:
            verb = tokens[vi]
            trailing = 0 <= verb.start - ctx.close_mark_end < 40
            if vi not in governing and not trailing:
                continue
            subjects = [i for i, t in enumerate(tokens) if t.head == vi + 1 and t.deprel in ("nsubj", "nsubj:pass")]
            if not subjects:
                continue
            si = subjects[0]
            keep = {si}
            changed = True
            while changed:
                changed = False
                for i, t in enumerate(tokens):
                    if (
                        i not in keep
                        and t.head is not None
                        and t.head - 1 in keep
                        and t.deprel in ("compound", "flat", "flat:name", "amod", "det", "nmod:poss", "case", "nummod")
                    ):
                        keep.add(i)
                        changed = True
            start = min(tokens[i].start for i in keep)
            end = max(tokens[i].end for i in keep)
            speaker = make_speaker(ctx.text, start, end, "parse_subject", verb.text, 0.97)
            if speaker:
                return speaker
    return None


def _owned_words_lead_in(gap: str) -> bool:
    """Whether GAP, the words before a quote, ends on a noun for someone's words and the clause
    it opens ("undercutting Oakhurst’s repeated promise that it would"), so the words quoted are
    that owner's, not those of a source named earlier in the sentence; not a noun inside a clause
    the earlier speaker reports ("said … and that his words were aimed at")."""
    noun = next(reversed(list(list_patterns().speech_noun.finditer(gap))), None)
    if noun is None or "," in gap[noun.end() :] or re.search(r"\bthat\b", gap[: noun.start()]):
        return False
    return re.match(r"\s+(?:that|to)\b", gap[noun.end() :]) is not None


def paragraph_before(ctx: QuoteContext) -> tuple[int, int]:
    """Where the paragraph (or line) before the quote's own starts and ends, its trailing blanks
    left out; (0, 0) when the quote's paragraph opens the text."""
    end = ctx.paragraph_start - 1
    while end > 0 and ctx.text[end - 1].isspace():
        end -= 1
    return (ctx.text.rfind("\n", 0, end) + 1, end) if end > 0 else (0, 0)


# nothing but a list's bullet: "• ", "-- ", "- ", "* "
BULLET_ONLY = re.compile(r"\s*(?:(?:[•*▪·]|--?|[–—])[ \t]*)?")


def only_a_bullet(lead: str) -> bool:
    """Whether the words before a quote on its line are none, or only a list's bullet ("-- “…”"):
    a bulleted quote stands on its own as a quote-only paragraph does."""
    return BULLET_ONLY.fullmatch(lead) is not None


def _one_sentence(first: QuoteContext, second: QuoteContext) -> bool:
    """Whether two consecutive quotes stand in one sentence: nothing between them ends a
    sentence or a paragraph, and the first does not end one inside its marks."""
    gap = first.text[first.close_mark_end : second.open_mark]
    return "\n" not in gap and not has_sentence_end(gap + " ") and not re.search(r"[.!?]\W*$", first.quote.text)


def inherit_speaker(ctx: QuoteContext, prev: QuoteContext, prev_speaker: Speaker | None) -> Speaker | None:
    """Where the last speaker carries over to a quote with no cue of its own:
    - a second quote in the same sentence ("described X as “…,” seeking to keep Cubans “…”");
    - the next quote in the same paragraph when all between them is the attribution of
      the first ("“…,” Barkley said. “This is …”");
    - a paragraph that is only a quote, following a paragraph whose quote had a speaker;
    - a quote after a lead-in that names no one ("…,” he said. Then, after a pause: “…”)."""
    if prev_speaker is None:
        return None
    text = ctx.text
    gap = text[prev.close_mark_end : ctx.open_mark]
    same_paragraph = "\n" not in gap
    same_sentence = _one_sentence(prev, ctx)
    # (a long attribution is still one when it is a single sentence: "…,” said Senator Ana
    # Voss, Democrat of New Mexico and the chairwoman of …, who has asked for …. “…”")
    # (but not one that goes on to report more: "…, who also said that the two men …" hands
    # the next quote to that report)
    one_attribution = len(gap.split()) <= 25 or (
        len(gap.split()) <= 45
        and not has_sentence_end(gap.strip()[:-1] + " ")
        and not list_patterns().framing_verb.search(gap[prev_speaker.mention_end - prev.close_mark_end :])
    )
    attribution_between = same_paragraph and prev.close_mark_end <= prev_speaker.mention_start < ctx.open_mark and one_attribution
    next_paragraph = ctx.open_mark - prev.close_mark_end < 600 and not re.search(
        r"\n[^\n]*[A-Za-z][^\n]*\n", text[prev.close_mark_end : ctx.paragraph_start]
    )
    quote_only_paragraph = only_a_bullet(ctx.before) and next_paragraph
    if same_sentence and prev_speaker.mention.lower() == "who" and _relative_clause_closed(prev, gap):
        # "Dana Roy, who has called him “a fraud,” plainly wanted the crowd to “vote him out”": the
        # relative clause closed at the comma, and the main clause's subject speaks on
        prev_speaker = _antecedent_of_who(text, prev_speaker) or prev_speaker
    if same_sentence and _owned_words_lead_in(gap):
        return None  # "“…,” according to the budget office, undercutting Oakhurst’s promise that it would “…”": his
    # (a comma inside the previous quote's marks counts as one before the clause: "…,” she sees “…”")
    comma = "," if prev.quote.text.rstrip().endswith(",") else ""
    gap_after = comma + text[prev.close_mark_end : ctx.open_mark]
    own_clause = PRONOUN_CLAUSE_BEFORE_THE_QUOTE.search(gap_after) if same_sentence else None
    shift = prev.close_mark_end - len(comma)
    # (not when the pronoun's verb takes a clause of its own: in "Bell says there's a “long road”
    # but he feels sure that Ruiz will “win”" the whole is still what Bell says)
    if own_clause is not None and not re.search(r"\bthat\b", gap_after[own_clause.end(1) :]):
        # "While Moss grants the plan is “bold,” she calls it “reckless”": the quote's own clause
        # names its speaker, a pronoun that is the mention
        pronoun = make_speaker(
            text, shift + own_clause.start(1), shift + own_clause.end(1), "clause_subject", "", prev_speaker.confidence * 0.8
        )
        if pronoun is not None:
            return pronoun
    if not same_sentence and _subject_of_the_verb_taking_the_quote(ctx, max(ctx.sentence_start, prev.close_mark_end)) is not None:
        # "“…,” Dana Rooke posted on Friday. Economists doubt “…”": the quote's own sentence has a
        # subject whose verb takes it; the last speaker does not carry over past them
        return None
    if same_sentence:
        how = "same_sentence"
    elif attribution_between and not _someone_else_reports_between(ctx, prev_speaker):
        how = "after_attribution"
    elif quote_only_paragraph and not _someone_else_reports_between(ctx, prev_speaker):
        # (not after a sentence that has someone else report: "… Its field coordinator, Farida
        # Nasseri, described conditions by phone.\n\n‘The bakeries closed …’" is hers)
        how = "next_paragraph"
    elif (same_paragraph or (next_paragraph and ctx.before_start == ctx.paragraph_start)) and _subjectless_lead_in(ctx.before):
        # ("• Minutes later, in a second post: “…”": the next bullet goes on too)
        how = "after_lead_in"
    else:
        return None
    return replace(prev_speaker, method="inherited_" + how, confidence=prev_speaker.confidence * 0.8)


# a sentence of a few lower-case words before a colon, naming no one and owning nothing:
# "Then, after a pause:", "And later, more quietly:" (group 1 its opening word)
SUBJECTLESS_LEAD_IN = re.compile(
    r"(?:^\s*(?:[•*\-–—][ \t]*)?|[.!?][”’\"']?\s+)([A-Z][a-z]*),?(?:[ \t]+(?!(?:he|she|they|we|I|it|you|his|her|their|its|my|our)\b)[a-z]+,?){0,6}:\s*$"
)


def _subjectless_lead_in(before: str) -> bool:
    """Whether the words before a quote are a lead-in of that kind, opening with a word that
    introduces a clause ("Then", "Later", "And"), so the last speaker goes on (not "Her
    advice to doubters:", whose owner speaks)."""
    lead = SUBJECTLESS_LEAD_IN.search(before)
    # (or a time phrase: "• Minutes later, in a second post:")
    timed = lead is not None and TIME_PHRASE_OPENING.match(before, lead.start(1)) is not None
    return lead is not None and (lead.group(1).lower() in wl.INTRO_WORDS or timed)


def _relative_clause_closed(prev: QuoteContext, gap: str) -> bool:
    """Whether a comma after the previous quote closes the relative clause it stood in, and
    the main clause's predicate follows ("…,” clearly intended …"; not a list: "…,” “…”)."""
    closed = prev.quote.text.rstrip().endswith(",") or gap.lstrip().startswith(",")
    words = gap.strip(" ,").split()
    return closed and bool(words) and words[0].islower() and words[0] not in ("and", "or", "but", "nor")


# a name and the comma before a relative "who" ("Dana Roy, who …")
NAME_BEFORE_WHO = re.compile(r"([A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,3}),[ \t]*$")


def _antecedent_of_who(text: str, who: Speaker) -> Speaker | None:
    """The name a relative "who" hangs from ("Dana Roy, who …" -> Dana Roy)."""
    lead = NAME_BEFORE_WHO.search(text, max(0, who.mention_start - 80), who.mention_start)
    if lead is None:
        return None
    speaker = make_speaker(text, lead.start(1), lead.end(1), who.method, who.cue, who.confidence)
    return speaker if speaker is not None and speaker.kind is SpeakerKind.NAMED else None


def _someone_else_reports_between(ctx: QuoteContext, prev_speaker: Speaker) -> bool:
    """ "“…,” said Ed Varga. Another visitor, Nia Cole, said she backed the nurses. “They …”":
    a whole sentence after the last attribution that reports someone else's speech hands the
    next quote to that reporter (the previous-sentence sieve), not back to the last speaker.
    So does a sentence about another person named, right before a quote that is a sentence of
    its own ("“Sit down,” Halvorsen snapped at Pike. Mr. Pike stayed on his feet. “Make me.”"),
    and the quote's own sentence opening on another person named ("…,” she said. Oduya, who is
    known as “Peg,” said …")."""
    if ctx.sentence_start > prev_speaker.mention_end and not only_a_bullet(ctx.text[ctx.sentence_start : ctx.open_mark]):
        return _another_person_opens(ctx, ctx.sentence_start, ctx.open_mark, prev_speaker)
    last_sentence = ctx.sentences.last_start_in(prev_speaker.mention_end, ctx.sentence_start - 1)
    if last_sentence <= prev_speaker.mention_end:
        return False  # no sentence starts between the attribution and this quote
    reporter = _last_reporter(ctx, last_sentence, ctx.sentence_start, "previous_sentence", participles=False)
    if reporter is not None and reporter.mention_start > prev_speaker.mention_end:
        return True
    return only_a_bullet(ctx.text[ctx.sentence_start : ctx.open_mark]) and _another_person_opens(
        ctx, last_sentence, ctx.sentence_start, prev_speaker
    )


def _another_person_opens(ctx: QuoteContext, start: int, end: int, prev_speaker: Speaker) -> bool:
    """Whether the sentence from START opens on a person named who is not PREV_SPEAKER."""
    subject = main_subject(ctx.text, start, end, "", "previous_sentence_subject", 0.5)
    return (
        subject is not None
        and subject.kind is SpeakerKind.NAMED
        and not set(subject.name.split()) & set(f"{prev_speaker.name} {prev_speaker.mention}".split())
    )


# Attributions that stand after their quote, and so cover the quotes before it in its sentence
CLOSING_METHODS = frozenset({"trailing_subject_cue", "trailing_cue_subject", "sentence_final_cue", "according_to", "as_said"})


def inherit_from_later(ctx: QuoteContext, later: QuoteContext, later_speaker: Speaker | None) -> Speaker | None:
    """ "The plan was a “smart move” that brought “real savings,” she remarked.": the
    attribution after the sentence's last quote covers the earlier quotes of that sentence."""
    if later_speaker is None or later_speaker.method not in CLOSING_METHODS or later_speaker.mention_start < later.close_mark_end:
        return None
    if not _one_sentence(ctx, later):
        return None
    return replace(later_speaker, method="inherited_later_same_sentence", confidence=later_speaker.confidence * 0.8)


def discourse_speaker(ctx: QuoteContext, contexts: list[QuoteContext], speakers: list[Speaker | None]) -> Speaker | None:
    """A sentence-long quote that opens its sentence with no attribution anywhere near it
    continues the conversation: it goes to the last speaker quoted in this paragraph or the
    one before, the way news copy strings a speaker's remarks together."""
    if ctx.quote.kind is not QuoteKind.FULL or len(ctx.quote.text.split()) < 5:
        return None
    text = ctx.text
    lead = text[ctx.sentence_start : ctx.open_mark].strip(" \"“'‘")
    connective = re.fullmatch(r"([A-Za-z]+),?", lead)
    if lead and not (connective and (connective.group(1).lower() in wl.LEADING_CONNECTIVES or is_adverb(connective.group(1).lower()))):
        return None  # the quote does not open its sentence (but for a connective: "Indeed, “…”")
    # the last quote before this one that has a speaker (SPEAKERS holds the quotes so far)
    earlier = (k for k in range(len(speakers) - 1, -1, -1) if speakers[k] is not None and contexts[k].quote.end < ctx.quote.start)
    k = next(earlier, None)
    if k is None:
        return None
    prev_ctx, prev_speaker = contexts[k], speakers[k]
    if prev_speaker is None:  # cannot be: K was chosen for its speaker; says so to the type checker
        return None
    if (
        text.count("\n\n", prev_ctx.close_mark_end, ctx.paragraph_start) + text.count("\n", prev_ctx.close_mark_end, ctx.paragraph_start)
        > 3
    ):
        return None
    return replace(prev_speaker, method="discourse_previous", confidence=prev_speaker.confidence * 0.6)
