"""Scoring attribution dev sets (issue 9): ``eventwire eval tests/data/attribution_dev.jsonl``.

A dev line is one short article with every attribution annotated (``attributions``,
format in tests/data/README.md). Matching, as the held-out set is scored:

- an attribution matches when the character-overlap F1 of the content spans is at least
  0.5. Gold content is the union of ``parts_spans`` when given, else
  ``content_start..content_end``; predicted content is the union of the quote's
  ``parts``, else ``start..end``. Each gold attribution matches at most one prediction
  (greedy, best F1 first);
- the source of a matched attribution is right when a mention of the predicted source
  entity overlaps the annotated source span (``source_start..source_end``, or
  ``source_ref_*`` when the source is a pronoun), or the entity's last name word appears
  in the annotated source text; a gold source of null is right only with no predicted
  source;
- precision, recall and F1 overall and per cue class: recall by the gold ``cue_kind``,
  precision by the predicted one; source accuracy over matched attributions.
"""
from __future__ import annotations

import re

WORD = re.compile(r"[\w']+")


def attribution_gold(obj: dict) -> dict:
    """The gold dict of one dev line: its attributions with character spans."""
    text = obj.get("text") or ""
    out = []
    for a in obj.get("attributions") or []:
        if a.get("parts_spans"):
            content = [tuple(s) for s in a["parts_spans"]]
        elif a.get("content_start") is not None:
            content = [(a["content_start"], a["content_end"])]
        else:
            i = text.find(a.get("content") or "\0")
            content = [(i, i + len(a["content"]))] if i >= 0 else []
        sources = [(a[f"{p}_start"], a[f"{p}_end"]) for p in ("source", "source_ref")
                   if a.get(f"{p}_start") is not None and a.get(f"{p}_end") is not None]
        out.append({"cue_kind": a.get("cue_kind") or "speech", "content": content, "sources": sources,
                    "source_text": " ".join(text[s:e] for s, e in sources) or a.get("source") or "",
                    "no_source": a.get("source") is None, "label": a.get("content") or ""})
    return {"attributions": out}


def _chars(spans) -> set[int]:
    return {i for s, e in spans for i in range(s, e)}


def char_f1(gold: set[int], pred: set[int]) -> float:
    inter = len(gold & pred)
    if not inter:
        return 0.0
    p, r = inter / len(pred), inter / len(gold)
    return 2 * p * r / (p + r)


def predicted_spans(q: dict) -> list[tuple[int, int]]:
    parts = q.get("parts") or []
    if parts:
        return [(p["start"], p["end"]) for p in parts]
    return [(q.get("start", 0), q.get("end", 0))]


def source_right(g: dict, q: dict, ents: dict) -> bool:
    e = ents.get(q.get("speaker"))
    if g["no_source"]:
        return e is None
    if e is None:
        return False
    for m in e.get("mentions") or []:
        if any(m["start"] < b and a < m["end"] for a, b in g["sources"]):
            return True
    words = WORD.findall((e.get("name") or "").lower())
    return bool(words) and words[-1] in WORD.findall(g["source_text"].lower())


def score_attributions(gold: dict, rec: dict, tally, label: str = "") -> None:
    """Add one document's attribution matches to ``tally`` (see the module doc)."""
    gold_items = gold["attributions"]
    pred = rec.get("quotes") or []
    ents = {e.get("id"): e for e in rec.get("entities") or []}
    g_chars = [_chars(g["content"]) for g in gold_items]
    p_chars = [_chars(predicted_spans(q)) for q in pred]
    cand = [(f, gi, pi) for gi in range(len(gold_items)) for pi in range(len(pred))
            if (f := char_f1(g_chars[gi], p_chars[pi])) >= 0.5]
    pairs = _greedy_pairs(cand)
    tally.add("attributions", len(pairs), len(pred), len(gold_items))
    right = sum(1 for gi, pi in pairs if source_right(gold_items[gi], pred[pi], ents))
    tally.add("attribution_sources", right, len(pairs), len(pairs))
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, g in enumerate(gold_items):
        tally.add(f"attr_r/{g['cue_kind']}", int(gi in matched_g), 0, 1)
        if gi not in matched_g:
            tally.misses.append(f"  attribution MISS {label} [{g['cue_kind']}] {g['label'][:70]!r}")
    for pi, q in enumerate(pred):
        tally.add(f"attr_p/{q.get('cue_kind') or 'speech'}", int(pi in matched_p), 1, 0)
        if pi not in matched_p:
            tally.misses.append(f"  attribution EXTRA {label} [{q.get('cue_kind')}] {q.get('text', '')[:70]!r}")
    for gi, pi in pairs:
        if not source_right(gold_items[gi], pred[pi], ents):
            tally.misses.append(f"  attribution SOURCE {label} [{gold_items[gi]['cue_kind']}] gold {gold_items[gi]['source_text']!r}"
                                f" got {(ents.get(pred[pi].get('speaker')) or {}).get('name')!r}")


def _greedy_pairs(cand: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in sorted(cand, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def kinds_summary(counts: dict) -> dict:
    """Per cue class: precision by predicted class, recall by gold class."""
    kinds = sorted({k.split("/", 1)[1] for k in counts if k.startswith(("attr_p/", "attr_r/"))})
    out = {}
    for k in kinds:
        tp_p, n_p, _ = counts.get(f"attr_p/{k}", [0, 0, 0])
        tp_r, _, n_g = counts.get(f"attr_r/{k}", [0, 0, 0])
        p = tp_p / n_p if n_p else (1.0 if not n_g else 0.0)
        r = tp_r / n_g if n_g else 1.0
        out[k] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "pred": n_p, "gold": n_g}
    return out
