"""Fuzz run: throw generated and mutated inputs at the quote scanner, the ingesters and the
full audit, and count what ran and what failed.

Usage: python benchmarks/fuzz.py [--scanner N] [--ingest N] [--audits N] [--seed S]

A failure is any exception, or a broken invariant:
- scanner: a quote span outside the text, text that is not text[start:end];
- ingesters: any exception but InputError (the one-line, user-fixable kind) from read_file;
- audits: any exception from the full pipeline (rule engine) over 1-3 mutated articles.
Inputs are mutations of the sample story in seeds/ and of generated JSONL/CSV/HTML/Markdown
files: cut, spliced, re-encoded, byte-flipped, flooded with quote marks. The defaults
make 100,000 inputs; the first failures of each kind are printed for a person to read.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MARKS = ['"', "“", "”", "‘", "’", "'", "''", "``", "«", "»", "„", "‹", "›"]
NOISE = [
    "\n",
    "\n\n",
    " ",
    "\t",
    "\u00a0",
    "\u2028",
    "\x00",
    "\ufeff",
    "…",
    "—",
    "[",
    "]",
    "(",
    ")",
    "é",
    "€",
    "\r\n",
    "*",
    "#",
    "<p>",
    "</p>",
    "&quot;",
]


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def mutate(text: str, rng: random.Random) -> str:
    """One to four random edits: cut, splice, insert marks or noise, repeat, swap case."""
    for _ in range(rng.randint(1, 4)):
        if not text:
            text = rng.choice(MARKS + NOISE)
        i, j = sorted(rng.randrange(len(text) + 1) for _ in range(2))
        edit = rng.randrange(8)
        if edit == 0:
            text = text[:i] + text[j:]  # cut
        elif edit == 1:
            text = text[:i] + rng.choice(MARKS) + text[i:]
        elif edit == 2:
            text = text[:i] + rng.choice(NOISE) + text[i:]
        elif edit == 3:
            text = text[:i] + text[i:j] * rng.randint(2, 5) + text[j:]  # repeat
        elif edit == 4:
            text = text[:i] + "".join(rng.choice(MARKS) for _ in range(rng.randint(1, 40))) + text[j:]
        elif edit == 5:
            text = text[i:j]  # a fragment
        elif edit == 6:
            text = text[:i] + text[i:j].upper() + text[j:]
        else:
            text = text[:i] + "".join(chr(rng.randrange(32, 0x3000)) for _ in range(rng.randint(1, 20))) + text[j:]
    return text


def random_text(rng: random.Random, seeds: list[str]) -> str:
    if rng.random() < 0.7:
        base = rng.choice(seeds)
        start = rng.randrange(len(base))
        return mutate(base[start : start + rng.randint(0, 3000)], rng)
    pieces = MARKS + NOISE + ["said", "Mayor", "Ruiz", "told", "we will", "sources", ".", ",", ":", "according to"]
    return "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 200)))


def file_bytes(rng: random.Random, seeds: list[str]) -> tuple[str, bytes]:
    """A file name and content: a plausible file of some format, then perhaps damaged."""
    text = random_text(rng, seeds)
    kind = rng.choice(["txt", "md", "html", "json", "jsonl", "csv", "txt"])
    if kind == "json":
        body = json.dumps([{"id": f"r{n}", "text": mutate(text, rng), "outlet": "X"} for n in range(rng.randint(0, 3))])
    elif kind == "jsonl":
        lines = [json.dumps({"doc_id": f"r{n}", "text": mutate(text, rng)}) for n in range(rng.randint(1, 4))]
        body = "\n".join(line if rng.random() > 0.2 else line[: rng.randrange(len(line) + 1)] for line in lines)
    elif kind == "csv":
        cell = text.replace('"', '""')
        body = "id,outlet,text\n" + "".join(f'r{n},X,"{cell}"\n' for n in range(rng.randint(0, 3)))
    elif kind == "html":
        body = f"<html><head><title>T</title></head><body><article><h1>Head</h1><p>{text}</p></article></body></html>"
    elif kind == "md":
        body = f"---\ntitle: {text[:30]}\n---\n# Head\n\n{text}\n"
    else:
        body = text
    encoding = rng.choice(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1"])
    data = body.encode(encoding, errors="replace")
    if rng.random() < 0.2:  # damage the bytes themselves
        data = bytearray(data)
        for _ in range(rng.randint(1, 10)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        data = bytes(data)
    if rng.random() < 0.05:
        data = rng.choice([b"", codecs.BOM_UTF16_LE, os.urandom(rng.randint(1, 2000)), data[: len(data) // 2]])
    return f"f.{kind}", data


class Tally:
    def __init__(self, name: str):
        self.name, self.ran, self.failed, self.shown = name, 0, 0, 0

    def fail(self, what: str) -> None:
        self.failed += 1
        if self.shown < 3:
            self.shown += 1
            print(f"  FAIL {self.name}: {what[:600]}")


def fuzz_scanner(count: int, rng: random.Random, seeds: list[str]) -> Tally:
    from quoteaudit.extract import speakers
    from quoteaudit.extract.quotes import find_quotes
    from quoteaudit.ingest import article_from_text

    lex = speakers.load_lexicon()
    tally = Tally("scanner")
    for _ in range(count):
        text = random_text(rng, seeds)
        tally.ran += 1
        try:
            article = article_from_text(text, doc_id="f")
            for q in find_quotes(article, lex.cues, lex.work_words):
                if not (0 <= q.start <= q.end <= len(text)) or q.text != text[q.start : q.end]:
                    tally.fail(f"span {q.start}:{q.end} broken in {text!r}")
                    break
        except Exception:
            tally.fail(f"{text!r}\n{traceback.format_exc(limit=3)}")
    return tally


def fuzz_ingest(count: int, rng: random.Random, seeds: list[str]) -> Tally:
    from quoteaudit.errors import InputError
    from quoteaudit.ingest import read_file

    tally = Tally("ingest")
    with tempfile.TemporaryDirectory() as folder:
        for n in range(count):
            name, data = file_bytes(rng, seeds)
            path = Path(folder) / f"{n % 50}{name}"
            path.write_bytes(data)
            tally.ran += 1
            try:
                _articles, problems = read_file(path)
                if any("\n" in p.message for p in problems):
                    tally.fail(f"multi-line problem for {name}: {problems}")
            except InputError as exc:
                if "\n" in str(exc):
                    tally.fail(f"multi-line error for {name}: {exc!r}")
            except Exception:
                tally.fail(f"{name} {data[:200]!r}\n{traceback.format_exc(limit=3)}")
    return tally


def fuzz_audits(count: int, rng: random.Random, seeds: list[str]) -> Tally:
    from quoteaudit.ingest import article_from_text
    from quoteaudit.nlp.rules_engine import RulesAnnotator
    from quoteaudit.pipeline import audit_articles

    annotator = RulesAnnotator()
    tally = Tally("audit")
    for _ in range(count):
        texts = [mutate(rng.choice(seeds), rng) for _ in range(rng.randint(1, 3))]
        tally.ran += 1
        try:
            articles = [article_from_text(t, doc_id=f"a{k}", outlet=f"O{k}") for k, t in enumerate(texts)]
            audit_articles(articles, annotator=annotator)
        except Exception:
            tally.fail(f"{[t[:200] for t in texts]!r}\n{traceback.format_exc(limit=4)}")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scanner", type=int, default=95_000)
    parser.add_argument("--ingest", type=int, default=4_700)
    parser.add_argument("--audits", type=int, default=300)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    os.environ["QUOTEAUDIT_CACHE"] = "off"
    rng = random.Random(args.seed)
    seeds = seed_texts()
    tallies = []
    for run, count in ((fuzz_scanner, args.scanner), (fuzz_ingest, args.ingest), (fuzz_audits, args.audits)):
        started = time.perf_counter()
        tally = run(count, rng, seeds)
        print(f"{tally.name:8s} ran {tally.ran:>7,}  failed {tally.failed:>5,}  ({time.perf_counter() - started:.0f}s)", flush=True)
        tallies.append(tally)
    ran, failed = sum(t.ran for t in tallies), sum(t.failed for t in tallies)
    print(f"total    ran {ran:>7,}  failed {failed:>5,}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
