"""Separable verbs: "fügte ... hinzu" is one verb, so the finite verb's lemma takes its particle (hinzufügen)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosaid.components.phrases import QUOTE_MARKS, is_subjunctive, sentences
from whosaid.lang import LanguageData, load_language

PARTICLE_TAG = "PTKVZ"
# a separated particle closes the clause of its verb: it is never looked for past these
CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "—"}) | QUOTE_MARKS
CLAUSE_OPENERS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS"})


def separated_particle(verb: Token, sent: Span, particles: frozenset[str]) -> Token | None:
    """The particle of a finite verb written apart at the end of its clause ("fügte ... hinzu"), if any: an STTS
    PTKVZ, or a word of `particles` read as ADJD/ADV last in the clause ("gab ... bekannt"). An apposition between
    commas does not end the clause ("teilte der Direktor, Bagus Puruhito, mit")."""
    doc = verb.doc
    i = verb.i + 1
    while i < sent.end:
        later = doc[i]
        if later.text == ",":
            if _enumeration_comma(later, sent):
                i += 1  # "riefen die USA, Großbritannien und Norwegen … auf": a list of names ends no clause
                continue
            close = _apposition_close(later, sent)
            if close is None:
                return None
            i = close + 1
            continue
        if later.text in QUOTE_MARKS and later.i > sent.start and doc[later.i - 1].lower_ == "als":
            close = next((k for k in range(later.i + 1, min(sent.end, later.i + MAX_PARTICLE_APPOSITION))
                          if doc[k].text in QUOTE_MARKS), None)
            if close is None:
                return None
            i = close + 1  # "wies die Vorwürfe als „haltlos“ zurück": a quoted predicate ends no clause
            continue
        if later.text == "(":
            close = _bracket_close(later, sent)
            if close is None:
                return None
            i = close + 1  # "teilte am Abend (Ortszeit) mit": a bracketed insert ends no clause
            continue
        if (later.text in CLAUSE_ENDS and not later._.name_quote) or later.tag_ in CLAUSE_OPENERS \
                or later.tag_.endswith("FIN"):
            return None
        if later.tag_ == PARTICLE_TAG:
            return later
        nxt = later.i + 1
        if later.lower_ in particles and later.tag_ in ("ADJD", "ADV", "PROAV") and (
            nxt >= sent.end or doc[nxt].text in CLAUSE_ENDS or doc[nxt].is_space  # a headline ends at its line
        ):
            return later
        i += 1
    return None


MAX_PARTICLE_APPOSITION = 8


def _bracket_close(opening: Token, sent: Span) -> int | None:
    """The ")" closing a bracket that `opening` opens, with no finite verb inside, or None."""
    doc = opening.doc
    for k in range(opening.i + 1, min(sent.end, opening.i + 2 * MAX_PARTICLE_APPOSITION)):
        if doc[k].text == ")":
            return k
        if doc[k].tag_.endswith("FIN") or doc[k].text == "(":
            return None
    return None


ENUMERATED_TAGS = frozenset({"NE", "NN", "ART", "ADJA", "CARD", "TRUNC"})
MAX_ENUMERATED = 6


def _enumeration_comma(comma: Token, sent: Span) -> bool:
    """A comma between the items of a list of noun phrases: a noun before it, and after it only noun phrase words up
    to "und", "oder" or "sowie" ("die USA, Großbritannien und Norwegen")."""
    doc = comma.doc
    if comma.i == sent.start or doc[comma.i - 1].tag_ not in {"NE", "NN"}:
        return False
    for k in range(comma.i + 1, min(sent.end, comma.i + MAX_ENUMERATED + 1)):
        t = doc[k]
        if t.lower_ in {"und", "oder", "sowie"} and t.tag_ == "KON":
            end = k + 1
            while end < sent.end and doc[end].tag_ in ENUMERATED_TAGS:
                end += 1
            # "erklärte Scholz, Polen und Tschechien seien wichtige Partner": the list is a clause's subject
            return k > comma.i + 1 and not (end < sent.end and doc[end].tag_.endswith("FIN"))
        if t.tag_ not in ENUMERATED_TAGS or t._.in_quote:
            return False
    return False


def _apposition_close(comma: Token, sent: Span) -> int | None:
    """The comma closing an apposition that `comma` opens (a few words, no verb, clause opener or quote), or None;
    also a reported clause in Konjunktiv after a report noun ("wies die Vorwürfe, er habe gelogen, zurück")."""
    doc = comma.doc
    reported = reported_apposition_end(comma, sent)
    if reported is not None:
        return reported
    end = min(sent.end, comma.i + MAX_PARTICLE_APPOSITION)
    close = next((k for k in range(comma.i + 2, end) if doc[k].text == ","), None)
    if close is None or any(t.text in CLAUSE_ENDS or t.tag_ in CLAUSE_OPENERS or t.tag_.startswith("V")
                            for t in doc[comma.i + 1 : close]):
        return None
    return close


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
                    cues = self.data.verb_cues
                    if particle.tag_ != PARTICLE_TAG and base in cues and particle.lower_ + base not in cues:
                        continue  # "sagte er klar": an adverb of manner after a cue, not the particle of another verb
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


MAX_REPORTED_APPOSITION = 40


def reported_apposition_end(comma: Token, sent: Span) -> int | None:
    """The comma closing a clause in Konjunktiv that `comma` opens right after a report noun, the noun's content:
    "hat die Vorwürfe, er habe Spenden angenommen, zurückgewiesen"; None when there is none."""
    doc = comma.doc
    if comma.i == 0 or doc[comma.i - 1].tag_ != "NN" or doc[comma.i - 1].text not in load_language("de").words.get(
            "report_noun", frozenset()):
        return None
    end = min(sent.end, comma.i + MAX_REPORTED_APPOSITION)
    close = next((k for k in range(comma.i + 2, end) if doc[k].text in {",", ".", ";", ":"}), None)
    if close is None or doc[close].text != ",":
        return None
    clause = doc[comma.i + 1 : close]
    finite = [t for t in clause if t.tag_.endswith("FIN")]
    if not finite or clause[0].tag_ in CLAUSE_OPENERS or any(t.text in QUOTE_MARKS for t in clause) \
            or not is_subjunctive(finite[0]):
        return None
    return close


def in_reported_apposition(token: Token, sent: Span) -> bool:
    """Whether `token` stands in the reported clause after a report noun ("die Vorwürfe, er habe … angenommen, …"):
    what it says is the content of the noun's verb, no frame of its own."""
    doc = token.doc
    for k in range(token.i - 1, max(sent.start, token.i - MAX_REPORTED_APPOSITION) - 1, -1):
        if doc[k].text == ",":
            close = reported_apposition_end(doc[k], sent)
            if close is not None and close > token.i:
                return True
    return False
