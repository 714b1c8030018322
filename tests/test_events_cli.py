"""--events FILE on the command line (issue 10): user event lexicons reach the coder, and a bad
file is one line naming it before any article is read."""
from __future__ import annotations

import json

from eventwire.cli import main


def _article(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("The rebels zapped the garrison in Goma on Sunday.", encoding="utf-8")
    return art


def test_user_event_lexicon_from_the_command_line(tmp_path, capsys):
    lex = tmp_path / "mine.yaml"
    lex.write_text('entries:\n  - cameo: "190"\n    verbs: [zap]\n', encoding="utf-8")
    art = _article(tmp_path)
    assert main(["analyze", str(art)]) == 0
    assert not json.loads(capsys.readouterr().out)["events"]
    assert main(["analyze", str(art), "--events", str(lex), "--events", str(lex)]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    assert [(e["type"], e["trigger"]) for e in events] == [("ASSAULT", "zapped")]


def test_bad_event_lexicon_is_one_line_naming_the_file(tmp_path, capsys):
    art = _article(tmp_path)
    for name, body, problem in (("missing.yaml", None, "cannot read"), ("broken.yaml", "entries: [\n", "not valid YAML"),
                                ("list.yaml", "- a\n- b\n", "must be a mapping"),
                                ("type.yaml", 'entries:\n  - cameo: "190"\n    type: FIGHT\n    verbs: [zap]\n', "unknown type")):
        path = tmp_path / name
        if body is not None:
            path.write_text(body, encoding="utf-8")
        assert main(["analyze", str(art), "--events", str(path)]) != 0
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and name in err and problem in err, err
