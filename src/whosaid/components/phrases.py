"""Noun-phrase and clause helpers over STTS-tagged tokens, shared by the attribution rules."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from numpy import flatnonzero
from spacy.tokens import Doc, Span, Token

NOUNISH = frozenset({"NN", "NE", "FM", "NNE", "NNA"})
INFLECTED = ("e", "en", "er", "es", "em")  # endings of an attributive adjective
NP_START = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "PIDAT", "ADJA", "CARD", "PPER", "PIS", "PDS", "TRUNC"}) | NOUNISH
GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer"})
ATTACHING_PREPOSITIONS = frozenset({"von", "für", "vom", "aus"})
QUOTE_MARKS = frozenset("„“”»«›‹\"‚‘'")
OPENING_ONLY = frozenset("„‚")  # German low marks only open a quote
CLOSING_ONLY = frozenset("”")


def is_finite(token: Token) -> bool:
    return token.tag_.endswith("FIN")


def joined_main_clause_start(doc: Doc, start: int, limit: int) -> int:
    """Where the main clause that holds `limit` starts, of main clauses joined by a comma from `start` on ("Die NGG
    fordert 6,8 Prozent, die Brauerei bietet nach eigenen Angaben 3,5 Prozent": at "die Brauerei"): after the last
    comma before `limit` that a noun phrase and a finite verb follow; `start` where none does."""
    for t in doc[start:limit]:
        if t.text != "," or t._.in_quote:
            continue
        finite = next((u for u in doc[t.i + 1 : limit] if is_finite(u)), None)
        if finite is not None and finite.i > t.i + 1 and doc[t.i + 1].tag_ in {"ART", "NE", "NN"} \
                and all(u.tag_ in {"ART", "ADJA", "NN", "NE"} for u in doc[t.i + 1 : finite.i]):
            start = t.i + 1
    return start


def is_subjunctive(token: Token) -> bool:
    return "Sub" in token.morph.get("Mood")


def is_dative_plural_noun(token: Token) -> bool:
    """ "(den) Journalisten": a plural noun in -n whose lemma differs; "(den) Plan" is a singular accusative."""
    return token.tag_ == "NN" and token.text.endswith("n") and token.lemma_ != token.text


PREMODIFIERS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "PIDAT", "ADJA", "CARD"})


def relative_antecedent(pronoun: Token) -> Span | None:
    """The noun phrase a relative pronoun right after a comma (and a preposition) refers to: "der Prediger, der …",
    "den Innenminister, der …", "ein Prediger aus London, der …" (over one prepositional attachment), "Studien der
    Charité, nach denen …". None when a verb stands before the comma (an extraposed relative clause: "Ein Prediger wurde zugeschaltet, der …")."""
    doc = pronoun.doc
    end = pronoun.i - 1
    if end >= 1 and doc[end].tag_ in {"APPR", "APPRART"}:
        end -= 1  # "Studien der Charité, nach denen …": a preposition before the pronoun
    if end < 1 or doc[end].text != "," or doc[end - 1].tag_ not in NOUNISH:
        return None
    start = _premodified_start(doc, end - 1)
    if start > 1 and doc[start - 1].tag_ in {"APPR", "APPRART"} and doc[start - 2].tag_ in NOUNISH:
        start = _premodified_start(doc, start - 2)  # "ein Prediger aus London": the head comes before "aus"
    return doc[start:end]


def _premodified_start(doc: Doc, head: int) -> int:
    """Start of the noun phrase whose head (or the last word of a multi-word name) is token `head`."""
    start = head
    while start > 0 and doc[start].tag_ in {"NE", "FM"} and doc[start - 1].tag_ in {"NE", "FM"}:
        start -= 1
    while start > 0 and doc[start - 1].tag_ in PREMODIFIERS:
        start -= 1
    return start


def is_punct(token: Token) -> bool:
    return token.is_punct or token.is_space or token.text in QUOTE_MARKS


PARTITIVE_PRONOUNS = frozenset({"einer", "eine", "eines", "keiner", "keine"})


def noun_phrase_from(doc: Doc, i: int, limit: int, ents_by_start: dict[int, Span]) -> Span | None:
    """The noun phrase starting at token i (not beyond `limit`), with genitive and von/für attachments."""
    if i >= limit:
        return None
    tok = doc[i]
    if tok.tag_ == "PIS" and extended_attribute_end(doc, i + 1, limit) > i + 1:
        # "mehrere/PIS mit dem Dossier vertraute Personen": the tagger's pronoun determines a noun after an attribute
        end = extended_attribute_end(doc, i + 1, limit) + 1
        while end < limit and doc[end].tag_ == "ADJA":
            end += 1
        nouns = end
        while end < limit and doc[end].tag_ in NOUNISH:
            end += 1
        return doc[i:end] if end > nouns else doc[i : i + 1]
    if tok.tag_ in {"PIS", "ART"} and tok.lower_ in PARTITIVE_PRONOUNS and i + 2 < limit:
        # "einer von ihnen, Jonas Wehrle,", "eine der beiden Forscherinnen": one of a group, often named after it
        # (the tagger reads a pronoun "einer" before "von" as an article)
        after = doc[i + 1]
        part = None
        if after.lower_ == "von" and doc[i + 2].tag_ in {"PPER", "PDS"}:
            part = i + 3
        elif after.lower_ in GENITIVE_ARTICLES:
            part = _np_core_end(doc, i + 1, limit) or (i + 3 if doc[i + 2].tag_ == "PIS" else None)  # "der beiden"
        if part is not None:
            return doc[i : _apposition_end(doc, part, limit)]
    if tok.lower_ in {"dessen", "deren"} and i + 1 < limit and doc[i + 1].tag_ == "NN":
        # "Dessen Direktor Werner Sedlak": a genitive pronoun before a noun determines it (tagged PDS at times)
        rest = noun_phrase_from(doc, i + 1, limit, ents_by_start)
        return doc[i : rest.end] if rest is not None else None
    if tok.tag_ in {"PPER", "PIS", "PDS"}:
        return doc[i : i + 1]
    if tok.tag_ == "TRUNC" and i + 2 < limit and doc[i + 1].tag_ == "KON":
        # "Gesundheits- und Sozialdirektorin Regula Amstutz": a truncated compound joined to the noun after "und"
        rest = noun_phrase_from(doc, i + 2, limit, ents_by_start)
        return doc[i : rest.end] if rest is not None else None
    if tok.text in QUOTE_MARKS:
        # a quoted name: "laut „Reuters“"
        j = i + 1
        while j < limit and j - i < 8 and doc[j].text not in QUOTE_MARKS:
            j += 1
        return doc[i : hyphen_tail_end(doc, j + 1, limit)] if j < limit and j > i + 1 else None
    if tok.tag_ not in NP_START:
        return None
    ent = ents_by_start.get(i)
    if ent is not None and ent.end <= limit and tok.tag_ in NOUNISH:
        end = ent.end
    else:
        end = _np_core_end(doc, i, limit)
        if end is None:
            return None
        for k in range(i + 1, end):
            ent = ents_by_start.get(k)
            if ent is not None and end < ent.end <= limit:
                # "die Organisation Reporter ohne Grenzen": a name opened after the kind noun ends where the name ends
                end = ent.end
    if _saxon_genitive(doc, i, end, limit):
        # "Russlands Präsident Wladimir Putin", "Obamas Sonderberaterin": the name is the possessor
        core = _np_core_end(doc, end, limit)
        end = core if core is not None else end
    # genitive or prepositional attachments, then an appended name ("Der Sprecher ... Tahsin al-Khafaji")
    while end < limit:
        nxt = doc[end]
        after_name = doc[end - 1].tag_ in {"NE", "FM"}
        if nxt.lower_ in ATTACHING_PREPOSITIONS and time_starting_at(doc, end) is not None:
            break  # "einem Bericht des „Tagesspiegel“ | vom Dienstag": when it was said, not who said it
        # "der Sprecher seiner Partei": a possessive in the genitive attaches; "die Richter | ihre Entscheidung"
        # opens the object
        genitive_possessive = nxt.tag_ == "PPOSAT" and nxt.lower_.endswith(("es", "er"))
        if (nxt.lower_ in GENITIVE_ARTICLES or genitive_possessive) and not after_name or (
            nxt.lower_ in ATTACHING_PREPOSITIONS and end + 1 < limit and _names_follow(doc, end + 1, limit, nxt.lower_)
        ):
            start = end + 1 if nxt.lower_ in ATTACHING_PREPOSITIONS else end
            core = _np_core_end(doc, start, limit) or _quoted_name_end(doc, start + 1, limit)
            if core is None:
                break
            end = core
        elif nxt.lower_ == "und" and end + 1 < limit and doc[end - 1].tag_ in {"NE", "FM"} and doc[end + 1].tag_ in {"NE", "FM"}:
            # "nach Angaben von AFP und Reuters"
            end = _name_run_end(doc, end + 1, limit)
        elif nxt.lower_ == "und" and end + 2 <= limit and doc[end + 1].tag_ == "NN" and doc[end - 2].lower_ == "für" \
                and (end + 2 == limit or doc[end + 2].tag_ not in {"NN", "NE", "ART"}):
            end += 2  # "das Amt für Jagd und Fischerei": one name over its "und"
        elif nxt.lower_ == "und" and end + 2 < limit and doc[end - 1].tag_ == "NN" and doc[end + 1].tag_ == "NN" \
                and doc[end + 2].tag_ in {"NE", "FM"} and doc[end + 1].text[:1].isupper() \
                and not (doc[i].lower_ == "die" and not doc[end - 1].lower_.endswith(("in", "e"))):
            # "die Meeresbiologin und Erstautorin Jana Lindqvist": two titles under one article, one person ("die
            # Trainer und Spieler" are several)
            end += 2
        elif doc[end - 1].tag_ == "NN" and nxt.tag_ in {"NE", "FM"} and not nxt.is_space:
            # an appended name: "der Sprecher des Kommandos Tahsin al-Khafaji" (a line break tagged NE after a
            # headline's last noun is none, and no name run starts there: the loop would never end)
            ent = ents_by_start.get(end)
            end = ent.end if ent is not None and ent.end <= limit else _name_run_end(doc, end, limit)
        else:
            break
    return doc[i : _apposition_end(doc, end, limit)]


def time_starting_at(doc: Doc, i: int) -> int | None:
    """The end (token index) of the time expression (`Doc._.times`) that starts at token i or right after the
    preposition at i ("vom Dienstag", "vom 3. Mai"); None when none starts there."""
    starts = {doc[i].idx, doc[i + 1].idx if i + 1 < len(doc) else -1}
    for t in doc._.times or []:
        if t.start in starts:
            return max((tok.i + 1 for tok in doc[i : min(len(doc), i + 12)] if tok.idx < t.end), default=None)
    return None


def _saxon_genitive(doc: Doc, start: int, end: int, limit: int) -> bool:
    """A name in -s right before an article-less noun phrase: "Russlands Präsident", "Merkels neuer Sprecher"."""
    return all(t.tag_ in {"NE", "FM"} for t in doc[start:end]) and possessor_before(doc, end, limit)


def possessor_before(doc: Doc, end: int, limit: int) -> bool:
    """Token end-1 is a name in the genitive ("Russlands", "Merkels") that the noun phrase at `end` belongs to.
    A plural dative after a name in -s is not possessed: "sagte Alexis Tsipras griechischen Medien"."""
    if end >= limit or end < 1:
        return False
    last, nxt = doc[end - 1], doc[end]
    if len(last.text) <= 3 or not last.text.endswith("s") or nxt.tag_ not in {"NN", "ADJA"}:
        return False
    return not (nxt.tag_ == "ADJA" and nxt.lower_.endswith("en") or is_dative_plural_noun(nxt))


MAX_APPOSITION = 10


def _apposition_end(doc: Doc, end: int, limit: int) -> int:
    """Take in "(USGS)" and ", Kommandant des US-Marine-Corps," after a noun phrase."""
    if end < limit and doc[end].text == "(":
        close = next((j for j in range(end + 1, min(limit, end + MAX_APPOSITION)) if doc[j].text == ")"), None)
        if close is not None:
            return close + 1
    if end + 1 < limit and doc[end].text == "," and doc[end + 1].tag_ in {"ART", "NN", "ADJA", "PPOSAT"}:
        for j in range(end + 1, min(limit, end + 1 + MAX_APPOSITION)):
            t = doc[j]
            if t.text == ",":
                inner = doc[end + 1 : j]
                if any(x.tag_ in {"NN", "NE"} for x in inner) and j + 1 < limit and not doc[j + 1].is_punct:
                    return j  # the closing comma stays outside the speaker
                return end
            if is_finite(t) or t.tag_ in {"KOUS", "PRELS", "PWS", "VVINF", "VVPP", "VVIZU"} or t.text in QUOTE_MARKS:
                return end
    return end


def _quoted_name_end(doc: Doc, i: int, limit: int) -> int | None:
    """After "des": a quoted name ("des „Spiegel“") ends after its closing mark."""
    if i >= limit or doc[i].text not in QUOTE_MARKS:
        return None
    close = next((j for j in range(i + 1, min(limit, i + 8)) if doc[j].text in QUOTE_MARKS), None)
    return hyphen_tail_end(doc, close + 1, limit) if close is not None and close > i + 1 else None


def hyphen_tail_end(doc: Doc, end: int, limit: int) -> int:
    """ "der „Bild“-Zeitung", "ein „Spiegel“-Bericht": a compound's tail glued by a hyphen to a closing quote mark
    belongs to the phrase the quoted name opens."""
    if end < limit and doc[end - 1].whitespace_ == "" and doc[end].text.startswith("-") and len(doc[end].text) > 1:
        return end + 1
    return end


def _names_follow(doc: Doc, i: int, limit: int, preposition: str) -> bool:
    """ "von"/"aus" attach only a name ("Sprecher von Greenpeace", "vom Roten Kreuz"); "für" any noun phrase."""
    if doc[i].tag_ not in NP_START:
        return False
    if preposition == "für":
        return True
    # the blank lines after a headline, which the tagger may call a name, name no one ("Trennung von Trainer\n\n")
    return any(t.tag_ in {"NE", "FM"} and not t.is_space or (t.tag_ == "ADJA" and t.text[:1].isupper())
               for t in doc[i : min(limit, i + 3)])


def _name_run_end(doc: Doc, i: int, limit: int) -> int:
    while i < limit and doc[i].tag_ in {"NE", "FM"} and not doc[i].is_space:
        i += 1
    return i


AGE_UNITS = frozenset({"jahre", "monate", "wochen", "tage"})


def _np_core_end(doc: Doc, i: int, limit: int) -> int | None:
    """End of `(det) (adj)* noun+` starting at i, or None when no noun follows."""
    j = i
    if j < limit and doc[j].tag_ in {"ART", "PDAT", "PPOSAT", "PIAT", "PIDAT"}:
        j += 1
    while j < limit and doc[j].tag_ in {"ADJA", "ADJD", "CARD", "ADV", "PIAT", "TRUNC"} and not _is_np_head(doc[j]):
        # "das Wasserstraßen- und Schifffahrtsamt": a truncated compound joined to the noun by "und"/"oder"
        j += 2 if doc[j].tag_ == "TRUNC" and j + 2 < limit and doc[j + 1].tag_ == "KON" else 1
    if j + 2 < limit and j > i and doc[j - 1].tag_ == "CARD" and doc[j].lower_ in AGE_UNITS \
            and doc[j + 1].lower_ in {"alte", "alter", "altes", "alten", "altem"}:
        j += 2  # "ein 71 Jahre alter Anwohner": the age is an attribute of the noun after it
        while j < limit and doc[j].tag_ in {"ADJA", "ADJD"} and not _is_np_head(doc[j]):
            j += 1
    if j > i and doc[j - 1].tag_ != "ADV":
        extended = extended_attribute_end(doc, j, limit)
        if extended > j:
            j = extended + 1
            while j < limit and doc[j].tag_ in {"ADJA", "CARD"} and not _is_np_head(doc[j]):
                j += 1
    if j < limit and j > i and doc[j].text in QUOTE_MARKS:
        return _quoted_name_end(doc, j, limit)  # "die „Westdeutsche Allgemeine Zeitung“", "die italienische „Gazzetta“"
    if j >= limit or not _is_np_head(doc[j]):
        return None
    while j < limit and _is_np_head(doc[j]) and doc[j].text not in QUOTE_MARKS:
        if j > i and doc[j - 1].tag_ in {"NN", "NE"} and doc[j].tag_ == "NN" and doc[j].text in _report_nouns():
            # "hat die Polizei | Spekulationen über einen Anschlag zurückgewiesen", "hat Minister Manuel Hagel |
            # Vorwürfe der Grünen zurückgewiesen": a bare object after the subject
            break
        j += 1
    if j < limit and j - 1 == i + 1 and doc[i].tag_ == "ART" and _town_adjective(doc[j - 1]):
        # "der Bonner „General-Anzeiger“": a town's adjective (tagged a noun) before a quoted title
        quoted = _quoted_name_end(doc, j, limit)
        if quoted is not None and all(t.text[:1].isupper() or t.text in QUOTE_MARKS for t in doc[j:quoted]):
            return quoted
    return j


def _town_adjective(token: Token) -> bool:
    """ "Bonner", "Wiener", "Zürcher": a capitalised word in -er made of a known place's name (or a listed demonym)."""
    from whosaid.components.entities import load_gazetteer  # entities builds on this module
    from whosaid.lang import load_language

    text = token.text
    if not text[:1].isupper() or not text.endswith("er") or len(text) < 5:
        return False
    return text[:-2] in load_gazetteer("de").places or text.lower() in load_language("de").words.get("demonym", ())


@lru_cache(maxsize=1)
def _report_nouns() -> frozenset[str]:
    from whosaid.lang import load_language  # German data: these helpers read STTS-tagged German

    words = load_language("de").words
    return words.get("report_noun", frozenset()) | words.get("accusation_noun", frozenset())


def extended_attribute_end(doc: Doc, j: int, limit: int) -> int:
    """ "mehrere | mit dem Dossier vertraute | Personen", "die | für den Fall zuständige | Staatsanwaltschaft": a
    prepositional phrase before the adjective it depends on, between determiner and noun. Returns the index of
    that adjective, or `j` when no such phrase starts at j."""
    if j >= limit or doc[j].tag_ not in {"APPR", "APPRART"}:
        return j
    # "einem | am Mittwoch in Genf veröffentlichten | Bericht": several phrases may stand before the adjective
    for k in range(j + 2, min(limit - 1, j + 10)):
        t = doc[k]
        # the tagger reads some participles as verbs: "mit dem Dossier vertraute/VVFIN Personen"
        adjective = t.tag_ == "ADJA" or (t.tag_ in {"VVFIN", "VVPP", "ADJD"} and t.text.endswith(INFLECTED)
                                         and doc[k + 1].tag_ == "NN")
        if adjective and doc[k - 1].tag_ in NOUNISH and (_is_np_head(doc[k + 1]) or doc[k + 1].tag_ == "ADJA"):
            return k
        if t.tag_ not in {"ART", "NN", "NE", "ADJA", "CARD", "ADV", "PPOSAT", "APPR", "APPRART"}:
            return j
    return j


def _is_np_head(token: Token) -> bool:
    # a capitalised adjective used as a noun: "der Angeklagte", "die 49-Jährige"
    return token.tag_ in NOUNISH or (token.tag_ == "ADJA" and token.text.rsplit("-", 1)[-1][:1].isupper() and token.i > 0
                                     and token.nbor(-1).tag_ in {"ART", "PDAT"} and _next_is_boundary(token))


def _next_is_boundary(token: Token) -> bool:
    doc = token.doc
    # "die Westdeutsche Allgemeine Zeitung": a capitalised adjective before another adjective or a noun is none
    return token.i + 1 >= len(doc) or doc[token.i + 1].tag_ not in NOUNISH | {"ADJA"}


ADJECTIVE_ENDINGS = ("en", "er", "es", "em", "e")


def adjective_stem(word: str) -> str:
    """ "russisch" of "russischen", "äthiopisch" of "äthiopische": a declined adjective without its ending (the
    lemmatizer keeps many country adjectives as written)."""
    return next((word[: -len(e)] for e in ADJECTIVE_ENDINGS if word.endswith(e)), word)


def strip_span(span: Span) -> Span:
    """Drop surrounding punctuation and spaces (but keep quote marks that enclose the span)."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].is_space or (doc[start].is_punct and doc[start].text not in QUOTE_MARKS)
                           or doc[start].text in CLOSING_ONLY):
        start += 1
    # trailing punctuation, and a quote that opens only after the span ("… wahre. „")
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in OPENING_ONLY
                           or (doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_MARKS)):
        if doc[end - 1].text == ")" and any(t.text == "(" for t in doc[start : end - 1]):
            break  # "die Bundesagentur für Arbeit (BA)": a bracket opened inside the span closes inside it
        end -= 1
    # an unmatched quote mark at one edge only belongs to a quote that continues elsewhere
    if end > start and doc[start].text in QUOTE_MARKS and not any(t.text in QUOTE_MARKS for t in doc[start + 1 : end]):
        start += 1
    if end > start and doc[end - 1].text in QUOTE_MARKS and not any(t.text in QUOTE_MARKS for t in doc[start : end - 1]):
        end -= 1
    return doc[start:end]


# the sentences of the last few Docs (held by reference, so identity checks are safe); not in user_data,
# where spans would break Doc serialisation
_RECENT: list[tuple[Doc, bytes, list[Span], list[int]]] = []
_RECENT_SIZE = 4


def _sentence_table(doc: Doc) -> tuple[list[Span], list[int]]:
    flags = doc.to_array("SENT_START")
    key = flags.tobytes()
    for cached_doc, cached_key, sents, starts in _RECENT:
        if cached_doc is doc and cached_key == key:
            return sents, starts
    starts = [0] + [i for i in flatnonzero(flags == 1).tolist() if i > 0]
    ends = starts[1:] + [len(doc)]
    sents = [doc[s:e] for s, e in zip(starts, ends)]
    _RECENT.insert(0, (doc, key, sents, starts))
    del _RECENT[_RECENT_SIZE:]
    return sents, starts


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences from its SENT_START array: `doc.sents` builds a Token object per token on every call."""
    if len(doc) == 0:
        return []
    return _sentence_table(doc)[0]


def text_sentences(doc: Doc) -> list[Span]:
    """The sentences that hold a word: a paragraph break of white space is no sentence before or after another."""
    return [s for s in sentences(doc) if any(not t.is_space for t in s)]


def sentence_index(sents: list[Span], i: int) -> int:
    """The index in `sents` of the sentence holding token i (StopIteration where none does)."""
    return next(n for n, s in enumerate(sents) if s.start <= i < s.end)


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token i."""
    sents, starts = _sentence_table(doc)
    return sents[bisect_right(starts, i) - 1]
