"""Speed benchmark: articles per second for extraction and a full audit.

Usage: python benchmarks/speed.py [--engine rules|stanza|auto] [--docs N]
Reads ../shared/eval/polnear-dev.jsonl when present (never copied), else repeats the seeds.
Prints one line per stage; the cache is off so every run measures real work.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--engine", default="auto")
    parser.add_argument("--docs", type=int, default=100)
    args = parser.parse_args()
    os.environ["QUOTEAUDIT_CACHE"] = "off"

    from quoteaudit.ingest import load_paths
    from quoteaudit.nlp import get_annotator
    from quoteaudit.pipeline import audit_articles, quotes_with_speakers

    polnear = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"
    articles, _ = load_paths([polnear] if polnear.is_file() else [ROOT / "seeds"])
    articles = (articles * (args.docs // max(1, len(articles)) + 1))[: args.docs]
    chars = sum(len(a.text) for a in articles)

    started = time.perf_counter()
    choice = get_annotator(args.engine)
    load_s = time.perf_counter() - started
    print(f"engine: {choice.note} (loaded in {load_s:.1f}s)")

    started = time.perf_counter()
    annotations = [choice.annotator.annotate(a.text) for a in articles]
    nlp_s = time.perf_counter() - started
    started = time.perf_counter()
    quotes = sum(len(quotes_with_speakers(a, ann)) for a, ann in zip(articles, annotations))
    extract_s = time.perf_counter() - started
    print(f"annotate: {len(articles)} docs, {chars / 1000:.0f}k chars in {nlp_s:.2f}s ({len(articles) / nlp_s:.1f} docs/s)")
    print(f"quotes+speakers: {quotes} quotes in {extract_s:.2f}s ({len(articles) / extract_s:.1f} docs/s)")

    story = articles[:10]
    started = time.perf_counter()
    result = audit_articles(story, annotator=choice.annotator, engine_note=choice.note)
    print(f"full audit of {len(story)} articles: {time.perf_counter() - started:.2f}s, {len(result.groups)} groups, {len(result.findings)} findings")


if __name__ == "__main__":
    main()
