"""Clause tense (past / present / future), from clause words or from the pipeline's tags and morphology."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc, Token

from whosaid.components.phrases import sentences
from whosaid.components.times.lexicon import lexicon

Tense = Literal["past", "present", "future"]
TenseFn = Callable[[int], Tense]


@dataclass
class _TenseWords:
    past_finite: frozenset[str]
    perfect_aux: frozenset[str]
    past_aux: frozenset[str]
    future_aux: frozenset[str]
    future_words: frozenset[str]
    participle: re.Pattern[str]
    weak_past: re.Pattern[str]
    weak_exclude: frozenset[str]
    zu_infinitive: re.Pattern[str]
    breaks: re.Pattern[str]
    past_tags: frozenset[str] = frozenset()  # tags of finite past forms where the tag alone shows it (English VBD)
    # English: the tense of the verb a time expression hangs on in the dependency parse, before the clause's words
    by_parse: bool = False
    modal_future: frozenset[str] = frozenset()  # "could", "would": what a reported clause expects
    future_lemmas: frozenset[str] = frozenset()  # "expect", "plan": a verb that looks ahead
    participle_tags: frozenset[str] = frozenset()  # "VBN": a participle modifying a noun tells of the past
    # "ist … ausverkauft", "ist für Juni geplant": a present "sein" with the participle of a verb whose perfect takes
    # "haben" tells a state, not the past ("ist gestiegen" is a perfect: sein_perfect_verbs)
    state_aux: frozenset[str] = frozenset()
    sein_perfect_verbs: frozenset[str] = frozenset()
    separable_prefixes: tuple[str, ...] = ()
    # "seinen im Sommer auslaufenden Vertrag": a present participle after a time dates it from now
    present_participle: re.Pattern[str] = re.compile(r"(?!x)x")

    def perfect_with_sein(self, lemma: str) -> bool:
        lemma = lemma.lower()
        if lemma in self.sein_perfect_verbs:
            return True
        return any(lemma.startswith(p) and lemma[len(p):] in self.sein_perfect_verbs for p in self.separable_prefixes)


@lru_cache(maxsize=8)
def _tense_words(lang: str) -> _TenseWords:
    t = lexicon(lang).data.get("tense", {})
    return _TenseWords(
        frozenset(t.get("past_finite", [])), frozenset(t.get("perfect_aux", [])), frozenset(t.get("past_aux", [])),
        frozenset(t.get("future_aux", [])), frozenset(t.get("future_words", [])),
        re.compile(t.get("participle_pattern", r"(?!x)x")), re.compile(t.get("weak_past_pattern", r"(?!x)x")),
        frozenset(t.get("weak_past_exclude", [])), re.compile(t.get("zu_infinitive_pattern", r"(?!x)x")),
        re.compile("|".join(re.escape(s) for s in lexicon(lang)["clause_breaks"]) or r"(?!x)x"),
        frozenset(t.get("past_tags", [])),
        bool(t.get("by_parse")),
        frozenset(t.get("modal_future", [])),
        frozenset(t.get("future_lemmas", [])),
        frozenset(t.get("participle_tags", [])),
        frozenset(t.get("state_aux", [])),
        frozenset(t.get("sein_perfect_verbs", [])),
        tuple(sorted(t.get("separable_prefixes", []), key=len, reverse=True)),
        re.compile(t.get("present_participle_pattern", r"(?!x)x")),
    )


def tense_of_words(words: list[str], lang: str = "de") -> Tense | None:
    """Tense of a clause from its words alone (for pipelines without a tagger); None when nothing shows it."""
    tw = _tense_words(lang)
    has_aux = has_part = past = future = False
    for k, w in enumerate(words):
        lw = w.lower()
        if k > 0 and words[k - 1].lower() == "zu":
            continue  # "ist … zu erwarten": an infinitive, though it looks like a participle ("erhalten")
        if lw in tw.past_aux or lw in tw.past_finite:
            past = True
        elif lw in tw.perfect_aux:
            has_aux = True
        elif lw in tw.future_aux:
            future = True
        elif lw in tw.future_words:
            future = True
        elif not w[:1].islower() or tw.zu_infinitive.match(w):  # "zurückzutreten" is no past form
            continue
        elif tw.participle.match(w):
            has_part = True
        elif tw.weak_past.match(w) and lw not in tw.weak_exclude:
            past = True
    if past or (has_aux and has_part):
        return "past"
    if future:
        return "future"
    return None


# a sentence for texts without a pipeline: up to . ! ? or a line break; the dot of an ordinal ("am 3. Mai") ends none
_ROUGH_SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\s*[\wÄÖÜ]))+(?:[.!?]+|$)")


def _clause_bounds(text: str, s: int, e: int, pos: int, breaks: re.Pattern[str]) -> tuple[int, int]:
    """The stretch of the sentence [s, e) between the clause breaks around `pos`."""
    cs, ce = s, e
    for m in breaks.finditer(text, s, e):
        if m.end() <= pos:
            cs = m.end()
        elif m.start() >= pos:
            ce = m.start()
            break
    return cs, ce


SpanTense = Callable[[int, int], "Tense | None"]


class ClauseTenses:
    """Tense lookups for offsets of one text. Called with an offset, it is a `TenseFn`: the tense of the clause
    there, else of its sentence, else present. `own` is the clause's tense alone (None in "..., am Freitag
    zurückzutreten", whose tense comes from the clause it depends on); `of_span` the tense of any stretch."""

    def __init__(self, text: str, sents: list[tuple[int, int]], breaks: re.Pattern[str], words: SpanTense,
                 tags: SpanTense | None = None, verbs: Callable[[int, int], bool] | None = None,
                 parsed: Callable[[int], Tense | None] | None = None) -> None:
        self.text, self.sents, self.breaks = text, sents, breaks
        self.words_tense, self.tags_tense = _cached(words), _cached(tags) if tags else None
        self._verbs = verbs
        self._parsed = parsed  # English: the tense of the verb a time hangs on in the dependency parse
        self.zu_infinitive: re.Pattern[str] | None = None  # German: a clause that depends on the one before it

    def has_verb(self, s: int, e: int) -> bool | None:
        """Whether [s, e) holds a verb ("eine Antwort bis Donnerstag" holds none); None without a tagger."""
        return self._verbs(s, e) if self._verbs is not None else None

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around `pos` ((pos, pos) outside every sentence)."""
        return next(((s, e) for s, e in self.sents if s <= pos < e), (pos, pos))

    def clause(self, pos: int) -> tuple[int, int]:
        """The clause around `pos`: the stretch of its sentence between clause breaks."""
        return _clause_bounds(self.text, *self.sentence(pos), pos, self.breaks)

    def of_span(self, s: int, e: int) -> Tense | None:
        """The tense the verbs of [s, e) show: from tags and morphology where a tagger ran, else from words."""
        if s >= e:
            return None
        return (self.tags_tense and self.tags_tense(s, e)) or self.words_tense(s, e)

    def own(self, pos: int) -> Tense | None:
        return self.of_span(*self.clause(pos))

    def __call__(self, pos: int) -> Tense:
        if self._parsed is not None:
            tense = self._parsed(pos)
            if tense is not None:
                return tense
        sent = self.sentence(pos)
        if sent[0] == sent[1]:
            return "present"
        clause = self.clause(pos)
        if self.tags_tense is not None:  # tags of the clause, then of the sentence, before words of either
            tagged = self.tags_tense(*clause) or self._governing(clause, sent) or self.tags_tense(*sent)
            if tagged:
                return tagged
        return self.words_tense(*clause) or self.words_tense(*sent) or "present"

    def _governing(self, clause: tuple[int, int], sent: tuple[int, int]) -> Tense | None:
        """The tags' tense of the clause just before a zu-infinitive clause, which it depends on ("Russland versuche,
        vor dem Gipfel im Dezember Zwietracht zu säen"), where that clause shows one."""
        if self.zu_infinitive is None or self.tags_tense is None or clause[0] <= sent[0] + 1:
            return None
        words = re.findall(r"[\wäöüßÄÖÜ]+", self.text[clause[0]:clause[1]])
        zu = bool(words) and (self.zu_infinitive.match(words[-1]) is not None
                              or len(words) > 1 and words[-2] == "zu" and words[-1][:1].islower())
        if not zu:
            return None
        return self.tags_tense(*self.clause(clause[0] - 2))


def _cached(fn: SpanTense) -> SpanTense:
    cache: dict[tuple[int, int], Tense | None] = {}

    def cached(s: int, e: int) -> Tense | None:
        if (s, e) not in cache:
            cache[(s, e)] = fn(s, e)
        return cache[(s, e)]

    return cached


def text_tense_fn(text: str, lang: str = "de", sentences: list[tuple[int, int]] | None = None) -> ClauseTenses:
    """Tense lookups for offsets of `text`, from clause words (clause first, then its sentence)."""
    tw = _tense_words(lang)
    sents = sentences or [(m.start(), m.end()) for m in _ROUGH_SENTENCE.finditer(text)]
    wre = lexicon(lang).word_re

    def words_tense(s: int, e: int) -> Tense | None:
        return tense_of_words(wre.findall(text, s, e), lang)

    return ClauseTenses(text, sents, tw.breaks, words_tense)


def doc_tense_fn(doc: Doc, lang: str) -> ClauseTenses:
    """Clause tense from the doc's tags and morphology when a tagger ran (clause first, then its sentence), else
    from clause words."""
    sents: list[tuple[int, int]] | None = None
    if doc.has_annotation("SENT_START"):
        sents = [(s.start_char, s.end_char) for s in sentences(doc)]
    words = text_tense_fn(doc.text, lang, sents)
    if not doc.has_annotation("TAG") and not doc.has_annotation("MORPH"):
        return words
    tw = _tense_words(lang)

    def tokens_tense(s: int, e: int) -> Tense | None:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return None
        past = has_aux = has_part = fut = present = False
        state_aux = perfect_aux = False
        participles: list[Token] = []
        for t in span:
            if t.tag_ == "VVIZU" or tw.zu_infinitive.match(t.text):
                continue  # "abzuhalten", "auszuweiten": an infinitive the tagger may read as a preterite ("-ten")
            tense, mood = t.morph.get("Tense"), t.morph.get("Mood")
            if t.tag_ == "VAFIN" and t.lower_ in tw.past_aux and "Sub" not in mood:
                past = True  # "hatte … erklärt": a past auxiliary, whatever tense the morphology guessed
            elif t.tag_ == "VAFIN" and (t.lemma_ == "werden" or t.lower_ in tw.future_aux) and (
                "Sub" in mood or "Past" not in tense
            ) and t.lower_ not in tw.past_aux:
                fut = True  # "wird", "werde", "würde" (+ infinitive); "wurde" is past, also where tagged present
            elif t.tag_ in ("VVFIN", "VAFIN", "VMFIN") and "Past" in tense and "Sub" not in mood:
                past = True
            elif t.tag_ == "VVPP" or (t.tag_ == "VAPP" and t.lower_ == "worden") or (
                    # "hätten Schüsse gehört": a participle in "ge-…-t" after "haben"/"sein", which the tagger read as
                    # a present ("gehört" of "gehören")
                    t.tag_ == "VVFIN" and t.lower_.startswith("ge") and t.lower_.endswith("t") and any(
                        u.tag_ == "VAFIN" and u.lemma_ in ("haben", "sein") for u in span if u.i < t.i)):
                has_part = True
                participles.append(t)
            elif t.tag_ == "VAFIN" and t.lemma_ in ("haben", "sein"):
                has_aux = True
                if t.lower_ in tw.state_aux:  # "sei", "seien" too: "seien bis Ende Januar gesichert"
                    state_aux = True
                else:
                    perfect_aux = True
            elif t.tag_ == "VAINF" and t.lemma_ in ("haben", "sein") and t.i > 0 and t.nbor(-1).tag_ in ("VVPP", "VAPP"):
                has_aux = True  # "soll … angezündet haben": a perfect infinitive, hearsay about the past
            elif t.lower_ in tw.future_words:
                fut = True
            elif t.tag_ in tw.past_tags:
                past = True
            elif t.tag_ in ("VVFIN", "VMFIN"):
                # a finite verb of the present ("beginnt", "gelten"; "erwarte", "bestehe" in reported speech) dates
                # its clause from now, not from the frame ("..., sagte er"); a listed preterite the tagger read as
                # present still shows by its form
                if "Sub" not in mood and t.lower_ in tw.past_finite:
                    past = True
                else:
                    present = True
        if has_part and state_aux and not perfect_aux and not any(
                t.lower_ == "worden" or t.lemma_.lower() == t.lower_ or tw.perfect_with_sein(t.lemma_)
                for t in participles):  # a participle the lemmatizer does not know ("gestorben") may take "sein"
            present, has_part = True, False  # "ist bis Ende Juni ausverkauft": a state now
        if past or (has_aux and has_part):
            return "past"
        return "future" if fut else "present" if present else None

    def has_verb(s: int, e: int) -> bool:
        span = doc.char_span(s, e, alignment_mode="expand")
        return span is not None and any(t.tag_.startswith("V") for t in span)

    parsed = tw.by_parse and doc.has_annotation("DEP")
    tenses = ClauseTenses(doc.text, words.sents, tw.breaks, words.words_tense, tokens_tense, has_verb,
                          (lambda pos: _parse_tense(doc, pos, tw)) if parsed else None)
    tenses.zu_infinitive = tw.zu_infinitive if tw.zu_infinitive.pattern != r"(?!x)x" else None
    return tenses


def _parse_tense(doc: Doc, pos: int, tw: _TenseWords) -> Tense | None:
    """The tense of the verb that the word at `pos` depends on ("will stay closed on Friday": future; "said on
    Monday": past; "expected a cut in September": future); None when the verb does not show it."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = span[0]
    through_noun = False  # "expected a cut in September": the time belongs to what is expected
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
        through_noun = through_noun or verb.pos_ in ("NOUN", "PROPN")
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {h.lower_ for h in helpers}
    if words & tw.future_aux or words & tw.modal_future or through_noun and verb.lemma_.lower() in tw.future_lemmas:
        return "future"
    if verb.tag_ in tw.past_tags or any(h.tag_ in tw.past_tags for h in helpers):
        return "past"
    if any(h.lower_ in tw.perfect_aux for h in helpers):
        return "past"
    if verb.dep_ in ("acl", "amod") and not helpers and any(verb.tag_ == tag for tag in tw.participle_tags):
        return "past"  # "a deal reached late Tuesday"
    return None
