"""No licensed evaluation text in the repository.

The PolNeAR and BASIL texts in ../shared/eval may be read to measure, never committed. This
test collects every run of ten consecutive words in them and fails when a git-tracked file
shares one, so a sentence copied into a test or a comment is caught before it is merged.
The sample story in seeds/ is the project's own and is left out; so are binary files.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED

EVAL_FILES = sorted((SHARED / "eval").glob("*.jsonl"))
RUN = 10
WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")

pytestmark = pytest.mark.skipif(not EVAL_FILES, reason="../shared/eval not present")


def word_runs(text: str) -> set[str]:
    """Every run of RUN consecutive words, lower case, curly apostrophes made straight (the
    same words as ../shared/tools/eval_leak.py, so the test and the tool agree)."""
    words = [w.lower().replace("’", "'") for w in WORD.findall(text)]
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def eval_texts() -> list[str]:
    texts = []
    for path in EVAL_FILES:
        with path.open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    return texts


@pytest.fixture(scope="module")
def corpus_runs() -> set[str]:
    runs: set[str] = set()
    for text in eval_texts():
        runs |= word_runs(text)
    return runs


def copied_runs(path: Path, corpus: set[str]) -> set[str]:
    """The ten-word runs a text file shares with the corpus; none for a binary file."""
    data = path.read_bytes()
    if b"\0" in data:
        return set()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return set()
    return word_runs(text) & corpus


def tracked_files() -> list[Path]:
    try:
        listing = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    names = [n for n in listing.stdout.decode("utf-8").split("\0") if n]
    return [ROOT / n for n in names if not n.startswith("seeds/") and (ROOT / n).is_file()]


def test_no_tracked_file_holds_evaluation_text(corpus_runs):
    leaks = {}
    for path in tracked_files():
        shared = copied_runs(path, corpus_runs)
        if shared:
            leaks[str(path.relative_to(ROOT))] = len(shared)
    assert not leaks, f"ten-word runs copied from ../shared/eval (file: count): {leaks}"


def test_a_planted_copy_is_caught(corpus_runs, tmp_path):
    # a sentence-sized piece of the first article long enough to hold a ten-word run,
    # written among words of our own
    words = next(t for t in eval_texts() if len(WORD.findall(t)) > 40).split()
    planted = tmp_path / "planted.py"
    planted.write_text("# a note of our own\nEXAMPLE = " + repr(" ".join(words[20:36])) + "\n", encoding="utf-8")
    assert copied_runs(planted, corpus_runs)
    own = tmp_path / "own.py"
    own.write_text("# The mayor said on Tuesday that the new bridge would open to traffic next spring.\n")
    assert not copied_runs(own, corpus_runs)
