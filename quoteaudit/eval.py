"""Score quote extraction and speaker attribution against gold in the ../shared/eval format.

A prediction counts when at least 80% of it lies in gold and it covers 80% of a gold span
(spans trimmed of surrounding punctuation and white space). A multi-paragraph prediction is
matched against the gold records it spans together.

Speaker accuracy, among matched gold quotes with a gold speaker, is scored twice (a quote
relayed by someone else, "Ortega said, according to the Ledger", by its relay, as PolNeAR annotates):
- lenient: the predicted speaker mention overlaps the gold speaker span;
- strict: the mention lies inside the gold span *and* the resolved name, what the report
  shows, contains the gold span's head word ("Mr" for "Mr. Mattioli" fails; "Mark Mattioli"
  passes). PolNeAR does not resolve pronouns, so for a gold pronoun (possessives such as
  "her" and "his" too) only the mention is checked.

Documents are split by a hash of their id into **tune** (~70%, for studying errors) and
**check** (~30%, for deciding whether a change is kept), so that the published figures are
not measured on the articles the rules were fitted to. Every miss is put in a category so the
effect of each heuristic is visible.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from quoteaudit.errors import InputError
from quoteaudit.extract.descriptions import description_head
from quoteaudit.extract.mentions import POSSESSIVE_TAIL
from quoteaudit.models import SPOKEN_KINDS, Article, Quote, QuoteKind
from quoteaudit.spans import trim_span

TRIM = " \t\n.,;:!?…\"'”’“‘`-—–"
PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "his", "her", "their", "its", "him", "them", "my", "our", "me", "us"}
# (until 2026-12-05 the possessive and object forms were missing, so a resolved "her" failed)
SPLITS = ("tune", "check")
# Where a noun phrase's head ends: a prepositional phrase, a participle or a predicative
# adjective ("a person familiar with", "officials briefed on", "Thirty percent of voters").
# (whole words only: the "-leaning" of "a conservative-leaning newspaper" ends nothing)
_POSTMODIFIER = re.compile(
    r"(?<![\w’'-])(?:of|in|at|with|for|from|on|to|by|about|under|inside|"
    r"familiar|close|knowledgeable|aware|involved|[a-z]+ed|[a-z]+ing)(?![\w’'-])"
)
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")


def split_of(doc_id: str) -> str:
    """The split a document belongs to: a stable hash of its id, ~70% tune and ~30% check."""
    return "tune" if int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 10 < 7 else "check"


def _bare(word: str) -> str:
    """A word without its possessive ending and outer punctuation ("Rubio’s" -> Rubio)."""
    return POSSESSIVE_TAIL.sub("", word).strip(".’'")


def _phrase_head(clause: str) -> str:
    cut = _POSTMODIFIER.search(clause, 1)
    phrase = [_bare(w) for w in _WORD.findall(clause[: cut.start()] if cut else clause)]
    whole = [_bare(w) for w in _WORD.findall(clause)]
    phrase = [w for w in phrase if w and w.lower() not in {"the", "a", "an"}]
    whole = [w for w in whole if w]
    if cut and cut.group() == "of" and len(phrase) == 1 and phrase[0][:1].isupper() and whole and whole[-1][:1].isupper():
        return whole[-1]  # "Director of Public Health Ann Voss" (but "Republicans on Capitol Hill": Republicans)
    return (phrase or whole or [""])[-1]


def head_words(speaker: str) -> set[str]:
    """The words one of which a correct name must contain. A noun phrase runs to its first
    post-modifier and its last word is the head ("a person familiar with it" -> person,
    "Sen. Ann Voss of Ohio" -> Voss); a lone title before "of" hands over to the name that
    ends the phrase ("Director of Public Health Ann Voss" -> Voss); a description followed by
    a name in apposition is headed by either ("her adviser, Ann Voss" -> adviser, Voss)."""
    speaker = re.sub(r"\([^)]*\)", " ", speaker)  # a party tag is no head: "Sen. Ann Voss (D-Ohio)"
    clause = re.split(r"\b(?:who|whom|whose|which|that)\b", speaker, maxsplit=1)[0]
    # (an apposition is set off by commas or by dashes: "Jason Sims — a teacher from Mount Pleasant —")
    parts = [p for p in re.split(r",|\s[—–]\s|\s--\s|[—–]", clause) if p.strip()]
    if not parts:
        return set()
    conjuncts = re.split(r"\s(?:and|&)\s", parts[0])
    heads = {_phrase_head(c) for c in conjuncts}
    if len(parts) > 1 and len(conjuncts) == 1 and _phrase_head(parts[0])[:1].islower():
        heads.add(_phrase_head(parts[1]))
    # a name of two or more capitalised words closing the phrase after a post-modifier
    # ("The Tenants Union on Housing Policy Director Mara Quint" -> Quint, too), also before
    # a home place ("Trump running mate Gov. Mike Pence of Indiana" -> Pence)
    for phrase in (parts[0], re.sub(r"\s+of(?:\s+[A-Z][\w’'.-]*){1,2}\s*$", "", parts[0])):
        closing = re.search(r"((?:[A-Z][\w’'.-]*\s+)+[A-Z][\w’'.-]*)\s*$", phrase)
        if closing and _POSTMODIFIER.search(phrase[: closing.start()], 1):
            heads.add(closing.group(1).split()[-1].strip(".’'"))
    return {h for h in heads if h}


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    return trim_span(text, start, end, TRIM)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _ratio(part: float, whole: float) -> float:
    """part / whole, and 0 for an empty split (no gold, nothing predicted) rather than an error."""
    return part / whole if whole else 0.0


COUNTED = ("docs", "gold", "predicted", "true_positive_predictions", "found_gold", "speaker_total", "speaker_correct", "speaker_strict")


@dataclass
class Score:
    docs: int = 0
    gold: int = 0
    predicted: int = 0
    true_positive_predictions: int = 0
    found_gold: int = 0
    speaker_total: int = 0
    speaker_correct: int = 0
    speaker_strict: int = 0
    errors: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    # each document's own counts, in COUNTED order, for resampling whole documents
    per_document: list[tuple[int, ...]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return _ratio(self.true_positive_predictions, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.found_gold, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return _ratio(2 * p * r, p + r)

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.speaker_correct, self.speaker_total)

    @property
    def speaker_strict_accuracy(self) -> float:
        return _ratio(self.speaker_strict, self.speaker_total)

    def counts(self) -> tuple[int, ...]:
        return tuple(getattr(self, name) for name in COUNTED)

    def intervals(self, draws: int = 1000, seed: int = 0) -> dict[str, tuple[float, float]]:
        """95% percentile intervals of F1, speaker and strict speaker accuracy, from `draws`
        resamples of whole documents. Quotes in one article share its style and its speakers,
        so their errors come in clusters; resampling quotes would claim a precision the figures
        do not have. A split of 118 documents moves by about two points either way."""
        rng = random.Random(seed)
        docs = self.per_document
        if not docs:
            return {}
        samples: dict[str, list[float]] = {"f1": [], "speaker": [], "strict": []}
        for _ in range(draws):
            totals = [sum(column) for column in zip(*(rng.choice(docs) for _ in docs), strict=True)]
            resampled = Score(**dict(zip(COUNTED, totals, strict=True)))
            samples["f1"].append(resampled.f1)
            samples["speaker"].append(resampled.speaker_accuracy)
            samples["strict"].append(resampled.speaker_strict_accuracy)
        low, high = int(0.025 * draws), int(0.975 * draws) - 1
        ranked = {name: sorted(values) for name, values in samples.items()}
        return {name: (values[low], values[high]) for name, values in ranked.items()}

    def note(self, category: str, example: str, keep: int) -> None:
        self.errors[category] += 1
        bucket = self.examples.setdefault(category, [])
        if len(bucket) < keep:
            bucket.append(example)

    def to_json(self) -> dict:
        return {
            "docs": self.docs,
            "gold_quotes": self.gold,
            "predicted_quotes": self.predicted,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "speaker_total": self.speaker_total,
            "speaker_correct": self.speaker_correct,
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "speaker_strict": self.speaker_strict,
            "speaker_strict_accuracy": round(self.speaker_strict_accuracy, 4),
            "interval_95": {name: [round(low, 4), round(high, 4)] for name, (low, high) in self.intervals().items()},
            "errors": dict(self.errors.most_common()),
        }


def load_gold(path: Path) -> list[dict]:
    docs = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read gold file ({exc.strerror or exc})") from None
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"line {n} is not valid JSON ({exc.msg})") from None
        if not isinstance(doc, dict) or "text" not in doc or not isinstance(doc.get("quotes"), list):
            raise InputError(str(path), f"line {n} has no text and quotes list (not a quote gold file?)")
        docs.append(doc)
    return docs


def _snippet(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 60) : min(len(text), end + 60)].split())


# PolNeAR's direct records are quotation-marked regions only (eval README): a transcript turn
# printed without marks is outside that gold by its definition, whoever speaks it, so it is
# neither a hit nor a spurious quote here (benchmarks/news_articles.py measures turns)
MARKED_SPOKEN_KINDS = SPOKEN_KINDS - {QuoteKind.TURN}


def score_document(doc: dict, quotes: list[Quote], score: Score, keep: int = 5) -> None:
    before = score.counts()
    _score_document(doc, quotes, score, keep)
    score.per_document.append(tuple(now - then for now, then in zip(score.counts(), before, strict=True)))


def _score_document(doc: dict, quotes: list[Quote], score: Score, keep: int) -> None:
    text = doc["text"]
    gold = [g for g in doc["quotes"] if g.get("direct")]
    golds = [trimmed(text, g["start"], g["end"]) for g in gold]
    golds_ok = [(g, span) for g, span in zip(gold, golds, strict=True) if span[1] > span[0]]
    spoken = [q for q in quotes if q.kind in MARKED_SPOKEN_KINDS]
    preds = [(q, trimmed(text, q.start, q.end)) for q in spoken]
    preds = [(q, span) for q, span in preds if span[1] > span[0]]
    score.docs += 1
    score.gold += len(golds_ok)
    score.predicted += len(preds)

    def inside_gold(span: tuple[int, int]) -> int:
        return sum(overlap(span, g) for _, g in golds_ok)

    def covering(g: tuple[int, int]) -> tuple[Quote, tuple[int, int]] | None:
        for q, p in preds:
            if overlap(p, g) >= 0.8 * (g[1] - g[0]) and inside_gold(p) >= 0.8 * (p[1] - p[0]):
                return q, p
        return None

    for q, p in preds:
        if any(overlap(p, g) >= 0.8 * (g[1] - g[0]) for _, g in golds_ok) and inside_gold(p) >= 0.8 * (p[1] - p[0]):
            score.true_positive_predictions += 1
        elif inside_gold(p) == 0:
            score.note(f"spurious: no gold ({q.kind.value})", _snippet(text, q.start, q.end), keep)
        else:
            score.note("spurious: boundary", _snippet(text, q.start, q.end), keep)

    for g, span in golds_ok:
        hit = covering(span)
        if hit is None:
            other = [q for q in quotes if overlap(trimmed(text, q.start, q.end), span) > 0]
            if not other:
                category = "missed: no quote marks found"
            elif other[0].kind not in MARKED_SPOKEN_KINDS:
                category = f"missed: classified {other[0].kind.value}"
            else:
                category = "missed: boundary"
            score.note(category, _snippet(text, *span), keep)
            continue
        score.found_gold += 1
        if g.get("speaker_start") is None:
            continue
        score.speaker_total += 1
        q = attributed(hit[0])
        gold_speaker = gold_speaker_span(text, g)
        gold_kind = "pronoun" if g["speaker"].strip().lower() in PRONOUNS else "noun phrase"
        if q.speaker is None:
            score.note(f"speaker: none found (gold {gold_kind})", f"{g['speaker']!r} <- {_snippet(text, *span)}", keep)
        elif overlap((q.speaker.mention_start, q.speaker.mention_end), gold_speaker) > 0:
            score.speaker_correct += 1
            fault = strict_fault(text, q, g)
            if fault:
                score.note(f"speaker (strict only): {fault}", f"gold {g['speaker']!r} got {q.speaker.mention!r} = {q.speaker.name!r}", keep)
            else:
                score.speaker_strict += 1
        else:
            score.note(
                f"speaker: wrong via {q.speaker.method} (gold {gold_kind})",
                f"gold {g['speaker']!r} got {q.speaker.mention!r} <- {_snippet(text, *span)}",
                keep,
            )


def attributed(quote: Quote) -> Quote:
    """The quote with the source its text attributes it to in the speaker's place. PolNeAR's
    Source is the outermost attribution: "“…,” Ortega said, according to the Ledger" is the Ledger's
    attribution of Ortega's words, so a relayed quote is scored by its relay (the report
    shows both, as Speaker and Relayed by)."""
    return replace(quote, speaker=quote.relayed_by) if quote.relayed_by else quote


def gold_speaker_span(text: str, gold: dict) -> tuple[int, int]:
    """The gold speaker span widened to whole words. A few PolNeAR spans start or end inside
    a word ("he cable" of "The cable", "MR. O'NEIL" of "MR. O'NEILL"), an offset slip of the
    annotation; a mention never starts or ends mid-word, so the word is the span meant."""
    start, end = gold["speaker_start"], gold["speaker_end"]
    while 0 < start < end and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while start < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def strict_fault(text: str, quote: Quote, gold: dict) -> str:
    """Why a leniently correct speaker fails the strict test, or "" when it passes."""
    speaker = quote.speaker
    assert speaker is not None, "only a quote whose speaker matched the gold is judged strictly"
    gold_start, gold_end = trimmed(text, *gold_speaker_span(text, gold))
    start, end = trimmed(text, speaker.mention_start, speaker.mention_end)
    if start < gold_start or end > gold_end:
        return "mention runs outside the gold span"
    if gold["speaker"].strip().lower() in PRONOUNS:
        return ""
    heads = head_words(text[gold_start:gold_end])
    shown = (speaker.name or speaker.mention).lower()
    if speaker.name != speaker.mention and description_head(speaker.mention):
        # "the senator" resolved to the senator's name: PolNeAR resolves descriptions no more
        # than pronouns, so a resolved description is judged as written, as a pronoun is
        shown = speaker.mention.lower()
    if heads and not any(re.search(rf"(?<!\w){re.escape(head.lower())}(?!\w)", shown) for head in heads):
        return "shown name lacks the gold head word"
    return ""


def evaluate(
    gold_path: Path, engine: str = "auto", limit: int | None = None, keep: int = 5, progress=None, splits: tuple[str, ...] = SPLITS
) -> tuple[dict[str, Score], str]:
    """Run extraction over the gold documents of the chosen splits and score each split on its
    own; returns {split: score} and the engine note."""
    from quoteaudit.nlp import get_annotator
    from quoteaudit.nlp.cache import annotate_cached
    from quoteaudit.pipeline import quotes_with_speakers

    docs = [d for d in load_gold(gold_path) if split_of(str(d.get("doc_id", ""))) in splits][:limit]
    choice = get_annotator(engine)
    scores = {split: Score() for split in splits}
    for doc in progress(docs, len(docs)) if progress else docs:
        article = Article(id=str(doc.get("doc_id", "")), text=doc["text"])
        annotation = annotate_cached(choice.annotator, article.text)
        score_document(doc, list(quotes_with_speakers(article, annotation)), scores[split_of(article.id)], keep)
    return scores, choice.note
