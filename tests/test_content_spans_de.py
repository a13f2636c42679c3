"""Content spans, quotation types and continuations in German agency copy (own sentences)."""

from __future__ import annotations

import pytest

import whosaid


def _statements(text: str):
    return whosaid.analyze(text, published="2026-12-07", lang="de").statements


@pytest.mark.usefixtures("nlp")
def test_a_dative_plural_with_a_genitive_attribute_is_the_addressee_not_the_content():
    """ "sagte den Zeitungen der Funke-Mediengruppe, sie wolle …": the phrase's head decides the case, not its
    last noun."""
    (s,) = _statements("Warken sagte den Zeitungen der Funke-Mediengruppe, sie wolle keine Schnellschüsse.")
    assert (s.kind, s.content.text) == ("Indirect", "sie wolle keine Schnellschüsse")


@pytest.mark.usefixtures("nlp")
def test_a_hyphenated_tail_after_a_quoted_name_belongs_to_the_source_phrase():
    (s,) = _statements("Der DFB soll nach Informationen der „Bild“-Zeitung bereits mit Nagelsmann über eine "
                       "Vertragsverlängerung sprechen.")
    assert s.speaker.text == "Informationen der „Bild“-Zeitung"
    assert s.content.text == "Der DFB soll bereits mit Nagelsmann über eine Vertragsverlängerung sprechen"


@pytest.mark.usefixtures("nlp")
def test_aus_after_a_source_noun_names_the_source():
    (s,) = _statements("Der Vermittler soll nach Angaben aus Verhandlungskreisen einen neuen Vorschlag vorgelegt haben.")
    assert s.speaker.text == "Angaben"
    assert s.content.text == "Der Vermittler soll einen neuen Vorschlag vorgelegt haben"


@pytest.mark.usefixtures("nlp")
def test_hearsay_after_a_direct_quote_is_not_the_quoted_speakers():
    statements = _statements("„Das wäre ein schwerer Schlag für unsere Branche“, sagte die Verbandschefin. "
                             "Präsident Trump soll die Pläne bereits im Oktober mit seinen Beratern besprochen haben.")
    assert not any(s.kind == "FreeIndirect" for s in statements)


@pytest.mark.usefixtures("nlp")
def test_neither_confirmed_nor_denied_is_no_statement_and_ends_the_report():
    statements = _statements("Die Zeitung berichtete, das Ministerium arbeite an einer Novelle. Ein Sprecher wollte "
                             "das weder bestätigen noch kommentieren. Die Novelle solle noch im Frühjahr kommen.")
    assert [s.cue.lemma for s in statements if s.cue] == ["berichten"]
    assert not any(s.continues for s in statements)
    assert not _statements("Ein Sprecher wollte das weder bestätigen noch dementieren.")


@pytest.mark.usefixtures("nlp")
def test_an_act_in_konjunktiv_after_a_cueless_report_goes_on_with_it():
    """Over a quote and a paragraph's Konjunktiv sentence, "Die Geberländer hätten … zugesagt" is still the
    director's report, no promise of the donors."""
    statements = _statements(
        "Die Zahl der Fälle habe sich verdoppelt, sagte der Generaldirektor in Genf. \"Wir sind besorgt. Was fehlt, "
        "ist Geld.\"\n\nDie WHO brauche dringend 150 Millionen Dollar. Die Geberländer hätten bislang nur einen "
        "Bruchteil zugesagt.")
    assert not any(s.speaker is not None and s.speaker.text == "Die Geberländer" for s in statements)
    assert statements[-1].content.text.endswith("nur einen Bruchteil zugesagt")


@pytest.mark.usefixtures("nlp")
def test_the_partner_of_an_interview_belongs_to_the_medium_not_the_object():
    (s,) = _statements("Die Bafin-Präsidentin mahnte in einem Interview mit dem „Handelsblatt“ zur Vorsicht.")
    assert (s.content.text, s.medium) == ("zur Vorsicht", "Interview")
    (s,) = _statements("Die Präsidentin mahnte in einem Interview mit der Zeitung zur Vorsicht.")
    assert s.content.text == "zur Vorsicht"


@pytest.mark.usefixtures("nlp")
def test_an_adjective_made_a_noun_is_no_falsity():
    (s,) = _statements("„Die Rechnung zahlen wieder die Falschen“, schrieb die Parteichefin.")
    assert s.stance == "assert"


@pytest.mark.usefixtures("nlp")
def test_a_pronoun_who_writes_after_a_medium_named_wrote_there():
    (s,) = _statements("Der Torhüter äußerte sich auf Instagram. Er schrieb, er sei enttäuscht.")
    assert s.medium == "Instagram"
    (s,) = _statements("Der Minister sprach am Montag in Berlin. Er schrieb, er sei enttäuscht.")
    assert s.medium is None


@pytest.mark.usefixtures("nlp")
def test_a_full_stop_after_a_name_in_digits_ends_the_sentence():
    statements = _statements("„Wir brauchen eine Einigung“, sagte Barnier im Sender TF1. Er appellierte an die "
                             "Opposition, Verantwortung zu übernehmen.")
    assert statements[-1].speaker.text == "Er"


def test_a_straight_mark_before_punctuation_closes_a_low_single_quote():
    from whosaid.components.quotes import find_quoted

    text = "‚Ich habe mir nichts vorzuwerfen', sagte er über Jonas' Buch."
    (q,) = find_quoted(text)
    assert text[q.start : q.end] == "Ich habe mir nichts vorzuwerfen"


@pytest.mark.usefixtures("nlp")
def test_a_bare_object_after_an_adjunct_ending_in_a_name():
    (s,) = _statements("Der Trainer hat nach der Niederlage gegen Bremen Fehler eingeräumt.")
    assert s.content.text == "Fehler"


@pytest.mark.usefixtures("nlp")
def test_a_pronoun_speaker_after_speaking_up_somewhere_spoke_there():
    (s,) = _statements("Der Unternehmer äußerte sich in einem Video auf Instagram. Er sei fassungslos, sagte er.")
    assert s.medium == "Video"


@pytest.mark.usefixtures("nlp")
def test_a_word_for_an_organisation_before_a_colon_says_what_follows_in_konjunktiv():
    first, rest = _statements("Die Gewerkschaft ist empört: Das sei ein Wortbruch. Man werde streiken.")
    assert (first.speaker.text, first.content.text) == ("Die Gewerkschaft", "Das sei ein Wortbruch")
    assert rest.continues == first.id


@pytest.mark.usefixtures("nlp")
def test_a_narrators_clause_before_a_colon_is_no_part_of_a_continuation():
    first, rest = _statements("Der Minister sagte, man prüfe alles. Die Lage ist ernst: Die Zahl der Fälle sei gestiegen.")
    assert (rest.content.text, rest.continues) == ("Die Zahl der Fälle sei gestiegen", first.id)


@pytest.mark.usefixtures("nlp")
def test_a_question_opened_by_a_w_pronoun_tagged_relative():
    (s,) = _statements("Klubobmann Hannes Schwarz fragte, wer für die bisher ausgegebenen 20 Millionen Euro die "
                       "Verantwortung übernehme.")
    assert (s.speaker.text, s.cue.lemma) == ("Klubobmann Hannes Schwarz", "fragen")
    assert s.content.text.startswith("wer für")
