"""The spaCy components `whosaid_times` (writes `Doc._.times`) and `whosaid_time_direction` (after attribution:
re-anchors the times of what statements demand or announce)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from whosaid.components.times.direction import forward_in_statements
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

    def reanchor(self, doc: Doc) -> Doc:
        """Normalise again with what attribution found: times inside the content of a statement that demands or
        announces point forward. Spans and ids stay; only values (and types) of such times can change."""
        times, statements = doc._.times, doc._.statements
        if not times or not statements:
            return doc
        clauses = doc_tense_fn(doc, self.lang)
        forward = forward_in_statements(statements, times, clauses, self.lang)
        if not forward:
            return doc
        try:
            again = find_times(doc.text, doc._.published, self.lang, clauses, self.mode, forward)
        except (ValueError, KeyError, IndexError, OverflowError):
            return doc
        by_span = {(t.start, t.end): t for t in again}
        doc._.times = [
            t.model_copy(update={"type": n.type, "value": n.value, "mod": n.mod}) if (n := by_span.get((t.start, t.end)))
            else t
            for t in times
        ]
        return doc


class TimeDirection:
    """spaCy component after `whosaid_attribution`: what a statement demands or announces ("verlangte eine Antwort
    bis Donnerstag", "kündigte an, am Freitag zurückzutreten") points forward from the publication date, whatever
    the tense of the frame. It reads `Doc._.statements` (stance, content) and rewrites `Doc._.times` values; it
    normalises as the pipeline's `whosaid_times` does (language, mode)."""

    def __init__(self, nlp: Language, name: str, lang: str | None) -> None:
        self.name = name
        times = nlp.get_pipe("whosaid_times") if nlp.has_pipe("whosaid_times") else None
        self.tagger = times if isinstance(times, TimeTagger) else TimeTagger(nlp, "whosaid_times", lang, "news")

    def __call__(self, doc: Doc) -> Doc:
        return self.tagger.reanchor(doc)


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


@Language.factory(
    "whosaid_time_direction",
    assigns=["doc._.times"],
    requires=["doc._.statements"],
    default_config={"lang": None},
)
def make_time_direction(nlp: Language, name: str, lang: str | None) -> TimeDirection:
    """Times of what is demanded or announced point forward (runs after whosaid_attribution)."""
    register_extensions()
    lexicon(lang or nlp.lang)
    return TimeDirection(nlp, name, lang)
