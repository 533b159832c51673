"""NLP engines: the rule engine, the stanza adapter on Documents built by hand (so the parse
and NER paths are tested without those models), engine choice, and the cache."""

import pytest
from stanza.models.common.doc import Document

from quoteaudit.errors import ModelsUnavailable
from quoteaudit.extract.quotes import find_quotes
from quoteaudit.extract.speakers import attribute
from quoteaudit.models import Article, SpeakerKind
from quoteaudit.nlp import get_annotator
from quoteaudit.nlp.cache import annotate_cached
from quoteaudit.nlp.rules_engine import RulesAnnotator
from quoteaudit.nlp.stanza_engine import doc_to_annotation, usable_processors
from tests.conftest import needs_stanza


def hand_built(text, words):
    """A stanza Document from (word, upos, head, deprel, ner) rows; offsets found in text."""
    rows, cursor = [], 0
    for i, (word, upos, head, deprel, ner) in enumerate(words, start=1):
        start = text.index(word, cursor)
        cursor = start + len(word)
        rows.append(
            {
                "id": i,
                "text": word,
                "lemma": word.lower(),
                "upos": upos,
                "head": head,
                "deprel": deprel,
                "start_char": start,
                "end_char": cursor,
                "ner": ner,
            }
        )
    doc = Document([rows], text=text)
    doc.build_ents()
    return doc


# A sentence the surface rules get wrong: the verb's subject sits after a long fronted clause
# with commas that look like an appositive.
TEXT = "Asked about the plan, which critics, including unions, oppose, Senator Ann Lee insisted it was “dead on arrival.”"
WORDS = [
    ("Asked", "VERB", 14, "advcl", "O"),
    ("about", "ADP", 4, "case", "O"),
    ("the", "DET", 4, "det", "O"),
    ("plan", "NOUN", 1, "obl", "O"),
    (",", "PUNCT", 4, "punct", "O"),
    ("which", "PRON", 13, "obj", "O"),
    ("critics", "NOUN", 13, "nsubj", "O"),
    (",", "PUNCT", 9, "punct", "O"),
    ("including", "VERB", 10, "case", "O"),
    ("unions", "NOUN", 7, "nmod", "O"),
    (",", "PUNCT", 7, "punct", "O"),
    ("oppose", "VERB", 4, "acl:relcl", "O"),
    (",", "PUNCT", 14, "punct", "O"),
    ("Senator", "PROPN", 16, "compound", "O"),
    ("Ann", "PROPN", 16, "flat", "B-PERSON"),
    ("Lee", "PROPN", 17, "nsubj", "E-PERSON"),
    ("insisted", "VERB", 0, "root", "O"),
    ("it", "PRON", 19, "nsubj", "O"),
    ("was", "AUX", 17, "ccomp", "O"),
    ("“", "PUNCT", 21, "punct", "O"),
    ("dead", "ADJ", 19, "xcomp", "O"),
]


def test_doc_to_annotation_keeps_parse_and_entities():
    doc = hand_built(TEXT, WORDS)
    annotation = doc_to_annotation(doc, "stanza:test")
    tokens = annotation.sentences[0].tokens
    assert annotation.has_parse
    assert tokens[0].upos == "VERB" and tokens[15].deprel == "nsubj"
    assert [(e.text, e.type) for e in annotation.entities] == [("Ann Lee", "PERSON")]
    assert TEXT[tokens[15].start : tokens[15].end] == "Lee"


def test_parse_sieve_finds_the_subject_and_ner_names_the_person():
    annotation = doc_to_annotation(hand_built(TEXT, WORDS), "stanza:test")
    article = Article(id="a", text=TEXT)
    (quote,) = attribute(article, annotation, find_quotes(article), parse_sieve=True)
    assert quote.speaker.method.startswith("parse_subject")
    assert quote.speaker.name == "Ann Lee" and quote.speaker.kind is SpeakerKind.NAMED


def test_parse_sieve_ignores_a_verb_far_from_the_quote():
    text = "Lee said nothing at the hearing on Monday about the long budget debate in the committee rooms of the state capitol building, and later the crowd chanted “dead on arrival.”"
    words = [
        (
            w,
            "PROPN" if w == "Lee" else "VERB" if w == "said" else "X",
            2 if w == "Lee" else 0,
            "nsubj" if w == "Lee" else "root" if w == "said" else "dep",
            "O",
        )
        for w in text.replace("“", " ").replace("”", " ").replace(".", " ").replace(",", " ").split()
    ]
    annotation = doc_to_annotation(hand_built(text, words), "stanza:test")
    article = Article(id="a", text=text)
    (quote,) = attribute(article, annotation, find_quotes(article), parse_sieve=True)
    assert quote.speaker is None or not quote.speaker.method.startswith("parse_subject")


def test_without_parse_the_surface_rules_are_used():
    text = "“We will win,” Senator Ann Lee said."
    article = Article(id="a", text=text)
    (quote,) = attribute(article, RulesAnnotator().annotate(text), find_quotes(article))
    assert quote.speaker.method == "trailing_subject_cue" and quote.speaker.name == "Ann Lee"


def test_rule_engine_sentences_respect_abbreviations():
    text = "Mr. Smith met U.S. officials on Jan. 5. They left. John F. Kennedy spoke."
    sentences = [text[s.start : s.end] for s in RulesAnnotator().annotate(text).sentences]
    assert sentences == ["Mr. Smith met U.S. officials on Jan. 5.", "They left.", "John F. Kennedy spoke."]


def test_a_function_word_after_an_abbreviation_opens_a_sentence_and_an_initial_before_a_name_does_not():
    text = "Dole wants fewer imports into the U.S. While Lund objects, the talks go on. They met when M. Night Ames arrived."
    sentences = [text[s.start : s.end] for s in RulesAnnotator().annotate(text).sentences]
    assert sentences == [
        "Dole wants fewer imports into the U.S.",
        "While Lund objects, the talks go on.",
        "They met when M. Night Ames arrived.",
    ]
    case = "It was Harlow vs. The People of Ohio, a famous case."
    assert len(RulesAnnotator().annotate(case).sentences) == 1


def test_the_rule_engine_cache_key_follows_its_code(monkeypatch):
    # sentences cached by an earlier splitter must not be reused after its code changes
    from quoteaudit.nlp import rules_engine

    before = RulesAnnotator().cache_key
    monkeypatch.setattr(rules_engine, "_this_code", lambda: b"changed splitter")
    assert RulesAnnotator().cache_key != before


def test_usable_processors_follow_stanza_dependencies():
    found = {"tokenize": [1], "mwt": [1], "depparse": [1], "pretrain": [1]}
    assert usable_processors(found) == ["tokenize", "mwt"]  # no pos/lemma: no parser
    found.update({"pos": [1], "lemma": [1], "ner": [1]})
    assert usable_processors(found) == ["tokenize", "mwt", "pos", "lemma", "depparse", "ner"]


def test_no_models_falls_back_to_rule_engine(monkeypatch, tmp_path):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    choice = get_annotator("auto")
    assert choice.annotator.name == "rules"
    assert "no NLP models" in choice.note and str(tmp_path) in choice.note
    with pytest.raises(ModelsUnavailable):
        get_annotator("stanza")


@needs_stanza
def test_stanza_engine_on_real_text():
    choice = get_annotator("auto")
    assert choice.annotator.name.startswith("stanza:tokenize")
    annotation = choice.annotator.annotate("Frank Mora said Rodriguez’s “treading very carefully.” He left.")
    assert len(annotation.sentences) == 2
    words = [t.text for t in annotation.sentences[0].tokens]
    assert "Rodriguez" in words and "’s" in words  # mwt split, offsets kept
    for token in annotation.sentences[0].tokens:
        assert annotation.sentences[0].tokens and token.end > token.start


def test_cache_round_trip(monkeypatch, tmp_path):
    monkeypatch.setenv("QUOTEAUDIT_CACHE", str(tmp_path))
    annotator = RulesAnnotator()
    first = annotate_cached(annotator, "One sentence. Two.")
    assert list(tmp_path.rglob("*.json"))
    assert annotate_cached(annotator, "One sentence. Two.") == first


def test_a_stanza_sentence_cut_after_a_title_abbreviation_is_joined_with_its_parse():
    # stanza's tokenizer may end a sentence after "Sen." (or at a colon, or after a dateline
    # dash), cutting a cue off from its quote. Three hand-built sentences, cut as it cuts:
    text = "Backers of Ohio Sen. Dana Marsh cheered. She left."
    cut = [
        [("Backers", "NOUN", 0, "root"), ("of", "ADP", 3, "case"), ("Ohio", "PROPN", 1, "nmod"), ("Sen.", "PROPN", 1, "nmod")],
        [("Dana", "PROPN", 3, "nsubj"), ("Marsh", "PROPN", 1, "flat"), ("cheered", "VERB", 0, "root"), (".", "PUNCT", 3, "punct")],
        [("She", "PRON", 2, "nsubj"), ("left", "VERB", 0, "root"), (".", "PUNCT", 2, "punct")],
    ]
    rows, cursor = [], 0
    for sentence in cut:
        rows.append([])
        for i, (word, upos, head, deprel) in enumerate(sentence, start=1):
            start = text.index(word, cursor)
            cursor = start + len(word)
            rows[-1].append({"id": i, "text": word, "upos": upos, "head": head, "deprel": deprel, "start_char": start, "end_char": cursor})
    joined, after = doc_to_annotation(Document(rows, text=text), "stanza:test").sentences
    assert text[joined.start : joined.end] == "Backers of Ohio Sen. Dana Marsh cheered."
    assert [t.head for t in joined.tokens] == [0, 3, 1, 1, 7, 5, 0, 7]  # the second tree renumbered
    assert text[after.start : after.end] == "She left."  # a real sentence end stays
