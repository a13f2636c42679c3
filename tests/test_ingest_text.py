"""Reading one input: what is decoded, what is refused, and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from whosaid.errors import InputError
from whosaid.ingest.text import clean_text, read_bytes, read_path


def test_a_file_over_the_size_limit_is_refused_with_its_size(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"Der Minister sagte etwas. " * 100_000)
    with pytest.raises(InputError, match="too large"):
        read_path(big, max_bytes=1_000_000)


def test_a_directory_is_not_an_article(tmp_path: Path):
    with pytest.raises(InputError, match="directory"):
        read_path(tmp_path)


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty_input_is_refused(data: bytes):
    with pytest.raises(InputError, match="empty"):
        read_bytes(data, "x.txt")


def test_cp1252_quotes_are_decoded():
    doc = read_bytes("„Wir bleiben“, sagte er – und ging.".encode("cp1252"), "x.txt")
    assert doc.text.startswith("„Wir bleiben“")


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_a_short_legacy_encoded_german_text_is_decoded(encoding: str):
    assert read_bytes("Der Minister sagte, er sei müde.".encode(encoding), "x.txt").text.startswith(
        "Der Minister sagte, er sei müde.")


def test_an_accented_western_text_in_windows_1252_is_decoded():
    text = "Ça va très bien, señor. Größe: 5°C, 10 €."
    assert read_bytes(text.encode("cp1252"), "x.txt").text.strip() == text


def test_polish_in_windows_1250_is_not_read_as_windows_1252():
    assert "Wałęsa" in read_bytes("Lech Wałęsa powiedział, że Gdańsk".encode("cp1250"), "x.txt").text


def test_cyrillic_in_a_legacy_encoding_is_not_read_as_latin_letters():
    text = "Президент заявил, что переговоры продолжатся на следующей неделе в Москве."
    assert "Президент" in read_bytes(text.encode("cp1251"), "x.txt").text


def test_html_without_article_text_is_refused():
    with pytest.raises(InputError):
        read_bytes(b"<html><head><title>x</title></head><body><nav>Menu</nav></body></html>", "x.html", html=True)


def test_the_publication_date_comes_from_the_file_name():
    doc = read_bytes(b"Der Minister sagte, er komme.", "a.txt", name="Bericht (2021-12-10).txt")
    assert str(doc.published) == "2021-12-10" and doc.published_source == "filename"


def test_an_editor_code_on_the_last_line_is_not_text():
    assert clean_text("Der Minister sagte, er komme.\n342/\n") == "Der Minister sagte, er komme.\n"
