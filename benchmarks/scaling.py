"""Scaling benchmark: full-audit time against article length, quotes per article and
articles per story. Time that grows linearly shows as a roughly constant "per unit" column.

Usage: python benchmarks/scaling.py [--engine rules|stanza|auto] [--only length,quotes,articles,people]
                                    [--max-bytes N] [--max-quotes N] [--max-articles N]

Texts are built from the sample story in seeds/ (length, articles) and from generated
sentences (quotes); the annotation cache is off so every row measures real work. Columns:
wall seconds, CPU seconds of this process (the machines are shared), the CPU seconds of
those spent in speaker attribution (extract/speakers.py), and CPU time per unit.
Targets (issue 14): a 2 MB one-line article < 10 s, 20,000 quote marks < 10 s,
300 articles of one story < 60 s. The "people" row runs the held-out articles together into
one long text: time that grows with the square of the length shows there first, since
each name or description looked up across the whole text costs more the longer it is.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NAMES = ["Maria Okafor", "Tom Brandt", "Lena Fischer", "Ravi Menon", "Ana Costa", "Paul Dubois"]
VERBS = ["said", "told reporters", "added", "insisted", "warned", "wrote"]
NOUNS = ["budget", "harbour", "council", "tariff", "school", "bridge", "election", "pension", "river", "clinic"]


def seed_articles():
    from quoteaudit.ingest import load_paths

    articles, _ = load_paths([ROOT / "seeds"])
    return articles


def one_line_article(size: int):
    """The seeds' bodies repeated to SIZE characters, newlines folded away: one long line."""
    from quoteaudit.ingest import article_from_text

    body = " ".join(" ".join(a.body.split()) for a in seed_articles())
    text = (body + " ") * (size // len(body) + 1)
    return article_from_text(text[:size], doc_id=f"long-{size}")


def quote_article(quotes: int, seed: int = 7):
    """An article of QUOTES attributed quotes (two marks each), varied words and speakers."""
    from quoteaudit.ingest import article_from_text

    rng = random.Random(seed)
    parts = []
    for i in range(quotes):
        name, verb = rng.choice(NAMES), rng.choice(VERBS)
        a, b = rng.sample(NOUNS, 2)
        words = f"The {a} plan number {i} will change the {b} before the vote"
        parts.append(f'"{words}," {name} {verb}.' if i % 2 else f'{name} {verb}: "{words}."')
        if i % 5 == 4:
            parts.append("\n\n")
    return article_from_text(" ".join(parts), doc_id=f"quotes-{quotes}")


def many_people_article(size: int):
    """The held-out articles in benchmarks/data run together to SIZE characters, paragraphs
    kept: one long text that names thousands of people and bodies, as a long live blog or a
    transcript bundle does (the seeds repeated name the same few again and again)."""
    import json

    from quoteaudit.ingest import article_from_text

    texts = []
    for path in sorted((ROOT / "benchmarks" / "data").glob("news_articles_*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    text, used = "", 0
    while len(text) < size and used < len(texts):
        text += texts[used] + "\n\n"
        used += 1
    return article_from_text(text[:size], doc_id=f"people-{size}")


def story(count: int):
    """COUNT articles of one story: the seeds copied across many sites, as syndication does."""
    import dataclasses

    seeds = seed_articles()
    out = []
    for i in range(count):
        base = seeds[i % len(seeds)]
        # each site adds its own line, so no two texts are byte-identical
        text = base.text + f"\n\nRead more from site {i}."
        out.append(dataclasses.replace(base, id=f"{base.id}-site{i}", outlet=f"Site {i}", text=text))
    return out


SPEAKERS_SECONDS = [0.0]


def _time_speakers() -> None:
    """Wrap speaker attribution to report its share apart: its per-quote sentence scan
    (extract/speakers.py) is being made linear on another branch."""
    from quoteaudit.extract import speakers

    attribute = speakers.attribute

    def timed_attribute(*args, **kwargs):
        started = time.process_time()
        try:
            return attribute(*args, **kwargs)
        finally:
            SPEAKERS_SECONDS[0] += time.process_time() - started

    speakers.attribute = timed_attribute


def timed(articles, annotator, note) -> tuple[float, float, float, object]:
    """Wall seconds, CPU seconds of this process (the machine is shared: CPU time is what
    the audit itself cost), CPU seconds in speaker attribution, and the result."""
    from quoteaudit.pipeline import audit_articles

    SPEAKERS_SECONDS[0] = 0.0
    wall, cpu = time.perf_counter(), time.process_time()
    result = audit_articles(articles, annotator=annotator, engine_note=note)
    return time.perf_counter() - wall, time.process_time() - cpu, SPEAKERS_SECONDS[0], result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="rules", choices=("rules", "stanza", "auto"))
    parser.add_argument("--only", default="length,quotes,articles,people")
    parser.add_argument("--max-bytes", type=int, default=2_000_000)
    parser.add_argument("--max-quotes", type=int, default=10_000)
    parser.add_argument("--max-articles", type=int, default=300)
    args = parser.parse_args()
    os.environ["QUOTEAUDIT_CACHE"] = "off"

    from quoteaudit.nlp import get_annotator

    choice = get_annotator(args.engine)
    print(f"engine: {choice.note}")
    only = set(args.only.split(","))

    def ladder(top: int, steps: int = 4) -> list[int]:
        return sorted({max(1, top >> k) for k in range(steps)})

    _time_speakers()
    header = f"{'wall s':>8} {'cpu s':>8} {'speakers':>10} {'per unit':>9}"
    # (two rows by length: the seeds on one line, and the held-out articles naming many people)
    by_length = [("length", "article length (one line)", one_line_article), ("people", "length, many people named", many_people_article)]
    for key, title, build in by_length:
        if key not in only:
            continue
        print(f"\n{title:<41}{header} (cpu s per MB)")
        for size in ladder(args.max_bytes):
            wall, cpu, spk, result = timed([build(size)], choice.annotator, choice.note)
            quotes = len(result.articles[0].quotes)
            print(f"  {size:>10,} chars {quotes:>6,} quotes       {wall:8.2f} {cpu:8.2f} {spk:10.2f} {cpu / (size / 1e6):9.2f}", flush=True)
    if "quotes" in only:
        print(f"\nquotes per article                       {header} (cpu ms per quote)")
        for count in ladder(args.max_quotes):
            wall, cpu, spk, result = timed([quote_article(count)], choice.annotator, choice.note)
            found = len(result.articles[0].quotes)
            print(
                f"  {2 * count:>7,} marks {found:>7,} quotes found  {wall:8.2f} {cpu:8.2f} {spk:10.2f} {1000 * cpu / count:9.2f}",
                flush=True,
            )
    if "articles" in only:
        print(f"\narticles per story                       {header} (cpu ms per article)")
        for count in ladder(args.max_articles):
            wall, cpu, spk, result = timed(story(count), choice.annotator, choice.note)
            print(
                f"  {count:>6} articles {len(result.groups):>6} groups      {wall:8.2f} {cpu:8.2f} {spk:10.2f} {1000 * cpu / count:9.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
