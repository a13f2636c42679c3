"""Tidies the English model's entity spans before whosaid_entities groups them: a leading "the" and a trailing
possessive "'s" leave the name; a surname the model typed as a place or organisation ("Hines" after "Paul Hines")
is the person; a lone title or role word ("Press" of "Press secretary") is no name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from whosaid.lang import load_language

PERSON_LABELS = frozenset({"PERSON", "PER"})


@Language.factory("whosaid_names_en", assigns=["doc.ents"], requires=["doc.ents"], default_config={"lang": "en"})
def make_names_en(nlp: Language, name: str, lang: str) -> EnglishNames:
    return EnglishNames(load_language(lang).role_nouns)


class EnglishNames:
    def __init__(self, role_nouns: frozenset[str]) -> None:
        self.role_nouns = role_nouns

    def __call__(self, doc: Doc) -> Doc:
        tidy = [s for s in (self._tidy(doc, ent) for ent in doc.ents) if s is not None]
        surnames = {s[-1].text for s in tidy if s.label_ in PERSON_LABELS and len(s) > 1}
        doc.ents = [Span(doc, s.start, s.end, label="PERSON")
                    if len(s) == 1 and s.text in surnames and s.label_ not in PERSON_LABELS else s for s in tidy]
        return doc

    def _tidy(self, doc: Doc, ent: Span) -> Span | None:
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        if end - start == 1 and doc[start].lower_ in self.role_nouns:
            return None
        return Span(doc, start, end, label=ent.label_) if end > start else None
