"""Which words report speech: speech verbs and "according to" phrases, told apart from the same
words used as nouns ("his remarks") or names ("so-called", "is called “…”")."""

from __future__ import annotations

import functools
import itertools
import re

from quoteaudit.extract import wordlists as wl
from quoteaudit.extract.mentions import is_adverb, is_title_case_line, plural_speech_noun, share_of_people
from quoteaudit.extract.wordlists import load_lexicon
from quoteaudit.rules import default_rules_dir, rules_dir_key

# The patterns below are compiled once per rules folder: each cached function takes the
# folder in force as its key and reads that folder's lists (wordlists reads the same folder).


def cue_re() -> re.Pattern:
    """Any speech verb or phrasal cue."""
    return _cue_re(str(default_rules_dir()))


@functools.cache
def _cue_re(rules_dir: str) -> re.Pattern:
    return re.compile(r"\b(" + trie_alternation(load_lexicon().cues | load_lexicon().phrasal) + r")\b", re.IGNORECASE)


def trie_alternation(words: frozenset[str]) -> str:
    """A regex alternation of WORDS (lower-cased) folded into a prefix tree: it matches what
    "|".join of them, longest first, matches, but tests each letter once instead of trying
    every word at every position, which made the cue search a tenth of the rule engine's time."""
    root: dict = {}
    for word in words:
        node = root
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # (the longer words are tried first)

    return pattern(root)


def according_re() -> re.Pattern:
    """ "according to" and its kin."""
    return _according_re(str(default_rules_dir()))


@functools.cache
def _according_re(rules_dir: str) -> re.Pattern:
    phrases = "|".join(re.escape(p) for p in load_lexicon().according_to)
    return re.compile(r"\b(" + phrases + r")\s+", re.IGNORECASE)


# Verbs whose object, not their subject, does what a following infinitive says ("asked
# her to say", "urged Mora to explain").
def object_control_re() -> re.Pattern:
    return _object_control_re(str(default_rules_dir()))


@functools.cache
def _object_control_re(rules_dir: str) -> re.Pattern:
    return re.compile(
        r"\b(?:" + "|".join(sorted((v.replace(" ", r"\s+") for v in wl.OBJECT_CONTROL_VERBS), key=len, reverse=True)) + r")\s+(?!to\b)\w+"
    )


# an article or possessive, perhaps with one lower-case modifier, right before a word
NOUN_PHRASE_BEFORE = re.compile(
    r"(?<![\w’'])(?:a|an|the|his|her|its|their|this|that)[ \t]+(?:[a-z]+(?:er|est|ern|ous|ful|al|ic|ive|y)[ \t]+)?$"
)


# a plural source and the phrase that says whose, right before a verb ("Aides to the mayor ",
# "sources close to her campaign ", "critics like Ana Ruiz "): group 1 the source
PLURAL_SOURCE_WITH_A_PHRASE = re.compile(
    r"(?:^|[^\w’'\-])([A-Za-z]+s)[ \t]+(?:close[ \t]+to|to|of|in|at|from|for|with|on|like|inside|within|across)[ \t]+(?:[\w’'\-.]+[ \t]+){1,4}$"
)
# what follows a verb of saying: the quote, "that", a pronoun or determiner opening a clause, a colon
WHAT_A_VERB_OF_SAYING_TAKES = re.compile(r"\s*(?:[“\"‘:,]|$|(?:that|they|he|she|it|we|I|the|a|an|his|her|their|its)\b)")
CAPITALISED_WORD = r"[A-Z][\w.’'\-]*"
# an aside of examples or company set off before the verb (group 1 the word before it, group
# 2 its opening): "critics, like Ruiz and Bell, ", "Tom Bell, along with Ana Ruiz, "
EXAMPLES_OR_COMPANY_SET_OFF = re.compile(
    r"([A-Za-z][\w’'\-]*),[ \t]+(like|including|such[ \t]+as|along[ \t]+with|together[ \t]+with|as[ \t]+well[ \t]+as)[ \t]+[^,;:()“”\"]{1,60},[ \t]*$"
)
# two subjects joined by "and" right before a verb ("The county and the state ")
JOINED_SUBJECTS = re.compile(
    r"(?:^|[^\w’'\-])(?:the[ \t]+)?[A-Za-z][\w’'\-.]*[ \t]+and[ \t]+(?:the|its|his|her|their)?[ \t]*(?:[A-Z][\w’'\-.]*[ \t]+){0,3}[A-Za-z][\w’'\-.]*[ \t]+$"
)


def looks_like_cue(before: str, m: re.Match) -> bool:
    """Speech verbs are cues, except a capitalised verb-looking word inside a name
    ("Says" in a title) or "said" as an adjective ("the said report")."""
    word = m.group(1)
    if m.start() > 0 and before[m.start() - 1] in "-‐":
        return False  # "so-called" is no cue
    line = before[before.rfind("\n") + 1 :]
    if word[0].isupper() and is_title_case_line(line):
        return True  # "At A Goldman Summit, Hillary Clinton Said …": a headline-case line
    line_before_cue = before[before.rfind("\n") + 1 : m.start()]
    if (
        word[0].isupper()
        and re.fullmatch(r"[ \t]*:?[ \t]*", before[m.end() :])
        and re.fullmatch(rf"(?:{CAPITALISED_WORD}[ \t]+){{1,5}}", line_before_cue)
    ):
        return True  # "Harlow County Says “…”": a headline too short to tell by its case, whose verb opens the quote
    if word[0].isupper() and m.start() > 0 and before[m.start() - 2 : m.start()].strip() not in {"", ".", "“", '"'}:
        return False
    prev = before[: m.start()].rstrip().split()[-1:] or [""]
    if (
        word.lower().endswith("ing")
        and NOUN_PHRASE_BEFORE.search(before, 0, m.start())
        and re.fullmatch(r"\s*[:;,.]?\s*", before[m.end() :])
    ):
        # "closed his dissent with a broader warning:": a noun after its article, ending the
        # lead-in (not "with the pollster cautioning that …", a participle with its subject)
        return False
    if refused_before().search(before, 0, m.start()):
        return False  # "declined to comment", "did not say": no words were given
    if (
        word.lower().endswith("s")
        and prev[0].lower() not in ("this", "that")
        and prev[0].lower() in wl.union("NOUN_DETERMINERS", "DEMONSTRATIVES")
    ):
        # "Those calls for a larger budget", "his remarks": a noun after its determiner (not after
        # "that" or "this", which may be a subject: "a sign that says")
        return False
    following = re.match(r"\s+([a-z]+)", before[m.end() :])
    if following and following.group(1) in load_lexicon().cues and plural_speech_noun(prev[0], word):
        return False  # "news reports said": the noun before the verb
    if (
        plural_speech_noun(prev[0], word)
        and prev[0].lower() not in wl.union("BASE_VERB_SUBJECTS", "PLURAL_QUANTIFIERS")
        and re.match(r"\s+(?:with|of|from|for)\s", before[m.end() :])
    ):
        return False  # "a spreadsheet of the agency's cost estimates with a single line:": a noun and its phrase
    if word.lower() == "compared" and prev[0].endswith(",") and re.match(r"\s+(?:with|to)\s", before[m.end() :]):
        return False  # "55 percent, compared with 30 percent who said": a preposition, not a verb of naming
    if prev[0].lower() in wl.BE_FORMS and re.match(r"\s+by\s", before[m.end() :]):
        return False  # "the speech was interrupted by a protester": the subject is spoken to, not speaking
    if word.lower() in wl.NAMING_VERBS and prev[0].lower() in wl.BE_FORMS:
        return False  # "is called “No Respite”", "has been called “strategic ambiguity” by …": a name, not speech
    if word.lower() in load_lexicon().base_verbs:
        # "critics call", "they say", "would tell": a base form is a verb only after a plural
        # or pronoun subject, a modal or "to"; "the same call" is a noun.
        p = prev[0].lower()
        # "nurses who wrote to the board on Monday say": a subject ending in a phrase of time
        # or place ("in Ohio", "on Monday") stands before the verb too
        two_before = before[: m.start()].rstrip().split()[-2:-1] or [""]
        if is_adverb(p):  # "aides privately concede": the adverb stands between subject and verb
            p, two_before = two_before[0].lower(), before[: m.start()].rstrip().split()[-3:-2] or [""]
        placed = (prev[0][:1].isupper() and two_before[0] in wl.PLACE_PREPOSITIONS) or p in wl.WEEKDAYS
        # (or after a name that is the object of a verb of perception: "heard Mayor Ines Calder say")
        if any(
            re.fullmatch(r"(?:[A-Z][\w.’'\-]*[ \t]+){1,4}", before[v.end() : m.start()])
            for v in perception_verb().finditer(before, 0, m.start())
        ):
            return True
        return (
            placed
            or p in wl.BASE_VERB_SUBJECTS
            or (p.endswith("s") and not p.endswith("ss") and p not in wl.S_WORDS_NOT_PLURAL)
            or _plural_subject_before(before, m, p, two_before[0])
        )
    if after_a_common_possessive(before[: m.start()]):
        return False  # "the union's demands", "the board's statement": a possessive makes a noun
    described = re.search(r"\w['’]s?[ \t]+((?:[a-z]+[ \t]+){1,2})$", before[: m.start()])
    if described and word.endswith("s") and all(names_a_noun(w) or w.endswith(("ed", "en")) for w in described.group(1).split()):
        return False  # "Ross's taped remarks": a possessive and an adjective make a plural a noun (not "Amari's office says")
    if (
        described
        and word.endswith("s")
        and word.lower() in wl.SPEECH_NOUNS
        and not set(described.group(1).split()) & wl.union("anonymous_heads", "group_heads", "organization_heads", "person_heads")
    ):
        return False  # ("the sheriff's crude remarks": any word but a noun for who speaks, "the mayor's office remarks")
    if after_a_superlative(before[: m.start()]):
        return False  # "gave one of the longest answers": a superlative before it makes a noun
    if word.lower().endswith("s") and after_a_plural_quantifier(before[: m.start()]):
        return False  # "in many coastal states, …": a plural quantifier makes a noun of a word in -s
    two_words_before = [w.lower() for w in before[: m.start()].split()[-2:]]
    if word.endswith("ing") and two_words_before[-1:] in (["his"], ["her"], ["their"]) and two_words_before[0] in wl.GERUND_PREPOSITIONS:
        return True  # "booed over her saying …": a gerund with its own subject, not "his sayings"
    if prev[0].lower() == "her" and word.lower() in wl.VERBS_AFTER_HER:
        return True  # "a person close to her said": these are never a noun after "her" ("her prepared remarks" may be)
    return not names_a_noun(prev[0])


def _plural_subject_before(before: str, m: re.Match, word_before: str, two_before: str) -> bool:
    """Whether a base-form cue M follows a plural subject whose last word is no plural: a
    count ("About 4 in 10 say", "A third of independents, 33%, say"), a plural source with
    its phrase ("Aides to the mayor say", "sources close to her campaign say") or two joined
    by "and" ("The county and the state say"); only before what a verb of saying takes
    ("Republican state party chairs" is a noun's phrase)."""
    if WHAT_A_VERB_OF_SAYING_TAKES.match(before, m.end()) is None:
        return False
    aside = EXAMPLES_OR_COMPANY_SET_OFF.search(before, 0, m.start())
    if aside is not None:
        # "The council's fiercest critics, like Ruiz and Bell, say", "Tom Bell, along with a
        # reporter, say": the aside names the subject's examples or company
        head = aside.group(1).lower()
        return aside.group(2).lower().startswith(("along", "together", "as")) or (head.endswith("s") and not head.endswith("ss"))
    if re.fullmatch(r"\d[\d.]*%,?", word_before) or (word_before.isdigit() and two_before.lower() in ("in", "of")):
        return True
    source_phrase = PLURAL_SOURCE_WITH_A_PHRASE.search(before, 0, m.start())
    if source_phrase is not None and source_phrase.group(1).lower() in wl.union("anonymous_heads", "group_heads"):
        return True
    return JOINED_SUBJECTS.search(before, 0, m.start()) is not None


def refused_before() -> re.Pattern:
    """A refusal or negation right before a speech verb ("declined to comment", "would not
    say"), from refusal_verbs in the lexicon."""
    return _refused_before(rules_dir_key())


@functools.cache
def _refused_before(rules_key: str) -> re.Pattern:
    refusals = "|".join(sorted(wl.REFUSAL_VERBS))
    return re.compile(rf"\b(?:{refusals})[ \t]+to[ \t]+$|\b(?:did|does|do|would|could|will)[ \t]+not[ \t]+$|n[’']t[ \t]+$")


def after_a_common_possessive(before_word: str) -> bool:
    """Whether text ends in a possessive that cannot be a speaker's name: a lower-case one
    ("union's ") or one after a determiner ("the Senate's "). "St. Brigid's said" and
    "McDonald's said" name a body and stay verbs."""
    words = before_word.split()[-2:]
    if not words or not re.search(r"\w['’]s?$", words[-1]) or words[-1].lower() in ("it's", "that's", "what's", "he's", "she's"):
        return False
    return words[-1][:1].islower() or (len(words) == 2 and words[0].lower() in wl.NOUN_DETERMINERS)


def possessed_speech_noun(word_before: str, word: str) -> bool:
    """ "Ortega’s comments", "Pell's remarks": a plural noun for words after a name's
    possessive is the noun, not the verb ("McDonald's says" stays a verb); so is a base form
    ("Ambrose's reply", "Pell's answer"), which no singular subject takes as its verb."""
    if re.search(r"\w['’]s?$", word_before) is None:
        return False
    word = word.lower()
    return (word.endswith("s") and word in wl.SPEECH_NOUNS) or word in load_lexicon().base_verbs


def after_a_superlative(before_word: str) -> bool:
    """Whether text ends in a determiner and a superlative ("the longest "), which make the
    speech word after them a noun ("the longest answers"; not "the priest said")."""
    words = before_word.split()[-2:]
    return (
        len(words) == 2
        and words[0].lower() in ("the", "its", "his", "her", "their")
        and re.fullmatch(r"[a-z]{2,}est", words[1]) is not None
        and words[1] not in wl.EST_NOUNS
    )


def after_a_plural_quantifier(before_word: str) -> bool:
    """Whether text ends in a plural quantifier ("many ", "several "), perhaps with one word
    that is not itself a plural between ("many coastal "): a speech word in -s after it is a
    plural noun ("many coastal states", "several reports"), since "many … says" is no clause."""
    words = [w.lower() for w in before_word.split()[-2:]]

    def plural(word: str) -> bool:
        # (a count above one counts too: "three neighboring states", "50 states")
        return word in wl.PLURAL_QUANTIFIERS or (word in wl.COUNT_WORDS and word != "one") or (word.isdigit() and word != "1")

    if words[-1:] and plural(words[-1]):
        return True
    return len(words) == 2 and plural(words[0]) and words[1].isalpha() and not words[1].endswith("s")


def names_a_noun(word_before: str) -> bool:
    """Whether the word before a speech word makes it a noun ("the note", "his recent
    remarks", "many of the states")."""
    return word_before.lower() in wl.union("NOUN_DETERMINERS", "NOUN_ADJECTIVES")


def has_a_cue(text: str) -> bool:
    """Whether TEXT holds a verb of saying read as one (``looks_like_cue``), not a noun spelt
    like one ("moved out of the state")."""
    return any(looks_like_cue(text, m) for m in cue_re().finditer(text))


def clause_start_in(before_cue: str) -> int:
    """Offset in BEFORE_CUE where the clause holding the cue starts: after the last
    semicolon, dash, colon, parenthesis or ", when", ", where", ", while" and the like before
    a name (the caller starts at the sentence start)."""
    cuts = [0]
    dashes = []  # where each dash's clause would start, and the cut before it
    # (and after ", when" or ", where": "The praise came in 2017, when Imogen Strand, a critic, wrote")
    # (and after ", but" before a new subject: "Forecasters rate the seat safe, but Lamb's campaign manager, Ada Moss, told")
    for m in re.finditer(
        # (after a conjunction a determiner or possessive may open the subject: "…, while her main
        # rival, Tom Bell, has"; not after "where", whose clause may close before the verb: "Brightwire,
        # where the ad runs, said")
        r";\s+|\s[—–-]\s|\s--\s|:\s+|\(\s*|,\s+(?:when|where|while|whereas|although|though)\s+(?=[A-Z])"
        r"|,\s+(?:while|whereas|although|though)\s+(?=(?:the|a|an|his|her|its|their)\s)"
        r"|,\s+but\s+(?=[A-Z]|(?:the|a|an|his|her|its|their)\s)",
        before_cue,
    ):
        if m.group().startswith("(") and ")" in before_cue[m.end() :]:
            continue  # a closed parenthesis ("Sen. Bernie Sanders (I-Vt.) visited") is inside the clause
        if m.group().strip() in ("—", "–", "-", "--"):
            dashes.append(cuts[-1])
        cuts.append(m.end())
    # (auxiliaries and adverbs may stand between the closing dash and the verb: "Mayor Ruiz --
    # whose brother signed the lease -- has publicly derided")
    after_the_dash = before_cue[cuts[-1] :].split()
    if len(dashes) >= 2 and all(w in wl.AUXILIARIES or is_adverb(w) for w in after_the_dash):
        # "Jason Lee — a teacher from Dover — said": a pair of dashes closing right before
        # the verb sets off an aside inside the clause, which began before the first dash
        return dashes[-2]
    return cuts[-1]


def is_a_clause(phrase: str) -> bool:
    """ "The judge then turned to the defendant:" has a verb, so it is a sentence whose
    subject may speak, not a "NAME:" label that is the speaker itself."""
    words = phrase.split()
    # ("Politico reveals a few facts:", "A footnote in the report makes that clear:": a
    # present tense after the subject; a plural noun there may pass for one, and then the
    # caller finds no subject and reads the lead-in as a name after all)
    # (not after a number, a determiner or a preposition, where it is a plural noun: "less than
    # two days", "known to colleagues as")
    counted = wl.union("COUNT_WORDS", "determiners", "PREPOSITIONS", "NP_INNER")
    # (nor after a capitalised modifier that a preposition opens: "known to House colleagues as")
    present = any(
        w.islower()
        and len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "'s", "’s"))
        and not (before[:1].isdigit() or before.lower() in counted)
        and not (before[:1].isupper() and i >= 2 and words[i - 2].lower() in counted)
        for i, (before, w) in enumerate(itertools.pairwise(words), start=1)
    )
    # (an irregular past counts too: "Linda Reyes, his mother, saw it differently:")
    verbs = wl.union("AUXILIARIES", "cues", "PREDICATE_STARTS")
    # (a negated auxiliary is a verb too: "Quintanar won’t commit to backing Halvorsen:")
    return present or any(w.islower() and (w.endswith(("ed", "n’t", "n't")) or w in verbs) for w in words[1:])


# a conjunction or relative pronoun that may open a clause with a subject of its own
# (", both of which Lind praised", ", many of whom Lind called": a share of the antecedent)
OPENERS = r",[ \t]*(?:but|and|who|(?:(?:both|all|some|many|most|none|each|several)[ \t]+of[ \t]+)?(?:which|whom))\b|\b(?:but|while|whereas|even[ \t]+as|in[ \t]+which|after|because|before|since|although|though|until|what)\b"
CLAUSE_OPENER = re.compile(OPENERS)


def perception_verb() -> re.Pattern:
    """A verb of perception and the space after it ("heard ", "watched "), whose object then
    speaks in the bare infinitive (lexicon: perception_verbs)."""
    return _perception_verb(rules_dir_key())


@functools.cache
def _perception_verb(rules_dir: str) -> re.Pattern:
    verbs = "|".join(sorted((v.replace(" ", r"[ \t]+") for v in wl.PERCEPTION_VERBS), key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})[ \t]+(?=\S)")


def clause_with_own_subject() -> re.Pattern:
    """A conjunction or relative pronoun, then a subject and auxiliaries, right before a cue:
    "…, while Sen. Ada Lind of Ohio said", "…, which Lind had called", "…, even as aides
    privately concede" (a name, perhaps "of" a place or with an appositive; a pronoun, "it"
    too after a conjunction, "…, but it later clarified"; or a plural noun for people from
    the rules in force; no subject after "who")."""
    return _clause_with_own_subject(rules_dir_key())


@functools.cache
def _clause_with_own_subject(rules_dir: str) -> re.Pattern:
    plurals = sorted(w for w in wl.union("anonymous_heads", "group_heads") if w.endswith("s"))
    determiners = "|".join(sorted(wl.OWN_SUBJECT_DETERMINERS, key=len, reverse=True))
    between = "|".join(sorted(wl.OWN_SUBJECT_BEFORE_CUE, key=len, reverse=True))
    # (with up to two modifiers and a place after the noun: "…, though aid workers on the road described")
    people = (
        rf"(?:(?:{determiners})[ \t]+)?(?:[a-z][\w\-]*[ \t]+){{0,2}}?(?:{'|'.join(plurals)})"
        r"(?:[ \t]+(?:on|in|at|near|outside|inside)[ \t]+(?:the[ \t]+)?[a-z][\w\-]*)?[ \t]+"
    )
    # (or one person or body by a noun with its article: "…, which the union dismissed as",
    # "in which a senior campaign adviser wrote")
    singular = sorted((wl.union("person_heads", "group_heads", "anonymous_heads") | wl.load_lexicon().organization_heads) - set(plurals))
    one = rf"(?:the|a|an|one)[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,3}}(?:{'|'.join(singular)})[ \t]+"
    # (a time may stand before the subject: "…, but late Friday she announced")
    days = "|".join(sorted(w.capitalize() for w in wl.WEEKDAYS))
    time = rf"(?:(?:late|early|on|last|this|by)[ \t]+)?(?:{days}|{'|'.join(sorted(wl.TIME_NOUNS))})(?:[ \t]+(?:night|morning|afternoon|evening))?,?"
    # (a share of people, or others, a quantifier alone: "…, and three-quarters said", "…, and
    # others have said")
    # (not after a relative: in "a survey …, in which 58 percent of owners said" the survey reports them)
    shares = rf"(?<!which[ \t])(?<!whom[ \t])(?:{share_of_people().pattern}|others|{'|'.join(sorted(wl.PLURAL_QUANTIFIERS))})[ \t]+"
    # (an appositive noun's "that" opens one too: "…, a result that the rival dismissed as")
    # ("and" with no comma opens one before a pronoun or "others": "… hacked the servers and
    # she accused", "… plan to stay home and others have said")
    return re.compile(
        rf"({OPENERS}|,[ \t]*an?[ \t]+[a-z\-]+[ \t]+that\b|\band(?=[ \t]+(?:he|she|they|we|I|others)[ \t]))(?:[ \t]+{time})?"
        rf"[ \t]+((?:(?:[a-z]+[ \t]+){{1,2}}(?=[A-Z]))?(?:[A-Z][\w.’'\-]*[ \t]+){{1,4}}(?:of[ \t]+(?:[A-Z][\w.’'\-]*[ \t]+){{1,2}}|\([^()]{{1,20}}\),?[ \t]+)?|(?:he|she|they|we|I|(?<!what[ \t])(?<!which[ \t])it)[ \t]+|{shares}|{people}|{one}"
        # (or a name and an appositive set off by commas: "…, while Mary Lunde, a former senator, proposed")
        # (a party tag in brackets may close the name: "…, and Sen. Jo Maddox (R-Ind.), who chairs it, said")
        rf"|(?:[A-Z][\w.’'\-]*[ \t]+){{0,3}}[A-Z][\w.’'\-]*(?:[ \t]+\([^()]{{1,20}}\))?,[ \t]+[^,;:“”\"\n]{{2,60}}?,[ \t]+"
        # (or a description and the name set off after it: "…, and its president, Gwendolyn Marsh-Abara, called")
        rf"|(?:its|his|her|their|the)[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,2}}[a-z][\w\-]*,[ \t]+(?:[A-Z][\w.’'\-]*[ \t]+){{0,3}}[A-Z][\w.’'\-]*,[ \t]+)?"
        # (and adverbs: "…, a result that opposition candidate Grace Atieno-Banda immediately dismissed as")
        rf"(?:(?:{between}|[a-z]+ly)[ \t]+)*$"
    )
