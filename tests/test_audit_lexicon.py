"""tools/audit_lexicon.py: every CAMEO code has a trigger, a content rule or a recorded exemption."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "audit_lexicon.py"


def _tool():
    spec = importlib.util.spec_from_file_location("audit_lexicon", TOOL)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_audit_reports_codes_without_triggers(tmp_path, capsys):
    book = tmp_path / "book.csv"
    book.write_text("code,name,goldstein,root_code,description,usage_notes\n"
                    "190,Use conventional military force,-10,19,,\n"
                    "19,FIGHT,-10,19,,\n"
                    "9999,An invented code,0,99,,\n"
                    "010,Make statement,0,01,,\n", encoding="utf-8")
    audit = _tool()
    assert audit.main(["--codebook", str(book), "--strict"]) == 1
    out = capsys.readouterr().out
    assert "9999" in out and "An invented code" in out
    assert "    190 " not in out and "    19 " not in out  # a root heading is coded through its residual code
    assert "    010 " not in out  # exempt in data/event_audit.yaml (public statements)


def test_audit_of_the_shipped_lexicon_finds_no_gap(capsys):
    audit = _tool()
    if not audit.DEFAULT_BOOK.is_file():
        pytest.skip("CAMEO codebook not available")
    assert audit.main(["--strict"]) == 0
    assert "0 with none" in capsys.readouterr().out


def test_audit_missing_codebook_is_one_line(tmp_path, capsys):
    assert _tool().main(["--codebook", str(tmp_path / "nope.csv")]) == 2
    err = capsys.readouterr().err
    assert "nope.csv" in err and len(err.strip().splitlines()) == 1
