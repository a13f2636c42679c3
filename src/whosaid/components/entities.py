"""Collects named-entity mentions (model NER plus organisation patterns) and merges them into article entities."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosaid.components.phrases import QUOTE_MARKS, is_punct
from whosaid.extensions import register_extensions
from whosaid.lang import LanguageData, load_language
from whosaid.record import Entity, TextSpan

# labels of other spaCy pipelines (OntoNotes, WikiNER) mapped to ours
LABEL_MAP = {
    "PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
    "MISC": "MISC", "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
}
NAME_PREFIXES = re.compile(r"^(al|el|as|ad|ar|an|at|az|ash|ad|bin|ibn)-", re.IGNORECASE)
LEGAL_FORMS = frozenset({"AG", "SE", "KG", "GMBH", "OHG", "PLC", "LLC", "INC", "SA", "NV", "BV"})
DISTRICT_NUMERALS = frozenset({"I", "II", "III"})  # "Landgericht München II": a numbered district of a place
# legal forms and district numerals name nothing
ACRONYM = re.compile(rf"^(?!(?:{'|'.join(sorted(LEGAL_FORMS | DISTRICT_NUMERALS))})$)[A-ZÄÖÜ]{{2,6}}$")
# in brackets after a name, an acronym may mix cases: "(GdP)", "(WKStA)", "(BfArM)": more capitals than small letters
MIXED_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7}$")


def bracketed_acronym(text: str) -> bool:
    """ "EZB", "GdP", "WKStA": an acronym written in brackets after the name it abbreviates; not a legal form."""
    if ACRONYM.match(text):
        return True
    upper = sum(ch.isupper() for ch in text)
    return bool(MIXED_ACRONYM.match(text)) and upper >= 2 and upper > len(text) - upper \
        and text.upper() not in LEGAL_FORMS


GENITIVE_S_AFTER = ("iums", "amts", "rats", "gerichts", "tags", "verbands", "Verbands", "betriebs")
TITLE_WORDS = frozenset({"General", "Dr.", "Prof.", "Herr", "Frau", "Präsident", "Präsidentin", "Minister", "Ministerin"})


@dataclass
class Cluster:
    type: str
    mentions: list[Span] = field(default_factory=list)
    extra_mentions: list[TextSpan] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    # mention text -> its nominative where the mention is inflected ("Weißen Hauses" -> "Weißes Haus")
    nominatives: dict[str, str] = field(default_factory=dict)
    acronym: str | None = None  # "EZB" of "Europäische Zentralbank (EZB)"
    qualified_name: str | None = None  # "Polizei Berlin" of a bare "Polizei" in an article from Berlin
    # canonical_name with what it was computed from: the stages read a name far more often than they change a cluster
    _name_cache: tuple[tuple, str] | None = field(default=None, repr=False, compare=False)

    @property
    def name(self) -> str:
        key = (self.type, self.qualified_name, self.acronym, tuple((m.start, m.end) for m in self.mentions),
               tuple(self.nominatives.items()))
        if self._name_cache is None or self._name_cache[0] != key:
            self._name_cache = (key, canonical_name(self))
        return self._name_cache[1]


@dataclass(frozen=True)
class Gazetteer:
    first_names: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    longest_place: int = 1
    first_name_genders: dict[str, str] = field(default_factory=dict)  # "Katharina" -> "f", "Richard" -> "m"


@lru_cache(maxsize=4)
def load_gazetteer(lang: str, path: str | None = None) -> Gazetteer:
    """The shipped name lists of `lang` (built by scripts/build_gazetteer_de.py); empty when none ships."""
    folder = Path(path) if path else Path(str(resources.files("whosaid.models").joinpath(f"gazetteer_{lang}")))
    if not folder.is_dir():
        return Gazetteer()

    def read(name: str) -> frozenset[str]:
        file = folder / name
        return frozenset(file.read_text(encoding="utf-8").split("\n")) - {""} if file.exists() else frozenset()

    places = read("places.txt")
    genders = dict(line.split("\t", 1) for line in read("first_name_genders.tsv") if "\t" in line)
    return Gazetteer(read("first_names.txt"), places, max((len(p.split()) for p in places), default=1), genders)


@Language.factory(
    "whosaid_entities",
    assigns=["doc._.entities", "doc.ents"],
    requires=["token.tag"],
    default_config={"lang": "de", "gazetteer": None},
)
def make_entities(nlp: Language, name: str, lang: str, gazetteer: str | None) -> EntityMerger:
    register_extensions()
    return EntityMerger(load_language(lang), load_gazetteer(lang, gazetteer))


class EntityMerger:
    """Repairs model NER, adds gazetteer and organisation-pattern mentions, and groups mentions into clusters."""

    def __init__(self, data: LanguageData, gazetteer: Gazetteer | None = None) -> None:
        self.data = data
        self.gazetteer = gazetteer or Gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._merge(doc)
        finally:
            doc.user_data.pop(TOKENS_KEY, None)  # the list holds the Doc: never keep it past this component

    def _merge(self, doc: Doc) -> Doc:
        spans = [s for s in doc.ents if LABEL_MAP.get(s.label_)]
        spans = _with_gazetteer_names(doc, spans, self.gazetteer)
        spans = _correct_model_spans(doc, spans, self.data, self.gazetteer.first_names)
        spans = _surnames_split_off(doc, spans, self.data, self.gazetteer)
        spans = _companies_named_after_places(doc, spans, self.data, self.gazetteer)
        spans = _places_typed_as_people(doc, spans, self.gazetteer)
        spans = _surnames_typed_as_places(doc, spans, self.gazetteer)
        spans = _places_after_place_nouns(doc, spans, self.data)
        spans = _people_apposed_to_roles(doc, spans, self.data, self.gazetteer)
        spans = _unmarked_people_apposed_to_roles(doc, spans, self.data, self.gazetteer)
        spans = _companies_by_last_word(doc, spans, self.data, self.gazetteer)
        spans = _landscapes_typed_as_organisations(doc, spans, self.data)
        spans = _merge_spans(spans, _place_genitives_before_nouns(doc, spans, self.data))
        groups = tuple(self.data.words.get("hearsay_group_ending", ()))
        spans = [s for s in spans if not (len(s) == 1 and s[0].tag_ == "NN" and s[0].lower_.endswith(groups))]
        currencies = self.data.words.get("currency", frozenset())
        spans = [s for s in spans if s.text not in currencies]  # "180.000 Euro": a unit, not a name
        spans = [s for s in (_before_colon(s) for s in spans) if s is not None]
        spans = [_after_inner_quote(s) for s in spans]
        spans = [s for s in spans if not _kind_before_quoted_title(s, self.data)]
        spans = [_organisation_by_head(s, self.data) for s in spans]
        doc.ents = spans
        spans = _merge_spans(spans, _known_organisations(doc, self.data))
        spans = _media_after_outlet_nouns(doc, spans, self.data)
        spans = _named_organisations(doc, spans, self.data)
        spans = _merge_spans(spans, _organisation_phrases(doc, self.data))
        spans = _merge_spans(spans, _names_with_legal_form(doc))
        spans = _merge_spans(spans, _organisations_of_roles(doc, self.data))
        spans = _merge_spans(spans, _institution_compounds(doc, spans, self.data))
        spans = _merge_spans(spans, _named_roads(doc, spans, self.data))
        spans = _merge_spans(spans, _quoted_outlets_reporting(doc, spans, self.data))
        spans = _merge_spans(spans, _quoted_sources_of_reports(doc, spans, self.data))
        spans = _merge_spans(spans, _acronym_organisation_compounds(doc, spans, self.data))
        spans = _merge_spans(spans, _parties_in_compounds(doc, spans, self.data))
        spans = _merge_spans(spans, _listed_organisation_names(doc, self.data))
        spans = _merge_spans(spans, _acronym_mentions(doc, spans))
        spans = _merge_spans(spans, _acronyms_after_names(doc, spans, self.data))
        spans = _merge_spans(spans, _acronyms_of_named_organisations(doc, spans, self.data))
        spans = _merge_spans(spans, _names_before_acronyms(doc, self.data))
        spans = _merge_spans(spans, _quoted_names_after_org_nouns(doc, spans, self.data))
        spans = _merge_spans(spans, _surname_mentions(doc, spans))
        spans = _merge_spans(spans, _organisations_of_named_fields(doc, spans, self.data))
        spans = _subsidiaries_after_parents(doc, spans)
        spans = _outside_times(doc, spans)
        spans = _names_closed_by_numbers(doc, spans)
        spans = _outside_dateline_agencies(doc, spans)
        spans = _dateline_places(doc, spans, self.gazetteer)
        spans = [s for s in (_before_line_break(s) for s in spans) if s is not None]
        spans = _through_slashed_direction(doc, spans, self.data.words.get("compass_direction", frozenset()))
        spans = _through_slashed_place(doc, spans, self.data)
        spans = _through_dangling_link(doc, spans, self.data)
        doc.ents = spans
        doc._.entities = cluster_mentions(spans, self.data.words.get("acronym_compound_head", frozenset()),
                                          self.data.words.get("body_of_organisation", frozenset()))
        _companies_typed_as_people(doc, doc._.entities, self.data, self.gazetteer)
        _vessels_typed_as_names(doc, doc._.entities, self.data)
        places = {c.name for c in doc._.entities if c.type == "LOC" and _written_as_place(c, self.gazetteer)} \
            | self.gazetteer.places | self.data.words.get("region", frozenset()) \
            | {row.split("=")[1] for row in self.data.words.get("capital", ()) if "=" in row}  # "Südkoreas"
        institutions = self.data.words.get("institution", frozenset())
        capitals = {row.split("=")[0] for row in self.data.words.get("capital", ())}
        for cluster in doc._.entities:
            if cluster.type in {"ORG", "LOC"}:
                add_nominatives(cluster, self.data)
            if cluster.type == "LOC":
                _place_genitives(cluster, places | capitals)
                _dateline_nominative(cluster)
            for m in cluster.mentions:  # "des Pentagons" is the Pentagon, "des «Weser-Kuriers»" the Weser-Kurier
                base = _genitive_of(m.text, institutions) or _quoted_genitive(m) or _listed_name_of(m.text, self.data)
                if cluster.type == "ORG" and base is not None:
                    cluster.nominatives[m.text] = base
            if cluster.type == "ORG":
                _party_of_compounds(cluster, self.data)
                _name_after_organisation_noun(cluster, self.data, places)
                _name_before_group_noun(cluster, self.data)
                _regional_party_branch(cluster, self.data, places)
        _branches_of_the_same_place(doc._.entities, self.data)
        _known_acronyms(doc._.entities, self.data)
        doc._.entities = _merge_across_types(doc._.entities)  # "des Deutschen Wetterdienstes" = "der Deutsche …"
        doc._.entities = _merge_short_names(doc._.entities, self.data, places)
        doc._.entities = _merge_level_short_forms(doc._.entities, self.data)
        doc._.entities.sort(key=lambda c: c.mentions[0].start)
        return doc


TOKENS_KEY = "whosaid.entities.tokens"


def _tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens as one list, built once per Doc: iterating or indexing a Doc builds a new Token object each
    time, and the passes of this component go over the Doc some twenty times."""
    tokens = doc.user_data.get(TOKENS_KEY)
    if tokens is None or len(tokens) != len(doc):
        tokens = doc.user_data[TOKENS_KEY] = list(doc)
    return tokens


# German and typewriter quotes around a name: „…“, "…", »…«, «…»
QUOTE_OPENERS = frozenset('„“"»«')
QUOTE_CLOSERS = frozenset('“”"«»')

# "Abu Mahdi al-Muhandis": a lower-case particle inside a name marks a person ("Al-Qaida" keeps its capital)
ARABIC_NAME_PARTICLE = re.compile(r"^(al|el|as|ad|ar|ash|bin|ibn|bint)(-[A-ZÄÖÜ]|$)")


def _organisation_by_head(span: Span, data: LanguageData) -> Span:
    """ "Landeskriminalamts Rheinland-Pfalz" typed as a place, "Amt für Jagd und Fischerei" cut at "und": a name that
    opens with an organisation noun is an organisation, and goes on over "und" + noun after its "für"."""
    doc = span.doc
    end = span.end
    if any(t.lower_ == "für" for t in span):
        while end + 1 < len(doc) and doc[end].lower_ == "und" and doc[end + 1].tag_ == "NN" \
                and doc[end + 1].text[:1].isupper():
            end += 2
    head_noun = span[0].tag_ == "NN" and _org_head(span[0].text, data)
    # a single common noun ending in one ("der Volksbefreiungsarmee") as well; "Westbank" is tagged NE
    label = "ORG" if head_noun and (len(span) > 1 or span.label_ == "LOC") else span.label_
    if head_noun and len(span) > 1 and end == span.end:
        end += _number_of_name(doc, end) or _field_of_name(doc, end, data)  # "Umweltschutzorganisation Global 2000"
    if LABEL_MAP.get(span.label_) == "PER" and "-" in span[-1].text and _org_head(span[-1].text.rsplit("-", 1)[-1], data):
        label = "ORG"  # "des Robert Koch-Instituts", "die Friedrich-Ebert-Stiftung": named after a person
    return span if (end, label) == (span.end, span.label_) else Span(doc, span.start, end, label=label)


def _correct_model_spans(doc: Doc, spans: list[Span], data: LanguageData,
                         first_names: frozenset[str] = frozenset()) -> list[Span]:
    """Repair common NER slips: a title inside an organisation ("… Iran General Qassem Soleimani"),
    a place glued to a name ("al-Khafaji Washington"), transliterated Arabic names typed as ORG."""
    elsewhere = {s.text for s in spans if LABEL_MAP.get(s.label_) in {"LOC", "ORG"}}
    known = _institutions_and_agencies(data)
    out: list[Span] = []
    for span in spans:
        label = LABEL_MAP[span.label_]
        span = _without_leading_adjectives(doc, span)
        if span is None:
            continue
        end = span.end
        while end > span.start + 1 and doc[end - 1].is_space:
            end -= 1  # "… bei Demonstration\n\n": a headline's last word with the line break, one word
        if end < span.end:
            span = Span(doc, span.start, end, label=span.label_)
        if len(span) == 1 and "-" in span[0].text and _role_compound(span[0], data) and any(
                s.start == span.end and LABEL_MAP.get(s.label_) == "PER" for s in spans):
            # "GDL-Chef | Thorsten Hülsmann", "SPD-Fraktionsvize | Tobias Brenninger": a title compound before a
            # person is no name of its own
            continue
        number = next((t.i for t in span[1:] if t.tag_ == "CARD" and t.text.islower()), None)
        if number is not None:  # "Landgericht Hamburg | drei Männer": a number word ends a name ("Hannover 96" stays)
            span = Span(doc, span.start, number, label=span.label_)
        if len(span) > 2 and span[0].text in data.role_nouns and all(t.tag_ == "NE" for t in span[1:]):
            # "Matchwinner Shkelqim Vladi" read as one organisation: a role noun, then a person's name
            out.append(Span(doc, span.start + 1, span.end, label="PER"))
            continue
        title = next((t.i for t in span[1:] if t.text in TITLE_WORDS or t.text in data.role_nouns), None)
        if label != "PER" and title == span.end - 1 and any(
                s.start == span.end and LABEL_MAP.get(s.label_) == "PER" for s in spans):
            # "Islamischen Republik Iran General | Qassem Soleimani": the title belongs to the person after it
            out.append(Span(doc, span.start, title, label=span.label_))
            continue
        if title is not None and title + 1 < span.end and doc[title + 1].text[:1].isupper():
            # "Iran General Qassem Soleimani": a place or organisation, a title, then a person
            before = Span(doc, span.start, title, label="LOC" if label == "PER" else span.label_)
            if label != "PER" or before.text in elsewhere:
                out.append(before)
            out.append(Span(doc, title + 1, span.end, label="PER"))
            continue
        if label in {"PER", "LOC"} and len(span) == 1 and span[0].tag_ == "NN" and span.text not in elsewhere:
            continue  # a common noun ("Ergebnissen", "Truppenabzugs") is not a name
        if label == "ORG" and len(span) == 1 and _index_compound(span.text, data):
            continue  # "der Dax-Konzern", "das MDax-Unternehmen": a company described by its index, no name
        if label == "ORG" and len(span) == 1 and span[0].tag_ == "NN" and span.text not in known \
                and not _org_head(span.text, data) and not _inside_quotes(doc, span):
            continue  # "das Rentenpaket", "am Tatort": a common noun that names no organisation
        if label != "ORG" and span.text in known:
            # "KIEW (Reuters) –": an agency or institution the model typed as a person or place
            out.append(Span(doc, span.start, span.end, label="ORG"))
            continue
        if label == "PER" and _inside_quotes(doc, span):
            # persons are rarely quoted by name; "„Al-Haschd Al-Schaabi“" after "Volksmobilisierungseinheiten" is not one
            out.append(Span(doc, span.start, span.end, label="ORG" if _after_org_noun(doc, span, data) else "MISC"))
            continue
        of = next((t.i for t in span[1:] if t.lower_ in {"von", "vom"} and t.i + 1 < span.end), None)
        noun = of + 2 if of is not None and doc[of + 1].tag_ == "ART" else of + 1 if of is not None else None
        if label == "PER" and noun is not None and noun < span.end and (
                doc[noun].text in data.org_nouns or doc[noun].tag_ == "NN" and doc[noun].lower_.endswith(org_noun_endings(data.org_nouns))):
            # "Remo Rosenau von der Bank Vontobel", "Marc Herrmann von der Privatbank Metzler": a person and the
            # organisation named after "von" ("Ursula von der Leyen" keeps her name: no organisation noun follows)
            out.append(Span(doc, span.start, of, label="PER"))
            out.append(Span(doc, noun, span.end, label="ORG"))
            continue
        if label == "PER" and len(span) > 1 and span[-1].text in elsewhere \
                and not all(t.text in first_names for t in span[:-1]):
            # "al-Khafaji Washington"; first names and a surname are a name ("Dmitri Peskow", "Jan Philipp
            # Auerbach", with the surname typed a place elsewhere)
            out.append(Span(doc, span.start, span.end - 1, label=span.label_))
            out.append(Span(doc, span.end - 1, span.end, label="LOC"))
            continue
        if label in {"ORG", "LOC"} and len(span) > 1 and any(ARABIC_NAME_PARTICLE.match(t.text) for t in span[1:]) and not any(
            t.text in data.org_nouns or t.text.rsplit("-", 1)[-1] in data.org_nouns for t in span
        ) and all(t.text[:1].isupper() or ARABIC_NAME_PARTICLE.match(t.text) for t in span):
            out.append(Span(doc, span.start, span.end, label="PER"))
            continue
        out.append(span)
    out = [_tidy_person(doc, s, data, taken={t.i for o in out for t in o}, first_names=first_names)
           if LABEL_MAP[s.label_] == "PER" else s
           for s in out]
    stripped = [_strip_space(doc, s) for s in out]
    return [s for s in stripped if len(s) > 0]


def _companies_named_after_places(doc: Doc, spans: list[Span], data: LanguageData, gazetteer: Gazetteer) -> list[Span]:
    """ "die Flughafen | Wien AG": a place and a legal form are a company's name with the capitalised noun before
    them."""
    places = gazetteer.places | data.words.get("region", frozenset()) \
        | {row.split("=")[0] for row in data.words.get("capital", ())}
    out = []
    for s in spans:
        if len(s) >= 2 and s.start > 0 and s[-1].text.upper() in LEGAL_FORMS and s[:-1].text in places \
                and doc[s.start - 1].tag_ == "NN" and doc[s.start - 1].text[:1].isupper() \
                and not any(o.start < s.start <= o.end - 1 for o in spans if o is not s):
            s = Span(doc, s.start - 1, s.end, label="ORG")
        out.append(s)
    return out


def _surnames_split_off(doc: Doc, spans: list[Span], data: LanguageData, gazetteer: Gazetteer) -> list[Span]:
    """ "Levent | Aydınoğlu": a person's name the model cut in two, the surname typed as a place or organisation, is
    one person: a name word right after a person's name, with nothing but a space between, that is no known
    place, institution or organisation noun, goes with the person; not after a role ("Eintracht-Trainer | Kempfer") or a surname ("laut al-Khafaji |
    Washington und Bagdad")."""
    known = _institutions_and_agencies(data)
    surnames = {s[-1].text for s in spans if LABEL_MAP.get(s.label_) == "PER" and len(s) > 1}
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if last is not None and LABEL_MAP.get(last.label_) == "PER" and LABEL_MAP.get(span.label_) != "PER" \
                and span.start == last.end and len(last) == 1 and last.text not in surnames and len(span) == 1 and span[0].tag_ in NAME_TAGS \
                and span[0].text[:1].isupper() and doc[last.end - 1].whitespace_ == " " \
                and doc[last.end - 1].text.rsplit("-", 1)[-1] not in data.role_nouns \
                and span.text not in gazetteer.places and span.text not in known and not _org_head(span.text, data):
            out[-1] = Span(doc, last.start, span.end, label=last.label_)
            continue
        out.append(span)
    return out


def _surnames_typed_as_places(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """ "Dmitri Peskow … Peskow wies zurück": a lone word typed as a place or organisation that is the surname of
    a person named in full is that person; a known place only where the article never writes it as one, after a
    preposition or in the dateline ("Jan Philipp Auerbach … Auerbach sagte", not "Anna Essen … in Essen")."""
    surnames = {s[-1].text for s in spans if LABEL_MAP.get(s.label_) == "PER" and len(s) > 1 and len(s[-1].text) > 2}
    candidates = {s.text for s in spans if len(s) == 1 and s.text in surnames and LABEL_MAP.get(s.label_) in {"LOC", "ORG"}}
    if not candidates:
        return spans
    datelines = doc._.datelines or []
    as_place = {s.text for s in spans if s.text in candidates and (
        s.start > 0 and doc[s.start - 1].tag_ in {"APPR", "APPRART"}
        and doc[s.start - 1].lower_ not in NON_LOCAL_PREPOSITIONS or any(d.start <= s.start < d.end for d in datelines))}
    return [Span(doc, s.start, s.end, label="PER") if len(s) == 1 and s.text in candidates
            and (s.text not in gazetteer.places or s.text not in as_place) else s for s in spans]


def _places_typed_as_people(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """ "China wies das zurück": a name the model typed as a person that is a known place and no first name."""
    return [Span(doc, s.start, s.end, label="LOC") if LABEL_MAP.get(s.label_) == "PER" and s.text in gazetteer.places
            and s.text not in gazetteer.first_names else s for s in spans]


def _places_after_place_nouns(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "in dem Dorf Niénaba", "in der Region Mopti", "am Übergang Kerem Schalom", "in der Stadt Nasir": the name right
    after a word for a kind of place (`place_noun`) is a place, whatever type the model gave it, and the word is no
    part of it ("Region Mopti" is Mopti); the model's span may run on past the name ("Erez für Hilfslieferungen").
    After a word for a town (`town_noun`: "der Gemeinde Hollwede", "die Stadt Siegen") the name is the town, whatever
    the model made of the two words; after one for a district that may be part of its name (`place_unit_noun`:
    "Bezirk Landeck") the name is a place too, but a span with the word stays as the model made it."""
    kinds = data.words.get("place_noun", frozenset())
    units = data.words.get("place_unit_noun", frozenset())
    towns = data.words.get("town_noun", frozenset())
    out = list(spans)
    for t in _tokens(doc)[:-1]:
        if t.tag_ != "NN" or t.text not in kinds and t.text not in units and t.text not in towns:
            continue
        start = end = t.i + 1
        while end < len(doc) and doc[end].tag_ in NAME_TAGS and doc[end].text[:1].isupper():
            end += 1
        if end == start:
            continue
        at_noun = next((s for s in out if s.start == t.i), None)
        at_name = next((s for s in out if s.start == start), None)
        if at_noun is not None and at_noun.end > start and (
                t.text in kinds and LABEL_MAP.get(at_noun.label_) in {"LOC", "PER", "MISC"}
                or t.text in towns and LABEL_MAP.get(at_noun.label_) != "PER"):
            out.remove(at_noun)  # "Region Mopti", "Nachbarland Mauretanien"
            out.append(Span(doc, start, min(at_noun.end, end), label="LOC"))
        elif at_name is not None and at_name.label_ != "LOC":
            out.remove(at_name)  # "Kerem Schalom" typed a person, "Erez für Hilfslieferungen" an organisation
            out.append(Span(doc, start, min(at_name.end, end), label="LOC"))
        elif not any(s.start < end and start < s.end for s in out):
            out.append(Span(doc, start, end, label="LOC"))
    return sorted(out, key=lambda s: s.start)


def _people_apposed_to_roles(doc: Doc, spans: list[Span], data: LanguageData, gazetteer: Gazetteer) -> list[Span]:
    """ "Der Verwaltungschef der Region, Tsegay Berhe Araya, rief …": a name of two words or more the model typed as a
    place or organisation, in apposition after a role noun ("Chef", "Sprecher" and their compounds) a few words
    before it, is that person; not a known place."""
    from whosaid.components.descriptions import role_of  # descriptions builds on this module

    def apposed_to_role(s: Span) -> bool:
        if s.start < 2 or doc[s.start - 1].text != ",":
            return False
        before = [t for t in _tokens(doc)[max(0, s.start - 6) : s.start - 1] if t.sent == s[0].sent]
        return any(t.tag_ == "ART" and role_of(doc[t.i + 1], data) is not None for t in before)

    return [Span(doc, s.start, s.end, label="PER") if LABEL_MAP.get(s.label_) in {"LOC", "ORG"} and len(s) >= 2
            and all(t.text[:1].isupper() and t.tag_ in {"NE", "NN"} for t in s) and s.text not in gazetteer.places
            and not any(_org_head(t.text, data) for t in s) and apposed_to_role(s) else s for s in spans]


def _unmarked_people_apposed_to_roles(doc: Doc, spans: list[Span], data: LanguageData,
                                      gazetteer: Gazetteer) -> list[Span]:
    """ "Eine Sprecherin, Nadschwa al-Warfalli, erklärte …": two to four name words the model marked as nothing,
    between commas (or a comma and the sentence's end) right after an article and a role noun, are that person's
    name; not a known place, nor a word ending in an organisation noun."""
    from whosaid.components.descriptions import role_of  # descriptions builds on this module

    taken = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    n = len(doc)
    for i in range(2, n - 2):
        if doc[i - 1].text != "," or doc[i].tag_ not in NAME_TAGS or not doc[i].text[:1].isupper():
            continue
        if i < 3 or doc[i - 3].tag_ != "ART" or role_of(doc[i - 2], data) is None:
            continue
        k = i + 1
        while k < n and k - i < 4 and (doc[k].tag_ in NAME_TAGS and doc[k].text[:1].isupper()
                                       or ARABIC_NAME_PARTICLE.match(doc[k].text)):
            k += 1
        if k - i < 2 or k >= n or doc[k].text not in {",", "."}:
            continue
        name = doc[i:k]
        if any(t in taken for t in range(i, k)) or name.text in gazetteer.places \
                or any(_org_head(t.text, data) for t in name) or doc[i].sent != doc[i - 2].sent:
            continue
        out.append(Span(doc, i, k, label="PER"))
        taken.update(range(i, k))
    for i in range(1, n - 2):
        # "Matchwinner Shkelqim Vladi äusserte sich": two or three name words the model marked as nothing right after
        # a capitalised role noun, before a verb or punctuation, are that person's name
        if doc[i].tag_ != "NE" or i in taken or not doc[i - 1].text[:1].isupper() or role_of(doc[i - 1], data) is None:
            continue
        k = i
        while k < n and k - i < 3 and doc[k].tag_ == "NE" and doc[k].text[:1].isupper() and k not in taken:
            k += 1
        if k - i < 2 or k >= n or doc[k].tag_ in NAME_TAGS or doc[i:k].text in gazetteer.places \
                or any(_org_head(t.text, data) for t in doc[i:k]) or not (is_punct(doc[k]) or doc[k].pos_ in {"VERB", "AUX"}):
            continue
        out.append(Span(doc, i, k, label="PER"))
        taken.update(range(i, k))
    return sorted(out, key=lambda s: s.start)


def _companies_by_last_word(doc: Doc, spans: list[Span], data: LanguageData, gazetteer: Gazetteer) -> list[Span]:
    """ "Crestline Partners", "Brenner Fahrzeugtechnik", "Schwarz Gruppe", "Planet Labs": a name of two words or more
    the model typed a person or a place is a company where its last word is a company's (`company_word`), its field
    (`company_field`: "-technik") or an organisation noun; not a person named with a first name. A company's word
    right after the name the model stopped at belongs to it."""
    words = data.words.get("company_word", frozenset())
    fields = tuple(data.words.get("company_field", ()))
    out = []
    for s in spans:
        if LABEL_MAP.get(s.label_) in {"PER", "LOC"} and s.end < len(doc) and doc[s.end].text in words \
                and not any(o.start == s.end for o in spans):
            s = Span(doc, s.start, s.end + 1, label=s.label_)  # "Harwood | Partners": the model stopped short
        last = s[-1].text
        if LABEL_MAP.get(s.label_) in {"PER", "LOC"} and len(s) >= 2 and s[0].text not in gazetteer.first_names \
                and s.text not in gazetteer.places and last[:1].isupper() and "-" not in last \
                and (last in words or last.lower().endswith(fields) or _org_head(last, data)):
            s = Span(doc, s.start, s.end, label="ORG")
        out.append(s)
    return out


def _landscapes_typed_as_organisations(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "im Waldviertel", "aus dem Westerwald", "in der Oberpfalz", "der Neusiedler See": a name the model typed an
    organisation whose last word ends in a word for a landscape (`landscape_ending`) is a place; not a quoted one
    ("die „Rheinpfalz“" is a newspaper) and not one headed by an organisation noun."""
    endings = tuple(data.words.get("landscape_ending", ()))
    return [Span(doc, s.start, s.end, label="LOC") if LABEL_MAP.get(s.label_) == "ORG" and endings
            and s[-1].text.lower().endswith(endings) and s[-1].text[:1].isupper() and not _inside_quotes(doc, s)
            and not any(_org_head(t.text, data) for t in s) else s for s in spans]


def _place_genitives_before_nouns(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "Niedersachsens Umweltministerin", "Mecklenburg-Vorpommerns Wirtschaftsminister", "Chinas Exportkontrollen": a
    known state, region or country in the genitive -s without an article, right before a noun (or its adjective), is
    that place."""
    # states, regions and countries, not towns: "Stuttgarts Torschütze" plays for the club
    places = data.words.get("region", frozenset()) | {row.split("=")[0] for row in data.words.get("land", ())} \
        | {row.split("=")[1] for row in data.words.get("capital", ()) if "=" in row}
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for t in _tokens(doc)[:-1]:
        if t.i in taken or not t.text[:1].isupper() or not t.text.endswith("s") or t.text[:-1] not in places:
            continue
        if t.i > 0 and doc[t.i - 1].tag_ in {"ART", "APPRART", "PDAT", "PPOSAT", "PIAT", "ADJA"}:
            continue  # "des Essens": a noun
        after = doc[t.i + 1]
        if after.tag_ == "ADJA" or after.tag_ == "NN" and after.text[:1].isupper():
            found.append(Span(doc, t.i, t.i + 1, label="LOC"))
    return found


def _institutions_and_agencies(data: LanguageData) -> frozenset[str]:
    """Names that are organisations wherever they stand: institutions ("Bundestag", "Kreml") and news agencies."""
    return data.words.get("institution", frozenset()) | data.words.get("news_agency", frozenset())


def _genitive_of(word: str, names: frozenset[str]) -> str | None:
    """The name of `names` that `word` is the genitive of ("Pentagons" -> "Pentagon", "Kremls" -> "Kreml"), or None."""
    if not word.endswith("s"):
        return None
    return next((word[:-n] for n in (1, 2) if word[:-n] in names), None)


def _quoted_genitive(mention: Span) -> str | None:
    """ "eines Berichts des «Weser-Kuriers»", "des „Spiegels“": a one-word name quoted after "des" ends in the
    genitive -s of a masculine or neuter title; not a name that ends in -s of its own ("des „Focus“", "„Express“")."""
    doc, text = mention.doc, mention.text
    if len(mention) != 1 or mention.start < 2 or doc[mention.start - 1].text not in QUOTE_OPENERS \
            or doc[mention.start - 2].lower_ != "des":
        return None
    if not text.endswith("s") or text.endswith(("ss", "us", "is", "os", "as", "ys")) or len(text) < 5:
        return None
    return text[:-1]


def _surname_mentions(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person named in full ("Tahsin al-Khafaji") is later named by surname alone ("laut al-Khafaji"): every
    untagged occurrence of the surname is a mention of that person."""
    surnames = {s[-1].text for s in spans if s.label_ == "PER" and len(s) > 1 and len(s[-1].text) > 2}
    if not surnames:
        return []
    # "De Wever", "Van Aert": a capitalised particle the full name writes before the surname is part of it
    particles = {(s[-2].text, s[-1].text) for s in spans if s.label_ == "PER" and len(s) > 1
                 and s[-2].lower_ in CAPITAL_PARTICLES and s[-2].text[:1].isupper()}
    taken = {t.i for s in spans for t in s}
    found = [Span(doc, t.i, t.i + 1, label="PER") for t in _tokens(doc)
             if t.text in surnames and t.i not in taken and (t.tag_ in {"NE", "FM"} or _bare_subject_noun(t))
             and not (t.i > 0 and doc[t.i - 1].tag_ in {"ART", "PDAT", "PPOSAT", "ADJA"})]  # "der Mann" is no Mann
    out = []
    for m in found:
        start = m.start
        if start > 0 and (doc[start - 1].text, m.text) in particles and start - 1 not in taken:
            start -= 1  # "Bart De Wever": the particle, and the first name before it
            if start > 0 and start - 1 not in taken and doc[start - 1].tag_ == "NE" and doc[start - 1].text[:1].isupper():
                start -= 1
        out.append(Span(doc, start, m.end, label="PER"))
    return out


# particles written capitalised inside Dutch, Belgian, French and Italian surnames ("Bart De Wever", "Wout Van Aert")
CAPITAL_PARTICLES = frozenset({"de", "van", "von", "di", "da", "del", "della", "le", "la", "du", "ten", "ter"})


def _bare_subject_noun(token: Token) -> bool:
    """ "Bachmeier gilt als Favoritin" with the surname tagged a common noun: without a determiner, right before or
    after a finite verb, it is the name."""
    doc = token.doc
    if token.tag_ != "NN" or token.i > 0 and doc[token.i - 1].tag_ in {"APPR", "APPRART", "CARD", "PIAT"}:
        return False
    return any(0 <= j < len(doc) and doc[j].tag_.endswith("FIN") for j in (token.i - 1, token.i + 1))


def _quoted_names_after_org_nouns(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "Volksmobilisierungseinheiten „Al-Haschd Al-Schaabi“", "der „Bild“-Zeitung": a quoted name right after an
    organisation noun or a report's genitive ("eines Berichts der „Zeit“"), or before an organisation noun joined
    to it by a hyphen."""
    taken = {t.i for s in spans for t in s}
    found = []
    for i, tok in enumerate(doc[:-2]):
        if tok.text not in QUOTE_OPENERS:
            continue
        end = next((j for j in range(i + 1, min(len(doc), i + 8)) if doc[j].text in QUOTE_CLOSERS), None)
        # "Einen Bericht der „Kronen Zeitung“" with the name typed a work: the quoted name as a whole is retyped
        typed = end is not None and any(s.start == i + 1 and s.end == end and LABEL_MAP.get(s.label_) in {"MISC", "LOC"}
                                        or _inside_quote_partly(s, i + 1, end) for s in spans)
        if end is None or end == i + 1 or any(j in taken for j in range(i + 1, end)) and not typed:
            continue
        # "der „Bild“-Zeitung": the organisation noun may follow as the second part of a compound
        after = doc[end + 1].text if end + 1 < len(doc) else ""
        compound = after.startswith("-") and (_outlet_noun(after[1:], data) or _org_head(after[1:], data))
        # "einen Bericht des „Spiegel“", "Recherchen der „Zeit“": whose report it is, named in quotes, is an outlet
        # … also with adjectives between ("eines Berichts der österreichischen „Kronen Zeitung“")
        k = i - 1
        while k > 0 and doc[k].tag_ == "ADJA":
            k -= 1
        reported = k >= 1 and doc[k].lower_ in {"des", "der"} and doc[k - 1].text in data.words.get("report_noun", ())
        # ("der Tageszeitung „Der Standard“": an outlet noun names the outlet the quote names)
        if not (compound or reported) and (i == 0 or not (_is_org_noun(doc[i - 1], data)
                                                      or _outlet_noun(doc[i - 1].text, data))):
            continue
        small = data.words.get("name_function_word", frozenset())
        inner = _tokens(doc)[i + 1 : end]
        if inner[0].text[:1].isupper() and inner[-1].text[:1].isupper() \
                and all(t.text[:1].isupper() or t.lower_ in small for t in inner):
            found.append(Span(doc, i + 1, end, label="ORG"))  # "einem Bericht der «NZZ am Sonntag»"
    return found


def _inside_quote_partly(span: Span, start: int, end: int) -> bool:
    """A model's name that opens a quoted name but stops inside it ("NZZ" of „NZZ am Sonntag“)."""
    return span.start == start and span.end < end


def _is_org_noun(tok: Token, data: LanguageData) -> bool:
    """ "Ministerium", "Initiative" (a generic word for an organisation, `generic_org_word`, as well)."""
    return tok.text in data.org_nouns or tok.text.rsplit("-", 1)[-1] in data.org_nouns or tok.lemma_ in data.org_nouns \
        or tok.tag_ == "NN" and tok.lower_ in data.words.get("generic_org_word", ())


def _through_slashed_direction(doc: Doc, spans: list[Span], directions: frozenset[str]) -> list[Span]:
    """ "Polizeipräsidium Schwaben Süd/West", "Polizeiinspektion Nord/Ost": an organisation's name that ends in a
    compass direction (`compass_direction`) runs on over a slash written without spaces to the next direction;
    a span the model made of that direction alone goes."""
    out, dropped = [], set()
    for s in spans:
        end = s.end
        if s.label_ == "ORG" and s[-1].text in directions and end + 1 < len(doc) and doc[end].text == "/" \
                and not s[-1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].text in directions:
            end += 2
            dropped.add(end - 1)
        out.append(Span(doc, s.start, end, label=s.label_) if end != s.end else s)
    return [s for s in out if not (len(s) == 1 and s.start in dropped)]


def _through_slashed_place(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "Universität Witten/Herdecke", "Fachhochschule Hof/Saale": an organisation's name of its noun and a place
    runs on over a slash written without spaces to the second place (a proper name); a span the model made of
    that place alone goes."""
    out, dropped = [], set()
    places = {s.start for s in spans if len(s) == 1 and s.label_ == "LOC"}
    for s in spans:
        end = s.end
        if s.label_ == "ORG" and len(s) >= 2 and _is_org_noun(s[0], data) and s[-1].tag_ == "NE" \
                and end + 1 < len(doc) and doc[end].text == "/" and not s[-1].whitespace_ \
                and not doc[end].whitespace_ and (doc[end + 1].tag_ == "NE" or end + 1 in places) \
                and doc[end + 1].text[:1].isupper():
            end += 2
            dropped.add(end - 1)
        out.append(Span(doc, s.start, end, label=s.label_) if end != s.end else s)
    return [s for s in out if not (len(s) == 1 and s.start in dropped)]


def _through_dangling_link(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "des Eidgenössischen Departements für Verteidigung" cut by the model after "für": an organisation's name never
    ends in a linking word; it runs on to the capitalised noun after it where no other span holds that, else the
    link goes."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for s in spans:
        if s.label_ != "ORG" or len(s) < 2 or s[-1].lower_ not in data.words.get("name_link_word", ()):
            out.append(s)
            continue
        end = s.end
        if end < len(doc) and end not in taken and doc[end].tag_ in {"NN", "NE"} and doc[end].text[:1].isupper():
            out.append(Span(doc, s.start, end + 1, label=s.label_))
        else:
            out.append(Span(doc, s.start, end - 1, label=s.label_))
    return out


def _before_line_break(span: Span) -> Span | None:
    """A name never runs over a line break ("… um Ferrante\n\nBrackley" is a headline's end and a dateline), nor
    past the number that ends a club's name ("beim FSV Mainz 05 der Druck auf")."""
    cut = next((t.i for t in span if t.is_space and "\n" in t.text
                or t.i > span.start and t.text[:1].islower() and span.doc[t.i - 1].tag_ == "CARD"), None)
    if cut is None:
        return span
    return Span(span.doc, span.start, cut, label=span.label_) if cut > span.start else None


def _outside_times(doc: Doc, spans: list[Span]) -> list[Span]:
    """Cut time expressions (`Doc._.times`, set by whosaid_times, which runs first) out of mentions: "MEZ" in
    "um 14 Uhr MEZ" is no organisation, nor is "Saison 2021/22"; what is left must still hold a name."""
    times = [(t.start, t.end) for t in (doc._.times or [])]
    if not times:
        return spans
    out = []
    for span in spans:
        if not any(s < span.end_char and span.start_char < e for s, e in times) or _number_of_name(doc, span.end - 1) \
                and span.label_ == "ORG" and len(span) > 2 and span[-2].text[:1].isupper() \
                and not any(s < span[-2].idx + len(span[-2].text) and span.start_char < e for s, e in times):
            out.append(span)  # "Global 2000" is a name, not a year
            continue
        free = [t for t in span if not any(s < t.idx + len(t.text) and t.idx < e for s, e in times)]
        run = _longest_run(free)
        if run and any(t.tag_ != "NN" and t.text[:1].isupper() for t in run):
            out.append(Span(doc, run[0].i, run[-1].i + 1, label=span.label_))
    return out


def _before_colon(span: Span) -> Span | None:
    """ "Innenministerium: Grenzkontrollen werden …": a headline's colon ends the name before it."""
    colon = next((t.i for t in span if t.text == ":"), None)
    if colon is None:
        return span
    return Span(span.doc, span.start, colon, label=span.label_) if colon > span.start else None


def _kind_before_quoted_title(span: Span, data: LanguageData) -> bool:
    """ "die Wiener Zeitung „Der Standard“", "die Schweizer Tageszeitung „Blick“": a name that ends in a word for a
    medium right before a quoted title says what kind of medium the title is and where it appears; the title is the
    name."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text not in QUOTE_OPENERS or span[-1].tag_ != "NN" \
            or not _outlet_noun(span[-1].text, data) or LABEL_MAP.get(span.label_) not in {"ORG", "MISC"}:
        return False
    close = next((j for j in range(span.end + 2, min(len(doc), span.end + 8)) if doc[j].text in QUOTE_CLOSERS), None)
    return close is not None and all(t.text[:1].isupper() for t in _tokens(doc)[span.end + 1 : close] if t.is_alpha)


def _after_inner_quote(span: Span) -> Span:
    """ "Bonner „General-Anzeiger": a name starts after an opening quote inside the model's span (the town's adjective
    before it describes the paper)."""
    inner = next((t.i for t in span[1:] if t.text in QUOTE_OPENERS and t.text not in QUOTE_CLOSERS), None)
    if inner is None or inner + 1 >= span.end:
        return span
    return Span(span.doc, inner + 1, span.end, label=span.label_)


def _outside_dateline_agencies(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "KIEW (dpa-AFX) –": the agency of a dateline wrote the article (the record's `agency`); it is not one of the
    people, organisations and places the article is about."""
    agencies = [(d.text.index("(") + d.start_char, d.text.index(")") + d.start_char)
                for d in doc._.datelines or [] if "(" in d.text and ")" in d.text]
    return [s for s in spans if not any(a <= s.start_char and s.end_char <= b + 1 for a, b in agencies)]


def _dateline_places(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """ "Sitten (Keystone-SDA) –", "München/Innsbruck (dpa/lby) –": the place a dateline names first is a place, also
    where the model missed it (a Swiss town's German name that is a common word too) or typed it otherwise; a second
    one after a slash where the gazetteer knows it ("Frankfurt/Main" adds no river); a Swiss canton's letters after
    it ("Frauenfeld TG") are no part of it."""
    out = list(spans)
    for d in doc._.datelines or []:
        end = next((t.i for t in d if t.text == "(" or t.text in {"–", "—", "-", ":"}), d.end)
        runs, run = [], []
        for t in _tokens(doc)[d.start : end]:
            if t.text == "/" or t.is_space:
                runs, run = runs + [run] if run else runs, []
            elif t.text[:1].isupper() and t.is_alpha and not (run and t.text.isupper() and len(t.text) <= 2):
                run.append(t)
            elif run and t.text.isupper() and len(t.text) <= 2:
                continue
            else:
                break
        runs = runs + [run] if run else runs
        for k, run in enumerate(runs):
            name = " ".join(t.text for t in run)
            overlapping = [s for s in out if s.start < run[-1].i + 1 and run[0].i < s.end]
            known = name in gazetteer.places or name.title() in gazetteer.places
            if len(run) > 3 or k > 0 and not known and not overlapping:
                continue  # "Frankfurt/Main": a second name only where it is known or the model took it for one
            if any(s.start < d.start or s.end > end or LABEL_MAP.get(s.label_) == "PER" for s in overlapping):
                continue
            if any(LABEL_MAP.get(s.label_) == "LOC" and s.start <= run[0].i and run[-1].i < s.end
                   and not (len(s) > len(run) and s[-1].text.isupper() and len(s[-1].text) <= 2) for s in overlapping):
                continue  # "Frankfurt/Main", "Neunburg vorm Wald": the model's place as a whole
            out = [s for s in out if s not in overlapping] + [Span(doc, run[0].i, run[-1].i + 1, label="LOC")]
    return sorted(out, key=lambda s: s.start)


def _dateline_nominative(cluster: Cluster) -> None:
    """ "Sitten (Keystone-SDA) –": a place named in a dateline is named in the nominative there, as written (no
    lemma of a common word: "Sitten" is no "Sitte")."""
    datelines = cluster.mentions[0].doc._.datelines or []
    for m in cluster.mentions:
        if len(m) == 1 and any(d.start <= m.start < d.end for d in datelines) and not m.text.isupper():
            cluster.nominatives.setdefault(m.text, m.text)


def _longest_run(tokens: list[Token]) -> list[Token]:
    runs: list[list[Token]] = []
    for t in tokens:
        if runs and runs[-1][-1].i + 1 == t.i:
            runs[-1].append(t)
        else:
            runs.append([t])
    return max(runs, key=len, default=[])


def _without_leading_adjectives(doc: Doc, span: Span) -> Span | None:
    """ "irakischen Armee" -> "Armee", "Das Rote Kreuz" (at a sentence start) -> "Rote Kreuz"; a span of lower-case
    adjectives alone ("irakischen") is no name."""
    start = span.start
    while start < span.end and (doc[start].tag_ in {"ADJA", "ADJD"} and doc[start].text[:1].islower()
                                or doc[start].tag_ == "ART" and start + 1 < span.end):
        start += 1
    if start == span.end:
        return None
    return span if start == span.start else Span(doc, start, span.end, label=span.label_)


def _inside_quotes(doc: Doc, span: Span) -> bool:
    return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text in QUOTE_OPENERS \
        and doc[span.end].text in QUOTE_CLOSERS


def _after_org_noun(doc: Doc, span: Span, data: LanguageData) -> bool:
    return span.start >= 2 and _is_org_noun(doc[span.start - 2], data)


def _strip_space(doc: Doc, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return Span(doc, start, end, label=span.label_)


def _tidy_person(doc: Doc, span: Span, data: LanguageData, taken: set[int],
                 first_names: frozenset[str] = frozenset()) -> Span:
    """ "Geschäftsführerin Karin" + "Albers": drop a leading role noun, a role compound too ("Ministeriumssprecherin
    Katrin Vollmer", tagged as a name), take in a surname the model left out."""
    from whosaid.components.descriptions import role_of  # descriptions builds on this module

    start, end = span.start, span.end
    while end - start > 1 and (doc[start].text in data.role_nouns or doc[start].text in TITLE_WORDS
                               or (doc[start].tag_ == "NN" and end - start > 2)
                               or (doc[start].text not in first_names and doc[start + 1].text[:1].isupper()
                                   and role_of(doc[start], data) is not None)
                               or _agent_noun_before_first_name(doc, start, end, first_names)):
        start += 1
    # "sagte die Vorsitzende Monika Jost der Katholischen Nachrichten-Agentur": a lowercase article after the
    # surname opens the dative or genitive after the name, unless a name particle leads it in ("von der Leyen")
    particles = data.words.get("surname_particle", frozenset()) | {"vom", "zur"}
    for i in range(start + 2, end):
        if doc[i].text in {"der", "des", "dem", "den"} and doc[i - 1].text[:1].isupper() \
                and doc[i - 1].lower_ not in particles:
            end = i
            break
    while end < len(doc) and end not in taken and doc[end].tag_ in {"NE", "FM"} and doc[end].text[:1].isupper():
        end += 1
    # "hat Minister Manuel Hagel Vorwürfe der Grünen zurückgewiesen": a report or accusation noun after the name is
    # the object, no part of it
    objects = data.words.get("report_noun", frozenset()) | data.words.get("accusation_noun", frozenset())
    while end - start > 1 and doc[end - 1].tag_ == "NN" and doc[end - 2].tag_ in {"NE", "FM"} \
            and (doc[end - 1].text in objects or doc[end - 1].lemma_ in objects):
        end -= 1
    return Span(doc, start, end, label=span.label_)


def _role_compound(token: Token, data: LanguageData) -> bool:
    """ "GDL-Chef", "SPD-Fraktionsvize": a compound whose last part is a role noun or ends in a role head."""
    from whosaid.components.descriptions import role_of  # descriptions builds on this module

    return token.text.rsplit("-", 1)[-1] in data.role_nouns or role_of(token, data) is not None


def _agent_noun_before_first_name(doc: Doc, start: int, end: int, first_names: frozenset[str]) -> bool:
    """ "Rodlerin Lena Bachmeier", "Stabhochspringer Tim Lobinger" (the noun tagged as a name): a word in -er or -erin
    that is no first name, before a first name and a surname, is what the person is, not part of the name; so it is
    before a surname alone that the article writes elsewhere after a first name (the headline's "Rodlerin
    Bachmeier")."""
    word = doc[start].text
    if word in first_names or not word[:1].isupper() or not word.endswith(("er", "erin")) or "-" in word:
        return False
    if end - start > 2:
        return doc[start + 1].text in first_names
    surname = doc[start + 1].text
    return end - start == 2 and any(t.text == surname and t.i > 0 and doc[t.i - 1].text in first_names
                                    for t in _tokens(doc) if t.i != start + 1)


NAME_TAGS = frozenset({"NE", "FM"})
SURNAME_TAGS = frozenset({"NE", "FM", "NN"})


def _with_gazetteer_names(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """First name + capitalised word(s) is a person ("Karin Albers", "Jalal Mansour"); a known place alone is a place."""
    if not gazetteer.first_names and not gazetteer.places:
        return spans
    pairs = [(t.text, t.tag_) for t in doc]  # one pass: indexing a Doc builds a Token object each time
    texts = [text for text, _ in pairs]
    tags = [tag for _, tag in pairs]
    n_tokens = len(texts)

    def first_name(i: int) -> bool:
        # the tagger sometimes reads a first name as a noun ("Karin/NN Albers/NE"); a name after it settles it
        return texts[i] in gazetteer.first_names and (
            tags[i] in NAME_TAGS or (tags[i] == "NN" and i + 1 < n_tokens and tags[i + 1] in NAME_TAGS))

    def surname_part(i: int) -> bool:
        return bool(ARABIC_NAME_PARTICLE.match(texts[i])) or (
            texts[i][:1].isupper() and tags[i] in SURNAME_TAGS and texts[i][:1].isalpha())

    people = []
    i = 0
    while i < n_tokens:
        if first_name(i):
            j = i + 1
            while j < n_tokens and first_name(j):
                j += 1
            k = j
            while k < n_tokens and surname_part(k):
                k += 1
            if k > j:
                people.append(Span(doc, i, k, label="PER"))
                i = k
                continue
        i += 1
    # the model's spans stand; a gazetteer name fills a gap, or joins model pieces of one name
    # ("Jalal" PER + "Mansour" LOC) when it covers them exactly and one of them is a person
    out = list(spans)
    for p in people:
        inside = [s for s in out if p.start <= s.start and s.end <= p.end]
        straddling = [s for s in out if s.start < p.end and p.start < s.end and s not in inside]
        if inside and not straddling and any(LABEL_MAP.get(s.label_) == "PER" for s in inside):
            out = [s for s in out if s not in inside]  # "Karin" + "Albers" or just "Albers": the whole name
    taken = {t for s in out for t in range(s.start, s.end)}
    for p in people:
        if not any(t in taken for t in range(p.start, p.end)):
            out.append(p)
            taken.update(range(p.start, p.end))
    for i in range(n_tokens):
        if i in taken or tags[i] not in NAME_TAGS:
            continue
        for n in range(min(gazetteer.longest_place, n_tokens - i), 0, -1):
            if " ".join(texts[i : i + n]) in gazetteer.places and not any(t in taken for t in range(i, i + n)):
                out.append(Span(doc, i, i + n, label="LOC"))
                taken.update(range(i, i + n))
                break
    return sorted(out, key=lambda s: s.start)


SUBSIDIARY = re.compile(r"^(?:\w[\w.&]*-|Konzern)[Tt]ochter(?:gesellschaft|firma)?$")


def _subsidiaries_after_parents(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "der Lufthansa-Tochter Eurowings", "die Konzerntochter Brenntag Solutions": the capitalised name after a
    word for a company's subsidiary is a company, wherever the article writes it, though the model took it for a
    common noun or for nothing."""
    out = list(spans)
    for t in _tokens(doc)[:-1]:
        if not SUBSIDIARY.match(t.text):
            continue
        end = t.i + 1
        while end < len(doc) and doc[end].tag_ in {"NE", "NN", "FM"} and doc[end].text[:1].isupper() \
                and (end == t.i + 1 or doc[end].tag_ != "NN"):
            end += 1
        if end == t.i + 1:
            continue
        words = [w.text for w in doc[t.i + 1 : end]]
        # the model's person or place of the same words, never a name written with more words, is the company
        same = [s for s in out if [w.text for w in s] == words and LABEL_MAP.get(s.label_) in {"PER", "LOC"}]
        if any(LABEL_MAP.get(s.label_) == "PER" and [w.text for w in s] != words and s[-1].text == words[-1]
               for s in out):
            continue
        out = [s for s in out if s not in same] + [Span(doc, s.start, s.end, label="ORG") for s in same]
        out += [Span(doc, u.i, u.i + len(words), label="ORG") for u in _tokens(doc)
                if [w.text for w in doc[u.i : u.i + len(words)]] == words
                and not any(s.start < u.i + len(words) and u.i < s.end for s in out)]
    return sorted(out, key=lambda s: s.start)


def _merge_spans(model: list[Span], extra: list[Span]) -> list[Span]:
    """Keep model spans; add extra spans that overlap none, or that strictly contain the ones they overlap."""
    taken = list(model)
    for span in sorted(extra, key=lambda s: -(s.end - s.start)):
        overlapping = [m for m in taken if m.start < span.end and span.start < m.end]
        if all(span.start <= m.start and m.end <= span.end for m in overlapping) and (
            not overlapping or all(LABEL_MAP.get(m.label_) != "PER" for m in overlapping)
        ):
            taken = [m for m in taken if m not in overlapping] + [span]
    return sorted(taken, key=lambda s: s.start)


MAX_NAME_BEFORE_LEGAL_FORM = 4


def _names_with_legal_form(doc: Doc) -> list[Span]:
    """ "die Nordwind GmbH", "der Krämer Bau AG": capitalised words right before a company's legal form (`LEGAL_FORMS`)
    are the company's name, with the form."""
    found = []
    for tok in doc:
        if tok.text.upper() not in LEGAL_FORMS or tok.i == 0 or not tok.text[:1].isupper():
            continue
        start = tok.i
        while start > 0 and tok.i - start < MAX_NAME_BEFORE_LEGAL_FORM and doc[start - 1].tag_ in {"NE", "NN", "ADJA"} \
                and doc[start - 1].text[:1].isupper():
            start -= 1
        if start < tok.i and doc[start].tag_ in {"NE", "NN"}:
            found.append(Span(doc, start, tok.i + 1, label="ORG"))
    return found


def _organisation_phrases(doc: Doc, data: LanguageData) -> list[Span]:
    """"Kommando für gemeinsame Operationen", "Revolutionsgarden der Islamischen Republik Iran", "IS-Terrormiliz"."""
    found = []
    descriptors = tuple(data.words.get("company_descriptor", ()))
    heads = [i for i, (text, tag) in enumerate((t.text, t.tag_) for t in _tokens(doc))
             if tag in {"NN", "NE"} and (text in data.org_nouns or text.rsplit("-", 1)[-1] in data.org_nouns
                                         or _genitive_of_org_noun(text, data)
                                         # "Senckenberg-Forschungsinstitut", "des WSL-Instituts": a compound's last
                                         # part ending in an organisation noun
                                         or "-" in text and text[:1].isupper() and _org_head(text.rsplit("-", 1)[-1], data)
                                         # ("des Automobilzulieferer-Verbands": a kind of member, no name)
                                         and not text.split("-", 1)[0].lower().endswith(descriptors))]
    for i in heads:
        tok = doc[i]
        if _index_compound(tok.text, data):
            continue  # "der Dax-Konzern", "das MDax-Unternehmen": a company described by its index, no name
        if "-" in tok.text and tok.text.split("-")[0][:1].isupper() and tok.text not in data.org_nouns:
            # "IS-Terrormiliz", "Al-Quds-Brigaden"; "UN-Hochkommissariat für Menschenrechte" with its attachment
            found.append(Span(doc, tok.i, _named_attachment_end(doc, tok.i + 1) or tok.i + 1, label="ORG"))
            continue
        end = _named_attachment_end(doc, tok.i + 1)
        if end is None:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].tag_ == "ADJA" and (doc[start - 1].text[:1].islower()
                                                                or _capitalised_adjective_of_name(doc, start - 1)):
            start -= 1
        found.append(Span(doc, start, end, label="ORG"))
    return found


def _index_compound(text: str, data: LanguageData) -> bool:
    """ "Dax-Konzern", "MDax-Unternehmen": a compound opened by a stock index (`stock_index`), no company's name."""
    return "-" in text and text.split("-", 1)[0] in data.words.get("stock_index", ())


def _capitalised_adjective_of_name(doc: Doc, i: int) -> bool:
    """ "Die Städtischen Werke Kassel": a capitalised adjective right after an article, inside a sentence, opens the
    organisation's name."""
    return i > 0 and doc[i].tag_ == "ADJA" and doc[i].text[:1].isupper() and doc[i - 1].tag_ == "ART" \
        and not doc[i].is_sent_start


def _organisations_of_named_fields(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "des Börsenvereins des Deutschen Buchhandels", "der Verband der Chemischen Industrie": an organisation right
    before "des" or "der" and a name that opens with a capitalised adjective is one name with it."""
    found = []
    for first, second in zip(spans, spans[1:]):
        if LABEL_MAP.get(first.label_) == "ORG" and LABEL_MAP.get(second.label_) in {"ORG", "MISC"} \
                and second.start == first.end + 1 and doc[first.end].lower_ in {"des", "der"} \
                and second[0].tag_ == "ADJA" and second[0].text[:1].isupper() and _org_head(first[-1].text, data):
            found.append(Span(doc, first.start, second.end, label="ORG"))
    return found


def _genitive_of_org_noun(word: str, data: LanguageData) -> bool:
    """ "Verbands", "Bundes" of "des Verbands der Chemischen Industrie"."""
    return word.endswith("s") and (word[:-1] in data.org_nouns or word.endswith("es") and word[:-2] in data.org_nouns)


def _named_organisations(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "Umweltverband Küstenschutz Nord", "Hafengesellschaft Nordstadt": an organisation noun followed by its name
    is one organisation, whatever the model made of the name."""
    out = list(spans)
    texts_tags = [(t.text, t.tag_) for t in doc]
    towns = data.words.get("town_noun", frozenset())  # "der Gemeinde Hollwede": the town, a place
    places = {s.text for s in spans if LABEL_MAP.get(s.label_) == "LOC" and len(s) == 1}
    for i, (text, tag) in enumerate(texts_tags):
        if tag not in {"NN", "NE"} or not _org_head(text, data) or i + 1 >= len(doc) or text in towns:
            continue
        # "der Fahrgastverband Pro Bahn": a capitalised preposition or article inside a sentence opens a name
        function_word = texts_tags[i + 1][1] in {"APPR", "ART"} and texts_tags[i + 1][0][:1].isupper() \
            and i + 2 < len(doc) and texts_tags[i + 2][1] in {"NN", "NE"} and texts_tags[i + 2][0][:1].isupper()
        noun_name = texts_tags[i + 1][1] not in NAME_TAGS and _name_tagged_as_noun(doc, i)
        # "nach Angaben der Polizei Essen": a place the article names, tagged a common noun after the institution
        place_name = texts_tags[i + 1][1] == "NN" and texts_tags[i + 1][0] in places \
            and texts_tags[i + 1][0][:1].isupper()
        # "der Panzerbrigade 45 habe", "das Jagdgeschwader 74": a unit named by its number, no year
        numbered = len(texts_tags[i + 1][0]) <= 3 and _number_of_name(doc, i + 1) == 1
        if numbered and not _outlet_noun(text, data) \
                and not any(s.start < i + 2 and i < s.end and (s.start, s.end) != (i, i + 1) for s in out):
            out = [s for s in out if not (s.start == i and s.end == i + 1)] + [Span(doc, i, i + 2, label="ORG")]
            continue
        if texts_tags[i + 1][1] not in NAME_TAGS and not function_word and not noun_name and not place_name:
            continue
        if _outlet_noun(text, data):
            # "die Tageszeitung Haaretz", "der Nachrichtenagentur RIA Novosti": the medium's name is its own, also
            # where the model missed it ("Der Sender RTNC hatte berichtet")
            end = i + 1  # … with an Arabic article inside ("der Fernsehsender Libya al-Ahrar")
            while end < len(doc) and texts_tags[end][1] in NAME_TAGS and (
                    texts_tags[end][0][:1].isupper() or end > i + 1 and ARABIC_NAME_PARTICLE.match(texts_tags[end][0])):
                end += 1
            if end > i + 1 and not any(s.start < end and i + 1 < s.end for s in out):
                out.append(Span(doc, i + 1, end, label="ORG"))
            continue
        end = i + 3 if function_word else i + 2 if noun_name or place_name else i + 1
        while end < len(doc) and texts_tags[end][1] in NAME_TAGS and texts_tags[end][0][:1].isupper():
            end += 1
        end += _number_of_name(doc, end) or _field_of_name(doc, end, data)
        start = i - 1 if _capitalised_adjective_of_name(doc, i - 1) else i  # "Die Städtischen Werke Kassel"
        inside = [s for s in out if start <= s.start and s.end <= end]
        straddling = [s for s in out if s.start < end and start < s.end and s not in inside]
        if straddling:
            continue
        out = [s for s in out if s not in inside] + [Span(doc, start, end, label="ORG")]
        if noun_name:  # "Rheinmetall weist … zurück" in the headline: the name the model missed, wherever it stands
            words = [t.text for t in doc[i + 1 : end]]
            out += [Span(doc, t.i, t.i + len(words), label="ORG") for t in _tokens(doc) if t.text == words[0]
                    and [w.text for w in doc[t.i : t.i + len(words)]] == words
                    and not any(s.start < t.i + len(words) and t.i < s.end for s in out)]
    return sorted(out, key=lambda s: s.start)


def _names_closed_by_numbers(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "der Umweltschutzorganisation Global 2000 … Global 2000 hatte …": a name closed by a number (an organisation
    noun, then name words and the number) is that name wherever the same words stand, over the model's shorter
    span there ("Global") or where it marked nothing."""
    out = list(spans)
    for span in spans:
        if LABEL_MAP.get(span.label_) != "ORG" or len(span) < 2 or span[-1].tag_ != "CARD" \
                or not span[-1].text.isdigit():
            continue
        first = next((t.i for t in span[:-1] if t.tag_ in NAME_TAGS and t.text[:1].isupper()), None)
        if first is None or not all(t.tag_ in NAME_TAGS and t.text[:1].isupper() for t in doc[first : span.end - 1]):
            continue
        words = [t.text for t in doc[first : span.end]]
        for t in _tokens(doc):
            k = t.i + len(words)
            if t.text != words[0] or t.i == first or [w.text for w in doc[t.i : k]] != words:
                continue
            if any(s.start < k and t.i < s.end and not (t.i <= s.start and s.end <= k) for s in out):
                continue  # a span reaching beyond the name: leave it
            out = [s for s in out if not (t.i <= s.start and s.end <= k)] + [Span(doc, t.i, k, label="ORG")]
    return sorted(out, key=lambda s: s.start)


def _number_of_name(doc: Doc, end: int) -> int:
    """1 where the number at `end` closes the name before it: "die Umweltschutzorganisation Global 2000 forderte",
    "Hannover 96 teilte mit" (a number with a verb or punctuation after it, no noun it counts)."""
    if end + 1 >= len(doc) or doc[end].tag_ != "CARD" or not doc[end].text.isdigit():
        return 0
    after = doc[end + 1]
    if after.tag_ in {"VVFIN", "VAFIN", "VMFIN"} or after.text in {",", ".", ")", "(", ";"}:
        return 1
    # "Vorwürfe der Umweltschutzorganisation Global 2000 zurückgewiesen": a year may stand before a participle, but
    # the same name with the same number again elsewhere ("Global 2000 hatte …") is the name
    name = doc[end - 1].text
    return int(end > 0 and doc[end - 1].tag_ in NAME_TAGS and name[:1].isupper() and sum(
        1 for t in doc[:-1] if t.text == name and doc[t.i + 1].text == doc[end].text) >= 2)


def _field_of_name(doc: Doc, end: int, data: LanguageData) -> int:
    """1 where the noun at `end` is the business field that closes a company's name after the name it follows: "des
    Autozulieferers Brückmann Antriebstechnik für …", "Kaltenbach Chemie" (`company_field`), with no noun after it."""
    if end < 1 or end >= len(doc) or doc[end - 1].tag_ != "NE" or doc[end].tag_ not in {"NN", "NE"} \
            or not doc[end].text[:1].isupper() or "-" in doc[end].text:
        return 0
    if end + 1 < len(doc) and doc[end + 1].tag_ in {"NN", "NE"}:
        return 0
    return int(doc[end].lower_.endswith(tuple(data.words.get("company_field", ()))))


def _name_tagged_as_noun(doc: Doc, i: int) -> bool:
    """ "Der Rüstungskonzern Rheinmetall hat ...": a capitalised noun right after the organisation noun that opens a
    sentence with its article, before the finite verb, is the organisation's name even when tagged a common noun
    (two nouns in a row there are a noun and its name). Not in verb-final clauses ("weil der Konzern Verluste
    macht") or with the verb before the subject ("übte der Verband Kritik an")."""
    # "Der Urner Seilbahnhersteller Tellbahn hat": a town's adjective may stand between the article and the noun
    article = i - 2 if i > 1 and _town_adjective(doc[i - 1]) else i - 1
    # ("Der Betreiber, der Energieversorger Lippewerk, kündigte an": so in an apposition between commas)
    apposed = article > 0 and doc[article - 1].text == "," and i + 2 < len(doc) and doc[i + 2].text == ","
    if article < 0 or i + 2 >= len(doc) or doc[article].tag_ != "ART" or not (doc[article].text[:1].isupper()
                                                                              or apposed):
        return False
    k = i + 2  # "Der Arzneimittelhersteller Lorenzen Pharma will …": the name goes on in words tagged as names
    while k + 1 < len(doc) and k < i + 4 and doc[k].tag_ in NAME_TAGS and doc[k].text[:1].isupper():
        k += 1
    name, after = doc[i + 1], doc[k]
    # "Der Fachverband Güterbeförderung in der Wirtschaftskammer begrüßte …": a phrase may stand before the verb
    # ("Die Organisation Ärzte ohne Grenzen warnte": a phrase of another preposition may be the name's own)
    placed = after.lower_ in {"in", "im", "bei", "beim"} and next(
        (t.tag_ in {"VAFIN", "VVFIN", "VMFIN"} for t in _tokens(doc)[i + 3 : i + 9] if t.tag_.endswith("FIN") or t.is_punct),
        False)
    return name.tag_ == "NN" and name.text[:1].isupper() and "-" not in name.text \
        and (after.tag_ in {"VAFIN", "VVFIN", "VMFIN"} or after.text == "," or placed)


def _town_adjective(token: Token) -> bool:
    """ "Urner", "Bremer", "Münchner": a capitalised adjective in -er, never declined, that says where something is."""
    return token.tag_ == "ADJA" and token.text[:1].isupper() and token.text.endswith("er")


def _organisations_of_roles(doc: Doc, data: LanguageData) -> list[Span]:
    """ "ein Sprecher des Innenministeriums": the genitive after a role noun, when an organisation noun heads it or
    it is an acronym ("die Landesvorsitzende des BUND")."""
    from whosaid.components.descriptions import role_of  # descriptions builds on this module

    found = []
    for i, text in enumerate(t.text for t in _tokens(doc)):
        if i + 2 >= len(doc) or doc[i + 1].lower_ not in {"des", "der"}:
            continue
        listed = text in data.role_nouns
        if not listed and not (ACRONYM.match(doc[i + 2].text) and role_of(doc[i], data) is not None):
            continue  # "die Landesvorsitzende des BUND": a role compound before an acronym as well
        j = i + 2
        while j < len(doc) and doc[j].tag_ == "ADJA":
            j += 1
        town = doc[j].text in data.words.get("town_noun", ()) and j + 1 < len(doc) and doc[j + 1].text[:1].isupper() \
            if j < len(doc) else False  # "der Bürgermeister der Gemeinde Hollwede": the town, a place
        if j < len(doc) and doc[j].tag_ in {"NN", "NE"} and _org_head(doc[j].text, data) \
                and not _named_longer_before(doc, j) and not town:
            found.append(Span(doc, i + 2, j + 1, label="ORG"))
        elif j == i + 2 and j < len(doc) and ACRONYM.match(doc[j].text) and doc[j].tag_ in {"NN", "NE", "FM", "XY"} \
                and not doc[j].ent_type_ and doc[j].text not in load_gazetteer("de").places \
                and doc[j].text not in {row.split("=")[1] for row in data.words.get("capital", ()) if "=" in row}:
            # "die Landesvorsitzende des BUND", "ein Sprecher des ADAC": an acronym a role is held in
            found.append(Span(doc, j, j + 1, label="ORG"))
    return found


DEFINITE_ARTICLES = frozenset({"der", "die", "das", "des", "dem"})


def _institution_compounds(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "Das Sozialministerium wies zurück", "vor dem Bundesgericht", "des Zollkriminalamts": a compound that ends in
    the head of an institution (`institution_compound_head`: -ministerium, -gericht, -kriminalamt) names that
    institution after the definite article (also in "vom", "beim"), where it is no part of a longer name; not the bare noun ("das
    Ministerium"), an indefinite one ("ein Landgericht") or a plural ("die Amtsgerichte"), a court's panel ("die
    Strafkammer") or a listed description (`institution_compound_exception`: "die Länderkammer"). A council that is
    a body by its word alone (`institution_body`: "der Fiskalrat", "des Diözesanrats") as well, and a head that
    names an institution after the prefix of its level (`level_institution_head`: "des Landesforstbetriebs")."""
    from whosaid.components.descriptions import role_of  # descriptions builds on this module

    heads = tuple(data.words.get("institution_compound_head", ()))
    bodies = tuple(data.words.get("institution_body", ()))  # "der Fiskalrat": a body by its word alone
    exceptions = data.words.get("institution_compound_exception", frozenset())
    panels = tuple(u for u in data.words.get("court_unit", ()) if len(u) > 6)  # "Strafkammer", "Zivilsenat"
    levels = tuple(p.lower() for p in data.words.get("level_prefix", ()))
    level_heads = tuple(data.words.get("level_institution_head", ()))
    associations = {"verband", "kammer", *level_heads}  # named with their members' trade or their level
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for t in _tokens(doc)[1:]:
        # "Der Schweizer Bergführerverband", "Der Grosse Gemeinderat": a capitalised adjective may open the name
        adjective = t.i >= 2 and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].i not in taken \
            and (doc[t.i - 1].tag_ == "ADJA" or doc[t.i - 1].tag_ in {"NN", "NE"} and doc[t.i - 1].lower_.endswith("er")) \
            and (doc[t.i - 2].lower_ in DEFINITE_ARTICLES or doc[t.i - 2].tag_ == "APPRART")
        if t.i in taken or t.tag_ not in {"NN", "NE"} or not t.text[:1].isupper() or "-" in t.text \
                or doc[t.i - 1].lower_ not in DEFINITE_ARTICLES and doc[t.i - 1].tag_ != "APPRART" and not adjective:
            continue
        word = t.text.lower()
        stem = word[:-2] if word.endswith("es") else word[:-1] if word.endswith("s") else word
        if {word, stem} & exceptions or stem.endswith(panels) or word.endswith(panels):
            continue  # "die Länderkammer", "die Strafkammer": a description, a court's panel
        head = next((h for h in heads if stem.endswith(h) or word.endswith(h)), None)
        if head is None and stem.startswith(levels):  # "des Landesforstbetriebs"
            head = next((h for h in level_heads if stem.endswith(h) or word.endswith(h)), None)
        # "Der Grosse Gemeinderat", "Der Nationale Sicherheitsrat": a council named with a capitalised adjective
        # (not "Der Bündner Regierungsrat", a member of a canton's government)
        body = stem.endswith(bodies) or word.endswith(bodies) or adjective and doc[t.i - 1].tag_ == "ADJA" \
            and not doc[t.i - 1].lower_.endswith("er") and stem.endswith("rat") and role_of(t, data) is None
        if not body and (head is None or len(stem if stem.endswith(head) else word) < len(head) + 3):
            continue
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if after is not None and (after.tag_ in {"NE", "FM"} or after.i in taken) and after.text[:1].isupper():
            continue  # "das Landgericht Bochum": a longer name, the model's or another rule's
        association = head in associations
        if association and after is not None and after.text[:1].isupper() and after.tag_ in {"NN", "ADJA"}:
            continue  # "Der Dachverband Schweizer Lehrerinnen und Lehrer", "Landesbetrieb Straßen.NRW": longer names
        end = _members_end(doc, t.i + 1, taken) if association else t.i + 1
        found.append(Span(doc, t.i - 1 if adjective else t.i, end, label="ORG"))
    return found


def _members_end(doc: Doc, i: int, taken: set[int]) -> int:
    """ "Arbeitgeberverband | der Süßwarenindustrie in NRW", "Bundesinnungsverband | des Gebäudereiniger-Handwerks": an
    association's name goes on over the genitive of the trade or industry its members work in (common nouns, no
    name: "Der Pensionistenverband der SPÖ" is the party's) and the state or region that follows it."""
    if i + 1 >= len(doc) or doc[i].lower_ not in {"der", "des"}:
        return i
    j = i + 1
    while j < len(doc) and doc[j].tag_ == "ADJA":
        j += 1
    if j >= len(doc) or doc[j].tag_ != "NN" or not doc[j].text[:1].isupper() or j in taken:
        return i
    j += 1
    if j + 1 < len(doc) and doc[j].lower_ == "in" and doc[j + 1].tag_ == "NE" and doc[j + 1].ent_type_ == "LOC" \
            and (j + 2 >= len(doc) or doc[j + 2].tag_ not in {"NN", "NE"}):
        j += 2  # "in NRW"
    return j


def _named_roads(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "auf der Inntalautobahn", "die Rheinkniebrücke", "an der Rosengartenstrasse": a compound that ends in the head of
    a road's, bridge's or tunnel's name (`road_head`) after the definite article names that place; not one opened by
    a word for a kind of road (`road_generic_part`: "die Bundesstraße", "die Autobahnbrücke", "der Straßentunnel")."""
    heads = tuple(data.words.get("road_head", ()))
    generic = tuple(data.words.get("road_generic_part", ()))
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for t in _tokens(doc)[1:]:
        if t.i in taken or t.tag_ not in {"NN", "NE"} or not t.text[:1].isupper() or "-" in t.text \
                or doc[t.i - 1].lower_ not in DEFINITE_ARTICLES and doc[t.i - 1].tag_ != "APPRART":
            continue
        word = t.lower_
        head = next((h for h in heads if word.endswith(h)), None)
        if head is None or len(word) < len(head) + 3 or word.startswith(generic):
            continue
        found.append(Span(doc, t.i, t.i + 1, label="LOC"))
    return found


def _quoted_outlets_reporting(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "Der „Spiegel“ hatte darüber berichtet", "Das „Handelsblatt“ hatte am Dienstag berichtet": a quoted name after
    the definite article, right before the finite verb of a clause whose verb is one of publishing (`press_verb`),
    is the medium that published."""
    press = data.words.get("press_verb", frozenset())
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for i, t in enumerate(doc[:-3]):
        if t.lower_ not in {"der", "die", "das"} or doc[i + 1].text not in QUOTE_OPENERS:
            continue
        end = next((j for j in range(i + 2, min(len(doc), i + 7)) if doc[j].text in QUOTE_CLOSERS), None)
        if end is None or end == i + 2 or end + 1 >= len(doc) or any(j in taken for j in range(i + 2, end)) and not any(
                _inside_quote_partly(s, i + 2, end) for s in spans):
            continue
        if not doc[i + 2].text[:1].isupper() or not all(
                x.text[:1].isupper() or x.tag_ in {"APPR", "APPRART"} for x in _tokens(doc)[i + 2 : end]):
            continue
        if doc[end + 1].tag_ not in {"VAFIN", "VVFIN", "VMFIN"}:
            continue
        clause = [x for x in _tokens(doc)[end + 1 : end + 9] if x.sent == t.sent]
        if any(x.lemma_ in press for x in clause):
            found.append(Span(doc, i + 2, end, label="ORG"))
            if end == i + 3:  # the same name quoted elsewhere, also in the genitive: "ein Sprecher des „Spiegels“"
                name = doc[i + 2].text
                found += [Span(doc, x.i, x.i + 1, label="ORG") for x in _tokens(doc) if x.i != i + 2 and x.i > 0
                          and x.text in {name, name + "s", name + "es"} and doc[x.i - 1].text in QUOTE_OPENERS
                          and x.i not in taken]
    return found


def _quoted_sources_of_reports(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "Nach Informationen des „kicker“", "einem Bericht der „taz“", "laut „Bild“", "das Fachmagazin „kicker“": a
    quoted name in the genitive after a noun of what is reported (`report_noun`, "Informationen", "Recherchen"), right
    after "laut" or after a word for a medium, is the medium, however the title is written."""
    nouns = data.words.get("report_noun", frozenset()) | {"Informationen", "Information", "Recherchen"}
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for t in _tokens(doc):
        if t.text not in QUOTE_OPENERS or t.i < 1:
            continue
        before = doc[t.i - 1]
        if not (before.lower_ == "laut" or before.lower_ in {"des", "der"} and t.i >= 2 and doc[t.i - 2].text in nouns
                or before.tag_ == "NN" and _outlet_noun(before.text, data)):
            continue
        end = next((j for j in range(t.i + 1, min(len(doc), t.i + 6)) if doc[j].text in QUOTE_CLOSERS), None)
        if end is None or end == t.i + 1 or any(j in taken for j in range(t.i + 1, end)):
            continue
        words = _tokens(doc)[t.i + 1 : end]
        if len(words) > 1 and not all(x.text[:1].isupper() for x in words) or not words[0].is_alpha:
            continue
        found.append(Span(doc, t.i + 1, end, label="ORG"))
    return found


def _acronym_organisation_compounds(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "des UN-Sicherheitsrats", "Der GKV-Spitzenverband reagierte": a compound of an acronym and an organisation
    noun names an organisation; a council ("-rat") only where no name follows ("SVP-Nationalrat Kurt Imhof" is a
    councillor)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for t in _tokens(doc):
        if t.i in taken or "-" not in t.text or t.tag_ not in {"NN", "NE"}:
            continue
        first, last = t.text.split("-", 1)[0], t.text.rsplit("-", 1)[-1]
        if not ACRONYM.match(first) or not last[:1].isupper():
            continue
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        council = last.lower().removesuffix("s").endswith("rat") and not (
            after is not None and after.text[:1].isupper() and after.tag_ in {"NE", "NN", "FM"})
        if _org_head(last, data) or council:
            found.append(Span(doc, t.i, t.i + 1, label="ORG"))
    return found


COMMON_WORD_PARTIES = frozenset({"Mitte", "Republikaner", "Demokraten"})


def _parties_in_compounds(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "ÖVP-Klubobmann Bernhard Wessely", "Grünen-Fraktionschefin Leonie Franke", "ein SPD-Sprecher": a compound opened
    by a party's name (`party`) mentions that party, which the article names so; "Mitte" or "Republikaner" (also
    common words) only before a role ("Mitte-Politikerin", not "Mitte-Links-Bündnis")."""
    from whosaid.components.descriptions import role_of  # descriptions builds on this module

    parties = data.words.get("party", frozenset())
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for t in _tokens(doc):
        if t.i in taken or "-" not in t.text or t.tag_ not in {"NN", "NE", "ADJA"}:
            continue
        first, rest = t.text.split("-", 1)
        if first not in parties or not rest[:1].isupper() or rest.endswith("-") or _org_head(rest, data):
            continue  # "Grünen-Fraktion": the party's group, an organisation of its own
        if first in COMMON_WORD_PARTIES and role_of(t, data) is None:
            continue  # "Mitte-Links-Bündnis", "Republikaner-Hochburg": a common word or a group, not the party
        found.append(Span(doc, t.i, t.i + 1, label="ORG"))
    return found


def _party_of_compounds(cluster: Cluster, data: LanguageData) -> None:
    """ "ÖVP" of "ÖVP-Klubobmann", "Grüne" of "Grünen-Fraktionschefin": a compound opened by a party's name is known
    by the party's name (the plural "Grüne", "Linke" of the weak form); the party's group or branch ("AfD-Fraktion",
    "CSU-Landesgruppe"), an organisation of its own, by its name with the party's as an alias."""
    parties = data.words.get("party", frozenset())
    for m in cluster.mentions:
        if len(m) != 1 or "-" not in m.text:
            continue
        first, rest = m.text.split("-", 1)
        if first in parties and rest[:1].isupper():
            party = first[:-1] if first.endswith("en") and first[:-1] in parties else first
            if _org_head(rest, data):
                cluster.aliases.add(party)
            else:
                cluster.nominatives.setdefault(m.text, party)


def _name_stem(word: str) -> str:
    """ "vereint" of "Vereinte" and "Vereinten", "bund" of "Bund" and "Bundes": a word without its inflection."""
    word = word.lower()
    for ending in ("es", "en", "er", "em", "e", "s", "n"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word


def _listed_organisation_names(doc: Doc, data: LanguageData) -> list[Span]:
    """ "Die Vereinten Nationen forderten …", "des Bundes der Steuerzahler", "die Tierschutzorganisation Vier Pfoten":
    organisations whose names are common words the model misses (`organisation_name`), in any inflection."""
    by_first = _names_by_first_word(tuple(data.words.get("organisation_name", ())))
    texts = [t.text for t in doc]
    found = []
    for i, text in enumerate(texts):
        if not text[:1].isupper():
            continue
        for words in by_first.get(_name_stem(text), ()):
            if i + len(words) <= len(doc) and all(
                    a == w if not w[:1].isupper() else a[:1].isupper() and _name_stem(a) == _name_stem(w)
                    for a, w in zip(texts[i + 1 : i + len(words)], words[1:])):
                found.append(Span(doc, i, i + len(words), label="ORG"))
    return found


@cache
def _names_by_first_word(names: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """The listed names by the stem of their first word, which is capitalised in every listed name."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        words = tuple(name.split())
        out.setdefault(_name_stem(words[0]), []).append(words)
    return out


def _listed_name_of(text: str, data: LanguageData) -> str | None:
    """ "Bund der Steuerzahler" of "Bundes der Steuerzahler": the listed name (`organisation_name`) a mention inflects
    or writes as it is (which the lemmatizer may not cut: "Semperoper")."""
    words = text.split()
    if not words:
        return None
    by_first = _listed_names_by_first_word(data.words.get("organisation_name", frozenset()))
    candidates = by_first.get((len(words), _name_stem(words[0])), []) + by_first.get((len(words), words[0]), [])
    return next((n for n in candidates if all(_name_stem(a) == _name_stem(b) if b[:1].isupper() else a == b
                                              for a, b in zip(words, n.split()))), None)


@lru_cache(maxsize=8)
def _listed_names_by_first_word(names: frozenset[str]) -> dict[tuple[int, str], list[str]]:
    """(number of words, first word's stem, or the word itself where it is lower case) -> the listed names."""
    out: dict[tuple[int, str], list[str]] = {}
    for n in names:
        words = n.split()
        if words:
            first = _name_stem(words[0]) if words[0][:1].isupper() else words[0]
            out.setdefault((len(words), first), []).append(n)
    return out


def _named_longer_before(doc: Doc, j: int) -> bool:
    """ "ein Sprecher der Stadtwerke" after "Die Leipziger Stadtwerke": the bare noun ended a longer name before, which
    it describes; it is no organisation of its own."""
    return any(t.text == doc[j].text and t.i > 0 and _capitalised_adjective_of_name(doc, t.i - 1) for t in _tokens(doc)[:j])


def _known_organisations(doc: Doc, data: LanguageData) -> list[Span]:
    """Parties and federal institutions the model often misses ("der Bundestag", "die Grünen", "die AfD"): acronyms
    anywhere, words that are also common words ("Linke", "Mitte") only after an article and before no noun; names
    opened by a word that makes them an organisation's (`organisation_prefix`: "IG Metall"), with the state or
    district of a branch after them ("IG Metall Bayern", "IG Metall Küste": `branch_district`)."""
    parties = data.words.get("party", frozenset())
    institutions = _institutions_and_agencies(data)
    prefixes = data.words.get("organisation_prefix", frozenset())
    # a state or a district, not a town: "der IG Metall Gütersloh-Oelde" is named as the union itself
    districts = data.words.get("branch_district", frozenset()) | {row.split("=")[0] for row in data.words.get("land", ())}
    found = []
    for t in _tokens(doc):
        if t.text in prefixes and t.i + 1 < len(doc) and doc[t.i + 1].tag_ in {"NN", "NE"} \
                and doc[t.i + 1].text[:1].isupper():
            end = t.i + 2
            if end < len(doc) and doc[end].text[:1].isupper() \
                    and (doc[end].text in districts or all(part in districts for part in doc[end].text.split("-"))):
                end += 1
            found.append(Span(doc, t.i, end, label="ORG"))  # "die IG Metall", "der IG BCE"
            continue
        # "des Pentagons", "des Kremls": an institution in the genitive
        if (t.text in institutions or _genitive_of(t.text, institutions)) and t.tag_ in {"NN", "NE"}:
            found.append(Span(doc, t.i, t.i + 1, label="ORG"))
        elif t.text in parties and t.text[:1].isupper():
            if ACRONYM.match(t.text.upper()) and t.text[1:2].isupper():
                found.append(Span(doc, t.i, t.i + 1, label="ORG"))
            elif t.i > 0 and _party_article_or_list(doc, t.i, parties) and not (
                    t.i + 1 < len(doc) and doc[t.i + 1].tag_ in {"NN", "NE", "ART"}):
                found.append(Span(doc, t.i, t.i + 1, label="ORG"))  # "die Linke", not "in der Mitte des Saales"
    return found


def _party_article_or_list(doc: Doc, i: int, parties: frozenset[str]) -> bool:
    """A party word that is also a common word stands after "die"; in its weak form ("Grünen", "Linken") after any
    definite article ("der Grünen", "von den Grünen"); or in a list with another party ("von CDU, CSU, SPD und Grünen",
    "aus SP, Grünen und …"); lower-case adjectives may stand between ("die oppositionellen Grünen")."""
    k = i - 1
    while k > 0 and doc[k].tag_ == "ADJA" and doc[k].text[:1].islower():
        k -= 1
    before = doc[k].lower_
    if before == "die" or before in {"der", "den"} and doc[i].text.endswith("en"):
        return True
    if before in {",", "und", "oder"} and i >= 2 and doc[i - 2].text in parties:
        return True
    return i + 2 < len(doc) and doc[i + 1].lower_ in {",", "und", "oder"} and doc[i + 2].text in parties


def _media_after_outlet_nouns(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "der Nachrichtenagentur Reuters", "der Sender CNN": a name right after a word for a medium is that medium,
    whatever type the model gave it; a person's name right after an organisation noun is the organisation's."""
    from whosaid.components.descriptions import role_of  # descriptions builds on this module

    offices = tuple(w.lower() for w in data.words.get("organisation_head", ()))
    out = []
    for span in spans:
        i = span.start - 1
        if i >= 0 and doc[i].text in QUOTE_OPENERS:
            i -= 1
        label = LABEL_MAP.get(span.label_)
        # "der Sprecher des Kommandos Tahsin al-Khafaji": after a genitive the person is the role's, not a name
        genitive = i >= 2 and doc[i - 1].lower_ in {"des", "der"} and doc[i - 2].tag_ in {"NN", "NE"} \
            and (doc[i - 2].text in data.role_nouns or role_of(doc[i - 2], data) is not None)
        # "seit dem Abzug der UN-Friedensmission Minusma": a word for a mission or an office abroad (`organisation_head`) as well
        org_word = i >= 0 and (_org_head(doc[i].text, data) or doc[i].lower_.endswith(offices))
        if i >= 0 and label != "ORG" and doc[i].tag_ == "NN" and (
                _outlet_noun(doc[i].text, data)
                or label in {"PER", "MISC"} and org_word and not genitive):
            span = Span(doc, span.start, span.end, label="ORG")  # also "der Stahlkonzern Hallberg Stahl"
        elif label == "LOC" and len(span) >= 2 and span[0].tag_ == "NN" and _outlet_noun(span[0].text, data) \
                and all(t.text[:1].isupper() and t.tag_ in {"NE", "FM", "NN"} for t in span[1:]):
            span = Span(doc, span.start, span.end, label="ORG")  # "im Staatsfernsehen ORTM" typed a place
        out.append(span)
    return out


def _outlet_noun(word: str, data: LanguageData) -> bool:
    return word.lower().endswith(tuple(n.lower() for n in data.words.get("outlet_noun", ()) if len(n) >= 5))


@lru_cache(maxsize=8)
def org_noun_endings(org_nouns: frozenset[str], shortest: int = 4) -> tuple[str, ...]:
    """The organisation nouns a compound may end in ("Privatbank"), lower-cased, of `shortest` letters or more (four
    by default: "Rat" would end "Heirat")."""
    return tuple(n.lower() for n in org_nouns if len(n) >= shortest)


def _org_head(word: str, data: LanguageData) -> bool:
    """The word ends in an organisation noun of five letters or more ("Innenministeriums", "Umweltverband")."""
    return _ends_in_org_noun(word, data.org_nouns)


@lru_cache(maxsize=65536)  # asked for the same words again and again by several passes over a Doc
def _ends_in_org_noun(word: str, org_nouns: frozenset[str]) -> bool:
    endings, lengths = _org_endings(org_nouns)
    stem = word.removesuffix("es") if word.endswith("es") else word.removesuffix("s")
    dative = word.removesuffix("n") if word.endswith("en") else word  # "bei den Stadtwerken Bochum"
    return any(w.lower()[-n:] in endings for w in (word, stem, dative) for n in lengths if len(w) >= n)


@lru_cache(maxsize=8)
def _org_endings(org_nouns: frozenset[str]) -> tuple[frozenset[str], tuple[int, ...]]:
    endings = frozenset(n.lower() for n in org_nouns if len(n) >= 5)
    return endings, tuple(sorted({len(n) for n in endings}))


def _named_attachment_end(doc: Doc, i: int) -> int | None:
    """End of "für gemeinsame Operationen" or "der Islamischen Republik Iran" after an organisation noun."""
    if i >= len(doc):
        return None
    word = doc[i].lower_
    if word == "für":
        j = i + 1
        while j < len(doc) and doc[j].tag_ == "ADJA":
            j += 1
        if j + 2 < len(doc) and doc[j].tag_ == "TRUNC" and doc[j + 1].lower_ in {"und", "oder"}:
            j += 2  # "für Schnee- und Lawinenforschung"
        if j < len(doc) and doc[j].tag_ in {"NN", "NE"} and doc[j].text[:1].isupper() and doc[j].ent_type_ != "PER":
            # "für Gerechtigkeit und Frieden", "für Umwelt und Verkehr": two fields joined make one name
            k = j + 2
            while k < len(doc) and doc[k].tag_ == "ADJA":
                k += 1
            if k < len(doc) and doc[j + 1].lower_ == "und" and doc[k].tag_ == "NN" and doc[k].text[:1].isupper() \
                    and doc[k].ent_type_ != "PER" and not (k + 1 < len(doc) and doc[k + 1].tag_ == "NE"):
                return k + 1
            return j + 1
        return None
    if word in {"der", "des"}:
        j = i + 1
        capitalised_adj = False
        while j < len(doc) and doc[j].tag_ == "ADJA":
            capitalised_adj = capitalised_adj or doc[j].text[:1].isupper()
            j += 1
        k = j
        while k < len(doc) and doc[k].tag_ in {"NN", "NE"} and doc[k].text not in TITLE_WORDS and doc[k].ent_type_ != "PER":
            k += 1
        if k > j and (capitalised_adj or any(doc[x].tag_ == "NE" for x in range(j, k))):
            return k
    return None


ACRONYM_NAME_LINKS = frozenset({"für", "der", "des", "und", "in", "von", "zur", "zum"})


def _names_before_acronyms(doc: Doc, data: LanguageData) -> list[Span]:
    """ "Internationalen Atomenergiebehörde" of "… der Internationalen Atomenergiebehörde (IAEA)", "Verband der
    Automobilindustrie" of "(VDA)": the capitalised name that a bracketed acronym follows, with its links
    ("für", "der" after an organisation noun, "in den", lower-case adjectives after a link: "Departement für
    auswärtige Angelegenheiten (EDA)"), and the acronym itself. A short name written as a word ("Behörde für zivile
    Angelegenheiten in den Palästinensergebieten (Cogat)") as well, after a name of two words or more that an
    organisation noun heads (`_bracketed_short_name`)."""
    found = []
    for i in range(2, len(doc) - 2):
        if doc[i].text != "(" or not doc[i + 2].text.startswith(")"):  # "(IAB):" may close in one token
            continue
        acronym = bracketed_acronym(doc[i + 1].text.replace("-", ""))
        if not acronym and not _short_name_word(doc[i + 1]):
            continue
        start = i
        while start > 0 and i - start < 12:
            t = doc[start - 1]
            if t.text[:1].isupper() and t.tag_ in {"NN", "NE", "ADJA", "FM", "TRUNC"}:
                start -= 1  # "Grenz- und Küstenwache": a truncated compound too
                continue
            # links: "für", "in der", "in den", or a genitive "der" after an organisation noun ("Verband der
            # Automobilindustrie"); lower-case adjectives may follow the link ("für zivile Angelegenheiten")
            k = start - 1
            while k > 0 and doc[k].tag_ == "ADJA" and doc[k].text[:1].islower():
                k -= 1
            if doc[k].lower_ not in ACRONYM_NAME_LINKS | LINKED_ARTICLES:
                break
            first = k - 1 if k >= 1 and doc[k - 1].lower_ in ACRONYM_NAME_LINKS else k
            word = doc[first - 1] if first >= 1 else None
            link_words = {x.lower_ for x in doc[first : k + 1]}
            if doc[first].lower_ not in LINKED_ARTICLES and word is not None and word.text[:1].isupper() \
                    and word.tag_ in {"NN", "NE", "ADJA", "TRUNC"} \
                    and (link_words - {"der", "des"} or _org_head(word.text, data)):
                start = first
            else:
                break
        while start < i and not doc[start].text[:1].isupper():
            start += 1
        # "die israelische Behörde …": lower-case adjectives before the name go with it, as other rules take them
        lead = start
        while lead > 0 and doc[lead - 1].tag_ == "ADJA" and doc[lead - 1].text[:1].islower():
            lead -= 1
        if not acronym:
            # a short name written as a word: after an organisation's name of two words or more
            if i - start >= 2 and any(_org_head(t.text, data) or t.text.rsplit("-", 1)[-1] in
                                      data.words.get("organisation_head", ()) for t in _tokens(doc)[start:i]):
                found.append(Span(doc, lead, i, label="ORG"))
                found.append(Span(doc, i + 1, i + 2, label="ORG"))
            continue
        # the acronym starts as the name does ("Bundesgerichtshof (BGH)"); a name cut short at a comma does not
        # ("Departement für Verteidigung, Bevölkerungsschutz und Sport (VBS)")
        mixed = not ACRONYM.match(doc[i + 1].text.replace("-", ""))
        if start < i and (i - start >= 2 or _org_head(doc[start].text, data) and not mixed) \
                and doc[start].text[:1].upper() == doc[i + 1].text[:1]:
            found.append(Span(doc, lead, i, label="ORG"))
            found.append(Span(doc, i + 1, i + 2, label="ORG"))
    # "… (Frontex) meldete … Frontex sprach": the acronym or short name wherever it stands alone
    names = {s.text for s in found if len(s) == 1}
    found += [Span(doc, t.i, t.i + 1, label="ORG") for t in _tokens(doc) if t.text in names
              and not (t.i > 0 and doc[t.i - 1].text == "(")]
    return found


LINKED_ARTICLES = frozenset({"den", "dem", "die"})  # "in den Palästinensergebieten": after a link only


def _short_name_word(token: Token) -> bool:
    """ "Cogat", "Frontex", "Unmiss": a short name written as a word (a capital, then small letters), no known place
    or first name."""
    text = token.text
    gazetteer = load_gazetteer("de")
    return len(text) >= 3 and text[:1].isupper() and text[1:].isalpha() and text[1:].islower() \
        and token.tag_ in {"NE", "FM", "NN"} and text not in gazetteer.places and text not in gazetteer.first_names


def _acronyms_after_names(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "des WSL-Instituts für Schnee- und Lawinenforschung SLF", "das UN-Nothilfebüro OCHA": an acronym written right
    after an organisation's name of a noun, without brackets, is that organisation's (a party's name is not: "die
    Landtagsfraktion SPD"); it is named so wherever it stands alone too."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    parties = data.words.get("party", frozenset())
    found = []
    for s in spans:
        if LABEL_MAP.get(s.label_) != "ORG" or s.end >= len(doc) or s.end in taken or s[-1].tag_ not in {"NN", "NE"} \
                or ACRONYM.match(s[-1].text) or not s[-1].whitespace_:
            continue
        word = doc[s.end]
        if ACRONYM.match(word.text) and word.text not in parties and word.tag_ in {"NE", "NN", "FM", "XY"}:
            found += [Span(doc, t.i, t.i + 1, label="ORG") for t in _tokens(doc) if t.text == word.text and t.i not in taken]
    return found


def _acronyms_of_named_organisations(doc: Doc, spans: list[Span], data: LanguageData) -> list[Span]:
    """ "Nach Angaben des Landeskriminalamts … teilte das LKA mit": an acronym the model left untagged that
    abbreviates the name of one organisation the article names (`abbreviates`), or that the data gives for it
    (`acronym`: "LKA=Landeskriminalamt"), is an organisation (which the clusters then join)."""
    heads = data.words.get("acronym_compound_head", frozenset())
    listed = dict(row.split("=", 1) for row in data.words.get("acronym", ()) if "=" in row)
    parties = data.words.get("party", frozenset())
    places = load_gazetteer("de").places
    taken = {i for s in spans for i in range(s.start, s.end)}
    names = {s.text for s in spans if LABEL_MAP.get(s.label_) == "ORG" and not ACRONYM.match(s.text)}
    names |= {n[:-1] for n in names if n.endswith("s")}  # "Landeskriminalamts"
    found = []
    for t in _tokens(doc):
        if t.i in taken or not ACRONYM.match(t.text) or t.tag_ not in {"NE", "NN", "FM", "XY"} \
                or t.text in parties or t.text in places:
            continue
        full = listed.get(t.text)
        meant = {full if full and n.startswith(full) else n.removesuffix("s") if n.removesuffix("s") in names else n
                 for n in names if full and n.startswith(full) or abbreviates(t.text, n, heads)}
        if len(meant) == 1:
            found.append(Span(doc, t.i, t.i + 1, label="ORG"))
    return found


def _acronym_mentions(doc: Doc, spans: list[Span]) -> list[Span]:
    """Standalone uses of an acronym that heads a known organisation compound ("IS" beside "IS-Terrormiliz")."""
    acronyms = {s.text.split("-")[0] for s in spans if LABEL_MAP.get(s.label_) == "ORG" and "-" in s.text}
    acronyms = {a for a in acronyms if ACRONYM.match(a)}
    if not acronyms:
        return []
    return [Span(doc, i, i + 1, label="ORG") for i, text in enumerate(t.text for t in _tokens(doc)) if text in acronyms]


def name_key(text: str) -> str:
    """Key under which spellings of one name meet: lower case, without article prefixes and genitive -s."""
    words = [NAME_PREFIXES.sub("", w) for w in text.replace("’", "'").split()]
    key = " ".join(words).lower()
    return key.removesuffix("'s")


def cluster_mentions(spans: list[Span], compound_heads: frozenset[str] = frozenset(),
                     bodies: frozenset[str] = frozenset()) -> list[Cluster]:
    clusters: list[Cluster] = []
    by_key: dict[tuple[str, str], Cluster] = {}
    per_clusters: list[Cluster] = []
    for span in sorted(spans, key=lambda s: -(s.end - s.start)):
        label = LABEL_MAP[span.label_]
        key = (label, name_key(span.text))
        cluster = by_key.get(key) or person_ending_in(per_clusters, span.text) if label == "PER" else by_key.get(key)
        if cluster is None and label == "PER" and len(span) == 1 and span.text.endswith(("s", "'", "’")):
            # "Merkels Sprecher", "Sedlmeiers Anwalt": the genitive of a surname named in full before
            cluster = person_ending_in(per_clusters, span.text.rstrip("'’").removesuffix("s"))
        if cluster is None and label == "ORG":
            cluster = _org_by_acronym(clusters, span, bodies)
        if cluster is None:
            cluster = Cluster(type=label)
            clusters.append(cluster)
            if label == "PER":
                per_clusters.append(cluster)
        cluster.mentions.append(span)
        by_key[key] = cluster
    for c in clusters:
        c.mentions.sort(key=lambda s: s.start)
        for m in c.mentions:
            last = m.text.split()[-1]
            if m.label_ == "ORG" and ACRONYM.match(last) and len(m) > 1:
                c.aliases.add(last)
    clusters = _merge_parenthesised_acronyms(clusters)
    clusters = _merge_apposed_acronyms(clusters)
    clusters = _merge_initials(clusters)
    clusters = _merge_abbreviations(clusters, compound_heads)
    clusters = _merge_across_types(clusters)
    clusters = _merge_apposed_names(clusters)
    clusters = _merge_first_names(clusters)
    clusters.sort(key=lambda c: c.mentions[0].start)
    return clusters


def _merge_first_names(clusters: list[Cluster]) -> list[Cluster]:
    """ "Elias bleibt bei Werder" … "Stürmer Elias Hartwig": a person named by a first name alone is the one person
    of the article whose full name starts with it (sports and portraits call people so); with two, nobody."""
    people = [c for c in clusters if c.type == "PER"]
    surnames = {m.text.split()[-1] for c in people for m in c.mentions if len(m.text.split()) > 1}
    merged_away: set[int] = set()
    for c in people:
        names = {m.text for m in c.mentions}
        if len(names) != 1 or " " in next(iter(names)) or next(iter(names)) in surnames:
            continue
        first = next(iter(names))
        full = [o for o in people if o is not c and any(m.text.split()[0] == first and len(m.text.split()) > 1
                                                         for m in o.mentions)]
        if len(full) == 1:
            full[0].mentions.extend(c.mentions)
            full[0].extra_mentions.extend(c.extra_mentions)
            full[0].mentions.sort(key=lambda s: s.start)
            merged_away.add(id(c))
    return [c for c in clusters if id(c) not in merged_away]


def _parenthesised_acronym(m: Span) -> str | None:
    """ "EZB" after "Die Europäische Zentralbank (EZB)", "SN" after "der „Salzburger Nachrichten“ (SN)"."""
    doc = m.doc
    if m.end + 3 < len(doc) and doc[m.end].text in QUOTE_CLOSERS and len(m) >= 2:
        m = doc[m.start : m.end + 1]  # (a quoted title's closing mark stands between name and bracket)
    if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text.startswith(")") \
            and bracketed_acronym(doc[m.end + 1].text.replace("-", "")) \
            and (len(m) >= 2 or ACRONYM.match(doc[m.end + 1].text.replace("-", ""))):
        return doc[m.end + 1].text  # a mixed-case one after a name of several words: not "Bundeswehr (BAAINBw)"
    if len(m) >= 3 and m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text.startswith(")") \
            and doc[m.end + 1].ent_type_ == "ORG" and _short_name_word(doc[m.end + 1]):
        return doc[m.end + 1].text  # "Behörde für zivile Angelegenheiten in den Palästinensergebieten (Cogat)"
    if len(m) >= 2 and m.end + 3 < len(doc) and doc[m.end].text == "(" and doc[m.end + 3].text.startswith(")") \
            and doc[m.end + 1].text[:1].isupper() and ACRONYM.match(doc[m.end + 2].text) \
            and doc[m.end + 1].ent_type_ == doc[m.end + 2].ent_type_ == "ORG":
        return doc[m.end + 1 : m.end + 3].text  # "des Schweizerischen Tropen- und Public-Health-Instituts (Swiss TPH)"
    return None


def _merge_parenthesised_acronyms(clusters: list[Cluster]) -> list[Cluster]:
    """ "Die Europäische Zentralbank (EZB) … die EZB": the acronym in brackets after a name is that organisation,
    wherever it stands alone (and whatever type the model gave it there)."""
    merged_away: set[int] = set()
    for c in clusters:
        if c.type != "ORG" or id(c) in merged_away:
            continue
        for m in list(c.mentions):
            acronym = _parenthesised_acronym(m)
            if acronym is None:
                continue
            c.aliases.add(acronym)
            if m.end >= len(m.doc) or m.doc[m.end].text not in QUOTE_CLOSERS:
                c.acronym = c.acronym or acronym  # (a quoted title keeps its title as its name)
            for other in clusters:
                if other is c or id(other) in merged_away:
                    continue
                if any(o.text == acronym for o in other.mentions):
                    c.mentions.extend(other.mentions)
                    c.extra_mentions.extend(other.extra_mentions)
                    c.aliases |= other.aliases
                    merged_away.add(id(other))
        c.mentions.sort(key=lambda s: s.start)
    return [c for c in clusters if id(c) not in merged_away]


def _merge_apposed_acronyms(clusters: list[Cluster]) -> list[Cluster]:
    """ "die britische Behörde für maritime Sicherheit UKMTO": an acronym right after an organisation's name is that
    organisation, known by the acronym."""
    merged_away: set[int] = set()
    for c in clusters:
        if c.type != "ORG" or id(c) in merged_away:
            continue
        for m in list(c.mentions):
            if len(m) < 2 or m.end >= len(m.doc) or not ACRONYM.match(m.doc[m.end].text):
                continue
            acronym = m.doc[m.end].text
            for other in clusters:
                if other is c or id(other) in merged_away or other.type != "ORG":
                    continue
                if any(o.start == m.end and o.text == acronym for o in other.mentions) \
                        and all(o.text == acronym for o in other.mentions):
                    c.mentions.extend(other.mentions)
                    c.extra_mentions.extend(other.extra_mentions)
                    c.aliases |= other.aliases
                    c.acronym = c.acronym or acronym
                    merged_away.add(id(other))
        c.mentions.sort(key=lambda s: s.start)
    return [c for c in clusters if id(c) not in merged_away]


def _merge_initials(clusters: list[Cluster]) -> list[Cluster]:
    """ "Die NZZ" after "der «Neuen Zürcher Zeitung»": an acronym of the initials of an organisation's name (three
    capitalised words or more) is that organisation."""
    merged_away: set[int] = set()
    for c in clusters:
        if c.type != "ORG" or id(c) in merged_away:
            continue
        for m in c.mentions:
            words = [t.text for t in m if t.text[:1].isupper()]
            if len(words) < 3 or len(words) != len([t for t in m if not t.is_punct]):
                continue
            initials = "".join(w[0] for w in words)
            for other in clusters:
                if other is c or id(other) in merged_away or other.type not in {"ORG", "MISC"}:
                    continue
                if other.mentions and all(o.text == initials for o in other.mentions):
                    c.mentions.extend(other.mentions)
                    c.extra_mentions.extend(other.extra_mentions)
                    c.aliases.add(initials)
                    c.acronym = c.acronym or initials
                    merged_away.add(id(other))
        c.mentions.sort(key=lambda s: s.start)
    return [c for c in clusters if id(c) not in merged_away]


def _merge_abbreviations(clusters: list[Cluster], compound_heads: frozenset[str] = frozenset()) -> list[Cluster]:
    """ "Austrian Airlines … die AUA", "der Chaos Computer Club … Der CCC": an organisation named only by an acronym
    is the one organisation of the article whose name it abbreviates (`abbreviates`); with two, neither."""
    merged_away: set[int] = set()
    for short in clusters:
        names = {m.text for m in short.mentions}
        if short.type != "ORG" or len(names) != 1 or not ACRONYM.match(next(iter(names))) or any(
                m.start > 0 and m.doc[m.start - 1].text == "(" for m in short.mentions):
            continue  # "die „Rheinische Post“ (RP)": a bracketed acronym is the bracket rules' to read
        acronym = next(iter(names))
        full = [c for c in clusters if c is not short and c.type == "ORG" and id(c) not in merged_away
                and abbreviates(acronym, c.name, compound_heads)]
        if len(full) != 1:
            continue
        full[0].mentions.extend(short.mentions)
        full[0].extra_mentions.extend(short.extra_mentions)
        full[0].aliases.add(acronym)  # known by its name still: an acronym of syllables ("AUA") is no official one
        full[0].mentions.sort(key=lambda s: s.start)
        merged_away.add(id(short))
    return [c for c in clusters if id(c) not in merged_away]


def _merge_apposed_names(clusters: list[Cluster]) -> list[Cluster]:
    """ "die Nachrichtenagentur Reuters … Reuters": a one-word name typed as a person or place elsewhere is the
    organisation written with it after a common noun."""
    merged_away: set[int] = set()
    for c in clusters:
        if c.type != "ORG":
            continue
        for m in c.mentions:
            if len(m) != 2 or m[0].tag_ != "NN" or not m[1].text[:1].isupper():
                continue
            for other in clusters:
                if other is c or other.type in {"ORG", "LOC"} or id(other) in merged_away:  # "Polizei Köln"
                    continue
                if all(o.text == m[1].text for o in other.mentions):
                    c.mentions.extend(other.mentions)
                    c.extra_mentions.extend(other.extra_mentions)
                    merged_away.add(id(other))
        c.mentions.sort(key=lambda s: s.start)
    return [c for c in clusters if id(c) not in merged_away]


TYPE_PREFERENCE = ("LOC", "ORG", "PER", "MISC")  # on a tie, a name typed two ways is more often a place


def _merge_across_types(clusters: list[Cluster]) -> list[Cluster]:
    """One name is one entity: "Island" tagged PER once and LOC once becomes a single entity of the majority type."""
    by_name: dict[str, list[Cluster]] = {}
    for c in clusters:
        by_name.setdefault(name_key(c.name), []).append(c)
    merged = []
    for group in by_name.values():
        if len(group) == 1:
            merged.append(group[0])
            continue
        # "der Fahrradhersteller Veloria … Veloria war": a name written after an organisation noun is that organisation
        winner = max(group, key=lambda c: (c.type == "ORG" and c.name in c.nominatives.values(), len(c.mentions),
                                           -TYPE_PREFERENCE.index(c.type)))
        for other in group:
            if other is not winner:
                winner.mentions.extend(other.mentions)
                winner.extra_mentions.extend(other.extra_mentions)
                winner.aliases |= other.aliases
                winner.nominatives.update(other.nominatives)
                winner.acronym = winner.acronym or other.acronym
        winner.mentions.sort(key=lambda s: s.start)
        merged.append(winner)
    return merged


def _merge_short_names(clusters: list[Cluster], data: LanguageData, places: set[str] | frozenset[str]) -> list[Cluster]:
    """ "Kaltenbach Chemie rutscht ins Minus" … "der Spezialchemiekonzern Kaltenbach": an organisation (or a name
    typed a person, before a company's field or word: "Brückmann Antriebstechnik", "Corvane Capital") known by one
    word is the one organisation whose longer name opens with it and goes on in capitalised words that name no
    place ("Polizei Köln" is not "die Polizei") and no organisation noun."""
    merged_away: set[int] = set()
    fields = tuple(data.words.get("company_field", ()))
    for short in clusters:
        word = short.name
        if short.type not in {"ORG", "PER"} or " " in word or "-" in word or not word[:1].isupper() \
                or ACRONYM.match(word) or _org_head(word, data) or _outlet_noun(word, data):
            continue
        # "Ein Sprecher von Brückmann" (typed a person) after "Brückmann Antriebstechnik": the company by its family name
        longer = [c for c in clusters if c is not short and c.type == "ORG" and id(c) not in merged_away
                  and (_extends_name(c.name, word, data, places)
                       or short.type == "ORG" and _club_of_place(c.name, word, data, places))
                  and (short.type == "ORG" or c.name.split()[-1].lower().endswith(fields)
                       or c.name.split()[-1] in data.words.get("company_word", frozenset()))]
        if len(longer) != 1:
            continue
        target = longer[0]
        target.mentions.extend(short.mentions)
        target.extra_mentions.extend(short.extra_mentions)
        target.aliases |= short.aliases | {word}
        target.nominatives.update(short.nominatives)
        target.mentions.sort(key=lambda s: s.start)
        merged_away.add(id(short))
    return [c for c in clusters if id(c) not in merged_away]


def _companies_typed_as_people(doc: Doc, clusters: list[Cluster], data: LanguageData, gazetteer: Gazetteer) -> None:
    """ "Der Sportwagenbauer Porsche erwägt …", "Ein Porsche-Sprecher", "der US-Investmentbank Jefferies": a name of one
    word the model typed a person, never written with a first name, is a company where the article writes it as the
    first part of a compound ("Roche-Forschung") or right after a word for a company (`company_descriptor`); a name
    typed a place, no known one, where it follows such a word."""
    descriptors = tuple(data.words.get("company_descriptor", ()))
    surnames = {m[-1].text for c in clusters if c.type == "PER" for m in c.mentions if len(m) > 1}
    compounded = {t.text.split("-", 1)[0] for t in _tokens(doc)
                  if "-" in t.text.strip("-") and t.text.split("-", 1)[1][:1].isupper()}
    companies_only = tuple(data.words.get("company_only_descriptor", ()))
    endings = data.words.get("company_name_ending", frozenset())
    for c in clusters:
        if c.type == "PER" and " " in c.name and c.name.split()[-1] in endings \
                and c.name.split()[0] not in gazetteer.first_names:
            c.type = "ORG"  # "Pareto Securities", "Berenberg Capital": a company's word closes the name
            continue
        if c.type == "PER" and " " in c.name and companies_only and _named_after_company_noun(
                doc, c, companies_only, gazetteer):
            c.type = "ORG"  # "die Investmentbank Goldman Sachs": no first name, after a word for a company only
            continue
        if c.type not in {"PER", "LOC"} or any(len(m) != 1 for m in c.mentions) or " " in c.name or "-" in c.name:
            continue
        words = {m.text for m in c.mentions}
        if words & surnames or words & gazetteer.first_names or words & gazetteer.places \
                or not all(w[:1].isupper() and w[1:2].islower() for w in words):
            continue
        # a place is written in compounds too ("Berlin-Besuch"): only its descriptor makes it a company
        compound = c.type == "PER" and bool(words & compounded)
        described = any(m.start > 0 and doc[m.start - 1].tag_ == "NN"
                        and doc[m.start - 1].text.lower().endswith(descriptors) for m in c.mentions)
        if compound or described:
            c.type = "ORG"


def _named_after_company_noun(doc: Doc, c: Cluster, descriptors: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """A name of several words the model typed a person, written in full right after a noun that only a company is
    called (`company_only_descriptor`: "Investmentbank", "Versicherer") and opened by no first name."""
    full = [m for m in c.mentions if len(m) > 1]
    return bool(full) and all(m[0].text not in gazetteer.first_names for m in full) and any(
        m.start > 0 and doc[m.start - 1].tag_ == "NN" and doc[m.start - 1].text.lower().endswith(descriptors)
        for m in full)


def _vessels_typed_as_names(doc: Doc, clusters: list[Cluster], data: LanguageData) -> None:
    """ "den Frachter „Aurora Star“ … Die „Aurora Star“ habe": a name written right after a word for a ship
    (`vessel_noun`: Frachter, Tanker, Fähre, -schiff) names that ship, no organisation, person or place."""
    vessels = tuple(data.words.get("vessel_noun", ()))
    if not vessels:
        return
    for c in clusters:
        if c.type == "MISC":
            continue
        for m in c.mentions:
            i = m.start - 1
            if i >= 0 and doc[i].text in QUOTE_OPENERS:
                i -= 1
            if i >= 0 and doc[i].tag_ == "NN" and doc[i].lower_.endswith(vessels):
                c.type = "MISC"
                break


def _merge_level_short_forms(clusters: list[Cluster], data: LanguageData) -> list[Cluster]:
    """ "des Bundesfamilienministeriums" … "Das Familienministerium teilte mit": an organisation named by one compound
    is the one organisation of the article named by that compound with the prefix of its level (`level_prefix`:
    "Bundes", "Landes") before it."""
    prefixes = data.words.get("level_prefix", frozenset())
    merged_away: set[int] = set()
    for short in clusters:
        word = short.name
        if short.type != "ORG" or " " in word or "-" in word or not _org_head(word, data):
            continue
        longer = [c for c in clusters if c is not short and c.type == "ORG" and id(c) not in merged_away
                  and any(c.name == p + word.lower() for p in prefixes)]
        if len(longer) != 1:
            continue
        target = longer[0]
        target.mentions = sorted(target.mentions + short.mentions, key=lambda m: m.start)
        target.extra_mentions.extend(short.extra_mentions)
        target.aliases |= short.aliases | {word}
        target.nominatives.update(short.nominatives)
        merged_away.add(id(short))
    return [c for c in clusters if id(c) not in merged_away]


def _extends_name(name: str, word: str, data: LanguageData, places: set[str] | frozenset[str]) -> bool:
    first, _, rest = name.partition(" ")
    return first == word and bool(rest) and rest not in places \
        and all(w[:1].isupper() and not _org_head(w, data) for w in rest.split())


CLUB_PREFIX = re.compile(r"^(?:[A-Z]{2,4}|[A-Z][a-z][A-Z]|1\.)$")  # "SV", "TSG", "VfB", "1."


def _club_of_place(name: str, word: str, data: LanguageData, places: set[str] | frozenset[str]) -> bool:
    """ "Werder" of "SV Werder Bremen" or "Werder Bremen": a club is known by its name without the town it plays
    for and without the letters of its kind ("SV", "VfB")."""
    words = name.split()
    while len(words) > 2 and CLUB_PREFIX.match(words[0]):
        words = words[1:]
    return len(words) >= 2 and words[0] == word and " ".join(words[1:]) in places \
        and not _org_head(word, data)


def person_ending_in(clusters: list[Cluster], name: str) -> Cluster | None:
    """The person whose longer name ends in `name`: "Kazemi" -> "Mustafa al-Kazemi"."""
    key = name_key(name).split()
    for cluster in clusters:
        if cluster.type != "PER":
            continue
        for m in cluster.mentions:
            full = name_key(m.text).split()
            if len(key) < len(full) and full[-len(key) :] == key:
                return cluster
    return None


def abbreviates(acronym: str, name: str, compound_heads: frozenset[str] = frozenset()) -> bool:
    """Whether the acronym is made of the beginnings of the name's capitalised words, in order, every word giving
    one letter or more: "AUA" of "Austrian Airlines", "CCC" of "Chaos Computer Club", "AA" of "Auswärtiges Amt";
    a compound ending in one of `compound_heads` may give a letter of its head too ("KBA" of
    "Kraftfahrt-Bundes|amt"), and one opened by the prefix of a level (`LEVEL_PREFIXES`) a letter of that prefix
    ("LKA" of "Landes|kriminal|amt", a compound word alone where the acronym has three letters or more). A word that
    is an acronym itself gives all its letters: "SP" abbreviates no "SVP-Politikerin"."""
    written = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    whole = {w.lower() for w in written if ACRONYM.match(w)}
    words = [w.lower() for w in written]
    parts = [p for w in words for p in (_compound_parts(w, compound_heads) if w not in whole else (w,))]

    def split(names: tuple[str, ...], rest: str, k: int) -> bool:
        if k == len(names):
            return not rest
        shortest = len(names[k]) if names[k] in whole else 1
        return any(rest[:n] == names[k][:n] and split(names, rest[n:], k + 1)
                   for n in range(shortest, min(len(rest), len(names[k])) + 1))

    variants = [names for names in dict.fromkeys((tuple(words), tuple(parts)))
                if len(words) >= 2 or len(names) >= 2 and len(acronym) >= 3]
    return any(split(names, acronym.lower(), 0) for names in variants)


LEVEL_PREFIXES = ("bundes", "landes")  # "Landeskriminalamt": the level a compound's first part names


def _compound_parts(word: str, heads: frozenset[str]) -> tuple[str, ...]:
    """ "bundesamt" -> ("bundes", "amt") where "amt" is a head; "landeskriminalamt" -> ("landes", "kriminal", "amt");
    a word without one stays whole."""
    head = next((h for h in sorted(heads, key=len, reverse=True) if word.endswith(h) and len(word) >= len(h) + 3), None)
    if head is None:
        return (word,)
    stem = word[: -len(head)]
    prefix = next((p for p in LEVEL_PREFIXES if stem.startswith(p) and len(stem) >= len(p) + 3), None)
    return (prefix, stem[len(prefix):], head) if prefix else (stem, head)


def _org_by_acronym(clusters: list[Cluster], span: Span, bodies: frozenset[str] = frozenset()) -> Cluster | None:
    """The organisation named before as a compound the name opens ("dpa-AFX" for "dpa") or ends; not a body of the
    organisation (`body_of_organisation`: "EU-Kommission" is not the EU, "CDU-Fraktion" not the CDU)."""
    text = span.text
    for c in clusters:
        if c.type != "ORG":
            continue
        for m in c.mentions:
            first, _, rest = m.text.partition("-")
            if first == text and rest and rest.lower().endswith(tuple(bodies)):
                continue
            if first == text or m.text.split()[-1] == text:
                return c
    return None


def _written_as_place(cluster: Cluster, gazetteer: Gazetteer) -> bool:
    """A place the gazetteer knows, the dateline names ("Lausanne (SDA) –") or the text writes after a preposition
    ("in Charkiw"); "Veloria war …" after "Der Fahrradhersteller Veloria" is a company the model typed as a place."""
    if cluster.name in gazetteer.places:
        return True
    datelines = cluster.mentions[0].doc._.datelines or []
    return any(m.start > 0 and m.doc[m.start - 1].tag_ in {"APPR", "APPRART"}
               and m.doc[m.start - 1].lower_ not in NON_LOCAL_PREPOSITIONS
               or any(d.start <= m.start < d.end for d in datelines) for m in cluster.mentions)


# "zum Kern von Selbeck", "eine Klage gegen Veloria": prepositions that take a company as readily as a place
NON_LOCAL_PREPOSITIONS = frozenset({"von", "vom", "für", "gegen", "mit", "über", "durch", "ohne", "laut", "seitens"})


ABSTRACT_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "tät")  # common nouns, rarely names


def _name_after_organisation_noun(cluster: Cluster, data: LanguageData, places: set[str] | frozenset[str]) -> None:
    """ "Industrieverband Swissmem", "Gewerkschaft Verdi": the organisation is known by the name after its noun; not
    "Polizei Köln" or "Stadt Leipzig", where the name is a place."""
    for m in cluster.mentions:
        # "das Berliner Fintech Kontora": a place's adjective may go before the noun
        k = next((n for n, t in enumerate(m) if not _town_adjective(t)), len(m))
        if k >= len(m):
            continue  # "Der Gießener Landrat": a mention that is a town's adjective alone names no organisation
        # "Fintech", "Autozulieferers" tagged NE: a compound of an organisation noun, lower-case inside
        noun = len(m) >= k + 2 and (m[k].tag_ == "NN" or m[k].text in data.org_nouns
                                    or m[k].tag_ == "NE" and m[k].text[1:].islower() and len(m[k].text) > 8)
        # "UN-Mission Monusco", "Botschaft": a word for an organisation's office abroad (`organisation_head`) as well
        mission = m[k].text.rsplit("-", 1)[-1] in data.words.get("organisation_head", ())
        if not noun or not (_org_head(m[k].text, data) or _outlet_noun(m[k].text, data) or mission):
            continue
        rest = m[k + 1 :]
        if _names_its_seat(m[k], data):
            continue  # "Staatsanwaltschaft Landshut", "Landgericht Traunstein": a place the gazetteer may not know
        if len(rest) > 1 and rest[-1].text.upper() in LEGAL_FORMS and rest[:-1].text in places:
            continue  # "Flughafen Wien AG": a place and a legal form after the noun make one name with it
        if len(rest) > 1 and rest[-1].text in DISTRICT_NUMERALS and rest[:-1].text in places:
            continue  # "Landgericht München I": a numbered district of a place, no name of its own
        if all(t.tag_ == "NN" and t.lower_.endswith(ABSTRACT_NOUN_ENDINGS) for t in rest):
            continue  # "Fachverband Güterbeförderung": the field it covers, a common noun, is part of its name
        if all(t.tag_ in {"NE", "FM"} or t.text[:1].isupper() or t.i > rest.start and t.text.isdigit() for t in rest) \
                and rest.text not in places \
                and not any(t.tag_ in {"NN"} and _org_head(t.text, data) for t in rest):
            cluster.nominatives.setdefault(m.text, rest.text)
            cluster.aliases.add(m.text)


def _names_its_seat(noun: Token, data: LanguageData) -> bool:
    """A local authority or a court ("Staatsanwaltschaft", "Landgerichts"): the name after it is where it sits."""
    word = _without_genitive_s(noun.text, data)
    return word in data.words.get("local_institution", frozenset()) or word.lower().endswith("gericht")


def _place_genitives(cluster: Cluster, places: set[str] | frozenset[str]) -> None:
    """ "nach Darstellung Ankaras", "die Regierung Hessens": a known place in the genitive is known by its name."""
    for m in cluster.mentions:
        if len(m) == 1 and m.text.endswith("s") and m.text not in places and m.text[:-1] in places:
            cluster.nominatives[m.text] = m.text[:-1]
            cluster.aliases.add(m.text[:-1])


def _name_before_group_noun(cluster: Cluster, data: LanguageData) -> None:
    """ "Hisbollah-Miliz", "Huthi-Miliz": a group is known by the name its noun (`group_compound_head`) is joined to;
    the compound is an alias, and the group meets its bare name elsewhere in the article."""
    heads = data.words.get("group_compound_head", frozenset())
    for m in cluster.mentions:
        name, _, head = m.text.rpartition("-")
        if len(m) == 1 and name[:1].isupper() and head in heads and not ACRONYM.match(name):
            cluster.nominatives.setdefault(m.text, name)
            cluster.aliases.add(m.text)


def _regional_party_branch(cluster: Cluster, data: LanguageData, places: set[str] | frozenset[str]) -> None:
    """ "die Wiener ÖVP", "die Berliner SPD": a party named with a place's adjective is its branch there, known as
    "ÖVP Wien", "SPD Berlin"."""
    parties = data.words.get("party", frozenset())
    for m in cluster.mentions:
        if len(m) != 2 or m[1].text not in parties or not m[0].text.endswith("er"):
            continue
        place = m[0].text[:-2]
        if place in places:
            cluster.aliases.add(f"{m[1].text} {place}")


def _known_acronyms(clusters: list[Cluster], data: LanguageData) -> None:
    """ "Die Weltgesundheitsorganisation warnte": an organisation named in full is known by its acronym too, and one
    named by its acronym by its full name (`known_acronym`, `acronym`: "WHO=Weltgesundheitsorganisation")."""
    rows = [row.split("=", 1) for key in ("known_acronym", "acronym") for row in data.words.get(key, ()) if "=" in row]
    for c in clusters:
        if c.type != "ORG":
            continue
        names = {c.name, *c.nominatives.values(), *c.aliases}
        for acronym, full in rows:
            if full in names:
                c.aliases.add(acronym)
            elif acronym in names and " " not in full:
                c.aliases.add(full)


def _branches_of_the_same_place(clusters: list[Cluster], data: LanguageData) -> None:
    """ "Die Wiener ÖVP … Die Grünen warfen der SPÖ vor": where the article names parties' branches of one place
    only, the other parties it names are known by their branch there too ("Grüne Wien")."""
    parties = data.words.get("party", frozenset())
    branches = {a.split(" ", 1)[1] for c in clusters if c.type == "ORG" for a in c.aliases
                if a.split(" ", 1)[0] in parties and " " in a}
    if len(branches) != 1:
        return
    place = next(iter(branches))
    for c in clusters:
        if c.type == "ORG" and c.name in parties:
            c.aliases.add(f"{c.name} {place}")


STRONG_ENDINGS = {"m": "er", "n": "es", "f": "e", "pl": "e"}


def add_nominatives(cluster: Cluster, data: LanguageData) -> None:
    """The nominative of mentions that open with declined adjectives: "des Weißen Hauses" -> "Weißes Haus", "der
    Deutsche Wetterdienst" -> "Deutscher Wetterdienst", "im Finnischen Meerbusen" -> "Finnischer Meerbusen". The
    gender comes from an article before a nominative mention in the text ("der Deutsche …": masculine), else from the
    head noun's ending (`noun_gender` in words.tsv); without either the mention stays as written."""
    add_title_nominatives(cluster)
    for m in cluster.mentions:
        adjectives = []
        for t in m:
            if t.tag_ != "ADJA":
                break
            adjectives.append(t)
        if not adjectives:
            _add_genitive_nominative(cluster, m, data)
            continue
        if len(adjectives) >= len(m) or m[len(adjectives)].tag_ not in {"NN", "NE"}:
            continue
        head = m[len(adjectives)]
        # "des russischen Verteidigungsministeriums": a description, known with the definite article as "(das)
        # russische Verteidigungsministerium", whatever the gender; an alias, not the name
        described = any(t.text[:1].islower() for t in adjectives)
        plural = noun_gender(head.text, data) == "pl"  # "der Städtischen Werke": the lemma "Werk" hides the plural
        gender = "f" if described else _gender_from_articles(cluster, len(adjectives)) or ("pl" if plural else None) \
            or noun_gender(head.lemma_ or head.text, data) or noun_gender(head.text, data) \
            or noun_gender(_without_genitive_s(head.text, data), data)
        # "bei den Bayreuther Festspielen": a name in the plural, in the dative
        dative_plural = m.start > 0 and m.doc[m.start - 1].lower_ in {"den", "bei", "von", "mit", "zu"} \
            and head.text.endswith("en") and noun_gender(head.text[:-1], data) == "pl" and not described
        if dative_plural:
            gender = "pl"
        if gender is None:
            continue
        words = []
        for t in adjectives:
            stem = t.text
            if t.lemma_ and t.text.lower() == t.lemma_.lower():
                if t.text.endswith("er"):  # "Zürcher", "Kiewer": never declined
                    words.append(t.text)
                    continue
                # the lemmatizer kept a capitalised adjective as written ("Statistischen"): strip its ending
                stem = next((stem[: -len(e)] for e in ("en", "em", "es", "e") if stem.endswith(e)), stem)
            lemma = (t.lemma_ or "").lower()
            for ending in ("en", "em", "er", "es", "e"):
                # "Grosse" of "groß": Swiss spelling writes the lemma's ß as ss
                if stem.endswith(ending) and stem[: -len(ending)].lower() in {lemma, lemma.replace("ß", "ss")}:
                    stem = stem[: -len(ending)]
                    break
            # "der „Kronen Zeitung“": a word whose ending gives no adjective's stem is no declined adjective
            words.append(t.text if stem == t.text else stem + STRONG_ENDINGS[gender])
        noun = head.text[:-1] if dative_plural else head.text
        if gender in {"m", "n"} and noun.endswith("s") and head.lemma_ and noun.startswith(head.lemma_) \
                and 0 < len(noun) - len(head.lemma_) <= 2:
            noun = head.lemma_  # "Hauses" -> "Haus"
        if described and noun.endswith(GENITIVE_S_AFTER):
            noun = noun[:-1]
        elif gender in {"m", "n"} and noun.endswith("s") and noun_gender(noun, data) is None \
                and noun_gender(noun[:-1], data) == gender:
            noun = noun[:-1]  # "Bundesamts" -> "Bundesamt"
        nominative = " ".join([*words, noun, *(t.text for t in m[len(adjectives) + 1 :])])
        if described:
            cluster.aliases.add(nominative)
        elif nominative != m.text:
            cluster.nominatives[m.text] = nominative


def _without_genitive_s(noun: str, data: LanguageData) -> str:
    """ "Bundesamt" of "Bundesamts", "Skiverband" of "Skiverbands": a masculine or neuter noun the lemmatizer kept in
    the genitive, by the gender its ending has without the -s; else the noun as written."""
    if noun.endswith("s") and noun_gender(noun, data) is None and noun_gender(noun[:-1], data) in {"m", "n"}:
        return noun[:-1]
    return noun


def _add_genitive_nominative(cluster: Cluster, m: Span, data: LanguageData) -> None:
    """ "des Alfred-Wegener-Instituts" -> "Alfred-Wegener-Institut", "des Potsdam-Instituts für
    Klimafolgenforschung" -> "Potsdam-Institut für Klimafolgenforschung": a name after "des" whose head noun opens it
    and ends in a genitive -s; "des Robert Koch-Instituts" -> "Robert Koch-Institut": a person's name before it."""
    before = m.start - 1
    if before > 0 and m.doc[before].text in QUOTE_OPENERS:
        before -= 1  # "des „Handelsblatts“"
    if before >= 0 and m.doc[before].lower_ == "den" and m[0].tag_ == "NN" and m[0].text.endswith("en") \
            and noun_gender(m[0].text[:-1], data) == "pl" and noun_gender(m[0].text, data) != "pl":
        # "bei den Stadtwerken Bochum": a name in the plural, in the dative
        cluster.nominatives.setdefault(m.text, " ".join([m[0].text[:-1], *(t.text for t in m[1:])]))
        return
    if before < 0 or m.doc[before].lower_ != "des" or m[0].tag_ not in {"NN", "NE"}:
        return
    noun = _without_genitive_s(m[0].text, data)
    # "des Universitätsklinikums Tübingen", "des Landgerichts Oldenburg": the place after the head is not declined
    placed = len(m) > 1 and m[1:].text in load_gazetteer("de").places | data.words.get("region", frozenset())
    # "des Verkehrsverbunds Ost-Region (VOR)": the acronym spells the head with the words after it
    spelled = len(m) > 1 and any(ACRONYM.match(o.text) and abbreviates(o.text, " ".join([noun, *(t.text for t in m[1:])]))
                                 for o in cluster.mentions)
    if noun != m[0].text and (len(m) == 1 or m[1].lower_ in ACRONYM_NAME_LINKS or placed or spelled):
        cluster.nominatives.setdefault(m.text, " ".join([noun, *(t.text for t in m[1:])]))
        return
    last = _without_genitive_s(m[-1].text, data)
    # "des „Manager Magazins“" -> "Manager Magazin": a name that closes with an organisation's noun
    if len(m) > 1 and last != m[-1].text and all(t.tag_ in {"NN", "NE"} for t in m) \
            and _org_head(last.rsplit("-", 1)[-1], data):
        cluster.nominatives.setdefault(m.text, " ".join([*(t.text for t in m[:-1]), last]))


def add_title_nominatives(cluster: Cluster) -> None:
    """ "der „Thüringer Allgemeinen“", "der „Süddeutschen“": a quoted title of adjectives alone after "der" is a
    paper's, whose unwritten head is "Zeitung"; its nominative is "Thüringer Allgemeine" (whatever type the model
    gave it)."""
    for m in cluster.mentions:
        doc = m.doc
        if not all(t.tag_ == "ADJA" for t in m) or m.start < 2 or m.end >= len(doc) \
                or not (doc[m.start - 1].text in QUOTE_MARKS and doc[m.end].text in QUOTE_MARKS) \
                or doc[m.start - 2].lower_ != "der":
            continue
        nominative = " ".join(t.text[:-1] if t.text.endswith("en") and t.text.lower() != t.lemma_.lower() else t.text
                              for t in m)
        if nominative != m.text:
            cluster.nominatives[m.text] = nominative


def _gender_from_articles(cluster: Cluster, n_adjectives: int) -> str | None:
    """ "der Deutsche Wetterdienst": "der" before an adjective in -e is masculine, "das" neuter, "die" feminine;
    "die Städtischen Werke": "die" before an adjective in -en is plural."""
    for m in cluster.mentions:
        if m.start == 0 or len(m) <= n_adjectives or m[0].tag_ != "ADJA":
            continue
        article = m.doc[m.start - 1].lower_
        if article == "die" and m[0].text.endswith("en"):
            return "pl"
        if not m[0].text.endswith("e"):
            continue
        if article in {"der", "das", "die"}:
            return {"der": "m", "das": "n", "die": "f"}[article]
    return None


def noun_gender(word: str, data: LanguageData) -> str | None:
    """The gender of a noun by its ending, compounds by their last part ("Wetterdienst": "dienst" -> m)."""
    lower = word.lower()
    genders, lengths = _gender_endings(data.words.get("noun_gender", frozenset()))
    return next((genders[lower[-n:]] for n in lengths if lower[-n:] in genders), None)  # the longest ending


@lru_cache(maxsize=8)
def _gender_endings(rows: frozenset[str]) -> tuple[dict[str, str], tuple[int, ...]]:
    """Ending -> gender, and the endings' lengths, longest first: a lookup per length, not a scan of every row."""
    genders = {e.lower(): g for e, g in (r.split("=", 1) for r in rows if "=" in r) if e}
    return genders, tuple(sorted({len(e) for e in genders}, reverse=True))


def canonical_name(cluster: Cluster) -> str:
    """The longest mention without leading titles; for organisations named by acronym compounds, the acronym."""
    if cluster.qualified_name:
        return cluster.qualified_name
    if cluster.acronym:
        return cluster.acronym
    best = max(cluster.mentions, key=lambda m: (len(m), len(m.text)))
    if best.text in cluster.nominatives:
        return cluster.nominatives[best.text]
    words = best.text.split()
    while len(words) > 1 and words[0] in TITLE_WORDS:
        words = words[1:]
    if cluster.type == "ORG" and len(words) > 1 and words[0].endswith(GENITIVE_S_AFTER) and best[0].tag_ == "NN":
        words[0] = words[0][:-1]  # "des Landeskriminalamts Rheinland-Pfalz" -> "Landeskriminalamt Rheinland-Pfalz"
    name = " ".join(words)
    plural = noun_gender(name, load_language("de")) == "pl"  # "Stadtwerke", "Verkehrsbetriebe": named in the plural
    # "Neuss", "Weiss": a word ending in a double s has no genitive -s to drop
    if len(best) == 1 and best[0].lemma_ and name.startswith(best[0].lemma_) and 0 < len(name) - len(best[0].lemma_) <= 2 \
            and not plural and not name.endswith("ss"):
        name = best[0].lemma_  # "Innenministeriums" -> "Innenministerium"
    elif len(best) == 1 and cluster.type == "ORG" and name.endswith(GENITIVE_S_AFTER):
        name = name[:-1]  # the lemmatizer did not know the word: "Innenministeriums", "Bundesrats"
    if cluster.type == "ORG" and len(best) >= 2 and best[0].tag_ == "NN":
        rest = best[1:].text  # "Nachrichtenagentur Reuters", "Gewerkschaft Verdi": known alone as "Reuters", "Verdi"
        if any(m.text == rest for m in cluster.mentions):
            return rest
    if cluster.type == "ORG":
        # "Ahlulbayt Nachrichtenagentur ABNA"; not the genitive of "Zeitung der SPD"
        # "IG BCE": a name of acronyms only is known by all of it
        # (an acronym that does not start where the name starts abbreviates no part of it: "Hertha BSC")
        acronyms = [m.text if all(ACRONYM.match(w) for w in m.text.split())
                    else m.text.split()[-1] for m in cluster.mentions if ACRONYM.match(m.text.split()[-1])
                    and not (len(m) > 1 and m[-2].lower_ in {"der", "des", "von", "vom"})
                    and m.text.split()[-1][:1].upper() == m.text[:1].upper()]
        # ("der „Rheinischen Post“ (RP)": a quoted title is known by its title)
        quoted = best.end < len(best.doc) and best.doc[best.end].text in QUOTE_CLOSERS
        if acronyms and not quoted:  # "Ahlulbayt Nachrichtenagentur ABNA" is known as ABNA
            return acronyms[0]
        if best[0].tag_ == "ADJA" and best[0].text[:1].islower():
            # "irakischen Kommandos für gemeinsame Operationen" -> "Kommando für gemeinsame Operationen"
            head = next((t for t in best if t.tag_ in {"NN", "NE"}), None)
            if head is not None:
                return " ".join([head.lemma_ or head.text] + [t.text for t in best if t.i > head.i])
    return name


def to_entities(clusters: list[Cluster]) -> list[Entity]:
    entities = []
    for n, c in enumerate(clusters):
        name = c.name
        mentions = [TextSpan(text=m.text, start=m.start_char, end=m.end_char) for m in c.mentions]
        mentions += c.extra_mentions
        mentions.sort(key=lambda m: m.start)
        aliases = sorted(({m.text for m in mentions} | c.aliases | set(c.nominatives.values())) - {name})
        entities.append(Entity(id=f"e{n}", name=name, type=c.type, aliases=aliases, mentions=mentions))
    return entities
