"""How long `quoteaudit check` takes on a 100,000-character draft full of markup.

The draft is HTML of our own making: paragraphs of quotes and reporting wrapped in spans,
links and emphasis, with stray "<>" pairs (the input that once made the line lookup
backtrack exponentially). The source is the same story as plain text. The command is run
as a user runs it, in a fresh process, once with the model-free engine and once with
whatever engine `auto` picks; wall time includes start-up and reading the files.

    python benchmarks/check_speed.py
    python benchmarks/check_speed.py --chars 200000
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PARAGRAPHS = [
    ("Mayor Ruth Calloway said on Tuesday that the city would keep the Eastside library branch open.", None),
    ("“We will not close the library branch this winter, whatever the council decides,” Calloway told reporters.", "quote"),
    ("Finance director Omar Reyes said the budget gap was smaller than expected.", None),
    ("“The county will hire 40 new nurses before the end of March,” Reyes said.", "quote"),
    ("“Rents are going higher every month, and families are leaving,” said Lena Marsh, a tenants' organizer.", "quote"),
    ("Two council members who asked not to be named said the vote could slip to next month.", None),
]


# Words that vary the draft's quotes from paragraph to paragraph, so that a long draft is
# many different quotes (most in no source), not one quote repeated.
NOUNS = ["library", "pool", "clinic", "bridge", "school", "park", "market", "station", "garden", "theater", "shelter", "museum"]
PLACES = ["Eastside", "Northgate", "Riverside", "Hillcrest", "Lakeview", "Oldtown", "Westfield", "Southport"]


def build(chars: int) -> tuple[str, str]:
    """(draft HTML of about ``chars`` characters, source text)."""
    body, plain = [], []
    n = 0
    while sum(len(p) for p in body) < chars:
        n += 1
        noun, place = NOUNS[n % len(NOUNS)], PLACES[(n // len(NOUNS)) % len(PLACES)]
        for text, kind in PARAGRAPHS:
            numbered = text if n == 1 else text.replace("library branch", f"{place} {noun}").replace("40", str(n))
            numbered = numbered.replace("Tuesday", f"Tuesday ({n})") if kind is None else numbered
            wrapped = f'<span class="c{n}"><em>{numbered}</em></span>' if kind else f'<a href="#p{n}">{numbered}</a>'
            body.append(f'<p data-n="{n}">{"<>" * 6}{wrapped}<b></b><i><u></u></i></p>\n')
            plain.append(numbered)
    html = "<html><head><title>Library branch stays open</title></head><body><article>\n" + "".join(body) + "</article></body></html>\n"
    return html, "Library branch stays open\n\n" + "\n\n".join(plain[: len(PARAGRAPHS)]) + "\n"


def timed(args: list[str], env: dict) -> tuple[float, float, int, str]:
    """Wall time, CPU time (user + system: what the machine's other work does not inflate),
    exit code and the last line on stderr of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    last = (done.stderr.strip().splitlines() or [""])[-1]
    return wall, cpu, done.returncode, last


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=100_000)
    args = parser.parse_args()
    html, source = build(args.chars)
    exe = str(Path(sys.executable).parent / "quoteaudit")
    with tempfile.TemporaryDirectory() as tmp:
        draft, src = Path(tmp) / "draft.html", Path(tmp) / "source.txt"
        draft.write_text(html, encoding="utf-8")
        src.write_text(source, encoding="utf-8")
        env = dict(os.environ, QUOTEAUDIT_CACHE="off")
        print(f"draft: {len(html):,} characters of HTML ({html.count('<'):,} tags and '<>' pairs); source: {len(source):,}")
        for engine in ("rules", "auto"):
            wall, cpu, code, last = timed([exe, "check", str(draft), str(src), "--engine", engine, "--no-snippets"], env)
            print(f"  --engine {engine:5s}  wall {wall:6.2f} s  cpu {cpu:6.2f} s  exit {code}  ({last})")


if __name__ == "__main__":
    main()
