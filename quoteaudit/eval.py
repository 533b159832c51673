"""Score quote extraction and speaker attribution against gold in the ../shared/eval format.

A prediction counts when at least 80% of it lies in gold and it covers 80% of a gold span
(spans trimmed of surrounding punctuation and white space). A multi-paragraph prediction is
matched against the gold records it spans together. Speaker accuracy: among matched gold
quotes with a gold speaker, the predicted speaker mention overlaps the gold speaker span.
Every miss is put in a category so the effect of each heuristic is visible.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from quoteaudit.errors import InputError
from quoteaudit.models import SPOKEN_KINDS, Article, Quote
from quoteaudit.spans import trim_span

TRIM = " \t\n.,;:!?…\"'”’“‘`-—–"
PRONOUNS = {"he", "she", "they", "i", "we", "it", "you"}


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    return trim_span(text, start, end, TRIM)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@dataclass
class Score:
    docs: int = 0
    gold: int = 0
    predicted: int = 0
    true_positive_predictions: int = 0
    found_gold: int = 0
    speaker_total: int = 0
    speaker_correct: int = 0
    errors: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.true_positive_predictions / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_total if self.speaker_total else 0.0

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


def score_document(doc: dict, quotes: list[Quote], score: Score, keep: int = 5) -> None:
    text = doc["text"]
    gold = [g for g in doc["quotes"] if g.get("direct")]
    golds = [trimmed(text, g["start"], g["end"]) for g in gold]
    golds_ok = [(g, span) for g, span in zip(gold, golds) if span[1] > span[0]]
    spoken = [q for q in quotes if q.kind in SPOKEN_KINDS]
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
            elif other[0].kind not in SPOKEN_KINDS:
                category = f"missed: classified {other[0].kind.value}"
            else:
                category = "missed: boundary"
            score.note(category, _snippet(text, *span), keep)
            continue
        score.found_gold += 1
        if g.get("speaker_start") is None:
            continue
        score.speaker_total += 1
        q = hit[0]
        gold_speaker = (g["speaker_start"], g["speaker_end"])
        gold_kind = "pronoun" if g["speaker"].strip().lower() in PRONOUNS else "noun phrase"
        if q.speaker is None:
            score.note(f"speaker: none found (gold {gold_kind})", f"{g['speaker']!r} <- {_snippet(text, *span)}", keep)
        elif overlap((q.speaker.mention_start, q.speaker.mention_end), gold_speaker) > 0:
            score.speaker_correct += 1
        else:
            score.note(
                f"speaker: wrong via {q.speaker.method} (gold {gold_kind})",
                f"gold {g['speaker']!r} got {q.speaker.mention!r} <- {_snippet(text, *span)}",
                keep,
            )


def evaluate(gold_path: Path, engine: str = "auto", limit: int | None = None, keep: int = 5, progress=None) -> tuple[Score, str]:
    """Run extraction over every gold document and score it; returns the score and engine note."""
    from quoteaudit.nlp import get_annotator
    from quoteaudit.nlp.cache import annotate_cached
    from quoteaudit.pipeline import quotes_with_speakers

    docs = load_gold(gold_path)[:limit]
    choice = get_annotator(engine)
    score = Score()
    for doc in progress(docs, len(docs)) if progress else docs:
        article = Article(id=str(doc.get("doc_id", "")), text=doc["text"])
        annotation = annotate_cached(choice.annotator, article.text)
        score_document(doc, list(quotes_with_speakers(article, annotation)), score, keep)
    return score, choice.note
