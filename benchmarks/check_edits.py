"""Controlled edits for `quoteaudit check`: does the gate catch each kind of change, at the
severity it deserves, and stay quiet on an unchanged copy?

Each BASIL dev article in turn is the source. The draft is either an unchanged copy or the
source with one controlled edit, made at a quote the extractor found in the source:

    word        one word inside a quote replaced by another           -> error
    number      a number inside a quote changed                      -> error
    negation    "not" dropped from a quote                           -> error
    neg-ellip   "not" replaced by an ellipsis                        -> error
    speaker     the quote's named speaker replaced by another person -> error
                named in the article
    invented    a new quote, found in no source, given to a person   -> error
                named in the article
    cut         a faithful ellipsis cut of three plain words         -> suggestion (and no worse)

A case is caught when a finding that the draft does not inherit from the source overlaps
the edited quote at the expected severity (for the cut: exactly a suggestion). Unchanged
copies count the cross-outlet findings (drift, sourcing change, credit) on the draft, which
should be none, and those that would fail the gate.

The files are written to a temporary folder and checked as `quoteaudit check` checks them
(the same ingest, pipeline and judging), with the model-free engine. The data is read from
../shared/eval at run time and never copied into the repository.

    python benchmarks/check_edits.py                 # every dev article
    python benchmarks/check_edits.py --articles 40   # the first 40
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QUOTEAUDIT_CACHE", "off")

from quoteaudit.compare.align import _looks_like_name  # noqa: E402
from quoteaudit.compare.drift import meaning_words  # noqa: E402
from quoteaudit.gate import CheckResult  # noqa: E402
from quoteaudit.models import Quote, QuoteKind, Severity, SpeakerKind  # noqa: E402
from quoteaudit.nlp.rules_engine import RulesAnnotator  # noqa: E402
from quoteaudit.pipeline import check_draft  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "basil-stories-dev.jsonl"
KINDS = ("word", "number", "negation", "neg-ellip", "speaker", "invented", "cut")
EXPECTED = {k: Severity.ERROR for k in KINDS} | {"cut": Severity.SUGGESTION}
# Replacement words for the word edit: plain, and unlikely to stand in the quote already.
SWAPS = ("purple", "seldom", "quietly", "banana", "ordinary", "distant")
# Invented quotes: sentences of our own, in no article.
INVENTED = (
    "We have already set aside the money for a second program next spring.",
    "Nobody in my office was ever told about the agreement before it was signed.",
    "I expect the committee to approve every part of the plan by the end of the week.",
)
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
MW = meaning_words()
MEANING = MW.negations | MW.conditions | MW.numbers | MW.dates  # a faithful cut leaves these alone


@dataclass
class Edit:
    kind: str
    text: str  # the draft
    start: int  # the edited quote in the draft, to match findings against
    end: int
    what: str


def _spoken(quotes: tuple[Quote, ...]) -> list[Quote]:
    return [q for q in quotes if q.kind in (QuoteKind.FULL, QuoteKind.FRAGMENT)]


def _words(quote: Quote, text: str) -> list[re.Match]:
    return list(re.finditer(r"[A-Za-z]+", text[quote.start : quote.end]))


def edit_word(text: str, quotes: list[Quote], rng: random.Random) -> Edit | None:
    candidates = [q for q in quotes if q.kind is QuoteKind.FULL and len(q.text.split()) >= 6]
    rng.shuffle(candidates)
    for q in candidates:
        words = [m for m in _words(q, text)[1:-1] if len(m.group()) >= 4 and m.group().lower() not in MEANING]
        if not words:
            continue
        m = rng.choice(words)
        new = next(w for w in SWAPS if w not in q.text.lower())
        at = q.start + m.start()
        draft = text[:at] + new + text[at + len(m.group()) :]
        return Edit("word", draft, q.start, q.end + len(new) - len(m.group()), f"{m.group()} -> {new}")
    return None


def edit_number(text: str, quotes: list[Quote], rng: random.Random) -> Edit | None:
    for q in rng.sample(quotes, len(quotes)):
        inside = text[q.start : q.end]
        m = re.search(r"\b\d[\d,.]*\b", inside) or re.search(rf"\b({'|'.join(NUMBER_WORDS)})\b", inside, re.I)
        if not m:
            continue
        old = m.group()
        if old[0].isdigit():
            digits = re.sub(r"\D", "", old)
            new = str(int(digits) + 3) if digits else "7"
        else:
            new = NUMBER_WORDS[(NUMBER_WORDS.index(old.lower()) + 2) % len(NUMBER_WORDS)]
        at = q.start + m.start()
        draft = text[:at] + new + text[at + len(old) :]
        return Edit("number", draft, q.start, q.end + len(new) - len(old), f"{old} -> {new}")
    return None


def edit_negation(text: str, quotes: list[Quote], rng: random.Random, ellipsis: bool) -> Edit | None:
    for q in rng.sample(quotes, len(quotes)):
        m = re.search(r"\bnot (?=\w)", text[q.start : q.end])
        if not m:
            continue
        at = q.start + m.start()
        new = "… " if ellipsis else ""
        draft = text[:at] + new + text[at + len(m.group()) :]
        kind = "neg-ellip" if ellipsis else "negation"
        return Edit(kind, draft, q.start, q.end + len(new) - len(m.group()), "not -> " + (new.strip() or "(nothing)"))
    return None


def edit_speaker(text: str, quotes: list[Quote], rng: random.Random) -> Edit | None:
    named = [q for q in quotes if q.speaker and q.speaker.kind is SpeakerKind.NAMED and q.speaker.mention_start >= 0]
    people = {q.speaker.name for q in named if len(q.speaker.name.split()) >= 2 and _looks_like_name(q.speaker.name)}
    for q in rng.sample(named, len(named)):
        sp = q.speaker
        mention = text[sp.mention_start : sp.mention_end]
        if mention[:1].islower() or len(q.text.split()) < 4 or not _looks_like_name(sp.name):
            continue  # a pronoun or description, not a name to swap
        surname = re.sub(r"\W", "", [w for w in sp.name.split() if w.rstrip(".").lower() not in ("jr", "sr", "ii", "iii")][-1]).lower()
        others = sorted(p for p in people if p.split()[-1].lower() != surname and surname not in p.lower())
        if not others:
            continue
        new = rng.choice(others)
        draft = text[: sp.mention_start] + new + text[sp.mention_end :]
        shift = len(new) - len(mention)
        start, end = (q.start, q.end) if q.start < sp.mention_start else (q.start + shift, q.end + shift)
        return Edit("speaker", draft, start, end, f"{sp.name} -> {new}")
    return None


def edit_invented(text: str, quotes: list[Quote], rng: random.Random) -> Edit | None:
    people = sorted(
        {
            q.speaker.name
            for q in quotes
            if q.speaker and q.speaker.kind is SpeakerKind.NAMED and len(q.speaker.name.split()) >= 2 and _looks_like_name(q.speaker.name)
        }
    )
    if not people:
        return None
    person = rng.choice(people)
    sentence = rng.choice(INVENTED)
    # after the first paragraph break past the middle: inside the body, not its furniture
    at = text.find("\n\n", len(text) // 3)
    at = at if at >= 0 else len(text)
    insert = f"\n\n“{sentence}” {person} said."
    draft = text[:at] + insert + text[at:]
    start = at + insert.index("“") + 1
    return Edit("invented", draft, start, start + len(sentence), f"“{sentence[:30]}…” to {person}")


def edit_cut(text: str, quotes: list[Quote], rng: random.Random) -> Edit | None:
    candidates = [q for q in quotes if q.kind is QuoteKind.FULL and len(q.text.split()) >= 12]
    rng.shuffle(candidates)
    for q in candidates:
        words = list(re.finditer(r"\S+", text[q.start : q.end]))
        for k in range(3, len(words) - 6):
            run = words[k : k + 3]
            plain = [part.lower() for w in run for part in re.findall(r"\w+", w.group())]
            # three plain words, no meaning word, no punctuation (a clause edge)
            if len(plain) < 3 or any(p in MEANING or any(c.isdigit() for c in p) for p in plain):
                continue
            if any(re.search(r"[^\w-]", w.group()) for w in run):  # also "don't": a negation
                continue
            a, b = q.start + run[0].start(), q.start + run[-1].end()
            draft = text[:a] + "…" + text[b:]
            return Edit("cut", draft, q.start, q.end - (b - a) + 1, "cuts “" + " ".join(w.group() for w in run) + "”")
    return None


def run_check(folder: Path, source_text: str, draft_text: str, annotator) -> CheckResult:
    source, draft = folder / "source.txt", folder / "draft.txt"
    source.write_text(source_text, encoding="utf-8")
    draft.write_text(draft_text, encoding="utf-8")
    return check_draft(draft, [source], annotator=annotator)


def caught(result: CheckResult, edit: Edit) -> tuple[bool, str]:
    """Whether a finding the draft did not inherit overlaps the edit at the expected severity."""
    texts = {a.article.id: a.article.text for a in result.audit.articles}
    here = [
        f
        for f in result.findings
        if not f.inherited
        and f.finding.start < edit.end
        and f.finding.end > edit.start
        and f.finding.article_id in result.audit.drafts
        and texts[f.finding.article_id]
    ]
    codes = ",".join(sorted({f"{f.finding.code}:{f.severity.value}" for f in here})) or "-"
    expected = EXPECTED[edit.kind]
    if edit.kind == "cut":
        return bool(here) and max(f.severity.rank for f in here) == expected.rank, codes
    return any(f.severity.rank >= expected.rank for f in here), codes


CROSS_OUTLET = ("DR", "WR01", "AN01")  # findings that compare the draft with a source


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--articles", type=int, default=None, help="only the first N articles")
    parser.add_argument("--show", type=int, default=3, help="misses shown per kind")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if r.get("text", "").strip()][: args.articles]
    annotator = RulesAnnotator()
    tally: dict[str, Counter] = defaultdict(Counter)
    misses: dict[str, list[str]] = defaultdict(list)
    unchanged_cross, unchanged_failing = [], []
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n, record in enumerate(records):
            text = record["text"]
            base = run_check(folder, text, text, annotator)
            tally["unchanged"]["cases"] += 1
            cross = [f for f in base.findings if not f.inherited and f.finding.code.startswith(CROSS_OUTLET)]
            failing = base.failing(Severity.WARNING)
            if cross:
                unchanged_cross.append(f"{record['doc_id']}: " + "; ".join(f.finding.message[:120] for f in cross[:2]))
            if failing:
                unchanged_failing.append(
                    f"{record['doc_id']}: " + "; ".join(f"{f.finding.code} {f.finding.message[:100]}" for f in failing[:2])
                )
            source = next(a for a in base.audit.articles if a.article.id not in base.audit.drafts)
            quotes = _spoken(source.quotes)
            rng = random.Random(args.seed * 1000 + n)
            makers = {
                "word": functools.partial(edit_word, text, quotes, rng),
                "number": functools.partial(edit_number, text, quotes, rng),
                "negation": functools.partial(edit_negation, text, quotes, rng, False),
                "neg-ellip": functools.partial(edit_negation, text, quotes, rng, True),
                "speaker": functools.partial(edit_speaker, text, quotes, rng),
                "invented": functools.partial(edit_invented, text, quotes, rng),
                "cut": functools.partial(edit_cut, text, quotes, rng),
            }
            for kind in KINDS:
                edit = makers[kind]()
                if edit is None:
                    continue
                result = run_check(folder, text, edit.text, annotator)
                ok, codes = caught(result, edit)
                tally[kind]["cases"] += 1
                tally[kind]["caught"] += ok
                if not ok:
                    misses[kind].append(f"{record['doc_id']}: {edit.what} [{codes}]")
    elapsed = time.perf_counter() - began
    print(f"{len(records)} articles of {args.data.name}, {elapsed:.0f} s\n")
    print(f"{'edit kind':12s} {'cases':>6s} {'caught at expected severity':>30s}")
    for kind in KINDS:
        t = tally[kind]
        share = t["caught"] / t["cases"] if t["cases"] else 0.0
        print(f"{kind:12s} {t['cases']:6d} {t['caught']:10d} ({share:6.1%}) at {EXPECTED[kind].value}")
    cases = tally["unchanged"]["cases"]
    print(f"{'unchanged':12s} {cases:6d}   with a cross-outlet finding: {len(unchanged_cross)}; failing the gate: {len(unchanged_failing)}")
    for kind in KINDS:
        for line in misses[kind][: args.show]:
            print(f"  miss {kind}: {line}")
    for line in unchanged_cross[: args.show]:
        print(f"  unchanged, cross-outlet: {line}")
    for line in unchanged_failing[: args.show]:
        print(f"  unchanged, failing: {line}")


if __name__ == "__main__":
    main()
