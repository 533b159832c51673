"""Measure unnamed-source detection against PolNeAR's gold source spans.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates the Source of every attribution,
named or not, and tags none as anonymous. Two figures, each able to come out badly:

- recall: of the gold source spans that name no one (a rule on the span's own surface,
  below, that knows nothing of quoteaudit's lexicon), the share that an anonymous
  SourceMention from ``quoteaudit.extract.sources.extract_sources`` overlaps;
- precision: of all anonymous SourceMentions predicted, the share that really attribute a
  claim to an unnamed source, estimated on a random sample (fixed seed) labelled by reading
  each one in context, with its 95% Wilson interval. Labels are keyed by document id and
  offsets (``PRED_LABELS``), never by text, and may be False.

The data is read from ../shared/eval at run time and never copied into the repository.

    python benchmarks/sources_eval.py                  # the figures
    python benchmarks/sources_eval.py --show-pred 60   # the precision sample, to label
    python benchmarks/sources_eval.py --show-missed 40 # gold spans no prediction overlaps
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"
SAMPLE_SEED = 10
SAMPLE_SIZE = 60

# Hand labels for the precision sample (--show-pred 60, seed 10): does the predicted span
# attribute a claim to a source the article does not name? Keys: doc_id:start-end. Labelled
# on 2026-12-04 by reading each span in its paragraph; "the source" pointing back to an
# unnamed source counts, a document the article names ("the report" it is about) does not.
PRED_LABELS: dict[str, bool] = {
    "breitbart_2016-10-19_election-uncertainty-weighs-on-p:1327-1337": False,  # a report the article names: a document, not an unnamed source
    "wash-post_2016-07-15_thin-skinned-trump-quells-critic:3062-3113": True,
    "wash-post_2016-10-27_trump-leaves-campaign-trail-to-o:6888-6899": True,
    "breitbart_2016-07-27_obama-to-frame-election-as-comma:4000-4005": True,
    "nyt_2016-01-20_in-prisoner-swap-compassion-vs-c:1654-1678": True,
    "politico_2016-02-11_things-to-watch-in-tonight-s-deb:6133-6161": True,
    "wash-post_2016-04-21_what-s-next-for-sanders-much-res:1791-1807": True,
    "politico_2016-05-05_paul-ryan-says-he-s-not-ready-to:7674-7700": True,
    "wash-post_2016-04-21_what-s-next-for-sanders-much-res:8319-8324": True,
    "nyt_2016-08-02_how-an-aide-to-trump-held-sway-i:470-490": True,
    "usa-today_2016-07-27_clinton-still-faces-a-spoiler-in:1255-1267": True,
    "wash-post_2016-04-17_donald-trump-is-not-a-racist-guy:4620-4640": True,
    "nyt_2015-12-14_visa-screening-missed-attacker-s:7087-7112": True,
    "breitbart_2016-08-24_report-half-clinton-s-state-meet:125-190": True,
    "politico_2016-05-31_cruz-looks-to-ease-bad-blood-wit:2577-2600": True,
    "west-journal_2015-11-12_the-fbi-just-made-an-even-bigger:599-621": True,
    "nyt_2016-08-31_the-human-face-of-coal-power:4699-4706": True,
    "breitbart_2016-10-25_the-latest-fbi-ready-to-respond-:576-603": True,
    "nyt_2016-05-09_american-admiral-rattles-beijing:4523-4591": True,
    "wash-post_2016-03-03_staffer-who-set-up-clinton-email:3146-3162": True,
    "nyt_2016-09-06_u-s-presses-for-truce-in-syria-d:7231-7248": True,
    "breitbart_2016-09-12_stealth-over-health-hillary-clin:924-932": True,
    "politico_2015-12-23_ben-carson-hints-at-major-campai:2444-2466": True,
    "wash-post_2016-07-15_thin-skinned-trump-quells-critic:3817-3830": True,
    "nyt_2015-12-14_visa-screening-missed-attacker-s:655-689": True,
    "politico_2016-09-23_partisan-fireworks-over-clinton-:3481-3515": True,
    "nyt_2016-09-06_u-s-presses-for-truce-in-syria-d:5111-5119": True,
    "nyt_2016-10-02_a-curious-plan-to-fight-climate-:6021-6047": True,
    "wash-post_2016-09-07_split-on-supreme-court-aids-chal:6690-6742": True,
    "nyt_2016-08-17_biden-calls-trump-risk-to-u-s-sa:3700-3734": True,
    "wash-post_2016-04-21_what-s-next-for-sanders-much-res:9259-9273": True,
    "wash-post_2015-11-24_pfizer-deal-s-tax-strategy-assai:5505-5525": True,
    "nyt_2016-05-27_clinton-faces-tight-primary-with:1525-1544": True,
    "politico_2016-02-10_top-clinton-adviser-sent-top-sec:7273-7294": True,
    "nyt_2015-12-18_rubio-and-cruz-diverge-on-approa:2730-2748": True,
    "wash-post_2016-01-07_germany-targets-a-surge-of-vitri:6922-6940": True,
    "nyt_2016-08-22_foundation-and-donors-complicate:5622-5633": True,
    "usa-today_2016-09-23_trump-questions-the-fairness-of-:358-366": True,
    "wash-post_2016-09-18_e-u-leaders-weigh-plans-for-grea:2515-2526": True,
    "nyt_2015-12-10_immigrants-can-find-way-in-ameri:3213-3223": False,  # the named study the article is about
    "wash-post_2016-07-20_beyond-plagiarism-a-bigger-issue:2642-2654": True,
    "wash-post_2016-03-24_republicans-building-firewall-be:1265-1276": True,
    "nyt_2016-04-28_nomination-almost-certain-clinto:2270-2286": True,
    "politico_2016-02-10_top-clinton-adviser-sent-top-sec:1951-1961": True,
    "politico_2016-10-31_pence-demands-independent-prosec:5083-5141": False,  # a report by a group the article identifies
    "nyt_2016-09-16_clinton-plan-for-taxes-is-expans:9110-9125": True,
    "wash-post_2016-09-18_e-u-leaders-weigh-plans-for-grea:2158-2165": True,
    "politico_2016-07-29_sex-lies-and-the-grayson-family-:6790-6800": True,
    "breitbart_2016-02-20_the-latest-hillary-clinton-tells:18089-18112": True,
    "nyt_2016-04-28_nomination-almost-certain-clinto:824-830": True,
    "west-journal_2016-06-06_breaking-latest-primary-has-big-:495-502": True,
    "nyt_2015-12-29_u-s-commandos-take-on-larger-rol:5207-5241": True,
    "wash-post_2016-07-15_thin-skinned-trump-quells-critic:8996-9009": True,
    "politico_2016-05-31_cruz-looks-to-ease-bad-blood-wit:6192-6202": True,
    "nyt_2016-09-06_u-s-presses-for-truce-in-syria-d:7586-7607": True,
    "wash-post_2016-03-24_republicans-building-firewall-be:7047-7087": True,
    "wash-post_2016-06-27_the-revolutionary-s-next-tactic-:2266-2271": True,
    "nyt_2016-08-26_u-s-nominates-jim-yong-kim-for-n:1018-1037": True,
    "wash-post_2015-11-16_clinton-s-claim-that-percent-of-:903-931": True,
    "politico_2016-07-02_sanders-california-supporters-ca:2223-2232": True,
}

# Closed classes of English grammar (not quoteaudit's lexicon). A source span that is only a
# pronoun (PolNeAR marks "his" in "his statement" too) points back to someone, usually named earlier; it names no one itself but is no
# unnamed source.
PRONOUNS = {
    "i",
    "me",
    "you",
    "he",
    "him",
    "she",
    "her",
    "it",
    "we",
    "us",
    "they",
    "them",
    "who",
    "whom",
    "which",
    "that",
    "this",
    "these",
    "those",
    "himself",
    "herself",
    "itself",
    "themselves",
    "myself",
    "ourselves",
    "yourself",
    "his",
    "hers",
    "its",
    "their",
    "theirs",
    "our",
    "ours",
    "my",
    "mine",
    "your",
}
SUBJECT_PRONOUNS = {"i", "you", "he", "she", "it", "we", "they"}
# After a preposition or a relative word, a capitalised word is the object of a description
# ("people close to the Clintons", "officials who spoke to Reuters"), not the source's name.
OBJECT_OPENERS = {
    "of",
    "to",
    "with",
    "for",
    "at",
    "in",
    "on",
    "from",
    "inside",
    "within",
    "about",
    "by",
    "who",
    "that",
    "which",
    "under",
    "during",
    "into",
    "over",
    "among",
    "behind",
    "near",
    "around",
}
# Words that cannot be the noun a capitalised modifier describes ("Sanders and his aides").
FUNCTION_WORDS = OBJECT_OPENERS | PRONOUNS | {"and", "or", "but", "nor", "as", "than", "a", "an", "the"}
# Words, and commas: a comma ends a run of capitalised words and the object a preposition opened.
TOKEN = re.compile(r"[A-Za-z0-9][\w’'.&-]*|,")
# Determiners and possessives that point to one entity the reader knows ("the senator",
# "his campaign"): reported apart from descriptions that introduce someone ("a person", "officials").
DEFINITE = {"the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your"}


@dataclass(frozen=True)
class GoldSpan:
    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Prediction:
    doc_id: str
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Estimate:
    """A proportion from a sample, with its 95% Wilson score interval."""

    hits: int
    total: int
    low: float
    high: float

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def __str__(self) -> str:
        if not self.total:
            return "no labelled sample"
        return f"{self.hits}/{self.total} = {self.value:.3f} (95% Wilson interval {self.low:.3f}–{self.high:.3f})"


def estimate(labels: list[bool]) -> Estimate:
    """The share of True labels, with the Wilson interval statsmodels computes: unlike the
    normal approximation it stays inside 0..1 and is honest for small samples near 1.0."""
    from statsmodels.stats.proportion import proportion_confint

    hits, total = sum(labels), len(labels)
    if not total:
        return Estimate(0, 0, 0.0, 1.0)
    low, high = proportion_confint(hits, total, alpha=0.05, method="wilson")
    return Estimate(hits, total, float(low), float(min(high, 1.0)))


def key(doc_id: str, start: int, end: int) -> str:
    return f"{doc_id}:{start}-{end}"


def opens_sentence(text: str, start: int) -> bool:
    """The span starts the text, a line, or a sentence (after . ! ? or an opening quote mark)."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n“\"‘'—:"


def names_no_one(span: str, sentence_initial: bool, lowercase_words: set[str]) -> bool:
    """Whether a gold source span identifies its source by no name, from its surface alone.

    A capitalised word is a name unless (a) it opens the sentence and the corpus also writes
    it in lower case ("Officials", "Some"), (b) it follows a preposition or relative word
    inside the span ("people close to the Clintons"), or (c) it belongs to a run of capitalised
    words that modifies a lower-case word after it ("White House officials", "Trump aides",
    "Clinton's right-hand woman"). A span that is only pronouns, or a pronoun and "and",
    refers back to someone; a span needs a lower-case content word to describe anyone.
    """
    tokens = TOKEN.findall(span)
    if tokens and sentence_initial and tokens[0].lower().rstrip(".") in lowercase_words:
        tokens[0] = tokens[0].lower()  # "Officials said": a capital the sentence gave it
    words = [t for t in tokens if t != ","]
    if not words:
        return False
    lower = [t.lower().rstrip(".") for t in words]
    if all(t in PRONOUNS for t in lower):
        return False
    if lower[0] in SUBJECT_PRONOUNS and len(lower) > 1 and lower[1] == "and":
        return False  # "he and his aides": a person the article has named
    if not any(t[0].islower() and t.lower() not in FUNCTION_WORDS for t in words):
        return False
    opened = False
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == ",":
            opened = False
        elif token.lower() in OBJECT_OPENERS and token[0].islower():
            opened = True
        if not token[0].isupper() or opened:
            i += 1
            continue
        j = i
        while j < len(tokens) and tokens[j][0].isupper():
            j += 1
        follows = tokens[j] if j < len(tokens) else ""
        if not (follows and follows[0].islower() and follows.lower() not in FUNCTION_WORDS):
            return False  # "spokeswoman Hope Hicks", "Sanders and his aides", "Marlon Marshall, …"
        i = j
    return True


def split_by_determiner(gold: list[GoldSpan]) -> dict[str, list[GoldSpan]]:
    """Gold spans that point to one known entity ("the senator", "his campaign", "Trump's
    aides") apart from those that introduce someone ("a person familiar with…", "officials")."""
    parts: dict[str, list[GoldSpan]] = {"introducing someone (a, some, two, bare nouns)": [], "pointing back (the, this, his, X's)": []}
    for g in gold:
        first = TOKEN.findall(g.text)[0]
        definite = first.lower() in DEFINITE or first.endswith(("'s", "’s", "s'", "s’"))
        parts[list(parts)[definite]].append(g)
    return parts


def load_docs(path: Path) -> list[dict]:
    if not path.is_file():
        sys.exit(f"{path}: gold file not found (expected ../shared/eval/polnear-dev.jsonl)")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def source_spans(doc: dict) -> list[GoldSpan]:
    """Every distinct Source span of the document's direct and indirect records."""
    seen: dict[tuple[int, int], GoldSpan] = {}
    for q in doc.get("quotes") or []:
        if q.get("speaker_start") is None:
            continue
        span = (q["speaker_start"], q["speaker_end"])
        seen.setdefault(span, GoldSpan(doc["doc_id"], span[0], span[1], q["speaker"]))
    return list(seen.values())


def lowercase_vocabulary(docs: list[dict]) -> set[str]:
    """Words the corpus itself writes in lower case more often than capitalised: common
    words ("officials", "some"), not names ("Trump" is a card game only now and then)."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for doc in docs:
        for token in TOKEN.findall(doc["text"]):
            word = token.rstrip(".")
            if word[:1].islower():
                lower[word] += 1
            elif word[:1].isupper():
                capital[word.lower()] += 1
    return {w for w, n in lower.items() if n > capital[w]}


def overlaps(a: GoldSpan | Prediction, b: GoldSpan | Prediction) -> bool:
    return a.doc_id == b.doc_id and a.start < b.end and b.start < a.end


def recall(gold: list[GoldSpan], predictions: list[Prediction]) -> tuple[list[GoldSpan], list[GoldSpan]]:
    """(found, missed): gold spans that some prediction in the same document overlaps, and the rest."""
    by_doc: dict[str, list[Prediction]] = {}
    for p in predictions:
        by_doc.setdefault(p.doc_id, []).append(p)
    found = [g for g in gold if any(overlaps(g, p) for p in by_doc.get(g.doc_id, []))]
    found_set = set(found)
    return found, [g for g in gold if g not in found_set]


def precision_sample(predictions: list[Prediction], size: int = SAMPLE_SIZE, seed: int = SAMPLE_SEED) -> list[Prediction]:
    """A fixed-seed random sample of all predictions, in a stable order."""
    ordered = sorted(predictions, key=lambda p: (p.doc_id, p.start, p.end))
    return random.Random(seed).sample(ordered, min(size, len(ordered)))


def precision(sample: list[Prediction], labels: dict[str, bool]) -> tuple[Estimate, int]:
    """Precision over the labelled part of the sample, and how many sampled predictions lack a label."""
    known = [labels[key(p.doc_id, p.start, p.end)] for p in sample if key(p.doc_id, p.start, p.end) in labels]
    return estimate(known), len(sample) - len(known)


def context(text: str, start: int, end: int, width: int = 100) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"…{left}[[{text[start:end]}]]{right}…"


def predict(docs: list[dict]) -> list[Prediction]:
    from quoteaudit.extract.sources import extract_sources
    from quoteaudit.models import Article
    from quoteaudit.nlp.rules_engine import RulesAnnotator

    annotator = RulesAnnotator()
    out = []
    for doc in docs:
        article = Article(id=doc["doc_id"], text=doc["text"])
        for m in extract_sources(article, annotator.annotate(doc["text"])):
            if m.anonymous:
                out.append(Prediction(doc["doc_id"], m.start, m.end, m.kind))
    return out


def run(path: Path, show_pred: int, show_missed: int) -> None:
    from quoteaudit.eval import SPLITS, split_of

    docs = load_docs(path)
    texts = {d["doc_id"]: d["text"] for d in docs}
    vocabulary = lowercase_vocabulary(docs)
    spans = [s for d in docs for s in source_spans(d)]
    gold = [s for s in spans if names_no_one(s.text, opens_sentence(texts[s.doc_id], s.start), vocabulary)]
    predictions = predict(docs)
    found, missed = recall(gold, predictions)
    sample = precision_sample(predictions)
    prec, unlabelled = precision(sample, PRED_LABELS)
    touching = [p for p in predictions if any(overlaps(p, s) for s in spans if s.doc_id == p.doc_id)]

    print(f"PolNeAR dev ({len(docs)} docs): {len(spans)} distinct source spans (direct and indirect records)")
    print(f"  gold: spans that name no one (surface rule): {len(gold)}")
    found_set = set(found)
    print(f"  recall: {estimate([g in found_set for g in gold])}")
    for name, part in split_by_determiner(gold).items():
        print(f"    {name}: {estimate([g in found_set for g in part])}")
    # the source rules were tuned on all of dev before the split existed; the check split is
    # where a later change is judged (quoteaudit.eval.split_of, the split `quoteaudit eval` uses)
    for split in SPLITS:
        part = [g for g in gold if split_of(g.doc_id) == split]
        print(f"    {split} split: {estimate([g in found_set for g in part])}")
    print(f"  predicted anonymous mentions: {len(predictions)}")
    print(
        f"  precision on a random sample of all predictions (seed {SAMPLE_SEED}): {prec}"
        + (f"; {unlabelled} sampled predictions unlabelled" if unlabelled else "")
    )
    for split in SPLITS:
        print(f"    {split} split: {precision([p for p in sample if split_of(p.doc_id) == split], PRED_LABELS)[0]}")
    print(
        f"  predictions overlapping any gold source span (not a precision: PolNeAR misses some sources): {len(touching)}/{len(predictions)}"
    )
    heads = Counter([w for w in TOKEN.findall(g.text) if w != ","][-1].lower() for g in missed)
    print("  missed gold, most frequent last words: " + ", ".join(f"{w} {n}" for w, n in heads.most_common(12)))
    if show_pred:
        print("\n# precision sample: does the span attribute a claim to a source the article does not name?")
        for p in sample[:show_pred]:
            label = PRED_LABELS.get(key(p.doc_id, p.start, p.end), "?")
            print(f"{key(p.doc_id, p.start, p.end)}\t{label}\t{p.kind}\t{context(texts[p.doc_id], p.start, p.end)}")
    if show_missed:
        print("\n# gold spans no prediction overlaps")
        for g in random.Random(SAMPLE_SEED).sample(missed, min(show_missed, len(missed))):
            print(f"{key(g.doc_id, g.start, g.end)}\t{context(texts[g.doc_id], g.start, g.end, 60)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--show-pred", type=int, default=0, help="print N of the precision sample with context")
    parser.add_argument("--show-missed", type=int, default=0, help="print N missed gold spans with context")
    args = parser.parse_args()
    run(args.gold, args.show_pred, args.show_missed)


if __name__ == "__main__":
    main()
