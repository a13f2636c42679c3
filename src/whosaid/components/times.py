"""Find time expressions (DATE, TIME, DURATION, SET) and normalise them against the publication date.

The grammar and the calendar arithmetic live here; every word lives in `whosaid/lang/<lang>/times.json`.
Plain functions (`find_times`, `extract`) work on a string; the spaCy component `whosaid_times` adds the
clause tense from the pipeline's tags when it has them and writes `Doc._.times`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from spacy.language import Language
from spacy.tokens import Doc

from whosaid.components.phrases import sentences
from whosaid.extensions import register_extensions
from whosaid.record import Time

Tense = Literal["past", "present", "future"]
Mode = Literal["news", "narrative"]
TenseFn = Callable[[int], Tense]

_UNIT_DAYS = {"D": 1, "W": 7}
_PARTS = {"MO", "MI", "AF", "EV", "NI"}


# --------------------------------------------------------------------------- lexicon and grammar


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, as one non-capturing group."""
    base = [w for w in words if w]
    forms = sorted(set(base) | {w[0].upper() + w[1:] for w in base if w[0].islower()}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + ")"


def _w(words: Iterable[str]) -> str:
    """`_alt` bounded so that it matches whole words only."""
    return r"(?<![\w])" + _alt(words) + r"(?![\w])" if words else r"(?!x)x"


@dataclass
class Lexicon:
    """One language's time words and the patterns compiled from them."""

    lang: str
    data: dict[str, Any]
    rules: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    anchors: dict[str, set[str]] = field(default_factory=dict)  # word -> rules that need it nearby
    weekday_prefixes: dict[str, int] = field(default_factory=dict)
    extra: dict[str, re.Pattern[str]] = field(default_factory=dict)
    prefix_re: re.Pattern[str] | None = None
    word_re: re.Pattern[str] = re.compile(r"[\wäöüÄÖÜß]+")
    extent: _Extent | None = None

    def __getitem__(self, key: str) -> Any:
        return self.data.get(key, {} if key not in _LIST_KEYS else [])

    def lower(self, key: str) -> dict[str, Any]:
        return {k.lower(): v for k, v in self[key].items()}


_LIST_KEYS = {
    "ambiguous_months", "night_to", "present_is_ref_in_narrative", "vague_numbers", "quarter_nouns", "half_nouns",
    "decade_suffix", "century_nouns", "year_nouns", "era_bc", "era_ad", "boundary_links", "every", "ago", "in_future",
    "later", "earlier", "since", "duration_suffix", "duration_prefix", "hedges", "approximate_hedges", "clock_suffix",
    "clock_prefix", "span_prefixes", "article_words", "year_context_before", "non_time_before", "non_time_after",
    "age_words", "clause_breaks", "after_prefix", "dative_plural_units", "no_ref_before", "weekend",
    "sentence_initial_relative_days", "night_from",
}


@lru_cache(maxsize=8)
def lexicon(lang: str = "de") -> Lexicon:
    """Load and compile the time grammar for `lang` once per process."""
    text = resources.files("whosaid").joinpath(f"lang/{lang}/times.json").read_text(encoding="utf-8")
    data = json.loads(text)
    for key, table in data.items():  # a sentence may start with any word: accept "Zwei Tage später"
        if isinstance(table, dict) and key != "tense":
            for word in list(table):
                if word[:1].islower():
                    table.setdefault(word[0].upper() + word[1:], table[word])
    lex = Lexicon(lang, data)
    lex.rules = _compile_rules(lex)
    lex.anchors = _anchor_index(lex)
    lex.weekday_prefixes = {w: len(w) for w in lex["weekdays"]}
    mon, era = _alt(lex["months"]), _alt(lex["era_bc"] + lex["era_ad"])
    lex.extra = {
        "next_day_month": re.compile(r"[0-3]?\d\.\s*(" + mon + r")(?:\s+(\d{4}))?"),
        "slash_month_year": re.compile(r"\s*/\s*" + mon + r"\s+(\d{4})"),
        "range_era": re.compile(r"\s*(?:–|-|bis|/)\s*\d{1,4}\s+(" + era + ")"),
        "boundary_before": re.compile(r"(?<!\w)(" + _alt(lex["boundaries"]) + r")(?:\s+(?:des|der))?\s+$"),
    }
    lex.prefix_re = re.compile(r"(?:^|(?<=[^\w]))(" + _alt(lex["span_prefixes"]) + r")\s+$")
    lex.extent = _Extent.compile(lex["timex2_extent"])
    return lex


@dataclass(frozen=True)
class _Extent:
    """Patterns for the TIMEX2 extent, compiled from the language's `timex2_extent` table."""

    drop_leading: re.Pattern[str]
    protected: re.Pattern[str]
    drop_trailing: re.Pattern[str]
    keep_before: re.Pattern[str]
    article: re.Pattern[str]
    um: re.Pattern[str]
    article_rules: frozenset[str]
    keep_whole_rules: frozenset[str]
    keep_um_rules: frozenset[str]

    @classmethod
    def compile(cls, t: dict[str, Any]) -> _Extent:
        def alt(key: str) -> str:
            return _alt(t[key]) if t.get(key) else r"(?!x)x"

        def before(alternation: str) -> re.Pattern[str]:
            return re.compile(r"(?:^|(?<=\W))(" + alternation + r")\s+$")

        return cls(
            drop_leading=re.compile(r"(" + alt("drop_leading") + r")\s+"),
            protected=re.compile(alt("drop_leading_not_before") + r"\b"),
            drop_trailing=re.compile(r"\s+" + alt("drop_trailing") + r"$"),
            keep_before=before(alt("keep_before")),
            article=before(alt("articles")),
            um=before(_alt(["um"])),
            article_rules=frozenset(t.get("keep_article_rules", [])),
            keep_whole_rules=frozenset(t.get("keep_whole_rules", [])),
            keep_um_rules=frozenset(t.get("keep_um_rules", [])),
        )


def _compile_rules(x: Lexicon) -> list[tuple[str, re.Pattern[str]]]:
    mon = _alt(x["months"])
    wd = _alt(x["weekdays"])
    era = _alt(x["era_bc"] + x["era_ad"])
    num = r"(?:\d+(?:,\d+)?|" + _alt(x["number_words"]) + "|" + _alt(x["vague_numbers"]) + ")"
    hedge = r"(?:(?P<hedge>" + _alt(x["hedges"]) + r")\s+)?"
    units = _alt(x["units"])
    rel = _alt(x["relative_modifiers"])
    ana = _alt(x["anaphoric_modifiers"])
    bnd = _alt(x["boundaries"])
    pods = {k for k in x["parts_of_day"]}
    pod_low = _alt(k for k in pods if k[:1].islower())
    pod_cap = _alt(k for k in pods if k[:1].isupper())
    y4 = r"(?:1\d{3}|20\d{2}|2100)"
    yr = r"(?:(?P<y>" + y4 + r")(?!\d)|(?P<ye>\d{1,4})\s+(?P<era>" + era + "))"
    b = r"(?<![\w])"
    e = r"(?![\w])"
    dec_words = _alt(x["decade_words"])
    dec_suffix = _alt(x["decade_suffix"])
    # "im April desselben Jahres", "im Juni des Jahres 1918"
    ofy = r"(?:\s+(?P<ofy>" + _alt(x["of_year"]) + r"))?" if x["of_year"] else ""
    rules = {
        "date": (
            b + r"(?:(?P<pod>" + pod_cap + r")\s+(?:des|vom)\s+)?(?:(?P<wd>" + wd + r"),?\s+(?:(?:den|dem)\s+)?)?"
            r"(?P<d>[0-3]?\d)\.\s*(?P<mon>" + mon + r")" + e + ofy + r"(?:,?\s+" + yr + r")?"
        ),
        "numdate": r"(?<![\d.,:])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:1[89]|20)\d{2}|\d{2}(?![\d.]))?(?![\d,])",
        "isodate": r"(?<![\d.])(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])",
        "dayonly": (
            r"(?<![\d.])(?P<d>[0-3]?\d)\.(?=\s*(?:bis|und|/|–|-|oder)\s*(?:zum\s+)?[0-3]?\d\.\s*" + mon + e + r")"
        ),
        "month": (
            b + r"(?:(?P<bnd>" + bnd + r")\s+)?(?P<mon>" + mon + r")" + e
            + r"(?:\s*(?P<slash>/)\s*(?=" + mon + r"))?" + ofy + r"(?:\s+" + yr + r")?"
        ),
        "season": (
            b + r"(?:(?P<bnd>" + bnd + r")\s+)?(?:(?P<rel>" + rel + r")\s+)?(?P<season>" + _alt(x["seasons"]) + r")" + e
            + ofy + r"(?:\s+" + yr + r")?"
        ),
        "year": (
            r"(?<![\w.,:])(?:(?P<yn>" + _alt(x["year_nouns"]) + r")\s+)?(?P<y>\d{1,4})"
            r"(?:/(?P<y2>\d{4}|\d{2})(?![\w/]|[.,:]\d))?"  # "2021/22": a season or school year
            r"(?:\s+(?P<era>" + era + r"))?(?![\w]|[.,:]\d)"
        ),
        "yearcont": r"(?<=\d{4}/)(?P<y>\d{2})(?![\w]|[.,:]\d)",
        "after": (
            b + r"(?P<after>" + _alt(x["after_prefix"]) + r")\s+" + hedge + r"(?P<num>" + num + r")\s+(?P<unit>"
            + _alt(x["dative_plural_units"] + ["Tag", "Monat", "Jahr", "Woche"]) + r")" + e + r"(?!\s+(?:des|der|dem|den)\b)"
        ),
        "decade": (
            r"(?<![\w])(?:(?P<dn>\d{2,4})|(?P<dw>" + dec_words + r")\s*)" + dec_suffix + e
        ),
        "century": b + r"(?P<n>\d{1,2})\.\s*" + _alt(x["century_nouns"]) + r"(?:\s+(?P<era>" + era + r"))?" + r"(?!\w)",
        "quarter": (
            b + r"(?P<ord>" + _alt(x["ordinals"]) + r")\s+(?P<q>" + _alt(x["quarter_nouns"] + x["half_nouns"]) + r")" + e
            + r"(?:\s+(?:(?P<y>" + y4 + r")|(?:des\s+)?(?P<rel>" + rel + r")?\s*(?P<cal>Jahres|Jahrs)))?"
        ),
        "boundary": (
            b + r"(?P<bnd>" + bnd + r")\s+(?:(?P<link>" + _alt(x["boundary_links"]) + r")\s+)?(?:(?:" + _alt(x["year_nouns"]) + r"\s+)?(?P<y>" + y4 + r")(?![\w-])"
            r"|(?:(?P<rel>" + rel + r")\s+)?(?P<cal>" + _alt(x["calendar_nouns"]) + r")" + e + r")"
        ),
        "relcal": (
            b + r"(?:(?P<rel>" + rel + r")|(?P<ana>" + ana + r"))\s+(?P<cal>" + _alt(x["calendar_nouns"]) + r"|" + pod_cap + r")" + e
        ),
        "relnoun": b + r"(?P<rn>" + _alt(x["relative_nouns"]) + r")" + e + r"(?:\s+(?P<y>" + y4 + r")(?!\d))?",
        "ago": (
            b + r"(?P<ago>" + _alt(x["ago"]) + r")\s+" + hedge + r"(?P<num>" + num + r")\s+(?P<unit>" + units + r")" + e
        ),
        "later": (
            b + hedge + r"(?P<num>" + num + r")\s+(?P<unit>" + units + r")\s+(?P<dir>" + _alt(x["later"] + x["earlier"]) + r")" + e
        ),
        "in": (
            b + r"(?P<in>" + _alt(x["in_future"]) + r")\s+" + hedge + r"(?P<num>" + num + r")\s+(?P<unit>" + units + r")" + e
        ),
        "vague": (
            b + r"(?P<vs>" + _alt(x["vague_spans"]) + r")\s+(?:(?P<num>" + num + r")\s+)?(?P<unit>" + units + r")" + e
        ),
        "since": b + r"(?P<since>" + _alt(x["since"]) + r")\s+" + hedge + r"(?:(?P<num>" + num + r")\s+)?(?P<unit>" + units + r")" + e,
        "duration": (
            b + hedge + r"(?P<num>" + num + r")\s+(?P<unit>" + units + r")" + e
            + r"(?:\s+(?P<lang>" + _alt(x["duration_suffix"]) + r"))?" + e
        ),
        "long": _w(x["long_adverbs"]),
        "clock": (
            r"(?<![\w.,:])(?:(?P<cp>" + _alt(x["clock_prefix"]) + r")\s+)?(?P<h>[0-2]?\d)(?:[.:](?P<min>[0-5]\d))?\s*"
            + _alt(x["clock_suffix"]) + e + r"(?:\s+(?P<min2>[0-5]?\d)(?![\w.,]))?(?:\s+(?P<pod>" + pod_low + r"|morgens|abends|nachts))?" + e
            + r"(?:\s+(?P<tz>" + _alt(x["time_zones"]) + r")" + e + r")?"
        ),
        "clockbare": r"(?<![\w])(?P<cp>" + _alt(x["clock_prefix"]) + r")\s+(?P<h>[0-2]?\d):(?P<min>[0-5]\d)(?![\d:])",
        "clockword": b + r"(?:(?P<cp>" + _alt(x["clock_prefix"]) + r")\s+)(?P<cw>" + _alt(x["clock_words"]) + r")" + e,
        "pod": b + r"(?P<cp>am|Am|in\s+der|In\s+der|des|gegen|Gegen)\s+(?P<pod>" + pod_cap + r")" + e,
        "weekday": (
            b + r"(?:(?P<rel>" + rel + r")\s+)?(?P<wd>" + wd + r")(?P<pod>" + pod_low + r")?" + e
        ),
        "night": b + _alt(x["night_to"]) + r"\s+(?P<wd>" + wd + r")" + e,
        # "in der Nacht vom 16. auf den 17. Juni": the night is the 16th's; "17. Juni" is a date of its own
        "nightfrom": (
            b + _alt(x["night_from"]) + r"\s+(?P<d>[0-3]?\d)\.(?=\s*(?:auf|zum|zu|bis)\s+(?:den\s+)?[0-3]?\d\.\s*"
            r"(?P<mon>" + mon + r")" + e + r"(?:\s+(?P<y>" + y4 + r")(?!\d))?)"
        ),
        "weekend": _w(x["weekend"]),
        "relday": b + r"(?P<rd>" + _alt(x["relative_days"]) + r")(?:\s+(?P<pod>" + pod_cap + "|" + pod_low + r"))?" + e,
        "holiday": b + r"(?P<hol>" + _alt(x["holidays"]) + r")" + e + r"(?:\s+(?P<y>" + y4 + r")(?!\d))?",
        "every": b + r"(?P<every>" + _alt(x["every"]) + r")\s+(?P<what>" + wd + r"|" + _alt(x["calendar_nouns"]) + r")" + e,
        "setword": _w(list(x["sets"]) + list(x["weekday_sets"])),
        "ref": _w(x["refs"]),
    }
    return [(name, re.compile(p)) for name, p in rules.items()]


# Which lexicon tables hold the words a rule cannot match without ("digit": any number). Rules run only in
# short windows around those words, which keeps a whole article well under a millisecond.
_RULE_ANCHORS: dict[str, tuple[str, ...]] = {
    "date": ("months",), "numdate": ("digit",), "isodate": ("digit",), "dayonly": ("digit",), "month": ("months",),
    "season": ("seasons",), "year": ("digit",), "yearcont": ("digit",), "after": ("units",),
    "decade": ("digit", "decade_words"), "century": ("digit",), "quarter": ("quarter_nouns", "half_nouns"),
    "boundary": ("boundaries",), "relcal": ("calendar_nouns", "parts_of_day"), "relnoun": ("relative_nouns",),
    "ago": ("units",), "later": ("units",), "in": ("units",), "vague": ("units",), "since": ("units",),
    "duration": ("units",), "long": ("long_adverbs",), "clock": ("digit",), "clockbare": ("digit",),
    "clockword": ("clock_words",), "pod": ("parts_of_day",), "weekday": ("weekdays",), "night": ("weekdays",),
    "nightfrom": ("night_from",), "weekend": ("weekend",),
    "relday": ("relative_days",), "holiday": ("holidays",), "every": ("every",), "setword": ("sets", "weekday_sets"),
    "ref": ("refs",),
}
_WINDOW = (50, 40)  # characters a match may reach before and after the word it needs
_REACH = {r: (50, 14) for r in ("after", "ago", "later", "in", "vague", "since", "duration")} | {
    r: (30, 40) for r in ("numdate", "isodate", "dayonly", "year", "yearcont", "century", "clock", "clockbare")}
_WEEKDAY_LENGTHS = (6, 7, 8, 9, 10)
_TOKEN = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
_SENT_END = re.compile(r"[.!?]\s+[A-ZÄÖÜ]")


def _anchor_index(lex: Lexicon) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for rule, keys in _RULE_ANCHORS.items():
        for key in keys:
            if key == "digit":
                index.setdefault("<digit>", set()).add(rule)
                continue
            for phrase in lex[key]:
                words = _TOKEN.findall(phrase)
                if not words:
                    continue
                word = max(words, key=len)  # the rarest word of a phrase is enough to find it
                for form in (word, word[0].upper() + word[1:], word.lower()):
                    index.setdefault(form, set()).add(rule)
    return index


def _windows(text: str, lex: Lexicon) -> dict[str, list[tuple[int, int]]]:
    """For each rule, the merged stretches of `text` around words it needs."""
    n = len(text)
    words = set(_TOKEN.findall(text))
    hits = [w for w in words if w in lex.anchors or (
        len(w) > 10 and w[0].isupper() and any(w[:k] in lex.weekday_prefixes for k in _WEEKDAY_LENGTHS))]
    points: list[tuple[int, int, set[str]]] = []
    for w in hits:
        rules = lex.anchors.get(w) or {"weekday", "night"}
        i = text.find(w)
        while i >= 0:
            e = i + len(w)
            if (i == 0 or not text[i - 1].isalnum()) and (e == n or not text[e].isalnum()):
                points.append((i, e, rules))
            i = text.find(w, e)
    digit = lex.anchors.get("<digit>", set())
    points.extend((m.start(), m.end(), digit) for m in _DIGITS.finditer(text))
    points.sort(key=lambda p: p[0])
    spans: dict[str, list[tuple[int, int]]] = {}
    for i, j, rules in points:
        for r in rules:
            back, fwd = _REACH.get(r, _WINDOW)
            s, e = max(0, i - back), min(n, j + fwd)
            lst = spans.setdefault(r, [])
            if lst and s <= lst[-1][1]:
                lst[-1] = (lst[-1][0], max(e, lst[-1][1]))
            else:
                lst.append((s, e))
    return spans


# --------------------------------------------------------------------------- calendar helpers


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _add_months(d: date, n: int) -> tuple[int, int]:
    total = d.year * 12 + (d.month - 1) + n
    return total // 12, total % 12 + 1


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _fmt_year(y: int) -> str:
    return f"BC{-y + 1:04d}" if y <= 0 else f"{y:04d}"


# --------------------------------------------------------------------------- tense


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


@lru_cache(maxsize=8)
def _tense_words(lang: str) -> _TenseWords:
    t = lexicon(lang).data.get("tense", {})
    return _TenseWords(
        frozenset(t.get("past_finite", [])), frozenset(t.get("perfect_aux", [])), frozenset(t.get("past_aux", [])),
        frozenset(t.get("future_aux", [])), frozenset(t.get("future_words", [])),
        re.compile(t.get("participle_pattern", r"(?!x)x")), re.compile(t.get("weak_past_pattern", r"(?!x)x")),
        frozenset(t.get("weak_past_exclude", [])),
        re.compile("|".join(re.escape(s) for s in lexicon(lang)["clause_breaks"]) or r"(?!x)x"),
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
                cs, ce = s, e
                for m in tw.breaks.finditer(text, s, e):
                    if m.end() <= pos:
                        cs = m.end()
                    elif m.start() >= pos:
                        ce = m.start()
                        break
                return span_tense(cs, ce) or span_tense(s, e) or "present"
        return "present"

    return fn


# --------------------------------------------------------------------------- extraction


@dataclass
class Found:
    """One time expression: its span (with leading preposition), its core (without) and its normalised value."""

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


@dataclass
class _Ctx:
    text: str
    lex: Lexicon
    pub: date | None
    fallback: bool
    mode: Mode
    tense: TenseFn
    ref: date | None = None  # last mentioned date (day precision) for anaphora
    ref_year: int | None = None
    used_anchor: bool = False
    sent_days: list[tuple[int, date]] = field(default_factory=list)
    pos: int = 0  # start of the expression being normalised

    def clause_tense(self) -> Tense:
        return self.tense(self.pos)

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


def _r_date(m: re.Match[str], ctx: _Ctx) -> Result:
    lex = ctx.lex
    month = lex.lower("months")[re.sub(r"\s+", " ", m["mon"]).lower()]
    day = int(m["d"])
    y = _explicit_year(m) or _of_year(m, ctx)
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
        return "TIME", f"{_fmt_year(y)}-{month:02d}-{day:02d}T{lex['parts_of_day'][m['pod']]}"
    return "DATE", f"{_fmt_year(y)}-{month:02d}-{day:02d}"


def _of_year(m: re.Match[str], ctx: _Ctx) -> int | None:
    """The year of "im April desselben Jahres" / "des folgenden Jahres": the narrative's year, or the anchor's."""
    if not m.groupdict().get("ofy"):
        return None
    y = ctx.year(deictic=False)
    return None if y is None else y + ctx.lex["of_year"][re.sub(r"\s+", " ", m["ofy"])]


def _explicit_year(m: re.Match[str]) -> int | None:
    gd = m.groupdict()
    if gd.get("y"):
        return int(gd["y"])
    if gd.get("ye"):
        y = int(gd["ye"])
        return -y + 1 if _is_bc(gd.get("era") or "") else y
    return None


_BC_CACHE: dict[str, bool] = {}


def _is_bc(era: str) -> bool:
    return bool(era) and ("v" in era.lower()[:2] or "u. z" in era.lower() or "before" in era.lower() or "bc" in era.lower())


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
    month = ctx.lex.lower("months")[mm.group(1).lower()]
    y = int(mm.group(2)) if mm.group(2) else _year_for(ctx, month, int(m["d"]))
    d = _safe_date(y, month, int(m["d"])) if y else None
    return ("DATE", d.isoformat()) if d else None


def _r_month(m: re.Match[str], ctx: _Ctx) -> Result:
    lex = ctx.lex
    mon = re.sub(r"\s+", " ", m["mon"])
    month = lex.lower("months")[mon.lower()]
    y = _explicit_year(m) or _of_year(m, ctx)
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
        if y is None:
            y = _year_for(ctx, month, None)
    if y is None:
        return "DATE", f"XXXX-{month:02d}"
    if not _in_parens(ctx.text, m.start()) and _prev_word(ctx.text, m.start()) not in lex["no_ref_before"]:
        ctx.ref, ctx.ref_year = _safe_date(y, month, 1) or ctx.ref, y
    return "DATE", f"{_fmt_year(y)}-{month:02d}"


def _r_season(m: re.Match[str], ctx: _Ctx) -> Result:
    season = ctx.lex["seasons"][m["season"]]
    y = _explicit_year(m) or _of_year(m, ctx)
    if y is None:
        prev = _prev_word(ctx.text, m.start())
        if not (m["bnd"] or m["rel"] or prev in ctx.lex["span_prefixes"] or prev in ("des", "den", "dem", "diesen")):
            return None
        a = ctx.anchor() if ctx.mode == "news" else None
        if ctx.mode == "narrative":
            y = ctx.ref_year or (ctx.last().year if ctx.last() else None)
        elif a is not None:
            off = ctx.lex["relative_modifiers"].get(m["rel"] or "", 0)
            y = a.year + off
            if not m["rel"]:
                tense = ctx.clause_tense()
                start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
                if tense == "past" and start_month > a.month:
                    y -= 1
                elif tense == "future" and start_month + 2 < a.month:
                    y += 1
    if y is None:
        return "DATE", f"XXXX-{season}"
    _set_ref(ctx, None, y)
    return "DATE", f"{_fmt_year(y)}-{season}"


def _r_year(m: re.Match[str], ctx: _Ctx) -> Result:
    lex = ctx.lex
    y = int(m["y"])
    era = m["era"] or ""
    prev = _prev_word(ctx.text, m.start())
    if not era:
        rng = lex.extra["range_era"].match(ctx.text, m.end(), m.end() + 30)
        era = rng.group(1) if rng else ""
    if era:
        y = -y + 1 if _is_bc(era) else y
    else:
        if len(m["y"]) != 4 or not 1000 <= y <= 2100:
            return None
        if re.match(r"[ \t]*(?:\n|$)", ctx.text[m.end():m.end() + 5]):
            _set_ref(ctx, None, y, m.start())
            return "DATE", _fmt_year(y)
        nxt = _next_words(ctx.text, m.end(), 2)
        if prev in lex["non_time_before"] or prev.rstrip(".") in lex["non_time_before"]:
            return None
        if not m["yn"] and (prev in lex["hedges"] or prev.lower() in ("mit", "insgesamt", "nur", "alle", "auf")) and not _year_range_follows(ctx.text, m.end()):
            return None
        n1 = nxt.split()[0] if nxt else ""
        if any(nxt.startswith(w) for w in lex["non_time_after"] if w[:1].isalpha() or w == "%") and not m["yn"]:
            if n1.rstrip(".,;:") in lex["non_time_after"] or nxt in lex["non_time_after"]:
                return None
        if not m["yn"] and n1[:1].isupper() and n1.rstrip(".,;:") not in lex["months"] and not _sentence_start_before(ctx.text, m.start()):
            if prev not in lex["year_context_before"]:
                return None
    _set_ref(ctx, None, y, m.start())
    if m["y2"]:
        y2 = int(m["y2"]) if len(m["y2"]) == 4 else y // 100 * 100 + int(m["y2"])
        if y2 == y + 1:  # "2021/22", "1939/1940": an ISO 8601 interval of the two years
            return "DATE", f"{_fmt_year(y)}/{_fmt_year(y2)}"
    return "DATE", _fmt_year(y)


def _r_yearcont(m: re.Match[str], ctx: _Ctx) -> Result:
    first = int(ctx.text[m.start() - 5:m.start() - 1])
    y = first // 100 * 100 + int(m["y"])
    return ("DATE", _fmt_year(y)) if 0 < y - first < 10 else None


def _r_after(m: re.Match[str], ctx: _Ctx) -> Result:
    unit = ctx.lex["units"][m["unit"]]
    n = _number(m["num"], ctx.lex)
    a = ctx.last()
    if n is None or a is None:
        return None
    value, d = _shift(a, unit, n)
    return "DATE", value


def _year_range_follows(text: str, pos: int) -> bool:
    return bool(re.match(r"\s*(?:bis|–|-|und)\s*\d{4}", text[pos:pos + 12]))


def _sentence_start_before(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].strip()
    return pos == 0 or before == "" or before[-1:] in ".!?:\n"


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
    if m["era"] and _is_bc(m["era"]):
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
    if unit == "Y":
        y = ctx.year()
        return ("DATE", _fmt_year(y + off)) if y is not None else None
    a = ctx.anchor() if ctx.mode == "news" else ctx.last()
    if a is None:
        return None
    return "DATE", _shift(a, unit, off)[0]


def _r_relcal(m: re.Match[str], ctx: _Ctx) -> Result:
    lex = ctx.lex
    cal = m["cal"]
    pod = lex["parts_of_day"].get(cal) if cal not in lex["calendar_nouns"] else None
    unit = lex["calendar_nouns"].get(cal, "D")
    if m["ana"]:
        off = lex["anaphoric_modifiers"][m["ana"]]
        a = ctx.last()
    else:
        off = lex["relative_modifiers"][m["rel"]]
        a = ctx.last() if unit == "D" or pod else ctx.anchor()
        if m["rel"] in ("diese", "dieser", "diesen", "diesem", "dieses") and unit == "D":
            a = ctx.last()
    if a is None:
        return None
    if pod:
        d = a + timedelta(days=off)
        return "TIME", f"{d.isoformat()}T{pod}"
    if unit == "Y" and ctx.year() is not None:
        return "DATE", _fmt_year(ctx.year() + off)  # type: ignore[operator]
    value, d = _shift(a, unit, off)
    if unit == "D" and d:
        _set_ref(ctx, d)
    return "DATE", value


def _r_relnoun(m: re.Match[str], ctx: _Ctx) -> Result:
    unit, off = ctx.lex["relative_nouns"][m["rn"]]
    if m["y"]:
        y = int(m["y"])
        _set_ref(ctx, None, y, m.start())
        return "DATE", _fmt_year(y + off)
    if unit == "Y" and ctx.year() is not None:
        return "DATE", _fmt_year(ctx.year() + off)  # type: ignore[operator]
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
    unit = ctx.lex["units"][m["unit"]]
    if m["unit"] in ("Jahr", "Jahre", "Tag", "Tage", "Monate", "Woche", "Monat"):
        return None  # "in drei Jahre" is not German; "in einem Jahr"/"in zwei Jahren" are
    n = _number(m["num"], ctx.lex)
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
    if nxt in lex["age_words"]:
        return None
    if num.lower() == "eines" and m["unit"] == "Tages":
        return None
    prev = _prev_word(ctx.text, m.start())
    if prev in lex["non_time_before"]:
        return None
    if num[:1].isdigit() and int(float(num.replace(",", "."))) > 1000 and m["unit"] in ("Jahre", "Jahren"):
        return None
    if num.lower() in ("ein", "eine", "einem", "einen", "einer", "eines") and m["unit"] in ("Jahr", "Tag", "Monat") and not m["lang"]:
        if prev.lower() in ("im", "am", "pro", "jedes", "jeden"):
            return None
    return "DURATION", _duration(_number(num, lex), lex["units"][m["unit"]])


def _r_long(m: re.Match[str], ctx: _Ctx) -> Result:
    return "DURATION", _duration(None, ctx.lex["long_adverbs"][m.group(0)])


def _clock_day(ctx: _Ctx, pos: int) -> date | None:
    for p, d in reversed(ctx.sent_days):
        if p <= pos and not _SENT_END.search(ctx.text, p, pos):
            return d
    return ctx.ref if ctx.mode == "narrative" and ctx.ref else ctx.anchor()


def _r_clock(m: re.Match[str], ctx: _Ctx) -> Result:
    gd = m.groupdict()
    h = int(m["h"])
    mi = int(gd.get("min") or gd.get("min2") or 0)
    if h > 24:
        return None
    if gd.get("pod") in ("abends", "nachts", "abend", "nachmittag") and h < 12:
        h += 12 if gd.get("pod") != "nachts" or h >= 6 else 0
    d = _clock_day(ctx, m.start())
    day = d.isoformat() if d else "XXXX-XX-XX"
    zone = ctx.lex["time_zones"].get(re.sub(r"\s+", " ", gd["tz"])) if gd.get("tz") else ""
    return "TIME", f"{day}T{h:02d}:{mi:02d}{zone}"


def _r_clockword(m: re.Match[str], ctx: _Ctx) -> Result:
    d = _clock_day(ctx, m.start())
    day = d.isoformat() if d else "XXXX-XX-XX"
    return "TIME", f"{day}T{ctx.lex['clock_words'][m['cw']]}"


def _r_pod(m: re.Match[str], ctx: _Ctx) -> Result:
    pod = ctx.lex["clock_words"].get(m["pod"]) or ctx.lex["parts_of_day"][m["pod"]]
    d = _clock_day(ctx, m.start())
    return "TIME", f"{d.isoformat() if d else 'XXXX-XX-XX'}T{pod}"


def _r_weekday(m: re.Match[str], ctx: _Ctx) -> Result:
    wd = ctx.lex["weekdays"][m["wd"]]
    shift = ctx.lex["relative_modifiers"].get(m["rel"] or "", 0)
    d = _weekday_date(ctx, wd, shift)
    if d is None:
        return "DATE", f"XXXX-WXX-{wd}"
    ctx.sent_days.append((m.end(), d))
    if ctx.mode == "narrative":
        _set_ref(ctx, d)
    if m["pod"]:
        return "TIME", f"{d.isoformat()}T{ctx.lex['parts_of_day'][m['pod']]}"
    return "DATE", d.isoformat()


def _r_night(m: re.Match[str], ctx: _Ctx) -> Result:
    wd = ctx.lex["weekdays"][m["wd"]]
    d = _weekday_date(ctx, wd, 0)
    if d is None:
        return "TIME", f"XXXX-WXX-{wd}TNI"
    return "TIME", f"{d.isoformat()}TNI"


def _r_nightfrom(m: re.Match[str], ctx: _Ctx) -> Result:
    month = ctx.lex.lower("months")[re.sub(r"\s+", " ", m["mon"]).lower()]
    day = int(m["d"])
    y = int(m["y"]) if m["y"] else _year_for(ctx, month, day)
    d = _safe_date(y, month, day) if y else None
    return "TIME", (d.isoformat() if d else f"XXXX-{month:02d}-{day:02d}") + "TNI"


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
        return "TIME", f"{d.isoformat()}T{ctx.lex['parts_of_day'][m['pod']]}"
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


def _holiday_date(spec: str, y: int) -> date:
    if spec.startswith("E"):
        return easter(y) + timedelta(days=int(spec[1:]))
    mo, dd = spec.split("-")
    return date(y, int(mo), int(dd))


def _r_every(m: re.Match[str], ctx: _Ctx) -> Result:
    what = m["what"]
    if what in ctx.lex["weekdays"]:
        return "SET", f"XXXX-WXX-{ctx.lex['weekdays'][what]}"
    unit = ctx.lex["calendar_nouns"][what]
    if m["every"] == "alle":
        return None
    return "SET", "P1WE" if unit == "WE" else f"P1{unit}"


def _r_setword(m: re.Match[str], ctx: _Ctx) -> Result:
    w = re.sub(r"\s+", " ", m.group(0))
    if w in ctx.lex["weekday_sets"]:
        return "SET", f"XXXX-WXX-{ctx.lex['weekday_sets'][w]}"
    return "SET", ctx.lex["sets"][w]


def _r_ref(m: re.Match[str], ctx: _Ctx) -> Result:
    return "DATE", ctx.lex["refs"][re.sub(r"\s+", " ", m.group(0))]


_HANDLERS: dict[str, Callable[[re.Match[str], _Ctx], Result]] = {
    "date": _r_date, "numdate": _r_numdate, "isodate": _r_isodate, "dayonly": _r_dayonly, "month": _r_month,
    "season": _r_season, "year": _r_year, "decade": _r_decade, "century": _r_century, "quarter": _r_quarter,
    "boundary": _r_boundary, "relcal": _r_relcal, "relnoun": _r_relnoun, "ago": _r_ago, "later": _r_later, "in": _r_in,
    "vague": _r_vague, "since": _r_since, "duration": _r_duration, "long": _r_long, "clock": _r_clock,
    "clockbare": _r_clock, "clockword": _r_clockword, "pod": _r_pod, "weekday": _r_weekday, "night": _r_night,
    "relday": _r_relday, "nightfrom": _r_nightfrom, "weekend": _r_weekend, "yearcont": _r_yearcont, "after": _r_after, "holiday": _r_holiday, "every": _r_every, "setword": _r_setword, "ref": _r_ref,
}
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
            month = lex.lower("months")[re.sub(r"\s+", " ", m["mon"]).lower()]
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
) -> list[Found]:
    """Every time expression in `text` with its span, core span and normalised value, in text order."""
    lex = lexicon(lang)
    cands = _candidates(text, lex)
    fallback = False
    pub = published
    if pub is None:
        pub = _fallback_anchor(text, lex, cands)
        fallback = pub is not None
    ctx = _Ctx(text, lex, pub, fallback, mode, tense or text_tense_fn(text, lang))
    out: list[Found] = []
    for name, m in cands:
        ctx.used_anchor = False
        ctx.pos = m.start()
        res = _HANDLERS[name](m, ctx)
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
        approx = hedge in lex["approximate_hedges"]
        cs, ce = _timex2_extent(text, s, e, name, m, lex)
        out.append(Found(start, e, cs, ce, text[start:e], typ, value, approx, fallback and ctx.used_anchor, name, mod))
    return out


_BOUNDED = {"decade", "century", "year"}  # rules whose match a boundary word may precede without being part of it


def _mod(m: re.Match[str], name: str, lex: Lexicon) -> str | None:
    """TIMEX3 mod: START/MID/END from "Anfang/Mitte/Ende", MORE_THAN/LESS_THAN from "mehr als"/"weniger als"."""
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
    if lead and not x.protected.match(head, lead.end()) and not (keeps_um and lead.group(1) in ("um", "Um")):
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
    if name in x.keep_whole_rules:
        return s, e
    head = text[s:e]
    lead = x.drop_leading.match(head)
    if lead and not x.protected.match(head, lead.end()) and not (name in x.keep_um_rules and lead.group(1) in ("um", "Um")):
        s += lead.end()
    tail = x.drop_trailing.search(head)
    if tail:
        e -= len(head) - tail.start()
    before = text[max(0, s - 24):s]
    ext = x.keep_before.search(before)
    if ext is None and name in x.article_rules and (name != "year" or m["yn"]):
        ext = x.article.search(before)
    if ext is None and name in x.keep_um_rules:
        ext = x.um.search(before)
    if ext is not None:
        s -= len(before) - ext.start(1)
    return s, e


def find_times(
    text: str, published: date | None, lang: str = "de", tense: TenseFn | None = None, mode: Mode = "news"
) -> list[Time]:
    """The time expressions of `text` as record `Time`s with ids t0, t1, ... in text order."""
    return [
        Time(id=f"t{i}", text=f.text, start=f.start, end=f.end, type=f.type, value=f.value,  # type: ignore[arg-type]
             approximate=f.approximate, mod=f.mod, anchor_fallback=f.anchor_fallback)
        for i, f in enumerate(extract(text, published, lang, tense, mode))
    ]


# --------------------------------------------------------------------------- spaCy component


def doc_tense_fn(doc: Doc, lang: str) -> TenseFn:
    """Clause tense from the doc's tags and morphology when a tagger ran, else from clause words."""
    sents: list[tuple[int, int]] | None = None
    if doc.has_annotation("SENT_START"):
        sents = [(s.start_char, s.end_char) for s in sentences(doc)]
    if not doc.has_annotation("TAG") and not doc.has_annotation("MORPH"):
        return text_tense_fn(doc.text, lang, sents)
    words_fn = text_tense_fn(doc.text, lang, sents)
    fut_lemmas = _tense_words(lang).future_aux
    tw = _tense_words(lang)

    def fn(pos: int) -> Tense:
        sent = next((s for s in sentences(doc) if s.start_char <= pos < s.end_char), None) if sents else doc[:]
        if sent is None:
            return words_fn(pos)
        past = has_aux = has_part = fut = False
        for t in sent:
            tense = t.morph.get("Tense")
            if t.tag_ in ("VVFIN", "VAFIN", "VMFIN") and "Past" in tense:
                past = True
            elif t.tag_ == "VVPP" or (t.tag_ == "VAPP" and t.lower_ == "worden"):
                has_part = True
            elif t.tag_ == "VAFIN" and t.lemma_ in ("haben", "sein"):
                has_aux = True
            elif t.tag_ == "VAFIN" and (t.lemma_ == "werden" or t.lower_ in fut_lemmas):
                fut = True
            elif t.lower_ in tw.future_words:
                fut = True
        if past or (has_aux and has_part):
            return "past"
        if fut:
            return "future"
        return words_fn(pos)

    return fn


class TimeTagger:
    """spaCy component: writes `Doc._.times` (list[Time]) normalised against `Doc._.published`."""

    def __init__(self, nlp: Language, name: str, lang: str | None, mode: str) -> None:
        self.name = name
        self.lang = lang or nlp.lang
        self.mode: Mode = "narrative" if mode == "narrative" else "news"

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.times = find_times(doc.text, doc._.published, self.lang, doc_tense_fn(doc, self.lang), self.mode)
        except (ValueError, KeyError, IndexError, OverflowError):
            doc._.times = []  # one odd document must not stop a batch
        return doc


@Language.factory(
    "whosaid_times",
    assigns=["doc._.times"],
    default_config={"lang": None, "mode": "news"},
)
def make_time_tagger(nlp: Language, name: str, lang: str | None, mode: str) -> TimeTagger:
    """Time expressions for news ("news": deictic anchor = publication date) or history ("narrative")."""
    register_extensions()
    lexicon(lang or nlp.lang)  # fail early on a language without times.json
    return TimeTagger(nlp, name, lang, mode)
