"""Attribution classes, content spans and sources, one rule per case
(tests/data/attribution_cases.jsonl, written for these rules, not taken from a dev set).

Each case lists every attribution it expects: ``cue_kind``; ``content``, which must lie
inside the predicted content (for a split quote, inside its first part) and cover at
least half of it; ``source``, a word that must appear in the source entity's name
(``no_source`` for none); optionally ``negated``, ``parts`` and ``continues`` (the content
of the attribution it continues). An extra attribution fails the case, so each negative
(``attributions: []``) checks that nothing is attributed.
"""
from __future__ import annotations

import json

import pytest

from conftest import DATA

CASES = [json.loads(ln) for ln in (DATA / "attribution_cases.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]


def _matches(q, text: str, exp: dict) -> bool:
    first = text[q.parts[0].start:q.parts[0].end] if q.parts else q.text
    return q.cue_kind == exp["cue_kind"] and exp["content"] in first and 2 * len(exp["content"]) >= len(first)


def _problems(rec, case) -> list[str]:
    text = rec.article.text
    ents = {e.id: e for e in rec.entities}
    got = list(rec.quotes)
    out = []
    if len(got) != len(case["attributions"]):
        out.append(f"expected {len(case['attributions'])} attributions, got {[(q.cue_kind, q.text) for q in got]}")
    for exp in case["attributions"]:
        q = next((q for q in got if _matches(q, text, exp)), None)
        if q is None:
            out.append(f"missing {exp['cue_kind']} {exp['content']!r}; got {[(q.cue_kind, q.text) for q in got]}")
            continue
        e = ents.get(q.speaker)
        if exp.get("no_source"):
            if q.speaker is not None:
                out.append(f"{exp['content']!r}: source should be none, got {e.name if e else q.speaker}")
        elif "source" in exp and (e is None or exp["source"].lower() not in e.name.lower()):
            out.append(f"{exp['content']!r}: source {e.name if e else None!r} is not {exp['source']!r}")
        if q.negated != exp.get("negated", False):
            out.append(f"{exp['content']!r}: negated {q.negated}")
        if "parts" in exp and [text[p.start:p.end] for p in q.parts] != exp["parts"]:
            out.append(f"{exp['content']!r}: parts {[text[p.start:p.end] for p in q.parts]}")
        if "continues" in exp:
            target = next((x.id for x in got if x.text == exp["continues"]), None)
            if target is None or q.continues != target:
                out.append(f"{exp['content']!r}: continues {q.continues}, want {target}")
    return out


def test_every_cue_class_has_cases():
    from eventwire.record import CUE_KINDS

    seen = {a["cue_kind"] for c in CASES for a in c["attributions"]}
    assert set(CUE_KINDS) <= seen, set(CUE_KINDS) - seen
    assert sum(1 for c in CASES if not c["attributions"]) >= 8


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_attribution_case(analyze_text, case):
    problems = _problems(analyze_text(case["text"]), case)
    assert not problems, case["rule"] + ": " + "\n".join(problems)


def test_cue_kind_filter_keeps_only_those_classes():
    from eventwire.analyze import analyze_text as analyze
    from eventwire.config import Settings

    text = "The union denied the allegations. Its leader said the accounts were in order."
    rec = analyze(text, settings=Settings(cue_kinds=("speech",)))
    assert [q.cue_kind for q in rec.quotes] == ["speech"]


def test_schema_documents_the_attribution_fields():
    from eventwire.record import json_schema

    quote = json_schema()["$defs"]["Quote"]["properties"]
    for name in ("cue_kind", "negated", "parts", "continues"):
        assert quote[name].get("description"), name
    assert "document" in json_schema()["$defs"]["Entity"]["properties"]["kind"]["enum"]


def test_store_keeps_the_attribution_fields_and_filters_by_class(tmp_path, analyze_text):
    from eventwire.store import open_store
    from eventwire.store.query import list_quotes

    rec = analyze_text("\"The talks failed,\" she said, \"but we will try again.\" The union denied the allegations.")
    with open_store(str(tmp_path / "c.db")) as store:
        store.add_record(rec)
        stance = list_quotes(store, cue_kinds=("stance",)).items
        assert [(q["cue_kind"], q["text"]) for q in stance] == [("stance", "the allegations")]
        assert list_quotes(store, cue_kinds=("speech", "stance")).total == 2
    rt = rec.model_validate_json(rec.to_json())
    assert [len(q.parts) for q in rt.quotes] == [2, 0]


def _dev_line(text: str, attrs: list[dict]) -> dict:
    """A dev-set line with offsets computed from the substrings (as the dev set's builder does)."""
    for a in attrs:
        for fld in ("content", "source", "source_ref"):
            if a.get(fld):
                i = text.index(a[fld])
                a[f"{fld}_start"], a[f"{fld}_end"] = i, i + len(a[fld])
        if a.get("parts"):
            a["parts_spans"] = [[text.index(p), text.index(p) + len(p)] for p in a["parts"]]
    return {"id": "t", "text": text, "attributions": attrs}


def test_attribution_scorer_matches_by_character_overlap_and_checks_sources():
    from eventwire.evaluate import evaluate

    lines = [
        _dev_line("\"The talks failed,\" Ana Ruiz said, \"but we will try again.\" Later she praised the mediators.",
                  [{"cue_kind": "speech", "content": "The talks failed", "parts": ["The talks failed", "but we will try again."],
                    "source": "Ana Ruiz"},
                   {"cue_kind": "stance", "content": "the mediators", "source": "she", "source_ref": "Ana Ruiz"}]),
        _dev_line("The union wants to delay the vote.", [{"cue_kind": "intention", "content": "to delay the vote",
                                                          "source": "The union"}]),
        _dev_line("The sign said Exit.", []),
    ]
    import json as _json
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "dev.jsonl"
        p.write_text("\n".join(_json.dumps(x) for x in lines), encoding="utf-8")
        s = evaluate([p]).summary()
    att = s["parts"]["attributions"]
    assert (att["tp"], att["gold"]) == (3, 3), att
    assert s["parts"]["attribution_sources"]["score"] == 1.0
    assert s["attribution_kinds"]["intention"]["recall"] == 1.0


def test_char_f1_is_an_overlap_of_character_sets():
    from eventwire.eval_attribution import char_f1

    assert char_f1(set(range(0, 10)), set(range(5, 15))) == 0.5
    assert char_f1(set(range(0, 4)), set(range(10, 14))) == 0.0


def test_title_line_ends_a_sentence_but_a_wrapped_line_does_not(nlp):
    from eventwire.nlp import sentence_spans

    title = nlp("Mayor Says Budget Is Balanced\nThe mayor spoke at city hall on Tuesday.")
    assert [s.text for s in sentence_spans(title)] == ["Mayor Says Budget Is Balanced", "The mayor spoke at city hall on Tuesday."]
    wrapped = nlp("The finance minister told reporters on Tuesday that the budget would be balanced by the\nEnd of the decade, officials said.")
    assert len(sentence_spans(wrapped)) == 1
    byline = nlp("By Jane Roe\nThe storm hit the coast overnight.")
    assert len(sentence_spans(byline)) == 2
