"""Specification of whosaid_times: German time expressions and their values against the publication date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
import spacy

import whosaid
from whosaid.components import times as times_module  # noqa: F401  (registers the factory)
from whosaid.components.times import easter, find_times

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PUB = date(2021, 12, 10)  # a Friday


@pytest.fixture(scope="session")
def nlp():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("whosaid_times")
    return nlp


def run(nlp, text: str, published: date | None = PUB):
    doc = nlp.make_doc(text)
    doc._.published = published
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc._.times


def one(nlp, text: str, published: date | None = PUB):
    found = run(nlp, text, published)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Das Gesetz trat am 31. Dezember 2021 in Kraft.", "am 31. Dezember 2021", "2021-12-31"),
        ("Sie verabschiedeten am 05. Januar 2020 eine Resolution.", "am 05. Januar 2020", "2020-01-05"),
        ("Die Frist endete am 26.07. ohne Einigung.", "am 26.07.", "2021-07-26"),
        ("Das Treffen fand im Juli statt.", "im Juli", "2021-07"),
        ("Das Werk wurde 2021 eröffnet.", "2021", "2021"),
        ("Die Firma wurde im Jahr 2019 gegründet.", "im Jahr 2019", "2019"),
        ("Die Musik der 1990er Jahre war anders.", "1990er Jahre", "199"),
        ("Der Umsatz stieg im dritten Quartal 2021.", "im dritten Quartal 2021", "2021-Q3"),
        ("Der Vertrag endete Anfang März.", "Anfang März", "2021-03"),
        ("Die Wahl wird im Frühjahr 2022 stattfinden.", "im Frühjahr 2022", "2022-SP"),
        ("Der Minister sprach am Mittwoch in Berlin.", "am Mittwoch", "2021-12-08"),
        ("Der Minister wird am Mittwoch in Berlin sprechen.", "am Mittwoch", "2021-12-15"),
        ("Heute beginnt der Gipfel.", "Heute", "2021-12-10"),
        ("Die Polizei nahm gestern zwei Männer fest.", "gestern", "2021-12-09"),
        ("Der Bericht erschien vorgestern.", "vorgestern", "2021-12-08"),
        ("Das Urteil wird morgen verkündet.", "morgen", "2021-12-11"),
        ("Das Spiel findet übermorgen statt.", "übermorgen", "2021-12-12"),
        # a night is dated by the evening it begins (TIMEX3 "TNI", as WikiWarsDE dates "Nacht vom 16."): Thursday's
        ("Der Angriff ereignete sich in der Nacht zum Freitag.", "in der Nacht zum Freitag", "2021-12-09TNI"),
        ("Die Polizei meldete den Unfall am Donnerstagabend.", "am Donnerstagabend", "2021-12-09TEV"),
        ("Der Verband teilte vergangene Woche mit, er sei zufrieden.", "vergangene Woche", "2021-W48"),
        ("Die Preise steigen im kommenden Jahr.", "im kommenden Jahr", "2022"),
        ("Die Regel gilt bis Ende 2025.", "bis Ende 2025", "2025"),
        ("Der Streit dauerte drei Jahre lang.", "drei Jahre lang", "P3Y"),
        ("Er lebt seit 20 Jahren in Berlin.", "seit 20 Jahren", "P20Y"),
        ("Der Markt findet jeden Montag statt.", "jeden Montag", "XXXX-WXX-1"),
        ("Der Preis wird jährlich vergeben.", "jährlich", "P1Y"),
        ("Die Familie feierte Weihnachten zu Hause.", "Weihnachten", "2021-12-25"),
        ("An Silvester wird gefeiert.", "An Silvester", "2021-12-31"),
        ("Zu Neujahr gab es Konzerte.", "Neujahr", "2021-01-01"),
        ("Die Zahl der Toten stieg seit Anfang des Jahres.", "seit Anfang des Jahres", "2021-01"),
        ("Der Bau soll bis Ende des Jahres fertig sein.", "bis Ende des Jahres", "2021-12"),
        ("Er hatte vor zwei Wochen gekündigt.", "vor zwei Wochen", "2021-W47"),
        ("Der Sturm hatte vor drei Tagen begonnen.", "vor drei Tagen", "2021-12-07"),
        ("Sie kam gegen 14 Uhr an.", "gegen 14 Uhr", "2021-12-10T14:00"),
        ("Die Saison 2021/22 war lang.", "2021/22", "2021/2022"),  # an ISO 8601 interval of two years
        ("Er spielte in der Saison 1999/00 in Bremen.", "1999/00", "1999/2000"),
        ("„Morgen wird es regnen“, sagte er.", "Morgen", "2021-12-11"),
        ("Am zweiten Weihnachtstag kam er zurück.", "Am zweiten Weihnachtstag", "2021-12-26"),
        ("Die Sitzung begann um 14 Uhr MEZ.", "um 14 Uhr MEZ", "2021-12-10T14:00+01:00"),
        ("Die Explosion ereignete sich um 9 Uhr Ortszeit.", "um 9 Uhr Ortszeit", "2021-12-10T09:00"),
        ("Am Wochenende demonstrierten Tausende.", "Am Wochenende", "2021-W48-WE"),
        ("Am Wochenende wird gewählt.", "Am Wochenende", "2021-W49-WE"),
        ("Morgen wird das Urteil verkündet.", "Morgen", "2021-12-11"),
        ("Am Nachmittag des 3. Mai sprach er.", "Am Nachmittag des 3. Mai", "2021-05-03TAF"),
    ],
)
def test_values(nlp, text, expr, value):
    t = one(nlp, text)
    assert (t.text, t.value) == (expr, value)
    assert text[t.start:t.end] == t.text


@pytest.mark.parametrize(
    ("text", "expr", "type_", "value"),
    [
        ("Die Sitzung beginnt um 14.30 Uhr.", "um 14.30 Uhr", "TIME", "2021-12-10T14:30"),
        ("Die Sitzung begann gegen Mittag.", "gegen Mittag", "TIME", "2021-12-10T12:00"),
        ("Der Markt findet jeden Montag statt.", "jeden Montag", "SET", "XXXX-WXX-1"),
        ("Der Streit dauerte drei Jahre lang.", "drei Jahre lang", "DURATION", "P3Y"),
    ],
)
def test_types(nlp, text, expr, type_, value):
    t = one(nlp, text)
    assert (t.text, t.type, t.value) == (expr, type_, value)


@pytest.mark.parametrize(
    ("text", "expr", "value", "mod"),
    [
        ("Der Vertrag endete Anfang März.", "Anfang März", "2021-03", "START"),
        ("Die Kommission tagte Mitte Oktober.", "Mitte Oktober", "2021-10", "MID"),
        ("Die Truppen ziehen Ende Januar ab.", "Ende Januar", "2022-01", "END"),
        ("Die Regel gilt bis Ende 2025.", "bis Ende 2025", "2025", "END"),
        ("Die Mission endet zum Jahresende.", "zum Jahresende", "2021", "END"),
        ("Die Partei entstand Ende der 1980er Jahre.", "Ende der 1980er Jahre", "198", "END"),
        ("Die Stadt wurde Anfang des 8. Jahrhunderts gegründet.", "Anfang des 8. Jahrhunderts", "07", "START"),
        ("Der Streit dauerte mehr als drei Jahre.", "mehr als drei Jahre", "P3Y", "MORE_THAN"),
        ("Die Mission dauert höchstens drei Jahre.", "höchstens drei Jahre", "P3Y", "EQUAL_OR_LESS"),
    ],
)
def test_boundaries_and_bounds_give_a_mod(nlp, text, expr, value, mod):
    t = one(nlp, text)
    assert (t.text, t.value, t.mod) == (expr, value, mod)


def test_narrative_years_follow_the_text_not_the_calendar():
    """In a history text a month without a year takes the last year mentioned, also when it is earlier in the
    year than the month before it; "desselben Jahres" and "des folgenden Jahres" count from that year."""
    text = ("Im Dezember 1861 griff die Armee an. Im Mai scheiterte der Angriff. "
            "Im April desselben Jahres kam Verstärkung. Im März des folgenden Jahres endete der Krieg.")
    values = [(t.text, t.value) for t in find_times(text, date(2009, 1, 1), mode="narrative")]
    assert values == [("Im Dezember 1861", "1861-12"), ("Im Mai", "1861-05"),
                      ("Im April desselben Jahres", "1861-04"), ("Im März des folgenden Jahres", "1862-03")]


def test_this_years_month_counts_from_the_publication_date_the_same_years_from_the_text():
    text = "Im Jahr 2015 stieg der Umsatz. Im April dieses Jahres sank er, im Mai desselben Jahres nicht."
    assert [t.value for t in find_times(text, PUB)] == ["2015", "2021-04", "2021-05"]


def test_night_from_the_last_of_a_month_to_the_first_begins_in_the_month_before():
    found = find_times("In der Nacht vom 31. auf den 1. Januar brannte es.", PUB)
    assert [t.value for t in found] == ["2020-12-31TNI", "2021-01-01"]


def test_night_from_one_day_to_the_next_is_the_first_days_night():
    found = find_times("In der Nacht vom 16. auf den 17. Juni 1775 besetzten sie den Hügel.", None, mode="narrative")
    assert [(t.text, t.value) for t in found] == [("In der Nacht vom 16.", "1775-06-16TNI"),
                                                 ("auf den 17. Juni 1775", "1775-06-17")]


def test_timex2_extent_leaves_prepositions_out_and_keeps_hedges():
    from whosaid.components.times import extract

    text = "Um 4:45 Uhr begann der Angriff. Nach sechs Tagen endete er, um das Jahr 500 v. Chr."
    cores = [text[f.core_start:f.core_end] for f in extract(text, date(2009, 1, 1), mode="narrative")]
    assert cores == ["4:45 Uhr", "sechs Tagen", "um das Jahr 500 v. Chr."]


def test_clock_takes_day_from_sentence(nlp):
    found = run(nlp, "Am 3. Mai 2021 um 14.30 Uhr begann die Sitzung.")
    assert [t.value for t in found] == ["2021-05-03", "2021-05-03T14:30"]


def test_year_of_dated_day_follows_tense(nlp):
    past = one(nlp, "Bagdad und Washington haben sich am 26. Juli geeinigt.")
    future = one(nlp, "Die Truppen werden am 26. Juli abziehen.")
    assert (past.value, future.value) == ("2021-07-26", "2022-07-26")


def test_approximate_hedge(nlp):
    t = one(nlp, "Vor rund einem Monat behaupteten Beamte das Gegenteil.")
    assert (t.text, t.value, t.approximate) == ("Vor rund einem Monat", "2021-11", True)


def test_vague_future(nlp):
    t = one(nlp, "Die Entscheidung fällt in den nächsten Tagen.")
    assert (t.text, t.value) == ("in den nächsten Tagen", "FUTURE_REF")


def test_ids_in_text_order(nlp):
    found = run(nlp, "Am Mittwoch sagte er, im Juli 2020 sei alles anders gewesen.")
    assert [t.id for t in found] == ["t0", "t1"]
    assert found[0].start < found[1].start


def test_fallback_anchor(nlp):
    text = "Am 3. März 2020 tagte der Rat. Am Mittwoch zuvor hatte er gestern noch gezögert."
    found = run(nlp, text, published=None)
    by_text = {t.text: t for t in found}
    assert by_text["Am 3. März 2020"].anchor_fallback is False
    assert by_text["gestern"].value == "2020-03-02"
    assert by_text["gestern"].anchor_fallback is True


@pytest.mark.parametrize(
    "text",
    [
        "Sie kaufte die Zeitung.",
        "Karl Mai schrieb Romane.",
        "Theresa May trat zurück.",
        "Etwa 1000 Menschen demonstrierten.",
        "Er trägt die Nummer 5.",
        "Nach Artikel 5 ist das verboten.",
        "Das Spiel endete 3:1.",
        "Ein Kaffee kostet 5,50 Euro.",
        "Sie landete auf Platz 2.",
        "Mehr als 2000 Soldaten wurden verlegt.",
        "August Bebel gründete die Partei.",
    ],
)
def test_no_false_times(nlp, text):
    assert run(nlp, text) == []


def test_easter():
    assert easter(2021) == date(2021, 4, 4)
    assert easter(2024) == date(2024, 3, 31)


def test_ostern_uses_easter(nlp):
    assert one(nlp, "Ostern 2024 fiel früh.").value == "2024-03-31"


def test_plain_function_without_spacy():
    found = find_times("Am 1. Mai 2020 streikten sie.", None)
    assert [(t.text, t.value, t.anchor_fallback) for t in found] == [("Am 1. Mai 2020", "2020-05-01", False)]


def test_survives_odd_document(nlp):
    assert run(nlp, "") == []


@pytest.mark.skipif(not SHARED.exists(), reason="../shared (sample article and gold) is not beside the checkout")
def test_sample_article(nlp):
    text = (SHARED / "samples" / "abna-irak-abzug.txt").read_text(encoding="utf-8")
    gold = json.loads((SHARED / "samples" / "abna-irak-abzug.gold.json").read_text(encoding="utf-8"))["times"]
    found = run(nlp, text)
    assert [(t.text, t.value, t.approximate) for t in found] == [
        (g["text"], g["value"], g.get("approximate", False)) for g in gold
    ]


@pytest.mark.skipif(not SHARED.exists(), reason="../shared (WikiNews test articles) is not beside the checkout")
def test_news_gate():
    from whosaid.evaluate.timex import run_news

    table = run_news(SHARED).table()
    assert table["lenient_f1"] >= 90.0
    assert table["value_acc"] >= 90.0


def test_english_lexicon_loads():
    assert find_times("", None, lang="en") == []


def test_tagged_pipeline_reads_the_tense_of_the_clause_not_the_sentence():
    """The frame is past ("kündigte an"), the reported clause points ahead ("würden ... abziehen")."""
    from whosaid.api import analyze

    record = analyze("Die Regierung kündigte am Mittwoch an, die Truppen würden bis Ende März abziehen.",
                     published="2021-12-10")
    assert [(t.text, t.value, t.mod) for t in record.times] == [
        ("am Mittwoch", "2021-12-08", None), ("bis Ende März", "2022-03", "END")]


def test_a_statement_is_dated_by_its_frame_and_its_content_by_the_event_time():
    from whosaid.api import analyze

    record = analyze("Die Regierung gab am Montag bekannt, dass am 31. Dezember 2021 keine Truppen mehr im Irak "
                     "sein würden.", published="2021-12-10")
    times = {t.id: t for t in record.times}
    (statement,) = record.statements
    assert times[statement.time].text == "am Montag"
    assert times[statement.event_time].value == "2021-12-31"


def test_how_long_a_sentence_lasts_is_not_when_a_statement_was_made():
    from whosaid.api import analyze

    record = analyze("Die Staatsanwaltschaft hatte zwölf Jahre für den Hauptangeklagten gefordert.",
                     published="2021-12-10")
    (statement,) = record.statements
    assert statement.time is None


# Which way a relative time points. Published on Wednesday, 2 December 2026.
WED = date(2026, 12, 2)


def values(text: str, published: date = WED) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the frame is past, but what is demanded by Thursday lies ahead of the publication date
        ("Verkehrsminister Schmidt verlangte am Mittwoch eine Antwort bis Donnerstag.",
         [("am Mittwoch", "2026-12-02"), ("bis Donnerstag", "2026-12-03")]),
        ("Der Vorsitzende kündigte an, am Freitag zurückzutreten.", [("am Freitag", "2026-12-04")]),
        ("Die Bahn kündigte an, ab Montag wieder normal zu fahren.", [("ab Montag", "2026-12-07")]),
        ("Die Gewerkschaft forderte, bis Ende der Woche ein Angebot vorzulegen.", [("bis Ende der Woche", "2026-W49")]),
        ("Der Konzern kündigte am Montag an, im März 2000 Stellen zu streichen.",
         [("am Montag", "2026-11-30"), ("im März", "2027-03")]),
        ("Das Gericht hat ihm bis zum 15. Januar Zeit gegeben.", [("bis zum 15. Januar", "2027-01-15")]),
        ("Die EU setzte Moskau eine Frist bis Freitag.", [("bis Freitag", "2026-12-04")]),
        # what someone wants, should or must do is planned
        ("Die Ministerin will im Frühjahr einen Gesetzentwurf vorstellen.", [("im Frühjahr", "2027-SP")]),
        ("Die Ministerin sagte, sie wolle im Frühjahr einen Entwurf vorlegen.", [("im Frühjahr", "2027-SP")]),
        # a deadline or an earliest time in a clause without a past of its own lies ahead
        ("Aus Parteikreisen hieß es, eine Einigung sei bis Mitte Januar realistisch.", [("bis Mitte Januar", "2027-01")]),
        ("Eine Trendwende sei frühestens im Frühjahr zu erwarten, sagte sie.", [("im Frühjahr", "2027-SP")]),
        # a warning is of what lies ahead
        ("Der Wetterdienst warnte für Donnerstag vor Sturmböen.", [("Donnerstag", "2026-12-03")]),
        ("Für das Wochenende erwartet der Wetterdienst Schnee.", [("Für das Wochenende", "2026-W49-WE")]),
        # a session requested or called for a day is held on that day ahead; the day of the request stays past
        ("Die Opposition beantragte für Donnerstag eine Sondersitzung.", [("Donnerstag", "2026-12-03")]),
        ("Der Ausschuss hat für Montag eine Anhörung anberaumt.", [("Montag", "2026-12-07")]),
        ("Der Asylbewerber beantragte am Montag Schutz.", [("am Montag", "2026-11-30")]),
    ],
)
def test_what_is_demanded_announced_or_planned_points_forward(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline in a clause with a past of its own, or reached before a demand in the pluperfect
        ("Die Polizei forderte mehr Personal, bis Sonntag waren 300 Beamte im Einsatz.", [("bis Sonntag", "2026-11-29")]),
        ("Bis Sonntag hatten die Behörden 300 Anträge gefordert.", [("Bis Sonntag", "2026-11-29")]),
        # what is announced as done is past
        ("Die Polizei gab bekannt, am Sonntag sei ein Mann festgenommen worden.", [("am Sonntag", "2026-11-29")]),
        ("Der Minister erklärte, er habe am Freitag mit Putin telefoniert.", [("am Freitag", "2026-11-27")]),
        # a past event in the perfect, reported in the past
        ("In der Nacht zum 3. Mai ist ein Lager abgebrannt, sagte die Polizei.",
         [("In der Nacht zum 3. Mai", "2026-05-02TNI")]),
        # whatever has lasted since a day began on it
        ("Der Streik dauert seit Montag an.", [("seit Montag", "2026-11-30")]),
    ],
)
def test_what_is_done_or_lasts_since_points_back(text, expected):
    assert values(text) == expected


def test_the_statement_a_time_is_said_in_decides_after_attribution():
    """whosaid_time_direction reads the statements: what is announced ("gab bekannt, der Markt bleibe am Sonntag
    geschlossen") points forward though the sentence is past; a statement that asserts leaves it; the content's own
    past keeps it back."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("whosaid_times")
    nlp.add_pipe("whosaid_time_direction")
    cases = [
        ("Die Stadt gab bekannt, der Markt bleibe am Sonntag geschlossen.", "announce", "2026-12-06"),
        ("Die Stadt sagte, der Markt bleibe am Sonntag geschlossen.", "assert", "2026-11-29"),
        ("Die Stadt gab bekannt, der Markt sei am Sonntag geschlossen worden.", "announce", "2026-11-29"),
    ]
    for text, stance, value in cases:
        doc = nlp.make_doc(text)
        doc._.published = WED
        content = doc.char_span(text.index(",") + 2, len(text) - 1)
        doc._.statements = [SimpleNamespace(stance=stance, content=[content])]
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        assert [(t.text, t.value) for t in doc._.times] == [("am Sonntag", value)], text


def test_the_pipeline_reanchors_what_a_statement_announces():
    from whosaid.api import analyze

    record = analyze("Die Stadt gab am Montag bekannt, der Markt bleibe am Sonntag geschlossen.",
                     published="2026-12-02")
    assert [(t.text, t.value) for t in record.times] == [("am Montag", "2026-11-30"), ("am Sonntag", "2026-12-06")]
    (statement,) = record.statements
    assert (statement.stance, statement.time, statement.event_time) == ("announce", "t0", "t1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present verb of its own dates the clause from now, not from the frame "..., teilte ... mit"
        ("Am Montag beginnt der Prozess, teilte das Gericht mit.", [("Am Montag", "2026-12-07")]),
        ("Ab Montag gelten neue Regeln, teilte die Stadt mit.", [("Ab Montag", "2026-12-07")]),
        # Konjunktiv I of reported speech is present too; "frühestens" points ahead
        ("Eine weitere Senkung erwarte er frühestens im Sommer, sagte der Ökonom.", [("im Sommer", "2027-SU")]),
        ("Die Hitze hält an. Zum Wochenende werde es deutlich kühler.", [("Zum Wochenende", "2026-W49-WE")]),
    ],
)
def test_the_tagged_pipeline_reads_a_present_clause_in_a_past_sentence_as_present(text, expected):
    from whosaid.api import analyze

    assert [(t.text, t.value) for t in analyze(text, published="2026-12-02").times] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In der Nacht auf Sonntag brannte ein Auto.", ("In der Nacht auf Sonntag", "2026-11-28TNI")),
        ("In der Nacht zu Montag ist ein Auto gestohlen worden.", ("In der Nacht zu Montag", "2026-11-29TNI")),
        ("Die Straße wird in der Nacht auf den 6. Dezember gesperrt.",
         ("in der Nacht auf den 6. Dezember", "2026-12-05TNI")),
        ("In der Nacht zum 1. Januar 2026 brannte es.", ("In der Nacht zum 1. Januar 2026", "2025-12-31TNI")),
    ],
)
def test_a_night_to_a_day_is_one_expression_dated_by_the_evening_before(text, expected):
    assert values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Mann wurde nach 15 Jahren aus der Haft entlassen.", ("nach 15 Jahren", "DURATION", "P15Y")),
        ("Er wurde nach 15 Jahren Haft freigelassen.", ("nach 15 Jahren", "DURATION", "P15Y")),
        ("Er lebt seit 15 Jahren in Berlin.", ("seit 15 Jahren", "DURATION", "P15Y")),
        ("Binnen 48 Stunden müssen die Diplomaten das Land verlassen.", ("Binnen 48 Stunden", "DURATION", "PT48H")),
        ("In zehn Tagen nahmen die Truppen die Stadt ein.", ("In zehn Tagen", "DURATION", "P10D")),
        # "in" with a number ahead of now is the point it names
        ("In 15 Jahren soll das Netz fertig sein.", ("In 15 Jahren", "DATE", "2041")),
        ("In zwei Wochen wird gewählt.", ("In zwei Wochen", "DATE", "2026-W51")),
        # a prison sentence in two units is one duration, in the larger unit
        ("Er wurde zu vier Jahren und neun Monaten Haft verurteilt.",
         ("vier Jahren und neun Monaten", "DURATION", "P4.75Y")),
        ("Die Anklage hatte sechs Jahre und sechs Monate gefordert.",
         ("sechs Jahre und sechs Monate", "DURATION", "P6.5Y")),
        ("Die Richter verhängten fünfeinhalb Jahre Haft.", ("fünfeinhalb Jahre", "DURATION", "P5.5Y")),
        # where the months are no round fraction of a year, in months
        ("Er erhielt ein Jahr und zwei Monate auf Bewährung.", ("ein Jahr und zwei Monate", "DURATION", "P14M")),
    ],
)
def test_after_since_and_within_a_number_of_units_say_how_long(text, expected):
    assert [(t.text, t.type, t.value) for t in find_times(text, WED)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Regierung hatte vor rund einem Monat neue Sanktionen angekündigt.", ("vor rund einem Monat", "2026-11")),
        ("Die Bauarbeiten sollen Ende nächster Woche abgeschlossen sein.", ("Ende nächster Woche", "2026-W50")),
        ("Am kommenden Montag will der Ausschuss entscheiden.", ("Am kommenden Montag", "2026-12-07")),
        ("Das Land will bis spätestens 2030 aus der Kohle aussteigen.", ("2030", "2030")),
        ("Mitte Januar soll der Haushalt stehen.", ("Mitte Januar", "2027-01")),
        ("Über das Wochenende bleibt die Brücke gesperrt.", ("Über das Wochenende", "2026-W49-WE")),
        ("Die Firma hatte am Montag vergangener Woche Insolvenz angemeldet.",
         ("am Montag vergangener Woche", "2026-11-23")),
        ("Am Dienstag der kommenden Woche soll unterschrieben werden.",
         ("Am Dienstag der kommenden Woche", "2026-12-08")),
        ("Seit vergangenem Jahr steigen die Preise.", ("Seit vergangenem Jahr", "2025")),
        ("Ab nächstem Jahr gilt die neue Regel.", ("Ab nächstem Jahr", "2027")),
        # the last autumn over, the next spring to begin, the winter that began on 1 December
        ("Im vergangenen Herbst hatte die Partei noch 20 Prozent erreicht.", ("Im vergangenen Herbst", "2026-FA")),
        ("Im kommenden Frühjahr soll gebaut werden.", ("Im kommenden Frühjahr", "2027-SP")),
        ("Im vergangenen Winter fiel kaum Schnee.", ("Im vergangenen Winter", "2025-WI")),
        ("Diesen Winter bleibt die Halle offen.", ("Diesen Winter", "2026-WI")),
        ("Der Vertrag läuft zum Monatsende aus.", ("zum Monatsende", "2026-12")),
        ("Zur Wochenmitte wird es kälter.", ("Zur Wochenmitte", "2026-W49")),
        # the end of the month in a past clause two days into December is November's
        ("Ende des Monats hatte die Regierung gewarnt.", ("Ende des Monats", "2026-11")),
        ("Zum Monatsende waren 300 Fälle gemeldet.", ("Zum Monatsende", "2026-11")),
        ("Am frühen Morgen wurde ein Mann festgenommen.", ("Am frühen Morgen", "2026-12-02TMO")),
        ("Am gestrigen Dienstag demonstrierten Tausende.", ("Am gestrigen Dienstag", "2026-12-01")),
        ("Im Herbst vergangenen Jahres war die Lage anders.", ("Im Herbst vergangenen Jahres", "2025-FA")),
        ("Im Mai kommenden Jahres wird gewählt.", ("Im Mai kommenden Jahres", "2027-05")),
        # what is put off is put off to a later time
        ("Die Regierung vertagte die Entscheidung auf Januar.", ("Januar", "2027-01")),
        ("Am Tag zuvor hatte es geregnet.", ("Am Tag zuvor", "2026-12-01")),
    ],
)
def test_news_phrases(text, expected):
    assert values(text) == [expected]


def test_boundary_nouns_give_a_mod():
    assert [(t.text, t.mod) for t in find_times("Zum Monatsende und zur Wochenmitte.", WED)] == [
        ("Zum Monatsende", "END"), ("zur Wochenmitte", "MID")]


def test_the_day_before_counts_from_the_day_last_mentioned():
    assert values("Am 3. Mai brannte es. Am Vortag hatte es geregnet.") == [("Am 3. Mai", "2026-05-03"),
                                                                           ("Am Vortag", "2026-05-02")]


@pytest.mark.usefixtures("nlp")
def test_a_weekday_in_a_pluperfect_frame_lies_behind():
    record = whosaid.analyze("Die Leitung des Kraftwerks hatte am Dienstag erklärt, eine Drohne habe das Dach "
                             "getroffen.", published="2025-10-22", lang="de")
    assert [(t.text, t.value) for t in record.times] == [("am Dienstag", "2025-10-21")]


@pytest.mark.usefixtures("nlp")
def test_the_time_after_a_speaker_in_apposition_dates_the_statement():
    record = whosaid.analyze("»Wir haben nichts getan«, sagte der Sprecher des Außenministeriums, Taras Dowhyj, am "
                             "Mittwoch in Kiew.", published="2025-10-22", lang="de")
    times = {t.id: t.text for t in record.times}
    assert [times.get(s.time) for s in record.statements] == ["am Mittwoch"]


def test_heuer_is_this_year_in_austrian_and_bavarian_news():
    assert values("Schon heuer seien Hunderte Stellen unbesetzt geblieben.") == [("heuer", "2026")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month a meeting is announced for lies ahead, though the announcement is past
        ("Die Ministerin kündigte für April ein Spitzengespräch an.", [("April", "2027-04")]),
        # a clock time before noon in a night falls on the day the night ends
        ("Der Streik soll in der Nacht zum Freitag um 2.00 Uhr beginnen.",
         [("in der Nacht zum Freitag", "2026-12-03TNI"), ("um 2.00 Uhr", "2026-12-04T02:00")]),
    ],
)
def test_targets_and_clock_times_in_a_night(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "approximate"),
    [("Kurz nach 18 Uhr traf die Feuerwehr ein.", True), ("Gegen 3 Uhr brach das Feuer aus.", True),
     ("Die Feuerwehr war kurz vor 2.30 Uhr vor Ort.", True), ("Um 18 Uhr traf die Feuerwehr ein.", False)],
)
def test_a_clock_time_shortly_after_or_towards_an_hour_is_approximate(text, approximate):
    (time,) = find_times(text, WED)
    assert time.approximate is approximate


def test_a_plan_in_reported_content_points_forward_whatever_the_tense_of_its_modal():
    """"sollten"/"wollten" in reported speech is a plan (Konjunktiv of sollen/wollen), and a month in it lies ahead;
    a perfect infinitive ("soll … erschossen haben") is hearsay about the past."""
    from whosaid.api import analyze

    planned = analyze("Die Zeitung hatte berichtet, die Verkehrsbetriebe wollten die Preise mit 1. Juli anheben.",
                      published="2027-01-19")
    assert [(t.text, t.value) for t in planned.times] == [("1. Juli", "2027-07-01")]
    done = analyze("Die Polizei teilte mit, der Mann solle im März einen Nachbarn bedroht haben.",
                   published="2027-01-19")
    assert [(t.text, t.value) for t in done.times] == [("im März", "2026-03")]


def test_a_weekday_with_a_short_part_of_the_day_is_one_expression():
    assert values("Die Strecke ist seit Montagfrüh gesperrt.") == [("seit Montagfrüh", "2026-11-30TMO")]


def test_an_announced_invitation_after_a_listing_points_forward():
    """The commas of a list ("Gewerkschaften, Schulleitungen und Eltern") end no clause: the month is that of the
    announced zu-infinitive."""
    from whosaid.api import analyze

    record = analyze("Der Minister kündigte an, im Januar Gewerkschaften, Schulleitungen und Eltern zu einem Gipfel "
                     "einzuladen.", published="2027-11-10")
    assert [(t.text, t.value) for t in record.times] == [("im Januar", "2028-01")]


@pytest.mark.parametrize("text, expected", [
    # a present "ist" with the participle of a verb whose perfect takes "haben" tells a state that lasts
    ("Die Straße ist bis Freitag gesperrt, sagte die Polizei.", ("bis Freitag", "2026-03-20")),
    ("Die Sitzung ist für Dienstag angesetzt.", ("Dienstag", "2026-03-24")),
    # a perfect with "sein" is the past, southern "ist gestanden" included
    ("Der Minister ist am Montag in Berlin gelandet.", ("am Montag", "2026-03-16")),
    ("Die Gäste sind am Montag stundenlang in der Schlange gestanden.", ("am Montag", "2026-03-16")),
])
def test_a_state_told_with_ist_and_a_participle_is_now_not_the_past(text, expected):
    from whosaid.api import analyze

    assert expected in [(t.text, t.value) for t in analyze(text, published="2026-03-18").times]


@pytest.mark.parametrize(("text", "expected"), [
    # a clock time or part of the day in a past sentence without a day of its own falls on the day the sentence
    # just before told of (WED is Wednesday, 2 December 2026)
    ("Bei einem Brand in Kassel sind am Samstagabend zwei Menschen verletzt worden. Das Feuer sei gegen 21.40 Uhr "
     "in einer Werkstatt ausgebrochen.", ("gegen 21.40 Uhr", "2026-11-28T21:40")),
    ("Auf der A7 hat es am Montag einen Unfall gegeben. Die Autobahn war am Abend noch gesperrt.",
     ("am Abend", "2026-11-30TEV")),
    # two sentences on, or a present clause, it is the day of publication again
    ("Auf der A7 hat es am Montag einen Unfall gegeben. Die Polizei ermittelt. Die Strecke ist ab 18 Uhr frei.",
     ("ab 18 Uhr", "2026-12-02T18:00")),
])
def test_a_clock_time_falls_on_the_day_the_sentence_before_told_of(text, expected):
    assert expected in values(text)


@pytest.mark.parametrize("text", [
    "Befragt wurden junge Menschen zwischen 16 und 25 Jahren.",
    "Zwei Mädchen im Alter von 9 und 11 Jahren wurden leicht verletzt.",
    "Die Impfung wird für Kinder unter zwölf Jahren empfohlen.",
])
def test_an_age_range_after_alter_or_a_noun_for_people_is_no_time(text):
    assert values(text) == []


def test_a_range_of_years_after_a_sentence_is_still_a_duration():
    assert values("Er wurde zu einer Haftstrafe von drei Jahren verurteilt.") == [("drei Jahren", "P3Y")]


@pytest.mark.parametrize("text", [
    "Der Konzern prüft den Abbau von 1800 Arbeitsplätzen.",
    "Bundesweit sollen 3000 Stellen wegfallen, davon 1400 in Bayern.",
])
def test_a_number_of_jobs_or_a_part_after_davon_is_a_count_not_a_year(text):
    assert values(text) == []


@pytest.mark.parametrize("text", [
    "Sie gewann mit einem Vorsprung von 0,12 Sekunden.",
    "Der Schweizer musste sich nur um 0,31 Sekunden geschlagen geben.",
])
def test_a_fraction_of_seconds_is_a_margin_not_a_time(text):
    assert values(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Aktie verlor bis zum Mittag zwei Prozent.", [("bis zum Mittag", "2026-12-02T12:00")]),
    ("Am Dienstag blieb die Anfrage bis zum Abend unbeantwortet.",
     [("Am Dienstag", "2026-12-01"), ("bis zum Abend", "2026-12-01TEV")]),
])
def test_until_a_part_of_the_day_is_that_part_of_the_day_told_of(text, expected):
    assert values(text) == expected


def tagged(text: str, published: str) -> list[tuple[str, str]]:
    from whosaid.api import analyze

    return [(t.text, t.value) for t in analyze(text, published=published).times]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the tagger may read "abzuhalten" as a preterite ("-ten"); a zu-infinitive has no tense of its own
    ("Die Stadträtin kündigte an, im April eine Anhörung abzuhalten.", "2027-02-10", [("im April", "2027-04")]),
    ("Der Verein kündigte an, das Angebot im Herbst auszuweiten.", "2027-04-12", [("im Herbst", "2027-FA")]),
    # a quoted phrase inside the announced infinitive does not end it
    ("Der Trainer kündigte an, im Herbst „mit neuer Kraft“ anzugreifen.", "2028-04-30", [("im Herbst", "2028-FA")]),
])
def test_an_announced_zu_infinitive_points_forward_whatever_the_tagger_reads(text, published, expected):
    assert tagged(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # Konjunktiv "sei/seien" + participle of a verb whose perfect takes "haben": a state now, as "ist ... gesichert"
    ("Die Renten seien bis Ende November gesichert, sagte der Verwalter.", "2026-09-24", [("bis Ende November", "2026-11")]),
    ("Die Brücke sei bis Ende Januar gesperrt, teilte das Amt mit.", "2028-11-14", [("bis Ende Januar", "2029-01")]),
    # a verb of motion takes "sein" in the perfect: what is told is past
    ("Rund 500 Kämpfer seien in der Nacht zum Mittwoch auf das Gebiet vorgedrungen, berichtete der Sender.",
     "2027-05-20", [("in der Nacht zum Mittwoch", "2027-05-18TNI")]),
])
def test_a_reported_state_with_sei_is_now_a_reported_motion_is_past(text, published, expected):
    assert tagged(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Ob sie ihren im Sommer auslaufenden Vertrag verlängert, ließ die Spielerin offen.", "2028-04-30",
     [("im Sommer", "2028-SU")]),
    ("Der Verband kritisierte die im Oktober beginnende Reform.", "2028-04-30", [("im Oktober", "2028-10")]),
])
def test_a_time_before_a_present_participle_counts_from_now(text, published, expected):
    assert tagged(text, published) == expected


def test_the_first_month_of_a_range_takes_the_year_written_after_the_second():
    assert values("Die Forscher hatten zwischen März und August 2028 Proben genommen.", date(2029, 11, 14)) == [
        ("März", "2028-03"), ("August 2028", "2028-08")]
    assert values("Von November bis Februar 2029 blieb das Bad geschlossen.", date(2029, 11, 14))[0][1] == "2028-11"


def test_noon_in_a_compound_is_twelve_o_clock():
    assert values("Der Sturm erreichte am Freitagmittag die Küste.") == [("am Freitagmittag", "2026-11-27T12:00")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Die Polizei hatte am Montagmorgen zwei Männer festgenommen. Sie wurden noch am selben Tag dem Haftrichter "
     "vorgeführt.", "2028-03-14", [("am Montagmorgen", "2028-03-13TMO"), ("am selben Tag", "2028-03-13")]),
    # the day of the report (the publication day) is not the day the story goes on with
    ("Unbekannte hatten am Samstag eine Bank überfallen, teilte die Polizei am Montag mit. Noch am selben Abend "
     "fassten Beamte die Täter.", "2026-04-13",
     [("am Samstag", "2026-04-11"), ("am Montag", "2026-04-13"), ("am selben Abend", "2026-04-11TEV")]),
])
def test_the_same_day_is_the_day_the_story_told_of(text, published, expected):
    assert tagged(text, published) == expected


def test_a_number_of_years_after_an_event_says_how_long_after():
    found = find_times("Gut zwei Jahre nach dem Brand öffnete das Museum wieder.", WED)
    assert [(t.text, t.value, t.approximate) for t in found] == [("Gut zwei Jahre", "P2Y", True)]
    assert values("Patienten müssten bis zu 40 Minuten nach Cham fahren.") == [("40 Minuten", "PT40M")]


def test_an_inflected_adjective_of_duration_is_an_attribute_the_adverb_a_time():
    assert values("Nach stundenlangen Beratungen stand das Ergebnis fest.") == []
    assert values("Die jahrelange Sanierung ist beendet.") == []
    assert values("Die Gremien berieten stundenlang.") == [("stundenlang", "PTXH")]


@pytest.mark.parametrize("text", [
    "Das Rentenalter soll von 65 Jahren schrittweise auf 67 Jahre steigen.",
    "Fast jeder zweite Gast war jünger als 25 Jahre.",
    "Die Altersgrenze für Schöffen liegt bei 70 Jahren.",
])
def test_an_age_after_an_age_noun_or_a_comparison_of_ages_is_no_time(text):
    assert values(text) == []


def test_a_number_before_an_adjective_and_a_counted_noun_is_a_count():
    assert values("Zum Semesterstart wurden 1300 zusätzliche Plätze geschaffen.") == []
    assert values("Bis zum Herbst sollen um 1800 Betten wegfallen.") == [("Bis zum Herbst", "2027-FA")]
    assert values("Die Gemeinde zahlt seit 2019 für Kinder einen Zuschuss.") == [("seit 2019", "2019")]


def test_the_whole_business_year_and_the_same_period_last_year():
    assert values("Für das Gesamtjahr rechnet die Reederei mit mehr Fracht.") == [("Gesamtjahr", "2026")]
    assert values("Der Absatz lag unter dem Vorjahreszeitraum.") == [("Vorjahreszeitraum", "2025")]
    assert values("Ab dem Wochenende ruht der Betrieb.") == [("Ab dem Wochenende", "2026-W49-WE")]


@pytest.mark.parametrize("text", [
    "Die „Kurier am Sonntag“ hatte über den Plan berichtet.",
    "Wie die »Zeitung am Montag« schrieb, ist der Vertrag fertig.",
])
def test_a_quoted_name_that_ends_in_a_weekday_is_no_time(text):
    assert values(text) == []


def test_a_time_something_is_said_for_is_not_when_it_was_said():
    from whosaid.api import analyze

    record = analyze("Für das Gesamtjahr bestätigte die Reederei ihre Prognose eines Gewinns von zehn Millionen Euro.",
                     published="2027-05-05")
    assert [t.text for t in record.times] == ["Gesamtjahr"]
    assert [s.time for s in record.statements] == [None]


def test_a_year_that_names_a_budget_is_not_when_it_was_said():
    from whosaid.api import analyze

    record = analyze("Mit Blick auf den Haushalt 2031 kündigte die Kämmerin einen Sparkurs an.", published="2030-09-25")
    assert [(t.text, t.value) for t in record.times] == [("2031", "2031")]
    assert [s.time for s in record.statements] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    # the infinitive clause depends on the present clause before it, not on the frame "sagte"
    ("Ein Diplomat sagte der Agentur, Moskau versuche, vor dem Treffen im Dezember Streit zu säen.",
     [("im Dezember", "2026-12")]),
    ("Sie hatte versucht, im März den Vorsitz zu übernehmen.", [("im März", "2026-03")]),
])
def test_a_zu_infinitive_clause_takes_the_tense_of_the_clause_it_depends_on(text, expected):
    assert tagged(text, "2026-10-21") == expected


def test_a_date_something_takes_effect_from_points_forward_unless_told_as_past():
    assert values("Die Satzung sieht eine Erhöhung zum 1. Januar vor.", date(2026, 6, 9)) == [
        ("zum 1. Januar", "2027-01-01")]
    assert values("Zum 1. Januar war die Gebühr gestiegen.", date(2026, 6, 9)) == [("Zum 1. Januar", "2026-01-01")]


def test_a_subject_every_day_and_an_inflected_set_adjective_are_no_times():
    assert values("Jeder Tag ohne Einigung kostet Geld.") == []
    assert values("Die tägliche Bildschirmzeit der Kinder stieg.") == []
    assert values("Die Kinder lesen täglich und jeden Tag länger.") == [("täglich", "P1D"), ("jeden Tag", "P1D")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Solche Fehler gab es in der Vergangenheit selten.", [("in der Vergangenheit", "PAST_REF")]),
    ("Die Mieten der vergangenen Jahre stiegen stark.", [("der vergangenen Jahre", "PAST_REF")]),
    ("Zum jetzigen Zeitpunkt ist nichts entschieden.", [("Zum jetzigen Zeitpunkt", "PRESENT_REF")]),
    ("Im Moment ruht der Verkehr.", [("Im Moment", "PRESENT_REF")]),
    ("Die Bande betrog über Jahre mehrere Kassen.", [("über Jahre", "PXY")]),
])
def test_vague_references_to_the_past_and_now(text, expected):
    assert values(text) == expected


def test_the_second_year_of_a_range_is_a_year_before_a_noun_too():
    assert values("Er soll zwischen 2018 und 2023 Rechnungen gefälscht haben.") == [("2018", "2018"), ("2023", "2023")]


def test_until_into_the_night_is_the_night_of_the_day_told():
    assert values("Am Montag tagte der Rat. Die Sitzung dauerte bis in die Nacht.") == [
        ("Am Montag", "2026-11-30"), ("bis in die Nacht", "2026-11-30TNI")]


def test_early_summer_is_summer_approximately():
    found = find_times("Die neuen Busse sollen im Frühsommer fahren.", date(2027, 3, 10))
    assert [(t.text, t.value, t.approximate) for t in found] == [("im Frühsommer", "2027-SU", True)]


@pytest.mark.parametrize(("text", "expected"), [
    # a past report of "the night" on a day told: the night that ended on that day (TIMEX3 values a night by the
    # evening it begins), as "in der Nacht zum Dienstag"
    ("Die Armee erklärte am Dienstag, sie habe in der Nacht eine Stellung angegriffen.",
     [("am Dienstag", "2026-12-01"), ("in der Nacht", "2026-11-30TNI")]),
    ("Die Feuerwehr teilte mit, in der Nacht sei eine Scheune abgebrannt.", [("in der Nacht", "2026-12-01TNI")]),
    # a part of the day after a night told is the morning after it
    ("In der Nacht zum Dienstag brannte eine Halle. Die Feuerwehr war am Morgen noch im Einsatz.",
     [("In der Nacht zum Dienstag", "2026-11-30TNI"), ("am Morgen", "2026-12-01TMO")]),
    # what lies ahead, or goes on "bis in die Nacht", is the night that begins on the day
    ("Die Bauarbeiten beginnen in der Nacht.", [("in der Nacht", "2026-12-02TNI")]),
])
def test_the_night_of_a_past_report_is_the_one_before_the_day_told(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Die Stadträtin widersprach am Montag dem Bürgermeister.",
    "Der Verband bestritt am Montag die Vorwürfe.",
    "Die Ministerin empfahl am Montag eine Pause.",
    "Der Verein verschob am Montag das Spiel.",
    # a participle in "ge-…-t" after "haben" that the tagger read as a present ("gehört")
    "Die Mission teilte mit, ihre Patrouillen hätten am Montag Schüsse gehört.",
])
def test_a_weekday_told_with_a_strong_past_is_the_last_one(text):
    """ "widersprach", "bestritt", "empfahl", "verschob": strong pasts, with a prefix or a vowel of their own, date
    their clause in the past like "sagte" does."""
    record = whosaid.analyze(text, published="2026-12-02", lang="de")
    assert [(t.text, t.value) for t in record.times] == [("am Montag", "2026-11-30")]
