"""The spaCy component `whosaid_times`: writes `Doc._.times`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from whosaid.components.times.extract import find_times
from whosaid.components.times.lexicon import lexicon
from whosaid.components.times.normalise import Mode
from whosaid.components.times.tense import doc_tense_fn
from whosaid.extensions import register_extensions


class TimeTagger:
    """spaCy component: writes `Doc._.times` (list[Time]) normalised against `Doc._.published`."""

    def __init__(self, nlp: Language, name: str, lang: str | None, mode: str) -> None:
        self.name = name
        self.lang = lang or nlp.lang
        self.mode: Mode = "narrative" if mode == "narrative" else "news"

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.times = find_times(doc.text, doc._.published, self.lang, doc_tense_fn(doc, self.lang), self.mode)
        except (ValueError, KeyError, IndexError, OverflowError):
            doc._.times = []  # one odd document must not stop a batch
        return doc


@Language.factory(
    "whosaid_times",
    assigns=["doc._.times"],
    default_config={"lang": None, "mode": "news"},
)
def make_time_tagger(nlp: Language, name: str, lang: str | None, mode: str) -> TimeTagger:
    """Time expressions for news ("news": deictic anchor = publication date) or history ("narrative")."""
    register_extensions()
    lexicon(lang or nlp.lang)  # fail early on a language without times.json
    return TimeTagger(nlp, name, lang, mode)
