"""Resolves speaker mentions (names, short names, role nouns, pronouns) to the entities they denote."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosaid.components.attribution import Found
from whosaid.components.entities import Cluster, person_ending_in
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


@Language.factory(
    "whosaid_speakers",
    assigns=["doc._.statements"],
    requires=["doc._.statements", "doc._.entities"],
    default_config={"lang": "de"},
)
def make_speakers(nlp: Language, name: str, lang: str) -> SpeakerResolver:
    register_extensions()
    return SpeakerResolver(load_language(lang))


class SpeakerResolver:
    def __init__(self, data: LanguageData) -> None:
        self.data = data

    def __call__(self, doc: Doc) -> Doc:
        clusters: list[Cluster] = doc._.entities or []
        history: list[Resolution] = []
        for found in doc._.statements or []:
            if found.speaker is None:
                root = found.continues
                found.extra["resolution"] = root.extra.get("resolution") if root is not None else None
                continue
            res = resolve(found, clusters, history, self.data)
            found.extra["resolution"] = res
            if res.cluster is not None:
                history.append(res)
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


def resolve(found: Found, clusters: list[Cluster], history: list[Resolution], data: LanguageData) -> Resolution:
    span = found.speaker
    assert span is not None
    if len(span) == 1 and span[0].tag_ == "PRELS":
        span = relative_antecedent(span[0]) or span  # "der Prediger, der …": who "der" is
    inside = _clusters_in(span, clusters)
    people = [c for m, c in inside if c.type == "PER" and not _possessor(m, span) and not _attached(m, span, data)]
    if people:
        return Resolution(people[-1].name, people[-1])
    short = _person_by_short_name(span, clusters)
    if short is not None:
        return Resolution(short.name, short)
    if len(span) == 1 and span[0].tag_ in {"PPER", "PIS", "PDS"} and span[0].text in data.pronouns:
        return _resolve_pronoun(found, span, clusters, history, data)
    head_roles = [t for t in span if t.text in data.role_nouns]
    organisations = [c for m, c in inside if c.type in {"ORG", "LOC"}]
    if head_roles:
        if span[0].lower_ in {"der", "die", "the"} and history:
            # a definite role noun ("der irakische Ministerpräsident") takes up the last named person
            person = next((r for r in reversed(history) if r.cluster and r.cluster.type == "PER"), None)
            if person is not None:
                return Resolution(person.name, person.cluster)
        return Resolution(_bare(span), None, organisations[0] if organisations else None)
    whole = [c for m, c in inside if m.end == span.end and _described_name(span, m)]
    if whole:
        return Resolution(whole[0].name, whole[0])
    if len(inside) >= 2 and any(t.lower_ in data.words.get("coordination", ()) for t in span):
        return Resolution(_bare(span))
    return Resolution(_bare(span), None, organisations[0] if organisations else None)


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


def _resolve_pronoun(
    found: Found, span: Span, clusters: list[Cluster], history: list[Resolution], data: LanguageData
) -> Resolution:
    pronoun = span[0]
    finite = next((t for t in found.cue if t.tag_.endswith("FIN")), None) or _finite_near(span)
    plural = data.pronouns.get(pronoun.text) == "pl" or (
        data.pronouns.get(pronoun.text) == "any" and finite is not None and _is_plural(finite)
    )
    if plural:
        group = _last_coordinated_subject(span, data)
        if group is not None:
            return Resolution(_bare(group))
    person = next((r for r in reversed(history) if r.cluster and r.cluster.type == "PER"), None)
    if person is not None:
        return Resolution(person.name, person.cluster)
    previous = [c for c in clusters if c.type == "PER" and c.mentions[0].start < span.start]
    if previous:
        return Resolution(previous[-1].name, previous[-1])
    return Resolution(span.text)


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
