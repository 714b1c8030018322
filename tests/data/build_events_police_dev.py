"""Build tests/data/events_police_dev.jsonl: a blind, hand-annotated set of police-event news
and coded news sentences, with sentence-level flags for deaths and arrests by security forces.

Every sentence below was written by hand for eventwire and annotated following PLOVER 2.0 and
the CAMEO codebook, without reading eventwire's event rules or lexicons and without running
eventwire on them. See tests/data/README.md, section 3d.

Run from the repository root:  python tests/data/build_events_police_dev.py
It checks the annotations (exact substrings, type first in types_ok, CAMEO codes that exist in
the codebook, flags consistent with the figures) and writes the JSONL sorted by id.

Two halves, in id order:
  police-0001 ... : police-event news (shootings, deaths in custody, crowd dispersal, raids,
                    curfews, arrests in phrasal forms, true negatives)
  the rest        : coded news sentences across the 16 PLOVER types (marked by HALF2 below)

Compact notation used in the data (the one of build_events_news_dev.py, plus two flags):
  S(date, style, focus, text, [events], [figures], sd=bool, sa=bool)
      sd: security_deaths, sa: security_arrests (definitions in the README, section 3d)
      style: wire | local | lowercase | headline | long | police
      lowercase items are written in normal case here and lower-cased by the builder
      (text, trigger, evidence, content; not actor names or codes).
  E(type, cameo, trigger, evidence, actor, actor_code, recipient, recipient_code, **flags)
      names / codes: "A|B" is the list ["A", "B"]; "~" inside it, or None, is null.
      flags: ok (types_ok after the first, "X|Y"), neg, hyp, rep, emb, content, hist, mode, ctx
  F(kind, value, by, by_code, event_trigger)
"""
from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "events_police_dev.jsonl"
CODEBOOK = HERE.parents[2] / "shared" / "reference" / "cameo-codebook.csv"

# The notation (E, F and lower-casing) is the news set's, shared so that the two
# sets are written and read the same way.
sys.path.insert(0, str(HERE))
from build_events_news_dev import E, F, _lower  # noqa: E402

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
STYLES = {"wire", "local", "lowercase", "headline", "long", "police"}
# The focus tags of events_news_dev, plus the police-news traps of this set.
FOCUS_TAGS = {
    "embedded_content", "temporal_clause", "relative_clause", "participial", "pp_noun",
    "partitive", "light_verb", "lemma", "failure", "retraction", "obligation", "perpetrator",
    "phrasal_arrest", "hypothetical_arrest", "background_arrest", "not_arrest", "actor_context",
    "ethnic_group", "weapon_subject", "agentless_passive", "igo", "plain",
    "custody_death", "crowd_dispersal", "encounter_killing", "raid", "curfew", "extrajudicial",
    "accident", "criminal_violence", "disease", "denied", "charge_only", "claim",
}
FIGURE_KINDS = {"killed", "wounded", "arrested", "detained"}
SECURITY_SECTORS = ("COP", "MIL", "SPY", "JUD")

ITEMS: list[dict] = []
HALF2_START: list[int] = []


def S(published, style, focus, text, events=(), figures=(), *, sd=False, sa=False):
    ITEMS.append({"published": published, "style": style,
                  "focus": [f.strip() for f in focus.split(",") if f.strip()],
                  "text": text, "events": list(events), "figures": list(figures),
                  "security_deaths": sd, "security_arrests": sa})


def half2() -> None:
    """Mark where the coded-news half starts (the next S is its first sentence)."""
    HALF2_START.append(len(ITEMS))


def _cameo_codes() -> set[str] | None:
    """The codebook's codes; None when the shared reference is not next to the repository."""
    if not CODEBOOK.is_file():
        print(f"note: {CODEBOOK} not found, CAMEO codes checked for form only")
        return None
    with CODEBOOK.open(encoding="utf-8") as fh:
        return {row["code"] for row in csv.DictReader(fh)}


def _security(codes) -> bool:
    """Every code names a state security sector (no null, no civilian alternative)."""
    return bool(codes) and all(c is not None and c.endswith(SECURITY_SECTORS) for c in codes)


def _check_flags(item) -> list[str]:
    """A figure whose perpetrator is surely a security force must raise the sentence flag."""
    errs = []
    for fig in item["figures"]:
        if not _security(fig["by_code"]):
            continue
        if fig["kind"] in ("killed", "wounded") and not item["security_deaths"]:
            errs.append(f"figure {fig['kind']} by {fig['by_code']} but security_deaths is false")
        if fig["kind"] in ("arrested", "detained") and not item["security_arrests"]:
            errs.append(f"figure {fig['kind']} by {fig['by_code']} but security_arrests is false")
    return errs


def check(item, cameo_codes) -> list[str]:
    errs = []
    text = item["text"]
    if item["style"] not in STYLES:
        errs.append(f"style {item['style']}")
    bad = set(item["focus"]) - FOCUS_TAGS
    if bad or not item["focus"]:
        errs.append(f"focus {sorted(bad) or 'empty'}")
    if item["style"] == "lowercase" and text != text.lower():
        errs.append("lowercase text has capitals")
    if not (2019 <= int(item["published"][:4]) <= 2026):
        errs.append("published out of range")
    triggers = set()
    for ev in item["events"]:
        if ev["type"] not in PLOVER_TYPES or not set(ev["types_ok"]) <= PLOVER_TYPES:
            errs.append(f"type {ev['type']} / {ev['types_ok']}")
        if ev["types_ok"][0] != ev["type"]:
            errs.append("type is not first of types_ok")
        if ev["evidence"] not in text:
            errs.append(f"evidence not in text: {ev['evidence']!r}")
        if ev["trigger"] not in ev["evidence"]:
            errs.append(f"trigger not in evidence: {ev['trigger']!r}")
        if ev["content"] is not None and ev["content"] not in text:
            errs.append(f"content not in text: {ev['content']!r}")
        if not (ev["cameo"].isdigit() and 2 <= len(ev["cameo"]) <= 4):
            errs.append(f"cameo {ev['cameo']}")
        elif cameo_codes is not None and ev["cameo"] not in cameo_codes:
            errs.append(f"cameo {ev['cameo']} is not in the codebook")
        triggers.add(ev["trigger"])
    for fig in item["figures"]:
        if fig["kind"] not in FIGURE_KINDS or not isinstance(fig["value"], int) or fig["value"] < 1:
            errs.append(f"figure {fig}")
        if fig["event_trigger"] is not None and fig["event_trigger"] not in triggers:
            errs.append(f"figure trigger {fig['event_trigger']!r} is no event's trigger")
    return errs + _check_flags(item)


def build() -> list[dict]:
    out, failures = [], []
    texts = set()
    cameo_codes = _cameo_codes()
    for n, raw in enumerate(ITEMS, 1):
        item = {"id": f"police-{n:04d}", **raw}
        if item["style"] == "lowercase":
            _lower(item)
        errs = check(item, cameo_codes)
        if item["text"] in texts:
            errs.append("duplicate text")
        texts.add(item["text"])
        failures += [f"{item['id']}: {e}  [{item['text'][:60]}]" for e in errs]
        out.append({"id": item["id"], "text": item["text"], "published": item["published"],
                    "style": item["style"], "focus": item["focus"], "events": item["events"],
                    "figures": item["figures"], "security_deaths": item["security_deaths"],
                    "security_arrests": item["security_arrests"]})
    if failures:
        sys.exit("\n".join(failures))
    return sorted(out, key=lambda it: it["id"])


def _report_part(name, items) -> None:
    types = Counter(ev["type"] for it in items for ev in it["events"])
    deaths = sum(it["security_deaths"] for it in items)
    arrests = sum(it["security_arrests"] for it in items)
    both = sum(it["security_deaths"] and it["security_arrests"] for it in items)
    either = sum(it["security_deaths"] or it["security_arrests"] for it in items)
    print(f"{name}: {len(items)} sentences, {sum(types.values())} events, "
          f"{sum(1 for it in items if not it['events'])} without events, "
          f"{sum(len(it['figures']) for it in items)} figures")
    print(f"  security_deaths {deaths}, security_arrests {arrests}, both {both}, "
          f"either {either} ({either / max(len(items), 1):.0%}), neither {len(items) - either}")
    print("  types:", dict(sorted(types.items())))
    print("  styles:", dict(sorted(Counter(it["style"] for it in items).items())))


def report(items) -> None:
    split = HALF2_START[0] if HALF2_START else len(items)
    _report_part("all", items)
    _report_part("police-event news", items[:split])
    _report_part("coded news", items[split:])
    if split < len(items):
        print(f"  coded news starts at {items[split]['id']}")
    focus = Counter(f for it in items for f in it["focus"])
    print("focus:", dict(sorted(focus.items())))
    evs = [ev for it in items for ev in it["events"]]
    print("flags:", {k: sum(bool(ev.get(k)) for ev in evs)
                     for k in ("negated", "hypothetical", "reported", "embedded", "content", "historical")})
    print("figures:", dict(sorted(Counter(f["kind"] for it in items for f in it["figures"]).items())))


# ---------------------------------------------------------------------------------------
# The data. Written by hand; one S(...) per sentence.
# ---------------------------------------------------------------------------------------

# --- half 1, batch 1: police-event news, deaths and injuries by security forces --------------
S("2024-03-14", "police", "perpetrator,agentless_passive,crowd_dispersal",
  "A 19-year-old student was shot dead and six others were wounded when police opened fire on a crowd blocking the highway outside Kisumu on Thursday.",
  [E("ASSAULT", "175", "opened fire", "police opened fire on a crowd blocking the highway", "police", "KENCOP", "crowd|student",
     "KENCVL|KENOPP", ok="COERCE", emb=True, mode="crowd-control"),
   E("PROTEST", "144", "blocking", "a crowd blocking the highway outside Kisumu", "crowd", "KENCVL|KENOPP", "~", "~|KENGOV",
     emb=True, mode="obstruct")],
  [F("killed", 1, "police", "KENCOP", "opened fire"), F("wounded", 6, "police", "KENCOP", "opened fire")], sd=True)
S("2025-06-02", "headline", "perpetrator,plain",
  "Cops shoot dead armed robbery suspect in Soweto",
  [E("ASSAULT", "193", "shoot dead", "Cops shoot dead armed robbery suspect", "cops|police", "ZAFCOP", "suspect|armed robbery suspect",
     "ZAFCRM|ZAFCVL", mode="firearms")],
  [F("killed", 1, "cops|police", "ZAFCOP", "shoot dead")], sd=True)
S("2023-08-21", "lowercase", "custody_death,perpetrator,agentless_passive",
  "A tailor arrested over a phone theft died in custody at Lahore's Shadman police station hours later, and his brother said he had been tortured by the investigating officers.",
  [E("COERCE", "173", "arrested", "A tailor arrested over a phone theft", "~|police", "~|PAKCOP", "tailor", "PAKCVL|PAK", emb=True,
     mode="arrest"),
   E("ASSAULT", "1822", "tortured", "he had been tortured by the investigating officers", "investigating officers|officers|police",
     "PAKCOP", "tailor|~", "PAKCVL|PAK", rep=True, emb=True, mode="torture")],
  [F("killed", 1, "investigating officers|officers|police|~", "PAKCOP|~", "tortured"),
   F("arrested", 1, "~|police", "~|PAKCOP", "arrested")], sd=True, sa=True)
S("2022-05-30", "wire", "perpetrator,pp_noun",
  "Two farmers were killed by army gunfire near the Venezuelan border in Colombia's Norte de Santander department, a local ombudsman said.",
  [E("ASSAULT", "193", "gunfire", "killed by army gunfire near the Venezuelan border", "army", "COLMIL", "farmers", "COLCVL|COL",
     rep=True, emb=True, mode="firearms")],
  [F("killed", 2, "army", "COLMIL", "gunfire")], sd=True)
S("2024-09-11", "police", "encounter_killing,perpetrator",
  "Three alleged members of a cattle-smuggling gang were killed in an encounter with the Uttar Pradesh police's special task force near Bahraich late on Tuesday.",
  [E("ASSAULT", "193", "encounter", "killed in an encounter with the Uttar Pradesh police's special task force",
     "special task force|Uttar Pradesh police|police", "INDCOP", "members|gang", "INDCRM|IND", emb=True, mode="firearms")],
  [F("killed", 3, "special task force|Uttar Pradesh police|police", "INDCOP", "encounter")], sd=True)
S("2021-03-03", "wire", "perpetrator,pp_noun,crowd_dispersal",
  "At least 38 people died on Wednesday as Myanmar's security forces used live rounds against protesters in Yangon and Mandalay, the U.N. envoy said.",
  [E("ASSAULT", "175", "used live rounds", "Myanmar's security forces used live rounds against protesters", "security forces|Myanmar",
     "MMRMIL|MMRCOP|MMR", "protesters", "MMROPP|MMRCVL", ok="COERCE", rep=True, emb=True, mode="crowd-control")],
  [F("killed", 38, "security forces|Myanmar", "MMRMIL|MMRCOP|MMR", "used live rounds")], sd=True)
S("2023-01-16", "local", "perpetrator,agentless_passive",
  "A motorcyclist was beaten with rifle butts by soldiers at a checkpoint in Maiduguri and is in critical condition at the teaching hospital, his family said.",
  [E("ASSAULT", "182", "beaten", "A motorcyclist was beaten with rifle butts by soldiers at a checkpoint", "soldiers", "NGAMIL",
     "motorcyclist", "NGACVL|NGA", rep=True, mode="beat")],
  [F("wounded", 1, "soldiers", "NGAMIL", "beaten")], sd=True)
S("2025-02-08", "headline", "perpetrator,weapon_subject",
  "Police bullet kills teenager during Dhaka quota protest",
  [E("ASSAULT", "175", "kills", "Police bullet kills teenager", "police", "BGDCOP", "teenager", "BGDCVL|BGDOPP", ok="COERCE",
     mode="crowd-control"),
   E("PROTEST", "141", "protest", "Dhaka quota protest", "~", "~|BGDOPP|BGDEDU", "~", "~|BGDGOV", emb=True, mode="demo")],
  [F("killed", 1, "police", "BGDCOP", "kills")], sd=True)
S("2020-06-05", "long", "perpetrator,temporal_clause,custody_death",
  "The Black man, who had been handcuffed face down on the pavement outside a convenience store in Minneapolis, stopped breathing after an officer knelt on his neck for several minutes while three other officers held him, according to the criminal complaint filed by prosecutors.",
  [E("ASSAULT", "1823", "knelt", "an officer knelt on his neck for several minutes", "officer|police", "USACOP", "man|Black man",
     "USACVL|USA", rep=True, emb=True, mode="beat"),
   E("COERCE", "173", "handcuffed", "had been handcuffed face down on the pavement", "~|officer|police", "~|USACOP", "man|Black man",
     "USACVL|USA", rep=True, emb=True, mode="arrest")],
  [F("killed", 1, "officer|police", "USACOP", "knelt"),
   F("detained", 1, "~|officer|police", "~|USACOP", "handcuffed")], sd=True, sa=True)
S("2024-11-27", "lowercase", "perpetrator,pp_noun",
  "Four villagers were killed in army shelling of a market in the Sagaing region, residents told a local news outlet.",
  [E("ASSAULT", "194", "shelling", "killed in army shelling of a market", "army", "MMRMIL", "villagers|market", "MMRCVL|MMR",
     rep=True, emb=True, mode="heavy-weapons")],
  [F("killed", 4, "army", "MMRMIL", "shelling")], sd=True)
S("2023-07-01", "wire", "perpetrator,claim",
  "Rights groups said French police killed a 17-year-old driver during a traffic stop in Nanterre, an account the officer's lawyer disputes.",
  [E("ASSAULT", "193", "killed", "French police killed a 17-year-old driver during a traffic stop", "French police|police", "FRACOP",
     "driver", "FRACVL|FRA", rep=True, mode="firearms")],
  [F("killed", 1, "French police|police", "FRACOP", "killed")], sd=True)
S("2022-09-25", "police", "perpetrator,crowd_dispersal,agentless_passive",
  "Security forces fired tear gas and metal pellets at mourners in Saqqez, and at least two were wounded, the Hengaw rights group said.",
  [E("ASSAULT", "175", "fired tear gas and metal pellets", "Security forces fired tear gas and metal pellets at mourners",
     "security forces", "IRNCOP|IRNMIL|IRN", "mourners", "IRNCVL|IRNOPP", ok="COERCE", rep=True, mode="crowd-control")],
  [F("wounded", 2, "security forces", "IRNCOP|IRNMIL|IRN", "fired tear gas and metal pellets")], sd=True)
S("2024-04-18", "local", "perpetrator,extrajudicial",
  "Relatives of a drug suspect killed by police in Caloocan City during a buy-bust operation filed murder charges against four officers on Monday.",
  [E("ACCUSE", "115", "filed murder charges", "filed murder charges against four officers", "relatives", "PHLCVL", "officers",
     "PHLCOP", mode="allege"),
   E("ASSAULT", "193", "killed", "a drug suspect killed by police in Caloocan City", "police", "PHLCOP", "drug suspect|suspect",
     "PHLCRM|PHLCVL", emb=True, mode="firearms")],
  [F("killed", 1, "police", "PHLCOP", "killed")], sd=True)
S("2025-08-13", "headline", "perpetrator,plain",
  "Troops kill 12 bandits in Zamfara forest raid",
  [E("ASSAULT", "190", "kill", "Troops kill 12 bandits", "troops", "NGAMIL", "bandits", "NGACRM|NGAREB", mode="firearms")],
  [F("killed", 12, "troops", "NGAMIL", "kill")], sd=True)
S("2021-07-12", "wire", "perpetrator,pp_noun",
  "Three men succumbed to injuries sustained when paramilitary Rangers fired on a rally in Karachi, hospital officials said.",
  [E("ASSAULT", "175", "fired on", "paramilitary Rangers fired on a rally", "Rangers|paramilitary Rangers", "PAKMIL|PAKCOP", "rally|men",
     "PAKOPP|PAKCVL", ok="COERCE", rep=True, emb=True, mode="crowd-control"),
   E("PROTEST", "141", "rally", "a rally in Karachi", "~", "~|PAKOPP", "~", "~|PAKGOV", emb=True, mode="demo")],
  [F("killed", 3, "Rangers|paramilitary Rangers", "PAKMIL|PAKCOP", "fired on")], sd=True)
S("2023-10-05", "lowercase", "perpetrator,custody_death",
  "The family of a man who died in a cell at the Alexandria security directorate said officers had beaten him for two days to extract a confession.",
  [E("ASSAULT", "1822", "beaten", "officers had beaten him for two days", "officers", "EGYCOP", "man", "EGYCVL|EGY", rep=True,
     mode="torture")],
  [F("killed", 1, "officers", "EGYCOP", "beaten")], sd=True)
S("2019-11-26", "wire", "perpetrator,crowd_dispersal",
  "A 17-year-old protester was hit in the head by a tear gas canister fired by riot police in Bogota and died two days later, his family said.",
  [E("ASSAULT", "175", "fired", "a tear gas canister fired by riot police in Bogota", "riot police|police", "COLCOP", "protester",
     "COLOPP|COLCVL", ok="COERCE", rep=True, emb=True, mode="crowd-control")],
  [F("killed", 1, "riot police|police", "COLCOP", "fired")], sd=True)
S("2024-01-29", "police", "perpetrator,raid",
  "Military police raided a favela in the north of Rio de Janeiro before dawn on Monday, and eight people were killed in the shootout that followed, the state security secretariat said.",
  [E("COERCE", "170", "raided", "Military police raided a favela in the north of Rio de Janeiro", "military police|police",
     "BRACOP", "favela", "BRACVL|BRA", ok="ASSAULT", rep=True),
   E("ASSAULT", "193", "shootout", "eight people were killed in the shootout", "~|military police", "~|BRACOP", "~", "BRACRM|BRACVL|~",
     rep=True, emb=True, mode="firearms")],
  [F("killed", 8, "~|military police|police", "~|BRACOP", "shootout")], sd=True)
S("2022-12-14", "long", "perpetrator,relative_clause,temporal_clause",
  "Two days after the strike began, gendarmes who had been sent to clear a road near the Conakry port fired live bullets at youths throwing stones, killing one and injuring four, according to the opposition front that called the protest.",
  [E("ASSAULT", "175", "fired live bullets", "gendarmes who had been sent to clear a road near the Conakry port fired live bullets at youths",
     "gendarmes", "GINCOP|GINMIL", "youths", "GINCVL|GINOPP", ok="COERCE", rep=True, mode="crowd-control"),
   E("PROTEST", "145", "throwing stones", "youths throwing stones", "youths", "GINCVL|GINOPP", "gendarmes", "GINCOP|GINMIL",
     ok="ASSAULT", rep=True, emb=True, mode="riot"),
   E("PROTEST", "143", "strike", "the strike began", "~", "~|GINOPP|GINLAB", "~", "~|GINGOV", emb=True, mode="strike")],
  [F("killed", 1, "gendarmes", "GINCOP|GINMIL", "fired live bullets"),
   F("wounded", 4, "gendarmes", "GINCOP|GINMIL", "fired live bullets")], sd=True)
S("2026-02-03", "local", "perpetrator,agentless_passive,custody_death",
  "An inmate at Pollsmoor prison died after being assaulted by warders during a cell search, the Judicial Inspectorate for Correctional Services confirmed.",
  [E("ASSAULT", "182", "assaulted", "being assaulted by warders during a cell search", "warders", "ZAFCOP|ZAFGOV|ZAFJUD", "inmate",
     "ZAFCVL|ZAFCRM", rep=True, emb=True, mode="beat")],
  [F("killed", 1, "warders", "ZAFCOP|ZAFGOV|ZAFJUD", "assaulted")], sd=True)
S("2024-07-09", "headline", "perpetrator,agentless_passive",
  "Protester shot dead as Kenyan police disperse Githurai march",
  [E("ASSAULT", "175", "shot dead", "Protester shot dead", "~|Kenyan police|police", "KENCOP|~", "protester", "KENOPP|KENCVL",
     ok="COERCE", mode="crowd-control"),
   E("ASSAULT", "175", "disperse", "Kenyan police disperse Githurai march", "Kenyan police|police", "KENCOP", "march", "KENOPP|KENCVL",
     ok="COERCE", emb=True, mode="crowd-control"),
   E("PROTEST", "141", "march", "Githurai march", "~", "~|KENOPP", "~", "~|KENGOV", emb=True, mode="demo")],
  [F("killed", 1, "~|Kenyan police|police", "KENCOP|~", "shot dead")], sd=True)
S("2020-10-21", "wire", "perpetrator,pp_noun,claim",
  "Amnesty International said at least 12 protesters were killed when soldiers opened fire at the Lekki toll gate in Lagos, which the army denied.",
  [E("ASSAULT", "175", "opened fire", "soldiers opened fire at the Lekki toll gate", "soldiers", "NGAMIL", "protesters", "NGAOPP|NGACVL",
     ok="COERCE", rep=True, emb=True, mode="crowd-control")],
  [F("killed", 12, "soldiers", "NGAMIL", "opened fire")], sd=True)
S("2025-05-20", "lowercase", "perpetrator,extrajudicial",
  "The body of a student activist who was taken away by men in plainclothes identifying themselves as intelligence agents was found dumped on a roadside outside Quetta.",
  [E("ASSAULT", "181", "taken away", "was taken away by men in plainclothes identifying themselves as intelligence agents",
     "intelligence agents|men", "PAKSPY|~", "activist|student activist", "PAKOPP|PAKEDU|PAKCVL", ok="COERCE", emb=True, mode="abduct")],
  [F("killed", 1, "intelligence agents|men|~", "PAKSPY|~", "taken away")], sd=True)


# --- half 1, batch 2: arrests in phrasal and regional forms, custody, jail -----------------
S("2025-03-09", "headline", "phrasal_arrest",
  "Cops nab 3 over Thane jewellery store heist",
  [E("COERCE", "173", "nab", "Cops nab 3 over Thane jewellery store heist", "cops|police", "INDCOP", "~", "INDCRM|INDCVL|~",
     mode="arrest")],
  [F("arrested", 3, "cops|police", "INDCOP", "nab")], sa=True)
S("2024-10-15", "police", "phrasal_arrest,agentless_passive",
  "Twenty-two men were rounded up in an overnight sweep of informal settlements in Tembisa and will appear in court on immigration charges, police spokesperson Brenda Muridili said.",
  [E("COERCE", "173", "rounded up", "Twenty-two men were rounded up in an overnight sweep", "~|police", "~|ZAFCOP", "men",
     "ZAFCVL|~", rep=True, mode="arrest")],
  [F("arrested", 22, "~|police", "~|ZAFCOP", "rounded up")], sa=True)
S("2023-04-04", "lowercase", "phrasal_arrest,agentless_passive",
  "A former county treasurer was taken into custody in Nakuru on Monday over the loss of 48 million shillings meant for bursaries.",
  [E("COERCE", "173", "taken into custody", "A former county treasurer was taken into custody in Nakuru", "~|police", "~|KENCOP",
     "treasurer|former county treasurer", "KENGOV|KENCVL", mode="arrest")],
  [F("arrested", 1, "~|police", "~|KENCOP", "taken into custody")], sa=True)
S("2022-02-17", "local", "phrasal_arrest",
  "The 34-year-old was booked into the Maricopa County jail on suspicion of aggravated assault after a fight outside a Tempe bar, sheriff's deputies said.",
  [E("COERCE", "173", "booked", "The 34-year-old was booked into the Maricopa County jail", "~|sheriff's deputies", "~|USACOP", "~",
     "USACVL|~", rep=True, mode="arrest")],
  [F("arrested", 1, "~|sheriff's deputies", "~|USACOP", "booked")], sa=True)
S("2024-06-12", "wire", "phrasal_arrest,actor_context",
  "A magistrate in Abuja remanded the activist in Kuje prison for 30 days pending the hearing of a cybercrime charge.",
  [E("COERCE", "173", "remanded", "A magistrate in Abuja remanded the activist in Kuje prison", "magistrate", "NGAJUD", "activist",
     "NGAOPP|NGACVL", mode="arrest")],
  [F("detained", 1, "magistrate", "NGAJUD", "remanded")], sa=True)
S("2025-09-30", "headline", "phrasal_arrest",
  "Ex-mayor put behind bars for five years over land scam",
  [E("SANCTION", "116", "put behind bars", "Ex-mayor put behind bars for five years", "~", "~|JUD", "ex-mayor|mayor", "GOV", ok="COERCE|ACCUSE",
     mode="convict")],
  [F("detained", 1, "~", "~|JUD", "put behind bars")], sa=True)
S("2021-11-08", "wire", "phrasal_arrest,actor_context",
  "A Tehran revolutionary court sent a dual national to jail for eight years on espionage charges, her lawyer said.",
  [E("SANCTION", "116", "sent", "A Tehran revolutionary court sent a dual national to jail for eight years", "revolutionary court|court",
     "IRNJUD", "dual national", "IRNCVL|~", ok="COERCE|ACCUSE", rep=True, mode="convict")],
  [F("detained", 1, "revolutionary court|court", "IRNJUD", "sent")], sa=True)
S("2023-12-02", "lowercase", "phrasal_arrest,plain",
  "Police in Enugu hauled in 17 suspected cultists after a clash between rival groups left a student dead near the university gate.",
  [E("COERCE", "173", "hauled in", "Police in Enugu hauled in 17 suspected cultists", "police", "NGACOP", "cultists", "NGACRM|NGA",
     mode="arrest"),
   E("ASSAULT", "190", "clash", "a clash between rival groups left a student dead", "rival groups|groups", "NGACRM|~", "student",
     "NGACVL|NGAEDU", emb=True)],
  [F("arrested", 17, "police", "NGACOP", "hauled in"), F("killed", 1, "rival groups|groups", "NGACRM|~", "clash")], sa=True)
S("2024-05-23", "police", "phrasal_arrest,criminal_violence",
  "Officers of the Anti-Kidnapping Unit picked up a 41-year-old herbalist suspected of supplying charms to the gang that abducted two schoolgirls in Ogun State.",
  [E("COERCE", "173", "picked up", "Officers of the Anti-Kidnapping Unit picked up a 41-year-old herbalist", "Anti-Kidnapping Unit|officers",
     "NGACOP", "herbalist", "NGACVL|NGACRM", mode="arrest"),
   E("ASSAULT", "181", "abducted", "the gang that abducted two schoolgirls", "gang", "NGACRM", "schoolgirls", "NGACVL|NGAEDU",
     emb=True, mode="abduct")],
  [F("arrested", 1, "Anti-Kidnapping Unit|officers", "NGACOP", "picked up")], sa=True)
S("2022-08-19", "wire", "phrasal_arrest,agentless_passive",
  "Two men have been locked up in Dhaka's Keraniganj central jail after a court denied them bail in a case over a Facebook post, their lawyer said.",
  [E("COERCE", "173", "locked up", "Two men have been locked up in Dhaka's Keraniganj central jail", "~|court", "~|BGDJUD", "men",
     "BGDCVL|~", rep=True, mode="arrest"),
   E("REJECT", "1243", "denied", "a court denied them bail", "court", "BGDJUD", "men", "BGDCVL|~", rep=True, emb=True)],
  [F("detained", 2, "~|court", "~|BGDJUD", "locked up")], sa=True)
S("2025-01-07", "long", "phrasal_arrest,temporal_clause,relative_clause",
  "When officers from the Directorate of Criminal Investigations arrived at the Kitengela house that the suspect had rented under a false name, they found him hiding in the ceiling and took him to the Kajiado police station, where he is being held pending arraignment.",
  [E("COERCE", "173", "took him", "took him to the Kajiado police station", "officers|Directorate of Criminal Investigations",
     "KENCOP", "suspect", "KENCRM|KENCVL", mode="arrest"),
   E("COERCE", "173", "held", "he is being held pending arraignment", "~|officers", "~|KENCOP", "suspect|~", "KENCRM|KENCVL|~",
     emb=True, mode="arrest")],
  [F("arrested", 1, "officers|Directorate of Criminal Investigations", "KENCOP", "took him")], sa=True)
S("2023-03-28", "headline", "phrasal_arrest",
  "Sao Paulo police arrest 40 in crackdown on cargo thieves",
  [E("COERCE", "173", "arrest", "Sao Paulo police arrest 40", "Sao Paulo police|police", "BRACOP", "~", "BRACRM|~", mode="arrest")],
  [F("arrested", 40, "Sao Paulo police|police", "BRACOP", "arrest")], sa=True)
S("2026-04-11", "local", "phrasal_arrest,agentless_passive",
  "A lorry driver accused of knocking down a cyclist on the A14 was released on bail after spending a night in the cells at Huntingdon police station.",
  [E("RETREAT", "0841", "released", "was released on bail", "~|police", "~|GBRCOP", "lorry driver|driver", "GBRCVL|~", ok="CONCEDE",
     mode="release"),
   E("COERCE", "173", "spending a night in the cells", "spending a night in the cells at Huntingdon police station", "~|police",
     "~|GBRCOP", "lorry driver|driver", "GBRCVL|~", emb=True, mode="arrest"),
   E("ACCUSE", "1121", "accused", "A lorry driver accused of knocking down a cyclist", "~", "~", "lorry driver|driver", "GBRCVL|~",
     emb=True, content="knocking down a cyclist on the A14", mode="allege")],
  [F("detained", 1, "~|police", "~|GBRCOP", "spending a night in the cells")], sa=True)
S("2024-02-26", "lowercase", "phrasal_arrest,actor_context",
  "The rapid action battalion has detained a man in narayanganj who allegedly ran a fake visa racket that cheated over 200 job seekers.",
  [E("COERCE", "173", "detained", "The rapid action battalion has detained a man in narayanganj", "Rapid Action Battalion|RAB",
     "BGDCOP|BGDMIL", "man", "BGDCRM|BGDCVL", mode="arrest")],
  [F("detained", 1, "Rapid Action Battalion|RAB", "BGDCOP|BGDMIL", "detained")], sa=True)
S("2022-10-03", "wire", "phrasal_arrest,actor_context",
  "Iranian security forces have arrested at least 450 people in Gilan province during the protests over the death of a young woman in morality police custody, the provincial police chief said.",
  [E("COERCE", "173", "arrested", "Iranian security forces have arrested at least 450 people in Gilan province",
     "Iranian security forces|security forces|Iran", "IRNCOP|IRNMIL|IRN", "people", "IRNCVL|IRNOPP", rep=True, mode="arrest"),
   E("PROTEST", "141", "protests", "during the protests over the death", "~", "~|IRNOPP|IRNCVL", "~", "~|IRNGOV|IRNCOP", rep=True,
     emb=True, mode="demo")],
  [F("arrested", 450, "Iranian security forces|security forces|Iran", "IRNCOP|IRNMIL|IRN", "arrested")], sa=True)
S("2025-07-17", "police", "phrasal_arrest,agentless_passive",
  "Five suspects have been placed under arrest over the lynching of a man accused of witchcraft in Kilifi, the county police commander said.",
  [E("COERCE", "173", "placed under arrest", "Five suspects have been placed under arrest", "~|police", "~|KENCOP", "suspects",
     "KENCVL|KENCRM|~", rep=True, mode="arrest"),
   E("ASSAULT", "1823", "lynching", "the lynching of a man accused of witchcraft", "~|suspects", "~|KENCVL", "man", "KENCVL",
     rep=True, emb=True, mode="beat")],
  [F("arrested", 5, "~|police", "~|KENCOP", "placed under arrest"), F("killed", 1, "~|suspects", "~|KENCVL", "lynching")], sa=True)
S("2023-09-14", "headline", "phrasal_arrest,claim",
  "Army says it detained 9 Boko Haram logistics suppliers in Borno",
  [E("COERCE", "173", "detained", "it detained 9 Boko Haram logistics suppliers", "army", "NGAMIL", "suppliers|Boko Haram",
     "NGAREB", rep=True, mode="arrest")],
  [F("detained", 9, "army", "NGAMIL", "detained")], sa=True)
S("2021-05-06", "wire", "phrasal_arrest,actor_context",
  "Egyptian authorities ordered a translator held for 15 days pending investigation into charges of spreading false news, a rights lawyer said.",
  [E("COERCE", "173", "held", "ordered a translator held for 15 days", "Egyptian authorities|authorities", "EGYGOV|EGYJUD|EGY",
     "translator", "EGYCVL|EGYMED", rep=True, mode="arrest")],
  [F("detained", 1, "Egyptian authorities|authorities", "EGYGOV|EGYJUD|EGY", "held")], sa=True)
S("2024-12-19", "lowercase", "phrasal_arrest,agentless_passive",
  "Three suspected drug dealers were nabbed by anti-narcotics officers at a checkpoint in Cebu City with shabu worth 6.8 million pesos.",
  [E("COERCE", "173", "nabbed", "Three suspected drug dealers were nabbed by anti-narcotics officers", "anti-narcotics officers|officers",
     "PHLCOP", "drug dealers|dealers", "PHLCRM", mode="arrest")],
  [F("arrested", 3, "anti-narcotics officers|officers", "PHLCOP", "nabbed")], sa=True)
S("2020-01-22", "local", "phrasal_arrest",
  "Greater Manchester Police arrested a 15-year-old boy on suspicion of murder after a man was stabbed outside a takeaway in Moss Side.",
  [E("COERCE", "173", "arrested", "Greater Manchester Police arrested a 15-year-old boy", "Greater Manchester Police|police", "GBRCOP",
     "boy", "GBRCVL", mode="arrest"),
   E("ASSAULT", "182", "stabbed", "a man was stabbed outside a takeaway", "~|boy", "~|GBRCVL", "man", "GBRCVL", emb=True, mode="primitive")],
  [F("arrested", 1, "Greater Manchester Police|police", "GBRCOP", "arrested")], sa=True)
S("2025-10-28", "police", "phrasal_arrest,perpetrator",
  "Mexican marines captured a regional boss of the Sinaloa cartel in a raid in Culiacan in which two of his bodyguards were killed, the navy said.",
  [E("COERCE", "173", "captured", "Mexican marines captured a regional boss of the Sinaloa cartel", "Mexican marines|marines|navy",
     "MEXMIL", "boss|Sinaloa cartel", "MEXCRM", rep=True, mode="arrest"),
   E("ASSAULT", "190", "raid", "a raid in Culiacan in which two of his bodyguards were killed", "~|marines", "~|MEXMIL", "bodyguards",
     "MEXCRM", rep=True, emb=True)],
  [F("arrested", 1, "Mexican marines|marines|navy", "MEXMIL", "captured"),
   F("killed", 2, "~|Mexican marines|marines", "~|MEXMIL", "raid")], sd=True, sa=True)
S("2023-06-22", "wire", "phrasal_arrest,actor_context",
  "Pakistani police took former prime minister's aide Shireen Qadri into custody outside her Islamabad home, hours after she was released on a court order.",
  [E("COERCE", "173", "took", "Pakistani police took former prime minister's aide Shireen Qadri into custody", "Pakistani police|police",
     "PAKCOP", "Shireen Qadri|Qadri", "PAKOPP|PAKPTY|PAKGOV", mode="arrest"),
   E("RETREAT", "0841", "released", "she was released on a court order", "~|court", "~|PAKJUD", "Shireen Qadri|~", "PAKOPP|PAKPTY|PAKGOV",
     ok="CONCEDE", emb=True, mode="release")],
  [F("arrested", 1, "Pakistani police|police", "PAKCOP", "took")], sa=True)


# --- half 1, batch 3: true negatives (accidents, crime, disease, hypothetical, denied, charged)
S("2024-08-03", "police", "accident",
  "Eleven passengers died when an overloaded minibus plunged into a ravine on the Thika road early on Saturday, police said.",
  [], [], sd=False)
S("2023-02-11", "local", "criminal_violence,agentless_passive",
  "Two men were shot dead in a suspected gang feud in Mitchells Plain on Friday night, and police have opened murder dockets.",
  [E("ASSAULT", "193", "shot dead", "Two men were shot dead in a suspected gang feud", "~|gang", "~|ZAFCRM", "men", "ZAFCVL|ZAFCRM",
     mode="firearms"),
   E("ACCUSE", "091", "opened murder dockets", "police have opened murder dockets", "police", "ZAFCOP", "~", "~", ok="COERCE",
     mode="investigate")],
  [F("killed", 2, "~|gang", "~|ZAFCRM", "shot dead")])
S("2025-04-19", "lowercase", "hypothetical_arrest",
  "Motorists who ignore the new helmet rule could face arrest and a fine of 5,000 naira, the Lagos state traffic agency warned.",
  [E("THREATEN", "132", "warned", "the Lagos state traffic agency warned", "Lagos state traffic agency|traffic agency", "NGAGOV|NGACOP",
     "motorists", "NGACVL", ok="COERCE", content="could face arrest and a fine of 5,000 naira", mode="arrest")])
S("2022-07-26", "wire", "denied,not_arrest",
  "Police in Harare denied that any opposition supporters had been detained after Saturday's rally in Chitungwiza.",
  [E("COERCE", "173", "detained", "denied that any opposition supporters had been detained", "police", "ZWECOP", "opposition supporters",
     "ZWEOPP|ZWEPTY", neg=True, rep=True, emb=True, mode="arrest"),
   E("PROTEST", "141", "rally", "Saturday's rally", "~|opposition supporters", "~|ZWEOPP", "~", "~|ZWEGOV", emb=True, mode="demo")])
S("2024-11-05", "headline", "charge_only",
  "Kenyan MP charged with incitement over rally remarks",
  [E("ACCUSE", "1121", "charged", "Kenyan MP charged with incitement", "~", "~|KENJUD", "Kenyan MP|MP", "KENLEG", ok="COERCE",
     content="incitement over rally remarks", mode="allege")])
S("2023-05-17", "police", "disease",
  "An inmate at Kirikiri maximum security prison died of tuberculosis on Monday, the correctional service said, adding that the facility was overcrowded.",
  [], [])
S("2021-09-04", "wire", "criminal_violence,perpetrator",
  "Gunmen on motorcycles killed at least 19 villagers and burned houses in an attack on a village in Niger's Tillaberi region, the interior ministry said.",
  [E("ASSAULT", "193", "killed", "Gunmen on motorcycles killed at least 19 villagers", "gunmen", "NERREB|NERCRM|~", "villagers",
     "NERCVL", rep=True, mode="firearms"),
   E("ASSAULT", "1712", "burned houses", "burned houses in an attack on a village", "gunmen", "NERREB|NERCRM|~", "village|houses",
     "NERCVL", ok="COERCE", rep=True, mode="destroy")],
  [F("killed", 19, "gunmen", "NERREB|NERCRM|~", "killed")])
S("2026-01-08", "lowercase", "background_arrest",
  "the journalist, who spent four months in detention after his arrest at a protest in 2024, launched a new investigative podcast on friday.",
  [E("COERCE", "173", "arrest", "after his arrest at a protest in 2024", "~", "~", "journalist", "CVL|MED", hist=True, emb=True,
     mode="arrest")])
S("2024-03-30", "local", "accident,lemma",
  "A police officer and two pedestrians were injured when a patrol car skidded on a wet road and struck a bus stop in Croydon.",
  [], [])
S("2025-06-25", "wire", "hypothetical_arrest,embedded_content",
  "The Interior Minister said protesters who block national highways would be arrested and prosecuted under the anti-terrorism law.",
  [E("THREATEN", "137", "said", "The Interior Minister said protesters who block national highways would be arrested", "Interior Minister", "GOV", "protesters",
     "OPP|CVL", ok="COERCE", rep=True, content="protesters who block national highways would be arrested and prosecuted", mode="arrest")])
S("2022-04-13", "headline", "criminal_violence",
  "Bandits kill 23 in Katsina village attack",
  [E("ASSAULT", "190", "kill", "Bandits kill 23", "bandits", "NGACRM|NGAREB", "~", "NGACVL|~", mode="firearms"),
   E("ASSAULT", "190", "attack", "Katsina village attack", "~|bandits", "~|NGACRM|NGAREB", "village", "NGACVL", emb=True)],
  [F("killed", 23, "bandits", "NGACRM|NGAREB", "kill")])
S("2023-10-22", "police", "denied,claim",
  "The army rejected claims that its troops had killed civilians during a search operation in the Rakhine township of Minbya, saying those who died were insurgents.",
  [E("ASSAULT", "193", "killed", "The army rejected claims that its troops had killed civilians", "troops|army", "MMRMIL",
     "civilians", "MMRCVL", ok="REJECT", neg=True, emb=True, content="that its troops had killed civilians during a search operation")],
  [], sd=True)
S("2024-09-02", "lowercase", "not_arrest,charge_only",
  "the former sports minister was summoned by the anti-corruption bureau to explain how stadium funds were spent, but was allowed to go home after questioning.",
  [E("ACCUSE", "091", "summoned", "the former sports minister was summoned by the anti-corruption bureau", "anti-corruption bureau",
     "GOV|JUD", "former sports minister|minister", "GOV", ok="CONSULT", mode="investigate")])
S("2020-08-29", "wire", "disease,not_arrest",
  "A detained opposition leader in Minsk was moved to a hospital after suffering a cardiac arrest in his cell, his lawyer said.",
  [E("COERCE", "173", "detained", "A detained opposition leader in Minsk", "~", "~|BLRGOV|BLRCOP", "opposition leader", "BLROPP",
     hist=True, emb=True, mode="arrest")])
S("2025-02-14", "local", "criminal_violence,agentless_passive",
  "A security guard at a Lekki shopping mall was stabbed to death by robbers who escaped with the day's takings, residents said.",
  [E("ASSAULT", "1823", "stabbed to death", "was stabbed to death by robbers", "robbers", "NGACRM", "security guard|guard", "NGACVL|NGABUS",
     rep=True, mode="primitive")],
  [F("killed", 1, "robbers", "NGACRM", "stabbed to death")])
S("2023-08-08", "headline", "hypothetical_arrest",
  "Court warns police chief he risks arrest if he ignores order",
  [E("THREATEN", "137", "warns", "Court warns police chief", "court", "JUD", "police chief", "COP", ok="COERCE",
     content="he risks arrest if he ignores order", mode="arrest")])
S("2021-12-10", "police", "accident,perpetrator",
  "Two soldiers died and three were injured when their armoured vehicle overturned during a training exercise near Kolwezi, the army said.",
  [], [])
S("2024-05-06", "wire", "denied",
  "Rwandan police said no one had been arrested over the opposition candidate's disappearance, and denied holding him.",
  [E("COERCE", "173", "arrested", "no one had been arrested over the opposition candidate's disappearance", "~|Rwandan police", "~|RWACOP",
     "~", "~", neg=True, rep=True, mode="arrest"),
   E("COERCE", "173", "holding", "denied holding him", "Rwandan police|police", "RWACOP", "opposition candidate|candidate", "RWAOPP",
     neg=True, rep=True, mode="arrest")])
S("2026-03-23", "lowercase", "plain,criminal_violence",
  "a farmer was hacked to death by herders in a dispute over grazing land near makurdi, a community leader said.",
  [E("ASSAULT", "1823", "hacked to death", "a farmer was hacked to death by herders", "herders", "NGACVL|NGA", "farmer", "NGACVL",
     rep=True, mode="primitive")],
  [F("killed", 1, "herders", "NGACVL|NGA", "hacked to death")])
S("2025-11-12", "local", "charge_only,not_arrest",
  "Prosecutors in Bordeaux charged a landlord with manslaughter after a fire in an unsafe building killed three tenants, but he remains free under judicial supervision.",
  [E("ACCUSE", "1121", "charged", "Prosecutors in Bordeaux charged a landlord with manslaughter", "prosecutors", "FRAJUD", "landlord",
     "FRABUS|FRACVL", ok="COERCE", content="manslaughter", mode="allege")])
S("2022-01-31", "wire", "hypothetical_arrest,embedded_content",
  "The ICC prosecutor urged member states to arrest the militia leader if he travels to their territory.",
  [E("REQUEST", "1013", "urged", "The ICC prosecutor urged member states", "ICC prosecutor|ICC", "IGOJUD", "member states", "~|IGO",
     content="to arrest the militia leader if he travels to their territory", mode="assist")])
S("2023-07-15", "police", "criminal_violence,weapon_subject",
  "A bomb hidden in a rubbish bin killed a vegetable vendor and wounded five others at a market in Peshawar, police said.",
  [E("ASSAULT", "183", "killed", "A bomb hidden in a rubbish bin killed a vegetable vendor", None, None, "vendor|vegetable vendor",
     "PAKCVL", rep=True, mode="explosives")],
  [F("killed", 1, None, None, "killed"), F("wounded", 5, None, None, "killed")])
S("2024-12-04", "headline", "background_arrest",
  "Activist freed after 3 years says jail broke his health",
  [E("RETREAT", "0841", "freed", "Activist freed after 3 years", "~", "~", "activist", "OPP|CVL", ok="CONCEDE", mode="release")])


# --- half 1, batch 4: dispersals, curfews, raids, mixed deaths and arrests -------------------
S("2024-06-25", "police", "crowd_dispersal,phrasal_arrest,agentless_passive",
  "Riot police used water cannon to break up a sit-in by unpaid teachers outside the education ministry in Islamabad, and 60 of them were taken to police stations.",
  [E("ASSAULT", "175", "used water cannon", "Riot police used water cannon to break up a sit-in", "riot police|police", "PAKCOP",
     "teachers|sit-in", "PAKEDU|PAKLAB|PAKOPP", ok="COERCE", mode="crowd-control"),
   E("PROTEST", "141", "sit-in", "a sit-in by unpaid teachers outside the education ministry", "teachers|unpaid teachers",
     "PAKEDU|PAKLAB|PAKOPP", "education ministry", "PAKGOV", emb=True, mode="demo"),
   E("COERCE", "173", "taken to police stations", "60 of them were taken to police stations", "~|riot police|police", "~|PAKCOP",
     "teachers", "PAKEDU|PAKLAB|PAKOPP", mode="arrest")],
  [F("arrested", 60, "~|riot police|police", "~|PAKCOP", "taken to police stations")], sa=True)
S("2023-05-10", "wire", "curfew,actor_context",
  "Authorities in Manipur imposed an indefinite curfew in Imphal and suspended mobile internet after clashes between ethnic groups, a state official said.",
  [E("COERCE", "1721", "imposed an indefinite curfew", "Authorities in Manipur imposed an indefinite curfew in Imphal", "authorities",
     "INDGOV", "Imphal", "INDCVL|~", rep=True, mode="curfew"),
   E("COERCE", "170", "suspended mobile internet", "suspended mobile internet", "authorities", "INDGOV", "~", "INDCVL|~", rep=True,
     mode="censor"),
   E("ASSAULT", "190", "clashes", "clashes between ethnic groups", "ethnic groups", "INDCVL|~", "~", "INDCVL|~", ok="PROTEST",
     rep=True, emb=True)])
S("2025-01-21", "lowercase", "crowd_dispersal,plain",
  "Police fired tear gas at opposition supporters who tried to march to the electoral commission offices in Kampala, but no injuries were reported.",
  [E("ASSAULT", "175", "fired tear gas", "Police fired tear gas at opposition supporters", "police", "UGACOP", "opposition supporters",
     "UGAOPP|UGAPTY", ok="COERCE", mode="crowd-control"),
   E("PROTEST", "141", "march", "opposition supporters who tried to march to the electoral commission offices", "opposition supporters",
     "UGAOPP|UGAPTY", "electoral commission", "UGAGOV", emb=True, mode="demo")])
S("2022-11-18", "headline", "curfew",
  "Curfew slapped on Chittagong hill town after arson",
  [E("COERCE", "1721", "Curfew", "Curfew slapped on Chittagong hill town", "~", "~|BGDGOV", "town", "BGDCVL|~", mode="curfew"),
   E("ASSAULT", "1712", "arson", "after arson", "~", "~", "~", "~", ok="PROTEST", emb=True, mode="destroy")])
S("2024-04-02", "police", "raid,phrasal_arrest",
  "Officers from the National Crime Agency raided 14 addresses across Birmingham and Leeds and arrested nine people suspected of smuggling migrants across the Channel.",
  [E("COERCE", "170", "raided", "Officers from the National Crime Agency raided 14 addresses", "National Crime Agency|officers",
     "GBRCOP", "addresses", "GBRCVL|~", mode="seize"),
   E("COERCE", "173", "arrested", "arrested nine people suspected of smuggling migrants", "National Crime Agency|officers", "GBRCOP",
     "people", "GBRCRM|GBRCVL", mode="arrest")],
  [F("arrested", 9, "National Crime Agency|officers", "GBRCOP", "arrested")], sa=True)
S("2021-04-10", "long", "perpetrator,crowd_dispersal,phrasal_arrest",
  "Soldiers stormed a neighbourhood of Bago where residents had built sandbag barricades against the junta, firing rifle grenades and machine guns for hours and killing at least 82 people, while dozens of survivors were rounded up and taken to the town's military base, a local monitoring group said.",
  [E("ASSAULT", "194", "firing rifle grenades", "firing rifle grenades and machine guns for hours and killing at least 82 people",
     "soldiers", "MMRMIL", "residents|people", "MMRCVL|MMROPP", rep=True, mode="heavy-weapons"),
   E("ASSAULT", "190", "stormed", "Soldiers stormed a neighbourhood of Bago", "soldiers", "MMRMIL", "neighbourhood|residents", "MMRCVL",
     rep=True),
   E("PROTEST", "144", "built sandbag barricades", "residents had built sandbag barricades against the junta", "residents",
     "MMRCVL|MMROPP", "junta", "MMRMIL|MMRGOV", rep=True, emb=True, mode="obstruct"),
   E("COERCE", "173", "rounded up", "dozens of survivors were rounded up and taken to the town's military base", "~|soldiers",
     "~|MMRMIL", "survivors", "MMRCVL", rep=True, mode="arrest")],
  [F("killed", 82, "soldiers", "MMRMIL", "firing rifle grenades")], sd=True, sa=True)
S("2023-03-07", "wire", "curfew,retraction",
  "Authorities in Nigeria's Kaduna state lifted a 24-hour curfew imposed on the town of Zangon Kataf after a week without fresh violence.",
  [E("RETREAT", "0813", "lifted", "lifted a 24-hour curfew imposed on the town of Zangon Kataf", "authorities", "NGAGOV", "Zangon Kataf",
     "NGACVL|~", ok="CONCEDE"),
   E("COERCE", "1721", "curfew", "a 24-hour curfew imposed on the town", "~|authorities", "~|NGAGOV", "town", "NGACVL|~", hist=True,
     emb=True, mode="curfew")])
S("2026-06-30", "local", "crowd_dispersal,perpetrator",
  "Five miners were injured by rubber bullets when police moved in to disperse a crowd blocking the entrance to a platinum mine near Rustenburg.",
  [E("ASSAULT", "175", "moved in to disperse", "police moved in to disperse a crowd blocking the entrance", "police", "ZAFCOP",
     "crowd|miners", "ZAFLAB|ZAFCVL", ok="COERCE", emb=True, mode="crowd-control"),
   E("PROTEST", "144", "blocking", "a crowd blocking the entrance to a platinum mine", "crowd|miners", "ZAFLAB|ZAFCVL", "mine",
     "ZAFBUS|~", emb=True, mode="obstruct")],
  [F("wounded", 5, "police", "ZAFCOP", "moved in to disperse")], sd=True)
S("2025-08-21", "lowercase", "raid,perpetrator,agentless_passive",
  "A suspected kidnapper was killed and two police officers were wounded in an exchange of fire during a raid on a hideout in the Guerrero mountains, state prosecutors said.",
  [E("ASSAULT", "193", "exchange of fire", "an exchange of fire during a raid on a hideout", "~|police", "~|MEXCOP", "kidnapper|~",
     "MEXCRM|~", rep=True, emb=True, mode="firearms"),
   E("ASSAULT", "190", "raid", "a raid on a hideout in the Guerrero mountains", "~|police", "~|MEXCOP", "hideout", "MEXCRM|~",
     ok="COERCE", rep=True, emb=True)],
  [F("killed", 1, "~|police", "~|MEXCOP", "exchange of fire"), F("wounded", 2, "~|kidnapper", "~|MEXCRM", "exchange of fire")], sd=True)
S("2020-03-19", "headline", "curfew,plain",
  "Police enforce dusk-to-dawn curfew in Mombasa, arrest 50",
  [E("COERCE", "1721", "enforce dusk-to-dawn curfew", "Police enforce dusk-to-dawn curfew in Mombasa", "police", "KENCOP", "Mombasa",
     "KENCVL|~", mode="curfew"),
   E("COERCE", "173", "arrest", "arrest 50", "police", "KENCOP", "~", "KENCVL|~", mode="arrest")],
  [F("arrested", 50, "police", "KENCOP", "arrest")], sa=True)
S("2024-10-29", "police", "extrajudicial,perpetrator,claim",
  "Human Rights Watch accused Bangladesh's Rapid Action Battalion of killing at least 14 people in staged gunfights this year and urged donors to halt training for the unit.",
  [E("ACCUSE", "1122", "accused", "Human Rights Watch accused Bangladesh's Rapid Action Battalion", "Human Rights Watch", "NGOHRI",
     "Rapid Action Battalion|Bangladesh", "BGDCOP|BGDMIL", content="killing at least 14 people in staged gunfights this year"),
   E("REQUEST", "1012", "urged", "urged donors to halt training for the unit", "Human Rights Watch", "NGOHRI", "donors", "~|IGO",
     content="to halt training for the unit", mode="change")],
  [F("killed", 14, "Rapid Action Battalion|Bangladesh", "BGDCOP|BGDMIL", None)], sd=True)
S("2022-03-12", "wire", "crowd_dispersal,phrasal_arrest,agentless_passive",
  "More than 300 anti-war demonstrators were detained in Moscow and St Petersburg on Sunday, an independent monitoring group said.",
  [E("COERCE", "173", "detained", "More than 300 anti-war demonstrators were detained in Moscow and St Petersburg", "~|police",
     "~|RUSCOP", "demonstrators|anti-war demonstrators", "RUSOPP|RUSCVL", rep=True, mode="arrest")],
  [F("detained", 300, "~|police", "~|RUSCOP", "detained")], sa=True)
S("2023-11-09", "local", "raid,plain",
  "Detectives searched the home of a Nairobi county official and seized 12 million shillings in cash, but no one was arrested.",
  [E("COERCE", "1711", "seized", "seized 12 million shillings in cash", "detectives", "KENCOP", "official|county official", "KENGOV",
     mode="seize"),
   E("COERCE", "173", "arrested", "no one was arrested", "~|detectives", "~|KENCOP", "~", "~", neg=True, mode="arrest")])
S("2025-12-01", "lowercase", "encounter_killing,perpetrator",
  "Two suspected Maoists were killed in an encounter with district reserve guard personnel in the forests of Chhattisgarh's Bijapur district on sunday, a senior police officer said.",
  [E("ASSAULT", "193", "encounter", "killed in an encounter with district reserve guard personnel", "district reserve guard|personnel",
     "INDCOP|INDMIL", "Maoists", "INDREB", rep=True, emb=True, mode="firearms")],
  [F("killed", 2, "district reserve guard|personnel", "INDCOP|INDMIL", "encounter")], sd=True)
S("2021-10-25", "wire", "phrasal_arrest,actor_context,perpetrator",
  "Sudanese soldiers detained the prime minister and several cabinet members at dawn, and three protesters were shot dead outside the army headquarters later in the day, a doctors' committee said.",
  [E("COERCE", "173", "detained", "Sudanese soldiers detained the prime minister and several cabinet members", "Sudanese soldiers|soldiers",
     "SDNMIL", "prime minister|cabinet members", "SDNGOV", rep=True, mode="arrest"),
   E("ASSAULT", "175", "shot dead", "three protesters were shot dead outside the army headquarters", "~|Sudanese soldiers|soldiers",
     "~|SDNMIL", "protesters", "SDNOPP|SDNCVL", ok="COERCE", rep=True, mode="crowd-control")],
  [F("detained", 1, "Sudanese soldiers|soldiers", "SDNMIL", "detained"),
   F("killed", 3, "~|Sudanese soldiers|soldiers", "~|SDNMIL", "shot dead")], sd=True, sa=True)
S("2024-07-31", "police", "custody_death,agentless_passive",
  "An autopsy found that a detainee held by the National Intelligence Service in Juba died of blunt force trauma, contradicting the agency's claim that he hanged himself.",
  [E("COERCE", "173", "held", "a detainee held by the National Intelligence Service in Juba", "National Intelligence Service",
     "SSDSPY", "detainee", "SSDCVL|~", emb=True, mode="arrest"),
   E("ASSAULT", "182", "blunt force trauma", "died of blunt force trauma", "~|National Intelligence Service", "~|SSDSPY", "detainee",
     "SSDCVL|~", mode="beat")],
  [F("killed", 1, "~|National Intelligence Service", "~|SSDSPY", "blunt force trauma")], sd=True, sa=True)
S("2026-09-14", "headline", "phrasal_arrest,crowd_dispersal",
  "Tear gas, 120 held as Paris pension protest turns violent",
  [E("ASSAULT", "175", "Tear gas", "Tear gas, 120 held", "~|police", "~|FRACOP", "~", "~|FRAOPP", ok="COERCE", mode="crowd-control"),
   E("COERCE", "173", "held", "120 held", "~|police", "~|FRACOP", "~", "FRAOPP|FRACVL|~", mode="arrest"),
   E("PROTEST", "145", "turns violent", "Paris pension protest turns violent", "~", "~|FRAOPP|FRALAB", "~", "~|FRAGOV", mode="riot")],
  [F("detained", 120, "~|police", "~|FRACOP", "held")], sa=True)
S("2022-06-08", "wire", "perpetrator,pp_noun",
  "A Palestinian man died of wounds suffered in an Israeli army raid on the Jenin refugee camp, the Palestinian health ministry said.",
  [E("ASSAULT", "190", "raid", "an Israeli army raid on the Jenin refugee camp", "Israeli army|army|Israel", "ISRMIL", "Jenin refugee camp|man",
     "PSECVL|PSE", rep=True, emb=True)],
  [F("killed", 1, "Israeli army|army|Israel", "ISRMIL", "raid")], sd=True)
S("2025-03-27", "local", "phrasal_arrest,relative_clause",
  "The bus conductor who was filmed slapping a schoolboy in Thika has been arrested and will be arraigned on Tuesday, police said.",
  [E("COERCE", "173", "arrested", "The bus conductor who was filmed slapping a schoolboy in Thika has been arrested", "~|police",
     "~|KENCOP", "bus conductor|conductor", "KENCVL", rep=True, mode="arrest"),
   E("ASSAULT", "182", "slapping", "slapping a schoolboy", "bus conductor|conductor", "KENCVL", "schoolboy", "KENCVL|KENEDU",
     rep=True, emb=True, mode="beat")],
  [F("arrested", 1, "~|police", "~|KENCOP", "arrested")], sa=True)
S("2023-01-25", "lowercase", "perpetrator,crowd_dispersal",
  "Peruvian police killed a protester and wounded 11 others as they cleared a highway blockade near Juliaca, the ombudsman's office said.",
  [E("ASSAULT", "175", "killed", "Peruvian police killed a protester and wounded 11 others", "Peruvian police|police", "PERCOP",
     "protester", "PEROPP|PERCVL", ok="COERCE", rep=True, mode="crowd-control"),
   E("ASSAULT", "175", "cleared", "they cleared a highway blockade", "~|Peruvian police", "~|PERCOP", "blockade", "PEROPP|PERCVL|~",
     ok="COERCE", rep=True, emb=True, mode="crowd-control"),
   E("PROTEST", "144", "blockade", "a highway blockade near Juliaca", "~", "~|PEROPP", "~", "~|PERGOV", rep=True, emb=True, mode="obstruct")],
  [F("killed", 1, "Peruvian police|police", "PERCOP", "killed"), F("wounded", 11, "Peruvian police|police", "PERCOP", "killed")], sd=True)


# --- half 1, batch 5: more negatives and traps, lower-case and headlines -----------------------
S("2024-02-02", "lowercase", "accident",
  "a fire at a garment factory in gazipur killed nine workers on thursday night, fire service officials said.",
  [], [])
S("2023-06-06", "headline", "not_arrest,lemma",
  "Central bank moves to arrest the naira's slide",
  [])
S("2025-05-03", "police", "criminal_violence,agentless_passive",
  "Police recovered the bodies of three taxi drivers who had been abducted and killed by a robbery gang on the outskirts of Durban.",
  [E("ASSAULT", "181", "abducted", "had been abducted and killed by a robbery gang", "robbery gang|gang", "ZAFCRM", "taxi drivers",
     "ZAFCVL|ZAFBUS", emb=True, mode="abduct")],
  [F("killed", 3, "robbery gang|gang", "ZAFCRM", "abducted")])
S("2022-09-13", "wire", "disease",
  "The jailed former president died of a heart condition at a military hospital in Cairo, state media reported, and his family said he had been denied treatment for months.",
  [E("REJECT", "1223", "denied treatment", "he had been denied treatment for months", "~", "~|EGYGOV", "former president|president",
     "EGYGOV|EGYOPP", ok="COERCE", rep=True, emb=True)],
  [])
S("2021-02-24", "local", "hypothetical_arrest",
  "Officers said they would have arrested the driver on the spot had he not fled across the county line into Oklahoma.",
  [E("COERCE", "173", "arrested", "they would have arrested the driver on the spot", "officers", "USACOP", "driver", "USACVL",
     hyp=True, rep=True, mode="arrest")])
S("2024-08-27", "lowercase", "charge_only",
  "a senior police officer in rawalpindi was charged with taking bribes from drug dealers and suspended from duty pending an inquiry.",
  [E("ACCUSE", "1121", "charged", "a senior police officer in rawalpindi was charged with taking bribes", "~", "~|PAKJUD|PAKCOP",
     "police officer|officer", "PAKCOP", ok="COERCE", content="taking bribes from drug dealers", mode="allege"),
   E("SANCTION", "172", "suspended", "suspended from duty pending an inquiry", "~", "~|PAKCOP", "~|officer", "~|PAKCOP", ok="COERCE")])
S("2023-12-21", "police", "criminal_violence,perpetrator",
  "Suspected members of the Clan del Golfo killed two police officers in an ambush on a rural road in Antioquia, the defence ministry said.",
  [E("ASSAULT", "190", "ambush", "killed two police officers in an ambush on a rural road", "Clan del Golfo|members", "COLCRM|COLREB",
     "police officers|officers", "COLCOP", rep=True, mode="firearms")],
  [F("killed", 2, "Clan del Golfo|members", "COLCRM|COLREB", "ambush")])
S("2026-05-05", "wire", "plain,not_arrest",
  "The Supreme Court granted bail to the former interior minister, who has been in pre-trial detention for 14 months on corruption charges.",
  [E("RETREAT", "0841", "granted bail", "The Supreme Court granted bail to the former interior minister", "Supreme Court", "JUD",
     "former interior minister|minister", "GOV", ok="CONCEDE", mode="release"),
   E("COERCE", "173", "pre-trial detention", "who has been in pre-trial detention for 14 months", "~", "~", "former interior minister|minister",
     "GOV", hist=True, emb=True, mode="arrest")])
S("2025-10-09", "headline", "criminal_violence",
  "Mob lynches suspected phone thief in Kampala suburb",
  [E("ASSAULT", "1823", "lynches", "Mob lynches suspected phone thief", "mob", "UGACVL", "phone thief|thief", "UGACVL|UGACRM", mode="beat")],
  [F("killed", 1, "mob", "UGACVL", "lynches")])
S("2022-11-29", "lowercase", "hypothetical_arrest,embedded_content",
  "the opposition leader said he was ready to be arrested and would not leave the country, daring the government to send police to his house.",
  [E("REJECT", "1242", "would not leave", "would not leave the country", "opposition leader", "OPP", "government", "GOV", rep=True),
   E("THREATEN", "133", "daring", "daring the government to send police to his house", "opposition leader", "OPP", "government", "GOV",
     ok="REJECT", rep=True, content="to send police to his house")])
S("2024-01-14", "police", "accident,weapon_subject",
  "An unexploded mortar shell found by children in a field near Kandahar went off, killing two of them, provincial officials said.",
  [E("ASSAULT", "183", "went off", "An unexploded mortar shell found by children in a field near Kandahar went off", None, None,
     "children", "AFGCVL", rep=True, mode="explosives")],
  [F("killed", 2, None, None, "went off")])
S("2023-04-27", "wire", "denied,charge_only",
  "Police in Lagos said the musician had not been arrested but had voluntarily reported to the station to answer questions about the assault claim.",
  [E("COERCE", "173", "arrested", "the musician had not been arrested", "~|police", "~|NGACOP", "musician", "NGACVL", neg=True, rep=True,
     mode="arrest"),
   E("CONSULT", "040", "reported to the station", "had voluntarily reported to the station to answer questions", "musician", "NGACVL",
     "police", "NGACOP", ok="ACCUSE", rep=True)])
S("2020-07-16", "local", "criminal_violence",
  "Two rival drug gangs fought a gun battle in a Tijuana neighbourhood for nearly an hour, leaving five gunmen dead, municipal police said.",
  [E("ASSAULT", "193", "gun battle", "Two rival drug gangs fought a gun battle", "drug gangs|gangs", "MEXCRM", "~|gangs", "MEXCRM|~",
     rep=True, mode="firearms", ok="ASSAULT")],
  [F("killed", 5, "drug gangs|gangs", "MEXCRM", "gun battle")])
S("2025-07-08", "lowercase", "disease,custody_death",
  "the family of a prisoner who died of covid-19 complications in a tehran jail is demanding an inquiry into why he was kept in a crowded ward.",
  [E("REQUEST", "1042", "demanding", "is demanding an inquiry", "family", "IRNCVL", "~", "~|IRNGOV", content="an inquiry into why he was kept in a crowded ward",
     mode="change")])
S("2024-12-12", "headline", "hypothetical_arrest",
  "Warrant issued for ex-governor who skipped corruption hearing",
  [E("ACCUSE", "1121", "Warrant issued", "Warrant issued for ex-governor", "~", "~|JUD", "ex-governor|governor", "GOV", ok="COERCE",
     mode="allege")])
S("2021-06-19", "wire", "criminal_violence,perpetrator",
  "Jihadist fighters killed 160 villagers in an overnight raid on Solhan in northern Burkina Faso, the government said.",
  [E("ASSAULT", "200", "raid", "Jihadist fighters killed 160 villagers in an overnight raid on Solhan", "jihadist fighters", "BFAREB",
     "villagers|Solhan", "BFACVL", rep=True, mode="firearms", ok="ASSAULT")],
  [F("killed", 160, "jihadist fighters", "BFAREB", "raid")])
S("2023-08-30", "police", "background_arrest,plain",
  "Released after six years in prison, the blogger told reporters he had been arrested in 2017 for a post about the army and tortured during his first month in detention.",
  [E("RETREAT", "0841", "Released", "Released after six years in prison", "~", "~", "blogger", "CVL|MED|OPP", ok="CONCEDE",
     emb=True, mode="release"),
   E("COERCE", "173", "arrested", "he had been arrested in 2017 for a post about the army", "~", "~", "blogger", "CVL|MED|OPP", hist=True,
     rep=True, emb=True, mode="arrest"),
   E("ASSAULT", "1822", "tortured", "tortured during his first month in detention", "~", "~", "blogger", "CVL|MED|OPP", hist=True,
     rep=True, emb=True, mode="torture")])
S("2026-02-17", "lowercase", "not_arrest,lemma",
  "the striker was booked for a late tackle and later sent off, leaving rangers to play the last 20 minutes with ten men.",
  [])
S("2024-06-04", "local", "accident,agentless_passive",
  "Three construction workers were killed when scaffolding collapsed at a building site in Ikoyi, and the state building control agency sealed the site.",
  [E("COERCE", "1711", "sealed", "the state building control agency sealed the site", "building control agency|state building control agency",
     "NGAGOV", "site", "NGABUS|~", mode="seize")])
S("2022-10-19", "wire", "hypothetical_arrest,embedded_content",
  "South Africa's government said it would be obliged to arrest the foreign leader under its treaty obligations if he attended the summit in Johannesburg.",
  [E("COERCE", "173", "arrest", "it would be obliged to arrest the foreign leader", "South Africa's government|South Africa|government",
     "ZAFGOV", "foreign leader|leader", "GOV|~", ok="THREATEN", hyp=True, rep=True, mode="arrest")])
S("2025-01-30", "headline", "criminal_violence",
  "Gang shootout leaves 4 dead in Port-au-Prince",
  [E("ASSAULT", "193", "shootout", "Gang shootout leaves 4 dead", "gang", "HTICRM", "~", "HTICRM|HTICVL|~", mode="firearms")],
  [F("killed", 4, "gang", "HTICRM", "shootout")])
S("2023-09-26", "police", "disease,not_arrest",
  "A 58-year-old man collapsed and died of a suspected heart attack while waiting to be processed at a police station in Croydon, and the police watchdog was informed as a matter of routine.",
  [], [])
S("2024-04-23", "lowercase", "charge_only,not_arrest",
  "prosecutors indicted three former bank executives in new york on fraud charges on tuesday, and they are expected to surrender to authorities next week.",
  [E("ACCUSE", "1121", "indicted", "prosecutors indicted three former bank executives", "prosecutors", "USAJUD", "bank executives|executives",
     "USABUS", ok="COERCE", content="fraud charges", mode="allege"),
   E("CONCEDE", "080", "surrender", "they are expected to surrender to authorities next week", "executives|~", "USABUS|~", "authorities",
     "USAJUD|USAGOV|USACOP", ok="RETREAT", hyp=True)])
S("2021-08-14", "local", "criminal_violence,plain",
  "A watchman was beaten unconscious by burglars who broke into a warehouse in Mombasa's industrial area, and detectives are pursuing the suspects.",
  [E("ASSAULT", "182", "beaten", "A watchman was beaten unconscious by burglars", "burglars", "KENCRM", "watchman", "KENCVL", mode="beat")],
  [F("wounded", 1, "burglars", "KENCRM", "beaten")])
S("2026-07-22", "wire", "denied,perpetrator",
  "The interior ministry denied that police had fired on the crowd, saying the two men found dead near the square had been shot by unknown gunmen.",
  [E("ASSAULT", "175", "fired on", "denied that police had fired on the crowd", "police", "COP", "crowd", "CVL|OPP", ok="COERCE",
     neg=True, rep=True, emb=True, mode="crowd-control"),
   E("ASSAULT", "193", "shot", "had been shot by unknown gunmen", "unknown gunmen|gunmen", "~", "men", "CVL|~", rep=True, emb=True,
     mode="firearms")],
  [F("killed", 2, "unknown gunmen|gunmen", "~", "shot")])
S("2020-12-03", "headline", "plain,not_arrest",
  "Police chief booked on flight to Geneva for human rights session",
  [])


# --- half 1, batch 6: more positives in varied forms --------------------------------------------
S("2024-03-05", "wire", "perpetrator,pp_noun,actor_context",
  "A Bangladeshi teenager was killed by Indian border guards' gunfire while crossing a river near the frontier in Lalmonirhat, his family said.",
  [E("ASSAULT", "193", "gunfire", "killed by Indian border guards' gunfire", "Indian border guards|border guards|India", "INDMIL|INDCOP|IND",
     "teenager|Bangladeshi teenager", "BGDCVL", rep=True, emb=True, mode="firearms")],
  [F("killed", 1, "Indian border guards|border guards|India", "INDMIL|INDCOP|IND", "gunfire")], sd=True)
S("2025-04-07", "lowercase", "perpetrator,raid,pp_noun",
  "a grandmother died in a police raid on the wrong house in the alto da boa vista neighbourhood, and the officers involved have been suspended.",
  [E("ASSAULT", "190", "raid", "died in a police raid on the wrong house", "police", "BRACOP", "grandmother|house", "BRACVL", ok="COERCE",
     emb=True),
   E("SANCTION", "172", "suspended", "the officers involved have been suspended", "~", "~|BRACOP|BRAGOV", "officers", "BRACOP", ok="COERCE")],
  [F("killed", 1, "police", "BRACOP", "raid")], sd=True)
S("2023-06-19", "police", "perpetrator,temporal_clause",
  "A 22-year-old delivery rider succumbed to injuries sustained when officers chased and rammed his motorbike during a stop in Marseille, prosecutors said.",
  [E("ASSAULT", "182", "rammed", "officers chased and rammed his motorbike", "officers|police", "FRACOP", "delivery rider|rider",
     "FRACVL", rep=True, emb=True)],
  [F("killed", 1, "officers|police", "FRACOP", "rammed")], sd=True)
S("2022-07-20", "headline", "perpetrator,crowd_dispersal",
  "Sri Lankan troops fire on fuel queue, one wounded",
  [E("ASSAULT", "175", "fire on", "Sri Lankan troops fire on fuel queue", "Sri Lankan troops|troops", "LKAMIL", "fuel queue|queue",
     "LKACVL", ok="COERCE", mode="crowd-control")],
  [F("wounded", 1, "Sri Lankan troops|troops", "LKAMIL", "fire on")], sd=True)
S("2024-08-05", "long", "perpetrator,phrasal_arrest,agentless_passive",
  "As curfew was declared across the country and the army was deployed to the capital, at least 91 people were killed in clashes between police and protesters demanding the prime minister's resignation, and police in Dhaka said more than 1,200 people had been detained since the weekend.",
  [E("ASSAULT", "175", "clashes", "killed in clashes between police and protesters", "police", "BGDCOP", "protesters", "BGDOPP|BGDCVL",
     ok="COERCE|PROTEST", emb=True, mode="crowd-control"),
   E("COERCE", "1721", "curfew was declared", "curfew was declared across the country", "~", "~|BGDGOV", "~", "BGDCVL|~", emb=True,
     mode="curfew"),
   E("MOBILIZE", "154", "deployed", "the army was deployed to the capital", "~|army", "~|BGDGOV|BGDMIL", "capital", "~|BGDCVL", emb=True,
     mode="troops"),
   E("REQUEST", "1041", "demanding", "protesters demanding the prime minister's resignation", "protesters", "BGDOPP|BGDCVL",
     "prime minister", "BGDGOV", ok="PROTEST", emb=True, content="the prime minister's resignation"),
   E("COERCE", "173", "detained", "more than 1,200 people had been detained since the weekend", "~|police", "~|BGDCOP", "people",
     "BGDOPP|BGDCVL", rep=True, mode="arrest")],
  [F("killed", 91, "police|~", "BGDCOP|~", "clashes"), F("detained", 1200, "~|police", "~|BGDCOP", "detained")], sd=True, sa=True)
S("2021-01-28", "wire", "extrajudicial,claim,perpetrator",
  "A U.N. rights investigator said Philippine police had killed at least 30 drug suspects in the Manila region in December alone under the government's anti-narcotics campaign.",
  [E("ASSAULT", "193", "killed", "Philippine police had killed at least 30 drug suspects", "Philippine police|police", "PHLCOP",
     "drug suspects|suspects", "PHLCRM|PHLCVL", rep=True, mode="firearms")],
  [F("killed", 30, "Philippine police|police", "PHLCOP", "killed")], sd=True)
S("2026-10-20", "local", "phrasal_arrest,agentless_passive",
  "Two council workers were arrested on Tuesday on suspicion of fraud after an audit found 300,000 pounds missing from the housing budget in Walsall.",
  [E("COERCE", "173", "arrested", "Two council workers were arrested on Tuesday on suspicion of fraud", "~|police", "~|GBRCOP",
     "council workers|workers", "GBRGOV|GBRCVL", mode="arrest")],
  [F("arrested", 2, "~|police", "~|GBRCOP", "arrested")], sa=True)
S("2023-02-23", "lowercase", "perpetrator,custody_death,agentless_passive",
  "a man in the custody of the anti-terrorism police in nairobi was found dead in his cell, and the police oversight authority said he had visible injuries to his head.",
  [E("COERCE", "173", "custody", "a man in the custody of the anti-terrorism police", "anti-terrorism police|police", "KENCOP", "man",
     "KENCVL", emb=True, mode="arrest")],
  [F("killed", 1, "~|anti-terrorism police|police", "~|KENCOP", None)], sd=True, sa=True)
S("2024-09-28", "police", "phrasal_arrest,plain",
  "The Economic and Financial Crimes Commission arrested 113 suspected internet fraudsters, among them 14 foreigners, in a raid on a housing estate in Lagos.",
  [E("COERCE", "173", "arrested", "The Economic and Financial Crimes Commission arrested 113 suspected internet fraudsters",
     "Economic and Financial Crimes Commission|EFCC", "NGACOP|NGAGOV", "internet fraudsters|fraudsters", "NGACRM", mode="arrest"),
   E("COERCE", "170", "raid", "a raid on a housing estate in Lagos", "Economic and Financial Crimes Commission|EFCC", "NGACOP|NGAGOV",
     "housing estate", "NGACRM|NGACVL|~", emb=True, mode="seize")],
  [F("arrested", 113, "Economic and Financial Crimes Commission|EFCC", "NGACOP|NGAGOV", "arrested")], sa=True)
S("2022-04-09", "headline", "perpetrator,plain",
  "Iraqi police kill 4 IS suspects in Kirkuk hideout",
  [E("ASSAULT", "193", "kill", "Iraqi police kill 4 IS suspects", "Iraqi police|police", "IRQCOP", "IS suspects|suspects", "IRQREB|IMGREB",
     mode="firearms")],
  [F("killed", 4, "Iraqi police|police", "IRQCOP", "kill")], sd=True)
S("2025-06-15", "wire", "phrasal_arrest,embedded_content",
  "Tunisian police detained a prominent lawyer in a raid on the bar association's headquarters in Tunis, a day after she criticised the president on television.",
  [E("COERCE", "173", "detained", "Tunisian police detained a prominent lawyer", "Tunisian police|police", "TUNCOP", "lawyer",
     "TUNCVL|TUNOPP|TUNJUD", mode="arrest"),
   E("COERCE", "170", "raid", "a raid on the bar association's headquarters", "Tunisian police|police", "TUNCOP", "bar association",
     "TUNCVL|TUNJUD", emb=True, mode="seize"),
   E("ACCUSE", "111", "criticised", "she criticised the president on television", "lawyer", "TUNCVL|TUNOPP|TUNJUD", "president",
     "TUNGOV", emb=True, mode="disapprove")],
  [F("detained", 1, "Tunisian police|police", "TUNCOP", "detained")], sa=True)
S("2020-11-11", "lowercase", "perpetrator,weapon_subject,crowd_dispersal",
  "a tear gas canister fired by security forces struck a boy in the chest during a march in lima, and doctors said he was in a serious condition.",
  [E("ASSAULT", "175", "fired", "a tear gas canister fired by security forces", "security forces", "PERCOP|PERMIL", "boy", "PERCVL",
     ok="COERCE", emb=True, mode="crowd-control"),
   E("PROTEST", "141", "march", "a march in lima", "~", "~|PEROPP", "~", "~|PERGOV", emb=True, mode="demo")],
  [F("wounded", 1, "security forces", "PERCOP|PERMIL", "fired")], sd=True)
S("2023-10-31", "police", "phrasal_arrest,hypothetical_arrest",
  "Two suspects were arrested over the killing of a journalist in Mindanao, while police said a third man could face arrest once his role was confirmed.",
  [E("COERCE", "173", "arrested", "Two suspects were arrested over the killing of a journalist", "~|police", "~|PHLCOP", "suspects",
     "PHLCVL|PHLCRM|~", mode="arrest"),
   E("COERCE", "173", "could face arrest", "a third man could face arrest", "~|police", "~|PHLCOP", "man", "PHLCVL|~", hyp=True, rep=True,
     mode="arrest"),
   E("ASSAULT", "1823", "killing", "the killing of a journalist in Mindanao", "~|suspects", "~|PHLCVL", "journalist", "PHLMED",
     emb=True, hist=True)],
  [F("arrested", 2, "~|police", "~|PHLCOP", "arrested")], sa=True)
S("2024-05-14", "wire", "perpetrator,agentless_passive,actor_context",
  "Three people were shot dead during a military operation against suspected separatists in Cameroon's Northwest region, a local rights group said.",
  [E("ASSAULT", "193", "shot dead", "Three people were shot dead during a military operation", "~|military", "~|CMRMIL", "people",
     "CMRCVL|CMRREB", rep=True, mode="firearms"),
   E("ASSAULT", "190", "military operation", "a military operation against suspected separatists", "~|military", "CMRMIL|~",
     "separatists", "CMRREB", rep=True, emb=True)],
  [F("killed", 3, "~|military", "~|CMRMIL", "shot dead")], sd=True)
S("2026-03-02", "local", "phrasal_arrest,not_arrest",
  "Two teenagers were cautioned and a third was held overnight after a window was smashed at a Leicester mosque, police said.",
  [E("COERCE", "173", "held overnight", "a third was held overnight", "~|police", "~|GBRCOP", "~|teenager", "GBRCVL|~", rep=True, mode="arrest"),
   E("ACCUSE", "111", "cautioned", "Two teenagers were cautioned", "~|police", "~|GBRCOP", "teenagers", "GBRCVL", ok="COERCE", rep=True),
   E("ASSAULT", "1712", "smashed", "a window was smashed at a Leicester mosque", "~", "~", "mosque", "GBRREL", ok="PROTEST",
     rep=True, emb=True, mode="vandalize")],
  [F("detained", 1, "~|police", "~|GBRCOP", "held overnight")], sa=True)
S("2021-05-15", "headline", "perpetrator",
  "Colombian police accused over deaths of 3 in Cali unrest",
  [E("ACCUSE", "1122", "accused", "Colombian police accused over deaths of 3", "~", "~", "Colombian police|police", "COLCOP",
     content="deaths of 3 in Cali unrest"),
   E("PROTEST", "145", "unrest", "Cali unrest", "~", "~|COLOPP", "~", "~|COLGOV", emb=True, mode="riot")],
  [F("killed", 3, "Colombian police|police", "COLCOP", None)], sd=True)
S("2025-11-26", "lowercase", "phrasal_arrest,actor_context",
  "nigerien soldiers arrested the mayor of a town near the malian border on suspicion of passing information to jihadists, a security source said.",
  [E("COERCE", "173", "arrested", "nigerien soldiers arrested the mayor of a town near the malian border", "Nigerien soldiers|soldiers",
     "NERMIL", "mayor", "NERGOV", rep=True, mode="arrest")],
  [F("arrested", 1, "Nigerien soldiers|soldiers", "NERMIL", "arrested")], sa=True)
S("2022-12-26", "police", "perpetrator,custody_death,relative_clause",
  "Relatives of a Dalit labourer who died after being beaten at the Kotwali police station in Aligarh blocked a highway on Monday to demand the arrest of five constables.",
  [E("PROTEST", "144", "blocked a highway", "blocked a highway on Monday", "relatives", "INDCVL", "~", "~|INDGOV|INDCOP", mode="obstruct"),
   E("REQUEST", "1052", "demand", "to demand the arrest of five constables", "relatives", "INDCVL", "~", "~|INDGOV", ok="PROTEST",
     content="the arrest of five constables", mode="change"),
   E("ASSAULT", "182", "beaten", "being beaten at the Kotwali police station", "~|constables|police", "~|INDCOP", "labourer|Dalit labourer",
     "INDCVL|INDLAB", emb=True, mode="beat")],
  [F("killed", 1, "~|constables|police", "~|INDCOP", "beaten")], sd=True)
S("2023-03-16", "wire", "phrasal_arrest,claim",
  "Georgian police detained 76 people overnight after protesters outside parliament threw petrol bombs, the interior ministry said.",
  [E("COERCE", "173", "detained", "Georgian police detained 76 people overnight", "Georgian police|police", "GEOCOP", "people",
     "GEOOPP|GEOCVL", rep=True, mode="arrest"),
   E("PROTEST", "145", "threw petrol bombs", "protesters outside parliament threw petrol bombs", "protesters", "GEOOPP|GEOCVL",
     "parliament", "GEOLEG", ok="ASSAULT", rep=True, emb=True, mode="riot")],
  [F("detained", 76, "Georgian police|police", "GEOCOP", "detained")], sa=True)
S("2024-10-03", "headline", "phrasal_arrest,criminal_violence",
  "Six held after Kano mosque stampede kills 12",
  [E("COERCE", "173", "held", "Six held", "~", "~|NGACOP", "~", "NGACVL|~", mode="arrest")],
  [F("arrested", 6, "~", "~|NGACOP", "held")], sa=True)


# --- half 1, batch 7: closing the police half ----------------------------------------------------
S("2025-09-09", "lowercase", "criminal_violence,agentless_passive",
  "a 14-year-old boy was stabbed to death outside a school in east london, and a 16-year-old has been arrested on suspicion of murder.",
  [E("ASSAULT", "1823", "stabbed to death", "a 14-year-old boy was stabbed to death outside a school", "~|16-year-old", "~|GBRCVL", "boy",
     "GBRCVL", mode="primitive"),
   E("COERCE", "173", "arrested", "a 16-year-old has been arrested on suspicion of murder", "~|police", "~|GBRCOP", "16-year-old",
     "GBRCVL", mode="arrest")],
  [F("killed", 1, "~|16-year-old", "~|GBRCVL", "stabbed to death"), F("arrested", 1, "~|police", "~|GBRCOP", "arrested")], sa=True)
S("2024-07-23", "police", "accident,not_arrest",
  "A police truck carrying officers to a football match overturned on the Mombasa highway, injuring 11 of them, the traffic commandant said.",
  [], [])
S("2022-05-12", "wire", "criminal_violence,actor_context",
  "Al-Shabaab fighters stormed a military base in central Somalia, killing dozens of soldiers, the group said, though the army gave no figures.",
  [E("ASSAULT", "190", "stormed", "Al-Shabaab fighters stormed a military base in central Somalia", "Al-Shabaab|fighters", "SOMREB",
     "military base|soldiers", "SOMMIL", rep=True)],
  [])
S("2023-11-28", "headline", "charge_only,not_arrest",
  "Ex-police chief summoned over Kano election violence",
  [E("ACCUSE", "091", "summoned", "Ex-police chief summoned", "~", "~|NGAGOV|NGAJUD", "ex-police chief|police chief", "NGACOP",
     ok="CONSULT", mode="investigate")])
S("2026-04-27", "lowercase", "hypothetical_arrest,embedded_content",
  "the governor threatened to have striking doctors arrested if they did not return to work by monday.",
  [E("THREATEN", "137", "threatened", "the governor threatened to have striking doctors arrested", "governor", "GOV", "doctors|striking doctors",
     "HLH|LAB", ok="COERCE", content="to have striking doctors arrested if they did not return to work by monday", mode="arrest"),
   E("PROTEST", "143", "striking", "striking doctors", "doctors", "HLH|LAB", "~", "~|GOV", emb=True, mode="strike")])
S("2021-03-22", "local", "disease,accident",
  "A detective sergeant died of a stroke at his desk at Ikeja police headquarters on Friday, colleagues said.",
  [], [])
S("2024-01-03", "wire", "perpetrator,agentless_passive,claim",
  "Two men who were shot by soldiers at a roadblock in the Ituri town of Bunia died in hospital on Tuesday, a civil society group said, and the army promised an investigation.",
  [E("ASSAULT", "193", "shot", "Two men who were shot by soldiers at a roadblock", "soldiers", "CODMIL", "men", "CODCVL", rep=True, emb=True,
     mode="firearms"),
   E("AGREE", "033", "promised", "the army promised an investigation", "army", "CODMIL", "~", "~", ok="ACCUSE", hyp=True,
     content="an investigation")],
  [F("killed", 2, "soldiers", "CODMIL", "shot")], sd=True)
S("2025-02-25", "police", "criminal_violence,plain",
  "Armed robbers killed a police constable and wounded a bank guard during a cash-in-transit heist in Polokwane, police said.",
  [E("ASSAULT", "193", "killed", "Armed robbers killed a police constable and wounded a bank guard", "armed robbers|robbers", "ZAFCRM",
     "police constable|constable", "ZAFCOP", rep=True, mode="firearms")],
  [F("killed", 1, "armed robbers|robbers", "ZAFCRM", "killed"), F("wounded", 1, "armed robbers|robbers", "ZAFCRM", "killed")])
S("2023-07-11", "headline", "phrasal_arrest",
  "Police round up 70 over Karachi power riot",
  [E("COERCE", "173", "round up", "Police round up 70", "police", "PAKCOP", "~", "PAKCVL|PAKOPP|~", mode="arrest"),
   E("PROTEST", "145", "riot", "Karachi power riot", "~", "~|PAKCVL", "~", "~|PAKGOV|PAKBUS", emb=True, mode="riot")],
  [F("arrested", 70, "police", "PAKCOP", "round up")], sa=True)
S("2020-09-08", "lowercase", "denied,perpetrator",
  "the army said its soldiers did not shoot anyone at the protest in bamako and that the three dead had been crushed in a stampede.",
  [E("ASSAULT", "193", "shoot", "its soldiers did not shoot anyone at the protest", "soldiers|army", "MLIMIL", "~", "MLICVL|MLIOPP|~",
     neg=True, rep=True),
   E("PROTEST", "141", "protest", "the protest in bamako", "~", "~|MLIOPP", "~", "~|MLIGOV", rep=True, emb=True, mode="demo")],
  [])
S("2024-11-21", "wire", "background_arrest,not_arrest",
  "The former rebel commander, who was arrested in 2019 and extradited to The Hague, testified on Thursday in the trial of his former deputy.",
  [E("COERCE", "173", "arrested", "who was arrested in 2019", "~", "~", "former rebel commander|commander", "REB", hist=True, emb=True,
     mode="arrest"),
   E("COERCE", "174", "extradited", "extradited to The Hague", "~", "~", "former rebel commander|commander", "REB", hist=True, emb=True,
     mode="deport", ok="COOPERATE")])
S("2022-02-04", "local", "phrasal_arrest,plain",
  "Sheriff's deputies in Harris County arrested a man wanted on three warrants after a short chase that ended in a ditch off Interstate 45.",
  [E("COERCE", "173", "arrested", "Sheriff's deputies in Harris County arrested a man wanted on three warrants", "sheriff's deputies|deputies",
     "USACOP", "man", "USACRM|USACVL", mode="arrest")],
  [F("arrested", 1, "sheriff's deputies|deputies", "USACOP", "arrested")], sa=True)
S("2025-08-02", "headline", "criminal_violence",
  "Gunmen kill 7 worshippers in attack on Benue church",
  [E("ASSAULT", "193", "kill", "Gunmen kill 7 worshippers", "gunmen", "NGACRM|NGAREB|~", "worshippers", "NGAREL|NGACVL", mode="firearms"),
   E("ASSAULT", "190", "attack", "attack on Benue church", "~|gunmen", "~|NGACRM|NGAREB", "church", "NGAREL", emb=True)],
  [F("killed", 7, "gunmen", "NGACRM|NGAREB|~", "kill")])
S("2026-08-11", "police", "perpetrator,phrasal_arrest,crowd_dispersal",
  "Police in Abuja beat protesters with batons, injuring several, and bundled at least 25 of them into vans as they marched on the national assembly over the cost of living.",
  [E("ASSAULT", "175", "beat", "Police in Abuja beat protesters with batons, injuring several", "police", "NGACOP", "protesters",
     "NGAOPP|NGACVL", ok="COERCE", mode="crowd-control"),
   E("COERCE", "173", "bundled", "bundled at least 25 of them into vans", "police", "NGACOP", "protesters", "NGAOPP|NGACVL", mode="arrest"),
   E("PROTEST", "141", "marched", "they marched on the national assembly", "protesters", "NGAOPP|NGACVL", "national assembly", "NGALEG",
     emb=True, mode="demo")],
  [F("arrested", 25, "police", "NGACOP", "bundled")], sd=True, sa=True)
S("2023-05-26", "lowercase", "accident,plain",
  "two children drowned when a boat capsized on the brahmaputra near guwahati, and police divers recovered their bodies on friday.",
  [], [])
S("2021-12-30", "wire", "perpetrator,extrajudicial,claim",
  "Villagers in Myanmar's Kayah state said soldiers had killed more than 30 people, including women and children, and burned their bodies in vehicles on Christmas Eve.",
  [E("ASSAULT", "200", "killed", "soldiers had killed more than 30 people", "soldiers", "MMRMIL", "people", "MMRCVL", ok="ASSAULT", rep=True,
     mode="firearms"),
   E("ASSAULT", "1712", "burned", "burned their bodies in vehicles", "soldiers", "MMRMIL", "bodies|~", "MMRCVL|~", rep=True, mode="destroy")],
  [F("killed", 30, "soldiers", "MMRMIL", "killed")], sd=True)


# =================================================================================================
# half 2: coded news sentences across the 16 PLOVER types
# =================================================================================================
half2()

# --- half 2, batch 1: AGREE, CONSULT, SUPPORT, CONCEDE -------------------------------------------
S("2024-02-15", "wire", "embedded_content,plain",
  "Kenya and Ethiopia agreed to set up a joint commission to manage water from the Omo river, the two foreign ministries said in a statement.",
  [E("AGREE", "0311", "agreed", "Kenya and Ethiopia agreed to set up a joint commission", "Kenya|Ethiopia", "KENGOV|KEN", "Ethiopia|Kenya",
     "ETHGOV|ETH", ok="COOPERATE", rep=True, content="to set up a joint commission to manage water from the Omo river")])
S("2023-09-07", "wire", "failure,embedded_content",
  "Serbian and Kosovar negotiators failed to agree on a roadmap for normalising relations after nine hours of talks in Brussels hosted by the European Union.",
  [E("AGREE", "030", "failed to agree", "Serbian and Kosovar negotiators failed to agree on a roadmap", "Serbian negotiators|Serbia|negotiators",
     "SRBGOV|SRB", "Kosovar negotiators|Kosovo", "XKXGOV|XKX", neg=True, content="a roadmap for normalising relations"),
   E("CONSULT", "046", "talks", "nine hours of talks in Brussels hosted by the European Union", "Serbian negotiators|Serbia|European Union",
     "SRBGOV|SRB|IGOEUR", "Kosovar negotiators|Kosovo", "XKXGOV|XKX", emb=True, mode="third-party")])
S("2025-03-18", "lowercase", "actor_context,embedded_content",
  "speaking in islamabad, the foreign minister said his government was ready to resume trade talks with new delhi if the border stayed calm.",
  [E("AGREE", "036", "was ready to resume", "his government was ready to resume trade talks with new delhi", "foreign minister|government",
     "PAKGOV", "New Delhi|India", "INDGOV|IND", ok="CONSULT", hyp=True, rep=True, content="to resume trade talks with new delhi")])
S("2022-06-29", "headline", "igo,plain",
  "Turkey, Sweden and Finland sign NATO accession memorandum",
  [E("AGREE", "057", "sign", "Turkey, Sweden and Finland sign NATO accession memorandum", "Turkey|Sweden|Finland", "TURGOV|TUR",
     "Sweden|Finland|NATO", "SWEGOV|SWE|FINGOV|FIN|IGONAT", ok="SUPPORT")])
S("2026-05-26", "wire", "retraction,embedded_content",
  "The junta in Niamey reneged on its pledge to hold elections within three years, saying security had to be restored first.",
  [E("REJECT", "127", "reneged", "The junta in Niamey reneged on its pledge", "junta", "NERMIL|NERGOV", "~", "~",
     rep=True, content="to hold elections within three years")])
S("2024-06-11", "wire", "plain,actor_context",
  "Chinese President Xi Jinping hosted his Brazilian counterpart in Beijing for talks on trade, climate and the war in Ukraine.",
  [E("CONSULT", "043", "hosted", "Chinese President Xi Jinping hosted his Brazilian counterpart in Beijing", "Xi Jinping|Xi|China",
     "CHNGOV", "Brazilian counterpart|Brazil", "BRAGOV", mode="visit")])
S("2023-01-19", "lowercase", "plain,igo",
  "the african union's special envoy met leaders of the tigray people's liberation front in mekelle to discuss the disarmament of their fighters.",
  [E("CONSULT", "040", "met", "the african union's special envoy met leaders of the tigray people's liberation front",
     "African Union|special envoy", "IGOAFU", "Tigray People's Liberation Front|TPLF|leaders", "ETHREB|ETHOPP", mode="visit")])
S("2025-10-14", "wire", "light_verb,actor_context",
  "The visiting Japanese prime minister held talks with President Marcos in Manila on maritime security in the South China Sea.",
  [E("CONSULT", "042", "held talks", "The visiting Japanese prime minister held talks with President Marcos", "Japanese prime minister|Japan",
     "JPNGOV", "President Marcos|Marcos|Philippines", "PHLGOV", mode="visit")])
S("2021-07-05", "headline", "plain",
  "Putin, Macron discuss Iran nuclear deal by phone",
  [E("CONSULT", "041", "discuss", "Putin, Macron discuss Iran nuclear deal by phone", "Putin|Russia", "RUSGOV", "Macron|France", "FRAGOV",
     mode="phone")])
S("2024-09-19", "wire", "igo,plain",
  "Qatar and Egypt mediated indirect negotiations between Israel and Hamas in Doha on Thursday, a diplomat briefed on the talks said.",
  [E("CONSULT", "045", "mediated", "Qatar and Egypt mediated indirect negotiations between Israel and Hamas", "Qatar|Egypt", "QATGOV|QAT",
     "Israel|Hamas", "ISRGOV|ISR|PSEREB", rep=True, mode="third-party"),
   E("CONSULT", "046", "negotiations", "indirect negotiations between Israel and Hamas", "Israel", "ISRGOV|ISR", "Hamas",
     "PSEREB|PSE", rep=True, emb=True)])
S("2022-03-31", "wire", "plain,actor_context",
  "The German chancellor praised Moldova's government for taking in refugees from Ukraine during a visit to Chisinau.",
  [E("SUPPORT", "051", "praised", "The German chancellor praised Moldova's government", "German chancellor|Germany", "DEUGOV",
     "Moldova's government|Moldova", "MDAGOV", content="for taking in refugees from Ukraine"),
   E("CONSULT", "042", "visit", "a visit to Chisinau", "German chancellor|Germany", "DEUGOV", "Chisinau|Moldova", "MDAGOV|MDA", emb=True,
     mode="visit")])
S("2025-07-29", "lowercase", "plain",
  "france announced it would formally recognise the state of palestine at the un general assembly in september.",
  [E("SUPPORT", "054", "recognise", "france announced it would formally recognise the state of palestine", "France", "FRAGOV|FRA",
     "Palestine|state of Palestine", "PSEGOV|PSE", ok="AGREE", hyp=True)])
S("2023-04-12", "wire", "plain,igo",
  "The European Union backed Chad's transitional council in its dispute with Sudan's paramilitary leadership over border crossings, an EU spokesperson said.",
  [E("SUPPORT", "052", "backed", "The European Union backed Chad's transitional council", "European Union|EU", "IGOEUR",
     "Chad's transitional council|Chad", "TCDGOV|TCD", rep=True)])
S("2024-11-08", "headline", "plain",
  "Japan's PM apologises to South Korea for wartime forced labour",
  [E("SUPPORT", "055", "apologises", "Japan's PM apologises to South Korea", "Japan's PM|Japan", "JPNGOV", "South Korea", "KORGOV|KOR",
     ok="CONCEDE", content="for wartime forced labour")])
S("2026-01-27", "wire", "plain,actor_context",
  "Under pressure from striking unions, the Argentine government withdrew a decree that would have cut pensions by 20 percent.",
  [E("CONCEDE", "0832", "withdrew", "the Argentine government withdrew a decree", "Argentine government|Argentina", "ARGGOV",
     "~|unions", "~|ARGLAB", ok="RETREAT"),
   E("PROTEST", "143", "striking", "striking unions", "unions", "ARGLAB", "~", "~|ARGGOV", emb=True, mode="strike")])
S("2022-07-15", "lowercase", "plain,actor_context",
  "the sri lankan president resigned by email from singapore after protesters occupied his official residence in colombo.",
  [E("RETREAT", "0831", "resigned", "the sri lankan president resigned by email from singapore", "Sri Lankan president|president",
     "LKAGOV", "~", "~", ok="CONCEDE", mode="resign"),
   E("PROTEST", "144", "occupied", "protesters occupied his official residence in colombo", "protesters", "LKAOPP|LKACVL", "residence|president",
     "LKAGOV", emb=True, mode="obstruct")])
S("2025-04-30", "wire", "plain",
  "Tanzania's government lifted a ban on opposition rallies that had been in place since 2016, a move the main opposition party welcomed.",
  [E("CONCEDE", "0812", "lifted", "Tanzania's government lifted a ban on opposition rallies", "Tanzania's government|Tanzania", "TZAGOV",
     "~|opposition", "~|TZAOPP", ok="RETREAT"),
   E("SUPPORT", "051", "welcomed", "a move the main opposition party welcomed", "main opposition party|opposition party", "TZAOPP|TZAPTY",
     "~|Tanzania's government", "~|TZAGOV", emb=True),
   E("COERCE", "1722", "ban", "a ban on opposition rallies", "~|Tanzania's government", "~|TZAGOV", "opposition", "TZAOPP", hist=True,
     emb=True, mode="restrict")])
S("2023-12-05", "headline", "embedded_content",
  "Senegal president agrees to hold election before term ends",
  [E("CONCEDE", "083", "agrees", "Senegal president agrees to hold election", "Senegal president|president", "SENGOV", "~", "~",
     ok="AGREE", hyp=True, content="to hold election before term ends")])

# --- half 2, batch 2: COOPERATE, AID, RETREAT ---------------------------------------------------------
S("2024-05-09", "wire", "plain",
  "Indian and American special forces carried out joint exercises in the Himalayan state of Uttarakhand for two weeks.",
  [E("COOPERATE", "062", "carried out joint exercises", "Indian and American special forces carried out joint exercises",
     "Indian special forces|India|special forces", "INDMIL", "American special forces|United States", "USAMIL", ok="MOBILIZE")])
S("2022-10-26", "lowercase", "plain,actor_context",
  "colombian and ecuadorian police shared intelligence that led to the capture of a drug lord in quito, officials said.",
  [E("COOPERATE", "064", "shared intelligence", "colombian and ecuadorian police shared intelligence", "Colombian police|Colombia",
     "COLCOP", "Ecuadorian police|Ecuador", "ECUCOP", rep=True),
   E("COERCE", "173", "capture", "the capture of a drug lord in quito", "~|Ecuadorian police", "~|ECUCOP|COLCOP", "drug lord", "ECUCRM|COLCRM",
     rep=True, emb=True, mode="arrest")],
  [F("arrested", 1, "~|Ecuadorian police", "~|ECUCOP|COLCOP", "capture")], sa=True)
S("2025-02-20", "wire", "plain",
  "Brazil extradited a Paraguayan arms trafficker to Asuncion at the request of Paraguayan prosecutors.",
  [E("COOPERATE", "063", "extradited", "Brazil extradited a Paraguayan arms trafficker to Asuncion", "Brazil", "BRAGOV|BRAJUD|BRA",
     "Paraguay|Asuncion|Paraguayan prosecutors", "PRYGOV|PRYJUD|PRY", ok="COERCE")])
S("2023-11-21", "headline", "plain",
  "Ghana, Togo sign pact to share border surveillance data",
  [E("AGREE", "057", "sign", "Ghana, Togo sign pact", "Ghana", "GHAGOV|GHA", "Togo", "TGOGOV|TGO", ok="COOPERATE|SUPPORT",
     content="to share border surveillance data")])
S("2026-06-09", "wire", "partitive,plain",
  "The World Food Programme delivered 1,200 tonnes of sorghum to displaced families in Sudan's North Darfur state last week.",
  [E("AID", "073", "delivered", "The World Food Programme delivered 1,200 tonnes of sorghum to displaced families",
     "World Food Programme|WFP", "IGOUNOFAO|IGOUNO|IGOWFP", "displaced families|families", "SDNCVL|SDNREF", mode="humanitarian")])
S("2024-04-25", "wire", "partitive,plain",
  "Germany sent part of its remaining Patriot air defence systems to Ukraine, the defence ministry in Berlin said.",
  [E("AID", "072", "sent", "Germany sent part of its remaining Patriot air defence systems to Ukraine", "Germany", "DEUGOV|DEUMIL|DEU",
     "Ukraine", "UKRGOV|UKRMIL|UKR", rep=True, mode="military")])
S("2022-08-18", "lowercase", "plain,igo",
  "the imf approved a 3 billion dollar loan for egypt to support its struggling economy.",
  [E("AID", "071", "approved", "the imf approved a 3 billion dollar loan for egypt", "IMF|International Monetary Fund", "IGOIMF|IGO",
     "Egypt", "EGYGOV|EGY", ok="COOPERATE", mode="economic")])
S("2025-12-16", "wire", "plain,actor_context",
  "Uganda granted asylum to a Congolese opposition leader who fled Kinshasa after a warrant was issued for his arrest.",
  [E("AID", "075", "granted asylum", "Uganda granted asylum to a Congolese opposition leader", "Uganda", "UGAGOV|UGA",
     "Congolese opposition leader|opposition leader", "CODOPP"),
   E("ACCUSE", "1121", "warrant was issued", "a warrant was issued for his arrest", "~", "~|CODJUD", "opposition leader|~", "CODOPP",
     ok="COERCE", emb=True, mode="allege")])
S("2023-06-27", "headline", "light_verb,igo",
  "UN peacekeepers provide escort for aid convoy in Ituri",
  [E("AID", "074", "provide escort", "UN peacekeepers provide escort for aid convoy", "UN peacekeepers|peacekeepers|UN", "IGOUNOMIL|IGOUNO",
     "aid convoy|convoy", "~|NGO|IGO")])
S("2024-03-21", "wire", "plain",
  "Russian troops withdrew from two villages on the west bank of the Oskil river after weeks of Ukrainian shelling, the Ukrainian general staff said.",
  [E("RETREAT", "0874", "withdrew", "Russian troops withdrew from two villages", "Russian troops|Russia", "RUSMIL", "villages|~", "UKR|~",
     rep=True, mode="withdraw"),
   E("ASSAULT", "194", "shelling", "weeks of Ukrainian shelling", "Ukraine|Ukrainian", "UKRMIL", "~|Russian troops", "~|RUSMIL", rep=True,
     emb=True, mode="heavy-weapons")])
S("2021-11-18", "wire", "plain,actor_context",
  "The Belarusian authorities freed 12 political prisoners, among them two journalists, ahead of talks with European envoys.",
  [E("RETREAT", "0841", "freed", "The Belarusian authorities freed 12 political prisoners", "Belarusian authorities|Belarus", "BLRGOV",
     "political prisoners|prisoners", "BLROPP|BLRCVL", ok="CONCEDE", mode="release")])
S("2025-05-13", "lowercase", "plain,actor_context",
  "the kurdistan workers' party announced it would disband and lay down its arms, ending four decades of insurgency against turkey.",
  [E("RETREAT", "0873", "would disband and lay down its arms", "it would disband and lay down its arms",
     "Kurdistan Workers' Party|PKK", "TURREB|KURREB", "Turkey", "TURGOV|TUR", ok="AGREE", hyp=True, mode="disarm")])
S("2023-08-16", "headline", "plain",
  "Houthis declare truce in Taiz, open road",
  [E("RETREAT", "0871", "declare truce", "Houthis declare truce in Taiz", "Houthis", "YEMREB", "~", "~|YEMGOV", mode="ceasefire"),
   E("RETREAT", "0863", "open road", "open road", "Houthis", "YEMREB", "~", "~|YEMCVL", ok="CONCEDE", mode="access")])
S("2026-03-31", "wire", "plain,igo",
  "The Malian junta allowed a team of U.N. human rights investigators to visit the central town of Moura, where the army is accused of killing civilians.",
  [E("RETREAT", "0862", "allowed", "The Malian junta allowed a team of U.N. human rights investigators to visit", "Malian junta|junta",
     "MLIMIL|MLIGOV", "U.N. human rights investigators|investigators|U.N.", "IGOUNO", ok="CONCEDE", mode="access",
     content="to visit the central town of Moura"),
   E("ACCUSE", "1122", "accused", "the army is accused of killing civilians", "~", "~", "army", "MLIMIL", emb=True,
     content="killing civilians")],
  [], sd=True)


# --- half 2, batch 3: REQUEST, ACCUSE, REJECT, THREATEN ---------------------------------------------
S("2024-10-10", "wire", "embedded_content,igo",
  "The U.N. Security Council urged the Rapid Support Forces to lift their siege of El Fasher and allow aid convoys into the city.",
  [E("REQUEST", "1056", "urged", "The U.N. Security Council urged the Rapid Support Forces", "U.N. Security Council|Security Council|U.N.",
     "IGOUNO", "Rapid Support Forces|RSF", "SDNMIL|SDNREB", content="to lift their siege of El Fasher and allow aid convoys into the city",
     mode="yield")])
S("2023-02-08", "lowercase", "obligation,actor_context",
  "israel must stop demolishing palestinian homes in east jerusalem, the jordanian foreign ministry said in a statement from amman.",
  [E("REQUEST", "1042", "must stop", "israel must stop demolishing palestinian homes in east jerusalem", "Jordanian foreign ministry|Jordan",
     "JORGOV", "Israel", "ISRGOV|ISR", rep=True, content="stop demolishing palestinian homes in east jerusalem", mode="change")])
S("2025-08-19", "headline", "embedded_content",
  "Opposition demands release of jailed Tunisian journalists",
  [E("REQUEST", "1053", "demands", "Opposition demands release of jailed Tunisian journalists", "opposition", "TUNOPP", "~", "~|TUNGOV",
     content="release of jailed Tunisian journalists", mode="yield")])
S("2022-11-03", "wire", "embedded_content,actor_context",
  "President Adeyemi called on the Economic Community of West African States to send a standby force to help secure the border with Niger.",
  [E("REQUEST", "0234", "called on", "President Adeyemi called on the Economic Community of West African States",
     "President Adeyemi|Adeyemi", "NGAGOV|GOV", "Economic Community of West African States|ECOWAS", "IGOWAF",
     content="to send a standby force to help secure the border with Niger", mode="assist")])
S("2026-07-14", "wire", "embedded_content,plain",
  "Pakistan asked the Taliban government in Kabul to hand over militants who it says planned an attack on a Peshawar police post.",
  [E("REQUEST", "1013", "asked", "Pakistan asked the Taliban government in Kabul", "Pakistan", "PAKGOV|PAK",
     "Taliban government|Taliban|Kabul", "AFGGOV", content="to hand over militants who it says planned an attack on a Peshawar police post",
     mode="assist")])
S("2021-09-23", "lowercase", "obligation,igo",
  "wealthy nations should pay for the damage caused by floods in pakistan, the un secretary-general told the general assembly.",
  [E("REQUEST", "0231", "should pay", "wealthy nations should pay for the damage caused by floods in pakistan",
     "UN secretary-general|secretary-general|UN", "IGOUNO", "wealthy nations|~", "~", rep=True,
     content="pay for the damage caused by floods in pakistan", mode="assist")])
S("2024-08-28", "long", "embedded_content,relative_clause",
  "In a letter to the Security Council that was seen by reporters, Somalia's foreign ministry asked the African Union to delay the withdrawal of its remaining troops by six months, saying al-Shabaab fighters would exploit any gap in the towns the mission still holds.",
  [E("REQUEST", "0256", "asked", "Somalia's foreign ministry asked the African Union to delay the withdrawal", "Somalia's foreign ministry|Somalia",
     "SOMGOV", "African Union", "IGOAFU", content="to delay the withdrawal of its remaining troops by six months", mode="change")])
S("2023-10-17", "wire", "plain,igo",
  "Amnesty International accused Iranian security forces of torturing children detained during last year's protests.",
  [E("ACCUSE", "1122", "accused", "Amnesty International accused Iranian security forces", "Amnesty International|Amnesty", "NGOHRI",
     "Iranian security forces|security forces", "IRNCOP|IRNMIL", content="torturing children detained during last year's protests")])
S("2025-01-15", "wire", "plain",
  "Venezuela's foreign minister denounced the sanctions announced by Washington as economic aggression against the Venezuelan people.",
  [E("ACCUSE", "111", "denounced", "Venezuela's foreign minister denounced the sanctions announced by Washington", "Venezuela's foreign minister|Venezuela",
     "VENGOV", "Washington|United States", "USAGOV|USA", mode="disapprove"),
   E("SANCTION", "163", "sanctions", "the sanctions announced by Washington", "Washington|United States", "USAGOV|USA", "~|Venezuela",
     "~|VENGOV|VEN", ok="COERCE", emb=True)])
S("2022-05-24", "headline", "plain",
  "Seoul protests to Tokyo over island claim in defence paper",
  [E("ACCUSE", "114", "protests", "Seoul protests to Tokyo", "Seoul|South Korea", "KORGOV", "Tokyo|Japan", "JPNGOV", ok="PROTEST",
     mode="disapprove")])
S("2024-12-03", "lowercase", "actor_context,plain",
  "the prosecutor general in kyiv opened an investigation into the execution of ukrainian prisoners of war by russian soldiers near pokrovsk.",
  [E("ACCUSE", "094", "opened an investigation", "the prosecutor general in kyiv opened an investigation", "prosecutor general",
     "UKRJUD|UKRGOV", "~|Russian soldiers", "~|RUSMIL", content="the execution of ukrainian prisoners of war by russian soldiers near pokrovsk",
     mode="investigate"),
   E("ASSAULT", "1823", "execution", "the execution of ukrainian prisoners of war by russian soldiers", "Russian soldiers|soldiers",
     "RUSMIL", "Ukrainian prisoners of war|prisoners", "UKRMIL", emb=True, mode="targeted")],
  [], sd=True)
S("2026-02-24", "wire", "plain",
  "Rwanda filed a complaint with the East African Court of Justice against Burundi over the closure of their shared border.",
  [E("ACCUSE", "115", "filed a complaint", "Rwanda filed a complaint with the East African Court of Justice against Burundi", "Rwanda",
     "RWAGOV|RWA", "Burundi", "BDIGOV|BDI", mode="allege"),
   E("COERCE", "172", "closure", "the closure of their shared border", "~|Burundi", "~|BDIGOV", "~", "~", emb=True, mode="restrict")])
S("2023-06-13", "wire", "retraction,plain",
  "Hungary vetoed an EU statement condemning China's crackdown in Hong Kong, diplomats in Brussels said.",
  [E("REJECT", "129", "vetoed", "Hungary vetoed an EU statement", "Hungary", "HUNGOV|HUN", "EU|European Union", "IGOEUR", rep=True),
   E("ACCUSE", "111", "condemning", "an EU statement condemning China's crackdown in Hong Kong", "EU|European Union", "IGOEUR", "China",
     "CHNGOV|CHN", hyp=True, emb=True, rep=True),
   E("COERCE", "175", "crackdown", "China's crackdown in Hong Kong", "China", "CHNGOV|CHNCOP|CHN", "~", "HKGOPP|CHNOPP|HKGCVL|~", emb=True,
     rep=True, ok="ASSAULT")])
S("2025-09-16", "lowercase", "retraction,embedded_content",
  "the military government in ouagadougou ruled out any talks with jihadist groups, calling them terrorists.",
  [E("REJECT", "125", "ruled out", "the military government in ouagadougou ruled out any talks with jihadist groups",
     "military government|Burkina Faso", "BFAGOV|BFAMIL", "jihadist groups", "BFAREB", content="any talks with jihadist groups")])
S("2024-07-02", "headline", "retraction",
  "Hamas turns down Israeli proposal for phased hostage release",
  [E("REJECT", "127", "turns down", "Hamas turns down Israeli proposal", "Hamas", "PSEREB", "Israel|Israeli", "ISRGOV",
     content="Israeli proposal for phased hostage release")])
S("2022-09-06", "wire", "retraction,plain",
  "Protesters in Conakry defied a ban on demonstrations and marched toward the presidential palace, where they were blocked by gendarmes.",
  [E("REJECT", "128", "defied", "Protesters in Conakry defied a ban on demonstrations", "protesters", "GINOPP|GINCVL", "~", "~|GINGOV",
     ok="PROTEST", content="a ban on demonstrations"),
   E("PROTEST", "141", "marched", "marched toward the presidential palace", "protesters", "GINOPP|GINCVL", "presidential palace", "GINGOV",
     mode="demo"),
   E("COERCE", "175", "blocked", "they were blocked by gendarmes", "gendarmes", "GINCOP|GINMIL", "protesters", "GINOPP|GINCVL", ok="ASSAULT",
     emb=True, mode="crowd-control")])
S("2026-10-06", "wire", "retraction,embedded_content",
  "The Ethiopian government refused to allow a U.N. team to investigate reports of mass graves in western Tigray.",
  [E("REJECT", "1245", "refused", "The Ethiopian government refused to allow a U.N. team to investigate", "Ethiopian government|Ethiopia",
     "ETHGOV", "U.N. team|U.N.", "IGOUNO", content="to allow a U.N. team to investigate reports of mass graves in western Tigray")])
S("2023-03-02", "wire", "retraction,plain",
  "The Greek government backed away from a plan to privatise the water company of Thessaloniki after weeks of protests by residents.",
  [E("REJECT", "127", "backed away", "The Greek government backed away from a plan", "Greek government|Greece", "GRCGOV", "~", "~",
     ok="CONCEDE", content="a plan to privatise the water company of Thessaloniki"),
   E("PROTEST", "141", "protests", "weeks of protests by residents", "residents", "GRCCVL", "~|Greek government", "~|GRCGOV", emb=True,
     mode="demo")])
S("2025-06-23", "wire", "embedded_content,plain",
  "Iran threatened to close the Strait of Hormuz to shipping if the United States joined Israeli strikes on its nuclear sites.",
  [E("THREATEN", "1381", "threatened", "Iran threatened to close the Strait of Hormuz to shipping", "Iran", "IRNGOV|IRN",
     "United States|~", "USAGOV|~", content="to close the Strait of Hormuz to shipping", mode="restrict")])
S("2024-01-23", "lowercase", "embedded_content,actor_context",
  "the president of guyana said his army would defend the essequibo region against any venezuelan incursion.",
  [E("THREATEN", "138", "would defend", "his army would defend the essequibo region against any venezuelan incursion",
     "president of Guyana|president|Guyana", "GUYGOV", "Venezuela|Venezuelan", "VENGOV|VENMIL|VEN", rep=True, mode="violence")])
S("2022-12-01", "headline", "embedded_content",
  "Kosovo Serb leaders threaten to quit institutions over licence plates",
  [E("THREATEN", "133", "threaten", "Kosovo Serb leaders threaten to quit institutions", "Kosovo Serb leaders|leaders", "XKXCVL|XKXGOV|XKXPTY",
     "~|Kosovo", "~|XKXGOV", content="to quit institutions over licence plates", mode="relations")])
S("2026-08-04", "wire", "embedded_content,plain",
  "North Korea warned it would respond with force to joint U.S.-South Korean drills planned near the maritime border.",
  [E("THREATEN", "138", "warned", "North Korea warned it would respond with force", "North Korea", "PRKGOV|PRK",
     "United States|South Korea", "USAGOV|KORGOV|USA|KOR", content="it would respond with force to joint U.S.-South Korean drills",
     mode="violence"),
   E("MOBILIZE", "152", "drills", "joint U.S.-South Korean drills planned near the maritime border", "United States|South Korea",
     "USAMIL|KORMIL", "~|North Korea", "~|PRK", hyp=True, emb=True, mode="troops")])
S("2021-04-20", "wire", "embedded_content,igo",
  "The European Union threatened Minsk with further sanctions unless it freed jailed opposition figures.",
  [E("THREATEN", "1312", "threatened", "The European Union threatened Minsk with further sanctions", "European Union|EU", "IGOEUR",
     "Minsk|Belarus", "BLRGOV", content="with further sanctions unless it freed jailed opposition figures", mode="restrict")])
S("2025-11-04", "long", "embedded_content,actor_context",
  "Speaking to soldiers at a base outside Khartoum on Tuesday, the army chief gave the Rapid Support Forces a week to withdraw from the city's southern districts, or face an offensive from the air and the ground that he said would not stop until they surrendered.",
  [E("THREATEN", "139", "gave the Rapid Support Forces a week", "the army chief gave the Rapid Support Forces a week to withdraw",
     "army chief", "SDNMIL", "Rapid Support Forces|RSF", "SDNMIL|SDNREB",
     content="to withdraw from the city's southern districts, or face an offensive from the air and the ground", mode="violence")])


# --- half 2, batch 4: PROTEST, SANCTION, MOBILIZE ------------------------------------------------------
S("2024-03-26", "wire", "light_verb,actor_context",
  "Thousands of Senegalese students staged a protest in Dakar against the postponement of the presidential election.",
  [E("PROTEST", "1411", "staged a protest", "Thousands of Senegalese students staged a protest in Dakar", "Senegalese students|students",
     "SENEDU|SENOPP|SENCVL", "~", "~|SENGOV", mode="demo")])
S("2023-04-05", "lowercase", "ethnic_group,plain",
  "ethnic albanians in north macedonia's tetovo rallied outside the municipal building to demand more teaching in their language.",
  [E("PROTEST", "1413", "rallied", "ethnic albanians in north macedonia's tetovo rallied outside the municipal building",
     "ethnic Albanians|Albanians", "MKDCVL|MKD", "municipal building", "MKDGOV|~", ok="REQUEST", mode="demo",
     content="to demand more teaching in their language")])
S("2025-10-21", "headline", "plain",
  "Nurses in Kenya begin nationwide strike over unpaid allowances",
  [E("PROTEST", "143", "strike", "Nurses in Kenya begin nationwide strike", "nurses", "KENHLH|KENLAB", "~", "~|KENGOV", mode="strike")])
S("2022-02-07", "wire", "plain,actor_context",
  "Truck drivers opposed to vaccine mandates blocked the main bridge between Windsor and Detroit for a sixth day, halting trade worth millions of dollars.",
  [E("PROTEST", "1442", "blocked", "Truck drivers opposed to vaccine mandates blocked the main bridge between Windsor and Detroit",
     "truck drivers|drivers", "CANLAB|CANCVL|CANOPP", "~", "~|CANGOV", mode="obstruct")])
S("2026-04-14", "wire", "plain",
  "A jailed Bahraini rights activist began a hunger strike to protest against his conditions in Jau prison, his daughter said.",
  [E("PROTEST", "1423", "began a hunger strike", "A jailed Bahraini rights activist began a hunger strike", "Bahraini rights activist|activist",
     "BHROPP|BHRCVL", "~", "~|BHRGOV", rep=True, mode="hunger")])
S("2024-08-06", "lowercase", "plain,perpetrator",
  "rioters set fire to a hotel housing asylum seekers in rotherham and threw bricks at police, injuring 10 officers.",
  [E("PROTEST", "145", "set fire", "rioters set fire to a hotel housing asylum seekers", "rioters", "GBRCVL|GBROPP", "hotel|asylum seekers",
     "GBRCVL|GBRREF", ok="ASSAULT", mode="riot"),
   E("ASSAULT", "182", "threw bricks", "threw bricks at police", "rioters", "GBRCVL|GBROPP", "police", "GBRCOP", ok="PROTEST",
     mode="primitive")],
  [F("wounded", 10, "rioters", "GBRCVL|GBROPP", "threw bricks")])
S("2023-07-20", "wire", "plain",
  "Sweden expelled an Iranian diplomat over a plot to assassinate dissidents on Swedish soil, the foreign ministry in Stockholm said.",
  [E("SANCTION", "166", "expelled", "Sweden expelled an Iranian diplomat", "Sweden", "SWEGOV|SWE", "Iranian diplomat|diplomat|Iran", "IRNGOV",
     ok="COERCE", rep=True, mode="expel")])
S("2025-02-04", "headline", "plain",
  "Washington slaps tariffs on Mexican steel, aluminium",
  [E("SANCTION", "163", "slaps tariffs", "Washington slaps tariffs on Mexican steel, aluminium", "Washington|United States", "USAGOV|USA",
     "Mexico|Mexican", "MEXGOV|MEXBUS|MEX", ok="COERCE")])
S("2022-08-04", "wire", "plain",
  "China suspended talks with the United States on climate and military contacts after the U.S. House speaker visited Taiwan.",
  [E("SANCTION", "164", "suspended", "China suspended talks with the United States", "China", "CHNGOV|CHN", "United States", "USAGOV|USA",
     mode="discontinue"),
   E("CONSULT", "042", "visited", "the U.S. House speaker visited Taiwan", "House speaker|U.S. House speaker", "USALEG", "Taiwan", "TWNGOV|TWN",
     emb=True, mode="visit")])
S("2024-10-01", "lowercase", "plain,actor_context",
  "a court in moscow convicted an american journalist of espionage and sentenced him to 16 years in a high-security penal colony.",
  [E("SANCTION", "116", "convicted", "a court in moscow convicted an american journalist of espionage", "court", "RUSJUD",
     "American journalist|journalist", "USAMED", ok="COERCE|ACCUSE", mode="convict"),
   E("SANCTION", "116", "sentenced", "sentenced him to 16 years in a high-security penal colony", "court", "RUSJUD",
     "American journalist|journalist", "USAMED", ok="COERCE|ACCUSE", mode="convict")],
  [F("detained", 1, "court", "RUSJUD", "sentenced")], sa=True)
S("2021-06-10", "wire", "plain,igo",
  "The World Bank halted disbursements to Mali after the second coup in nine months, a spokesperson said.",
  [E("SANCTION", "1621", "halted disbursements", "The World Bank halted disbursements to Mali", "World Bank", "IGOWBK|IGO", "Mali",
     "MLIGOV|MLI", rep=True, mode="discontinue"),
   E("ASSAULT", "180", "coup", "the second coup in nine months", "~", "~|MLIMIL", "~", "~|MLIGOV", ok="COERCE", emb=True)])
S("2026-09-22", "wire", "plain",
  "Algeria recalled its ambassador from Paris in protest at France's support for Morocco's plan for Western Sahara.",
  [E("SANCTION", "161", "recalled", "Algeria recalled its ambassador from Paris", "Algeria", "DZAGOV|DZA", "Paris|France", "FRAGOV|FRA",
     mode="withdraw"),
   E("SUPPORT", "052", "support", "France's support for Morocco's plan for Western Sahara", "France", "FRAGOV|FRA", "Morocco", "MARGOV|MAR",
     emb=True)])
S("2023-05-30", "wire", "plain,igo",
  "NATO sent 700 more troops to Kosovo after clashes between ethnic Serbs and peacekeepers in the north wounded 30 soldiers.",
  [E("MOBILIZE", "154", "sent", "NATO sent 700 more troops to Kosovo", "NATO", "IGONAT", "Kosovo", "XKX|~", ok="AID", mode="troops"),
   E("ASSAULT", "190", "clashes", "clashes between ethnic Serbs and peacekeepers in the north", "ethnic Serbs|Serbs", "XKXCVL",
     "peacekeepers", "IGONAT|IGONATMIL", ok="PROTEST", emb=True)],
  [F("wounded", 30, "ethnic Serbs|Serbs", "XKXCVL", "clashes")])
S("2024-04-16", "lowercase", "plain",
  "iran put its air defences on high alert around nuclear sites in isfahan ahead of an expected israeli response.",
  [E("MOBILIZE", "152", "put its air defences on high alert", "iran put its air defences on high alert", "Iran", "IRNMIL|IRNGOV|IRN",
     "~|Israel", "~|ISR", mode="weapons")])
S("2022-01-24", "headline", "plain",
  "Russia masses tanks near Ukraine border, satellite images show",
  [E("MOBILIZE", "154", "masses", "Russia masses tanks near Ukraine border", "Russia", "RUSMIL|RUS", "Ukraine", "UKR|UKRGOV",
     mode="weapons")])
S("2025-03-11", "wire", "actor_context,plain",
  "The interior ministry in Quito deployed 4,000 police officers and soldiers to the port city of Guayaquil after a wave of gang killings.",
  [E("MOBILIZE", "153", "deployed", "The interior ministry in Quito deployed 4,000 police officers and soldiers", "interior ministry",
     "ECUGOV", "Guayaquil", "ECU|~", mode="police"),
   E("ASSAULT", "1823", "killings", "a wave of gang killings", "gang|~", "ECUCRM|~", "~", "~", emb=True)])
S("2023-09-19", "wire", "ethnic_group,plain",
  "Azerbaijan's army launched what it called anti-terrorist operations against ethnic Armenian forces in Nagorno-Karabakh, shelling Stepanakert.",
  [E("ASSAULT", "190", "launched", "Azerbaijan's army launched what it called anti-terrorist operations", "Azerbaijan's army|Azerbaijan",
     "AZEMIL", "ethnic Armenian forces|Armenian forces", "AZEREB|AZEMIL|ARMMIL", ok="MOBILIZE"),
   E("ASSAULT", "194", "shelling", "shelling Stepanakert", "Azerbaijan's army|Azerbaijan", "AZEMIL", "Stepanakert", "AZECVL|~",
     mode="heavy-weapons")])
S("2026-12-08", "lowercase", "plain,actor_context",
  "the new government in dhaka mobilised reservists to guard polling stations ahead of february's election.",
  [E("MOBILIZE", "154", "mobilised", "the new government in dhaka mobilised reservists", "new government|government", "BGDGOV",
     "~", "~", mode="troops")])

# --- half 2, batch 5: COERCE, ASSAULT, and a few more of the thin types ----------------------------------
S("2024-07-16", "wire", "plain,actor_context",
  "Russian authorities blocked access to YouTube across the country, accusing the platform of hosting extremist content.",
  [E("COERCE", "170", "blocked access", "Russian authorities blocked access to YouTube", "Russian authorities|Russia", "RUSGOV",
     "YouTube", "USABUS|BUS|~", mode="censor"),
   E("ACCUSE", "111", "accusing", "accusing the platform of hosting extremist content", "Russian authorities|Russia", "RUSGOV",
     "YouTube|platform", "USABUS|BUS|~", emb=True, content="hosting extremist content", mode="allege")])
S("2022-06-21", "lowercase", "plain",
  "lithuania banned the transit of sanctioned russian goods by rail to the kaliningrad exclave.",
  [E("SANCTION", "163", "banned", "lithuania banned the transit of sanctioned russian goods", "Lithuania", "LTUGOV|LTU", "Russia|Russian",
     "RUS|RUSGOV", ok="COERCE", mode="discontinue")])
S("2025-05-27", "wire", "plain,ethnic_group",
  "Pakistan began deporting Afghan refugees living without papers in Karachi and Quetta, the U.N. refugee agency said.",
  [E("COERCE", "174", "deporting", "Pakistan began deporting Afghan refugees", "Pakistan", "PAKGOV|PAK",
     "Afghan refugees|refugees", "PAKREF|AFGREF|PAKCVL|AFGCVL", rep=True, mode="deport")])
S("2023-11-14", "headline", "plain",
  "Junta seizes assets of exiled Burkinabe businessmen",
  [E("COERCE", "1711", "seizes", "Junta seizes assets of exiled Burkinabe businessmen", "junta", "BFAMIL|BFAGOV",
     "Burkinabe businessmen|businessmen", "BFABUS", mode="seize")])
S("2026-01-13", "wire", "plain,actor_context",
  "Ugandan authorities shut down the internet on the eve of the presidential election, a monitoring group said.",
  [E("COERCE", "170", "shut down", "Ugandan authorities shut down the internet", "Ugandan authorities|Uganda", "UGAGOV", "~", "UGACVL|~",
     rep=True, mode="censor")])
S("2024-10-22", "wire", "perpetrator,pp_noun",
  "At least 20 civilians were killed in a Russian missile strike on a residential block in Zaporizhzhia, the regional governor said.",
  [E("ASSAULT", "195", "missile strike", "killed in a Russian missile strike on a residential block", "Russia|Russian", "RUSMIL|RUS",
     "residential block|civilians", "UKRCVL|UKR", rep=True, emb=True, mode="aerial")],
  [F("killed", 20, "Russia|Russian", "RUSMIL|RUS", "missile strike")], sd=True)
S("2022-11-23", "lowercase", "weapon_subject,plain",
  "a drone struck a fuel depot in the russian region of bryansk overnight, setting it ablaze, the governor said.",
  [E("ASSAULT", "195", "struck", "a drone struck a fuel depot", None, None, "fuel depot", "RUS|RUSBUS|~", rep=True, mode="drone")])
S("2025-06-03", "wire", "light_verb,actor_context",
  "Militia fighters from Sudan's Kordofan region carried out a massacre in a village near El Obeid, killing more than 40 people, local activists said.",
  [E("ASSAULT", "202", "carried out a massacre", "Militia fighters from Sudan's Kordofan region carried out a massacre in a village near El Obeid",
     "militia fighters|fighters", "SDNREB|SDNCVL|SDN", "village|people", "SDNCVL", rep=True, mode="firearms")],
  [F("killed", 40, "militia fighters|fighters", "SDNREB|SDNCVL|SDN", "carried out a massacre")])
S("2023-04-11", "wire", "perpetrator,actor_context",
  "Myanmar's military dropped bombs on a crowd gathered for the opening of an opposition office in Sagaing, killing at least 100 people.",
  [E("ASSAULT", "195", "dropped bombs", "Myanmar's military dropped bombs on a crowd", "Myanmar's military|military", "MMRMIL",
     "crowd|people", "MMRCVL|MMROPP", mode="aerial")],
  [F("killed", 100, "Myanmar's military|military", "MMRMIL", "dropped bombs")], sd=True)
S("2021-10-12", "headline", "perpetrator",
  "Tigrayan rebels shell Dessie, 6 civilians wounded",
  [E("ASSAULT", "194", "shell", "Tigrayan rebels shell Dessie", "Tigrayan rebels|rebels", "ETHREB", "Dessie|civilians", "ETHCVL",
     mode="heavy-weapons")],
  [F("wounded", 6, "Tigrayan rebels|rebels", "ETHREB", "shell")])
S("2024-05-28", "long", "perpetrator,relative_clause",
  "The Israeli military said it had targeted two senior Hamas commanders in the strike on a camp for displaced people in Rafah, which Gaza health officials said killed 45 people, many of them women and children, and which drew condemnation from the United Nations.",
  [E("ASSAULT", "195", "strike", "the strike on a camp for displaced people in Rafah", "Israeli military|Israel", "ISRMIL",
     "camp|Hamas commanders", "PSECVL|PSEREB", rep=True, emb=True, mode="aerial"),
   E("ACCUSE", "111", "condemnation", "drew condemnation from the United Nations", "United Nations|UN", "IGOUNO", "~|Israeli military",
     "~|ISRMIL|ISR", emb=True, mode="disapprove")],
  [F("killed", 45, "Israeli military|Israel", "ISRMIL", "strike")], sd=True)
S("2026-11-03", "lowercase", "ethnic_group,actor_context",
  "gunmen from a fulani militia attacked ethnic berom farmers near jos, burning homes and killing 12, a community leader said.",
  [E("ASSAULT", "190", "attacked", "gunmen from a fulani militia attacked ethnic berom farmers near jos", "Fulani militia|gunmen",
     "NGAREB|NGACRM|NGA", "ethnic Berom farmers|Berom farmers|farmers", "NGACVL", rep=True),
   E("ASSAULT", "1712", "burning homes", "burning homes", "Fulani militia|gunmen", "NGAREB|NGACRM|NGA", "~", "NGACVL|~", rep=True,
     mode="destroy")],
  [F("killed", 12, "Fulani militia|gunmen", "NGAREB|NGACRM|NGA", "attacked")])
S("2023-02-28", "wire", "plain",
  "Turkey and Syria's Kurdish-led authorities exchanged the bodies of fighters killed in clashes last year under a deal brokered by Russia.",
  [E("COOPERATE", "060", "exchanged", "Turkey and Syria's Kurdish-led authorities exchanged the bodies of fighters", "Turkey", "TURGOV|TURMIL|TUR",
     "Syria's Kurdish-led authorities|Kurdish-led authorities", "SYRREB|SYRKUR|SYRGOV", ok="RETREAT|AGREE"),
   E("CONSULT", "045", "brokered", "a deal brokered by Russia", "Russia", "RUSGOV|RUS", "Turkey|~", "TURGOV|~", ok="AGREE", emb=True,
     mode="third-party"),
   E("ASSAULT", "190", "clashes", "fighters killed in clashes last year", "~", "~", "fighters", "~", emb=True, hist=True)])
S("2025-08-26", "lowercase", "plain,actor_context",
  "vietnamese and cambodian border police held joint patrols along the mekong to curb the smuggling of wildlife.",
  [E("COOPERATE", "062", "held joint patrols", "vietnamese and cambodian border police held joint patrols along the mekong",
     "Vietnamese border police|Vietnam", "VNMCOP", "Cambodian border police|Cambodia", "KHMCOP")])
S("2024-06-18", "headline", "plain",
  "EU, Egypt agree 7.4 billion euro funding and migration deal",
  [E("AGREE", "057", "agree", "EU, Egypt agree 7.4 billion euro funding and migration deal", "EU|European Union", "IGOEUR", "Egypt",
     "EGYGOV|EGY", ok="AID|COOPERATE", content="7.4 billion euro funding and migration deal")])
S("2022-12-13", "wire", "plain,igo",
  "The World Health Organization sent 15 tonnes of cholera supplies to Haiti's capital, where gangs have blocked access to fuel terminals.",
  [E("AID", "073", "sent", "The World Health Organization sent 15 tonnes of cholera supplies", "World Health Organization|WHO",
     "IGOUNOHLH|IGOUNO|IGOWHO", "Haiti", "HTI|HTIGOV|HTICVL", mode="humanitarian"),
   E("PROTEST", "144", "blocked access", "gangs have blocked access to fuel terminals", "gangs", "HTICRM", "fuel terminals", "HTIBUS|~",
     ok="COERCE", emb=True, mode="obstruct")])
S("2026-02-10", "wire", "plain,actor_context",
  "The Lebanese army chief said he backed the government's plan to disarm Hezbollah south of the Litani river.",
  [E("SUPPORT", "052", "backed", "he backed the government's plan", "Lebanese army chief|army chief", "LBNMIL", "government",
     "LBNGOV", rep=True, content="to disarm Hezbollah south of the Litani river")])
S("2023-10-24", "lowercase", "plain,igo",
  "the ecowas commission welcomed the release of the ousted president's son by the military authorities in niamey.",
  [E("SUPPORT", "051", "welcomed", "the ecowas commission welcomed the release", "ECOWAS commission|ECOWAS", "IGOWAF",
     "~|military authorities", "~|NERMIL|NERGOV"),
   E("RETREAT", "0841", "release", "the release of the ousted president's son by the military authorities in niamey",
     "military authorities", "NERMIL|NERGOV", "son|ousted president's son", "NERGOV|NERCVL|NER", ok="CONCEDE", emb=True, mode="release")])
S("2021-08-31", "wire", "plain",
  "Afghanistan's new Taliban rulers agreed to let foreigners with travel documents leave the country, a joint statement by 100 nations said.",
  [E("AGREE", "0355", "agreed", "Afghanistan's new Taliban rulers agreed to let foreigners with travel documents leave",
     "Taliban rulers|Taliban|Afghanistan", "AFGGOV|AFGREB", "foreigners|~", "~", ok="RETREAT|CONCEDE", rep=True,
     content="to let foreigners with travel documents leave the country")])
S("2025-12-09", "wire", "partitive,plain",
  "Kenya handed over a group of 60 of its police officers to the multinational mission in Haiti, the first of a promised contingent of 1,000.",
  [E("AID", "074", "handed over", "Kenya handed over a group of 60 of its police officers to the multinational mission in Haiti", "Kenya",
     "KENGOV|KENCOP|KEN", "multinational mission|Haiti", "IGO|HTI|~", ok="MOBILIZE|COOPERATE", mode="military")])
S("2024-09-24", "headline", "plain",
  "Zelensky, Biden meet in Washington on long-range missiles",
  [E("CONSULT", "042", "meet", "Zelensky, Biden meet in Washington", "Zelensky|Ukraine", "UKRGOV", "Biden|United States", "USAGOV",
     mode="visit")])
S("2022-04-26", "wire", "plain",
  "Kazakhstan's president dismissed the head of the national security committee after deadly unrest in Almaty in January.",
  [E("SANCTION", "172", "dismissed", "Kazakhstan's president dismissed the head of the national security committee", "Kazakhstan's president|president",
     "KAZGOV", "head of the national security committee|national security committee", "KAZSPY|KAZGOV", ok="COERCE"),
   E("PROTEST", "145", "unrest", "deadly unrest in Almaty in January", "~", "~|KAZOPP", "~", "~|KAZGOV", emb=True, hist=True, mode="riot")])
S("2026-06-16", "lowercase", "plain",
  "the constitutional court annulled the results of the parliamentary vote in three districts after the opposition complained of fraud.",
  [E("CONCEDE", "0834", "annulled", "the constitutional court annulled the results of the parliamentary vote", "constitutional court",
     "JUD", "~", "~", ok="SANCTION"),
   E("ACCUSE", "114", "complained", "the opposition complained of fraud", "opposition", "OPP", "~", "~", emb=True, content="fraud",
     mode="allege")])
S("2023-08-22", "wire", "plain,actor_context",
  "Honduras's president apologised on behalf of the state to the family of an environmental activist killed by soldiers in 2019.",
  [E("SUPPORT", "055", "apologised", "Honduras's president apologised on behalf of the state", "Honduras's president|president", "HNDGOV",
     "family", "HNDCVL", ok="CONCEDE"),
   E("ASSAULT", "193", "killed", "an environmental activist killed by soldiers in 2019", "soldiers", "HNDMIL", "environmental activist|activist",
     "HNDCVL|HNDOPP", emb=True, hist=True)])


# --- half 2, batch 6: failure, obligation, partitive, light verbs, no-event sentences ------------------
S("2024-11-24", "wire", "failure,igo",
  "Nearly 200 countries failed to reach an agreement on a global plastics treaty at talks in Busan, the U.N. environment agency said.",
  [E("AGREE", "030", "failed to reach an agreement", "Nearly 200 countries failed to reach an agreement on a global plastics treaty",
     "countries|~", "~", "~", "~", neg=True, rep=True, content="a global plastics treaty"),
   E("CONSULT", "044", "talks", "talks in Busan", "countries|~", "~", "~", "~", emb=True, rep=True, mode="multilateral")])
S("2025-04-08", "lowercase", "failure,embedded_content",
  "the un security council failed to adopt a resolution demanding a ceasefire in eastern congo after russia abstained and china voted against it.",
  [E("SUPPORT", "057", "failed to adopt", "the un security council failed to adopt a resolution", "UN Security Council|Security Council",
     "IGOUNO", "~", "~", ok="REJECT", neg=True, content="a resolution demanding a ceasefire in eastern congo"),
   E("REJECT", "129", "voted against", "china voted against it", "China", "CHNGOV|CHN", "resolution|UN Security Council", "IGOUNO|~", emb=True)])
S("2022-10-18", "wire", "failure,actor_context",
  "Talks between the Colombian government and the ELN guerrillas in Caracas ended without progress on a ceasefire, negotiators said.",
  [E("CONSULT", "046", "Talks", "Talks between the Colombian government and the ELN guerrillas in Caracas", "Colombian government|Colombia",
     "COLGOV", "ELN guerrillas|ELN", "COLREB", rep=True),
   E("AGREE", "0871", "ended without progress", "ended without progress on a ceasefire", "Colombian government|Colombia", "COLGOV",
     "ELN guerrillas|ELN", "COLREB", ok="RETREAT", neg=True, rep=True, content="a ceasefire")])
S("2026-03-17", "wire", "obligation,actor_context",
  "Serbia has to return the weapons seized from Kosovo police officers, the prime minister told reporters in Pristina.",
  [E("REQUEST", "1053", "has to return", "Serbia has to return the weapons seized from Kosovo police officers", "prime minister",
     "XKXGOV", "Serbia", "SRBGOV|SRB", rep=True, content="return the weapons seized from Kosovo police officers", mode="yield")])
S("2023-07-25", "headline", "obligation",
  "Mali's neighbours must reopen borders, junta insists",
  [E("REQUEST", "1051", "must reopen", "Mali's neighbours must reopen borders, junta insists", "junta", "MLIMIL|MLIGOV",
     "Mali's neighbours|neighbours", "~", rep=True, content="reopen borders", mode="yield")])
S("2024-02-27", "lowercase", "obligation,embedded_content",
  "armed groups in eastern congo should lay down their weapons and join the disarmament programme, the congolese defence minister said in goma.",
  [E("REQUEST", "0256", "should lay down", "armed groups in eastern congo should lay down their weapons", "Congolese defence minister|defence minister",
     "CODGOV", "armed groups", "CODREB", rep=True, content="lay down their weapons and join the disarmament programme", mode="change")])
S("2025-09-02", "wire", "partitive,plain",
  "The United Arab Emirates shipped 2,000 tonnes of flour and medical supplies to the Sudanese port of Port Sudan for families displaced by the war.",
  [E("AID", "073", "shipped", "The United Arab Emirates shipped 2,000 tonnes of flour and medical supplies", "United Arab Emirates|UAE",
     "ARE|AREGOV", "Port Sudan|families", "SDNCVL|SDN", mode="humanitarian")])
S("2022-03-08", "wire", "partitive,plain",
  "Poland moved part of its fleet of MiG-29 fighter jets to a U.S. base in Germany for transfer to Ukraine.",
  [E("AID", "072", "moved", "Poland moved part of its fleet of MiG-29 fighter jets", "Poland", "POLGOV|POLMIL|POL", "Ukraine|~",
     "UKRMIL|UKRGOV|~", ok="MOBILIZE|COOPERATE", mode="military")])
S("2023-06-01", "lowercase", "partitive,igo",
  "the un deployed a mission of 50 observers to monitor the truce along the border between armenia and azerbaijan.",
  [E("AID", "074", "deployed", "the un deployed a mission of 50 observers", "UN|United Nations", "IGOUNO", "~|Armenia|Azerbaijan",
     "~|ARM|AZE", ok="MOBILIZE|CONSULT", content="to monitor the truce along the border between armenia and azerbaijan")])
S("2024-05-21", "wire", "light_verb,actor_context",
  "Chadian officials gave a warm welcome to the Russian deputy defence minister on his first visit to N'Djamena.",
  [E("SUPPORT", "051", "gave a warm welcome", "Chadian officials gave a warm welcome to the Russian deputy defence minister",
     "Chadian officials|officials|Chad", "TCDGOV", "Russian deputy defence minister|deputy defence minister|Russia", "RUSGOV|RUSMIL",
     ok="CONSULT"),
   E("CONSULT", "042", "visit", "his first visit to N'Djamena", "Russian deputy defence minister|Russia", "RUSGOV|RUSMIL", "N'Djamena|Chad",
     "TCDGOV|TCD", emb=True, mode="visit")])
S("2021-09-14", "wire", "light_verb,ethnic_group",
  "A U.N. inquiry said Myanmar's army had engaged in ethnic cleansing against Rohingya Muslims in Rakhine state.",
  [E("ASSAULT", "203", "engaged in ethnic cleansing", "Myanmar's army had engaged in ethnic cleansing against Rohingya Muslims",
     "Myanmar's army|army", "MMRMIL", "Rohingya Muslims|Rohingya", "MMRCVL|MMRREL", ok="ACCUSE", rep=True)],
  [])
S("2026-05-19", "lowercase", "light_verb,plain",
  "haitian police carried out raids on three gang strongholds in port-au-prince on monday, seizing rifles and ammunition.",
  [E("COERCE", "170", "carried out raids", "haitian police carried out raids on three gang strongholds", "Haitian police|police", "HTICOP",
     "gang strongholds|strongholds", "HTICRM", ok="ASSAULT"),
   E("COERCE", "1711", "seizing", "seizing rifles and ammunition", "Haitian police|police", "HTICOP", "~", "HTICRM|~", mode="seize")])
S("2023-01-10", "headline", "light_verb,plain",
  "Peru opposition mounts challenge to president in congress",
  [E("ACCUSE", "113", "mounts challenge", "Peru opposition mounts challenge to president in congress", "Peru opposition|opposition",
     "PEROPP|PERLEG", "president", "PERGOV", mode="disapprove")])
S("2025-07-01", "wire", "plain,lemma",
  "Foreign investors rallied behind Nigerian bonds after the central bank raised interest rates for the third time this year.",
  [])
S("2022-11-15", "lowercase", "plain,lemma",
  "the striker's late goal sealed a victory that sent the ivory coast into the semi-finals of the african cup of nations.",
  [])
S("2024-01-09", "wire", "plain",
  "The Indonesian statistics agency said inflation eased to 2.6 percent in December, the lowest in two years.",
  [])
S("2026-09-29", "headline", "lemma,plain",
  "Markets brace for attack on sterling after budget",
  [])
S("2023-03-21", "long", "embedded_content,relative_clause,actor_context",
  "The Chinese foreign minister, who arrived in Moscow on Monday for a three-day visit, offered to mediate between Russia and Ukraine and said Beijing was prepared to host talks between the two sides if both agreed.",
  [E("AGREE", "039", "offered to mediate", "offered to mediate between Russia and Ukraine", "Chinese foreign minister|China", "CHNGOV",
     "Russia|Ukraine", "RUSGOV|UKRGOV|RUS|UKR", ok="CONSULT", hyp=True, content="to mediate between Russia and Ukraine"),
   E("AGREE", "036", "was prepared to host", "Beijing was prepared to host talks between the two sides", "Beijing|China", "CHNGOV",
     "Russia|Ukraine", "RUSGOV|UKRGOV|RUS|UKR", ok="CONSULT", hyp=True, rep=True, content="to host talks between the two sides"),
   E("CONSULT", "042", "arrived", "who arrived in Moscow on Monday for a three-day visit", "Chinese foreign minister|China", "CHNGOV",
     "Moscow|Russia", "RUSGOV|RUS", emb=True, mode="visit")])
S("2025-01-28", "long", "embedded_content,temporal_clause",
  "After two days of talks in Addis Ababa, the Somali and Ethiopian leaders pledged to respect each other's sovereignty and agreed to begin technical negotiations on Ethiopian access to the sea, a statement from the Turkish mediators said.",
  [E("AGREE", "036", "agreed", "agreed to begin technical negotiations on Ethiopian access to the sea", "Somali leader|Somalia", "SOMGOV",
     "Ethiopian leader|Ethiopia", "ETHGOV", ok="CONSULT", rep=True, content="to begin technical negotiations on Ethiopian access to the sea"),
   E("AGREE", "032", "pledged", "the Somali and Ethiopian leaders pledged to respect each other's sovereignty", "Somali leader|Somalia",
     "SOMGOV", "Ethiopian leader|Ethiopia", "ETHGOV", ok="SUPPORT", hyp=True, rep=True, content="to respect each other's sovereignty"),
   E("CONSULT", "046", "talks", "two days of talks in Addis Ababa", "Somali leader|Somalia", "SOMGOV", "Ethiopian leader|Ethiopia",
     "ETHGOV", emb=True, rep=True)])
S("2024-08-13", "wire", "plain,ethnic_group",
  "Ethnic Hungarians in Romania's Transylvania held a rally in Cluj demanding autonomy for the Szekely region.",
  [E("PROTEST", "1414", "held a rally", "Ethnic Hungarians in Romania's Transylvania held a rally in Cluj", "ethnic Hungarians|Hungarians",
     "ROUCVL|ROU", "~", "~|ROUGOV", ok="REQUEST", mode="demo", content="autonomy for the Szekely region")])
S("2022-05-17", "wire", "plain",
  "Finland's government agreed to share air surveillance data with Norway and Sweden under a new defence cooperation accord signed in Oslo.",
  [E("AGREE", "0312", "agreed", "Finland's government agreed to share air surveillance data with Norway and Sweden", "Finland's government|Finland",
     "FINGOV", "Norway|Sweden", "NORGOV|SWEGOV|NOR|SWE", ok="COOPERATE", content="to share air surveillance data with Norway and Sweden"),
   E("AGREE", "057", "signed", "a new defence cooperation accord signed in Oslo", "Finland|Norway|Sweden", "FINGOV|NORGOV|SWEGOV",
     "Norway|Sweden|Finland", "NORGOV|SWEGOV|FINGOV", ok="SUPPORT|COOPERATE", emb=True)])
S("2026-10-27", "lowercase", "plain,actor_context",
  "the moroccan interior ministry said it had dismantled a terrorist cell in tangier with help from spanish police, arresting four suspects.",
  [E("COOPERATE", "063", "with help from spanish police", "dismantled a terrorist cell in tangier with help from spanish police",
     "Spanish police|Spain", "ESPCOP", "Moroccan interior ministry|Morocco", "MARGOV|MARCOP", rep=True),
   E("COERCE", "173", "arresting", "arresting four suspects", "Moroccan interior ministry|Morocco|police", "MARGOV|MARCOP", "suspects",
     "MARREB|MARCRM|MAR", rep=True, mode="arrest")],
  [F("arrested", 4, "Moroccan interior ministry|Morocco|police", "MARGOV|MARCOP", "arresting")], sa=True)


# --- main ----------------------------------------------------------------------------------
def main() -> None:
    items = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    report(items)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
