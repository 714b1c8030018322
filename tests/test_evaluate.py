"""Scoring library and `eventwire eval` on tiny hand-made gold."""
from __future__ import annotations

import json

import pytest

from eventwire.evaluate import (
    Tally, dev_line_to_gold, evaluate, format_table, greedy, load_gold, name_matches, prf, score_record,
    token_f1, token_recall,
)

TEXT = "Russian forces shelled Kharkiv. Hamas accepted the proposal, a spokesman said."
# A hand-made record: sentence 0 is 0..31, sentence 1 is 32..78.
RECORD = {
    "article": {"text": TEXT},
    "sentences": [{"index": 0, "start": 0, "end": 31}, {"index": 1, "start": 32, "end": 78}],
    "entities": [
        {"id": "E1", "name": "Russia", "kind": "country"},
        {"id": "E2", "name": "Kharkiv", "kind": "place"},
        {"id": "E3", "name": "Hamas", "kind": "organization"},
    ],
    "quotes": [{"id": "Q1", "text": "Hamas accepted the proposal", "start": 32, "end": 59, "speaker": None}],
    "events": [
        {"type": "ASSAULT", "actor": ["E1"], "sentence": 0, "start": 0, "end": 30},
        {"type": "REJECT", "actor": ["E3"], "sentence": 1, "start": 32, "end": 59},
        {"type": "PROTEST", "actor": [], "sentence": 1, "start": 60, "end": 77},
    ],
    "figures": [{"kind": "killed", "value": 3}],
    "dates": [],
}
GOLD = {
    "quotes": [{"speaker": "Abu Obeida", "text": "Hamas accepted the proposal"}],
    "events": [
        {"types": ["ASSAULT"], "actor": ["Russia"], "evidence": "Russian forces shelled Kharkiv"},
        {"types": ["AGREE"], "actor": ["Hamas"], "evidence": "Hamas accepted the proposal"},
    ],
    "figures": [{"kind": "killed", "value": 3}, {"kind": "wounded", "value": 9}],
}


def test_token_measures():
    assert token_f1("a b c", "a b c") == 1.0
    assert token_f1("", "a") == 0.0
    assert token_f1("a a b", "a b b") == pytest.approx(2 / 3)
    assert token_recall("ready to hand over", "they are ready to hand over all") == 1.0
    assert token_recall("x y", "x") == 0.5


def test_name_matching_rules():
    assert name_matches("Basem Naim", ["Naim"])
    assert name_matches("Benjamin Netanyahu", ["Netanyahu", None])
    assert not name_matches("Israeli", ["Israel"])
    assert name_matches(None, [None])
    assert not name_matches(None, ["Hamas"])


def test_prf_edges():
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert prf(0, 2, 0)[0] == 0.0
    assert prf(1, 2, 4) == pytest.approx((0.5, 0.25, 1 / 3))


def test_greedy_uses_each_item_once():
    pairs = greedy([1, 2], [1, 1, 2], lambda g, p: 1 if g == p else 0)
    assert sorted(pairs) == [(0, 0), (1, 2)]


def test_score_record_counts_and_confusion():
    t = score_record(GOLD, RECORD)
    s = t.summary()
    ev = s["parts"]["events"]
    assert (ev["tp"], ev["pred"], ev["gold"]) == (1, 3, 2)  # REJECT is not AGREE
    assert s["parts"]["event_actors"]["correct"] == 1
    assert s["parts"]["quotes"]["f1"] == 1.0
    assert s["parts"]["attribution"]["score"] == 0.0  # no speaker
    assert s["parts"]["figures"]["tp"] == 1 and s["parts"]["figures"]["gold"] == 2
    assert "entities" not in s["parts"]  # only parts present in the gold are scored
    # evidence matched, type differs: the confusion table shows AGREE -> REJECT
    assert s["confusion"]["AGREE"] == {"REJECT": 1}
    assert s["confusion"]["ASSAULT"] == {"ASSAULT": 1}
    assert s["confusion"]["(none)"] == {"PROTEST": 1}
    assert s["event_types"]["ASSAULT"]["f1"] == 1.0
    assert s["event_types"]["AGREE"]["recall"] == 0.0
    assert s["event_types"]["REJECT"]["precision"] == 0.0


def test_micro_average_over_documents():
    t = Tally()
    score_record(GOLD, RECORD, t)
    score_record({"events": []}, {"article": {"text": ""}, "events": []}, t)
    assert t.documents == 2
    assert t.counts["events"] == [1, 3, 2]


def test_dev_line_to_gold_prefers_evidence_and_widens_types():
    g = dev_line_to_gold({"id": "x", "text": "T", "events": [
        {"type": "RETREAT", "types_ok": ["CONCEDE", "RETREAT"], "actor": [], "trigger": "hand over"},
        {"type": "ASSAULT", "actor": ["Russia"], "trigger": "struck", "evidence": "Russia struck Kyiv"},
    ]})
    assert g["events"][0] == {"types": ["RETREAT", "CONCEDE"], "actor": [None], "evidence": "hand over"}
    assert g["events"][1]["evidence"] == "Russia struck Kyiv"


def test_load_gold_reads_both_formats(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "gold" / "a.gold.json"
    gold.write_text(json.dumps({"article": {"file": "corpus/a.txt", "published": "2024-01-02"}, **GOLD}), encoding="utf-8")
    (label, text, published, g), = load_gold(gold)
    assert text == TEXT and published == "2024-01-02" and g["events"]
    dev = tmp_path / "dev.jsonl"
    dev.write_text(json.dumps({"id": "d1", "text": "A", "events": []}) + "\n\n" + json.dumps({"id": "d2", "text": "B", "events": []}) + "\n", encoding="utf-8")
    assert [d[0] for d in load_gold(dev)] == ["dev.jsonl:d1", "dev.jsonl:d2"]


def test_evaluate_with_a_stub_analyzer(tmp_path):
    dev = tmp_path / "dev.jsonl"
    dev.write_text(json.dumps({"id": "d1", "text": TEXT, "events": [{"type": "ASSAULT", "actor": ["Russia"], "trigger": "shelled"}]}) + "\n", encoding="utf-8")
    t = evaluate([dev], analyze=lambda text, pub: RECORD)
    s = t.summary()
    assert s["parts"]["events"]["recall"] == 1.0
    assert s["parts"]["event_actors"]["score"] == 1.0
    table = format_table(s)
    assert "events" in table and "ASSAULT" in table and "confusion" in table


def test_eval_command_runs_the_analyzer(tmp_path, capsys, analyze_text):
    from eventwire.cli import main

    dev = tmp_path / "dev.jsonl"
    dev.write_text(json.dumps({"id": "d1", "text": "Russian forces shelled Kharkiv overnight.",
                               "events": [{"type": "ASSAULT", "actor": ["Russia", "Russian forces"], "trigger": "shelled"}]}) + "\n",
                   encoding="utf-8")
    assert main(["eval", str(dev), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 1
    assert out["parts"]["events"]["f1"] == 1.0
    assert main(["eval", str(dev), "--min", "events=1.01"]) == 1
    assert main(["eval", str(tmp_path / "missing.jsonl")]) == 2


def test_code_accuracy_and_figure_perpetrators_on_a_dev_line():
    """actor_codes counts the matched gold events whose first actor has an accepted code
    (the event's own codes first, then the entity's); figures_by the figures whose
    perpetrator matches by name or code; arrested and detained accept each other."""
    line = {"id": "x", "text": TEXT, "events": [
        {"type": "ASSAULT", "actor": ["Russian forces"], "actor_code": ["RUSMIL"], "recipient_code": ["UKR"],
         "evidence": "Russian forces shelled Kharkiv"},
        {"type": "AGREE", "actor": ["Hamas"], "actor_code": ["PSEREB"], "evidence": "Hamas accepted the proposal"},
    ], "figures": [{"kind": "arrested", "value": 3, "by": ["Russian forces"], "by_code": ["RUSMIL"]}]}
    gold = dev_line_to_gold(line)
    rec = json.loads(json.dumps(RECORD))
    rec["entities"][0]["code"] = "RUS"
    rec["entities"][2]["code"] = "PSEREB"
    rec["events"][0]["codes"] = {"E1": "RUSMIL"}  # "Russian forces" coded as named in the event
    rec["events"][0]["id"] = "V1"
    rec["figures"] = [{"kind": "detained", "value": 3, "by": ["E1"], "event": "V1"}]
    s = score_record(gold, rec).summary()["parts"]
    assert s["actor_codes"]["correct"] == 1 and s["actor_codes"]["gold"] == 1  # the AGREE is not matched (REJECT)
    assert s["actor_codes_all"]["gold"] == 2
    assert s["recipient_codes"]["correct"] == 0
    assert s["figures"]["tp"] == 1 and s["figures_by"]["correct"] == 1
    rec["events"][0]["codes"] = {}
    s = score_record(gold, rec).summary()["parts"]
    assert s["actor_codes"]["correct"] == 0  # RUS alone is not RUSMIL
    assert s["figures_by"]["correct"] == 0  # "Russia" does not match "Russian forces" by name
