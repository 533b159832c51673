"""Attribute each quote to its speaker with ordered sieves, most precise first.

Each sieve looks at the words around one quote and either names a speaker mention or
passes. Surface patterns over the text work with no models; when the engine produced a
dependency parse, the subject of the cue verb is taken from it first. Mentions are then
resolved to one entity per person within the article ("Mora" = "Frank Mora", "he" = the
nearest compatible named speaker), and short quotes with nobody behind them become scare
quotes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from quoteaudit.models import Annotation, Article, Quote, QuoteKind, Speaker, SpeakerKind
from quoteaudit.rules import abbreviations, lexicon


# ---------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class Lexicon:
    cues: frozenset[str]
    base_verbs: frozenset[str]
    phrasal: frozenset[str]
    according_to: tuple[str, ...]
    pronoun_gender: dict[str, str]
    determiners: frozenset[str]
    anonymous_heads: frozenset[str]
    group_heads: frozenset[str]
    organization_heads: frozenset[str]
    person_heads: frozenset[str]
    line_labels: frozenset[str]
    titles: frozenset[str]
    work_words: frozenset[str]


@functools.cache
def load_lexicon() -> Lexicon:
    verbs = lexicon("speech_verbs")
    titles = lexicon("titles")
    gender = {p: g for g, words in verbs["pronouns"].items() if g != "first" for p in words}
    gender.update({p: "first" for p in verbs["pronouns"]["first"]})
    return Lexicon(
        cues=frozenset(verbs["speech_verbs"].split()) | frozenset(verbs["base_verbs"].split()),
        base_verbs=frozenset(verbs["base_verbs"].split()),
        phrasal=frozenset(verbs["phrasal"]),
        according_to=tuple(verbs["according_to"]),
        pronoun_gender=gender,
        determiners=frozenset(verbs["determiners"]),
        anonymous_heads=frozenset(verbs["anonymous_heads"].split()),
        group_heads=frozenset(verbs["group_heads"].split()),
        organization_heads=frozenset(verbs["organization_heads"].split()),
        person_heads=frozenset(verbs["person_heads"].split()),
        line_labels=frozenset(verbs["line_labels"].split()),
        titles=frozenset(titles["titles"].split()),
        work_words=frozenset(titles["work_words"].split()),
    )


WORD = r"[\w’'\-\.]+"
# Adverbs and auxiliaries that may stand between a subject and its cue ("Smith also said").
BETWEEN_SUBJECT_AND_CUE = {
    "also", "later", "then", "once", "again", "previously", "recently", "repeatedly", "publicly",
    "privately", "has", "had", "have", "would", "will", "had", "long", "often", "has", "told",
    "simply", "further", "separately", "earlier", "flatly", "bluntly", "quickly", "just",
    "is", "was", "are", "were", "been", "be", "not", "never", "now", "still", "even", "reportedly",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "does", "did", "do",
}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"}
AUXILIARIES = {"is", "was", "are", "were", "been", "be", "has", "have", "had", "will", "would"}
# Words that open an introductory phrase, not a subject ("On January 11, Trump wrote").
INTRO_WORDS = {
    "on", "in", "at", "after", "before", "during", "later", "earlier", "since", "while", "when",
    "as", "but", "and", "yet", "so", "however", "meanwhile", "still", "then", "now", "today",
    "yesterday", "last", "this", "separately", "instead", "also", "speaking", "asked", "in",
    "following", "despite", "for", "with", "without", "under", "by", "from", "of", "to",
    "likewise", "moreover", "furthermore", "nonetheless", "nevertheless", "indeed", "otherwise",
}
# Prepositions that open a phrase before the subject ("Outside the Clinton campaign, …").
PREPOSITIONS = INTRO_WORDS - {"this", "last", "now", "today", "yesterday"} | {
    "outside", "inside", "among", "across", "around", "amid", "against", "beyond", "near",
    "within", "through", "throughout", "toward", "towards", "upon", "via", "like", "unlike",
    "about", "above", "below", "behind", "beside", "besides", "between", "over", "into",
}
LEADING_CONNECTIVES = {"but", "and", "as", "yet", "so", "however", "meanwhile", "still", "then", "also", "or"}
NAME_PARTICLES = {"de", "da", "del", "della", "di", "van", "von", "der", "bin", "al", "el", "la", "le", "du", "dos", "y"}
SENTENCE_END = re.compile(r"[.!?](?:[\"'”’)]*)\s+(?=[\"'“‘A-Z(])")


# ---------------------------------------------------------------- mention analysis


def _trim_mention(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and punctuation at both ends of a mention."""
    while start < end and (text[start].isspace() or text[start] in ",;:—–-\"“”'‘’("):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-\"“”'‘’)."):
        if text[end - 1] == "." and re.search(r"\b(?:[A-Z]\.)+$|\b(?:Jr|Sr|Inc|Co|Corp)\.$", text[start:end]):
            break  # keep the period of U.S. / Jr.
        end -= 1
    return start, end


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'\-\.]+", text)


def is_pronoun(mention: str) -> bool:
    return mention.lower() in load_lexicon().pronoun_gender


def split_name(mention: str) -> tuple[str, str]:
    """(name, role) from a mention: "U.S. President Donald Trump" -> ("Donald Trump", "U.S. President").

    The name is the last run of capitalised words, less the title words at its front; what
    precedes it is the role. Possessive countries ("Mexico’s President") are role too."""
    lex = load_lexicon()
    tokens = mention.split()
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if tokens[i][:1].isupper() or (runs and tokens[i] in NAME_PARTICLES and i + 1 < len(tokens) and tokens[i + 1][:1].isupper() and runs[-1][1] == i):
            j = i
            while j < len(tokens) and (tokens[j][:1].isupper() or (tokens[j] in NAME_PARTICLES and j + 1 < len(tokens) and tokens[j + 1][:1].isupper())):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    def modifies_a_noun(b: int) -> bool:
        # "reality TV star", "GOP candidate": capitals right before a person noun modify it
        return b < len(tokens) and tokens[b - 1][-1:] != "," and tokens[b].strip(",.") in lex.person_heads | lex.anonymous_heads

    # "Speaker Nancy Pelosi of California": a run after "of"/"from" is a place, unless no
    # earlier run names anyone ("Secretary of State Hillary Clinton")
    after_of = {a for a, _ in runs if a > 0 and tokens[a - 1].lower() in {"of", "from", "on", "in", "at", "for", "by"}}
    for skip_places in (True, False):
        for a, b in reversed(runs):
            if skip_places and a in after_of:
                continue
            if tokens[b - 1].rstrip(",").endswith(POSSESSIVE_ENDINGS) or modifies_a_noun(b):
                continue  # "Trump Jr.’s attorney": the possessor is someone else
            if all(t.strip(",.").lower() in WEEKDAYS for t in tokens[a:b]):
                continue  # "on Wednesday morning"
            k = a
            while k < b and (tokens[k].strip(",") in lex.titles or tokens[k].lower() in lex.determiners or tokens[k].endswith(POSSESSIVE_ENDINGS)):
                k += 1
            # "Ohio Gov. John Kasich", "FBI Director James B. Comey", "Action Forum’s Douglas
            # Holtz-Eakin": the name starts after the last title inside the run (never the
            # run's last word or a suffix: "Steve King", "Martin Luther King Jr.")
            core = b
            while core > k and tokens[core - 1].strip(",") in NAME_SUFFIXES:
                core -= 1
            inner = [i for i in range(k, core - 1) if _is_role_word(tokens[i], lex)]
            if inner:
                k = inner[-1] + 1
            elif not skip_places and a in after_of and core - k > 2:
                # "Director of National Intelligence James Clapper": the body named after
                # "of" runs into the name, which is its last two words (and a middle initial)
                k = core - 3 if re.fullmatch(r"[A-Z]\.", tokens[core - 2]) else core - 2
            name_tokens = [t.strip(",") for t in tokens[k:b]]
            if name_tokens and not all(t.lower() in lex.anonymous_heads | lex.group_heads | lex.organization_heads for t in name_tokens):
                role = " ".join(tokens[:k]).strip(" ,")
                return " ".join(name_tokens), role
    return "", ""


# "Trump’s", "Fox News’", "Republicans'": a possessor, singular or plural.
POSSESSIVE_ENDINGS = ("’s", "'s", "s’", "s'")
NAME_SUFFIXES = {"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"}


def _is_role_word(token: str, lex: Lexicon) -> bool:
    """A title ("Gov.", "Director"), a capitalised person noun ("Chairman") or a possessor
    ("Forum’s") inside a capitalised run: what follows it is the name."""
    word = token.strip(",")
    return word in lex.titles or word.endswith(POSSESSIVE_ENDINGS) or (word[:1].isupper() and word.lower().rstrip(".") in lex.person_heads)


def classify(mention: str) -> tuple[SpeakerKind, str]:
    """Speaker kind and resolved-name candidate for a mention's words.

    Order matters: a person's name wins over the nouns around it ("Spokesman Jim Smith"),
    "the" + capitals is a body ("The Post"), and an unnamed noun phrase is anonymous when
    singular ("a man", "a former official") or a group when plural ("experts")."""
    lex = load_lexicon()
    words = [w.lower().strip(",.") for w in mention.split()]
    if not words:
        return SpeakerKind.UNKNOWN, ""
    if len(words) == 1 and is_pronoun(words[0]):
        return SpeakerKind.PRONOUN, ""
    head = _head_noun(words)
    starts_with_det = words[0] in lex.determiners or words[0].isdigit() or words[0] in COUNT_WORDS
    # "Trump Jr.’s attorney", "Hillary Clinton’s right-hand woman": a possessor works as a
    # determiner, and the phrase describes someone it does not name
    tokens = mention.split()
    owner = next((i for i, t in enumerate(tokens[:-1]) if t.endswith(POSSESSIVE_ENDINGS)), None)
    if owner is not None and all(t.islower() for t in tokens[owner + 1 :]) and not head.endswith("ed"):
        starts_with_det = True
    name, _ = split_name(mention)
    if name == tokens[0].strip(",") and len(tokens) > 1 and all(t[:1].islower() or t[:1].isdigit() for t in tokens[1:]):
        # "Corporate lobbyists describe …": a capital only because the sentence starts there
        name, starts_with_det = "", True
    if len(words) == 1 and words[0] in INDEFINITE_PRONOUNS:
        return INDEFINITE_PRONOUNS[words[0]], mention  # "Someone called it …"
    if name and _is_person_name(name, mention) and head not in lex.anonymous_heads | lex.group_heads:
        return SpeakerKind.NAMED, name
    if head in lex.organization_heads or (words[0] == "the" and name):
        return SpeakerKind.ORGANIZATION, re.sub(r"^[Tt]he\s+", "", mention)
    if head in lex.group_heads:
        return SpeakerKind.GROUP, mention
    if head in lex.anonymous_heads:
        return SpeakerKind.ANONYMOUS, mention
    if name and not starts_with_det:
        return SpeakerKind.NAMED, name
    if starts_with_det and head.isalpha() and head.islower():
        plural = head.endswith("s") and not head.endswith("ss") or words[0] in {"both", "some", "several", "many"}
        return (SpeakerKind.GROUP if plural else SpeakerKind.ANONYMOUS), mention
    return SpeakerKind.UNKNOWN, mention


# Pronouns that stand for unnamed people: never a name, whatever their capital.
INDEFINITE_PRONOUNS = {
    "someone": SpeakerKind.ANONYMOUS, "somebody": SpeakerKind.ANONYMOUS, "anyone": SpeakerKind.ANONYMOUS,
    "everyone": SpeakerKind.GROUP, "everybody": SpeakerKind.GROUP, "others": SpeakerKind.GROUP,
    "those": SpeakerKind.GROUP, "these": SpeakerKind.GROUP, "many": SpeakerKind.GROUP, "some": SpeakerKind.GROUP,
}
COUNT_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "several", "multiple", "some", "many", "few", "both"}


def _head_noun(words: list[str]) -> str:
    """The head of a noun phrase: the last word before a modifier that follows the head
    ("sources familiar with", "official who", "people close to")."""
    stop = {"familiar", "close", "who", "which", "that", "with", "from", "in", "at", "of", "on", "knowledgeable", "briefed", "acquainted", "affiliated", "speaking", "cited", "for", "to", "involved", "aware", "inside", "outside", "within", "near", "among", "across", "behind", "under", "by"}
    head = words[-1]
    for i, w in enumerate(words):
        if w in stop and i > 0:
            head = words[i - 1]
            break
    return head.strip(",.’'s") if head.endswith(("’s", "'s")) else head


def _is_person_name(name: str, mention: str) -> bool:
    """"White House official" has capitals but no person; "Spokesman Jim Smith" has one,
    and so has a bare surname ("Mora") standing alone."""
    if mention.lower().startswith(("a ", "an ", "the ", "one ", "two ")):
        # … unless a full name follows a title or role at the end: "The Harbor Tenants Union
        # Regional Policy Director Mara Quint", "a spokesman, Jim Smith"
        before = mention[: len(mention.rstrip(" ,")) - len(name)].split()
        lex = load_lexicon()
        role_word = bool(before) and (_is_role_word(before[-1], lex) or before[-1].strip(",").lower() in lex.person_heads | lex.anonymous_heads)
        return len(name.split()) >= 2 and mention.rstrip(" ,").endswith(name) and role_word
    return len(name.split()) >= 2 or mention.strip() == name


def make_speaker(text: str, start: int, end: int, method: str, cue: str, confidence: float, role: str = "") -> Speaker | None:
    start, end = _trim_mention(text, start, end)
    mention = text[start:end]
    if not mention or len(mention.split()) > 25:
        return None
    first = mention.split()[0].lower()
    if first in LEADING_CONNECTIVES and len(mention.split()) > 1:
        start = start + len(mention.split()[0])
        start, end = _trim_mention(text, start, end)
        mention = text[start:end]
    if mention.lower() in NOT_SPEAKERS | WEEKDAYS:
        return None  # "Instead, Will called …", "For that she drew …": an opener speaks for nobody
    if first in {"he", "she"} and len(mention.split()) > 1:
        # "He paused, then added:": a pronoun takes no modifiers, so the words after it are its verb
        end = start + len(mention.split()[0])
        mention = text[start:end]
    if mention.split()[0].lower() in PREPOSITIONS | {"that", "whether", "if", "because"}:
        return None  # "… ‘Deep State,’ Calls For Jailing Top Clinton Aide": a headline's object, not a subject
    kind, name = classify(mention)
    if kind is SpeakerKind.UNKNOWN and not re.search(r"[A-Za-z]", mention):
        return None
    if not role and kind is SpeakerKind.NAMED:
        role = split_name(mention)[1]
    return Speaker(
        name=name or mention,
        mention=mention,
        mention_start=start,
        mention_end=end,
        kind=kind,
        role=role,
        method=method,
        confidence=confidence,
        cue=cue,
    )


# ---------------------------------------------------------------- context


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

    @property
    def before(self) -> str:
        return self.text[self.before_start : self.open_mark]

    @property
    def after(self) -> str:
        return self.text[self.close_mark_end : self.after_end]


def _cue_pattern() -> re.Pattern:
    words = sorted(load_lexicon().cues | load_lexicon().phrasal, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


@functools.cache
def cue_re() -> re.Pattern:
    return _cue_pattern()


@functools.cache
def according_re() -> re.Pattern:
    phrases = "|".join(re.escape(p) for p in load_lexicon().according_to)
    return re.compile(r"\b(" + phrases + r")\s+", re.IGNORECASE)


def _np_end(text: str, start: int, limit: int) -> int:
    """End of a noun phrase that starts at START: the next comma, sentence end, quote mark,
    or a preposition that opens an adjunct ("said Rodriguez at the ceremony")."""
    segment = text[start:limit]
    stops = re.finditer(r"[,;:\"“”(]|[.!?](?:\s|$)| (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|at|in|on|during|after|before|while|when|as|to reporters|in a|on a|via|through|about|adding|before)\b|\s[-–—]\s", segment)
    # "said Mr. Mattioli", "said Gov. Perry": the period of a title or an initial ends no phrase
    m = next((m for m in stops if not (m.group().startswith(".") and _is_abbreviation(segment[: m.start()]))), None)
    end = start + (m.start() if m else len(segment))
    # "a source close to Venezuela's ruling party": keep the modifier with the source.
    modifier = re.match(r" (?:close to|familiar with|knowledgeable about|acquainted with|affiliated with|briefed on|with knowledge of|in the|at the|of the)\b[^,.;:\"“”]*", text[end:limit])
    if modifier and re.search(r"\b(?:source|sources|official|officials|person|people|aide|aides)$", text[start:end]):
        end += modifier.end()
    return end


def _role_after(text: str, pos: int, limit: int) -> str:
    """An appositive right after a name: ", a professor at the US Naval Academy,"."""
    m = re.match(r",\s+((?:an?|the|who|one of|former|then|now)\b[^\"“”]*?)(?:,|\.(?:\s|$)|$)", text[pos:limit])
    return m.group(1).strip() if m else ""


# ---------------------------------------------------------------- sieves

# Trailing attribution: `…,” he said`, `…,” said John Smith`, `…,” Smith added`.
TRAIL_SUBJECT_CUE = re.compile(r"^[\s,.!?]*(?P<np>(?:[^\s,.;:!?\"“”][^,.;:!?\"“”]{0,80}?))\s+(?:(?:also|later|then|once|further)\s+)?(?P<cue>\w+)\b")


# Words that open a new clause after a quote (“phony polls” that he claimed, “no idea” if he
# would): the verb that follows belongs to that clause, not to an attribution of the quote.
SUBORDINATORS = {
    "that", "which", "who", "whom", "whose", "if", "when", "until", "unless", "as", "because",
    "while", "where", "between", "than", "although", "though", "since", "after", "before",
    "whether", "but", "so", "what", "how", "why", "once",
}
CLAUSE_OPENERS = INTRO_WORDS | SUBORDINATORS
# Words that open a sentence or clause and never stand for its subject ("While Mr. Ryan …").
OPENERS = CLAUSE_OPENERS | {"it", "this", "that", "according"}
# Words a mention can never be on its own ("Instead, Will called …").
NOT_SPEAKERS = (CLAUSE_OPENERS | {"this", "that", "it's", "there"}) - {"who"}
# Lower-case words after a closing mark that start a new clause rather than an attribution.
CLAUSE_AFTER_QUOTE = SUBORDINATORS | {"and", "or"}


def sieve_trailing(ctx: QuoteContext) -> Speaker | None:
    """Cue right after the closing mark, with the speaker before or after it: the most
    reliable shape in news copy ("…,” Polga-Hecimovich said / stated Polga-Hecimovich)."""
    text, after = ctx.text, ctx.after
    if not re.match(r"^[\s,.!?…]*[,]?\s", after + " ") or not after.strip():
        return None
    lead = re.match(r"^[\s,.!?…]*", after).end()
    base = ctx.close_mark_end + lead
    rest = text[base : ctx.after_end]
    # cue first: "said John Smith" / "stated Bruno Rodriguez at the ceremony"
    m = re.match(r"(?P<cue>\w+)\s+(?P<np>\S)", rest)
    np_word = re.match(r"\w+\s+([\w’'\-\.]+)((?:\s+[\w’'\-\.]+){0,4})", rest)
    # "said Smith", "said a senior aide", "said retired Army Lt. Gen. Mick Bednarek"
    starts_well = bool(np_word) and (
        np_word.group(1)[:1].isupper()
        or np_word.group(1).lower() in load_lexicon().determiners
        or any(w[:1].isupper() for w in np_word.group(2).split())
    )
    if m and m.group("cue").lower() in load_lexicon().cues and not m.group("cue").endswith("ing") and starts_well:
        np_start = base + m.start("np")
        np_end = _np_end(text, np_start, ctx.after_end)
        role = _role_after(text, np_end, ctx.after_end)
        speaker = make_speaker(text, np_start, np_end, "trailing_cue_subject", m.group("cue"), 0.95, role)
        if speaker:
            return speaker
    # subject first: "he said" / "Smith, a professor, said" / "the official added"
    before = text[max(ctx.sentence_start, ctx.before_start) : ctx.open_mark]
    tail_words = re.search(r"(?:[\w’'\-]+[ \t]+){0,3}[\w’'\-]+[ \t]*$", before)
    if tail_words:
        governing = load_lexicon().cues - {"says", "said"}
        for word in re.finditer(r"[\w’'\-]+", tail_words.group()):
            cue = cue_re().match(before, tail_words.start() + word.start())
            if word.group().lower() in governing and cue and _looks_like_cue(before, cue):
                return None  # “that Judge Mosman called “distasteful,” Santilli expressed …”: the cue before governs
    ends_sentence = re.search(r"\.\W*$", ctx.quote.text) is not None
    broke = False
    for cue in cue_re().finditer(rest[:160]):
        between = rest[: cue.start()]
        if has_sentence_end(between) or re.search(r"[;\"“”]", between):
            return None
        word_before = between.split()[-1:] or [""]
        if cue.group(1).lower().endswith("ing") or _names_a_noun(word_before[0]):
            continue  # "many of the states voting", "is one common saying here": nouns and participles
        if len(between.split()) > 14:
            broke = True
            break  # too far for “…,” X said; the sentence may still end with ", he said."
        # after a finished sentence, “…” He added, “…” introduces the next quote, and
        # He said, twice, that … starts new reported speech: only "He said." closes this one
        if ends_sentence and not re.match(r"\s*(?:\.|$|,\s+(?:adding|noting|according|referring|in|at|on|during|after|before|as|when|while)\b)", rest[cue.end() :]):
            return None  # “…everything.” Brafman said he had… starts a new sentence
        role = ""
        np_text = between
        if "," in between.strip().rstrip(","):
            head, _, tail = between.partition(",")
            role = tail.strip().strip(",")
            np_text = head
            if re.match(r"(?:and|but|or|so|then|while|as|yet)\b", role):
                broke = True
                break  # “CNN” five times, and specifically mentioned …: a clause, not an appositive
        np_start, np_end = _strip_between_words(text, base, base + len(np_text))
        np = np_left(text, np_start, np_end)
        lead = text[base : np[0]].split() if np else []
        if np is None:
            broke = True
            break  # “…” for Clinton, said Kunin: no subject before this cue; try the sentence's end
        if len(lead) > 3 or not all(w.isalpha() and w.islower() and w not in CLAUSE_AFTER_QUOTE for w in lead):
            broke = True
            break  # the phrase before the cue starts right after the quote ("former FBI agent …")
        speaker = make_speaker(text, np[0], np[1], "trailing_subject_cue", cue.group(1), 0.95, role)
        if speaker is not None and role and speaker.kind not in (SpeakerKind.NAMED, SpeakerKind.PRONOUN):
            # “…,” the birth of the modern labour movement, Hollis says: the phrase
            # after the quote describes it; the name right before the verb speaks.
            tail_start, tail_end = _strip_between_words(text, base + between.rindex(",") + 1, base + len(between))
            tail = np_left(text, tail_start, tail_end)
            if tail and not text[tail_start : tail[0]].strip():
                named = make_speaker(text, tail[0], tail[1], "trailing_subject_cue", cue.group(1), 0.9)
                if named is not None and named.kind is SpeakerKind.NAMED:
                    return named
        return speaker
    if broke and any(_looks_like_cue(before, m) for m in cue_re().finditer(before)):
        return None  # a cue before the quote speaks for it before the end of the sentence does
    return _sentence_final_attribution(ctx)


def _sentence_final_attribution(ctx: QuoteContext) -> Speaker | None:
    """"Democrats had “put the biggest crack” yet in the ceiling, she said in a video": the
    attribution closes the sentence after more of the reporter's words."""
    text = ctx.text
    end = min(ctx.after_end, ctx.sentence_end if ctx.sentence_end > ctx.close_mark_end else ctx.after_end)
    tail = text[ctx.close_mark_end : end]
    cue_first = re.search(r",\s+(\w+)\s+((?:[A-Z][\w’'\-\.]*\s*){1,4})(?=[.,]|$)", tail)
    if cue_first and cue_first.group(1).lower() in load_lexicon().cues and not has_sentence_end(tail[: cue_first.start()] + " "):
        # "“This will be a challenge” for Clinton, said Kunin."
        a = ctx.close_mark_end + cue_first.start(2)
        speaker = make_speaker(text, a, ctx.close_mark_end + cue_first.end(2), "sentence_final_cue", cue_first.group(1), 0.8)
        if speaker and speaker.kind is SpeakerKind.NAMED:
            return speaker
    for m in re.finditer(r",\s+([^,;:\"“”]{1,60}?)\s+(\w+)(?=\s*(?:[.,]|$|\s+(?:in|on|at|to|during|after|last|on)\b))", tail):
        if m.group(2).lower() not in load_lexicon().cues or has_sentence_end(tail[: m.start()] + " "):
            continue
        a = ctx.close_mark_end + m.start(1)
        a, b = _strip_between_words(text, a, ctx.close_mark_end + m.end(1))
        np = np_left(text, a, b)
        if np and np[0] == a:
            speaker = make_speaker(text, np[0], np[1], "sentence_final_cue", m.group(2), 0.8)
            if speaker and speaker.kind is not SpeakerKind.UNKNOWN:
                return speaker
    return None


def _is_abbreviation(before_period: str) -> bool:
    """Whether the word before a period is an abbreviation or an initial ("Mr", "Gov", "H", "U.S")."""
    word = re.search(r"[\w.]*$", before_period).group()
    return bool(word) and (word.rstrip(".").lower() in abbreviations() or len(word) == 1 or "." in word)


def has_sentence_end(span: str) -> bool:
    """A full stop, ! or ? followed by a space, other than after an abbreviation or an
    initial ("Ms. Alawee", "John F. Kennedy", "U.S. officials")."""
    for m in re.finditer(r"([\w.]*)([.!?])[\"'”’)]*\s", span):
        if m.group(2) == "." and _is_abbreviation(m.group(1)):
            continue
        return True
    return False


def _strip_between_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop adverbs and auxiliaries between a subject and its verb ("Smith also",
    "Clinton has increasingly", "Trump is")."""
    while True:
        segment = text[start:end].rstrip()
        paren = re.search(r"\s*\([^()]{1,40}\)$", segment)
        if paren:  # "Rep. Gwen Moore (D-Wis.) said": a party tag is not where the name ends
            end = start + paren.start()
            continue
        words = segment.split()
        if not words:
            return start, start
        last = words[-1].lower()
        past_tense_follows = re.match(r"\s*[a-z]+ed\b", text[start + len(segment) :]) is not None
        if words[-1][:1].isupper() and (len(words) > 1 or past_tense_follows) and last.strip(",") not in WEEKDAYS:
            # "which Will claims": a capitalised word mid-sentence is a name; so is one before a
            # past tense, where no modal can stand ("Will described Trump as …")
            return start, start + len(segment)
        if last.strip(",") not in BETWEEN_SUBJECT_AND_CUE and not (last.endswith("ly") and last.isalpha() and len(last) > 4 and words[-1].islower()):
            return start, start + len(segment)
        end = start + len(segment) - len(words[-1])


def sieve_according_to(ctx: QuoteContext) -> Speaker | None:
    """"According to X, “…”" before, or "“…,” according to X" after the quote."""
    text = ctx.text
    m = re.match(r"^[\s,.!?…]*(according to|as reported by)\s+", ctx.after, re.IGNORECASE)
    if not m:
        # "…remained “tight,” with “modest” gains, according to the survey": later in the
        # same sentence, with no other speech verb in between.
        later = re.search(r",\s+(according to)\s+", ctx.after, re.IGNORECASE)
        if later and not has_sentence_end(ctx.after[: later.start()] + " ") and not cue_re().search(ctx.after[: later.start()]):
            m = later
    if m:
        start = ctx.close_mark_end + m.end()
        return make_speaker(text, start, _np_end(text, start, ctx.after_end), "according_to", m.group(1), 0.9)
    before = ctx.before
    last = None
    for last in according_re().finditer(before):
        pass
    if last and not re.search(r"[.!?]\s", before[last.end() :]):
        start = ctx.before_start + last.end()
        return make_speaker(text, start, _np_end(text, start, ctx.open_mark), "according_to", last.group(1).strip(), 0.9)
    return None


def _mention_kind(text: str, span: tuple[int, int]) -> SpeakerKind:
    """The kind of speaker a noun phrase would be (UNKNOWN when it could speak for nobody)."""
    speaker = make_speaker(text, span[0], span[1], "", "", 0.0)
    return speaker.kind if speaker is not None else SpeakerKind.UNKNOWN


def _is_someone(text: str, span: tuple[int, int]) -> bool:
    """Whether a noun phrase names someone who can speak: a person, pronoun, body or source."""
    return _mention_kind(text, span) is not SpeakerKind.UNKNOWN


def _names_someone(text: str, span: tuple[int, int]) -> bool:
    """Whether a noun phrase names its speaker, as a name, pronoun or body does; "Trump's
    attorney" or "a spokesman" only describes one, so a name may follow as an appositive."""
    return _mention_kind(text, span) not in (SpeakerKind.UNKNOWN, SpeakerKind.ANONYMOUS, SpeakerKind.GROUP)


def _subject_before(text: str, clause_start: int, cue_start: int) -> tuple[int, int, str] | None:
    """The subject of a cue verb: the noun phrase right before it, across an appositive
    or relative clause set off by commas ("Frank Mora, who served as …, described")."""
    start, end = _strip_between_words(text, clause_start, cue_start)
    segment = text[start:end]
    if not segment.strip():
        return None
    who = re.search(r",\s+(who|whom)\b[^,;:]*$", segment)
    if who:
        # "Marco Rubio, who he dubbed …": a subject after the relative pronoun is the speaker
        rest = np_left(text, start + who.end(1), end)
        if rest and text[start + who.end(1) : rest[0]].strip() == "":
            return rest[0], rest[1], ""
    if who and who.group(1) == "who":
        # "Mr. Sanders, who said …": the relative pronoun is the mention.
        return start + who.start(1), start + who.end(1), ""
    separated = re.sub(r"\s[—–]\s|\s--\s", lambda m: " " * (len(m.group()) - 2) + ", ", segment)
    if separated.rstrip().endswith(",") and separated.count(",") >= 2:
        # "NAME, appositive, said" (or dashes): the subject ends at the first top-level comma
        # whose left side ends in a noun phrase; everything up to the verb is its role.
        parts = _top_level_commas(separated)
        while len(parts) > 2 and _is_introductory(segment[parts[0][0] : parts[0][1]]):
            parts = parts[1:]  # "Worried by the flooding in Ohio, Senator Ann Voss, the committee chair, said"
        if len(parts) == 2 and (segment[parts[0][0] : parts[0][1]].split()[:1] or [""])[0].lower() in PREPOSITIONS - {"as", "like"}:
            # "In a pitch to farmers, Gov. Lee Dunmore is running an ad that …
            # contrasts Christianity with homosexuality, vows to end …": a list of verbs, no appositive
            return None
        for k, (a, b) in enumerate(parts[:-1] if len(parts) > 1 else parts):
            np = np_left(text, start + a, start + b)
            if np and k + 1 < len(parts) and not _names_someone(text, np):
                # "Trump's attorney, Alan Garten, said": the description, then the name (the
                # whole of the part after the comma)
                named = np_left(text, start + parts[k + 1][0], start + parts[k + 1][1])
                if named and _is_someone(text, named) and not text[start + parts[k + 1][0] : named[0]].strip():
                    return np[0], named[1], ""
            if np:
                role = segment[b:].strip(" ,")
                role = re.sub(r"^(?:who|which)\s+(?:is|was|has been|had been|served|serves)\s+(?:as\s+)?", "", role)
                return np[0], np[1], role
        return None
    np = np_left(text, start, end)
    return (np[0], np[1], "") if np else None


def _is_introductory(phrase: str) -> bool:
    """A phrase before the subject that introduces the clause: it opens with a preposition
    or subordinator ("In Nevada", "After the vote") or a participle ("Alarmed by …",
    "Speaking to reporters")."""
    first = (phrase.split()[:1] or [""])[0].lower()
    return first in PREPOSITIONS | CLAUSE_OPENERS or (first.isalpha() and first.endswith(("ed", "ing")) and len(first) > 4)


# Lower-case words that end a subject noun phrase on its left ("…, adding that it’s why
# Donald Trump says" -> "Donald Trump").
NP_LEFT_STOPS = {
    "that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "if", "when", "where",
    "why", "how", "what", "because", "as", "while", "since", "though", "although", "so",
    "than", "then", "to", "is", "was", "are", "were", "be", "been", "being", "has", "have",
    "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does",
    "did", "not", "also", "there", "here", "said", "says", "says,", "about", "into",
    "after", "before", "during", "until", "unless", "whether", "even", "just", "only",
    "once", "now", "later", "yet", "still", "again", "told", "asked", "by", "like",
}
NP_INNER = {"of", "for", "at", "from", "in", "on", "with", "to"}
MAX_NP_WORDS = 12
SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"}


def np_left(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that ends at END, read leftwards from it no further than LO.

    Stops at punctuation and at function words that cannot be inside a subject; keeps
    determiners, numbers, adjectives, possessives and capitalised names. A phrase must begin
    with a capital, a determiner, a number, a possessive or be a pronoun."""
    lex = load_lexicon()
    segment = text[lo:end]
    stripped = segment.rstrip(" ,")
    tokens = list(re.finditer(r"[^\s,;:()\"“”—–]+", stripped))
    if not tokens or re.search(r"[,;:()\"“”—–]\s*$", stripped[tokens[-1].end() :] or ""):
        return None
    if stripped[tokens[-1].end() :].strip():
        return None
    first = len(tokens)
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].group()
        low = word.lower()
        gap = stripped[tokens[i].end() : tokens[i + 1].start()] if i + 1 < len(tokens) else ""
        if gap.strip():
            break  # punctuation between words ends the phrase
        # "Will" or "Read" capitalised before the verb is a surname, not a modal, mid-sentence
        # or before a past tense ("Will described Trump as …")
        past_tense_follows = re.match(r"\s*[a-z]+ed\b", text[end:]) is not None
        name_like = word[:1].isupper() and (i > 0 or past_tense_follows) and i == len(tokens) - 1
        noun = i > 0 and tokens[i - 1].group().lower() in lex.determiners  # "the note says": a cue word as a noun
        if (low in NP_LEFT_STOPS or (low in lex.cues and not noun)) and not name_like:
            break  # ("Will" or "Read" at the end, capitalised mid-sentence, is a surname, not a verb)
        if low in NP_INNER and (i == len(tokens) - 1 or i == 0):
            break
        if len(tokens) - i > MAX_NP_WORDS:
            break
        first = i
        if low in lex.determiners and low not in {"one", "two", "both", "some", "several", "many", "other"}:
            if i >= 2 and tokens[i - 1].group().lower() in NP_INNER and tokens[i - 2].group().lower() not in NP_LEFT_STOPS | lex.cues:
                continue  # "the nominee for the Nov. 8 election": a prepositional phrase inside the subject
            break  # "a", "the" start the phrase
    if first == len(tokens):
        return None
    if tokens[-1].group().lower() in SUBJECT_PRONOUNS:
        return lo + tokens[-1].start(), lo + tokens[-1].end()  # "a military fight he called": the pronoun is the subject
    # A phrase may not begin with a preposition or a lower-case word that is not a determiner
    # or number: drop such words from the left ("hungry for what she" never gets here).
    while first < len(tokens):
        word = tokens[first].group()
        low = word.lower()
        bare_source = low in lex.anonymous_heads | lex.group_heads  # "experts describe", "officials said"
        if word[:1].isupper() or word[:1].isdigit() or low in lex.determiners or low in COUNT_WORDS or low in lex.pronoun_gender or bare_source:
            break
        first += 1
    if first == len(tokens):
        return None
    if first > 0 and tokens[first - 1].group().lower() in NP_INNER | {"about", "into", "after", "before", "during", "over", "than", "like", "against"}:
        # "in the past described": the object of a preposition is no subject; but "In a
        # Bloomberg interview Trump declared": a name after the phrase's lower-case noun is
        names = len(tokens)
        while names > first + 1 and tokens[names - 1].group()[:1].isupper():
            names -= 1
        noun_before = tokens[names - 1].group()
        if names < len(tokens) and noun_before.islower() and noun_before not in NP_INNER | NP_LEFT_STOPS | PREPOSITIONS | lex.determiners | lex.cues:
            return lo + tokens[names].start(), lo + tokens[-1].end()
        return None
    return lo + tokens[first].start(), lo + tokens[-1].end()


def _top_level_commas(segment: str) -> list[tuple[int, int]]:
    """Comma-separated parts, ignoring commas inside parentheses."""
    parts, depth, last = [], 0, 0
    for i, ch in enumerate(segment):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            parts.append((last, i))
            last = i + 1
    parts.append((last, len(segment)))
    return [(a, b) for a, b in parts if segment[a:b].strip()] or [(0, len(segment))]


def sieve_leading(ctx: QuoteContext) -> Speaker | None:
    """A cue verb before the quote in the same sentence ("Smith said:", "Trump wrote on
    Truth Social:", "Mora described Rodriguez as “…”", "the official stated that “…”")."""
    text = ctx.text
    lo = max(ctx.before_start, ctx.sentence_start)
    before = text[lo : ctx.open_mark]
    cues = [m for m in cue_re().finditer(before) if _looks_like_cue(before, m)]
    if not cues:
        return None
    # "Marsh wants the files released — even the ones the agency now says
    # are “classified”": a cue in the quote's own clause (after a dash or semicolon) outranks
    # the cues of clauses before it
    own_clause = re.search(r"(?:;\s+|\s[—–]\s|\s--\s)(?!.*(?:;\s|\s[—–]\s|\s--\s))", before)
    if own_clause and any(m.start() >= own_clause.end() for m in cues):
        cues = [m for m in cues if m.start() >= own_clause.end()]
    # A quote introduced by "X said:" / "X said," belongs to the nearest cue; a quote set
    # inside a sentence belongs to its first reporting verb ("X stated that the US maintains
    # “…”"); either way a cue without a subject of its own gives way to the next one.
    lead_in = re.search(r"[,:]\s*$", before) is not None
    inverted = _cue_then_subject(ctx, lo + cues[-1].end(), cues[-1].group(1))
    if lead_in and cues[-1].group(1) in INVERTIBLE_CUES and inverted is not None and inverted.kind is SpeakerKind.NAMED:
        # "Because of how Democrats crafted the schedule, explained Rosenberg, “…”": a name
        # between the last cue and the quote is its subject, whatever precedes the cue
        # (not after "told"/"asked": the name there is the listener).
        return inverted
    for cue in reversed(cues) if lead_in else cues:
        clause_start = lo + _clause_start(before[: cue.start()])
        word_before = before[: cue.start()].split()[-1:] or [""]
        progressive = word_before[0].lower() in AUXILIARIES  # "Trump is insisting": a finite verb
        if cue.group(1).lower().endswith("ing") and not progressive:
            # "…took a heckler in stride, saying …": a participle's subject is the subject of
            # the main clause, or the noun right before it after "with" ("with both leaders
            # affirming …").
            speaker = _participle_subject(text, clause_start, lo + cue.start(), cue.group(1))
            opening = max(ctx.sentence_start, ctx.paragraph_start)
            if speaker is None and clause_start == ctx.before_start > opening and text[opening] not in "\"“'‘":
                # an earlier quote in the sentence ("visited NBC’s “Today” to discuss …,
                # saying"): the clause's subject stands before it
                speaker = _participle_subject(text, opening, lo + cue.start(), cue.group(1))
            if speaker:
                return speaker
            continue
        found = _subject_before(text, clause_start, lo + cue.start())
        if not found and word_before[0].lower() in {"and", "but"}:
            # "Reid caucused in Nevada and says he voted “uncommitted”": a second verb shares
            # the clause's subject.
            # After an earlier quote ("She declared “…” and said …") the clause began before it.
            subject_from = max(ctx.sentence_start, ctx.paragraph_start) if clause_start == ctx.before_start else clause_start
            speaker = _main_subject(text, subject_from, lo + cue.start(), cue.group(1), "leading_cue_coordinated", 0.7, vouched=True)
            if speaker is None:
                # "The jabs grew sharper, as when Ortega mocked Lind on
                # taxes and called her a “centrist”": no main subject speaks; the clause's does
                speaker = _clause_subject(text, subject_from, lo + cue.start())
                speaker = speaker and replace(speaker, method="leading_cue_coordinated", cue=cue.group(1))
            if speaker:
                return speaker
            continue
        if not found and lead_in and word_before[0].lower() == "to" and not OBJECT_CONTROL.search(before[: cue.start()]):
            # "Auerbach went so far as to say: “…”", "Trump took to Twitter to say, “…”": the
            # infinitive's subject is the clause's (not after "asked her to say", where the
            # object speaks)
            speaker = _main_subject(text, clause_start, lo + cue.start(), cue.group(1), "leading_cue_infinitive", 0.75, vouched=True)
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
        if speaker and speaker.kind is not SpeakerKind.UNKNOWN:
            return speaker
    return inverted


# Verbs whose object, not their subject, does what a following infinitive says ("asked
# her to say", "urged Mora to explain").
OBJECT_CONTROL = re.compile(
    r"\b(?:ask|asks|asked|tell|tells|told|urge|urges|urged|invite|invites|invited|encourage|encouraged|"
    r"allow|allowed|force|forced|want|wants|wanted|expect|expected|get|got|let|challenge|challenged|"
    r"dare|dared|press|pressed|call\s+on|called\s+on|persuade|persuaded)\s+(?!to\b)\w+"
)


# Cues that take no object, so a name right after them is their inverted subject.
INVERTIBLE_CUES = {
    "said", "says", "added", "adds", "explained", "explains", "wrote", "writes", "continued",
    "noted", "observed", "recalled", "argued", "insisted", "stated", "declared", "remarked",
    "replied", "responded", "countered", "concluded", "warned", "cautioned", "quipped", "joked",
}


def _cue_then_subject(ctx: QuoteContext, after_cue: int, cue: str) -> Speaker | None:
    """Cue then subject before the quote: "said Smith: “…”" / "Added the official, “…”"."""
    text = ctx.text
    np_end = _np_end(text, after_cue, ctx.open_mark)
    words = text[after_cue:np_end].split()
    starts_well = bool(words) and (words[0][:1].isupper() or words[0].lower() in load_lexicon().determiners)
    if starts_well and len(words) <= 8 and re.fullmatch(r"\s*[,:]\s*", text[np_end : ctx.open_mark]):
        return make_speaker(text, after_cue, np_end, "leading_cue_subject", cue, 0.8)
    return None


# Verbs that give something a name; in the passive they report no speaker of their own.
NAMING_VERBS = {"called", "dubbed", "named", "titled", "labeled", "labelled", "branded", "described", "termed", "known"}


def _looks_like_cue(before: str, m: re.Match) -> bool:
    """Speech verbs are cues, except a capitalised verb-looking word inside a name
    ("Says" in a title) or "said" as an adjective ("the said report")."""
    word = m.group(1)
    if m.start() > 0 and before[m.start() - 1] in "-‐":
        return False  # "so-called" is no cue
    line = before[before.rfind("\n") + 1 :]
    if word[0].isupper() and _is_title_case_line(line):
        return True  # "At A Goldman Summit, Hillary Clinton Said …": a headline-case line
    if word[0].isupper() and m.start() > 0 and before[m.start() - 2 : m.start()].strip() not in {"", ".", "“", '"'}:
        return False
    prev = before[: m.start()].rstrip().split()[-1:] or [""]
    if word.lower() in NAMING_VERBS and prev[0].lower() in {"is", "was", "are", "were", "be", "been", "being"}:
        return False  # "is called “No Respite”", "has been called “strategic ambiguity” by …": a name, not speech
    if word.lower() in load_lexicon().base_verbs:
        # "critics call", "they say", "would tell": a base form is a verb only after a plural
        # or pronoun subject, a modal or "to"; "the same call" is a noun.
        p = prev[0].lower()
        return p in {"they", "we", "i", "you", "to", "would", "will", "could", "should", "might", "may", "can", "did", "do", "must"} or (p.endswith("s") and not p.endswith("ss") and p not in {"is", "was", "has", "his", "its", "this", "us", "as"})
    return not _names_a_noun(prev[0])


# Adjectives that make the speech word after them a noun ("his recent remarks").
NOUN_ADJECTIVES = {
    "recent", "latest", "own", "previous", "repeated", "controversial", "past", "new",
    "public", "private", "infamous", "frequent", "such", "common", "similar",
}
# Articles and possessives: a speech word right after one is a noun ("the note", "his remarks");
# after "some", "another" or a number it is a verb ("Another tweeted").
NOUN_DETERMINERS = {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your"}


def _names_a_noun(word_before: str) -> bool:
    """Whether the word before a speech word makes it a noun ("the note", "his recent
    remarks", "many of the states")."""
    return word_before.lower() in NOUN_DETERMINERS | NOUN_ADJECTIVES


def _clause_start(before_cue: str) -> int:
    """Offset in BEFORE_CUE where the clause holding the cue starts: after the last
    semicolon, dash, colon or parenthesis (the caller starts at the sentence start)."""
    cut = 0
    for m in re.finditer(r";\s+|\s[—–-]\s|\s--\s|:\s+|\(\s*", before_cue):
        if m.group().startswith("(") and ")" in before_cue[m.end() :]:
            continue  # a closed parenthesis ("Sen. Bernie Sanders (I-Vt.) visited") is inside the clause
        cut = m.end()
    return cut


def sieve_colon_lead_in(ctx: QuoteContext) -> Speaker | None:
    """"NAME: “…”" headline style, or a previous paragraph that ends with a colon lead-in
    ("Breitbart News responded:")."""
    text = ctx.text
    before = ctx.before
    m = re.search(r"(?:^|[.!?]\s+|\s[-–—]\s+)([A-Z][^:.!?\"“”\-–—]{1,60}?):\s*$", before)
    if m and ctx.before_start == ctx.paragraph_start and m.group(1).lower() not in load_lexicon().line_labels:
        start, end = ctx.before_start + m.start(1), ctx.before_start + m.end(1)
        if _is_a_clause(m.group(1)):
            # "The judge then turned to the defendant:": the clause's subject, where it has one
            speaker = _main_subject(text, start, end, ":", "colon_sentence_subject", 0.7, vouched=True)
            if speaker:
                return speaker
        return make_speaker(text, start, end, "colon_lead_in", ":", 0.8)
    if re.search(r":\s*$", before):
        # "Jeb Bush sent a message to the Dutch newspaper NRC Handelsblad: “…”": with no
        # speech verb, a colon lead-in still hands the quote to the sentence's subject.
        start = max(ctx.sentence_start, ctx.paragraph_start, ctx.before_start)
        speaker = _main_subject(text, start, ctx.open_mark, ":", "colon_sentence_subject", 0.7)
        if speaker:
            return speaker
    if ctx.before.strip():
        return None
    prev_end = ctx.paragraph_start - 1
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    if prev_end > 0 and text[prev_end - 1] == ":":
        prev_start = text.rfind("\n", 0, prev_end) + 1
        sentence_start = prev_start
        for s in SENTENCE_END.finditer(text, prev_start, prev_end):
            sentence_start = s.end()
        lead = text[sentence_start : prev_end - 1]
        cues = list(cue_re().finditer(lead))
        if not cues:
            # "President Clinton released the following statement:" with no speech verb
            return _main_subject(text, sentence_start, prev_end - 1, ":", "colon_previous_paragraph", 0.7)
        if cues[-1].group(1).lower().endswith("ing"):
            # "President Trump went further than Republicans Thursday, tweeting:": a
            # participle's subject is the clause's subject, not the noun before it
            return _participle_subject(text, sentence_start, sentence_start + cues[-1].start(), cues[-1].group(1))
        if cues:
            found = _subject_before(text, sentence_start + _clause_start(lead[: cues[-1].start()]), sentence_start + cues[-1].start())
            if found:
                return make_speaker(text, found[0], found[1], "colon_previous_paragraph", cues[-1].group(1), 0.8, found[2])
    return None


def _is_a_clause(phrase: str) -> bool:
    """"The judge then turned to the defendant:" has a verb, so it is a sentence whose
    subject may speak, not a "NAME:" label that is the speaker itself."""
    words = phrase.split()
    return any(w.islower() and (w.endswith("ed") or w in AUXILIARIES or w in load_lexicon().cues) for w in words[1:])


def sieve_dash(ctx: QuoteContext) -> Speaker | None:
    """"“…” - Commissioner Jane Doe": a dash and a name right after the closing mark."""
    m = re.match(r"^[.,]?\s*[-–—]{1,2}\s*(?=[A-Z])", ctx.after)
    if m:
        start, limit = ctx.close_mark_end + m.end(), ctx.after_end
    else:
        # the quote ends its paragraph and the next one is just "- Bernie Sanders."
        if ctx.after.strip():
            return None
        line = re.match(r"\s*\n\s*([-–—]{1,2}\s*)(?=[A-Z])([^\n]{1,100})(?:\n|$)", ctx.text[ctx.after_end :])
        if not line or len(line.group(2).split()) > 12:
            return None
        start, limit = ctx.after_end + line.start(2), ctx.after_end + line.end(2)
    end = _np_end(ctx.text, start, limit)
    speaker = make_speaker(ctx.text, start, end, "dash", "-", 0.75)
    return speaker if speaker and speaker.kind is SpeakerKind.NAMED else None


def sieve_headline_colon(ctx: QuoteContext) -> Speaker | None:
    """Headline style "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP": a short
    name and a colon open the line, and every quote on that line is the name's."""
    line = ctx.text[ctx.paragraph_start : ctx.open_mark]
    m = re.match(r"([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}):\s", line)
    if not m or m.group(1).lower() in load_lexicon().line_labels:
        return None  # "Updated: …" labels the page
    speaker = make_speaker(ctx.text, ctx.paragraph_start + m.start(1), ctx.paragraph_start + m.end(1), "headline_colon", ":", 0.75)
    return speaker if speaker and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION) else None


def sieve_previous_paragraph(ctx: QuoteContext) -> Speaker | None:
    """A paragraph that opens with a quote and carries no attribution continues the
    paragraph before it: the subject of that paragraph's last speech verb speaks."""
    if ctx.before.strip() or ctx.paragraph_start < 2:
        return None
    text = ctx.text
    prev_end = ctx.paragraph_start - 1
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    prev_start = text.rfind("\n", 0, prev_end) + 1
    paragraph = text[prev_start:prev_end]
    if re.search(r"[\"“”]", paragraph[-3:]):
        return None  # it ended with a quote: the inheritance rule decides
    return _last_reporter(text, prev_start, prev_end, "previous_paragraph")


def _last_reporter(text: str, start: int, end: int, method: str, participles: bool = True) -> Speaker | None:
    """The subject of the last speech verb in text[start:end], the reporting that a
    following unattributed quote most likely continues."""
    span = text[start:end]
    for cue in reversed(list(cue_re().finditer(span))):
        if not _looks_like_cue(span, cue) or (not participles and cue.group(1).endswith("ing")):
            continue
        sentence_start = start
        for m in SENTENCE_END.finditer(text, start, start + cue.start()):
            sentence_start = m.end()
        found = _subject_before(text, sentence_start + _clause_start(text[sentence_start : start + cue.start()]), start + cue.start())
        if found:
            speaker = make_speaker(text, found[0], found[1], method, cue.group(1), 0.6, found[2])
            if speaker and speaker.kind is not SpeakerKind.UNKNOWN:
                return speaker
        break
    return None


def _participle_subject(text: str, clause_start: int, cue_start: int, cue: str) -> Speaker | None:
    """The subject of "…, saying": a name right before the participle ("Lind saying she felt
    “quite hopeful” and Ortega calling it a “fine talk”"), the noun after "with"
    ("with both leaders affirming …"), or the main clause's subject."""
    # (the name opens an absolute phrase: after a dash, comma or "and", not "on Tuesday saying")
    named = re.search(rf"(?:^|[,;–—]|\band)[ \t]*((?:{_CAP}[ \t]+)*{_CAP})[ \t]+$", text[clause_start:cue_start])
    if named and not _is_title_case_line(text[clause_start:cue_start]):
        speaker = make_speaker(text, clause_start + named.start(1), clause_start + named.end(1), "leading_cue_participle", cue, 0.75)
        if speaker and speaker.kind is SpeakerKind.NAMED and speaker.mention.split()[0].lower() not in PREPOSITIONS | CLAUSE_OPENERS:
            return speaker
    with_np = re.search(r"\bwith\s+((?:[\w’'\-\.]+\s+){0,4}?[\w’'\-\.]+)\s+$", text[clause_start:cue_start])
    if with_np:
        a = clause_start + with_np.start(1)
        speaker = make_speaker(text, a, clause_start + with_np.end(1), "leading_cue_participle", cue, 0.75)
        if speaker and speaker.kind is not SpeakerKind.UNKNOWN:
            return speaker
    return _main_subject(text, clause_start, cue_start, cue, vouched=True)


def _main_subject(text: str, start: int, limit: int, cue: str, method: str = "leading_cue_participle", confidence: float = 0.75, vouched: bool = False) -> Speaker | None:
    """The subject at the start of a clause, before or after an introductory phrase ("On
    Friday, …", "Subsequent to the US assault, …"): a pronoun, a person's name (as the
    article names people) or an unnamed source ("a senior aide")."""
    # After up to three introductory phrases ("When asked about it, at a rally, Mrs. Clinton
    # said"), or at the clause start itself.
    window = text[start : min(limit, start + 220)]
    # A lower-case subject after a comma only follows an introductory phrase ("In August,
    # several environmental groups …", "Likewise, a paper …", "Reprising one of her lines,
    # the former secretary of state …"); elsewhere it is an appositive ("Fiorina, a first-time
    # chief executive, was").
    first = (window.split()[:1] or [""])[0].lower().strip(",")
    opens_with_phrase = first in PREPOSITIONS | CLAUSE_OPENERS | WEEKDAYS or first.endswith(("ing", "ly"))
    lower_subject = r"|a|an|the|one|two|some|several|many|both" if opens_with_phrase else ""
    starts = [start + m.end() for m in re.finditer(rf",[ \t]+(?=[A-Z]|(?:he|she|they|we|I{lower_subject})\b)", window)][:3]
    for begin in [*starts, start]:
        speaker = _subject_at(text, begin, limit, cue, method, confidence, vouched)
        if speaker:
            return speaker
    return None


_CAP = r"[A-Z][\w’'\-\.]*"
# A subject name: capitalised words (with "of", "de" …), an optional party tag "(R-S.C.)",
# then the verb in lower case, or an appositive or aside set off by a comma ("Marco Rubio,
# after pushing out a video …, revamped").
_SUBJECT_END = r"(?:[ \t]*\([A-Z][\w.\-]*\)|,[ \t]+[RDI]-[A-Z][\w.]*,)?(?=[ \t]+[a-z]|,[ \t]+(?:a|an|the|who|after|before|while|in|on|at|\w+ing)\b)"
NAME_SUBJECT = rf"((?:{_CAP}|of|the|de|van|von)(?:[ \t]+(?:{_CAP}|of|the|de|van|von))*){_SUBJECT_END}"
MODIFIED_NAME_SUBJECT = rf"((?:{_CAP}[ \t]+){{0,2}}(?:[a-z][\w’'\-]*[ \t]+){{1,3}}{_CAP}(?:[ \t]+{_CAP})+){_SUBJECT_END}"


def _name_subject_ok(name: str, after: str) -> bool:
    """A capitalised run is a subject name unless it opens with a preposition ("In the town
    …", "Outside the Clinton campaign"), ends on a connective ("At the"), or is "The" and a
    modifier before a lower-case noun ("The Florida senator likes": the phrase goes on)."""
    words = name.split()
    if words[0].lower() in PREPOSITIONS or words[-1] in {"of", "the", "de", "van", "von"}:
        return False
    if words[0] in ("The", "the", "A", "An"):  # "A White House official said": the phrase goes on
        following = re.match(r"[ \t]*([a-z][\w’'\-]*)", after)
        return bool(following) and (following.group(1) in PREDICATE_STARTS or re.fullmatch(r"[a-z]+(?:ed|s)", following.group(1)) is not None)
    return True


def _subject_at(text: str, start: int, limit: int, cue: str, method: str, confidence: float, vouched: bool = False) -> Speaker | None:
    """The subject that opens a clause at START. VOUCHED: a speech verb of the clause
    ("…, saying") vouches that the subject speaks, so any noun phrase may be it ("The
    retired neurosurgeon has provided no details, saying …"); without one, only a noun that
    names people or a body may."""
    lead = re.match(r"[ \t]*(?:(?:But|And|Yet|So|Still|Then|Now|Also)[ \t]+)?", text[start:limit])
    start += lead.end()
    m = re.match(r"(?:he|she|they|we|I|He|She|They|We)\b", text[start:limit])
    if vouched and not m:
        # "It goes on to fault …, saying": a document or body, unless "it" is a dummy subject
        m = re.match(r"(?:it|It)\b(?![ \t]+(?:is|was|has been|had been|seems|seemed|remains|appears|appeared|would|will|could|may|might)\b)(?!’s|'s)", text[start:limit])
    if m:
        return make_speaker(text, start, start + m.end(), method, cue, confidence)
    line_end = text.find("\n", start)
    line = text[start : line_end if line_end >= 0 else len(text)]
    headline = _is_title_case_line(line)
    opener = re.match(r"([A-Z][a-z]+)[ \t]+(?=[A-Z])", text[start:limit])
    if opener and opener.group(1).lower() in OPENERS:
        start += opener.end()  # "While Mr. Ryan, representing …": the name follows the opener
    m = re.match(MODIFIED_NAME_SUBJECT, text[start:limit])
    modifiers = m.group(1).split()[:-2] if m else []
    if m and not headline and not any(w.lower() in OPENERS | NP_LEFT_STOPS or (w.endswith("ed") and w != "retired") for w in modifiers):
        # "Republican presidential front-runner Donald Trump defended …", "Clinton press
        # secretary Brian Fallon issues …": lower-case modifiers before a full name belong
        # to the subject (tried first: the bare "Clinton" would end at "press").
        speaker = make_speaker(text, start, start + m.end(1), method, cue, confidence)
        if speaker and speaker.kind is SpeakerKind.NAMED:
            return speaker
    m = re.match(NAME_SUBJECT, text[start:limit])
    if m and not _name_subject_ok(m.group(1), text[start + m.end() : limit]):
        m = None
    if m and not headline and not m.group(1).isupper() and not re.match(r"[A-Z][a-z]+(?:ing|ed)\b", m.group(1)):
        speaker = make_speaker(text, start, start + m.end(1), method, cue, confidence)
        # a title ("President Clinton") makes a single name a person as surely as repetition;
        # so does a speech verb whose subject it is ("Republicans … seized on it, arguing"),
        # when the verb follows the name (not an aside: "Aspen, Colo., the graduate …")
        verb_follows = re.match(r"[ \t]+[a-z]", text[start + m.end(1) : limit]) is not None
        vouched_kinds = (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION, SpeakerKind.GROUP)  # "Republicans … seized"
        if speaker and vouched and verb_follows and speaker.kind in vouched_kinds:
            return speaker
        if speaker and speaker.kind in (SpeakerKind.NAMED, SpeakerKind.ORGANIZATION) and (_known_name(text, speaker.name) or speaker.role):
            return speaker
    np_end = _determiner_subject_end(text, start, limit)
    if np_end:
        speaker = make_speaker(text, start, np_end, method, cue, confidence)
        lex = load_lexicon()
        known_heads = lex.anonymous_heads | lex.group_heads | lex.organization_heads | lex.person_heads
        # Without a speech verb to vouch for it, only a noun that names people or a body
        # can be a subject that speaks ("a senior aide", not "the headline of the piece").
        if speaker and speaker.kind is not SpeakerKind.UNKNOWN and (vouched or _head_noun(speaker.mention.lower().split()) in known_heads):
            return speaker
    if vouched:
        # "Ryan’s campaign shrugged off …, telling reporters": a name's campaign, office or aide
        m = re.match(rf"{_CAP}(?:[ \t]+{_CAP})*(?:’s|'s)(?:[ \t]+[a-z][\w\-]*){{1,3}}?(?=[ \t]+(?:has|have|had|is|was|were|are|[a-z]+ed|[a-z]+s)\b)", text[start:limit])
        speaker = make_speaker(text, start, start + m.end(), method, cue, confidence) if m else None
        if speaker and speaker.kind is not SpeakerKind.UNKNOWN:
            return speaker
    return None


# Words that follow a subject noun phrase and begin its predicate for certain: auxiliaries,
# adverbs set between subject and verb, and common irregular past tenses.
PREDICATE_STARTS = {
    "who", "said", "told", "has", "have", "had", "is", "was", "were", "are", "will", "would",
    "can", "could", "should", "may", "might", "must", "did", "does", "also", "then", "later",
    "now", "still", "already", "recently", "once", "again", "never", "left", "took", "made",
    "went", "gave", "sent", "wrote", "spoke", "began", "came", "kept", "held", "found",
    "brought", "thought", "felt", "stood", "saw", "won", "lost", "put", "set", "met", "paid",
    "led", "got", "heard", "sold", "spent", "built", "fought", "drew", "knew", "threw", "chose",
    "struck", "became", "sought", "tried", "applied", "replied", "denied", "cried",
}


def _determiner_subject_end(text: str, start: int, limit: int) -> int | None:
    """End of a subject noun phrase opened by a determiner at START ("The retired
    neurosurgeon has …", "several environmental groups granted …", "an angry army of HP
    workers and retirees had …"): the first word that certainly starts a predicate (an
    auxiliary, a past tense) ends it; failing that, the first word ending in -s, which may
    be a verb or a plural noun."""
    words = list(re.finditer(r"(?:[A-Z]\.){2,}|[\w’'\-]+|[^\w\s]", text[start:limit]))
    if not words or words[0].group().lower() not in {"a", "an", "the", "one", "two", "some", "several"}:
        return None
    weak = None
    for i in range(1, min(len(words) - 1, 9)):
        nxt = words[i + 1].group()
        if not re.fullmatch(r"(?:[A-Z]\.){2,}|[\w’'\-]+", words[i].group()):
            break
        if nxt == "," and weak is None:
            return start + words[i].end()  # "The Clinton campaign, in a Q&A on …, worded": an aside follows
        if text[start + words[i].end() : start + words[i + 1].start()] not in (" ", "\t"):
            break  # punctuation or a line break ends the phrase
        if nxt in PREDICATE_STARTS or re.fullmatch(r"[a-z]+ed", nxt):
            return start + words[i].end()
        if weak is None and re.fullmatch(r"[a-z]+s", nxt) and not nxt.endswith("ss"):
            weak = start + words[i].end()
        if nxt.lower() in NP_LEFT_STOPS - {"by"}:
            break
    return weak


def _is_title_case_line(line: str) -> bool:
    """A headline line ("Glenn Beck Quotes Bible to Encourage Indiana…"): capitalised
    words cannot mark where a name ends there."""
    from quoteaudit.extract.quotes import WORD_RE, is_title_case

    words = [w for w in WORD_RE.findall(line) if w[:1].isalpha()]
    return len(words) >= 4 and is_title_case(words)


def _known_name(text: str, name: str) -> bool:
    """A capitalised subject counts as a person or body when the article uses it more
    than once or gives it in full: "Labor market conditions" at a sentence start does not."""
    words = name.split()
    if len(words) >= 2:
        return True
    return len(re.findall(r"\b" + re.escape(words[0]) + r"\b", text)) >= 2 and words[0].lower() not in NP_LEFT_STOPS


def sieve_sentence_subject(ctx: QuoteContext) -> Speaker | None:
    """Last resort for a quote of two words or more inside a sentence with no speech verb
    next to it: the sentence's subject, when it is a person, pronoun or source ("Clinton
    decried the GOP for “turning its back”"). News rarely quotes words nobody said."""
    if len(ctx.quote.text.split()) < 2:
        return None
    start = max(ctx.sentence_start, ctx.paragraph_start, ctx.before_start)
    nearest = _clause_subject(ctx.text, start, ctx.open_mark)
    return nearest or _main_subject(ctx.text, start, ctx.open_mark, "", "sentence_subject", 0.5)


def _clause_subject(text: str, start: int, limit: int) -> Speaker | None:
    """The subject of the subordinate or relative clause the quote stands in ("because
    they wanted to show that “…”", "Trump, who has postured himself as the “…”"): it is
    closer to the words than the sentence's main subject."""
    segment = text[start:limit]
    opener = re.compile(r"(?:^|[\s,—–(])(while|because|if|when|whenever|after|before|since|although|though|until|unless|whereas|who|which)\s+")
    for m in reversed(list(opener.finditer(segment))):
        at = start + m.end()
        fronted = segment[: m.start()].strip(" \t\"“”'") in ("", "And", "But", "So", "Yet")
        if "," in text[at:limit].rstrip(" ,:") or fronted:
            continue  # the clause closed before the quote, or it opens the sentence ("After X did Y, Z said")
        if m.group(1) in ("who", "which"):
            # the relative pronoun is the clause's subject when a verb follows it
            if re.match(r"(?:has|have|had|is|was|are|were|will|would|also|then|later|[a-z]+(?:ed|s))\b", text[at:limit]):
                return make_speaker(text, start + m.start(1), start + m.end(1), "clause_subject", "", 0.5)
            continue
        speaker = _subject_at(text, at, limit, "", "clause_subject", 0.5)
        if speaker is not None:
            return speaker
    return None


def sieve_previous_sentence(ctx: QuoteContext) -> Speaker | None:
    """A quote that makes a sentence of its own, right after a sentence of the same
    paragraph that reports someone's speech ("Trump isn't a conservative, he said. “He's a
    liberal!”"): the reporting sentence's speaker goes on speaking."""
    text = ctx.text
    if ctx.quote.kind is not QuoteKind.FULL or text[ctx.sentence_start : ctx.open_mark].strip():
        return None
    lo = max(ctx.paragraph_start, ctx.before_start)
    previous = text[lo : ctx.sentence_start]
    if not previous.strip() or re.search(r"[\"“”]\s*$", previous.rstrip(" .")):
        return None  # nothing before, or it ended with a quote: the inheritance rule decides
    sentence_start = lo
    for m in SENTENCE_END.finditer(text, lo, ctx.sentence_start - 1):
        sentence_start = m.end()
    return _last_reporter(text, sentence_start, ctx.sentence_start, "previous_sentence", participles=False)


SIEVES = (sieve_trailing, sieve_according_to, sieve_leading, sieve_colon_lead_in, sieve_dash, sieve_headline_colon)
# Weaker sieves run after a quote has failed to inherit a speaker from the quote before it.
LATE_SIEVES = (sieve_previous_paragraph, sieve_previous_sentence, sieve_sentence_subject)


# ---------------------------------------------------------------- parse-based sieve


def sieve_parse(ctx: QuoteContext, annotation: Annotation) -> Speaker | None:
    """With a dependency parse: the nominal subject of a speech verb whose clause holds the
    quote or sits right next to it. Expands the subject to its compound/flat/amod children
    so "U.S. President Donald Trump" comes whole."""
    cues = load_lexicon().cues
    for sentence in annotation.sentences:
        if sentence.end < ctx.open_mark - 1 or sentence.start > ctx.close_mark_end + 1:
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
                    if i not in keep and t.head is not None and t.head - 1 in keep and t.deprel in ("compound", "flat", "flat:name", "amod", "det", "nmod:poss", "case", "nummod"):
                        keep.add(i)
                        changed = True
            start = min(tokens[i].start for i in keep)
            end = max(tokens[i].end for i in keep)
            speaker = make_speaker(ctx.text, start, end, "parse_subject", verb.text, 0.97)
            if speaker:
                return speaker
    return None


# ---------------------------------------------------------------- orchestration


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _contexts(text: str, quotes: list[Quote], annotation: Annotation) -> list[QuoteContext]:
    contexts = []
    for i, q in enumerate(quotes):
        open_mark = q.start - 1 if q.repaired != "missing_open" and q.start > 0 else q.start
        while open_mark > 0 and text[open_mark].isspace():
            open_mark -= 1
        close_end = q.end + 1 if q.repaired != "missing_close" and q.end < len(text) else q.end
        if text[q.end : q.end + 2] == "''":
            close_end = q.end + 2
        while close_end < len(text) and text[close_end] in "'’\"”" and q.repaired != "missing_close":
            close_end += 1  # NYT triple marks, ’” : a nested quote closing with the outer one
        if q.start >= 2 and text[q.start - 2 : q.start] == "''":
            open_mark = q.start - 2
        while open_mark > 0 and text[open_mark - 1] in "\"“'‘" and q.repaired != "missing_open":
            open_mark -= 1  # doubled opening marks in copied text
        para_start = _paragraph_start(text, open_mark + 1 if open_mark < q.start else q.start)
        prev_end = max((p.end + 1 for p in quotes[:i] if p.end < q.start), default=0)
        before_start = max(para_start, prev_end)
        para_end = text.find("\n", close_end)
        para_end = len(text) if para_end < 0 else para_end
        next_start = min((p.start - 1 for p in quotes[i + 1 :] if p.start > q.end), default=len(text))
        after_end = min(para_end, next_start)
        sentence_start = max((s.start for s in annotation.sentences if s.start <= open_mark), default=para_start)
        sentence_start = max(sentence_start, para_start)
        sentence_end = min((s.end for s in annotation.sentences if s.end >= close_end), default=para_end)
        contexts.append(QuoteContext(text, q, open_mark, close_end, before_start, after_end, sentence_start, sentence_end, para_start))
    return contexts


def attribute(article: Article, annotation: Annotation, quotes: list[Quote]) -> list[Quote]:
    """Speakers for every quote, then within-article entity resolution and final kinds."""
    text = article.text
    contexts = _contexts(text, quotes, annotation)
    speakers: list[Speaker | None] = []
    for i, ctx in enumerate(contexts):
        speaker = sieve_parse(ctx, annotation) if annotation.has_parse else None
        for sieve in SIEVES:
            if speaker is not None:
                break
            speaker = sieve(ctx)
        if speaker is None and i > 0:
            speaker = _inherit(ctx, contexts[i - 1], speakers[i - 1])
        for sieve in LATE_SIEVES:
            if speaker is not None:
                break
            speaker = sieve(ctx)
        if speaker is None and i > 0:
            speaker = _discourse_speaker(ctx, contexts, speakers)
        speakers.append(speaker)
    speakers = [_with_entities(s, annotation) for s in speakers]
    speakers = resolve(text, speakers, [(q.start, q.end) for q in quotes])
    out = []
    for q, s in zip(quotes, speakers):
        kind = q.kind
        if kind is QuoteKind.FRAGMENT and s is None and _looks_like_a_name_for_something(text, q):
            kind = QuoteKind.SCARE  # “Never Trump”, the so-called “rebels”: words nobody said
        if kind in (QuoteKind.NICKNAME, QuoteKind.TITLE, QuoteKind.HEADLINE, QuoteKind.SCARE):
            s = s if kind is QuoteKind.HEADLINE else None
        out.append(replace(q, speaker=s, kind=kind))
    return out


def _looks_like_a_name_for_something(text: str, q: Quote) -> bool:
    """A short unattributed quote is a label, not speech, when it is title case (“Arab
    Spring”, “Gang of Eight”) or follows "so-called"; lower-case fragments are nearly
    always someone's words even when the speaker is not next to them."""
    from quoteaudit.extract.quotes import WORD_RE, is_title_case

    if re.search(r"(?i)so-called\s*\W?$", text[max(0, q.start - 12) : q.start]):
        return True
    words = WORD_RE.findall(q.text)
    return bool(words) and words[0][:1].isupper() and is_title_case(words)


ENTITY_KINDS = {"PERSON": SpeakerKind.NAMED, "ORG": SpeakerKind.ORGANIZATION, "NORP": SpeakerKind.GROUP, "GPE": SpeakerKind.ORGANIZATION}


def _with_entities(speaker: Speaker | None, annotation: Annotation) -> Speaker | None:
    """With NER, the entity inside a mention settles its kind and name: "Breitbart News"
    is an organisation, "Spokesman Jim Smith" is the person Jim Smith."""
    if speaker is None or not annotation.entities or speaker.kind in (SpeakerKind.PRONOUN, SpeakerKind.ANONYMOUS):
        return speaker
    inside = [e for e in annotation.entities if e.start >= speaker.mention_start and e.end <= speaker.mention_end and e.type in ENTITY_KINDS]
    if not inside:
        return speaker
    people = [e for e in inside if e.type == "PERSON"]
    entity = people[-1] if people else inside[-1]
    kind = ENTITY_KINDS[entity.type]
    name = entity.text if kind is SpeakerKind.NAMED else re.sub(r"^[Tt]he\s+", "", entity.text)
    return replace(speaker, kind=kind, name=name, method=speaker.method + "+ner")


def _discourse_speaker(ctx: QuoteContext, contexts: list[QuoteContext], speakers: list[Speaker | None]) -> Speaker | None:
    """A sentence-long quote that opens its sentence with no attribution anywhere near it
    continues the conversation: it goes to the last speaker quoted in this paragraph or the
    one before, the way news copy strings a speaker's remarks together."""
    if ctx.quote.kind is not QuoteKind.FULL or len(ctx.quote.text.split()) < 5:
        return None
    text = ctx.text
    if text[ctx.sentence_start : ctx.open_mark].strip(" \"“'‘"):
        return None  # the quote does not open its sentence
    earlier = [(c, s) for c, s in zip(contexts, speakers) if s is not None and c.quote.end < ctx.quote.start]
    if not earlier:
        return None
    prev_ctx, prev_speaker = earlier[-1]
    if text.count("\n\n", prev_ctx.close_mark_end, ctx.paragraph_start) + text.count("\n", prev_ctx.close_mark_end, ctx.paragraph_start) > 3:
        return None
    return replace(prev_speaker, method="discourse_previous", confidence=prev_speaker.confidence * 0.6)


def _inherit(ctx: QuoteContext, prev: QuoteContext, prev_speaker: Speaker | None) -> Speaker | None:
    """Where the last speaker carries over to a quote with no cue of its own:
    - a second quote in the same sentence ("described X as “…,” seeking to keep Cubans “…”");
    - the next quote in the same paragraph when all between them is the attribution of
      the first ("“…,” Barkley said. “This is …”");
    - a paragraph that is only a quote, following a paragraph whose quote had a speaker."""
    if prev_speaker is None:
        return None
    text = ctx.text
    gap = text[prev.close_mark_end : ctx.open_mark]
    same_paragraph = "\n" not in gap
    same_sentence = same_paragraph and not has_sentence_end(gap + " ") and not re.search(r"[.!?]\W*$", prev.quote.text)
    attribution_between = (
        same_paragraph
        and prev.close_mark_end <= prev_speaker.mention_start < ctx.open_mark
        and len(gap.split()) <= 25
    )
    quote_only_paragraph = (
        not ctx.before.strip()
        and ctx.open_mark - prev.close_mark_end < 600
        and not re.search(r"\n[^\n]*[A-Za-z][^\n]*\n", text[prev.close_mark_end : ctx.paragraph_start])
    )
    if same_sentence:
        how = "same_sentence"
    elif attribution_between:
        how = "after_attribution"
    elif quote_only_paragraph:
        how = "next_paragraph"
    else:
        return None
    return replace(prev_speaker, method="inherited_" + how, confidence=prev_speaker.confidence * 0.8)


# ---------------------------------------------------------------- entity resolution

NAME_IN_TEXT = re.compile(r"\b([A-Z][\w’'\-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][\w’'\-]+|de|da|del|van|von|bin|al|la|le|dos)){1,3})")


def people_in(text: str) -> list[tuple[str, int, str]]:
    """Full names (two or more capitalised words) in order of first mention, with the
    title words before them: the candidates a bare surname or pronoun may refer to."""
    lex = load_lexicon()
    seen: dict[str, tuple[str, int, str]] = {}
    for m in NAME_IN_TEXT.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if _is_title_case_line(text[line_start : line_end if line_end >= 0 else len(text)]):
            continue  # "Trump Declares …": in a headline every word is capitalised, names end nowhere
        name, role = split_name(m.group(1))
        parts = name.split()
        if len(parts) < 2 or any(p.lower() in lex.determiners for p in parts) or parts[0].lower() in CLAUSE_OPENERS:
            continue
        if name.isupper() or re.match(r"[A-Z][a-z]+(?:ing|ed)\b", name):
            continue  # headlines in capitals; "Disengaging Venezuela" starts a sentence, names nobody
        if any(p in lex.titles for p in parts[1:]):
            continue
        seen.setdefault(name, (name, m.start(), role))
    return list(seen.values())


def resolve(text: str, speakers: list[Speaker | None], quoted: list[tuple[int, int]]) -> list[Speaker | None]:
    """One name per person: surnames to the full name introduced first (or the one whose
    title matches the mention), pronouns to the nearest preceding named speaker of
    compatible gender, "the official"/"the same source" to the last anonymous speaker."""
    people = people_in(text)
    lex = load_lexicon()
    gender_of: dict[str, str] = {}
    out: list[Speaker | None] = []
    last_named: list[tuple[int, Speaker]] = []
    last_anonymous: Speaker | None = None
    for s in speakers:
        if s is None:
            out.append(None)
            continue
        if s.kind is SpeakerKind.NAMED:
            s = replace(s, name=_full_name(s, people))
            if not s.role:
                s = replace(s, role=next((r for n, _, r in people if n == s.name and r), ""))
            last_named.append((s.mention_start, s))
        elif s.kind is SpeakerKind.PRONOUN and lex.pronoun_gender.get(s.mention.lower()) == "relative":
            antecedent = _relative_antecedent(text, s.mention_start)
            if antecedent is not None:
                name = _full_name(antecedent, people) if antecedent.kind is SpeakerKind.NAMED else antecedent.name
                s = replace(s, name=name, role=s.role or antecedent.role)
        elif s.kind is SpeakerKind.PRONOUN:
            gender = lex.pronoun_gender.get(s.mention.lower(), "")
            candidate = _antecedent(text, s.mention_start, gender, last_named, people, gender_of, quoted)
            if candidate:
                gender_of.setdefault(candidate, gender)
                s = replace(s, name=candidate)
        elif s.kind is SpeakerKind.ANONYMOUS:
            if re.match(r"(?i)the (?:same )?(?:source|official|person|aide|spokesman|spokeswoman)\b", s.mention) and last_anonymous:
                s = replace(s, name=last_anonymous.name)
            else:
                last_anonymous = s
        out.append(s)
    return out


def _relative_antecedent(text: str, pos: int) -> Speaker | None:
    """What a relative "who" stands for: the noun phrase right before its comma
    ("Beck, who has in the past described …" -> Beck)."""
    comma = text.rfind(",", max(0, pos - 4), pos)
    if comma < 0:
        return None
    # a name may be the object of a preposition here ("steep for Mr. Sanders, who said")
    name = re.search(r"(?:[A-Z][\w’'\-\.]*\s+){0,4}[A-Z][\w’'\-\.]*$", text[max(0, comma - 80) : comma])
    np = (comma - len(name.group()), comma) if name else np_left(text, max(0, comma - 120), comma)
    return make_speaker(text, np[0], np[1], "relative", "", 0.0) if np else None


def _full_name(s: Speaker, people: list[tuple[str, int, str]]) -> str:
    parts = s.name.split()
    if len(parts) >= 2:
        return s.name
    matches = [(n, pos, role) for n, pos, role in people if n.split()[-1] == parts[0] or n.split()[0] == parts[0]]
    if not matches:
        return s.name
    title_words = set(s.role.split()) | set(s.mention.split()[:-1])
    by_title = [m for m in matches if title_words & set(m[2].split()) - {"Former", "former"}]
    if by_title:
        return by_title[0][0]
    before = [m for m in matches if m[1] < s.mention_start]
    return (before or matches)[0][0]


def _antecedent(text: str, pos: int, gender: str, last_named: list[tuple[int, Speaker]], people: list[tuple[str, int, str]], gender_of: dict[str, str], quoted: list[tuple[int, int]]) -> str:
    """The person a he/she most likely refers to: the nearest preceding person who was a
    named speaker or the subject of a sentence (subjects are what pronouns pick up in news
    prose), skipping anyone whose known gender clashes."""
    if gender in ("first", "plural"):
        return last_named[-1][1].name if gender == "first" and last_named else ""
    candidates: list[tuple[int, str]] = [(p, s.name) for p, s in last_named if p < pos]
    sentence_starts = [0] + [m.end() for m in SENTENCE_END.finditer(text, 0, pos)] + [m.end() for m in re.finditer(r"\n+", text[:pos])]
    for start in sorted(set(sentence_starts))[-8:]:
        if any(a <= start < b for a, b in quoted):
            continue  # a sentence inside someone's quote is not the narrative's subject
        subject = _main_subject(text, start, min(pos, start + 200), "")
        if subject and subject.kind is SpeakerKind.NAMED and subject.mention_start < pos:
            name = _full_name(subject, people)
            if len(name.split()) >= 2 or any(name == s.name for _, s in last_named):
                candidates.append((subject.mention_start, name))
    for _, name in sorted(candidates, reverse=True):
        known = gender_of.get(name)
        if known and known != gender:
            continue
        return name
    return ""
