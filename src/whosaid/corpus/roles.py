"""Roles written next to a person ("der irakische Ministerpräsident Mustafa al-Kadhimi"), dated across articles."""

from __future__ import annotations

import re
from functools import lru_cache

from whosaid.record import Record

WORD = re.compile(r"[\wÄÖÜäöüß-]+")
# a role phrase does not reach back over sentence or clause punctuation
BOUNDARY = re.compile(r"[.!?;:,()\"„“”«»]")
# "das" is left out: no person role noun is neuter, and "Das sagte Bundeskanzlerin X" is common
ARTICLES = frozenset({"der", "die", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
                      "the", "a", "an"})
MAX_ADJECTIVES = 2


@lru_cache(maxsize=8)
def _role_nouns(lang: str) -> frozenset[str]:
    from whosaid.lang import SUPPORTED, load_language

    return load_language(lang).role_nouns if lang in SUPPORTED else frozenset()


def role_mentions(record: Record) -> list[tuple[str, str, str, int]]:
    """(entity, role, role noun, offset) for each person mention headed by a role noun, and each role-only speaker."""
    nouns = _role_nouns(record.article.language)
    if not nouns:
        return []
    text = record.article.text
    found: set[tuple[str, str, str, int]] = set()
    for e in record.entities:
        if e.type != "PER":
            continue
        for m in e.mentions:
            # a role before the name ("der irakische Ministerpräsident Mustafa al-Kazemi"), or a mention that is the
            # role alone, resolved to the person by speaker resolution ("..., fügte der irakische Ministerpräsident
            # hinzu")
            for role in (role_before(text[max(0, m.start - 100):m.start], nouns), role_before(m.text + " ", nouns)):
                if role:
                    found.add((e.id, role[0], role[1], m.start))
    for s in record.statements:
        sp = s.speaker
        if sp and sp.entity and not any(sp.entity == e.id and _overlaps(sp, e) for e in record.entities):
            role = role_before(sp.text + " ", nouns)
            if role:
                found.add((sp.entity, role[0], role[1], sp.start))
    return sorted(found)


def _overlaps(span, entity) -> bool:
    return any(span.start <= m.start and m.end <= span.end for m in entity.mentions)


def role_before(window: str, nouns: frozenset[str]) -> tuple[str, str] | None:
    """The role phrase ending right before a name, normalised ("irakische Ministerpräsident"), and its noun."""
    if not window or not window[-1].isspace():
        return None
    cut = [m.end() for m in BOUNDARY.finditer(window)]
    words = WORD.findall(window[cut[-1]:] if cut else window)
    if not words:
        return None
    noun = _noun(words[-1], nouns)
    if noun is None:
        return None
    adjectives: list[str] = []
    for w in reversed(words[:-1]):
        if w.lower() in ARTICLES:
            break
        if len(adjectives) == MAX_ADJECTIVES or not w[:1].islower() or not w.endswith(("e", "en", "er", "es", "em")):
            adjectives = []  # adjectives count only after an article ("der irakische ..."), not "sagte ..."
            break
        adjectives.insert(0, _adjective(w))
    else:
        adjectives = []
    return " ".join([*adjectives, noun]), noun


def _noun(word: str, nouns: frozenset[str]) -> str | None:
    for candidate in (word, word[:-2] if word.endswith("en") else "", word[:-1] if word.endswith("n") else ""):
        if candidate and candidate in nouns:
            return candidate
    return None


def _adjective(word: str) -> str:
    w = word.lower()
    for ending in ("en", "er", "es", "em"):
        if w.endswith(ending) and len(w) > 4:
            return w[: -len(ending)] + "e"
    return w
