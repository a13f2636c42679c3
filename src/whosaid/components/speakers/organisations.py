"""Which organisation a mention means: generic words of a kind ("die Behörde", "der Verein"), outlets, acronyms,
parties of a group, an organisation named before its leader or member, the one that spoke last."""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from whosaid.components.descriptions import Profile, describe
from whosaid.components.entities import ACRONYM, Cluster, _org_head, abbreviates, add_nominatives
from whosaid.components.phrases import QUOTE_MARKS, strip_span, text_sentences
from whosaid.components.speakers.context import (
    ARTICLES,
    DEFINITE_ARTICLES,
    Context,
    Resolution,
    _apposed_noun,
    _capitals,
    _clusters_in,
    _country_adjectives,
    _dateline_place,
    _headline_end,
    _is_role,
    _nominative_name,
    _occurrences,
    _of_countries,
    _only_in_dateline,
    _transliterated,
    _without_genitive,
)
from whosaid.lang import LanguageData

LEADER_PREPOSITIONS = frozenset({"von", "vom", "unter"})


def _organisation_before_its_leader(span: Span, clusters: list[Cluster], data: LanguageData) -> Span | None:
    """ "Die Armee von General Abdel Fattah al-Burhan", "Die RSF unter Mohamed Hamdan Daglo": an organisation (a
    name or an organisation noun) followed by its leader is the organisation: the phrase before "von"/"unter"."""
    words = [t for t in span if not t.is_space]
    k = next((n for n, t in enumerate(words) if t.lower_ in LEADER_PREPOSITIONS), None)
    if k is None or k < 1 or k + 1 >= len(words) or words[k - 1].tag_ not in {"NN", "NE"} \
            or not all(t.tag_ in {"ART", "ADJA"} for t in words[: k - 1]):
        return None
    head = words[k - 1]
    organisation = any(head.text.endswith(noun) for noun in data.org_nouns if len(noun) >= 4) or any(
        c.type == "ORG" and m.start <= head.i < m.end for c in clusters for m in c.mentions)
    j = k + 1
    chair = data.words.get("chair_noun", ())
    if j < len(words) and words[j].tag_ == "ART":
        j += 1
    chaired = j + 1 < len(words) and words[k].lower_ == "unter" and words[j].text in chair \
        and words[j + 1].lower_ in {"von", "des", "der"}
    # "Der Schöffensenat unter Vorsitz von Richterin X": whatever body is chaired so speaks, not its chair
    organisation, j = (True, j + 2) if chaired else (organisation, k + 1)
    while j < len(words) and words[j].tag_ == "NN" and (chaired or _is_role(words[j], data)):
        j += 1  # a title: "General", "Präsident", "(des) Biologen"
    person = j < len(words) and any(c.type == "PER" and m.start == words[j].i for c in clusters for m in c.mentions)
    return span.doc[span.start : words[k].i] if organisation and person else None


def town_administration(mention: Span, span: Span, clusters: list[Cluster], data: LanguageData) -> Cluster | None:
    """ "die Stadt Greven", "einer Sprecherin der Stadt Kassel": a place named after a word of a local institution
    (`local_institution`) inside a speaker's phrase is that institution of the place, an organisation ("Stadt
    Kassel"), added to the clusters once."""
    word = span.doc[mention.start - 1] if mention.start > span.start else None
    if word is None or word.text not in data.words.get("local_institution", ()):
        return None
    phrase = span.doc[word.i : mention.end]
    town = next((c for c in clusters if c.type == "ORG" and c.name == phrase.text), None)
    if town is None:
        town = Cluster(type="ORG", mentions=[phrase])
        clusters.append(town)
    elif not any(m.start == phrase.start for m in town.mentions):
        town.mentions.append(phrase)
    return town


def _organisation_of_place(span: Span, inside: list[tuple[Span, Cluster]], data: LanguageData) -> str | None:
    """ "Flüchtlingsrat Niedersachsen" of "Der Flüchtlingsrat Niedersachsen", where only the place is an entity: an
    organisation noun (`org_nouns`, also ending a compound) before a place that ends the phrase names the organisation
    of that place, never the place; not an institution that is named by its place anyway ("die Polizei Köln")."""
    words = [t for t in span if not t.is_space]
    if words and words[0].lower_ in ARTICLES:
        words = words[1:]
    if len(inside) != 1 or inside[0][1].type != "LOC" or len(words) < 2:
        return None
    place = inside[0][0]
    k = next((n for n, t in enumerate(words) if t.i == place.start), None)
    if k is None or k == 0 or place.end != words[-1].i + 1 or not all(t.tag_ == "ADJA" for t in words[: k - 1]):
        return None
    noun = words[k - 1]
    institutions = {w.lower() for key in ("local_institution", "state_institution", "land_institution",
                                          "national_institution") for w in data.words.get(key, ())}
    if noun.tag_ != "NN" or not noun.text[:1].isupper() or noun.lower_ in institutions \
            or not any(noun.lower_.endswith(n.lower()) and len(noun.text) > len(n) for n in data.org_nouns):
        return None
    return span.doc[noun.i : place.end].text


ORDINAL_STEMS = ("erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt", "elft")


def _court_of_unit(span: Span, inside: list[tuple[Span, Cluster]], ctx: Context) -> Resolution | None:
    """ "entschied der Zweite Senat", "die 3. Strafkammer": a panel of a court (`court_unit`) speaks for the court
    named before; a bare "Senat" or "Kammer" only with its number (a city's "Senat" is its government)."""
    words = [t for t in span if not t.is_space]
    if words and words[0].lower_ in ARTICLES:
        words = words[1:]
    units = ctx.data.words.get("court_unit", frozenset())
    if not words or words[-1].lower_ not in units or any(c.type != "ORG" for _, c in inside) \
            or not all(t.tag_ in {"ADJA", "CARD"} or re.fullmatch(r"\d+\.", t.text) for t in words[:-1]):
        return None
    numbered = any(t.tag_ == "CARD" or t.text[:-1].isdigit() or t.lower_.startswith(ORDINAL_STEMS) for t in words[:-1])
    if words[-1].lower_ in {"senat", "senats", "kammer"} and not numbered:
        return None
    court = _latest_organisation_ending("gericht", span, ctx)
    return Resolution(court.name, court) if court is not None else None


def _organisation_of_initials(span: Span, inside: list[tuple[Span, Cluster]], ctx: Context) -> Resolution | None:
    """ "Der HR hatte berichtet" after "einen Bericht des Hessischen Rundfunks": an acronym alone, no entity, is the
    one organisation named before whose name's words it abbreviates."""
    words = [t for t in span if not t.is_space]
    if words and words[0].lower_ in ARTICLES:
        words = words[1:]
    if inside or len(words) != 1 or not ACRONYM.match(words[0].text):
        return None
    named = {id(c): c for c in ctx.clusters if c.type == "ORG" and any(m.start < span.start for m in c.mentions)
             and abbreviates(words[0].text, c.name)}
    if len(named) != 1:
        return None
    org = next(iter(named.values()))
    return Resolution(org.name, org)


def _prosecution_of_charge(span: Span, ctx: Context) -> Resolution | None:
    """ "Laut Anklage", "Die Anklage wirft ihm vor": the charge, named by nobody after it, speaks for the prosecution
    (`prosecution_word`), the one named before or else the bare institution, which takes its place by the court's."""
    words = [t for t in span if not t.is_space]
    if len(words) == 3 and words[0].text in ctx.data.words.get("report_noun", ()) and words[1].lower_ in {"der", "des"}:
        words = words[2:]  # "nach Angaben der Anklagebehörde": the source noun's owner speaks
    if words and words[0].lower_ in ARTICLES:
        words = words[1:]
    if len(words) != 1 or words[0].lower_ not in ctx.data.words.get("prosecution_word", ()):
        return None
    named = _latest_organisation_ending("staatsanwaltschaft", span, ctx)
    return Resolution(named.name, named) if named is not None else Resolution("Staatsanwaltschaft")


def _organisation_of_body(span: Span, inside: list[tuple[Span, Cluster]], ctx: Context) -> Resolution | None:
    """ "Die Festspielleitung" after "bei den Bayreuther Festspielen", "die Klinikleitung": a compound of a word for the
    body that leads an organisation (`organisation_body`) speaks for the organisation named before whose name holds
    its first part, as "ein Festspielsprecher" does."""
    words = [t for t in span if not t.is_space]
    if words and words[0].lower_ in ARTICLES:
        words = words[1:]
    if inside or len(words) != 1 or words[0].tag_ != "NN":
        return None
    head = words[0].lower_
    body = next((b for b in ctx.data.words.get("organisation_body", ()) if head.endswith(b) and len(head) > len(b) + 3),
                None)
    if body is None:
        return None
    stem = head[: -len(body)].rstrip("-")
    org = _organisation_named(stem, span, ctx)
    return Resolution(org.name, org) if org is not None else None


def _organisation_of_its_body(span: Span, inside: list[tuple[Span, Cluster]], data: LanguageData) -> Cluster | None:
    """ "Die Chefredaktion der LVZ", "die Geschäftsführung des Klinikums Wendeburg", "die Konzernspitze von Altrona":
    the body that leads an organisation or a medium (a word ending in `organisation_body` or `outlet_body`), with the
    organisation's name after it in the genitive or after "von", speaks for that organisation."""
    words = [t for t in span if not t.is_space and not t.is_quote]
    if words and words[0].lower_ in ARTICLES:
        words = words[1:]
    if len(words) < 3 or words[0].tag_ != "NN" or words[1].lower_ not in {"des", "der", "von", "vom"} \
            or len(inside) != 1 or inside[0][1].type != "ORG":
        return None
    head = words[0].lower_
    bodies = (*data.words.get("organisation_body", ()), *data.words.get("outlet_body", ()))
    if not head.endswith(bodies):
        return None
    mention, org = inside[0]
    rest = words[2:]
    if rest and rest[0].tag_ == "ART":
        rest = rest[1:]  # "von der Stiftung Warentest"
    return org if rest and mention.start == rest[0].i and mention.end == rest[-1].i + 1 else None


def _person_advised(span: Span, inside: list[tuple[Span, Cluster]], data: LanguageData) -> Span | None:
    """ "Ein Berater Dagalos", "eine Vertraute Putins": a role noun and a name in the genitive after it, the person
    whose adviser speaks. Returns the name."""
    words = [t for t in span if not t.is_space]
    if len(words) < 2 or words[0].lower_ not in data.words.get("indefinite_article", ()):
        return None
    role = next((n for n, t in enumerate(words) if t.tag_ == "NN"), None)
    if role is None or role + 1 >= len(words) or not _is_role(words[role], data):
        return None
    name = words[role + 1]
    person = next((m for m, c in inside if c.type == "PER" and m.start == name.i), None)
    if person is None or not person.text.endswith("s") or person.end != words[-1].i + 1:
        return None
    return person


def _organisation_led_by(name: Span, span: Span, ctx: Context) -> Cluster | None:
    """The organisation the article names before `span` with this person as its leader ("Die RSF unter Mohamed
    Hamdan Daglo"), the name compared without its genitive -s and across transliterations ("Dagalos")."""
    wanted = _transliterated(name.text.removesuffix("s"), ctx.data)
    for c in ctx.clusters:
        if c.type != "ORG":
            continue
        for m in c.mentions:
            if m.start >= span.start:
                continue
            after = strip_span(m.doc[m.start : min(len(m.doc), m.end + 8)])
            led = _organisation_before_its_leader(m.doc[m.start - 1 if m.start else 0 : after.end], ctx.clusters,
                                                  ctx.data)
            if led is None:
                continue
            leader = next((pm for pc in ctx.clusters if pc.type == "PER" for pm in pc.mentions
                           if led.end < pm.start < after.end), None)
            if leader is not None and _similar_names(_transliterated(leader.text.split()[-1], ctx.data), wanted):
                return c
    return None


def _similar_names(a: str, b: str) -> bool:
    """Two spellings of one name: "daglo", "dagalo" (a vowel written or not)."""
    return a == b or (min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= 85)


def _party_of_group(span: Span, ctx: Context) -> Resolution | None:
    """The party of "die Grünen im Bundestag", "die Linke im Landtag", "die SPD-Opposition (im Landtag)", "die
    oppositionellen Grünen": a party, or a compound of a party with a word for its group (`party_group_compound`),
    after lower-case adjectives that only describe it, with at most the parliament it sits in (`parliament`) after
    it; the party's entity where the article names it, else its name."""
    words = [t for t in span if not t.is_space]
    if words and words[0].lower_ in ARTICLES:
        words = words[1:]
    described = bool(words) and words[0].tag_ == "ADJA" and words[0].text[:1].islower()
    while words and words[0].tag_ == "ADJA" and words[0].text[:1].islower():
        words = words[1:]
    if not words:
        return None
    data = ctx.data
    parties = data.words.get("party", frozenset())
    first, *tail = words
    name, _, group = first.text.partition("-")
    if name not in parties or (group and group not in data.words.get("party_group_compound", ())):
        return None
    if tail and not (len(tail) >= 2 and tail[0].lower_ in {"im", "in"}
                     and tail[-1].text in data.words.get("parliament", ())):
        return None
    if not tail and not group and not described:
        return None  # the party alone is resolved as any name is
    party = next((c for c in ctx.clusters if c.type == "ORG" and name in {c.name, *c.aliases, *(m.text for m in c.mentions)}),
                 None)
    if party is None:
        return Resolution(name)
    return Resolution(party.name, party)


def _group_in_parliament(span: Span, inside: list[tuple[Span, Cluster]], data: LanguageData) -> Cluster | None:
    """The organisation of "Die SVP-Fraktion im Kantonsrat", "die AfD-Fraktion im Landtag": a name, then only "im"/"in"
    and the parliament (`parliament`) it sits in."""
    words = [t for t in span if not t.is_space]
    for m, c in inside:
        rest = [t for t in words if t.i >= m.end]
        if c.type == "ORG" and len(rest) == 2 and rest[0].lower_ in {"im", "in"} \
                and rest[1].text in data.words.get("parliament", ()) \
                and all(t.tag_ in {"ART", "ADJA"} for t in words if t.i < m.start):
            return c
    return None


def _title_after_outlet_noun(span: Span, ctx: Context) -> Resolution | None:
    """The quoted title right after a speaker phrase headed by a word for a medium: "die Zeitung »Al-Akhbar«"."""
    doc = span.doc
    words = [t for t in span if not t.is_space]
    outlets = tuple(w.lower() for w in ctx.data.words.get("outlet_noun", ()))
    if not words or not words[-1].lower_.endswith(outlets) or span.end >= len(doc) or not doc[span.end]._.name_quote:
        return None
    close = next((k for k in range(span.end + 1, min(len(doc), span.end + 7)) if doc[k]._.name_quote), None)
    if close is None or close == span.end + 1:
        return None
    title = doc[span.end + 1 : close]
    named = next((c for c in ctx.clusters if any(m.start == title.start for m in c.mentions)), None)
    if named is not None:
        named.type = "ORG"
        ctx.outlets.add(id(named))
        return Resolution(named.name, named)
    return Resolution(title.text)


def _broadcaster_of_programme(span: Span, ctx: Context) -> Resolution | None:
    """ "Das NDR-Magazin „Panorama 3“", "die ZDF-Sendung »Frontal«": a programme speaks for the broadcaster its
    compound names, when the article names that broadcaster as an organisation."""
    doc = span.doc
    programmes = tuple(w.lower() for w in ctx.data.words.get("programme_noun", ()))
    for t in span:
        owner, _, noun = t.text.rpartition("-")
        if not owner or t.tag_ not in {"NN", "NE"} or not noun.lower().endswith(programmes):
            continue
        if t.i + 1 >= len(doc) or not doc[t.i + 1]._.name_quote:
            continue  # "das NDR-Magazin" without its title may be the broadcaster's print magazine
        named = [c for c in ctx.clusters if c.type == "ORG" and owner in {c.name, c.acronym}]
        if len(named) == 1:
            return Resolution(named[0].name, named[0])
    return _broadcaster_named_before(span, ctx)


def _broadcaster_named_before(span: Span, ctx: Context) -> Resolution | None:
    """ "Wie das Politikmagazin „Panorama 3“ berichtete" after "nach Recherchen des NDR": a programme named by its title
    alone speaks for the one medium the article named in its sentence or the one before."""
    doc = span.doc
    programmes = tuple(w.lower() for w in ctx.data.words.get("programme_noun", ()))
    head = next((t for t in span if t.tag_ in {"NN", "NE"}), None)
    if head is None or "-" in head.text or not head.lower_.endswith(programmes) or head.i + 1 >= len(doc) \
            or not doc[head.i + 1]._.name_quote:
        return None
    sents = [s for s in text_sentences(doc) if s.start <= span.start]
    if not sents:
        return None
    start = sents[max(0, len(sents) - 2)].start
    outlets = {id(c): c for c in ctx.clusters if c.type == "ORG" and _is_outlet(c, ctx)
               and any(start <= m.start < span.start for m in c.mentions)}
    if len(outlets) != 1:
        return None
    outlet = next(iter(outlets.values()))
    return Resolution(outlet.name, outlet)


def _acronym_after(span: Span, clusters: list[Cluster], data: LanguageData | None = None) -> Cluster | None:
    """The organisation of the acronym in brackets right after a speaker phrase: "(BDA)", "(ÖHGB)"."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return None
    acronym = doc[span.end + 1].text
    if sum(ch.isupper() for ch in acronym) < 2:  # "BDA", "TdL"
        # "Die UN-Mission im Irak (Unami)": a short name the model took for an organisation there
        named = next((c for c in clusters if c.type == "ORG" and c.name == acronym and acronym[:1].isupper()
                      and any(m.start == span.end + 1 and m.end == span.end + 2 for m in c.mentions)), None)
        head = next((t for t in span if t.tag_ == "NN"), None)
        taken = any(m.start <= span.end + 1 < m.end for c in clusters for m in c.mentions)
        if named is not None or data is None or taken or head is None or doc[span.end + 1].tag_ not in {"NE", "FM"} \
                or not (acronym[:1].isupper() and acronym[1:].islower()) or not _organisation_noun(head.text, data) \
                or any(t.tag_ in {"NE", "FM"} and t.i != head.i and t.ent_type_ not in {"LOC", ""} for t in span):
            return named
        # the same where the model missed the short name, after a phrase headed by an organisation noun
        mentions = [m for m in _occurrences(doc, doc[span.end + 1 : span.end + 2])
                    if not any(o.start < m.end and m.start < o.end for c in clusters for o in c.mentions)]
        cluster = Cluster(type="ORG", mentions=mentions)
        add_nominatives(cluster, data)
        clusters.append(cluster)
        return cluster
    return next((c for c in clusters if c.type == "ORG" and acronym in {c.name, c.acronym}), None)


def _last_organisation_nearby(span: Span, ctx: Context) -> Resolution | None:
    """The organisation that spoke in the sentence of `span` or the one before, else the one organisation that
    opened the sentence before ("Der Industrieverband Swissmem äusserte sich besorgt.")."""
    doc = span.doc
    sents = [s for s in text_sentences(doc) if s.start <= span.start]
    if len(sents) < 2:
        return None
    if ctx.last is not None:
        speaker, res = ctx.last
        if res.cluster is not None and res.cluster.type == "ORG" and speaker.start >= sents[-2].start:
            return Resolution(res.name, res.cluster)
        if res.cluster is None and speaker.start >= sents[-2].start and _unnamed_organisation(speaker, ctx):
            return Resolution(res.name)  # "Die russische Botschaft wies das zurück. …, hieß es in einer Erklärung."
        joint = any(t.lower_.startswith(tuple(ctx.data.words.get("joint_word", ()))) for t in span)
        if joint and res.cluster is None and speaker.start >= sents[-2].start \
                and len({id(c) for _, c in _clusters_in(speaker, ctx.clusters)}) >= 2:
            # "Die Regierungen der Kantone Tessin und Graubünden haben … zurückgewiesen. In einer gemeinsamen Erklärung
            # hiess es, …": the joint statement of those who spoke together
            return Resolution(res.name)
    prev = sents[-2]
    finite = next((t for t in prev if t.tag_.endswith("FIN")), None)
    if finite is None:
        return None
    opened = {id(c): c for _, c in _clusters_in(doc[prev.start : finite.i], ctx.clusters)}
    if len(opened) == 1:
        org = next(iter(opened.values()))
        return Resolution(org.name, org) if org.type == "ORG" else None
    return None


def _unnamed_organisation(speaker: Span, ctx: Context) -> bool:
    """A speaker phrase that names an organisation by a common noun ("die russische Botschaft in Berlin"): headed
    by a noun that is no role, no pronoun and no plural of people, after an article."""
    words = [t for t in speaker if not t.is_space]
    if len(words) < 2 or words[0].lower_ not in DEFINITE_ARTICLES or words[0].lower_ == "die" and _is_plural_head(words):
        return False
    head = next((t for t in words[1:] if t.tag_ in {"NN", "NE"}), None)
    return head is not None and head.tag_ == "NN" and _organisation_noun(head.text, ctx.data) \
        and not describe(speaker, ctx.data).says_something and all(t.tag_ == "ADJA" for t in words[1 : head.i - speaker.start])


def _organisation_noun(word: str, data: LanguageData) -> bool:
    """ "Botschaft", "Verkehrsministerium", "Stadtverwaltung": a noun that heads an organisation's name or phrase."""
    heads = {n.lower() for n in (*data.org_nouns, *data.words.get("organisation_head", ()),
                                 *data.words.get("local_institution", ()))}
    return any(word.lower().endswith(h) for h in heads if len(h) >= 4)


def _is_plural_head(words: list) -> bool:
    head = next((t for t in words if t.tag_ == "NN"), None)
    return head is not None and "Plur" in head.morph.get("Number")


def _institution_of_role(span: Span, ctx: Context) -> Cluster | None:
    """ "Die Richter", "der Staatsanwalt": the court or prosecution named before (role_institution). A role of several
    institutions ("die Ermittler": "staatsanwaltschaft,polizei") is the one of them the article named, when it named
    only one."""
    institutions = dict(ctx.data.pairs("role_institution"))
    head = next((t for t in span if t.text in institutions), None)
    if head is None or len([t for t in span if not t.is_space]) > 3:
        return None
    words = institutions[head.text].split(",")
    # "hat die Polizei den Mann festgenommen … teilte die Staatsanwaltschaft mit … nach Angaben der Ermittler": the
    # article wrote two of them, as an entity or not, and does not say which
    written = {w for w in words for t in span.doc[: span.start] if t.tag_ in {"NN", "NE"} and w in t.lower_}
    if len(words) > 1 and len(written) > 1:
        return None
    named = {id(c): c for c in (_latest_organisation_ending(word, span, ctx) for word in words) if c is not None}
    return next(iter(named.values())) if len(named) == 1 else None


def _office_of_possessor(span: Span, ctx: Context) -> Resolution | None:
    """ "Ihr Ministerium" after "Bundesbauministerin Katrin Vogelsang": the office the person named last before with
    the possessive's gender holds by their role (`role_office`: minister -> ministerium), named after the role
    ("Bundesbauministerium"); a role without its field ("die Ministerin") names no office."""
    words = [t for t in span if not t.is_space]
    if len(words) != 2 or words[0].tag_ != "PPOSAT":
        return None
    offices = dict(ctx.data.pairs("role_office"))
    # "ihres Hauses": a word for any office (`office_synonym`) names the one the person holds
    forms = set(_without_genitive(words[1].lower_))  # "ihres Ministeriums": "ministerium"
    synonym = bool(forms & set(ctx.data.words.get("office_synonym", ())))
    roles = [r for r, office in offices.items() if synonym or office in forms]
    genders = dict(ctx.data.pairs("possessive_gender"))
    gender = next((g for p, g in genders.items() if words[0].lower_.startswith(p)), None)  # "ihres", "seinem"
    people = [c for c in ctx.clusters if c.type == "PER" and any(m.start < span.start for m in c.mentions)]
    if not roles or not people:
        return None
    person = max(people, key=lambda c: max(m.start for m in c.mentions if m.start < span.start))
    profile = ctx.profiles.get(id(person), Profile())
    held = [base for r in profile.roles for role in roles
            if (base := _masculine_role(r, role)).endswith(role) and base != role]
    role = next((role for role in roles if held and held[0].endswith(role)), "")
    if len(held) != 1 or profile.gender not in {gender, None}:
        return None
    name = (held[0][: -len(role)] + offices[role]).capitalize()
    named = next((c for c in ctx.clusters if c.type == "ORG" and name in {c.name, *c.aliases}), None)
    return Resolution(name, named)


def _masculine_role(held: str, role: str) -> str:
    """ "gesundheitsminister" of "gesundheitsministerin" for the role "minister": she holds the same office."""
    return held[:-2] if held.endswith(role + "in") else held


def _office_of_minister_named_before(noun: str, span: Span, ctx: Context) -> Resolution | None:
    """ "Das Ministerium" where the article names no ministry: the office (`role_office`) of the people named before
    with a role for it that names its field ("Gesundheitsministerin" -> "Gesundheitsministerium"), when they hold one
    office only; none for "die Ministerin" (no field) or for two ministers of different offices."""
    offices = dict(ctx.data.pairs("role_office"))
    roles = [r for r, office in offices.items() if office == noun]
    without = ctx.data.words.get("role_without_office", frozenset())
    names = set()
    for c in ctx.clusters:
        if c.type != "PER" or not any(m.start < span.start for m in c.mentions):
            continue
        for written in ctx.profiles.get(id(c), Profile()).roles:
            role = next((r for r in roles if (held := _masculine_role(written, r)).endswith(r) and held != r
                         and held not in without), None)
            if role is not None:
                names.add((_masculine_role(written, role)[: -len(role)] + offices[role]).capitalize())
    if len(names) != 1:
        return None
    name = next(iter(names))
    named = next((c for c in ctx.clusters if c.type == "ORG" and name in {c.name, *c.aliases}), None)
    return Resolution(name, named)


def _unnamed_member_of(span: Span, ctx: Context) -> Cluster | None:
    """The organisation of "ein DWD-Meteorologe", "eine ADAC-Expertin": an indefinite role compound whose first part
    names an organisation of the article that is no party (an "SPD-Politiker" speaks for himself)."""
    words = [t for t in span if not t.is_space]
    journalist = _journalist_of_outlet(words, ctx)
    if journalist is not None:
        return journalist
    if len(words) != 2 or words[0].lower_ not in ctx.data.words.get("indefinite_article", ()) or "-" not in words[1].text:
        return None
    prefix = words[1].text.split("-")[0]
    if prefix in ctx.data.words.get("party", ()):
        return None
    return next((c for c in ctx.clusters if c.type == "ORG" and prefix in {c.name, c.acronym, *c.aliases}
                 and any(m.start < span.start for m in c.mentions)), None)


def _journalist_of_outlet(words: list, ctx: Context) -> Cluster | None:
    """ "Ein Redakteur des „Kommersant“ sagte, die Zeitung stehe zu ihrer Darstellung": an unnamed journalist
    (`journalist_noun`) of a medium named in the genitive speaks for the medium."""
    words = [t for t in words if not t.is_quote]
    if len(words) < 4 or words[0].lower_ not in ctx.data.words.get("indefinite_article", ()) \
            or words[1].text not in ctx.data.words.get("journalist_noun", ()) or words[2].lower_ not in {"des", "der"}:
        return None
    rest = words[3:]
    name = " ".join(t.text for t in rest)
    forms = {name, name[:-1] if name.endswith("s") else name, name[:-2] if name.endswith("es") else name}
    named = [c for c in ctx.clusters if c.type == "ORG" and forms & {c.name, *c.aliases, *(m.text for m in c.mentions)}
             and any(m.start < rest[0].i for m in c.mentions)]
    return named[0] if len(named) == 1 and _is_outlet(named[0], ctx) else None


def _described_organisation(span: Span, ctx: Context) -> Resolution | None:
    """ "die Zeitung", "das Magazin", "die Gewerkschaft", "das Gericht": a definite description of the organisation
    named before with that noun in apposition ("das Magazin „Spiegel“", "die Gewerkschaft Verdi") or in its name
    ("Landgericht München I")."""
    words = [t for t in span if not t.is_space]
    if len(words) > 3 and words[1].tag_ in {"APPR", "APPRART", "ADV", "ADJD"} and words[-2].tag_ == "ADJA":
        words = [words[0], words[-2], words[-1]]  # "das im MDax notierte Unternehmen": the attribute names nothing
    # "Laut Unternehmen", "laut Gericht": a kind of organisation or its noun bare after "laut" is read as "dem …"
    bare = len(words) == 1 and span.start > 0 and span.doc[span.start - 1].lower_ == "laut" \
        and (words[0].lower_ in _org_kinds(ctx.data) or words[0].text in ctx.data.org_nouns)
    if bare:
        words = [span.doc[span.start - 1], words[0]]
    if len(words) < 2 or words[0].lower_ not in DEFINITE_ARTICLES and not bare or words[-1].tag_ != "NN" \
            or not all(t.tag_ == "ADJA" for t in words[1:-1]):
        return None
    head = words[-1]
    named = _organisation_apposed_after(span, ctx)
    if named is not None:  # "schrieb die Initiative „Freie Eltern Allgäu“" with the name left out of the phrase
        return Resolution(named.name, named)
    countries = _country_adjectives(words[1:-1])
    before = [c for c in ctx.clusters if c.type == "ORG" and any(m.start < span.start for m in c.mentions)
              and _of_countries(c, countries)]
    apposed = [c for c in before for m in c.mentions
               if m.start < span.start and _apposed(m, head.text)]
    # "des Vereins", "der Gewerkschaft": the noun in the nominative names what is described
    noun = _nominative_name(span.doc[words[0].i : head.i + 1]).lower() if words[0].lower_ == "des" else head.lower_
    index, _, listed = noun.partition("-")
    if listed and index in {w.lower() for w in ctx.data.words.get("stock_index", ())}:
        noun = listed  # "der Dax-Konzern": the Konzern, described by the index it is listed in
    if len({id(c) for c in apposed}) > 1 and _in_one_sentence(apposed, span):
        return None  # "die Gewerkschaft Verdi und die Gewerkschaft GEW … teilte die Gewerkschaft mit": which one?
    if noun in ctx.data.words.get("generic_org_word", ()):
        spoke = _of_kind_that_spoke_before(span, ctx)
        if spoke is not None:  # "Der Verband X forderte … Die Landeselternschaft begrüßte … eine Umfrage des Verbands"
            return spoke
    if apposed:
        org = max(apposed, key=lambda c: max(m.start for m in c.mentions if m.start < span.start))
        return Resolution(org.name, org)
    quoted = _quoted_name_after(head.text, span)
    if quoted is not None:
        return Resolution(quoted)
    org = _latest_organisation_ending(noun, span, ctx)
    if org is not None and not _of_countries(org, countries):
        return None  # "die finnische Regierung" after "die US-Regierung" is another government
    outlet_nouns = ctx.data.words.get("outlet_noun", frozenset())
    outlet_heads = tuple(ctx.data.words.get("outlet_head", ()))
    if org is None and any(form in outlet_nouns or form.lower().endswith(outlet_heads)
                           for form in _without_genitive(head.text)):
        org = _latest_outlet(span, ctx, noun)  # "das Magazin", "des Blattes" after "laut einem Bericht des „Spiegel“"
    if org is None and head.lower_.endswith(tuple(ctx.data.words.get("outlet_body", ()))):
        org = _latest_outlet(span, ctx)  # "teilte die Chefredaktion mit" after "Die Zeitung „La Repubblica“ …"
    if org is None and noun in ctx.data.words.get("generic_org_word", ()):
        spoke = _of_kind_that_spoke_before(span, ctx)
        if spoke is not None:  # "Der Landeselternrat kritisierte, … hieß es in einer Mitteilung des Gremiums"
            return spoke
        org = _generically_described(span, ctx)  # "das Unternehmen": the company the article is about
    if org is None and noun in ctx.data.words.get("company_body", ()):
        org = _generically_described(span, ctx, "unternehmen")  # "Die Geschäftsführung": the company's
    if org is None and noun in ctx.data.words.get("party_noun", ()):
        org = _party_named_just_before(span, ctx)  # "Die SVP begrüßte den Schritt. Die Partei fordert, …"
    if org is None and noun.capitalize() in ctx.data.org_nouns:
        org = _compound_written_before(noun, span, ctx)  # "Das Ministerium" after "mit dem Kunstministerium"
    if org is None and not countries:
        office = _office_of_minister_named_before(noun, span, ctx)
        if office is not None:  # "Das Ministerium" after "Gesundheitsministerin Claudia Reisinger-Haas"
            return office
    if org is None and noun in outlet_nouns | {n.lower() for n in outlet_nouns}:
        # "Der Sender" after "einen Bericht des sudanesischen Staatsfernsehens": the one compound of a synonym
        synonyms = ctx.data.rights("org_synonym", noun)
        org = next((c for c in (_compound_written_before(s, span, ctx) for s in synonyms) if c is not None), None)
    if org is None:
        org = _category_member_named_before(noun, span, ctx)  # "Die Menschenrechtsorganisation": Human Rights Watch
    return Resolution(org.name, org) if org is not None else None


def _category_member_named_before(noun: str, span: Span, ctx: Context) -> Cluster | None:
    """ "Die Menschenrechtsorganisation hatte berichtet" after "einen Bericht von Human Rights Watch": a compound for a
    category of organisations (`category_org_head`) takes up the one organisation named before as the author of a
    source ("Bericht von", "Studie des") or as a speaker, whose name says it is of no other kind (no company, no
    authority) and that was not introduced as another kind ("die Gruppe JNIM"); a medium is never meant."""
    heads = tuple(ctx.data.words.get("category_org_head", ()))
    if not noun.endswith(heads):
        return None
    spoke = {id(r.cluster) for r in ctx.history if r.cluster is not None and not r.spokesperson}
    sources = ctx.data.words.get("source_noun", frozenset())
    doc = span.doc

    def authored(m: Span) -> bool:  # "einen Bericht von Human Rights Watch", "laut einer Studie des WWF"
        i = m.start - 1
        if i >= 1 and doc[i].tag_ == "ART":
            i -= 1
        return i >= 1 and doc[i].lower_ in {"von", "vom", "des", "der"} \
            and doc[i - 1].lower_.endswith(tuple(sources)) and doc[i - 1].tag_ == "NN"

    possible = [c for c in ctx.clusters if c.type == "ORG" and any(m.end <= span.start for m in c.mentions)
                and not _is_outlet(c, ctx) and not _kinds_of(c, ctx.data) and not _introduced_as_other_kind(c, (noun,))]
    authors = [c for c in possible if any(authored(m) for m in c.mentions if m.end <= span.start)]
    if len(authors) == 1:
        return authors[0]
    # one that only spoke is meant only where no other organisation was named ("Aktivisten von Greenpeace …
    # Siemens kündigte an … Die Umweltorganisation": not Siemens)
    named = [c for c in ctx.clusters if c.type == "ORG" and not _is_outlet(c, ctx)
             and any(m.end <= span.start for m in c.mentions)]
    return possible[0] if len(possible) == 1 and len(named) == 1 and id(possible[0]) in spoke else None


def _introduced_organisation_named_after(span: Span, ctx: Context) -> Resolution | None:
    """ "Eine Elterninitiative warf dem Amt vor, … Der Ausschluss verletze …, schrieb die Initiative „Freie
    Impfentscheidung Oberschwaben“": an organisation brought in by an indefinite phrase is the one the next sentence
    names after a definite article and the noun its head ends in."""
    words = [t for t in span if not t.is_space]
    if len(words) < 2 or words[0].lower_ not in ctx.data.words.get("indefinite_article", ()) or words[-1].tag_ != "NN" \
            or not all(t.tag_ == "ADJA" for t in words[1:-1]) or _is_role(words[-1], ctx.data):
        return None
    doc = span.doc
    sents = text_sentences(doc)
    here = next((n for n, s in enumerate(sents) if s.start <= span.start < s.end), None)
    if here is None or here + 1 >= len(sents):
        return None
    end = sents[here + 1].end
    head = words[-1].text.lower()
    named = {id(c): c for c in ctx.clusters if c.type in {"ORG", "MISC"} for m in c.mentions
             if span.end <= m.start < end and _apposed_noun(m) and head.endswith(_apposed_noun(m))
             and _article_before_noun(m)}
    if len(named) != 1:
        return None
    org = next(iter(named.values()))
    org.type = "ORG"  # "die Initiative „Freie Impfentscheidung Oberschwaben“": a quoted name after the noun
    return Resolution(org.name, org)


def _article_before_noun(mention: Span) -> bool:
    """ "die Initiative „Freie Impfentscheidung“": a definite article before the noun the name is apposed to."""
    doc = mention.doc
    i = mention.start - 1
    if i >= 0 and doc[i].text in QUOTE_MARKS:
        i -= 1
    return i >= 1 and doc[i - 1].lower_ in DEFINITE_ARTICLES


def _in_one_sentence(clusters: list[Cluster], span: Span) -> bool:
    """Whether the latest mentions before `span` of these organisations all stand in one sentence."""
    latest = [max(m.start for m in c.mentions if m.start < span.start) for c in clusters]
    sents = text_sentences(span.doc)
    return len({next((n for n, s in enumerate(sents) if s.start <= i < s.end), -1) for i in latest}) == 1


def _organisation_apposed_after(span: Span, ctx: Context) -> Cluster | None:
    """The organisation whose name follows the speaker phrase right away, in quotes or not."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text in QUOTE_MARKS:
        i += 1
    return next((c for c in ctx.clusters if c.type == "ORG" for m in c.mentions if m.start == i), None)


def _compound_written_before(noun: str, span: Span, ctx: Context) -> Cluster | None:
    """The one compound ending in an organisation noun that the article wrote before `span` and the model did not
    take for a name, as a new entity: "Kunstministerium" for "das Ministerium", "Bomann-Museum" for "des Museums";
    None for none or several."""
    doc = span.doc
    taken = {i for c in ctx.clusters for m in c.mentions for i in range(m.start, m.end)}
    forms = {}
    for t in doc[: span.start]:
        if t.tag_ not in {"NN", "NE"} or not t.text[:1].isupper() or t._.in_quote or t.i in taken:
            continue
        form = next((f for f in _without_genitive(t.text) if f.lower().endswith(noun)), None)
        if form is not None and len(form) >= len(noun) + 3:
            forms.setdefault(form, t)
    if len(forms) != 1:
        return None
    first = next(iter(forms.values()))
    mentions = [m for m in _occurrences(doc, doc[first.i : first.i + 1]) if m.start not in taken]
    cluster = Cluster(type="ORG", mentions=mentions or [Span(doc, first.i, first.i + 1, label="ORG")])
    add_nominatives(cluster, ctx.data)
    ctx.clusters.append(cluster)
    return cluster


def _compound_of_noun_before(noun: str, span: Span, ctx: Context, besides: Cluster | None = None) -> Cluster | None:
    """ "Bundesinnenministerium" for "ein Sprecher des Ministeriums" or "ein Ministeriumssprecher": where no entity
    named before ends in the organisation noun (`org_nouns`), the one compound ending in it that the article wrote
    before (`_compound_written_before`); None for a noun that is no organisation's head, and where an entity ends in
    it (that one, or none of several, is meant)."""
    noun = noun.lower()
    institutions = {w.lower() for key in ("local_institution", "state_institution", "land_institution",
                                          "national_institution") for w in ctx.data.words.get(key, ())}
    if noun.capitalize() not in ctx.data.org_nouns or noun in institutions:
        return None  # "die Polizei" names an institution by its place, not the "Kriminalpolizei" named before
    if any(c.type == "ORG" and c is not besides and c.name.lower() != noun and _name_ends_in_noun(c, noun)
           and any(m.start < span.start for m in c.mentions) for c in ctx.clusters):
        return None
    return _compound_written_before(noun, span, ctx)


def _name_ends_in_noun(c: Cluster, noun: str) -> bool:
    """A word of the organisation's name or mentions, without a genitive ending, ends in `noun`."""
    words = {w for text in {c.name, *c.aliases, *(m.text for m in c.mentions)} for w in text.lower().split()}
    return any(form.endswith(noun) for w in words for form in _without_genitive(w))


def _latest_outlet(span: Span, ctx: Context, noun: str | None = None) -> Cluster | None:
    """The medium named last before `span`: an organisation that reported something, whose name ends in a word for
    a medium ("Handelsblatt", "Neue Zürcher Zeitung"), or that such a word introduces ("das Nachrichtenmagazin
    „Spiegel“")."""
    before = [c for c in ctx.clusters if c.type == "ORG" and _is_outlet(c, ctx)
              and any(m.start < span.start for m in c.mentions)]
    if noun is not None:
        # "Das Magazin" after "der Nachrichtenagentur Reuters": a medium introduced as another kind is not meant
        synonyms = ctx.data.rights("org_synonym", noun.lower())
        other_kind = [c for c in before if _introduced_as_other_kind(c, (noun.lower(), *synonyms))]
        if other_kind and len(other_kind) < len(before):
            before = [c for c in before if c not in other_kind]
    return max(before, key=lambda c: _last_place_of_outlet(c, span)) if before else None


def _last_place_of_outlet(c: Cluster, span: Span) -> int:
    """Where a medium was named last before `span`: at a mention, or at its title quoted again where the model
    found no mention ("„Semana“ blieb bei seiner Darstellung. …, teilte die Redaktion mit")."""
    doc = span.doc
    last = max(m.start for m in c.mentions if m.start < span.start)
    words = c.name.split()
    for i in range(last + 1, span.start - len(words) - 1):
        if doc[i].text in QUOTE_MARKS and doc[i + len(words) + 1].text in QUOTE_MARKS \
                and [t.text for t in doc[i + 1 : i + 1 + len(words)]] == words:
            last = i + 1
    return last


def _outlet_nearby(span: Span, ctx: Context) -> Resolution | None:
    """The medium of "einem Medienbericht zufolge": the one named last before, else the first one named in the two
    sentences after it."""
    doc = span.doc
    before = _latest_outlet(span, ctx)
    if before is not None:
        return Resolution(before.name, before)
    sents = text_sentences(doc)
    here = next((n for n, s in enumerate(sents) if s.start <= span.start < s.end), None)
    if here is None:
        return None
    end = sents[min(len(sents) - 1, here + 2)].end
    after = [(min(m.start for m in c.mentions if span.end <= m.start < end), c) for c in ctx.clusters
             if c.type == "ORG" and _is_outlet(c, ctx) and any(span.end <= m.start < end for m in c.mentions)]
    if after:
        outlet = min(after, key=lambda a: a[0])[1]
        ctx.outlets.add(id(outlet))
        return Resolution(outlet.name, outlet)
    # a paper the model missed, by its quoted title after an article: "Der „Tagesspiegel“ berief sich auf …"
    for t in doc[span.end : end]:
        if t._.name_quote and t.i > 0 and doc[t.i - 1].lower_ in DEFINITE_ARTICLES:
            close = next((k for k in range(t.i + 1, min(end, t.i + 6)) if doc[k]._.name_quote), None)
            if close is not None and close > t.i + 1:
                return Resolution(doc[t.i + 1 : close].text)
    return None


def _is_outlet(c: Cluster, ctx: Context, reported: bool = True) -> bool:
    """A medium: it reported something (unless `reported` is False), its name ends in a word for a medium, or such a
    word introduces it."""
    if _describes_a_title(c, ctx):
        return False  # "die Wiener Zeitung „Der Standard“": the quoted title is the medium
    if reported and id(c) in ctx.outlets:
        return True
    listed = {n.lower() for n in ctx.data.words.get("outlet_noun", ())}
    whole = {n.lower() for n in ctx.data.words.get("outlet_noun_whole", ())}
    nouns = tuple(listed - whole)
    reports = ctx.data.words.get("press_report_noun", frozenset())  # "Angaben des Vereins" make no medium

    def medium_word(text: str) -> bool:  # "Nachrichtenagentur", "Presse-Agentur"; not "Anti-Doping-Agentur"
        last = text.split()[-1].lower() if text.split() else ""
        return last.endswith(nouns) or last.replace("-", "") in listed

    for m in c.mentions:
        i = m.start - 1
        if i >= 0 and m.doc[i].text in QUOTE_MARKS:
            if m.end < len(m.doc) and m.doc[m.end].text in QUOTE_MARKS:
                return True  # German quotes the titles of papers and magazines: „Kicker“, «NZZ»
            i -= 1
        if medium_word(m.text) or (i >= 0 and medium_word(m.doc[i].text)):
            return True
        if i >= 1 and m.doc[i].lower_ in {"des", "der"} and m.doc[i - 1].text in reports \
                and not (m.text.split() and _org_head(m.text.split()[-1], ctx.data)):
            # "einem Bericht der «NZZ» zufolge"; not "den Bericht des Stadtrechnungshofs", an institution's own report
            return True
    return False


def _describes_a_title(c: Cluster, ctx: Context) -> bool:
    """ "Wiener Zeitung" of "die Wiener Zeitung „Der Standard“": a name the model found that ends in a word for a
    medium and stands right before a quoted title at each of its mentions describes the medium of that title (when
    the title is an entity of its own, which takes its place)."""
    outlets = tuple(w.lower() for w in ctx.data.words.get("outlet_noun", ()))
    titles = {m.start for other in ctx.clusters if other is not c for m in other.mentions}
    return all(m.end + 2 < len(m.doc) and m.doc[m.end]._.name_quote and m[-1].lower_.endswith(outlets)
               and not (m.start > 0 and m.doc[m.start - 1].text in QUOTE_MARKS) and m.doc[m.end].whitespace_ == ""
               and m.doc[m.end - 1].whitespace_ != "" and m.end + 1 in titles for m in c.mentions)


def _quoted_name_after(noun: str, span: Span) -> str | None:
    """ "Spiegel" of an earlier "das Magazin „Spiegel“" that no entity holds."""
    doc = span.doc
    for t in reversed(doc[: span.start]):
        if t.text == noun and t.i + 2 < span.start and doc[t.i + 1]._.name_quote:
            close = next((j for j in range(t.i + 2, min(span.start, t.i + 7)) if doc[j]._.name_quote), None)
            if close is not None:
                return doc[t.i + 2 : close].text
    return None


def _apposed(mention: Span, noun: str) -> bool:
    doc = mention.doc
    i = mention.start - 1
    if i >= 0 and doc[i].text in QUOTE_MARKS:
        i -= 1
    return i >= 0 and doc[i].text == noun


def _latest_organisation_ending(word: str, span: Span, ctx: Context, besides: Cluster | None = None) -> Cluster | None:
    """The organisation named last before `span` with a name word ending in `word` or in a word the data gives as
    its synonym ("die Notenbank": "Europäische Zentralbank")."""
    endings = (word, *ctx.data.rights("org_synonym", word))
    places = {c.name for c in ctx.clusters if c.type == "LOC"} | {v[0] for v in _capitals(ctx.data).values()}

    def ends(c: Cluster) -> bool:
        texts = {c.name, *c.aliases, *(m.text for m in c.mentions)}
        if any(t.lower().startswith(e + " ") and t[len(e) + 1 :] in places for t in texts for e in endings if " " in e):
            return True  # "die Notenbank": "Bank of Thailand", a country's (not "Bank of America")
        words = {w for text in texts for w in text.lower().split()}
        words |= {_apposed_noun(m) for m in c.mentions}
        return any(form.endswith(endings) for w in words for form in _without_genitive(w))  # "Militärgeheimdienstes"

    if word in ctx.data.words.get("home_org_word", ()):
        just = _organisation_named_just_before(span, ctx, ctx.data.words.get("party", frozenset()))
        generic = {p for p in _org_kinds(ctx.data).get(word, ()) if len(p) > 3}
        if just is not None and just is not besides and word in _kinds_of(just, ctx.data) \
                and not _in_prepositional_phrase(just, span) and not (  # "der Sport-Club": no name, a description
                    " " not in just.name and just.name.lower().rsplit("-", 1)[-1] in generic):
            return just  # "Auch der VfB wollte nichts bestätigen. Ein Sprecher des Vereins …" in a report from Basel
            # (not the opponent "vor dem Spiel gegen den FC Augsburg")
        home = _home_club(span, ctx)
        if home is not None:  # "teilte der Verein mit" in a report from Freiburg: the SC Freiburg, not the opponent
            return home
    named = [c for c in ctx.clusters if c.type == "ORG" and c is not besides and ends(c)
             and any(m.start < span.start for m in c.mentions)]
    # "die Bahn" after "die Deutsche Bahn" and "der Fahrgastverband Pro Bahn": an organisation the article introduced
    # as of another kind is not described by a word of its name while another one may be
    other_kind = [c for c in named if _introduced_as_other_kind(c, endings)]
    if other_kind and len(other_kind) < len(named):
        named = [c for c in named if c not in other_kind]
    named.sort(key=lambda c: max(m.start for m in c.mentions if m.start < span.start))
    if len(named) > 1 and _in_one_sentence(named[-2:], span):
        return None  # "die Gewerkschaft Verdi und die Gewerkschaft GEW … teilte die Gewerkschaft mit": which one?
    return named[-1] if named else None


def _in_prepositional_phrase(org: Cluster, span: Span) -> bool:
    """The organisation's last mention before `span` stands in a prepositional phrase ("gegen den FC Augsburg")."""
    mention = max((m for m in org.mentions if m.start < span.start), key=lambda m: m.start, default=None)
    doc = span.doc
    return mention is None or any(t.tag_ in {"APPR", "APPRART"} for t in doc[max(0, mention.start - 2) : mention.start])


def _organisation_of_short_name(person: Cluster | None, span: Span, ctx: Context) -> Cluster | None:
    """ "Calder" after "der US-Konzern Calder Aerospace": a one-word name the model took for a person (never written
    with a first name or a role) or for nothing is the organisation named before whose name of several words it
    opens. A headline names it before the article does ("Eintracht droht Strafe" over "Eintracht Frankfurt muss
    …"), by any capitalised word, as headlines drop the article that marks a common noun."""
    headline = span.start_char < _headline_end(span.doc)
    if person is not None:
        profile = ctx.profiles.get(id(person))
        if " " in person.name or any(len(m) != 1 for m in person.mentions) or profile is not None and profile.roles:
            return None
        name = person.name
    else:
        words = [t for t in span if not t.is_space]
        if len(words) != 1 or words[0].tag_ not in {"NE", "FM"} and not (
                headline and words[0].tag_ == "NN" and words[0].text[:1].isupper()):
            return None
        name = words[0].text
    named = {id(c): c for c in ctx.clusters if c.type == "ORG" and " " in c.name
             and c.name.split()[0] == name and (headline or any(m.start < span.start for m in c.mentions))}
    return next(iter(named.values())) if len(named) == 1 else None


def _outlet_of_short_title(cluster: Cluster | None, span: Span, ctx: Context) -> Cluster | None:
    """ "Der »Inquirer«" after "Der »Philippine Daily Inquirer« hatte berichtet", "die „Post“" after "der
    „Washington Post“": a medium known by one quoted word of its title (an entity of its own, or none) is the
    medium named before whose title of several words ends (or opens) with it."""
    doc = span.doc
    if cluster is not None:
        if cluster.type != "ORG" or " " in cluster.name or not all(
                len(m) == 1 and m.start > 0 and doc[m.start - 1].text in QUOTE_MARKS for m in cluster.mentions):
            return None
        name = cluster.name
    else:
        words = [t for t in span if not t.is_space]
        if len(words) != 4 or words[0].lower_ not in DEFINITE_ARTICLES or words[1].text not in QUOTE_MARKS \
                or words[3].text not in QUOTE_MARKS:
            return None
        name = words[2].text
    named = {id(c): c for c in ctx.clusters if c is not cluster and c.type == "ORG" and " " in c.name
             and name in (c.name.split()[0], c.name.split()[-1]) and _is_outlet(c, ctx)
             and any(m.start < span.start for m in c.mentions)}
    return next(iter(named.values())) if len(named) == 1 else None


def _named_for_common_noun(cluster: Cluster, span: Span, ctx: Context) -> Cluster | None:
    """ "Bank of Thailand" for "Die Zentralbank" that the model took for a name of its own: an organisation known
    only by one common noun ("Zentralbank", each mention a single noun) is the organisation named before whose name
    that noun, or a synonym of it (`org_synonym`), describes."""
    if cluster.type != "ORG" or not all(len(m) == 1 and m[0].tag_ == "NN" for m in cluster.mentions) \
            or " " in cluster.name:
        return None
    return _latest_organisation_ending(cluster.name.lower(), span, ctx, besides=cluster)


def _introduced_as_other_kind(c: Cluster, endings: tuple[str, ...]) -> bool:
    """Whether a common noun before the organisation's name says what it is ("der Fahrgastverband Pro Bahn", "die
    Gewerkschaft Verdi") and none of these nouns ends in `endings`."""
    kinds = {_apposed_noun(m) for m in c.mentions} - {""}
    kinds |= {m[0].lower_ for m in c.mentions if len(m) > 1 and m[0].tag_ == "NN" and m[0].text not in c.name.split()}
    return bool(kinds) and not any(form.endswith(endings) for k in kinds for form in _without_genitive(k))


def _home_club(span: Span, ctx: Context) -> Cluster | None:
    """The one club (`generic_org_kind` verein) named before `span` with the dateline's town in its name."""
    place = _dateline_place(span.doc)
    home = [c for c in ctx.clusters if c.type == "ORG" and place and place in c.name.split()
            and any(m.start < span.start for m in c.mentions) and "verein" in _kinds_of(c, ctx.data)]
    return home[0] if len(home) == 1 else None


def _acronym_of(word: str, data: LanguageData) -> str | None:
    """The full name of an acronym the data knows ("UN": "Vereinte Nationen")."""
    return next(iter(data.rights("acronym", word)), None)


def _organisation_of_acronym(acronym: str, ctx: Context, mention: Span | None = None) -> Resolution:
    """The organisation an acronym names: the article's entity of that name or acronym, else the full name (an entity
    of its own, mentioned by `mention` where given: "nach UN-Angaben")."""
    full = _acronym_of(acronym, ctx.data) or acronym
    named = next((c for c in ctx.clusters if c.type == "ORG" and (
        {full, acronym} & {c.name, c.acronym, *c.aliases, *c.nominatives.values()})), None)
    if named is None and " " not in full:
        # "ein LKA-Sprecher" after "Das Landeskriminalamt Niedersachsen ermittelt": the one regional body of the
        # article whose name is the full word with its region after it
        regional = [c for c in ctx.clusters if c.type == "ORG" and c.name.startswith(full + " ")]
        named = regional[0] if len(regional) == 1 else None
    if named is None and mention is not None and full != acronym:
        named = Cluster(type="ORG", mentions=[mention], aliases={acronym}, qualified_name=full)
        ctx.clusters.append(named)
    return Resolution(named.name, named) if named is not None else Resolution(full)


def _organisation_of_acronym_compound(span: Span, ctx: Context) -> Resolution | None:
    """ "dem am Mittwoch vorgestellten IQB-Bildungstrend", "dem DAK-Gesundheitsreport": a thing said or published,
    named by a compound whose first part is the acronym of an organisation the article names, is that
    organisation's."""
    head = next((t for t in reversed(span) if t.tag_ in {"NN", "NE"}), None)
    if head is None or "-" not in head.text.strip("-"):
        return None
    prefix = head.text.split("-", 1)[0]
    if not ACRONYM.match(prefix):
        return None
    res = _organisation_of_acronym(prefix, ctx)
    return res if res.cluster is not None else None


def _organisation_named(word: str, span: Span, ctx: Context) -> Cluster | None:
    """The organisation whose name holds the first part of "Bahn-Sprecher" ("Deutsche Bahn") or of
    "Polizeisprecherin" ("Polizei Köln"), the latest mentioned before the speaker."""
    stems = (word, word[:-1]) if word.endswith("s") else (word,)  # "Kommissionssprecher": linking s

    def holds(c: Cluster) -> bool:
        return c.type == "ORG" and any(stem in w for text in {c.name, *(m.text for m in c.mentions)}
                                       for w in text.lower().split() for stem in stems)

    def headed(c: Cluster) -> bool:  # "Landgericht Bonn" is a court, "Bundesgerichtshof" a "hof"
        return any(w.endswith(stem) for text in {c.name, *(m.text for m in c.mentions)}
                   for w in text.lower().split() for stem in stems)

    named = [c for c in ctx.clusters if holds(c) and any(m.start < span.start for m in c.mentions)]
    if not named:
        named = [c for c in ctx.clusters if holds(c)]
    if len(named) > 1:
        # "Die Kriminalpolizei Passau ermittelt. Eine Polizeisprecherin sagte …" after "wie das Polizeipräsidium
        # Niederbayern mitteilte": the one of them that has spoken already issues what its spokespeople say
        spoke = {id(r.cluster) for r in ctx.history if r.cluster is not None}
        spoken = [c for c in named if id(c) in spoke]
        if len(spoken) == 1:
            return spoken[0]
        # "Das Landesarbeitsgericht Hamm …" from Hamm, "Klage beim Bundesarbeitsgericht" in passing: a
        # "Gerichtssprecherin" with none of them speaking is of the one named with the dateline's town
        place = _dateline_place(span.doc)
        home = [c for c in named if place and place in c.name.split()] if not spoken else []
        if len(home) == 1:
            return home[0]
    named = [c for c in named if headed(c)] or named
    return max(named, key=lambda c: c.mentions[0].start) if len(named) >= 1 else None


def _spoken_for_before(span: Span, ctx: Context) -> Cluster | None:
    """For "der Sprecher" or "ein Konzernsprecher": the organisation the last spokesperson spoke for, else the one
    organisation that spoke itself before, else the one organisation the article names most (news agencies of
    the dateline and parties excluded). None when that is not clear."""
    if _unnamed_body_spoke_just_before(span, ctx):
        return None
    for res in reversed(ctx.history):
        if res.spokesperson:
            return None if _other_institution_subject_just_before(span, res.cluster, ctx) else res.cluster
    for res in reversed(ctx.history):  # a spokesperson answers a medium, never speaks for it
        if res.cluster is not None and res.cluster.type == "ORG" and not _is_outlet(res.cluster, ctx):
            return None if _other_institution_subject_just_before(span, res.cluster, ctx) else res.cluster
    if _unknown_name_spoke_just_before(span, ctx):
        return None
    parties = ctx.data.words.get("party", frozenset())
    named = _organisation_named_just_before(span, ctx, parties)
    if named is not None:
        return named
    counts = []
    for c in ctx.clusters:
        # "sagte Reuters": a news agency is told things; a spokesperson never speaks for it
        if c.type != "ORG" or c.name in parties or _only_in_dateline(c) or _is_outlet(c, ctx) \
                or c.name in ctx.data.words.get("news_agency", ()):
            continue
        before = [m for m in c.mentions if m.start < span.start]
        if before:
            counts.append((len(c.mentions) + _name_words_outside(c, span.doc), c))
    counts.sort(key=lambda nc: nc[0], reverse=True)
    if counts and (len(counts) == 1 or counts[0][0] > counts[1][0]):
        return counts[0][1]
    return None


def _other_institution_subject_just_before(span: Span, cluster: Cluster | None, ctx: Context) -> bool:
    """ "Das Wirtschaftsministerium in Magdeburg wollte den Bericht weder bestätigen noch dementieren. …, sagte ein
    Sprecher" after a Tesla spokeswoman: the sentence before opens with an institution (a ministry, an office) that
    `cluster`, the organisation the last spokesperson spoke for, does not name; the spokesperson is likely the
    institution's, not the earlier one's."""
    sents = [s for s in text_sentences(span.doc) if s.start <= span.start]
    if len(sents) < 2:
        return False
    words = [t for t in sents[-2] if not t.is_space and not t._.in_quote]
    if len(words) < 3 or words[0].lower_ not in DEFINITE_ARTICLES or words[1].tag_ != "NN" \
            or not words[2].tag_.endswith("FIN") and words[2].tag_ not in {"APPR", "APPRART"}:
        return False
    head = words[1].text
    if head not in public_institution_words(ctx.data) or cluster is None:
        return False
    return not any(head in m.text for m in cluster.mentions) and head not in cluster.name


def spoke_just_before(span: Span, ctx: Context) -> tuple[Span, Resolution] | None:
    """The speaker of the statement before `span` and its resolution, when it spoke in `span`'s sentence or the one
    before."""
    if ctx.last is None:
        return None
    sents = [s for s in text_sentences(span.doc) if s.start <= span.start]
    return ctx.last if len(sents) >= 2 and ctx.last[0].start >= sents[-2].start else None


def _unresolved_speaker_just_before(span: Span, ctx: Context) -> Span | None:
    """The speaker of the statement before `span`, in its sentence or the one before, when it was resolved to no entity
    and is no spokesperson."""
    last = spoke_just_before(span, ctx)
    if last is None or last[1].cluster is not None or last[1].spokesperson:
        return None
    return last[0]


def _unnamed_body_spoke_just_before(span: Span, ctx: Context) -> bool:
    """ "Der Betreiber des Kraftwerks kündigte an, … An zwei Baggern seien …, teilte ein Sprecher mit" after a police
    spokesman: the speaker just before is an organisation described by a generic noun and resolved to no entity; the
    spokesperson is likely its, never the one that spoke earlier."""
    speaker = _unresolved_speaker_just_before(span, ctx)
    if speaker is None:
        return False
    words = [t for t in speaker if not t.is_space]
    if len(words) < 2 or words[0].lower_ not in DEFINITE_ARTICLES or words[1].tag_ != "NN":
        return False
    generic = tuple(ctx.data.words.get("generic_org_word", ()))
    # "Die EU-Vertretung in Tiflis": an office abroad (`organisation_head`) as well
    offices = tuple(w.lower() for w in ctx.data.words.get("organisation_head", ()))
    return words[1].lower_.endswith(generic) or _org_head(words[1].text, ctx.data) or words[1].lower_.endswith(offices)


def _unknown_name_spoke_just_before(span: Span, ctx: Context) -> bool:
    """ "Die Nordflug hat einen Bericht über ihre Tochter Eurojet dementiert. …, sagte eine Konzernsprecherin": the
    speaker just before is an article and a name the model typed as no entity (no description, no organisation noun); the
    spokesperson is likely its, so no organisation merely named in the passage (the subsidiary) is guessed."""
    speaker = _unresolved_speaker_just_before(span, ctx)
    if speaker is None:
        return False
    words = [t for t in speaker if not t.is_space]
    if len(words) != 2 or words[0].lower_ not in {"der", "die", "das"}:
        return False  # "Die Nordflug"; not "Unternehmenskreise", a source with no article
    head = words[-1]
    words_of = ctx.data.words
    bodies = tuple(words_of.get("company_body", set()) | words_of.get("organisation_body", set())
                   | words_of.get("company_compound_head", set()) | words_of.get("outlet_body", set()))
    if head.lower_.endswith(bodies):
        return False  # "das Management", "die Konzernleitung": the company's own body, which the count finds
    desc = describe(speaker, ctx.data)
    return head.tag_ in {"NN", "NE"} and head.text[:1].isupper() and head.text[1:2].islower() \
        and not _org_head(head.text, ctx.data) and head.text not in ctx.data.org_nouns \
        and head.text not in ctx.data.role_nouns and desc.role is None and not desc.spokesperson \
        and desc.age is None and desc.party is None and desc.org_word is None


def _name_words_outside(cluster: Cluster, doc: Doc) -> int:
    """How often the article names the organisation outside its mentions by the first word of its name, alone
    or in a compound ("Die Eintracht liegt …", "Eintracht-Trainer Kempfer")."""
    first = cluster.name.split()[0] if " " in cluster.name else ""
    if len(first) < 4 or not first[:1].isupper():
        return 0
    inside = {i for m in cluster.mentions for i in range(m.start, m.end)}
    return sum(1 for t in doc if t.i not in inside and (t.text == first or t.text.startswith(first + "-")))


def _party_named_just_before(span: Span, ctx: Context) -> Cluster | None:
    """The party the sentence before names as its one organisation (`party`)."""
    org = _organisation_named_just_before(span, ctx, frozenset())
    return org if org is not None and org.name in ctx.data.words.get("party", frozenset()) else None


def _generically_described(span: Span, ctx: Context, kind: str | None = None) -> Cluster | None:
    """ "die Behörde", "des Vereins", "das Unternehmen": the one organisation the sentence before names ("forderte
    die IAEA auf … Die Behörde"), else the one the article speaks for or about, never one of another kind ("die
    Behörde" is not the "Chaos Computer Club", `generic_org_kind`); else the one organisation named before as of
    that kind ("des Autozulieferers Brückmann" for "Das Unternehmen" after a court spoke), one named in the body
    rather than one the headline alone names ("Streik bei Altmark-Molkerei"). `kind` is the kind the phrase
    describes where no generic word of it says so ("die Geschäftsführung": a company's)."""
    kind = kind or _generic_kind(span, ctx.data)
    org = _organisation_named_just_before(span, ctx, ctx.data.words.get("party", frozenset())) \
        or _spoken_for_before(span, ctx)
    if org is not None and kind is not None and _opener_of_unknown_kind_since(org, kind, span, ctx):
        return None
    # "der Kaiserslauterer Autozulieferer", which the model took for a name, describes the one of that kind named with it
    of_kind = [c for c in ctx.clusters if c.type == "ORG" and kind is not None and kind in _kinds_of(c, ctx.data)
               and any(m.start < span.start for m in c.mentions) and not _town_adjective_and_noun(c, ctx.data)]
    headline = _headline_end(span.doc)
    in_body = [c for c in of_kind if any(m.start_char > headline for m in c.mentions)]
    if len(of_kind) > 1 and len(in_body) == 1:
        of_kind = in_body
    if org is not None and kind is not None and not _kinds_of(org, ctx.data) and len(of_kind) == 1 \
            and of_kind[0] is not org and _public_institution(org, ctx.data) \
            and not _public_institution(of_kind[0], ctx.data):
        # "im Zentrallager der Haushaltswarenkette Hollmann … nach Angaben der Feuerwehr … Ein Sprecher des
        # Unternehmens": the one named as of that kind, not a public institution named just before
        return of_kind[0]
    if org is not None and kind is not None and not _kinds_of(org, ctx.data) and _public_institution(org, ctx.data) \
            and "gmbh" in _org_kinds(ctx.data).get(kind, ()):
        org = None  # "die Zahlen der Stadt … eine Sprecherin des Unternehmens": a town or its police is no company
    if org is not None and (kind is None or kind in _kinds_of(org, ctx.data) or not _kinds_of(org, ctx.data)):
        return org
    if not of_kind and kind is not None:  # none named before, or only one of another kind
        return _lead_subject_of_kind(kind, span, ctx) or _company_named_bare_in_lead(kind, span, ctx)
    if len(of_kind) == 1 and kind is not None and _opener_of_unknown_kind_since(of_kind[0], kind, span, ctx):
        return None
    return of_kind[0] if len(of_kind) == 1 else None


def public_institution_words(data: LanguageData) -> frozenset[str]:
    """The words of public institutions: `state_institution`, `local_institution`, `land_institution`,
    `national_institution` ("Polizei", "Landeskriminalamt", "Innenministerium")."""
    words = data.words
    return words.get("state_institution", frozenset()) | words.get("local_institution", frozenset()) \
        | words.get("land_institution", frozenset()) | words.get("national_institution", frozenset())


def _public_institution(org: Cluster, data: LanguageData) -> bool:
    """ "Feuerwehr Bremen", "Polizei", "Landeskriminalamt": an organisation named by a word of a public institution,
    no company or club."""
    institutions = public_institution_words(data)
    return any(w in institutions for text in {org.name, *org.aliases} for w in text.split())


def _opener_of_unknown_kind_since(org: Cluster, kind: str, span: Span, ctx: Context) -> bool:
    """ "Die Bundesärztekammer hat … kritisiert. … Die Deutsche Krankenhausgesellschaft sieht das anders. … laut einer
    Umfrage des Verbands": an organisation whose name says nothing of its kind opened a sentence after `org` was last
    named, so "des Verbands" may be it as well as the one whose name says so only by a kindred word ("kammer"); one
    written with the generic word itself ("die Gewerkschaft Verdi", "der Industrieverband") stays the one meant."""
    if any(kind in text.lower() for text in {org.name, *org.aliases, *(m.text for m in org.mentions)}):
        return False
    last = max((m.start for m in org.mentions if m.start < span.start), default=None)
    if last is None:
        return False  # known from what was said before, not named before the phrase
    openers = {s.start for s in text_sentences(span.doc) if last < s.start < span.start}
    for c in ctx.clusters:
        if c is org or c.type != "ORG" or _kinds_of(c, ctx.data):
            continue
        for m in c.mentions:
            start = m.start
            while start > 0 and m.start - start < 2 and span.doc[start - 1].tag_ in {"ART", "ADJA"}:
                start -= 1  # "Die Deutsche Krankenhausgesellschaft"
            if last < m.start < span.start and start in openers:
                return True
    return False


def _town_adjective_and_noun(cluster: Cluster, data: LanguageData) -> bool:
    """ "Frankfurter Geldhaus", "Kaiserslauterer Autozulieferer": a town's adjective in -er before a generic word for
    an organisation (`generic_org_word`, also ending a compound), which the model took for a name; every mention so
    written ("Hamburger Abendblatt" is a name)."""
    generic = tuple(data.words.get("generic_org_word", ()))
    places = {e.text for m in cluster.mentions[:1] for e in m.doc.ents if e.label_ == "LOC"}

    def town(t) -> bool:  # "Kaiserslauterer", which the tagger may take for a noun, of "Kaiserslautern"
        return t.text[:1].isupper() and t.text.endswith("er") and (
            t.tag_ == "ADJA" or any(p.startswith(t.text[:-2]) for p in places))

    return all(len(m) == 2 and town(m[0]) and m[1].tag_ == "NN"
               and any(f.endswith(generic) for f in _without_genitive(m[1].lower_)) for m in cluster.mentions)


def _lead_subject_of_kind(kind: str, span: Span, ctx: Context) -> Cluster | None:
    """ "Die Commerzbank hat … mehr verdient. …, teilte das Frankfurter Geldhaus mit" where the model took
    "Commerzbank" for no name: the subject that opens the article's first sentence, a definite article and one
    compound word ending in a word part of that kind's names (`generic_org_kind`), is the organisation the article is
    about; it becomes an entity with every occurrence of the word."""
    doc = span.doc
    datelines = doc._.datelines or []
    start = datelines[0].end if datelines else None
    if start is None or start + 2 >= span.start:
        return None
    article, word = doc[start], doc[start + 1]
    parts = tuple(p for p in _org_kinds(ctx.data).get(kind, ()) if len(p) >= 4)
    if article.lower_ not in DEFINITE_ARTICLES or word.tag_ not in {"NN", "NE"} or not word.text[:1].isupper() \
            or not doc[start + 2].tag_.endswith("FIN") or not parts or not word.lower_.endswith(parts) \
            or word.lower_ in parts:
        return None
    taken = {i for c in ctx.clusters for m in c.mentions for i in range(m.start, m.end)}
    mentions = [m for m in _occurrences(doc, doc[word.i : word.i + 1]) if m.start not in taken]
    if not any(m.start == word.i for m in mentions):
        return None
    cluster = Cluster(type="ORG", mentions=mentions)
    add_nominatives(cluster, ctx.data)
    ctx.clusters.append(cluster)
    return cluster


COMPANY_KINDS = frozenset({"unternehmen", "konzern", "firma", "autobauer", "zulieferer", "geldhaus", "kreditinstitut"})


def _company_named_bare_in_lead(kind: str, span: Span, ctx: Context) -> Cluster | None:
    """ "Roche hat einen Bericht … dementiert. …, sagte eine Konzernsprecherin": a one-word name that opens the
    article's first sentence as its subject, never written with a first name or a role, is the company the article is
    about when a word for a company takes it up, though the model took it for a person."""
    doc = span.doc
    datelines = doc._.datelines or []
    start = datelines[0].end if datelines else None
    if kind not in COMPANY_KINDS or start is None or start + 1 >= span.start \
            or not doc[start + 1].tag_.endswith("FIN"):
        return None
    named = next((c for c in ctx.clusters if any(m.start == start and m.end == start + 1 for m in c.mentions)), None)
    if named is None or named.type not in {"PER", "ORG"} or any(len(m) != 1 for m in named.mentions):
        return None
    profile = ctx.profiles.get(id(named))
    if named.type == "PER" and profile is not None and (profile.roles or profile.ages):
        return None
    # "Roche-Genussscheine", "Roche-Forschung": the article writes the name as a company's in a compound ("Merz" of a
    # lead "Merz hat …" stays a person)
    heads = tuple(ctx.data.words.get("company_compound_head", ()))
    name = named.mentions[0].text
    if named.type == "PER" and not any(t.text.startswith(name + "-") and t.text.split("-", 1)[1].lower().startswith(heads)
                                       for t in doc):
        return None
    named.type = "ORG"
    return named


def _of_kind_that_spoke_before(span: Span, ctx: Context) -> Resolution | None:
    """The organisation that spoke last, in the sentence of `span` or the one before, when the generic word of `span`
    describes its kind (`generic_org_kind`): "des Gremiums" after "Der Landeselternrat kritisierte", also where the
    model took its name for no entity."""
    kind = _generic_kind(span, ctx.data)
    sents = [s for s in text_sentences(span.doc) if s.start <= span.start]
    if kind is None or ctx.last is None or not sents:
        return None
    speaker, res = ctx.last
    if res.spokesperson or speaker.start < sents[max(0, len(sents) - 2)].start \
            or (res.cluster is not None and res.cluster.type != "ORG"):
        return None
    if res.cluster is None and (speaker[0].lower_ not in DEFINITE_ARTICLES or describe(speaker, ctx.data).says_something
                                or any(t.tag_ == "KON" for t in speaker)):
        return None  # "Der Landeselternrat", not "ein Elternvertreter" nor "der Elternrat und der Schülerrat"
    if res.cluster is not None and _other_named_of_kind(span, kind, res.cluster, sents, ctx):
        return None  # "Kritik des Sozialverbands SoVD … Der Verband hatte beklagt": not the Ärztekammer that spoke
    if res.cluster is not None:
        return Resolution(res.name, res.cluster) if kind in _kinds_of(res.cluster, ctx.data) else None
    head = res.name.split()[0].lower()  # "Landeselternrat (Sachsen)"
    return Resolution(res.name) if any(head == p or len(p) > 2 and head.endswith(p) for p in _org_kinds(ctx.data)[kind]) \
        else None


def _literally_of_kind(org: Cluster, kind: str) -> bool:
    """Whether a word of the organisation's name or mentions ends in the generic word itself ("Sozialverbands SoVD"
    for "verband")."""
    return any(f.endswith(kind) for text in {org.name, *org.aliases, *(m.text for m in org.mentions)}
               for w in re.split(r"[\s-]+", text.lower()) if w for f in _without_genitive(w))


def _other_named_of_kind(span: Span, kind: str, last: Cluster, sents: list, ctx: Context) -> bool:
    """ "Die Ärztekammer hat Kritik des Sozialverbands SoVD zurückgewiesen. Der Verband hatte beklagt, …": another
    organisation named in this sentence or the one before whose name has the generic word itself, where the one that
    spoke last has it only as its kind, is the one the word takes up."""
    if _literally_of_kind(last, kind):
        return False
    start = sents[max(0, len(sents) - 2)].start
    return any(c is not last and c.type == "ORG" and _literally_of_kind(c, kind)
               and any(start <= m.start < span.start for m in c.mentions) for c in ctx.clusters)


def _of_generic_kind(org: Cluster, span: Span, data: LanguageData) -> bool:
    """Whether `org` may be the kind of organisation the generic word in `span` describes: not when its name says
    it is of another kind only ("die Behörde" is not the "Chaos Computer Club"; "IAEA" may be)."""
    kind = _generic_kind(span, data)
    kinds = _kinds_of(org, data)
    return kind is None or kind in kinds or not kinds


def _generic_kind(span: Span, data: LanguageData) -> str | None:
    """The generic organisation word of `span` that `generic_org_kind` describes ("behörde" of "der Behörde")."""
    kinds = _org_kinds(data)
    return next((k for t in span for k in _without_genitive(t.lower_) if k in kinds), None)


def _kinds_of(org: Cluster, data: LanguageData) -> set[str]:
    """The kinds (`generic_org_kind`) an organisation's name, aliases and mentions say it is of: {"unternehmen"} of
    "Autozulieferers Brückmann"; short parts are abbreviations and match whole words only ("FC", "AG")."""
    words = {f for text in {org.name, *org.aliases, *(m.text for m in org.mentions)}
             for w in re.split(r"[\s-]+", text.lower()) if w for f in _without_genitive(w)}
    return {kind for kind, parts in _org_kinds(data).items()
            if any(w == p or len(p) > 3 and (w.startswith(p) or w.endswith(p)) for w in words for p in parts)}


def _org_kinds(data: LanguageData) -> dict[str, tuple[str, ...]]:
    """`generic_org_kind` rows: generic word -> the word parts of names of that kind of organisation."""
    return {kind: tuple(parts.split(",")) for kind, parts in
            (row.split("=", 1) for row in data.words.get("generic_org_kind", ()))}


def _organisation_named_just_before(span: Span, ctx: Context, parties: frozenset[str]) -> Cluster | None:
    """The one organisation the sentence before names, by itself or by a word of its name ("soll Mainz bereits …
    Kontakt aufgenommen haben. Ein Vereinssprecher …": FSV Mainz 05)."""
    sents = [s for s in text_sentences(span.doc) if s.start <= span.start]
    if len(sents) < 2:
        return None
    words = {t.text for t in span.doc[sents[-2].start : span.start] if t.tag_ in {"NE", "NN"} and t.text[:1].isupper()}
    # "ZSC-Sportchef Marco Bachmann bestätigte …": the organisation a role compound opens with is named too
    # … not the part of an organisation's own name ("EU" of "Die EU-Kommission")
    named_orgs = {i for c in ctx.clusters if c.type == "ORG" for m in c.mentions for i in range(m.start, m.end)}
    prefixes = {t.text.split("-")[0] for t in span.doc[sents[-2].start : span.start]
                if t.text in words and "-" in t.text and t.i not in named_orgs}
    words |= prefixes
    named = {id(c): c for c in ctx.clusters if c.type == "ORG" and c.name not in parties and not _is_outlet(c, ctx)
             and not _only_in_dateline(c) and (any(w in words for m in c.mentions for w in m.text.split())
                                               or any(abbreviates(p, c.name) for p in prefixes if p.isupper()))}
    return next(iter(named.values())) if len(named) == 1 else None
