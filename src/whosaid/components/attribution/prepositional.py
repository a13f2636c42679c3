"""Prepositional and adverbial cues: "laut X", "nach Angaben von X", "X zufolge", "so X", "demnach", and the end of
such a source phrase inside a verb frame."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from whosaid.components.attribution.clauses import _after_cue_end, _clause_start
from whosaid.components.attribution.found import Found
from whosaid.components.attribution.quoted import _quote_ending_at
from whosaid.components.attribution.speaker_phrases import _with_apposition
from whosaid.components.phrases import (
    GENITIVE_ARTICLES,
    QUOTE_MARKS,
    is_finite,
    is_punct,
    is_subjunctive,
    joined_main_clause_start,
    noun_phrase_from,
    relative_antecedent,
    sentence_of,
    strip_span,
    time_starting_at,
)
from whosaid.lang import LanguageData, PrepositionalCue

DETERMINER_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT"})
DEFINITE_ARTICLES = frozenset({"der", "die", "das", "dem", "den"})


def _prepositional_frames(
    doc: Doc, sent: Span, quoted: list[Span], ents: dict[int, Span], data: LanguageData, verb_found: list[Found]
) -> list[Found]:
    found = []
    by_first_word = data.prepositional_cues_by_first_word
    for tok in sent:
        candidates = by_first_word.get(tok.lower_)
        if not candidates or tok._.in_quote:
            continue
        for cue in candidates:
            n = len(cue.words)
            if tok.i + n > sent.end or tuple(t.lower_ for t in doc[tok.i : tok.i + n]) != cue.words:
                continue
            result = _prepositional_frame(doc, sent, tok.i, n, cue, quoted, ents, verb_found + found, data)
            if result is not None:
                found.append(result)
    return found


def _prepositional_frame(
    doc: Doc,
    sent: Span,
    i: int,
    n: int,
    cue: PrepositionalCue,
    quoted: list[Span],
    ents: dict[int, Span],
    earlier: list[Found],
    data: LanguageData,
) -> Found | None:
    cue_tokens = list(doc[i : i + n])
    lemma = cue.lemma
    if cue.position in {"before", "after"}:
        relative = _relative_source(doc, sent, i, n, cue, earlier)
        if relative is not None or _relative_pronoun_at(doc, i + n if cue.position == "before" else i - 1):
            return relative
    if cue.position == "before":
        start = i + n
        if cue.needs:
            head = doc[start : start + 3]
            head_tok = next((t for t in head if t.tag_ in {"NN", "NE"}), None)
            if head_tok is not None and head_tok.tag_ == "NE" and head_tok.text.endswith("s") \
                    and head_tok.i + 1 < sent.end and doc[head_tok.i + 1].tag_ == "NN":
                head_tok = doc[head_tok.i + 1]  # "nach Grupps Meinung": a name in the genitive before the noun
            if head_tok is None or not _names_a_source(head_tok, cue):
                return None
        speaker = noun_phrase_from(doc, start, sent.end, ents)
        if speaker is not None and len(speaker) == 1 and start + 1 < sent.end and doc[start + 1].tag_ == "NN" \
                and doc[start].tag_ in {"PRELAT", "PDS", "PDAT"}:
            # "nach dessen Angaben": a relative or demonstrative possessor before the source noun
            head = noun_phrase_from(doc, start + 1, sent.end, ents)
            speaker = doc[start : head.end] if head is not None else speaker
        if speaker is None:
            return None
        if cue.needs and head_tok is not None and head_tok.tag_ == "NN" and speaker.start <= head_tok.i < speaker.end - 1 \
                and doc[head_tok.i + 1].tag_ == "NN":
            # "nach eigenen Angaben | Flammschutzmittel": a noun right after the source noun opens the clause's object
            speaker = doc[speaker.start : head_tok.i + 1]
        if cue.needs and speaker.end + 1 < sent.end and doc[speaker.end].lower_ in {"von", "vom"} \
                and time_starting_at(doc, speaker.end) is None:
            # "nach Angaben von Augenzeugen": after a source noun, "von" names the source, name or not
            source = noun_phrase_from(doc, speaker.end + 1, sent.end, ents)
            if source is not None:
                speaker = doc[speaker.start : source.end]
        speaker = _whole_prefield(doc, sent, i, speaker, data)
        frame = doc[i : _source_tail_end(doc, speaker, sent.end, ents, data)]
        if cue.needs and frame.end + 1 < sent.end and doc[frame.end].lower_ == "aus" \
                and time_starting_at(doc, frame.end) is None:
            # "nach Angaben aus Verhandlungskreisen": where the statement comes from belongs to the frame, not to
            # what it says (the speaker stays the source noun, resolved to the group)
            origin = noun_phrase_from(doc, frame.end + 1, sent.end, ents)
            head = next((t for t in origin if t.tag_ == "NN"), None) if origin is not None else None
            if head is not None and head.i + 1 < origin.end and doc[head.i + 1].tag_ == "NN":
                origin = doc[origin.start : head.i + 1]  # "aus ägyptischen Sicherheitskreisen | Fortschritte"
            if origin is not None:
                frame = doc[i : origin.end]
        if speaker.end + 1 < sent.end and doc[speaker.end].lower_ in data.words.get("addressee_preposition", ()):
            # "nach Angaben der Sprecherin gegenüber dem Weser-Kurier": who was told belongs to the frame
            addressee = noun_phrase_from(doc, speaker.end + 1, sent.end, ents)
            if addressee is not None:
                frame = doc[i : addressee.end]
    elif cue.position == "inverted":
        if i == sent.start or doc[i - 1].text != ",":
            return None
        speaker = noun_phrase_from(doc, i + 1, sent.end, ents)
        adverb = speaker is not None and speaker.end < sent.end \
            and doc[speaker.end].lower_ in data.words.get("adverbial_particle", ())  # "so Canny weiter"
        if speaker is None or (speaker.end < sent.end and not is_punct(doc[speaker.end]) and not adverb
                               and doc[speaker.end].lower_ not in {"laut", "zufolge"}):
            return None
        speaker = _with_apposition(doc, speaker, sent.end, ents, data)
        frame = doc[i : speaker.end + (1 if adverb and not is_punct(doc[speaker.end]) else 0)]
        quote = _quote_ending_at(quoted, i - 2) if i >= 2 and doc[i - 2].text in QUOTE_MARKS else None
        if quote is not None:
            clause = _clause_around_quote(doc, sent, quote)
            if clause is not None:
                # "Das Gros der Nutzer handhabe ihn „maßvoll“, so X": the quote ends a clause X reports
                return Found(cue_tokens, lemma, cue.stance, "Indirect", [clause], speaker, frame, None)
            return Found(cue_tokens, lemma, cue.stance, "Direct", [quote], speaker, frame, None)
    elif cue.position == "after":
        end = _before_time_tail(doc, sent, i)  # "Einem Bericht des „Tagesspiegel“ | vom Dienstag zufolge"
        start = _np_start_before(doc, sent, end)
        if start is None:
            return None
        if cue.needs and not _names_a_source(doc[end - 1], cue):
            return None  # "seiner Meinung nach" attributes, "Tag für Tag nach" does not
        start = _prefield_start_before(doc, sent, start, i + n, data)
        speaker = doc[start:end]
        frame = doc[start : i + n]
    elif cue.position == "relative":
        # "einen Bericht des „Spiegel“, wonach die Bahn … wolle": the report before the comma says the clause after
        if i - 1 <= sent.start or doc[i - 1].text != ",":
            return None
        # "wies einen Bericht zurück, wonach …", "hat einen Bericht zurückgewiesen, wonach …"
        np_end = i - 2 if doc[i - 2].tag_ in {"PTKVZ", "VVPP"} else i - 1
        start = _np_start_before(doc, sent, _before_name_quote(doc, np_end))
        if start is None:
            return None
        speaker = strip_span(doc[start:np_end])
        content = strip_span(doc[i + n : _relative_content_end(doc, sent, i + n)])
        # a frame whose object holds the report as well ("Einen Bericht, wonach …, wies sie zurück") answers it
        # rather than reports it
        reporting = [f for f in earlier if f.content_start > speaker.start_char]
        if len(content) < 2 or _covered(content, content, reporting):
            return None
        return Found(cue_tokens, lemma, cue.stance, "Indirect", [content], speaker, doc[i : i + n], None)
    else:  # "demnach": the speaker of the last frame before, if it is near
        if konjunktiv_after_frame_adverb(doc, sent, i):
            return None  # "Frei werdende Stellen sollten demnach nicht besetzt werden": the report goes on
        prior = [f for f in earlier if f.content_end <= doc[i].idx]
        near = prior and sentence_of(doc, i).start - sentence_of(doc, prior[-1].content[-1].start).start <= 400
        # "berichtete der „General-Anzeiger“ unter Berufung auf ein internes Papier. … Demnach soll …": the report
        # goes on, not the source it cites (a statement reaching us via another is that other's)
        last = prior[-1].via if prior and prior[-1].via is not None and prior[-1].via.speaker is not None \
            else prior[-1] if prior else None
        speaker = last.speaker if near and last is not None else None
        frame = doc[i : i + n]
    if cue.position == "before" and cue.needs and speaker is not None and _after_a_report(doc, sent, i, speaker, data):
        return None  # "Die Aktie stieg nach dem Bericht um neun Prozent": when it rose, not who says so
    reporter = next((f for f in earlier if f.frame is not None and f.cue and f.frame.start <= i
                     and i <= _frame_clause_end(doc, sent, f.frame.end - 1) and not f.via
                     and sentence_of(doc, f.cue[0].i).start == sent.start), None)
    if reporter is not None and cue.needs and speaker is not None and speaker[0].lower_ in DEFINITE_ARTICLES \
            and not any(t.tag_ in {"NE", "PPOSAT"} or t.lower_ in GENITIVE_ARTICLES | {"von", "vom"}
                        for t in speaker[1:]):
        return None  # "sagte die Regisseurin nach der Vorstellung": when she spoke, not a source of her own
    container = next((f for f in earlier if f.cue and f.content_start <= doc[i].idx < f.content_end
                      and sentence_of(doc, f.cue[0].i).start == sent.start), None)
    if container is not None and cue.needs and speaker is not None and _ownerless(speaker):
        return None  # "teilte mit, es gebe nach bisherigen Erkenntnissen keine Hinweise": the speaker's own knowledge
    if container is None and reporter is None and cue.needs and speaker is not None and _ownerless(speaker) \
            and _konjunktiv_after_statement(doc, sent, earlier):
        return None  # "… heißt es in dem Bericht. Kündigungen seien nach bisherigem Stand nicht vorgesehen": the report goes on
    if container is not None and reporter is None:
        # "Die Polizei teilte mit, nach Angaben von Zeugen sei der Wagen zu schnell gefahren": the witnesses'
        # statement inside the police's content reaches us via the police
        parts = [strip_span(doc[start:end]) for p in container.content
                 for start, end in ((p.start, min(p.end, frame.start)), (max(p.start, frame.end), p.end)) if start < end]
        parts = [p for p in parts if len(p) > 0]
        if not parts:
            return None
        return Found(cue_tokens, lemma, cue.stance, container.kind, parts, speaker, frame, None, via=container)
    if reporter is not None and cue.position in {"before", "after"} \
            and cue.lemma not in {w.lower() for w in data.words.get("relaying_cue", ())}:
        # "Laut Staatsanwaltschaft hat der Mann die Geschwindigkeit eingeräumt", "Der Verband rechnet nach eigenen
        # Angaben mit Mehrkosten": the source vouches for the whole clause, the speech act in it included (which
        # reaches us via the source); only a cited source ("unter Berufung auf") is relayed by the frame it stands in
        reporter = None
    if reporter is not None:
        # "berichtete die Zeitung unter Berufung auf zwei Beamte": the officials' statement reaches us via the paper
        return Found(cue_tokens, lemma, cue.stance, reporter.kind, list(reporter.content), speaker, frame, None,
                     via=reporter)
    start, end = _enclosing_clause(doc, sent, frame) or (sent.start, sent.end)
    # "Das Publikum halte die Treue: Die Auslastung lag nach Angaben des Hauses bei 84 Prozent": a colon before the
    # source phrase closes a clause of its own
    start = max([start] + [t.i + 1 for t in doc[start : frame.start] if t.text == ":" and not t._.in_quote])
    # "Die NGG fordert 6,8 Prozent, die Brauerei bietet nach eigenen Angaben 3,5 Prozent": the brewery's clause alone
    start = joined_main_clause_start(doc, start, frame.start)
    parts = [strip_span(doc[start : frame.start]), strip_span(doc[frame.end : end])]
    parts = [p for p in parts if len(p) > 0]
    if not parts or sum(len(p) for p in parts) < 3:
        return None
    if _covered(parts[0], parts[-1], earlier):
        return None  # a verb frame of this sentence already covers the content
    return Found(cue_tokens, lemma, cue.stance, "Indirect", parts, speaker, frame, None)


def konjunktiv_after_frame_adverb(doc: Doc, sent: Span, i: int) -> bool:
    """ "Kinderlose müssten demnach …", "Rund 90.000 Familien wären demnach betroffen": a frame adverb after the
    finite verb of a clause in Konjunktiv (or a modal in its past form, "sollten") goes on with the report before it,
    as a continuation, and so does one opening the sentence before a Konjunktiv ("Demnach würde das Alter …
    steigen"); "Demnach sollen …" and "fiel demnach" in the indicative stay its cue."""
    finite = next((t for t in doc[sent.start : i] if is_finite(t)), None)
    if finite is None and i + 1 < sent.end and is_finite(doc[i + 1]):
        return is_subjunctive(doc[i + 1])
    return finite is not None and (is_subjunctive(finite) or finite.tag_ == "VMFIN" and finite.lower_.endswith("ten"))


def _konjunktiv_after_statement(doc: Doc, sent: Span, earlier: list[Found]) -> bool:
    """The sentence's first finite verb outside quotes is a Konjunktiv, and a statement ends in the sentence before:
    a source phrase without an owner ("nach bisherigem Stand", "nach ersten Erkenntnissen") then qualifies the
    statement that goes on, and names no source of its own."""
    finite = next((t for t in sent if is_finite(t) and not t._.in_quote), None)
    if finite is None or not is_subjunctive(finite) or sent.start == 0:
        return False
    before = sentence_of(doc, sent.start - 1)
    return any(before.start <= f.content[-1].end - 1 < before.end for f in earlier)


def _after_a_report(doc: Doc, sent: Span, i: int, source: Span, data: LanguageData) -> bool:
    """ "Die Aktie stieg nach dem Bericht um neun Prozent": "nach" with a report the definite article points back
    to, owned by no one, after the finite verb of an indicative clause with no modal of hearsay, tells when."""
    if len(source) != 2 or source[0].lower_ not in {"dem", "der", "den"} \
            or source[1].text not in data.words.get("report_event_noun", ()):
        return False
    start = _clause_start(doc, sent, i)
    end = next((t.i for t in doc[source.end : sent.end] if t.text in {",", ";", ":"}), sent.end)
    finite = [t for t in doc[start:end] if is_finite(t)]
    return any(t.i < i for t in finite) and not any(
        is_subjunctive(t) or t.lemma_ in data.words.get("hearsay_modal", ()) for t in finite)


def _ownerless(source: Span) -> bool:
    """ "bisherigen Erkenntnissen", "ersten Angaben": a source noun with no genitive, "von", possessive or name."""
    return all(t.tag_ in {"ADJA", "NN", "ART"} and t.lower_ not in GENITIVE_ARTICLES for t in source) \
        and not any(t.ent_type_ for t in source)


def _source_tail_end(doc: Doc, speaker: Span, limit: int, ents: dict[int, Span], data: LanguageData) -> int:
    """ "laut einem Bericht der Wochenzeitung „Falter“", "nach Angaben des Ministeriums in Moskau", "… vom Dienstag":
    the quoted title after the source noun, the place of the source and its date belong to the source's frame, not
    to what it said (the speaker phrase stays without them, so that the ministry is not resolved to its capital's
    country)."""
    end = speaker.end
    if end < limit and doc[end]._.name_quote and doc[end - 1].tag_ in {"NN", "NE"}:
        close = next((k for k in range(end + 1, min(limit, end + 7)) if doc[k]._.name_quote), None)
        if close is not None and close > end + 1:
            end = close + 1
    place = ents.get(end + 1)
    if end + 1 < limit and doc[end].lower_ in data.words.get("source_place_preposition", ()) \
            and place is not None and place.label_ == "LOC" and place.end <= limit:
        end = place.end
    when = time_starting_at(doc, end) if end < limit and doc[end].lower_ in {"vom", "von"} else None
    return when if when is not None and when <= limit else end  # "laut einem Bericht … vom Dienstag"


def _frame_clause_end(doc: Doc, sent: Span, last: int) -> int:
    """The end of a frame's clause past the quote marks and brackets of a name in it: "berichtete die „Westdeutsche
    Allgemeine Zeitung“ (WAZ) am Dienstag unter Berufung auf …"."""
    end = _after_cue_end(doc, sent, last)
    while end < sent.end and doc[end].text in QUOTE_MARKS | {"(", ")"}:
        end = _after_cue_end(doc, sent, end)
    return end


def _relative_pronoun_at(doc: Doc, k: int) -> bool:
    """A relative pronoun at `k` that opens its clause with the source cue beside it: "…, nach denen …",
    "…, denen zufolge …"."""
    if not 0 <= k < len(doc) or doc[k].tag_ != "PRELS":
        return False
    before = k - 1 if k >= 1 and doc[k - 1].tag_ in {"APPR", "APPRART"} else k
    return before >= 1 and doc[before - 1].text == ","


def _relative_source(doc: Doc, sent: Span, i: int, n: int, cue: PrepositionalCue,
                     earlier: list[Found]) -> Found | None:
    """ "Studien der Charité, nach denen Homöopathie … sei", "die Pläne, laut denen …", "Grundsätzen, denen zufolge
    …": a source cue whose source is a relative pronoun; the pronoun speaks (it stands for the noun phrase before the
    comma), and the rest of the relative clause is what was said. "nach" needs that noun phrase to name a source
    ("eine Änderung, nach der …" attributes nothing)."""
    pronoun = i + n if cue.position == "before" else i - 1
    if not _relative_pronoun_at(doc, pronoun):
        return None
    if cue.needs:
        antecedent = relative_antecedent(doc[pronoun])
        if antecedent is None:
            return None
        nouns = [t for t in antecedent if t.tag_ in {"NN", "NE"}]
        if antecedent.start > 0 and antecedent[0].lower_ in GENITIVE_ARTICLES:
            nouns.append(doc[antecedent.start - 1])  # "Studien | der Berliner Charité": the noun the genitive follows
        if not any(t.tag_ == "NN" and _names_a_source(t, cue) for t in nouns):
            return None
    start = max(i + n, pronoun + 1)
    content = strip_span(doc[start : _relative_content_end(doc, sent, start)])
    if len(content) < 2 or not any(is_finite(t) for t in content) or _covered(content, content, earlier):
        return None
    frame = doc[min(i, pronoun) : max(i + n, pronoun + 1)]
    return Found(list(doc[i : i + n]), " ".join(cue.words), cue.stance, "Indirect", [content],
                 doc[pronoun : pronoun + 1], frame, None)


def _clause_around_quote(doc: Doc, sent: Span, quote: Span) -> Span | None:
    """The sentence up to a quote that closes it, when words of the narrator's own stand before the quote in the
    sentence (no colon of a frame before it); None when the quote opens the sentence."""
    start = next((t.i for t in sent if not (t.is_space or is_punct(t))), quote.start)
    before = doc[start : quote.start - 1]
    if len(before) == 0 or any(t.text == ":" and not t._.in_quote for t in before):
        return None
    return strip_span(doc[start : quote.end + 1])


MAX_PREFIELD_SOURCE = 12


def _whole_prefield(doc: Doc, sent: Span, i: int, speaker: Span, data: LanguageData) -> Span:
    """A source phrase that opens its sentence fills the prefield, up to the finite verb: "Nach Angaben des
    Gouverneurs Nasser Baoum der Provinz Schabwa kommen …", "Laut Dokumenten aus der Birthler-Behörde handelte …",
    "Nach Einschätzung politischer Beobachter war …". Only nouns, names, adjectives, articles and prepositions may
    stand between; anything else (a comma, a quote, an adverb, "gegenüber") leaves the phrase as read."""
    first = next((t for t in sent if not (t.is_space or is_punct(t))), None)
    if first is None or first.i != i:
        return speaker
    for j in range(speaker.end, min(sent.end, speaker.end + MAX_PREFIELD_SOURCE)):
        t = doc[j]
        if t.tag_.endswith("FIN"):
            return doc[speaker.start : j] if j > speaker.end else speaker
        if t.text == ",":
            apposition_end = _named_apposition_end(doc, sent, j, data)
            return doc[speaker.start : apposition_end] if apposition_end is not None else speaker
        if t.tag_ not in PREFIELD_SOURCE_TAGS or t._.in_quote \
                or t.lower_ in data.words.get("addressee_preposition", ()) \
                or time_starting_at(doc, j) is not None:  # "gegenüber dem Weser-Kurier", "vom Dienstag"
            return speaker
    return speaker


def _named_apposition_end(doc: Doc, sent: Span, comma: int, data: LanguageData) -> int | None:
    """ "Nach Angaben des Gouverneurs der Region, Oleh Kiper, wurden …": a name or role between two commas that is
    followed by the finite verb still stands in the prefield, so it belongs to the source, not to what it said."""
    for k in range(comma + 1, min(sent.end, comma + 1 + MAX_PREFIELD_SOURCE)):
        if doc[k].text == ",":
            names = any(t.tag_ == "NE" or t.text in data.role_nouns for t in doc[comma + 1 : k])
            return k if names and k > comma + 1 and k + 1 < sent.end and doc[k + 1].tag_.endswith("FIN") else None
        if doc[k].tag_ not in PREFIELD_SOURCE_TAGS or doc[k]._.in_quote:
            return None
    return None


def _prefield_start_before(doc: Doc, sent: Span, start: int, after: int, data: LanguageData) -> int:
    """A source phrase with "zufolge" before the finite verb fills the prefield from the sentence start: "Einer
    Meldung von Radio Vatikan zufolge sei …", "Ersten Angaben vom Institut zufolge gehörte …"."""
    first = next((t for t in sent if not (t.is_space or is_punct(t))), None)
    if first is None or first.i >= start or after >= sent.end or not doc[after].tag_.endswith("FIN"):
        return start
    between = doc[first.i : start]
    if all(t.tag_ in PREFIELD_SOURCE_TAGS and not t._.in_quote
           and t.lower_ not in data.words.get("addressee_preposition", ()) for t in between):
        return first.i
    return start


PREFIELD_SOURCE_TAGS = frozenset({"NN", "NE", "FM", "ADJA", "ART", "APPR", "APPRART", "CARD", "PPOSAT", "TRUNC"})


SUBORDINATE_OPENERS = frozenset({"PRELS", "PRELAT", "KOUS", "PWAV"})


def _enclosing_clause(doc: Doc, sent: Span, frame: Span) -> tuple[int, int] | None:
    """The relative or subordinate clause a source phrase stands in, which alone is what the source says: "die
    Tasche, die nach dessen Angaben die Bombe enthalten sollte, …" (from its opener, with a preposition before a
    relative pronoun, to the comma after its final verb); None in a main clause."""
    j = frame.start - 1
    while j > sent.start and not (doc[j].text == "," and not doc[j]._.in_quote):
        if is_finite(doc[j]) and not doc[j]._.in_quote:
            return None  # a finite verb before the source phrase: not inside a verb-final clause opened here
        j -= 1
    if j <= sent.start or j + 1 >= frame.start:
        return None
    opener = doc[j + 1]
    if opener.tag_ in {"APPR", "APPRART"} and j + 2 < frame.start and doc[j + 2].tag_ in {"PRELS", "PRELAT"}:
        opener = doc[j + 2]
    if opener.tag_ not in SUBORDINATE_OPENERS or opener.lower_ in {"dass", "ob"}:
        return None
    k = frame.end
    while k < sent.end and not (is_finite(doc[k]) and not doc[k]._.in_quote):
        if doc[k].text == "," and not doc[k]._.in_quote:
            return None
        k += 1
    while k < sent.end and not (doc[k].text in {",", ";", ":"} or is_punct(doc[k]) and doc[k].is_sent_end):
        k += 1
    return j + 1, k


def _covered(first: Span, last: Span, earlier: list[Found]) -> bool:
    """A verb frame of the same sentence whose content spans from `first` to `last` already reports them."""
    sent = sentence_of(first.doc, first.start)
    return any(f.cue and any(t.i in range(sent.start, sent.end) for t in f.cue) and f.content_start <= first.start_char
               and f.content_end >= last.end_char for f in earlier)


def _before_name_quote(doc: Doc, end: int) -> int:
    """Where to look for the head noun of the phrase ending at `end`: before a quoted name and its genitive
    article or "von" ("einen Bericht | des „Spiegel“", "einen Bericht | von „Radio Bremen“")."""
    if end - 1 > 0 and doc[end - 1]._.name_quote:
        j = end - 2
        while j > 0 and not doc[j]._.name_quote:
            j -= 1
        if j > 1 and (doc[j - 1].lower_ in GENITIVE_ARTICLES or doc[j - 1].lower_ == "von"):
            return j - 1
        return j if j > 0 else end
    return end


def _relative_content_end(doc: Doc, sent: Span, start: int) -> int:
    """A "wonach" clause ends at the comma before the main clause's finite verb, or before the predicative the main
    clause gives its noun ("bezeichnete einen Bericht, wonach …, als „Unsinn“"), else at the sentence end."""
    for j in range(start, sent.end - 1):
        if doc[j].text == "," and not doc[j]._.in_quote and (doc[j + 1].tag_.endswith("FIN") or (
                doc[j + 1].tag_ == "KON" and j + 2 < sent.end and doc[j + 2].tag_.endswith("FIN"))
                or _predicative_after(doc, sent, j + 1)):
            return j
    return sent.end


def _predicative_after(doc: Doc, sent: Span, k: int) -> bool:
    """ "als „Unsinn“", "als falsch": "als" and a few words with no verb to the clause's end, no clause of comparison
    ("…, als sie angebe")."""
    if doc[k].lower_ != "als":
        return False
    end = next((j for j in range(k + 1, sent.end) if doc[j].text == "," and not doc[j]._.in_quote), sent.end)
    words = [t for t in doc[k + 1 : end] if not t.is_punct]
    return 0 < len(words) <= 5 and not any(t.tag_.startswith("V") for t in words)


def _names_a_source(token: Token, cue: PrepositionalCue) -> bool:
    """ "Angaben", "Polizeiangaben", "Ermittlungsstand": a noun that makes "nach" attribute."""
    return token.text in cue.needs or any(token.text.endswith(x.lower()) or token.text.endswith(x)
                                          for x in cue.needs if len(x) > 5)


def _before_time_tail(doc: Doc, sent: Span, end: int) -> int:
    """Where a phrase ending at `end` ends without a time after "vom" ("des „Tagesspiegel“ | vom Dienstag")."""
    tail = next((k for k in range(max(sent.start, end - 6), end) if doc[k].lower_ in {"vom", "von"}
                 and time_starting_at(doc, k) == end), None)
    return tail if tail is not None else end


def _np_start_before(doc: Doc, sent: Span, end: int) -> int | None:
    j = end - 1
    titled = False
    if j > sent.start and doc[j]._.name_quote:
        j -= 1  # "einem Bericht des „Handelsblatts“ zufolge": the phrase ends in a quoted name
        k = j
        while k > sent.start and not doc[k - 1]._.name_quote and doc[k].text[:1].isupper():
            k -= 1
        # a quoted title is a name whatever its words: "der „Thüringer Allgemeinen“"
        titled = k > sent.start and doc[k - 1]._.name_quote and doc[k].text[:1].isupper()
        j = k if titled else j
    if j < sent.start or (doc[j].tag_ not in {"NN", "NE", "FM", "PPER", "NNE"} and not titled):
        return None
    while j > sent.start and (doc[j - 1].tag_ in {"NN", "NE", "FM", "ADJA", "ART", "PPOSAT", "CARD", "PDAT", "PIAT"}
                              or doc[j - 1]._.name_quote):
        if doc[j].tag_ in DETERMINER_TAGS and doc[j - 1].tag_ in {"NN", "NE", "FM"} and doc[j].lower_ not in GENITIVE_ARTICLES:
            break  # "die Kanzlerin | einigen Teilnehmern zufolge": a determiner that may be genitive (des, der,
            # eines, einer) joins the noun before it ("dem Bericht der Zeitung"); any other opens a new phrase
        j -= 1
    when = time_starting_at(doc, j - 1) if j > sent.start else None
    if when is not None and j < when < end:
        return when  # "wies am Nachmittag | Berichte zurück, wonach …": the time is no part of the source
    if j > sent.start and doc[j - 1].tag_ in {"APPR", "APPRART"}:
        # "in Baden-Württemberg | einer neuen Studie zufolge": the place belongs to the preposition, the source
        # opens at the determiner after it
        inner = next((k for k in range(j + 1, end) if doc[k].tag_ in DETERMINER_TAGS
                      and doc[k - 1].tag_ in {"NN", "NE", "FM"}), None)
        j = inner if inner is not None else j
    return j


def _source_phrase_end(doc: Doc, start: int, limit: int, ents: dict[int, Span], data: LanguageData) -> int | None:
    """The end of a prepositional source phrase starting at `start` ("nach Angaben der Polizei", "laut Reuters",
    "unter Berufung auf …"), or None."""
    for cue in data.prepositional_cues_by_first_word.get(doc[start].lower_, ()):
        n = len(cue.words)
        if cue.position != "before" or tuple(t.lower_ for t in doc[start : start + n]) != cue.words:
            continue
        source = noun_phrase_from(doc, start + n, limit, ents)
        if source is not None and (not cue.needs or any(t.text in cue.needs for t in source)):
            return source.end
    return None
