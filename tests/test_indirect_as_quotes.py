"""The controlled edits of benchmarks/indirect_as_quotes.py, on an article written here: the
marks go round the reported words, the gold offsets move with them, and a wrong speaker is
scored as wrong (the benchmark can report a bad number)."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(ROOT / "benchmarks"))  # (its neighbour probe_scoring)
    spec = importlib.util.spec_from_file_location("indirect_as_quotes", ROOT / "benchmarks" / "indirect_as_quotes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def record(text: str, content: str, speaker: str, cue: str) -> dict:
    start, source, verb = text.index(content), text.index(speaker), text.index(cue)
    return {
        "direct": False, "start": start, "end": start + len(content), "speaker": speaker,
        "speaker_start": source, "speaker_end": source + len(speaker), "cue": cue, "cue_start": verb, "cue_end": verb + len(cue),
    }  # fmt: skip


MEETING = "The council met on Monday.\n\nMayor Ada Lind said that the levee would hold through the spring. Tom Bell disagreed."


def meeting(source: str, cue: str) -> dict:
    """The meeting article with its one reported claim attributed to SOURCE by CUE."""
    return {"doc_id": "probe", "text": MEETING, "quotes": [record(MEETING, "that the levee would hold through the spring", source, cue)]}


def test_the_reported_words_are_marked_and_the_source_is_scored(bench):
    doc = meeting("Mayor Ada Lind", "said")
    (edit,) = bench.edits(doc)
    gold = edit["gold"]
    assert "said that “the levee would hold through the spring”." in edit["text"]
    assert edit["text"][gold["start"] : gold["end"]] == "the levee would hold through the spring"
    assert edit["text"][gold["speaker_start"] : gold["speaker_end"]] == "Mayor Ada Lind"
    (row,) = bench.score_doc(doc)
    assert row["found"] and row["speaker"] and row["strict"]


def test_a_wrong_source_scores_as_wrong(bench):
    (row,) = bench.score_doc(meeting("Tom Bell", "disagreed"))
    assert row["found"] and not row["speaker"]


def test_a_content_that_takes_in_its_source_is_not_edited(bench):
    text = "The levee, Mayor Ada Lind said, would hold through the spring."
    content = "The levee, Mayor Ada Lind said, would hold through the spring"
    doc = {"doc_id": "probe", "text": text, "quotes": [record(text, content, "Mayor Ada Lind", "said")]}
    assert bench.edits(doc) == []
