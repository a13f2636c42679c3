"""Extraction: rule matches in a text, overlaps resolved, normalised, with TIMEX3 mod and TIMEX2 extent."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from whosaid.components.times.calendar import _safe_date
from whosaid.components.times.lexicon import Lexicon, _windows, lexicon
from whosaid.components.times.normalise import _HANDLERS, Mode, _Ctx
from whosaid.components.times.tense import ClauseTenses, TenseFn, text_tense_fn
from whosaid.record import Time


@dataclass
class Found:
    """One time expression: its span (with a leading preposition: "am 26. Juli"), its TIMEX2 extent (`core_*`, which
    leaves prepositions out and may take in a hedge or article before the span) and its normalised value."""

    start: int
    end: int
    core_start: int
    core_end: int
    text: str
    type: str
    value: str
    approximate: bool = False
    anchor_fallback: bool = False
    rule: str = ""
    mod: str | None = None


_ABSOLUTE = {"date", "numdate", "isodate"}


def _candidates(text: str, lex: Lexicon) -> list[tuple[str, re.Match[str]]]:
    """All rule matches, overlaps resolved: the longest wins, then the earliest."""
    windows = _windows(text, lex)
    found = []
    for name, rx in lex.rules:
        seen: set[tuple[int, int]] = set()
        for ws, we in windows.get(name, ()):
            for m in rx.finditer(text, ws, we):
                if m.end() > m.start() and m.span() not in seen and (we == len(text) or m.end() < we):
                    seen.add(m.span())
                    found.append((name, m))
    found.sort(key=lambda nm: (-(nm[1].end() - nm[1].start()), nm[1].start()))
    taken: list[tuple[int, int]] = []
    chosen = []
    for name, m in found:
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append((name, m))
    chosen.sort(key=lambda nm: nm[1].start())
    return chosen


def _fallback_anchor(text: str, lex: Lexicon, cands: list[tuple[str, re.Match[str]]]) -> date | None:
    """The latest fully written date in the text, for documents without a publication date."""
    best: date | None = None
    for name, m in cands:
        if name not in _ABSOLUTE or not m["y"]:
            continue
        if name == "date":
            month = lex.month(m["mon"])
        else:
            month = int(m["m"])
        y = int(m["y"])
        y = y + (2000 if y < 50 else 1900) if y < 100 else y
        d = _safe_date(y, month, int(m["d"]))
        if d and (best is None or d > best):
            best = d
    return best


def extract(
    text: str,
    published: date | None,
    lang: str = "de",
    tense: TenseFn | None = None,
    mode: Mode = "news",
    forward: list[tuple[int, int]] | None = None,
) -> list[Found]:
    """Every time expression in `text` with its span, core span and normalised value, in text order. `forward`:
    spans of expressions known to point forward (what a statement demands or announces, see `direction`)."""
    lex = lexicon(lang)
    cands = _candidates(text, lex)
    fallback = False
    pub = published
    if pub is None:
        pub = _fallback_anchor(text, lex, cands)
        fallback = pub is not None
    clauses = tense if isinstance(tense, ClauseTenses) else text_tense_fn(text, lang)
    ctx = _Ctx(text, lex, pub, mode, tense or clauses, clauses, forward or [])
    out: list[Found] = []
    for name, m in cands:
        if _in_quoted_name(text, m.start(), m.end()) or _weekday_in_name(text, m.start(), m.end()):
            continue
        ctx.used_anchor = False
        ctx.pos, ctx.end = m.start(), m.end()
        try:
            res = _HANDLERS[name](m, ctx)
        except (ValueError, KeyError, IndexError, OverflowError):
            res = None  # an expression the handler cannot value is left out; the document's other times stay
        if res is None:
            continue
        typ, value = res
        s, e = m.span()
        if m.groupdict().get("slash"):
            e = m.start("slash")  # "Mai/Juni 1940": the year came from after the slash, the span ends before it
        mod = _mod(m, name, lex)
        if mod is None and name in _BOUNDED:
            bm = lex.extra["boundary_before"].search(text, max(0, s - 24), s)
            if bm:  # "Ende der 1940er Jahre", "Anfang des 8. Jh. v. Chr."
                s, mod = bm.start(), lex["boundaries"][bm.group(1)]
        start = s
        pm = lex.prefix_re.search(text, max(0, s - 16), s) if lex.prefix_re else None
        if pm and name not in ("ago", "since", "in", "vague", "clock", "clockbare", "clockword", "pod", "night"):
            start = pm.start(1)
        elif pm and name in ("clock", "clockbare", "clockword") and not m["cp"]:
            start = pm.start(1)
        hedge = m.groupdict().get("hedge") or m.groupdict().get("cp") or ""
        approx = re.sub(r"\s+", " ", hedge).lower() in lex.lower("approximate_hedges")  # "Gegen 18 Uhr", "kurz nach"
        if name == "season" and m["season"] in lex.data.get("approximate_seasons", []):
            approx = True  # "im Frühsommer": a part of the season
        cs, ce = _timex2_extent(text, s, e, name, m, lex)
        out.append(Found(start, e, cs, ce, text[start:e], typ, value, approx, fallback and ctx.used_anchor, name, mod))
    return out


# „Presse am Sonntag“, »Welt am Sonntag«: a quote of one or two capitalised words that ends in the expression is a
# name (of a newspaper, a show), no time
_QUOTED_NAME_BEFORE = re.compile(r"[„»«“\"]\s*[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*)?\s+(?:[a-zäöü]+\s+)?$")
_QUOTE_CLOSE = re.compile(r"[“”«»\"]")  # Swiss guillemets too: «NZZ am Sonntag»


def _in_quoted_name(text: str, start: int, end: int) -> bool:
    return bool(_QUOTE_CLOSE.match(text, end)) and bool(_QUOTED_NAME_BEFORE.search(text, max(0, start - 40), start))


# "The Sunday Times", "the Sunday Telegraph": a lone weekday after "the" and before a capitalised word is part of a
# name (of a newspaper), no time
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)[Tt]he\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _weekday_in_name(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    return word.isalpha() and word[:1].isupper() and bool(_ARTICLE_BEFORE.search(text, max(0, start - 8), start)) \
        and bool(_CAPITALISED_AFTER.match(text, end))


_BOUNDED = {"decade", "century", "year"}  # rules whose match a boundary word may precede without being part of it


def _mod(m: re.Match[str], name: str, lex: Lexicon) -> str | None:
    """TIMEX3 mod: START/MID/END from "Anfang/Mitte/Ende" (or "Jahresende"), MORE_THAN, LESS_THAN, EQUAL_OR_MORE,
    EQUAL_OR_LESS from hedges ("mehr als", "weniger als", "mindestens", "höchstens")."""
    gd = m.groupdict()
    if gd.get("bnd"):
        return lex["boundaries"][gd["bnd"]]
    if name == "relnoun":
        return lex["relative_noun_mods"].get(gd["rn"])
    if gd.get("hedge"):
        return lex["mod_hedges"].get(re.sub(r"\s+", " ", gd["hedge"]))
    return None


def _timex2_extent(text: str, s: int, e: int, name: str, m: re.Match[str], lex: Lexicon) -> tuple[int, int]:
    """The TIMEX2 extent of a match: prepositions left out; determiners, hedges and premodifiers kept."""
    x = lex.extent
    if x is None or name in x.keep_whole_rules:
        return s, e
    head = text[s:e]
    keeps_um = name in x.keep_um_rules  # "um 1900" is approximate, "um 14 Uhr" is not
    lead = x.drop_leading.match(head)
    if lead and not x.protected.match(head, lead.end()) and not (keeps_um and x.um.match(lead.group(0) + " ")):
        s += lead.end()
    tail = x.drop_trailing.search(head)
    if tail:
        e -= len(head) - tail.start()
    wanted = [x.article] if name in x.article_rules and (name != "year" or m["yn"]) else []
    wanted += [x.keep_before] + ([x.um] if keeps_um else [])
    for pattern in wanted:  # "um das Jahr 500": the article first, then what stands before it
        before = text[max(0, s - 24):s]
        ext = pattern.search(before)
        if ext is not None:
            s -= len(before) - ext.start(1)
    return s, e


def find_times(
    text: str, published: date | None, lang: str = "de", tense: TenseFn | None = None, mode: Mode = "news",
    forward: list[tuple[int, int]] | None = None,
) -> list[Time]:
    """The time expressions of `text` as record `Time`s with ids t0, t1, ... in text order."""
    return [
        Time(id=f"t{i}", text=f.text, start=f.start, end=f.end, type=f.type, value=f.value,  # type: ignore[arg-type]
             approximate=f.approximate, mod=f.mod, anchor_fallback=f.anchor_fallback)
        for i, f in enumerate(extract(text, published, lang, tense, mode, forward))
    ]
