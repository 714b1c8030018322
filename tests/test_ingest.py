"""Readers: formats, metadata, encodings and one-line input errors (no spaCy needed)."""
from __future__ import annotations

import io
import json
import random
import re

import pytest

from eventwire.errors import InputError
from eventwire.readers import article_id, normalise, normalise_date, read_articles

from conftest import DATA

INGEST = DATA / "ingest"


def _err(path, **kw) -> InputError:
    with pytest.raises(InputError) as info:
        read_articles(str(path), **kw)
    err = info.value
    assert "\n" not in str(err)
    return err


# --- formats ----------------------------------------------------------------------------

def test_plain_text_is_kept_verbatim():
    [a] = read_articles(str(INGEST / "english.txt"))
    assert a.text == (INGEST / "english.txt").read_text(encoding="utf-8")
    assert a.title is None and a.published is None and a.language == "en"


def test_html_main_text_title_date_without_boilerplate():
    [a] = read_articles(str(INGEST / "article.html"))
    assert a.title == "Sudan army retakes presidential palace in Khartoum"
    assert a.published == "2025-03-21"
    assert a.source == "The Daily Ledger"
    assert a.url == "https://ledger.example/world/sudan-palace"
    assert a.text.startswith("Sudan's army said on Friday")
    assert "retaken the presidential palace" in a.text and "12 million" in a.text
    for boilerplate in ("Sign in", "Trending", "Ten recipes", "Subscribe", "All rights reserved"):
        assert boilerplate not in a.text
    # paragraphs are separated by blank lines so the pipeline starts a sentence at each
    assert a.text.count("\n\n") == 3


def test_html_publication_date_is_never_guessed(tmp_path):
    html = (INGEST / "article.html").read_text(encoding="utf-8")
    html = re.sub(r'<meta property="article:published_time"[^>]*>', "", html)
    p = tmp_path / "nodate.html"
    p.write_text(html, encoding="utf-8")
    [a] = read_articles(str(p))
    assert a.published is None  # not 2025-01-01 from "Copyright 2025", nor 2023 from the text
    p.write_text(html.replace("<h1>", '<time datetime="2025-03-21T08:00">21 March</time><h1>'), encoding="utf-8")
    [a] = read_articles(str(p))
    assert a.published == "2025-03-21"


def test_html_sniffed_without_extension(tmp_path):
    p = tmp_path / "page"
    p.write_bytes((INGEST / "article.html").read_bytes())
    [a] = read_articles(str(p))
    assert a.title.startswith("Sudan army") and "<p>" not in a.text


def test_html_without_article_text(tmp_path):
    p = tmp_path / "nav.html"
    p.write_text("<html><head><title>Live</title></head><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    assert "no article text" in _err(p).problem


def test_json_object_with_date_alias():
    [a] = read_articles(str(INGEST / "article.json"))
    assert a.title == "Myanmar junta extends state of emergency"
    assert a.published == "2023-07-31"
    assert a.source == "Example Wire" and a.url.endswith("myanmar-emergency")
    assert a.text.startswith("Myanmar's military government")


def test_json_list():
    arts = read_articles(str(INGEST / "articles.json"))
    assert [a.title for a in arts] == ["Ceasefire holds in Lebanon", "Georgia protests continue"]
    assert [a.published for a in arts] == ["2024-11-28", "2024-12-02"]


def test_jsonl_one_article_per_line_and_published_normalised():
    arts = read_articles(str(INGEST / "articles.jsonl"))
    assert len(arts) == 3
    assert [a.published for a in arts] == ["2024-06-26", "2024-04-12", "2024-04-19"]
    assert arts[0].origin.endswith("articles.jsonl:1")
    assert arts[2].origin.endswith("articles.jsonl:4")  # the blank line 2 is skipped


def test_jsonl_sniffed_from_content(tmp_path):
    p = tmp_path / "feed.txt.out"
    p.write_text((INGEST / "articles.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    assert len(read_articles(str(p))) == 3


def test_json_lines_in_a_json_file(tmp_path):
    p = tmp_path / "feed.json"
    p.write_text((INGEST / "articles.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    assert [a.published for a in read_articles(str(p))] == ["2024-06-26", "2024-04-12", "2024-04-19"]


def test_text_starting_with_a_bracket_is_not_json(tmp_path):
    p = tmp_path / "note"
    p.write_text("[Updated] Flooding forced thousands of people from their homes in Bangladesh on Monday.", encoding="utf-8")
    [a] = read_articles(str(p))
    assert a.text.startswith("[Updated]")


def test_stdin_is_sniffed(monkeypatch):
    data = (INGEST / "article.json").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    [a] = read_articles("-")
    assert a.published == "2023-07-31" and a.origin == "<stdin>"


def test_stdin_empty(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    err = _err("-")
    assert err.source == "<stdin>" and "empty" in err.problem


# --- encodings --------------------------------------------------------------------------

def test_cp1252_is_decoded():
    [a] = read_articles(str(INGEST / "cp1252.txt"))
    assert "S\u00e3o Paulo" in a.text and "\u201cwe will not retreat,\u201d" in a.text and "\u20ac40" in a.text


def test_utf16_with_bom_is_decoded():
    [a] = read_articles(str(INGEST / "utf16.txt"))
    assert a.text.startswith("The minister\u2019s statement") and "Z\u00fcrich" in a.text


def test_utf8_bom_is_dropped(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + (INGEST / "english.txt").read_bytes())
    [a] = read_articles(str(p))
    assert a.text.startswith("Chile's")


def test_unknown_encoding_is_refused(tmp_path):
    rng = random.Random(7)
    p = tmp_path / "garbled.txt"
    p.write_bytes(b"Report on the talks " + bytes(rng.randrange(0x80, 0x100) for _ in range(800)) + b" said.")
    err = _err(p)
    assert "encoding" in err.problem and err.source == str(p)


# --- refusals ---------------------------------------------------------------------------

def test_missing_file():
    err = _err(INGEST / "no-such-article.txt")
    assert err.problem == "no such file"


def test_directory():
    assert "directory" in _err(INGEST).problem


def test_empty_and_whitespace_only():
    assert "empty" in _err(INGEST / "empty.txt").problem
    assert "whitespace" in _err(INGEST / "whitespace.txt").problem


def test_empty_text_in_json(tmp_path):
    p = tmp_path / "blank.json"
    p.write_text(json.dumps({"text": "  \n "}), encoding="utf-8")
    assert "whitespace" in _err(p).problem


def test_binary_with_nul_bytes(tmp_path):
    p = tmp_path / "image.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert "binary" in _err(p).problem


def test_binary_with_control_characters(tmp_path):
    p = tmp_path / "blob.dat"
    p.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16]) * 20 + b"some words " * 10)
    assert "binary" in _err(p).problem


def test_too_large():
    err = _err(INGEST / "english.txt", max_chars=100)
    assert "above the limit of 100" in err.problem


def test_french_and_spanish_are_refused():
    fr = _err(INGEST / "french.txt")
    es = _err(INGEST / "spanish.txt")
    assert fr.problem == "the article is in French (fr), eventwire analyzes English only"
    assert "Spanish (es)" in es.problem


def test_short_text_with_foreign_words_is_accepted():
    [a] = read_articles(str(INGEST / "short_foreign_words.txt"))
    assert a.language == "en"


def test_invalid_jsonl_names_the_line():
    err = _err(INGEST / "bad.jsonl")
    # One JSONL reader for analyze and ingest: the line is named as file:line.
    assert err.source.endswith("bad.jsonl:3") and "invalid JSON" in err.problem


def test_invalid_json_names_line_and_column(tmp_path):
    p = tmp_path / "broken.json"
    p.write_text('{\n  "title": "x",\n  "text": "y",,\n}', encoding="utf-8")
    assert "line 3" in _err(p).problem


def test_json_without_text_field():
    err = _err(INGEST / "notext.json")
    assert '"text"' in err.problem and "body" in err.problem


def test_json_text_not_a_string(tmp_path):
    p = tmp_path / "num.json"
    p.write_text('{"text": 42}', encoding="utf-8")
    assert "not a string" in _err(p).problem


def test_foreign_article_inside_jsonl_names_its_line(tmp_path):
    lines = [json.dumps({"text": (INGEST / "english.txt").read_text(encoding="utf-8")}),
             json.dumps({"text": (INGEST / "spanish.txt").read_text(encoding="utf-8")})]
    p = tmp_path / "mixed.jsonl"
    p.write_text("\n".join(lines), encoding="utf-8")
    err = _err(p)
    assert err.source.endswith("mixed.jsonl:2") and "Spanish" in err.problem


# --- helpers ----------------------------------------------------------------------------

@pytest.mark.parametrize("raw,expected", [
    ("2023-10-07", "2023-10-07"),
    ("2023-10-07T12:30:00Z", "2023-10-07"),
    ("2023-10-07T23:30:00+02:00", "2023-10-07"),
    ("Sat, 07 Oct 2023 10:00:00 GMT", "2023-10-07"),
    ("October 7, 2023", "2023-10-07"),
    ("Oct. 7th, 2023", "2023-10-07"),
    ("7 October 2023", "2023-10-07"),
    ("2023/10/07", "2023-10-07"),
    ("1696680000", "2023-10-07"),
    ("yesterday", None),
    ("2023-02-30", None),
    ("", None),
    (None, None),
])
def test_normalise_date(raw, expected):
    assert normalise_date(raw) == expected


def test_article_id_ignores_whitespace_differences():
    assert article_id("Troops  withdrew.\n") == article_id("Troops withdrew.")
    assert normalise(" a\u0301 \n b ") == "\u00e1 b"
