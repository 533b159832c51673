"""Attribute each quote to its speaker: the one entry point of speaker attribution.

For each quote it builds the context the sieves read (its sentence from the Annotation, its
paragraph, the text up to the neighbouring quotes), runs the ordered sieves of
``sieves.py``, lets an unattributed quote inherit the previous speaker, resolves the mentions
to one name per person (``resolve.py``), and turns short quotes nobody said into scare quotes.
The modules behind it, each with one job:

- ``wordlists.py``: the word lists, loaded from rules/lexicon/;
- ``mentions.py``: what a run of words names as a speaker (kind, name, role);
- ``cues.py``: which words report speech;
- ``subjects.py``: the subject of a speech verb or clause;
- ``sieves.py``: the ordered sieves, one shape of attribution each;
- ``resolve.py``: one name per person within the article, from what it reads in
  ``people.py`` (who the article names, with full names and genders), ``documents.py``
  (which body or document a mention stands for and who issued it), ``descriptions.py``
  (which person "the senator" or "his wife" is) and ``view.py`` (the article read once).
"""

from __future__ import annotations

import functools
import os
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from dataclasses import replace

from quoteaudit.extract import wordlists as wl
from quoteaudit.extract.mentions import classify, first_name_gender, held_at_a_distance, np_left, split_name
from quoteaudit.extract.people import in_a_quote, people_in
from quoteaudit.extract.quotes import CROWD_SPEECH_BEFORE, SPEAKER_LABEL, WORD_RE, in_a_headline, is_title_case, unwrap
from quoteaudit.extract.resolve import EntityIndex, addresses, resolve, with_entities
from quoteaudit.extract.sentences import SentenceIndex
from quoteaudit.extract.sieves import (
    LATE_SIEVES,
    SIEVES,
    QuoteContext,
    discourse_speaker,
    inherit_from_later,
    inherit_speaker,
    is_line_label,
    labelled_speaker,
    list_patterns,
    paragraph_before,
    relay_of,
    sieve_parse,
)
from quoteaudit.extract.wordlists import load_lexicon
from quoteaudit.models import SPOKEN_KINDS, Annotation, Article, Quote, QuoteKind, Speaker, SpeakerKind

__all__ = ["attribute", "classify", "load_lexicon", "np_left", "split_name"]


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _contexts(text: str, quotes: list[Quote], sentences: SentenceIndex) -> list[QuoteContext]:
    """What each sieve may read around each quote. Quotes come sorted by start; the
    neighbouring quotes and the sentence are found by bisection, so the cost is linear in
    the quotes and the text rather than their product."""
    contexts = []
    starts = [q.start for q in quotes]
    earlier_ends: list[int] = []  # sorted ends of the quotes before this one
    for i, q in enumerate(quotes):
        open_mark = q.start - 1 if q.repaired != "missing_open" and q.start > 0 else q.start
        while open_mark > 0 and text[open_mark].isspace():
            open_mark -= 1
        close_end = q.end + 1 if q.repaired != "missing_close" and q.end < len(text) else q.end
        if text[q.end : q.end + 2] == "''":
            close_end = q.end + 2
        elif (
            q.repaired != "missing_close"
            and text[q.end : q.end + 1] in (" ", "\u00a0", "\u202f")
            and text[q.end + 1 : q.end + 2] in ("»", "›")
        ):
            close_end = q.end + 2  # a French guillemet keeps a space inside it: "« … », declared"
        while close_end < len(text) and text[close_end] in "'’\"”" and q.repaired != "missing_close":
            close_end += 1  # NYT triple marks, ’” : a nested quote closing with the outer one
        if q.start >= 2 and text[q.start - 2 : q.start] == "''":
            open_mark = q.start - 2
        while open_mark > 0 and text[open_mark - 1] in "\"“'‘" and q.repaired != "missing_open":
            open_mark -= 1  # doubled opening marks in copied text
        para_start = _paragraph_start(text, open_mark + 1 if open_mark < q.start else q.start)
        k = bisect_left(earlier_ends, q.start)
        prev_end = earlier_ends[k - 1] + 1 if k else 0
        insort(earlier_ends, q.end)
        before_start = max(para_start, prev_end)
        para_end = text.find("\n", close_end)
        para_end = len(text) if para_end < 0 else para_end
        j = bisect_right(starts, q.end, lo=i + 1)
        next_start = quotes[j].start - 1 if j < len(quotes) else len(text)
        after_end = min(para_end, next_start)
        sentence_start = max(sentences.start_at(open_mark, default=para_start), para_start)
        sentence_end = sentences.end_after(close_end, default=para_end)
        contexts.append(
            QuoteContext(text, q, open_mark, close_end, before_start, after_end, sentence_start, sentence_end, para_start, sentences)
        )
    return contexts


def attribute(article: Article, annotation: Annotation, quotes: list[Quote], parse_sieve: bool | None = None) -> list[Quote]:
    """Speakers for every quote, then within-article entity resolution and final kinds.

    PARSE_SIEVE runs the dependency-parse sieve first when the engine made a parse. It has
    never been measured on a real parse, so it is off unless asked for (default: the
    QUOTEAUDIT_PARSE_SIEVE=1 environment variable)."""
    text = unwrap(article.text)  # a hard-wrapped line break inside a paragraph is a space
    sentences = SentenceIndex.of(annotation, article.text, text)
    contexts = _contexts(text, quotes, sentences)
    if parse_sieve is None:
        parse_sieve = os.environ.get("QUOTEAUDIT_PARSE_SIEVE") == "1"
    has_parse = parse_sieve and annotation.has_parse  # a fact about the article, computed once
    # what each quote's own surroundings say, before any quote borrows from a neighbour
    own = [_own_speaker(ctx, annotation, has_parse) for ctx in contexts]
    speakers: list[Speaker | None] = []
    for i, ctx in enumerate(contexts):
        speaker = own[i]
        if speaker is None and i > 1:
            speaker = _dialogue_turn(contexts, speakers, i)
        if speaker is None and i > 0 and not _words_on_a_thing(text, contexts[i - 1].quote):
            # (words on a button or a banner hand no speaker on:
            # "buttons reading “Let Them Sleep”; a group held a banner that said “…”")
            speaker = inherit_speaker(ctx, contexts[i - 1], speakers[i - 1])
        if speaker is None and i + 1 < len(contexts) and not _looks_like_a_name_for_something(text, ctx.quote):
            speaker = inherit_from_later(ctx, contexts[i + 1], own[i + 1])  # (a label borrows no speaker)
        for sieve in LATE_SIEVES:
            if speaker is not None:
                break
            speaker = sieve(ctx)
        if speaker is None and i > 0:
            speaker = discourse_speaker(ctx, contexts, speakers)
        speakers.append(speaker)
    entities = EntityIndex.of(annotation)
    speakers = [with_entities(s, entities, text) for s in speakers]
    speakers = resolve(text, speakers, [(q.start, q.end) for q in quotes], sentences)
    # (after resolution: the body's quote is resolved in its own place, the headline copies it)
    speakers = _headline_quotes_said_again(contexts, speakers)
    speakers = _exchange_turns(contexts, speakers)
    speakers = _answers_to_question_lines(contexts, speakers)
    listed = _in_a_list_of_short_quotes(text, quotes)
    out = []
    for q, s in zip(quotes, speakers, strict=True):
        kind = q.kind
        # (a headline's quote said again in the body keeps the body's speaker only when it reads
        # as said, not as a name for something: a word the headline names stays a scare quote)
        borrowed = s is not None and s.method == "headline_said_again"
        if kind is QuoteKind.FRAGMENT and (s is None or borrowed) and (q.id in listed or _looks_like_a_name_for_something(text, q)):
            s = None
            kind = QuoteKind.SCARE  # “Never Trump”, the so-called “rebels”: words nobody said
        elif kind is QuoteKind.FRAGMENT and _written_not_said(text, q):
            kind = QuoteKind.SCARE  # whoever the sentence is about: “Back Soon” on a sign, the word “strength”
        if kind in (QuoteKind.NICKNAME, QuoteKind.TITLE, QuoteKind.HEADLINE, QuoteKind.SCARE):
            s = s if kind is QuoteKind.HEADLINE else None
        relayed_by = relay_of(text, s, sentences) if s is not None and kind in SPOKEN_KINDS else None
        out.append(replace(q, speaker=s, kind=kind, relayed_by=relayed_by))
    return _relayed_by_their_turn(text, out)


def _relayed_by_their_turn(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quote inside a transcript turn ("TOLLIVER: My opponent said, “I will never raise the
    gas tax.”") reaches the reader through the turn's speaker, whom the label at the start of
    its paragraph names, and who relays it; the turn's own "I" is that speaker ("FENWICK: What
    I told both sides was, “…”")."""
    # (a transcript: two speakers at least, one of them labelled twice; a dateline
    # "KOCHI:" or a digest's "ECONOMY:" labels no turns)
    labels = [m.group(1) for m in re.finditer(r"(?:^|\n)" + SPEAKER_LABEL.pattern, text) if not is_line_label(m.group(1))]
    if len(set(labels)) < 2 or len(labels) == len(set(labels)):
        return quotes
    out = []
    for q in quotes:
        paragraph_start = text.rfind("\n", 0, q.start) + 1
        label = SPEAKER_LABEL.match(text, paragraph_start) if q.kind in SPOKEN_KINDS and q.relayed_by is None else None
        if label is None or label.end() > q.start or is_line_label(label.group(1)):
            out.append(q)  # (not "UPDATE: …" or "THE FACTS: …", which label the page)
            continue
        turn = labelled_speaker(text, label, "turn_relay", 0.85)
        if turn is None:
            out.append(q)
        elif q.speaker is None or (q.speaker.mention.lower() in ("i", "we", "me") and turn.name.lower() not in q.speaker.name.lower()):
            out.append(replace(q, speaker=replace(turn, method="turn_speaker")))
        elif turn.name.lower() not in q.speaker.name.lower() and q.speaker.mention_start >= label.end():
            out.append(replace(q, relayed_by=turn))
        else:
            out.append(q)
    return out


# how a quote that is a paragraph of its own came by a speaker it may give up in an exchange:
# it went on with the speaker of the paragraph before, or found none
INHERITED_TURN = frozenset({"inherited_next_paragraph", "previous_paragraph", "discourse_previous", "dialogue_turn", "exchange_turn"})


def _echoes(quote: str, before: str) -> bool:
    """Whether QUOTE, short, throws back in its first words two words of the quotes BEFORE it
    (the paragraph before), as a reply does ("“… the money that was supposed to keep it
    open.” ¶ “Supposed to.”", "“He never met a payroll.” ¶ “I've met a payroll.”")."""
    words = WORD_RE.findall(quote.lower())
    said = WORD_RE.findall(before.lower())
    pairs_said = {tuple(said[k : k + 2]) for k in range(len(said) - 1)}
    # (a short reply, and a word of content in the pair: "“We will …” ¶ “We will …”" goes on)
    plain = wl.union("SUBJECT_PRONOUNS", "OBJECT_PRONOUNS", "AUXILIARIES", "determiners", "PREPOSITIONS")
    return len(words) <= 12 and any(
        tuple(words[k : k + 2]) in pairs_said and any(len(w) > 3 and w not in plain for w in words[k : k + 2])
        for k in range(min(4, len(words) - 1))
    )


def _is_bare_turn(ctx: QuoteContext) -> bool:
    """Whether a quote is all its paragraph holds (but for marks and punctuation)."""
    end = ctx.text.find("\n", ctx.close_mark_end)
    rest = ctx.text[ctx.close_mark_end : len(ctx.text) if end < 0 else end]
    return not ctx.text[ctx.paragraph_start : ctx.open_mark].strip() and not rest.strip(" \t.,!?\"”’'")


def _follows_on(contexts: list[QuoteContext], j: int, i: int) -> bool:
    """Whether quote I's paragraph comes right after quote J's, J the last quote of its own."""
    between = contexts[j].text[contexts[j].paragraph_start : contexts[i].paragraph_start]
    return contexts[j].paragraph_start != contexts[i].paragraph_start and len([p for p in between.split("\n") if p.strip()]) == 1


# a word or two set off by a comma at a sentence's start or end, or standing alone: what may
# call the one spoken to ("Ms. Draper, you asked …", "… the state's number, Judge.", "Ava.")
ADDRESS = re.compile(
    r"(?:^|(?<=[.!?])(?<!Mr\.)(?<!Mrs\.)(?<!Ms\.)(?<!Dr\.)(?<!St\.)(?<![A-Z]\.)\s+)(?P<first>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)(?=,\s|[.!?]\s*$)"
    r"|,\s+(?P<last>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+|Your\s+|Madam\s+)?[A-Za-z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)\s*(?:[.!?]|$)"
)


def _addressee(quote: str, named_by: dict[str, str]) -> str | None:
    """Whom a quote calls by an address: the full name of the person it names (NAMED_BY: the
    first name, surname or full name of each person the article names, to the full name), ""
    for an address that names nobody ("Your Honor", "sir", "Coach"), or None when the quote
    calls no one."""
    lex = load_lexicon()
    found: str | None = None
    # (a quote cut by its attribution ends on a comma: "“We have a lot of hands up, Curtis,” he said")
    for m in ADDRESS.finditer(quote.strip(" \"“”'‘’").rstrip(",")):
        said = m.group("first") or m.group("last")
        bare = re.sub(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+", "", said)
        if bare in named_by:
            return named_by[bare]
        titled = bare != said
        if said in wl.ADDRESS_WORDS or said.lower() in wl.ADDRESS_WORDS or titled or (" " not in bare and first_name_gender(bare, lex)):
            found = ""
    return found


def _exchange_turns(contexts: list[QuoteContext], speakers: list[Speaker | None]) -> list[Speaker | None]:
    """Turns of a two-person exchange, each a paragraph of its own with no attribution, pass
    from one speaker to the other, as scene writing sets dialogue out: a quote that answers
    the question of the paragraph before, or that calls its speaker by name ("“Is the car
    moving?” Abaya asked. ¶ “No. It's up against something.” ¶ “That's all right, Marta.”"),
    and every turn after one such in an unbroken run, is the other person's: the one who spoke
    last before the paragraph before (news copy goes on with the same speaker in a new
    paragraph, so nothing changes without one of these signs). Read after resolution, so that
    "she" and "Abaya" are known to be one person."""
    out = list(speakers)
    partner: dict[int, Speaker] = {}  # a turn given by exchange -> the speaker it answered
    people: list[tuple[str, int, str]] | None = None  # who the narrative names, read when first needed
    named_by: dict[str, str] = {}
    by_surname: dict[str, str] = {}
    for i in range(1, len(contexts)):
        j, current, previous = i - 1, out[i], out[i - 1]
        if previous is None or not previous.name or (current is not None and current.method not in INHERITED_TURN):
            continue
        if not _is_bare_turn(contexts[i]) or not _follows_on(contexts, j, i):
            continue
        asked = contexts[j].quote.text.rstrip(" ,'\"”’").endswith("?")
        answers = asked and not contexts[i].quote.text.rstrip(" ,'\"”’").endswith("?")
        if people is None:
            people = people_in(contexts[i].text, [(c.quote.start, c.quote.end) for c in contexts])
            # (each person's first name, surname and full name, to the full name; the last named wins)
            named_by = {key: full for full, _, _ in people if len(full.split()) >= 2 for key in (full.split()[0], full.split()[-1], full)}
            for full, _, _ in people:
                if len(full.split()) >= 2:
                    by_surname.setdefault(full.split()[-1], full)  # (of a family, the one named first)
        # (the paragraph before called someone: "Nobody here disputes it, Curtis." ¶ "Then pass the bill.")
        called = _addressee(contexts[j].quote.text, named_by)
        called = None if called == previous.name else called
        paragraph_before = " ".join(c.quote.text for c in contexts[: j + 1] if c.paragraph_start == contexts[j].paragraph_start)
        echoed = _echoes(contexts[i].quote.text, paragraph_before)
        if not (answers or echoed or j in partner or called is not None or addresses(contexts[i].quote.text, previous.name)):
            continue
        other = partner.get(j) or _other_party(contexts, out, j, previous.name, by_surname, called or "")
        if other is None:
            continue
        out[i] = replace(other, method="exchange_turn", confidence=other.confidence * 0.7)
        partner[i] = previous
    return out


# how far before the first answer, in characters, the narrative introducing a Q-and-A is read
QA_INTRO_REACH = 4000
# a reporters' question set out as a line of its own: "Q: Is this permanent?", "Question: …?"
QUESTION_LINE = re.compile(r"[ \t]*(?:Q|QUESTION|Question)[.:][ \t]+[^\n]*\?[ \t]*$")


def _answers_to_question_lines(contexts: list[QuoteContext], speakers: list[Speaker | None]) -> list[Speaker | None]:
    """Quotes that open the paragraph after a question line ("Q: Is this permanent? ¶ “Nothing's
    permanent in this league.”") are the answers of the one person the article puts the
    questions to: the person its narrative names most often outside the questions, whom no
    question names (a question asks about others: "Q: How did Mabry take it?"). Such an answer
    takes no speaker from the question line itself ("Q: Fans were chanting …")."""
    answers = [
        i
        for i, (ctx, s) in enumerate(zip(contexts, speakers, strict=True))
        if _opens_after_a_question_line(ctx) and (s is None or s.method in INHERITED_TURN)
    ]
    if not answers:
        return speakers
    text = contexts[0].text
    # (the Q-and-A and the few paragraphs that introduce it: read once, whatever its length)
    lo = max(0, contexts[answers[0]].paragraph_start - QA_INTRO_REACH)
    hi = contexts[answers[-1]].close_mark_end
    questions = [m.group() for m in re.finditer(r"(?m)^" + QUESTION_LINE.pattern, text[lo:hi])]
    asked_about = {w for q in questions for w in re.findall(r"[A-Z][\w’'\-]+", q)}
    quoted = [(c.quote.start, c.quote.end) for c in contexts]
    quote_starts = [a for a, _ in quoted]
    words = Counter(re.findall(r"[A-Z][\w’'\-]+", text[lo:hi]))
    people = [
        p for p in people_in(text, quoted) if p[1] < hi and len(p[0].split()) >= 2 and not {p[0].split()[0], p[0].split()[-1]} & asked_about
    ]
    uses = {p[0]: words[p[0].split()[-1]] for p in people if classify(p[0])[0] is SpeakerKind.NAMED}
    if not uses or max(uses.values()) == 0:
        return speakers
    answerer = max(uses, key=lambda name: uses[name])
    surname = re.compile(rf"\b{re.escape(answerer.split()[-1])}\b")
    out = list(speakers)
    for i in answers:
        # the answerer's nearest mention before the answer, outside any quote
        at = [
            m
            for m in surname.finditer(text, max(lo, contexts[i].open_mark - QA_INTRO_REACH), contexts[i].open_mark)
            if not in_a_quote(quoted, quote_starts, m.start())
        ]
        if at:
            out[i] = Speaker(
                name=answerer,
                mention=at[-1].group(),
                mention_start=at[-1].start(),
                mention_end=at[-1].end(),
                kind=SpeakerKind.NAMED,
                role="",
                method="answer_to_a_question_line",
                confidence=0.6,
                cue="",
            )
    return out


def _opens_after_a_question_line(ctx: QuoteContext) -> bool:
    """Whether a quote opens its paragraph and the paragraph before is a question line."""
    if ctx.text[ctx.paragraph_start : ctx.open_mark].strip():
        return False
    start, end = paragraph_before(ctx)
    return end > 0 and QUESTION_LINE.fullmatch(ctx.text, start, end) is not None


EXCHANGE_REACH = 1500  # how far back, in characters, the other person of an exchange was last named


def _other_party(
    contexts: list[QuoteContext], speakers: list[Speaker | None], j: int, name: str, by_surname: dict[str, str], called: str = ""
) -> Speaker | None:
    """The other person of an exchange in which NAME spoke quote J: whoever of the last
    speakers, or of the people the narrative names outside quotes more than once (BY_SURNAME:
    each surname to the person named first with it), came last before it and is someone else
    ("Castellano wrote that down. ¶ “Ticket?” Vollmer asked. ¶ “Warning.”"); only the person
    CALLED, when quote J called someone by name."""
    text, floor = contexts[j].text, contexts[j].paragraph_start - EXCHANGE_REACH
    best: tuple[int, Speaker] | None = None
    for k in range(j - 1, max(-1, j - 7), -1):
        spoke = speakers[k]
        if (
            spoke is not None
            and spoke.name
            and spoke.name != name
            and spoke.mention_start >= floor
            and spoke.name in (called or spoke.name)
        ):
            best = (spoke.mention_start, spoke)
            break
    quoted = [(c.open_mark, c.close_mark_end) for c in contexts]
    quote_starts = [a for a, _ in quoted]
    # (the capitalised words of the narrative just before, matched to the people's surnames)
    for m in CAPITALISED_WORD.finditer(text, max(0, floor), contexts[j].close_mark_end):
        person = by_surname.get(m.group())
        if person is None or person == name or name.endswith(" " + m.group()) or person != (called or person):
            continue
        if not called and _times_named(text, m.group()) < 2:
            continue  # (a name given once, a boat's or a building's, is no one in the scene)
        if not in_a_quote(quoted, quote_starts, m.start()) and (best is None or m.start() > best[0]):
            best = (m.start(), Speaker(person, m.group(), m.start(), m.end(), SpeakerKind.NAMED, "", "exchange_turn", 0.5, ""))
    return best[1] if best else None


CAPITALISED_WORD = re.compile(r"\b[A-Z][\w\-]*(?:[’'](?!s\b)[\w\-]+)*")  # ("Tuell’s" is Tuell; "O'Brien" stays whole)


def _times_named(text: str, word: str) -> int:
    """How often WORD stands in TEXT as a capitalised word."""
    return _capitalised_counts(text)[word]


@functools.lru_cache(maxsize=2)
def _capitalised_counts(text: str) -> Counter[str]:
    """Every capitalised word of TEXT and how often it stands there, counted once per article."""
    return Counter(m.group() for m in CAPITALISED_WORD.finditer(text))


def _headline_quotes_said_again(contexts: list[QuoteContext], speakers: list[Speaker | None]) -> list[Speaker | None]:
    """A quote on the headline's line that nothing there attributes takes the speaker of the
    body's quote that says it again ("‘Nobody’s safe’: why Canberra is bracing …" above
    "“Nobody’s safe when policy is …,” says Graham Lusk"): a headline lifts its quote from
    the story."""
    out = list(speakers)
    for i, ctx in enumerate(contexts):
        # (or a subhead over a section, a line in title case of its own: "Mayor Calls Port Deal
        # ‘A Handshake, Not a Contract’" over the paragraph that quotes the mayor)
        subhead = (
            ctx.paragraph_start > 0
            and "\n" not in ctx.text[ctx.paragraph_start : ctx.close_mark_end]
            and in_a_headline(ctx.text, ctx.quote.start)
        )
        if out[i] is not None or (ctx.paragraph_start != 0 and not subhead):
            continue
        said = _plain_words(ctx.quote.text)
        if len(said.split()) < 2:
            continue
        reach = ctx.close_mark_end + (1500 if subhead else len(ctx.text))  # (a subhead lifts from its own section)
        again = None
        for j in range(i + 1, len(contexts)):
            if contexts[j].open_mark >= reach:
                break
            if contexts[j].paragraph_start > ctx.paragraph_start and f" {said} " in f" {_plain_words(contexts[j].quote.text)} ":
                again = j
                break
        body = out[again] if again is not None else None
        if body is not None:
            out[i] = replace(body, method="headline_said_again", confidence=body.confidence * 0.8)
    return out


def _plain_words(text: str) -> str:
    """A quote's words in lower case, apostrophes made straight and punctuation dropped, so
    that a headline's copy of a quote matches the body's."""
    return " ".join(re.findall(r"[\w']+", text.replace("’", "'").lower()))


def _dialogue_turn(contexts: list[QuoteContext], speakers: list[Speaker | None], i: int) -> Speaker | None:
    """A quote that is a paragraph of its own in a two-party exchange set out one turn a
    paragraph: after a question and its answer by someone else, a new question is the
    questioner's again; after an answer and a new question, the answer is the answerer's
    ("“…?” Lindqvist asked. ¶ “…,” she replied. ¶ “So you didn't know?” ¶ “I was lied to.”")."""
    ctx = contexts[i]
    if ctx.text[ctx.paragraph_start : ctx.open_mark].strip():
        return None  # (the quote opens its paragraph)
    turns: list[int] = []  # the last quote of each of the two paragraphs before
    j, paragraph = i - 1, ctx.paragraph_start
    while j >= 0 and len(turns) < 2:
        if contexts[j].paragraph_start != paragraph:
            turns.append(j)
            paragraph = contexts[j].paragraph_start
        j -= 1
    if len(turns) < 2:
        return None
    answer_or_question, before_it = turns
    between = ctx.text[contexts[before_it].paragraph_start : ctx.paragraph_start]
    if len([p for p in between.split("\n") if p.strip()]) != 2:
        return None  # (the three paragraphs follow one another, each with a turn)
    first, second = speakers[before_it], speakers[answer_or_question]
    if first is None or second is None or first.mention.lower() == second.mention.lower():
        return None

    def asks(k: int) -> bool:
        return contexts[k].quote.text.rstrip(" ,'\"”’").endswith("?")

    if asks(i) != asks(answer_or_question) and asks(before_it) != asks(answer_or_question):
        return replace(first, method="dialogue_turn", confidence=first.confidence * 0.7)
    return None


def _words_on_a_thing(text: str, quote: Quote) -> bool:
    """Whether a quote is written on something rather than said (a sign's or a button's
    words), which ``attribute`` makes a scare quote in the end. (Measured: leaving out names
    for something as well lowered PolNeAR tune and check F1.)"""
    return quote.kind is QuoteKind.FRAGMENT and _written_not_said(text, quote)


def _own_speaker(ctx: QuoteContext, annotation: Annotation, has_parse: bool) -> Speaker | None:
    """The first sieve that names a speaker from the words around this quote alone."""
    speaker = sieve_parse(ctx, annotation) if has_parse else None
    for sieve in SIEVES:
        if speaker is not None:
            break
        speaker = sieve(ctx)
    return speaker


# what may stand between two quoted items of one list: ", " / " and " / ", or " (marks aside)
LIST_SEPARATOR = re.compile(r"[\"”’'\s]*(?:,|,?\s+(?:and|or))[\s\"“‘']*")
MARKS_ONLY = re.compile(r"[\"”’'\s“‘]*")  # (after “harbor,” with its comma inside the marks)


def _in_a_list_of_short_quotes(text: str, quotes: list[Quote]) -> set[str]:
    """Ids of quotes in a run of three or more short quoted items separated only by commas
    and "and"/"or" (words such as “harbor,” “ferry,” “toll” and “bridge”): words mentioned,
    not said; a speaker, if one is found, still overrides this."""
    runs: list[list[Quote]] = []
    for q in quotes:
        short = len(WORD_RE.findall(q.text)) <= 4
        gap = text[runs[-1][-1].end : q.start] if runs and runs[-1] else ""
        joined = bool(gap) and (
            LIST_SEPARATOR.fullmatch(gap) is not None or (runs[-1][-1].text.endswith(",") and MARKS_ONLY.fullmatch(gap) is not None)
        )
        if short and joined:
            runs[-1].append(q)
        else:
            runs.append([q] if short else [])
    return {q.id for run in runs if len(run) >= 3 for q in run}


def _written_not_said(text: str, q: Quote) -> bool:
    """Words written on something rather than spoken, whoever the sentence is about: signs
    reading “Fund Our Schools”, a placard that read “…”, T-shirts bearing “…”, a “Vote Moss”
    cap, a record marked “completed”, a claim rated “Mostly True”."""
    before = text[max(0, q.start - 80) : q.start].rstrip(" '‘\"“")
    after = text[q.end : q.end + 40].lstrip(" '’\"”")
    # (or the words name the thing: a “Moss for Mayor” cap, her “Talk Moss to Me” tote bag)
    on_the_thing = list_patterns().written_item.match(after) is not None and (before.split()[-1:] or [""])[0].lower() in wl.NOUN_DETERMINERS
    label = RECORD_LABEL_BEFORE.search(before)
    labelled = label is not None and (not label.group("rating") or q.text[:1].isupper())
    return on_the_thing or list_patterns().written_on.search(before) is not None or labelled


# a record's status right before the words: "9,870 were marked “completed,”", "closed as
# either “duplicate” or “unable to locate”"; or a rating, in capitals: "rated Dorsey’s jobs claim
# “Mostly True”" (group "rating")
RECORD_LABEL_BEFORE = re.compile(
    r"(?<![\w\-])(?:(?:marked|stamped)(?:[ \t]+(?:it|them))?(?:[ \t]+as)?|(?:classified|listed|flagged|tagged|coded|closed|filed)[ \t]+as"
    r"|(?P<rating>(?:rated|graded)(?:[ \t]+(?:it|them|the[ \t]+\w+|[A-Z][\w’'.\-]*(?:[ \t]+[\w’'.\-]+){0,5}?))?(?:[ \t]+as)?))"
    r"(?:[ \t]+(?:either|both))?[ \t]*(?:[\"“‘'][^\"”’'\n]{1,40}[\"”’'][ \t]*(?:,|and|or)[ \t]*)?$"
)


def _looks_like_a_name_for_something(text: str, q: Quote) -> bool:
    """A short unattributed quote is a label, not speech, when it is title case (“Arab
    Spring”, “Gang of Eight”) outside a headline, follows "so-called", or is one word after a determiner;
    other lower-case fragments are nearly always someone's words even when the speaker is
    not next to them."""
    before = text[max(0, q.start - 40) : q.start].rstrip(" '‘\"“")
    if list_patterns().words_as_words.search(before):
        return True  # the so-called “experts”, the term “gig economy”: words named, not said
    if CROWD_SPEECH_BEFORE.search(before):
        return False  # chants of “Ted! Ted!”: a crowd's words
    words = WORD_RE.findall(q.text)
    if bool(words) and words[0][:1].isupper() and is_title_case(words) and not in_a_headline(text, q.start):
        return True  # (in a headline every word is capitalised, so capitals mark no label)
    # the “reform”, their “experts”, the city’s “plan”: one word held at a distance inside a
    # noun phrase, with nobody saying it, is the reporter's distancing, not a spoken fragment
    # (two or more words there are as often someone's phrase: measured on PolNeAR tune)
    return held_at_a_distance(text, q)
