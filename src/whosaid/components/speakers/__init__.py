"""Resolves speaker mentions (names, short names, role nouns, pronouns) to the entities they denote.

The rules by what a mention is: `people` (names, descriptions, pronouns), `organisations` (generic words,
outlets, acronyms, members and leaders), `spokespeople`, `sources` (reports, studies, rulings, hearsay); `naming`
names the organisations once resolved; `context` holds what they share."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from whosaid.components.attribution import Found
from whosaid.components.descriptions import AGE, describe, profile_people, pronoun_gender, role_of
from whosaid.components.entities import Cluster, _known_acronyms, load_gazetteer
from whosaid.components.phrases import relative_antecedent, sentence_of, strip_span, text_sentences
from whosaid.components.speakers.context import (
    DEFINITE_ARTICLES,
    Context,
    Resolution,
    _bare,
    _clusters_in,
    _contains_cluster_mention,
    _country_adjectives,
    _ends_span,
    _headline_end,
    _is_role,
    _nominative_plural,
    _of_countries,
    _pronoun_key,
    before_role_or_seat,
)
from whosaid.components.speakers.naming import (
    _countries_of_seat,
    _country_of_capital,
    _named_for_description,
    add_speaking_organisations,
    qualify_institution,
)
from whosaid.components.speakers.organisations import (
    _acronym_after,
    _acronym_of,
    _broadcaster_of_programme,
    _court_of_unit,
    _described_organisation,
    _group_in_parliament,
    _institution_of_role,
    _introduced_organisation_named_after,
    _latest_organisation_ending,
    _named_for_common_noun,
    _office_of_possessor,
    _organisation_before_its_leader,
    _organisation_led_by,
    _organisation_noun,
    _organisation_of_acronym,
    _organisation_of_acronym_compound,
    _organisation_of_body,
    _organisation_of_initials,
    _organisation_of_its_body,
    _organisation_of_place,
    _organisation_of_short_name,
    _outlet_of_short_title,
    _party_of_group,
    _person_advised,
    _prosecution_of_charge,
    _title_after_outlet_noun,
    _unnamed_member_of,
    town_administration,
)
from whosaid.components.speakers.people import (
    _adding_to_last_speaker,
    _attached,
    _described_name,
    _described_person,
    _described_subject_before,
    _full_name_transliterated,
    _group_of_plural_role,
    _introduced_by_noun,
    _introduced_defendant,
    _introduced_with_age,
    _last_unnamed_speaker,
    _named_holder_of_role,
    _named_right_after,
    _named_spokesperson,
    _new_or_several,
    _only_person_of_gender,
    _person_by_short_name,
    _possessor,
    _relative_named_right_after,
    _resolve_pronoun,
    _statement_sentence,
    _unnamed_aged_person,
    _unnamed_speaker_by_gender,
    _unnamed_speaker_by_status,
    _unnamed_subject_just_before,
    _without_place_tail,
)
from whosaid.components.speakers.sources import (
    _capital_owning_source,
    _hearsay_group,
    _institution_of_authors,
    _plural_source_after,
    _source_of_report,
    _source_without_owner,
    _spokesperson_behind_source,
)
from whosaid.components.speakers.spokespeople import _resolve_spokesperson, _spokesperson_described_by_role
from whosaid.extensions import register_extensions
from whosaid.lang import LanguageData, load_language
from whosaid.record import TextSpan

__all__ = ["Context", "Resolution", "SpeakerResolver", "make_speakers", "resolve"]


@Language.factory(
    "whosaid_speakers",
    assigns=["doc._.statements"],
    requires=["doc._.statements", "doc._.entities"],
    default_config={"lang": "de", "gazetteer": None},
)
def make_speakers(nlp: Language, name: str, lang: str, gazetteer: str | None) -> SpeakerResolver:
    register_extensions()
    return SpeakerResolver(load_language(lang), load_gazetteer(lang, gazetteer).first_name_genders)


class SpeakerResolver:
    def __init__(self, data: LanguageData, genders: dict[str, str] | None = None) -> None:
        self.data = data
        self.genders = genders or {}

    def __call__(self, doc: Doc) -> Doc:
        if doc._.entities is None:
            doc._.entities = []
        clusters: list[Cluster] = doc._.entities
        add_speaking_organisations(doc, doc._.statements or [], clusters, self.data)
        ctx = Context(doc, clusters, profile_people(clusters, self.data, self.genders), self.data, [])
        for found in doc._.statements or []:
            if found.speaker is None:
                root = found.continues
                found.extra["resolution"] = root.extra.get("resolution") if root is not None else None
                continue
            if any(t.text in self.data.words.get("unnamed_source", ()) for t in found.speaker):
                found.extra["resolution"] = None  # "dem Vernehmen nach": hearsay that names no one
                continue
            ctx.content = list(found.content)
            res = _not_who_is_answered(found, _named_for_description(resolve(found, ctx), found.speaker, ctx), ctx)
            res = _qualified_by_another(_country_of_capital(qualify_institution(found.speaker, res, ctx), ctx), ctx)
            if res.cluster is None and _source_without_owner(res.name, self.data):
                res = _report_taken_up(found.speaker, ctx) or _document_of_statement_before(found.speaker, ctx) or res
            if res.cluster is None and _source_without_owner(res.name, self.data):
                found.extra["resolution"] = None  # "hieß es in einer Erklärung" of no one found: better no speaker
                continue
            found.extra["resolution"] = res
            _learn_from_description(found.speaker, res, ctx)
            ctx.last = (found.speaker, res)
            ctx.said.append((found.speaker, found.lemma, res))
            ctx.names.append(res.name)
            if res.cluster is not None:
                ctx.history.append(res)
                # the source an outlet cites ("unter Berufung auf ein internes Papier des Ministeriums") is no outlet
                if found.lemma in self.data.words.get("report_verb", ()) and not res.spokesperson and found.via is None:
                    ctx.outlets.add(id(res.cluster))
                if res.spokesperson:
                    continue  # "ein Konzernsprecher" is no name of the company
                if not any(m.start_char == found.speaker.start_char for m in res.cluster.mentions) and not (
                    _contains_cluster_mention(found.speaker, res.cluster)
                ):
                    res.cluster.extra_mentions.append(
                        TextSpan(text=found.speaker.text, start=found.speaker.start_char, end=found.speaker.end_char)
                    )
        _headline_kinds_named_in_lead(doc, doc._.statements or [], self.data)
        clusters.sort(key=lambda c: c.mentions[0].start)
        _known_acronyms(clusters, self.data)  # organisations the speaker phrases named as well
        return doc


def _not_who_is_answered(found, res: Resolution, ctx: Context) -> Resolution:
    """ "Klingbeil warf Söder vor, … Der Bayer konterte: …": a description that retorts (`retort_cue`) is never the
    person who just spoke, whom it answers; rather than that wrong person, it stays unresolved."""
    if found.lemma not in ctx.data.words.get("retort_cue", ()) or ctx.last is None or res.cluster is None:
        return res
    if res.cluster is not ctx.last[1].cluster or _contains_cluster_mention(found.speaker, res.cluster):
        return res
    return Resolution(_bare(found.speaker))


def _headline_kinds_named_in_lead(doc: Doc, statements: list, data: LanguageData) -> None:
    """ "Autozulieferer dementiert Verkaufspläne" over "Der Autozulieferer Brenntag Mobility hat Spekulationen …
    zurückgewiesen", "Konzern dementiert Bericht" over "Der Autobauer Volkswagen hat …": a headline speaker left
    unresolved, a bare noun for a kind of organisation, is the organisation the article's first statement of the same
    stance has speak, when that statement's speaker is written with the noun, or the noun is a broad word for any
    company (`broad_org_word`: "Konzern", not "Zulieferer" over "Der Autobauer Volkswagen")."""
    end = _headline_end(doc)
    broad = data.words.get("broad_org_word", frozenset())
    body = [f for f in statements if f.speaker is not None and f.speaker.start_char > end]
    for f in statements:
        res = f.extra.get("resolution")
        if f.speaker is None or f.speaker.end_char > end or res is None or res.cluster is not None:
            continue
        words = [t for t in f.speaker if not t.is_space]
        if not words or any(t.tag_ not in {"NN", "ADJA"} for t in words) or words[-1].tag_ != "NN":
            continue
        noun = words[-1].lower_
        lead = next((g for g in body if g.stance == f.stance), None)
        found = lead.extra.get("resolution") if lead is not None else None
        if found is None or found.cluster is None or found.cluster.type != "ORG":
            continue
        if any(t.lower_ == noun or t.lower_.endswith(noun) for t in lead.speaker) or noun in broad:
            f.extra["resolution"] = Resolution(found.name, found.cluster, found.organisation, found.spokesperson)


def _name_after_kind_noun(span, data, compound: bool = False) -> str | None:
    """ "Ärzte ohne Grenzen" of "Die Organisation Ärzte ohne Grenzen (MSF)": the name apposed to a noun for the
    kind of organisation (`generic_org_word`, also in a compound: "Hilfsorganisation", "Branchenverband"), up to
    the bracket; none where a preposition or article follows the noun ("Ministerium für Umwelt"). With `compound`,
    only after a compound noun ("Die Gewerkschaft Erziehung und Wissenschaft" is a name as a whole) and only a name
    that ends capitalised ("Vier Pfoten", not "Vier Pfoten in Wien")."""
    words = [t for t in span if not t.is_space]
    if words and words[0].lower_ in DEFINITE_ARTICLES:
        words = words[1:]
    end = next((n for n, t in enumerate(words) if t.text == "("), len(words))
    words = words[:end]
    kinds = tuple(data.words.get("generic_org_word", ()))
    if len(words) < 2 or words[0].tag_ != "NN" or not words[0].lower_.endswith(kinds) \
            or not words[1].text[:1].isupper() or words[1].tag_ not in {"NN", "NE", "ADJA", "FM", "CARD"}:
        return None
    if compound and (words[0].lower_ in kinds or not words[-1].text[:1].isupper()
                     or any(t.tag_ in {"APPR", "APPRART"} and t.lower_ in {"in", "im", "aus", "bei"} for t in words)):
        return None
    return span.doc[words[1].i : words[-1].i + 1].text


def _after_organisation_noun(mention, data) -> bool:
    """ "Jefferies" of "Analystin Carla Weidmann von der US-Investmentbank Jefferies", which the model took for a
    person: a name right after an organisation noun names the organisation."""
    doc = mention.doc
    i = mention.start - 1
    return i >= 0 and doc[i].tag_ == "NN" and _organisation_noun(doc[i].text.rsplit("-", 1)[-1], data) \
        and not _is_role(doc[i], data)


def _learn_from_description(speaker, res: Resolution, ctx: Context) -> None:
    """ "…, sagte der 27-Jährige" resolved to Jonas Feldhaus: the article has said Feldhaus is 27 (and a man), so
    that a later "der 49-Jährige" is someone else."""
    if res.cluster is None or res.cluster.type != "PER" or _contains_cluster_mention(speaker, res.cluster):
        return
    desc = describe(speaker, ctx.data)
    profile = ctx.profiles.get(id(res.cluster))
    if profile is None or desc.age is None or desc.spokesperson:
        return
    if desc.age not in profile.ages:
        profile.learned_ages.add(desc.age)
    profile.ages.add(desc.age)
    if profile.gender is None and desc.gender is not None:
        profile.gender = desc.gender


def resolve(found: Found, ctx: Context) -> Resolution:
    span = found.speaker
    assert span is not None
    data, clusters = ctx.data, ctx.clusters
    if len(span) == 1 and span[0].tag_ == "PRELS":
        span = relative_antecedent(span[0]) or span  # "der Prediger, der …": who "der" is
    span = _before_relative_clause(span)
    span = _before_examples(span)
    span = before_role_or_seat(span)
    span = _phrase_after_genitive_determiner(span, data)
    span = _phrase_after_lone_article(span)
    span = _through_cut_name(span, clusters)
    span = _circle_after_place(span, clusters, data) or span
    led = _organisation_before_its_leader(span, clusters, data)
    if led is not None:  # "Die Armee von General Abdel Fattah al-Burhan", "Die RSF unter Mohamed Hamdan Daglo"
        span = led
    span = _spokesperson_behind_source(span, data) or span  # "Angaben eines Gerichtssprechers": the spokesperson
    inside = _clusters_in(span, clusters)
    member = _member_of_umbrella(span, inside, ctx)
    if member is not None:  # "ein Bericht der UNO-Organisation" after "die Internationale Arbeitsorganisation (ILO)"
        return Resolution(member.name, member)
    panel = _court_of_unit(span, inside, ctx) or _prosecution_of_charge(span, ctx)
    if panel is not None:  # "entschied der Zweite Senat": the court; "Laut Anklage": the prosecution
        return panel
    body = _organisation_of_its_body(span, inside, data)
    if body is not None:  # "Die Chefredaktion der LVZ": the newspaper
        return Resolution(body.name, body)
    advised = _person_advised(span, inside, data)
    if advised is not None:  # "Ein Berater Dagalos": someone of the person's organisation, never the person
        org = _organisation_led_by(advised, span, ctx)
        return Resolution(org.name, org, org, spokesperson=True) if org is not None else Resolution(_bare(span))
    government = _capital_owning_source(span, ctx)
    if government is not None:  # "Nach Darstellung Bischkeks": the Kyrgyz government
        return government
    people = [c for m, c in inside if c.type == "PER" and not _possessor(m, span, data) and not _attached(m, span, data)
              and not _after_person_and_preposition(m, inside)]
    # "Analystin Carla Weidmann von der US-Investmentbank Jefferies": of two, the name after an organisation noun is
    # the organisation's ("der Sprecher des Kommandos Tahsin al-Khafaji" alone is the spokesman)
    people = [c for m, c in inside if c in people and not _after_organisation_noun(m, data)] or people
    if len({id(c) for c in people}) >= 2 and _people_coordinated(span, inside, people, data):
        # "Verkehrsministerin Regina Kraushaar und Infrastrukturminister Steffen Schütz kritisierten": both speak, as
        # "SPD und CDU" do; neither of them alone
        return Resolution(_bare(span))
    if people:  # "Kommissionspräsident Martin Gasser (SVP)": the bracket after a person is the party
        person = people[-1]
        company = _organisation_of_short_name(person, span, ctx)
        if company is not None:  # "Calder wies die Begründung zurück" after "den US-Konzern Calder Aerospace"
            return Resolution(company.name, company)
        if " " not in person.name and len(span) == 1:
            person = _full_name_transliterated(span[0], clusters, data) or person
        return Resolution(person.name, person)
    company = (_organisation_of_short_name(None, span, ctx) or _outlet_of_short_title(None, span, ctx)) \
        if not inside else None
    if company is not None:  # "Calder wies die Begründung zurück", a name the model found nowhere else
        return Resolution(company.name, company)
    acronym = _acronym_after(span, clusters, data)
    if acronym is not None:  # "Die Bundesvereinigung der Deutschen Arbeitgeberverbände (BDA)"
        acronym.aliases.add(_bare(span))
        apposed = _name_after_kind_noun(span, data)
        if apposed is not None:  # "Die Organisation Ärzte ohne Grenzen (MSF)" is known as "Ärzte ohne Grenzen" too
            acronym.aliases.add(apposed)
        return Resolution(acronym.name, acronym)
    short = _person_by_short_name(span, clusters, data)
    if short is not None:
        return Resolution(short.name, short)
    if len(span) == 1 and span[0].tag_ in {"PPER", "PIS", "PDS"} and _pronoun_key(span[0], data) is not None:
        spokesperson = _spokesperson_subject_before(span, ctx)
        if spokesperson is not None:  # "Ein Konzernsprecher wollte sich nicht äußern. …, sagte er": the company
            subject, desc = spokesperson
            if ctx.last is not None and ctx.last[0].start == subject.start and ctx.last[1].cluster is not None:
                return ctx.last[1]  # "Ein Sprecher des Verbands sagte, … Er riet": whom that spokesman spoke for
            inner = _clusters_in(subject, clusters)
            return _resolve_spokesperson(subject, desc, [c for _, c in inner if c.type in {"ORG", "LOC"}], inner, ctx)
        return _resolve_pronoun(found, span, ctx)
    party = _party_of_group(span, ctx)
    if party is not None:  # "Die Grünen im Bundestag", "die SPD-Opposition": the party speaks
        return party
    seated = _group_in_parliament(span, inside, data)
    if seated is not None:  # "Die SVP-Fraktion im Kantonsrat": the group, wherever it sits
        return Resolution(seated.name, seated)
    organisations = [c for m, c in inside if c.type in {"ORG", "LOC"}]
    broadcaster = _broadcaster_of_programme(span, ctx)
    if broadcaster is not None:  # "Das NDR-Magazin „Panorama 3“ hatte berichtet"
        return broadcaster
    titled = _title_after_outlet_noun(span, ctx)
    if titled is not None:  # "die Hisbollah-nahe libanesische Zeitung »Al-Akhbar«"
        return titled
    source = _source_of_report(found, span, inside, ctx)
    if source is not None:
        return source
    author = _institution_of_authors(span, inside, ctx)
    if author is not None:  # "schreiben die Forschenden" after "eine Studie der Universität Bern"
        return Resolution(author.name, author)
    group = _hearsay_group_of(span, data)
    if group is not None:  # "aus SPD-Kreisen": a circle of a party, never the party's person named before
        return _hearsay_group(span, group, ctx)
    owned = _name_before_its_owner(span, inside)
    if owned is not None:  # "die Kommission für Gerechtigkeit und Frieden der katholischen Bischofskonferenz"
        return Resolution(owned.name, owned)
    desc = describe(span, data)
    apposed = _person_apposed_after(span, desc, ctx)
    if apposed is not None:  # "sagte der Sprecher des Innenministeriums in Damaskus, Samir Haddad, am Montag"
        return Resolution(apposed.name, apposed)
    if desc.spokesperson:
        named = _named_spokesperson(span, desc, ctx)
        if named is not None:  # "Ministeriumssprecherin Maria Sacharowa … drohte die Sprecherin"
            return Resolution(named.name, named)
        return _resolve_spokesperson(span, desc, organisations, inside, ctx)
    group = _group_of_plural_role(span, ctx)
    if group is not None:  # "Die Verteidigung plädierte … argumentierten die Anwälte": the defence
        return group
    colleague = _spokesperson_described_by_role(span, desc, ctx)
    if colleague is not None:  # "Ein Sprecher der IG Metall sagte … Der Gewerkschafter verwies": the union speaks
        return colleague
    holder = _named_holder_of_role(found, span, desc, ctx)
    if holder is not None:  # "Die Vorsitzende Richterin Anne Wolff … Die Richterin": she, not the court
        return Resolution(holder.name, holder)
    institution = _institution_of_role(span, ctx)
    if institution is not None:
        return Resolution(institution.name, institution)
    member = _unnamed_member_of(span, ctx)
    if member is not None:  # "ein DWD-Meteorologe": someone of the DWD, unnamed, speaking for it
        return Resolution(member.name, member, member, spokesperson=True)
    gendered = _only_person_of_gender(span, ctx)
    if gendered is not None:  # "Der 49 Jahre alte Markus H. … sagte der Mann in seinem letzten Wort"
        return Resolution(gendered.name, gendered)
    named = [c for m, c in inside if c.type == "ORG" and _ends_span(m, span) and _described_name(span, m)
             and any(t.tag_ == "NN" for t in span.doc[span.start : m.start])]
    if named and desc.says_something:  # "Die Hilfsorganisation Ärzte ohne Grenzen": a name, not doctors described
        return Resolution(named[0].name, named[0])
    status = None if _new_or_several(found, span, data) else _unnamed_speaker_by_status(span, ctx)
    if status is not None:  # "„…“, erzählte ein 71 Jahre alter Anwohner. …, sagte der Rentner": him again
        return status
    if desc.says_something:
        added = _adding_to_last_speaker(found, span, desc, ctx) if desc.role is not None else None
        if added is not None:  # "…, fügte der Chefkabinettssekretär hinzu" after "sagte Regierungssprecher X"
            return Resolution(added.name, added)
        unnamed = None if _new_or_several(found, span, data) else _last_unnamed_speaker(span, desc, ctx)
        if unnamed is not None:  # "Eine Urlauberin schilderte … „…“, sagte die 34-Jährige": she, unnamed
            return unnamed
        unnamed = None if _new_or_several(found, span, data) else _unnamed_subject_just_before(span, desc, ctx)
        if unnamed is not None:  # "Eine Anwohnerin hatte den Unfall beobachtet. …, sagte die 52-Jährige"
            return unnamed
        taken_up = None if _new_or_several(found, span, data) else _described_subject_before(span, desc, ctx)
        if taken_up is not None:  # "Der Trainer selbst gab sich kämpferisch. „…“, sagte der Pole"
            return taken_up
        person = None if _new_or_several(found, span, data) else _described_person(span, desc, ctx)
        if person is None and desc.role is not None and not _new_or_several(found, span, data):
            person = _named_right_after(span, desc, ctx)
        if person is not None:
            return Resolution(person.name, person)
        represented = _relative_named_right_after(span, ctx) if all(c.type == "PER" for _, c in inside) else None
        if represented is not None:  # "Der Berater von Malik Osei-Brandt hat … dementiert. …, sagte Reza Tavakoli"
            return Resolution(represented.name, represented)
        defendant = _introduced_defendant(found, span, desc, ctx)
        if defendant is not None:  # "ein 47-jähriger Bergführer ist freigesprochen worden … Der Angeklagte"
            return defendant
        aged = _introduced_with_age(span, desc, ctx)
        if aged is not None:  # "muss ein 43-Jähriger aus Gelsenkirchen ins Gefängnis … Der 43-Jährige"
            return aged
        introduced = _introduction_apposed(span, data)
        if introduced is not None:  # "Der Hauptangeklagte, ein 27-Jähriger aus Gelsenkirchen": so he is known
            return Resolution(_bare(introduced))
        return Resolution(_without_phrasal_age(span, data), None, organisations[0] if organisations else None)
    introduced_so = None if inside else _introduced_by_noun(span, ctx)
    if introduced_so is not None:  # "Unternehmer Matthias Kallert … sagte der Unternehmer"
        return Resolution(introduced_so.name, introduced_so)
    relative = None if inside else _relative_named_right_after(span, ctx)
    if relative is not None:  # "Der Vater des getöteten Jugendlichen widersprach. …, sagte Samir Daraghmeh"
        return Resolution(relative.name, relative)
    aged = None if inside else _unnamed_aged_person(span, ctx) or _unnamed_speaker_by_gender(span, ctx)
    if aged is not None:  # "Der 23-jährige Schweizer habe … Laut Staatsanwaltschaft hat der Mann …"
        return aged
    introduced = _introduction_apposed(span, data)
    if introduced is not None and not any(m.start < introduced.start for m, _ in inside):
        # "Die Fahrerin, eine 34 Jahre alte Frau aus Ulm": no one named before the apposition
        return Resolution(_bare(introduced))
    if not inside:
        described = _organisation_of_initials(span, inside, ctx) or _organisation_of_body(span, inside, ctx) \
            or _described_organisation(span, ctx) \
            or _office_of_possessor(span, ctx) \
            or _introduced_organisation_named_after(span, ctx)
        if described is not None:
            return described
    work = None if any(c.type != "LOC" for _, c in inside) or desc.says_something \
        else _organisation_of_acronym_compound(span, ctx)
    if work is not None:  # "Laut dem am Mittwoch vorgestellten IQB-Bildungstrend": the IQB's
        return work
    named_by_place = _organisation_of_place(span, inside, data)
    if named_by_place is not None:  # "Der Flüchtlingsrat Niedersachsen": the council, not the state
        return Resolution(named_by_place)
    countries = _country_adjectives(list(span))  # "Das russische Verteidigungsministerium" is not the British one
    # "Die britische Behörde für maritime Sicherheit UKMTO": the acronym after the name is the name again
    whole = [c for m, c in inside if _ends_span(m, span) and (_described_name(span, m)
                                                              or any(o.end == m.start for o in c.mentions))
             and (c.qualified_name is None or _of_countries(c, countries))]
    if whole and whole[0].type == "LOC":
        mention = next(m for m, c in inside if c is whole[0] and _ends_span(m, span))
        town = town_administration(mention, span, clusters, data)
        if town is not None:  # "Die Stadt Greven teilte mit": the town's administration, not the place
            return Resolution(town.name, town)
    if whole:
        named = _named_for_common_noun(whole[0], span, ctx) or _outlet_of_short_title(whole[0], span, ctx)
        if named is not None:  # "Die Zentralbank wies den Vorwurf zurück" after "der Bank of Thailand"
            return Resolution(named.name, named)
        if whole[0].type == "MISC":  # "Die „Kronen Zeitung“ hatte berichtet": a speaking name is no work or event
            whole[0].type = "ORG"
        return Resolution(whole[0].name, whole[0])
    placed = _without_place_tail(span, inside, data)
    if placed is not None:  # "Die Reederei Thalassa Shipping aus Piräus": the company, not the port
        named = [c for m, c in inside if c.type == "ORG" and _ends_span(m, placed) and _described_name(placed, m)]
        seat = _countries_of_seat(span, data)
        if named and named[0].qualified_name is not None and seat and not _of_countries(named[0], seat):
            # "Das Außenministerium in Moskau" taken as one with the Ukrainian one named before: another ministry,
            # which the place qualifies
            mention = next(m for m, c in inside if c is named[0] and _ends_span(m, placed))
            if len(named[0].mentions) > 1:
                named[0].mentions = [m for m in named[0].mentions if m is not mention]
            return Resolution(mention.text)
        if named and _of_country_named(named[0], span, data):
            # "Die Militärregierung in Mali": an organisation known by its kind alone is the one of that country
            named[0].aliases.add(_bare(span))
            return Resolution(_bare(span), named[0])
        if named:
            return Resolution(named[0].name, named[0])
    if len(inside) >= 2 and any(t.lower_ in data.words.get("coordination", ()) for t in span):
        return Resolution(_bare(span))
    # "Die Tierschutzorganisation Vier Pfoten", "dem Branchenverband Seilbahnen Schweiz" (a place closing the name):
    # the kind of organisation is no part of its name
    # ("Der Betreiber, der Energieversorger Lippewerk": the apposition after the comma names it)
    named = _apposition_after_comma(span) or span
    apposed = None if any(c.type != "LOC" for _, c in inside) else _name_after_kind_noun(named, data, compound=True)
    if apposed is not None:
        return Resolution(apposed)
    return Resolution(_without_phrasal_age(span, data), None, organisations[0] if organisations else None)


def _apposition_after_comma(span):
    """ "der Energieversorger Lippewerk" of "Der Betreiber, der Energieversorger Lippewerk": a noun phrase opened by an
    article after the speaker phrase's one comma; None where there is none."""
    commas = [t for t in span if t.text == ","]
    if len(commas) != 1 or commas[0].i + 2 >= span.end or span.doc[commas[0].i + 1].lower_ not in DEFINITE_ARTICLES:
        return None
    return span.doc[commas[0].i + 1 : span.end]


def _people_coordinated(span, inside, people: list[Cluster], data: LanguageData) -> bool:
    """Two of the people named in the speaker phrase are joined by a coordinating word ("und", "sowie") between
    their names."""
    starts = sorted(m.start for m, c in inside if any(c is p for p in people))
    ends = sorted(m.end for m, c in inside if any(c is p for p in people))
    words = data.words.get("coordination", frozenset())
    return any(t.lower_ in words and not t._.in_quote for t in span.doc[ends[0] : starts[-1]])


def _of_country_named(cluster: Cluster, span, data: LanguageData) -> bool:
    """Whether `span` ends in "in" and a country (`capital` rows) after an organisation named by one common noun
    ("Militärregierung", "Übergangsregierung"): the country says which one it is, and stays in its name."""
    countries = {row.split("=")[1] for row in data.words.get("capital", ()) if "=" in row}
    words = [t for t in span if not t.is_space]
    return len(words) >= 3 and words[-2].lower_ == "in" and words[-1].text in countries and " " not in cluster.name \
        and all(m[0].tag_ == "NN" for m in cluster.mentions)


def _after_person_and_preposition(mention, inside) -> bool:
    """ "Analystin Carla Weidmann von der US-Investmentbank Jefferies", "Anne Roux von Metzler": a name after a
    preposition that follows a person's name in the speaker phrase says where that person works (a firm the tagger
    took for a person), not who speaks."""
    doc = mention.doc
    return any(c.type == "PER" and m.end <= mention.start
               and any(t.tag_ in {"APPR", "APPRART"} for t in doc[m.end : mention.start]) for m, c in inside)


def _introduction_apposed(span, data: LanguageData):
    """The indefinite noun phrase in apposition after a definite description of an unnamed person ("Der
    Hauptangeklagte, ein 27-Jähriger aus Gelsenkirchen"; "Die Fahrerin, eine 34 Jahre alte Frau aus Ulm"): it
    introduces the person and names them, as "ein 47-jähriger Bergführer" would alone."""
    words = [t for t in span if not t.is_space]
    if not words or words[0].lower_ not in DEFINITE_ARTICLES:
        return None
    comma = next((t for t in words if t.text == ","), None)
    if comma is None or comma.i + 2 >= span.end or span.doc[comma.i + 1].lower_ not in \
            data.words.get("indefinite_article", ()):
        return None
    if any(t.tag_ not in {"ART", "ADJA", "NN", "NE", "CARD", "ADJD"} for t in span.doc[span.start : comma.i]):
        return None
    end = next((t.i for t in span.doc[comma.i + 1 : span.end] if t.text == ","), span.end)
    apposed = strip_span(span.doc[comma.i + 1 : end])
    # a person: an age ("ein 27-Jähriger", "eine 34 Jahre alte Frau") or a role ("eine Anwältin aus Köln")
    aged = any(AGE.match(t.text) and AGE.match(t.text).group(2).lower() in data.words.get("age_noun", ())
               or t.lower_ in data.words.get("age_adjective", ()) and t.i > 0 and t.doc[t.i - 1].lower_ == "jahre"
               for t in apposed)
    return apposed if len(apposed) >= 2 and (aged or any(role_of(t, data) for t in apposed)) else None


def _before_examples(span):
    """ "Umweltverbände" of "Umweltverbände wie der BUND": the examples after "wie" illustrate a plural group that
    speaks and are no part of it."""
    doc = span.doc
    for t in span:
        if t.lower_ == "wie" and t.tag_ == "KOKOM" and t.i > span.start and doc[t.i - 1].tag_ == "NN" \
                and t.i + 1 < span.end:
            return strip_span(doc[span.start : t.i])
    return span


def _before_relative_clause(span):
    """ "Die THW-Bundesvereinigung" of "Die THW-Bundesvereinigung, in der sich Helfer zusammengeschlossen haben": a
    relative clause after the speaker says something of it and is no part of its name."""
    doc = span.doc
    for t in span:
        if t.text != "," or t.i == span.start:
            continue
        k = t.i + 1
        if k < span.end and doc[k].tag_ in {"APPR", "APPRART"}:
            k += 1  # "in der", "für die"
        if k < span.end and doc[k].tag_ in {"PRELS", "PRELAT"}:
            return strip_span(doc[span.start : t.i])
    return span


def _qualified_by_another(res: Resolution, ctx: Context) -> Resolution:
    """ "Die Hamburger Polizei" after a bare "Polizei" was qualified as "Polizei Hamburg" (with "Hamburger Polizei" as
    an alias): the organisation the model named apart is the one qualified before."""
    cluster = res.cluster
    if cluster is None or cluster.type != "ORG" or cluster.qualified_name is not None:
        return res
    named = [c for c in ctx.clusters if c is not cluster and c.type == "ORG" and c.qualified_name is not None
             and cluster.name in c.aliases]
    if len(named) != 1:
        return res
    return Resolution(named[0].name, named[0], named[0] if res.spokesperson else res.organisation, res.spokesperson)


def _through_cut_name(span, clusters: list[Cluster]):
    """ "Angaben der Gewerkschaft Erziehung" taken from "Nach Angaben der Gewerkschaft Erziehung und Wissenschaft
    (GEW)": a phrase cut inside an organisation's name runs to the name's end."""
    end = max((m.end for c in clusters if c.type == "ORG" for m in c.mentions
               if span.start < m.start < span.end < m.end), default=span.end)
    return span.doc[span.start : end]


def _report_taken_up(span, ctx: Context) -> Resolution | None:
    """ "Dem Bericht zufolge", "laut der Studie", "den Angaben nach": a source noun with the definite article and
    no owner takes up the report of that kind named before ("einem Medienbericht" of the „Manager Magazin“, "einer
    Untersuchung des Geomar"), resolved to its source; kinds of one report are `report_kin` rows."""
    words = [t for t in span if not t.is_space]
    if not 2 <= len(words) <= 3 or words[0].lower_ not in {"dem", "der", "den", "die", "des"} \
            or words[-1].tag_ != "NN" or not all(t.tag_ == "ADJA" for t in words[1:-1]):
        return None
    stem = _report_stem(words[-1].lower_, ctx.data)
    if stem is None:
        return None
    earlier = [entry for entry in ctx.said if entry[0].start < span.start]
    if stem == "angaben":  # "Den Angaben zufolge": what the source just before gave, whatever it was called
        earlier = earlier[-1:]
    for said, _, res in reversed(earlier):
        if said.start >= span.start or res.cluster is not None and res.cluster.type == "PER" or res.spokesperson \
                or res.cluster is None and (not res.name[:1].isupper() or _source_without_owner(res.name, ctx.data)
                                            or _hearsay_group_of(said, ctx.data) is not None):
            continue
        if any(_report_stem(t.lower_, ctx.data) in {stem, *(("bericht", "studie") if stem == "angaben" else ())}
               for t in said if t.tag_ == "NN"):
            return Resolution(res.name, res.cluster, res.organisation)
    return None


def _document_of_statement_before(span, ctx: Context) -> Resolution | None:
    """ "hieß es in der Erklärung", "in der Mitteilung" with the definite article, no owner and no such document
    written before: the document of the statement just before (in this sentence or the one before), resolved to its
    speaker ("Der 43-Jährige hatte die Vorwürfe über seinen Verteidiger zurückweisen lassen. …, hieß es in der
    Erklärung"). Reports, studies and "Angaben" take up their own kind (`_report_taken_up`)."""
    words = [t for t in span if not t.is_space]
    if not 2 <= len(words) <= 3 or words[0].lower_ not in {"dem", "der", "den", "die", "des"} \
            or words[-1].tag_ != "NN" or not all(t.tag_ == "ADJA" for t in words[1:-1]):
        return None
    noun, doc = words[-1], span.doc
    if _report_stem(noun.lower_, ctx.data) is not None \
            or any(t.lemma_ == noun.lemma_ for t in doc[: span.start] if t.tag_ == "NN"):
        return None  # "die Erklärung" of an "Erklärung" written before, whoever gave it
    earlier = [entry for entry in ctx.said if entry[0].start < span.start]
    if not earlier:
        return None
    said, lemma, res = earlier[-1]
    cue = ctx.data.verb_cues.get(lemma)
    if cue is None or cue.stance not in {"deny", "confirm"} and lemma not in ctx.data.words.get("issuing_cue", ()):
        return None  # "Die Opposition kritisierte die Pläne. …, hieß es in der Mitteilung": whose, it does not say
    sents = [s for s in text_sentences(doc) if s.start <= span.start]
    if len(sents) >= 2 and said.start < sents[-2].start or not res.name or res.name[:1].islower() \
            or _source_without_owner(res.name, ctx.data) or _hearsay_group_of(said, ctx.data) is not None:
        return None
    # a person writes no press release of their own: only what they had said through someone ("ließ … zurückweisen")
    person = res.cluster is not None and res.cluster.type == "PER" or res.cluster is None and not res.spokesperson \
        and describe(said, ctx.data).says_something
    if person and not any(t.lemma_ == "lassen" for t in sentence_of(doc, said.start)):
        return None
    return Resolution(res.name, res.cluster, res.organisation)


def _report_stem(word: str, data: LanguageData) -> str | None:
    """ "bericht" of "Medienbericht", "Berichts"; "studie" of "Untersuchung" by the `report_kin` rows."""
    kin = dict(data.pairs("report_kin"))
    for ending, stem in kin.items():
        if word.endswith(ending):
            return stem
    return None


def _member_of_umbrella(span, inside, ctx: Context) -> Cluster | None:
    """ "die UNO-Organisation", "die EU-Agentur": a body of the union the acronym names (`acronym`), written
    with the kind noun of its own name, is the organisation named before with a name ending in that noun, never
    the union itself ("Internationale Arbeitsorganisation (ILO) … heißt es in einem Bericht der UNO-Organisation")."""
    if any(c.type == "PER" for _, c in inside):
        return None
    compounds = [t for t in span if "-" in t.text and t.text[:1].isupper()]
    if len(compounds) != 1:
        return None
    umbrella, _, noun = compounds[0].text.rpartition("-")
    noun = noun.lower()
    full = _acronym_of(umbrella, ctx.data)
    if any(m.start <= compounds[0].i < m.end and c.name not in {compounds[0].text, umbrella, full}
           for m, c in inside):
        return None  # a compound inside an entity's longer name is part of that name
    if full is None or noun not in ctx.data.words.get("generic_org_word", ()) \
            and noun not in ctx.data.words.get("umbrella_member_noun", ()):
        return None
    union = _organisation_of_acronym(umbrella, ctx).cluster
    return _latest_organisation_ending(noun, span, ctx, besides=union)


def _circle_after_place(span, clusters: list[Cluster], data: LanguageData):
    """ "In Helsinki verlautete aus Regierungskreisen, …": the place of the opening "in" phrase is where it was
    heard, not who spoke; the circle ("aus Regierungskreisen") later in the sentence is the source."""
    doc = span.doc
    inside = _clusters_in(span, clusters)
    if span.start == 0 or doc[span.start - 1].lower_ != "in" or len(inside) != 1 or inside[0][1].type != "LOC" \
            or inside[0][0].start != span.start or inside[0][0].end != span.end:
        return None
    sent = sentence_of(doc, span.start)
    groups = tuple(data.words.get("hearsay_group_ending", ()))
    for t in doc[span.end : sent.end]:
        if t._.in_quote:
            return None
        if t.tag_ == "NN" and t.lower_.endswith(groups):
            start = t.i
            while start > span.end and doc[start - 1].tag_ == "ADJA":
                start -= 1
            return doc[start : t.i + 1] if doc[start - 1].lower_ in {"aus", "von"} else None
    return None


def _without_phrasal_age(span, data: LanguageData) -> str:
    """ "Mitangeklagter" of "Ein 24 Jahre alter Mitangeklagter", "Anwohner" of "ein 71 Jahre alter Anwohner": an
    unnamed person is known by the role a phrasal age stands before; a word that only says man or woman ("eine 86
    Jahre alte Frau") keeps it, since the age is then what tells the person apart."""
    words = [t for t in span if not t.is_space]
    if len(words) > 1 and words[0].tag_ == "ART":
        words = words[1:]
    if len(words) >= 4 and words[0].tag_ == "CARD" and words[1].text == "Jahre" and words[2].lower_.startswith("alt") \
            and words[3].tag_ == "NN" and words[3].text[:1].isupper() \
            and words[3].text not in {row.split("=")[0] for row in data.words.get("gender_noun", ())}:
        return span.doc[words[3].i : words[-1].i + 1].text
    return _bare(span)


def _hearsay_group_of(span, data: LanguageData) -> str | None:
    """ "Regierungskreise" of "aus Regierungskreisen", "syrische Regierungskreise" of "syrischen Regierungskreisen":
    a group named by a circle word (hearsay_group_ending) and its adjectives only, in the nominative."""
    groups = tuple(data.words.get("hearsay_group_ending", ()))
    if span[-1].tag_ == "NN" and span[-1].lower_.endswith(groups) and all(t.tag_ == "ADJA" for t in span[:-1]):
        # "verlautete aus Diplomatenkreisen", "unter Berufung auf syrische Regierungskreise"
        return _plural_source_after(span, data) or _nominative_plural(span[-1], data)
    return None


def _phrase_after_genitive_determiner(span, data: LanguageData):
    """ "erklärte deren kulturpolitische Sprecherin Anna Roth" with only "deren" taken as the speaker: the noun phrase
    it opens, when it ends in a name (adjectives, a noun, then capitalised names); else the span as it is."""
    doc = span.doc
    if len(span) != 1 or span[0].lower_ not in data.words.get("genitive_determiner", ()):
        return span
    end = span.end
    while end < len(doc) and doc[end].tag_ == "ADJA":
        end += 1
    if end >= len(doc) or doc[end].tag_ != "NN":
        return span
    end += 1
    names = end
    while names < len(doc) and doc[names].tag_ == "NE":
        names += 1
    # "deren Sprecher Mirko Sänger": a person's name whose word the tagger took for a noun ("Sänger")
    names = max([names] + [e.end for e in doc.ents if e.start == end and e.label_ == "PER"])
    return doc[span.start : names] if names > end else span


def _spokesperson_subject_before(span, ctx: Context):
    """(subject, description) when the pronoun's sentence names nobody before it and the sentence before opens with
    an unnamed spokesperson of the pronoun's gender ("Ein Unternehmenssprecher wollte sich nicht äußern")."""
    doc = span.doc
    gender = pronoun_gender(span[0], ctx.data)
    # ("Eine Sprecherin der Wiener Linien wies die Zahl zurück. „Das ist falsch. Der Kostenrahmen …“, sagte sie": a
    # quotation of several sentences ending in the pronoun belongs to its sentence)
    said = min((c.start for c in ctx.content if c.start < span.start), default=span.start)
    sent = _statement_sentence(span, said)
    before = [s for s in text_sentences(doc) if s.end <= sent.start]
    # a place in what was said ("Man beobachte die Lage in Zentralasien, sagte er") is no one the pronoun may be
    named = [c for m, c in _clusters_in(doc[sent.start : span.start], ctx.clusters)
             if c.type != "LOC" or not ctx.in_content(m[0])]
    if gender is None or not before or named:
        return None
    finite = next((t for t in before[-1] if t.tag_.endswith("FIN")), None)
    if finite is None or finite.i - before[-1].start < 1:
        return None
    subject = strip_span(doc[before[-1].start : finite.i])
    # "Ein Sprecher der Bundespolizei, die für … zuständig ist, bestätigte": a relative clause after the
    # spokesperson says nothing of the role
    subject = _before_relative_clause(subject)
    desc = describe(subject, ctx.data)
    if not desc.spokesperson or desc.gender != gender or _clusters_in(subject, ctx.clusters) and any(
            c.type == "PER" for _, c in _clusters_in(subject, ctx.clusters)):
        return None
    return subject, desc


ATTRIBUTE_TAGS = frozenset({"APPR", "APPRART", "ART", "NE", "NN", "ADJD", "ADV", "CARD", "ADJA"})


def _phrase_after_lone_article(span):
    """ "teilte das im MDax notierte Unternehmen mit" with only "das" taken as the speaker: the noun phrase the
    article opens, through an attribute built on a participle ("im MDax notierte") to its noun; else the span."""
    doc = span.doc
    if len(span) != 1 or span[0].lower_ not in DEFINITE_ARTICLES or span[0].tag_ not in {"ART", "PDS"}:
        return span
    end = span.end
    while end < min(len(doc), span.end + 7) and doc[end].tag_ in ATTRIBUTE_TAGS:
        if doc[end].tag_ == "NN" and doc[end - 1].tag_ == "ADJA":
            return doc[span.start : end + 1]
        end += 1
    return span


ATTACHMENT_TAGS = frozenset({"APPR", "APPRART", "ART", "ADJA", "NN", "NE", "TRUNC", "KON"})
ATTACHMENT_LENGTH = 7  # tokens of a prepositional or genitive attachment the speaker phrase may have left out


def _name_before_its_owner(span, inside) -> Cluster | None:
    """ "die Kommission für Gerechtigkeit und Frieden der katholischen Bischofskonferenz": an organisation's name
    opening the phrase, with a genitive after it that says whose body it is; the named body speaks. Not where a
    country follows ("das Verteidigungsministerium der Ukraine" is a ministry the name alone does not tell)."""
    named = [c for m, c in inside if c.type == "ORG" and m.end < span.end and _described_name(span, m)
             and span.doc[m.end].lower_ in {"der", "des"}
             and not any(o.start >= m.end and other.type == "LOC" for o, other in inside)]
    return named[0] if len(named) == 1 else None


def _person_apposed_after(span, desc, ctx: Context) -> Cluster | None:
    """The person named in apposition right after a definite description taken as the speaker ("der Sprecher des
    Innenministeriums in Damaskus, Samir Haddad, …"; "die Leiterin der Archäologie beim Landesamt, Eva Roth, …"):
    an attachment the phrase left out may come between (a preposition, then nouns, names, articles and
    adjectives only, no verb); the name stands between commas or ends the sentence."""
    doc = span.doc
    if not (desc.spokesperson or desc.role) or span[0].lower_ not in DEFINITE_ARTICLES:
        return None
    i = span.end
    if i < len(doc) and doc[i].tag_ in {"APPR", "APPRART"}:
        limit = min(len(doc), i + ATTACHMENT_LENGTH)
        while i < limit and doc[i].tag_ in ATTACHMENT_TAGS:
            i += 1
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].tag_ in {"NE", "NN"}:
        i += 3  # "die Direktorin des Instituts zur Qualitätsentwicklung im Bildungswesen (IQB), Petra Strauch"
    if i >= len(doc) or doc[i].text != ",":
        return None
    for m, c in _clusters_in(doc[i + 1 : min(len(doc), i + 6)], ctx.clusters):
        if m.start == i + 1 and c.type == "PER" and m.end < len(doc) and doc[m.end].text in {",", "."}:
            return c
    return None
