"""Pairs quotation marks of every style into quoted stretches of text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> closing marks that may end it; a straight mark closes itself
PAIRS: dict[str, tuple[str, ...]] = {
    "„": ("“", '"', "”"),
    "“": ("”", "“", '"'),  # “…“ is a common slip for “…” or „…“
    "»": ("«",),
    "«": ("»",),
    "›": ("‹",),
    "‹": ("›",),
    '"': ('"',),
    "‚": ("‘", "’", "'"),
}
OPENERS = re.compile("[" + re.escape("".join(PAIRS)) + "]")
_WORDISH = str.isalnum


@dataclass(frozen=True)
class Quoted:
    """A quoted stretch: `start`/`end` are the inner text, `open`/`close` include the marks."""

    open: int
    start: int
    end: int
    close: int


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return _WORDISH(before) and (_WORDISH(after) or after in " .,;")


def find_quoted(text: str, max_len: int = 6000) -> list[Quoted]:
    """Return the outermost quoted stretches in `text`, in order; unmatched marks are ignored."""
    found: list[Quoted] = []
    resume = 0
    for match in OPENERS.finditer(text):
        i = match.start()
        if i < resume:
            continue
        ch = text[i]
        if (ch in "\"'" and not _opens(text, i)) or (ch == "‚" and _is_apostrophe(text, i)):
            continue
        j = _find_close(text, i, PAIRS[ch], max_len)
        if j is None:
            continue
        if text[i + 1 : j].strip():
            found.append(Quoted(open=i, start=i + 1, end=j, close=j + 1))
        resume = j + 1
    return found


def _opens(text: str, i: int) -> bool:
    """A straight quote opens when it is not glued to a word on its left."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] == "'" and _is_apostrophe(text, i):
        return False
    return not _WORDISH(before) and not after.isspace()


def _find_close(text: str, i: int, closers: tuple[str, ...], max_len: int) -> int | None:
    limit = min(len(text), i + max_len)
    opener = text[i]
    depth = 0
    for j in range(i + 1, limit):
        ch = text[j]
        if ch == "\n" and j + 1 < limit and text[j + 1] == "\n" and opener in "\"'":
            return None  # straight quotes do not run over paragraph breaks
        if ch in closers:
            # "‚Ich habe mir nichts vorzuwerfen', sagte er": after a low single mark, a straight one before a
            # punctuation mark closes the quote; elsewhere it may be an apostrophe ("Jonas' Buch", "geht's.")
            closes_low = opener == "‚" and ch == "'" and j + 1 < len(text) and text[j + 1] in ",.;:!?"
            if ch in "'’" and _is_apostrophe(text, j) and not closes_low:
                continue
            if depth == 0:
                return j
            depth -= 1
        elif ch == opener and opener not in "\"'":
            depth += 1
    return None
