"""Score whosaid's time expressions on WikiWarsDE (TIMEX2) or on our own German news annotation (TIMEX3).

    python -m whosaid.evaluate.timex --shared ../shared [--set wikiwars|news]

Extraction is scored on the expression without a leading preposition or article ("am", "im", "auf den"), because
TIMEX2 leaves them out; our news set keeps the sample's convention (with the preposition) and is scored leniently.
TIMEX2 values are compared with our TIMEX3-style values after `timex2_value`: seconds ":00" dropped from clock
times; everything else (PRESENT_REF/PAST_REF/FUTURE_REF, centuries "19", decades "199", BC years "BC0486", seasons
"1940-SU", durations "P2D", sets "P1D") is written the same way in both schemes and compared as is. WikiWars is
narrative history, so it runs in "narrative" mode: dates without a year take the year of the last date mentioned.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from whosaid.components.times import Found, extract

HEIDELTIME_WIKIWARS = {"strict_f1": 87.7, "lenient_f1": 93.3, "value_acc": 88.5, "strict_value_f1": 78.7}
NEWS_DATA = Path(__file__).resolve().parent / "data" / "timex-news-de.jsonl"
_TAG = re.compile(r"<TIMEX2([^>]*)>|</TIMEX2>|<[^>]+>")


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    value: str
    text: str


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    lenient: int = 0
    value_ok: int = 0
    strict_value: int = 0

    def add(self, other: Score) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def f1(self, hits: int) -> float:
        p = hits / self.pred if self.pred else 0.0
        r = hits / self.gold if self.gold else 0.0
        return 100 * 2 * p * r / (p + r) if p + r else 0.0

    def table(self) -> dict[str, float]:
        return {
            "strict_f1": self.f1(self.strict),
            "lenient_f1": self.f1(self.lenient),
            "value_acc": 100 * self.value_ok / self.lenient if self.lenient else 0.0,
            "strict_value_f1": self.f1(self.strict_value),
        }


def timex2_value(v: str) -> str:
    """A value written so TIMEX2 and our TIMEX3-style values compare (see the module docstring)."""
    v = v.strip()
    v = re.sub(r"(T\d{2}:\d{2}):00$", r"\1", v)
    v = re.sub(r"([+-]\d{2}):00$", r"\1", v)  # UTC offset: TIMEX2 writes +01, we write +01:00
    return v


def read_wikiwars(path: Path) -> tuple[str, date, list[Gold]]:
    """Text (tags removed), document creation date and gold TIMEX2s of one keyinline file."""
    raw = path.read_text(encoding="utf-8")
    dct = date.fromisoformat(re.search(r"<DATETIME>.*?(\d{4}-\d{2}-\d{2})", raw, re.S).group(1))
    body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
    out: list[str] = []
    pos = 0
    stack: list[tuple[int, str]] = []
    golds: list[Gold] = []
    length = 0
    for m in _TAG.finditer(body):
        chunk = body[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(0).startswith("<TIMEX2"):
            val = re.search(r'val="([^"]*)"', m.group(1) or "")
            stack.append((length, val.group(1) if val else ""))
        elif m.group(0) == "</TIMEX2>" and stack:
            s, v = stack.pop()
            golds.append(Gold(s, length, v, ""))
    out.append(body[pos:])
    text = "".join(out)
    golds = [Gold(g.start, g.end, g.value, text[g.start:g.end]) for g in golds]
    return text, dct, sorted(golds, key=lambda g: g.start)


def score(golds: list[Gold], preds: list[tuple[int, int, str]]) -> Score:
    """Strict (same span) and lenient (overlap, one to one) matches and value agreement."""
    sc = Score(gold=len(golds), pred=len(preds))
    used: set[int] = set()
    for g in golds:
        best = None
        for i, (s, e, _v) in enumerate(preds):
            if i in used or not (s < g.end and g.start < e):
                continue
            if (s, e) == (g.start, g.end):
                best = i
                break
            if best is None:
                best = i
        if best is None:
            continue
        used.add(best)
        s, e, v = preds[best]
        sc.lenient += 1
        same_value = timex2_value(v) == timex2_value(g.value)
        sc.value_ok += same_value
        if (s, e) == (g.start, g.end):
            sc.strict += 1
            sc.strict_value += same_value
    return sc


def run_wikiwars(shared: Path, verbose: bool = False) -> Score:
    total = Score()
    for path in sorted((shared / "data" / "timex-wikiwars-de" / "keyinline").glob("*.xml")):
        text, dct, golds = read_wikiwars(path)
        found = extract(text, dct, "de", mode="narrative")
        preds = [(f.core_start, f.core_end, f.value) for f in found]
        sc = score(golds, preds)
        total.add(sc)
        if verbose:
            _show_errors(path.name, text, golds, found)
    return total


def read_news_gold(path: Path = NEWS_DATA) -> dict[str, list[Gold]]:
    by_file: dict[str, list[Gold]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            by_file.setdefault(r["file"], []).append(Gold(r["start"], r["end"], r["value"], r["text"]))
    return by_file


def published_from_name(name: str) -> date | None:
    m = re.search(r"\((\d{4}-\d{2}-\d{2})\)", name)
    return date.fromisoformat(m.group(1)) if m else None


def run_news(shared: Path, verbose: bool = False) -> Score:
    total = Score()
    folder = shared / "data" / "quotes-wikinews-de" / "data" / "test"
    for name, golds in sorted(read_news_gold().items()):
        text = json.loads((folder / name).read_text(encoding="utf-8"))["originalText"]
        for g in golds:
            if text[g.start:g.end] != g.text:
                raise ValueError(f"gold offsets drifted in {name}: {g}")
        found = extract(text, published_from_name(name), "de")
        preds = [(f.start, f.end, f.value) for f in found]
        total.add(score(golds, preds))
        if verbose:
            _show_errors(name, text, golds, found, core=False)
    return total


def _show_errors(name: str, text: str, golds: list[Gold], found: list[Found], core: bool = True) -> None:
    spans = {(f.core_start, f.core_end) if core else (f.start, f.end): f for f in found}
    gold_spans = {(g.start, g.end): g for g in golds}
    for g in golds:
        hit = [f for (s, e), f in spans.items() if s < g.end and g.start < e]
        if not hit:
            print(f"MISS  {name[:30]:30} {g.text!r:40} {g.value}   ...{text[max(0, g.start - 40):g.start]!r}")
        elif timex2_value(hit[0].value) != timex2_value(g.value):
            print(f"VALUE {name[:30]:30} {g.text!r:40} gold={g.value} ours={hit[0].value} ({hit[0].text!r})")
    for (s, e), f in spans.items():
        if not any(s < ge and gs < e for gs, ge in gold_spans):
            print(f"FALSE {name[:30]:30} {f.text!r:40} {f.value}  rule={f.rule}")


def speed(shared: Path, n_docs: int = 148) -> float:
    """Mean milliseconds per article of the news test folder (plain function, no spaCy)."""
    folder = shared / "data" / "quotes-wikinews-de" / "data" / "test"
    docs = [(json.loads(p.read_text(encoding="utf-8"))["originalText"], published_from_name(p.name))
            for p in sorted(folder.glob("*.json"))[:n_docs]]
    extract("Am 1. Mai 2020.", date(2020, 1, 1))  # compile once
    t0 = time.perf_counter()
    words = 0
    for text, pub in docs:
        extract(text, pub)
        words += len(text.split())
    ms = 1000 * (time.perf_counter() - t0) / len(docs)
    return ms * 250 / (words / len(docs))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--set", choices=["wikiwars", "news"], default="wikiwars")
    ap.add_argument("--errors", action="store_true", help="print misses, wrong values and false times")
    args = ap.parse_args()
    if args.set == "wikiwars":
        sc = run_wikiwars(args.shared, args.errors)
        tab = sc.table()
        print(f"WikiWarsDE: {sc.gold} gold, {sc.pred} found")
        print(f"{'':18}{'whosaid':>9}{'HeidelTime':>12}")
        for k, v in tab.items():
            print(f"{k:18}{v:9.1f}{HEIDELTIME_WIKIWARS[k]:12.1f}")
    else:
        sc = run_news(args.shared, args.errors)
        tab = sc.table()
        print(f"news (own annotation): {sc.gold} gold, {sc.pred} found")
        for k, v in tab.items():
            print(f"{k:18}{v:9.1f}")
        print(f"{'ms per 250 words':18}{speed(args.shared):9.3f}")


if __name__ == "__main__":
    main()
