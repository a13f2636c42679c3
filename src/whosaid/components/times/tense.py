"""Clause tense (past / present / future), from clause words or from the pipeline's tags and morphology."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc, Span

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
    breaks: re.Pattern[str]
    past_tags: frozenset[str] = frozenset()  # tags of finite past forms where the tag alone shows it (English VBD)
    # English: the tense of the verb a time expression hangs on in the dependency parse, before the clause's words
    by_parse: bool = False
    modal_future: frozenset[str] = frozenset()  # "could", "would": what a reported clause expects
    future_lemmas: frozenset[str] = frozenset()  # "expect", "plan": a verb that looks ahead
    participle_tags: frozenset[str] = frozenset()  # "VBN": a participle modifying a noun tells of the past


@lru_cache(maxsize=8)
def _tense_words(lang: str) -> _TenseWords:
    t = lexicon(lang).data.get("tense", {})
    return _TenseWords(
        frozenset(t.get("past_finite", [])), frozenset(t.get("perfect_aux", [])), frozenset(t.get("past_aux", [])),
        frozenset(t.get("future_aux", [])), frozenset(t.get("future_words", [])),
        re.compile(t.get("participle_pattern", r"(?!x)x")), re.compile(t.get("weak_past_pattern", r"(?!x)x")),
        frozenset(t.get("weak_past_exclude", [])),
        re.compile("|".join(re.escape(s) for s in lexicon(lang)["clause_breaks"]) or r"(?!x)x"),
        frozenset(t.get("past_tags", [])),
        bool(t.get("by_parse")),
        frozenset(t.get("modal_future", [])),
        frozenset(t.get("future_lemmas", [])),
        frozenset(t.get("participle_tags", [])),
    )


def tense_of_words(words: list[str], lang: str = "de") -> Tense | None:
    """Tense of a clause from its words alone (for pipelines without a tagger); None when nothing shows it."""
    tw = _tense_words(lang)
    has_aux = has_part = past = future = False
    for w in words:
        lw = w.lower()
        if lw in tw.past_aux or lw in tw.past_finite:
            past = True
        elif lw in tw.perfect_aux:
            has_aux = True
        elif lw in tw.future_aux:
            future = True
        elif lw in tw.future_words:
            future = True
        elif w[:1].islower() and tw.participle.match(w):
            has_part = True
        elif w[:1].islower() and tw.weak_past.match(w) and lw not in tw.weak_exclude:
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


def text_tense_fn(text: str, lang: str = "de", sentences: list[tuple[int, int]] | None = None) -> TenseFn:
    """A tense lookup for offsets of `text`, from clause words (clause first, then its sentence)."""
    tw = _tense_words(lang)
    sents = sentences or [(m.start(), m.end()) for m in _ROUGH_SENTENCE.finditer(text)]
    wre = lexicon(lang).word_re
    cache: dict[tuple[int, int], Tense | None] = {}

    def span_tense(s: int, e: int) -> Tense | None:
        if (s, e) not in cache:
            cache[(s, e)] = tense_of_words(wre.findall(text, s, e), lang)
        return cache[(s, e)]

    def fn(pos: int) -> Tense:
        for s, e in sents:
            if s <= pos < e:
                return span_tense(*_clause_bounds(text, s, e, pos, tw.breaks)) or span_tense(s, e) or "present"
        return "present"

    return fn


def doc_tense_fn(doc: Doc, lang: str) -> TenseFn:
    """Clause tense from the doc's tags and morphology when a tagger ran (clause first, then its sentence), else
    from clause words."""
    sents: list[tuple[int, int]] | None = None
    if doc.has_annotation("SENT_START"):
        sents = [(s.start_char, s.end_char) for s in sentences(doc)]
    words_fn = text_tense_fn(doc.text, lang, sents)
    if not doc.has_annotation("TAG") and not doc.has_annotation("MORPH"):
        return words_fn
    tw = _tense_words(lang)

    def tokens_tense(span: Span) -> Tense | None:
        past = has_aux = has_part = fut = False
        for t in span:
            tense, mood = t.morph.get("Tense"), t.morph.get("Mood")
            if t.tag_ == "VAFIN" and (t.lemma_ == "werden" or t.lower_ in tw.future_aux) and (
                "Sub" in mood or "Past" not in tense
            ):
                fut = True  # "wird", "werde", "würde" (+ infinitive); "wurde" is past
            elif t.tag_ in ("VVFIN", "VAFIN", "VMFIN") and "Past" in tense and "Sub" not in mood:
                past = True
            elif t.tag_ == "VVPP" or (t.tag_ == "VAPP" and t.lower_ == "worden"):
                has_part = True
            elif t.tag_ == "VAFIN" and t.lemma_ in ("haben", "sein"):
                has_aux = True
            elif t.lower_ in tw.future_words:
                fut = True
            elif t.tag_ in tw.past_tags:
                past = True
        if past or (has_aux and has_part):
            return "past"
        return "future" if fut else None

    parsed = tw.by_parse and doc.has_annotation("DEP")

    def fn(pos: int) -> Tense:
        if parsed:
            tense = _parse_tense(doc, pos, tw)
            if tense is not None:
                return tense
        sent = next((s for s in sentences(doc) if s.start_char <= pos < s.end_char), None) if sents else doc[:]
        if sent is None:
            return words_fn(pos)
        cs, ce = _clause_bounds(doc.text, sent.start_char, sent.end_char, pos, tw.breaks)
        clause = doc.char_span(cs, ce, alignment_mode="expand")
        return (clause is not None and tokens_tense(clause)) or tokens_tense(sent) or words_fn(pos)

    return fn


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
