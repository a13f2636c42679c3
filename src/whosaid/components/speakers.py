"""Resolves speaker mentions (names, short names, role nouns, pronouns) to the entities they denote."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosaid.components.attribution import Found
from whosaid.components.descriptions import (
    DESCRIPTION_WINDOW,
    Description,
    Profile,
    conflicts,
    describe,
    fits,
    profile_people,
    pronoun_gender,
    recent_people,
)
from whosaid.components.entities import (
    STRONG_ENDINGS,
    Cluster,
    add_nominatives,
    load_gazetteer,
    noun_gender,
    person_ending_in,
)
from whosaid.components.phrases import (
    ATTACHING_PREPOSITIONS,
    QUOTE_MARKS,
    adjective_stem,
    extended_attribute_end,
    possessor_before,
    relative_antecedent,
    sentence_of,
    strip_span,
    text_sentences,
)
from whosaid.extensions import register_extensions
from whosaid.lang import LanguageData, load_language
from whosaid.record import TextSpan

ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
                      "the", "a", "an"})
DEFINITE_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})


@dataclass
class Resolution:
    """What a speaker mention denotes: an entity cluster, or only a name (a group, a described speaker)."""

    name: str
    cluster: Cluster | None = None
    organisation: Cluster | None = None
    spokesperson: bool = False  # a spokesperson resolved to the organisation it speaks for


@Language.factory(
    "whosaid_speakers",
    assigns=["doc._.statements"],
    requires=["doc._.statements", "doc._.entities"],
    default_config={"lang": "de", "gazetteer": None},
)
def make_speakers(nlp: Language, name: str, lang: str, gazetteer: str | None) -> SpeakerResolver:
    register_extensions()
    return SpeakerResolver(load_language(lang), load_gazetteer(lang, gazetteer).first_name_genders)


@dataclass
class Context:
    """What resolution knows of the article so far."""

    doc: Doc
    clusters: list[Cluster]
    profiles: dict[int, Profile]
    data: LanguageData
    history: list[Resolution]
    outlets: set[int] = field(default_factory=set)  # ids of clusters that reported something ("schreibt", "laut einem Bericht des X")
    last: tuple[Span, Resolution] | None = None  # the speaker of the statement before and what it resolved to
    names: list[str] = field(default_factory=list)  # every speaker's resolved name so far, entity or not


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
            res = _named_for_description(resolve(found, ctx), found.speaker, ctx)
            res = _country_of_capital(qualify_institution(found.speaker, res, ctx), ctx)
            if res.cluster is None and _source_without_owner(res.name, self.data):
                found.extra["resolution"] = None  # "hieß es in einer Erklärung" of no one found: better no speaker
                continue
            found.extra["resolution"] = res
            ctx.last = (found.speaker, res)
            ctx.names.append(res.name)
            if res.cluster is not None:
                ctx.history.append(res)
                if found.lemma in self.data.words.get("report_verb", ()) and not res.spokesperson:
                    ctx.outlets.add(id(res.cluster))
                if res.spokesperson:
                    continue  # "ein Konzernsprecher" is no name of the company
                if not any(m.start_char == found.speaker.start_char for m in res.cluster.mentions) and not (
                    _contains_cluster_mention(found.speaker, res.cluster)
                ):
                    res.cluster.extra_mentions.append(
                        TextSpan(text=found.speaker.text, start=found.speaker.start_char, end=found.speaker.end_char)
                    )
        clusters.sort(key=lambda c: c.mentions[0].start)
        return doc


def add_speaking_organisations(doc: Doc, statements: list[Found], clusters: list[Cluster], data: LanguageData) -> None:
    """Organisations the model's NER missed but a speaker phrase names: "Die „Kronen Zeitung“ hatte berichtet",
    "Das Gesundheitsministerium hat … zurückgewiesen", "einem Bericht des „Spiegel“". Each becomes an entity with
    every occurrence of its name, so that later descriptions ("die Zeitung", "ein Ministeriumssprecher") find it."""
    for found in statements:
        if found.speaker is None:
            continue
        span = found.speaker
        for phrase in (span, _after_source_noun(span, data)):
            if phrase is None or _clusters_in(phrase, clusters):
                continue
            name = organisation_named_by(phrase, data)
            if name is None or _synonym_named_before(name, clusters, data) or _described_before(name, clusters, data):
                continue
            mentions = _occurrences(doc, name)
            taken = [m for c in clusters for m in c.mentions]
            mentions = [m for m in mentions if not any(m.start < t.end and t.start < m.end for t in taken)]
            if any(m.start == name.start for m in mentions):
                cluster = Cluster(type="ORG", mentions=mentions)
                add_nominatives(cluster, data)
                clusters.append(cluster)
    clusters.sort(key=lambda c: c.mentions[0].start)


def _synonym_named_before(name: Span, clusters: list[Cluster], data: LanguageData) -> bool:
    """ "die Notenbank" after "die Europäische Zentralbank": a description of an organisation already named."""
    head = name[-1].text.lower()
    synonyms = tuple(row.split("=")[1] for row in data.words.get("org_synonym", ()) if row.split("=")[0] == head)
    return bool(synonyms) and any(
        c.type == "ORG" and any(w.endswith(synonyms) for m in c.mentions if m.start < name.start for w in m.text.lower().split())
        for c in clusters)


def _described_before(name: Span, clusters: list[Cluster], data: LanguageData) -> bool:
    """ "der gleichen Nachrichtenagentur" after "die Nachrichtenagentur RIA Novosti": a word for a medium, or the
    noun an organisation was named with or whose name ends in it, describes that organisation."""
    head = name[-1]
    if head.text in data.words.get("outlet_noun", ()):
        return True
    for c in clusters:
        for m in c.mentions:
            if m.start >= name.start or c.type != "ORG":
                continue
            i = m.start - 1 - (m.start > 0 and m.doc[m.start - 1].text in QUOTE_MARKS)
            if m.text.lower().endswith(head.text.lower()) or (i >= 0 and m.doc[i].text == head.text):
                return True
    return False


def _after_source_noun(span: Span, data: LanguageData) -> Span | None:
    """ "des „Spiegel“" of "einem Bericht des „Spiegel“", "der Bundespolizei" of "Angaben der Bundespolizei"."""
    nouns = data.words.get("source_noun", frozenset())
    words = [t for t in span if not t.is_space]
    k = next((n for n, t in enumerate(words) if t.tag_ in {"NN", "NE"}), None)
    if k is None or not words[k].lower_.endswith(tuple(nouns)) or k + 2 >= len(words) \
            or words[k + 1].lower_ not in {"des", "der"}:
        return None
    return span.doc[words[k + 1].i : words[-1].i + 1]


def organisation_named_by(phrase: Span, data: LanguageData) -> Span | None:
    """The name in a phrase that can only name one organisation: a quoted name after an article ("die „Kronen
    Zeitung“", "des „Spiegel“") or a compound of an organisation noun with its adjectives ("das russische
    Verteidigungsministerium", "die Ärztekammer"); None for a bare "das Ministerium" or "die Zeitung"."""
    doc = phrase.doc
    words = [t for t in phrase if not t.is_space]
    if not words or (words[0].lower_ not in ARTICLES and words[0].text not in QUOTE_MARKS):
        return None
    if words[0].lower_ in ARTICLES:
        words = words[1:]  # without an article only a quoted name ("laut „Kicker“")
    # "das IT-Portal „Heise“", "die Wochenzeitung „Falter“": a noun (and adjectives) before the quoted name
    k = next((n for n, t in enumerate(words) if t.text in QUOTE_MARKS), None)
    if k is not None and 0 < k <= 3 and words[k - 1].tag_ in {"NN", "NE", "ADJA"} \
            and all(t.tag_ == "ADJA" for t in words[: k - 1]):
        words = words[k:]  # also "die italienische „Gazzetta dello Sport“"
    if len(words) >= 3 and words[0].text in QUOTE_MARKS and words[-1].text in QUOTE_MARKS:
        inner = words[1:-1]
        if len(inner) <= 5 and inner[0].text[:1].isupper() and inner[-1].text[:1].isupper() \
                and not any(t.text in QUOTE_MARKS for t in inner):
            return doc[inner[0].i : inner[-1].i + 1]
        return None
    if 1 <= len(words) <= 3 and words[-1].tag_ in {"NN", "NE"} and all(t.tag_ == "ADJA" for t in words[:-1]) \
            and _specific_organisation_noun(words[-1].text, data):
        return doc[words[0].i : words[-1].i + 1]
    return None


def _specific_organisation_noun(word: str, data: LanguageData) -> bool:
    """ "Gesundheitsministerium", "Ärztekammer", "Bundesregierung": an organisation noun with a part before it
    that says which one; the bare noun ("Ministerium") is only a description."""
    lower = word.lower()
    return any(lower.endswith(noun.lower()) and len(lower) >= len(noun) + 3 for noun in data.org_nouns
               if len(noun) >= 4)


def _occurrences(doc: Doc, name: Span) -> list[Span]:
    """Every stretch of the doc written as `name`, with or without a genitive -s on its last word."""
    words = [t.text for t in name]
    n, out = len(words), []
    for i in range(len(doc) - n + 1):
        if all(doc[i + k].text == words[k] for k in range(n - 1)):
            last = doc[i + n - 1].text
            if last == words[-1] or last in {words[-1] + "s", words[-1] + "es"}:
                out.append(Span(doc, i, i + n, label="ORG"))
    return out


def _contains_cluster_mention(span: Span, cluster: Cluster) -> bool:
    return any(span.start <= m.start and m.end <= span.end for m in cluster.mentions) or any(
        span.start_char <= m.start and m.end <= span.end_char for m in cluster.extra_mentions
    )


def _clusters_in(span: Span, clusters: list[Cluster]) -> list[tuple[Span, Cluster]]:
    inside = []
    for c in clusters:
        for m in c.mentions:
            if span.start <= m.start and m.end <= span.end:
                inside.append((m, c))
    return sorted(inside, key=lambda mc: mc[0].start)


def _attached(mention: Span, speaker: Span, data: LanguageData) -> bool:
    """ "Der Sprecher von Angela Merkel", "der Sprecher des Präsidenten Wladimir Putin": the person the speaker's
    role belongs to, not the speaker ("der Sprecher des Kommandos Tahsin al-Khafaji" is al-Khafaji)."""
    doc = mention.doc
    before = mention.start - 1
    if before <= speaker.start or not any(_is_role(t, data) for t in doc[speaker.start : before]):
        return False
    if doc[before].lower_ in {"von", "vom"}:
        return True
    return _is_role(doc[before], data) and doc[before - 1].lower_ in {"des", "der"}


def _is_role(token: Token, data: LanguageData) -> bool:
    """A role noun in any case form: "Präsidenten" is "Präsident"."""
    return token.text in data.role_nouns or token.lemma_ in data.role_nouns


def _possessor(mention: Span, speaker: Span, data: LanguageData) -> bool:
    """ "Merkels" in "Merkels Sprecher", "Netanjahu" in "das Büro von Ministerpräsident Benjamin Netanjahu": the
    person whose spokesman or office speaks, not the speaker."""
    if possessor_before(mention.doc, mention.end, speaker.end):
        return True
    doc = mention.doc
    k = mention.start - 1
    while k > speaker.start and doc[k].tag_ == "NN" and doc[k].text[:1].isupper() and k + 1 == mention.start:
        k -= 1  # a title before the name ("von Ministerpräsident …")
    head = next((t for t in speaker if t.tag_ == "NN"), None)
    return k > speaker.start and doc[k].lower_ == "von" and head is not None and head.i < k \
        and head.text in data.words.get("office_noun", ())


def resolve(found: Found, ctx: Context) -> Resolution:
    span = found.speaker
    assert span is not None
    data, clusters = ctx.data, ctx.clusters
    if len(span) == 1 and span[0].tag_ == "PRELS":
        span = relative_antecedent(span[0]) or span  # "der Prediger, der …": who "der" is
    led = _organisation_before_its_leader(span, clusters, data)
    if led is not None:  # "Die Armee von General Abdel Fattah al-Burhan", "Die RSF unter Mohamed Hamdan Daglo"
        span = led
    inside = _clusters_in(span, clusters)
    advised = _person_advised(span, inside, data)
    if advised is not None:  # "Ein Berater Dagalos": someone of the person's organisation, never the person
        org = _organisation_led_by(advised, span, ctx)
        return Resolution(org.name, org, org, spokesperson=True) if org is not None else Resolution(_bare(span))
    people = [c for m, c in inside if c.type == "PER" and not _possessor(m, span, data) and not _attached(m, span, data)]
    if people:  # "Kommissionspräsident Martin Gasser (SVP)": the bracket after a person is the party
        person = people[-1]
        if " " not in person.name and len(span) == 1:
            person = _full_name_transliterated(span[0], clusters, data) or person
        return Resolution(person.name, person)
    acronym = _acronym_after(span, clusters)
    if acronym is not None:  # "Die Bundesvereinigung der Deutschen Arbeitgeberverbände (BDA)"
        acronym.aliases.add(_bare(span))
        return Resolution(acronym.name, acronym)
    short = _person_by_short_name(span, clusters, data)
    if short is not None:
        return Resolution(short.name, short)
    if len(span) == 1 and span[0].tag_ in {"PPER", "PIS", "PDS"} and _pronoun_key(span[0], data) is not None:
        return _resolve_pronoun(found, span, ctx)
    party = _party_of_group(span, ctx)
    if party is not None:  # "Die Grünen im Bundestag", "die SPD-Opposition": the party speaks
        return party
    organisations = [c for m, c in inside if c.type in {"ORG", "LOC"}]
    titled = _title_after_outlet_noun(span, ctx)
    if titled is not None:  # "die Hisbollah-nahe libanesische Zeitung »Al-Akhbar«"
        return titled
    source = _source_of_report(found, span, inside, ctx)
    if source is not None:
        return source
    author = _institution_of_authors(span, inside, ctx)
    if author is not None:  # "schreiben die Forschenden" after "eine Studie der Universität Bern"
        return Resolution(author.name, author)
    desc = describe(span, data)
    if desc.spokesperson:
        return _resolve_spokesperson(span, desc, organisations, inside, ctx)
    institution = _institution_of_role(span, ctx)
    if institution is not None:
        return Resolution(institution.name, institution)
    member = _unnamed_member_of(span, ctx)
    if member is not None:  # "ein DWD-Meteorologe": someone of the DWD, unnamed, speaking for it
        return Resolution(member.name, member, member, spokesperson=True)
    if desc.says_something:
        person = None if _new_or_several(found, span, data) else _described_person(span, desc, ctx)
        if person is None and desc.role is not None and not _new_or_several(found, span, data):
            person = _named_right_after(span, desc, ctx)
        if person is not None:
            return Resolution(person.name, person)
        return Resolution(_bare(span), None, organisations[0] if organisations else None)
    if not inside:
        described = _described_organisation(span, ctx)
        if described is not None:
            return described
    countries = _country_adjectives(list(span))  # "Das russische Verteidigungsministerium" is not the British one
    # "Die britische Behörde für maritime Sicherheit UKMTO": the acronym after the name is the name again
    whole = [c for m, c in inside if _ends_span(m, span) and (_described_name(span, m)
                                                              or any(o.end == m.start for o in c.mentions))
             and (c.qualified_name is None or _of_countries(c, countries))]
    if whole:
        if whole[0].type == "MISC":  # "Die „Kronen Zeitung“ hatte berichtet": a speaking name is no work or event
            whole[0].type = "ORG"
        return Resolution(whole[0].name, whole[0])
    placed = _without_place_tail(span, inside, data)
    if placed is not None:  # "Die Reederei Thalassa Shipping aus Piräus": the company, not the port
        named = [c for m, c in inside if c.type == "ORG" and _ends_span(m, placed) and _described_name(placed, m)]
        if named:
            return Resolution(named[0].name, named[0])
    if len(inside) >= 2 and any(t.lower_ in data.words.get("coordination", ()) for t in span):
        return Resolution(_bare(span))
    groups = tuple(data.words.get("hearsay_group_ending", ()))
    if span[-1].tag_ == "NN" and span[-1].lower_.endswith(groups) and all(t.tag_ == "ADJA" for t in span[:-1]):
        # "verlautete aus Diplomatenkreisen", "unter Berufung auf syrische Regierungskreise"
        return _hearsay_group(span, _plural_source_after(span, data) or _nominative_plural(span[-1], data), ctx)
    return Resolution(_bare(span), None, organisations[0] if organisations else None)


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
    while j < len(words) and words[j].tag_ == "NN" and _is_role(words[j], data):
        j += 1  # a title: "General", "Präsident"
    person = j < len(words) and any(c.type == "PER" and m.start == words[j].i for c in clusters for m in c.mentions)
    return span.doc[span.start : words[k].i] if organisation and person else None


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


def _transliterated(name: str, data: LanguageData) -> str:
    """A name in one spelling of its transliterations (transliteration: "dsch" and "dj" are "j")."""
    key = name.lower()
    for row in sorted(data.words.get("transliteration", ()), key=lambda r: -len(r.split("=")[0])):  # "dsch" before "sch"
        written, common = row.split("=")
        key = key.replace(written, common)
    return key


def _without_place_tail(span: Span, inside: list[tuple[Span, Cluster]], data: LanguageData) -> Span | None:
    """The speaker phrase without the place that ends it ("… aus Piräus", "… in Kabul"), or None."""
    last = max(inside, key=lambda mc: mc[0].end, default=None)
    if last is None or last[1].type != "LOC" or not _ends_span(last[0], span) or last[0].start - 1 <= span.start:
        return None
    if span.doc[last[0].start - 1].lower_ not in data.words.get("source_place_preposition", ()):
        return None
    return strip_span(span.doc[span.start : last[0].start - 1])


def _party_of_group(span: Span, ctx: Context) -> Resolution | None:
    """The party of "die Grünen im Bundestag", "die Linke im Landtag", "die SPD-Opposition (im Landtag)": a party, or
    a compound of a party with a word for its group (`party_group_compound`), with at most the parliament it sits in
    (`parliament`) after it; the party's entity where the article names it, else its name."""
    words = [t for t in span if not t.is_space]
    if words and words[0].lower_ in ARTICLES:
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
    if not tail and not group:
        return None  # the party alone is resolved as any name is
    party = next((c for c in ctx.clusters if c.type == "ORG" and name in {c.name, *c.aliases, *(m.text for m in c.mentions)}),
                 None)
    if party is None:
        return Resolution(name)
    return Resolution(party.name, party)


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


def _acronym_after(span: Span, clusters: list[Cluster]) -> Cluster | None:
    """The organisation of the acronym in brackets right after a speaker phrase: "(BDA)", "(ÖHGB)"."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return None
    acronym = doc[span.end + 1].text
    if sum(ch.isupper() for ch in acronym) < 2:  # "BDA", "TdL"
        return None
    return next((c for c in clusters if c.type == "ORG" and acronym in {c.name, c.acronym}), None)


def _source_of_report(found: Found, span: Span, inside: list[tuple[Span, Cluster]], ctx: Context) -> Resolution | None:
    """ "einem Bericht des „Spiegel“", "Angaben der Bundespolizei", "nach eigenen Angaben": a speaker phrase headed
    by what a source said is that source: the entity named after the head, else the phrase after it, else (with
    "eigenen") the subject of the clause."""
    words = [t for t in span if not t.is_space and t.tag_ not in {"ART", "PPOSAT", "PIAT", "ADJA", "CARD"}]
    nouns = ctx.data.words.get("source_noun", frozenset())
    words = words[_participle_attribute_end(span, words):]
    if not words or not words[0].text.lower().endswith(tuple(nouns)) or words[0].tag_ not in {"NN", "NE"}:
        return None
    head = words[0]
    court = _court_of_ruling(span, head, inside, ctx)
    if court is not None:
        return court
    country = _country_of_adjective_before(head, ctx)
    if country is not None:  # "nach ukrainischen Angaben": Ukraine's
        return country
    own = _possessor_of_source(span, head, ctx)
    if own is not None:  # "Der Branchenverband WindEurope begrüßte den Schritt. Nach seinen Angaben …"
        return own
    # "Angaben der Polizei in Köln", "der Regionalverwaltung von Tigray": a place after a preposition only says
    # where the source named before it sits
    named = [c for m, c in inside if m.start > head.i and not _place_of_noun_before(m, c, head)]
    if named:
        if head.text in ctx.data.words.get("press_report_noun", ()):  # "einem Bericht des „Spiegel“": an outlet
            ctx.outlets.add(id(named[0]))
        return Resolution(named[0].name, named[0])
    rest = strip_span(span.doc[head.i + 1 : span.end])
    among = next((t.i for t in rest[1:] if t.tag_ == "APPR" and t.lower_ not in ATTACHING_PREPOSITIONS), None)
    if among is not None:  # "einer Umfrage des Verbands | unter 98 Kliniken": whom the source asked
        rest = strip_span(span.doc[rest.start : among])
    if len(rest) > 1 and rest[0].lower_ in {"des", "der"}:
        desc = describe(rest, ctx.data)
        person = _described_person(rest, desc, ctx) if desc.role is not None else None
        if person is not None:  # "nach Angaben des Trainers": the coach named before
            return Resolution(person.name, person)
        described = _described_organisation(rest, ctx)  # "einem Bericht der Behörde": the agency named before
        if described is not None:
            return described
    if len(rest) > 1 and rest[0].lower_ in {"des", "der", "von", "vom"}:
        return Resolution(_bare(span.doc[rest.start + 1 : rest.end]) if rest[0].lower_ in {"von", "vom"}
                          else _nominative_name(rest))
    after = span.doc[span.end : min(len(span.doc), span.end + 4)]
    group = _plural_source_after(rest, ctx.data) if len(rest) else _plural_source_after(after, ctx.data)
    if group is not None:  # "nach Einschätzung deutscher Sicherheitsbehörden", "Angaben aus ägyptischen Sicherheitskreisen"
        return Resolution(group)
    source = _compound_source(head, ctx.data)
    if source is not None and source.lower() in ctx.data.words.get("generic_medium", ()):
        outlet = _outlet_nearby(span, ctx)  # "nach einem Medienbericht … Der „Tagesspiegel“ berief sich auf …"
        if outlet is not None:
            return outlet
    if source is not None and _acronym_of(source, ctx.data) is not None:  # "nach UN-Angaben"
        return _organisation_of_acronym(source, ctx)
    if source is not None:  # "nach Polizeiangaben": the police
        org = _spoken_for_before(span, ctx) if source.lower() in ctx.data.words.get("generic_org_word", ()) \
            else _organisation_named(source.lower(), span, ctx)
        return Resolution(org.name, org) if org is not None else Resolution(source)
    if not len(rest):
        author = _author_of_study(span, head, ctx)
        if author is not None:  # "einer neuen Studie zufolge … schreiben Forschende des Potsdam-Instituts"
            return Resolution(author.name, author)
    if not len(rest) and any(t.lower_ in ctx.data.words.get("indefinite_article", ()) for t in span.doc[span.start : head.i]):
        last = _last_organisation_nearby(span, ctx)
        if last is not None:  # "Swissmem äusserte sich besorgt. …, hiess es in einer Mitteilung"
            return last
    if any(t.lower_ in ctx.data.words.get("own_source", ()) for t in span.doc[span.start : head.i]):
        subject = _clause_subject(found, span)
        if subject is not None:
            # "Die Feuerwehr in Freiburg … nach eigenen Angaben": the place in the subject only qualifies it
            inner = [(m, c) for m, c in _clusters_in(subject, ctx.clusters)
                     if not (m.start > subject.start and subject.doc[m.start - 1].tag_ in {"APPR", "APPRART"})]
            return Resolution(inner[-1][1].name, inner[-1][1]) if inner else Resolution(_bare(subject))
    return None


def _source_without_owner(name: str, data: LanguageData) -> bool:
    """ "Erklärung", "den Angaben", "seinen Angaben": a name that is only what a source said, nobody's."""
    words = name.split()
    return bool(words) and words[-1].lower().endswith(tuple(data.words.get("source_noun", ()))) \
        and all(w[:1].islower() for w in words[:-1])


def _country_of_adjective_before(head: Token, ctx: Context) -> Resolution | None:
    """The country of the adjective right before a source noun ("ukrainischen Angaben"), by the capital rows."""
    if head.i == 0 or head.doc[head.i - 1].tag_ != "ADJA":
        return None
    stems = _country_adjectives([head.doc[head.i - 1]])
    countries = {stem: country for country, stem in _capitals(ctx.data).values()}
    country = next((countries[s] for s in stems if s in countries), None)
    if country is None:
        return None
    named = next((c for c in ctx.clusters if c.type == "LOC" and c.name == country), None)
    return Resolution(country, named)


def _possessor_of_source(span: Span, head: Token, ctx: Context) -> Resolution | None:
    """ "nach seinen Angaben", "ihren Angaben zufolge": the source is whose it is, the organisation or person that
    spoke just before (in this sentence or the one before), of a gender the possessive agrees with."""
    doc = span.doc
    if head.i == 0 or doc[head.i - 1].tag_ != "PPOSAT" or head.i + 1 < span.end or ctx.last is None:
        return None
    possessive = doc[head.i - 1].lower_
    speaker, res = ctx.last
    sents = [s for s in text_sentences(doc) if s.start <= span.start]
    if res.cluster is None or len(sents) < 1 or speaker.start < sents[max(0, len(sents) - 2)].start:
        return None
    if res.cluster.type == "PER":
        profile = ctx.profiles.get(id(res.cluster))
        gender = profile.gender if profile is not None else None
        if gender is None or (gender == "f") != possessive.startswith("ihr"):
            return None
    elif res.cluster.type != "ORG":
        return None
    return Resolution(res.name, res.cluster)


def _place_of_noun_before(mention: Span, cluster: Cluster, head: Token) -> bool:
    """A place named after a preposition that follows a common noun after `head` ("der Polizei in | Köln")."""
    doc = mention.doc
    return cluster.type == "LOC" and mention.start > 0 and doc[mention.start - 1].tag_ in {"APPR", "APPRART"} \
        and any(t.tag_ == "NN" for t in doc[head.i + 1 : mention.start - 1])


def _participle_attribute_end(span: Span, words: list[Token]) -> int:
    """ "dem am Donnerstag veröffentlichten Urteil": where an attribute built on a participle between the article and
    the noun ends, as an index into `words` (the span's words without articles and adjectives); 0 without one."""
    doc = span.doc
    if not words or span[0].tag_ != "ART" or words[0].tag_ not in {"APPR", "APPRART", "ADV", "ADJD"}:
        return 0
    noun = next((n for n, t in enumerate(words) if t.tag_ in {"NN", "NE"} and t.i > span.start
                 and doc[t.i - 1].tag_ == "ADJA"), None)
    return noun if noun is not None else 0


def _court_of_ruling(span: Span, head: Token, inside: list[tuple[Span, Cluster]], ctx: Context) -> Resolution | None:
    """ "heißt es in dem Urteil", "in dem Beschluss des Ersten Senats": a court's ruling, named by no organisation
    after it or only by a part of the court, is the court's that the article named before (ruling_noun), by the
    name it was given or, where that is no name, by the word ("Das Bundesgericht hat … abgewiesen")."""
    units = ctx.data.words.get("court_unit", frozenset())
    if head.lower_ not in ctx.data.words.get("ruling_noun", ()):
        return None
    if any(m.start > head.i and m[-1].lower_ not in units for m, _ in inside):
        return None
    rest = [t for t in span.doc[head.i + 1 : span.end] if t.tag_ in {"NN", "NE"}]
    if rest and not (len(rest) == 1 and rest[0].lower_ in units):
        return None
    court = _latest_organisation_ending("gericht", span, ctx)
    if court is not None:
        return Resolution(court.name, court)
    doc = span.doc
    headline = _headline_end(doc)
    word = next((t for t in reversed(doc[: span.start]) if t.idx >= headline and t.tag_ in {"NN", "NE"}
                 and t.text[:1].isupper() and t.lower_.endswith(COURT_WORD_ENDINGS)), None)
    if word is None:
        return None
    return Resolution(next(form for form in _without_genitive(word.text) if form.lower().endswith(COURT_WORDS)))


COURT_WORDS = ("gericht", "gerichtshof")
COURT_WORD_ENDINGS = ("gericht", "gerichts", "gerichtes", "gerichtshof", "gerichtshofs")


def _author_of_study(span: Span, head: Token, ctx: Context) -> Cluster | None:
    """Who wrote "einer neuen Studie", "dem Bericht" named by nothing after it: the one organisation the sentence and
    the one after name as the author of such a work ("Forschende des Potsdam-Instituts", "eine Untersuchung der
    Universität Bonn"), or, for a definite "dem Bericht", the organisation an earlier report was attributed to
    ("einem Bericht des „Weser-Kurier“")."""
    doc = span.doc
    authors = ctx.data.words.get("work_author_noun", frozenset())
    sents = text_sentences(doc)
    here = next((n for n, s in enumerate(sents) if s.start <= span.start < s.end), None)
    if here is None:
        return None
    definite = any(t.lower_ in DEFINITE_ARTICLES for t in doc[span.start : head.i])
    window = doc[: span.start] if definite else doc[sents[here].start : sents[min(len(sents) - 1, here + 1)].end]
    named = {}
    for c in ctx.clusters:
        if c.type != "ORG":
            continue
        for m in c.mentions:
            k = m.start - 1 - (m.start > 0 and doc[m.start - 1].text in QUOTE_MARKS)
            if window.start <= m.start < window.end and k >= 1 and doc[k].lower_ in {"des", "der"} and (
                    doc[k - 1].text == head.text if definite else doc[k - 1].text in authors or
                    doc[k - 1].lower_ in ctx.data.words.get("source_noun", ())):
                named[id(c)] = (m.start, c)
    if definite:
        return max(named.values(), key=lambda mc: mc[0])[1] if named else None
    return next(iter(named.values()))[1] if len(named) == 1 else None


def _institution_of_authors(span: Span, inside: list[tuple[Span, Cluster]], ctx: Context) -> Cluster | None:
    """Who "die Forschenden", "die Autorinnen" or "Forschende des Potsdam-Instituts" (`study_author`) stand for: the
    organisation named right after them, else the one organisation the article named before as the author of a
    study ("eine Studie der Universität Bern", "Forschende des AWI"); None when there are several."""
    words = [t for t in span if not t.is_space]
    authors = ctx.data.words.get("study_author", frozenset())
    k = next((n for n, t in enumerate(words) if t.text in authors), None)
    if k is None or not all(t.lower_ in DEFINITE_ARTICLES or t.tag_ == "ADJA" for t in words[:k]):
        return None
    if k + 1 < len(words):
        after = [c for m, c in inside if m.start > words[k].i and c.type == "ORG"]
        return after[0] if words[k + 1].lower_ in {"des", "der"} and after else None
    if not k:
        return None  # "Forscher sagen": unnamed people, no institution's authors
    doc = span.doc
    nouns = ctx.data.words.get("work_author_noun", frozenset())
    named = {}
    for c in ctx.clusters:
        for m in c.mentions:
            i = m.start - 1 - (m.start > 0 and doc[m.start - 1].text in QUOTE_MARKS)
            if c.type == "ORG" and m.start < span.start and i >= 1 and doc[i].lower_ in {"des", "der"} \
                    and doc[i - 1].text in nouns:
                named[id(c)] = c
    return next(iter(named.values())) if len(named) == 1 else None


def qualify_institution(span: Span, res: Resolution, ctx: Context) -> Resolution:
    """A bare institution qualified by its place: "eine Polizeisprecherin" in an article from Berlin is "Polizei
    Berlin" (also "Berliner Polizei", "Polizei"), "die Militärverwaltung der Stadt" after "In Kiew" is "Militärverwaltung
    Kiew", "das Verteidigungsministerium in Moskau" is "russisches Verteidigungsministerium". A local institution
    (`local_institution`) takes the place named with it, else the place last named in its sentence or the one before,
    else the dateline's; a national one (`national_institution`) only a country named with it. The qualified name
    goes on the entity with the bare word as an alias; an entity qualified otherwise before keeps its name."""
    data = ctx.data
    words = res.name.split()
    if not words or (len(words) > 1 and words[1] not in {"in", "von", "der"}):
        return res
    word = words[0]
    regional = word in data.words.get("state_institution", ())
    local = regional or word in data.words.get("local_institution", ())
    if not local and word not in data.words.get("national_institution", ()):
        return res
    if res.cluster is not None and (res.cluster.type != "ORG" or res.cluster.name not in {word, res.name}):
        return res
    doc = span.doc
    # the institution's word in the speaker phrase, else in its sentence ("Die Feuerwehr … nach eigenen Angaben")
    token = next((t for t in span if t.text.startswith(word)), None) \
        or next((t for t in sentence_of(doc, span.start) if t.text == word), None)
    if token is None:
        return res
    capitals = _capitals(data)
    place = _place_named_with(token, span, ctx)
    stem = next((stem for _, stem in capitals.values() for t in span if t.tag_ == "ADJA" and t.lower_.startswith(stem)),
                None)
    if local:
        unit = _unit_of_institution(word, span, ctx)
        if unit is not None:  # "laut Polizei" after "Wie die Landespolizeidirektion Tirol mitteilte"
            return Resolution(unit.name, unit, unit if res.spokesperson else res.organisation, res.spokesperson)
        if place is None and regional:
            place = _first_region(span, data)
        if place is None and stem is None and not regional:
            place = _place_named_before(span, ctx, {country for country, _ in capitals.values()})
        if place is None:
            return res
        named = [c for c in ctx.clusters if c.type == "ORG" and c.name.startswith(word) and place in c.name]
        if len(named) == 1:  # "die Staatsanwaltschaft" of an article that names the "Staatsanwaltschaft München I"
            return Resolution(named[0].name, named[0], named[0] if res.spokesperson else res.organisation,
                              res.spokesperson)
        name = f"{word} {place}"
        aliases = {word, f"{word} in {place}"}
        if place[-1] not in "aeiou" and not any(c in place for c in " -"):
            aliases.add(f"{place}er {word}")  # "Berliner Polizei", "Kiewer Militärverwaltung"
    else:
        stem = stem or (capitals[place][1] if place in capitals else None) or _country_adjective_before(word, span) \
            or _country_of_dateline(span, capitals)
        gender = noun_gender(word, data)
        if stem is None or gender is None:
            return res
        name = f"{stem}{STRONG_ENDINGS[gender]} {word}"
        aliases = {word, f"{stem}e {word}", *(f"{word} in {c}" for c, (_, st) in capitals.items() if st == stem)}
        if stem == "deutsch" and word.endswith("ministerium"):
            aliases.add("Bundes" + word.lower())  # "Bundesinnenministerium"
    cluster = res.cluster or next((c for c in ctx.clusters if c.type == "ORG" and c.name in {word, name}), None)
    if cluster is None:
        cluster = Cluster(type="ORG", mentions=[doc[token.i : token.i + 1]])
        ctx.clusters.append(cluster)
    if cluster.qualified_name not in {None, name}:
        if local or not any(t.tag_ == "ADJA" for t in span):
            return res  # "die Stadt" of two cities: the first keeps it
        # "Das russische Verteidigungsministerium" after the British one the bare word named: another ministry
        cluster = _split_off(cluster, token, name, ctx)
    cluster.qualified_name = name
    cluster.aliases |= aliases - {name}
    return Resolution(name, cluster, cluster if res.spokesperson else res.organisation, res.spokesperson)


def _split_off(cluster: Cluster, token: Token, name: str, ctx: Context) -> Cluster:
    """The organisation qualified as `name` (found, or made from the mention at `token`, which leaves `cluster`)."""
    named = next((c for c in ctx.clusters if c.type == "ORG" and name in {c.qualified_name, c.name}), None)
    if named is not None:
        return named
    mention = next((m for m in cluster.mentions if m.start <= token.i < m.end), token.doc[token.i : token.i + 1])
    if len(cluster.mentions) > 1:
        cluster.mentions = [m for m in cluster.mentions if m is not mention]
    split = Cluster(type="ORG", mentions=[mention])
    ctx.clusters.append(split)
    return split


def _first_region(span: Span, data: LanguageData) -> str | None:
    """The state (`region`) an article names first, before `span`: the Land whose "Landeskriminalamt" speaks in an
    article from one of its towns ("eine Serie in Rheinland-Pfalz und im Saarland … des Landeskriminalamts")."""
    regions = data.words.get("region", frozenset())
    return next((t.text for t in span.doc[: span.start] if t.text in regions), None)


def _unit_of_institution(word: str, span: Span, ctx: Context) -> Cluster | None:
    """The one organisation named before `span` whose name holds the institution's word with a word for one of its
    units after it (`institution_unit`): "Landespolizeidirektion Tirol", "Polizeipräsidium Mittelfranken" for "die
    Polizei"; never "Bundespolizei", a body of its own."""
    stems = tuple(word.lower() + unit for unit in ctx.data.words.get("institution_unit", ()))
    named = [c for c in ctx.clusters if c.type == "ORG" and any(m.start < span.start for m in c.mentions)
             and any(stem in w for w in c.name.lower().split() for stem in stems)]
    return named[0] if len(named) == 1 else None


def _named_for_description(res: Resolution, span: Span, ctx: Context) -> Resolution:
    """ "des Ministeriums", "des Innenministeriums", "des Konzerns", which the model took for names of their own, in
    an article that named the organisation before ("Bundesinnenministerium", "der Logistikkonzern Korvan"): a word
    written only with a definite article that the name of one organisation named before ends in is that
    organisation."""
    cluster = res.cluster
    if cluster is None or cluster.type != "ORG" or " " in cluster.name:
        return res
    mentions = [m for m in cluster.mentions if m.start_char > _headline_end(span.doc)]  # a headline has no articles
    if not mentions or not all(m.doc[m.start - 1].lower_ in DEFINITE_ARTICLES or m.doc[m.start - 1].tag_ == "APPRART"
                               for m in mentions):
        return res
    word = cluster.name.lower()
    if not any(word.endswith(noun.lower()) for noun in ctx.data.org_nouns | ctx.data.words.get("generic_org_word",
                                                                                                 frozenset())):
        return res
    first = min(m.start for m in mentions)
    countries = _country_adjectives(list(span))  # "Das russische Verteidigungsministerium" after the British one
    named = {id(c): c for c in ctx.clusters if c is not cluster and c.type == "ORG" and c.name.lower() != word
             and any(m.start < first for m in c.mentions) and _name_ends_in(c, word) and _of_countries(c, countries)}
    if not named and _nominative_word(word, ctx.data) in ctx.data.words.get("generic_org_word", frozenset()):
        # "des Vereins", "die Gewerkschaft" named by no organisation: the one the article is about
        org = _generically_described(span, ctx)
        if org is not None and org is not cluster:
            return Resolution(org.name, org, org if res.spokesperson else res.organisation, res.spokesperson)
    if len(named) != 1:
        return res
    org = next(iter(named.values()))
    return Resolution(org.name, org, org if res.spokesperson else res.organisation, res.spokesperson)


def _nominative_word(word: str, data: LanguageData) -> str:
    """ "verein" of "vereins": a generic organisation word without its genitive ending."""
    generic = data.words.get("generic_org_word", frozenset())
    return next((form for form in _without_genitive(word) if form in generic), word)


def _headline_end(doc: Doc) -> int:
    """Where a headline (a first line not ending as a sentence does) ends, else 0."""
    line = doc.text.split("\n", 1)[0]
    return len(line) if "\n" in doc.text and not line.rstrip().endswith((".", "“", "\"")) else 0


def _name_ends_in(c: Cluster, word: str) -> bool:
    """A word of the organisation's name, or the noun it was named with, ends in `word` ("Bundesinnenministerium",
    "Logistikkonzern Korvan")."""
    words = {w for text in {c.name, *c.aliases, *(m.text for m in c.mentions)} for w in text.lower().split()}
    words |= {_apposed_noun(m) for m in c.mentions}
    return any(w.endswith(word) for w in words if w)


def _country_adjective_before(word: str, span: Span) -> str | None:
    """ "sudanesisch" for "die Armee" after "Vertreter der sudanesischen Armee": the one country adjective the
    article wrote the institution with before."""
    doc = span.doc
    stems = _country_adjectives([doc[t.i - 1] for t in doc[1 : span.start] if t.text in {word, word + "s", word + "es"}])
    return next(iter(stems)) if len(stems) == 1 else None


def _country_of_dateline(span: Span, capitals: dict[str, tuple[str, str]]) -> str | None:
    """ "russisch" for "des Außenministeriums" in an article from Moskau: a national institution written bare, and
    not with a country's adjective before (`_country_adjective_before` comes first), is the dateline capital's:
    agency copy names the home country's ministries bare and marks foreign ones ("das russische …")."""
    country = capitals.get(_dateline_place(span.doc))
    return country[1] if country else None


def _country_of_capital(res: Resolution, ctx: Context) -> Resolution:
    """ "Moskau droht mit Vergeltung", "Teheran wies den Bericht zurück": a capital that speaks is its country's
    government, the country's entity where the article names it."""
    if res.cluster is None or res.cluster.type != "LOC":
        return res
    country = _capitals(ctx.data).get(res.cluster.name, (None, None))[0]
    if country is None:
        return res
    named = next((c for c in ctx.clusters if c.type == "LOC" and c.name == country), None)
    return Resolution(country, named)


def _place_named_with(token: Token, span: Span, ctx: Context) -> str | None:
    """ "Feuerwehr in Freiburg", "Verteidigungsministerium in Moskau": the place right after the institution (in its
    phrase or just after it); "Militärverwaltung der Stadt": the place named last before."""
    doc = span.doc
    end = min(len(doc), max(span.end, token.i + 1) + 3)
    after = [t for t in doc[token.i + 1 : end] if not t.is_space]
    if len(after) >= 2 and after[0].lower_ in {"in", "von"} and after[1].text[:1].isupper() \
            and after[1].tag_ in {"NE", "NN"}:
        return after[1].text
    if len(after) >= 2 and after[0].lower_ == "der" and after[1].text == "Stadt":
        return _place_named_before(span, ctx, frozenset())
    return None


def _dateline_place(doc: Doc) -> str:
    """The first place of the article's dateline ("KIEW (dpa-AFX) -": Kiew; "Frankfurt/Main (dpa)": Frankfurt)."""
    datelines = doc._.datelines or []
    place = datelines[0].text.split("(")[0].split("/")[0].strip(" \n–—-:") if datelines else ""
    return place.title() if place.isupper() else place


def _place_named_before(span: Span, ctx: Context, countries: set[str] | frozenset[str]) -> str | None:
    """The place last named in the sentence of `span` or the one before, else the article's dateline place."""
    doc = span.doc
    sents = [s for s in text_sentences(doc) if s.start <= span.start]
    start = sents[-2].start if len(sents) >= 2 else 0
    # "in einer Halle": a place written with an article is a common noun the model took for a town
    places = [(m.start, c.name) for c in ctx.clusters if c.type == "LOC" and c.name not in countries
              for m in c.mentions if start <= m.start < span.start and not (m.start > 0 and doc[m.start - 1].tag_ == "ART")]
    dateline = _dateline_place(doc)
    if places:
        place = max(places)[1]
        place = place.title() if place.isupper() else place
        city = place.split("-")[0]
        return city if city != place and city == dateline else place  # "Berlin-Neukölln" in an article from Berlin
    return dateline or None


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
    prev = sents[-2]
    finite = next((t for t in prev if t.tag_.endswith("FIN")), None)
    if finite is None:
        return None
    opened = {id(c): c for _, c in _clusters_in(doc[prev.start : finite.i], ctx.clusters)}
    if len(opened) == 1:
        org = next(iter(opened.values()))
        return Resolution(org.name, org) if org.type == "ORG" else None
    return None


def _plural_source_after(rest: Span, data: LanguageData) -> str | None:
    """ "deutsche Sicherheitsbehörden" of "deutscher Sicherheitsbehörden …" (a genitive plural without article) or of
    "aus ägyptischen Sicherheitskreisen": the group that opens `rest`, in the nominative."""
    words = [t for t in rest if not t.is_space]
    k = 1 if words and words[0].lower_ == "aus" else 0
    adjectives = []
    while k < len(words) and words[k].tag_ == "ADJA" and words[k].text[:1].islower():
        adjectives.append(words[k])
        k += 1
    groups = tuple(data.words.get("hearsay_group_ending", ()))
    if k >= len(words) or words[k].tag_ != "NN" or not adjectives and not words[k].lower_.endswith(groups):
        return None  # a group needs its adjective or a group's name ("aus Regierungskreisen"): "Angaben Polizei" is none
    out = [t.text[:-1] if t.text.endswith(("er", "en")) else t.text for t in adjectives]  # "deutscher" -> "deutsche"
    return " ".join([*out, _nominative_plural(words[k], data)])


def _hearsay_group(span: Span, name: str, ctx: Context) -> Resolution:
    """A group named without its country: "Sicherheitskreisen in Kairo" are the "ägyptische Sicherheitskreise" (a
    capital after it), else the group of that name the article named with its adjective before."""
    doc = span.doc
    after = [t for t in doc[span.end : min(len(doc), span.end + 2)]]
    capitals = _capitals(ctx.data)
    if len(after) == 2 and after[0].lower_ == "in" and after[1].text in capitals:
        return Resolution(f"{capitals[after[1].text][1]}e {name}")
    earlier = [n for n in ctx.names if n.endswith(" " + name)] if " " not in name else []
    return Resolution(earlier[-1] if earlier else name)


def _nominative_plural(token: Token, data: LanguageData) -> str:
    """ "Regierungskreise" of "Regierungskreisen": a dative plural noun in its nominative, else as written."""
    noun, lemma = token.text, token.lemma_
    if lemma and noun == lemma + "en":
        return lemma + "e"
    for row in data.words.get("dative_plural", ()):  # a compound the lemmatizer does not know ("Sicherheitskreisen")
        dative, nominative = row.split("=")
        if noun.endswith(dative):
            return noun[: -len(dative)] + nominative
    return noun


def _compound_source(head: Token, data: LanguageData) -> str | None:
    """ "Polizei" of "Polizeiangaben", "Regierung" of "Regierungsangaben" (a linking s goes), as written."""
    word = head.text
    nouns = data.words.get("compound_source_noun", frozenset())
    noun = next((n for n in sorted(nouns, key=len, reverse=True) if word.lower().endswith(n) and len(word) >= len(n) + 3),
                None)
    if noun is None or word.lower() in nouns:
        return None
    stem = word[: -len(noun)].rstrip("-")
    linked = tuple(data.words.get("linking_s_after", ())) + tuple(data.words.get("generic_org_word", ()))
    if stem.endswith("s") and stem[:-1].lower().endswith(linked):  # "Unternehmensangaben", "Regierungsangaben"
        stem = stem[:-1]
    acronym = len(stem) >= 2 and stem.isupper() and word[len(stem)] == "-"  # "UN-Angaben"
    return stem if (len(stem) >= 3 or acronym) and stem[:1].isupper() else None


def _clause_subject(found: Found, span: Span) -> Span | None:
    """The noun phrase that opens the sentence of `span`, before its finite verb ("Die Polizei nahm …")."""
    doc = span.doc
    sent = sentence_of(doc, span.start)
    finite = next((t for t in sent if t.tag_.endswith("FIN")), None)
    if finite is None or finite.i <= sent.start or finite.i > span.start:
        return None
    subject = strip_span(doc[sent.start : finite.i])
    if len(subject) == 0 or subject[0].tag_ not in {"ART", "NN", "NE", "PPOSAT"}:
        return None
    return subject


def _institution_of_role(span: Span, ctx: Context) -> Cluster | None:
    """ "Die Richter", "der Staatsanwalt": the court or prosecution named before (role_institution)."""
    institutions = dict(row.split("=") for row in ctx.data.words.get("role_institution", ()))
    head = next((t for t in span if t.text in institutions), None)
    if head is None or len([t for t in span if not t.is_space]) > 3:
        return None
    return _latest_organisation_ending(institutions[head.text], span, ctx)


def _unnamed_member_of(span: Span, ctx: Context) -> Cluster | None:
    """The organisation of "ein DWD-Meteorologe", "eine ADAC-Expertin": an indefinite role compound whose first part
    names an organisation of the article that is no party (an "SPD-Politiker" speaks for himself)."""
    words = [t for t in span if not t.is_space]
    if len(words) != 2 or words[0].lower_ not in ctx.data.words.get("indefinite_article", ()) or "-" not in words[1].text:
        return None
    prefix = words[1].text.split("-")[0]
    if prefix in ctx.data.words.get("party", ()):
        return None
    return next((c for c in ctx.clusters if c.type == "ORG" and prefix in {c.name, c.acronym, *c.aliases}
                 and any(m.start < span.start for m in c.mentions)), None)


def _described_organisation(span: Span, ctx: Context) -> Resolution | None:
    """ "die Zeitung", "das Magazin", "die Gewerkschaft", "das Gericht": a definite description of the organisation
    named before with that noun in apposition ("das Magazin „Spiegel“", "die Gewerkschaft Verdi") or in its name
    ("Landgericht München I")."""
    words = [t for t in span if not t.is_space]
    if len(words) < 2 or words[0].lower_ not in DEFINITE_ARTICLES or words[-1].tag_ != "NN" \
            or not all(t.tag_ == "ADJA" for t in words[1:-1]):
        return None
    head = words[-1]
    countries = _country_adjectives(words[1:-1])
    before = [c for c in ctx.clusters if c.type == "ORG" and any(m.start < span.start for m in c.mentions)
              and _of_countries(c, countries)]
    apposed = [c for c in before for m in c.mentions
               if m.start < span.start and _apposed(m, head.text)]
    # "des Vereins", "der Gewerkschaft": the noun in the nominative names what is described
    noun = _nominative_name(span.doc[words[0].i : head.i + 1]).lower() if words[0].lower_ == "des" else head.lower_
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
    if org is None and any(form in outlet_nouns for form in _without_genitive(head.text)):
        org = _latest_outlet(span, ctx)  # "das Magazin", "des Blattes" after "laut einem Bericht des „Spiegel“"
    if org is None and noun in ctx.data.words.get("generic_org_word", ()):
        org = _generically_described(span, ctx)  # "das Unternehmen": the company the article is about
    if org is None and noun.capitalize() in ctx.data.org_nouns:
        org = _compound_written_before(noun, span, ctx)  # "Das Ministerium" after "mit dem Kunstministerium"
    return Resolution(org.name, org) if org is not None else None


def _country_adjectives(words: list[Token]) -> set[str]:
    """The stems of the country adjectives among `words`: {"finnisch"} of "die finnische Regierung"."""
    # "russisch", "deutsch": a country's, not "die neue Armee"
    return {stem for t in words if t.tag_ == "ADJA" and (stem := adjective_stem(t.lower_)).endswith("sch")}


def _of_countries(cluster: Cluster, stems: set[str]) -> bool:
    """Whether every country adjective in `stems` is written in the organisation's name or one of its mentions."""
    texts = [cluster.name.lower(), *(m.text.lower() for m in cluster.mentions)]
    return all(any(stem in text for text in texts) for stem in stems)


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


def _latest_outlet(span: Span, ctx: Context) -> Cluster | None:
    """The medium named last before `span`: an organisation that reported something, whose name ends in a word for
    a medium ("Handelsblatt", "Neue Zürcher Zeitung"), or that such a word introduces ("das Nachrichtenmagazin
    „Spiegel“")."""
    before = [c for c in ctx.clusters if c.type == "ORG" and _is_outlet(c, ctx)
              and any(m.start < span.start for m in c.mentions)]
    return max(before, key=lambda c: max(m.start for m in c.mentions if m.start < span.start)) if before else None


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


def _is_outlet(c: Cluster, ctx: Context) -> bool:
    """A medium: it reported something, its name ends in a word for a medium, or such a word introduces it."""
    if id(c) in ctx.outlets:
        return True
    nouns = tuple(n.lower() for n in ctx.data.words.get("outlet_noun", ()))
    reports = ctx.data.words.get("press_report_noun", frozenset())  # "Angaben des Vereins" make no medium
    for m in c.mentions:
        i = m.start - 1
        if i >= 0 and m.doc[i].text in QUOTE_MARKS:
            if m.end < len(m.doc) and m.doc[m.end].text in QUOTE_MARKS:
                return True  # German quotes the titles of papers and magazines: „Kicker“, «NZZ»
            i -= 1
        if m.text.lower().endswith(nouns) or (i >= 0 and m.doc[i].lower_.endswith(nouns)):
            return True
        if i >= 1 and m.doc[i].lower_ in {"des", "der"} and m.doc[i - 1].text in reports:
            return True  # "einem Bericht der «NZZ» zufolge"
    return False


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
    endings = (word, *(row.split("=")[1] for row in ctx.data.words.get("org_synonym", ()) if row.split("=")[0] == word))

    def ends(c: Cluster) -> bool:
        words = {w for text in {c.name, *(m.text for m in c.mentions)} for w in text.lower().split()}
        words |= {_apposed_noun(m) for m in c.mentions}
        return any(form.endswith(endings) for w in words for form in _without_genitive(w))  # "Militärgeheimdienstes"

    if word in ctx.data.words.get("home_org_word", ()):
        home = _home_club(span, ctx)
        if home is not None:  # "teilte der Verein mit" in a report from Freiburg: the SC Freiburg, not the opponent
            return home
    named = [c for c in ctx.clusters if c.type == "ORG" and c is not besides and ends(c)
             and any(m.start < span.start for m in c.mentions)]
    return max(named, key=lambda c: max(m.start for m in c.mentions if m.start < span.start)) if named else None


def _home_club(span: Span, ctx: Context) -> Cluster | None:
    """The one club (`generic_org_kind` verein) named before `span` with the dateline's town in its name."""
    place = _dateline_place(span.doc)
    home = [c for c in ctx.clusters if c.type == "ORG" and place and place in c.name.split()
            and any(m.start < span.start for m in c.mentions) and "verein" in _kinds_of(c, ctx.data)]
    return home[0] if len(home) == 1 else None


def _without_genitive(word: str) -> tuple[str, ...]:
    """ "dienstes" -> ("dienstes", "dienste", "dienst"): the forms a genitive ending may hide."""
    return (word, word[:-1], word[:-2]) if word.endswith("es") else (word, word[:-1]) if word.endswith("s") else (word,)


def _apposed_noun(mention: Span) -> str:
    """The common noun right before a name, lower-cased: "militärgeheimdienstes" of "des Militärgeheimdienstes
    HUR"; "" when there is none."""
    doc = mention.doc
    i = mention.start - 1
    if i >= 0 and doc[i].text in QUOTE_MARKS:
        i -= 1
    return doc[i].lower_ if i >= 0 and doc[i].tag_ == "NN" else ""


def _new_or_several(found: Found, span: Span, data: LanguageData) -> bool:
    """ "ein Experte" brings in someone not named before; "die Richter sagten" are several people."""
    if span[0].lower_ in data.words.get("indefinite_article", ()):
        return True
    finite = next((t for t in found.cue if t.tag_.endswith("FIN")), None) or _finite_near(span)
    return finite is not None and _is_plural(finite)


def _described_person(span: Span, desc: Description, ctx: Context) -> Cluster | None:
    """ "der Finanzminister", "die 58-Jährige", "die Grünen-Politikerin": the person the article describes so,
    else the person who spoke or was named last if nothing said of them contradicts the description."""
    candidates = [c for c in ctx.clusters if c.type == "PER" and any(m.start < span.start for m in c.mentions)]
    fitting = [c for c in candidates if fits(desc, ctx.profiles.get(id(c), Profile()))]
    if fitting:
        return max(fitting, key=lambda c: max(m.start for m in c.mentions if m.start < span.start))
    recent = [p for p in recent_people(ctx.doc, ctx.clusters, span.start)
              if not conflicts(desc, ctx.profiles.get(id(p), Profile()))]
    spoke = {id(r.cluster) for r in ctx.history if r.cluster is not None}
    if not recent:
        return _last_speaker_described_so(span, desc, ctx) or _only_one_described_so(candidates, desc, ctx)
    # "…, sagte der 51-Jährige": the person the passage quotes rather than one it only mentions
    return next((p for p in recent if id(p) in spoke), recent[0])


def _last_speaker_described_so(span: Span, desc: Description, ctx: Context) -> Cluster | None:
    """ "Der Angeklagte hatte um Entschuldigung gebeten. „…“, sagte der 41-Jährige": the person the statement just
    before was resolved to, though written there as a description, when nothing said of them contradicts this one."""
    if ctx.last is None or ctx.last[1].cluster is None or ctx.last[1].cluster.type != "PER":
        return None
    last_span, res = ctx.last
    sents = [s for s in text_sentences(span.doc) if s.start <= span.start]
    window_start = sents[-DESCRIPTION_WINDOW].start if len(sents) >= DESCRIPTION_WINDOW else 0
    if last_span.start < window_start or conflicts(desc, ctx.profiles.get(id(res.cluster), Profile())):
        return None
    return res.cluster


def _only_one_described_so(candidates: list[Cluster], desc: Description, ctx: Context) -> Cluster | None:
    """ "Thomas K. … Oberstaatsanwalt Jens Wittkamp … Der Angeklagte": far from any naming, the one person of the
    described gender the article says nothing against the description of."""
    if desc.gender is None:
        return None
    same = [c for c in candidates if ctx.profiles.get(id(c), Profile()).gender == desc.gender
            and not conflicts(desc, ctx.profiles.get(id(c), Profile()))]
    return same[0] if len(same) == 1 else None


def _named_right_after(span: Span, desc: Description, ctx: Context) -> Cluster | None:
    """ "Sein Verteidiger kündigte an, Revision einzulegen. „…“, sagte Rechtsanwalt Jens Opitz.": a role nobody
    before held, named in the next sentence with that role or its synonym (role_synonym)."""
    roles = {desc.role, *(row.split("=")[1] for row in ctx.data.words.get("role_synonym", ())
                          if row.split("=")[0] == desc.role)}
    sents = text_sentences(span.doc)
    here = next((n for n, s in enumerate(sents) if s.start <= span.start < s.end), None)
    if here is None or here + 1 >= len(sents):
        return None
    end = sents[here + 1].end
    after = [c for c in ctx.clusters if c.type == "PER" and min(m.start for m in c.mentions) >= span.end
             and min(m.start for m in c.mentions) < end
             and any(r.endswith(role) for r in ctx.profiles.get(id(c), Profile()).roles for role in roles if role)]
    return after[0] if len(after) == 1 else None


def _resolve_spokesperson(
    span: Span, desc: Description, organisations: list[Cluster], inside: list[tuple[Span, Cluster]], ctx: Context
) -> Resolution:
    """ "Eine Sprecherin des Innenministeriums", "ein Bahn-Sprecher", "der Sprecher": the organisation spoken for.
    A spokesperson of a person ("Merkels Sprecher", "ein Sprecher von X") stays a described speaker."""
    if any(c.type == "PER" for _, c in inside) or (span.start > 0 and _possessor_name(span)):
        return Resolution(_bare(span))
    if any(t.lower_ == "für" for t in span) or any(  # "der Sprecher für Innere Sicherheit": a party's policy role
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
        if described is None:
            of_kind = _last_speaker_of_kind(org.name, span, ctx)  # "Eine Sprecherin der Behörde" after the Beauftragte
            if of_kind is not None:
                return of_kind
        org = described or org
    generic = ctx.data.words.get("generic_org_word", frozenset())
    attached = _attachment(span)
    if org is None and attached is not None:
        name = _nominative_name(attached)  # "die Sprecherin der Bundestagsverwaltung"
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
            return _last_speaker_of_kind(name, span, ctx) or Resolution(name)
        org = described
    written = _written_org_word(span, desc.org_word) if desc.org_word else None
    if org is None and written is not None and _acronym_of(written, ctx.data) is not None:
        resolved = _organisation_of_acronym(written, ctx)  # "ein UN-Sprecher"
        return Resolution(resolved.name, resolved.cluster, resolved.cluster, spokesperson=resolved.cluster is not None)
    if org is None and desc.org_word and desc.org_word not in generic:
        org = _organisation_named(desc.org_word, span, ctx)
        if org is None:  # "ein Polizeisprecher", "ein Lufthansa-Sprecher" with no such organisation found
            return Resolution(_written_org_word(span, desc.org_word))
    if org is None:
        org = _organisation_speaking_nearby(span, ctx) or _spoken_for_before(span, ctx)
    if org is None:
        return Resolution(_bare(span))
    return Resolution(org.name, org, org, spokesperson=True)


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
    if ctx.last is not None and len(sents) >= 2:
        speaker, res = ctx.last
        org = res.cluster
        if org is not None and org.type == "ORG" and not res.spokesperson and speaker.start >= sents[-2].start \
                and not _is_outlet(org, ctx):
            return org
    return None


def _acronym_of(word: str, data: LanguageData) -> str | None:
    """The full name of an acronym the data knows ("UN": "Vereinte Nationen")."""
    return next((row.split("=")[1] for row in data.words.get("acronym", ()) if row.split("=")[0] == word), None)


def _organisation_of_acronym(acronym: str, ctx: Context) -> Resolution:
    """The organisation an acronym names: the article's entity of that name or acronym, else the full name."""
    full = _acronym_of(acronym, ctx.data) or acronym
    named = next((c for c in ctx.clusters if c.type == "ORG" and (
        {full, acronym} & {c.name, c.acronym, *c.aliases, *c.nominatives.values()})), None)
    return Resolution(named.name, named) if named is not None else Resolution(full)


def _nominative_name(phrase: Span) -> str:
    """A genitive source in the nominative, as a name: "Zoll" of "des Zolls", "Vereinte Nationen" of "der
    Vereinten Nationen" (a feminine or plural head: the adjective's -en is -e); else as `_bare` writes it."""
    words = [t for t in phrase if not t.is_space]
    if len(words) < 2 or words[0].lower_ not in {"des", "der"} or words[-1].tag_ != "NN":
        return _bare(phrase)
    adjectives, head = words[1:-1], words[-1].text
    if not all(t.tag_ == "ADJA" and t.text.endswith("en") for t in adjectives):
        return _bare(phrase)
    if words[0].lower_ == "des":
        if adjectives or not head.endswith("s"):
            return _bare(phrase)
        if head.endswith("nisses"):
            return head[:-3]  # "des Bündnisses"
        one_syllable = len(re.findall(r"[aeiouäöüy]+", head[:-2].lower())) == 1  # "des Bundes", "des Rates"
        return head[:-2] if head.endswith(("ses", "ßes", "zes", "xes")) or (head.endswith("es") and one_syllable) \
            else head[:-1]
    return " ".join([*(t.text[:-1] for t in adjectives), head])


def _attachment(span: Span) -> Span | None:
    """ "der Bundestagsverwaltung" of "die Sprecherin der Bundestagsverwaltung"."""
    words = [t for t in span if not t.is_space]
    k = next((n for n, t in enumerate(words[1:], 1) if t.lower_ in {"des", "der", "von", "vom"}), None)
    if k is None or k + 1 >= len(words):
        return None
    start = words[k + 1].i if words[k].lower_ in {"von", "vom"} else words[k].i
    return span.doc[start : words[-1].i + 1]


def _written_org_word(span: Span, org_word: str) -> str:
    """ "Lufthansa" of "Lufthansa-Sprecher", "Polizei" of "Polizeisprecherin", as written."""
    for t in span:
        if t.text.lower().startswith(org_word):
            return t.text[: len(org_word)].rstrip("-")
    return org_word.capitalize()


def _possessor_name(span: Span) -> bool:
    first = span[0]
    return first.tag_ == "NE" and first.text.endswith("s")  # "Merkels Sprecher"


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
    named = [c for c in named if headed(c)] or named
    return max(named, key=lambda c: c.mentions[0].start) if len(named) >= 1 else None


def _spoken_for_before(span: Span, ctx: Context) -> Cluster | None:
    """For "der Sprecher" or "ein Konzernsprecher": the organisation the last spokesperson spoke for, else the one
    organisation that spoke itself before, else the one organisation the article names most (news agencies of
    the dateline and parties excluded). None when that is not clear."""
    for res in reversed(ctx.history):
        if res.spokesperson:
            return res.cluster
    for res in reversed(ctx.history):  # a spokesperson answers a medium, never speaks for it
        if res.cluster is not None and res.cluster.type == "ORG" and not _is_outlet(res.cluster, ctx):
            return res.cluster
    parties = ctx.data.words.get("party", frozenset())
    named = _organisation_named_just_before(span, ctx, parties)
    if named is not None:
        return named
    counts = []
    for c in ctx.clusters:
        if c.type != "ORG" or c.name in parties or _only_in_dateline(c) or _is_outlet(c, ctx):
            continue
        before = [m for m in c.mentions if m.start < span.start]
        if before:
            counts.append((len(c.mentions) + _name_words_outside(c, span.doc), c))
    counts.sort(key=lambda nc: nc[0], reverse=True)
    if counts and (len(counts) == 1 or counts[0][0] > counts[1][0]):
        return counts[0][1]
    return None


def _name_words_outside(cluster: Cluster, doc: Doc) -> int:
    """How often the article names the organisation outside its mentions by the first word of its name, alone
    or in a compound ("Die Eintracht liegt …", "Eintracht-Trainer Kempfer")."""
    first = cluster.name.split()[0] if " " in cluster.name else ""
    if len(first) < 4 or not first[:1].isupper():
        return 0
    inside = {i for m in cluster.mentions for i in range(m.start, m.end)}
    return sum(1 for t in doc if t.i not in inside and (t.text == first or t.text.startswith(first + "-")))


def _generically_described(span: Span, ctx: Context) -> Cluster | None:
    """ "die Behörde", "des Vereins", "das Unternehmen": the one organisation the sentence before names ("forderte
    die IAEA auf … Die Behörde"), else the one the article speaks for or about, never one of another kind ("die
    Behörde" is not the "Chaos Computer Club", `generic_org_kind`); else the one organisation named before as of
    that kind ("des Autozulieferers Brückmann" for "Das Unternehmen" after a court spoke)."""
    org = _organisation_named_just_before(span, ctx, ctx.data.words.get("party", frozenset())) \
        or _spoken_for_before(span, ctx)
    if org is not None and _of_generic_kind(org, span, ctx.data):
        return org
    kind = _generic_kind(span, ctx.data)
    of_kind = [c for c in ctx.clusters if c.type == "ORG" and kind is not None and kind in _kinds_of(c, ctx.data)
               and any(m.start < span.start for m in c.mentions)]
    return of_kind[0] if len(of_kind) == 1 else None


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
    return res if res.name.lower().split()[-1].endswith(parts) else None


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


def _capitals(data: LanguageData) -> dict[str, tuple[str, str]]:
    """`capital` rows: capital -> (country, adjective stem): "Moskau" -> ("Russland", "russisch")."""
    return {capital: (country, stem) for capital, country, stem in
            (row.split("=") for row in data.words.get("capital", ()))}


def _organisation_named_just_before(span: Span, ctx: Context, parties: frozenset[str]) -> Cluster | None:
    """The one organisation the sentence before names, by itself or by a word of its name ("soll Mainz bereits …
    Kontakt aufgenommen haben. Ein Vereinssprecher …": FSV Mainz 05)."""
    sents = [s for s in text_sentences(span.doc) if s.start <= span.start]
    if len(sents) < 2:
        return None
    words = {t.text for t in span.doc[sents[-2].start : span.start] if t.tag_ in {"NE", "NN"} and t.text[:1].isupper()}
    named = {id(c): c for c in ctx.clusters if c.type == "ORG" and c.name not in parties and not _is_outlet(c, ctx)
             and not _only_in_dateline(c) and any(w in words for m in c.mentions for w in m.text.split())}
    return next(iter(named.values())) if len(named) == 1 else None


def _only_in_dateline(cluster: Cluster) -> bool:
    """ "Berlin (dpa) –": the agency that wrote the article, not an organisation of the story."""
    return all(m.start > 0 and m.doc[m.start - 1].text == "(" and m.end < len(m.doc) and m.doc[m.end].text == ")"
               and m.start < 12 for m in cluster.mentions)


def _ends_span(mention: Span, span: Span) -> bool:
    """The mention ends the speaker phrase, but for closing quotation marks ("die „Kronen Zeitung“")."""
    rest = [t for t in span.doc[mention.end : span.end] if t.text not in QUOTE_MARKS and not t.is_space]
    # "der Bundesgerichtshof (BGH)": a bracketed acronym after the name is the name again; "die „Bild“ -Zeitung"
    # (split by whosaid_line_breaks): the noun compounded with the quoted name
    return not rest or (len(rest) == 3 and rest[0].text == "(" and rest[2].text == ")") or (
        len(rest) == 1 and rest[0].text.startswith("-") and mention.end < span.end
        and span.doc[mention.end].text in QUOTE_MARKS)


def _described_name(span: Span, mention: Span) -> bool:
    """The mention is the speaker itself: "Reuters", "die EU", "die Nachrichtenagentur dpa", "der Sender CNN"
    (an article, adjectives and one common noun before the name, in apposition). In "die irakische Armee" the
    mention "Armee" is only the head: the speaker is the whole phrase."""
    before = [t for t in span.doc[span.start : mention.start] if not t.is_space and t.text not in QUOTE_MARKS]
    attribute = extended_attribute_end(span.doc, before[1].i, span.end) if len(before) > 2 else 0
    if before and before[0].tag_ in {"ART", "PDAT"} and attribute and attribute == mention.start - 1:
        return True  # "die in Afghanistan herrschenden Taliban": an extended attribute only describes the name
    if len(before) <= 1:
        return True
    comma = max((n for n, t in enumerate(before) if t.text == ","), default=None)
    if comma is not None and comma > 0 and all(t.tag_ in {"ART", "ADJA"} for t in before[comma + 1 :]):
        return True  # "Der Betreiber, die Elbe Recycling GmbH": the name in apposition is the speaker
    quoted = mention.start > 0 and mention.doc[mention.start - 1].text in QUOTE_MARKS
    named = all(t.tag_ in {"NE", "FM"} for t in mention[1:]) and (len(mention) > 1 or mention[0].tag_ in {"NE", "FM"})
    if (quoted or named) and before[0].tag_ in {"ART", "PDAT"} and all(t.tag_ == "ADJA" for t in before[1:]):
        # "die britische BBC", "die italienische „Gazzetta dello Sport“", "der russische Auslandsgeheimdienst SWR";
        # not "die irakische Armee"
        return True
    # "der Sender CNN": determiner and adjectives, then the one noun; "die Zeitung der SPD" is a genitive
    return before[-1].tag_ in {"NN", "NE"} and all(t.tag_ in {"ART", "PDAT", "ADJA"} for t in before[:-1]) \
        and all(t.tag_ == "ADJA" for t in before[1:-1])


def _person_by_short_name(span: Span, clusters: list[Cluster], data: LanguageData) -> Cluster | None:
    """"Kazemi" or "al-Khafaji" (whatever the tagger made of it) names the person whose full name ends so."""
    words = [t for t in span if not t.is_space]
    if not words or len(words) > 2 or not words[-1].text[:1].isupper() and not words[-1].text.startswith(("al-", "el-")):
        return None
    found = person_ending_in(clusters, " ".join(t.text for t in words))
    if found is not None or len(words) != 1:
        return found
    return _full_name_transliterated(words[0], clusters, data)


def _full_name_transliterated(word: Token, clusters: list[Cluster], data: LanguageData) -> Cluster | None:
    """ "Bidschari" after "Mansour Bidjari": the one person named before whose surname this is in another
    transliteration."""
    key = _transliterated(word.text, data)
    named = {id(c): c for c in clusters if c.type == "PER" for m in c.mentions
             if len(m) > 1 and m.start < word.i and _transliterated(m[-1].text, data) == key}
    return next(iter(named.values())) if len(named) == 1 else None


def _bare(span: Span) -> str:
    """The speaker as a name: without a leading article or quotation marks around it ("„Spiegel“")."""
    words = [t for t in span if not t.is_space]
    if len(words) > 2 and words[0].text in QUOTE_MARKS and words[-1].text in QUOTE_MARKS:
        words = words[1:-1]
    plural = len(words) > 2 and words[0].lower_ == "die"
    if len(words) > 1 and words[0].lower_ in ARTICLES:
        words = words[1:]
    if len(words) > 2 and words[0].text in QUOTE_MARKS and words[-1].text in QUOTE_MARKS:
        words = words[1:-1]
    if plural and words[-1].tag_ == "NN" and all(t.tag_ == "ADJA" and t.text.endswith("en") for t in words[:-1]):
        # "die Vereinten Nationen", "die hessischen Krankenhäuser": after "die", adjectives in -en are a plural's,
        # named in the nominative without the article ("Vereinte Nationen", "hessische Krankenhäuser")
        return " ".join([*(t.text[:-1] for t in words[:-1]), words[-1].text])
    return span.doc[words[0].i : words[-1].i + 1].text if words else span.text


def _resolve_pronoun(found: Found, span: Span, ctx: Context) -> Resolution:
    """ "er", "sie", "Sie": the last speaker of the pronoun's gender, else the last person of that gender named
    before; a plural takes up a coordinated subject ("Bagdad und Washington ... Sie")."""
    pronoun = span[0]
    data = ctx.data
    number = data.pronouns.get(_pronoun_key(pronoun, data) or "")
    finite = next((t for t in found.cue if t.tag_.endswith("FIN")), None) or _finite_near(span)
    plural = number == "pl" or (number == "any" and finite is not None and _is_plural(finite))
    if plural:
        group = _last_coordinated_subject(span, data)
        if group is not None:
            return Resolution(_bare(group))
    gender = None if plural else pronoun_gender(pronoun, data)

    def agrees(cluster: Cluster) -> bool:
        known = ctx.profiles.get(id(cluster), Profile()).gender
        return gender is None or known is None or known == gender

    organisation = _previous_subject_organisation(span, ctx, gender)
    if organisation is not None:  # "Die Staatsanwaltschaft hatte … gefordert. Sie wirft dem Mann vor, …"
        return organisation
    subject = _previous_subject_person(span, ctx, agrees)
    if subject is not None:  # "Torhüter Tim Bauer hielt 14 Bälle. Er sprach von …": the last sentence's subject
        return Resolution(subject.name, subject)
    described = _previous_subject_description(span, ctx, gender)
    if described is not None:  # "Der 45-Jährige hatte … abgelegt. Er habe …, hatte er gesagt"
        return described
    described = _last_speaker_of_gender(span, ctx, gender)
    if described is not None:  # "…, kündigte eine Sprecherin des Pentagons an. „…“, sagte sie"
        return described
    person = next((r for r in reversed(ctx.history) if r.cluster and r.cluster.type == "PER" and agrees(r.cluster)),
                  None)
    if person is not None:
        return Resolution(person.name, person.cluster)
    previous = [c for c in ctx.clusters if c.type == "PER" and c.mentions[0].start < span.start and agrees(c)]
    if previous:
        return Resolution(previous[-1].name, previous[-1])
    return Resolution(span.text)


def _last_speaker_of_gender(span: Span, ctx: Context, gender: str | None) -> Resolution | None:
    """The speaker of the statement just before, in the pronoun's sentence or the one before, when its phrase
    shows the pronoun's gender ("eine Sprecherin des Pentagons" - "sie", "ein Polizeisprecher" - "er"): it comes
    before any person who spoke earlier, whose gender the article may not show."""
    if ctx.last is None or gender is None:
        return None
    speaker, res = ctx.last
    sents = [s for s in text_sentences(span.doc) if s.start <= span.start]
    if len(sents) >= 2 and speaker.start < sents[-2].start or speaker.start >= span.start:
        return None
    if res.cluster is not None and res.cluster.type == "PER":
        return None  # a named person: the history and the profiles decide
    if describe(speaker, ctx.data).gender != gender:
        return None
    return Resolution(res.name, res.cluster, res.organisation, res.spokesperson)


def _previous_subject_organisation(span: Span, ctx: Context, gender: str | None) -> Resolution | None:
    """The organisation that spoke as the subject opening the sentence before, when the pronoun agrees with the
    gender of its noun ("die Staatsanwaltschaft" - "sie", "der Verband" - "er")."""
    if ctx.last is None or gender is None:
        return None
    speaker, res = ctx.last
    if res.cluster is not None and res.cluster.type == "PER":
        return None
    doc = span.doc
    sent = sentence_of(doc, span.start)
    before = [s for s in text_sentences(doc) if s.end <= sent.start]
    if not before or speaker.start != before[-1].start or \
            any(c.type == "PER" for _, c in _clusters_in(doc[sent.start : span.start], ctx.clusters)):
        return None
    head = next((t for t in reversed(speaker) if t.tag_ in {"NN", "NE"}), None)
    if head is None or noun_gender(head.text, ctx.data) != gender:
        return None
    return Resolution(res.name, res.cluster, res.organisation)


def _previous_subject_person(span: Span, ctx: Context, agrees) -> Cluster | None:
    """The person named before the finite verb of the sentence before the pronoun's, when the pronoun opens its
    sentence and the person agrees with it."""
    doc = span.doc
    sent = sentence_of(doc, span.start)
    if any(c.type == "PER" for _, c in _clusters_in(doc[sent.start : span.start], ctx.clusters)):
        return None  # a person named before the pronoun in its own sentence comes first
    before = [s for s in text_sentences(doc) if s.end <= sent.start]
    if not before:
        return None
    prev = before[-1]
    finite = next((t for t in prev if t.tag_.endswith("FIN")), None)
    if finite is None:
        return None
    people = [c for m, c in _clusters_in(doc[prev.start : finite.i], ctx.clusters) if c.type == "PER"]
    if people:
        return people[-1] if len(set(map(id, people))) == 1 and agrees(people[-1]) else None
    # "Ob … Revision einlegt, ließ Rechtsanwältin Sandra Oberholzer offen. …, sagte sie": the one person of the
    # sentence before, named after its verb
    named = {id(c): c for m, c in _clusters_in(prev, ctx.clusters) if c.type == "PER" and not m[0]._.in_quote}
    return next(iter(named.values())) if len(named) == 1 and agrees(next(iter(named.values()))) else None


def _previous_subject_description(span: Span, ctx: Context, gender: str | None) -> Resolution | None:
    """A person described, not named, before the finite verb of the sentence before ("Der 45-Jährige hatte …
    abgelegt. Er habe …"): the pronoun takes that person up, who is the person the article describes so if exactly
    one fits, else stays the description (not the last speaker, who is someone else)."""
    if gender is None:
        return None
    doc = span.doc
    sent = sentence_of(doc, span.start)
    if any(c.type == "PER" for _, c in _clusters_in(doc[sent.start : span.start], ctx.clusters)):
        return None
    before = [s for s in text_sentences(doc) if s.end <= sent.start]
    if not before:
        return None
    prev = before[-1]
    finite = next((t for t in prev if t.tag_.endswith("FIN")), None)
    if finite is None or finite.i - prev.start < 2:
        return None
    subject = strip_span(doc[prev.start : finite.i])
    if subject[0].lower_ not in DEFINITE_ARTICLES or _clusters_in(subject, ctx.clusters) \
            or any(t.tag_ in {"APPR", "APPRART", "$,"} for t in subject):
        return None
    desc = describe(subject, ctx.data)
    if desc.spokesperson or not (desc.role or desc.age is not None) or desc.gender != gender:
        return None
    if ctx.last is not None and ctx.last[0].start == subject.start:
        return ctx.last[1]  # the subject spoke: what it was resolved to
    candidates = [c for c in ctx.clusters if c.type == "PER" and any(m.start < subject.start for m in c.mentions)]
    fitting = [c for c in candidates if fits(desc, ctx.profiles.get(id(c), Profile()))]
    person = fitting[0] if len(fitting) == 1 else _only_one_described_so(candidates, desc, ctx)
    return Resolution(person.name, person) if person is not None else Resolution(_bare(subject))


def _pronoun_key(token: Token, data: LanguageData) -> str | None:
    """ "Er" at a sentence start is "er"; "Sie" is kept apart from "sie" where the data does."""
    if token.text in data.pronouns:
        return token.text
    return token.lower_ if token.lower_ in data.pronouns else None


def _finite_near(span: Span):
    doc = span.doc
    for t in doc[span.end : min(len(doc), span.end + 3)]:
        if t.tag_.endswith("FIN"):
            return t
    for t in doc[max(0, span.start - 2) : span.start]:
        if t.tag_.endswith("FIN"):
            return t
    return None


def _is_plural(verb) -> bool:
    number = verb.morph.get("Number")
    if number:
        return "Plur" in number
    return verb.lower_.endswith("en") or verb.lower_ in {"sind", "seien", "haben", "hätten", "werden", "würden"}


def _last_coordinated_subject(span: Span, data: LanguageData) -> Span | None:
    """The sentence-initial "X und Y" of one of the two sentences before the pronoun."""
    doc = span.doc
    sents = [s for s in text_sentences(doc) if s.end <= span.start][-2:]
    coordination = data.words.get("coordination", ())
    for sent in reversed(sents):
        tokens = [t for t in sent if not t.is_space]
        for i, t in enumerate(tokens[:8]):
            if t.tag_.endswith("FIN"):
                prefield = tokens[:i]
                if any(x.lower_ in coordination for x in prefield) and prefield[0].tag_ in {"NE", "NN", "ART"}:
                    return doc[prefield[0].i : prefield[-1].i + 1]
                break
    return None
