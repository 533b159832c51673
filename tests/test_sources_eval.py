"""The scoring in benchmarks/sources_eval.py: it must be able to report a bad number.

Tested on spans and labels written here, not on the corpus: a planted false positive
brings precision below 1.0, and the printed figure carries its sample size and interval."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("sources_eval", ROOT / "benchmarks" / "sources_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["sources_eval"] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def test_a_planted_false_positive_brings_precision_below_one(bench):
    predictions = [bench.Prediction("doc", 10 * i, 10 * i + 5, "official") for i in range(10)]
    labels = {bench.key(p.doc_id, p.start, p.end): True for p in predictions}
    labels[bench.key("doc", 40, 45)] = False  # "the report" the article names: no unnamed source
    sample = bench.precision_sample(predictions, size=10, seed=1)
    result, unlabelled = bench.precision(sample, labels)
    assert (result.hits, result.total, unlabelled) == (9, 10, 0)
    assert result.value == 0.9 < 1.0
    assert result.low < 0.9 < result.high <= 1.0
    shown = str(result)
    assert shown.startswith("9/10 = 0.900") and "95% Wilson interval" in shown


def test_all_true_labels_still_leave_an_interval_below_one(bench):
    result = bench.estimate([True] * 53)
    assert result.value == 1.0 and 0.9 < result.low < 1.0


def test_unlabelled_predictions_are_counted_not_scored(bench):
    predictions = [bench.Prediction("doc", i, i + 1, "source") for i in range(5)]
    labels = {bench.key("doc", 0, 1): True, bench.key("doc", 1, 2): False}
    result, unlabelled = bench.precision(bench.precision_sample(predictions, size=5), labels)
    assert (result.hits, result.total, unlabelled) == (1, 2, 3)


def test_the_sample_is_fixed_by_its_seed_and_drawn_from_all_predictions(bench):
    predictions = [bench.Prediction(f"d{i % 7}", i, i + 3, "aide") for i in range(200)]
    first = bench.precision_sample(predictions, size=30, seed=10)
    assert first == bench.precision_sample(list(reversed(predictions)), size=30, seed=10)
    assert len(set(first)) == 30 and set(first) <= set(predictions)
    assert len(bench.precision_sample(predictions[:4], size=30)) == 4


def test_recall_counts_gold_spans_a_prediction_overlaps(bench):
    gold = [
        bench.GoldSpan("a", 0, 10, "officials"),
        bench.GoldSpan("a", 20, 30, "his critics"),
        bench.GoldSpan("b", 0, 10, "some activists"),
    ]
    found, missed = bench.recall(gold, [bench.Prediction("a", 5, 12, "official"), bench.Prediction("b", 40, 50, "x")])
    assert found == gold[:1] and missed == gold[1:]


@pytest.mark.parametrize(
    "span, sentence_initial, unnamed",
    [
        ("a person familiar with her plans", False, True),
        ("his critics", False, True),  # no source noun the extractor knows is needed
        ("some activists", False, True),
        ("people close to the Hales", False, True),  # a name after a preposition is an object
        ("White House aides", False, True),  # capitalised words that modify a description
        ("Okafor's aides", False, True),
        ("Officials", True, True),  # capitalised because the sentence starts there
        ("spokeswoman Jana Reed", False, False),
        ("Marla Quinn, a spokeswoman for the mayor,", True, False),
        ("a former aide to the governor, Tom Reyes,", False, False),  # named after the comma
        ("Hale and his aides", False, False),
        ("he", False, False),
        ("his", False, False),  # PolNeAR marks the possessive in "his statement"
        ("she and her husband", False, False),
        ("The Ledger", True, False),
    ],
)
def test_gold_rule_reads_names_from_the_surface(bench, span, sentence_initial, unnamed):
    assert bench.names_no_one(span, sentence_initial, {"officials", "the", "a", "some"}) is unnamed
