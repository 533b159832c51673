"""`audit` of each article beside a byte-identical copy of itself under another outlet's
name: every quote of the copy should compare as identical, and the copy should draw no
cross-outlet finding (drift, sourcing change, credit). A split quote compared piece by
piece with the joined original, or a short quote that never groups, shows up here.

The data is read from ../shared/eval at run time and never copied into the repository.

    python benchmarks/identical_copies.py
    python benchmarks/identical_copies.py --data ../shared/eval/polnear-dev.jsonl --articles 100
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QUOTEAUDIT_CACHE", "off")

from quoteaudit.ingest import article_from_text  # noqa: E402
from quoteaudit.nlp.rules_engine import RulesAnnotator  # noqa: E402
from quoteaudit.pipeline import audit_articles  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "basil-stories-dev.jsonl"
CROSS_OUTLET = ("DR", "WR01", "AN01")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--articles", type=int, default=None)
    args = parser.parse_args()
    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if r.get("text", "").strip()][: args.articles]
    drift, codes = Counter(), Counter()
    annotator = RulesAnnotator()
    for record in records:
        original = article_from_text(record["text"], doc_id="original", outlet="Outlet A")
        copy = replace(original, id="copy", outlet="Outlet B")
        result = audit_articles([original, copy], annotator=annotator)
        drift.update(m.drift.value for g in result.groups for m in g.members if m.article_id == "copy")
        codes.update(f.code for f in result.findings if f.article_id == "copy" and f.code.startswith(CROSS_OUTLET))
    total = sum(drift.values())
    print(f"{len(records)} articles of {args.data.name}: {total} quotes in the copies")
    for name, count in drift.most_common():
        print(f"  {name:12s} {count:6d} ({count / total:.1%})")
    print("cross-outlet findings on the copies:", dict(codes) or "none")


if __name__ == "__main__":
    main()
