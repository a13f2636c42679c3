"""Separable verbs: "fügte ... hinzu" is one verb, so the finite verb's lemma takes its particle (hinzufügen)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosaid.components.phrases import QUOTE_MARKS, sentences
from whosaid.lang import LanguageData, load_language

PARTICLE_TAG = "PTKVZ"
# a separated particle closes the clause of its verb: it is never looked for past these
CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "—"}) | QUOTE_MARKS
CLAUSE_OPENERS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS"})


def separated_particle(verb: Token, sent: Span, particles: frozenset[str]) -> Token | None:
    """The particle of a finite verb written apart at the end of its clause ("fügte ... hinzu"), if any: an STTS
    PTKVZ, or a word of `particles` read as ADJD/ADV last in the clause ("gab ... bekannt")."""
    doc = verb.doc
    for later in doc[verb.i + 1 : sent.end]:
        if later.text == ",":
            return _particle_after_apposition(later, sent, particles)
        if later.text in CLAUSE_ENDS or later.tag_ in CLAUSE_OPENERS or later.tag_.endswith("FIN"):
            return None
        if later.tag_ == PARTICLE_TAG:
            return later
        nxt = later.i + 1
        if later.lower_ in particles and later.tag_ in ("ADJD", "ADV") and (
            nxt >= sent.end or doc[nxt].text in CLAUSE_ENDS
        ):
            return later
    return None


MAX_APPOSITION = 8


def _particle_after_apposition(comma: Token, sent: Span, particles: frozenset[str]) -> Token | None:
    """ "teilte der Direktor der Behörde, Bagus Puruhito, mit.": an apposition between commas, then the particle
    last in the clause."""
    doc = comma.doc
    close = next((k for k in range(comma.i + 2, min(sent.end, comma.i + MAX_APPOSITION)) if doc[k].text == ","), None)
    if close is None or close + 1 >= sent.end:
        return None
    if any(t.text in CLAUSE_ENDS or t.tag_ in CLAUSE_OPENERS or t.tag_.startswith("V") for t in doc[comma.i + 1 : close]):
        return None
    particle = doc[close + 1]
    if not (particle.tag_ == PARTICLE_TAG or particle.lower_ in particles and particle.tag_ in ("ADJD", "ADV")):
        return None
    return particle if close + 2 >= sent.end or doc[close + 2].text in CLAUSE_ENDS else None


class ParticleVerbs:
    """Join a clause-final separated particle to the lemma of its finite verb (STTS tags)."""

    def __init__(self, data: LanguageData) -> None:
        self.data = data
        self.particles = data.words.get("verb_particle", frozenset())

    def __call__(self, doc: Doc) -> Doc:
        for sent in sentences(doc):  # one sentence when nothing set boundaries
            for tok in sent:
                if tok.tag_ in ("VVFIN", "VVIMP"):
                    particle = separated_particle(tok, sent, self.particles)
                    if particle is None:
                        continue
                    base = self.data.verb_lemma(tok.text, tok.lemma_)
                    if not base.startswith(particle.lower_):  # not joined twice
                        tok.lemma_ = particle.lower_ + base
        return doc


@Language.factory(
    "whosaid_particle_verbs",
    assigns=["token.lemma"],
    requires=["token.tag", "token.lemma"],
    default_config={"lang": "de"},
)
def make_particle_verbs(nlp: Language, name: str, lang: str) -> ParticleVerbs:
    return ParticleVerbs(load_language(lang))
