"""Finds the articles in ingest sources (folders, JSONL, WikiNews JSON, RSS/Atom feeds, WARC) and reads each one.

`find_items` is cheap and runs in the ingest's parent process: it lists items (a file, or a line, an entry or a
record inside a container, by offset) so the progress bar knows the total. `load_item` does the reading and HTML
extraction and runs in the worker processes. Both report bad input as `InputError`.

Source kinds, by file name:
  folder                recursively, every file of the kinds below (hidden files skipped)
  .txt / .html .htm     one article (`whosaid.ingest.text.read_path`); a YYYY-MM-DD in the name is the date
  .jsonl .ndjson        one article per line: {"text" or "html", "url", "published", "title", "outlet"}
  .json                 a WikiNews quotation-corpus document ("wikinews-json": `originalText`, `documentName`,
                        date "(YYYY-MM-DD)" in the file name), or one object with the JSONL fields
  .xml .rss .atom       an RSS or Atom feed: one article per item, from its content, summary or description
  .warc .warc.gz        every HTTP response record with an HTML body
"""

from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlparse

from whosaid.errors import InputError
from whosaid.ingest.text import (
    HTML_SUFFIXES,
    MAX_BYTES,
    InputDoc,
    clean_text,
    from_html,
    looks_like_html,
    read_bytes,
    read_path,
)

TEXT_SUFFIXES = {".txt", ".text"} | HTML_SUFFIXES
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
WARC_SUFFIXES = (".warc", ".warc.gz")
WIKINEWS_OUTLET = "Wikinews"
WIKINEWS_TITLE = re.compile(r"^\d+\s+-\s+(.*?)\s*\(\d{4}-\d{2}-\d{2}\)\s*$")
TAG = re.compile(r"<[^>]+>")
SHORT_FRAGMENT = 2_000  # characters: a feed item's summary, not a page for trafilatura


@dataclass(frozen=True)
class Item:
    """One article to read: a file, or a piece of a container file found at `offset` (or carried in `fields`)."""

    source: str
    kind: str  # file | jsonl | wikinews | record | warc
    path: str
    offset: int = 0
    fields: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


def source_kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "file"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix == ".json":
        return "json"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return None


def find_items(sources: list[str], max_bytes: int = MAX_BYTES) -> Iterator[Item | InputError]:
    """Every item in `sources`, in a stable order; unreadable containers and entries come as InputError."""
    for source in sources:
        p = Path(source)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and source_kind(f)
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            for f in files:
                yield from _items_of_file(f, max_bytes)
        elif p.exists():
            yield from _items_of_file(p, max_bytes)
        else:
            yield InputError(source, "no such file or directory")


def _items_of_file(p: Path, max_bytes: int) -> Iterator[Item | InputError]:
    kind = source_kind(p) or "file"
    try:
        if kind == "file":
            yield Item(str(p), "file", str(p))
        elif kind == "json":
            yield Item(str(p), "json", str(p))
        elif kind == "jsonl":
            yield from _jsonl_items(p, max_bytes)
        elif kind == "feed":
            yield from _feed_items(p, max_bytes)
        else:
            yield from _warc_items(p, max_bytes)
    except OSError as err:
        yield InputError(str(p), err.strerror or "cannot read")


def _jsonl_items(p: Path, max_bytes: int) -> Iterator[Item | InputError]:
    offset = 0
    with p.open("rb") as f:
        for n, line in enumerate(f, 1):
            source = f"{p}:{n}"
            if len(line) > max_bytes:
                yield InputError(source, f"record too large ({len(line)} bytes; limit {max_bytes})")
            elif line.strip():
                yield Item(source, "jsonl", str(p), offset)
            offset += len(line)


def _feed_items(p: Path, max_bytes: int) -> Iterator[Item | InputError]:
    if p.stat().st_size > max_bytes:
        yield InputError(str(p), f"file too large ({p.stat().st_size} bytes; limit {max_bytes})")
        return
    try:
        import feedparser
    except ImportError:
        yield InputError(str(p), "reading feeds needs feedparser: pip install 'whosaid[store]'")
        return
    parsed = feedparser.parse(p.read_bytes())
    usable = [e for e in parsed.entries if e.get("title") or e.get("summary") or e.get("content")]
    if not usable:  # feedparser reads slightly broken feeds; one with nothing in it is refused whole
        reason = (f"broken feed ({type(parsed.bozo_exception).__name__})" if parsed.get("bozo")
                  else "feed has no items")
        yield InputError(str(p), reason)
        return
    outlet = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, 1):
        body = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or entry.get("description")
        published = None
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if stamp:
            published = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday).isoformat()
        yield Item(f"{p}#{n}", "record", str(p), n, {
            "html": body or "", "title": entry.get("title"), "url": entry.get("link"), "outlet": outlet,
            "published": published})


def _warc_items(p: Path, max_bytes: int) -> Iterator[Item | InputError]:
    with p.open("rb") as f:
        for found in _warc_responses(f, str(p), max_bytes):
            yield found if isinstance(found, InputError) else Item(f"{p}@{found[0]}", "warc", str(p), found[0])


def _warc_responses(f: BinaryIO, name: str, max_bytes: int,
                    with_body: bool = False) -> Iterator[tuple[int, str | None, bytes | None] | InputError]:
    """(offset, URL, body when `with_body`) of every HTML response record in the WARC stream `f`."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield InputError(name, "reading WARC files needs warcio: pip install 'whosaid[store]'")
        return
    it = ArchiveIterator(f)
    seen = 0
    try:
        for record in it:
            if record.format == "arc" and not seen and not (record.rec_headers.get_header("uri") or "").startswith(
                    ("http:", "https:", "filedesc:", "dns:")):
                break  # warcio reads any text as an old ARC record; this is not one
            seen += 1
            if record.rec_type != "response" or not record.http_headers:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            status = record.http_headers.get_statuscode() or ""
            if "html" not in ctype or not status.startswith("2"):
                continue
            length = int(record.rec_headers.get_header("Content-Length") or 0)
            if length > max_bytes:
                yield InputError(f"{name}@{it.get_record_offset()}", f"record too large ({length} bytes; limit "
                                 f"{max_bytes})")
            else:
                url = record.rec_headers.get_header("WARC-Target-URI")
                body = record.content_stream().read() if with_body else None
                yield it.get_record_offset(), url, body  # the offset is known once the record is read
    except (ArchiveLoadFailed, ValueError, EOFError, OSError, gzip.BadGzipFile) as err:
        detail = str(err).splitlines()[0][:100] if str(err) else type(err).__name__
        yield InputError(name, f"broken WARC file ({detail})")
        return
    if not seen:
        yield InputError(name, "broken WARC file (no WARC records found)")


def docs_in_file(name: str, data: bytes, max_bytes: int = MAX_BYTES) -> Iterator[tuple[str, int, InputDoc | InputError]]:
    """(source, position, doc or error) for every article in one file's bytes, read as `load_item` reads them; for
    readers that get whole files from elsewhere (Spark's binaryFiles). Sources are named as `find_items` names them
    (`name:line` for JSON Lines, `name@offset` for WARC records); .txt and .html files are one article."""
    kind = source_kind(Path(name))
    if kind == "jsonl":
        for n, line in enumerate(io.BytesIO(data), 1):
            source = f"{name}:{n}"
            if len(line) > max_bytes:
                yield source, n, InputError(source, f"record too large ({len(line)} bytes; limit {max_bytes})")
            elif line.strip():
                yield source, n, _try(_jsonl_doc, line, source)
    elif kind == "warc":
        for found in _warc_responses(io.BytesIO(data), name, max_bytes, with_body=True):
            if isinstance(found, InputError):
                yield found.subject, 0, found
            else:
                offset, url, body = found
                source = f"{name}@{offset}"
                yield source, offset, _try(_warc_body_doc, url, body, source)
    elif kind == "file":
        if len(data) > max_bytes:
            yield name, 0, InputError(name, f"file too large ({len(data)} bytes; limit {max_bytes})")
        else:
            yield name, 0, _try(read_bytes, data, name, Path(name).suffix.lower() in HTML_SUFFIXES, Path(name).name)
    else:
        yield name, 0, InputError(name, "not a .jsonl, .warc(.gz), .txt or .html file")


def _try(read: Callable[..., InputDoc], *args: Any) -> InputDoc | InputError:
    try:
        return _with_outlet(read(*args))
    except InputError as err:
        return err


def load_item(item: Item, max_bytes: int = MAX_BYTES) -> InputDoc:
    """Read one item into text and metadata; raises InputError when it cannot be an article."""
    if item.kind == "file":
        doc = read_path(item.path, max_bytes)
    elif item.kind == "json":
        doc = _json_doc(item, max_bytes)
    elif item.kind == "jsonl":
        with open(item.path, "rb") as f:
            f.seek(item.offset)
            doc = _jsonl_doc(f.readline(), item.source)
    elif item.kind == "record":
        doc = _fields_doc(item.fields, item.source)
    else:
        doc = _warc_doc(item)
    return _with_outlet(doc)


def _with_outlet(doc: InputDoc) -> InputDoc:
    """A document without an outlet takes its URL's host name."""
    if doc.outlet is None and doc.url:
        host = urlparse(doc.url).hostname or ""
        doc.outlet = host.removeprefix("www.") or None
    return doc


def _jsonl_doc(line: bytes, source: str) -> InputDoc:
    return _fields_doc(_parse_json(line, source), source)


def _parse_json(data: bytes, source: str) -> Any:
    try:
        return json.loads(data)
    except (ValueError, UnicodeDecodeError) as err:
        raise InputError(source, f"broken JSON ({str(err).splitlines()[0][:80]})") from None


def _json_doc(item: Item, max_bytes: int) -> InputDoc:
    p = Path(item.path)
    if p.stat().st_size > max_bytes:
        raise InputError(item.source, f"file too large ({p.stat().st_size} bytes; limit {max_bytes})")
    data = _parse_json(p.read_bytes(), item.source)
    if not isinstance(data, dict):
        raise InputError(item.source, "JSON is not an object with text, html or originalText")
    if "originalText" in data:  # wikinews-json
        text = data["originalText"]
        if not isinstance(text, str):
            raise InputError(item.source, "originalText is not a string")
        doc = read_bytes(text.encode("utf-8"), item.source, name=p.name)
        title = WIKINEWS_TITLE.match(str(data.get("documentName", "")))
        doc.title = title.group(1) if title else None
        doc.outlet = WIKINEWS_OUTLET
        return doc
    return _fields_doc(data, item.source)


def _fields_doc(data: Any, source: str) -> InputDoc:
    if not isinstance(data, dict):
        raise InputError(source, "record is not a JSON object")
    text, html = data.get("text"), data.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise InputError(source, "record has no text or html field")
    published = _date_field(data.get("published"), source)
    if isinstance(text, str) and text.strip():
        doc = read_bytes(text.encode("utf-8"), source)
    else:
        doc = _html_doc(html or "", source)
    for name in ("title", "url", "outlet"):
        if isinstance(data.get(name), str) and data[name].strip():
            setattr(doc, name, data[name].strip())
    if published:
        doc.published, doc.published_source = published, "metadata"
    return doc


def _html_doc(html: str, source: str) -> InputDoc:
    """Article HTML through trafilatura; a short fragment or plain text (a feed item) without a page around it is
    taken as it is, tags dropped and entities decoded."""
    import html as html_lib

    if not html.strip():
        raise InputError(source, "no text (empty record)")
    if "<" not in html or (len(html) < SHORT_FRAGMENT and not looks_like_html(html)):
        text = clean_text(html_lib.unescape(re.sub(r"[ \t]*\n", "\n", TAG.sub(" ", html))))
        if text.strip():
            return InputDoc(text=text, source=source)
    try:
        return from_html(html, source)
    except InputError:
        text = clean_text(re.sub(r"\s+\n", "\n", TAG.sub(" ", html)))
        if "<" in html and text.strip():
            return InputDoc(text=clean_text(html_lib.unescape(text)), source=source)
        raise


def _date_field(value: Any, source: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10]) if len(str(value)) == 10 else datetime.fromisoformat(
            str(value).replace("Z", "+00:00")).date()
    except ValueError:
        raise InputError(source, f"bad date {str(value)[:40]!r} in field published; expected YYYY-MM-DD") from None


def _warc_doc(item: Item) -> InputDoc:
    from warcio.archiveiterator import ArchiveIterator

    with open(item.path, "rb") as f:
        f.seek(item.offset)
        record = next(iter(ArchiveIterator(f)), None)
        if record is None:
            raise InputError(item.source, "WARC record missing")
        return _warc_body_doc(record.rec_headers.get_header("WARC-Target-URI"), record.content_stream().read(),
                              item.source)


def _warc_body_doc(url: str | None, body: bytes, source: str) -> InputDoc:
    doc = read_bytes(body, source, html=True)
    doc.url = doc.url or url
    return doc
