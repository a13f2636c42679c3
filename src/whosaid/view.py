"""A readable terminal view of a record (rich).

Article text is data, never markup: every cell is a `rich.text.Text`, so "[/]" or "[link=...]" in an article is
printed as written. Columns wrap at word boundaries; a word wider than its column ends in "…" instead of being
split across lines.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from whosaid.record import Record, Time

GUESSED = " (guessed)"  # a value normalised against a publication date guessed from the text


def literal(value: object) -> Text:
    """A table cell or line that shows `value` exactly as written (no markup, no emoji codes, no highlighting)."""
    return Text("" if value is None else str(value))


def add_columns(table: Table, names: list[str] | tuple[str, ...], narrow: frozenset[str] = frozenset(),
                paths: frozenset[str] = frozenset()) -> None:
    """Columns that wrap by words; `narrow` ones (ids, dates, labels) never wrap and end in "…" when cut; `paths`
    (file names, URLs: no words to keep whole) fold so that all of them shows."""
    for name in names:
        if name in paths:
            table.add_column(name, overflow="fold")
        elif name in narrow:
            table.add_column(name, no_wrap=True, overflow="ellipsis")
        else:
            table.add_column(name, overflow="ellipsis")


def time_value(t: Time) -> str:
    return (t.value + (" ~" if t.approximate else "") + (f" ({t.mod})" if t.mod else "")
            + (GUESSED if t.anchor_fallback else ""))


def print_record(record: Record, console: Console | None = None) -> None:
    console = console or Console()
    art = record.article
    head = Text.assemble((art.title or art.id, "bold"), f"  {art.language}  published {art.published or 'unknown'}",
                         f"  {art.outlet}" if art.outlet else "")
    console.print(head)
    times = {t.id: t for t in record.times}
    if any(t.anchor_fallback for t in record.times):
        console.print(literal("no publication date given: relative dates are resolved against a date guessed from "
                              "the text and marked (guessed); give --published YYYY-MM-DD"))
    rows = []
    for s in record.statements:
        speaker = "—"
        if s.speaker:
            speaker = s.speaker.text + (f"\n= {s.speaker.resolved}" if s.speaker.resolved and s.speaker.resolved != s.speaker.text else "")
        if s.addressee:
            speaker += f"\nto {s.addressee.text}"
        links = [f"{k} {v}" for k, v in (("via", s.via), ("continues", s.continues), ("answers", s.refers_to)) if v]
        when = [time_value(times[s.time])] if s.time in times else []
        details = [s.kind, s.stance, *([s.medium] if s.medium else []), *when, *links]
        rows.append((s.id, speaker, s.cue.text if s.cue else "—", s.content.text, "\n".join(details)))
    # kind, stance, medium, time and links share one column, so the content keeps its width at 80 columns
    table = Table(title="Statements", show_lines=True)
    add_columns(table, ("id", "speaker", "cue", "content", "kind / when"), narrow=frozenset({"id"}))
    for row in rows:
        table.add_row(*map(literal, row))
    console.print(table)
    if record.times:
        tt = Table(title="Times")
        add_columns(tt, ("text", "type", "value"), narrow=frozenset({"type", "value"}))
        for t in record.times:
            tt.add_row(literal(t.text), literal(t.type), literal(time_value(t)))
        console.print(tt)
    if record.entities:
        et = Table(title="Entities")
        add_columns(et, ("name", "type", "mentions"), narrow=frozenset({"type"}))
        for e in record.entities:
            et.add_row(literal(e.name), literal(e.type), literal(", ".join(sorted({m.text for m in e.mentions}))))
        console.print(et)
    for c in record.contradictions:
        console.print(Text.assemble(("contradiction", "red"), f" {c.claim} ↔ {c.counter}: {c.reason}"))
