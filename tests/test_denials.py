"""Denials and what they deny: a denial that leads the article points at the report it answers, content that calls a
report false is a denial, and both give a contradiction; sentences that report nothing are no statements."""

from __future__ import annotations

import pytest

import whosaid

pytestmark = pytest.mark.usefixtures("nlp")

BAHN = """Bahn weist Bericht über Zugausfälle zurück

Berlin (dpa) – Die Deutsche Bahn hat einen Bericht des „Spiegel“ über geplante Streichungen im Fernverkehr \
zurückgewiesen. „Das ist eine reine Erfindung“, sagte ein Konzernsprecher am Mittwoch in Berlin. Es gebe keine Pläne, \
Verbindungen zwischen Hamburg und München zu streichen.

Der „Spiegel“ hatte am Dienstag unter Berufung auf interne Unterlagen berichtet, die Bahn wolle im kommenden Jahr rund \
40 Fernverkehrsverbindungen einstellen. Der Bericht sei falsch, sagte der Sprecher. Namen nannte das Magazin nicht.

Bahnchef Richard Lutz hatte im Frühjahr angekündigt, das Angebot bis 2030 auszubauen. Der 61-Jährige sagte damals, \
die Bahn brauche mehr Geld vom Bund. Am Sonntag sollen neue Züge in Köln vorgestellt werden.
"""


@pytest.fixture(scope="module")
def bahn():
    return whosaid.analyze(BAHN, published="2026-12-02", lang="de")


def by_content(record, start: str):
    """The statement whose content starts so; of a report and the source it cites, the report itself."""
    found = sorted((s for s in record.statements if s.content.text.startswith(start)), key=lambda s: s.via is not None)
    assert found, f"no statement starting {start!r} in {[s.content.text for s in record.statements]}"
    return found[0]


def test_a_denial_that_leads_the_article_answers_the_report_after_it(bahn):
    denial = by_content(bahn, "einen Bericht des „Spiegel“")
    report = by_content(bahn, "die Bahn wolle")
    assert (denial.stance, denial.speaker.resolved) == ("deny", "Deutsche Bahn")
    assert report.speaker.resolved == "Spiegel"
    assert denial.refers_to == report.id
    assert (report.id, denial.id) in {(c.claim, c.counter) for c in bahn.contradictions}


def test_content_that_calls_a_report_false_denies_it_whatever_the_cue(bahn):
    false = by_content(bahn, "Der Bericht sei falsch")
    invented = by_content(bahn, "Das ist eine reine Erfindung")
    assert (false.stance, false.cue.lemma, false.speaker.resolved) == ("deny", "sagen", "Deutsche Bahn")
    assert (invented.stance, invented.speaker.resolved) == ("deny", "Deutsche Bahn")
    assert by_content(bahn, "die Bahn wolle").id in {c.claim for c in bahn.contradictions if c.counter == false.id}


def test_what_was_withheld_and_a_planned_event_are_no_statements(bahn):
    texts = [s.content.text for s in bahn.statements]
    assert not any("Magazin" in t for t in texts)
    assert not any("Züge in Köln" in t for t in texts)


def test_an_age_description_takes_up_the_person_named_before(bahn):
    assert by_content(bahn, "die Bahn brauche").speaker.resolved == "Richard Lutz"


@pytest.mark.parametrize(
    "text, report_content",
    [
        ("Die Polizei dementierte einen Bericht, wonach der Täter bereits gefasst sei.",
         "der Täter bereits gefasst sei"),
        ("Die Bahn wies einen Bericht des „Spiegel“ zurück, wonach 40 Verbindungen wegfallen sollen.",
         "40 Verbindungen wegfallen sollen"),
        ("Das Innenministerium hat einen Bericht der „Bild“-Zeitung zurückgewiesen, wonach die Kontrollen auslaufen.",
         "die Kontrollen auslaufen"),
        # a statement just before is not what "einen Bericht" means: the wonach clause says which report
        ("Die Marine begleite Tanker, sagten drei Beamte. Der Kreml wies einen Bericht zurück, wonach Kampfjets den "
         "Luftraum verletzt hätten.", "Kampfjets den Luftraum verletzt hätten"),
        # the report in front of the cue, its wonach clause inside the denied object
        ("Einen Bericht der „Rheinpost“, wonach die Klinik in Kleve schließen soll, wies der Landrat zurück.",
         "die Klinik in Kleve schließen soll"),
        # a report "von" a quoted broadcaster
        ("Einen Bericht von „Radio Saarland“, wonach die Klinik in Merzig schließen soll, wies der Landrat zurück.",
         "die Klinik in Merzig schließen soll"),
    ],
)
def test_a_wonach_clause_is_the_report_a_denial_answers_and_what_it_denies(text, report_content):
    record = whosaid.analyze(text, published="2026-12-02", lang="de")
    report = next(s for s in record.statements if s.cue.lemma == "wonach")
    denial = next(s for s in record.statements if s.stance == "deny")
    assert (report.content.text, denial.content.text, denial.refers_to) == (report_content, report_content, report.id)
    assert [(c.claim, c.counter) for c in record.contradictions] == [(report.id, denial.id)]


@pytest.mark.parametrize("text, contradicted", [
    ("Gesundheitsministerin Anna Roth hat der Landrätin widersprochen. Landrätin Doris Weßel hatte dem Land "
     "vorgeworfen, die Klinik ausbluten zu lassen.", "Landrätin Doris Weßel"),
    ("Die Reederei Kolbe hat dem Ministerium widersprochen. Das Ministerium hatte erklärt, die Reederei habe Fristen "
     "versäumt.", "Das Ministerium"),
])
def test_a_denial_of_someone_that_leads_answers_what_they_are_then_told_to_have_said(text, contradicted):
    record = whosaid.analyze(text, published="2026-12-02", lang="de")
    denial, claim = record.statements
    assert (denial.stance, denial.refers_to, claim.speaker.text) == ("deny", claim.id, contradicted)
    assert [(c.claim, c.counter) for c in record.contradictions] == [(claim.id, denial.id)]


def test_declining_to_comment_denies_nothing_and_ends_the_report_before_it():
    record = whosaid.analyze(
        "Die Firma Holm hat einen Bericht über Übernahmegespräche zurückgewiesen. „Wir führen keine solchen "
        "Gespräche“, sagte ein Sprecher. Zu Marktgerüchten äußere man sich grundsätzlich nicht.\n\n"
        "Die Zeitung hatte berichtet, Holm prüfe ein Angebot. Der Konkurrent wollte sich nicht äußern. Es wäre die "
        "größte Übernahme der Firmengeschichte.", published="2026-12-02", lang="de")
    silence = by_content(record, "Zu Marktgerüchten")
    assert (silence.stance, silence.refers_to) == ("assert", None)
    assert not any(s.content.text.startswith("Es wäre") for s in record.statements)


def test_rejecting_the_criticism_answers_the_criticism_not_the_last_word_said():
    record = whosaid.analyze(
        "Trainer Xabi Alonso kritisierte den Schiedsrichter. „Das war ein klarer Elfmeter“, sagte der Spanier. "
        "Bayern-Coach Vincent Kompany sah das anders. Die Entscheidung sei korrekt gewesen, sagte der Belgier. "
        "Schiedsrichter Felix Zwayer wies die Kritik zurück.", published="2026-12-02", lang="de")
    criticism, denial = by_content(record, "den Schiedsrichter"), by_content(record, "die Kritik")
    assert denial.refers_to == criticism.id


def test_a_confirmation_of_a_report_answers_it():
    record = whosaid.analyze("Der Konzern bestätigte den Bericht. Die Zeitung hatte gemeldet, dass 500 Stellen "
                             "wegfallen.", published="2026-12-02", lang="de")
    confirmation, report = by_content(record, "den Bericht"), by_content(record, "dass 500")
    assert (confirmation.stance, confirmation.refers_to) == ("confirm", report.id)
    assert record.contradictions == []


@pytest.mark.parametrize(
    "text",
    [
        "Das wäre das falsche Signal, sagte die Ministerin.",  # "falsch" describing, not denying
        "Die Vorwürfe seien nicht falsch, sagte der Anwalt.",  # negated
    ],
)
def test_falsity_words_that_deny_nothing(text):
    record = whosaid.analyze(text, published="2026-12-02", lang="de")
    assert [s.stance for s in record.statements] == ["assert"]


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ("Der frühere Generalsekretär Markus Haider hat die Vorwürfe, er habe Spenden angenommen, entschieden "
         "zurückgewiesen.", "Der frühere Generalsekretär Markus Haider", "hat ... zurückgewiesen",
         "die Vorwürfe, er habe Spenden angenommen"),
        ("Der Minister wies den Vorwurf, er habe gelogen, zurück.", "Der Minister", "wies ... zurück",
         "den Vorwurf, er habe gelogen"),
    ],
)
def test_a_denied_report_keeps_its_reported_clause_and_the_clause_says_nothing_itself(text, speaker, cue, content):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    assert [(s.speaker.text, s.cue.text, s.stance, s.content.text) for s in record.statements] == [
        (speaker, cue, "deny", content)]


def test_a_headline_denial_without_a_full_stop_keeps_its_particle():
    record = whosaid.analyze("Haider weist Spendenvorwürfe zurück\n\nWien – Der Politiker äußerte sich am Freitag "
                             "nicht zu den Vorwürfen der Zeitung.", published="2026-03-06", lang="de")
    assert (record.statements[0].cue.text, record.statements[0].stance) == ("weist ... zurück", "deny")


def _answered(text: str) -> list[tuple[str, str]]:
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    return [(s.content.text, by_id[s.refers_to].content.text) for s in record.statements if s.refers_to]


@pytest.mark.parametrize(
    "text, claim",
    [
        ("„Unsere Leute sind wütend“, sagte der Betriebsratschef Tarek Yilmaz. Die Geschäftsführung verweigere seit "
         "Wochen jedes Gespräch über die Schichtpläne. Die Firma Kessler wies das zurück.",
         "Die Geschäftsführung verweigere seit Wochen jedes Gespräch über die Schichtpläne"),
        ("„Das war Betrug“, sagte die Zeugin Ines Faber. Der Angeklagte habe ihr das Geld in einem Café abgenommen. "
         "Sein Anwalt Jens Mohr wies das zurück.", "Der Angeklagte habe ihr das Geld in einem Café abgenommen"),
    ],
)
def test_a_demonstrative_takes_up_the_report_continuing_a_quote(text, claim):
    assert ("das", claim) in _answered(text)


def test_a_demonstrative_takes_up_the_statement_an_indirect_continuation_continues():
    pairs = _answered(
        "Die Armee erklärte, bei dem Angriff seien drei Radaranlagen zerstört worden. Auch ein Depot sei getroffen "
        "worden. Die Regierung wies das zurück.")
    assert ("das", "bei dem Angriff seien drei Radaranlagen zerstört worden") in pairs


@pytest.mark.parametrize("opening", ["Das", "Auch das"])
def test_a_fronted_demonstrative_after_a_focus_particle_is_the_object_denied(opening):
    """ "Auch das wies die Firma zurück: …": the particle leaves "das" the object; the clause after the colon has a
    frame of its own and is not the denial's content."""
    pairs = _answered("Dem Bericht zufolge sollen in der Zentrale 300 Stellen wegfallen. " + opening + " wies die "
                      "Firma zurück: Ein Stellenabbau sei nicht geplant, teilte das Unternehmen mit.")
    assert ("das", "sollen in der Zentrale 300 Stellen wegfallen") in [(a.lower(), b) for a, b in pairs]


@pytest.mark.parametrize("text", [
    "Der Verband fordert höhere Gebühren. Die Senatorin lehnte das am Montag ab.",
    "Der Verband fordert höhere Gebühren. Der Minister wies das entschieden zurück.",
    "Der Verband fordert höhere Gebühren. Der Senat bestätigte dies gegenüber der Zeitung.",
])
def test_a_demonstrative_object_answered_is_the_pronoun_alone_without_time_or_manner(text):
    """ "lehnte das am Montag ab": the time, the manner and who was told are no part of what is denied."""
    record = whosaid.analyze(text, published="2026-11-20", lang="de")
    answer = record.statements[-1]
    assert answer.content.text in {"das", "dies"}


def test_a_denial_of_a_demonstrative_answers_what_was_said_just_before():
    assert _answered("Laut „Kicker“ soll Mainz bereits mit einem Nachfolger Kontakt aufgenommen haben. Ein "
                     "Vereinssprecher nannte das am Sonntag »völligen Unsinn«.") == [
        ("das am Sonntag »völligen Unsinn«", "soll Mainz bereits mit einem Nachfolger Kontakt aufgenommen haben")]


def test_a_lead_denial_answers_the_claim_told_after_it_on_the_same_topic():
    pairs = _answered(
        "Die Ukraine hat zurückgewiesen, sie habe das Atomkraftwerk Saporischschja mit einer Drohne angegriffen. "
        "Der Sprecher des Außenministeriums sagte, das sei eine Inszenierung. Die von Russland eingesetzte Leitung "
        "des Kraftwerks hatte erklärt, eine ukrainische Drohne habe das Dach eines Trainingszentrums getroffen.")
    assert pairs[0] == ("sie habe das Atomkraftwerk Saporischschja mit einer Drohne angegriffen",
                        "eine ukrainische Drohne habe das Dach eines Trainingszentrums getroffen")


def test_an_answer_to_a_description_takes_up_its_last_continuation():
    pairs = _answered(
        "Außenamtssprecher Mehdi Sadeghi sagte, das Atomprogramm diene friedlichen Zwecken. Iran habe der IAEA keine "
        "Inspektionen verweigert. Diplomaten in Wien widersprachen dieser Darstellung.")
    assert pairs == [("dieser Darstellung", "Iran habe der IAEA keine Inspektionen verweigert")]


@pytest.mark.parametrize(
    "text, stance",
    [
        ("Dass es Kontakte gibt, bestritt Jerusalem allerdings nicht.", "concede"),
        ("Der Konzern hat den Bericht nicht dementiert.", "concede"),
        ("Er bestritt, dass er nicht dort war.", "deny"),
    ],
)
def test_a_denial_negated_in_its_frame_concedes(text, stance):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    assert [s.stance for s in record.statements] == [stance]


def test_a_lead_denial_answers_hearsay_told_in_the_pluperfect_and_an_office_speaks_for_itself():
    record = whosaid.analyze(
        "Israel hat Berichte über ein Abkommen mit Syrien zurückgewiesen. »Es gibt keine Vereinbarung«, erklärte das "
        "Büro von Ministerpräsident Benjamin Netanjahu. Aus syrischen Regierungskreisen war am Dienstag verlautet, "
        "beide Seiten hätten sich verständigt.", published="2026-03-06", lang="de")
    denial, office, hearsay = record.statements
    assert denial.refers_to == hearsay.id
    assert (office.speaker.resolved, hearsay.speaker.resolved) == (
        "Büro von Ministerpräsident Benjamin Netanjahu", "syrische Regierungskreise")


def test_an_answer_to_the_account_takes_up_the_statement_not_its_last_continuation():
    pairs = _answered(
        "Beide Seiten hätten sich auf die Freilassung von zehn Geiseln geeinigt, verlautete aus Sicherheitskreisen. "
        "Offen sei noch die Dauer der Feuerpause. Die Hamas wies die Darstellung zurück.")
    assert pairs == [("die Darstellung", "Beide Seiten hätten sich auf die Freilassung von zehn Geiseln geeinigt")]


def test_a_speaker_backing_their_own_words_contradicts_no_one():
    record = whosaid.analyze(
        "Die Ortschaft sei weiter unter ukrainischer Kontrolle, sagte Armeesprecher Serhij Bondar. „Das ist reine "
        "Propaganda“, sagte Bondar.", published="2026-03-06", lang="de")
    assert record.contradictions == []


def test_a_denial_of_the_report_answers_the_report_not_the_statement_just_before():
    record = whosaid.analyze(
        "Die „Sächsische Zeitung“ hatte berichtet, die Intendantin wolle Dresden verlassen. Die Intendantin räumte "
        "ein, dass die Kürzungen das Haus hart träfen. Das Ministerium wies den Bericht ebenfalls zurück.",
        published="2026-03-06", lang="de")
    by_cue = {s.cue.lemma: s for s in record.statements if s.cue}
    assert by_cue["zurückweisen"].refers_to == by_cue["berichten"].id


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Berichte über Unruhe in der Kabine wies der Coach zurück.", "der Coach", "Berichte über Unruhe in der Kabine"),
        ("Die Vorwürfe gegen den Minister wies sein Sprecher zurück.", "sein Sprecher",
         "Die Vorwürfe gegen den Minister"),
        # a report that confirms something keeps its place as subject
        ("Der Bericht bestätigte die Befürchtungen der Experten.", "Der Bericht", "die Befürchtungen der Experten"),
    ],
)
def test_a_report_in_front_of_a_denial_is_what_is_denied(text, speaker, content):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    assert [(s.speaker.text, s.content.text) for s in record.statements] == [(speaker, content)]


def test_a_denial_of_accusations_followed_by_their_clause_answers_the_accusation_told_after_it():
    record = whosaid.analyze(
        "China hat Vorwürfe aus Washington zurückgewiesen, es drossele gezielt die Ausfuhr von Gallium. Die "
        "US-Regierung hatte China am Mittwoch vorgeworfen, die Lieferungen an Zulieferer eingestellt zu haben.",
        published="2026-03-06", lang="de")
    denial = next(s for s in record.statements if s.stance == "deny")
    claim = next(s for s in record.statements if s.cue and s.cue.lemma == "vorwerfen")
    assert (denial.kind, denial.content.text, denial.refers_to) == (
        "Reported", "es drossele gezielt die Ausfuhr von Gallium", claim.id)
    assert [(c.claim, c.counter) for c in record.contradictions] == [(claim.id, denial.id)]


@pytest.mark.parametrize(
    "text, content",
    [
        ("Die britische Regierung hat russische Angaben über getötete Offiziere als „frei erfunden“ zurückgewiesen.",
         "russische Angaben über getötete Offiziere als „frei erfunden“"),
        ("Das Weiße Haus hat den Bericht als „reine Propaganda“ zurückgewiesen.", "den Bericht als „reine Propaganda“"),
    ],
)
def test_a_denial_calling_a_report_a_quoted_name_in_the_perfect_is_found(text, content):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    assert [(s.stance, s.content.text) for s in record.statements] == [("deny", content)]


def test_accusations_of_a_country_in_the_genitive_answer_that_countrys_pluperfect_claim():
    record = whosaid.analyze(
        "Eritrea weist äthiopische Vorwürfe zurück\n\n"
        "Nairobi (Reuters) – Eritrea hat Vorwürfe Äthiopiens über einen Truppenaufmarsch an der Grenze als "
        "„haltlose Erfindung“ zurückgewiesen. Kein eritreischer Soldat habe seine Stellung verlassen, schrieb "
        "Informationsminister Tesfay Woldemichael am Dienstag auf der Plattform X. Die äthiopische Regierung hatte am "
        "Montag erklärt, eritreische Einheiten hätten nahe der Grenze neue Stellungen bezogen.",
        published="2027-02-10", lang="de")
    claim = next(s for s in record.statements if s.speaker and s.speaker.resolved == "äthiopische Regierung")
    denials = [s for s in record.statements if s.stance == "deny" and s.speaker and s.speaker.resolved == "Eritrea"]
    assert denials and all(d.refers_to == claim.id for d in denials)
    assert all(c.claim == claim.id for c in record.contradictions)


def test_a_foreign_ministry_is_not_the_home_one_and_a_joining_denial_answers_the_same_claim():
    record = whosaid.analyze(
        "London (AFP) – Die britische Regierung hat russische Angaben über getötete britische Offiziere als „frei "
        "erfunden“ zurückgewiesen. Kein Soldat sei verletzt worden, erklärte ein Sprecher des Verteidigungsministeriums. "
        "Das russische Verteidigungsministerium hatte am Montag behauptet, vier britische Offiziere seien ums Leben "
        "gekommen.\n\nEine Staatssekretärin sagte, britische Ausbilder seien nicht in der Ukraine. Auch die "
        "ukrainische Armee bestritt die Darstellung.", published="2026-05-06", lang="de")
    by_speaker = {s.speaker.text: s for s in record.statements if s.speaker}
    claim = by_speaker["Das russische Verteidigungsministerium"]
    assert claim.speaker.resolved == "russisches Verteidigungsministerium"
    assert by_speaker["ein Sprecher des Verteidigungsministeriums"].speaker.resolved == "britisches Verteidigungsministerium"
    assert by_speaker["Die britische Regierung"].refers_to == claim.id
    assert by_speaker["die ukrainische Armee"].refers_to == claim.id


def test_a_report_denied_elsewhere_is_matched_by_the_topic_the_denial_names():
    from whosaid.corpus.claims import Stmt, answered_reports, link

    report = Stmt("a", "s0", None, "assert", "Die Lieferung der Fregatten verzögert sich um drei Jahre", None,
                  frozenset(), speaker_words=frozenset({"kurier"}))
    cited = Stmt("b", "s5", None, "assert", "in Bremen", None, frozenset(), speaker_words=frozenset({"kurier"}))
    denial = Stmt("b", "s1", None, "deny", "einen Bericht über eine Verzögerung bei den Fregatten als falsch", "s5",
                  frozenset(), speaker_words=frozenset({"marine"}))
    statements = [report, cited, denial]
    found = answered_reports(statements, link(statements))
    assert [(c.key, d.key) for c, d, *_ in found] == [(("a", "s0"), ("b", "s1"))]


@pytest.mark.parametrize(
    "middle",
    ["Laut einem Bericht der „Allgemeinen Zeitung“ geht es um Bauaufträge.",
     "Der Schaden soll sich auf eine Million Euro belaufen haben. Es gilt die Unschuldsvermutung."],
)
def test_a_denial_of_accusations_answers_the_accusation_that_names_the_denier(middle):
    pairs = _answered(
        f"Dem Landrat Heinz Obermeier werde Bestechlichkeit vorgeworfen, bestätigte die Staatsanwaltschaft. {middle} "
        "Obermeier wies die Vorwürfe zurück.")
    assert ("die Vorwürfe", "Dem Landrat Heinz Obermeier werde Bestechlichkeit vorgeworfen") in pairs


def test_a_denial_of_accusations_answers_the_indictment_rather_than_the_court():
    pairs = _answered(
        "Laut Anklage soll der Bauamtsleiter Aufträge gegen Bargeld vergeben haben. Die Richterin sagte, der "
        "Angeklagte habe Spuren verwischt. Der Angeklagte hatte die Vorwürfe zurückgewiesen.")
    assert ("die Vorwürfe", "soll der Bauamtsleiter Aufträge gegen Bargeld vergeben haben") in pairs


def test_a_lead_denial_of_accusations_answers_the_indictment_told_later():
    pairs = _answered(
        "Im Prozess um Schmiergeld beim Hafenamt Kiel hat der frühere Leiter die Vorwürfe zurückgewiesen. Er sei "
        "unschuldig, sagte er. Ein Zeuge sagte, er habe Umschläge gesehen. Die Verteidigerin sprach von einer "
        "Kampagne. Ein Gutachter sagte, die Buchhaltung sei lückenhaft. Die Richterin kündigte an, sieben Zeugen zu "
        "hören. Der Hafen liegt an der Förde. Laut Anklageschrift soll er 80.000 Euro für die Vergabe von "
        "Liegeplätzen angenommen haben.")
    assert ("die Vorwürfe", "soll er 80.000 Euro für die Vergabe von Liegeplätzen angenommen haben") in pairs


def test_a_denial_of_accusations_answers_the_report_continuing_a_quote_just_before():
    pairs = _answered(
        "„Wir sind am Ende unserer Geduld“, sagte der Gewerkschafter Timo Lang. Die Geschäftsleitung verweigere seit Monaten "
        "Gespräche über die Heuer. Die Reederei Nordwind wies die Vorwürfe zurück.")
    assert ("die Vorwürfe", "Die Geschäftsleitung verweigere seit Monaten Gespräche über die Heuer") in pairs


def test_a_denial_of_accusations_answers_the_statement_just_before_it():
    pairs = _answered(
        "Eine Drohne der Armee habe den Konvoi angegriffen, erklärte die Miliz. Ein Armeesprecher wies die Vorwürfe "
        "zurück.")
    assert pairs == [("die Vorwürfe", "Eine Drohne der Armee habe den Konvoi angegriffen")]


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Landrat Peter Wolf warf dem Verkehrsverbund vor, Fahrpläne ohne Absprache zu kürzen. „Der Verkehrsverbund "
         "entscheidet über unsere Köpfe hinweg“, sagte der 61-Jährige. Der Verkehrsverbund wies den Vorwurf zurück.",
         "Fahrpläne ohne Absprache zu kürzen"),
        ("Die Elternvertretung warf dem Schulamt vor, Lehrerstellen heimlich zu streichen. „Das Schulamt spart an den "
         "Kindern“, sagte Elternsprecherin Mia Falk. Das Schulamt wies den Vorwurf zurück.",
         "Lehrerstellen heimlich zu streichen"),
    ],
)
def test_one_accusation_in_the_singular_answers_the_statement_told_as_accusing_not_the_words_after_it(text, claim):
    # "den Vorwurf": the one accusation told with "warf vor", not the quote that followed about the denier
    assert ("den Vorwurf", claim) in _answered(text)


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Das Bundeskartellamt hat die Fusion zweier Molkereien untersagt. Der Markt wäre zu eng geworden, erklärte die "
         "Behörde am Montag. Die Molkerei Nordmilch wies die Begründung des Kartellamts zurück.",
         "Der Markt wäre zu eng geworden"),
        ("Die EU-Kommission hat die Übernahme von Velto durch den US-Konzern Marbury Foods untersagt. Der Wettbewerb "
         "wäre behindert worden, teilte die Behörde mit. „Wir sind enttäuscht“, sagte Velto-Chefin Ute Lahn. Marbury "
         "wies die Begründung der Kommission zurück.", "Der Wettbewerb wäre behindert worden"),
    ],
)
def test_a_denial_naming_whose_words_it_answers_finds_them_under_the_description_they_were_said_with(text, claim):
    # "die Begründung der Kommission": what the authority said, written "teilte die Behörde mit"
    assert [c for a, c in _answered(text) if a.startswith("die Begründung")] == [claim]


def test_a_denial_of_the_defendants_account_answers_what_the_defendant_said_last_under_another_description():
    # "des Angeklagten": the genitive of a noun made of an adjective; "der Mann" is the defendant who spoke just before
    pairs = _answered(
        "Der Angeklagte räumte ein, zwei Autos gestohlen zu haben. Das dritte Auto habe er nie angefasst, sagte der "
        "Mann. Eine Ermittlerin der Polizei widersprach der Darstellung des Angeklagten. Seine Fingerabdrücke seien "
        "auch im dritten Auto gefunden worden.")
    assert pairs == [("der Darstellung des Angeklagten", "Das dritte Auto habe er nie angefasst"),
                     ("Seine Fingerabdrücke seien auch im dritten Auto gefunden worden",
                      "Das dritte Auto habe er nie angefasst")]


@pytest.mark.parametrize(
    "text, negated, answered",
    [
        # the denier, a few sentences on, negates a thing the report spoke of: it denies the report again
        ("Der Hamburger SV hat Berichte über einen Wechsel von Torwart Leon Brandt dementiert. „Daran ist nichts "
         "wahr“, sagte Sportvorstand Eva Kunz. Die „Bild“ hatte gemeldet, Brandt wechsle für eine Ablöse von zwölf "
         "Millionen Euro nach Lissabon. Kunz räumte ein, dass es Anfragen gegeben habe. „Das ist normal“, sagte "
         "die 44-Jährige. Eine Ablöse in dieser Höhe sei für den Verein nicht vorstellbar.",
         "Eine Ablöse in dieser Höhe sei für den Verein nicht vorstellbar",
         "Brandt wechsle für eine Ablöse von zwölf Millionen Euro nach Lissabon"),
    ],
)
def test_a_deniers_later_negation_of_what_the_report_spoke_of_denies_the_report_again(text, negated, answered):
    assert (negated, answered) in _answered(text)


def test_a_deniers_negation_answers_the_sentence_of_the_accusation_it_speaks_of_and_not_only_grants():
    pairs = _answered(
        "Das Kultusministerium hat Vorwürfe der Gewerkschaft GEW zurückgewiesen. GEW-Chefin Anna Roth hatte erklärt, an "
        "den Grundschulen fielen Tausende Stunden aus. Zudem habe das Land die Zahl der Referendare gekürzt. „Die Zahl "
        "der Referendare ist nicht gekürzt worden“, sagte ein Sprecher des Ministeriums. Einen Mangel an Lehrkräften an "
        "Grundschulen gebe es nicht nur in Niedersachsen.")
    assert ("Die Zahl der Referendare ist nicht gekürzt worden",
            "Zudem habe das Land die Zahl der Referendare gekürzt") in pairs
    assert not [a for a, _ in pairs if "nicht nur" in a]


def test_a_demonstrative_denial_answers_the_account_told_after_words_only_characterised():
    # "sprach von einer „Sparmaßnahme“" characterises; "das" takes up what the continuation says happened
    pairs = _answered(
        "Kammerpräsident Ulf Rainer sprach von einer „Sparmaßnahme auf dem Rücken der Patienten“. Die Regierung habe "
        "die Ärzte nicht einmal angehört. Das bestritt die Landesrätin Eva Huber: Es habe zehn Gespräche gegeben.")
    assert ("Das", "Die Regierung habe die Ärzte nicht einmal angehört") in pairs


def test_denied_accusations_answer_what_the_accused_is_said_to_have_done():
    # "soll … angenommen haben, teilte die Behörde mit" is the accusation; "den Vorwurf einer politischen
    # Einflussnahme" names another one, which the prosecutor answers
    pairs = _answered(
        "Die Staatsanwaltschaft hat Anklage gegen den früheren Bürgermeister Karl Wendt erhoben. Er soll Bestechungsgeld "
        "angenommen haben, teilte die Behörde mit. Wendt wies die Vorwürfe zurück. „Ich habe keinen Cent genommen“, "
        "schrieb der 61-Jährige. Das Verfahren sei politisch motiviert. Oberstaatsanwältin Ute Sommer wies den Vorwurf "
        "einer politischen Einflussnahme zurück.")
    assert ("die Vorwürfe", "Er soll Bestechungsgeld angenommen haben") in pairs
    assert not [c for a, c in pairs if a.startswith("den Vorwurf einer") and c.startswith("Er soll")]


def test_a_lead_denial_of_charges_answers_the_accusation_told_first_not_the_indictment_going_on_with_it():
    pairs = _answered(
        "Zum Prozessauftakt hat der angeklagte Gründer die Betrugsvorwürfe bestritten. „Ich habe niemanden getäuscht“, "
        "sagte der 41-Jährige. Die Staatsanwaltschaft wirft ihm vor, Investoren um zwei Millionen Euro gebracht zu "
        "haben. Laut Anklage soll er Aufträge erfunden haben.")
    assert ("die Betrugsvorwürfe", "Investoren um zwei Millionen Euro gebracht zu haben") in pairs


def test_contradicting_the_account_answers_the_first_statement_of_the_turn_just_before():
    # "der Darstellung": what Nowak gave as his account, not the quote he went on with
    pairs = _answered(
        "Kroatiens Verkehrsminister Ivo Nowak hat erklärt, beide Länder stünden kurz vor einer Einigung über den "
        "Bahntunnel. „Die Verhandlungen sind abgeschlossen“, sagte er in Zagreb. Ministerin Eva Berger widersprach der "
        "Darstellung. Es gebe noch keinen Vertrag, sagte sie.")
    assert ("der Darstellung", "beide Länder stünden kurz vor einer Einigung über den Bahntunnel") in pairs


def test_a_second_denial_of_the_accusations_answers_the_accusation_not_the_first_denial():
    pairs = _answered(
        "Die Sparkasse Ulm hat Vorwürfe der Grünen zurückgewiesen. Vorstandschef Jan Kohl wies die Vorwürfe als "
        "haltlos zurück. Grünen-Stadträtin Eva Roth hatte der Bank vorgeworfen, Kreditrisiken zu verschleiern.")
    assert [(a, c) for a, c in pairs if a.startswith("die Vorwürfe")] == [
        ("die Vorwürfe als haltlos", "Kreditrisiken zu verschleiern")]


def test_denied_criticism_answers_the_words_the_critic_gave_after_the_act_of_criticising():
    pairs = _answered(
        "Landrat Uwe Kessler hat das Verwaltungsgericht Halle scharf kritisiert. Das Gericht habe die Lage unterschätzt, "
        "sagte Kessler. Ein Gerichtssprecher wies die Kritik des Landrats zurück.")
    assert ("die Kritik des Landrats", "Das Gericht habe die Lage unterschätzt") in pairs


def test_a_deniers_later_negation_of_what_they_just_said_answers_no_report():
    # "Das": the concession just made, not the report
    pairs = _answered(
        "Der Verband hat einen Bericht über eine positive Dopingprobe der Läuferin Mara Ott zurückgewiesen. „Es gibt "
        "keinen Befund“, sagte Präsident Uwe Rall. Die Zeitung hatte berichtet, bei Ott sei Doping nachgewiesen "
        "worden. Rall räumte ein, eine Probe sei verdorben. Das habe mit Doping nichts zu tun, sagte der 61-Jährige.")
    assert not [a for a, _ in pairs if a.startswith("Das habe")]


def test_a_negated_statement_spelling_out_a_lead_denial_answers_the_denied_report_not_the_outlets_later_words():
    # the outlet tells its report again further down; the statement right after the denial spells that denial out
    pairs = _answered(
        "Die Stadtwerke Kiel haben einen Bericht der „Kieler Nachrichten“ zurückgewiesen, wonach der Aufsichtsrat einen "
        "Sanierer in das Unternehmen geschickt habe. „Bei uns wurde kein Sanierer eingesetzt“, sagte Vorstand Jan Ohl am "
        "Montag. Die Zeitung hatte berichtet, die Stadtwerke hätten im Winter hohe Verluste gemacht. Ein Sanierer solle "
        "nun die Kosten senken.")
    assert ("Bei uns wurde kein Sanierer eingesetzt",
            "der Aufsichtsrat einen Sanierer in das Unternehmen geschickt habe") in pairs


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Die Reederei hatte erklärt, der Frachter sei wegen eines Sturms verspätet. Das Schiff habe zwar Verspätung "
         "gehabt, aber nicht wie behauptet wegen des Wetters, sagte ein Sprecher der Hafenbehörde.",
         "der Frachter sei wegen eines Sturms verspätet"),
        ("Der Verein hatte argumentiert, das Stadion koste 40 Millionen Euro. Die Kosten lägen zwar hoch, aber nicht in "
         "der behaupteten Höhe, sagte Bürgermeisterin Eva Tal.", "das Stadion koste 40 Millionen Euro"),
    ],
)
def test_a_negation_of_what_was_claimed_denies_the_claim_just_before(text, claim):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    denial = record.statements[-1]
    assert denial.stance == "deny" and by_id[denial.refers_to].content.text == claim


@pytest.mark.parametrize(
    "text, denial, claim",
    [
        ("Der „Nordkurier“ hatte berichtet, Landrat Bernd Vogel habe dem Investor die Genehmigung zugesagt. Das "
         "Verfahren laufe ganz normal, sagte Vogel am Montag. „Ich habe niemandem etwas versprochen.“",
         "Ich habe niemandem etwas versprochen.", "Landrat Bernd Vogel habe dem Investor die Genehmigung zugesagt"),
        ("Trainer Jan Moll habe die Spieler beleidigt, sagte ein Spieler. „Ich habe nie einen Spieler beleidigt“, "
         "sagte Moll am Abend.", "Ich habe nie einen Spieler beleidigt", "Trainer Jan Moll habe die Spieler beleidigt"),
    ],
)
def test_a_negated_past_act_in_the_first_person_answers_what_another_said_the_speaker_did(text, denial, claim):
    assert (denial, claim) in _answered(text)


@pytest.mark.parametrize(
    "text, denial, claim",
    [
        # reported speech opening with the speaker's own pronoun is the first person told indirectly
        ("Die „Bild“ hatte berichtet, Trainerin Lea Storm habe bereits einen Vertrag in Kiel unterschrieben. Sie habe "
         "nie über einen Wechsel nachgedacht, sagte die 44-Jährige.", "Sie habe nie über einen Wechsel nachgedacht",
         "Trainerin Lea Storm habe bereits einen Vertrag in Kiel unterschrieben"),
    ],
)
def test_a_negated_past_act_told_indirectly_by_the_person_answers_what_another_said_they_did(text, denial, claim):
    assert (denial, claim) in _answered(text)


def test_a_witness_who_never_saw_what_the_prosecutor_spoke_of_denies_nothing():
    # a negation in the first person sharing a noun with the prosecutor's words, which do not name the witness
    assert _answered("Der Angeklagte habe das Messer im Garten versteckt, sagte Staatsanwältin Eva Roth. Als Zeuge "
                     "sagte der Nachbar Paul Kraus aus. „Ich habe das Messer nie gesehen“, sagte der 61-Jährige.") == []


def test_a_persons_denial_answers_no_defence_of_them_that_named_them():
    # "Herr Hambach denkt nicht an Rücktritt" is the ministry's defence, no claim he denies
    pairs = _answered(
        "»Herr Hambach denkt nicht an Rücktritt und hat kein Schreiben verfasst«, sagte Ministeriumssprecherin Eva Voll. "
        "Hambach trat am Mittwoch vor die Presse. Er habe zu keinem Zeitpunkt an einen Rückzug gedacht, sagte der "
        "SPD-Politiker Jörg Hambach.")
    assert not [c for a, c in pairs if a.startswith("Er habe")]


def test_a_negation_in_the_first_person_that_denies_no_act_answers_nothing():
    assert _answered("Trainer Jan Moll habe hervorragend gearbeitet, sagte der Präsident. „Ich habe keine Zweifel an "
                     "der Mannschaft“, sagte Moll.") == []


def test_talk_not_only_of_something_denies_nothing():
    record = whosaid.analyze("Der Minister sprach über den Haushalt. Es sei nicht nur von Kürzungen die Rede gewesen, "
                             "sagte ein Teilnehmer.", published="2026-03-06", lang="de")
    assert all(s.refers_to is None and s.stance != "deny" for s in record.statements)


def test_a_denied_demand_named_with_its_topic_answers_the_demand_on_that_topic():
    pairs = _answered(
        "„Die Kommunen sind am Ende ihrer Kräfte“, sagte die Verbandschefin. Der Bund müsse verbindliche "
        "Personalschlüssel für Kitas festlegen. Das Familienministerium wies die Forderung nach festen "
        "Personalschlüsseln zurück. Die Zahl der Kitas ist nach Angaben des Bundesamts gestiegen.")
    assert ("die Forderung nach festen Personalschlüsseln",
            "Der Bund müsse verbindliche Personalschlüssel für Kitas festlegen") in pairs


@pytest.mark.parametrize(
    "text, denied, claim",
    [
        ("Der Stadtrat habe die Pläne nie gesehen, sagte Oppositionsführer Klaus Berger. Bürgermeisterin Anna Falk "
         "wies das zurück: Die Unterlagen hätten seit März ausgelegen.",
         "Die Unterlagen hätten seit März ausgelegen", "Der Stadtrat habe die Pläne nie gesehen"),
        ("Die Schließung verletze das Recht auf Bildung, schrieb der Elternverband. Das Schulamt widersprach: Die "
         "Verordnung lasse keinen Spielraum.", "Die Verordnung lasse keinen Spielraum",
         "Die Schließung verletze das Recht auf Bildung"),
        ("Die Zeitung hatte berichtet, der Konzern wolle 500 Stellen streichen. Zudem solle das Werk in Kassel "
         "verkauft werden. Auch diese Angabe bestritt der Sprecher des Konzerns.", "Auch diese Angabe",
         "Zudem solle das Werk in Kassel verkauft werden"),
        # a quote of two sentences opening with the demonstrative: counted from the demonstrative, not the cue
        ("Die Zeitung „Weser-Kurier“ hatte berichtet, die Werft wolle ihr Dock in Bremerhaven schließen. „Das ist "
         "Unsinn. Das Dock arbeitet bis 2035 wie geplant“, sagte Werftchef Olaf Brenner.",
         "Das ist Unsinn. Das Dock arbeitet bis 2035 wie geplant", "die Werft wolle ihr Dock in Bremerhaven schließen"),
    ],
)
def test_a_demonstrative_or_a_bare_contradiction_answers_what_another_speaker_said_just_before(text, denied, claim):
    assert (denied, claim) in _answered(text)


def test_a_denial_answers_no_headline_of_its_own_side():
    record = whosaid.analyze(
        "Reederei: „Der Sitz bleibt in Kiel“\n\nKiel (dpa) – Die Reederei Nordmann hat Spekulationen über einen "
        "Umzug ihres Sitzes nach Oslo dementiert. Das „Kieler Blatt“ hatte berichtet, Nordmann wolle seinen Sitz "
        "nach Oslo verlegen.", published="2026-03-06", lang="de")
    denial = next(s for s in record.statements if s.stance == "deny")
    assert {s.id: s for s in record.statements}[denial.refers_to].content.text.startswith("Nordmann wolle")


def test_a_confirmation_joined_to_a_denial_under_one_auxiliary_is_two_answers():
    record = whosaid.analyze(
        "Die Reederei Nordmann hat den Verkauf von zwei Schiffen bestätigt, Berichte über Entlassungen aber "
        "zurückgewiesen. Das „Kieler Blatt“ hatte berichtet, Nordmann wolle 300 Stellen streichen.",
        published="2026-03-06", lang="de")
    by_stance = {s.stance: s for s in record.statements}
    assert by_stance["confirm"].content.text == "den Verkauf von zwei Schiffen"
    assert (by_stance["deny"].content.text, by_stance["deny"].cue.lemma) == ("Berichte über Entlassungen",
                                                                            "zurückweisen")
    report = {s.id: s for s in record.statements}[by_stance["deny"].refers_to]
    assert report.content.text.startswith("Nordmann wolle")


def test_accusations_of_a_company_answer_its_pluperfect_claim_under_a_description_of_its_kind():
    record = whosaid.analyze(
        "Die Brauerei Halm hat Vorwürfe der Getränkekette Sprudelmarkt zurückgewiesen, sie verlange zu hohe Preise. "
        "Das „Handelsblatt“ hatte am Dienstag berichtet, die Brauerei liefere nicht mehr. Die Handelskette hatte "
        "erklärt, einige Lieferanten hätten ihre Preise stark erhöht.", published="2026-03-06", lang="de")
    denial = next(s for s in record.statements if s.stance == "deny")
    assert denial.content.text == "sie verlange zu hohe Preise"
    claim = {s.id: s for s in record.statements}[denial.refers_to]
    assert claim.content.text == "einige Lieferanten hätten ihre Preise stark erhöht"


@pytest.mark.parametrize("spokesman, company", [("BASF-Sprecher Jens Kolb", "Die BASF"),
                                               ("Stadtwerke-Leipzig-Sprecher Jens Kolb", "Die Stadtwerke Leipzig")])
def test_a_company_denying_does_not_contradict_its_own_spokesman(spokesman, company):
    record = whosaid.analyze(
        f"Leipzig (dpa) – {spokesman} sagte, man rechne im Frühjahr mit einer Erholung. {company} wies das zurück.",
        published="2026-12-04", lang="de")
    assert record.contradictions == []


@pytest.mark.parametrize("outlet, described", [("des „Spiegel“", "Das Magazin"),
                                               ("des „Handelsblatts“", "Die Wirtschaftszeitung")])
def test_a_report_denied_in_the_lead_is_the_outlets_under_a_word_for_its_kind(outlet, described):
    record = whosaid.analyze(
        f"Ludwigshafen (dpa) – Die BASF hat einen Bericht {outlet} über Stellenabbau zurückgewiesen. {described} "
        "hatte berichtet, der Konzern wolle 2000 Stellen streichen.", published="2026-12-04", lang="de")
    denial, report = record.statements
    assert (denial.refers_to, report.speaker.text) == (report.id, described)
    assert report.speaker.resolved == ("Spiegel" if "Spiegel" in outlet else "Handelsblatt")


KLINIKEN = """Ministerium weist Bericht über Kürzungen zurück

Berlin (dpa) – Das Bundesgesundheitsministerium hat einen Bericht der „Süddeutschen Zeitung“ über geplante Kürzungen \
bei den Krankenhäusern zurückgewiesen. Die Darstellung sei falsch, sagte eine Sprecherin des Ministeriums am Montag in \
Berlin. Es gebe keine Pläne, die Zuschüsse für kleine Kliniken zu streichen.

Die Zeitung hatte am Wochenende unter Berufung auf einen internen Entwurf berichtet, das Ministerium wolle die \
Förderung für ländliche Krankenhäuser um ein Drittel senken. Gesundheitsminister Karl Brenner äußerte Zweifel, ob der \
Entwurf überhaupt aus seinem Haus stamme. Er weise die Vorwürfe entschieden zurück.

Die Deutsche Krankenhausgesellschaft forderte Klarheit. „Die Kliniken brauchen Planungssicherheit“, sagte ihr \
Vorstandschef Gerald Gaß der Deutschen Presse-Agentur.
"""


@pytest.fixture(scope="module")
def kliniken():
    return whosaid.analyze(KLINIKEN, published="2026-12-07", lang="de")


def test_a_ministry_denying_a_newspaper_report_in_the_lead_answers_the_report_told_after_it(kliniken):
    denial = by_content(kliniken, "einen Bericht der „Süddeutschen Zeitung“")
    report = by_content(kliniken, "das Ministerium wolle")
    assert (denial.stance, denial.speaker.resolved, denial.medium) == ("deny", "Bundesgesundheitsministerium", None)
    assert (report.speaker.resolved, report.cue.lemma) == ("Süddeutsche Zeitung", "berichten")
    assert denial.refers_to == report.id
    assert (report.id, denial.id) in {(c.claim, c.counter) for c in kliniken.contradictions}
    false = by_content(kliniken, "Die Darstellung sei falsch")
    assert (false.stance, false.speaker.resolved) == ("deny", "Bundesgesundheitsministerium")
    assert by_content(kliniken, "Es gebe keine Pläne").continues == false.id


def test_doubts_whether_are_one_statement_and_a_konjunktiv_rejection_continues_it_as_a_denial(kliniken):
    doubts = [s for s in kliniken.statements if s.speaker is not None and s.speaker.resolved == "Karl Brenner"]
    assert [(s.content.text, s.cue.lemma) for s in doubts] == [
        ("ob der Entwurf überhaupt aus seinem Haus stamme", "zweifel")]
    rejection = by_content(kliniken, "Er weise die Vorwürfe")
    assert (rejection.kind, rejection.stance, rejection.continues) == ("IndirectFreeIndirect", "deny", doubts[0].id)


STADTWERKE = """Stadtwerke weisen Bericht über Preiserhöhung zurück

Leipzig (dpa/lsn) – Die Leipziger Stadtwerke haben einen Bericht der „Leipziger Volkszeitung“ über eine drastische \
Erhöhung der Fernwärmepreise zurückgewiesen. Ein Sprecher der Stadtwerke hatte bereits am Montag erklärt, die Preise \
blieben bis Jahresende stabil. Die Zeitung hatte unter Berufung auf Aufsichtsratskreise berichtet, die Preise sollten \
im Januar um 30 Prozent steigen.

Der Bericht sei „schlicht falsch“, sagte Geschäftsführerin Maria Kühn am Dienstag. Der Mieterverein forderte eine \
Offenlegung der Kalkulation.
"""


def test_a_denial_answers_the_report_of_the_other_side_not_its_own_spokesmans_earlier_word():
    record = whosaid.analyze(STADTWERKE, published="2026-12-08", lang="de")
    report = by_content(record, "die Preise sollten")
    own = by_content(record, "die Preise blieben")
    for headline_or_lead in ("Bericht über Preiserhöhung", "einen Bericht der „Leipziger Volkszeitung“"):
        denial = by_content(record, headline_or_lead)
        assert denial.refers_to == report.id
        assert (report.id, denial.id) in {(c.claim, c.counter) for c in record.contradictions}
    assert not any(own.id in (c.claim, c.counter) for c in record.contradictions)


GERICHT = """Gericht verurteilt früheren Bürgermeister

Hamburg (dpa) – Das Landgericht Hamburg hat einen früheren Bürgermeister wegen Bestechlichkeit zu zwei Jahren Haft \
auf Bewährung verurteilt. Der 58-Jährige habe von einem Bauunternehmer mehr als 50.000 Euro angenommen, teilte ein \
Gerichtssprecher am Donnerstag mit. Im Gegenzug habe er dem Unternehmen Aufträge zugeschanzt.

Der Angeklagte hatte die Vorwürfe im Prozess bestritten. Sein Verteidiger kündigte an, in Revision zu gehen. Das \
Urteil sei nicht nachvollziehbar, sagte der Anwalt nach der Verhandlung. Die Staatsanwaltschaft hatte drei Jahre Haft \
ohne Bewährung gefordert.
"""


def test_a_court_report_sentencing_is_no_statement_and_a_denial_of_the_charges_answers_no_demand():
    record = whosaid.analyze(GERICHT, published="2026-12-10", lang="de")
    assert [s.cue.lemma for s in record.statements if s.cue] == [
        "mitteilen", "bestreiten", "ankündigen", "sagen", "fordern"]
    denial = next(s for s in record.statements if s.stance == "deny")
    assert (denial.kind, denial.speaker.text, denial.content.text) == ("Reported", "Der Angeklagte",
                                                                      "die Vorwürfe im Prozess")
    demand = next(s for s in record.statements if s.stance == "demand")
    assert denial.refers_to != demand.id
    assert not any(c.claim == demand.id for c in record.contradictions)
    assert by_content(record, "Im Gegenzug").continues == by_content(record, "Der 58-Jährige").id


POLIZEI = """Polizei sucht Zeugen nach Überfall auf Juwelier

Köln (dpa/lnw) – Nach einem Überfall auf ein Juweliergeschäft in der Kölner Innenstadt sucht die Polizei nach Zeugen. \
Zwei maskierte Männer hätten am Dienstagnachmittag das Geschäft betreten und die Angestellten mit einer Pistole \
bedroht, sagte ein Polizeisprecher am Mittwoch. Sie seien mit Schmuck im Wert von mehreren zehntausend Euro geflohen. \
Verletzt worden sei niemand.

Berichte, wonach die Täter bereits gefasst seien, wies der Sprecher zurück. „Die Fahndung läuft weiter auf \
Hochtouren“, sagte er.
"""


def test_a_police_spokesman_denying_reports_of_an_arrest_contradicts_them():
    record = whosaid.analyze(POLIZEI, published="2026-12-09", lang="de")
    account = by_content(record, "Zwei maskierte Männer")
    assert (account.kind, account.speaker.resolved) == ("Indirect", "Polizei Köln")
    assert by_content(record, "Sie seien mit Schmuck").continues == account.id
    denial = next(s for s in record.statements if s.stance == "deny")
    assert (denial.kind, denial.content.text) == ("Reported", "die Täter bereits gefasst seien")
    assert (denial.refers_to, denial.id) in {(c.claim, c.counter) for c in record.contradictions}


INTERVIEW = """Trainer Müller: „Wir haben uns selbst geschlagen“

München (dpa) – Nach der Niederlage gegen Leverkusen hat Bayern-Trainer Thomas Müller seine Mannschaft scharf \
kritisiert. „Wir haben uns heute selbst geschlagen“, sagte der 45-Jährige nach dem Spiel im Interview mit Sky. Die \
Abwehr habe zu viele Fehler gemacht.

Gerüchte über einen bevorstehenden Rücktritt wies Müller zurück. „Ich denke nicht ans Aufhören“, sagte er.
"""


def test_a_coach_denying_rumours_in_an_interview_contradicts_no_one_named():
    record = whosaid.analyze(INTERVIEW, published="2026-12-09", lang="de")
    quote = by_content(record, "Wir haben uns heute")
    assert (quote.kind, quote.speaker.resolved, quote.medium) == ("Direct", "Thomas Müller", "Interview")
    assert by_content(record, "Die Abwehr habe").continues == quote.id
    denial = by_content(record, "Gerüchte über einen bevorstehenden Rücktritt")
    assert (denial.stance, denial.speaker.resolved, denial.refers_to) == ("deny", "Thomas Müller", None)
    assert record.contradictions == []


def test_a_denial_answers_the_report_not_the_headline_that_quotes_the_denier():
    record = whosaid.analyze(
        "Minister: „Die Hochschule Nordhausen bleibt eigenständig“\n\nErfurt (epd) – Thüringens Wissenschaftsminister "
        "Frank Oberländer (CDU) hat Berichte über eine geplante Fusion der Hochschule Nordhausen mit der "
        "Fachhochschule Erfurt zurückgewiesen. Die „Thüringer Allgemeine“ hatte am Dienstag berichtet, die "
        "Landesregierung wolle den Standort Nordhausen bis 2029 zu einer Außenstelle machen.\n",
        published="2026-12-07", lang="de")
    denial = by_content(record, "Berichte über eine geplante Fusion")
    report = by_content(record, "die Landesregierung wolle")
    assert report.speaker.text == "Die „Thüringer Allgemeine“"
    assert denial.refers_to == report.id
    assert [(c.claim, c.counter) for c in record.contradictions] == [(report.id, denial.id)]


def test_a_denial_of_accusations_answers_no_ones_own_account():
    record = whosaid.analyze(
        "Wiesbaden (epd) – Die hessischen Kliniken warten nach eigenen Angaben auf Zahlungen der Krankenkassen in Höhe "
        "von 410 Millionen Euro. Jede vierte Rechnung werde beanstandet, sagte der Geschäftsführer des Verbands, Ulrich "
        "Brenscheidt. Einer Umfrage des Verbands zufolge schrieb mehr als die Hälfte der Kliniken rote Zahlen. Besonders "
        "betroffen seien kleine Häuser.\n\nDie AOK Hessen wies die Vorwürfe zurück.", published="2026-12-07", lang="de")
    own = by_content(record, "Die hessischen Kliniken warten")
    denial = by_content(record, "die Vorwürfe")
    assert denial.stance == "deny" and denial.refers_to != own.id
    assert not any(c.claim == own.id for c in record.contradictions)


def test_a_report_called_not_true_is_denied_and_answered():
    record = whosaid.analyze(
        "Hannover (dpa) – Die Stadtwerke Hannover haben einen Zeitungsbericht über den Verkauf ihrer Busflotte als "
        "„nicht zutreffend“ bezeichnet. Die „Hannoversche Allgemeine“ hatte am Montag berichtet, die Stadtwerke "
        "wollten bis 2030 alle Dieselbusse an einen Privatanbieter abgeben.\n", published="2027-03-03", lang="de")
    denial = by_content(record, "einen Zeitungsbericht über den Verkauf")
    report = by_content(record, "die Stadtwerke wollten")
    assert (denial.kind, denial.stance, denial.refers_to) == ("Reported", "deny", report.id)
    assert (report.id, denial.id) in {(c.claim, c.counter) for c in record.contradictions}


def test_calling_a_proposal_not_right_is_no_denial():
    record = whosaid.analyze(
        "Kiel (dpa) – Es sei nicht richtig, die Gebühren schon im Sommer zu erhöhen, sagte der Bürgermeister am "
        "Dienstag.\n", published="2027-03-03", lang="de")
    assert by_content(record, "Es sei nicht richtig").stance != "deny"


def test_a_judge_calling_a_defence_a_pretext_answers_no_accusation_told_earlier():
    record = whosaid.analyze(
        "Bochum (dpa) – Bei den Anrufen hatten die Täter behauptet, ein Enkel brauche dringend Geld. Der Angeklagte "
        "hatte im Prozess bestritten, von dem Betrug gewusst zu haben. Er sei davon ausgegangen, Pakete abzuholen. "
        "Der Richter nannte das eine Schutzbehauptung.\n", published="2027-03-03", lang="de")
    claim = by_content(record, "ein Enkel brauche")
    answer = by_content(record, "das eine Schutzbehauptung")
    assert answer.stance == "deny" and answer.refers_to != claim.id
    assert not any(c.claim == claim.id and c.counter == answer.id for c in record.contradictions)


def test_a_denial_with_its_object_first_is_said_by_the_person_after_the_verb():
    record = whosaid.analyze(
        "Kiel (Reuters) – Die Werft hat einen Bericht über Entlassungen zurückgewiesen. Auch Verkaufsverhandlungen wies "
        "der 61-Jährige zurück.\n", published="2027-03-03", lang="de")
    denial = by_content(record, "Verkaufsverhandlungen")
    assert (denial.kind, denial.stance, denial.speaker.text) == ("Reported", "deny", "der 61-Jährige")


def test_a_speech_act_in_the_pluperfect_with_its_prepositional_object_is_a_statement():
    record = whosaid.analyze(
        "Berlin (AFP) – Die Polizei hatte am Abend von einem schweren Unfall gesprochen.\n", published="2027-03-03",
        lang="de")
    spoken = by_content(record, "von einem schweren Unfall")
    assert (spoken.kind, spoken.cue.lemma, spoken.speaker.text) == ("Reported", "sprechen", "Die Polizei")


def test_a_denial_joining_an_earlier_one_answers_the_claim_on_its_own_topic():
    record = whosaid.analyze(
        "Bischkek (Reuters) – Die Regierung hat Berichte über einen Angriff auf ein Grenzdorf zurückgewiesen. Die "
        "Staatsagentur hatte am Mittwoch gemeldet, beim Beschuss des Dorfes seien zwei Zivilisten getötet worden. "
        "Sicherheitskreise hatten zudem von feindlichen Kampfdrohnen gesprochen.\n\nAuch den Einsatz von Drohnen "
        "bestritt die Sprecherin: „Unsere Armee hat keine Drohnen eingesetzt.“\n", published="2027-03-03", lang="de")
    drones = by_content(record, "von feindlichen Kampfdrohnen")
    denial = by_content(record, "Unsere Armee hat keine Drohnen")
    assert (denial.stance, denial.refers_to) == ("deny", drones.id)


def test_a_confirmed_fact_that_mentions_a_report_answers_no_statement():
    record = whosaid.analyze(
        "Innsbruck (APA) – Der Angeklagte hatte die Vorwürfe bestritten. Das Wetter sei stabil gewesen, hatte er "
        "ausgesagt. Ein Gutachter bestätigte am Mittwoch, dass der Wetterbericht keine Gewitter angekündigt hatte.\n",
        published="2027-03-03", lang="de")
    confirmed = by_content(record, "dass der Wetterbericht")
    assert (confirmed.stance, confirmed.refers_to) == ("confirm", None)


def test_denied_accusations_answer_the_press_report_told_as_earlier_not_a_confirmation():
    record = whosaid.analyze(
        "Wien (APA) – Ein Mitarbeiter eines Grazer Vereins sei in Minsk festgenommen worden, bestätigte ein Sprecher "
        "des Ministeriums am Dienstag. Das Staatsfernsehen hatte am Montag berichtet, der Mann habe Geld an "
        "Oppositionsgruppen weitergeleitet. Der Geheimdienst teilte mit, es gebe Beweise für Spionage.\n\nDer Verein "
        "wies die Vorwürfe entschieden zurück.\n", published="2027-03-03", lang="de")
    report = by_content(record, "der Mann habe Geld")
    denial = by_content(record, "die Vorwürfe")
    assert (denial.stance, denial.refers_to) == ("deny", report.id)


SPELLED_OUT = ("Ingolstadt (Reuters) – Der Autobauer Meridian hat einen Bericht des „Handelsblatts“ über die Schließung "
               "seines Werks in Zwickau zurückgewiesen. {quote} Das „Handelsblatt“ hatte am Montag berichtet, das Werk "
               "solle bis 2030 geschlossen werden.")


def test_a_negated_statement_right_after_the_denial_of_a_report_spells_the_denial_out():
    record = whosaid.analyze(SPELLED_OUT.format(quote="„Es gibt keine solchen Pläne“, sagte Werkleiter Jonas Brandt."),
                             published="2027-03-02", lang="de")
    by_content = {s.content.text: s for s in record.statements}
    denial, spelled_out = by_content[next(c for c in by_content if c.startswith("einen Bericht"))], \
        by_content["Es gibt keine solchen Pläne"]
    assert denial.refers_to is not None and spelled_out.refers_to == denial.refers_to
    assert spelled_out.stance == "deny"


def test_a_third_sides_refusal_after_a_denial_answers_nothing():
    record = whosaid.analyze(SPELLED_OUT.format(
        quote="Ein Sprecher von Volkswagen sagte, man kommentiere Spekulationen nicht."),
        published="2027-03-02", lang="de")
    refusal = next(s for s in record.statements if s.content.text.startswith("man kommentiere"))
    assert refusal.refers_to is None

@pytest.mark.parametrize(
    "text, denied, claim",
    [
        ("Das Außenministerium in Wien hatte am Montag erklärt, die Grenzübergänge blieben bis Ende März geschlossen. "
         "Die Lage sei unübersichtlich, sagte ein Sprecher des Roten Kreuzes. Die slowakische Regierung wies die "
         "Darstellung aus Wien zurück.", "die Darstellung aus Wien", "die Grenzübergänge blieben bis Ende März geschlossen"),
        ("Der Sprecher der Rebellen sagte, man habe die Kaserne eingenommen. Ein Mitarbeiter des Roten Kreuzes sagte, "
         "die Straßen seien gesperrt. Das Verteidigungsministerium wies die Darstellung der Rebellen zurück.",
         "die Darstellung der Rebellen", "man habe die Kaserne eingenommen"),
    ],
)
def test_an_account_named_with_its_source_answers_that_source_not_what_was_said_last(text, denied, claim):
    assert (denied, claim) in _answered(text)


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Laut dem Mieterbund fehlen in Graz 4.000 Wohnungen. Diese Zahl wies Wohnbaustadtrat Peter Lenz zurück: Viele "
         "Wohnungen stünden leer.", "fehlen in Graz 4.000 Wohnungen"),
        # the figure is taken up over a statement without one
        ("Die Gewerkschaft sagte, rund 800 Beschäftigte hätten sich am Streik beteiligt. Ein Sprecher des Betriebsrats "
         "sagte, man sei zufrieden. Diese Zahl wies Verbandschef Max Huber zurück: Es seien höchstens 300 gewesen.",
         "rund 800 Beschäftigte hätten sich am Streik beteiligt"),
        # no figure stated: nothing is taken up
        ("Der Bürgermeister sagte, die Stadt brauche ein neues Hallenbad. Diese Zahl wies Kämmerer Max Huber zurück: "
         "Das Bad sei zu teuer.", None),
    ],
)
def test_a_figure_taken_up_by_a_demonstrative_answers_the_last_statement_stating_a_figure(text, claim):
    assert [c for d, c in _answered(text) if d == "Diese Zahl"] == ([claim] if claim else [])


def test_a_spokesperson_backing_the_denial_of_their_side_contradicts_no_one_but_the_report():
    record = whosaid.analyze(
        "Die Zeitung hatte berichtet, der Konzern wolle 500 Stellen streichen. Der Konzern wies den Bericht zurück. Ein "
        "Sprecher nannte das völligen Unsinn.", published="2026-03-06", lang="de")
    report = record.statements[0]
    assert {c.claim for c in record.contradictions} == {report.id}


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Der Rechnungshof sagte, die Ausgaben seien gestiegen. Die SPD habe Spenden nicht gemeldet. Die SPD-Fraktion "
         "wies die Vorwürfe zurück.", "Die SPD habe Spenden nicht gemeldet"),
        ("Der Verband erklärte, die Preise seien zu hoch. Die Bahn habe ihre Kunden getäuscht. Ein Sprecher sagte, man "
         "prüfe rechtliche Schritte. Der Bahn-Konzern wies die Vorwürfe zurück.", "Die Bahn habe ihre Kunden getäuscht"),
    ],
)
def test_accusations_answer_the_statement_naming_a_part_of_the_deniers_compound(text, claim):
    assert ("die Vorwürfe", claim) in _answered(text)


def test_a_denied_unnamed_report_contradicts_the_named_press_report_told_after_it():
    record = whosaid.analyze(
        "Trainerin Eva Brandt dementierte Berichte, wonach sie den Verein im Sommer verlassen werde. «Ich bleibe», "
        "sagte sie. Die «Berner Zeitung» hatte am Montag geschrieben, Brandt habe ein Angebot aus Deutschland.",
        published="2026-03-06", lang="de")
    denial = record.statements[0]
    named = next(s for s in record.statements if s.cue and s.cue.lemma == "schreiben")
    assert [(c.claim, c.counter) for c in record.contradictions] == [(named.id, denial.id)]


def test_a_denied_unnamed_report_with_no_named_report_after_it_is_what_is_contradicted():
    record = whosaid.analyze(
        "Der Kreml wies Berichte zurück, wonach Kampfjets den Luftraum verletzt hätten. Ein Sprecher sagte, die Flüge "
        "seien angemeldet gewesen.", published="2026-03-06", lang="de")
    denial, report, spokesman = record.statements[:3]
    # the spokesman's sentence right after spells the denial out and contradicts the same report
    assert [(c.claim, c.counter) for c in record.contradictions] == [(report.id, denial.id), (report.id, spokesman.id)]


@pytest.mark.parametrize(
    "text, claim",
    [
        ("„Der Schiedsrichter hat alles richtig gesehen“, sagte Henning Kolb. „Das stimmt nicht, der Ball war längst "
         "im Aus“, hielt Marek Sowa dagegen.", "Der Schiedsrichter hat alles richtig gesehen"),
        ("Die Opposition sagte, die Klinik werde bis Herbst geschlossen. „Das trifft nicht zu“, sagte "
         "Gesundheitsministerin Anke Rosen.", "die Klinik werde bis Herbst geschlossen"),
    ],
)
def test_that_stimmt_nicht_denies_what_was_said_just_before(text, claim):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    denial = record.statements[-1]
    assert denial.stance == "deny" and by_id[denial.refers_to].content.text == claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # the spelled-out denial is a quote of two sentences, its cue a sentence later than its first word
        ("Die Stadt Lindau hat einen Bericht über die Schließung ihres Hallenbads zurückgewiesen. „Das Bad bleibt "
         "offen. Das war nie ein Thema“, sagte Bürgermeister Jonas Eder. Die „Lindauer Zeitung“ hatte am Montag "
         "berichtet, die Stadt wolle das Hallenbad im Herbst schließen.",
         "die Stadt wolle das Hallenbad im Herbst schließen"),
        # "Niemand", "zu keinem Zeitpunkt" negate what is spelled out
        ("Der „Tagesspiegel“ hatte berichtet, Senator Paul Wendt habe mit Rücktritt gedroht. Sein Sprecher wies das am "
         "Freitag zurück. „Niemand hat mit irgendetwas gedroht“, sagte er.", "Senator Paul Wendt habe mit Rücktritt gedroht"),
    ],
)
def test_a_negated_statement_right_after_a_denial_of_a_press_report_spells_it_out(text, claim):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    spelled = next(s for s in record.statements if s.cue is not None and s.cue.text == "sagte")
    assert spelled.stance == "deny" and by_id[spelled.refers_to].content.text == claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # the topic named: the statement that speaks of it, a continuation too
        ("Die Feuerwehr meldete einen Einsatz im Hafen von Kiel. Dort sei ein Großbrand in einer Lagerhalle "
         "ausgebrochen. „Von einem Großbrand kann keine Rede sein“, sagte Hafenchef Ole Brandt.",
         "Dort sei ein Großbrand in einer Lagerhalle ausgebrochen"),
        # no topic said before: what another speaker said just before
        ("„Die Schulen werden im Stich gelassen“, sagte Elternsprecherin Nina Kraus. Bildungsminister Udo Falk "
         "widersprach. Das Land habe 400 neue Lehrer eingestellt, sagte Falk. Von Alleinlassen könne keine Rede sein.",
         "Die Schulen werden im Stich gelassen"),
        # "war nie die Rede", "sei an keiner Stelle die Rede gewesen": the same, negated before "die Rede"
        ("Die Opposition hatte erklärt, der Bürgermeister habe dem Hafen Fördergeld zugesagt. Von Fördergeld sei nie "
         "die Rede gewesen, sagte der Bürgermeister am Montag.", "der Bürgermeister habe dem Hafen Fördergeld zugesagt"),
        # … not another's negation of the topic in between
        ("Der „Kurier“ hatte berichtet, die Stadt wolle das Hallenbad schließen. „Es gibt keinen Beschluss, das "
         "Hallenbad zu schließen“, sagte eine Sprecherin der Stadt. Von einer Schließung des Hallenbads sei an keiner "
         "Stelle die Rede gewesen, sagte Bürgermeister Tom Hahn.", "die Stadt wolle das Hallenbad schließen"),
    ],
)
def test_keine_rede_sein_denies_what_another_speaker_said_of_it(text, claim):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    denial = next(s for s in record.statements if "Rede" in s.content.text)
    assert denial.stance == "deny" and by_id[denial.refers_to].content.text == claim


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Umweltverbände hatten erklärt, im Fluss seien tausende Fische verendet. Landrätin Petra Wolf wies diese "
         "Darstellung am Montag zurück: „Das ist falsch. Wir haben 40 tote Fische gezählt.“",
         "im Fluss seien tausende Fische verendet"),
        ("Die „Rheinpfalz“ hatte berichtet, das Theater Speyer müsse schließen. Intendant Karl Roth wies das am "
         "Dienstag zurück. Alle Vorstellungen fänden wie geplant statt.", "das Theater Speyer müsse schließen"),
        # a quote after a denial of reports whose wonach clause it names goes on with the denial, not the reports
        ("Der Trainer sprach von einem guten Spiel. Berichte, wonach er vor der Entlassung stehe, wies er zurück. "
         "„Ich habe einen Vertrag bis 2028.“", "er vor der Entlassung stehe"),
        ("Bürgermeisterin Anke Sommer eröffnete das Bad. Berichte, wonach die Sanierung teurer geworden sei, wies sie "
         "am Montag zurück. „Wir liegen im Plan und im Budget.“", "die Sanierung teurer geworden sei"),
    ],
)
def test_what_continues_a_denial_act_denies_what_the_act_answers(text, claim):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    act = next(s for s in record.statements if s.kind == "Reported" and s.stance == "deny")
    spelled = next(s for s in record.statements if s.continues == act.id)
    assert spelled.stance == "deny" and spelled.refers_to == act.refers_to
    assert by_id[act.refers_to].content.text.startswith(claim.split()[0])
    # one contradiction: the act's, not a second one for the sentence that continues it
    assert [c.counter for c in record.contradictions if c.claim == act.refers_to] == [act.id]


@pytest.mark.parametrize(
    "text, claim",
    [
        # the denial of what someone said, spelled out by the denier
        ("Der Mieterverein sagte, die Stadtwerke hätten die Preise zweimal erhöht. Die Stadtwerke wiesen diese "
         "Darstellung zurück. „Es gab in diesem Jahr keine einzige Erhöhung“, sagte ein Sprecher.",
         "die Stadtwerke hätten die Preise zweimal erhöht"),
        # the report's wonach clause stands between the denial and the sentence that spells it out
        ("Die Reederei Nordmark hat Berichte zurückgewiesen, wonach sie ihre Fähre nach Sylt verkaufen will. „Es gibt "
         "keinen Käufer und keine Verhandlungen“, sagte Geschäftsführerin Ilka Berends am Freitag.",
         "sie ihre Fähre nach Sylt verkaufen will"),
        # a phrase that denies without a negation word
        ("Der Spielwarenhersteller Kobold hat einen Bericht des „Kurier“ über Entlassungen zurückgewiesen. „Diese Zahl "
         "entbehrt jeder Grundlage“, sagte ein Sprecher. Der „Kurier“ hatte berichtet, Kobold wolle 300 Stellen "
         "streichen.", "Kobold wolle 300 Stellen streichen"),
        # "keinerlei", "keineswegs" negate as "kein" does
        ("Die Stadtverwaltung Celle hat einen Bericht der „Celleschen Zeitung“ über einen Austritt aus dem "
         "Klinikverbund zurückgewiesen. „Es gab keinerlei Gespräche darüber“, sagte ein Sprecher der Stadt. Die Zeitung "
         "hatte berichtet, Celle wolle den Verbund zum Jahresende verlassen.",
         "Celle wolle den Verbund zum Jahresende verlassen"),
        ("Die Kommission habe erst nach Zusagen eingelenkt, hieß es aus Diplomatenkreisen. Ein Sprecher der polnischen "
         "Regierung bestritt das. „Es hat keinerlei Absprachen gegeben“, sagte er der Agentur PAP.",
         "Die Kommission habe erst nach Zusagen eingelenkt"),
    ],
)
def test_a_negated_statement_right_after_a_denial_spells_it_out(text, claim):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    spelled = next(s for s in record.statements if s.cue is not None and s.cue.text == "sagte"
                   and s.content.start > next(d for d in record.statements if d.kind == "Reported").content.start)
    assert spelled.stance == "deny" and by_id[spelled.refers_to].content.text == claim


def test_a_negated_statement_of_another_speaker_after_a_denial_of_an_accusation_answers_nothing():
    record = whosaid.analyze(
        "Die Staatsanwaltschaft wirft dem Kassenwart vor, Vereinsgeld veruntreut zu haben. Der 52-Jährige hatte die "
        "Vorwürfe bestritten. Der Richter sagte, ein Vorsatz sei nicht nachzuweisen.", published="2026-03-06", lang="de")
    judge = next(s for s in record.statements if s.content.text.startswith("ein Vorsatz"))
    assert judge.refers_to is None and judge.stance != "deny"


def test_a_report_named_in_the_genitive_answers_the_outlet_not_a_speaker_sharing_a_word_of_its_name():
    record = whosaid.analyze(
        "Die Molkerei Falkner hat einen Bericht des „Bauern Kuriers“ über die Schließung ihres Werks zurückgewiesen. "
        "Der Kurier hatte am Montag berichtet, das Werk in Pilsting solle 2028 schließen. „Wir bleiben“, sagte ein "
        "Sprecher. Die Bauern sagten, sie hätten keine Kündigung erhalten.", published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    denial = next(s for s in record.statements if s.content.text.startswith("einen Bericht"))
    assert by_id[denial.refers_to].content.text.startswith("das Werk in Pilsting")


@pytest.mark.parametrize(
    "text, denied, claim",
    [
        # "diese Angaben" takes up the account told "Nach Angaben …", not the quote said after it
        ("Nach Angaben der Feuerwehr brannten am Hafen drei Lagerhallen ab. „Wir waren mit 80 Kräften im Einsatz“, "
         "sagte Einsatzleiter Jan Pohl. Der Hafenbetreiber wies diese Angaben zurück.", "diese Angaben",
         "brannten am Hafen drei Lagerhallen ab"),
        # the figures of a side named after the definite article: the last figure stated
        ("„Wir haben 1500 Mitglieder verloren“, sagte Vereinschef Otto Laub. Er kündigte eine Kampagne an. Der "
         "Landesverband wies die Zahlen des Vereins zurück.", "die Zahlen des Vereins", "Wir haben 1500 Mitglieder verloren"),
    ],
)
def test_an_account_or_figures_taken_up_by_their_noun_answer_the_statement_told_so(text, denied, claim):
    assert (denied, claim) in _answered(text)


def test_a_denied_unnamed_report_refers_to_the_named_press_report_told_after_it():
    record = whosaid.analyze(
        "Der Verein Eintracht Lohr hat Berichte zurückgewiesen, wonach Trainer Max Sommer entlassen werden soll. "
        "„Niemand denkt an eine Trennung“, sagte Präsident Otto Kern. Die „Main-Post“ hatte am Sonntag berichtet, "
        "der Vorstand suche bereits einen Nachfolger.", published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    named = next(s for s in record.statements if s.cue and s.cue.lemma == "berichten")
    for start in ("Trainer Max Sommer", "Niemand denkt"):
        denial = next(s for s in record.statements if s.content.text.startswith(start) and s.stance == "deny")
        assert by_id[denial.refers_to] is named


def test_a_joining_denial_of_the_report_answers_the_press_report_told_last_not_the_source_it_cites():
    record = whosaid.analyze(
        "Die Stadt Lindau hat einen Bericht der „Seezeitung“ zurückgewiesen, wonach sie das Hallenbad schließen will. "
        "„Es gibt keinen solchen Beschluss“, sagte Bürgermeisterin Eva Roth. Die „Seezeitung“ hatte unter Berufung auf "
        "Ratskreise berichtet, das Bad solle im Herbst schließen. Auch der Landkreis wies den Bericht zurück.",
        published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    joining = next(s for s in record.statements if s.content.text == "den Bericht")
    report = by_id[joining.refers_to]
    assert report.content.text.startswith("das Bad solle") and report.speaker.text == "Die „Seezeitung“"


@pytest.mark.parametrize(
    "text, denied, claim",
    [
        ("„Die Brücke ist sicher“, sagte Baustadträtin Jana Vogt am Montag. Die Bürgerinitiative kündigte Proteste an. "
         "Der Ingenieurverband widersprach der Stadträtin.", "der Stadträtin", "Die Brücke ist sicher"),
        ("Ein Sprecher des Umweltamts sagte, das Wasser sei unbedenklich. Ein Anwohner sagte, er habe Angst. Der "
         "Fischereiverband widersprach dem Umweltamt.", "dem Umweltamt", "das Wasser sei unbedenklich"),
    ],
)
def test_contradicting_someone_named_in_the_dative_answers_their_last_statement(text, denied, claim):
    assert (denied, claim) in _answered(text)


def test_a_spokesperson_right_after_the_denial_of_a_press_report_spells_it_out_without_a_negation():
    record = whosaid.analyze(
        "Die Reederei Nordmark hat einen Bericht des „Inselboten“ über den Verkauf ihrer Sylt-Fähre zurückgewiesen. "
        "„Die Fähre fährt auch im kommenden Sommer unter unserer Flagge“, sagte eine Unternehmenssprecherin. Der "
        "„Inselbote“ hatte berichtet, die Fähre gehe an eine dänische Reederei.", published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    spelled = next(s for s in record.statements if s.content.text.startswith("Die Fähre fährt"))
    assert spelled.stance == "deny" and by_id[spelled.refers_to].content.text.startswith("die Fähre gehe")


def test_a_spokespersons_further_words_after_her_own_denial_spell_nothing_out_without_a_negation():
    record = whosaid.analyze(
        "Die Stadtwerke Kiel haben einen Bericht der „Kieler Nachrichten“ über höhere Gaspreise zurückgewiesen. „Es gibt "
        "keine Pläne für eine Preiserhöhung“, sagte Unternehmenssprecherin Eva Lenz. Man investiere weiter in das Netz, "
        "fügte die Sprecherin hinzu. Die Zeitung hatte berichtet, die Preise stiegen im Mai um zehn Prozent.",
        published="2026-03-06", lang="de")
    further = by_content(record, "Man investiere")
    assert (further.stance, further.refers_to) == ("assert", None)


def test_hearsay_of_no_named_source_told_after_a_denial_is_not_what_it_answers():
    record = whosaid.analyze(
        "Der Autobauer Nordwerk hat Berichte über Entlassungen zurückgewiesen. Nach Angaben von Branchenkennern ist der "
        "Absatz im Herbst um zehn Prozent gesunken.", published="2026-03-06", lang="de")
    denial = next(s for s in record.statements if s.content.text.startswith("Berichte"))
    assert denial.refers_to is None


def test_a_denial_of_this_accusation_answers_what_was_just_said_not_the_indictment():
    pairs = _answered(
        "Laut Anklage soll der Bauamtsleiter Aufträge gegen Bargeld vergeben haben. Die Verteidigerin sagte, die "
        "Stadtverwaltung habe von den Zahlungen gewusst. Die Stadtverwaltung wies diesen Vorwurf zurück.")
    assert ("diesen Vorwurf", "die Stadtverwaltung habe von den Zahlungen gewusst") in pairs


@pytest.mark.parametrize(
    "text, denial, claim",
    [
        ("Die Separatisten erklärten, ihre Raketen hätten drei Kampfhubschrauber zerstört. Der Armeesprecher Ivo "
         "Danek sagte am Abend, kein einziger Hubschrauber sei getroffen worden.",
         "kein einziger Hubschrauber sei getroffen worden", "ihre Raketen hätten drei Kampfhubschrauber zerstört"),
        ("Eine Aktivistengruppe behauptete, sie habe die E-Mails von 4000 Patienten kopiert. Das Krankenhaus "
         "informierte die Polizei. „Es wurden keine Patientendaten kopiert“, sagte die Klinikchefin Maren Ostholt.",
         "Es wurden keine Patientendaten kopiert", "sie habe die E-Mails von 4000 Patienten kopiert"),
    ],
)
def test_a_negated_noun_taken_from_another_speakers_claim_answers_it(text, denial, claim):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    said = next(s for s in record.statements if s.content.text == denial)
    assert said.refers_to is not None and by_id[said.refers_to].content.text == claim
    assert said.stance == "deny"


def test_a_negated_noun_the_other_speaker_did_not_use_answers_nothing():
    record = whosaid.analyze(
        "Der Verband sagte, die Preise für Strom seien gestiegen. Die Ministerin sagte, es gebe keinen Grund zur Sorge.",
        published="2026-03-06", lang="de")
    assert all(s.refers_to is None for s in record.statements)


def test_a_negated_noun_of_the_same_speaker_answers_nothing():
    record = whosaid.analyze(
        "Die Feuerwehr sagte, in der Halle hätten Gasflaschen gelagert. Es habe aber keine Gasflaschen-Explosion "
        "gegeben, sagte ein Feuerwehrsprecher.", published="2026-03-06", lang="de")
    assert all(s.refers_to is None for s in record.statements)


def test_a_negated_noun_of_what_will_no_longer_be_answers_nothing():
    record = whosaid.analyze(
        "Der Bauernverband sagte, die Apfelernte am Bodensee sei um ein Drittel eingebrochen. Ohne Regen werde bald "
        "keine Apfelernte mehr eingefahren, sagte ein Obstbauer.", published="2026-03-06", lang="de")
    assert all(s.refers_to is None for s in record.statements)


def test_a_negated_noun_answers_the_report_told_after_it_as_earlier():
    record = whosaid.analyze(
        "Bildungsminister Paul Weber hat einen Bericht über Schulschließungen dementiert. In seinem Haus sei keine "
        "Schließungsliste erstellt worden, sagte er.\n\nDas „Tagblatt“ hatte berichtet, bis 2030 sollten 40 Schulen "
        "schließen. Das Ministerium habe bereits eine Schließungsliste erstellen lassen.", published="2026-03-06",
        lang="de")
    said = next(s for s in record.statements if s.content.text.startswith("In seinem Haus"))
    by_id = {s.id: s for s in record.statements}
    assert said.stance == "deny" and by_id[said.refers_to].content.text.startswith("Das Ministerium habe")


@pytest.mark.parametrize(
    "text",
    ["Der Sender hatte berichtet, die Fähre sei gesunken. Solche Falschmeldungen sollten die Bevölkerung "
     "verunsichern, sagte die Ministerin Lea Sommer.",
     "Die Rebellen erklärten, die Armee ziehe Truppen zusammen. Wer Lügen über die Armee verbreitet, gefährdet den "
     "Frieden, schrieb der Minister Amare Tesfay."],
)
def test_a_false_report_named_as_subject_denies_nothing(text):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    assert not record.contradictions


@pytest.mark.parametrize(
    "denial",
    ["Ein Sprecher der Reederei sagte am Dienstag, man weise den Bericht zurück.",
     "Den Bericht weise man entschieden zurück, sagte eine Sprecherin der Reederei.",
     "Die Reederei plant keinen Verkauf, sagte ein Sprecher. Man dementiere den Bericht, fügte er hinzu."],
)
def test_reported_content_telling_the_speakers_own_denial_denies(denial):
    """"sagte, man weise den Bericht zurück": content whose verb denies, with the speaker's side as its subject, is
    a denial of the report told before, though the cue only says."""
    record = whosaid.analyze("Das „Abendblatt“ hatte berichtet, die Reederei wolle zwölf Schiffe verkaufen. " + denial,
                             published="2027-03-09", lang="de")
    report = next(s for s in record.statements if s.speaker and s.speaker.text == "Das „Abendblatt“")
    denials = [s for s in record.statements if s.stance == "deny"]
    assert denials and denials[-1].refers_to == report.id
    assert any(c.claim == report.id and c.counter == denials[-1].id for c in record.contradictions)


@pytest.mark.parametrize(
    "text, spelled",
    [
        ("Mainz (dpa) – Das Innenministerium hat Angaben des Gemeindebunds über die Schließung von Polizeiwachen "
         "zurückgewiesen. „Keine einzige Wache wird geschlossen“, sagte Ministeriumssprecher Jonas Berger am Dienstag. "
         "Der Gemeindebund hatte am Montag erklärt, das Land wolle bis 2028 zwölf Wachen schließen.",
         "Keine einzige Wache wird geschlossen"),
        ("Rostock (dpa) – Die Polizei hat Vorwürfe von Anwohnern nach einer Räumung im Hafen zurückgewiesen. Von "
         "Gewalt gegen Unbeteiligte könne keine Rede sein, sagte eine Polizeisprecherin. Eine Bürgerinitiative hatte "
         "erklärt, Beamte hätten wahllos Schlagstöcke eingesetzt.", "Von Gewalt gegen Unbeteiligte könne keine Rede sein"),
    ],
)
def test_a_spokesperson_whose_compound_names_the_deniers_kind_spells_its_denial_out(text, spelled):
    record = whosaid.analyze(text, published="2027-03-02", lang="de")
    denial, quote = record.statements[0], by_content(record, spelled)
    assert denial.refers_to is not None and quote.refers_to == denial.refers_to and quote.stance == "deny"


def test_a_spokesperson_of_another_kind_does_not_spell_the_denial_out():
    record = whosaid.analyze(
        "Mainz (dpa) – Das Innenministerium hat Angaben des Gemeindebunds über die Schließung von Polizeiwachen "
        "zurückgewiesen. Man habe keine Stellungnahme erhalten, sagte ein Gewerkschaftssprecher am Dienstag. Der "
        "Gemeindebund hatte am Montag erklärt, das Land wolle bis 2028 zwölf Wachen schließen.",
        published="2027-03-02", lang="de")
    assert by_content(record, "Man habe keine Stellungnahme").refers_to is None


@pytest.mark.parametrize(
    "continuation, answers",
    [
        ("Eine Liste mit Standorten gebe es nicht.", True),
        ("Man habe nie über einzelne Wachen gesprochen.", True),
        # one that calls the report false denies it too
        ("Der Bericht sei frei erfunden.", True),
        ("Die Meldung sei eine weitere Erfindung der Opposition.", True),
        # a continuation that negates nothing may say anything else
        ("Die Polizei brauche dringend mehr Personal.", False),
    ],
)
def test_a_negated_continuation_of_the_spelled_out_denial_denies_the_report_too(continuation, answers):
    record = whosaid.analyze(
        "Mainz (dpa) – Das Innenministerium hat einen Bericht der „Rheinpfalz“ über die Schließung von Polizeiwachen "
        "zurückgewiesen. „Keine einzige Wache wird geschlossen“, sagte Ministeriumssprecher Jonas Berger am Dienstag. "
        f"{continuation} Die „Rheinpfalz“ hatte am Montag berichtet, das Land wolle bis 2028 zwölf Wachen schließen.",
        published="2027-03-02", lang="de")
    report = by_content(record, "das Land wolle")
    further = by_content(record, continuation.rstrip("."))
    assert (further.refers_to == report.id) is answers
    if answers:
        assert further.stance == "deny"


MAUT = ("Innsbruck (APA) – Das Verkehrsministerium hat einen Bericht der „Tiroler Tageszeitung“ über neue Mautpläne "
        "zurückgewiesen. „Es gibt keine solchen Pläne“, sagte ein Sprecher. Die Zeitung hatte am Montag berichtet, die "
        "Maut auf der Brennerautobahn solle verdoppelt werden. {joined}")


@pytest.mark.parametrize(
    "joined, denied, answers",
    [
        # the particle before the object adds a thing denied, from a source the article does not quote
        ("Ministerin Eva Kogler wies auch die Kritik aus Bayern zurück.", "die Kritik aus Bayern", False),
        # an added object on the topic of the report answers it
        ("Ministerin Eva Kogler wies auch eine höhere Maut für Busse zurück.", "eine höhere Maut für Busse", True),
        # before the denier, or after the object, it joins the denials of the report
        ("Auch das Land Tirol wies den Bericht zurück.", "den Bericht", True),
        ("Das Land Tirol wies den Bericht ebenfalls zurück.", "den Bericht", True),
    ],
)
def test_an_additive_particle_before_the_object_adds_what_is_denied_not_a_denier(joined, denied, answers):
    record = whosaid.analyze(MAUT.format(joined=joined), published="2027-03-02", lang="de")
    report = by_content(record, "die Maut auf der Brennerautobahn")
    assert (by_content(record, denied).refers_to == report.id) is answers


@pytest.mark.parametrize(
    "joined, answers",
    [
        ("sprach von einer „gezielten Kampagne“", True),
        # an announcement joined so is no part of the denial
        ("kündigte rechtliche Schritte an", False),
    ],
)
def test_a_speech_act_joined_to_a_denial_under_its_subject_goes_on_with_the_denial(joined, answers):
    record = whosaid.analyze(
        "Niamey (AFP) – Die Regierung hat einen Bericht von Amnesty International über Folter in Gefängnissen "
        "zurückgewiesen. Amnesty hatte am Montag berichtet, Häftlinge seien geschlagen worden. Auch die französische "
        f"Botschaft wies den Bericht zurück und {joined}.", published="2027-03-02", lang="de")
    report = by_content(record, "Häftlinge seien geschlagen worden")
    act = record.statements[-1]
    assert (act.refers_to == report.id) is answers
    assert (act.stance == "deny") is answers


@pytest.mark.parametrize(
    "finding, answers",
    [
        ("Die Beschuldigte habe die Warnungen des Pistendienstes ignoriert", True),
        ("Der Angeklagte habe die Warnungen des Pistendienstes ignoriert", True),
        # a finding that speaks of no accused is no accusation
        ("Die Piste sei an diesem Tag stark vereist gewesen", False),
    ],
)
def test_accusations_denied_in_court_answer_what_was_said_of_the_accused(finding, answers):
    record = whosaid.analyze(
        f"Chur (SDA) – Das Kantonsgericht hat ein Urteil gegen eine Skilehrerin bestätigt. {finding}, sagte der "
        "Richter Paul Caduff am Dienstag. Die Skilehrerin wies die Vorwürfe erneut zurück: «Ich habe die Gruppe "
        "sorgfältig geführt.»", published="2027-03-02", lang="de")
    claim = by_content(record, finding)
    denial = next(s for s in record.statements if s.cue is not None and s.cue.lemma == "zurückweisen")
    assert (denial.refers_to == claim.id) is answers


def test_an_answer_in_the_pluperfect_answers_what_was_told_as_earlier_not_the_later_word_before_it():
    record = whosaid.analyze(
        "Genf (SDA) – Die UNO hat einen Bericht über die Verlegung ihres Archivs nach Wien zurückgewiesen. Die „Tribune "
        "de Genève“ hatte am Dienstag berichtet, das Archiv solle bis 2030 nach Wien umziehen. Sprecherin Ana Ruiz "
        "sagte am Mittwoch, die Organisation überprüfe alle Standorte. „Genf bleibt unser Sitz“, sagte sie. Der Genfer "
        "Staatsrat Marc Favre hatte die Darstellung bereits am Dienstagabend zurückgewiesen: «Davon wissen wir nichts.»",
        published="2027-03-02", lang="de")
    report = by_content(record, "das Archiv solle")
    assert by_content(record, "die Darstellung").refers_to == report.id
    assert by_content(record, "Davon wissen wir nichts").refers_to == report.id


def test_an_answer_in_the_pluperfect_with_nothing_told_as_earlier_keeps_what_was_said_before():
    pairs = _answered("Der Betriebsrat sagte am Montag, die Schichten seien zu lang. Die Geschäftsführung hatte "
                      "die Darstellung bereits zurückgewiesen.")
    assert pairs == [("die Darstellung", "die Schichten seien zu lang")]


@pytest.mark.parametrize(
    "text",
    [
        "Stadträtin Eva Lechner bezeichnete einen Bericht der „Kronen Zeitung“, wonach intern bereits eine Verschiebung "
        "auf 2031 geplant werde, als „Unsinn“.",
        "Einen Bericht der „Kronen Zeitung“, wonach intern bereits eine Verschiebung auf 2031 geplant werde, "
        "bezeichnete Stadträtin Eva Lechner als „Unsinn“.",
    ],
)
def test_a_wonach_report_called_false_by_the_predicative_after_it_is_denied(text):
    record = whosaid.analyze(text, published="2027-03-02", lang="de")
    report = next(s for s in record.statements if s.cue is not None and s.cue.lemma == "wonach")
    denial = next(s for s in record.statements if s.cue is not None and s.cue.lemma == "bezeichnen")
    assert report.content.text == "intern bereits eine Verschiebung auf 2031 geplant werde"
    assert denial.stance == "deny" and denial.refers_to == report.id


def test_a_wonach_report_called_something_else_is_not_denied_and_a_comparison_stays_in_its_clause():
    record = whosaid.analyze(
        "Stadträtin Eva Lechner bezeichnete einen Bericht der „Kronen Zeitung“, wonach die Firma mehr verdiene, als "
        "sie angebe, als „lesenswert“.", published="2027-03-02", lang="de")
    report = next(s for s in record.statements if s.cue is not None and s.cue.lemma == "wonach")
    assert report.content.text == "die Firma mehr verdiene, als sie angebe"
    assert all(s.stance != "deny" for s in record.statements)


def test_a_spokesperson_whose_compound_names_the_claimant_answers_no_statement_of_her_own_side():
    record = whosaid.analyze(
        "Belgrad (AFP) – Die serbische Grenzpolizei hat Vorwürfe des UNHCR zurückgewiesen. Das UNHCR hatte am Samstag "
        "erklärt, 40 Busse mit Flüchtlingen hätten tagelang an der Grenze gewartet. UNHCR-Sprecherin Anna Weber "
        "widersprach der serbischen Darstellung am Montag. Die Fahrer hätten keine Genehmigung für die Weiterfahrt "
        "erhalten, sagte sie.", published="2027-03-02", lang="de")
    claim = by_content(record, "40 Busse")
    assert by_content(record, "Vorwürfe des UNHCR").refers_to == claim.id
    assert by_content(record, "der serbischen Darstellung").refers_to != claim.id
    assert by_content(record, "Die Fahrer hätten").refers_to != claim.id


def test_a_reporter_standing_by_the_report_of_his_outlet_answers_no_other_speakers_pluperfect_word():
    record = whosaid.analyze(
        "Köln (SID) – Der Berater von Jonas Brehm hat Berichte über einen Wechsel seines Klienten nach Bremen "
        "dementiert. Der Sender Sky hatte am Montag berichtet, Brehm habe sich mit Werder geeinigt. Sky-Reporter Tim "
        "Kurz bekräftigte am Mittwoch, man stehe zu der Meldung. Mainz-Sportdirektor Stefan Keller hatte am Dienstag "
        "erklärt, man plane fest mit dem Spieler.", published="2027-03-02", lang="de")
    confirmation = by_content(record, "man stehe zu der Meldung")
    assert confirmation.refers_to is None


def test_thanks_joined_to_a_denial_answer_nothing():
    record = whosaid.analyze("Die Zeitung berichtete, die Stadt habe Fördergelder veruntreut. Der Bürgermeister wies "
                             "den Bericht zurück und dankte den Helfern für ihren Einsatz.", published="2027-05-12",
                             lang="de")
    thanks = next(s for s in record.statements if s.cue and s.cue.lemma == "danken")
    assert (thanks.stance, thanks.refers_to) == ("assert", None)


def test_a_pluperfect_denial_of_accusations_answers_no_plea_or_demand_told_as_earlier():
    """ "Die Verteidigung hatte auf Freispruch plädiert. Der Angeklagte hatte die Vorwürfe stets bestritten": the
    accusations are no plea or demand; the denial keeps the accusation said before."""
    record = whosaid.analyze("Der Angeklagte habe Spendengelder veruntreut, sagte die Richterin am Montag. Die "
                             "Staatsanwältin hatte drei Jahre Haft gefordert. Die Verteidigung hatte auf Freispruch "
                             "plädiert. Der Angeklagte hatte die Vorwürfe stets bestritten.",
                             published="2027-05-12", lang="de")
    finding = by_content(record, "Der Angeklagte habe Spendengelder")
    denial = next(s for s in record.statements if s.stance == "deny")
    assert denial.refers_to == finding.id


def test_a_pluperfect_denial_naming_a_demand_answers_the_demand_not_an_older_report():
    record = whosaid.analyze("Die Zeitung hatte berichtet, der Minister habe Gelder veruntreut. Die Opposition "
                             "forderte am Montag seinen Rücktritt. Der Minister hatte die Forderung bereits am "
                             "Wochenende zurückgewiesen.", published="2027-05-12", lang="de")
    demand = next(s for s in record.statements if s.stance == "demand")
    denial = next(s for s in record.statements if s.stance == "deny")
    assert denial.refers_to == demand.id


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Die Opposition warf dem Landrat vor, Fördergeld an einen Parteifreund vergeben zu haben. Landrat Uwe Brink "
         "wies die Vorwürfe zurück. „Jeder Euro wurde nach den Richtlinien vergeben“, sagte der 58-Jährige.",
         "Fördergeld an einen Parteifreund vergeben zu haben"),
        # … or of themselves
        ("Die Gewerkschaft warf dem Klinikum vor, Pflegekräfte unbezahlt länger arbeiten zu lassen. Das Klinikum wies "
         "die Anschuldigungen am Montag zurück. „Wir erfassen und bezahlen jede Überstunde“, teilte das Klinikum mit.",
         "Pflegekräfte unbezahlt länger arbeiten zu lassen"),
        # the accusation named before the clause that says it
        ("Die Opposition warf Bürgermeister Kai Lenz vor, Gutachten zurückgehalten zu haben. Lenz wies den Vorwurf "
         "zurück, er habe etwas verheimlicht. „Ich habe den Rat über jedes Gutachten informiert“, sagte der 61-Jährige.",
         "Gutachten zurückgehalten zu haben"),
    ],
)
def test_the_accused_right_after_denying_accusations_spells_the_denial_out_without_a_negation(text, claim):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    defence = record.statements[-1]
    assert defence.stance == "deny" and by_id[defence.refers_to].content.text == claim


def test_the_accused_turning_on_the_accuser_after_denying_accusations_answers_nothing():
    record = whosaid.analyze(
        "Der Grünen-Politiker Tim Roth warf der Ministerin vor, Landwirte zu verunsichern. Die Ministerin wies die "
        "Vorwürfe zurück. Der Grünen-Politiker solle sich lieber um seine eigene Fraktion kümmern, sagte sie.",
        published="2026-03-06", lang="de")
    assert record.statements[-1].refers_to is None


def test_words_after_denying_a_report_spell_nothing_out_without_a_negation():
    record = whosaid.analyze(
        "Die Zeitung hatte berichtet, die Stadt wolle das Freibad verkaufen. Bürgermeisterin Eva Thal wies den Bericht "
        "zurück. „Wir investieren dieses Jahr zwei Millionen Euro in das Bad“, sagte sie.", published="2026-03-06",
        lang="de")
    assert (record.statements[-1].stance, record.statements[-1].refers_to) == ("assert", None)


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Die Gewerkschaft hatte erklärt, bei der Bahn fehlten in Bayern 2.000 Lokführer. Die Zahl von 2.000 "
         "Lokführern sei „aus der Luft gegriffen“, sagte ein Bahnsprecher am Dienstag.",
         "bei der Bahn fehlten in Bayern 2.000 Lokführer"),
        # a continuation of a concession denies the figure claimed
        ("Der Verband hatte berichtet, der Bau der Umgehung koste 90 Millionen Euro. Der Landrat räumte ein, dass es "
         "Mehrkosten gebe. Die Summe von 90 Millionen Euro sei aber an den Haaren herbeigezogen.",
         "der Bau der Umgehung koste 90 Millionen Euro"),
    ],
)
def test_a_figure_called_plucked_from_the_air_denies_the_claim_that_named_it(text, claim):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    denial = record.statements[-1]
    assert denial.stance == "deny" and by_id[denial.refers_to].content.text == claim


def test_a_report_called_part_of_a_lie_campaign_is_denied_with_the_denial_it_continues():
    record = whosaid.analyze(
        "Die Stadtwerke Gotha haben einen Bericht der „Thüringer Allgemeinen“ über Preiserhöhungen zurückgewiesen. „Es "
        "gibt keine solchen Pläne“, sagte ein Sprecher. Der Bericht sei Teil einer „gezielten Lügenkampagne“ der "
        "Opposition. Die Zeitung hatte berichtet, die Gaspreise stiegen im Mai um 20 Prozent.",
        published="2026-03-06", lang="de")
    report = by_content(record, "die Gaspreise stiegen")
    campaign = by_content(record, "Der Bericht sei Teil")
    assert (campaign.stance, campaign.refers_to) == ("deny", report.id)


@pytest.mark.parametrize(
    "text, stance",
    [
        ("Der Sender hatte berichtet, die Armee habe das Dorf aufgegeben. „Das ist eine Propagandalüge“, sagte "
         "Armeesprecher Oleh Marko.", "deny"),
        # a compound of falsity as any object calls nothing false
        ("Die Gemeinde gab am Montag eine Studie zur Desinformationsabwehr in Auftrag, teilte der Bürgermeister mit.",
         "assert"),
    ],
)
def test_a_compound_of_a_word_of_falsity_as_what_something_is_denies_it(text, stance):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    assert record.statements[-1].stance == stance


def test_a_continuation_that_only_sets_one_thing_against_another_spells_no_denial_out():
    record = whosaid.analyze(
        "Die Opposition warf dem Minister vor, Datenpannen vertuscht zu haben. Der Minister wies die Vorwürfe zurück. "
        "„Ich habe den Ausschuss sofort informiert“, sagte er. Es handle sich um Fehler Einzelner, nicht um ein Versagen "
        "der Behörde.", published="2026-03-06", lang="de")
    defence, contrast = by_content(record, "Ich habe den Ausschuss"), by_content(record, "Es handle sich")
    assert defence.stance == "deny" and defence.refers_to is not None
    assert (contrast.stance, contrast.refers_to) == ("assert", None)


@pytest.mark.parametrize(
    "text, claim",
    [
        # an account is what was stated, not the characterisation said right after it
        ("Nach Angaben der Stadtwerke wurde die Störung bereits am Abend behoben. Ein Sprecher sprach von einem "
         "„gewöhnlichen Defekt“. Der Mieterbund widersprach dieser Darstellung: „Viele Wohnungen waren bis zum Morgen "
         "ohne Strom.“", "wurde die Störung bereits am Abend behoben"),
        # with nothing stated before, the characterisation is the account
        ("Die Stadtwerke sprachen von einem „gewöhnlichen Defekt“. Der Mieterbund widersprach dieser Darstellung.",
         "von einem „gewöhnlichen Defekt“"),
        # criticism is the characterisation itself
        ("Die Gewerkschaft hatte erklärt, die Löhne seien seit Jahren nicht gestiegen. Die Grünen sprachen von einem "
         "Skandal. Der Arbeitgeberverband wies diese Kritik zurück.", "von einem Skandal"),
    ],
)
def test_an_account_taken_up_by_a_demonstrative_is_what_was_stated_not_its_characterisation(text, claim):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    denial = next(s for s in record.statements if s.stance == "deny" and s.kind == "Reported")
    assert by_id[denial.refers_to].content.text == claim


def test_contradicting_reports_in_the_dative_before_a_colon_quote_is_the_act_and_the_quote_goes_on_with_it():
    record = whosaid.analyze(
        "Die Zeitung hatte berichtet, der Trainer stehe vor dem Aus. Auch Präsident Klaus Brenner widersprach den "
        "Berichten: „Jens macht einen hervorragenden Job.“", published="2026-03-06", lang="de")
    report = by_content(record, "der Trainer stehe")
    act, quote = by_content(record, "den Berichten"), by_content(record, "Jens macht")
    assert (act.kind, act.stance, act.refers_to) == ("Reported", "deny", report.id)
    assert (quote.kind, quote.continues) == ("Direct", act.id)
    assert [c.counter for c in record.contradictions] == [act.id]


@pytest.mark.parametrize(
    "text, denial, claim",
    [
        # an appeal or an announcement said just before is no accusation, no criticism
        ("Die Umweltverbände haben von massiven Verstößen gegen die Auflagen berichtet. „Wir sehen Schlamperei, keinen "
         "Vorsatz“, sagte Verbandschef Olaf Brink. Er rief die Behörden auf, die Baustelle zu überprüfen. Die "
         "Baufirma Krantz wies die Kritik zurück.", "die Kritik", "Wir sehen Schlamperei, keinen Vorsatz"),
        ("Bei einem Polizeieinsatz in Kassel sind nach Angaben der Opferberatung zwei Jugendliche verletzt worden. "
         "Die Stadt verurteilte den Einsatz. Ein Stadtsprecher sprach von einer „unverhältnismäßigen Härte“. Man "
         "werde den Innenausschuss anrufen, sagte er. Die hessische Polizei wies die Vorwürfe zurück.",
         "die Vorwürfe", "zwei Jugendliche verletzt worden"),
    ],
)
def test_accusations_answer_no_appeal_or_announcement_said_just_before(text, denial, claim):
    answered = dict(_answered(text))
    assert claim in answered.get(denial, "")


def test_what_a_denial_calls_the_accusations_after_als_is_no_topic_they_share():
    text = ("Die Regierung hat der Miliz vorgeworfen, Waffen aus dem Ausland zu beziehen. Ein Armeesprecher sagte, "
            "die Armee habe Beweise. Ein Sprecher der Miliz wies die Vorwürfe als „Lügen der Armee“ zurück.")
    answered = dict(_answered(text))
    assert answered.get("die Vorwürfe als „Lügen der Armee“", "").startswith("Waffen aus dem Ausland")


def test_accusations_answer_the_accusation_that_leads_the_article_however_far_below():
    text = ("Die Regierung hat dem Nachbarland vorgeworfen, Rebellen mit Waffen zu versorgen. Seit Wochen landeten "
            "dort Frachtflugzeuge, berichtete der Staatssender. Die Fracht werde über die Grenze gebracht. Ein "
            "Armeesprecher sagte, man habe Beweise. „Wer Waffen liefert, ist mitschuldig“, sagte der Offizier. Das "
            "Außenministerium teilte mit, es habe den Botschafter einbestellt. Eine Stellungnahme lag nicht vor. Die "
            "Rebellen kontrollieren den Norden. Das Nachbarland wies die Vorwürfe zurück.")
    answered = dict(_answered(text))
    assert answered.get("die Vorwürfe", "").startswith("Rebellen mit Waffen zu versorgen")


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadtwerke haben einen Bericht über höhere Gaspreise zurückgewiesen. Die Zeitung hatte berichtet, die Preise "
        "stiegen im Mai. Auch Spekulationen, wonach der Vorstand zurücktreten wolle, wies der Sprecher zurück.",
        "Der Verein hat einen Bericht über einen Trainerwechsel dementiert. Das Blatt hatte geschrieben, der Trainer "
        "müsse gehen. Auch Berichte, wonach ein Stürmer verkauft werde, dementierte der Sportdirektor.",
    ],
)
def test_a_fronted_wonach_report_after_auch_is_what_that_denial_answers(text):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    denial = [s for s in record.statements if s.stance == "deny" and s.kind == "Reported"][-1]
    report = by_id[denial.refers_to]
    assert report.cue.text == "wonach"


@pytest.mark.parametrize(
    "lead, continuation, answers",
    [
        # the denier's own side affirms first ("Sie bleibt unsere Trainerin") and negates in the continuation
        ("Der THW Kiel hat einen Bericht der „Kieler Nachrichten“ über eine Trennung von Trainerin Lena Hoff "
         "zurückgewiesen. „Lena Hoff ist unsere Trainerin, und sie bleibt es“, sagte Sportchef Tim Berger am Dienstag.",
         "Es habe keinerlei Gespräche mit anderen Trainern gegeben.", True),
        ("Intendantin Lena Hoff hat einen Bericht der „Kieler Nachrichten“ über einen Wechsel nach Zürich "
         "zurückgewiesen. „Ich habe einen Vertrag bis 2030, und den erfülle ich“, sagte die 51-Jährige am Dienstag.",
         "Mit der Oper in Zürich habe sie zu keinem Zeitpunkt verhandelt.", True),
        # a continuation that negates nothing says something else
        ("Der THW Kiel hat einen Bericht der „Kieler Nachrichten“ über eine Trennung von Trainerin Lena Hoff "
         "zurückgewiesen. „Lena Hoff ist unsere Trainerin, und sie bleibt es“, sagte Sportchef Tim Berger am Dienstag.",
         "Die Mannschaft müsse sich dringend steigern.", False),
    ],
)
def test_a_negated_continuation_of_the_deniers_first_words_denies_the_report(lead, continuation, answers):
    record = whosaid.analyze(
        f"Kiel (dpa) – {lead} {continuation} Die Zeitung hatte am Montag berichtet, Hoff werde im Sommer gehen.",
        published="2027-03-02", lang="de")
    report = by_content(record, "Hoff werde")
    further = by_content(record, continuation.rstrip("."))
    assert (further.refers_to == report.id) is answers
    assert by_content(record, lead.split("„")[2][:12]).refers_to is None


def test_a_negation_below_the_main_clause_of_such_a_continuation_denies_nothing():
    record = whosaid.analyze(
        "Kiel (dpa) – Das Museum hat einen Bericht der „Kieler Nachrichten“ über einen Stopp der Rückgabe "
        "zurückgewiesen. „Die Vereinbarung gilt unverändert“, sagte Direktorin Eva Lund am Dienstag. Die Übergabe sei "
        "lediglich verschoben worden, weil das neue Museum noch nicht fertig sei. Die Zeitung hatte am Montag "
        "berichtet, das Museum habe die Rückgabe gestoppt.", published="2027-03-02", lang="de")
    assert by_content(record, "Die Übergabe sei").refers_to is None


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Nach Angaben der Gewerkschaft legten in Bremen mehr als 800 Pflegekräfte die Arbeit nieder. „Wir sind am "
         "Ende unserer Kräfte“, sagte Verdi-Sekretärin Ina Voss. Die Gewerkschaft fordert 8 Prozent mehr Lohn. Der "
         "Klinikverbund sprach von einem geordneten Betrieb. Die Zahl der Streikenden sei deutlich geringer als von "
         "der Gewerkschaft behauptet, sagte eine Sprecherin.",
         "legten in Bremen mehr als 800 Pflegekräfte die Arbeit nieder"),
        ("Nach Angaben der IG Metall beteiligten sich 3000 Beschäftigte an dem Warnstreik. Die Geschäftsführung "
         "erklärte, die Produktion sei weit weniger beeinträchtigt worden als von der Gewerkschaft angegeben.",
         "beteiligten sich 3000 Beschäftigte an dem Warnstreik"),
    ],
)
def test_less_than_claimed_denies_the_figure_the_named_source_stated(text, claim):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    denial = record.statements[-1]
    assert denial.stance == "deny" and denial.refers_to and by_id[denial.refers_to].content.text == claim


def test_more_than_an_institution_stated_denies_no_persons_account_of_another_figure():
    """ "höher als vom Ministerium angegeben" names an institution: a figure a politician gave on her account ("Nach
    ihren Angaben") is not what it contradicts."""
    record = whosaid.analyze(
        "Auch die Abgeordnete Katrin Holm kritisierte das Vorhaben. Nach ihren Angaben fehlen schon jetzt 900 "
        "Lehrkräfte. Laut einem Gutachten des Rechnungshofs könnten die Kosten deutlich höher ausfallen als vom "
        "Ministerium angegeben.", published="2026-03-06", lang="de")
    report = record.statements[-1]
    assert report.refers_to is None


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Nach Angaben der Gewerkschaft legten 800 Pflegekräfte die Arbeit nieder. Die Gewerkschaft fordert acht Prozent "
         "mehr Lohn. Der Arbeitgeberverband wies die Forderung als „völlig überzogen“ zurück.", "acht Prozent mehr Lohn"),
        ("Der Betriebsrat verlangt eine Beschäftigungsgarantie bis 2030. Die Geschäftsführung wies die Forderung als "
         "unrealistisch zurück.", "eine Beschäftigungsgarantie bis 2030"),
    ],
)
def test_what_a_denial_calls_the_act_it_names_leaves_the_act_named(text, claim):
    answered = dict(_answered(text))
    assert any(c == claim for d, c in answered.items() if d.startswith("die Forderung als"))


def test_accusations_answer_what_was_said_of_the_deniers_country_not_an_announcement():
    text = ("Bei einem serbischen Drohnenangriff sind nach Angaben der Provinzregierung vier Zivilisten getötet worden. "
            "Die Regierung verurteilte den Angriff. Ein Regierungssprecher sprach von einem Bruch des Völkerrechts. "
            "Man werde den serbischen Botschafter einbestellen, sagte er. Das serbische Verteidigungsministerium wies "
            "die Vorwürfe zurück.")
    answered = dict(_answered(text))
    assert answered.get("die Vorwürfe", "").startswith("Bei einem serbischen Drohnenangriff")


def test_a_warning_of_what_will_happen_may_be_the_criticism_answered():
    text = ("„Das Ökosystem steht unter Dauerstress“, sagte die Meeresbiologin Eva Lund. Ohne weniger Dünger auf den "
            "Feldern werde sich die Lage weiter verschärfen, warnte die 41-Jährige. Der Bauernverband wies die Kritik "
            "zurück.")
    answered = dict(_answered(text))
    assert answered.get("die Kritik", "").startswith("Ohne weniger Dünger")


def test_a_continuation_that_concedes_is_no_account_a_denial_answers():
    text = ("Die Lücke habe nur eine Testumgebung betroffen, sagte Firmenchef Jan Olsen. Sie sei sofort geschlossen "
            "worden. „Wir hätten schneller informieren müssen, das gebe ich zu.“ Der Chaos Computer Club widersprach "
            "dieser Darstellung.")
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    conceding = by_content(record, "Wir hätten schneller")
    assert conceding.stance == "concede"
    denial = by_content(record, "dieser Darstellung")
    assert by_id[denial.refers_to].content.text != conceding.content.text


def test_a_far_accusation_is_answered_only_by_the_one_its_sentence_names():
    text = ("Die Regierung hat dem Nachbarland vorgeworfen, Rebellen mit Waffen zu versorgen. Seit Wochen landeten "
            "dort Frachtflugzeuge, berichtete der Staatssender. Die Fracht werde über die Grenze gebracht. Ein "
            "Armeesprecher sagte, man habe Beweise. „Wer Waffen liefert, ist mitschuldig“, sagte der Offizier. Das "
            "Außenministerium teilte mit, es habe den Botschafter einbestellt. Eine Stellungnahme lag nicht vor. Die "
            "Rebellen kontrollieren den Norden. Der Hafenbetreiber Nordkai wies die Vorwürfe zurück.")
    answered = dict(_answered(text))
    assert not answered.get("die Vorwürfe", "").startswith("Rebellen mit Waffen zu versorgen")


def test_a_negated_continuation_off_the_reports_topic_denies_nothing():
    record = whosaid.analyze(
        "Kiel (dpa) – Die Bahn hat einen Bericht der „Kieler Nachrichten“ über einen Stellenabbau zurückgewiesen. "
        "„Wir investieren in unser Personal“, sagte ein Bahnsprecher am Dienstag. Ohne neue Züge könne man den "
        "Fahrplan aber nicht halten. Die Zeitung hatte am Montag berichtet, die Bahn wolle 500 Stellen streichen.",
        published="2027-03-02", lang="de")
    assert by_content(record, "Ohne neue Züge").refers_to is None


@pytest.mark.parametrize(
    "text, counter, answered",
    [
        # a retort answers what the other side said just before, the statement a continuation belongs to
        ("Die Polizeigewerkschaft sagte, die Beamten seien angegriffen worden. Mindestens 15 Menschen hätten "
         "Verletzungen erlitten. Die Stadtsprecherin hielt dagegen, die Beamten hätten Pfefferspray eingesetzt.",
         "die Beamten hätten Pfefferspray eingesetzt", "die Beamten seien angegriffen worden"),
        ("Der Umweltminister sagte, ein Verbot sei nicht der richtige Weg. Die Schulministerin entgegnete, der "
         "Minister sei von Anfang an eingebunden gewesen.", "der Minister sei von Anfang an eingebunden gewesen",
         "ein Verbot sei nicht der richtige Weg"),
    ],
)
def test_a_retort_answers_what_the_other_side_said_just_before(text, counter, answered):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    retort = by_content(record, counter)
    assert retort.refers_to and by_id[retort.refers_to].content.text == answered
    assert retort.stance == "assert" and not record.contradictions


def test_a_version_named_with_its_topic_answers_the_statement_that_told_it():
    text = ("Das Ministerium sagte, es sei kein Lager getroffen worden. Bei dem Brand habe es sich um ein Feuer in "
            "einem Holzlager gehandelt. Der Sprecher der Armee wies die Version mit dem Holzlager zurück. „Holz "
            "brennt nicht zwei Tage lang“, schrieb er.")
    answered = dict(_answered(text))
    assert answered.get("die Version mit dem Holzlager", "").startswith("Bei dem Brand")


def test_a_claim_restated_in_the_denied_object_answers_the_statement_that_made_it():
    text = ("„Wir haben genug von leeren Versprechungen“, sagte Verdi-Sekretärin Ina Voss. Die Kliniken hätten im "
            "vergangenen Jahr glänzend verdient. Der Arbeitgeberverband nannte die Streiks überzogen. Die Behauptung "
            "der Gewerkschaft, die Kliniken hätten glänzend verdient, wies Verbandschef Ole Brandt zurück.")
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    denial = next(s for s in record.statements if s.stance == "deny" and s.kind == "Reported")
    assert by_id[denial.refers_to].content.text.startswith("Die Kliniken hätten im vergangenen Jahr")


@pytest.mark.parametrize(
    "text, counter",
    [
        ("Nach Angaben der Gewerkschaft beteiligten sich rund 4000 Pflegekräfte an dem Warnstreik. Das Ministerium "
         "sprach von deutlich weniger Streikenden.", "von deutlich weniger Streikenden"),
        ("Nach Angaben der IG Metall legten mehr als 1100 Beschäftigte die Arbeit nieder. Der Arbeitgeberverband "
         "sprach dagegen von rund 600 Teilnehmern.", "von rund 600 Teilnehmern"),
    ],
)
def test_a_lower_count_answers_the_figure_the_other_side_gave(text, counter):
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    figure = record.statements[0]
    answer = by_content(record, counter)
    assert answer.refers_to == figure.id and answer.stance == "deny"
    assert (figure.id, answer.id) in {(c.claim, c.counter) for c in record.contradictions}


def test_a_count_of_its_own_answers_nothing():
    record = whosaid.analyze(
        "Nach Angaben der Gewerkschaft beteiligten sich rund 4000 Pflegekräfte an dem Warnstreik. Die Klinik sprach "
        "von einem ruhigen Vormittag.", published="2026-03-06", lang="de")
    assert by_content(record, "von einem ruhigen Vormittag").refers_to is None


def test_an_act_of_denial_answers_what_its_quote_contradicts():
    text = ("Die Zeitung hatte berichtet, die Reederei wolle 300 Stellen streichen. Zudem verhandle die Familie mit dem "
            "Finanzinvestor Arktis Capital über einen Einstieg. Auch Verkaufspläne bestritt Firmenchef Jan Olsen: „Wir "
            "reden mit niemandem über einen Einstieg, weder mit Arktis Capital noch mit anderen Investoren.“")
    record = whosaid.analyze(text, published="2026-03-06", lang="de")
    by_id = {s.id: s for s in record.statements}
    act = next(s for s in record.statements if s.stance == "deny" and s.kind == "Reported")
    claim = by_content(record, "Zudem verhandle")
    assert act.refers_to == claim.id
    assert (claim.id, act.id) in {(c.claim, c.counter) for c in record.contradictions}
    assert by_id[act.refers_to].content.text.startswith("Zudem verhandle")


def test_contradicting_the_account_of_an_office_answers_that_office_not_the_claim_it_denied():
    # "der Darstellung des Ministeriums" names "das Innenministerium" by the head of its compound
    record = whosaid.analyze(
        "Die Journalisten seien nach einer Stunde freigelassen worden, teilte das Innenministerium mit. Zuvor hatte die "
        "Organisation Reporter ohne Grenzen erklärt, die Männer seien über Nacht festgehalten worden. Der Fotograf "
        "Marek Zielinski widersprach der Darstellung des Ministeriums.", published="2026-12-01", lang="de")
    by_cue = {s.cue.lemma: s for s in record.statements if s.cue}
    assert by_cue["widersprechen"].refers_to == by_cue["mitteilen"].id


@pytest.mark.parametrize("text, denies", [
    ("In Chats wurde behauptet, der Bürgermeister habe Gelder veruntreut. Dafür gebe es keine Belege, sagte eine "
     "Sprecherin der Stadt.", "der Bürgermeister habe Gelder veruntreut"),
    ("Ein Anwohner sagte, im Lager hätten Chemikalien gebrannt. „Hierfür gibt es bislang keinerlei Hinweise“, sagte "
     "ein Feuerwehrsprecher.", "im Lager hätten Chemikalien gebrannt"),
])
def test_no_evidence_for_what_was_claimed_denies_it(text, denies):
    record = whosaid.analyze(text, published="2026-12-01", lang="de")
    answer = record.statements[-1]
    assert answer.stance == "deny"
    assert by_content(record, denies).id == answer.refers_to


def test_no_evidence_of_anything_else_denies_nothing():
    record = whosaid.analyze("Es gebe keine Hinweise auf weitere Verletzte, sagte ein Polizeisprecher.",
                             published="2026-12-01", lang="de")
    assert [s.stance for s in record.statements] == ["assert"]


@pytest.mark.parametrize("text", [
    ("Die Opposition warf dem Bürgermeister vor, Aufträge an Freunde vergeben zu haben. Ein Gutachter sagte, die "
     "Vorwürfe seien „nicht aus der Luft gegriffen“."),
    ("Der Verband hatte berichtet, im Hafen seien Fässer mit Altöl gelagert worden. Die Sorge sei keineswegs an den "
     "Haaren herbeigezogen, sagte eine Anwohnerin."),
])
def test_a_negated_phrase_of_falsity_denies_nothing(text):
    # "nicht aus der Luft gegriffen": what is said not to be made up is held true, not denied
    record = whosaid.analyze(text, published="2026-12-01", lang="de")
    answer = record.statements[-1]
    assert answer.stance != "deny" and answer.refers_to is None
    assert not record.contradictions


def test_the_further_sentences_of_a_denial_of_an_unnamed_report_answer_the_named_report_told_after():
    # the lead denies "einen Zeitungsbericht, wonach …"; the paper named below is what it and its spelled-out
    # sentences answer, the continuation as well as the quote
    record = whosaid.analyze(
        "Kassel (dpa) – Der Heizungsbauer Thermova hat einen Zeitungsbericht zurückgewiesen, wonach ein defekter "
        "Brenner den Brand in einer Schule ausgelöst habe. „Dafür gibt es keinerlei Belege“, sagte Firmensprecherin "
        "Ute Marx am Mittwoch. Die Anlage sei zum Zeitpunkt des Brandes gar nicht in Betrieb gewesen. Die „Hessische "
        "Allgemeine“ hatte am Dienstag berichtet, das Feuer sei von einem Brenner der Firma ausgegangen.",
        published="2026-12-02", lang="de")
    report = by_content(record, "das Feuer sei von einem Brenner")
    for start in ("Dafür gibt es", "Die Anlage sei"):
        answer = by_content(record, start)
        assert (answer.stance, answer.refers_to) == ("deny", report.id), start


@pytest.mark.parametrize("text, continuation", [
    ("Im Netz kursierten Berichte, wonach ein Löwe aus dem Zoo entkommen sei. Das sei falsch, sagte ein Zoosprecher. "
     "„Kein Tier hat sein Gehege verlassen, und zu keinem Zeitpunkt bestand Gefahr.“", "Kein Tier hat"),
    ("Der Verein hatte erklärt, der Trainer habe seinen Rücktritt angeboten. Das sei gelogen, sagte Trainer Ole "
     "Brandt. Er habe nie über einen Rücktritt gesprochen.", "Er habe nie"),
])
def test_a_negated_continuation_of_words_calling_a_claim_false_denies_that_claim(text, continuation):
    record = whosaid.analyze(text, published="2026-12-01", lang="de")
    called_false = by_content(record, "Das sei")
    spelled_out = by_content(record, continuation)
    assert called_false.stance == "deny" and called_false.refers_to is not None
    assert (spelled_out.stance, spelled_out.refers_to) == ("deny", called_false.refers_to)


def test_an_affirming_continuation_of_words_calling_a_claim_false_is_left_alone():
    record = whosaid.analyze(
        "Der Verein hatte erklärt, der Trainer habe seinen Rücktritt angeboten. Das sei gelogen, sagte Trainer Ole "
        "Brandt. Er freue sich auf das Spiel am Samstag.", published="2026-12-01", lang="de")
    assert by_content(record, "Er freue sich").refers_to is None


def test_the_source_named_speaks_through_its_spokesperson_compound():
    # "die Forderung der EU-Kommission": "Kommissionssprecher Jan Olsen hatte gefordert" is that source's demand, not a
    # report of the Commission told after it
    record = whosaid.analyze(
        "Lissabon (dpa) – Portugal hat die Forderung der EU-Kommission zurückgewiesen, die Fangquoten für Sardinen zu "
        "halbieren. „Unsere Fischer halten sich an die Regeln“, sagte Fischereiministerin Ana Costa am Mittwoch. "
        "Kommissionssprecher Jan Olsen hatte am Montag gefordert, Portugal müsse die Fangmenge bis 2028 deutlich senken. "
        "Einem internen Prüfbericht der Kommission zufolge sind die Bestände stark geschrumpft.",
        published="2026-12-02", lang="de")
    denial = by_content(record, "die Fangquoten für Sardinen")
    demand = by_content(record, "Portugal müsse")
    assert denial.refers_to == demand.id


@pytest.mark.parametrize("text", [
    "Der Angeklagte hatte über seinen Anwalt erklären lassen, er sei zur Tatzeit bei seiner Schwester in Kiel gewesen. "
    "Die Richterin nannte dieses Alibi „frei erfunden“.",
    "Der 41-Jährige sagte, er habe die Nacht in einem Hotel in Gera verbracht. Der Staatsanwalt bezeichnete dieses Alibi "
    "als widerlegt und erfunden.",
])
def test_an_alibi_called_false_denies_the_account_that_gave_it(text):
    # an alibi is an account the accused gave: calling it invented denies what was said just before
    record = whosaid.analyze(text, published="2026-12-01", lang="de")
    account, called = record.statements[0], record.statements[-1]
    assert (called.stance, called.refers_to) == ("deny", account.id)


@pytest.mark.parametrize("text, stance", [
    ("„Dass bei uns jeder zweite Antrag abgelehnt wird, ist falsch“, sagte eine Sprecherin der Kasse.", "deny"),
    ("Dass die Fähre zu spät abgelegt habe, sei schlicht unwahr, sagte der Kapitän.", "deny"),
    # a dass-clause called something else is no denial
    ("Dass die Fähre zu spät abgelegt habe, sei ärgerlich, sagte der Kapitän.", "assert"),
])
def test_a_dass_clause_called_false_denies_what_it_says(text, stance):
    record = whosaid.analyze(text, published="2026-12-01", lang="de")
    assert record.statements[-1].stance == stance


def test_a_denial_said_again_in_words_answers_the_claim_told_later():
    """The lead's denial points at the claim told a paragraph later; the quote right after it by the same speaker,
    which denies by its words only, answers that claim too."""
    record = whosaid.analyze(
        "Die Landeshauptfrau Gabriele Moser hat Vorwürfe der FPÖ zurückgewiesen, sie habe Parteifreunde bevorzugt. "
        "„Das ist eine infame Unterstellung“, sagte Moser am Donnerstag.\n\n"
        "Der Klubobmann Erwin Angerer hatte am Mittwoch behauptet, drei Projekte seien bevorzugt behandelt worden.",
        published="2026-11-12", lang="de")
    claim = by_content(record, "drei Projekte")
    again = by_content(record, "Das ist eine infame Unterstellung")
    assert (again.stance, again.refers_to) == ("deny", claim.id)
    assert any(c.claim == claim.id and c.counter == again.id for c in record.contradictions)


def test_rumours_denied_in_the_lead_answer_a_claim_told_later_with_no_one_named():
    record = whosaid.analyze(
        "Die Polizei in Halle hat Gerüchte über eine Schießerei zurückgewiesen. „Es fielen keine Schüsse“, sagte eine "
        "Polizeisprecherin am Samstag.\n\nIm Internet war am Freitagabend behauptet worden, in der Innenstadt seien "
        "Schüsse gefallen.", published="2026-09-12", lang="de")
    denial = by_content(record, "Gerüchte über eine Schießerei")
    claim = by_content(record, "in der Innenstadt seien Schüsse gefallen")
    assert claim.speaker is None and denial.refers_to == claim.id


def test_calling_a_denial_untrue_contradicts_that_denial():
    record = whosaid.analyze(
        "Die Landesrätin Daniela Gutschi hat einen Bericht des „Standard“ zurückgewiesen, wonach zwei Stationen "
        "geschlossen werden. „Das ist schlicht falsch“, sagte Gutschi. Landesparteichef David Egger sagte, das "
        "Dementi sei „nicht glaubwürdig“.", published="2030-04-11", lang="de")
    denial = by_content(record, "Das ist schlicht falsch")
    doubt = by_content(record, "das Dementi sei")
    assert doubt.stance == "deny"
    assert any(c.claim == denial.id and c.counter == doubt.id for c in record.contradictions)


@pytest.mark.parametrize("text, answers", [
    ("Die Polizei hat Spekulationen über eine Brandserie zurückgewiesen. In sozialen Netzwerken war behauptet worden, "
     "hinter den Bränden stecke eine organisierte Gruppe. „Davon kann keine Rede sein“, sagte eine Sprecherin.",
     ["Spekulationen über", "Davon kann"]),
    ("Die Klinik hat Gerüchte über einen Keimausbruch zurückgewiesen. In einer Chatgruppe war zuvor behauptet worden, "
     "drei Säuglinge seien erkrankt.", ["Gerüchte über"]),
])
def test_hearsay_of_no_speaker_told_as_earlier_is_what_a_denial_answers(text, answers):
    # "war behauptet worden": a claim with no speaker, told in the pluperfect passive, is the rumour denied
    record = whosaid.analyze(text, published="2026-12-01", lang="de")
    claim = next(s for s in record.statements if s.speaker is None and s.stance == "claim")
    for start in answers:
        answer = by_content(record, start)
        assert (answer.stance, answer.refers_to) == ("deny", claim.id)
    assert any(c.claim == claim.id for c in record.contradictions)


def test_a_confirmation_naming_its_source_takes_no_hearsay_of_no_one():
    record = whosaid.analyze(
        "In einer Chatgruppe war behauptet worden, die Station sei geschlossen. Die Klinik wies das zurück. "
        "Das Gesundheitsamt bestätigte die Angaben der Klinik.", published="2026-12-01", lang="de")
    assert by_content(record, "die Angaben der Klinik").refers_to is None


@pytest.mark.parametrize("text, stance", [
    ("„Kein Wort davon ist wahr“, sagte der Minister.", "deny"),
    ("„Nichts davon stimmt“, sagte eine Sprecherin.", "deny"),
    ("„Nichts davon ist wichtig“, sagte der Minister.", "assert"),
])
def test_none_of_it_true_denies(text, stance):
    record = whosaid.analyze(text, published="2026-12-01", lang="de")
    assert record.statements[-1].stance == stance


def test_a_denial_answers_the_report_told_after_it_that_names_the_denier():
    # no noun in common: the report speaks of the denier, who denies having met anyone
    record = whosaid.analyze(
        "Bundesverkehrsminister Jörg Hallbauer hat bestritten, sich vor der Entscheidung über die Maut mit Vertretern "
        "der Logistikbranche getroffen zu haben. Das Rechercheportal „Correctiv“ hatte am Wochenende berichtet, "
        "Hallbauer habe sich im Mai zweimal mit dem Präsidenten des Bundesverbands Güterkraftverkehr getroffen.",
        published="2026-12-01", lang="de")
    denial, report = by_content(record, "sich vor der Entscheidung"), by_content(record, "Hallbauer habe")
    assert denial.refers_to == report.id


def test_a_headline_telling_the_same_denial_is_not_what_the_lead_denies():
    record = whosaid.analyze(
        "Regierung widerspricht Darstellung\n\nBern (SDA) – Der Bundesrat hat die Darstellung zurückgewiesen, die "
        "Schweiz habe beim Lohnschutz Zugeständnisse gemacht. Der Gewerkschaftsbund hatte zuvor erklärt, ihm lägen "
        "Hinweise auf eine Lockerung der Meldefristen vor.", published="2026-12-01", lang="de")
    lead = next(s for s in record.statements if s.speaker and s.speaker.text == "Der Bundesrat")
    claim = by_content(record, "ihm lägen")
    assert lead.refers_to == claim.id


def test_a_denial_naming_its_accuser_answers_the_accusation_told_after_it_by_another_name():
    record = whosaid.analyze(
        "Der Chemiekonzern BASF hat Vorwürfe der Umweltorganisation Greenpeace zurückgewiesen, das Unternehmen habe "
        "erhöhte Schadstoffwerte im Rhein verschwiegen. Greenpeace hatte am Freitag eigene Wasserproben veröffentlicht. "
        "Die Organisation warf BASF vor, die Öffentlichkeit bewusst im Unklaren zu lassen.",
        published="2026-12-01", lang="de")
    denial, accusation = by_content(record, "das Unternehmen habe"), by_content(record, "die Öffentlichkeit")
    assert denial.refers_to == accusation.id
    assert any(c.claim == accusation.id and c.counter == denial.id for c in record.contradictions)


@pytest.mark.parametrize("text, stance", [
    ("Die Klinik kündigte an, rechtliche Schritte gegen die Verbreitung der Falschmeldung zu prüfen.", "announce"),
    ("Das sei eine Falschmeldung, sagte der Sprecher.", "deny"),
])
def test_a_false_report_named_in_a_genitive_calls_nothing_false(text, stance):
    record = whosaid.analyze(text, published="2026-12-01", lang="de")
    assert record.statements[-1].stance == stance


@pytest.mark.parametrize("text, stance", [
    ("Die Zeitung hatte berichtet, die Bahn plane Kürzungen. „Die Meldung stimmt“, sagte ein Sprecher.", "confirm"),
    ("Die Zeitung hatte berichtet, die Bahn plane Kürzungen. „Der Bericht ist im Kern zutreffend“, sagte ein "
     "Sprecher.", "confirm"),
    ("Die Zeitung hatte berichtet, die Bahn plane Kürzungen. „Der Bericht ist nicht zutreffend“, sagte ein "
     "Sprecher.", "deny"),
])
def test_a_report_called_true_is_confirmed(text, stance):
    record = whosaid.analyze(text, published="2026-12-01", lang="de")
    report, answer = record.statements[0], record.statements[-1]
    assert (answer.stance, answer.refers_to is not None or stance == "deny") == (stance, True)
    if stance == "confirm":
        assert answer.refers_to == report.id


def test_a_report_told_in_addition_is_not_the_report_a_wonach_denial_answers():
    # "hatten zudem geschrieben": a further claim, which the police deny next, not the rumour about bathing
    record = whosaid.analyze(
        "Die Stadt hat in sozialen Medien verbreitete Behauptungen zurückgewiesen, wonach das Baden am See wegen "
        "Blaualgen verboten worden sei. „Das stimmt nicht“, sagte eine Sprecherin. Einige Nutzer hatten zudem "
        "geschrieben, die Polizei kontrolliere die Badeanstalten.", published="2026-12-01", lang="de")
    rumour = next(s for s in record.statements if s.speaker and s.speaker.text == "Behauptungen")
    denial = next(s for s in record.statements if s.speaker and s.speaker.text == "Die Stadt")
    assert denial.refers_to == rumour.id
    assert any(c.claim == rumour.id and c.counter == denial.id for c in record.contradictions)


@pytest.mark.parametrize("text, stance", [
    ("Es treffe zu, dass das Unternehmen Stellen abbauen wolle, sagte ein Konzernsprecher.", "confirm"),
    ("Es stimme nicht, dass die Firma pleite sei, sagte er.", "deny"),
    ("Es trifft nicht zu, dass der Zug ausfällt, sagte er.", "deny"),
    ("Es ist nicht richtig, dass wir schweigen, sagte sie.", "assert"),
])
def test_a_dass_clause_called_true_or_untrue_by_es(text, stance):
    record = whosaid.analyze(text, published="2026-12-01", lang="de")
    assert record.statements[-1].stance == stance


def test_a_continuation_turning_back_from_a_confirmation_asserts():
    record = whosaid.analyze("Der „Tagesspiegel“ hatte berichtet, der Senat wolle die Gebühren wieder einführen. "
                             "Senatssprecherin Christine Richter bestätigte den Bericht. Die Pläne seien aber noch nicht "
                             "beschlossen.", published="2030-03-10", lang="de")
    assert by_content(record, "Die Pläne seien").stance == "assert"


@pytest.mark.parametrize("content", ["es gebe keine solchen Pläne", "derartige Pläne gebe es nicht"])
def test_denying_that_what_was_reported_exists_denies_the_report(content):
    rec = whosaid.analyze("Die „Bild“ hatte berichtet, Russland wolle Truppen an die Grenze verlegen. "
                          f"Kremlsprecher Dmitri Peskow sagte, {content}.", published="2026-12-02", lang="de")
    report, denial = by_content(rec, "Russland wolle"), by_content(rec, content)
    assert (denial.stance, denial.refers_to) == ("deny", report.id)


def test_denying_that_something_exists_that_nothing_pointed_at_is_no_denial():
    rec = whosaid.analyze("Die Regierung will sparen. Es gebe keine Alternative, sagte Peskow.",
                          published="2026-12-02", lang="de")
    assert by_content(rec, "Es gebe keine Alternative").stance == "assert"


@pytest.mark.parametrize("word", ["Fälschung", "Quatsch", "Zeitungsente"])
def test_calling_a_report_a_forgery_or_nonsense_denies_it(word):
    rec = whosaid.analyze(f"Der Kreml hat den Bericht der Zeitung als {word} bezeichnet.",
                          published="2026-12-02", lang="de")
    assert rec.statements[0].stance == "deny"


@pytest.mark.parametrize("text", ["Veröffentlicht hat die Gruppe die Aufnahmen bislang nicht.",
                                  "Bestätigt hat die Polizei den Bericht bislang nicht."])
def test_a_fronted_participle_of_a_negated_cue_reports_nothing(text):
    assert whosaid.analyze(text, published="2026-12-02", lang="de").statements == []


def test_das_right_after_a_lead_denial_denies_what_that_denial_denied():
    rec = whosaid.analyze(
        "Das Bundesamt hat Aussagen eines Nationalrats zurückgewiesen, die Sanierung verzögere sich. «Das ist schlicht "
        "falsch», sagte Sprecherin Sandra Kühne. Nationalrat Fabio Bernasconi hatte am Dienstag gesagt, die Arbeiten "
        "würden frühestens 2034 abgeschlossen.", published="2026-12-02", lang="de")
    claim = by_content(rec, "die Arbeiten würden")
    assert by_content(rec, "Das ist schlicht falsch").refers_to == claim.id


def test_saying_there_is_none_of_what_a_report_named_denies_the_report():
    rec = whosaid.analyze(
        "Die „Bild“ hatte berichtet, die Klubführung habe sich auf ein Ende geeinigt. Als Nachfolger sei Tobias Wendt "
        "im Gespräch. Kontakt zu Wendt gebe es nicht, sagte Sportdirektor Florian Haas.",
        published="2026-12-02", lang="de")
    denial = by_content(rec, "Kontakt zu Wendt")
    # (the sentence that named him, which goes on with the report)
    assert (denial.stance, denial.refers_to) == ("deny", by_content(rec, "Als Nachfolger").id)


def test_saying_there_is_none_after_someone_said_so_too_agrees():
    rec = whosaid.analyze("Die Regierung will sparen. Es gebe keine Alternative, sagte Peskow. Alternativen gebe es "
                          "nicht, sagte Merz.", published="2026-12-02", lang="de")
    assert by_content(rec, "Alternativen gebe es nicht").refers_to is None


def test_saying_there_is_none_inside_a_denial_spells_that_denial_out():
    rec = whosaid.analyze(
        "Der Konzern Tessag hat einen Bericht dementiert. Bloomberg hatte am Montag berichtet, Tessag lote ein Gebot "
        "aus. Tessag-Chef Reto Imboden räumte ein, dass Tessag wachsen wolle. Auch Holstein Medical wies den Bericht "
        "zurück: „Es gibt keine Gespräche mit Tessag.“", published="2026-12-02", lang="de")
    assert by_content(rec, "Es gibt keine Gespräche").refers_to == by_content(rec, "Tessag lote").id


def test_a_negation_taking_up_what_was_stated_after_a_negation_agrees_with_it():
    rec = whosaid.analyze(
        "Der Angeklagte bestritt das. „Ich habe niemanden betrogen“, sagte er. Die Richterin Claudia Wimmer sah das "
        "anders. „Es gab keine Bestellungen, es gab nur Papier“, sagte sie. Ein Gutachter hatte ausgesagt, dass auf "
        "keinem der angegebenen Dächer je eine Anlage montiert worden sei.", published="2026-12-02", lang="de")
    expert = by_content(rec, "dass auf keinem")
    assert (expert.stance, expert.refers_to) == ("assert", None)


def test_denying_that_such_plans_exist_in_a_longer_quote_denies_the_claim():
    rec = whosaid.analyze(
        "Die Republik Moldau hat Vorwürfe aus Moskau zurückgewiesen. „Es gibt keinerlei solche Pläne, und es hat sie "
        "nie gegeben“, sagte Außenminister Mihai Ciobanu. Die Sprecherin des russischen Außenministeriums, Jelena "
        "Morosowa, hatte erklärt, in der Grenzregion würden Spezialkräfte zusammengezogen.",
        published="2026-12-02", lang="de")
    denial = by_content(rec, "Es gibt keinerlei solche Pläne")
    assert (denial.stance, denial.refers_to) == ("deny", by_content(rec, "in der Grenzregion").id)


def _speaker_and_content(record, cue_start: str) -> tuple[str, str]:
    found = [s for s in record.statements if s.cue and s.cue.text.startswith(cue_start)]
    assert found, [s.cue.text if s.cue else None for s in record.statements]
    return found[-1].speaker.text, found[-1].content.text


def test_a_fronted_criticism_is_denied_by_a_local_authority_association_after_the_verb():
    rec = whosaid.analyze(
        "Der Nabu hatte erklärt, die Pläne gefährdeten Brutgebiete. Die Kritik der Umweltschützer wies am Freitag auch "
        "der Städtetag zurück.", published="2026-12-02", lang="de")
    assert _speaker_and_content(rec, "wies") == ("der Städtetag", "Die Kritik der Umweltschützer")


def test_the_blank_lines_after_a_headline_name_no_speaker():
    rec = whosaid.analyze(
        "Zweitligist dementiert Trennung von Trainer\n\nHamburg (SID) - Der Verein hat Berichte über eine Entlassung "
        "dementiert.", published="2026-12-02", lang="de")
    assert _speaker_and_content(rec, "dementiert")[0] == "Zweitligist"


def test_no_warning_said_after_a_claim_of_a_dispersal_without_warning_agrees():
    rec = whosaid.analyze(
        "Das Bündnis hatte erklärt, die Polizei habe die Blockade ohne Vorwarnung aufgelöst. Die Abgeordnete Mira "
        "Kessler bestätigte die Darstellung. Es habe keine Warnung gegeben, sagte sie.", published="2026-12-02",
        lang="de")
    agreeing = by_content(rec, "Es habe keine Warnung")
    assert (agreeing.stance, agreeing.refers_to) == ("assert", None)
    assert not [c for c in rec.contradictions if c.counter == agreeing.id]


def test_the_accusations_of_an_authority_are_what_it_says_under_the_head_of_its_name():
    rec = whosaid.analyze(
        "Der Baukonzern Hollmann hat die Vorwürfe der Landeskartellbehörde bestritten. Die Behörde wirft dem "
        "Unternehmen vor, Preise abgesprochen zu haben. Hollmann sprach von haltlosen Vorwürfen. Die "
        "Landeskartellbehörde betonte, es lägen umfangreiche Beweise vor.", published="2026-12-02", lang="de")
    assert by_content(rec, "die Vorwürfe der Landeskartellbehörde").refers_to == by_content(rec, "Preise").id


def test_this_accusation_takes_up_the_accusation_just_made_not_the_report_denied_first():
    rec = whosaid.analyze(
        "Die Regierung hat Berichte über geheime Absprachen zurückgewiesen. Die Zeitung hatte berichtet, das Land habe "
        "Zusagen gemacht. Der Oppositionsführer Jens Albers sprach von einem Skandal. Die Regierung täusche das "
        "Parlament. Das Außenministerium wies auch diesen Vorwurf zurück.", published="2026-12-02", lang="de")
    assert by_content(rec, "diesen Vorwurf").refers_to == by_content(rec, "Die Regierung täusche").id


def test_this_that_follows_a_denial_of_two_sentences_takes_up_that_denial():
    rec = whosaid.analyze(
        "Konzernchef Otto Brandt warf der Gewerkschaft vor, kein Angebot geprüft zu haben. Gewerkschaftschef Uwe Lenz "
        "wies das zurück. „Das ist falsch“, sagte er. Der Konzern habe kein neues Angebot vorgelegt. Die Gewerkschaft "
        "sei immer gesprächsbereit gewesen.\n\nDer Konzern bestritt auch das.", published="2026-12-02", lang="de")
    again = [s for s in rec.statements if s.content.text == "das"][-1]
    assert again.refers_to == by_content(rec, "Der Konzern habe").id


def test_a_twisting_of_the_facts_calls_what_was_said_false():
    rec = whosaid.analyze(
        "Der Vorstand sagte, die Gewerkschaft wolle den Streik. Gewerkschaftschef Uwe Lenz wies das zurück. „Das ist "
        "eine dreiste Verdrehung der Tatsachen“, sagte er.", published="2026-12-02", lang="de")
    assert by_content(rec, "Das ist eine dreiste").stance == "deny"


def test_a_lead_denial_naming_no_report_answers_the_press_report_told_after_it():
    rec = whosaid.analyze(
        "Der Hamburger SV hat Gespräche mit Stürmer Leon Berger bestätigt, eine Einigung aber dementiert. „Wir haben "
        "gesprochen, mehr nicht“, sagte Sportdirektor Kai Wendt. Das Magazin „Kicker“ hatte gemeldet, der Wechsel sei "
        "perfekt.", published="2026-12-02", lang="de")
    assert by_content(rec, "eine Einigung").refers_to == by_content(rec, "der Wechsel sei perfekt").id


def test_a_lead_denial_is_no_answer_to_a_report_told_after_another_answer():
    rec = whosaid.analyze(
        "Die Managerin schloss einen Stellenabbau aus. Einen Bericht des Magazins, wonach das Werk schließe, wies sie "
        "zurück. Das Magazin hatte geschrieben, der Vorstand erwäge den Verkauf.", published="2026-12-02", lang="de")
    assert by_content(rec, "einen Stellenabbau").refers_to is None


def test_the_deniers_negated_words_on_a_thing_of_the_claim_deny_it_again():
    rec = whosaid.analyze(
        "Im Prozess hat der Angeklagte alle Vorwürfe bestritten. Die Staatsanwaltschaft wirft ihm vor, mit gefälschten "
        "Rechnungen Geld erschlichen zu haben. „Ich habe nie falsche Rechnungen geschrieben“, sagte der Angeklagte. "
        "„Mein Buchhalter hat alles gemacht“, sagte der Angeklagte.", published="2026-12-02", lang="de")
    claim = by_content(rec, "mit gefälschten")
    assert (by_content(rec, "Ich habe nie").stance, by_content(rec, "Ich habe nie").refers_to) == ("deny", claim.id)
    assert by_content(rec, "Mein Buchhalter").refers_to is None


def test_calling_it_an_absurd_accusation_denies_it():
    rec = whosaid.analyze(
        "Der Kreml hat Vorwürfe zurückgewiesen, hinter Anschlägen zu stecken. „Das sind absurde Anschuldigungen“, "
        "sagte Sprecher Ilja Orlow. Der Premier Jan Nowak hatte erklärt, es gebe Beweise für eine Beteiligung.",
        published="2026-12-02", lang="de")
    denial = by_content(rec, "Das sind absurde")
    assert (denial.stance, denial.refers_to) == ("deny", by_content(rec, "es gebe Beweise").id)


def test_a_judge_who_finds_the_account_refuted_calls_it_false():
    rec = whosaid.analyze(
        "Der Angeklagte hatte angegeben, in Notwehr gehandelt zu haben. Die Richterin Anke Vogt sagte, diese "
        "Darstellung sei durch die Videoaufnahmen widerlegt.", published="2026-12-02", lang="de")
    judge = by_content(rec, "diese Darstellung")
    assert judge.stance == "deny"
    assert [(c.claim, c.counter) for c in rec.contradictions] == [(by_content(rec, "in Notwehr").id, judge.id)]


def test_this_presumption_takes_up_the_presumption_just_voiced():
    rec = whosaid.analyze(
        "Die Stadt hat Berichte über die Schliessung von Bädern dementiert. Der «Tages-Anzeiger» hatte berichtet, "
        "drei Bäder sollten schliessen. Gemeinderat Andreas Egli sagte, er glaube, die Stadt wolle sparen. Die Stadt "
        "wies auch diese Vermutung zurück.", published="2026-12-02", lang="de")
    assert by_content(rec, "diese Vermutung").refers_to == by_content(rec, "er glaube").id


def test_there_is_no_such_duty_any_more_denies_the_claim_that_it_was_broken():
    rec = whosaid.analyze(
        "Der Arbeitgeberverband erklärte, die Gewerkschaft habe sich nicht an die Friedenspflicht gehalten. "
        "„Eine Friedenspflicht gibt es seit dem 1. Juni nicht mehr“, sagte Verhandlungsführerin Maren Ulbrich.",
        published="2026-12-02", lang="de")
    answer = by_content(rec, "Eine Friedenspflicht")
    assert (answer.stance, answer.refers_to) == ("deny", by_content(rec, "die Gewerkschaft habe").id)


def test_an_account_that_does_not_match_the_facts_is_called_false():
    rec = whosaid.analyze(
        "Der Stürmer hatte erklärt, er sei in der Kabine beleidigt worden. «Diese Darstellung entspricht nicht den "
        "Tatsachen», teilte der FC Basel mit. «Das entspricht nicht unseren Werten», sagte Trainer Fabio Celik.",
        published="2026-12-02", lang="de")
    assert by_content(rec, "Diese Darstellung entspricht").stance == "deny"
    assert by_content(rec, "Das entspricht nicht unseren").stance == "assert"


def test_a_report_that_matches_ones_information_is_confirmed():
    rec = whosaid.analyze(
        "Der „Spiegel“ hatte berichtet, die Bestände reichten nur wenige Tage. Der Abgeordnete Jan Berger sagte, der "
        "Bericht decke sich mit seinen Informationen.", published="2026-12-02", lang="de")
    confirming = by_content(rec, "der Bericht decke")
    assert (confirming.stance, confirming.refers_to) == ("confirm", by_content(rec, "die Bestände").id)


def test_a_compound_of_an_organisation_noun_in_a_headline_is_who_answers():
    rec = whosaid.analyze(
        "Polizeigewerkschaft widerspricht Innenminister\n\nStuttgart (dpa/lsw) - Die Gewerkschaft hat dem Minister "
        "widersprochen.", published="2026-12-02", lang="de")
    assert _speaker_and_content(rec, "widerspricht") == ("Polizeigewerkschaft", "Innenminister")


def test_a_denial_in_a_clause_answers_the_accusation_told_after_it():
    rec = whosaid.analyze(
        "Die Ministerin Katrin Eder hat bestritten, von einem kritischen Gutachten gewusst zu haben. Das Papier habe "
        "ihr Haus erst im Herbst erreicht, sagte Eder. Die CDU-Fraktion hatte ihr vorgeworfen, Warnungen ignoriert zu "
        "haben.", published="2026-12-02", lang="de")
    assert by_content(rec, "von einem kritischen").refers_to == by_content(rec, "Warnungen ignoriert").id


def test_a_headline_ending_in_a_noun_before_its_line_break_is_read_to_the_end():
    # the line break after "Elternverband" is tagged as a name: an appended name that never began
    rec = whosaid.analyze(
        "Schulministerin widerspricht Elternverband\n\nDüsseldorf (dpa/lnw) - NRW-Schulministerin Dorothee Feller "
        "(CDU) hat Angaben des Landeselternrats widersprochen.", published="2026-12-02", lang="de")
    assert by_content(rec, "Angaben des Landeselternrats").speaker.resolved == "Dorothee Feller"


def test_a_compound_role_noun_in_a_headline_is_who_answers():
    rec = whosaid.analyze(
        "Schulministerin widerspricht Elternverband\n\nDüsseldorf (dpa/lnw) - NRW-Schulministerin Dorothee Feller "
        "(CDU) hat Angaben des Landeselternrats widersprochen.", published="2026-12-02", lang="de")
    assert _speaker_and_content(rec, "widerspricht") == ("Schulministerin", "Elternverband")


def test_a_fixed_phrase_of_denial_is_the_cue_it_means():
    rec = whosaid.analyze(
        "Kreml weist Vorwürfe über Cyberangriffe von sich\n\nMoskau (AFP) - Regierungssprecher Stefan Kornelius "
        "hatte gesagt, russische Hacker steckten hinter dem Angriff auf die Flugsicherung. Der Kreml hat die Vorwürfe "
        "von sich gewiesen. Die Botschaft stellte den Bericht in Abrede.", published="2026-12-02", lang="de")
    told = by_content(rec, "russische Hacker").id
    headline, lead = by_content(rec, "Vorwürfe über Cyberangriffe"), by_content(rec, "die Vorwürfe")
    assert (headline.stance, headline.speaker.resolved, headline.refers_to) == ("deny", "Kreml", told)
    assert (lead.stance, lead.speaker.resolved, lead.cue.text) == ("deny", "Kreml", "hat ... von sich gewiesen")
    assert by_content(rec, "den Bericht").stance == "deny"


def test_a_verb_of_a_fixed_phrase_without_its_words_reports_nothing():
    rec = whosaid.analyze(
        "Der Trainer wies den Spielern den Weg. Die Ministerin stellte den Bericht am Montag vor.",
        published="2026-12-02", lang="de")
    assert not rec.statements


def test_accusations_of_an_offence_in_the_genitive_are_answered_to_who_makes_them():
    rec = whosaid.analyze(
        "Regensburg (dpa/lby) - Oberbürgermeister Markus Lehner hat Vorwürfe der Vetternwirtschaft bestritten. Die "
        "Opposition im Stadtrat wirft ihm vor, einen Auftrag ohne Ausschreibung an die Firma eines Schulfreundes "
        "vergeben zu haben.", published="2026-12-02", lang="de")
    denial = by_content(rec, "Vorwürfe der Vetternwirtschaft")
    assert (denial.stance, denial.refers_to) == ("deny", by_content(rec, "einen Auftrag").id)


def test_a_past_form_before_a_determiner_is_the_verb_of_the_reported_clause():
    rec = whosaid.analyze(
        "Leipzig (dpa) - Die Kläger hatten argumentiert, die Anlagen gefährdeten eine geschützte Population von "
        "Schwarzstörchen.", published="2026-12-02", lang="de")
    assert by_content(rec, "die Anlagen gefährdeten").speaker.text == "Die Kläger"



def test_a_quote_after_a_bare_answering_sentence_is_the_answer_of_its_subject():
    rec = whosaid.analyze(
        "Passau (dpa/lby) - Landrat Michael Fahmüller sagte am Dienstag, die Klinikleitung habe den Kreistag zu spät "
        "informiert. Klinikgeschäftsführer Gerhard Schlegl widersprach. „Der Kreistag kannte alle Zahlen seit einem "
        "Jahr.“ Der Betriebsrat widersprach dem Landrat. „Wir wussten von nichts.“", published="2026-12-02",
        lang="de")
    answer = by_content(rec, "Der Kreistag kannte")
    assert (answer.speaker.resolved, answer.stance) == ("Gerhard Schlegl", "deny")
    assert answer.refers_to == by_content(rec, "die Klinikleitung").id
    # with an object of its own the verb's sentence is a statement, and the quote no answer of a bare verb
    assert by_content(rec, "Wir wussten").speaker is None


def test_accusations_called_baseless_are_denied():
    rec = whosaid.analyze(
        "Paris (AFP) - Die algerische Regierung hatte erklärt, sie habe Beweise für eine Einmischung Frankreichs. Das "
        "französische Außenministerium nannte die Anschuldigungen „grotesk und haltlos“.", published="2026-12-02",
        lang="de")
    called = by_content(rec, "die Anschuldigungen")
    assert (called.stance, called.refers_to) == ("deny", by_content(rec, "sie habe Beweise").id)


def test_a_quoted_predicate_after_a_time_stays_with_its_object():
    rec = whosaid.analyze(
        "Paris (AFP) - Die algerische Regierung hatte erklärt, sie habe Beweise für eine Einmischung Frankreichs. Das "
        "französische Außenministerium nannte die Anschuldigungen am Sonntag „grotesk und haltlos“.",
        published="2026-12-02", lang="de")
    called = by_content(rec, "die Anschuldigungen")
    assert "grotesk" in called.content.text and called.stance == "deny"
    assert not any(s.content.text.startswith("grotesk") for s in rec.statements)


def test_a_quote_going_on_that_calls_the_report_a_lie_contradicts_it():
    rec = whosaid.analyze(
        "Kiew (Reuters) - Das russische Verteidigungsministerium hatte am Morgen mitgeteilt, die Stadt sei "
        "„vollständig befreit“. Der Sprecher der Heeresgruppe Ost, Viktor Trehubow, sagte dagegen, in der Stadt werde "
        "weiter gekämpft. „Die Behauptung Moskaus ist eine Lüge.“", published="2026-12-02", lang="de")
    lie, told = by_content(rec, "Die Behauptung Moskaus"), by_content(rec, "die Stadt sei")
    assert lie.stance == "deny" and lie.refers_to is None
    assert (told.id, lie.id) in {(c.claim, c.counter) for c in rec.contradictions}


def test_a_denial_with_its_own_dass_clause_answers_the_report_it_negates_not_the_last_words_said():
    rec = whosaid.analyze("Torhüter wechselt offenbar nach Mainz\n\nKaiserslautern (dpa) - Nach Informationen der "
                          "„Rheinpfalz“ steht Torhüter Jonas Weil vor einem Wechsel nach Mainz. Der 24-Jährige habe "
                          "bereits einen Vorvertrag bis 2029 unterschrieben, berichtete die Zeitung.\n\nSportchef Uwe "
                          "Brandt wollte den Bericht nicht kommentieren. „Jonas hat Vertrag bis 2028, wir planen mit "
                          "ihm“, sagte er. Weils Berater Tim Roth bestritt, dass es einen Vorvertrag gebe.",
                          published="2031-03-05", lang="de")
    denial = by_content(rec, "dass es einen Vorvertrag")
    assert denial.refers_to == by_content(rec, "Der 24-Jährige habe").id


def test_the_accusations_a_lawyer_denies_are_what_the_suspects_are_said_to_have_done():
    rec = whosaid.analyze("Razzia gegen Geldwäscher in Duisburg\n\nDuisburg (dpa/nrw) - Mit einer Razzia in Hochfeld "
                          "und Marxloh sind Polizei und Staatsanwaltschaft am Dienstagmorgen gegen eine mutmaßliche "
                          "Geldwäscherbande vorgegangen. Rund 200 Beamte durchsuchten nach Angaben der Polizei zwölf "
                          "Wohnungen und Kioske. Die Beschuldigten sollen Erlöse aus dem Drogenhandel in Höhe von "
                          "mindestens drei Millionen Euro gewaschen haben, wie ein Sprecher der Staatsanwaltschaft "
                          "sagte. Drei Männer wurden festgenommen.\n\nRechtsanwältin Ute Sander, die einen "
                          "40-jährigen Kioskbesitzer vertritt, wies die Vorwürfe zurück. Ihr Mandant betreibe ein ganz "
                          "normales Geschäft.\n\nDie FDP-Fraktion im Stadtrat warf Oberbürgermeister Karl Ebert (SPD) "
                          "vor, Warnungen des Ordnungsamts ignoriert zu haben. „Das ist absurd“, sagte der 58-Jährige.",
                          published="2031-03-05", lang="de")
    # what the prosecutors say the suspects did ("sollen … gewaschen haben"), not the police's account of the raid
    for start in ("die Vorwürfe", "Ihr Mandant betreibe"):
        assert by_content(rec, start).refers_to == by_content(rec, "Die Beschuldigten sollen").id


def test_an_account_denied_is_what_was_stated_not_the_continuation_judging_it():
    rec = whosaid.analyze("Der Grazer FPÖ-Gemeinderat Markus Leitner sagte, vom Land bezahlte Drohnen würden von der "
                          "Polizei zur Überwachung von Demonstrationen eingesetzt. Das verletze die Grundrechte. Die "
                          "Landespolizeidirektion widersprach dieser Darstellung. „Dafür gibt es keinerlei Belege“, "
                          "sagte ein Sprecher.", published="2031-03-05", lang="de")
    stated = by_content(rec, "vom Land bezahlte Drohnen").id
    assert by_content(rec, "dieser Darstellung").refers_to == stated
    assert any(c.claim == stated and c.counter == by_content(rec, "dieser Darstellung").id for c in rec.contradictions)


def test_a_bare_das_denied_takes_up_the_point_the_denier_speaks_of_not_a_point_added_or_a_conclusion():
    def answered(text: str) -> str:
        rec = whosaid.analyze(text, published="2031-03-05", lang="de")
        target = by_content(rec, "das").refers_to
        return next(s.content.text for s in rec.statements if s.id == target)

    said = ("Der Mieterverein Bremen warnte vor steigenden Mieten. Die Firma Weserheim werde die Wohnungen sanieren "
            "und danach teurer vermieten, sagte die Vorsitzende Karin Olsen. ")
    assert answered(said + "In Vegesack habe das Unternehmen die Mieten um 30 Prozent erhöht. Ein Sprecher von "
                    "Weserheim wies das zurück. Die Mieten in Vegesack seien um acht Prozent gestiegen.").startswith(
                        "In Vegesack")
    assert answered(said + "Auch Kleinreparaturen würden künftig berechnet. Ein Sprecher von Weserheim wies das "
                    "zurück.").startswith("Die Firma Weserheim")
    assert answered(said + "Damit verliere die Stadt bezahlbaren Wohnraum. Ein Sprecher von Weserheim wies das "
                    "zurück.").startswith("Die Firma Weserheim")


def test_an_accusation_spelled_out_after_its_noun_answers_the_statement_sharing_its_topic():
    rec = whosaid.analyze("Deutscher Helfer in der Ukraine verletzt\n\nBerlin (dpa) - Bei einem russischen "
                          "Drohnenangriff im Süden der Ukraine ist ein deutscher Mitarbeiter einer Hilfsorganisation "
                          "verletzt worden. Das bestätigte ein Sprecher des Auswärtigen Amts am Mittwoch.\n\nNach Angaben "
                          "der Diakonie wurde sein Transporter nahe Cherson getroffen. Der Wagen sei deutlich als "
                          "Hilfsfahrzeug gekennzeichnet gewesen, sagte eine Diakonie-Sprecherin. Die russische Armee wies "
                          "den Vorwurf zurück, gezielt ein Hilfsfahrzeug angegriffen zu haben.",
                          published="2031-03-05", lang="de")
    assert by_content(rec, "gezielt ein Hilfsfahrzeug").refers_to == by_content(rec, "Der Wagen sei").id


def test_what_the_accused_says_with_a_negation_denies_the_accusation_but_not_what_he_will_not_do():
    rec = whosaid.analyze("Schleuserprozess in Görlitz\n\nGörlitz (dpa) - Die Staatsanwaltschaft wirft einem "
                          "41-jährigen Rumänen vor, 90 Menschen über die Grenze gebracht zu haben. Der Rumäne ließ über "
                          "seinen Verteidiger erklären, er habe nicht gewusst, wen er transportiere.",
                          published="2031-04-01", lang="de")
    denial = by_content(rec, "er habe nicht gewusst")
    assert denial.stance == "deny" and denial.refers_to == by_content(rec, "90 Menschen").id
    rec = whosaid.analyze("Wien (APA) - Finanzminister Gernot Aigner warf Kulturminister Stefan Hörmann vor, seit Wochen "
                          "keine Sparvorschläge vorzulegen. Hörmann erklärte, er werde keine einzige Bühne zusperren.",
                          published="2031-04-01", lang="de")
    assert by_content(rec, "er werde keine").refers_to is None
