"""The eval scorer: span matching rules on small hand-made gold, and a run on real PolNeAR."""

from dataclasses import replace

from quoteaudit.eval import Score, head_words, score_document, split_of, trimmed
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


def pred(start_text, kind=QuoteKind.FULL, speaker=None, name=None, text=TEXT):
    start = text.index(start_text)
    sp = None
    if speaker:
        s = text.index(speaker)
        sp = Speaker(name=name or speaker, mention=speaker, mention_start=s, mention_end=s + len(speaker))
    return Quote(id="q", article_id="d", start=start, end=start + len(start_text), text=start_text, kind=kind, speaker=sp)


def gold_in(text, quote, speaker):
    start, s = text.index(quote), text.index(speaker)
    return {
        "start": start,
        "end": start + len(quote),
        "direct": True,
        "speaker": speaker,
        "speaker_start": s,
        "speaker_end": s + len(speaker),
    }


def test_split_is_stable_and_about_seventy_thirty():
    ids = [f"doc-{n}" for n in range(2000)]
    tune = sum(split_of(i) == "tune" for i in ids)
    assert 0.65 < tune / len(ids) < 0.75
    assert [split_of(i) for i in ids[:50]] == [split_of(i) for i in ids[:50]]


def test_head_words_of_gold_speaker_spans():
    assert head_words("Mr. Okafor") == {"Okafor"}
    assert head_words("a person familiar with the plans") == {"person"}
    assert head_words("Director of Public Works Ann Voss") == {"Voss"}
    assert head_words("Mayor Lin Dale of Riverton") == {"Dale"}
    assert head_words("her chief of staff, Ben Ruiz,") == {"chief", "Ruiz"}
    assert head_words("Ortega and Lind") == {"Ortega", "Lind"}
    assert head_words("Sen. Ann Voss (D-Ohio)") == {"Voss"}
    assert head_words("the union-leaning weekly") == {"weekly"}  # "-leaning" is inside a word
    assert "Democrats" in head_words("Democrats on the city council")  # only "of" hands over to a name
    assert head_words("Ann Voss’s") == {"Voss"}  # a possessive owner is headed by the name
    assert head_words("Ben Ruiz — a teacher from Lake Ford —") == {"Ruiz"}  # dashes set off an apposition too
    assert "Marsh" in head_words("Voss running mate Gov. Ada Marsh of Ohio")  # the name closing it, before its place


def test_strict_speaker_needs_the_mention_inside_and_the_name_shown():
    text = "“We are ready,” said Mr. Okafor, the coach. “Not yet,” she said."
    doc = {"text": text, "quotes": [gold_in(text, "We are ready,", "Mr. Okafor"), gold_in(text, "Not yet,", "she")]}
    # "Mr" overlaps the gold span (lenient) but shows no surname (strict fails); the pronoun
    # is scored on its mention alone, since the gold does not resolve pronouns
    score = Score()
    score_document(doc, [pred("We are ready,", speaker="Mr", text=text), pred("Not yet,", speaker="she", name="Ada Lee", text=text)], score)
    assert (score.speaker_total, score.speaker_correct, score.speaker_strict) == (2, 2, 1)
    assert score.errors["speaker (strict only): shown name lacks the gold head word"] == 1
    score = Score()
    score_document(doc, [pred("We are ready,", speaker="Mr. Okafor", name="Tunde Okafor", text=text)], score)
    assert score.speaker_strict == 1
    score = Score()
    score_document(doc, [pred("We are ready,", speaker="Mr. Okafor, the coach", name="Tunde Okafor", text=text)], score)
    assert (score.speaker_correct, score.speaker_strict) == (1, 0)


def test_a_resolved_description_is_judged_as_written_like_a_pronoun():
    text = "Sen. Ada Lee voted no. “Not this bill,” the senator said. “Not ever,” the deputy said."
    doc = {"text": text, "quotes": [gold_in(text, "Not this bill,", "the senator"), gold_in(text, "Not ever,", "the deputy")]}
    # the senator resolved to Ada Lee (a name, as a pronoun's would be) passes as written;
    # a bare name that is not a resolution of its description ("Mr" for "Mr. Okafor") still fails
    score = Score()
    resolved = pred("Not this bill,", speaker="the senator", name="Ada Lee", text=text)
    garbled = pred("Not ever,", speaker="the deputy", name="the deputy", text=text)
    score_document(doc, [resolved, garbled], score)
    assert (score.speaker_correct, score.speaker_strict) == (2, 2)
    score = Score()
    wrong_span = pred("Not this bill,", speaker="senator said", name="Ada Lee", text=text)
    score_document(doc, [wrong_span], score)
    assert score.speaker_strict == 0  # the mention must still lie inside the gold span


def test_a_possessive_pronoun_gold_is_judged_on_its_mention_like_any_pronoun():
    text = "Ada Lee spoke for an hour. Her “plan for the harbour” won the room."
    doc = {"text": text, "quotes": [gold_in(text, "plan for the harbour", "Her")]}
    score = Score()
    score_document(doc, [pred("plan for the harbour", speaker="Her", name="Ada Lee", text=text)], score)
    assert (score.speaker_correct, score.speaker_strict) == (1, 1)


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

    scores, _note = evaluate(POLNEAR, engine="rules", limit=40)
    assert set(scores) == {"tune", "check"}
    assert sum(s.docs for s in scores.values()) == 40 and all(s.docs for s in scores.values())
    for score in scores.values():
        assert score.gold > 50 and score.f1 > 0.85 and score.speaker_accuracy > 0.7
        assert 0 < score.speaker_strict <= score.speaker_correct


def test_a_gold_speaker_span_that_starts_or_ends_inside_a_word_is_read_as_the_whole_word():
    # an offset slip of the annotation: "he crowd" of "the crowd", "MR. BAL" of "MR. BALL"
    text = "“Go home,” the crowd chanted. “No,” said MR. BALL."
    first, second = gold_in(text, "Go home,", "the crowd"), gold_in(text, "No,", "MR. BALL")
    first["speaker_start"] += 1
    second["speaker_end"] -= 1
    doc = {"text": text, "quotes": [first, second]}
    score = Score()
    score_document(doc, [pred("Go home,", speaker="the crowd", text=text), pred("No,", speaker="MR. BALL", name="Ball", text=text)], score)
    assert (score.speaker_correct, score.speaker_strict) == (2, 2)


def test_a_relayed_quote_is_scored_by_its_relay_as_polnear_annotates_the_outer_source():
    text = "“We will win,” Smith said, according to the Gazette."
    quote = pred("We will win,", speaker="Smith", text=text)
    relay = Speaker(name="the Gazette", mention="the Gazette", mention_start=text.index("the Gazette"), mention_end=len(text) - 1)
    doc = {"text": text, "quotes": [gold_in(text, "We will win,", "the Gazette")]}
    plain, relayed = Score(), Score()
    score_document(doc, [quote], plain)
    score_document(doc, [replace(quote, relayed_by=relay)], relayed)
    assert (plain.speaker_correct, relayed.speaker_correct, relayed.speaker_strict) == (0, 1, 1)


def test_a_transcript_turn_is_outside_polnears_quote_marked_gold():
    # PolNeAR's direct records are quotation-marked regions: an unmarked turn is neither a
    # hit nor a spurious quote there, and a marked quote is scored as before
    text = "Hale said, “The port stays open.”\n\nREYES: Will it?\n\nHALE: It will."
    doc = {"text": text, "quotes": [gold_in(text, "The port stays open.", "Hale")]}
    score = Score()
    turn = replace(pred("It will.", kind=QuoteKind.TURN, speaker="HALE", name="Hale", text=text))
    score_document(doc, [pred("The port stays open.", speaker="Hale", text=text), turn], score)
    assert (score.predicted, score.true_positive_predictions, score.found_gold) == (1, 1, 1)


def test_intervals_resample_whole_documents_and_bracket_the_figure():
    """Two documents scored, one right and one with its speaker wrong: resampling documents
    spreads speaker accuracy between them; one kind of document alone leaves no spread."""
    right = {"text": TEXT, "quotes": [gold("We will win this race.", "Smith")]}
    wrong = {"text": TEXT, "quotes": [gold("No chance.", "Jones")]}
    score = Score()
    for _ in range(10):
        score_document(right, [pred("We will win this race.", speaker="Smith")], score)
        score_document(wrong, [pred("No chance", speaker="Smith")], score)
    assert len(score.per_document) == 20 and score.per_document[0] == (1, 1, 1, 1, 1, 1, 1, 1)
    low, high = score.intervals()["speaker"]
    assert low < score.speaker_accuracy == 0.5 < high and low > 0.2 and high < 0.8
    assert score.to_json()["interval_95"]["speaker"] == [round(low, 4), round(high, 4)]
    same = Score()
    for _ in range(5):
        score_document(right, [pred("We will win this race.", speaker="Smith")], same)
    assert same.intervals() == {"f1": (1.0, 1.0), "speaker": (1.0, 1.0), "strict": (1.0, 1.0)}
    assert Score().intervals() == {}
