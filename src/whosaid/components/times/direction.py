"""Which way a relative time points. By default the clause tense decides ("am Freitag" is the last Friday in a
past clause, the next one in a future clause); a time that is demanded, announced or set as a deadline points
forward from the publication date whatever the tense of the verb that demands it ("verlangte eine Antwort bis
Donnerstag", "kündigte an, am Freitag zurückzutreten"); a time after "seit" points back ("dauert seit Montag an").

Two steps decide that, data flowing one way: `governed_forward` reads the words around a time while times are
normalised (whosaid_times), and `forward_in_statements` reads the statements that attribution found later
(whosaid_time_direction), whose content with a forward stance (demand, announce) points forward unless the content
shows its own past ("gab bekannt, am Freitag sei ein Mann festgenommen worden").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from whosaid.components.times.lexicon import _alt, lexicon
from whosaid.components.times.tense import ClauseTenses, _tense_words


@dataclass(frozen=True)
class DirectionWords:
    governor: re.Pattern[str]  # a word of demanding, announcing or planning
    bound: re.Pattern[str]  # "bis", "spätestens", "bis zum", "ab" just before a time
    bound_lead: re.Pattern[str]  # the same words leading a time's span ("bis Donnerstag")
    deadline: re.Pattern[str]  # "spätestens", "frühestens" just before a time: forward in a clause not past
    since: re.Pattern[str]  # "seit", "seit dem" just before a time: it points back
    stances: frozenset[str]  # attribution stances whose content points forward
    plan_modals: frozenset[str]  # "sollten", "wollten": in reported content a plan, which points forward
    perfect_infinitives: frozenset[str]  # "haben" ending "soll … geschossen haben": hearsay of the past


@lru_cache(maxsize=8)
def direction_words(lang: str) -> DirectionWords:
    t: dict[str, Any] = lexicon(lang)["direction"]
    # stems are written and matched in lower case: "Plan" or "Forderung" alone demand nothing, a verb does;
    # the links ("am", "zum", "Ende") may stand between a bound or since word and the time
    stems = sorted((re.escape(w) for w in t.get("governor_stems", [])), key=len, reverse=True)
    words = t.get("governor_words", [])
    alternatives = (["(?:" + "|".join(stems) + r")[\wäöüß]*"] if stems else []) + ([_alt(words)] if words else [])
    governor = r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)" if alternatives else r"(?!x)x"
    links = r"(?:\s+" + _alt(t["bound_links"]) + r")?" if t.get("bound_links") else ""
    words_ = _alt(t["bound_words"]) + links if t.get("bound_words") else r"(?!x)x"
    since = r"(?<!\w)" + _alt(t["since_words"]) + links + r"\s+$" if t.get("since_words") else r"(?!x)x"
    deadline = r"(?<!\w)" + _alt(t["deadline_words"]) + links + r"\s+$" if t.get("deadline_words") else r"(?!x)x"
    return DirectionWords(re.compile(governor), re.compile(r"(?<!\w)" + words_ + r"\s+$"), re.compile(words_ + r"\s"),
                        re.compile(deadline), re.compile(since), frozenset(t.get("stances", [])),
                        frozenset(t.get("plan_modals", [])), frozenset(t.get("perfect_infinitives", [])))


def set_as_target(text: str, start: int, time_text: str, lang: str) -> bool:
    """"Für das Gesamtjahr bestätigte X die Prognose", "bis Freitag": a time something is planned for, set or
    demanded by, not when it is said."""
    if "direction" not in lexicon(lang).data:
        return False
    fw = direction_words(lang)
    return bool(fw.bound.search(text, max(0, start - 30), start) or fw.bound_lead.match(time_text))


def after_since(text: str, pos: int, lang: str) -> bool:
    """"seit Montag", "seit dem 3. Mai", "seit Anfang Dezember": a time something has lasted since lies behind."""
    return bool(direction_words(lang).since.search(text, max(0, pos - 30), pos))


def governed_forward(text: str, pos: int, clauses: ClauseTenses, lang: str) -> bool:
    """Whether the time at `pos` is demanded, announced or planned by a word of its sentence: as a deadline or start
    ("verlangte eine Antwort bis Donnerstag", "hat ihm bis zum 15. Januar Zeit gegeben"), or as the time of a
    zu-infinitive that depends on such a word ("kündigte an, am Freitag zurückzutreten"); after "spätestens" or
    "frühestens" in a clause without a past of its own, with or without such a word. A deadline in a clause
    with a past of its own and no such word of its own is a past one ("forderte mehr Personal, bis Sonntag waren
    300 Beamte im Einsatz"), and so is one before a governing word in the preterite or pluperfect ("Bis Sonntag
    hatten die Behörden 300 Anträge gefordert")."""
    fw = direction_words(lang)
    s, _ = clauses.sentence(pos)
    cs, ce = clauses.clause(pos)
    if fw.deadline.search(text, max(s, pos - 30), pos):  # "erwarte eine Senkung frühestens im Sommer"
        return clauses.of_span(cs, ce) != "past"
    before = [m.start() for m in fw.governor.finditer(text, s, pos)]
    if fw.bound.search(text, max(s, pos - 30), pos):
        if before:
            return before[-1] >= cs or clauses.of_span(cs, ce) != "past"
        if fw.governor.search(text, pos, ce):
            return not _preterite(text, cs, ce, lang)
        # "sei bis Mitte November realistisch", "gelte bis Sonntagmittag": a clause without a past of its own
        return clauses.of_span(cs, ce) in {None, "present", "future"} and not _preterite(text, cs, ce, lang)
    return bool(before) and before[0] < cs and clauses.of_span(cs, ce) is None and _ends_in_zu_infinitive(
        text, cs, _end_of_listing(text, cs, ce, clauses), lang)


_QUOTES = "„“”\"»«"


def _end_of_listing(text: str, s: int, e: int, clauses: ClauseTenses) -> int:
    """The end of the clause [s, e) where its commas only list objects: "im Januar Gewerkschaften, Schulleitungen
    und Eltern zu einem Gipfel einzuladen" is one clause, though the commas break it into verbless parts; a quoted
    phrase inside it ("im Herbst „mit noch mehr Hunger“ zurückzukommen") breaks it neither."""
    end = e
    while end < len(text) and (text[end] in _QUOTES or text[end] == "," and clauses.has_verb(s, end) is False):
        if text[end] == ",":
            s = end + 1
        nxt = clauses.clause(end + 1)[1]
        if nxt <= end:
            break
        end = nxt
    return end


def _preterite(text: str, s: int, e: int, lang: str) -> bool:
    """A preterite or pluperfect ("hatten ... gefordert"), not a perfect ("hat ... verlangt")."""
    past = _tense_words(lang).past_finite
    return any(w.lower() in past for w in lexicon(lang).word_re.findall(text, s, e))


def _ends_in_zu_infinitive(text: str, s: int, e: int, lang: str) -> bool:
    """German puts the verb last: "..., ab Montag wieder normal zu fahren", "..., am Freitag zurückzutreten"."""
    words = lexicon(lang).word_re.findall(text, s, e)
    if not words:
        return False
    zu = _tense_words(lang).zu_infinitive
    return bool(zu.match(words[-1])) or (len(words) > 1 and words[-2] == "zu" and words[-1][:1].islower())


def _planned(text: str, s: int, e: int, fw: DirectionWords, lang: str) -> bool:
    """Reported content with a plan modal and a present infinitive: "die Wiener Linien wollten den Preis mit 1. Juli
    anheben", "Dienststellen sollten ab Jänner zusammengelegt werden" (not "soll im März geschossen haben")."""
    words = [w.lower() for w in lexicon(lang).word_re.findall(text, s, e)]
    return bool(words) and any(w in fw.plan_modals for w in words) and words[-1] not in fw.perfect_infinitives


def forward_in_statements(statements: Iterable[Any], times: Iterable[Any], clauses: ClauseTenses,
                          lang: str) -> list[tuple[int, int]]:
    """The spans of the times inside the content of a statement with a forward stance (demand, announce), unless
    that content shows a past of its own in the time's clause, and of those in a clause of any content that plans
    (`_planned`). Where that part of the content has no verb ("verlangte
    eine Antwort bis Donnerstag", "bat um Hinweise zu dem Einbruch am Freitag"), only a deadline or start ("bis",
    "ab") points forward. Statements are read through `stance` and `content` (a list of spaCy Spans) only."""
    fw = direction_words(lang)
    spans = [(c.start_char, c.end_char, st.stance in fw.stances) for st in statements for c in st.content]
    forward = []
    for t in times:
        for s, e, forward_stance in spans:
            if not s <= t.start < e:
                continue
            cs, ce = clauses.clause(t.start)
            lo, hi = max(cs, s), min(ce, e)
            if _planned(clauses.text, lo, hi, fw, lang):
                forward.append((t.start, t.end))
                break
            if not forward_stance or clauses.of_span(lo, hi) == "past":
                break
            if clauses.has_verb(lo, hi) is False and not (
                fw.bound.search(clauses.text, max(lo, t.start - 30), t.start) or fw.bound_lead.match(t.text)
            ):
                break
            forward.append((t.start, t.end))
            break
    return forward
