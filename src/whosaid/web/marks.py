"""An article's text cut into segments, each marked with the statement parts and time expressions it lies in.

Statements nest (one reported through another) and their parts interleave, so the text is cut at every boundary of
every part and each piece carries the set of parts it belongs to; the template renders a piece as one element with
those marks as classes and data attributes, and its text escaped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from whosaid.record import Record, Statement, Time

# the class a piece gets for each part of a statement it lies in
ROLE_CLASS = {"speaker": "sp", "cue": "cue", "content": "ct", "quoted": "q", "addressee": "ad"}
KIND_SHORT = {"Direct": "dir", "Indirect": "ind", "Reported": "rep", "FreeIndirect": "free",
              "IndirectFreeIndirect": "ind+free"}


@dataclass
class Segment:
    """A stretch of text (`marker` None), or a statement's badge placed after its content (`text` empty)."""

    text: str
    attrs: dict[str, str] = field(default_factory=dict)
    marker: Statement | None = None


def statement_spans(s: Statement) -> list[tuple[str, Any]]:
    """(role, span) for each marked part of a statement."""
    spans: list[tuple[str, Any]] = []
    if s.speaker:
        spans.append(("speaker", s.speaker))
    if s.cue:
        spans += [("cue", p) for p in (s.cue.parts or [s.cue])]
    spans += [("content", p) for p in (s.content.parts or [s.content])]
    spans += [("quoted", q) for q in s.content.quoted]
    if s.addressee:
        spans.append(("addressee", s.addressee))
    return spans


def time_title(t: Time) -> str:
    """What a time expression's hover shows: its type and normalised value."""
    extra = [f"mod {t.mod}"] if t.mod else []
    extra += ["approximate"] if t.approximate else []
    extra += ["anchored on a guessed date"] if t.anchor_fallback else []
    return f"{t.type} {t.value}" + (f" ({', '.join(extra)})" if extra else "")


def segments(record: Record) -> list[Segment]:
    text = record.article.text
    size = len(text)
    order = {s.id: n for n, s in enumerate(record.statements)}
    spans: list[tuple[int, int, str, str]] = []
    for s in record.statements:
        for role, span in statement_spans(s):
            start, end = max(0, span.start), min(size, span.end)
            if start < end:
                spans.append((start, end, role, s.id))
    times = {t.id: t for t in record.times}
    for t in record.times:
        if max(0, t.start) < min(size, t.end):
            spans.append((max(0, t.start), min(size, t.end), "time", t.id))
    # a statement's badge follows the end of its content
    markers: dict[int, list[Statement]] = {}
    for s in record.statements:
        markers.setdefault(min(size, max(0, s.content.end)), []).append(s)
    cuts = sorted({0, size, *markers, *(a for a, *_ in spans), *(b for _, b, *_ in spans)})
    spans.sort()
    out: list[Segment] = []
    active: list[tuple[int, int, str, str]] = []
    next_span = 0
    for a, b in zip(cuts, cuts[1:] + [None]):
        out += [Segment("", {}, s) for s in markers.get(a, [])]
        if b is None:
            break
        active = [sp for sp in active if sp[1] > a]
        while next_span < len(spans) and spans[next_span][0] <= a:
            if spans[next_span][1] > a:
                active.append(spans[next_span])
            next_span += 1
        out.append(Segment(text[a:b], _attrs(active, order, times)))
    return out


def _attrs(active: list[tuple[int, int, str, str]], order: dict[str, int], times: dict[str, Time]) -> dict[str, Any]:
    if not active:
        return {}
    by_role: dict[str, list[str]] = {}
    for _, _, role, ident in active:
        by_role.setdefault(role, []).append(ident)
    attrs: dict[str, Any] = {}
    classes = [ROLE_CLASS[role] for role in ROLE_CLASS if role in by_role]
    statements = sorted({ident for role, ids in by_role.items() if role != "time" for ident in ids},
                        key=lambda i: order.get(i, 0))
    for role in ROLE_CLASS:
        if role in by_role:
            attrs[f"data-{role}"] = " ".join(sorted(set(by_role[role]), key=lambda i: order.get(i, 0)))
    depth = len(set(by_role.get("content", [])))
    if depth > 1:
        classes.append(f"nest{min(depth, 3)}")
    if statements:
        # the innermost statement: the one this piece is a part of that starts last
        attrs["data-s"] = max(((start, order.get(ident, 0), ident) for start, _, role, ident in active
                               if role != "time"))[2]
    if "time" in by_role:
        classes.append("tx")
        attrs["data-time"] = by_role["time"][0]
        attrs["title"] = "; ".join(time_title(times[i]) for i in by_role["time"])
    attrs["class"] = " ".join(classes)
    return attrs
