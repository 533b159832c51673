"""Compare one outlet's version of a quote with the reference version, word by word.

The diff runs over normalised words (lower case, straight apostrophes, one ellipsis token
for "…", "..." and "[...]", hyphens and dashes dropped), so typography never hides a real
change; typography that does differ is reported on its own as ``typo`` steps. The drift
class then follows from what the diff contains: nothing (identical), only typography,
reference words cut at the edges (excerpt), cuts marked with an ellipsis (elided), or
changed words inside the marks (altered when most words survive, paraphrased when few do).
Who said it (misattributed) and quotes without marks (indirect) are decided in ``align``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

import snowballstemmer

from quoteaudit.models import DiffOp, Drift
from quoteaudit.rules import lexicon

ELLIPSIS = "…"
_ENGLISH = snowballstemmer.stemmer("english")  # asked one word at a time, through stem()

# An ellipsis as a character, as three dots (spaced or not), optionally in brackets; an
# initialism with periods ("F.B.I.", compared as "fbi"); a word with inner apostrophes or
# censoring asterisks ("f***ing"); quote marks that stick to either side of a word.
TOKEN_RE = re.compile(
    r"(?P<ellipsis>\[?(?:…|\.(?:\s?\.){2,})\]?)"
    r"|(?P<lead>[‘'“\"«‹]*)"
    r"(?P<word>(?:[A-Za-z]\.){2,}|[^\W_]+(?:(?:['’]|\*+)[^\W_]+)*\**)"
    r"(?P<trail>['’”\"»›]*)"
)
# Contractions and the word they stand for, longest ending first.
CONTRACTIONS = (
    ("n't", "not"),
    ("'re", "are"),
    ("'ve", "have"),
    ("'ll", "will"),
    ("'m", "am"),
    ("'d", "would"),
    ("'s", "is"),
)
# Words whose "'s" is "is" rather than a possessive.
S_CONTRACTING = frozenset(["it", "that", "there", "here", "what", "who", "he", "she", "where", "how"])
# Share of a version's words that must survive for "altered" rather than "paraphrased":
# below half, the outlet has rewritten the quote rather than changed some of its words.
ALTERED_MIN_SHARE = 0.5
# At either end, a few reference words swapped for others ("continue strengthening" ->
# "further enhancing", "NOT ANYMORE" -> "this is no longer the case") are a change; a
# longer stretch of the reference there means the outlets quote different extents.
EDGE_SWAP_MAX_WORDS = 4
# Two quotes that share only a few words where their ends overlap ("… He's got the money." and
# "We have already set aside the money for …") are not one quoted at different extents.
OVERLAP_MIN_WORDS = 4
# A moved block must be this long to count as moved: a single repeated "the" or "of" is chance.
MOVE_MIN_WORDS = 2


@dataclass(frozen=True)
class Word:
    """A word of a quote: ``norm`` is compared, ``text`` and the marks are shown and
    checked for typography."""

    norm: str
    text: str
    lead: str = ""  # quote marks written before the word ("‘Security")
    trail: str = ""  # quote marks written after it ("Services’")
    contracted: bool = False  # part of a contraction as written ("I'd" -> "i", "would")
    editorial: bool = False  # inside square brackets: the editor's words ("[Democrats]")

    @property
    def is_ellipsis(self) -> bool:
        return self.norm == ELLIPSIS

    @property
    def shown(self) -> str:
        if not self.text:
            return ""
        return f"{self.lead}[{self.text}]{self.trail}" if self.editorial else f"{self.lead}{self.text}{self.trail}"


def _expand(norm: str) -> list[str] | None:
    """The words a contraction stands for ("i'd" -> i would), or None if it is none.
    "'s" only after pronouns: "Clinton's" is a possessive."""
    for ending, full in CONTRACTIONS:
        if norm.endswith(ending) and len(norm) > len(ending):
            head = norm[: -len(ending)]
            if ending == "'s" and head not in S_CONTRACTING:
                return None
            if ending == "n't":
                return [*{"wo": ["will"], "ca": ["can"], "sha": ["shall"]}.get(head, [head]), "not"]
            return [head, full]
    return None


def words(text: str) -> list[Word]:
    """Normalised words and ellipsis tokens of a quote, in order; contractions count as
    the words they stand for, so "I'd" meets "I would" as a matter of print. Words in
    square brackets are marked as the editor's."""
    return list(_words(text))


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> tuple[Word, ...]:
    """``words``, computed once per text: comparison reads each quote's words many times."""
    brackets = [m.span() for m in re.finditer(r"\[[^\]]*\]", text)]
    out: list[Word] = []
    for match in TOKEN_RE.finditer(text):
        editorial = any(a < match.start() < b for a, b in brackets)
        if match.group("ellipsis"):
            out.append(Word(ELLIPSIS, match.group("ellipsis")))
            continue
        word, lead, trail = match.group("word"), match.group("lead"), match.group("trail")
        norm = word.lower().replace("’", "'").replace(".", "")
        if "*" in norm:  # outlets censor differently: "f***ing", "f**king" are one word
            norm = f"{norm[0]}*{norm.rstrip('*')[-1]}"
        expanded = _expand(norm)
        if expanded is None:
            out.append(Word(norm, word, lead, trail, editorial=editorial))
            continue
        # The first word carries the written form; the rest are shown as nothing.
        out.append(Word(expanded[0], word, lead, "", True, editorial))
        out.extend(Word(part, "", "", "", True, editorial) for part in expanded[1:-1])
        out.append(Word(expanded[-1], "", "", trail, True, editorial))
    return tuple(out)


def plain_words(text: str) -> list[str]:
    """The normalised words of a text without ellipsis tokens."""
    return [w.norm for w in words(text) if not w.is_ellipsis]


# ---------------------------------------------------------------- stems and key words


def without_accents(text: str) -> str:
    """Accents off, so "Rodríguez" in one outlet meets "Rodriguez" in another: the one accent
    folder of the comparison stage (quote grouping and claim matching alike)."""
    if text.isascii():  # most news text: nothing to fold
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1 << 16)  # a story repeats its words; stemming is pure
def stem(word: str) -> str:
    """The Snowball English (Porter2) stem: "provided" meets "provide", "services" meets
    "service", "Mora's" meets "Mora". The one stemmer of the comparison stage (quote
    grouping, drift key words, claim matching); stems are compared, never shown."""
    return _ENGLISH.stemWord(word.lower().replace("’", "'"))


@dataclass(frozen=True)
class WordLists:
    stop_words: frozenset[str]
    synonym_of: dict[str, str]  # stem -> the stem of its group's first word


@functools.cache
def word_lists() -> WordLists:
    """rules/lexicon/drift.yml, read once."""
    data = lexicon("drift")
    synonym_of: dict[str, str] = {}
    for line in data.get("synonyms") or []:
        group = str(line).split()
        if group:
            head = stem(group[0])
            for member in group:
                synonym_of.setdefault(stem(member), head)
    return WordLists(frozenset(str(data["stop_words"]).split()), synonym_of)


def key_stems(text: str) -> list[str]:
    """Content words of a text as stems, synonyms folded to one stem: what two versions
    of a rewritten quote still share when their wording differs."""
    return list(_key_stems(text))


@functools.lru_cache(maxsize=1 << 16)  # syndicated copies repeat every sentence and quote
def _key_stems(text: str) -> tuple[str, ...]:
    lists = word_lists()
    out = []
    for norm in plain_words(text):
        if norm in lists.stop_words or norm.isdigit() or len(norm) < 2:
            continue
        s = stem(norm)
        out.append(lists.synonym_of.get(s, s))
    return tuple(out)


# ---------------------------------------------------------------- diff


@dataclass
class _Step:
    """A diff step while it is being built: reference words and version words."""

    op: str
    ref: list[Word]
    ver: list[Word]


def _typography(ref: Word, ver: Word) -> list[str]:
    """How two words that compare equal differ in print; [] if they do not."""
    kinds = []
    if ref.is_ellipsis:
        if ref.text != ver.text:
            kinds.append("ellipsis")
        return kinds
    if ref.contracted != ver.contracted:
        return ["contraction"]
    if ref.contracted:
        return []  # both contracted the same way; the written form sits on the first part
    a, b = ref.text.replace("’", "'"), ver.text.replace("’", "'")
    # Case counts when it is more than a capital first letter: "OIL" vs "oil", not "For" vs "for".
    if a != b and a[1:] != b[1:]:
        kinds.append("case")
    if ref.text.replace("'", "’") == ver.text.replace("'", "’") and ref.text != ver.text:
        kinds.append("apostrophes")
    # Marks count only where both versions have them: an excerpt naturally loses its inner marks.
    if (ref.lead and ver.lead and ref.lead != ver.lead) or (ref.trail and ver.trail and ref.trail != ver.trail):
        kinds.append("quote marks")
    return kinds


def _raw_steps(ref: list[Word], ver: list[Word]) -> list[_Step]:
    matcher = SequenceMatcher(None, [w.norm for w in ref], [w.norm for w in ver], autojunk=False)
    steps: list[_Step] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            steps.append(_Step(tag, list(ref[i1:i2]), list(ver[j1:j2])))
            continue
        for r, v in zip(ref[i1:i2], ver[j1:j2], strict=True):
            op = "typo" if _typography(r, v) else "equal"
            # one equal run, and one typo step per contraction ("I would" -> "I'd")
            if steps and steps[-1].op == op and (op == "equal" or r.contracted or v.contracted):
                steps[-1].ref.append(r)
                steps[-1].ver.append(v)
            else:
                steps.append(_Step(op, [r], [v]))
    return steps


def _find_moves(steps: list[_Step]) -> list[_Step]:
    """Turn words deleted in one place and inserted in another into one ``move`` step.

    A block of MOVE_MIN_WORDS or more that SequenceMatcher reports as an insertion, and
    that also sits in a deletion elsewhere, was reordered, not rewritten ("Cuba lived, for
    many years," -> "For many years, Cuba lived")."""
    changed = True
    while changed:
        changed = False
        for i, ins in enumerate(steps):
            if ins.op not in ("insert", "replace") or len(ins.ver) < MOVE_MIN_WORDS:
                continue
            for k, dele in enumerate(steps):
                if k == i or dele.op not in ("delete", "replace") or len(dele.ref) < MOVE_MIN_WORDS:
                    continue
                m = SequenceMatcher(None, [w.norm for w in dele.ref], [w.norm for w in ins.ver], autojunk=False)
                block = m.find_longest_match(0, len(dele.ref), 0, len(ins.ver))
                if block.size < MOVE_MIN_WORDS or any(w.is_ellipsis for w in ins.ver[block.b : block.b + block.size]):
                    continue
                moved = _Step(
                    "move",
                    dele.ref[block.a : block.a + block.size],
                    ins.ver[block.b : block.b + block.size],
                )
                # The deletion keeps its other words; the insertion splits around the move,
                # and a replacement's reference words stay with the part left beside them.
                dele.ref = dele.ref[: block.a] + dele.ref[block.a + block.size :]
                before = _Step(ins.op, [], ins.ver[: block.b])
                after = _Step(ins.op, [], ins.ver[block.b + block.size :])
                if ins.op == "replace":
                    (before if before.ver or not after.ver else after).ref = ins.ref
                replacement = [s for s in (before, moved, after) if s.ref or s.ver]
                steps = steps[:i] + replacement + steps[i + 1 :]
                steps = [_retag(s) for s in steps if s.ref or s.ver]
                changed = True
                break
            if changed:
                break
    return steps


def _retag(step: _Step) -> _Step:
    """A replace that lost one side is an insert or a delete."""
    if step.op in ("replace", "insert", "delete"):
        step.op = "replace" if step.ref and step.ver else ("insert" if step.ver else "delete")
    return step


def _join(ws: list[Word]) -> str:
    return " ".join(w.shown for w in ws if w.shown)


def diff_ops(steps: list[_Step]) -> tuple[DiffOp, ...]:
    return tuple(DiffOp(s.op, _join(s.ref), _join(s.ver)) for s in steps)


def word_diff(reference: str, version: str) -> tuple[DiffOp, ...]:
    """Word-level diff of a version against the reference: equal, insert, delete,
    replace, move and typo steps, in the version's word order (deletions stand where
    the reference had the words)."""
    return diff_ops(_find_moves(_raw_steps(words(reference), words(version))))


# ---------------------------------------------------------------- classification


@dataclass(frozen=True)
class Comparison:
    """What comparing a version with the reference found."""

    drift: Drift
    similarity: float  # 0..1, word overlap over the stretch the two versions share
    reason: str
    diff: tuple[DiffOp, ...]
    matched_share: float  # share of the version's words found in the reference
    matched: int = 0  # how many of the version's words the reference has
    changes: int = 0  # how many changes inside the shared stretch (adds, drops, swaps, moves)
    meaning: tuple[str, ...] = ()  # changes that can reverse or distort it ("the cut drops “not”")
    beyond: int = 0  # version words past the reference's ends: words it does not account for


def _quoted(ws: list[Word], limit: int = 8) -> str:
    shown = [_written(w) for w in ws if not w.is_ellipsis]
    text = " ".join(shown[:limit]) + (" …" if len(shown) > limit else "")
    return f"'{text}'"


def _editorial(step: _Step) -> bool:
    """A change that only adds, drops or swaps in words in square brackets: the
    outlet marked it as its own ("[for]", "he" -> "[Trump]")."""
    ref = [w for w in step.ref if not w.is_ellipsis]
    ver = [w for w in step.ver if not w.is_ellipsis]
    if ver:
        return all(w.editorial for w in ver)
    return bool(ref) and all(w.editorial for w in ref)


def _count(ws: list[Word]) -> int:
    return sum(1 for w in ws if not w.is_ellipsis)


@dataclass(frozen=True)
class MeaningWords:
    negations: frozenset[str]
    conditions: frozenset[str]
    numbers: frozenset[str]
    dates: frozenset[str]


@functools.cache
def meaning_words() -> MeaningWords:
    """rules/lexicon/meaning.yml, read once."""
    data = lexicon("meaning")
    return MeaningWords(*(frozenset(str(data[key]).split()) for key in ("negations", "conditions", "numbers", "dates")))


def _written(w: Word) -> str:
    """A word as printed; the "not" of a contraction is shown as "n't"."""
    return w.text or ("n't" if w.norm == "not" else w.norm)


def _meaning_kind(w: Word) -> str:
    """What a word carries that a change of it can reverse or distort, or ""."""
    mw = meaning_words()
    if w.norm in mw.negations:
        return "negation"
    if w.norm in mw.conditions:
        return "condition"
    if any(c.isdigit() for c in w.norm) or w.norm in mw.numbers:
        return "number"
    if w.norm in mw.dates:
        return "date"
    return ""


def _step_meaning(step: _Step, cut: bool) -> list[str]:
    """What one changed step does to the meaning: a negation or condition dropped or
    added, a number or date dropped, added or changed. ``cut``: the version marks the
    drop with an ellipsis."""
    dropped = [w for w in step.ref if _meaning_kind(w)]
    added = [w for w in step.ver if _meaning_kind(w)]
    kept = {w.norm for w in step.ver}
    out = []
    # A long stretch cut or rewritten is judged by how it opens ("… unless they pay", "not
    # to …"): a number or a "but" somewhere inside a dropped sentence is no flip of meaning.
    opening = {id(w) for w in step.ref[:2]}
    for w in dropped:
        kind = _meaning_kind(w)
        if w.norm in kept:
            continue
        swap = next((a for a in added if _meaning_kind(a) == kind and a.norm != w.norm), None)
        if _count(step.ref) > EDGE_SWAP_MAX_WORDS and id(w) not in opening and swap is None:
            continue
        if swap is not None and kind == "negation":
            added.remove(swap)  # one negation for another ("not anymore" -> "no more"): still negative
            continue
        if swap is not None and kind in ("number", "date"):
            out.append(f"changes the {kind} “{_written(w)}” to “{_written(swap)}”")
            added.remove(swap)
        elif kind == "condition":
            out.append(f"{'the cut drops' if cut else 'drops'} the condition “{_written(w)}”")
        else:
            out.append(f"{'the cut drops' if cut else 'drops'} the {kind} “{_written(w)}”")
    ref_norms = {w.norm for w in step.ref}
    ver_opening = {id(w) for w in step.ver[:2]}
    for w in added:
        if _count(step.ver) > EDGE_SWAP_MAX_WORDS and id(w) not in ver_opening:
            continue
        if w.norm not in ref_norms:
            out.append(f"adds the {_meaning_kind(w)} “{_written(w)}”")
    return out


def meaning_changes(steps: list[_Step], first: int, last: int) -> list[str]:
    """Changes that can reverse or distort what was said, in diff order.

    Inside the stretch the two versions share, every changed negation, condition, number or
    date counts. At its edges (where a version starts or stops quoting) only a negation
    just before the first quoted word ("not" cut from "not a crook") and a condition just
    after the last ("… unless they pay" cut off) count: stopping elsewhere is an excerpt."""
    found: list[str] = []
    for i, step in enumerate(steps):
        # the editor's own words in brackets count too: "[why not fight]" made "[why fight]"
        # turns the quote round as surely as the speaker's words would
        if step.op not in ("delete", "insert", "replace"):
            continue
        # a few words swapped at an end are a change, as compare_wording counts them
        swapped = step.op == "replace" and 0 < _count(step.ref) <= EDGE_SWAP_MAX_WORDS and _count(step.ver) > 0
        if swapped:
            found.extend(_step_meaning(step, False))
        elif i < first:
            near = [w for w in step.ref[-2:] if _meaning_kind(w) == "negation"]
            found.extend(f"the cut drops the negation “{_written(w)}” before the quoted words" for w in near)
        elif i > last:
            near = [w for w in step.ref[:1] if _meaning_kind(w) == "condition"]
            found.extend(f"the cut drops the condition “{_written(w)} …” after the quoted words" for w in near)
        else:
            cut = any(w.is_ellipsis for w in step.ver)
            found.extend(_step_meaning(step, cut))
    return list(dict.fromkeys(found))


def compare_wording(reference: str, version: str) -> Comparison:
    """Classify how ``version`` differs from ``reference`` in wording alone.

    Words a version has before the first or after the last word it shares with the
    reference run past the reference's ends (outlets stop quoting at different places);
    they are noted, not counted as changes. Words added or dropped between shared words
    are changes.
    """
    ref_words, ver_words = words(reference), words(version)
    steps = _find_moves(_raw_steps(ref_words, ver_words))
    anchors = [i for i, s in enumerate(steps) if s.op in ("equal", "typo", "move")]
    first, last = (anchors[0], anchors[-1]) if anchors else (len(steps), -1)

    changes: list[str] = []
    cut_edges = 0  # reference words outside the version's stretch: an excerpt
    beyond = 0  # version words before or after the stretch it shares with the reference
    restored = 0  # version words standing where the reference has an ellipsis
    marked: list[str] = []  # reference words the version replaces with an ellipsis
    typography: set[str] = set()
    matched = 0
    bracketed: list[str] = []  # the editor's words in brackets, a marked change
    for i, step in enumerate(steps):
        edge = i < first or i > last
        ref_n, ver_n = _count(step.ref), _count(step.ver)
        if step.op in ("insert", "delete", "replace") and _editorial(step):
            bracketed.append(" ".join(w.shown for w in (step.ver or step.ref) if w.shown))
            continue
        if step.op in ("equal", "typo"):
            matched += ver_n
            for r, v in zip(step.ref, step.ver, strict=True):
                typography.update(_typography(r, v))
        elif step.op == "move":
            matched += ver_n
            changes.append(f"moves {_quoted(step.ver)}")
        elif step.op == "delete":
            if ref_n == 0:
                continue  # only the reference's ellipsis: the version closes the gap it marks
            if edge:
                cut_edges += ref_n
            else:
                changes.append(f"drops {_quoted(step.ref)} without an ellipsis")
        elif step.op == "insert":
            if ver_n == 0:
                changes.append("adds an ellipsis where the reference omits nothing")
            elif edge:
                beyond += ver_n
            else:
                changes.append(f"adds {_quoted(step.ver)}")
        elif step.op == "replace":
            if ref_n == 0:  # the reference's ellipsis, filled in with the words it omits
                restored += ver_n
            elif ver_n == 0:  # the version's own ellipsis in place of reference words
                marked.append(_quoted(step.ref))
            elif edge and ref_n > EDGE_SWAP_MAX_WORDS:
                # both outlets quote more than they share, each its own way
                cut_edges += ref_n
                beyond += ver_n
            else:
                changes.append(f"{_quoted(step.ref)} → {_quoted(step.ver)}")

    ver_total = _count(ver_words) - restored - beyond
    ref_total = _count(ref_words) - cut_edges
    similarity = 2 * matched / (ver_total + ref_total) if matched and ver_total + ref_total else 0.0
    similarity = round(min(similarity, 1.0), 3)
    share = matched / ver_total if ver_total > 0 else 0.0
    notes = []
    if restored:
        notes.append(f"restores {restored} word(s) the reference elides")
    if beyond:
        notes.append(f"runs {beyond} word(s) past the reference's ends")
    if bracketed:
        notes.append("the editor's words in brackets: " + ", ".join(bracketed[:3]))
    if typography:
        notes.append("typography differs (" + ", ".join(sorted(typography)) + ")")
    tail = ("; " + "; ".join(notes)) if notes else ""
    diff = diff_ops(steps)
    meaning = tuple(meaning_changes(steps, first, last)) if matched else ()

    if not matched:
        reason = "no words in common with the reference"
        return Comparison(Drift.PARAPHRASED, 0.0, reason, diff, 0.0, 0, len(changes))
    if cut_edges and beyond and not changes and not marked and matched < OVERLAP_MIN_WORDS:
        reason = f"shares only {matched} word(s) with the reference where their ends overlap"
        return Comparison(
            Drift.PARAPHRASED, round(share * similarity, 3), reason + tail, diff, round(share, 3), matched, meaning=meaning, beyond=beyond
        )
    if changes:
        drift = Drift.ALTERED if share >= ALTERED_MIN_SHARE else Drift.PARAPHRASED
        if drift is Drift.ALTERED:
            reason = "words changed inside the marks: " + "; ".join(changes[:3])
            reason += f" (+{len(changes) - 3} more)" if len(changes) > 3 else ""
        else:
            reason = f"reworded inside the marks: only {matched} of {ver_total} words match the reference"
        return Comparison(drift, similarity, reason + tail, diff, round(share, 3), matched, len(changes), meaning=meaning, beyond=beyond)
    if marked:
        reason = "omits " + ", ".join(marked[:3]) + " and marks the cut with an ellipsis"
        return Comparison(Drift.ELIDED, similarity, reason + tail, diff, round(share, 3), matched, meaning=meaning, beyond=beyond)
    if cut_edges:
        reason = f"contiguous part of the reference ({matched} of {_count(ref_words)} words)"
        return Comparison(Drift.EXCERPT, similarity, reason + tail, diff, round(share, 3), matched, meaning=meaning, beyond=beyond)
    if beyond:
        reason = f"same words where the two overlap; runs {beyond} word(s) past the reference's ends"
        notes.remove(f"runs {beyond} word(s) past the reference's ends")
        tail = ("; " + "; ".join(notes)) if notes else ""
        return Comparison(Drift.EXCERPT, similarity, reason + tail, diff, round(share, 3), matched, meaning=meaning, beyond=beyond)
    if typography:
        reason = "same words; " + "; ".join([notes[-1], *notes[:-1]])  # the typography note first
        return Comparison(Drift.TYPOGRAPHIC, similarity, reason, diff, 1.0, matched, meaning=meaning, beyond=beyond)
    reason = "same words as the reference" + tail
    return Comparison(Drift.IDENTICAL, similarity, reason, diff, 1.0, matched, meaning=meaning, beyond=beyond)
