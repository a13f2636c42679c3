"""Auxiliary or main verb: "hat ein Haus" and "wird Präsident" are main verbs (UPOS VERB), "hat gesagt" and
"wird kommen" auxiliaries (AUX), as UD German annotates them. STTS tags both VA*, so the tag map alone says AUX."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosaid.components.lemmas import CLAUSE_ENDS, CLAUSE_OPENERS
from whosaid.components.phrases import is_finite, sentences
from whosaid.lang import LanguageData, load_language

# the verb forms an auxiliary builds a tense or the passive with
NON_FINITE_TAGS = frozenset({"VVPP", "VVINF", "VVIZU", "VAPP", "VAINF", "VMPP", "VMINF"})


def governs_verb(aux: Token, sent: Span) -> bool:
    """Whether the clause of `aux` holds a non-finite verb for it to build with, before it (a verb-final clause)
    or after it (the right bracket of a main clause). Another finite verb ends the clause; so does a conjunction
    before `aux` ("… gekauft und hat jetzt keine Schulden"), but not one after it ("hat das Haus und das Auto
    verkauft")."""
    doc = aux.doc

    def bounded(tok: Token, step: int) -> bool:
        return (tok.text in CLAUSE_ENDS or tok.tag_ in CLAUSE_OPENERS or is_finite(tok)
                or (step < 0 and tok.tag_ == "KON"))

    for step in (-1, 1):
        i = aux.i + step
        while sent.start <= i < sent.end and not bounded(doc[i], step):
            if doc[i].tag_ in NON_FINITE_TAGS:
                return True
            i += step
    return False


class MainVerbs:
    """Set UPOS VERB on an auxiliary lemma (`main_verb_auxiliary` in words.tsv: haben, werden) that governs no
    non-finite verb in its clause. `sein` stays AUX: without a participle it is mostly a copula, which UD German
    annotates AUX."""

    def __init__(self, data: LanguageData) -> None:
        self.lemmas = data.words.get("main_verb_auxiliary", frozenset())

    def __call__(self, doc: Doc) -> Doc:
        for sent in sentences(doc):
            for tok in sent:
                if tok.pos_ == "AUX" and tok.tag_.startswith("VA") and tok.lemma_ in self.lemmas and not governs_verb(tok, sent):
                    tok.pos_ = "VERB"
        return doc


@Language.factory(
    "whosaid_main_verbs",
    assigns=["token.pos"],
    requires=["token.tag", "token.lemma", "token.pos"],
    default_config={"lang": "de"},
)
def make_main_verbs(nlp: Language, name: str, lang: str) -> MainVerbs:
    return MainVerbs(load_language(lang))
