"""The eval scorer: span matching rules on small hand-made gold, and a run on real PolNeAR."""

from quoteaudit.eval import Score, score_document, trimmed
from quoteaudit.models import Quote, QuoteKind, Speaker
from tests.conftest import POLNEAR, needs_eval

TEXT = "Smith said, “We will win this race.” Jones added: “No chance.” The “so-called” plan failed."


def gold(start_text, speaker=None):
    start = TEXT.index(start_text)
    g = {"start": start, "end": start + len(start_text), "direct": True, "speaker": None, "speaker_start": None, "speaker_end": None}
    if speaker:
        s = TEXT.index(speaker)
        g.update(speaker=speaker, speaker_start=s, speaker_end=s + len(speaker))
    return g


def pred(start_text, kind=QuoteKind.FULL, speaker=None):
    start = TEXT.index(start_text)
    sp = None
    if speaker:
        s = TEXT.index(speaker)
        sp = Speaker(name=speaker, mention=speaker, mention_start=s, mention_end=s + len(speaker))
    return Quote(id="q", article_id="d", start=start, end=start + len(start_text), text=start_text, kind=kind, speaker=sp)


def test_trimmed_drops_marks_and_punctuation():
    text = "“rigged,”"
    assert text[slice(*trimmed(text, 0, len(text)))] == "rigged"


def test_exact_and_partial_matches_and_speakers():
    doc = {"text": TEXT, "quotes": [gold("We will win this race.", "Smith"), gold("No chance.", "Jones")]}
    score = Score()
    preds = [pred("We will win this race.", speaker="Smith"), pred("No chance", speaker="Smith"), pred("so-called", QuoteKind.FRAGMENT)]
    score_document(doc, preds, score)
    assert (score.gold, score.predicted) == (2, 3)
    assert score.found_gold == 2 and score.true_positive_predictions == 2
    assert score.speaker_total == 2 and score.speaker_correct == 1
    assert score.errors["spurious: no gold (fragment)"] == 1
    assert any(k.startswith("speaker: wrong") for k in score.errors)


def test_scare_predictions_do_not_count_and_a_short_prediction_misses():
    doc = {"text": TEXT, "quotes": [gold("We will win this race.", "Smith")]}
    score = Score()
    score_document(doc, [pred("We will", QuoteKind.FULL), pred("so-called", QuoteKind.SCARE)], score)
    assert score.predicted == 1 and score.found_gold == 0
    assert score.errors["missed: boundary"] == 1


@needs_eval
def test_eval_runs_on_polnear_sample():
    from quoteaudit.eval import evaluate

    score, note = evaluate(POLNEAR, engine="rules", limit=40)
    assert score.docs == 40 and score.gold > 100
    assert score.f1 > 0.85 and score.speaker_accuracy > 0.7
