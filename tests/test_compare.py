"""Comparing quotes across outlets: word diff, drift classes, grouping, reference choice,
the drift check kind, and the whole pipeline on the seed story.

The seed articles are built by hand here (quote offsets found with str.find, speakers as
the attribution stage should give them) so that comparison is tested on its own; the last
tests run the real pipeline on the seed files.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import SEEDS, needs_eval

from quoteaudit.checks.drift import quote_drift
from quoteaudit.compare import compare_articles
from quoteaudit.compare.align import DIFFERENT, SAME, UNKNOWN, Who, speaker_relation
from quoteaudit.compare.drift import compare_wording, key_stems, stem, word_diff, words
from quoteaudit.models import (
    Article,
    ArticleResult,
    AuditResult,
    Credit,
    Drift,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
)

SEED_FILES = sorted(SEEDS.glob("*.txt"))


# ---------------------------------------------------------------- building articles by hand


def quote(
    article: Article,
    text: str,
    kind: str = "full",
    name: str | None = None,
    speaker_kind: str = "named",
    mention: str | None = None,
    repaired: str = "",
) -> Quote:
    """A quote of ``text`` where it first occurs in the article, with its line as context."""
    start = article.text.find(text)
    assert start >= 0, f"not in {article.id}: {text}"
    end = start + len(text)
    line_start = article.text.rfind("\n", 0, start) + 1
    line_end = article.text.find("\n", end)
    line_end = len(article.text) if line_end < 0 else line_end
    speaker = None
    if name:
        said = mention or name
        at = article.text.find(said)
        speaker = Speaker(name, said, at, at + len(said), SpeakerKind(speaker_kind))
    return Quote(
        f"{article.id}:q{start}",
        article.id,
        start,
        end,
        text,
        QuoteKind(kind),
        repaired=repaired,
        context=article.text[line_start:line_end],
        speaker=speaker,
    )


def seed(index: int, outlet: str, cut: str | None = None) -> Article:
    text = SEED_FILES[index].read_text(encoding="utf-8")
    return Article(f"s{index}", text, outlet=outlet, body_end=text.find(cut) if cut else -1)


def seed_results() -> list[ArticleResult]:
    """The seed story as the extraction stages should deliver it."""
    a0 = seed(0, "Clash Report", "Sources:")
    a1 = seed(1, "CubaHeadlines", "Impact of Cuban Withdrawal")
    a2 = seed(2, "Outlet 002")
    a3 = seed(3, "Outlet 003", "Feb. 21, 2026 5:09")
    a4 = seed(4, "Outlet 004")
    wh, anon = "A White House official", "anonymous"
    r0 = ArticleResult(
        a0,
        "hand",
        (
            quote(
                a0,
                "Cuba lived, for many years, on large amounts of oil and money from Venezuela. In return, Cuba "
                "provided ‘Security Services’ … BUT NOT ANYMORE!",
                name="Donald Trump",
            ),
            quote(a0, "a very good relationship with the leaders of Venezuela,", "fragment", wh, anon),
            quote(a0, "own self-interest aligns with advancing our key objectives.", "fragment", wh, anon),
            quote(a0, "historic relations.", "fragment", "both sides", "group"),
            quote(a0, "treading very carefully,", "fragment", "Frank Mora"),
            quote(a0, "She wants to keep the Cubans at a distance … but not entirely throw them under the bus.", name="Frank Mora"),
            quote(
                a0,
                "We will continue sending humanitarian aid … For now, we will not send fuel. We do not agree with "
                "imposing tariffs on countries that sell oil to Cuba.",
                name="Claudia Sheinbaum",
            ),
            quote(a0, "The U.S. Is Our Friend, But No Longer the Old Guarantor", "headline"),
        ),
        credits=(Credit("Reuters", "Reuter's", 0, 1),),
    )
    r1 = ArticleResult(
        a1,
        "hand",
        (
            quote(
                a1,
                "For many years, Cuba lived off large amounts of OIL and MONEY from Venezuela. In return, Cuba "
                "provided 'Security Services' for the last two Venezuelan dictators, BUT NO MORE!",
                name="Donald Trump",
                speaker_kind="pronoun",
                mention="he",
            ),
        ),
        credits=(Credit("Reuters", "Reuters", 0, 1),),
    )
    r2 = ArticleResult(
        a2,
        "hand",
        (
            quote(a2, "absolutely essential", "fragment", "experts", "group"),
            quote(a2, "treading very carefully,", "fragment", "Frank Mora"),
            quote(
                a2,
                "at a distance until this situation calms down, until her hold on power is clear, but not entirely "
                "throw them under the bus",
                "fragment",
                "Frank Mora",
            ),
            quote(a2, "Cuba lived, for many years, on large amounts of OIL and MONEY from Venezuela", "fragment", "Donald Trump"),
            quote(a2, "Security Services' for the last two Venezuelan dictators, BUT NOT ANYMORE", "fragment", "Donald Trump"),
            quote(a2, "talking to Cuba, whose leaders should make a deal", "fragment", wh, anon),
            quote(a2, "Hasta la victoria siempre", name="Bruno Rodriguez"),
            quote(a2, "united", "fragment", "both leaders", "group"),
            quote(a2, "continue strengthening the historic relations of brotherhood and cooperation", "fragment", "both leaders", "group"),
            quote(
                a2,
                "The Cubans didn't manage to protect Maduro, but they played a key role in keeping the Chavista "
                "government in power. The coup-proofing worked brilliantly",
                name="John Polga-Hecimovich",
            ),
        ),
    )
    r3 = ArticleResult(a3, "hand", (quote(a3, "security services", "fragment", "Donald Trump"),))
    r4 = ArticleResult(
        a4,
        "hand",
        (
            quote(a4, "the Cuban influence was absolutely essential", "fragment", "Alejandro Velasco"),
            quote(
                a4,
                "Cuba relied for long years on substantial quantities of oil and financial resources from Venezuela. "
                "Cuba formerly offered ‘Security Services’ to the last two Venezuelan dictators; but, this is no "
                "longer the case,",
                name="Donald Trump",
                speaker_kind="pronoun",
                mention="he",
                repaired="missing_open",
            ),
            quote(a4, "a very good relationship with the leaders of Venezuela", "fragment", wh, anon),
            quote(a4, "own self-interest aligns with advancing our key objectives.", "fragment", wh, anon),
            quote(a4, "To the courageous Venezuelan populace, we convey Cuba’s profound solidarity,", name="Bruno Rodriguez"),
            quote(a4, "Che", "nickname"),
            quote(a4, "Hasta la victoria siempre.", name="Bruno Rodriguez"),
            quote(a4, "united.", "fragment", "Delcy Rodriguez"),
            quote(a4, "further enhancing the historic bonds of brotherhood and cooperation.", "fragment", "Miguel Diaz-Canel"),
            quote(
                a4,
                "President Trump recognizes that they must issue specific statements for domestic political purposes,",
                name=wh,
                speaker_kind=anon,
            ),
            quote(a4, "Rodriguez is proceeding with caution.", name="Frank Mora"),
            quote(
                a4,
                "She intends to maintain distance from the Cubans until the situation stabilizes and her authority "
                "is unequivocal, yet she does not wish to completely abandon them.",
                name="Frank Mora",
            ),
            quote(
                a4,
                "The Cubans were unsuccessful in safeguarding Maduro, however they were instrumental in maintaining the Chavista regime,",
                name="John Polga-Hecimovich",
            ),
            quote(a4, "The measures to prevent a coup were highly effective.", name="John Polga-Hecimovich"),
        ),
    )
    return [r0, r1, r2, r3, r4]


@pytest.fixture(scope="module")
def seeds():
    results = seed_results()
    groups, updated = compare_articles(results)
    return results, groups, updated


def group_with(groups, snippet: str):
    found = [g for g in groups if any(snippet in m.text for m in g.members)]
    assert len(found) == 1, f"{snippet!r} in {len(found)} groups"
    return found[0]


def drifts(group) -> dict[tuple[str, str], Drift]:
    """(article id, start of the member's text) -> drift, for readable assertions."""
    return {(m.article_id, m.text[:25]): m.drift for m in group.members}


def article_drifts(group, article_id: str) -> set[Drift]:
    return {m.drift for m in group.members if m.article_id == article_id}


def small(*texts: str, outlets: tuple[str, ...] = (), credits: tuple[int, ...] = ()) -> list[ArticleResult]:
    """Short real-shaped articles: `NAME said: "QUOTE"` with the speaker before the colon."""
    results = []
    for i, text in enumerate(texts):
        article = Article(f"a{i}", text, outlet=outlets[i] if outlets else f"Outlet {chr(65 + i)}")
        quotes = []
        for start in [k for k, c in enumerate(text) if c in '"“'][::2]:
            end = text.index('"' if text[start] == '"' else "”", start + 1)
            name = text[: text.index(" said")].split(",")[0] if " said" in text else None
            q = Quote(
                f"a{i}:q{start}",
                article.id,
                start + 1,
                end,
                text[start + 1 : end],
                QuoteKind.FULL,
                context=text,
                speaker=Speaker(name, name, 0, len(name)) if name else None,
            )
            quotes.append(q)
        cr = (Credit("Reuters", "Reuters", 0, 7),) if i in credits else ()
        results.append(ArticleResult(article, "hand", tuple(quotes), credits=cr))
    return results


# ---------------------------------------------------------------- words, stems, diff


def test_words_normalise_typography_and_contractions():
    ws = words("‘Security Services’ … BUT NO MORE! I'd say the F.B.I. didn’t [Trump] f***ing")
    assert [w.norm for w in ws] == [
        "security",
        "services",
        "…",
        "but",
        "no",
        "more",
        "i",
        "would",
        "say",
        "the",
        "fbi",
        "did",
        "not",
        "trump",
        "f*g",
    ]
    assert ws[0].lead == "‘" and ws[1].trail == "’"
    assert [w.editorial for w in ws if w.norm == "trump"] == [True]
    assert [w.norm for w in words("Clinton's plan. It's done...")] == ["clinton's", "plan", "it", "is", "done", "…"]


def test_stems_and_synonyms_fold_rewordings_together():
    # inflections of one word meet; a possessive is the name; words that only look alike do not
    for forms in (("services", "service"), ("provided", "provide"), ("relied", "rely", "relies"), ("stopped", "stop", "stopping")):
        assert {stem(f) for f in forms} == {stem(forms[0])}, forms
    assert stem("Mora’s") == stem("Mora's") == stem("mora") and stem("class") == stem("classes")
    assert stem("crisis") != stem("cris") and stem("news") != stem("new") and stem("police") != stem("policy")
    # a rewriting tool's swaps (one WordNet sense in rules/lexicon/drift.yml) land on the
    # same key words; function words are dropped
    assert set(key_stems("Officials want to keep the harbour open and protect the fishermen")) == set(
        key_stems("Officials wish to maintain the harbour open and defend the fishermen")
    )


def test_diff_reports_a_move_a_replacement_typography_and_restored_words():
    reference = (
        "Cuba lived, for many years, on large amounts of oil and money from Venezuela. In return, Cuba "
        "provided ‘Security Services’ … BUT NOT ANYMORE!"
    )
    version = (
        "For many years, Cuba lived off large amounts of OIL and MONEY from Venezuela. In return, Cuba provided "
        "'Security Services' for the last two Venezuelan dictators, BUT NO MORE!"
    )
    ops = word_diff(reference, version)
    kinds = [op.op for op in ops]
    assert "move" in kinds
    moved = next(op for op in ops if op.op == "move")
    assert moved.ref == moved.text and moved.text.lower() in ("cuba lived", "for many years")
    assert ("replace", "on", "off") in [(op.op, op.ref, op.text) for op in ops]
    assert ("typo", "oil", "OIL") in [(op.op, op.ref, op.text) for op in ops]
    assert ("typo", "‘Security", "'Security") in [(op.op, op.ref, op.text) for op in ops]
    assert ("replace", "…", "for the last two Venezuelan dictators") in [(op.op, op.ref, op.text) for op in ops]
    # every version word appears once, in order, in the steps that carry version text
    shown = " ".join(op.text for op in ops if op.op != "delete" and op.text)
    assert shown.split() == [w for w in version.replace(",", "").replace(".", "").replace("!", "").split()]


def test_diff_inserts_and_deletes():
    ops = word_diff(
        "There must not be any closed-door talks between Governor Dunn and Maria Okafor",
        "There must not be any closed-door talks between this governor and Okafor",
    )
    steps = [(op.op, op.ref, op.text) for op in ops]
    assert ("insert", "", "this") in steps and ("delete", "Dunn", "") in steps and ("delete", "Maria", "") in steps


# ---------------------------------------------------------------- drift classes, pair by pair


@pytest.mark.parametrize(
    "reference, version, drift",
    [
        (
            "a very good relationship with the leaders of Venezuela,",
            "a very good relationship with the leaders of Venezuela",
            Drift.IDENTICAL,
        ),
        (
            "Cuba lived on large amounts of oil and money from Venezuela.",
            "Cuba lived on large amounts of OIL and MONEY from Venezuela.",
            Drift.TYPOGRAPHIC,
        ),
        (
            "We will continue sending humanitarian aid … For now, we will not send fuel.",
            "We will continue sending humanitarian aid ... For now, we will not send fuel.",
            Drift.TYPOGRAPHIC,
        ),
        ("They are followers of a false prophet.", "They're followers of a false prophet.", Drift.TYPOGRAPHIC),
        (
            "Cuba lived, for many years, on large amounts of oil and money from Venezuela. In return, Cuba provided "
            "‘Security Services’ … BUT NOT ANYMORE!",
            "Cuba lived, for many years, on large amounts of oil and money from Venezuela",
            Drift.EXCERPT,
        ),
        (
            "She wants to keep the Cubans at a distance until this situation calms down, but not entirely throw them under the bus.",
            "She wants to keep the Cubans at a distance … but not entirely throw them under the bus.",
            Drift.ELIDED,
        ),
        (
            "She wants to keep the Cubans at a distance until this situation calms down, but not entirely throw them under the bus.",
            "She wants to keep the Cubans at a distance, but not entirely throw them under the bus.",
            Drift.ALTERED,
        ),
        (
            "Serena Lowe, Omar Haddad, Sherlock Holmes and the mayor have nothing on Lu.",
            "Serena Lowe, Omar Haddad, Sherlock Holmes, the mayor have nothing on Lu.",
            Drift.ALTERED,
        ),
        (
            "continue strengthening the historic relations of brotherhood and cooperation",
            "further enhancing the historic bonds of brotherhood and cooperation.",
            Drift.ALTERED,
        ),
        (
            "The Cubans didn't manage to protect Maduro, but they played a key role in keeping the Chavista government in power.",
            "The Cubans were unsuccessful in safeguarding Maduro, however they were instrumental in maintaining the Chavista regime,",
            Drift.PARAPHRASED,
        ),
        ("treading very carefully,", "Rodriguez is proceeding with caution.", Drift.PARAPHRASED),
        (
            "The council will strengthen the flood walls and protect the homes along the river.",
            "The council is going to reinforce the levees and shield the houses by the river.",
            Drift.PARAPHRASED,
        ),
        ("She should pay for it. She’s got the cash.", "She should pay [for] it. She’s got the cash.", Drift.IDENTICAL),
    ],
)
def test_drift_class_of_a_pair(reference, version, drift):
    result = compare_wording(reference, version)
    assert result.drift is drift, result.reason
    assert 0.0 <= result.similarity <= 1.0 and result.reason


def test_reasons_say_what_changed():
    altered = compare_wording(
        "She wants to keep the Cubans at a distance until this situation calms down.",
        "She wants to keep the Cubans far away until the situation calms down.",
    )
    assert "'at a distance' → 'far away'" in altered.reason and altered.similarity < 1
    dropped = compare_wording("calls on all people of good will to repudiate", "calls on people of good will to repudiate")
    assert dropped.drift is Drift.ALTERED and "drops 'all' without an ellipsis" in dropped.reason
    elided = compare_wording("one two three four five six", "one two … five six")
    assert "omits 'three four'" in elided.reason
    longer = compare_wording("historic relations.", "continue strengthening the historic relations of brotherhood")
    assert longer.drift is Drift.EXCERPT and "past the reference's ends" in longer.reason
    swapped_end = compare_wording(
        "In return, Cuba provided security services, BUT NOT ANYMORE!",
        "In return, Cuba provided security services, but this is no longer the case,",
    )
    assert swapped_end.drift is Drift.ALTERED


# ---------------------------------------------------------------- speakers


def who(name, kind=SpeakerKind.NAMED, mention=None, context="", explicit=True):
    from quoteaudit.compare.align import _name_key

    mention = mention or name
    definite = mention.lower().startswith("the ")
    return Who(name, _name_key(name), kind, explicit, context, _name_key(mention), definite)


def test_speaker_relation():
    assert speaker_relation(who("Frank Mora"), who("Mora")) == SAME
    assert speaker_relation(who("Sarah Huckabee Sanders"), who("Sarah Sanders")) == SAME
    assert speaker_relation(who("Bruno Rodriguez"), who("Delcy Rodriguez")) == DIFFERENT
    assert speaker_relation(who("Alejandro Velasco"), who("John Polga-Hecimovich")) == DIFFERENT
    # "Clinton said", resolved to the wrong Clinton: not grounds for a misattribution
    assert speaker_relation(who("Bill Clinton", mention="Clinton"), who("Hillary Rodham Clinton")) == UNKNOWN
    assert speaker_relation(who("Alejandro Velasco"), who("experts", SpeakerKind.GROUP)) == DIFFERENT
    assert (
        speaker_relation(
            who("Miguel Diaz-Canel"), who("both leaders", SpeakerKind.GROUP, context="diaz-canel spoke by phone with both leaders")
        )
        == SAME
    )
    assert speaker_relation(who("Paul Ryan"), who("the House speaker", SpeakerKind.ANONYMOUS)) == UNKNOWN
    assert speaker_relation(who("A White House official", SpeakerKind.ANONYMOUS), who("officials", SpeakerKind.ANONYMOUS)) == UNKNOWN
    assert speaker_relation(who("Frank Mora"), None) == UNKNOWN


# ---------------------------------------------------------------- the seed story


def test_trump_post_is_one_group_with_each_outlets_drift(seeds):
    _, groups, _ = seeds
    trump = group_with(groups, "Cuba lived, for many years")
    assert trump.speaker == "Donald Trump"
    assert {m.article_id for m in trump.members} == {"s0", "s1", "s2", "s3", "s4"}
    assert trump.reference_article_id == "s0" and "credits Reuters" in trump.reference_reason
    assert article_drifts(trump, "s0") == {Drift.IDENTICAL}
    assert article_drifts(trump, "s1") == {Drift.ALTERED}  # the back-translation
    assert article_drifts(trump, "s2") == {Drift.EXCERPT}  # two fragments of the post
    assert article_drifts(trump, "s4") <= {Drift.ALTERED, Drift.PARAPHRASED}  # the rewrite, missing its opening mark
    assert article_drifts(trump, "s4")
    indirect = [m for m in trump.members if m.drift is Drift.INDIRECT]
    assert len(indirect) == 1 and indirect[0].article_id == "s3" and indirect[0].quote_id == ""
    assert indirect[0].text.startswith("Cuba would no longer provide “security services” to Venezuela")
    article = seeds[0][3].article
    assert article.text[indirect[0].start : indirect[0].end] == indirect[0].text


def test_mora_quotes_are_two_groups_with_the_rewrite_paraphrased(seeds):
    _, groups, _ = seeds
    treading = group_with(groups, "treading very carefully")
    assert article_drifts(treading, "s0") == article_drifts(treading, "s2") == {Drift.IDENTICAL}
    # s4's "proceeding with caution" shares no word with it: a rewording, never a changed quote
    caution = group_with(groups, "Rodriguez is proceeding with caution")
    assert article_drifts(caution, "s4") <= {Drift.PARAPHRASED, Drift.UNIQUE}
    distance = group_with(groups, "She wants to keep the Cubans")
    assert distance.reference_article_id == "s0"
    assert article_drifts(distance, "s2") == {Drift.EXCERPT}  # restores the words s0 elides
    assert article_drifts(distance, "s4") == {Drift.PARAPHRASED}
    assert treading.id != distance.id


def test_split_quote_is_grouped_whole_and_paraphrased(seeds):
    _, groups, _ = seeds
    polga = group_with(groups, "coup-proofing")
    assert polga.reference_article_id == "s2"
    s4 = [m for m in polga.members if m.article_id == "s4"]
    assert len(s4) == 2 and {m.drift for m in s4} == {Drift.PARAPHRASED}


def test_experts_quote_credited_to_a_named_professor_is_misattributed(seeds):
    _, groups, _ = seeds
    velasco = group_with(groups, "absolutely essential")
    assert velasco.speaker == "Alejandro Velasco" and velasco.reference_article_id == "s4"
    experts = next(m for m in velasco.members if m.article_id == "s2")
    assert experts.drift is Drift.MISATTRIBUTED and "experts" in experts.reason


def test_identical_unique_and_unrelated_quotes(seeds):
    _, groups, _ = seeds
    official = group_with(groups, "own self-interest")
    assert article_drifts(official, "s4") == {Drift.IDENTICAL}
    assert article_drifts(official, "s2") == {Drift.INDIRECT}  # "confirmed that … is advancing US objectives"
    sheinbaum = group_with(groups, "humanitarian aid")
    assert [m.drift for m in sheinbaum.members] == [Drift.UNIQUE]
    # the same anonymous official says two unrelated things in two outlets: two groups
    deal = group_with(groups, "whose leaders should make a deal")
    domestic = group_with(groups, "specific statements for domestic")
    assert deal.id != domestic.id
    assert article_drifts(deal, "s4") == {Drift.INDIRECT}  # "engaging in discussions … reach an agreement"
    assert [m.drift for m in domestic.members] == [Drift.UNIQUE]
    # Bruno Rodriguez's two quotes in s4 stay apart
    assert group_with(groups, "Hasta la victoria").id != group_with(groups, "courageous Venezuelan").id


def test_versions_of_one_quote_get_their_drift_class():
    said = (
        'Lena Ortiz said: "The new bus lanes will cut travel times across the city, and we expect riders to notice '
        'the change by the spring."'
    )
    versions = [
        said,  # the same words: identical
        said.replace("across the city", "across the town"),  # one word changed, no mark of it: altered
        'Lena Ortiz said: "The new bus lanes will cut travel times … by the spring."',  # a cut marked with an ellipsis: elided
        'Lena Ortiz said: "The new bus lanes will cut travel times across the city."',  # a contiguous part: excerpt
        'Lena Ortiz said: "The fresh bus corridors are going to shorten journeys throughout the city, and riders '
        'should see the difference in spring."',  # reworded inside the marks: paraphrased
    ]
    groups, _ = compare_articles(small(said, *versions))
    assert len(groups) == 1 and groups[0].reference_article_id == "a0"
    assert [m.drift for m in groups[0].members] == [
        Drift.IDENTICAL,
        Drift.IDENTICAL,
        Drift.ALTERED,
        Drift.ELIDED,
        Drift.EXCERPT,
        Drift.PARAPHRASED,
    ]
    assert "'city' → 'town'" in groups[0].members[2].reason


def test_the_seed_story_shows_each_kind_of_drift(seeds):
    _, groups, _ = seeds
    found = {m.drift for g in groups for m in g.members}
    assert {Drift.IDENTICAL, Drift.EXCERPT, Drift.ALTERED, Drift.PARAPHRASED, Drift.INDIRECT, Drift.MISATTRIBUTED, Drift.UNIQUE} <= found
    # article 004 rewrites quotes: at least one of its versions is altered
    assert any(m.drift is Drift.ALTERED for g in groups for m in g.members if m.article_id == "s4")
    # every outlet credits Trump's post to Trump: none of his quotes is misattributed
    trump = [g for g in groups if g.speaker == "Donald Trump"]
    assert trump and not [m for g in trump for m in g.members if m.drift is Drift.MISATTRIBUTED]
    # "united" (one word, in s2 and s4) joins across outlets by its exact words
    united = [g for g in groups if any(m.text.strip(".") == "united" for m in g.members)]
    assert len(united) == 1 and {m.article_id for m in united[0].members} == {"s2", "s4"}


def test_quotes_get_their_group_and_drift(seeds):
    results, groups, updated = seeds
    by_id = {g.id: g for g in groups}
    for before, after in zip(results, updated, strict=True):
        assert before.article == after.article and len(before.quotes) == len(after.quotes)
        for q in after.quotes:
            if q.kind in (QuoteKind.FULL, QuoteKind.FRAGMENT):
                member = [m for m in by_id[q.group].members if m.quote_id == q.id]
                assert len(member) == 1 and member[0].drift.value == q.drift
            else:
                assert q.group == "" and q.drift == ""


# ---------------------------------------------------------------- reference choice


def test_reference_outlet_override_and_fallback(seeds):
    results = seeds[0]
    groups, _ = compare_articles(results, reference_outlet="CubaHeadlines")
    trump = group_with(groups, "Cuba lived, for many years")
    assert trump.reference_article_id == "s1" and "chosen as the reference outlet" in trump.reference_reason
    assert article_drifts(trump, "s0") == {Drift.ALTERED}  # now the back-translation is the yardstick
    mora = group_with(groups, "She wants to keep the Cubans")  # CubaHeadlines has no Mora quote
    assert mora.reference_article_id == "s0" and "CubaHeadlines has no version" in mora.reference_reason


def test_reference_prefers_attested_wording_then_the_most_complete():
    a = 'Frank Mora said: "She wants to keep the Cubans at a distance until this situation calms down."'
    b = 'Frank Mora said: "She wants to keep the Cubans far away until the situation finally calms down."'
    groups, _ = compare_articles(small(a, b, a))
    assert len(groups) == 1 and groups[0].reference_article_id == "a0"
    assert "other outlets share" in groups[0].reference_reason
    assert [m.drift for m in groups[0].members] == [Drift.IDENTICAL, Drift.ALTERED, Drift.IDENTICAL]
    # with no wording to agree on, the longer version wins, and a credit beats length
    short = 'Frank Mora said: "She wants to keep the Cubans at a distance."'
    groups, _ = compare_articles(small(short, a))
    assert groups[0].reference_article_id == "a1"
    groups, _ = compare_articles(small(b, a, credits=(1,)))
    assert groups[0].reference_article_id == "a1" and "credits Reuters" in groups[0].reference_reason


def test_split_quote_matches_the_whole():
    whole = (
        'John Polga-Hecimovich said: "The Cubans did not manage to protect Maduro, but they played a key role. '
        'The coup-proofing worked brilliantly."'
    )
    split_text = (
        '"The Cubans did not manage to protect Maduro, but they played a key role," said Polga-Hecimovich. '
        '"The coup-proofing worked brilliantly."'
    )
    results = small(whole)
    article = Article("a1", split_text, outlet="Outlet B")
    speaker = Speaker("John Polga-Hecimovich", "Polga-Hecimovich", split_text.find("Polga"), split_text.find("Polga") + 16)
    pieces = []
    for text in ("The Cubans did not manage to protect Maduro, but they played a key role,", "The coup-proofing worked brilliantly."):
        start = split_text.find(text)
        pieces.append(Quote(f"a1:{start}", "a1", start, start + len(text), text, context=split_text, speaker=speaker))
    results.append(ArticleResult(article, "hand", tuple(pieces)))
    groups, _ = compare_articles(results)
    assert len(groups) == 1
    assert [(m.article_id, m.drift) for m in groups[0].members] == [("a0", Drift.IDENTICAL), ("a1", Drift.EXCERPT), ("a1", Drift.EXCERPT)]


def test_unrelated_quotes_by_one_speaker_stay_apart():
    a = 'Frank Mora said: "She wants to keep the Cubans at a distance." Frank Mora said: "Sanctions rarely change regimes."'
    b = 'Frank Mora said: "The embargo has failed for sixty years." Frank Mora said: "She wants to keep the Cubans at a distance."'
    groups, _ = compare_articles(small(a, b))
    sizes = sorted(len({m.article_id for m in g.members}) for g in groups)
    assert sizes == [1, 1, 2]


def test_single_article_and_empty_audit():
    groups, updated = compare_articles(small('Frank Mora said: "She wants to keep the Cubans at a distance."'))
    assert [m.drift for m in groups[0].members] == [Drift.UNIQUE] and updated[0].quotes[0].drift == "unique"
    assert compare_articles([]) == ([], [])


# ---------------------------------------------------------------- the check kind


def test_quote_drift_check_reports_members_of_the_named_classes(seeds):
    _, groups, updated = seeds
    result = AuditResult(articles=tuple(updated), groups=tuple(groups))
    hits = list(quote_drift(result, {"drift": ["altered", "paraphrased"]}))
    assert {h.article_id for h in hits} == {"s1", "s4"}
    back_translation = next(h for h in hits if h.article_id == "s1")
    assert back_translation.values["reference_outlet"] == "Clash Report"
    assert back_translation.values["speaker"] == "Donald Trump" and back_translation.related[0] == "s0"
    assert updated[1].article.text[back_translation.start : back_translation.end].startswith("For many years")
    unique = list(quote_drift(result, {"drift": "unique", "min_words": 4}))
    # quotes no other outlet carries, of four words or more: Sheinbaum's is one, "united" is too short
    texts = {a.article.id: a.article.text for a in result.articles}
    quoted = [texts[h.article_id][h.start : h.end] for h in unique]
    assert any("humanitarian aid" in q for q in quoted)
    assert all(len(q.split()) >= 4 for q in quoted)
    alone = replace(result, articles=result.articles[:1])
    assert list(quote_drift(alone, {"drift": "unique"})) == []


# ---------------------------------------------------------------- the real pipeline on the seeds


def test_pipeline_on_the_seed_files():
    from quoteaudit.ingest import load_paths
    from quoteaudit.nlp.rules_engine import RulesAnnotator
    from quoteaudit.pipeline import audit_articles

    articles, problems = load_paths(SEED_FILES)
    assert not problems
    result = audit_articles(articles, annotator=RulesAnnotator(), select=["DR"])
    ids = [a.article.id for a in result.articles]
    trump = [g for g in result.groups if any("BUT NOT ANYMORE" in m.text for m in g.members)]
    assert len(trump) == 1
    by_article = {ids.index(m.article_id): m.drift for m in trump[0].members}
    assert by_article[1] is Drift.ALTERED and by_article[4] in (Drift.ALTERED, Drift.PARAPHRASED)
    assert by_article[3] in (Drift.INDIRECT, Drift.EXCERPT)
    assert any(m.drift is Drift.INDIRECT and m.article_id == ids[3] for m in trump[0].members)
    codes = {f.code for f in result.findings}
    assert {"DR02", "DR03", "DR05", "DR06", "DR07"} <= codes
    misattributed = [f for f in result.findings if f.code == "DR06"]
    assert len(misattributed) == 1 and "experts" in misattributed[0].message
    for a in result.articles:
        for q in a.quotes:
            assert bool(q.group) == (q.kind in (QuoteKind.FULL, QuoteKind.FRAGMENT) and q.end <= len(a.article.body))


# ---------------------------------------------------------------- BASIL: real three-outlet stories


def _basil_audits(limit: int | None = None):
    import sys

    sys.path.insert(0, str(SEEDS.parent / "benchmarks"))
    from basil_drift import audit_stories
    from conftest import BASIL

    return audit_stories(BASIL, limit)


@needs_eval
def test_basil_stories_group_quotes_across_outlets():
    audits = _basil_audits(6)
    cross = [g for r in audits.values() for g in r.groups if len({m.article_id for m in g.members}) > 1]
    assert len(cross) >= 6  # each story shares at least one quote between outlets on average
    for result in audits.values():
        outlets = {r.article.id for r in result.articles}
        for group in result.groups:
            assert group.reference_article_id in outlets
            assert group.members[0].quote_id == group.reference_quote_id


@needs_eval
def test_a_loosely_worded_headline_does_not_bridge_two_quotes():
    """In one BASIL story a headline quoting one former president's refusal to pay for a wall
    shares half its words with another former president's refusal, worded differently: the
    two men's words must stay two groups."""
    audits = _basil_audits()
    result = next(r for r in audits.values() if any("f***ing wall" in a.article.text for a in r.articles))
    calderon = [g for g in result.groups if any("single cent" in m.text for m in g.members)]
    assert len(calderon) == 1
    assert not any("going to pay for that" in m.text.lower() for m in calderon[0].members)


# ---------------------------------------------------------------- unchanged copies


def _copy_audit(text: str):
    from quoteaudit.nlp.rules_engine import RulesAnnotator
    from quoteaudit.pipeline import audit_articles

    original = Article(id="a", text=text, outlet="Outlet A")
    return audit_articles([original, replace(original, id="b", outlet="Outlet B")], annotator=RulesAnnotator())


def test_a_split_quote_in_an_identical_copy_is_identical_piece_by_piece():
    text = (
        "The harbor will reopen next week.\n\n"
        "\u201cWe have checked every crane on the east pier twice,\u201d said port director Helen Okafor. "
        "\u201cThe night shifts start again on Monday, and the ferries follow a week later.\u201d\n"
    )
    result = _copy_audit(text)
    members = [m for g in result.groups for m in g.members if m.article_id == "b"]
    assert len(members) == 2 and {m.drift for m in members} == {Drift.IDENTICAL}, [(m.drift, m.reason) for m in members]
    assert not [f for f in result.findings if f.code.startswith("DR")]


def test_a_short_quote_of_function_words_groups_by_its_exact_words():
    text = "Residents said they \u201chad it up to here\u201d with the noise from the quarry, neighbor Carl Dunn said.\n"
    result = _copy_audit(text)
    members = [m for g in result.groups for m in g.members]
    assert len(result.groups) == 1 and {m.article_id for m in members} == {"a", "b"}
    assert Drift.UNIQUE not in {m.drift for m in members}


def test_a_shared_first_name_is_not_one_person():
    def who(name):
        return Who(name, name.lower(), SpeakerKind.NAMED, True, "", name.lower())

    assert speaker_relation(who("David Nevins"), who("David Madden")) == DIFFERENT
    assert speaker_relation(who("Sarah Sanders"), who("Sarah Huckabee Sanders")) == SAME
    assert speaker_relation(who("Mora"), who("Frank Mora")) == SAME


def test_quotes_that_share_only_a_few_words_where_their_ends_overlap_are_no_excerpt():
    # an invented quote given to a source's speaker must not pass as a longer cut of his words
    result = compare_wording(
        "He should pay for the fence. He has got the money.", "We have already set aside the money for a second fence next spring."
    )
    assert result.drift is Drift.PARAPHRASED and "shares only 2 word(s)" in result.reason
