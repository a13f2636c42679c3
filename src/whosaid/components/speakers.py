"""Resolves speaker mentions (names, short names, role nouns, pronouns) to the entities they denote."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosaid.components.attribution import Found
from whosaid.components.descriptions import (
    Description,
    Profile,
    conflicts,
    describe,
    fits,
    profile_people,
    pronoun_gender,
    recent_people,
)
from whosaid.components.entities import Cluster, load_gazetteer, person_ending_in
from whosaid.components.phrases import possessor_before, relative_antecedent, sentences
from whosaid.extensions import register_extensions
from whosaid.lang import LanguageData, load_language
from whosaid.record import TextSpan

ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
                      "the", "a", "an"})


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


class SpeakerResolver:
    def __init__(self, data: LanguageData, genders: dict[str, str] | None = None) -> None:
        self.data = data
        self.genders = genders or {}

    def __call__(self, doc: Doc) -> Doc:
        clusters: list[Cluster] = doc._.entities or []
        ctx = Context(doc, clusters, profile_people(clusters, self.data, self.genders), self.data, [])
        for found in doc._.statements or []:
            if found.speaker is None:
                root = found.continues
                found.extra["resolution"] = root.extra.get("resolution") if root is not None else None
                continue
            res = resolve(found, ctx)
            found.extra["resolution"] = res
            if res.cluster is not None:
                ctx.history.append(res)
                if res.spokesperson:
                    continue  # "ein Konzernsprecher" is no name of the company
                if not any(m.start_char == found.speaker.start_char for m in res.cluster.mentions) and not (
                    _contains_cluster_mention(found.speaker, res.cluster)
                ):
                    res.cluster.extra_mentions.append(
                        TextSpan(text=found.speaker.text, start=found.speaker.start_char, end=found.speaker.end_char)
                    )
        return doc


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


def _possessor(mention: Span, speaker: Span) -> bool:
    """ "Merkels" in "Merkels Sprecher": the person whose spokesman speaks, not the speaker."""
    return possessor_before(mention.doc, mention.end, speaker.end)


def resolve(found: Found, ctx: Context) -> Resolution:
    span = found.speaker
    assert span is not None
    data, clusters = ctx.data, ctx.clusters
    if len(span) == 1 and span[0].tag_ == "PRELS":
        span = relative_antecedent(span[0]) or span  # "der Prediger, der …": who "der" is
    inside = _clusters_in(span, clusters)
    people = [c for m, c in inside if c.type == "PER" and not _possessor(m, span) and not _attached(m, span, data)]
    if people:
        return Resolution(people[-1].name, people[-1])
    short = _person_by_short_name(span, clusters)
    if short is not None:
        return Resolution(short.name, short)
    if len(span) == 1 and span[0].tag_ in {"PPER", "PIS", "PDS"} and _pronoun_key(span[0], data) is not None:
        return _resolve_pronoun(found, span, ctx)
    organisations = [c for m, c in inside if c.type in {"ORG", "LOC"}]
    desc = describe(span, data)
    if desc.spokesperson:
        return _resolve_spokesperson(span, desc, organisations, inside, ctx)
    if desc.says_something:
        person = None if _new_or_several(found, span, data) else _described_person(span, desc, ctx)
        if person is not None:
            return Resolution(person.name, person)
        return Resolution(_bare(span), None, organisations[0] if organisations else None)
    whole = [c for m, c in inside if m.end == span.end and _described_name(span, m)]
    if whole:
        return Resolution(whole[0].name, whole[0])
    if len(inside) >= 2 and any(t.lower_ in data.words.get("coordination", ()) for t in span):
        return Resolution(_bare(span))
    return Resolution(_bare(span), None, organisations[0] if organisations else None)


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
    recent = recent_people(ctx.doc, ctx.clusters, span.start)
    for person in recent:
        if not conflicts(desc, ctx.profiles.get(id(person), Profile())):
            return person
    return None


def _resolve_spokesperson(
    span: Span, desc: Description, organisations: list[Cluster], inside: list[tuple[Span, Cluster]], ctx: Context
) -> Resolution:
    """ "Eine Sprecherin des Innenministeriums", "ein Bahn-Sprecher", "der Sprecher": the organisation spoken for.
    A spokesperson of a person ("Merkels Sprecher", "ein Sprecher von X") stays a described speaker."""
    if any(c.type == "PER" for _, c in inside) or (span.start > 0 and _possessor_name(span)):
        return Resolution(_bare(span))
    org: Cluster | None = organisations[0] if organisations else None
    generic = ctx.data.words.get("generic_org_word", frozenset())
    if org is None and desc.org_word and desc.org_word not in generic:
        org = _organisation_named(desc.org_word, span, ctx)
        if org is None:
            return Resolution(_bare(span))
    if org is None:
        org = _spoken_for_before(span, ctx)
    if org is None:
        return Resolution(_bare(span))
    return Resolution(org.name, org, org, spokesperson=True)


def _possessor_name(span: Span) -> bool:
    first = span[0]
    return first.tag_ == "NE" and first.text.endswith("s")  # "Merkels Sprecher"


def _organisation_named(word: str, span: Span, ctx: Context) -> Cluster | None:
    """The organisation whose name holds the first part of "Bahn-Sprecher" ("Deutsche Bahn") or of
    "Polizeisprecherin" ("Polizei Köln"), the latest mentioned before the speaker."""
    named = [c for c in ctx.clusters if c.type == "ORG" and any(word in w for w in c.name.lower().split())
             and any(m.start < span.start for m in c.mentions)]
    if not named:
        named = [c for c in ctx.clusters if c.type == "ORG" and any(word in w for w in c.name.lower().split())]
    return max(named, key=lambda c: c.mentions[0].start) if len(named) >= 1 else None


def _spoken_for_before(span: Span, ctx: Context) -> Cluster | None:
    """For "der Sprecher" or "ein Konzernsprecher": the organisation the last spokesperson spoke for, else the one
    organisation that spoke itself before, else the one organisation the article names most (news agencies of
    the dateline and parties excluded). None when that is not clear."""
    for res in reversed(ctx.history):
        if res.spokesperson:
            return res.cluster
    for res in reversed(ctx.history):
        if res.cluster is not None and res.cluster.type == "ORG":
            return res.cluster
    parties = ctx.data.words.get("party", frozenset())
    counts = []
    for c in ctx.clusters:
        if c.type != "ORG" or c.name in parties or _only_in_dateline(c):
            continue
        before = [m for m in c.mentions if m.start < span.start]
        if before:
            counts.append((len(c.mentions), c))
    counts.sort(key=lambda nc: nc[0], reverse=True)
    if counts and (len(counts) == 1 or counts[0][0] > counts[1][0]):
        return counts[0][1]
    return None


def _only_in_dateline(cluster: Cluster) -> bool:
    """ "Berlin (dpa) –": the agency that wrote the article, not an organisation of the story."""
    return all(m.start > 0 and m.doc[m.start - 1].text == "(" and m.end < len(m.doc) and m.doc[m.end].text == ")"
               and m.start < 12 for m in cluster.mentions)


def _described_name(span: Span, mention: Span) -> bool:
    """The mention is the speaker itself: "Reuters", "die EU", "die Nachrichtenagentur dpa", "der Sender CNN"
    (an article, adjectives and one common noun before the name, in apposition). In "die irakische Armee" the
    mention "Armee" is only the head: the speaker is the whole phrase."""
    before = [t for t in span.doc[span.start : mention.start] if not t.is_space]
    if len(before) <= 1:
        return True
    # "der Sender CNN": determiner and adjectives, then the one noun; "die Zeitung der SPD" is a genitive
    return before[-1].tag_ in {"NN", "NE"} and all(t.tag_ in {"ART", "PDAT", "ADJA"} for t in before[:-1]) \
        and all(t.tag_ == "ADJA" for t in before[1:-1])


def _person_by_short_name(span: Span, clusters: list[Cluster]) -> Cluster | None:
    """"Kazemi" or "al-Khafaji" (whatever the tagger made of it) names the person whose full name ends so."""
    words = [t for t in span if not t.is_space]
    if not words or len(words) > 2 or not words[-1].text[:1].isupper() and not words[-1].text.startswith(("al-", "el-")):
        return None
    return person_ending_in(clusters, " ".join(t.text for t in words))


def _bare(span: Span) -> str:
    words = [t for t in span if not t.is_space]
    if len(words) > 1 and words[0].lower_ in ARTICLES:
        words = words[1:]
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

    person = next((r for r in reversed(ctx.history) if r.cluster and r.cluster.type == "PER" and agrees(r.cluster)),
                  None)
    if person is not None:
        return Resolution(person.name, person.cluster)
    previous = [c for c in ctx.clusters if c.type == "PER" and c.mentions[0].start < span.start and agrees(c)]
    if previous:
        return Resolution(previous[-1].name, previous[-1])
    return Resolution(span.text)


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
    sents = [s for s in sentences(doc) if s.end <= span.start][-2:]
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
