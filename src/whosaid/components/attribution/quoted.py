"""Quotations as token spans: where they are, and which one opens or closes at a token."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from whosaid.components.quotes import find_quoted


def _quoted_token_spans(doc: Doc) -> list[Span]:
    spans = []
    for q in find_quoted(doc.text):
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and len(span) > 0:
            spans.append(span)
    return spans


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
