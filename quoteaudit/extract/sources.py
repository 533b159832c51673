"""Find the sources an article attributes its claims to, named or not, and the original
reporting it credits.

A source mention is a description of who stands behind a claim: "according to 11 sources
familiar with the matter", "Four sources said", "a former Venezuelan intelligence official
stated", "Observers say", "according to Reuters". Fact-checkers read these to learn how many
unnamed people a claim rests on and how well they are described, so each mention records
its count (``None`` for "several sources"), descriptor ("familiar with the matter"),
affiliation ("Venezuela's ruling Socialist Party"), whether it is anonymous, and the
sentence it supports. A repeated reference ("The same source said") is linked to the
mention it repeats rather than counted again.

The grammar works on characters and word lists alone (``rules/lexicon/sources.yml``), so
it gives the same answer with or without a parser: a head noun ("sources", "official"),
the words in front of it (count, standing, affiliation), the phrase after it ("close to
the situation"), and the attribution context that makes it a source of the sentence — a
cue before it ("according to", "as reported by"), a verb after it ("said", "believe"), or
an inverted verb ('…," said a senior official.'). A noun phrase with no such context
("some Cuban advisers had been removed") is not a source.

Credits ("according to a Reuters exclusive", "reported by Reuters", "a January 22 Wall
Street Journal account said") come from ``rules/lexicon/wire_services.yml``.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from quoteaudit.errors import RulesError
from quoteaudit.extract import wordlists as wl
from quoteaudit.models import Annotation, Article, Credit, SourceMention
from quoteaudit.rules import default_rules_dir, lexicon

# ---------------------------------------------------------------- compiled word lists

WORD = r"[\w’'.-]+"
# Words that precede a noun, so a verb form after them is a noun ("familiar with the report").
ARTICLES_AND_POSSESSIVES = frozenset({"the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "whose"})
# How an aside between a description and its verb may begin: a participle, a relative
# pronoun, a determiner or a sentence adverb.
PARENTHETICAL_START = re.compile(
    r"(?:\w+ing|who|whose|which|a|an|the|one|not|however|though|too|also|meanwhile|instead|in turn|"
    r"for example|for instance|in a statement|in an interview|speaking|like|including|both)\b"
)
# A name right before a description and its comma: the description is the name's appositive.
NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*,\s*$")
# A name right after a description, between commas ("the spokesman, Josh Earnest, said").
NAME_APPOSITIVE_AFTER = re.compile(r"\s*,\s*(?:[A-Z][\w’'.-]*\s*){1,4},")
# Auxiliaries end a descriptor phrase: what follows is the sentence's own verb.
AUXILIARIES = frozenset(
    {
        "had",
        "has",
        "have",
        "was",
        "were",
        "is",
        "are",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "did",
        "do",
        "does",
        "been",
    }
)
# Prepositions that introduce an affiliation only before a name or a determiner.
BARE_PREPOSITIONS = frozenset({"from", "in", "at", "inside", "within", "with", "of", "for", "to", "on"})
# Function words that cannot end a descriptor's object.
DANGLING = frozenset({"and", "or", "but", "to", "of", "the", "a", "an", "in", "on", "at", "for", "with", "by", "that", "as", "from"})


def phrase_alternation(phrases) -> str:
    """A regex alternation of phrases, longest first so "a handful of" beats "a"; any run of
    whitespace may stand between the words of a phrase."""
    items = sorted({str(p).strip() for p in phrases if str(p).strip()}, key=len, reverse=True)
    if not items:
        return "(?!)"  # an emptied list in a user's lexicon matches nothing, not everything
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in items)


def _words(value) -> list[str]:
    """A lexicon entry written either as a YAML list or as a whitespace-separated string."""
    return value.split() if isinstance(value, str) else [str(v) for v in value]


@dataclass(frozen=True)
class SourceGrammar:
    """The sources lexicon compiled into the regular expressions the extractor runs."""

    noun_re: re.Pattern
    noun_kind: dict[str, tuple[str, bool]]  # lower-case noun -> (kind, is_plural)
    left_re: re.Pattern  # determiner/count + modifiers, anchored at the noun
    numbers: dict[str, int]
    number_phrases: dict[str, int]
    definite: frozenset[str]
    knowledge_pre: frozenset[str]
    standing_pre: frozenset[str]
    affiliation_words: frozenset[str]
    intro_re: re.Pattern
    intro_group: dict[str, str]  # lower-case intro phrase -> knowledge|affiliation|anonymity
    time_words: frozenset[str]
    verbs: frozenset[str]
    core_verbs: frozenset[str]
    time_re: re.Pattern
    adverbs: frozenset[str]
    copula_adjectives: frozenset[str]
    free_cue_re: re.Pattern
    inverted_cue_re: re.Pattern
    opener_re: re.Pattern
    not_source_res: tuple[re.Pattern, ...]
    reason_re: re.Pattern
    hedge_re: re.Pattern
    named_re: re.Pattern  # "according to" + a name ("According to the Cuban government")
    anaphor_re: re.Pattern  # a sentence opening that points back to the previous claim
    anonymity_words: tuple[str, ...]
    vague_kinds: frozenset[str]
    stopwords: frozenset[str]


def _compiled_lexicon(name: str, keys: tuple[str, ...], rules_dir: str, compile_lexicon):
    """A lexicon compiled into its grammar, or a one-line RulesError naming the file and
    the first missing key or malformed entry."""
    from pathlib import Path

    lex = lexicon(name, Path(rules_dir))
    missing = [k for k in keys if k not in lex]
    if missing:
        raise RulesError(f"{rules_dir}/lexicon/{name}.yml: missing key {missing[0]!r}")
    try:
        return compile_lexicon(lex)
    except (KeyError, TypeError, AttributeError, ValueError, re.error) as exc:
        raise RulesError(f"{rules_dir}/lexicon/{name}.yml: malformed entry ({type(exc).__name__}: {exc})") from None


SOURCE_KEYS = (
    "nouns",
    "vague_kinds",
    "numbers",
    "number_phrases",
    "count_prefixes",
    "vague_quantifiers",
    "singular_determiners",
    "definite_determiners",
    "pre_descriptors",
    "affiliation_words",
    "not_modifiers",
    "post_descriptors",
    "reason_cues",
    "verbs",
    "verb_adverbs",
    "time_words",
    "verb_time_phrases",
    "core_verbs",
    "copula_adjectives",
    "subject_openers",
    "anonymity_words",
    "before_cues",
    "hedges",
    "not_sources",
    "named_heads",
    "anaphors",
    "claim_stopwords",
)


@functools.cache
def _grammar_for(rules_dir: str) -> SourceGrammar:
    return _compiled_lexicon("sources", SOURCE_KEYS, rules_dir, _compile)


def _compile(lex: dict) -> SourceGrammar:
    noun_kind: dict[str, tuple[str, bool]] = {}
    for kind, forms in lex["nouns"].items():
        for noun in forms.get("singular", []):
            noun_kind.setdefault(noun.lower(), (kind, False))
        for noun in forms.get("plural", []):
            noun_kind.setdefault(noun.lower(), (kind, True))
    numbers = {k.lower(): int(v) for k, v in lex["numbers"].items()}
    number_phrases = {" ".join(k.lower().split()): int(v) for k, v in lex["number_phrases"].items()}
    numword = phrase_alternation(numbers)
    count = (
        rf"(?:(?:{phrase_alternation(lex['count_prefixes'])})\s+)?"
        rf"(?:{phrase_alternation(number_phrases)}|\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{numword})(?:[-\s](?:{numword}))?)\b"
    )
    vague = phrase_alternation(lex["vague_quantifiers"])
    singular = phrase_alternation(lex["singular_determiners"])
    knowledge_pre = frozenset(w.lower() for w in lex["pre_descriptors"]["knowledge"])
    standing_pre = frozenset(w.lower() for w in lex["pre_descriptors"]["standing"])
    affiliation_words = frozenset(" ".join(w.lower().split()) for w in lex["affiliation_words"])
    not_modifiers = "|".join(re.escape(w) for w in _words(lex["not_modifiers"]))
    nouns = phrase_alternation(noun_kind)
    # A capitalised modifier: a name, an initialism (U.S.), a possessive (Venezuela's); never
    # a sentence adverb ("However") and never a source noun itself ("Sources" in a headline).
    cap = rf"(?!(?:{not_modifiers})\b)(?!(?i:{nouns}|{numword}|{vague})\b)[A-Z][\w.’'-]*"
    lower_mod = phrase_alternation(knowledge_pre | standing_pre | affiliation_words)
    not_generic = phrase_alternation(set(_words(lex["verbs"])) | set(_words(lex["claim_stopwords"])) | set(lex["vague_quantifiers"]))
    # Any other lower-case noun modifier ("a school spokesman", "aviation experts", "the prime
    # minister's spokesman", "one unaligned Florida Republican strategist"), as long as it is
    # not a verb, a function word, an adverb (-ly) or a gerund (-ing): those end the phrase.
    generic = rf"(?!(?:{not_generic})\b)[a-z][a-z-]+(?<!ly)(?<!ing)(?:['’]s)?(?![\w’'-])"
    modifier = rf"(?<![\w’'.-])(?:{cap}|(?i:{lower_mod})\b|{generic})"
    left = (
        rf"(?P<det>(?<![\w’'.-])(?:(?P<count>(?i:{count}))(?:\s+of)?|(?P<vague>(?i:{vague}))|(?P<single>(?i:{singular})))\s+)?"
        rf"(?P<mods>(?:{modifier}\s+){{0,5}})$"
    )
    intro_group: dict[str, str] = {}
    for group in ("anonymity", "knowledge", "affiliation"):
        for phrase in lex["post_descriptors"][group]:
            intro_group.setdefault(" ".join(phrase.lower().split()), group)
    openers = phrase_alternation(lex["subject_openers"])
    return SourceGrammar(
        noun_re=re.compile(rf"(?<![\w’'-])(?i:{nouns})(?![\w-])"),
        noun_kind=noun_kind,
        left_re=re.compile(left),
        numbers=numbers,
        number_phrases=number_phrases,
        definite=frozenset(" ".join(d.lower().split()) for d in lex["definite_determiners"]),
        knowledge_pre=knowledge_pre,
        standing_pre=standing_pre,
        affiliation_words=affiliation_words,
        intro_re=re.compile(rf"\s+(?P<intro>(?i:{phrase_alternation(intro_group)}))\b"),
        intro_group=intro_group,
        time_words=frozenset(w.lower() for w in _words(lex["time_words"])),
        verbs=frozenset(w.lower() for w in _words(lex["verbs"])),
        core_verbs=frozenset(w.lower() for w in lex["core_verbs"]),
        time_re=re.compile(
            rf"^\s*(?i:{phrase_alternation(lex['verb_time_phrases'])})\b|(?<=\s)(?i:{phrase_alternation(lex['verb_time_phrases'])})\b"
        ),
        adverbs=frozenset(w.lower() for w in _words(lex["verb_adverbs"])),
        copula_adjectives=frozenset(w.lower() for w in lex["copula_adjectives"]),
        free_cue_re=re.compile(rf"(?i:\b(?:{phrase_alternation(lex['before_cues']['free'])}))\s+$"),
        inverted_cue_re=re.compile(rf"(?i:\b(?:{phrase_alternation(lex['before_cues']['inverted'])}))\s+$"),
        opener_re=re.compile(rf"(?:^|[,;:(“”\"‘’—–]|''|\s-|(?i:\b(?:{openers})))\s*$"),
        not_source_res=tuple(re.compile(rf"(?i:{p})") for p in lex["not_sources"]),
        reason_re=re.compile(rf"(?i:\b(?:{phrase_alternation(lex['reason_cues'])})\b)"),
        hedge_re=re.compile(rf"(?i:\b(?:{phrase_alternation(lex['hedges'])})\b)"),
        named_re=re.compile(
            r"\b[Aa]ccording to\s+(?P<np>(?:(?:the|a|an)\s+)?(?:[A-Z][\w.’'-]*"
            rf"(?:\s+(?:of|and|for|the|{phrase_alternation(wl.NAME_PARTICLES)})\s+|\s+))*"
            rf"[A-Z][\w.’'-]*(?:\s+(?i:{phrase_alternation(lex['named_heads'])})\b)?)"
        ),
        anaphor_re=re.compile(rf"^(?:{phrase_alternation(lex['anaphors'])})\b"),
        anonymity_words=tuple(w.lower() for w in lex["anonymity_words"]),
        vague_kinds=frozenset(lex["vague_kinds"]),
        stopwords=frozenset(w.lower() for w in _words(lex["claim_stopwords"])),
    )


def grammar() -> SourceGrammar:
    """The compiled sources lexicon of the active rules folder (compiled once per process)."""
    return _grammar_for(str(default_rules_dir()))


# ---------------------------------------------------------------- one mention


@dataclass
class _Parsed:
    """A source noun phrase found in a sentence, before it is known to be an attribution."""

    start: int
    end: int
    noun_start: int
    noun_end: int
    kind: str
    plural: bool
    det: str
    det_type: str  # "count", "vague", "single" or ""
    mods: list[str]
    post_groups: list[tuple[str, str, str]]  # (group, intro, object)


def _parse_count(g: SourceGrammar, det: str, det_type: str, plural: bool) -> int | None:
    """The number a determiner gives: digits, number words ("twenty-one"), phrases ("two
    dozen"); None for vague quantifiers and for plural nouns with no number."""
    low = " ".join(det.lower().split())
    if det_type == "count":
        if m := re.search(r"\d[\d,]*", low):
            return int(m.group().replace(",", ""))
        for phrase, value in sorted(g.number_phrases.items(), key=lambda kv: -len(kv[0])):
            if low.endswith(phrase) or low.endswith(phrase + " of"):
                return value
        words = [w for w in re.findall(r"[a-z]+", low.replace(" of", "")) if w in g.numbers][-2:]
        values = [g.numbers[w] for w in words]
        if len(values) == 2 and values[1] == 100:
            return values[0] * 100  # "two hundred"
        return sum(values) or None  # "twenty-one": the last one or two number words
    if det_type == "vague":
        return None
    return None if plural else 1


def _consume_object(
    text: str, pos: int, limit: int, stop_verbs: frozenset[str], adverbs: frozenset[str], max_words: int, clause: bool = False
) -> int:
    """Where the object of a descriptor phrase ends: before punctuation, a quotation mark, a
    new relative clause, or one of ``stop_verbs`` (a verb right after a determiner is a noun:
    "familiar with the report"; a capitalised one is a name: "the United States")."""
    ends: list[tuple[str, int]] = []  # (lower-case word, end offset) of each word taken
    previous = ""
    for m in re.finditer(rf"\s*({WORD})", text[pos:limit]):
        if m.group(0)[: m.start(1) - m.start()].strip():
            break  # punctuation between words
        word = m.group(1)
        bare = word.rstrip(".")
        low = bare.lower()
        if low in {"who", "whose"} and ends:
            break
        if bare.islower() and low in stop_verbs and previous not in ARTICLES_AND_POSSESSIVES:
            break
        if low in AUXILIARIES and not clause:
            break  # "advisers inside the agency had been removed": the clause's verb, not the object's
        after = re.match(rf"\s+({WORD})", text[pos + m.end(1) : limit])
        if (low.endswith("ly") or low in adverbs) and after and after.group(1).lower() in stop_verbs:
            break  # "… incorrectly characterized", "… also declined": an adverb before the verb ends the object
        if word.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", word):
            ends.append((low, pos + m.start(1) + len(bare)))  # a full stop ends the object
            break
        ends.append((low, pos + m.end(1)))
        previous = low
        following = text[pos + m.end(1) : pos + m.end(1) + 1]
        if len(ends) >= max_words or (following and not following.isspace()):
            break
    while ends and ends[-1][0] in DANGLING:
        ends.pop()  # "close to the situation and [reported by]": the conjunction is not the object's
    return ends[-1][1] if ends else pos


def _parse_post(text: str, pos: int, limit: int, g: SourceGrammar) -> tuple[int, list[tuple[str, str, str]]]:
    """Descriptor phrases after the noun: "familiar with the matter", "close to Venezuela's
    ruling party", "who spoke on condition of anonymity because …", or any relative clause
    ("whose laws have been invalidated"). Several may follow one another; a bare preposition
    ("in", "from") counts only before a name or a determiner."""
    groups: list[tuple[str, str, str]] = []
    while len(groups) < 3:
        m = g.intro_re.match(text, pos, limit)
        relative = None if m else re.match(r"\s+(?P<intro>who|whose)\b", text[pos:limit])
        if not m and not relative:
            break
        if relative:
            intro, group, intro_end = relative.group("intro"), "relative", pos + relative.end()
        elif m is not None:
            intro = " ".join(m.group("intro").lower().split())
            group, intro_end = g.intro_group[intro], m.end()
        obj_start = intro_end + 1 if intro_end < limit and text[intro_end] == " " else intro_end
        if group == "affiliation" and intro in BARE_PREPOSITIONS:
            nxt = re.match(rf"({WORD})", text[obj_start:limit])
            first = nxt.group(1) if nxt else ""
            # "sources in Washington", "officials at the ministry"; not "sources in recent weeks"
            # and not "aides on Wednesday"
            if first.lower() in g.time_words or not (
                first[:1].isupper() or first.lower() in {"the", "a", "an"} or first.lower().endswith(("'s", "’s"))
            ):
                break
        clause = group in {"anonymity", "relative"}
        # a clause runs to its main verb ("who asked not to be named said"); a phrase stops at any verb
        stop = g.core_verbs if clause else g.verbs
        obj_end = _consume_object(text, obj_start, limit, stop, g.adverbs, 16 if clause else 12, clause)
        if obj_end <= obj_start and group != "anonymity":
            break
        groups.append((group, text[pos:intro_end].strip(), text[obj_start:obj_end]))
        pos = max(obj_end, intro_end)
    return pos, groups


def _verb_follows(text: str, pos: int, limit: int, g: SourceGrammar) -> bool:
    """An attribution verb after the description, perhaps behind adverbs ("also say"),
    auxiliaries ("have said"), a time ("on Wednesday also denied") or a parenthetical
    (", addressing inquiries over …, stated"); or a stance after a copula ("were unclear")."""
    rest = text[pos:limit]
    paren = re.match(r",\s+([^,.;:“”\"]{1,160}?),\s*", rest)
    candidates = [rest]
    if paren and PARENTHETICAL_START.match(paren.group(1)) and len(paren.group(1).split()) <= 16:
        # an aside (", addressing inquiries over …,"), not a name (", Josh Earnest,") and not
        # the next clause of the sentence (", sharply criticized …, saying")
        candidates.append(rest[paren.end() :])
    for chunk in candidates:
        if not re.match(r"\s*[\w’'-]", chunk):
            continue
        chunk = g.time_re.sub(" ", chunk[:160])
        words = re.findall(r"[\w’'-]+", chunk)
        copula = False
        for word in words[:6]:
            low = word.lower()
            if copula and low in g.copula_adjectives:
                return True
            if not copula and low in g.verbs and word.islower():
                return True  # a capitalised "Hope" is a name ("spokeswoman Hope Hicks did not respond")
            if low in {"is", "are", "was", "were"} and not copula:
                copula = True
                continue
            if low not in g.adverbs and not (low.endswith("ly") and len(low) > 4):
                break  # only adverbs ("also", "subsequently") and auxiliaries stand before the verb
    return False


def _is_not_source(text: str, start: int, end: int, g: SourceGrammar) -> bool:
    """Phrases with a source noun that attribute nothing: "open source", "sources of income"."""
    window_start = max(0, start - 30)
    window = text[window_start : min(len(text), end + 40)]
    for pattern in g.not_source_res:
        for m in pattern.finditer(window):
            if m.start() + window_start <= start < m.end() + window_start or start <= m.start() + window_start < end:
                return True
    return False


def _affiliation_and_descriptor(g: SourceGrammar, mods: list[str], post: list[tuple[str, str, str]]) -> tuple[str, str, int]:
    """Split the words around the noun into affiliation ("White House", "Venezuelan
    intelligence"), descriptor ("former", "familiar with the matter") and whether the
    description says what the source knows or why it is anonymous (one point of specificity)."""
    kinds = []
    for word in mods:
        low = word.lower()
        if low in g.knowledge_pre:
            kinds.append("knowledge")
        elif low in g.standing_pre:
            kinds.append("standing")
        else:
            kinds.append("affiliation")  # a name, an initialism or an institution word
    aff_index = [i for i, k in enumerate(kinds) if k == "affiliation"]
    affiliation = " ".join(mods[aff_index[0] : aff_index[-1] + 1]) if aff_index else ""
    pre = [w for w, k in zip(mods, kinds, strict=True) if k != "affiliation"]
    knows = any(k == "knowledge" for k in kinds)
    post_texts = []
    for group, intro, obj in post:
        phrase = f"{intro} {obj}".strip()
        post_texts.append(phrase)
        named_object = any(w[:1].isupper() for w in re.findall(r"[\w’'-]+", obj))
        if group == "affiliation" and named_object:
            affiliation = f"{affiliation}, {obj}" if affiliation else obj
        elif group == "affiliation" and intro.lower() in {"close to", "affiliated with", "linked to", "connected to"}:
            knows = True  # "close to the situation": nearness to the events, a reason to know
        elif group in {"knowledge", "anonymity"}:
            knows = True
    descriptor = ", ".join(x for x in (" ".join(pre), " ".join(post_texts)) if x)
    return affiliation.strip(" ,"), descriptor, int(knows)


def _find_sentence(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence span holding ``pos`` (an empty span at ``pos`` when none does), found by
    bisection: the spans are in text order and do not overlap."""
    i = bisect.bisect_right(sentences, (pos, float("inf"))) - 1
    if i >= 0 and sentences[i][0] <= pos < sentences[i][1]:
        return sentences[i]
    return pos, pos


def sentence_spans(article: Article, annotation: Annotation) -> list[tuple[int, int]]:
    """Sentence spans inside the body, cut at line breaks: a crosshead the engine glued to
    the next sentence ("Security Architecture Recalibrated\nFour sources said …") is not
    part of it. The whole body, line by line, when the annotation has no sentences."""
    limit = len(article.body)
    spans = [(s.start, min(s.end, limit)) for s in annotation.sentences if s.start < limit] or [(0, limit)]
    out = []
    for start, end in spans:
        for line in re.finditer(r"[^\n]+", article.text[start:end]):
            piece = line.group()
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append((start + line.start() + lead, start + line.start() + len(piece.rstrip())))
    return out


def _parse_noun(text: str, noun: re.Match, sentence: tuple[int, int], g: SourceGrammar) -> _Parsed:
    s_start, s_end = sentence
    kind, plural = g.noun_kind[noun.group().lower()]
    prefix = text[s_start : noun.start()]
    left = g.left_re.search(prefix)
    det, det_type = "", ""
    mods: list[str] = []
    start = noun.start()
    if left:
        start = s_start + left.start()
        mods = left.group("mods").split()
        if left.group("det"):
            det = left.group("det").strip()
            det_type = "count" if left.group("count") else "vague" if left.group("vague") else "single"
        # a modifier run that is only a stray capitalised word before a verbless phrase is kept;
        # capitalised words must be adjacent to the noun, which the regex already guarantees
    post_end, post = _parse_post(text, noun.end(), s_end, g)
    return _Parsed(
        start=start,
        end=post_end if post else noun.end(),
        noun_start=noun.start(),
        noun_end=noun.end(),
        kind=kind,
        plural=plural,
        det=det,
        det_type=det_type,
        mods=mods,
        post_groups=post,
    )


def _is_crowd(p: _Parsed, g: SourceGrammar) -> bool:
    """Bare "people" ("what people think", "Many people are uncertain") is the public, not a
    source; people with a count, a description, a name or a back-reference are sources."""
    if p.kind != "person" or not p.plural or p.post_groups or p.det_type == "count":
        return False
    if " ".join(p.det.lower().split()) in g.definite:
        return False
    return not any(m[:1].isupper() for m in p.mods)


def _attribution(text: str, p: _Parsed, sentence: tuple[int, int], g: SourceGrammar) -> str:
    """How the phrase attributes the sentence: "cue" (according to …), "inverted" ('…," said
    a senior official.'), "verb" (… said), or "" when it is not an attribution at all."""
    s_start, s_end = sentence
    before = text[s_start : p.start]
    if g.free_cue_re.search(before):
        return "cue"
    after = text[p.end : s_end]
    if NAME_APPOSITIVE_AFTER.match(after):
        return ""  # "the aide, Huma Abedin, …": a named speaker, left to speaker attribution
    cue = g.inverted_cue_re.search(before)
    # '…," said a senior official.' / 'Said one aide: …': the cue follows a quote or a comma, or
    # opens the sentence, and the description ends the clause
    if cue and re.search(r"(?:^|[,”\"’'—–:])\s*$", before[: cue.start()]) and re.match(r"\s*(?:[,.;:!?”\"’)—–]|who\b|and\b|$)", after):
        return "inverted"
    if not g.opener_re.search(before):
        # "the point navy officials say the fleet could turn back": a relative
        # clause without its "that", which only a bare say/said right after the phrase shows
        if re.search(r"\b[a-z]+\s+$", before) and re.match(r"\s+(?:say|says|said)\b(?!\s+to\b)", after):
            return "relative"
        return ""  # not at the head of a clause: an object or a complement, not a subject
    if NAME_BEFORE.search(before) and re.match(r"\s*[,)]", after):
        return ""  # "Susan E. Rice, President Obama's national security adviser, said": a named speaker
    if _verb_follows(text, p.end, s_end, g):
        return "verb"
    return ""


def _relative_subject(text: str, p: _Parsed, g: SourceGrammar) -> _Parsed:
    """In "the place Pentagon officials say" the parse took the antecedent ("the place") as
    determiner and modifier; the subject starts at the first capitalised or describing
    modifier ("Pentagon", "senior"), else at the noun."""
    describing = g.knowledge_pre | g.standing_pre | g.affiliation_words
    keep = next((i for i, m in enumerate(p.mods) if m[:1].isupper() or m.lower() in describing), len(p.mods))
    mods = p.mods[keep:]
    start = p.noun_start
    for m in reversed(mods):
        start = text.rindex(m, p.start, start)
    return replace(p, start=start, det="", det_type="", mods=mods)


def extract_sources(article: Article, annotation: Annotation) -> tuple[SourceMention, ...]:
    """Every attribution to a source in the article body, in text order, with ids
    ``{article.id}:S{n}``. Wire and named "according to" attributions are included with
    ``anonymous=False``; definite repeats ("the same source") carry ``refers_to``."""
    g = grammar()
    text = article.text
    body_end = len(article.body)
    sentences = sentence_spans(article, annotation)
    credits = extract_credits(article)
    found: list[dict] = []
    taken_until = -1
    for noun in g.noun_re.finditer(text, 0, body_end):
        if noun.start() < taken_until:
            continue  # inside a mention already taken ("U.S. officials cited by sources")
        if text[noun.end() : noun.end() + 1] in {"'", "’"}:
            continue  # a possessive ("the campaign staffers’ actions", "the source's") is not the speaker
        sentence = _find_sentence(sentences, noun.start())
        if sentence[0] == sentence[1]:
            continue
        if _is_not_source(text, noun.start(), noun.end(), g):
            continue
        parsed = _parse_noun(text, noun, sentence, g)
        how = _attribution(text, parsed, sentence, g)
        if not how:
            continue
        if how == "relative":
            parsed = _relative_subject(text, parsed, g)
        if _is_crowd(parsed, g):
            continue
        if any(parsed.start <= c.start and c.end <= parsed.end for c in credits):
            continue  # "the Reuters report": a credited wire, recorded as such below
        affiliation, descriptor, knows = _affiliation_and_descriptor(g, parsed.mods, parsed.post_groups)
        count = _parse_count(g, parsed.det, parsed.det_type, parsed.plural)
        explicit = parsed.det_type == "count"
        found.append(
            dict(
                start=parsed.start,
                end=parsed.end,
                count=count,
                count_text=parsed.det,
                descriptor=descriptor,
                affiliation=affiliation,
                # "a report in The Atlantic", "a White House pool report": a named document
                anonymous=not (parsed.kind == "report" and any(w[:1].isupper() for w in affiliation.split())),
                kind=parsed.kind,
                sentence=sentence,
                specificity=int(explicit) + int(bool(affiliation)) + knows,
                definite=" ".join(parsed.det.lower().split()) in g.definite,
                plural=parsed.plural,
                noun=text[parsed.noun_start : parsed.noun_end].lower(),
            )
        )
        taken_until = parsed.end
    found.extend(_named_mentions(article, sentences, found, credits))
    found.sort(key=lambda f: f["start"])
    mentions: list[SourceMention] = []
    for n, f in enumerate(found, 1):
        s_start, s_end = f["sentence"]
        refers_to = _antecedent(f, found[: n - 1], mentions) if f["definite"] else ""
        mentions.append(
            SourceMention(
                id=f"{article.id}:S{n}",
                article_id=article.id,
                start=f["start"],
                end=f["end"],
                text=text[f["start"] : f["end"]],
                count=f["count"],
                count_text=f["count_text"],
                descriptor=f["descriptor"],
                affiliation=f["affiliation"],
                anonymous=f["anonymous"],
                kind=f["kind"],
                claim=text[s_start:s_end],
                claim_start=s_start,
                claim_end=s_end,
                specificity=min(3, f["specificity"]),
                refers_to=refers_to,
            )
        )
    return tuple(mentions)


def _antecedent(f: dict, earlier: list[dict], mentions: list[SourceMention]) -> str:
    """The mention a definite one repeats: the nearest earlier mention with the same head
    noun ("The same source" -> "A source familiar with …"; "the official" -> "A White House
    official"), followed to its own antecedent. Another noun of the same kind is a new
    source ("the reports" after "multiple accounts")."""
    for index in range(len(earlier) - 1, -1, -1):
        other = earlier[index]
        if other.get("noun") == f["noun"] and other["anonymous"]:
            target = mentions[index]
            return target.refers_to or target.id
    return ""


def _named_mentions(article: Article, sentences: list[tuple[int, int]], anonymous: list[dict], credits: tuple[Credit, ...]) -> list[dict]:
    """Named attributions: wire credits ("reported by Reuters") and "according to" followed
    by a name ("According to the Cuban government"). They are sources too, but not anonymous."""
    text = article.text
    taken = [(f["start"], f["end"]) for f in anonymous]
    out: list[dict] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    for credit in credits:
        if free(credit.start, credit.end):
            out.append(_named(credit.start, credit.end, "wire", sentences))
            taken.append((credit.start, credit.end))
    for m in grammar().named_re.finditer(text, 0, len(article.body)):
        start, end = m.start("np"), m.end("np")
        if free(start, end):
            out.append(_named(start, end, "named", sentences))
            taken.append((start, end))
    return out


def _named(start: int, end: int, kind: str, sentences: list[tuple[int, int]]) -> dict:
    return dict(
        start=start,
        end=end,
        count=None,
        count_text="",
        descriptor="",
        affiliation="",
        anonymous=False,
        kind=kind,
        sentence=_find_sentence(sentences, start),
        specificity=3,
        definite=False,
        plural=False,
        noun="",
    )


# ---------------------------------------------------------------- credits


@dataclass(frozen=True)
class CreditGrammar:
    variant_re: re.Pattern
    canonical: dict[str, str]
    before_re: re.Pattern
    before_gap_re: re.Pattern
    after_re: re.Pattern


WIRE_KEYS = ("services", "credit_before", "credit_before_gap", "reporting_nouns", "credit_verbs", "credit_adverbs")


@functools.cache
def _credit_grammar_for(rules_dir: str) -> CreditGrammar:
    return _compiled_lexicon("wire_services", WIRE_KEYS, rules_dir, _compile_credits)


def _compile_credits(lex: dict) -> CreditGrammar:
    canonical: dict[str, str] = {}
    for service in lex["services"]:
        for variant in [service["name"], *service.get("variants", [])]:
            canonical.setdefault(variant, service["name"])
    names = phrase_alternation(canonical)
    # Whole words only, case-sensitive: "AP" is a name, "ap" in "map" or "AP Photo" context is not.
    variant_re = re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")
    gap = r"(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,4}?"
    before_re = re.compile(rf"(?i:\b(?:{phrase_alternation(lex['credit_before'])}))\s+(?:(?:the|a|an)\s+)?$")
    before_gap_re = re.compile(rf"(?i:\b(?:{phrase_alternation(lex['credit_before_gap'])}))\s+{gap}$")
    after_re = re.compile(
        rf"^(?:['’]s?)?\s+(?:(?i:{phrase_alternation(lex['reporting_nouns'])})\s+)?"
        rf"(?:(?i:{phrase_alternation(lex['credit_adverbs'])})\s+)*"
        rf"(?i:{phrase_alternation(lex['credit_verbs'])})\b"
    )
    return CreditGrammar(variant_re, canonical, before_re, before_gap_re, after_re)


def wire_name(written: str) -> str | None:
    """The canonical name of a wire or paper as written ("Reuter's" -> "Reuters"), else None."""
    return _credit_grammar_for(str(default_rules_dir())).canonical.get(written.strip())


def _squash(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower().removeprefix("the "))


def _same_outlet(name: str, outlet: str, cg: CreditGrammar) -> bool:
    """An outlet mentioning itself ("The Times has learned" in the Times, outlet "nyt")
    credits nobody: the outlet matches the service's name or one of its variants."""
    # Exactly, not a word of it: the Huffington Post and the LA Times credit the Washington
    # Post and the New York Times like anyone else. A web address counts as its name
    # ("www.washingtonpost.com" is the Washington Post).
    host = re.sub(r"^(https?://)?(www\.)?", "", outlet.strip().lower())
    host = re.sub(r"\.(com|org|net|co\.uk|com\.au|co)(/.*)?$", "", host)
    mine = _squash(host)
    if not mine:
        return False
    return any(_squash(variant) == mine for variant in [name, *(v for v, n in cg.canonical.items() if n == name)])


def extract_credits(article: Article) -> tuple[Credit, ...]:
    """Original reporting the article credits, in text order: a wire or paper named in an
    attribution context ("according to a Reuters exclusive", "reported by Reuters",
    "Reuter's exclusive revealed", "(Reuters) -"). A bare mention of the name is not a credit."""
    cg = _credit_grammar_for(str(default_rules_dir()))
    text = article.text
    body_end = len(article.body)
    credits: list[Credit] = []
    for m in cg.variant_re.finditer(text, 0, body_end):
        name = cg.canonical[m.group()]
        if _same_outlet(name, article.outlet, cg):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 80) : m.start()]
        after = text[m.end() : min(body_end, m.end() + 80)]
        credited = (
            cg.before_re.search(before)
            or cg.before_gap_re.search(before)
            or cg.after_re.match(after)
            or (before.rstrip().endswith("(") and re.match(r"\)\s*[-–—]", after))  # "(Reuters) -" dateline
            or re.search(r"(?:©|\(c\)|[Cc]opyright)\s*(?:\d{4}\s+)?$", before)
        )
        if credited:
            credits.append(Credit(name=name, text=m.group(), start=m.start(), end=m.end()))
    return tuple(credits)


# ---------------------------------------------------------------- helpers shared with compare


def is_hedged(sentence: str) -> bool:
    """A sentence that keeps its distance from the claim without naming a source
    ("has reportedly shifted"): it does not state the claim as fact."""
    return bool(grammar().hedge_re.search(sentence))


def gives_anonymity_reason(text: str) -> bool:
    """Whether a description or an article explains why a source is unnamed
    ("because they were not authorized to discuss the talks")."""
    return bool(grammar().reason_re.search(text))
