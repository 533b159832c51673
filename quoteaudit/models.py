"""Frozen dataclasses and str-Enums shared by every stage of the pipeline.

Stages pass these records forward and never mutate them; a later stage that adds
information (a quote's group, its drift) makes a new record with dataclasses.replace.
All offsets are Python str indices into ``Article.text``.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class QuoteKind(StrEnum):
    """What a quotation-marked span is: only FULL, FRAGMENT and TURN are someone's words."""

    FULL = "full"  # a sentence or more of someone's words
    FRAGMENT = "fragment"  # a few of someone's words woven into the reporter's sentence
    TURN = "turn"  # a transcript's turn printed with no quotation marks, after its speaker's label
    SCARE = "scare"  # distancing quotes around a term ("assault weapons")
    TITLE = "title"  # title of a work, programme or event
    NICKNAME = "nickname"  # Ernesto "Che" Guevara
    HEADLINE = "headline"  # a quoted headline or slogan in site furniture


SPOKEN_KINDS = frozenset({QuoteKind.FULL, QuoteKind.FRAGMENT, QuoteKind.TURN})


class SpeakerKind(StrEnum):
    NAMED = "named"
    PRONOUN = "pronoun"
    ANONYMOUS = "anonymous"  # "a White House official", "sources familiar with the matter"
    GROUP = "group"  # "both leaders", "experts"
    ORGANIZATION = "organization"  # "the Cuban government", "Reuters"
    UNKNOWN = "unknown"


class Drift(StrEnum):
    """How one outlet's version of an utterance differs from the group's reference."""

    IDENTICAL = "identical"
    TYPOGRAPHIC = "typographic"
    EXCERPT = "excerpt"
    ELIDED = "elided"
    ALTERED = "altered"
    PARAPHRASED = "paraphrased"
    INDIRECT = "indirect"
    MISATTRIBUTED = "misattributed"
    UNIQUE = "unique"


class Severity(StrEnum):
    SUGGESTION = "suggestion"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"suggestion": 1, "warning": 2, "error": 3}[self.value]


@dataclass(frozen=True)
class Article:
    """One news article as ingested.

    ``body_end`` is where trailing site furniture (related-news lists, FAQ blocks, tag
    lines) begins; extractors ignore text after it but offsets still index ``text``.
    """

    id: str
    text: str
    outlet: str = ""
    title: str = ""
    byline: str = ""
    published: str = ""
    url: str = ""
    path: str = ""
    body_end: int = -1  # -1: the whole text is body
    repairs: str = ""  # what ingest had to do to read the text ("mojibake repaired"), for the report
    story_id: str = ""  # the story the input says the article belongs to; "" when it says none

    @property
    def body(self) -> str:
        return self.text if self.body_end < 0 else self.text[: self.body_end]

    def story(self, group_by: str) -> str:
        """The story this article is compared in when stories are named by the field
        ``group_by`` (one of STORY_FIELDS); "" (no field) puts every article in one story."""
        return str(getattr(self, group_by)) if group_by else ""


# The Article fields that can name a story (`audit --group-by`): each is shown in the JSON
# report, so a reader can tell which articles were compared with which.
STORY_FIELDS = ("story_id", "outlet", "title", "byline", "published", "url", "path")


# ---------------------------------------------------------------- NLP annotation


@dataclass(frozen=True)
class Token:
    """A word with character offsets; optional fields are filled when the engine has them.

    ``head`` is the 1-based index of the governing token within the sentence (0 = root),
    as in Universal Dependencies; ``None`` when no parser ran.
    """

    text: str
    start: int
    end: int
    upos: str | None = None
    lemma: str | None = None
    head: int | None = None
    deprel: str | None = None


@dataclass(frozen=True)
class Entity:
    text: str
    start: int
    end: int
    type: str  # PERSON, ORG, GPE, NORP, ...


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]


@dataclass(frozen=True)
class Annotation:
    """What an NLP engine knows about one article's text."""

    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...] = ()
    engine: str = "rules"  # "stanza:tokenize,mwt,pos" or "rules"

    @functools.cached_property
    def has_parse(self) -> bool:
        """Whether a parser ran: a fact about the article, computed once, not per quote."""
        return any(t.head is not None for s in self.sentences for t in s.tokens)

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentences_between(self, start: int, end: int) -> tuple[Sentence, ...]:
        """The sentences that overlap [start, end), found by bisection over their offsets
        (sentences are in text order and do not overlap), so a lookup per quote costs
        log(sentences), not a scan of the article."""
        first = max(bisect.bisect_right(self._sentence_starts, start) - 1, 0)
        while first < len(self.sentences) and self.sentences[first].end <= start:
            first += 1
        last = bisect.bisect_left(self._sentence_starts, end, lo=first)
        return self.sentences[first:last]


# ---------------------------------------------------------------- extraction


@dataclass(frozen=True)
class Speaker:
    """Who said a quote.

    ``mention`` is the words next to the quote ("he", "a White House official");
    ``name`` is the resolved person or body ("Donald Trump"), or the mention itself
    when nothing better is known.
    """

    name: str
    mention: str
    mention_start: int
    mention_end: int
    kind: SpeakerKind = SpeakerKind.NAMED
    role: str = ""  # "former U.S. ambassador to the Organization of American States"
    method: str = ""  # the attribution sieve that found it
    confidence: float = 0.0
    cue: str = ""  # the speech verb or lead-in ("said", "according to", ":")

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": self.mention,
            "mention_start": self.mention_start,
            "mention_end": self.mention_end,
            "kind": self.kind.value,
            "role": self.role,
            "method": self.method,
            "confidence": round(self.confidence, 3),
            "cue": self.cue,
        }


@dataclass(frozen=True)
class _Span:
    """What a quote and a source mention both are: a stretch of one article's text with an
    id, written to JSON the same way."""

    id: str
    article_id: str
    start: int
    end: int
    text: str

    def _span_json(self) -> dict[str, Any]:
        return {"id": self.id, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Quote(_Span):
    """A quotation-marked span. ``start``/``end`` exclude the marks.

    ``repaired`` says which mark was missing in the source ("missing_open",
    "missing_close") when the span was recovered; ``paragraphs`` > 1 for a quote that
    runs over several paragraphs.
    """

    kind: QuoteKind = QuoteKind.FULL
    repaired: str = ""
    paragraphs: int = 1
    context: str = ""  # the sentence(s) the quote stands in
    speaker: Speaker | None = None
    relayed_by: Speaker | None = None  # "Ortega said, according to the Ledger": the Ledger passed the words on
    group: str = ""
    drift: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            **self._span_json(),
            "kind": self.kind.value,
            "repaired": self.repaired or None,
            "paragraphs": self.paragraphs,
            "context": self.context,
            "speaker": self.speaker.to_json() if self.speaker else None,
            "relayed_by": self.relayed_by.to_json() if self.relayed_by else None,
            "group": self.group or None,
            "drift": self.drift or None,
        }


@dataclass(frozen=True)
class SourceMention(_Span):
    """An attribution to a source, named or not: "11 sources familiar with the matter".

    ``count`` is None when the text gives none ("several sources", "officials");
    ``refers_to`` links "the same source" to the mention it repeats.
    """

    count: int | None = None
    count_text: str = ""
    descriptor: str = ""  # "familiar with the matter"
    affiliation: str = ""  # "Venezuela's ruling party"
    anonymous: bool = True
    kind: str = ""  # "sources", "official", "person", "wire", "reports", "observers", ...
    claim: str = ""  # the sentence it supports
    claim_start: int = -1
    claim_end: int = -1
    specificity: int = 0  # 0 (vague) .. 3 (count + affiliation + reason)
    refers_to: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            **self._span_json(),
            "count": self.count,
            "count_text": self.count_text or None,
            "descriptor": self.descriptor or None,
            "affiliation": self.affiliation or None,
            "anonymous": self.anonymous,
            "kind": self.kind,
            "claim": self.claim,
            "claim_start": self.claim_start,
            "claim_end": self.claim_end,
            "specificity": self.specificity,
            "refers_to": self.refers_to or None,
        }


@dataclass(frozen=True)
class Credit:
    """Original reporting an article credits: "according to a Reuters exclusive"."""

    name: str  # canonical: "Reuters"
    text: str  # as written: "Reuter's"
    start: int
    end: int


# ---------------------------------------------------------------- comparison


@dataclass(frozen=True)
class DiffOp:
    """One step of a word-level diff of a version against its reference.

    op is "equal", "insert" (words only in the version), "delete" (words only in the
    reference), "replace", "move" (same words, other place) or "typo" (same words
    but for typography).
    """

    op: str
    ref: str = ""
    text: str = ""


@dataclass(frozen=True)
class GroupMember:
    """One outlet's version of an utterance. ``quote_id`` is empty for an indirect
    version, which has no quote marks and is located by ``start``/``end`` instead."""

    article_id: str
    quote_id: str
    start: int
    end: int
    text: str
    speaker: str
    drift: Drift
    similarity: float
    reason: str
    diff: tuple[DiffOp, ...] = ()
    # The version this one was compared with (the reference, or in `check` the source
    # version that matches the draft's best): where an editor goes to read the original.
    compared_article_id: str = ""
    compared_start: int = -1
    compared_end: int = -1
    compared_text: str = ""
    # Changes that can reverse or distort what was said ("the cut drops “not”"): a negation,
    # a number or date, a condition dropped, added or swapped.
    meaning: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuoteGroup:
    """The versions of one utterance across the articles of an audit."""

    id: str
    speaker: str
    reference_quote_id: str
    reference_article_id: str
    reference_reason: str
    members: tuple[GroupMember, ...]


@dataclass(frozen=True)
class SourcingChange:
    """How the attribution of one claim differs between two outlets.

    kind: "count" ("four sources" -> "several sources"), "descriptor", "dropped"
    (claim present, attribution gone: reads as fact), "credit" (copied reporting
    without credit).
    """

    id: str
    kind: str
    claim: str
    reference_article_id: str
    reference_text: str
    article_id: str
    text: str
    start: int
    end: int
    message: str


# ---------------------------------------------------------------- findings and results


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    severity: Severity
    message: str
    article_id: str = ""
    start: int = -1
    end: int = -1
    related_article_ids: tuple[str, ...] = ()
    subject_id: str = ""  # the quote, source mention or group it is about

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "article": self.article_id or None,
            "start": self.start if self.start >= 0 else None,
            "end": self.end if self.end >= 0 else None,
            "related_articles": list(self.related_article_ids),
            "subject": self.subject_id or None,
        }


@dataclass(frozen=True)
class ArticleResult:
    """An article with everything extracted from it."""

    article: Article
    engine: str
    quotes: tuple[Quote, ...] = ()
    sources: tuple[SourceMention, ...] = ()
    credits: tuple[Credit, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()  # (start, end) of each sentence, from the Annotation


@dataclass(frozen=True)
class InputProblem:
    """A file that could not be read; the batch goes on without it."""

    path: str
    message: str


@dataclass(frozen=True)
class AuditResult:
    articles: tuple[ArticleResult, ...]
    groups: tuple[QuoteGroup, ...] = ()
    sourcing_changes: tuple[SourcingChange, ...] = ()
    findings: tuple[Finding, ...] = ()
    engine: str = ""
    problems: tuple[InputProblem, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)
    # In `check`: the articles being judged; every other article is a source, the reference.
    drafts: tuple[str, ...] = ()
    # The Article field whose value names each story (quotes and sourcing are compared only
    # between articles of one story); "": all the articles are one story.
    group_by: str = ""
