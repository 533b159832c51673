"""Test setup: stanza points at ../shared/stanza_resources when it is there, and the
annotation cache lives in a temporary folder so tests never touch the user's cache."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
POLNEAR = SHARED / "eval" / "polnear-dev.jsonl"
BASIL = SHARED / "eval" / "basil-stories-dev.jsonl"

if "STANZA_RESOURCES_DIR" not in os.environ and (SHARED / "stanza_resources").is_dir():
    os.environ["STANZA_RESOURCES_DIR"] = str(SHARED / "stanza_resources")


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    os.environ["QUOTEAUDIT_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield


def has_stanza_models() -> bool:
    from quoteaudit.nlp.stanza_engine import installed_processors

    return "tokenize" in installed_processors()


needs_stanza = pytest.mark.skipif(not has_stanza_models(), reason="stanza English tokenizer not installed")
needs_eval = pytest.mark.skipif(not POLNEAR.is_file(), reason="../shared/eval not present")
