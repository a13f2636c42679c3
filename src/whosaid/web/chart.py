"""Small bar charts computed on the server and drawn as inline SVG by the templates (no JavaScript)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

WIDTH, HEIGHT = 900, 160
LEFT, RIGHT, TOP, BOTTOM = 76, 6, 8, 30  # LEFT holds half a date label drawn large on a phone
MIN_SLOTS = 14  # a few bars stay narrow
MAX_TICKS = 10
LABEL_CHAR = 7.2  # width of a tick label's character at the chart's font size, in viewBox units


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    series: str
    title: str


@dataclass
class Tick:
    x: float
    label: str
    alt: bool = False  # every other label, hidden on narrow screens where labels are drawn larger


@dataclass
class Chart:
    bars: list[Bar]
    ticks: list[Tick]
    legend: list[tuple[str, str]]
    top: int
    label: str
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    baseline: float = HEIGHT - BOTTOM
    total: int = 0
    periods: list[str] = field(default_factory=list)


def bar_chart(rows: Iterable[dict[str, Any]], series: list[tuple[str, str]], label: str) -> Chart | None:
    """Stacked bars from the rows of `queries.periods` (day: the period's first day, unit: day, month or year, key:
    the series, n); `series` lists (key, legend label) in stacking order (the legend shows those present); None when
    there is nothing to draw."""
    buckets: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    keys = {key for key, _ in series}
    unit = "day"
    for row in rows:
        if row["day"] is None or not row["n"]:
            continue
        unit = row["unit"]
        buckets[row["day"]][row["key"] if row["key"] in keys else series[-1][0]] += int(row["n"])
    if not buckets:
        return None
    first, last = min(buckets), max(buckets)
    if unit == "day":
        periods = [date.fromordinal(o) for o in range(first.toordinal(), last.toordinal() + 1)]
        name = date.isoformat
    elif unit == "month":
        start = first.year * 12 + first.month - 1
        count = (last.year - first.year) * 12 + last.month - first.month + 1
        periods = [date(m // 12, m % 12 + 1, 1) for m in range(start, start + count)]

        def name(d: date) -> str:
            return f"{d.year}-{d.month:02d}"
    else:
        periods = [date(y, 1, 1) for y in range(first.year, last.year + 1)]

        def name(d: date) -> str:
            return str(d.year)
    names = [name(p) for p in periods]
    top = max(sum(per.values()) for per in buckets.values())
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(periods), MIN_SLOTS)
    gap = min(2.0, step * 0.2)
    bars = []
    for i, period in enumerate(periods):
        y = float(HEIGHT - BOTTOM)
        for key, legend in series:
            n = buckets.get(period, {}).get(key, 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            bars.append(Bar(round(LEFT + i * step + gap / 2, 2), round(y, 2), round(max(step - gap, 0.5), 2),
                            round(h, 2), key, f"{names[i]}: {n} {legend}"))
    widest = max(len(n) for n in names) * LABEL_CHAR + 10
    every = max(1, -(-len(periods) // MAX_TICKS), -(-int(widest) // max(int(step), 1)))
    ticks = [Tick(round(LEFT + (i + 0.5) * step, 2), names[i], n % 2 == 1)
             for n, i in enumerate(range(0, len(periods), every))]
    present = {b.series for b in bars}
    total = sum(sum(per.values()) for per in buckets.values())
    return Chart(bars, ticks, [(k, v) for k, v in series if k in present], top, label, total=total, periods=names)
