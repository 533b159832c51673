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
    text = "“I have never had that happen in any case.” Reluctantly, Brafman said he had come to the conclusion."
    assert speaker_of(text, "I have") is None


def test_trailing_participle_is_not_a_subject():
    text = "A White House official said Washington maintains “a very good relationship,” adding that Rodriguez’s “own self-interest aligns.”"
    assert speaker_of(text, "a very good").mention == "A White House official"


# ------------------------------------------------------------------ leading cue, appositive, relative clause


def test_appositive_between_subject_and_cue():
    text = "Frank Mora, former U.S. ambassador to the Organization of American States, said Rodriguez is “treading very carefully.”"
    speaker = speaker_of(text, "treading")
    assert speaker.name == "Frank Mora"
    assert speaker.role == "former U.S. ambassador to the Organization of American States"


def test_relative_clause_between_subject_and_cue():
    text = "Frank Mora, who served as US ambassador to the Organization of American States, described Rodriguez as “treading very carefully.”"
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
    text = "According to the newspaper, “America’s porous gun laws empower dealers.”"
    speaker = speaker_of(text, "America")
    assert speaker.mention == "the newspaper" and speaker.method == "according_to"


def test_according_to_that_is_not_adjacent_is_not_used():
    text = "According to the newspaper, the laws are weak. Critics call them “porous.”"
    assert speaker_of(text, "porous").mention != "the newspaper"


def test_colon_lead_in_in_previous_paragraph():
    text = "The New York Times made these allegations, and Breitbart News responded:\n\n“If there are people in this country who are prone to terror, deport them.”"
    assert speaker_of(text, "If there").mention == "Breitbart News"


def test_headline_colon():
    text = "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance\n\nBody."
    assert speaker_of(text, "Incredibly").mention == "Graham"


def test_dash_attribution():
    text = "“Our roads come first.” - Commissioner Jane Doe"
    assert speaker_of(text, "Our roads").mention == "Commissioner Jane Doe"


def test_dash_before_lowercase_text_is_not_attribution():
    text = "“Our roads come first.” - that was the message at the meeting."
    assert speaker_of(text, "Our roads") is None


# ------------------------------------------------------------------ inheritance


def test_quote_after_attribution_in_same_paragraph_inherits():
    text = "“CNN has done an awful job this election,” Barkley said. “They have followed ratings.”"
    assert speaker_of(text, "They have").mention == "Barkley"


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
    "000": {"Cuba lived, for many years": "Donald Trump", "a very good relationship": "A White House official",
            "treading very carefully": "Frank Mora", "She wants to keep": "Frank Mora",
            "We will continue sending": "Claudia Sheinbaum"},
    "001": {"For many years, Cuba lived": "Donald Trump"},
    "002": {"treading very carefully": "Frank Mora", "at a distance until": "Frank Mora",
            "Cuba lived, for many years": "Donald Trump", "talking to Cuba": "A White House official",
            "Hasta la victoria": "Bruno Rodriguez", "The Cubans didn't manage": "John Polga-Hecimovich"},
    "003": {"security services": "Donald Trump"},
    "004": {"the Cuban influence was": "Alejandro Velasco", "Cuba relied for long years": "Donald Trump",
            "To the courageous": "Bruno Rodriguez", "Hasta la victoria": "Bruno Rodriguez",
            "further enhancing": "Miguel Diaz-Canel", "President Trump recognizes": "A White House official",
            "Rodriguez is proceeding": "Frank Mora", "She intends to maintain": "Frank Mora",
            "The Cubans were unsuccessful": "John Polga-Hecimovich", "The measures to prevent": "John Polga-Hecimovich"},
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
    text = "Beck, who has in the past described Trump as “a pathological narcissistic sociopath,” spoke in Indiana."
    speaker = speaker_of(text, "a pathological")
    assert (speaker.mention, speaker.name, speaker.kind) == ("who", "Beck", SpeakerKind.PRONOUN)


def test_relative_who_takes_the_full_name_introduced_earlier():
    text = ("Bernie Sanders lost New York on Tuesday. The climb was steep for Mr. Sanders, "
            "who said he intended to get ''recharged and take a day off.''")
    assert speaker_of(text, "recharged").name == "Bernie Sanders"


def test_appositive_after_the_name_is_still_its_role():
    text = "“We will win,” Smith, a senior adviser to the campaign, said."
    speaker = speaker_of(text, "We will")
    assert (speaker.mention, speaker.role) == ("Smith", "a senior adviser to the campaign")


def test_sentence_subject_is_not_an_opener_and_a_noun():
    text = "That record prompted the almanac to state its view. It was a \"remarkable run\" for the county."
    speaker = speaker_of(text, "remarkable")
    assert speaker is None or speaker.mention not in {"That record prompted the almanac", "It was"}


def test_an_opener_is_never_a_speaker():
    text = "Instead, Will called for Republicans to back Chris Christie, whom he describes as having “a prosecutor’s bearing.”"
    speaker = speaker_of(text, "a prosecutor")
    assert speaker is None or speaker.mention != "Instead"


def test_a_cue_right_before_the_quote_beats_a_subject_after_it():
    text = ("And, in a clip that U.S. District Judge Michael W. Mosman called \"distasteful,\" Santilli expressed "
            "a desire to \"try, convict and shoot\" her.")
    assert speaker_of(text, "distasteful").mention == "U.S. District Judge Michael W. Mosman"
    assert speaker_of(text, "try, convict").mention == "Santilli"


def test_a_quote_sentence_after_narration_has_no_speaker_from_it():
    text = "The rally ended at noon. Supporters left the hall. \"Make America great again!\" was painted on a wall."
    speaker = speaker_of(text, "Make America")
    assert speaker is None or speaker.method != "previous_sentence"


def test_description_then_name_is_one_subject():
    text = "Trump's attorney, Alan Garten, said Nunberg was \"looking for free publicity using false claims.\""
    speaker = speaker_of(text, "looking for")
    assert (speaker.mention, speaker.name) == ("Trump's attorney, Alan Garten", "Alan Garten")


def test_a_fronted_clause_does_not_take_the_quote_from_the_main_subject():
    text = ("And after the Supreme Court refused to reinstate the law, Gov. Pat McCrory (R) blamed the court's "
            "\"four liberal justices\" for it.")
    assert speaker_of(text, "four liberal").mention == "Gov. Pat McCrory"


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # second verb after a quote shares the subject
        ("She declared “What a Super Tuesday!” and said that her campaign would continue “to break barriers” across the nation.", "to break", "She"),
        # attribution at the end of the sentence after other words
        ("\"This will be a challenge\" for Clinton, said Kunin. \"She can never be as far left as Bernie,\" she said.", "This will", "Kunin"),
        # a cue before the quote wins over the end of the sentence
        (("Another source familiar with his thinking said, “I think he’ll try to be more friendly with his colleagues.” " "At the same time, the person added, “you saw the endorsements Rubio had.”"), "I think", "Another source familiar with his thinking"),
        # a passive naming verb is not a speech cue
        ("The video is called No Respite after a verse where it states to carry out a plan “upon me and do not give me respite.”", "upon me", "it"),
        # inverted cue and name before the quote
        ("Because of how Democrats crafted the primary schedule, explained Rosenberg, “it is hard to see how she gets TV time.”", "it is hard", "Rosenberg"),
        # told names the listener not the speaker
        ("Isikoff told Sidewire, “Folks have made much of the fact that her claim was wrong.”", "Folks", "Isikoff"),
        # a quote sentence continues the reported speech before it
        (("Bob LeVell said he will not vote for Trump. Also, Trump isn't a conservative, he said. " "\"He's a liberal!\" Businessman Chandhok Singh is a member of the coalition."), "He's a liberal", "he"),
        # a sentence final quote is not attributed by the next sentence lead in
        ("Brafman said, “The zeal with which this case was brought is uncharacteristic.” He added, “In this case things happened.”", "The zeal", "Brafman"),
        # a subject after who is the speaker
        ("He could not resist taking swipes at Marco Rubio, who he dubbed “the little senator.”", "the little", "he"),
        # attribution closing a long sentence
        (("“I held and hugged” grieving family members before laying flowers at a memorial for the victims " "of the attack on the Pulse nightclub, he said."), "I held", "he"),
        # dash with spaces opens a clause
        ("For that she drew Trump's ire - he called her \"weak\" and said she had \"zero support\" in New Hampshire.", "weak", "he"),
        # name right before the verb beats a phrase describing the quote
        (("“It is reminiscent of the 1960s, going into the 1970s,” the dawn of the modern " "conservative movement, Bozell says."), "It is", "Bozell"),
        # abbreviation then pronoun starts a sentence
        (("Bush says he will “work hard for the day” and await results after the polls close at 7 p.m. " "He says “it’s interesting that a lot of people claim they’re undecided.”"), "it’s interesting", "He"),
        # ---- a clause opened after the quote is no attribution
        # the verb after "that"/"if"/"when" belongs to a new clause, not to the quote
        ("Donald Trump hammered the media for its “phony polls” that he claimed were rigged.", "phony", "Donald Trump"),
        ("Blumenthal said that he has “no idea” if he would have told her.", "no idea", "Blumenthal"),
        ("Flynn said Trump was “absolutely right” when he said the generals were reduced to rubble.", "absolutely", "Flynn"),
        # ---- sentence subject without a speech verb
        # party tags and asides between the name and its verb
        ("And after the court refused to reinstate the law, Gov. Pat McCrory (R) blamed the court's "
         "\"four liberal justices\" for the ruling.", "four liberal", "Gov. Pat McCrory"),
        ("And Marco Rubio, after pushing out a new video about the ''clash of civilizations,'' revamped his plans.",
         "clash", "Marco Rubio"),
        # lower-case modifiers before a full name
        ("Republican presidential front-runner Donald Trump defended his campaign manager as a \"very decent man\" Tuesday.",
         "very decent", "Republican presidential front-runner Donald Trump"),
        # an opener is not part of the name
        ("While Paul Ryan, representing the governing wing, laid out a vision for ''a reformed tax code,'' others did not.",
         "a reformed", "Paul Ryan"),
        # ---- the subject of the clause the quote stands in
        ("He and his partner came to the events because they wanted to show that \"they can't scare us back.\"",
         "they can't", "they"),
        ("Trump, who has postured himself as the “law and order candidate,” has taken a hard line.",
         "law and order", "who"),
        ("The rule changed in 2008, when President George W. Bush ordered that agencies work with \"major party\" candidates.",
         "major party", "President George W. Bush"),
        # a capitalised word mid-sentence before the verb is a name, even one spelt like a modal
        ("Will praised the speech in Orlando, which Will claims affirmed “the foundational conservative belief.”",
         "the foundational", "Will"),
        # a party tag set off by commas after the name
        ("Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: \"It's time to quit attacking people.\"",
         "It's time", "Senate Majority Leader Mitch McConnell"),
    ],
)
def test_attribution_shapes_from_news_copy(text, quote_start, mention):
    assert speaker_of(text, quote_start).mention == mention


def test_a_title_case_headline_is_not_where_full_names_come_from():
    text = ("Trump Declares National Emergency Over The Border\n\n"
            "Mr. Trump spoke in the Rose Garden. \"We have an invasion of drugs,\" Trump said.")
    assert speaker_of(text, "We have").name == "Trump"


def test_a_pronoun_ends_the_noun_phrase_before_its_verb():
    from quoteaudit.extract.speakers import np_left

    text = "on the wrong side of history in Afghanistan, a military fight he called"
    start, end = np_left(text, 0, text.index(" called"))
    assert text[start:end] == "he"


def test_a_participle_lead_in_belongs_to_the_clause_subject():
    text = ("President Trump himself went even further than congressional Republicans Thursday morning, tweeting:\n\n"
            "“Congressman Adam Schiff should be forced to resign.”")
    assert speaker_of(text, "Congressman").mention == "President Trump"


def test_dash_attribution_on_the_line_after_the_quote():
    text = ("\"[Americans are] worried about the future of their kids.\"\n\n- Bernie Sanders.\n\n"
            "The senator is relying on an outdated statistic.")
    assert speaker_of(text, "[Americans").mention == "Bernie Sanders"


def test_a_dash_line_that_is_prose_names_nobody():
    text = "\"We will win.\"\n\n- And then the crowd went home after the rally ended late on a long and cold night in Iowa.\n"
    speaker = speaker_of(text, "We will")
    assert speaker is None or speaker.method != "dash"


def test_statement_introduced_by_a_colon_paragraph_without_a_speech_verb():
    text = ("When Wallace died in 1998, President Clinton released the following statement:\n\n"
            "“Hillary and I offer our condolences to the family and friends of George Wallace.”")
    assert speaker_of(text, "Hillary and I").mention == "President Clinton"


def test_a_surname_spelt_like_a_speech_verb():
    text = ("In a call with analysts Monday, Pfizer chief executive Ian Read said leaders had watched the debate.\n\n"
            "\"On the political risk, we've assessed this deal looking at the present regulations.\"")
    assert speaker_of(text, "On the political").name == "Ian Read"


# ------------------------------------------------------------------ a participle vouches for its clause's subject


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # a description of a person: no list of nouns needed, "saying" vouches that it speaks
        ("The retired neurosurgeon has provided no details about how he planned to reboot his campaign, "
         "saying in his statement only that he was “refining some operational practices.”", "refining", "The retired neurosurgeon"),
        # a preposition ends the head noun's phrase; the subject stops at the past tense
        ("One operative inside Trump Tower tried to downplay Ryan’s comments, saying they were “not a big deal around here.”",
         "not a big", "One operative inside Trump Tower"),
        # an introductory phrase, then a lower-case subject; -ed beats the plural noun before it
        ("In August, several environmental groups granted Mr. Clarke an extension, saying his \"start-up capital was less than expected.\"",
         "start-up", "several environmental groups"),
        # a name's campaign
        ("Ryan’s campaign shrugged off Trump’s comments, telling reporters, “Neither Speaker Ryan nor anyone on his team has asked.”",
         "Neither", "Ryan’s campaign"),
        # a document as "it"
        ("It goes on to fault Clinton's use of a private email server, saying any information sent through it was \"compromised\" and more.",
         "compromised", "It"),
        # an adverb between subject and verb ends the subject
        ("The ad then cuts to footage of Trump saying, “you have to give them a path.”", "you have", "The ad"),
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
        # "states" after "the" is a noun: the leading "Sanders said" speaks
        ("Sanders said he has an “excellent chance” to win many of the states voting on Super Tuesday.", "excellent", "Sanders"),
        # a clause after the comma ("and specifically mentioned") is no appositive of "five times"
        ("In a two-minute response, Cruz said \"CNN\" five times, and specifically mentioned the network's Jake Tapper.", "CNN", "Cruz"),
        # "a 2005 collection of his writing": a noun, not a cue
        ("Mr. Trump sent it after Mr. Singer published ''Character Studies,'' a 2005 collection of his writing that included a profile.",
         "Character", "Mr. Singer"),
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
        ("In the town of Wismar, a judge sentenced a man to probation after the man had posted on his page "
         "that refugees should \"burn alive\" in the sea.", "burn alive", "the man"),
        # "The Florida senator": "The" and a modifier before a person noun
        ("Rubio and Bush enjoy similar shows. The Florida senator likes “The Walking Dead,” while Bush watches news.",
         "The Walking", "The Florida senator"),
        # an aside after the subject: "The Clinton campaign, in a Q&A …, worded it"
        ("The Clinton campaign, in a Q&A on the e-mail controversy, worded it carefully: \"Clinton's practice was to email officials.\"",
         "Clinton's practice", "The Clinton campaign"),
        # "his recent remarks": an adjective makes the speech word a noun; "saying" goes to the subject
        ("Sen. Bernie Sanders (I-Vt.) visited NBC’s “Today” to discuss his recent remarks about the race, "
         "saying “on her worst day” she’d be better.", "on her worst", "Sen. Bernie Sanders"),
        # an adverb opens the sentence, then a lower-case subject
        ("Likewise, a paper from the left-leaning Brookings Institution had this to say about it: \"Families from the top half gain.\"",
         "Families", "a paper from the left-leaning Brookings Institution"),
    ],
)
def test_sentence_subject_shapes(text, quote_start, mention):
    assert mention_of(text, quote_start) == mention


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # after a name, a lower-case phrase set off by commas is an appositive, not the subject
        ("Walter Hewlett sniped that Fiorina, a first-time chief executive, was \"learning on the job,\" in public.",
         "learning", "Walter Hewlett"),
        # "Another", "Some": determiners that stand alone as the subject of a cue
        ("\"Trump is very cute,\" one user wrote. Another said he hoped with his \"whole heart\" that Trump wins.",
         "whole heart", "Another"),
    ],
)
def test_appositives_and_bare_determiners(text, quote_start, mention):
    assert mention_of(text, quote_start) == mention


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # a name first met here is the subject when the participle's verb follows it
        ("Republicans on Capitol Hill seized on the message, arguing that it showed “intent” and more.", "intent", "Republicans"),
        # lower-case modifiers and a full name: the whole, not the first capitalised word
        ("Clinton press secretary Brian Fallon issues a lengthy statement Tuesday slamming the AP story as \"faulty\" and weak.",
         "faulty", "Clinton press secretary Brian Fallon"),
        # an aside after a place name is no subject: "Aspen, Colo., the … graduate ended"
        ("At a conference that month in Aspen, Colo., the Stanford medieval-history graduate ended her speech by quoting "
         "Leonardo da Vinci: \"Every obstacle yields to stern resolve.\"", "Every obstacle", "the Stanford medieval-history graduate"),
        # "U.S." inside a determiner subject
        ("In October, the U.S. Court of Appeals for the 3rd Circuit reversed a decision, ruling that it could not accept "
         "\"national security\" as a reason.", "national security", "the U.S. Court of Appeals for the 3rd Circuit"),
        # a second verb of a subordinate clause when the sentence has no speaking subject
        ("Cruz and Rubio have sparred for weeks. There have been more-pointed references, such as when Cruz knocked Rubio "
         "on trade and called him a \"moderate,\" a dig.",
         "moderate", "Cruz"),
        # a capitalised "Will" before a past tense is a name
        ("From his call for a federal “deportation force,” Will described Trump as a “caricature of democracy” and more.",
         "caricature", "Will"),
        # "remembered" is a cue
        ("\"An awful lot of analysts said no,\" remembered Roy Verley, HP's former chief corporate spokesman.", "An awful", "Roy Verley"),
    ],
)
def test_subjects_vouched_by_a_speech_verb(text, quote_start, mention):
    assert mention_of(text, quote_start) == mention


def test_a_coordinated_verb_keeps_the_main_subject_over_a_clause():
    text = ("McConnell was quick to embrace the mogul after he clinched the nomination and said this week that "
            "Trump is looking like he’ll be “very competitive” in November.")
    assert speaker_of(text, "very competitive").mention == "McConnell"


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # absolute phrases: a name right before the participle speaks
        ("Both men issued a statement – Ryan saying he was “very encouraged” and Trump calling it a “great meeting.”",
         "very encouraged", "Ryan"),
        ("Both men issued a statement – Ryan saying he was “very encouraged” and Trump calling it a “great meeting.”",
         "great meeting", "Trump"),
        # a name after an introductory phrase with no comma
        ("In a Bloomberg interview Trump declared “I think NATO may be obsolete.”", "I think NATO", "Trump"),
    ],
)
def test_absolute_participles_and_names_after_a_phrase(text, quote_start, mention):
    assert mention_of(text, quote_start) == mention


@pytest.mark.parametrize(
    "text, quote_start",
    [
        # a weekday before the participle is no speaker
        ("Brian Fallon issued a lengthy statement Tuesday slamming the AP story as \"faulty\" and weak.", "faulty"),
        # the object of "of" is no subject, even when capitalised
        ("Trump has hammered Ryan. In a series of Twitter posts, Trump lamented how difficult it is: “They are disloyal.”", "They are"),
    ],
)
def test_no_speaker_from_a_time_word_or_an_object(text, quote_start):
    speaker = speaker_of(text, quote_start)
    assert speaker is not None and speaker.mention not in ("Tuesday", "Twitter")


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # an introductory participle phrase before "NAME, appositive, said"
        ("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that Sanders faced a "
         "''test of leadership'' over it.", "test of", "Senator Harry Reid"),
        # "does" between subject and cue
        ("The constitution makes no mention of weapons, although it does say that Japan agrees to “renounce war.”", "renounce", "it"),
        # the cue in the quote's own clause, after a dash, outranks an earlier clause's cue
        ("Clinton has repeatedly called for her messages to be made public — even the ones State now says are “top secret.”",
         "top secret", "the ones State"),
        # "how X responds" is an embedded question, not reporting
        ("The attack sparked a debate over how the United States responds to violence, with Republican Senator John McCain "
         "telling reporters he viewed Obama as “directly responsible” for it.", "directly", "Republican Senator John McCain"),
    ],
)
def test_clause_structure_before_the_cue(text, quote_start, mention):
    assert mention_of(text, quote_start) == mention


def test_what_x_called_is_still_attribution():
    text = "In 2009, under what Mr. Hedge called ''the prior economy model,'' clubs grew."
    assert speaker_of(text, "the prior").mention == "Mr. Hedge"


@pytest.mark.parametrize(
    "text, quote_start, mention",
    [
        # an infinitive cue before a colon or comma speaks for the clause's subject
        ("The Slate technology columnist David Auerbach went so far as to say: ''Twitter as we know it is over.''",
         "Twitter", "The Slate technology columnist David Auerbach"),
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
        ("The judge then turned to the defendant: “Do you have anything to say?”", "Do you", "The judge"),
        ("Sanders delivered a snappy retort: \"No one is tearing this up.\"", "No one", "Sanders"),
        # a label before the colon is the speaker itself
        ("A White House official: “We are done here.”", "We are", "A White House official"),
        ("Bernie Sanders: ‘It Is Not A Radical Idea’", "It Is", "Bernie Sanders"),
    ],
)
def test_colon_after_a_clause_gives_its_subject(text, quote_start, mention):
    assert mention_of(text, quote_start) == mention


@pytest.mark.parametrize(
    "text, quote_start, name",
    [
        # a description, then the name as its appositive: the name is who speaks
        ("In a statement to The Atlantic, Trump Jr.’s attorney, Alan Futerfas, said, “We can say with confidence that we have no concerns.”",
         "We can say", "Alan Futerfas"),
        ("Her campaign manager, Robby Mook, suggested that what the staffers did “may have been a violation of the law.”",
         "may have been", "Robby Mook"),
        ("Another critic, Laurence H. Tribe, likened the rules to \"burning the Constitution\" in his testimony.",
         "burning the", "Laurence H. Tribe"),
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
    # "concludes that Trump is too": the words after "that" are the reported clause, not a speaker
    text = 'The group released an ad. The ad, titled "Unifier?", concludes that Trump is too "dangerous and reckless" to be president.'
    speaker = speaker_of(text, "dangerous")
    assert speaker is None or not speaker.mention.lower().startswith("that")


def test_a_list_of_verbs_after_an_introductory_phrase_is_no_appositive():
    # "In an appeal to …, X is broadcasting an ad that … contrasts Christianity with
    # homosexuality, vows to end …": neither "conservatives" nor "Christianity" speaks
    text = ("In an appeal to hard-right conservatives, Gov. Rick Perry of Texas is broadcasting a new campaign ad "
            "that seems to contrast Christianity with homosexuality, vows to end what he calls “Obama’s war on religion,” "
            "and highlights his record.")
    assert mention_of(text, "Obama’s war") == "he"
    # …while "As X, appositive, noted" keeps its subject
    text = "As Andrew J. Tabler, an expert on Syria, noted, ''Everyone in the region is just waiting for the election.''"
    assert speaker_of(text, "Everyone").name == "Andrew J. Tabler"


@pytest.mark.parametrize(
    "text, quote_start, mention, name",
    [
        # the period of a title or an initial does not end the name after a trailing cue
        ("Mark Mattioli, whose son was killed, spoke. “I hope this doesn’t lead to name-calling,” said Mr. Mattioli, "
         "who joined the news conference.", "I hope", "Mr. Mattioli", "Mark Mattioli"),
        ("“Sheriff Arpaio knows the struggle,” said Gov. Perry. “I am honored.”", "Sheriff", "Gov. Perry", "Perry"),
        ("“It’s something we should debate,” said Sen. Tom Carper of Delaware.", "It’s something", "Sen. Tom Carper of Delaware", "Tom Carper"),
        ("“They actually had chemistry,” said Benjamin J. Rhodes, the deputy national security adviser.", "They actually",
         "Benjamin J. Rhodes", "Benjamin J. Rhodes"),
        # a pronoun takes no modifiers: "He paused" is the pronoun and its verb
        ("“I don’t know,” he said. He paused, then added: “But I don’t know that.”", "But I", "He", "He"),
        # a weekday opens the clause; the subject comes after it
        ("Thursday night, the hospital issued a statement saying Scalise “underwent a second surgery.”", "underwent",
         "the hospital", "the hospital"),
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
        ("The real estate mogul and reality TV star", ""),  # capitals before a person noun modify it
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
    # "Updated:" labels the page; "Graham:" in a headline is the speaker
    text = ("Santorum Defends Comments\nUpdated: Rick Santorum on Sunday tried to clarify his comment that "
            "President Obama subscribed to a “phony theology,” on a talk show.")
    assert mention_of(text, "phony") != "Updated"
    assert mention_of("Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance", "Incredibly") == "Graham"
