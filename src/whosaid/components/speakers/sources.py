"""Who a source speaks for: reports, studies, rulings, "Angaben" and hearsay ("laut einem Bericht des Spiegel",
"die Richter", "aus Sicherheitskreisen") resolve to their author."""

from __future__ import annotations

from spacy.tokens import Span, Token

from whosaid.components.attribution import Found
from whosaid.components.descriptions import describe, role_of
from whosaid.components.entities import Cluster
from whosaid.components.phrases import (
    ATTACHING_PREPOSITIONS,
    QUOTE_MARKS,
    extended_attribute_end,
    joined_main_clause_start,
    sentence_of,
    strip_span,
    text_sentences,
)
from whosaid.components.speakers.context import (
    DEFINITE_ARTICLES,
    Context,
    Resolution,
    _bare,
    _capitals,
    _clusters_in,
    _country_adjectives,
    _genitive_name,
    _headline_end,
    _nominative_name,
    _nominative_of_genitive_s,
    _nominative_plural,
    _without_genitive,
    before_role_or_seat,
)
from whosaid.components.speakers.organisations import (
    _acronym_of,
    _described_organisation,
    _institution_of_role,
    _kinds_of,
    _last_organisation_nearby,
    _latest_organisation_ending,
    _office_of_possessor,
    _org_kinds,
    _organisation_named,
    _organisation_noun,
    _organisation_of_acronym,
    _outlet_nearby,
    _spoken_for_before,
    spoke_just_before,
)
from whosaid.components.speakers.people import _described_person, _resolve_pronoun
from whosaid.lang import LanguageData


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
    joint = _joint_owners(span, head, inside)
    if joint is not None:  # "einem Bericht des Kinderhilfswerks Unicef und des Welternährungsprogramms (WFP)"
        return joint
    court = _court_of_ruling(span, head, inside, ctx)
    if court is not None:
        return court
    country = _country_of_adjective_before(head, ctx)
    if country is not None:  # "nach ukrainischen Angaben": Ukraine's
        return country
    own = _possessor_of_source(span, head, ctx)
    if own is not None:  # "Der Branchenverband WindEurope begrüßte den Schritt. Nach seinen Angaben …"
        return own
    after = [t for t in span.doc[head.i + 1 : span.end] if not t.is_space]
    office = _office_of_possessor(span.doc[after[0].i : after[-1].i + 1], ctx) \
        if len(after) == 2 and after[0].tag_ == "PPOSAT" else None
    if office is not None:  # "Nach Angaben ihres Hauses" after "Kultusministerin Katrin Ostermann"
        return office
    agented = _agent_attributed_source(span.doc[head.i + 1 : span.end])
    if agented is not None:  # "Angaben des von der Hamas kontrollierten Gesundheitsministeriums": not the Hamas
        return Resolution(agented)
    # "Angaben der Polizei in Köln", "der Regionalverwaltung von Tigray": a place after a preposition only says
    # where the source named before it sits
    named_after_kind = _genitive_name([t for t in span.doc[head.i + 1 : span.end] if not t.is_space])
    # "eines Gutachtens des WSL-Instituts für Schnee- und Lawinenforschung SLF": an organisation named over the whole
    # genitive, its prepositional part too, is that entity
    spelled = next((c for m, c in inside if c.type == "ORG" and m.start == head.i + 2 and len(m) >= 3), None)
    if named_after_kind is not None and spelled is not None:
        return Resolution(spelled.name, spelled)
    if named_after_kind is not None:  # "einer Umfrage des Forschungsinstituts gfs.bern": the name, not the kind
        known = next((c for c in ctx.clusters if c.type == "ORG" and named_after_kind in {c.name, *c.aliases}), None)
        return Resolution(known.name, known) if known is not None else Resolution(named_after_kind)
    named = [c for m, c in inside if m.start > head.i and not _place_of_noun_before(m, c, head)
             and not _inside_extended_attribute(m, span)]
    if named:
        if head.text in ctx.data.words.get("press_report_noun", ()):  # "einem Bericht des „Spiegel“": an outlet
            ctx.outlets.add(id(named[0]))
        return Resolution(named[0].name, named[0])
    rest = strip_span(span.doc[head.i + 1 : span.end])
    among = next((t.i for t in rest[1:] if t.tag_ == "APPR" and t.lower_ not in ATTACHING_PREPOSITIONS), None)
    if among is not None:  # "einer Umfrage des Verbands | unter 98 Kliniken": whom the source asked
        rest = strip_span(span.doc[rest.start : among])
    several = _genitive_plural_of_role(rest, ctx.data)
    if several:  # "nach Angaben der Ermittler": several people, the authority they work for if the article names it
        institution = _institution_of_role(rest, ctx)
        if institution is not None:
            return Resolution(institution.name, institution)
    if len(rest) > 1 and rest[0].lower_ in {"des", "der"}:
        desc = describe(rest, ctx.data)
        person = _described_person(rest, desc, ctx) if desc.role is not None and not several else None
        if person is not None:  # "nach Angaben des Trainers": the coach named before
            return Resolution(person.name, person)
        described = _described_organisation(rest, ctx)  # "einem Bericht der Behörde": the agency named before
        if described is not None:
            return described
    if len(rest) == 2 and rest[0].lower_ in {"des", "der"} and rest[1].tag_ == "NN" \
            and rest[1].lower_.removesuffix("s").endswith(tuple(ctx.data.words.get("meeting_noun", ()))):
        host = _last_organisation_nearby(span, ctx)
        if host is not None:  # "Die Nato hat … vorgeworfen. …, heißt es in der Abschlusserklärung des Gipfeltreffens"
            return host
    if len(rest) > 1 and rest[0].lower_ in {"des", "der", "von", "vom"}:
        return Resolution(_bare(span.doc[rest.start + 1 : rest.end]) if rest[0].lower_ in {"von", "vom"}
                          else _nominative_name(rest))
    after = span.doc[span.end : min(len(span.doc), span.end + 4)]
    group = _plural_source_after(rest, ctx.data) if len(rest) else _plural_source_after(after, ctx.data)
    if group is not None:  # "nach Einschätzung deutscher Sicherheitsbehörden", "Angaben aus ägyptischen Sicherheitskreisen"
        # "Angaben aus Regierungskreisen in Damaskus": the capital after the group says whose circles they are
        return _hearsay_group(span, group, ctx) if " " not in group else Resolution(group)
    published = _publisher_in_relative_clause(span, ctx) if not len(rest) else None
    if published is not None:  # "im wöchentlichen Hitzemortalitäts-Bericht, den das Institut veröffentlichte"
        return published
    source = _compound_source(head, ctx.data)
    if source is not None and source.lower() in ctx.data.words.get("generic_medium", ()):
        outlet = _outlet_nearby(span, ctx)  # "nach einem Medienbericht … Der „Tagesspiegel“ berief sich auf …"
        if outlet is not None:
            return outlet
    if source is not None and _acronym_of(source, ctx.data) is not None:  # "nach UN-Angaben"
        return _organisation_of_acronym(source, ctx, span.doc[head.i : head.i + 1])
    if source is not None:  # "nach Polizeiangaben": the police
        org = _organisation_of_kind(source.lower(), span, ctx) \
            if source.lower() in ctx.data.words.get("generic_org_word", ()) \
            else _organisation_named(source.lower(), span, ctx)
        if org is not None:
            return Resolution(org.name, org)
        # "Hitzemortalitäts-Bericht", "Wetterbericht": what the report is about, no one who reports
        if _organisation_noun(source, ctx.data) or source.lower() in ctx.data.words.get("generic_org_word", ()):
            return Resolution(source)
    # "nach eigenen Worten": the clause's subject speaks, never the author of a paper the clause names
    own_words = any(t.lower_ in ctx.data.words.get("own_source", ()) for t in span.doc[span.start : head.i])
    if not len(rest) and not own_words:
        author = _author_of_study(span, head, ctx)
        if author is not None:  # "einer neuen Studie zufolge … schreiben Forschende des Potsdam-Instituts"
            return Resolution(author.name, author)
        joint = _joint_owners_before(span, head, ctx)
        if joint is not None:  # "dem am Dienstag vorgestellten Bericht" after "einem Bericht des X und des Y"
            return joint
    if not len(rest) and span[0].lower_ in {"einen", "eine", "ein"}:
        presenter = _presenter_of_object(found, span, ctx)
        if presenter is not None:  # "Global 2000 hatte am Montag einen Bericht vorgelegt, wonach …"
            return presenter
    if not len(rest) and [t.lower_ for t in span.doc[span.start : head.i]] in (["den"], ["diesen"]):
        earlier = _organisation_that_spoke_before(span, ctx)
        if earlier is not None:  # "teilte die Polizei mit. … Den Angaben zufolge": those of the source just cited
            return earlier
    if not len(rest) and [t.lower_ for t in span.doc[span.start : head.i]] in (["dem"], ["der"]):
        issuer = _issuer_of_document_before(span, ctx)
        if issuer is not None:  # "… verlangten in einer gemeinsamen Erklärung Klarheit. …, heisst es in dem Schreiben"
            return issuer
    # "in einer Mitteilung", "in einem Beitrag": the dative of the indefinite article too
    indefinite = {*ctx.data.words.get("indefinite_article", ()), "einem", "eines"}
    if not len(rest) and any(t.lower_ in indefinite for t in span.doc[span.start : head.i]):
        last = _last_organisation_nearby(span, ctx)
        if last is not None:  # "Swissmem äusserte sich besorgt. …, hiess es in einer Mitteilung"
            return last
    if own_words:
        subject = _clause_subject(found, span)
        if subject is not None:
            # "Die Feuerwehr in Freiburg … nach eigenen Angaben": the place in the subject only qualifies it
            inner = [(m, c) for m, c in _clusters_in(subject, ctx.clusters)
                     if not (m.start > subject.start and subject.doc[m.start - 1].tag_ in {"APPR", "APPRART"})]
            if inner:
                return Resolution(inner[-1][1].name, inner[-1][1])
            if len(subject) == 1 and subject[0].tag_ == "PPER":
                # "Sie stützte sich nach eigenen Worten auf ein Papier des Amts": whom the pronoun takes up
                return _resolve_pronoun(found, subject, ctx)
            # "Nach eigenen Angaben hat das Bistum …": the diocese named before
            return _described_organisation(subject, ctx) or Resolution(_bare(subject))
    return None


def _issuer_of_document_before(span: Span, ctx: Context) -> Resolution | None:
    """Whoever spoke in the sentence before "in einer (gemeinsamen) Erklärung" (an indefinite article and a source
    noun): "dem Schreiben", "der Mitteilung" in the next sentence is that document, and its issuer the speaker."""
    last = spoke_just_before(span, ctx)
    if last is None:
        return None
    speaker, res = last
    indefinite = {*ctx.data.words.get("indefinite_article", ()), "einem", "eines"}
    nouns = tuple(ctx.data.words.get("source_noun", ()))
    issued = sentence_of(span.doc, speaker.start)
    for t in issued:
        if t.tag_ == "NN" and t.lower_.endswith(nouns) and t.i > speaker.end:
            k = t.i - 1
            while k > issued.start and span.doc[k].tag_ == "ADJA":
                k -= 1
            if span.doc[k].lower_ in indefinite:
                return res
    return None


def _presenter_of_object(found: Found, span: Span, ctx: Context) -> Resolution | None:
    """The one organisation or person that opens the clause as its subject when the source ("einen Bericht", "eine
    Studie") is the object of a verb of presenting (presenting_verb: vorlegen, veröffentlichen, vorstellen …) in the
    same clause ("Global 2000 hatte am Montag einen Bericht vorgelegt, wonach …"): the report is the subject's."""
    doc = span.doc
    sent = sentence_of(doc, span.start)
    verbs = ctx.data.words.get("presenting_verb", frozenset())
    clause_end = next((t.i for t in doc[span.end : sent.end] if t.text in {",", ":"} or t._.in_quote), sent.end)
    finite = next((t for t in doc[sent.start : span.start] if t.tag_.endswith("FIN")), None)
    if finite is None or any(t.text == "," for t in doc[finite.i : span.start]):
        return None
    verb = [t for t in [finite, *doc[span.end : clause_end]] if t.tag_.startswith("VV") and t.lemma_ in verbs]
    if not verb:
        return None
    subject = _clause_subject(found, span)
    if subject is None or subject.end > finite.i:
        return None
    named = {id(c): c for m, c in _clusters_in(subject, ctx.clusters) if c.type in {"ORG", "PER"}
             and not (m.start > subject.start and doc[m.start - 1].tag_ in {"APPR", "APPRART"})}
    if len(named) != 1:
        return None
    owner = next(iter(named.values()))
    return Resolution(owner.name, owner)


def _publisher_in_relative_clause(span: Span, ctx: Context) -> Resolution | None:
    """The organisation that a relative clause right after a source noun names as its subject ("im wöchentlichen
    Bericht, den das Institut am Mittwoch veröffentlichte"; "eine Studie, die die Universität Bern vorgelegt hat"):
    an entity, or a definite description of one named before."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].tag_ != "PRELS" or doc[i + 1].lower_ not in {"den", "die", "das"}:
        return None
    sent = sentence_of(doc, i)
    finite = next((t for t in doc[i + 2 : sent.end] if t.tag_.endswith("FIN") or t.text == ","), None)
    if finite is None or finite.text == "," or doc[i + 2].lower_ not in DEFINITE_ARTICLES:
        return None
    # the subject: the noun phrase the article opens, to its noun (adjectives only between)
    end = i + 3
    while end < finite.i and doc[end].tag_ == "ADJA":
        end += 1
    if end >= finite.i or doc[end].tag_ not in {"NN", "NE"}:
        return None
    subject = doc[i + 2 : end + 1]
    inner = [(m, c) for m, c in _clusters_in(doc[i + 2 : finite.i], ctx.clusters) if m.start == i + 3]
    if inner and inner[0][1].type == "ORG":
        return Resolution(inner[0][1].name, inner[0][1])
    if inner:
        return None
    return _described_organisation(subject, ctx)


def _genitive_plural_of_role(rest: Span, data: LanguageData) -> bool:
    """ "der Ermittler", "der Anwälte" after a source noun: "der" and a role noun that shows no feminine ending is a
    genitive plural (one man would be "des Ermittlers"); "der Trainerin" is one woman, and a noun in -en ("der
    Angeklagten") may be either."""
    words = [t for t in rest if not t.is_space]
    if len(words) < 2 or words[0].lower_ != "der" or words[-1].tag_ != "NN" \
            or not all(t.tag_ == "ADJA" for t in words[1:-1]) or words[-1].lower_.endswith("en"):
        return False
    role = role_of(words[-1], data)
    return role is not None and role[1] is None and not words[-1].lower_.endswith("in")


def _coordinated_genitive(span: Span, head: Token) -> int | None:
    """Where "und des"/"und der" joins a second genitive owner to the one after the head ("einem Bericht des
    Kinderhilfswerks Unicef und des Welternährungsprogramms"), or None."""
    doc = span.doc
    if head.i + 1 >= span.end or doc[head.i + 1].lower_ not in {"des", "der"}:
        return None
    return next((t.i for t in doc[head.i + 2 : span.end - 1]
                 if t.lower_ == "und" and doc[t.i + 1].lower_ in {"des", "der"}), None)


def _joint_owners(span: Span, head: Token, inside: list[tuple[Span, Cluster]]) -> Resolution | None:
    """The two organisations a source is of, one in each of two genitives joined by "und" ("Unicef und WFP"); None
    when the source has one owner or a genitive names no single organisation."""
    joint = _coordinated_genitive(span, head)
    if joint is None:
        return None
    owners = []
    for start, end in ((head.i + 1, joint), (joint + 1, span.end)):
        named = {id(c): c for m, c in inside if c.type == "ORG" and start <= m.start and m.end <= end}
        if len(named) != 1:
            return None
        owners.append(next(iter(named.values())))
    return Resolution(f"{owners[0].name} und {owners[1].name}")


def _joint_owners_before(span: Span, head: Token, ctx: Context) -> Resolution | None:
    """Whose "dem Bericht" (definite, no owner) is when the last source before it named with that noun had two
    owners ("einem Bericht des Kinderhilfswerks Unicef und des Welternährungsprogramms"): both."""
    if not any(t.lower_ in DEFINITE_ARTICLES for t in span.doc[span.start : head.i]):
        return None
    for speaker, _, res in reversed(ctx.said):
        if speaker.start < span.start and any(t.text == head.text and t.tag_ == "NN" for t in speaker):
            words = [t for t in speaker if t.text == head.text]
            return res if res.cluster is None and _coordinated_genitive(speaker, words[0]) is not None else None
    # "Das geht aus einem Bericht des WFP und des Kinderhilfswerks Unicef hervor", no statement of its own
    doc = span.doc
    for t in reversed(doc[: span.start]):
        if t.text != head.text or t.tag_ != "NN":
            continue
        end = next((k for k in range(t.i + 1, min(len(doc), t.i + 16)) if doc[k].text in {",", ".", ";", ":"}
                    or doc[k].tag_.startswith("V")), min(len(doc), t.i + 16))
        phrase = doc[t.i : end]
        return _joint_owners(phrase, t, _clusters_in(phrase, ctx.clusters))
    return None


def _capital_owning_source(span: Span, ctx: Context) -> Resolution | None:
    """ "Darstellung Bischkeks", "Angaben Moskaus": a source noun owned by a capital in the genitive (the model may
    take the genitive for a person) speaks for the capital's government."""
    words = [t for t in span if not t.is_space and t.tag_ not in {"ART", "ADJA"}]
    nouns = tuple(ctx.data.words.get("source_noun", ()))
    if len(words) != 2 or words[0].tag_ != "NN" or not words[0].lower_.endswith(nouns):
        return None
    return _government_of_capital(words[1], ctx)


def _government_of_capital(word: Token, ctx: Context) -> Resolution | None:
    """ "Bischkeks", "Moskaus" as the owner of a source ("nach Darstellung Bischkeks"): a capital stands for its
    country's government, by the name the article gave it ("die kirgisische Regierung"), else the country."""
    capitals = _capitals(ctx.data)
    name = word.text if word.text in capitals else word.text[:-1] if word.text.endswith("s") else None
    if name not in capitals or word.tag_ not in {"NE", "NN"}:
        return None
    country, stem = capitals[name]
    government = f"{stem}e regierung"
    named = next((c for c in ctx.clusters if c.type == "ORG" and government in
                  {n.lower() for n in (c.name, *c.aliases)}), None)
    if named is not None:
        return Resolution(named.name, named)
    spoken = next((n for n in reversed(ctx.names) if n.lower() == government), None)
    if spoken is not None:
        return Resolution(spoken)
    doc = word.doc
    if any(t.lower_.startswith(stem + "e") and t.tag_ == "ADJA" and t.i + 1 < word.i and doc[t.i + 1].text == "Regierung"
           for t in doc[: word.i]):  # "Die kasachische Regierung äußerte sich zurückhaltend."
        return Resolution(f"{stem}e Regierung")
    return Resolution(country, next((c for c in ctx.clusters if c.type == "LOC" and c.name == country), None))


def _spokesperson_behind_source(span: Span, data: LanguageData) -> Span | None:
    """ "eines Gerichtssprechers" of "Angaben eines Gerichtssprechers": an unnamed spokesperson after the source noun
    speaks, and for the organisation the spokesperson speaks for."""
    words = [t for t in span if not t.is_space and t.tag_ not in {"ART", "ADJA"}]
    nouns = tuple(data.words.get("source_noun", frozenset()))
    if len(words) < 2 or words[0].tag_ != "NN" or not words[0].text.lower().endswith(nouns):
        return None
    head = words[0]
    rest = strip_span(span.doc[head.i + 1 : span.end])
    if len(rest) < 2 or rest[0].lower_ not in data.words.get("indefinite_genitive_article", ()):
        return None
    return rest if describe(rest, data).spokesperson else None


def _organisation_that_spoke_before(span: Span, ctx: Context) -> Resolution | None:
    """The organisation of the statement before, when it was cited in one of the three sentences before `span`: what
    "den Angaben" (plural, definite, no owner) take up."""
    if ctx.last is None:
        return None
    speaker, res = ctx.last
    sents = [s for s in text_sentences(span.doc) if s.start <= span.start]
    if speaker.start < sents[max(0, len(sents) - 4)].start:
        return None
    circles = tuple(ctx.data.words.get("hearsay_group_ending", ()))
    doc = span.doc
    # "berichtete das Blatt unter Berufung auf Quellen in der Rüstungsindustrie": an unnamed source the outlet cites
    cited = speaker.start >= 2 and doc[speaker.start - 2].lower_ == "berufung" and doc[speaker.start - 1].lower_ == "auf"
    if res.cluster is None and (res.name.lower().endswith(circles) or cited) and ctx.history \
            and ctx.history[-1].cluster is not None \
            and ctx.history[-1].cluster.type == "ORG" and any(
                sents[max(0, len(sents) - 4)].start <= m.start < span.start
                for m in [*ctx.history[-1].cluster.mentions, *_extra_spans(ctx.history[-1].cluster, span)]):
        # "schrieb das Blatt unter Berufung auf Aufsichtsratskreise. … Den Angaben zufolge": the circles an outlet
        # cites are no organisation; the outlet's report is meant
        res = ctx.history[-1]
    if res.cluster is None or res.cluster.type != "ORG":
        return None
    return Resolution(res.name, res.cluster)


def _extra_spans(cluster: Cluster, span: Span) -> list[Span]:
    """The speaker phrases added to the cluster (`extra_mentions`), as spans of the doc."""
    doc = span.doc
    out = []
    for extra in cluster.extra_mentions:
        found = doc.char_span(extra.start, extra.end, alignment_mode="expand")
        if found is not None:
            out.append(found)
    return out


def _organisation_of_kind(word: str, span: Span, ctx: Context) -> Cluster | None:
    """Whose "Gewerkschaftsangaben", "Unternehmensangaben" are: the organisation that spoke before when its name says
    it is of that kind (`generic_org_kind`), else the one organisation of the article whose name says so ("IG
    Metall"), else the one that spoke before when its name says nothing of its kind and no other is of that kind."""
    org = _spoken_for_before(span, ctx)
    kinds = _org_kinds(ctx.data)
    if word not in kinds or org is not None and word in _kinds_of(org, ctx.data):
        return org
    of_kind = [c for c in ctx.clusters if c.type == "ORG" and word in _kinds_of(c, ctx.data)]
    if len(of_kind) == 1:  # "Nach Gewerkschaftsangaben" after "Die IG BCE": the union, not the company that spoke
        return of_kind[0]
    return org if org is not None and not of_kind and not _kinds_of(org, ctx.data) else None


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
    institution = _institution_of_country_next(head, stems, ctx)
    if institution is not None:  # "nach iranischen Angaben … sagte der Sprecher des iranischen Ölministeriums"
        written = next((institution.nominatives[m.text] for m in institution.mentions
                        if m.start > head.i and m.text in institution.nominatives), institution.name)
        return Resolution(written, institution)
    named = next((c for c in ctx.clusters if c.type == "LOC" and c.name == country), None)
    return Resolution(country, named)


def _institution_of_country_next(head: Token, stems: set[str], ctx: Context) -> Cluster | None:
    """The one organisation the rest of the sentence and the next one name with the same country's adjective
    ("des iranischen Ölministeriums") after a person's role noun ("der Sprecher des …"): whose the country's
    statement ("nach iranischen Angaben") is."""
    doc = head.doc
    sents = text_sentences(doc)
    here = next((n for n, s in enumerate(sents) if s.start <= head.i < s.end), None)
    if here is None:
        return None
    end = sents[min(len(sents) - 1, here + 1)].end
    found = {}
    for c in ctx.clusters:
        if c.type != "ORG":
            continue
        for m in c.mentions:
            if not head.i < m.start < end or m.start < 2:
                continue
            adjective = any(t.tag_ == "ADJA" and any(t.lower_.startswith(stem) for stem in stems) for t in m)
            role = doc[m.start - 1].lower_ in {"des", "der"} and role_of(doc[m.start - 2], ctx.data) is not None
            if adjective and role:
                found[id(c)] = c
    return next(iter(found.values())) if len(found) == 1 else None


def _possessor_of_source(span: Span, head: Token, ctx: Context) -> Resolution | None:
    """ "nach seinen Angaben", "ihren Angaben zufolge": the source is whose it is, the organisation or person that
    spoke just before (in this sentence or the one before), of a gender the possessive agrees with."""
    doc = span.doc
    if head.i == 0 or doc[head.i - 1].tag_ != "PPOSAT" or head.i + 1 < span.end or ctx.last is None:
        return None
    possessive = doc[head.i - 1].lower_
    speaker, res = ctx.last
    sents = [s for s in text_sentences(doc) if s.start <= span.start]
    if res.cluster is None or len(sents) < 1 or speaker.start < sents[max(0, len(sents) - 3)].start:
        return None
    if speaker.start < sents[max(0, len(sents) - 2)].start and any(
            c is not res.cluster and c.type in {"PER", "ORG"}
            for _, c in _clusters_in(doc[sents[-2].start : sents[-2].end], ctx.clusters)):
        return None  # two sentences back only where the sentence between names no one else (the speaker went on)
    if res.cluster.type == "PER":
        profile = ctx.profiles.get(id(res.cluster))
        gender = profile.gender if profile is not None else None
        if gender is None or (gender == "f") != possessive.startswith("ihr"):
            return None
    elif res.cluster.type != "ORG":
        return None
    return Resolution(res.name, res.cluster)


def _inside_extended_attribute(mention: Span, span: Span) -> bool:
    """ "Hamas" of "des von der Hamas kontrollierten Gesundheitsministeriums": a name in a phrase before a
    participle between an article and its noun says who controls, backs or leads the source, not who it is."""
    doc = span.doc
    for t in doc[span.start : mention.start]:
        if t.tag_ in {"ART", "PDAT", "PPOSAT"} and t.i + 1 < span.end:
            end = extended_attribute_end(doc, t.i + 1, span.end)
            if end > t.i + 1 and t.i + 1 < mention.start and mention.end <= end:
                return True
    return False


def _place_of_noun_before(mention: Span, cluster: Cluster, head: Token) -> bool:
    """A place named after a preposition that follows a common noun after `head` ("der Polizei in | Köln")."""
    doc = mention.doc
    return cluster.type == "LOC" and mention.start > 0 and doc[mention.start - 1].tag_ in {"APPR", "APPRART"} \
        and any(t.tag_ == "NN" for t in doc[head.i + 1 : mention.start - 1])


def _agent_attributed_source(genitive: Span) -> str | None:
    """ "des von der Hamas kontrollierten Gesundheitsministeriums" -> "von der Hamas kontrollierte
    Gesundheitsministerium": a genitive whose noun an attribute of a participle with its agent ("von der Hamas
    kontrollierten") describes is that noun's organisation, named with the attribute in the nominative; the agent
    named in the attribute is not the source."""
    words = [t for t in genitive if not t.is_space]
    if len(words) < 5 or words[0].lower_ not in {"des", "der"} or words[1].lower_ not in {"von", "vom"} \
            or words[-1].tag_ != "NN" or words[-2].tag_ != "ADJA" or not words[-2].text.endswith("en") \
            or not words[-2].text[:1].islower():
        return None
    head = _nominative_of_genitive_s(words[-1].text) if words[0].lower_ == "des" and words[-1].text.endswith("s") \
        else words[-1].text
    return " ".join([*(t.text for t in words[1:-2]), words[-2].text[:-1], head])


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
        if named:
            return max(named.values(), key=lambda mc: mc[0])[1]
        return _author_of_work_before(span, head, ctx)
    if not named:
        # "einer neuen Studie zufolge": a work someone wrote, not what was stated ("nach offiziellen Angaben")
        works = tuple(ctx.data.words.get("authored_work", ()))
        return _affiliation_presenting(span, window, ctx) if head.lower_.endswith(works) else None
    return next(iter(named.values()))[1] if len(named) == 1 else None


def _affiliation_presenting(span: Span, window: Span, ctx: Context) -> Cluster | None:
    """ "Zecken sind einer neuen Studie zufolge … aktiv. …, sagte die Parasitologin Ute Marggraf von der Universität
    Hohenheim": a work named by nobody is that of the one organisation the sentence and the one after name, when it
    is named as a person's (after "von"/"vom" right after the person's name) and after the work, in a sentence that
    does not say the person had no part in it (`uninvolved_word`: "der nicht an der Studie beteiligt war")."""
    doc = span.doc
    uninvolved = ctx.data.words.get("uninvolved_word", frozenset())  # "…, der nicht an der Studie beteiligt war"
    found, presenting = {}, {}
    for c in ctx.clusters:
        if c.type != "ORG":
            continue
        for m in c.mentions:
            if not window.start <= m.start < window.end or _in_dateline(m):
                continue
            k = m.start - 1
            k -= doc[k].lower_ in {"der", "dem"} if k > 0 else 0
            person = k >= 1 and doc[k].lower_ in {"von", "vom"} and any(
                p.type == "PER" and any(pm.end == k for pm in p.mentions) for p in ctx.clusters) \
                and not any(t.lower_ in uninvolved for t in sentence_of(doc, m.start))
            if any(o.end + 1 == m.start and doc[o.end].text == "(" for o in c.mentions):
                continue  # "(DKFZ)" after "das Deutsche Krebsforschungszentrum": the same mention again
            if m.start > span.end and _presenting_in_as_clause(m, ctx):
                presenting[id(c)] = c
            found.setdefault(id(c), (c, []))[1].append(person and m.start > span.end)
    if len(presenting) == 1:  # "…, wie das Deutsche Krebsforschungszentrum mitteilte": whoever else is named
        return next(iter(presenting.values()))
    if len(found) != 1:
        return None
    cluster, affiliated = next(iter(found.values()))
    return cluster if all(affiliated) else None


def _presenting_in_as_clause(mention: Span, ctx: Context) -> bool:
    """ "…, wie das Deutsche Krebsforschungszentrum am Donnerstag mitteilte": the organisation is the subject of an
    as-clause with a speech verb, so what the sentence before said of a work named by nobody it presents."""
    doc = mention.doc
    k = mention.start - 1
    if k < 1 or doc[k].lower_ not in DEFINITE_ARTICLES or doc[k - 1].lower_ != "wie":
        return False
    sentence = sentence_of(doc, mention.start)
    end = next((t.i for t in doc[mention.end : sentence.end] if t.text in {",", ";", "."}), sentence.end)
    return any(t.pos_ == "VERB" and t.lemma_ in ctx.data.verb_cues for t in doc[mention.end : end])


def _in_dateline(mention: Span) -> bool:
    """ "(dpa)" of "Stuttgart (dpa) –": the agency in brackets before the dash of a dateline."""
    doc = mention.doc
    return mention.start > 0 and mention.end < len(doc) and doc[mention.start - 1].text == "(" \
        and doc[mention.end].text == ")" and mention.end + 1 < len(doc) and doc[mention.end + 1].text in {"–", "-", "—"}


def _author_of_work_before(span: Span, head: Token, ctx: Context) -> Cluster | None:
    """Whose "der Studie", "dem Bericht" (definite, no owner) is when no "Studie der X" was written before: the
    organisation an earlier statement cited with the same noun was resolved to ("einer neuen Studie zufolge" by the
    Universität Hohenheim), else, for a press report (`press_report_noun`), the organisation that reported (a
    `report_verb`) in one of the three sentences before ("Die „Marca“ hatte berichtet, … hieß es in dem Bericht")."""
    doc = span.doc
    for speaker, _, res in reversed(ctx.said):
        if speaker.start < span.start and res.cluster is not None and res.cluster.type == "ORG" \
                and any(t.text == head.text and t.tag_ == "NN" for t in speaker):
            return res.cluster
    if head.text not in ctx.data.words.get("press_report_noun", ()):
        return None
    sents = [s for s in text_sentences(doc) if s.start <= span.start]
    reporters = ctx.data.words.get("report_verb", frozenset())
    for speaker, lemma, res in reversed(ctx.said):
        if speaker.start < sents[max(0, len(sents) - 4)].start:
            break
        if lemma in reporters and res.cluster is not None and res.cluster.type == "ORG" and not res.spokesperson:
            return res.cluster
    return None


def _institution_of_authors(span: Span, inside: list[tuple[Span, Cluster]], ctx: Context) -> Cluster | None:
    """Who "die Forschenden", "die Autorinnen" or "Forschende des Potsdam-Instituts" (`study_author`) stand for: the
    organisation named right after them, else the one organisation the article named before as the author of a
    study ("eine Studie der Universität Bern", "Forschende des AWI"); None when there are several."""
    words = [t for t in span if not t.is_space]
    authors = ctx.data.words.get("study_author", frozenset())
    k = next((n for n, t in enumerate(words) if t.text in authors), None)
    if k is None or not all(t.lower_ in DEFINITE_ARTICLES or t.tag_ == "ADJA" for t in words[:k]):
        return None
    if k + 2 < len(words) and words[k + 1].lower_ in {"und", "sowie"} and words[k + 2].text in authors:
        k += 2  # "Die Autorinnen und Autoren": both genders of one group
    if k + 1 < len(words):
        if _coordinated_genitive(span, words[k]) is not None:
            return None  # "Forschende der Universität Wien und der Universität Graz": people of both, no one institution
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


def _plural_source_after(rest: Span, data: LanguageData) -> str | None:
    """ "deutsche Sicherheitsbehörden" of "deutscher Sicherheitsbehörden …" (a genitive plural without article) or of
    "aus ägyptischen Sicherheitskreisen": the group that opens `rest`, in the nominative."""
    words = [t for t in rest if not t.is_space]
    k = 1 if words and words[0].lower_ == "aus" else 0
    adjectives = []
    # "Tadschikische Sicherheitskreise" opening a sentence: a capital only there is no name's
    while k < len(words) and words[k].tag_ == "ADJA" and (words[k].text[:1].islower() or words[k].is_sent_start):
        adjectives.append(words[k])
        k += 1
    groups = tuple(data.words.get("hearsay_group_ending", ()))
    if k >= len(words) or words[k].tag_ != "NN" or not adjectives and not words[k].lower_.endswith(groups):
        return None  # a group needs its adjective or a group's name ("aus Regierungskreisen"): "Angaben Polizei" is none
    out = [t.text[:1].lower() + (t.text[1:-1] if t.text.endswith(("er", "en")) else t.text[1:])
           for t in adjectives]  # "deutscher" -> "deutsche"
    return " ".join([*out, _nominative_plural(words[k], data)])


def _hearsay_group(span: Span, name: str, ctx: Context) -> Resolution:
    """A group named without its country: "Sicherheitskreisen in Kairo" are the "ägyptische Sicherheitskreise" (a
    capital after it), else the group of that name the article named with its adjective before."""
    doc = span.doc
    after = [t for t in doc[span.end : min(len(doc), span.end + 2)]]
    capitals = _capitals(ctx.data)
    diplomats = any(w in name.lower() for w in ctx.data.words.get("foreign_posted_group", ()))
    # "in westlichen Diplomatenkreisen in Bischkek": a group named with its adjective is no country's
    if len(after) == 2 and after[0].lower_ == "in" and after[1].text in capitals and " " not in name:
        if diplomats:  # "Diplomatenkreise in Nairobi": diplomats of other countries, posted in that capital
            return Resolution(f"{name} in {after[1].text}")
        return Resolution(f"{capitals[after[1].text][1]}e {name}")
    place = _place_after_group(span, ctx) if " " not in name and not diplomats else None
    if place is not None:  # "aus Sicherheitskreisen in der Region", "Militärkreise in Bengasi": so written
        return Resolution(f"{name} {place}")
    earlier = [n for n in ctx.names if n.endswith(" " + name)] if " " not in name else []
    return Resolution(earlier[-1] if earlier else name)


def _place_after_group(span: Span, ctx: Context) -> str | None:
    """ "in Bengasi" of "Militärkreise in Bengasi", "in der Region" of "Sicherheitskreisen in der Region": a place
    (a place the article names, or a word for a region after its article) right after a hearsay group."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "in":
        return None
    nxt = doc[span.end + 1]
    for m, c in _clusters_in(doc[span.end + 1 : min(len(doc), span.end + 5)], ctx.clusters):
        if m.start == span.end + 1 and c.type == "LOC":
            return doc[span.end : m.end].text
    if span.end + 2 < len(doc) and nxt.lower_ in {"der", "dem"} \
            and doc[span.end + 2].lower_ in ctx.data.words.get("region_noun", ()):
        return doc[span.end : span.end + 3].text
    return None


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
    """The noun phrase that opens the clause of `span`, before its finite verb ("Die Polizei nahm …"); of main clauses
    joined by a comma, the one `span` stands in ("Die NGG fordert 6,8 Prozent, die Brauerei bietet nach eigenen
    Angaben 3,5 Prozent": the brewery)."""
    doc = span.doc
    sent = sentence_of(doc, span.start)
    sent = doc[joined_main_clause_start(doc, sent.start, span.start) : sent.end]
    # "Warnow Composites beschäftigt …" with the finite verb tagged a participle: with no finite verb in the
    # sentence, its first verb is the finite one
    finite = next((t for t in sent if t.tag_.endswith("FIN")), None) \
        or next((t for t in sent if t.tag_.startswith("VV")), None)
    if finite is None or finite.i <= sent.start:
        return None
    if finite.i > span.start:
        return _subject_after_finite(sent, finite, span)
    subject = before_role_or_seat(strip_span(doc[sent.start : finite.i]))  # not "mit Sitz im … Stade"
    if len(subject) == 1 and subject[0].tag_ == "PPER":
        return subject  # "Sie stützte sich nach eigenen Worten auf …"
    if len(subject) == 0 or subject[0].tag_ not in {"ART", "NN", "NE", "PPOSAT"}:
        return None
    return subject


def _subject_after_finite(sent: Span, finite: Token, span: Span) -> Span | None:
    """ "das Bistum" of "Nach eigenen Angaben hat das Bistum … aufgegeben": with the source phrase filling the
    prefield, the subject follows the finite verb (a name, or a noun after a nominative article)."""
    doc = sent.doc
    if strip_span(doc[sent.start : finite.i]).start != span.start - 1:
        return None  # only the source phrase ("Nach eigenen Angaben") before the verb
    k = finite.i + 1
    if k >= sent.end or not (doc[k].tag_ == "NE" or doc[k].lower_ in {"der", "die", "das"}):
        return None
    end = k + 1
    while end < sent.end and doc[end].tag_ in {"ADJA", "NN", "NE"} and not (doc[end - 1].tag_ == "NN" and doc[end].tag_ == "NN"):
        end += 1
    subject = doc[k:end]
    return subject if subject[-1].tag_ in {"NN", "NE"} else None
