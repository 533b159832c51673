"""Attribution sieves, each with shapes it must attribute and shapes it must not."""

import pytest

from quoteaudit.extract.speakers import classify, split_name
from quoteaudit.models import Article, QuoteKind, SpeakerKind
from quoteaudit.nlp.rules_engine import RulesAnnotator
from quoteaudit.pipeline import quotes_with_speakers
from tests.conftest import SEEDS


def attributed(text):
    article = Article(id="t", text=text)
    return quotes_with_speakers(article, RulesAnnotator().annotate(text))


def speaker_of(text, quote_start):
    for q in attributed(text):
        if q.text.startswith(quote_start):
            return q.speaker
    raise AssertionError(f"no quote starting {quote_start!r}")


def mention_of(text, quote_start):
    """The speaker mention given to the quote starting with ``quote_start`` (None when unattributed)."""
    speaker = speaker_of(text, quote_start)
    return speaker.mention if speaker else None


# ------------------------------------------------------------------ trailing cue


@pytest.mark.parametrize(
    "text, mention",
    [
        ("“The measures were highly effective,” stated Polga-Hecimovich.", "Polga-Hecimovich"),
        ("“The coup-proofing worked brilliantly,” Polga-Hecimovich said.", "Polga-Hecimovich"),
        ("“We are refugees,” Ms. Alawee said.", "Ms. Alawee"),
        ("“To the courageous Venezuelan populace,” stated Bruno Rodriguez at the ceremony.", "Bruno Rodriguez"),
        ("“I believe we’re actually winning,” he said.", "he"),
    ],
)
def test_trailing_attribution(text, mention):
    assert speaker_of(text, "")
    assert speaker_of(text, "").mention == mention


def test_trailing_cue_does_not_reach_into_the_next_sentence():
    text = "“I have never seen that happen in any trial.” Grudgingly, Keller said he had reached the same view."
    assert speaker_of(text, "I have") is None


def test_trailing_participle_is_not_a_subject():
    text = (
        "A White House official said Washington maintains “a very good relationship,” adding that Rodriguez’s “own self-interest aligns.”"
    )
    assert speaker_of(text, "a very good").mention == "A White House official"


# ------------------------------------------------------------------ leading cue, appositive, relative clause


def test_appositive_between_subject_and_cue():
    text = "Frank Mora, former U.S. ambassador to the Organization of American States, said Rodriguez is “treading very carefully.”"
    speaker = speaker_of(text, "treading")
    assert speaker.name == "Frank Mora"
    assert speaker.role == "former U.S. ambassador to the Organization of American States"


def test_relative_clause_between_subject_and_cue():
    text = (
        "Frank Mora, who served as US ambassador to the Organization of American States, described Rodriguez as “treading very carefully.”"
    )
    assert speaker_of(text, "treading").name == "Frank Mora"


def test_introductory_phrase_is_not_the_subject():
    text = "On January 11, U.S. President Donald Trump wrote on Truth Social: “Cuba lived, for many years, on oil.”"
    speaker = speaker_of(text, "Cuba lived")
    assert speaker.name == "Donald Trump" and speaker.role == "U.S. President"


def test_leading_cue_without_a_subject_gives_no_speaker():
    text = "The headline of the piece was “Finally. Someone who thinks like me.”"
    assert speaker_of(text, "Finally") is None


def test_first_reporting_verb_wins_inside_a_sentence():
    text = "A White House official, addressing inquiries, stated that the US maintains “a very good relationship with the leaders.”"
    assert speaker_of(text, "a very good").mention == "A White House official"


# ------------------------------------------------------------------ according to, colon, dash


def test_according_to():
    text = "According to the magazine, “The state’s loose zoning rules reward developers.”"
    speaker = speaker_of(text, "The state")
    assert speaker.mention == "the magazine" and speaker.method == "according_to"


def test_according_to_that_is_not_adjacent_is_not_used():
    text = "According to the newspaper, the laws are weak. Critics call them “porous.”"
    assert speaker_of(text, "porous").mention != "the newspaper"


def test_colon_lead_in_in_previous_paragraph():
    text = "The Daily Ledger made these claims, and Harbor Radio replied:\n\n“If there are officials in this city who are prone to fraud, fire them.”"
    assert speaker_of(text, "If there").mention == "Harbor Radio"


def test_headline_colon():
    text = "Ortega: Mayor’s ‘Deeply Cynical Budget’ Hurting Council’s Chance\n\nBody."
    assert speaker_of(text, "Deeply").mention == "Ortega"


def test_dash_attribution():
    text = "“Our roads come first.” - Commissioner Jane Doe"
    assert speaker_of(text, "Our roads").mention == "Commissioner Jane Doe"


def test_dash_before_lowercase_text_is_not_attribution():
    text = "“Our roads come first.” - that was the message at the meeting."
    assert speaker_of(text, "Our roads") is None


# ------------------------------------------------------------------ inheritance


def test_quote_after_attribution_in_same_paragraph_inherits():
    text = "“The network has done a poor job this season,” Okafor said. “They have chased ratings.”"
    assert speaker_of(text, "They have").mention == "Okafor"


def test_quote_only_paragraph_inherits_last_speaker():
    text = "“We will win,” Cruz said.\n\n“And we will win big in Texas.”"
    assert speaker_of(text, "And we").mention == "Cruz"


def test_quote_only_paragraph_after_narrative_does_not_inherit_stale_speaker():
    text = "“We will win,” Cruz said.\n\nThe polls closed at eight.\n\nThe count went on.\n\n“Nobody expected this.”"
    speaker = speaker_of(text, "Nobody")
    assert speaker is None or speaker.mention != "Cruz"


def test_second_fragment_in_same_sentence_inherits():
    text = "Frank Mora described Rodriguez as “treading very carefully,” seeking to keep Cubans “at a distance until this situation calms down.”"
    assert speaker_of(text, "at a distance").name == "Frank Mora"


# ------------------------------------------------------------------ kinds of speakers and resolution


def test_anonymous_speaker():
    text = "A White House official said Washington maintains “a very good relationship with the leaders of Venezuela.”"
    speaker = speaker_of(text, "a very good")
    assert speaker.kind is SpeakerKind.ANONYMOUS


def test_group_speaker():
    text = "Later, both leaders affirmed their countries remained “united” in the face of pressure."
    assert speaker_of(text, "united").kind is SpeakerKind.GROUP


def test_pronoun_resolves_to_nearest_named_subject():
    text = "U.S. President Donald Trump made his intentions clear. On Truth Social, he stated, “For many years, Cuba lived off oil.”"
    speaker = speaker_of(text, "For many")
    assert speaker.kind is SpeakerKind.PRONOUN and speaker.name == "Donald Trump"


def test_surname_resolves_to_full_name():
    text = "Frank Mora is a former ambassador. Later, Mora stated, “She intends to maintain distance.”"
    assert speaker_of(text, "She intends").name == "Frank Mora"


def test_two_people_with_one_surname_stay_apart():
    text = (
        "Interim President Delcy Rodriguez met Cuban Foreign Minister Bruno Rodriguez. "
        "“We convey Cuba’s profound solidarity,” stated Bruno Rodriguez. "
        "Later, Rodriguez said the nations remained “united and strong.”"
    )
    assert speaker_of(text, "We convey").name == "Bruno Rodriguez"
    assert speaker_of(text, "united").name == "Delcy Rodriguez"


def test_scare_quote_with_nobody_behind_it():
    text = "The so-called “rebels” received weapons."
    (quote,) = attributed(text)
    assert quote.kind is QuoteKind.SCARE and quote.speaker is None


# ------------------------------------------------------------------ the seed story


EXPECTED_SEED_SPEAKERS = {
    "000": {
        "Cuba lived, for many years": "Donald Trump",
        "a very good relationship": "A White House official",
        "treading very carefully": "Frank Mora",
        "She wants to keep": "Frank Mora",
        "We will continue sending": "Claudia Sheinbaum",
    },
    "001": {"For many years, Cuba lived": "Donald Trump"},
    "002": {
        "treading very carefully": "Frank Mora",
        "at a distance until": "Frank Mora",
        "Cuba lived, for many years": "Donald Trump",
        "talking to Cuba": "A White House official",
        "Hasta la victoria": "Bruno Rodriguez",
        "The Cubans didn't manage": "John Polga-Hecimovich",
    },
    "003": {"security services": "Donald Trump"},
    "004": {
        "the Cuban influence was": "Alejandro Velasco",
        "Cuba relied for long years": "Donald Trump",
        "To the courageous": "Bruno Rodriguez",
        "Hasta la victoria": "Bruno Rodriguez",
        "further enhancing": "Miguel Diaz-Canel",
        "President Trump recognizes": "A White House official",
        "Rodriguez is proceeding": "Frank Mora",
        "She intends to maintain": "Frank Mora",
        "The Cubans were unsuccessful": "John Polga-Hecimovich",
        "The measures to prevent": "John Polga-Hecimovich",
    },
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED_SEED_SPEAKERS))
def test_seed_speakers(prefix):
    from quoteaudit.ingest import load_file

    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    (article,) = load_file(path)
    quotes = quotes_with_speakers(article, RulesAnnotator().annotate(article.text))
    for start, name in EXPECTED_SEED_SPEAKERS[prefix].items():
        matches = [q for q in quotes if q.text.startswith(start)]
        assert matches, f"{prefix}: no quote {start!r}"
        assert matches[0].speaker is not None and matches[0].speaker.name == name, (start, matches[0].speaker)
    white_house = [q for q in quotes if q.speaker and q.speaker.mention == "A White House official"]
    assert all(q.speaker.kind is SpeakerKind.ANONYMOUS for q in white_house)
    assert not [q for q in quotes if q.text == "Che" and q.kind in (QuoteKind.FULL, QuoteKind.FRAGMENT)]
    assert not [q for q in quotes if q.text.startswith("The U.S. Is Our Friend")]


# ------------------------------------------------------------------ relative "who", clauses after a quote


def test_relative_who_is_the_mention_and_names_its_antecedent():
    text = "Lund, who has in the past described the mayor as “a reckless and vain showman,” spoke in Ohio."
    speaker = speaker_of(text, "a reckless")
    assert (speaker.mention, speaker.name, speaker.kind) == ("who", "Lund", SpeakerKind.PRONOUN)


def test_relative_who_takes_the_full_name_introduced_earlier():
    text = (
        "Maria Okafor lost Georgia on Tuesday. The road was hard for Ms. Okafor, "
        "who said she intended to get ''rested and take a weekend off.''"
    )
    assert speaker_of(text, "rested").name == "Maria Okafor"


def test_appositive_after_the_name_is_still_its_role():
    text = "“We will win,” Smith, a senior adviser to the campaign, said."
    speaker = speaker_of(text, "We will")
    assert (speaker.mention, speaker.role) == ("Smith", "a senior adviser to the campaign")


def test_sentence_subject_is_not_an_opener_and_a_noun():
    text = 'That record prompted the almanac to state its view. It was a "remarkable run" for the county.'
    speaker = speaker_of(text, "remarkable")
    assert speaker is None or speaker.mention not in {"That record prompted the almanac", "It was"}


def test_an_opener_is_never_a_speaker():
    text = "Instead, Will urged Democrats to back Laura Kent, whom he describes as having “a judge’s temperament.”"
    speaker = speaker_of(text, "a judge")
    assert speaker is None or speaker.mention != "Instead"


def test_a_cue_right_before_the_quote_beats_a_subject_after_it():
    text = (
        'And, in a recording that U.S. District Judge Karen L. Abbott called "offensive," Dorsey expressed '
        'a wish to "jail, fine and banish" him.'
    )
    assert speaker_of(text, "offensive").mention == "U.S. District Judge Karen L. Abbott"
    assert speaker_of(text, "jail, fine").mention == "Dorsey"


def test_a_quote_sentence_after_narration_has_no_speaker_from_it():
    text = 'The rally ended at noon. Supporters left the hall. "Make America great again!" was painted on a wall.'
    speaker = speaker_of(text, "Make America")
    assert speaker is None or speaker.method != "previous_sentence"


def test_description_then_name_is_one_subject():
    text = 'Dunn\'s lawyer, Paul Ferris, said Hollis was "chasing cheap headlines with made-up stories."'
    speaker = speaker_of(text, "chasing")
    assert (speaker.mention, speaker.name) == ("Dunn's lawyer, Paul Ferris", "Paul Ferris")


def test_a_fronted_clause_does_not_take_the_quote_from_the_main_subject():
    text = (
        "And after the appeals court declined to revive the ordinance, Gov. Ann Hale (D) blamed the court's "
        '"three activist judges" for it.'
    )
    assert speaker_of(text, "three activist").mention == "Gov. Ann Hale"


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # second verb after a quote shares the subject
        (
            "She declared “What a night for us!” and said that her team would keep working “to open doors” across the state.",
            "to open",
            "She",
        ),
        # attribution at the end of the sentence after other words
        ('"This will be a hurdle" for Alvarez, said Brandt. "He can never be as moderate as Kemp," she said.', "This will", "Brandt"),
        # a cue before the quote wins over the end of the sentence
        (
            (
                "Another source familiar with her plans said, “I expect she’ll try to be more open with the board.” "
                "At the same time, the person added, “we all saw the backing Lindqvist won.”"
            ),
            "I expect",
            "Another source familiar with her plans",
        ),
        # a passive naming verb is not a speech cue
        (
            "The film is called Last Light after a poem where it states to hold the line “until dawn and never let the fire go out.”",
            "until dawn",
            "it",
        ),
        # inverted cue and name before the quote
        (
            "Because of how the league arranged the season calendar, explained Marsh, “it is hard to see how they get rest days.”",
            "it is hard",
            "Marsh",
        ),
        # told names the listener not the speaker
        ("Pereira told the Gazette, “People have made a lot of the fact that his figure was off.”", "People", "Pereira"),
        # a quote sentence continues the reported speech before it
        (
            (
                "Tom Farley said he will not vote for Dunn. Also, Dunn isn't a fiscal hawk, he said. "
                '"He\'s a spender!" Shopkeeper Ravi Mehta is a member of the group.'
            ),
            "He's a spender",
            "he",
        ),
        # a sentence final quote is not attributed by the next sentence lead in
        (
            "Keller said, “The speed with which this bill was passed is unusual.” He added, “In this session things moved.”",
            "The speed",
            "Keller",
        ),
        # a subject after who is the speaker
        ("She could not resist taking jabs at Owen Pratt, who she dubbed “the tiny mayor.”", "the tiny", "she"),
        # attribution closing a long sentence
        (
            (
                "“I sat and prayed” with grieving relatives before leaving candles at a vigil for the people "
                "lost in the flood along the river road, she said."
            ),
            "I sat",
            "she",
        ),
        # dash with spaces opens a clause
        ('For that he drew Lopez\'s anger - she called him "soft" and said he had "no base" in Nevada.', "soft", "she"),
        # name right before the verb beats a phrase describing the quote
        (
            ("“It recalls the 1920s, heading into the 1930s,” the birth of the modern labor movement, Hartley says."),
            "It recalls",
            "Hartley",
        ),
        # abbreviation then pronoun starts a sentence
        (
            (
                "Kemp says he will “campaign all day” and wait for results after the polls close at 8 p.m. "
                "He says “it’s odd that so many voters say they’re undecided.”"
            ),
            "it’s odd",
            "He",
        ),
        # ---- a clause opened after the quote is no attribution
        # the verb after "that"/"if"/"when" belongs to a new clause, not to the quote
        ("Maria Okafor blasted the paper for its “fake numbers” that she claimed were cooked.", "fake", "Maria Okafor"),
        ("Whitaker said that she has “no memory” if she would have warned him.", "no memory", "Whitaker"),
        ("Garza said Lopez was “completely correct” when she said the budget was a shambles.", "completely", "Garza"),
        # ---- sentence subject without a speech verb
        # party tags and asides between the name and its verb
        (
            "And after the panel refused to restore the rule, Gov. Ann Hale (D) blamed the panel's "
            '"three activist judges" for the ruling.',
            "three activist",
            "Gov. Ann Hale",
        ),
        ("And Helen Marsh, after putting out a new ad about the ''war on small towns,'' reworked her schedule.", "war on", "Helen Marsh"),
        # lower-case modifiers before a full name
        (
            'Democratic mayoral front-runner Maria Okafor defended her budget chief as a "deeply honest woman" Tuesday.',
            "deeply honest",
            "Democratic mayoral front-runner Maria Okafor",
        ),
        # an opener is not part of the name
        (
            "While Janet Cole, speaking for the moderate wing, set out a plan for ''a simpler zoning law,'' others did not.",
            "a simpler",
            "Janet Cole",
        ),
        # ---- the subject of the clause the quote stands in
        ('She and her sister came to the march because they wanted to show that "they can\'t keep us home."', "they can't", "they"),
        ("Okafor, who has cast herself as the “jobs and growth mayor,” has taken a firm stance.", "jobs and", "who"),
        (
            'The policy changed in 1996, when Governor Ellen R. Price ordered that schools work with "licensed private" tutors.',
            "licensed private",
            "Governor Ellen R. Price",
        ),
        # a capitalised word mid-sentence before the verb is a name, even one spelt like a modal
        ("Will praised the address in Denver, which Will claims restated “the core progressive promise.”", "the core", "Will"),
        # a party tag set off by commas after the name
        (
            'House Minority Whip Dana Ruiz, D-Ore., sent a blunt message to Dunn: "It\'s time to stop insulting voters."',
            "It's time",
            "House Minority Whip Dana Ruiz",
        ),
    ],
)
def test_attribution_shapes_from_news_copy(text, quote_start, mention):
    assert speaker_of(text, quote_start).mention == mention


def test_a_title_case_headline_is_not_where_full_names_come_from():
    text = (
        "Trump Declares National Emergency Over The Border\n\n"
        'Mr. Trump spoke in the Rose Garden. "We have an invasion of drugs," Trump said.'
    )
    assert speaker_of(text, "We have").name == "Trump"


def test_a_pronoun_ends_the_noun_phrase_before_its_verb():
    from quoteaudit.extract.speakers import np_left

    text = "on the wrong side of history in Afghanistan, a military fight he called"
    start, end = np_left(text, 0, text.index(" called"))
    assert text[start:end] == "he"


def test_a_participle_lead_in_belongs_to_the_clause_subject():
    text = (
        "Governor Dunn himself went even further than state lawmakers Friday evening, posting:\n\n"
        "“Senator Ray Alder should be made to step down.”"
    )
    assert speaker_of(text, "Senator").mention == "Governor Dunn"


def test_dash_attribution_on_the_line_after_the_quote():
    text = '"[Farmers are] anxious about the price of their seed."\n\n- Maria Okafor.\n\nThe senator is citing an old survey.'
    assert speaker_of(text, "[Farmers").mention == "Maria Okafor"


def test_a_dash_line_that_is_prose_names_nobody():
    text = '"We will win."\n\n- And then the crowd went home after the rally ended late on a long and cold night in Iowa.\n'
    speaker = speaker_of(text, "We will")
    assert speaker is None or speaker.method != "dash"


def test_statement_introduced_by_a_colon_paragraph_without_a_speech_verb():
    text = (
        "When Hobbs died in 2004, Governor Price released the following statement:\n\n"
        "“Ellen and I send our sympathy to the family and friends of Martin Hobbs.”"
    )
    assert speaker_of(text, "Ellen and I").mention == "Governor Price"


def test_a_surname_spelt_like_a_speech_verb():
    text = (
        "In a briefing with investors Tuesday, Acme chief executive Nora Read said directors had followed the hearing.\n\n"
        '"On the regulatory side, we\'ve weighed this merger against the current rules."'
    )
    assert speaker_of(text, "On the regulatory").name == "Nora Read"


# ------------------------------------------------------------------ a participle vouches for its clause's subject


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # a description of a person: no list of nouns needed, "saying" vouches that it speaks
        (
            "The former astronaut has given no details about how she planned to restart her campaign, "
            "saying in her statement only that she was “adjusting some staffing decisions.”",
            "adjusting",
            "The former astronaut",
        ),
        # a preposition ends the head noun's phrase; the subject stops at the past tense
        (
            "One aide inside City Hall tried to play down Hale’s remarks, saying they were “no cause for alarm over here.”",
            "no cause",
            "One aide inside City Hall",
        ),
        # an introductory phrase, then a lower-case subject; -ed beats the plural noun before it
        (
            'In March, several farm cooperatives granted Ms. Boyd a delay, saying her "seed money was smaller than planned."',
            "seed money",
            "several farm cooperatives",
        ),
        # a name's campaign
        (
            "Hale’s campaign brushed off Dunn’s remarks, telling reporters, “Neither Mayor Hale nor anyone on her staff has asked.”",
            "Neither",
            "Hale’s campaign",
        ),
        # a document as "it"
        (
            'It goes on to fault Okafor\'s use of a personal phone account, saying any message sent through it was "exposed" and more.',
            "exposed",
            "It",
        ),
        # an adverb between subject and verb ends the subject
        ("The spot then cuts to footage of Hale saying, “you have to let them in.”", "you have", "The spot"),
    ],
)
def test_participle_cue_takes_any_clause_subject(text, quote_start, mention):
    assert speaker_of(text, quote_start).mention == mention


def test_without_a_speech_verb_a_description_is_no_speaker():
    # no cue: "the headline of the piece" names nobody who speaks
    text = "The headline of the piece carried the words “a total disaster” across the page."
    speaker = speaker_of(text, "a total")
    assert speaker is None or speaker.mention != "The headline of the piece"


def test_a_dummy_it_is_no_participle_subject():
    text = "It was a long night for the campaign, saying little about the “path forward” to anyone."
    speaker = speaker_of(text, "path forward")
    assert speaker is None or speaker.mention != "It"


# ------------------------------------------------------------------ nouns that look like cues after a quote


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # "states" after "the" is a noun: the leading "Okafor said" speaks
        ("Okafor said she has a “real shot” at winning most of the states voting next month.", "real shot", "Okafor"),
        # a clause after the comma ("and pointedly named") is no appositive of "four times"
        ('In a one-minute answer, Hale said "Gazette" four times, and pointedly named the paper\'s Lena Moss.', "Gazette", "Hale"),
        # "a 2011 collection of his writing": a noun, not a cue
        (
            "Ms. Dunn mailed it after Mr. Pratt published ''Small Town Lives,'' a 2011 collection of his writing that included a sketch of her.",
            "Small Town",
            "Mr. Pratt",
        ),
        # a cue word after a determiner is the subject's noun ("the note says")
        ("''Mark, you are a total loser!'' the note says.", "Mark,", "the note"),
    ],
)
def test_nouns_after_a_quote_are_no_cues(text, quote_start, mention):
    assert mention_of(text, quote_start) == mention


# ------------------------------------------------------------------ sentence subjects: prepositions, "The" + modifier, person nouns


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # a preposition opens a phrase, not a name: the subject is in the clause after "after"
        (
            "In the village of Aldham, a court fined a woman after the woman had written on her blog "
            'that the councillors should "be run out" of the county.',
            "be run out",
            "the woman",
        ),
        # "The Ohio senator": "The" and a modifier before a person noun
        (
            "Hale and Dunn like similar films. The Ohio senator enjoys “The Long Road,” while Dunn prefers comedies.",
            "The Long",
            "The Ohio senator",
        ),
        # an aside after the subject: "The Okafor campaign, in a Q&A …, phrased it"
        (
            'The Okafor campaign, in a Q&A on the donor dispute, phrased it cautiously: "Okafor\'s habit was to call donors."',
            "Okafor's habit",
            "The Okafor campaign",
        ),
        # "his recent remarks": an adjective makes the speech word a noun; "saying" goes to the subject
        (
            "Sen. Ada Brooks (D-Mont.) went on ABC’s “Morning Line” to discuss her recent remarks about the primary, "
            "saying “on his worst day” he’d be better.",
            "on his worst",
            "Sen. Ada Brooks",
        ),
        # an adverb opens the sentence, then a lower-case subject
        (
            'Likewise, a study from the centrist Aspen Policy Center had this to say on the bill: "Renters in the bottom third lose."',
            "Renters",
            "a study from the centrist Aspen Policy Center",
        ),
    ],
)
def test_sentence_subject_shapes(text, quote_start, mention):
    assert mention_of(text, quote_start) == mention


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # after a name, a lower-case phrase set off by commas is an appositive, not the subject
        ('Martin Cole grumbled that Reyes, a first-year principal, was "making it up as she went," in public.', "making it", "Martin Cole"),
        # "Another", "Some": determiners that stand alone as the subject of a cue
        (
            '"Dunn is so charming," one reader wrote. Another said she hoped with her "heart and soul" that Dunn wins.',
            "heart and",
            "Another",
        ),
    ],
)
def test_appositives_and_bare_determiners(text, quote_start, mention):
    assert mention_of(text, quote_start) == mention


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # a name first met here is the subject when the participle's verb follows it
        ("Democrats in the statehouse pounced on the memo, arguing that it proved “motive” and more.", "motive", "Democrats"),
        # lower-case modifiers and a full name: the whole, not the first capitalised word
        (
            'Okafor press secretary Dana Webb issues a long statement Tuesday blasting the Gazette story as "sloppy" and thin.',
            "sloppy",
            "Okafor press secretary Dana Webb",
        ),
        # the same with "attacking", a participle the speech-verb list does not hold: the one
        # quoted word goes to the sentence's subject
        (
            'Okafor press secretary Dana Webb issues a long statement Tuesday attacking the Gazette story as "sloppy" and thin.',
            "sloppy",
            "Okafor press secretary Dana Webb",
        ),
        # an aside after a place name is no subject: "Boulder, Colo., the … graduate closed"
        (
            "At a summit that week in Boulder, Colo., the Yale art-history graduate closed her talk by quoting "
            'the poet Ruth Ames: "Every hard road ends somewhere."',
            "Every hard",
            "the Yale art-history graduate",
        ),
        # the same with a modifier that looks plural ("classics") stops the subject at "the Yale"
        pytest.param(
            "At a summit that week in Boulder, Colo., the Yale classics graduate closed her talk by quoting "
            'the poet Ruth Ames: "Every hard road ends somewhere."',
            "Every hard",
            "the Yale classics graduate",
            marks=pytest.mark.xfail(strict=True, reason="a plural-looking modifier before the head noun ends the subject"),
        ),
        # "U.S." inside a determiner subject
        (
            "In May, the U.S. Court of Appeals for the 9th Circuit overturned an order, ruling that it could not treat "
            '"public order" as an excuse.',
            "public order",
            "the U.S. Court of Appeals for the 9th Circuit",
        ),
        # a second verb of a subordinate clause when the sentence has no speaking subject
        (
            "Hale and Dunn have clashed for months. There have been sharper jabs, such as when Hale mocked Dunn "
            'on taxes and called him a "spendthrift," a barb.',
            "spendthrift",
            "Hale",
        ),
        # a capitalised "Will" before a past tense is a name
        ("From her plan for a state “housing corps,” Will described Okafor as a “parody of reform” and more.", "parody", "Will"),
        # "remembered" is a cue
        ('"A great many bankers said no," remembered Ada Finch, the bank\'s former chief press officer.', "A great", "Ada Finch"),
    ],
)
def test_subjects_vouched_by_a_speech_verb(text, quote_start, mention):
    assert mention_of(text, quote_start) == mention


def test_a_coordinated_verb_keeps_the_main_subject_over_a_clause():
    text = (
        "Hale was quick to back the banker after she won the primary and said this week that "
        "Okafor is looking like she’ll be “a strong contender” in the fall."
    )
    assert speaker_of(text, "a strong").mention == "Hale"


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # absolute phrases: a name right before the participle speaks
        (
            "Both women released a statement – Hale saying she was “deeply hopeful” and Okafor calling it a “productive talk.”",
            "deeply hopeful",
            "Hale",
        ),
        (
            "Both women released a statement – Hale saying she was “deeply hopeful” and Okafor calling it a “productive talk.”",
            "productive talk",
            "Okafor",
        ),
        # a name after an introductory phrase with no comma
        ("In a radio interview Okafor declared “I think the levy may be outdated.”", "I think the", "Okafor"),
    ],
)
def test_absolute_participles_and_names_after_a_phrase(text, quote_start, mention):
    assert mention_of(text, quote_start) == mention


@pytest.mark.parametrize(
    "text, quote_start",
    [
        # a weekday before the participle is no speaker
        ('Dana Webb issued a long statement Tuesday blasting the Gazette story as "sloppy" and thin.', "sloppy"),
        # the object of "of" is no subject, even when capitalised
        ("Okafor has criticised Hale. In a series of Twitter posts, Okafor complained how hard it is: “They are unreliable.”", "They are"),
    ],
)
def test_no_speaker_from_a_time_word_or_an_object(text, quote_start):
    speaker = speaker_of(text, quote_start)
    assert speaker is not None and speaker.mention not in ("Tuesday", "Twitter")


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # an introductory participle phrase before "NAME, appositive, said"
        (
            "Worried by the protests in Denver, Senator Clara Voss, the majority whip, said that Hale faced a ''moment of truth'' over it.",
            "moment of",
            "Senator Clara Voss",
        ),
        # "does" between subject and cue
        ("The charter makes no mention of taxes, although it does say that the city agrees to “balance its books.”", "balance", "it"),
        # the cue in the quote's own clause, after a dash, outranks an earlier clause's cue
        (
            "Hale has often asked for his letters to be released — even the ones Treasury now says are “highly sensitive.”",
            "highly sensitive",
            "the ones Treasury",
        ),
        # "how X responds" is an embedded question, not reporting
        (
            "The flood set off a debate over how the state responds to disasters, with Democratic Senator Ruth Lang "
            "telling reporters she viewed Dunn as “personally accountable” for it.",
            "personally",
            "Democratic Senator Ruth Lang",
        ),
    ],
)
def test_clause_structure_before_the_cue(text, quote_start, mention):
    assert mention_of(text, quote_start) == mention


def test_what_x_called_is_still_attribution():
    text = "In 2012, under what Ms. Varga called ''the old growth formula,'' gyms spread."
    assert speaker_of(text, "the old").mention == "Ms. Varga"


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # an infinitive cue before a colon or comma speaks for the clause's subject
        (
            "The Herald sports columnist Nina Patel went so far as to say: ''Baseball as we know it is finished.''",
            "Baseball",
            "The Herald sports columnist Nina Patel",
        ),
        ("Trump took to Twitter to say, “The election is rigged.”", "The election", "Trump"),
        # after "want X to", the object would speak: the infinitive gives the subject nothing
        ("Aides want the governor to say, “We are sorry.”", "We are", None),
    ],
)
def test_infinitive_cues(text, quote_start, mention):
    assert mention_of(text, quote_start) == mention


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # a colon after a clause hands the quote to the clause's subject, not to the clause
        ("The coach then turned to the rookie: “Are you ready to play?”", "Are you", "The coach"),
        ('Okafor gave a sharp reply: "No one is scrapping this plan."', "No one", "Okafor"),
        # a label before the colon is the speaker itself
        ("A White House official: “We are done here.”", "We are", "A White House official"),
        ("Maria Okafor: ‘It Is Not A Wild Plan’", "It Is", "Maria Okafor"),
    ],
)
def test_colon_after_a_clause_gives_its_subject(text, quote_start, mention):
    assert mention_of(text, quote_start) == mention


@pytest.mark.parametrize(
    "text, quote_start, name",
    [
        # a description, then the name as its appositive: the name is who speaks
        (
            "In a statement to The Ledger, Hale Jr.’s lawyer, Owen Brandt, said, “We can state plainly that our client did nothing wrong.”",
            "We can state",
            "Owen Brandt",
        ),
        (
            "His chief of staff, Lena Ortiz, suggested that what the contractors did “could have broken the rules.”",
            "could have",
            "Lena Ortiz",
        ),
        ('Another critic, Miriam T. Shaw, likened the plan to "tearing up the charter" in her testimony.', "tearing up", "Miriam T. Shaw"),
    ],
)
def test_description_then_name_gives_the_name(text, quote_start, name):
    assert speaker_of(text, quote_start).name == name


def test_a_possessor_is_not_the_speaker():
    # "Trump Jr.’s attorney" describes someone unnamed; it is not Trump Jr.
    assert classify("Trump Jr.’s attorney") == (SpeakerKind.ANONYMOUS, "Trump Jr.’s attorney")
    assert classify("Hillary Clinton’s right-hand woman")[0] is SpeakerKind.ANONYMOUS
    assert classify("Mexico’s President Claudia Sheinbaum") == (SpeakerKind.NAMED, "Claudia Sheinbaum")


def test_a_clause_opened_by_that_is_no_mention():
    # "concludes that Dunn is too": the words after "that" are the reported clause, not a speaker
    text = 'The union released a video. The video, titled "Partner?", concludes that Dunn is too "careless and erratic" to be mayor.'
    speaker = speaker_of(text, "careless")
    assert speaker is None or not speaker.mention.lower().startswith("that")


def test_a_list_of_verbs_after_an_introductory_phrase_is_no_appositive():
    # "In an appeal to …, X is airing an ad that … contrasts Main Street with
    # Wall Street, vows to end …": neither "voters" nor "Main Street" speaks
    text = (
        "In an appeal to rural voters, Gov. Ann Hale of Iowa is airing a new campaign ad "
        "that seems to contrast Main Street with Wall Street, vows to end what she calls “Dunn’s war on farmers,” "
        "and touts her record."
    )
    assert mention_of(text, "Dunn’s war") == "she"
    # …while "As X, appositive, noted" keeps its subject
    text = "As Priya K. Nair, an expert on Chile, noted, ''Everybody in the capital is simply waiting for the vote.''"
    assert speaker_of(text, "Everybody").name == "Priya K. Nair"


@pytest.mark.parametrize(
    "text, quote_start, mention, name",
    [
        # the period of a title or an initial does not end the name after a trailing cue
        (
            "Paul Brenner, whose shop was flooded, spoke. “I hope this doesn’t turn into finger-pointing,” said Mr. Brenner, "
            "who attended the town meeting.",
            "I hope",
            "Mr. Brenner",
            "Paul Brenner",
        ),
        ("“Chief Lowry knows the fight,” said Gov. Hale. “I am grateful.”", "Chief", "Gov. Hale", "Hale"),
        (
            "“It’s a question we should take up,” said Sen. Ruth Lang of Vermont.",
            "It’s a question",
            "Sen. Ruth Lang of Vermont",
            "Ruth Lang",
        ),
        ("“They really got along,” said Carla M. Diaz, the deputy chief of staff.", "They really", "Carla M. Diaz", "Carla M. Diaz"),
        # a pronoun takes no modifiers: "He paused" is the pronoun and its verb
        ("“I don’t know,” he said. He paused, then added: “But I don’t know that.”", "But I", "He", "He"),
        # a weekday opens the clause; the subject comes after it
        ("Friday night, the clinic issued a statement saying Brooks “had a second operation.”", "had a second", "the clinic", "the clinic"),
    ],
)
def test_titles_initials_pronouns_and_weekdays_around_the_subject(text, quote_start, mention, name):
    speaker = speaker_of(text, quote_start)
    assert (speaker.mention, speaker.name) == (mention, name)


@pytest.mark.parametrize(
    "mention, name",
    [
        ("Speaker Nancy Pelosi of California", "Nancy Pelosi"),  # a place after "of" is no name
        ("Representative Steny H. Hoyer of Maryland", "Steny H. Hoyer"),
        ("Secretary of State Hillary Clinton", "Hillary Clinton"),  # … unless nothing before it names anyone
        ("The shipping heiress and daytime TV host", ""),  # capitals before a person noun modify it
        # the name starts after the last title inside the capitalised run …
        ("Ohio Gov. John Kasich", "John Kasich"),
        ("FBI Director James B. Comey", "James B. Comey"),
        ("American Action Forum’s Douglas Holtz-Eakin", "Douglas Holtz-Eakin"),
        # … but a title word that ends the run, or a suffix after it, is part of the name
        ("Rep. Steve King", "Steve King"),
        ("Martin Luther King Jr.", "Martin Luther King Jr."),
        # a plural possessor ("Fox News’") is someone else; a body after "of" runs into the name
        ("Fox News’ Megyn Kelly", "Megyn Kelly"),
        ("Director of National Intelligence James R. Clapper", "James R. Clapper"),
        ("Arizona Sheriff Joe Arpaio", "Joe Arpaio"),
    ],
)
def test_split_name_skips_places_and_modifiers(mention, name):
    assert split_name(mention)[0] == name


@pytest.mark.parametrize(
    "mention, kind, name",
    [
        # a capital only because the sentence starts there makes no name
        ("Corporate lobbyists", SpeakerKind.GROUP, "Corporate lobbyists"),
        ("Someone", SpeakerKind.ANONYMOUS, "Someone"),
        # a time after "on" is no name
        ("Sen. Bernie Sanders on Wednesday morning", SpeakerKind.NAMED, "Bernie Sanders"),
        ("Frank Mora", SpeakerKind.NAMED, "Frank Mora"),
        # a full name after a title or role ends a determiner phrase: the person is named
        ("the Republican presidential nominee Donald Trump", SpeakerKind.NAMED, "Donald Trump"),
        ("a spokesman, Jim Smith", SpeakerKind.NAMED, "Jim Smith"),
        ("A White House official", SpeakerKind.ANONYMOUS, "A White House official"),
    ],
)
def test_sentence_capitals_and_times_are_no_names(mention, kind, name):
    assert classify(mention) == (kind, name)


def test_a_page_label_before_a_colon_is_no_speaker():
    # "Updated:" labels the page; "Ortega:" in a headline is the speaker
    text = (
        "Hale Defends Remarks\nUpdated: Ann Hale on Sunday tried to explain her remark that "
        "Mayor Dunn believed in a “fake economics,” on a radio show."
    )
    assert mention_of(text, "fake") != "Updated"
    assert mention_of("Ortega: Mayor’s ‘Deeply Cynical Budget’ Hurting Council’s Chance", "Deeply") == "Ortega"


def test_one_unnamed_person_is_not_the_many_named_before():
    text = (
        "“We are tired of the hours,” two staffers said of the mayor's office.\n\n"
        "“We are running out of money every week,” the person said."
    )
    assert speaker_of(text, "We are running").name == "the person"


def test_no_one_an_opening_participle_names_is_the_pronoun_after_it():
    text = (
        "“It will pass,” Marcus Ebbert said.\n\n"
        "Warren Lisle had a different worry. Standing next to Ebbert, he said the plan would "
        "succeed only if Congress passed it soon. “After November, everybody forgets,” he said."
    )
    assert speaker_of(text, "After November").name == "Warren Lisle"


def test_a_post_speaks_for_the_person_who_just_posted_it():
    text = "Mayor Tom Bellweather posted a long message on Sunday. “We will rebuild,” the post said."
    speaker = speaker_of(text, "We will rebuild")
    assert (speaker.mention, speaker.name) == ("the post", "Tom Bellweather")
    # (a sentence that puts nothing out names no poster)
    assert speaker_of("Mayor Tom Bellweather spoke on Sunday. “We will rebuild,” the post said.", "We will").name != "Tom Bellweather"


def test_the_one_an_unnamed_asker_asks_is_the_pronoun_that_answers():
    text = "Across the room, a reporter asked Della Voskuijl whether the candidates had kept to the rules. “Mostly,” she said."
    assert speaker_of(text, "Mostly").name == "Della Voskuijl"
    text = (
        "Della Voskuijl took questions after the debate. A reporter from another station asked Voskuijl whether "
        "the candidates had kept to the rules. She smiled. “Mostly,” she said."
    )
    assert speaker_of(text, "Mostly").name == "Della Voskuijl"
