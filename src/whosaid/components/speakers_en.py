"""Resolves English speaker mentions to entities: names and surnames, roles ("the company's chief executive", "a
spokeswoman for the ministry") and he/she/they/it by agreement (gender from titles, gendered nouns and
first names in `lang/en/first_names.tsv`; number from the pronoun)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosaid.components.entities import Cluster, person_ending_in
from whosaid.components.phrases import sentence_index
from whosaid.components.speakers import Resolution
from whosaid.extensions import register_extensions
from whosaid.lang import LanguageData, _rows, load_language
from whosaid.record import TextSpan

ARTICLES = frozenset({"the", "a", "an"})
# military and police ranks written before a name
TITLES = frozenset({"colonel", "lieutenant", "major", "captain", "sergeant", "commander", "cmdr", "cmdr.", "col.",
                    "lt.", "gen.", "sgt.", "capt.", "maj."})


@cache
def _genders() -> dict[str, str]:
    """Word -> m|f: first names, titles and gendered nouns (`lang/en/gender.tsv`)."""
    text = resources.files("whosaid.lang").joinpath("en", "gender.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            word, gender = line.split("\t")[:2]
            if word != "word":
                out[word] = gender.strip()
    return out


@cache
def _title_abbreviations() -> dict[str, frozenset[str]]:
    """Abbreviated title -> the role nouns it stands for ("sgt" -> sergeant; `lang/en/title_abbreviations.tsv`)."""
    text = resources.files("whosaid.lang").joinpath("en", "title_abbreviations.tsv").read_text(encoding="utf-8")
    out: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            abbreviation, roles = line.split("\t")[:2]
            out[abbreviation.strip()] = frozenset(r.strip() for r in roles.split(","))
    return out


def _role_words(t: Token) -> set[str]:
    """The role nouns a word before a name may stand for: itself, its lemma, or what its abbreviation spells ("Sgt.")."""
    return {t.lower_, t.lemma_.lower(), *_title_abbreviations().get(t.lower_.rstrip("."), ())}


@cache
def _parties() -> dict[str, tuple[str, bool]]:
    """Capitalised word -> (the party it names, whether it is a member's noun) (`lang/en/parties.tsv`)."""
    return {row["word"]: (row["party"], row["member"] == "yes") for row in _rows("en", "parties.tsv")}


@cache
def _ministry_topics() -> dict[str, frozenset[str]]:
    """Word before "ministry" -> the words of a ministry's full name it stands for (`lang/en/ministry_topics.tsv`)."""
    out: dict[str, set[str]] = {}
    for row in _rows("en", "ministry_topics.tsv"):
        out.setdefault(row["word"], {row["word"]}).add(row["name_word"])
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _known_acronyms() -> dict[str, str]:
    """Acronym (without dots) -> the full name of the international body it stands for (`lang/en/acronyms.tsv`)."""
    return {row["acronym"]: row["name"] for row in _rows("en", "acronyms.tsv")}


@cache
def _role_kinds() -> dict[str, str]:
    """Role noun -> the kind of role it is (`lang/en/role_kinds.tsv`)."""
    return {row["role"]: row["kind"] for row in _rows("en", "role_kinds.tsv")}


@Language.factory(
    "whosaid_speakers_en",
    assigns=["doc._.statements"],
    requires=["doc._.statements", "doc._.entities"],
    default_config={"lang": "en"},
)
def make_speakers_en(nlp: Language, name: str, lang: str) -> EnglishSpeakerResolver:
    register_extensions()
    return EnglishSpeakerResolver(load_language(lang))


class EnglishSpeakerResolver:
    def __init__(self, data: LanguageData) -> None:
        self.data = data

    def __call__(self, doc: Doc) -> Doc:
        clusters: list[Cluster] = doc._.entities or []
        doc._.entities = clusters  # (the organisations added below belong to the article's entities too)
        _retype_organisations(clusters, self.data)
        _add_speaking_companies(doc, clusters, self.data)
        _add_speaking_ministries(doc, clusters)
        _add_expert_institutions(doc, clusters, self.data)
        _add_described_persons(doc, clusters, self.data)
        _merge_short_organisation_names(clusters)
        _persons_named_by_surname(clusters, self.data)
        _add_surname_mentions(doc, clusters)
        _add_organisation_mentions(doc, clusters)
        _add_acronym_mentions(doc, clusters, self.data)
        _merge_acronyms(clusters, self.data)
        _name_known_acronyms(clusters)
        _merge_ministries_named_by_topic(clusters)
        genders = _cluster_genders(doc, clusters)
        earlier: list[tuple[Span, Resolution]] = []
        for found in sorted(doc._.statements or [], key=lambda f: f.speaker.start if f.speaker is not None else 10**9):
            if found.speaker is None:
                continue
            res = _document_again(found.speaker, self.data) or _same_head_as_before(
                found.speaker, earlier, self.data) or _spokesperson_again(
                found.speaker, earlier, self.data) or _bare_spokesperson(found.speaker, earlier, self.data) \
                or _they_again(found.speaker, earlier) or _it_again(found.speaker, earlier, self.data) \
                or _described_person_again(found.speaker, earlier, self.data) \
                or _named_person_again(found.speaker, earlier, self.data) \
                or resolve(found.speaker, clusters, genders, self.data)
            if res.cluster is not None and res.cluster.type == "ORG" and not res.spokesperson and any(
                    t.lower_ in self.data.words.get("spokesperson_noun", ()) for t in found.speaker):
                # "A spokesman for the bar, The Foundry": he or she who goes on speaks for it as well
                res = Resolution(res.name, res.cluster, res.organisation or res.cluster, spokesperson=True)
            if res.cluster is None:
                holder = _holder_of_office(found.speaker, earlier, clusters, genders, self.data)
                res = Resolution(holder.name, holder) if holder is not None else res
            accused = _accused_denier(found, res, clusters, genders, self.data)
            if accused is not None:
                res = accused
            # (counsel and spokespeople name the client they speak for: "Theo has not agreed terms", a spokesperson
            # for the player said)
            counsel = any(t.lower_ in self.data.words.get("counsel_noun", ())
                          or t.lower_ in self.data.words.get("spokesperson_noun", ()) for t in found.speaker)
            if res.cluster is not None and res.cluster.type == "PER" and _names_in_own_content(found, res.cluster) \
                    and not counsel:
                # "The 49-year-old Labor leader accused Mulholland of …": no one accuses himself ("Her lawyers said
                # that Kellaway had …": counsel name the client they speak for)
                res = Resolution(_bare(found.speaker), None)
            if res.cluster is not None and res.cluster.type == "PER":
                res = Resolution(_without_title(res.name, self.data), res.cluster, res.organisation)
            earlier.append((found.speaker, res))
            found.extra["resolution"] = res
            if res.cluster is not None and not any(span_within(m, found.speaker) for m in res.cluster.mentions) \
                    and not any(m.start == found.speaker.start_char for m in res.cluster.extra_mentions):
                res.cluster.extra_mentions.append(TextSpan(text=found.speaker.text, start=found.speaker.start_char,
                                                           end=found.speaker.end_char))
        _spokesperson_named_later(doc._.statements or [], self.data)
        for found in doc._.statements or []:
            if found.speaker is None:
                root = found.continues
                found.extra["resolution"] = root.extra.get("resolution") if root is not None else None
        _denials_of_reports_about_the_denier(doc._.statements or [], self.data)
        return doc


def _spokesperson_named_later(found: list, data: LanguageData) -> None:
    """ "…, a police spokesman said. … The spokesman said … the spokesman, Officer Derek Vang, said": a spokesperson
    left unnamed is the one the article names later with the same word in apposition, when no other spokesperson
    speaks in between and no other body is written with either word ("a city spokeswoman" is not the police's)."""
    spokespeople = data.words.get("spokesperson_noun", frozenset())

    def word(f) -> Token | None:
        return next((t for t in f.speaker if t.lower_ in spokespeople), None) if f.speaker is not None else None

    def body(f) -> set[str]:
        w = word(f)
        return {t.lower_ for t in f.speaker if t.i < w.i and t.pos_ in {"NOUN", "PROPN", "ADJ"}}

    speaking = sorted((f for f in found if f.speaker is not None and word(f) is not None), key=lambda f: f.speaker.start)
    for n, f in enumerate(speaking):
        res = f.extra.get("resolution")
        if res is None or res.cluster is not None:
            continue
        for g in speaking[n + 1 :]:
            named = g.extra.get("resolution")
            if word(g).lower_ != word(f).lower_ or named is None:
                break
            if named.cluster is None:
                continue  # "The spokesman said": the same one, still unnamed
            if named.cluster.type == "PER" and "," in g.speaker.text and not body(g) - body(f):
                f.extra["resolution"] = Resolution(named.name, named.cluster)
            break


def _denials_of_reports_about_the_denier(found: list, data: LanguageData) -> None:
    """ "The Sunday Times reported that Mr Pryce-Morgan had failed to declare … The 58-year-old denied that he had
    hidden the payments": a denial answers the last report or claim of another speaker before it that names the
    denier (by any of the names the denier's entity has), or, where the denial names reports ("rejected reports that
    …"), the first such report told after it; what the denier says next answers it too."""
    from whosaid.components.attribution_en import (
        REPORT_AFTER_SENTENCES,
        _another_claim,
        _names_untold_outlet,
        _negations_after_denials,
    )

    reporting = data.words.get("report_verb", frozenset()) | {"report"}
    reports = data.words.get("press_report_noun", frozenset()) | data.words.get("report_noun", frozenset())

    def cluster(f):
        res = f.extra.get("resolution")
        return res.cluster if res is not None else None

    def names(g, f) -> bool:  # a mention of the denier's entity, or a person's last name, in what the report says
        c, name = cluster(f), f.extra["resolution"].name.split()
        person = c.type == "PER" if c is not None else len(name) >= 2 and all(w[:1].isupper() for w in name)
        return c is not None and any(span.start <= m.start and m.end <= span.end for span in g.content
                                     for m in c.mentions) or (
            person and any(t.text == name[-1] for span in g.content for t in span))

    def own(g, f) -> bool:  # the same entity, or a name ending as the denier's ("Okafor" in a headline)
        a, b = g.extra.get("resolution"), f.extra.get("resolution")
        return cluster(g) is not None and cluster(g) is cluster(f) or a is not None and b is not None and a.name.split()[-1:] == b.name.split()[-1:]

    changed = False
    ordered = sorted(found, key=lambda f: f.content_start)
    for f in ordered:
        if f.stance != "deny" or f.extra.get("resolution") is None or not f.content or not f.cue:
            continue
        if f.refers_to is not None and not own(f.refers_to, f):
            continue  # (a denial that answers the denier's own words, "Ilievski blames wrist", answers nothing yet)
        if f.kind == "Reported" and _another_claim(f.content[0], reports, data):
            continue  # "had previously denied similar allegations made by another woman"
        told = [g for g in ordered if g is not f and g.via is None and g.content and g.cue and not own(g, f)
                and g.speaker is not None and g.stance in {"claim", "assert"}
                and (g.lemma in reporting or g.stance == "claim") and names(g, f)]
        # ("rejected a Toronto Star report that …" answers no report of the Globe and Mail told before)
        before = [g for g in told if g.content_start < f.content_start] if not (
            f.kind == "Reported" and f.refers_to is None and _names_untold_outlet(f.content[0], data)) else []
        # ("denied allegations in a civil lawsuit that … The lawsuit claims Hayes pushed …": a claim told after)
        after = [g for g in told if g.content_start > f.content_start and (g.lemma in reporting or g.stance == "claim")
                 and _sentence_of(g) - _sentence_of(f) <= REPORT_AFTER_SENTENCES]
        if before:
            f.refers_to, changed = before[-1], True
        elif after and any(t.lower_ in reports for span in f.content for t in span):
            f.refers_to, changed = after[0], True
    if changed:
        _negations_after_denials(ordered, data)


def _sentence_of(f) -> int:
    return sentence_index(list(f.cue[0].doc.sents), f.cue[0].i)


def _retype_organisations(clusters: list[Cluster], data: LanguageData) -> None:
    """ "Hanover Pharma", "Riverside FC", "Twitter" typed as persons by the small model are organisations, as is a name
    of several words with a company's or club's ending it took for something else ("Ashworth Athletic")."""
    endings = data.words.get("org_name_ending", frozenset())
    after_company_noun = _words_after_company_noun(clusters[0].mentions[0].doc, data) \
        if clusters and clusters[0].mentions else frozenset()
    for c in clusters:
        if c.type in {"PER", "MISC"} and any(m[-1].lower_ in endings and len(m) > 1 or c.type == "PER" and (
                m[-1].lower_ in endings or m.text in data.media) for m in c.mentions):
            c.type = "ORG"
        elif c.type == "PER" and any(_dateline(m) for m in c.mentions):
            c.type = "LOC"  # "LYON, France (AFP) -": a place (or its club), no person
        elif c.type == "PER" and any(len(m) == 1 and m.text in after_company_noun for m in c.mentions):
            c.type = "ORG"  # "fined the short-video app Loopa", "the carmaker Stellar": a name after a firm's noun
        elif c.type == "PER" and all(len(m) == 1 and m.start > 0 and m.doc[m.start - 1].lower_ == "the"
                                     and m.root.dep_ != "compound" for m in c.mentions):
            # "captain for the Ashes", "in the Bundesliga": no person's one name takes "the" ("the Herald
            # newspaper" is a name before its noun, left to the organisations)
            c.type = "MISC"
    articles = data.words.get("foreign_article", frozenset())
    for c in clusters:
        # "Het Financieele Dagblad", "Le Parisien": an article of another language opens the name (no person's)
        opened = [m.doc[m.start - 1 : m.end] if m.start > 0 and m.doc[m.start - 1].text in articles else m
                  for m in c.mentions]
        if any(o is not m for o, m in zip(opened, c.mentions, strict=True)):
            c.mentions = opened
            if c.type in {"PER", "MISC"}:
                c.type = "ORG"
    places = {t.i for c in clusters if c.type == "LOC" for m in c.mentions for t in m}
    for c in clusters:
        # "in Glasgow and Dundee": a one-word name coordinated with a place is a place too
        if c.type == "PER" and all(len(m) == 1 for m in c.mentions) and any(
                m.root.dep_ == "conj" and _place_word(m.root.head, places)
                or any(x.dep_ == "conj" and x.i in places for x in m.root.children) for m in c.mentions):
            c.type = "LOC"


def _words_after_company_noun(doc: Doc, data: LanguageData) -> frozenset[str]:
    """The words written right after a firm's noun ("Loopa" of "the short-video app Loopa"), also where the model typed
    that occurrence as no entity."""
    nouns = data.words.get("company_noun", frozenset())
    return frozenset(t.text for t in doc[1:] if doc[t.i - 1].lower_ in nouns and doc[t.i - 1].tag_ == "NN")


def _place_word(t: Token, places: set[int]) -> bool:
    """A place's name, or a capitalised name after "in" or "near" ("in Cardiff")."""
    return t.i in places or t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in {"in", "near"}


def _merge_short_organisation_names(clusters: list[Cluster]) -> None:
    """ "Nordhavn" after "Nordhavn Shipping", "Bloomberg" after "Bloomberg News", "Pelham" after "Pelham & Co": a
    name of one word, never written longer on its own, that begins an organisation's longer name is that
    organisation (the small model often types the short form as a person or place)."""
    organisations = [c for c in clusters if c.type == "ORG" and any(len(m) > 1 for m in c.mentions)]
    for c in list(clusters):
        if c in organisations or not c.mentions or any(len(m) != 1 for m in c.mentions) or c.type == "MISC":
            continue
        if c.type == "LOC" and not all(m.root.dep_ in {"nsubj", "nsubjpass"} for m in c.mentions):
            continue  # "Ghana's finance ministry", "in Chile": a place, not "Ghana Cocoa Board"
        word = c.mentions[0].text
        owners = {id(o): o for o in organisations for m in o.mentions if len(m) > 1 and m[0].text == word}
        if len(owners) != 1:
            continue
        owner = next(iter(owners.values()))
        owner.mentions = sorted([*owner.mentions, *c.mentions], key=lambda m: m.start)
        owner.extra_mentions.extend(c.extra_mentions)
        clusters.remove(c)


def _persons_named_by_surname(clusters: list[Cluster], data: LanguageData) -> None:
    """ "Tomas Reinholt" … "Reinholt" … "Reinholt": a two-word name taken up by its last word alone is a person's,
    whatever type the small model gave the two (news names organisations by their first word, people by their
    last)."""
    endings = data.words.get("org_name_ending", frozenset())
    for full in [c for c in clusters if c.type in {"LOC", "ORG"}]:
        names = [m for m in full.mentions if len(m) == 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in m)
                 and m[-1].lower_ not in endings and not m[0].text.isupper()]
        if not names:
            continue
        surname = names[0][-1].text
        # taken up as a subject ("Reinholt apologised"), not a place ("in England")
        short = [c for c in clusters if c is not full and c.type != "PER" and c.mentions
                 and all(len(m) == 1 and m.text == surname for m in c.mentions)
                 and any(m.root.dep_ in {"nsubj", "nsubjpass"} for m in c.mentions)]
        if not short:
            continue
        full.type = "PER"
        for c in short:
            full.mentions = sorted([*full.mentions, *c.mentions], key=lambda m: m.start)
            full.extra_mentions.extend(c.extra_mentions)
            clusters.remove(c)


def _add_surname_mentions(doc: Doc, clusters: list[Cluster]) -> None:
    """ "The Bears fired coach Matt Eberflus … Eberflus had defended his decision": a capitalised word outside every
    entity, the subject of its clause, that is the last name of exactly one person named in full is a mention of that
    person (the small model misses many such names)."""
    taken = {t.i for c in clusters for m in c.mentions for t in m}
    for t in doc:
        if t.i in taken or t.pos_ != "PROPN" or not t.text[:1].isupper() or t.text.isupper() \
                or t.dep_ not in {"nsubj", "nsubjpass"} or t.i > 0 and doc[t.i - 1].pos_ == "PROPN" \
                or t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":
            continue
        owners = {id(c): c for c in clusters if c.type == "PER" for m in c.mentions
                  if len(m) > 1 and m[-1].text == t.text and m.start != t.i}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            owner.mentions = sorted([*owner.mentions, doc[t.i : t.i + 1]], key=lambda m: m.start)


def _add_organisation_mentions(doc: Doc, clusters: list[Cluster]) -> None:
    """ "Loopa, which is owned by Velora Group, rejected the decision" after "the short-video app Loopa": the one-word
    name of an organisation written again outside every entity, as the subject of its clause, is a mention of it (the
    small model tags the same name now and then not)."""
    taken = {t.i for c in clusters for m in c.mentions for t in m}
    names = {}
    for c in clusters:
        for m in c.mentions:
            if c.type == "ORG" and len(m) == 1:
                names.setdefault(m.text, set()).add(id(c))
    owners = {id(c): c for c in clusters}
    for t in doc:
        if t.i in taken or t.dep_ not in {"nsubj", "nsubjpass"} or len(names.get(t.text, ())) != 1:
            continue
        owner = owners[next(iter(names[t.text]))]
        owner.mentions = sorted([*owner.mentions, doc[t.i : t.i + 1]], key=lambda m: m.start)


def _merge_acronyms(clusters: list[Cluster], data: LanguageData) -> None:
    """ "U.N." and "the United Nations", "WFP" and "World Food Programme": an acronym made of the initials of an
    organisation's name is that organisation; a role's acronym ("Local MP Sarah Jones", "the Labour MP") is none,
    even in an article that names the Metropolitan Police."""
    for c in list(clusters):
        letters = c.mentions[0].text.replace(".", "") if c.mentions else ""
        if c.type not in {"ORG", "LOC"} or not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()) \
                or any(m.text.replace(".", "") != letters for m in c.mentions) or letters.lower() in data.role_nouns:
            continue
        owners = [d for d in clusters if d is not c and d.type == "ORG" and any(
            "".join(w[0] for w in m.text.split() if w[:1].isupper()) == letters and len(m) > 1 for m in d.mentions)]
        if len(owners) == 1:
            owners[0].mentions = sorted([*owners[0].mentions, *c.mentions], key=lambda m: m.start)
            owners[0].extra_mentions.extend(c.extra_mentions)
            clusters.remove(c)


def _merge_ministries_named_by_topic(clusters: list[Cluster]) -> None:
    """ "the farm ministry" the tagger took for an organisation of its own is the "Ministry of Agriculture, Forestry
    and Fisheries" the article names (see `_ministry_named_in_full`)."""
    for c in list(clusters):
        if not c.mentions or not all(m[-1].lower_ in {"ministry", "department"} and m[-1].text.islower()
                                     for m in c.mentions):
            continue
        owners = {id(o): o for m in c.mentions if (o := _ministry_named_in_full(list(m), clusters)) is not None}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            owner.mentions = sorted([*owner.mentions, *c.mentions], key=lambda m: m.start)
            owner.extra_mentions.extend(c.extra_mentions)
            clusters.remove(c)


def _initials(m: Span) -> str:
    return "".join(w[0] for w in m.text.split() if w[:1].isupper())


def _add_acronym_mentions(doc: Doc, clusters: list[Cluster], data: LanguageData) -> None:
    """ "A WHO spokesperson" after "The World Health Organization said": an upper-case word of two to six letters
    outside every entity, the initials of exactly one organisation's name of several words, is a mention of it (not
    a role's acronym: "Local MP Sarah Jones" is no mention of the Metropolitan Police)."""
    taken = {t.i for c in clusters for m in c.mentions for t in m}
    for t in doc:
        letters = t.text.replace(".", "")
        if t.i in taken or t.pos_ != "PROPN" or not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()) \
                or letters.lower() in data.role_nouns:
            continue
        owners = {id(c): c for c in clusters if c.type == "ORG" for m in c.mentions
                  if len(m) > 1 and m.start != t.i and _initials(m) == letters}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            owner.mentions = sorted([*owner.mentions, doc[t.i : t.i + 1]], key=lambda m: m.start)


def _name_known_acronyms(clusters: list[Cluster]) -> None:
    """ "A U.N. spokesperson", "an EU spokesman": an organisation named only by the acronym of a well-known
    international body is known by the body's full name (`lang/en/acronyms.tsv`)."""
    known = _known_acronyms()
    for c in clusters:
        texts = {m.text.replace(".", "") for m in c.mentions}
        if c.type in {"ORG", "LOC", "GPE", "MISC"} and len(texts) == 1 and next(iter(texts)) in known \
                and c.qualified_name is None:
            c.type = "ORG"
            c.qualified_name = known[next(iter(texts))]


def _dateline(m: Span) -> bool:
    """ "SEATTLE (Reuters) -", "LYON, France (AFP) -": an upper-case place opening a line before a comma or bracket."""
    doc = m.doc
    return m.text.isupper() and len(m.text) > 2 and m.end < len(doc) and doc[m.end].text in {",", "("} and (
        m.start == 0 or "\n" in doc[m.start - 1].text or "\n" in doc[m.start - 1].whitespace_)


def _add_speaking_companies(doc: Doc, clusters: list[Cluster], data: LanguageData) -> None:
    """ "Boeing Co rejected a report", "Riverside FC fired its coach": a proper name with a company ending ("Co",
    "Inc", "Group", "FC") that the small model's NER missed is an organisation, so that "a company spokesperson" and
    "the club said" find it. "Co" counts only in a speaker, where no person's name ends so."""
    endings = data.words.get("org_name_ending", frozenset())
    taken = {t.i for c in clusters for m in c.mentions for t in m}
    phrases = [[t for t in found.speaker or () if not t.is_space] for found in doc._.statements or []]
    for n, words in enumerate([*phrases, *_capitalised_runs(doc)]):
        ending = endings | {"co", "co."} if n < len(phrases) else endings
        if words and words[0].lower_ == "the":
            words = words[1:]
        if len(words) < 2 or words[-1].lower_ not in ending or not all(t.text[:1].isupper() for t in words):
            continue
        mention = doc[words[0].i : words[-1].i + 1]
        if any(t.i in taken for t in words) and not _take_parts(mention, clusters):
            continue
        same = next((c for c in clusters if c.type == "ORG" and any(m.text == mention.text for m in c.mentions)), None)
        if same is not None:  # the headline's "Calder Biosciences" is the one the text names so
            same.mentions = sorted([*same.mentions, mention], key=lambda m: m.start)
        else:
            clusters.append(Cluster(type="ORG", mentions=[mention]))
        taken.update(t.i for t in words)
    clusters.sort(key=lambda c: c.mentions[0].start)


def _add_speaking_ministries(doc: Doc, clusters: list[Cluster]) -> None:
    """ "India's health ministry on Tuesday dismissed", "the finance ministry said": a ministry written by its topic
    in lower case that speaks is an organisation ("health ministry"), whether or not the model's NER found it, so that
    "a spokesperson for the ministry" and "the ministry" find it; not where the article names it in full ("Ministry
    of Health": `_ministry_named_in_full` resolves to that one)."""
    taken = {t.i for c in clusters if c.type != "LOC" for m in c.mentions for t in m}
    for found in doc._.statements or []:
        words = [t for t in found.speaker or () if not t.is_space]
        country = None
        if len(words) >= 3 and words[0].ent_type_ == "GPE" and words[1].tag_ == "POS":
            country, words = words[0], words[2:]  # "India's health ministry": the country's, no part of the name
        elif words and words[0].lower_ in ARTICLES:
            words = words[1:]
        if not 2 <= len(words) <= 3 or words[-1].text != "ministry" or any(t.i in taken for t in words) \
                or not all(t.text.isalpha() and t.text.islower() and t.pos_ in {"NOUN", "ADJ"} for t in words[:-1]):
            continue
        if _ministry_named_in_full(words, clusters) is not None:
            continue
        mention = doc[words[0].i : words[-1].i + 1]
        same = next((c for c in clusters if c.type == "ORG" and any(m.text == mention.text for m in c.mentions)), None)
        if same is None:
            same = Cluster(type="ORG", mentions=[mention])
            clusters.append(same)
        else:
            same.mentions = sorted([*same.mentions, mention], key=lambda m: m.start)
        if country is not None:  # (it is also "India's health ministry")
            same.aliases.add(f"{country.text}'s {mention.text}")
        taken.update(t.i for t in words)
    clusters.sort(key=lambda c: c.mentions[0].start)


def _take_parts(mention: Span, clusters: list[Cluster]) -> bool:
    """ "Kingsbridge United" of which the tagger found "United" (or "Kingsbridge") alone: the parts give way to the
    whole name when every entity that overlaps the name lies inside it and none of them is a person named elsewhere
    too; False (nothing changed) otherwise."""
    parts = [(m, c) for c in clusters for m in c.mentions if m.start < mention.end and mention.start < m.end]
    if not parts or any(m.start < mention.start or m.end > mention.end or m.text == mention.text for m, _ in parts):
        return False
    if any(c.type == "PER" and len(c.mentions) > 1 for _, c in parts):
        return False
    for m, c in parts:
        c.mentions = [x for x in c.mentions if x is not m]
        if not c.mentions:
            clusters.remove(c)
    return True


def _add_expert_institutions(doc: Doc, clusters: list[Cluster], data: LanguageData) -> None:
    """ "Analysts at Barclays said", "Strategists at Bernstein": the capitalised name after the experts' "at" or
    "from" in a speaker is an organisation, whether the model's NER missed it or took it for a person named nowhere
    else."""
    experts = data.words.get("expert_noun", frozenset())
    for found in doc._.statements or []:
        words = [t for t in found.speaker or () if not t.is_space]
        run = _named_before_experts(words, experts)
        k = next((k for k, t in enumerate(words[:-2]) if t.lower_ in experts and words[k + 1].lower_ in {"at", "from"}),
                 None)
        if run is None and k is not None:
            run = words[k + 2 :]
            if run and run[0].lower_ == "the":
                run = run[1:]
            end = next((n for n, t in enumerate(run) if not (t.pos_ == "PROPN" and t.text[:1].isupper())), len(run))
            run = run[:end]
            if run and run[-1].i < words[-1].i and doc[run[-1].i + 1].text not in {",", "("}:
                run = None  # the name ends the phrase or its part before a comma
        if not run:
            continue
        mention = doc[run[0].i : run[-1].i + 1]
        owner = next((c for c in clusters for m in c.mentions if m.start <= mention.start < m.end), None)
        if owner is None:
            clusters.append(Cluster(type="ORG", mentions=[mention]))
        elif owner.type == "PER" and len(owner.mentions) == 1 or owner.type == "LOC":
            owner.type = "ORG"  # ("Analysts at Jefferies": a firm, whatever the tagger took it for)
    clusters.sort(key=lambda c: c.mentions[0].start)


def _named_before_experts(words: list[Token], experts: frozenset[str]) -> list[Token] | None:
    """ "Jefferies analysts", "Barclays economists": the capitalised name before the experts' noun ending the
    phrase (after "the" at most)."""
    if len(words) < 2 or words[-1].lower_ not in experts:
        return None
    run = words[1:-1] if words[0].lower_ == "the" else words[:-1]
    if not run or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in run):
        return None
    return run


def _add_described_persons(doc: Doc, clusters: list[Cluster], data: LanguageData) -> None:
    """ "as opposition lawmaker Camila Fuenzalida had alleged" … "Fuenzalida stood by her comments": two or three
    capitalised words after a lower-case role noun, ending a speaker, are a person's name where the model's NER
    found none there; the person's surname alone elsewhere is that person."""
    roles = {r.lower() for r in data.role_nouns}
    for found in doc._.statements or []:
        words = [t for t in found.speaker or () if not t.is_space]
        comma = next((k for k, t in enumerate(words) if t.text == ","), len(words))
        described = words[comma + 1 : comma + 8]
        words = words[:comma]
        if 2 <= len(words) <= 3 and described and all(
                t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper()
                and t.lower_ not in roles for t in words) \
                and any(t.text.islower() and (t.lower_ in roles or t.lemma_.lower() in roles) for t in described):
            # "Isa Sanusi, Amnesty's Nigeria director, said": a name of two or three words before a comma and a
            # role is a person's, as after a role
            name = words
            if not any(m.start <= t.i < m.end for c in clusters for m in c.mentions for t in name):
                _add_person(doc, clusters, name)
            continue
        # ("Analyst Teodor Sveen Nilsen of Swedbank": the employer after "of" is no part of the name)
        of = next((k for k, t in enumerate(words) if t.lower_ == "of" and k >= 3), None)
        if of is not None and of + 1 < len(words) and all(t.text[:1].isupper() for t in words[of + 1 :]):
            words = words[:of]
        n = 0
        while n < len(words) and words[-1 - n].pos_ == "PROPN" and words[-1 - n].text[:1].isupper() \
                and words[-1 - n].text.isalpha() and not words[-1 - n].text.isupper() \
                and not (n >= 2 and words[-1 - n].lower_ in roles):  # ("Mayor Ines Duval": a title before the name)
            n += 1
        if not 2 <= n <= 3 or n == len(words):
            continue
        role, name = words[-1 - n], words[-n:]
        # ("British No 1 Katie Boulter", "world number 3 …": or a rank)
        ranked = role.like_num and n + 2 <= len(words) and words[-2 - n].lower_ in {"no", "no.", "number"}
        # ("Local member of parliament Graeme Downie": or a membership of a body)
        member = n + 3 <= len(words) and words[-2 - n].lower_ == "of" \
            and words[-3 - n].lower_ in data.words.get("member_noun", frozenset())
        if role.lower_ not in roles and role.lemma_.lower() not in roles and not ranked and not member:
            continue
        overlapping = [c for c in clusters if any(m.start <= t.i < m.end for m in c.mentions for t in name)]
        # ("Spokesperson Mthunzi Mhaga" with "Mhaga" alone typed an organisation: a part of the name the tagger
        # mistyped is no other entity)
        # (or the whole name, after a role the tagger did not take for a title: "member of parliament Graeme Downie")
        if overlapping and all(c.type != "PER" and len(c.mentions) == 1 and name[0].i <= c.mentions[0].start
                               and c.mentions[0].end <= name[-1].i + 1
                               and c.mentions[0][-1].lower_ not in data.words.get("org_name_ending", ())
                               for c in overlapping):
            for c in overlapping:
                clusters.remove(c)
        elif overlapping:
            continue
        _add_person(doc, clusters, name)
    clusters.sort(key=lambda c: c.mentions[0].start)


def _add_person(doc: Doc, clusters: list[Cluster], name: list[Token]) -> Cluster:
    """A person named `name`, with the clusters of the surname alone elsewhere; the person is returned."""
    person = Cluster(type="PER", mentions=[doc[name[0].i : name[-1].i + 1]])
    for c in [c for c in clusters if c.mentions and all(len(m) == 1 and m.text == name[-1].text
                                                        for m in c.mentions) and c.type != "LOC"]:
        person.mentions = sorted([*person.mentions, *c.mentions], key=lambda m: m.start)
        person.extra_mentions.extend(c.extra_mentions)
        clusters.remove(c)
    clusters.append(person)
    return person


def _capitalised_runs(doc: Doc) -> list[list[Token]]:
    """Runs of capitalised proper nouns ("Riverside FC") outside quotes."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for t in doc:
        if t.pos_ == "PROPN" and t.text[:1].isupper() and not t._.in_quote:
            current.append(t)
            continue
        if current:
            runs.append(current)
        current = []
    return [*runs, current] if current else runs


def _same_head_as_before(span: Span, earlier: list[tuple[Span, Resolution]], data: LanguageData) -> Resolution | None:
    """ "the company" after "the regional water company said": the speaker named with the same noun before."""
    words = [t for t in span if not t.is_space]
    anaphors = data.words.get("org_anaphor", ())
    spokespeople = data.words.get("spokesperson_noun", ())
    officials = data.words.get("official_noun", frozenset())
    if any(t.lower_ in spokespeople or t.lower_ in officials and t.i > span.start and t.nbor(-1).lower_ in anaphors
           for t in words) and not any(t.pos_ == "PROPN" for t in words):
        # "a company spokesman", "a spokesman for the company": for the organisation "the company" spoke as before
        # ("A ministry official" after "According to the finance ministry": an official as well)
        noun = next((t for t in words if t.lower_ in anaphors), None)
        for previous, res in reversed(earlier) if noun is not None else ():
            # "The company said …", "North Pennine Hospitals NHS Trust rejected …": named with the same noun
            # ("Norway's oil ministry said": a possessive makes the noun as definite as "the")
            # (not a headline's bare noun, capitalised as its first word: "Club rejects allegations …")
            if previous.root.lower_ == noun.lower_ and (previous[0].lower_ == "the" or previous[-1].lower_ == noun.lower_
                                                        and previous[-1].text[:1].isupper()
                                                        and not (len(previous) == 1 and previous[0].is_sent_start)
                                                        or any(t.tag_ == "POS" and t.i < previous.root.i
                                                               for t in previous)):
                return Resolution(res.name, res.cluster, res.cluster, spokesperson=True)
        return None
    if len(words) == 2 and words[0].lower_ == "the" and words[1].tag_ == "NNS":
        # "the people said" after "citing people familiar with the matter": the group named so before
        for previous, res in reversed(earlier):
            if previous.root.lower_ == words[1].lower_ and previous[0].lower_ != "the":
                return res
        return None
    studies = data.words.get("study_noun", frozenset())
    if len(words) == 2 and words[0].lower_ == "the" and words[1].lower_ in data.words.get("hearsay_noun", ()) | studies:
        # "the study" after "according to a study by the Barcelona Institute", "The research" after "a study by
        # researchers at …": the same document's author
        for previous, res in reversed(earlier):
            if (previous.root.lower_ == words[1].lower_ or previous.root.lower_ in studies and words[1].lower_ in studies) \
                    and res.cluster is not None and previous.start != span.start:
                return res
        return None
    if len(words) != 2 or words[0].lower_ != "the" or words[1].lower_ not in anaphors:
        return None
    for previous, res in reversed(earlier):
        if previous.root.lower_ == words[1].lower_ and previous.start != span.start:
            return res
    return None


def _spokesperson_again(span: Span, earlier: list[tuple[Span, Resolution]], data: LanguageData) -> Resolution | None:
    """ "A company spokesman rejected that. “No card data was stored,” he said.": he or she right after an unnamed
    spokesperson who spoke in the sentence before is that spokesperson (and speaks for the same organisation)."""
    words = [t for t in span if not t.is_space]
    if len(words) != 1 or words[0].lower_ not in {"he", "she"} or not earlier:
        return None
    previous, res = earlier[-1]
    if not res.spokesperson or not any(t.lower_ in data.words.get("spokesperson_noun", ()) for t in previous):
        return None
    sents = list(span.doc.sents)
    here = sentence_index(sents, span.start)
    return res if sents[max(0, here - 1)].start <= previous.start < span.start else None


def _bare_spokesperson(span: Span, earlier: list[tuple[Span, Resolution]], data: LanguageData) -> Resolution | None:
    """ "The Harland Building Society rejected the figures. “…,” a spokesperson said": a spokesperson of no named
    organisation speaks for the organisation that spoke in the sentence before or in the same one; "The spokesman
    added …" is the spokesperson who spoke before (a person's spokesperson, "Mayor X said … A spokesperson said",
    stays unresolved)."""
    words = [t for t in span if not t.is_space]
    if len(words) != 2 or words[0].lower_ not in ARTICLES \
            or words[1].lower_ not in data.words.get("spokesperson_noun", ()) or not earlier:
        return None
    if words[0].lower_ == "the":
        for previous, res in reversed(earlier):
            if res.spokesperson and previous.start != span.start:
                return res
    spoke = _spoke_just_before(span, earlier)
    if spoke is None:
        return None
    _, res = spoke
    if res.spokesperson or res.cluster is not None and res.cluster.type == "ORG":
        return Resolution(res.name, res.cluster, res.organisation or res.cluster, spokesperson=True)
    return None


def _it_again(span: Span, earlier: list[tuple[Span, Resolution]], data: LanguageData) -> Resolution | None:
    """ "“…,” the bank said in a statement. Core inflation, it added, …": "it" is the organisation that spoke in its
    sentence or the one before (named, or described as a body), not an organisation named elsewhere."""
    words = [t for t in span if not t.is_space]
    if len(words) != 1 or words[0].lower_ != "it" or not earlier:
        return None
    spoke = _spoke_just_before(span, earlier)
    if spoke is None:
        return None
    previous, res = spoke
    # (a country or city that spoke acts as a body: "Germany rejected the proposal … It said …")
    if res.cluster is not None and res.cluster.type in {"ORG", "LOC"} or res.cluster is None \
            and _body(previous.root, data):
        return res
    return None


def _accused_denier(found, res: Resolution, clusters: list[Cluster], genders: dict[int, str],
                    data: LanguageData) -> Resolution | None:
    """ "accused Rep. Daniel Ortega Ruiz of leaking notes, a charge the Tucson Democrat rejected as nonsense": a
    person described, not named ("the Tucson Democrat", "the 54-year-old", "the lawmaker"), who rejects an accusation
    told in passing is the one person it accuses; any other accused (a government, a firm) leaves the description
    as it is (it may be someone else)."""
    accused = found.extra.get("accused")
    if accused is None:
        return None
    # (nor the accuser: "the Tucson Democrat" is not the senator named just before, who accuses)
    accuser = found.refers_to.extra.get("resolution") if found.refers_to is not None else None
    own = accuser is not None and accuser.cluster is not None and accuser.cluster is res.cluster
    if res.cluster is not None and res.cluster.type != "MISC" and not own:
        return None
    words = [t for t in found.speaker if not t.is_space]
    last = words[-1].lower_
    member = (_parties().get(last) or ("", False))[1]
    if words[0].lower_ != "the" or len(words) < 2 or not (
            member or last in data.role_nouns or words[-1].lemma_.lower() in data.role_nouns
            or last.endswith("-old") or last == "old"):
        return None
    doc = accused.doc
    named = resolve(doc[accused.left_edge.i : accused.i + 1], clusters, genders, data)
    if named.cluster is None or named.cluster.type != "PER" or named.cluster is res.cluster:
        return Resolution(_bare(found.speaker), None) if own else None
    return Resolution(_without_title(named.name, data), named.cluster)


def _described_person_again(span: Span, earlier: list[tuple[Span, Resolution]], data: LanguageData) \
        -> Resolution | None:
    """ "Inspector Tom Walsh said … A local man said he had heard a bang. “…,” he said": "he" or "she" right after a
    person described and not named ("a local man", "a resident", "the witness") spoke, in its sentence or the one
    before, is that person, not one named further back (unless the description shows the other gender)."""
    words = [t for t in span if not t.is_space]
    wanted = {"he": "m", "she": "f"}.get(words[0].lower_) if len(words) == 1 else None
    if wanted is None or not earlier:
        return None
    spoke = _spoke_just_before(span, earlier)
    if spoke is None or spoke[1].cluster is not None or spoke[1].organisation is not None:
        return None
    previous = spoke[0]
    comma = next((t.i for t in previous if t.text == ","), previous.end)
    phrase = [t for t in previous.doc[previous.start : comma] if not t.is_space]
    head = previous.root
    if head.tag_ != "NN" or head not in phrase:
        return None
    persons = data.role_nouns | data.words.get("person_noun", frozenset())
    if head.lower_ not in persons or head.lower_ in data.words.get("spokesperson_noun", frozenset()):
        return None
    shown = {g for t in phrase if (g := _genders().get(t.lower_))}
    if shown and shown != {wanted}:
        return None
    return spoke[1]


def _named_person_again(span: Span, earlier: list[tuple[Span, Resolution]], data: LanguageData) \
        -> Resolution | None:
    """ "Adeyemi's agent, Kunle Bakare, said … “He has not asked to leave,” he said": "he" or "she" right after a
    person named in full by a role and a name the tagger took for no person (no entity, or an organisation's) spoke,
    in its sentence or the one before, is that person, not another one the tagger found (unless the first name
    shows the other gender)."""
    words = [t for t in span if not t.is_space]
    wanted = {"he": "m", "she": "f"}.get(words[0].lower_) if len(words) == 1 else None
    if wanted is None or not earlier:
        return None
    spoke = _spoke_just_before(span, earlier)
    if spoke is None or spoke[1].cluster is not None and spoke[1].cluster.type == "PER":
        return None
    comma = next((t.i for t in spoke[0] if t.text == ","), None)
    described = spoke[0].doc[comma - 1] if comma is not None else None
    if described is None or described.pos_ != "NOUN" or not described.text.islower() \
            or described.lower_ in data.words.get("org_anaphor", ()):
        return None  # ("Adeyemi's agent, Kunle Bakare": a person's noun, then the name; not "The carmaker, X")
    names = spoke[1].name.split()
    if len(names) < 2 or not all(n[:1].isupper() for n in names) or names[-1] not in spoke[0].text \
            or not any(t.pos_ == "PROPN" and t.text == names[-1] for t in spoke[0]):
        return None
    if _genders().get(names[0]) not in (None, wanted):
        return None
    return Resolution(spoke[1].name, spoke[1].cluster)


def _names_in_own_content(found, person: Cluster) -> bool:
    """A description or pronoun resolved to `person`, whose name (not in the speaker's own words) the statement's
    content holds."""
    if any(span_within(m, found.speaker) for m in person.mentions):
        return False
    return any(c.start <= m.start and m.end <= c.end for c in found.content for m in person.mentions)


def _document_again(span: Span, data: LanguageData) -> Resolution | None:
    """ "In a statement on Sunday, Kingsbridge said … “…,” the statement said": "the statement" ("the letter", "the
    memo") speaks for whoever spoke last before it through a statement (letter, memo) of that name; none: None."""
    words = [t for t in span if not t.is_space]
    if len(words) != 2 or words[0].lower_ != "the" or words[1].lower_ not in data.media:
        return None
    medium = data.media[words[1].lower_]
    through = [f for f in span.doc._.statements or [] if f.speaker is not None and f.speaker.start < span.start
               and f.medium == medium and f.extra.get("resolution") is not None]
    if not through:
        return None
    res = max(through, key=lambda f: f.speaker.start).extra["resolution"]
    return res if res.cluster is not None else None


def _spoke_just_before(span: Span, earlier: list[tuple[Span, Resolution]]) -> tuple[Span, Resolution] | None:
    """The last speaker before `span` and its resolution, when it spoke in `span`'s sentence or the one before."""
    previous, res = earlier[-1]
    sents = list(span.doc.sents)
    here = sentence_index(sents, span.start)
    return (previous, res) if sents[max(0, here - 1)].start <= previous.start < span.start else None


def _police_force(span: Span, clusters: list[Cluster], data: LanguageData) -> Resolution | None:
    """ "police said", "the force said", "a force spokeswoman": the one police force the article names ("Thames
    Valley Police"), wherever it names it; none or several: None."""
    words = [t.lower_ for t in span if not t.is_space and t.lower_ not in ARTICLES]
    spokespeople = data.words.get("spokesperson_noun", frozenset())
    core = [w for w in words if w not in spokespeople]
    city = _city_police(span.doc, clusters, data)
    if city is not None and len(core) == 2 and core[1] == "police" and city.mentions[0][0].lower_ == core[0]:
        core = core[1:]  # "a Tacoma police spokesperson"
    if not core or len(core) > 2 or not all(w in data.words.get("police_noun", ()) for w in core):
        return None
    names = data.words.get("police_name", frozenset())
    # ("Independent Police Conduct Authority", "the Police Federation": a body that watches or speaks for police
    # officers is no force)
    oversight = data.words.get("police_oversight_word", frozenset())
    forces = [c for c in clusters if c.type in {"ORG", "LOC", "MISC"} and any(
        len(m) > 1 and any(t.lower_ in names and t.text[:1].isupper() for t in m)
        and not any(t.lower_ in oversight for t in m) for m in c.mentions)]
    if not forces and city is not None and core == ["police"]:
        forces = [city]
    if len(forces) != 1:
        return None
    return Resolution(forces[0].name, forces[0], forces[0], spokesperson=len(core) < len(words))


def _city_police(doc: Doc, clusters: list[Cluster], data: LanguageData) -> Cluster | None:
    """ "Tacoma police arrested …", "a Houston police spokeswoman": the police of the one place an article names before
    a lower-case "police" (and no police force by a name of its own) are that city's police department, known also as
    "Tacoma Police Department"; two such places: None."""
    found = [m for c in clusters if c.type == "LOC" for m in c.mentions if m.text[:1].isupper()
             and m.end < len(doc) and doc[m.end].text == "police"
             and not (m.end + 1 < len(doc) and doc[m.end + 1].text[:1].isupper())]
    places = {m.text for m in found}
    if len(places) != 1:
        return None
    name = next(iter(places))
    mention = found[0]
    whole = doc[mention.start : mention.end + 1]
    own = next((c for c in clusters if any(x.start == whole.start and x.end == whole.end for x in c.mentions)), None)
    if own is None:
        own = Cluster(type="ORG", mentions=[whole], aliases={f"{name} Police Department"})
        clusters.append(own)
    return own


def _they_again(span: Span, earlier: list[tuple[Span, Resolution]]) -> Resolution | None:
    """ "Groundwork Alliance and two other groups said … They called on the government …": "they" opening the
    sentence after one whose speaker is plural (a coordination, a plural noun) is that speaker."""
    words = [t for t in span if not t.is_space]
    if len(words) != 1 or words[0].lower_ != "they" or not earlier:
        return None
    sents = list(span.doc.sents)
    here = sentence_index(sents, span.start)
    # ("No final decision has been made, they said": or framing what it says after it)
    after_content = span.start > sents[here].start and span.start > 0 and span.doc[span.start - 1].text in {",", "”", '"'}
    if here == 0 or span.start != sents[here].start and not after_content:
        return None
    previous, res = earlier[-1]
    plural = previous.root.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in previous.root.children)
    if not plural or not sents[here - 1].start <= previous.start < sents[here - 1].end:
        return None
    return res


def span_within(mention: Span, speaker: Span) -> bool:
    return speaker.start <= mention.start and mention.end <= speaker.end


def _cluster_genders(doc: Doc, clusters: list[Cluster]) -> dict[int, str]:
    """m or f for the persons whose gender a title ("Mr.", "Ms."), a first name or a gendered noun next to a
    mention shows."""
    words = _genders()
    out: dict[int, str] = {}
    for c in clusters:
        if c.type != "PER":
            continue
        for m in c.mentions:
            around = [doc[m.start - 1]] if m.start > 0 else []
            if m.start > 1 and doc[m.start - 1].text == ",":
                around.append(doc[m.start - 2])  # "A spokesman, Dan Tierney": the noun the name is apposed to
            # "Sandhu's daughter": the noun after a possessive is another person's
            after = [] if _possessive(m) else list(doc[m.end : min(len(doc), m.end + 4)])
            # "Greg Tillman, defended Ms. Hargis": the words after the name up to a verb, and no title of another
            # person's name
            verb = next((k for k, t in enumerate(after) if t.pos_ in {"VERB", "AUX"}), len(after))
            after = [t for t in after[:verb] if not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper()
                                                     and doc[t.i + 1].pos_ == "PROPN")]
            # "Superintendent Mark Tolson": the first name after a rank the tagger took into the name
            first = [m[0], m[1]] if len(m) > 2 else [m[0]]
            for t in [*around, *first, *after]:
                gender = words.get(t.text) or words.get(t.lower_)
                if gender:
                    out[id(c)] = gender
                    break
            if id(c) in out:
                break
        if id(c) not in out:
            gender = next((g for m in c.mentions if (g := _own_possessive(m)) is not None), None)
            if gender is not None:
                out[id(c)] = gender
    return out


def _own_possessive(m: Span) -> str | None:
    """ "Fuenzalida stood by her comments": "his" or "her" in the clause whose subject the mention is (not inside a
    clause of its own) shows the person's gender."""
    if m.root.dep_ != "nsubj":
        return None
    verb = m.root.head
    for t in verb.subtree:
        if t.i < m.end or t.lower_ not in {"his", "her"} or t.tag_ != "PRP$":
            continue
        up = t.head
        while up.i != verb.i and up.head.i != up.i and up.dep_ not in {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis"}:
            up = up.head
        if up.i == verb.i:
            return "m" if t.lower_ == "his" else "f"
    return None


def resolve(span: Span, clusters: list[Cluster], genders: dict[int, str], data: LanguageData) -> Resolution:
    doc = span.doc
    named = _named_among_others(span)
    if named is not None:
        return resolve(named, clusters, genders, data)
    police = _police_force(span, clusters, data)
    if police is not None:
        return police
    inside = [(m, c) for c in clusters for m in c.mentions if span_within(m, span)]
    inside.sort(key=lambda mc: mc[0].start)
    for m, c in inside:
        if c.type == "PER" and len(c.mentions) == 1 and m.start > span.start and m.end == span.end \
                and _organisation_noun(doc[m.start - 1], data):
            c.type = "ORG"  # "Norwegian shipper Fjordline Cargo": a company, whatever the tagger said
            return Resolution(c.name, c)
    # "Skarvik chief executive Ingrid Holm": the person whose name ends the phrase (or its part before a comma) first
    # ("The Jharkhand MP", "the Tucson Democrat": after "the", a name before a role is where or whose, not who)
    people = [c for m, c in sorted(inside, key=lambda mc: not _ends_phrase(mc[0], span))
              if c.type == "PER" and not _possessive(m) and not _whose_role(m, span, data)
              and not (span[0].lower_ == "the" and m.end < span.end and m.start > span.start
                       and (doc[m.end].lower_ in data.role_nouns or doc[m.end].lemma_.lower() in data.role_nouns))]
    organisations = [c for m, c in inside if c.type in {"ORG", "LOC"}]
    if people:
        return Resolution(_without_title(people[0].name, data), people[0], organisations[0] if organisations else None)
    words = [t for t in span if not t.is_space]
    named = _name_after_descriptor(words, clusters, data) or _apposition(words, clusters, data)
    if named is not None:
        return named
    if len(words) == 1 and words[0].lower_ == "which" and words[0].head.dep_ == "relcl" and words[0].i > 0 \
            and doc[words[0].i - 1].text == ",":
        # "The allegations were first reported by The West Australian, which said …": the organisation the
        # relative clause describes
        described = words[0].head.head
        # ("one of the developers, Harrowgate Homes, which said": the clause may hang on the noun the name is in
        # apposition to)
        named = [described, *(t for t in described.children if t.dep_ == "appos" and t.i < words[0].i)]
        owners = {id(c): c for c in clusters if c.type in {"ORG", "LOC"} for m in c.mentions
                  if any(m.start <= t.i < m.end for t in named)}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            return Resolution(owner.name, owner)
    if len(words) == 1 and words[0].lower_ == "who" and words[0].head.dep_ == "relcl":
        # "the Ashworth manager, Gary Thorne, who blamed the pitch": the person the relative clause describes
        described = words[0].head.head
        # ("the opposition leader, Maria Costa, who": the clause may hang on the noun the name is in apposition to)
        named = [described, *(t for t in described.children if t.dep_ == "appos" and t.i < words[0].i)]
        owners = {id(c): c for c in clusters if c.type == "PER" for m in c.mentions
                  if any(m.start <= t.i < m.end for t in named)}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            return Resolution(owner.name, owner)
        if not owners and described.pos_ == "NOUN" and described.i < words[0].i:
            # "she mocked parents who had criticized the curriculum": the people the clause describes, as written
            phrase = doc[described.left_edge.i : described.i + 1]
            if not any(t.pos_ in {"VERB", "AUX", "PRON"} or t.is_punct for t in phrase):
                return Resolution(_bare(phrase), None)
    if len(words) == 1 and words[0].lower_ in {p.lower() for p in data.pronouns}:
        return _pronoun(span, clusters, genders, data)
    holder = _holder_of_possessive(span, words, clusters, genders, data) \
        or _person_described_after_for(words, clusters, data)
    if holder is not None:
        return Resolution(holder.name, holder)
    # "Mensah-Bonsu", "Reinholt, a Swedish citizen who founded Halcyon": a surname (before its apposition) is the
    # person named in full before
    comma = next((k for k, t in enumerate(words) if t.text == ","), len(words))
    surname = words[:comma]
    if 1 <= len(surname) <= 4 and all(t.text[:1].isupper() or t.text == "-" for t in surname):
        short = person_ending_in(clusters, doc[surname[0].i : surname[-1].i + 1].text)
        if short is not None:
            return Resolution(short.name, short)
        if len(surname) == 1 and comma < len(words) and len(words) > comma + 1 and words[comma + 1].like_num:
            # "Asante, 23, said" after "a challenge … on Kwame Asante", a name the tagger missed: the one run of
            # capitalised names before that ends with the surname is the person
            runs = [run for run in _capitalised_runs(doc) if len(run) in {2, 3} and run[-1].text == surname[0].text
                    and run[-1].i < surname[0].i]
            if len({" ".join(t.text for t in run) for run in runs}) == 1:
                person = _add_person(doc, clusters, runs[0])
                if not any(m.start == surname[0].i for m in person.mentions):
                    person.mentions = sorted([*person.mentions, doc[surname[0].i : surname[0].i + 1]],
                                             key=lambda m: m.start)
                return Resolution(person.name, person)
        if len(surname) == 1:
            # "Lula" after "Luiz Inácio Lula da Silva": a word inside one person's long name (of four words or more)
            owners = {id(c): c for c in clusters if c.type == "PER" for m in c.mentions
                      if len(m) >= 4 and any(w.text == surname[0].text for w in m[1:])}
            if len(owners) == 1:
                owner = next(iter(owners.values()))
                return Resolution(owner.name, owner)
    if len(words) == 1 and words[0].pos_ == "PROPN" and words[0].text[:1].isupper():
        # "Calder said" after "Calder Biosciences denied": the first word of one organisation's longer name is it
        owners = {id(c): c for c in clusters if c.type == "ORG" for m in c.mentions
                  if len(m) > 1 and m[0].text == words[0].text}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            return Resolution(owner.name, owner)
    ministry = _ministry_named_in_full(words, clusters)
    if ministry is not None:
        return Resolution(ministry.name, ministry)
    anaphors = data.words.get("org_anaphor", frozenset())
    named_next = _country_body_named_next(span, words, clusters, data)
    if named_next is not None:  # "Singapore's central bank eased …. The Monetary Authority of Singapore (MAS) said"
        return Resolution(named_next.name, named_next)
    if words[0].lower_ == "the" and words[-1].lower_ in anaphors and _located_modifiers(words[1:-1]):
        # "the company", "the ministry", "The planemaker": the organisation named last before
        c = _organisation_named_before(span, clusters, data)
        if c is not None:
            return Resolution(c.name, c)
    if len(words) == 2 and words[0].lower_ == "the" and words[1].lower_ in data.words.get("titled_anaphor", ()):
        # "The court said" after "The Constitutional Court of Moldova ruled": only an organisation whose name holds
        # the noun, never any other named before
        noun = words[1].lower_
        c = _named_last_before(span, clusters, lambda m, c: c.type == "ORG" and any(
            w.lower_ == noun and w.text[:1].isupper() for w in m))
        if c is not None:
            return Resolution(c.name, c)
    if len(words) == 2 and words[0].lower_ == "the" and words[1].lower_ in data.words.get("outlet_noun", ()):
        c = _outlet_named_before(span, clusters, data)
        if c is not None:
            return Resolution(c.name, c)
    if len(words) >= 3 and words[0].lower_ == "the" and words[-1].lower_ in data.words.get("outlet_noun", ()):
        # "The Hindu newspaper reported", "The Times newspaper": the organisation named between article and medium
        c = next((c for m, c in inside if c.type == "ORG" and m.start == words[1].i and m.end == words[-1].i), None)
        if c is not None:
            return Resolution(c.name, c)
    if len(words) == 2 and words[0].lower_ == "the" and words[1].lower_ in data.words.get("press_report_noun", ()):
        # "The Times reported … Ministers are drawing up cuts, according to the report": the medium named last
        # before, where no other report ("a report by the audit office") is brought in since it
        c = _outlet_named_before(span, clusters, data)
        last = max((m.end for m in c.mentions if m.end <= span.start), default=span.start) if c is not None else 0
        if c is not None and not any(t.lower_ in data.words.get("press_report_noun", ()) and t.pos_ == "NOUN"
                                     and any(d.lower_ in {"a", "an", "another"} for d in t.lefts)
                                     for t in doc[last : span.start]):
            return Resolution(c.name, c)
    spokespeople = data.words.get("spokesperson_noun", frozenset())
    if any(t.lower_ in spokespeople for t in words):
        holder = _person_by_surname_after_for(words, clusters, data)
        if holder is not None:
            return Resolution(holder.name, holder)
        # "a Boeing spokeswoman" speaks for Boeing; "a company spokesperson", "a spokesman for the carmaker" for the
        # company named last before; a spokesperson of no organisation found stays unresolved
        own = next((c for c in organisations if c.type == "ORG"), None)
        if own is None and words[0].lower_ in ARTICLES:
            # "A Downing Street spokesman", "a Kremlin spokeswoman" after "a meeting in Downing Street": a seat of
            # government the article also names as a place, written whole between the article and the spokesperson,
            # is the office the spokesperson speaks for
            own = next((c for m, c in inside if c.type == "LOC" and m.start == words[1].i and m.end < len(doc)
                        and doc[m.end].lower_ in spokespeople and doc[m.end] in words), None)
            # ("A Ridgeway spokeswoman" after "Australia's Ridgeway to cut jobs" and "Ridgeway Resources plans":
            # the one organisation whose longer name opens with the word)
            longer = {id(c): c for c in clusters if c.type == "ORG" for m in c.mentions
                      if own is not None and " " not in own.name and len(m) > 1 and m[0].text == own.name}
            own = next(iter(longer.values())) if len(longer) == 1 else own
        noun = next((t for t in words if t.lower_ in anaphors), None)
        body = noun
        while body is not None and body.dep_ == "compound" and body.head in words and body.head.pos_ == "NOUN" \
                and body.head.lower_ not in spokespeople:
            body = body.head
        if own is None and body is not None and body is not noun and body.lower_ not in anaphors:
            # "a spokesman for the government delegation": a body the word only describes, not the government (nor
            # any organisation named before); it stays as the phrase describes it
            named = doc[noun.left_edge.i : body.i + 1]
            if named[0].lower_ in ARTICLES:
                named = named[1:]
            return Resolution(named.text, None, None, spokesperson=True)
        # ("A Scottish government spokesperson": the parser may hang the adjective on the spokesperson)
        national = noun is not None and noun.i > span.start and doc[noun.i - 1] in words \
            and doc[noun.i - 1].pos_ in {"ADJ", "PROPN"} and doc[noun.i - 1].text[:1].isupper() \
            and doc[noun.i - 1].head.i != noun.i and doc[noun.i - 1].i > words[0].i
        if own is None and noun is not None and (national or any(c.dep_ in {"compound", "amod", "poss"}
                                                                 and c.i < noun.i for c in noun.children)):
            # "a spokeswoman for the environment ministry", "a spokesman for the U.S. Attorney's Office": the
            # organisation the phrase itself names (not the attorney named before)
            named = doc[min(noun.left_edge.i, noun.i - 1 if national else noun.i) : noun.i + 1]
            ministry = _ministry_named_in_full(list(named), clusters)
            if ministry is not None:  # "a spokeswoman for the farm ministry": the Ministry of Agriculture named
                return Resolution(ministry.name, ministry, ministry, spokesperson=True)
            if named[0].lower_ in ARTICLES:
                named = named[1:]
            return Resolution(named.text, None, None, spokesperson=True)
        if own is None and noun is not None:
            own = _organisation_named_before(span, clusters, data)
        if own is None and noun is None:
            # "An Indian army spokesman", "a county spokeswoman": a body without a name of its own, the one
            # organisation (or county) whose name holds the noun, else the body as the phrase describes it
            service = next((t for t in words if t.lower_ in data.words.get("service_noun", ())), None)
            if service is not None:
                titled = {id(c): c for c in clusters if c.type != "PER" for m in c.mentions if m.start < span.start
                          and any(w.lower_ == service.lower_ and w.text[:1].isupper() for w in m)}
                if len(titled) == 1:
                    own = next(iter(titled.values()))
                elif words.index(service) > 1 and words[0].lower_ in ARTICLES and all(
                        t.pos_ in {"ADJ", "PROPN", "NOUN"} for t in words[1 : words.index(service)]):
                    # (the parser may hang "Indian" on the spokesman, not the army)
                    return Resolution(doc[words[1].i : service.i + 1].text, None, None, spokesperson=True)
        if own is not None:
            return Resolution(own.name, own, own, spokesperson=True)
    institution = _institution_of_experts(words, inside, data)
    if institution is not None:
        return Resolution(institution.name, institution)
    apposed = next((c for m, c in inside if c.type == "ORG" and m.start <= words[0].i + 1 and m.end + 1 < span.end
                    and doc[m.end].text == "," and doc[m.end + 1].tag_ in {"DT", "PRP$"}
                    and not any(t.lower_ in {"and", "or", "&"} for t in doc[m.end : span.end])), None)
    if apposed is not None:
        # "The Ohio Education Association, the state's largest teachers' union": the name, not the description after it
        return Resolution(apposed.name, apposed)
    # ("Greater Manchester Police (GMP)": a word of a name is no role)
    roles = [t for t in words if (t.lower_ in data.role_nouns or t.lemma_.lower() in data.role_nouns)
             and not any(m.start <= t.i < m.end and c.type in {"ORG", "LOC"} for m, c in inside)]
    if roles and any(t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in {"elect", "designate"}
                     for t in roles):
        # "the mayor-elect", "the president-elect": the one who will hold the role, not its holder named before
        return Resolution(_bare(span), None, organisations[0] if organisations else None)
    if roles:
        person = _person_with_role(doc, span, roles[-1], clusters) or _person_described(span, words, clusters, data)
        if person is not None:
            return Resolution(person.name, person)
        return Resolution(_bare(span), None, organisations[0] if organisations else None)
    person = _person_described(span, words, clusters, data)
    if person is not None:
        return Resolution(person.name, person)
    if len(words) == 2 and words[0].lower_ == "the" and words[1].text[:1].isupper() \
            and (_parties().get(words[1].lower_) or ("", False))[1]:
        # "The Democrat said": a party's member not found stays unresolved (never the party's word)
        return Resolution(_bare(span), None)
    hearsay = data.words.get("hearsay_noun", frozenset())
    if words[0].lower_ in ARTICLES and len(words) > 3 and words[1].lower_ in hearsay | {"report"} \
            and words[2].lower_ == "by":
        # "a study by the Barcelona Institute for Global Health", "The report by Western Australia's Department of
        # Water": the study speaks for its author (the name after a place's possessive)
        starts = {words[3].i, words[3].i + 1}
        starts |= {m.end + 1 for m, c in inside if m.start in starts and m.end < span.end and doc[m.end].tag_ == "POS"}
        author = next((c for m, c in sorted(inside, key=lambda mc: -mc[0].start) if m.start in starts
                       and c.type in {"ORG", "LOC"}), None)
        if author is not None:
            return Resolution(author.name, author)
    by = next((k for k, t in enumerate(words[:5]) if t.lower_ == "by" and k >= 2 and words[k - 1].lower_ in
               data.words.get("author_participle", ()) and words[k - 2].lower_ in hearsay), None)
    if by is not None and by + 1 < len(words):
        # "figures released by the board", "data published by the Harwich Port Authority": the author
        author = resolve(doc[words[by + 1].i : words[-1].i + 1], clusters, genders, data)
        if author.cluster is not None and author.cluster.type in {"ORG", "LOC"}:
            return Resolution(author.name, author.cluster)
        if author.cluster is None and _body(words[-1], data) and words[by + 1].lower_ in ARTICLES \
                and not any(t.tag_ == "POS" for t in words[by + 1 :]):
            return Resolution(author.name, None)  # "data compiled by the Indian army": the body as described
    source = next((k for k, t in enumerate(words[:4]) if t.lower_ == "from" and k >= 1 and words[k - 1].lower_ in hearsay
                   and k + 1 < len(words)), None)
    if source is not None:
        # "figures from the Central Statistics Office", "data from the Port of Rotterdam": the body they come from
        # (only a body the article names; "figures from hospitals" stay as written)
        author = resolve(doc[words[source + 1].i : words[-1].i + 1], clusters, genders, data)
        if author.cluster is not None and author.cluster.type in {"ORG", "LOC"}:
            return Resolution(author.name, author.cluster)
    if words[-1].lower_ in hearsay:
        # "U.N. figures", "a Reuters tally": figures and documents speak for their author
        # (a place before a study is where it was made, not its author: "a large US study", "a Kenyan survey")
        studies = data.words.get("study_noun", frozenset())
        author = next((c for m, c in inside if m.end == words[-1].i and (c.type == "ORG" or c.type == "LOC"
                                                                           and words[-1].lower_ not in studies)), None)
        if author is not None:
            return Resolution(author.name, author)
    owner = next((k for k, t in enumerate(words) if t.tag_ == "POS"), None)
    if owner is not None and owner >= 1 and words[-1].lower_ in hearsay | {"report"}:
        # "according to the company's annual report": the document of the organisation (or person) the possessive
        # names
        author = resolve(doc[words[0].i : words[owner - 1].i + 1], clusters, genders, data)
        if author.cluster is not None:
            return Resolution(author.name, author.cluster)
    member = _member_of(words, inside, data)
    if member is not None:
        return Resolution(member, None)
    # "Reuters", "the BBC", "The manufacturer, Skyward Aviation": the name is the speaker
    end = span.end
    if len(words) > 3 and words[-1].text == ")" and words[-3].text == "(":
        end = words[-3].i  # "the Philippine Institute of Volcanology and Seismology (Phivolcs)": the acronym goes
        words = words[:-3]
    before = _name_before_its_noun(words, inside, data)
    if before is not None:
        return Resolution(before.name, before)
    place = next((m for m, c in inside if c.type == "LOC" and m.end == end and len(words) == len(m) + 1), None)
    if place is not None and words[0].pos_ == "PROPN" and words[0].text[:1].isupper() and not words[0].ent_type_ \
            and words[0].lower_ not in ARTICLES and words[0].lower_ not in data.role_nouns \
            and words[0].dep_ == "compound" and words[0].head.i == place.root.i:
        # "Tennis Australia", "Cricket Australia", "Athletics Kenya": a capitalised word before a country's name
        # makes the name of a body, not the country
        return Resolution(_bare(span), None)
    # ("Kenya's Independent Electoral and Boundaries Commission": the name after a place's possessive)
    whole = [c for m, c in inside if m.end == end and (len(words) - len(m) <= 1 or doc[m.start - 1].text == ","
                                                       or doc[m.start - 1].tag_ == "POS" and m.start - 2 == span.start
                                                       and doc[span.start].ent_type_ == "GPE")]
    # ("the Tucson Democrat": a party's member the tagger named as a group of its own is someone not named)
    member = words[0].lower_ in ARTICLES and (_parties().get(words[-1].lower_) or ("", False))[1]
    whole = [c for c in whole if not (member and c.type == "MISC")]
    if whole:
        return Resolution(whole[0].name, whole[0])
    return Resolution(_bare(span), None, organisations[0] if organisations else None)


def _country_body_named_next(span: Span, words: list[Token], clusters: list[Cluster], data: LanguageData) \
        -> Cluster | None:
    """ "Singapore's central bank eased policy …. The Monetary Authority of Singapore (MAS) said …", "Kenya's police
    oversight authority said … The Independent Policing Oversight Authority": a lead's body described by its
    country and a word for an organisation (`org_anaphor`) is the one organisation first named in the two sentences
    after it with the country's name or two of the description's words in its name."""
    if len(words) < 3 or words[1].tag_ != "POS" or words[0].ent_type_ not in {"GPE", "LOC", "NORP"} \
            or words[-1].lower_ not in data.words.get("org_anaphor", frozenset()):
        return None
    doc = span.doc
    sents = list(doc.sents)
    here = sentence_index(sents, span.start)
    if here > 3 or any("\n" in t.text or "\n" in t.whitespace_ for t in doc[sents[min(here, 1)].start : span.start]) \
            and here > 1:
        return None  # (the lead only: a dateline and a headline may stand before it)
    end = sents[min(here + 2, len(sents) - 1)].end
    described = {t.lemma_.lower() for t in words[2:] if t.is_alpha}
    country = words[0].lower_
    named = {id(c): c for c in clusters if c.type == "ORG" and c.mentions
             and span.end <= min(m.start for m in c.mentions) < end
             and (country in (written := {w for m in c.mentions for t in m for w in (t.lemma_.lower(), t.lower_)})
                  or len(described & written) >= 2)}
    return next(iter(named.values())) if len(named) == 1 else None


def _ministry_named_in_full(words: list[Token], clusters: list[Cluster]) -> Cluster | None:
    """ "the health ministry", "the farm ministry", "the defense department": a ministry written by its topic in lower
    case is the one ministry or department the article names in full with that topic ("Ministry of Health",
    "Ministry of Agriculture, Forestry and Fisheries", "Department of Defense"); none or several: None."""
    k = 1 if words and words[0].lower_ in ARTICLES else 0
    if len(words) < k + 2 or words[-1].lower_ not in {"ministry", "department"} or not words[-1].text.islower():
        return None
    modifiers = words[k:-1]
    if not all(t.text.isalpha() and t.text.islower() and t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in modifiers):
        return None
    topics = _ministry_topics()
    wanted = [topics.get(t.lower_, frozenset()) | {t.lower_, t.lemma_.lower()} for t in modifiers]
    head = words[-1].lower_

    def names(m: Span) -> bool:
        capitalised = {t.lower_ for t in m if t.text[:1].isupper()}
        return head in capitalised and all(w & capitalised for w in wanted)

    found = {id(c): c for c in clusters if c.type in {"ORG", "MISC"} and any(names(m) for m in c.mentions)}
    return next(iter(found.values())) if len(found) == 1 else None


def _name_before_its_noun(words: list[Token], inside: list[tuple[Span, Cluster]], data: LanguageData) \
        -> Cluster | None:
    """ "the RAC motoring group", "the Halvard shipping group": an organisation's name before a lower-case noun for
    an organisation (with at most one noun before it) is that organisation."""
    k = 1 if words and words[0].lower_ in ARTICLES else 0
    nouns = data.words.get("name_before_noun", frozenset()) | data.words.get("company_noun", frozenset())
    if len(words) < k + 2 or words[-1].lower_ not in nouns or not words[-1].text.islower():
        return None
    name = next(((m, c) for m, c in inside if m.start == words[k].i and c.type == "ORG"), None)
    if name is None:
        return None
    rest = [t for t in words if t.i >= name[0].end]
    if not 1 <= len(rest) <= 2 or not all(t.text.islower() and t.pos_ in {"NOUN", "ADJ"} for t in rest):
        return None
    return name[1]


def _member_of(words: list[Token], inside: list[tuple[Span, Cluster]], data: LanguageData) -> str | None:
    """ "Aiko Murata of the Democratic Party for the People": a name of two or three capitalised words (no
    organisation's: "Bank of England") before "of" and a named organisation or place is a person's name."""
    of = next((k for k, t in enumerate(words) if t.lower_ == "of"), None)
    if of is None or not 2 <= of <= 3 or of + 1 >= len(words):
        return None
    name = words[:of]
    endings = data.words.get("org_name_ending", frozenset()) | {n.lower() for n in data.org_nouns}
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in endings
               and t.lower_ not in data.role_nouns for t in name):
        return None
    if any(m.start <= name[0].i < m.end and c.type != "PER" for m, c in inside):
        return None
    after = words[of + 1].i + (1 if words[of + 1].lower_ in ARTICLES else 0)
    if not any(m.start == after and c.type in {"ORG", "LOC"} for m, c in inside):
        return None
    return words[0].doc[name[0].i : name[-1].i + 1].text


def _body(head: Token, data: LanguageData) -> bool:
    """A noun for an organisation without a name of its own ("army", "ministry", "council")."""
    return any(head.lower_ in data.words.get(k, ()) for k in ("org_anaphor", "service_noun", "public_body_noun"))


def _institution_of_experts(words: list[Token], inside: list[tuple[Span, Cluster]], data: LanguageData) \
        -> Cluster | None:
    """ "a study by researchers at University College London", "Economists at the Institute for Fiscal Studies":
    researchers and economists at a named institution (and their study) speak for it."""
    k = 1 if words and words[0].lower_ in ARTICLES else 0
    if k + 1 < len(words) and words[k].lower_ in data.words.get("hearsay_noun", frozenset()) \
            | data.words.get("study_noun", frozenset()) and words[k + 1].lower_ == "by":
        k += 2
    named = _named_before_experts(words, data.words.get("expert_noun", frozenset()))
    if named is not None:  # "Jefferies analysts said"
        return next((c for m, c in inside if m.start == named[0].i and c.type in {"ORG", "LOC"}), None)
    if k + 2 >= len(words) or words[k].lower_ not in data.words.get("expert_noun", ()) \
            or words[k + 1].lower_ not in {"at", "from"}:
        return None
    start = words[k + 2].i
    return next((c for m, c in inside if m.start in {start, start + 1} and c.type in {"ORG", "LOC"}), None)


def _named_among_others(span: Span) -> Span | None:
    """ "Groundwork Alliance and two other groups", "Harbourside Trust and others": the one the coordination names
    speaks (the others are not named)."""
    doc = span.doc
    words = [t for t in span if not t.is_space]
    at = next((k for k, t in enumerate(words) if t.lower_ == "and"), None)
    if at is None or at == 0 or any(t.lower_ == "and" for t in words[at + 1 :]):
        return None
    rest = words[at + 1 :]
    if not rest or rest[-1].lower_ not in {"others"} and not (rest[-1].tag_ == "NNS" and any(
            t.lower_ == "other" for t in rest)) or any(t.pos_ == "PROPN" for t in rest):
        return None
    first = words[:at]
    if first[-1].text == ",":
        first = first[:-1]
    if not first or first[-1].pos_ != "PROPN" or not first[-1].text[:1].isupper():
        return None
    return doc[first[0].i : first[-1].i + 1]


def _located_modifiers(words: list[Token]) -> bool:
    """No words, or "Boston-based", "London-listed", "state-owned" (a hyphenated participle) before the noun of "the
    Boston-based company": a description that names no other organisation."""
    if not words:
        return True
    return len(words) == 3 and words[1].text == "-" and not words[0].whitespace_ and not words[1].whitespace_ \
        and words[2].lower_.endswith("ed")


def _name_after_descriptor(words: list[Token], clusters: list[Cluster], data: LanguageData) -> Resolution | None:
    """ "Norwegian container shipper Nordhavn Shipping", "French sports daily L'Equipe", "army spokesman Guillaume
    Ndjoli": a common-noun descriptor written before a proper name without a comma (wire style) describes the named
    one, who is the speaker, whether or not the tagger found the name; a short form in brackets after the name
    ("South Africa's opposition Economic Freedom Fighters (EFF)") is the name again."""
    if len(words) > 4 and words[-1].text == ")" and words[-3].text == "(" and _acronym(words[-2]):
        words = words[:-3]
    end = len(words)
    start = end
    while start > 0 and (words[start - 1].pos_ == "PROPN" and words[start - 1].text[:1].isupper()
                         # "the riders' union CPA": an acronym the tagger reads as a common noun
                         or start == end and _acronym(words[start - 1])
                         and words[start - 1].lower_ not in {r.lower() for r in data.role_nouns}
                         or words[start - 1].text in {"&", "'s", "-"} and start < end
                         # "the state Department of Natural Resources": "of", "for", "and" inside a name
                         or words[start - 1].text in {"of", "for", "and"} and start < end and start >= 2
                         and words[start - 2].pos_ == "PROPN" and words[start - 2].text[:1].isupper()):
        start -= 1
    while start < end and words[start].text in {"&", "'s", "-"}:
        start += 1
    # the descriptor's head: a common noun ("shipper", "newspaper"; the tagger reads "daily" as a proper noun)
    # ("the daily Rzeczpospolita": a medium's word the tagger reads as an adjective)
    if start == end or start == 0 or not words[start - 1].text.islower() \
            or words[start - 1].pos_ not in {"NOUN", "PROPN"} \
            and words[start - 1].lower_ not in data.words.get("outlet_noun", ()):
        return None
    descriptor = words[:start]
    # ("e-bike maker": a hyphen inside a word is no punctuation of the phrase)
    # ("the pilots' union": a possessive inside the descriptor is no punctuation either)
    if any(t.pos_ in {"VERB", "AUX", "PRON", "ADP"} or t.is_punct and not _word_hyphen(t) and t.tag_ != "POS"
           for t in descriptor) or any(t.lower_ in ARTICLES for t in descriptor[1:]):
        return None
    doc = words[0].doc
    name = doc[words[start].i : words[-1].i + 1]
    while len(name) > 2 and (name[0].lower_ in data.role_nouns or name[0].lower_ in TITLES or name[0].text == "-"):
        name = name[1:]  # "Lieutenant-Colonel Guillaume Ndjoli": a rank is no part of the name
    # "the riders' union CPA", "Norwegian shipper Fjordline Cargo": a noun for an organisation describes an
    # organisation, whatever the tagger took the name for or whether it found it at all
    organisation = _organisation_noun(words[start - 1], data)
    for c in clusters:
        if any(m.start <= name.start and name.end <= m.end or name.start <= m.start and m.end <= name.end
               for m in c.mentions):
            if organisation and c.type in {"PER", "MISC"} and len(c.mentions) == 1:
                c.type = "ORG"
            elif (words[start - 1].lower_ in data.role_nouns or words[start - 1].lemma_.lower() in data.role_nouns) \
                    and c.type in {"ORG", "MISC"} and 2 <= len(name) <= 3 \
                    and c.mentions[0].start == name.start and c.mentions[0].end == name.end \
                    and all(m.text in {name.text, name[-1].text} for m in c.mentions) \
                    and name[-1].lower_ not in data.words.get("org_name_ending", ()):
                # "Irish Cancer Society chief executive Averil Power": a name after a person's role is a person's,
                # whatever the tagger said (also where it is taken up by its last word alone: "Power said")
                c.type = "PER"
            return Resolution(c.name, c)
    if organisation and all(t.text[:1].isupper() for t in name):
        c = Cluster(type="ORG", mentions=[name])
        clusters.append(c)
        clusters.sort(key=lambda c: c.mentions[0].start)
        return Resolution(c.name, c)
    return Resolution(name.text, None)


def _organisation_noun(t: Token, data: LanguageData) -> bool:
    """ "union", "shipper", "daily": a lower-case noun for an organisation (no person's role)."""
    return t.text.islower() and t.lower_ not in data.role_nouns and t.lower_ in {
        w for k in ("org_anaphor", "company_noun", "name_before_noun", "outlet_noun") for w in data.words.get(k, ())}


def _acronym(t: Token) -> bool:
    """ "CPA", "BALPA": a word of two to six capital letters."""
    return 2 <= len(t.text) <= 6 and t.text.isalpha() and t.text.isupper()


def _word_hyphen(t: Token) -> bool:
    """The hyphen of "e-bike", "state-owned": no space on either side."""
    return t.text == "-" and not t.whitespace_ and t.i > 0 and not t.nbor(-1).whitespace_


def _proper_name(words: list[Token], data: LanguageData) -> list[Token] | None:
    """The words of a proper name of two to four capitalised words (after an article or a title), or None."""
    while words and (words[0].lower_ in ARTICLES or words[0].lower_.rstrip(".") in data.words.get("person_title", ())
                     or words[0].text == "."):
        words = words[1:]
    if 2 <= len(words) <= 5 and words[0].text[:1].isupper() and words[-1].text[:1].isupper() and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() or t.lower_ in {"for", "of", "and", "&", "'s"} for t in words):
        return words
    return None


def _apposition(words: list[Token], clusters: list[Cluster], data: LanguageData) -> Resolution | None:
    """ "Prof Dominic Whitcombe, a cardiologist at King's College London", "The European Road Freight Council, a
    Brussels-based trade body": a proper name before an apposition with "a"/"an" is the speaker; "The shadow leader
    of the House, Imogen Castellane": a description by role before a comma and a name of two or three words is that
    person's."""
    commas = [k for k, t in enumerate(words) if t.text == ","]
    if not commas:
        return None
    doc = words[0].doc

    def cluster_of(name: list[Token]) -> Cluster | None:
        return next((c for c in clusters for m in c.mentions if m.start == name[0].i and m.end == name[-1].i + 1),
                    None)

    first = commas[0]
    if first + 1 < len(words) and words[first + 1].lower_ in {"a", "an"}:
        name = _proper_name(words[:first], data)
        if name is not None:
            c = cluster_of(name)
            return Resolution(c.name, c) if c is not None else Resolution(doc[name[0].i : name[-1].i + 1].text, None)
        return None
    last = commas[-1]
    name = words[last + 1 :]
    if words[-1].text == ",":
        name = words[commas[-2] + 1 : -1] if len(commas) > 1 else []
        last = commas[-2] if len(commas) > 1 else 0
    before = words[:last]
    # "Folasade Adeyemi-Bello": a hyphen joining two parts of a surname is no word of its own
    parts = [t for t in name if not _word_hyphen(t)]
    if not (2 <= len(parts) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in parts)) or not any(
            t.text.islower() and (t.lower_ in data.role_nouns or t.lemma_.lower() in data.role_nouns) for t in before):
        return None
    c = cluster_of(name)
    if c is None:
        return Resolution(doc[name[0].i : name[-1].i + 1].text, None)
    if c.type in {"ORG", "LOC"} and name[-1].lower_ not in data.words.get("org_name_ending", ()):
        c.type = "PER"  # "the shadow leader of the House, Imogen Castellane": a person, whatever the tagger said
    return Resolution(c.name, c) if c.type == "PER" else None


def _person_described(span: Span, words: list[Token], clusters: list[Cluster], data: LanguageData) -> Cluster | None:
    """ "the minister", "The 61-year-old senator", "the Tucson Democrat", "the Portuguese", "the 31-year-old
    defender": a definite description by role, age, party or nationality takes up the person named in its sentence
    or the one before, when that is the only person named there (a wrong person is worse than none)."""
    doc = span.doc
    # "The 58-year-old, a former trade unionist": the description before its apposition
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if comma is not None and comma >= 2:
        words = words[:comma]
    if len(words) < 2 or len([t for t in words if not t.is_punct]) > 6 or words[0].lower_ != "the" \
            or words[-1].tag_ == "POS":
        return None
    # "the Democrat from Oregon", "the 24-year-old from Leeds": a place after the description is no part of it
    since = next((k for k, t in enumerate(words) if t.lower_ == "from" and k >= 2), None)
    if since is not None and since + 1 < len(words) and all(t.pos_ == "PROPN" and t.text[:1].isupper()
                                                            for t in words[since + 1 :]):
        words = words[:since]
    head = words[-1]
    if any(c.type == "ORG" and any(len(m) > 1 and m.start == words[1].i and m.end == head.i + 1 for m in c.mentions)
           for c in clusters):
        return None  # "the Metropolitan Police": an organisation by its name of several words describes no person
    # "the Conservative", "The Republican": a party member's noun, whatever entity type the tagger gave it
    party = _parties().get(head.lower_) if head.text[:1].isupper() else None
    party = party[0] if party is not None and party[1] else None
    if head.tag_ == "NNS" and head.ent_type_ != "NORP":
        return None  # "the researchers, led by Dr Núria Castelló": a group, not the one person named
    # "the world number 11", "the No. 3": a rank is a description of a player
    ranked = len(words) >= 3 and head.like_num and words[-2].lower_ in {"number", "no."}
    described = (head.lower_ in data.role_nouns or head.lemma_.lower() in data.role_nouns or ranked or party
                 or head.ent_type_ == "NORP" or any(t.lower_ in {"year-old", "old"} for t in words)
                 or head.text[:1].isupper() and head.lower_ in data.words.get("nationality_noun", frozenset()))
    if not described or any(t.pos_ in {"VERB", "AUX", "PRON", "ADP"} or t.is_punct and t.text != "-" for t in words[1:]):
        return None
    if head.lower_ in data.words.get("org_anaphor", ()) or head.lower_ in data.words.get("outlet_noun", ()):
        return None
    sents = list(doc.sents)
    here = sentence_index(sents, span.start)
    back = here - 1  # the sentence before, reading over sentences that are all quote ("“We deserved it,” the …")
    while back > 0 and all(t._.in_quote or t.is_punct or t.is_space for t in sents[back]):
        back -= 1
    back = max(0, back)
    near = _persons_between(clusters, sents[back].start, span.start, doc)
    # "Luka Ilievski blamed … a defeat by Sem van Houten. “…,” the world number 11 told reporters. The 24-year-old
    # North Macedonian said …": where no person is named so near, the description takes up the last sentence (up
    # to three back) that names one; where that names several, the one who is its subject
    while not near and back > 0 and here - back < 3:
        back -= 1
        near = _persons_between(clusters, sents[back].start, sents[back].end, doc)
    if len(near) > 1:
        subjects = {id(c): c for c in near.values() for m in c.mentions
                    if sents[back].start <= m.start < span.start and m.root.dep_ in {"nsubj", "nsubjpass"}
                    and m.root.head.dep_ == "ROOT"}
        # "NIMES, France (AFP) - Tour leader Emil Brandt accused …": where a dateline hides the subject, the one
        # person who spoke there
        speakers = {id(c): c for c in near.values() for m in c.mentions for f in doc._.statements or []
                    if f.speaker is not None and sents[back].start <= f.speaker.start < span.start
                    and span_within(m, f.speaker)}
        near = subjects if len(subjects) == 1 else speakers if len(speakers) == 1 else near
    if len(near) > 1 and party is not None:
        # "A Democratic senator from New Jersey denied … Prosecutors alleged that Torrance … from lobbyist X. The
        # Democrat said …": of several named, the one person named with that party
        partisans = {k: c for k, c in near.items() if _named_with_party(c, party)}
        near = partisans if len(partisans) == 1 else near
    if len(near) != 1:
        return None
    lo = sents[back].start
    # a name the tagger missed ("Mayor Ines Duval met Governor Paul Brandt"): two capitalised proper nouns in a row
    # outside every entity may be another person
    known = {t.i for c in clusters for m in c.mentions for t in m}
    # ("at a New Year's Eve concert": a time's capitalised words are no name)
    known |= {t.i for x in doc._.times or [] for t in doc[lo:span.start] if x.start <= t.idx < x.end}
    named = {m.start for c in clusters if c.type == "PER" for m in c.mentions}
    run: list[Token] = []
    for t in [*doc[lo : span.start], None]:
        # ("a backbench Conservative MP": a party's word and a role are no name)
        if t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in known and not t._.in_quote \
                and t.lower_ not in data.role_nouns and t.lower_ not in _parties():
            run.append(t)
            continue
        # ("Attorney General Maria Sandoval", "U.S. District Judge Dana Whitfield": a title right before a person's
        # name is no other name)
        if len(run) >= 2 and run[-1].i + 1 not in named:
            return None
        run = []
    person = next(iter(near.values()))
    if _holds_another_role(person, words):
        # "Coach Tom Baker said … The 34-year-old striker said": someone else; "Health Secretary Fiona Strachan said …
        # Labour's health spokeswoman, Moira Dalgleish, accused her … The 44-year-old minister said": the one person
        # named before with a role of the description's kind
        return _only_holder_of_kind(span, words, clusters)
    if party is not None and _of_another_party(person, party, doc[lo : span.start]):
        return None  # "Republican Senator Dale Hutchins said … The Democrat said": someone else
    if head.lower_ in data.role_nouns or head.lemma_.lower() in data.role_nouns:
        # "Activist Tom Brown said: “The mayor took money.” … The mayor denied": a role a quote named apart from
        # the person is not who the description means
        named_apart = any(t.lemma_.lower() == head.lemma_.lower() and t.i not in known
                          for t in doc[: span.start] if t._.in_quote)
        if named_apart:
            return None
    return person


def _named_with_party(person: Cluster, party: str) -> bool:
    """A capitalised word of `party` in a mention of the person or next to one ("A Democratic senator",
    "Dale Hutchins, a Republican,")."""
    parties = _parties()
    # (and a description the person was resolved from as a speaker before: the lead's "A Democratic senator")
    spans = [*person.mentions, *(f.speaker for m in person.mentions[:1] for f in m.doc._.statements or []
                                 if f.speaker is not None and f.extra.get("resolution") is not None
                                 and f.extra["resolution"].cluster is person)]
    for m in spans:
        doc = m.doc
        sent = m[0].sent  # (within the mention's sentence: "… Gregory Halvorsen. The Democrat said" is not his)
        near = doc[max(sent.start, m.start - 3) : min(sent.end, m.end + 4)]
        if any(t.text[:1].isupper() and t.lower_ in parties and parties[t.lower_][0] == party for t in near):
            return True
    return False


def _holds_another_role(person: Cluster, words: list[Token]) -> bool:
    """Whether the description names a role ("the striker", "the chairman") of another kind than every role the person
    is named with ("Coach Tom Baker", "Lars Vinter, the chief executive"): then it means someone else. Kinds of role
    in `lang/en/role_kinds.tsv` (a captain is a player, a health secretary a minister); a role of no listed kind
    differs from none."""
    kinds = _role_kinds()

    def of(tokens) -> set[str]:
        return {kinds[w] for t in tokens for w in _role_words(t) if w in kinds}

    described = of(words)
    if not described:
        return False
    doc = words[0].doc
    held: set[str] = set()
    for m in person.mentions:
        after = doc[m.end : min(len(doc), m.end + 7)] if m.end < len(doc) and doc[m.end].text == "," else []
        held |= of([*doc[max(0, m.start - 3) : m.start], *after])
    return bool(held) and not held & described


def _only_holder_of_kind(span: Span, words: list[Token], clusters: list[Cluster]) -> Cluster | None:
    """The one person named before `span` with a role of the kind the description names ("Health Secretary Fiona
    Strachan" for "the 44-year-old minister"); none where no role kind is described or several hold one."""
    kinds = _role_kinds()
    described = {kinds[w] for t in words for w in _role_words(t) if w in kinds}
    if not described:
        return None
    holders = {id(c): c for c in clusters if c.type == "PER" and any(m.start < span.start for m in c.mentions)
               and not _holds_another_role(c, words) and _holds_role_of_kind(c, described)}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _holds_role_of_kind(person: Cluster, kinds_wanted: set[str]) -> bool:
    """Whether `person` is named with a role of one of `kinds_wanted` (right before a mention, or apposed after it)."""
    kinds = _role_kinds()
    for m in person.mentions:
        doc = m.doc
        after = doc[m.end : min(len(doc), m.end + 7)] if m.end < len(doc) and doc[m.end].text == "," else []
        if {kinds[w] for t in [*doc[max(0, m.start - 3) : m.start], *m[:-1], *after] for w in _role_words(t)
                if w in kinds} & kinds_wanted:
            return True
    return False


def _of_another_party(person: Cluster, party: str, before: Span) -> bool:
    """A capitalised word of a party other than `party` in the text just before the description (outside quotes) or
    next to a mention of the person ("Republican Senator Dale Hutchins", "Hutchins, a Republican,")."""
    doc = before.doc
    near = [t for t in before if not t._.in_quote]
    for m in person.mentions:
        near += list(doc[max(0, m.start - 3) : min(len(doc), m.end + 4)])
    parties = _parties()
    return any(t.text[:1].isupper() and t.lower_ in parties and parties[t.lower_][0] != party for t in near)


def _persons_between(clusters: list[Cluster], lo: int, hi: int, doc: Doc | None = None) -> dict[int, Cluster]:
    """The persons named from token lo to hi; with `doc`, also by a surname the tagger missed there ("Voss, ranked
    180th, came through qualifying" after "Sara Voss")."""
    out = {id(c): c for c in clusters if c.type == "PER" for m in c.mentions if lo <= m.start < hi}
    if doc is not None:
        surnames = {}
        for c in clusters:
            if c.type == "PER" and len(c.name.split()) > 1:
                surnames.setdefault(c.name.split()[-1], []).append(c)
        for t in doc[lo:hi]:
            owners = surnames.get(t.text, [])
            if len(owners) == 1 and t.pos_ in {"PROPN", "NOUN"} and t.text[:1].isupper() and not t._.in_quote:
                out.setdefault(id(owners[0]), owners[0])
    return out


def _owner_in_relative_clause(m: Span) -> bool:
    """ "Loopa, which is owned by Singapore-based Velora Group, rejected …": the agent of a relative clause about
    another name is said in passing, not what "the company" after it takes up."""
    root = m.root
    return root.dep_ == "pobj" and root.head.lower_ == "by" and any(a.dep_ == "relcl" for a in root.ancestors)


def _organisation_named_before(span: Span, clusters: list[Cluster], data: LanguageData) -> Cluster | None:
    """The organisation named last before `span`: not a place's ("in Paris"), nor the outlet of a report ("a Wall
    Street Journal report", "a report by the Wall Street Journal", "the Handelsblatt newspaper")."""
    outlets = _outlets(span.doc, clusters, data)

    def dateline(m: Span) -> bool:  # "SEATTLE (Reuters) -", "(Reuters) -"
        doc = m.doc
        return m.text.isupper() and m.end < len(doc) and doc[m.end].text == "(" or (
            m.start > 0 and doc[m.start - 1].text == "(" and m.end + 1 < len(doc) and doc[m.end].text == ")"
            and doc[m.end + 1].text in {"-", "—", "–"})

    # "the company" is no public body ("the Food and Drug Administration", "the ministry"): a firm is meant
    company = any(t.lower_ in data.words.get("company_noun", ()) for t in span)
    bodies = data.words.get("public_body_noun", frozenset())

    def public(c: Cluster) -> bool:
        return any(m[-1].lower_ in bodies or m[0].lower_ in bodies for m in c.mentions)

    # "Air India denied … the Indian Commercial Pilots' Association said … an airline spokesperson said": a body
    # whose name (or the word right after it: "the GMB union") says it is no firm is not what a firm's noun means
    other_kind = data.words.get("noncompany_name_word", frozenset())

    def no_firm(c: Cluster) -> bool:
        doc = span.doc

        def around(m: Span) -> list[Token]:
            # ("Shiv Sena (UBT)": a short form in brackets goes with the name before them)
            before = doc[max(0, m.start - 3) : m.start - 1] if m.start > 0 and doc[m.start - 1].text == "(" else []
            return [*before, *m, *doc[m.end : min(len(doc), m.end + 1)]]

        return public(c) or any(t.lower_ in other_kind for m in c.mentions for t in around(m))

    # "the ministry", "a government spokesman": a public body, never a firm or a club named before (one whose name
    # holds no word of a public body)
    official = not company and any(t.lower_ in bodies and t.lower_ in data.words.get("org_anaphor", ()) for t in span)
    # "A spokeswoman for the ministry" after "the Home Office … Kent County Council": a ministry is no body whose name
    # says it is another kind (a council, a court, the police)
    ministries = data.words.get("ministry_noun", frozenset())
    ministerial = official and any(t.lower_ in ministries for t in span)

    def other_body(c: Cluster) -> bool:
        named = [w for m in c.mentions for w in (m[0], m[-1]) if w.lower_ in bodies]
        return bool(named) and not any(w.lower_ in ministries for w in named)

    def keep(m: Span, c: Cluster) -> bool:
        return c.type == "ORG" and id(c) not in outlets and not dateline(m) and not (company and no_firm(c)) \
            and (not official or public(c)) and not (ministerial and other_body(c)) \
            and not (m.root.dep_ == "pobj" and m.root.head.lower_ in {"in", "at", "near", "from", "of"}) \
            and not _owner_in_relative_clause(m) and not _in_clause_of(m, span) and not _names_a_site(m)

    # "a council spokesman" after "Nottingham City Council" and "the Unite union": the organisation whose name holds
    # the noun, where one does
    nouns = {t.lower_ for t in span if t.lower_ in data.words.get("org_anaphor", ())}
    # ("Club rejects allegations …": a headline's first word is capitalised, no name)
    titled = _named_last_before(span, clusters, lambda m, c: keep(m, c) and any(
        w.lower_ in nouns and w.text[:1].isupper() and not (len(n) == 1 and w.is_sent_start)
        for n in c.mentions for w in n))
    # ("land was allotted to a company linked to his son … A spokesperson for the company said": the same, as object;
    # not "Rio Tinto is a company that …", "Acme, a company based in Perth,", which name it)
    if titled is None and any(t.lower_ in nouns and t.i < span.start and t.dep_ in {"nsubj", "nsubjpass", "pobj",
                                                                                     "dobj"}
                              and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in t.children)
                              and not any(d.dep_ == "compound" and d.pos_ == "PROPN" for d in t.children)
                              for t in span.doc[: span.start]):
        return None  # "A hospital trust in the Midlands has denied …": "the trust" is that body, named by no name
    return titled or _named_last_before(span, clusters, keep)


def _in_clause_of(mention: Span, span: Span) -> bool:
    """ "In a filing to the National Stock Exchange, the company said": a name in a phrase of the very clause whose
    subject `span` is, is no one `span` takes up (the company files to the exchange, it is not the exchange)."""
    if span.root.dep_ not in {"nsubj", "nsubjpass"} or not mention.start < span.start:
        return False
    verb, t, prepositional = span.root.head, mention.root, False
    # (up through a prepositional phrase of the verb; "and the National Stock Exchange": a coordinated name too)
    while t.head.i != t.i and (t.dep_ in {"pobj", "prep", "compound"} or t.dep_ == "conj" and t.pos_ == "PROPN"):
        prepositional = prepositional or t.dep_ == "pobj"
        t = t.head
        if t.i == verb.i:
            return prepositional
    return False


def _names_a_site(mention: Span) -> bool:
    """ "to close its Salem mill", "their Gujarat terminal": a name before a lower-case noun after a possessive names
    a site of whoever owns it, no organisation of its own."""
    head = mention.root.head
    return mention.root.dep_ == "compound" and head.text.islower() and head.i == mention.end \
        and any(d.dep_ == "poss" and d.tag_ == "PRP$" for d in head.children)


def _named_last_before(span: Span, clusters: list[Cluster], keep) -> Cluster | None:
    """The cluster with the last mention before `span` that `keep(mention, cluster)` accepts."""
    named = [(m.start, c) for c in clusters for m in c.mentions if m.start < span.start and keep(m, c)]
    return max(named, key=lambda mc: mc[0])[1] if named else None


def _outlets(doc: Doc, clusters: list[Cluster], data: LanguageData) -> set[int]:
    """Ids of the clusters that are media: named with a report ("a Wall Street Journal report", "a report by the
    Journal"), before a word for a medium ("the Handelsblatt newspaper"), or speaking with a reporting verb ("The
    Daily Mail reported")."""
    reports = data.words.get("press_report_noun", frozenset())
    outlet_nouns = data.words.get("outlet_noun", frozenset())
    reporting = data.words.get("report_verb", frozenset()) | {"report"}
    speakers = [f.speaker for f in doc._.statements or [] if f.speaker is not None and f.lemma in reporting]

    def outlet(m: Span) -> bool:
        head = m.root.head
        return (m.root.dep_ in {"compound", "poss"} and head.lower_ in reports
                # ("a report in the Sunday Times")
                or m.root.dep_ == "pobj" and head.lower_ in {"by", "in"} and head.head.lower_ in reports
                or m.end < len(m.doc) and m.doc[m.end].lower_ in outlet_nouns
                or any(span_within(m, s) for s in speakers))

    return {id(c) for c in clusters if any(outlet(m) for m in c.mentions)}


def _outlet_named_before(span: Span, clusters: list[Cluster], data: LanguageData) -> Cluster | None:
    """ "the newspaper" after "The Daily Mail reported": the medium named last before."""
    outlets = _outlets(span.doc, clusters, data)
    return _named_last_before(span, clusters, lambda m, c: id(c) in outlets)


def _without_title(name: str, data: LanguageData) -> str:
    """ "Superintendent Maria Lopez" is Maria Lopez: a role or title the NER left in the name goes."""
    words = name.split()
    while len(words) > 2 and (words[0].lower() in data.role_nouns or words[0].rstrip(".") in {"Mr", "Mrs", "Ms", "Dr"}
                              or words[0].rstrip(".").lower() in _title_abbreviations()):
        words = words[1:]
    return " ".join(words)


def _ends_phrase(mention: Span, span: Span) -> bool:
    doc = span.doc
    return mention.end == span.end or mention.end < len(doc) and doc[mention.end].text == ","


def _whose_role(mention: Span, span: Span, data: LanguageData) -> bool:
    """ "A former manager of Afrobeats singer Tobi Kareem", "a spokesman for Senator Ruth Hale", "the agent for
    striker Kofi Mensah", "an adviser to magnate Rui Costa": a person named after "of"/"for"/"to" (and a descriptor) is the one whose manager, spokesman or
    agent speaks, not the speaker ("Secretary of State Marco Rubio", "Governor of the Bank of England Andrew
    Bailey": after a name's capitalised words the person is the one named with the office)."""
    doc = span.doc
    prep = next((t for t in reversed(doc[span.start : mention.start]) if t.lower_ in {"of", "for", "to", ","}), None)
    if prep is None or prep.text == "," or prep.i == span.start:
        return False
    holder = doc[prep.i - 1]
    # "Office of Civil Defense regional director X": an "of" inside a name; "a spokesperson for Mayor Teresa Vigil"
    # speaks for her (an unnamed spokesperson speaks for whom they speak for)
    if not (holder.text.islower() and holder.pos_ == "NOUN") \
            or holder.lower_ in data.words.get("spokesperson_noun", ()):
        return False
    between = [t for t in doc[prep.i + 1 : mention.start] if t.lower_ not in ARTICLES]
    # ("defender Min-jae Kim" with only "Kim" found: the parts of the name before the mention are no descriptor)
    while between and (between[-1].text == "-" or between[-1].i > 0 and doc[between[-1].i - 1].text == "-"
                       and not doc[between[-1].i - 1].whitespace_) and between[-1].i + 1 <= mention.start:
        between = between[:-1]
    if len(between) > 1 and len(between) < len(doc[prep.i + 1 : mention.start]) and between[-1].pos_ == "PROPN" \
            and between[-1].text[:1].isupper() and between[-2].text.islower():
        between = between[:-1]  # ("Min" of "Min-jae")
    if not between:
        return True
    before = between[-1]
    if holder.lower_ in data.words.get("member_noun", ()) and before.lower_ not in data.role_nouns:
        return False  # ("member of parliament Graeme Downie": a member of a body, named with that office)
    return before.text.islower() and before.pos_ == "NOUN" or before.lower_ in data.role_nouns \
        or before.lower_.rstrip(".") in data.words.get("person_title", ())


def _possessive(mention: Span) -> bool:
    """ "Trump's spokeswoman": the person whose role is named, not the speaker."""
    doc = mention.doc
    return mention.end < len(doc) and doc[mention.end].tag_ == "POS"


def _person_with_role(doc: Doc, span: Span, role, clusters: list[Cluster]) -> Cluster | None:
    """ "the chief executive" takes up the person named with that role before: "Jane Doe, the company's chief
    executive", "Chief Executive Jane Doe"."""
    if role.tag_ == "NNS" and role.lower_ != role.lemma_.lower():
        return None  # "the organisers": many, not the one "Student organiser Ana Jovanović"
    if span[0].lower_ in {"a", "an"} and len([t for t in span if not t.is_space]) == 2:
        named = _named_in_next_sentence(doc, span, role, clusters)
        if named is not None:
            return named
    if span[0].lower_ in {"a", "an"} and span.root.i == role.i:
        return _lead_named_next(doc, span, clusters, role)  # (a person described, not "a sheriff's report")
    if span[0].lower_ not in {"the"} and not any(t.tag_ == "POS" for t in span):
        return None  # "a spokeswoman for the ministry" is someone not named
    best = None
    # "the education secretary": a noun the role is compounded with must stand by the name as well (Dave Penman,
    # the union's general secretary, is not meant)
    topics = {c.lower_ for c in role.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < role.i
              and span.start <= c.i}
    for c in clusters:
        if c.type != "PER":
            continue
        for m in c.mentions:
            if m.start >= span.start:
                continue
            # "Mayor Tom Miller", "Jane Doe, the company's chief executive": the role stands next to the name
            before = doc[max(0, m.start - 3) : m.start]
            after = doc[m.end : min(len(doc), m.end + 7)] if m.end < len(doc) and doc[m.end].text == "," else []
            if topics and not topics <= {t.lower_ for t in [*before, *after]}:
                continue
            # ("Sgt. Brian Lopez" for "the sergeant": an abbreviated title stands for its role)
            if any(role.lower_ in (w := _role_words(t)) or role.lemma_.lower() in w for t in [*before, *after]):
                if best is None or m.start > best[0]:
                    best = (m.start, c)
    if best is not None:
        return best[1]
    # "South Africa's water minister on Thursday rejected …. The EFF had accused Water and Sanitation Minister Sipho
    # Mahlangu": a lead's description by a country's or body's role, named in the next sentence
    return _lead_named_next(doc, span, clusters, role) if span.root.i == role.i and span[0].lower_ != "the" else None


def _named_in_next_sentence(doc: Doc, span: Span, role, clusters: list[Cluster]) -> Cluster | None:
    """ "… after a judge rejected his claim. U.S. District Judge Margaret Oyelaran told him …": a lead's "a judge"
    is the one person the next sentence names with that role (the wire lead names later)."""
    sents = list(doc.sents)
    here = sentence_index(sents, span.start)
    if here + 1 >= len(sents) or any("\n" in t.text for t in doc[sents[here].start : span.start]):
        return None
    after = sents[here + 1]
    named = {id(c): c for c in clusters if c.type == "PER" for m in c.mentions if after.start <= m.start < after.end
             and any(t.lemma_.lower() == role.lemma_.lower() for t in doc[max(after.start, m.start - 3) : m.start])}
    return next(iter(named.values())) if len(named) == 1 else None


def _lead_named_next(doc: Doc, span: Span, clusters: list[Cluster], role: Token | None = None) -> Cluster | None:
    """ "A former manager of singer X has sued the star, claiming …" / "…, a federal prosecutor told jurors." and then
    "Chinedu Eze said …" / "“…,” Assistant U.S. Attorney Megan Farrow said": the wire lead describes who spoke, the
    next sentence names them: the one person first named there, as the speaker of a statement there."""
    sents = list(doc.sents)
    here = sentence_index(sents, span.start)
    first_break = next((t.i for t in doc if "\n" in t.text or "\n" in t.whitespace_), None)
    # (the first sentence after the headline with a verb: the dateline may stand apart)
    lead = next((k for k, s in enumerate(sents) if first_break is not None and s.start > first_break
                 and any(t.pos_ in {"VERB", "AUX"} for t in s)), None)
    if lead is None or here != lead or here + 1 >= len(sents):
        return None
    # ("Kenya's foreign ministry summoned the British envoy after a British minister said …": one described in a
    # clause below the lead's own, opened by a conjunction, is not whom the next sentence names)
    node = span.root
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
            return None
        node = node.head
    # (the next sentence with a word: a closing quote mark and a line break may stand as a sentence of their own)
    after = next((s for s in sents[here + 1 :] if any(t.is_alpha for t in s)), sents[here + 1])
    speakers = [f.speaker for f in doc._.statements or [] if f.speaker is not None
                and after.start <= f.speaker.start < after.end]
    new = {id(c): c for c in clusters if c.type == "PER" and c.mentions
           and after.start <= min(m.start for m in c.mentions) < after.end}
    speaking = [c for c in new.values() if any(span_within(m, s) for m in c.mentions for s in speakers)]
    if len(new) == 1 and not speaking and role is not None and _titled_with(next(iter(new.values())), role, after):
        # "A Texas state senator denied … The Houston Chronicle reported that Sen. Carla Benavides had …": the one
        # person the next sentence names with the lead's role as a title
        return next(iter(new.values()))
    if len(new) != 1 or len(speaking) != 1:
        return None
    phrase = next(s for s in speakers if any(span_within(m, s) for m in speaking[0].mentions))
    return speaking[0] if role is None or _may_hold_role(phrase, role, doc._.lang_data) else None


def _titled_with(person: Cluster, role: Token, within: Span) -> bool:
    """A mention of `person` in `within` stands right after a title for `role` ("Sen." or "Senator" for a senator),
    or holds it ("Senator Carla Benavides" as the tagger's name)."""
    doc = within.doc
    wanted = {role.lower_, role.lemma_.lower()}
    for m in person.mentions:
        if within.start <= m.start < within.end:
            titles = [*doc[max(within.start, m.start - 2) : m.start], *m[:-1]]
            if any(wanted & _role_words(t) for t in titles):
                return True
    return False


def _may_hold_role(phrase: Span, role: Token, data: LanguageData | None) -> bool:
    """Whether the person named in `phrase` may be the one a lead described by `role`: not when one of them stands
    on a side of a trial the other does not (`side_modifier`: "a federal prosecutor told jurors … Defense attorney X
    said"); a lead's "a whistleblower" may well be "Dr X, a consultant"."""
    if data is None:
        return True
    sides = data.words.get("side_modifier", frozenset())
    described = role.doc[max(role.i - 3, 0) : role.i]  # "a defense lawyer", "a federal prosecutor"
    return any(t.lower_ in sides for t in described) == any(t.lower_ in sides for t in phrase)


def _pronoun(span: Span, clusters: list[Cluster], genders: dict[int, str], data: LanguageData) -> Resolution:
    pronoun = span[0].lower_
    number = data.pronouns.get(pronoun) or data.pronouns.get(span[0].text)
    wanted = {"he": "m", "she": "f"}.get(pronoun)
    doc = span.doc
    if number == "pl" and pronoun == "they":
        group = _plural_subject_before(span, clusters)
        if group is not None:
            return Resolution(group, None)
    if pronoun == "it":
        subject = _subject_above(span, clusters)
        if subject is not None:
            return Resolution(subject.name, subject)
    if number == "pl" or pronoun == "it":
        types = {"ORG"} if pronoun == "it" else {"ORG", "LOC"}
        groups = [(m.start, c) for c in clusters if c.type in types for m in c.mentions if m.start < span.start]
        if groups:
            c = max(groups, key=lambda mc: mc[0])[1]
            return Resolution(c.name, c)
        return Resolution(span.text)
    candidates = []
    for c in clusters:
        if c.type != "PER":
            continue
        if wanted and genders.get(id(c)) not in (None, wanted):
            continue
        # the names the tagger found, and the speakers already resolved to the person ("Mensah-Bonsu, a former …")
        extra = [doc.char_span(e.start, e.end, alignment_mode="expand") for e in c.extra_mentions]
        starts = [m.start for m in [*c.mentions, *(x for x in extra if x is not None)] if m.start < span.start]
        if starts:
            # a known gender that agrees beats an unknown one nearby
            candidates.append((genders.get(id(c)) == wanted if wanted else False, max(starts), c))
    if not candidates:
        return Resolution(span.text)
    same_sentence = [x for x in candidates if doc[x[1]].sent == span.sent]
    pool = same_sentence or candidates
    best = max(pool, key=lambda x: (x[0], x[1]))
    nearest = max(pool, key=lambda x: x[1])
    if nearest is not best and best[0] and _just_spoke(doc[best[1]], span):
        # "Leader Diane Whitcombe called on Quintero to step aside. “…,” she said": the woman who just spoke, not
        # the man of unknown gender she spoke about
        return Resolution(best[2].name, best[2])
    if nearest is not best and wanted and _just_spoke(doc[nearest[1]], span):
        # "“…,” Avery said. She added that …": the person who spoke in the sentence before (whose gender nothing
        # else shows) is the pronoun's antecedent before anyone named further back
        return Resolution(nearest[2].name, nearest[2])
    speaking = [x for x in pool if wanted and _speaks_before(doc, x[2], span)]
    if nearest is best and len(speaking) == 1 and speaking[0] is not best and not _just_spoke(doc[best[1]], span) \
            and not _mentioned_as_speaker(doc, best[2], span) and genders.get(id(speaking[0][2])) in (None, wanted):
        # "Congress general secretary Jairam Ramesh defended Gandhi, saying … He said …": the one who spoke in the
        # sentence before, not the man named there only as the object
        return Resolution(speaking[0][2].name, speaking[0][2])
    if nearest is not best and len(speaking) == 1 and not _mentioned_as_speaker(doc, nearest[2], span) \
            and genders.get(id(speaking[0][2])) in (None, wanted):
        # "Castellanos also rejected the claim that Vasko had taken kickbacks. She said …": the one who spoke in the
        # sentence before, not a person named only in what was said
        return Resolution(speaking[0][2].name, speaking[0][2])
    if len(speaking) == 1 and speaking[0] is not nearest and not _mentioned_as_speaker(doc, nearest[2], span) \
            and genders.get(id(speaking[0][2])) in (None, wanted) and _only_in_what_was_said(doc, nearest[2], span):
        # "Owen Pritchard told the court that Fulbrook had taken £382,000 … One widow was charged £46,000, he
        # said": the man who spoke in the sentence before, not the one named only in what he said
        return Resolution(speaking[0][2].name, speaking[0][2])
    if nearest is not best and _in_sentence_or_one_before(doc[nearest[1]], span):
        # "Minister Priya Raman urged … , she said": a person of unknown gender just named may be meant as well as
        # a woman named further back; a wrong person is worse than none
        return Resolution(span.text)
    if wanted and not _in_sentence_or_one_before(doc[best[1]], span) and _person_described_near(span, clusters, data):
        # "The coast guard said the boat's captain, a 47-year-old Chinese national, had been arrested. According to
        # the coast guard, he has admitted …": a person described and not named just before may be meant, not
        # the man named further back
        return Resolution(span.text)
    return Resolution(best[2].name, best[2])


def _person_described_near(span: Span, clusters: list[Cluster], data: LanguageData) -> bool:
    """A person's role in the singular ("the boat's captain") or an age ("a 47-year-old") outside every named
    person, in the pronoun's sentence before it or the sentence before."""
    doc = span.doc
    named = {t.i for c in clusters if c.type == "PER" for m in c.mentions for t in m}
    return any(_in_sentence_or_one_before(t, span) and t.i < span.start and t.i not in named and t.text.islower()
               and (t.tag_ == "NN" and t.lower_ in data.role_nouns and t.lower_ not in data.words.get(
                   "spokesperson_noun", ()) or t.lower_ == "year-old" or t.lower_ == "old" and t.i > 0 and t.nbor(-1).text == "-")
               for t in doc[max(0, span.start - 80) : span.start])


def _subject_above(span: Span, clusters: list[Cluster]) -> Cluster | None:
    """ "China summoned the envoy to protest against what it called a “provocative” patrol": "it" in a clause below
    a verb whose subject, before it, is an organisation or a place named by its name is that subject, not an
    organisation named in between."""
    verb = span.root.head
    seen = 0
    while verb.head.i != verb.i and seen < 12:
        verb = verb.head
        seen += 1
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < span.start), None)
        if subject is None:
            continue
        owners = [c for c in clusters if c.type in {"ORG", "LOC"} for m in c.mentions
                  if m.start <= subject.i < m.end and m.end <= span.start]
        return owners[0] if len(owners) == 1 else None
    return None


def _only_in_what_was_said(doc: Doc, c: Cluster, span: Span) -> bool:
    """Every mention of `c` in the pronoun's sentence (before it) or the one before lies inside the content of a
    statement that someone else said there, and there is at least one."""
    near = [m for m in _all_mentions(doc, c) if m.start < span.start and _in_sentence_or_one_before(doc[m.start], span)]
    contents = [x for f in doc._.statements or [] if f.speaker is not None and f.speaker.start < span.start
                for x in f.content]
    speakers = [f.speaker for f in doc._.statements or [] if f.speaker is not None and f.speaker.start < span.start]

    def in_speakers_clause(m: Span) -> bool:  # "Sandeep Kaushik, who advised Harrell in 2021, said"
        return any(a.dep_ == "relcl" and sp.start <= a.head.i < sp.end and not sp.start <= m.start < sp.end
                   for a in m.root.ancestors for sp in speakers)

    return bool(near) and all(any(x.start <= m.start and m.end <= x.end for x in contents) or in_speakers_clause(m)
                              for m in near)


def _person_by_surname_after_for(words: list[Token], clusters: list[Cluster], data: LanguageData) -> Cluster | None:
    """ "A spokeswoman for Duval" after "Mayor Ines Duval": the capitalised name after "for" that ends a spokesperson's
    phrase (or its part before a comma) is the one person named before in full with that last name, whatever type
    the tagger gave the short form."""
    k = next((k for k, t in enumerate(words[:-1]) if t.lower_ == "for" and k >= 1
              and words[k - 1].lower_ in data.words.get("spokesperson_noun", frozenset())), None)
    if k is None:
        return None
    run = words[k + 1 :]
    comma = next((n for n, t in enumerate(run) if t.text == ","), len(run))
    run = run[:comma]
    if not 1 <= len(run) <= 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper()
                                         for t in run):
        return None
    key = [t.text for t in run]
    owners = {id(c): c for c in clusters if c.type == "PER" for m in c.mentions
              if len(m) > len(key) and [t.text for t in m][-len(key) :] == key}
    return next(iter(owners.values())) if len(owners) == 1 else None


def _person_described_after_for(words: list[Token], clusters: list[Cluster], data: LanguageData) -> Cluster | None:
    """ "a spokesperson for the player" after "England striker Theo Mackenzie … Mackenzie's lawyers said": the person
    a definite description after "for" takes up, as that description would speaking itself, when that person is
    named with a role of the description's kind (`role_kinds.tsv`: a striker is a player); "a spokeswoman for the
    mayor" speaks for no council member named before."""
    k = next((k for k, t in enumerate(words[:-2]) if t.lower_ == "for" and k >= 1
              and words[k - 1].lower_ in data.words.get("spokesperson_noun", frozenset())), None)
    kind = _role_kinds().get(words[-1].lemma_.lower())
    if k is None or words[k + 1].lower_ != "the" or words[-1].tag_ != "NN" or kind is None:
        return None
    described = words[0].doc[words[k + 1].i : words[-1].i + 1]
    person = _person_described(described, list(described), clusters, data)
    return person if person is not None and _holds_role_of_kind(person, {kind}) else None


def _holder_of_possessive(span: Span, words: list[Token], clusters: list[Cluster], genders: dict[int, str],
                          data: LanguageData) -> Cluster | None:
    """ "Senator Marjorie Ellington accused … Her office said", "Governor Dale Hutchins vetoed the bill. His spokesman
    said": a person's office or spokesperson speaks for the person; "his" or "her" is the one person who is the
    subject (or the speaker) in the sentence before or before the phrase in its own, of no other known gender. A
    person named only as an object ("opened an inquiry into X, her office said") is no holder."""
    if len(words) != 2 or words[0].lower_ not in {"his", "her"} or words[0].tag_ != "PRP$" \
            or not _speaks_for_its_holder(words[1], data) and not _unnamed_counsel(words[1], clusters, data):
        return None
    wanted = "m" if words[0].lower_ == "his" else "f"
    doc = span.doc
    sents = list(doc.sents)
    here = sentence_index(sents, span.start)
    lo = sents[max(0, here - 1)].start
    speakers = [f.speaker for f in doc._.statements or [] if f.speaker is not None and lo <= f.speaker.start < span.start]
    found = {id(c): c for c in clusters if c.type == "PER" for m in c.mentions
             if lo <= m.start < span.start and not m[0]._.in_quote
             and (m.root.dep_ in {"nsubj", "nsubjpass"} or any(span_within(m, sp) for sp in speakers))}
    if not found and words[1].lower_ in data.words.get("counsel_noun", frozenset()):
        # "A former minister charged with fraud will plead not guilty, her lawyers said … Deborah Kellaway, 51, was
        # charged last month" ("Denise Albright's lawyers had argued"): the client the lead describes is the one person
        # the next sentence names first, as its subject or the owner of the counsel
        after = sents[here + 1] if here + 1 < len(sents) else None
        found = {id(c): c for c in clusters if c.type == "PER" and after is not None for m in c.mentions
                 if after.start <= m.start < after.end and min(x.start for x in c.mentions) >= after.start
                 and (m.root.dep_ in {"nsubj", "nsubjpass"} or m.root.dep_ == "poss"
                      and m.root.head.lower_ in data.words.get("counsel_noun", frozenset()))}
    if len(found) != 1:
        return None
    person = next(iter(found.values()))
    return person if genders.get(id(person)) in (None, wanted) else None


def _unnamed_counsel(word: Token, clusters: list[Cluster], data: LanguageData) -> bool:
    """ "his lawyers", "her attorney" (`counsel_noun`) in an article that names no lawyer ("attorney Sarah Whitfield",
    "His attorney, Marcus Delgado"): counsel speak for their client; a lawyer named is a person of their own, whom
    "his lawyer" may mean."""
    counsel = data.words.get("counsel_noun", frozenset())
    if word.lower_ not in counsel:
        return False
    if word.tag_ == "NNS":
        return True  # "her lawyers": the team speaks for the client, even where one of them is named
    doc = word.doc
    for c in clusters:
        if c.type != "PER":
            continue
        for m in c.mentions:
            # ("attorney Sarah Whitfield", "His lawyer, Amanda Greer", "Amanda Greer, a lawyer for": the noun next
            # to the name, not "Her lawyers said Featherby …")
            before = [t for t in doc[max(0, m.start - 2) : m.start] if t.text != ","][-1:]
            after = doc[m.end : min(len(doc), m.end + 5)] if m.end < len(doc) and doc[m.end].text == "," else []
            if any(t.lower_ in counsel for t in [*before, *m, *after]):
                return False
    return True


def _speaks_for_its_holder(word: Token, data: LanguageData) -> bool:
    """A spokesperson or an office (`holder_office_noun`), which speaks for the person who has it."""
    return word.lower_ in data.words.get("spokesperson_noun", frozenset()) \
        or word.lower_ in data.words.get("holder_office_noun", frozenset())


def _holder_of_office(span: Span, earlier: list[tuple[Span, Resolution]], clusters: list[Cluster],
                      genders: dict[int, str], data: LanguageData) -> Cluster | None:
    """ "Governor Mike DeWine's office said": the person whose office it is ("Tanya Okoro's lawyers said": whose
    counsel they are); "The Republican told reporters … His office said": the person the speaker just before resolved to (in this sentence or the one before), of no other gender."""
    words = [t for t in span if not t.is_space]
    counsel = len(words) >= 3 and words[-1].lower_ in data.words.get("counsel_noun", frozenset())
    if len(words) < 2 or not _speaks_for_its_holder(words[-1], data) and not counsel:
        return None
    if words[-2].tag_ == "POS" or words[-2].text in {"'s", "’s"}:
        owner = span.doc[words[0].i : words[-2].i]
        return next((c for c in clusters if c.type == "PER" for m in c.mentions
                     if m.start >= owner.start and m.end == owner.end), None)
    if len(words) != 2 or words[0].lower_ not in {"his", "her"} or not earlier:
        return None
    said, res = earlier[-1]
    sents = list(span.doc.sents)
    if res.cluster is None or res.cluster.type != "PER" or sentence_index(sents, span.start) - sentence_index(
            sents, said.start) > 1:
        return None
    wanted = "m" if words[0].lower_ == "his" else "f"
    return res.cluster if genders.get(id(res.cluster)) in (None, wanted) else None


def _plural_subject_before(span: Span, clusters: list[Cluster]) -> str | None:
    """ "The researchers, led by Dr X, followed 9,000 children in Spain and the Netherlands. They found …": "they"
    takes up the plural common noun that is the subject of the sentence before (no place named after it)."""
    doc = span.doc
    sents = list(doc.sents)
    here = sentence_index(sents, span.start)
    if span.start != sents[here].start and not all(t.is_punct or t.is_space for t in doc[sents[here].start : span.start]):
        return None
    if here == 0:
        return None
    root = sents[here - 1].root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    named = {t.i for c in clusters for m in c.mentions for t in m}
    if subject is None or subject.tag_ != "NNS" or subject.i in named:
        return None
    compounds = [c for c in subject.lefts if c.dep_ == "compound" and c.i not in named]
    return doc[compounds[0].i if compounds else subject.i : subject.i + 1].text


def _speaks_before(doc: Doc, c: Cluster, span: Span) -> bool:
    """A mention of `c` is the speaker of a statement in the pronoun's sentence before it, or the one before."""
    return any(_in_sentence_or_one_before(doc[m.start], span) and m.start < span.start
               and _mentioned_as_speaker(doc, c, span, m) for m in _all_mentions(doc, c))


def _all_mentions(doc: Doc, c: Cluster) -> list[Span]:
    """The names the tagger found, and the speakers already resolved to the entity."""
    extra = [doc.char_span(e.start, e.end, alignment_mode="expand") for e in c.extra_mentions]
    return [*c.mentions, *(x for x in extra if x is not None)]


def _mentioned_as_speaker(doc: Doc, c: Cluster, span: Span, mention: Span | None = None) -> bool:
    mentions = [mention] if mention is not None else [m for m in _all_mentions(doc, c) if m.start < span.start
                                                       and _in_sentence_or_one_before(doc[m.start], span)]
    return any(f.speaker is not None and f.speaker.start <= m.start < f.speaker.end and f.speaker.start < span.start
               for m in mentions for f in doc._.statements or [])


def _just_spoke(token: Token, span: Span) -> bool:
    """`token` is in the speaker of a statement in the pronoun's sentence or the one before, or the subject of that
    sentence."""
    if not _in_sentence_or_one_before(token, span):
        return False
    if token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and token.i < span.start:
        return True  # "Reinholt apologised to his customers. “…,” he said": the subject of the sentence before
    return any(f.speaker is not None and f.speaker.start <= token.i < f.speaker.end and f.speaker.start < span.start
               for f in span.doc._.statements or [])


def _in_sentence_or_one_before(token: Token, span: Span) -> bool:
    sents = list(span.doc.sents)
    here = sentence_index(sents, span.start)
    # ("X said … “The denial is predictable. We have the names,” he said": the sentence before, reading over
    # sentences that are all quote)
    back = here - 1
    while back > 0 and all(t._.in_quote or t.is_punct or t.is_space for t in sents[back]):
        back -= 1
    return any(s.start <= token.i < s.end for s in sents[max(0, back) : here + 1])


def _bare(span: Span) -> str:
    words = [t for t in span if not t.is_space]
    if len(words) > 1 and (words[0].lower_ in ARTICLES or words[0].lower_ in {"their", "its", "his", "her", "our"}
                           or words[0].lower_ == "one" and words[1].lower_ != "of"):
        words = words[1:]  # ("One London-based dealer": "one" as an indefinite article, not "one of the …")
    # "Residents of Mendhar, a town near the border": an apposition with "a"/"an" describes the last noun, not who
    # speaks
    apposition = next((k for k in range(1, len(words) - 1) if words[k].text == ","
                       and words[k + 1].lower_ in {"a", "an"}), None)
    if apposition is not None:
        words = words[:apposition]
    return span.doc[words[0].i : words[-1].i + 1].text if words else span.text
