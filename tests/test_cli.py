"""The command line: bad input gives one line naming the input and the reason, and exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "whosaid.cli", *args], capture_output=True, input=stdin, timeout=300)


def assert_one_line_error(result: subprocess.CompletedProcess, *needles: str) -> None:
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    for needle in needles:
        assert needle in lines[0]


def test_missing_file(tmp_path: Path):
    missing = tmp_path / "nope.txt"
    assert_one_line_error(run("analyze", str(missing)), str(missing), "no such file")


def test_empty_file(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert_one_line_error(run("analyze", str(empty)), str(empty), "empty")


def test_binary_file(tmp_path: Path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    assert_one_line_error(run("analyze", str(binary)), str(binary), "binary")


def test_unknown_language(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("Der Minister sagte, er komme morgen.", encoding="utf-8")
    assert_one_line_error(run("analyze", str(article), "--lang", "xx"), "--lang xx", "unsupported")


@pytest.mark.parametrize("value", ["2021-13-45", "gestern", "10.12.2021"])
def test_invalid_published_date(tmp_path: Path, value: str):
    article = tmp_path / "a.txt"
    article.write_text("Der Minister sagte, er komme morgen.", encoding="utf-8")
    assert_one_line_error(run("analyze", str(article), "--published", value), value, "not a date")


def test_schema_is_versioned_json_schema():
    result = run("schema")
    schema = json.loads(result.stdout)
    assert result.returncode == 0
    assert schema["title"].startswith("whosaid record ")
    assert "statements" in schema["properties"]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "encoding, bom",
    [("latin-1", b""), ("utf-16-le", b"\xff\xfe"), ("utf-8", b"\xef\xbb\xbf")],
)
def test_other_encodings_are_decoded(tmp_path: Path, encoding: str, bom: bytes):
    article = tmp_path / "a.txt"
    article.write_bytes(bom + "Der Bürgermeister sagte, die Straße werde gesperrt.".encode(encoding))
    result = run("analyze", str(article), "--published", "2021-12-10", "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    record = json.loads(result.stdout)
    assert "Bürgermeister" in record["article"]["text"]
    assert record["statements"][0]["cue"]["lemma"] == "sagen"


@pytest.mark.usefixtures("nlp")
def test_json_is_written_when_piped(tmp_path: Path):
    result = run("analyze", "-", "--published", "2021-12-10", stdin=b"Sie sagte, sie komme.")
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["article"]["published"] == "2021-12-10"


@pytest.mark.usefixtures("nlp")
def test_html_input_uses_main_text_and_title(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Streit im Rat</title></head><body><nav>Menü Start Kontakt</nav><article>"
        "<h1>Streit im Rat</h1><p>Der Bürgermeister sagte am Montag, der Haushalt sei solide und werde "
        "im kommenden Jahr ausgeglichen sein. Die Opposition widersprach dieser Darstellung deutlich.</p>"
        "<p>Die Fraktionschefin erklärte, die Stadt habe zu viele Schulden gemacht.</p></article></body></html>",
        encoding="utf-8",
    )
    result = run("analyze", str(page), "--published", "2021-12-10", "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    record = json.loads(result.stdout)
    assert "Menü" not in record["article"]["text"]
    assert any(s["cue"] and s["cue"]["lemma"] == "sagen" for s in record["statements"])


@pytest.mark.usefixtures("nlp")
def test_another_spacy_pipeline_can_be_named_with_model(tmp_path: Path):
    from whosaid.pipeline import shipped_model_path

    article = tmp_path / "a.txt"
    article.write_text("Die Ministerin sagte, die Schulen blieben offen.", encoding="utf-8")
    result = run("analyze", str(article), "--model", str(shipped_model_path("de")), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["statements"][0]["cue"]["lemma"] == "sagen"


@pytest.mark.usefixtures("nlp")
def test_a_shipped_model_is_named_without_a_path(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("Bürgermeister Thomas Reuter sagte in Bagdad, die Schulen blieben offen.", encoding="utf-8")
    result = run("analyze", str(article), "--model", "de_whosaid_news", "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    record = json.loads(result.stdout)
    assert {"PER", "LOC"} <= {e["type"] for e in record["entities"]}
