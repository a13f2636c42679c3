"""Cross-document analysis: name variants, entity resolution, roles, claim groups and contradictions."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import shipped_model_exists

from whosaid.corpus.claims import Stmt, contradiction, group, link
from whosaid.corpus.names import keys_match, name_key, name_tokens
from whosaid.corpus.resolve import LocalEntity, resolve
from whosaid.corpus.roles import role_before

STORY = Path(__file__).resolve().parent / "data" / "story"


@pytest.mark.parametrize("a,b", [
    ("al-Kazemi", "al-Kadhimi"), ("al-Kadhimi", "Kasimi"), ("Mustafa al-Kadhimi", "Mustafa Kazimi"),
    ("Soleimani", "Suleimani"), ("Qassem Soleimani", "Qasem Suleimani"), ("Tarek al-Haddad", "Tarik el-Hadad"),
    ("Jalal Mansour", "Jalal Mansur"), ("Müller", "Mueller"), ("Wladimir Putin", "Vladimir Putin"),
])
def test_spelling_variants_match(a: str, b: str):
    assert keys_match(name_tokens(a), name_tokens(b))


@pytest.mark.parametrize("a,b", [("Angela Merkel", "Angela Markel-Schmidt"), ("Kasimi", "Karimi"),
                                 ("Hassan Rohani", "Hassan Nasrallah"), ("Olaf Scholz", "Olaf Schulz-Berg")])
def test_different_names_do_not_match(a: str, b: str):
    assert not keys_match(name_tokens(a), name_tokens(b))


def test_name_key_drops_prefixes_and_applies_rules():
    assert name_key("Mustafa al-Kadhimi") == name_key("Mustafa Al-Kasimi") == "mustafa kasimi"


def local(article: str, name: str, etype: str = "PER", aliases: list[str] | None = None, n: int = 1) -> LocalEntity:
    return LocalEntity(article, "e0", name, etype, aliases or [], n)


def test_resolution_across_articles():
    groups = resolve([
        local("a1", "Mustafa al-Kadhimi", n=3), local("a2", "Mustafa al-Kazemi"), local("a3", "Kasimi"),
        local("a4", "Qassem Soleimani"), local("a5", "Qasem Suleimani", n=2), local("a6", "Suleimani"),
        local("a7", "Kasimi", "ORG"),  # same name, other type: kept apart
    ])
    by_article = {m.article_id: g for g in groups for m in g.members}
    assert by_article["a1"] is by_article["a2"] is by_article["a3"]
    assert by_article["a1"].name == "Mustafa al-Kadhimi"
    assert by_article["a4"] is by_article["a5"] is by_article["a6"]
    assert by_article["a7"] is not by_article["a3"]
    assert len(groups) == 3


def test_ambiguous_short_name_stays_apart():
    groups = resolve([local("a1", "George Bush", n=2), local("a2", "Laura Bush", n=2), local("a3", "Bush")])
    assert len(groups) == 3


def test_resolution_is_order_independent_and_ids_stable():
    rows = [local("a1", "Mustafa al-Kadhimi"), local("a2", "al-Kadhimi"), local("a3", "Ali Sistani")]
    first = [(g.id, g.name, [m.article_id for m in g.members]) for g in resolve(rows)]
    assert first == [(g.id, g.name, [m.article_id for m in g.members]) for g in resolve(rows[::-1])]


@pytest.mark.parametrize("window,expected", [
    ("Am Montag sagte der irakische Ministerpräsident ", ("irakische Ministerpräsident", "Ministerpräsident")),
    ("ein Treffen mit dem irakischen Ministerpräsidenten ", ("irakische Ministerpräsident", "Ministerpräsident")),
    ("Das sagte Bundeskanzlerin ", ("Bundeskanzlerin", "Bundeskanzlerin")),
    ("Das Land habe gesprengt. Gouverneur ", ("Gouverneur", "Gouverneur")),
    ("irakische Ministerpräsident ", ("Ministerpräsident", "Ministerpräsident")),
    ("Er traf ", None),
])
def test_role_before_a_name(window: str, expected):
    nouns = frozenset({"Ministerpräsident", "Bundeskanzlerin", "Gouverneur"})
    assert role_before(window, nouns) == expected


def stmt(article: str, sid: str, stance: str, content: str, entities=("E1",), said=date(2024, 3, 1)) -> Stmt:
    return Stmt(article, sid, said, stance, content, None, frozenset(entities))


def test_claim_group_and_cross_article_contradiction():
    claim = stmt("a1", "s0", "claim", "die Miliz habe die Ölpipeline bei Karsan gesprengt")
    denial = stmt("a2", "s3", "deny", "dass die Miliz die Ölpipeline gesprengt habe")
    negated = stmt("a3", "s1", "assert", "die Miliz habe die Ölpipeline nicht gesprengt")
    other = stmt("a4", "s0", "assert", "der Haushalt sei beschlossen", entities=())
    late = stmt("a5", "s0", "deny", "dass die Miliz die Ölpipeline gesprengt habe", said=date(2025, 3, 1))
    statements = [claim, denial, negated, other, late]
    links = link(statements)
    claims = group(statements, links)
    assert len(claims) == 1 and {s.key for s in claims[0].members} == {claim.key, denial.key, negated.key}
    assert claims[0].label.startswith("die Miliz habe")
    found = sorted((c.key, k.key, reason) for c, k, reason in filter(None, map(contradiction, links)))
    assert found == [(claim.key, denial.key, "denies"), (claim.key, negated.key, "negates")]


def test_denial_and_negated_statement_agree():
    a = stmt("a1", "s0", "deny", "dass die Miliz die Ölpipeline gesprengt habe")
    b = stmt("a2", "s0", "assert", "die Miliz habe die Ölpipeline nicht gesprengt")
    (ln,) = link([a, b])
    assert contradiction(ln) is None


@pytest.mark.skipif(not shipped_model_exists(), reason="the shipped German model is not built")
def test_story_with_the_real_pipeline(tmp_path: Path):
    """Integration: the story in tests/data/story through the real pipeline, as `whosaid ingest` runs it."""
    from whosaid.ingest.batch import IngestOptions, ingest
    from whosaid.store import queries
    from whosaid.store.db import connect

    db = tmp_path / "story.duckdb"
    report = ingest([str(STORY)], IngestOptions(db=str(db), progress=False))
    assert (report.stored, report.failed) == (5, [])
    conn = connect(db)
    try:
        haddad = queries.find_entities(conn, "Tarik el-Hadad")
        assert haddad == queries.find_entities(conn, "Tarek al-Haddad") and len(haddad) == 1
        rows = queries.contradictions(conn).records()
        cross = [r for r in rows if r["scope"] == "corpus"]
        pairs = {(r["claim_outlet"], r["counter_outlet"]) for r in cross}
        assert ("Tagesblick", "Rundschau Ost") in pairs and ("Tagesblick", "Nachrichtenwerk") in pairs
        denial = next(r for r in cross if r["counter_cue"] == "dementierte")
        assert denial["claim_speaker"] == "Tarek al-Haddad" and denial["claim_said"] < denial["counter_said"]
        roles = queries.roles(conn, "Gouverneur").records()
        assert roles and roles[0]["name"] == "Tarek al-Haddad" and roles[0]["first"] == date(2026, 2, 3)
        timeline = queries.timeline(conn, "al-Haddad", role="speaker").records()
        assert len(timeline) >= 3 and {r["outlet"] for r in timeline} == {"Tagesblick"}
    finally:
        conn.close()
    json.dumps(rows, default=str)


def test_a_continuation_speaks_with_its_frames_speaker_across_articles():
    """The second sentence of a report ("Zudem habe …", no speaker of its own) is the outlet's too: a denial in
    another article that answers the outlet's report there pairs with it."""
    from whosaid.corpus.build import claim_tables

    rows = [("a1", "s0", date(2026, 5, 4), "assert", "Der Minister habe Privatfahrten als Dienstreisen abgerechnet",
             None, "NDR", None, None),
            ("a1", "s1", date(2026, 5, 4), "assert", "Zudem habe das Ministerium ein Abendessen mit Parteifreunden "
             "aus der Ministeriumskasse bezahlt", None, None, "s0", None),
            ("a2", "s0", date(2026, 5, 5), "assert", "Ein Abendessen mit Parteifreunden sei aus der "
             "Ministeriumskasse bezahlt worden", None, "NDR", None, None),
            ("a2", "s1", date(2026, 5, 5), "deny", "diesen Vorwurf", "s0", "Umweltministerium", None, None)]
    pairs = {(r[1], r[2], r[3], r[4]) for r in claim_tables([], [], [], rows)["corpus_contradictions"]}
    assert ("a1", "s1", "a2", "s1") in pairs


def test_a_denial_by_its_content_alone_says_it_is_not_so():
    from whosaid.corpus.claims import Stmt, polarity

    said = Stmt("a1", "s1", None, "deny", "Es gibt keinen solchen Plan", None, frozenset(), cue="sagen")
    denied = Stmt("a1", "s2", None, "deny", "nichts von dem Plan gewusst zu haben", None, frozenset(), cue="bestreiten")
    assert (polarity(said), polarity(denied)) == (-1, 1)


def test_nothing_known_of_it_is_negated_content():
    from whosaid.corpus.claims import polarity

    assert polarity(stmt("a1", "s0", "assert", "Von einer Auslistung sei der Molkerei nichts bekannt")) == -1


def test_a_plan_and_its_denial_share_the_verb_in_its_noun_and_zu_infinitive():
    plan = stmt("a1", "s3", "claim", "Zudem plane das Ministerium, den Steuervorteil für privat genutzte Dienstwagen "
                "mit Verbrennungsmotor abzuschaffen", entities=())
    denial = stmt("a2", "s4", "assert", "Auch eine Abschaffung des Steuervorteils für Dienstwagen mit Verbrennungsmotor "
                  "stehe nicht zur Debatte", entities=())
    (ln,) = link([plan, denial])
    assert contradiction(ln)[:2] == (plan, denial)


def test_further_denials_of_a_story_answer_the_report_statement_they_share_most_with():
    """Once a paper's report and a bank's denial are paired, the bank's "no talks about fresh capital" answers the
    paper's "negotiating a capital injection with its owners", though the words differ in form."""
    from whosaid.corpus.build import claim_tables

    rows = [("a1", "s0", date(2026, 5, 4), "assert", "Die Nordbank steuert auf einen Verlust von 180 Millionen Euro zu",
             None, "Börsen-Zeitung", None, None),
            ("a1", "s1", date(2026, 5, 4), "assert", "Die Bank verhandle bereits mit ihren Eigentümern über eine "
             "Kapitalspritze", None, "Börsen-Zeitung", None, None),
            ("a1", "s2", date(2026, 5, 4), "assert", "Der Sparkassenverband wolle sich nicht äußern", None,
             "Börsen-Zeitung", None, None),
            ("a2", "s0", date(2026, 5, 5), "deny", "einen Bericht der Börsen-Zeitung über einen Verlust", None,
             "Nordbank", None, None),
            ("a2", "s1", date(2026, 5, 5), "assert", "Gespräche mit den Eigentümern über frisches Kapital gebe es "
             "nicht", None, "Nordbank", None, None),
            ("a2", "s2", date(2026, 5, 5), "assert", "Die Bilanz werde im April vorgelegt", None, "Nordbank", None, None)]
    pairs = {(r[1], r[2], r[3], r[4]) for r in claim_tables([], [], [], rows)["corpus_contradictions"]}
    assert ("a1", "s0", "a2", "s0") in pairs and ("a1", "s1", "a2", "s1") in pairs
    assert not any(counter == "s2" for _, _, _, counter in pairs)


def test_a_denial_with_no_verb_of_its_own_says_what_it_negates_is_not_so():
    """Only a denying verb turns negated content round ("bestritt, nichts gewusst zu haben"); a denial continuing
    its speaker's words ("Ein Verkauf … stehe aber nicht zur Debatte") has none, and says it is not so."""
    from whosaid.corpus.claims import Stmt, polarity

    went_on = Stmt("a2", "s4", None, "deny", "Ein Verkauf der Logistiksparte stehe aber nicht zur Debatte", None,
                   frozenset(), cue="")
    corrected = Stmt("a2", "s5", None, "deny", "Betroffen seien nicht 900, sondern rund 350 Stellen", None,
                     frozenset(), cue="")
    assert polarity(went_on) == polarity(corrected) == -1


@pytest.mark.parametrize("content", ["Die genannte Summe von 300 Millionen Euro sei deutlich zu hoch gegriffen",
                                     "Die Zahl der Entlassungen sei maßlos übertrieben",
                                     "Die Angaben über den Verlust seien aus der Luft gegriffen"])
def test_a_figure_called_too_high_or_made_up_is_a_denial(content: str):
    from whosaid.corpus.claims import polarity

    assert polarity(stmt("a2", "s3", "concede", content)) == -1


def test_a_continued_denial_correcting_a_figure_answers_the_report_of_the_story():
    """The paper reports 900 jobs cut; the firm rejects the report and, going on, says not 900 but 350 jobs are
    affected: the correction answers the report statement of the figure."""
    from whosaid.corpus.build import claim_tables

    rows = [("a1", "s0", date(2026, 3, 2), "assert", "Der Versandhändler Kornblum will bundesweit rund 900 Stellen "
             "streichen", None, "Tagesspiegel", None, None),
            ("a1", "s1", date(2026, 3, 2), "assert", "Betroffen sei vor allem das Lager in Achim", None, "Tagesspiegel",
             None, None),
            ("a2", "s0", date(2026, 3, 3), "deny", "einen Bericht des Tagesspiegels über den Abbau von Stellen", None,
             "Kornblum", None, "zurückweisen"),
            ("a2", "s1", date(2026, 3, 3), "deny", "Es gehe nicht um 900, sondern um rund 350 Stellen", None, None,
             "s0", None),
            ("a2", "s2", date(2026, 3, 3), "assert", "Das Lager in Achim werde modernisiert", None, "Kornblum", None,
             "sagen")]
    pairs = {(r[1], r[2], r[3], r[4]) for r in claim_tables([], [], [], rows)["corpus_contradictions"]}
    assert ("a1", "s0", "a2", "s1") in pairs
    assert not any(counter == "s2" for _, _, _, counter in pairs)


def test_a_denial_answers_the_claim_its_own_articles_report_tells():
    """The ministry rejects "a report about an alleged fire in a depot"; its article retells the report ("ein
    Munitionslager bei Tapa sei ausgebrannt, drei Soldaten verletzt"), which names the other article's claim in other
    words than the denial; a denial of another report linked to it by mistake answers nothing."""
    from whosaid.corpus.build import claim_tables

    rows = [("a1", "s0", date(2026, 6, 1), "assert", "über einen angeblichen Brand in einem Bundeswehr-Lager in "
             "Estland", None, "Sputnik", None, "berichten"),
            ("a1", "s1", date(2026, 6, 1), "assert", "Ein Munitionslager der Panzergrenadiere sei am Wochenende "
             "nahe der Kleinstadt Tapa vollständig ausgebrannt, mehrere Wachsoldaten hätten schwere Verbrennungen erlitten", None, "Beitrag", None, "heißen"),
            ("a2", "s0", date(2026, 6, 2), "deny", "einen Bericht von Sputnik über einen angeblichen Brand in "
             "einem Munitionslager in Estland", "s1", "Verteidigungsministerium", None, "zurückweisen"),
            ("a2", "s1", date(2026, 6, 1), "assert", "in einem Munitionslager nahe Tapa sei nach einer Explosion in der "
             "Nacht ein Feuer ausgebrannt, das die Feuerwehr erst nach Stunden gelöscht habe", None, "der Sender", None, "berichten"),
            ("a2", "s2", date(2026, 6, 2), "deny", "Gerüchte, wonach der Kommandeur nach Vilnius versetzt werde",
             "s1", "Verteidigungsministerium", None, "zurückweisen")]
    pairs = {(r[1], r[2], r[3], r[4]) for r in claim_tables([], [], [], rows)["corpus_contradictions"]}
    assert ("a1", "s1", "a2", "s0") in pairs
    assert not any(counter == "s2" for _, _, _, counter in pairs)


def test_a_short_noun_is_shared_with_the_compound_it_heads():
    from whosaid.corpus.claims import _shared_stems, content_words

    assert _shared_stems(content_words("ein Dorf beschossen"), content_words("Angriff auf ein Grenzdorf")) == 1
    assert _shared_stems(content_words("das Werk"), content_words("die Werkstatt")) == 0


def _rows_of_unnamed_report_story(third_article_too: bool = False):
    """Statement rows (CLAIM_STATEMENTS_SQL order) of a paper's report on a coach and the club's denial of
    "speculation" about him a few days later; about rows tie each statement to the people it names."""
    rows = [("a1", "s0", date(2030, 4, 28), "assert", "will sich der Verein noch vor dem nächsten Spiel von dem Dänen "
             "trennen", None, "Bild", None, "berichten"),
            ("a1", "s1", date(2030, 5, 2), "assert", "Ich spüre das Vertrauen.", None, "Jess Thorup", None, "sagen"),
            ("a2", "s0", date(2030, 5, 3), "deny", "Spekulationen über eine bevorstehende Entlassung von Trainer Jess "
             "Thorup", None, "FC Augsburg", None, "zurückweisen")]
    about = [("a2", "s0", "E-thorup")]
    speakers = [("E-thorup", "a1", "s1"), ("E-bild", "a1", "s0"), ("E-fca", "a2", "s0")]
    if third_article_too:  # another paper reporting on the coach the same week
        rows.append(("a3", "s0", date(2030, 4, 30), "assert", "Thorup habe sich im Training verletzt", None, "Kicker",
                     None, "berichten"))
        about.append(("a3", "s0", "E-thorup"))
    return about, speakers, rows


def test_a_denial_of_unnamed_speculation_answers_the_press_report_about_the_people_it_names():
    from whosaid.corpus.build import claim_tables

    about, speakers, rows = _rows_of_unnamed_report_story()
    pairs = {(r[1], r[2], r[3], r[4]) for r in claim_tables(about, [], speakers, rows)["corpus_contradictions"]}
    assert pairs == {("a1", "s0", "a2", "s0")}


def test_a_denial_of_unnamed_speculation_pairs_with_nothing_where_several_reports_could_be_meant():
    from whosaid.corpus.build import claim_tables

    about, speakers, rows = _rows_of_unnamed_report_story(third_article_too=True)
    assert claim_tables(about, [], speakers, rows)["corpus_contradictions"] == []


def test_a_denial_of_ones_own_act_speaks_of_the_denier_across_articles():
    """ "Hofacker soll abgeschrieben haben" (one outlet) and, the next day, Hofacker "hat zurückgewiesen, er habe
    abgeschrieben": the pronoun subject is the denier, so both speak of him and the pair is a contradiction."""
    from whosaid.corpus.build import claim_tables

    about = [("a1", "s0", "E1")]
    entities = [("E1", "Stefan Hofacker", []), ("E2", "VroniPlag", [])]
    speakers = [("E2", "a1", "s0"), ("E1", "a2", "s0")]
    rows = [("a1", "s0", date(2030, 9, 14), "assert", "Der Finanzminister Stefan Hofacker soll in seiner Doktorarbeit "
             "in großem Umfang abgeschrieben haben", None, "VroniPlag", None, "berichten"),
            ("a2", "s0", date(2030, 9, 15), "deny", "er habe in seiner Doktorarbeit abgeschrieben", None,
             "Stefan Hofacker", None, "zurückweisen")]
    pairs = {(r[1], r[2], r[3], r[4]) for r in claim_tables(about, entities, speakers, rows)["corpus_contradictions"]}
    assert ("a1", "s0", "a2", "s0") in pairs


@pytest.mark.parametrize(("content", "person", "expected"), [
    ("er habe in seiner Doktorarbeit abgeschrieben", True, True),
    ("er sei misshandelt worden", False, False),  # the police's denial speaks of the detainee
    ("wir haben niemanden getroffen", False, True),
])
def test_a_denial_speaks_of_its_denier_only_where_the_pronoun_can_be_the_denier(content, person, expected):
    from whosaid.corpus.build import _of_oneself

    assert _of_oneself(content, person) is expected


def test_a_denial_of_a_report_its_article_tells_of_no_one_answers_the_report_about_the_denier():
    """ "Hollis denied a newspaper report that he planned to retire" answers the Telegraph's report about him, told
    the day before in another article."""
    from whosaid.corpus.build import claim_tables

    rows = [("a1", "s0", date(2030, 5, 2), "assert", "Australia captain Kieran Hollis will retire from Test cricket",
             None, "Daily Telegraph", None, "report"),
            ("a2", "s0", date(2030, 5, 3), "deny", "a newspaper report that he planned to retire", "s1", "Kieran Hollis",
             None, "deny"),
            ("a2", "s1", date(2030, 5, 3), "claim", "he planned to retire", None, "newspaper", None, "report")]
    about = [("a1", "s0", "E-hollis")]
    speakers = [("E-telegraph", "a1", "s0"), ("E-hollis", "a2", "s0")]
    pairs = {(r[1], r[2], r[3], r[4]) for r in claim_tables(about, [], speakers, rows)["corpus_contradictions"]}
    assert ("a1", "s0", "a2", "s0") in pairs
