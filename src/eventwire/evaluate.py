"""Scoring article records against hand annotation (``eventwire eval``).

The matching rules are those of ``shared/tools/score_gold.py`` (documented in
``shared/docs/SCHEMA.md``), reimplemented here so the package never imports from
``shared/`` at run time:

- quote: token F1 of the two texts (lower-cased words) >= 0.5; attribution is right
  when the predicted speaker's name contains the gold speaker's last word;
- event: the predicted evidence (``start``..``end`` plus its sentence) holds at least
  half of the gold evidence words and the type is one of the gold ``types``; the actor
  is right when any actor name matches a gold name by the same last-word rule, or both
  are empty;
- figure: same kind and value; entity: same name (or alias) and kind; place: name match
  and coordinates within ``tolerance_km``; date: gold text inside the predicted span and
  same value. Each gold item is matched once (greedy, best score first).

Two gold formats are read: the ``shared/gold/*.gold.json`` article annotation, and
sentence-level dev sets in JSONL (one ``{"id","text","published"?,"events":[...]}``
per line, each line analyzed as its own article; an event's ``types_ok`` widens the
accepted types, its ``evidence`` or else ``trigger`` is the evidence). Counts are summed
over all documents (micro-average). Events are also scored per type, and a confusion
table pairs gold and predicted types of events matched by evidence alone.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.eval_attribution import attribution_gold, kinds_summary, score_attributions
from eventwire.eval_security import score_security, security_gold

WORD = re.compile(r"[\w']+")
NONE = "(none)"
PARTS = ("quotes", "attribution", "attributions", "attribution_sources", "events", "event_actors", "actor_codes",
         "actor_codes_all", "recipient_codes", "recipient_codes_all", "figures", "figures_by", "security_deaths",
         "security_arrests", "entities", "places", "dates")
# accuracies (correct / gold), not P/R/F1
SCORE_PARTS = ("attribution", "attribution_sources", "event_actors", "actor_codes", "actor_codes_all", "recipient_codes",
               "recipient_codes_all", "figures_by", "places", "dates")
# figure kinds a scorer accepts for one another (the dev set's convention: remand vs arrest)
SAME_KIND = {"arrested": {"arrested", "detained"}, "detained": {"arrested", "detained"}}


def words(s: str | None) -> list[str]:
    return WORD.findall((s or "").lower())


def token_f1(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    pool = Counter(wb)
    common = 0
    for w in wa:
        if pool[w] > 0:
            pool[w] -= 1
            common += 1
    if not common:
        return 0.0
    p, r = common / len(wa), common / len(wb)
    return 2 * p * r / (p + r)


def token_recall(gold: str, pred: str) -> float:
    wg, wp = words(gold), set(words(pred))
    return sum(w in wp for w in wg) / len(wg) if wg else 0.0


def last_word(name: str | None) -> str:
    w = words(name)
    return w[-1] if w else ""


def name_matches(pred_name: str | None, gold_names: list) -> bool:
    if pred_name is None:
        return None in gold_names
    pw = set(words(pred_name))
    for g in gold_names:
        if g is None:
            continue
        lw = last_word(g)
        if lw and lw in pw:
            return True
        if words(g) and set(words(g)) <= pw:
            return True
    return False


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def greedy(gold: list, pred: list, score) -> list[tuple[int, int]]:
    """Pair gold and predicted items, best score first, each used once."""
    cand = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = score(g, p)
            if s > 0:
                cand.append((s, gi, pi))
    cand.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in cand:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


@dataclass
class Tally:
    """Counts summed over documents; ``counts[part] = [tp, n_pred, n_gold]``."""

    counts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    type_tp_pred: Counter = field(default_factory=Counter)
    type_tp_gold: Counter = field(default_factory=Counter)
    type_pred: Counter = field(default_factory=Counter)
    type_gold: Counter = field(default_factory=Counter)
    confusion: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    documents: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, part: str, tp: int, n_pred: int, n_gold: int) -> None:
        c = self.counts[part]
        c[0] += tp
        c[1] += n_pred
        c[2] += n_gold

    def summary(self) -> dict:
        out: dict = {"documents": self.documents, "parts": {}, "event_types": {}, "confusion": {}}
        for part in PARTS:
            if part not in self.counts:
                continue
            tp, n_pred, n_gold = self.counts[part]
            if part in SCORE_PARTS:
                acc = tp / n_gold if n_gold else 1.0
                out["parts"][part] = {"score": acc, "correct": tp, "gold": n_gold}
            else:
                p, r, f = prf(tp, n_pred, n_gold)
                out["parts"][part] = {"precision": p, "recall": r, "f1": f, "tp": tp, "pred": n_pred, "gold": n_gold}
        for t in sorted(set(self.type_pred) | set(self.type_gold)):
            p = self.type_tp_pred[t] / self.type_pred[t] if self.type_pred[t] else (1.0 if not self.type_gold[t] else 0.0)
            r = self.type_tp_gold[t] / self.type_gold[t] if self.type_gold[t] else 1.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out["event_types"][t] = {"precision": p, "recall": r, "f1": f, "pred": self.type_pred[t], "gold": self.type_gold[t]}
        out["confusion"] = {g: dict(row) for g, row in sorted(self.confusion.items())}
        kinds = kinds_summary(self.counts)
        if kinds:
            out["attribution_kinds"] = kinds
        return out


def score_record(gold: dict, rec: dict, tally: Tally | None = None, label: str = "") -> Tally:
    """Add one document's matches to ``tally``; only parts present in ``gold`` are scored."""
    tally = tally or Tally()
    tally.documents += 1
    ents = {e.get("id"): e for e in rec.get("entities") or []}
    text = (rec.get("article") or {}).get("text") or ""
    sents = rec.get("sentences") or []

    def ent_name(eid):
        e = ents.get(eid)
        return e.get("name") if e else None

    def span_text(item):
        s, e = item.get("start"), item.get("end")
        if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text):
            return text[s:e]
        return item.get("text") or ""

    def sentence_text(item):
        i = item.get("sentence")
        if isinstance(i, int) and 0 <= i < len(sents):
            return text[sents[i]["start"]:sents[i]["end"]]
        return ""

    if "attributions" in gold:
        score_attributions(gold, rec, tally, label)
    if "quotes" in gold:
        gq, pq = gold["quotes"], rec.get("quotes") or []
        pairs = greedy(gq, pq, lambda g, p: (lambda f: f if f >= 0.5 else 0)(token_f1(g["text"], p.get("text") or span_text(p))))
        tally.add("quotes", len(pairs), len(pq), len(gq))
        ok = sum(1 for gi, pi in pairs if name_matches(ent_name(pq[pi].get("speaker")), [gq[gi].get("speaker")]))
        tally.add("attribution", ok, 0, len(gq))

    if "events" in gold:
        pe = rec.get("events") or []
        _score_events(gold["events"], pe, [span_text(p) + " " + sentence_text(p) for p in pe], ents, tally, label)

    if "figures" in gold:
        _score_figures(gold["figures"], rec.get("figures") or [], ents, tally, skip_other="events" in gold and gold.get("sentence"),
                       events={e.get("id"): e for e in rec.get("events") or []})

    if "security" in gold:
        score_security(gold["security"], rec, tally)

    if "entities" in gold:
        gn, pn = gold["entities"], rec.get("entities") or []

        def ent_score(g, p):
            names = [g["name"]] + g.get("aliases", [])
            pnm = (p.get("name") or "").lower()
            return 1 if p.get("kind") == g["kind"] and any(pnm == n.lower() for n in names) else 0

        tally.add("entities", len(greedy(gn, pn, ent_score)), len(pn), len(gn))

    if "places" in gold:
        gp, pp = gold["places"], rec.get("places") or []

        def place_score(g, p):
            if not name_matches(p.get("name"), [g["name"]]):
                return 0
            try:
                la1, lo1, la2, lo2 = map(math.radians, (g["lat"], g["lon"], p["lat"], p["lon"]))
            except (KeyError, TypeError):
                return 0
            cosd = math.sin(la1) * math.sin(la2) + math.cos(la1) * math.cos(la2) * math.cos(lo1 - lo2)
            d = 6371 * math.acos(max(-1.0, min(1.0, cosd)))
            return 1 if d <= g.get("tolerance_km", 25) else 0

        tally.add("places", len(greedy(gp, pp, place_score)), len(pp), len(gp))

    if "dates" in gold:
        gd, pd = gold["dates"], rec.get("dates") or []
        pairs = greedy(gd, pd, lambda g, p: 1 if g["text"].lower() in span_text(p).lower() and str(p.get("value")) == g["value"] else 0)
        tally.add("dates", len(pairs), len(pd), len(gd))
    return tally


def _score_events(ge: list, pe: list, evidence: list[str], ents: dict, tally: Tally, label: str) -> None:
    """Events by evidence and type, their actors, codes, per-type counts and the confusion table."""
    def ent_name(eid):
        e = ents.get(eid)
        return e.get("name") if e else None

    def ev_score(g, pi, typed=True):
        if typed and pe[pi].get("type") not in g["types"]:
            return 0
        r = token_recall(g["evidence"], evidence[pi])
        return r if r >= 0.5 else 0

    idx = list(range(len(pe)))
    pairs = greedy(ge, idx, ev_score)
    tally.add("events", len(pairs), len(pe), len(ge))
    ok = 0
    for gi, pi in pairs:
        names = [ent_name(a) for a in pe[pi].get("actor") or []] or [None]
        if any(name_matches(n, ge[gi]["actor"]) for n in names):
            ok += 1
        tally.type_tp_pred[pe[pi]["type"]] += 1
        tally.type_tp_gold[ge[gi]["types"][0]] += 1
    tally.add("event_actors", ok, 0, len(ge))
    _score_codes(ge, pe, pairs, ents, tally)
    for p in pe:
        tally.type_pred[p.get("type")] += 1
    for g in ge:
        tally.type_gold[g["types"][0]] += 1
    # confusion: match by evidence alone, preferring same-type pairs
    loose = greedy(ge, idx, lambda g, pi: (lambda r: r + (0.5 if pe[pi].get("type") in g["types"] else 0) if r else 0)(ev_score(g, pi, typed=False)))
    matched_g = {gi for gi, _ in loose}
    matched_p = {pi for _, pi in loose}
    for gi, pi in loose:
        gt = pe[pi]["type"] if pe[pi].get("type") in ge[gi]["types"] else ge[gi]["types"][0]
        tally.confusion[gt][pe[pi]["type"]] += 1
    for gi, g in enumerate(ge):
        if gi not in matched_g:
            tally.confusion[g["types"][0]][NONE] += 1
    for pi, p in enumerate(pe):
        if pi not in matched_p:
            tally.confusion[NONE][p.get("type")] += 1
    hit = {gi for gi, _ in pairs}
    for gi, g in enumerate(ge):
        if gi not in hit:
            tally.misses.append(f"{label} MISS {'/'.join(g['types'])}: {g['evidence'][:70]}")


def _code_ok(pred_ids: list, gold_codes: list, ents: dict, event_codes: dict | None = None) -> bool:
    """The first predicted argument's code (as the event codes it, else its entity's) is one
    of the gold codes; ``None`` in the gold list accepts no argument or no code; a bare
    sector (``"GOV"``) accepts that sector."""
    event_codes = event_codes or {}
    codes = [event_codes.get(i) or (ents.get(i) or {}).get("code") for i in pred_ids]
    first = codes[0] if codes else None
    if first is None:
        return None in gold_codes
    return any(g is not None and (first == g or len(g) == 3 and first.endswith(g) and g not in ("IGO", "NGO"))
               for g in gold_codes)


def _score_codes(ge: list, pe: list, pairs: list, ents: dict, tally: Tally) -> None:
    """Actor and recipient code accuracy: ``actor_codes`` over the matched gold events that
    carry codes (how well a found event is coded), ``actor_codes_all`` over all of them (an
    unmatched gold event counts as wrong); the same for recipients."""
    matched = dict(pairs)
    for role in ("actor", "recipient"):
        gold = [(gi, g[role + "_code"]) for gi, g in enumerate(ge) if g.get(role + "_code")]
        ok = sum(1 for gi, codes in gold if gi in matched and _code_ok(
            pe[matched[gi]].get(role) or [], codes, ents, pe[matched[gi]].get("codes")))
        found = sum(1 for gi, _ in gold if gi in matched)
        if gold:
            tally.add(f"{role}_codes", ok, 0, found)
            tally.add(f"{role}_codes_all", ok, 0, len(gold))


def _score_figures(gf: list, pf: list, ents: dict, tally: Tally, skip_other: bool = False, events: dict | None = None) -> None:
    """Figures by kind and value (arrested and detained accept each other); on dev lines
    only the kinds the annotation covers are predictions. ``figures_by``: of the gold
    figures with a perpetrator, those matched with a right ``by`` (name or code)."""
    if skip_other:
        pf = [p for p in pf if p.get("kind") in ("killed", "wounded", "arrested", "detained")]
    pairs = greedy(gf, pf, lambda g, p: 1 if p.get("kind") in SAME_KIND.get(g["kind"], {g["kind"]})
                   and p.get("value") == g["value"] else 0)
    tally.add("figures", len(pairs), len(pf), len(gf))
    with_by = {gi for gi, g in enumerate(gf) if any(b for b in g.get("by") or [])}
    ok = 0
    for gi, pi in pairs:
        if gi not in with_by:
            continue
        by = pf[pi].get("by") or []
        names = [(ents.get(i) or {}).get("name") for i in by]
        codes = ((events or {}).get(pf[pi].get("event")) or {}).get("codes")  # as the causing event codes them
        if any(name_matches(n, gf[gi]["by"]) for n in names if n) or (
                by and _code_ok(by, [c for c in gf[gi].get("by_code") or [] if c], ents, codes)):
            ok += 1
    if with_by:
        tally.add("figures_by", ok, 0, len(with_by))


def dev_line_to_gold(obj: dict) -> dict:
    """A sentence-level dev item as a gold dict (events only)."""
    events = []
    for ev in obj.get("events") or []:
        types = list(ev.get("types_ok") or [])
        if ev.get("type") and ev["type"] not in types:
            types.insert(0, ev["type"])
        elif ev.get("type"):
            types.remove(ev["type"])
            types.insert(0, ev["type"])
        actors = [a for a in ev.get("actor") or [] if a] or [None]
        item = {"types": types, "actor": actors, "evidence": ev.get("evidence") or ev.get("trigger") or obj.get("text", "")}
        for key in ("actor_code", "recipient_code"):
            if ev.get(key):
                item[key] = list(ev[key])
        events.append(item)
    gold = {"events": events}
    if "figures" in obj:
        gold["figures"] = [{"kind": f["kind"], "value": f["value"], "by": list(f.get("by") or [None]),
                            "by_code": list(f.get("by_code") or [None])} for f in obj["figures"] or []]
        gold["sentence"] = True
    security = security_gold(obj)
    if security is not None:
        gold["security"] = security
    return gold


def load_gold(path: Path) -> list[tuple[str, str, str | None, dict]]:
    """(label, text, published, gold) for every document of a gold file."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        out = []
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            obj = json.loads(line)
            gold = attribution_gold(obj) if "attributions" in obj else dev_line_to_gold(obj)
            out.append((f"{path.name}:{obj.get('id', n)}", obj.get("text") or "", obj.get("published"), gold))
        return out
    gold = json.loads(raw)
    art = gold.get("article") or {}
    if art.get("text"):
        text = art["text"]
    else:
        candidates = [path.resolve().parent.parent / art.get("file", ""), path.resolve().parent / Path(art.get("file", "")).name]
        found = next((c for c in candidates if c.is_file()), None)
        if found is None:
            raise FileNotFoundError(f"{path}: article file {art.get('file')!r} not found")
        text = found.read_text(encoding="utf-8")
    return [(path.name, text, art.get("published"), gold)]


def evaluate(paths, analyze=None) -> Tally:
    """Analyze every gold document and score it.

    ``analyze(text, published) -> record dict`` may be given (tests, other analyzers);
    by default the documents go through :func:`eventwire.analyze.analyze_many` in batches.
    """
    docs = [d for path in paths for d in load_gold(Path(path))]
    if analyze is None:
        from eventwire.analyze import analyze_many
        from eventwire.readers import ArticleInput

        records = (r.to_dict() for r in analyze_many(ArticleInput(text=t, published=pub) for _, t, pub, _ in docs))
    else:
        records = (analyze(t, pub) for _, t, pub, _ in docs)
    tally = Tally()
    for (label, _, _, gold), rec in zip(docs, records):
        score_record(gold, rec, tally, label)
    return tally


def format_table(summary: dict) -> str:
    lines = [f"documents: {summary['documents']}", "", f"{'part':19s} {'P':>6s} {'R':>6s} {'F1':>6s}   counts"]
    for part, v in summary["parts"].items():
        if "f1" in v:
            lines.append(f"{part:19s} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}   tp={v['tp']} pred={v['pred']} gold={v['gold']}")
        else:
            lines.append(f"{part:19s} {'':6s} {'':6s} {v['score']:6.3f}   {v['correct']}/{v['gold']} correct")
    if summary.get("attribution_kinds"):
        lines += ["", f"{'cue_kind':14s} {'P':>6s} {'R':>6s} {'F1':>6s} {'pred':>5s} {'gold':>5s}"]
        for k, v in summary["attribution_kinds"].items():
            lines.append(f"{k:14s} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['pred']:5d} {v['gold']:5d}")
    if summary["event_types"]:
        lines += ["", f"{'event type':14s} {'P':>6s} {'R':>6s} {'F1':>6s} {'pred':>5s} {'gold':>5s}"]
        for t, v in summary["event_types"].items():
            lines.append(f"{t:14s} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['pred']:5d} {v['gold']:5d}")
    conf = summary["confusion"]
    if conf:
        cols = sorted({c for row in conf.values() for c in row} - {NONE}) + [NONE]
        short = {c: c[:6] for c in cols}
        lines += ["", "confusion (rows: gold type, columns: predicted type, matched by evidence)",
                  f"{'':10s}" + "".join(f"{short[c]:>7s}" for c in cols)]
        for g in sorted(conf, key=lambda x: (x == NONE, x)):
            lines.append(f"{g[:10]:10s}" + "".join(f"{conf[g].get(c, 0) or '.':>7}" for c in cols))
    return "\n".join(lines)
