"""Speaker attribution on 120 short texts written for this project, one or more per
attribution shape that other quote extractors' public test suites (textacy, sayswho,
CoreNLP's quote annotators, GenderGapTracker) and AP style exercise: "said X", "…,” he said"
after a named sentence, continuation quotes, "said she", "quoted X as saying", colon and dash
lead-ins, descriptions, titles of office, two negatives (a film title, a scare quote) and
names a quote must not go to. The sentences are our own; only the constructions come from
those suites. The cases were used to find causes (issue 11), so this is a regression figure,
not a held-out one.

Per expected quote:
  found   - a predicted quote of kind full/fragment overlaps the expected quote substring
  mention - the predicted mention span overlaps an occurrence of the expected speaker_mention
            and lies inside it (no extra words beyond it)
  name    - predicted resolved name equals the expected name (case/space-insensitive, an
            honorific/title-free match also accepted); skipped when speaker_name is null
Negatives: not_spoken substrings must not be inside a spoken quote; name_not names must not
be the predicted name.
Usage: python benchmarks/attribution_shapes.py [cases.jsonl] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from probe_scoring import norm, predictions

from quoteaudit.models import SPOKEN_KINDS

HONORIFICS = r"(mr|mrs|ms|miss|dr|sen|senator|rep|gov|governor|mayor|prime minister|president|judge)\.?\s+"


def same_name(pred: str | None, exp: str) -> bool:
    p, e = norm(pred), norm(exp)
    return p == e or re.sub("^" + HONORIFICS, "", p) == re.sub("^" + HONORIFICS, "", e)


def occurrences(text: str, sub: str):
    return [(m.start(), m.start() + len(sub)) for m in re.finditer(re.escape(sub), text)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", default=str(Path(__file__).parent / "data" / "attribution_shapes.jsonl"))
    parser.add_argument("--json", dest="out_json", help="write every row here")
    args = parser.parse_args()
    out_json, path = args.out_json, args.path
    cases = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]

    rows = []
    tot = dict(quotes=0, found=0, mention=0, name=0, name_n=0, neg=0, neg_ok=0, name_not=0, name_not_ok=0)
    failing_cases = 0
    for c in cases:
        text = c["text"]
        preds = predictions(c["id"], text)
        case_fail = False
        results = []
        for e in c["expected"]:
            tot["quotes"] += 1
            qpos = text.index(e["quote_substring"])
            qend = qpos + len(e["quote_substring"])
            hit = [p for p in preds if p["start"] < qend and qpos < p["end"]]
            spoken = [p for p in hit if p["kind"] in {k.value for k in SPOKEN_KINDS}]
            p = spoken[0] if spoken else (hit[0] if hit else None)
            found = bool(spoken)
            mention_ok = False
            if found and p["ms"] is not None:
                for s, t in occurrences(text, e["speaker_mention"]):
                    ms, me = p["ms"], p["me"]
                    # trim whitespace/punct of predicted span
                    while ms < me and not text[ms].isalnum():
                        ms += 1
                    while me > ms and not text[me - 1].isalnum():
                        me -= 1
                    if ms < t and s < me and ms >= s and me <= t:
                        mention_ok = True
            name_ok = None
            if e["speaker_name"] is not None:
                tot["name_n"] += 1
                name_ok = found and same_name(p["name"], e["speaker_name"])
            for nn in c.get("name_not", []):
                tot["name_not"] += 1
                bad = found and p["name"] and norm(nn) in norm(p["name"])
                if not bad:
                    tot["name_not_ok"] += 1
                else:
                    if name_ok is not None:
                        name_ok = False
                    mention_ok = False
            tot["found"] += found
            tot["mention"] += mention_ok
            tot["name"] += bool(name_ok)
            ok = found and mention_ok and (name_ok is None or name_ok)
            case_fail |= not ok
            results.append(
                dict(
                    expected=e,
                    ok=ok,
                    found=found,
                    mention_ok=mention_ok,
                    name_ok=name_ok,
                    got=p
                    and dict(kind=p["kind"], text=p["text"], mention=p["mention"], name=p["name"], method=p["method"], skind=p["skind"]),
                )
            )
        for sub in c.get("not_spoken", []):
            tot["neg"] += 1
            qpos = text.index(sub)
            qend = qpos + len(sub)
            bad = [p for p in preds if p["start"] < qend and qpos < p["end"] and p["kind"] in ("full", "fragment")]
            tot["neg_ok"] += not bad
            case_fail |= bool(bad)
            results.append(
                dict(not_spoken=sub, ok=not bad, got=bad[0] if bad else [p for p in preds if p["start"] < qend and qpos < p["end"]])
            )
        failing_cases += case_fail
        rows.append(dict(id=c["id"], shape=c["shape"], text=text, ok=not case_fail, results=results, preds=preds))

    n = len(cases)
    print(f"cases {n}, failing {failing_cases}; quotes {tot['quotes']}")
    print(f"quote found (spoken) {tot['found']}/{tot['quotes']} = {tot['found'] / tot['quotes']:.1%}")
    print(f"mention right       {tot['mention']}/{tot['quotes']} = {tot['mention'] / tot['quotes']:.1%}")
    print(f"name right          {tot['name']}/{tot['name_n']} = {tot['name'] / max(1, tot['name_n']):.1%}")
    print(f"negatives ok        {tot['neg_ok']}/{tot['neg']};  name_not ok {tot['name_not_ok']}/{tot['name_not']}")
    print()
    for r in rows:
        if r["ok"]:
            continue
        print(f"FAIL {r['id']}\n  text: {r['text']!r}")
        for x in r["results"]:
            if x["ok"]:
                continue
            if "not_spoken" in x:
                print(f"  not_spoken {x['not_spoken']!r} -> got {x['got']}")
                continue
            e, g = x["expected"], x["got"]
            print(
                f"  quote {e['quote_substring']!r}: exp ({e['speaker_mention']!r}, {e['speaker_name']!r})"
                f"  found={x['found']} mention={x['mention_ok']} name={x['name_ok']}"
            )
            print(f"     got {g and (g['kind'], g['mention'], g['name'], g['method'])}")
    if out_json:
        Path(out_json).write_text(json.dumps(dict(totals=tot, rows=rows), indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
