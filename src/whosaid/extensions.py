"""The Doc and Token extensions whosaid components read and write, registered in one place."""

from __future__ import annotations

from spacy.tokens import Doc, Token

DOC_EXTENSIONS: dict[str, object] = {
    "published": None,  # datetime.date the article was published, set before the pipeline runs
    "published_source": "none",  # how `published` was found: given | metadata | filename | text | none
    "times": None,  # list[whosaid.record.Time], set by whosaid.times
    "entities": None,  # list[whosaid.record.Entity], set by whosaid.entities
    "statements": None,  # list[whosaid.record.Statement], set by whosaid.attribution
    "contradictions": None,  # list[whosaid.record.Contradiction], set by whosaid.contradictions
    "datelines": None,  # list[Span]: "KIEW (dpa-AFX) -" at paragraph starts, set by whosaid_line_breaks
    "lang_data": None,  # whosaid.lang.LanguageData for the document's language
}
TOKEN_EXTENSIONS: dict[str, object] = {
    "in_quote": False,  # inside quotation marks (set by whosaid.quotes)
    "name_quote": False,  # a quotation mark around a name („Spiegel“), which ends no clause (whosaid_attribution)
}


def register_extensions() -> None:
    """Register whosaid's extensions once; safe to call many times."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in TOKEN_EXTENSIONS.items():
        if not Token.has_extension(name):
            Token.set_extension(name, default=default)
