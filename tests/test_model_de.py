"""Specification of the shipped German model de_whosaid_news: tokens, sentences, mood, lemmas, entities."""

from __future__ import annotations

import pytest

from whosaid.evaluate.pipeline import DEFAULT_MODEL

# from ../shared/samples/abna-irak-abzug.txt (copied here so the tests run without ../shared)
SAMPLE = (
    'Wie die Ahlulbayt Nachrichtenagentur ABNA berichtet, "Die US-geführte Militärmission der internationalen '
    "Koalition im Irak ist beendet worden und alle Truppen werden abgezogen und ihre Militärausrüstungen "
    'abtransportiert", schrieb Mustafa al-Kazemi am Mittwoch auf Twitter.'
)
BAGDAD = (
    "Bagdad und Washington haben sich am 26. Juli auf den Abzug aller US-Truppen aus dem Irak geeinigt."
)


@pytest.fixture(scope="module")
def de():
    if not (DEFAULT_MODEL / "meta.json").exists():
        pytest.skip("the German model is not built (run scripts/build_model_de.py)")
    import spacy

    from whosaid.pipeline import register_components

    register_components()  # the model's config names whosaid's components and its embedding architecture
    return spacy.load(DEFAULT_MODEL)


def words(nlp, text: str) -> list[str]:
    return [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Wir gehen“, sagte er.", ["„", "Wir", "gehen", "“", ",", "sagte", "er", "."]),
        ("‚Nein‘ und »ja« und ›so‹",
         ["‚", "Nein", "‘", "und", "»", "ja", "«", "und", "›", "so", "‹"]),
        ('"Ja", sagte sie.', ['"', "Ja", '"', ",", "sagte", "sie", "."]),
        ("''Ja'' und 'so'", ["''", "Ja", "''", "und", "'", "so", "'"]),
    ],
)
def test_every_quote_style_is_its_own_token(de, text, expected):
    assert words(de, text) == expected


@pytest.mark.parametrize("abbr", ["Dr.", "Prof.", "Nr.", "bzw.", "ca.", "St.", "z.", "B.", "u.", "a."])
def test_abbreviations_stay_whole(de, abbr):
    text = "Dr. Meier, Prof. Kunz, z. B. Nr. 5 bzw. ca. 10, u. a. St. Pauli"
    assert abbr in words(de, text)


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [("Am 31. Dezember endet die Mission.", "31."), ("am 05. Januar 2020 eine Resolution", "05.")],
)
def test_ordinals_in_dates_are_one_token(de, text, ordinal):
    assert ordinal in words(de, text)


def test_year_at_sentence_end_is_split_from_the_period(de):
    assert words(de, "Das war im Jahr 2021.")[-2:] == ["2021", "."]


@pytest.mark.parametrize("name", ["al-Kazemi", "US-geführte", "IS-Terrormiliz", "Al-Quds-Brigaden"])
def test_hyphenated_names_stay_whole(de, name):
    assert name in words(de, f"Es geht um {name} und andere.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er kam – wie immer – zu spät.", ["Er", "kam", "–", "wie", "immer", "–", "zu", "spät", "."]),
        ("Von 2010–2012 war er dort.", ["Von", "2010", "–", "2012", "war", "er", "dort", "."]),
        ("Er schwieg—dann ging er.", ["Er", "schwieg", "—", "dann", "ging", "er", "."]),
    ],
)
def test_dashes_are_split(de, text, expected):
    assert words(de, text) == expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Dr. Müller kam. Er sprach.", ["Dr. Müller kam.", "Er sprach."]),
        ("Die Frist endet am 31. Dezember. Dann ziehen sie ab.",
         ["Die Frist endet am 31. Dezember.", "Dann ziehen sie ab."]),
        ("Er sagte: „Wir bleiben.“ Dann ging er.", ["Er sagte: „Wir bleiben.“", "Dann ging er."]),
        ('Sie sagte: "Es ist vorbei." Niemand widersprach.', ['Sie sagte: "Es ist vorbei."', "Niemand widersprach."]),
        # a Roman ordinal after a name is one token, its period no sentence end
        ("Merkel sagte, Benedikt XVI. „ist ein Denker“. Er nickte.",
         ["Merkel sagte, Benedikt XVI. „ist ein Denker“.", "Er nickte."]),
        ("Ludwig XIV. war König.", ["Ludwig XIV. war König."]),
    ],
)
def test_sentence_boundaries(de, text, sentences):
    assert [s.text.strip() for s in de(text).sents] == sentences


@pytest.mark.parametrize(
    ("text", "verb", "mood"),
    [
        ("Nach den Gesprächen beschränke sich die Rolle der Truppen auf Beratung.", "beschränke", "Sub"),
        ("Er sagte, die Berichte seien falsch.", "seien", "Sub"),
        ("Der Sprecher sagte, das Datum sei festgelegt.", "sei", "Sub"),
        ("Es hieß, das Datum werde nicht geändert.", "werde", "Sub"),
        ("Die Regierung habe die Verlängerung beantragt, hieß es.", "habe", "Sub"),
        ("Der Sprecher sagte, das Datum sei festgelegt.", "sagte", "Ind"),
        ("Die Mission ist beendet.", "ist", "Ind"),
        ("Die Regierung hat die Verlängerung beantragt.", "hat", "Ind"),
        ("Ohne die Hilfe wäre die Armee verloren.", "wäre", "Sub"),
        ("Ich habe das nicht gesagt.", "habe", "Ind"),
        # -e forms the lemma table does not know are Konjunktiv I; no word with digits or a capital inside a sentence
        ("Die Massnahme verstosse zudem gegen das Recht auf Familienleben.", "verstosse", "Sub"),
        ("Torhüter Lukas Feldmann hat nach der 1:4-Niederlage einen Fehler eingeräumt.", "1:4-Niederlage", "Ind"),
        # a strong past with an umlaut is Konjunktiv II, which the past indicative never is
        ("Die Kosten dafür übernähmen die Versicherer nicht.", "übernähmen", "Sub"),
        ("Die Kosten dafür übernahmen die Versicherer nicht.", "übernahmen", "Ind"),
        ("Die Kinder zählen die Stimmen.", "zählen", "Ind"),
        ("Die Spuren führen nach Polen.", "führen", "Ind"),
        # the Konjunktiv I of a verb in -ern the lemma table leaves as it is
        ("An der Größenordnung ändere das aber nichts.", "ändere", "Sub"),
        # "sollte" after a comma opens a conditional; "wollte" does not
        ("Die Sitzung findet statt, sollte es nicht regnen.", "sollte", "Sub"),
        ("Den Namen des Nachfolgers, der genannt worden war, wollte er nicht kommentieren.", "wollte", "Ind"),
        ("Die Kasse übernähme die Kosten nicht.", "übernähme", "Sub"),
    ],
)
def test_mood_of_finite_verbs(de, text, verb, mood):
    token = next(t for t in de(text) if t.text == verb)
    assert token.morph.get("Mood") == [mood]


@pytest.mark.parametrize(
    ("text", "verb", "tense"),
    [
        # weak past forms the lemma table does not hold are past all the same
        ("Das Landgericht verurteilte den Mann am Dienstag.", "verurteilte", "Past"),
        ("Die Ministerin bekräftigte am Montag ihre Haltung.", "bekräftigte", "Past"),
        # unless they read as a present form of a verb the table knows
        ("Die Regeln gelten ab Montag.", "gelten", "Pres"),
        # a strong past: another vowel than the stem's ("bestritt" of bestreiten), or a prefix before a known
        # strong past ("wider" + "sprach"); the present's own vowel changes ("spricht", "hält") stay present
        ("Der Verband bestritt am Montag die Vorwürfe.", "bestritt", "Past"),
        ("Die Ärztin empfahl eine Pause.", "empfahl", "Past"),
        ("Die Stadträtin widersprach dem Bürgermeister.", "widersprach", "Past"),
        ("Der Verband bestreitet die Vorwürfe.", "bestreitet", "Pres"),
        ("Die Ärztin empfiehlt eine Pause.", "empfiehlt", "Pres"),
        ("Der Trainer hält an dem Torwart fest.", "hält", "Pres"),
    ],
)
def test_tense_of_finite_verbs_the_lemma_table_lacks(de, text, verb, tense):
    token = next(t for t in de(text) if t.text == verb)
    assert token.morph.get("Tense") == [tense]


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Der Sprecher sagte, die Berichte seien falsch.", "sagte", "sagen"),
        ("Das dementierte die irakische Armee.", "dementierte", "dementieren"),
        ("Vor einem Monat behaupteten Regierungsvertreter das Gegenteil.", "behaupteten", "behaupten"),
        ("Der Sprecher sagte, die Berichte seien falsch.", "Berichte", "Bericht"),
        ("Er fügte hinzu, das sei falsch.", "fügte", "hinzufügen"),
    ],
)
def test_lemmas(de, text, word, lemma):
    assert next(t for t in de(text) if t.text == word).lemma_ == lemma


@pytest.mark.parametrize(
    ("text", "verb", "lemma"),
    [
        ("Er fügte hinzu, das sei falsch.", "fügte", "hinzufügen"),
        ("Die Regierung gab am Montag bekannt, dass sie zurücktritt.", "gab", "bekanntgeben"),
        ("Die Firma kündigte für das kommende Jahr einen Neubau an.", "kündigte", "ankündigen"),
        ("Er sagte, sie gebe nicht auf.", "sagte", "sagen"),  # the particle belongs to the other clause
    ],
)
def test_separable_verbs_take_their_particle_in_the_whosaid_pipeline(text, verb, lemma):
    from whosaid.pipeline import load_pipeline

    doc = load_pipeline("de")(text)
    assert next(t for t in doc if t.text == verb).lemma_ == lemma


def test_particle_verbs_need_no_sentence_boundaries():
    import spacy
    from spacy.tokens import Doc

    import whosaid.components.lemmas  # noqa: F401

    nlp = spacy.blank("de")
    doc = Doc(nlp.vocab, words=["Er", "fügte", "hinzu"], tags=["PPER", "VVFIN", "PTKVZ"], lemmas=["er", "fügen", "hinzu"])
    assert nlp.add_pipe("whosaid_particle_verbs")(doc)[1].lemma_ == "hinzufügen"


def test_the_parser_ships_disabled_and_parses_when_asked():
    from whosaid.pipeline import load_pipeline

    default = load_pipeline("de")
    assert "parser" in default.disabled and not default(BAGDAD).has_annotation("DEP")
    doc = load_pipeline("de", parse=True)(BAGDAD)
    assert doc.has_annotation("DEP")
    geeinigt = next(t for t in doc if t.text == "geeinigt")
    haben = next(t for t in doc if t.text == "haben")
    assert haben.dep_ == "ROOT" or geeinigt.dep_ == "ROOT"  # GSD makes the main verb or the auxiliary the root
    assert len(list(doc.sents)) == 1


def test_tags_are_stts_and_pos_is_upos(de):
    doc = de("Der Sprecher sagte, die Berichte seien falsch.")
    assert [t.tag_ for t in doc][:3] == ["ART", "NN", "VVFIN"]
    assert [t.pos_ for t in doc][:3] == ["DET", "NOUN", "VERB"]


@pytest.mark.parametrize(
    ("text", "verb", "pos"),
    [
        ("Die Regierung hat die Verlängerung beantragt.", "hat", "AUX"),
        ("Die Regierung hat keine Mehrheit.", "hat", "VERB"),
        ("Er sagte, dass die Regierung keine Mehrheit habe.", "habe", "VERB"),
        ("Er sagte, dass die Regierung die Verlängerung beantragt habe.", "habe", "AUX"),
        ("Der Abzug wird am Freitag beginnen.", "wird", "AUX"),
        ("Kazemi wurde 2020 Ministerpräsident.", "wurde", "VERB"),
        ("Die Mission ist beendet.", "ist", "AUX"),
        ("Die Regierung hat keine Mehrheit und wird nichts beschließen können.", "hat", "VERB"),
        ("Er hat das Haus und das Auto verkauft.", "hat", "AUX"),
    ],
)
def test_haben_and_werden_without_a_participle_or_infinitive_are_main_verbs(de, text, verb, pos):
    assert next(t for t in de(text) if t.text == verb).pos_ == pos


def test_entities_in_the_sample_article(de):
    ents = {(e.text, e.label_) for e in de(SAMPLE).ents} | {(e.text, e.label_) for e in de(BAGDAD).ents}
    assert ("Mustafa al-Kazemi", "PER") in ents
    assert ("Bagdad", "LOC") in ents


def test_the_evaluation_counts_where_upos_disagrees_with_the_gold(de, tmp_path):
    from whosaid.evaluate.pipeline import Report, evaluate_ud

    # PUD's convention: an adjective used as an adverb is ADV; the STTS tagger says ADJD, which maps to ADJ
    rows = [("Er", "PRON"), ("kommt", "VERB"), ("häufig", "ADV"), (".", "PUNCT")]
    conllu = tmp_path / "one.conllu"
    conllu.write_text("".join(f"{i}\t{w}\t_\t{u}\t_\t_\t0\t_\t_\t_\n" for i, (w, u) in enumerate(rows, 1)) + "\n",
                      encoding="utf-8")
    report = Report(model="shipped")
    evaluate_ud(de, conllu, report)
    assert report.upos_acc == 75.0
    assert report.upos_confusions == {("ADV", "ADJ"): 1}
