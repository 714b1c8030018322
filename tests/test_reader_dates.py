"""Publication dates read from inputs (issue 11.1): HTML metadata, feed entries, WARC headers,
JSON/CSV fields under their usual names or --date-column, and a date in the file's path.
Each article says where its date came from (``published_from``)."""
from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from eventwire.readers import ArticleInput, Columns, read_corpus

CORPUS = Path(__file__).parent / "data" / "corpus"
INGEST = Path(__file__).parent / "data" / "ingest"
EN = (INGEST / "english.txt").read_text(encoding="utf-8")


def arts(sources, columns=Columns()):
    return [a for a in read_corpus([str(s) for s in sources], columns) if isinstance(a, ArticleInput)]


@pytest.mark.parametrize("field,value,expected", [
    ("pubdate", "2024-05-06", "2024-05-06"),
    ("publish_date", "May 6, 2024", "2024-05-06"),
    ("datetime", "2024-05-06T21:30:00Z", "2024-05-06"),
    ("PubDate", "Mon, 06 May 2024 10:00:00 GMT", "2024-05-06"),
    ("published_at", "1714989600", "2024-05-06"),
    ("date", "06 May 2024", "2024-05-06"),
])
def test_usual_date_fields_in_json_lines(tmp_path, field, value, expected):
    f = tmp_path / "w.jsonl"
    f.write_text(json.dumps({"text": EN, field: value}) + "\n", encoding="utf-8")
    [a] = arts([f])
    assert (a.published, a.published_from) == (expected, f"field:{field}")


def test_preferred_field_wins_and_unreadable_values_fall_through(tmp_path):
    f = tmp_path / "w.jsonl"
    f.write_text(json.dumps({"text": EN, "date": "2020-01-01", "published": "2024-05-06"}) + "\n"
                 + json.dumps({"text": EN + " Second.", "published": "last Tuesday", "datetime": "2023-02-03"}) + "\n",
                 encoding="utf-8")
    a, b = arts([f])
    assert (a.published, a.published_from) == ("2024-05-06", "field:published")
    assert (b.published, b.published_from) == ("2023-02-03", "field:datetime")


def test_csv_date_column_by_usual_name_and_explicit(tmp_path):
    f = tmp_path / "n.csv"
    body = EN.replace('"', '""')
    f.write_text(f'text,Date,when\n"{body}",2022-08-09,2021-01-02\n', encoding="utf-8")
    [a] = arts([f])
    assert (a.published, a.published_from) == ("2022-08-09", "field:Date")
    [b] = arts([f], Columns(date="when", explicit=("when",)))
    assert (b.published, b.published_from) == ("2021-01-02", "field:when")


def test_explicit_date_column_applies_to_json_too(tmp_path):
    f = tmp_path / "w.json"
    f.write_text(json.dumps([{"text": EN, "published": "2020-01-01", "seen": "2024-07-08"}]), encoding="utf-8")
    [a] = arts([f], Columns(date="seen"))
    assert (a.published, a.published_from) == ("2024-07-08", "field:seen")


@pytest.mark.parametrize("rel,expected", [
    ("2024-05-06/story.txt", "2024-05-06"),
    ("archive/20231102_kyiv.txt", "2023-11-02"),
    ("news/2023/11/02/page.txt", "2023-11-02"),
    ("2019-01-01/2024_03_04-wire.txt", "2024-03-04"),  # the one nearest the file
    ("ids/2024-13-45.txt", None),  # matches the pattern, not a date
    ("ids/120240506999.txt", None),  # digits inside a longer number
])
def test_date_in_the_path(tmp_path, rel, expected):
    f = tmp_path / rel
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_text(EN, encoding="utf-8")
    [a] = arts([f])
    assert a.published == expected
    assert a.published_from == ("path" if expected else None)


def test_a_stated_date_beats_the_path(tmp_path):
    d = tmp_path / "2020-01-01"
    d.mkdir()
    f = d / "w.jsonl"
    f.write_text(json.dumps({"text": EN, "published": "2024-05-06"}) + "\n" + json.dumps({"text": EN + " B."}) + "\n",
                 encoding="utf-8")
    a, b = arts([f])
    assert (a.published, a.published_from) == ("2024-05-06", "field:published")
    assert (b.published, b.published_from) == ("2020-01-01", "path")


def test_html_and_feed_dates_say_where_they_came_from():
    [h] = arts([INGEST / "article.html"])
    assert (h.published, h.published_from) == ("2025-03-21", "html")
    feed = arts([CORPUS / "feed.rss"])
    assert (feed[0].published, feed[0].published_from) == ("2023-01-31", "feed")


def _warc(path: Path, pages: list[tuple[str, dict, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=False)
        for url, headers, html in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"), *headers.items()],
                                    protocol="HTTP/1.1")
            rec = w.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=http,
                                       warc_headers_dict={"WARC-Date": "2024-09-10T08:00:00Z"})
            w.write_record(rec)


def test_warc_dates_page_then_last_modified_then_crawl_time(tmp_path):
    page = "<html><head><title>T{0}</title>{1}</head><body><article><p>{2}</p></article></body></html>"
    meta = '<meta property="article:published_time" content="2024-09-01T10:00:00Z">'
    f = tmp_path / "crawl.warc"
    _warc(f, [("https://a.example/1", {}, page.format(1, meta, EN)),
              ("https://a.example/2", {"Last-Modified": "Thu, 05 Sep 2024 10:00:00 GMT"}, page.format(2, "", EN + " B.")),
              ("https://a.example/3", {}, page.format(3, "", EN + " C."))])
    got = [(a.published, a.published_from) for a in arts([f])]
    assert got == [("2024-09-01", "html"), ("2024-09-05", "warc:Last-Modified"), ("2024-09-10", "warc:WARC-Date")]
