"""Time words of one language and the regex grammar compiled from them (rules, anchor words, windows)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, as one non-capturing group."""
    base = [w for w in words if w]
    forms = sorted(set(base) | {w[0].upper() + w[1:] for w in base if w[0].islower()}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + ")"


def _some(words: Iterable[str]) -> str:
    """`_alt`, or a pattern that never matches where a language lists no such words (an empty `_alt` matches "")."""
    words = [w for w in words if w]
    return _alt(words) if words else r"(?!x)x"


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
    _lowered: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.data.get(key, {} if key not in _LIST_KEYS else [])

    def month(self, name: str) -> int:
        """The number of a month name as matched ("März", "Sept.", "Jänner"), whatever its case and spacing."""
        return self.lower("months")[" ".join(name.split()).lower()]

    def lower(self, key: str) -> Any:
        """The table `key` with lower-cased keys, or the word list `key` as a lower-cased set (built once)."""
        if key not in self._lowered:
            value = self[key]
            self._lowered[key] = ({k.lower(): v for k, v in value.items()} if isinstance(value, dict)
                                  else {w.lower() for w in value})
        return self._lowered[key]


_LIST_KEYS = {
    "ambiguous_months", "night_to", "present_is_ref_in_narrative", "vague_numbers", "quarter_nouns", "half_nouns",
    "decade_suffix", "century_nouns", "year_nouns", "era_bc", "era_ad", "boundary_links", "every", "ago", "in_future",
    "later", "earlier", "since", "duration_suffix", "duration_prefix", "hedges", "approximate_hedges", "clock_suffix",
    "clock_prefix", "span_prefixes", "article_words", "year_context_before", "non_time_before", "non_time_after",
    "age_words", "age_range_before", "age_holders", "age_range_links", "not_durations", "indefinite_articles", "per_unit_before", "clause_breaks", "after_prefix", "dative_plural_units", "no_ref_before", "weekend",
    "sentence_initial_relative_days", "night_from", "part_of_day_prefixes", "season_articles", "count_words_before",
    "demonstratives", "night_from_links", "within", "part_of_day_adjectives", "week_nouns",
}


@lru_cache(maxsize=8)
def lexicon(lang: str = "de") -> Lexicon:
    """Load and compile the time grammar for `lang` once per process."""
    text = resources.files("whosaid").joinpath(f"lang/{lang}/times.json").read_text(encoding="utf-8")
    data = json.loads(text)
    for key, table in data.items():  # a sentence may start with any word: accept "Zwei Tage später"
        if isinstance(table, dict) and key not in ("tense", "timex2_extent", "direction"):
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
        # "zwischen März und August 2028": the first month of a range takes the year written after the second
        "range_month_year": re.compile(r"\s*" + _some(lex.data.get("month_range_links", [])) + r"\s*(?:(?:"
                                       + _alt(lex["boundaries"]) + r")\s+)?(" + mon + r")\s+(\d{4})(?!\d)"),
        "range_era": re.compile(r"\s*(?:–|-|bis|/)\s*\d{1,4}\s+(" + era + ")"),
        "boundary_before": re.compile(r"(?<!\w)(" + _alt(lex["boundaries"]) + r")(?:\s+" + _alt(lex["article_words"])
                                      + r")?\s+$"),
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
            um=before(alt("approximate_prepositions")),
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
    # "Winter 2020/21": the second year belongs to the expression (the value names the first)
    not_a_day = r"(?![\d/]|\.\s*" + mon + r")"  # "1778/16. September": 16 is a day, not a year
    # "im März 2000 Stellen": a count, not the year of the month
    count = r"(?!\s+" + _some(w for w in x["non_time_after"] if w[:1].isalpha()) + r"(?!\w))"
    yr = (r"(?:(?P<y>" + y4 + r")(?:/\d{2}(?:\d{2})?" + not_a_day + r")?(?!\d)" + count + r"|(?P<ye>\d{1,4})\s+(?P<era>"
          + era + "))")
    b = r"(?<![\w])"
    e = r"(?![\w])"
    dec_words = _alt(x["decade_words"])
    dec_suffix = _alt(x["decade_suffix"])
    # "im April desselben Jahres", "im Juni des Jahres 1918"
    ofy = r"(?:\s+(?P<ofy>" + _alt({**x["of_year"], **x["of_year_deictic"]}) + r"))?" if x["of_year"] else ""
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
            r"(?:/(?P<y2>\d{4}|\d{2})" + not_a_day + r"(?![\w]|[.,:]\d))?"  # "2021/22": a season or school year
            r"(?:\s+(?P<era>" + era + r"))?(?![\w]|[.,:]\d)"
        ),
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
        # "fünf Jahren und drei Monaten": a sentence in two units is one duration
        "duration": (
            b + hedge + r"(?P<num>" + num + r")\s+(?P<unit>" + units + r")" + e
            + r"(?:\s+" + _some(x.data.get("duration_links", [])) + r"\s+(?P<num2>" + num + r")\s+(?P<unit2>" + units
            + r")" + e + r")?"
            + r"(?:\s+(?P<lang>" + _alt(x["duration_suffix"]) + r"))?" + e
        ),
        "long": _w(x["long_adverbs"]),
        "clock": (
            r"(?<![\w.,:])(?:(?P<cp>" + _alt(x["clock_prefix"]) + r")\s+)?(?P<h>[0-2]?\d)(?:[.:](?P<min>[0-5]\d))?\s*"
            + _alt(x["clock_suffix"]) + e + r"(?:\s+(?P<min2>[0-5]?\d)(?![\w.,]))?(?:\s+(?P<pod>" + pod_low + r"|" + _alt(x["clock_day_parts"]) + r"))?" + e
            + r"(?:\s+(?P<tz>" + _alt(x["time_zones"]) + r")" + e + r")?"
        ),
        "clockbare": r"(?<![\w])(?P<cp>" + _alt(x["clock_prefix"]) + r")\s+(?P<h>[0-2]?\d):(?P<min>[0-5]\d)(?![\d:])",
        "clockword": b + r"(?:(?P<cp>" + _alt(x["clock_prefix"]) + r")\s+)(?P<cw>" + _alt(x["clock_words"]) + r")" + e,
        "pod": (
            b + r"(?P<cp>" + _alt(x["part_of_day_prefixes"]) + r")\s+(?:" + _some(x["part_of_day_adjectives"])
            + r"\s+)?(?P<pod>" + pod_cap + r")" + e
        ),
        "weekday": (  # "am Montag", "am kommenden Freitagabend", "am gestrigen Dienstag", "am Montag vergangener Woche"
            b + r"(?:(?P<rel>" + rel + r")\s+|(?P<dayadj>" + _some(x["relative_day_adjectives"]) + r")\s+)?(?P<wd>" + wd
            + r")(?P<pod>" + pod_low + r")?" + e
            + r"(?:\s+(?:" + _alt(x["article_words"]) + r"\s+)?(?P<wrel>" + rel + r")\s+" + _some(x["week_nouns"]) + e + ")?"
        ),
        # "in der Nacht zum Freitag", "in der Nacht auf den 3. Mai": the night that ends on that day
        "night": (
            b + _alt(x["night_to"]) + r"\s+(?:(?:(?P<rel>" + rel + r")\s+)?(?P<wd>" + wd + r")" + e
            + r"|(?P<d>[0-3]?\d)\.\s*(?P<mon>" + mon + r")" + e + r"(?:\s+(?P<y>" + y4 + r")(?!\d))?)"
        ),
        # "in der Nacht vom 16. auf den 17. Juni": the night is the 16th's; "17. Juni" is a date of its own
        "nightfrom": (
            b + _alt(x["night_from"]) + r"\s+(?P<d>[0-3]?\d)\.(?=\s*" + _alt(x["night_from_links"]) + r"\s+(?P<d2>[0-3]?\d)\.\s*"
            r"(?P<mon>" + mon + r")" + e + r"(?:\s+(?P<y>" + y4 + r")(?!\d))?)"
        ),
        "weekend": _w(x["weekend"]),
        "relday": b + r"(?P<rd>" + _alt(x["relative_days"]) + r")(?:\s+(?P<pod>" + pod_cap + "|" + pod_low + r"))?" + e,
        "holiday": b + r"(?P<hol>" + _alt(x["holidays"]) + r")" + e + r"(?:\s+(?P<y>" + y4 + r")(?!\d))?",
        "every": b + r"(?P<every>" + _alt(x["every"]) + r")\s+(?P<what>" + wd + r"|" + _alt(x["calendar_nouns"]) + r")" + e,
        "setword": _w(list(x["sets"]) + list(x["weekday_sets"])),
        "ref": _w(x["refs"]),
    }
    if x.data.get("month_first"):
        # English: "March 3, 2025", "Jan. 5", "Tuesday, Jan. 5"; and "3 March 2025" without the German dot
        never = r"(?P<pod>(?!x)x)?"
        rules["mdate"] = (
            b + never + r"(?:(?P<wd>" + wd + r"),?\s+)?(?P<mon>" + mon + r")\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
            r"(?![\d:])(?:,?\s+" + yr + r")?"
        )
        rules["dmy"] = (
            b + never + r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>" + mon + r")" + e + r"(?:,?\s+" + yr + r")?"
        )
        # "Tuesday morning", "last Friday night": the part of the day is a word of its own
        rules["wdpod"] = (
            b + r"(?:(?P<rel>" + rel + r")\s+)?(?P<wd>" + wd + r")\s+(?P<pod>" + pod_low + r")" + e
        )
        # "the end of June", "early March 2026"
        rules["bndmonth"] = (
            b + r"(?P<slash>(?!x)x)?(?P<bnd>" + bnd + r")\s+(?:of\s+)?(?P<mon>" + mon + r")" + e
            + r"(?:,?\s+" + yr + r")?"
        )
        # "10 p.m.", "at 7:30 a.m.": the half of the day follows the hour
        rules["clockampm"] = (
            r"(?<![\w.,:])(?:(?P<cp>" + _alt(x["clock_prefix"]) + r")\s+)?(?P<h>[01]?\d)(?:[.:](?P<min>[0-5]\d))?\s*"
            r"(?P<pod>" + _alt(x["clock_day_parts"]) + r")(?![\w])"
            + r"(?:\s+(?P<tz>" + _alt(x["time_zones"]) + r")" + e + r")?"
        )
    return [(name, re.compile(p)) for name, p in rules.items()]


# Which lexicon tables hold the words a rule cannot match without ("digit": any number). Rules run only in
# short windows around those words, which keeps a whole article well under a millisecond.
_RULE_ANCHORS: dict[str, tuple[str, ...]] = {
    "date": ("months",), "mdate": ("months",), "dmy": ("months",), "wdpod": ("weekdays",),
    "bndmonth": ("boundaries",), "clockampm": ("digit",), "numdate": ("digit",), "isodate": ("digit",), "dayonly": ("digit",), "month": ("months",),
    "season": ("seasons",), "year": ("digit",), "after": ("units",),
    "decade": ("digit", "decade_words"), "century": ("digit",), "quarter": ("quarter_nouns", "half_nouns"),
    "boundary": ("boundaries",), "relcal": ("calendar_nouns", "parts_of_day"), "relnoun": ("relative_nouns",),
    "ago": ("units",), "later": ("units",), "in": ("units",), "vague": ("units",), "since": ("units",),
    "duration": ("units",), "long": ("long_adverbs",), "clock": ("digit",), "clockbare": ("digit",),
    "clockword": ("clock_words",), "pod": ("parts_of_day",), "weekday": ("weekdays",),
    "night": ("weekdays", "night_to"),
    "nightfrom": ("night_from",), "weekend": ("weekend",),
    "relday": ("relative_days",), "holiday": ("holidays",), "every": ("every",), "setword": ("sets", "weekday_sets"),
    "ref": ("refs",),
}
_WINDOW = (50, 40)  # characters a match may reach before and after the word it needs
_REACH = {r: (50, 14) for r in ("after", "ago", "later", "in", "vague", "since", "duration")} | {
    r: (30, 40) for r in ("numdate", "isodate", "dayonly", "year", "century", "clock", "clockbare")}
_WEEKDAY_LENGTHS = (6, 7, 8, 9, 10)  # "Montag" to "Donnerstag"; with a part of the day ("Montagfrüh") 10 or more
_TOKEN = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")


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
        len(w) >= 10 and w[0].isupper() and any(w[:k] in lex.weekday_prefixes for k in _WEEKDAY_LENGTHS))]
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
