"""Naming organisations right once a mention is resolved: organisations named in speaker phrases become entities,
bare national institutions get their country ("das Verteidigungsministerium" in a report from London), country
adjectives keep organisations apart."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from whosaid.components.attribution import Found
from whosaid.components.entities import (
    DISTRICT_NUMERALS,
    STRONG_ENDINGS,
    Cluster,
    add_nominatives,
    load_gazetteer,
    name_key,
    noun_gender,
)
from whosaid.components.phrases import QUOTE_MARKS, sentence_of, text_sentences
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
    _occurrences,
    _of_countries,
    _without_genitive,
)
from whosaid.components.speakers.organisations import (
    _generically_described,
    _org_kinds,
    _town_adjective_and_noun,
    public_institution_words,
)
from whosaid.lang import LanguageData


def add_speaking_organisations(doc: Doc, statements: list[Found], clusters: list[Cluster], data: LanguageData) -> None:
    """Organisations the model's NER missed but a speaker phrase names: "Die „Kronen Zeitung“ hatte berichtet",
    "Das Gesundheitsministerium hat … zurückgewiesen", "einem Bericht des „Spiegel“". Each becomes an entity with
    every occurrence of its name, so that later descriptions ("die Zeitung", "ein Ministeriumssprecher") find it."""
    for found in statements:
        if found.speaker is None:
            continue
        span = found.speaker
        _organisation_named_after_place(span, clusters, data)
        for phrase in (span, _after_source_noun(span, data)):
            if phrase is None or any(not _seat(m) for m, _ in _clusters_in(phrase, clusters)):
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
                if len(name) == 2 and _country_body(name[0], name[1], data):
                    # "Die litauische Polizei", "Die russische Botschaft in Berlin": the country's body (at that
                    # place), named so
                    adjective = name[0].text[:-1] if name[0].text.endswith("en") else name[0].text
                    cluster.qualified_name = _seat_after(name, phrase) or f"{adjective} {name[1].text}"
                # "Das „Handelsblatt“ hatte berichtet" after "ein Bericht des „Handelsblatts“": the same outlet; not
                # "das russische Verteidigungsministerium" after the British one
                known = None if any(t.tag_ == "ADJA" for m in mentions for t in m) else next(
                    (c for c in clusters if c.type == "ORG" and name_key(c.name) == name_key(cluster.name)), None)
                if known is None:
                    clusters.append(cluster)
                else:
                    known.mentions = sorted(known.mentions + mentions, key=lambda m: m.start)
    clusters.sort(key=lambda c: c.mentions[0].start)


def _organisation_named_after_place(phrase: Span, clusters: list[Cluster], data: LanguageData) -> None:
    """ "Die Fanhilfe Chemnitz hatte … vorgeworfen", "Die Tafel Leipzig warnte": a speaking phrase of a capitalised
    noun and a place the article names is an organisation named after its place (a place or facility does not speak);
    the place's mention there becomes the organisation's. Not a role ("der Bürgermeister Chemnitz'"), an institution
    named by its place anyway ("die Polizei Köln", which `qualify_institution` names) or a word for a kind of place
    ("die Stadt Chemnitz", "die Region Mopti")."""
    from whosaid.components.descriptions import role_of

    words = [t for t in phrase if not t.is_space]
    if len(words) != 3 or words[0].lower_ not in ARTICLES:
        return
    noun, place = words[1], words[2]
    owner = next((c for c in clusters if c.type == "LOC" for m in c.mentions if m.start == place.i and m.end == place.i + 1),
                 None)
    kinds = {w for key in ("local_institution", "state_institution", "land_institution", "national_institution",
                           "place_noun", "place_unit_noun") for w in data.words.get(key, ())}
    if owner is None or noun.tag_ != "NN" or not noun.text[:1].isupper() or "-" in noun.text or noun.text in kinds \
            or role_of(noun, data) is not None or noun.text in data.role_nouns \
            or any(m.start <= noun.i < m.end for c in clusters for m in c.mentions):
        return
    name = phrase.doc[noun.i : place.i + 1]
    owner.mentions = [m for m in owner.mentions if m.start != place.i]
    if not owner.mentions:
        clusters.remove(owner)
    taken = [m for c in clusters for m in c.mentions]
    mentions = [m for m in _occurrences(phrase.doc, name) if not any(m.start < t.end and t.start < m.end for t in taken)]
    clusters.append(Cluster(type="ORG", mentions=mentions))


def _seat_after(name: Span, phrase: Span) -> str | None:
    """ "russische Botschaft in Berlin" of "Die russische Botschaft in Berlin": the name with the place after "in" that
    ends the phrase, the adjective in its form after the definite article."""
    words = [t for t in phrase if not t.is_space]
    if len(words) < 2 or words[-2].lower_ != "in" or words[-1].ent_type_ != "LOC" or words[-2].i != name.end:
        return None
    adjective = name[0].text[:-1] if name[0].text.endswith("en") else name[0].text  # "der russischen Botschaft"
    return " ".join([adjective, *(t.text for t in name[1:]), "in", words[-1].text])


def _seat(mention: Span) -> bool:
    """ "Berlin" of "Das Auswärtige Amt in Berlin": a place after "in" says where an organisation sits."""
    return mention.start > 0 and mention.doc[mention.start - 1].lower_ == "in" and mention[0].ent_type_ == "LOC"


def _synonym_named_before(name: Span, clusters: list[Cluster], data: LanguageData) -> bool:
    """ "die Notenbank" after "die Europäische Zentralbank": a description of an organisation already named."""
    head = name[-1].text.lower()
    synonyms = data.rights("org_synonym", head)
    return bool(synonyms) and any(
        c.type == "ORG" and any(w.endswith(synonyms) for m in c.mentions if m.start < name.start for w in m.text.lower().split())
        for c in clusters)


def _described_before(name: Span, clusters: list[Cluster], data: LanguageData) -> bool:
    """ "der gleichen Nachrichtenagentur" after "die Nachrichtenagentur RIA Novosti": a word for a medium, or the
    noun an organisation was named with or whose name ends in it, describes that organisation."""
    head = name[-1]
    # "die Wirtschaftszeitung", "das Fachblatt": a compound word for a medium describes one ("die Bild-Zeitung" names it)
    if head.text in data.words.get("outlet_noun", ()) or "-" not in head.text and len(name) == 1 \
            and head.lower_.endswith(tuple(data.words.get("outlet_head", ()))):
        return True
    if len(name) == 1 and head.lower_.endswith(tuple(data.words.get("category_org_head", ()))):
        return True  # "die Menschenrechtsorganisation": a category of organisations, never a name
    for c in clusters:
        for m in c.mentions:
            if m.start >= name.start or c.type != "ORG":
                continue
            i = m.start - 1 - (m.start > 0 and m.doc[m.start - 1].text in QUOTE_MARKS)
            # "die Stadtwerke" after "die Stadtwerke Leinetal": the noun the name opens with, too
            if m.text.lower().endswith(head.text.lower()) or (i >= 0 and m.doc[i].text == head.text) \
                    or len(m) > 1 and m[0].text == head.text and len(name) == 1:
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
    kind_noun = k is not None and 0 < k <= 3 and words[k - 1].tag_ in {"NN", "NE", "ADJA"} \
        and all(t.tag_ == "ADJA" for t in words[: k - 1])
    if kind_noun:
        words = words[k:]  # also "die italienische „Gazzetta dello Sport“"
    if len(words) >= 3 and words[0].text in QUOTE_MARKS and words[-1].text in QUOTE_MARKS:
        inner = words[1:-1]
        # ("Die Gruppe „Erde zuerst“": after the noun for its kind a name may end in a small word, never in a verb)
        ends_named = inner[-1].text[:1].isupper() or kind_noun and inner[-1].tag_ in {"ADV", "ADJD", "PTKVZ"}
        if len(inner) <= 5 and inner[0].text[:1].isupper() and ends_named \
                and not any(t.text in QUOTE_MARKS for t in inner):
            return doc[inner[0].i : inner[-1].i + 1]
        return None
    at = next((n for n, t in enumerate(words) if t.lower_ == "in" and n > 0), None)
    if at is not None and at + 2 == len(words) and words[-1].ent_type_ == "LOC":
        words = words[:at]  # "Das Auswärtige Amt in Berlin": the seat is no part of the name
    if 1 <= len(words) <= 3 and words[-1].tag_ in {"NN", "NE"} and all(t.tag_ == "ADJA" for t in words[:-1]) \
            and (_specific_organisation_noun(words[-1].text, data)
                 # "das Auswärtige Amt", "das Rote Kreuz": a capitalised adjective makes the bare noun a name
                 or len(words) > 1 and words[0].text[:1].isupper() and words[-1].text in data.org_nouns
                 # "die russische Botschaft", "die litauische Polizei": a country's adjective makes it one
                 or len(words) == 2 and _country_body(words[0], words[-1], data)):
        return doc[words[0].i : words[-1].i + 1]
    return None


def _country_body(adjective: Token, noun: Token, data: LanguageData) -> bool:
    """ "die russische Botschaft", "die litauische Polizei", "die griechische Küstenwache": a body a country has one of
    (`country_body`) with a country's adjective (`capital` rows' stems)."""
    stems = {row.split("=")[2] for row in data.words.get("capital", ()) if row.count("=") == 2}
    return noun.text in data.words.get("country_body", ()) and bool(_country_adjectives([adjective]) & stems)


def _specific_organisation_noun(word: str, data: LanguageData) -> bool:
    """ "Gesundheitsministerium", "Ärztekammer", "Bundesregierung": an organisation noun with a part before it
    that says which one; the bare noun ("Ministerium") is only a description."""
    lower = word.lower()
    if lower.partition("-")[0] in {w.lower() for w in data.words.get("stock_index", ())}:
        return False  # "der Dax-Konzern": which index lists it says not which company it is
    return any(lower.endswith(noun.lower()) and len(lower) >= len(noun) + 3 for noun in data.org_nouns
               if len(noun) >= 4)


def qualify_institution(span: Span, res: Resolution, ctx: Context) -> Resolution:
    """A bare institution qualified by its place: "eine Polizeisprecherin" in an article from Berlin is "Polizei
    Berlin" (also "Berliner Polizei", "Polizei"), "die Militärverwaltung der Stadt" after "In Kiew" is "Militärverwaltung
    Kiew", "das Verteidigungsministerium in Moskau" is "russisches Verteidigungsministerium". A local institution
    (`local_institution`) takes the place named with it, else the place last named in its sentence or the one before,
    else the dateline's; a national one (`national_institution`) only a country named with it. The qualified name
    goes on the entity with the bare word as an alias; an entity qualified otherwise before keeps its name."""
    data = ctx.data
    words = res.name.split()
    if len(words) == 2 and words[0] in {land.name + "s" for land in _lands(data)}:
        words = words[1:]  # "Nordrhein-Westfalens Gesundheitsministerium"
    adjectives = [t for t in span if t.tag_ == "ADJA" and t.text[:1].islower()]
    if len(words) == 2 and res.cluster is None and [t.text for t in adjectives] == words[:1]:
        words = words[1:]  # "Das rheinland-pfälzische Bildungsministerium" where the model named the ministry alone
    # "Die Thurgauer Staatsanwaltschaft", "die Brandenburger Landesregierung": the town's adjective names the place
    town = _place_of_town_adjective(words[0], span.doc, data) if len(words) == 2 else None
    if town is not None:
        written, words = " ".join(words), words[1:]
    if not words or (len(words) > 1 and words[1] not in {"in", "von", "der"}):
        return res
    institutions = public_institution_words(data)
    # "des syrischen Außenministeriums", which the model named in the genitive: the institution's word
    word = next((form for form in _without_genitive(words[0]) if form in institutions), words[0])
    full = next((right for left, right in data.pairs("acronym") if left == word and right in institutions), None)
    if full is not None and len(words) == 1:
        word = full  # "Laut LKA": the acronym the data gives for the institution ("LKA=Landeskriminalamt")
    regional = word in data.words.get("state_institution", ())
    local = regional or word in data.words.get("local_institution", ())
    of_land = word in data.words.get("land_institution", ())
    if not local and not of_land and word not in data.words.get("national_institution", ()):
        return res
    town_land = next((land for land in _lands(data) if town in {land.name, land.capital}), None) if town else None
    if town is not None and not local and town_land is None:
        return res  # "das Berliner Innenministerium": a city's adjective names no Land of the table
    if res.cluster is not None and (res.cluster.type != "ORG" or res.cluster.name not in {word, res.name}):
        return res
    doc = span.doc
    # the institution's word in the speaker phrase, else in its sentence ("Die Feuerwehr … nach eigenen Angaben")
    token = next((t for t in span if t.text.startswith(word)), None) \
        or next((t for t in sentence_of(doc, span.start) if t.text == word), None) \
        or _acronym_compound_of(word, span, data) \
        or next((t for t in span if t.tag_ == "NN" and word.lower() in {  # "Innenminister(in)" of "Innenministerium"
            t.lower_ + "ium", t.lower_.removesuffix("in") + "ium"}), None)
    if token is None and of_land and res.cluster is None and span[-1].tag_ == "NN":
        token = span[-1]  # "Nach Angaben ihres Hauses": the office of a Land's minister, named by another word
    if token is None and res.cluster is not None:
        # "ein Sprecher des Ministeriums" resolved to the "bayerische Kultusministerium" named before: that mention
        token = next((m[0] for m in sorted(res.cluster.mentions, key=lambda m: -m.start)
                      if m.start < span.start and len(m) == 1 and m[0].text.startswith(word)), None)
    if token is None and town is not None and res.cluster is not None:
        # "Sie" taking up "Die Thurgauer Staatsanwaltschaft": the institution's word in the entity's mention
        token = next((m[-1] for m in res.cluster.mentions if m[-1].text == word and len(m) == 2), None)
    if token is None:
        return res
    capitals = _capitals(data)
    place = _place_named_with(token, span, ctx)
    stem = next((stem for _, stem in capitals.values() for t in span if t.tag_ == "ADJA" and t.lower_.startswith(stem)),
                None)
    canton = None
    if local and town is not None:
        place = town
    elif local:
        attached = _own_area_after(token, span)
        if attached is not None:  # "das Gesundheitsamt der Provinz Dohuk": named by its own area, not the dateline's
            cluster = res.cluster or Cluster(type="ORG", mentions=[doc[token.i : token.i + 1]])
            if res.cluster is None:
                ctx.clusters.append(cluster)
            if cluster.qualified_name in {None, attached}:
                cluster.qualified_name = attached
                cluster.aliases.add(word)
                return Resolution(attached, cluster, cluster if res.spokesperson else res.organisation,
                                  res.spokesperson)
            return res
        district = _district_that_spoke(word, span, ctx)
        if district is not None:  # "Der Landkreis Nienburg verteidigte … sagte ein Sprecher der Kreisverwaltung"
            return Resolution(district.name, district, district if res.spokesperson else res.organisation,
                              res.spokesperson)
        unit = _unit_of_institution(word, span, ctx)
        if unit is not None:  # "laut Polizei" after "Wie die Landespolizeidirektion Tirol mitteilte"
            return Resolution(unit.name, unit, unit if res.spokesperson else res.organisation, res.spokesperson)
        if place is None and regional:
            place = _first_region(span, data)
        if place is None and regional:  # "Wiesbaden (dpa/lhe) – … des Landeskriminalamts": the dateline's state's
            place = next((land.name for land in [_state_of_dateline(doc, _lands(data))] if land is not None), None)
        canton = _canton_of_article(span.doc, data) if place is None and word in data.words.get(
            "cantonal_institution", ()) else None
        if canton is not None:  # "Die Staatsanwaltschaft" in a report that names the canton Wallis: the canton's
            place = canton
        if place is None and span.end_char <= _headline_end(doc):
            place = _place_named_in_text(word, doc)
        if place is None and stem is None and not regional:
            place = _place_named_before(span, ctx, {country for country, _ in capitals.values()})
    if local:
        if place is None:
            return res
        place = _judicial_district(_without_unit_word(place, data), ctx)
        named = [c for c in ctx.clusters if c.type == "ORG" and c.name.startswith(word) and place in c.name]
        if len(named) == 1:  # "die Staatsanwaltschaft" of an article that names the "Staatsanwaltschaft München I"
            return Resolution(named[0].name, named[0], named[0] if res.spokesperson else res.organisation,
                              res.spokesperson)
        name = f"{word} {place}"
        aliases = {word, f"{word} in {place}"}
        if f"{word} von {place}" in span.text:
            aliases.add(f"{word} von {place}")  # "der Regionalverwaltung von Tigray": the name as written
        if canton is not None:
            aliases.add(f"{word} des Kantons {canton}")
        land = next((land for land in _lands(data) if land.name == place), None)
        if place[-1] not in "aeiou" and not any(c in place for c in " -") and land is None:
            aliases.add(f"{place}er {word}")  # "Berliner Polizei", "Kiewer Militärverwaltung"
        gender = noun_gender(word, data)
        if land is not None and gender is not None:  # "Bayerisches Landeskriminalamt" of "Landeskriminalamt Bayern"
            aliases |= {f"{'-'.join(p.capitalize() for p in adjective.split('-'))}{ending} {word}"
                        for adjective in land.adjectives
                        for ending in {"e", STRONG_ENDINGS[gender]}}
    else:
        # "in Moskau", "in Russland": the country of the capital or the country named with it
        of_country = {country: st for country, st in capitals.values()}
        stem = stem or (capitals[place][1] if place in capitals else of_country.get(place)) \
            or _country_adjective_before(word, span)
        # "des Energieministeriums in Hannover": a ministry seated in a state's capital is that state's
        seat = next((land for land in _lands(data) if place == land.capital and word.endswith("ministerium")
                     and land.name not in data.words.get("land_without_ministries", ())), None) if stem is None else None
        # "bayerisch" written before the ministry is a state's adjective: the state's ministry
        state = town_land or seat or (_state_of(word, token, span, data) if of_land and (
            stem is None or any(stem in land.adjectives for land in _lands(data))) else None)
        if state is None and word not in data.words.get("national_institution", ()):
            return res
        if stem is None and state is None and token.i > 0 and _country_adjectives([doc[token.i - 1]]):
            return res  # "die äthiopische Regierung" in a report from Nairobi: a country the table lacks, not Kenya's
        stem = stem or (state.adjectives[0] if state else _country_of_dateline(span, capitals))
        gender = noun_gender(word, data)
        if stem is None or gender is None:
            return res
        name = f"{stem}{STRONG_ENDINGS[gender]} {word}"
        aliases = {word, f"{stem}e {word}", *(f"{word} in {c}" for c, (_, st) in capitals.items() if st == stem)}
        if stem == "deutsch" and word.endswith("ministerium"):
            aliases.add("Bundes" + word.lower())  # "Bundesinnenministerium"
        state = state or next((land for land in _lands(data) if stem in land.adjectives), None)
        if state is not None:  # "Gesundheitsministerium Nordrhein-Westfalen", "Steiermärkische Landesregierung"
            aliases |= {f"{word} {state.name}", f"{state.name}s {word}",
                        *(f"{adjective}{ending} {word}" for adjective in state.adjectives
                          for ending in {"e", STRONG_ENDINGS[gender]})}
        aliases |= {f"{row.split('=')[1]}-{word}" for row in data.words.get("country_prefix", ())
                    if row.split("=")[0] == stem}  # "US-Außenministerium"
    cluster = res.cluster or next((c for c in ctx.clusters if c.type == "ORG" and c.name in {word, name}), None)
    if cluster is None:
        cluster = Cluster(type="ORG", mentions=[doc[token.i : token.i + 1]])
        ctx.clusters.append(cluster)
    if cluster.qualified_name not in {None, name}:
        if local or not any(t.tag_ == "ADJA" for t in span) and not _countries_of_seat(span, data):
            return res  # "die Stadt" of two cities: the first keeps it
        # "Das russische Verteidigungsministerium" (or "Das Verteidigungsministerium in Moskau") after the British one
        # the bare word named: another ministry
        cluster = _split_off(cluster, token, name, ctx)
    if town is not None:
        aliases.add(written)  # "Thurgauer Staatsanwaltschaft" as written
    cluster.qualified_name = name
    cluster.aliases |= aliases - {name}
    return Resolution(name, cluster, cluster if res.spokesperson else res.organisation, res.spokesperson)


def _place_of_town_adjective(word: str, doc: Doc, data: LanguageData) -> str | None:
    """ "Thurgau" of "Thurgauer", "Bremen" of "Bremer", "München" of "Münchner", "Zürich" of "Zürcher", "Basel" of
    "Basler": the place a capitalised adjective in -er is made of, when the article names it as a place, or it is a
    state, canton, capital or a place of the gazetteer."""
    if len(word) < 5 or not word[:1].isupper() or not word.endswith("er") or "-" in word:
        return None
    stem = word[:-2]
    forms = [stem, stem + "en", stem[:-1] + "en", stem[:-1] + "el", stem[:-1] + "ich", stem + "n"]
    places = {e.text for e in doc.ents if e.label_ == "LOC"} | {_dateline_place(doc)} \
        | set(data.words.get("canton", ())) | set(data.words.get("region", ())) | set(_capitals(data)) \
        | {land.capital for land in _lands(data)}
    return next((f for f in forms if f in places or f in _gazetteer_places()), None)


def _gazetteer_places() -> frozenset[str]:
    """The German gazetteer's places (cached by `load_gazetteer`)."""
    return load_gazetteer("de").places


def _canton_of_article(doc: Doc, data: LanguageData) -> str | None:
    """The one Swiss canton (`canton`) an article names as a canton, by its name ("im Kanton Thurgau", "Kantonspolizei
    Aargau") or its adjective before a cantonal body ("das Walliser Kantonsgericht"): in Switzerland prosecution is
    the canton's, not the town's."""
    cantons = data.words.get("canton", frozenset())
    named = set()
    for t in doc[1:]:
        if t.text in cantons and doc[t.i - 1].text.startswith("Kanton"):
            named.add(t.text)  # "im Kanton Thurgau", "die Kantonspolizei Aargau"
        elif t.text.endswith("er") and t.text[:-2] in cantons and t.text[:1].isupper() \
                and t.i + 1 < len(doc) and doc[t.i + 1].lower_.startswith("kanton"):
            named.add(t.text[:-2])  # "das Walliser Kantonsgericht", "die Thurgauer Kantonspolizei"
    return next(iter(named)) if len(named) == 1 else None


def _acronym_compound_of(word: str, span: Span, data: LanguageData) -> Token | None:
    """ "LKA-Sprecher" for "Landeskriminalamt": the compound in the phrase opened by the acronym the data gives for
    the institution's word (`acronym`)."""
    acronyms = {left for left, right in data.pairs("acronym") if right == word}
    return next((t for t in span if t.text.split("-")[0] in acronyms and "-" in t.text), None)


def _state_of(word: str, token: Token, span: Span, data: LanguageData) -> Land | None:
    """The state of a Land's ministry or government (`land_institution`): the state written with it ("das
    niedersächsische Umweltministerium", "Nordrhein-Westfalens Gesundheitsministerium"), here or, the same for all,
    before; else the state the dateline names (`_state_of_dateline`). None where a country's adjective or another
    state's stands with it."""
    lands = _lands(data)
    if word.lower().endswith("ministerium"):
        # "Graz (APA) - … Ein Sprecher des Finanzministeriums": an Austrian state has no ministries; the federal one
        lands = [land for land in lands if land.name not in data.words.get("land_without_ministries", ())]
    doc = span.doc

    def written_with(t: Token) -> Land | None:
        before = doc[t.i - 1] if t.i > 0 else None
        if before is None:
            return None
        return next((land for land in lands if (before.tag_ == "ADJA" and before.lower_.startswith(land.adjectives))
                     or before.text == land.name + "s"), None)

    here = written_with(token)
    if here is not None:
        return here
    if token.i > 0 and doc[token.i - 1].tag_ == "ADJA" and _country_adjectives([doc[token.i - 1]]):
        return None
    earlier = {written_with(t) for t in doc[: span.end] if t.text.startswith(word) and t.i != token.i}
    earlier.discard(None)
    if earlier:
        return next(iter(earlier)) if len(earlier) == 1 else None
    return _state_of_dateline(doc, lands)


def _own_area_after(token: Token, span: Span) -> str | None:
    """ "Gesundheitsamt der Provinz Dohuk" of "das Gesundheitsamt der Provinz Dohuk": the institution's word with a
    genitive of capitalised words after it in the phrase, which names the area it serves; not "der Stadt"."""
    words = [t for t in span.doc[token.i + 1 : span.end] if not t.is_space]
    if len(words) < 2 or words[0].lower_ not in {"der", "des"} or words[1].text == "Stadt" \
            or not all(t.text[:1].isupper() and t.tag_ in {"NN", "NE"} for t in words[1:]):
        return None
    return span.doc[token.i : words[-1].i + 1].text


def _district_that_spoke(word: str, span: Span, ctx: Context) -> Cluster | None:
    """The district whose administration `word` is (`district_administration`: "Kreisverwaltung=kreis") when the last
    speaker, in the sentence of `span` or the one before, was that district by name ("Der Landkreis Nienburg
    verteidigte das Vorgehen. …, sagte ein Sprecher der Kreisverwaltung"): its office speaks for it."""
    units = dict(ctx.data.pairs("district_administration"))
    if word not in units or ctx.last is None:
        return None
    speaker, res = ctx.last
    sents = [s for s in text_sentences(span.doc) if s.start <= span.start]
    if res.cluster is None or not sents or speaker.start < sents[max(0, len(sents) - 2)].start:
        return None
    unit, _, place = res.cluster.name.partition(" ")
    return res.cluster if place and unit.lower().endswith(units[word]) \
        and unit in ctx.data.words.get("administrative_unit", ()) else None


def _without_unit_word(place: str, data: LanguageData) -> str:
    """ "Ravensburg" of "Landkreis Ravensburg": an institution is named by the place, not by its kind of district
    (`administrative_unit`)."""
    unit, _, name = place.partition(" ")
    return name if name and unit in data.words.get("administrative_unit", ()) else place


def _judicial_district(place: str, ctx: Context) -> str:
    """ "München I" for "München" where the article names an organisation of that numbered district ("das Landgericht
    München I"): a city with several districts names its prosecution and courts by the number too."""
    districts = {m.group(0) for c in ctx.clusters if c.type == "ORG"
                 for m in [re.search(rf"\b{re.escape(place)} (?:{'|'.join(DISTRICT_NUMERALS)})$", c.name)] if m is not None}
    return next(iter(districts)) if len(districts) == 1 else place


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
    """The state (`region`) an article names first, before `span`, else the one its sentence names after it: the Land
    whose "Landeskriminalamt" speaks in an article from one of its towns ("eine Serie in Rheinland-Pfalz und im
    Saarland … des Landeskriminalamts")."""
    regions = data.words.get("region", frozenset())
    # "Hessens Innenminister": a state named in the genitive too
    first = next((t.text if t.text in regions else t.text[:-1] for t in span.doc[: span.start]
                  if t.text in regions or t.text.endswith("s") and t.text[:-1] in regions), None)
    if first is not None:
        return first
    # "Nach Angaben des Landeskriminalamts ist die Zahl … in Nordrhein-Westfalen gestiegen": the one state its own
    # sentence names after it
    sent = sentence_of(span.doc, span.start)
    after = {t.text for t in span.doc[span.end : sent.end] if t.text in regions}
    return next(iter(after)) if len(after) == 1 else None


def _unit_of_institution(word: str, span: Span, ctx: Context) -> Cluster | None:
    """The one organisation named before `span` whose name holds the institution's word with a word for one of its
    units after it (`institution_unit`): "Landespolizeidirektion Tirol", "Polizeipräsidium Mittelfranken" for "die
    Polizei", also a regional body (`institution_region`: "Kantonspolizei Aargau"); never "Bundespolizei", a body of
    its own."""
    stems = tuple(word.lower() + unit for unit in ctx.data.words.get("institution_unit", ()))
    regional = tuple(region + word.lower() for region in ctx.data.words.get("institution_region", ()))
    named = [c for c in ctx.clusters if c.type == "ORG" and any(m.start < span.start for m in c.mentions)
             and any(stem in w or w.startswith(regional) for w in c.name.lower().split() for stem in stems)]
    # "der Landespolizeidirektion" after "die Landespolizeidirektion Oberösterreich": the same body, by its word alone
    named = [c for c in named if not any(o is not c and o.name.startswith(c.name + " ") for o in named)]
    return named[0] if len(named) == 1 else None


def _named_for_description(res: Resolution, span: Span, ctx: Context) -> Resolution:
    """ "des Ministeriums", "des Innenministeriums", "des Konzerns", which the model took for names of their own, in
    an article that named the organisation before ("Bundesinnenministerium", "der Logistikkonzern Korvan"): a word
    written only with a definite article that the name of one organisation named before ends in is that
    organisation."""
    cluster = res.cluster
    if cluster is None or cluster.type != "ORG" or " " in cluster.name and not _town_adjective_and_noun(cluster, ctx.data):
        return res
    mentions = [m for m in cluster.mentions if m.start_char > _headline_end(span.doc)]  # a headline has no articles
    if not mentions or not all(m.doc[m.start - 1].lower_ in DEFINITE_ARTICLES or m.doc[m.start - 1].tag_ == "APPRART"
                               for m in mentions):
        return res
    word = cluster.name.split()[-1].lower()  # "das Frankfurter Geldhaus": the town's adjective says where it sits
    generic = ctx.data.words.get("generic_org_word", frozenset())
    nouns = tuple(noun.lower() for noun in ctx.data.org_nouns | generic)
    # ("des Versorgers", "des Autobauers": the model's name may keep the genitive ending)
    word = next((form for form in _without_genitive(word) if form.endswith(nouns)), None)
    if word is None:
        return res
    first = min(m.start for m in mentions)
    # "Das russische Verteidigungsministerium" after the British one; "Das Verteidigungsministerium in Eriwan" after
    # the Azerbaijani one
    countries = _country_adjectives(list(span)) | _countries_of_seat(span, ctx.data)
    named = {id(c): c for c in ctx.clusters if c is not cluster and c.type == "ORG" and c.name.lower() != word
             and any(m.start < first for m in c.mentions) and _name_ends_in(c, word) and _of_countries(c, countries)}
    # "des Vereins", "die Gewerkschaft" named by no organisation: the one the article is about; so the compound of a
    # generic word a spokesperson speaks for ("eine Sprecherin des Chemiekonzerns"), of that kind ("Der
    # Pensionistenverband der SPÖ warnte" names a body of its own)
    kinds = _org_kinds(ctx.data)
    compound_kind = next((g for g in generic if word.endswith(g) and word != g and g in kinds), None) \
        if res.spokesperson else None
    if not named and (_nominative_word(word, ctx.data) in generic or compound_kind is not None):
        org = _generically_described(span, ctx, kind=compound_kind)
        if org is not None and org is not cluster:
            return Resolution(org.name, org, org if res.spokesperson else res.organisation, res.spokesperson)
    if not named:
        ministry = _ministry_of_minister(word, cluster, span, res, ctx)
        if ministry is not None:  # "Ein Sprecher des Ministeriums" after "Nordrhein-Westfalens Innenminister Lammers"
            return ministry
    if len(named) != 1:
        return res
    org = next(iter(named.values()))
    return Resolution(org.name, org, org if res.spokesperson else res.organisation, res.spokesperson)


def _countries_of_seat(span: Span, data: LanguageData) -> set[str]:
    """The adjective stem of the country a speaker phrase places its national institution (`national_institution`)
    in by "in" and a capital or a country (`capital` rows): {"armenisch"} of "Das Verteidigungsministerium in
    Eriwan". Not where a country adjective says whose it is ("die schwedische Botschaft in Wien")."""
    national = data.words.get("national_institution", frozenset())
    if _country_adjectives(list(span)) or not any(f in national for t in span for f in _without_genitive(t.text)):
        return set()
    stems = {}
    for capital, (country, stem) in _capitals(data).items():
        stems[capital] = stems[country] = stem
    return {stems[t.text] for t in span[1:] if t.text in stems and t.doc[t.i - 1].lower_ == "in"}


def _ministry_of_minister(word: str, cluster: Cluster, span: Span, res: Resolution, ctx: Context) -> Resolution | None:
    """The ministry of the one minister the article named before with the field in the role ("Nordrhein-Westfalens
    Innenminister Hendrik Lammers") for a bare "des Ministeriums" where no ministry was named (`role_office`:
    minister -> ministerium), qualified by the state or country written with the role; it takes the bare word's
    mentions."""
    offices = dict(ctx.data.pairs("role_office"))
    role = next((r for r, office in offices.items() if office == word), None)
    if role is None:
        return None
    doc = span.doc
    first = min(m.start for m in cluster.mentions)
    holders = {}
    for t in doc[:first]:
        lower = t.lower_.removesuffix("in") if t.lower_.endswith(role + "in") else t.lower_
        if t.tag_ == "NN" and lower.endswith(role) and len(lower) > len(role) + 2:
            holders.setdefault(lower, t)
    if len(holders) != 1:
        return None
    field, token = next(iter(holders.items()))
    ministry = (field[: -len(role)] + word).capitalize()
    qualified = qualify_institution(doc[max(0, token.i - 1) : token.i + 1], Resolution(ministry), ctx)
    org = qualified.cluster
    if org is None and field.startswith("bundes") and not any(m.start == token.i for m in cluster.mentions):
        # "Bundesgesundheitsministerin Nina Warken": a federal office, named in full by its role; the bare word's
        # entity becomes it
        cluster.aliases.add(cluster.name)
        cluster.qualified_name = ministry
        return Resolution(ministry, cluster, cluster if res.spokesperson else res.organisation, res.spokesperson)
    if org is None or org.qualified_name is None or any(m.start == token.i for m in cluster.mentions):
        return None
    org.mentions = sorted(cluster.mentions, key=lambda m: m.start)  # the minister's word is no mention of it
    if cluster in ctx.clusters:
        ctx.clusters.remove(cluster)
    return Resolution(org.name, org, org if res.spokesperson else res.organisation, res.spokesperson)


def _nominative_word(word: str, data: LanguageData) -> str:
    """ "verein" of "vereins": a generic organisation word without its genitive ending."""
    generic = data.words.get("generic_org_word", frozenset())
    return next((form for form in _without_genitive(word) if form in generic), word)


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


@dataclass(frozen=True)
class Land:
    """A German or Austrian state of the `land` rows: "Sachsen=sächsisch=Dresden=sn"."""

    name: str
    adjectives: tuple[str, ...]  # "steirisch|steiermärkisch": the first names the institution
    capital: str
    agency_code: str  # the dpa regional service's ("dpa/sn"); empty where it serves two states


def _lands(data: LanguageData) -> list[Land]:
    return [Land(name, tuple(adjectives.split("|")), capital, code) for name, adjectives, capital, code in
            (row.split("=") for row in data.words.get("land", ()))]


def _state_of_dateline(doc: Doc, lands: list[Land]) -> Land | None:
    """The state a regional report comes from, whose ministries it names bare ("das Kultusministerium" in "Chemnitz
    (dpa/sn)" is the sächsisches): the state of the dpa regional service in the dateline, else the state whose
    capital the dateline names and which the article names too."""
    datelines = doc._.datelines or []
    if not datelines:
        return None
    head, place = datelines[0].text, _dateline_place(doc)
    coded = next((land for land in lands if land.agency_code and f"/{land.agency_code})" in head), None)
    if coded is not None:
        return coded
    text = doc.text.lower()
    return next((land for land in lands if land.capital == place and (
        land.name.lower() in text or any(adjective in text for adjective in land.adjectives))), None)


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
        return _place_named_before(span, ctx, frozenset(), town=True)
    return None


def _place_named_in_text(word: str, doc: Doc) -> str | None:
    """ "Gemeinde bestreitet Fehler" over "Die Gemeinde Bregaglia hat bestritten" (from Chur): the one place the text
    after the headline names right after the institution's word, which the headline's bare word stands for."""
    end = _headline_end(doc)
    places = {doc[t.i + 1].text for t in doc[:-1] if t.idx > end and t.text == word and doc[t.i + 1].tag_ == "NE"
              and doc[t.i + 1].text[:1].isupper()}
    return next(iter(places)) if len(places) == 1 else None


def _place_named_before(span: Span, ctx: Context, countries: set[str] | frozenset[str], town: bool = False) -> str | None:
    """The place last named in the sentence of `span` or the one before, else the article's dateline place; a place no
    gazetteer knows is taken for a part of the dateline's town, unless the phrase asks for a town ("der Stadt")."""
    doc = span.doc
    sents = [s for s in text_sentences(doc) if s.start <= span.start]
    start = sents[-2].start if len(sents) >= 2 else 0
    # "in einer Halle": a place written with an article is a common noun the model took for a town; "im Bremer
    # Industriehafen", a town's adjective before a common noun, a site in a town, which names no institution
    places = [(m.start, c.name) for c in ctx.clusters if c.type == "LOC" and c.name not in countries
              for m in c.mentions if start <= m.start < span.start and not (m.start > 0 and doc[m.start - 1].tag_ == "ART")
              and not (len(m) >= 2 and m[0].tag_ == "ADJA" and m[-1].tag_ == "NN")]
    dateline = _dateline_place(doc)
    if places:
        place = max(places)[1]
        place = place.title() if place.isupper() else place
        city = place.split("-")[0]
        if city != place and city == dateline:
            return city  # "Berlin-Neukölln" in an article from Berlin
        towns = _gazetteer_places()
        if not town and dateline in towns and _without_unit_word(place, ctx.data) not in towns \
                and place not in ctx.data.words.get("region", ()) and place not in _capitals(ctx.data):
            return dateline  # "Razzia in Kreuzberg", "am Jungfernstieg" from Berlin, Hamburg: a part of the town
        return place
    return dateline or None
