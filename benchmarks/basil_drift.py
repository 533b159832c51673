"""Run the cross-outlet comparison on BASIL's three-outlet stories, one audit per story.

BASIL (Fan et al., EMNLP 2019) gives each news event as three articles (Fox News, NYT,
HuffPost) but does not annotate quotes in full, so there is no gold to score grouping
against. This script shows what the comparison does on real same-story coverage: counts
of group members by drift class, per story and in total, and (with ``--show``) the
groups that span more than one outlet, for a person to judge.

The data is read from ../shared/eval at run time and never copied into the repository.

    python benchmarks/basil_drift.py                # counts by drift class
    python benchmarks/basil_drift.py --show 20      # and 20 cross-outlet groups to inspect
    python benchmarks/basil_drift.py --stories 5    # only the first five stories
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quoteaudit.ingest import load_file  # noqa: E402
from quoteaudit.models import Article, AuditResult, Drift, QuoteGroup  # noqa: E402
from quoteaudit.nlp.rules_engine import RulesAnnotator  # noqa: E402
from quoteaudit.pipeline import audit_articles  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "basil-stories-dev.jsonl"
SAMPLE_SEED = 7


def stories(path: Path) -> dict[str, list[Article]]:
    """The articles of the file, by the story id each record carries in ``meta.story_id``."""
    by_story: dict[str, list[Article]] = {}
    for article in load_file(path):
        by_story.setdefault(article.story_id or article.id, []).append(article)
    return by_story


def audit_stories(path: Path, limit: int | None = None) -> dict[str, AuditResult]:
    """One audit per story, with the model-free engine (the same result as tokenize+mwt
    on these texts, at a fraction of the time)."""
    annotator = RulesAnnotator()
    chosen = list(stories(path).items())[:limit]
    return {story: audit_articles(articles, annotator=annotator) for story, articles in chosen}


def drift_counts(result: AuditResult) -> Counter:
    return Counter(m.drift for g in result.groups for m in g.members)


def cross_outlet(group: QuoteGroup) -> bool:
    return len({m.article_id for m in group.members}) > 1


def describe(group: QuoteGroup, result: AuditResult) -> str:
    outlet = {r.article.id: r.article.outlet or r.article.id for r in result.articles}
    lines = [f"{group.id}  speaker: {group.speaker or '?'}  reference: {outlet[group.reference_article_id]}"]
    for m in group.members:
        lines.append(f"   {m.drift.value:<13} {m.similarity:4.2f}  {outlet[m.article_id]:<10} {m.speaker[:24]:<24} {m.text[:110]!r}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--stories", type=int, default=None, help="only the first N stories")
    parser.add_argument("--show", type=int, default=0, help="print N random cross-outlet groups")
    args = parser.parse_args()
    if not args.gold.exists():
        sys.exit(f"basil_drift: {args.gold}: no such file (BASIL lives in ../shared/eval)")

    audits = audit_stories(args.gold, args.stories)
    total: Counter = Counter()
    groups = cross = 0
    for result in audits.values():
        counts = drift_counts(result)
        total.update(counts)
        groups += len(result.groups)
        cross += sum(1 for g in result.groups if cross_outlet(g))
    print(
        f"{len(audits)} stories, {sum(len(r.articles) for r in audits.values())} articles, "
        f"{groups} quote groups, {cross} carried by more than one outlet"
    )
    print("members by drift class:")
    for drift in Drift:
        print(f"  {drift.value:<14} {total.get(drift, 0)}")
    if args.show:
        sample = [(g, r) for r in audits.values() for g in r.groups if cross_outlet(g)]
        random.Random(SAMPLE_SEED).shuffle(sample)
        for group, result in sample[: args.show]:
            print()
            print(describe(group, result))


if __name__ == "__main__":
    main()
