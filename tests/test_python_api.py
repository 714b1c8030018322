"""The Python API (issue 11.7): docs/python.md's examples run as doctests, plus the edges."""
from __future__ import annotations

import doctest
import subprocess
import sys
from pathlib import Path

import pytest

import eventwire

ROOT = Path(__file__).resolve().parents[1]


def test_docs_python_md_examples_run(nlp):
    result = doctest.testfile(str(ROOT / "docs" / "python.md"), module_relative=False,
                              optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 10 and result.failed == 0


def test_import_is_cheap_and_names_load_on_use():
    code = "import sys, eventwire; print('spacy' in sys.modules, callable(eventwire.analyze_many))"
    out = subprocess.check_output([sys.executable, "-c", code], text=True,
                                  env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert out.split() == ["False", "True"]
    with pytest.raises(AttributeError):
        eventwire.no_such_name  # noqa: B018


def test_analyze_is_callable_however_the_package_was_imported(nlp):
    import eventwire.analyze as engine
    from eventwire.analyze import analyze_stream

    assert eventwire.analyze is engine and callable(analyze_stream)
    assert eventwire.analyze("Police arrested 12 protesters in Nairobi.").article.language == "en"


def test_html_gives_title_and_date_and_keywords_win(nlp):
    html = ("<html><head><title>Strike in Lagos</title><meta property='article:published_time' "
            "content='2025-02-03'></head><body><article><p>Workers in Lagos went on strike on Monday, "
            "the union said. The government said it would meet the union leaders next week.</p>"
            "</article></body></html>")
    rec = eventwire.analyze(html)
    assert rec.article.title == "Strike in Lagos" and rec.article.published == "2025-02-03"
    assert "<p>" not in rec.article.text
    assert eventwire.analyze(html, title="Mine").article.title == "Mine"


def test_analyze_refuses_what_the_cli_refuses(nlp):
    with pytest.raises(eventwire.InputError, match="eventwire analyzes English only"):
        eventwire.analyze("Die Regierung hat am Montag in Berlin neue Gesetze beschlossen, die im "
                          "nächsten Jahr in Kraft treten sollen, sagte ein Sprecher des Ministeriums.")
    with pytest.raises(eventwire.InputError, match="above the limit"):
        eventwire.analyze("word " * 50, settings=eventwire.Settings(max_chars=100))
    with pytest.raises(eventwire.InputError, match="cannot analyze a int"):
        list(eventwire.analyze_many([3]))


def test_open_store_existing_refuses_a_missing_store(tmp_path):
    from eventwire.errors import EventwireError

    with pytest.raises(EventwireError, match="no store there"):
        eventwire.open_store(str(tmp_path / "none.db"), existing=True)
