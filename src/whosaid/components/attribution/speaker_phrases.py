"""The phrase that names a frame's speaker: the prefield subject, the noun phrase after the verb (past an
addressee), the source of an impersonal "heißt es", a passive's "von" agent, and an apposition that belongs to the
speaker. (Resolving these mentions to entities is `whosaid.components.speakers`' work.)"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from whosaid.components.attribution.clauses import _in_time, _relative_clause_comma, _time_spans
from whosaid.components.phrases import (
    QUOTE_MARKS,
    _np_core_end,
    extended_attribute_end,
    is_finite,
    is_punct,
    noun_phrase_from,
    strip_span,
)
from whosaid.lang import LanguageData, load_language

PREFIELD_ADVERBIAL_TAGS = frozenset({"APPR", "APPRART", "ADV", "PROAV", "KOUS", "PWAV", "ADJD", "PTKNEG", "KON"})


SKIPPABLE_AFTER_VERB = frozenset({"ADV", "PRF", "PTKNEG", "PROAV", "ADJD"})


def _prefield_speaker(doc: Doc, clause_start: int, finite: Token, ents: dict[int, Span],
                      data: LanguageData) -> Span | None:
    """The subject in front of a verb-second reporting verb, when the prefield is a noun phrase."""
    if finite.i <= clause_start:
        return None
    # "Aber auch die EU-Kommission kritisierte …": a leading conjunction and focus adverbs are not the prefield
    while clause_start < finite.i - 1 and doc[clause_start].tag_ in {"KON", "ADV"} and doc[clause_start + 1].tag_ in {
            "KON", "ADV", "ART", "PDAT", "PPOSAT", "NE", "NN", "PPER"}:
        clause_start += 1
    first = doc[clause_start]
    ent = ents.get(clause_start)
    named = ent is not None and ent.end == finite.i and ent.label_ in {"ORG", "PER"}
    if first.tag_ in PREFIELD_ADVERBIAL_TAGS and not named or first.is_space:
        return None  # ("Pro Asyl warf … vor": a name whose first word the tagger took for a preposition is no adverbial)
    end = finite.i
    if end - 1 > clause_start and doc[end - 1].text == ")":
        # "Patrick Schnieder (CDU) verlangte", "Katharina Dröge (41) sagte": the parenthesis describes the speaker
        opening = next((t.i for t in reversed(doc[clause_start : end - 1]) if t.text == "("), None)
        end = opening if opening is not None and opening > clause_start else end
    while end - 1 > clause_start and doc[end - 1].tag_ in {"ADV", "KON"}:
        end -= 1  # "Die Kanadier hingegen sagen", "Die Polizei aber erklärte": the adverb is no part of the subject
    span = strip_span(doc[clause_start:end])
    relative = _relative_clause_comma(doc, span.start, span.end)
    if relative is not None:
        span = strip_span(doc[clause_start:relative])  # "Ulla Jelpke, die … hatte, kritisierte"
    finite_inside = [t for t in span if is_finite(t) and not t._.in_quote]
    if finite_inside:
        # "Es gab Proteste und die Hongkonger befürchten": the subject follows the conjunction
        conjunction = next((t for t in doc[finite_inside[-1].i + 1 : span.end] if t.tag_ == "KON"), None)
        if conjunction is not None:
            span = strip_span(doc[conjunction.i + 1 : span.end])
    if len(span) == 1 and span[0].lower_ in EXPLETIVES:
        return None
    if len(span) > 1 and span[-1].tag_ == "APPO":
        return None  # "Diplomaten zufolge drängen die USA …": a source with its postposition, the subject follows
    if len(span) > 1 and span[0].tag_ in {"ART", "PDAT", "PPOSAT"} and span[0].lower_.endswith(OBLIQUE_ENDINGS):
        return None  # "Den Vorwurf wies der Minister zurück", "Den Journalisten sagte er": an object, not the subject
    if len(span) > 1 and span[0].lower_ == "der" and _feminine_noun_after(span, data):
        return None  # "Der Bürgermeisterin hielt die Fraktion Untätigkeit vor": "der" before a woman is a dative
    if len(span) == 0 or not any(t.tag_ in {"NN", "NE", "FM", "PPER", "PIS", "PDS", "NNE", "NNA"} for t in span) \
            and not _nominalised_adjective(span):
        return None
    if any(t.start <= span.start_char and span.end_char <= t.end for t in (doc._.times or [])):
        return None  # "Ende Januar 2006 verkündete der DFB …": the prefield is a time, the subject follows
    if _duration_before_preposition(span):
        return None  # "Zwei Tage nach der Wahl kündigten SPD und CDU an": a time the tagger did not mark
    if _nominative_pronoun_after(doc, finite):
        return None  # "Fehler bei der Vergabe räumte er ein": the subject is the pronoun, the prefield an object
    if len(span) == 1 and span[0].tag_ == "NN" and _person_after(doc, finite, ents):
        return None  # "Optimistischer äußerte sich Tobias Rehm": an adjective read as a noun, the person follows
    return span


def _feminine_noun_after(span: Span, data: LanguageData) -> bool:
    """The first noun after the article is a woman's role ("Ministerin", "Sprecherin"): "der" is then dative or
    genitive."""
    noun = next((t for t in span[1:] if t.tag_ in {"NN", "NE"}), None)
    return noun is not None and noun.tag_ == "NN" and noun.lower_.endswith(
        tuple(data.words.get("feminine_agent_ending", ())))


def _duration_before_preposition(span: Span) -> bool:
    """ "Zwei Tage nach der Landtagswahl", "Wenige Stunden vor dem Treffen": a prefield whose first noun is a unit
    of time (duration_noun) followed by a preposition is an adverbial."""
    head = next((t for t in span if t.tag_ in {"NN", "NE"}), None)
    return head is not None and head.text in load_language("de").words.get("duration_noun", ()) \
        and head.i + 1 < span.end and span.doc[head.i + 1].tag_ in {"APPR", "APPRART"}


def _nominative_pronoun_after(doc: Doc, finite: Token) -> bool:
    """A pronoun that is only ever a subject ("er", "ich", "wir") right after the finite verb (and adverbs)."""
    j = finite.i + 1
    while j < len(doc) and doc[j].tag_ in SKIPPABLE_AFTER_VERB:
        j += 1
    return j < len(doc) and doc[j].tag_ == "PPER" \
        and doc[j].lower_ in load_language("de").words.get("nominative_pronoun", ())


def _person_after(doc: Doc, finite: Token, ents: dict[int, Span]) -> bool:
    """A person's name right after the finite verb (and a reflexive or adverbs): the inverted subject."""
    j = finite.i + 1
    while j < len(doc) and doc[j].tag_ in SKIPPABLE_AFTER_VERB:
        j += 1
    return j in ents and ents[j].label_ == "PER"


def _nominalised_adjective(span: Span) -> bool:
    """ "Der 61-Jährige", "die Angeklagte": an article and a capitalised adjective used as a noun."""
    last = span[-1]
    return len(span) >= 2 and span[0].tag_ == "ART" and last.tag_ == "ADJA" and last.text.rsplit("-", 1)[-1][:1].isupper()


EXPLETIVES = frozenset({"es", "man"})
# a determiner ending so ("den", "dem", "einen", "diesem", "seinen") is never nominative
OBLIQUE_ENDINGS = ("en", "em")


def _speaker_after(doc: Doc, start: int, limit: int, ents: dict[int, Span], data: LanguageData,
                   apposition: bool = False) -> Span | None:
    """The noun phrase after the finite verb; `apposition`: the content stands before the frame, so an apposition
    after a comma may belong to the speaker."""
    j = start
    while j < limit and doc[j].tag_ in SKIPPABLE_AFTER_VERB:
        j += 1
    if j < limit and doc[j].lower_ in {"so"}:
        j += 1
    if j + 1 < limit and doc[j].tag_ == "PPER" and doc[j].lower_ in data.words.get("dative_pronoun", ()) \
            and not is_punct(doc[j + 1]):
        j += 1  # "habe ihm niemand etwas gesagt", "sagte uns der Minister": who was told, before the subject
    if j < limit and doc[j].lower_ == "es":
        return None  # "hieß es": impersonal
    if j < limit and doc[j].tag_ == "PIAT" and doc[j].lower_.startswith("kein"):
        return None  # "…, kommentiere aber keine Medienberichte": a negated object, never who speaks
    if j + 1 < limit and doc[j].lower_ in data.words.get("addressee_preposition", ()):
        return _speaker_after_addressee(doc, j + 1, limit, ents, data, apposition)
    subject = _after_adverbial_phrases(doc, j, limit)
    if subject > j:
        speaker = noun_phrase_from(doc, subject, limit, ents)
        if speaker is not None and _can_be_speaker(speaker, ents, data):
            j = subject  # not "kündigte am Donnerstag ein Bürgerbegehren an": an object after the phrase
    surname = _surname_with_particle(doc, j, limit, ents, data)
    if surname is not None:  # "sagte von Bergen" after "Sportchef Steve von Bergen"
        return surname
    speaker = noun_phrase_from(doc, j, limit, ents)
    attribute = extended_attribute_end(doc, j, limit) if j + 1 < limit and doc[j].tag_ == "APPR" \
        and doc[j + 1].tag_ == "ART" and doc[j].lower_ not in data.words.get("source_preposition", ()) else j
    if any(t.tag_ in {"APPR", "APPRART"} for t in doc[j + 1 : attribute]):
        attribute = j  # "aus der am Dienstag veröffentlichten Bilanz": one phrase before the adjective, no more
    if speaker is None and attribute > j:
        # "…, berichteten mit den Plänen vertraute Personen": a subject with no determiner opened by the phrase its
        # adjective governs
        rest = noun_phrase_from(doc, attribute if doc[attribute].tag_ == "ADJA" else attribute + 1, limit, ents)
        speaker = doc[j : rest.end] if rest is not None else None
    if speaker is not None and start > 0 and _plural_verb(doc[start - 1]) \
            and speaker.end + 1 < limit and doc[speaker.end].lower_ == "und":
        # "werfen sich IG Metall und Arbeitgeber gegenseitig Blockade vor": a plural verb's subject after it may be
        # two who speak, joined by "und"
        other = noun_phrase_from(doc, speaker.end + 1, limit, ents)
        pair = other is not None and (speaker[-1].lower_.startswith(other[-1].lower_)
                                      or other[-1].lower_.startswith(speaker[-1].lower_))
        # ("schreiben die Richterinnen und Richter": one body named in both genders)
        if other is not None and not pair and _can_be_speaker(other, ents, data):
            speaker = doc[speaker.start : other.end]
    if speaker is not None:
        speaker = _with_coordinated_genitive(doc, _without_medium_addressed(speaker, ents, data), limit, ents, data)
    if speaker is None or not apposition:
        return speaker
    return _with_apposition(doc, speaker, limit, ents, data)


def _plural_verb(verb: Token) -> bool:
    """A finite verb in the plural, by its morphology or, where it shows no number, by "-en" ("werfen", "teilten")."""
    if not is_finite(verb):
        return False
    number = verb.morph.get("Number")
    return "Plur" in number if number else verb.lower_.endswith("en")


def _can_be_speaker(span: Span, ents: dict[int, Span], data: LanguageData) -> bool:
    """A phrase naming a person or organisation, or headed by a role or organisation noun ("ein Sprecher")."""
    def known(word: str) -> bool:
        return word in data.role_nouns or word in data.org_nouns or word.rsplit("-", 1)[-1] in data.role_nouns

    core = next((t.i for t in span if t.tag_ in {"APPR", "APPRART", "KON", "$,"} or t.i > span.start
                 and t.lower_ in {"der", "des"}), span.end)  # the head, not "für die Stadt El Fasher"
    return any(t.tag_ == "NE" or t.tag_ == "NN" and known(t.text) for t in span.doc[span.start : core]) or any(
        e.label_ in {"PER", "ORG"} for i, e in ents.items() if span.start <= i < core)


MAX_ADVERBIAL_PHRASES = 3
SUBJECT_START = frozenset({"ART", "PIAT", "PPOSAT", "NE", "NN"})


def _after_adverbial_phrases(doc: Doc, j: int, limit: int) -> int:
    """ "…, sagte am Montag ein Sprecher", "…, erklärte in Berlin die Ministerin": where the subject after the verb
    follows a short prepositional phrase (time, place), the subject's start; `j` where no noun phrase follows."""
    k = j
    times = _time_spans(doc)
    for _ in range(MAX_ADVERBIAL_PHRASES):
        if k + 2 >= limit or doc[k].tag_ not in {"APPR", "APPRART"} or doc[k].text[:1].isupper():
            break
        end = _np_core_end(doc, k + 1, limit)
        if _in_time(doc[k + 1], times):  # "am Abend Klaus Weber": the time ends before the name
            end = next((t.i for t in doc[k + 1 : limit] if not _in_time(t, times)), limit)
        if end is None or end >= limit:
            break
        while end < limit and doc[end].tag_ in SKIPPABLE_AFTER_VERB:
            end += 1
        if end < limit and doc[end].tag_ in {"APPR", "APPRART"}:
            k = end  # "am Montag in Berlin": another phrase
            continue
        if end >= limit or doc[end].tag_ not in SUBJECT_START:
            break
        if doc[end].lower_ in {"der", "des"} and doc[end - 1].tag_ in {"NN", "NE"} and not (
                _in_time(doc[end - 1], times) or doc[end - 1].ent_type_ == "LOC") or doc[end].lower_ == "des":
            break  # "geht aus einer Umfrage der Universität hervor": a genitive, not "sagte in Berlin der Minister"
        # "sagte am Montag der Zeitung ein Sprecher": a second phrase (not a genitive) makes the first a dative
        after = _np_core_end(doc, end, limit)
        second = after is not None and after < limit and doc[after].tag_ in {"ART", "PIAT", "NE"} \
            and doc[after].lower_ not in {"der", "des"}
        return j if second else end
    return j


def _surname_with_particle(doc: Doc, j: int, limit: int, ents: dict[int, Span], data: LanguageData) -> Span | None:
    """ "von Bergen", "van der Berg", "de Jong": a surname opened by a lower-case particle (`surname_particle`) is a
    speaker when a person named in the article before ends with it."""
    particles = data.words.get("surname_particle", frozenset())
    if j >= limit or doc[j].lower_ not in particles or not doc[j].text.islower():
        return None
    end = j + 1
    while end < limit and doc[end].lower_ in particles:
        end += 1
    if end >= limit or not doc[end].text[:1].isupper():
        return None
    tail = doc[j : end + 1].text
    people = [e for e in ents.values() if e.label_ == "PER" and e.end <= j and e.text.endswith(" " + tail)]
    return doc[j : end + 1] if people else None


def _without_medium_addressed(speaker: Span, ents: dict[int, Span], data: LanguageData) -> Span:
    """ "sagte eine Nachbarin der Deutschen Presse-Agentur", "sagten drei Beamte der Nachrichtenagentur Reuters": a
    medium after the speaker is who was told (dative), not whose the speaker is; "ein Reporter der Agentur AP" is
    the agency's (media_job). A news agency by its name alone ("sagte ein Polizeisprecher der APA") is told too: it
    reports what others say, and the rare spokesperson of an agency is named with a word for it."""
    doc = speaker.doc
    head = next((t for t in speaker if t.tag_ in {"NN", "NE"}), None)
    if head is None or head.text.endswith(tuple(data.words.get("media_job", ()))):
        return speaker
    outlets = tuple(w.lower() for w in data.words.get("outlet_noun", ())) + ("presse-agentur",)
    agencies = data.words.get("news_agency", frozenset())
    for k in range(head.i + 1, speaker.end - 1):
        if doc[k].lower_ not in {"der", "dem"}:
            continue
        nouns = [t for t in doc[k + 1 : speaker.end] if t.tag_ in {"NN", "NE"}]
        if nouns and (nouns[0].lower_.endswith(outlets) or nouns[0].text in agencies and nouns[0].i == k + 1):
            return strip_span(doc[speaker.start : k])
        break
    return speaker


def _without_object(speaker: Span, ents: dict[int, Span]) -> Span:
    """ "forderte die Stadt Anwohner … auf", "warf die Opposition Versagen vor", "warf die Gewerkschaft Verdi dem
    Konzern Wortbruch vor": after a verb that urges someone or takes an object besides its dative, a common noun
    without an article of its own right after the subject's noun (and the name the model found after it) is the one
    urged or what is held against someone, not part of the subject."""
    words = [t for t in speaker if not t.is_space]
    if len(words) < 3 or words[0].tag_ != "ART" or words[1].tag_ != "NN":
        return speaker
    k = 2
    name = ents.get(words[1].i) or ents.get(words[2].i)
    if name is not None:  # "die Gewerkschaft Verdi", "die Organisation Foodwatch": the name the model found
        k = next((n for n, t in enumerate(words) if t.i >= name.end), len(words))
    if k < len(words) and words[k].tag_ == "NN" and words[k].text[:1].isupper() and "-" not in words[k].text \
            and words[k].i not in ents:
        return strip_span(speaker.doc[speaker.start : words[k].i])
    return speaker


def _without_following_object(speaker: Span, data: LanguageData) -> Span:
    """ "…, in denen er einen Mitarbeiter aufgefordert hatte, …", "dass der Chef den Kollegen gewarnt habe": in a
    clause with its verb last, an accusative or dative phrase right after the subject's head is an object, no part of
    the speaker."""
    for t in speaker[1:]:
        before = speaker.doc[t.i - 1]
        if t.lower_ in data.words.get("object_opener", ()) and t.tag_ in {"ART", "PPER", "PPOSAT", "PIAT", "PDS", "PRELS"} \
                and before.tag_ in {"NN", "NE", "PPER"}:
            return strip_span(speaker.doc[speaker.start : t.i])
    return speaker


def _expletive_after(doc: Doc, start: int, limit: int) -> int | None:
    """ "hieß es", "heißt es in dem Bericht": the index of an expletive "es" right after the verb (and its
    adverbs), or None."""
    j = start
    while j < limit and doc[j].tag_ in SKIPPABLE_AFTER_VERB:
        j += 1
    return j if j < limit and doc[j].lower_ == "es" else None


def _impersonal_source(doc: Doc, start: int, limit: int, ents: dict[int, Span], data: LanguageData) -> Span | None:
    """The source named from `start`, the token after "es": "heißt es in der Pressemitteilung des WWF" -> "der
    Pressemitteilung des WWF", "hieß es aus Paris" -> "Paris"; None when none is named."""
    j = start
    while j < limit and doc[j].tag_ in SKIPPABLE_AFTER_VERB:
        j += 1
    times = _time_spans(doc)
    while j < limit and _in_time(doc[j], times):
        j += 1
    if j + 1 < limit and doc[j].lower_ in data.words.get("source_preposition", ()):
        source = noun_phrase_from(doc, j + 1, limit, ents)
        return _with_coordinated_genitive(doc, source, limit, ents, data) if source is not None else None
    return None


def _with_coordinated_genitive(doc: Doc, speaker: Span, limit: int, ents: dict[int, Span],
                               data: LanguageData) -> Span:
    """ "einem Bericht des Kinderhilfswerks Unicef und des Welternährungsprogramms (WFP)", "Forschende der
    Universität Wien und der Universität Graz": a source or the authors of a work (`source_noun`, `study_author`)
    owned by two in the genitive joined by "und": both are the speaker."""
    words = [t for t in speaker if not t.is_space]
    head = next((t for t in words if t.tag_ == "NN"), None)
    sources = tuple(data.words.get("source_noun", ()))
    if head is None or not (head.lower_.endswith(sources) or head.text in data.words.get("study_author", ())) \
            or not any(t.lower_ in {"des", "der"} for t in words if t.i > head.i):
        return speaker
    end = speaker.end
    if end + 2 >= limit or doc[end].lower_ != "und" or doc[end + 1].lower_ not in {"des", "der"}:
        return speaker
    other = noun_phrase_from(doc, end + 1, limit, ents)
    if other is None or not any(t.tag_ in {"NN", "NE"} for t in other):
        return speaker
    return doc[speaker.start : other.end]


def _speaker_after_addressee(doc: Doc, start: int, limit: int, ents: dict[int, Span], data: LanguageData,
                             apposition: bool) -> Span | None:
    """ "sagte gegenüber Reuters der Sprecher": the subject follows the addressee. Where the addressee's noun phrase
    took in what follows as a genitive ("gegenüber Vertretern der Presse der Minister", "gegenüber dem Spiegel der
    Sprecher der Partei"), the subject is its first "der/die" phrase headed by a role noun or a person."""
    addressee = noun_phrase_from(doc, start, limit, ents)
    if addressee is None:
        return None
    j = addressee.end
    while j < limit and doc[j].tag_ in SKIPPABLE_AFTER_VERB:
        j += 1
    speaker = noun_phrase_from(doc, j, limit, ents) if j < limit and not is_punct(doc[j]) else None
    if speaker is None:
        if addressee.end < limit and not is_punct(doc[addressee.end]):
            return None
        for article in (t for t in addressee[1:] if t.lower_ in {"der", "die"} and t.tag_ == "ART"):
            head = next((t for t in doc[article.i + 1 : addressee.end] if t.tag_ in {"NN", "NE"}), None)
            person = head is not None and head.i in ents and ents[head.i].label_ == "PER"
            if head is not None and (head.text in data.role_nouns or person):
                speaker = noun_phrase_from(doc, article.i, limit, ents)
                break
    if speaker is None or not apposition:
        return speaker
    return _with_apposition(doc, speaker, limit, ents, data)


def _with_apposition(doc: Doc, speaker: Span, limit: int, ents: dict[int, Span], data: LanguageData) -> Span:
    """ "sagte der Direktor der IAEO, Mohammed el-Baradei, am Montag", "so Bill Graham, Parteichef der Liberalen.":
    an apposition between commas (or before the sentence's end) that names a person or a role belongs to the
    speaker."""
    comma = speaker.end
    attached = _place_attachment_end(doc, comma, limit, data)
    if attached is not None and attached + 1 < limit and doc[attached].text == "," \
            and doc[attached + 1].tag_ in {"NE", "FM"}:
        comma = attached  # "der CDU-Fraktionschef im Landtag, Manuel Hagel,": the place belongs to the role
    if comma + 1 >= limit or doc[comma].text != ",":
        return speaker
    if doc[comma + 1].text in QUOTE_MARKS or doc[comma + 1]._.in_quote:
        return speaker  # „…“, sagte Müller, „…“: the quote goes on
    apposition = noun_phrase_from(doc, comma + 1, limit, ents)
    if apposition is None or any(t._.in_quote for t in apposition) or (
            apposition.end < limit and doc[apposition.end].text not in {",", ".", "!", "?"}):
        return speaker
    if apposition.end + 1 < limit and doc[apposition.end].text == "," and is_finite(doc[apposition.end + 1]):
        return speaker  # "…, Angela Merkel, habe gelogen": the name opens a clause
    person = any(i in ents and ents[i].label_ == "PER" for i in range(apposition.start, apposition.end))
    if person or comma == speaker.end and any(t.text in data.role_nouns for t in apposition):
        return doc[speaker.start : apposition.end]
    return speaker


def _place_attachment_end(doc: Doc, i: int, limit: int, data: LanguageData) -> int | None:
    """The end of "im baden-württembergischen Landtag", "in der Bürgerschaft" at i: a preposition of place
    (`role_place_preposition`), an article, adjectives and one noun."""
    if i >= limit or doc[i].lower_ not in data.words.get("role_place_preposition", ()):
        return None
    k = i + 1
    if k < limit and doc[k].tag_ == "ART":
        k += 1
    while k < limit and doc[k].tag_ == "ADJA":
        k += 1
    return k + 1 if k < limit and doc[k].tag_ in {"NN", "NE"} else None


def _speaker_between(doc: Doc, start: int, end: int, ents: dict[int, Span], data: LanguageData) -> Span | None:
    # "wie der Finanzminister am Dienstag in Hannover erklärte": a time expression ends the speaker
    times = _time_spans(doc)
    while start < end and _in_time(doc[start], times):
        start += 1  # "wie am Dienstag der Finanzminister erklärte"
    end = next((k for k in range(start + 1, end) if _in_time(doc[k], times)), end)
    span = strip_span(doc[start:end])
    while len(span) and span[-1].tag_ in {"ADV", "PTKNEG", "VAFIN", "VMFIN", "PROAV", "ADJD"}:
        span = doc[span.start : span.end - 1]
    if len(span) == 0:
        return None
    return _without_following_object(span, data)


def _passive_agent(doc: Doc, finite: Token, verb: Token, ents: dict[int, Span]) -> Span | None:
    """The "von"/"vom" phrase between the passive auxiliary and its participle names who spoke."""
    times = _time_spans(doc)
    for i in range(finite.i + 1, verb.i):
        if doc[i].lower_ in {"von", "vom"}:
            agent = noun_phrase_from(doc, i + 1, verb.i, ents)
            if agent is None or not any(t.tag_ in {"NN", "NE"} for t in agent):
                continue  # "von Anfang an"
            if any(s < agent.end_char and agent.start_char < e for s, e in times):
                continue  # "vom Montag an"
            return agent
    return None
