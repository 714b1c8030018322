"""`eventwire ingest` on broken archives (issue 14.2): a cut-off WARC record is rejected and
named, never stored half, --strict exits 1; a garbage .warc says so and exits non-zero."""
from __future__ import annotations

import gzip
from pathlib import Path

from eventwire.cli import main

from test_ingest_corpus import summary_of

CORPUS = Path(__file__).parent / "data" / "corpus"


def test_cut_off_warc_is_rejected_and_strict_exits_1(tmp_path, capsys, nlp):
    raw = gzip.decompress((CORPUS / "pages.warc.gz").read_bytes())
    f = tmp_path / "cut.warc"
    f.write_bytes(raw[: raw.index(b"Ethiopia") + 40])  # the second page cut inside its text
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(f), "--db", db, "--no-progress", "--strict"]) == 1
    err = capsys.readouterr().err
    assert summary_of(err)["new"] == 1  # the first page, whole
    assert any("cut.warc@" in ln and "cut off" in ln for ln in err.splitlines()), err


def test_garbage_warc_says_so_and_exits_non_zero(tmp_path, capsys):
    f = tmp_path / "junk.warc"
    f.write_bytes(b"<html>this is not an archive</html>\n" * 50)
    code = main(["ingest", str(f), "--db", str(tmp_path / "s.db"), "--no-progress"])
    err = capsys.readouterr().err
    assert code != 0
    assert f"{f}: not a WARC or ARC file" in err
    assert "no article could be read" in err
