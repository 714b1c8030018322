"""Corpus readers: every format yields articles with metadata, and every bad file or
record becomes a Rejected item naming where it is (path, :line, #entry, @offset)."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.readers import ArticleInput, Columns, Rejected, html_to_text, quick_count, read_corpus

CORPUS = Path(__file__).parent / "data" / "corpus"


def split(items):
    items = list(items)
    return [i for i in items if isinstance(i, ArticleInput)], [i for i in items if isinstance(i, Rejected)]


def test_directory_walk_reads_every_format_and_rejects_bad_records():
    arts, rejected = split(read_corpus([str(CORPUS / "mixed")]))
    origins = [a.origin.replace(str(CORPUS) + "/", "") for a in arts]
    assert origins == ["mixed/election.json", "mixed/kyiv-drones.txt", "mixed/wires.jsonl:1",
                       "mixed/wires.jsonl:2", "mixed/wires.jsonl:3", "mixed/sub/myanmar-junta.html"]
    reasons = {r.origin.replace(str(CORPUS) + "/", ""): r.reason for r in rejected}
    assert set(reasons) == {"mixed/empty.txt", "mixed/wires.jsonl:4", "mixed/wires.jsonl:5", "mixed/wires.jsonl:6"}
    assert "invalid JSON" in reasons["mixed/wires.jsonl:4"]
    assert "text" in reasons["mixed/wires.jsonl:5"]
    assert "empty" in reasons["mixed/wires.jsonl:6"]
    by_origin = {a.origin.rsplit("/", 1)[-1]: a for a in arts}
    assert by_origin["election.json"].published == "2024-11-21"
    assert by_origin["wires.jsonl:3"].published == "2025-01-11"  # "date" is read as published
    html = by_origin["myanmar-junta.html"]
    assert html.title == "Myanmar junta extends emergency rule" and "state of emergency" in html.text
    assert "<p>" not in html.text


def test_csv_with_named_columns():
    cols = Columns(text="body", title="headline", date="pubdate", url="link", source="outlet",
                   explicit=("headline", "pubdate", "link", "outlet"))
    arts, rejected = split(read_corpus([str(CORPUS / "news.csv")], cols))
    assert [(a.title, a.published, a.source, a.url) for a in arts] == [
        ("Court jails activists", "2024-11-19", "Harbour Post", "https://example.org/hk-court"),
        ("Brazil floods", "2024-05-06", "Sul News", "https://example.org/brazil-floods")]
    assert arts[0].origin.endswith("news.csv:2")
    assert [r.origin.rsplit("/", 1)[-1] for r in rejected] == ["news.csv:4"]


def test_csv_missing_columns_reject_the_file_with_the_header():
    _, rejected = split(read_corpus([str(CORPUS / "news.csv")]))
    assert len(rejected) == 1 and "no text column 'text'" in rejected[0].reason and "body" in rejected[0].reason
    _, rejected = split(read_corpus([str(CORPUS / "news.csv")], Columns(text="body", date="when", explicit=("when",))))
    assert len(rejected) == 1 and "no column 'when'" in rejected[0].reason


def test_csv_multiline_quoted_cells_and_tsv(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text('text,published\n"Protesters gathered in Tbilisi on Sunday.\n\nPolice used water cannon '
                 'to disperse the crowd outside parliament, witnesses said.",2024-12-01\n', encoding="utf-8")
    arts, rejected = split(read_corpus([str(f)]))
    assert not rejected and len(arts) == 1 and "\n\nPolice" in arts[0].text
    t = tmp_path / "b.tsv"
    t.write_text("text\tsource\nFarmers blocked roads across France on Monday to protest against low prices "
                 "and new environmental rules, the interior ministry said.\tParis Wire\n", encoding="utf-8")
    arts, _ = split(read_corpus([str(t)]))
    assert arts[0].source == "Paris Wire"


def test_rss_and_atom_entries():
    arts, rejected = split(read_corpus([str(CORPUS / "feed.rss"), str(CORPUS / "feed.atom"), str(CORPUS / "bad.rss")]))
    assert [(a.title, a.published, a.source) for a in arts] == [
        ("Mali junta expels French ambassador", "2023-01-31", "Sahel Report"),
        ("Venezuela detains opposition workers", "2024-08-02", "Andes Wire")]
    assert arts[0].text.count("\n\n") == 1 and "<p>" not in arts[0].text  # paragraphs kept, markup gone
    assert [r.origin.rsplit("/", 1)[-1] for r in rejected] == ["feed.rss#entry2", "bad.rss"]
    assert "not an RSS or Atom feed" in rejected[1].reason


def test_warc_html_responses_only_with_offsets():
    arts, rejected = split(read_corpus([str(CORPUS / "pages.warc.gz")]))
    assert [a.url for a in arts] == ["https://example.org/yemen", "https://example.org/ethiopia"]
    assert arts[0].title == "Houthis claim attack on ship" and "Copyright" not in arts[0].text
    assert arts[0].origin.endswith("pages.warc.gz@0")
    assert arts[1].source == "example.org"  # no site name in the page: the host
    assert len(rejected) == 1 and "@" in rejected[0].origin and "no article text" in rejected[0].reason


def test_truncated_warc_is_rejected_not_raised(tmp_path):
    data = (CORPUS / "pages.warc.gz").read_bytes()
    bad = tmp_path / "cut.warc.gz"
    bad.write_bytes(data[: len(data) // 2])
    items = list(read_corpus([str(bad)]))
    assert any(isinstance(i, Rejected) for i in items)
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"GET / HTTP/1.1\r\nthis is not a warc\r\n\r\n")
    items = list(read_corpus([str(junk)]))
    assert items and all(isinstance(i, Rejected) for i in items)


def test_missing_source_and_odd_inputs(tmp_path):
    _, rejected = split(read_corpus([str(tmp_path / "nope")]))
    assert rejected[0].reason == "no such file or directory"
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "fr.txt").write_text("Le gouvernement a annoncé mardi une nouvelle réforme des retraites, "
                                     "provoquant la colère des syndicats qui appellent à la grève dans tout le pays "
                                     "et à des manifestations dans les grandes villes la semaine prochaine.",
                                     encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden files are skipped.", encoding="utf-8")
    arts, rejected = split(read_corpus([str(tmp_path)]))
    assert not arts
    assert {r.origin.rsplit("/", 1)[-1] for r in rejected} == {"bin.txt", "fr.txt"}


def test_quick_count_estimates_articles():
    assert quick_count([str(CORPUS / "mixed")]) == 10  # 4 files + 6 JSONL lines
    assert quick_count([str(CORPUS / "news.csv")]) == 3
    assert quick_count([str(CORPUS / "pages.warc.gz")]) is None


@pytest.mark.parametrize("fragment,expected", [
    ("<p>One.</p><p>Two &amp; three.</p>", "One.\n\nTwo & three."),
    ("plain text, no markup", "plain text, no markup"),
    ("<script>alert(1)</script><div>Kept</div>", "Kept"),
    ("", ""),
    ("<p>unclosed <b>bold", "unclosed bold"),
])
def test_html_to_text(fragment, expected):
    assert html_to_text(fragment) == expected
