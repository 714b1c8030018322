"""Hostile input (issue 14): no record, however broken, stops a run or leaves the readers
with anything but an article or a one-line rejection naming where it is."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.readers import ArticleInput, Rejected, article_id, read_corpus

CORPUS = Path(__file__).parent / "data" / "corpus"
LONG = ("Troops advanced on the town of Kherson on Monday, officials said in a statement, "
        "and the regional governor urged residents to stay in shelters until the shelling ends.")


def split(items):
    items = list(items)
    return [i for i in items if isinstance(i, ArticleInput)], [i for i in items if isinstance(i, Rejected)]


def assert_clean(items) -> None:
    """Every item is an article whose id can be computed or a one-line rejection."""
    for it in items:
        assert isinstance(it, (ArticleInput, Rejected)), type(it)
        if isinstance(it, Rejected):
            assert "\n" not in str(it) and it.origin and it.reason
        else:
            article_id(it.text)
            for value in (it.text, it.title, it.source, it.url, it.published):
                if value is not None:
                    value.encode("utf-8")


# --- 14.1 lone surrogates and deep nesting ----------------------------------------------------

def test_lone_surrogate_in_a_jsonl_line_is_replaced_and_the_batch_goes_on(tmp_path):
    f = tmp_path / "wires.jsonl"
    f.write_text(json.dumps({"text": LONG.replace("Kherson", "Kher\ud800son"), "title": "Alert \udfff"}) + "\n"
                 + json.dumps({"text": LONG}) + "\n", encoding="utf-8", errors="surrogatepass")
    arts, rejected = split(read_corpus([str(f)]))
    assert not rejected and len(arts) == 2
    assert "Kher\ufffdson" in arts[0].text and arts[0].title == "Alert \ufffd"
    assert article_id(arts[0].text) != article_id(arts[1].text)


def test_lone_surrogate_in_a_json_file_and_a_feed_entity(tmp_path):
    j = tmp_path / "one.json"
    j.write_text('{"text": "%s"}' % LONG.replace("town", "town \\udbff"), encoding="utf-8")
    rss = tmp_path / "feed.rss"
    rss.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>t</title>'
                   f'<description>{LONG.replace("town", "town &#xD800;")}</description></item></channel></rss>',
                   encoding="utf-8")
    for src in (j, rss):
        items = list(read_corpus([str(src)]))
        assert_clean(items)
        arts, _ = split(items)
        assert len(arts) == 1 and "\ufffd" in arts[0].text


def test_deeply_nested_json_rejects_that_record_only(tmp_path):
    f = tmp_path / "deep.jsonl"
    f.write_text("[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"text": LONG}) + "\n"
                 + json.dumps({"text": LONG + " More.", "title": {"a": [[[[[[1]]]]]]}}) + "\n", encoding="utf-8")
    items = list(read_corpus([str(f)]))
    assert_clean(items)
    arts, rejected = split(items)
    assert [r.origin.rsplit("/", 1)[-1] for r in rejected] == ["deep.jsonl:1"]
    assert "nested too deeply" in rejected[0].reason
    assert [a.origin.rsplit("/", 1)[-1] for a in arts] == ["deep.jsonl:2", "deep.jsonl:3"]
    deep = tmp_path / "deep.json"
    deep.write_text('{"text": "x", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    [r] = list(read_corpus([str(deep)]))
    assert isinstance(r, Rejected) and "nested too deeply" in r.reason and r.origin.endswith("deep.json")


def test_any_unexpected_failure_in_a_record_becomes_a_rejection(tmp_path, monkeypatch):
    from eventwire.readers import checks

    f = tmp_path / "w.jsonl"
    f.write_text(json.dumps({"text": LONG}) + "\n" + json.dumps({"text": LONG + " Again."}) + "\n")
    calls = []
    real = checks.validate

    def flaky(art, max_chars):
        calls.append(art.origin)
        if len(calls) == 1:
            raise MemoryError("boom")
        return real(art, max_chars)

    monkeypatch.setattr(checks, "validate", flaky)
    arts, rejected = split(read_corpus([str(f)]))
    assert [r.origin.rsplit("/", 1)[-1] for r in rejected] == ["w.jsonl:1"]
    assert "MemoryError" in rejected[0].reason
    assert len(arts) == 1


# --- 14.1 fuzz: random and mutated input to every reader ---------------------------------------

SEEDS = {
    ".jsonl": (json.dumps({"text": LONG, "title": "A", "published": "2025-01-02"}) + "\n"
               + json.dumps({"text": LONG + " B."}) + "\n").encode(),
    ".json": json.dumps([{"text": LONG, "date": "2024-03-04"}]).encode(),
    ".csv": ("text,title,published\n\"" + LONG + "\",T,2024-01-01\n").encode(),
    ".rss": (CORPUS / "feed.rss").read_bytes(),
    ".html": f"<html><head><title>T</title></head><body><article><p>{LONG}</p></article></body></html>".encode(),
    ".warc": gzip.decompress((CORPUS / "pages.warc.gz").read_bytes()),
    ".txt": LONG.encode(),
}
NASTY = [b"\xed\xa0\x80", b"\\ud800", b"&#xD800;", b"&#0;", b"\x00", b"[" * 3000, b"{\"a\":" * 2000,
         b"\xff\xfe", b"\"", b"\r\n", b"<![CDATA[", b"<!ENTITY x \"y\">", b"\x1b[2J", "\ufeff".encode(),
         b"Content-Length: 99999999\r\n", b"WARC/1.0\r\n", b"\xc3", b"\n\n\n"]


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["insert", "delete", "flip", "truncate", "nasty", "line"]))
        pos = draw(st.integers(0, max(0, len(data))))
        if op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=20))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 50))]
        elif op == "flip" and data:
            data[min(pos, len(data) - 1)] ^= draw(st.integers(1, 255))
        elif op == "truncate":
            del data[pos:]
        elif op == "nasty":
            data[pos:pos] = draw(st.sampled_from(NASTY))
        else:  # a nasty line of its own, where a line-based reader starts a record
            starts = [0] + [i + 1 for i, b in enumerate(data) if b == 10]
            at = draw(st.sampled_from(starts))
            data[at:at] = draw(st.sampled_from(NASTY)) + b"\n"
    return bytes(data)


# Any code point, lone surrogates included (hypothesis leaves them out by default).
CHARS = st.one_of(st.characters(), st.integers(0xD800, 0xDFFF).map(chr))


def _inputs():
    random_bytes = st.tuples(st.sampled_from(sorted(SEEDS)), st.binary(max_size=400))
    mutants = st.sampled_from(sorted(SEEDS)).flatmap(lambda ext: st.tuples(st.just(ext), mutated(SEEDS[ext])))
    texts = st.tuples(st.sampled_from([".jsonl", ".json", ".txt"]),
                      st.text(CHARS, max_size=200).map(lambda t: json.dumps({"text": t}).encode("utf-8", "surrogatepass")))
    return st.one_of(random_bytes, mutants, texts)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(case=_inputs())
def test_fuzz_every_reader_yields_only_articles_or_rejections(tmp_path, case):
    ext, data = case
    f = tmp_path / f"fuzz{ext}"
    f.write_bytes(data)
    assert_clean(read_corpus([str(f)]))


def test_seeds_are_read_as_articles(tmp_path):
    # The fuzz seeds are valid input: the fuzz test mutates real articles, not junk only.
    for ext, data in SEEDS.items():
        f = tmp_path / f"seed{ext}"
        f.write_bytes(data)
        arts, rejected = split(read_corpus([str(f)]))
        assert arts, (ext, rejected)


# --- 14.2 truncated and garbage archives ---------------------------------------------------------

WARC = gzip.decompress((CORPUS / "pages.warc.gz").read_bytes())
SECOND = WARC.index(b"WARC/1.0", 10)  # where the second record starts


def test_warc_cut_inside_a_record_is_rejected_not_stored(tmp_path):
    for cut in (900, SECOND - 10):  # inside the first page's HTML, and in its closing tag
        f = tmp_path / f"cut{cut}.warc"
        f.write_bytes(WARC[:cut])
        arts, rejected = split(read_corpus([str(f)]))
        assert not arts, cut
        assert rejected and rejected[0].origin.endswith(f"cut{cut}.warc@0")
        assert "cut off" in rejected[0].reason


def test_warc_record_failing_its_digest_is_rejected(tmp_path):
    i = WARC.index(b"Houthis", 400)
    f = tmp_path / "tampered.warc"
    f.write_bytes(WARC[:i] + b"Xouthis" + WARC[i + 7:])
    arts, rejected = split(read_corpus([str(f)]))
    assert [a.title for a in arts] == ["Ethiopia and Somalia agree to talks"]
    assert any(r.origin.endswith("tampered.warc@0") and "digest" in r.reason for r in rejected)


def test_garbage_warc_says_so(tmp_path, capfd):
    f = tmp_path / "junk.warc"
    f.write_bytes(b"hello world this is junk\n" * 20)
    items = list(read_corpus([str(f)]))
    assert [str(i) for i in items] == [f"{f}: not a WARC or ARC file (it does not start with a WARC/ or ARC header)"]
    assert capfd.readouterr().err == ""  # warcio's multi-line warnings do not reach the terminal


# --- 14.3 encodings ---------------------------------------------------------------------------------

UTF8_NEWS = ("The minister\u2019s visit to Orl\u00e9ans and Z\u00fcrich drew protests \u2014 \u201cwe will not "
             "back down,\u201d said Fran\u00e7ois M\u00fcller, a union leader. " * 6)


@pytest.mark.parametrize("stray,repaired", [(b"\xe9", "\u00e9"), (b"\x92", "\u2019"), (b"\xa0", "\u00a0")])
def test_stray_latin1_byte_in_utf8_is_repaired_and_reported(tmp_path, capsys, stray, repaired):
    from eventwire.readers import read_articles

    raw = UTF8_NEWS.encode("utf-8")
    cut = raw.index(b"drew")
    f = tmp_path / "stray.txt"
    f.write_bytes(raw[:cut] + b"caf" + stray + b" " + raw[cut:])
    [a] = read_articles(str(f))
    assert a.text == UTF8_NEWS[:UTF8_NEWS.index("drew")] + "caf" + repaired + " " + UTF8_NEWS[UTF8_NEWS.index("drew"):]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(f) in err and "not valid UTF-8" in err and "1 byte" in err


def test_legacy_file_without_utf8_is_still_detected(tmp_path, capsys):
    from eventwire.readers import read_articles

    text = "The minister\u2019s visit to Orl\u00e9ans drew protests, officials said on Monday. " * 5
    f = tmp_path / "legacy.txt"
    f.write_bytes(text.encode("cp1252"))
    [a] = read_articles(str(f))
    assert a.text == text and capsys.readouterr().err == ""


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_bom_are_decoded(tmp_path, codec):
    from eventwire.readers import read_articles

    f = tmp_path / f"{codec}.txt"
    f.write_bytes(UTF8_NEWS.encode(codec))
    [a] = read_articles(str(f))
    assert a.text == UTF8_NEWS


def test_binary_with_nul_bytes_is_still_binary(tmp_path):
    from eventwire.errors import InputError
    from eventwire.readers import read_articles

    f = tmp_path / "blob.txt"
    f.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(InputError, match="binary"):
        read_articles(str(f))


# --- 14.11 junk that is not an article ---------------------------------------------------------------

@pytest.mark.parametrize("junk", [
    "lollollol",  # what an entity-expansion bomb leaves after parsing
    '"' * 8000,
    "\U0001F600\U0001F525\U0001F4A5 " * 40,
    "12 34 56 78 90 -- ... !!! ??? 2024",
    "a b c d e f g h",
])
def test_text_without_enough_real_words_is_rejected(tmp_path, junk):
    f = tmp_path / "junk.jsonl"
    f.write_text(json.dumps({"text": junk}) + "\n" + json.dumps({"text": LONG}) + "\n", encoding="utf-8")
    arts, rejected = split(read_corpus([str(f)]))
    assert [a.origin.rsplit("/", 1)[-1] for a in arts] == ["junk.jsonl:2"]
    assert len(rejected) == 1 and "real words" in rejected[0].reason and rejected[0].origin.endswith(":1")


@pytest.mark.parametrize("short", [
    "Explosion reported in central Kabul.",
    "BREAKING: Israeli strike kills 12 in Gaza",
    "Markets closed higher on Friday.",
])
def test_a_short_real_brief_is_kept(tmp_path, short):
    f = tmp_path / "brief.txt"
    f.write_text(short, encoding="utf-8")
    arts, rejected = split(read_corpus([str(f)]))
    assert len(arts) == 1 and not rejected


def test_minimum_of_real_words_is_configurable(tmp_path):
    from eventwire.readers import Checks

    f = tmp_path / "brief.txt"
    f.write_text("Markets closed higher on Friday.", encoding="utf-8")
    arts, rejected = split(read_corpus([str(f)], checks=Checks(min_words=10)))
    assert not arts and "5 real words, below the minimum of 10" in rejected[0].reason


# --- 14.4 / 11.2 language identification -------------------------------------------------------------

ZH = ("全城都是一个创业公司：深圳是硬件公司的硅谷。政府周一宣布了新的经济刺激计划，以支持受洪水影响的农民。"
      "警方表示，三名嫌疑人已在首都被捕，调查仍在进行中。")
JA = ("政府は月曜日、洪水の被害を受けた農家を支援するための新たな経済対策を発表した。警察によると、"
      "首都で容疑者三人が逮捕され、捜査は現在も続いているという。")
TH = ("รัฐบาลไทยประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากน้ำท่วมในภาคเหนือ "
      "ตำรวจจับกุมผู้ต้องสงสัยสามคนหลังเกิดเหตุระเบิดในกรุงเทพมหานครเมื่อคืนวันจันทร์")


@pytest.mark.parametrize("text,code", [(ZH, "zh"), (JA, "ja"), (TH, "th")])
def test_chinese_japanese_thai_are_refused(tmp_path, text, code):
    f = tmp_path / f"{code}.txt"
    f.write_text(text, encoding="utf-8")
    _, rejected = split(read_corpus([str(f)]))
    assert len(rejected) == 1 and f"({code}" in rejected[0].reason and "English only" in rejected[0].reason


def test_words_are_counted_by_script():
    from eventwire.readers.language import word_count

    assert word_count("Troops advanced on Monday.") == 4
    assert word_count(ZH) >= 60 and word_count(JA) >= 60  # one per Han/kana character
    assert 25 <= word_count(TH) <= 45  # Thai: about four letters a word


def _english_sentences(min_words: int) -> list[str]:
    out = []
    for f in sorted((Path(__file__).parent / "data").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            try:
                text = json.loads(line).get("text")
            except (ValueError, AttributeError):
                continue
            if isinstance(text, str) and len(text.split()) >= min_words:
                out.append(" ".join(text.split()))
    return sorted(set(out))


def test_all_caps_english_is_never_refused():
    from eventwire.readers.language import foreign_language

    sentences = _english_sentences(20)
    assert len(sentences) > 150
    refused = [s for s in sentences if foreign_language(s.upper())]
    assert refused == []


def test_short_english_is_never_refused():
    from eventwire.readers.language import LANG_MIN_WORDS, first_words, foreign_language

    short = [first_words(s, LANG_MIN_WORDS - 1) for s in _english_sentences(3)]
    assert [s for s in short if foreign_language(s)] == []


# --- 11.2 readers stream: a record is yielded before the next one is read -------------------------

@pytest.mark.parametrize("name,header,row", [
    ("w.jsonl", "", lambda t: json.dumps({"text": t}) + "\n"),
    ("w.csv", "text\n", lambda t: '"' + t + '"\n'),
])
def test_readers_stream_one_record_at_a_time(tmp_path, name, header, row):
    f = tmp_path / name
    f.write_text(header + row(LONG), encoding="utf-8")
    items = read_corpus([str(f)])
    first = next(items)
    assert isinstance(first, ArticleInput)
    with open(f, "a", encoding="utf-8") as fh:  # written after the first record was yielded
        fh.write(row(LONG + " Later."))
    rest = [i for i in items if isinstance(i, ArticleInput)]
    assert [a.text for a in rest] == [LONG + " Later."]
