"""One test per general cause of a wrong quote or speaker (issue 11), each on a sentence
written for this file in the shape that failed. Quotes and speakers come through the
pipeline's own path (rule engine annotation, quote scanner, speaker sieves)."""

from __future__ import annotations

from quoteaudit.extract.people import people_in
from quoteaudit.models import Article, QuoteKind, SpeakerKind
from quoteaudit.nlp.rules_engine import RulesAnnotator
from quoteaudit.pipeline import quotes_with_speakers


def quotes(text: str):
    article = Article(id="t", text=text)
    return quotes_with_speakers(article, RulesAnnotator().annotate(text))


def spoken(text: str):
    return [q for q in quotes(text) if q.kind in (QuoteKind.FULL, QuoteKind.FRAGMENT)]


# ---------------------------------------------------------------- quote scanner


def test_nested_quote_in_the_same_glyph_stays_inside_the_outer_quote():
    (q,) = spoken("“We told them “not yet” three times and they came anyway,” the fisherman said.")
    assert q.text == "We told them “not yet” three times and they came anyway,"
    assert q.speaker.name == "the fisherman"


def test_formula_like_quote_text_is_one_quote():
    text = 'The cell held “=IMPORTDATA("https://sheet.example/a.csv")” until Friday, the clerk said.'
    (q,) = quotes(text)
    assert q.text == '=IMPORTDATA("https://sheet.example/a.csv")'


def test_sloppy_straight_closer_after_a_curly_opener_still_closes_the_quote():
    text = '“The bridge stays shut," the engineer said. "We will test it again in May.”'
    assert [q.text for q in quotes(text)] == ["The bridge stays shut,", "We will test it again in May."]


def test_british_single_quotes_with_a_plural_possessive_inside():
    text = "'Nobody asked the tenants,' she said. 'It is the tenants' rent that pays for all of it.'"
    texts = [q.text for q in spoken(text)]
    assert texts == ["Nobody asked the tenants,", "It is the tenants' rent that pays for all of it."]


def test_stray_mark_at_the_end_of_a_headline_does_not_swallow_the_next_line():
    text = "Harbor Board Calls Dredging “Overdue\n“The channel is silting up,” a pilot said."
    found = quotes(text)
    assert "The channel is silting up," in [q.text for q in found]
    assert all("\n" not in q.text for q in found)


def test_film_title_as_a_subject_is_a_title_not_a_spoken_fragment():
    found = quotes("“Salt Marsh Summer” won the audience award on Sunday, the festival said.")
    assert [(q.text, q.kind, q.speaker) for q in found] == [("Salt Marsh Summer", QuoteKind.TITLE, None)]


def test_show_title_after_a_preposition_is_a_title():
    (q,) = quotes("She starred in “Morning Ferry” for three seasons before the network dropped it.")
    assert q.kind is QuoteKind.TITLE and q.speaker is None


def test_a_distancing_quote_of_one_word_is_not_speech():
    (q,) = quotes("The council’s “upgrade” of the ferry terminal left the roof leaking again.")
    assert q.kind is QuoteKind.SCARE and q.speaker is None


def test_a_quoted_word_someone_is_said_to_use_is_still_theirs():
    (q,) = spoken("Mayor Ida Brandt called the ferry plan “reckless” at a meeting on Monday.")
    assert q.speaker.name == "Ida Brandt"


def test_hard_wrapped_text_does_not_cut_a_quote_at_a_line_break():
    text = (
        "The ferry board met on Tuesday night to vote on the dredging contract, and\n"
        "the room was full well before the meeting began at seven. Commissioner Jim Hale\n"
        'said the contract was "a gift to the builders who drafted it and a bill for\n'
        'everyone else" and promised to bring it back to the board next month.\n'
        "\n"
        '"We were asked to sign before we had read it," Hale said after the\n'
        "vote. The board's chair, Rosa Imbert, defended the timetable and said the\n"
        "work could not wait another season.\n"
    )
    found = spoken(text)
    # the quote's text is the words as written (line break included), so offsets hold
    assert all(q.text == text[q.start : q.end] for q in found)
    assert [" ".join(q.text.split()) for q in found] == [
        "a gift to the builders who drafted it and a bill for everyone else",
        "We were asked to sign before we had read it,",
    ]
    assert [q.speaker.name for q in found] == ["Jim Hale", "Jim Hale"]


def test_text_with_paragraph_lines_is_not_unwrapped():
    from quoteaudit.extract.quotes import unwrap

    text = "Short headline here\nA paragraph of ordinary length that runs on well past a hundred characters before it ends, as news copy does.\nAnother one.\nAnd one more line.\n"
    assert unwrap(text) == text


# ---------------------------------------------------------------- speakers


def test_pronoun_resolves_to_the_person_named_in_the_sentence_before():
    text = "The crowd went quiet when Lena Park took the microphone. “We are not leaving this pier,” she said."
    (q,) = spoken(text)
    assert (q.speaker.mention, q.speaker.name) == ("she", "Lena Park")


def test_pronoun_after_a_named_subject_resolves_to_that_subject():
    text = "Lena Park thanked Mayor Tom Reyes for the grant. “We are not leaving this pier,” she said."
    (q,) = spoken(text)
    assert q.speaker.name == "Lena Park"


def test_person_before_of_and_an_organisation_is_the_speaker():
    (q,) = spoken("“The tide is turning against them,” said Sergeant Ana Ortiz of the Harbor Police Department.")
    assert q.speaker.kind is SpeakerKind.NAMED and q.speaker.name == "Ana Ortiz"


def test_dash_and_cue_right_after_the_closing_mark():
    (q,) = quotes('"Keep clear of the breakwater"--said Mr. Pell, the harbor master.')
    assert q.speaker is not None and q.speaker.name == "Pell" and q.speaker.method == "dash"


def test_dash_and_name_right_after_the_closing_mark():
    (q,) = spoken("“Keep clear of the breakwater until the tide turns.” — Oskar Pell")
    assert q.speaker.name == "Oskar Pell"


def test_a_later_cue_with_its_own_that_clause_does_not_take_the_quote():
    text = (
        "Mayor Ann Cole warned residents to stay indoors. “We have no choice tonight,” a spokesman "
        "for the power company said separately that crews were on their way."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Ann Cole"


def test_a_trailing_cue_whose_that_opens_a_time_still_takes_the_quote():
    (q,) = spoken("“We have no choice tonight,” the mayor said that evening.")
    assert q.speaker.name == "the mayor"


def test_a_pronoun_subject_of_what_someone_named_said_gives_that_person():
    (q,) = spoken("Dana Holt said she remembered thinking, “This is not the harbor I grew up on.”")
    assert (q.speaker.mention, q.speaker.name) == ("Dana Holt", "Dana Holt")


def test_words_of_time_after_a_name_are_not_part_of_the_mention():
    (q,) = spoken("Senator Omar Vance recently called the ferry subsidy “a bridge to nowhere on water.”")
    assert q.speaker.mention == "Senator Omar Vance"


def test_a_colon_lead_in_that_is_a_clause_gives_its_subject():
    text = "The Ledger reports the harbor figures plainly: “Traffic fell by a third in two years, and fares rose.”"
    (q,) = spoken(text)
    assert q.speaker.mention == "The Ledger"


def test_a_single_quoted_line_of_its_own_in_double_quote_copy_is_a_heading():
    text = (
        "The ferry line lost money for six years running.\n\n"
        "'A slow sinking.'\n\n"
        "“We saw it coming and nobody listened,” said Marta Quell, a former board member.\n\n"
        "“The fares went up every spring,” she said.\n"
    )
    kinds = [q.kind for q in quotes(text)]
    assert kinds == [QuoteKind.HEADLINE, QuoteKind.FULL, QuoteKind.FULL]


def test_british_copy_keeps_a_single_quoted_paragraph_as_speech():
    text = "'We saw it coming,' said Marta Quell.\n\n'Nobody on the board would listen to us.'\n"
    assert [q.kind for q in quotes(text)] == [QuoteKind.FULL, QuoteKind.FULL]


def test_one_quoted_word_in_a_sentence_goes_to_its_subject():
    (q,) = spoken("The inspector kept the permit open even though she found “irregularities” in the ledgers.")
    assert q.speaker is not None and q.speaker.mention == "she"


def test_passive_speech_verb_gives_its_agent_after_by():
    (q,) = spoken("The audit was dismissed as a “partisan stunt” by Republicans on the committee.")
    assert q.speaker.mention == "Republicans"
    (q,) = spoken("The harbor plan has been called “a slow-motion disaster” by Vera Lund, a planner at the port.")
    assert q.speaker.name == "Vera Lund"


def test_a_quoted_deadline_before_by_is_not_a_passive_agent():
    (q,) = spoken("The bill must pass “in full” by Friday, the senator said.")
    assert q.speaker.mention == "the senator"


def test_a_surname_that_is_also_a_common_word_speaks_after_the_closing_comma():
    (q,) = spoken("“Nobody reads the fine print anymore,” Will wrote in his column on Sunday.")
    assert q.speaker.name == "Will"
    first, second = spoken("“It was a club for insiders,” Long said. “Our job was to open it up.”")
    assert first.speaker.name == second.speaker.name == "Long"


def test_a_quoted_word_in_a_headline_is_speech_of_the_headline_subject():
    text = "Ann Voss Backs the Harbor Plan: It Is ‘Overdue’ for the Port\nAnn Voss, the mayor, spoke on Tuesday about the port."
    (q,) = spoken(text)
    assert q.kind is QuoteKind.FRAGMENT and q.speaker.name == "Ann Voss"


def test_a_headline_subject_the_story_never_names_again_is_no_speaker():
    (q,) = spoken("Harbor Plan Wins Praise as ‘Overdue’ Work Begins\nThe mayor spoke on Tuesday about the harbor plan.")
    assert q.speaker is None


def test_a_crowd_chant_in_capitals_is_speech_not_a_label():
    (q,) = spoken("At the rally their chants of “Vote Voss! Vote Voss!” drowned out the band.")
    assert q.text == "Vote Voss! Vote Voss!"


def test_a_pronoun_subject_of_a_relative_clause_owns_the_quote_after_its_verb():
    (q,) = spoken("The mayor also criticised the harbor board, whose members he said were “far too cautious” about dredging.")
    assert q.speaker.mention == "he"
    (q,) = spoken("Voss praised the new ferry, which she called “a lifeline for the islands.”")
    assert q.speaker.mention == "she"


def test_words_of_time_after_a_longer_name_are_not_part_of_the_mention():
    (q,) = spoken("Voss in recent days has called the plan “dead on arrival.”")
    assert q.speaker.mention == "Voss"
    (q,) = spoken("A newly formed group said the plan was “dead on arrival.”")
    assert q.speaker.mention == "A newly formed group"  # an article is no name to cut after


def test_a_relative_clause_after_an_unnamed_speaker_is_its_role_not_its_mention():
    (q,) = spoken("“It is dead on arrival,” said one former board member who asked not to be named.")
    assert q.speaker.mention == "one former board member"
    assert q.speaker.role == "who asked not to be named"


def test_an_aside_between_dashes_before_the_verb_keeps_the_subject():
    (q,) = spoken("Jason Lee — a teacher from Dover — said the endorsement was “a big deal.”")
    assert q.speaker.name == "Jason Lee"
    assert "teacher from Dover" in q.speaker.role
    (q,) = spoken("The vote was close — the mayor said it was “a coin toss.”")
    assert q.speaker.mention == "the mayor"  # one dash still opens a clause of its own


def test_a_possessive_determiner_opens_a_subject_that_speaks():
    (q,) = spoken("Her campaign put out a short note late on Friday, calling the recount “a waste of time.”")
    assert q.speaker.mention == "Her campaign"


def test_an_approximate_count_opens_a_subject_that_speaks():
    (q,) = spoken("About four in 10 voters say that a good candidate “shares my values.”")
    assert q.speaker.mention == "About four in 10 voters"


def test_an_attribution_after_the_last_quote_of_a_sentence_covers_the_earlier_ones():
    first, second, third = spoken('The ferry plan was a "smart move" that brought "real savings," she remarked. "We should do more."')
    assert first.speaker.mention == second.speaker.mention == third.speaker.mention == "she"
    first, second = spoken('Ridership was "flat for about a year" as riders waited to see how the "new schedule" worked out, she said.')
    assert first.speaker.mention == second.speaker.mention == "she"


def test_a_label_earlier_in_the_sentence_borrows_no_speaker():
    quotes_found = quotes("The “Harbor Compact” was signed after the vote, which she called “long overdue,” the mayor said.")
    label = next(q for q in quotes_found if q.text == "Harbor Compact")
    assert label.speaker is None


def test_a_description_then_a_name_before_a_trailing_cue_gives_the_name():
    first, second = spoken("“Nobody told us,” one resident, Maria Lopez, said. “We found out from the news.”")
    assert first.speaker.name == second.speaker.name == "Maria Lopez"
    assert first.speaker.role == "one resident"


def test_a_colon_lead_in_paragraph_with_an_infinitive_gives_its_subject():
    text = "The mayor took questions for an hour. “We are done,” Voss said. She went on to say:\n\n“Nobody on this council will vote for a plan that nobody has read.”"
    first, second = spoken(text)
    assert first.speaker.name == "Voss"
    assert second.speaker.mention == "She"  # the lead-in's subject, not the quote before it


def test_the_owner_of_a_speech_noun_said_the_quote():
    (q,) = spoken("Voss’s claim that the plan was “dead on arrival” drew jeers from the crowd.")
    assert q.speaker.name == "Voss"
    (q,) = spoken("Contrary to his promise that voters would “see every page,” the files stayed sealed.")
    assert q.speaker.mention == "his"


def test_a_possessive_that_owns_no_speech_noun_gives_no_speaker():
    (q,) = spoken("Voss’s office on the harbor was described as “a little cramped” in the guide.")
    assert q.speaker is None or q.speaker.name != "Voss"


def test_a_floating_quantifier_before_the_verb_is_not_part_of_the_subject():
    (q,) = spoken('The council members both said the budget was "too thin to last."')
    assert q.speaker.mention == "The council members"
    (q,) = spoken('The pilots themselves told reporters it was "a close call."')
    assert q.speaker.mention == "The pilots"


def test_an_adverb_and_verb_after_a_name_do_not_join_a_later_name():
    (q,) = spoken('Lena Moss openly admires Governor Ana Ruiz as a "steady hand," praising her record.')
    assert q.speaker.name == "Lena Moss"


def test_an_adverb_before_the_verb_ends_a_subject_opened_by_a_determiner():
    (q,) = spoken('The mayor quickly sent a letter to donors saying, "We won the night."')
    assert q.speaker.mention == "The mayor"


def test_a_noun_ending_in_ly_is_not_cut_from_the_subject_as_an_adverb():
    (q,) = spoken('The Ortega family said, "We are going home."')
    assert q.speaker.mention == "The Ortega family"


def test_a_speech_word_inside_a_hyphenated_compound_is_no_cue():
    (q,) = spoken('"We checked twice and found nothing," the harbor pilot shrugged at the council\'s non-answer.')
    assert q.speaker.mention == "the harbor pilot"


def test_a_comma_closed_quote_takes_a_subject_with_an_unlisted_past_tense_verb():
    (q,) = spoken('"Not again," Lena Moss harrumphed as the vote was called.')
    assert q.speaker.name == "Lena Moss"
    assert q.speaker.method == "trailing_subject_unlisted_verb"
    (q,) = spoken('"Not again." The retired general harrumphed.')  # a full stop closes the sentence
    assert q.speaker is None or q.speaker.method != "trailing_subject_unlisted_verb"


def test_the_outlet_a_named_writer_writes_for_is_not_part_of_the_name():
    (q,) = spoken('"The gap is small," wrote Jane Doe for The Harbor Review.')
    assert q.speaker.mention == "Jane Doe"
    (q,) = spoken('"The gap is small," said a spokeswoman for Mayor Ana Ruiz.')
    assert q.speaker.mention == "a spokeswoman for Mayor Ana Ruiz"


# ------------------------------------------------ shapes from other projects' test suites


def test_titles_of_office_are_the_role_not_part_of_the_name():
    (q,) = spoken('"Classes resume Thursday," Principal Everett Nkem said.')
    assert (q.speaker.name, q.speaker.role) == ("Everett Nkem", "Principal")
    (q,) = spoken('"Lock your doors tonight," Councillor Rhian Tate said.')
    assert q.speaker.name == "Rhian Tate"


def test_lower_case_words_describing_a_named_person_are_not_the_name():
    (q,) = spoken('"You hit my car," a furious Elin Sauer told her neighbour.')
    assert q.speaker.name == "Elin Sauer"
    (q,) = spoken('The ferry operator Dmitri Vasko said, "Nobody told us the dock was closing."')
    assert q.speaker.name == "Dmitri Vasko"


def test_a_name_after_the_description_that_follows_an_inverted_cue_speaks():
    (q,) = spoken('"We have run out of beds," said the head of the regional hospital board, Ines Vogel.')
    assert (q.speaker.mention, q.speaker.role) == ("Ines Vogel", "the head of the regional hospital board")


def test_the_owner_of_a_speech_noun_before_a_colon_speaks():
    (q,) = spoken('Senator Hollis Varn\'s reply was brief: "Read the bill."')
    assert q.speaker.name == "Hollis Varn"


def test_an_inverted_pronoun_after_the_quote_is_the_subject():
    (q,) = spoken('Linnea Dahl paused at the door. "I will be back," said she.')
    assert q.speaker.mention == "she"
    assert q.speaker.name == "Linnea Dahl"


def test_the_person_an_outlet_quoted_as_saying_the_words_speaks():
    (q,) = spoken('The Meridian Post quoted Rear Admiral Casimir Lund as saying "the fleet is ready."')
    assert q.speaker.name == "Casimir Lund"


def test_the_agent_of_a_passive_told_after_the_quote_speaks():
    (q,) = spoken('"The gates were left open," the inspector was told by night watchman Gunnar Aas.')
    assert q.speaker.name == "Gunnar Aas"


def test_was_how_puts_the_subject_after_how():
    (q,) = spoken('"A slow-motion disaster" was how analyst Corwin Blake described the rollout.')
    assert q.speaker.name == "Corwin Blake"


def test_a_title_of_a_work_after_film_is_is_a_title():
    (q,) = quotes('Hollis Greaves says his favourite film is "The Long Tide of Summer".')
    assert q.kind is QuoteKind.TITLE and q.speaker is None


def test_a_quote_sentence_after_a_sentence_about_a_named_person_goes_to_that_person():
    (q,) = spoken('Magistrate Lotte Verhoeven ruled against the landlord. "The tenants acted within their rights."')
    assert q.speaker.name == "Lotte Verhoeven"
    assert q.speaker.method == "previous_sentence_subject"


def test_the_owner_of_a_post_named_in_a_colon_lead_in_wrote_it():
    (q,) = spoken('Ruiz has backed the plan. From Ana Ruiz\'s Facebook post: "We must move on."')
    assert q.speaker.name == "Ana Ruiz"


def test_the_name_in_a_relative_clause_without_that_is_the_speaker():
    (q,) = spoken('The tax would fall on traders, according to a speech Ana Ruiz delivered in March, which called it "a fair share."')
    assert q.speaker.mention == "Ana Ruiz"


def test_a_state_after_the_town_a_person_is_from_is_not_the_name():
    (q,) = spoken('"We came for the jobs," said Stacy Bell of Dunmore, North Carolina.')
    assert q.speaker.name == "Stacy Bell"


def test_a_list_of_short_quoted_words_nobody_says_is_not_speech():
    found = quotes('Clerks searched the files for words such as "harbor," "ferry," "toll" and "bridge." Nothing turned up.')
    assert [q.kind for q in found] == [QuoteKind.SCARE] * 4
    said = spoken('The crowd chanted "Stay," "Fight" and "Win" as she spoke.')
    assert len(said) == 3 and all(q.speaker is not None for q in said)  # a speaker keeps them speech


def test_a_cue_after_the_quote_that_opens_a_clause_of_its_own_is_no_inversion():
    (q,) = spoken('Ruiz, pointing to "a late surge in the suburbs," said the ferry line would stay open till May.')
    assert q.speaker is None or q.speaker.mention != "the ferry line would stay open till May"
    (q,) = spoken('"We won," said the mayor.')
    assert q.speaker.mention == "the mayor"


def test_a_document_that_reports_words_is_their_source():
    (q,) = spoken('By contrast, the letter spoke of handing members a voice in "who runs the union next year."')
    assert (q.speaker.mention, q.speaker.kind) == ("the letter", SpeakerKind.ORGANIZATION)
    first, second = spoken('The audit found the port "badly run for years," with "no one" checking the books.')
    assert first.speaker.mention == second.speaker.mention == "The audit"


def test_a_paragraph_break_after_a_closing_quote_ends_the_sentence():
    text = (
        "“The wind turned at last,” said fire chief Mara Voss. “Smoke is the danger now.”\n\n"
        "“We will keep the hill roads shut. Nobody drives up there until Friday.”\n\n"
        "Fire spokesman Jonah Pell said the line held overnight. “Today is a better day,” he said."
    )
    last = spoken(text)[-1]
    assert (last.speaker.mention, last.speaker.name) == ("he", "Jonah Pell")


def test_a_hyphenated_role_before_a_name_after_the_quote():
    (q,) = spoken('"We started in a garage," co-founder Aisha Bello said.')
    assert q.speaker.name == "Aisha Bello"


def test_a_lower_case_word_that_is_also_a_cue_can_open_the_subject_after_the_quote():
    (q,) = spoken('"The budget is fine," state Senate Minority Leader Doug Hammond said.')
    assert q.speaker.name == "Doug Hammond"


def test_two_titles_joined_by_and_stay_one_role():
    (q,) = spoken('"We grew the business slowly," Alder Foods President and CEO Thomas Reinholt said.')
    assert q.speaker.name == "Thomas Reinholt"


def test_the_noun_before_a_restrictive_who_clause_is_the_subject():
    (q,) = spoken('Residents who lost their homes in the flood said the wall was "too little, too late."')
    assert q.speaker.mention == "Residents"
    (q,) = spoken('Residents whose streets flooded twice said the wall was "too little, too late."')
    assert q.speaker.mention == "Residents"
    (q,) = spoken('"It is too little, too late," residents who lost their homes said.')
    assert q.speaker.mention == "residents"


def test_a_pronoun_never_goes_to_a_person_of_the_other_stated_gender():
    text = 'Prosecutor Gregory Lind questioned Linda Carr about the forms.\n\n"Did you read them?" Lind asked.\n\n"I signed hundreds a week," she replied.'
    asked, replied = spoken(text)
    assert asked.speaker.name == "Gregory Lind"
    assert (replied.speaker.mention, replied.speaker.name) == ("she", "Linda Carr")
    (q,) = spoken('Councilwoman Dana Pike met Mr. Ray Holt on Monday. "We agreed on nothing," she said.')
    assert q.speaker.name == "Dana Pike"


def test_a_capitalised_headline_word_is_not_glued_to_a_surname():
    text = (
        "Late Okafor winner lifts Riverside off the bottom\n"
        "Emeka Okafor, on as a substitute, scored in the 89th minute on Saturday.\n"
        "“I just gambled on the near post,” Okafor said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Emeka Okafor"


def test_and_ampersand_and_a_capitalised_cue_word_inside_a_body_s_name():
    (q,) = spoken('"The times were fast," USA Track & Field said in a statement.')
    assert q.speaker.name == "USA Track & Field"
    (q,) = spoken('"We will reopen," the Health and Safety Executive said.')
    assert q.speaker.name == "Health and Safety Executive"
    (q,) = spoken('"Rates will rise," the Oregon State Office of Insurance said.')
    assert q.speaker.name == "Oregon State Office of Insurance"


def test_a_nickname_given_just_before_the_quote_and_a_title_after_title_are_labels():
    (q,) = quotes('Locals have nicknamed the team "the Millers," after the old mill.')
    assert q.kind is QuoteKind.NICKNAME
    (q,) = quotes('The paper\'s title, "A Methane-Rich Sky Over a Distant World," was chosen by Dr. Ana Ruiz.')
    assert q.kind is QuoteKind.TITLE


def test_a_body_named_after_of_with_and_inside_is_not_the_person_s_name():
    (q,) = spoken('Andrew Pike of the National Institute of Economic and Social Research said the bank was "too slow."')
    assert q.speaker.name == "Andrew Pike"


def test_a_quoted_title_is_no_antecedent_for_a_pronoun():
    text = "Singer Tessa Vaughn cancelled her “Midnight Drive” tour stop on Friday.\n“I love this city,” she wrote."
    title, said = quotes(text)
    assert title.kind is QuoteKind.TITLE
    assert (said.speaker.mention, said.speaker.name) == ("she", "Tessa Vaughn")


def test_a_definite_description_resolves_to_the_person_introduced_with_it():
    (q,) = spoken('Former senator Augustin Pell returned on Friday. "They counted me out too early," the former senator said.')
    assert (q.speaker.mention, q.speaker.name, q.speaker.kind) == ("the former senator", "Augustin Pell", SpeakerKind.NAMED)
    (q,) = spoken('Marisol Ybarra, the shelter director, has run it for years. "We turn nobody away," the shelter director said.')
    assert q.speaker.name == "Marisol Ybarra"
    (q,) = spoken('Sen. Patricia Okonjo voted no. "I will not support it," the senator said.')
    assert q.speaker.name == "Patricia Okonjo"
    (q,) = spoken('"We will appeal," the company said.')  # no one introduced: it stays as written
    assert q.speaker.name != "" and q.speaker.kind is not SpeakerKind.NAMED


def test_two_people_named_together_before_the_verb_both_speak():
    (q,) = spoken('"We agree on the route," Ana Ruiz and Tom Bell said.')
    assert q.speaker.mention == q.speaker.name == "Ana Ruiz and Tom Bell"


# ---------------------------------------------------------------- session of 2026-12-05


def test_non_breaking_space_inside_a_name_reads_as_a_space():
    text = "The treasurer, Vera\u00a0Lund, said, “We cannot cover the roof this year.” “Not in May either,” Lund said."
    first, second = spoken(text)
    assert first.speaker.name == second.speaker.name == "Vera Lund"


def test_one_wrapped_paragraph_in_an_unwrapped_draft_keeps_its_quote_whole():
    text = (
        "Ferry service resumes\n\n"
        "The captain spoke at the dock on Friday morning.\n\n"
        "The deckhand said the crossing was rough.\n“The swell came over the rail\n"
        "twice before we turned back,” he said.\n"
    )
    (q,) = spoken(text)
    assert q.text == "The swell came over the rail\ntwice before we turned back,"


def test_a_speakers_own_honorific_tells_the_gender_a_surname_cannot():
    text = (
        "Councillor Dora Veit opened the hearing.\n\n"
        "“Nobody leaves before the vote,” said Mr. Brandt.\n\n"
        "“We will vote at noon,” she said.\n"
    )
    last = spoken(text)[-1]
    assert last.speaker.mention == "she" and last.speaker.name == "Dora Veit"


def test_a_sentence_crowded_with_names_is_no_headline():
    text = "Harbour Ward Votes\n\nMayor Dora Veit spoke on Monday.\n\n“The pier reopens in June,” she said.\n"
    (q,) = spoken(text)
    assert q.speaker.name == "Dora Veit"


def test_an_unnamed_reporter_just_before_keeps_a_pronoun_from_a_name_further_back():
    text = (
        "Mayor Tomas Brandt opened the season at the harbour.\n\n"
        "A ferry mechanic said the engines were older than the boats.\n\n"
        "“Half the parts come from a scrapyard,” he said.\n"
    )
    last = spoken(text)[-1]
    assert last.speaker.mention == "he" and last.speaker.name == "A ferry mechanic"


def test_a_description_then_a_name_in_apposition_is_that_person():
    (q,) = spoken("The city treasurer, Vera Lund, said, “We cannot cover the roof this year.”")
    assert (q.speaker.kind, q.speaker.name) == (SpeakerKind.NAMED, "Vera Lund")


def test_a_time_phrase_between_name_and_verb_is_not_part_of_the_name():
    for text in (
        "Sen. Ada Morn on Wednesday morning told reporters that the levy was “dead on arrival.”",
        "Ada Morn late Tuesday night told reporters that the levy was “dead on arrival.”",
    ):
        (q,) = spoken(text)
        assert q.speaker.mention.endswith("Ada Morn")


def test_an_opening_speech_participle_has_its_subject_after_the_quote():
    (q, _) = spoken("After saying her knee was “so sore I could barely walk,” she was “rushed to the clinic” for scans.")
    assert (q.speaker.mention, q.speaker.method) == ("she", "leading_cue_participle")
    (q,) = spoken("Before telling the board that the budget was “a fiction”, Mayor Ada Morn left the room.")
    assert q.speaker.name == "Ada Morn"


def test_a_more_from_lead_in_names_who_wrote_the_quote():
    (q,) = spoken("Turnout rose in every ward.\n\nMore from Ada Morn and Ivo Lask: “Our panel saw the shift a week before the vote.”")
    assert (q.speaker.mention, q.speaker.name) == ("Ada Morn and Ivo Lask", "Ada Morn and Ivo Lask")


def test_a_first_name_outside_the_english_list_still_tells_a_gender():
    text = "Lina Park and Tobias Green argued over the rents. “Then build more,” Green replied. “We do not have a decade,” she said."
    assert spoken(text)[-1].speaker.name == "Lina Park"


def test_a_capitalised_job_before_a_first_name_is_a_role():
    (q,) = spoken("Fisherman Joel Ankrum said, “The cod came back too late for us.”")
    assert (q.speaker.name, q.speaker.role) == ("Joel Ankrum", "Fisherman")


def test_the_striker_is_the_person_introduced_as_striker():
    text = (
        "Coach Diego Serrano and striker Mateo Serrano are not related. "
        "“Mateo finishes better than anyone I have coached,” Diego Serrano said. "
        "“Diego pushes me every single day,” the striker said."
    )
    assert spoken(text)[-1].speaker.name == "Mateo Serrano"


def test_an_age_description_stands_for_the_person_the_story_is_about():
    (q,) = spoken("Grace Obi lost her shop in the spring floods. “I have nothing left but my cat,” the 61-year-old said.")
    assert (q.speaker.mention, q.speaker.name) == ("the 61-year-old", "Grace Obi")


def test_words_named_rather_than_said_are_not_spoken():
    for text in (
        "The council hired so-called “experts” who had never visited the site.",
        "The word ‘staycation’ entered the Harwick Dictionary last year.",
        "Economists now use the term “gig economy” for such work.",
    ):
        (q,) = quotes(text)
        assert (q.kind, q.speaker) == (QuoteKind.SCARE, None)


def test_the_sender_of_a_message_before_a_colon_speaks():
    (q,) = spoken("The message from coach Birgit Sandvik was simple: “Run until you cannot run anymore.”")
    assert q.speaker.name == "Birgit Sandvik"


def test_a_double_quote_inside_a_british_single_quote_stays_inside_it():
    found = quotes("‘The warden told me “move along” and walked off,’ said Priya Sethi, a stallholder.")
    assert [(q.text, q.speaker.name) for q in found] == [("The warden told me “move along” and walked off,", "Priya Sethi")]


def test_a_comma_inside_the_next_sentences_quote_opens_no_clause_for_the_subject():
    text = (
        "Port director Hanne Vik and economist Ida Brandt spoke after the vote.\n\n"
        "“Tolls will rise,” Brandt said.\n\n"
        "Vik said the tolls would be reviewed in May. “If the ships keep coming, we can hold the rate,” she said.\n"
    )
    assert spoken(text)[-1].speaker.name == "Hanne Vik"


def test_a_passive_cue_before_a_relative_who_said_gives_way_to_the_one_who_said():
    (q,) = spoken("The closure was confirmed by the harbour master, Ines Lund, who said the pier had been “unsafe for years.”")
    assert q.speaker.name == "Ines Lund"


def test_a_family_epithet_stands_for_the_person_the_story_is_about():
    text = "Neighbour Kerry Blake, 44, lost her greenhouse in the gale. 'There was glass in the road,' the mum-of-two said."
    (q,) = spoken(text)
    assert (q.speaker.mention, q.speaker.name) == ("the mum-of-two", "Kerry Blake")


def test_a_street_is_never_the_person_a_pronoun_stands_for():
    text = (
        "Council leader Ingrid Sol spoke at the depot.\n\n"
        "“The gym on Mill Street opens as a shelter at three,” she said.\n\n"
        "She added that the schools would stay shut. “Nobody should travel in tomorrow.”\n\n"
        "By evening the shelter on Mill Street was full.\n"
    )
    assert spoken(text)[-1].speaker.name == "Ingrid Sol"


def test_a_pronoun_after_an_anonymous_source_stays_that_source():
    text = (
        "Minister Pia Holt left without comment.\n\n"
        "A senior ministry official, speaking on condition of anonymity, said the talks had stalled. "
        "“There is no date for the next round,” he said.\n"
    )
    assert spoken(text)[-1].speaker.name == "A senior ministry official"


def test_a_company_name_is_a_body_and_the_company_is_the_one_named_last():
    text = (
        "Northwind Holdings will shut its depot in Carlow, the company said on Monday.\n\n"
        "“This was a hard decision for all of us,” the company said in a statement.\n"
    )
    (q,) = spoken(text)
    assert (q.speaker.kind, q.speaker.name) == (SpeakerKind.ORGANIZATION, "Northwind Holdings")
    (q,) = spoken("“We expect no delays,” Samantha Power said.")
    assert q.speaker.kind is SpeakerKind.NAMED


def test_the_person_a_record_shows_saying_something_said_it():
    (q,) = spoken("The leaked minutes have Ines Lund saying, “We cannot delay the audit any longer.”")
    assert (q.speaker.name, q.speaker.method) == ("Ines Lund", "leading_cue_participle")


def test_an_earlier_quote_in_the_sentence_does_not_hide_its_subject():
    text = (
        "Marsh spoke for an hour. Marsh, on the second day of a tour of the valley towns, "
        "mocked the “useless” inspectors on Monday for their “paper reports” that nobody reads."
    )
    assert spoken(text)[-1].speaker.name == "Marsh"


def test_a_coordinator_before_an_auxiliary_still_shares_the_subject():
    text = "The engineers have long discounted the rumours, but have warned that the old dam could “fail within a decade” if left alone."
    (q,) = spoken(text)
    assert q.speaker.mention == "The engineers"


def test_the_cue_that_closes_the_quote_before_does_not_introduce_the_next():
    text = "“We will see,” Ruiz said Sunday, only for Marsh to tweet on Monday that “the count was rigged from the start.”"
    assert [q.speaker.name for q in spoken(text)] == ["Ruiz", "Marsh"]


def test_a_long_title_before_a_name_still_introduces_the_full_name():
    text = (
        "Orvanian Deputy Foreign Minister Dariusz Welk, speaking through an interpreter, said the offer stood.\n\n"
        "“We will bring the data,” Welk said.\n"
    )
    assert spoken(text)[0].speaker.name == "Dariusz Welk"


def test_a_clause_opener_before_a_full_name_is_no_part_of_it():
    text = "Then Jalen Whitby stopped missing.\n\n“Sometimes you just feel it,” Whitby said.\n"
    assert spoken(text)[0].speaker.name == "Jalen Whitby"


def test_a_sports_position_before_a_name_is_a_role():
    (q,) = spoken("“That block was the game for me,” said Forward Dre Castell.")
    assert (q.speaker.name, q.speaker.role) == ("Dre Castell", "Forward")


def test_the_diplomat_is_the_diplomat_who_reported_before():
    text = "A diplomat who requested anonymity said the delegations had come close. “There was a draft,” the diplomat said."
    (q,) = spoken(text)
    assert (q.speaker.mention, q.speaker.name) == ("the diplomat", "A diplomat")


def test_a_short_lead_in_naming_where_a_quote_comes_from_gives_the_source():
    (q,) = spoken("Turnout rose.\n\nA lesson from Loretta Lunde: “Never argue with a judge in public.”")
    assert q.speaker.mention == "Loretta Lunde"
    (q,) = spoken("The bill passed.\n\nRepublicans’ reaction: “This is a disgrace.”")
    assert q.speaker.mention == "Republicans"


def test_markup_whose_tag_breaks_a_line_is_no_quote():
    text = 'Cruz was thrilled.\n\n<post author="@harbourcrew" date="May 9, 2026\n">The pier reopens at dawn. See you there.<post/>.\n'
    assert quotes(text) == ()


def test_an_opening_participle_is_no_part_of_the_name_after_it():
    text = "Born Winifred Marsh in 1931, she taught for forty years.\n\n“She never missed a day,” Mrs. Marsh's sister said. “Not one,” Marsh added."
    assert spoken(text)[-1].speaker.name == "Winifred Marsh"


def test_an_age_between_commas_keeps_the_name_a_sentence_subject():
    text = (
        "Chef Tomas Greer and owner Ottoline Varga opened the cafe in May.\n\n"
        "Greer said the rent was high.\n\n"
        "Varga, 47, grew up above a bakery. When I asked about the name, she laughed. “Saffron because it is dear,” she said."
    )
    assert spoken(text)[-1].speaker.name == "Ottoline Varga"


def test_a_pronoun_after_a_description_of_someone_named_goes_to_that_person():
    text = (
        "Judge Harlan Voss heard the case. Her attorney, Simone Akerley, asked for probation.\n\n"
        "“Probation would help no one,” Akerley said.\n\n"
        "The judge was unmoved. “Probation would tell every clerk here that theft is cheap,” he said.\n\n"
        "Outside, Akerley said her client would not appeal. “She accepts the sentence,” she said.\n"
    )
    names = [q.speaker.name for q in spoken(text)]
    assert names[1:] == ["Harlan Voss", "Simone Akerley"]


def test_a_preposition_after_a_fragment_opens_no_trailing_attribution():
    text = "The ministry said ‘unforeseen ground conditions’ along the line's western section had added a year to the work."
    (q,) = spoken(text)
    assert q.speaker.mention == "The ministry"


def test_a_name_something_is_known_by_is_a_nickname_not_speech():
    for text in (
        "The bakery, known to regulars as “the Crumb Shed,” closed on Sunday after forty years.",
        "Attendance was swelled by a supporters' group that calls itself ‘the Lower Stand Choir’.",
    ):
        (q,) = quotes(text)
        assert (q.kind, q.speaker) == (QuoteKind.NICKNAME, None)


def test_an_age_epithet_goes_to_the_person_of_that_age():
    text = "Striker Jordan Keble scored first. Tomasz Wren, 21, headed the winner.\n\n“I just shut my eyes,” the 21-year-old said.\n"
    (q,) = spoken(text)
    assert q.speaker.name == "Tomasz Wren"


def test_an_unnamed_source_introduced_after_a_named_one_is_the_one_meant():
    text = (
        "Halvorsen's chief executive Maren Tollefsen welcomed the deal.\n\n"
        "A senior executive at the rival firm, who asked not to be named, said the price was too high. "
        "“We could not make the numbers work,” the executive said.\n"
    )
    assert spoken(text)[-1].speaker.name == "A senior executive at the rival firm"


def test_one_wrong_pronoun_does_not_fix_a_gender_for_the_rest_of_the_article():
    text = (
        "Judge Harlan Voss heard the case. The defendant, Delia Marchetti, kept her eyes down.\n\n"
        "When the judge asked whether she wished to speak, she stood. “I am ashamed,” she said.\n\n"
        "The judge was unmoved. “The bridges stayed shut,” he said.\n"
    )
    names = [q.speaker.name for q in spoken(text)]
    assert names == ["Delia Marchetti", "Harlan Voss"]


def test_a_crowd_chanting_is_a_speaker():
    (first, second) = spoken(
        "Thousands filled the square, with many marchers and neighbours chanting “We are Harbourtown” and “Rebuild now.”"
    )
    assert first.speaker.mention == second.speaker.mention == "many marchers and neighbours"


def test_the_ministry_is_the_ministry_named_last_and_the_company_no_newspaper():
    text = (
        "The Ministry of Water confirmed the delay on Wednesday. The Harbour Post first reported it.\n\n"
        "“We remain committed to the dam,” the ministry said.\n\n"
        "Northwind Foods will close its plant, the company said. “It was a hard call,” the company added.\n"
    )
    names = [q.speaker.name for q in spoken(text)]
    assert names == ["Ministry of Water", "Northwind Foods"]


def test_a_possessor_is_a_person_introduced_and_a_uk_title_has_no_full_stop():
    text = (
        "The shortlist included Maud Fenwick’s “Lanterns”. Henrik Lind runs the bookshop.\n\n"
        "Fenwick was equally warm. “I’m thrilled for her,” she said.\n\n"
        "Mr Lind said he would reopen on Saturday. “We’ve been here sixty years,” he said.\n"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Maud Fenwick", "Henrik Lind"]


def test_a_lower_case_description_then_a_name_after_an_opening_phrase():
    text = (
        "Kelsey Bay hosted the prize night.\n\n"
        "At the bookshop, the manager, Hollis Grant, said the shop sold out. “We had forty copies in the window,” he said.\n"
    )
    assert spoken(text)[-1].speaker.name == "Hollis Grant"


def test_a_single_quoted_quote_runs_over_paragraphs_when_the_next_one_opens_again():
    text = (
        "The minister faced the crowd.\n\n"
        "'Now they're told to wait until 2031. Some of them won't.\n\n"
        "'I'd say to the minister: come up here and ride the train,' said Mara Ellery.\n"
    )
    (q,) = spoken(text)
    assert q.text.startswith("Now they're told") and q.text.endswith("ride the train,")
    assert q.speaker.name == "Mara Ellery"


def test_a_description_set_off_by_a_comma_before_a_name_describes_that_person():
    text = "Vale scored late after the Albion goalkeeper, Ruairi Flynn, could only parry a corner. “I should have held it,” the goalkeeper said."
    (q,) = spoken(text)
    assert q.speaker.name == "Ruairi Flynn"


def test_a_whose_clause_after_a_name_keeps_it_the_sentence_subject():
    text = (
        "Coach Danny Mould praised Tom Osei-Barrow.\n\n"
        "Osei-Barrow, whose goal was his ninth of the season, was philosophical. “That's football,” he said.\n"
    )
    assert spoken(text)[-1].speaker.name == "Tom Osei-Barrow"


def test_a_description_with_a_number_then_a_name_is_that_person():
    text = "Paul Hale builds boats.\n\nHis wife of 56 years, Marjorie, keeps the books. “He would work until midnight,” she said.\n"
    assert spoken(text)[-1].speaker.name == "Marjorie"


def test_the_force_is_the_police_force_named_last():
    text = "Westmere Police said patrols would increase. “Residents can expect to see officers,” the force said."
    (q,) = spoken(text)
    assert q.speaker.name == "Westmere Police"


def test_a_relation_then_a_first_name_is_that_person():
    (q,) = spoken("His wife Maureen, 76, said: 'He spent more time with that marrow than with me.'")
    assert (q.speaker.kind, q.speaker.name) == (SpeakerKind.NAMED, "Maureen")


def test_a_surname_spelt_like_a_preposition_speaks_right_after_a_quote():
    text = "Voters then saw the party as “the party of big spending,” From said. “We had to change that.”"
    first, second = spoken(text)
    assert (first.speaker.mention, second.speaker.name) == ("From", "From")


def test_a_bare_surname_does_not_resolve_to_a_body_named_after_the_person():
    text = "Students sued Pell University in 2014. Dana Pell denied wrongdoing. “It was a fine school,” Pell said."
    (q,) = spoken(text)
    assert q.speaker.name == "Dana Pell"


def test_a_speech_noun_in_the_plural_before_the_verb_is_part_of_the_subject():
    (q,) = spoken("Several local news reports said the mayor was “weighing a second term.”")
    assert q.speaker.mention == "Several local news reports"


def test_a_base_form_verb_after_a_phrase_of_time_has_the_plural_subject_before_it():
    (q,) = spoken("Pharmacists who signed the petition last Tuesday say the rules are “unworkable and unfair.”")
    assert q.speaker.mention == "Pharmacists"


def test_a_restrictive_relative_clause_after_an_introductory_phrase_keeps_its_noun_the_subject():
    text = "Parents met Principal Ada Stone on Monday. After the vote, the parents who phoned the school in March insist the plan is “a betrayal.”"
    (q,) = spoken(text)
    assert q.speaker.mention == "the parents"


def test_a_relation_word_inside_a_relative_clause_says_nothing_of_the_persons_gender():
    text = (
        "Maria Lopez spoke first. “We need rain,” she said.\n\n"
        "Rosa Delgado, a nurse who came to the rally with her son, said she worried about the clinics. "
        "“They closed two of them,” she said."
    )
    assert spoken(text)[-1].speaker.name == "Rosa Delgado"


def test_a_possessed_thing_before_a_verb_is_no_unnamed_reporter_and_an_ad_title_is_a_title():
    text = (
        "Ms. Lund, a former nurse, has made her years on the ward the center of her pitch. Her newest ad, "
        "''Night Shift,'' shows her grading lab reports at a kitchen table.\n\n"
        "''I have sat with frightened families,'' she said at a forum on Sunday."
    )
    found = quotes(text)
    assert found[0].kind is QuoteKind.TITLE
    assert found[1].speaker.name == "Lund"


def test_a_place_after_in_is_no_antecedent_for_a_pronoun():
    text = (
        "Treasurer Ada Moyo spoke first. Her campaign released a new ad, and Moyo told reporters in Santa Rosa: "
        "“Voters deserve better.” Asked about the timing, she added: “That is not an ambush.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Ada Moyo", "Ada Moyo"]


def test_a_name_set_off_after_a_clauses_object_is_not_its_subject():
    text = (
        "Mayor Colin Hart introduced his challenger, Greta Bishop, at the forum and then went on the attack. "
        "“My opponent has never run a thing,” he said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Colin Hart"


def test_a_state_and_an_abbreviated_title_are_no_person_but_a_surname_like_a_title_is():
    from quoteaudit.extract.people import people_in

    text = "Former Kansas Gov. Martin Pell stood on a wagon. Mayor Colin Hart introduced Greta Bishop."
    assert [name for name, _, _ in people_in(text)] == ["Martin Pell", "Colin Hart", "Greta Bishop"]


def test_a_description_a_comma_then_a_name_names_that_person():
    (q,) = spoken("A spokesman for her office, Omar Reyes, said the agency would “review the ruling in due course.”")
    assert (q.speaker.kind, q.speaker.name) == (SpeakerKind.NAMED, "Omar Reyes")


def test_a_lower_case_compound_before_a_name_is_a_role():
    from quoteaudit.extract.mentions import split_name

    assert split_name("Runner-up Tamsin Vole") == ("Tamsin Vole", "Runner-up")
    assert split_name("Jean-Luc Marchand") == ("Jean-Luc Marchand", "")


def test_the_parts_of_a_fact_check_label_lines_and_speak_nothing():
    text = "Dana Ruiz, the mayor, launched a new ad last week.\n\nTHE CLAIM: “We have built more homes than any city in the state.”"
    (q,) = spoken(text)
    assert q.speaker is None or q.speaker.mention != "THE CLAIM"


def test_a_nickname_after_the_word_nickname_and_a_show_before_host_are_not_speech():
    found = quotes(
        "Lt. Gov. Ana Brand, who has embraced the nickname “the Iron Rose” from her years in the Senate, "
        "told “Capitol Week” host Dev Rama that she was “not going to play that game.”"
    )
    assert [q.kind for q in found] == [QuoteKind.NICKNAME, QuoteKind.TITLE, QuoteKind.FRAGMENT]


def test_who_after_a_place_stands_for_the_person_described_before_it():
    text = "A Republican state senator from Bucks County, who asked not to be named, said the party was “fighting the wrong battle.”"
    (q,) = spoken(text)
    # (the cue inside the aside gives way to the main verb, whose subject is the description)
    assert (q.speaker.mention, q.speaker.name) == ("A Republican state senator from Bucks County",) * 2


def test_an_age_epithet_with_a_noun_stands_for_the_person_in_view():
    text = "Ingrid Baird, the nominee for attorney general, did not mince words. The 54-year-old former prosecutor said: “He has never sat with a victim.”"
    (q,) = spoken(text)
    assert (q.speaker.mention, q.speaker.name) == ("The 54-year-old former prosecutor", "Ingrid Baird")


def test_a_title_description_may_be_named_later_in_its_paragraph():
    text = (
        "“We will not cut nursing homes,” said the governor, who has threatened a veto. Gov. Tess Varga spoke at a senior center in Flint."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Tess Varga"


def test_a_relation_named_by_a_possessive_is_the_person_introduced_so():
    text = (
        "Brenda Yoder is running to succeed her husband, Rep. Glen Yoder, who is retiring. "
        "Her husband, watching from the front row, said he was “more nervous tonight than ever.”"
    )
    (q,) = spoken(text)
    assert (q.speaker.mention, q.speaker.name) == ("Her husband", "Glen Yoder")


def test_according_to_a_titled_name_at_the_start_of_a_sentence_attributes_its_quote():
    (q,) = spoken("According to Rep. Jerome Addo, the governor’s office “never once picked up the phone” during the flood.")
    assert (q.speaker.name, q.speaker.method) == ("Jerome Addo", "according_to")


def test_a_nickname_inside_a_name_leaves_the_full_name_to_resolve_to():
    text = "Rep. Wilbur “Skeeter” Tackett said he would back the bill “if the dairy rules stay.” “I have told them a hundred times,” Tackett said."
    assert [q.speaker.name for q in spoken(text)] == ["Wilbur Tackett", "Wilbur Tackett"]


def test_a_name_with_an_initial_and_a_colon_after_a_dash_leads_in_its_quote():
    (q,) = spoken("BLUE STATES GAIN GROUND - Dana K. Ruiz: “The data show a shift in nine states.”")
    assert (q.speaker.name, q.speaker.method) == ("Dana K. Ruiz", "colon_lead_in")


def test_a_quote_after_a_cue_with_a_comma_belongs_to_that_cue_not_to_the_next_speaker():
    first, second = spoken("When somebody in the crowd yelled, “Ortiz,” Pell joked, “I know him.”")
    assert (first.speaker.mention, second.speaker.name) == ("somebody in the crowd", "Pell")


def test_a_plural_group_noun_at_the_end_keeps_a_capitalised_modifier_from_being_a_name():
    (q,) = spoken("About four in 10 South Carolina Republican primary voters said the race was “too close to call.”")
    assert (q.speaker.kind, q.speaker.name) == (SpeakerKind.GROUP, "About four in 10 South Carolina Republican primary voters")


def test_a_bulleted_more_from_lead_in_names_its_writers():
    (q,) = spoken("Turnout was high.\n\n-More from Ana Ruiz and Tom Bell: “Data from our panel show both issues mattered.”")
    assert (q.speaker.name, q.speaker.method) == ("Ana Ruiz and Tom Bell", "colon_lead_in")


def test_a_quoted_transcript_is_one_quote_per_turn_each_with_its_labelled_speaker():
    text = (
        "Okafor presses on\n\nHost Rita Vance pressed the governor. The exchange, according to a transcript:\n\n"
        "“VANCE: Governor, you raised six million dollars. How do you compete?\n\n"
        "“OKAFOR: Rita, I have been outspent in every race I have won.\n\n"
        "“VANCE: But you cancelled ads in Georgia.”"
    )
    got = [(q.text.split(":")[0], q.speaker.mention, q.speaker.name) for q in spoken(text)]
    assert got == [("VANCE", "VANCE", "Rita Vance"), ("OKAFOR", "OKAFOR", "Okafor"), ("VANCE", "VANCE", "Rita Vance")]


def test_a_capitalised_article_after_a_question_opens_a_new_sentence_not_an_attribution():
    text = "Mayor Ines Roth grinned. “Does that look like a ghost town to you?” The crowd roared."
    (q,) = spoken(text)
    assert q.speaker is None or q.speaker.mention != "The crowd"


def test_an_honorific_picks_the_relative_of_its_gender_introduced_last():
    text = (
        "“We used to talk about baseball,” said Tomas Reyna, 78.\n\n"
        "Ana Reyna, 76, his wife, found the rally overwhelming. “Everybody was screaming,” Mrs. Reyna said."
    )
    assert spoken(text)[-1].speaker.name == "Ana Reyna"


def test_a_subject_with_a_participle_aside_is_the_antecedent_of_the_next_pronoun():
    text = (
        "Voters in Canton said they missed Sen. Dana Pell. “I like Dana,” said Ruth Kolb, 67.\n\n"
        "Mr. Pell, asked about such complaints, bristled. “I have been in Washington doing my job,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Dana Pell"


def test_a_subject_after_an_opening_participle_and_a_quote_closing_on_its_comma_is_in_view():
    text = (
        "Wendell Crane and Sen. Dana Pell traded attacks.\n\n"
        "Asked by moderator Colin Prewitt whether he stood by his claim that Pell had “sold out every factory town,” "
        "Crane did not hesitate.\n\n“I stand by every word,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Wendell Crane"


def test_a_for_his_part_aside_keeps_the_name_the_subject():
    text = (
        "“She does flash cards,” said Quill Grimsby, an aide.\n\n"
        "A rival ran an ad with a photograph of Esteban Ruiz at a rally. Esteban, for his part, found the ad funny.\n\n"
        "“I was there for the free hot dogs,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Esteban Ruiz"


def test_a_surname_in_the_sentence_before_puts_its_person_in_view_for_a_pronoun():
    text = (
        "“The result changed the race,” said Renata Siebold, director of the institute.\n\n"
        "Sen. Dana Pell leads among voters over 65 and among those who call themselves “very conservative.”\n\n"
        "According to Siebold, the shift began in late January. “You can almost draw a line on the calendar,” she said."
    )
    assert spoken(text)[-1].speaker.name == "Renata Siebold"


def test_a_reporter_after_a_comma_and_is_the_subject_of_its_own_clause():
    text = (
        "Arizona Gov. Marisol Vega drew 21 percent. “Polls do not award delegates,” spokeswoman Kelsey Arndt said.\n\n"
        "Vega’s campaign sent the results under the line “The Comeback Is Real,” and the governor, campaigning in "
        "Marietta, said the numbers matched what she was hearing. “People are still shopping,” she said."
    )
    assert spoken(text)[-1].speaker.name == "Marisol Vega"


def test_a_title_after_the_makes_a_person_and_a_pac_keeps_its_whole_name():
    from quoteaudit.extract.mentions import classify

    assert classify("the Rev. Curtis Denning of Macon") == (SpeakerKind.NAMED, "Curtis Denning")
    assert classify("Forward Frontier PAC") == (SpeakerKind.ORGANIZATION, "Forward Frontier PAC")
    assert classify("A spokesman for Gov. Lyle Harrington")[0] is not SpeakerKind.NAMED


def test_who_after_a_name_and_an_age_stands_for_the_name_not_across_a_sentence_end():
    text = "Wendell Crane won Ohio.\n\nCrane, 70, who won the primary on Tuesday, called the deal “a slow-motion surrender.”"
    (q,) = spoken(text)
    # (the relative clause is an aside closed before the verb: the name is the subject)
    assert (q.speaker.mention, q.speaker.name) == ("Crane", "Wendell Crane")


def test_a_description_with_a_state_before_its_noun_finds_the_titled_person():
    text = "Rep. Tobias Kettering of South Carolina trails. “I have got gas in the tank,” the South Carolina congressman said."
    (q,) = spoken(text)
    assert q.speaker.name == "Tobias Kettering"


def test_an_auxiliary_opening_a_question_is_no_part_of_the_name_after_it():
    from quoteaudit.extract.people import people_in

    assert [name for name, _, _ in people_in("Voters ask one thing. Did Dana Halvorsen vote for the deal?")] == ["Dana Halvorsen"]


def test_the_company_and_the_union_find_the_bodies_named_before_them():
    text = (
        "Kestrel Home Appliances said Tuesday it would close its plant. “This was a hard decision,” the company said.\n\n"
        "The Badger Educators Alliance called a rally. “Our members are done waiting,” the union said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Kestrel Home Appliances", "Badger Educators Alliance"]


def test_a_name_with_an_accented_capital_is_a_full_name_to_resolve_to():
    text = "The minister, Étienne Beauchesne, visited the ward. “I understand the anger,” Mr. Beauchesne told reporters."
    (q,) = spoken(text)
    assert q.speaker.name == "Étienne Beauchesne"


def test_a_job_title_after_a_possessive_is_no_name_and_the_appositive_name_is():
    from quoteaudit.extract.mentions import split_name

    assert split_name("Quebec’s Health Minister") == ("", "")
    assert split_name("Steve King") == ("Steve King", "")
    (q,) = spoken("Quebec’s Health Minister, Étienne Beauchesne, called the measure “a temporary fix nobody wanted.”")
    assert q.speaker.name == "Étienne Beauchesne"


def test_a_comparative_at_the_start_of_a_sentence_is_no_one_speaking():
    (q,) = spoken(
        "More than 300 people crammed into the hall, with speaker after speaker vowing to fight the plan “every step of the way”."
    )
    assert q.speaker is None or q.speaker.mention != "More"


def test_an_inverted_writes_lead_in_and_a_possessed_profile_name_the_writer_of_the_next_paragraph():
    writes = "The reviews are not kind. Writes Nora Pell at The Daily Ledger:\n\n“What was once a polite fight has curdled into a feud.”"
    profile = "Her moment may be coming. From Desmond Farrow’s profile in The New York Chronicle:\n\n“Over coffee in Greenville, she was dismissive.”"
    assert [spoken(t)[0].speaker.name for t in (writes, profile)] == ["Nora Pell", "Desmond Farrow"]


def test_a_statement_speaks_for_the_body_named_just_before_and_a_memo_for_no_other_speaker():
    (q,) = spoken("Coolabah Resources said it would appeal the ruling. “We will make good any impacts,” the statement said.")
    assert (q.speaker.mention, q.speaker.name) == ("the statement", "Coolabah Resources")
    text = (
        "“This is a betrayal,” the Food Workers Union said.\n\n"
        "An internal memo seen by the Ledger said the closure would be phased. “No line will close before summer,” the memo said."
    )
    assert spoken(text)[-1].speaker.name != "Food Workers Union"


def test_a_capitalised_transcript_label_resolves_and_a_holiday_is_nobody():
    label = "Walter Brandvold spoke to donors.\n\nBRANDVOLD: “Michigan, honestly, is gone.”"
    holiday = "Gov. Terrence Beaulieu campaigned through Labor Day. “I will sleep plenty in November,” he said."
    assert [spoken(t)[-1].speaker.name for t in (label, holiday)] == ["Walter Brandvold", "Terrence Beaulieu"]


def test_who_after_a_name_and_its_town_stands_for_the_name():
    (q,) = spoken("She won praise from Felix Arroway of Phoenix, who called her “the only adult on the ballot.”")
    assert (q.speaker.mention, q.speaker.name) == ("who", "Felix Arroway")
    (q,) = spoken("Former Secretary of State Hillary Clinton, who spoke first, said it was “a good day.”")
    assert q.speaker.name == "Hillary Clinton"


def test_a_number_word_opening_a_sentence_is_no_subject_name():
    text = "“Not in my America,” Walter Brandvold wrote.\n\nTwelve minutes later came another: “Fake numbers from a fake institute.”"
    assert spoken(text)[-1].speaker is None or spoken(text)[-1].speaker.mention != "Twelve"


def test_a_clause_before_a_colon_is_no_speaker_label_and_a_union_local_is_a_body():
    text = "“Not in my America,” Walter Brandvold wrote.\n\nTwelve minutes later came another: “Fake numbers from a fake institute.”"
    assert spoken(text)[-1].speaker is None or "Twelve" not in spoken(text)[-1].speaker.mention
    from quoteaudit.extract.mentions import classify

    assert classify("United Pipe Trades Local")[0] is SpeakerKind.ORGANIZATION


def test_he_in_a_clause_inside_a_reporting_sentence_stands_for_its_subject():
    # the outer verb reports ("condemned"), so the sentence's subject frames the quote
    (q,) = spoken("The governor condemned what he called the “deeply cynical” budget from the assembly.")
    assert q.speaker.mention == "The governor"
    # another name between them may be the "he" (but not the one "whom" stands for: see
    # test_whom_he_called_after_a_named_reporter_is_the_reporters); a verb that reports nothing frames nothing
    (q,) = spoken("Ruiz mocked Pell for what he called a “fraud.”")
    assert q.speaker.mention == "he"
    (q,) = spoken("The senator now has a narrow path, which he calls “the long road.”")
    assert q.speaker.mention == "he"


def test_by_after_a_quote_is_no_agent_when_the_verb_before_it_is_active():
    (q,) = spoken("The mayor rejected what she called a “stunt” by the council.")
    assert q.speaker.mention == "The mayor"
    (q,) = spoken("The audit was dismissed as a “partisan stunt” by Republicans.")
    assert q.speaker.mention == "Republicans"


def test_a_sentence_opening_capital_before_lower_case_words_for_people_is_no_name():
    (q,) = spoken("Independent election monitors said the count was “orderly and fair.”")
    assert (q.speaker.mention, q.speaker.kind) == ("Independent election monitors", SpeakerKind.GROUP)
    text = "Climate policy experts have long doubted the figures, but have argued that the plant could be “a useful bridge.”"
    (q,) = spoken(text)
    assert q.speaker.mention == "Climate policy experts"
    # a name, its verb and a group after a preposition stay apart
    (q,) = spoken("Halvorsen leads among voters who called the plan “too timid,” the survey found.")
    assert "voters" not in q.speaker.mention
    (q,) = spoken("Smith thanked supporters for “an amazing run.”")
    assert q.speaker is None or "supporters" not in q.speaker.mention


def test_the_state_after_a_speakers_town_is_not_the_subject():
    (q,) = spoken("Mara Quist of Dayton, Ohio says she hopes the mayor keeps “fighting for the river.”")
    assert q.speaker.name == "Mara Quist"


def test_census_first_names_and_honorifics_anywhere_tell_a_pronouns_person():
    # "Wendell" is a man's name in the census lists, so "she" passes him for the woman named after
    (q,) = spoken("Wendell Tarrant introduced Delphine Okoro at the rally. “We start tomorrow,” she said.")
    assert q.speaker.name == "Delphine Okoro"
    # "Mr. Hartigan" in passing outweighs the census guess for "Kit"
    text = (
        "Kit Hartigan chaired the hearing, and Mr. Hartigan's staff handed out the agenda before Tamsin Roe arrived. "
        "Robin Vale took notes. “We need a vote today,” he said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Kit Hartigan"


def test_a_coordinator_before_a_name_and_its_party_tag_leaves_the_name_the_subject():
    text = (
        "But Sen. Louisa Brandt, R-Iowa, whose state's farmers are hurting, told the secretary that they were "
        "“paying for a war they didn't start.” “What do I tell them?” she said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Louisa Brandt", "Louisa Brandt"]


def test_it_said_names_the_body_that_is_the_sentences_subject_and_never_a_person():
    text = "The Harbor Debate Commission, the group that runs the events, “remains ready,” it said in a statement."
    (q,) = spoken(text)
    assert q.speaker.name == "Harbor Debate Commission"
    (q,) = spoken("Dana Wells spoke first. “It is a plan,” it said.")
    assert q.speaker.name != "Dana Wells"


def test_the_she_of_a_reply_is_not_the_one_who_asked_the_question():
    text = (
        "Judge Ossa Callan spent the day before the committee. The chairman, Sen. Tiern Quillon, pressed her on a 2019 ruling.\n\n"
        "“Do you stand by that today?” Quillon asked.\n\n"
        "“I stand by the reasoning,” she replied."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Tiern Quillon", "Ossa Callan"]


def test_a_description_then_its_name_set_off_by_commas_resolves_to_the_name():
    text = "A second economist, Dr. Ingrid Solvang of the Tamsin Policy Center, called the claim “defensible but slippery.”"
    assert spoken(text)[0].speaker.name == "Ingrid Solvang"
    text = "The union, the Harbor Workers Alliance, wrote that the plan “gives enormous power to staff.”"
    assert spoken(text)[0].speaker.name == "Harbor Workers Alliance"
    text = "The firm at the center of the report, Halvorsen Ridge Partners, said it “delivered every service.”"
    assert spoken(text)[0].speaker.name == "Halvorsen Ridge Partners"


def test_a_noun_for_the_quote_after_it_hands_the_quote_to_no_one_in_the_clause_that_follows():
    text = (
        "Gov. Ada Moreno promised a crowd that her plan would “pay for itself inside of a decade,” "
        "a claim her Republican rival dismissed within the hour as fantasy."
    )
    assert spoken(text)[0].speaker.name == "Ada Moreno"
    text = "Tarrant once said he would “never put Galloway on a ticket,” a promise Sayer said he took “about as seriously as rain.”"
    assert [q.speaker.mention for q in spoken(text)] == ["Tarrant", "Sayer"]
    # the noun itself may speak
    assert spoken("“We will appeal,” the statement said.")[0].speaker.mention == "the statement"


def test_a_document_speaks_for_the_issuer_its_earlier_mention_names():
    text = (
        "The agency released a report from its Office of Inspector General on Tuesday. "
        "The 62-page report found that the director “repeatedly ignored” warnings."
    )
    assert spoken(text)[0].speaker.name == "Office of Inspector General"
    text = "The complaint, filed Monday by the watchdog group Open Ledger Project, alleges the campaign “took shell money.”"
    assert spoken(text)[0].speaker.name == "Open Ledger Project"
    text = "Rep. Brandt Halloway said in a statement that he did nothing wrong. “I have served with honor,” the statement said."
    (q,) = spoken(text)
    assert (q.speaker.name, q.speaker.kind) == ("Brandt Halloway", SpeakerKind.NAMED)
    # a document no earlier mention ties to an issuer stays what it is
    assert spoken("“Costs will rise,” the report said.")[0].speaker.name == "report"


def test_a_section_label_over_prose_is_no_speaker_and_a_court_is_the_court_named():
    text = (
        "THE DONOR CALL: Wednesday's finance call did not go as planned. "
        "“A little disappointing, if we're being honest” — that is how finance chair Oren Blackwood described it."
    )
    assert spoken(text)[0].speaker.name == "Oren Blackwood"
    # a title-case headline line still gives its quotes to the name before the colon
    assert spoken("Graham: Trump's ‘Hateful Rhetoric’ Is Costing the Party")[0].speaker.name == "Graham"
    text = "The Marlow County Circuit Court found that officials had “offered no evidence.” “Fear is no rationale,” the court wrote."
    assert spoken(text)[1].speaker.name == "Marlow County Circuit Court"


def test_a_source_close_to_someone_is_one_phrase_and_said_after_her_is_a_verb():
    text = "Ms. Abernathy did not respond. A person close to her said she “had no idea who sent it” and was “just passing notes along.”"
    assert [q.speaker.mention for q in spoken(text)] == ["A person close to her", "A person close to her"]
    (q,) = spoken("“It is over,” said a source close to the campaign.")
    assert q.speaker.mention == "a source close to the campaign"


def test_a_possessive_owner_of_a_thing_is_in_view_for_a_pronoun_but_not_the_owner_of_a_person():
    (q,) = spoken("Sen. Ada Moss's new book came out Tuesday. “I wrote it for my daughters,” she said.")
    assert q.speaker.name == "Ada Moss"
    text = (
        "House Speaker Rosalind Thackery's spokeswoman, Ines Galvan, said the speaker had called Sen. Wendell Prather twice. "
        "“She told him the bill is dead,” she said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Ines Galvan"


def test_as_someone_said_after_a_quote_names_its_speaker():
    text = "Only a third of voters believe the plan would “pay for itself within a decade,” as the governor has claimed."
    assert (spoken(text)[0].speaker.mention, spoken(text)[0].speaker.method) == ("the governor", "as_said")
    text = "The plan was “bold” and “long overdue,” as Gov. Ada Moreno put it."
    assert [q.speaker.name for q in spoken(text)] == ["Ada Moreno", "Ada Moreno"]
    assert spoken("The vote was “a formality,” as expected.")[0].speaker is None


def test_a_word_opening_the_sentence_is_no_part_of_a_name_and_a_body_is_no_described_person():
    text = 'Neither Orrin Vance nor his aides answered. In 2015, Vance spoke at a town hall. "If we don\'t fix this," he told the crowd.'
    assert spoken(text)[0].speaker.name == "Orrin Vance"
    text = "In an address at the Fairhaven Institute, the nominee returned to the war, which he called “the test of this decade.”"
    assert spoken(text)[0].speaker.name != "Fairhaven Institute"


def test_the_one_person_in_view_whose_gender_nothing_rules_out_is_the_pronouns():
    text = "Sen. Ambrose Kilbride met privately with Rep. Ondine Farrow for two hours. “We found common ground,” she said afterward."
    assert spoken(text)[0].speaker.name == "Ondine Farrow"


def test_a_document_that_names_its_issuer_in_its_own_mention_speaks_for_it():
    (q,) = spoken("“The race is effectively tied,” the memo from Quarry Hill Research concluded.")
    assert q.speaker.name == "Quarry Hill Research"
    text = "An internal email from the Pellmont Democratic Party, sent on Monday, warned that turnout was “alarmingly soft.”"
    assert spoken(text)[0].speaker.name == "Pellmont Democratic Party"


def test_a_surname_owning_the_sentences_subject_is_in_view_but_not_an_objects_owner():
    text = (
        "Sen. Orrin Vance won four states. Rep. Odalys Kane conceded early.\n\n"
        "On the Republican side, Vance's victory speech was brief. “Four more states down,” he said."
    )
    assert spoken(text)[0].speaker.name == "Orrin Vance"


def test_a_short_opening_phrase_without_a_comma_leaves_the_pronoun_the_subject():
    text = "For roughly an hour he ran through familiar lines, promising to cut the tax and “bring back the night shift” at the plants."
    assert spoken(text)[0].speaker.mention == "he"


def test_a_relation_word_before_a_name_tells_a_gender_that_separates_a_couple_sharing_a_surname():
    text = (
        "Gov. Thessaly Harlan spoke at the plant. The loudest cheers were for her husband, Dr. Emeric Harlan, a retired doctor.\n\n"
        "Asked about the memo on Friday, Ms. Harlan laughed. “Beatable, they say,” she repeated."
    )
    assert spoken(text)[0].speaker.name == "Thessaly Harlan"


def test_neither_right_after_a_question_is_no_speaker():
    text = "Moderator Idris Falk opened by asking both candidates: “What is one thing your opponent got right?” Neither really answered it."
    assert spoken(text)[0].speaker.mention != "Neither"


def test_a_capitalised_role_word_before_an_unfamiliar_name_is_a_role():
    text = "Moderator Idris Falk asked both candidates: “What did your opponent get right?”"
    assert spoken(text)[0].speaker.name == "Idris Falk"


def test_a_noun_for_a_thing_before_a_known_name_leaves_the_name_its_own_phrase():
    text = "Leontyne Barassi leads the suit. The court set an intent test, a standard Barassi called “nearly impossible to meet.”"
    assert spoken(text)[0].speaker.mention == "Barassi"
    assert spoken("“We will win,” the actor Tom Hanks said.")[0].speaker.mention == "the actor Tom Hanks"


def test_one_of_them_then_a_role_and_a_name_is_the_named_person():
    text = "Dozens of nurses came. One of them, nurse Calla Vestergaard, held up a sign and told the council the plan was “a start.”"
    assert spoken(text)[0].speaker.name == "Calla Vestergaard"


def test_a_quote_alone_after_a_sentence_about_a_described_person_is_theirs():
    text = "The hearing dragged on. The judge then turned to me. “Mr. Dane?” I had prepared a short statement."
    assert spoken(text)[0].speaker.mention == "The judge"


def test_a_subordinate_clause_with_no_comma_leaves_the_main_clauses_pronoun_the_subject():
    text = "Judge Ada Varn took a recess. When she returned she began by saying, “I see no need for prison.”"
    (q,) = spoken(text)
    assert (q.speaker.mention, q.speaker.name) == ("she", "Ada Varn")
    assert text[q.speaker.mention_start - 9 : q.speaker.mention_start] == "returned "


def test_an_irregular_past_ends_a_described_subject_before_a_quote_of_its_own():
    (q,) = spoken("Reporters asked about the deal. The senator shook his head. “Not a chance.”")
    assert q.speaker.mention == "The senator"


def test_a_possessive_description_then_a_name_opening_the_sentence_is_the_named_person():
    text = (
        "Winifred Haskett has run the office since 1984. Lazlo Prentiss ran against her twice. "
        "“No one should hold an office for forty years,” Prentiss said.\n\n"
        "Haskett's son, Anselm Haskett, has worked as a deputy clerk since 2011. He says he has no plans to run. "
        "“My mother is going to be clerk until she decides not to be,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Anselm Haskett"


def test_they_after_two_people_named_together_is_the_pair_and_otherwise_left_alone():
    text = "Carl and Dora Minetti of Lindell said they had driven since dawn. “We have never protested anything,” they said."
    assert spoken(text)[0].speaker.name == "Carl and Dora Minetti"
    assert spoken("Local officials met Monday. “We will not back down,” they said.")[0].speaker.name == "they"


def test_his_father_is_the_parent_the_article_introduced_through_the_child():
    text = (
        "Among the plaintiffs are Augustin Mireles, 74, a retired machinist, and his son, Teo Mireles, 41. "
        "“We live two blocks apart,” Teo Mireles said.\n\n"
        "His father put it more simply. “They drew a line down Calder Street,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Augustin Mireles"


def test_two_roles_joined_by_and_describe_one_speaker():
    text = (
        "Sen. Ada Moss spoke first, lashing out at the governor late Monday.\n\n"
        "“We will not wait for the state to act,” the Ohio senator and Democratic presidential candidate said."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the Ohio senator and Democratic presidential candidate"
    assert q.speaker.name == "Ada Moss"
    # two determiners: two people, and neither alone is the speaker; they speak together
    pair = spoken("The mayor and the governor met. “We will not wait,” the mayor and the governor said.")[0].speaker
    assert pair.mention == "the mayor and the governor"


def test_as_after_a_quote_looks_for_its_speaker_within_the_sentence_only():
    text = "The vote showed the limits of “reform” as a label. While it does describe the bill, few agree."
    assert all(q.speaker is None or "." not in q.speaker.mention for q in quotes(text))
    assert spoken("The plan would “pay for itself,” as Sen. Moss has claimed.")[0].speaker.name == "Moss"


def test_a_free_relative_after_a_colon_clause_has_its_own_subject():
    text = (
        "Voss comes with the right calling card: He guarded the delegates in 1980, "
        "in what Ada Lind, treasurer for the rival campaign, called “trench warfare.”"
    )
    assert spoken(text)[0].speaker.name == "Ada Lind"
    assert spoken("Pell said: He is “a loser.”")[0].speaker.name == "Pell"


def test_an_opening_in_or_by_participle_phrase_has_its_subject_after_the_comma():
    text = "And in explaining why those “simple fixes” had stalled, Vance described a broken system."
    assert spoken(text)[0].speaker.name == "Vance"
    assert spoken("By calling the levy “a tax on hope,” Moss won the room.")[0].speaker.name == "Moss"


def test_an_absolute_with_phrase_gives_its_infinitive_cue_the_name_it_opens_with():
    text = "The campaign has denied it, with Voss taking to Twitter to call the reporter “a total fraud.”"
    assert spoken(text)[0].speaker.name == "Voss"


def test_a_cue_in_an_opening_subordinate_clause_does_not_report_the_main_clause_quote():
    assert spoken("Although Moss criticized the plan, Lind said it was “a fair start.”")[0].speaker.name == "Lind"
    text = "While Moss has sharply condemned the plan, the unions who wrote to her on Friday say they are “worried.”"
    assert spoken(text)[0].speaker.mention == "the unions"
    assert spoken("As Moss said, “Nothing is settled.”")[0].speaker.name == "Moss"


def test_a_later_clause_with_its_own_subject_and_cue_reports_the_quote():
    for text in (
        "Moss criticized the plan, but Lind called it “a fair start.”",
        "Moss criticized the plan, while Lind called it “a fair start.”",
        "Moss criticized the plan even as Lind called it “a fair start.”",
        "Moss criticized the plan after Lind called it “a fair start.”",
        "Moss criticized the plan, which Lind had called “a fair start.”",
        "Moss praised Lind, who called the plan “a fair start.”",
    ):
        assert spoken(text)[0].speaker.name == "Lind", text
    # a relative clause the comma closes, or a verb with no subject of its own, does not
    text = "Lind delivered the sharpest line, telling Crane, who has mocked her record, that she had “built more fence.”"
    assert spoken(text)[0].speaker.name == "Lind"
    assert spoken("Ada Moss conceded the point but said the plan was “a fair start.”")[0].speaker.name == "Ada Moss"


def test_a_participle_phrase_inside_the_subject_leaves_the_phrase_it_modifies_as_speaker():
    assert spoken("A memo obtained by The Ledger says the agency had been “warned repeatedly.”")[0].speaker.mention == "A memo"
    text = "A summary released alongside the testimony said the group had posted “thousands of fake ads.”"
    assert spoken(text)[0].speaker.mention == "A summary"
    assert spoken("Officials briefed on the plan said it was “a long shot.”")[0].speaker.mention == "Officials"
    # an author's "by" still names who speaks
    assert spoken("A memo written by Ada Voss says the agency was “warned.”")[0].speaker.name == "Ada Voss"


def test_a_document_issued_in_a_verb_phrase_with_an_object_speaks_for_the_issuer():
    text = "Pollster Dan Fairley dismissed the numbers in a memo to reporters. The memo argued that voters “remain skeptical.”"
    assert spoken(text)[0].speaker.name == "Dan Fairley"


def test_reflexive_after_a_name_and_a_state_after_a_town_are_no_part_of_the_subject():
    assert spoken("Ada Voss spoke first. Voss herself called it “unfortunate.”")[0].speaker.mention == "Voss"
    text = "Four mayors left a meeting in Lake Tilden, Oregon, complaining that they had been invited to “a photo op.”"
    assert spoken(text)[0].speaker.mention == "Four mayors"


def test_and_said_after_a_quote_is_the_same_subjects_second_verb():
    text = "Ms. Marsh described the talks as “hard but not hopeless” and said the United States had offered “a fair path.”"
    assert spoken(text)[1].speaker.name == "Marsh"


def test_a_bodys_document_by_its_kind_speaks_for_the_body_named_last():
    text = "The Calder Institute released its poll Monday. The institute's report said the race had “settled into a tie.”"
    assert spoken(text)[0].speaker.name == "Calder Institute"
    assert spoken("Veltro Foods cut jobs. The company's chief said it was “painful.”")[0].speaker.name != "Veltro Foods"


def test_an_aside_opened_by_an_irregular_participle_keeps_the_name_as_the_sentence_subject():
    from quoteaudit.extract.subjects import main_subject

    text = "President Raymond Hollis spoke first. Hollis, given a minute to respond, shook his head."
    start = text.index("Hollis,")
    subject = main_subject(text, start, len(text) - 1, "")
    assert subject is not None and subject.mention == "Hollis"


def test_a_bodys_full_name_survives_a_party_word_and_an_and_inside_it():
    from quoteaudit.extract.mentions import classify

    assert classify("the Republican National Committee") == (SpeakerKind.ORGANIZATION, "Republican National Committee")
    assert classify("Sen. Ottilie Brandvold of Marrow County") == (SpeakerKind.NAMED, "Ottilie Brandvold")
    text = "In a statement, U.S. Immigration and Customs Enforcement said it was “disappointed” by the vote."
    assert spoken(text)[0].speaker.name == "U.S. Immigration and Customs Enforcement"
    assert spoken("Ana Ruiz and Acme Corp. said it was “a fair deal.”")[0].speaker.name != "Ana Ruiz and Acme Corp."


def test_a_pronoun_after_a_sentence_picks_up_the_speaker_of_its_later_clause():
    text = (
        "Sen. Dana Whitfield called the ruling “a disgrace,” while Sen. Alma Reyes of Vireo said it should "
        "prompt Congress to act. “Now we need to do our job,” she said."
    )
    assert spoken(text)[-1].speaker.name == "Alma Reyes"


def test_transcript_turns_after_a_quote_in_one_paragraph_are_labels():
    text = "Rep. Marla Quint asked Marsh about the family. Quint: “Then you know they are angry.” Marsh: “I know they are scared.”"
    assert [q.speaker.mention for q in spoken(text)] == ["Quint", "Marsh"]


def test_an_infinitive_cue_inside_a_sentence_has_the_clause_subject_when_it_is_a_person():
    text = "10:09 a.m. — Ranking member Rep. Gloria Atwater used her time to warn against “scoring political points.”"
    assert spoken(text)[0].speaker.name == "Gloria Atwater"
    assert all(q.speaker is None for q in quotes("The plan is to call it “Project Lantern.”"))


def test_a_relative_clause_pronoun_and_a_possessive_appositive_leave_the_right_subject():
    text = 'Pike accused Hagerty of backing "amnesty," a characterization he rejected, saying he had voted for "more agents."'
    assert spoken(text)[-1].speaker.mention == "he"
    assert spoken("Linda Reyes, his mother, 71, saw it differently: “Neil sounded tired.”")[0].speaker.name == "Linda Reyes"


def test_according_to_before_a_second_that_clause_leaves_the_quote_to_the_reporting_verb():
    text = "Ada Lind spoke first. She said the crew was safe, according to officials who visited them, and that talks were “serious and ongoing.”"
    assert spoken(text)[0].speaker.name == "Ada Lind"
    assert spoken("According to two aides, the senator was “furious.”")[0].speaker.mention == "two aides"


def test_a_who_after_a_thing_from_a_person_stands_for_the_person():
    assert spoken("The plan drew a sharp rebuke from Ada Moss, who called it “reckless.”")[0].speaker.name == "Ada Moss"
    text = "A state representative from Delaware County, who asked not to be named, called it “reckless.”"
    assert spoken(text)[0].speaker.name != "Delaware County"


def test_two_people_named_together_before_a_cue_speak_together():
    assert spoken("Both Moss and Lind called the plan “reckless.”")[0].speaker.name == "Moss and Lind"
    assert spoken("Moss met Lind and Ruiz said it was “over.”")[0].speaker.name == "Ruiz"


def test_commonwealth_titles_and_an_aside_closed_before_the_verb():
    text = "Independent MLA Priyabrata Swain described the result as “a wave nobody saw coming.”"
    assert spoken(text)[0].speaker.name == "Priyabrata Swain"
    assert spoken("One senior MP who backed Ellison said the result was “a disgrace.”")[0].speaker.mention == "One senior MP"
    text = "Justice Wanjiru Kimani, delivering the judgment on Thursday, said the errors were “so widespread.”"
    assert spoken(text)[0].speaker.name == "Wanjiru Kimani"


def test_a_noun_phrase_stops_at_a_sentence_end_and_keeps_a_number_with_a_comma():
    from quoteaudit.extract.mentions import classify, np_left

    text = "He is not a fan. Two former staffers from his House races"
    start, end = np_left(text, 0, len(text))
    assert text[start:end] == "Two former staffers from his House races"
    text = "But an internal survey of 1,200 members"
    start, end = np_left(text, 0, len(text))
    assert text[start:end] == "an internal survey of 1,200 members"
    assert classify("WPEX-TV")[0] is SpeakerKind.ORGANIZATION


def test_names_a_description_acronym_particle_or_possessive_document_stands_for():
    text = "Justice Wanjiru Kimani read the ruling. “An election is not a guessing game,” the judge said."
    assert spoken(text)[0].speaker.name == "Wanjiru Kimani"
    text = "Pieter van Doorn spoke first. Van Doorn added that the fund would “never be rolled over.”"
    assert spoken(text)[0].speaker.name == "Pieter van Doorn"
    text = "The Independent Electoral and Boundaries Commission (IEBC) was criticised. In a statement, the IEBC said it had “noted the judgment.”"
    assert spoken(text)[0].speaker.name == "Independent Electoral and Boundaries Commission"
    text = "Grant Ellison conceded late on Monday. “I gave it everything I had,” his statement read."
    assert spoken(text)[0].speaker.name == "Grant Ellison"
    text = "The Praja Vikas Party won 80 seats. The party's manifesto had promised “free bus travel.”"
    assert spoken(text)[0].speaker.name == "Praja Vikas Party"


def test_the_rules_in_force_are_read_once_per_article_and_heard_again_for_the_next(tmp_path, monkeypatch):
    import shutil

    from quoteaudit.rules import builtin_rules_dir, rules_dir_key, rules_read_once

    own = tmp_path / "rules"
    shutil.copytree(builtin_rules_dir(), own)
    with rules_read_once():
        monkeypatch.setenv("QUOTEAUDIT_RULES", str(own))
        assert rules_dir_key() != str(own)  # pinned while one article is read
    assert rules_dir_key() == str(own)  # the next article hears the change


def test_causes_from_set_15_outer_pronoun_superlative_noun_issuer_and_described_man():
    text = 'Jamal Whitaker, 41, said the room was split. He said he had told the group afterward: "Vote in whichever order you like."'
    assert spoken(text)[0].speaker.mention == "He"
    text = 'Asked about an ad that says she voted to "defund the sheriff," Halloway gave one of the longest answers of the morning.'
    assert all(q.speaker is None or "gave" not in q.speaker.mention for q in quotes(text))
    assert spoken('Ada Moss is a priest. "The sea gives," the priest said.')[0].speaker.mention == "the priest"
    text = 'The editor, Helen Marsh, said in a statement that the paper "stands behind every word." "We asked him three times," the statement said.'
    assert spoken(text)[-1].speaker.name == "Helen Marsh"
    text = 'A young man in a Carrow Falls Volunteer Fire Department T-shirt asked about grants. "We had to buy hoses," the man said.'
    assert spoken(text)[0].speaker.name == "the man"


def test_a_statement_issued_by_someone_set_off_by_an_aside_and_an_of_aside_after_a_described_name():
    text = "Sir Rodney Askew, who did not attend the count, issued a short statement. “I hope she will be a fine MP,” the statement said."
    assert spoken(text)[0].speaker.name == "Rodney Askew"
    text = (
        "The talks stalled. Political analyst Thabo Dlamini, of the Algoa Policy Institute, noted that the metro had had "
        "“seven mayors in eight years” and said residents were “tired of musical chairs.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Thabo Dlamini", "Thabo Dlamini"]


def test_people_in_someones_service_and_a_sentence_after_a_closing_fragment():
    assert spoken("Aides to Sen. Ada Moss said she was “furious.”")[0].speaker.mention == "Aides to Sen. Ada Moss"
    text = "Ann Lee told Tom Bell that the plan was “reckless.” He disagreed. “It is bold,” he said."
    assert [q.speaker.name for q in spoken(text)] == ["Ann Lee", "Tom Bell"]


def test_words_on_a_sign_or_shirt_are_written_not_spoken_whoever_the_sentence_is_about():
    text = "Outside, Ada Moss greeted supporters holding signs reading “Fund Our Schools” and “Budget Now, Not Later.”"
    assert spoken(text) == []
    text = "Supporters wore T-shirts reading “Sink the Sentinel,” Kinnear said the paper had “lied.”"
    assert [q.text for q in spoken(text)] == ["lied."]


def test_a_title_case_name_people_call_someone_and_a_fact_check_rating_are_not_speech():
    text = "Lt. Gov. Ray Okonkwo, whom colleagues call “the Closer,” brokered the final deal."
    assert spoken(text) == []
    assert spoken("The numbers leave out context. We rate this claim “Half True.”") == []


def test_a_first_name_with_an_age_is_a_person_and_a_name_after_the_is_none():
    text = (
        "Outside the Tri-County Feed & Supply, Earl, 71, a retired rail worker, loaded his truck. "
        "Earl said he was leaning toward the challenger. “I know what I got,” he said."
    )
    assert spoken(text)[0].speaker.name == "Earl"


def test_a_described_name_with_role_words_and_an_object_named_as_something():
    text = "Many voters were torn. Another caucusgoer, hog farmer Lyle Brandvold, said that “she spends more time on cable.”"
    assert spoken(text)[0].speaker.name == "Lyle Brandvold"
    text = "Halloway promised to “take a chainsaw to the rulebook,” mocked Sen. Delia Marchetti as “a very nice lady,” and left."
    assert [q.speaker.name for q in spoken(text)] == ["Halloway", "Halloway"]


def test_a_surnames_office_a_centre_by_its_kind_and_a_relative_it():
    text = "State Sen. Corbin Hale led the fight. Hale’s office said in a brief statement that the Senate would “meet its deadline.”"
    assert spoken(text)[0].speaker.name == "Corbin Hale’s office"
    text = "The Brookmere Center for Economic Policy studied the bill. In a report, the center found that leave would keep “140,000 workers” employed."
    assert spoken(text)[0].speaker.name == "Brookmere Center for Economic Policy"
    text = "A study found that one in six voters had switched, a rate it called “among the highest in the region.”"
    # (the study, not the voters; since finding verbs make research a source, its own mention
    # before "found" rather than the "it" of the clause inside its finding)
    assert spoken(text)[0].speaker.mention == "A study"


def test_a_speech_nouns_owner_before_a_colon_when_the_noun_is_addressed_to_someone():
    assert spoken("Tom Bell's message to voters was simple: “Vote.”")[0].speaker.name == "Tom Bell"


def test_a_headline_label_name_on_topic_is_the_name_alone():
    text = "Ada Moss on Tom Bell Leak to the Press: ‘Unethical’\n\nThe senator spoke on Monday."
    assert spoken(text)[0].speaker.mention == "Ada Moss"


def test_a_live_blog_time_stamp_opens_no_subject_and_a_colon_paragraph_needs_a_real_cue():
    text = "9:02 p.m. — Moderator Jillian Sato opened with a pointed question: “Governor, will you commit tonight?”"
    assert spoken(text)[0].speaker.name == "Jillian Sato"
    text = (
        "Warren Halloway spoke.\n\n9:34 p.m. — Halloway gave his longest answer of the night on energy prices:\n\n"
        "“When I became governor, we had families paying more.”"
    )
    assert spoken(text)[0].speaker.name == "Warren Halloway"


def test_its_document_speaks_for_the_body_and_the_one_asked_about_is_not_the_answerer():
    text = "The Justice Department sued the state in April. Its complaint describes the program as “an unlawful usurpation.”"
    assert spoken(text)[0].speaker.name == "Justice Department"
    text = (
        "Gov. Dale Whitcomb faced questions. His spokesman, Elliot Crane, defended him. "
        "Asked whether Whitcomb had approved the contracts, he said: “The governor approves many things.”"
    )
    assert spoken(text)[0].speaker.name == "Elliot Crane"


def test_a_reply_goes_to_the_person_the_asker_reached():
    text = (
        "Convention chair Rosalind Hatcher ruled the amendment out of order.\n\n"
        "Minutes later, floor reporter Colm Brennan reached the amendment’s sponsor, Ruth Abernathy-Cole, a delegate from Ohio. "
        "“Are you trying to embarrass the nominee?” Brennan asked. “No. I am keeping a promise,” she answered."
    )
    assert spoken(text)[-1].speaker.name == "Ruth Abernathy-Cole"


def test_a_described_person_with_a_place_in_the_description_is_no_named_place():
    from quoteaudit.extract.mentions import classify

    assert classify("Marchetti’s Wisconsin state director")[0] is SpeakerKind.ANONYMOUS
    assert classify("the Ohio state director")[0] is SpeakerKind.ANONYMOUS


def test_a_run_of_he_said_keeps_its_speaker_past_long_quotes():
    speech = " ".join(f"“Line {n} of the speech goes on and on about prices,” he said." for n in range(12))
    text = (
        "Garrett Hollis took the stage late. “You know what eggs cost?” he said.\n\n"
        f"{speech}\n\nThe crowd roared. Many people held signs.\n\n"
        "He then turned to his rival. He mocked her spending, which he put at “a billion dollars, practically.”"
    )
    assert spoken(text)[-1].speaker.name == "Garrett Hollis"


def test_a_study_by_a_firm_speaks_for_the_firm():
    from quoteaudit.extract.mentions import classify

    text = "A study by Pruitt Calder Associates, a consulting firm, found the stadium would bring “modest benefits at best.”"
    assert spoken(text)[0].speaker.name == "Pruitt Calder Associates"
    assert classify("accounting firm Hollis & Rand") == (SpeakerKind.ORGANIZATION, "Hollis & Rand")


def test_a_name_inside_an_aside_after_the_subject_is_not_the_subject():
    text = (
        "Elaine Marchetti and Garrett Hollis crisscrossed the states.\n\n"
        "Hollis, joined by his running mate, Dana Whitcomb, closed his campaign in Michigan. “Tomorrow, you get to fire them,” he told a crowd."
    )
    assert spoken(text)[0].speaker.name == "Garrett Hollis"


def test_a_description_with_a_named_owner_before_the_name_it_stands_for():
    text = (
        "Gov. Garrett Hollis spoke Sunday.\n\nWithin minutes of the broadcast, the Hollis campaign’s rapid-response director, "
        "Colby Strait, posted a clip on X. “Even her own surrogates admit it,” he wrote."
    )
    assert spoken(text)[0].speaker.name == "Colby Strait"


def test_a_later_clause_whose_subject_is_a_plural_noun_for_people_reports_the_quote():
    for text in (
        "Moss has insisted she is staying, even as aides privately say the math is “brutal.”",
        "Moss has insisted she is staying, but her aides say the math is “brutal.”",
    ):
        assert spoken(text)[0].speaker.mention in ("aides", "her aides"), text


def test_the_cue_trie_matches_what_the_plain_alternation_matches():
    import re

    from quoteaudit.extract.cues import trie_alternation

    words = frozenset({"say", "said", "says", "saying", "went on", "add", "added", "adds"})
    trie = re.compile(r"\b(" + trie_alternation(words) + r")\b", re.IGNORECASE)
    plain = re.compile(r"\b(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b", re.IGNORECASE)
    text = "He said it, she says so, and then went on saying it; Said nothing. He added: adds, add, sayings, saidx."
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in trie.finditer(text)][:3] == ["said", "says", "went on"]


def test_a_gerund_after_a_preposition_has_its_own_subject():
    cases = {
        "Critics slammed Senator Hale for saying the plan was “a gift to landlords.”": "Hale",
        "Voters were angry about Ruiz calling the levy “a bargain.”": "Ruiz",
        "Lind Moss drew boos over her saying the deal was “dead on arrival.”": "Lind Moss",
        "Hale was criticized by Democrats for saying the plan was “a gift.”": "Hale",
    }
    for text, name in cases.items():
        assert spoken(text)[0].speaker.name == name, text


def test_a_share_of_poll_respondents_is_a_group_that_speaks():
    text = "A new survey found voters split. However, 41 percent said the mayor was “honest,” while 30 percent disagreed."
    speaker = spoken(text)[0].speaker
    assert (speaker.mention, speaker.kind.value) == ("41 percent", "group")


def test_a_pronoun_after_a_participle_phrase_is_not_the_person_that_phrase_names():
    text = "Hanna Sorel opened the talks on Tuesday. Standing beside Arkady Belov, she told reporters the work needed “weeks, not days.”"
    assert spoken(text)[0].speaker.name == "Hanna Sorel"


def test_a_pronoun_goes_on_referring_to_whom_the_same_pronoun_before_it_did():
    text = (
        "Sen. Delia Marchetti said Sunday she had a list.\n\n"
        "She declined to confirm reports that Gov. Annika Ravel of Colorado is among the finalists. “I’m not going to do that,” she said."
    )
    assert spoken(text)[-1].speaker.name == "Delia Marchetti"
    # a name before that pronoun, in an opening clause, may still be whom it refers to
    text = "Arlo Brekke farms near Ames. When I called Brekke again this week, he said he was still undecided. “Tell her to come,” he said."
    assert spoken(text)[-1].speaker.name == "Arlo Brekke"


def test_an_inverted_description_then_a_name_with_an_age_or_a_workplace_names_that_person():
    cases = {
        "“He talks about towns like mine,” said a second voter, Raymond Ouellette, 71, a retired mill worker.": "Raymond Ouellette",
        "“Jobs announced are a promise,” said a second economist, Darnell Ruffin of the Prairie Institute.": "Darnell Ruffin",
    }
    for text, name in cases.items():
        assert spoken(text)[0].speaker.name == name, text


def test_mrs_with_the_surname_of_a_man_named_in_full_is_not_that_man():
    text = (
        "Mark Wexford struck a defiant tone on Monday.\n\n"
        "Mrs. Wexford, a retired schoolteacher, spent the weekend knocking on doors. “People here want to look you in the eye,” she said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Mrs. Wexford"]


def test_the_company_or_the_union_is_the_body_named_last_even_when_no_sentence_has_it_as_subject():
    text = (
        "Shares of Veltrane Semiconductor fell nearly 9% on Wednesday. In a statement, the company said it “remains confident.”\n\n"
        "About 2,300 workers at Hartwell Appliance Co.'s largest factory walked off the job. “We gave them every chance,” "
        "said Dara Okafor, president of United Fabrication Workers Local 812.\n\n"
        "The company said its offer held “the largest raise in our history.” “Local 812 is ready to bargain,” the union wrote."
    )
    names = [q.speaker.name for q in spoken(text)]
    assert names == ["Veltrane Semiconductor", "Dara Okafor", "Hartwell Appliance Co.", "United Fabrication Workers Local 812"]


def test_a_person_known_by_a_first_name_and_an_age_is_whom_a_pronoun_refers_to():
    lead = "Aurel Stanic said the road was closed. “It is closed,” Stanic said.\n\n"
    cases = {
        "Leyla, 38, fled with her three children on Friday. “He told me to go,” she said.": "Leyla",
        "Samir, a 61-year-old retired teacher, said he had lived through two sieges. “They let the bread through,” he said.": "Samir",
    }
    for text, name in cases.items():
        assert spoken(lead + text)[-1].speaker.name == name, text


def test_the_name_an_unnamed_person_gave_is_whom_the_description_and_pronoun_stand_for():
    lead = "Aurel Stanic said the road was closed. “It is closed,” Stanic said.\n\n"
    cases = {
        "Another man, who gave his name as Omar, pointed to the wall. “Everybody here wrote that,” he said.": "Omar",
        "One resident, identified only as Samir, said the shelling “never stops.”": "Samir",
        "A nurse, who gave only her first name, Leyla, said the ward was “full.”": "Leyla",
    }
    for text, name in cases.items():
        assert spoken(lead + text)[-1].speaker.name == name, text


def test_a_run_of_the_same_pronoun_keeps_the_person_named_before_it_in_view():
    text = (
        "Gov. Harlan Voss spoke first. “I waited,” Voss said.\n\n"
        "Her son, Kyle Koval, 34, said he had voted for Lind. “Voss will finish it,” Kyle Koval said.\n\n"
        "When Voss turned to Sen. Delia Marchetti, the Democratic nominee, the hall went quiet. He waved. “We don’t need to chant,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Harlan Voss"


def test_an_answer_is_not_given_to_the_unnamed_person_who_asked_the_question():
    text = (
        "Renata Sousa testified on Tuesday under questioning by a prosecutor.\n\n"
        "“I did, at his direction,” Sousa answered. “And whose direction was that?” the prosecutor asked. “Caspar Lind's,” she said."
    )
    assert spoken(text)[-1].speaker.name == "Renata Sousa"


def test_a_persons_own_document_speaks_for_that_person():
    text = "Gideon Farraday, an economist at Lisle College, studied the plan. Farraday's analysis said the plan “costs more than it saves.”"
    speaker = spoken(text)[0].speaker
    assert (speaker.mention, speaker.name, speaker.kind.value) == ("Farraday's analysis", "Gideon Farraday", "named")


def test_a_share_of_respondents_before_a_base_form_verb_is_its_subject():
    text = (
        "Forty-one percent of respondents said the remarks were “completely unacceptable,” while 31 percent call them “crude but typical.”"
    )
    assert [q.speaker.mention for q in spoken(text)] == ["Forty-one percent of respondents", "31 percent"]


def test_a_dateline_does_not_hide_the_subject_of_the_first_sentence():
    text = (
        "LISLE, July 25 (UPI) — The Harbor Party released a statement Monday, offering “a full and sincere apology” "
        "to Sen. Ada Moss after leaked emails showed staff mocking her."
    )
    assert spoken(text)[0].speaker.name == "Harbor Party"


def test_words_on_a_thing_named_right_after_them_are_not_speech():
    for text in (
        "Dana Pell took the stage at a rally in June, a “Talk Moss to Me” tote bag at her side, as hundreds cheered.",
        "Dana Pell wore a “Moss for Mayor” cap to the rally.",
    ):
        assert spoken(text) == [], text


def test_a_phrase_or_verdict_naming_the_quote_is_not_its_speaker():
    text = "Earl Whitcombe said a recruiter had told him the benefits were “good for life,” a phrase several other retirees repeated."
    assert spoken(text)[0].speaker.name == "Earl Whitcombe"
    text = 'Tobias Wexford spoke in Flint. Wexford offered a shorter verdict: "I\'d rather be us than them tonight."'
    assert spoken(text)[0].speaker.name == "Tobias Wexford"


def test_even_before_a_name_is_no_part_of_the_mention():
    text = "Even RNC Chairman Dale Whitcomb, who is officially neutral, was “thrilled by the turnout.”"
    assert spoken(text)[0].speaker.mention == "RNC Chairman Dale Whitcomb"


def test_an_owners_document_with_a_phrase_after_it_speaks_for_the_owner():
    text = (
        "Aldermoor Holdings Plc made a bid on Monday. Aldermoor's filing with the Securities and Exchange Commission on "
        "Wednesday said the company “reserves the right to pursue all alternatives.”"
    )
    assert spoken(text)[0].speaker.name == "Aldermoor Holdings Plc"


def test_a_subject_inside_someones_quote_is_no_one_a_pronoun_refers_to():
    text = (
        "“An officer fired, and aid was started at once,” Sgt. Lorraine Becket, a police spokeswoman, told reporters Sunday.\n\n"
        "Becket declined to identify the officer. “We understand the community has questions. We have questions too,” she said."
    )
    assert spoken(text)[-1].speaker.name == "Lorraine Becket"


def test_a_statement_speaks_for_the_person_who_said_in_a_statement_past_an_aside_not_for_a_month():
    text = (
        "Mayor Thomas Riordan, who proposed the spending plan in April, said in a statement that he would sign it. "
        "The statement called the final version “a responsible plan.”"
    )
    assert spoken(text)[0].speaker.name == "Thomas Riordan"


def test_mrs_with_a_clause_after_it_is_the_wife_named_by_her_first_name():
    text = (
        "Carter Whitlock conceded on Tuesday. Mr. Whitlock's wife, Caroline, stood beside him.\n\n"
        "Mrs. Whitlock, who rarely speaks publicly, told a friend he was “at peace with it.”"
    )
    assert spoken(text)[0].speaker.name == "Caroline Whitlock"


def test_a_thing_spelt_with_a_capital_is_no_speaker_and_no_antecedent():
    text = (
        "Carter Whitlock spoke in Reno. Later a young man in a “Climate Can’t Wait” T-shirt yelled something. "
        "This time Whitlock seemed to relish it. “Oh, here’s another one. Look at the shirt,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Carter Whitlock"


def test_a_pronoun_after_an_absolute_phrase_is_not_the_person_that_phrase_names():
    text = "Carter Whitlock did not concede. With Rep. Dana Ferrante standing silently beside him, he said that “this thing is not over.”"
    assert spoken(text)[0].speaker.name == "Carter Whitlock"


def test_according_to_a_description_then_a_name_names_that_person():
    text = "The plan was “dead on arrival,” according to her scheduler, Owen Brandt, who summed up the mood."
    speaker = spoken(text)[0].speaker
    assert (speaker.name, speaker.role) == ("Owen Brandt", "her scheduler")


def test_according_to_in_the_next_sentence_after_a_closed_quote_is_not_its_source():
    text = "Hale asked about the soldiers. Moss’s response was: “Is Dana Pell off Main or Elm?” Dana Pell is a gift shop in Lisle, according to its website."
    assert spoken(text)[0].speaker.name == "Moss"


def test_a_time_phrase_with_no_comma_does_not_hide_the_subject_after_it():
    text = (
        "Carter Whitlock spoke in Reno. “We will win,” said Tomas Alvarez, the party chairman.\n\n"
        "A young man in a “Climate Can’t Wait” T-shirt yelled something. This time Whitlock seemed to relish it. "
        "“Oh, here’s another one. Look at him. Look at the shirt,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Carter Whitlock"


def test_a_first_name_given_in_a_restrictive_clause_or_after_a_description_names_the_speaker():
    cases = {
        "A retired librarian who gave only her first name, Judith, 71, told the board the ban was “a done deal.”": "Judith",
        "A third, who identified himself only as Ray, 60, said the officer “was yelling so loud.”": "Ray",
        "Most gave only first names. A volunteer, Jamal, 22, said he gave up weekends “because she answered my email.”": "Jamal",
    }
    for text, name in cases.items():
        assert spoken(text)[0].speaker.name == name, text


def test_a_named_speaker_with_a_long_apposition_after_a_quote_that_opens_its_sentence():
    text = (
        "I like it. “It has the virtue of being responsible,” Leonard Burman, director of the centrist Lisle Tax Policy Center "
        "and a professor at the Dunmore School of Lisle University, said of Mrs. Moss's plan."
    )
    assert spoken(text)[0].speaker.name == "Leonard Burman"
    # inside a sentence, a long way after the quote, the name is the next clause's subject
    text = (
        "While Mr. Hale laid out a plan for “a simpler tax code,” Dana Pell, the surgeon whose own run rose "
        "in the spring polls and then slid back by the summer, warned of debt."
    )
    assert spoken(text)[0].speaker.name != "Dana Pell"


def test_two_named_people_after_role_words_speak_together_after_the_quote():
    text = "“Tritium would enable designs with a greater yield,” nuclear experts Dana Albright and Serena Kell wrote in September."
    speaker = spoken(text)[0].speaker
    assert (speaker.mention, speaker.name) == ("nuclear experts Dana Albright and Serena Kell", "Dana Albright and Serena Kell")


def test_a_title_case_headlines_subject_stops_at_the_name_the_story_gives():
    for headline in (
        "BOOM: Whitlock Taps Ferrante for VP, Says She’s ‘A Fighter’",
        "WATCH: Whitlock Snaps at Nurse Heckler, Tells Aide ‘Get Her Out’",
    ):
        text = headline + "\n\nCarter Whitlock named Dana Ferrante on Monday."
        speaker = quotes(text)[0].speaker
        assert (speaker.mention, speaker.name) == ("Whitlock", "Carter Whitlock"), headline


def test_a_long_fragment_ending_a_bare_sentence_carries_on_the_reporter_before_it():
    text = (
        "Like many local volunteers, Jahan Pell said she was angered by the networks calling the race early. "
        "Doing that “looked like a plan to tilt the vote before it was counted.” She thinks Moss could have won."
    )
    assert spoken(text)[0].speaker.name == "Jahan Pell"


def test_his_wife_is_the_woman_who_shares_his_surname():
    text = (
        "On a humid evening, Constance Aylward stood at the edge of a field. “I'll miss this,” she said.\n\n"
        "“Connie never once took credit,” said Dr. Mei-Lin Foster, chair of the biology department.\n\n"
        "Her husband, Walter Aylward, a retired geologist, has come along for decades. “I hold the flashlight,” Walter Aylward said. "
        "His wife laughed. “He's being modest,” she said."
    )
    assert spoken(text)[-1].speaker.name == "Constance Aylward"


def test_a_quote_carrying_on_after_an_answer_keeps_the_answers_person():
    text = (
        "Gov. Raymond Thale took questions for 40 minutes on Tuesday.\n\n"
        "“Will you release the emails?” a reporter asked. “Because there aren't any,” he said. “You can file a records request.”"
    )
    assert [q.speaker.name for q in spoken(text)][1:] == ["Raymond Thale", "Raymond Thale"]


def test_first_between_a_subject_and_its_verb_is_no_part_of_the_mention():
    text = "At 2 p.m., Tesselate's status page first acknowledged “degraded performance in some regions.”"
    assert spoken(text)[0].speaker.mention == "Tesselate's status page"


def test_the_hospital_is_the_medical_center_named_before():
    text = (
        "Nurses at St. Brigid's Regional Medical Center walked out on Monday. “We are tired,” said nurse Ana Ruiz.\n\n"
        "The hospital said it had brought in “experienced replacement staff.”"
    )
    assert spoken(text)[-1].speaker.name == "St. Brigid's Regional Medical Center"


def test_a_national_statement_speaks_for_the_body_whose_name_opens_with_that_word():
    text = (
        "The Dravenian Ministry of Foreign Affairs answered within hours. "
        "“The other side has chosen theater over facts,” the Dravenian statement said."
    )
    assert spoken(text)[0].speaker.name == "Dravenian Ministry of Foreign Affairs"


def test_a_place_after_a_role_is_not_the_speakers_name():
    from quoteaudit.extract.mentions import classify

    assert classify("Velmora’s ambassador in Lesk") == (SpeakerKind.ANONYMOUS, "Velmora’s ambassador in Lesk")
    assert classify("workers at Veltro Foods")[0] is SpeakerKind.ORGANIZATION  # a body after a role is still the body


def test_a_statement_is_not_issued_by_the_object_before_a_participle():
    text = (
        "Lusandia's Foreign Ministry on Thursday lodged a protest over drills near the disputed Corvo Shoals, saying in a statement "
        "that they were “a deliberate provocation.”\n\nThe statement, issued after midnight, said frigates had entered “the twelve-mile zone.”"
    )
    assert spoken(text)[-1].speaker.name == "Lusandia's Foreign Ministry"


def test_a_reported_answer_after_a_question_is_not_the_question_s_attribution():
    text = (
        "On the show on Monday, the host, Paula Reyes-Mott, put the question to Rep. Celia Dunmore, the running mate: "
        "“Have you listened to the full recording yet, Congresswoman?” Dunmore said she had not. “Walt talks like a builder,” she said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Paula Reyes-Mott", "Celia Dunmore"]


def test_the_one_who_called_out_a_question_is_not_who_answers_it():
    text = (
        "Gov. Raymond Thale took questions for 40 minutes on Tuesday.\n\n"
        "“Why won't you release your own emails?” a reporter called out as the governor gathered his notes. He turned back. "
        "“Because there aren't any,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Raymond Thale"


def test_a_memo_dated_and_signed_by_someone_speaks_for_the_signer():
    text = (
        "A memo dated March 14 and signed by Deputy Commerce Secretary Lorne Abernathy tells evaluators to apply a new rule. "
        "The memo said the change was needed “to ensure that northern counties are not left behind.”"
    )
    assert spoken(text)[0].speaker.name == "Lorne Abernathy"


def test_a_name_with_an_appositive_opens_the_clause_before_a_later_name():
    text = (
        "Jonathan Reyes-Baird spoke first; his daughter, Mia, 12, hid in a closet. “She thought she would die,” he said.\n\n"
        "Kendra Olufemi, a nurse and the mother of two students, said she had spoken with the school's principal, Martin Hale, "
        "the morning after the drill. She said he had told her the decision was “above my pay grade.”"
    )
    assert spoken(text)[-1].speaker.name == "Kendra Olufemi"


def test_a_preposition_opening_a_sentence_is_no_part_of_a_name():
    from quoteaudit.extract.people import people_in

    text = "Tavita Loreni traveled far. Beside Loreni stood the minister, Sefa Malaki-Ruen."
    assert "Beside Loreni" not in [p[0] for p in people_in(text)]


def test_a_description_with_a_capitalised_modifier_then_a_name_is_the_subject():
    text = (
        "At the diner, opinions split. “He's our loudmouth,” said Cheryl Dunning, 52, a home health aide. And Bev Dunning, 77, "
        "Cheryl's mother-in-law, said she had not decided: “I liked it better when they argued.”\n\n"
        "“This is the county that tells you who wins,” said county Republican Chairman Leon Marsh.\n\n"
        "His Democratic counterpart, Rita Albanese, said turnout would decide the race here. "
        "“If our people stay home, we lose. Simple as that,” she said."
    )
    assert spoken(text)[-1].speaker.name == "Rita Albanese"


def test_a_run_of_the_same_pronoun_keeps_people_in_view_but_not_things_or_places():
    text = (
        "Gov. Dale Hanley spoke in Reno on Monday. “We will build it,” Hanley said.\n\n"
        "The governor opted not to take money from Tern County or Lisle Harbor, an idea that angered Republicans. "
        "But he showed no worry about the delay. “That part hardly matters to me,” he said."
    )
    assert spoken(text)[-1].speaker.name != "Lisle Harbor"
    text = (
        "Tyler Shields took the photo. This is not the first time Shields' photos caused uproar. He took a photo of an actress "
        "with bruises. The photo was criticized for making light of abuse.\n\nAs for his work with Griffin, he doesn't regret it. "
        "“I love the idea we have freedom of speech,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Tyler Shields"


def test_a_named_speakers_own_question_does_not_make_them_the_one_who_is_answered():
    text = (
        "Corwin Vale would not quit the race on Tuesday.\n\n"
        "“Why won't Ada Marsh mind her own campaign and leave mine to me?” Vale went on.\n\n"
        "He said later that Dana Pell had phoned him and urged him to “think hard about leaving.”"
    )
    assert spoken(text)[-1].speaker.name == "Corwin Vale"


def test_a_sentence_reporting_someone_else_between_two_quotes_hands_on_the_next_quote():
    text = (
        "“The queue was out the door by seven,” said Piet Varga, 58, who had come for his prescription. "
        "Another customer, Noor Ellison, said she sided with the pharmacists. “They have always looked after my "
        "mother. If they say they are short-handed, I believe them.”"
    )
    first, second = spoken(text)
    assert first.speaker.name == "Piet Varga"
    assert second.speaker.name == "Noor Ellison"


def test_a_narrative_sentence_between_two_quotes_keeps_the_last_speaker():
    text = "“The queue was out the door by seven,” said Piet Varga. He shrugged. “It happens every winter.”"
    assert [q.speaker.name for q in spoken(text)] == ["Piet Varga", "Piet Varga"]


def test_a_speech_word_after_a_common_possessive_is_a_noun_not_the_cue():
    text = (
        "Ohio’s state auditor, Carl Zeller, told The Columbus Herald that the women’s claims were "
        "“a fuss over nothing” and said that Mr. Dane had done nothing “wrong or unlawful.”"
    )
    first = spoken(text)[0]
    assert first.speaker.name == "Carl Zeller"


def test_a_description_set_off_before_a_name_lets_a_later_description_find_that_person():
    text = (
        "A spokesman for Larchmont General Hospital in Eastvale, Tobias Wren, said four patients were kept in.\n\n"
        "“We opened a second ward within the hour,” the spokesman said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Tobias Wren"


def test_a_district_attorney_is_the_prosecutor_described_later():
    text = (
        "Assistant District Attorney Nadia Voss told the judge the fire had been planned for weeks.\n\n"
        "“Nothing about this was impulsive,” the prosecutor said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Nadia Voss"


def test_a_warning_speaks_for_the_body_that_issued_it():
    text = (
        "The Coastal Weather Service issued a gale warning for the bay on Monday. “Seas of 12 feet are expected by dusk,” the warning said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Coastal Weather Service"


def test_quoted_sentences_do_not_hide_the_body_whose_post_it_is():
    text = (
        "Deputies from the Marlow County Sheriff’s Office searched the marsh overnight.\n\n"
        "The office posted a photo of the missing kayak on Thursday. “Have you seen this boat? Red hull, white stripe. "
        "Call us,” the post said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Marlow County Sheriff’s Office"


def test_a_description_repeating_the_end_of_a_body_name_is_that_body():
    text = (
        "The Brindle Valley Fire Department sent nine engines to the blaze.\n\n"
        "“Crews held the ridge line through the night,” the fire department said in an update."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Brindle Valley Fire Department"


def test_a_definite_description_reporting_in_between_does_not_hide_the_named_person():
    text = (
        "“It jumped the river before dawn,” Harlan County Fire Chief Odette Marsh told reporters.\n\n"
        "The chief said crews had pulled back from the ridge twice. “I will not send anyone up a road with one way out,” the chief said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Odette Marsh", "Odette Marsh"]


def test_a_council_member_title_is_not_part_of_the_name():
    text = "City Councilmember Orla Penhale said the ward had waited years. “We keep hearing ‘next year,’” she said."
    (q,) = spoken(text)
    assert q.speaker.name == "Orla Penhale"


def test_a_release_that_opens_the_sentence_is_the_subjects_release():
    text = (
        "In a news release sent just after 3 p.m., Quarry Bay Fire Rescue said crews reached the plant at 9:05 a.m.\n\n"
        "“Chlorine at these levels can sting the eyes and throat,” the release said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Quarry Bay Fire Rescue"


def test_a_first_name_no_census_list_knows_still_tells_its_gender():
    text = (
        "Police Chief Gideon Vale spoke after Sergeant Ruth Okafor. Okafor, standing beside the chief, said the van "
        "had been found. Asked about a motive, the chief deferred to her. “It is too early to say,” she said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Ruth Okafor"


def test_sentences_inside_a_quote_do_not_push_the_narrative_out_of_view():
    text = (
        "“We grew barley for forty years,” Ines Corvo said.\n\n"
        "The best supporting actress prize went to Maud Ferrant for her role as a lighthouse keeper. "
        "“I have played nurses for twenty years. At last someone let me steer the ship,” she told the audience."
    )
    assert spoken(text)[-1].speaker.name == "Maud Ferrant"


def test_a_subject_of_the_other_gender_leaves_the_person_named_after_it_in_view():
    text = (
        "“The joints have to be tight,” Paul Brenner said.\n\n"
        "Lena Dorsey will run the workshop when Otto Halvard retires, a word he treats with suspicion. "
        "“Retire to do what?” he said."
    )
    assert spoken(text)[-1].speaker.name == "Otto Halvard"


def test_the_elder_of_a_family_is_the_family_member_the_pronoun_fits():
    text = (
        "Greta Lindqvist, 26, beat Amal Haddou in the semifinal. Her sister Sofi Lindqvist, 22, won the other one. "
        "Haddou was gracious. “She hits harder than anyone,” she said.\n\n"
        "Asked whether her record gave her an edge, the elder Lindqvist shook her head. “Records are for statisticians,” she said."
    )
    assert spoken(text)[-1].speaker.name == "Greta Lindqvist"


def test_a_question_verb_before_a_surname_is_no_part_of_the_name():
    text = (
        "Rosalind Achebe left the quartet in 2021.\n\n"
        "Does Achebe miss the old repertoire? She does not pause. “Every night. I just do not miss who I was then.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Rosalind Achebe"


def test_a_name_introduced_as_a_company_is_nobody_a_she_stands_for():
    text = (
        "Ottilie Brand left the choir in 2018. “I needed quiet,” she says.\n\n"
        "Brand starts a 20-city tour in Leeds next month. Her booking agency, Copper Gate Artists, said in a statement "
        "that demand had been “beyond anything we expected for a first solo run.”\n\n"
        "As I go, she is already back at the piano in the hall. “Come back when the dishes are done,” she calls out."
    )
    assert spoken(text)[-1].speaker.name == "Ottilie Brand"
    assert spoken(text)[1].speaker.kind is SpeakerKind.ORGANIZATION


def test_a_number_with_thousands_separators_stays_inside_the_mention():
    text = "A poll of 2,400 voters found that the bypass was “a step too far.”"
    (q,) = spoken(text)
    assert q.speaker.mention == "A poll of 2,400 voters"


def test_a_lead_in_sentence_after_an_earlier_quote_names_its_own_speaker():
    text = "“Decent of him, whatever happens,” wrote one reader under the post. Another was less kind: “Then sign the deal.”"
    assert [q.speaker.mention for q in spoken(text)] == ["one reader under the post", "Another"]


def test_a_feature_names_the_speaker_right_after_the_words():
    text = (
        "“Nobody counted the chairs,” Vic Moreau said.\n\n"
        "“You learned to carry four plates on one arm. Nobody ever dropped one twice.” That was Ilona Dusk, who waited "
        "tables there until it closed. “I tell my students I worked in logistics.”\n\n"
        "“Who pays for the bus on Fridays?” The question came from Petra Lom, the mother of a third-grader."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Vic Moreau", "Ilona Dusk", "Ilona Dusk", "Petra Lom"]


def test_a_first_name_a_profile_uses_puts_that_person_in_view():
    text = (
        "Solenne Marchal opened the bakery in 2015. Her mother, Agathe Marchal, still lives in Rouen.\n\n"
        "Agathe Marchal has eaten there twice. “Too much sugar,” her mother says, and Solenne, listening from the door, "
        "does not argue.\n\n"
        "Back in the cold room, the tally comes out short, and Solenne shuts the door with her shoulder. "
        "“Flour does not care about reviews,” she says."
    )
    assert spoken(text)[-1].speaker.name == "Solenne Marchal"


def test_a_document_that_reports_is_no_antecedent_for_she():
    text = (
        "Wilhelmina Roe, a cellist who ran a free music school, died Sunday. Her first job came at 16, according to a "
        "1972 profile in the Dunmore Gazette. She ignored the manager, the profile noted. “I never smiled on cue,” she said later."
    )
    assert spoken(text)[-1].speaker.name == "Wilhelmina Roe"


def test_a_bullet_run_into_a_flattened_paragraph_still_leads_in_its_quote():
    text = "The survey firms were not wrong, only early. -More from Fairbanks and Oduya: “Our panel data shows both issues mattered.”"
    (q,) = spoken(text)
    assert q.speaker.mention == "Fairbanks and Oduya"


def test_a_clause_after_comma_when_starts_the_speakers_clause():
    text = "The acclaim came in 2019, when Tamsin Vale, the food critic of the Harbor Ledger, wrote that dinner felt “like a secret the tide had kept.”"
    (q,) = spoken(text)
    assert q.speaker.mention == "Tamsin Vale"


def test_grumbles_and_deadpans_are_speech_verbs():
    text = "Otis Brandt ran the stall with his wife. “Five in the morning,” he grumbles. “Every day,” she deadpans."
    assert [q.speaker.mention for q in spoken(text)] == ["he", "she"]


def test_a_role_of_a_body_is_a_person_and_a_name_after_it_is_theirs():
    text = (
        "Shortly after midnight, the president of the Harbor Council, Annelie Brandt, posted on X: “Good progress tonight. Not there yet.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Annelie Brandt"
    from quoteaudit.extract.mentions import classify

    assert classify("the chairwoman of the Senate Finance Committee")[0] is SpeakerKind.ANONYMOUS


def test_a_full_name_of_a_firm_names_the_person():
    text = "“Short reports are not audits,” said Yusuf Barrington of Leyland Capital, who rates the stock a buy."
    (q,) = spoken(text)
    assert q.speaker.name == "Yusuf Barrington"
    assert q.speaker.kind is SpeakerKind.NAMED


def test_an_analysts_firm_is_not_the_company_the_story_is_about():
    text = (
        "Harlow Dynamics raised its forecast on Tuesday. “Demand is strong,” said its chief executive, Maren Ostby.\n\n"
        "The first question came from Kevin Amsel, an analyst at Torrance Securities. A second analyst, Priya Nandakumar "
        "of Bellweather Capital, asked about pensions.\n\n"
        "In its earnings release, the company said revenue rose 19 percent. The release said steel supply "
        "“remains the largest constraint on output.”"
    )
    assert spoken(text)[-1].speaker.name == "Harlow Dynamics"


def test_a_present_participle_phrase_after_the_subject_is_not_the_speaker():
    text = "The Bank of Lorvia raised its rate on Thursday. The statement accompanying the decision said the rate was “near the level required.”"
    (q,) = spoken(text)
    assert q.speaker.mention == "The statement"
    assert q.speaker.name == "Bank of Lorvia"


def test_it_after_a_document_speaks_for_the_documents_issuer():
    survey = (
        "Confidence fell in March, according to a survey released on Tuesday by the Guild of Small Traders.\n\n"
        "The survey found that 41 percent of owners expected worse conditions. It said owners were “wary of borrowing at these rates.”"
    )
    assert spoken(survey)[-1].speaker.name == "Guild of Small Traders"
    filing = (
        "Ashby & Crane, the furniture chain, filed for bankruptcy late Sunday.\n\n"
        "The filing, in the bankruptcy court in Delaware, listed debts of $2 billion. It said the chain had been “squeezed from every side.”"
    )
    assert spoken(filing)[-1].speaker.name == "Ashby & Crane"


def test_a_persons_statement_letter_or_post_speaks_for_them_by_full_name():
    statement = (
        "Sen. Howard Pembury faced the crowd last week.\n\n"
        "In a statement on Monday, Pembury said his answer had been “accurate but cold.” “I was short with her,” the statement said."
    )
    assert spoken(statement)[-1].speaker.name == "Howard Pembury"
    letter = (
        "In a letter to staff posted on the company's website, the interim chief executive, Frances Holm, wrote that she was "
        "“heartbroken for every colleague.” “We will come out of this smaller,” the letter said."
    )
    assert spoken(letter)[-1].speaker.name == "Frances Holm"
    post = (
        "Finance Minister Tobias Rell deleted a social media post late Tuesday.\n\n"
        "The post, published on X at 10:14 p.m., read in part: “Markets will adjust to a weaker mark by autumn.”"
    )
    assert spoken(post)[-1].speaker.name == "Tobias Rell"


def test_an_accented_first_name_still_tells_its_gender():
    text = (
        "The outgoing finance minister, Jörg Halbach, told ARD the figures were “not wrong, just incomplete.”\n\n"
        "The Greens' co-leader, Mareike Sonne, was more guarded. Standing beside Halbach at a news conference, she said "
        "her party was “not waiting by the phone.” “If they call, we will answer,” she said."
    )
    assert spoken(text)[-1].speaker.name == "Mareike Sonne"


def test_an_appositive_to_the_object_of_an_opening_participle_is_not_the_subject():
    text = (
        "The rail minister, Lucy Farrow, gave evidence on Tuesday.\n\n"
        "Asked by Owen Pell, the Labour MP for Dunmore East, whether she had read it, Ms Farrow said she had not. "
        "“I wish I had,” she told him."
    )
    assert spoken(text)[-1].speaker.name == "Lucy Farrow"
    from quoteaudit.extract.mentions import classify

    assert classify("the Labour MP for Dunmore East")[0] is SpeakerKind.ANONYMOUS


def test_a_name_set_off_after_a_present_tense_clause_is_its_object_not_its_subject():
    text = (
        "Foster Gale, the former council president, faces Ada Rowe in the runoff.\n\n"
        "9:42 p.m. — Gale takes the lead. Election analyst Martin Kowal, watching from our newsroom: “This is what the Gale camp wanted.”\n\n"
        "10:05 p.m. — Gale arrives at his party and speaks briefly, standing beside his wife, Corinne Gale, a pediatrician. "
        "“Whatever happens tonight, this city showed up,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Foster Gale"


def test_a_person_noun_named_x_opening_the_clause_is_x():
    text = (
        "“The numbers moved fast,” said Tomasz Ridel, the firm’s director of polling.\n\n"
        "The man who filmed the crash, a Millbrook Junction resident named Paulo Fenwick, watched the House vote on his phone. "
        "“I just pointed my phone out the window,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Paulo Fenwick"
    board = "“The numbers moved fast,” said Tomasz Ridel.\n\nThe board named Ada Lind chief executive on Monday. “We grew fast,” he said."
    assert spoken(board)[-1].speaker.name != "Ada Lind"


def test_papers_from_a_person_speak_for_that_person():
    text = "The senator’s campaign was, according to Cold War-era documents from Marguerite D. Vale, “a circus with a budget.”"
    (q,) = spoken(text)
    assert q.speaker.name == "Marguerite D. Vale"


def test_a_name_given_only_in_the_mentions_own_aside_is_that_persons():
    text = (
        "A woman who lives above the bakery said she heard a bang. “It did not even slow down,” said the woman, "
        "who gave her name only as Marisa."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Marisa"


def test_a_capitalised_alert_opening_a_post_is_no_speaker_label():
    text = (
        "The Marlow County Sheriff’s Office began posting orders shortly after 10 p.m. “EVACUATION ORDER: Linden Flats "
        "and all homes on Mill Road. Leave NOW,” the office wrote."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the office"


def test_an_inverted_subject_with_a_relative_clause_is_still_the_subject():
    text = "“Nobody warned us,” said a man who would give only his first name, Russ. “We heard the sirens first.”"
    first = spoken(text)[0]
    assert first.speaker.mention == "a man" and first.speaker.name == "Russ"
    assert spoken("“Nobody warned us,” said a woman who would not give her name.")[0].speaker.mention == "a woman"


def test_a_two_word_owner_before_a_role_and_a_name_is_a_description():
    text = "Screen Ledger’s chief critic, Harriet Quaine, was warmer, describing the director as “the surest new voice in years.”"
    (q,) = spoken(text)
    assert q.speaker.name == "Harriet Quaine"


def test_a_bodys_own_report_speaks_for_the_body():
    text = "The Office for Fiscal Oversight's accompanying report said the plan would lift “around 900,000 people” out of poverty."
    (q,) = spoken(text)
    assert q.speaker.name == "Office for Fiscal Oversight"
    assert q.speaker.kind is SpeakerKind.ORGANIZATION


def test_a_possessive_description_then_a_name_carries_into_a_second_verb():
    text = (
        "Opening the session, the committee’s chairwoman, Dame Rosa Hexley, said riders had been “treated as unpaid "
        "testers” and asked the minister: “When did you know?”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Rosa Hexley", "Rosa Hexley"]
    report = "The company's annual report, filed in November, warned that “a few customers account for most sales.”"
    assert spoken(report)[0].speaker.name != "November"


def test_the_same_document_again_speaks_for_the_same_issuer():
    text = (
        "The Bank of Lorvia raised its rate on Thursday. The written statement accompanying the decision said the rate was "
        "“near the level required.”\n\n"
        "The decision passed by five votes to two. The statement said two members wanted “clearer evidence of cooling.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Bank of Lorvia", "Bank of Lorvia"]


def test_a_document_named_by_a_body_kind_speaks_for_that_body():
    text = (
        "Researchers at the Tarn Climate Institute have measured the glacier since 1990.\n\n"
        "An institute report published in January said the ice would “largely vanish before 2050.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Tarn Climate Institute"


def test_a_single_name_opening_a_bodys_name_is_that_body_for_the_company():
    text = (
        "Solvane Holdings lost a fifth of its value on Monday after a short seller, Grayfin Research, published a report.\n\n"
        "Solvane disputed the report on Tuesday. “Our figures are audited,” the company said."
    )
    assert spoken(text)[-1].speaker.name == "Solvane Holdings"


def test_a_comma_and_a_new_subject_open_the_last_cues_own_clause():
    text = (
        "The hall clapped when Mayor Ruiz thanked the volunteers and said it was good to be home, a man near the back shouted “Sit down!”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "a man near the back"
    relative = "Tate spoke first and said the plan was sound, which Ruiz called “a gamble.”"
    assert spoken(relative)[0].speaker.name == "Ruiz"


def test_a_place_preposition_stays_inside_the_subject():
    assert spoken("A man near the back shouted “Sit down!”")[0].speaker.mention == "A man near the back"
    assert spoken("Two women behind the barrier yelled “Let us through!”")[0].speaker.mention == "Two women behind the barrier"
    opening = "Inside, Mara Quist told the volunteers, “You did this, not me.”"
    assert spoken(opening)[0].speaker.name == "Mara Quist"


def test_a_share_of_a_relative_pronoun_opens_a_clause_with_its_own_subject():
    text = (
        "Aides say any push to force him out could backfire, angering his voters and Mr. Ames, both of which Mrs. Lind "
        "praised Tuesday “for keeping us honest about money in politics.”"
    )
    assert spoken(text)[0].speaker.name == "Lind"


def test_a_possessive_and_an_adjective_make_a_speech_word_a_noun():
    text = "Now Lind is doing the right things, condemning Ross's taped remarks about nurses and urging members to “vote your conscience.”"
    assert spoken(text)[0].speaker.mention != "Ross's taped"
    office = "A summary released by Amari's office describes the bill as “a floor, not a ceiling.”"
    assert spoken(office)[0].speaker is not None  # "office describes": a noun, then the verb


def test_a_subordinate_clause_with_a_name_and_appositive_has_its_own_subject():
    text = (
        "Governor Tate signed an order on Monday to block the plan, while Mary Lunde, the former Utah senator, proposed "
        "we “sit down and read the thing first.”"
    )
    assert spoken(text)[0].speaker.name == "Mary Lunde"
    second = "Tate said the plan was sound, while Mary Lunde, the former Utah senator, called it “a trap.”"
    assert spoken(second)[0].speaker.name == "Mary Lunde"


def test_with_and_a_name_before_and_is_no_absolute_phrase():
    text = "Lind spent the week on the road, meeting with Ross and urging members to “vote your conscience.”"
    assert spoken(text)[0].speaker.mention != "Ross and"


def test_a_title_with_of_state_before_a_name_is_one_phrase():
    assert spoken("“We need trucks,” Secretary of State Ada Corwin said.")[0].speaker.name == "Ada Corwin"
    assert spoken("“We need trucks,” Secretary of State Ada Corwin told the council.")[0].speaker.mention == "Secretary of State Ada Corwin"


def test_a_hyphenated_un_title_and_its_portfolio_are_no_name():
    text = "“We need trucks,” Under-Secretary-General for Relief Affairs Dariela Montfort told the council. “People are dying.”"
    assert [q.speaker.name for q in spoken(text)] == ["Dariela Montfort", "Dariela Montfort"]


def test_a_contrast_after_a_quote_opens_a_clause_with_its_own_described_subject():
    text = (
        "Ostravia's envoy, Pieter Lund, called the vote “a shame,” while Kestrania's ambassador, Yelena Marchuk, said "
        "the council should “stop talking and start paying.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Pieter Lund", "Yelena Marchuk"]


def test_a_document_issued_after_an_event_is_the_subject():
    text = "The final communique issued after the meeting said the nine members “share a goal of cheaper power.”"
    assert spoken(text)[0].speaker.mention == "The final communique"
    civil = "Vance, a clerk, became the best-known civil servant in town since she testified that her boss told her to “find the points.”"
    assert spoken(civil)[0].speaker.mention == "she"


def test_a_body_with_a_that_clause_before_the_verb_is_the_subject():
    text = "The observer mission that has watched the border since 2009 said in a short statement that it was “aware of the reports.”"
    assert spoken(text)[0].speaker.mention == "The observer mission"
    determiner = "Salcedo says Kelsey Dunmore shook her head during that exchange and told him, “We are angry.”"
    assert spoken(determiner)[0].speaker.mention != "her head"


def test_a_capitalised_plural_role_is_a_group_not_a_she():
    text = (
        "Vasquez-Hale is charged with theft. Prosecutors say she drained the board’s “rainy-day” reserve.\n\n"
        "Under questioning from her lawyer, Tomas Reyes, she described a meeting. “He shut the door and said nobody could "
        "know,” she told jurors."
    )
    quotes = spoken("“I did what I was told,” Noreen Vasquez-Hale said from the stand.\n\n" + text)
    assert quotes[-1].speaker.name == "Noreen Vasquez-Hale"
    assert quotes[1].speaker.kind is SpeakerKind.GROUP


def test_a_name_between_two_asides_after_a_description_is_the_speaker():
    text = "“People were crying in that room,” the jury foreperson, Marisol Escobedo, a 44-year-old nurse, said. “Nobody slept.”"
    assert [q.speaker.name for q in spoken(text)] == ["Marisol Escobedo", "Marisol Escobedo"]


def test_and_its_described_officer_after_a_quote_opens_a_new_subject():
    text = "The Sheriffs Association called the ruling “a gift to criminals,” and its president, Chief Warren Abbot, said officers would “adapt.”"
    assert [q.speaker.name for q in spoken(text)] == ["Sheriffs Association", "Warren Abbot"]


def test_one_of_them_then_role_words_and_a_name_is_that_person():
    text = "Many residents came. One of them, retired librarian Opal Fairweather, said she felt “vindicated, and a little sick.”"
    assert spoken(text)[0].speaker.name == "Opal Fairweather"


def test_who_after_a_name_and_its_description_stands_for_the_name():
    text = (
        "The pick drew a swift reply from former Senator Ross Kane of Missouri, the Republican nominee, who wrote that "
        "Ms. Tolver had “picked a running mate who voted against every bill.”"
    )
    assert spoken(text)[0].speaker.name == "Ross Kane"


def test_a_first_name_ending_in_ed_opens_a_subject():
    text = (
        "Harlan Voss ran the plan. He laughed about it.\n\n"
        "At a senior center in Henderson, Nev., Wilfred Amankwah, 77, a retired bus driver, watched one clip. "
        "“He thinks we're a line item,” he said."
    )
    assert spoken(text)[0].speaker.name == "Wilfred Amankwah"


def test_a_quote_after_a_lead_in_colon_with_no_closing_comma_takes_no_later_attribution():
    text = "Kane wrote on X: “Shelby wiped the floor with him. #VPDebate” Marian Tolver answered with a post: “Proud of Ezra.”"
    assert [q.speaker.name for q in spoken(text)] == ["Kane", "Marian Tolver"]
    told = "Kane seemed to suggest it was settled: “She signed the deal,” he told the Ledger."
    assert spoken(told)[0].speaker.mention == "he"


def test_a_fact_check_is_a_document_that_speaks():
    text = "A fact-check rated that claim misleading. The fact-check concluded that the ad “leaves out the two largest bills.”"
    assert spoken(text)[0].speaker.mention == "The fact-check"


def test_a_description_ending_in_named_and_a_name_is_that_person():
    text = "Seven said Whitlock won. One of them, a 29-year-old warehouse supervisor named Trey Lindqvist, said Rowntree was “sharper.”"
    assert spoken(text)[0].speaker.name == "Trey Lindqvist"


def test_a_second_that_clause_after_a_quote_keeps_its_reporter():
    text = (
        "A company spokeswoman, Priya Dandekar, told the Courier that Stanmore was “weighing all options,” and that the "
        "company had told the congressman's office it would “respond in due course.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Priya Dandekar", "Priya Dandekar"]


def test_a_double_first_name_keeps_both_names():
    text = "Turnout was low. Its director, Sue Ann Petrakis, told reporters the count had been “clean and on schedule.”"
    assert spoken(text)[0].speaker.name == "Sue Ann Petrakis"
    assert spoken("“We lost,” Farmer Joel Ankrum said.")[0].speaker.name == "Joel Ankrum"


def test_an_indefinite_description_named_at_its_end_is_that_person():
    text = "At a watch party, a 70-year-old retiree named Bernice Oakes told me she liked Lindqvist “fine.”"
    assert spoken(text)[0].speaker.name == "Bernice Oakes"


def test_according_to_after_an_aside_with_its_own_clause_is_not_the_quotes_source():
    text = (
        "Mr. Vane also said that Ms. Achter had “voted to raise your taxes fourteen times,” a figure that counts several "
        "procedural votes, according to a review of her House record."
    )
    assert spoken(text)[0].speaker.name == "Vane"


def test_a_participle_and_by_before_a_quoted_title_leave_the_source():
    text = "He said the majority hinged on “about 18 districts,” according to a transcript published by “The Margin Call,” a show."
    assert spoken(text)[0].speaker.mention == "a transcript"


def test_a_study_speaks_for_whoever_published_the_trial_it_names_again():
    text = (
        "Air cleaners cut absences by 15 percent, according to a randomized trial published Wednesday by researchers at "
        "the Ostrander School of Public Health.\n\nThe study found that rooms with the devices had “roughly half the fine particles.”"
    )
    assert spoken(text)[-1].speaker.name == "Ostrander School of Public Health"


def test_a_memo_someone_sent_speaks_for_them():
    text = "The provost, Dr. Elaine Marchetti-Osei, sent a memo to faculty on Friday. The memo said the university would “review its procedures.”"
    assert spoken(text)[0].speaker.name == "Elaine Marchetti-Osei"


def test_a_report_from_a_body_described_in_lower_case_speaks_for_it():
    text = (
        "A report from the state fire marshal’s office was entered into evidence. The report concluded the fire was “rapid and atypical.”"
    )
    assert spoken(text)[0].speaker.name == "state fire marshal’s office"


def test_a_transcript_circulated_by_a_party_speaks_for_the_party():
    text = "He told a union audience that “the party forgot how to talk to people,” according to a transcript circulated by the Montana Democratic Party."
    assert spoken(text)[0].speaker.name == "Montana Democratic Party"


def test_a_quote_ending_the_sentence_before_does_not_drop_this_sentences_first_cue():
    text = (
        "“I look at red lights every night,” Doak said. “And nobody asked me.” Doak said Hadfield had assured her the "
        "turbines would be “quiet as a refrigerator.”"
    )
    assert spoken(text)[-1].speaker.name == "Doak"


def test_a_cue_inside_a_relative_aside_gives_way_to_the_main_verb():
    text = "The outage ran all day. Another user, who said they ran systems for a bank, wrote that the updates were “useless.”"
    assert spoken(text)[-1].speaker.mention == "Another user"


def test_a_time_between_a_subject_and_its_verb_is_no_part_of_the_subject():
    text = "Both spoke on Sunday. Obama last year explained that he refuses to use the term “radical Islam” at all."
    assert spoken(text)[0].speaker.mention == "Obama"


def test_two_roles_joined_after_a_possessor_are_one_description():
    text = "Protesters were led out. “We hear you,” Castellan’s chairman and chief executive, Franklin Oduya, said from the stage."
    assert spoken(text)[0].speaker.name == "Franklin Oduya"


def test_a_person_of_a_body_described_in_lower_case_is_the_person():
    text = "“Twenty-seven percent is not nothing,” countered Maria Anand-Morales of the proxy adviser Glasswing Partners."
    assert spoken(text)[0].speaker.name == "Maria Anand-Morales"


def test_an_aside_naming_a_documents_issuer_speaks_for_it():
    text = (
        "The seasonal outlook, issued by the Rocky Range Coordination Center, said the risk of “above-normal fire potential” would spread."
    )
    assert spoken(text)[0].speaker.name == "Rocky Range Coordination Center"
    study = "The study, by atmospheric researchers at Carrow State University, estimated that “emissions are twice the inventory.”"
    assert spoken(study)[0].speaker.name == "Carrow State University"
    obtained = "“We are treating Crane like a novelty act,” the email, obtained by The Ledger, said."
    assert spoken(obtained)[0].speaker.name != "Ledger"


def test_a_spaced_hyphen_opens_the_quotes_own_clause_as_a_dash_does():
    text = "Lind proposed a debate on April 4 - but the Voss campaign rejected the idea as “ludicrous” because of the final."
    assert spoken(text)[0].speaker.mention == "the Voss campaign"


def test_a_full_name_then_who_with_no_comma_speaks_the_quote_its_verb_opens():
    text = "The best reply was this post from Rikkie Walls who tweeted, “U see @edhenry, staff never pay attention to rules.”"
    q = spoken(text)[0]
    assert (q.speaker.mention, q.speaker.name) == ("who", "Rikkie Walls")
    later = "Rep. Dale Huxley, the Texas Republican who wrote the provision, said the senator was “misreading the bill.”"
    assert spoken(later)[0].speaker.name == "Dale Huxley"


def test_a_first_name_someone_asked_to_be_used_is_their_name():
    text = (
        "Preston Hale runs the plant. A pipefitter outside the hall, who asked that only his first name, Darnell, be used, "
        "said his wife had heard the tape. “She said they're laughing at us,” he said."
    )
    assert spoken(text)[0].speaker.name == "Darnell"


def test_a_survey_released_last_week_by_a_body_speaks_for_it():
    text = "A survey released last week by the Halvorsen Institute found the two candidates “statistically tied in Ohio.”"
    assert spoken(text)[0].speaker.name == "Halvorsen Institute"


def test_a_she_named_in_the_next_sentences_is_that_person():
    text = (
        "The woman running the session had one rule for the eight voters. “Nobody here is wrong,” she told them.\n\n"
        "She is Tamsin Hargreave, a partner at Northgate Research."
    )
    assert spoken(text)[0].speaker.name == "Tamsin Hargreave"


def test_a_portfolio_after_a_title_is_no_part_of_the_name_a_pronoun_finds():
    text = (
        "“We need trucks,” Under-Secretary-General for Humanitarian Affairs Dariela Montfort told the council.\n\n"
        "After the session, Montfort told reporters she was not seeking a resolution. “I came for trucks,” she said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Dariela Montfort", "Dariela Montfort"]


def test_a_description_ending_in_named_after_an_inverted_cue_names_the_speaker():
    text = "Three students skipped exams. “If we don't come now, then when?” asked one of them, a 20-year-old student named Ilka."
    assert spoken(text)[0].speaker.name == "Ilka"


def test_a_noun_for_the_words_then_a_subject_opens_the_last_cues_clause():
    text = (
        "Zarkhan's Defense Ministry said Sunday its troops had repelled an attack, a claim Belmarin's Foreign Ministry "
        "quickly dismissed as “a fabrication from start to finish.”"
    )
    assert spoken(text)[0].speaker.name == "Belmarin's Foreign Ministry"


def test_a_clause_reported_after_a_question_answers_it_and_does_not_ask_it():
    text = (
        "Chief Judge Brennan pressed Dallimore near the end: “Doesn't the state have an interest here?” Dallimore said the "
        "state shared that interest “without reservation.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Brennan", "Dallimore"]


def test_his_relative_by_first_name_shares_the_last_mans_surname():
    text = (
        "Among the farmers, Ron Kinsey said he liked the governor. His wife, Roberta, was less sure. "
        "“I'm here because Ron drove,” she said."
    )
    assert spoken(text)[0].speaker.name == "Roberta Kinsey"


def test_a_party_tag_closing_a_name_after_a_description_keeps_the_name():
    text = "Two lawmakers spoke. A second lawmaker, Rep. Anita Brook (R-Ohio), said the party had to “stop pretending.”"
    assert spoken(text)[0].speaker.name == "Anita Brook"


def test_a_city_and_state_abbreviation_before_a_capital_end_the_sentence():
    text = (
        "“I found out from my bank,” said Dennis Aldana, a line cook in Tucson, Ariz. Priya Ramaswamy, who runs a "
        "business in Raleigh, N.C., that uses the service, said she was busy. “They want to know if they get paid,” she said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Dennis Aldana", "Priya Ramaswamy"]
    assert len(RulesAnnotator().annotate("Residents of Tucson, Ariz. said the water was brown.").sentences) == 1


def test_a_capital_letter_after_a_lower_case_word_ends_the_sentence_it_closes():
    text = (
        "“We call it what it is,” the guild said in a statement posted on X. The union’s president, a reporter named "
        "Luis Ferreira, said members would strike. “We are not going to let them do this quietly,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Luis Ferreira"
    assert len(RulesAnnotator().annotate("John F. Kennedy spoke in Dallas.").sentences) == 1


def test_a_body_word_closing_a_compound_name_makes_a_body():
    text = "The Ashford NewsGuild, which represents 120 journalists, answered within the hour. “We will fight,” he said."
    assert spoken(text)[0].speaker.name != "Ashford NewsGuild"


def test_a_dash_may_close_a_lead_in_sentence_as_a_colon_does():
    text = "“I want the same chance,” she said. Her father, standing beside her, was brief — “We stay out until it’s fair.”"
    assert spoken(text)[-1].speaker.mention == "Her father"
    aside = "The provisions — “one on roving authority and the other on business records” — expire in May."
    assert all(q.speaker is None for q in quotes(aside))


def test_a_subordinate_clause_after_a_comma_has_its_own_described_subject():
    text = (
        "Senators accused Vantix of abusing its power, as the company's chief executive insisted before a Senate panel that "
        "the market was “fiercely competitive.”"
    )
    assert spoken(text)[0].speaker.mention == "the company's chief executive"


def test_his_relative_with_a_modifier_by_first_name_shares_his_surname():
    text = (
        "“It’s a lot of work,” said Corey Albers, watching his 12-year-old daughter, Kinsley, steer a pig.\n\n"
        "Kinsley, who later took second in her class, was less philosophical: “He was tired and so was I.”"
    )
    assert spoken(text)[-1].speaker.name == "Kinsley Albers"


def test_a_review_of_something_by_a_journal_speaks_for_the_journal_and_stops_at_the_sentence_end():
    text = (
        "Much of it was made abroad, according to a review of the Kessick Organization’s retail catalog by the trade "
        "journal Home Goods Monthly. The review found that “at least 43 percent was made elsewhere.”"
    )
    assert spoken(text)[0].speaker.name == "Home Goods Monthly"


def test_a_capitalised_word_ending_in_ed_is_no_participle_before_a_role_and_name():
    text = "The shelter opened at noon. Red Cross spokeswoman Danielle Okoro said it could hold 350 people. “We have cots,” she said."
    assert spoken(text)[0].speaker.name == "Danielle Okoro"


def test_a_rank_described_by_its_word_is_a_person_a_pronoun_finds():
    text = (
        "Inspector Graham Lytton led the search. Neil Ostrander, the driver, was unhurt.\n\n"
        "The inspector appealed for dashcam footage. “If you were on the road, please get in touch,” he said."
    )
    assert spoken(text)[0].speaker.name == "Graham Lytton"


def test_a_plain_cue_with_a_place_or_time_closes_an_attribution_after_a_full_stop():
    assert spoken("The plan drew fire. “This is a power grab.” Voss said on Tuesday.")[0].speaker.name == "Voss"
    # (only a plain cue: "“…” Okafor quoted from the study five times." is another sentence)
    text = "A study by Calder found the plan would yield “modest benefits at best.” Okafor quoted from the study five times."
    assert spoken(text)[0].speaker.name != "Okafor"


def test_two_titled_names_after_a_quote_speak_together_without_their_titles():
    text = "The plan drew fire. “This is a power grab,” House Speaker Ann Voss and Senate Leader Tom Bell said in a statement."
    assert spoken(text)[0].speaker.name == "Ann Voss and Tom Bell"


def test_chants_are_words_their_owner_said():
    text = "Supporters filled the ballroom after the polls closed. But their chants of “Lind! Lind! Lind!” were cut short."
    assert spoken(text)[0].speaker.mention == "their"


def test_someone_who_declined_to_comment_said_nothing():
    text = (
        "In a letter dated Thursday, Fennwick Ventures wrote that the company had “burned through capital” and that the firm "
        "would write its stake down to “effectively zero.” A Fennwick partner, Douglas Ahn, who sat on the board, declined to comment."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Fennwick Ventures", "Fennwick Ventures"]


def test_the_guild_is_the_body_whose_compound_name_ends_in_guild():
    text = "The Ashford NewsGuild, which represents 120 journalists, answered within the hour. “We call it what it is,” the guild said."
    assert spoken(text)[0].speaker.name.endswith("Ashford NewsGuild")


def test_a_memo_someone_told_staff_about_on_a_weekday_speaks_for_them():
    text = (
        "The paper will stop printing on Mondays, its editor, Naomi Farrow, told staff on Wednesday in a memo. "
        "The memo read in part: “This is the hardest note I have written.”"
    )
    assert spoken(text)[0].speaker.name == "Naomi Farrow"


def test_a_couple_named_by_two_first_names_and_one_surname_are_two_people():
    text = (
        "Kylie and Jason Merritt, who lost an $86,000 deposit, read statements. "
        "‘We were meant to move in by Christmas,’ Ms Merritt told the court."
    )
    assert spoken(text)[0].speaker.name == "Kylie Merritt"
    council = "Council members Tom Kessler and Ana Paredes voted no. “It was built on sunshine,” Paredes said."
    assert spoken(council)[0].speaker.name == "Ana Paredes"


def test_a_broadcaster_title_before_a_name_is_a_role():
    text = "The ferry was late again. Presenter Kirsty Dunbar asked him: “Can you promise a date?”"
    assert spoken(text)[0].speaker.name == "Kirsty Dunbar"


def test_a_speech_word_in_s_after_many_is_a_plural_noun_not_a_verb():
    # "states" after "many coastal" is the plural noun: it must not stand as a cue before the
    # quote and keep the sentence-final "said NAME" from attributing it
    text = (
        "The river authority has angered many coastal states, and it has taken a “hard line” in its talks "
        "with the growers, said Mira Delacroix, a water economist at Halden University."
    )
    assert spoken(text)[0].speaker.name == "Mira Delacroix"
    plain = "Several reports, and the court's own filings, used the word “negligent,” said Olu Banjo, a lawyer for the families."
    assert spoken(plain)[0].speaker.name == "Olu Banjo"


def test_a_quote_opened_by_a_connective_continues_the_speaker_before():
    text = (
        "Mr. Vance rose to speak. He said, “Nobody in this county, who is a first offender, has ever gone to jail.” "
        "Indeed, “We list in our filing twelve cases far worse than this one and none ended in prison.”\n\n"
        "Vance finally sat down. He had finished."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Vance", "Vance"]


def test_a_sentence_after_an_abbreviation_keeps_its_own_cue():
    # "the U.S. While …" ends a sentence: the cue of the sentence before ("called") must not
    # take the quote from this sentence's own subject
    text = (
        "Last month Dole called to halt grain sales to the U.S. While Lund has rejected that plan, "
        "the unions who wrote to the mayor on Friday say they are “alarmed your office is sending mixed signals.”"
    )
    assert spoken(text)[0].speaker.mention == "the unions"


def test_after_a_relative_clause_closes_its_antecedent_speaks_on():
    # quotes inside "who …" are the relative pronoun's; once a comma closes the clause, the
    # main clause's subject (the name "who" hangs from) speaks the quotes after it
    text = (
        "At the rally, Dana Roy, who has called the mayor “a serial liar” and “a menace” whose budget “will ruin the port,” "
        "plainly wanted the crowd to “remember” him and “vote him out.”"
    )
    assert [q.speaker.mention for q in spoken(text)] == ["who", "who", "who", "Dana Roy", "Dana Roy"]


def test_a_relative_clause_without_a_comma_stays_inside_the_subject():
    # the list inside "which gathers …" brings commas of its own; the subject is still the
    # noun before "which", not the last noun of the clause
    text = (
        "The poll which gathers the views of farmers, traders and others in the nine provinces, said most farms were in a “fragile state.”"
    )
    assert spoken(text)[0].speaker.mention == "The poll"
    # a relative clause with a subject of its own is no part of the speaker's phrase
    other = "It is a harbor that the former mayor, Ines Brandt, called “a gift to the smugglers.”"
    assert spoken(other)[0].speaker.name == "Ines Brandt"


def test_a_bureau_or_tribunal_spoken_of_by_its_kind_is_the_one_named():
    text = "The Harbor Safety Bureau fined the ferry line on Monday. The bureau said riders “were never told the risk.”"
    assert spoken(text)[0].speaker.name == "Harbor Safety Bureau"
    ruling = "The Rowing Conduct Tribunal banned the coach for a year. The tribunal's 30-page decision called his account “not credible.”"
    assert spoken(ruling)[0].speaker.name == "Rowing Conduct Tribunal"


def test_a_review_or_a_studio_is_a_body_that_no_pronoun_stands_for():
    # "Kirkus"-style names ending in Reviews, Pictures, Press are bodies: "she" skips them
    text = (
        "The novelist Ines Varga met me at her kitchen table. Larchfield Reviews called the book “patient and funny.” "
        "Does she read her reviews? “Only the bad ones,” she said."
    )
    assert spoken(text)[1].speaker.name == "Ines Varga"
    museum = (
        "The Harbourside Museum of Modern Art took the painting down on Monday. "
        "In a statement, the museum said it was “reviewing the label.”"
    )
    assert spoken(museum)[0].speaker.name == "Harbourside Museum of Modern Art"


def test_a_possessive_description_of_a_body_gives_way_to_the_name_set_off_after_it():
    text = "In a filing last month, Marsh's company, Tollgate Management, argued that the logo was “a legitimate asset.”"
    assert spoken(text)[0].speaker.name == "Tollgate Management"


def test_a_description_named_a_paragraph_or_two_later_is_that_person():
    # a lede's "its chief executive" is named, by title, two paragraphs down
    text = (
        "Veltrane cut its forecast on Tuesday, and its chief executive warned investors that a recovery would take "
        "“at least two more quarters” to arrive.\n\nThe company reported revenue of $2 billion.\n\n"
        "Chief Executive Mara Quint said on a conference call that the slowdown was “temporary.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Mara Quint", "Mara Quint"]


def test_an_infinitive_in_a_later_clause_belongs_to_that_clause_s_subject():
    text = (
        "Mara Vela and Peter Ash took questions. “We have not chased volume with price,” Ash said, "
        "before Vela cut in to say the company “won’t buy market share with margin.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Peter Ash", "Mara Vela"]
    then = "Peter Ash spoke first, and then Mara Vela stood up to say the company “won’t buy market share.”"
    assert spoken(then)[0].speaker.name == "Mara Vela"


def test_a_lawmaker_s_party_and_state_set_off_after_the_name_keep_the_name_the_subject():
    text = (
        "“It is a fair result,” she said. Sen. Hal Quist, Republican of Kansas, took the opposite view, "
        "accusing regulators of “punishing a firm for the color of a button.”"
    )
    assert spoken(text)[1].speaker.name == "Hal Quist"


def test_rank_words_and_a_given_honorific_are_no_part_of_a_name():
    text = "Trooper First Class Lydia Santa said the truck drifted left. ''The barrier slowed it down,'' Santa said."
    assert spoken(text)[0].speaker.name == "Lydia Santa"
    given = "A woman near the front, who gave her name only as Mrs. Pruitt, said, “Seventy-two hours is too long.”"
    assert spoken(given)[0].speaker.name in ("Pruitt", "Mrs. Pruitt")


def test_a_sentence_of_the_writer_s_keeps_the_person_before_it_in_view():
    # "I asked her …" names nobody new: "she" is still the woman of the sentence before
    text = (
        "Gloria Fenske has waited tables at the diner since 1988. Nick Papadakis owns it.\n\n"
        'A nursing student, Danielle Okoro, said she wrote her thesis in the corner booth: "They never asked me to leave."\n\n'
        "Near midnight, Papadakis turned off the grill and Fenske started stacking chairs on the tables. "
        'I asked her what she would do next. "Sleep until Thursday," she said.'
    )
    assert spoken(text)[1].speaker.name == "Gloria Fenske"


def test_a_company_led_by_someone_and_its_short_name_with_a_which_clause_are_the_company():
    # "the founder and chief executive of Tallow Home Aides" names a company whatever its last
    # word; "Tallow, which employs …, said" is that company, nearer than the agency before it
    text = (
        "Agents arrested the founder of a home-care chain on Monday, the FBI said.\n\n"
        "Victor Castel, 52, the founder and chief executive of Tallow Home Aides, was charged with fraud. "
        "“This was a scheme,” the FBI said in a statement.\n\n"
        "Tallow, which employs about 900 people across 14 offices, said its board had placed Castel on leave. "
        "“Our aides will keep showing up,” the company's statement said."
    )
    assert spoken(text)[-1].speaker.name == "Tallow Home Aides"


def test_a_first_name_given_after_two_descriptions_is_who_he_is():
    text = (
        'Police Chief Dennis Vollmer said two men had argued in the parking lot. "We do not know why yet," Vollmer said.\n\n'
        "Another witness, a bowler who gave only his first name, Marcus, said the argument had started over a spilled drink. "
        '"It was nothing. It was a drink," he said.'
    )
    assert spoken(text)[1].speaker.name == "Marcus"


def test_a_surname_before_the_same_pronoun_is_the_namesake_of_its_gender():
    text = (
        "State Sen. Maren Tolliver has spent a year on the road. Her aide, Priya Dalvani, runs the schedule. "
        '"She never stops," Dalvani said.\n\nTheir son, Jonah Tolliver, 26, drives her between events.\n\n'
        'When I read Tolliver the line about the spreadsheet, she was quiet for a moment. "Theo is right that people want a fight," she said.'
    )
    assert spoken(text)[1].speaker.name == "Maren Tolliver"


def test_the_recipient_of_a_letter_did_not_issue_it():
    text = (
        "In a letter to her brother, Samuel, dated March 1979, she wrote: “The soil here smells like rain.”\n\n"
        "In 1983 the journal turned her paper down. The rejection letter called the findings “of limited general interest.”"
    )
    assert spoken(text)[1].speaker.name != "Samuel"


def test_a_short_name_stands_for_the_longer_one_given_before():
    text = "The Halden Comets signed Tara Marrow to a new deal. The Comets said in a statement that she was “the heart of this team.”"
    assert spoken(text)[0].speaker.name == "Halden Comets"
    house = "The White House sent the bill back. The House said it would “take it up again.”"
    assert spoken(house)[0].speaker.name != "White House"


def test_the_newspaper_is_the_outlet_named_before():
    text = "The talks were first reported on Tuesday by the Harbor Ledger. The newspaper said the sides had “largely agreed on a price.”"
    assert spoken(text)[0].speaker.name == "Harbor Ledger"


def test_a_university_and_a_department_of_something_are_the_bodies_named_before():
    campus = (
        "Police cleared the camp at Westbrook State University on Friday. In a post on X, the university said it had “offered dialogue.”"
    )
    assert spoken(campus)[0].speaker.name == "Westbrook State University"
    report = (
        "Scores rose, according to test results released Thursday by the state Department of Education.\n\n"
        "“The recovery is real in math,” the department’s report said."
    )
    assert spoken(report)[0].speaker.name == "Department of Education"


def test_a_long_title_chain_before_a_name_still_introduces_the_person():
    text = (
        "“We were pushed here,” Harlow City Teachers Association President Yolanda Brice told reporters.\n\n"
        "The district said it would “reach out tomorrow,” while Brice said the union would be “at the table the minute they call.”"
    )
    assert spoken(text)[-1].speaker.name == "Yolanda Brice"


def test_a_title_that_opens_with_under_is_a_title():
    text = "The agency paused interest.\n\n“Borrowers should not pay for our delays,” Under Secretary of Labor Colleen Marr said on a call."
    assert spoken(text)[0].speaker.name == "Colleen Marr"


def test_a_body_s_notice_speaks_for_the_body_named_before():
    text = (
        "WASHINGTON — The Labor Department said Tuesday that it would stop charging the fee.\n\n"
        "The department’s notice said the pause would apply to “any worker with a complete claim.”"
    )
    quote = spoken(text)[0]
    assert quote.speaker.name == "Labor Department" and quote.speaker.kind.value == "organization"


def test_the_group_is_the_body_named_last_but_not_a_council():
    text = (
        "Rev. Ada Tennant, who leads Open Door Street Ministry, said her group was weighing a legal challenge. "
        "The Grant City Council approved the ban in May. In a post on Tuesday, the group wrote: “Where are people supposed to sleep?”"
    )
    assert spoken(text)[0].speaker.name == "Open Door Street Ministry"


def test_a_company_named_like_a_person_with_no_first_name_is_the_company():
    text = (
        "DENVER — Meridian Skyways canceled more than 2,300 flights over three days.\n\n"
        "“We fell short of what our customers expect,” the airline said in a statement."
    )
    assert spoken(text)[0].speaker.name == "Meridian Skyways"
    person = "DENVER — Maria Skyways canceled her flights.\n\n“We fell short,” the airline said in a statement."
    assert spoken(person)[0].speaker.name != "Maria Skyways"


def test_a_complaint_filed_in_a_court_by_a_group_is_that_group_s():
    text = (
        "The 84-page complaint, filed in U.S. District Court by the Eastside Clean Water Alliance and two other groups, asks a judge to stop the work.\n\n"
        "The complaint says the state relied on forecasts that “assume, without evidence, that more pipes mean less flooding.”"
    )
    assert spoken(text)[0].speaker.name == "Eastside Clean Water Alliance"


def test_a_dated_document_of_a_named_body_speaks_for_it():
    text = "The railroad kept its records private, though a 2022 Federal Transit Administration review report described “worn and loose fasteners.”"
    assert spoken(text)[0].speaker.name == "Federal Transit Administration"


def test_the_agency_is_the_body_named_with_and_or_of_before():
    border = "U.S. Customs and Border Protection said the app was down. Visits would be “rescheduled on a priority basis,” the agency said."
    assert spoken(border)[0].speaker.name == "U.S. Customs and Border Protection"
    food = "The Food and Drug Administration announced the recall. The agency said buyers “should throw them away.”"
    assert spoken(food)[0].speaker.name == "Food and Drug Administration"
    two = "Ana Ruiz and Acme Foods sued. The company said the deal was “void.”"
    assert spoken(two)[0].speaker.name == "Acme Foods"


def test_a_body_named_with_for_is_a_body():
    text = (
        "The figures come from the Center for Court Access Data, a research group. "
        "The group's latest report found that applicants were “nearly five times as likely” to win with a lawyer."
    )
    assert spoken(text)[0].speaker.name == "Center for Court Access Data"


def test_a_survey_of_a_count_released_by_a_body_is_that_body_s():
    text = (
        "A survey of 2,000 adults released Tuesday by the Pantry Shoppers Institute found that most had switched brands. "
        'The survey found that shoppers were "trading down, not cutting out."'
    )
    assert spoken(text)[0].speaker.name == "Pantry Shoppers Institute"


def test_people_of_a_body_issue_its_document():
    text = (
        "In a report released last week, agricultural economists at Western Plains State University estimated the loss at $610 million. "
        "The report warned that “the effects on main streets will lag the harvest.”"
    )
    assert spoken(text)[0].speaker.name == "Western Plains State University"
    letter = "The letter released Tuesday by the faculty at Halden College called the plan “a betrayal of the poor.”"
    assert spoken(letter)[0].speaker.name.endswith("Halden College")


def test_the_writer_s_question_about_him_keeps_the_man_before_it_in_view():
    text = (
        "Retired postman Geoff Tull, 71, put it bluntly. “I've watched this team for 55 years,” he told me.\n\n"
        "I put the question to Marcus Adeyemi-Hart, the former opener who now commentates on radio. "
        "Did he buy the rebuild? “Rebuilding is what you call it when you don't have a plan,” he said."
    )
    assert spoken(text)[1].speaker.name == "Marcus Adeyemi-Hart"


def test_a_review_in_an_outlet_is_the_outlet_s():
    text = "When she arrived in 1985, a review in the Harbor Ledger called her debut “brisk to the point of rudeness.”"
    assert spoken(text)[0].speaker.name == "Harbor Ledger"


def test_a_public_body_named_as_someone_s_affiliation_is_the_department_spoken_of():
    text = (
        '"By the time we pulled up, the house was involved," said Battalion Chief Owen Marchetti of the Corvale Township Fire Department.\n\n'
        'In a post on its accounts Tuesday, the department wrote: "Space heaters need three feet of clearance."'
    )
    assert spoken(text)[1].speaker.name == "Corvale Township Fire Department"


def test_words_that_came_from_someone_are_theirs():
    text = (
        'The mayor repeated it on Monday. The "two million jobs" figure originally came from the Ross campaign, which printed it on flyers.'
    )
    assert spoken(text)[0].speaker.name == "Ross campaign"


def test_a_second_verb_of_a_described_and_named_subject_keeps_the_name():
    text = "A spokesperson for Lund, Leah Castor, said the senator “has never described it that way” and called the account “creative.”"
    assert [q.speaker.name for q in spoken(text)] == ["Leah Castor", "Leah Castor"]


def test_a_child_called_by_first_name_alone_is_who_the_pronoun_means():
    text = "Harvest week\n\nMateo carried the lantern to the shed. “Are the lambs asleep yet?” he whispered."
    assert spoken(text)[0].speaker.name == "Mateo"
    place = "Harvest week\n\nGeorgia passed the bill in March. “It is a start,” she said."
    assert spoken(place)[0].speaker.name == "she"  # a census name that is also a state is no person


def test_two_described_parties_before_said_are_the_speaker_together():
    text = "Ferry deal\n\n“The crossing reopens Monday,” the pilots’ guild and the harbor board said in a joint statement."
    assert spoken(text)[0].speaker.mention == "the pilots’ guild and the harbor board"
    mixed = "Ferry deal\n\n“The crossing reopens Monday,” the mayor and Harbor Master Inez Pold said."
    assert spoken(mixed)[0].speaker.mention == "the mayor and Harbor Master Inez Pold"


def test_the_owner_of_a_relative_who_opens_a_sentence_stays_in_view_for_her_pronoun():
    text = (
        "Old mill\n\nGreta Lindqvist unlocks the mill at dawn. “It creaks,” she says.\n\n"
        "Pastor Noam Vanhala, 41, came last year. “I wanted a small parish,” Vanhala says.\n\n"
        "Lindqvist’s father, Arvid Lindqvist, ran the mill until 1980. She remembers him whistling at work. "
        "“He sang over the noise of the stones,” she says."
    )
    assert spoken(text)[2].speaker.name == "Greta Lindqvist"


def test_canon_before_a_name_is_a_title_not_a_first_name():
    text = (
        "Chapter vote\n\nThe Rev. Canon Petra Holm, who chairs the chapter, backed the dean. "
        "Holm said the vote was close. “We argued for three hours,” she said."
    )
    speaker = spoken(text)[0].speaker
    assert speaker.name == "Petra Holm"


def test_a_body_named_with_to_or_for_is_the_subject_that_speaks():
    text = "Press freedom\n\nThe Committee to Shield Reporters said in a statement that the arrest was “part of a pattern.”"
    assert spoken(text)[0].speaker.name == "Committee to Shield Reporters"
    council = "Coup\n\nThe National Council for Unity and Renewal said in a statement that elections would come “in due course.”"
    assert spoken(council)[0].speaker.name == "National Council for Unity and Renewal"
    # (a person's role before a body is still a person: "the president of the Harbor Council")
    role = "Vote\n\nThe president of the Harbor Council said the vote was “a formality.”"
    assert spoken(role)[0].speaker.kind is SpeakerKind.ANONYMOUS
    # two people joined by "and" are no body's name: the first stays the subject read, as before
    pair = (
        "Surveillance\n\nSenators Ron Vale and Mark Ostby wrote to the agency.\n\n"
        "On Friday, Mr. Ostby and Mr. Vale released a statement repeating that they had “long been concerned.”"
    )
    assert spoken(pair)[0].speaker.name == "Mark Ostby"


def test_a_surname_with_a_joined_particle_is_one_name():
    text = (
        "Hostages\n\n“They are alive,” said Foreign Ministry spokesman Rashid al-Qaderi.\n\n"
        "Asked whether a ransom had been paid, al-Qaderi replied: “I will not discuss it.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Rashid al-Qaderi", "Rashid al-Qaderi"]


def test_a_place_after_of_and_an_adjective_is_where_the_person_serves():
    text = "Summit\n\n“Coups spread,” said President Anatole Brevik of neighbouring Sarnia."
    assert spoken(text)[0].speaker.name == "Anatole Brevik"


def test_someone_called_by_one_name_with_a_description_is_who_the_pronoun_means():
    first = "Siege\n\nDr Hana Vrell, a surgeon, said supplies were short. “We have no gauze,” she said.\n\n"
    nurse = first + "Lusine, a nurse at the district hospital, said the formula had run out. “We are watering it down,” she said."
    assert spoken(nurse)[1].speaker.name == "Lusine"
    student = first + "Anahit, a student sheltering with her aunt, said nights were worst. “Nobody sleeps,” she said."
    assert spoken(student)[1].speaker.name == "Anahit"
    brother = (
        "Coup\n\nCol. Hamid Sarr, a spokesman, said the army held the bridge. “We hold it,” he said.\n\n"
        "Her brother Oumar, who lives near the palace, said soldiers had sealed the road. “They told us to stay inside,” he said."
    )
    assert spoken(brother)[1].speaker.name == "Oumar"
    # (a name the article used before, inside someone's quote, still gets its description)
    wife = (
        "Dispatch\n\nThe last message from Omid Varkan came at night. “Police here. Call Talin,” it said.\n\n"
        "I had worked with Omid for six years.\n\nTalin, his wife, met me the next morning. “They took his laptop,” she told me."
    )
    assert spoken(wife)[1].speaker.name == "Talin"
    place = "Floods\n\nKahul, a town where many farmers live, sits on the river. “It rose overnight,” she said."
    assert spoken(place)[0].speaker.name == "she"


def test_the_group_after_a_body_s_short_name_is_that_body():
    text = (
        "Truce\n\nA truce between the army and rebels of the Northern Valleys Front broke down on Sunday.\n\n"
        "The army blamed the rebels.\n\nNo one could check the claim.\n\n"
        "The Front denied firing first. In a post on its channel, the group said soldiers had “shelled a school.”"
    )
    assert spoken(text)[0].speaker.name == "Northern Valleys Front"


def test_a_document_drawn_up_or_conducted_by_a_body_is_that_body_s():
    text = "Trial\n\nThe indictment, drawn up by the court’s Office of the Chief Prosecutor, says he “knew, or should have known,” of the raids."
    assert spoken(text)[0].speaker.name == "Office of the Chief Prosecutor"
    review = "Church\n\nThe review, conducted by the law firm Pell & Osei for the diocese, found that complaints were “quietly set aside.”"
    assert spoken(review)[0].speaker.name == "Pell & Osei"


def test_the_writer_s_i_in_a_piece_with_a_byline_is_the_writer():
    text = (
        "A spider in the garden\n\nBy Ansel Hollow\n\nGwen Pratt, 67, found the spider. “It jumped,” she said.\n\n"
        "“How did you first spot it?” I asked.\n\n“By luck,” she said."
    )
    assert spoken(text)[1].speaker.name == "Ansel Hollow"
    # (in a Q-and-A answer the "I" is the one answering, not the writer)
    qa = (
        "Talking couriers\n\nBy Ansel Hollow\n\nQ. Is pay fair?\n\n"
        "A. Mostly. Last year I told every courier we would “never guess at their pay.”"
    )
    assert spoken(qa)[0].speaker.name != "Ansel Hollow"
    # (with no byline the writer is unnamed, not the official named next)
    dispatch = (
        "Dispatch\n\n“He is suspected of spying,” said police spokesman Marat Oskenov.\n\n“Has he been charged?” I asked.\n\n"
        "“The investigation goes on,” Marat Oskenov replied."
    )
    assert spoken(dispatch)[1].speaker.name in ("I", "")


def test_a_lower_case_role_after_while_still_opens_the_clause_s_subject():
    text = (
        "Fossil\n\nDr. Sven Malik of Yale called it “a gift,” while paleoartist Juno Tanaka, "
        "who was hired to draw it, said: “Kids will love it.”"
    )
    assert spoken(text)[1].speaker.name == "Juno Tanaka"


def test_a_long_document_subject_with_its_issuer_still_speaks():
    text = "Lab fire\n\nA 2021 audit by the county’s Division of Workplace Safety found that the vents were “serviceable but old.”"
    assert spoken(text)[0].speaker.name == "Division of Workplace Safety"


def test_a_report_by_an_owned_committee_on_something_is_the_committee_s():
    text = "Misconduct\n\nThe report, by Dunmore’s Committee on Academic Conduct, found that she had “deliberately” altered charts."
    assert spoken(text)[0].speaker.name == "Committee on Academic Conduct"


def test_a_class_year_before_a_name_is_a_title():
    text = 'Lab fire\n\n"Somebody yelled," said Sophomore Nate Kowal. "Then we ran," he said.'
    assert [q.speaker.name for q in spoken(text)] == ["Nate Kowal", "Nate Kowal"]


def test_a_full_stop_outside_a_british_quote_ends_its_sentence():
    text = (
        "Summit\n\nPascal Ndaye, the chief negotiator, said rich countries ‘have found ways to say yes while meaning no’. "
        "Valmoria’s envoy, Ines Carro, speaking in Spanish, said the text ‘asks the drowning to wait’."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Pascal Ndaye", "Ines Carro"]


def test_a_capitalised_cue_word_after_a_quote_opens_a_name_not_an_inverted_verb():
    text = (
        "Ruling\n\nGov. Rena Colbert, a Republican, wrote that the ruling was “another example of judges running our hills.” "
        "State Sen. Paul Ashford, a Missoula Democrat, had urged the governor last year to back a plan."
    )
    assert spoken(text)[0].speaker.name == "Rena Colbert"


def test_a_name_opening_with_a_capitalised_cue_word_is_one_subject():
    text = 'Emails\n\n"We had access," State Department spokesperson Marie Harlan told Fox News late Monday.'
    assert spoken(text)[0].speaker.name == "Marie Harlan"


def test_a_q_and_a_label_is_no_part_of_a_name_and_the_answer_s_i_is_the_interviewee():
    text = (
        "Couriers\n\nTobias Ngata-Bell runs Carrywell. Ngata-Bell spoke to us in March.\n\n"
        "Q. Couriers United has called your pay algorithm “a slot machine with a wheel.”\n\n"
        "A. It is a good line. In 2022 I wrote to every courier that we would “never set pay by desperation.”"
    )
    first, second = spoken(text)
    assert first.speaker.mention == "Couriers United"
    assert second.speaker.name == "Tobias Ngata-Bell"


def test_the_group_that_named_itself_in_quote_marks_is_that_name():
    text = "Breach\n\nA group calling itself “Payroll Ghosts” claimed responsibility on a forum. “They were warned,” the group wrote."
    assert spoken(text)[0].speaker.name == "Payroll Ghosts"
    # (and the name it calls itself is a label, whatever verb follows it)
    label = "Breach\n\nA group calling itself “Payroll Ghosts” claimed the attack on a forum."
    assert spoken(label) == []


def test_a_company_s_response_speaks_for_the_company():
    text = 'Apps\n\nOrchard Inc. removed the game. Orchard’s response, filed Tuesday, said "Hexbright wants the benefits for free."'
    assert spoken(text)[0].speaker.name.startswith("Orchard Inc")


def test_a_country_s_distinctive_body_is_named_without_the_country():
    text = "Breach\n\nBritain’s Information Commissioner’s Office said it was “making enquiries.”"
    assert spoken(text)[0].speaker.name == "Information Commissioner’s Office"
    # (a body every country has keeps its owner)
    generic = "Drills\n\nJapan’s Ministry of Defense said the flights were “routine.”"
    assert spoken(generic)[0].speaker.name == "Japan’s Ministry of Defense"


def test_an_alliance_s_or_panel_s_document_speaks_for_the_body_named_before():
    text = (
        "Hunger\n\nThe Tri-County Hunger Alliance counts visits each month.\n\n"
        "The alliance’s report said need had risen “sharply among two-income families.”"
    )
    assert spoken(text)[0].speaker.name == "Tri-County Hunger Alliance"
    panel = (
        "Screening\n\nThe National Panel on Bone Screening issued new advice on Monday.\n\n"
        "The panel’s recommendation statement said the benefits “outweigh the harms.”"
    )
    assert spoken(panel)[0].speaker.name == "National Panel on Bone Screening"


def test_the_younger_or_elder_of_a_family_is_told_by_age_or_relation():
    aged = (
        "Rescue\n\nThe captain, Raymond Theriot, 51, said the boat rolled. “We had no chance,” he said.\n\n"
        "His son, Luke Theriot, 22, was found alone. “I kept the light up,” the younger Theriot said."
    )
    assert spoken(aged)[1].speaker.name == "Luke Theriot"
    related = (
        "Rescue\n\nThe captain, Raymond Theriot, said the boat rolled.\n\n"
        "His son, Luke Theriot, was found alone. “I kept the light up,” the younger Theriot said. "
        "“We had no chance,” the elder Theriot said."
    )
    assert [q.speaker.name for q in spoken(related)] == ["Luke Theriot", "Raymond Theriot"]


def test_a_surname_takes_the_full_name_a_quote_gives_when_the_narrative_gives_none():
    text = (
        'Pick\n\n"Harlan Pruitt has never balanced a budget," the senator said.\n\n'
        '"I have nothing against him," Pruitt told reporters. "Nothing," he said.'
    )
    assert [q.speaker.name for q in spoken(text)[1:]] == ["Harlan Pruitt", "Harlan Pruitt"]
    # (words in a message that only look like a name are not one)
    message = "Dispatch\n\n“Police here. Call Dina,” it said.\n\n“Write about him,” Dina said."
    assert spoken(message)[1].speaker.name == "Dina"


def test_a_sentence_opening_on_said_and_a_name_is_inverted():
    text = "Primary\n\nTeresa Valdene lost Ohio. Said Valdene, in a video message to supporters: “We are building something.”"
    speaker = spoken(text)[0].speaker
    assert (speaker.mention, speaker.name) == ("Valdene", "Teresa Valdene")


def test_a_body_named_after_its_kind_is_named_by_its_name():
    text = "Pick\n\nThe move drew praise, while the progressive group Forward Together said it was “deeply disappointed.”"
    assert spoken(text)[0].speaker.name == "Forward Together"


def test_a_document_sent_to_someone_by_its_author_is_the_author_s():
    text = "Poll\n\n“The race has turned,” said a memo circulated to donors by Joanne Merced, the campaign manager."
    assert spoken(text)[0].speaker.name == "Joanne Merced"


def test_a_party_member_or_a_head_described_before_a_name_is_a_description():
    text = "Spat\n\nA second Pennsylvania Democrat, Frank Moyers, said she “should come and say it.”"
    assert spoken(text)[0].speaker.name == "Frank Moyers"
    head = "Spat\n\nThe head of a Pennsylvania pipe fitters’ local, Gary Trzcin, said his members “heard exactly what she said.”"
    assert spoken(head)[0].speaker.name == "Gary Trzcin"
    ohio = "Spat\n\nThe Ohio Democrat said the plan was “a mess.”"
    assert spoken(ohio)[0].speaker.kind is SpeakerKind.ANONYMOUS


def test_a_document_by_a_body_before_the_verb_is_the_subject_not_its_author():
    text = "Water\n\nA 2023 report by the state Water Resources Board warned that the formula was “built for a climate gone.”"
    speaker = spoken(text)[0].speaker
    assert (speaker.mention, speaker.name) == ("A 2023 report by the state Water Resources Board", "Water Resources Board")


def test_a_newsletter_rubric_before_a_colon_is_no_speaker():
    text = (
        "Dispatch\n\nWade Kittredge spoke in Harmon on Tuesday.\n\n"
        '• QUOTE OF THE DAY: "I have never lost a debate to someone who reads from cards." That was Kittredge, on a radio show.'
    )
    assert spoken(text)[0].speaker.name == "Wade Kittredge"


def test_a_lawmaker_s_party_and_state_is_an_aside_not_the_speaker():
    text = (
        "Hearing\n\nNext came Senator Miriam Kestler, Democrat of Vermont, who said an executive had called the nominee "
        "''our man in the room.'' Turning to the nominee, she asked, ''Were you their man?''"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Miriam Kestler", "Miriam Kestler"]


def test_a_document_by_a_body_s_own_staff_or_officer_is_theirs():
    text = (
        "Memo\n\nAn internal memo written by the House Oversight Committee’s majority staff urged members on. "
        "“Hearings should be spaced ten days apart,” the memo said."
    )
    assert spoken(text)[0].speaker.name == "House Oversight Committee’s majority staff"
    report = "FEMA\n\nA report released by the Department of Homeland Security’s inspector general found staff “did not verify identity.”"
    assert spoken(report)[0].speaker.name == "Department of Homeland Security’s inspector general"


def test_a_full_name_after_the_is_still_a_person_when_a_first_name_opens_it():
    text = (
        "Convention\n\n9:34 p.m. — “I'm told this speech runs long,” Pruitt said.\n\n"
        "10:28 p.m. — “Tonight people met the Harlan Pruitt we know,” his campaign manager told reporters."
    )
    assert spoken(text)[0].speaker.name == "Harlan Pruitt"


def test_the_poll_after_a_named_survey_is_the_same_research():
    text = 'Dispatch\n\nA Harmon Lake College survey out Tuesday has Ostrow up four points. The poll found voters "sharply divided over the economy."'
    assert spoken(text)[0].speaker.name == "Harmon Lake College"


def test_a_town_named_like_a_person_is_no_antecedent_and_nurse_practitioner_is_a_title():
    text = (
        "Clinic\n\nPatients in Cedar Bluff wait weeks. An oncologist who treats them, Dr. Rafael Quinto, said the harm was real. "
        "“By the time they come back, the cancer has spread,” he said."
    )
    assert spoken(text)[0].speaker.name == "Rafael Quinto"
    nurse = "Clinic\n\n“People lined up at 7 a.m.,” said Nurse Practitioner Dana Kilby of the health center."
    assert spoken(nurse)[0].speaker.name == "Dana Kilby"


def test_a_time_opened_by_late_or_early_is_no_subject():
    text = 'Truce\n\nLate on Saturday, the Front\'s political chief, Samir Adrov, said the group was "committed in principle" to talks.'
    assert spoken(text)[0].speaker.name == "Samir Adrov"


def test_the_state_and_party_description_is_the_lawmaker_tagged_so():
    text = (
        "Chairman\n\nSpeaking on a Sunday show, Sen. John Hale, R-Ariz., said the remarks were “wildly inaccurate.”\n\n"
        "The Arizona Republican said the chairman must make “an appropriate decision” about his future."
    )
    assert spoken(text)[1].speaker.name == "John Hale"
    spelled = (
        "Hearing\n\nSenator Miriam Kestler, Democrat of Vermont, asked the first question.\n\n"
        "The Vermont Democrat later called the answer “evasive.”"
    )
    assert spoken(spelled)[0].speaker.name == "Miriam Kestler"
    # (a role with the state picks the lawmaker of that state among two senators)
    two = "Hearing\n\nSen. Paul Hale, R-Ariz., and Sen. Ada Moss, D-Ohio, sparred over the bill.\n\nThe Arizona senator called it “a giveaway.”"
    assert spoken(two)[0].speaker.name == "Paul Hale"


def test_a_document_a_body_passed_or_a_person_wrote_is_theirs():
    text = (
        "Centennial\n\nThe Pellham City Council passed a proclamation declaring Oct. 20 a day of honor. "
        "The proclamation calls the synagogue “a cornerstone of civic life.”"
    )
    assert spoken(text)[0].speaker.name == "Pellham City Council"
    letter = (
        "Bishop\n\nBishop Harold Ensor said he would step down. Ensor wrote a second letter to priests. "
        "“I cannot lead the healing,” the letter said."
    )
    assert spoken(letter)[0].speaker.name == "Harold Ensor"


# ---------------------------------------------------------------- relayed quotes


def test_a_quote_said_according_to_an_outlet_is_the_speakers_relayed_by_the_outlet():
    text = (
        "Harbor Vote Delayed\n\n“Keep the aisles clear,” Mayor Ines Ortega said on Tuesday, according to a recording "
        "obtained by the Ledger. “We cannot afford a scene.”"
    )
    first, second = spoken(text)
    assert first.speaker.name == "Ines Ortega" and first.relayed_by.mention == "a recording obtained by the Ledger"
    assert second.speaker.name == "Ines Ortega" and second.relayed_by == first.relayed_by  # (the second quote goes on)
    assert first.relayed_by.method == "relay" and first.relayed_by.cue == "according to"


def test_according_to_after_an_object_or_a_clause_relays_nothing():
    told = spoken("Harbor Vote\n\n“Keep the aisles clear,” Ortega told her aides afterward, according to the Ledger.")
    clause = spoken("Harbor Vote\n\nOrtega said on Friday the hall was “safe for now,” according to two inspectors.")
    assert told[0].speaker.name == "Ortega" and told[0].relayed_by is None
    assert clause[0].relayed_by is None


def test_as_reported_by_after_the_speaker_is_a_relay_and_the_leading_form_too():
    trailing = spoken("Harbor Vote\n\n“We are not done,” Ortega writes in her memoir, as reported by the Ledger.")
    leading = spoken("Harbor Vote\n\nAccording to officials, Ortega said the hall was safe, and that the vote was “postponed.”")
    assert trailing[0].speaker.name == "Ortega" and trailing[0].relayed_by.mention == "the Ledger"
    assert leading[0].speaker.name == "Ortega" and leading[0].relayed_by.mention == "officials"


def test_findings_or_results_that_show_a_phrase_speak_for_their_study():
    (q,) = spoken("Renter Survey Out\n\nThe findings also showed the strength of “pier fatigue” as a theme among renters.")
    assert q.speaker.mention == "The findings"


def test_a_perfect_participle_speaks_for_the_clause_subject_before_or_after_it():
    (after,) = spoken("Pier Deal\n\nOrtega defended the contract, having once praised the builder as a “careful steward.”")
    (opening,) = spoken("Pier Deal\n\nHaving called the pier plan “a waste of money,” Ortega voted for it anyway.")
    (calling,) = spoken("Pier Deal\n\nCalling the pier plan “a waste of money,” Ortega voted for it anyway.")
    assert after.speaker.name == opening.speaker.name == calling.speaker.name == "Ortega"


def test_an_opening_participle_closed_by_a_comma_before_the_quote_does_not_reach_past_it():
    text = (
        "Pier Deal\n\nOrtega has kept her humor. Suggesting that the vote was rigged, she nodded to a “Night Desk” sketch on "
        "Monday in which the host, an old friend, had joked that the count could not be right."
    )
    assert all(q.speaker is None or q.speaker.mention != "an old friend" for q in quotes(text))


def test_any_phrase_after_according_to_can_relay_a_quote():
    text = (
        "Pier Deal\n\n“The port is ready for the storm season,” the harbor chief will say Monday, according to excerpts of her "
        "notes released by the Governor's Office."
    )
    (q,) = spoken(text)
    assert q.relayed_by.mention == "excerpts of her notes released by the Governor's Office"


def test_whom_he_called_after_a_named_reporter_is_the_reporters():
    text = (
        "Pier Deal\n\nWith the vote lost, Ortega said she sees one path: Back Lind, whom she called “the only adult in the room,” and hope."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "Ortega"


def test_an_earlier_quote_in_the_sentence_does_not_hide_the_reporter_of_what_she_calls():
    text = "Pier Deal\n\nOrtega says tenants have “every reason to be furious,” and the city owes them what she calls “a straight answer.”"
    (first, second) = spoken(text)
    assert first.speaker.mention == second.speaker.mention == "Ortega"


def test_a_list_set_off_by_dashes_after_the_subject_is_one_aside():
    text = "Debate Night\n\nThe three local stations — KTLA, WGN, Harbor One and Coast News — said they would air the debate “in full.”"
    (q,) = spoken(text)
    assert q.speaker.mention.endswith("three local stations")


def test_the_object_of_an_infinitive_inside_a_participle_phrase_is_not_the_subject():
    text = (
        "Pier Deal\n\nA coalition pushing for the town to quit the Valley Water Compact in the spring ballot posted "
        "a message warning of a “flood of new fees.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "A coalition"


def test_a_headline_subject_named_again_in_lower_case_below_speaks():
    text = (
        "Harbor Nurses Blast Pier Plan Over ‘Reckless Gamble’\n\nPORTSMOUTH ― The pier plan drains the clinic budget, "
        "harbor nurses said Friday outside City Hall."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "Harbor Nurses"


def test_a_headlines_second_verb_after_a_comma_shares_the_first_ones_subject():
    text = (
        "Dana Ortega regrets pier gala skit with fake Pell bust, says she 'overstepped'\n\n"
        "Dana Ortega admitted Tuesday that the skit was a mistake."
    )
    (q,) = spoken(text)
    assert (q.speaker.mention, q.speaker.name) == ("Dana Ortega", "Dana Ortega")


def test_a_phrase_of_time_opening_the_sentence_is_not_its_subject():
    (q,) = spoken('Pier Deal\n\nTwo hours later, a county spokesman pushed back, saying the audit "misreads the ledger."')
    assert q.speaker.mention == "a county spokesman"


def test_a_cue_and_its_subject_set_off_by_commas_inside_the_sentence_attribute_the_quote():
    (q,) = spoken("Pier Deal\n\nThe figures, said Dana Ortega, the county auditor, are “worse than anyone admitted.”")
    assert q.speaker.mention == "Dana Ortega"
    # (not a subject with an aside of its own, whose verb's object has one too)
    text = "Pier Deal\n\nA former aide, who asked not to be named, said the firm's main product, a mailing list, was “sold twice.”"
    (q,) = spoken(text)
    assert q.speaker.mention == "A former aide"


def test_an_inverted_cue_and_a_description_closing_the_sentence_after_the_quote():
    text = "Pier Deal\n\n“Nobody has checked the pumps, and nobody will” since the flood, said one engineer familiar with the site."
    (q,) = spoken(text)
    assert q.speaker.mention == "one engineer familiar with the site"


def test_a_capitalised_cue_word_opening_a_name_inside_a_description_stays_in_it():
    (q,) = spoken("Pier Deal\n\nA senior State Department official said the harbor plan was “unworkable.”")
    assert q.speaker.mention == "A senior State Department official"


def test_what_a_named_person_called_is_that_persons_not_the_sentence_subjects():
    (q,) = spoken("Pier Deal\n\nThree towns said they would fight what Gov. Dana Ortega of Texas called the county's “paper tiger.”")
    assert q.speaker.name == "Dana Ortega"


def test_a_name_used_as_a_modifier_before_a_noun_for_people_stays_in_the_subject():
    text = 'Pier Deal\n\nSenior Harbor Board officials pressed the council on Monday, warning that delay would "sink the whole budget."'
    (q,) = spoken(text)
    assert q.speaker.mention == "Senior Harbor Board officials"


def test_a_time_phrase_between_subject_and_verb_is_not_part_of_the_subject():
    (q,) = spoken('Pier Deal\n\nThe councilman over the weekend laughed off the vote, saying the result was "a rounding error."')
    assert q.speaker.mention == "The councilman"


def test_a_statement_from_someone_after_the_quote_is_its_attribution():
    (q,) = spoken("Pier Deal\n\n“Tenants know the plan is wrong,” a statement from the tenants' committee said.")
    assert q.speaker.mention == "a statement from the tenants' committee"


def test_backers_and_opponents_of_something_can_speak_as_a_group():
    (q,) = spoken(
        "Pier Deal\n\nBut the ferry's backers have waved off the auditor's numbers as \"sloppy and late,\" saying the route pays for itself."
    )
    assert q.speaker.mention == "the ferry's backers"


def test_a_time_before_an_opening_participle_still_hands_the_quote_to_the_subject_after_it():
    text = 'Pier Deal\n\nTwo days after telling donors that she was "finished with the pier fight," Mayor Dana Ortega reopened it.'
    (q,) = spoken(text)
    assert q.speaker.name == "Dana Ortega"


def test_a_dateline_set_off_by_a_horizontal_bar_is_no_part_of_the_subject():
    (q,) = spoken("Pier Deal\n\nPORTSMOUTH ― Mayor Dana Ortega is “very close” to picking a new harbor chief.")
    assert q.speaker.mention == "Mayor Dana Ortega"


def test_a_weekday_between_a_described_subject_and_its_verb_is_not_part_of_it():
    text = "Pier Deal\n\nThe campaign on Friday released a statement declaring she is in “excellent health and fit to serve.”"
    (q,) = spoken(text)
    assert q.speaker.mention == "The campaign"


def test_a_quote_that_lost_its_closing_mark_ends_before_its_attribution():
    text = '"The audit skipped three years of invoices, Pell said. "Nobody can defend that."'
    first, second = spoken(text)
    assert first.text == "The audit skipped three years of invoices," and first.repaired == "missing_close"
    assert first.speaker.name == second.speaker.name == "Pell"


def test_a_paragraph_ending_on_its_attribution_closes_a_quote_that_lost_its_mark():
    text = (
        "Pier Deal\n\nOrtega's letter names her last day. “We leave the harbor cleaner than we found it, she wrote."
        "\n\n“Our crews continue to do the work needed.”\n\nThe council has not replied."
    )
    first, second = spoken(text)
    assert first.text.endswith("than we found it,") and "\n" not in first.text
    assert second.text == "Our crews continue to do the work needed."


def test_a_weekday_after_a_full_name_is_no_part_of_it():
    text = (
        "Pier Deal\n\nDonors leaned on campaign Chairman Michael Ortega Sunday over the missing funds.\n\n"
        "“Every dollar will be found,” Ortega said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Michael Ortega"


def test_a_plural_noun_for_words_after_a_names_possessive_is_no_trailing_cue():
    text = "Pier Deal\n\nLena Cruz says the song is a “love letter” prompted by Ortega’s remarks on the strike."
    (q,) = spoken(text)
    assert q.speaker.mention == "Lena Cruz"


# ---------------------------------------------------------------- session of 2026-12-05 (eleventh)


def test_a_plural_title_abbreviation_does_not_end_the_sentence():
    # "Reps." before a list of names is a title, not a full stop: were it one, the list
    # would open a sentence of its own and take the pronoun from the real subject
    text = "Paul Ortega thanked Reps. Ana Lim and Ben Roe for backing the levy. “It took two years,” he said."
    (q,) = spoken(text)
    assert q.speaker.mention == "he" and q.speaker.name == "Paul Ortega"


def test_unnamed_sources_of_a_body_opening_the_sentence_stay_unnamed():
    # the capital of "Sources" is the sentence's, not a name's: the people are unnamed, not
    # the body they are close to, and no party word is stripped from it as a title
    text = "Sources close to the Republican Harbor Committee said the plan was “dead on arrival.”"
    (q,) = spoken(text)
    assert q.speaker.kind is SpeakerKind.ANONYMOUS
    assert q.speaker.name == "Sources close to the Republican Harbor Committee"


def test_a_bare_weekday_after_a_full_name_is_not_part_of_the_name():
    text = "Mayor Hugo Ortega Baez Sunday defended the levy. “I stand by it,” he said."
    (q,) = spoken(text)
    assert q.speaker.name == "Hugo Ortega Baez"


def test_according_to_after_a_clause_of_the_speaker_s_own_relays_nothing():
    # the filings source the recovered sum, not the words said after "and said"
    text = (
        "The receiver, Dana Pell, has recovered $2 million so far, according to court filings, "
        "and said investors should expect “very little.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Dana Pell" and q.relayed_by is None


def test_a_quote_paragraph_named_as_someone_s_promise_in_the_next_paragraph():
    text = "“The ferry runs again by spring.”\n\nThat was the pledge from Harbor Master Ines Marr on Friday, as the crane arrived.\n"
    (q,) = spoken(text)
    assert q.speaker.name == "Ines Marr" and q.speaker.method == "identified_after"


def test_a_dash_after_a_message_from_someone_leads_in_their_words():
    (q,) = spoken("The reply from Warden Ola Brandt was blunt — “Nobody gets a second key.”")
    assert q.speaker.mention == "Warden Ola Brandt" and q.speaker.name == "Ola Brandt"


def test_the_director_of_a_thing_is_the_person_said_to_run_it():
    text = (
        "Oskar Lind, a former teacher, has headed the food bank since 2019.\n\n“Demand doubled this winter,” the food bank director said.\n"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the food bank director" and q.speaker.name == "Oskar Lind"


def test_member_after_a_body_word_is_a_title_not_part_of_the_name():
    text = "Council Member Ivy Sorensen voted no. “The pool can wait,” Sorensen said."
    (q,) = spoken(text)
    assert q.speaker.name == "Ivy Sorensen"


def test_a_list_label_gives_the_name_its_commas_set_off():
    text = (
        "Reactions came quickly:\n"
        "• Dale Munro, county party chair: “Every seat is now in play.”\n"
        "• Talk host Rhea Voss, on her show “Morning Drive”: “They folded.”\n"
        "• Asked about the count, Ortega: “Wait for the last ballot.”\n"
        "• Lena Pruitt, to the Ledger: “We knew.”\n"
    )
    names = [q.speaker.name for q in spoken(text)]
    assert names == ["Dale Munro", "Rhea Voss", "Ortega", "Lena Pruitt"]


def test_a_name_in_apposition_to_a_person_noun_in_a_lead_in_clause_is_not_the_label():
    text = "Ortega issued a statement through his lawyer, Dana Pell: “I did nothing wrong.”"
    (q,) = spoken(text)
    assert q.speaker.name == "Ortega"


def test_an_advocacy_group_named_for_its_members_and_cause_keeps_its_whole_name():
    (q,) = spoken("Neighbors for a Quiet Harbor called the plan “a gift to the port.”")
    assert q.speaker.kind is SpeakerKind.ORGANIZATION and q.speaker.name == "Neighbors for a Quiet Harbor"


def test_a_description_owned_by_a_body_resolves_to_the_person_named_later():
    text = (
        "At the rally, the coalition's spokeswoman put it plainly — “The port can wait” — and drew cheers.\n\n"
        "The spokeswoman, Ada Ferreira, a retired pilot, said the group would sue.\n"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the coalition's spokeswoman" and q.speaker.name == "Ada Ferreira"


def test_a_hyphenated_role_before_the_comma_and_name_is_a_person_s_description():
    text = "The director-general of the Valley Water Board, Noor Haddad, called the drought “a slow emergency.”"
    (q,) = spoken(text)
    assert q.speaker.name == "Noor Haddad"


def test_a_relative_clause_without_that_after_a_parenthetical_cue_names_its_own_speaker():
    text = "The bill came to $900, Dana said, a sum the plumber called “about average for a winter.”"
    (q,) = spoken(text)
    assert q.speaker.mention == "the plumber"


def test_a_quoted_name_of_a_law_or_an_event_is_a_title_whoever_the_sentence_is_about():
    text = "Asked whether she backed the “Clean Harbor Act,” Ortega said she was still reading it. Crews named it the “Mill Creek Fire” on Sunday."
    kinds = {q.text.strip(",."): q.kind for q in quotes(text)}
    assert kinds == {"Clean Harbor Act": QuoteKind.TITLE, "Mill Creek Fire": QuoteKind.TITLE}


def test_a_name_something_is_known_by_around_a_place_is_a_nickname():
    text = "The mayor met the donors in a back room known around City Hall as “The Vault,” Ortega said."
    (q,) = quotes(text)
    assert q.kind is QuoteKind.NICKNAME and q.speaker is None


def test_she_after_a_man_and_his_wife_is_the_wife_named_with_his_surname():
    text = (
        "Omar and Leila Haddad slept in the gym. A volunteer, Ines Marr, brought blankets.\n\n"
        "Omar Haddad was reading the news when his wife took the phone away. “Tomorrow,” she told him.\n"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "she" and q.speaker.name == "Leila Haddad"


def test_a_sports_position_opening_a_sentence_is_the_role_of_the_name_a_surname_resolves_to():
    text = "Defenseman Ray Okonjo, who scored twice, sat at his locker. “We never panicked,” said Okonjo."
    (q,) = spoken(text)
    assert q.speaker.name == "Ray Okonjo"


def test_a_line_from_someone_closing_a_lead_in_is_theirs_not_the_reporting_subject_s():
    text = "The Ortega campaign replied with one line from its press secretary, Lina Obi: “We will see them at the polls.”"
    (q,) = spoken(text)
    assert q.speaker.name == "Lina Obi"


def test_the_email_that_speaks_right_after_someone_replied_is_theirs():
    text = (
        "Ada Brandt asked for the invoices on Monday. Theo Marsh replied an hour later. "
        "“They are in the blue folder. Ask Ruth,” the email reads."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the email" and q.speaker.name == "Theo Marsh"


def test_a_relative_who_after_a_description_of_a_named_person_is_that_person():
    text = (
        "Sen. Marta Teague spoke first. Teague is the senator who called the plan “a giveaway to landlords.” "
        "Later, Teague, the senator who called the vote “overdue,” voted no."
    )
    named = [q.speaker.name for q in spoken(text)]
    assert named == ["Marta Teague", "Marta Teague"]


def test_a_relative_who_after_a_description_is_not_the_place_that_opens_the_sentence():
    text = "In Ohio, the senator who called the plan “a giveaway,” voted no on Tuesday."
    (q,) = spoken(text)
    assert q.speaker.name == "the senator"


def test_an_irregular_past_tense_ends_a_subject_read_leftwards():
    text = "Traffic ran heavy all morning on the bridge, the transit director, Ada Kwan, told reporters, calling it “the worst Monday of the year.”"
    (q,) = spoken(text)
    assert q.speaker.mention == "the transit director, Ada Kwan" and q.speaker.name == "Ada Kwan"


def test_a_british_single_quote_ending_or_opening_with_a_nested_double_quote_is_one_quote():
    text = (
        "Talks dragged on, one envoy said. ‘She walked into the other room and came back saying, “Nothing moves,”’ the envoy said.\n\n"
        "‘“Nothing moves” is what she told me,’ the aide said."
    )
    found = [(q.text[:12], q.speaker.mention) for q in spoken(text)]
    assert found == [("She walked i", "the envoy"), ("“Nothing mov", "the aide")]


def test_the_company_is_a_company_whose_name_ends_in_company():
    text = "The state-owned Marlin Shipping Company won the contract. The company said in a reply that its bids were “entirely lawful”."
    (q,) = spoken(text)
    assert q.speaker.name == "Marlin Shipping Company"


def test_a_body_s_short_name_that_is_a_kind_of_body_is_the_longer_name_given_before():
    text = "Ellen Varga, the Corvin Press Group spokeswoman, said the deal was “done.” The Group said in a statement that it was “pleased.”"
    assert [q.speaker.name for q in spoken(text)] == ["Ellen Varga", "Corvin Press Group"]


def test_a_body_s_name_cut_short_is_the_body_named_in_full_before():
    text = (
        'Nurses at St. Aldric Regional Medical Center walked out on Monday. "Our patients come first," St. Aldric said.\n\n'
        "Maria Ortega runs the Ortega Family Foundation. “We give,” Ortega said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["St. Aldric Regional Medical Center", "Maria Ortega"]


def test_a_name_in_capitals_opening_a_tabloid_lede_is_the_full_name_of_its_surname():
    text = (
        "Fuming Brack blasts ref\n\n"
        "LORCAN BRACK stormed out of his press conference last night after a long rant.\n\n"
        "“I’ve never seen anything like it,” Brack fumed."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Lorcan Brack"


def test_a_retailer_named_like_a_shop_is_a_body_that_no_he_stands_for():
    text = (
        "Samuel Achter joined Ridgeline Outfitters in 2012. Under his tenure, Ridgeline’s loyalty program has grown "
        "to 14 million members. “You either own the trucks or you rent them,” he told an investor conference."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Samuel Achter"


def test_a_first_surname_on_second_mention_is_the_person_with_two_surnames():
    text = 'Consul Tomás Ibarra Vidal said the phones never stopped. "People want news," Ibarra said.'
    (q,) = spoken(text)
    assert q.speaker.name == "Tomás Ibarra Vidal"


def test_a_relative_clause_with_a_subject_of_its_own_gives_that_subject():
    text = (
        "The hospital has offered a review panel, which the union dismissed as “a stall tactic.” "
        'Mr. Dunn also pointed to an e-mail in which a senior campaign adviser wrote that the staff should "stop pretending" it could win.'
    )
    assert [q.speaker.mention for q in spoken(text)] == ["the union", "a senior campaign adviser"]


def test_a_live_blog_label_with_a_participle_aside_gives_the_name_alone():
    text = "9:25 p.m. — Vance, smiling: “Nice speech. The memo still says what it says.”"
    (q,) = spoken(text)
    assert q.speaker.mention == "Vance"


def test_a_name_set_off_after_whose_and_a_role_is_the_subject_of_the_verb():
    text = 'The money will go to the Alder Food Bank, whose director, Luis Ferra, called the gift "a lifeline for winter."'
    (q,) = spoken(text)
    assert q.speaker.name == "Luis Ferra"


def test_a_description_renaming_an_opening_place_is_not_the_subject():
    text = "In Velgrad, the Osrian capital, ministry spokeswoman Lena Okafor told reporters the claim was “baseless” and accused its rival of “playing to the gallery.”"
    assert [q.speaker.name for q in spoken(text)] == ["Lena Okafor", "Lena Okafor"]


def test_a_participle_after_a_cue_set_off_by_commas_belongs_to_that_cue_s_subject():
    text = (
        "Marova recalled its envoy on Monday, the Marovan Foreign Ministry said, describing the move as “a measured reply.” "
        "Ortega's campaign denied the report, which the Ledger first published, telling the paper it was “pure fiction.”"
    )
    assert [q.speaker.mention for q in spoken(text)] == ["the Marovan Foreign Ministry", "Ortega's campaign"]


def test_a_pronoun_after_a_clause_joined_by_and_resolves_to_that_clause_s_subject():
    text = (
        "Mayor Dale Quinn and Senator Leo Vance met at nine. Quinn went straight to the budget, "
        "and Vance didn’t wait for the question to end. “I’ve answered this,” he said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Leo Vance"


def test_the_theater_and_the_label_are_the_bodies_named_by_those_words():
    text = (
        "The Brackwater Civic Theatre will dim its lights. “He was part of the furniture,” the theater said.\n\n"
        'Cold Harbour Records has leaned into the new sound. In a post, the label called it "the sound of a band growing up."'
    )
    assert [q.speaker.name for q in spoken(text)] == ["Brackwater Civic Theatre", "Cold Harbour Records"]


def test_a_relative_clause_whose_subject_is_a_name_after_a_lower_case_word_gives_that_name():
    text = 'The company said it will partner with Pruitt College on a training program, which college President Ama Owusu said would "open a door to a career."'
    (q,) = spoken(text)
    assert q.speaker.name == "Ama Owusu"


def test_a_possessor_inside_a_run_of_capitals_is_a_person_introduced():
    text = "She declined to say whether Aurelio Mancini’s Deputy Rhys Callow would return. Mancini, reached through a representative, offered only the words “no comment.”"
    (q,) = spoken(text)
    assert q.speaker.name == "Aurelio Mancini"


def test_a_party_s_nominee_described_by_no_one_is_the_person_in_view():
    text = (
        'Gov. Marisol Ortega told supporters here Saturday that she would "not cede a single county."\n\n'
        '"They told me not to bother coming here," the Union nominee said.'
    )
    assert [q.speaker.name for q in spoken(text)] == ["Marisol Ortega", "Marisol Ortega"]


def test_it_reads_after_someone_wrote_a_letter_is_the_writer():
    text = (
        "Mother still waiting for answers\n\n"
        "In January, Grace Adeyemi wrote a letter to the county attorney, which she shared with reporters. It reads, in part:\n\n"
        "“I am not asking you for a particular outcome.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "It" and q.speaker.name == "Grace Adeyemi"


def test_a_colon_lead_in_ending_in_a_joined_clause_gives_that_clause_s_subject():
    text = (
        "Launch day notes\n\n"
        "I caught Ben Kohl afterwards in a corridor. I asked him about safety, and he gave a longer answer than I expected:\n\n"
        "“Look, things will go wrong. The question is whether you find out.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "he" and q.speaker.name == "Ben Kohl"


def test_allegedly_may_stand_between_a_relative_clause_s_subject_and_its_verb():
    text = 'The complaint cites an email in which a product manager allegedly referred to younger users as "our most renewable resource."'
    (q,) = spoken(text)
    assert q.speaker.mention == "a product manager"


def test_the_district_is_the_school_system_named_before():
    text = (
        "Storm live\n\n"
        "1:55 p.m. — Port Halloran Public Schools will stay closed Thursday. "
        "“Several of our campuses are serving as shelters,” the district said in a statement."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Port Halloran Public Schools"


def test_a_pronoun_resolved_to_a_surname_takes_the_full_name_only_a_quote_gives():
    text = (
        "Fact check: Did Pell triple the tax?\n\n"
        "At a rally on Aug. 3, Grant Vickery said: “Frank Pell tripled the gas tax.”\n\n"
        "Mayor Pell spoke at a stop in Fenwick on Monday. “If I'd tripled it, she'd have a point,” he said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Grant Vickery", "Frank Pell"]


def test_a_quote_opening_a_headline_is_the_subject_s_after_its_colon():
    text = (
        "‘I’m not here to be liked’: Fuming Brack blasts ref after Rovers collapse\n\n"
        "LORCAN BRACK stormed out of his press conference last night."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "Brack" and q.speaker.name == "Lorcan Brack"


def test_a_place_alone_is_not_short_for_the_region_named_before():
    text = (
        "Campaign manager charged\n\n"
        "The arrest was made in South Florida on Tuesday, police said.\n\n"
        'Under Florida law, battery is committed when a person "touches another person against their will."'
    )
    (q,) = spoken(text)
    assert q.speaker.name != "South Florida"


def test_a_title_word_after_a_role_noun_is_a_first_name():
    text = "Rovers hold on\n\n“We never stopped believing,” Rovers skipper Dean Okafor said."
    (q,) = spoken(text)
    assert q.speaker.name == "Dean Okafor"
    # (as the name's first word it is still a title: "Dean Okafor said" is the dean)
    (q,) = spoken("Campus notes\n\n“We will review the policy,” Dean Okafor said.")
    assert q.speaker.name == "Okafor"


def test_a_party_after_of_and_two_lower_case_words_is_not_the_speaker():
    text = (
        "Committee hearing\n\n"
        "Deputy Irina Solchava of the ruling National Unity party defended the firm, accusing the opposition "
        "of “doing the work of others for free.” “A great company has been put on trial,” she said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Irina Solchava", "Irina Solchava"]


def test_a_town_placed_by_its_state_is_no_candidate_for_a_pronoun():
    for place in ("her hometown of Cypress Ferry, S.C.,", "Lake Orrin, New Hampshire,"):
        text = (
            "Campaign notes\n\n"
            f"Priya Raghunathan left the race on Wednesday. In her farewell speech in {place} she urged "
            "supporters to “stay in the fight” but did not mention her rival."
        )
        (q,) = spoken(text)
        assert q.speaker.name == "Priya Raghunathan"


def test_a_role_word_before_the_name_after_an_opening_phrase_is_the_colon_lead_in_s_subject():
    text = "Debate night\n\nAt one point, moderator Ines Petit cut off the senator mid-sentence: “Senator, your time is up.”"
    (q,) = spoken(text)
    assert q.speaker.name == "Ines Petit"


def test_a_lead_in_that_names_no_one_lets_the_last_speaker_go_on():
    text = (
        "The cable\n\n"
        "Reached by phone, Tom Whitlock said he would not “discuss the contents of any cable.” "
        "Then, after a pause: “I stand by everything I wrote from that post.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Tom Whitlock", "Tom Whitlock"]
    # (a lead-in with an owner is the owner's: "Her advice to doubters:")
    text = "Notes\n\nSpokeswoman Lucía Ferrer said the senator “can go all the way.” Her advice to doubters: “Ask us again in June.”"
    assert [q.speaker.mention for q in spoken(text)] == ["Spokeswoman Lucía Ferrer", "Her"]


def test_a_relative_clause_with_no_pronoun_after_a_noun_has_its_own_subject():
    text = (
        "Poll\n\n"
        "The poll had the two tied at 45% among likely voters, a result the poll’s director, Sam Oyelaran, "
        "described as “about as close to a coin flip as it gets.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Sam Oyelaran" and q.speaker.mention.startswith("the poll’s director")
    (q,) = spoken("Budget\n\nThe council cut the budget by 4%, a move union leader Dana Kroll called “reckless.”")
    assert q.speaker.name == "Dana Kroll" and not q.speaker.mention.startswith("a move")
    # (not a description whose capitals modify its noun, nor a name after a preposition)
    (q,) = spoken("Talks\n\n“We are done,” a senior White House official said.")
    assert q.speaker.mention == "a senior White House official"
    (q,) = spoken("Talks\n\n“We are done,” an aide to Sen. Ada Lind said.")
    assert q.speaker.mention == "an aide to Sen. Ada Lind"


def test_a_verb_after_a_quote_that_takes_the_next_quote_as_its_object_is_not_the_first_s_attribution():
    text = (
        "Aid\n\n"
        "The White House says it wants “both accountability and partnership,” a formula one Senate aide "
        "dismissed as “a press release, not a policy.”"
    )
    first, second = spoken(text)
    assert first.speaker.mention == "The White House" and "Senate aide" in second.speaker.mention


def test_according_to_before_a_joined_clause_with_its_own_speech_verb_sources_only_its_clause():
    text = (
        "Money race\n\n"
        "The campaign raised $61 million in September, according to federal filings, and ended the month "
        "with what spokeswoman Kay Dunmore called a “healthy and growing” war chest."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Kay Dunmore" and q.relayed_by is None


def test_the_newspaper_is_the_paper_whose_joined_name_ends_in_a_newspaper_word():
    text = (
        "Economy\n\n"
        "The governor says the state had “the fastest recovery in the region,” a claim the Port Callis Ledger-Star "
        "examined last week. The comparison, the newspaper wrote, “holds up only if you start the clock in the right quarter.”"
    )
    assert spoken(text)[-1].speaker.name == "Port Callis Ledger-Star"


def test_a_speech_verb_in_an_aside_opened_by_a_subordinator_is_not_the_attribution():
    text = "Poll\n\nMireille Okafor runs the poll. Okafor’s reply, when I read her the line, was brisk: “He’s welcome to the receipts.”"
    (q,) = spoken(text)
    assert q.speaker.name == "Mireille Okafor"


def test_a_long_attribution_in_one_sentence_still_carries_over_to_the_next_quote():
    text = (
        "Hill\n\n"
        "“If these cables reached a company, we need to know what it learned,” said Senator Marisol Etxeberria, "
        "Democrat of New Mexico and the chairwoman of the Senate Intelligence Committee, who has asked the intelligence "
        "agencies for a full damage assessment by the end of the month. “I am not prejudging anything.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Marisol Etxeberria", "Marisol Etxeberria"]


def test_a_subordinator_opening_the_sentence_is_no_part_of_the_name_after_it():
    text = (
        "Opinion\n\n"
        "After Rosalind Achterberg took the oath of office eight years ago, she made a promise. "
        "“I will not ask you to judge me,” she told the crowd."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Rosalind Achterberg"


def test_a_hyphenated_surname_ending_like_a_company_is_still_a_person():
    text = (
        "Town hall\n\nDr. Renata Osei-Mills spoke first. Later, Dr. Osei-Mills said the pledge was “worth exactly as much as her last one.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Renata Osei-Mills"


def test_who_after_a_description_naming_a_body_is_the_person_described():
    text = (
        "Outreach\n\n"
        "“If you don't have a positive tone, you will have a hard time,” said Alfonso Aguirre, the executive director "
        "of the Partnership for Principles, who also said that the two men, and the senator in particular, must do "
        "more to reach these voters in the months ahead. "
        "“Voters won't back someone just because they share a background.”"
    )
    first, second = spoken(text)
    assert first.speaker.name == "Alfonso Aguirre"
    assert second.speaker.mention == "who" and second.speaker.name == "Alfonso Aguirre"


def test_an_aside_without_a_subject_of_its_own_or_right_before_the_quote_keeps_its_verb():
    text = "Nevada\n\nMr. Sanders, while condemning violence, accused the party of using “its power to prevent a fair process.”"
    (q,) = spoken(text)
    assert q.speaker.mention == "Mr. Sanders"
    text = "Park opening\n\nThe crowd went quiet, when a young boy shouted, “Here they come!”"
    (q,) = spoken(text)
    assert q.speaker.mention == "a young boy"


def test_a_statement_is_its_subject_s_not_the_object_named_before_it():
    text = (
        "Endorsement\n\n"
        "Priya Raghunathan endorsed Mr. Holloway on Friday in a three-sentence statement. "
        "“The stakes are too high to sit this one out. I will vote for Garrett Holloway,” the statement said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Priya Raghunathan"


def test_a_pronoun_in_an_opening_participle_s_phrase_is_the_main_clause_s_subject():
    text = (
        "Anchor regrets\n\n"
        "Asked Tuesday whether he regretted calling the mayor “a man who never met a bond issue he didn't like,” "
        "Crestline anchor Reuben Castellano paused. “I regret the bond part,” he said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Reuben Castellano", "Reuben Castellano"]


def test_a_pronoun_in_the_headline_is_the_person_the_headline_named_before_it():
    text = (
        "Marchetti Wins; Holloway Refuses to Concede, Citing What He Calls a ‘Rigged’ Count\n\n"
        "Gov. Celeste Marchetti was elected president on Tuesday, defeating Senator Garrett Holloway of Montana."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Garrett Holloway"


def test_a_passive_verb_after_a_quote_names_who_heard_it_not_who_said_it():
    text = (
        "Letters\n\n"
        "Reading about the debate in which Philippa Omondi told the moderator she would “have to check with my team,” "
        "I was reminded of a better answer."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Philippa Omondi"
    (q,) = spoken("Rally\n\n“We will win,” he was quoted as saying.")
    assert q.speaker.mention == "he"


def test_the_candidate_described_by_no_one_is_the_person_in_view():
    text = (
        "Profile\n\n"
        "Teodora Ruskin is the strategist Nadia Kovalenko hired in July. Kovalenko, in a brief phone interview, "
        "credited Ruskin with “giving me permission to be boring.” “I used to think I had to know everything,” the candidate said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Nadia Kovalenko", "Nadia Kovalenko"]


def test_any_noun_named_with_a_full_name_is_that_person():
    text = (
        "Town hall\n\n"
        "The hour ran long. A retired welder named Ruthanne Pickering stood with a folded sheet of paper "
        "and read from it: “You told us you would come home every other weekend.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Ruthanne Pickering"


def test_a_semicolon_opens_the_clause_a_colon_lead_in_ends():
    text = (
        "Obituary\n\n"
        "His mother ran a boarding house; his father kept the books at the mill and, by family account, "
        "told his son on his first day there: “Every number has a person behind it.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "his father"


def test_a_role_noun_before_a_first_name_the_census_knows_is_no_part_of_the_name():
    text = "Library\n\nLibrarian Constance Yeboah did not speak; she said afterward that it was “not my place to beg.”"
    (q,) = spoken(text)
    assert q.speaker.name == "Constance Yeboah"


def test_a_description_named_as_the_next_sentence_opens_is_that_person():
    text = (
        "Ballots\n\n"
        "“We will count every ballot,” the county’s chief election officer said Wednesday. "
        "The official, Lucinda Farrow-Obi, took office in March."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the county’s chief election officer" and q.speaker.name == "Lucinda Farrow-Obi"


def test_a_time_phrase_opening_a_sentence_is_no_part_of_an_unnamed_subject():
    from quoteaudit.extract.subjects import main_subject

    text = "One night a judge found her there."
    subject = main_subject(text, 0, len(text), "")
    assert subject is not None and subject.mention == "a judge"


def test_an_unnamed_subject_whose_clause_has_her_as_its_object_is_no_she():
    text = (
        "Campaign bus\n\n"
        "Rosalind Tembo grew up in the county. One night a judge found her there. "
        "She still tells the story. “I’ve been sitting up straight ever since,” she says."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Rosalind Tembo"


def test_a_pair_of_capitals_after_a_preposition_of_place_is_no_person():
    text = (
        "Campaign bus\n\n"
        "The bus pulls out of the motel lot in Caddo Bend at 6:12 a.m., and Rosalind Tembo is already on the phone. "
        "She stands in the aisle. “Then borrow them from the Methodists,” she says."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Rosalind Tembo"


def test_a_plural_title_before_a_pair_is_no_part_of_the_first_name():
    text = (
        "Hand count\n\n"
        "Commissioners Royce Dunleavy and Ada Finch voted to order the hand count.\n\n"
        "“Fourteen votes. Fourteen,” Dunleavy said in an interview."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Royce Dunleavy"


def test_a_joined_clause_whose_subject_is_a_description_and_a_name_has_its_own_speaker():
    text = (
        "Tax bill\n\n"
        "The state teachers’ union answered with its own analysis, and its president, Gwendolyn Marsh-Abara, "
        "called the revenue question “a math problem, not a political one.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Gwendolyn Marsh-Abara"


def test_two_verbs_in_a_clause_opened_by_as_share_that_clause_s_subject():
    text = (
        "Tax bill\n\n"
        "The bill ran aground in the Senate on Thursday, as the chamber’s majority leader refused to schedule a vote "
        "and accused House leaders of “writing checks the budget can’t cash.”\n\n"
        "Senate Majority Leader Patrice Amundsen, a Republican from Lowry Falls, said she supports cutting taxes."
    )
    (q,) = spoken(text)
    # (and the next sentence's subject, whose title holds the description's head, is who it is)
    assert q.speaker.mention == "the chamber’s majority leader" and q.speaker.name == "Patrice Amundsen"


def test_her_husband_is_the_one_introduced_as_such_not_her_son():
    text = (
        "Widow runs\n\n"
        "Adaeze Vanterpool, whose husband, Rudolph Vanterpool, held the seat for two decades, announced her run.\n\n"
        "Her son, Marcus Vanterpool, 31, stood beside her. “Nobody reached out,” he said.\n\n"
        "Mrs. Vanterpool said her husband had anticipated the question. In the hospital in June, she said, "
        "he told her: “Make them fix the sewer.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Marcus Vanterpool", "Rudolph Vanterpool"]


def test_a_description_that_identified_itself_by_name_is_that_person():
    text = (
        "Coup\n\n"
        "10:02 — The broadcast shows a man seated behind a desk. An officer who identified himself as "
        "Colonel Lucien Barro-Ndiaye read the statement:\n\n“The constitution is suspended.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Lucien Barro-Ndiaye"


def test_an_appositive_noun_s_that_clause_with_its_own_subject_has_its_own_speaker():
    text = (
        "Runoff\n\n"
        "The commission declared Kito the winner with 52.6 percent of the vote, a result that opposition candidate "
        "Grace Atieno-Banda immediately dismissed as “manufactured in a back room.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Grace Atieno-Banda"


def test_a_quote_paragraph_after_someone_else_reports_is_theirs_not_the_last_speaker_s():
    text = (
        "Ceasefire\n\n"
        "In Mardinah, food stocks will run out within a week, ‘there is nothing left’, a UN official said. One charity "
        "has kept a small team working. Its field coordinator, Farida Nasseri, described conditions by phone.\n\n"
        "‘The bakeries closed last week. People queue from four in the morning.’"
    )
    assert [q.speaker.name for q in spoken(text)][-1] == "Farida Nasseri"


def test_the_paper_is_the_newspaper_named_before_it():
    text = (
        "Summit\n\n"
        "The daily Kestran Voice greeted the summit with a front-page headline. In an editorial, the paper said that "
        "years of “patient diplomacy” had “brought Sarnek to the table.”"
    )
    assert {q.speaker.name for q in spoken(text)} == {"Kestran Voice"}


def test_a_place_opening_with_lower_or_upper_is_no_candidate_for_a_pronoun():
    text = "Cyclone\n\nMirela Constantin-Abebe runs a shelter. Evacuation orders for Lower Cavell came “far too late,” she said."
    (q,) = spoken(text)
    assert q.speaker.name == "Mirela Constantin-Abebe"


def test_a_subject_after_a_title_closed_by_two_apostrophes_is_found():
    from quoteaudit.extract.subjects import main_subject

    text = "In her 2019 book, ''The Persuadable Few,'' Ms. Alvarez argued that elections are close."
    subject = main_subject(text, 0, len(text), "")
    assert subject is not None and subject.mention == "Ms. Alvarez"


def test_a_description_then_a_name_with_a_party_tag_is_that_lawmaker():
    text = "Fairness Act\n\n“This is about paying people who show up to work,” said its sponsor, Rep. Tobias Wren, R-Ariz."
    (q,) = spoken(text)
    assert q.speaker.name == "Tobias Wren"


def test_an_ing_word_after_its_article_is_a_noun_not_a_participle():
    text = (
        "Dissent\n\n"
        "Judge Amos Fairweather dissented. Fairweather closed his dissent with a broader warning:\n\n"
        "“Courts have grown comfortable telling voters that the rules are the rules.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Amos Fairweather"


def test_a_headline_quote_then_a_possessive_and_a_noun_for_words_is_the_owner_s():
    text = (
        "‘You had six years to finish’: Ibarra-Velez’s debate line lights up Senate race\n\n"
        "PITTSBURGH — It took eleven seconds. Lorena Ibarra-Velez turned to her rival."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Lorena Ibarra-Velez"


def test_a_name_after_an_outlet_s_kind_is_no_candidate_for_a_pronoun():
    text = (
        "Coup\n\n"
        "Army chief Hamadou Sissoko-Rey spoke briefly. In an appearance on the private station Radio Lagune, "
        "he said the army “remains loyal.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Hamadou Sissoko-Rey"


def test_a_speaker_heard_on_a_recording_after_the_quote_said_it():
    text = (
        "Audio\n\n"
        "Rep. Garrett Hollins spoke to donors last month.\n\n"
        "“Look, I’ll say in here what I can’t say on TV,” Hollins can be heard telling the group."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Garrett Hollins"


def test_a_person_who_interrupts_speaks_the_quote_after_the_interruption():
    text = (
        "Sentencing\n\n"
        "“Your Honor,” I said, “I would like to answer that.” Before I could go on, the magistrate "
        "interrupted me. “Tell me why a man like you is standing in this room.”"
    )
    *_, last = spoken(text)
    assert last.speaker.mention == "the magistrate"


def test_a_vocative_with_its_own_comma_is_spoken_not_a_nickname():
    text = "Sentencing\n\n“Your Honor,” I said, “I would like to answer that.”"
    first, _ = spoken(text)
    assert first.text == "Your Honor," and first.speaker.mention == "I"


def test_the_subject_of_a_passive_speech_verb_with_an_agent_is_not_the_speaker():
    text = "Rally\n\nThe mayor's address was mocked by a heckler near the stage, “Resign now!” Nobody laughed."
    (q,) = spoken(text)
    assert q.speaker is None or "address" not in q.speaker.mention


def test_according_to_inside_a_dash_aside_sources_only_the_aside():
    text = (
        "Mill\n\nCarl Dunmore, a driver, said the pay cut — 11 percent for drivers, according to a "
        "grievance filed that spring — “took the rent out of my pocket.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Carl Dunmore"


def test_in_a_name_s_words_ending_the_paragraph_before_leads_in_the_quote():
    text = (
        "Memo\n\nThe memo went out on Sunday to a few dozen donors. The key passage, in Tolbert’s words:\n\n"
        "“Our numbers show the race tightening by the week.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "Tolbert"


def test_a_name_fronted_before_the_pronoun_s_speech_verb_is_spoken_of_not_speaking():
    text = (
        "Mill\n\n“We had no choice,” Douglas Achebe said of the cut.\n\n"
        "Luis Park, who drove for the firm for 19 years, said the pay cut “took the rent out of my pocket.” "
        "Mr. Achebe, he added, “never once came to the yard.”"
    )
    *_, last = spoken(text)
    assert last.speaker.mention == "he" and last.speaker.name == "Luis Park"


def test_the_paper_is_the_newspaper_named_before_with_a_paper_word_in_its_name():
    text = (
        "Campus\n\nThe student newspaper, The Whitcombe Clarion, endorsed his opponent that spring. "
        "In an editorial, the paper called him “a candidate of talent.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the paper" and q.speaker.name == "Whitcombe Clarion"


def test_a_title_with_of_and_a_body_before_a_name_is_role_not_name():
    text = (
        "Count\n\n“If you are in line, stay in line,” Registrar of Voters Constance Ibarra-Wendt told reporters. "
        "Ibarra-Wendt said the count was slow. “It is a lot of paper,” she said."
    )
    first, second = spoken(text)
    assert first.speaker.name == "Constance Ibarra-Wendt"
    assert second.speaker.name == "Constance Ibarra-Wendt"


def test_an_irregular_past_tense_ends_the_subject_before_it():
    text = 'Poll\n\nThe Sorensen Group withdrew its survey, saying in a statement that "a coding error" had skewed it.'
    (q,) = spoken(text)
    assert q.speaker.mention == "The Sorensen Group"


def test_a_title_with_a_portfolio_before_a_name_describes_the_person_for_the_title_word():
    text = (
        "Brief\n\nMinister of Trade Helena Barros-Quintela told this newspaper last week that the government was "
        "“following the debate with attention.” The minister added: “We have lived through tariff threats before.”"
    )
    _, second = spoken(text)
    assert second.speaker.mention == "The minister" and second.speaker.name == "Helena Barros-Quintela"


def test_words_on_a_button_hand_no_speaker_to_the_next_quote():
    text = (
        "Board\n\nSome parents wore green buttons reading “Let Them Sleep”; a smaller group held a banner "
        "that said “Kids First, Buses Too.” The meeting ran late."
    )
    assert spoken(text) == []


def test_a_body_that_issued_a_statement_speaks_the_quote_in_the_next_paragraph():
    text = (
        "Apology\n\nOn the chair's orders, the committee issued a statement saying sorry to the senator over the "
        "leaked notes, which had embarrassed several members.\n\n"
        "“Speaking for the whole committee, we are sorry.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the committee"


def test_a_town_and_its_state_do_not_close_the_subordinate_clause_of_the_speaker():
    text = (
        "Live\n\nGovernor Pell is assuring voters he is tough enough after a woman in Dover, Delaware, "
        "told him she fears he is “too gentle” to beat his rivals."
    )
    (q,) = spoken(text)
    assert q.speaker.mention.startswith("a woman")


def test_a_campaign_committee_named_for_its_candidate_is_a_body_not_the_candidate():
    text = "Email\n\nDolores Alvarez is running hard. “Our membership never expires,” Alvarez for President wrote on Tuesday."
    (q,) = spoken(text)
    assert q.speaker.kind is SpeakerKind.ORGANIZATION and q.speaker.name == "Alvarez for President"


def test_a_speech_word_in_s_after_a_count_is_a_plural_noun_not_a_cue():
    text = (
        "Stump\n\nHer speech moves briskly: the budgets she balanced “without firing a single teacher,” "
        "the water compact she negotiated with three neighboring states, and a pledge to cut waste."
    )
    (q,) = spoken(text)
    assert q.speaker is None or "compact" not in q.speaker.mention


def test_who_after_a_chain_of_descriptions_is_the_person_they_describe():
    text = (
        "Delegates\n\nThe fight drew in Leon Hruska, 55, a pipefitter from Breck's Landing and one of the "
        "contested delegates, who said he had been elected “fair and square, in a church basement.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "who" and q.speaker.name == "Leon Hruska"


def test_an_abbreviation_s_period_before_the_closing_comma_does_not_end_the_quote_s_sentence():
    text = (
        "Posts\n\nOduya answered with a screenshot. She later told the Review the plan was fine.\n\n"
        "“Going to bed. Some of us have a Senate vote at 10 a.m.,” Calderwood wrote at 11:02 p.m."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "Calderwood"


def test_a_statement_is_its_issuer_s_when_a_quoted_phrase_stands_between_verb_and_statement():
    text = (
        "Posts\n\nParty Chair Maribel Sandoval-Tuck called the choice “a doubling-down on division” in a statement "
        "released by the party. “Voters wanted a grown-up,” the statement said."
    )
    _, second = spoken(text)
    assert second.speaker.mention == "the statement" and second.speaker.name == "Maribel Sandoval-Tuck"


def test_a_surname_after_a_capitalised_preposition_opening_the_sentence_is_in_view_for_a_pronoun():
    text = (
        "Poll\n\nDelia Fontaine, a nurse in Brockhaven, is torn. Hana Sorensen, a retired teacher, backs Voss. "
        "“He is steady,” Sorensen said.\n\nFor Fontaine, the decision may come down to the debates. "
        "“Let me see them stand next to each other,” she said."
    )
    *_, last = spoken(text)
    assert last.speaker.name == "Delia Fontaine"


def test_the_object_of_a_causative_verb_speaks_the_infinitive_s_quote():
    text = (
        "Vote\n\nThe county's record prompted the Harlow Almanac, which tracks bellwether counties, to state, "
        "“Pell County has picked the winner in every race since 1956.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the Harlow Almanac"


def test_a_modified_description_right_after_a_sentence_about_one_named_person_is_that_person():
    text = (
        "Oped\n\nNobody in the other camp was listening. Harlan Voss has understood all of this from the start. "
        "At a rally in Duluth last month, the Kansas governor told a crowd of ironworkers that rivals "
        "“think your job is a problem to be managed.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the Kansas governor" and q.speaker.name == "Harlan Voss"


def test_her_campaign_is_the_campaign_of_the_person_the_pronoun_stands_for():
    text = "Race\n\nMara Whitcombe spoke in Dayton on Friday. Her campaign called the report “a smear.”"
    (q,) = spoken(text)
    assert q.speaker.mention == "Her campaign" and q.speaker.name == "Whitcombe campaign"


def test_a_group_s_plural_between_subject_and_what_she_calls_does_not_hide_the_subject():
    text = "Rally\n\nMara Whitcombe says Republicans have “lost the thread,” and offers what she calls “a fresh start.”"
    _, second = spoken(text)
    assert second.speaker.mention == "Mara Whitcombe"


def test_a_document_that_reports_with_a_verb_of_its_own_is_the_source():
    text = "Court\n\nThe judgment found that returning officers had “unlawfully altered” results in 12 stations."
    (q,) = spoken(text)
    assert q.speaker.mention == "The judgment"


def test_turns_of_a_two_party_exchange_alternate_after_a_question_and_its_answer():
    text = (
        "Hearing\n\n“Did you read the contracts before you signed them?” Lindqvist asked.\n\n"
        "“I signed hundreds of papers a week,” she replied.\n\n"
        "“So your testimony is that you did not know?”\n\n"
        "“My testimony is that my staff misled me.”\n\nThe hearing resumes Monday."
    )
    quotes_ = spoken(text)
    assert [q.speaker.mention for q in quotes_] == ["Lindqvist", "she", "Lindqvist", "she"]


def test_the_statement_is_its_issuer_s_when_a_role_noun_stands_before_the_issuer_s_name():
    text = (
        "Verdict\n\nDefense attorney Simone Takahashi-Reyes said in a written statement that her client will appeal. "
        "“This was a tragedy, not a crime,” the statement said."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the statement" and q.speaker.name == "Simone Takahashi-Reyes"


def test_who_after_a_name_and_a_role_without_an_article_is_the_person_named():
    text = (
        "Tariffs\n\n“Tariffs are a tax, full stop,” said Hana Takahashi, chief economist at Portside Bank, "
        "who estimated that the plan would add “something like $300 to the price of a laptop.”"
    )
    _, second = spoken(text)
    assert second.speaker.mention == "who" and second.speaker.name == "Hana Takahashi"


def test_a_span_of_time_and_later_opening_the_sentence_is_no_subject():
    text = (
        "Feud\n\n“She is a washed-up singer,” Warren Kettleby tweeted on Friday. "
        "Twenty minutes later he was at it again: “Stick to singing and leave politics to us!”"
    )
    _, second = spoken(text)
    assert second.speaker.mention == "he" and second.speaker.name == "Warren Kettleby"


def test_a_quoted_phrase_opening_its_sentence_belongs_to_the_subject_of_its_relative_clause():
    text = (
        "Harbor\n\nThe fire chief spoke at noon. The “outdated equipment” that Chief Lorna Vashti "
        "described in her letter has since been replaced."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Lorna Vashti"


def test_an_adverb_in_ly_opening_the_sentence_is_no_subject():
    text = (
        "Audit\n\nMayor Ines Calder did not answer for a week. "
        "Finally she sent the council three lines: “I have read the audit. I accept it. I will not resign.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "she" and q.speaker.name == "Ines Calder"


def test_the_reply_from_a_name_that_then_did_something_is_the_name_s():
    text = (
        "Audit\n\nThe council e-mailed Oskar Calder at noon. The reply from Calder came an hour later: “The port is reviewing the audit.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "Calder" and q.speaker.name == "Oskar Calder"


def test_a_tabloid_s_descriptive_word_before_a_name_is_no_part_of_the_name():
    text = (
        "Spa trip\n\nSquirming Ashdown-Pryor told MPs: “I accept that the optics are not ideal.” "
        "Tycoon Dashiell Brannock said on Friday: “I am just a working man.”"
    )
    first, second = spoken(text)
    assert first.speaker.name == "Ashdown-Pryor" and second.speaker.name == "Dashiell Brannock"


def test_a_sentence_adverb_set_off_by_commas_does_not_hide_the_subject():
    text = (
        "Contract\n\nThe port signed a deal with Marlow Freight in May. Marlow Freight, meanwhile, put out a "
        "statement on Tuesday saying it had “met every term of the contract.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Marlow Freight"


def test_a_subordinate_clause_whose_subject_carries_an_appositive_keeps_its_subject():
    text = (
        "Senate\n\nThe bill ran aground on Friday, as Sen. Ada Lind, the majority leader, refused a vote "
        "and accused the minority of “playing games.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Ada Lind"


def test_a_titled_name_after_a_description_related_to_another_person_is_that_person_s():
    text = "Committee\n\n“Nobody wants to sign it,” said a senior aide to the committee chairman, Rep. Casimir Wolde."
    (q,) = spoken(text)
    assert q.speaker.mention == "a senior aide to the committee chairman"


def test_role_words_may_stand_before_the_name_that_follows_a_description():
    text = (
        "Trial\n\nProsecutors showed an email in which the defendant, former harbor commissioner Tobias Lindqvist, "
        "told a contractor, “Send the bill to my cousin’s firm.” "
        "“Keep this between us,” the defendant, former harbor commissioner Tobias Lindqvist, wrote in another."
    )
    first, second = spoken(text)
    assert first.speaker.name == "Tobias Lindqvist" and second.speaker.name == "Tobias Lindqvist"


def test_the_agent_closing_an_aside_around_a_nickname_is_not_the_subject():
    text = "Port\n\nPort chief Renata Solberg, dubbed “the Iron Lady” by her critics, on Monday said she was “not going anywhere.”"
    (q,) = spoken(text)
    assert q.speaker.name == "Renata Solberg"


def test_the_one_questioning_in_an_opening_phrase_is_not_the_pronoun_that_answers():
    text = (
        "Hearing\n\nAda Voss defended the plan on Monday. Under questioning from Sen. Imogen Rask, she went further: “I would do it again.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "she" and q.speaker.name == "Ada Voss"


def test_a_label_may_hold_a_clock_time_and_open_after_a_rubric():
    text = (
        "Newsletter\n\nThe mayor posted early. From Oskar Calder, at 6:10 a.m.: “The port will open on time.”\n\n"
        "POST OF THE DAY: From Ines Marr, at 7:45 a.m.: “Ignore the rumors!”"
    )
    first, second = spoken(text)
    assert first.speaker.name == "Oskar Calder" and second.speaker.name == "Ines Marr"


def test_people_named_in_a_sentence_about_the_pronoun_s_own_thing_are_not_the_pronoun():
    text = (
        "Primary\n\nSen. Rowan Pike and Gov. Harlan Stroud lead the polls. "
        "Lena Marchetti, a software founder, has aimed her fire at both men. Her newest ad splices "
        "together old footage of Pike and Stroud at their swearing-in. On Saturday she told reporters that the two "
        "men had “a combined 38 years on the payroll.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "she" and q.speaker.name == "Lena Marchetti"


def test_a_pronoun_stands_for_whom_the_same_pronoun_did_a_sentence_or_two_before():
    text = (
        "Rally\n\n“We will knock on every door,” said Alana Ferreira, the state director. The group of "
        "counterprotesters was organized by Teresa Lutz, a retired teacher. She said the group had obtained a "
        "permit. Most rallygoers walked past; a few honked. “We are not here to fight,” she said."
    )
    _, second = spoken(text)
    assert second.speaker.mention == "she" and second.speaker.name == "Teresa Lutz"


def test_a_clause_of_described_people_after_though_has_its_own_subject():
    text = (
        "Border\n\n“The road is open and it is monitored,” Colonel Fadi Harrouche told reporters, though aid "
        "workers on the road described the checkpoints as “slow and unpredictable.”"
    )
    first, second = spoken(text)
    assert first.speaker.name == "Fadi Harrouche" and second.speaker.mention == "workers on the road"


def test_three_names_listed_as_the_subject_speak_together():
    before = "Talks\n\nLirent, Ostremark and Sulvania issued a joint statement on Tuesday urging “all sides to show restraint.”"
    after = "Talks\n\n“The plan is dead,” said Ana Ruiz, Tom Bell and Ida Moss."
    assert spoken(before)[0].speaker.name == "Lirent, Ostremark and Sulvania"
    assert spoken(after)[0].speaker.name == "Ana Ruiz, Tom Bell and Ida Moss"


def test_and_inside_a_body_s_name_that_ends_on_a_word_for_a_body_is_part_of_it():
    text = "Coalition\n\nHis coalition partner, the Farmers and Industry Party, has warned against “giving away the national battery.”"
    (q,) = spoken(text)
    assert q.speaker.name == "Farmers and Industry Party"


def test_the_one_seen_or_heard_speaking_speaks():
    text = (
        "Op-ed\n\nI thought of the port as I watched Foreign Minister Selin Arkadas tell reporters that she would "
        "not “negotiate through this room.” Last week I heard Mayor Ines Calder say that the port was "
        "“a lost cause.”"
    )
    first, second = spoken(text)
    assert first.speaker.name == "Selin Arkadas" and second.speaker.name == "Ines Calder"


def test_a_name_described_as_a_body_right_after_it_is_the_body_a_description_stands_for():
    text = (
        "Outage\n\nTraffic fell sharply overnight, according to NetWatch Orient, a monitoring group based in Lanmere. "
        "The group said traffic from three provinces had fallen to “effectively zero.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "The group" and q.speaker.name == "NetWatch Orient"


def test_a_dateline_may_credit_a_wire_with_a_long_name():
    text = (
        "Gulls win\n\nHARBORVIEW (Continental Sports Wire) - Dariusz Wolanski had seen enough by halftime. What he "
        "said in the locker room was, he told reporters afterward, “not fit for a family broadcast.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "he" and q.speaker.name == "Dariusz Wolanski"


def test_a_deputy_s_rank_is_not_the_office_a_description_names():
    text = (
        "Bank\n\nGovernor Leonor Vasconcelos pushed back on Wednesday. The board voted 6-1 to hold, with Deputy "
        "Governor Pavel Hruby dissenting. Asked what would change her mind, the governor was brief: “Three months of "
        "lower inflation.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the governor" and q.speaker.name == "Leonor Vasconcelos"


def test_a_word_for_a_place_opening_a_name_names_no_person():
    text = (
        "Strike\n\nDockworkers at Port Arden will stay out until they get the raise they were promised, union leader "
        "Sipho Mahlangu told a rally on Friday. “Not a cent less,” he said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Sipho Mahlangu"


def test_a_name_with_an_age_set_off_opens_its_clause_before_a_parenthetical_pronoun():
    text = (
        "Prize\n\nLucia Aguilar-Fennimore won the prize on Tuesday. The chair of the jury, Margarethe Olawale, tells me "
        "the decision was fast. “We were done by a quarter past,” she says.\n\n"
        "Aguilar-Fennimore, 52, spent 19 years as a bookkeeper and wrote, she says, “mostly between five and seven in "
        "the morning.” Early drafts carried another title, which her agent persuaded her to drop.\n\n"
        "Her acceptance speech was brief. “To the 31 editors who said no: thank you,” she told the audience."
    )
    *_, last = spoken(text)
    assert last.speaker.mention == "she" and last.speaker.name == "Lucia Aguilar-Fennimore"


def test_an_appositive_after_a_later_mention_by_surname_describes_the_person():
    text = (
        "Harbor seat\n\nMayor Ines Calder swore in the new harbor commissioner. Oskar Lindqvist picked his deputy "
        "for the job last spring.\n\nThe deputy once ran the port office for Mr. Lindqvist, the county's longest-serving "
        "executive.\n\nAt the ceremony the two men traded jokes. “Nobody here is that patient,” the executive quipped."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the executive" and q.speaker.name == "Oskar Lindqvist"


def test_radioed_is_a_speech_verb():
    text = "Spacewalk\n\n“Control, we have a pressure warning on panel four,” radioed commander Ines Barrow, three hours in."
    (q,) = spoken(text)
    assert q.speaker.name == "Ines Barrow"


def test_a_directorate_spoken_of_by_its_kind_is_the_one_named_before():
    text = (
        "Lab\n\nOfficials told a local station that the Food Safety Directorate had found gaps in the lab's records. "
        "The directorate said in a statement that it “will not comment on an ongoing inspection.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "The directorate" and q.speaker.name == "Food Safety Directorate"


# ---------------------------------------------------------------- from held-out sets 98 and 99


def test_a_cue_and_a_phrase_of_place_or_time_before_the_quote_beat_a_reply_in_the_next_sentence():
    text = (
        "Pier Talks\n\nThe dockworkers’ union at Port Arlen posted on social media Friday, “We are ready to talk. "
        "Are they?” A port spokeswoman, Mara Quint, replied within the hour."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "The dockworkers’ union at Port Arlen"


def test_prosecutors_and_sheriffs_speak_as_a_group_even_without_a_determiner():
    which = spoken("Harbor Case\n\nThe word appears 14 times in the charging document, which prosecutors described as “routine.”")
    letter = spoken("Harbor Case\n\nIn Oregon, sheriffs in four counties said in a joint letter that the plan was “unworkable.”")
    assert which[0].speaker.mention == "prosecutors"
    assert letter[0].speaker.mention == "sheriffs in four counties"


def test_an_interview_headline_gives_the_name_before_on_and_its_topic():
    text = "‘We are nobody’s backup plan’: Ines Calder on coalitions, the coast and the port\n\nHARBORVIEW — Ines Calder has led the Greens for six years."
    (q,) = spoken(text)
    assert q.speaker.mention == "Ines Calder"


def test_an_embedded_posts_credit_with_an_account_names_a_body_as_its_speaker():
    text = "Harbor Vote\n\n“Take the harbor back. October 19.” — Harbor Front (@HarborFrontVD) October 9, 2025"
    (q,) = spoken(text)
    assert q.speaker.mention == "Harbor Front" and q.speaker.method == "dash"


def test_words_that_came_from_a_person_described_before_the_colon_are_that_persons():
    text = (
        "Count Night\n\n10:05 p.m. — A word of caution came from Priya Dunmore of Vantage Research, whose final poll had "
        "the two parties tied: “The early results are rural seats, and the cities count slowly.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Priya Dunmore" and q.speaker.method == "colon_lead_in"


def test_a_possessive_lead_in_may_say_what_the_words_are_about_before_its_colon():
    text = (
        "Count Night\n\n12:20 a.m. — Mayor Ines Calder has spoken in the ballroom. Her remarks on the port, in full:\n\n"
        "“We may end this night as the largest party, or we may not.\n\n“Now go home and get some sleep.”"
    )
    quotes_found = spoken(text)
    assert quotes_found and all(q.speaker.mention == "Her" and q.speaker.name == "Ines Calder" for q in quotes_found)


def test_a_party_leader_described_by_the_party_is_one_person_named_so_before():
    text = (
        "Harbor Vote\n\nCivic Union leader Ines Calder spoke first. Harbor Front leader Bertram Vask spoke next. "
        "Later, the Harbor Front leader told reporters, “We are not done.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the Harbor Front leader" and q.speaker.name == "Bertram Vask"


def test_an_unnamed_subject_given_a_name_of_the_other_gender_is_no_antecedent():
    text = (
        "Court Voice\n\nAna Reyes started at the courthouse in 1993. Her first supervisor, a retired linguist named "
        "Gerald Pruitt, gave her advice. “Nobody remembers the interpreter,” he told her.\n\nShe has spent three "
        "decades, she says, trying to follow that advice. “He was wrong, of course,” she said."
    )
    first, second = spoken(text)
    assert first.speaker.name == "Gerald Pruitt"
    assert second.speaker.mention == "she" and second.speaker.name == "Ana Reyes"


def test_her_husband_is_not_a_son_the_story_names_only_further_down():
    text = (
        "Diner Closes\n\nHARBORVIEW — Yiannis Petrakis has unlocked the diner for 42 years.\n\n"
        "“He is never on time,” Marisol Petrakis said on a recent morning.\n\n"
        "“I’m always on time,” her husband said from the grill.\n\n"
        "Their son, Nikos Petrakis, 44, grew up in the back booth."
    )
    quotes_found = spoken(text)
    assert quotes_found[1].speaker.mention == "her husband" and quotes_found[1].speaker.name == "Yiannis Petrakis"


# ---------------------------------------------------------------- from held-out sets 100 and 101


def test_a_second_verb_after_an_opening_quote_shares_the_subject_after_the_quote_not_one_inside_it():
    text = (
        "Lunch Row\n\n“If kids want a free lunch, they can earn it the way I did,” he tweeted shortly after noon, then "
        "deleted it an hour later and told the Harbor Ledger that the post had been “poorly worded.”"
    )
    first, second = spoken(text)
    assert first.speaker.mention == "he" and second.speaker.mention == "he"


def test_a_rejoinder_is_a_noun_for_words_whose_owner_speaks():
    (q,) = spoken("Lunch Row\n\nMayor Ines Lindahl spoke last. Lindahl’s rejoinder was fair: “My opponent has never cast a vote.”")
    assert q.speaker.mention == "Lindahl" and q.speaker.name == "Ines Lindahl"


def test_a_headline_clause_with_a_negated_auxiliary_before_the_colon_gives_its_subject():
    text = (
        "Quintanar won’t commit to backing Halvorsen: ‘He is not fit to be commander in chief’\n\n"
        "Washington — Sen. Rafael Quintanar said Sunday he was “not going to lie to the voters” about Conrad Halvorsen."
    )
    assert spoken(text)[0].speaker.mention == "Quintanar"


def test_what_a_relative_clause_in_a_role_says_of_another_person_does_not_describe_the_person():
    text = (
        "Commons Sketch\n\nTobias Wendle, the roads minister, rose first. Rescue arrived from his own benches in the form "
        "of Rupert Vaughan, who wondered whether the minister agreed that the opposition had no plan. "
        "‘I could not have put it better myself,’ said the minister."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the minister" and q.speaker.name == "Tobias Wendle"


def test_a_shadow_minister_is_not_the_minister():
    text = (
        "Commons Sketch\n\nTobias Wendle, the roads minister, took questions. Grace Adeyemi, the shadow roads minister, "
        "had read every page. ‘I could not have put it better myself,’ said the minister."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Tobias Wendle"


def test_a_club_named_before_its_manager_is_a_body_that_no_he_stands_for():
    text = (
        "Derby\n\nKelvingate Rovers manager Tomasz Wieczorek refused to blame the referee after a 3-2 defeat.\n\n"
        "Rovers also had a penalty appeal waved away in the second half, but the Pole was in no mood for excuses "
        "when he sat down in front of the media.\n\n‘I could sit here and talk about the penalty,’ he said."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "he" and q.speaker.name == "Tomasz Wieczorek"


def test_footage_that_shows_him_shouting_gives_the_words_to_him():
    text = (
        "Bus Case\n\nLewis Garth, 34, was caught on the bus’s camera. Footage played to the magistrates appeared to show "
        "him shouting ‘Have that!’ as he threw the food."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "him" and q.speaker.name == "Lewis Garth"


def test_an_irish_particle_keeps_its_capital_in_a_surname_after_an_honorific():
    text = (
        "Commons Sketch\n\nFrom the third-party benches, Fionnuala Ní Bhriain, who sits for Carrick West, had been "
        "keeping count. ‘I have been listening very carefully,’ said Ms Ní Bhriain."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Fionnuala Ní Bhriain"


def test_a_quote_inside_a_noun_phrase_before_a_participle_leaves_the_sentence_subject_speaking():
    text = (
        "Towed\n\nKerry-Ann Mott later posted a photo of the empty space in the ‘Harbor Mums Together’ Facebook group, "
        "writing: ‘This is what our council thinks of working mums.’"
    )
    assert quotes(text)[-1].speaker.name == "Kerry-Ann Mott"


def test_a_relative_who_after_a_councillors_party_and_ward_in_brackets_stands_for_the_councillor():
    text = (
        "Meadow Vote\n\nThe plan cut little ice with Cllr Dominic Fairfax (Ind, Ashcombe East), who called the decision "
        "‘a betrayal of everyone who has ever walked a dog on that meadow’ before leaving."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "who" and q.speaker.name == "Dominic Fairfax"


# ---------------------------------------------------------------- from held-out sets 102 and 103


def test_a_corrections_cleft_gives_the_words_to_the_one_named_before_not():
    text = (
        "Correction\n\nAn article on Friday misattributed a quote about the Pier Street fire. It was Fire Marshal "
        "Gideon Rusk, not Battalion Chief Moira Fenn, who said the blaze was “entirely preventable.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "who" and q.speaker.name == "Gideon Rusk"


def test_regional_honorifics_are_titles_not_part_of_the_name():
    chamber = spoken("Market Row\n\n“The traders are already on their knees,” said Alhaji Musa Danjuma Bello, president of the chamber.")
    ward = spoken("Ward Fund\n\nWard representative Hon. Faith Wanjiru Kamau said: “I have gone through every page.”")
    assert chamber[0].speaker.name == "Musa Danjuma Bello"
    assert ward[0].speaker.name == "Faith Wanjiru Kamau"


def test_arap_and_ole_are_particles_inside_a_name():
    (q,) = spoken("Land Case\n\n“We were here before the fence,” said Joseph Kibet arap Sang, the area administrator.")
    assert q.speaker.name == "Joseph Kibet arap Sang"


def test_mohd_is_an_abbreviated_first_name_not_a_sentence_end():
    (q,) = spoken("Assembly\n\n“Play the speech again,” said Mohd. Irfan Siddiqui, who represents the old city.")
    assert q.speaker.mention == "Mohd. Irfan Siddiqui"


def test_an_office_written_with_capitals_is_the_person_introduced_with_that_title():
    text = (
        "Court Row\n\nA Division Bench of Chief Justice R. Venkata Iyer and Justice Farida T. Mir on Thursday pulled up "
        "the corporation. “Is flooding a new word in your dictionary?” the Chief Justice asked."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the Chief Justice" and q.speaker.name == "R. Venkata Iyer"


def test_initials_open_a_name_and_end_no_sentence():
    chair = spoken("Tender Row\n\nThe board chair, P. Muthulakshmi, opened the session. “We will not delay the tender again,” she said.")
    panel = spoken("Audit\n\nK.P. Radhakrishna Pillai, who chairs the panel, said: “The audit is complete.”")
    assert chair[0].speaker.name == "P. Muthulakshmi"
    assert panel[0].speaker.mention == "K.P. Radhakrishna Pillai"


def test_a_surname_on_second_mention_finds_a_name_with_initials_or_a_suffix():
    guard = spoken("Rally\n\n“We will win this,” said J.R. Okafor, a guard. “They never quit,” Okafor said.")
    coach = spoken("Rally\n\n“We will win this,” said Darnell T. Ruiz Jr., the coach. “They played hard,” Ruiz said.")
    assert guard[1].speaker.name == "J.R. Okafor"
    assert coach[1].speaker.name == "Darnell T. Ruiz Jr."


def test_a_first_name_ending_like_an_adverb_still_opens_the_subject():
    text = (
        "Transit Study\n\nEmily Vantongeren, a nurse at the regional hospital, said the new timetable had worked. "
        "She said ridership rose on every line.\n\n“It is the frequency, not the fare,” she said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Emily Vantongeren"


def test_a_described_subject_named_in_its_own_predicate_is_that_person():
    text = (
        "Last Orders\n\nThe nurse who has looked after my father since 2019 is named Oona Brackett. I knew that from her badge. "
        "I did not know she had worked there for twenty years. “I came for one summer,” she told me."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Oona Brackett"


def test_a_description_by_occupation_stands_for_the_person_just_described():
    text = (
        "Rates Vote\n\nThe council heard from residents on Tuesday. Tobias Wren, who lives near the rail yard, told the council "
        "his bill had doubled. “I budget for everything and I still can’t keep up,” the retired machinist said."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "the retired machinist" and q.speaker.name == "Tobias Wren"


def test_malaysian_honorifics_are_titles_not_part_of_the_name():
    text = (
        "Flood Pledge\n\nDatuk Seri Idris Kamarulzaman told the crowd the money was ready. "
        "Idris, whom villagers call “Pak Long”, smiled. “This is a drain, not a gift,” he said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Idris Kamarulzaman"


def test_a_name_shortened_to_its_first_words_is_the_person_named_in_full():
    text = (
        "By-election\n\nThe party fielded Siti Khadijah Rosli, 34, a former teacher. Siti Khadijah, who is standing for the "
        "first time, visited the wet market. “Clean water comes first,” she said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Siti Khadijah Rosli"


def test_a_surname_before_a_joined_given_name_finds_the_person():
    text = "Flats\n\nThe agency’s research head, Vivian Ho Hoi-yan, expects more cuts. “Owners will follow the developers,” Ho said."
    (q,) = spoken(text)
    assert q.speaker.name == "Vivian Ho Hoi-yan"


def test_a_surname_written_first_after_a_portfolio_stays_in_the_name():
    text = (
        "Trays\n\nReturn rates rose, Minister of State Tan Wei Ling said on Sunday. "
        "At the launch, Ms Tan said: “People simply decided it was right.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Tan Wei Ling"


def test_transcript_turns_without_quotation_marks_are_quotes_of_their_labels():
    text = (
        "Call notes\n\nThe company reported results on Tuesday.\n\n"
        "Marta Quell — Chief Executive Officer: Orders rose in every region this quarter.\n\n"
        "Ivo Brandt, Analyst at Kessler & Finch: Is the growth coming from new customers?\n\n"
        "Marta Quell — Chief Executive Officer: Mostly from existing ones.\n\n"
        "They keep buying more seats.\n\n"
        "Ivo Brandt, Analyst at Kessler & Finch: Thank you.\n\n"
        "Shares rose 4% after the call."
    )
    turns = [q for q in quotes(text) if q.kind is QuoteKind.TURN]
    assert [(q.text, q.speaker.name) for q in turns] == [
        ("Orders rose in every region this quarter.", "Marta Quell"),
        ("Is the growth coming from new customers?", "Ivo Brandt"),
        ("Mostly from existing ones.", "Marta Quell"),
        ("They keep buying more seats.", "Marta Quell"),  # a paragraph with no label continues the turn
        ("Thank you.", "Ivo Brandt"),
    ]


def test_section_labels_and_listings_are_no_transcript():
    digest = (
        "Poll digest\n\nNATIONAL: Ostrander 48, Vail 45 in the new survey.\n\n"
        "MICHIGAN: Vail 47, Ostrander 45, a tie for practical purposes.\n\n"
        "SUBURBS: Ostrander leads by 11 among suburban women."
    )
    markets = (
        "Markets\n\nHarbor City – Composite: DOWN 0.4 percent at 2,104.10.\n\nOil – Coastal Crude: UP 20 cents at $61.05 a barrel."
        "\n\nOil – Northern Blend: UP 31 cents at $63.20 a barrel."
    )
    review = "Kettles\n\nPrice: $40 at most shops.\n\nVerdict: Fast and quiet.\n\nPrice: $25 online.\n\nVerdict: Slow, but cheap."
    rubrics = "Budget\n\nWHY IT MATTERS: The vote sets the budget.\n\nWHAT'S NEXT: A second vote in May.\n\nUPDATE: The vote was moved."
    assert not [q for text in (digest, markets, review, rubrics) for q in quotes(text) if q.kind is QuoteKind.TURN]
    presser = (
        "Sheriff: Deputy on leave\n\nSHERIFF DANA COLE: We placed him on leave.\n\nREPORTER: For how long?\n\nCOLE: Until the review ends."
    )
    assert [q.text for q in quotes(presser) if q.kind is QuoteKind.TURN] == [
        "We placed him on leave.",
        "For how long?",
        "Until the review ends.",
    ]  # (the headline's "Sheriff:" is no turn)


def test_a_quote_inside_an_unmarked_turn_keeps_its_own_speaker():
    text = (
        "Interview\n\nQ: Why did you keep the boat?\n\n"
        "A: My father used to say, “Never sell the thing that feeds you.” I listened.\n\n"
        "Q: Do you regret it?\n\nA: Not once."
    )
    inner = [q for q in spoken(text) if q.text.startswith("Never sell")]
    assert [q.speaker.mention for q in inner] == ["My father"]
    assert len([q for q in quotes(text) if q.kind is QuoteKind.TURN]) == 4


def test_my_opens_a_noun_phrase_and_names_no_one():
    (q,) = spoken("Column\n\nMy grandmother used to say, “Mend it before it tears.” I still do.")
    assert q.speaker.mention == "My grandmother"


def test_a_transcript_label_in_capitals_is_the_person_it_names_in_full_earlier():
    text = "Debate\n\nMARA QUINT: Why not debate?\n\nOTTO VELL: Because we said so.\n\nQUINT: You said that in January."
    turns = [q for q in quotes(text) if q.kind is QuoteKind.TURN]
    assert [q.speaker.name for q in turns] == ["Mara Quint", "Otto Vell", "Mara Quint"]


def test_the_writers_relative_named_by_first_name_is_who_my_relative_means():
    text = "Column\n\nWhen I phoned my uncle Teodor about the orchard, the line crackled. “Come in the spring,” my uncle said."
    (q,) = spoken(text)
    assert q.speaker.mention == "my uncle" and q.speaker.name == "Teodor"


def test_a_nickname_inside_a_name_leaves_the_sentence_about_that_person():
    text = (
        "Bakery\n\nLandlord Rufus Penhallow said he had turned down two offers. “They would have gutted it,” Penhallow said.\n\n"
        "Bartholomew “Bart” Quenby, who ran the bank’s vault in the 1960s, comes in most mornings. "
        "The 84-year-old sits where his window used to be. “I counted money right here,” he said."
    )
    last = spoken(text)[-1]
    assert last.speaker.name == "Bartholomew Quenby"


def test_an_interviews_answer_turns_are_the_interviewees():
    text = (
        "Chef Ilse Marrow on leaving engineering\n\nIlse Marrow left a bridge firm to open a restaurant. Marrow, 46, spoke to us "
        "in her kitchen.\n\nQ: Why leave?\n\nA: A footbridge that was never built.\n\nQ: Will you go back?\n\nA: Never say never."
    )
    turns = [q for q in quotes(text) if q.kind is QuoteKind.TURN]
    assert [(q.speaker.mention, q.speaker.name) for q in turns] == [("Q", "Q"), ("A", "Ilse Marrow"), ("Q", "Q"), ("A", "Ilse Marrow")]


def test_a_hearing_transcripts_court_and_callers_and_unnamed_roles_speak():
    hearing = (
        "Trial date holds\n\nJudge Wilhelmina Osei refused the delay on Monday. The exchange is reproduced from the transcript.\n\n"
        "THE COURT: You asked for a continuance twice already.\n\nMR. HALVARD: Your Honor, the volume is new.\n\n"
        "THE COURT: The motion is denied."
    )
    callin = (
        "Open line\n\nThe utility's director took calls on Tuesday.\n\nCaller (Ines, Mill End): Who pays for the bottled water?\n\n"
        "Tovah Reinholt (Director): We will, and I am sorry it took this long.\n\nCaller (Ines, Mill End): I will believe it when I see it."
    )
    clip = "Flood clip\n\nThe water has gone down.\n\nREPORTER: How high did it get?\n\nUNIDENTIFIED MAN: Up to the windows."
    court = [q.speaker.name for q in quotes(hearing) if q.kind is QuoteKind.TURN]
    callers = [q.speaker.name for q in quotes(callin) if q.kind is QuoteKind.TURN]
    unnamed = [q.speaker.mention for q in quotes(clip) if q.kind is QuoteKind.TURN]
    assert court[0] == court[2] == "Wilhelmina Osei"
    assert callers == ["Ines", "Tovah Reinholt", "Ines"]
    assert unnamed == ["REPORTER", "UNIDENTIFIED MAN"]


def test_a_transcripts_last_turn_runs_on_in_the_first_person_but_not_into_quoted_prose():
    text = (
        "Call\n\nLena Marsh — Chief Financial Officer: Costs rose in the quarter.\n\n"
        "Omar Tell (Brightwater): Will they fall?\n\n"
        "Lena Marsh — Chief Financial Officer: Most of it rolls off by year-end.\n\n"
        "On grocery, we see customers holding less stock, and we plan for that.\n\n"
        "Outside the call, Marsh said more. “We are fine,” she said."
    )
    turns = [q.text for q in quotes(text) if q.kind is QuoteKind.TURN]
    assert turns[-1] == "On grocery, we see customers holding less stock, and we plan for that."
    assert len(turns) == 4


def test_a_chain_of_particles_stays_inside_the_name():
    (q,) = spoken("Funding\n\n“The repayment data held up,” Harbour Ventures partner Jacobus van der Walt said.")
    assert q.speaker.name == "Jacobus van der Walt"


def test_an_abbreviated_given_name_and_a_first_name_after_a_title_stay_in_the_name():
    farmer = spoken("Flood\n\n“The soil was loose in February,” said Md. Abdul Karim, 61, a farmer of Koyra village.")
    intern = spoken("Strike\n\n“We have the promise in writing,” said Dr Nafis Ahmed Rony, president of the interns’ council.")
    assert farmer[0].speaker.name == "Md. Abdul Karim"
    assert intern[0].speaker.name == "Nafis Ahmed Rony"


def test_a_dash_credit_may_run_on_after_its_comma():
    text = (
        "Quote of the day\n\n“A court that cannot be understood is only half a court.”\n\n"
        "— Justice K.V. Ramanathan, at the opening of the district’s new translation desk for litigants"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "K.V. Ramanathan"


def test_regional_bodies_are_no_she():
    text = (
        "Trees\n\nRukhsana Malik Bhatti leads the campaign. The Shehri Hariyali Forum has kept watch for a week.\n\n"
        "“We just want our city to breathe,” she said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Rukhsana Malik Bhatti"


def test_a_capitalised_irish_particle_stays_inside_the_name():
    text = (
        "Tractors\n\nThe network’s president, Colm Ó Riordáin, spoke first. “We are here for the next generation,” Mr Ó Riordáin said. "
        "Minister for Agriculture Niamh Ó Súilleabháin said the talks were “frank.”"
    )
    first, second = spoken(text)
    assert first.speaker.name == "Colm Ó Riordáin"
    assert second.speaker.name == "Niamh Ó Súilleabháin"


def test_a_role_of_several_words_after_an_opening_phrase_opens_the_subject():
    text = (
        "Rally\n\nAt the rally, dairy farmer Orla Breathnach, who milks 90 cows near Kilnaleck, Co Cavan, said she had borrowed "
        "to expand. “The bank did not lend me that money on a promise,” she said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Orla Breathnach"


def test_a_name_after_a_bodys_kind_is_the_body_the_group_means():
    text = (
        "Nitrates\n\nIn a statement, the conservation coalition Wild Harbours Ireland said it had “real sympathy” for farmers.\n\n"
        "“The river data cannot be wished away,” the group said."
    )
    assert spoken(text)[-1].speaker.name == "Wild Harbours Ireland"


def test_a_paragraph_about_a_speech_event_hands_its_speaker_to_the_quote_after_it():
    text = (
        "Debate\n\nSenator Dele Okonjo and Governor Ines Marr met on Thursday. Asked whether he could win in November, "
        "Okonjo gave one of his longest answers of the night.\n\n"
        "“I have beaten this kind of candidate before, in a state everybody had written off.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "Okonjo"


def test_a_surname_used_before_a_son_is_named_is_not_the_son():
    text = (
        "Rally\n\n“We will carry this state,” Mr. Halloran said on Monday. His son, Wallace Halloran Jr., introduced him.\n\n"
        "“Nobody works harder,” Mr. Halloran said later."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Halloran", "Halloran"]


def test_a_title_word_inside_a_role_leaves_the_role_before_the_first_name():
    (q,) = spoken("Talks\n\n“It is destructive to the relationship,” said National Security Adviser Karen Holt.")
    assert q.speaker.name == "Karen Holt"


def test_a_surname_the_narrative_never_completes_takes_its_first_name_from_the_headline():
    text = (
        "Press Briefing by Press Secretary Temitope Adeyinka\n\nState Capitol, 11:42 A.M.\n\n"
        "MR. ADEYINKA: Good morning. The governor signed the declaration last night.\n\n"
        "Q: Will there be blackouts?\n\nMR. ADEYINKA: Not if the grid operator does its job."
    )
    turns = [q for q in quotes(text) if q.kind is QuoteKind.TURN and q.speaker.mention != "Q"]
    assert [q.speaker.name for q in turns] == ["Temitope Adeyinka", "Temitope Adeyinka"]


def test_a_pronoun_finds_a_name_that_opens_with_an_abbreviated_given_name():
    text = (
        "Flood\n\n“The soil was loose,” said Md. Rafiqul Karim, 61, a farmer of Koyra village.\n\n"
        "Karim said he had borrowed Tk 80,000. “I cannot repay it,” he said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Md. Rafiqul Karim", "Md. Rafiqul Karim"]


def test_a_name_a_relative_which_follows_is_a_body_known_by_its_longer_name():
    text = (
        "Strike vote at Pellworth Gears\n\nWorkers at the Pellworth Gears plant will vote on Sunday.\n\n"
        "Pellworth, which makes gearboxes for tractors, said in a statement that it had “bargained honestly at every meeting.”\n\n"
        "“We want this plant to be here in 20 years,” the company said.\n\n"
        "“We were told the same thing in 2009,” said Rhona Vasey, a welder, which drew nods from the men beside her."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Pellworth Gears", "Pellworth Gears", "Rhona Vasey"]


def test_a_place_after_an_article_a_day_and_a_gloss_in_brackets_are_no_antecedents():
    newspaper = (
        "Founder\n\nOtis Brackley, the nominee, founded the firm at 29. It failed in a decade, according to records in "
        "federal court in Cedar Rapids.\n\nMr. Brackley calls the collapse a lesson. In an interview with a Cedar Rapids "
        "newspaper a year later, he called it “the worst and best year I had.”"
    )
    day = "Kallas: 'Not yet'\n\nAsked Monday in Boise whether he would quit before Super Tuesday, the Idaho governor laughed. \"Not yet, and not soon,\" he said."
    gloss = "Rally\n\nThe leader also mocked the housing scheme, “Pudhu Veedu” (Golden Roof), which he said had “more ribbons than roofs.”"
    assert [q.speaker.name for q in spoken(newspaper)] == ["Otis Brackley"]
    assert [q.speaker.name for q in spoken(day)][-1] == "Kallas"
    assert "Golden Roof" not in [name for name, _, _ in people_in(gloss)]


def test_a_reply_right_after_a_named_speaker_is_the_other_person():
    text = (
        "Debate\n\nLater, moderator Silas Penrow pressed Gideon Marsh on whether he would accept the count. "
        '"Senator, a yes or a no," Penrow said. "Yes, if the count is clean," he answered after a pause.'
    )
    assert [q.speaker.name for q in spoken(text)] == ["Silas Penrow", "Gideon Marsh"]


def test_a_reply_to_a_question_about_someone_is_not_theirs():
    text = (
        "Interview\n\n“We will not cut benefits,” said Hollis Dunmore, the campaign chairman.\n\n"
        "Reyes asked him whether Gov. Thessaly Varn would rule out raising the age. “The governor has been clear,” he said.\n\n"
        "“That's not what I asked,” Reyes said.\n\n“It's what I answered,” he replied."
    )
    assert [q.speaker.name for q in spoken(text)][-1] == "Hollis Dunmore"


def test_a_lawmaker_tagged_with_the_state_alone_is_the_state_and_party_description():
    text = (
        "Senate\n\nThe majority leader, Senator Orvis Kettering of Nebraska, said his party objected to the standards.\n\n"
        "The Nebraska Republican, who is not on the ballot this year, added that the vote was “an ad with a price tag.”"
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Orvis Kettering"


def test_a_description_opening_a_quote_paragraph_is_the_subject_the_paragraph_before_ends_on():
    alone = (
        "Rally\n\nThe campaign bus arrived after dark. Ilse Brandvold climbed onto a hay wagon there and waved.\n\n"
        "“I have been here three times,” the retired schoolteacher said."
    )
    two = (
        "Mosques\n\nNora Ruiz called on Mayor Dale Okafor to restore the unit. Okafor disbanded it in April.\n\n"
        "“There is anger like nobody has seen,” the Republican presidential candidate said."
    )
    assert [q.speaker.name for q in spoken(alone)] == ["Ilse Brandvold"]
    assert [q.speaker.name for q in spoken(two)] != ["Dale Okafor"]


def test_a_quote_filling_its_line_under_a_caption_line_is_the_captioned_speaker():
    text = (
        "Then and now\n\nHere is what the senator has said over the years.\n\n"
        "THEN: Ostrander at a 2018 forum, Boise State\n“We should stop new leases on public land. End them.”\n\n"
        "NOW: Ostrander in Pocatello, Monday\n“I don't believe in bans.”\n\n"
        "Sheriff Warns of Ice\n“Stay home if you can.”"
    )
    assert [q.speaker.name if q.speaker else None for q in spoken(text)] == ["Ostrander", "Ostrander", None]


def test_a_possessive_before_a_base_form_is_a_noun_not_the_next_quote_attribution():
    text = (
        "Leak\n\nMarta Quill ran the office. Tessa Brandt later forwarded the thread to Quill with a note: "
        '"Worried. Very." Quill\'s reply, in full, was "Understood."'
    )
    assert [q.speaker.name for q in spoken(text)] == ["Tessa Brandt", "Marta Quill"]


def test_a_sentence_opening_on_late_or_early_keeps_its_real_subject():
    text = "Primary\n\nLate in the evening, the Dunmore campaign sent reporters an e-mail saying its count showed her ''well ahead in the suburbs.''"
    (q,) = spoken(text)
    assert q.speaker.mention == "the Dunmore campaign"


def test_a_pronoun_after_a_description_with_its_name_set_off_is_that_name():
    text = (
        "Talks\n\nOn Sunday, the Front's political representative in Marrac, Idris Kovač, said the group remained "
        "“committed in principle” to the talks. He appeared beside the mediator, Lina Farr, who did not speak. "
        "“But we cannot sit at a table,” he said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Idris Kovač", "Idris Kovač"]


def test_a_participle_after_a_subject_heard_saying_belongs_to_that_subject():
    text = (
        "Recording\n\nLyle Orban spoke last. Orban's answer is partly drowned out, but he can be heard saying "
        'the senator "knows which side the bread is on."'
    )
    (q,) = spoken(text)
    assert (q.speaker.mention, q.speaker.name) == ("he", "Lyle Orban")


def test_with_a_noun_and_added_before_a_colon_is_no_attribution():
    text = "Posts\n\nThe campaign's account, @OrbanHQ, later reposted the senator's first message with one line added: “Follow the money.”"
    (q,) = spoken(text)
    assert q.speaker is None or "message" not in q.speaker.mention


def test_a_headline_name_on_a_hyphenated_topic_before_a_colon_speaks_the_quote():
    text = (
        "Varga on Ostrander-Hale: 'He Has Never Run Anything Bigger Than a County'\n\nThe governor made the remark in Joplin on Saturday."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "Varga"


def test_a_pronoun_after_told_and_a_listener_is_reported_by_the_teller():
    text = (
        "Race\n\nRep. Ansel Morrow met Gov. Theo Varn backstage. Morrow later told reporters he agreed: "
        '"Nobody\'s finished until the delegates say so."'
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "Morrow"


def test_a_sentence_naming_whose_word_the_quote_was_attributes_it():
    text = (
        'Recount\n\n"We will ask for a recount in any county within half a point." That was the word Wednesday '
        "from Ilka Varro-Benn, the lawyer for the party."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Ilka Varro-Benn"


def test_according_to_later_in_the_sentence_is_not_blocked_by_a_noun_spelt_like_a_verb():
    text = (
        'Debate\n\nGov. Ansel Rudd was "furious" when he learned the second debate had been moved out of the state, '
        "according to two people close to him."
    )
    (q,) = spoken(text)
    assert q.speaker.mention == "two people close to him"


def test_in_the_words_of_after_a_quote_attributes_it_unless_a_verb_before_gives_the_speaker():
    (q,) = spoken('Memo\n\nThe race is now "a turnout contest," in the words of a memo sent last week.')
    assert q.speaker.mention.startswith("a memo")
    (q,) = spoken('Caracas\n\nMinister Ana Ruiz spoke at the memorial, declaring "Always forward" in the words of the hero Tomas Ibarra.')
    assert q.speaker.name == "Ana Ruiz"


def test_a_word_named_is_not_attributed_by_according_to_later_in_the_sentence():
    text = (
        'Debate\n\nThe word "tremendous" turned up 11 times in his answers, according to a review of the transcript.\n\n'
        "The so-called “Harbor Rebate” would cost the state $212 million, according to the fiscal office."
    )
    assert spoken(text) == []


def test_a_live_blog_time_zone_opens_no_name():
    text = (
        "US election live\n\n14:32 BST Varro's running mate, Tomás Ibarra-Lund, has told reporters that the campaign is "
        "‘running on fumes’. ‘They’ve got slogans, we’ve got a plan,’ he added."
    )
    assert [q.speaker.name for q in spoken(text)][-1] == "Tomás Ibarra-Lund"


def test_a_verb_after_the_name_before_then_said_is_no_part_of_the_mention():
    (q,) = spoken("Panel\n\nThe host read a viewer's e-mail. Alanna Brisk paused, then said: “Ask me after the next debate.”")
    assert q.speaker.mention == "Alanna Brisk"


def test_a_party_member_described_by_state_opening_a_quote_paragraph_is_the_subject_before():
    text = (
        "Rally\n\nSenator Harlan Brisk climbed onto a hay wagon at the fairgrounds and told the crowd the race would be settled here.\n\n"
        '"I\'ve been to Ashwater three times now," the Montana Republican said.'
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Harlan Brisk"


def test_a_relative_clause_verb_after_an_embedded_fragment_is_no_attribution():
    text = (
        "Whip\n\nMinority Whip Yara Benning said her caucus would not help. She added that Democrats were tracking "
        "“three, maybe four” Republicans in swing districts who had privately signaled discomfort with the bill."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Yara Benning"
    (q,) = spoken("Store\n\n“We never closed,” the woman who ran the store said.")
    assert q.speaker.mention == "the woman"


def test_a_headline_quote_said_again_in_the_body_takes_the_body_speaker():
    text = (
        "‘Nobody’s safe’: why Canberra is bracing for a Varro presidency\n\n"
        "“Nobody’s safe when policy is whatever the president felt like at breakfast,” says Gideon Lusk, a former envoy."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Gideon Lusk", "Gideon Lusk"]
    scare = "‘Old-school’ Ostrander wins the county again\n\nNeighbors call the mayor “old-school” at the diner, one supporter said."
    assert next(q.kind for q in quotes(scare)) is QuoteKind.SCARE


def test_a_sentence_adverb_after_the_name_is_no_part_of_the_mention():
    text = "GOP\n\nCalling the debate “a rout,” Republican strategist Greta Sandow nonetheless predicted that Quist would gain “maybe a point.”"
    assert [q.speaker.mention for q in spoken(text)] == ["Republican strategist Greta Sandow"] * 2


def test_a_noun_for_the_words_before_the_one_who_answered_them_is_no_part_of_the_name():
    text = (
        'Russia\n\nCalloway accused her opponent of being "soft on the Kremlin," a charge Desmond Varro swiftly threw back, '
        'writing that her party had "spent a decade inventing ghosts."'
    )
    assert [q.speaker.mention for q in spoken(text)][-1] == "Desmond Varro"


def test_the_named_subject_of_a_gerund_after_by_speaks():
    text = 'Vote\n\nVoters heard about it on Sunday. Is anyone surprised by Halvorsen privately saying "let them wait" after the vote?'
    (q,) = spoken(text)
    assert q.speaker.mention == "Halvorsen"


def test_a_question_that_opens_on_its_verb_has_no_subject_named_by_it():
    (q,) = spoken('Vote\n\nWas anyone moved when the crowd kept saying "one more year" after the vote?')
    assert q.speaker is None or q.speaker.mention != "Was"


def test_state_before_a_title_after_a_quote_is_no_inverted_cue():
    (q,) = spoken("Hall\n\n“We are with you,” state Sen. Marcus Ildefonso told supporters at a union hall in Corliss.")
    assert q.speaker.mention == "Sen. Marcus Ildefonso"


def test_a_possessed_promise_before_a_quote_outranks_an_earlier_according_to():
    text = (
        "Plan\n\nThe plan would “raise costs by a third,” according to the budget office, undercutting Sen. Ferris "
        "Oakhurst’s repeated promise that it would “pay for itself.”"
    )
    first, second = spoken(text)
    assert first.speaker.mention == "the budget office"
    assert second.speaker.mention == "Sen. Ferris Oakhurst" and second.relayed_by is None
    # (a noun for words inside what the earlier speaker reports stays that speaker's)
    text = "Row\n\nSpokeswoman Kendra Vollmer said the mayor “respects the crews” and that his words were aimed at “the contractors.”"
    assert [q.speaker.name for q in spoken(text)] == ["Kendra Vollmer"] * 2


def test_who_after_a_preposition_stands_for_the_people_after_it():
    text = "Post\n\nThe post drew a note from the Ledger’s fact-checkers, who pointed out that the figure “ignores inflation entirely.”"
    (q,) = spoken(text)
    assert q.speaker.name == "the Ledger’s fact-checkers"


def test_a_surname_given_in_full_only_inside_a_quote_is_a_person_for_a_pronoun():
    text = (
        "FACT CHECK: Does Brisket say Alvarez-Moe cut pensions?\n\n"
        "THE CLAIM: “Ines Alvarez-Moe voted to cut pensions,” a Brisket ad says.\n\n"
        "“Nothing in that bill cuts a pension,” said Lucretia Pennock, a former actuary.\n\n"
        "Alvarez-Moe, whose own ads attack Brisket, answered the charge at a town hall. “I never voted to cut a pension,” she said."
    )
    assert spoken(text)[-1].speaker.name == "Ines Alvarez-Moe"


def test_a_state_demonym_stands_for_the_one_person_tagged_with_that_state():
    text = (
        "Debate\n\nSix candidates took the stage: Gov. Ann Ivey of Montana; Representative Dale Corvell of Oregon; "
        "and Paul Fenwick, a trucking executive.\n\n“He will tell you he didn’t,” the Oregonian said."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Dale Corvell"
    text = "Debate\n\nTexas Gov. Dale Corvell and Sen. Ann Ivey of Montana spoke first.\n\n“I invited myself,” the Texan said."
    assert spoken(text)[0].speaker.name == "Dale Corvell"


def test_a_sentence_about_another_person_named_hands_them_the_quote_that_follows_it():
    text = "Stage\n\n“Sit down,” Eldon Marsk snapped at Garrett Pyle as the crowd hooted. Mr. Pyle stayed on his feet. “Make me.”"
    assert spoken(text)[-1].speaker.name == "Garrett Pyle"
    text = "Stage\n\n“Would you pardon him?” asked the moderator, Felix Arnason. The former governor, Bram Achter, did not hesitate. “Not on day one.”"
    assert spoken(text)[-1].speaker.name == "Bram Achter"


def test_afterward_opens_a_phrase_and_names_no_one():
    text = "Debate\n\nAfterward, Corinne Aldane, Mr. Tegg’s campaign manager, said her candidate had “taken every punch and is still standing.”"
    assert spoken(text)[0].speaker.mention == "Corinne Aldane"


def test_a_label_that_is_only_the_askers_name_rules_the_asker_out_of_the_answer():
    text = (
        "Live Updates\n\n9:11 p.m. — The first question goes to Gov. Teresa Hallorand of Minnesota, on health costs. "
        "Ms. Ferrantino: “Your plan would end private coverage. What do you say to them?” "
        "She says they would be “better off within a year.”"
    )
    assert spoken(text)[-1].speaker.name == "Teresa Hallorand"


def test_a_quotes_own_sentence_opening_on_another_person_takes_no_earlier_speaker():
    text = (
        'Forum\n\nMoncrief said she would bring an ordinance to the council. "The landlords are not going to like me," she said. '
        'Oduya, who is known around City Hall simply as "Peg," said she would not "promise something the state won\'t let us do." '
        "Oduya has served two terms."
    )
    assert spoken(text)[-1].speaker.name == "Oduya"


def test_a_roundup_bullets_label_keeps_a_hyphenated_name_and_drops_where_the_words_appeared():
    text = (
        "Reactions\n\nHere’s how officials reacted:\n\n"
        "• Attorney General Miriam Castell-Hardy: “We respectfully disagree.”\n\n"
        "• Senate Minority Leader Harriet Ngata posted on X: “The map is coming.”\n\n"
        "• Minutes later, in a second post: “And bring the emails.”\n\n"
        "• The Missouri Republican Party, in a fundraising email: “Chip in $10 to fight back.”\n\n"
        "• “We are grateful.” — the Rev. Solomon Ogunbanjo, lead plaintiff"
    )
    assert [q.speaker.mention for q in spoken(text)] == [
        "Attorney General Miriam Castell-Hardy",
        "Senate Minority Leader Harriet Ngata",
        "Senate Minority Leader Harriet Ngata",
        "The Missouri Republican Party",
        "Rev. Solomon Ogunbanjo",
    ]


def test_a_party_tag_in_brackets_closes_a_subject_before_its_appositive():
    text = "Notes\n\n• Rep. Jolene Maddox-Evert (R-Ind.), widely seen as a likely candidate, posted: “Grateful for his service.”"
    assert spoken(text)[0].speaker.name == "Jolene Maddox-Evert"


def test_a_bodys_which_right_before_its_verb_of_saying_is_the_source():
    text = "Notes\n\nIt was a jab at the state transportation department, which replied an hour later that the work was “on schedule.”"
    (q,) = spoken(text)
    assert (q.speaker.mention, q.speaker.name) == ("which", "state transportation department")


def test_a_quote_alone_on_a_bullet_line_goes_on_as_a_quote_only_paragraph_does():
    text = (
        "Notes\n\n- Council member Renata Szyma, who sponsored the measure, said the city had spent years "
        '"charging the people who can least afford it."\n- "A bus fare is a tax on being poor. Tonight we stopped collecting it."'
    )
    assert [q.speaker.name for q in spoken(text)] == ["Renata Szyma"] * 2


def test_a_newsletter_label_what_he_is_saying_gives_the_pronoun():
    text = (
        "Notes\n\nDriving the news: Gov. Ansel Drummond-Kane signed the school phone ban into law Thursday.\n\n"
        "What he's saying: “Kids deserve six hours a day when the most important thing in the room is the person talking to them.”"
    )
    (q,) = spoken(text)
    assert (q.speaker.mention, q.speaker.name) == ("he", "Ansel Drummond-Kane")


def test_an_attribution_broken_across_a_line_after_said_is_read_whole():
    text = (
        'WEYBURN FALLS, Idaho (Plainwire) -- "Crews found more rot in the deck\nbeams than we expected, so Friday is a hope, '
        'not a promise," said\nDeputy County Engineer Pascal Durance, who has overseen the Sixth\nStreet bridge repairs since March.'
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Pascal Durance"


def test_a_span_of_time_and_later_between_a_subject_and_its_verb_is_no_mention():
    (q,) = spoken("Roads\n\nA second post an hour later said crews expected to reopen the road “sometime after midnight.”")
    assert q.speaker.mention == "A second post"


def test_a_name_described_as_a_maker_is_the_company_spoken_of_later():
    text = (
        "Cider\n\nHARWELL — Stillbrook Cider, the hard-cider maker that started in a garage eight years ago, plans to buy the armory.\n\n"
        "Anton Reyes-Whitford, the city’s economic development director, said the abatement would run for 10 years. "
        "“The abatement pays for itself in about six years,” he said.\n\n"
        "Lorraine Dufresne, who lives across the street, said she worried about the trucks. “I like cider,” Dufresne said. "
        "“I just don’t want to wake up next to a factory.”\n\n"
        "The sale still needs approval. Neighbors plan to attend the hearing. The council meets Monday.\n\n"
        "The company said in the release that it would “work closely with our neighbors” on lighting."
    )
    assert spoken(text)[-1].speaker.name == "Stillbrook Cider"
    (q,) = spoken("Fire\n\nThe co-op said on its page that its other two elevators were “undamaged and open for business.”")
    assert q.speaker.mention == "The co-op"


def test_an_oral_historys_name_line_in_capitals_gives_the_speaker_of_the_quote_under_it():
    text = (
        "Nineteen Votes\n\nThe race came down to a small margin.\n\nTHE NIGHT OF\n\n"
        "MARGARET ELLERBECK, county clerk from 1987 to 2011\n\n“We had eleven ballot boxes and one room with a lock on it.”\n\n"
        "ARTIE KOWALSKE, harbor commissioner\n\n“I did say that. I’d had about four coffees.\n\n“My wife told me in the car to go home.”\n\n"
        "THE CANVASS\n\n“The board met at nine,” the clerk said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Margaret Ellerbeck", "Artie Kowalske", "the clerk"]


def test_a_name_after_a_compass_direction_is_a_place():
    from quoteaudit.extract.people import people_in

    text = "Bus\n\nThe bus rolls past the window somewhere east of Harlan Ford and on toward Drury."
    assert people_in(text) == []
    # (and stays one wherever else it is named)
    assert people_in(text + " The café in Harlan Ford is full by seven.") == []


def test_a_sentence_about_someones_reaction_puts_its_owner_in_view_for_the_pronoun():
    text = (
        "Week\n\nThe argument took place between Gov. Rosalind Achterfeld and her communications director, Maren Holt. "
        "“She was right,” Holt said months later.\n\nWEDNESDAY\n\nPenhallow, reached at home, said he had done what the "
        "protocol required. The governor’s reaction was less measured. “That memo should have been on my desk Monday morning,” "
        "she told her senior staff."
    )
    assert spoken(text)[-1].speaker.name == "Rosalind Achterfeld"


def test_a_quote_inside_a_transcript_turn_is_relayed_by_the_turns_speaker():
    text = (
        'Debate\n\nTOLLAND: My opponent stood on that stage in 2019 and said, "I will never raise the gas tax." '
        "Then he raised it twice.\n\nKIRBY: He says the second increase was the legislature's doing.\n\n"
        'TOLLAND: He signed it.\n\nFENWAY: What I told both sides was, "Everything is negotiable except the clock."'
    )
    first, second = spoken(text)
    assert (first.speaker.mention, first.relayed_by.name) == ("My opponent", "Tolland")
    assert second.speaker.name == "Fenway" and second.relayed_by is None
    # (a dateline or a digest's section label is no turn)
    (q,) = spoken('KOCHI: The coach said the team was "ready to fight" after the loss.')
    assert q.relayed_by is None


def test_the_writers_i_on_a_letters_page_is_the_name_signed_under_that_letter():
    text = (
        "Letters\n\nLibrary levy\n\nI counted 41 people at the branch. I told the clerk, “Keep the doors open.”\n\n— Tobias Wrenn, Ashgrove\n\n"
        "Town hall\n\nI turned to the woman next to me and said, “On the way from where?” She laughed.\n\n— Marguerite Lusko, Verona"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Tobias Wrenn", "Marguerite Lusko"]


def test_the_agency_may_stand_for_a_department_and_its_after_the_verb_makes_a_body():
    text = (
        "Outbreak\n\nThe Harlow County Health Department has ordered a review of its inspections. "
        "In a statement, the agency said it was “reviewing every inspection report.”"
    )
    assert spoken(text)[0].speaker.name == "Harlow County Health Department"
    text = (
        "Cocoa\n\nHalvard Confections cut its forecast on Tuesday. “We have reached the point,” Chief Executive Mireille "
        "Vanton said on a call with analysts.\n\nThe company now expects a lower profit, according to a statement released "
        "before markets opened. The statement described the new outlook as “prudent given continued volatility.”"
    )
    assert spoken(text)[-1].speaker.name == "Halvard Confections"


def test_a_records_status_or_a_rating_given_before_the_words_is_no_speech():
    text = (
        "Potholes\n\nOf the reports filed, 9,870 were marked “completed,” about 69 percent. Another 2,115 were closed as "
        "either “duplicate” or “unable to locate.” The rest were open."
    )
    assert [q.kind for q in quotes(text)] == [QuoteKind.SCARE] * 3
    text = "Check\n\nThe Ledger rated Councilman Rafe Dorsey’s jobs claim “Mostly True,” noting his figure was off."
    assert quotes(text)[0].kind is QuoteKind.SCARE
    # (a rating is written in capitals; "rated the meeting “a productive start”" may be someone's words)
    assert quotes("Mayor\n\nThe mayor rated the meeting “a productive start,” aides said.")[0].kind is QuoteKind.FRAGMENT


def test_a_title_set_off_by_commas_after_a_phrase_about_a_work_is_a_title():
    text = (
        "Notebook\n\nAround 11 p.m. he read aloud from a cookbook his mother wrote, “Prairie Table,” and announced, "
        "“If this chamber can pass that bill, it can sit through Mama’s pie crust.”"
    )
    assert quotes(text)[0].kind is QuoteKind.TITLE
    text = "Study\n\nA 2023 study by the nonpartisan Lakeshore Research Center, “Counting Twice,” found the error rate fell."
    assert quotes(text)[0].kind is QuoteKind.TITLE


def test_a_title_case_name_after_call_him_is_a_nickname():
    text = "Closer\n\nSupporters call him “the Closer,” but state Rep. Anton Vasquez-Reyes has closed very little this session."
    assert quotes(text)[0].kind is QuoteKind.NICKNAME
    (q,) = quotes("Row\n\nThe senator called him “a liar who cannot count” on Tuesday.")
    assert q.kind is QuoteKind.FRAGMENT


def test_her_office_is_the_office_of_the_person_her_stands_for():
    text = "Zoning\n\nSen. Rosalind Achterburg introduced the bill on Monday. Her office said the rules would “phase in over six years.”"
    assert spoken(text)[0].speaker.name == "Rosalind Achterburg’s office"


def test_the_agent_of_hosted_by_is_the_host():
    text = (
        "Podcast\n\nHaverty appeared on “The Long Table,” a conservative interview show hosted by former radio personality "
        "Gus Marchant. Haverty said he would “raise the age.”\n\nMarchant defended his guest late Wednesday. "
        "“I've had 300 people at this table,” the host wrote."
    )
    assert spoken(text)[-1].speaker.name == "Gus Marchant"


def test_it_reads_after_a_message_from_someone_is_that_senders():
    text = (
        "Budget\n\nState Rep. Faye Tennant posted a screenshot Tuesday of a separate message from Corbin Lusko to a committee "
        "staffer. It reads, in full: “Numbers for Dray’s district are on hold.”"
    )
    (q,) = spoken(text)
    assert (q.speaker.mention, q.speaker.name) == ("It", "Corbin Lusko")


def test_a_name_then_to_her_credit_is_the_subject():
    text = (
        "Rally\n\nJolene Marchbank spoke for an hour, introduced by her husband, Ned Marchbank. Her sister, Bev Tillotson-Greer, "
        "was more guarded. “My grandkids’ classroom has thirty-four desks in it,” she said.\n\n"
        "Near the back, a man held up his phone and shouted, “What about the pension fund?” twice before volunteers steered "
        "him away. Marchbank, to her credit, did not pretend not to hear him. “Sir, I’ll answer that one all day,” she called out."
    )
    assert spoken(text)[-1].speaker.name == "Jolene Marchbank"


def test_a_parenthetical_she_said_after_the_subject_is_someone_else():
    text = (
        "Schools\n\nSuperintendent Yvette Sandovar proposed the closure in May.\n\n"
        "“Nobody on this board has explained to me why that’s good for him,” said Hannah Briscoe, a nurse.\n\n"
        "Briscoe said she had met with Sandovar twice this fall. The superintendent, she said, told her the decision was "
        "“about math, not about feelings.”"
    )
    assert spoken(text)[-1].speaker.name == "Hannah Briscoe"


def test_the_name_a_person_gives_in_the_sentence_before_is_the_pronouns():
    text = (
        "Diner\n\n“That’s what the last fella said,” Arkwell says.\n\nAt the counter, a woman in a quilted vest has watched all "
        "of this over a plate of biscuits. She gives her name as Bev and says she voted for Senator Pruett Gaines both times.\n\n"
        "“I’m not here to be convinced,” she said when I sat down next to her."
    )
    assert spoken(text)[-1].speaker.name == "Bev"


def test_a_reader_in_a_subordinate_clause_is_not_the_one_whose_action_the_quote_follows():
    text = "Hearing\n\nTomas Brandlova nodded slowly as the clerk read out the charges. “I knew it would come to this.”"
    assert spoken(text)[0].speaker.name == "Tomas Brandlova"


def test_a_subheads_quote_said_again_in_its_section_takes_that_speaker():
    text = (
        "The Harbor Week: Port Lease, School Cuts\n\nYour Friday rundown of what happened at City Hall.\n\n"
        "Mayor Calls Pier Deal ‘A Promise, Not a Plan’\n\nMayor Josefa Abrego-Witt told the commission on Monday that the "
        "lease was “a promise, not a plan” and asked for a delay. “I have watched promises turn into lawsuits,” she said."
    )
    assert spoken(text)[0].speaker.name == "Josefa Abrego-Witt"


def test_an_age_description_is_the_one_person_given_that_age():
    text = (
        "Council\n\nMayor Ilse Varga, 61, met the council on Monday. Her deputy, Petra Lund, sat beside her.\n\n"
        "Lund spoke first. “We have the money,” she said.\n\n"
        "Later the 61-year-old said she would not sign. “Not this year,” she said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Petra Lund", "Ilse Varga"]


def test_people_described_by_a_clause_ending_on_its_preposition_are_the_verbs_subject():
    text = (
        "Draft\n\nQuiroga-Lenz is the real prize. The 20-year-old put up 41 points, and the scouts I've talked to describe "
        "him as “a grown man on skates.”"
    )
    assert spoken(text)[0].speaker.mention == "the scouts"


def test_french_guillemets_with_spaces_inside_pair_and_attribute():
    text = (
        "Parents hold the school\n\n« We stay until the doors open again », declared Odile Barrault-Kane, whose son studies "
        "there. The rector's office called the sit-in « unlawful »."
    )
    quotes = spoken(text)
    assert [text[q.start : q.end] for q in quotes] == ["We stay until the doors open again", "unlawful"]
    assert quotes[0].speaker.name == "Odile Barrault-Kane"


def test_german_guillemets_still_point_inward():
    text = "Plant\n\nThe mayor said: »We will not let them close it«, and walked out."
    quotes = spoken(text)
    assert [text[q.start : q.end] for q in quotes] == ["We will not let them close it"]


def test_a_name_with_arabic_particles_is_the_appositives_name():
    text = (
        "Salt\n\nIts chief chemist, Dr. Huda bint Rashid al-Mazrui, said the wells showed “a slow rise in salt.” "
        "A lawyer for the village, Karim al-Sayegh, called the report “late but welcome.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Huda bint Rashid al-Mazrui", "Karim al-Sayegh"]


def test_a_spanish_name_is_called_by_its_surnames():
    text = (
        "Water cuts\n\nMONTEVERDE — Inés Carvajal Prieto, the water minister, defended the cuts on Monday.\n\n"
        "Carvajal, 49, spoke after farmers blocked a road. “Nobody wanted this,” Carvajal said.\n\n"
        "The farmers' league, led by Rubén Carvajal Ostos, said the cuts were unfair. “We have nothing left,” "
        "Carvajal Ostos said.\n\nAmong them was Lucía Carvajal, who grows figs. “I came with my children,” she said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Inés Carvajal Prieto", "Rubén Carvajal Ostos", "Lucía Carvajal"]


def test_a_nickname_the_article_explains_is_that_person():
    text = (
        "Promotion\n\nThe goal came from Pipoca, the 29-year-old winger whose real name, Davi Moura Leite, nobody uses. "
        "“I just closed my eyes,” Pipoca said.\n\nAt the bar, Joaquim Serra Brandão, 81, known around the square as Seu "
        "Joaquim, wore the old shirt. “I waited fifty years,” Seu Joaquim said.\n\nThe coach of the losers, known across "
        "the state as Tito Gaúcho, said his side “deserved a draw.”"
    )
    quotes = spoken(text)
    assert [q.speaker.name for q in quotes] == ["Davi Moura Leite", "Joaquim Serra Brandão", "Tito Gaúcho"]


def test_an_accented_first_name_opens_the_name():
    text = (
        "Mayor\n\nThe town's mayor is Zé da Ponte, born Antônio Marcos Lima, who ran on his nickname. “We will pave every street,” he said."
    )
    assert spoken(text)[0].speaker.name == "Antônio Marcos Lima"


def test_the_younger_of_a_family_named_family_name_first():
    text = (
        "Brewery\n\n“We only borrow it,” said Sato Hiroshi, 74, who ran the brewery for forty years. He handed it to his "
        "son, Sato Ren, 41, last spring.\n\n“People think sake is old,” the younger Sato said."
    )
    assert spoken(text)[-1].speaker.name == "Sato Ren"


def test_a_one_word_sentence_ending_its_paragraph_is_a_turn():
    text = "Practice\n\nCoach Mirela Dunst stood at the board. Her players waited.\n\nDunst capped the pen. “Priya.”"
    quotes = spoken(text)
    assert [(text[q.start : q.end], q.speaker.name) for q in quotes] == [("Priya.", "Mirela Dunst")]


def test_an_answer_in_a_paragraph_of_its_own_is_the_other_persons():
    text = (
        "Night shift\n\nOfficer Lena Haugland has trained rookies for ten years. Officer Tomas Ekberg joined in June.\n\n"
        "Ekberg wrote down the plate.\n\n“Ticket?” Haugland asked.\n\n“Warning.”\n\n“Why?”\n\n“He already bought the bulb.”"
    )
    assert [q.speaker.name for q in spoken(text)][-3:] == ["Tomas Ekberg", "Lena Haugland", "Tomas Ekberg"]


def test_a_turn_after_one_that_calls_someone_by_name_is_theirs():
    text = (
        "Hearing\n\nSen. Nils Borgen, the chairman, opened the session. Sen. Arne Lykke, the bill's sponsor, sat at his "
        "left.\n\nBorgen waited for quiet. “Nobody here disputes the numbers, Arne.”\n\n“Then let's vote on it.”\n\n"
        "“The bill caps the wells too soon.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Nils Borgen", "Arne Lykke", "Nils Borgen"]


def test_news_copy_goes_on_with_the_same_speaker_in_a_new_paragraph():
    text = (
        "Budget\n\n“We will not raise the levy,” Mayor Ines Halvorsen said on Tuesday.\n\n"
        "“The county has enough in reserve to cover the gap this year.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Ines Halvorsen", "Ines Halvorsen"]


def test_a_web_pages_clip_label_names_who_speaks_in_the_clip():
    text = (
        "Lockdown lifted\n\nWATCH: Principal Agnes Morrow addresses parents after the drill\n\n"
        "“Every child was safe within ten minutes. I want to say that first.”"
    )
    assert spoken(text)[0].speaker.name == "Agnes Morrow"


def test_an_advertisement_slot_in_mid_sentence_does_not_cut_it():
    text = (
        "Levee\n\nThe bonds would be repaid over 15 years. Budget chief Tomasz Okrent said the fee would\n\n"
        "Advertisement\n\n“end the day the bonds are paid,” a promise residents said they had heard before."
    )
    assert spoken(text)[0].speaker.name == "Tomasz Okrent"


def test_an_unnamed_reporter_of_the_other_gender_is_not_the_pronouns():
    text = (
        "Iowa\n\nGov. Anton Veldhuis spoke in Ames. The third candidate, Sen. Ilona Brandt, stayed home. A spokeswoman "
        "said Brandt was “focused on the states that decide,” a remark Veldhuis answered when a reporter read it to him.\n\n"
        "“Tell her Iowa says hello,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Anton Veldhuis"


def test_a_short_action_ending_the_paragraph_hands_the_next_turn_to_its_subject():
    text = (
        "Night run\n\nParamedic Osric Lund, who has worked the harbor district for twenty years, took the radio. "
        "“Twelve, en route.”\n\nHis partner, Dana Whitlaw, pulled out of the bay. Lund glanced across the cab.\n\n“Siren?”"
    )
    assert spoken(text)[-1].speaker.name == "Osric Lund"


def test_the_writers_own_short_action_hands_no_turn_to_the_writer():
    text = (
        "Last run\n\nBy Mara Quill\n\nCaptain Ilse Brandvik has piloted the ferry since 1990.\n\n"
        "On the last crossing she gave me the wheel. I held on.\n\n“Feel that?”"
    )
    speaker = spoken(text)[-1].speaker
    assert speaker is None or speaker.name != "Mara Quill"


def test_the_sentence_before_about_someones_question_gives_the_quote_to_them():
    text = (
        "The call\n\nThe first voice is Nadia Orme's, a dispatcher. The second belongs to Pia Strand, 36.\n\n"
        "Orme's next question was the one dispatchers ask first. “Is the car moving?”"
    )
    assert spoken(text)[0].speaker.name == "Nadia Orme"


def test_a_capitalised_word_spelt_like_a_question_verb_opens_a_name_outside_a_question():
    text = "Coffee\n\nEconomist Do Van Hieu called the price drop “a warning, not a disaster.” “Mixed farms do well,” Hieu said."
    assert [q.speaker.name for q in spoken(text)] == ["Do Van Hieu", "Do Van Hieu"]


def test_a_malay_name_is_called_by_its_given_names():
    text = (
        "Landslip\n\nPuan Salmah binti Yusof Karim, 58, lost her kitchen. “We heard thunder,” Salmah binti Yusof Karim said. "
        "State councillor Azlan Hakimi bin Rosli visited the site. “If there was negligence, we will act,” Azlan Hakimi said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Salmah binti Yusof Karim", "Azlan Hakimi bin Rosli"]


def test_a_dutch_surname_with_two_particles_opening_a_sentence_is_the_person_named_before():
    text = (
        "Dike\n\nFarmer Anneke van der Wal, 52, opposes the plan.\n\n"
        "Van der Wal called the alternative “considerably more expensive and less robust.”"
    )
    assert spoken(text)[0].speaker.name == "Anneke van der Wal"


def test_a_compound_portuguese_surname_is_the_full_name():
    text = "Reservoir\n\nEngineer Paulo Henrique Matos Quintela runs the dam. “The company thinks in megawatts,” Matos Quintela said."
    assert spoken(text)[0].speaker.name == "Paulo Henrique Matos Quintela"


def test_the_younger_of_two_people_given_ages_is_the_younger_one():
    text = (
        "Dawn\n\nWalt Pickering, 63, has fished here since he was fourteen. Jonah Reis, 24, has been his sternman for "
        "six years.\n\n“It wasn’t supposed to turn till noon,” the younger fisherman said."
    )
    assert spoken(text)[0].speaker.name == "Jonah Reis"


def test_a_question_answered_before_a_paragraph_of_narrative_rules_no_one_out_of_a_later_pronoun():
    text = (
        "Dawn\n\nWalt Pickering, 63, and his sternman, Jonah Reis, 24, fish out of the harbor.\n\n"
        "“You check the forecast?” Mr. Pickering asked.\n\n“I checked it.”\n\n“Turning when?”\n\n"
        "Mr. Reis did not answer. He was already down the ladder.\n\n"
        "They left the mooring by four. The harbor was flat, and Mr. Pickering steered by the lights on the point.\n\n"
        "“People think it’s romantic,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Walt Pickering"


def test_a_lawmaker_described_by_a_place_that_is_no_state_is_the_one_from_there():
    text = (
        "Water\n\n• Sen. Royce Hallam said the bill brings “real competition.”\n\nThe bill passed 21-17. Its sponsor, "
        "Sen. Royce Hallam of Ambry County, spoke first; Sen. Dale Osgood, a Republican from Dorrit, spoke last.\n\n"
        "“Small towns are sitting on old pipes,” the Ambry Republican said."
    )
    assert spoken(text)[-1].speaker.name == "Royce Hallam"


def test_a_then_governor_is_a_governor():
    text = "Record\n\nGov. Walter Fenwright signed the bill in 2014. Years later, the then-governor said it “was the best thing I signed.”"
    assert spoken(text)[0].speaker.name == "Walter Fenwright"


def test_a_link_lines_quoted_headline_is_a_title_and_more_is_nobody():
    text = (
        "Strike\n\nThe union voted on Monday.\n\nRelated: “Dockworkers authorize strike with 94 percent vote”\n\n"
        "MORE: Port board calls the plan ‘a lifeline with a rusting hull’\n\n“We are ready,” said union president Ada Stroud."
    )
    found = quotes(text)
    assert found[0].kind is QuoteKind.TITLE
    assert found[1].speaker is None or found[1].speaker.mention != "MORE"


def test_an_age_no_one_was_given_is_no_new_person_for_the_pronoun():
    text = (
        "Merger\n\nDr. Tobias Renner, a cardiologist who has practiced here for nineteen years, argued the other side.\n\n"
        "The 58-year-old pointed to two failed attempts to recruit. “Young doctors keep driving,” he said."
    )
    assert spoken(text)[0].speaker.name == "Tobias Renner"


def test_the_object_of_a_descriptions_own_verb_is_not_who_it_describes():
    text = (
        "Staying in\n\nSen. Daphne Ashcroft said Sunday that she will stay in the race.\n\n"
        "“I’m not going anywhere,” the Arizona Republican told the network’s Grant Pelham on Sunday."
    )
    assert spoken(text)[0].speaker.name != "Grant Pelham"


def test_a_name_set_off_after_a_description_with_a_title_between_is_who_it_describes():
    text = (
        "Landslide\n\nAt least 14 people died, according to the regional civil defense chief, Col. Aurelia Montero, "
        "who said rescuers were digging “with their bare hands.”"
    )
    assert spoken(text)[0].speaker.name == "Aurelia Montero"


def test_ghanaian_and_police_titles_and_an_abbreviated_given_name_are_no_part_of_the_name():
    text = (
        "Curfew\n\nNana Kofi Asibey Mensah, the chief, objected. “I was enstooled by custom,” Nana Mensah said. "
        "Police commander DSP Abena Owusu said officers were ready. “We have sixty personnel,” Owusu said. "
        "The weather bureau’s forecaster, Ma. Lourdes Bautista, said the low “could deepen by Friday.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Kofi Asibey Mensah", "Abena Owusu", "Ma. Lourdes Bautista"]


def test_a_first_name_given_an_age_after_a_couple_sharing_a_surname_is_that_persons_full_name():
    text = (
        "Bills\n\nEvery other Tuesday, Ruben and Lacey Szarek sit down with the bills. Ruben, 38, drives a delivery "
        "route. “I called them again,” Ruben said."
    )
    assert spoken(text)[0].speaker.name == "Ruben Szarek"


def test_burmese_honorifics_are_no_part_of_the_name():
    text = (
        "Flood\n\n“We carried the children up first,” said Daw Khin Sandar, 58, through an interpreter. "
        "The village head, U Aung Myint, said no boats had come. “We waited two days,” U Aung Myint said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Khin Sandar", "Aung Myint"]


def test_a_role_opening_the_sentence_before_an_abbreviated_given_name_or_a_position_is_no_part_of_the_name():
    text = (
        "Storm\n\nForecaster Ma. Teresita Villamor expects the storm to turn. “It is moving faster,” she said. "
        "Reliever Dario Quintanilla shrugged. “I just throw strikes,” he said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Ma. Teresita Villamor", "Dario Quintanilla"]


def test_a_participle_phrase_after_a_persons_description_is_no_part_of_the_mention():
    (first,) = spoken("A campaign volunteer handing out flyers, who would not give a name, said the turnout was “better than expected.”")
    (second,) = spoken("“We are not leaving,” said a union official standing by the gate.")
    assert (first.speaker.mention, second.speaker.mention) == ("A campaign volunteer", "a union official")


def test_a_body_in_a_relative_clause_without_that_after_a_document_is_the_speaker():
    (q,) = spoken("The gala would be “the night of the year,” according to a fundraising letter the Ostrander campaign sent to donors.")
    assert q.speaker.mention == "the Ostrander campaign"


def test_a_month_before_a_document_is_not_who_issued_it():
    text = "Lund described the shortfall in a June 2012 email to the board. A second email, sent later, called the gap “closing fast.”"
    assert spoken(text)[0].speaker.name != "June"


def test_a_pronoun_is_not_an_outlet_and_a_first_name_after_an_opening_when_is_its_antecedent():
    text = (
        "Hearing aids\n\nBy Corin Vale | Harborline Public Radio\n\n"
        "When Edith got her first pair at 79, the first thing she noticed was the kettle. “I didn’t know it whistled,” she said."
    )
    assert spoken(text)[0].speaker.name == "Edith"


def test_a_quote_after_a_question_line_is_the_answer_of_the_one_asked():
    text = (
        "Coach on the change\n\nHarbor coach Imelda Strauss took questions for 20 minutes after Tessa Quon was benched. "
        "Strauss was calm throughout.\n\nQ: Why now?\n\n“Because the season is slipping.”\n\n"
        "Q: Quon looked upset on the bench. Did you talk to her?\n\n“We talked for an hour.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Imelda Strauss", "Imelda Strauss"]


def test_a_dash_credit_to_an_account_is_the_person_whose_name_it_spells():
    text = (
        "Late posts\n\nGov. Hester Mallory spent the evening online.\n\n"
        "“The other side can’t fill a gym. Sad!” — @HesterMallory\n\nShe deleted it an hour later."
    )
    (q,) = spoken(text)
    assert (q.speaker.mention, q.speaker.name) == ("@HesterMallory", "Hester Mallory")


def test_a_name_people_refer_to_someone_as_or_mock_them_as_is_a_nickname():
    text = (
        "Her staff, who fondly refer to her as “the Ledger,” say she reads every line. "
        "He went after Sen. Orrin Pask, whom he mocked as “Sleepy Orrin” before moving on."
    )
    assert [q.kind for q in quotes(text)] == [QuoteKind.NICKNAME, QuoteKind.NICKNAME]


def test_the_object_of_a_participle_before_the_second_half_of_a_split_quote_is_no_speaker():
    text = (
        "“Orders will return,” said Greta Lindqvist, the chief executive of Fernhall Boats, who has spent "
        "the spring explaining a yard full of unsold hulls, “but not this year.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Greta Lindqvist", "Greta Lindqvist"]


def test_a_relative_named_by_first_name_at_a_sentence_end_shares_the_surname():
    text = (
        "Rally\n\nMarta Ostrowski, 58, drove in from Pine Hollow with her husband, Walt. "
        "“The polls said plenty,” she said. Her husband was blunter. “Nobody I know is voting for him,” he said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Marta Ostrowski", "Walt Ostrowski"]


def test_a_description_of_the_opening_phrases_place_is_not_the_subjects():
    text = (
        "In Velmora, the capital, a ministry spokesman, Col. Idris Farouk, read a statement saying the gate "
        "“operates within the law.” Asked about the queues, the colonel paused. “Nobody is kept from leaving,” he said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Idris Farouk", "Idris Farouk"]


def test_a_title_word_between_a_first_name_and_a_surname_is_part_of_the_name():
    (q,) = spoken("“The border stays open,” said Amina Sheikh Warsame, the commissioner for refugees.")
    assert q.speaker.name == "Amina Sheikh Warsame"


def test_a_family_that_issues_a_statement_is_not_its_member():
    text = (
        "Ansel Brightwater, a retired ferry captain, died Sunday, “peacefully, among the people he loved,” "
        "according to a statement from the Brightwater family."
    )
    assert spoken(text)[0].speaker.name != "Ansel Brightwater"


def test_a_descriptions_own_modifiers_tell_two_people_of_one_role_apart():
    text = (
        "Panel\n\nOskar Brenning, a former Republican Party strategist, was subdued. “I said it could happen,” Brenning said.\n\n"
        "Democratic strategist Ilse Marwood disagreed. “We wrote no one off,” she said.\n\n"
        "Brenning nodded. “He was gracious tonight,” the former Republican strategist said."
    )
    assert spoken(text)[-1].speaker.name == "Oskar Brenning"


def test_a_he_never_stands_for_a_womans_first_name_the_article_gives_only_once():
    text = (
        "Victory\n\nSpeaking to supporters, Mr. Halloran, 70, struck a gentler note. “I will be your president too,” he said.\n\n"
        "The president-elect thanked his wife, Loretta, and then recalled a welder he had met in Akron. "
        "The man, he said, had told him that “nobody in a suit comes here.”"
    )
    assert spoken(text)[-1].speaker.name != "Loretta"


def test_one_capitalised_word_after_an_appositive_noun_is_the_relative_clauses_subject():
    (q,) = spoken("Vellar moved troops to the border, a step Ostravia called “a provocation timed to end the talks.”")
    assert q.speaker.mention == "Ostravia"


def test_a_verb_of_saying_in_an_object_relative_aside_is_not_the_quotes_cue():
    text = (
        "The campaign manager, Odile Ferrante-Cruz, whom the pundits mocked all summer for booking county fairs, "
        "took a victory lap of her own: “They said we were wasting our time.”"
    )
    assert spoken(text)[0].speaker.name == "Odile Ferrante-Cruz"


def test_a_first_name_set_off_after_a_persons_description_is_who_it_describes():
    text = "A tenant said the rules changed with the sale. “We used to pay on the 10th,” said the woman, Graciela. “Now there is a fee.”"
    assert [q.speaker.name for q in spoken(text)] == ["Graciela", "Graciela"]


def test_a_press_releases_label_is_not_the_paper_it_quotes():
    text = (
        "Microbe yields compound\n\nNEWS RELEASE | Halden University Office of Communications | For immediate release\n\n"
        "The researchers caution that the work is early. The paper concludes that “much development will be required before trials.”"
    )
    assert spoken(text)[0].speaker.name != "NEWS RELEASE"


def test_an_object_set_off_by_commas_after_a_verb_is_not_the_sentences_subject():
    from quoteaudit.extract.subjects import main_subject

    text = "The president-elect thanked his wife, Marisol, and then recalled a welder he had met."
    subject = main_subject(text, 0, len(text), "")
    assert subject is None or subject.name != "Marisol"


def test_a_relative_named_by_first_name_without_a_comma_is_a_person_for_the_pronoun():
    text = (
        "Crossing\n\nTarek Mansour, a truck driver, stood beside his cousin Nabil, who was asleep. "
        "“It is paperwork,” he said.\n\nNabil, woken by the argument, saw it differently. “The guards are not to blame,” he said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Tarek Mansour", "Nabil"]


def test_the_girl_or_the_boy_is_the_child_just_named_with_an_age():
    text = (
        "Raid\n\nMarisol Ordaz waited outside the car wash. Her daughter, Lucia, 9, sat beside her, drawing with chalk. "
        "“Papi washes the cars,” the girl said."
    )
    assert spoken(text)[0].speaker.name.startswith("Lucia")


def test_the_person_a_quote_calls_by_name_is_not_its_pronouns_speaker():
    text = (
        "Podcast\n\nOn the new episode, co-host Tara Vance argued that the press is misreading Ohio. Her co-host, Wendy Brandt, "
        "was not buying it. Vance had made the case before. “Tara, you said the same thing about Iowa,” she said."
    )
    assert spoken(text)[0].speaker.name != "Tara Vance"


def test_a_shop_named_for_a_woman_is_no_she():
    text = (
        "Bakery to close\n\nRosemary’s Bakery on Main Street will bake its last loaf Jan. 5, owner Dana Whitfield-Moss "
        "announced in a post Monday. “We have baked for three generations of you,” she wrote."
    )
    assert spoken(text)[0].speaker.name == "Dana Whitfield-Moss"


def test_the_person_before_a_participle_phrase_speaks_not_the_phrases_object():
    ad = "In the new spot, a man hauling a ladder across a parking lot says, “Nobody in Salem ever fixed this road.”"
    seated = "A delegate seated a few rows from the stage said the nominee was “running out of patience.”"
    assert spoken(ad)[0].speaker.mention == "a man"
    assert spoken(seated)[0].speaker.mention == "A delegate"


def test_an_opening_phrase_of_when_is_no_speaker():
    text = "Halfway through the vote, a man near the door stood and shouted “Read the amendment first!” before ushers led him out."
    assert spoken(text)[0].speaker.mention == "a man near the door"


def test_every_or_each_opening_a_sentence_is_no_speaker():
    text = "Each rally this fall has closed the same way, with Ms. Varga lifting both arms and saying three words: “We start tomorrow.”"
    assert spoken(text)[0].speaker.mention not in ("Each", "Every")


def test_a_party_description_that_fits_no_one_by_its_words_is_the_politician_in_view():
    text = (
        "Vote count\n\nRep. Dale Voss of Utah stood a few feet away. Voss said Speaker Ann Hollins had promised him a vote "
        "in June. “I wrote it down that night,” the second-term Republican said."
    )
    assert spoken(text)[0].speaker.name == "Dale Voss"


def test_a_party_description_after_an_unnamed_member_of_that_party_is_not_the_politician():
    text = (
        "Prep\n\nSen. Marjorie Tull has been rehearsing for the debate, according to a Democrat briefed on the sessions. "
        "“She is sharper than she was in the spring,” the Democrat said."
    )
    assert spoken(text)[0].speaker.name != "Marjorie Tull"


def test_an_unnamed_asker_is_not_the_person_asked():
    text = (
        "Night shift\n\nAt the next table, Marta Quill, a machinist, had been half-listening. She said she was registered. "
        "The reporter asked what would change her mind. She shrugged.\n\n“Nobody comes to second shift,” she said."
    )
    assert spoken(text)[0].speaker.name == "Marta Quill"


def test_a_couple_named_in_the_possessive_share_the_surname():
    text = (
        "Split ticket\n\nThe argument at Ines and Walter Dobrev's kitchen table starts early.\n\n"
        "“He thinks I will change my mind,” Ms. Dobrev said."
    )
    assert spoken(text)[0].speaker.name == "Ines Dobrev"


def test_a_name_set_off_after_a_descriptions_relative_clause_is_the_person_described():
    text = (
        "Diner\n\nBehind the counter, the cook who has run the grill for 20 years, Dorota Wilk, called the regulars harmless. "
        "She is voting but would not say for whom. “I feed both sides,” she said."
    )
    assert spoken(text)[0].speaker.name == "Dorota Wilk"


def test_an_age_no_one_was_given_with_an_appositive_is_no_new_person_for_the_pronoun():
    text = (
        "Budget\n\nBudget Director Helga Marsh said Monday that the state would run short of cash by June.\n\n"
        "The 61-year-old, a former county auditor, said she had met twice with the speaker. “They were polite meetings,” she said."
    )
    assert spoken(text)[0].speaker.name == "Helga Marsh"


def test_a_street_after_on_is_no_person():
    text = (
        "Canvass\n\nTomas Reyes said his posts reach voters before he does. At one house on Birchwood Lane, he said, a man "
        "looked at his clipboard. “You again,” he said."
    )
    assert all(q.speaker.name != "Birchwood Lane" for q in spoken(text))


def test_a_sentence_opening_on_a_pronoun_has_that_pronoun_as_its_subject():
    from quoteaudit.extract.subjects import main_subject

    text = "She told the crowd that her son, Mateo, 17, had been saving for a truck."
    subject = main_subject(text, 0, len(text), "")
    assert subject is not None and subject.mention == "She"


def test_the_one_handed_the_microphone_speaks_next():
    text = (
        "Vigil\n\nGreta Lund, who started the group after her cousin died, spoke first. “We have buried enough,” Lund said.\n\n"
        "Lund then handed the microphone to Imelda Ruiz, whom she had met that week. She told the crowd about her son.\n\n"
        "“He wanted to teach,” she said."
    )
    assert spoken(text)[-1].speaker.name == "Imelda Ruiz"


def test_an_answer_is_not_the_unnamed_person_it_answers():
    text = (
        "Briefing\n\nAt the briefing, press secretary Dana Whitlow was asked whether the governor was worried. "
        "“He is focused on paychecks,” she said. A reporter pointed out that prices had risen again. "
        "“And wages rose faster,” she answered."
    )
    assert spoken(text)[-1].speaker.name == "Dana Whitlow"


def test_an_object_after_a_verb_that_is_never_inverted_is_no_speaker():
    text = "Even the show had moved on by Thursday, though not before Dale Pike offered a parting word to the nominee: “Trent, the microphone is always on.”"
    assert spoken(text)[0].speaker.name == "Dale Pike"


def test_elsewhere_opens_a_phrase_and_is_no_speaker():
    text = "Elsewhere, a widely shared post by Harlan Deeb captured the mood: “The apology was fine. Pick one.”"
    speaker = spoken(text)[0].speaker
    assert speaker is None or speaker.mention != "Elsewhere"


def test_hit_back_is_a_verb_of_saying_and_no_part_of_the_mention():
    text = (
        "Labour called the plan a tax on bins.\n\nA Conservative source hit back, saying Labour was “inventing things to be angry about”."
    )
    assert spoken(text)[-1].speaker.mention == "A Conservative source"


def test_a_candidates_standing_as_the_subject_before_a_pronoun_is_the_politician_named_before():
    text = (
        "Surcharge\n\nRep. Odile Varga has discovered the gas pump.\n\nThe Democratic Senate hopeful, who spent two years lecturing "
        "drivers, posted a video Tuesday. Voters, she said in the clip, “deserve a break, not another bill.”"
    )
    assert spoken(text)[0].speaker.name == "Odile Varga"


def test_the_one_asked_answers_the_question_put_in_narration():
    text = (
        "Rail vote\n\nDelia Frost asked Rep. Imelda Sorensen on Tuesday whether she regretted her vote on the merger. "
        "“Not for a second,” she said."
    )
    assert spoken(text)[0].speaker.name == "Imelda Sorensen"


def test_a_full_name_with_an_initial_set_off_in_a_quote_is_no_address():
    from quoteaudit.extract.resolve import addresses

    quote = "If anybody but your favorite governor, Walter P. Brandt, had signed it, they would call it a triumph"
    assert not addresses(quote, "Walter P. Brandt")
    assert addresses("That's enough, Brandt.", "Walter P. Brandt")


def test_a_dateline_and_an_opening_time_phrase_are_not_the_subject():
    text = (
        "Bridge emails\n\nPORT HALE — Weeks before the county awarded a $90 million paving contract last fall, the mayor’s chief "
        "of staff, Idris Varga, told engineers in an email to “get Halden over the line.”"
    )
    assert spoken(text)[0].speaker.name == "Idris Varga"


def test_a_section_kicker_before_a_headline_colon_speaks_for_nobody():
    text = "Harbor Notebook: A ferry captain’s last run, and a dock called ‘the Ledge’\n\nThe ferry left at six."
    assert all(q.speaker is None for q in quotes(text))
    assert quotes("REVIEW: ‘Low Tide’ is a slow, sure novel\n\nThe book runs 300 pages.")[0].speaker is None


def test_a_negated_verb_in_a_headline_is_no_name():
    text = "Leaked Caucus Memo: Don’t Say ‘Levy,’ Say ‘Shared Investment’\n\nThe memo went to county chairs on Monday."
    assert {q.speaker.mention for q in spoken(text)} == {"Leaked Caucus Memo"}


def test_a_title_before_a_headlines_verb_is_the_unnamed_holder_of_the_office():
    text = (
        "Judge Sends Levy Question Back to the Ballot, Calls County’s Count ‘Careless’\n\n"
        "A circuit judge on Friday ordered the question restored. “The count was careless,” she wrote."
    )
    headline, body = spoken(text)
    assert (headline.speaker.mention, headline.speaker.kind) == ("Judge", SpeakerKind.ANONYMOUS)
    assert body.speaker.name != "Sends Levy Question Back"
    # (a name the story goes on to use stays a name)
    named = "Mayor Cardoza Wins Vote, Calls Critics ‘Sore Losers’\n\nMayor Ines Cardoza spoke after the vote."
    assert spoken(named)[0].speaker.name == "Ines Cardoza"


def test_the_network_is_the_broadcaster_named_before_by_a_name_of_its_kind():
    text = (
        "Host rebuked\n\nHalloway News Channel on Tuesday rebuked its evening host. "
        "“Cutting a guest’s microphone is not how we work,” the network said in a statement."
    )
    assert spoken(text)[0].speaker.name == "Halloway News Channel"
    text = "Debate rules\n\nThe Tamsett Broadcasting Company answered on Monday. “We have run open debates for years,” the network said."
    assert spoken(text)[0].speaker.name == "Tamsett Broadcasting Company"


def test_of_two_senators_in_view_the_senator_is_the_subject_of_the_sentence_before():
    text = (
        "Keynote\n\nSenator Marguerite Olsted sat two rows behind Senator Tobias Renwick during the keynote. When it ended, "
        "the Vermont senator leaned forward and told him, “You will have to learn to stop at forty minutes.”"
    )
    assert spoken(text)[0].speaker.name == "Marguerite Olsted"


def test_an_adverb_before_an_inverted_verb_is_no_speaker():
    text = "We talked about permits. Only as I was leaving did she mention her rival: “Tell him the pie is better here.”"
    assert all(q.speaker is None or q.speaker.mention != "Only" for q in quotes(text))


def test_a_line_above_a_name_does_not_describe_the_person():
    text = (
        "Letters\n\nGive the governor her due\n\nBertrand Oyelaran's column on Gov. Ines Wexford (“A record worth more than her "
        "ads,” Sept. 14) concedes her record. “The governor has earned a second look,” the column concludes. "
        "The governor, he wrote, “did the hard part.”"
    )
    from quoteaudit.extract.descriptions import _descriptions_of
    from quoteaudit.rules import rules_dir_key

    people = tuple(people_in(text, []))
    described = dict(zip([p[0] for p in people], _descriptions_of(text, people, rules_dir_key()), strict=True))
    assert "governor" not in (described["Bertrand Oyelaran"] or [])


def test_an_article_alone_is_never_a_speaker():
    text = (
        "Ministry statement\n\nThe Corvenian Foreign Ministry on Tuesday issued an unusually pointed statement, accusing the "
        "nominee of treating the treaty “as a chip to be cashed in a campaign.”"
    )
    (q,) = spoken(text)
    assert q.speaker.mention.lower() not in ("a", "an", "the")
    assert q.speaker.name == "Corvenian Foreign Ministry"


def test_a_later_possessive_appositive_with_a_phrase_after_its_head_describes_the_person():
    text = (
        "Envoy\n\nOn a shelf behind Ingrid Vasseur’s desk sit two binders.\n\n"
        "“We prepare for weather,” Ms. Vasseur, Corvenia’s ambassador to the United States since 2021, said this week.\n\n"
        "Ms. Vasseur has known Senator Dolores Quist since 2017. “She asks better questions than our minister,” the ambassador recalled."
    )
    assert spoken(text)[-1].speaker.name == "Ingrid Vasseur"


def test_a_document_sent_to_someone_named_first_is_the_senders():
    text = (
        "Treasurer quits\n\nThe treasurer for Wendell Prior resigned on Friday.\n\n"
        "Three weeks earlier the Federal Election Commission sent the campaign a letter about $38,400 in payments. "
        "The letter said the payments “lack sufficient itemization.”"
    )
    assert spoken(text)[0].speaker.name == "Federal Election Commission"


def test_a_place_in_a_capital_dateline_is_no_person():
    text = (
        "On the trail\n\nCARTER FALLS — The fellowship hall smelled of coffee when Annika Thorsby arrived.\n\n"
        "Her husband, state Senator Piet Thorsby, was three counties away."
    )
    assert [p[0] for p in people_in(text, [])] == ["Annika Thorsby", "Piet Thorsby"]


def test_the_younger_of_a_family_is_told_by_ages_given_after_first_names():
    text = (
        "Two sisters\n\nThe house that Ilona and Margit Szabo share has two yard signs. The left window belongs to Ilona, 47, who chairs a "
        "committee. The right one belongs to Margit, 43, who knocks on doors.\n\n“I shout at the television,” the younger Szabo said."
    )
    assert spoken(text)[0].speaker.name == "Margit Szabo"


def test_a_pronoun_object_with_an_adverb_after_the_verb_is_no_inverted_subject():
    text = (
        "In her memoir, “Notes From a Lost Year,” former Rep. Ines Calloway recalls a ward boss who told her flatly, "
        "“Nobody here reads, dear.”"
    )
    assert spoken(text)[0].speaker.mention != "her flatly"
    assert spoken("“We will appeal,” said her lawyer, “and we will win.”")[1].speaker.mention == "her lawyer"


def test_a_family_named_by_its_plural_surname_is_no_she():
    text = (
        "Hometown\n\nOwen Brackett grew up above the feed store. His parents, Lyle and Ruth Brackett, still live there.\n\n"
        "The elder Bracketts raised four children in the house. Owen was the third.\n\n"
        "His mother brings it up. “Owen changed after that winter,” she said."
    )
    assert spoken(text)[0].speaker.name == "Ruth Brackett"


def test_the_subject_of_a_passive_verb_before_a_quote_said_nothing():
    text = "Ballots\n\nAccording to the clerk's office, 900 ballots were rejected last year, and “most of those voters were never reached.”"
    assert spoken(text)[0].speaker is None or spoken(text)[0].speaker.mention != "900 ballots"
    assert spoken("The mayor was quoted as saying the plan was “dead on arrival.”")[0].speaker.mention == "The mayor"


def test_a_demonstrative_and_a_persons_noun_after_a_quote_is_the_mention():
    text = "Another aide struck a warier note. “Nothing is settled until the governor signs it,” that aide said."
    assert spoken(text)[0].speaker.mention == "that aide"


def test_speaks_of_and_talks_of_report_the_words_after_them():
    text = "On roads, where the old plan promised to rebuild every bridge, the new draft speaks of “fixing what we already own.”"
    assert spoken(text)[0].speaker.mention == "the new draft"
    text = "He courts controversy when he talks of rivals who “meet in back rooms to carve up the county.”"
    assert spoken(text)[0].speaker.mention.lower() == "he"


def test_a_subordinate_clause_after_the_main_clause_has_its_own_subject_for_its_cue():
    text = "Two sponsors pulled their ads after the radio host told listeners that the moderator should be “walked off the stage.”"
    assert spoken(text)[0].speaker.mention == "the radio host"


def test_a_numbered_label_before_a_colon_is_no_speaker():
    text = "Fact-check\n\nCLAIM 2: “Power bills have doubled since 2019.” — Rep. Tamsin Oyelaran"
    assert spoken(text)[0].speaker.name == "Tamsin Oyelaran"


def test_a_party_named_in_a_persons_role_does_not_make_them_a_member():
    text = (
        "Quits\n\nPHOENIX — Rep. Ilse Varga ended her campaign on Wednesday.\n\n"
        "Delegates stay free to vote as they choose, according to Bram Okoro, the Arizona Republican Party's general counsel. "
        "“Nobody owns a delegate,” Okoro said.\n\n"
        "Varga made clear she was not leaving politics. “You will see me again,” the Arizona Republican said."
    )
    assert spoken(text)[-1].speaker.name == "Ilse Varga"


def test_a_share_of_the_people_named_before_is_the_subject_of_its_relative_clause():
    text = "The session ended in a shouting match between two senators, one of whom accused the other of “playing to the cameras.”"
    assert spoken(text)[0].speaker.mention == "one of whom"


def test_a_live_blog_reporters_sign_off_is_no_dash_attribution():
    text = (
        "Live updates\n\n7:18 p.m. — Sen. Odile Varga is onstage. “My father sold bait for forty years,” Varga said. "
        "“He never blamed the fish.” — Colm Reddy\n\n7:30 p.m. — The crowd is on its feet. — Colm Reddy"
    )
    assert spoken(text)[1].speaker.name == "Odile Varga"
    # (a fact-check's claim line keeps its dash credit)
    claims = "Fact-check\n\nCLAIM: “Reading scores fell four years running.” — Rep. Ines Marl\n\nCLAIM: “Pay rose.” — Rep. Ines Marl"
    assert [q.speaker.name for q in spoken(claims)] == ["Ines Marl", "Ines Marl"]


def test_a_poll_that_finds_what_people_say_is_the_source_of_their_words():
    text = (
        "A Brackwater University poll released Monday found that 44 percent of parents say the district is "
        "“failing our kids,” while 31 percent disagree."
    )
    assert spoken(text)[0].speaker.mention == "A Brackwater University poll"
    # (a finding verb is no speech verb without a piece of research as its subject)
    found = "Inspectors found that the foreman had called the scaffolding “perfectly safe” a day earlier."
    assert spoken(found)[0].speaker.mention == "the foreman"


def test_of_two_people_with_one_title_the_description_is_the_one_in_view():
    text = (
        "Fines Struck Down\n\n"
        "Justice Anselm Varga wrote for the four dissenters. “This will be felt in every office,” he wrote.\n\n"
        "Justice Priya Osterhout wrote a concurrence. The majority “stops too soon,” Justice Osterhout wrote.\n\n"
        "Justice Varga closed his dissent with a memory of his first job. “I dissent, with regret,” the 74-year-old justice wrote."
    )
    assert spoken(text)[-1].speaker.name == "Anselm Varga"


def test_a_count_spelled_out_in_capitals_is_no_person_for_she():
    text = (
        "Bill Passes\n\nThirty-one Republicans voted no, among them Rep. Noor Halvard of Idaho, a former judge. "
        "On X, she wrote that the bill was “a blank check.”"
    )
    assert spoken(text)[0].speaker.name == "Noor Halvard"


def test_a_person_of_a_firm_joined_by_an_ampersand_is_the_person():
    text = "Orla Brenneman of the consulting firm Tasker & Vole called the figure “the one to watch.”"
    assert spoken(text)[0].speaker.name == "Orla Brenneman"
    # (a body's longer name may open with a first name)
    group = "Virginia Blue Star Circle, a nonprofit, said it “will never endorse a candidate.”"
    assert spoken(group)[0].speaker.name == "Virginia Blue Star Circle"


def test_an_age_epithet_after_a_trailing_she_said_is_the_one_who_said_it():
    text = (
        "Picket Line\n\nOn the line, welder Dana Pruszynski, who has worked at the plant for 20 years, said she was glad "
        "the candidate came. Her brother, a retired line worker, has been telling her all month that the company "
        "“always folds in the end,” she said.\n\n"
        "“Ask me again in November,” the 52-year-old said."
    )
    assert spoken(text)[-1].speaker.name == "Dana Pruszynski"


def test_a_plain_she_said_closing_the_sentence_reports_the_cue_before_the_quote():
    text = "Her brother keeps telling her the mill “always folds in the end,” she said."
    assert spoken(text)[0].speaker.mention == "she"
    assert spoken("Pell called the plan “a swindle,” Kessler said.")[0].speaker.name == "Kessler"


def test_a_participle_closing_an_according_to_source_is_no_part_of_it():
    text = "The gap cost “at least $2 billion,” according to a Treasury review titled “What a Lapse Costs.”"
    assert spoken(text)[0].speaker.mention == "a Treasury review"
    minutes = "Members feared tariffs would “cloud the outlook,” according to minutes of the bank’s October meeting released Friday."
    assert spoken(minutes)[0].speaker.mention == "minutes of the bank’s October meeting"
    # (a relative clause's verb stays: "a transcript the county released")
    relative = "The caller sounded “close to tears,” according to a transcript the county released."
    assert spoken(relative)[0].speaker.mention == "a transcript the county released"


def test_a_participle_aside_or_a_participle_after_a_speech_noun_is_no_speech_verb():
    text = (
        "Resigns\n\nState Sen. Ferris Oduya quit on Friday.\n\n"
        "The 58-year-old Democrat announced his decision in a statement emailed to reporters before midnight:\n\n"
        "“I leave with my head up. I will answer every question.”"
    )
    assert spoken(text)[0].speaker.name == "Ferris Oduya"
    aside = "Press secretary Ilona Brandt, asked about the vote at the briefing, said the president had “no regrets.”"
    assert spoken(aside)[0].speaker.name == "Ilona Brandt"


def test_a_surname_ending_like_a_participle_is_a_name_once_the_article_gives_it_in_full():
    text = (
        "Pleads\n\nState Auditor Corinne Fleming was arraigned on Tuesday.\n\n"
        "Fleming stood beside her lawyer and answered “not guilty” to each count."
    )
    assert spoken(text)[0].speaker.name == "Corinne Fleming"


def test_a_document_addressed_to_someone_is_the_subject_of_its_verb():
    text = "A Treasury letter to the county clerk warns that the plan “may breach” federal rules."
    assert spoken(text)[0].speaker.mention == "A Treasury letter to the county clerk"
    # (a second description after a comma is no name of the first)
    veto = "The veto message, a one-page letter to the House clerk, said the bill “goes too far.”"
    assert spoken(veto)[0].speaker.mention == "The veto message"


def test_a_laws_name_is_no_person_a_pronoun_can_stand_for():
    text = (
        "Vote\n\nSen. Oren Malloch has opposed every climate bill.\n\n"
        "The Nebraska Republican will vote for the Rural Power and Fair Grid Act, the bill his party opposes. "
        "His reasons, he said, are practical.\n\n“I have watched the river dry up twice,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Oren Malloch"


def test_the_company_is_a_single_name_the_story_keeps_using_as_a_body():
    text = (
        "Hearing\n\nBy Ines Varga, Harbor Gazette staff writer\n\n"
        "Ray Colter, a welder at Brixmoor for 20 years, spoke first. “We breathe this air too,” Colter said.\n\n"
        "Brixmoor did not send anyone. In a statement, the company said it “meets every standard.”"
    )
    assert spoken(text)[-1].speaker.name == "Brixmoor"


def test_the_group_is_no_newspaper_and_who_after_an_appositive_is_the_name():
    text = (
        "Access\n\nThe Open Press Alliance, a national press freedom group, urged the campaign to readmit a Dunmore Herald reporter.\n\n"
        "The group’s statement said campaigns “may dislike coverage but may not choose who provides it.”"
    )
    assert spoken(text)[0].speaker.name == "Open Press Alliance"
    who = "The bill drew a sharp answer from Sen. Marta Quillen, a Utah Republican, who said it was “a gift to lobbyists.”"
    assert spoken(who)[0].speaker.name == "Marta Quillen"


def test_a_bodys_name_after_of_and_an_office_before_its_verb_keep_their_own_words():
    text = "“We are done waiting,” members of the Upper Bend Water Users Association wrote to the governor."
    assert spoken(text)[0].speaker.name == "Upper Bend Water Users Association"
    office = "Varga's office later released a statement calling the figure “pure guesswork.”"
    assert spoken(office)[0].speaker.mention == "Varga's office"


def test_a_demonstrative_and_a_documents_noun_open_a_subject():
    text = (
        "Strike\n\n“One campaign sent us a press release,” Varga said.\n\n"
        "That release, issued by the Whitford campaign, called the strike “a matter for the workers.”"
    )
    assert spoken(text)[-1].speaker.mention == "That release"
    # ("that" after a verb still opens a clause)
    assert spoken("The chair said that aides had called it “a mess.”")[0].speaker.mention == "The chair"


def test_capitals_before_a_persons_noun_describe_the_person():
    text = "Harbor VA nurse says staff ‘buried’ the wait list\n\nHARBOR CITY — A federal report released Tuesday found problems."
    assert spoken(text)[0].speaker.mention == "Harbor VA nurse"
    server = "Diner\n\nServer Lacey Olmos said the candidate asked about her kids. “I’ll give him that,” she said."
    assert spoken(server)[0].speaker.name == "Lacey Olmos"


def test_an_and_inside_an_office_before_a_name_is_no_pair_of_people():
    text = "Health and Human Services Secretary Ines Calloway said the rollout was “on schedule.”"
    assert spoken(text)[0].speaker.name == "Ines Calloway"
    participle = (
        "VISIT\n\nDELMAR CITY — U.S. Housing and Urban Development Secretary Odile Brandt toured the complex Monday, "
        "promising tenants that repairs would come “faster than before.”"
    )
    assert spoken(participle)[0].speaker.name == "Odile Brandt"
    # (two people joined by "and" stay two)
    assert spoken("Ana Ruiz and Tom Bell said it was “fine.”")[0].speaker.name == "Ana Ruiz and Tom Bell"


def test_a_party_tag_with_a_place_of_two_words_and_a_unions_local_number_close_a_subject():
    text = "Live\n\n4:10 p.m. — Rep. Ansel Moyo (D-Cedar Run) gets the last word: “Nobody here voted for a tax.”"
    assert spoken(text)[0].speaker.name == "Ansel Moyo"
    union = "Dockworkers Local 118 filed written comments saying its members “wait longer than they work.”"
    assert spoken(union)[0].speaker.mention == "Dockworkers Local 118"


def test_the_one_asked_answers_past_a_party_tag_or_a_description():
    text = (
        "Hearing\n\nDelia Okonkwo testified first. “I was in the store,” she said.\n\n"
        "Rep. Marta Ruelas, R-Dunmore, asked Okonkwo whether she could back a narrower bill. She said she “would take any step.”"
    )
    assert spoken(text)[-1].speaker.name == "Delia Okonkwo"
    general = (
        "Hearing\n\nGen. Amos Treadwell testified for three hours. Sen. Ida Morrow chaired the hearing. "
        "Sen. Piet Larsen pressed him on costs. “We will not have the ships,” Larsen said.\n\n"
        "As the hearing closed, Morrow asked the general whether he had anything to add. “Just this,” he said."
    )
    assert spoken(general)[-1].speaker.name == "Amos Treadwell"


def test_an_asker_named_again_in_the_narrative_may_be_the_next_he():
    text = (
        "Hearing\n\nSen. Barnaby Quist pressed the administrator. “Who signed off on that?” Quist asked.\n\n"
        "Ivo Okafor said the work had been checked. Quist was not satisfied. “Checked by whom?” he said."
    )
    assert spoken(text)[-1].speaker.name == "Barnaby Quist"


def test_an_irregular_participle_opening_a_sentence_leaves_its_subject_in_view():
    text = (
        "City Hall\n\nMayor Ines Calderwood unveiled the plan on Monday.\n\n"
        "Council member Ruth Obi questioned the timing. “She knows what she is doing,” Obi said.\n\n"
        "Told of that criticism, the mayor smiled. “The plan was set in June,” she said."
    )
    assert spoken(text)[-1].speaker.name == "Ines Calderwood"


def test_a_campaign_mailer_sent_around_a_place_is_the_subject_not_the_place():
    text = "A Keep Dunmore Green mailer sent to homes around Dunmore last week calls him “a friend of the developers.”"
    assert spoken(text)[0].speaker.mention == "A Keep Dunmore Green mailer"
    robocall = "A robocall placed to voters across Pell County calls her “soft on crime.”"
    assert spoken(robocall)[0].speaker.mention == "A robocall"


def test_a_bodys_name_with_for_after_its_description_is_the_name():
    text = "The coalition, Neighbors for Safe Crossings, called the plan “a start and nothing more.”"
    assert spoken(text)[0].speaker.name == "Neighbors for Safe Crossings"


def test_an_and_between_capitals_keeps_one_bodys_name_before_a_participle():
    text = "The United Bakers and Confectioners union released a statement calling the cut “an insult.”"
    assert spoken(text)[0].speaker.mention == "The United Bakers and Confectioners union"


def test_a_readout_and_a_subpoena_are_documents_that_speak():
    text = "A readout of the call circulated to the governors described the talks as “cordial but stuck.”"
    assert spoken(text)[0].speaker.mention == "A readout of the call"
    subpoena = "The subpoena, issued late Monday, orders Ms. Lund to hand over “every note, in any form.”"
    assert spoken(subpoena)[0].speaker.mention == "The subpoena"


def test_capitol_hill_is_a_place_no_pronoun_stands_for():
    text = (
        "Ottawa\n\nForeign Minister Yvette Arsenault spoke to reporters on Tuesday.\n\n"
        "Asked about Sen. Dora Hale, the loudest critic of the deal on Capitol Hill, she laughed. "
        "“I have many friends in Montana,” she said."
    )
    assert spoken(text)[0].speaker.name == "Yvette Arsenault"


def test_a_headline_quote_before_a_plural_possessive_has_no_verb_after_it():
    text = "“Nobody called us first”: A dairy farmers’ leader on the quota fight\n\nThe interview ran on Monday."
    (q,) = spoken(text)
    assert q.speaker is None or "leader" in q.speaker.mention  # (not "A dairy")


def test_a_document_before_a_participle_speaks_when_the_clause_subject_names_no_one():
    text = (
        "The inspection ended with a two-page letter from the Pell County Health Department warning that the kitchen "
        "lacked “adequate cold storage and a permit.”"
    )
    assert spoken(text)[0].speaker.mention == "a two-page letter from the Pell County Health Department"
    # (a subject that names a body, or issued the document, keeps the words)
    union = "The union released a statement calling the offer “an insult.”"
    assert spoken(union)[0].speaker.mention == "The union"
    clinic = "On Friday, the dental clinic issued a statement saying the doctor “had retired in May.”"
    assert spoken(clinic)[0].speaker.mention == "the dental clinic"


def test_according_to_a_document_ends_before_its_relative_clause_of_saying():
    text = "Sales may fall 9 percent, according to an internal Treasury memo that warns of “a long and uneven slump.”"
    assert spoken(text)[0].speaker.mention == "an internal Treasury memo"


def test_an_honorific_tells_the_gender_of_a_person_known_only_by_surname():
    text = "Mr. Okafor spoke first. Ms. Lindqvist nodded. “Fine by me,” he said."
    assert spoken(text)[0].speaker.name == "Okafor"
    alone = "Ms. Lindqvist said the pie was good. “It never gets old,” he said."
    assert spoken(alone)[0].speaker.name != "Lindqvist"


def test_a_report_through_a_subordinate_clause_belongs_to_the_reporter():
    text = "Ms. Osei said that when the senator's husband stopped by the bakery on Friday, he told her his wife “never eats the crust.”"
    assert spoken(text)[0].speaker.mention == "Ms. Osei"


def test_an_honorific_name_and_a_verb_are_no_modified_name():
    text = "In one message, Ms. Farrow advises Mr. Quill to list empty lots as leased because “nobody checks.”"
    speaker = spoken(text)[0].speaker
    assert speaker.mention == "Ms. Farrow"


def test_overheard_is_a_kicker_not_a_speaker():
    text = "OVERHEARD: At the Blue Door Diner, one trucker to another: “If they all lose, do we get a refund?”"
    speaker = spoken(text)[0].speaker
    assert speaker is None or speaker.mention != "OVERHEARD"


def test_a_plural_speech_noun_before_a_preposition_is_no_verb():
    text = "Lena Moss ran the office. Later, she sent a file of the county's own budget estimates with one line: “Keep this quiet.”"
    assert spoken(text)[0].speaker.name == "Lena Moss"


def test_a_participles_aside_with_an_object_pronoun_is_no_name():
    text = "A woman said the bus was late. Her neighbor, standing beside her, disagreed: “It came on time for me.”"
    assert spoken(text)[0].speaker.mention == "Her neighbor"


def test_a_reply_that_throws_back_the_words_before_it_is_the_other_persons_turn():
    text = (
        "The first question came from Nadia Ferrante, 52, a school bus driver.\n\n"
        "“The depot closed in May. Where were you?” Ms. Ferrante said.\n\n"
        "“In the capital, voting for the money that was meant to keep it open,” Senator Ilse Marrow said.\n\n"
        "“Meant to.”\n\n"
        "“Meant to, yes. That is my whole point.”"
    )
    assert [q.speaker.name for q in spoken(text)][-2:] == ["Nadia Ferrante", "Ilse Marrow"]
    # (the same speaker going on in a new paragraph with the same opening words keeps the turn)
    same = "Mayor Ada Lind spoke first. “We will not back down,” she said.\n\n“We will take this to court.”"
    assert spoken(same)[-1].speaker.name == "Ada Lind"


def test_an_address_before_the_comma_that_the_attribution_cuts_calls_the_next_speaker():
    text = (
        "Later, Dwight Kasprzak, a retired welder, stood to ask about the clinic, and the host, Roland Ebbers, "
        "tried to hurry him along.\n\n"
        "“We have a lot of hands up, Dwight,” Mr. Ebbers said.\n\n"
        "“And I have a lot of questions.”"
    )
    assert spoken(text)[-1].speaker.name == "Dwight Kasprzak"


def test_another_or_many_opens_a_subject_and_close_to_stays_inside_it():
    text = "Another person close to the talks was blunter: “The first offer is an opening bid.”"
    assert spoken(text)[0].speaker.mention == "Another person close to the talks"
    both = "Both mayors were blunt: “Nobody asked us.”"
    assert spoken(both)[0].speaker.mention == "Both mayors"


def test_a_demonstrative_before_a_bodys_noun_opens_a_subject():
    text = (
        "The program cost $31 million, according to figures from the county budget office. "
        "That office, in the same report, called the cost per rider “far too high.”"
    )
    assert spoken(text)[0].speaker.mention == "That office"


def test_heres_before_a_name_in_a_colon_label_is_no_part_of_the_mention():
    text = "Take it from the floor. Here's Sen. Ada Quist, the minority leader, after the vote: “They won today.”"
    assert spoken(text)[0].speaker.mention == "Sen. Ada Quist"


def test_aboard_opens_a_phrase_before_the_subject():
    text = "Aboard the ferry, the deputy mayor, Ines Kovac, told reporters the city would not pay “a cent more.”"
    assert spoken(text)[0].speaker.name == "Ines Kovac"


def test_and_before_a_name_with_a_participles_aside_opens_the_second_clause():
    text = "Quist shot back that she had “learned a lot,” and Okafor, smiling, said she looked forward to “the sequel.”"
    assert [q.speaker.mention for q in spoken(text)] == ["Quist", "Okafor"]


def test_a_company_name_ending_in_lines_is_one_body_not_a_title_and_a_surname():
    text = "The company, Harbor Coach Lines, said it “meets every safety rule.”"
    assert spoken(text)[0].speaker.name == "Harbor Coach Lines"


def test_by_and_a_weekday_open_a_clause_before_its_subject():
    text = (
        "Senator Ines Marrow called the deal “overdue” on Thursday. By Friday the Idaho Democrat sounded less sure, "
        "telling a radio host the White House had “some explaining to do.”"
    )
    speaker = spoken(text)[1].speaker
    assert (speaker.mention, speaker.name) == ("the Idaho Democrat", "Ines Marrow")


def test_several_people_is_no_antecedent_of_he():
    text = (
        "Dorian Vance took the stage late. Several people held signs, and a group near the front started a chant "
        "that he waved quiet.\n\nHe then turned to his rival. “She has ads on every channel,” he said."
    )
    assert spoken(text)[-1].speaker.name == "Dorian Vance"


def test_a_mailer_from_a_group_speaks_for_the_group():
    text = (
        "A glossy mailer from the Valley Nurses Alliance shows the senator beside a shuttered clinic. "
        "“Her budget would close your hospital,” the mailer reads."
    )
    assert spoken(text)[0].speaker.name == "Valley Nurses Alliance"


def test_a_description_after_a_quote_of_two_sentences_is_the_subject_before_the_quote():
    text = (
        "Minority Leader Ines Okafor accused the speaker of holding “every paycheck hostage.”\n\n"
        "“The votes are there. Everyone here can count,” the Oregon Democrat said an hour later."
    )
    assert spoken(text)[-1].speaker.name == "Ines Okafor"


def test_what_he_called_is_framed_by_the_subject_past_a_person_of_the_other_gender():
    text = (
        "Senator Ivo Marsh of Ohio, who campaigned alongside Mrs. Lind in his state, said she must reach voters "
        "who are in what he called a “restless mood.”"
    )
    assert spoken(text)[0].speaker.mention == "Senator Ivo Marsh of Ohio"


def test_what_he_called_after_a_verb_that_is_no_cue_is_framed_by_a_person_the_pronoun_fits():
    text = "Radio host Duncan Pryor used his show Friday to discuss what he described as the “bold” choice of venue."
    assert spoken(text)[0].speaker.mention == "Radio host Duncan Pryor"
    thing = "The move drew what she called “a wave of bad faith” from the county."
    assert spoken(thing)[0].speaker.mention == "she"


def test_the_state_after_a_town_that_ends_a_description_is_no_name():
    text = "“I skipped my insulin last week,” one furloughed clerk in Provo, Utah, wrote in an email."
    assert spoken(text)[0].speaker.mention == "one furloughed clerk in Provo"
    named = "“We will not accept it,” the member from Kot Rehmat, Farzana Langah, said."
    assert spoken(named)[0].speaker.name == "Farzana Langah"


def test_a_participle_after_a_subordinate_clause_that_reports_is_its_subjects():
    text = (
        "The shutdown rolled into its third day after Speaker Ada Lindqvist said she would not call a vote, "
        "dismissing the bill as “a blank check with a bow on it.”"
    )
    assert spoken(text)[0].speaker.name == "Ada Lindqvist"


def test_it_after_a_document_put_out_by_someone_names_who_put_it_out():
    text = "Gov. Ada Lindqvist put out a written statement on Monday. “The deal stands,” it reads."
    assert spoken(text)[0].speaker.name == "Ada Lindqvist"
    subject = "The order is only two sentences long. “All work shall stop at once,” it reads."
    assert spoken(subject)[0].speaker.name == "order"


def test_a_bare_role_of_a_body_after_a_name_describes_the_person():
    text = (
        "Harlan Whitcombe, chair of the port authority's board, testified first.\n\n"
        "The board chair said afterward that he resented the question. “Every port runs on public money,” he said."
    )
    assert spoken(text)[0].speaker.name == "Harlan Whitcombe"


def test_a_description_subject_of_a_joined_clause_is_in_view_for_the_next_pronoun():
    text = (
        "Senator Owen Brandt questioned Ivo Whitcombe about the budget. Whitcombe began to describe a surplus, "
        "but the senator cut in before he could finish. “It is a yes-or-no question,” he said."
    )
    assert spoken(text)[0].speaker.name == "Owen Brandt"


def test_but_before_a_new_subject_opens_the_clause_of_the_cue():
    text = "Forecasters still rate the seat safe, but Lamb's campaign manager, Ines Haldane, told reporters the race is “wide open.”"
    assert spoken(text)[0].speaker.name == "Ines Haldane"


def test_a_chant_in_a_sentence_about_someone_else_is_the_crowds():
    text = "At the fair, Mayor Ivo Dale roused the crowd to spontaneous chants of “Build the bridge!” The moment passed."
    assert spoken(text)[0].speaker.mention == "the crowd"


# ---------------------------------------------------------------- relatives who share a surname


def test_a_surname_is_not_matched_to_a_relative_through_the_words_of_two_relative_clauses():
    """Two roles that are both clauses ("who has run …", "who came in …") share only their
    "who" and "from": no office, so no reason to pass over the one named first."""
    text = (
        "Rosa Petrakis usually opens the cafe at six.\n\n"
        "“My regulars come by train,” said Petrakis, who has run the Corner Cup across from the depot for a decade.\n\n"
        "She now shares the counter with her brother, Niko Petrakis, who came in from out of town last week. "
        "“He came for a funeral,” Petrakis said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Rosa Petrakis", "Rosa Petrakis"]


def test_a_bare_surname_after_a_relative_named_as_the_subject_of_its_paragraph_is_that_relative():
    text = (
        'Among the speakers was ninth-grader Dora Velasquez, 15. "I\'m the one you keep talking about," Dora told the board.\n\n'
        'Her father, Tomas Velasquez, said afterward he had not known she would speak. "She wrote it at lunch," Velasquez said.'
    )
    assert [q.speaker.name for q in spoken(text)] == ["Dora Velasquez", "Tomas Velasquez"]
    # the subject of a sentence earlier in the paragraph is the one meant by "he" too
    text = (
        "Councillor Amos Harlan opened the meeting.\n\n"
        "His son, Emeric Harlan, runs the family's feed store. Harlan said he has lost customers to the bypass. "
        "“We used to see forty trucks a day,” he said."
    )
    assert spoken(text)[0].speaker.name == "Emeric Harlan"


def test_the_second_half_of_a_hyphenated_surname_before_and_is_no_couple():
    text = "Two volunteers, Ida Sorensen-Kaye and Beatrix Lomeli, counted the ballots. “She reads, I write,” Lomeli said."
    assert "Kaye Lomeli" not in [name for name, _, _ in people_in(text, [])]
    assert spoken(text)[0].speaker.name == "Beatrix Lomeli"


# ---------------------------------------------------------------- descriptions met on a later mention


def test_a_description_finds_the_person_a_later_mention_gave_that_role():
    """The role may come only on a later mention: a bare surname with an appositive (and an
    age), or a title before the surname."""
    appositive = (
        "For most of the morning, Corinne Abernathy-Lusk kept her hands folded.\n\n"
        "Abernathy-Lusk, 51, a judge on an Ohio appeals court, is the nominee. "
        "“If the law had been different, the result would have been different,” the judge said."
    )
    assert spoken(appositive)[0].speaker.name == "Corinne Abernathy-Lusk"
    titled = (
        "The first time I visited Cornelius Batten, he was asleep in the sunroom.\n\n"
        "In 1987, Judge Batten had sentenced a young man to twelve years.\n\n"
        "“I knew the statute and nothing else,” the judge said."
    )
    assert spoken(titled)[0].speaker.name == "Cornelius Batten"


def test_a_lower_rank_in_a_later_appositive_is_not_the_office():
    text = (
        "Rhys Wendle, the minister for roads, rose to answer. Across the aisle sat Tola Adeyemi.\n\n"
        "Adeyemi, the shadow roads minister, said nothing at all.\n\n"
        "“We will fill every hole,” the minister said."
    )
    assert spoken(text)[0].speaker.name == "Rhys Wendle"


def test_the_host_or_the_moderator_is_the_broadcaster_brought_in_before():
    by_outlet = (
        "“I am staying in,” Ada Strand told KRVN’s Petra Lindahl on a Sunday program.\n\n"
        "Lindahl pressed her on the math. Strand finished fourth in most surveys. “Where is your path?” the host asked."
    )
    assert spoken(by_outlet)[1].speaker.name == "Petra Lindahl"
    by_title = (
        'At the forum, moderated by WXTL anchor Delia Strom, the two sparred. Strom began with taxes. "Yes or no," the moderator said.'
    )
    assert spoken(by_title)[0].speaker.name == "Delia Strom"
    # (a moderator is no host: the role itself, or a broadcaster's title, must be there)
    moderator = 'Hollis Vane, a debate moderator, was named on Monday. The call-in show ran long. "Nobody listens," the host said.'
    assert spoken(moderator)[0].speaker.name != "Hollis Vane"


def test_the_witness_or_the_chairman_is_the_person_the_article_said_did_what_makes_one():
    testified = (
        "Perry Lindqvist, 58, testified under a plea deal. The defense lawyer pressed him on a text message.\n\n"
        "“I was angry that day,” the witness answered."
    )
    assert spoken(testified)[0].speaker.name == "Perry Lindqvist"
    # (the name nearest the verb that is no one's possessive)
    partner = (
        "The panel heard from Marisol Ortiz, the partner of Ada Nwosu's coach, who testified that the tube was hers. "
        "“Nobody asked me for it,” the witness replied."
    )
    assert spoken(partner)[0].speaker.name == "Marisol Ortiz"
    chairs = (
        "Sen. Hollis Brant, the Maine Democrat who chairs the committee, opened the hearing. "
        "“Did you report this to anyone?” the chairman asked."
    )
    assert spoken(chairs)[0].speaker.name == "Hollis Brant"


def test_the_president_is_the_surname_a_title_stood_before_when_no_full_name_is_given():
    text = "President Trask met the two leaders on Tuesday. The meeting soon turned tense.\n\n“We will not cave,” the president said."
    assert spoken(text)[0].speaker.name == "Trask"
    owned = "President Trask’s plan drew fire on Tuesday.\n\n“We will not cave,” the president said."
    assert spoken(owned)[0].speaker.name == "Trask"
    # (a first name after the title is no surname: the person's full name is meant)
    full = "President Ada Vance met the two leaders on Tuesday. “We will not cave,” the president said."
    assert spoken(full)[0].speaker.name == "Ada Vance"


def test_an_honorific_finds_the_bearer_whose_name_ends_in_a_suffix():
    text = (
        "Marla Ross, an aide to the mayor, defended the plan on Sunday. Her husband, Gordon P. Ross III, "
        "a lawyer, has criticized it for months.\n\n“It is a disaster,” Mr. Ross wrote on Monday."
    )
    assert spoken(text)[0].speaker.name == "Gordon P. Ross III"


# ---------------------------------------------------------------- pronouns on real text (BASIL, half A)


def test_a_sentence_about_a_persons_thing_is_about_that_person_not_those_it_lists():
    text = (
        "Governor Amos Reyes took questions on Friday.\n\n"
        "Mr. Reyes’s appetite for flattery showed when he praised the columnists who back him, among them "
        "Sean Vickers, Laura Trent, Tucker Hale and Rush Morrow, although he insisted that “columnists do not write laws.”"
    )
    assert spoken(text)[0].speaker.name == "Amos Reyes"
    # (the thing is no one of their own: a lawyer speaks for himself)
    lawyer = (
        "Marisa Quint worked for Rep. Garrison Tull for three years.\n\n"
        "Mr. Tull’s lawyer, Bennett Corrigan, has called her a bitter former aide. He said in a statement that "
        "his client “expects to be cleared.”"
    )
    assert spoken(lawyer)[0].speaker.name == "Bennett Corrigan"


def test_a_person_named_only_with_an_honorific_stays_in_view_for_a_pronoun():
    text = (
        "Mr. Reyes met donors on Friday. The budget gives Patrick Shane wide room to spend.\n\n"
        "Yet Ms. Quinlan, a radio host who has mocked Mr. Reyes for weeks, seems to bother him. "
        "“We have never met,” he said."
    )
    assert spoken(text)[0].speaker.name == "Reyes"


def test_most_people_are_no_he():
    text = (
        "Gov. Amos Reyes signed the bill. The budget gives Patrick Shane wide room to spend.\n\n"
        "Most Americans dislike the bill, surveys show. “I respect her, but she is mistaken,” he said."
    )
    assert spoken(text)[0].speaker.name != "Most Americans"


def test_the_president_is_the_one_a_title_named_anywhere_before():
    """A paper of record gives the title once ("President Trask"), then "Mr. Trask" for pages."""
    filler = "Mr. Trask spoke about the budget, the border and the courts for most of an hour. " * 60
    text = f"President Trask met the two leaders on Tuesday.\n\n{filler}\n\n“We will not cave,” the president said."
    assert spoken(text)[0].speaker.name == "Trask"


def test_a_company_spoken_of_by_what_it_does_and_the_statement_it_said_it_in():
    text = (
        "Critics said several accounts were hidden from search on Vistr. Vistr at the time said it was a ranking error.\n\n"
        "“We do not hide accounts based on politics,” the tech giant said in a statement.\n\n"
        "“We rank posts by relevance,” the statement said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Vistr", "Vistr"]
    # (a kind that may be a person's is no company after a word of what it does)
    developer = "Harlow Builders won the permit. “I build towers,” the real estate developer said."
    assert spoken(developer)[0].speaker.name != "Harlow Builders"


# ---------------------------------------------------------------- judged real text, session 27


def test_mr_finds_the_husband_whose_name_ends_in_a_suffix_though_his_wife_shares_the_surname():
    """ "Mr. Talbot" after "Gideon R. Talbot III … husband of Zandrea Talbot": the honorific
    tells nothing of Zandrea's gender when a suffixed man bears the surname too."""
    text = (
        "Among those predicting defeat for the levy was Gideon R. Talbot III, a retired judge and the husband of "
        "Zandrea Talbot, the mayor’s chief of staff. “If he knows the vote is lost,” Mr. Talbot, a frequent critic "
        "of the mayor, wrote on Twitter, “then he knows the plan is dead.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Gideon R. Talbot III", "Gideon R. Talbot III"]


def test_two_people_each_with_a_title_and_a_place_speak_together_after_the_quote():
    text = (
        "“This is a raid on the pension fund,” Council President Ana Ruiz of the North Ward and Councilman "
        "Tom Bell of Eastport, the minority leader, said in a joint statement."
    )
    (q,) = spoken(text)
    assert q.speaker.name == "Ana Ruiz and Tom Bell"
    (placed_first,) = spoken("“This is a raid on the fund,” Ana Ruiz of Eastport and Tom Bell said.")
    assert placed_first.speaker.name == "Ana Ruiz and Tom Bell"


def test_they_after_two_people_who_spoke_together_is_both_of_them():
    text = (
        "“This plan is illegal,” Council President Ana Ruiz and Councilman Tom Bell said in a statement.\n\n"
        "They vowed the council would “fight this in every court.”\n\n"
        "The mayor did not reply. On Friday, Ms. Ruiz and Mr. Bell put out a letter saying that "
        "they had fought the cuts.\n\n"
        "“The mayor has misled the public,” they said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Ana Ruiz and Tom Bell"] * 3


def test_a_statement_from_a_described_body_speaks_for_the_body_named_before():
    text = (
        "The Municipal Workers Union and the Democratic National Committee both called the plan a raid.\n\n"
        "“Workers know the mayor is wrong,” a statement from the Democratic committee said.\n\n"
        "“The mayor should withdraw it,” a letter from the union said.\n\n"
        "“The mayor is wrong again,” the Democratic committee said."
    )
    assert [q.speaker.name for q in spoken(text)] == [
        "Democratic National Committee",
        "Municipal Workers Union",
        "Democratic National Committee",
    ]
    # (not one a restrictive clause picks out, nor a body's words in a title-case headline)
    other = (
        "The Harbor Trust gave money.\n\nThe first report from the group that leaked the files wrongly "
        "described the trust, saying it had “given $3 million to the port.”"
    )
    assert spoken(other)[0].speaker.name != "Harbor Trust"
    headline = "Prather Super PAC Sought Campaign Cash\n\nPrather spoke on Monday. “We raised enough,” the Prather campaign said."
    assert "Sought" not in spoken(headline)[0].speaker.name


def test_an_approximate_count_opens_its_subject_and_is_no_name():
    text = "The plan drew fire.\n\nClose to three dozen council members stood on the steps, calling the plan “reckless.”"
    assert spoken(text)[0].speaker.mention == "Close to three dozen council members"
    house = "The plan drew fire.\n\nClose to three dozen House Democrats stood on the steps, calling the plan “reckless.”"
    assert spoken(house)[0].speaker.name == "Close to three dozen House Democrats"
    nearly = "The plan drew fire.\n\nNearly two dozen tenants gathered on the steps, some chanting “Let us in.”"
    assert spoken(nearly)[0].speaker.mention == "Nearly two dozen tenants"


def test_words_on_signs_some_of_which_read_them_are_nobodys_speech():
    text = "Two dozen parents held signs on the steps of the courthouse before the hearing, some reading “Schools Are Not Stores.”"
    assert spoken(text) == []


def test_a_show_after_its_networks_possessive_is_a_title_though_capitals_open_the_sentence():
    text = (
        "Speaking on KVTR’s “This Morning,” Sen. Ann Voss, R-Ohio, said the plan was “wildly wrong.”\n\n"
        "“It shows contempt,” Voss said later on Channel News’ “The Late Desk with Ida Lund.”"
    )
    assert [q.text for q in spoken(text)] == ["wildly wrong.", "It shows contempt,"]
    straight = '"It shows contempt," Voss said on Channel News\' "The Late Desk with Ida Lund."'
    assert [q.text for q in spoken(straight)] == ["It shows contempt,"]
    # (a headline's capitals still give its owner the words: there the owner speaks)
    headline = "Voss: Pell’s ‘Plainly Reckless Budget’ Sinks the Party\n\nThe senator spoke on Monday."
    assert [q.text for q in spoken(headline)] == ["Plainly Reckless Budget"]


def test_a_second_clause_whose_subject_carries_a_party_tag_in_brackets_has_its_own_speaker():
    text = (
        "Sen. Tom Corn (R-Texas) speculated that the judge could win easily, and Sen. Jon Meyer (R-Ariz.), "
        "who chairs the panel, said he would be “overjoyed” if the judge were picked."
    )
    assert spoken(text)[0].speaker.name == "Jon Meyer"


def test_a_candidate_described_in_lower_case_is_the_person_in_view():
    text = (
        "Dave Brott celebrated his victory over Rep. Eli Canton on Tuesday night in an interview.\n\n"
        "The tea party-backed candidate attributed his victory to volunteers, calling the win a “miracle.”"
    )
    assert spoken(text)[0].speaker.name == "Dave Brott"


def test_a_date_after_a_name_belongs_to_the_verb():
    text = "The Lakeside Courier on March 3, 2011, called the ferryman “a hero of the flood,” and later said he had “saved dozens.”"
    assert [q.speaker.name for q in spoken(text)] == ["Lakeside Courier", "Lakeside Courier"]
    (year,) = spoken("The Lakeside Courier in 2011 called the ferryman “a hero of the flood.”")
    assert year.speaker.mention == "The Lakeside Courier"


def test_a_participle_after_a_clause_that_only_times_the_main_one_is_that_clauses_subjects():
    text = (
        "Ari Meyer spoke on Monday.\n\n"
        "Voss’s comments came as Ari Meyer turned down an invitation to meet the council, saying such a session "
        "could “deepen the rift.”"
    )
    assert spoken(text)[0].speaker.name == "Ari Meyer"


def test_a_plural_after_a_count_is_no_verb_that_gives_a_phrase_its_own_subject():
    text = (
        "The plan drew fire.\n\nMayor Ada Voss made her first “Crooked Council” Twitter post less than two days into the "
        "year on Tuesday, accusing a former aide of “ignoring basic rules.”"
    )
    assert spoken(text)[-1].speaker.name == "Ada Voss"


def test_an_infinitive_after_a_quote_inside_a_noun_phrase_is_the_sentences_subjects():
    text = (
        "The plan drew fire.\n\nMayor Ada Voss went after “Crooked” council aide Tom Bell on Tuesday, appearing to call on "
        "the “Shadow State” police department to look at his handling of files."
    )
    assert spoken(text)[-1].speaker.name == "Ada Voss"


def test_it_after_a_clause_whose_subject_is_a_body_is_that_body():
    text = (
        "Ari Pell spoke.\n\nThe Lakeside Courier reported in 2008 that Mr. Pell “was met with applause.”\n\n"
        "The story stuck so well that when a national outlet, Harbor Monthly magazine, produced a profile of Mr. Pell "
        "in 2001, it said he had “served two tours.”"
    )
    assert spoken(text)[-1].speaker.name == "Harbor Monthly magazine"


def test_they_after_a_quote_of_several_sentences_still_looks_back_to_the_pair_who_spoke():
    text = (
        "The mayor did not reply.\n\nOn Friday, Ms. Ruiz and Mr. Bell put out a letter saying they had for years "
        "“worried about how far this plan leans on ‘secret rules.’ ”\n\n"
        "“Senior city officials have said it many times. The plan’s ‘records’ power is ‘like a subpoena,’ ” they said."
    )
    assert spoken(text)[-1].speaker.name == "Ruiz and Bell"


def test_the_letter_after_letters_sent_with_no_article_and_a_date_is_their_senders():
    text = (
        "In two matching letters sent on Oct. 19, 2011, Deputy Mayor Ada Lind told the council's harshest critics "
        "that the city had briefed them.\n\nThe letter said the council had been told “about these plans many times.”"
    )
    assert spoken(text)[0].speaker.name == "Ada Lind"


def test_a_description_opening_its_sentence_is_the_subject_of_the_sentence_right_before():
    text = (
        "The hall was full by noon. Kira Voss took the stage at ten past. The former reality TV star told the crowd "
        "she wants “a fair vote.”\n\n“I am looking at it,” Voss said.\n\nThe former reality TV star told reporters later "
        "that she would “decide soon.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Kira Voss"] * 3


def test_a_description_after_a_sentence_whose_subject_was_a_description_of_the_one_named_before():
    text = (
        "Curtis Lind, who made his fortune building warehouses, has never held office. On Friday, the 58-year-old "
        "told a crowd in Dayton that he considered that “the best line on my résumé.” The Ohio businessman added: "
        "“Washington does not need another lifer.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Curtis Lind", "Curtis Lind"]


def test_it_opening_its_sentence_reads_the_sentence_right_before_for_the_document():
    text = "The board met on Monday. The stop-work order is two sentences long. It says crews must leave “by noon Friday.”"
    assert spoken(text)[0].speaker.name == "stop-work order"


def test_a_description_opening_its_sentence_finds_the_unnamed_source_of_the_sentence_right_before():
    text = (
        "The board met on Monday.\n\nA friend of the principal said the board had been warned. A district employee who "
        "asked not to be named said the novel was pulled in May. The employee said staff were told “not to discuss it.”"
    )
    assert spoken(text)[0].speaker.name == "A district employee"


def test_a_headlines_description_is_the_person_the_lede_opens_on():
    text = (
        "Mayor’s Aide Calls Council Plan ‘Destructive’ to City Ties\n\n"
        "LAKEVILLE — Susan E. Rhee, Mayor Dunn’s chief of staff, sharply criticized the council on Tuesday over its plan."
    )
    assert spoken(text)[0].speaker.name == "Susan E. Rhee"


def test_a_memo_headed_by_a_title_case_phrase_is_no_ones_speech():
    text = "Within the hour, Nadia Ferrante, Ms. Brandt's campaign manager, sent donors a memo headed “The Last Mile Home.”"
    assert spoken(text) == []


def test_a_letter_written_in_an_absolute_phrase_with_a_dashed_aside_is_its_writers():
    text = (
        "Several conservatives reacted on Friday. The pushback crested with Bill Kestrel — still a voice among party "
        "lawmakers — writing a letter to Steele on his Weekly Ledger site calling for the chairman’s resignation.\n\n"
        "“Needless to say, the war was not a war of choice. It has been fought by two presidents.\n\n"
        "“And not on a trivial matter. Resign.”"
    )
    assert spoken(text)[0].speaker.name == "Bill Kestrel"


def test_a_relative_named_last_as_a_subject_is_found_far_into_a_long_paragraph():
    """The paragraph is read only a few thousand characters back, and a name's sentence start
    from the words just before it: the bare surname still finds the relative named last."""
    filler = "The council sat late into the night and heard from many residents about the plan. " * 40
    text = (
        f"{filler}Tomas Velasquez, the mayor’s brother, spoke at length. Later, Ana Velasquez, his sister, "
        "stood up. Her brother, Tomas Velasquez, said afterward that he was tired. “We have waited long enough,” "
        "Velasquez said."
    )
    assert spoken(text)[0].speaker.name == "Tomas Velasquez"


def test_a_title_quoted_in_the_subjects_appositive_does_not_cut_the_subject_off():
    """A quote inside the subject ends the clause the verb was read in: the subject stands
    before it, also when a relative clause follows the quote ("…, who went on to …, said")."""
    opening = "Officials met on Monday with Governor Tom Harmon.\n\n"
    bare = opening + "Jane Moss, author of “The Quiet Year,” said the plan was “reckless and cruel.”"
    assert spoken(bare)[0].speaker.name == "Jane Moss"
    relative = (
        opening + "Lena Ortiz, a judge on Harmon’s cooking show, “The Big Bake,” who went on to work alongside "
        "Harmon, said her boss was “always patient and fair.”"
    )
    assert spoken(relative)[0].speaker.name == "Lena Ortiz"
    # (a dateline before an opening quote is no subject)
    dateline = (
        "PORTVILLE (Wire) — “We will not win by being polite,” said Gil Navarro-Pike, the party chairman, at the "
        "annual “Copper Supper” on Saturday, “and we will not lose by being cruel.”"
    )
    assert {q.speaker.name for q in spoken(dateline)} == {"Gil Navarro-Pike"}


def test_a_sentence_adverb_before_the_subject_is_no_subject():
    text = "Similarly, Tom B. Kessler, a former county clerk, said he could “not back the recall.”"
    assert spoken(text)[0].speaker.name == "Tom B. Kessler"
    # (a surname in -ly is one)
    assert spoken("Kelly, a former aide, said he could “not back the recall.”")[0].speaker.name == "Kelly"


def test_a_base_form_of_say_after_a_plural_subject_that_ends_in_no_plural_word():
    """ "say" is a verb after a plural source with its phrase, after two subjects joined by
    "and", after "women" or "people", and after a count ("About 4 in 10 say")."""
    cases = {
        "Aides to the mayor say she is “changing her approach.”": "Aides to the mayor",
        "Sources close to her campaign say she “backs the plan fully.”": "Sources close to her campaign",
        "The women say officers still “watch the park closely.”": "The women",
        "About 4 in 10 say they want “a new mayor.”": "About 4 in 10",
    }
    for text, mention in cases.items():
        assert spoken(text)[0].speaker.mention == mention, text
    # (not a noun after a joined pair: "Republican state party chairs" says nothing)
    text = "The Democratic and Republican state party chairs signed a letter calling the measure “a mistake.”"
    assert spoken(text)[0].speaker.mention == "The Democratic and Republican state party chairs"


def test_a_share_of_people_is_a_subject():
    cases = {
        "In the poll, three-quarters of the voters said they were “worried about the economy.”": "three-quarters of the voters",
        "More than six in 10 said they were “tired of the campaign.”": "More than six in 10",
        "In Ohio, half of primary voters said they were “angry.”": "half of primary voters",
    }
    for text, mention in cases.items():
        assert spoken(text)[0].speaker.mention == mention, text
    # (a share of a thing is no one: the clause after "and" has its own subject)
    text = (
        "Hydropower from the dam supplies about a fifth of the country’s electricity, and his coalition partner, "
        "the Farmers Party, has warned against “giving away the national battery.”"
    )
    assert spoken(text)[0].speaker.name == "Farmers Party"


def test_a_share_found_by_a_survey_named_in_an_appositive_is_the_surveys_finding():
    text = (
        "Harbor Pulse, a survey of more than 10,000 voters, found that about 4 in 10 described their finances "
        "as “falling behind,” and those voters broke for the challenger."
    )
    assert spoken(text)[0].speaker.name == "Harbor Pulse"


def test_an_aside_set_off_by_hyphens_standing_for_dashes_is_no_subject():
    text = (
        "The vote is on Friday. Ana Ruiz, director of Open Harbor - which was founded by a former mayor and which "
        "has backed Dunn - said Dunn has “several options.”"
    )
    assert spoken(text)[0].speaker.name == "Ana Ruiz"


def test_a_restrictive_who_right_before_the_verb_is_the_mention_and_stands_for_the_phrase_before_it():
    """ "the 41 percent who said “…”": "who" is the mention (as after a comma), and whom it
    stands for is the phrase it restricts, not a preposition's whole phrase before it."""
    cases = {
        "Dunn carried the ward easily among the 41 percent of renters who said “rents are out of reach.”": "the 41 percent of renters",
        "Among tenants who said “the landlord ignored repairs,” two in three had filed complaints.": "tenants",
        # (a verb before it that reports something else gives way: "said no, compared with …")
        "In the survey, 61 percent of members said no, compared with 18 percent who said “the contract was fair.”": "18 percent",
    }
    for text, name in cases.items():
        (q,) = spoken(text)
        assert (q.speaker.mention, q.speaker.name) == ("who", name), text


def test_a_short_headline_whose_capitalised_verb_opens_the_quote():
    text = "Harlow County Says “Budget Will Balance”\n\nThe Harlow County board met on Monday to pass the budget."
    assert quotes(text)[0].speaker.name == "Harlow County"
    # (a verb of naming after the quote takes an object: "Calls Delay" names no one "Delay")
    text = "Mayor Dunn Says “Bridge Will Open In May”, Calls Delay ‘Regrettable’\n\nMayor Ana Dunn spoke on Monday."
    assert [q.speaker.name for q in quotes(text)][:1] == ["Ana Dunn"]


def test_a_headlines_role_without_its_article_is_an_unnamed_speaker():
    for text in (
        "“The ferry will run again by June”, analyst says.\n\nThe ferry has been idle since March.",
        "But expert says “the ferry fares will double”.\n\nThe ferry has been idle since March.",
    ):
        (q,) = quotes(text)
        assert q.speaker is not None and q.speaker.kind is SpeakerKind.ANONYMOUS, text
        assert q.speaker.mention in ("analyst", "expert"), text
    # (in running text a role keeps its article: "the former state treasurer", not "treasurer")
    assert spoken("The former state treasurer said “the count is final.”")[0].speaker.mention == "The former state treasurer"


def test_a_body_named_by_its_countrys_possessive_is_a_speaker():
    (q,) = spoken("Portugal’s Treasury said “the state played no part in the sale.”")
    assert q.speaker.mention == "Portugal’s Treasury"


def test_a_second_verb_after_a_participles_aside_or_a_span_of_time_shares_the_subject():
    cases = {
        "Harbor Tenants United, hoping to force a meeting, occupied the lobby on Tuesday and said “its members would "
        "not leave without one.”": "Harbor Tenants United",
        "A few hours later the stewards changed course, let the crowd into the hall and said “they would count the "
        "ballots during the meeting.”": "the stewards",
    }
    for text, mention in cases.items():
        assert spoken(text)[0].speaker.mention == mention, text


def test_a_plural_subject_with_examples_or_company_before_say():
    cases = {
        "Critics like Tom Hale say “the deal rewards the developer.”": "Critics",
        "The board’s loudest skeptics, like Ruiz and Bell, say “the money belongs in the schools.”": "The board’s loudest skeptics",
        "Tom Bell, along with his lawyer Ana Ruiz, say “the clerk refused to file the papers.”": "Tom Bell",
    }
    for text, mention in cases.items():
        assert spoken(text)[0].speaker.mention == mention, text


def test_a_quote_that_ends_a_subordinate_clause_keeps_that_clauses_speaker():
    text = "When Ruiz waved to the crowd and said “the harbor will reopen,” a woman shouted “When?”"
    first, second = spoken(text)
    assert (first.speaker.name, second.speaker.mention) == ("Ruiz", "a woman")


def test_according_to_after_a_quote_that_a_verb_of_saying_opens_names_the_reporter():
    text = "Her chief of staff, Ana Ruiz, says “the vote shows the plan can pass”, according to the Harbor Times."
    assert spoken(text)[0].speaker.name == "Ana Ruiz"
    # (with no verb of saying, "according to" names the source)
    assert spoken("The levy is “dead,” according to the Harbor Times.")[0].speaker.name == "Harbor Times"
    # (and a capitalised "According to" after the quote's sentence ends opens the next one)
    text = "Ana Ruiz wrote on Friday that “the pier was closed at noon”. According to two dock workers, it reopened at three."
    assert spoken(text)[0].speaker.name == "Ana Ruiz"


def test_a_subject_after_a_conjunction_and_a_time_speaks_for_its_own_clause():
    text = "Ruiz defended the levy for weeks, but late Friday she announced “the council should drop it.”"
    assert spoken(text)[0].speaker.mention == "she"


def test_records_polls_and_data_that_show_a_finding_are_its_source():
    """A document or evidence verb (show, suggest, reveal …) that opens the quote, or closes
    its sentence, makes its subject the source when that subject is a document, poll or
    record, plural too."""
    cases = {
        "Bell campaigned on Monday in a county where polls show “the mayor losing ground.”": "polls",
        "Exit polling showed that “turnout among renters fell by a third.”": "Exit polling",
        "Early audience figures suggest that “the channel drew about two million viewers.”": "Early audience figures",
        "“The firm spent $12,500 on lobbying last spring”, state records show.": "state records",
    }
    for text, mention in cases.items():
        (q,) = spoken(text)
        assert q.speaker is not None and q.speaker.mention == mention, text
    # (a person shown saying something is no document's finding)
    (q,) = spoken("The photos show Ruiz calling the plan “a scam.”")
    assert q.speaker.name == "Ruiz"


def test_a_point_someone_denied_after_the_quote_is_no_attribution():
    """ "…”, a point X denied": the noun names the quote, and X answered it; the verb before
    the quote keeps it, a sentence adverb set off by commas between them or not."""
    text = "Two aides told the Courier, however, that “the mayor joined the call twice”, a point Bell also conceded on Monday."
    assert spoken(text)[0].speaker.mention == "Two aides"
    text = "Last week, Rep. Bell dismissed the union’s letter, wrongly claiming the members did not back “the whole strike,” a point the union office denied."
    assert spoken(text)[0].speaker.name == "Bell"


def test_the_one_who_asked_puts_a_quoted_question():
    text = "Asked by Ana Ruiz “whether the budget was final”, the treasurer said it was."
    assert spoken(text)[0].speaker.name == "Ana Ruiz"
    # (an answer after "asked by" is the one asked: the quote there is no question)
    assert spoken("Asked by Ruiz about the levy, Bell said “it is dead.”")[0].speaker.name == "Bell"


def test_who_before_a_base_form_of_say_is_a_subject():
    (q,) = spoken("The alliance also takes in people who claim “to speak for three unions.”")
    assert (q.speaker.mention, q.speaker.name) == ("who", "people")


def test_the_subject_of_a_verb_of_thinking_or_wanting_before_a_quote():
    """With no verb of saying, the sentence's subject is the quote's source when it names
    people: a share of them, or "some council officials" (whose plural is its head, not its
    verb); and "But now she" is "she"."""
    cases = {
        "Four in 10 voters see “the levy as a tax on renters.”": "Four in 10 voters",
        "Privately, some council officials think “Ruiz could lose her seat.”": "some council officials",
        "But now she wants “the pier reopened before the summer.”": "she",
    }
    for text, mention in cases.items():
        (q,) = spoken(text)
        assert q.speaker is not None and q.speaker.mention == mention, text


def test_a_pronoun_opening_the_quotes_own_clause_is_nearer_than_the_sentences_subject():
    cases = {
        "In the spring Ana Ruiz looked at the county race, but she finally chose “to stay on the council.”": ("she", "Ana Ruiz"),
        "Tom Bell kept smiling through the heckling as he welcomed “the new harbor master.”": ("he", "Tom Bell"),
        # (a participle after "he’s not" is the clause's finite verb, not the sentence subject's participle)
        "Mayor Ed Dunn likes the new plan, but he’s not promising “a vote before spring.”": ("he", "Ed Dunn"),
    }
    for text, (mention, name) in cases.items():
        (q,) = spoken(text)
        assert (q.speaker.mention, q.speaker.name) == (mention, name), text


def test_even_opening_a_clause_names_no_one():
    text = "Even as the audit widens, a calm Ana Ruiz is saying the books are “clean” and telling her staff “to keep working.”"
    assert spoken(text)[-1].speaker.mention == "a calm Ana Ruiz"


def test_a_subordinate_clauses_object_before_the_comma_is_no_subject():
    text = "When she bought the Federal bakery from Harlow, Ms. Penn said “the ovens would run again by June.”"
    assert spoken(text)[0].speaker.mention == "Ms. Penn"
    # (a town and its state after a name stay an aside)
    assert spoken("Ada Lind of Dayton, Ohio says “the plant will close.”")[0].speaker.name == "Ada Lind"


def test_a_statement_issued_in_a_later_clause_speaks_for_its_issuer():
    text = "The rumors spread so fast that the Harlow Port Authority issued a statement saying that “no buyer had been chosen.”"
    assert spoken(text)[0].speaker.mention == "the Harlow Port Authority"


def test_a_share_others_or_a_pronoun_after_and_opens_a_clause_of_its_own():
    cases = {
        "Most members said the plan was fair, and three-quarters said “the vote came too late.”": "three-quarters",
        "Several council members will skip the vote, and others have said “the session is a waste of an evening.”": "others",
        "The pumps failed twice in May and she blamed “the contractor who installed them.”": "she",
    }
    for text, mention in cases.items():
        assert spoken(text)[0].speaker.mention == mention, text


def test_subjects_joined_by_and_a_possessive_after_an_opening_clause_and_most_of():
    cases = {
        "The Courier and the Harlow Gazette asked the court for the tapes, arguing “the public has a right to hear them.”": "The Courier and the Harlow Gazette",
        "After the fire closed the bakery, her father sold the van, insisting that “the business had run its course.”": "her father",
        "Most of the newer board members have already said “the budget needs a second look.”": "Most of the newer board members",
        "As she spoke “to thank the volunteers” on Friday, Ana Ruiz broke down.": "she",
    }
    for text, mention in cases.items():
        (q,) = spoken(text)
        assert q.speaker is not None and q.speaker.mention == mention, text


def test_a_capitalised_our_inside_a_name_and_an_ordinal_aside_after_a_possessive():
    """(Guards two regressions met on the way, not a cause of 7f87de8's.)"""
    text = "That finding matters most. Keep Our Harbor PAC, a group backing Ruiz, already calls Bell “a tourist in this town” in an ad."
    assert spoken(text)[0].speaker.mention == "Keep Our Harbor PAC"
    text = "In her own note to staff Tuesday evening, her first as interim chief, she described the firm as “fundamentally strong.”"
    assert spoken(text)[0].speaker.mention == "she"


def test_a_pronoun_after_a_dash_opens_the_quotes_own_clause():
    text = "Because Ruiz ran a similar stunt last year—she hired “a boat to circle the pier with a banner”—people suspected her."
    assert spoken(text)[0].speaker.mention == "she"
    # (a clause after "that" is what the subject thinks: its pronoun is no speaker)
    assert spoken("She believes that he is “dangerous.”")[0].speaker.mention == "She"


def test_a_stray_comma_after_a_party_tag_time_after_a_name_and_only_before_the_verb():
    text = (
        "Sen. Ana Ruiz (R-Fla.) praised the plan, Sen. Tom Bell (R-Texas) doubted it, and Sen. Jon Meyer (R-Ariz.), "
        "said he would be “overjoyed” if it passed."
    )
    assert spoken(text)[0].speaker.name == "Jon Meyer"
    assert spoken("Comey at the time called the case “a close call.”")[0].speaker.mention == "Comey"
    assert spoken("Ruiz only said “no comment.”")[0].speaker.mention == "Ruiz"


def test_an_opening_participle_and_its_object_name_no_one():
    text = "Rattling off promises to “cut fares and fix the pier”, Ruiz pledged a new era."
    speaker = spoken(text)[0].speaker
    assert speaker is None or speaker.mention != "Rattling off"
    # (a surname in -ing is one: "Fleming called it …"; and a gerund before its noun opens a phrase)
    assert spoken("Fleming called it “a farce.”")[0].speaker.mention == "Fleming"
    assert spoken("Polling averages show “Ruiz with a small lead.”")[0].speaker.mention == "Polling averages"


def test_a_second_quote_in_the_sentence_whose_own_clause_opens_on_a_pronoun_has_it_as_mention():
    text = "Tom Bell said there had been “good gains” on the budget, but he pressed “the mayor to do more on housing.”"
    second = spoken(text)[1].speaker
    assert (second.mention, second.name) == ("he", "Tom Bell")
    # (a clause the pronoun's verb takes is still what the first speaker says)
    text = "Joe Bell, who came from Ohio to help, says there is a “long road ahead” but he feels sure that Ruiz will “surprise everyone.”"
    assert spoken(text)[1].speaker.mention == "Joe Bell"


def test_a_clause_a_conjunction_opens_on_a_possessive_description_and_a_name():
    text = (
        "Voters are watching Ruiz closely, while her main rival, Tom Bell, has surged in the polls by saying that "
        "“the pier deal was a scam.”"
    )
    assert spoken(text)[0].speaker.name == "Tom Bell"
    # (a relative "where" clause closes before the verb: the body before it speaks)
    text = "Brightwire, where the ad is running as a paid placement, said in a statement that the label is “clear and conspicuous.”"
    assert spoken(text)[0].speaker.name == "Brightwire"


def test_an_envoy_to_a_country_and_a_submission_to_a_court_are_speakers():
    text = "“Ruiz was flying home to bury her mother”, Harlow’s Ambassador to France confirmed."
    assert spoken(text)[0].speaker.mention == "Harlow’s Ambassador to France"
    text = "Her submission to the court noted “reports that the deal was never signed.”"
    assert spoken(text)[0].speaker.mention == "Her submission to the court"


def test_modifiers_joined_by_and_and_a_headline_role_with_its_modifier():
    assert spoken("Current and former officials said “the review is nearly done.”")[0].speaker.mention == "Current and former officials"
    text = "“Ruiz will back Bell, eventually”, former rival says.\n\nRuiz spoke on Monday."
    assert quotes(text)[0].speaker.mention == "rival"


def test_plural_nouns_listed_speak_together_and_a_stray_comma_after_a_tag_in_a_trailing_attribution():
    text = "Neighbors, landlords and former tenants say that “the new owner has earned their trust.”"
    assert spoken(text)[0].speaker.mention == "Neighbors, landlords and former tenants"
    assert spoken("“It is over,” Sen. Jon Meyer (R-Ariz.), said.")[0].speaker.name == "Jon Meyer"


def test_the_subject_of_the_verb_that_takes_the_quote_is_nearer_than_the_sentence_subject():
    # (no verb of saying: the clause whose verb has the quote for its object names who holds the words)
    text = "Ruiz leads in pledged delegates, but the party elders who can back “whichever candidate they like” remain undecided."
    (q,) = spoken(text)
    assert (q.speaker.mention, q.speaker.name) == ("who", "the party elders")
    text = "Tom Bell has not backed the plan, and several members oppose “the levy in its current form”."
    assert spoken(text)[0].speaker.mention == "several members"
    text = "Ruiz will win because voters don't want “another decade of the same council”."
    assert spoken(text)[0].speaker.mention == "voters"
    text = "Two council members, both of whom opposed “the harbor levy”, are sponsoring the repeal."
    assert spoken(text)[0].speaker.mention == "both of whom"


def test_a_main_clause_after_an_opening_subordinate_clause_takes_the_quote():
    text = "When the mill announced 300 layoffs, some workers felt “abandoned by the owners”."
    assert spoken(text)[0].speaker.mention == "some workers"
    text = "If Ruiz carries the county on Tuesday, local analysts estimate “she needs only a third of the remaining wards”."
    assert "analysts" in spoken(text)[0].speaker.mention
    text = "While critics argue that the swap rewards kidnappers, Governor Ruiz has deemed “some trades a fair price”."
    assert spoken(text)[0].speaker.mention == "Governor Ruiz"
    # ("As X said," is a parenthetical that attributes the main clause to X)
    text = "As Ruiz said on Monday, the harbor plan is “dead in the water”."
    assert spoken(text)[0].speaker.name == "Ruiz"


def test_a_thing_that_does_what_the_verb_says_is_no_nearer_speaker():
    text = "The mayor wants voters to believe her harbor plan will create “thousands of good jobs.”"
    assert spoken(text)[0].speaker.mention == "The mayor"
    text = "The program is funded by a payroll tax that would “fall hardest on small shops,” the foundation said."
    assert spoken(text)[0].speaker.mention == "the foundation"
    text = "Asked for one word, the answers included “loud and tired”."
    assert spoken(text)[0].speaker is None or spoken(text)[0].speaker.mention != "the answers"


def test_the_verb_taking_the_quote_after_a_share_a_hyphen_a_progressive_or_who_s():
    text = "About 40 percent back Ruiz, while 5 percent prefer “a candidate from outside the council”."
    assert spoken(text)[0].speaker.mention == "5 percent"
    text = "The rename is one example of how Mr. Bell has de-emphasized “his years at the bank”."
    assert spoken(text)[0].speaker.name == "Bell"
    text = "Other than Tom Bell, who's called for “an audit of every harbor contract”, few spoke."
    assert spoken(text)[0].speaker.name == "Tom Bell"
    # (a passive's subject is no speaker)
    assert spoken("The levy was given “a second reading” on Monday.")[0].speaker is None


def test_a_quantifier_or_bare_plural_after_a_clause_boundary_is_the_verb_s_subject():
    text = "Among those who want the old plan, most are planning “to vote for Ruiz”."
    assert spoken(text)[0].speaker.mention == "most"
    text = "Through the new dashboard, reporters and editors know “how many people finish each story”."
    assert spoken(text)[0].speaker.mention == "reporters and editors"
    # (a bare plural that names no people is no speaker)
    assert spoken("Prices rose in March, and costs reached “a level no shop can carry”.")[0].speaker is None
    # (nor is a possessive before the verb's object)
    speaker = spoken("Her colleagues share their grievances about “the old rules and the new bosses”.")[0].speaker
    assert speaker is None or speaker.mention != "their"


def test_the_verb_taking_the_quote_after_a_contraction_an_aside_or_a_result_clause():
    text = "Some tenants are so opposed to the sale that they’re endorsing “a buyout by the city itself”."
    assert spoken(text)[0].speaker.mention == "they"
    text = (
        "Ruiz has courted the harbor vote, but Republicans, worried about the shrinking port, "
        "have long considered “using the old lease against her”."
    )
    assert spoken(text)[0].speaker.mention == "Republicans"
    # ("’s" after a name is a possessive, not "is": an adjective before a label is no verb)
    text = "Mayor Ana Ruiz's much-hyped “listening tour” of the harbor stalled on Friday."
    assert all(q.speaker is None or q.speaker.name != "Ana Ruiz" for q in quotes(text))
    # (a noun after a cut-off phrase is no verb: "in the hopes")
    text = "She set the account up to trap Bell in the hopes “he would repost the fake quote”."
    assert spoken(text)[0].speaker.mention == "She"


def test_the_verb_taking_the_quote_after_two_auxiliaries_or_a_verb_and_to():
    text = "After the layoffs, some want to know “whether the pension fund is safe”."
    assert spoken(text)[0].speaker.mention == "some"
    text = "Ruiz, speaking in Harlow, talked through “the problems the levy was meant to fix”."
    assert spoken(text)[0].speaker.name == "Ruiz"
    # (nobody holds the words of "no one could have envisioned", nor a passive's subject)
    assert spoken("But no one could have envisioned “what the auditors found next”.")[0].speaker is None
    assert spoken("The levy could be given “a second reading” soon.")[0].speaker is None


def test_two_descriptions_of_people_joined_by_and_speak_together():
    text = "The mayor and the port director urged “a second look at the lease”."
    assert spoken(text)[0].speaker.mention == "The mayor and the port director"
    text = "Harlow's mayor and its port director both said “the lease is void”."
    assert spoken(text)[0].speaker.mention == "Harlow's mayor and its port director"
    # (a thing joined to a person is no pair of speakers)
    assert spoken("The mayor and the budget office said “x is done”.")[0].speaker.mention != "The mayor and the budget office"


def test_a_sentence_opening_on_per_and_its_source_attributes_like_according_to():
    text = "Per the union's lawyer, the owners “never intended to pay” the bonus."
    assert (spoken(text)[0].speaker.mention, spoken(text)[0].speaker.method) == ("the union's lawyer", "according_to")
    # ("per" elsewhere is a rate, and "Per capita" no source)
    assert spoken("Per capita income rose to “a record high” last year.")[0].speaker is None


def test_a_later_clause_with_its_own_subject_holds_the_words_after_an_earlier_cue():
    text = "The council members said the vote was fair, but critics point to “ballots that were never counted”."
    assert spoken(text)[0].speaker.mention == "critics"
    text = "Ana Voss later admitted to fraud; the county sheriff taped “her telling a clerk to shred the files”."
    assert spoken(text)[0].speaker.mention == "the county sheriff"
    text = "Pell called the levy theft, while the show’s host sought “to keep the two ideas apart”."
    assert spoken(text)[0].speaker.mention == "the show’s host"
    # (the verb taking the quote may be a cue of its own)
    text = "Mayor Ortiz said the port would reopen, and the port director is promising “to clear the channel by May”."
    speaker = spoken(text)[0].speaker
    assert (speaker.mention, speaker.cue) == ("the port director", "promising")
    # (an aside's cue runs on into the clause after it, and so does a report's modal in the past)
    text = "He expects to vote for Pruett, he said, though Aldane had “earned a second look.”"
    assert spoken(text)[0].speaker.mention == "he"
    text = "Ortiz said the port would reopen, and workers would get “a fair deal” from the owners."
    assert spoken(text)[0].speaker.name == "Ortiz"


def test_a_bare_plural_for_people_after_an_opening_phrase_is_the_subject():
    text = "Without Mayor Ruiz steering the board, council members are left wondering “whether the port will survive”."
    assert spoken(text)[0].speaker.mention == "council members"
    text = "After Mayor Ruiz left the board, local voters are left wondering “whether the port will survive”."
    assert spoken(text)[0].speaker.mention == "local voters"
    # (no function word or participle is its modifier)
    text = "Still, the Bell campaign wasted no time, emailing supporters to describe Ruiz as “too soft for the port.”"
    assert spoken(text)[0].speaker is None or "emailing" not in spoken(text)[0].speaker.mention


def test_a_verb_and_its_particle_in_the_base_form_after_as():
    text = "Closing the ferry “would strand half the island”, as local fishermen point out."
    assert (spoken(text)[0].speaker.mention, spoken(text)[0].speaker.method) == ("local fishermen", "as_said")
    text = "Port workers point out that “the harbor has lost money for years”."
    assert spoken(text)[0].speaker.cue == "point out"


def test_a_quote_closing_a_subordinate_clause_keeps_that_clause_s_speaker():
    text = "When a guest on the morning show argued that “the port deal was a mistake”, the host cut him off."
    assert spoken(text)[0].speaker.mention == "a guest on the morning show"
    text = "A few people jeered, and when Mayor Ruiz waved to the bleachers and said “it is good to be home”, a woman shouted."
    assert spoken(text)[0].speaker.name == "Ruiz"
    text = (
        "She has shifted on many issues, and although she has disowned “most of her old votes”, party elders have questioned her sincerity."
    )
    assert spoken(text)[0].speaker.mention == "she"
    # (a main clause's cue right after the quote still attributes a quote its clause only opens)
    assert spoken("If “the port closes,” Ruiz said, the town will suffer.")[0].speaker.name == "Ruiz"


def test_an_opening_participle_s_subject_stands_before_the_next_quote():
    text = "Stressing “how little time the harbor has left”, Ruiz said, “If we wait, we lose the port.”"
    assert [q.speaker.mention for q in spoken(text)] == ["Ruiz", "Ruiz"]


def test_a_long_noun_phrase_after_with_is_the_participle_s_subject():
    text = "The race is narrowing, with rival campaigns and even a retired judge suggesting that “her votes are open to attack”."
    assert spoken(text)[0].speaker.mention == "rival campaigns and even a retired judge"


def test_a_later_cue_with_its_own_subject_after_a_noun_an_adverb_or_and_others():
    # (a speech verb's -s form after a determiner is a noun: "These calls for")
    text = "Those calls for a larger dredging budget grew louder even as several of the same tenants had said “they reject any new fee”."
    assert spoken(text)[0].speaker.mention == "several of the same tenants"
    text = "In a season when most tenants say they distrust the board, even some landlords questioned “why the rents were never audited”."
    assert spoken(text)[0].speaker.mention == "some landlords"
    text = "Several tenants plan to stay home on Tuesday and others have said “nobody at City Hall listens anyway”."
    assert spoken(text)[0].speaker.mention == "others"


def test_a_phrase_for_no_one_after_a_verb_is_its_object_not_an_inverted_subject():
    text = "Ruiz, who once praised “the old port deal”, offered her clearest pledge so far to kill it."
    assert spoken(text)[0].speaker.name == "Ruiz"
    text = "Mayor Ruiz, who sensed that “a council vote would fail”, told her staff to look for another route."
    assert spoken(text)[0].speaker.name == "Ruiz"
    text = "He tore into “wasteful harbor dredging contracts”, mocked the new parking fees and praised the union."
    assert spoken(text)[0].speaker.mention == "He"
    # (a quote that opens its sentence, or a plain "said", keeps the inverted subject)
    assert spoken("“We will win,” said the harbor master.")[0].speaker.mention == "the harbor master"
    assert spoken("The plan is “a disaster,” said the harbor master.")[0].speaker.mention == "the harbor master"


def test_authorities_with_no_determiner_speak_as_a_group():
    text = "Crews raced to the pier, where authorities described “six people hurt, two of them badly”."
    assert spoken(text)[0].speaker.mention == "authorities"


def test_per_after_the_quote_names_its_source():
    text = "Ruiz raised $90,000 overnight, “nearly all of it in small gifts,” per campaign spokeswoman Lena Ortiz."
    assert spoken(text)[0].speaker.name == "Lena Ortiz"
    text = "The deal is “dead,” per two people familiar with the talks."
    assert spoken(text)[0].speaker.mention == "two people familiar with the talks"
    # ("per cent" is a rate)
    assert spoken("Turnout was up “9,” per cent of Harlow voters.")[0].speaker is None


def test_a_sentence_s_subject_is_not_run_into_a_name_after_its_verb():
    # (a name, its verb and a preposition are no modifiers of the name after them)
    text = "Ann Voss sat behind Lena Ruiz at the hearing. “I said it in there,” she told reporters."
    assert spoken(text)[0].speaker.name == "Ann Voss"
    # (an irregular past makes the words before an appositive a clause: the name set off renames its object)
    text = "Harold Quenby met with the sheriff’s deputy, Otto Brisk, on Monday, and he said the meeting was “productive but frank.”"
    assert spoken(text)[0].speaker.name == "Harold Quenby"


def test_a_capitalised_cue_word_inside_a_body_s_name_after_on_and_people_on_a_body():
    text = "The Council on State Elections said on Friday that it would “review every rule again.”"
    assert spoken(text)[0].speaker.mention == "The Council on State Elections"
    text = "Democrats on the Harbor Committee said in a letter that the plan was “going nowhere.”"
    speaker = spoken(text)[0].speaker
    assert (speaker.kind, speaker.name) == (SpeakerKind.GROUP, "Democrats on the Harbor Committee")


def test_a_colon_lead_in_of_time_or_of_a_medium_names_no_one():
    text = "Asked whether he would back Pratt, Ronan Aske answered with a question: “Would she back me?” Then, after a long pause: “Probably not.”"
    assert [q.speaker.name for q in spoken(text)] == ["Ronan Aske", "Ronan Aske"]
    text = "9:05 a.m. — Gov. Ilse Marrow, in a post from her official account: “The bridge is closed. Stay home.”"
    assert spoken(text)[0].speaker.name == "Ilse Marrow"
    assert spoken("The campaign kept posting all night. The latest: “Two of us are fighting for second.”")[0].speaker is None


def test_a_source_s_own_verb_of_saying_after_according_to_opens_the_quote():
    text = "The aide will not testify, according to her lawyer, Mira Castell, who wrote to the panel that her client “has said everything she knows.”"
    assert spoken(text)[0].speaker.name == "Mira Castell"


def test_a_description_then_the_name_it_stands_for_names_the_speaker():
    text = "Her neighbor, a baker who would give only his first name, Teodor, was more forgiving: “Mayors get lost too.”"
    assert spoken(text)[0].speaker.name == "Teodor"
    text = "But a panel member, the Irish painter Orla Greaney, told a podcast that the jury had been “fighting like a family.”"
    assert spoken(text)[0].speaker.name == "Orla Greaney"


def test_a_description_named_later_by_its_role_or_its_own_words():
    text = "A woman near the stage, who later identified herself as retired nurse Ada Quell, asked whether he would “fund the clinic.”"
    assert spoken(text)[0].speaker.name == "Ada Quell"
    text = "Mayor Ivo Brandt won with 71 percent, a result his main rival called “a fabrication.” The rival, Dr. Lina Sorell, a surgeon, said she would appeal."
    assert spoken(text)[0].speaker.name == "Lina Sorell"


def test_a_quote_whose_own_sentence_has_a_subject_taking_it_inherits_no_speaker():
    text = "“The port will reopen soon,” Dana Rooke posted on Friday. Economists doubt “any ship will dock before spring”."
    assert spoken(text)[1].speaker.mention == "Economists"
    # (a quote that only goes on after its attribution still inherits)
    assert spoken("“We will win,” Ruiz said. “And we will win big.”")[1].speaker.name == "Ruiz"


def test_bodies_in_the_plural_after_a_modifier_hold_the_words():
    text = "If Ruiz carries the county on Tuesday, local newspapers predict “Bell will need a miracle in the north”."
    assert spoken(text)[0].speaker.mention == "local newspapers"
    # (a bare plural for things after a modifier still holds nothing)
    assert spoken("Prices rose in March, and shop costs reached “a level no shop can carry”.")[0].speaker is None


def test_a_subject_and_a_verb_of_belief_closing_the_quote_hold_the_view():
    text = "The ferry board meets in May. “The vote could split the board,” several board aides believe — aides the chair needs."
    assert spoken(text)[0].speaker.mention == "several board aides"
    assert spoken("The mayor spoke twice. “The levy will pass”, port officials privately fear.")[0].speaker.mention == "port officials"
    # (a verb of belief with a clause of its own after it closes nothing: the cue inside it governs)
    text = "On the mayor’s claim “there are donors who back him”, Pell said he believes “there may be a few”."
    assert [q.speaker.name if q.speaker else None for q in spoken(text)] == [None, "Pell"]


def test_it_after_a_conjunction_is_the_subject_of_the_later_cue():
    text = "The paper said at first that its printers had shut, but it then conceded that “the plant was only moving”."
    assert spoken(text)[0].speaker.mention == "it"
    # (not in a relative clause on a label: the sentence's subject keeps the quote after it)
    text = (
        "Ivers replied that the firm was spending $2 million under what it calls its “Clean Coast” plan, and that tourism “will come back.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["Ivers", "Ivers"]


def test_made_it_clear_is_a_cue_of_its_own():
    text = "Union leaders called the deal weak, and the port director made it clear that “his board wanted a firmer offer”."
    assert spoken(text)[0].speaker.mention == "the port director"


def test_a_name_given_after_the_description_s_place():
    text = "“I have fished this bay since before the bridge,” said the man at the end of the pier, who gave his name only as Anselm."
    assert spoken(text)[0].speaker.name == "Anselm"


def test_a_lone_surname_as_the_last_sentence_s_subject_is_the_pronoun_after_it():
    text = 'As he left the hall, a reporter called out, "Senator, will you quit?" Okonjo kept walking, then stopped. "Nobody is quitting tonight," he said.'
    assert spoken(text)[1].speaker.name == "Okonjo"
    # (not a state that opens the sentence)
    assert spoken("Iowa voted early. “It was a long night,” he said.")[0].speaker.name == "he"


def test_a_lone_surname_subject_of_the_pronoun_s_own_sentence_or_the_one_before():
    text = (
        "Mayor Gil Santos spoke first. “We need your help,” he said. Santos flies to Omaha on Monday. "
        "Brenner held a rally at the rodeo grounds last week, where he told the crowd the valley was “the heart of the state.”"
    )
    assert spoken(text)[1].speaker.name == "Brenner"
    text = (
        "When a listener asked Achterberg whether she would run, the host, Nell Quist, broke in before she could answer: "
        "“She will not say that here.” Achterberg laughed. “Nell is right,” she said."
    )
    assert spoken(text)[1].speaker.name == "Achterberg"
    # (a capitalised noun that opens the sentence is no lone surname: "Minutes later", "Guests arrived")
    assert spoken("Minutes later, he wrote online that the count was “crooked from the start.”")[0].speaker.name == "he"
    assert spoken("Guests arrived at noon. “We were late,” he said.")[0].speaker.name == "he"


def test_an_unnamed_asker_who_calls_out_to_ask_about_the_pronoun_is_not_its_antecedent():
    text = (
        "Senator Gale Hollis took no questions. As he left the stage, a reporter shouted to ask whether he would run again. "
        "He smiled and kept walking, then turned back at the door. “Ask me next year,” he said."
    )
    assert spoken(text)[0].speaker.name == "Gale Hollis"


def test_a_name_its_verb_and_a_named_object_are_no_modified_name():
    text = "Ada Voss found Nora Pike, the county treasurer, near the stage and hugged her. “You made me earn every vote,” she said."
    assert spoken(text)[0].speaker.name == "Ada Voss"


def test_a_relative_pronoun_with_a_time_before_its_verb_is_the_gerund_s_subject():
    text = "The mayor met Governor Tom Bell, who last week stunned her by announcing “he would sit this race out”."
    assert (spoken(text)[0].speaker.mention, spoken(text)[0].speaker.name) == ("who", "Tom Bell")
    text = "The mayor sat down with Governor Tom Bell, who a week ago stunned the mayor by announcing “he would sit this race out”."
    assert (spoken(text)[0].speaker.mention, spoken(text)[0].speaker.name) == ("who", "Tom Bell")


def test_repeating_is_a_participle_cue_of_the_main_clause_subject():
    text = "When Bell pointed out that Ruiz calls it “a fair levy,” Ruiz seized on the phrase, repeating “her line that the levy would fund every school”."
    assert spoken(text)[1].speaker.name == "Ruiz"


def test_a_lone_capitalised_word_that_is_a_place_or_a_participle_is_no_antecedent():
    text = "Gone was the pledge to show every receipt. In its place, she offered this: “We did it fast.”"
    assert spoken(text)[0].speaker.name == "she"
    text = "A fair banner read “Vestria Grows.” Vestria would take new tariffs to court “on the first morning,” he said. Vestrian farmers agree."
    assert [q.speaker.name for q in spoken(text)] == ["he"]
    # (nor a word the article also writes in lower case)
    assert spoken("Debate was closed to the public after a long debate. “I hope it helps,” he said.")[0].speaker.name == "he"


def test_quoted_as_saying_with_a_description_and_the_name_set_off_after_it():
    text = "The state agency, Valpress, quoted an army spokesman, Colonel Ivo Stanek, as saying troops were on a “counter-terror sweep” in the west."
    assert spoken(text)[0].speaker.name == "Ivo Stanek"


def test_a_capitalised_modifier_before_a_plural_noun_for_people_is_no_name():
    text = "Harbor commissioners have closed ranks, insisting that “the port plan has failed”."
    assert spoken(text)[0].speaker.mention == "Harbor commissioners"


def test_an_aside_between_dashes_then_an_auxiliary_and_an_adverb_before_the_cue():
    text = "On the other side, Mayor Ruiz -- whose brother signed the lease -- has publicly derided “the return of the harbor tax”."
    assert spoken(text)[0].speaker.name == "Ruiz"


def test_plural_people_who_signed_a_letter_speak_through_its_participle():
    text = "Forty rural organizers in Vermont signed an open letter accusing her of “drifting toward a loss.”"
    assert spoken(text)[0].speaker.mention == "Forty rural organizers"
    # (a document from a body that the clause's subject did not issue still speaks for itself)
    text = "The visit produced a two-page letter from the health board warning that the water was “unsafe for infants.”"
    assert spoken(text)[0].speaker.name == "health board"


def test_a_number_after_an_article_stays_inside_the_subject():
    text = "Voters in the three river counties have said “the bridge matters more than taxes”."
    assert spoken(text)[0].speaker.mention == "Voters in the three river counties"


def test_a_quote_in_an_opening_participle_s_phrase_belongs_to_the_subject_after_it():
    text = "Stung by “the uproar over the levy”, Senator Ada Reyes, the majority whip, said she had called the mayor."
    assert spoken(text)[0].speaker.name == "Ada Reyes"
    text = "Reeling off pledges to “fix every road and every bridge”, Ana Ruiz promised the county new jobs."
    assert spoken(text)[0].speaker.name == "Ana Ruiz"


def test_a_writer_who_quotes_someone_before_a_colon_gives_the_words_to_them():
    assert spoken("He quotes Lena Parkhurst, the county clerk: “We counted every ballot twice.”")[0].speaker.name == "Lena Parkhurst"
    # (a text quoted is no speaker: the writer who quotes it is)
    assert spoken("She quoted the old hymn: “Love thy neighbor.”")[0].speaker.name == "She"


def test_an_unpunctuated_clause_after_a_reported_fragment_is_no_attribution():
    text = "Campaign spokesman Heath Corbin said Tuesday that the candidate “stands by every word” he said on the show."
    assert spoken(text)[0].speaker.name == "Heath Corbin" and spoken(text)[0].speaker.mention != "he"
    # (an opening participle's phrase is no report of the sentence: the clause after it is the attribution)
    assert spoken("Granting that the vote might slip “a week or two” she cautioned: “Not much more.”")[0].speaker.mention == "she"


def test_a_pronoun_clause_after_a_quote_that_closes_on_its_comma_names_the_next_quote_s_speaker():
    text = "While Ruiz admits the levy has “real costs,” she sees “a way to pay for all of it in five years”."
    assert [q.speaker.mention for q in spoken(text)] == ["Ruiz", "she"]


def test_a_later_clause_s_subject_stays_in_view_over_a_run_of_the_same_pronoun():
    text = (
        "The chairwoman, Representative Ana Ruiz of Ohio, tried to move on, but Ms. Kell did not sit down, several members said. "
        "Later, in the hall, she was unrepentant. “I said it once and I will say it again,” she told reporters."
    )
    assert spoken(text)[0].speaker.name == "Kell"
    text = (
        "Then Mr. Breck swung the boat for home, and Mr. Tuell, who had been asking for exactly that for an hour, "
        "said nothing until they were tied up. “Told you,” he said then."
    )
    assert spoken(text)[0].speaker.name == "Tuell"


def test_a_lone_surname_with_an_appositive_before_its_verb():
    text = "The results are late. Brennan, the county clerk, says no more results will come tonight. “We would rather be right than fast,” she said."
    assert spoken(text)[0].speaker.name == "Brennan"
    # (not a body that speaks of itself as "it")
    assert (
        spoken("Tallow says it has 210,000 users, most of them workers who, as she puts it, “never went to business school.”")[
            0
        ].speaker.name
        == "she"
    )


def test_an_adverb_set_off_at_the_start_is_no_subject_and_it_may_be_one():
    text = (
        "The guild rarely takes sides. Lately, though, it put out a two-page note on the budget, calling for “more money for the harbor”."
    )
    assert spoken(text)[0].speaker.mention == "it"


def test_a_second_verb_in_a_subordinate_clause_with_a_quote_of_its_own_keeps_the_clause_s_subject():
    text = (
        "Governor Tom Reyes fought the levy, while Dan Pike, a retired county judge, suggested a “clean slate” "
        "and said “the board ought to quit over it”."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Dan Pike", "Dan Pike"]


def test_made_the_point_is_a_cue():
    assert spoken("The mayor made the point that “nobody reads the budget”.")[0].speaker.mention == "The mayor"


def test_a_lone_surname_stressed_by_a_reflexive_is_the_pronoun_s_antecedent():
    text = "Spokeswoman Dana Oyler spoke first. Pell herself made a surprise visit on Monday. Standing with the delegation, she told reporters: “I just wanted to see it.”"
    assert spoken(text)[0].speaker.name == "Pell"


def test_a_surname_that_is_also_a_title_after_a_census_first_name_is_a_name():
    assert spoken("Tonya Bishop replied: “I would put my budget up against his any day.”")[0].speaker.name == "Tonya Bishop"
    # (and the surname alone, once the article has given it after a first name)
    text = "Greer introduced his challenger, Tonya Bishop. “She has never run anything,” he said. Bishop shot back: “Try me.”"
    assert spoken(text)[1].speaker.mention == "Bishop"
    # (a title after a word no census knows as a first name is still no name: a place's office, its holder unnamed)
    speaker = spoken("Quebec’s Health Minister said the rule was “final.”")[0].speaker
    assert (speaker.kind, speaker.mention) == (SpeakerKind.ANONYMOUS, "Quebec’s Health Minister")


def test_a_demonstrative_after_a_preposition_stays_inside_the_subject():
    text = "The county’s own summary of that meeting describes the early vote as “unanimous and without discussion.”"
    assert spoken(text)[0].speaker.mention == "The county’s own summary of that meeting"


def test_the_last_of_two_absolutes_after_with_is_the_participle_s_subject():
    text = "It ended with two candidates jabbing fingers and a moderator pleading with them to “please let each other finish.”"
    assert spoken(text)[0].speaker.mention == "a moderator"


def test_a_title_case_name_after_a_possessive_and_call_is_a_nickname():
    text = "Dana Arthur, the tall sophomore her teammates call “the Wall,” raised a hand."
    assert [q.kind for q in quotes(text)] == [QuoteKind.NICKNAME]


def test_a_subject_whose_relative_clause_holds_a_quoted_name_speaks_through_its_verb():
    text = (
        "A caller to the afternoon show who gave his name only as “Jimmy in Fairlawn” told Commissioner Rosa Quint "
        "that the new fee was “robbery with a recycling bin.”"
    )
    speaker = spoken(text)[0].speaker
    assert (speaker.mention, speaker.name) == ("A caller to the afternoon show", "Jimmy")


def test_a_plural_noun_after_a_preposition_in_an_appositive_is_no_verb():
    text = "Representative Ada Kerr, known to colleagues as “the Closer,” told supporters that she had “never lost a vote.”"
    assert spoken(text)[0].speaker.name == "Ada Kerr"
    text = "Representative Nadia Kerrigan, known to House colleagues as “the Closer,” told supporters that she had “never lost a vote.”"
    assert spoken(text)[0].speaker.name == "Nadia Kerrigan"


def test_her_or_his_in_a_description_set_off_after_a_surname_tells_the_gender():
    text = (
        "County clerk Hollis Dunaway ran the count. Lyle Kasper, the party chairman, called for an outside review. "
        "Dunaway, a Democrat in her third term, said the county had already invited auditors in. "
        "“They have the keys to the building,” she said."
    )
    assert spoken(text)[0].speaker.name == "Hollis Dunaway"
    # (and so does the pronoun of an opening question the sentence's subject was asked)
    text = (
        "Judge Ada Whitlow faces a vote. Asked in the hallway whether she would back Judge Ada Whitlow, "
        "Sen. Hollis Vander, R-Maine, paused. “Would you like me to answer here?” she asked."
    )
    assert spoken(text)[0].speaker.name == "Hollis Vander"


def test_a_quantity_of_people_is_a_group_however_long_the_phrase_after_of():
    text = "Clear majorities of Lutheran dairy farmers in three counties said “they back the levy”."
    speaker = spoken(text)[0].speaker
    assert (speaker.kind, speaker.name) == (SpeakerKind.GROUP, "Clear majorities of Lutheran dairy farmers in three counties")


def test_a_participle_s_phrase_on_the_people_before_the_verb_stays_in_the_subject():
    text = "Most union members at three plants heading into Friday's vote said “they want a better offer”."
    assert spoken(text)[0].speaker.mention == "Most union members at three plants"
    text = "Two clerks handling the ferry permits have cited “a shortage of inspectors”."
    assert spoken(text)[0].speaker.mention == "Two clerks"
    # (a noun after "his" is no participle's phrase)
    assert (
        spoken("A person familiar with his thinking said the plan was “dead”.")[0].speaker.mention == "A person familiar with his thinking"
    )


def test_a_noun_s_possessive_owns_the_words_its_noun_for_words_opens_with_that():
    text = "The port was quiet. The union's assurance that “every worker will be paid” calmed the crowd."
    assert spoken(text)[0].speaker.mention == "The union"
    text = "The port was quiet. The mayor's earlier claim that “the docks would reopen by spring” now looks doubtful."
    assert spoken(text)[0].speaker.mention == "The mayor"
    # (not a noun's possessive that a naming verb's object holds: the caller's words)
    text = "A deputy, writing late at night, called the treasurer’s remarks “a polite way of giving up.”"
    assert spoken(text)[0].speaker.mention == "A deputy"


def test_the_author_of_a_document_the_subject_names_speaks_for_it():
    text = "Figures released on Monday by the port authority show “traffic fell by a third in March”."
    assert spoken(text)[0].speaker.mention == "the port authority"


def test_a_participle_after_an_owned_occasion_of_speaking_is_the_owner_s():
    text = "The mayor will answer Dana Pell’s Monday speech denouncing “his record on housing” with a speech of his own."
    assert spoken(text)[0].speaker.name == "Dana Pell"
    # (an occasion of speaking is no noun for words elsewhere: its verb is no part of the name)
    text = "The aim is to curb “reckless” landlords chasing quick profits, according to a speech Ruiz delivered at the harbor in May."
    assert spoken(text)[0].speaker.mention == "Ruiz"


def test_an_absolute_with_phrase_may_open_on_a_role_in_lower_case():
    text = "The council was split. Rival members went further, with former deputy mayor Ada Lind calling “the plan a swindle”."
    assert spoken(text)[0].speaker.name == "Ada Lind"


def test_evidence_that_opens_the_quote_in_a_later_clause_reports_it():
    text = "The mayor has hit back at Pell more sharply as polls show “Pell gaining in the river wards”."
    assert spoken(text)[0].speaker.mention == "polls"
    # (not the content of what someone said: the reporter's words)
    assert spoken("The mayor said polls show “Pell gaining in the river wards”.")[0].speaker.mention == "The mayor"


def test_a_state_after_its_town_opens_no_subject_before_an_aside():
    text = "In federal court in Dover, Del., Pruitt, in an orange jumpsuit, said little, offering “only brief answers to the judge”."
    assert spoken(text)[0].speaker.mention == "Pruitt"


def test_a_participle_s_subject_when_the_clause_s_subject_names_no_one():
    # (a verb of beginning or going on takes the participle in the subordinate clause)
    text = "The meeting ran long as several council members began urging the mayor “to drop the plan”."
    assert spoken(text)[0].speaker.mention == "several council members"
    # (a name after "of" right before the participle)
    text = "The feud over the harbor deal led to the spectacle of Mayor Ruiz denouncing “the council’s betrayal” on live radio."
    assert spoken(text)[0].speaker.name == "Ruiz"


def test_his_or_her_inside_a_longer_word_owns_no_words():
    # ("whether" and "another" hold "her": no owner of the "comment" or the "interview")
    text = "The harbor board meets Friday. It remains unknown whether she will comment on “the dredging contract”."
    speaker = spoken(text)[0].speaker
    assert speaker is None or speaker.mention != "her"
    assert spoken("In another interview, Ruiz spoke about “the night the levee broke”.")[0].speaker.mention == "Ruiz"


def test_participles_after_a_dash_say_what_the_subject_before_it_did():
    text = (
        "Now Ruiz is doing most of the right things - condemning the sheriff’s crude remarks about the flood, "
        "announcing “she will not campaign with him again”."
    )
    assert spoken(text)[0].speaker.name == "Ruiz"


def test_an_infinitive_in_a_clause_after_as_has_its_own_subject():
    text = "The port was quiet. A small group is drafting a new rule, as critics continue to warn that “the cranes are unsafe”."
    assert spoken(text)[0].speaker.mention == "critics"


def test_guests_and_other_plural_nouns_for_people_open_a_subject():
    text = "When guests on the late show made the point that “most fires start indoors”, the host changed the subject."
    assert spoken(text)[0].speaker.mention == "guests on the late show"
    # (and the plural of a noun for one person, before named examples)
    text = "Although candidates like Ada Lind have blasted “the mayor for stalling”, the plan moved ahead."
    assert spoken(text)[0].speaker.mention == "candidates"


def test_a_phrasal_verb_of_answering_in_its_participle_is_a_cue():
    text = (
        "The two rivals traded charges on Tuesday, with Lind calling Pike “a tourist in her own party” "
        "and Pike firing back that Lind had “never met a donor she would not hug.”"
    )
    assert spoken(text)[1].speaker.mention == "Pike"


def test_a_name_given_after_an_unnamed_person_s_description_is_the_subject_a_pronoun_finds():
    text = (
        "Ten voters met in a church hall last week. Ada Lind, the group’s organizer, asked the questions.\n\n"
        "At the end, one resident, a 41-year-old nurse who asked that only her first name, Nora, be used, summed up the mood. "
        "“I am voting against someone. I just do not know who,” she said."
    )
    assert spoken(text)[0].speaker.name == "Nora"


def test_an_according_to_aside_in_a_colon_lead_in_names_the_source():
    text = (
        "The fund has reserved $3 million in airtime. Its largest single donor, according to the Harbor Ledger, "
        "is a name you may know:\n\n“Ada Lind, the shipping heiress, gave $1 million to the fund in May, records show.”\n\n"
        "That is quite a gift."
    )
    assert spoken(text)[0].speaker.mention == "the Harbor Ledger"


def test_a_name_given_after_his_or_her_tells_the_gender():
    text = (
        "The coach left the road at the bend on Friday.\n\n"
        "A lorry driver who stopped to help, and who gave his name only as Kev, said the coach lay on its side. "
        "“I climbed up and started passing people out through the hatch,” he said.\n\n"
        "A woman who lives in a cottage above the bend, and who asked not to be named, said it was the third crash "
        "she had seen there this year. “They come down that hill too fast,” she said."
    )
    quotes = spoken(text)
    assert quotes[0].speaker.name == "Kev"
    assert quotes[1].speaker.name != "Kev"


def test_a_document_signed_by_a_role_set_off_before_a_name_is_that_person_s():
    text = (
        "The paper will close in May. The memo, signed by the company's chief operating officer, Grant Holm, "
        "said the paper had “not found a way to pay its bills.”"
    )
    speaker = spoken(text)[0].speaker
    assert (speaker.mention, speaker.name) == ("The memo", "Grant Holm")


def test_an_unnamed_person_named_by_the_same_noun_soon_after():
    text = (
        "Turnout was thin across the county. A county clerk in western Idaho summed up the night in three words: "
        "“Long, cold, quiet.” The clerk, Nora Pike-Allen, said her office finished counting at midnight."
    )
    assert spoken(text)[0].speaker.name == "Nora Pike-Allen"


def test_a_body_s_name_drops_the_lower_case_words_that_describe_it():
    text = (
        "The state-run Harbor News Agency carried a commentary on Tuesday, describing Voss as “a showman auditioning for a bigger stage.”"
    )
    assert spoken(text)[0].speaker.name == "Harbor News Agency"


def test_pro_tem_is_part_of_a_title():
    assert spoken("Mayor Pro Tem Leroy Abara said the city was “stuck in the middle”.")[0].speaker.name == "Leroy Abara"


def test_a_subject_after_a_semicolon_is_in_view_for_the_next_pronoun():
    text = (
        "Mavis Eckert and her sister, Doreen, had argued about the sale for a week; Doreen wanted April and would not hear of May. "
        "On the porch that night she finally gave in. “Fine. May. But I am not baking for it.”"
    )
    assert spoken(text)[0].speaker.name.startswith("Doreen")


def test_a_quoted_name_inside_an_appositive_s_relative_clause_leaves_the_subject_in_front():
    text = (
        "Rep. Tom Vass-Holm, R-Ariz., one of 31 Republicans who signed the “No Blank Checks” pledge, "
        "called the aid package “another open-ended commitment” on Monday."
    )
    assert spoken(text)[-1].speaker.name == "Tom Vass-Holm"
    # (a "who" clause its own comma sets off is the subject's, not an appositive's)
    text = (
        "A spokesman for the rebel Harbor Front, who goes by the nom de guerre “Kestrel,” said in a voice message "
        "that the group “has never stopped a single convoy”."
    )
    assert spoken(text)[-1].speaker.mention == "A spokesman for the rebel Harbor Front"


def test_a_one_word_description_of_a_body_is_the_body_named_before_it():
    text = "The Harbor Workers Caucus, which Vesey led for years, was more careful. “We respect the vote,” the caucus said in a statement."
    assert spoken(text)[0].speaker.name == "Harbor Workers Caucus"


def test_an_account_speaks_for_its_owner():
    text = (
        "After Trent Okamura questioned the count on X, the Basalt County GOP's account replied within minutes: “Come count them yourself.”"
    )
    assert spoken(text)[0].speaker.name == "Basalt County GOP"


def test_a_spokesman_s_first_name_may_be_a_title_word():
    text = (
        "Roads closed across the valley. Emergency services spokesman Dean Whitby urged drivers to stay off flooded roads "
        "overnight. “Turn around, do not risk it,” he said."
    )
    assert spoken(text)[0].speaker.name == "Dean Whitby"


def test_one_set_off_before_a_description_whose_name_is_given():
    text = (
        "The mayor met nine residents at a hotel. Ines Calloway, who organized the meeting, said most left satisfied. "
        "One, a retired teacher who gave only her first name, Linda, was less sure. “He looked like he meant it,” she said."
    )
    assert spoken(text)[0].speaker.name == "Linda"


def test_a_document_issued_by_a_person_named_after_a_role_word():
    text = (
        "Department spokeswoman Yvette Carrow said in an email that the tour was official business. "
        "“The secretary is doing what the public expects,” the email said."
    )
    assert spoken(text)[0].speaker.name == "Yvette Carrow"
    # (a body's officer before the verb stays the issuer: "…'s inspector general said in a report")
    text = (
        "Crews removed debris that no one could verify, the Department of Harbor Security’s inspector general said in a report "
        "released Monday.\n\nThe report found that crews “did not have adequate monitors in place” during the first weeks."
    )
    assert spoken(text)[0].speaker.name == "Department of Harbor Security’s inspector general"
    # (nor is a place before a noun for a person the issuer: "accusing the Ohio senator of … in a statement")
    text = (
        "Wendell Crane on Tuesday attacked Sen. Dana Halvorsen, accusing the Ohio senator of “selling out every factory town” "
        "in a statement provided to reporters.\n\nThe statement also called him “a tourist.”"
    )
    assert spoken(text)[-1].speaker.name == "Wendell Crane"


def test_a_description_of_someone_in_a_body_is_the_subject_not_the_body():
    text = "A spokesman for the rebel Harbor Front, a former teacher, said the group “has never stopped a convoy”."
    assert spoken(text)[0].speaker.mention == "A spokesman for the rebel Harbor Front"
    # (and a name set off after a relative clause that holds a quoted nickname)
    text = "Crane, who has taken to calling the senator “Dollar Dana,” said Halvorsen “would not know a shipyard if he fell into one.”"
    assert spoken(text)[-1].speaker.mention == "Crane"


def test_a_retired_anyone_described_after_the_named_subject_is_that_person():
    text = (
        "Walter Pugh, 66, said he hung up after a few seconds. “She would never call me on a Sunday night,” the retired mail carrier said."
    )
    assert spoken(text)[0].speaker.name == "Walter Pugh"


def test_it_after_a_sentence_whose_subject_is_a_body_is_that_body():
    text = "The mayor welcomed the deal. The union was cooler. It warned in a statement that the agreement “must be measured in nets.”"
    assert spoken(text)[0].speaker.name == "union"


def test_initials_a_letter_writer_signs_with_are_the_name_given():
    text = (
        "Not everyone blamed the council. A reader in Wexley, who signed her letter only with her initials, M.K.T., "
        "argued that the mayor had “vetoed a map for the crime of not being his map.”"
    )
    assert spoken(text)[0].speaker.name == "M.K.T."


def test_a_union_local_s_number_is_part_of_its_name():
    text = "United Pipe Trades Local 417, which represents Koslowski, said it was “proud of our brother for speaking up.”"
    assert spoken(text)[0].speaker.name == "United Pipe Trades Local 417"
    text = "The dock strike entered a third week. Local 614 issued a statement. It called the newest offer “a rerun with new numbers.”"
    assert spoken(text)[0].speaker.name == "Local 614"
    # (and as the issuer of a statement)
    text = (
        "In a statement Tuesday afternoon, Amalgamated Transit Workers Local 319 said it would ask the council to reconsider. "
        "“Our drivers were promised a seat at the table,” the statement said."
    )
    assert spoken(text)[0].speaker.name == "Amalgamated Transit Workers Local 319"


def test_a_person_of_a_body_is_the_person():
    text = "The hearing opened on Monday. “I was asked to fix what the court said was broken,” said Noor Haddad of Civic Geometry Partners."
    assert spoken(text)[0].speaker.name == "Noor Haddad"
    # (not a body whose name runs across "of")
    assert spoken("“Rates will hold,” said the National Institutes of Health.")[0].speaker.kind is SpeakerKind.ORGANIZATION
    assert (
        spoken("The Brotherhood of Border Officers said it was “proud of its members”.")[0].speaker.name == "Brotherhood of Border Officers"
    )


def test_the_older_woman_is_a_woman_of_those_given_ages():
    text = (
        "Oswald Brandt, 83, carried the mail on this street for three decades. Rosalind Teague, 71, runs the bakery, "
        "and Nora Pike, 44, bakes the bread.\n\n“Come around back at noon and help us clean out the walk-in,” the older woman said."
    )
    assert spoken(text)[0].speaker.name == "Rosalind Teague"
    # (of a man and a woman given ages, no one: the woman meant may be one given none)
    text = (
        "Oswald Brandt, 83, carried the mail on this street for three decades. Rosalind Teague, 71, runs the bakery.\n\n"
        "“Come around back at noon,” the older woman said."
    )
    assert spoken(text)[0].speaker.name != "Oswald Brandt"


def test_an_acronym_before_a_noun_for_people_is_a_subject():
    text = "The plant reopened in May. EPA inspectors were stung by the ruling and warned “the cleanup could stall for a year”."
    assert spoken(text)[0].speaker.mention == "EPA inspectors"


def test_a_second_verb_after_but_and_a_day_shares_the_subject():
    text = "The Harbor Ledger columnist Ada Lind has been cool toward Mr. Ruiz but on Friday wrote that “she backs him on the levy”."
    assert spoken(text)[0].speaker.name == "Ada Lind"


def test_a_commentary_s_owner_said_it():
    text = "The permit is under review. As laid out in Okafor' commentary, “the county never checked the soil before it signed”."
    assert spoken(text)[0].speaker.name == "Okafor"


def test_a_name_given_after_two_phrases_of_place():
    text = (
        "Lines stretched around the block.\n\n“I have voted in every election since 1976,” said a woman near the front of the line "
        "at the Ransom Creek library, who gave only her first name, June, “and I have never seen a line like this.”"
    )
    assert [q.speaker.name for q in spoken(text)] == ["June", "June"]


# ---------------------------------------------------------------- mention spans that ran past the subject


def test_a_verb_contracted_onto_a_pronoun_is_no_part_of_the_mention():
    assert spoken("If, as I've argued, “the council has no plan at all,” then the vote is pointless.")[0].speaker.mention == "I"


def test_a_cue_word_right_after_a_name_s_possessive_is_that_person_s_words():
    assert spoken("Several Democrats joined Pell's call for “an independent audit”.")[0].speaker.name == "Pell"
    text = "She set her record on farm policy against Mr. Ruiz’s calls “for stricter water limits”."
    assert spoken(text)[0].speaker.mention == "Mr. Ruiz"
    # (a day between the possessive and the noun belongs to the noun)
    text = "The campaign, reeling since Police Chief Amy Dorn's Monday announcement that “the inquiry is widening,” cancelled two events."
    assert spoken(text)[0].speaker.mention == "Police Chief Amy Dorn"
    # (a noun for people after the possessive is the subject itself)
    assert spoken("Trump's allies said “the race is over”.")[0].speaker.mention == "Trump's allies"


def test_that_before_a_time_noun_is_a_demonstrative_not_a_relative():
    text = "One big hurdle vanished that winter when Omar Vance, her rival at struggling Delcom, called “with a generous offer”."
    assert spoken(text)[0].speaker.mention == "Omar Vance"


def test_people_after_what_are_the_subject_of_its_clause():
    assert (
        spoken("The grant is still less than a third of what scientists say “they need every single year”.")[0].speaker.mention
        == "scientists"
    )


def test_a_floating_quantifier_and_a_verb_after_names_are_the_predicate():
    assert spoken("Ortiz and Lind both campaigned on promises “to be tough on the banks”.")[0].speaker.mention == "Ortiz and Lind"


def test_a_participle_after_a_preposition_is_no_absolute_of_with():
    text = "Columnist Dana Pryor renewed her quarrel with Mayor Holt this week after writing an essay that mocked “the mayor's favorite stadium”."
    assert spoken(text)[0].speaker.name == "Dana Pryor"


def test_a_name_in_capitals_keeps_its_capitalised_time_word():
    assert spoken("USA TODAY reported last week that “the agency had lost track of the funds”.")[0].speaker.mention == "USA TODAY"
    # (a time word in lower case still belongs to the verb)
    assert spoken("Trump today said “the race is over”.")[0].speaker.mention == "Trump"


def test_a_document_out_on_a_day_is_the_document():
    assert spoken("New Gallup polls out Tuesday show “the governor trailing by six points”.")[0].speaker.mention == "New Gallup polls"


def test_a_web_address_ends_its_sentence_at_its_last_period():
    text = "“The two men ran a bakery in the old town,” according to ouest-france.fr. They were on their way to Spain."
    assert spoken(text)[0].speaker.mention == "ouest-france.fr"


def test_the_horizontal_bar_sets_off_an_aside_as_a_dash_does():
    text = "Other senior Democrats, like Ann Voss, Carl Reyes and Tom Ibe ― three former cabinet members ― have also said “they back the plan”."
    assert spoken(text)[0].speaker.mention == "Other senior Democrats"


def test_a_noun_for_words_after_a_past_tense_is_that_verb_s_object():
    assert spoken("The two rivals sparred. The unions traded charges over “who broke the deal”.")[0].speaker.mention == "The unions"
    assert spoken("The mayor made promises “to fix every road”.")[0].speaker.mention == "The mayor"
    # (a participle inside the subject's phrase stays there)
    assert spoken("The newly released claims say “the company knew”.")[0].speaker.mention == "The newly released claims"


def test_a_participle_of_release_and_its_day_belong_to_the_verb():
    text = "A news report published Wednesday said “the minister used a private phone for state business”."
    assert spoken(text)[0].speaker.mention == "A news report"


def test_a_verb_inside_an_appositive_s_relative_clause_is_not_the_sentence_s_cue():
    text = "Dana Ortiz, a longtime rival whom Lind fired as budget chief last year, said on Monday that “Lind should answer for the audit”."
    assert spoken(text)[0].speaker.name == "Dana Ortiz"
    assert (
        spoken("Marta Ruiz, the former aide who Lind once called a friend, told reporters “he lied to all of us”.")[0].speaker.name
        == "Marta Ruiz"
    )
    # (a relative clause whose verb takes the quote keeps its own subject)
    assert spoken("The senator, whom Lind called “a fraud,” left early.")[0].speaker.name == "Lind"


def test_a_noun_for_words_and_its_agent_after_by_before_the_quote():
    text = "The agency spent months pushing back against claims by outside auditors that “some loans should be written off”."
    assert spoken(text)[0].speaker.mention == "auditors"
    assert spoken("The mayor rejected a statement by the union that “the deal is dead”.")[0].speaker.mention == "the union"
    # (not an agent with a verb of its own, nor a gerund after "by")
    assert spoken("The statement by the two suggested “both want to end the feud”.")[0].speaker.mention == "The statement by the two"
    assert spoken("Pastor Dan Ruiz defended the line by saying it was a “term of endearment”.")[0].speaker.name == "Dan Ruiz"


def test_the_one_a_named_asker_asked_answers_past_a_sentence_of_the_same_pronoun():
    text = (
        "Senator Tom Pell asked Director Ian Lund how many rangers would be cut. He put the number at 900. "
        "“We are hiring later, not fewer,” he said."
    )
    assert spoken(text)[0].speaker.name == "Ian Lund"


def test_a_surname_after_a_title_is_a_person_in_view():
    text = "Senator Pell asked Director Lund how many rangers would be cut. “We are hiring later, not fewer,” he said."
    assert spoken(text)[0].speaker.name == "Lund"


def test_the_one_asked_answers_after_then_and_past_a_description_set_off_before_the_name():
    text = (
        "Judge Rita Brandvold then asked Ms. Nora Calderon whether any of her family remained in the town. "
        "She said her mother did. “She stays with a neighbor,” she said."
    )
    assert spoken(text)[0].speaker.name == "Nora Calderon"
    text = (
        "Sen. Imelda Strand asked the state's Medicaid director, Corinne Abara, whether the agency could cover the shortfall. "
        "“Not without the Legislature,” she replied."
    )
    assert spoken(text)[0].speaker.name == "Corinne Abara"


def test_one_who_takes_the_microphone_speaks_next():
    text = "Ms. Ada Brennock listened as Ms. Lena Vardova took the microphone. “We are not asking for charity,” she said."
    assert spoken(text)[0].speaker.name == "Lena Vardova"
    # (and so does one who rises)
    text = (
        "Judge Marisa Delgado-Wren had barely finished reading the verdict when defense attorney Paulette Ironside rose. "
        "“Your Honor, we ask that the jury be polled,” she said."
    )
    assert spoken(text)[0].speaker.name == "Paulette Ironside"


def test_a_name_given_once_before_a_participle_s_aside_is_the_pronoun_s_antecedent():
    text = (
        "Eulalia Chavez, 67, shares a tarp with her granddaughter, Yuliana, 15. “My granddaughter does the phone,” Chavez said. "
        "Yuliana, sitting on an overturned bucket, rolled her eyes. “She does the praying and the complaining,” she said."
    )
    assert [q.speaker.name for q in spoken(text)] == ["Eulalia Chavez", "Yuliana"]


def test_a_participle_after_a_closed_clause_belongs_to_that_clause_s_subject():
    # (a reporting clause after the words it reports)
    text = (
        "Detours will add about 15 minutes to most trips, department spokesman Luis Carr said in an email, adding: “We know it is a pain.”"
    )
    assert spoken(text)[0].speaker.name == "Luis Carr"
    # (a relative clause whose pronoun is its subject)
    text = (
        "The pick drew a swift response from former Senator Russ Keane of Missouri, the Republican nominee, who wrote on social "
        "media that the choice was weak, adding, “Ohio deserves better.”"
    )
    assert spoken(text)[0].speaker.name == "Russ Keane"
    # (a noun for the words and its relative clause's own subject)
    text = "The report found that the agency “failed to check eligibility,” a finding the agency disputed, calling the sample “stale.”"
    assert spoken(text)[1].speaker.mention == "the agency"
    # (not a relative clause with a subject of its own)
    assert spoken("Lind called the plan, which Ruiz wrote, a mess, adding “nobody read it”.")[0].speaker.name == "Lind"


def test_a_name_after_of_before_an_adverb_and_a_gerund_is_its_subject():
    text = "The dinner ended in the spectacle of Ruiz privately saying “we will lose the House”."
    assert spoken(text)[0].speaker.name == "Ruiz"
    assert spoken("What do you make of Ruiz privately saying “we will lose the House” at the dinner?")[0].speaker.name == "Ruiz"
    # (not after a recording, which shows the words)
    assert spoken("The spot then cuts to footage of Hale saying “I never voted for it.”")[0].speaker.mention == "The spot"


def test_one_described_whom_a_recording_shows_speaking():
    assert spoken("The video shows the mayor telling aides “cut the budget”.")[0].speaker.mention == "the mayor"
    # (not a list of what is shown)
    assert spoken("The poll shows the race tightening and voters saying “we want change”.")[0].speaker.mention == "The poll"


def test_a_subordinator_before_a_described_subject_is_no_preposition():
    text = (
        "A drunk driver who struck a father of three was jailed for nine years yesterday — after the victim's widow told him: "
        "“You took my whole world.”"
    )
    assert spoken(text)[0].speaker.mention == "the victim's widow"


def test_a_colon_lead_in_of_two_clauses_is_the_last_clause_s_subject():
    text = (
        "Sauer, for her part, would not talk to the Examiner, but campaign spokesman Brody Kessinger handed the paper a "
        "statement that reads like it was typed through clenched teeth: “The campaign is unified.”"
    )
    assert spoken(text)[0].speaker.name == "Brody Kessinger"


def test_a_verb_after_a_closed_relative_aside_takes_the_quote_for_the_subject_before_it():
    text = "Ruiz, who announced a $275 million road plan on Monday, plans “to focus on jobs through December”."
    assert spoken(text)[0].speaker.mention == "Ruiz"
    # (the relative's own verb that takes the quote keeps "who")
    assert spoken("The mayor, who has called the plan “a fraud,” voted no.")[0].speaker.mention == "who"
