"""The Python API: analyse one article into a Record."""

from __future__ import annotations

from datetime import date

from whosaid.assemble import ArticleMeta, to_record
from whosaid.chunking import CHUNK_ABOVE, merge_records, text_chunks
from whosaid.errors import InputError, OptionError
from whosaid.lang import detect_language
from whosaid.pipeline import load_pipeline
from whosaid.record import Record


def parse_published(value: str | date | None, subject: str = "--published") -> date | None:
    """A publication date from YYYY-MM-DD (or a date); raises OptionError for anything else."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise OptionError(f"{subject} {value}", "not a date; expected YYYY-MM-DD") from None


MAX_CHARS = 20_000_000  # the documented limit (as for files: 20 MB); analysis time grows linearly up to it


def analyze(
    text: str,
    published: str | date | None = None,
    lang: str | None = None,
    *,
    model: str | None = None,
    meta: ArticleMeta | None = None,
) -> Record:
    """Analyse one article: statements, times, entities and contradictions, with offsets into `text`."""
    day = parse_published(published)
    if len(text) > MAX_CHARS:
        raise InputError("text", f"too long ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    language = detect_language(text[:CHUNK_ABOVE]) if lang in (None, "auto") else lang
    nlp = load_pipeline(language, model)
    if meta is None:
        meta = ArticleMeta(published=day)
    source = (meta.published_source if meta.published_source != "none" else "given") if day else "none"
    if len(text) <= CHUNK_ABOVE:
        return to_record(_run(nlp, text, day, source), meta)
    # a long text in paragraph-bounded pieces, so that time and memory grow linearly (see whosaid.chunking)
    parts = [(start, to_record(_run(nlp, text[start:end], day, source), meta)) for start, end in text_chunks(text)]
    return merge_records(text, parts)


def _run(nlp, text: str, day: date | None, source: str):
    doc = nlp.make_doc(text)
    doc._.published = day
    doc._.published_source = source
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
