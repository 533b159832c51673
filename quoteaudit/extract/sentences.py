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
    def of(cls, annotation: Annotation, text: str = "", unwrapped: str = "") -> SentenceIndex:
        """The Annotation's sentences; where UNWRAPPED joined a hard-wrapped line of TEXT
        (quotes.unwrap), two sentences the engine cut at that line break are one."""
        spans = sorted((s.start, s.end) for s in annotation.sentences)
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            # (only a break unwrap joined: a paragraph break is still a line break there)
            if merged and unwrapped and "\n" in text[merged[-1][1] : start] and "\n" not in unwrapped[merged[-1][1] : start]:
                last = text[: merged[-1][1]].rstrip().rstrip("\"”’'»)]")[-1:]
                if last not in ".!?…":  # (“… today.” closes its sentence inside the marks)
                    merged[-1] = (merged[-1][0], end)
                    continue
            merged.append((start, end))
        return cls(tuple(a for a, _ in merged), tuple(sorted(b for _, b in merged)))

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

    def spans_before(self, pos: int, count: int) -> list[tuple[int, int]]:
        """The last COUNT sentences before POS as (start, end), each ending where the next
        starts and the last at POS: a sentence read to its end, never into the next one."""
        starts = self.starts_before(pos, count)
        return list(zip(starts, [*starts[1:], pos], strict=False))  # (no start before POS: no span)

    def spans_before_own(self, pos: int, count: int) -> list[tuple[int, int]]:
        """The last COUNT sentences before the one POS stands in (a sentence that starts at POS
        is POS's own): what a mention reads back over, whether or not it opens its sentence."""
        own_start = self.start_at(pos, -1)
        return [span for span in self.spans_before(pos, count + 1) if span[0] < own_start][-count:]
