"""The CLI layer: every command group registers, and option values are checked."""
import subprocess
import sys

from conftest import SAMPLE

from eventwire.cli import build_parser


def test_every_command_group_registers():
    commands = set(build_parser()._subparsers._group_actions[0].choices)
    assert {"analyze", "schema", "eval", "ingest", "reprocess", "load", "events", "quotes", "figures",
            "search", "stats", "export", "serve"} <= commands


def test_unreadable_published_date_is_one_line_error():
    out = subprocess.run([sys.executable, "-m", "eventwire", "analyze", str(SAMPLE), "--published", "yesterday-ish"],
                         capture_output=True, text=True)
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == ["eventwire: --published: cannot read 'yesterday-ish' as a date (use YYYY-MM-DD)"]
    assert out.stdout == ""


def test_pretty_format_prints_quotes_with_speakers():
    out = subprocess.run([sys.executable, "-m", "eventwire", "analyze", str(SAMPLE), "--published", "2025-05-20",
                          "--format", "pretty"], capture_output=True, text=True, env={"COLUMNS": "200", "PATH": ""})
    assert out.returncode == 0, out.stderr
    assert "Quotes (" in out.stdout and "Basem Naim" in out.stdout and "Sky News" in out.stdout
    assert "Dates (" in out.stdout and "2024-11" in out.stdout
