"""Starts a new sentence after every line break, so headings and paragraphs never run into the next sentence."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("whosaid_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    for tok in doc[1:]:
        previous = doc[tok.i - 1]
        if "\n" in previous.text and previous.is_space and not tok.is_space:
            tok.is_sent_start = True
    return doc
