"""Attribution: each example sentence and the statement whosaid must find in it."""

from __future__ import annotations

import pytest

import whosaid


def only_statement(text: str, **expected):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    matching = [s for s in record.statements if s.cue and s.cue.lemma == expected["lemma"]]
    assert matching, f"no statement with cue {expected['lemma']!r} in {[s.cue for s in record.statements]}"
    return record, matching[0]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, lemma, kind, stance, speaker, content",
    [
        ("„Wir werden die Steuern senken“, sagte die Ministerin am Montag.",
         "sagen", "Direct", "assert", "die Ministerin", "Wir werden die Steuern senken"),
        ("Der Bürgermeister sagte: „Die Brücke bleibt gesperrt.“",
         "sagen", "Direct", "assert", "Der Bürgermeister", "Die Brücke bleibt gesperrt."),
        ("Die Ministerin pflichtete ihm bei: „Wir können nicht bis zum Sommer warten.“",
         "beipflichten", "Direct", "assert", "Die Ministerin", "Wir können nicht bis zum Sommer warten."),
        ("Die Polizei teilte mit, dass der Verdächtige gefasst worden sei.",
         "mitteilen", "Indirect", "assert", "Die Polizei", "dass der Verdächtige gefasst worden sei"),
        ("Die Brücke sei seit Jahren marode, erklärte der Ingenieur.",
         "erklären", "Indirect", "assert", "der Ingenieur", "Die Brücke sei seit Jahren marode"),
        ("Die Regierung dementierte die Berichte über einen Rücktritt des Ministers.",
         "dementieren", "Reported", "deny", "Die Regierung", "die Berichte über einen Rücktritt des Ministers"),
        ("Der Konzern bestätigte, dass 500 Stellen wegfallen.",
         "bestätigen", "Indirect", "confirm", "Der Konzern", "dass 500 Stellen wegfallen"),
        ("Die Opposition behauptete, die Wahl sei manipuliert worden.",
         "behaupten", "Indirect", "claim", "Die Opposition", "die Wahl sei manipuliert worden"),
        ("Der Trainer räumte ein, dass die Mannschaft schlecht gespielt habe.",
         "einräumen", "Indirect", "concede", "Der Trainer", "dass die Mannschaft schlecht gespielt habe"),
        ("Die Gewerkschaft forderte höhere Löhne für alle Beschäftigten.",
         "fordern", "Reported", "demand", "Die Gewerkschaft", "höhere Löhne für alle Beschäftigten"),
        ("Das Unternehmen gab am Dienstag bekannt, dass es einen neuen Chef habe.",
         "bekanntgeben", "Indirect", "announce", "Das Unternehmen", "dass es einen neuen Chef habe"),
        ("Ein Sprecher sagte heute Abend gegenüber der Presse, dass niemand verletzt worden sei.",
         "sagen", "Indirect", "assert", "Ein Sprecher", "dass niemand verletzt worden sei"),
        ("Die Regierung bestätigte am Montag die Berichte.",
         "bestätigen", "Reported", "confirm", "Die Regierung", "die Berichte"),
        ("Die Gewerkschaft hat am Montag höhere Löhne gefordert.",
         "fordern", "Reported", "demand", "Die Gewerkschaft", "höhere Löhne"),
        ("Am Montag hat die Regierung die Berichte entschieden dementiert.",
         "dementieren", "Reported", "deny", "die Regierung", "die Berichte"),
        ("Der Minister hat die Lage als ernst bezeichnet.",
         "bezeichnen", "Reported", "assert", "Der Minister", "die Lage als ernst"),
        ("Die Gewerkschaft wertet die Einigung als Erfolg.",
         "werten", "Reported", "assert", "Die Gewerkschaft", "die Einigung als Erfolg"),
        ("Der Verband plädiert für eine Erweiterung der Befugnisse.",
         "plädieren", "Reported", "demand", "Der Verband", "für eine Erweiterung der Befugnisse"),
        ("Wie der Finanzminister am Dienstag in Hannover erklärte, sei das Defizit gestiegen.",
         "erklären", "Indirect", "assert", "der Finanzminister", "sei das Defizit gestiegen"),
        ("Wie erklärte der Finanzminister am Dienstag in Hannover, sei das Defizit gestiegen.",
         "erklären", "Indirect", "assert", "der Finanzminister", "sei das Defizit gestiegen"),
        # a bracketed insert does not cut the verb off its particle
        ("Der Bürgermeister teilte am Abend (Ortszeit) mit, dass 120 Personen gerettet worden seien.",
         "mitteilen", "Indirect", "assert", "Der Bürgermeister", "dass 120 Personen gerettet worden seien"),
        # a plural present read as an infinitive, before a Konjunktiv clause without "dass"
        ("Die Ermittler sagen, der Pilot trage die volle Verantwortung.",
         "sagen", "Indirect", "assert", "Die Ermittler", "der Pilot trage die volle Verantwortung"),
        # "weiter" continues the act; it is no particle of "sagen"
        ("Die Lage sei ernst, sagte die Anwältin weiter.",
         "sagen", "Indirect", "assert", "die Anwältin", "Die Lage sei ernst"),
        # nor is "dazu" at the end of the frame ("sagte X dazu": what it was said about)
        ("„Davon wissen wir nichts“, sagte Bürgermeisterin Heike Brandl dazu.",
         "sagen", "Direct", "assert", "Bürgermeisterin Heike Brandl", "Davon wissen wir nichts"),
        ("Der Zeitplan stehe, erklärte der Sprecher dazu.",
         "erklären", "Indirect", "assert", "der Sprecher", "Der Zeitplan stehe"),
        # a truncated compound joined by "und" belongs to the speaker's noun after the verb
        ("Die Fähre könne bis Sonntag nicht fahren, teilte das Straßen- und Verkehrsamt am Montag mit.",
         "mitteilen", "Indirect", "assert", "das Straßen- und Verkehrsamt", "Die Fähre könne bis Sonntag nicht fahren"),
        ("Der Wald sei in schlechtem Zustand, sagte die Forst- und Umweltministerin.",
         "sagen", "Indirect", "assert", "die Forst- und Umweltministerin", "Der Wald sei in schlechtem Zustand"),
        # an article after the verb's comma opens the content, not a relative clause
        ("Der General erklärte, die neue Verfassung werde die Rolle des Militärs festlegen.",
         "erklären", "Indirect", "assert", "Der General", "die neue Verfassung werde die Rolle des Militärs festlegen"),
        # "rief … zu": a separable verb of calling out to an audience
        ("„Wir lassen uns das nicht gefallen“, rief Betriebsrätin Jana Kühn den Streikenden zu.",
         "zurufen", "Direct", "assert", "Betriebsrätin Jana Kühn", "Wir lassen uns das nicht gefallen"),
        # "hielt (dem) entgegen": a separable verb of countering; a dative demonstrative in the prefield is what is
        # countered, the speaker follows the verb
        ("Die Ärztin hielt dem entgegen, die Werte seien im Normalbereich gewesen.",
         "entgegenhalten", "Indirect", "assert", "Die Ärztin", "die Werte seien im Normalbereich gewesen"),
        ("Dem hielt der Vereinsvorstand entgegen, die Halle sei längst ausgebucht.",
         "entgegenhalten", "Indirect", "assert", "der Vereinsvorstand", "die Halle sei längst ausgebucht"),
        ("Dem widersprach die Reederei: Die Fähre sei pünktlich ausgelaufen.",
         "widersprechen", "Indirect", "deny", "die Reederei", "Die Fähre sei pünktlich ausgelaufen"),
        # "nannte das „…“": the demonstrative before a quoted judgment is the object, not an article
        ("Die Bürgermeisterin nannte das „völlig aus der Luft gegriffen“.",
         "nennen", "Reported", "assert", "Die Bürgermeisterin", "das „völlig aus der Luft gegriffen“"),
        # a past "musste" with an infinitive of conceding tells the concession made, fronted or not
        ("Einräumen musste die Trainerin, dass die Mannschaft konditionell nachgelassen habe.",
         "einräumen", "Indirect", "concede", "die Trainerin", "dass die Mannschaft konditionell nachgelassen habe"),
        ("Der Bauunternehmer musste zugeben, dass die Brücke ein Jahr später fertig wird.",
         "zugeben", "Indirect", "concede", "Der Bauunternehmer", "dass die Brücke ein Jahr später fertig wird"),
        # "während" before a noun phrase without a finite verb is a preposition, so the zu-infinitive is content
        ("Die Pilotin hatte eingeräumt, während des Landeanflugs kurz abgelenkt gewesen zu sein.", "einräumen",
         "Indirect", "concede", "Die Pilotin", "während des Landeanflugs kurz abgelenkt gewesen zu sein"),
        # a bare report noun right after the subject opens the object: "die Polizei | Spekulationen"
        ("Nach dem Brand hat die Polizei Spekulationen über einen Anschlag zurückgewiesen.",
         "zurückweisen", "Reported", "deny", "die Polizei", "Spekulationen über einen Anschlag"),
        # a role with its place, then a name in apposition: the commas enclose the subject, the auxiliary stands
        # before them
        ("Im Streit um den Etat hat der SPD-Fraktionschef im Landtag, Jörg Brandner, Vorwürfe der FDP zurückgewiesen.",
         "zurückweisen", "Reported", "deny", "der SPD-Fraktionschef im Landtag, Jörg Brandner", "Vorwürfe der FDP"),
        # a genitive pronoun before the speaker's noun determines it
        ("Dessen Direktor Werner Sedlak verteidigte die Prüfung.",
         "verteidigen", "Reported", "assert", "Dessen Direktor Werner Sedlak", "die Prüfung"),
        # a role noun ending like a word of another sense ("Senator", "Tor") is who speaks
        ("Der Senator verteidigte das Gesetz.", "verteidigen", "Reported", "assert", "Der Senator", "das Gesetz"),
        # a denial negated grants its clause
        ("Der Sportdirektor bestritt aber nicht, dass der Verein den Stürmer beobachte.",
         "bestreiten", "Indirect", "concede", "Der Sportdirektor", "dass der Verein den Stürmer beobachte"),
        # a time inside a clause of the object is the clause's: the object goes on over it
        ("Die Betriebsrätin verwies auf eine Vereinbarung, die Kündigungen bis 2028 ausschließe.",
         "verweisen", "Reported", "assert", "Die Betriebsrätin",
         "auf eine Vereinbarung, die Kündigungen bis 2028 ausschließe"),
        # an accusation noun after a name opens the object
        ("Am Montag hat Ministerin Carola Weinert Vorwürfe der Opposition zurückgewiesen.",
         "zurückweisen", "Reported", "deny", "Ministerin Carola Weinert", "Vorwürfe der Opposition"),
        # a name after the kind noun ends where the name ends, over its preposition
        ("Zuvor hatte die Organisation Ärzte ohne Grenzen erklärt, das Lager sei überfüllt.",
         "erklären", "Indirect", "assert", "die Organisation Ärzte ohne Grenzen", "das Lager sei überfüllt"),
    ],
)
def test_verb_frames(text, lemma, kind, stance, speaker, content):
    _, statement = only_statement(text, lemma=lemma)
    assert statement.kind == kind
    assert statement.stance == stance
    assert statement.speaker is not None and statement.speaker.text == speaker
    assert statement.content.text == content


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, lemma, speaker",
    [
        ("Laut Polizei wurden drei Menschen verletzt.", "laut", "Polizei"),
        ("Dem Bericht zufolge stieg die Zahl der Arbeitslosen.", "zufolge", "Dem Bericht"),
        ("Nach Angaben der Feuerwehr brach das Feuer im Keller aus.", "nach", "Angaben der Feuerwehr"),
        ("Nach Angaben von Augenzeugen wurden drei Menschen verletzt.", "nach", "Angaben von Augenzeugen"),
        ("Gedroht habe die Kanzlerin einigen Teilnehmern zufolge mit Rücktritt.", "zufolge", "einigen Teilnehmern"),
        ("Einem Bericht der Zeitung zufolge stieg die Zahl der Arbeitslosen.", "zufolge", "Einem Bericht der Zeitung"),
        ("Derzeit werde die Lage geprüft, so der Sprecher weiter.", "so", "der Sprecher"),
        # a source phrase opening the sentence fills the prefield up to the finite verb
        ("Nach Einschätzung politischer Beobachter war der Zusammenstoß provoziert worden.", "nach",
         "Einschätzung politischer Beobachter"),
        ("Einer Meldung von Radio Vatikan zufolge sei der Unterricht wieder aufgenommen worden.", "zufolge",
         "Einer Meldung von Radio Vatikan"),
        # a place after a preposition is no part of the source phrase that follows it
        ("Zecken sind in Bayern einer neuen Studie zufolge fast das ganze Jahr aktiv.", "zufolge",
         "einer neuen Studie"),
    ],
)
def test_prepositional_cues(text, lemma, speaker):
    _, statement = only_statement(text, lemma=lemma)
    assert statement.kind == "Indirect"
    assert statement.speaker is not None and statement.speaker.text == speaker


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, lemma, speaker, resolved, content",
    [
        ("Nach Angaben des Bürgermeisters der Stadt, Jörg Halbach, wurden zwei Schulen geschlossen.", "nach",
         "Angaben des Bürgermeisters der Stadt, Jörg Halbach", "Jörg Halbach", "wurden zwei Schulen geschlossen"),
        ("Laut dem Sprecher der Feuerwehr, Tobias Renner, brach der Brand im Dachstuhl aus.", "laut",
         "dem Sprecher der Feuerwehr, Tobias Renner", "Tobias Renner", "brach der Brand im Dachstuhl aus"),
    ],
)
def test_a_named_apposition_in_the_prefield_source_is_the_speaker(text, lemma, speaker, resolved, content):
    """The name between commas after an opening source phrase belongs to the source, not to what it said."""
    _, statement = only_statement(text, lemma=lemma)
    assert statement.speaker is not None and statement.speaker.text == speaker
    assert statement.speaker.resolved == resolved
    assert statement.content.text == content


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, kind, content",
    [
        # a quote that closes a clause the narrator began: the whole clause is reported, the quote inside it
        ("Das Gros der Nutzer handhabe den Konsum jedoch „maßvoll“, so die Leiterin der Fachstelle.", "Indirect",
         "Das Gros der Nutzer handhabe den Konsum jedoch „maßvoll“"),
        # a quote that opens the sentence is the statement itself
        ("„Wir bleiben bei unserer Linie“, so die Leiterin der Fachstelle.", "Direct", "Wir bleiben bei unserer Linie"),
    ],
)
def test_so_after_a_quote_reports_the_clause_the_quote_closes(text, kind, content):
    _, statement = only_statement(text, lemma="so")
    assert (statement.kind, statement.content.text, statement.speaker.text) == (kind, content,
                                                                                "die Leiterin der Fachstelle")


@pytest.mark.usefixtures("nlp")
def test_a_source_phrase_in_a_relative_clause_attributes_that_clause():
    _, statement = only_statement("In der Tasche des Mannes, die nach dessen Angaben eine Bombe enthalten sollte, "
                                  "wurde kein Sprengstoff gefunden.", lemma="nach")
    assert statement.speaker is not None and statement.speaker.text == "dessen Angaben"
    assert statement.content.text == "die eine Bombe enthalten sollte"


@pytest.mark.usefixtures("nlp")
def test_nach_without_a_source_noun_attributes_nothing():
    record = whosaid.analyze("Nach Ergebnissen der Gespräche wurde die Sitzung vertagt.", lang="de")
    assert record.statements == []


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, sources",
    [
        # after the finite verb, "nach dem Bericht" of a report named before is when, not who says
        ("Das „Handelsblatt“ hatte über eine Übernahme berichtet. Die Aktie der Firma stieg nach dem Bericht um "
         "neun Prozent.", []),
        ("Die Reederei kündigte einen Stellenabbau an. Der Kurs brach nach der Meldung am Vormittag ein.", []),
        # a report with its source, or one whose clause is reported speech, still attributes
        ("Die Aktie stieg nach einem Bericht der „Financial Times“ um neun Prozent.", ["einem Bericht"]),
        ("Die Firma soll nach dem Bericht 300 Stellen streichen.", ["dem Bericht"]),
    ],
)
def test_nach_a_report_named_before_after_the_verb_is_a_time(text, sources):
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    found = [s.speaker.text for s in record.statements if s.cue and s.cue.lemma == "nach" and s.speaker]
    assert [f for f in found if any(f.startswith(x) for x in sources)] == found and len(found) == len(sources)


@pytest.mark.usefixtures("nlp")
def test_a_subjunctive_sentence_continues_the_frame_before_it():
    record = whosaid.analyze(
        "Der Sprecher sagte, die Lage sei ruhig. Die Straßen seien wieder frei.", published="2021-12-10", lang="de"
    )
    first, second = record.statements
    assert second.kind == "IndirectFreeIndirect"
    assert second.continues == first.id
    assert second.speaker is None


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "sentence",
    [
        "Bürgermeisterin Eva Lang zeigte sich dennoch zuversichtlich, dass eine Einigung bis Jahresende möglich sei.",
        "Der Kanzler ist optimistisch, dass die Koalition eine Lösung finde.",
    ],
)
def test_a_dass_clause_of_an_indicative_main_clause_continues_no_one_else(sentence):
    """A clause in Konjunktiv opened by "dass" hangs on the indicative clause before it, whose subject feels or
    thinks it: it is no free report going on from the last speaker."""
    record = whosaid.analyze("Der Markt werde sich selbst regulieren, warnte ein Sprecher des Verbands. " + sentence,
                             published="2026-11-20", lang="de")
    assert not any(s.continues for s in record.statements)


@pytest.mark.usefixtures("nlp")
def test_a_dass_clause_after_a_verb_that_may_be_konjunktiv_one_still_continues():
    record = whosaid.analyze("Die Stadträtin sagte, über Schließungen sei nicht gesprochen worden. Sie bedauere, dass "
                             "Eltern verunsichert worden seien.", published="2026-11-20", lang="de")
    assert any(s.continues for s in record.statements)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "sentence, continues",
    [
        # the singular Konjunktiv II of "können" and "dürfen" is the narrator's assessment ...
        ("Ein Urteil könnte noch im Januar fallen.", False),
        ("Die Suche dürfte mehrere Tage dauern.", False),
        # ... the plural stands in for a Konjunktiv I that reads as indicative
        ("Die Arbeiten könnten noch im Januar beginnen.", True),
        ("Die Kosten dürften sich verdoppeln.", True),
    ],
)
def test_an_epistemic_modal_in_the_singular_konjunktiv_two_continues_no_statement(sentence, continues):
    record = whosaid.analyze("Der Sprecher sagte, die Lage sei ruhig. " + sentence, published="2021-12-10", lang="de")
    assert (len(record.statements) == 2) == continues


@pytest.mark.usefixtures("nlp")
def test_a_denial_answers_the_claim_before_it():
    record = whosaid.analyze(
        "Die Zeitung behauptete, der Minister habe gelogen, was das Ministerium dementierte.",
        published="2021-12-10", lang="de",
    )
    claim = next(s for s in record.statements if s.stance == "claim")
    denial = next(s for s in record.statements if s.stance == "deny")
    assert denial.refers_to == claim.id
    assert [(c.claim, c.counter) for c in record.contradictions] == [(claim.id, denial.id)]


@pytest.mark.usefixtures("nlp")
def test_a_report_of_a_quote_nests_the_quote():
    record = whosaid.analyze(
        "Wie die Agentur berichtet, „Wir bleiben im Amt“, schrieb die Präsidentin auf Twitter.", lang="de"
    )
    outer = next(s for s in record.statements if s.cue and s.cue.lemma == "berichten")
    inner = next(s for s in record.statements if s.cue and s.cue.lemma == "schreiben")
    assert inner.via == outer.id
    assert inner.medium == "Twitter"
    assert inner.kind == "Direct"


@pytest.mark.usefixtures("nlp")
def test_a_mixed_quote_is_kept_inside_indirect_content():
    record = whosaid.analyze("Der Minister erklärte, die Lage sei „kritisch“ und werde sich verschärfen.", lang="de")
    statement = record.statements[0]
    assert statement.kind == "Indirect"
    assert [q.text for q in statement.content.quoted] == ["kritisch"]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # a narrator's clause closed by a colon is no part of what the frame after it reports, nor its speaker
        ("Der Ökonom Paul Reger hält eine Rezession für möglich: Die Industrie sei schwach, sagte er.", "Paul Reger",
         "Die Industrie sei schwach"),
        ("Ihre Kollegin Anna Sommer sieht das ganz anders: Die Zinsen seien „viel zu hoch“, schrieb "
         "sie.", "Anna Sommer", "Die Zinsen seien „viel zu hoch“"),
        # a heading before the colon belongs to what is said
        ("Das Fazit: Die Kassen seien leer, sagte der Kämmerer.", "Kämmerer", "Das Fazit: Die Kassen seien leer"),
    ],
)
def test_content_before_its_frame_starts_after_the_narrators_colon(text, speaker, content):
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    # (the frame after the colon; "hält eine Rezession für möglich" is a statement of its own)
    statement = [s for s in record.statements if s.speaker is not None][-1]
    assert (statement.speaker.resolved, statement.content.text) == (speaker, content)


@pytest.mark.usefixtures("nlp")
def test_a_quote_broken_by_its_frame_is_one_statement():
    record = whosaid.analyze("„Wir bleiben“, sagte der Minister, „bis alles geklärt ist.“", lang="de")
    (statement,) = record.statements
    assert statement.kind == "Direct"
    assert [p.text for p in statement.content.parts] == ["Wir bleiben", "bis alles geklärt ist."]


@pytest.mark.usefixtures("nlp")
def test_a_paper_citing_officials_gives_a_chain():
    record = whosaid.analyze("Die Armee habe die Stadt verlassen, berichtete die Zeitung unter Berufung auf zwei Beamte.",
                             lang="de")
    paper = next(s for s in record.statements if s.cue.lemma == "berichten")
    officials = next(s for s in record.statements if s.cue.lemma == "unter berufung auf")
    assert officials.via == paper.id
    assert officials.speaker.text == "zwei Beamte"
    assert officials.content.text == paper.content.text == "Die Armee habe die Stadt verlassen"


@pytest.mark.usefixtures("nlp")
def test_a_described_speaker_is_linked_to_its_organisation():
    record = whosaid.analyze("Ein Sprecher des Innenministeriums sagte, die Lage sei ruhig.", lang="de")
    speaker = record.statements[0].speaker
    organisation = next(e for e in record.entities if e.id == speaker.organization)
    assert organisation.name == "Innenministerium" and organisation.type == "ORG"


@pytest.mark.usefixtures("nlp")
def test_time_expressions_are_not_entities():
    record = whosaid.analyze("Das Spiel beginnt um 14 Uhr MEZ. In der Saison 2021/22 spielte der FC Bayern München "
                             "gegen Borussia Dortmund.", published="2021-12-10", lang="de")
    assert {e.name for e in record.entities} == {"FC Bayern München", "Borussia Dortmund"}
    assert {t.text for t in record.times} == {"um 14 Uhr MEZ", "2021/22"}


@pytest.mark.usefixtures("nlp")
def test_a_name_in_apposition_is_the_speaker_itself():
    record = whosaid.analyze("Der Sender CNN berichtete, die Wahl sei verschoben worden.", lang="de")
    speaker = record.statements[0].speaker
    assert next(e.name for e in record.entities if e.id == speaker.entity) == "CNN"
    assert speaker.organization is None


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, addressee",
    [
        ("Das sei ein Fehler gewesen, sagte Müller der „Berliner Zeitung“.", "der „Berliner Zeitung“"),
        ("Ein Sprecher teilte dem Fernsehsender CNN mit, die Lage sei ruhig.", "dem Fernsehsender CNN"),
        ("Gegenüber Reuters sagte der Minister, er trete zurück.", "Reuters"),
        ("Der Minister sagte am Montag vor Journalisten, er trete zurück.", "Journalisten"),
        ("Im Gespräch mit dem Spiegel erklärte sie, sie habe keine Angst.", "dem Spiegel"),
        ("Sie appellierte an die Regierung, die Grenzen zu öffnen.", "die Regierung"),
        ("Er forderte die Regierung auf, die Grenzen zu öffnen.", "die Regierung"),
        ("Ihm wird vorgeworfen, Geld unterschlagen zu haben.", "Ihm"),
        ("Er erklärte einem Angestellten, dass er eine Bombe bei sich trage.", "einem Angestellten"),
        ("Der Minister hat der Zeitung gesagt, dass er zurücktrete.", "der Zeitung"),
        ("Er sagte den Journalisten, dass alles gut sei.", "den Journalisten"),
        ("Nach Angaben einer Sprecherin gegenüber dem Weser-Kurier wurden drei Flüge gestrichen.", "dem Weser-Kurier"),
        ("Ein Sprecher sagte heute Abend gegenüber der Presse, dass niemand verletzt worden sei.", "der Presse"),
        ("Der Minister sagte vor drei Tagen, alles sei gut.", None),
        ("Die Regierung bestätigte den Bericht.", None),
        ("Er erklärte den Plan, dass alle gehen.", None),
    ],
)
def test_the_addressee_of_a_statement(text, addressee):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    (statement,) = record.statements
    assert (statement.addressee.text if statement.addressee else None) == addressee


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, cue",
    [
        ("Der Minister hatte berichtet, die Lage sei ruhig.", "hatte berichtet"),
        ("Der Minister hatte am Montag berichtet, die Lage sei ruhig.", "hatte ... berichtet"),
        ("Ihm wird vorgeworfen, Geld unterschlagen zu haben.", "wird vorgeworfen"),
        ("Der Minister äußerte sich zufrieden: „Das ist ein guter Tag.“", "äußerte sich"),
        ("Der Minister sagte, die Lage sei ruhig.", "sagte"),
    ],
)
def test_the_cue_is_written_with_its_auxiliary_and_reflexive(text, cue):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    assert record.statements[0].cue.text == cue


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("„Wir sind zufrieden“, sagte der Vorsitzende des Verbandes, Elmar Gesse.",
         "der Vorsitzende des Verbandes, Elmar Gesse"),
        ("„Das ist falsch“, so Bill Graham, Parteichef der Liberalen.", "Bill Graham, Parteichef der Liberalen"),
        ("Die Lage sei ernst, sagte der Direktor, Mohammed el-Baradei, am Montag in Wien.",
         "der Direktor, Mohammed el-Baradei"),
        ("Der Minister sagte, Deutschland, Frankreich und Italien seien sich einig.", "Der Minister"),
        # a quote that goes on after its frame, and a name that opens the content, are no appositions
        ("„Das stimmt“, sagte Müller, „Merkel hat recht.“", "Müller"),
        ("Am Montag sagte Müller, Angela Merkel, die Kanzlerin, habe gelogen.", "Müller"),
    ],
)
def test_an_apposition_between_commas_belongs_to_the_speaker(text, speaker):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    assert record.statements[0].speaker.text == speaker


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Es gebe Interesse von mehreren Vereinen, auch aus Italien, sagte die Stürmerin.", "die Stürmerin",
         "Es gebe Interesse von mehreren Vereinen, auch aus Italien"),
        ("Die Mieten stiegen weiter, sogar in kleinen Städten, sagte der Ökonom.", "der Ökonom",
         "Die Mieten stiegen weiter, sogar in kleinen Städten"),
        # verbless segments after a main clause go on with it, whatever opens them
        ("Der Konzern wolle 900 Stellen streichen, davon 300 in Bayern, sagte der Betriebsrat.", "der Betriebsrat",
         "Der Konzern wolle 900 Stellen streichen, davon 300 in Bayern"),
        # … and so does a verbless segment after a clause inside what was said
        ("Die Gefahr sei nach allem, was man heute wisse, gering, sagte Kammerpräsidentin Ute Sommer.",
         "Kammerpräsidentin Ute Sommer", "Die Gefahr sei nach allem, was man heute wisse, gering"),
        ("Der Schaden sei, soweit bisher bekannt sei, überschaubar, sagte der Sprecher.", "der Sprecher",
         "Der Schaden sei, soweit bisher bekannt sei, überschaubar"),
    ],
)
def test_a_comma_segment_opened_by_a_focus_particle_ends_the_content_before_a_verb_first_frame(text, speaker, content):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    (statement,) = record.statements
    assert (statement.cue.lemma, statement.speaker.text, statement.content.text) == ("sagen", speaker, content)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Neun Menschen wurden verletzt, zwei von ihnen lebensgefährlich, wie eine Sprecherin der Polizei sagte.",
         "eine Sprecherin der Polizei", "Neun Menschen wurden verletzt, zwei von ihnen lebensgefährlich"),
        ("Die Fahnder durchsuchten 14 Büros in Linz, Wels, Steyr und im bayerischen Passau, wie die Behörde mitteilte.",
         "die Behörde", "Die Fahnder durchsuchten 14 Büros in Linz, Wels, Steyr und im bayerischen Passau"),
    ],
)
def test_comma_segments_before_a_wie_frame_are_what_was_said(text, speaker, content):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    (statement,) = record.statements
    assert (statement.speaker.text, statement.content.text) == (speaker, content)


@pytest.mark.usefixtures("nlp")
def test_a_konjunktiv_one_read_as_a_predicative_adjective_is_the_finite_verb_of_the_reported_clause():
    # the tagger reads "fließe" after a fronted phrase as an adjective (ADJD)
    record = whosaid.analyze("Seit Montagmorgen fließe durch die Leitung kein Wasser mehr, sagte die Sprecherin.",
                             published="2021-12-10", lang="de")
    (statement,) = record.statements
    assert (statement.cue.lemma, statement.content.text) == ("sagen", "Seit Montagmorgen fließe durch die Leitung kein "
                                                             "Wasser mehr")


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text",
    [
        # the subject after a reflexive is no part of an object; a manner adverb is no object
        "Am Dienstag äußerte sich die Ministerin zurückhaltend.",
        # "nichts" says that nothing was said
        "Am Dienstag sagte die Ministerin nichts.",
    ],
)
def test_a_speech_verb_with_no_object_beside_its_subject_makes_no_statement(text):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    assert record.statements == []


@pytest.mark.usefixtures("nlp")
def test_a_fronted_topic_with_a_wonach_clause_is_no_content_of_the_verb_after_it():
    record = whosaid.analyze("Zu Gerüchten, wonach die Trainerin gehen müsse, sagte die Präsidentin, das sei Unsinn.",
                             published="2021-12-10", lang="de")
    report, answer = record.statements
    assert (report.cue.lemma, report.content.text) == ("wonach", "die Trainerin gehen müsse")
    assert (answer.cue.lemma, answer.speaker.text, answer.content.text) == ("sagen", "die Präsidentin",
                                                                            "das sei Unsinn")
    record = whosaid.analyze("Zu Gerüchten, wonach die Trainerin gehen müsse, äußerte sich die Präsidentin "
                             "zurückhaltend.", published="2021-12-10", lang="de")
    assert [s.cue.lemma for s in record.statements] == ["wonach"]


@pytest.mark.usefixtures("nlp")
def test_a_time_before_a_report_in_a_wonach_denial_is_no_part_of_the_source():
    record = whosaid.analyze("Ein Polizeisprecher wies am Abend Berichte zurück, wonach ein Beamter verletzt worden "
                             "sei.", published="2021-12-10", lang="de")
    denial, report = record.statements
    assert report.speaker.text == "Berichte"
    assert (denial.stance, denial.content.text) == ("deny", "ein Beamter verletzt worden sei")


@pytest.mark.usefixtures("nlp")
def test_a_colon_quote_after_a_fronted_object_with_a_relative_clause_is_said_by_the_subject_after_the_verb():
    record = whosaid.analyze("Die Trainerin sagte, sie sei zufrieden. Die Spielerinnen hätten gekämpft. Den Namen der "
                             "Stürmerin, die als Neuzugang gehandelt worden war, wollte sie nicht kommentieren: „Über "
                             "Spielerinnen anderer Vereine spreche ich nicht.“", published="2021-12-10", lang="de")
    *_, quote = record.statements
    assert (quote.kind, quote.speaker.text, quote.continues) == ("Direct", "sie", None)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, kind",
    [
        # a quoted zu-infinitive after the comma is the verb's complement: Indirect
        ("Der Landrat forderte die Bahn auf, „die Strecke endlich zu sanieren“.", "Indirect"),
        ("Die Opposition warf der Stadt vor, „die Bäder kaputtzusparen“.", "Indirect"),
        # a quote opening in lower case after a comma goes on with the clause before it: a mixed quote
        ("Mit dem Geld würden Spielplätze saniert, „auf denen unsere Kinder aufwachsen“, sagte die Bürgermeisterin.",
         "Indirect"),
        # a quoted sentence is Direct
        ("Der Landrat sagte: „Wir haben nichts zu verbergen.“", "Direct"),
    ],
)
def test_a_quoted_zu_infinitive_or_clause_fragment_after_a_comma_is_indirect(text, kind):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    (statement,) = record.statements
    assert statement.kind == kind


@pytest.mark.usefixtures("nlp")
def test_the_condition_of_a_threat_belongs_to_its_object():
    record = whosaid.analyze("Der Betriebsrat drohte mit Arbeitsniederlegungen, sollte die Geschäftsführung bis Freitag "
                             "keine Zusagen machen.", published="2021-12-10", lang="de")
    (statement,) = record.statements
    assert (statement.kind, statement.content.text) == ("Reported", "mit Arbeitsniederlegungen, sollte die "
                                                                    "Geschäftsführung bis Freitag keine Zusagen machen")


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "sentence, stance",
    [
        ("Einen Beschluss über weitere Schließungen gebe es aber nicht.", "assert"),
        ("Weitere Fehler seien nicht auszuschließen.", "concede"),
    ],
)
def test_a_continuation_of_a_concession_turning_back_with_aber_asserts(sentence, stance):
    record = whosaid.analyze("Die Ministerin räumte ein, dass Fehler gemacht worden seien. " + sentence,
                             published="2021-12-10", lang="de")
    conceded, continuation = record.statements
    assert (conceded.stance, continuation.continues, continuation.stance) == ("concede", conceded.id, stance)


@pytest.mark.usefixtures("nlp")
def test_a_demonstrative_frame_in_konjunktiv_continues_the_speaker_before():
    record = whosaid.analyze("Die Messung sei genauer als jede andere, sagte die Forscherin. Das habe man der Behörde "
                             "bereits im Sommer erklärt.", published="2021-12-10", lang="de")
    said, continuation = record.statements
    assert (continuation.kind, continuation.cue, continuation.continues) == ("IndirectFreeIndirect", None, said.id)
    assert continuation.content.text == "Das habe man der Behörde bereits im Sommer erklärt"


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, kind, content",
    [
        # a denied noun object spelled out in the clause after the comma: the speech act with its object
        ("Die Ministerin wies Vorwürfe zurück, ihr Haus habe Akten vernichtet.", "Reported",
         "ihr Haus habe Akten vernichtet"),
        ("Die Polizei hat den Vorwurf zurückgewiesen, Beamte hätten Pfefferspray eingesetzt.", "Reported",
         "Beamte hätten Pfefferspray eingesetzt"),
        # a zu-infinitive or dass-clause is what is denied itself
        ("Der Angeklagte bestritt, von den Zahlungen gewusst zu haben.", "Indirect",
         "von den Zahlungen gewusst zu haben"),
    ],
)
def test_a_denial_spelling_out_its_object_is_reported(text, kind, content):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    (statement,) = record.statements
    assert (statement.stance, statement.kind, statement.content.text) == ("deny", kind, content)


@pytest.mark.usefixtures("nlp")
def test_the_agent_of_a_passive_cue_is_the_speaker():
    record = whosaid.analyze("Ihm wird von der Staatsanwaltschaft vorgeworfen, Geld unterschlagen zu haben.", lang="de")
    (statement,) = record.statements
    assert statement.speaker.text == "der Staatsanwaltschaft"
    assert statement.content.text == "Geld unterschlagen zu haben"
    assert statement.addressee.text == "Ihm"


@pytest.mark.usefixtures("nlp")
def test_a_cue_noun_attributes_the_clause_after_it_to_its_genitive():
    record = whosaid.analyze("Die Behauptung von Amnesty, dass Gefangene gefoltert würden, wies das Ministerium "
                             "zurück.", lang="de")
    claim = next(s for s in record.statements if s.cue.lemma == "behauptung")
    assert (claim.speaker.text, claim.stance, claim.content.text) == ("Amnesty", "claim",
                                                                      "dass Gefangene gefoltert würden")
    denial = next(s for s in record.statements if s.stance == "deny")
    assert denial.speaker.text == "das Ministerium"
    # the ministry rejects the claim its object names: a contradiction inside the article
    assert denial.refers_to == claim.id
    assert [(c.claim, c.counter) for c in record.contradictions] == [(claim.id, denial.id)]


@pytest.mark.usefixtures("nlp")
def test_a_cue_noun_without_a_speaker_is_no_statement():
    record = whosaid.analyze("Es gibt die Hoffnung, dass der Krieg bald endet.", lang="de")
    assert not any(s.cue and s.cue.lemma == "hoffnung" for s in record.statements)


@pytest.mark.usefixtures("nlp")
def test_a_genitive_after_the_head_noun_is_not_the_speaker_itself():
    record = whosaid.analyze("Die Zeitung der SPD berichtete, die Wahl sei verschoben worden.", lang="de")
    speaker = record.statements[0].speaker
    assert speaker.resolved != "SPD"


@pytest.mark.usefixtures("nlp")
def test_a_surname_alone_is_a_mention_of_the_person_but_a_common_noun_is_not():
    record = whosaid.analyze("Tahsin al-Khafaji sagte, die Lage sei ruhig. Laut al-Khafaji ziehen die Truppen ab. "
                             "Thomas Mann sagte, das Buch sei fertig. Der Mann sagte, er komme morgen.", lang="de")
    mentions = {e.name: e.mentions for e in record.entities}
    assert "al-Khafaji" in [m.text for m in mentions["Tahsin al-Khafaji"]]
    assert "Mann" not in [m.text for m in mentions["Thomas Mann"]]


@pytest.mark.usefixtures("nlp")
def test_a_quoted_name_after_an_organisation_noun_is_an_organisation():
    record = whosaid.analyze("Die Partei „Neue Mitte“ sagte, sie trete an.", lang="de")
    assert ("Neue Mitte", "ORG") in {(e.name, e.type) for e in record.entities}


@pytest.mark.usefixtures("nlp")
def test_the_terminal_view_shows_whom_a_statement_was_made_to():
    from rich.console import Console

    from whosaid.view import print_record

    record = whosaid.analyze("Ein Sprecher teilte dem Fernsehsender CNN mit, die Lage sei ruhig.", lang="de")
    console = Console(record=True, width=200)
    print_record(record, console)
    assert "to dem Fernsehsender CNN" in console.export_text()


def test_organisation_heads_match_the_org_noun_endings():
    from whosaid.components.entities import _org_head
    from whosaid.lang import load_language

    data = load_language("de")
    nouns = sorted(n for n in data.org_nouns if len(n) >= 5)

    def scan(word: str) -> bool:  # the definition: the word or its stem ends in an org noun of 5+ letters
        stem = word.removesuffix("es") if word.endswith("es") else word.removesuffix("s")
        return any(w.lower().endswith(n.lower()) for w in (word, stem) for n in nouns)

    words = ["Innenministeriums", "Umweltverband", "Bundesamtes", "Haus", "Partei", "Parteien", "Zeitung",
             "Regierungssprecher", "Armee", "Kommandos"] + [n + "s" for n in nouns[:50]]
    assert [_org_head(w, data) for w in words] == [scan(w) for w in words]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text",
    [
        "Der Anschlag forderte acht Tote und 56 Verletzte.",
        "Die Behörden gehen von einem Terroranschlag aus, ein Verfahren wurde bereits eingeleitet.",
        "Muslime und Kopten geraten in Ägypten immer wieder aneinander.",
        "Da ein Rückflug nicht möglich war, entschied sich der Pilot für den Flughafen Düsseldorf.",
        # a vote of the electorate or a parliament is no statement
        "Die Stimmberechtigten haben die Initiative für längere Ladenöffnungszeiten am Sonntag abgelehnt.",
        "Der Landtag hat am Donnerstag ein neues Polizeigesetz beschlossen.",
    ],
)
def test_reporting_verbs_in_other_senses_report_nothing(text):
    assert whosaid.analyze(text, lang="de").statements == []


@pytest.mark.usefixtures("nlp")
def test_a_participle_that_is_also_a_verb_is_a_cue_only_with_its_auxiliary():
    # "geraten" is the participle of "raten" (advise) and a verb of its own ("aneinander geraten", above)
    statements = whosaid.analyze("Die Ärzte hatten ihr dringend geraten, sich zu schonen.", lang="de").statements
    assert [(s.speaker.text, s.cue.text) for s in statements] == [("Die Ärzte", "hatten ... geraten")]


@pytest.mark.usefixtures("nlp")
def test_davon_ausgehen_reports_a_clause():
    record = whosaid.analyze("Die Polizei geht davon aus, dass der Einbruch von derselben Gruppe verübt wurde.",
                             lang="de")
    assert record.statements[0].content.text == "dass der Einbruch von derselben Gruppe verübt wurde"


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Bürgermeister Hans Maier zeigte sich zuversichtlich, dass die Brücke bis Mai fertig wird.",
         "zeigte sich zuversichtlich", "dass die Brücke bis Mai fertig wird"),
        ("Die Aktivistin Rosa Lima zeigte sich besonders darüber besorgt, dass viele Frauen schweigen würden.",
         "zeigte sich ... darüber besorgt", "dass viele Frauen schweigen würden"),
        ("Die Opposition gab sich skeptisch, ob das Geld reicht.", "gab sich skeptisch", "ob das Geld reicht"),
    ],
)
def test_sich_zeigen_with_an_attitude_adjective_reports_its_clause(text, cue, content):
    """ "zeigte sich zuversichtlich, dass …" tells what its subject holds, as "sagte, dass …" would."""
    [statement] = whosaid.analyze(text, lang="de").statements
    assert (statement.cue.text, statement.content.text) == (cue, content)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("text", ["Die Daten zeigen, dass sich die Lage bessert.", "Er gab sich geschlagen.",
                                  "Der Film zeigt, wie sich die Stadt verändert hat.",
                                  "Der Trainer zeigte sich enttäuscht über die Niederlage."])
def test_zeigen_and_geben_without_an_attitude_report_nothing(text):
    assert whosaid.analyze(text, lang="de").statements == []


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Der Minister ließ ausrichten, man werde gegen das Urteil klagen.", "Der Minister",
         "man werde gegen das Urteil klagen"),
        ("„Wir prüfen alle Optionen“, ließ die Firma über ihren Anwalt ausrichten.", "die Firma",
         "Wir prüfen alle Optionen"),
    ],
)
def test_ausrichten_lassen_is_a_message_sent_through_someone(text, speaker, content):
    [statement] = whosaid.analyze(text, lang="de").statements
    assert (statement.speaker.text, statement.content.text) == (speaker, content)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("text", ["Der Verein richtet das Fest im Juli aus.",
                                  "Die Stadt hatte das Turnier im Vorjahr ausgerichtet."])
def test_ausrichten_without_lassen_reports_nothing(text):
    assert whosaid.analyze(text, lang="de").statements == []


@pytest.mark.usefixtures("nlp")
def test_a_time_in_the_prefield_is_not_the_speaker():
    record = whosaid.analyze("Ende Januar 2006 verkündete der Deutsche Fußball-Bund, dass man sich bewerben werde.",
                             lang="de")
    assert record.statements[0].speaker.text == "der Deutsche Fußball-Bund"


@pytest.mark.usefixtures("nlp")
def test_a_name_opening_with_a_word_read_as_a_preposition_is_the_speaker_in_the_prefield():
    # "Pro Asyl": not an adverbial, so not "der Bundesregierung", the dative object after the verb
    record = whosaid.analyze("Das Innenministerium lobte das Abkommen. Pro Asyl warf der Bundesregierung vor, die Lage "
                             "von Oppositionellen in Usbekistan auszublenden.", lang="de")
    statement = next(s for s in record.statements if s.cue.lemma == "vorwerfen")
    assert (statement.speaker.text, statement.speaker.resolved) == ("Pro Asyl", "Pro Asyl")


@pytest.mark.usefixtures("nlp")
def test_a_leading_conjunction_and_focus_adverb_do_not_hide_the_speaker():
    record = whosaid.analyze("Aber auch die EU-Kommission kritisierte die Art und Weise der Abstimmung.", lang="de")
    statement = next(s for s in record.statements if s.cue.lemma == "kritisieren")
    assert (statement.speaker.text, statement.content.text) == ("die EU-Kommission", "die Art und Weise der Abstimmung")


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ("Während Premierminister Jean-Claude Juncker ankündigte, den Vorschlag prüfen zu lassen, stellt sich die "
         "Partei hinter ihn.", "Premierminister Jean-Claude Juncker", "ankündigen", "den Vorschlag prüfen zu lassen"),
        ("Nachdem der Minister gesagt hatte, die Lage sei ernst, reiste er ab.",
         "der Minister", "sagen", "die Lage sei ernst"),
        ("Weil die Polizei mitteilte, dass die Straße gesperrt bleibe, fuhren wir um.",
         "die Polizei", "mitteilen", "dass die Straße gesperrt bleibe"),
        ("Der Prediger, der alle Zuhörer aufforderte, die Regierung nicht zu unterstützen, wurde zugeschaltet.",
         "der", "auffordern", "die Regierung nicht zu unterstützen"),
    ],
)
def test_a_cue_at_the_end_of_a_subordinate_clause_reports_the_clause_after_it(text, speaker, cue, content):
    _, statement = only_statement(text, lemma=cue)
    assert (statement.speaker.text, statement.content.text, statement.kind) == (speaker, content, "Indirect")


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text",
    [
        "Die Hunde, die schon letzte Woche erwartet wurden, trafen mit Verspätung ein.",  # passive; main clause
        "Die Hilfe für die Menschen, die auf Lebensmittel angewiesen sind, wurde erhöht.",  # a state, not "anweisen"
    ],
)
def test_a_subordinate_clause_without_a_reported_clause_after_it_reports_nothing(text):
    assert whosaid.analyze(text, lang="de").statements == []


@pytest.mark.usefixtures("nlp")
def test_a_relative_pronoun_speaker_is_resolved_to_the_noun_before_it():
    record = whosaid.analyze("Zugeschaltet wurde der Prediger Omar Bakri, der alle Zuhörer aufforderte, die "
                             "Regierung nicht zu unterstützen.", lang="de")
    statement = next(s for s in record.statements if s.cue.lemma == "auffordern")
    assert (statement.speaker.text, statement.speaker.resolved) == ("der", "Omar Bakri")


def test_an_unknown_weak_verb_form_in_er_takes_its_n_infinitive():
    from whosaid.lang import load_language

    data = load_language("de")
    assert data.verb_lemma("aufforderte", "aufforderte") == "auffordern"
    assert data.verb_lemma("räumte", "räumte") == "räumen"
    assert data.verb_lemma("befürchten", "befürchten") == "befürchten"  # not a past form in -ten
    assert data.verb_lemma("regte", "regte") == "regen"  # a stem of three letters ("regte an" is "anregen")


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, resolved",
    [
        ("Die Lage sei ernst, sagte Russlands Präsident Wladimir Putin.",
         "Russlands Präsident Wladimir Putin", "Wladimir Putin"),
        # the possessor is not the speaker: Merkel's spokesman spoke
        ("Angela Merkel reiste nach Paris. Die Lage sei ernst, sagte Merkels neuer Sprecher.",
         "Merkels neuer Sprecher", "Merkels neuer Sprecher"),
    ],
)
def test_a_name_in_the_genitive_before_a_noun_is_part_of_the_speaker(text, speaker, resolved):
    _, statement = only_statement(text, lemma="sagen")
    assert (statement.speaker.text, statement.speaker.resolved) == (speaker, resolved)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, addressee, content",
    [
        ("„Wir bleiben hier“, sagte gegenüber Reuters der Sprecher des Ministeriums.",
         "der Sprecher des Ministeriums", "Reuters", "Wir bleiben hier"),
        ("Die Lage sei ernst, sagte gegenüber Vertretern der Presse der Minister.",
         "der Minister", "Vertretern der Presse", "Die Lage sei ernst"),
    ],
)
def test_an_inverted_subject_after_the_addressee_is_the_speaker(text, speaker, addressee, content):
    _, statement = only_statement(text, lemma="sagen")
    assert (statement.speaker.text, statement.addressee.text, statement.content.text) == (speaker, addressee, content)


@pytest.mark.usefixtures("nlp")
def test_a_subject_with_a_relative_clause_before_the_cue_is_the_speaker_not_the_content():
    _, statement = only_statement("Ulla Jelpke, die vor einem Monat für Schlagzeilen gesorgt hatte, kritisierte die "
                                  "Entscheidung der Fraktionsspitze.", lemma="kritisieren")
    assert (statement.speaker.text, statement.content.text, statement.kind) == (
        "Ulla Jelpke", "die Entscheidung der Fraktionsspitze", "Reported")


@pytest.mark.usefixtures("nlp")
def test_a_participle_that_names_something_is_no_speech_act():
    text = "Die Disc wurde mit dem Profil 1.0, genannt „BRD-Video“, im Jahre 2006 eingeführt."
    assert whosaid.analyze(text, lang="de").statements == []


@pytest.mark.usefixtures("nlp")
def test_a_separated_particle_after_an_apposition_still_makes_the_cue():
    _, statement = only_statement("Vor dem Absturz wurde kein Notsignal gesendet, teilte später der Direktor der "
                                  "Behörde, Bagus Puruhito, mit.", lemma="mitteilen")
    assert statement.content.text == "Vor dem Absturz wurde kein Notsignal gesendet"


@pytest.mark.usefixtures("nlp")
def test_a_plural_present_read_as_an_infinitive_is_the_finite_cue_and_its_subject_follows_the_conjunction():
    # the tagger reads "befürchten" as VVINF; a dass-clause after it and no finite verb before it make it finite
    _, statement = only_statement("Es gab Proteste um die Blockaden und die Hongkonger befürchten, dass es nicht "
                                  "die letzten sein werden.", lemma="befürchten")
    assert (statement.speaker.text, statement.content.text) == ("die Hongkonger",
                                                                 "dass es nicht die letzten sein werden")


@pytest.mark.usefixtures("nlp")
def test_an_infinitive_after_a_modal_is_no_cue():
    assert whosaid.analyze("Die Anwohner wollen nicht befürchten, dass der Fluss steigt.", lang="de").statements == []


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, quoted",
    [
        ("Nach einem Bericht der „Frankfurter Allgemeine Zeitung“ sei der Umsatz gesunken.", []),  # a name
        ("Die Datenschützer warnten, der Weg führe hin zum „gläsernen Menschen“.", ["gläsernen Menschen"]),
        ("Er sagte, das sei „Wortbruch und Vertrauensmissbrauch“.", ["Wortbruch und Vertrauensmissbrauch"]),
    ],
)
def test_a_quoted_name_inside_indirect_speech_is_no_mixed_quote(text, quoted):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    assert [q.text for s in record.statements for q in s.content.quoted] == quoted


@pytest.mark.usefixtures("nlp")
def test_an_indicative_adverbial_clause_before_a_verb_first_cue_is_not_what_was_said():
    _, statement = only_statement("Obwohl bei dem Täter das Handy sichergestellt wurde, bestritt er eine "
                                  "Tatbeteiligung.", lemma="bestreiten")
    assert (statement.speaker.text, statement.content.text, statement.kind) == ("er", "eine Tatbeteiligung", "Reported")


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, lemma, speaker, content",
    [
        # a relative clause inside reported content, not the subject of the cue
        ("Die Zahl der Opfer, die am Montag bekannt wurde, steigt, sagte ein Sprecher der Polizei.",
         "sagen", "ein Sprecher der Polizei", "Die Zahl der Opfer, die am Montag bekannt wurde, steigt"),
        # the addressee's genitive: the role noun is the speaker, not the last article
        ("„Wir prüfen das“, sagte gegenüber dem Spiegel der Sprecher der Partei.",
         "sagen", "der Sprecher der Partei", "Wir prüfen das"),
        # a plural dative after a name in -s is the addressee, not a possessed noun
        ("„Wir haben nichts zu verbergen“, sagte Alexis Tsipras griechischen Medien.",
         "sagen", "Alexis Tsipras", "Wir haben nichts zu verbergen"),
        # a dative relative pronoun was spoken to; the subject after it spoke
        ("Der Minister, dem die Opposition vorgeworfen hatte, Steuergeld verschwendet zu haben, trat zurück.",
         "vorwerfen", "die Opposition", "Steuergeld verschwendet zu haben"),
        # the negation stays in the object, as in the simple past
        ("Das Ministerium hat den Bericht nicht kommentiert.", "kommentieren", "Das Ministerium", "den Bericht nicht"),
        ("Der Minister wertete die Entscheidung als Erfolg.", "werten", "Der Minister", "die Entscheidung als Erfolg"),
    ],
)
def test_speaker_and_content_where_noun_phrases_and_clauses_are_ambiguous(text, lemma, speaker, content):
    _, statement = only_statement(text, lemma=lemma)
    assert (statement.speaker.text, statement.content.text) == (speaker, content)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text",
    [
        "Falls der Minister erklärt, dass er nichts gewusst hat, ist das unglaubwürdig.",  # a condition, nothing said
        "Das Gericht will die Akten sichten und anschließend mitteilen, ob das Verfahren eröffnet wird.",  # modal
    ],
)
def test_no_statement_is_made_yet(text):
    assert all(s.cue is None for s in whosaid.analyze(text, lang="de").statements)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, resolved",
    [
        ("Der Sprecher von Angela Merkel sagte, die Regierung werde handeln.", "Sprecher von Angela Merkel"),
        ("Der Sprecher des Kommandos Tahsin al-Khafaji sagte, die Berichte seien falsch.", "Tahsin al-Khafaji"),
        ("Am Montag kritisierte der Fraktionschef der Grünen den Innenminister, der zuvor erklärt hatte, die "
         "Polizei habe richtig gehandelt.", "Innenminister"),
    ],
)
def test_a_speaker_resolves_to_who_spoke_not_to_whom_the_role_belongs(text, resolved):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    statement = next(s for s in record.statements if s.cue.lemma in {"sagen", "erklären"})
    assert statement.speaker.resolved == resolved


@pytest.mark.usefixtures("nlp")
def test_hearsay_after_a_framed_statement_continues_its_source():
    record = whosaid.analyze("Laut Polizei wurde ein Mann festgenommen. Er soll den Ausbrechern zur Flucht verholfen "
                             "haben.", published="2021-12-10", lang="de")
    framed, hearsay = record.statements
    assert (hearsay.kind, hearsay.stance, hearsay.continues) == ("FreeIndirect", "claim", framed.id)
    assert framed.speaker.text == "Polizei"


@pytest.mark.usefixtures("nlp")
def test_a_plan_with_soll_right_after_a_statement_continues_it_over_consecutive_sentences():
    record = whosaid.analyze("Die Gewerkschaft Verdi kündigte am Montag einen Streik an. Die Busse sollen am Mittwoch in "
                             "den Depots bleiben. Der Streik soll bis Freitag dauern.", published="2021-12-10", lang="de")
    framed, plan = record.statements
    assert (plan.kind, plan.continues, plan.cue) == ("FreeIndirect", framed.id, None)
    assert plan.content.text == "Die Busse sollen am Mittwoch in den Depots bleiben. Der Streik soll bis Freitag dauern"


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("text", [
    # no statement before: the narrator's own report of a plan
    "Die Busse sollen am Mittwoch in den Depots bleiben.",
    # after an assertion, a plan with "soll" is what the narrator reports happens next
    "Nach Angaben der Polizei war der Fahrer nicht betrunken. Ein Sachverständiger soll die Bremsen prüfen.",
    "Laut Feuerwehr brach das Feuer im Keller aus. Die Brandermittler sollen den Keller untersuchen.",
    # "soll" closing a relative clause is no hearsay of the sentence
    "Die Gewerkschaft kündigte einen Streik an. Gekauft werden 150 Busse, die in Mannheim gebaut werden sollen.",
])
def test_soll_makes_no_free_indirect_speech_without_a_statement_right_before_or_in_a_relative_clause(text):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    assert not [s for s in record.statements if s.kind == "FreeIndirect"]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ("Eine Heilung sei jedoch ausgeschlossen, heißt es in der Mitteilung des Verbands.",
         "der Mitteilung des Verbands", "heißt es", "Eine Heilung sei jedoch ausgeschlossen"),
        ("Es gebe noch Hohlräume, hieß es.", None, "hieß es", "Es gebe noch Hohlräume"),
        ("In dem Bericht heißt es, die Lage sei ernst.", "dem Bericht", "heißt es", "die Lage sei ernst"),
    ],
)
def test_an_impersonal_frame_reports_and_names_its_source_if_any(text, speaker, cue, content):
    _, statement = only_statement(text, lemma="heißen")
    assert (statement.speaker.text if statement.speaker else None, statement.cue.text, statement.content.text) == (
        speaker, cue, content)


@pytest.mark.usefixtures("nlp")
def test_a_source_phrase_before_the_object_is_not_part_of_it():
    _, statement = only_statement("Die Regierung bestätigte nach Angaben der Zeitung die Berichte.", lemma="bestätigen")
    assert (statement.speaker.text, statement.content.text) == ("Die Regierung", "die Berichte")


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text",
    [
        "Die Anschuldigungen hatten sich nicht bestätigt.",  # "sich bestätigen": proved true
        "Die Herbstsaison hat wieder einen Motorrad-Toten gefordert.",  # victims, no demand
    ],
)
def test_reporting_verbs_in_other_senses_in_the_perfect_report_nothing(text):
    assert whosaid.analyze(text, lang="de").statements == []


@pytest.mark.usefixtures("nlp")
def test_a_participle_read_as_a_present_form_after_its_auxiliary_keeps_auxiliary_and_speaker():
    # the tagger reads "betont" as VVFIN; after "hatte" in the same clause it is the participle
    _, statement = only_statement("Auch gegenüber den Parteivorsitzenden hatte Stoiber betont, er werde bleiben.",
                                  lemma="betonen")
    assert (statement.speaker.text, statement.cue.text, statement.content.text) == (
        "Stoiber", "hatte ... betont", "er werde bleiben")


@pytest.mark.usefixtures("nlp")
def test_the_source_after_an_impersonal_cue_before_its_content_is_the_speaker():
    _, statement = only_statement("Weiter heißt es im Abschlussbericht, dass die Behörden versagt hätten.",
                                  lemma="heißen")
    assert (statement.speaker.text, statement.content.text) == ("Abschlussbericht", "dass die Behörden versagt hätten")


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, lemma, speaker, content",
    [
        ("Die Ministerin äusserte sich am Montag zurückhaltend zu den Plänen.", "äußern", "Die Ministerin",
         "zurückhaltend zu den Plänen"),
        ("Der Analyst bescheinigte der Bank eine solide Bilanz.", "bescheinigen", "Der Analyst",
         "der Bank eine solide Bilanz"),
        ("Das Gericht sah es als erwiesen an, dass der Angeklagte die Frau getötet hat.", "ansehen", "Das Gericht",
         "dass der Angeklagte die Frau getötet hat"),
        ("Die Richter sind überzeugt, dass der 45-Jährige aus Habgier handelte.", "überzeugen", "Die Richter",
         "dass der 45-Jährige aus Habgier handelte"),
        ("Moskau droht mit Vergeltung", "drohen", "Moskau", "mit Vergeltung"),
        ("Der Experte analysierte, die Lage sei ernst.", "analysieren", "Der Experte", "die Lage sei ernst"),
        # Swiss spelling of a cue the tagger reads as an adjective, and of a prepositional cue
        ("Die Partei äusserte Zweifel an dem Gesetz.", "äußern", "Die Partei", "Zweifel an dem Gesetz"),
        ("Gemäss Angaben der Kantonspolizei verlief die Demonstration friedlich.", "gemäß",
         "Angaben der Kantonspolizei", "verlief die Demonstration friedlich"),
    ],
)
def test_cues_of_courts_analysts_threats_and_swiss_spelling(text, lemma, speaker, content):
    _, statement = only_statement(text, lemma=lemma)
    assert (statement.speaker.text, statement.content.text) == (speaker, content)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # the threatened party in the dative belongs to the threat
        ("Die Regierung in Peking droht Litauen mit harten Sanktionen.", "Die Regierung in Peking",
         "Litauen mit harten Sanktionen"),
        ("Der Konzern droht den Zulieferern mit dem Abbruch der Geschäftsbeziehungen.", "Der Konzern",
         "den Zulieferern mit dem Abbruch der Geschäftsbeziehungen"),
        # the perfect: everything between the auxiliary (and its subject) and the participle
        ("Die Türkei hat Schweden nach der Koranverbrennung mit einem Veto gedroht.", "Die Türkei",
         "Schweden nach der Koranverbrennung mit einem Veto"),
        ("Nach dem Datendiebstahl hat eine Erpresserbande mit der Veröffentlichung von Patientenakten gedroht.",
         "eine Erpresserbande", "mit der Veröffentlichung von Patientenakten"),
    ],
)
def test_a_threat_keeps_its_dative_and_stands_in_the_perfect(text, speaker, content):
    _, statement = only_statement(text, lemma="drohen")
    assert (statement.speaker.text, statement.content.text, statement.kind) == (speaker, content, "Reported")


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text",
    [
        "Die Räuber hatten den Kassierer mit einem Messer bedroht.",
        "Dem Unternehmen droht eine Millionenstrafe.",
        "Die Firma hatte mit einem Gewinn gerechnet.",
    ],
)
def test_no_threat_without_a_speaker_threatening(text):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    assert record.statements == []


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # an estimate: the thing estimated and the amount ("schätzt den Schaden auf …") are what was said
        ("Die Feuerwehr schätzt den Schaden an dem Gebäude auf rund 250.000 Euro.", "Die Feuerwehr",
         "den Schaden an dem Gebäude auf rund 250.000 Euro"),
        ("Die Veranstalter haben die Zahl der Besucher auf mehr als 40.000 geschätzt.", "Die Veranstalter",
         "die Zahl der Besucher auf mehr als 40.000"),
    ],
)
def test_an_estimate_keeps_what_it_estimates(text, speaker, content):
    _, statement = only_statement(text, lemma="schätzen")
    assert (statement.speaker.text, statement.content.text, statement.kind) == (speaker, content, "Reported")


@pytest.mark.usefixtures("nlp")
def test_valuing_someone_is_no_estimate():
    record = whosaid.analyze("Die Spieler schätzen den neuen Trainer sehr.", published="2021-12-10", lang="de")
    assert record.statements == []


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, lemma, speaker",
    [
        # a result compounded with a noun ("1:4-Niederlage") is no verb of the clause
        ("Trainerin Anna Berg hat nach der 0:3-Niederlage gegen Hertha einen Fehler eingeräumt.", "einräumen",
         "Trainerin Anna Berg"),
        ("Nach dem 2:1-Sieg in Kiel lobte Trainer Max Roth die Abwehr.", "loben", "Trainer Max Roth"),
    ],
)
def test_a_score_compound_is_a_noun(text, lemma, speaker):
    _, statement = only_statement(text, lemma=lemma)
    assert statement.speaker.text == speaker


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, lemma, content",
    [
        # a phrase of time or circumstance opening the middle field is no part of the object
        ("Trainerin Anna Berg hat nach der 0:3-Niederlage gegen Hertha den Schiedsrichter scharf kritisiert.",
         "kritisieren", "den Schiedsrichter"),
        ("Der Bürgermeister hat trotz der Proteste der Anwohner einen Fehler eingeräumt.", "einräumen",
         "einen Fehler"),
        # a bare plural object has no article to start at: the phrase stays (precision first)
        ("Die Ministerin hat nach der Sitzung des Kabinetts neue Regeln angekündigt.", "ankündigen",
         "nach der Sitzung des Kabinetts neue Regeln"),
    ],
)
def test_a_leading_adjunct_is_no_part_of_a_perfect_object(text, lemma, content):
    _, statement = only_statement(text, lemma=lemma)
    assert statement.content.text == content


@pytest.mark.usefixtures("nlp")
def test_a_quote_after_a_colon_is_said_by_the_subject_before_it():
    record = whosaid.analyze("Die Bewohner des Dorfes sehen alles gelassen: „Das sind Leute wie du und ich.“", lang="de")
    (statement,) = record.statements
    assert statement.kind == "Direct" and statement.speaker is not None
    assert statement.speaker.text == "Die Bewohner des Dorfes"


@pytest.mark.usefixtures("nlp")
def test_a_quoted_clause_without_any_frame_is_still_a_quotation():
    record = whosaid.analyze("Der Gipfel endete am Abend. „Wir haben viel erreicht.“", lang="de")
    assert [s.content.text for s in record.statements if s.kind == "Direct"] == ["Wir haben viel erreicht."]


@pytest.mark.usefixtures("nlp")
def test_a_konjunktiv_clause_after_an_indicative_main_clause_is_reported_alone():
    record = whosaid.analyze("Der Minister sagte, er komme. Brisant sind die Zahlen, die die Spaltung des "
                             "Landes deutlich machen würden.", lang="de")
    contents = [s.content.text for s in record.statements if not s.cue]
    assert contents == ["die die Spaltung des Landes deutlich machen würden"]


@pytest.mark.usefixtures("nlp")
def test_reported_content_ends_at_a_semicolon_before_an_indicative_clause():
    _, statement = only_statement("Die Befragten gaben an, sich dort unsicher zu fühlen; vor allem Frauen meiden den "
                                  "Platz.", lemma="angeben")
    assert statement.content.text == "sich dort unsicher zu fühlen"


@pytest.mark.usefixtures("nlp")
def test_a_cue_is_written_with_its_connective_and_its_pronominal_adverb():
    _, as_frame = only_statement("Wie die Polizei berichtet, sei der Mann geflohen.", lemma="berichten")
    assert as_frame.cue.text == "Wie ... berichtet"
    _, correlate = only_statement("Er verwies darauf, dass die Lage ernst sei.", lemma="verweisen")
    assert correlate.cue.text == "verwies darauf"


@pytest.mark.usefixtures("nlp")
def test_reported_content_ends_where_the_narrator_goes_on_in_the_past():
    _, statement = only_statement("Die Agentur teilte mit, dass die Niederschläge anhalten und warnte vor neuen "
                                  "Regenfällen.", lemma="mitteilen")
    assert statement.content.text == "dass die Niederschläge anhalten"


def test_a_condition_after_an_announcement_is_neither_its_content_nor_a_frame():
    record = whosaid.analyze("Die Linke kündigte eine Verfassungsklage an, sollte der Entwurf unverändert beschlossen "
                             "werden. Die AfD hielt der Regierung vor, die Reform komme viel zu spät.",
                             published="2025-01-01", lang="de")
    assert [(s.speaker.text, s.cue.lemma, s.stance, s.content.text) for s in record.statements] == [
        ("Die Linke", "ankündigen", "announce", "eine Verfassungsklage"),
        ("Die AfD", "vorhalten", "claim", "die Reform komme viel zu spät")]


def test_a_time_phrase_after_the_speaker_is_no_source_of_its_own():
    record = whosaid.analyze("„Ich wollte zeigen, dass es geht“, sagte die Regisseurin nach der Vorstellung.",
                             published="2025-01-01", lang="de")
    assert [s.speaker.text for s in record.statements] == ["die Regisseurin"]


@pytest.mark.parametrize(
    "text, statements",
    [
        ("Die russische Botschaft wies die Vorwürfe als „haltlos“ zurück.",
         [("Die russische Botschaft", "deny", "die Vorwürfe als „haltlos“")]),
        ("Die Einigung sei nah, verlautete aus Diplomatenkreisen.",
         [("Diplomatenkreisen", "assert", "Die Einigung sei nah")]),
        ("Das Gericht verurteilte den Mann zu drei Jahren Haft.", []),
        ("Sein erstes Pflichtspiel bestreitet Werder am Samstag.", []),
    ],
)
def test_cue_verbs_in_their_speaking_sense_only(text, statements):
    record = whosaid.analyze(text, published="2025-01-01", lang="de")
    assert [(s.speaker.text, s.stance, s.content.text) for s in record.statements] == statements


def test_a_hearsay_group_is_named_in_the_nominative():
    record = whosaid.analyze("Die Einigung sei nah, verlautete aus Diplomatenkreisen. Nach Angaben aus "
                             "Regierungskreisen ist die Lage ernst.", published="2025-01-01", lang="de")
    assert [s.speaker.resolved for s in record.statements] == ["Diplomatenkreise", "Regierungskreise"]
    assert not record.entities


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ("Hugo Chávez vertritt die Ansicht, dass die Bioethanolproduktion zu mehr Hunger führen wird.", "Hugo Chávez",
         "vertritt ... Ansicht", "dass die Bioethanolproduktion zu mehr Hunger führen wird"),
        ("EU-Kommission und Bundesregierung äußerten indessen Zweifel, ob bei der Vergabe alles rechtens war.",
         "EU-Kommission und Bundesregierung", "äußerten ... Zweifel", "ob bei der Vergabe alles rechtens war"),
        ("Die Wahlkommission hatte den Standpunkt vertreten, das Gericht sei dafür nicht zuständig.",
         "Die Wahlkommission", "hatte ... Standpunkt vertreten", "das Gericht sei dafür nicht zuständig"),
        ("Der Präsident erteilte der Luftwaffe den Befehl, Hilfsgüter in die Gebiete zu fliegen.", "Der Präsident",
         "erteilte ... Befehl", "Hilfsgüter in die Gebiete zu fliegen"),
    ],
)
def test_a_cue_noun_carried_by_a_light_verb_reports_its_subject(text, speaker, cue, content):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    statement = next(s for s in record.statements if s.kind == "Indirect")
    assert (statement.speaker.text, statement.cue.text, statement.content.text) == (speaker, cue, content)


@pytest.mark.parametrize(
    "text, kind, content",
    [
        ("Das Haus müsse »auch unbequem sein dürfen«, sagte er dem „Standard“.", "Indirect",
         "Das Haus müsse »auch unbequem sein dürfen«"),
        ("Lea Brandstätter warf der Koalition vor, »Stimmung gegen die Ärmsten« zu machen.", "Indirect",
         "»Stimmung gegen die Ärmsten« zu machen"),
        ("„Das war zu wenig“, sagte der Trainer.", "Direct", "Das war zu wenig"),
    ],
)
def test_a_mixed_quote_keeps_its_whole_indirect_clause(text, kind, content):
    record = whosaid.analyze(text, published="2025-01-01", lang="de")
    assert [(s.kind, s.content.text) for s in record.statements] == [(kind, content)]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, lemma, content",
    [
        # a verb that takes a clause or an object introduced by its preposition
        ("Ein Militärsprecher verwies auf die schlechten Wetterbedingungen.", "Ein Militärsprecher", "verweisen",
         "auf die schlechten Wetterbedingungen"),
        ("Zapatero verwies dagegen auf die Zusammenarbeit mit den Ländern.", "Zapatero", "verweisen",
         "auf die Zusammenarbeit mit den Ländern"),
        # an adjunct between the verb and the preposition of its object
        ("Micheil Saakaschwili sprach trotz der Kritik von einer freien und fairen Wahl.", "Micheil Saakaschwili",
         "sprechen", "von einer freien und fairen Wahl"),
        ("Ein Wissenschaftler bezifferte den Schaden für Singapur auf 50 Millionen Dollar.", "Ein Wissenschaftler",
         "beziffern", "den Schaden für Singapur auf 50 Millionen Dollar"),
        ("Der Ministerpräsident versicherte eine gute Zusammenarbeit mit dem Oberbürgermeister.",
         "Der Ministerpräsident", "versichern", "eine gute Zusammenarbeit mit dem Oberbürgermeister"),
        # a prefield that opens with a determiner never nominative is the object; the subject follows the verb
        ("Den Vorwurf wies der Minister am Montag zurück.", "der Minister", "zurückweisen", "Den Vorwurf"),
        ("Den Börsenwert des Unternehmens beziffert der „Focus“ auf 17 Milliarden Euro.", "der „Focus“",
         "beziffern", "Den Börsenwert des Unternehmens auf 17 Milliarden Euro"),
        # the subject of the first conjunct stands before a relative clause in its prefield
        ("Kretschmann, der früher gekommen war, gratulierte Kuhn und versicherte eine gute Zusammenarbeit.",
         "Kretschmann", "versichern", "eine gute Zusammenarbeit"),
    ],
)
def test_a_speech_verb_reports_its_prepositional_or_object_complement(text, speaker, lemma, content):
    _, statement = only_statement(text, lemma=lemma)
    assert (statement.speaker.text, statement.kind, statement.content.text) == (speaker, "Reported", content)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, resolved, cue, content",
    [
        ("Er verwies auf Studien der Berliner Charité, nach denen Homöopathie oft wirksam sei.", "denen",
         "Berliner Charité", "nach", "Homöopathie oft wirksam sei"),
        ("Es gibt auch Gerüchte, nach denen Barrett an Krebs litt.", "denen", "Gerüchte", "nach",
         "Barrett an Krebs litt"),
        ("Das war ein Schritt für die Pläne der Regierung, laut denen jeder ein Radio haben sollte.", "denen",
         "Regierung", "laut", "jeder ein Radio haben sollte"),
        ("Er berief sich auf Grundsätze, denen zufolge von einer Unschuldsvermutung auszugehen sei.", "denen",
         "Grundsätze", "zufolge", "von einer Unschuldsvermutung auszugehen sei"),
        # hearsay that names no source
        ("Dem Vernehmen nach soll Gerhardt sein Amt bis zum Frühjahr ausüben.", "Dem Vernehmen", None, "nach",
         "soll Gerhardt sein Amt bis zum Frühjahr ausüben"),
    ],
)
def test_a_relative_pronoun_after_a_source_preposition_stands_for_the_source(text, speaker, resolved, cue, content):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    statement = next(s for s in record.statements if s.cue and s.cue.text == cue)
    assert (statement.speaker.text, statement.speaker.resolved, statement.content.text) == (speaker, resolved, content)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text",
    [
        "Damit ging das Spiel in die Pause, nach der sich bis zur 75. Minute nicht viel ereignete.",
        "Es gab eine Änderung der Statistik, nach der die Teilnehmer nicht mehr gezählt werden.",
        "Selbständige müssen sich selbst versichern.",
    ],
)
def test_no_statement_without_a_source(text):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    assert record.statements == []


def test_a_passive_in_the_perfect_has_no_speaker_of_its_own():
    record = whosaid.analyze("Die Zeitung gab an, dem Generalsekretär sei das Amt des Premiers angeboten worden.",
                             published="2021-12-10", lang="de")
    assert [(s.speaker.text, s.cue.lemma) for s in record.statements] == [("Die Zeitung", "angeben")]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, kind, content",
    [
        # the object's prepositional phrase is no adjunct of the frame, also before a comma
        ("Die Polizei spricht von weniger Auseinandersetzungen, dennoch ist der Sachschaden hoch.", "Die Polizei",
         "Reported", "von weniger Auseinandersetzungen"),
        # the prepositional object in the prefield
        ("Mit einer Wetterberuhigung rechnet der Deutsche Wetterdienst frühestens am Montag.",
         "der Deutsche Wetterdienst", "Reported", "Mit einer Wetterberuhigung"),
        # a relative clause in Konjunktiv after the object belongs to what was said about it
        ("Die Agentur Sana spricht dagegen von einem Terroristen, der sich in die Luft gesprengt habe.",
         "Die Agentur Sana", "Reported", "von einem Terroristen, der sich in die Luft gesprengt habe"),
        ("Die Ministerin verwies auf die neue Förderung, die bereits Wirkung zeige.",
         "Die Ministerin", "Reported", "auf die neue Förderung, die bereits Wirkung zeige"),
        ("Der Verband sprach von einem „hausgemachten Problem“, das nicht den Kliniken angelastet werden dürfe.",
         "Der Verband", "Reported", "von einem „hausgemachten Problem“, das nicht den Kliniken angelastet werden dürfe"),
    ],
)
def test_the_prepositional_object_of_a_speech_verb(text, speaker, kind, content):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    (statement,) = record.statements
    assert (statement.speaker.text, statement.kind, statement.content.text) == (speaker, kind, content)


@pytest.mark.usefixtures("nlp")
def test_a_relative_clause_inside_the_object_does_not_end_it():
    _, statement = only_statement("Der Trainer bezeichnete acht Gelbe Karten in einem Spiel, in dem es nur 26 Fouls "
                                  "gab, als „übertrieben“.", lemma="bezeichnen")
    assert statement.content.text.endswith("als „übertrieben“")


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, lemma",
    [
        ("Nun vermelden chinesische Medien, dass Rüstungsbetriebe Aufträge erwarten.", "vermelden"),
        ("Das Ministerium legte fest, dass bis August 30 Wale gejagt werden dürfen.", "festlegen"),
        ("Zudem prognostizierte der Verbandschef einen Anstieg des Schuhpreises.", "prognostizieren"),
        # a strong participle of an inseparable prefix has no "ge-" ("wider" + "sprochen", "ver" + "sprochen")
        ("Die Ministerin hat den Vorwürfen der Landrätin widersprochen.", "widersprechen"),
        ("Der Konzern hat den Beschäftigten eine Jobgarantie versprochen.", "versprechen"),
    ],
)
def test_more_reporting_verbs(text, lemma):
    only_statement(text, lemma=lemma)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("text, content", [
    ("Die Finanzchefin begründete den Verlust mit der schwachen Nachfrage.",
     "den Verlust mit der schwachen Nachfrage"),
    ("Die Kammer begründete das mit der Schwere der Tat.", "das mit der Schwere der Tat"),
])
def test_a_reason_given_with_mit_is_what_was_said(text, content):
    _, statement = only_statement(text, lemma="begründen")
    assert (statement.kind, statement.content.text) == ("Reported", content)


def test_a_participle_before_its_noun_leaves_the_reporting_auxiliary_its_participle():
    # the tagger reads "vertraute" (before "Personen") and then "berichtet" as finite verbs
    record = whosaid.analyze("Die Zeitung hatte am Sonntag unter Berufung auf mit der Sache vertraute Personen "
                             "berichtet, der Konzern prüfe ein Angebot.", published="2026-11-20", lang="de")
    report = next(s for s in record.statements if s.cue.lemma == "berichten")
    assert (report.speaker.text, report.content.text) == ("Die Zeitung", "der Konzern prüfe ein Angebot")


@pytest.mark.parametrize("text, speaker, lemma, content", [
    # a verb joined by an adverb to the verb of the subject before shares that subject; its object is what was said
    ("Die Abgeordnete Aylin Kaya unterstützte den Entwurf, verlangte aber mehr Geld für die Kliniken.",
     "Die Abgeordnete Aylin Kaya", "verlangen", "mehr Geld für die Kliniken"),
    ("Die Firma baute 200 Stellen ab, kündigte aber neue Investitionen an.", "Die Firma", "ankündigen",
     "neue Investitionen"),
    # a speaker after the adverb speaks himself: the clause before is what he said
    ("Die Lage ist ernst, sagte aber der Bürgermeister.", "der Bürgermeister", "sagen", "Die Lage ist ernst"),
])
def test_a_verb_joined_by_an_adverb_shares_the_subject_before_it(text, speaker, lemma, content):
    [found] = whosaid.analyze(text, published="2026-11-20", lang="de").statements
    assert (found.speaker.text, found.cue.lemma, found.content.text) == (speaker, lemma, content)


@pytest.mark.parametrize("text, lemma, content", [
    # "bis zum Herbst": "bis" before a preposition governs a phrase, no clause
    ("Der Minister kündigte an, bis zum Herbst Vorschläge vorzulegen.", "ankündigen",
     "bis zum Herbst Vorschläge vorzulegen"),
    # "versuchten" before its noun is an adjective, not a second finite verb
    ("Die Staatsanwaltschaft wirft dem Mann versuchten Mord vor.", "vorwerfen", "dem Mann versuchten Mord"),
    # "schade" (an adverb in "es sei schade") is the Konjunktiv of "schaden" before a dative
    ("Öffentlicher Streit vor der Wahl schade der ganzen Regierung, sagte sie.", "sagen",
     "Öffentlicher Streit vor der Wahl schade der ganzen Regierung"),
])
def test_tagger_slips_inside_what_was_said_leave_the_statement_whole(text, lemma, content):
    [found] = whosaid.analyze(text, published="2026-11-20", lang="de").statements
    assert (found.cue.lemma, found.content.text) == (lemma, content)


def test_the_one_a_quoting_cue_names_said_the_words_via_the_outlet_quoting_them():
    record = whosaid.analyze("„Wir halten uns an alle Verträge“, zitierte die Agentur einen Sprecher des "
                             "Außenministeriums in Aschgabat.", published="2026-11-20", lang="de")
    outlet, spokesman = record.statements
    assert (outlet.speaker.text, outlet.kind) == ("die Agentur", "Direct")
    assert (spokesman.speaker.text, spokesman.via) == ("einen Sprecher des Außenministeriums in Aschgabat", outlet.id)
    assert spokesman.content.text == outlet.content.text


@pytest.mark.parametrize("text, outlet, person, content, kind", [
    ("Die Staatsagentur Irna zitierte einen Kommandeur der Revolutionsgarden mit den Worten, jeder Angriff werde "
     "entschlossen beantwortet.", "Die Staatsagentur Irna", "einen Kommandeur der Revolutionsgarden",
     "jeder Angriff werde entschlossen beantwortet", "Indirect"),
    ("Die Zeitung zitierte den Bürgermeister mit der Aussage, die Brücke bleibe bis Ostern gesperrt.", "Die Zeitung",
     "den Bürgermeister", "die Brücke bleibe bis Ostern gesperrt", "Indirect"),
    ("Die Agentur Tass zitierte Vizeaußenminister Sergej Rjabkow mit den Worten: „Wir sind zu Gesprächen bereit.“",
     "Die Agentur Tass", "Vizeaußenminister Sergej Rjabkow", "Wir sind zu Gesprächen bereit.", "Direct"),
])
def test_the_one_quoted_with_the_words_said_them_via_the_outlet(text, outlet, person, content, kind):
    """ "zitierte X mit den Worten, …": what follows "mit den Worten" is what X said, reaching us via the quoting
    outlet; the person is no part of what the outlet said."""
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    act = next(s for s in record.statements if s.speaker and s.speaker.text == outlet)
    said = next(s for s in record.statements if s.speaker and s.speaker.text == person)
    assert (act.content.text, act.kind) == (content, kind)
    assert (said.content.text, said.kind, said.via) == (content, kind, act.id)
    assert len(record.statements) == 2


@pytest.mark.parametrize("after", [
    "Die Ermittlungen liefen bereits seit zwei Jahren.",
    "Die Ziele blieben unverändert.",
    "Die Beschäftigten arbeiteten seit Jahren am Limit.",
])
def test_a_past_looking_plural_of_lasting_time_after_a_statement_continues_it(after):
    """Konjunktiv II stands in for a Konjunktiv I that reads as indicative ("laufen"); a word of lasting time says
    it is no narrated past."""
    record = whosaid.analyze("„Wir haben die Lage im Griff“, sagte ein Sprecher der Behörde. " + after,
                             published="2026-11-20", lang="de")
    said, more = record.statements
    assert (more.content.text, more.continues) == (after.rstrip("."), said.id)


def test_a_clause_after_a_colon_with_a_frame_of_its_own_is_no_continuation_of_the_act_before():
    record = whosaid.analyze("Die Kassenärztliche Vereinigung widersprach der Kammer: Die Versorgung sei gesichert, "
                             "erklärte ein Sprecher.", published="2026-11-20", lang="de")
    assert [(s.kind, s.cue.lemma if s.cue else None, s.content.text) for s in record.statements] == [
        ("Reported", "widersprechen", "der Kammer"), ("Indirect", "erklären", "Die Versorgung sei gesichert")]


def test_a_reason_given_before_a_colon_is_continued_after_it():
    record = whosaid.analyze("Eine Sprecherin begründete dies mit fehlendem Personal: Seit Monaten seien zwei "
                             "Stellen unbesetzt.", published="2026-11-20", lang="de")
    act, rest = record.statements
    assert (act.cue.lemma, act.kind, rest.continues) == ("begründen", "Reported", act.id)


@pytest.mark.usefixtures("nlp")
def test_a_zu_infinitive_without_a_comma_after_a_closing_participle_is_the_content():
    _, statement = only_statement("Mubarak hatte am Donnerstag angekündigt bei der Präsidentenwahl erneut anzutreten.",
                                  lemma="ankündigen")
    assert (statement.kind, statement.content.text) == ("Indirect", "bei der Präsidentenwahl erneut anzutreten")


@pytest.mark.usefixtures("nlp")
def test_a_cue_in_konjunktiv_before_a_frame_is_part_of_what_was_said():
    record = whosaid.analyze("Er rechne weiterhin mit einem ausgeglichenen Ergebnis, sagte der 52-Jährige.",
                             published="2021-12-10", lang="de")
    assert [(s.cue.lemma, s.content.text) for s in record.statements] == [
        ("sagen", "Er rechne weiterhin mit einem ausgeglichenen Ergebnis")]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Die Experten kamen zu dem Ergebnis, dass es keine Beweise dafür gebe.", "Die Experten",
         "dass es keine Beweise dafür gebe"),
        ("Nach Abwägung sei er zu dem Schluss gekommen, dass er nicht anders urteilen könne.", "er",
         "dass er nicht anders urteilen könne"),
    ],
)
def test_coming_to_a_conclusion_reports_it(text, speaker, content):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    (statement,) = record.statements
    assert (statement.speaker.text, statement.content.text) == (speaker, content)


@pytest.mark.usefixtures("nlp")
def test_kommen_carries_no_other_cue_noun():
    record = whosaid.analyze("Die Regierung kam der Forderung nach, die Steuern zu senken.", published="2021-12-10",
                             lang="de")
    assert record.statements == []


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, content",
    [
        ("Der Landrat soll laut einem Bericht der Zeitung „Kurier“ im Mai Geld angenommen haben.",
         "Der Landrat soll im Mai Geld angenommen haben"),
        ("Die Armee hat nach Angaben des Verteidigungsministeriums in Kiew zwei Dörfer zurückerobert.",
         "Die Armee hat zwei Dörfer zurückerobert"),
    ],
)
def test_the_title_and_the_place_of_a_source_are_not_part_of_what_it_said(text, content):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    (statement,) = record.statements
    assert " ".join(statement.content.text.split()) == content


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, resolved",
    [
        ("Der Konzern steht einem Bericht des „Handelsblatts“ zufolge kurz vor der Übernahme des Werks.",
         "einem Bericht des „Handelsblatts“", "Handelsblatt"),
        ("Einem Bericht des »Spiegel« zufolge will die Bahn 10.000 Stellen streichen.",
         "Einem Bericht des »Spiegel«", "Spiegel"),
    ],
)
def test_a_source_ending_in_a_quoted_title_before_zufolge_speaks(text, speaker, resolved):
    _, statement = only_statement(text, lemma="zufolge")
    assert (statement.speaker.text, statement.speaker.resolved) == (speaker, resolved)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, lemma, speaker",
    [
        ("Das Amt habe einen Antrag ausgearbeitet, schreibt die Zeitung unter Berufung auf mehrere mit dem Dossier "
         "vertraute Personen.", "unter berufung auf", "mehrere mit dem Dossier vertraute Personen"),
        ("Die für den Fall zuständige Staatsanwaltschaft teilte mit, die Ermittlungen dauerten an.",
         "mitteilen", "Die für den Fall zuständige Staatsanwaltschaft"),
        ("Der Konzern will Stellen streichen. Das sagte ein mit den Verhandlungen vertrauter Diplomat.",
         "sagen", "ein mit den Verhandlungen vertrauter Diplomat"),
    ],
)
def test_a_speaker_with_a_prepositional_phrase_before_its_adjective_is_the_whole_phrase(text, lemma, speaker):
    _, statement = only_statement(text, lemma=lemma)
    assert statement.speaker.text == speaker


@pytest.mark.usefixtures("nlp")
def test_a_subjunctive_sentence_after_a_report_with_its_sources_continues_the_reporter():
    record = whosaid.analyze(
        "Das Amt habe einen Antrag ausgearbeitet, schreibt die Zeitung unter Berufung auf Regierungskreise. "
        "Finanziert werden solle die Erhöhung über die Mehrwertsteuer.", published="2021-12-10", lang="de")
    reporter = next(s for s in record.statements if s.cue and s.cue.lemma == "schreiben")
    continuation = next(s for s in record.statements if s.kind == "IndirectFreeIndirect")
    assert continuation.continues == reporter.id


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, lemma, speaker",
    [
        ("Das Komitee hat bereits eingeräumt, dass bei der Umrechnung Fehler passiert seien.", "einräumen",
         "Das Komitee"),
        ("Die Regierung hat klargestellt, dass sie im Amt bleibe.", "klarstellen", "Die Regierung"),
        ("Der Richter stellte klar, dass der Angeklagte nicht gelogen habe.", "klarstellen", "Der Richter"),
        ("Die Vorsitzende Richterin machte deutlich, dass das Gericht auch eine Mordanklage prüfe.",
         "deutlichmachen", "Die Vorsitzende Richterin"),
        ("Der Landrat machte am Dienstag klar, dass er nicht zurücktreten werde.", "klarmachen", "Der Landrat"),
    ],
)
def test_a_separable_cue_the_lemmatizer_does_not_know_is_found(text, lemma, speaker):
    _, statement = only_statement(text, lemma=lemma)
    assert (statement.kind, statement.speaker.text) == ("Indirect", speaker)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Die Lage an der Grenze sei ernst, sagte der Innenminister klar.", "der Innenminister"),
        ("Einen Rücktritt werde es nicht geben, sagte die Bürgermeisterin deutlich.", "die Bürgermeisterin"),
    ],
)
def test_an_adverb_after_a_speech_verb_is_no_particle_of_it(text, speaker):
    """ "sagte er klar": "klar" and "deutlich" join a verb only where they make a cue ("stellte klar", "machte
    deutlich"); after a cue that stands alone they are adverbs of manner."""
    _, statement = only_statement(text, lemma="sagen")
    assert statement.speaker.text == speaker


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, lemma, medium",
    [
        ("Die Firmen hielten sich zurück, schrieb die Ökonomin in einem Kommentar.", "schreiben", "Kommentar"),
        ("Die Armee bestätigte die Gespräche in einer Erklärung.", "bestätigen", "Erklärung"),
        ("Die Alpen liegen mir besser, sagte der 26-Jährige am Montag im Interview mit dem SID.", "sagen",
         "Interview"),
        ("Der Minister erklärte am Montag auf seiner wöchentlichen Pressekonferenz in Teheran, die Schleusen seien "
         "geschlossen.", "erklären", "Pressekonferenz"),
        # a broadcaster and a platform are media too
        ("Die Ministerin sagte im Deutschlandfunk, die Reform komme.", "sagen", "Deutschlandfunk"),
        ("Der Minister schrieb auf der Plattform X, Finnland habe keine Anfragen erhalten.", "schreiben", "Plattform"),
        ("Der Kanzler kündigte auf der Plattform X an, er werde reisen.", "ankündigen", "Plattform"),
        # after an impersonal cue the phrase of the source names the medium
        ("Man prüfe alle Optionen, hieß es in einer Stellungnahme.", "heißen", "Stellungnahme"),
        ("Die Lage sei ernst, heißt es in einer Erklärung der Regierung.", "heißen", "Erklärung"),
        ("Er habe geschwiegen, heisst es in einer Mitteilung.", "heißen", "Mitteilung"),
    ],
)
def test_a_medium_in_a_phrase_beside_the_cue_is_the_statements_medium(text, lemma, medium):
    _, statement = only_statement(text, lemma=lemma)
    assert statement.medium == medium


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, content, medium",
    [
        ("Die Partei wies die Kritik auf Telegram als „Hetze“ zurück.", "die Kritik als „Hetze“", "Telegram"),
        ("Der Verein wies diesen Vorwurf in einer Stellungnahme zurück.", "diesen Vorwurf", "Stellungnahme"),
    ],
)
def test_a_medium_phrase_inside_a_reported_object_is_no_part_of_it(text, content, medium):
    _, statement = only_statement(text, lemma="zurückweisen")
    assert (statement.content.text, statement.medium) == (content, medium)


@pytest.mark.usefixtures("nlp")
def test_a_continuation_was_said_through_the_medium_of_what_it_continues():
    record = whosaid.analyze("Der Minister sagte im Interview, die Lage sei ernst. Man werde handeln.",
                             published="2021-12-10", lang="de")
    assert [s.medium for s in record.statements] == ["Interview", "Interview"]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text",
    [
        "Die SPD will mit der CDU verhandeln, sagte die Landeschefin. Die Gespräche sollen bereits am Donnerstag "
        "beginnen.",
        "Das Ministerium hat einen Entwurf verschickt, teilte ein Sprecher mit. Die Verbände sollen bis Donnerstag "
        "Stellung nehmen können.",
    ],
)
def test_a_schedule_the_narrator_gives_after_a_statement_is_no_statement(text):
    record = whosaid.analyze(text, published="2026-09-22", lang="de")
    assert not any("sollen" in s.content.text for s in record.statements)


@pytest.mark.usefixtures("nlp")
def test_hearsay_with_sollen_about_the_past_stays_a_claim():
    record = whosaid.analyze("Laut Polizei wurde ein Mann festgenommen. Er soll am Montag drei Autos angezündet "
                             "haben.", published="2026-09-22", lang="de")
    assert any(s.content.text.startswith("Er soll") and s.stance == "claim" for s in record.statements)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Die Anlegerschützer sind der Ansicht, dass die Bank zu viel zahle.", "Die Anlegerschützer",
         "dass die Bank zu viel zahle"),
        ("Der Trainer ist der Meinung, dass die Mannschaft gewinnen werde.", "Der Trainer",
         "dass die Mannschaft gewinnen werde"),
        ("Seit Jahren vertritt er die These, dass das Klima kippe.", "er", "dass das Klima kippe"),
    ],
)
def test_holding_an_opinion_reports_it(text, speaker, content):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    (statement,) = record.statements
    assert (statement.kind, statement.speaker.text, statement.content.text) == ("Indirect", speaker, content)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, lemma",
    [
        # a weak stem in -er takes -n: "prangerten" is "anprangern", not "anprangeren"
        ("Die Verbände prangerten an, dass die Löhne zu niedrig seien.", "anprangern"),
        ("Aus dem Bericht geht hervor, dass die Löhne zu niedrig seien.", "hervorgehen"),
    ],
)
def test_a_weak_cue_in_er_and_what_a_text_shows_are_found(text, lemma):
    _, statement = only_statement(text, lemma=lemma)
    assert (statement.kind, statement.content.text) == ("Indirect", "dass die Löhne zu niedrig seien")


@pytest.mark.usefixtures("nlp")
def test_what_a_text_shows_needs_a_dass_clause():
    record = whosaid.analyze("Das geht aus einer Studie hervor, für die 4.000 Menschen befragt wurden.",
                             published="2021-12-10", lang="de")
    assert not [s for s in record.statements if s.cue and s.cue.lemma == "hervorgehen"]


@pytest.mark.usefixtures("nlp")
def test_words_quoted_in_lower_case_are_a_quotation():
    record = whosaid.analyze("Der Innenpolitiker will „in den kommenden Wochen noch einmal sorgfältig prüfen“, ob ein "
                             "Verbot kommt.", published="2021-12-10", lang="de")
    assert [(s.kind, s.content.text) for s in record.statements] == [
        ("Direct", "in den kommenden Wochen noch einmal sorgfältig prüfen")]


@pytest.mark.usefixtures("nlp")
def test_a_capitalised_title_in_quotes_is_no_quotation():
    record = whosaid.analyze("Die Stiftung stellte die Studie „Die Andere Medizin“ vor.", published="2021-12-10",
                             lang="de")
    assert record.statements == []


@pytest.mark.usefixtures("nlp")
def test_nach_with_a_genitive_name_before_the_source_noun_attributes():
    record = whosaid.analyze("Nach Grupps Meinung werden im Größenwahn Entscheidungen getroffen.",
                             published="2021-12-10", lang="de")
    assert [(s.speaker.text, s.content.text) for s in record.statements] == [
        ("Grupps Meinung", "werden im Größenwahn Entscheidungen getroffen")]


@pytest.mark.usefixtures("nlp")
def test_a_wie_clause_before_a_frame_names_the_outlet_the_statement_reaches_us_through():
    record = whosaid.analyze("Wie RIA Nowosti berichtet, sagte der Gouverneur des Gebiets, Wladimir Tarassow, die "
                             "Drohnen seien abgefangen worden.", published="2026-01-01", lang="de")
    outlet, governor = record.statements
    assert (outlet.speaker.text, outlet.cue.text) == ("RIA Nowosti", "Wie ... berichtet")
    assert (governor.speaker.text, governor.content.text, governor.via) == (
        "der Gouverneur des Gebiets, Wladimir Tarassow", "die Drohnen seien abgefangen worden", outlet.id)


@pytest.mark.usefixtures("nlp")
def test_wie_erwartet_reports_no_one():
    record = whosaid.analyze("Wie erwartet, sagte der Minister, die Lage sei ruhig.", published="2026-01-01", lang="de")
    assert [(s.speaker.text, s.content.text) for s in record.statements] == [("der Minister", "die Lage sei ruhig")]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker",
    [
        # a cue-less quote continues the statement that ends nearest before it, not an earlier speaker's
        ("Die Opposition sei gescheitert, sagte Anna Berger. Das sei klar. Minister Paul Krause wies die Kritik "
         "zurück. Man liege im Plan, sagte er. „Wir bauen schneller als je zuvor.“", "Paul Krause"),
        ("Die Polizei teilte mit, die Täter seien geflohen. Der Alarm sei sofort ausgelöst worden. Museumsleiterin "
         "Eva Lorenz sprach von einem Verlust. Der Wert sei hoch, sagte die 58-Jährige. „Die Stücke waren erst "
         "zurückgekehrt.“", "Eva Lorenz"),
        ("Der Trainer Jonas Vogt sagte, die Mannschaft sei bereit. Das Team habe gut trainiert. Kapitänin Lea Roth "
         "sagte, sie freue sich. „Wir wollen den Titel holen.“", "Lea Roth"),
    ],
)
def test_a_cue_less_quote_continues_the_nearest_statement_before_it(text, speaker):
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    quote = record.statements[-1]
    assert quote.kind == "Direct" and quote.continues is not None
    root = next(s for s in record.statements if s.id == quote.continues)
    assert root.speaker is not None and root.speaker.resolved == speaker


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, lemma, speaker, content",
    [
        # a colon closes a frame of its own: what follows is the new speaker's, no continuation of the one before
        ("Die Ministerin sagte, das Gesetz sei gerecht. Der Abgeordnete Jan Hoffmann hielt dagegen: Der Staat "
         "dürfe das nicht verlangen.", "dagegenhalten", "Der Abgeordnete Jan Hoffmann",
         "Der Staat dürfe das nicht verlangen"),
        ("Minister Paul Krause hielt dagegen, die Zahlen seien veraltet.", "dagegenhalten", "Minister Paul Krause",
         "die Zahlen seien veraltet"),
        # a participle after the reflexive says how the speaker spoke, it is no content
        ("Bürgermeister Tom Keller äußerte sich überrascht: Die Pläne seien ihm neu.", "äußern",
         "Bürgermeister Tom Keller", "Die Pläne seien ihm neu"),
        ("Die Trainerin äußerte sich enttäuscht: Das Team habe zu wenig gewagt.", "äußern", "Die Trainerin",
         "Das Team habe zu wenig gewagt"),
    ],
)
def test_a_frame_closed_by_a_colon_owns_the_clause_after_it(text, lemma, speaker, content):
    _, statement = only_statement(text, lemma=lemma)
    assert (statement.speaker.text, statement.content.text, statement.continues) == (speaker, content, None)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker",
    [
        # a dative pronoun after the cue is who was told; the subject follows it
        ("Die Lage sei ernst, sagte ihm der Minister.", "der Minister"),
        ("Man werde alles prüfen, versicherte uns die Bürgermeisterin.", "die Bürgermeisterin"),
    ],
)
def test_a_dative_pronoun_after_the_cue_is_not_the_speaker(text, speaker):
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    assert [s.speaker.text for s in record.statements if s.speaker is not None] == [speaker]


@pytest.mark.usefixtures("nlp")
def test_what_nobody_said_is_no_statement():
    record = whosaid.analyze("Bürgermeister Tom Keller äußerte sich überrascht: Von den Plänen habe ihm niemand "
                             "etwas gesagt.", published="2026-11-20", lang="de")
    assert [(s.speaker.text, s.cue.lemma) for s in record.statements] == [("Bürgermeister Tom Keller", "äußern")]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("text", [
    "Die Ökonomin mahnte zur Geduld: Ein einzelner Monat sage wenig über den Arbeitsmarkt aus. Entscheidend sei "
    "der Trend über mehrere Quartale.",
    "Der Trainer warnte vor Panik: Zwei Niederlagen sagten nichts über die Stärke der Mannschaft aus. Man werde "
    "weiter hart arbeiten.",
])
def test_what_a_thing_says_little_about_is_no_statement_and_the_speaker_goes_on(text):
    # "sagt wenig über … aus" means "indicates": inside the content, no statement of its own, so the Konjunktiv
    # sentence after it continues the speaker of the colon frame
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    first, then = record.statements
    assert first.speaker is not None and first.cue.lemma in {"mahnen", "warnen"}
    assert (then.kind, then.continues) == ("IndirectFreeIndirect", first.id)


@pytest.mark.parametrize("second", ["Man fordere weiterhin 8,5 Prozent mehr Lohn.", "Er kritisiere die Bahn scharf.",
                                    # the same with an object before the verb: the pronoun after it is the subject
                                    "Tarifverhandlungen kommentiere man grundsätzlich nicht.",
                                    "Die Pläne der Bahn kritisiere er scharf.",
                                    # a speech act in the passive with no one who performed it
                                    "Die Lokführer seien aufgefordert worden, Überstunden abzulehnen."])
def test_a_speech_act_in_konjunktiv_continues_the_last_speaker(second: str):
    record = whosaid.analyze(
        "Frankfurt (dpa) – „Die Geduld ist aufgebraucht“, sagte GDL-Chef Thorsten Hülsmann. " + second,
        published="2027-01-12", lang="de")
    first, then = record.statements
    assert first.speaker.resolved == "Thorsten Hülsmann"
    assert (then.kind, then.continues, then.speaker) == ("IndirectFreeIndirect", first.id, None)


def test_what_a_speaker_says_his_organisation_expects_is_part_of_his_statement():
    record = whosaid.analyze(
        "Ludwigshafen (dpa) – Ein Unternehmenssprecher sagte, man rechne im Frühjahr mit einer Erholung. Der Konzern "
        "hat zudem einen Bericht über Stellenabbau zurückgewiesen.", published="2026-12-04", lang="de")
    said, denied = record.statements
    assert (said.cue.lemma, said.content.text) == ("sagen", "man rechne im Frühjahr mit einer Erholung")
    assert denied.cue.lemma == "zurückweisen"
    # the report it denies is not told; the company's own spokesman is not whom it answers
    assert denied.refers_to is None and not record.contradictions


def test_a_speech_act_in_konjunktiv_with_a_noun_subject_has_its_own_speaker():
    record = whosaid.analyze(
        "Bonn (dpa) – Ein Unbekannter bietet im Netz Kundendaten an, teilte die Telekom mit. Der Verkäufer behaupte, "
        "die Daten bei einem Angriff erbeutet zu haben.", published="2026-04-02", lang="de")
    assert record.statements[-1].speaker.text == "Der Verkäufer"


def test_the_platform_x_ends_its_sentence():
    record = whosaid.analyze(
        "Nairobi (Reuters) – Kein Soldat habe seine Stellung verlassen, schrieb Minister Tesfay Woldemichael auf der "
        "Plattform X. Die äthiopische Regierung hatte erklärt, eritreische Einheiten hätten Stellungen bezogen.",
        published="2027-02-10", lang="de")
    assert [s.speaker.text for s in record.statements] == ["Minister Tesfay Woldemichael", "Die äthiopische Regierung"]


@pytest.mark.parametrize("text, speakers", [
    ("Gemeldet haben sich 9.800 Freiwillige. Erwartet wurden 12.000. Eine Sprecherin des Ministeriums sagte, man "
     "prüfe die Zahlen.", ["Eine Sprecherin des Ministeriums"]),
    ("Der Verein verlor zum fünften Mal in Folge und steht auf Platz 17. Der Trainer sagte, man müsse nun "
     "zusammenhalten.", ["Der Trainer"]),
    # a score is no ordinal: any capitalised word after its full stop opens the next sentence
    ("Der Meister verlor am Sonntag beim FC Thun mit 1:2. FCZ-Trainer Marco Landolt sprach von einer Lektion.",
     ["FCZ-Trainer Marco Landolt"]),
])
def test_a_number_at_a_sentences_end_ends_the_sentence(text, speakers):
    record = whosaid.analyze(text, published="2027-02-10", lang="de")
    assert [s.speaker.text for s in record.statements] == speakers


@pytest.mark.parametrize("text", [
    "Die Feuerwehr teilte mit, das Feuer sei gelöscht. Die Ursache sei noch unklar, hieß es weiter.",
    "Das Landgericht hat die Klage abgewiesen, teilte das Gericht mit. Der Bescheid wurde am Montag zugestellt. Die "
    "Frist sei versäumt worden, hieß es zur Begründung.",
])
def test_an_impersonal_cue_naming_no_source_goes_on_with_the_statement_just_before(text):
    record = whosaid.analyze(text, published="2027-02-10", lang="de")
    first, then = record.statements[0], record.statements[-1]
    assert then.cue.lemma == "heißen" and then.speaker is None and then.continues == first.id


def test_a_quoted_title_in_a_compound_opens_no_quote_of_its_own():
    record = whosaid.analyze(
        "Die Ministerin forderte mehr Geld für den Wohnbau. Schon am Sonntag hatte sie in der ORF-„Pressestunde“ "
        "erklärt, ihre Partei werde einem Auslaufen nicht zustimmen.", published="2027-02-10", lang="de")
    said = record.statements[-1]
    assert (said.speaker.text, said.cue.lemma) == ("sie", "erklären")
    assert said.content.text == "ihre Partei werde einem Auslaufen nicht zustimmen"


@pytest.mark.parametrize("text, speaker", [
    ("„Das ganze Haus hat gewackelt“, erzählte ein 68 Jahre alter Nachbar, der gegenüber wohnt.",
     "ein 68 Jahre alter Nachbar"),
    ("Eine 52 Jahre alte Zeugin sagte, sie habe zwei Männer gesehen.", "Eine 52 Jahre alte Zeugin"),
])
def test_an_age_in_years_before_alt_belongs_to_the_speaker_noun(text, speaker):
    record = whosaid.analyze(text, published="2027-02-10", lang="de")
    assert record.statements[0].speaker.text == speaker


def test_a_possessive_after_an_inverted_speaker_opens_the_object():
    record = whosaid.analyze(
        "Leipzig (dpa) – Die Stadt habe die Gefahr nicht dargelegt, begründeten die Richter ihre Entscheidung am "
        "Freitag. Der Sprecher seiner Partei sagte, das sei falsch.", published="2026-03-07", lang="de")
    assert [s.speaker.text for s in record.statements if s.speaker] == ["die Richter", "Der Sprecher seiner Partei"]


def test_a_quoted_name_in_a_compound_is_the_name():
    record = whosaid.analyze(
        "Berlin (dpa) – Das Bundesinnenministerium hat einen Bericht der „Bild“-Zeitung zurückgewiesen, wonach die "
        "Kontrollen an den Landgrenzen im Frühjahr auslaufen sollen.", published="2026-03-07", lang="de")
    report = next(s for s in record.statements if s.speaker and "Bericht" in s.speaker.text)
    assert report.speaker.resolved == "Bild"


@pytest.mark.usefixtures("nlp")
def test_what_someone_wrote_of_is_reported_like_what_they_spoke_of():
    _, statement = only_statement("Der Kritiker Jonas Wehrle schrieb von einem »mutigen, aber zähen Abend«.",
                                  lemma="schreiben")
    assert statement.speaker is not None and statement.speaker.text == "Der Kritiker Jonas Wehrle"
    assert "mutigen, aber zähen Abend" in statement.content.text


def test_a_demanded_prison_term_is_the_object_not_a_time_adjunct(nlp):
    """"forderte fünf Jahre Haft": the duration is what is demanded; "am Montag" before an object is no part of it."""
    doc = nlp("Die Staatsanwaltschaft hatte am Montag fünf Jahre und drei Monate Haft gefordert. "
              "Die Verteidigung forderte zwei Jahre.")
    assert [s.content[0].text for s in doc._.statements] == ["fünf Jahre und drei Monate Haft", "zwei Jahre"]


def test_a_source_cited_with_a_genitive_attribute_leaves_the_reported_clause_whole(nlp):
    """"hatte unter Berufung auf einen Vermerk des Beschaffungsamts in Koblenz berichtet, …": the genitive and the
    place belong to the cited source, no object of "berichtet"; the clause after the comma is what was reported."""
    doc = nlp("Das Magazin hatte unter Berufung auf einen internen Vermerk des Beschaffungsamts in Koblenz "
              "berichtet, die Panzer würden erst 2031 geliefert.")
    assert {s.content[0].text for s in doc._.statements} == {"die Panzer würden erst 2031 geliefert"}


def test_a_quoted_name_after_an_organisation_word_is_no_quotation(nlp):
    """"der Verein „Land schafft Verbindung“": a name, though it holds a verb; it is neither a quotation nor the
    content of the verb after it."""
    doc = nlp("Der Veranstalter, der Verein „Land schafft Verbindung“, begrüßte die Entscheidung. Das Magazin „Wir "
              "sind Helden“ berichtete, der Vorstand sei zurückgetreten.")
    contents = [s.content[0].text for s in doc._.statements]
    assert "Land schafft Verbindung" not in contents and "Wir sind Helden" not in contents
    assert "der Vorstand sei zurückgetreten" in contents


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("text, content, inner", [
    ("Die Polizei teilte mit, nach Angaben von Zeugen sei der Wagen zu schnell gefahren.",
     "nach Angaben von Zeugen sei der Wagen zu schnell gefahren", "sei der Wagen zu schnell gefahren"),
    ("Die Polizei teilte mit, der Wagen sei laut Zeugen zu schnell gefahren.",
     "der Wagen sei laut Zeugen zu schnell gefahren", "der Wagen sei … zu schnell gefahren"),
])
def test_a_source_inside_reported_content_reaches_us_via_the_reporter(text, content, inner):
    record = whosaid.analyze("Athen (dpa) – " + text, published="2026-12-04", lang="de")
    police, witnesses = record.statements
    assert (police.speaker.text, police.content.text) == ("Die Polizei", content)
    assert witnesses.via == police.id and witnesses.speaker.resolved == "Zeugen"
    parts = witnesses.content.parts
    assert (" … ".join(p.text for p in parts) if parts else witnesses.content.text) == inner


@pytest.mark.usefixtures("nlp")
def test_what_a_speaker_knows_so_far_is_no_source_of_its_own():
    record = whosaid.analyze("Athen (dpa) – Das Auswärtige Amt in Berlin teilte mit, es gebe nach bisherigen "
                             "Erkenntnissen keine Hinweise auf verletzte Deutsche.", published="2026-12-04", lang="de")
    (statement,) = record.statements
    assert (statement.speaker.resolved, statement.content.text) == (
        "Auswärtiges Amt", "es gebe nach bisherigen Erkenntnissen keine Hinweise auf verletzte Deutsche")
def _statements_of(nlp, text: str) -> list[tuple[str, str, str, int | None]]:
    """(cue lemma or "", kind, content, index of the statement continued) for each statement of `text`."""
    statements = nlp(text)._.statements
    index = {id(s): i for i, s in enumerate(statements)}
    return [(s.lemma, s.kind, " ".join(span.text for span in s.content),
             index.get(id(s.continues)) if s.continues is not None else None) for s in statements]


def test_a_speech_act_with_its_object_before_a_colon_is_continued_by_what_follows(nlp):
    """"forderte eine rasche Reform: „…“": the demand is reported with its object; the quote, or the Konjunktiv
    clause, after the colon continues it. "sagte der Zeitung: „…“" names an addressee, and its quote is the content."""
    assert _statements_of(nlp, "Der Mieterbund forderte am Montag eine rasche Reform: „So kann es nicht "
                               "weitergehen.“") == [("fordern", "Reported", "eine rasche Reform", None),
                                                    ("", "Direct", "So kann es nicht weitergehen.", 0)]
    assert _statements_of(nlp, "Die Ministerin bot ein Gespräch an: „Wir wollen eine Lösung.“") == [
        ("anbieten", "Reported", "ein Gespräch", None), ("", "Direct", "Wir wollen eine Lösung.", 0)]
    assert _statements_of(nlp, "Die Bürgermeisterin kritisierte die Pläne des Landes: Man habe die Gemeinden "
                               "nicht gefragt.") == [
        ("kritisieren", "Reported", "die Pläne des Landes", None),
        ("", "IndirectFreeIndirect", "Man habe die Gemeinden nicht gefragt", 0)]
    assert _statements_of(nlp, "Der Minister sagte der Zeitung am Montag: „Wir bleiben dabei.“") == [
        ("sagen", "Direct", "Wir bleiben dabei.", None)]


def test_a_fronted_object_before_a_colon_is_what_the_speaker_after_the_verb_denies_or_concedes(nlp):
    """"Fehler bei der Planung räumte er ein: …", "Diese Summe wies die Ministerin zurück: …": the noun phrase before
    the verb is the object, the speaker follows the verb; the Konjunktiv after the colon continues the statement."""
    assert _statements_of(nlp, "Fehler bei der Planung räumte er ein: Die Prüfung habe zu lange gedauert.") == [
        ("einräumen", "Reported", "Fehler bei der Planung", None),
        ("", "IndirectFreeIndirect", "Die Prüfung habe zu lange gedauert", 0)]
    doc = nlp("Diese Summe wies Finanzministerin Anna Huber zurück: Es handle sich um eine Schätzung.")
    denial = doc._.statements[0]
    assert (denial.speaker.text, denial.content[0].text) == ("Finanzministerin Anna Huber", "Diese Summe")


def test_an_act_told_in_konjunktiv_is_part_of_the_report_around_it(nlp):
    """"Man habe eine Erhöhung angeboten, teilte der Verband mit": the offer is what the association reports, no
    statement of its own; after a statement, "Der Konzern habe den Rückruf angeordnet" continues it."""
    assert _statements_of(nlp, "Man habe in der zweiten Runde eine Erhöhung um vier Prozent angeboten, teilte der "
                               "Verband mit.") == [
        ("mitteilen", "Indirect", "Man habe in der zweiten Runde eine Erhöhung um vier Prozent angeboten", None)]
    assert _statements_of(nlp, "Der Autobauer ruft 5000 Wagen zurück, berichtete die Zeitung. Der Konzern habe "
                               "den Rückruf selbst angeordnet.") == [
        ("berichten", "Indirect", "Der Autobauer ruft 5000 Wagen zurück", None),
        ("", "IndirectFreeIndirect", "Der Konzern habe den Rückruf selbst angeordnet", 0)]


def test_denied_accusations_answer_the_party_that_made_them_not_the_press_report(nlp):
    """"hat Vorwürfe des Händlers zurückgewiesen, …": the accusation is the retailer's own statement ("Der Konzern
    hatte erklärt, …"), not the newspaper's report about the dispute, when neither is named as its source."""
    doc = nlp("Die Molkerei hat Vorwürfe des Händlers Kaufstein zurückgewiesen, sie verlange zu hohe Preise. Die "
              "Zeitung hatte berichtet, Kaufstein habe Artikel ausgelistet. Der Konzern hatte erklärt, einige "
              "Lieferanten hätten ihre Preise stark erhöht.")
    denial = next(s for s in doc._.statements if s.lemma == "zurückweisen")
    assert denial.refers_to is not None and denial.refers_to.lemma == "erklären"


def test_declining_to_comment_is_no_statement(nlp):
    """"äußerte sich nicht zu den Vorwürfen", "wollte sich nicht äußern": nothing was said."""
    assert _statements_of(nlp, "Die Firma äußerte sich zunächst nicht zu den Vorwürfen.") == []
    assert _statements_of(nlp, "Der Minister äußerte sich zufrieden: „Das ist ein gutes Ergebnis.“") == [
        ("äußern", "Direct", "Das ist ein gutes Ergebnis.", None)]


def test_a_demanded_promise_is_the_demands_object_with_its_clause(nlp):
    """ "verlangte eine Zusage des Vorstands, dass …": the clause tells what the demanded promise is to say; the board
    promised nothing, so the cue noun makes no statement of its own."""
    assert _statements_of(nlp, "Die Elternvertreter verlangten eine Zusicherung des Schulamts, dass keine Klasse "
                               "aufgelöst wird.") == [
        ("verlangen", "Reported", "eine Zusicherung des Schulamts, dass keine Klasse aufgelöst wird", None)]


def test_a_concession_only_owed_is_no_statement(nlp):
    """ "muss einräumen" (an obligation still open) and "musste nicht zugeben" tell no concession; "musste einräumen"
    does (see test_verb_frames)."""
    assert _statements_of(nlp, "Die Stadträtin muss einräumen, dass das Budget überschritten wird.") == []
    assert _statements_of(nlp, "Der Kapitän musste nicht zugeben, dass er den Kurs verlassen hatte.") == []


def test_what_someone_has_said_through_a_lawyer_is_their_statement(nlp):
    """"ließ über seinen Anwalt mitteilen", "hatte einräumen lassen": the infinitive under "lassen" is the cue, the
    subject of "lassen" the speaker."""
    assert _statements_of(nlp, "Er sei unschuldig, ließ der Politiker über seinen Anwalt mitteilen.") == [
        ("mitteilen", "Indirect", "Er sei unschuldig", None)]
    doc = nlp("Der Angeklagte hatte über seinen Verteidiger einräumen lassen, die Frau nicht gesehen zu haben.")
    [concession] = doc._.statements
    assert (concession.lemma, concession.stance, concession.speaker.text, concession.content[0].text) == (
        "einräumen", "concede", "Der Angeklagte", "die Frau nicht gesehen zu haben")
    assert _statements_of(nlp, "Die Polizei ließ die Fahrer lange warten.") == []


def test_a_second_cue_verb_after_a_comma_shares_the_subject_of_the_first(nlp):
    """"lobte den Einsatz, mahnte aber mehr Personal an", "äußerte sich zufrieden, kritisierte aber …": the verb
    after the comma is a second speech act of the sentence's subject, not a frame after content."""
    assert _statements_of(nlp, "Der Verband äußerte sich zufrieden, kritisierte aber die lange Dauer.") == [
        ("kritisieren", "Reported", "die lange Dauer", None)]
    doc = nlp("Die Gewerkschaft lobte den Einsatz, mahnte aber mehr Personal für die Ermittler an.")
    assert [(s.lemma, s.speaker.text, s.content[0].text) for s in doc._.statements] == [
        ("loben", "Die Gewerkschaft", "den Einsatz"),
        ("anmahnen", "Die Gewerkschaft", "mehr Personal für die Ermittler")]
    assert _statements_of(nlp, "Die Lage ist ernst, sagte der Minister.") == [
        ("sagen", "Indirect", "Die Lage ist ernst", None)]


def test_a_speaker_right_after_the_cue_verb_after_a_comma_frames_the_clause_before(nlp):
    """"Der Minister lehnt einen Rücktritt ab, sagte eine Sprecherin": a phrase that can speak right after the verb
    and closing its clause is that verb's own subject; the clause before, speech act and all, is what it said (never
    the minister saying "eine Sprecherin")."""
    doc = nlp("Der Minister lehnt einen Rücktritt ab, sagte eine Sprecherin am Montag.")
    assert sorted((s.lemma, s.speaker.text, s.content[0].text) for s in doc._.statements) == [
        ("ablehnen", "Der Minister", "einen Rücktritt"),
        ("sagen", "eine Sprecherin", "Der Minister lehnt einen Rücktritt ab")]
    doc = nlp("Die Reederei weist den Bericht zurück, teilte das Unternehmen in Hamburg mit.")
    assert sorted((s.lemma, s.speaker.text, s.content[0].text) for s in doc._.statements) == [
        ("mitteilen", "das Unternehmen", "Die Reederei weist den Bericht zurück"),
        ("zurückweisen", "Die Reederei", "den Bericht")]


def test_a_particle_cue_read_as_an_adverb_in_a_reported_clause_is_its_finite_verb(nlp):
    """"sagte, man weise den Bericht zurück": the tagger reads "weise" as an adverb; second in the reported clause,
    with the particle closing it, it is the Konjunktiv of "zurückweisen", so the clause is the content."""
    assert _statements_of(nlp, "Ein Sprecher sagte am Montag, man weise den Bericht zurück.") == [
        ("sagen", "Indirect", "man weise den Bericht zurück", None)]
    doc = nlp("Die Sprecherin sagte, die Firma weise die Darstellung zurück.")
    verb = next(t for t in doc if t.text == "weise")
    assert (verb.tag_, verb.lemma_, verb.morph.get("Mood")) == ("VVFIN", "zurückweisen", ["Sub"])


def test_advice_and_warnings_to_someone_report_the_zu_infinitive(nlp):
    """"riet betroffenen Haltern, … zu fahren", "riet dringend davon ab, … zu steigen", "warnte Kunden davor, … zu
    antworten": the person addressed is no content; the zu-infinitive after the comma is what was said (Indirect)."""
    assert _statements_of(nlp, "Der Automobilclub riet betroffenen Haltern, bei Regen langsam zu fahren.") == [
        ("raten", "Indirect", "bei Regen langsam zu fahren", None)]
    assert _statements_of(nlp, "Der Experte riet dringend davon ab, bei Sturm auf die Berge zu steigen.") == [
        ("abraten", "Indirect", "bei Sturm auf die Berge zu steigen", None)]
    assert _statements_of(nlp, "Die Polizei warnte Kunden davor, auf die Mails zu antworten.") == [
        ("warnen", "Indirect", "auf die Mails zu antworten", None)]


def test_pleading_for_a_sentence_and_defending_a_plan_are_reported_speech_acts(nlp):
    """"plädierte auf einen Freispruch" / "für eine milde Strafe" demand; "verteidigte den Gesetzentwurf am
    Donnerstag" defends the bill (the day dates the act); "verteidigte ihren Titel" is sport, no speech."""
    assert _statements_of(nlp, "Die Verteidigung plädierte auf einen Freispruch.") == [
        ("plädieren", "Reported", "auf einen Freispruch", None)]
    assert _statements_of(nlp, "Die Anwältin plädierte für eine milde Strafe.") == [
        ("plädieren", "Reported", "für eine milde Strafe", None)]
    assert _statements_of(nlp, "Die Staatssekretärin verteidigte den Gesetzentwurf am Donnerstag im Bundestag.") == [
        ("verteidigen", "Reported", "den Gesetzentwurf", None)]
    assert _statements_of(nlp, "Die Läuferin verteidigte ihren Titel im Sprint.") == []


def test_what_comes_out_of_a_report_is_attributed_to_the_report(nlp):
    """"Das geht aus der Bilanz des Wetterdienstes hervor" attributes the sentence before to the balance; "wie aus
    Daten des Instituts hervorgeht" the clause before it; a sentence that names its source already ("einer Studie
    zufolge") is not attributed twice, and "ging als Siegerin aus der Wahl hervor" reports nothing."""
    doc = nlp("Der Sommer war einer der trockensten seit Beginn der Messungen. Das geht aus der Bilanz des "
              "Wetterdienstes hervor, die am Montag veröffentlicht wurde.")
    [balance] = doc._.statements
    assert (balance.lemma, balance.speaker.text, balance.content[0].text) == (
        "hervorgehen", "der Bilanz des Wetterdienstes", "Der Sommer war einer der trockensten seit Beginn der Messungen")
    doc = nlp("Das Eis ist auf die zweitkleinste Fläche geschrumpft, wie aus Daten des Polarinstituts hervorgeht.")
    [data] = doc._.statements
    assert (data.speaker.text, data.content[0].text) == (
        "Daten des Polarinstituts", "Das Eis ist auf die zweitkleinste Fläche geschrumpft")
    lemmas = [s[0] for s in _statements_of(nlp, "Jeder dritte Schüler fühlt sich einer Studie zufolge einsam. Das "
                                                "geht aus einer Umfrage der Universität hervor, für die 900 "
                                                "Schüler befragt wurden.")]
    assert lemmas == ["zufolge"]
    assert _statements_of(nlp, "Die Partei ging als Siegerin aus der Wahl hervor.") == []


def test_konjunktiv_sentences_after_a_colon_continuation_form_one_statement(nlp):
    """"kritisierte die Pläne: Man habe … Passagiere könnten …": the Konjunktiv sentence after the one that
    follows the colon goes on with it, as consecutive continuations do."""
    assert _statements_of(nlp, "Die Sprecherin kritisierte die Informationspolitik: Man habe von der Störung erst "
                               "spät erfahren. Passagiere könnten kostenlos umbuchen.") == [
        ("kritisieren", "Reported", "die Informationspolitik", None),
        ("", "IndirectFreeIndirect", "Man habe von der Störung erst spät erfahren. Passagiere könnten kostenlos "
                                     "umbuchen", 0)]


def test_a_cue_in_a_relative_clause_after_a_preposition_frames_nothing(nlp):
    """"Der Vermerk, aus dem das Magazin zitiere, stamme aus dem Sommer": the relative clause describes the memo;
    the sentence continues the statement before it."""
    statements = _statements_of(nlp, "Der Minister räumte Mängel ein. Diese seien inzwischen behoben. Der "
                                     "Vermerk, aus dem das Magazin zitiere, stamme aus dem Sommer.")
    assert [s[0] for s in statements] == ["einräumen", ""]
    assert statements[1][2].endswith("stamme aus dem Sommer")


def test_a_speaker_title_with_a_truncated_compound_is_one_phrase(nlp):
    """"sagte Gesundheits- und Sozialdirektorin Regula Amstutz": "Gesundheits-" joins the noun after "und"; the
    phrase is the speaker after the verb, the quote before it the content."""
    doc = nlp("«Wir bleiben bei unserem Plan», sagte Bildungs- und Kulturdirektorin Vera Imhof an einer "
              "Medienkonferenz.")
    [said] = doc._.statements
    assert (said.kind, said.speaker.text, said.content[0].text) == (
        "Direct", "Bildungs- und Kulturdirektorin Vera Imhof", "Wir bleiben bei unserem Plan")


def test_an_answer_to_an_act_inside_a_report_answers_the_report(nlp):
    """"Nowak sagte, er rechne mit einer knappen Entscheidung. Der Landkreis widersprach dieser Darstellung": the
    expectation told in Konjunktiv is no statement of its own; the objection answers Nowak's statement."""
    doc = nlp("Piotr Nowak sagte, er rechne mit einer knappen Entscheidung. Der Landkreis widersprach dieser "
              "Darstellung.")
    statements = doc._.statements
    assert [s.lemma for s in statements] == ["sagen", "widersprechen"]
    assert statements[1].refers_to is statements[0]


@pytest.mark.parametrize("frame, stance", [("bestreitet jede Kenntnis von den Vorgängen", "deny"),
                                           ("hat die Nominierung in einer Mail bestätigt", "confirm"),
                                           ("lehnte eine Ausdehnung des Verbots ab", "assert")])
def test_a_quote_after_a_denial_or_confirmation_and_a_colon_is_what_is_denied_or_confirmed(frame, stance):
    record = whosaid.analyze(f"Mainz (dpa) – Staatssekretär Harald Stegemann {frame}: „Wenn ich davon gewusst "
                             "hätte, hätte ich gehandelt.“", published="2026-12-04", lang="de")
    act, quote = record.statements
    assert (quote.continues, quote.kind, quote.stance) == (act.id, "Direct", stance)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # a strong participle ("bestritten") the tagger reads as an infinitive, after "hat"/"hatte"
        ("Im Untreue-Prozess hat der Angeklagte am Mittwoch alle Vorwürfe bestritten.", "der Angeklagte",
         "alle Vorwürfe"),
        ("Die Reederei hatte die Vorwürfe bestritten.", "Die Reederei", "die Vorwürfe"),
    ],
)
def test_a_strong_participle_read_as_an_infinitive_is_still_the_cue(text, speaker, content):
    _, found = only_statement(text, lemma="bestreiten")
    assert (found.kind, found.stance, found.speaker.text, found.content.text) == ("Reported", "deny", speaker, content)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text",
    [
        "Gericht verurteilt früheren Bürgermeister",
        "Das Landgericht hat drei Männer zu langen Haftstrafen verurteilt.",
        "Das Amtsgericht verurteilte den Mann wegen Betrugs.",
        "Zudem ordnete das Gericht die Einziehung von 12 Millionen Euro an.",
    ],
)
def test_a_court_sentencing_someone_reports_no_speech(text):
    record = whosaid.analyze(text, published="2026-12-10", lang="de")
    assert record.statements == []


@pytest.mark.usefixtures("nlp")
def test_condemning_an_act_is_still_a_statement():
    _, found = only_statement("Die Bundesregierung verurteilte den Angriff auf das Gericht in Kabul.", lemma="verurteilen")
    assert found.content.text == "den Angriff auf das Gericht in Kabul"


@pytest.mark.usefixtures("nlp")
def test_a_spokesman_saying_one_would_not_comment_is_a_statement():
    _, found = only_statement("Ein Sprecher des Ministeriums sagte auf Anfrage, man äußere sich nicht zu internen "
                              "Entwürfen.", lemma="sagen")
    assert found.content.text == "man äußere sich nicht zu internen Entwürfen"


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "sentence, stance",
    [
        ("Er weise die Vorwürfe entschieden zurück.", "deny"),  # "weise", read as an adverb, is the Konjunktiv cue
        ("Die Vorwürfe weise er zurück.", "deny"),
        ("Er habe die Frau gedrängt, ihr Geld einem Kollegen zu übergeben.", "assert"),  # an act he reports
    ],
)
def test_a_konjunktiv_speech_act_of_a_pronoun_continues_the_statement_before(sentence, stance):
    record = whosaid.analyze("Ein Polizeisprecher sagte am Montag, der Anrufer habe sich als Beamter ausgegeben. "
                             + sentence, published="2026-12-07", lang="de")
    first, second = record.statements
    assert (second.kind, second.stance, second.continues, second.cue) == ("IndirectFreeIndirect", stance, first.id,
                                                                          None)
    assert second.content.text == sentence.rstrip(".")


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "sentence",
    [
        "Entlassungen seien nach bisherigem Stand nicht geplant.",
        "Nach ersten Erkenntnissen habe der Brand im Keller begonnen.",
        "Die Kosten lägen nach derzeitigem Stand bei rund zwei Millionen Euro.",
    ],
)
def test_a_source_phrase_without_owner_in_a_konjunktiv_sentence_continues_the_statement_before(sentence):
    record = whosaid.analyze("Die Zeitung schrieb am Mittwoch, der Konzern wolle ein Werk schließen. " + sentence,
                             published="2026-12-07", lang="de")
    report, second = record.statements
    assert (second.kind, second.cue, second.continues) == ("IndirectFreeIndirect", None, report.id)
    assert second.content.text == sentence.rstrip(".")


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "sentence, kind",
    [
        # "demnach" after a Konjunktiv (or a modal's past form) goes on with the report as its continuation
        ("Frei werdende Stellen sollten demnach nicht wieder besetzt werden.", "IndirectFreeIndirect"),
        ("Rund 3000 Beschäftigte wären demnach betroffen.", "IndirectFreeIndirect"),
        # opening the sentence before a Konjunktiv it goes on with the report as well
        ("Demnach würden rund 3000 Stellen bis 2030 wegfallen.", "IndirectFreeIndirect"),
        ("Demnach seien vor allem die Werke im Osten betroffen.", "IndirectFreeIndirect"),
        # opening the sentence before an indicative, it is the cue of the report's source
        ("Demnach sollen rund 3000 Stellen wegfallen.", "Indirect"),
    ],
)
def test_demnach_in_a_konjunktiv_clause_continues_the_report(sentence, kind):
    record = whosaid.analyze("Die Zeitung schrieb am Mittwoch, das Ministerium wolle Stellen streichen. " + sentence,
                             published="2026-12-07", lang="de")
    report, second = record.statements
    assert second.kind == kind
    if kind == "IndirectFreeIndirect":
        assert (second.cue, second.continues, second.content.text) == (None, report.id, sentence.rstrip("."))
    else:
        assert second.cue.lemma == "demnach"


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text",
    [
        "Die „Börsen-Zeitung“ hatte berichtet, die Bank steuere auf einen Verlust zu.",
        "Die spanische Sportzeitung „Marca“ hatte berichtet, der Verein habe sich geeinigt.",
        # the outlet whose report is denied is the report's source, not the channel of the denial
        "Das Ministerium hat einen Bericht der „Neuen Zürcher Zeitung“ dementiert, wonach es mehr Geld beantragt habe.",
    ],
)
def test_an_outlet_that_speaks_or_whose_report_is_answered_is_no_medium(text):
    record = whosaid.analyze(text, published="2026-12-07", lang="de")
    assert record.statements and all(s.medium is None for s in record.statements)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, medium",
    [
        ("„Das war reine Nervensache“, sagte die Biathletin am Samstagabend im ZDF.", "ZDF"),
        ("„Wir wollen mehr“, sagte Direktorin Regula Amstutz an einer Medienkonferenz.", "Medienkonferenz"),
        ("„Wer bei der Kultur spart, spart an der Demokratie“, sagte die Präsidentin in ihrer Eröffnungsrede.",
         "Eröffnungsrede"),
        ("„Der Trend ist eindeutig“, sagte der Klimatologe bei der Präsentation in Wien.", "Präsentation"),
        ("„Wir haben den Kopf verloren“, sagte die Torhüterin nach dem Spiel bei DAZN.", "DAZN"),
        ("„Wir haben zu spät reagiert“, sagte der Kapitän nach dem Spiel bei MagentaSport.", "MagentaSport"),
        # a meeting addressed
        ("„Kein Standort wird geschlossen“, sagte die Chefin auf einer Mitarbeiterversammlung in Kassel.",
         "Mitarbeiterversammlung"),
    ],
)
def test_a_broadcaster_a_press_conference_or_a_speech_beside_the_cue_is_the_medium(text, medium):
    _, found = only_statement(text, lemma="sagen")
    assert found.medium == medium


@pytest.mark.usefixtures("nlp")
def test_a_quote_after_the_colon_of_a_demand_continues_it():
    record = whosaid.analyze("Verbandspräsident Klaus Overbeck forderte, die Vertiefung der Fahrrinne endlich "
                             "umzusetzen: „Wir reden seit zwanzig Jahren, jetzt muss gebaggert werden.“",
                             published="2026-12-07", lang="de")
    demand, quote = record.statements
    assert (demand.stance, demand.content.text) == ("demand", "die Vertiefung der Fahrrinne endlich umzusetzen")
    assert (quote.kind, quote.speaker, quote.continues) == ("Direct", None, demand.id)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("outlet", ["Die „Thüringer Allgemeine“", "Die „Süddeutsche Zeitung“"])
def test_a_newspaper_named_by_adjectives_alone_is_the_speaker(outlet):
    _, found = only_statement(f"{outlet} hatte am Dienstag berichtet, die Landesregierung wolle den Standort "
                              "schließen.", lemma="berichten")
    assert found.speaker.text == outlet


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, lemma, medium",
    [
        # after the speaker's apposition
        ("„Wir greifen keine zivilen Ziele an“, sagte der Sprecher des Generalstabs, Dmytro Lyssenko, am Dienstag im "
         "ukrainischen Fernsehen.", "sagen", "Fernsehen"),
        ("Moskau wolle damit ablenken, schrieb die 44-Jährige auf X.", "schreiben", "X"),
        # past the quoted name of the speaker
        ("Die Schließung verletze das Recht der Kinder, schrieb die Initiative „Freie Schule Allgäu“ in einem Brief "
         "an den Landrat.", "schreiben", "Brief"),
        # a frame inside an agency's report takes the medium of its own clause
        ("Wie die Agentur IRNA berichtet, erklärte Kamrani am Montag auf seiner wöchentlichen Pressekonferenz, die "
         "Schleusen seien geschlossen.", "erklären", "Pressekonferenz"),
        ("In ihrer Dankesrede kündigte die Autorin an, ihren Verlag zu verlassen.", "ankündigen", "Dankesrede"),
    ],
)
def test_the_medium_beside_a_frame(text, lemma, medium):
    _, found = only_statement(text, lemma=lemma)
    assert found.medium == medium


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, medium",
    [
        # the reasoning of a judgment is a text, a medium "in" it; "bei der Urteilsbegründung" is the hearing,
        # "zur Begründung" the purpose
        ("Die Firma habe vorsätzlich gehandelt, sagte der Richter in der Urteilsbegründung.", "Urteilsbegründung"),
        ("Die Firma habe vorsätzlich gehandelt, sagte der Richter bei der Urteilsbegründung.", None),
        ("Die Firma habe vorsätzlich gehandelt, hieß es zur Begründung.", None),
        ("Die Firma habe vorsätzlich gehandelt, schrieb der Richter in einem Schreiben an die Parteien.", "Schreiben"),
        # a medium word is the channel only after a medium preposition: "sagte er der Zeitung X" names whom he told
        ("Die Firma habe vorsätzlich gehandelt, sagte der Richter der Zeitung „Kurier“.", None),
        ("Die Firma habe vorsätzlich gehandelt, erklärte der Richter in einer vom Sender ORF übertragenen Ansprache.",
         "Ansprache"),
    ],
)
def test_a_text_is_a_medium_only_where_the_statement_stands_in_it(text, medium):
    record = whosaid.analyze(text, published="2026-12-07", lang="de")
    (found,) = record.statements
    assert found.medium == medium or medium is not None and found.medium.endswith(" " + medium)


@pytest.mark.usefixtures("nlp")
def test_darin_beside_a_cue_refers_to_the_medium_of_the_statement_before():
    record = whosaid.analyze("„Wir bleiben in Graz“, schrieb Direktorin Eva Huber in einem Brief an das Personal. "
                             "Die 51-Jährige räumte darin aber ein, dass einzelne Abteilungen verkleinert würden.",
                             published="2026-12-07", lang="de")
    first, second = record.statements
    assert (first.medium, second.medium) == ("Brief", "Brief")


@pytest.mark.usefixtures("nlp")
def test_a_broadcaster_told_in_the_dative_is_no_medium():
    _, found = only_statement("„So ein Wasser hab ich nicht gesehen“, sagte der Bürgermeister dem ORF Steiermark.",
                              lemma="sagen")
    assert found.medium is None


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("opening", ["Skeptischer", "Zurückhaltender"])
def test_a_comparative_opening_the_frame_is_no_speaker(opening):
    _, found = only_statement(f"{opening} äußerte sich Jefferies-Analystin Laura Whitfield: Das Wachstum in den USA "
                              "werde sich im kommenden Jahr abschwächen.", lemma="äußern")
    assert (found.kind, found.speaker.text) == ("Indirect", "Jefferies-Analystin Laura Whitfield")
    assert found.content.text == "Das Wachstum in den USA werde sich im kommenden Jahr abschwächen"


@pytest.mark.parametrize("second", ["Derzeit warteten rund 300 Familien auf einen Platz.",
                                    "Die Ausfälle kosteten die Gemeinden jedes Jahr rund zwei Millionen Euro."])
def test_a_past_looking_plural_with_a_word_of_the_present_continues_the_statement_before_it(second: str):
    """Konjunktiv II stands in for a Konjunktiv I that would read as indicative ("warten"): beside "derzeit" or
    "jedes Jahr" a past-looking plural is reported speech, right after a statement."""
    record = whosaid.analyze("Kassel (dpa/lhe) – Die Kitas der Stadt brauchen mehr Personal, sagte Sozialdezernentin "
                             "Miriam Kolb am Dienstag. " + second, published="2027-03-10", lang="de")
    first, then = record.statements
    assert (then.kind, then.continues, then.content.text) == ("IndirectFreeIndirect", first.id, second.rstrip("."))


def test_a_plural_past_without_a_word_of_the_present_stays_the_narrators():
    record = whosaid.analyze("Kassel (dpa/lhe) – Die Kitas der Stadt brauchen mehr Personal, sagte Sozialdezernentin "
                             "Miriam Kolb am Dienstag. Die Eltern protestierten vor dem Rathaus.",
                             published="2027-03-10", lang="de")
    assert len(record.statements) == 1


@pytest.mark.parametrize("first, second", [
    ("Das Blatt hatte am Sonntag berichtet, die Bahn wolle 40 Stellwerke stilllegen.",
     "Sie sollten durch digitale Technik ersetzt werden."),
    ("Der Zoodirektor sagte, der Bau des Geheges habe sich verzögert.",
     "Besucher sollten sich vorab im Internet über die Öffnungszeiten informieren."),
    ("Die Regierung müsse die Gespräche wieder aufnehmen, sagte ein Sprecher der Opposition.",
     "Beide Seiten sollten auf weitere Drohungen verzichten."),
])
def test_sollten_after_reported_speech_is_konjunktiv_ii_of_the_report(first: str, second: str):
    """The plural "sollten" right after a statement told in Konjunktiv stands in for "sollen", whose Konjunktiv I
    reads as indicative: it goes on with that statement."""
    record = whosaid.analyze("Kassel (dpa) – " + first + " " + second, published="2027-03-10", lang="de")
    said, then = record.statements
    assert (then.kind, then.continues, then.content.text) == ("IndirectFreeIndirect", said.id, second.rstrip("."))


@pytest.mark.parametrize("second", [
    "Auf die Frage, wann die Entscheidung falle, ging er nicht ein.",
    "Die Frage, ob weitere Werke betroffen seien, blieb offen.",
    "Der Sprecher ließ offen, ob der Konzern weitere Werke schließen werde.",
])
def test_a_konjunktiv_inside_an_asked_question_continues_no_statement(second: str):
    """The Konjunktiv of a question someone asked ("wann …", "ob …") is no speech of the last speaker when the
    sentence's own verb is indicative."""
    record = whosaid.analyze("Kassel (dpa) – Ein Sprecher des Konzerns sagte, man prüfe die Pläne. " + second,
                             published="2027-03-10", lang="de")
    assert len(record.statements) == 1
    assert record.statements[0].content.text == "man prüfe die Pläne"


@pytest.mark.parametrize("second, lemma, content", [
    ("Eine erneute Abstimmung im Stadtrat lehnte sie ab.", "ablehnen", "Eine erneute Abstimmung im Stadtrat"),
    ("Die Schließung weiterer Filialen wies sie zurück.", "zurückweisen", "Die Schließung weiterer Filialen"),
    # a party named inside the phrase's modifier is not its head
    ("Eine von der SPD geplante Sondersitzung lehnte sie ab.", "ablehnen", "Eine von der SPD geplante Sondersitzung"),
])
def test_a_pronoun_after_the_verb_speaks_when_the_fronted_phrase_cannot(second: str, lemma: str, content: str):
    """ "Eine Abstimmung lehnte sie ab": a thing before the verb cannot speak; the pronoun after the verb is the
    subject, the fronted phrase what was said."""
    record = whosaid.analyze("Kassel (dpa) – Bürgermeisterin Anna Vogt verteidigte den Haushalt. " + second,
                             published="2027-03-10", lang="de")
    found = next(s for s in record.statements if s.cue and s.cue.lemma == lemma)
    assert (found.content.text, found.speaker.text) == (content, second.split()[-2])
    assert found.speaker.resolved == "Anna Vogt"


@pytest.mark.parametrize("second", ["Die Höhe der Forderung nannte sie nicht.", "Eine Summe nannte er nicht."])
def test_a_withheld_amount_is_no_statement(second: str):
    record = whosaid.analyze("Kassel (dpa) – Ein Sprecher der Stadt bestätigte den Eingang einer Forderung. " + second,
                             published="2027-03-10", lang="de")
    assert [s.cue.lemma for s in record.statements] == ["bestätigen"]


@pytest.mark.parametrize("text, content", [
    ("Eine pauschale Angabe wie „für einen Angehörigen“ reiche nicht aus, sagte die Richterin am Dienstag.",
     "Eine pauschale Angabe wie „für einen Angehörigen“ reiche nicht aus"),
    ("Ein Hinweis auf „private Gründe“ reiche nicht aus, sagte der Anwalt.",
     "Ein Hinweis auf „private Gründe“ reiche nicht aus"),
])
def test_a_konjunktiv_after_quoted_words_keeps_the_whole_clause(text: str, content: str):
    """The verb after a few quoted words inside a reported clause is its Konjunktiv, not an adjective: what was
    said is the whole clause, not the quoted words."""
    record = whosaid.analyze("Karlsruhe (dpa) – " + text, published="2027-03-10", lang="de")
    assert [(s.kind, s.content.text) for s in record.statements] == [("Indirect", content)]


@pytest.mark.parametrize("second, content", [
    ("Darüber entschieden aber die Gemeinden selbst, betonte er.", "Darüber entschieden aber die Gemeinden selbst"),
    ("Dabei verloren die Kassen jedes Jahr Millionen, sagte er.", "Dabei verloren die Kassen jedes Jahr Millionen"),
])
def test_a_past_plural_that_looks_like_a_participle_in_second_place_is_the_finite_verb(second: str, content: str):
    """ "Darüber entschieden die Gemeinden": a strong plural past identical to its participle, second in a clause
    with no other finite verb, is the clause's finite verb, and the clause what was said."""
    record = whosaid.analyze("Kassel (dpa) – Bürgermeister Jan Roth räumte ein, dass die Stadt sparen müsse. " + second,
                             published="2027-03-10", lang="de")
    said = record.statements[-1]
    assert (said.kind, said.content.text, said.speaker.resolved) == ("Indirect", content, "Jan Roth")


def test_sollten_after_a_narrated_order_stays_the_narrators():
    """After the narrator's own past ("hatte … untersagt"), "sollten" tells what was planned then."""
    record = whosaid.analyze("Kassel (dpa) – Die Stadt hatte den Umzug mit der Begründung untersagt, die Brücke sei "
                             "zu schwach. Stattdessen sollten die Wagen durch die Altstadt fahren.",
                             published="2027-03-10", lang="de")
    assert not any("Wagen" in s.content.text for s in record.statements)


def test_a_sentence_after_a_rejected_report_continues_the_rejection_not_the_report():
    record = whosaid.analyze("Luzern (sda) – Einen Bericht der «Luzerner Zeitung», wonach die Klinik in Sursee "
                             "schliessen soll, wies Regierungsrätin Petra Gisler zurück. Der Standort bleibe "
                             "erhalten.", published="2027-03-10", lang="de")
    rejection = next(s for s in record.statements if s.cue and s.cue.lemma == "zurückweisen")
    then = next(s for s in record.statements if s.kind == "IndirectFreeIndirect")
    assert then.continues == rejection.id


@pytest.mark.parametrize(("text", "sentences"), [
    ("Er kündigte Berufung an. «Das Urteil ist falsch», sagte er.",
     ["Er kündigte Berufung an.", "«Das Urteil ist falsch», sagte er."]),
    ("Er kündigte Berufung an. „Das Urteil ist falsch“, sagte er.",
     ["Er kündigte Berufung an.", "„Das Urteil ist falsch“, sagte er."]),
    # a quoted name as the head of a compound is no quote
    ("Er kündigte Berufung an. „Presse“-Kritiker Max Roth widersprach.",
     ["Er kündigte Berufung an.", "„Presse“-Kritiker Max Roth widersprach."]),
])
def test_a_quote_mark_after_a_full_stop_opens_the_next_sentence(nlp, text, sentences):
    """The sentencizer keeps punctuation after a full stop with the sentence before it; whosaid_line_breaks moves an
    opening quote mark to the sentence it opens, so "kündigte Berufung an." keeps its particle out of the quote."""
    assert [s.text.strip() for s in nlp(text).sents] == sentences


def test_a_demonstrative_before_a_colon_frame_is_the_object_and_the_subject_follows_the_verb():
    record = whosaid.analyze("Anwohner berichteten, das Feuer sei in der Küche ausgebrochen. Das wollte die "
                             "Feuerwehrsprecherin nicht bestätigen: „Die Ursache ist noch völlig unklar.“",
                             published="2026-11-20", lang="de")
    quote = next(s for s in record.statements if s.content.text.startswith("Die Ursache"))
    assert quote.speaker is not None and quote.speaker.text == "die Feuerwehrsprecherin"


def test_a_participle_before_its_noun_taken_for_a_verb_does_not_cut_the_speaker():
    record = whosaid.analyze("Die Firma Kessler hat einen Bericht der „Times“ zurückgewiesen. Die britische Zeitung "
                             "hatte am Montag unter Berufung auf mit der Sache vertraute Personen berichtet, Kessler "
                             "verhandle mit einem Investor.", published="2026-11-20", lang="de")
    report = next(s for s in record.statements if s.content.text.startswith("Kessler verhandle"))
    assert report.speaker.text == "Die britische Zeitung" and report.speaker.resolved == "Times"


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Die Staatsanwaltschaft wirft ihm versuchten Totschlag vor.", "Die Staatsanwaltschaft", "versuchten Totschlag"),
        ("Die Anklage wirft ihr gewerbsmäßigen Betrug in 14 Fällen vor.", "Die Anklage",
         "gewerbsmäßigen Betrug in 14 Fällen"),
    ],
)
def test_a_participle_after_a_dative_pronoun_is_an_adjective_of_the_object(text, speaker, content):
    """ "wirft ihm versuchten Totschlag vor": a past form between a pronoun in the dative and a noun qualifies the
    noun, it is no second finite verb; the reproach is reported with its object."""
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    reported = [s for s in record.statements if s.kind == "Reported" and s.cue.lemma == "vorwerfen"]
    assert reported and reported[0].speaker.text == speaker and reported[0].content.text.endswith(content)


def test_a_source_phrase_ends_with_its_noun_phrase_before_the_object():
    record = whosaid.analyze("Der Verein hat Spielplätze in der Stadt untersucht. In drei Anlagen fanden die Tester "
                             "nach eigenen Angaben Schadstoffe in den Sandkästen.", published="2026-11-20", lang="de")
    speakers = [s.speaker.text for s in record.statements if s.speaker is not None]
    assert "eigenen Angaben" in speakers and not any("Schadstoffe" in s for s in speakers)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # reported speech after a colon that closes the narrator's clause is its subject's, not the last speaker's
        ("Der WWF kündigte eine Beschwerde an. Landesrat Georg Moser zeigte sich davon unbeeindruckt: Kärnten halte "
         "sich an die Vorgaben.", "Landesrat Georg Moser", "Kärnten halte sich an die Vorgaben"),
        ("„Wir haben gewonnen“, sagte Kapitän Tim Berg. Sein Trainer, der Finne Jari Laine, gab sich zurückhaltend: "
         "Im nächsten Spiel beginne alles wieder bei null.", "Sein Trainer, der Finne Jari Laine",
         "Im nächsten Spiel beginne alles wieder bei null"),
    ],
)
def test_konjunktiv_after_a_narrators_colon_is_said_by_the_clauses_subject(text, speaker, content):
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    matching = [s for s in record.statements if s.content.text == content]
    assert matching and matching[0].speaker is not None and matching[0].speaker.text == speaker
    assert matching[0].continues is None


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, lemma, absent",
    [
        # a source phrase with the postposition "zufolge" in the prefield is no subject of the verb after it
        ("Diplomaten zufolge drängen die USA die Regierung, die Grenze zu öffnen.", "drängen", "Diplomaten zufolge"),
        ("Ärzten zufolge fordern die Kliniken mehr Personal.", "fordern", "Ärzten zufolge"),
    ],
)
def test_a_zufolge_phrase_in_the_prefield_is_no_subject(text, lemma, absent):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    assert all(s.speaker is None or s.speaker.text != absent for s in record.statements if s.cue and s.cue.lemma == lemma)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # a verb that is a cue only with a word its clause lacks ("davon ausgehen") is no speech act whose subject the
        # cue after the comma shares: the clause is what was said
        ("Die Modelle gingen von sehr warmen Sommern aus, sagte sie.", "sie",
         "Die Modelle gingen von sehr warmen Sommern aus"),
        ("Die Planer gehen von zwei Jahren Bauzeit aus, sagte der Ingenieur.", "der Ingenieur",
         "Die Planer gehen von zwei Jahren Bauzeit aus"),
    ],
)
def test_a_clause_with_a_verb_that_is_no_cue_without_its_word_is_content(text, speaker, content):
    _, statement = only_statement(text, lemma="sagen")
    assert (statement.speaker.text, statement.content.text) == (speaker, content)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # a negated object after a second Konjunktiv verb of the reported clause is no speaker of a frame after content
        ("Ein Sprecher der Stadt sagte, man begrüße den Plan, kommentiere aber keine Gerüchte.", "Ein Sprecher der Stadt",
         "man begrüße den Plan, kommentiere aber keine Gerüchte"),
        ("Die Polizei erklärte, man ermittle in alle Richtungen, nenne aber keine Namen.", "Die Polizei",
         "man ermittle in alle Richtungen, nenne aber keine Namen"),
    ],
)
def test_a_negated_object_after_a_verb_is_no_speaker(text, speaker, content):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    assert [(s.speaker.text, s.content.text) for s in record.statements if s.speaker] == [(speaker, content)]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text",
    [
        # "gefordert sein", "aufgefordert sein": a state of whoever is called upon, no demand of theirs
        "Die Politik ist gefordert, endlich zu handeln.",
        "Die Eltern sind aufgefordert, ihre Kinder bis 14 Uhr abzuholen.",
    ],
)
def test_a_demand_participle_after_sein_is_no_statement_of_its_subject(text):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    assert not [s for s in record.statements if s.cue is not None]


def test_a_konjunktiv_sentence_with_gefordert_sein_continues_the_speaker_before():
    record = whosaid.analyze("Der Landeshauptmann sagte, das Land hätte sich mehr gewünscht. Die Spediteure seien "
                             "gefordert, mehr Güter auf die Schiene zu verlagern.", published="2021-12-10", lang="de")
    last = record.statements[-1]
    assert last.cue is None and last.continues == record.statements[0].id


@pytest.mark.parametrize(("text", "sentences"), [
    # a question or exclamation closing a quote ends no sentence when a comma and the frame follow
    ("Der Streit geht weiter. „Was soll das?“, fragte der Minister.",
     ["Der Streit geht weiter.", "„Was soll das?“, fragte der Minister."]),
    ("Der Streit geht weiter. »Das ist unerhört!«, rief die Abgeordnete.",
     ["Der Streit geht weiter.", "»Das ist unerhört!«, rief die Abgeordnete."]),
])
def test_a_quote_closed_by_a_question_mark_and_a_comma_runs_on_into_its_frame(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences


def test_the_frame_after_a_quoted_question_names_its_speaker():
    record = whosaid.analyze("Die Debatte wurde hitzig. „Wer soll das noch glauben?“, rief die Abgeordnete Sabine "
                             "Hollmann.", published="2026-11-20", lang="de")
    assert [(s.speaker.text, s.content.text) for s in record.statements if s.speaker] == [
        ("die Abgeordnete Sabine Hollmann", "Wer soll das noch glauben?")]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # after a verb with a dative object, the last "der" phrase after the subject is that object, not a genitive
        ("In der Debatte warf die Opposition der Landesregierung ein Verwirrspiel vor.", "die Opposition",
         "der Landesregierung ein Verwirrspiel"),
        ("Im Landtag warf der Chef der Linken der Regierung Versagen vor.", "der Chef der Linken",
         "der Regierung Versagen"),
        ("Am Montag widersprach die Vorsitzende der Gewerkschaft der Darstellung.",
         "die Vorsitzende der Gewerkschaft", "der Darstellung"),
        # in the perfect, the participle ends the middle field; a party after "der" stays the subject's
        ("Im Landtag hat die Opposition der Landesregierung vorgeworfen, die Schuldenbremse zu umgehen.",
         "die Opposition", "die Schuldenbremse zu umgehen"),
        ("Im Landtag hat die Fraktion der Grünen vorgeworfen, die Regierung trickse.", "die Fraktion der Grünen",
         "die Regierung trickse"),
        # the dative stands elsewhere: the genitive stays with the subject
        ("Zugleich warf die Sprecherin der Grünen dem Minister Versagen vor.", "die Sprecherin der Grünen",
         "dem Minister Versagen"),
        ("Der Darstellung widersprach die Vorsitzende der Gewerkschaft.", "die Vorsitzende der Gewerkschaft",
         "Der Darstellung"),
    ],
)
def test_a_der_phrase_after_the_subject_of_a_dative_cue_is_its_dative_object(text, speaker, content):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    assert [(s.speaker.text, s.content.text) for s in record.statements if s.speaker] == [(speaker, content)]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # an object cue under "lassen" is said through someone; "über" and the person through whom is no object
        ("Die Sängerin ließ Berichte über eine Trennung dementieren.", "Die Sängerin", "Berichte über eine Trennung"),
        ("Der Bürgermeister hatte die Vorwürfe über seinen Anwalt zurückweisen lassen.", "Der Bürgermeister",
         "die Vorwürfe"),
    ],
)
def test_an_object_cue_under_lassen_is_a_statement_of_the_subject(text, speaker, content):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    assert [(s.speaker.text, s.content.text) for s in record.statements if s.speaker] == [(speaker, content)]


def test_demnach_after_a_report_citing_a_source_goes_on_with_the_report():
    record = whosaid.analyze("Bis 2029 könnten 400 Stellen nach Bonn wandern, berichtete der „Kölner Stadt-Anzeiger“ "
                             "unter Berufung auf ein internes Papier. Demnach soll zunächst die Personalabteilung "
                             "umziehen.", published="2026-11-20", lang="de")
    demnach = next(s for s in record.statements if s.cue and s.cue.text == "Demnach")
    assert demnach.speaker is not None and "Stadt-Anzeiger" in demnach.speaker.text


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, expected",
    [
        # a second subject and object after a perfect cue and a comma share its auxiliary: a speech act of their own
        ("Die Anklage hatte sechs Jahre Haft gefordert, die Verteidigung auf Freispruch plädiert.",
         [("Die Anklage", "fordern", "sechs Jahre Haft"), ("die Verteidigung", "plädieren", "auf Freispruch")]),
        ("Die Staatsanwältin hatte drei Jahre Haft gefordert, der Verteidiger eine Bewährungsstrafe.",
         [("Die Staatsanwältin", "fordern", "drei Jahre Haft"), ("der Verteidiger", "fordern", "eine Bewährungsstrafe")]),
        # a relative clause after the object is no second speech act
        ("Die Partei hat Neuwahlen gefordert, die im Mai stattfinden sollen.", [("Die Partei", "fordern", "Neuwahlen")]),
    ],
)
def test_a_gapped_second_conjunct_is_a_speech_act_of_its_subject(text, expected):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    assert [(s.speaker.text, s.cue.lemma, s.content.text) for s in record.statements if s.speaker] == expected


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, content",
    [
        # a phrase of time or circumstance opening the middle field is no part of the object, with or without article
        ("Der Anwalt kündigte nach dem Urteil Revision an.", "Revision"),
        ("Der Verband forderte nach dem Unglück schärfere Kontrollen.", "schärfere Kontrollen"),
        ("Die Ministerin wies nach der Sitzung die Vorwürfe zurück.", "die Vorwürfe"),
    ],
)
def test_a_leading_adjunct_is_no_part_of_the_object_of_a_simple_past_cue(text, content):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    assert [s.content.text for s in record.statements] == [content]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker",
    [
        # a verb whose dative may be left out keeps the genitive with its subject
        ("Am Montag sagte die Sprecherin der Stadt, man prüfe den Fall.", "die Sprecherin der Stadt"),
        ("Am Abend teilte die Polizei der Stadt mit, der Täter sei gefasst.", "die Polizei der Stadt"),
        ("Darauf antwortete die Sprecherin der Stadt, man prüfe den Fall.", "die Sprecherin der Stadt"),
    ],
)
def test_a_genitive_after_the_subject_of_a_verb_with_an_optional_dative_stays_with_the_subject(text, speaker):
    record = whosaid.analyze(text, published="2021-12-10", lang="de")
    assert [s.speaker.text for s in record.statements if s.speaker] == [speaker]


@pytest.mark.parametrize(("text", "lemma", "speaker", "content"), [
    ("Der Trainer war wütend. „Was soll das?“, fragte er.", "fragen", "er", "Was soll das?"),
    ("Die Stimmung kippte. »Das lassen wir uns nicht gefallen!«, rief die Sprecherin der Anwohner.", "rufen",
     "die Sprecherin der Anwohner", "Das lassen wir uns nicht gefallen!"),
    ("„Erst wird gewartet, dann kommt die Absage. Wer soll das verstehen?“, sagte der Bürgermeister.", "sagen",
     "der Bürgermeister", "Erst wird gewartet, dann kommt die Absage. Wer soll das verstehen?"),
])
def test_a_quote_closed_by_a_question_or_exclamation_mark_keeps_its_frame_after_the_comma(text, lemma, speaker,
                                                                                          content):
    """A comma never ends a sentence: the frame after "?“," or "!«," belongs to the quote's sentence."""
    _, found = only_statement(text, lemma=lemma)
    assert found.speaker.text == speaker and found.content.text == content and found.kind == "Direct"


@pytest.mark.parametrize(("text", "cue", "source", "clause", "act"), [
    ("Laut Staatsanwaltschaft hat der Fahrer die Verspätung eingeräumt.", "laut", "Staatsanwaltschaft",
     "hat der Fahrer die Verspätung eingeräumt", "einräumen"),
    ("Der Hersteller kündigte nach eigenen Angaben eine Rückrufaktion an.", "nach", "eigenen Angaben",
     "Der Hersteller kündigte eine Rückrufaktion an", "ankündigen"),
    ("Einem Bericht der Zeitung zufolge hat die Ministerin eine Untersuchung gefordert.", "zufolge",
     "Einem Bericht der Zeitung", "hat die Ministerin eine Untersuchung gefordert", "fordern"),
])
def test_a_source_phrase_vouches_for_its_whole_clause_and_the_speech_act_in_it_reaches_us_via_the_source(
        text, cue, source, clause, act):
    """"laut", "zufolge", "nach Angaben": the source says the whole clause (Indirect), a speech act in it is relayed
    by the source; only a source the frame cites ("unter Berufung auf") is relayed by the frame."""
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    outer = next(s for s in record.statements if s.cue and s.cue.lemma == cue)
    inner = next(s for s in record.statements if s.cue and s.cue.lemma == act)
    assert outer.speaker.text == source and outer.content.text == clause and outer.kind == "Indirect"
    assert outer.via is None and inner.via == outer.id


def test_a_source_cited_by_a_report_stays_relayed_by_the_report():
    record = whosaid.analyze("Die Zeitung berichtete unter Berufung auf Regierungskreise, der Minister trete zurück.",
                             published="2026-11-20", lang="de")
    report = next(s for s in record.statements if s.cue and s.cue.lemma == "berichten")
    cited = next(s for s in record.statements if s.cue and s.cue.lemma == "unter berufung auf")
    assert cited.via == report.id and report.via is None


@pytest.mark.parametrize(("text", "lemma", "stance", "content"), [
    ("Einen Bericht des „Kurier“, wonach die Brücke erst 2031 fertig werde, nannte die Stadträtin „völlig falsch“.",
     "nennen", "deny", "die Brücke erst 2031 fertig werde"),
    ("Den Bericht der Zeitung, wonach die Bank verkauft werde, bezeichnete der Vorstand als Spekulation.",
     "bezeichnen", "deny", "die Bank verkauft werde"),
    ("Einen Bericht der „Tiroler Tageszeitung“, wonach das Hotel schließen müsse, wies der Besitzer zurück.",
     "zurückweisen", "deny", "das Hotel schließen müsse"),
])
def test_a_fronted_report_answered_after_its_wonach_clause_is_denied_not_relayed(text, lemma, stance, content):
    """ "Einen Bericht, wonach …, nannte sie falsch": the fronted report is the object; the answer takes what the
    report says as content, and the report stands on its own (no `via` the answer)."""
    record, answer = only_statement(text, lemma=lemma)
    report = next(s for s in record.statements if s.cue and s.cue.lemma == "wonach")
    assert answer.kind == "Reported" and answer.stance == stance and answer.content.text == content
    assert answer.refers_to == report.id and report.via is None


@pytest.mark.parametrize(("text", "lemma", "content"), [
    ("Den Vorwurf, die Stadt habe geschlampt, bezeichnete der Bürgermeister als absurd.", "bezeichnen",
     "Den Vorwurf, die Stadt habe geschlampt als absurd"),
    ("Den Vorwurf, der Verein habe Spenden veruntreut, wies der Kassier zurück.", "zurückweisen",
     "Den Vorwurf, der Verein habe Spenden veruntreut"),
])
def test_a_fronted_accusation_with_its_clause_is_the_object_of_the_verb_after_it(text, lemma, content):
    _, found = only_statement(text, lemma=lemma)
    assert found.kind == "Reported" and found.stance == "deny" and found.content.text == content


def test_a_fronted_dative_before_a_frame_with_content_after_it_is_no_object():
    record, found = only_statement("Dem Minister, der zurückgetreten war, warf die Opposition vor, gelogen zu haben.",
                                   lemma="vorwerfen")
    assert found.content.text == "gelogen zu haben"
    record, found = only_statement("Dem Obersteirer sei kein Verstoß nachzuweisen, sagte die Richterin.", lemma="sagen")
    assert found.kind == "Indirect" and found.content.text == "Dem Obersteirer sei kein Verstoß nachzuweisen"


@pytest.mark.parametrize(("text", "lemma", "content"), [
    ("Die Linke verlangte eine Sondersitzung des Ausschusses, die SPD sprach von „Chaos“.", "verlangen",
     "eine Sondersitzung des Ausschusses"),
    ("Der Betriebsrat forderte eine Jobgarantie, die Geschäftsführung lehnte das ab.", "fordern", "eine Jobgarantie"),
    ("Der Verein hat Vorwürfe von Anwohnern nach dem Spiel zwischen dem FC Aarau und dem FC Thun zurückgewiesen.",
     "zurückweisen", "Vorwürfe von Anwohnern nach dem Spiel zwischen dem FC Aarau und dem FC Thun"),
])
def test_an_object_ends_where_a_main_clause_begins_and_runs_over_joined_noun_phrases(text, lemma, content):
    """A comma before a noun phrase and an indicative verb opens a clause of its own; "und" between noun phrases
    (not after a participle) stays inside the object."""
    _, found = only_statement(text, lemma=lemma)
    assert found.kind == "Reported" and found.content.text == content


@pytest.mark.parametrize(("text", "lemma", "content", "medium"), [
    ("Der Landrat bestätigte auf Telegram einen Brand in der Lagerhalle.", "bestätigen",
     "einen Brand in der Lagerhalle", "Telegram"),
    ("Die Kanzlerin dankte in einer Videobotschaft den Helfern.", "danken", "den Helfern", "Video"),
    ("Der Betriebsrat verlangte in einer E-Mail an die Belegschaft „sofortige Aufklärung“.", "verlangen",
     "„sofortige Aufklärung“", "E-Mail"),
    # the outlet a column was written for, and an adverb after the phrase, belong to the frame
    ("Der Ex-Nationalspieler forderte in einer Kolumne für «Sky» dagegen einen Neuanfang.", "fordern",
     "einen Neuanfang", "Kolumne"),
    ("Die Präsidentin kritisierte in einer Mitteilung zudem die Sparpläne.", "kritisieren", "die Sparpläne",
     "Mitteilung"),
    # "für" before those concerned is part of what was demanded
    ("Die Gewerkschaft forderte in einem Brief für die Beschäftigten mehr Geld.", "fordern",
     "für die Beschäftigten mehr Geld", "Brief"),
])
def test_a_medium_phrase_opening_a_reported_object_is_its_medium_not_part_of_it(text, lemma, content, medium):
    _, found = only_statement(text, lemma=lemma)
    assert found.content.text == content and found.medium == medium


def test_a_verb_sharing_the_subject_after_und_shares_its_medium_and_keeps_its_own():
    record = whosaid.analyze("Die Kanzlerin dankte in einer Videobotschaft den Helfern und kündigte an, man werde "
                             "den Wiederaufbau bezahlen. Der Verband wies die Kritik zurück und sprach auf Telegram "
                             "von einer „Kampagne“.", published="2026-11-20", lang="de")
    media = {s.cue.lemma: s.medium for s in record.statements if s.cue}
    assert media == {"danken": "Video", "ankündigen": "Video", "zurückweisen": None, "sprechen": "Telegram"}


@pytest.mark.parametrize(("text", "lemma", "act", "quote"), [
    ("Die Opposition sprach von Versagen. Die Ministerin wies das in einer Aussendung zurück: „Wir haben rechtzeitig "
     "gehandelt.“", "zurückweisen", "das", "Wir haben rechtzeitig gehandelt."),
    ("Auch der Kapitän sprach sich für den Trainer aus: „Wir stehen hinter ihm.“", "aussprechen", "für den Trainer",
     "Wir stehen hinter ihm."),
])
def test_a_colon_quote_after_a_speech_act_with_a_pronoun_or_prepositional_object_is_a_statement_of_its_own(
        text, lemma, act, quote):
    """devset_de/README: "wies die Darstellung zurück: „…“" is the Reported act and the quote continuing it, also when
    the object is "das" or the prepositional object of a reflexive cue ("sprach sich für X aus")."""
    record, found = only_statement(text, lemma=lemma)
    assert found.kind == "Reported" and found.content.text == act
    follower = next(s for s in record.statements if s.content.text == quote)
    assert follower.kind == "Direct" and follower.cue is None and follower.continues == found.id


@pytest.mark.parametrize(("text", "lemma", "act", "rest", "kind"), [
    # the dative that a contradiction answers is its object, no addressee
    ("Auch die Rektorin widersprach den Gerüchten: „Keine Klasse wird aufgelöst.“", "widersprechen",
     "den Gerüchten", "Keine Klasse wird aufgelöst.", "Direct"),
    ("Die Bürgermeisterin widersprach am Montag den Berichten: „Das Freibad bleibt offen.“", "widersprechen",
     "den Berichten", "Das Freibad bleibt offen.", "Direct"),
    # a focus particle before a fronted object is no part of it
    ("Auch Preiserhöhungen bestritt der Konzernchef: „Wir halten die Preise stabil.“", "bestreiten",
     "Preiserhöhungen", "Wir halten die Preise stabil.", "Direct"),
    ("Auch einen Stellenabbau bestritt die Geschäftsführerin: Man suche im Gegenteil Personal.", "bestreiten",
     "einen Stellenabbau", "Man suche im Gegenteil Personal", "IndirectFreeIndirect"),
    # a fronted object with a clause of its own (a report noun's), then the verb, its subject and a colon
    ("Den Vorwurf, die Stadt sei pleite, wies der Kämmerer zurück: „Wir haben solide Rücklagen.“", "zurückweisen",
     "Den Vorwurf, die Stadt sei pleite", "Wir haben solide Rücklagen.", "Direct"),
    ("Die Behauptung der Opposition, das Spital werde geschlossen, wies die Landesrätin zurück: „Das Spital "
     "bleibt.“", "zurückweisen", "Die Behauptung der Opposition, das Spital werde geschlossen", "Das Spital bleibt.",
     "Direct"),
])
def test_a_colon_after_a_denial_with_its_object_opens_a_statement_continuing_it(text, lemma, act, rest, kind):
    """devset_de/README: "wies die Darstellung zurück: „…“" is the Reported act and the quote (or the Konjunktiv
    clause) continuing it, also when the object is a dative ("widersprach den Berichten") or stands before the verb
    ("Auch Preiserhöhungen bestritt er", "Den Vorwurf, …, wies er zurück")."""
    record, found = only_statement(text, lemma=lemma)
    assert found.kind == "Reported" and found.content.text == act
    follower = next(s for s in record.statements if s.content.text == rest)
    assert follower.kind == kind and follower.cue is None and follower.continues == found.id


@pytest.mark.parametrize(("text", "lemma", "content", "rest"), [
    ("Der Trainer räumte ein, dass es Probleme gegeben habe: Zwei Spieler seien verletzt gewesen.", "einräumen",
     "dass es Probleme gegeben habe", "Zwei Spieler seien verletzt gewesen"),
    ("Die Ministerin bestätigte am Dienstag, dass die Vergabe geprüft werde: Die Ergebnisse würden im Mai "
     "vorliegen.", "bestätigen", "dass die Vergabe geprüft werde", "Die Ergebnisse würden im Mai vorliegen"),
])
def test_a_main_clause_in_konjunktiv_after_a_dass_clause_and_a_colon_continues_it(text, lemma, content, rest):
    """ "räumte ein, dass …: Eine Probe sei …": the colon closes the dass-clause; the main clause in Konjunktiv after
    it is a cue-less continuation of the statement (IndirectFreeIndirect)."""
    record, found = only_statement(text, lemma=lemma)
    assert found.kind == "Indirect" and found.content.text == content
    follower = next(s for s in record.statements if s.content.text == rest)
    assert follower.kind == "IndirectFreeIndirect" and follower.continues == found.id


def test_a_colon_after_a_dass_clause_that_lists_its_terms_stays_in_the_clause():
    _, found = only_statement("Die Ministerin sagte, dass zwei Dinge fehlten: Geld und Personal.", lemma="sagen")
    assert found.content.text == "dass zwei Dinge fehlten: Geld und Personal"


@pytest.mark.parametrize(("text", "lemma", "claim"), [
    ("Der Kläger sagte, der Vermieter habe die Kaution behalten. Das bestritt der Vermieter.", "bestreiten",
     "der Vermieter habe die Kaution behalten"),
    ("Die Zeitung berichtete, der Verein stehe vor der Pleite. Das dementierte der Präsident am Montag.",
     "dementieren", "der Verein stehe vor der Pleite"),
    ("Die Zeitung berichtete, der Verein stehe vor der Pleite. Das wies eine Vereinssprecherin zurück: „Unsere "
     "Finanzen sind solide.“", "zurückweisen", "der Verein stehe vor der Pleite"),
])
def test_a_denial_of_a_fronted_demonstrative_is_a_reported_act_answering_the_sentence_before(text, lemma, claim):
    """ "Das bestritt die Angeklagte.": the demonstrative is the object of the denial (as in "wies das zurück"),
    not the sentence before told as the denier's own words; the denial answers that sentence's statement."""
    record, found = only_statement(text, lemma=lemma)
    assert found.kind == "Reported" and found.content.text == "Das"
    claimed = next(s for s in record.statements if s.content.text == claim)
    assert found.refers_to == claimed.id


def test_konjunktiv_after_a_colon_quote_continues_the_quote():
    record = whosaid.analyze("Die Gewerkschaft kritisierte den Plan. Der Konzern wies das zurück: „Kein Standort wird "
                             "geschlossen.“ Einzelne Linien müssten aber verlagert werden.", published="2026-11-20",
                             lang="de")
    quote = next(s for s in record.statements if s.content.text.startswith("Kein Standort"))
    then = next(s for s in record.statements if s.kind == "IndirectFreeIndirect")
    assert then.continues == quote.id


@pytest.mark.parametrize(("text", "lemma", "content"), [
    ("Die Managerin hatte die Vorwürfe im Mai über ihren Anwalt zurückweisen lassen.", "zurückweisen",
     "die Vorwürfe"),
    ("Der Minister ließ die Berichte über einen Sprecher dementieren.", "dementieren", "die Berichte"),
    ("Der Verteidiger kündigte nach dem Urteil Berufung an.", "ankündigen", "Berufung"),
])
def test_the_object_of_a_cue_under_lassen_or_after_an_adjunct_is_the_noun_phrase_alone(text, lemma, content):
    """Who said it for the subject ("über ihren Anwalt") and a leading circumstance ("nach dem Urteil") are no part
    of the object."""
    _, found = only_statement(text, lemma=lemma)
    assert found.kind == "Reported" and found.content.text == content


def test_a_gapped_perfect_after_a_comma_shares_the_auxiliary_and_is_a_statement_of_its_own():
    record = whosaid.analyze("Die Anklage hatte drei Jahre Haft gefordert, die Verteidigung auf Freispruch plädiert.",
                             published="2026-11-20", lang="de")
    found = {s.cue.lemma: (s.speaker.text, s.kind, s.content.text) for s in record.statements if s.cue}
    assert found == {"fordern": ("Die Anklage", "Reported", "drei Jahre Haft"),
                     "plädieren": ("die Verteidigung", "Reported", "auf Freispruch")}


@pytest.mark.parametrize("text", [
    "Kommt die Initiative zustande, entscheidet das Volk im Herbst.",
    "Reicht das Geld nicht, entscheidet der Gemeinderat über einen Nachtragskredit.",
])
def test_a_clause_opened_by_its_indicative_verb_before_a_frame_is_a_condition_not_content(text):
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    assert record.statements == []


@pytest.mark.parametrize("text", [
    "Die Spediteure seien gefordert, mehr Güter auf die Bahn zu verlagern, sagte der Minister.",
    "Nun ist die Politik gefordert.",
    "Der Termin ist bestätigt.",
])
def test_a_cue_participle_with_sein_is_a_state_not_a_speech_act(text):
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    assert not any(s.cue and s.cue.lemma in {"fordern", "bestätigen"} for s in record.statements)


@pytest.mark.parametrize(("text", "lemma"), [
    ("Ein Haftrichter ordnete Untersuchungshaft an.", "anordnen"),
    ("Die Behörde hatte eine Sperre der Straße angeordnet.", "anordnen"),
])
def test_an_order_of_a_measure_is_no_statement(text, lemma):
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    assert not any(s.cue and s.cue.lemma == lemma for s in record.statements)


def test_an_order_with_a_dass_clause_and_a_court_spokesman_confirming_stay_statements():
    _, found = only_statement("Der Minister ordnete an, dass alle Schulen schließen.", lemma="anordnen")
    assert found.content.text == "dass alle Schulen schließen"
    _, found = only_statement("Ein Gerichtssprecher bestätigte den Eingang der Klage.", lemma="bestätigen")
    assert found.content.text == "den Eingang der Klage"


@pytest.mark.parametrize(("text", "lemma", "content"), [
    ("Die Grünen im Landtag verlangten Aufklärung von der Ministerin.", "verlangen", "Aufklärung von der Ministerin"),
    ("Der Bürgermeister schrieb auf seiner Website, jede gepflanzte Eiche rette das Klima ein wenig.", "schreiben",
     "jede gepflanzte Eiche rette das Klima ein wenig"),
])
def test_a_cue_or_konjunktiv_read_as_an_adjective_is_the_finite_verb(text, lemma, content):
    """A weak past the lemmatizer left unchanged ("verlangten"), and a Konjunktiv I whose lemma is its infinitive
    ("rette" of "retten") before a noun, are verbs, not adjectives."""
    _, found = only_statement(text, lemma=lemma)
    assert found.content.text == content


def test_a_verb_that_reports_only_with_its_word_does_not_share_its_subject_with_a_frame_after_the_comma():
    """ "ausgehen" reports with "davon" only; "Die Prognosen gingen von … aus, sagte sie" is her statement."""
    _, found = only_statement("Die Prognosen gingen von einem milden Winter aus, sagte die Meteorologin.",
                              lemma="sagen")
    assert found.speaker.text == "die Meteorologin"
    assert found.content.text == "Die Prognosen gingen von einem milden Winter aus"


@pytest.mark.parametrize(("text", "lemma", "content"), [
    ("Der Minister kritisierte in Berlin die Pläne der Kommission.", "kritisieren", "die Pläne der Kommission"),
    ("Die Partei hat in Wien eine Untersuchung gefordert.", "fordern", "eine Untersuchung"),
])
def test_a_place_before_an_object_is_no_part_of_it(text, lemma, content):
    _, found = only_statement(text, lemma=lemma)
    assert found.content.text == content


def test_a_place_after_the_speaker_is_no_object():
    record = whosaid.analyze("Skeptischer äußerte sich der Forscher Jan Roth vom Alfred-Wegener-Institut in "
                             "Bremerhaven.", published="2026-11-20", lang="de")
    assert not any(s.kind == "Reported" for s in record.statements)


def test_the_comma_closing_an_inverted_speakers_apposition_opens_the_object_not_a_clause():
    record = whosaid.analyze("In Bern bekräftigte der Sprecher des Amtes, Urs Meier, die Darstellung der Polizei und "
                             "wies die Kritik der Partei zurück.", published="2026-11-20", lang="de")
    found = {s.cue.lemma: (s.kind, s.content.text, s.via) for s in record.statements if s.cue}
    assert found == {"bekräftigen": ("Reported", "die Darstellung der Polizei", None),
                     "zurückweisen": ("Reported", "die Kritik der Partei", None)}


def test_a_quote_after_the_colon_of_a_konjunktiv_continuation_continues_it():
    record = whosaid.analyze("Die Läuferin erzählte, dass sie lange gezweifelt habe. Heute habe sie keine Angst "
                             "mehr: „Wenn ich am Start stehe, denke ich nur an das Ziel.“", published="2026-11-20",
                             lang="de")
    then = next(s for s in record.statements if s.kind == "IndirectFreeIndirect")
    quote = next(s for s in record.statements if s.kind == "Direct")
    assert then.content.text == "Heute habe sie keine Angst mehr" and quote.continues == then.id


@pytest.mark.parametrize("first", [
    "Der Anwalt kündigte an, sein Mandant werde schweigen.",
    "Die Gewerkschaft forderte, die Löhne um acht Prozent zu erhöhen.",
])
def test_konjunktiv_continuing_an_announcement_or_demand_gives_reasons_and_asserts(first):
    record = whosaid.analyze(first + " Die Vorwürfe stützten sich nur auf Indizien, die keinerlei Beweiskraft hätten.",
                             published="2026-11-20", lang="de")
    then = next(s for s in record.statements if s.kind == "IndirectFreeIndirect")
    assert then.stance == "assert"


def test_a_list_of_names_after_the_verb_is_the_subject_and_ends_no_clause_before_the_particle():
    _, found = only_statement("In einer Erklärung riefen Frankreich, Italien und Spanien beide Seiten zur "
                              "Zurückhaltung auf.", lemma="aufrufen")
    assert found.speaker.text == "Frankreich, Italien und Spanien"
    assert found.content.text == "beide Seiten zur Zurückhaltung" and found.medium == "Erklärung"


def test_a_konjunktiv_cue_verb_sharing_the_subject_inside_reported_speech_is_no_frame_of_its_own():
    record = whosaid.analyze("Ein Sprecher des Ministeriums sagte, man begrüße jede Hilfe, kommentiere aber keine "
                             "Gerüchte.", published="2026-11-20", lang="de")
    assert [(s.cue.lemma, s.content.text) for s in record.statements] == [
        ("sagen", "man begrüße jede Hilfe, kommentiere aber keine Gerüchte")]


@pytest.mark.parametrize(("text", "lemma", "medium"), [
    ("Die Lage sei ruhig, erklärte das Ministerium am Mittwoch auf seinem Telegram-Kanal.", "erklären",
     "Telegram-Kanal"),
    ("Der Abgeordnete erklärte im Fernsehsender Rossija 1, der Vorfall zeige die Lage.", "erklären",
     "Fernsehsender"),
    ("Die Chefin bekräftigte das Bekenntnis zum Standort in einem Brief an die Belegschaft.", "bekräftigen", "Brief"),
    ("Wie die Agentur berichtet, erklärte der Gouverneur, Igor Tarow, am Sonntag auf Telegram, die Lage sei "
     "ruhig.", "erklären", "Telegram"),
])
def test_media_named_as_a_platforms_channel_a_broadcaster_or_a_letter_to_someone(text, lemma, medium):
    _, found = only_statement(text, lemma=lemma)
    assert found.medium == medium
    assert "Telegram" not in found.content.text and "Brief" not in found.content.text


@pytest.mark.parametrize(("text", "lemma", "content"), [
    ("Die Nato hatte am Mittwoch von einer „gezielten Kampagne Moskaus“ gesprochen.", "sprechen",
     "von einer „gezielten Kampagne Moskaus“"),
    ("Der Trainer hat nach dem Spiel von einem „verrückten Abend“ gesprochen.", "sprechen",
     "von einem „verrückten Abend“"),
])
def test_words_quoted_inside_a_phrase_end_no_clause(text, lemma, content):
    _, found = only_statement(text, lemma=lemma)
    assert found.kind == "Reported" and found.content.text == content


@pytest.mark.parametrize("text", [
    "Die Regierung hatte die beiden Diplomaten am Montag zu unerwünschten Personen erklärt.",
    "Der Landrat erklärte die Gemeinde zum Katastrophengebiet.",
    "Der Konzern hatte im vergangenen Jahr einen Verlust von 80 Millionen Euro geschrieben.",
    "Der Aufsteiger schrieb Geschichte.",
])
def test_a_declaration_and_a_booked_loss_are_no_statements(text):
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    assert record.statements == []


def test_erklaeren_with_zu_before_its_content_and_schreiben_von_a_loss_stay_statements():
    _, found = only_statement("Der Minister erklärte zu den Vorwürfen, er habe nichts gewusst.", lemma="erklären")
    assert found.content.text == "er habe nichts gewusst"
    _, found = only_statement("Die Zeitung hatte von einem Verlust geschrieben.", lemma="schreiben")
    assert found.content.text == "von einem Verlust"


def test_a_frame_after_its_content_with_zum_names_the_occasion_not_a_declaration():
    _, found = only_statement("Er habe nie Geld angenommen, ließ der 56-Jährige zum Prozessauftakt über seine "
                              "Verteidigerin erklären.", lemma="erklären")
    assert found.content.text == "Er habe nie Geld angenommen"


def test_konjunktiv_after_the_colon_of_a_zu_infinitive_continues_it():
    record = whosaid.analyze("Der Verband warnte davor, das Urteil als Freibrief zu verstehen: Wer Missstände melde, "
                             "müsse geschützt werden.", published="2026-11-20", lang="de")
    warning = next(s for s in record.statements if s.cue and s.cue.lemma == "warnen")
    then = next(s for s in record.statements if s.kind == "IndirectFreeIndirect")
    assert warning.content.text == "das Urteil als Freibrief zu verstehen"
    assert then.content.text == "Wer Missstände melde, müsse geschützt werden" and then.continues == warning.id


def test_konjunktiv_before_a_colon_whose_rest_has_a_source_of_its_own_continues_the_last_statement():
    record = whosaid.analyze("Der Intendant sagte, viele Städte kürzten bei den Bühnen. Das Publikum halte dem Haus "
                             "aber die Treue: Die Auslastung lag nach Angaben des Theaters bei 84 Prozent.",
                             published="2026-11-20", lang="de")
    said = next(s for s in record.statements if s.cue and s.cue.lemma == "sagen")
    then = next(s for s in record.statements if s.kind == "IndirectFreeIndirect")
    source = next(s for s in record.statements if s.cue and s.cue.lemma == "nach")
    assert then.content.text == "Das Publikum halte dem Haus aber die Treue" and then.continues == said.id
    assert source.content.text.startswith("Die Auslastung lag")


def test_konjunktiv_after_a_reported_objects_comma_continues_the_act():
    record, found = only_statement("Die Partei begrüßte den Schritt als „überfällig“, er gehe ihr aber zu wenig weit.",
                                   lemma="begrüßen")
    then = next(s for s in record.statements if s.kind == "IndirectFreeIndirect")
    assert found.content.text == "den Schritt als „überfällig“"
    assert then.content.text == "er gehe ihr aber zu wenig weit" and then.continues == found.id


@pytest.mark.parametrize("text, speaker, stance, content", [
    # ruling something out denies it; the thing may stand first, before who rules it out
    ("Einen Rücktritt schloss die Bürgermeisterin aus.", "die Bürgermeisterin", "deny", "Einen Rücktritt"),
    ("Die Gewerkschaft schloss weitere Streiks vor Ostern aus.", "Die Gewerkschaft", "deny",
     "weitere Streiks vor Ostern"),
    # not ruling it out holds it possible
    ("Die Polizei schloss nicht aus, dass der Brand gelegt wurde.", "Die Polizei", "assert",
     "dass der Brand gelegt wurde"),
])
def test_ruling_out_denies_and_not_ruling_out_holds_possible(text, speaker, stance, content):
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    [found] = [s for s in record.statements if s.cue and s.cue.lemma == "ausschließen"]
    assert (found.speaker.text, found.stance, found.content.text) == (speaker, stance, content)


@pytest.mark.parametrize("text", [
    "Der Sprecher sagte, die Lage sei ruhig. Ausgeschlossen sei ein weiterer Angriff aber nicht.",
    "Es ist nicht ausgeschlossen, dass der Brand gelegt wurde.",
    "Der Termin ist inzwischen bestätigt.",
])
def test_a_speech_verbs_participle_with_sein_is_a_state_no_speech_act(text):
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    assert [s.cue.lemma for s in record.statements if s.cue] == [s.cue.lemma for s in record.statements[:1] if s.cue
                                                                  and s.cue.lemma == "sagen"]


def test_not_ruling_out_in_reported_content_is_no_denial():
    record = whosaid.analyze("Ein Sprecher der Küstenwache sagte, man schließe menschliches Versagen nicht aus.",
                             published="2026-11-20", lang="de")
    [found] = record.statements
    assert found.stance != "deny"


@pytest.mark.parametrize("text", [
    "Das Gesundheitsamt hat 40 Schüler vorübergehend vom Unterricht ausgeschlossen.",
    "Die Partei schloss den Abgeordneten aus der Fraktion aus.",
    "Die Ministerin äußerte sich bei einem Besuch in Riga vorsichtig.",
])
def test_an_exclusion_and_a_reflexive_cue_with_adjuncts_only_are_no_statements(text):
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    assert record.statements == []


def test_a_confirmation_to_an_agency_with_a_clause_keeps_its_subject_first():
    _, found = only_statement("Zwei Betroffene bestätigten der Nachrichtenagentur Reuters, dass ihre Daten auftauchten.",
                              lemma="bestätigen")
    assert found.speaker.text == "Zwei Betroffene"


def test_a_fronted_thing_confirmed_by_a_person_after_the_verb_is_the_object():
    _, found = only_statement("Die Prognose für das Gesamtjahr bestätigte der 52-Jährige.", lemma="bestätigen")
    assert found.speaker.text == "der 52-Jährige" and found.content.text == "Die Prognose für das Gesamtjahr"
    _, found = only_statement("Die Bahn bestätigte der Zeitung den Vorfall.", lemma="bestätigen")
    assert found.speaker.text == "Die Bahn"


@pytest.mark.parametrize(("text", "lemma", "content", "medium"), [
    ("Die Zeitung warnte Berlin in einem Leitartikel davor, „mit dem Feuer zu spielen“.", "warnen",
     "„mit dem Feuer zu spielen“", "Leitartikel"),
    ("Der Trainer sagte auf der Pressekonferenz vor dem Heimspiel gegen den FC St. Pauli, über Transfers spreche er "
     "nicht.", "sagen", "über Transfers spreche er nicht", "Pressekonferenz"),
])
def test_long_frame_adjuncts_and_a_medium_before_the_content_belong_to_the_frame(text, lemma, content, medium):
    _, found = only_statement(text, lemma=lemma)
    assert found.kind == "Indirect" and found.content.text == content and found.medium == medium


def test_konjunktiv_after_wies_das_zurueck_and_a_colon_is_what_the_denial_says():
    _, found = only_statement("Die Opposition kritisierte den Plan. Der Landesrat wies das zurück: Seit 2020 seien "
                              "100 Millionen Euro geflossen.", lemma="zurückweisen")
    assert found.kind == "Indirect" and found.content.text == "Seit 2020 seien 100 Millionen Euro geflossen"


def test_an_apposition_to_the_object_after_a_perfect_is_no_second_speech_act():
    """"hatte eine Reform angekündigt, die größte Steuerreform seit Jahrzehnten": the phrase after the comma names
    the object again; it is no party with a gapped speech act of its own."""
    record = whosaid.analyze("Der Kanzler hatte eine Reform angekündigt, die größte Steuerreform seit Jahrzehnten.",
                             published="2027-05-12", lang="de")
    assert not [s for s in record.statements if s.speaker and "Steuerreform" in s.speaker.text]


@pytest.mark.parametrize("text, speaker, content", [
    ("Nach dem Treffen erklärte Scholz, Polen und Tschechien seien wichtige Partner.", "Scholz",
     "Polen und Tschechien seien wichtige Partner"),
    ("Am Rande des Gipfels sagte Macron, Frankreich und Deutschland stünden fest zusammen.", "Macron",
     "Frankreich und Deutschland stünden fest zusammen"),
])
def test_a_list_of_names_before_a_finite_verb_is_the_reported_clauses_subject(text, speaker, content):
    """"erklärte Scholz, Polen und Tschechien seien …": the names after the comma open what he said, they do not go
    on with the inverted speaker ("riefen die USA, Großbritannien und Norwegen … auf")."""
    [statement] = whosaid.analyze(text, published="2027-05-12", lang="de").statements
    assert (statement.speaker.text, statement.content.text) == (speaker, content)


def test_a_fronted_dative_with_a_relative_clause_is_not_what_a_dative_cue_reports():
    record = whosaid.analyze("Dem Minister, der seit Jahren im Amt ist, warf die Opposition Versagen vor.",
                             published="2027-05-12", lang="de")
    assert not [s for s in record.statements if s.content.text.startswith("Dem Minister")]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker",
    [
        # a bare noun after the subject of "vorwerfen" is what it holds against someone
        ("Dem Minister warf die Opposition Versagen vor.", "die Opposition"),
        ("Dem Landrat hielt die Fraktion Untätigkeit vor.", "die Fraktion"),
        # "der" before a woman's role is a dative: the subject follows the verb
        ("Der Bürgermeisterin hielt die Fraktion Untätigkeit vor.", "die Fraktion"),
        ("Der Ministerin warf der Verband Täuschung vor.", "der Verband"),
        # a name after the subject's noun stays with it
        ("Dem Konzern warf die Gewerkschaft Verdi Wortbruch vor.", "die Gewerkschaft Verdi"),
    ],
)
def test_the_subject_of_a_reproach_is_neither_the_fronted_dative_nor_takes_the_reproach(text, speaker):
    record = whosaid.analyze(text, published="2027-05-12", lang="de")
    assert [s.speaker.text for s in record.statements if s.speaker] == [speaker]


def test_a_sentence_ending_without_a_full_stop_after_two_genitive_like_phrases_is_read():
    record = whosaid.analyze("Am Montag widersprach die Vorsitzende der Gewerkschaft der Darstellung",
                             published="2027-05-12", lang="de")
    assert [s.cue.lemma for s in record.statements] == ["widersprechen"]


def test_declaring_oneself_ready_is_a_statement_unlike_declaring_something_so():
    record = whosaid.analyze("Der Minister erklärte sich zu Gesprächen mit der Opposition bereit.",
                             published="2027-05-12", lang="de")
    assert [s.cue.lemma for s in record.statements] == ["erklären"]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, lemma",
    [
        ("Die Sprecherin sagte, man ermittle. In Videos auf Tiktok war behauptet worden, der Täter habe etwas gerufen.",
         "behaupten"),
        ("Der Landrat schwieg. Zuvor war berichtet worden, die Klinik solle geschlossen werden.", "berichten"),
        ("Der Landrat schwieg. Zuvor ist berichtet worden, dass die Klinik geschlossen werde.", "berichten"),
    ],
)
def test_a_cue_in_the_perfect_passive_opens_its_own_statement_not_a_continuation(text, lemma):
    record = whosaid.analyze(text, published="2027-05-12", lang="de")
    last = record.statements[-1]
    assert (last.cue.lemma if last.cue else None, last.continues) == (lemma, None)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Die Verordnung widerspreche dem Willen der Bevölkerung, teilte Pro Natura am Mittwoch mit.",
         "Pro Natura", "Die Verordnung widerspreche dem Willen der Bevölkerung"),
        ("Das neue Gesetz sei verfassungswidrig, erklärte Pro Asyl.", "Pro Asyl", "Das neue Gesetz sei verfassungswidrig"),
    ],
)
def test_a_capitalised_preposition_inside_a_sentence_opens_a_name(text, speaker, content):
    """ "teilte Pro Natura mit": a preposition is written small inside a sentence; capitalised after a word it is
    the first word of a name, and the frame's subject, not the start of a phrase."""
    record = whosaid.analyze(text, published="2026-12-05", lang="de")
    assert [(s.speaker.text if s.speaker else None, s.content.text) for s in record.statements] == [(speaker, content)]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Der CSU-Chef konterte: Wer Milliarden für Bürgergeld ausgebe, solle anderen keine Ratschläge erteilen.",
         "konterte", "Wer Milliarden für Bürgergeld ausgebe, solle anderen keine Ratschläge erteilen"),
        ("Der CSU-Chef sagte im „Münchner Merkur“: Die SPD solle anderen keine Ratschläge erteilen.",
         "sagte", "Die SPD solle anderen keine Ratschläge erteilen"),
        ("Der CSU-Chef sagte in der „Süddeutschen Zeitung“, die SPD solle sparen.", "sagte", "die SPD solle sparen"),
        ("Die Abgeordnete wetterte, die Regierung habe versagt.", "wetterte", "die Regierung habe versagt"),
    ],
)
def test_a_retort_a_free_relative_subject_and_a_quoted_outlet_before_the_content(text, cue, content):
    """ "kontern", "wettern" are cues; "Wer …, solle …" after a colon is what was said, not an indirect question; a
    quoted title after a preposition ("im „Münchner Merkur“") is where it was said, not the content."""
    [statement] = whosaid.analyze(text, lang="de").statements
    assert (statement.cue.text, statement.content.text) == (cue, content)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(("text", "speaker"), [
    ("Die Richterin hielt ihm E-Mails vor, in denen er einen Mitarbeiter aufgefordert hatte, Rechnungen zu fälschen.",
     "er"),
    ("Es gibt Mails, in denen der Chef einen Mitarbeiter aufgefordert hatte, Rechnungen zu fälschen.", "der Chef"),
])
def test_an_object_after_the_subject_of_a_verb_final_clause_is_no_part_of_the_speaker(text, speaker):
    [statement] = whosaid.analyze(text, lang="de").statements
    assert statement.speaker.text == speaker


@pytest.mark.usefixtures("nlp")
def test_a_dash_in_the_headline_joins_two_headlines_and_bounds_the_speaker():
    record = whosaid.analyze("Commerzbank-Aktie springt an - Unicredit bestätigt Gespräche nicht\n\nFrankfurt (dpa-AFX) - "
                             "Die Aktie legte zu.", lang="de")
    assert [s.speaker.text for s in record.statements] == ["Unicredit"]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(("text", "cue"), [("Die Commerzbank bekräftigte dagegen ihre Eigenständigkeit.", "bekräftigte"),
                                           ("Er verwies darauf, dass alles gut sei.", "verwies darauf")])
def test_a_pronominal_adverb_is_part_of_the_cue_only_as_the_correlate_of_a_clause(text, cue):
    [statement] = whosaid.analyze(text, lang="de").statements
    assert statement.cue.text == cue


@pytest.mark.usefixtures("nlp")
def test_a_declined_comment_ends_the_report_before_it():
    """The Konjunktiv after "wollte den Bericht nicht kommentieren" is the spokeswoman's, not the newspaper's."""
    record = whosaid.analyze("Die „Financial Times“ hatte berichtet, Orcel wolle ein Angebot vorlegen. Eine "
                             "Unicredit-Sprecherin wollte den Bericht nicht kommentieren. Man äußere sich grundsätzlich "
                             "nicht zu Marktgerüchten.", lang="de")
    assert not any(s.continues for s in record.statements)


@pytest.mark.usefixtures("nlp")
def test_a_quoted_name_after_initiative_is_no_quote_of_what_was_said():
    record = whosaid.analyze("Die Initiative „Rettet den Reinhardswald“ hatte der Stadt vorgeworfen, Gutachten "
                             "zurückgehalten zu haben. Sie verlangte die Veröffentlichung aller Unterlagen.", lang="de")
    claim, demand = record.statements
    assert (claim.speaker.text, claim.content.text) == ("Die Initiative „Rettet den Reinhardswald“",
                                                       "Gutachten zurückgehalten zu haben")
    assert demand.speaker.resolved == claim.speaker.resolved


def test_an_act_with_its_object_told_in_konjunktiv_after_a_statement_goes_on_with_it():
    # "Das Ministerium habe Charterflüge dementiert, …" after the editor's words: he reports the act, no statement of
    # the ministry whose content is the clause after the comma
    import whosaid

    record = whosaid.analyze(
        "Falter-Chefredakteur Florian Rainer erklärte, man stehe zu der Recherche. Das Ministerium habe Charterflüge "
        "dementiert, nach Linienflügen habe man aber gar nicht gefragt.", published="2026-12-01", lang="de")
    assert not any(s.speaker is not None and s.speaker.text == "Das Ministerium" for s in record.statements)


@pytest.mark.parametrize("adverb", ["aber", "zudem", "außerdem", "ebenfalls"])
def test_an_article_after_an_adverb_and_a_comma_opens_the_reported_clause(adverb):
    """ "sagte aber, die Schweiz brauche …": the tagger reads "die" as a relative pronoun; the verb second in the
    Konjunktiv shows a reported main clause."""
    record = whosaid.analyze(f"Bern (SDA) - Der Minister sagte {adverb}, die Schweiz brauche mehr Windkraft.", lang="de")
    assert [(s.speaker.text, s.content.text) for s in record.statements] == [
        ("Der Minister", "die Schweiz brauche mehr Windkraft")]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(("text", "content"), [("Die Sprecherin bestätigte den Bericht am Dienstag.", "den Bericht"),
                                               ("Der Minister wies die Vorwürfe am Montag zurück.", "die Vorwürfe")])
def test_a_time_after_the_object_of_a_denial_or_confirmation_dates_the_act(text, content):
    [statement] = whosaid.analyze(text, published="2030-03-10", lang="de").statements
    assert statement.content.text == content



def test_own_words_in_the_second_of_two_joined_main_clauses_are_its_subjects_and_say_that_clause_only():
    rec = whosaid.analyze("Bamberg (dpa) - Bei der Steigerwald Brauerei wird gestreikt. Die NGG fordert 6,8 Prozent mehr "
                          "Geld, die Brauerei bietet nach eigenen Angaben 3,5 Prozent in zwei Stufen.",
                          published="2031-04-01", lang="de")
    own = next(s for s in rec.statements if s.cue and s.cue.lemma == "nach")
    assert own.content.text.startswith("die Brauerei bietet") and "NGG" not in own.content.text
    assert own.speaker.resolved != "NGG"


def test_holding_something_for_something_is_a_statement_and_holding_a_speech_is_none():
    rec = whosaid.analyze("Die Ermittler halten einen 52 Jahre alten Mann aus Wittlich, der einen Onlineshop betreibt, "
                          "für den Kopf der Bande. Der Anwalt des Mannes sagte, sein Mandant habe nichts damit zu tun. "
                          "Oberstaatsanwältin Karin Seidel hielt das für unglaubwürdig. Der Minister hielt am Montag "
                          "eine Rede im Landtag.", published="2031-04-01", lang="de")
    held = [s for s in rec.statements if s.cue and s.cue.lemma == "halten"]
    assert [s.content.text for s in held] == [
        "einen 52 Jahre alten Mann aus Wittlich, der einen Onlineshop betreibt, für den Kopf der Bande",
        "das für unglaubwürdig"]
    doubted = held[1]
    assert doubted.stance == "deny" and doubted.refers_to == next(
        s.id for s in rec.statements if s.content.text.startswith("sein Mandant"))
