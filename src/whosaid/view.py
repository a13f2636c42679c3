"""A readable terminal view of a record (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from whosaid.record import Record


def print_record(record: Record, console: Console | None = None) -> None:
    console = console or Console()
    art = record.article
    console.print(f"[bold]{art.title or art.id}[/]  {art.language}  published {art.published or 'unknown'}"
                  + (f"  {art.outlet}" if art.outlet else ""))
    times = {t.id: t for t in record.times}
    table = Table(title="Statements", show_lines=True)
    for col in ("id", "speaker", "cue", "content", "kind / stance", "when", "links"):
        table.add_column(col, overflow="fold")
    for s in record.statements:
        speaker = "—"
        if s.speaker:
            speaker = s.speaker.text + (f"\n= {s.speaker.resolved}" if s.speaker.resolved and s.speaker.resolved != s.speaker.text else "")
        if s.addressee:
            speaker += f"\nto {s.addressee.text}"
        links = ", ".join(f"{k} {v}" for k, v in (("via", s.via), ("continues", s.continues), ("answers", s.refers_to)) if v)
        when = times[s.time].value if s.time in times else ""
        table.add_row(s.id, speaker, s.cue.text if s.cue else "—", s.content.text,
                      f"{s.kind}\n{s.stance}" + (f"\n{s.medium}" if s.medium else ""), when, links)
    console.print(table)
    if record.times:
        tt = Table(title="Times")
        for col in ("text", "type", "value"):
            tt.add_column(col)
        for t in record.times:
            tt.add_row(t.text, t.type, t.value + (" ~" if t.approximate else "") + (f" ({t.mod})" if t.mod else ""))
        console.print(tt)
    if record.entities:
        et = Table(title="Entities")
        for col in ("name", "type", "mentions"):
            et.add_column(col, overflow="fold")
        for e in record.entities:
            et.add_row(e.name, e.type, ", ".join(sorted({m.text for m in e.mentions})))
        console.print(et)
    for c in record.contradictions:
        console.print(f"[red]contradiction[/] {c.claim} ↔ {c.counter}: {c.reason}")
