"""Which person a name, a description ("der 58-Jährige", "die Grünen-Politikerin") or a pronoun means: by role,
party, age, office and gender agreement, never merely the last name mentioned."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from whosaid.components.attribution import Found
from whosaid.components.attribution.frames import SUBORDINATE_TAGS
from whosaid.components.descriptions import (
    AGE,
    DESCRIPTION_WINDOW,
    Description,
    Profile,
    _article_gender,
    conflicts,
    describe,
    fits,
    origin_role,
    pronoun_gender,
    recent_people,
    role_of,
    same_role,
)
from whosaid.components.entities import Cluster, noun_gender, person_ending_in
from whosaid.components.phrases import (
    QUOTE_MARKS,
    extended_attribute_end,
    is_finite,
    is_subjunctive,
    possessor_before,
    sentence_of,
    strip_span,
    text_sentences,
)
from whosaid.components.speakers.context import (
    DEFINITE_ARTICLES,
    Context,
    Resolution,
    _bare,
    _clusters_in,
    _ends_span,
    _finite_near,
    _headline_end,
    _is_plural,
    _is_role,
    _pronoun_key,
    _spoke_in_sentence_or_one_before,
    _transliterated,
)
from whosaid.lang import LanguageData


def _attached(mention: Span, speaker: Span, data: LanguageData) -> bool:
    """ "Der Sprecher von Angela Merkel", "der Sprecher des Präsidenten Wladimir Putin", "die Beraterin von
    Tennisprofi Mia Roth": the person the speaker's role belongs to, not the speaker ("der Sprecher des Kommandos
    Tahsin al-Khafaji" is al-Khafaji)."""
    doc = mention.doc
    before = mention.start - 1
    if before <= speaker.start or not any(_is_role(t, data) for t in doc[speaker.start : before]):
        return False
    if doc[before].lower_ in {"von", "vom"}:
        return True
    k = before
    while k - 1 > speaker.start and doc[k].tag_ == "NN" and doc[k].text[:1].isupper() and doc[k - 1].tag_ == "NN":
        k -= 1  # titles before the name ("von Tennisprofi …")
    # an adviser or lawyer "von Tennisprofi Mia Roth" is not the client ("ein Sprecher von Stadträtin X" speaks for her)
    if doc[k].tag_ == "NN" and doc[k].text[:1].isupper() and doc[k - 1].lower_ in {"von", "vom"} \
            and k - 1 > speaker.start and not any(t.lower_.endswith(("sprecher", "sprecherin"))
                                                  for t in doc[speaker.start : k - 1]):
        return True
    return _is_role(doc[before], data) and doc[before - 1].lower_ in {"des", "der"}


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


def _without_place_tail(span: Span, inside: list[tuple[Span, Cluster]], data: LanguageData) -> Span | None:
    """The speaker phrase without the place that ends it ("… aus Piräus", "… in Kabul"), or None."""
    last = max(inside, key=lambda mc: mc[0].end, default=None)
    if last is None or last[1].type != "LOC" or not _ends_span(last[0], span) or last[0].start - 1 <= span.start:
        return None
    if span.doc[last[0].start - 1].lower_ not in data.words.get("source_place_preposition", ()):
        return None
    return strip_span(span.doc[span.start : last[0].start - 1])


def _new_or_several(found: Found, span: Span, data: LanguageData) -> bool:
    """ "ein Experte" brings in someone not named before; "die Richter sagten" are several people."""
    if span[0].lower_ in data.words.get("indefinite_article", ()):
        return True
    if _bare_plural(span):
        return True  # "Laut Experten", "Diplomaten zufolge", "französischen Diplomaten": a group, no one person
    finite = next((t for t in found.cue if t.tag_.endswith("FIN")), None) or _finite_near(span)
    return finite is not None and _is_plural(finite)


def _bare_plural(span: Span) -> bool:
    """ "Experten", "Diplomaten", "französischen Diplomaten": adjectives and a noun with no article or determiner,
    the noun in a form other than its lemma. A German singular person noun takes an article; written bare and
    inflected ("Diplomaten" of "Diplomat") it is a plural."""
    words = [t for t in span if not t.is_space]
    if not words or words[-1].tag_ != "NN" or not all(t.tag_ == "ADJA" for t in words[:-1]):
        return False
    head = words[-1]
    return head.lower_ != head.lemma_.lower() or "Plur" in head.morph.get("Number")


def _described_person(span: Span, desc: Description, ctx: Context) -> Cluster | None:
    """ "der Finanzminister", "die 58-Jährige", "die Grünen-Politikerin": the person the article describes so,
    else the person who spoke or was named last if nothing said of them contradicts the description."""
    if span.end_char <= _headline_end(span.doc):
        # "Ministerin widerspricht Landrätin": a headline describes whom the text then names; the one person it fits
        fitting = [c for c in ctx.clusters if c.type == "PER" and fits(desc, ctx.profiles.get(id(c), Profile()))]
        if len(fitting) > 1 and desc.party is not None:
            # "CDU-Fraktionschef weist … zurück": the one whose party the text names, not a Fraktionschef of no party
            fitting = [c for c in fitting if desc.party in ctx.profiles.get(id(c), Profile()).parties] or fitting
        if len(fitting) == 1:
            return fitting[0]
    candidates = [c for c in ctx.clusters if c.type == "PER" and any(m.start < span.start for m in c.mentions)]
    fitting = [c for c in candidates if fits(desc, ctx.profiles.get(id(c), Profile()))]
    if fitting and _age_only_learned_beside_last_speaker(span, desc, fitting, ctx):
        return None
    if fitting:
        return _latest_unless_tied(span, fitting, ctx)
    of_camp = _only_one_of_camp(desc, candidates, ctx)
    if of_camp is not None:
        return of_camp
    if _unresolved_description_just_before(span, desc, ctx):
        return None
    if desc.age is not None and _age_of_someone_unnamed(span, desc, ctx):
        return None  # "der 31-jährige Zeuge … Der 31-Jährige sagte": the unnamed witness, no one named
    candidates = [c for c in candidates if _may_be(desc, c, ctx)]
    # "Barišić habe Feldhaus zurückgeführt, sagte der 49-Jährige": who is named in what is said does not say it
    recent = [p for p in recent_people(ctx.doc, ctx.clusters, span.start, skip=ctx.in_content)
              if _may_be(desc, p, ctx)]
    if desc.additive and desc.role is not None and len(recent) > 1 \
            and desc.role.endswith(tuple(ctx.data.words.get("profession_role", ()))):
        # "Vorstandschef X … Betriebsratschef Y … Der Manager": a profession anyone may have, fitting no one the
        # article described so, says nothing of which of several it is
        return None
    spoke = {id(r.cluster) for r in ctx.history if r.cluster is not None}
    if not recent:
        return _last_speaker_described_so(span, desc, ctx) or _only_one_described_so(candidates, desc, ctx)
    subject = _subject_of_sentence_before(span, ctx)
    if subject is not None and desc.role is not None and not any(p is subject for p in recent) \
            and not (desc.gender and ctx.profiles.get(id(subject), Profile()).gender not in {desc.gender, None}):
        # "Landesrat Stephan Pernkopf erklärte, … Der Agrarlandesrat kündigte … an": a role that fits no one, right
        # after a subject of its gender with another written role, is likely that subject said more precisely; not
        # someone named earlier whose role the article never gave
        return None
    if subject is not None and any(p is subject for p in recent):
        # "Trainer A lobte … B war enttäuscht. „…“, sagte der 54-Jährige": B, whom the sentence before is about
        return subject
    # "…, sagte der 51-Jährige": the person the passage quotes rather than one it only mentions
    return next((p for p in recent if id(p) in spoke), recent[0])


def _only_one_of_camp(desc: Description, candidates: list[Cluster], ctx: Context) -> Cluster | None:
    """ "Oppositionsführer Kim Moon Soo … Lee fügte hinzu, … Der Oppositionspolitiker kündigte Proteste an": a role
    of one camp (`opposed_camp`: "oppositions…") is the one person named before with a role of that camp, not the
    president who spoke last, whom a Politiker, a role anyone in politics has, does not rule out."""
    if desc.role is None:
        return None
    camp = next((c for c, _ in ctx.data.pairs("opposed_camp") if desc.role.startswith(c)), None)
    if camp is None:
        return None
    of_camp = [c for c in candidates if any(r.startswith(camp) for r in ctx.profiles.get(id(c), Profile()).roles)
               and not conflicts(desc, ctx.profiles.get(id(c), Profile()))]
    return of_camp[0] if len(of_camp) == 1 else None


def _unresolved_description_just_before(span: Span, desc: Description, ctx: Context) -> bool:
    """ "Die Kommunistin verteidigte ihre Wohnungspolitik. „…“, sagte die 63-Jährige": an age no one was written
    with, after a speaker just before that is a description of the same gender resolved to no one in this sentence or the one before, with no one named since,
    likely goes on speaking; not the last of several people named before it."""
    if ctx.last is None or desc.gender is None or desc.age is None or desc.role is not None or desc.party:
        return False  # an age alone says nothing new of who speaks; a role or party may bring in someone else
    last, res = ctx.last
    if res.cluster is not None or res.spokesperson \
            or last[0].lower_ not in DEFINITE_ARTICLES or last.start >= span.start:
        return False
    sents = [s.start for s in text_sentences(span.doc) if s.start <= span.start]
    if sentence_of(span.doc, last.start).start not in sents[-2:]:
        return False
    if describe(last, ctx.data).gender != desc.gender:
        return False
    endings = ctx.data.words.get("feminine_agent_ending" if desc.gender == "f" else "masculine_agent_ending", ())
    head = next((t for t in last if t.tag_ == "NN"), None)
    if head is None or (role_of(head, ctx.data) is None and not head.lower_.endswith(tuple(endings))):
        return False  # "Die Jury lobte …": a body, not a person who may go on speaking
    return not any(c.type == "PER" and last.end <= m.start < span.start for m, c in
                   _clusters_in(span.doc[last.end : span.start], ctx.clusters))


def _introduced_by_noun(span: Span, ctx: Context) -> Cluster | None:
    """ "der Unternehmer", "den Chefkabinettssekretär": a definite article, adjectives and a noun no role list knows,
    which the article wrote right before the name of exactly one person named before ("Unternehmer Matthias
    Kallert"): that person, when the article's gender does not contradict theirs."""
    words = [t for t in span if not t.is_space]
    if len(words) < 2 or words[0].lower_ not in DEFINITE_ARTICLES or words[-1].tag_ != "NN" \
            or not all(t.tag_ == "ADJA" for t in words[1:-1]):
        return None
    noun = words[-1].text.lower()
    gender = _article_gender(words[0], ctx.data)
    named = [c for c in ctx.clusters if c.type == "PER" and any(m.start < span.start for m in c.mentions)
             and noun in ctx.profiles.get(id(c), Profile()).introducing_nouns]
    if len(named) != 1:
        return None
    last = max(m.end for m in named[0].mentions if m.start < span.start)
    if any(t.lower_ == noun for t in span.doc[last : span.start]):
        return None  # "… Danach wurde ein zweiter Zeuge befragt. Der Zeuge sagte": someone else brought in so
    profile = ctx.profiles.get(id(named[0]), Profile())
    return None if gender and profile.gender and gender != profile.gender else named[0]


def _latest_unless_tied(span: Span, fitting: list[Cluster], ctx: Context) -> Cluster | None:
    """The fitting person named last before the description; of two last named in one sentence ("Innenminister A
    traf Innenminister B. Der Minister sagte"), the one that sentence is about (its subject), else nobody."""
    def last(c: Cluster) -> int:
        return max(m.start for m in c.mentions if m.start < span.start)

    ranked = sorted(fitting, key=last, reverse=True)
    if len(ranked) < 2 or sentence_of(span.doc, last(ranked[0])).start != sentence_of(span.doc, last(ranked[1])).start:
        return ranked[0]
    sent = sentence_of(span.doc, last(ranked[0]))
    finite = next((t for t in sent if t.tag_.endswith("FIN") and not t._.in_quote), None)
    if finite is None:
        return None
    subjects = {id(c): c for m, c in _clusters_in(span.doc[sent.start : finite.i], ctx.clusters)
                if c.type == "PER" and m.start < span.start}
    subject = next(iter(subjects.values())) if len(subjects) == 1 else None
    return subject if subject is not None and any(subject is c for c in fitting) else None


def _subject_of_sentence_before(span: Span, ctx: Context) -> Cluster | None:
    """The one person the narrator names before the finite verb of the sentence before the description's, when the
    description's own sentence names nobody before it ("SPD-Fraktionschef Andreas Stoch schloss sich an. Der
    55-Jährige kündigte eine Klage an.")."""
    doc = span.doc
    sent = sentence_of(doc, span.start)
    if any(c.type == "PER" and not m[0]._.in_quote and not ctx.in_content(m[0])
           for m, c in _clusters_in(doc[sent.start : span.start], ctx.clusters)):
        return None
    before = [s for s in text_sentences(doc) if s.end <= sent.start]
    if not before:
        return None
    finite = next((t for t in before[-1] if t.tag_.endswith("FIN") and not t._.in_quote), None)
    if finite is None:
        return None
    people = {id(c): c for m, c in _clusters_in(doc[before[-1].start : finite.i], ctx.clusters)
              if c.type == "PER" and not m[0]._.in_quote}
    return next(iter(people.values())) if len(people) == 1 else None


def _may_be(desc: Description, person: Cluster, ctx: Context) -> bool:
    """Nothing the article says of the person contradicts the description, and an age alone never describes someone
    the article shows only in a function of the court proceedings (`functional_role`: the judge, the prosecutor,
    the defence lawyer) when it tells of a court, nor another role: "Der 45-Jährige", "Der Hauptangeklagte" is the
    defendant, not the judge or the defence lawyer named before him; in a match report "Verteidiger Jonas Keller …
    der 26-Jährige" is the defender."""
    profile = ctx.profiles.get(id(person), Profile())
    if conflicts(desc, profile):
        return False
    positions = tuple(ctx.data.words.get("team_position", ()) | ctx.data.words.get("athlete_role", ()))
    professions = tuple(ctx.data.words.get("profession_role", ()))
    if desc.role is not None and desc.role.endswith(professions) \
            and profile.roles and all(r.endswith(positions) for r in profile.roles):
        return False  # "Kapitän Jonas Weber … Der Sportrechtler": a player is no lawyer, manager or doctor
    if desc.role is not None and desc.age is None and desc.role.lower().removesuffix("in").endswith(professions) \
            and profile.parties and profile.roles \
            and not any(r.lower().removesuffix("in").endswith(professions) for r in profile.roles):
        # "die Ulmer SPD-Landtagsabgeordnete Melanie Strobel … die Medizinerin": a party's politician known by no
        # profession is not the one a bare profession describes ("Der 61-Jährige, selbst Arzt" tells it anew)
        return False
    functional = tuple(ctx.data.words.get("functional_role", ()))
    if not profile.roles or not all(r.endswith(functional) for r in profile.roles) or not _about_a_court(ctx):
        return True
    if desc.role is not None:  # "Der Hauptangeklagte" is not the defence lawyer named before
        return any(same_role(desc, r) for r in profile.roles)
    return not (desc.age is not None and desc.party is None)


def _about_a_court(ctx: Context) -> bool:
    """The article tells of court proceedings (`court_word_ending`: "Landgericht", "Angeklagte", "Prozess"): only
    there is a Verteidiger the defence lawyer rather than a defender of a team."""
    endings = tuple(ctx.data.words.get("court_word_ending", ()))
    return bool(endings) and any(t.lower_.endswith(endings) for t in ctx.doc)


def _age_of_someone_unnamed(span: Span, desc: Description, ctx: Context) -> bool:
    """The narrator wrote this age before with a definite article for someone no person of the article is known by
    ("der 31-jährige Zeuge", "sein 41 Jahre alter Mitangeklagter"): an age description takes up that unnamed person. ("einen 41 Jahre alten Ingenieur"
    brings someone in whom the article may name next; "Das Amtsgericht hatte den 61-Jährigen verurteilt" right after
    the one man it names takes up that man.)"""
    doc = span.doc
    for t in doc[: span.start]:
        if t._.in_quote or _age_written(t, ctx.data) != desc.age:
            continue
        first = t.i - 1 if AGE.match(t.text) else t.i - 3
        # "der 31-jährige Zeuge"; "sein 41 Jahre alter Mitangeklagter": a possessive identifies as an article does
        if first >= 0 and (doc[first].lower_ in DEFINITE_ARTICLES or doc[first].tag_ == "PPOSAT") \
                and not _named_just_before(t, desc, ctx):
            return True
    return False


def _named_just_before(age: Token, desc: Description, ctx: Context) -> bool:
    """A nominalised age ("den 61-Jährigen") whose sentence, before it, or the sentence before names exactly one
    person the description may be: it took up that person, who is no unnamed one."""
    if not age.text[:1].isdigit() or not age.text.split("-")[-1][:1].isupper():
        return False
    doc = age.doc
    sent = sentence_of(doc, age.i)
    before = [s for s in text_sentences(doc) if s.end <= sent.start]
    start = before[-1].start if before else sent.start
    named = {id(c): c for m, c in _clusters_in(doc[start : age.i], ctx.clusters) if c.type == "PER"}
    return len(named) >= 1 and sum(_may_be(desc, c, ctx) for c in named.values()) == 1


def _age_written(token: Token, data: LanguageData) -> int | None:
    """The age a word gives: 31 of "31-jährige" or of "alter" in "31 Jahre alter"."""
    match = AGE.match(token.text)
    if match and match.group(2).lower() in data.words.get("age_noun", ()):
        return int(match.group(1))
    doc, i = token.doc, token.i
    if i >= 2 and token.lower_ in data.words.get("age_adjective", ()) and doc[i - 1].lower_ == "jahre" \
            and doc[i - 2].text.isdigit():
        return int(doc[i - 2].text)
    return None


def _named_spokesperson(span: Span, desc: Description, ctx: Context) -> Cluster | None:
    """ "drohte die Sprecherin" after "sagte Ministeriumssprecherin Maria Sacharowa": a bare definite spokesperson is
    the one person of that gender the article named before as a spokesperson."""
    words = [t for t in span if not t.is_space]
    if len(words) != 2 or words[0].lower_ not in DEFINITE_ARTICLES:
        return None
    heads = tuple(ctx.data.words.get("spokesperson_head", ()))
    named = [c for c in ctx.clusters if c.type == "PER" and any(m.start < span.start for m in c.mentions)
             and any(r.endswith(heads) for r in ctx.profiles.get(id(c), Profile()).roles)
             and ctx.profiles.get(id(c), Profile()).gender in {desc.gender, None}]
    if len(named) != 1:
        return None
    last = max(m.end for m in named[0].mentions if m.start < span.start)
    if _unnamed_spokesperson_between(span.doc, last, span.start, words[1].lower_, desc, ctx):
        return None  # "Ein Sprecher des Ministeriums wies … zurück. …, sagte der Sprecher": that one, not the named
    return named[0]


def _unnamed_spokesperson_between(doc: Doc, start: int, end: int, noun: str, desc: Description, ctx: Context) -> bool:
    """A spokesperson noun of the description's gender between `start` and `end` outside quotes that names no person
    ("Ein Sprecher des Ministeriums", "eine Polizeisprecherin"; not "Sprecherin Maria Sacharowa" nor "Maria
    Sacharowa, Sprecherin des Ministeriums"), written as `noun` is unless that is a bare "Sprecher"."""
    heads = tuple(ctx.data.words.get("spokesperson_head", ()))
    person_tokens = {i for c in ctx.clusters if c.type == "PER" for m in c.mentions for i in range(m.start, m.end)}
    for t in doc[start:end]:
        if t.tag_ != "NN" or t._.in_quote or not t.lower_.endswith(heads) or t.i in person_tokens:
            continue
        if noun not in heads and t.lower_ != noun:
            continue  # "ein Feuerwehrsprecher" is no "der Polizeisprecher"
        if desc.gender is not None and ("f" if t.lower_.endswith("in") else "m") != desc.gender:
            continue
        before = t.i - 1 - (t.i > 1 and doc[t.i - 1].text == ",")
        if t.i + 1 < len(doc) and t.i + 1 in person_tokens or before >= 0 and before in person_tokens:
            continue  # "Regierungssprecher Steffen Seibert", "Thomas Gerlach, Sprecher der Polizei": named
        return True
    return False


def _adding_to_last_speaker(found: Found, span: Span, desc: Description, ctx: Context) -> Cluster | None:
    """ "…, sagte Regierungssprecher Hiroshi Kanemura. „…“, fügte der Chefkabinettssekretär hinzu": a description
    whose cue adds to what was just said (`adding_cue`) is the person who said it, in this sentence or the one
    before, though it names another of their roles, unless it is of another gender or age or someone else named
    before is described so."""
    if found.lemma not in ctx.data.words.get("adding_cue", ()) or ctx.last is None:
        return None
    last_span, res = ctx.last
    person = res.cluster
    sents = [s for s in text_sentences(span.doc) if s.start <= span.start]
    if person is None or person.type != "PER" or len(sents) < 1 \
            or last_span.start < sents[max(0, len(sents) - 2)].start:
        return None
    profile = ctx.profiles.get(id(person), Profile())
    if desc.gender and profile.gender and desc.gender != profile.gender \
            or desc.age is not None and profile.ages and desc.age not in profile.ages:
        return None
    if any(fits(desc, ctx.profiles.get(id(c), Profile())) for c in ctx.clusters if c is not person
           and c.type == "PER" and any(m.start < span.start for m in c.mentions)):
        return None
    return person


def _relative_named_right_after(span: Span, ctx: Context) -> Cluster | None:
    """ "Der Vater des getöteten Jugendlichen widersprach dieser Darstellung. Sein Sohn sei …, sagte Samir
    Daraghmeh": a person described by kinship (`kin_noun`) or as acting for someone (`representative_noun`: "Der
    Berater von …"), whom no one named before is, is the one person the next sentence names for the first time and
    bare, without a role before the name, outside quotes, of no other gender."""
    doc = span.doc
    words = [t for t in span if not t.is_space]
    kin = dict(ctx.data.pairs("kin_noun")) | dict(ctx.data.pairs("representative_noun"))
    if len(words) < 2 or words[0].lower_ not in DEFINITE_ARTICLES or words[1].text not in kin:
        return None
    sents = text_sentences(doc)
    here = next((n for n, s in enumerate(sents) if s.start <= span.start < s.end), None)
    if here is None or here + 1 >= len(sents):
        return None
    nxt = sents[here + 1]
    first = [(min(c.mentions, key=lambda m: m.start), c) for c in ctx.clusters if c.type == "PER"]
    named = [(m, c) for m, c in first if nxt.start <= m.start < nxt.end]
    # a name inside the quotation is one the speaker says ("„Malik hat …“, sagte Reza Tavakoli")
    if len(named) != 1 or any(nxt.start <= m.start < nxt.end and c is not named[0][1] and c.type == "PER"
                              and not m[0]._.in_quote for c in ctx.clusters for m in c.mentions):
        return None
    mention, person = named[0]
    before = doc[mention.start - 1] if mention.start > nxt.start else None
    profile = ctx.profiles.get(id(person), Profile())
    if len(mention) < 2 or mention[0]._.in_quote or profile.roles \
            or before is not None and (before.tag_ in {"NN", "NE", "ADJA"} or before.text in QUOTE_MARKS) \
            or profile.gender is not None and profile.gender != kin[words[1].text]:
        return None
    return person


def _last_speaker_described_so(span: Span, desc: Description, ctx: Context) -> Cluster | None:
    """ "Der Angeklagte hatte um Entschuldigung gebeten. „…“, sagte der 41-Jährige": the person the statement just
    before was resolved to, though written there as a description, when nothing said of them contradicts this one;
    also further back when only quoted sentences lie between ("Szulc räumte ein, … „…“ „…“ …, betonte der
    52-Jährige": the quotes are still his)."""
    if ctx.last is None or ctx.last[1].cluster is None or ctx.last[1].cluster.type != "PER":
        return None
    last_span, res = ctx.last
    sents = [s for s in text_sentences(span.doc) if s.start <= span.start]
    window_start = sents[-DESCRIPTION_WINDOW].start if len(sents) >= DESCRIPTION_WINDOW else 0
    if last_span.start < window_start and _narrated_between(last_span, span) or not _may_be(desc, res.cluster, ctx):
        return None
    return res.cluster


def _last_unnamed_speaker(span: Span, desc: Description, ctx: Context) -> Resolution | None:
    """ "Eine deutsche Urlauberin aus Bielefeld schilderte … „…“, sagte die 34-Jährige": a description takes up the
    unnamed person who spoke in its sentence or the one before, when both show the same gender, nothing said of that
    person contradicts it, and no person named before fits it."""
    if ctx.last is None or desc.gender is None or desc.spokesperson or desc.party is not None:
        return None
    last_span, res = ctx.last
    if res.cluster is not None or res.spokesperson:
        return None
    if last_span.start >= span.start or _narrated_between(last_span, span):
        return None
    said = describe(last_span, ctx.data)
    if said.spokesperson or said.gender != desc.gender or said.party is not None:
        return None
    if desc.role is not None and desc.role != said.role or desc.age is not None and said.age not in {None, desc.age}:
        return None
    if desc.age is not None and any(_age_written(t, ctx.data) == desc.age and not t._.in_quote
                                    for t in span.doc[: span.start] if not last_span.start <= t.i < last_span.end):
        return None  # "Ein 45-Jähriger wurde festgenommen. Ein Polizist sagte … Der 45-Jährige": not the policeman
    head = _person_noun(last_span, ctx.data, agent=desc.age is not None and desc.role is None)
    if head is None or "Plur" in head.morph.get("Number"):
        return None  # "die Anwälte": several people
    if any(fits(desc, ctx.profiles.get(id(c), Profile())) for c in ctx.clusters
           if c.type == "PER" and any(m.start < span.start for m in c.mentions)):
        return None
    return Resolution(res.name)


def _unnamed_speaker_by_status(span: Span, ctx: Context) -> Resolution | None:
    """ "„…“, erzählte ein 71 Jahre alter Anwohner. …, sagte der Rentner"; "Ein Mitangeklagter räumte ein, … Er
    bestritt … „…“, sagte der Student aus Rotterdam": a definite noun for a station in life (`status_noun`: Rentner,
    Student, Schülerin …), which any role may have beside it, takes up the unnamed person who spoke just before
    (in its sentence or the one before, only quotes between), of the same gender as that person's first phrase."""
    words = [t for t in span if not t.is_space]
    if len(words) < 2 or words[0].lower_ not in DEFINITE_ARTICLES or ctx.last is None:
        return None
    head = words[1]
    statuses = dict(row.split("=") for row in ctx.data.words.get("status_noun", ()))
    gender = statuses.get(head.text)
    if head.tag_ != "NN" or gender is None \
            or any(t.tag_ not in {"APPR", "APPRART", "NE", "ART", "ADJA", "NN"} for t in words[2:]):
        return None
    last_span, res = ctx.last
    if res.cluster is not None or res.spokesperson or not res.name or last_span.start >= span.start \
            or _narrated_between(last_span, span):
        return None
    first = next((sp for sp, _, r in ctx.said if r.name == res.name and r.cluster is None), last_span)
    said = describe(first, ctx.data)
    noun = next((t for t in first if t.tag_ == "NN"), None)
    if said.gender != gender or said.spokesperson or noun is None or "Plur" in noun.morph.get("Number"):
        return None
    return Resolution(res.name)


def _woman_of_origin(noun: Token, data: LanguageData) -> bool:
    """ "Montafonerin", "Zillertalerin": a feminine noun in -erin that names no role, station or gender (a woman from
    a place the data does not know)."""
    statuses = {row.split("=")[0] for row in data.words.get("status_noun", ())}
    return noun.tag_ == "NN" and noun.text.endswith("erin") and len(noun.text) > 7 and role_of(noun, data) is None \
        and noun.text not in statuses and "Plur" not in noun.morph.get("Number")


def _unnamed_speaker_by_gender(span: Span, ctx: Context) -> Resolution | None:
    """ "Der Angeklagte räumte ein, … Er habe Spielschulden gehabt. Die übrigen 500.000 Euro habe er nie angerührt,
    sagte der Mann": a bare "der Mann", "die Frau" (`gender_noun`) takes up the unnamed person who spoke last, with
    only what they said between (no sentence of the narrator's), when that person's phrase names one person of the
    same gender and no person named before is of that gender or of none known."""
    words = [t for t in span if not t.is_space]
    nouns = dict(ctx.data.pairs("gender_noun"))
    if len(words) != 2 or words[0].lower_ not in DEFINITE_ARTICLES or words[1].text not in nouns:
        return None
    gender = nouns[words[1].text]
    res = _unnamed_last_speaker_of_gender(span, gender, ctx)
    if res is None or any(c.type == "PER" and any(m.start < span.start for m in c.mentions)
                          and ctx.profiles.get(id(c), Profile()).gender in {gender, None} for c in ctx.clusters):
        return None  # a man named before may be meant as well
    return res


def _unnamed_last_speaker_of_gender(span: Span, gender: str, ctx: Context) -> Resolution | None:
    """What the last speaker resolved to, when that was one unnamed person of the gender ("Der Angeklagte", "Die
    Klägerin") with only their own reported words between them and the span."""
    if ctx.last is None:
        return None
    last_span, res = ctx.last
    if res.cluster is not None or res.spokesperson or not res.name or last_span.start >= span.start \
            or _narrated_between(last_span, span, reported=True):
        return None
    said = describe(last_span, ctx.data)
    head = _person_noun(last_span, ctx.data, agent=True)
    if said.gender != gender or said.spokesperson or said.party is not None or head is None \
            or "Plur" in head.morph.get("Number"):
        return None
    return res


def _unnamed_subject_just_before(span: Span, desc: Description, ctx: Context) -> Resolution | None:
    """ "Eine Anwohnerin hatte den Unfall beobachtet. „…“, sagte die 52-Jährige": an age description takes up the
    unnamed person who opens the sentence just before as its subject with an indefinite article ("Eine Anwohnerin",
    "Ein Augenzeuge aus Ulm"), of the same gender, when no person named before fits the description; known by that
    phrase without its article."""
    if desc.age is None or desc.role is not None or desc.gender is None or desc.spokesperson:
        return None
    doc = span.doc
    sents = [s for s in text_sentences(doc) if s.start <= span.start]
    if len(sents) < 2:
        return None
    prev = sents[-2]
    words = [t for t in prev if not t.is_space]
    if len(words) < 3 or words[0].lower_ != {"m": "ein", "f": "eine"}[desc.gender] or words[0].tag_ != "ART":
        return None
    finite = next((n for n, t in enumerate(words) if t.tag_.endswith("FIN")), None)
    if finite is None or finite > 6 or any(t.tag_ in {"$,", "KON"} or t._.in_quote for t in words[1:finite]):
        return None
    phrase = words[1:finite]
    head = next((t for t in phrase if t.tag_ == "NN"), None)
    if head is None or "Plur" in head.morph.get("Number") or not head.text[:1].isupper() \
            or (desc.gender == "f") != head.text.endswith("in") \
            or (role_of(head, ctx.data) is None and not head.text.endswith(("er", "erin"))):
        return None  # "Eine Anwohnerin", "Ein Augenzeuge"; not "Eine Woche", "Ein Gutachten"
    if any(t.tag_ not in {"ADJA", "NN", "NE", "APPR", "CARD"} for t in phrase):
        return None
    age = next((a for a in (_age_written(t, ctx.data) for t in phrase) if a is not None), None)
    if age is not None and age != desc.age:
        return None
    if any(fits(desc, ctx.profiles.get(id(c), Profile())) for c in ctx.clusters
           if c.type == "PER" and any(m.start < span.start for m in c.mentions)):
        return None
    return Resolution(doc[phrase[0].i : phrase[-1].i + 1].text)


def _narrated_between(first: Span, second: Span, reported: bool = False) -> bool:
    """A sentence of the narrator's own (not all quoted) lies between the sentences of the two spans; where
    `reported`, a sentence in reported speech (its first finite verb in the Konjunktiv: "Er habe Schulden gehabt")
    is the speaker's too."""
    doc = first.doc
    start, end = sentence_of(doc, first.start).end, sentence_of(doc, second.start).start

    def narrated(sent: Span) -> bool:
        if all(t._.in_quote or t.is_punct or t.is_space for t in sent):
            return False
        finite = next((t for t in sent if is_finite(t) and not t._.in_quote), None)
        return not (reported and finite is not None and is_subjunctive(finite))

    return any(narrated(s) for s in text_sentences(doc) if s.start >= start and s.end <= end)


def _person_noun(span: Span, data: LanguageData, agent: bool) -> Token | None:
    """The noun before any attachment that names the phrase's person: a role ("Anwältin"), or, where `agent`
    (an age takes it up: no organisation has one), an agent noun in -er, -erin ("Urlauberin", "Autofahrer")."""
    for t in span:
        if t.tag_ in {"APPR", "APPRART", "$,"}:
            return None
        if t.tag_ == "NN" and (role_of(t, data) is not None or agent and t.text.endswith(("er", "erin"))):
            return t
    return None


def _group_of_plural_role(span: Span, ctx: Context) -> Resolution | None:
    """ "Die Verteidigung plädierte auf Bewährung. …, argumentierten die Anwälte": people named by a plural role
    (`role_group`: Anwälte -> verteidigung) are the group of that name that spoke just before."""
    words = [t for t in span if not t.is_space]
    if len(words) != 2 or words[0].lower_ != "die" or ctx.last is None:
        return None
    group = dict(ctx.data.pairs("role_group")).get(words[1].text)
    last_span, res = ctx.last
    if group is None or res.name.lower() != group or last_span.start >= span.start \
            or _narrated_between(last_span, span):
        return None
    return Resolution(res.name, res.cluster, res.organisation)


def _named_holder_of_role(found: Found, span: Span, desc: Description, ctx: Context) -> Cluster | None:
    """ "Die Vorsitzende Richterin Anne Wolff … Die Richterin kündigte an": one definite person described by a role
    is the person named before with that role, before the court or office the role belongs to."""
    if desc.role is None or desc.additive or span[0].lower_ not in DEFINITE_ARTICLES \
            or _new_or_several(found, span, ctx.data):
        return None
    fitting = [c for c in ctx.clusters if c.type == "PER" and any(m.start < span.start for m in c.mentions)
               and fits(desc, ctx.profiles.get(id(c), Profile()))
               and any(same_role(desc, r) for r in ctx.profiles.get(id(c), Profile()).roles)]
    return fitting[0] if len(fitting) == 1 else None


def _age_only_learned_beside_last_speaker(span: Span, desc: Description, fitting: list[Cluster], ctx: Context) -> bool:
    """ "Der 52-Jährige widersprach Kompany … Sportvorstand Max Eberl kündigte an, … sagte der 52-Jährige": the
    age fits a person only because an earlier description gave it to them, while the person who spoke just before,
    of no known age, may be meant as well; which one the writer means is not told."""
    if desc.age is None or ctx.last is None or ctx.last[1].cluster is None or ctx.last[1].cluster.type != "PER":
        return False
    last = ctx.last[1].cluster
    profiles = [ctx.profiles.get(id(c), Profile()) for c in fitting]
    if last in fitting or ctx.profiles.get(id(last), Profile()).ages:
        return False
    if not all(desc.age in p.learned_ages for p in profiles):
        return False
    return _spoke_in_sentence_or_one_before(span, ctx.last[0]) \
        and not conflicts(desc, ctx.profiles.get(id(last), Profile()))


def _only_person_of_gender(span: Span, ctx: Context) -> Cluster | None:
    """ "sagte der Mann", "die Frau": a definite word that says only a gender (`gender_noun`) is the one person of
    that gender named before, when every person named before shows a gender and no unnamed one was brought in
    ("ein Mann", "einer Frau")."""
    words = [t for t in span if not t.is_space]
    nouns = dict(ctx.data.pairs("gender_noun"))
    if len(words) == 2 and words[0].lower_ == "die" and _woman_of_origin(words[1], ctx.data):
        nouns[words[1].text] = "f"  # "sagte die Montafonerin": a woman from a place, which says no more of her
    if len(words) != 2 or words[0].lower_ not in DEFINITE_ARTICLES or words[1].text not in nouns:
        return None
    indefinite = ctx.data.words.get("indefinite_article", ())
    doc = span.doc
    if any(t.lemma_ == words[1].lemma_ and t.i > 0 and doc[t.i - 1].lower_ in indefinite for t in doc[: span.start]):
        return None
    before = [c for c in ctx.clusters if c.type == "PER" and any(m.start < span.start for m in c.mentions)]
    ages = {a for c in before for a in ctx.profiles.get(id(c), Profile()).ages}
    if any(t.tag_ == "NN" and (m := AGE.match(t.text)) and m.group(2).lower() in ctx.data.words.get("age_noun", ())
           and int(m.group(1)) not in ages and not t._.in_quote for t in doc[: span.start]):
        return None  # "Ein Fahrgast … Der 54-Jährige … sagte der Mann": an unnamed person of an age no one named has
    genders = [ctx.profiles.get(id(c), Profile()).gender for c in before]
    same = [c for c, g in zip(before, genders) if g == nouns[words[1].text]]
    if _unnamed_last_speaker_of_gender(span, nouns[words[1].text], ctx) is not None:
        return None  # "Der Angeklagte sagte, … sagte der Mann": the unnamed man who spoke just before may be meant
    return same[0] if len(same) == 1 and None not in genders else None


def _only_one_described_so(candidates: list[Cluster], desc: Description, ctx: Context) -> Cluster | None:
    """ "Thomas K. … Oberstaatsanwalt Jens Wittkamp … Der Angeklagte": far from any naming, the one person of the
    described gender the article says nothing against the description of."""
    if desc.gender is None:
        return None
    same = [c for c in candidates if ctx.profiles.get(id(c), Profile()).gender == desc.gender and _may_be(desc, c, ctx)]
    return same[0] if len(same) == 1 else None


def _named_right_after(span: Span, desc: Description, ctx: Context) -> Cluster | None:
    """ "Sein Verteidiger kündigte an, Revision einzulegen. „…“, sagte Rechtsanwalt Jens Opitz.": a role nobody
    before held, named in the next sentence with that role or its synonym (role_synonym), not with another office
    ending in it (`role_apart`: the "Anwalt" a Verteidiger is called is no "Staatsanwalt")."""
    roles = {desc.role, *ctx.data.rights("role_synonym", desc.role)}
    sents = text_sentences(span.doc)
    here = next((n for n, s in enumerate(sents) if s.start <= span.start < s.end), None)
    if here is None or here + 1 >= len(sents):
        return None
    end = sents[here + 1].end
    if any(fits(desc, ctx.profiles.get(id(c), Profile())) for c in ctx.clusters
           if c.type == "PER" and min(m.start for m in c.mentions) < span.start):
        return None  # someone named before holds the role: no later newcomer is meant
    after = [c for c in ctx.clusters if c.type == "PER" and min(m.start for m in c.mentions) >= span.end
             and not conflicts(desc, ctx.profiles.get(id(c), Profile()))
             and min(m.start for m in c.mentions) < end
             and any(r.endswith(role) and not r.endswith(tuple(ctx.data.rights("role_apart", role)))
                     for r in ctx.profiles.get(id(c), Profile()).roles for role in roles if role)]
    return after[0] if len(after) == 1 else None


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
    # "der Sender CNN": determiner and adjectives, then the one noun; "die Zeitung der SPD" is a genitive;
    # "Irans staatliche Nachrichtenagentur Irna": a country's genitive determines as an article does
    determiner = before[0].tag_ in {"ART", "PDAT", "ADJA"} or before[0].tag_ == "NE" and before[0].text.endswith("s")
    return before[-1].tag_ in {"NN", "NE"} and determiner and all(t.tag_ == "ADJA" for t in before[1:-1])


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
    # what the pronoun's speaker says before it ("Torhüter Niklas Aurich werde spielen, sagte er") names no antecedent
    said = min((c.start for c in found.content if c.start < span.start), default=span.start)
    subject = _previous_subject_person(span, ctx, agrees, said)
    if subject is not None:  # "Torhüter Tim Bauer hielt 14 Bälle. Er sprach von …": the last sentence's subject
        return Resolution(subject.name, subject)
    described = _previous_subject_description(span, ctx, gender, said)
    if described is not None:  # "Der 45-Jährige hatte … abgelegt. Er habe …, hatte er gesagt"
        return described
    tied = _several_agreeing_before(span, ctx, agrees, said)
    if tied is not None:  # "Lang traf Merz und Söder. Er sagte": either man; only one of them who just spoke
        said_last = _last_speaker_past_sources(span, ctx) if ctx.last is not None else None
        last = said_last[1] if said_last is not None and not _narrated_between(said_last[0], span) else None
        return Resolution(last.name, last.cluster) if last is not None and any(last.cluster is c for c in tied) \
            else Resolution(span.text)
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
    speaker, res = _last_speaker_past_sources(span, ctx)
    sents = [s for s in text_sentences(span.doc) if s.start <= span.start]
    if len(sents) >= 2 and speaker.start < sents[-2].start or speaker.start >= span.start:
        return None
    if res.cluster is not None and res.cluster.type == "PER":
        return None  # a named person: the history and the profiles decide
    shown = describe(speaker, ctx.data).gender
    if shown is None and len(speaker) == 1 and speaker[0].tag_ == "PPER" and res.name != speaker.text:
        # "Sie räumte ein, … Sie bestritt aber, …": a pronoun that took up someone described, of its gender
        shown = pronoun_gender(speaker[0], ctx.data)
    if shown != gender:
        return None
    return Resolution(res.name, res.cluster, res.organisation, res.spokesperson)


def _last_speaker_past_sources(span: Span, ctx: Context) -> tuple[Span, Resolution]:
    """The speaker of the statement before and its resolution. "Berichte, wonach …, wies ein Sprecher … zurück": the
    reports, a source noun that shows no gender and resolved to no one, stand between the spokesperson and a
    pronoun after them; the pronoun skips them."""
    assert ctx.last is not None
    speaker, res = ctx.last
    earlier = [(sp, r) for sp, _, r in ctx.said if sp.start < span.start]
    while len(earlier) >= 2 and earlier[-1][1].cluster is None and earlier[-1][0].start == speaker.start \
            and describe(speaker, ctx.data).gender is None and not describe(speaker, ctx.data).role \
            and not (len(speaker) == 1 and speaker[0].tag_ == "PPER"):  # "Sie räumte ein": someone taken up
        earlier.pop()
        speaker, res = earlier[-1]
    return speaker, res


def _previous_subject_organisation(span: Span, ctx: Context, gender: str | None) -> Resolution | None:
    """The organisation that spoke as the subject opening the sentence before, when the pronoun agrees with the
    gender of its noun ("die Staatsanwaltschaft" - "sie", "der Verband" - "er")."""
    if gender is None:
        return None
    if ctx.last is None or ctx.last[1].cluster is not None and ctx.last[1].cluster.type == "PER":
        return _previous_subject_named_organisation(span, ctx, gender)
    speaker, res = ctx.last
    doc = span.doc
    sent = sentence_of(doc, span.start)
    before = [s for s in text_sentences(doc) if s.end <= sent.start]
    if not before or any(c.type == "PER" for _, c in _clusters_in(doc[sent.start : span.start], ctx.clusters)):
        return None
    if speaker.start != before[-1].start:
        return _previous_subject_named_organisation(span, ctx, gender)
    head = next((t for t in reversed(speaker) if t.tag_ in {"NN", "NE"}), None)
    if head is None or noun_gender(head.text, ctx.data) != gender:
        return None
    return Resolution(res.name, res.cluster, res.organisation)


def _previous_subject_named_organisation(span: Span, ctx: Context, gender: str) -> Resolution | None:
    """ "Die Generalstaatsanwaltschaft München ermittelt gegen sieben Beschuldigte. Sie wirft ihnen vor, …": the
    organisation named as the whole subject before the finite verb of the sentence before, that spoke or not, when
    the pronoun opens its sentence and agrees with the gender of the organisation's noun."""
    doc = span.doc
    sent = sentence_of(doc, span.start)
    before = [s for s in text_sentences(doc) if s.end <= sent.start]
    if not before or span.start != sent.start:
        return None
    prev = before[-1]
    # "Die Generalstaatsanwaltschaft ermittelt …" with the finite verb tagged a participle: the first verb
    finite = next((t for t in prev if t.tag_.endswith("FIN")), None) \
        or next((t for t in prev if t.tag_.startswith("VV")), None)
    if finite is None:
        return None
    subject = strip_span(doc[prev.start : finite.i])
    inside = _clusters_in(subject, ctx.clusters)
    words = [t for t in subject if not t.is_space]
    if len(inside) != 1 or len(words) < 2 or words[0].tag_ != "ART" or inside[0][1].type != "ORG" \
            or inside[0][0].end != subject.end or inside[0][0].start != words[1].i:
        return None
    head = next((t for t in inside[0][0] if t.tag_ in {"NN", "NE"}), None)
    if head is None or noun_gender(head.text, ctx.data) != gender:
        return None
    org = inside[0][1]
    return Resolution(org.name, org, org)


def _previous_subject_person(span: Span, ctx: Context, agrees, said: int | None = None) -> Cluster | None:
    """The one person named in the pronoun's sentence before it and before what is said (`said`), else the person
    named before the finite verb of the sentence before the pronoun's, when the person agrees with it. A quotation
    of several sentences before the pronoun ("„A. B“, sagte er") belongs to its sentence: the sentence before is the
    one before the quotation."""
    doc = span.doc
    sent = _statement_sentence(span, said)
    own = doc[sent.start : span.start]
    # a person quoted ("„Technisch ist Lea nicht am Limit“, sagte er") or whose someone is ("Hollmanns Heimtrainer")
    # is no one the pronoun takes up
    before_content = doc[sent.start : max(sent.start, min(span.start, said if said is not None else span.start))]
    mine = {id(c): c for m, c in _clusters_in(before_content, ctx.clusters)
            if c.type == "PER" and not m[0]._.in_quote and not _possessor(m, before_content, ctx.data)
            and not _in_field_before_pronoun(m, span[0])}
    if mine:  # "Ihr Kollege Matthias Körber hält …: Die Bewertung sei …, schrieb er": the one person of its sentence
        return next(iter(mine.values())) if len(mine) == 1 and agrees(next(iter(mine.values()))) else None
    if any(c.type == "PER" for _, c in _clusters_in(own, ctx.clusters)) \
            and not all(m[0]._.in_quote or _in_field_before_pronoun(m, span[0])
                        for m, c in _clusters_in(own, ctx.clusters) if c.type == "PER"):
        return None  # a person named before the pronoun in its own sentence comes first
    before = [s for s in text_sentences(doc) if s.end <= sent.start]
    if not before:
        return None
    prev = before[-1]
    finite = next((t for t in prev if t.tag_.endswith("FIN") and not _in_subordinate_clause(t, prev)), None)
    if finite is None:
        return None
    opening = doc[prev.start : finite.i]
    # "Gerüchte, wonach Contini gehen müsse, wies Sportchef X zurück": a person inside a clause of the opening
    # object is no subject
    people = [c for m, c in _clusters_in(opening, ctx.clusters)
              if c.type == "PER" and not _possessor(m, opening, ctx.data) and not _in_subordinate_clause(m[0], prev)]
    if people and not any(agrees(c) for c in people):
        # "Susanne Vanini übte Kritik. Sie und Grötsch wollen Rekurs einlegen. Sie sagte, …": the same pronoun beside
        # a person it does not agree with in the opening before takes up whom that one took up
        same = next((t for t in opening if t.tag_ == "PPER" and t.lower_ == span[0].lower_), None)
        if same is not None:
            return _previous_subject_person(doc[same.i : same.i + 1], ctx, agrees)
    if people:
        distinct = list({id(c): c for c in people}.values())
        fitting = [c for c in distinct if agrees(c)]
        # "Oberbürgermeister Jürgen Dupper und die Leiterin der Feuerwehr, Anna Schmid, informierten … Er sagte":
        # of a coordinated subject, the one person the pronoun agrees with, the others' genders known
        if len(fitting) == 1 and all(ctx.profiles.get(id(c), Profile()).gender is not None
                                     for c in distinct if c is not fitting[0]):
            return fitting[0]
        return None
    words = [t for t in opening if not t.is_space]
    if len(words) == 1 and words[0].tag_ == "PPER" and words[0].lower_ in {"er", "sie"} \
            and words[0].lower_ != span[0].lower_:
        # "Verena Nold und Gerhard Pfister trafen sich. Sie sagte danach, … Er erklärte, …": a sentence opened by
        # the other pronoun passes on to the subject before it
        return _previous_subject_person(doc[words[0].i : words[0].i + 1], ctx, agrees)
    # "Ob … Revision einlegt, ließ Rechtsanwältin Sandra Oberholzer offen. …, sagte sie": the one person of the
    # sentence before, named after its verb
    named = {id(c): c for m, c in _clusters_in(prev, ctx.clusters) if c.type == "PER" and not m[0]._.in_quote}
    return next(iter(named.values())) if len(named) == 1 and agrees(next(iter(named.values()))) else None


def _in_subordinate_clause(token: Token, sent: Span) -> bool:
    """The token stands in a clause opened by a subordinator after a comma ("…, wonach Contini … müsse, …") that no
    comma has closed before it."""
    doc = token.doc
    for k in range(token.i - 1, sent.start - 1, -1):
        if doc[k].text == ",":
            return doc[k + 1].tag_ in SUBORDINATE_TAGS
    return False


def _in_field_before_pronoun(mention: Span, pronoun: Token) -> bool:
    """ "Den Namen Jens Ahlers, der als Nachfolger galt, wollte er nicht kommentieren": a name in the field before
    the finite verb whose inverted subject the pronoun is lies in the pronoun's own clause, as part of an object or
    adverbial; the subject pronoun cannot take it up. Not a name in a clause of its own ("Als Meier ankam, sagte
    er")."""
    doc = pronoun.doc
    verb = doc[pronoun.i - 1] if pronoun.i > 0 else None
    if verb is None or not verb.tag_.endswith("FIN") or mention.end > verb.i:
        return False
    sent = sentence_of(doc, pronoun.i)
    if mention.start < sent.start:
        return False
    opening = {"$,", "$(", "KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "$."}
    if any(t.tag_ in opening or t.tag_.endswith("FIN") or t._.in_quote or t.is_quote
           for t in doc[sent.start : mention.start]):
        return False
    after = doc[mention.end : verb.i]
    if not any(t.tag_.endswith("FIN") for t in after):
        return not any(t.tag_ in {"$,", "KOUS", "PRELS"} for t in after)
    # only a relative clause between commas may follow the name ("…, der … gehandelt worden war, wollte er")
    return len(after) >= 3 and after[0].tag_ == "$," and after[1].tag_ in {"PRELS", "PRELAT"} \
        and after[-1].tag_ == "$," and sum(t.tag_ == "$," for t in after) == 2


def _statement_sentence(span: Span, said: int | None) -> Span:
    """The sentence the pronoun's statement opens in: the pronoun's own, or the first of a quotation of several
    sentences that ends in it ("„Bei uns hängt alles am Tourismus. Ohne Gäste kommt keiner“, sagte er")."""
    doc = span.doc
    sent = sentence_of(doc, span.start)
    if said is None or said >= sent.start:
        return sent
    first = sentence_of(doc, said)
    between = doc[first.start : sent.start]
    # only a quotation may lie between: the narrator's own words in between end the statement's sentence
    if all(t._.in_quote or t.is_punct or t.is_space for t in between if t.i >= said):
        return doc[first.start : sent.end]
    return sent


def _several_agreeing_before(span: Span, ctx: Context, agrees, said: int | None = None) -> list[Cluster] | None:
    """The people the sentence before the pronoun's names outside quotes, when two or more agree with the pronoun
    and its own sentence names nobody before it."""
    prev = _sentence_before_when_none_named(span, ctx, said)
    if prev is None:
        return None
    named = {id(c): c for m, c in _clusters_in(prev, ctx.clusters)
             if c.type == "PER" and not m[0]._.in_quote and agrees(c)}
    return list(named.values()) if len(named) >= 2 else None


def _sentence_before_when_none_named(span: Span, ctx: Context, said: int | None = None) -> Span | None:
    """The sentence before the pronoun's (before the quotation of several sentences the pronoun's statement opens
    with, `said`), when its own sentence names no person before it outside that quotation."""
    doc = span.doc
    sent = _statement_sentence(span, said)
    if any(c.type == "PER" and not (m[0]._.in_quote and said is not None and m.start >= said)
           and not _in_field_before_pronoun(m, span[0])
           for m, c in _clusters_in(doc[sent.start : span.start], ctx.clusters)):
        return None
    before = [s for s in text_sentences(doc) if s.end <= sent.start]
    return before[-1] if before else None


def _previous_subject_description(span: Span, ctx: Context, gender: str | None,
                                  said: int | None = None) -> Resolution | None:
    """A person described, not named, before the finite verb of the sentence before ("Der 45-Jährige hatte …
    abgelegt. Er habe …"): the pronoun takes that person up, who is the person the article describes so if exactly
    one fits, else stays the description (not the last speaker, who is someone else)."""
    if gender is None:
        return None
    doc = span.doc
    prev = _sentence_before_when_none_named(span, ctx, said)
    if prev is None:
        return None
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
    if person is None and desc.age is not None and desc.role is None and desc.party is None:
        # "„…“, erzählte Almobmann Josef Wieser. Der 63-Jährige hält seit 40 Jahren Schafe. …, sagte er": the age
        # takes up whom it would take up as a speaker
        person = _described_person(subject, desc, ctx)
    return Resolution(person.name, person) if person is not None else Resolution(_bare(subject))


def _described_subject_before(span: Span, desc: Description, ctx: Context) -> Resolution | None:
    """ "Der Trainer selbst gab sich kämpferisch. „…“, sagte der Pole"; "Der Spielerberater, der in München eine
    Agentur betreibt, griff den VfB an. …, sagte der 44-Jährige": an age, a nationality or a demonym takes up the
    person the sentence before is about when that sentence opens with a definite description of a person of the same
    gender as its subject (a relative clause after it aside) and names no person before its verb: the person that
    description resolves to (who spoke so, or the one person it fits), else the description itself; never a person
    named earlier. None when someone named before fits this description itself."""
    # an age or an origin, never another role: "der Stürmer" after "Der Trainer …" is someone else
    if desc.gender is None or desc.party is not None or desc.spokesperson \
            or desc.role is not None and not origin_role(desc.role, ctx.data):
        return None
    candidates = [c for c in ctx.clusters if c.type == "PER" and any(m.start < span.start for m in c.mentions)]
    if any(fits(desc, ctx.profiles.get(id(c), Profile())) for c in candidates):
        return None
    doc = span.doc
    # a quotation of several sentences ending in the description belongs to its sentence
    said = min((c.start for c in ctx.content if c.start < span.start), default=span.start)
    sent = _statement_sentence(span, said)
    if any(c.type == "PER" and not m[0]._.in_quote for m, c in _clusters_in(doc[sent.start : span.start], ctx.clusters)):
        return None
    before = [s for s in text_sentences(doc) if s.end <= sent.start]
    if not before:
        return None
    prev = before[-1]
    finite = next((t for t in prev if t.tag_.endswith("FIN") and not t._.in_quote), None)
    if finite is None or finite.i - prev.start < 2:
        return None
    comma = next((t.i for t in doc[prev.start : finite.i] if t.text == ","), None)
    if comma is not None and not (comma + 1 < finite.i and doc[comma + 1].tag_ == "PRELS"):
        return None
    end = comma if comma is not None else finite.i
    while end - 1 > prev.start and doc[end - 1].tag_ == "ADV":
        end -= 1  # "Der Trainer selbst": the focus adverb is no part of the description
    subject = strip_span(doc[prev.start : end])
    words = [t for t in subject if not t.is_space]
    if len(words) < 2 or words[0].lower_ not in DEFINITE_ARTICLES \
            or any(c.type == "PER" for _, c in _clusters_in(doc[prev.start : finite.i], ctx.clusters)) \
            or _clusters_in(subject, ctx.clusters) or any(t.tag_ in {"APPR", "APPRART", "KON", "$,"} for t in words):
        return None
    said = describe(subject, ctx.data)
    if said.spokesperson or said.role is None or said.gender != desc.gender or said.party is not None:
        return None
    if ctx.last is not None and ctx.last[0].start == subject.start:
        res = ctx.last[1]
        return res if res.cluster is None or _may_be(desc, res.cluster, ctx) else None
    earlier = [c for c in candidates if any(m.start < subject.start for m in c.mentions)]
    fitting = [c for c in earlier if fits(said, ctx.profiles.get(id(c), Profile()))]
    person = fitting[0] if len(fitting) == 1 else None
    last = ctx.last[1].cluster if ctx.last is not None else None
    if person is None and not fitting and last is not None and origin_role(said.role, ctx.data) \
            and any(c is last for c in earlier) \
            and not conflicts(said, ctx.profiles.get(id(last), Profile())) \
            and len(before) >= 2 and ctx.last[0].start >= before[-2].start:
        # "…“, sagte Ruiz nach dem Spiel. Der Spanier wirkte ratlos. …, sagte der 46-Jährige": an origin no one named
        # is known by takes up who spoke just before it, when nothing known of that person conflicts ("Der
        # Spielerberater" after a reporter spoke is someone new)
        person = last
    if person is not None:
        return Resolution(person.name, person) if _may_be(desc, person, ctx) else None
    return Resolution(_bare(subject))


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


def _introduced_defendant(found: Found, span: Span, desc: Description, ctx: Context) -> Resolution | None:
    """ "Nach dem Absturz ist ein 47-jähriger Bergführer freigesprochen worden. … Der Angeklagte hatte die Vorwürfe
    bestritten": a definite defendant (`trial_role`) no named person fits is the one person the article brought in
    unnamed, in the nominative with an indefinite article and an age, in a sentence saying they were tried
    (`trial_verb`), when that person agrees in gender; known by that phrase ("47-jähriger Bergführer")."""
    data = ctx.data
    if desc.role not in data.words.get("trial_role", ()) or desc.gender is None or desc.age is not None \
            or span[0].lower_ not in DEFINITE_ARTICLES or _new_or_several(found, span, data):
        return None
    doc = span.doc
    trial_verbs = data.words.get("trial_verb", ())
    introduced = []
    for sent in text_sentences(doc):
        if sent.start >= span.start:
            break
        if not any(t.lemma_.lower() in trial_verbs and t.tag_.startswith("VV") for t in sent):
            continue
        for t in sent:
            phrase = _indefinite_aged_nominative(t, desc.gender, data)
            if phrase is not None and not t._.in_quote:
                introduced.append(phrase)
    if len(introduced) != 1:
        return None
    return Resolution(introduced[0].text)


def _introduced_with_age(span: Span, desc: Description, ctx: Context) -> Resolution | None:
    """ "Weil er Spenden veruntreut hat, muss ein 43-Jähriger aus Gelsenkirchen ins Gefängnis. … Der 43-Jährige hatte
    die Vorwürfe zurückgewiesen": a definite age description no named person fits is the one person the narrator
    brought in unnamed with an indefinite article and that age, of that gender; known by that phrase."""
    if desc.age is None or desc.gender is None or desc.role is not None or desc.party is not None \
            or span[0].lower_ not in DEFINITE_ARTICLES:
        return None
    doc = span.doc
    introduced = []
    for t in doc[: span.start]:
        phrase = _indefinite_aged_nominative(t, desc.gender, ctx.data) if not t._.in_quote else None
        if phrase is not None and any(_age_written(w, ctx.data) == desc.age for w in phrase):
            introduced.append(phrase)
    return Resolution(introduced[0].text) if len(introduced) == 1 else None


def _indefinite_aged_nominative(article: Token, gender: str, data: LanguageData) -> Span | None:
    """ "ein 47-jähriger Bergführer", "ein 40-Jähriger", "eine 30-jährige Lehrerin": the words after an indefinite
    article in the nominative of the gender, with an age, through an origin ("aus Graz"); else None."""
    doc = article.doc
    if article.tag_ != "ART" or article.lower_ != {"m": "ein", "f": "eine"}[gender]:
        return None
    i = article.i + 1
    aged = False
    while i < len(doc) and doc[i].tag_ in {"ADJA", "CARD", "NN"} or i < len(doc) and doc[i].lower_ == "jahre":
        match = AGE.match(doc[i].text)
        aged = aged or bool(match and match.group(2).lower() in data.words.get("age_noun", ())) \
            or doc[i].lower_ in data.words.get("age_adjective", ())
        if doc[i].tag_ == "NN" and doc[i].lower_ != "jahre":
            break
        i += 1
    if i >= len(doc) or doc[i].tag_ != "NN" or not aged:
        return None
    if gender == "m" and not doc[i - 1 if doc[i - 1].tag_ == "ADJA" else i].text.endswith("er"):
        return None  # "ein 47-jähriger Bergführer", "ein 40-Jähriger": the masculine nominative ends in -er
    end = i + 1
    if end + 1 < len(doc) and doc[end].lower_ == "aus" and doc[end + 1].tag_ == "NE":
        end += 2  # "ein 27-Jähriger aus Gelsenkirchen"
    return doc[article.i + 1 : end]


def _unnamed_aged_person(span: Span, ctx: Context) -> Resolution | None:
    """ "Der 23-jährige Schweizer habe sich ein Rennen geliefert … Laut Staatsanwaltschaft hat der Mann die
    Geschwindigkeit eingeräumt": a bare "der Mann", "die Frau" is the one person of that gender the narrator
    described before with a definite article and an age, when the article names no person of that gender before."""
    data = ctx.data
    words = [t for t in span if not t.is_space]
    if len(words) != 2 or words[0].lower_ not in DEFINITE_ARTICLES:
        return None
    gender = next((g for g in ("m", "f") if words[1].lower_ in data.words.get(f"generic_person_{g}", ())), None)
    if gender is None or words[0].lower_ != {"m": "der", "f": "die"}[gender]:
        return None
    if any(c.type == "PER" and any(m.start < span.start for m in c.mentions)
           and ctx.profiles.get(id(c), Profile()).gender in {gender, None} for c in ctx.clusters):
        return None
    doc = span.doc
    described = set()
    for t in doc[: span.start]:
        if t._.in_quote or t.lower_ != words[0].lower_ or t.tag_ != "ART" or t.i + 2 >= span.start:
            continue
        age, noun = doc[t.i + 1], doc[t.i + 2]
        match = AGE.match(age.text)
        if age.tag_ == "ADJA" and match and match.group(2).lower() in data.words.get("age_noun", ()) \
                and noun.tag_ == "NN" and (gender == "f") == noun.text.endswith("in"):
            described.add(f"{age.text} {noun.text}")
    return Resolution(described.pop()) if len(described) == 1 else None
