"""Calendar arithmetic: Easter, month and week arithmetic, safe dates, TIMEX3 years and holiday dates."""

from __future__ import annotations

from datetime import date, timedelta


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


def _holiday_date(spec: str, y: int) -> date:
    if spec.startswith("E"):
        return easter(y) + timedelta(days=int(spec[1:]))
    mo, dd = spec.split("-")
    return date(y, int(mo), int(dd))
