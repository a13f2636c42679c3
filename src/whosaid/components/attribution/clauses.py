"""Clause helpers the attribution stages share: where a clause starts, its finite verb, the end of a frame after
its cue, a relative clause's comma, and the Doc's time expressions."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from whosaid.components.lemmas import MAX_REPORTED_APPOSITION, reported_apposition_end
from whosaid.components.phrases import QUOTE_MARKS, is_finite, is_punct


def _clause_start(doc: Doc, sent: Span, i: int, quotes_end_clauses: bool = True) -> int:
    """Start of the clause that token i stands in: after the last comma, semicolon or colon before it (and after
    the last quotation mark, unless `quotes_end_clauses` is off), skipping white space."""
    j = i - 1
    while j >= sent.start and not (doc[j].text in {",", ";", ":"} or quotes_end_clauses and _ends_clause(doc[j])):
        j -= 1
    opening = _reported_apposition_opening(doc, sent, j) if j >= sent.start and doc[j].text == "," else None
    if opening is not None:  # "hat die Vorwürfe, er habe …, zurückgewiesen": the clause goes on before the content
        return _clause_start(doc, sent, opening, quotes_end_clauses)
    return _skip_space(doc, j + 1, i)


def _reported_apposition_opening(doc: Doc, sent: Span, close: int) -> int | None:
    """The comma opening the reported clause after a report noun that the comma at `close` closes, or None."""
    for k in range(close - 2, max(sent.start, close - MAX_REPORTED_APPOSITION) - 1, -1):
        if doc[k].text == ",":
            return k if reported_apposition_end(doc[k], sent) == close else None
    return None


def _ends_clause(token: Token) -> bool:
    """A quotation mark ends a clause unless it encloses a name ("einen Bericht des „Spiegel“ zurückgewiesen") or
    a few words after "als" ("hat die Angaben als „frei erfunden“ zurückgewiesen")."""
    return token.text in QUOTE_MARKS and not token._.name_quote and not _encloses_predicative(token)


MAX_PREDICATIVE_QUOTE = 5  # words of a quoted predicative: "als „reine Propaganda“", "als „frei erfunden“"
PHRASE_OPENERS = frozenset({"ART", "APPR", "APPRART", "PPOSAT", "PIAT"})


def _encloses_predicative(mark: Token) -> bool:
    doc = mark.doc
    for k in range(mark.i, max(-1, mark.i - MAX_PREDICATIVE_QUOTE - 2), -1):
        if doc[k].text in QUOTE_MARKS and (k == mark.i or not doc[k]._.in_quote):
            # "als „frei erfunden“", "von einer „gezielten Kampagne“": words quoted inside a phrase
            if k > 0 and (doc[k - 1].lower_ == "als" or doc[k - 1].tag_ in PHRASE_OPENERS and not doc[k - 1]._.in_quote):
                inside = doc[k + 1 : mark.i] if k < mark.i else doc[k + 1 : k + 1 + MAX_PREDICATIVE_QUOTE + 1]
                close = next((t.i for t in inside if t.text in QUOTE_MARKS), None)
                words = doc[k + 1 : close] if close is not None else inside
                return (k < mark.i or close is not None) and not any(is_finite(t) for t in words)
            if k < mark.i:
                return False
    return False


def _skip_space(doc: Doc, i: int, end: int) -> int:
    """The first token from i on (before `end`) that is not white space."""
    while i < end and doc[i].is_space:
        i += 1
    return i


def _finite_of(doc: Doc, sent: Span, verb: Token) -> Token:
    """The finite verb of the clause of `verb` (itself, or an auxiliary before a participle)."""
    if is_finite(verb):
        return verb
    j = verb.i - 1
    start = _clause_start(doc, sent, verb.i)
    while j >= start:
        if is_finite(doc[j]) and not _attributive_participle(doc, start, doc[j]):
            return doc[j]
        opening = _reported_apposition_opening(doc, sent, j) if doc[j].text == "," else None
        j = opening - 1 if opening is not None else j - 1  # not "habe" of "die Vorwürfe, er habe …, zurückgewiesen"
    if verb.tag_ == "VVINF" and j < start and verb.i + 1 < sent.end and doc[verb.i + 1].tag_ == "VMFIN":
        return doc[verb.i + 1]  # "Einräumen musste der Manager, …": the infinitive fronted before its modal
    opening = _name_apposition_opening(doc, sent, start - 1) if start > sent.start else None
    if opening is not None:
        # "hat der Fraktionschef im Landtag, Manuel Hagel, Vorwürfe zurückgewiesen": the commas enclose a name in
        # apposition; the participle's auxiliary stands before them
        finite = next((doc[k] for k in range(opening - 1, _clause_start(doc, sent, opening) - 1, -1)
                       if is_finite(doc[k]) and not _attributive_participle(doc, start, doc[k])), None)
        if finite is not None:
            return finite
    return verb


MAX_APPOSED_NAME = 4  # tokens of a name between commas: "Manuel Hagel", "Hans-Ulrich Rülke", "Maria de la Cruz"


def _name_apposition_opening(doc: Doc, sent: Span, close: int) -> int | None:
    """The comma opening a person's name in apposition after a noun ("der Fraktionschef im Landtag, Manuel Hagel,")
    that the comma at `close` closes, or None."""
    if close < sent.start or doc[close].text != ",":
        return None
    k = close - 1
    while k > sent.start and close - k <= MAX_APPOSED_NAME and doc[k].tag_ in {"NE", "FM"}:
        k -= 1
    if k == close - 1 or doc[k].text != "," or k - 1 < sent.start or doc[k - 1].tag_ not in {"NN", "NE"}:
        return None
    return k


def _attributive_participle(doc: Doc, start: int, token: Token) -> bool:
    """ "vertraute" of "hatte unter Berufung auf mit der Sache vertraute Personen berichtet": a participle before its
    noun that the tagger took for a finite verb, with an auxiliary or modal earlier in the same clause."""
    return token.tag_ == "VVFIN" and token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "NN" \
        and token.text.endswith(("e", "en", "er", "es", "em")) \
        and any(t.tag_ in {"VAFIN", "VMFIN"} for t in doc[start : token.i])


def _has_finite_in_clause(doc: Doc, sent: Span, verb: Token) -> bool:
    """A finite verb before `verb` in its clause, or after it up to the next comma or quote ("gesagt hat")."""
    end = verb.i + 1
    while end < sent.end and not (doc[end].text in {",", ";", ":"} or _ends_clause(doc[end])):
        end += 1
    return any(is_finite(t) for t in doc[_clause_start(doc, sent, verb.i) : end] if t.i != verb.i)


def _relative_clause_comma(doc: Doc, start: int, end: int) -> int | None:
    """The comma that opens a relative clause in doc[start:end] ("Ulla Jelpke, die …"), if any."""
    return next((k for k in range(start + 1, end - 1) if doc[k].text == "," and doc[k + 1].tag_ in {"PRELS", "PRELAT"}),
                None)


def _after_cue_end(doc: Doc, sent: Span, last_cue: int) -> int:
    end = last_cue + 1
    while end < sent.end and not is_punct(doc[end]):
        end += 1
    return end


def _time_spans(doc: Doc, durations: bool = True) -> list[tuple[int, int]]:
    """Character offsets of the Doc's time expressions (whosaid_times runs before attribution); without durations
    where a duration can be an object ("forderte fünf Jahre Haft")."""
    return [(t.start, t.end) for t in (doc._.times or []) if durations or t.type != "DURATION"]


def _in_time(tok: Token, times: list[tuple[int, int]]) -> bool:
    return any(start <= tok.idx < end for start, end in times)
