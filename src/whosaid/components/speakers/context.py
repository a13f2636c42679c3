"""What speaker resolution knows of an article (`Context`), what it answers (`Resolution`), and the small
readers of spans and language data that every resolution rule shares."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from whosaid.components.descriptions import Profile
from whosaid.components.entities import Cluster
from whosaid.components.phrases import QUOTE_MARKS, adjective_stem, extended_attribute_end, strip_span, text_sentences
from whosaid.lang import LanguageData

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
    # every statement's speaker phrase, cue lemma and resolution so far, in text order
    said: list[tuple[Span, str, Resolution]] = field(default_factory=list)
    content: list[Span] = field(default_factory=list)  # the content of the statement whose speaker is being resolved

    def in_content(self, token: Token) -> bool:
        """The token lies in what the statement being resolved says: a person named there is no speaker of it."""
        return any(s.start <= token.i < s.end for s in self.content)


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


def _is_role(token: Token, data: LanguageData) -> bool:
    """A role noun in any case form: "Präsidenten" is "Präsident"."""
    return token.text in data.role_nouns or token.lemma_ in data.role_nouns


def _transliterated(name: str, data: LanguageData) -> str:
    """A name in one spelling of its transliterations (transliteration: "dsch" and "dj" are "j")."""
    key = name.lower()
    for row in sorted(data.words.get("transliteration", ()), key=lambda r: -len(r.split("=")[0])):  # "dsch" before "sch"
        written, common = row.split("=")
        key = key.replace(written, common)
    return key


def _spoke_in_sentence_or_one_before(span: Span, said: Span) -> bool:
    """The speaker phrase `said` stands in the sentence of `span` or in the one right before it."""
    sents = text_sentences(span.doc)
    here = next((n for n, s in enumerate(sents) if s.start <= span.start < s.end), None)
    spoke = next((n for n, s in enumerate(sents) if s.start <= said.start < s.end), None)
    return here is not None and spoke is not None and here - spoke in {0, 1}


def _headline_end(doc: Doc) -> int:
    """Where a headline (a first line not ending as a sentence does) ends, else 0."""
    line = doc.text.split("\n", 1)[0]
    return len(line) if "\n" in doc.text and not line.rstrip().endswith((".", "“", "\"")) else 0


def _dateline_place(doc: Doc) -> str:
    """The first place of the article's dateline ("KIEW (dpa-AFX) -": Kiew; "Frankfurt/Main (dpa)": Frankfurt)."""
    datelines = doc._.datelines or []
    place = datelines[0].text.split("(")[0].split("/")[0].strip(" \n–—-:") if datelines else ""
    return place.title() if place.isupper() else place


def _nominative_plural(token: Token, data: LanguageData) -> str:
    """ "Regierungskreise" of "Regierungskreisen": a dative plural noun in its nominative, else as written."""
    noun, lemma = token.text, token.lemma_
    if lemma and noun == lemma + "en":
        return lemma + "e"
    for row in data.words.get("dative_plural", ()):  # a compound the lemmatizer does not know ("Sicherheitskreisen")
        dative, nominative = row.split("=")
        if noun.lower().endswith(dative):  # "SPD-Kreisen": the compound's part is capitalised
            return noun[: -len(dative)] + noun[-len(dative)] + nominative[1:]
    return noun


def _country_adjectives(words: list[Token]) -> set[str]:
    """The stems of the country adjectives among `words`: {"finnisch"} of "die finnische Regierung"."""
    # "russisch", "deutsch": a country's, not "die neue Armee"
    return {stem for t in words if t.tag_ == "ADJA" and (stem := adjective_stem(t.lower_)).endswith("sch")}


def _of_countries(cluster: Cluster, stems: set[str]) -> bool:
    """Whether every country adjective in `stems` is written in the organisation's name or one of its mentions."""
    texts = [cluster.name.lower(), *(m.text.lower() for m in cluster.mentions)]
    return all(any(stem in text for text in texts) for stem in stems)


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


def _nominative_name(phrase: Span) -> str:
    """A genitive source in the nominative, as a name: "Zoll" of "des Zolls", "Vereinte Nationen" of "der
    Vereinten Nationen" (a feminine or plural head: the adjective's -en is -e); else as `_bare` writes it."""
    words = [t for t in phrase if not t.is_space]
    named = _genitive_name(words)
    if named is not None:
        return named
    if len(words) < 2 or words[0].lower_ not in {"des", "der"} or words[-1].tag_ != "NN":
        return _bare(phrase)
    attribute = extended_attribute_end(phrase.doc, words[1].i, words[-1].i + 1)
    inner = ""
    if attribute > words[1].i:
        # "des von der Hamas kontrollierten Gesundheitsministeriums": the phrase before the participle as written,
        # the participle and the noun in the nominative ("von der Hamas kontrollierte Gesundheitsministerium")
        inner = phrase.doc[words[1].i : attribute].text + " "
        words = [words[0], *(t for t in words if t.i >= attribute)]
    adjectives, head = words[1:-1], words[-1].text
    places = {e.text for e in phrase.doc.ents if e.label_ == "LOC"}
    if not all(t.tag_ == "ADJA" and t.text.endswith("en") and t.text not in places for t in adjectives):
        return _bare(phrase)  # "der Kärnten Werbung": a place the tagger took for an adjective keeps its -en
    if words[0].lower_ == "des":
        if not head.endswith("s"):
            return _bare(phrase)
        # "des südkoreanischen Militärs": "südkoreanische Militär", as written after "das"
        return inner + " ".join([*(t.text[:-1] for t in adjectives), _nominative_of_genitive_s(head)])
    return inner + " ".join([*(t.text[:-1] for t in adjectives), head])


def _genitive_name(words: list[Token]) -> str | None:
    """ "des Forschungsinstituts gfs.bern": after a kind noun in the genitive, the name alone ("gfs.bern"); "des Geomar
    Helmholtz-Zentrums für Ozeanforschung in Kiel": a name whose head takes the genitive -s before its prepositional
    part, in the nominative, without the place it sits in ("Geomar Helmholtz-Zentrum für Ozeanforschung"); else
    None."""
    if len(words) < 3 or words[0].lower_ != "des":
        return None
    kind, rest = words[1], words[2:]
    # a place after the kind, or one name tagged over both, belongs to the name: "des Landgerichts Berlin"
    places = {t.i for e in kind.doc.ents if e.label_ == "LOC" or e.start <= kind.i < e.end for t in e}
    if kind.tag_ == "NN" and kind.text.endswith("s") and not any(t.i in places for t in rest) and all(
            t.tag_ in {"NE", "FM"} or "." in t.text or t.text[:1].islower() and t.tag_ == "NN" for t in rest):
        return " ".join(t.text for t in rest)
    k = next((k for k, t in enumerate(words[1:], 1) if t.tag_ == "NN"), None)
    if k is None or k + 1 >= len(words) or not words[k].text.endswith("s") or words[k + 1].lower_ not in {"für", "zur"} \
            or not all(t.tag_ == "NE" or t.tag_ == "ADJA" and t.text.endswith("en") for t in words[1:k]):
        return None
    end = next((j for j in range(k + 2, len(words)) if words[j].lower_ == "in"), len(words))
    if end <= k + 2:
        return None
    names = [t.text[:-1] if t.tag_ == "ADJA" else t.text for t in words[1:k]]
    return " ".join([*names, _nominative_of_genitive_s(words[k].text), *(t.text for t in words[k + 1 : end])])


S_NOMINATIVES = ("korps", "fonds", "campus", "zirkus", "konsens", "status")


def _nominative_of_genitive_s(head: str) -> str:
    """ "Zoll" of "Zolls", "Bund" of "Bundes", "Bündnis" of "Bündnisses"; "Korps", "Fonds": a noun whose
    nominative ends in -s takes none."""
    if head.lower().endswith(S_NOMINATIVES):
        return head
    if head.endswith("nisses"):
        return head[:-3]  # "des Bündnisses"
    one_syllable = len(re.findall(r"[aeiouäöüy]+", head[:-2].lower())) == 1  # "des Bundes", "des Rates"
    # "des Kantonsarztes", "des Verbandes": -es after two consonants is the genitive's ("des Gebäudes" keeps its -e)
    clustered = head.endswith("es") and len(head) > 4 and not re.search(r"[aeiouäöüy]", head[-4:-2].lower())
    return head[:-2] if head.endswith(("ses", "ßes", "zes", "xes")) or (head.endswith("es") and one_syllable) \
        or clustered else head[:-1]


def _capitals(data: LanguageData) -> dict[str, tuple[str, str]]:
    """`capital` rows: capital -> (country, adjective stem): "Moskau" -> ("Russland", "russisch")."""
    return {capital: (country, stem) for capital, country, stem in
            (row.split("=") for row in data.words.get("capital", ()))}


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


def _bare(span: Span) -> str:
    """The speaker as a name: without a leading article or quotation marks around it ("„Spiegel“")."""
    words = [t for t in span if not t.is_space]
    if len(words) > 2 and words[0].text in QUOTE_MARKS and words[-1].text in QUOTE_MARKS:
        words = words[1:-1]
    plural = len(words) > 2 and words[0].lower_ == "die"
    if len(words) > 1 and (words[0].lower_ in ARTICLES or words[0].tag_ == "PPOSAT"):
        words = words[1:]  # "Ihr Vermieter": whose it is makes no name
    if len(words) > 2 and words[0].text in QUOTE_MARKS and words[-1].text in QUOTE_MARKS:
        words = words[1:-1]
    if plural and words[-1].tag_ == "NN" and all(t.tag_ == "ADJA" and t.text.endswith("en") for t in words[:-1]):
        # "die Vereinten Nationen", "die hessischen Krankenhäuser": after "die", adjectives in -en are a plural's,
        # named in the nominative without the article ("Vereinte Nationen", "hessische Krankenhäuser")
        return " ".join([*(t.text[:-1] for t in words[:-1]), words[-1].text])
    return span.doc[words[0].i : words[-1].i + 1].text if words else span.text


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


def before_role_or_seat(span: Span) -> Span:
    """ "Die SPÖ" of "Die SPÖ als Koalitionspartner", "Der Energieversorger Weserland Energie" of "… mit Sitz in
    Nienburg": the role a name speaks in ("als …") and its seat are no part of it."""
    doc = span.doc
    for t in span:
        if t.i > span.start and t.i + 1 < span.end and (
                t.lower_ == "als" and doc[t.i - 1].tag_ == "NE"
                or t.lower_ == "mit" and doc[t.i + 1].text == "Sitz"):
            return strip_span(doc[span.start : t.i])
    return span
