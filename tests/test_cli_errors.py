"""``eventwire analyze`` as a user runs it: bad input gives one line on stderr, good input a record.

Each case is a real subprocess (``python -m eventwire``). The error cases are started
together and fail before the spaCy model loads, so they cost little; only the three
success cases load the model.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys

import pytest

from conftest import DATA, ROOT

INGEST = DATA / "ingest"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _start(args: list[str], stdin: bytes | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "eventwire", "analyze", *args],
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=ENV,
    )


def _finish(proc: subprocess.Popen, stdin: bytes | None = None) -> tuple[int, str, str]:
    out, err = proc.communicate(stdin, timeout=300)
    return proc.returncode, out.decode("utf-8"), err.decode("utf-8")


def _bad_inputs(tmp: "os.PathLike") -> dict[str, tuple[list[str], str, str]]:
    """case -> (arguments, file named in the message, words of the problem)."""
    rng = random.Random(3)
    (tmp / "nothing-here").mkdir()
    (tmp / "nothing-here" / "notes.log").write_text("not an article file", encoding="utf-8")
    binary = tmp / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(rng.randrange(256) for _ in range(2000)))
    garbled = tmp / "garbled.txt"
    garbled.write_bytes(b"Ceasefire talks " + bytes(rng.randrange(0x80, 0x100) for _ in range(900)) + b" resumed.")
    missing = str(INGEST / "missing-article.txt")
    english = str(INGEST / "english.txt")
    return {
        "missing": ([missing], missing, "no such file"),
        # analyze reads a directory's articles (test_analyze_stream.py); one without any says so
        "directory": ([str(tmp / "nothing-here")], str(tmp / "nothing-here"), "no article files in the directory"),
        "empty": ([str(INGEST / "empty.txt")], str(INGEST / "empty.txt"), "empty"),
        "whitespace": ([str(INGEST / "whitespace.txt")], str(INGEST / "whitespace.txt"), "whitespace"),
        "binary": ([str(binary)], str(binary), "binary"),
        "encoding": ([str(garbled)], str(garbled), "encoding"),
        "too-large": ([english, "--max-chars", "50"], english, "above the limit of 50"),
        "french": ([str(INGEST / "french.txt")], str(INGEST / "french.txt"), "French (fr)"),
        "spanish": ([str(INGEST / "spanish.txt")], str(INGEST / "spanish.txt"), "Spanish (es)"),
        "no-text": ([str(INGEST / "notext.json")], str(INGEST / "notext.json"), '"text" field'),
    }


@pytest.fixture(scope="module")
def error_runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad")
    cases = _bad_inputs(tmp)
    procs = {name: _start(args) for name, (args, _, _) in cases.items()}
    return {name: (_finish(proc), cases[name]) for name, proc in procs.items()}


@pytest.mark.parametrize("case", [
    "missing", "directory", "empty", "whitespace", "binary", "encoding", "too-large",
    "french", "spanish", "no-text",
])
def test_bad_input_gives_one_line(error_runs, case):
    (code, out, err), (_, named, problem) = error_runs[case]
    assert code == 2
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"eventwire: {named}: ")
    assert problem in lines[0]


def test_stdin_error_names_stdin():
    proc = _start(["-"], stdin=b"")
    code, _, err = _finish(proc, b"   \n")
    assert code == 2 and err.strip().startswith("eventwire: <stdin>: ") and "Traceback" not in err


@pytest.fixture(scope="module")
def good_runs():
    html = (INGEST / "article.html").read_bytes()
    procs = {
        "html-stdin": (_start(["-"], stdin=html), html),
        "json": (_start([str(INGEST / "article.json"), "--source", "Override Wire"]), None),
        "jsonl": (_start([str(INGEST / "articles.jsonl"), "--format", "jsonl"]), None),
    }
    return {name: _finish(proc, data) for name, (proc, data) in procs.items()}


def test_html_from_stdin_gets_title_and_published(good_runs):
    code, out, err = good_runs["html-stdin"]
    assert code == 0, err
    [rec] = [json.loads(out)]
    art = rec["article"]
    assert art["title"] == "Sudan army retakes presidential palace in Khartoum"
    assert art["published"] == "2025-03-21"
    assert art["source"] == "The Daily Ledger"
    assert "Subscribe" not in art["text"]
    # "on Friday" in an article published on Friday 2025-03-21 is that day
    assert {"text": "on Friday", "value": "2025-03-21"}.items() <= next(
        d for d in rec["dates"] if d["text"] == "on Friday").items()


def test_json_fields_and_cli_override(good_runs):
    code, out, err = good_runs["json"]
    assert code == 0, err
    art = json.loads(out)["article"]
    assert art["title"] == "Myanmar junta extends state of emergency"
    assert art["published"] == "2023-07-31"
    assert art["source"] == "Override Wire"
    assert art["url"] == "https://wire.example/myanmar-emergency"


def test_jsonl_gives_one_line_per_article(good_runs):
    code, out, err = good_runs["jsonl"]
    assert code == 0, err
    lines = out.strip().split("\n")
    assert len(lines) == 3
    recs = [json.loads(line) for line in lines]
    assert [r["article"]["title"] for r in recs] == [
        "Kenya withdraws finance bill after deadly protests", "Argentina's inflation slows", "Polls open in India"]
    assert [r["article"]["published"] for r in recs] == ["2024-06-26", "2024-04-12", "2024-04-19"]
    wednesday = [d for d in recs[0]["dates"] if d["text"] == "on Wednesday"]
    assert wednesday and wednesday[0]["value"] == "2024-06-26"
