"""Find quotation-marked spans in an article's text, over characters.

News text uses curly and straight double quotes, NYT-style ``''…''``, guillemets and
„…“, single quotes nested inside doubles (and on their own in headlines), quotes that run
over several paragraphs with the opening mark repeated and no closing mark until the last
one, and quotes that lost a mark on the way. A mark's role (open or close) is read from
where it stands (a space before and a word after opens) before its shape, because the
shape is wrong in copied text ("…“ with two opening marks) and straight marks have none.

Offsets index ``Article.text`` and exclude the marks.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Container
from dataclasses import dataclass

from quoteaudit.models import Article, Quote, QuoteKind
from quoteaudit.spans import trim_span

# Two-character NYT marks first so '' is not read as two apostrophes.
MARK_RE = re.compile(r"''|``|[“”\"„‟«»‘’'‹›‚]")
DOUBLE_OPENERS = {"“", "„", "‟", "«", "``"}
DOUBLE_CLOSERS = {"”", "»"}
DOUBLE_NEUTRAL = {'"', "''"}
SINGLE_OPENERS = {"‘", "‹", "‚"}
SINGLE_CLOSERS = {"’", "›"}
SINGLE_NEUTRAL = {"'"}
# Characters that may stand right before an opening mark or right after a closing one.
OPEN_BEFORE = set(" \t\n([{—–-/") | DOUBLE_OPENERS | SINGLE_OPENERS
CLOSE_AFTER = set(" \t\n.,;:!?)]}—–-…/") | DOUBLE_CLOSERS | SINGLE_CLOSERS | {"'", '"'}
SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’]?\s+(?=[\"'“‘A-Z0-9])")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    glyph: str
    role: str  # "open", "close" or "either"


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    repaired: str = ""
    paragraphs: int = 1
    turn: bool = False  # a transcript turn with no quotation marks, its label left out


def _role(text: str, start: int, end: int, openers: set[str], closers: set[str]) -> str:
    """Open when a space (or line start) is before and a word after; close for the mirror;
    the glyph decides only when the position does not."""
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    can_open = before in OPEN_BEFORE and not after.isspace()
    can_close = after in CLOSE_AFTER and not before.isspace()
    glyph = text[start:end]
    # French guillemets keep a space inside the marks: "« Nous restons », declared …" opens on
    # « and closes on », whatever stands outside them
    # (not German ones, which point the other way with no space inside: "sagte: »Wir …«")
    if glyph in ("«", "‹") and after.isspace() and after != "\n" and not before.isalnum():
        return "open"
    if glyph in ("»", "›") and before.isspace() and before != "\n" and not after.isalnum():
        return "close"
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    if glyph in openers:
        return "open"
    if glyph in closers:
        return "close"
    return "either"


def _is_apostrophe(text: str, start: int) -> bool:
    """’ or ' between letters (Rodriguez’s, don't) or before a year ('90s) is no quote mark."""
    before = text[start - 1] if start > 0 else " "
    after = text[start + 1] if start + 1 < len(text) else " "
    return (before.isalnum() and after.isalnum()) or (before.isspace() and after.isdigit())


def _paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _missing_open_start(text: str, close_at: int, floor: int, cue_words: frozenset[str]) -> int:
    """Where a quote with only a closing mark began: walk back sentence by sentence from the
    mark, stopping at the sentence that introduces it (one with a speech cue) or at the
    paragraph start (or the last quote before it)."""
    para_start, _ = _paragraph_bounds(text, close_at)
    floor = max(floor, para_start)
    cuts = [floor] + [floor + m.end() for m in SENTENCE_SPLIT.finditer(text[floor:close_at])]
    start = cuts[-1]
    for cut in reversed(cuts[:-1]):
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", text[cut:start])}
        if words & cue_words:
            break
        start = cut
    return start


# a comma, a subject (a name of up to four words or a pronoun), a speech verb and a short
# adverbial closing a sentence: ", Pell said.", ", she wrote in the letter."
ATTRIBUTION_TAIL = re.compile(
    r",[ \t]+(?:(?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w.’'\-]*|he|she|they|we|I)[ \t]+([a-z]+)\b[^,;:\"“”\n]{0,40}[.!?][ \t]*$"
)


def _before_attribution(text: str, start: int, end: int, cue_words: frozenset[str]) -> int:
    """Where a quote that lost its closing mark really ended, when an attribution closes the
    stretch up to the next opening mark: right after the comma before it; else END."""
    tail = ATTRIBUTION_TAIL.search(text, start, end)
    if tail is None or tail.group(1) not in cue_words:
        return end
    return tail.start() + 1


def scan_double(text: str, limit: int, cue_words: frozenset[str]) -> list[QuoteSpan]:
    """Pair double quote marks over the whole text, paragraph by paragraph.

    A quote still open at the end of its paragraph continues when the next paragraph
    starts with an opening mark (the multi-paragraph convention); otherwise it lost its
    closing mark and ends with the paragraph."""
    marks = [
        Mark(m.start(), m.end(), m.group(), _role(text, m.start(), m.end(), DOUBLE_OPENERS, DOUBLE_CLOSERS))
        for m in MARK_RE.finditer(text, 0, limit)
        if m.group() in DOUBLE_OPENERS | DOUBLE_CLOSERS | DOUBLE_NEUTRAL
    ]
    spans: list[QuoteSpan] = []
    open_at: int | None = None  # end of the opening mark of the quote being read
    reached = 0  # start of the paragraph the open quote has reached
    paragraphs = 1
    last_end = 0  # quotes never overlap: a missing-open quote starts after the previous one
    open_glyph = ""

    def close(end: int, repaired: str) -> None:
        nonlocal open_at, paragraphs, last_end
        assert open_at is not None
        spans.append(_span(text, open_at, end, repaired, paragraphs))
        open_at, paragraphs, last_end = None, 1, end

    inner: set[int] = set()  # marks of a quote nested inside the open one
    for i, mark in enumerate(marks):
        if i in inner:
            continue
        if open_at is not None:
            para_end = text.find("\n", reached)
            if 0 <= para_end < mark.start:
                # (a paragraph that ends on its attribution, ", he wrote.", closed its quote there)
                cut = _before_attribution(text, open_at, para_end, cue_words)
                if (
                    cut == para_end
                    and mark.role != "close"
                    and not text[para_end : mark.start].strip()
                    and _ends_a_sentence(text, para_end)
                ):
                    paragraphs += 1  # the next paragraph repeats the opening mark
                    reached = mark.end
                    continue
                close(cut, "missing_close")
            elif mark.role != "close" and (cut := _before_attribution(text, open_at, mark.start, cue_words)) != mark.start:
                # (two openers, or one that looks nested, after an attribution that closed the
                # sentence: "“We leave it cleaner, she wrote. “Our crews …”": the quote ends before it)
                close(cut, "missing_close")
            elif nested := _nested_marks(text, marks, i, open_glyph):
                inner.update(nested)  # “we said “no” twice”, “=HYPERLINK("…")”: part of the open quote
                continue
            elif mark.role == "open":
                close(mark.start, "missing_close")  # two openers: the first lost its closer
            else:
                close(mark.start, "")
                last_end = mark.end
                continue
        if mark.role in ("open", "either"):
            open_at = reached = mark.end
            open_glyph = mark.glyph
        else:
            start = _missing_open_start(text, mark.start, last_end, cue_words)
            if text[start : mark.start].strip():
                spans.append(_span(text, start, mark.start, "missing_open", 1))
            last_end = mark.end
    if open_at is not None:
        para_end = text.find("\n", reached, limit)
        close(limit if para_end < 0 else para_end, "missing_close")
    return [s for s in spans if s.end > s.start]


def _ends_a_sentence(text: str, para_end: int) -> bool:
    """Whether a paragraph ends as prose does (with punctuation), so that an open quote may
    run on into the next one; a headline with a stray mark ends on a word."""
    last = text[:para_end].rstrip()[-1:]
    return bool(last) and not last.isalnum()


def _nested_marks(text: str, marks: list[Mark], i: int, open_glyph: str) -> list[int]:
    """The marks of a quote nested in the open one, starting at marks[i], or [] when there
    is none. Two shapes, both closed before the paragraph ends:
    - the same glyph opening again, then two closers in a row (“we said “no” twice”);
    - straight marks, an even number from an opening one, inside curly ones
      (“=HYPERLINK("http://…")”); a straight mark that closes (“…," he said) is sloppy
      typing of the curly closer, not a nested quote."""
    para_end = text.find("\n", marks[i].start)
    para_end = len(text) if para_end < 0 else para_end
    ahead = [m for m in marks[i : i + 64] if m.start < para_end]
    closers = ahead[1:3]
    # the inner quote is short and the outer one goes on after it ("… “no” twice")
    short_inner = (
        len(closers) == 2
        and len(text[marks[i].end : closers[0].start].split()) <= 6
        and re.search(r"\w", text[closers[0].end : closers[1].start]) is not None
    )
    if marks[i].role == "open" and short_inner and all(m.role in ("close", "either") and m.glyph not in DOUBLE_OPENERS for m in closers):
        return [i, i + 1]
    if open_glyph in DOUBLE_OPENERS and marks[i].glyph == '"' and marks[i].role == "open":
        closer = next((k for k, m in enumerate(ahead) if m.glyph in DOUBLE_CLOSERS), None)
        if closer and closer % 2 == 0 and all(m.glyph == '"' for m in ahead[:closer]):
            return list(range(i, i + closer))
    return []


def _span(text: str, start: int, end: int, repaired: str, paragraphs: int) -> QuoteSpan:
    start, end = trim_span(text, start, end)
    return QuoteSpan(start, end, repaired, paragraphs)


def scan_single(text: str, limit: int, outside: list[QuoteSpan]) -> list[QuoteSpan]:
    """Single-quoted spans that are not inside a double quote (headlines, UK style).

    Singles are only paired, never repaired: an unmatched ’ is far more often an
    apostrophe ("the officials’ claims") than a quote that lost its opening mark."""
    # (widened by two for the blank a span's content is trimmed of, then narrowed to the
    # double's own marks: ‘… saying, “Nothing moves,”’ closes the single right after them)
    inside = sorted((_double_mark_before(text, s.start), _double_mark_after(text, s.end)) for s in outside)
    inside_starts = [a for a, _ in inside]
    marks = []
    for m in MARK_RE.finditer(text, 0, limit):
        glyph = m.group()
        if glyph not in SINGLE_OPENERS | SINGLE_CLOSERS | SINGLE_NEUTRAL or _is_apostrophe(text, m.start()):
            continue
        # inside a double quote: the spans before this mark, by bisection (a widened span
        # may reach past its successor's start, so the one before the last is looked at too)
        at = bisect.bisect_right(inside_starts, m.start())
        if any(a <= m.start() < b for a, b in inside[max(0, at - 2) : at]):
            continue
        marks.append(Mark(m.start(), m.end(), glyph, _role(text, m.start(), m.end(), SINGLE_OPENERS, SINGLE_CLOSERS)))
    spans = []
    open_mark: Mark | None = None
    reached, paragraphs = 0, 1  # where the open quote's current paragraph starts; how many it spans
    for mark in marks:
        if open_mark is not None and "\n" in text[reached : mark.start]:
            if mark.role == "open" and PARAGRAPH_GOES_ON.fullmatch(text, reached, mark.start):
                # ‘… every sentence ends.\n\n‘The next paragraph opens again: the UK
                # multi-paragraph convention, as for double quotes
                reached, paragraphs = mark.end, paragraphs + 1
                continue
            open_mark = None  # otherwise a single quote never runs across paragraphs
        if open_mark is None:
            if mark.role == "open":
                open_mark, reached, paragraphs = mark, mark.end, 1
            continue
        if mark.role in ("close", "either") and not _plural_possessive(text, mark, marks):
            spans.append(_span(text, open_mark.end, mark.start, "", paragraphs))
            open_mark = None
        elif mark.role == "open":
            open_mark, reached, paragraphs = mark, mark.end, 1
    return [s for s in spans if s.end > s.start]


# (the one-character double marks; the two-character ones are no glyph to find)
DOUBLE_GLYPHS = "".join(g for g in DOUBLE_OPENERS | DOUBLE_CLOSERS | DOUBLE_NEUTRAL if len(g) == 1)


def _double_mark_before(text: str, start: int) -> int:
    """Where the stretch of a double quote opening its content at START begins: its opening
    mark, or two characters back when there is none to be seen (a repaired quote)."""
    at = max(0, start - 2)
    mark = max(text.rfind(glyph, at, start) for glyph in DOUBLE_GLYPHS)
    return mark if mark >= 0 else at


def _double_mark_after(text: str, end: int) -> int:
    """One past the closing mark of a double quote whose content ends at END, or two
    characters on when there is none."""
    found = [i for i in (text.find(glyph, end, end + 2) for glyph in DOUBLE_GLYPHS) if i >= 0]
    return min(found) + 1 if found else end + 2


# The rest of a quoted paragraph that ends a sentence without a closing mark, then the break
# before the next paragraph (which must open with a quote mark of its own to continue it).
PARAGRAPH_GOES_ON = re.compile(r"[^\n]*[.!?…][ \t]*\n[ \t\n]*")


def _plural_possessive(text: str, mark: Mark, marks: list[Mark]) -> bool:
    """'It's the members' money,' she said: an apostrophe after a plural, followed by the
    noun it owns, while a mark later in the paragraph can still close the quote."""
    owner = re.search(r"\b[a-z][\w\-]*s$", text[max(0, mark.start - 40) : mark.start])
    owned = re.match(r" ([a-z]+)", text[mark.end : mark.end + 40])
    if not owner or not owned or owned.group(1) in SMALL_WORDS | {"where", "when", "that", "which", "who"}:
        return False  # ‘Boasters’ and ‘Blasphemers’: a closing mark before a function word
    para_end = text.find("\n", mark.end)
    para_end = len(text) if para_end < 0 else para_end
    return any(m.start > mark.start and m.start < para_end and m.role in ("close", "either") for m in marks)


def unwrap(text: str) -> str:
    """Hard-wrapped plain text (e-mail, wire copy) with each line break inside a paragraph
    made a space, so that a quote that wraps a line is not cut at it; other text unchanged.
    Same length as TEXT, so every offset stays valid.

    Text counts as hard-wrapped when its lines stop at one width: none is longer than 110
    characters and most come within a quarter of the width of the longest nine tenths. A break
    is kept after a short line (a paragraph's last, a headline) and at a blank line."""
    text = _bridge_ad_breaks(text)
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 4 or lengths[-1] > 110:
        return _join_broken_lines(text)
    width = lengths[-1 - len(lengths) // 10]
    full = [n for n in lengths if n >= 0.75 * width]
    if len(full) < max(4, 0.6 * len(lengths)):
        return _join_broken_lines(text)
    chars = list(text)
    pos = 0
    for line, following in itertools.pairwise(lines):
        pos += len(line)
        if len(line.rstrip()) >= 0.75 * width and following.strip():
            chars[pos] = " "
        pos += 1
    return "".join(chars)


# a web page's advertisement slot left in the text in mid-sentence ("… said the fee would
# ¶ Advertisement ¶ “sunset, full stop,” once …"): the sentence goes on over it
AD_BREAK = re.compile(
    r"(?<=[\w,;:])[ \t]*\n\s*(?:Advertisement|ADVERTISEMENT|Story continues below(?: advertisement)?|Continue reading below)[ \t]*\n\s*(?=\S)"
)


def _bridge_ad_breaks(text: str) -> str:
    """TEXT with each advertisement slot that cuts a sentence blanked to spaces (same length)."""
    return AD_BREAK.sub(lambda m: " " * len(m.group()), text) if "dvert" in text or "ontinue" in text else text


# A line break in mid-sentence: the line stops on a word or comma and the next goes on in
# lower case ("the storm was\nworse than"); no paragraph or headline starts that way.
# Or the line stops on a comma or on a verb of saying, which no paragraph ends on ("…," said\nDeputy
# County Engineer Ada Ruiz), whatever the next line starts with (not a list's bullet).
_BROKEN_LINE = re.compile(
    r"(?<=[\w,;])[ \t]*\n(?=[ \t]*[a-z])"
    r"|(?:(?<=,)|(?<=\bsaid)|(?<=\bsays)|(?<=\badded)|(?<=\bwrote)|(?<=\btold))[ \t]*\n(?=[ \t]*[^\s•*\-–—])"
)


def _join_broken_lines(text: str) -> str:
    """TEXT with each single line break inside a sentence made a space, for text that is
    not hard-wrapped throughout (a wrapped paragraph pasted into a draft)."""
    if "\n" not in text:
        return text
    return _BROKEN_LINE.sub(lambda m: m.group()[:-1] + " ", text)


TAG_RE = re.compile(r"<[A-Za-z/][^<>]{0,400}>")  # (a tag may break a line: tweet-date="…\n">)


def _blank_markup(text: str) -> str:
    """Attribute values inside leftover markup (<tweet author="…">) are not quotes: blank
    the tags out, keeping every offset."""
    return TAG_RE.sub(lambda m: " " * len(m.group()), text)


def _inside_the_one_before(spans: list[QuoteSpan], starts: list[int], span: QuoteSpan) -> bool:
    """Whether SPAN lies strictly inside the last of SPANS (sorted, with their STARTS) that
    starts before it."""
    i = bisect.bisect_left(starts, span.start) - 1
    return i >= 0 and span.end < spans[i].end


def find_spans(text: str, limit: int | None = None, cue_words: frozenset[str] = frozenset()) -> list[QuoteSpan]:
    """All quote spans in text[:limit], sorted by start."""
    limit = len(text) if limit is None or limit < 0 else limit
    text = _blank_markup(text)
    doubles = scan_double(text, limit, cue_words)
    singles = scan_single(text, limit, doubles)
    # British style: ‘The officer told me “move along”,’ she said — a double quote inside a
    # single-quoted one is part of it, as a single inside a double is
    # (singles come in text order and never overlap: the one before each double decides)
    single_starts = [s.start for s in singles]
    doubles = [d for d in doubles if not _inside_the_one_before(singles, single_starts, d)]
    spans = [piece for span in doubles + singles for piece in _transcript_turns(text, span)]
    return sorted(spans, key=lambda s: s.start)


# A transcript turn's speaker label: "VANCE:", "MS. CLINTON:", "HOST:", "Q:".
SPEAKER_LABEL = re.compile(r"([A-Z][A-Z.'’\- ]{0,40}[A-Z.]):\s")


def _transcript_turns(text: str, span: QuoteSpan) -> list[QuoteSpan]:
    """A quote over several paragraphs whose paragraphs open with speaker labels (“VANCE: …
    “QUINTERO: …”) is a transcript: one quote per turn, since each turn has its own speaker."""
    if span.paragraphs < 2:
        return [span]
    pieces, start = [], span.start
    for m in re.finditer(r"\n\s*\n?[ \t]*[\"“'‘]*", text[span.start : span.end]):
        pieces.append((start, span.start + m.start()))
        start = span.start + m.end()
    pieces.append((start, span.end))
    labelled = [SPEAKER_LABEL.match(text, a) is not None for a, _ in pieces]
    if sum(labelled) < 2 or not labelled[0]:
        return [span]
    return [QuoteSpan(a, b, span.repaired if i == len(pieces) - 1 else "", 1) for i, (a, b) in enumerate(pieces) if text[a:b].strip()]


# ---------------------------------------------------------------- transcript turns

# A label opening a paragraph of a transcript printed without quotation marks, up to its colon:
# "MADDOW:", "SEN. HALE:", "Osterhagen:", "Operator:", "Q:", with the speaker's title or firm
# after a dash, a comma or in brackets ("Rhea Castellanos — Chief Executive Officer:",
# "Folasade Nwosu (Harlan Brothers):", "JOANNA STRAND, CHIEF FINANCIAL OFFICER:"). Group 1
# is the speaker's name.
TURN_LABEL = re.compile(
    r"[ \t]*((?:[A-Z][\w’'.\-]*)(?:[ \t]+(?:[A-Z][\w’'.\-]*|of|de|van|von|al|bin|la|le|da|del|di)){0,4})"
    r"(?:[ \t]*(?:[—–]|--?|,)[ \t]*[A-Z][^:\n“”\"]{0,60}|[ \t]*\(([^)\n]{1,60})\))?"
    r":[ \t]+(?=[^\s“”\"‘'])"
)
# a word that speaks as I, we or you: a paragraph after a transcript's last label holding one
# is still the last speaker's ("On grocery, we're seeing customers hold less inventory.")
FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|we|We|we’re|we're|our|Our|my|My|you|You)\b")
QUOTE_MARK = re.compile(r"[“”\"]|(?<!\w)[‘']|[’'](?!\w)")
# how far apart two labelled paragraphs of one transcript may stand: a long answer runs on
# over unlabelled paragraphs of its own
TURN_GAP = 4


def find_turns(text: str, limit: int, quoted: list[QuoteSpan], lists: TurnLists) -> list[QuoteSpan]:
    """The turns of transcripts printed without quotation marks: runs of paragraphs that open
    with speaker labels, two different speakers at least, two of them answering each other
    in adjacent paragraphs (an interview's "Q:" and its answers, an earnings call, a
    hearing). Each turn is one span, its label left out; a paragraph with no label inside
    the run continues the turn before it. A label must read as a person (a first name, a
    transcript's capitals, a role such as "Operator") or recur in the run: "Hong Kong – Hang
    Seng: DOWN 0.1 percent" lists markets. Paragraphs that open with a quotation mark are
    quotes already, left to the scanner; one label alone (a dateline, "UPDATE:") makes no
    transcript, nor do labels that each head a section of prose ("Sanders: Win big. ¶ …")."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[:limit])]
    quoted_starts = [s.start for s in quoted]
    labels: list[tuple[int, re.Match]] = []
    for i, (a, b) in enumerate(paragraphs):
        if i == 0 and len(paragraphs) > 1 and not re.search(r"[.!?…][\"”’')]*\s*$", text[a:b]):
            continue  # a headline ("Sheriff: Deputy on leave"), not a turn
        label = TURN_LABEL.match(text, a, b)
        if label and _names_a_speaker(label.group(1), lists.line_labels) and not _inside_a_span(quoted, quoted_starts, label.start(1)):
            labels.append((i, label))
    surnames = functools.cache(lambda: _surnames(text, lists))  # (read only when a label needs it)
    runs: list[list[tuple[int, re.Match]]] = []
    for i, label in labels:
        if runs and i - runs[-1][-1][0] <= TURN_GAP:
            runs[-1].append((i, label))
        else:
            runs.append([(i, label)])
    turns = []
    for run in runs:
        # a speaker who comes back after another ("KATE BOULDUAN:" … "BOULDUAN:", known by the
        # surname) is one, and sets the form of the run's labels: beside "JOANNA STRAND:" twice,
        # "DEV KRISHNAMURTHY, PRESCOTT & DUNN:" is a speaker too (not "Oil – Brent:" after
        # "Oil – WTI:", a listing's repeated heading)
        keys = [_surname_key(label.group(1)) for _, label in run]
        returning = {key for n, key in enumerate(keys) if key in keys[: max(0, n - 1)] and keys[n - 1] != key}
        # (and whom the prose names too: "Osterhagen said", "told The Meridian"; a product
        # list's "Price:" and "Verdict:" come back as well, but no sentence names them)
        person = [_reads_as_a_person(label.group(1), lists, surnames) for _, label in run]
        returning = {
            key for key in returning if _named_in_prose(text, key) or any(p for p, k in zip(person, keys, strict=True) if k == key)
        }
        forms = {label.group(1).isupper() for (_, label), key in zip(run, keys, strict=True) if key in returning}
        run = [
            (i, label)
            for (i, label), key, is_person in zip(run, keys, person, strict=True)
            if key in returning or label.group(1).isupper() in forms or is_person
        ]
        adjacent = any(j - i == 1 for (i, _), (j, _) in itertools.pairwise(run))
        if len({label.group(1).lower() for _, label in run}) < 2 or not adjacent:
            continue
        # (where each turn's continuation stops: at the next label, and after the last one at
        # the first paragraph that is no longer someone talking, in no first or second person)
        last = run[-1][0] + 1
        while last < len(paragraphs) and last - run[-1][0] <= TURN_GAP and not TURN_LABEL.match(text, *paragraphs[last]):
            a, b = paragraphs[last]
            if not FIRST_OR_SECOND_PERSON.search(text, a, b) or QUOTE_MARK.search(text, a, b):
                break  # (a paragraph that quotes someone is the reporter's again)
            last += 1
        ends = [i for i, _ in run[1:]] + [last]
        for (i, label), following in zip(run, ends, strict=True):
            pieces = [(label.end(), paragraphs[i][1])] + [paragraphs[k] for k in range(i + 1, following)]
            for a, b in pieces:
                a, b = trim_span(text, a, b)
                stage_direction = re.fullmatch(r"\([^()]*\)|\[[^\[\]]*\]", text[a:b]) is not None  # "(LAUGHTER)", "[crosstalk]"
                if b > a and text[a] not in "“”\"‘'" and not stage_direction and not _inside_a_span(quoted, quoted_starts, a):
                    turns.append(QuoteSpan(a, b, turn=True))
    return turns


@dataclass(frozen=True)
class TurnLists:
    """The word lists that tell a transcript's speaker labels (rules/lexicon)."""

    line_labels: frozenset[str] = frozenset()  # "UPDATE", "Watch": labels of the page
    first_names: Container[str] = frozenset()  # names that open a person's name
    roles: frozenset[str] = frozenset()  # "operator", "host", "q": who speaks in a transcript
    titles: Container[str] = frozenset()  # "Sen.", "Mr.": a title before a name


def _surname_key(label: str) -> str:
    """A label's last word, lower case: "KATE BOULDUAN" and "BOULDUAN" are one speaker."""
    return (label.lower().split() or [""])[-1].strip(".")


def _named_in_prose(text: str, key: str) -> bool:
    """Whether a label's last word stands capitalised inside a sentence somewhere, after a
    lower-case word, a comma or another capitalised word ("said Osterhagen", "Henrike
    Osterhagen"), rather than only opening lines."""
    word = re.escape(key[:1].upper() + key[1:])
    return re.search(rf"(?:[a-z,;]|[A-Z][a-z]+)[ \t]+{word}\b", text) is not None


def _reads_as_a_person(label: str, lists: TurnLists, surnames: Callable[[], frozenset[str]]) -> bool:
    """Whether a label names a person: a first name ("Rhea Castellanos", "KATE BOULDUAN"), a
    title ("SEN. HALE"), a role that speaks in transcripts ("Operator", "Q"), or a surname
    the article gives with a first name ("VARGA" after Ottoline Varga). A digest's section
    in capitals ("NATIONAL:", "MICHIGAN:") is none of these."""
    words = [w if not w.isupper() or len(w) < 3 else w.title() for w in re.findall(r"[\w’'.\-]+", label)]
    role = re.sub(r"^the\s+", "", label.lower().rstrip("."))  # ("THE COURT", "UNIDENTIFIED WOMAN")
    if any(w.rstrip(".") in lists.first_names or w in lists.titles for w in words) or role in lists.roles:
        return True
    return words[-1].rstrip(".") in surnames()


# a first name and a surname (group 2), perhaps with a middle initial: "Ottoline Varga"
FIRST_NAME_AND_SURNAME = re.compile(r"\b([A-Z][a-z][\w’'\-]*)[ \t]+(?:[A-Z]\.[ \t]+)?([A-Z][\w’'\-]+)\b")


def _surnames(text: str, lists: TurnLists) -> frozenset[str]:
    """Words the article uses as a surname after a first name (read once per article)."""
    return frozenset(m.group(2) for m in FIRST_NAME_AND_SURNAME.finditer(text) if m.group(1) in lists.first_names)


def _names_a_speaker(label: str, line_labels: frozenset[str]) -> bool:
    """Whether a paragraph's label can name a speaker: not a rubric of the page ("UPDATE",
    "WHY IT MATTERS", "THE LATEST": a word of it is a line label, or it is in capitals with a
    function word) and not a long run of capitals that opens a sentence."""
    words = re.findall(r"[\w’'\-]+", label.lower())
    if not words or len(words) > 5:
        return False
    if words[0] == "the" and len(words) == 2 and label.isupper():
        words = words[1:]  # "THE COURT", "THE WITNESS": a transcript's role
    elif label.isupper() and set(words) & {"of", "the", "for", "and", "in", "on", "to", "it", "what", "why", "how", "who"}:
        return False
    return not set(words) & line_labels


def _inside_a_span(spans: list[QuoteSpan], starts: list[int], pos: int) -> bool:
    """Whether POS lies inside one of SPANS (sorted, with their STARTS read once by the caller,
    as for _inside_the_one_before)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i].end


# ---------------------------------------------------------------- kinds

WORD_RE = re.compile(r"[A-Za-z0-9][\w'’\-]*")
NOT_BLANK_OR_MARK = re.compile(r"[^ \t\"'“”‘’]")
SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "is", "as", "but", "from", "vs"}


def is_title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(content) and sum(w[0].isupper() or w[0].isdigit() for w in content) >= 0.8 * len(content)


# a nickname or label given just before the quote ("nicknamed the team", "known as", "embraced
# the nickname")
NICKNAMED = re.compile(
    r"\b(?:nicknamed|nicknames|dubbed|branded|code-?named|billed\s+as|taken\s+to\s+calling|(?:whom|who|that)(?:\s+[\w’'\-]+){1,3}\s+call|\b(?:her|his|their|its)\s+[a-z]+\s+call|[Ww]e\s+rate|(?:the|her|his|their|a)\s+nickname|known(?:\s+(?:to|among|by|around|in|at|on|throughout)(?:\s+[\w’'\-]+){1,4})?(?:\s+simply)?\s+as|call(?:s|ing)?\s+(?:itself|himself|herself|themselves)|call(?:s|ed|ing)?\s+(?:him|her|them)|refer(?:s|red|ring)?\s+to\s+(?:him|her|them|it)\s+as|(?:mock|deride|ridicule)(?:s|d|ed)?\s+(?:him|her|them|it\s+)?as)"
    r"(?:\s+[\w’'\-]+){0,4}\s*$"
)


# a web page's line that links to another story, up to the opening mark of its headline
LINK_LINE = re.compile(
    r"[ \t]*(?:Related(?:[ \t]+(?:Coverage|stories|story|content|articles?))?|RELATED|Read[ \t]+more|READ[ \t]+MORE|MORE|More|See[ \t]+also"
    r"|Also[ \t]+read|ALSO[ \t]+READ|Recommended|Further[ \t]+reading)[ \t]*[:|—–>»-][ \t]*[\"“‘']?$"
)


def surface_kind(text: str, span: QuoteSpan, title_words: frozenset[str], name_heads: frozenset[str] = frozenset()) -> QuoteKind:
    """The kind a span has from its shape and neighbours alone (speakers decide the rest).

    - nickname: one or two capitalised words between two parts of a name (Ernesto "Che" Guevara);
    - headline: a title-case quote standing alone on its line, with no sentence end;
    - title: title-case words after a word that introduces a work ("the book", "titled");
    - full or fragment by length and whether it holds a sentence end.
    """
    inner = text[span.start : span.end]
    words = WORD_RE.findall(inner)
    before = text[max(0, span.start - 40) : span.start - 1]
    after = text[span.end + 1 : span.end + 40]
    prev_word = re.search(r"([A-Za-z][\w\-]*)\W*$", before)
    next_word = re.match(r"\W*([A-Za-z][\w\-]*)", after)
    if (
        1 <= len(words) <= 2
        and is_title_case(words)
        and prev_word
        and next_word
        and prev_word.group(1)[0].isupper()
        and next_word.group(1)[0].isupper()
        and not re.search(r"[.,;:!?]\W*$", before)
        and not re.match(r"\W*[,.;:]", after)
        and not inner.rstrip().endswith(",")  # (“Your Honor,” I said: an address, spoken)
        and not in_a_headline(text, span.start)
    ):
        return QuoteKind.NICKNAME
    line_start, line_end = _paragraph_bounds(text, span.start)
    if LINK_LINE.match(text, line_start, span.start) and not NOT_BLANK_OR_MARK.search(text, span.end + 1, line_end):
        return QuoteKind.TITLE  # "Related: “Clerks’ union authorizes strike”": a link's headline, not words said
    # alone on its line: nothing but blanks and quote marks around it (searched, not copied,
    # so a one-line article costs one look per quote, not its length)
    alone = not NOT_BLANK_OR_MARK.search(text, line_start, max(line_start, span.start - 1)) and not NOT_BLANK_OR_MARK.search(
        text, span.end + 1, line_end
    )
    # (not a question or a cry of a word or two: a paragraph that is only “Why?” is a turn)
    if (
        alone
        and len(words) <= 16
        and is_title_case(words)
        and not re.search(r"[.]\W*$", inner)
        and not (len(words) <= 2 and re.search(r"[?!]\W*$", inner))
    ):
        return QuoteKind.HEADLINE
    if prev_word and prev_word.group(1).lower() in title_words and is_title_case(words) and len(words) <= 12:
        return QuoteKind.TITLE
    if 2 <= len(words) <= 10 and is_title_case(words) and words[-1] in name_heads and not in_a_headline(text, span.start):
        return QuoteKind.TITLE  # the “Fair Ballot Act”, the “Cinder Ridge Fire”: the name of a law or an event
    if is_title_case(words) and len(words) <= 6 and NICKNAMED.search(before):
        # fans nicknamed the team “the Millers”; known to regulars as “Big Lou”; the bill,
        # dubbed the “Bring Our Sailors Home Act”; the effort he branded “Operation Clean Slate”;
        # whom colleagues call “the Closer”; a fact-check's "We rate this claim “Half True.”"
        return QuoteKind.NICKNAME
    named_work = re.search(r"\b([A-Za-z]+)\s+(?:is|was)\s*$", before)
    if named_work and named_work.group(1).lower() in title_words and is_title_case(words) and len(words) <= 12:
        return QuoteKind.TITLE  # his favourite film is “The Long Tide of Summer”
    # (the words of its line around it, to tell a headline's capitals from a sentence's)
    line_around = text[max(line_start, span.start - 300) : span.start - 1] + " " + text[span.end + 1 : min(line_end, span.end + 300)]
    if 2 <= len(words) <= 12 and is_title_case(words) and _named_as_a_work(before, after, title_words, line_around):
        return QuoteKind.TITLE
    if (
        2 <= len(words) <= 12
        and is_title_case(words)
        and _set_off_after_a_work(text[max(0, span.start - 120) : span.start - 1], title_words)
    ):
        return QuoteKind.TITLE
    if 2 <= len(words) <= 8 and is_title_case(words) and _used_as_a_name(text, span, prev_word, next_word):
        return QuoteKind.TITLE
    if (
        len(words) <= 6
        and re.search(r"[.!?]\W*$", inner)
        and _opens_a_sentence(text, span)
        and not NOT_BLANK_OR_MARK.search(text, span.end + 1, line_end)
    ):
        # "Kolbe capped the marker. “Ava.”", a paragraph that is only “Warning.”: a sentence
        # of its own that ends its paragraph is a turn in a conversation, however short
        return QuoteKind.FULL
    if inner[:1].islower():
        return QuoteKind.FRAGMENT  # maintains “a very good relationship with the leaders of Venezuela,”: part of the reporter's sentence
    if 2 <= len(words) <= 6 and _opens_a_sentence(text, span) and re.search(r"[,.!?]\W*$", inner) and not is_title_case(words):
        return QuoteKind.FULL  # “We will win,” said the mayor: a short sentence, not a piece of one
    if len(words) <= 6 and (not re.search(r"[.!?]\W*$", inner) or (is_title_case(words) and not re.search(r"[.!?]\s", inner))):
        return QuoteKind.FRAGMENT  # US style puts the period inside: “Gilmore Girls.” is still a label
    return QuoteKind.FULL


# Prepositions after which a title-case quote stands as a noun ("starred in “Night Harbor”
# last year"). Not articles: the “Arab Spring” uprisings, a “Stop Trump” movement are labels
# that PolNeAR counts as quotes, and they get no speaker anyway.
NOUN_SLOT_BEFORE = {"in", "on", "from", "about", "like"}


def _used_as_a_name(text: str, span: QuoteSpan, prev_word: re.Match | None, next_word: re.Match | None) -> bool:
    """“Night Harbor” won best picture; she starred in “The Long Winter” last year: title-case
    words with no punctuation of their own, standing where a noun stands and followed by the
    sentence's own lower-case words, name a film, book or show; nobody speaks them."""
    inner = text[span.start : span.end]
    if re.search(r"[.,;:!?]\W*$", inner) or not next_word or not next_word.group(1)[:1].islower():
        return False
    if not re.match(r"\W? [a-z]", text[span.end : span.end + 4]):
        return False  # the next word must follow the closing mark directly: “Night Harbor” won
    opens = _opens_a_sentence(text, span)
    return opens or ((prev_word is not None and prev_word.group(1).lower() in NOUN_SLOT_BEFORE) and not in_a_headline(text, span.start))


def in_a_headline(text: str, start: int) -> bool:
    """Whether the words of the sentence before a quote are all capitalised, as in a
    headline ("Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud’"): there every
    word is capitalised, so capitals around a quote say nothing about nicknames."""
    window = text[max(0, start - 300) : start]
    ends = [window.rfind("\n")] + [m.end() - 1 for m in re.finditer(r"[.!?][\"”’']?\s", window)]
    lead = WORD_RE.findall(window[max(ends) + 1 :])
    return len(lead) >= 3 and is_title_case(lead)


def _named_as_a_work(before: str, after: str, title_words: frozenset[str], line_around: str) -> bool:
    """The words around a title-case quote that make it the name of a programme or work:
    a possessive owner (CNN’s “New Day”, Fox News’ “Outnumbered”), a work noun right after it
    (the “Fantastic Four” reboot) or an appositive that says what it is (“Destiny and Power,”
    a biography). LINE_AROUND is the rest of its line."""
    after = after.lstrip(" '’\"”")
    # (a plural possessive's apostrophe is no opening mark: Fox News' "Outnumbered")
    plural_owner = re.search(r"[A-Z]\w*s['’][ \t]+[\"“‘']*$", before) is not None
    before = before.rstrip(" '‘\"“")  # NYT style opens with two apostrophes
    if re.search(r"\w['’]s\s*$|[A-Z]\w*s['’]$", before) or plural_owner:
        # … unless the line is a headline: "Graham: Trump’s ‘Incredibly Hateful Rhetoric’
        # Destroying GOP’s Chance" capitalises every word, and there the owner is the speaker
        # (the whole line: "Speaking on ABC’s “This Week,” Sen. Ann Voss, R-Ohio, said" opens on six capitals)
        around = WORD_RE.findall(line_around)
        return not (len(around) >= 3 and is_title_case(around))
    if re.search(r"\b(?:on|of|told|with)\s*$", before):
        # appeared on “The View”, host of ''Access Hollywood'', told "Fox and Friends" (but
        # chants of “Trump, Trump, Trump” are words people said)
        return not CROWD_SPEECH_BEFORE.search(before)
    # a work noun right after the quote ("the “Fantastic Four” reboot"), or in an appositive
    # that opens with an article (“Destiny and Power,” a biography; ''Twin Peaks,'' the cult series)
    next_word = re.match(r"[\w\-]+", after)
    if next_word and next_word.group().lower() in title_words:
        return True
    appositive = re.match(r",\s*(?:a|an|the)\s+((?:[\w\-]+\s+){0,3}[\w\-]+)", after)
    return appositive is not None and any(w.lower() in title_words for w in appositive.group(1).split())


def _set_off_after_a_work(before: str, title_words: frozenset[str]) -> bool:
    """Whether a title-case quote is set off by a comma after a phrase about a work ("a cookbook
    his mother wrote, “Prairie Table,”", "her 2021 memoir, “A Seat at the Long Table,”", "a 2023
    study by the Civic Research Center, “Counting Twice,”"): the quote names that work."""
    before = before.rstrip(" '‘\"“")
    if not before.endswith(","):
        return False
    phrase = re.split(r"[.;:!?“”\"\n]|,(?=[^,]*,$)", before[:-1])[-1]
    return any(w.lower() in title_words for w in WORD_RE.findall(phrase))


# "chants of “Ted! Ted!”", "calls of “Feel the Bern”": what follows is words people said
CROWD_SPEECH_BEFORE = re.compile(r"\b(?:chants?|calls?|cries|cry|shouts?|screams?|chorus|cheers?|yells?|refrain)\s+of\s*$")


def _opens_a_sentence(text: str, span: QuoteSpan) -> bool:
    """Whether a quote stands at the start of its sentence and begins with a capital: then
    what it holds is a sentence of its own even when short."""
    inner = text[span.start : span.end].lstrip(" '‘\"“")
    before = text[max(0, span.start - 200) : span.start - 1]
    return bool(inner[:1].isupper() and (not before.strip() or re.search(r"(?:[.!?][\"”’']?\s+|\n\s*)$", before)))


def _single_marked(text: str, span: QuoteSpan) -> bool:
    return span.start > 0 and text[span.start - 1] in SINGLE_OPENERS | SINGLE_NEUTRAL


def _alone_on_its_line(text: str, span: QuoteSpan) -> bool:
    """Whether a short quote is all its line holds (but for punctuation)."""
    line_start, line_end = _paragraph_bounds(text, span.start)
    rest = text[line_start : span.start - 1] + text[span.end + 1 : line_end]
    return not re.search(r"\w", rest) and len(WORD_RE.findall(text[span.start : span.end])) <= 10


def find_quotes(
    article: Article,
    cue_words: frozenset[str] = frozenset(),
    title_words: frozenset[str] = frozenset(),
    name_heads: frozenset[str] = frozenset(),
    turn_lists: TurnLists | None = None,
) -> list[Quote]:
    """Quote records for an article's body, with their surface kind; speakers come later.
    NAME_HEADS end the names of laws and events ("Act", "Fire"), which a quote may hold;
    TURN_LISTS tell the speaker labels of transcripts printed without quotation marks."""
    text = unwrap(article.text)
    quotes = []
    spans = find_spans(text, article.body_end, cue_words)
    turns = find_turns(text, len(text) if article.body_end < 0 else article.body_end, spans, turn_lists or TurnLists())
    if turns:
        # (a quote inside a turn is a quote of its own, "A: My mother used to say, “…”": the
        # turn has no quotation marks for it to nest in)
        spans = sorted(spans + turns, key=lambda s: s.start)
    singles = sum(_single_marked(text, span) for span in spans)
    double_style = len(spans) - singles > singles
    for n, span in enumerate(spans, start=1):
        kind = QuoteKind.TURN if span.turn else surface_kind(text, span, title_words, name_heads)
        if double_style and _single_marked(text, span) and _alone_on_its_line(text, span):
            # 'A fight from start to finish.' on a line of its own, in copy that quotes speech
            # with double marks: a section heading, not something said
            kind = QuoteKind.HEADLINE
        quotes.append(
            Quote(
                id=f"{article.id}:Q{n}",
                article_id=article.id,
                start=span.start,
                end=span.end,
                text=article.text[span.start : span.end],  # as written: the unwrapped copy only guides the scan
                kind=kind,
                repaired=span.repaired,
                paragraphs=span.paragraphs,
            )
        )
    return quotes
