"""The Python API: analyse one article into a Record."""

from __future__ import annotations

from datetime import date

from whosaid.assemble import ArticleMeta, to_record
from whosaid.errors import OptionError
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
    language = detect_language(text) if lang in (None, "auto") else lang
    nlp = load_pipeline(language, model)
    doc = nlp.make_doc(text)
    doc._.published = day
    doc._.published_source = (meta.published_source if meta and meta.published_source != "none" else "given") if day else "none"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    if meta is None:
        meta = ArticleMeta(published=day)
    return to_record(doc, meta)
