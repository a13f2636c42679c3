"""Reads one input file into text plus metadata: encodings, HTML, and refusal of what is not an article."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from whosaid.errors import InputError

MAX_BYTES = 20 * 1024 * 1024
MIN_HTML_WORDS = 5  # fewer words extracted from a page means navigation or boilerplate, not an article
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# an outlet's editor code on the last line ("342/"), not article text
EDITOR_CODE = re.compile(r"\n\s*\d{1,5}/\s*$")
DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


@dataclass
class InputDoc:
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_source: str = "none"
    warnings: list[str] = field(default_factory=list)  # read, but not exactly as the bytes said


def read_path(path: str | Path, max_bytes: int = MAX_BYTES) -> InputDoc:
    """Read a .txt or .html file; raises InputError with the reason when it cannot be an article."""
    p = Path(path)
    if not p.exists():
        raise InputError(str(path), "no such file")
    if p.is_dir():
        raise InputError(str(path), "is a directory, not a file")
    size = p.stat().st_size
    if size > max_bytes:
        raise InputError(str(path), f"file too large ({size // 1_000_000} MB; limit {max_bytes // 1_000_000} MB)")
    data = p.read_bytes()
    return read_bytes(data, str(path), html=p.suffix.lower() in HTML_SUFFIXES, name=p.name)


def read_bytes(data: bytes, source: str, html: bool = False, name: str = "") -> InputDoc:
    text, replaced = decode_counting(data, source)
    if html or looks_like_html(text):
        doc = from_html(text, source)
    else:
        doc = InputDoc(text=clean_text(text), source=source)
    if replaced:
        doc.warnings.append(f"{replaced} invalid UTF-8 byte{'s' if replaced > 1 else ''} replaced with U+FFFD "
                            "(offsets index the text as stored, one character per bad byte)")
    if not doc.text.strip():
        raise InputError(source, "no text (empty file or no article text found)")
    if doc.published is None and name:
        found = DATE_IN_NAME.search(name)
        if found:
            try:
                doc.published = date(*map(int, found.groups()))
                doc.published_source = "filename"
            except ValueError:
                pass
    return doc


def decode(data: bytes, source: str) -> str:
    return decode_counting(data, source)[0]


def decode_counting(data: bytes, source: str) -> tuple[str, int]:
    """Decode bytes: BOMs first, then UTF-8, then UTF-8 but for a few bad bytes (each replaced by U+FFFD; their count
    is returned), then Windows-1252 where it reads as Western European text, then the best guess of
    charset-normalizer; refuse binary data."""
    text = _decode(data, source)
    if isinstance(text, tuple):
        return text
    return text, 0


def _decode(data: bytes, source: str) -> str | tuple[str, int]:
    if not data.strip():
        raise InputError(source, "empty file")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return _check_text(data.decode(codec), source)
            except UnicodeDecodeError:
                raise InputError(source, f"starts with a {codec} byte-order mark but does not decode as {codec}") from None
    if b"\x00" in data[:4096]:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        return _check_text(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return _check_text(mostly[0], source), mostly[1]
    # Legacy German and English news is Latin-1 or Windows-1252. On a short text charset-normalizer may guess
    # Big5 or Shift-JIS ("müde" -> "m㥣e"), so the Western reading goes first where it is plausible.
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _reads_as_western(western):
        return _check_text(western, source)
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        return _check_text(data.decode(encoding), source)
    except (UnicodeDecodeError, LookupError):
        return _check_text(data.decode("latin-1"), source)


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few stray bytes (a cut multi-byte character, one Latin-1 byte pasted in): the text with each bad
    byte replaced by U+FFFD, and how many there were. None when the bad bytes are as many as the good multi-byte
    characters: then it is a legacy encoding (in Windows-1252 German no umlaut is valid UTF-8)."""
    text = data.decode("utf-8", errors="surrogateescape")  # each bad byte becomes one lone surrogate
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    if good == 0 or bad > good:
        return None
    return "".join("\ufffd" if "\udc80" <= ch <= "\udcff" else ch for ch in text), bad


# letters of German, French, Spanish, Italian, Portuguese and Scandinavian text in Windows-1252
WESTERN_LETTERS = frozenset("äöüßÄÖÜéèêëàâáãíìîïóòôõúùûçñÉÈÊÀÂÁÍÓÔÚÇÑœŒæÆøØåÅ")
# a symbol between two letters ("Wa³êsa"): Central European bytes read as Windows-1252
SYMBOL_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f](?=[^\W\d_])")


def _reads_as_western(text: str) -> bool:
    """True when every non-ASCII letter is a Western European one and they are fewer than half of the letters, as
    in German, English or French text. Cyrillic or Greek bytes read as Windows-1252 come out as runs of accented
    letters ("Ïðåçèäåíò"), Polish or Turkish ones as symbols or Icelandic letters inside words ("Wa³êsa",
    "Erdoðan")."""
    sample = text[:200_000]
    letters = [ch for ch in sample if ch.isalpha()]
    accented = [ch for ch in letters if not ch.isascii()]
    if not letters or len(accented) / len(letters) >= 0.5 or any(ch not in WESTERN_LETTERS for ch in accented):
        return False
    return not any(not m.group().isalpha() and m.group() not in "’‘'-" for m in SYMBOL_INSIDE_WORD.finditer(sample))


def _check_text(text: str, source: str) -> str:
    sample = text[:20_000]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if sample and control / len(sample) > 0.01:
        raise InputError(source, "binary file (control characters), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_text(text: str) -> str:
    text = EDITOR_CODE.sub("\n", text.rstrip())
    return text.strip() + "\n" if text.strip() else ""


def looks_like_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


# the lead paragraph of a news page (<p class="teaser">, "lead", "intro", "standfirst"): trafilatura drops such
# classes as boilerplate, so they are renamed before it runs
LEAD_PARAGRAPH = re.compile(
    r"""(<p\b[^>]*?\bclass\s*=\s*)(["'])([^"'>]*\b(?:teaser|lead|intro|standfirst|article-summary)\b[^"'>]*)\2""",
    re.IGNORECASE)


def keep_lead_paragraphs(html: str) -> str:
    return LEAD_PARAGRAPH.sub(r"\1\2whosaid-lead\2", html)


def from_html(html: str, source: str) -> InputDoc:
    """Main text and metadata of an HTML page, with trafilatura (lead paragraphs kept)."""
    import trafilatura

    html = keep_lead_paragraphs(html)
    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    except Exception as err:  # trafilatura raises many kinds on broken markup
        raise InputError(source, f"broken HTML ({type(err).__name__})") from None
    if extracted is None:
        raise InputError(source, "no article text found in HTML")
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = clean_text(data.get("text") or "")
    if len(text.split()) < MIN_HTML_WORDS:
        raise InputError(source, f"no article text found in HTML (only {len(text.split())} words)")
    published = None
    if data.get("date"):
        try:
            published = date.fromisoformat(str(data["date"])[:10])
        except ValueError:
            published = None
    return InputDoc(
        text=text,
        source=source,
        title=data.get("title"),
        url=data.get("url"),
        outlet=data.get("sitename") or data.get("hostname"),
        published=published,
        published_source="metadata" if published else "none",
    )
