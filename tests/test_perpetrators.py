"""Perpetrators of deaths and injuries (issue 10 point 4): cause phrases, a country with its
force, sector-only forces, reporting sources, custody deaths, headline passives; and arrests
that did not happen (no one) or are background (a bare year) (tests/data/perpetrator_cases.jsonl)."""
from __future__ import annotations

import json

import pytest

from conftest import DATA
from eventwire.eval_security import HARM_KINDS, predicted_arrests, predicted_deaths

CASES = [json.loads(ln) for ln in (DATA / "perpetrator_cases.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]


def _harm_codes(rec: dict) -> set[str]:
    """Every code a death or injury figure's perpetrator has (its own ``by``, or its event's actor)."""
    ents = {e["id"]: e for e in rec["entities"]}
    events = {e["id"]: e for e in rec["events"]}
    out: set[str] = set()
    for fig in rec["figures"]:
        if fig["kind"] not in HARM_KINDS:
            continue
        ev = events.get(fig.get("event")) or {}
        for eid in (fig.get("by") or []) + (ev.get("actor") or []):
            code = (ev.get("codes") or {}).get(eid) or (ents.get(eid) or {}).get("code")
            if code:
                out.add(code)
    return out


@pytest.mark.parametrize("case", CASES, ids=[f"{c['rule']}:{c['text'][:40]}" for c in CASES])
def test_perpetrator_cases(analyze_text, case):
    rec = analyze_text(case["text"]).to_dict()
    assert predicted_deaths(rec) is case["deaths"], (_harm_codes(rec), rec["figures"], rec["events"])
    if "arrests" in case:  # "no one was arrested" and a background arrest ("jailed in 2012") are no arrests
        assert predicted_arrests(rec) is case["arrests"], (rec["figures"], rec["events"])
    if "by_code" in case:
        assert _harm_codes(rec) & set(case["by_code"]), (_harm_codes(rec), rec["figures"])


def test_every_rule_has_varied_cases():
    by_rule: dict[str, set[str]] = {}
    for c in CASES:
        by_rule.setdefault(c["rule"], set()).add(c["style"])
    assert all(len(styles) >= 2 for styles in by_rule.values()), by_rule
