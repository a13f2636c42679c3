"""Normalisation: one handler per grammar rule turns a match into a TIMEX3 type and value."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from whosaid.components.times.calendar import _add_months, _fmt_year, _holiday_date, _safe_date, _week
from whosaid.components.times.direction import after_since, governed_forward
from whosaid.components.times.lexicon import Lexicon
from whosaid.components.times.tense import ClauseTenses, Tense, TenseFn, _tense_words

Mode = Literal["news", "narrative"]

_SENT_END = re.compile(r"[.!?]\s+[A-ZÄÖÜ]")


@dataclass
class _Ctx:
    text: str
    lex: Lexicon
    pub: date | None
    mode: Mode
    tense: TenseFn
    clauses: ClauseTenses  # sentences and clauses of the text, for `governed_forward`
    forward: list[tuple[int, int]] = field(default_factory=list)  # spans a later step found demanded or announced
    ref: date | None = None  # last mentioned date (day precision) for anaphora
    ref_year: int | None = None
    used_anchor: bool = False
    sent_days: list[tuple[int, date]] = field(default_factory=list)
    night_ends: set[int] = field(default_factory=set)  # sent_days positions of nights: their evening's date
    pos: int = 0  # start of the expression being normalised
    end: int = 0  # its end

    def clause_tense(self) -> Tense:
        """The tense that decides which way the expression points: after "seit" it points back; a demanded,
        announced or deadline time points forward whatever the tense of the verb that demands it."""
        tense = self.tense(self.pos)
        if tense != "past" and after_since(self.text, self.pos, self.lex.lang):
            return "past"
        participle = _tense_words(self.lex.lang).present_participle
        if tense == "past" and any(participle.match(_next_words(self.text, self.end, n)) for n in (1, 2)):
            return "present"  # "seinen im Sommer auslaufenden Vertrag", "die im März beginnende Saison"
        if tense != "future" and (any(s <= self.pos < e for s, e in self.forward)
                                  or governed_forward(self.text, self.pos, self.clauses, self.lex.lang)):
            return "future"
        return tense

    def anchor(self) -> date | None:
        """The date deictic expressions count from: publication date in news, last mentioned date in narratives."""
        a = (self.ref or self.pub) if self.mode == "narrative" else self.pub
        if a is not None:
            self.used_anchor = True
        return a

    def year(self, deictic: bool = True) -> int | None:
        """The year relative years count from ("im selben Jahr", "Mitte des Jahres")."""
        if self.mode == "narrative" and self.ref_year is not None:
            return self.ref_year
        a = self.anchor() if deictic else self.last()
        return a.year if a else None

    def told_day(self) -> date | None:
        """The day anaphoric days ("am selben Tag", "am Abend darauf", "am Vortag") count from: in news, the day the
        text last told of before this expression (a date, weekday or relative day; a night's morning), else `last`."""
        if self.mode == "news":
            told = [d + timedelta(days=1) if p in self.night_ends else d for p, d in self.sent_days if p <= self.pos]
            # the publication day is most often the day of the report ("teilte die Polizei am Montag mit"), not
            # of the story that "am selben Abend" goes on with: a day told before it is meant
            story = [d for d in told if d != self.pub] or told
            if story:
                return story[-1]
        return self.last()

    def last(self) -> date | None:
        """The date anaphoric expressions ('zwei Tage später') count from."""
        a = self.ref or self.pub
        if a is not None:
            self.used_anchor = self.used_anchor or self.ref is None
        return a


def _number(tok: str, lex: Lexicon) -> float | None:
    """A number from digits or a number word; None for vague quantities (mehrere, einige)."""
    if tok[:1].isdigit():
        return float(tok.replace(",", "."))
    return lex.lower("number_words").get(tok.lower())


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"(\S+)\s*$", text[max(0, pos - 30):pos])
    return m.group(1) if m else ""


def _next_words(text: str, pos: int, n: int = 2) -> str:
    return " ".join(text[pos:pos + 40].split()[:n])


def _year_for(ctx: _Ctx, month: int, day: int | None) -> int | None:
    """The year of a month (and day) written without one, from the anchor and the clause tense."""
    if ctx.mode == "narrative":
        if ctx.ref_year is None:
            a = ctx.anchor()
            return a.year if a else None
        # the year of the last date mentioned, never rolled forward: narratives jump back and forth
        # ("im Dezember ... im Mai" is as often the same year as the next), and one wrong roll cascades
        return ctx.ref_year
    a = ctx.anchor()
    if a is None:
        return None
    tense = ctx.clause_tense()
    cand = _safe_date(a.year, month, day or 15) or date(a.year, month, 28)
    if day is None:
        mdiff = month - a.month
        if tense == "past":
            return a.year if mdiff <= 0 else a.year - 1
        if tense == "future":
            return a.year if mdiff >= 0 else a.year + 1
        return a.year if abs(mdiff) <= 6 else (a.year - 1 if mdiff > 0 else a.year + 1)
    delta = (cand - a).days
    if tense == "past":
        return a.year if delta <= 31 else a.year - 1
    if tense == "future":
        return a.year if delta >= 0 else a.year + 1
    return a.year if abs(delta) <= 183 else (a.year - 1 if delta > 0 else a.year + 1)


def _weekday_date(ctx: _Ctx, wd: int, shift: int = 0) -> date | None:
    a = ctx.anchor() if ctx.mode == "news" else ctx.last()
    if a is None:
        return None
    tense = ctx.clause_tense()
    if shift < 0 or (shift == 0 and tense == "past"):
        back = (a.isoweekday() - wd) % 7
        d = a - timedelta(days=back)
        return d - timedelta(days=7) if shift < 0 and back == 0 else d
    fwd = (wd - a.isoweekday()) % 7
    d = a + timedelta(days=fwd)
    return d + timedelta(days=7) if shift > 0 and fwd == 0 else d


def _weekday_of_week(ctx: _Ctx, wd: int, weeks: int) -> date | None:
    """"am Montag vergangener Woche": that weekday of the week `weeks` before or after the anchor's."""
    a = ctx.anchor() if ctx.mode == "news" else ctx.last()
    return a + timedelta(days=7 * weeks + wd - a.isoweekday()) if a else None


def _shift(a: date, unit: str, n: float) -> tuple[str, date | None]:
    """`a` moved by n units, written at the unit's precision."""
    if unit == "Y" and n != int(n):
        unit, n = "M", n * 12
    k = int(n)
    if unit in ("D", "H", "MIN", "S"):
        d = a + timedelta(days=k) if unit == "D" else a
        return d.isoformat(), d
    if unit == "W":
        d = a + timedelta(days=7 * k)
        return _week(d), d
    if unit == "WE":
        d = a + timedelta(days=7 * k)
        return _week(d) + "-WE", d
    if unit == "M":
        y, m = _add_months(a, k)
        return f"{y:04d}-{m:02d}", None
    if unit == "Y":
        return _fmt_year(a.year + k), None
    if unit == "DE":
        return f"{(a.year + 10 * k) // 10:03d}", None
    if unit == "CE":
        return f"{(a.year + 100 * k) // 100:02d}", None
    return a.isoformat(), None


def _duration(n: float | None, unit: str) -> str:
    if unit in ("H", "MIN", "S"):
        u = {"H": "H", "MIN": "M", "S": "S"}[unit]
        return f"PT{'X' if n is None else _num_str(n)}{u}"
    if unit == "DE":
        return f"P{'X' if n is None else _num_str(n * 10)}Y" if n is not None else "PXDE"
    if unit == "CE":
        return f"P{'X' if n is None else _num_str(n * 100)}Y" if n is not None else "PXCE"
    return f"P{'X' if n is None else _num_str(n)}{unit}"


def _num_str(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def _in_parens(text: str, pos: int) -> bool:
    lp, rp = text.rfind("(", max(0, pos - 80), pos), text.rfind(")", max(0, pos - 80), pos)
    return lp > rp


def _set_ref(ctx: _Ctx, d: date | None, year: int | None = None, pos: int | None = None) -> None:
    """Remember the last date mentioned outside parentheses, the anchor of narrative anaphora."""
    if pos is not None:
        prev = _prev_word(ctx.text, pos)
        if _in_parens(ctx.text, pos) or prev in ctx.lex["no_ref_before"]:
            return
        if d is None and prev[:1].isupper() and prev not in ctx.lex["year_context_before"]:
            if not re.match(r"[ \t]*(?:\n|$)", ctx.text[pos + 4:pos + 8]):
                return  # "im Krieg 1870": a side reference, not the story's time
    if d is not None:
        ctx.ref, ctx.ref_year = d, d.year
    elif year is not None:
        ctx.ref_year = year
        if ctx.ref is None or ctx.ref.year != year:
            ctx.ref = _safe_date(year, 1, 1)


Result = tuple[str, str] | None  # (type, value)


def _part_of_day(lex: Lexicon, pod: str) -> str:
    """The TIMEX3 time of a part of the day; one that names a clock time is that time, also in a compound
    ("am Freitagmittag", "heute Mittag": T12:00, as "am Mittag")."""
    return lex["clock_words"].get(pod[:1].upper() + pod[1:]) or lex["parts_of_day"][pod]


def _r_date(m: re.Match[str], ctx: _Ctx) -> Result:
    lex = ctx.lex
    month = lex.month(m["mon"])
    day = int(m["d"])
    y = _written_year(m, ctx)
    if y is None:
        y = _year_for(ctx, month, day)
    if not 1 <= day <= 31:
        return None
    if y is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    if y < 1:
        _set_ref(ctx, None, y, m.start())
        return "DATE", f"{_fmt_year(y)}-{month:02d}-{day:02d}"
    d = _safe_date(y, month, day)
    if d is None:
        return None
    _set_ref(ctx, d, None, m.start())
    ctx.sent_days.append((m.end(), d))
    if m["pod"]:
        return "TIME", f"{_fmt_year(y)}-{month:02d}-{day:02d}T{_part_of_day(lex, m['pod'])}"
    return "DATE", f"{_fmt_year(y)}-{month:02d}-{day:02d}"


def _written_year(m: re.Match[str], ctx: _Ctx) -> int | None:
    """The year the expression writes out ("1918", "218 v. Chr.") or names ("desselben Jahres"), else None."""
    y = _explicit_year(m, ctx.lex)
    return _of_year(m, ctx) if y is None else y


def _of_year(m: re.Match[str], ctx: _Ctx) -> int | None:
    """The year of "im April desselben Jahres" / "des folgenden Jahres": the narrative's year, or the anchor's."""
    if not m.groupdict().get("ofy"):
        return None
    phrase = re.sub(r"\s+", " ", m["ofy"])
    offset = ctx.lex["of_year"].get(phrase)
    if offset is None:  # "dieses Jahres", "des Vorjahres": from the publication date
        y = ctx.year(deictic=True)
        offset = ctx.lex["of_year_deictic"][phrase]
    else:  # "desselben Jahres", "des folgenden Jahres": from the last year mentioned
        y = ctx.year(deictic=False)
    return None if y is None else y + offset


def _explicit_year(m: re.Match[str], lex: Lexicon) -> int | None:
    gd = m.groupdict()
    if gd.get("y"):
        return int(gd["y"])
    if gd.get("ye"):
        y = int(gd["ye"])
        return -y + 1 if _is_bc(gd.get("era") or "", lex) else y
    return None


def _is_bc(era: str, lex: Lexicon) -> bool:
    return bool(era) and re.sub(r"\s+", " ", era).lower() in lex.lower("era_bc")


def _r_numdate(m: re.Match[str], ctx: _Ctx) -> Result:
    day, month = int(m["d"]), int(m["m"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if m["y"]:
        y = int(m["y"])
        if y < 100:
            a = ctx.pub.year if ctx.pub else 2000
            y = a // 100 * 100 + y
            y = y - 100 if y > a + 10 else y
    else:
        if _prev_word(ctx.text, m.start()) in ctx.lex["non_time_before"]:
            return None
        y = _year_for(ctx, month, day)
    if y is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    d = _safe_date(y, month, day)
    if d is None:
        return None
    _set_ref(ctx, d, None, m.start())
    ctx.sent_days.append((m.end(), d))
    return "DATE", d.isoformat()


def _r_isodate(m: re.Match[str], ctx: _Ctx) -> Result:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    _set_ref(ctx, d)
    return "DATE", d.isoformat()


def _r_dayonly(m: re.Match[str], ctx: _Ctx) -> Result:
    mm = ctx.lex.extra["next_day_month"].search(ctx.text, m.end(), m.end() + 40)
    if not mm:
        return None
    month = ctx.lex.month(mm.group(1))
    y = int(mm.group(2)) if mm.group(2) else _year_for(ctx, month, int(m["d"]))
    d = _safe_date(y, month, int(m["d"])) if y else None
    return ("DATE", d.isoformat()) if d else None


def _r_month(m: re.Match[str], ctx: _Ctx) -> Result:
    lex = ctx.lex
    mon = re.sub(r"\s+", " ", m["mon"])
    month = lex.month(mon)
    y = _written_year(m, ctx)
    if mon in lex["ambiguous_months"] and y is None and not m["bnd"] and not m["slash"]:
        prev = _prev_word(ctx.text, m.start())
        nxt = _next_words(ctx.text, m.end(), 1)
        if prev not in lex["span_prefixes"] and prev not in lex["year_context_before"] and not prev.endswith("/"):
            return None
        if nxt[:1].isupper() and nxt.strip(".,;:") not in lex["months"]:
            return None
    if y is None:
        if m["slash"]:
            yy = lex.extra["slash_month_year"].match(ctx.text, m.end() - 1, m.end() + 30)
            y = int(yy.group(1)) if yy else None
        elif lex.data.get("month_range_links"):
            rng = lex.extra["range_month_year"].match(ctx.text, m.end(), m.end() + 40)
            if rng:  # "von November bis Februar 2029": November of the year before
                y = int(rng.group(2)) - (lex.month(rng.group(1)) < month)
        if y is None:
            y = _year_for(ctx, month, None)
    if y is None:
        return "DATE", f"XXXX-{month:02d}"
    if not _in_parens(ctx.text, m.start()) and _prev_word(ctx.text, m.start()) not in lex["no_ref_before"]:
        ctx.ref, ctx.ref_year = _safe_date(y, month, 1) or ctx.ref, y
    return "DATE", f"{_fmt_year(y)}-{month:02d}"


def _r_season(m: re.Match[str], ctx: _Ctx) -> Result:
    season = ctx.lex["seasons"][m["season"]]
    y = _written_year(m, ctx)
    if y is None:
        prev = _prev_word(ctx.text, m.start())
        if not (m["bnd"] or m["rel"] or prev in ctx.lex["span_prefixes"] or prev in ctx.lex["season_articles"]):
            return None
        a = ctx.anchor() if ctx.mode == "news" else None
        if ctx.mode == "narrative":
            y = ctx.ref_year or (ctx.last().year if ctx.last() else None)
        elif a is not None and m["rel"]:
            y = _relative_season_year(a, season, ctx.lex["relative_modifiers"][m["rel"]])
        elif a is not None:
            y = a.year
            tense = ctx.clause_tense()
            start_month = _SEASON_START[season]
            if tense == "past" and start_month > a.month:
                y -= 1
            elif tense == "future" and start_month + 2 < a.month:
                y += 1
    if y is None:
        return "DATE", f"XXXX-{season}"
    _set_ref(ctx, None, y)
    return "DATE", f"{_fmt_year(y)}-{season}"


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # "2026-WI" is the winter that begins in December 2026


def _relative_season_year(a: date, season: str, off: int) -> int:
    """The year of "im vergangenen Herbst" (the last one over), "im kommenden Frühjahr" (the next one to begin) and
    "diesen Winter" (the one under way, else this year's): on 2 December 2026 they are 2026-FA, 2027-SP, 2026-WI."""
    def bounds(y: int) -> tuple[date, date]:
        start = date(y, _SEASON_START[season], 1)
        end_y, end_m = _add_months(start, 3)
        return start, date(end_y, end_m, 1)

    if off < 0:
        return next(y for y in range(a.year, a.year - 3, -1) if bounds(y)[1] <= a)
    if off > 0:
        return next(y for y in range(a.year - 1, a.year + 3) if bounds(y)[0] > a)
    current = next((y for y in (a.year - 1, a.year) if bounds(y)[0] <= a < bounds(y)[1]), None)
    return a.year if current is None else current


def _r_year(m: re.Match[str], ctx: _Ctx) -> Result:
    lex = ctx.lex
    y = int(m["y"])
    era = m["era"] or ""
    prev = _prev_word(ctx.text, m.start())
    if not era:
        rng = lex.extra["range_era"].match(ctx.text, m.end(), m.end() + 30)
        era = rng.group(1) if rng else ""
    if era:
        y = -y + 1 if _is_bc(era, ctx.lex) else y
    else:
        if len(m["y"]) != 4 or not 1000 <= y <= 2100:
            return None
        if re.match(r"[ \t]*(?:\n|$)", ctx.text[m.end():m.end() + 5]):
            _set_ref(ctx, None, y, m.start())
            return "DATE", _year_value(y, m["y2"])
        nxt = _next_words(ctx.text, m.end(), 2)
        if prev in lex["non_time_before"] or prev.rstrip(".") in lex["non_time_before"]:
            return None
        if not m["yn"] and (prev in lex["hedges"] or prev.lower() in lex["count_words_before"]) and not _year_range_follows(ctx.text, m.end()):
            return None
        n1 = nxt.split()[0] if nxt else ""
        if any(nxt.startswith(w) for w in lex["non_time_after"] if w[:1].isalpha() or w == "%") and not m["yn"]:
            if n1.rstrip(".,;:") in lex["non_time_after"] or nxt in lex["non_time_after"]:
                return None
        n2 = nxt.split()[1].rstrip(".,;:") if len(nxt.split()) > 1 else ""
        if not m["yn"] and n1.islower() and n1.endswith(("e", "en")) and n1 not in lex["article_words"] \
                and n1 not in lex["indefinite_articles"] and n2 in lex["non_time_after"]:
            return None  # "1200 zusätzliche Stellen", "1500 neue Plätze": a count with its adjective
        if not m["yn"] and n1[:1].isupper() and n1.rstrip(".,;:") not in lex["months"] and not _sentence_start_before(ctx.text, m.start()):
            if prev not in lex["year_context_before"] and not _year_range_before(ctx.text, m.start(), lex):
                return None
    _set_ref(ctx, None, y, m.start())
    return "DATE", _year_value(y, m["y2"])


def _year_value(y: int, second: str | None) -> str:
    """"2021" or, for "2021/22", "1999/00", "1939/45", the ISO 8601 interval of the two years."""
    if not second:
        return _fmt_year(y)
    y2 = int(second) if len(second) == 4 else y // 100 * 100 + int(second)
    if len(second) == 2 and y2 <= y:
        y2 += 100
    return f"{_fmt_year(y)}/{_fmt_year(y2)}" if y2 > y else _fmt_year(y)


def _r_after(m: re.Match[str], ctx: _Ctx) -> Result:
    """"nach 15 Jahren (Haft)", "nach sechs Tagen": how long something took, a DURATION (as WikiWarsDE annotates
    "sechs Tagen" in "Nach sechs Tagen"), not the date 15 years after the anchor."""
    n = _number(m["num"], ctx.lex)
    return "DURATION", _duration(n, ctx.lex["units"][m["unit"]])


def _year_range_before(text: str, pos: int, lex: Lexicon) -> bool:
    """"zwischen 2019 und 2024 Aufträge": the second year of a range is a year whatever word follows it."""
    links = lex.data.get("month_range_links", [])
    return bool(links) and re.search(r"(?<!\d)\d{4}\s*" + _alt_words(links) + r"\s*$", text[max(0, pos - 16):pos]) is not None


def _year_range_follows(text: str, pos: int) -> bool:
    return bool(re.match(r"\s*(?:bis|–|-|und)\s*\d{4}", text[pos:pos + 12]))


def _sentence_start_before(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].strip()
    return pos == 0 or before == "" or before[-1:] in ".!?:\n„»«\"("


def _r_decade(m: re.Match[str], ctx: _Ctx) -> Result:
    if m["dn"]:
        n = int(m["dn"])
        if n >= 100:
            return "DATE", f"{n // 10:03d}"
    else:
        n = ctx.lex["decade_words"].get(m["dw"])
        if n is None:
            return None
    if n % 10:
        return None
    a = ctx.anchor() or ctx.last()
    cent = (a.year // 100) if a else 19
    if a and n > a.year % 100:
        cent -= 1
    return "DATE", f"{cent:02d}{n // 10}"


def _r_century(m: re.Match[str], ctx: _Ctx) -> Result:
    n = int(m["n"])
    if m["era"] and _is_bc(m["era"], ctx.lex):
        return "DATE", f"BC{n - 1:02d}"
    return "DATE", f"{n - 1:02d}"


def _r_quarter(m: re.Match[str], ctx: _Ctx) -> Result:
    k = ctx.lex["ordinals"][m["ord"]]
    half = m["q"] in ctx.lex["half_nouns"]
    if half and k > 2:
        return None
    if m["y"]:
        y = int(m["y"])
    else:
        a = ctx.anchor() if ctx.mode == "news" else ctx.last()
        if a is None:
            return "DATE", f"XXXX-{'H' if half else 'Q'}{k}"
        y = a.year + ctx.lex["relative_modifiers"].get(m["rel"] or "", 0)
    return "DATE", f"{_fmt_year(y)}-{'H' if half else 'Q'}{k}"


def _r_boundary(m: re.Match[str], ctx: _Ctx) -> Result:
    if m["y"]:
        y = int(m["y"])
        _set_ref(ctx, None, y)
        return "DATE", _fmt_year(y)
    unit = ctx.lex["calendar_nouns"][m["cal"]]
    if unit not in ("Y", "M", "W"):
        return None
    if not m["link"] and not m["rel"]:
        return None
    off = ctx.lex["relative_modifiers"].get(m["rel"] or m["link"] or "", 0)
    if not m["rel"] and m["link"] in ctx.lex["article_words"]:  # "Ende des Monats", not "Ende dieses Monats"
        off = _edge_offset(ctx, unit, ctx.lex["boundaries"][m["bnd"]])
    if unit == "Y":
        y = ctx.year()
        if y is None:
            return None
        edge = ctx.lex["year_edge_months"].get(ctx.lex["boundaries"][m["bnd"]]) if ctx.mode == "news" else None
        # "Ende des Jahres" is its last month in news, as "Ende Juni" is June ("Ende 2005" stays the year)
        return "DATE", _fmt_year(y + off) + (f"-{edge}" if edge else "")
    a = ctx.anchor() if ctx.mode == "news" else ctx.last()
    if a is None:
        return None
    return "DATE", _shift(a, unit, off)[0]


def _edge_offset(ctx: _Ctx, unit: str, mod: str | None) -> int:
    """In news, the end of the year, month or week in a past clause before half of it has gone is the last one's
    ("Ende des Monats hatte die Regierung gewarnt", published on 2 December: November); its start in a future
    clause after half of it has gone is the next one's ("Anfang des Jahres soll ...", published in October)."""
    a = ctx.pub if ctx.mode == "news" else None
    if a is None or mod not in ("START", "END"):
        return 0
    if unit == "Y":
        gone = (a.timetuple().tm_yday - 1) / 365
    elif unit == "M":
        y, mo = _add_months(a, 1)
        gone = (a.day - 1) / (date(y, mo, 1) - date(a.year, a.month, 1)).days
    elif unit == "W":
        gone = (a.isoweekday() - 1) / 7
    else:
        return 0
    tense = ctx.clause_tense()
    if mod == "END" and tense == "past" and gone < 0.5:
        return -1
    if mod == "START" and tense == "future" and gone > 0.5:
        return 1
    return 0


def _r_relcal(m: re.Match[str], ctx: _Ctx) -> Result:
    lex = ctx.lex
    cal = m["cal"]
    pod = _part_of_day(lex, cal) if cal in lex["parts_of_day"] and cal not in lex["calendar_nouns"] else None
    unit = lex["calendar_nouns"].get(cal, "D")
    if m["ana"]:
        off = lex["anaphoric_modifiers"][re.sub(r"\s+", " ", m["ana"])]
        a = ctx.told_day() if unit == "D" or pod else ctx.last()
    else:
        off = lex["relative_modifiers"][m["rel"]]
        a = ctx.last() if unit == "D" or pod else ctx.anchor()
        if off > 0 and a is not None and (unit == "D" or pod):  # "am nächsten Tag": the day after the one told of
            a = ctx.told_day()
    if a is None:
        return None
    if pod:
        d = a + timedelta(days=off)
        ctx.sent_days.append((m.end(), d))
        return "TIME", f"{d.isoformat()}T{pod}"
    if unit == "Y" and ctx.year() is not None:
        return "DATE", _fmt_year(ctx.year() + off)  # type: ignore[operator]
    value, d = _shift(a, unit, off)
    if unit == "D" and d:
        _set_ref(ctx, d)
        ctx.sent_days.append((m.end(), d))
    return "DATE", value


def _r_relnoun(m: re.Match[str], ctx: _Ctx) -> Result:
    unit, off = ctx.lex["relative_nouns"][m["rn"]]
    if m["y"]:
        y = int(m["y"])
        _set_ref(ctx, None, y, m.start())
        return "DATE", _fmt_year(y + off)
    if off == 0:  # "Jahresende", "Monatsanfang": this one, or the one before or after (see `_edge_offset`)
        off = _edge_offset(ctx, unit, ctx.lex["relative_noun_mods"].get(m["rn"]))
    if unit == "Y" and ctx.year() is not None:
        return "DATE", _fmt_year(ctx.year() + off)  # type: ignore[operator]
    if unit == "D":  # "am Vortag", "tags darauf": from the day last mentioned
        a = ctx.told_day()
        d = a + timedelta(days=off) if a else None
        if d is not None:
            _set_ref(ctx, d)
            ctx.sent_days.append((m.end(), d))
        return ("DATE", d.isoformat()) if d else None
    a = ctx.anchor() if ctx.mode == "news" else ctx.last()
    return ("DATE", _shift(a, unit, off)[0]) if a else None


def _r_ago(m: re.Match[str], ctx: _Ctx) -> Result:
    unit = ctx.lex["units"][m["unit"]]
    n = _number(m["num"], ctx.lex)
    a = ctx.anchor()
    if n is None:
        return "DATE", "PAST_REF"
    if a is None:
        return None
    return "DATE", _shift(a, unit, -n)[0]


def _r_later(m: re.Match[str], ctx: _Ctx) -> Result:
    lex = ctx.lex
    unit = lex["units"][m["unit"]]
    n = _number(m["num"], lex)
    if m["dir"] == "nach":
        return None
    sign = -1 if m["dir"] in lex["earlier"] else 1
    a = ctx.last()
    if n is None:
        return "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF"
    if a is None:
        return None
    value, d = _shift(a, unit, sign * n)
    if d and unit == "D":
        _set_ref(ctx, d)
    return "DATE", value


def _r_in(m: re.Match[str], ctx: _Ctx) -> Result:
    """"in zwei Wochen" is the point two weeks ahead; "binnen 48 Stunden", "innerhalb weniger Tage" and "in zehn
    Tagen" of a past clause ("in zehn Tagen eroberten sie die Stadt") say how long, a DURATION."""
    unit = ctx.lex["units"][m["unit"]]
    if m["unit"] in ("Jahr", "Jahre", "Tag", "Tage", "Monate", "Woche", "Monat"):
        return None  # "in drei Jahre" is not German; "in einem Jahr"/"in zwei Jahren" are
    n = _number(m["num"], ctx.lex)
    if re.sub(r"\s+", " ", m["in"]) in ctx.lex["within"] or ctx.clause_tense() == "past":
        return "DURATION", _duration(n, unit)
    if n is None:
        return "DATE", "FUTURE_REF"
    a = ctx.anchor()
    return ("DATE", _shift(a, unit, n)[0]) if a else None


def _r_vague(m: re.Match[str], ctx: _Ctx) -> Result:
    unit = ctx.lex["units"][m["unit"]]
    if m["num"]:
        return "DURATION", _duration(_number(m["num"], ctx.lex), unit)
    return "DATE", ctx.lex["vague_spans"][re.sub(r"\s+", " ", m["vs"])]


def _r_since(m: re.Match[str], ctx: _Ctx) -> Result:
    unit = ctx.lex["units"][m["unit"]]
    if not m["num"]:
        if m["unit"] not in ("Jahren", "Monaten", "Wochen", "Tagen", "Stunden", "Jahrzehnten", "Jahrhunderten", "Minuten"):
            return None
        return "DURATION", _duration(None, unit)
    return "DURATION", _duration(_number(m["num"], ctx.lex), unit)


def _r_duration(m: re.Match[str], ctx: _Ctx) -> Result:
    lex = ctx.lex
    num = m["num"]
    nxt = _next_words(ctx.text, m.end(), 1).rstrip(".,;:")
    if nxt in lex["age_words"] or (m["unit"].startswith("Jahr") and (
            _age_range_before(ctx.text, m.start(), lex) or _age_told_before(ctx.text, m.start(), lex))):
        return None
    if f"{num} {m['unit']}".lower() in lex.lower("not_durations"):  # "eines Tages" is "some day"
        return None
    prev = _prev_word(ctx.text, m.start())
    if prev in lex["non_time_before"]:
        return None
    unit = lex["units"][m["unit"]]
    if unit == "S" and re.fullmatch(r"\d+,\d+", num):
        return None  # "um 0,09 Sekunden", "in 9,58 Sekunden": a margin or a race time is a measure, not a time
    if num[:1].isdigit() and int(float(num.replace(",", "."))) > 1000 and unit == "Y":
        return None  # "2000 Jahre" after a year is more often the year itself
    if num.lower() in lex.lower("indefinite_articles") and unit in {"Y", "M", "D"} and not m["lang"]:
        if prev.lower() in lex.lower("per_unit_before"):  # "einmal im Jahr", "pro Tag" is a rate
            return None
    n = _number(num, lex)
    if m["num2"] and n is not None:
        n, unit = _in_one_unit(n, unit, _number(m["num2"], lex), lex["units"][m["unit2"]]) or (n, unit)
    return "DURATION", _duration(n, unit)


def _age_range_before(text: str, pos: int, lex: Lexicon) -> bool:
    """"im Alter von 14 und 15 Jahren", "Kinder unter fünf Jahren", "Schülern zwischen 13 und 17 Jahren": an age, no
    time; the words before the number are a link ("von", "zwischen", "unter") after "Alter" or a noun for people."""
    words = re.findall(r"[\w.]+", text[max(0, pos - 60):pos])
    if len(words) >= 3 and words[-1].lower() in ("und", "bis"):  # "zwischen 14 und": the lower bound of the range
        words = words[:-2]
    if len(words) < 2 or words[-1].lower() not in lex.lower("age_range_links"):
        return False
    return words[-2] in lex["age_range_before"] or words[-2] in lex["age_holders"]


def _age_told_before(text: str, pos: int, lex: Lexicon) -> bool:
    """"jünger als 30 Jahre"; "das Antrittsalter von derzeit 65 Jahren ... auf 66,5 Jahre": an age, no time. The
    number follows a comparison of ages, or a link ("von", "auf", "bei"; an adverb may stand between) in a sentence
    that has named an age ("Rentenalter", "Altersgrenze") before it."""
    before = text[max(0, pos - 160):pos]
    if re.search(r"(?<!\w)" + _alt_words(lex.data.get("age_comparatives", [])) + r"\s+$", before):
        return True
    sentence = re.split(r"[.!?]\s", before)[-1]
    words = re.findall(r"[\w.]+", sentence)
    if not any(w in lex.data.get("age_nouns", []) for w in words[:-1]):
        return False
    links = lex.lower("age_range_links") | set(lex.data.get("age_links", []))
    return bool(words) and (words[-1].lower() in links or len(words) > 1 and words[-2].lower() in links
                            and words[-1].islower())


def _alt_words(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")" if words else r"(?!x)x"


UNITS_PER_YEAR = {"Y": 1, "M": 12, "W": 52}


def _in_one_unit(n: float, unit: str, n2: float | None, unit2: str) -> tuple[float, str] | None:
    """"fünf Jahre und drei Monate" in one unit: the larger where the sum is a round fraction of it (5.25 years),
    else the smaller ("ein Jahr und zwei Monate": 14 months); None where the units do not both count in years,
    months or weeks (the first part alone then gives the value)."""
    if n2 is None or unit not in UNITS_PER_YEAR or unit2 not in UNITS_PER_YEAR:
        return None
    larger = n + n2 * UNITS_PER_YEAR[unit] / UNITS_PER_YEAR[unit2]
    if round(larger, 2) == larger:
        return larger, unit
    smaller = n * UNITS_PER_YEAR[unit2] / UNITS_PER_YEAR[unit] + n2
    return (smaller, unit2) if smaller == int(smaller) else (round(larger, 2), unit)


def _r_long(m: re.Match[str], ctx: _Ctx) -> Result:
    word = m.group(0)
    attributive = ctx.lex.data.get("long_attributive_pattern")
    if ctx.mode == "news" and attributive and re.search(attributive, word):
        return None  # "die stundenlangen Verhandlungen": in news an attribute, no time of its own ("stundenlang" is)
    return "DURATION", _duration(None, ctx.lex["long_adverbs"][word])


def _clock_day(ctx: _Ctx, pos: int, hour: int = 12) -> date | None:
    """The day a clock time at `pos` falls on: the day named before it in its sentence ("in der Nacht zum Freitag
    um 2.00 Uhr" is Friday morning, the night's evening date + 1), else the reference date."""
    for p, d in reversed(ctx.sent_days):
        if p <= pos and not _SENT_END.search(ctx.text, p, pos):
            return d + timedelta(days=1) if p in ctx.night_ends and hour < 12 else d
    if ctx.mode == "news" and ctx.sent_days and ctx.clause_tense() == "past":
        p, d = ctx.sent_days[-1]  # "am Montagabend … verletzt. Der Lkw sei gegen 18.20 Uhr …": the day just told
        if p <= pos and len(_SENT_END.findall(ctx.text, p, pos)) == 1 and "\n" not in ctx.text[p:pos].strip():
            a = ctx.anchor()
            if a is None or d <= a:
                return d + timedelta(days=1) if p in ctx.night_ends and hour < 12 else d
    return ctx.ref if ctx.mode == "narrative" and ctx.ref else ctx.anchor()


def _r_clock(m: re.Match[str], ctx: _Ctx) -> Result:
    gd = m.groupdict()
    h = int(m["h"])
    mi = int(gd.get("min") or gd.get("min2") or 0)
    if h > 24:
        return None
    half = ctx.lex["clock_day_parts"].get(gd.get("pod") or "")
    if (half == "pm" and h < 12) or (half == "night" and 6 <= h < 12):  # "8 Uhr abends", "11 Uhr nachts"
        h += 12
    d = _clock_day(ctx, m.start(), h)
    day = d.isoformat() if d else "XXXX-XX-XX"
    zone = ctx.lex["time_zones"].get(re.sub(r"\s+", " ", gd["tz"])) if gd.get("tz") else ""
    return "TIME", f"{day}T{h:02d}:{mi:02d}{zone}"


def _r_clockword(m: re.Match[str], ctx: _Ctx) -> Result:
    d = _clock_day(ctx, m.start())
    day = d.isoformat() if d else "XXXX-XX-XX"
    return "TIME", f"{day}T{ctx.lex['clock_words'][m['cw']]}"


# an hour in each part of the day, for the day a part of the day falls on after a night ("in der Nacht zum
# Dienstag … am Morgen" is Tuesday morning)
POD_HOURS = {"MO": 8, "MI": 12, "AF": 15, "EV": 19, "NI": 2}


def _r_pod(m: re.Match[str], ctx: _Ctx) -> Result:
    pod = ctx.lex["clock_words"].get(m["pod"]) or ctx.lex["parts_of_day"][m["pod"]]
    d = _clock_day(ctx, m.start(), POD_HOURS.get(pod, 12))
    into = re.search(r"\bin\s+die\s+\S+$", ctx.text[max(0, m.start() - 20) : m.end()])
    if pod == "NI" and d is not None and not into and (ctx.clause_tense() == "past" or _after_night(ctx, m.start())):
        # "erklärte am Dienstag, sie habe in der Nacht … angegriffen": the night that ended on the day told (TIMEX3
        # values a night by the evening it begins), as "in der Nacht zum Dienstag"; "bis in die Nacht" goes on
        # into the night after it
        d = d - timedelta(days=1)
    return "TIME", f"{d.isoformat() if d else 'XXXX-XX-XX'}T{pod}"


def _after_night(ctx: _Ctx, pos: int) -> bool:
    """The day a time at `pos` is counted from is a night's ("in der Nacht zum Freitag … in der Nacht")."""
    for p, _ in reversed(ctx.sent_days):
        if p <= pos and not _SENT_END.search(ctx.text, p, pos):
            return p in ctx.night_ends
    return False


def _r_weekday(m: re.Match[str], ctx: _Ctx) -> Result:
    wd = ctx.lex["weekdays"][m["wd"]]
    groups = m.groupdict()  # the English "Tuesday morning" (wdpod) has no day adjective or week phrase
    shift = ctx.lex["relative_modifiers"].get(groups.get("rel") or "", 0)
    if groups.get("dayadj"):  # "am gestrigen Dienstag": the day before publication, whichever weekday it names
        a = ctx.anchor()
        d = a + timedelta(days=ctx.lex["relative_day_adjectives"][m["dayadj"]]) if a else None
    elif groups.get("wrel"):
        d = _weekday_of_week(ctx, wd, ctx.lex["relative_modifiers"][m["wrel"]])
    else:
        d = _weekday_date(ctx, wd, shift)
    if d is None:
        return "DATE", f"XXXX-WXX-{wd}"
    ctx.sent_days.append((m.end(), d))
    if ctx.mode == "narrative":
        _set_ref(ctx, d)
    if m["pod"]:
        return "TIME", f"{d.isoformat()}T{_part_of_day(ctx.lex, m['pod'])}"
    return "DATE", d.isoformat()


def _r_night(m: re.Match[str], ctx: _Ctx) -> Result:
    """"in der Nacht zum Freitag", "in der Nacht auf den 3. Mai": the night that ends on the day named, valued as
    TIMEX3 values a night (and as WikiWarsDE writes "Nacht vom 16."): the date of the evening it begins, + "TNI"."""
    if m["wd"]:
        wd = ctx.lex["weekdays"][m["wd"]]
        d = _weekday_date(ctx, wd, ctx.lex["relative_modifiers"].get(m["rel"] or "", 0))
        if d is None:
            return "TIME", f"XXXX-WXX-{wd - 1 or 7}TNI"
    else:
        month, day = ctx.lex.month(m["mon"]), int(m["d"])
        y = int(m["y"]) if m["y"] else _year_for(ctx, month, day)
        if y is None:
            return "TIME", f"XXXX-{month:02d}-{day - 1:02d}TNI" if day > 1 else "XXXX-XX-XXTNI"
        d = _safe_date(y, month, day)
        if d is None:
            return None
        _set_ref(ctx, d, None, m.start())
    night = d - timedelta(days=1)
    ctx.sent_days.append((m.end(), night))
    ctx.night_ends.add(m.end())
    return "TIME", f"{night.isoformat()}TNI"


def _r_nightfrom(m: re.Match[str], ctx: _Ctx) -> Result:
    month = ctx.lex.month(m["mon"])
    day, next_day = int(m["d"]), int(m["d2"])
    y = int(m["y"]) if m["y"] else _year_for(ctx, month, next_day)
    if day > next_day:  # "vom 31. auf den 1. Januar": the night begins in the month (and year) before
        month, y = (12, y - 1 if y else y) if month == 1 else (month - 1, y)
    d = _safe_date(y, month, day) if y else None
    if d is None:
        return "TIME", f"XXXX-{month:02d}-{day:02d}TNI"
    ctx.sent_days.append((m.end(), d))
    return "TIME", d.isoformat() + "TNI"


def _r_weekend(m: re.Match[str], ctx: _Ctx) -> Result:
    """"am Wochenende": the last weekend in a past clause, else the coming one (this one on Saturday or Sunday)."""
    a = ctx.anchor() if ctx.mode == "news" else ctx.last()
    if a is None:
        return "DATE", "XXXX-WXX-WE"
    wd = a.isoweekday()
    if wd < 6:
        a = a - timedelta(days=wd) if ctx.clause_tense() == "past" else a + timedelta(days=6 - wd)
    return "DATE", f"{_week(a)}-WE"


def _r_relday(m: re.Match[str], ctx: _Ctx) -> Result:
    rd = m["rd"]
    if rd in ctx.lex["sentence_initial_relative_days"]:
        # "Morgen wird ...": the adverb only first in a sentence before a lower-case verb; else the noun "Morgen"
        nxt = _next_words(ctx.text, m.end(), 1)
        if not (_sentence_start_before(ctx.text, m.start()) and nxt[:1].islower()):
            return None
        rd = rd.lower()
    if ctx.mode == "narrative" and rd in ctx.lex["present_is_ref_in_narrative"]:
        return "DATE", "PRESENT_REF"
    a = ctx.anchor()
    if a is None:
        return None
    d = a + timedelta(days=ctx.lex["relative_days"][rd])
    ctx.sent_days.append((m.end(), d))
    if m["pod"]:
        return "TIME", f"{d.isoformat()}T{_part_of_day(ctx.lex, m['pod'])}"
    return "DATE", d.isoformat()


def _r_holiday(m: re.Match[str], ctx: _Ctx) -> Result:
    spec = ctx.lex["holidays"][re.sub(r"\s+", " ", m["hol"])]
    y = int(m["y"]) if m["y"] else None
    if y is None:
        a = ctx.anchor() if ctx.mode == "news" else ctx.last()
        if a is None:
            return "DATE", f"XXXX-{spec}" if not spec.startswith("E") else "XXXX-XX-XX"
        y = a.year
        if ctx.mode == "news":
            probe = _holiday_date(spec, y)
            tense = ctx.clause_tense()
            if tense == "past" and probe > a + timedelta(days=31):
                y -= 1
            elif tense == "future" and probe < a:
                y += 1
    return "DATE", _holiday_date(spec, y).isoformat()


def _r_every(m: re.Match[str], ctx: _Ctx) -> Result:
    what = m["what"]
    if m["every"].lower() in ctx.lex.lower("every_not_adverbial"):
        return None  # "Jeder Tag zählt": a subject, no time ("jeden Tag", "jedes Jahr" are)
    if what in ctx.lex["weekdays"]:
        return "SET", f"XXXX-WXX-{ctx.lex['weekdays'][what]}"
    unit = ctx.lex["calendar_nouns"][what]
    if m["every"] == "alle":
        return None
    return "SET", "P1WE" if unit == "WE" else f"P1{unit}"


def _r_setword(m: re.Match[str], ctx: _Ctx) -> Result:
    w = re.sub(r"\s+", " ", m.group(0))
    attributive = ctx.lex.data.get("set_attributive_pattern")
    if ctx.mode == "news" and attributive and re.search(attributive, w):
        return None  # "die tägliche Lesezeit": in news an attribute, no time of its own ("täglich" is)
    if w in ctx.lex["weekday_sets"]:
        return "SET", f"XXXX-WXX-{ctx.lex['weekday_sets'][w]}"
    return "SET", ctx.lex["sets"][w]


def _r_ref(m: re.Match[str], ctx: _Ctx) -> Result:
    return "DATE", ctx.lex["refs"][re.sub(r"\s+", " ", m.group(0))]


_HANDLERS: dict[str, Callable[[re.Match[str], _Ctx], Result]] = {
    "date": _r_date, "mdate": _r_date, "dmy": _r_date, "wdpod": _r_weekday, "bndmonth": _r_month,
    "clockampm": _r_clock, "numdate": _r_numdate, "isodate": _r_isodate, "dayonly": _r_dayonly, "month": _r_month,
    "season": _r_season, "year": _r_year, "decade": _r_decade, "century": _r_century, "quarter": _r_quarter,
    "boundary": _r_boundary, "relcal": _r_relcal, "relnoun": _r_relnoun, "ago": _r_ago, "later": _r_later, "in": _r_in,
    "vague": _r_vague, "since": _r_since, "duration": _r_duration, "long": _r_long, "clock": _r_clock,
    "clockbare": _r_clock, "clockword": _r_clockword, "pod": _r_pod, "weekday": _r_weekday, "night": _r_night,
    "relday": _r_relday, "nightfrom": _r_nightfrom, "weekend": _r_weekend, "after": _r_after, "holiday": _r_holiday, "every": _r_every, "setword": _r_setword, "ref": _r_ref,
}
