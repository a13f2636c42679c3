"""Unnamed spokespeople ("ein Konzernsprecher", "eine Sprecherin des Innenministeriums") speak for their
organisation: the one named in the phrase or the compound, or the one speaking nearby."""

from __future__ import annotations

from spacy.tokens import Span

from whosaid.components.descriptions import Description, describe
from whosaid.components.entities import ACRONYM, Cluster, abbreviates
from whosaid.components.phrases import text_sentences
from whosaid.components.speakers.context import (
    DEFINITE_ARTICLES,
    Context,
    Resolution,
    _bare,
    _capitals,
    _clusters_in,
    _country_adjectives,
    _nominative_name,
    _spoke_in_sentence_or_one_before,
)
from whosaid.components.speakers.naming import qualify_institution
from whosaid.components.speakers.organisations import (
    _acronym_of,
    _company_named_bare_in_lead,
    _compound_of_noun_before,
    _home_club,
    _is_outlet,
    _kinds_of,
    _latest_organisation_ending,
    _latest_outlet,
    _office_of_possessor,
    _org_kinds,
    _organisation_named,
    _organisation_named_just_before,
    _organisation_noun,
    _organisation_of_acronym,
    _spoken_for_before,
    _unnamed_body_spoke_just_before,
    spoke_just_before,
    town_administration,
)
from whosaid.components.speakers.people import _described_person
from whosaid.lang import LanguageData


def _resolve_spokesperson(
    span: Span, desc: Description, organisations: list[Cluster], inside: list[tuple[Span, Cluster]], ctx: Context
) -> Resolution:
    """ "Eine Sprecherin des Innenministeriums", "ein Bahn-Sprecher", "der Sprecher": the organisation spoken for.
    A spokesperson of a person ("Merkels Sprecher", "ein Sprecher von X") stays a described speaker."""
    if any(c.type == "PER" for _, c in inside) or (span.start > 0 and _possessor_name(span)):
        return Resolution(_bare(span))
    possessed = _possessed_office(span)
    if possessed is not None:
        # "Eine Sprecherin ihres Ministeriums" after "Bundesgesundheitsministerin Nina Scharf": the office the person
        # holds, or no one (never an organisation that merely stands nearby)
        office = _office_of_possessor(possessed, ctx)
        if office is None:
            return Resolution(_bare(span))
        return Resolution(office.name, office.cluster, office.cluster, spokesperson=office.cluster is not None)
    apposed = _spokesperson_named_in_apposition(span, desc, ctx)
    if apposed is not None:  # "…, vermutete der Sprecher" after "sagte der Sprecher des Ministeriums, Mohsen Dschalali"
        return Resolution(apposed.name, apposed)
    attached = _attachment(span, ctx.data)  # "für" inside it names the office spoken for, no policy field
    head = span if attached is None else span.doc[span.start : attached.start]
    if any(t.lower_ == "für" for t in head) or any(  # "der Sprecher für Innere Sicherheit": a party's policy role
            t.tag_ == "ADJA" and t.lower_.startswith(tuple(ctx.data.words.get("policy_adjective", ()))) for t in span):
        person = _described_person(span, desc, ctx)  # "die innenpolitische Sprecherin der Grünen-Fraktion"
        return Resolution(person.name, person) if person is not None else Resolution(_bare(span))
    # "Ein UN-Sprecher in Kabul": the place where the spokesperson is is not whom they speak for
    organisations = [c for c in organisations if not any(
        m.start > span.start and span.doc[m.start - 1].lower_ == "in" for m, c2 in inside if c2 is c)]
    org: Cluster | None = organisations[0] if organisations else None
    if org is not None and org.name in ctx.data.org_nouns:
        # "eine Sprecherin der Kasse" after "die AOK Nordwest": a bare noun describes the organisation named before
        described = _latest_organisation_ending(org.name.lower(), span, ctx, besides=org)
        if described is None and org.name in ctx.data.words.get("outlet_noun", ()):
            outlet = _latest_outlet(span, ctx)  # "eine Sprecherin des Senders" after "Der NDR blieb dabei"
            described = outlet if outlet is not org else None
        if described is None:
            of_kind = _last_speaker_of_kind(org.name, span, ctx)  # "Eine Sprecherin der Behörde" after the Beauftragte
            if of_kind is not None:
                return of_kind
            # "Ein Sprecher des Ministeriums" after "Das Bundesinnenministerium plant …", which no entity holds
            described = _compound_of_noun_before(org.name, span, ctx, besides=org)
        org = described or org
    generic = ctx.data.words.get("generic_org_word", frozenset())
    if org is None and attached is not None:
        name = _adjectival_nominative(_nominative_name(attached), attached, ctx)  # "der Bundestagsverwaltung"
        # "Eine Sprecherin des Amtes" after "des Umweltamts": the organisation named before with that ending
        described = _latest_organisation_ending(name.lower(), span, ctx) if " " not in name else None
        if described is None and " " not in name and name.lower().endswith(tuple(generic)):
            # "ein Sprecher des Automobilclubs" after "Der ADAC forderte …": a kind of organisation just named
            described = _organisation_named_just_before(span, ctx, ctx.data.words.get("party", frozenset()))
        if described is None:
            # … or a source resolved before to no entity ("laut einer Mitteilung des Umweltamts")
            earlier = [n for n in ctx.names if " " not in name and n.lower().endswith(name.lower()) and n != name]
            if earlier:
                return Resolution(earlier[-1])
            # "Die Berliner Datenschutzbeauftragte kündigte eine Prüfung an. Eine Sprecherin der Behörde sagte, …"
            of_kind = _last_speaker_of_kind(name, span, ctx)
            if of_kind is not None:
                return of_kind
            described = _compound_of_noun_before(name, span, ctx) if " " not in name else None
            if described is None:
                return Resolution(name)
        org = described
    written = _written_org_word(span, desc.org_word) if desc.org_word else None
    if org is None and written is not None and _acronym_of(written, ctx.data) is not None:
        resolved = _organisation_of_acronym(written, ctx)  # "ein UN-Sprecher"
        return Resolution(resolved.name, resolved.cluster, resolved.cluster, spokesperson=resolved.cluster is not None)
    capital = _capital_after_spokesperson(span, ctx) if org is None and desc.org_word else None
    if capital is not None and desc.org_word.capitalize() in ctx.data.words.get("national_institution", ()):
        # "Ein Regierungssprecher in Jerusalem": the government of that capital's country, not one named before
        return qualify_institution(span, Resolution(desc.org_word.capitalize(), spokesperson=True), ctx)
    if org is None and desc.org_word and desc.org_word not in generic:
        national = _national_subject_just_before(span, desc.org_word, ctx)
        if national is not None:  # "Die israelische Armee stellte das anders dar. …, teilte ein Armeesprecher mit"
            return national
        org = _organisation_named(desc.org_word, span, ctx) or _organisation_abbreviated(written, ctx) \
            or _compound_of_noun_before(desc.org_word, span, ctx)  # "ein Ministeriumssprecher": the ministry
        if org is None:  # "ein Polizeisprecher", "ein Lufthansa-Sprecher" with no such organisation found
            return Resolution(_written_org_word(span, desc.org_word))
    if org is None and not desc.org_word:
        institution = _institution_opening_clause(span, ctx)
        if institution is not None:  # "Am Hamburger Flughafen blieb es nach Angaben eines Sprechers ruhig"
            return institution
    if org is None:
        org = _organisation_speaking_nearby(span, ctx)
        opener = _subject_of_sentence_just_before(span, ctx) if org is None and not desc.org_word else None
        if opener is not None and opener.type == "PER":
            return Resolution(_bare(span))  # "Halvorsen äußerte sich nicht. Ein Sprecher …": the person's, if any
        if org is None and desc.org_word in ctx.data.words.get("home_org_word", ()):
            org = _home_club(span, ctx)  # "Ein Vereinssprecher" in a report from Mainz: the FSV Mainz 05
        org = org or _spoken_for_by_same_word(span, desc, ctx) or _spoken_for_before(span, ctx)
        if org is not None and desc.org_word in generic and not _may_be_of_kind(org, desc.org_word, ctx):
            org = _only_of_kind(desc.org_word, span, ctx)  # "Eine Konzernsprecherin" after "Gewerkschaftsangaben"
        if org is None and desc.org_word in generic:
            org = _company_named_bare_in_lead(desc.org_word, span, ctx)  # "Roche hat … dementiert"
    if org is None and not desc.org_word and _unnamed_body_spoke_just_before(span, ctx):
        # "Die EU-Vertretung in Tiflis forderte eine Untersuchung. …, erklärte ein Sprecher": the body that spoke just
        # before, known by no entity, speaks through its spokesperson
        body = spoke_just_before(span, ctx)
        return Resolution(body[1].name, spokesperson=True) if body is not None else Resolution(_bare(span))
    if org is None:
        return Resolution(_bare(span))
    if org.type == "LOC":
        # "Eine Sprecherin der Stadt Kassel": the town's administration, not the place
        mention = next((m for m, c in inside if c is org), None)
        org = (town_administration(mention, span, ctx.clusters, ctx.data) if mention is not None else None) or org
    return Resolution(org.name, org, org, spokesperson=True)


def _national_subject_just_before(span: Span, word: str, ctx: Context) -> Resolution | None:
    """The institution of "ein Armeesprecher" when the sentence before opens with it under its country's adjective
    ("Die israelische Armee stellte den Vorfall anders dar"), qualified by that country: not the other country's
    army the article named first."""
    doc = span.doc
    sents = [s for s in text_sentences(doc) if s.start <= span.start]
    if len(sents) < 2:
        return None
    prev = sents[-2]
    finite = next((t for t in prev if t.tag_.endswith("FIN")), None)
    if finite is None:
        return None
    words = [t for t in doc[prev.start : finite.i] if not t.is_space]
    if len(words) < 3 or words[0].lower_ not in DEFINITE_ARTICLES or words[-1].tag_ != "NN" \
            or not words[-1].lower_.endswith(word) or not all(t.tag_ == "ADJA" for t in words[1:-1]) \
            or not _country_adjectives(words[1:-1]):
        return None
    subject = doc[words[0].i : words[-1].i + 1]
    res = qualify_institution(subject, Resolution(words[-1].text), ctx)
    if res.cluster is None:
        return None
    return Resolution(res.name, res.cluster, res.cluster, spokesperson=True)


def _adjectival_nominative(name: str, attached: Span, ctx: Context) -> str:
    """ "Bundesdatenschutzbeauftragter" of "des Bundesdatenschutzbeauftragten": an office named by a noun declined
    as an adjective (`adjectival_org_noun`) takes the strong nominative ending as a name."""
    words = [t for t in attached if not t.is_space]
    nouns = tuple(f"{n}n" for n in ctx.data.words.get("adjectival_org_noun", ()))
    if len(words) < 2 or words[0].lower_ not in {"des", "der"} or not name.startswith(words[1].text) \
            or not words[1].lower_.endswith(nouns):
        return name
    # "des Beauftragten für Menschenrechte" -> "Beauftragter …", "der Landesbeauftragten …" -> "Landesbeauftragte …"
    noun = words[1].text[:-1] + ("r" if words[0].lower_ == "des" else "")
    return noun + name[len(words[1].text):]


def _spoken_for_by_same_word(span: Span, desc: Description, ctx: Context) -> Cluster | None:
    """ "Ein Konzernsprecher bestätigte … Ein Sprecher der Stadt Ludwigshafen sagte … Der Konzernsprecher erklärte":
    the organisation the last spokesperson written with the same kind of organisation (`generic_org_word`) spoke
    for, not the one the spokesperson of another kind spoke for in between."""
    if desc.org_word not in ctx.data.words.get("generic_org_word", frozenset()):
        return None
    for speaker, _, res in reversed(ctx.said):
        if speaker.start < span.start and res.spokesperson and res.cluster is not None \
                and describe(speaker, ctx.data).org_word == desc.org_word:
            return res.cluster
    return None


def _may_be_of_kind(org: Cluster, word: str, ctx: Context) -> bool:
    """Whether a "Konzernsprecherin" may speak for `org`: not when its name says it is of another kind only
    (`generic_org_kind`: a union is no company)."""
    kinds = _kinds_of(org, ctx.data)
    return word not in _org_kinds(ctx.data) or not kinds or word in kinds


def _only_of_kind(word: str, span: Span, ctx: Context) -> Cluster | None:
    """The one organisation named before `span` whose name says it is of the kind `word` describes."""
    named = [c for c in ctx.clusters if c.type == "ORG" and word in _kinds_of(c, ctx.data)
             and any(m.start < span.start for m in c.mentions)]
    return named[0] if len(named) == 1 else None


def _organisation_speaking_nearby(span: Span, ctx: Context) -> Cluster | None:
    """The organisation a bare "eine Sprecherin" speaks for when the passage says: the one organisation that opens
    its sentence outside quotes ("Das BAG nahm die Ergebnisse zur Kenntnis, wie eine Sprecherin sagte"), else the
    organisation the statement just before, in this sentence or the one before, was resolved to ("Das
    US-Außenministerium rief zur Zurückhaltung auf. …, sagte eine Sprecherin"). A medium is never spoken for."""
    doc = span.doc
    sents = [s for s in text_sentences(doc) if s.start <= span.start]
    if not sents:
        return None
    here = sents[-1]
    finite = next((t for t in doc[here.start : span.start] if t.tag_.endswith("FIN") and not t._.in_quote), None)
    if finite is not None:
        opening = doc[here.start : finite.i]
        opened = {id(c): c for m, c in _clusters_in(opening, ctx.clusters) if not m[0]._.in_quote}
        org = next(iter(opened.values())) if len(opened) == 1 else None
        if org is not None and org.type == "ORG" and not _is_outlet(org, ctx):
            return org
        described = _described_subject(opening, ctx) if not opened else None
        if described is not None and not _is_outlet(described, ctx, reported=False):
            return described  # "Die Staatsanwaltschaft prüft nach Angaben eines Sprechers, …", though it accused before
    if ctx.last is not None and len(sents) >= 2:
        speaker, res = ctx.last
        org = res.cluster
        if org is not None and org.type == "ORG" and not res.spokesperson and speaker.start >= sents[-2].start \
                and not _is_outlet(org, ctx):
            return org
    opener = _subject_of_sentence_just_before(span, ctx)
    if opener is not None and opener.type == "ORG" and not _is_outlet(opener, ctx):
        return opener
    return None


def _subject_of_sentence_just_before(span: Span, ctx: Context) -> Cluster | None:
    """ "Halvorsen äußerte sich nicht zu dem Dementi. Ein Sprecher verwies auf …": the one entity that opens the
    sentence just before as its subject (before its finite verb, outside quotes), when the spokesperson opens
    its own sentence or follows the cue after what it said with no one named before it ("Das UN-Büro … (OCHA) zeigte
    sich besorgt. Seit Januar seien …, sagte eine Sprecherin")."""
    doc = span.doc
    sents = [s for s in text_sentences(doc) if s.start <= span.start]
    if len(sents) < 2:
        return None
    if span.start != sents[-1].start and any(c.type in {"ORG", "PER"} for _, c in
                                             _clusters_in(doc[sents[-1].start : span.start], ctx.clusters)):
        return None
    prev = sents[-2]
    finite = next((t for t in prev if t.tag_.endswith("FIN") and not t._.in_quote), None)
    if finite is None or finite.i == prev.start:
        return None
    opening = doc[prev.start : finite.i]
    acronym = _bracketed_acronym_closing(opening)
    if acronym is not None:
        # "Das UN-Büro zur Koordinierung humanitärer Hilfe (OCHA)": the acronym names the whole subject
        opening = acronym
    elif any(t.tag_ in {"APPR", "APPRART", "$,"} or t._.in_quote for t in opening):
        return None
    opened = {id(c): c for _, c in _clusters_in(opening, ctx.clusters)}
    return next(iter(opened.values())) if len(opened) == 1 else None


def _bracketed_acronym_closing(opening: Span) -> Span | None:
    """ "OCHA" of a subject that opens with a definite article and closes with its acronym in brackets ("Das UN-Büro
    zur Koordinierung humanitärer Hilfe (OCHA)")."""
    words = [t for t in opening if not t.is_space]
    if len(words) < 5 or words[0].lower_ not in DEFINITE_ARTICLES or words[-1].text != ")" or words[-3].text != "(" \
            or not ACRONYM.match(words[-2].text):
        return None
    return opening.doc[words[-2].i : words[-2].i + 1]


def _spokesperson_named_in_apposition(span: Span, desc: Description, ctx: Context) -> Cluster | None:
    """The person who spoke last, in this sentence or the one before, for a bare definite "der Sprecher" of their
    gender, when the article named them in apposition to a spokesperson phrase ("der Sprecher des iranischen
    Ölministeriums, Mohsen Dschalali,"): the same spokesperson again, not the organisation."""
    words = [t for t in span if not t.is_space]
    if len(words) != 2 or words[0].lower_ not in DEFINITE_ARTICLES or words[1].lower_ not in {"sprecher", "sprecherin"} \
            or ctx.last is None:
        return None
    speaker, res = ctx.last
    sents = [s for s in text_sentences(span.doc) if s.start <= span.start]
    person = res.cluster
    if person is None or person.type != "PER" or not sents or speaker.start < sents[max(0, len(sents) - 2)].start:
        return None
    doc = span.doc
    for m in person.mentions:
        if m.start < 2 or doc[m.start - 1].text != ",":
            continue
        before = doc[max(0, m.start - 9) : m.start - 1]
        # "der Sprecher des iranischen Ölministeriums, Mohsen Dschalali": the role opens the phrase before the comma
        role = next((t for t in reversed(before) if t.lower_ == words[1].lower_ and t.i > 0
                     and doc[t.i - 1].lower_ in DEFINITE_ARTICLES), None)
        if role is not None and not any(t.text in {",", ".", "„", "“", "»", "«"} or t.tag_.startswith("V")
                                        for t in doc[role.i + 1 : m.start - 1]):
            return person
    return None


def _institution_opening_clause(span: Span, ctx: Context) -> Resolution | None:
    """The institution that the clause of an unnamed spokesperson opens with by its word alone, as its subject or
    where it happened ("Am Hamburger Flughafen blieb es nach Angaben eines Sprechers ruhig"), where no entity is
    named there: that institution, qualified by its place, rather than whoever spoke before."""
    doc = span.doc
    sent = next((s for s in text_sentences(doc) if s.start <= span.start < s.end), None)
    if sent is None:
        return None
    finite = next((t for t in doc[sent.start : span.start] if t.tag_.endswith("FIN") and not t._.in_quote), None)
    if finite is None:
        return None
    opening = doc[sent.start : finite.i]
    words = [t for t in opening if not t.is_space]
    if words and words[0].tag_ in {"APPR", "APPRART", "ART"}:
        words = words[1:]
    if words and words[0].tag_ == "ART":
        words = words[1:]
    institutions = {w for key in ("local_institution", "national_institution") for w in ctx.data.words.get(key, ())}
    if not words or words[-1].text not in institutions or not all(t.tag_ == "ADJA" for t in words[:-1]) \
            or any(c.type != "LOC" for _, c in _clusters_in(opening, ctx.clusters)):
        return None  # "Am Hamburger Flughafen", which the model may take for a place, names the airport
    res = qualify_institution(opening, Resolution(words[-1].text, spokesperson=True), ctx)
    return res if res.cluster is not None else None


def _described_subject(opening: Span, ctx: Context) -> Cluster | None:
    """The organisation named before that a subject made of a definite article, adjectives and an organisation noun
    describes ("Die Staatsanwaltschaft" after "die Staatsanwaltschaft Oldenburg"): its noun ends its name."""
    words = [t for t in opening if not t.is_space]
    if len(words) < 2 or words[0].lower_ not in DEFINITE_ARTICLES or words[-1].tag_ != "NN" \
            or not all(t.tag_ == "ADJA" for t in words[1:-1]) or not _organisation_noun(words[-1].text, ctx.data):
        return None
    return _latest_organisation_ending(words[-1].lower_, opening, ctx)


def _possessed_office(span: Span) -> Span | None:
    """ "ihres Ministeriums" of "eine Sprecherin ihres Ministeriums": a possessive and its noun closing the phrase."""
    words = [t for t in span if not t.is_space]
    if len(words) >= 3 and words[-2].tag_ == "PPOSAT" and words[-1].tag_ == "NN":
        return span.doc[words[-2].i : words[-1].i + 1]
    return None


def _attachment(span: Span, data: LanguageData) -> Span | None:
    """ "der Bundestagsverwaltung" of "die Sprecherin der Bundestagsverwaltung"; "des UN-Menschenrechtsbüros" of "ein
    Sprecher des UN-Menschenrechtsbüros in Genf": the seat is no part of the name, but for a body that a country has
    in many places (`country_body`: "der US-Botschaft in Bogotá", "der Polizei in Genf")."""
    words = [t for t in span if not t.is_space]
    seated = tuple(w.lower() for w in data.words.get("country_body", ()))
    if len(words) >= 4 and words[-2].lower_ == "in" and words[-1].tag_ == "NE" \
            and not words[-3].lower_.endswith(seated):
        words = words[:-2]
    k = next((n for n, t in enumerate(words[1:], 1) if t.lower_ in {"des", "der", "von", "vom"}), None)
    if k is None or k + 1 >= len(words):
        return None
    start = words[k + 1].i if words[k].lower_ in {"von", "vom"} else words[k].i
    return span.doc[start : words[-1].i + 1]


def _capital_after_spokesperson(span: Span, ctx: Context) -> str | None:
    """ "Jerusalem" of "Ein Regierungssprecher in Jerusalem": a capital (`capital`) right after "in" in the phrase."""
    words = [t for t in span if not t.is_space]
    capitals = _capitals(ctx.data)
    return next((b.text for a, b in zip(words, words[1:]) if a.lower_ == "in" and b.text in capitals), None)


def _organisation_abbreviated(written: str | None, ctx: Context) -> Cluster | None:
    """ "Austrian Airlines" of "eine AUA-Sprecherin": the one organisation of the article whose name the acronym
    abbreviates (the model may have typed it as a place)."""
    if written is None or not ACRONYM.match(written):
        return None
    named = {id(c): c for c in ctx.clusters if c.type in {"ORG", "LOC"} and abbreviates(written, c.name)}
    return next(iter(named.values())) if len(named) == 1 else None


def _written_org_word(span: Span, org_word: str) -> str:
    """ "Lufthansa" of "Lufthansa-Sprecher", "Polizei" of "Polizeisprecherin", as written."""
    for t in span:
        if t.text.lower().startswith(org_word):
            return t.text[: len(org_word)].rstrip("-")
    return org_word.capitalize()


def _possessor_name(span: Span) -> bool:
    first = span[0]
    return first.tag_ == "NE" and first.text.endswith("s")  # "Merkels Sprecher"


def _last_speaker_of_kind(word: str, span: Span, ctx: Context) -> Resolution | None:
    """The speaker of the statement just before, in this sentence or the one before, when it is no person and is
    named like the kind of organisation `word` describes ("die Berliner Datenschutzbeauftragte" for "der Behörde")."""
    parts = _org_kinds(ctx.data).get(word.lower(), ())
    sents = [s for s in text_sentences(span.doc) if s.start <= span.start]
    if not parts or ctx.last is None or len(sents) < 2:
        return None
    speaker, res = ctx.last
    if speaker.start < sents[-2].start or (res.cluster is not None and res.cluster.type == "PER"):
        return None
    if not res.name.lower().split()[-1].endswith(parts):
        return None
    # the spokesperson speaks for it, and is no name of it
    return Resolution(res.name, res.cluster, res.cluster, spokesperson=True) if res.cluster is not None else res


def _spokesperson_described_by_role(span: Span, desc: Description, ctx: Context) -> Resolution | None:
    """ "Ein Sprecher der IG Metall sagte, … Der Gewerkschafter verwies auf …": a definite role that an unnamed
    spokesperson who spoke in this sentence or the one before holds by the kind of their organisation
    (`role_org_kind`: gewerkschafter -> gewerkschaft) is that spokesperson, speaking for it, before anyone named
    earlier with the role (the Betriebsratschef three paragraphs up)."""
    kinds = set(ctx.data.rights("role_org_kind", desc.role)) if desc.role else set()
    if not kinds or span[0].lower_ not in DEFINITE_ARTICLES or ctx.last is None:
        return None
    said, before = ctx.last
    org = before.cluster
    if not before.spokesperson or org is None or org.type != "ORG" or not kinds & _kinds_of(org, ctx.data):
        return None
    if not _spoke_in_sentence_or_one_before(span, said):
        return None
    return Resolution(org.name, org, org, spokesperson=True)

