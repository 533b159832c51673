"""Sentence boundaries from the Annotation, indexed by offset: the one sentence split every
attribution step reads (no step splits sentences again), looked up by bisection so that
finding a quote's sentence costs log(sentences), not a scan of the article."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from quoteaudit.models import Annotation


@dataclass(frozen=True)
class SentenceIndex:
    starts: tuple[int, ...]  # sorted
    ends: tuple[int, ...]  # sorted

    @classmethod
    def of(cls, annotation: Annotation) -> SentenceIndex:
        return cls(tuple(sorted(s.start for s in annotation.sentences)), tuple(sorted(s.end for s in annotation.sentences)))

    def start_at(self, pos: int, default: int = 0) -> int:
        """Start of the last sentence that starts at or before POS."""
        i = bisect_right(self.starts, pos)
        return self.starts[i - 1] if i else default

    def end_after(self, pos: int, default: int) -> int:
        """End of the first sentence that ends at or after POS."""
        i = bisect_left(self.ends, pos)
        return self.ends[i] if i < len(self.ends) else default

    def last_start_in(self, lo: int, hi: int) -> int:
        """Start of the last sentence that starts strictly inside (LO, HI), else LO: where the
        last sentence of the span text[LO:HI] begins."""
        i = bisect_left(self.starts, hi)
        return self.starts[i - 1] if i and self.starts[i - 1] > lo else lo

    def starts_before(self, pos: int, count: int) -> tuple[int, ...]:
        """The last COUNT sentence starts before POS."""
        i = bisect_left(self.starts, pos)
        return self.starts[max(0, i - count) : i]
