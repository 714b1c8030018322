"""Sentence-level security-force metrics of ``eventwire eval``.

Issue 10 asks whether deaths and arrests caused by security forces are *found at sentence
level*, the question a researcher filtering for police killings asks. A dev line may carry
``security_deaths`` (people killed, dead or injured through the action of police, army,
intelligence and the like) and ``security_arrests`` (a real arrest or detention by the
authorities). Each is scored as a binary classification of sentences: a sentence is predicted
positive from the record's figures and events, as an export or a filter would see them.
"""
from __future__ import annotations

from eventwire.extract.actors import split_code
from eventwire.extract.events.perpetrators import security_sectors

HARM_KINDS = ("killed", "wounded")
ARREST_KINDS = ("arrested", "detained")
ARREST_CAMEO = "173"  # CAMEO: arrest, detain, or charge with legal action


def security_gold(obj: dict) -> dict | None:
    """The two sentence flags of a dev line, or None when it carries neither."""
    if "security_deaths" not in obj and "security_arrests" not in obj:
        return None
    return {"deaths": bool(obj.get("security_deaths")), "arrests": bool(obj.get("security_arrests"))}


def _is_security(code: str | None) -> bool:
    # a bare sector ("COP": police of no named country) is a security force too
    return code in security_sectors() or split_code(code)[1] in security_sectors()


def _codes_of(ids: list, ents: dict, event_codes: dict) -> list[str | None]:
    return [event_codes.get(i) or (ents.get(i) or {}).get("code") for i in ids]


def _real(event: dict) -> bool:
    return not (event.get("negated") or event.get("hypothetical") or event.get("historical"))


def predicted_deaths(rec: dict) -> bool:
    """A death or injury figure whose perpetrator (the figure's ``by``, or the actor of the
    event it is linked to) is a security force; or a real ASSAULT by a security force in a
    sentence that counts dead or wounded."""
    ents = {e.get("id"): e for e in rec.get("entities") or []}
    events = {e.get("id"): e for e in rec.get("events") or []}
    harm = [f for f in rec.get("figures") or [] if f.get("kind") in HARM_KINDS]
    for fig in harm:
        event = events.get(fig.get("event")) or {}
        codes = _codes_of(fig.get("by") or [], ents, event.get("codes") or {})
        if event and _real(event):
            codes += _codes_of(event.get("actor") or [], ents, event.get("codes") or {})
        if any(_is_security(c) for c in codes):
            return True
    harmed_sentences = {f.get("sentence") for f in harm}
    return any(e.get("type") == "ASSAULT" and _real(e) and e.get("sentence") in harmed_sentences
               and any(_is_security(c) for c in _codes_of(e.get("actor") or [], ents, e.get("codes") or {}))
               for e in events.values())


def predicted_arrests(rec: dict) -> bool:
    """A real arrest event (CAMEO 173 with mode arrest), or an arrest/detention figure
    linked to no unreal event."""
    events = {e.get("id"): e for e in rec.get("events") or []}
    if any((e.get("cameo") or "").startswith(ARREST_CAMEO) and "arrest" in (e.get("mode") or []) and _real(e)
           for e in events.values()):
        return True
    return any(f.get("kind") in ARREST_KINDS and _real(events.get(f.get("event")) or {})
               for f in rec.get("figures") or [])


def score_security(gold: dict, rec: dict, tally) -> None:
    """Add one sentence to ``security_deaths`` and ``security_arrests`` (tp, predicted, gold)."""
    for part, want, got in (("security_deaths", gold["deaths"], predicted_deaths(rec)),
                            ("security_arrests", gold["arrests"], predicted_arrests(rec))):
        tally.add(part, int(want and got), int(got), int(want))
