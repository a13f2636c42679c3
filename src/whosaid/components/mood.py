"""Rule-based German verb mood: sets Mood=Ind|Sub (and Tense) on finite verbs from form and lemma."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from whosaid.components.phrases import sentence_of

AMBIGUOUS_POLICIES = ("context", "ind", "sub")


@dataclass(frozen=True)
class MoodLexicon:
    """The word lists of lang/de/mood.json, as sets of lower-case forms."""

    subjunctive_1: frozenset[str]
    subjunctive_1_first_person: frozenset[str]
    subjunctive_2: frozenset[str]
    indicative: frozenset[str]
    ambiguous_indicative: frozenset[str]
    first_person: frozenset[str]
    strong_past: frozenset[str]
    not_verb_endings: frozenset[str]
    past_prefixes: frozenset[str]


def load_lexicon(path: str | None = None) -> MoodLexicon:
    """Read the mood word lists from `path`, or from the packaged lang/de/mood.json."""
    if path:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    else:
        raw = json.loads(resources.files("whosaid.lang").joinpath("de/mood.json").read_text(encoding="utf-8"))
    return MoodLexicon(**{k: frozenset(raw[k]) for k in MoodLexicon.__dataclass_fields__})


def _stems(lemma: str) -> list[str]:
    """Present stems of an infinitive: sagen -> sag; ändern -> änder; handeln -> handel, handl."""
    if lemma.endswith(("ern", "eln")):
        return [lemma[:-1], lemma[:-3] + lemma[-2]]
    if lemma.endswith("en"):
        return [lemma[:-2]]
    if lemma.endswith("n"):
        return [lemma[:-1]]
    return []


UMLAUTS = str.maketrans("äöü", "aou")
# the vowel changes of the present's second and third person ("sprechen": "spricht"; "halten": "hält")
PRESENT_VOWEL_CHANGES = (("e", "ie"), ("e", "i"), ("au", "äu"), ("a", "ä"), ("o", "ö"))
_VOWELS = set("aeiouäöüy")


def _consonants(word: str) -> str:
    """The consonants of `word`, a doubled one once ("stritt": "strt"); "h" after a vowel is a length mark."""
    out: list[str] = []
    for i, c in enumerate(word):
        if c in _VOWELS or c == "h" and i > 0 and word[i - 1] in _VOWELS:
            continue
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)
_WEAK_PAST = ("te", "ten", "test", "tet", "ete", "eten", "etest", "etet")


class MoodTagger:
    """Assign Mood (and Tense) to tokens whose fine tag ends in FIN."""

    def __init__(self, lexicon: MoodLexicon, ambiguous: str = "context", guess_unknown: bool = False,
                 known_lemmas: Callable[[], frozenset[str]] | None = None) -> None:
        if ambiguous not in AMBIGUOUS_POLICIES:
            raise ValueError(f"[W002] ambiguous: must be one of {AMBIGUOUS_POLICIES}, not {ambiguous!r}")
        self.lex = lexicon
        self.ambiguous = ambiguous
        self.guess_unknown = guess_unknown
        self._known_lemmas = known_lemmas
        self._lemmas: frozenset[str] | None = None

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.tag_.endswith("FIN"):
                mood, tense = self.classify(token)
                feats = token.morph.to_dict()
                feats.update({"Mood": mood, "Tense": tense, "VerbForm": "Fin"})
                token.set_morph(feats)
        return doc

    def classify(self, token: Token) -> tuple[str, str]:
        """Return (Mood, Tense) for a finite verb."""
        form = token.lower_
        lex = self.lex
        if form in lex.indicative:
            return "Ind", "Past" if form in lex.strong_past else "Pres"
        if form in lex.subjunctive_2:
            return "Sub", "Past"
        if form in lex.ambiguous_indicative:
            return ("Sub" if self._ambiguous_is_sub(token) else "Ind"), "Past"
        first_person = self._first_person(token)
        if form in lex.subjunctive_1:
            if not first_person or form in lex.subjunctive_1_first_person:
                return "Sub", "Pres"
            return "Ind", "Pres"
        lemma = token.lemma_.lower()
        stems = _stems(lemma)
        for stem in stems:
            if form in (stem + "e", stem + "est") and not (first_person and form.endswith("e")):
                return "Sub", "Pres"
        if form in lex.strong_past or any(form == s + end for s in stems for end in _WEAK_PAST):
            return "Ind", "Past"
        if self._umlauted_strong_past(form):
            return "Sub", "Past"
        if token.tag_ == "VVFIN" and (self._prefixed_strong_past(form) or self._ablaut_past(form, lemma)):
            return "Ind", "Past"  # "widersprach", "bestritt", "verschob", "empfahl": a strong past
        if lemma == form and not first_person and self._unknown_er_verb_subjunctive(form):
            return "Sub", "Pres"
        if self.guess_unknown and lemma == form and self._word_like_verb(token) \
                and self._unknown_subjunctive_1(form, first_person):
            return "Sub", "Pres"
        if lemma == form and self._unknown_weak_past(form):
            return "Ind", "Past"
        return "Ind", "Pres"

    def _prefixed_strong_past(self, form: str) -> bool:
        """ "widersprach", "besprach", "zurückwies": a prefix and a strong past form ("sprach", "wies")."""
        return any(form.startswith(p) and form[len(p):] in self.lex.strong_past for p in self.lex.past_prefixes)

    @staticmethod
    def _ablaut_past(form: str, lemma: str) -> bool:
        """ "bestritt" of bestreiten, "empfahl" of empfehlen, "stritten": a form with the consonants of the lemma's
        stem (and "-en" in the plural) but another vowel, which is no present form ("spricht", "hält", "tritt" change
        their vowel as the present does, "bestreitet" keeps the stem)."""
        if lemma == form or not lemma.endswith("en") or not lemma.isalpha():
            return False
        stem = lemma[:-2]
        if form.startswith(stem):
            return False
        for old, new in PRESENT_VOWEL_CHANGES:
            k = stem.rfind(old)
            if k >= 0 and form.startswith(stem[:k] + new + stem[k + len(old):]):
                return False
        skeleton = _consonants(stem)
        return form[:1] == stem[:1] and any(_consonants(f) == skeleton for f in {form, form.removesuffix("en")})

    def _unknown_er_verb_subjunctive(self, form: str) -> bool:
        """ "ändere", "fordere", "handele" left unlemmatised: the Konjunktiv I of a known verb in -ern or -eln."""
        if not form.endswith(("ere", "ele")) or self._known_lemmas is None:
            return False
        if self._lemmas is None:
            self._lemmas = self._known_lemmas()
        return form[:-1] + "n" in self._lemmas

    def _umlauted_strong_past(self, form: str) -> bool:
        """ "übernähmen", "fänden", "nähme": a strong past stem with an umlaut ("übernahm" ends in "nahm", and the
        umlaut is in that part) before "-e"/"-en" is Konjunktiv II, which the past indicative never is; a form that
        is itself a verb's infinitive ("führen", not of "fuhr") is present indicative."""
        if not form.endswith(("e", "en")) or self._known_lemmas is None:
            return False
        stem = form[:-2] if form.endswith("en") else form[:-1]
        plain = stem.translate(UMLAUTS)
        if plain == stem or not any(plain.endswith(past) and not stem.endswith(past) for past in self.lex.strong_past):
            return False
        if self._lemmas is None:
            self._lemmas = self._known_lemmas()
        return bool(self._lemmas) and form not in self._lemmas

    @staticmethod
    def _word_like_verb(token: Token) -> bool:
        """Letters only, and lower case inside a sentence: "1:4-Niederlage" or "Gegentreffer" mistagged as a finite
        verb is no verb form."""
        return token.text.isalpha() and (token.text[:1].islower() or token.i == sentence_of(token.doc, token.i).start)

    def _unknown_weak_past(self, form: str) -> bool:
        """A finite verb the lemma table does not know, in -te/-ten ("verurteilte", "bekräftigten"), is a weak
        past unless its present reading is a known verb ("bewerte" of bewerten, "gelten"): the dates of a past
        report hang on it ("verurteilte … am Dienstag" is last Tuesday)."""
        if len(form) < 6 or self._known_lemmas is None:
            return False
        if form.endswith("ten"):
            present = form
        elif form.endswith("te"):
            present = form[:-1] + "n"
        else:
            return False
        if self._lemmas is None:
            self._lemmas = self._known_lemmas()
        return bool(self._lemmas) and present not in self._lemmas

    def _unknown_subjunctive_1(self, form: str, first_person: bool) -> bool:
        """A finite verb the lemma table does not know, ending in -e but not like a past tense or an adjective."""
        return (
            not first_person
            and form.endswith("e")
            and not form.endswith("te")
            and not form.endswith(tuple(self.lex.not_verb_endings))
        )

    def _ambiguous_is_sub(self, token: Token) -> bool:
        if self.ambiguous != "context":
            return self.ambiguous == "sub"
        # verb-first conditional: "Sollte es regnen, ..." / ", sollte es regnen"; "wollte" opens none ("Den Namen,
        # der genannt worden war, wollte er nicht kommentieren" is the main clause's past)
        if not token.lower_.startswith("sollt"):
            return False
        prev = token.nbor(-1) if token.i > sentence_of(token.doc, token.i).start else None
        return prev is None or (prev.is_punct and prev.text in {",", ";", ":", "(", "–", "-"})

    def _first_person(self, token: Token) -> bool:
        """Whether 'ich' stands in the verb's clause (between the nearest punctuation marks)."""
        doc = token.doc
        for step in (-1, 1):
            j = token.i + step
            while 0 <= j < len(doc) and not doc[j].is_punct and not doc[j].is_space:
                if doc[j].lower_ in self.lex.first_person:
                    return True
                j += step
        return False


@Language.factory(
    "whosaid_mood",
    assigns=["token.morph"],
    requires=["token.tag", "token.lemma"],
    default_config={"data_path": None, "ambiguous": "context", "guess_unknown": False},
)
def make_mood(nlp: Language, name: str, data_path: str | None, ambiguous: str, guess_unknown: bool) -> MoodTagger:
    """German mood from form and lemma.

    `ambiguous` says how to read 'sollte'-type forms (context|ind|sub); `guess_unknown` reads an -e finite verb
    that the lemma table does not know as Konjunktiv I (more recall, and false hits on mistagged adjectives).
    """
    return MoodTagger(load_lexicon(data_path), ambiguous, guess_unknown, lambda: lemma_table_lemmas(nlp))


def lemma_table_lemmas(nlp: Language) -> frozenset[str]:
    """Every lemma of the pipeline's lookup lemmatizer, lower-case (empty without one): which verbs exist. Read
    when first needed, since a loaded pipeline fills its tables after building its components."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_lookup"):
        return frozenset()
    return frozenset(str(v).lower() for v in lookups.get_table("lemma_lookup").values())
