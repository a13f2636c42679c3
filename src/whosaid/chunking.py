"""Long texts in pieces: cut at paragraph boundaries, analyse each piece, merge the records with whole-text offsets.

The model's tok2vec and several components grow faster than the text (a 950 KB article took minutes and GBs as one
spaCy Doc, and spaCy refuses a Doc over 1,000,000 characters), so a text longer than CHUNK_ABOVE is analysed in
pieces of about CHUNK_CHARS: time and memory then grow linearly. A piece ends after a blank line, else after a line
break, else (a giant paragraph) after a sentence end, else at a space, so no statement is cut inside its sentence.
What crosses a piece boundary is lost: a pronoun speaker whose antecedent is in the previous piece, a continuation
or contradiction across pieces. Entities of the same type and name in different pieces are one entity.
"""

from __future__ import annotations

import re
from typing import Any

from whosaid.record import Record, article_id

CHUNK_ABOVE = 20_000  # characters; every WikiNews article (at most 12,000) is one Doc, as before
CHUNK_CHARS = 10_000
SENTENCE_END = re.compile(r"[.!?…][\"'»«“”)\]]*\s+")


def text_chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces that cover `text` in order, each at most `size` characters."""
    pieces, start = [], 0
    while len(text) - start > size:
        end = start + size
        cut = _cut(text, start, end)
        pieces.append((start, cut))
        start = cut
    if start < len(text) or not pieces:
        pieces.append((start, len(text)))
    return pieces


def _cut(text: str, start: int, end: int) -> int:
    """Where a piece starting at `start` ends, at most at `end`: the latest good boundary in its second half."""
    floor = start + (end - start) // 2
    for boundary in ("\n\n", "\n"):
        at = text.rfind(boundary, floor, end)
        if at != -1:
            return at + len(boundary)
    last = None
    for m in SENTENCE_END.finditer(text, floor, end):
        last = m.end()
    if last is not None:
        return last
    at = text.rfind(" ", floor, end)
    return at + 1 if at != -1 else end


def merge_records(text: str, parts: list[tuple[int, Record]]) -> Record:
    """One record for `text` from the records of its pieces (each with the offset where its piece starts)."""
    first = parts[0][1]
    entities: dict[tuple[str, str], dict[str, Any]] = {}
    statements: list[dict[str, Any]] = []
    times: list[dict[str, Any]] = []
    contradictions: list[dict[str, Any]] = []
    for offset, record in parts:
        data = _shifted(record.model_dump(exclude={"article"}), offset)
        entity_ids: dict[str, str] = {}
        for e in data["entities"]:
            key = (e["type"], e["name"])
            if key not in entities:
                entities[key] = {**e, "id": f"e{len(entities)}", "mentions": [], "aliases": []}
            merged = entities[key]
            merged["mentions"] += e["mentions"]
            merged["aliases"] = sorted(set(merged["aliases"]) | set(e["aliases"]))
            entity_ids[e["id"]] = merged["id"]
        time_ids = {t["id"]: f"t{len(times) + n}" for n, t in enumerate(data["times"])}
        times += [{**t, "id": time_ids[t["id"]]} for t in data["times"]]
        statement_ids = {s["id"]: f"s{len(statements) + n}" for n, s in enumerate(data["statements"])}
        for s in data["statements"]:
            s["id"] = statement_ids[s["id"]]
            for link in ("via", "continues", "refers_to"):
                s[link] = statement_ids.get(s[link]) if s[link] else None
            for link in ("time", "event_time"):
                s[link] = time_ids.get(s[link]) if s[link] else None
            if s["speaker"]:
                for link in ("entity", "organization"):
                    s["speaker"][link] = entity_ids.get(s["speaker"][link]) if s["speaker"][link] else None
            statements.append(s)
        contradictions += [{**c, "claim": statement_ids[c["claim"]], "counter": statement_ids[c["counter"]]}
                           for c in data["contradictions"]]
    article = first.article.model_copy(update={"id": article_id(text), "text": text})
    return Record.model_validate({"schema_version": first.schema_version, "article": article.model_dump(),
                                  "entities": list(entities.values()), "statements": statements, "times": times,
                                  "contradictions": contradictions})


def _shifted(value: Any, offset: int) -> Any:
    """`value` with every start/end offset moved by `offset` (in place)."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            value["start"] += offset
            value["end"] += offset
        for v in value.values():
            if isinstance(v, (dict, list)):
                _shifted(v, offset)
    elif isinstance(value, list):
        for v in value:
            _shifted(v, offset)
    return value
