"""Speaker attribution on controlled edits of real reported speech: PolNeAR's indirect
attributions, each put in quotation marks in its own article, one at a time.

Why: PolNeAR dev has about 4,000 direct quotes, studied for many sessions, and the speaker
rules fit them better than unseen text. Its 5,889 indirect attributions with a Source were
never used for speakers. Putting marks around an attribution's Content ("Ortega said that
the plan would fail" -> "Ortega said that “the plan would fail”") makes the partial quote news
prints every day, with the annotators' Source as the gold speaker, in real sentences nobody
here has fitted rules to. What the edit cannot show: trailing attributions after a full
sentence in marks ("…,” she said") are rare among indirect records.

An edit is made when the Content is one stretch of three words or more in one paragraph,
holds no quotation mark, and neither the Source nor the Cue lies inside it (a discontinuous
Content spans them). A Content opening with "that" keeps the word outside the marks.

Scored as `quoteaudit eval` scores a direct quote: found (a spoken quote covers 80% of the
marked words and lies 80% inside them), speaker (the mention overlaps the Source), strict (the
mention lies inside the Source and the shown name holds its head word). Documents are split
into tune and check by the same hash as `quoteaudit eval`; errors are listed from tune only.

Usage: python benchmarks/indirect_as_quotes.py [gold.jsonl] [--examples N] [--json out.json] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

from quoteaudit.eval import PRONOUNS, attributed, gold_speaker_span, overlap, split_of, strict_fault, trimmed
from quoteaudit.models import SPOKEN_KINDS, Article
from quoteaudit.nlp import get_annotator
from quoteaudit.pipeline import quotes_with_speakers

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "polnear-dev.jsonl"
QUOTE_MARKS = re.compile(r"[\"“”]|''|\n")


def edits(doc: dict) -> list[dict]:
    """The indirect records of DOC that can be put in marks, as the edited text and the gold
    record with its offsets moved to match."""
    text = doc["text"]
    out = []
    for record in doc["quotes"] or []:
        if record["direct"] or record["speaker_start"] is None:
            continue
        start, end = trimmed(text, record["start"], record["end"])
        if text[start : start + 5].lower() == "that ":
            start += 5
        content = text[start:end]
        inside = [record["speaker_start"], record["cue_start"]]
        if len(content.split()) < 3 or QUOTE_MARKS.search(content) or any(p is not None and start <= p < end for p in inside):
            continue
        edited = text[:start] + "“" + content + "”" + text[end:]

        gold = dict(
            record,
            start=start + 1,
            end=end + 1,
            speaker_start=_moved(record["speaker_start"], start, end),
            speaker_end=_moved(record["speaker_end"], start, end),
        )
        out.append({"text": edited, "gold": gold})
    return out


def _moved(offset: int, start: int, end: int) -> int:
    """Where OFFSET lands once marks are put at START and END (a Source never lies inside)."""
    return offset + (2 if offset >= end else 1 if offset > start else 0)


def score_doc(doc: dict) -> list[dict]:
    """One row per edit of DOC: whether the quote was found and its speaker right."""
    annotator = get_annotator("rules").annotator
    rows = []
    for edit in edits(doc):
        text, gold = edit["text"], edit["gold"]
        quotes = quotes_with_speakers(Article(id=doc["doc_id"], text=text), annotator.annotate(text))
        span = (gold["start"], gold["end"])
        hit = None
        for q in quotes:
            p = trimmed(text, q.start, q.end)
            if q.kind in SPOKEN_KINDS and overlap(p, span) >= 0.8 * (span[1] - span[0]) and overlap(p, span) >= 0.8 * (p[1] - p[0]):
                hit = attributed(q)
                break
        row = {
            "doc_id": doc["doc_id"],
            "split": split_of(doc["doc_id"]),
            "gold": gold["speaker"],
            "cue": gold["cue"],
            "found": hit is not None,
        }
        row["context"] = text[max(0, min(span[0], gold["speaker_start"]) - 80) : max(span[1], gold["speaker_end"]) + 40]
        if hit is not None:
            speaker = hit.speaker
            row["mention"] = speaker.mention if speaker else None
            row["name"] = speaker.name if speaker else None
            row["method"] = speaker.method if speaker else None
            right = speaker is not None and overlap((speaker.mention_start, speaker.mention_end), gold_speaker_span(text, gold)) > 0
            row["speaker"] = right
            row["strict"] = right and not strict_fault(text, hit, gold)
        rows.append(row)
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_path", nargs="?", type=Path, default=GOLD, help="PolNeAR records (JSON lines)")
    parser.add_argument("--examples", type=int, default=0, help="list this many tune speaker errors")
    parser.add_argument("--json", dest="json_out", help="write the summary and every row here")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    args = parser.parse_args(argv)
    examples, json_out, jobs, gold_path = args.examples, args.json_out, args.jobs, args.gold_path
    docs = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with Pool(jobs) as pool:
        rows = [row for doc_rows in pool.map(score_doc, docs, chunksize=4) for row in doc_rows]
    summary = {}
    print(f"{'split':<6} {'edits':>6} {'found':>7} {'speaker':>8} {'strict':>8}")
    for split in ("tune", "check"):
        part = [r for r in rows if r["split"] == split]
        found = [r for r in part if r["found"]]
        right = sum(r["speaker"] for r in found)
        strict = sum(r["strict"] for r in found)
        summary[split] = {"edits": len(part), "found": len(found), "speaker": right, "strict": strict}
        print(f"{split:<6} {len(part):>6} {len(found) / len(part):>7.4f} {right / len(found):>8.4f} {strict / len(found):>8.4f}")
    if examples:
        wrong = [r for r in rows if r["split"] == "tune" and r["found"] and not r["speaker"]]
        by_method = Counter(r["method"] for r in wrong)
        print(f"\ntune speaker errors by method: {dict(by_method.most_common())}")
        for r in wrong[:examples]:
            gold_kind = "pronoun" if r["gold"].strip().lower() in PRONOUNS else "noun phrase"
            print(f"- gold {r['gold']!r} ({gold_kind}) got {r['mention']!r} via {r['method']}\n    {r['context']!r}")
    if json_out:
        Path(json_out).write_text(json.dumps({"summary": summary, "rows": rows}, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
