"""The everyday path (issue 11): dates never silently lost, CLI hygiene, terminal output
that survives hostile text and fits 80 columns, csv/jsonl that stream every row."""
from __future__ import annotations

import argparse
import json
import re
import shlex
from pathlib import Path

import pytest

from eventwire.cli import build_parser, main
from eventwire.commands import corpus
from eventwire.record import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[1]

DATED = {"text": "Protesters marched through Nairobi on Monday, police said. Police arrested 12 people "
                 "after the march, the interior ministry said.", "title": "March in Nairobi",
         "published": "2025-03-05", "source": "Wire", "url": "https://example.org/a"}
UNDATED = {"text": "Yesterday, the army attacked rebel positions near Goma, a spokesman said. "
                   "\"We will not stop,\" [bold]the spokesman[/bold] told reporters.", "title": "Goma"}
HOSTILE = {"text": "The minister said \x1b]0;pwned\x07the talks in Geneva had failed \x1b[2Jcompletely, "
                   "after three days of meetings between the two delegations and their mediators. "
                   "\"We condemn the [red]attack[/red] on the convoy,\" the minister said on Tuesday, "
                   "adding that the government would send a new team to the talks next month.",
           "title": "Talks \x1b[5mfail", "published": "2025-03-06", "source": "Wire [x]"}


def _jsonl(path: Path, *items: dict) -> str:
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    d = tmp_path_factory.mktemp("usab")
    db = str(d / "s.db")
    assert main(["ingest", _jsonl(d / "in.jsonl", DATED, UNDATED, HOSTILE), "--db", db, "--no-progress"]) == 0
    return db


def _out(capsys, argv, code=0):
    assert main(argv) == code
    return capsys.readouterr()


# ----------------------------------------------------------------------------- 11.1 dates
def test_ingest_counts_and_warns_about_undated_articles(tmp_path, capsys):
    db = str(tmp_path / "d.db")
    err = _out(capsys, ["ingest", _jsonl(tmp_path / "u.jsonl", UNDATED), "--db", db, "--no-progress"]).err
    assert "1 undated" in err and "warning: 1 of 1 stored articles have no publication date" in err


def test_ingest_published_dates_only_the_articles_without_a_date(tmp_path, capsys):
    db = str(tmp_path / "p.db")
    src = _jsonl(tmp_path / "two.jsonl", DATED, UNDATED)
    err = _out(capsys, ["ingest", src, "--db", db, "--no-progress", "--published", "2025-04-01"]).err
    assert "0 undated" in err and "warning" not in err
    days = {e["article"]["title"]: e["article"]["published"]
            for e in map(json.loads, _out(capsys, ["events", "--db", db, "--format", "jsonl"]).out.splitlines())}
    assert days == {"March in Nairobi": "2025-03-05", "Goma": "2025-04-01"}
    assert _out(capsys, ["ingest", src, "--db", db, "--published", "yesterday"], code=2).err.count("\n") == 1


def test_reingest_with_changed_metadata_updates_it(tmp_path, capsys):
    db = str(tmp_path / "m.db")
    _out(capsys, ["ingest", _jsonl(tmp_path / "a.jsonl", UNDATED), "--db", db, "--no-progress"])
    again = _out(capsys, ["ingest", _jsonl(tmp_path / "a.jsonl", UNDATED), "--db", db, "--no-progress"]).err
    assert "0 new, 1 unchanged" in again and "0 updated" in again
    dated = dict(UNDATED, published="2025-02-10", source="Agency")
    err = _out(capsys, ["ingest", _jsonl(tmp_path / "b.jsonl", dated), "--db", db, "--no-progress"]).err
    assert "1 updated" in err and "0 undated" in err
    item = json.loads(_out(capsys, ["quotes", "--db", db, "--format", "jsonl"]).out.splitlines()[0])
    assert (item["article"]["published"], item["article"]["source"]) == ("2025-02-10", "Agency")
    # an input that leaves a field empty keeps the stored value: nothing changed
    err = _out(capsys, ["ingest", _jsonl(tmp_path / "c.jsonl", dict(UNDATED, published="2025-02-10")),
                        "--db", db, "--no-progress"]).err
    assert "1 unchanged" in err and "0 updated" in err


def test_a_date_filter_says_how_many_undated_events_it_left_out(store, capsys):
    err = _out(capsys, ["events", "--db", store, "--since", "2025-01-01"]).err
    undated = _out(capsys, ["stats", "--db", store, "--format", "json"]).out
    n = json.loads(undated)["totals"]["undated_events"]
    assert n >= 1
    assert f"{n} undated event(s) left out by --since/--until" in err
    assert "undated" not in _out(capsys, ["events", "--db", store]).err


def test_stats_says_how_many_events_are_undated(store, capsys):
    res = _out(capsys, ["stats", "--db", store])
    assert re.search(r"\d+ of \d+ events are undated", res.err)


def test_relative_dates_in_an_undated_article_stay_unresolved():
    from eventwire.analyze import analyze_text

    text = "Yesterday the council met. On Monday it voted, and last week it had refused."
    assert analyze_text(text).dates == []
    resolved = {d.text: d.value for d in analyze_text(text, published="2025-05-20").dates}
    assert resolved.get("Yesterday") == "2025-05-19" and len(resolved) >= 2  # the same text, dated, resolves


# ----------------------------------------------------------------------------- 11.4 hygiene
@pytest.mark.parametrize("argv", [["events"], ["quotes"], ["figures"], ["stats"], ["search", "x"],
                                  ["export"], ["reprocess"]])
def test_read_commands_refuse_a_store_that_is_not_there(tmp_path, capsys, argv):
    db = tmp_path / "typo.db"
    err = _out(capsys, [*argv, "--db", str(db)], code=2).err
    assert err.count("\n") == 1 and "no store there" in err
    assert not db.exists()


def test_type_is_checked_against_plover_and_country_takes_codes_or_names(store, capsys):
    err = _out(capsys, ["events", "--db", store, "--type", "PROTEST,RIOTING"], code=2).err
    assert err.count("\n") == 1 and "RIOTING not a PLOVER type" in err and "ASSAULT" in err
    assert len(EVENT_TYPES) == 16
    lower = _out(capsys, ["events", "--db", store, "--type", "protest", "--format", "jsonl"]).out
    assert all(json.loads(line)["type"] == "PROTEST" for line in lower.splitlines())
    outs = {c: _out(capsys, ["events", "--db", store, "--country", c, "--format", "jsonl"]).out
            for c in ("KE", "KEN", "Kenya", "kenya")}
    assert len(set(outs.values())) == 1
    err = _out(capsys, ["events", "--db", store, "--country", "Atlantis"], code=2).err
    assert "'Atlantis' is not an ISO 3166 code or country name" in err
    assert "not a date" in _out(capsys, ["events", "--db", store, "--since", "2025-13-45"], code=2).err


@pytest.mark.parametrize("make", [
    lambda d: (d / "empty").mkdir() or d / "empty",
    lambda d: (d / "b.bin").write_bytes(b"\x00\x01\x02" * 100) and d / "b.bin",
])
def test_ingest_of_nothing_readable_fails_and_leaves_no_store(tmp_path, capsys, make):
    src = make(tmp_path)
    db = tmp_path / "none.db"
    err = _out(capsys, ["ingest", str(src), "--db", str(db), "--no-progress"], code=1).err
    assert "no article could be read" in err
    assert not db.exists() and not list(tmp_path.glob("none.db*"))


def _actions(parser: argparse.ArgumentParser, path: str = "eventwire"):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _actions(sub, f"{path} {name}")
        elif not isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
            yield path, action


def test_every_option_has_help():
    missing = [f"{path} {'/'.join(a.option_strings) or a.dest}" for path, a in _actions(build_parser())
               if not a.help]
    assert not missing, missing


def _readme_commands() -> list[str]:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip().startswith(".venv/bin/eventwire ")]


def test_every_readme_command_can_be_pasted():
    commands = _readme_commands()
    assert len(commands) >= 10
    parser = build_parser()
    for line in commands:
        words = shlex.split(line, comments=True)
        assert not {"|", "||", "&", ";", ">", "<"} & set(words) and not any("|" in w for w in words), line
        try:
            parser.parse_args(words[1:])
        except SystemExit:
            pytest.fail(f"README command does not parse: {line}")


# ----------------------------------------------------------------------------- 11.3 + 14.9 terminal
@pytest.mark.parametrize("argv", [["quotes"], ["events"], ["figures"], ["search", "minister"], ["stats"]])
def test_tables_fit_80_columns_and_keep_headers_whole(store, capsys, monkeypatch, argv):
    monkeypatch.setenv("COLUMNS", "80")
    out = _out(capsys, [*argv, "--db", store]).out
    assert out.strip()
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "\x1b" not in out


def test_brackets_survive_and_control_sequences_do_not(store, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    quotes = _out(capsys, ["quotes", "--db", store]).out
    assert "[red]attack[/red]" in quotes
    search = _out(capsys, ["search", "spokesman", "--db", store]).out
    assert "a [spokesman] said" in search and "[bold" in search  # the match marks and the data's own
    for out in (quotes, search, _out(capsys, ["events", "--db", store]).out):
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out.replace("\n", ""))
        assert "pwned" not in out or "]0;" not in out


def test_analyze_pretty_strips_control_sequences(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    path = tmp_path / "h.json"
    path.write_text(json.dumps(HOSTILE), encoding="utf-8")
    out = _out(capsys, ["analyze", str(path), "--format", "pretty"]).out
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out.replace("\n", ""))
    assert "[red]attack[/red]" in out and "completely" in out


def test_clean_removes_each_kind_of_control():
    from eventwire.terminal import clean

    assert clean("a\x1b[2Jb\x1b]0;title\x07c\x1b]2;t\x1b\\d\x9b31me") == "abcde"
    assert clean("x\u202eevil\u202c y\x00z\x7f") == "xevil yz"
    assert clean("one\ntwo\tthree", one_line=True) == "one two three"
    assert clean("[b]kept[/b] \\[also\\]") == "[b]kept[/b] \\[also\\]"


def test_narrow_terminals_get_one_record_per_block(store, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    out = _out(capsys, ["quotes", "--db", store]).out
    assert max(len(line) for line in out.splitlines()) <= 40
    assert re.search(r"^\s*speaker  ", out, flags=re.M)


# ----------------------------------------------------------------------------- 11.3 limits
def test_csv_and_jsonl_stream_every_row_and_tables_stop_at_the_limit(store, capsys, monkeypatch):
    monkeypatch.setattr(corpus, "PAGE", 1)       # one row per query: the paging must carry on
    monkeypatch.setattr(corpus, "TABLE_LIMIT", 1)
    total = json.loads(_out(capsys, ["stats", "--db", store, "--format", "json"]).out)["totals"]["quotes"]
    assert total >= 2
    jsonl = _out(capsys, ["quotes", "--db", store, "--format", "jsonl"]).out.splitlines()
    assert len(jsonl) == total and len({(json.loads(x)["article_id"], json.loads(x)["id"]) for x in jsonl}) == total
    csv_rows = _out(capsys, ["quotes", "--db", store, "--format", "csv"]).out.strip().splitlines()
    assert len(csv_rows) == total + 1
    assert len(_out(capsys, ["quotes", "--db", store, "--format", "jsonl", "--limit", "1"]).out.splitlines()) == 1
    table = _out(capsys, ["quotes", "--db", store])
    assert f"1 of {total} (offset 0) (--limit N for more)" in table.err


def test_the_first_ingest_says_it_loads_the_model(tmp_path, capsys, monkeypatch):
    from eventwire import nlp

    monkeypatch.setattr(nlp, "get_nlp", nlp.get_nlp.__wrapped__)  # as in a fresh process
    err = _out(capsys, ["ingest", _jsonl(tmp_path / "x.jsonl", DATED), "--db", str(tmp_path / "x.db"),
                        "--no-progress"]).err
    assert err.index("loading the language model") < err.index(" new, ")


def test_the_app_closes_its_store_at_shutdown_without_deprecated_hooks(tmp_path, recwarn):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from eventwire.api import ServerSettings, create_app

    app = create_app(str(tmp_path / "w.db"), ServerSettings())
    state = app.state.eventwire
    closed = []
    original = state.close
    state.close = lambda: (closed.append(True), original())
    with TestClient(app) as client:
        assert client.get("/api/stats").status_code == 200
    assert closed == [True]
    assert not [w for w in recwarn if "on_event" in str(w.message)]
