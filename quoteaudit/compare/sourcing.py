"""Compare how outlets attribute the same claims, and whether they credit the reporting
they reproduce.

Outlets rewriting one story keep the claims but change who stands behind them: "Four
sources said" becomes "several sources say", "11 sources familiar with the matter" becomes
"11 sources close to the situation", an attribution disappears and the claim reads as fact,
and the agency that broke the story is credited by some outlets and silently copied by
others. This module aligns the sentences of different articles that carry the same claim
and reports each such change as a :class:`~quoteaudit.models.SourcingChange`:

- ``count``: the number of sources differs ("four" -> "several", one source -> "sources");
- ``descriptor``: the description differs ("familiar with the matter" -> "close to the situation");
- ``dropped``: one outlet attributes the claim, another states it with no source and no hedge;
- ``credit``: an article shares many claims with one that credits a wire, and credits nobody.

Claims are aligned lexically, which is enough within one story: a sentence's content words
(stemmed, accents folded, the attribution itself left out) weighted by how rare they are in
the audit, compared by a weighted Dice coefficient; two sentences are the same claim when
each is the other's best match in its article (mutual best) and the score clears a
threshold. A shared explicit count of sources ("11 sources") counts as evidence too.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from quoteaudit.compare.drift import stem, without_accents
from quoteaudit.extract.sources import grammar, is_hedged, sentence_spans, wire_name
from quoteaudit.models import Annotation, ArticleResult, SourceMention, SourcingChange

# Mutual best matches at or above this score are the same claim: on the seed story true
# paraphrases score 0.3-0.8 and unrelated sentences of the same story below 0.3.
SAME_CLAIM = 0.30
# Every pair of versions in one claim group must share at least this much.
GROUP_LINK = 0.15
# Saying a claim lost its attribution is a stronger statement: ask for a closer match.
DROPPED_CLAIM = 0.35
# The same explicit count of sources ("11 sources") in both sentences is strong evidence
# that they report the same sources, even when the claim sentences were rewritten.
COUNT_SIGNATURE_BONUS = 0.20
# An article reproduces another's reporting when at least this many of its claims, and this
# share of its claim sentences, align with it (independent reports share a few facts).
MIN_SHARED_CLAIMS = 4
MIN_SHARED_SHARE = 0.20
# … and at least this many of the shared claims rest on the crediting article's unnamed
# sources: independent reporters share facts, not another newsroom's anonymous sources.
MIN_SHARED_SOURCED = 2
# Quotes whose words match this closely (rapidfuzz partial ratio) are the same quote.
SAME_QUOTE = 88
# Two claims must share at least this many content words to be compared at all.
MIN_SHARED_WORDS = 3
# Sentences shorter than this (content words) are headings, captions or asides.
MIN_CLAIM_WORDS = 3
# Descriptions at or above this similarity (rapidfuzz token-set ratio) are the same.
SAME_DESCRIPTOR = 85

# A sentence that ends in terminal punctuation is prose; captions and crossheads do not.
PROSE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”’]\s*$")


@dataclass(frozen=True)
class Claim:
    """One sentence of one article, ready to be compared with the others."""

    article: int  # index into the audit's article list
    start: int
    end: int
    text: str
    words: frozenset[str]
    mentions: tuple[SourceMention, ...]
    hedged: bool  # "reportedly", "is said to", or someone named says it ("Mora said …")
    carried: tuple[SourceMention, ...] = ()  # attribution given by the next sentence ("This shift, confirmed by …")

    @property
    def attributed(self) -> bool:
        return bool(self.mentions)

    @property
    def reads_as_fact(self) -> bool:
        return not (self.mentions or self.carried or self.hedged)

    @property
    def anonymous(self) -> tuple[SourceMention, ...]:
        return tuple(m for m in self.mentions if m.anonymous)


# ---------------------------------------------------------------- claims and similarity


def content_words(text: str) -> frozenset[str]:
    """The stemmed content words of a sentence: what two versions of a claim share."""
    stopwords = grammar().stopwords
    out = set()
    for raw in re.findall(r"[A-Za-z][\w’'-]*", without_accents(text)):
        word = re.sub(r"['’]s?$", "", raw.lower().replace("’", "'"))
        if len(word) >= 3 and word not in stopwords:
            out.add(stem(word))
    return frozenset(out)


def _sentence_spans(result: ArticleResult, annotation: Annotation | None) -> list[tuple[int, int]]:
    if annotation is None:
        # The pipeline may pass only results; the no-model splitter gives the same sentences
        # the rule engine gave the extractors, and costs milliseconds.
        from quoteaudit.nlp.rules_engine import RulesAnnotator

        annotation = RulesAnnotator().annotate(result.article.text)
    return sentence_spans(result.article, annotation)


def claims_of(index: int, result: ArticleResult, annotation: Annotation | None = None) -> list[Claim]:
    """The article's prose sentences with their source mentions; the attribution words are
    left out of ``words`` so that two outlets' versions of a claim compare on the claim."""
    article = result.article
    title = " ".join(article.title.split()).lower()
    claims = []
    # source mentions by offset, so each sentence finds its own by bisection, not by a scan
    # of every mention in the article (a long article has thousands of each)
    by_start = sorted(range(len(result.sources)), key=lambda k: result.sources[k].start)
    starts = [result.sources[k].start for k in by_start]
    for start, end in _sentence_spans(result, annotation):
        text = article.text[start:end]
        if not PROSE_END.search(text) or text.rstrip().endswith("?"):
            continue  # headings, captions and FAQ questions assert nothing
        if title and " ".join(text.split()).lower().rstrip(".") == title.rstrip("."):
            continue  # the headline repeated in the body
        inside = by_start[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        mentions = tuple(result.sources[k] for k in sorted(inside))
        masked = list(text)
        for m in mentions:
            for k in range(max(0, m.start - start), min(len(text), m.end - start)):
                masked[k] = " "
        words = content_words("".join(masked))
        if len(words) >= MIN_CLAIM_WORDS:
            claims.append(Claim(index, start, end, text, words, mentions, is_hedged(text) or _voiced(text)))
    # a sentence that opens with a demonstrative refers to the claim just before it: "This
    # strategic shift, confirmed by 11 sources …" attributes the previous sentence too
    anaphor = grammar().anaphor_re
    for k in range(1, len(claims)):
        current = claims[k]
        if not (current.mentions and anaphor.match(current.text)):
            continue
        # "X happened. This comes amid … This shift, confirmed by 11 sources, …": the
        # attribution reaches back over a chain of sentences that each point to the one before.
        j = k
        while j > 0 and anaphor.match(claims[j].text) and not article.text[claims[j - 1].end : claims[j].start].strip():
            claims[j - 1] = replace(claims[j - 1], carried=current.mentions)
            j -= 1
        claims[k] = replace(current, words=current.words | claims[k - 1].words)
    return claims


def _voiced(text: str) -> bool:
    """A sentence with a speech verb is attributed to someone, if not to an unnamed source:
    "Senator Ruiz said …" does not state its claim as the outlet's own fact."""
    verbs = grammar().core_verbs
    return any(w in verbs for w in re.findall(r"[a-z]+", text))


class Scorer:
    """Weighted Dice similarity between claims, with weights from the whole audit: words
    every outlet uses in every sentence of the story ("Cuban") count little, rare ones
    ("bodyguards") much."""

    def __init__(self, claims: Sequence[Claim]):
        frequency: dict[str, int] = {}
        for claim in claims:
            for word in claim.words:
                frequency[word] = frequency.get(word, 0) + 1
        total = max(1, len(claims))
        self.weight = {w: math.log(1 + total / n) for w, n in frequency.items()}
        self._mass: dict[frozenset[str], float] = {}
        self._scores: dict[tuple, float] = {}

    def mass(self, words: frozenset[str]) -> float:
        if words not in self._mass:
            self._mass[words] = sum(self.weight.get(w, 0.0) for w in words)
        return self._mass[words]

    def signature(self, claim: Claim) -> tuple[frozenset[str], frozenset[int]]:
        """What a claim's score depends on: its words and the source counts it gives.
        A story syndicated to many sites repeats each signature many times."""
        return claim.words, frozenset(m.count for m in claim.mentions if m.anonymous and m.count and m.count >= 2)

    def lexical(self, a: Claim, b: Claim) -> float:
        return self._lexical(a.words, b.words)

    def _lexical(self, a: frozenset[str], b: frozenset[str]) -> float:
        mass_a, mass_b = self.mass(a), self.mass(b)
        shared = sum(self.weight.get(w, 0.0) for w in a & b)
        return 2 * shared / (mass_a + mass_b) if mass_a + mass_b else 0.0

    def score(self, a: Claim, b: Claim) -> float:
        return self.score_signatures(self.signature(a), self.signature(b))

    def score_signatures(self, a: tuple, b: tuple) -> float:
        """Computed once per pair of signatures, however many copies carry them."""
        key = (a, b)
        if key not in self._scores:
            bonus = COUNT_SIGNATURE_BONUS if a[1] & b[1] else 0.0
            self._scores[key] = self._lexical(a[0], b[0]) + bonus
        return self._scores[key]


def align(claims: Sequence[Claim], scorer: Scorer, minimum: float = SAME_CLAIM) -> list[tuple[Claim, Claim, float]]:
    """Pairs of claims from different articles that are each other's best match, scoring at
    least ``minimum`` and sharing at least ``MIN_SHARED_WORDS`` content words; each pair once,
    the earlier article first. Only claims that share a word are scored (an inverted index
    over distinct signatures: copies of one sentence are scored once), so a large audit of
    unrelated articles, or one story syndicated to hundreds of sites, stays fast."""
    copies: dict[tuple, list[int]] = {}
    for n, claim in enumerate(claims):
        copies.setdefault(scorer.signature(claim), []).append(n)
    signatures = list(copies)
    index: dict[str, list[int]] = {}
    for k, signature in enumerate(signatures):
        for word in signature[0]:
            index.setdefault(word, []).append(k)
    best: dict[tuple[int, int], tuple[int, float]] = {}  # (claim, other article) -> (claim, score)
    for signature in signatures:
        shared: dict[int, int] = {}
        for word in signature[0]:
            for other in index[word]:
                shared[other] = shared.get(other, 0) + 1
        # one or two common words make no claim: "He had completed …" / "… completing …"
        related = [
            (copies[signatures[other]], scorer.score_signatures(signature, signatures[other]))
            for other, count in shared.items()
            if count >= MIN_SHARED_WORDS
        ]
        for n in copies[signature]:
            article = claims[n].article
            for members, score in related:
                for m in members:
                    other = claims[m].article
                    if other == article:
                        continue
                    held = best.get((n, other))
                    if held is None or score > held[1]:
                        best[(n, other)] = (m, score)
    pairs = []
    for (n, other), (m, score) in best.items():
        if claims[n].article < other and score >= minimum and best.get((m, claims[n].article), (-1, 0))[0] == n:
            pairs.append((claims[n], claims[m], score))
    return pairs


# ---------------------------------------------------------------- comparing attributions


def _rank(claim: Claim, mention: SourceMention | None, credited: set[int]) -> tuple:
    """Which version is the reference: the one that gives a number (a single source turned
    into "sources", or "four" into "several", is how copies degrade, rarely the reverse),
    then one from an article that credits the original reporting, then the more specific
    description, then the earlier article."""
    counted = mention is not None and mention.count is not None
    return (counted, claim.article in credited, mention.specificity if mention else -1, -claim.article)


def _best_pair(a: Claim, b: Claim) -> tuple[SourceMention, SourceMention] | None:
    """The two anonymous mentions that describe the same sources: same kind first, then the
    same count; None when either version names no anonymous source (a wire or a name)."""
    pairs = [(x, y) for x in a.anonymous if not x.refers_to for y in b.anonymous if not y.refers_to]
    pairs += [(x, y) for x in a.anonymous for y in b.anonymous if (x, y) not in pairs]
    if not pairs:
        return None
    return max(pairs, key=lambda p: (p[0].kind == p[1].kind, p[0].count == p[1].count, -abs(p[0].start - a.start)))


def _mention_pairs(a: Claim, b: Claim) -> list[tuple[SourceMention, SourceMention]]:
    """Every anonymous mention of ``b`` with the mention of ``a`` that describes the same
    sources: the one of the same kind at the same place among that kind's mentions ("three
    officials … and two diplomats" against "four officials … and two diplomats" pairs the
    officials, so the changed count is seen). Without such pairs, the single best pair."""
    pairs = []
    for x in b.anonymous:
        theirs = [m for m in a.anonymous if m.kind == x.kind]
        mine = [m for m in b.anonymous if m.kind == x.kind]
        k = mine.index(x)
        if len(theirs) == len(mine):
            pairs.append((theirs[k], x))
    if pairs:
        return pairs
    best = _best_pair(a, b)
    return [best] if best else []


def _resolve(mention: SourceMention, mentions: Mapping[str, SourceMention]) -> SourceMention:
    """A back-reference ("The same source") stands for the mention it repeats."""
    return mentions.get(mention.refers_to, mention)


def _description(m: SourceMention) -> str:
    return " ".join(x for x in (m.descriptor, m.affiliation) if x).lower().replace("’", "'")


def _count_phrase(m: SourceMention) -> str:
    if m.count is not None:
        return str(m.count)
    return m.count_text.lower() or "no number"


def _outlet(result: ArticleResult) -> str:
    return result.article.outlet or result.article.id


def compare_sourcing(
    articles: list[ArticleResult],
    annotations: Mapping[str, Annotation] | None = None,
    drafts: frozenset[str] = frozenset(),
) -> list[SourcingChange]:
    """Count drift, descriptor drift, dropped attributions and uncredited reproduction across
    the articles of one audit, in article order. ``annotations`` (by article id) give the
    sentence spans; without them the no-model sentence splitter is used. ``drafts``: in
    `check`, articles that are never the reference (a source always outranks a draft)."""
    annotations = annotations or {}
    claims: list[Claim] = []
    for index, result in enumerate(articles):
        claims.extend(claims_of(index, result, annotations.get(result.article.id)))
    if len({c.article for c in claims}) < 2:
        return []
    scorer = Scorer(claims)
    pairs = align(claims, scorer)
    credited = {i for i, r in enumerate(articles) if _credited_names(r)}
    mentions = {m.id: m for r in articles for m in r.sources}
    found: dict[tuple, tuple[tuple, SourcingChange]] = {}

    def keep(key: tuple, rank: tuple, change: SourcingChange) -> None:
        """One change per (article, place, kind): the one against the best reference wins."""
        if key not in found or rank > found[key][0]:
            found[key] = (rank, change)

    for group in claim_groups([(a, b, score) for a, b, score in pairs if a.attributed and b.attributed], scorer):
        ref = max(group, key=lambda c: (articles[c.article].article.id not in drafts, _rank(c, _primary(c, mentions), credited)))
        for other in group:
            # the reference itself, or a version that names no anonymous source, has no pairs
            for pair in _mention_pairs(ref, other) if other is not ref else []:
                ref_m, other_m = (_resolve(m, mentions) for m in pair)
                shown = pair[1]  # as written in the other article, perhaps "the same source"
                for kind, message in _drift(ref_m, other_m, articles[ref.article]):
                    change = _change(kind, ref, ref_m.text, other, shown.start, shown.end, shown.text, message, articles)
                    keep((other.article, shown.start, kind), _rank(ref, ref_m, credited), change)
    for a, b, score in pairs:
        if score >= DROPPED_CLAIM and (a.attributed != b.attributed):
            ref, bare = (a, b) if a.attributed else (b, a)
            if not bare.reads_as_fact or not ref.anonymous:
                continue  # "reportedly" keeps a distance; a wire-only attribution is a credit matter
            source = _resolve(ref.anonymous[0], mentions)  # "The same source" stands for its antecedent
            message = f"states as fact what {_outlet(articles[ref.article])} attributes to \u201c{source.text}\u201d"
            change = _change("dropped", ref, source.text, bare, bare.start, bare.end, bare.text, message, articles)
            keep((bare.article, bare.start, "dropped"), _rank(ref, source, credited), change)
    for change in _credit_changes(articles, claims, pairs):
        keep((change.article_id, change.start, "credit"), (True, 0, 0), change)
    order = {r.article.id: i for i, r in enumerate(articles)}
    changes = sorted((c for _, c in found.values()), key=lambda c: (order[c.article_id], c.start, c.kind))
    return numbered(changes)


def _primary(claim: Claim, mentions: Mapping[str, SourceMention]) -> SourceMention | None:
    """The anonymous source a claim rests on (a repeat stands for its antecedent)."""
    return _resolve(claim.anonymous[0], mentions) if claim.anonymous else None


def claim_groups(pairs: Sequence[tuple[Claim, Claim, float]], scorer: Scorer) -> list[list[Claim]]:
    """The versions of one claim across outlets: aligned pairs joined, strongest first. A
    version joins a group only if it resembles every member at least a little (a long
    sentence that merges two claims must not chain them together) and never beside another
    sentence of its own article."""

    # Per group, the articles it holds and the distinct signatures of its claims, kept as
    # the group grows: a claim syndicated to 300 sites makes groups of 300, and testing
    # each join against every member would cost the square of that.
    articles_of: dict[int, set[int]] = {}
    signatures_of: dict[int, set[tuple]] = {}
    refused: set[tuple[int, int]] = set()  # groups only grow, so a refused merge stays refused

    def resembles(signatures: set[tuple], group: int) -> bool:
        return all(scorer.score_signatures(s, t) >= GROUP_LINK for s in signatures for t in signatures_of[group])

    def fits(claim: Claim, group: int) -> bool:
        return claim.article not in articles_of[group] and resembles({scorer.signature(claim)}, group)

    def add(claim: Claim, group: int) -> None:
        groups.setdefault(group, []).append(claim)
        articles_of.setdefault(group, set()).add(claim.article)
        signatures_of.setdefault(group, set()).add(scorer.signature(claim))
        group_of[(claim.article, claim.start)] = group

    group_of: dict[tuple[int, int], int] = {}
    groups: dict[int, list[Claim]] = {}
    next_id = 0
    for a, b, _score in sorted(pairs, key=lambda p: -p[2]):
        ga, gb = group_of.get((a.article, a.start)), group_of.get((b.article, b.start))
        if ga is None and gb is None:
            add(a, next_id)
            add(b, next_id)
            next_id += 1
        elif ga is not None and gb is None and fits(b, ga):
            add(b, ga)
        elif gb is not None and ga is None and fits(a, gb):
            add(a, gb)
        elif ga is not None and gb is not None and ga != gb and (ga, gb) not in refused:
            # every member of gb must fit ga as it stands: no shared article, each resembles each
            if articles_of[ga].isdisjoint(articles_of[gb]) and resembles(signatures_of[gb], ga):
                for c in groups.pop(gb):
                    add(c, ga)
                del articles_of[gb], signatures_of[gb]
            else:
                refused.add((ga, gb))
    return list(groups.values())


def _drift(ref: SourceMention, other: SourceMention, ref_result: ArticleResult) -> list[tuple[str, str]]:
    """The count and description changes from the reference mention to the other one."""
    from rapidfuzz import fuzz

    outlet = _outlet(ref_result)
    out = []
    if ref.count != other.count and not (ref.count is None and other.count is None):
        out.append(
            (
                "count",
                f"\u201c{other.text}\u201d ({_count_phrase(other)}) where {outlet} has \u201c{ref.text}\u201d ({_count_phrase(ref)})",
            )
        )
    ref_d, other_d = _description(ref), _description(other)
    if (ref_d or other_d) and fuzz.token_set_ratio(ref_d, other_d) < SAME_DESCRIPTOR:
        if ref_d and other_d:
            what = f"describes the sources as \u201c{other.text}\u201d where {outlet} has \u201c{ref.text}\u201d"
        elif ref_d:
            what = f"drops the description: \u201c{other.text}\u201d where {outlet} has \u201c{ref.text}\u201d"
        else:
            what = f"adds a description: \u201c{other.text}\u201d where {outlet} has only \u201c{ref.text}\u201d"
        out.append(("descriptor", what))
    return out


def _change(kind, ref: Claim, ref_text, other: Claim, start, end, text, message, articles) -> SourcingChange:
    return SourcingChange(
        id="",
        kind=kind,
        claim=ref.text,
        reference_article_id=articles[ref.article].article.id,
        reference_text=ref_text,
        article_id=articles[other.article].article.id,
        text=text,
        start=start,
        end=end,
        message=message,
    )


def numbered(changes: Sequence[SourcingChange], first: int = 1) -> list[SourcingChange]:
    """CHANGES with the ids SC<first>, SC<first + 1>, …: an audit of several stories compares
    each on its own, and each story's changes are numbered on from the story before it."""
    return [replace(c, id=f"SC{n}") for n, c in enumerate(changes, first)]


# ---------------------------------------------------------------- credit


def _credited_names(result: ArticleResult) -> set[str]:
    """The wires an article credits, and the wire it is, when its outlet is one."""
    names = {c.name for c in result.credits}
    own = wire_name(result.article.outlet)
    return names | {own} if own else names


def _shared_quotes(a: ArticleResult, b: ArticleResult) -> int:
    def spoken(result: ArticleResult) -> tuple[str, ...]:
        return tuple(" ".join(q.text.lower().split()) for q in result.quotes if len(q.text) >= 20)

    return _shared_quote_count(spoken(a), spoken(b))


@functools.lru_cache(maxsize=65536)
def _shared_quote_count(theirs: tuple[str, ...], ours: tuple[str, ...]) -> int:
    """Counted once per pair of quote lists: syndicated copies repeat the same list."""
    from rapidfuzz import fuzz

    return sum(1 for q in ours if any(fuzz.partial_ratio(q, t) >= SAME_QUOTE for t in theirs))


def _credit_changes(articles: list[ArticleResult], claims: list[Claim], aligned: list[tuple[Claim, Claim, float]]) -> list[SourcingChange]:
    """Articles that share many claims (and quotes) with an article that credits a wire, and
    credit none of the wires it credits: copied reporting without credit."""
    by_article: dict[int, list[Claim]] = {}
    for claim in claims:
        by_article.setdefault(claim.article, []).append(claim)
    # Aligned pairs by the two articles they join, found once: a story of N articles has
    # N² article pairs, and scanning every aligned pair for each would cost N³.
    by_pair: dict[frozenset[int], list[tuple[Claim, Claim, float]]] = {}
    for p in aligned:
        by_pair.setdefault(frozenset((p[0].article, p[1].article)), []).append(p)
    credited = [_credited_names(r) for r in articles]
    changes = []
    for j, copy in enumerate(articles):
        own = credited[j]
        best = None
        for i, source in enumerate(articles):
            names = credited[i]
            if i == j or not names or names & own:
                continue  # crediting any of the same wires is credit enough
            pairs = by_pair.get(frozenset((i, j)), [])
            shared = sorted((p[1] if p[0].article == i else p[0] for p in pairs), key=lambda c: c.start)
            # claims the crediting article rests on unnamed sources: those sources belong to the
            # original reporter, so an outlet repeating them is repeating that reporting
            sourced = [p for p in pairs if (p[0] if p[0].article == i else p[1]).anonymous]
            total = len(by_article.get(j, []))
            if len(sourced) < MIN_SHARED_SOURCED or not total or len(shared) / total < MIN_SHARED_SHARE:
                continue  # the shared quotes (fuzzy matching, the costly part) cannot help
            quotes = _shared_quotes(source, copy)
            if len(shared) + quotes >= MIN_SHARED_CLAIMS and (best is None or len(shared) + quotes > best[0]):
                best = (len(shared) + quotes, i, shared, quotes, sorted(names))
        if best is None:
            continue
        _, i, shared, quotes, credited_names = best
        source = articles[i]
        first = shared[0] if shared else None
        credit = next((c for c in source.credits if c.name in credited_names), None)
        what = f"{len(shared)} claims" + (f" and {quotes} quotes" if quotes else "")
        changes.append(
            SourcingChange(
                id="",
                kind="credit",
                claim=first.text if first else "",
                reference_article_id=source.article.id,
                reference_text=credit.text if credit else credited_names[0],
                article_id=copy.article.id,
                text=first.text if first else "",
                start=first.start if first else -1,
                end=first.end if first else -1,
                message=(
                    f"shares {what} with {_outlet(source)}, which credits {', '.join(credited_names)}; "
                    f"this article credits {', '.join(sorted(own)) if own else 'no one'}"
                ),
            )
        )
    return changes


# ---------------------------------------------------------------- per-outlet tallies


def tally_sources(result: ArticleResult) -> dict:
    """What one article rests on, for the outlet summary: named speakers, anonymous sources
    (each counted once: repeats are linked), vague attributions, credited wires, the share of
    attributed claims that rest on unnamed sources and the mean specificity (0-3) of the
    anonymous descriptions."""
    g = grammar()
    first_mentions = [m for m in result.sources if not m.refers_to]
    anonymous = [m for m in first_mentions if m.anonymous and m.kind not in g.vague_kinds]
    vague = [m for m in first_mentions if m.anonymous and m.kind in g.vague_kinds]
    named_speakers = {q.speaker.name for q in result.quotes if q.speaker and q.speaker.kind.value == "named"}
    claims: dict[tuple[int, int], list[SourceMention]] = {}
    for m in result.sources:
        claims.setdefault((m.claim_start, m.claim_end), []).append(m)
    unnamed_claims = [c for c in claims.values() if all(m.anonymous for m in c)]
    return {
        "article_id": result.article.id,
        "outlet": _outlet(result),
        "named_speakers": len(named_speakers),
        "anonymous_sources": len(anonymous),
        "vague_attributions": len(vague),
        "named_sources": len([m for m in first_mentions if not m.anonymous]),
        "wires_credited": sorted({c.name for c in result.credits}),
        "attributed_claims": len(claims),
        "claims_on_unnamed_sources": len(unnamed_claims),
        "share_on_unnamed": round(len(unnamed_claims) / len(claims), 3) if claims else 0.0,
        "mean_specificity": round(sum(m.specificity for m in anonymous) / len(anonymous), 2) if anonymous else None,
    }
