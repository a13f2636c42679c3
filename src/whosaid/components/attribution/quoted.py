"""Quotations as token spans: where they are, and which one opens or closes at a token."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from whosaid.components.phrases import QUOTE_MARKS
from whosaid.components.quotes import find_quoted


def _quoted_token_spans(doc: Doc) -> list[Span]:
    spans = []
    for q in find_quoted(doc.text):
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and len(span) > 0:
            spans.append(span)
    return spans


MAX_NAME_QUOTE_TOKENS = 4


def mark_name_quotes(doc: Doc, quoted: list[Span], name_nouns: frozenset[str] = frozenset()) -> None:
    """Set `name_quote` on the marks of a quoted name („Spiegel“, „Frankfurter Allgemeine Zeitung“): a few
    capitalised words without a verb or final punctuation, inside a sentence; after a word for an organisation or
    an outlet (`name_nouns`, lower-case, also as a compound's end) with a verb too ("der Verein „Land schafft
    Verbindung“"). Such marks end no clause."""
    for span in quoted:
        words = [t for t in span if not t.is_space]
        if not words or len(words) > MAX_NAME_QUOTE_TOKENS or span.start < 2 or span.end >= len(doc):
            continue
        named = doc[span.start - 2].lower_.endswith(tuple(name_nouns)) if name_nouns else False
        if not words[0].text[:1].isupper() or words[-1].is_punct or doc[span.start - 1].text == ":" \
                or not named and any(t.tag_[:2] in {"VV", "VA", "VM"} or t.tag_ == "PPER" for t in words):
            continue
        opening, closing = doc[span.start - 1], doc[span.end]
        # at a sentence's start only as the head of a compound ("„Presse“-Kritiker Max Roth schrieb")
        compound = span.end + 1 < len(doc) and doc[span.end + 1].text.startswith("-") or closing.text[1:2] == "-"
        if opening.is_sent_start and not compound or opening.text not in QUOTE_MARKS:
            continue
        opening._.name_quote = True
        if closing.text in QUOTE_MARKS:  # else the closing mark is glued into a compound: „Bild“-Zeitung
            closing._.name_quote = True


def _quote_ending_at(quoted: list[Span], token_i: int) -> Span | None:
    """The quote whose closing mark is token `token_i`."""
    for span in quoted:
        if span.end == token_i:
            return span
    return None


def _quote_starting_at(quoted: list[Span], token_i: int) -> Span | None:
    for span in quoted:
        if span.start - 1 == token_i:
            return span
    return None
