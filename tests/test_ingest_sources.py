"""Ingest sources: folders, JSONL, WikiNews JSON, RSS/Atom feeds and WARC files become items and then documents."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from whosaid.errors import InputError
from whosaid.ingest.sources import Item, find_items, load_item

ARTICLE_HTML = """<!doctype html><html><head><title>Rat beschließt Haushalt | Kurier</title>
<meta property="og:site_name" content="Kurier">
<meta property="article:published_time" content="2024-03-05T08:00:00+01:00"></head>
<body><article><h1>Rat beschließt Haushalt</h1>
<p>Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. Bürgermeisterin Eva Lang sagte,
die Stadt werde vor allem in Schulen und Radwege investieren.</p>
<p>Die Opposition kritisierte die hohen Schulden. Ihr Fraktionschef erklärte, der Haushalt sei nicht solide
finanziert und belaste kommende Generationen.</p></article></body></html>"""


def items(*sources: Path, max_bytes: int = 20_000_000) -> list:
    return list(find_items([str(s) for s in sources], max_bytes))


def test_folder_recursive_with_dates_in_names(tmp_path: Path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "2024-01-02-bericht.txt").write_text("Erster Bericht.\n", encoding="utf-8")
    (tmp_path / "a" / "b" / "seite.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (tmp_path / "a" / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / "a" / ".hidden.txt").write_text("ignored", encoding="utf-8")
    found = items(tmp_path / "a")
    assert [Path(i.path).name for i in found] == ["2024-01-02-bericht.txt", "seite.html"]
    text_doc, html_doc = (load_item(i) for i in found)
    assert text_doc.published == date(2024, 1, 2) and text_doc.published_source == "filename"
    assert html_doc.outlet == "Kurier" and html_doc.published == date(2024, 3, 5)
    assert "Eva Lang sagte" in html_doc.text


def test_jsonl_records(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": "Der Minister sagte, es gebe keine Pläne.", "url": "https://www.beispiel.example/a",
                    "published": "2024-02-01T10:00:00Z", "title": "Keine Pläne"}),
        "",
        json.dumps({"html": ARTICLE_HTML, "outlet": "Eigener Name"}),
    ]) + "\n", encoding="utf-8")
    found = items(path)
    assert [i.source for i in found] == [f"{path}:1", f"{path}:3"]
    first, second = (load_item(i) for i in found)
    assert first.outlet == "beispiel.example" and first.published == date(2024, 2, 1) and first.title == "Keine Pläne"
    assert second.outlet == "Eigener Name" and "Haushalt" in second.text


def test_wikinews_json(shared: Path):
    files = sorted((shared / "data" / "quotes-wikinews-de" / "data").glob("*/*.json"))
    assert len(files) == 998
    doc = load_item(Item(str(files[0]), "json", str(files[0])))
    assert doc.outlet == "Wikinews" and doc.published is not None and doc.title
    assert doc.text.strip() == json.loads(files[0].read_text(encoding="utf-8"))["originalText"].strip()


def test_wikinews_shaped_json_without_shared(tmp_path: Path):
    path = tmp_path / "123 - Brücke eröffnet (2019-06-30).pretty.json"
    path.write_text(json.dumps({"documentName": "123 - Brücke eröffnet (2019-06-30)",
                                "originalText": "Die Brücke ist eröffnet. Der Bürgermeister sagte, sie sei schön."}),
                    encoding="utf-8")
    doc = load_item(items(path)[0])
    assert (doc.title, doc.published, doc.outlet) == ("Brücke eröffnet", date(2019, 6, 30), "Wikinews")


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Kurier Politik</title><link>https://kurier.example/</link>
<item><title>Rat tagt</title><link>https://kurier.example/rat</link><pubDate>Tue, 05 Mar 2024 08:00:00 +0100</pubDate>
<description>&lt;p&gt;Der Rat tagt am Mittwoch. Die Sprecherin sagte, die Sitzung sei öffentlich.&lt;/p&gt;</description></item>
<item><title>Leer</title><link>https://kurier.example/leer</link><description></description></item>
</channel></rss>"""


def test_rss_feed(tmp_path: Path):
    path = tmp_path / "kurier.rss"
    path.write_text(RSS, encoding="utf-8")
    found = items(path)
    assert [i.source for i in found] == [f"{path}#1", f"{path}#2"]
    doc = load_item(found[0])
    assert doc.published == date(2024, 3, 5) and doc.outlet == "Kurier Politik" and doc.url == "https://kurier.example/rat"
    assert "Die Sprecherin sagte" in doc.text and "<p>" not in doc.text
    with pytest.raises(InputError, match="empty"):
        load_item(found[1])


def test_broken_feed(tmp_path: Path):
    path = tmp_path / "kaputt.xml"
    path.write_text("<rss><channel><item>", encoding="utf-8")
    (err,) = items(path)
    assert isinstance(err, InputError)


def write_warc(path: Path, compress: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=compress)
        for url, ctype, body in (("https://kurier.example/rat", "text/html; charset=utf-8", ARTICLE_HTML),
                                 ("https://kurier.example/logo.png", "image/png", "PNG"),
                                 ("https://kurier.example/zwei", "text/html", ARTICLE_HTML.replace("Eva", "Ina"))):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                                          http_headers=headers))


@pytest.mark.parametrize("name,compress", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses(tmp_path: Path, name: str, compress: bool):
    path = tmp_path / name
    write_warc(path, compress)
    found = items(path)
    assert len(found) == 2 and all(isinstance(i, Item) for i in found)
    first, second = (load_item(i) for i in found)
    assert first.url == "https://kurier.example/rat" and "Eva Lang" in first.text
    assert "Ina Lang" in second.text and first.outlet == "Kurier"


def test_broken_warc(tmp_path: Path):
    path = tmp_path / "kaputt.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a warc record\r\n\r\n"))
    (err,) = items(path)
    assert isinstance(err, InputError) and "WARC" in err.reason


def test_limits_and_bad_records(tmp_path: Path):
    big = tmp_path / "big.jsonl"
    big.write_text(json.dumps({"text": "x" * 500}) + "\n", encoding="utf-8")
    (err,) = items(big, max_bytes=100)
    assert "too large" in err.reason
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "Ein Text.", "published": "31.02.2024"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad date"):
        load_item(items(bad)[0])
    missing = list(find_items([str(tmp_path / "nope")]))
    assert isinstance(missing[0], InputError)


@pytest.mark.parametrize("name,compress", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_a_files_bytes_read_as_ingest_reads_the_file(tmp_path: Path, name: str, compress: bool):
    """docs_in_file (what the Spark job reads each file with) gives the sources and documents find_items and
    load_item give, failures included."""
    from whosaid.ingest.sources import docs_in_file

    warc = tmp_path / name
    write_warc(warc, compress)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"html": ARTICLE_HTML, "url": "https://kurier.example/x"}) + "\n{kaputt\n\n"
                    + json.dumps({"text": "Ein Text.", "published": "2024-03-05"}) + "\n", encoding="utf-8")
    for path in (warc, feed):
        expected = []
        for item in items(path):
            try:
                expected.append((item.source, load_item(item)))
            except InputError as err:
                expected.append((item.source, err.reason))
        found = [(source, doc if not isinstance(doc, InputError) else doc.reason)
                 for source, _, doc in docs_in_file(str(path), path.read_bytes())]
        assert found == expected and len(found) in (2, 3)
    (_, _, err), = docs_in_file("notes.pdf", b"%PDF")
    assert isinstance(err, InputError)
