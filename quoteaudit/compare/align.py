"""Gather the versions of one utterance across the articles of an audit.

Outlets quote the same person in different words: a fragment, a back-translation, a
rewrite, a sentence without marks. Grouping is lexical and runs in three passes:

1. wording: a version whose words (in order) largely appear in another's is the same
   utterance, whoever it is credited to (that is how a misattribution is caught);
2. paraphrase: a version credited to the same speaker, with few words in common but the
   story's rarer content words (synonyms folded), joins at most one version per article;
3. indirect: a sentence outside quote marks that names the speaker, has a speech verb and
   shares the group's rarer content words is the indirect version in that article.

Each group then gets a reference version (``choose_reference``): what one article
printed of the utterance, all its pieces joined. Each member gets a drift class against
it (``quoteaudit.compare.drift``).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from quoteaudit.compare.drift import (
    ELLIPSIS,
    Comparison,
    compare_wording,
    key_stems,
    plain_words,
    stem,
    without_accents,
    word_diff,
    word_lists,
    words,
)
from quoteaudit.extract import wordlists as wl
from quoteaudit.models import (
    SPOKEN_KINDS,
    Annotation,
    ArticleResult,
    Drift,
    GroupMember,
    Quote,
    QuoteGroup,
    QuoteKind,
    Speaker,
    SpeakerKind,
)
from quoteaudit.rules import lexicon

# Share of the shorter version's words that must appear, in order, in the other version
# for the two to be one utterance: half survives even a back-translation.
WORDING_MIN_COVERAGE = 0.5
# Above this share a wording link joins clusters whatever articles they already hold.
WORDING_FREE_COVERAGE = 0.8
# Versions credited to different speakers join only when one nearly contains the other
# and the shared words are rare in the audit: a common phrase is not a misattribution.
CROSS_SPEAKER_MIN_COVERAGE = 0.9
CROSS_SPEAKER_MIN_RARITY = 7.0  # summed idf of the shared content words (two rare words)
# Paraphrase: the weighted share of the shorter version's content words that the other has.
PARAPHRASE_MIN_OVERLAP = 0.3
# One shared content word joins two versions only when it is a large part of what both say.
PARAPHRASE_SINGLE_WORD_OVERLAP = 0.4
# An indirect version must share this weighted share of key words and this many of them.
INDIRECT_MIN_OVERLAP = 0.3
INDIRECT_MIN_SHARED = 2
INDIRECT_MIN_RARITY = 8.5  # summed idf of the shared words: "Venezuela" and "relations" are the story, not the quote
# An article whose quoted pieces cover less than this share of the group's longest version
# may also carry the rest of it as indirect speech ("stated that Cuba would no longer
# provide "security services" to Venezuela").
INDIRECT_IF_COVERAGE_BELOW = 0.3
# Two quotes by one speaker with at most this much text between them, on one line, where
# that text names the speaker, are one quote split by its attribution ("…,” he said. “…").
SPLIT_GAP_MAX_CHARS = 60
# Rarity is counted over at least this many sentences: in an audit of two short articles
# every word is in every sentence, and nothing would count as rare.
RARITY_MIN_SENTENCES = 100
# Reference choice: versions within this much of the best-attested one count as attested.
ATTESTATION_TOLERANCE = 0.1
FIDELITY_TOLERANCE = 0.05
NEAR_LONGEST = 0.75  # versions this close to the longest count as equally complete
# A misattribution needs the words themselves to match: close enough that the two
# outlets plainly print one utterance.
MISATTRIBUTION_MIN_SIMILARITY = 0.8
# Between two named speakers the shared words must run to a sentence's length: two
# people may both say "an act of terror", not the same six words.
NAMED_PAIR_MIN_WORDS = 6


# ---------------------------------------------------------------- speakers


def _plain(text: str) -> str:
    """Lower case without accents, so "Rodríguez" meets "Rodriguez"."""
    return without_accents(text).lower().replace("’", "'")


@functools.cache
def _titles() -> frozenset[str]:
    return frozenset(_plain(t).rstrip(".") for t in lexicon("titles")["titles"].split())


def _name_key(name: str) -> str:
    """A speaker name for comparison: accents, case, determiners and titles dropped."""
    tokens = re.findall(r"[\w'\-]+", _plain(name))
    while tokens and tokens[0] in {"a", "an", "the", "one"}:
        tokens = tokens[1:]
    return " ".join(tokens)


def _name_tokens(key: str) -> set[str]:
    """The parts of a person's name that identify them: not titles, initials or suffixes."""
    return {t for t in key.split() if len(t) > 2 and t not in _titles() and t not in {"jr", "sr", "iii"}}


def _surname(name_key: str) -> str:
    tokens = [t for t in name_key.split() if t not in {"jr", "sr", "ii", "iii"}]
    return tokens[-1] if tokens else ""


@functools.cache
def _not_person_words() -> frozenset[str]:
    verbs = lexicon("speech_verbs")
    own = str(lexicon("drift").get("not_person_words") or "").split()
    return frozenset(own) | frozenset(verbs["organization_heads"].split()) | frozenset(verbs["group_heads"].split())


def _looks_like_name(name: str) -> bool:
    """A person's name is capitalised word by word ("Frank Mora") and holds no word
    that names a day, a platform or a body; "Texas governor" and "Republicans Thursday"
    are not names, whatever kind the extractor gave them."""
    tokens = re.findall(r"[^\W\d_][\w'’\-.]*", name)
    if not tokens or any(_plain(t).strip(".'’") in _not_person_words() for t in tokens):
        return False
    return all(t[0].isupper() or t.lower() in wl.NAME_PARTICLES for t in tokens)  # "Charles de Gaulle"


@dataclass(frozen=True)
class Who:
    """Who a version is credited to, as far as comparison needs to know.

    ``explicit`` is False when the name came from a resolved pronoun or from a name seen
    near an unattributed quote: good enough to group, too weak to call a misattribution.
    """

    name: str  # as shown ("Donald Trump", "experts")
    key: str  # normalised name
    kind: SpeakerKind
    explicit: bool
    context: str  # the sentence the quote stands in, normalised, for "the group includes X"
    written: str = ""  # the mention as the article wrote it, normalised ("clinton", "mrs clinton")
    definite: bool = False  # "the House speaker": one particular person, not an unnamed source


def _who(quote: Quote, named_speakers: dict[str, str]) -> Who | None:
    """The speaker of a quote; for an unattributed quote, the one named speaker of the
    audit whose full name (else surname) appears in the quote's sentence outside the marks."""
    context = _plain(quote.context.replace(quote.text, " ")) if quote.context else ""
    speaker: Speaker | None = quote.speaker
    if speaker is not None and speaker.kind is SpeakerKind.PRONOUN:
        if _name_key(speaker.name) != _name_key(speaker.mention) and _looks_like_name(speaker.name):
            # a relative "who" names its antecedent as surely as the name itself
            relative = _plain(speaker.mention) in lexicon("speech_verbs")["pronouns"].get("relative", [])
            return Who(speaker.name, _name_key(speaker.name), SpeakerKind.NAMED, relative, context)
        speaker = None
    if speaker is not None and speaker.kind is not SpeakerKind.UNKNOWN and _name_key(speaker.name):
        kind: SpeakerKind = speaker.kind
        if kind is SpeakerKind.NAMED and not _looks_like_name(speaker.name):
            kind = SpeakerKind.UNKNOWN  # a description tagged as a name: compare it with nobody
        definite = bool(re.match(r"(the|his|her|their|its)\s", _plain(speaker.mention).strip()))
        return Who(speaker.name, _name_key(speaker.name), kind, True, context, _name_key(speaker.mention), definite)
    if not context:
        return None
    hits = [key for key in named_speakers if _as_a_word_in(key, context)]
    if not hits:
        hits = [key for key in named_speakers if _as_a_word_in(_surname(key), context)]
    if len(hits) == 1:  # only an unambiguous hint: two names in the sentence say nothing
        return Who(named_speakers[hits[0]], hits[0], SpeakerKind.NAMED, False, context)
    return None


def _as_a_word_in(words: str, context: str) -> bool:
    """Whether WORDS stand as whole words in CONTEXT. (A plain substring test first: a long
    audit names thousands of speakers, and a pattern compiled for each of them at every
    unattributed quote grew with the square of its size.)"""
    return words in context and re.search(rf"\b{re.escape(words)}\b", context) is not None


def _gives_first_name(who: Who) -> bool:
    """Whether the article itself wrote the speaker's first name next to the quote."""
    return who.key.split()[0] in (who.written or who.key).split()


SAME, UNKNOWN, DIFFERENT = "same", "unknown", "different"
UNNAMED_KINDS = (SpeakerKind.ANONYMOUS, SpeakerKind.GROUP)


def speaker_relation(a: Who | None, b: Who | None) -> str:
    """Whether two versions are credited to the same speaker, to different ones, or
    whether that cannot be told."""
    if a is None or b is None:
        return UNKNOWN
    if a.key == b.key:
        return SAME
    a_named, b_named = a.kind is SpeakerKind.NAMED, b.kind is SpeakerKind.NAMED
    if a_named and b_named:
        # "Mora", "Frank Mora", "Sarah Sanders" ~ "Sarah Huckabee Sanders": a shared name
        # part is one person unless both give different first names ("Bruno"/"Delcy Rodriguez").
        a_tokens, b_tokens = _name_tokens(a.key), _name_tokens(b.key)
        if not a_tokens or not b_tokens:
            return UNKNOWN  # "Gov": a title alone names nobody
        shared = a_tokens & b_tokens
        if not shared:
            return DIFFERENT
        a_last, b_last = _surname(a.key), _surname(b.key)
        if (
            len(a.key.split()) > 1
            and len(b.key.split()) > 1
            and a_last != b_last
            and a_last not in b.key.split()
            and b_last not in a.key.split()
        ):
            return DIFFERENT  # "David Nevins" and "David Madden" share a first name, not a person
        a_first, b_first = a.key.split()[0], b.key.split()[0]
        if (
            len(a.key.split()) > 1
            and len(b.key.split()) > 1
            and a_first != b_first
            and a_first not in _titles()
            and b_first not in _titles()
            and a_first not in shared
        ):
            # "Clinton said" resolved to Bill in one article, "Mrs. Clinton" in the
            # other: the first name is the resolver's guess unless both wrote one.
            if _gives_first_name(a) and _gives_first_name(b):
                return DIFFERENT
            return UNKNOWN
        return SAME
    if (a_named and b.kind in UNNAMED_KINDS) or (b_named and a.kind in UNNAMED_KINDS):
        named, other = (a, b) if a_named else (b, a)
        # "both leaders affirming…" next to "Diaz-Canel" includes him; "experts" alone does not.
        if re.search(rf"\b{re.escape(_surname(named.key))}\b", other.context):
            return SAME
        # "the House speaker" names one person by role: it may well be the named one.
        return UNKNOWN if other.definite else DIFFERENT
    # Two unnamed descriptions, or an organisation (its statement may come from a named
    # spokesperson): nothing can be told.
    return UNKNOWN


# ---------------------------------------------------------------- versions


@dataclass
class Unit:
    """One article's quote of an utterance: a quote, or the pieces of one quote split by
    its attribution. Grouping works on units; group members are their quotes."""

    article: int  # index into the audit's articles
    quotes: list[Quote]
    who: Who | None
    names: frozenset[str] = frozenset()  # stems the audit writes only as names
    text: str = ""
    words: list[str] = field(default_factory=list)
    stems: set[str] = field(default_factory=set)
    common: set[str] = field(default_factory=set)  # key words that are not proper names

    def __post_init__(self) -> None:
        self.text = " ".join(q.text.strip() for q in self.quotes)
        self.words = plain_words(self.text)
        self.stems = set(key_stems(self.text))
        self.common = self.stems - _proper_stems(self.text) - self.names

    @property
    def start(self) -> int:
        return self.quotes[0].start

    @property
    def is_fragment(self) -> bool:
        return all(q.kind is QuoteKind.FRAGMENT for q in self.quotes)


def _capitalised_words(text: str):
    """(stems of a word, whether it is capitalised, whether it stands mid-sentence)."""
    for m in re.finditer(r"[^\W\d_][\w'’\-]*", text):
        # a short window is enough to see the end of the previous sentence
        before = text[max(0, m.start() - 12) : m.start()].rstrip(" \t\"'“‘”’")
        yield key_stems(m.group()), m.group()[0].isupper(), bool(before) and before[-1] not in ".!?:…\n"


def _proper_stems(text: str) -> set[str]:
    """Key words written with a capital inside a sentence ("the United States of America"):
    names are shared by many unrelated quotes of one story, so a paraphrase must share
    more than names."""
    return {s for stems, capital, inside in _capitalised_words(text) if capital and inside for s in stems}


def audit_names(articles: list[ArticleResult]) -> frozenset[str]:
    """Stems every article of the audit writes capitalised, at least once mid-sentence:
    "Rodriguez" opening a quote is still the name the story is about, not a shared idea."""
    capital_inside, lower = set(), set()
    for result in articles:
        for stems, capital, inside in _capitalised_words(result.article.text):
            if not capital:
                lower.update(stems)
            elif inside:
                capital_inside.update(stems)
    return frozenset(capital_inside - lower)


def _split_pieces(text: str, first: Quote, second: Quote, who: Who | None) -> bool:
    """“…Chavista regime,” stated Polga-Hecimovich. “The measures…”: the text between
    two quotes names their speaker and nothing else of length."""
    gap = text[first.end : second.start]
    if "\n" in gap or len(gap) > SPLIT_GAP_MAX_CHARS or who is None:
        return False
    # the first piece breaks off mid-sentence ("…regime,” stated X."); one that ends
    # with a full stop is a quote of its own, whatever follows it
    if not (first.text.rstrip().endswith(",") or gap.lstrip("”\"’' ").startswith(",")):
        return False
    pronouns = lexicon("speech_verbs")["pronouns"]
    names = {_surname(who.key)} | set(pronouns["male"]) | set(pronouns["female"]) | set(pronouns["plural"])
    gap_plain = _plain(gap)
    return any(re.search(rf"\b{re.escape(n)}\b", gap_plain) for n in names if n)


def build_units(articles: list[ArticleResult]) -> list[Unit]:
    """Spoken quotes in the article body, pieces of a split quote joined into one unit."""
    named: dict[str, str] = {}
    for result in articles:
        for q in result.quotes:
            sp = q.speaker
            if sp is not None and sp.kind is SpeakerKind.NAMED and _name_key(sp.name) and _looks_like_name(sp.name):
                named.setdefault(_name_key(sp.name), sp.name)
    names = audit_names(articles)
    units: list[Unit] = []
    for index, result in enumerate(articles):
        body_end = len(result.article.body)
        spoken = sorted(
            (q for q in result.quotes if q.kind in SPOKEN_KINDS and q.end <= body_end and plain_words(q.text)),
            key=lambda q: q.start,
        )
        previous: Unit | None = None
        for q in spoken:
            who = _who(q, named)
            if (
                previous is not None
                and q.kind is QuoteKind.FULL
                and not previous.is_fragment
                and speaker_relation(previous.who, who) != DIFFERENT
                and _split_pieces(result.article.text, previous.quotes[-1], q, previous.who or who)
            ):
                merged = Unit(index, [*previous.quotes, q], previous.who or who, names)
                units[-1] = merged
                previous = merged
                continue
            previous = Unit(index, [q], who, names)
            units.append(previous)
    return units


# ---------------------------------------------------------------- rarity


def _sentences(text: str, annotation: Annotation | None = None) -> list[tuple[int, int]]:
    """Sentence spans from the article's Annotation, the one every stage reads; the
    model-free splitter only for a caller that has none."""
    if annotation is None:
        from quoteaudit.nlp.rules_engine import RulesAnnotator

        annotation = RulesAnnotator().annotate(text)
    return [(s.start, s.end) for s in annotation.sentences]


@dataclass(frozen=True)
class Rarity:
    """Inverse sentence frequency of content stems over every article of the audit: a word
    in few sentences ("coup", "dictators") says more about sameness than "Cuba" does."""

    df: Counter
    sentences: int

    def idf(self, s: str) -> float:
        return math.log((self.sentences + 1) / (self.df.get(s, 0) + 1)) + 1.0

    def weight(self, stems: AbstractSet[str]) -> float:
        return sum(self.idf(s) for s in stems)


def _rarity(articles: list[ArticleResult], sentence_spans: list[list[tuple[int, int]]]) -> Rarity:
    df: Counter = Counter()
    count = 0
    for result, spans in zip(articles, sentence_spans, strict=True):
        for start, end in spans:
            df.update(set(key_stems(result.article.text[start:end])))
            count += 1
    return Rarity(df, max(count, RARITY_MIN_SENTENCES))


# ---------------------------------------------------------------- links


def _coverage(short: list[str], long: list[str]) -> list[str]:
    """Words of ``short`` found in order in ``long``: runs of two or more words, or single
    content words (a lone "the" in common is chance)."""
    stop = word_lists().stop_words
    matcher = SequenceMatcher(None, short, long, autojunk=False)
    matched: list[str] = []
    for block in matcher.get_matching_blocks():
        run = short[block.a : block.a + block.size]
        if block.size >= 2 or (block.size == 1 and run[0] not in stop):
            matched.extend(run)
    return matched


def _overlap(a: set[str], b: set[str], rarity: Rarity) -> float:
    """Weighted share of the smaller set's key words that the other has."""
    if not a or not b:
        return 0.0
    return rarity.weight(a & b) / min(rarity.weight(a), rarity.weight(b))


@dataclass(frozen=True)
class Link:
    a: int
    b: int
    # "wording"; "paraphrase" (two or more key words shared); "neighbour" (one shared key
    # word: joins only next to quotes already joined, "treading very carefully" beside
    # "She wants to keep the Cubans at a distance")
    kind: str
    score: float


def link(u: Unit, v: Unit, rarity: Rarity) -> Link | None:
    """Whether two quotes from different articles may be one utterance, and how."""
    relation = speaker_relation(u.who, v.who)
    short, long = (u, v) if len(u.words) <= len(v.words) else (v, u)
    matched = _coverage(short.words, long.words)
    coverage = len(matched) / len(short.words) if short.words else 0.0
    content = {stem(w) for w in matched if w not in word_lists().stop_words}
    # The shared words must also carry the shorter quote's content, not just its
    # "I am … for the … of the United States" scaffolding.
    short_content = {stem(w) for w in short.words if w not in word_lists().stop_words}
    content_coverage = rarity.weight(content) / rarity.weight(short_content) if short_content else 0.0
    # two words in common join only a two-word quote ("absolutely essential"), not half of a longer one
    enough = len(matched) >= 3 or (len(matched) == 2 and coverage >= 1.0)
    # one content word in common ("I'm not going to pay" / "we are not going to pay a
    # single cent") is scaffolding unless the whole short quote is there ("has to end")
    if len(content) < 2 and coverage < 1.0:
        enough = False
    if enough and content and coverage >= WORDING_MIN_COVERAGE and content_coverage >= WORDING_MIN_COVERAGE:
        if relation != DIFFERENT:
            return Link(-1, -1, "wording", coverage)
        if coverage >= CROSS_SPEAKER_MIN_COVERAGE and len(content) >= 2 and rarity.weight(content) >= CROSS_SPEAKER_MIN_RARITY:
            return Link(-1, -1, "wording", coverage)
    # A speaker's own name inside the quote ("not the platform of Mitt Romney") says
    # nothing about which of their quotes this is.
    names = {stem(t) for who in (u.who, v.who) if who is not None for t in who.key.split()}
    u_stems, v_stems = u.stems - names, v.stems - names
    if relation == SAME and min(len(u_stems), len(v_stems)) >= 2:
        score = _overlap(u_stems, v_stems, rarity)
        shared = len(u_stems & v_stems)
        common = len(u.common & v.common - names)  # shared words that are not names
        if score >= PARAPHRASE_MIN_OVERLAP and shared >= 2 and common >= 2:
            return Link(-1, -1, "paraphrase", score)
        # one shared word must be a large part of what both quotes say besides names
        larger = max(rarity.weight(u.common - names), rarity.weight(v.common - names))
        if shared == 1 and common == 1 and rarity.weight(u_stems & v_stems) >= PARAPHRASE_SINGLE_WORD_OVERLAP * larger:
            return Link(-1, -1, "neighbour", score)
    return None


def find_links(units: list[Unit], rarity: Rarity) -> list[Link]:
    """Every pair of quotes in different articles that may be one utterance."""
    # Every kind of link needs a key word in common: only those pairs are compared, so a
    # folder of many articles does not compare every quote with every other. A story
    # syndicated to many sites prints one wording many times: units with the same words
    # and speaker are one "wording", pairs are found between wordings, and each pair of
    # wordings is judged once, however many copies each has.
    wordings: dict[tuple, list[int]] = {}
    for i, u in enumerate(units):
        wordings.setdefault((u.text, u.who), []).append(i)
    keys = list(wordings)
    by_stem: dict[str, list[int]] = {}
    for w, key in enumerate(keys):
        for s in units[wordings[key][0]].stems:
            by_stem.setdefault(s, []).append(w)
    # A word found in one article only links nothing (links join articles): an article of
    # thousands of quotes that all say "plan" makes no pairs from it.
    articles_of = [{units[i].article for i in wordings[key]} for key in keys]
    wording_pairs = {
        (a, b)
        for members in by_stem.values()
        if len(set().union(*(articles_of[w] for w in members))) > 1
        for a in members
        for b in members
        if a <= b
    }
    pairs: list[tuple[int, int]] = []
    for a, b in wording_pairs:
        first, second = wordings[keys[a]], wordings[keys[b]]
        pairs.extend((min(i, j), max(i, j)) for i in first for j in second if i != j and (a != b or i < j))
    judged: dict[tuple, Link | None] = {}
    links: list[Link] = []
    for i, j in sorted(pairs):
        u, v = units[i], units[j]
        if u.article == v.article:
            continue
        key = (u.text, u.who, v.text, v.who)
        if key not in judged:
            judged[key] = link(u, v, rarity)
        found = judged[key]
        if found is not None:
            links.append(replace(found, a=i, b=j))
    return links


class _Clusters:
    """Union-find over units that also knows which articles each cluster holds."""

    def __init__(self, units: list[Unit]):
        self.parent = list(range(len(units)))
        self.articles = [{u.article} for u in units]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[b] = a
            self.articles[a] |= self.articles[b]


def _adjacent(i: int, units: list[Unit]) -> list[int]:
    """The quotes just before and after unit i in its article."""
    return [k for k in (i - 1, i + 1) if 0 <= k < len(units) and units[k].article == units[i].article]


def _neighbours_joined(lk: Link, units: list[Unit], clusters: _Clusters) -> bool:
    """Whether a quote next to one side and a quote next to the other are one utterance:
    the two sit in the same neighbourhood of the story."""
    near_a = {clusters.find(k) for k in _adjacent(lk.a, units)}
    return any(clusters.find(k) in near_a for k in _adjacent(lk.b, units))


def cluster_units(units: list[Unit], links: list[Link]) -> list[list[int]]:
    """Close wording links join freely (an excerpt and its whole, two fragments of one
    post); a looser link (half the words, a rewrite) joins two clusters only if they hold
    no article in common, so each article gives at most one rewritten version and a
    loosely worded headline cannot bridge two different quotes of one article."""
    clusters = _Clusters(units)
    for lk in links:
        if lk.kind == "wording" and lk.score >= WORDING_FREE_COVERAGE:
            clusters.union(lk.a, lk.b)
    loose = [lk for lk in links if lk.kind == "paraphrase" or (lk.kind == "wording" and lk.score < WORDING_FREE_COVERAGE)]
    for lk in sorted(loose, key=lambda lk: (lk.kind != "wording", -lk.score)):
        a, b = clusters.find(lk.a), clusters.find(lk.b)
        if a != b and not (clusters.articles[a] & clusters.articles[b]):
            clusters.union(a, b)
    for lk in sorted((lk for lk in links if lk.kind == "neighbour"), key=lambda lk: -lk.score):
        a, b = clusters.find(lk.a), clusters.find(lk.b)
        if a != b and not (clusters.articles[a] & clusters.articles[b]) and _neighbours_joined(lk, units, clusters):
            clusters.union(a, b)
    grouped: dict[int, list[int]] = {}
    for i in range(len(units)):
        grouped.setdefault(clusters.find(i), []).append(i)
    return sorted(grouped.values(), key=lambda members: (units[members[0]].article, units[members[0]].start))


# ---------------------------------------------------------------- indirect versions


@dataclass(frozen=True)
class Indirect:
    article: int
    start: int
    end: int
    text: str
    score: float
    shared: tuple[str, ...]  # the shared key words as the sentence writes them


@functools.cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(lexicon("speech_verbs")["speech_verbs"].split()) | {"according"}


def _folded(word: str) -> str:
    s = stem(word)
    return word_lists().synonym_of.get(s, s)


@dataclass(frozen=True)
class ReportedSentence:
    """A body sentence that could report speech: it ends with a stop and has a speech verb.
    ``outside`` is its text with every quote blanked out; ``stems`` are that text's key words."""

    start: int
    end: int
    tokens: frozenset[str]
    outside: str
    stems: frozenset[str]


def reported_sentences(result: ArticleResult, spans: list[tuple[int, int]]) -> list[ReportedSentence]:
    """Read once per article; every group then only intersects sets."""
    text, body_end = result.article.text, len(result.article.body)
    verbs = _speech_verbs()
    # Words inside quote marks are quotes (this group's or another's), not the reporter's
    # own account: only the words outside the marks make it indirect. The article is
    # blanked once, not per sentence (an article may hold thousands of quotes).
    pieces, cursor = [], 0
    for q in sorted(result.quotes, key=lambda q: q.start):
        begin, stop = max(q.start, cursor), max(q.end, cursor)
        pieces += [text[cursor:begin], " " * (stop - begin)]
        cursor = stop
    masked = "".join(pieces) + text[cursor:]
    out = []
    for start, end in spans:
        # Reported speech is a sentence; a headline or caption ends without a stop.
        if end > body_end or text[start:end].rstrip()[-1:] not in ".!?\"”’'":
            continue
        tokens = frozenset(re.findall(r"[\w'\-]+", _plain(text[start:end])))
        if not verbs & tokens:
            continue
        outside = masked[start:end]
        out.append(ReportedSentence(start, end, tokens, outside, frozenset(key_stems(outside))))
    return out


@dataclass(frozen=True)
class SentenceIndex:
    """Every article's reported sentences, and where each word occurs among them:
    word -> (article index, sentence index) in text order."""

    per_article: list[list[ReportedSentence]]
    by_token: dict[str, dict[int, list[int]]]  # word -> article -> sentence indices


def index_sentences(per_article: list[list[ReportedSentence]]) -> SentenceIndex:
    by_token: dict[str, dict[int, list[int]]] = {}
    for a, sentences in enumerate(per_article):
        for k, sentence in enumerate(sentences):
            for token in sentence.tokens:
                by_token.setdefault(token, {}).setdefault(a, []).append(k)
    return SentenceIndex(per_article, by_token)


@functools.cache
def _speech_verb_stems() -> frozenset[str]:
    return frozenset(stem(v) for v in _speech_verbs())


def find_indirect(
    cluster: list[Unit],
    articles: list[ArticleResult],
    sentences: SentenceIndex,
    rarity: Rarity,
) -> list[Indirect]:
    """Per article with no quoted version (or only a scrap of one), the sentence that
    reports the utterance without quote marks: it names the speaker, has a speech verb,
    and its own words (outside any marks) share the group's rarer key words."""
    speaker_words = {t for u in cluster if u.who is not None for t in u.who.key.split() if len(t) > 2}
    if not speaker_words:
        return []
    surnames = {_surname(u.who.key) for u in cluster if u.who is not None}
    longest = max(cluster, key=lambda u: len(u.words))
    target = set().union(*(u.stems for u in cluster))
    verbs = _speech_verbs()
    ignore = {stem(w) for w in speaker_words} | _speech_verb_stems()
    covered: Counter = Counter()
    for u in cluster:
        covered[u.article] += len(u.words)
    # Only sentences that name the speaker can report them: the index hands over those,
    # so a group costs the sentences naming its speaker, not every sentence of the audit,
    # and none at all in an article that quotes the utterance already.
    candidates: dict[int, set[int]] = {}
    for name in surnames:
        for index, hits in sentences.by_token.get(name, {}).items():
            if covered[index] < INDIRECT_IF_COVERAGE_BELOW * len(longest.words):
                candidates.setdefault(index, set()).update(hits)
    found: list[Indirect] = []
    for index in sorted(candidates):
        result = articles[index]
        best: Indirect | None = None
        for k in sorted(candidates[index]):
            sentence = sentences.per_article[index][k]
            stems = sentence.stems - ignore
            shared = stems & target
            if len(shared) < INDIRECT_MIN_SHARED or rarity.weight(shared) < INDIRECT_MIN_RARITY:
                continue
            score = rarity.weight(shared) / min(rarity.weight(stems), rarity.weight(longest.stems) or 1.0)
            if score < INDIRECT_MIN_OVERLAP or (best and best.score >= score):
                continue
            text = result.article.text
            span_start, span_end = _indirect_span(text, sentence.start, sentence.end, shared, verbs)
            shown: list[str] = []
            for w in re.findall(r"[\w'’\-]+", sentence.outside):
                if _folded(w) in shared and stem(w) not in ignore and w.lower() not in shown:
                    shown.append(w.lower())
            best = Indirect(index, span_start, span_end, text[span_start:span_end], round(min(score, 1.0), 3), tuple(shown))
        if best is not None:
            found.append(best)
    return found


def _indirect_span(text: str, start: int, end: int, shared: AbstractSet[str], verbs: frozenset[str]) -> tuple[int, int]:
    """From after the last speech verb (and "that") before the first shared word to the
    end of the clause holding the last shared word."""
    tokens = [(m.start() + start, m.end() + start, _plain(m.group())) for m in re.finditer(r"[\w'’\-]+", text[start:end])]
    hits = [k for k, (_, _, w) in enumerate(tokens) if _folded(w) in shared]
    if not hits:
        return start, end
    first, last = hits[0], hits[-1]
    begin = start
    for k in range(first - 1, -1, -1):
        if tokens[k][2] in verbs:
            follow = k + 1
            if follow < first and tokens[follow][2] == "that":
                follow += 1
            begin = tokens[min(follow, first)][0]
            break
    stop = re.search(r"[,;:.!?](?=\s|$)", text[tokens[last][1] : end])
    finish = tokens[last][1] + stop.start() if stop else end
    while finish > begin and text[finish - 1] in " \t.\"'”’":
        finish -= 1
    return begin, finish


# ---------------------------------------------------------------- reference


@dataclass
class Version:
    """What one article printed of an utterance: its quotes of it in text order, joined
    with an ellipsis (they are pieces of one statement with the reporter's words between)."""

    article: int
    units: list[Unit]

    @property
    def text(self) -> str:
        return " … ".join(u.text for u in self.units)

    @property
    def words(self) -> list[str]:
        return [w for u in self.units for w in u.words]


def versions_of(cluster: list[int], units: list[Unit]) -> list[Version]:
    by_article: dict[int, list[Unit]] = {}
    for i in cluster:
        by_article.setdefault(units[i].article, []).append(units[i])
    return [Version(a, sorted(us, key=lambda u: u.start)) for a, us in sorted(by_article.items())]


@functools.lru_cache(maxsize=65536)
def _sequence(text: str) -> tuple[str, ...]:
    return tuple(w.norm for w in words(text))


def attestation(version: Version, versions: list[Version]) -> float:
    """Share of a version's word pairs, where another outlet quotes the same stretch,
    that some other outlet prints too. A back-translation ("Cuba lived off") scores low
    where the others agree ("Cuba lived, for many years, on"); a version that simply
    quotes more than the others is not held back by its extra sentences."""
    # Only distinct wordings matter (coverage is an "any other outlet"): a quote syndicated
    # to 300 sites is compared once per wording, not 300 × 300 times.
    others = frozenset(_sequence(v.text) for v in versions if v.article != version.article)
    return _attestation(_sequence(version.text), others)


@functools.lru_cache(maxsize=4096)
def _attestation(own: tuple[str, ...], others: frozenset[tuple[str, ...]]) -> float:
    seen = {(o[k], o[k + 1]) for o in others for k in range(len(o) - 1)}
    covered = [False] * len(own)
    for other in others:
        blocks = [b for b in SequenceMatcher(None, own, other, autojunk=False).get_matching_blocks() if b.size >= 2]
        for k, block in enumerate(blocks):
            stop = block.a + block.size
            # the stretch up to the next shared block is covered too, unless the other
            # outlet marks a cut there: it does not claim to know those words
            if k + 1 < len(blocks) and ELLIPSIS not in other[block.b + block.size : blocks[k + 1].b]:
                stop = blocks[k + 1].a
            for i in range(block.a, stop):
                covered[i] = True
    pairs = [(own[k], own[k + 1]) for k in range(len(own) - 1) if covered[k] and covered[k + 1] and ELLIPSIS not in (own[k], own[k + 1])]
    return sum(1 for p in pairs if p in seen) / len(pairs) if pairs else 1.0


def _is_excerpt_of(short: Version, long: Version) -> bool:
    """All of ``short``'s words appear in order in ``long``, which has more."""
    return _is_excerpt(tuple(short.words), tuple(long.words))


def _is_excerpt(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    if len(short) >= len(long):
        return False
    matcher = SequenceMatcher(None, short, long, autojunk=False)
    return sum(b.size for b in matcher.get_matching_blocks()) == len(short)


def _outlet(result: ArticleResult) -> str:
    return result.article.outlet or result.article.id


@dataclass(frozen=True)
class ReferenceChoice:
    version: Version
    reason: str


def choose_reference(
    versions: list[Version],
    articles: list[ArticleResult],
    fidelity: dict[int, float],
    reference_outlet: str | None,
) -> ReferenceChoice:
    """The version the others are compared with, and why.

    An outlet named with ``--reference`` wins where it has a version. Otherwise, among
    versions that are not an excerpt of another: those from articles crediting original
    reporting; of those, the ones whose wording other outlets attest; then the outlet
    whose quotes elsewhere agree most with other outlets; then the most complete.
    """
    if reference_outlet:
        wanted = reference_outlet.strip().casefold()
        for v in versions:
            article = articles[v.article].article
            if wanted in (article.outlet.casefold(), article.id.casefold()):
                return ReferenceChoice(v, f"{_outlet(articles[v.article])} chosen as the reference outlet")
    notes: list[str] = []
    if reference_outlet:
        notes.append(f"{reference_outlet} has no version")
    # an excerpt of another version is no reference; identical wordings are tested once
    wordings = {tuple(v.words) for v in versions}
    excerpts = {w for w in wordings if any(_is_excerpt(w, o) for o in wordings)}
    pool = [v for v in versions if tuple(v.words) not in excerpts]
    crediting = [v for v in pool if articles[v.article].credits]
    if crediting:
        pool = crediting
        names = list(dict.fromkeys(c.name for v in crediting for c in articles[v.article].credits))
        notes.append("its article credits " + ", ".join(names[:2]))
    if len(versions) > 2 and len(pool) > 1:
        scores = {v.article: attestation(v, versions) for v in pool}
        best = max(scores.values())
        attested = [v for v in pool if scores[v.article] >= best - ATTESTATION_TOLERANCE]
        if len(attested) < len(pool):
            notes.append(f"its wording is the one other outlets share ({best:.0%} of word pairs)")
        pool = attested
    if len(pool) > 1:
        # Among versions of about the same length, the outlet that quotes faithfully elsewhere.
        longest = max(len(v.words) for v in pool)
        pool = [v for v in pool if len(v.words) >= NEAR_LONGEST * longest]
    if len(pool) > 1:
        best = max(fidelity.get(v.article, 0.0) for v in pool)
        faithful = [v for v in pool if fidelity.get(v.article, 0.0) >= best - FIDELITY_TOLERANCE]
        if len(faithful) < len(pool):
            notes.append(f"its outlet's quotes agree most with other outlets' ({best:.0%} of word pairs)")
        pool = faithful
    chosen = max(pool, key=lambda v: (len(v.words), -v.article))
    if len(pool) > 1 or not notes:
        notes.append("most complete version")
    return ReferenceChoice(chosen, "; ".join(notes))


def outlet_fidelity(clusters: list[list[int]], units: list[Unit]) -> dict[int, float]:
    """Per article, the mean attestation of its versions in groups other outlets also carry."""
    scores: dict[int, list[float]] = {}
    for cluster in clusters:
        versions = versions_of(cluster, units)
        if len(versions) < 2:
            continue
        for v in versions:
            scores.setdefault(v.article, []).append(attestation(v, versions))
    return {a: sum(s) / len(s) for a, s in scores.items()}


# ---------------------------------------------------------------- drift per member


def compare_to_version(version: Version, text: str) -> Comparison:
    """Compare a quote with the quote of a version it matches best; with the whole
    version (pieces joined) when the quote spans pieces and that explains it better.
    A piece of a split quote is also compared with each piece of the version's split
    quotes, so an unchanged piece is identical, not an excerpt of the joined quote."""
    # pieces first: on a tie (a piece matches itself and the joined quote equally well)
    # the first wins, and the piece is the version the words were compared with
    texts = [q.text.strip() for u in version.units if len(u.quotes) > 1 for q in u.quotes]
    texts += [u.text for u in version.units]
    # Fewest words unaccounted for: a changed last word of a piece ("since 1984") is a
    # change against that piece, not words running past the end of the joined quote. On
    # the same words, the shortest diff: "a war of choice" is that quote, not the longer
    # "not a war of choice" the article also prints.
    best = max(
        (compare_wording(t, text) for t in texts),
        key=lambda c: (c.matched, -(c.changes + c.beyond), -c.beyond, c.similarity, -len(c.diff)),
    )
    if len(version.units) > 1:
        joined = compare_wording(version.text, text)
        if joined.matched > best.matched and joined.changes <= best.changes:
            best = joined
    return best


@dataclass(frozen=True)
class Judged:
    """One quote's drift against the version it was compared with (``against``)."""

    drift: Drift
    similarity: float
    reason: str
    diff: tuple = ()
    meaning: tuple[str, ...] = ()
    against: Unit | None = None


def _best_unit(version: Version, text: str, who: Who | None = None) -> Unit:
    """The quote of a version that holds most of ``text``'s words, and closest to it in
    length; among equals, one not credited to someone other than ``who`` (an article may
    print the same words from two people: "an act of terror")."""
    own = plain_words(text)

    def fit(u: Unit) -> tuple:
        return (len(_coverage(own, u.words)), -abs(len(u.words) - len(own)), speaker_relation(u.who, who) != DIFFERENT)

    return max(version.units, key=fit)


def _member_drift(
    quote: Quote,
    unit: Unit,
    unit_comparison: Comparison,
    reference: ReferenceChoice,
    versions: list[Version],
    articles: list[ArticleResult],
    judged_draft: bool = False,
) -> Judged:
    """One quote's drift against the reference; a piece of a split quote that the
    reference does not carry at all is compared with an outlet that does, if any.
    ``judged_draft``: the quote is a draft's, compared with its closest source in `check`,
    where words a source credits to someone else are a misattribution at any length."""
    ref = reference.version
    ref_outlet = _outlet(articles[ref.article])
    if unit_comparison.drift is Drift.PARAPHRASED:
        own = compare_to_version(ref, quote.text) if len(unit.quotes) > 1 else unit_comparison
        return Judged(Drift.PARAPHRASED, own.similarity, unit_comparison.reason, own.diff, own.meaning, _best_unit(ref, quote.text))
    result = compare_to_version(ref, quote.text) if len(unit.quotes) > 1 else unit_comparison
    if result.matched_share == 0.0 or not (
        set(key_stems(quote.text)) & set(key_stems(ref.text)) or _all_function_words_matched(quote.text, result)
    ):
        # "…,” Pratt said. “Somebody else has to be at the table…”: the part
        # of a split quote that the reference stops before.
        others = [v for v in versions if v.article not in (ref.article, unit.article)]
        best = max(others, key=lambda v: len(_coverage(plain_words(quote.text), v.words)), default=None)
        if best is not None and _coverage(plain_words(quote.text), best.words):
            other = compare_to_version(best, quote.text)
            outlet = _outlet(articles[best.article])
            reason = f"not in the reference ({ref_outlet}); against {outlet}: {other.reason}"
            return Judged(other.drift, other.similarity, reason, other.diff, other.meaning, _best_unit(best, quote.text))
        return Judged(Drift.UNIQUE, 1.0, f"part of the quote that only {_outlet(articles[unit.article])} carries")
    drift, reason = result.drift, result.reason
    ref_unit = _best_unit(ref, quote.text, unit.who)
    who, ref_who = unit.who, ref_unit.who
    if (
        who is not None
        and ref_who is not None
        and who.explicit
        and ref_who.explicit
        and speaker_relation(ref_who, who) == DIFFERENT
        and result.similarity >= MISATTRIBUTION_MIN_SIMILARITY
        # two named people may both say "an act of terror"; a sentence is another matter
        and (
            result.matched >= NAMED_PAIR_MIN_WORDS
            or SpeakerKind.NAMED not in (who.kind, ref_who.kind)
            or who.kind != ref_who.kind
            or judged_draft
        )
    ):
        reason = f"{ref_outlet} credits these words to {ref_who.name}; this version credits {who.name} ({drift.value}: {reason})"
        drift = Drift.MISATTRIBUTED
    return Judged(drift, result.similarity, reason, result.diff, result.meaning, ref_unit)


def _all_function_words_matched(text: str, comparison: Comparison) -> bool:
    """A quote of function words only ("had it up to here") that the reference has whole."""
    return not key_stems(text) and comparison.matched_share == 1.0


def _closest_source(unit: Unit, versions: list[Version], drafts: AbstractSet[int]) -> Version | None:
    """In `check`, the source version a draft's quote matches best: most words in common,
    fewest changes, then a source crediting the same speaker. The draft is judged against
    what it could have copied, not against whichever source a tie made the reference."""
    sources = [v for v in versions if v.article not in drafts]
    if not sources:
        return None

    def fit(v: Version) -> tuple:
        c = compare_to_version(v, unit.text)
        same = any(speaker_relation(u.who, unit.who) == SAME for u in v.units)
        return (c.matched, -c.changes, same, c.similarity)

    return max(sources, key=fit)


def _members(
    cluster: list[int],
    reference: ReferenceChoice,
    versions: list[Version],
    units: list[Unit],
    indirect: list[Indirect],
    articles: list[ArticleResult],
    drafts: AbstractSet[int] = frozenset(),
) -> list[GroupMember]:
    ref = reference.version
    unique = len(versions) == 1 and not indirect
    first = list(ref.units)
    rest = sorted((units[i] for i in cluster if units[i].article != ref.article), key=lambda u: (u.article, u.start))
    members: list[GroupMember] = []
    for unit in first + rest:
        speaker = unit.who.name if unit.who else ""
        article_id = articles[unit.article].article.id
        against = reference
        closest = _closest_source(unit, versions, drafts) if unit.article in drafts else None
        if closest is not None:
            against = ReferenceChoice(closest, "the source version closest to the draft's")
        comparison = None if unit.article == against.version.article else compare_to_version(against.version, unit.text)
        for q in unit.quotes:
            if unique:
                outlet = _outlet(articles[unit.article])
                judged = Judged(Drift.UNIQUE, 1.0, f"only {outlet} carries this quote")
            elif comparison is None:
                judged = Judged(Drift.IDENTICAL, 1.0, f"reference version: {reference.reason}")
            else:
                judged = _member_drift(q, unit, comparison, against, versions, articles, closest is not None)
            seen = judged.against
            members.append(
                GroupMember(
                    article_id,
                    q.id,
                    q.start,
                    q.end,
                    q.text,
                    speaker,
                    judged.drift,
                    judged.similarity,
                    judged.reason,
                    judged.diff,
                    compared_article_id=articles[seen.article].article.id if seen else "",
                    compared_start=seen.quotes[0].start if seen else -1,
                    compared_end=seen.quotes[-1].end if seen else -1,
                    compared_text=seen.text if seen else "",
                    meaning=judged.meaning,
                )
            )
    ref_speaker = next((u.who.name for u in ref.units if u.who), "")
    for found in indirect:
        members.append(
            GroupMember(
                articles[found.article].article.id,
                "",
                found.start,
                found.end,
                found.text,
                ref_speaker,
                Drift.INDIRECT,
                found.score,
                "reported without quote marks; shares key words: " + ", ".join(found.shared[:6]),
                word_diff(ref.text, found.text),
                compared_article_id=articles[ref.article].article.id,
                compared_start=ref.units[0].quotes[0].start,
                compared_end=ref.units[-1].quotes[-1].end,
                compared_text=ref.text,
            )
        )
    return members


# ---------------------------------------------------------------- entry point


def exact_links(units: list[Unit]) -> list[Link]:
    """Short quotes with the same words in different articles ("had it up to here",
    "terrific"): too short, or too plain, for a wording link, yet plainly one utterance
    unless two different speakers are credited. Indexed by the words, so linear."""
    by_words: dict[tuple[str, ...], list[int]] = {}
    for i, u in enumerate(units):
        if u.words and (len(u.words) < 3 or not u.stems):
            by_words.setdefault(tuple(u.words), []).append(i)
    links = []
    for members in by_words.values():
        for k, i in enumerate(members):
            for j in members[k + 1 :]:
                if units[i].article != units[j].article and speaker_relation(units[i].who, units[j].who) != DIFFERENT:
                    links.append(Link(i, j, "wording", 1.0))
    return links


# A draft quote with no group joins the source quote that has this share of its words.
DRAFT_RESCUE_MIN_SHARE = 0.8


def attach_draft_quotes(clusters: list[list[int]], units: list[Unit], drafts: set[int]) -> list[list[int]]:
    """In `check`, a draft quote that grouped with no source quote may still be a source's
    words credited to someone else: a link across speakers needs rare words, which a short
    quote lacks. Such a quote joins the source quote that holds most of its words, so the
    comparison can say who the source credits; one that no source holds stays alone."""
    by_stem: dict[str, list[int]] = {}
    by_words: dict[tuple[str, ...], list[int]] = {}
    for i, u in enumerate(units):
        if u.article not in drafts:
            for st in u.stems:
                by_stem.setdefault(st, []).append(i)
            by_words.setdefault(tuple(u.words), []).append(i)
    home = {i: n for n, c in enumerate(clusters) for i in c}
    moved: dict[int, int] = {}
    for n, cluster in enumerate(clusters):
        if any(units[i].article not in drafts for i in cluster):
            continue
        for i in cluster:
            u = units[i]
            candidates = set(by_words.get(tuple(u.words), [])) | {j for st in u.stems for j in by_stem.get(st, [])}
            scored = [(compare_wording(units[j].text, u.text), j) for j in candidates]
            scored = [(c, j) for c, j in scored if c.matched >= min(2, len(u.words)) and c.matched_share >= DRAFT_RESCUE_MIN_SHARE]
            if scored:
                _, best = max(scored, key=lambda cj: (cj[0].matched, -cj[0].changes, cj[0].similarity))
                moved[n] = home[best]
                break
    if not moved:
        return clusters
    merged = [list(c) for c in clusters]
    for n, target in moved.items():
        merged[target].extend(clusters[n])
        merged[n] = []
    return [sorted(c, key=lambda i: (units[i].article, units[i].start)) for c in merged if c]


def _group_id(number: int) -> str:
    return f"g{number}"


def renumber_groups(groups: list[QuoteGroup], articles: list[ArticleResult], first: int) -> tuple[list[QuoteGroup], list[ArticleResult]]:
    """GROUPS numbered from FIRST on, and the quotes of ARTICLES pointing at the new ids: each
    story of an audit is compared on its own and numbers its groups from g1, so a later
    story's go on from the groups before it and every id stays unique in the audit."""
    ids = {g.id: _group_id(n) for n, g in enumerate(groups, first)}
    quotes = [tuple(replace(q, group=ids[q.group]) if q.group in ids else q for q in r.quotes) for r in articles]
    return [replace(g, id=ids[g.id]) for g in groups], [replace(r, quotes=q) for r, q in zip(articles, quotes, strict=True)]


def compare_articles(
    articles: list[ArticleResult],
    reference_outlet: str | None = None,
    drafts: frozenset[str] = frozenset(),
    annotations: dict[str, Annotation] | None = None,
) -> tuple[list[QuoteGroup], list[ArticleResult]]:
    """Group every spoken quote of the audit with its versions in the other articles,
    choose each group's reference and classify each member's drift.

    ``drafts``: in `check`, the ids of the articles being judged. Their versions are never
    the reference, and each of their quotes is compared with the source version it matches
    best. ``annotations``: each article's Annotation by id, whose sentences the search for
    indirect speech reads.

    Returns the groups and the articles with each grouped quote's ``group`` and ``drift``
    filled in; quotes that are not someone's words (scare quotes, titles) are left as they are.
    """
    articles = list(articles)
    draft_index = {i for i, r in enumerate(articles) if r.article.id in drafts}
    annotations = annotations or {}
    sentence_spans = [_sentences(r.article.text, annotations.get(r.article.id)) for r in articles]
    rarity = _rarity(articles, sentence_spans)
    units = build_units(articles)
    clusters = cluster_units(units, find_links(units, rarity) + exact_links(units))
    if draft_index:
        clusters = attach_draft_quotes(clusters, units, draft_index)
    fidelity = outlet_fidelity(clusters, units)

    sentences = index_sentences([reported_sentences(r, spans) for r, spans in zip(articles, sentence_spans, strict=True)])
    found = [find_indirect([units[i] for i in c], articles, sentences, rarity) for c in clusters]
    # One sentence reports one utterance: it goes to the group it shares most with.
    best_for: dict[tuple[int, int], float] = {}
    for candidates in found:
        for f in candidates:
            best_for[(f.article, f.start)] = max(best_for.get((f.article, f.start), 0.0), f.score)

    groups: list[QuoteGroup] = []
    assigned: dict[tuple[str, str], tuple[str, str]] = {}  # (article id, quote id) -> (group, drift)
    for number, (cluster, candidates) in enumerate(zip(clusters, found, strict=True), start=1):
        group_id = _group_id(number)
        versions = versions_of(cluster, units)
        indirect = [f for f in candidates if f.score >= best_for[(f.article, f.start)]]
        sources = [v for v in versions if v.article not in draft_index] or versions
        if len(versions) == 1 and not indirect:
            reference = ReferenceChoice(versions[0], "only version")
        elif draft_index and len(sources) == 1:
            reference = ReferenceChoice(sources[0], "the only source version")
        else:
            reference = choose_reference(sources, articles, fidelity, reference_outlet)
        members = _members(cluster, reference, versions, units, indirect, articles, draft_index)
        ref_units = reference.version.units
        groups.append(
            QuoteGroup(
                id=group_id,
                speaker=next((u.who.name for u in ref_units if u.who), ""),
                reference_quote_id=ref_units[0].quotes[0].id,
                reference_article_id=articles[reference.version.article].article.id,
                reference_reason=reference.reason,
                members=tuple(members),
            )
        )
        for m in members:
            if m.quote_id:
                assigned[(m.article_id, m.quote_id)] = (group_id, m.drift.value)

    updated = []
    for result in articles:
        key = result.article.id
        quotes = tuple(
            replace(q, group=assigned[(key, q.id)][0], drift=assigned[(key, q.id)][1]) if (key, q.id) in assigned else q
            for q in result.quotes
        )
        updated.append(replace(result, quotes=quotes))
    return groups, updated
