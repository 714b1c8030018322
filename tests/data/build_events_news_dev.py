"""Build tests/data/events_news_dev.jsonl: a blind, hand-annotated event dev set of news sentences.

Every sentence below was written by hand for eventwire (wire, local, lower-cased, headline,
long and police-news styles) and annotated following PLOVER 2.0 and the CAMEO codebook,
before the event rules it measures were seen. See tests/data/README.md, section 3b.

Run from the repository root:  python tests/data/build_events_news_dev.py
It checks the annotations (exact substrings, type first in types_ok, known tags) and writes
the JSONL sorted by id.

Compact notation used in the data:
  S(date, style, focus, text, [events], [figures])
      style: wire | local | lowercase | headline | long | police
      focus: comma-separated tags (see FOCUS_TAGS)
      lowercase items are written in normal case here and lower-cased by the builder
      (text, trigger, evidence, content; not actor names or codes).
  E(type, cameo, trigger, evidence, actor, actor_code, recipient, recipient_code, **flags)
      names / codes: "A|B" is the list ["A", "B"]; "~" inside it, or None, is null.
      flags: ok (types_ok after the first, "X|Y"), neg, hyp, rep, emb, content, hist, mode, ctx
  F(kind, value, by, by_code, event_trigger)
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "events_news_dev.jsonl"

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
STYLES = {"wire", "local", "lowercase", "headline", "long", "police"}
FOCUS_TAGS = {
    "embedded_content", "temporal_clause", "relative_clause", "participial", "pp_noun",
    "partitive", "light_verb", "lemma", "failure", "retraction", "obligation", "perpetrator",
    "phrasal_arrest", "hypothetical_arrest", "background_arrest", "not_arrest", "actor_context",
    "ethnic_group", "weapon_subject", "agentless_passive", "igo", "plain",
}
FIGURE_KINDS = {"killed", "wounded", "arrested", "detained"}

ITEMS: list[dict] = []


def _names(value):
    if value is None:
        return [None]
    if isinstance(value, list):
        return value
    return [None if part == "~" else part for part in value.split("|")]


SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "CVL", "MED", "BUS", "EDU", "HLH", "REL",
           "PTY", "SPY", "CRM", "LAB", "NGO", "IGO"}


def _codes(value):
    """Codes as a list; a list of bare sector codes (no country in the text) also accepts null."""
    codes = _names(value)
    real = [c for c in codes if c is not None]
    if real and all(c in SECTORS for c in real) and None not in codes:
        codes.append(None)
    return codes


def E(type_, cameo, trigger, evidence, actor, actor_code, recipient, recipient_code, *,
      ok=None, neg=False, hyp=False, rep=False, emb=False, content=None, hist=False,
      mode=None, ctx=None):
    ev = {
        "type": type_, "cameo": cameo,
        "actor": _names(actor), "recipient": _names(recipient),
        "actor_code": _codes(actor_code), "recipient_code": _codes(recipient_code),
        "trigger": trigger, "evidence": evidence,
        "negated": neg, "hypothetical": hyp, "reported": rep, "embedded": emb,
        "content": content,
        "types_ok": [type_] + ([t for t in ok.split("|") if t != type_] if ok else []),
    }
    if hist:
        ev["historical"] = True
    if mode:
        ev["mode"] = mode
    if ctx:
        ev["context"] = ctx.split("|")
    return ev


def F(kind, value, by, by_code, event_trigger):
    return {"kind": kind, "value": value, "by": _names(by), "by_code": _codes(by_code),
            "event_trigger": event_trigger}


def S(published, style, focus, text, events=(), figures=()):
    ITEMS.append({"published": published, "style": style,
                  "focus": [f.strip() for f in focus.split(",") if f.strip()],
                  "text": text, "events": list(events), "figures": list(figures)})


def _lower(item):
    item["text"] = item["text"].lower()
    for ev in item["events"]:
        ev["trigger"] = ev["trigger"].lower()
        ev["evidence"] = ev["evidence"].lower()
        if ev["content"]:
            ev["content"] = ev["content"].lower()
    for fig in item["figures"]:
        fig["event_trigger"] = fig["event_trigger"].lower() if fig["event_trigger"] else None


def check(item) -> list[str]:
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
        triggers.add(ev["trigger"])
    for fig in item["figures"]:
        if fig["kind"] not in FIGURE_KINDS or not isinstance(fig["value"], int) or fig["value"] < 1:
            errs.append(f"figure {fig}")
        if fig["event_trigger"] is not None and fig["event_trigger"] not in triggers:
            errs.append(f"figure trigger {fig['event_trigger']!r} is no event's trigger")
    return errs


def build() -> list[dict]:
    out, failures = [], []
    texts = set()
    for n, raw in enumerate(ITEMS, 1):
        item = {"id": f"news-{n:04d}", **raw}
        if item["style"] == "lowercase":
            _lower(item)
        errs = check(item)
        if item["text"] in texts:
            errs.append("duplicate text")
        texts.add(item["text"])
        failures += [f"{item['id']}: {e}  [{item['text'][:60]}]" for e in errs]
        out.append({"id": item["id"], "text": item["text"], "published": item["published"],
                    "style": item["style"], "focus": item["focus"], "events": item["events"],
                    "figures": item["figures"]})
    if failures:
        sys.exit("\n".join(failures))
    return sorted(out, key=lambda it: it["id"])


def report(items) -> None:
    types = Counter(ev["type"] for it in items for ev in it["events"])
    focus = Counter(f for it in items for f in it["focus"])
    styles = Counter(it["style"] for it in items)
    print(f"{len(items)} sentences, {sum(types.values())} events, "
          f"{sum(1 for it in items if not it['events'])} without events, "
          f"{sum(len(it['figures']) for it in items)} figures")
    print("types:", dict(sorted(types.items())))
    print("focus:", dict(sorted(focus.items())))
    print("styles:", dict(sorted(styles.items())))
    evs = [ev for it in items for ev in it["events"]]
    print("flags:", {k: sum(bool(ev.get(k)) for ev in evs)
                     for k in ("negated", "hypothetical", "reported", "embedded", "content", "historical")})


# ---------------------------------------------------------------------------------------
# The data. Written by hand; one S(...) per sentence.
# ---------------------------------------------------------------------------------------

# --- batch 1: deaths and their perpetrators, police news, arrests, embedded content -------
S("2024-07-18", "wire", "perpetrator,pp_noun",
  "Three children were killed in an Israeli airstrike on a school sheltering displaced families in Gaza City, the civil defence agency said.",
  [E("ASSAULT", "195", "airstrike", "killed in an Israeli airstrike on a school", "Israel|Israeli", "ISRMIL|ISR",
     "school|Gaza City|children", "PSECVL|PSE", rep=True, emb=True, mode="aerial")],
  [F("killed", 3, "Israel|Israeli", "ISRMIL|ISR", "airstrike")])
S("2023-05-02", "police", "perpetrator,temporal_clause,actor_context",
  "Two men died in police custody in Lagos after officers of the Rapid Response Squad beat them with batons, their families said.",
  [E("ASSAULT", "182", "beat", "officers of the Rapid Response Squad beat them with batons", "Rapid Response Squad|officers|police",
     "NGACOP", "men|~", "NGACVL", rep=True, emb=True, mode="beat")],
  [F("killed", 2, "Rapid Response Squad|police|officers", "NGACOP", "beat")])
S("2024-06-26", "headline", "perpetrator,pp_noun,actor_context",
  "Kenyan police shoot dead four protesters in Nairobi tax demonstrations",
  [E("ASSAULT", "175", "shoot dead", "Kenyan police shoot dead four protesters", "Kenyan police|police|Kenya", "KENCOP",
     "protesters", "KENOPP|KENCVL", ok="COERCE", mode="crowd-control"),
   E("PROTEST", "141", "demonstrations", "Nairobi tax demonstrations", "protesters|~", "KENOPP|~", "~|Kenya", "~|KENGOV",
     emb=True, mode="demo")],
  [F("killed", 4, "Kenyan police|police", "KENCOP", "shoot dead")])
S("2025-01-12", "lowercase", "phrasal_arrest,actor_context",
  "Police in Kano picked up 14 suspected members of a kidnapping gang on Sunday, a spokesman for the state command said.",
  [E("COERCE", "173", "picked up", "Police in Kano picked up 14 suspected members of a kidnapping gang", "police", "NGACOP",
     "kidnapping gang|members", "NGACRM|NGA", rep=True, mode="arrest")],
  [F("arrested", 14, "police", "NGACOP", "picked up")])
S("2023-11-17", "police", "plain",
  "Indian security forces killed three suspected militants in a gunfight in Kashmir's Kulgam district, police said.",
  [E("ASSAULT", "193", "killed", "Indian security forces killed three suspected militants", "Indian security forces|India|security forces",
     "INDMIL|INDCOP|IND", "militants", "INDREB", rep=True, mode="firearms")],
  [F("killed", 3, "Indian security forces|security forces", "INDMIL|INDCOP|IND", "killed")])
S("2022-10-09", "wire", "perpetrator,actor_context",
  "A raid by security forces on a hideout in the Bangladeshi town of Jhenaidah left three suspected militants dead, officials said.",
  [E("ASSAULT", "190", "raid", "A raid by security forces on a hideout", "security forces", "BGDCOP|BGDMIL|BGD",
     "militants", "BGDREB", rep=True)],
  [F("killed", 3, "security forces", "BGDCOP|BGDMIL|BGD", "raid")])
S("2024-02-20", "wire", "perpetrator,weapon_subject",
  "A shopkeeper succumbed to injuries from the blast of a roadside bomb in Pakistan's North Waziristan district on Tuesday.",
  [E("ASSAULT", "1833", "blast", "injuries from the blast of a roadside bomb", None, None, "shopkeeper", "PAKCVL|PAK",
     emb=True, mode="explosives")],
  [F("killed", 1, None, None, "blast")])
S("2019-08-14", "police", "perpetrator,temporal_clause,actor_context",
  "Two suspected drug dealers were killed when police opened fire during a buy-bust operation in Caloocan City, according to a police report.",
  [E("ASSAULT", "193", "opened fire", "police opened fire during a buy-bust operation", "police", "PHLCOP",
     "drug dealers", "PHLCRM|PHLCVL|PHL", rep=True, emb=True, mode="firearms")],
  [F("killed", 2, "police", "PHLCOP", "opened fire")])
S("2022-05-24", "headline", "perpetrator,actor_context",
  "Rio police raid on Complexo da Mare leaves eight dead",
  [E("ASSAULT", "190", "raid", "Rio police raid on Complexo da Mare", "Rio police|police", "BRACOP",
     "Complexo da Mare|~", "BRACVL|BRA")],
  [F("killed", 8, "Rio police|police", "BRACOP", "raid")])
S("2023-06-30", "wire", "actor_context",
  "Gunmen believed to belong to a drug cartel abducted a mayor in the Mexican state of Guerrero on Friday.",
  [E("ASSAULT", "181", "abducted", "Gunmen believed to belong to a drug cartel abducted a mayor", "gunmen|drug cartel",
     "MEXCRM|MEXREB|MEX", "mayor", "MEXGOV|MEX", mode="abduct")])
S("2022-10-26", "police", "participial,actor_context",
  "Iranian security forces fired tear gas at mourners gathered at the grave of Mahsa Amini in Saqqez, rights groups said.",
  [E("ASSAULT", "175", "fired tear gas", "Iranian security forces fired tear gas at mourners", "Iranian security forces|Iran|security forces",
     "IRNCOP|IRNMIL|IRN", "mourners", "IRNOPP|IRNCVL", ok="COERCE", rep=True, mode="crowd-control"),
   E("PROTEST", "141", "gathered", "mourners gathered at the grave of Mahsa Amini", "mourners", "IRNOPP|IRNCVL",
     "~|Iran", "~|IRNGOV", rep=True, emb=True, mode="demo")])
S("2021-03-11", "police", "not_arrest,pp_noun,perpetrator",
  "A Minneapolis police officer was charged with manslaughter on Wednesday over the fatal shooting of a man during a traffic stop.",
  [E("ACCUSE", "1121", "charged", "officer was charged with manslaughter", "~|prosecutors", "~|USAJUD|USAGOV",
     "police officer|officer", "USACOP", ok="COERCE", mode="allege"),
   E("ASSAULT", "193", "shooting", "the fatal shooting of a man", "police officer|officer", "USACOP", "man", "USACVL",
     emb=True, mode="firearms")],
  [F("killed", 1, "police officer|officer", "USACOP", "shooting")])
S("2025-03-04", "local", "phrasal_arrest,participial,not_arrest",
  "A 34-year-old man has been remanded in custody after appearing in court charged with attacking a police officer in Leeds.",
  [E("COERCE", "173", "remanded in custody", "man has been remanded in custody", "~|court", "~|GBRJUD",
     "man", "GBRCVL|GBR", mode="arrest"),
   E("ACCUSE", "1121", "charged", "charged with attacking a police officer", "~|prosecutors", "~|GBRJUD|GBRCOP", "man", "GBRCVL|GBR",
     ok="COERCE", emb=True, content="attacking a police officer", mode="allege")],
  [F("detained", 1, "~|court", "~|GBRJUD", "remanded in custody")])
S("2023-08-06", "police", "phrasal_arrest,temporal_clause,actor_context",
  "Police in Uttar Pradesh's Meerut district booked 11 people for rioting after clashes broke out during a religious procession.",
  [E("COERCE", "173", "booked", "Police in Uttar Pradesh's Meerut district booked 11 people", "police", "INDCOP",
     "people", "INDCVL|IND", ok="ACCUSE", mode="arrest"),
   E("ASSAULT", "180", "clashes", "clashes broke out during a religious procession", "~", "~|INDCVL", "~", "~|INDCVL",
     ok="PROTEST", emb=True)],
  [F("arrested", 11, "police", "INDCOP", "booked")])
S("2024-11-08", "wire", "not_arrest,failure", "The central bank's rate rise failed to arrest the rupee's slide against the dollar.")
S("2021-09-15", "lowercase", "lemma", "Shares in the arms maker rallied after it reported record quarterly profits.")
S("2024-09-23", "wire", "embedded_content",
  "Hezbollah threatened to strike Israel's Haifa port if the army pressed ahead with its ground offensive in southern Lebanon.",
  [E("THREATEN", "1384", "threatened", "Hezbollah threatened to strike Israel's Haifa port", "Hezbollah", "LBNREB|LBN",
     "Israel", "ISR|ISRGOV|ISRMIL", content="to strike Israel's Haifa port", mode="violence")])
S("2024-06-13", "wire", "embedded_content,igo",
  "The UN Security Council urged the Rapid Support Forces to lift the siege of El Fasher and allow aid convoys into the city.",
  [E("REQUEST", "1056", "urged", "The UN Security Council urged the Rapid Support Forces", "UN Security Council|UN", "IGOUNO",
     "Rapid Support Forces|RSF", "SDNREB", content="to lift the siege of El Fasher and allow aid convoys into the city", mode="yield")])
S("2024-04-20", "wire", "embedded_content",
  "Armenia and Azerbaijan agreed to begin demarcating their shared border, the two foreign ministries said in a joint statement.",
  [E("AGREE", "037", "agreed", "Armenia and Azerbaijan agreed to begin demarcating their shared border", "Armenia", "ARMGOV|ARM",
     "Azerbaijan", "AZEGOV|AZE", rep=True, content="to begin demarcating their shared border")])
S("2024-03-25", "headline", "embedded_content,actor_context",
  "Senegal's new president vows to free jailed opposition activists",
  [E("AGREE", "0353", "vows", "Senegal's new president vows to free jailed opposition activists", "president|Senegal", "SENGOV|SEN",
     "opposition activists", "SENOPP", ok="RETREAT", hyp=True, content="to free jailed opposition activists")])
S("2023-02-28", "wire", "embedded_content",
  "Pakistan's Supreme Court ordered the election commission to announce a date for provincial polls in Punjab within days.",
  [E("REQUEST", "1044", "ordered", "Pakistan's Supreme Court ordered the election commission", "Supreme Court|Pakistan", "PAKJUD",
     "election commission", "PAKGOV|PAK", content="to announce a date for provincial polls in Punjab within days", mode="change")])
S("2025-05-07", "wire", "embedded_content,actor_context",
  "The junta in Niamey demanded that French troops leave the country by the end of the year.",
  [E("REQUEST", "1056", "demanded", "The junta in Niamey demanded that French troops leave the country", "junta|Niger", "NERMIL|NERGOV|NER",
     "French troops|France", "FRAMIL|FRA", content="that French troops leave the country by the end of the year", mode="yield")])
S("2022-12-02", "lowercase", "embedded_content,igo",
  "The African Union offered to mediate between the Ethiopian government and Tigrayan forces.",
  [E("AGREE", "039", "offered", "The African Union offered to mediate", "African Union|AU", "IGOAFU",
     "Ethiopian government|Ethiopia", "ETHGOV|ETH", hyp=True, content="to mediate between the Ethiopian government and Tigrayan forces")])
S("2024-10-01", "wire", "retraction,embedded_content",
  "Hamas refused to release any more hostages until Israel agreed to a permanent ceasefire, a senior official in Doha said.",
  [E("REJECT", "1243", "refused", "Hamas refused to release any more hostages", "Hamas", "PSEREB|PSE", "Israel", "ISR|ISRGOV",
     rep=True, content="to release any more hostages", mode="yield")])
S("2023-07-15", "wire", "failure,embedded_content",
  "Sudan's warring parties failed to reach an agreement on a humanitarian truce after three weeks of talks in Jeddah.",
  [E("AGREE", "0356", "failed to reach an agreement", "failed to reach an agreement on a humanitarian truce", "Sudan's warring parties|Sudan",
     "SDNMIL|SDN", "~|Rapid Support Forces", "~|SDNREB", neg=True, content="a humanitarian truce"),
   E("CONSULT", "046", "talks", "three weeks of talks in Jeddah", "Sudan's warring parties|Sudan", "SDNMIL|SDN",
     "~|Rapid Support Forces", "~|SDNREB", emb=True)])
S("2019-06-11", "long", "retraction,obligation,embedded_content",
  "Addressing lawmakers in Khartoum, the head of the military council ruled out handing power to a civilian-led body before elections, even as protest leaders insisted the army must return to its barracks and the African Union gave the generals 60 days to step aside.",
  [E("REJECT", "1231", "ruled out", "ruled out handing power to a civilian-led body", "military council|head of the military council|Sudan", "SDNMIL|SDNGOV",
     "protest leaders|~", "SDNOPP|~", content="handing power to a civilian-led body before elections", mode="change"),
   E("REQUEST", "1041", "insisted", "protest leaders insisted the army must return to its barracks", "protest leaders", "SDNOPP",
     "army", "SDNMIL", content="the army must return to its barracks", mode="change"),
   E("THREATEN", "139", "gave the generals 60 days", "the African Union gave the generals 60 days to step aside", "African Union|AU", "IGOAFU",
     "generals", "SDNMIL", ok="REQUEST", content="to step aside")])
S("2024-01-30", "wire", "obligation",
  "Egypt's foreign minister said Israel must withdraw its forces from the Philadelphi corridor along the Gaza border.",
  [E("REQUEST", "1056", "must withdraw", "Israel must withdraw its forces from the Philadelphi corridor", "Egypt's foreign minister|Egypt", "EGYGOV|EGY",
     "Israel", "ISR|ISRGOV|ISRMIL", rep=True, content="withdraw its forces from the Philadelphi corridor", mode="yield")])
S("2023-09-19", "lowercase", "obligation,igo",
  "Belgrade must stop obstructing the work of EU-led police in the north, the European Commission said on Tuesday.",
  [E("REQUEST", "105", "must stop", "Belgrade must stop obstructing the work of EU-led police", "European Commission|EU", "IGOEUR",
     "Belgrade|Serbia", "SRBGOV|SRB", rep=True, content="stop obstructing the work of EU-led police in the north", mode="yield")])
S("2022-03-08", "wire", "partitive",
  "Turkey handed over 300 tonnes of flour to the World Food Programme for distribution in north-west Syria.",
  [E("AID", "073", "handed over", "Turkey handed over 300 tonnes of flour", "Turkey", "TURGOV|TUR",
     "World Food Programme|WFP", "IGOUNO|IGOUNOWFP", mode="humanitarian")])
S("2022-04-01", "wire", "partitive",
  "Russia pulled part of its troops back from positions around Kyiv, the Pentagon said, calling it a repositioning rather than a withdrawal.",
  [E("RETREAT", "0872", "pulled part of its troops back", "Russia pulled part of its troops back from positions around Kyiv", "Russia", "RUSMIL|RUS",
     "Kyiv|Ukraine", "UKR", rep=True, mode="withdraw")])
S("2021-11-30", "wire", "partitive,igo",
  "The Organisation for Security and Co-operation in Europe sent a mission of 200 observers to monitor Honduras' general election.",
  [E("RETREAT", "0862", "sent a mission of 200 observers", "sent a mission of 200 observers to monitor Honduras' general election",
     "Organisation for Security and Co-operation in Europe|OSCE", "IGOOSC|IGO", "Honduras", "HNDGOV|HND",
     ok="COOPERATE|AID|CONSULT")])
S("2023-06-06", "wire", "light_verb",
  "Ukrainian forces launched an offensive along several sections of the southern front, Russia's defence ministry said.",
  [E("ASSAULT", "190", "launched an offensive", "Ukrainian forces launched an offensive", "Ukrainian forces|Ukraine", "UKRMIL|UKR",
     "~|Russia", "~|RUSMIL|RUS", rep=True)])
S("2024-05-29", "lowercase", "light_verb,lemma,actor_context",
  "Farmers staged a protest outside parliament in Warsaw against imports of Ukrainian grain.",
  [E("PROTEST", "141", "staged a protest", "Farmers staged a protest outside parliament", "farmers", "POLCVL|POLBUS|POL",
     "parliament|~", "POLLEG|POLGOV", mode="demo")])
S("2023-10-16", "wire", "light_verb,embedded_content",
  "The Israeli army carried out raids in Jenin overnight and urged residents of northern Gaza to move south.",
  [E("ASSAULT", "190", "carried out raids", "The Israeli army carried out raids in Jenin", "Israeli army|Israel", "ISRMIL|ISR",
     "Jenin|~", "PSE|PSECVL"),
   E("REQUEST", "100", "urged", "urged residents of northern Gaza", "Israeli army|Israel", "ISRMIL|ISR",
     "residents of northern Gaza|residents", "PSECVL|PSE", content="to move south")])
S("2022-06-20", "long", "light_verb,ethnic_group,actor_context",
  "A UN panel said on Monday that the militia, which draws its fighters from the Lendu community, had engaged in ethnic cleansing against ethnic Hema villagers in Congo's Ituri province, and called on Kinshasa to bring those responsible to justice.",
  [E("ASSAULT", "203", "engaged in ethnic cleansing", "the militia, which draws its fighters from the Lendu community, had engaged in ethnic cleansing",
     "militia", "CODREB", "Hema villagers|ethnic Hema villagers", "CODCVL|COD", rep=True, mode="cleansing"),
   E("REQUEST", "1013", "called on", "called on Kinshasa to bring those responsible to justice", "UN panel|UN", "IGOUNO",
     "Kinshasa|Congo", "CODGOV|COD", content="to bring those responsible to justice")])
S("2019-12-05", "wire", "light_verb,igo",
  "NATO leaders gave a warm welcome to North Macedonia at the summit in Watford, where it attended as an invited country for the first time.",
  [E("SUPPORT", "051", "gave a warm welcome", "NATO leaders gave a warm welcome to North Macedonia", "NATO leaders|NATO", "IGONAT",
     "North Macedonia", "MKDGOV|MKD"),
   E("CONSULT", "044", "summit", "the summit in Watford", "NATO leaders|NATO", "IGONAT", "North Macedonia|~", "MKDGOV|~", emb=True, ok="CONSULT",
     mode="multilateral")])
S("2025-02-14", "wire", "phrasal_arrest",
  "Turkish police rounded up more than 50 people in dawn raids on Friday over alleged links to an Islamic State cell, state media said.",
  [E("COERCE", "173", "rounded up", "Turkish police rounded up more than 50 people", "Turkish police|Turkey|police", "TURCOP",
     "people", "TURCVL|TUR", rep=True, mode="arrest")],
  [F("arrested", 50, "Turkish police|police", "TURCOP", "rounded up")])
S("2024-08-05", "lowercase", "phrasal_arrest,temporal_clause",
  "A former minister was locked up on Monday hours after the anti-graft court in Dhaka rejected his bail plea.",
  [E("COERCE", "173", "locked up", "A former minister was locked up", "~|court|anti-graft court", "~|BGDJUD",
     "former minister", "BGDGOV|BGD", mode="arrest"),
   E("REJECT", "1243", "rejected", "the anti-graft court in Dhaka rejected his bail plea", "anti-graft court|court", "BGDJUD",
     "former minister", "BGDGOV|BGD", emb=True)],
  [F("detained", 1, "~|court", "~|BGDJUD", "locked up")])
S("2023-04-21", "headline", "phrasal_arrest",
  "Ex-governor sent to jail for 12 years over pension fraud",
  [E("SANCTION", "173", "sent to jail", "Ex-governor sent to jail for 12 years", "~|court", "~|JUD",
     "ex-governor|Ex-governor", "GOV", ok="COERCE|ACCUSE", mode="convict")],
  [F("arrested", 1, "~|court", "~|JUD", "sent to jail")])
S("2022-07-13", "police", "phrasal_arrest",
  "Sri Lankan police put behind bars two men accused of setting fire to the prime minister's private residence in Colombo.",
  [E("COERCE", "173", "put behind bars", "Sri Lankan police put behind bars two men", "Sri Lankan police|police|Sri Lanka", "LKACOP",
     "men", "LKACVL|LKAOPP|LKA", mode="arrest"),
   E("ASSAULT", "1712", "setting fire", "setting fire to the prime minister's private residence", "men", "LKACVL|LKAOPP|LKA",
     "prime minister|Sri Lanka", "LKAGOV", ok="PROTEST", emb=True)],
  [F("arrested", 2, "Sri Lankan police|police", "LKACOP", "put behind bars")])
S("2020-06-04", "wire", "phrasal_arrest,agentless_passive",
  "About 200 people were taken into custody in Washington as curfews went into effect across dozens of US cities.",
  [E("COERCE", "173", "taken into custody", "About 200 people were taken into custody in Washington", "~|police", "~|USACOP",
     "people", "USACVL|USAOPP|USA", mode="arrest"),
   E("COERCE", "1723", "curfews", "curfews went into effect across dozens of US cities", "~", "~|USAGOV", "~", "~|USACVL", emb=True,
     mode="curfew")],
  [F("arrested", 200, "~|police", "~|USACOP", "taken into custody")])
S("2024-01-09", "wire", "hypothetical_arrest,actor_context",
  "The opposition leader could face arrest if he returns to Harare without settling the charges against him, his lawyer warned.",
  [E("COERCE", "173", "could face arrest", "could face arrest if he returns to Harare", "~", "~|ZWECOP|ZWEGOV",
     "opposition leader", "ZWEOPP", hyp=True, rep=True, mode="arrest")])
S("2023-03-18", "wire", "hypothetical_arrest,igo",
  "Any of the 123 member states of the International Criminal Court would be obliged to detain Putin if he set foot on their territory.",
  [E("COERCE", "173", "detain", "obliged to detain Putin", "member states|~", "~", "Putin|Russia", "RUSGOV",
     hyp=True, mode="arrest")])
S("2025-06-10", "lowercase", "background_arrest,actor_context",
  "The activist, who spent two years in prison after his arrest at a rally in 2021, was elected mayor of the coastal town of Mombasa.",
  [E("COERCE", "173", "arrest", "after his arrest at a rally in 2021", "~|police", "~|KENCOP", "activist", "KENOPP|KENCVL",
     emb=True, hist=True, mode="arrest")])
S("2024-04-03", "wire", "background_arrest,agentless_passive",
  "A journalist freed by Moscow in last year's prisoner swap called for the release of the Americans still held in Russia.",
  [E("REQUEST", "1053", "called for", "called for the release of the Americans still held in Russia", "journalist", "USAMED|MED",
     "~|Russia", "~|RUSGOV", content="the release of the Americans still held in Russia", mode="yield"),
   E("RETREAT", "0841", "freed", "freed by Moscow in last year's prisoner swap", "Moscow|Russia", "RUSGOV|RUS",
     "journalist", "USAMED|MED", emb=True, hist=True, mode="release")])
S("2023-10-11", "local", "not_arrest",
  "The foreign ministry summoned the Dutch ambassador in Ankara to protest the burning of a Koran outside its embassy in The Hague.",
  [E("ACCUSE", "111", "summoned", "The foreign ministry summoned the Dutch ambassador", "foreign ministry|Turkey", "TURGOV",
     "Dutch ambassador|Netherlands", "NLDGOV|NLD", ok="CONSULT", mode="disapprove"),
   E("PROTEST", "141", "burning", "the burning of a Koran outside its embassy", "~", "~|NLDCVL", "~|Turkey", "~|TUR|TURGOV", emb=True,
     ok="ACCUSE")])
S("2022-09-27", "police", "not_arrest",
  "Two police officers in Karachi were charged with lying about a shootout in which a teenager died.",
  [E("ACCUSE", "1121", "charged", "Two police officers in Karachi were charged with lying", "~|prosecutors", "~|PAKJUD",
     "police officers", "PAKCOP", ok="COERCE", content="lying about a shootout in which a teenager died", mode="allege")])
S("2025-09-03", "wire", "actor_context",
  "Speaking in Abuja, President Adeyemi praised troops for recapturing the town of Marte from Boko Haram fighters.",
  [E("SUPPORT", "051", "praised", "President Adeyemi praised troops", "President Adeyemi|Adeyemi", "NGAGOV|NGA", "troops", "NGAMIL"),
   E("ASSAULT", "190", "recapturing", "recapturing the town of Marte from Boko Haram fighters", "troops", "NGAMIL",
     "Boko Haram fighters|Boko Haram", "NGAREB", emb=True, ok="ASSAULT|COERCE")])
S("2021-02-17", "wire", "actor_context",
  "Rebels in Chad attacked an army garrison near the Libyan border, killing at least a dozen soldiers, the government said.",
  [E("ASSAULT", "190", "attacked", "Rebels in Chad attacked an army garrison", "rebels", "TCDREB", "army garrison|army", "TCDMIL", rep=True)],
  [F("killed", 12, "rebels|Rebels in Chad", "TCDREB", "attacked")])
S("2020-05-12", "wire", "actor_context,weapon_subject",
  "A car bomb killed six people outside a market in Mogadishu's Hodan district on Tuesday.",
  [E("ASSAULT", "1832", "killed", "A car bomb killed six people", None, None, "people", "SOMCVL|SOM", mode="explosives")],
  [F("killed", 6, None, None, "killed")])
S("2023-11-03", "wire", "weapon_subject,actor_context",
  "A roadside bomb planted by al-Shabaab fighters killed five Kenyan police officers in Lamu county, officials said.",
  [E("ASSAULT", "1833", "killed", "A roadside bomb planted by al-Shabaab fighters killed five Kenyan police officers", "al-Shabaab|al-Shabaab fighters",
     "SOMREB", "Kenyan police officers|police officers", "KENCOP", rep=True, mode="explosives")],
  [F("killed", 5, "al-Shabaab|al-Shabaab fighters", "SOMREB", "killed")])
S("2024-02-02", "lowercase", "perpetrator",
  "at least nine people died in army shelling of a village in sagaing region, a local resistance group said.",
  [E("ASSAULT", "194", "shelling", "died in army shelling of a village", "army|~", "MMRMIL", "village|people", "MMRCVL|MMR",
     rep=True, emb=True, mode="heavy-weapons")],
  [F("killed", 9, "army", "MMRMIL", "shelling")])
S("2023-04-25", "wire", "perpetrator",
  "Eleven civilians were wounded by militia gunfire in the eastern Congolese town of Bunia, a local official said.",
  [E("ASSAULT", "193", "gunfire", "wounded by militia gunfire", "militia", "CODREB", "civilians", "CODCVL|COD",
     rep=True, emb=True, mode="firearms")],
  [F("wounded", 11, "militia", "CODREB", "gunfire")])
S("2019-10-21", "long", "perpetrator,temporal_clause,actor_context",
  "Four protesters were killed when troops opened fire on a crowd that had gathered outside the presidential palace in Conakry to oppose a new constitution, an opposition coalition said, adding that dozens more had been wounded.",
  [E("ASSAULT", "175", "opened fire", "troops opened fire on a crowd", "troops|army", "GINMIL|GIN", "crowd|protesters", "GINOPP|GINCVL",
     ok="COERCE", rep=True, emb=True, mode="crowd-control"),
   E("PROTEST", "1414", "gathered", "a crowd that had gathered outside the presidential palace in Conakry to oppose a new constitution",
     "crowd|protesters", "GINOPP|GINCVL", "~|Guinea", "~|GINGOV", rep=True, emb=True, mode="demo")],
  [F("killed", 4, "troops", "GINMIL|GIN", "opened fire")])


# --- batch 2: cooperative and diplomatic types, clauses, actors from context ---------------
S("2023-03-21", "wire", "plain",
  "Chinese President Xi Jinping held talks with Vladimir Putin at the Kremlin on Tuesday.",
  [E("CONSULT", "042", "held talks", "Chinese President Xi Jinping held talks with Vladimir Putin", "Xi Jinping|China", "CHNGOV|CHN",
     "Vladimir Putin|Russia", "RUSGOV|RUS", mode="visit")])
S("2024-08-22", "headline", "plain",
  "Modi visits Kyiv weeks after Moscow trip",
  [E("CONSULT", "042", "visits", "Modi visits Kyiv", "Modi|India", "INDGOV|IND", "Kyiv|Ukraine", "UKRGOV|UKR", mode="visit")])
S("2025-02-18", "wire", "actor_context",
  "The foreign minister spoke by phone with his Saudi counterpart on Monday about the situation in Gaza, the ministry in Amman said.",
  [E("CONSULT", "041", "spoke by phone", "The foreign minister spoke by phone with his Saudi counterpart", "foreign minister|Jordan", "JORGOV|JOR",
     "Saudi counterpart|Saudi Arabia", "SAUGOV|SAU", rep=True, mode="phone")])
S("2022-11-14", "lowercase", "relative_clause",
  "Biden, who met Xi for three hours on the sidelines of the G20 summit in Bali, said there was no need for a new Cold War.",
  [E("CONSULT", "044", "met", "Biden, who met Xi for three hours", "Biden|United States", "USAGOV|USA", "Xi|China", "CHNGOV|CHN",
     emb=True, mode="third-party")])
S("2023-05-10", "wire", "embedded_content,igo",
  "Qatar and Egypt agreed to host a new round of indirect negotiations between Israel and Hamas, a diplomat said.",
  [E("AGREE", "036", "agreed", "Qatar and Egypt agreed to host a new round of indirect negotiations", "Qatar", "QATGOV|QAT",
     "~|Israel", "~|ISRGOV", hyp=True, rep=True, content="to host a new round of indirect negotiations between Israel and Hamas")])
S("2024-07-04", "wire", "plain",
  "Norwegian mediators hosted delegations of the Colombian government and the ELN guerrilla group in Oslo for a fourth round of peace talks.",
  [E("CONSULT", "045", "hosted", "Norwegian mediators hosted delegations of the Colombian government and the ELN", "Norwegian mediators|Norway",
     "NORGOV|NOR", "Colombian government|Colombia|ELN", "COLGOV|COL|COLREB", mode="third-party"),
   E("CONSULT", "046", "peace talks", "a fourth round of peace talks", "Colombian government|Colombia", "COLGOV|COL", "ELN", "COLREB", emb=True)])
S("2021-06-16", "long", "temporal_clause,failure",
  "After meeting for nearly four hours in a lakeside villa in Geneva, the U.S. and Russian presidents agreed to return their ambassadors to each other's capitals but failed to find common ground on cyber attacks or Ukraine.",
  [E("AGREE", "032", "agreed", "the U.S. and Russian presidents agreed to return their ambassadors", "U.S. president|United States|Biden",
     "USAGOV|USA", "Russian president|Russia|Putin", "RUSGOV|RUS", content="to return their ambassadors to each other's capitals"),
   E("CONSULT", "044", "meeting", "After meeting for nearly four hours in a lakeside villa in Geneva", "U.S. president|United States",
     "USAGOV|USA", "Russian president|Russia", "RUSGOV|RUS", emb=True, mode="third-party"),
   E("AGREE", "030", "failed to find common ground", "failed to find common ground on cyber attacks or Ukraine", "U.S. president|United States",
     "USAGOV|USA", "Russian president|Russia", "RUSGOV|RUS", neg=True)])
S("2024-02-24", "wire", "plain",
  "Japan pledged $4.5 billion in new financial assistance to Ukraine at a conference on the country's reconstruction.",
  [E("AGREE", "0331", "pledged", "Japan pledged $4.5 billion in new financial assistance to Ukraine", "Japan", "JPNGOV|JPN",
     "Ukraine", "UKRGOV|UKR", ok="AID", hyp=True)])
S("2023-12-14", "lowercase", "partitive,plain",
  "the european union disbursed a further 1.5 billion euros of macro-financial aid to ukraine on thursday.",
  [E("AID", "071", "disbursed", "the european union disbursed a further 1.5 billion euros of macro-financial aid to ukraine", "European Union|EU",
     "IGOEUR", "Ukraine", "UKRGOV|UKR", mode="economic")])
S("2022-04-26", "wire", "plain",
  "Germany will supply Ukraine with Gepard anti-aircraft tanks, the defence minister announced at the U.S. air base in Ramstein.",
  [E("AID", "072", "supply", "Germany will supply Ukraine with Gepard anti-aircraft tanks", "Germany", "DEUGOV|DEU",
     "Ukraine", "UKRGOV|UKRMIL|UKR", ok="AGREE", hyp=True, rep=True, mode="military")])
S("2023-02-09", "headline", "participial",
  "Aid trucks cross into Syria from Turkey carrying tents and blankets for quake survivors",
  [E("AID", "073", "cross into Syria", "Aid trucks cross into Syria from Turkey carrying tents and blankets", "~|Turkey", "~|TUR",
     "Syria|quake survivors", "SYRCVL|SYR", mode="humanitarian")])
S("2024-09-10", "local", "actor_context,plain",
  "The Red Crescent distributed food parcels to 3,000 families displaced by flooding in Maiduguri.",
  [E("AID", "073", "distributed", "The Red Crescent distributed food parcels to 3,000 families", "Red Crescent", "NGAHLH|NGOHLH|NGO",
     "families", "NGACVL|NGA", mode="humanitarian")])
S("2021-08-17", "wire", "plain",
  "Canada offered asylum to 20,000 Afghans who had worked with its military during the war.",
  [E("AID", "075", "offered asylum", "Canada offered asylum to 20,000 Afghans", "Canada", "CANGOV|CAN", "Afghans", "AFGCVL|AFG",
     ok="AGREE", mode="asylum")])
S("2022-01-06", "wire", "igo,relative_clause",
  "The Collective Security Treaty Organisation, which sent paratroopers to Kazakhstan on Thursday, said the force would guard government buildings in Almaty.",
  [E("AID", "074", "sent paratroopers", "which sent paratroopers to Kazakhstan", "Collective Security Treaty Organisation|CSTO", "IGOCST|IGO|RUSMIL",
     "Kazakhstan", "KAZGOV|KAZ", ok="MOBILIZE|COOPERATE", emb=True, mode="peacekeeping")])
S("2020-09-15", "wire", "plain",
  "Bahrain and the United Arab Emirates signed agreements at the White House to normalise relations with Israel.",
  [E("AGREE", "057", "signed agreements", "Bahrain and the United Arab Emirates signed agreements", "Bahrain|United Arab Emirates", "BHRGOV|BHR|AREGOV",
     "Israel", "ISRGOV|ISR", ok="SUPPORT", content="to normalise relations with Israel")])
S("2024-03-07", "lowercase", "plain",
  "sweden formally joined nato on thursday, ending two centuries of military non-alignment.",
  [E("COOPERATE", "062", "joined", "sweden formally joined nato", "Sweden", "SWEGOV|SWE", "NATO", "IGONAT", ok="SUPPORT|AGREE")])
S("2023-08-19", "wire", "plain",
  "Japan, South Korea and the United States agreed at Camp David to hold joint military exercises every year.",
  [E("AGREE", "0312", "agreed", "agreed at Camp David to hold joint military exercises every year", "Japan", "JPNGOV|JPN",
     "South Korea|United States", "KORGOV|USAGOV", hyp=True, content="to hold joint military exercises every year")])
S("2024-10-28", "wire", "plain",
  "Indian and Chinese troops completed disengagement at two friction points along their disputed Himalayan border, Indian army sources said.",
  [E("RETREAT", "0872", "completed disengagement", "Indian and Chinese troops completed disengagement", "Indian troops|India", "INDMIL|IND",
     "Chinese troops|China", "CHNMIL|CHN", rep=True, mode="withdraw")])
S("2022-11-24", "local", "plain",
  "Police in Kerala shared intelligence with their Tamil Nadu counterparts on a gang smuggling gold through Kochi airport.",
  [E("COOPERATE", "064", "shared intelligence", "Police in Kerala shared intelligence with their Tamil Nadu counterparts", "police|Kerala police",
     "INDCOP", "Tamil Nadu counterparts|police", "INDCOP")])
S("2025-04-15", "wire", "plain",
  "Brazil extradited a Paraguayan drug trafficker wanted on money laundering charges to Asuncion on Tuesday.",
  [E("COOPERATE", "063", "extradited", "Brazil extradited a Paraguayan drug trafficker", "Brazil", "BRAGOV|BRAJUD|BRA",
     "Paraguay|Asuncion", "PRYGOV|PRY", ok="COERCE")])
S("2023-01-26", "wire", "relative_clause",
  "The two navies began a joint exercise in the Arabian Sea that Moscow and Beijing described as routine.",
  [E("COOPERATE", "062", "began a joint exercise", "The two navies began a joint exercise in the Arabian Sea", "navies|Russia|China",
     "RUSMIL|CHNMIL|RUS|CHN", "China|Russia|~", "CHNMIL|RUSMIL|~", ok="MOBILIZE")])
S("2024-05-30", "lowercase", "plain",
  "vietnam and the philippines agreed to boost coast guard cooperation in the south china sea.",
  [E("AGREE", "0312", "agreed", "vietnam and the philippines agreed to boost coast guard cooperation", "Vietnam", "VNMGOV|VNM",
     "Philippines", "PHLGOV|PHL", content="to boost coast guard cooperation in the south china sea")])
S("2019-04-11", "wire", "plain",
  "Sudan's army removed President Omar al-Bashir from power after months of street protests.",
  [E("COERCE", "1041", "removed", "Sudan's army removed President Omar al-Bashir from power", "Sudan's army|army|Sudan", "SDNMIL",
     "Omar al-Bashir|Bashir", "SDNGOV", ok="ASSAULT|RETREAT"),
   E("PROTEST", "141", "street protests", "months of street protests", "~|protesters", "~|SDNOPP", "~|Bashir", "~|SDNGOV", emb=True,
     mode="demo")])
S("2022-07-14", "headline", "plain",
  "Sri Lanka's president resigns by email from Singapore",
  [E("RETREAT", "0831", "resigns", "Sri Lanka's president resigns", "president|Sri Lanka", "LKAGOV", "~", "~", ok="CONCEDE",
     mode="resign")])
S("2023-11-24", "wire", "relative_clause",
  "Hamas freed 13 Israeli hostages, who were handed to the Red Cross at the Rafah crossing, on the first day of the truce.",
  [E("RETREAT", "0841", "freed", "Hamas freed 13 Israeli hostages", "Hamas", "PSEREB|PSE", "Israeli hostages|Israel", "ISRCVL|ISR",
     mode="release")])
S("2024-12-09", "lowercase", "actor_context",
  "rebels in the central african republic allowed a un convoy carrying medicine into the besieged city of bangassou on monday.",
  [E("RETREAT", "0863", "allowed", "rebels in the central african republic allowed a un convoy carrying medicine into the besieged city", "rebels", "CAFREB",
     "UN convoy|UN", "IGOUNO", mode="access")])
S("2020-11-10", "wire", "plain",
  "Armenian forces began withdrawing from the Kalbajar district under the ceasefire brokered by Moscow.",
  [E("RETREAT", "0872", "began withdrawing", "Armenian forces began withdrawing from the Kalbajar district", "Armenian forces|Armenia",
     "ARMMIL|ARM", "~|Azerbaijan", "~|AZE", mode="withdraw"),
   E("RETREAT", "0871", "ceasefire", "the ceasefire brokered by Moscow", "Moscow|Russia", "RUSGOV|RUS", "~", "~", emb=True,
     ok="AGREE|CONSULT", mode="ceasefire")])
S("2021-05-21", "headline", "plain",
  "Israel and Hamas ceasefire takes hold after 11 days of fighting",
  [E("RETREAT", "0871", "ceasefire", "Israel and Hamas ceasefire takes hold", "Israel", "ISRGOV|ISRMIL|ISR", "Hamas", "PSEREB|PSE",
     mode="ceasefire"),
   E("ASSAULT", "190", "fighting", "11 days of fighting", "Israel|~", "ISRMIL|~", "Hamas|~", "PSEREB|~", emb=True)])
S("2025-08-01", "wire", "plain",
  "Authorities in Bamako lifted a ban on the activities of political parties imposed by the junta last year.",
  [E("CONCEDE", "0812", "lifted a ban", "Authorities in Bamako lifted a ban on the activities of political parties", "authorities|Mali",
     "MLIGOV|MLIMIL|MLI", "political parties", "MLIPTY", ok="RETREAT"),
   E("COERCE", "1722", "imposed", "imposed by the junta last year", "junta", "MLIMIL|MLIGOV", "political parties", "MLIPTY",
     emb=True, hist=True, mode="restrict")])
S("2022-12-10", "wire", "plain",
  "Iran's attorney general said the morality police had been shut down, a gesture to protesters after weeks of unrest.",
  [E("CONCEDE", "0832", "shut down", "the morality police had been shut down", "~|Iran", "~|IRNGOV", "protesters|~", "IRNOPP|~",
     rep=True),
   E("PROTEST", "145", "unrest", "weeks of unrest", "~|protesters", "~|IRNOPP", "~", "~|IRNGOV", emb=True, mode="riot")])
S("2023-07-26", "local", "plain",
  "The governor eased a 24-hour curfew in Manipur's Imphal valley to allow residents to buy food and medicine.",
  [E("CONCEDE", "0813", "eased a 24-hour curfew", "The governor eased a 24-hour curfew in Manipur's Imphal valley", "governor", "INDGOV|IND",
     "residents", "INDCVL|IND", ok="RETREAT")])
S("2024-06-27", "lowercase", "retraction,plain",
  "kenya's president withdrew the finance bill a day after protesters stormed parliament in nairobi.",
  [E("CONCEDE", "0832", "withdrew", "kenya's president withdrew the finance bill", "president|Kenya|Ruto", "KENGOV|KEN",
     "protesters|~", "KENOPP|~", ok="RETREAT"),
   E("PROTEST", "145", "stormed", "protesters stormed parliament", "protesters", "KENOPP|KENCVL", "parliament", "KENLEG|KENGOV",
     emb=True, mode="riot")])
S("2019-10-19", "wire", "plain",
  "Chile's president declared a state of emergency in Santiago and handed control of security to the army after a night of rioting over metro fares.",
  [E("COERCE", "1724", "declared a state of emergency", "Chile's president declared a state of emergency in Santiago", "president|Chile",
     "CHLGOV|CHL", "~|Santiago", "~|CHLCVL", mode="martial-law"),
   E("PROTEST", "145", "rioting", "a night of rioting over metro fares", "~|rioters", "~|CHLOPP|CHLCVL", "~", "~|CHLGOV", emb=True, mode="riot")])
S("2022-02-21", "wire", "plain",
  "Putin recognised the independence of the self-proclaimed Donetsk and Luhansk people's republics in a televised address.",
  [E("SUPPORT", "054", "recognised", "Putin recognised the independence of the self-proclaimed Donetsk and Luhansk people's republics",
     "Putin|Russia", "RUSGOV|RUS", "Donetsk|Luhansk", "UKRREB|UKR")])
S("2023-04-14", "local", "plain",
  "The archbishop of Manila apologised to victims of clergy abuse at a Mass on Friday.",
  [E("SUPPORT", "055", "apologised", "The archbishop of Manila apologised to victims of clergy abuse", "archbishop", "PHLREL",
     "victims", "PHLCVL")])
S("2024-11-07", "wire", "actor_context",
  "The Kenyan president congratulated Donald Trump on his election victory and said he looked forward to deepening trade ties.",
  [E("SUPPORT", "051", "congratulated", "The Kenyan president congratulated Donald Trump", "Kenyan president|Kenya|Ruto", "KENGOV|KEN",
     "Donald Trump|Trump|United States", "USAGOV|USA")])
S("2020-01-03", "lowercase", "actor_context,plain",
  "the iraqi prime minister condemned the u.s. drone strike that killed iranian general qassem soleimani near baghdad airport.",
  [E("ACCUSE", "111", "condemned", "the iraqi prime minister condemned the u.s. drone strike", "Iraqi prime minister|Iraq", "IRQGOV|IRQ",
     "United States|U.S.", "USA|USAGOV|USAMIL", mode="disapprove"),
   E("ASSAULT", "195", "drone strike", "the u.s. drone strike that killed iranian general qassem soleimani", "U.S.|United States", "USAMIL|USA",
     "Qassem Soleimani|Soleimani|Iran", "IRNMIL", emb=True, mode="drone")],
  [F("killed", 1, "U.S.|United States", "USAMIL|USA", "drone strike")])
S("2024-01-11", "wire", "igo",
  "South Africa accused Israel of genocide in Gaza at the International Court of Justice in The Hague.",
  [E("ACCUSE", "1124", "accused", "South Africa accused Israel of genocide in Gaza", "South Africa", "ZAFGOV|ZAF", "Israel", "ISRGOV|ISR",
     content="genocide in Gaza", mode="allege")])
S("2023-09-18", "wire", "plain",
  "Canada's prime minister said there were credible allegations linking agents of the Indian government to the killing of a Sikh separatist leader in British Columbia.",
  [E("ACCUSE", "1121", "credible allegations", "credible allegations linking agents of the Indian government to the killing", "Canada's prime minister|Canada",
     "CANGOV|CAN", "Indian government|India", "INDGOV|INDSPY|IND", rep=True, content="the killing of a Sikh separatist leader in British Columbia", mode="allege")])
S("2025-03-27", "lowercase", "plain",
  "prosecutors in istanbul opened an investigation into the opposition mayor over alleged corruption.",
  [E("ACCUSE", "091", "opened an investigation", "prosecutors in istanbul opened an investigation into the opposition mayor", "prosecutors",
     "TURJUD|TURGOV", "opposition mayor|mayor", "TUROPP|TURGOV", mode="investigate")])
S("2022-08-04", "wire", "igo",
  "Amnesty International accused Ukrainian forces of endangering civilians by basing troops in residential areas.",
  [E("ACCUSE", "1122", "accused", "Amnesty International accused Ukrainian forces", "Amnesty International|Amnesty", "NGOHRI",
     "Ukrainian forces|Ukraine", "UKRMIL|UKR", content="endangering civilians by basing troops in residential areas", mode="allege")])
S("2024-07-19", "wire", "igo",
  "The ICJ said Israel's continued presence in the occupied Palestinian territories was unlawful.",
  [E("ACCUSE", "116", "was unlawful", "Israel's continued presence in the occupied Palestinian territories was unlawful", "ICJ|International Court of Justice",
     "IGOUNOJUD|IGOJUD", "Israel", "ISRGOV|ISR", rep=True, mode="disapprove")])
S("2023-06-15", "wire", "actor_context",
  "Rights groups in Athens blamed the coast guard for the shipwreck off Pylos in which hundreds of migrants are feared to have drowned.",
  [E("ACCUSE", "112", "blamed", "Rights groups in Athens blamed the coast guard for the shipwreck", "rights groups", "GRCNGO|NGO|GRCCVL",
     "coast guard", "GRCMIL|GRCCOP|GRC", mode="allege")])
S("2019-11-27", "lowercase", "retraction,embedded_content",
  "bolivia's interim government refused to let former president evo morales return to run in new elections.",
  [E("REJECT", "1232", "refused", "bolivia's interim government refused to let former president evo morales return", "Bolivia's interim government|Bolivia",
     "BOLGOV|BOL", "Evo Morales|Morales", "BOLOPP|BOLPTY|BOL", content="to let former president evo morales return to run in new elections")])
S("2024-02-07", "wire", "retraction",
  "Netanyahu rejected Hamas's counter-proposal for a hostage deal as delusional.",
  [E("REJECT", "127", "rejected", "Netanyahu rejected Hamas's counter-proposal", "Netanyahu|Israel", "ISRGOV|ISR", "Hamas", "PSEREB|PSE",
     mode="meet")])
S("2022-10-04", "headline", "retraction",
  "Zelensky rules out talks with Putin",
  [E("REJECT", "125", "rules out", "Zelensky rules out talks with Putin", "Zelensky|Ukraine", "UKRGOV|UKR", "Putin|Russia", "RUSGOV|RUS",
     content="talks with Putin", mode="meet")])
S("2023-12-08", "wire", "igo",
  "The United States vetoed a UN Security Council resolution demanding an immediate humanitarian ceasefire in Gaza.",
  [E("REJECT", "129", "vetoed", "The United States vetoed a UN Security Council resolution", "United States", "USAGOV|USA",
     "UN Security Council|UN", "IGOUNO")])
S("2021-07-22", "wire", "retraction",
  "The Taliban reneged on a pledge to let girls return to secondary schools, a spokesman for the education ministry said.",
  [E("REJECT", "1233", "reneged", "The Taliban reneged on a pledge to let girls return to secondary schools", "Taliban", "AFGGOV|AFGREB|AFG",
     "girls|~", "AFGCVL|AFGEDU|~", rep=True, content="to let girls return to secondary schools")])
S("2025-01-21", "lowercase", "retraction",
  "hundreds of doctors defied a government order to end their strike and stayed away from hospitals in seoul.",
  [E("REJECT", "128", "defied", "hundreds of doctors defied a government order", "doctors", "KORHLH|KORCVL|KOR", "government", "KORGOV",
     ok="PROTEST", content="to end their strike"),
   E("PROTEST", "143", "stayed away from hospitals", "stayed away from hospitals in seoul", "doctors", "KORHLH|KORCVL|KOR", "~|government",
     "~|KORGOV", mode="strike")])
S("2024-04-14", "wire", "embedded_content",
  "Iran warned that it would strike U.S. bases in the region if Washington took part in any Israeli retaliation.",
  [E("THREATEN", "1384", "warned", "Iran warned that it would strike U.S. bases in the region", "Iran", "IRNGOV|IRNMIL|IRN",
     "United States|Washington", "USA|USAMIL|USAGOV", content="it would strike U.S. bases in the region", mode="violence")])
S("2025-04-02", "wire", "embedded_content",
  "Beijing threatened to impose countermeasures on Taipei if the island's president transited through the United States.",
  [E("THREATEN", "131", "threatened", "Beijing threatened to impose countermeasures on Taipei", "Beijing|China", "CHNGOV|CHN",
     "Taipei|Taiwan", "TWNGOV|TWN", content="to impose countermeasures on Taipei")])
S("2023-10-13", "lowercase", "embedded_content,actor_context",
  "the israeli military told 1.1 million people in northern gaza to evacuate south within 24 hours.",
  [E("REQUEST", "100", "told", "the israeli military told 1.1 million people in northern gaza", "Israeli military|Israel", "ISRMIL|ISR",
     "people in northern Gaza|people", "PSECVL|PSE", ok="THREATEN|COERCE", content="to evacuate south within 24 hours")])
S("2024-08-29", "wire", "embedded_content",
  "Russia's foreign ministry warned Western governments against allowing Kyiv to use long-range missiles inside Russian territory.",
  [E("THREATEN", "130", "warned", "Russia's foreign ministry warned Western governments", "Russia's foreign ministry|Russia", "RUSGOV|RUS",
     "Western governments", "~|WST", ok="REQUEST", content="allowing Kyiv to use long-range missiles inside Russian territory")])
S("2022-05-18", "headline", "embedded_content,actor_context",
  "Junta threatens to expel UN envoy from Mali",
  [E("THREATEN", "136", "threatens", "Junta threatens to expel UN envoy from Mali", "junta|Mali", "MLIMIL|MLIGOV", "UN envoy|UN", "IGOUNO",
     content="to expel UN envoy from Mali", mode="expel")])
S("2023-03-09", "wire", "embedded_content",
  "French unions threatened to bring the country to a standstill with rolling strikes unless the government dropped its pension reform.",
  [E("THREATEN", "133", "threatened", "French unions threatened to bring the country to a standstill with rolling strikes", "French unions|unions",
     "FRALAB|FRACVL|FRA", "government|France", "FRAGOV", content="to bring the country to a standstill with rolling strikes")])
S("2024-05-01", "wire", "plain",
  "Tens of thousands of workers marched through Istanbul on May Day in defiance of a ban on rallies in Taksim Square.",
  [E("PROTEST", "141", "marched", "Tens of thousands of workers marched through Istanbul", "workers", "TURLAB|TURCVL|TUR",
     "~|Turkey", "~|TURGOV", mode="demo")])
S("2023-01-10", "lowercase", "plain",
  "nurses across england walked out in the biggest strike in the history of the health service.",
  [E("PROTEST", "143", "walked out", "nurses across england walked out", "nurses", "GBRHLH|GBRLAB|GBR", "~|government", "~|GBRGOV",
     mode="strike")])
S("2022-03-31", "wire", "plain",
  "Imprisoned activist Alaa Abd El-Fattah began a hunger strike in a Cairo prison to demand a consular visit.",
  [E("PROTEST", "142", "began a hunger strike", "Imprisoned activist Alaa Abd El-Fattah began a hunger strike", "Alaa Abd El-Fattah",
     "EGYOPP|EGYCVL", "~|Egypt", "~|EGYGOV", mode="hunger")])
S("2021-02-08", "police", "plain",
  "Farmers blocked highways leading into New Delhi for three hours on Saturday to protest against new agricultural laws.",
  [E("PROTEST", "144", "blocked highways", "Farmers blocked highways leading into New Delhi", "farmers", "INDCVL|IND",
     "~|government", "~|INDGOV", mode="obstruct")])
S("2024-02-05", "headline", "ethnic_group",
  "Ethnic Serbs in north Kosovo protest ban on Serbian dinar",
  [E("PROTEST", "1412", "protest", "Ethnic Serbs in north Kosovo protest ban on Serbian dinar", "ethnic Serbs|Serbs", "XKXCVL|XKX",
     "~|Kosovo", "~|XKXGOV", mode="demo"),
   E("COERCE", "172", "ban", "ban on Serbian dinar", "~|Kosovo", "~|XKXGOV", "~", "~", emb=True, ok="SANCTION", mode="restrict")])
S("2022-09-30", "wire", "plain",
  "The United States imposed sanctions on Russia's central bank governor after Moscow annexed four Ukrainian regions.",
  [E("SANCTION", "163", "imposed sanctions", "The United States imposed sanctions on Russia's central bank governor", "United States", "USAGOV|USA",
     "Russia's central bank governor|Russia", "RUSGOV|RUSBUS|RUS", ok="COERCE"),
   E("COERCE", "192", "annexed", "Moscow annexed four Ukrainian regions", "Moscow|Russia", "RUSGOV|RUS", "Ukraine", "UKR", emb=True,
     ok="ASSAULT", mode="seize")])
S("2023-08-24", "lowercase", "plain",
  "niger's junta expelled the french ambassador and gave him 48 hours to leave the country.",
  [E("SANCTION", "166", "expelled", "niger's junta expelled the french ambassador", "Niger's junta|junta|Niger", "NERMIL|NERGOV|NER",
     "French ambassador|France", "FRAGOV|FRA", ok="COERCE", mode="expel")])
S("2021-12-10", "wire", "plain",
  "Nicaragua broke off diplomatic relations with Taiwan and switched recognition to Beijing.",
  [E("SANCTION", "161", "broke off diplomatic relations", "Nicaragua broke off diplomatic relations with Taiwan", "Nicaragua", "NICGOV|NIC",
     "Taiwan", "TWNGOV|TWN", mode="withdraw"),
   E("SUPPORT", "054", "switched recognition", "switched recognition to Beijing", "Nicaragua", "NICGOV|NIC", "Beijing|China", "CHNGOV|CHN")])
S("2024-01-27", "wire", "plain",
  "Several donor countries suspended funding for the UN agency for Palestinian refugees over allegations that staff took part in the October 7 attack.",
  [E("SANCTION", "162", "suspended funding", "Several donor countries suspended funding for the UN agency for Palestinian refugees", "donor countries",
     "~", "UN agency for Palestinian refugees|UNRWA", "IGOUNO|IGOUNOREF", mode="discontinue")])
S("2022-08-05", "wire", "plain",
  "China halted talks with the United States on climate change and military issues in response to Nancy Pelosi's visit to Taiwan.",
  [E("SANCTION", "164", "halted talks", "China halted talks with the United States", "China", "CHNGOV|CHN", "United States", "USAGOV|USA",
     mode="withdraw"),
   E("CONSULT", "042", "visit", "Nancy Pelosi's visit to Taiwan", "Nancy Pelosi|Pelosi", "USALEG|USA", "Taiwan", "TWNGOV|TWN", emb=True, mode="visit")])
S("2023-03-15", "headline", "plain",
  "Honduras cuts ties with Taiwan, turns to China",
  [E("SANCTION", "161", "cuts ties", "Honduras cuts ties with Taiwan", "Honduras", "HNDGOV|HND", "Taiwan", "TWNGOV|TWN", mode="withdraw")])
S("2022-02-12", "wire", "plain",
  "Russia massed more than 100,000 troops near Ukraine's borders, U.S. officials said.",
  [E("MOBILIZE", "154", "massed", "Russia massed more than 100,000 troops near Ukraine's borders", "Russia", "RUSMIL|RUS", "Ukraine", "UKR",
     rep=True, mode="troops")])
S("2024-10-14", "wire", "plain",
  "China's military staged large-scale drills around Taiwan, simulating a blockade of the island's main ports.",
  [E("MOBILIZE", "152", "staged large-scale drills", "China's military staged large-scale drills around Taiwan", "China's military|China",
     "CHNMIL|CHN", "Taiwan", "TWN|TWNGOV", ok="THREATEN", mode="troops")])
S("2023-08-12", "lowercase", "plain",
  "ecowas ordered the activation of its standby force to restore constitutional order in niger.",
  [E("MOBILIZE", "154", "ordered the activation of its standby force", "ecowas ordered the activation of its standby force", "ECOWAS",
     "IGOWAF", "Niger", "NERMIL|NERGOV|NER", ok="THREATEN", content="to restore constitutional order in niger", mode="troops")])
S("2024-06-21", "police", "actor_context",
  "Hundreds of riot police were deployed around parliament in Nairobi ahead of a vote on the finance bill.",
  [E("MOBILIZE", "153", "deployed", "Hundreds of riot police were deployed around parliament", "riot police|police", "KENCOP",
     "~", "~", mode="police")])
S("2022-09-21", "wire", "plain",
  "Putin announced a partial mobilisation of 300,000 reservists to reinforce Russian forces in Ukraine.",
  [E("MOBILIZE", "154", "announced a partial mobilisation", "Putin announced a partial mobilisation of 300,000 reservists", "Putin|Russia",
     "RUSGOV|RUS", "~|Ukraine", "~|UKR", mode="troops")])
S("2025-05-08", "headline", "plain",
  "Pakistan moves air defence units to Line of Control",
  [E("MOBILIZE", "152", "moves", "Pakistan moves air defence units to Line of Control", "Pakistan", "PAKMIL|PAK", "~|India", "~|IND",
     mode="weapons")])
S("2020-02-02", "wire", "plain",
  "The economy added 225,000 jobs in January, beating forecasts.")
S("2025-07-09", "lowercase", "lemma",
  "the striker was booked for dissent in the 80th minute and will miss saturday's derby.")
S("2023-05-17", "wire", "plain",
  "Brent crude fell below $75 a barrel as investors weighed the prospect of further rate rises.")
S("2024-12-02", "headline", "lemma",
  "Champions bombed out of cup by second-tier side")


# --- batch 3: who killed whom, police and security forces in many countries, arrests --------
S("2024-03-14", "police", "perpetrator,agentless_passive,actor_context",
  "Three villagers were shot dead during a police operation against suspected Maoists in Chhattisgarh's Bijapur district.",
  [E("ASSAULT", "193", "shot dead", "Three villagers were shot dead during a police operation", "police", "INDCOP",
     "villagers", "INDCVL|IND", mode="firearms")],
  [F("killed", 3, "police", "INDCOP", "shot dead")])
S("2023-07-08", "headline", "perpetrator",
  "Teenager killed by police bullet in Nairobi slum protest",
  [E("ASSAULT", "193", "police bullet", "killed by police bullet", "police", "KENCOP", "teenager", "KENCVL|KEN", ok="ASSAULT",
     mode="firearms"),
   E("PROTEST", "141", "protest", "Nairobi slum protest", "~|protesters", "~|KENOPP|KENCVL", "~", "~|KENGOV", emb=True, mode="demo")],
  [F("killed", 1, "police", "KENCOP", "police bullet")])
S("2019-11-25", "police", "perpetrator,pp_noun,actor_context",
  "Iranian rights groups said at least 143 people had died in the security forces' crackdown on protests over fuel prices.",
  [E("ASSAULT", "175", "crackdown", "died in the security forces' crackdown on protests", "security forces", "IRNCOP|IRNMIL|IRN",
     "protesters|~", "IRNOPP|IRNCVL", ok="COERCE", rep=True, emb=True, mode="crowd-control"),
   E("PROTEST", "141", "protests", "protests over fuel prices", "~|protesters", "~|IRNOPP", "~", "~|IRNGOV", rep=True, emb=True, mode="demo")],
  [F("killed", 143, "security forces", "IRNCOP|IRNMIL|IRN", "crackdown")])
S("2025-02-11", "lowercase", "perpetrator,temporal_clause",
  "a 17-year-old boy died after he was hit by a rubber bullet fired by riot police in dhaka's jatrabari area, his father said.",
  [E("ASSAULT", "175", "fired", "a rubber bullet fired by riot police", "riot police|police", "BGDCOP", "boy", "BGDCVL|BGD",
     ok="COERCE", rep=True, emb=True, mode="crowd-control")],
  [F("killed", 1, "riot police|police", "BGDCOP", "fired")])
S("2024-07-20", "police", "perpetrator,actor_context",
  "Bangladeshi troops and police fired on crowds defying a curfew in Dhaka, leaving at least 22 people dead, hospital officials said.",
  [E("ASSAULT", "175", "fired on crowds", "Bangladeshi troops and police fired on crowds", "Bangladeshi troops|police|Bangladesh", "BGDMIL|BGDCOP|BGD",
     "crowds", "BGDOPP|BGDCVL", ok="COERCE", rep=True, mode="crowd-control"),
   E("REJECT", "128", "defying a curfew", "crowds defying a curfew", "crowds", "BGDOPP|BGDCVL", "~", "~|BGDGOV", emb=True, ok="PROTEST")],
  [F("killed", 22, "Bangladeshi troops|police", "BGDMIL|BGDCOP|BGD", "fired on crowds")])
S("2023-06-29", "wire", "perpetrator,agentless_passive",
  "Riots spread to several French cities after a 17-year-old was shot dead by a police officer during a traffic stop in Nanterre.",
  [E("PROTEST", "145", "Riots", "Riots spread to several French cities", "~|rioters", "~|FRACVL|FRAOPP", "~", "~|FRAGOV|FRACOP", mode="riot"),
   E("ASSAULT", "193", "shot dead", "a 17-year-old was shot dead by a police officer", "police officer|police", "FRACOP",
     "17-year-old", "FRACVL|FRA", emb=True, mode="firearms")],
  [F("killed", 1, "police officer|police", "FRACOP", "shot dead")])
S("2020-05-28", "lowercase", "perpetrator,relative_clause",
  "protests erupted in minneapolis over the death of george floyd, who died after a white police officer knelt on his neck for more than nine minutes.",
  [E("PROTEST", "141", "protests erupted", "protests erupted in minneapolis", "~|protesters", "~|USAOPP|USACVL", "~|police", "~|USACOP", mode="demo"),
   E("ASSAULT", "182", "knelt on his neck", "a white police officer knelt on his neck", "police officer", "USACOP", "George Floyd|Floyd",
     "USACVL", emb=True, mode="beat")],
  [F("killed", 1, "police officer", "USACOP", "knelt on his neck")])
S("2021-04-12", "wire", "perpetrator",
  "A Mexican man died of injuries sustained when immigration agents restrained him at a detention centre in Ciudad Juarez.",
  [E("ASSAULT", "182", "restrained", "immigration agents restrained him", "immigration agents", "MEXGOV|MEXCOP|MEX", "man", "MEXCVL",
     emb=True, mode="beat")],
  [F("killed", 1, "immigration agents", "MEXGOV|MEXCOP|MEX", "restrained")])
S("2024-09-18", "police", "perpetrator,actor_context",
  "Soldiers manning a checkpoint in Sinaloa killed a woman and her two children when they fired at a car that failed to stop, state prosecutors said.",
  [E("ASSAULT", "193", "killed", "Soldiers manning a checkpoint in Sinaloa killed a woman and her two children", "soldiers", "MEXMIL",
     "woman|children", "MEXCVL", rep=True, mode="firearms")],
  [F("killed", 3, "soldiers", "MEXMIL", "killed")])
S("2022-01-19", "police", "perpetrator,lemma",
  "Security forces in Khartoum shot and killed seven protesters marching against military rule, medics said.",
  [E("ASSAULT", "175", "shot and killed", "Security forces in Khartoum shot and killed seven protesters", "security forces", "SDNMIL|SDNCOP|SDN",
     "protesters", "SDNOPP|SDNCVL", ok="COERCE", rep=True, mode="crowd-control"),
   E("PROTEST", "1414", "marching", "protesters marching against military rule", "protesters", "SDNOPP|SDNCVL", "~|military", "~|SDNMIL",
     rep=True, emb=True, mode="demo")],
  [F("killed", 7, "security forces", "SDNMIL|SDNCOP|SDN", "shot and killed")])
S("2023-09-01", "wire", "perpetrator,actor_context",
  "The shooting by Congolese soldiers of more than 40 people at an anti-UN rally in Goma drew condemnation from rights groups.",
  [E("ASSAULT", "175", "shooting", "The shooting by Congolese soldiers of more than 40 people", "Congolese soldiers|soldiers|Congo", "CODMIL",
     "people|protesters", "CODOPP|CODCVL", ok="COERCE", mode="crowd-control"),
   E("ACCUSE", "111", "drew condemnation", "drew condemnation from rights groups", "rights groups", "NGO|CODNGO|NGOHRI", "Congolese soldiers", "CODMIL",
     mode="disapprove"),
   E("PROTEST", "141", "anti-UN rally", "an anti-UN rally in Goma", "~|protesters", "~|CODOPP", "UN", "IGOUNO", emb=True, mode="demo")],
  [F("killed", 40, "Congolese soldiers|soldiers", "CODMIL", "shooting")])
S("2021-03-04", "wire", "perpetrator",
  "Myanmar's junta forces killed 38 people in the bloodiest day of protests since the coup, the UN envoy said.",
  [E("ASSAULT", "175", "killed", "Myanmar's junta forces killed 38 people", "junta forces|Myanmar's junta|junta", "MMRMIL",
     "people|protesters", "MMROPP|MMRCVL", ok="COERCE", rep=True, mode="crowd-control")],
  [F("killed", 38, "junta forces|junta", "MMRMIL", "killed")])
S("2024-04-29", "headline", "perpetrator,pp_noun",
  "Five dead in Russian missile strike on Odesa",
  [E("ASSAULT", "195", "missile strike", "Russian missile strike on Odesa", "Russia|Russian", "RUSMIL|RUS", "Odesa|Ukraine", "UKRCVL|UKR",
     mode="aerial")],
  [F("killed", 5, "Russia|Russian", "RUSMIL|RUS", "missile strike")])
S("2025-06-17", "lowercase", "perpetrator,pp_noun",
  "at least 20 people seeking food were killed by israeli fire near an aid distribution site in southern gaza, the health ministry said.",
  [E("ASSAULT", "190", "israeli fire", "killed by israeli fire", "Israel|Israeli", "ISRMIL|ISR", "people", "PSECVL|PSE",
     rep=True, emb=True, mode="firearms")],
  [F("killed", 20, "Israel|Israeli", "ISRMIL|ISR", "israeli fire")])
S("2023-10-18", "wire", "perpetrator,pp_noun",
  "Hundreds of people died in a blast at the al-Ahli hospital in Gaza, for which Hamas and Israel traded blame.",
  [E("ASSAULT", "180", "blast", "died in a blast at the al-Ahli hospital", None, None, "al-Ahli hospital|people", "PSECVL|PSEHLH",
     emb=True),
   E("ACCUSE", "112", "traded blame", "Hamas and Israel traded blame", "Hamas", "PSEREB|PSE", "Israel", "ISR|ISRMIL", mode="allege")])
S("2022-03-16", "wire", "perpetrator,weapon_subject",
  "A Russian bomb destroyed the Mariupol drama theatre where hundreds of civilians had been sheltering, Ukrainian officials said.",
  [E("ASSAULT", "195", "destroyed", "A Russian bomb destroyed the Mariupol drama theatre", "Russia|Russian", "RUSMIL|RUS",
     "Mariupol drama theatre|civilians", "UKRCVL|UKR", rep=True, mode="aerial")])
S("2024-01-03", "wire", "perpetrator,weapon_subject",
  "Two explosions killed at least 84 people at a ceremony marking the anniversary of Qassem Soleimani's death in Kerman.",
  [E("ASSAULT", "183", "killed", "Two explosions killed at least 84 people", None, None, "people", "IRNCVL|IRN", mode="explosives")],
  [F("killed", 84, None, None, "killed")])
S("2023-02-24", "police", "perpetrator,participial,actor_context",
  "Gunmen on motorcycles killed 12 farmers working in their fields near the Burkinabe town of Dori before fleeing towards the border with Niger.",
  [E("ASSAULT", "193", "killed", "Gunmen on motorcycles killed 12 farmers", "gunmen", "BFAREB|REB", "farmers", "BFACVL|BFA", mode="firearms")],
  [F("killed", 12, "gunmen", "BFAREB|REB", "killed")])
S("2024-05-16", "wire", "perpetrator,participial",
  "Nigerian air force jets bombed a village in Zamfara state, killing at least 16 people who had gathered for a wedding, residents said.",
  [E("ASSAULT", "195", "bombed", "Nigerian air force jets bombed a village", "Nigerian air force|Nigeria", "NGAMIL|NGA",
     "village|people", "NGACVL|NGA", rep=True, mode="aerial")],
  [F("killed", 16, "Nigerian air force|Nigeria", "NGAMIL|NGA", "bombed")])
S("2023-12-04", "lowercase", "perpetrator",
  "an army drone strike mistakenly hit a religious gathering in kaduna state, killing dozens of civilians, the governor said.",
  [E("ASSAULT", "195", "drone strike", "an army drone strike mistakenly hit a religious gathering", "army", "NGAMIL|NGA",
     "religious gathering|civilians", "NGACVL|NGAREL", rep=True, mode="drone")])
S("2022-06-05", "police", "perpetrator,temporal_clause",
  "Two suspected kidnappers were lynched by a mob in Puebla after villagers accused them of trying to snatch a child.",
  [E("ASSAULT", "1823", "lynched", "Two suspected kidnappers were lynched by a mob", "mob|villagers", "MEXCVL|MEX", "kidnappers",
     "MEXCRM|MEXCVL", mode="primitive"),
   E("ACCUSE", "1121", "accused", "villagers accused them of trying to snatch a child", "villagers", "MEXCVL|MEX", "kidnappers",
     "MEXCRM|MEXCVL", emb=True, content="trying to snatch a child", mode="allege")],
  [F("killed", 2, "mob|villagers", "MEXCVL|MEX", "lynched")])
S("2024-11-22", "local", "perpetrator,agentless_passive",
  "A motorcycle taxi driver was beaten to death in a police cell in Kampala, a coroner's inquest heard.",
  [E("ASSAULT", "1823", "beaten to death", "A motorcycle taxi driver was beaten to death in a police cell", "~|police", "~|UGACOP",
     "motorcycle taxi driver|driver", "UGACVL|UGA", rep=True, mode="beat")],
  [F("killed", 1, "~|police", "~|UGACOP", "beaten to death")])
S("2025-08-14", "long", "perpetrator,relative_clause,temporal_clause",
  "Police said the man, who had been wanted for a series of armed robberies in Durban, was killed in a shootout with officers of the provincial tactical unit when they tried to arrest him at a house in Umlazi.",
  [E("ASSAULT", "193", "shootout", "killed in a shootout with officers of the provincial tactical unit", "officers|provincial tactical unit|police",
     "ZAFCOP", "man", "ZAFCRM|ZAFCVL", rep=True, emb=True, mode="firearms"),
   E("COERCE", "173", "arrest", "they tried to arrest him", "officers|police", "ZAFCOP", "man", "ZAFCRM|ZAFCVL", emb=True, hyp=True,
     mode="arrest")],
  [F("killed", 1, "officers|provincial tactical unit|police", "ZAFCOP", "shootout")])
S("2023-05-22", "police", "perpetrator,actor_context",
  "Philippine troops killed four New People's Army guerrillas in a clash in Negros Oriental, the army said.",
  [E("ASSAULT", "193", "killed", "Philippine troops killed four New People's Army guerrillas", "Philippine troops|Philippines|troops", "PHLMIL",
     "New People's Army|guerrillas", "PHLREB", rep=True, mode="firearms")],
  [F("killed", 4, "Philippine troops|troops", "PHLMIL", "killed")])
S("2024-10-03", "lowercase", "perpetrator,pp_noun",
  "six pilgrims were wounded in a grenade attack by suspected militants on a bus in jammu's reasi district.",
  [E("ASSAULT", "183", "grenade attack", "a grenade attack by suspected militants on a bus", "militants", "INDREB|PAKREB",
     "pilgrims|bus", "INDCVL|IND", emb=True, mode="explosives")],
  [F("wounded", 6, "militants", "INDREB|PAKREB", "grenade attack")])
S("2022-11-29", "wire", "perpetrator",
  "Pakistani Taliban militants killed three police officers guarding a polio vaccination team in Lakki Marwat district.",
  [E("ASSAULT", "193", "killed", "Pakistani Taliban militants killed three police officers", "Pakistani Taliban|militants", "PAKREB",
     "police officers", "PAKCOP", mode="firearms")],
  [F("killed", 3, "Pakistani Taliban|militants", "PAKREB", "killed")])
S("2025-01-06", "police", "perpetrator,actor_context",
  "Pakistani security forces killed 10 militants in an intelligence-based operation in North Waziristan, the military's media wing said.",
  [E("ASSAULT", "193", "killed", "Pakistani security forces killed 10 militants", "Pakistani security forces|security forces|Pakistan",
     "PAKMIL|PAK", "militants", "PAKREB", rep=True)],
  [F("killed", 10, "Pakistani security forces|security forces", "PAKMIL|PAK", "killed")])
S("2021-10-10", "headline", "perpetrator,agentless_passive",
  "Protester dies of wounds after Baghdad clashes with security forces",
  [E("ASSAULT", "175", "clashes", "Baghdad clashes with security forces", "security forces", "IRQCOP|IRQMIL|IRQ", "protester", "IRQOPP|IRQCVL",
     ok="PROTEST|COERCE", emb=True)],
  [F("killed", 1, "security forces", "IRQCOP|IRQMIL|IRQ", "clashes")])
S("2023-01-24", "wire", "perpetrator,participial",
  "Peruvian police fired tear gas and live rounds at demonstrators demanding the president's resignation, killing one man in Lima.",
  [E("ASSAULT", "175", "fired tear gas and live rounds", "Peruvian police fired tear gas and live rounds at demonstrators",
     "Peruvian police|police|Peru", "PERCOP", "demonstrators", "PEROPP|PERCVL", ok="COERCE", mode="crowd-control"),
   E("REQUEST", "1041", "demanding", "demonstrators demanding the president's resignation", "demonstrators", "PEROPP|PERCVL",
     "president", "PERGOV", emb=True, ok="PROTEST", content="the president's resignation")],
  [F("killed", 1, "Peruvian police|police", "PERCOP", "fired tear gas and live rounds")])
S("2020-10-21", "wire", "perpetrator",
  "Amnesty International said soldiers opened fire on peaceful protesters at the Lekki toll gate in Lagos, killing at least 12 people.",
  [E("ASSAULT", "175", "opened fire", "soldiers opened fire on peaceful protesters at the Lekki toll gate", "soldiers", "NGAMIL|NGA",
     "peaceful protesters|protesters", "NGAOPP|NGACVL", ok="COERCE", rep=True, mode="crowd-control"),
],
  [F("killed", 12, "soldiers", "NGAMIL|NGA", "opened fire")])
S("2024-06-03", "local", "perpetrator,agentless_passive",
  "The body of a young man who had been tortured in custody was handed to his family in Sao Paulo, and two military police officers were suspended.",
  [E("ASSAULT", "1822", "tortured", "a young man who had been tortured in custody", "~|military police", "~|BRACOP", "young man", "BRACVL|BRA",
     emb=True, mode="torture"),
   E("COERCE", "172", "suspended", "two military police officers were suspended", "~", "~|BRAGOV|BRACOP", "military police officers",
     "BRACOP", ok="SANCTION")],
  [F("killed", 1, "~|military police", "~|BRACOP", "tortured")])
S("2025-03-19", "police", "perpetrator,relative_clause,actor_context",
  "A police raid that targeted a gang hideout in Port-au-Prince's Cite Soleil left five gang members and a bystander dead.",
  [E("ASSAULT", "190", "police raid", "A police raid that targeted a gang hideout", "police", "HTICOP", "gang members|gang",
     "HTICRM|HTIREB")],
  [F("killed", 6, "police", "HTICOP", "police raid")])
S("2022-08-10", "wire", "perpetrator",
  "Four Kenyan election officials were found dead days after they were abducted by unidentified men in Nairobi.",
  [E("ASSAULT", "181", "abducted", "they were abducted by unidentified men", "unidentified men", "~|KEN", "election officials",
     "KENGOV|KEN", emb=True, mode="abduct")],
  [F("killed", 4, "~|unidentified men", "~|KEN", "abducted")])
S("2023-10-07", "long", "perpetrator,participial",
  "Hamas gunmen who crossed the fence into southern Israel at dawn killed more than 1,100 people, most of them civilians, and took about 250 hostages back into Gaza, according to Israeli tallies.",
  [E("ASSAULT", "190", "killed", "Hamas gunmen who crossed the fence into southern Israel at dawn killed more than 1,100 people", "Hamas|Hamas gunmen",
     "PSEREB|PSE", "people|civilians|Israel", "ISRCVL|ISR", rep=True),
   E("ASSAULT", "181", "took about 250 hostages", "took about 250 hostages back into Gaza", "Hamas|Hamas gunmen", "PSEREB|PSE",
     "hostages|Israel", "ISRCVL|ISR", rep=True, mode="abduct")],
  [F("killed", 1100, "Hamas|Hamas gunmen", "PSEREB|PSE", "killed")])
S("2021-11-19", "police", "phrasal_arrest",
  "Ethiopian police have rounded up hundreds of ethnic Tigrayans in Addis Ababa since the government declared a state of emergency.",
  [E("COERCE", "173", "rounded up", "Ethiopian police have rounded up hundreds of ethnic Tigrayans", "Ethiopian police|police|Ethiopia", "ETHCOP",
     "ethnic Tigrayans|Tigrayans", "ETHCVL|ETH", mode="arrest"),
   E("COERCE", "1724", "declared a state of emergency", "the government declared a state of emergency", "government|Ethiopia", "ETHGOV",
     "~", "~", emb=True, mode="martial-law")])
S("2024-10-09", "lowercase", "phrasal_arrest,actor_context",
  "officers from the national crime agency picked up a 52-year-old man at manchester airport on suspicion of people smuggling.",
  [E("COERCE", "173", "picked up", "officers from the national crime agency picked up a 52-year-old man", "National Crime Agency|officers",
     "GBRCOP", "man", "GBRCRM|GBRCVL|GBR", mode="arrest")],
  [F("arrested", 1, "National Crime Agency|officers", "GBRCOP", "picked up")])
S("2023-02-15", "police", "phrasal_arrest",
  "Police in Tamil Nadu took 27 fishermen into custody after they were found with banned nets off the coast of Rameswaram.",
  [E("COERCE", "173", "took 27 fishermen into custody", "Police in Tamil Nadu took 27 fishermen into custody", "police", "INDCOP",
     "fishermen", "INDCVL|IND", mode="arrest")],
  [F("arrested", 27, "police", "INDCOP", "took 27 fishermen into custody")])
S("2024-12-12", "local", "phrasal_arrest",
  "A Karachi court remanded three suspects in police custody for 14 days over the killing of a journalist.",
  [E("COERCE", "173", "remanded", "A Karachi court remanded three suspects in police custody", "Karachi court|court", "PAKJUD",
     "suspects", "PAKCRM|PAKCVL|PAK", mode="arrest"),
   E("ASSAULT", "1823", "killing", "the killing of a journalist", "suspects|~", "PAKCRM|~", "journalist", "PAKMED", emb=True)],
  [F("detained", 3, "Karachi court|court", "PAKJUD", "remanded"), F("killed", 1, "suspects|~", "PAKCRM|~", "killing")])
S("2022-04-19", "headline", "phrasal_arrest",
  "Hong Kong police nab six over 'seditious' publications",
  [E("COERCE", "173", "nab", "Hong Kong police nab six", "Hong Kong police|police", "HKGCOP|CHNCOP", "~", "HKGCVL|HKGOPP|CHNCVL",
     mode="arrest")],
  [F("arrested", 6, "Hong Kong police|police", "HKGCOP|CHNCOP", "nab")])
S("2023-09-06", "lowercase", "phrasal_arrest",
  "mumbai police booked a film producer and two others for cheating investors of 40 million rupees.",
  [E("COERCE", "173", "booked", "mumbai police booked a film producer and two others", "Mumbai police|police", "INDCOP",
     "film producer", "INDBUS|INDCVL|IND", ok="ACCUSE", mode="arrest")],
  [F("arrested", 3, "Mumbai police|police", "INDCOP", "booked")])
S("2021-01-17", "wire", "phrasal_arrest,temporal_clause",
  "Alexei Navalny was detained at a Moscow airport minutes after his plane landed from Berlin, where he had been treated for poisoning.",
  [E("COERCE", "173", "detained", "Alexei Navalny was detained at a Moscow airport", "~|police", "~|RUSCOP|RUSGOV", "Alexei Navalny|Navalny",
     "RUSOPP", mode="arrest")],
  [F("detained", 1, "~|police", "~|RUSCOP|RUSGOV", "detained")])
S("2024-01-25", "police", "phrasal_arrest,agentless_passive",
  "Sixty-eight migrants were held at a checkpoint in Chiapas and sent to an immigration detention centre in Tapachula.",
  [E("COERCE", "173", "held", "Sixty-eight migrants were held at a checkpoint in Chiapas", "~", "~|MEXGOV|MEXCOP", "migrants", "~|MEXCVL",
     mode="arrest")],
  [F("detained", 68, "~", "~|MEXGOV|MEXCOP", "held")])
S("2025-04-30", "wire", "phrasal_arrest",
  "Tanzanian police arrested opposition leader Tundu Lissu at a rally in Mbinga and later charged him with treason.",
  [E("COERCE", "173", "arrested", "Tanzanian police arrested opposition leader Tundu Lissu", "Tanzanian police|police|Tanzania", "TZACOP",
     "Tundu Lissu|Lissu", "TZAOPP", mode="arrest"),
   E("ACCUSE", "1125", "charged", "charged him with treason", "Tanzanian police|police|~", "TZACOP|TZAJUD|TZAGOV", "Tundu Lissu|Lissu",
     "TZAOPP", ok="COERCE", mode="allege")],
  [F("arrested", 1, "Tanzanian police|police", "TZACOP", "arrested")])
S("2022-10-02", "lowercase", "phrasal_arrest",
  "kurdish activists said dozens of students were hauled off to jail after protests at universities in sanandaj.",
  [E("COERCE", "173", "hauled off to jail", "dozens of students were hauled off to jail", "~", "~|IRNCOP|IRNGOV", "students", "IRNEDU|IRNOPP|IRNCVL",
     rep=True, mode="arrest"),
   E("PROTEST", "141", "protests", "protests at universities in sanandaj", "students|~", "IRNEDU|IRNOPP|~", "~", "~|IRNGOV", rep=True, emb=True,
     mode="demo")])
S("2024-08-27", "police", "phrasal_arrest,actor_context",
  "The Telegram founder was taken into custody by French police after his private jet landed at Le Bourget airport.",
  [E("COERCE", "173", "taken into custody", "taken into custody by French police", "French police|police|France", "FRACOP",
     "Telegram founder", "~|BUS", mode="arrest")],
  [F("arrested", 1, "French police|police", "FRACOP", "taken into custody")])
S("2023-07-03", "wire", "phrasal_arrest",
  "Police in Kenya's capital hauled in 312 people during anti-government protests called by the opposition over the cost of living.",
  [E("COERCE", "173", "hauled in", "Police in Kenya's capital hauled in 312 people", "police", "KENCOP", "people|protesters", "KENOPP|KENCVL",
     mode="arrest"),
   E("PROTEST", "141", "protests", "anti-government protests called by the opposition", "opposition", "KENOPP", "~|government", "~|KENGOV",
     emb=True, mode="demo")],
  [F("arrested", 312, "police", "KENCOP", "hauled in")])
S("2025-10-14", "lowercase", "phrasal_arrest",
  "cid detectives in nakuru apprehended a suspect linked to the murder of a businessman after a two-week manhunt.",
  [E("COERCE", "173", "apprehended", "cid detectives in nakuru apprehended a suspect", "CID detectives|detectives", "KENCOP", "suspect",
     "KENCRM|KENCVL|KEN", mode="arrest"),
   E("ASSAULT", "1823", "murder", "the murder of a businessman", "suspect|~", "KENCRM|~", "businessman", "KENBUS|KENCVL", emb=True)],
  [F("arrested", 1, "CID detectives|detectives", "KENCOP", "apprehended"), F("killed", 1, "suspect|~", "KENCRM|~", "murder")])
S("2024-05-14", "headline", "phrasal_arrest",
  "Ex-president jailed for seven years for corruption",
  [E("SANCTION", "173", "jailed", "Ex-president jailed for seven years", "~|court", "~|JUD", "ex-president|Ex-president", "GOV",
     ok="COERCE|ACCUSE", mode="convict")],
  [F("arrested", 1, "~|court", "~|JUD", "jailed")])
S("2022-12-07", "wire", "phrasal_arrest",
  "German police detained 25 members of a far-right network suspected of plotting to storm parliament in Berlin.",
  [E("COERCE", "173", "detained", "German police detained 25 members of a far-right network", "German police|police|Germany", "DEUCOP",
     "far-right network|members", "DEUREB|DEUCVL|DEUOPP", mode="arrest")],
  [F("detained", 25, "German police|police", "DEUCOP", "detained")])
S("2021-08-22", "police", "phrasal_arrest,actor_context",
  "Police in Kampala locked up an opposition MP for a night after he led a march against rising fuel prices.",
  [E("COERCE", "173", "locked up", "Police in Kampala locked up an opposition MP", "police", "UGACOP", "opposition MP", "UGAOPP|UGALEG",
     mode="arrest"),
   E("PROTEST", "141", "march", "he led a march against rising fuel prices", "opposition MP", "UGAOPP|UGALEG", "~", "~|UGAGOV",
     emb=True, mode="demo")],
  [F("arrested", 1, "police", "UGACOP", "locked up")])
S("2024-06-19", "lowercase", "hypothetical_arrest",
  "the opposition leader would have been detained at the airport had he not cancelled his flight, a police source said.",
  [E("COERCE", "173", "detained", "would have been detained at the airport", "~|police", "~|COP", "opposition leader", "OPP",
     hyp=True, rep=True, mode="arrest")])
S("2023-11-15", "wire", "hypothetical_arrest",
  "Journalists who publish the leaked documents could be arrested under the new security law, the information minister warned.",
  [E("THREATEN", "1321", "warned", "the information minister warned", "information minister", "GOV", "journalists", "MED",
     ok="COERCE", content="Journalists who publish the leaked documents could be arrested under the new security law", mode="arrest")])
S("2025-02-27", "wire", "hypothetical_arrest,igo",
  "Mongolia faces pressure over whether it will detain the Russian president during his visit, as an ICC member state it would be required to arrest him.",
  [E("COERCE", "173", "arrest", "it would be required to arrest him", "Mongolia", "MNGGOV|MNG", "Russian president|Russia", "RUSGOV",
     hyp=True, mode="arrest")])
S("2022-06-01", "headline", "hypothetical_arrest",
  "Protest leaders face arrest if rally goes ahead, police chief says",
  [E("THREATEN", "137", "face arrest", "Protest leaders face arrest if rally goes ahead", "police chief|police", "COP",
     "protest leaders", "OPP", ok="COERCE", hyp=False, rep=True, content="arrest", mode="arrest")])
S("2024-03-22", "wire", "background_arrest,relative_clause",
  "The former prime minister, whose arrest last May set off riots across Pakistan, was acquitted in a corruption case.",
  [E("CONCEDE", "0812", "acquitted", "was acquitted in a corruption case", "~|court", "~|PAKJUD", "former prime minister|Imran Khan",
     "PAKOPP|PAKPTY|PAK", ok="RETREAT|SUPPORT"),
   E("COERCE", "173", "arrest", "whose arrest last May", "~", "~|PAKCOP|PAKGOV", "former prime minister", "PAKOPP|PAKPTY|PAK", emb=True,
     hist=True, mode="arrest"),
   E("PROTEST", "145", "riots", "set off riots across Pakistan", "~", "~|PAKOPP", "~", "~|PAKGOV|PAKMIL", emb=True, hist=True, mode="riot")])
S("2023-12-20", "lowercase", "background_arrest",
  "since his detention in 2020 the blogger has been held without trial in a prison outside minsk.",
  [E("COERCE", "173", "detention", "since his detention in 2020", "~", "~|BLRGOV|BLRCOP", "blogger", "BLRMED|BLROPP", emb=True, hist=True,
     mode="arrest")])
S("2025-05-13", "wire", "background_arrest,not_arrest",
  "A court in Tunis sentenced the opposition figure, arrested two years ago, to 14 years in prison on charges of plotting against the state.",
  [E("SANCTION", "173", "sentenced", "A court in Tunis sentenced the opposition figure", "court", "TUNJUD", "opposition figure", "TUNOPP",
     ok="COERCE|ACCUSE", mode="convict"),
   E("COERCE", "173", "arrested", "arrested two years ago", "~", "~|TUNCOP|TUNGOV", "opposition figure", "TUNOPP", emb=True, hist=True,
     mode="arrest")])
S("2024-07-08", "wire", "background_arrest",
  "Released on bail in March after a year in custody, the activist was arrested again on Monday outside her home in Lahore.",
  [E("COERCE", "173", "arrested", "the activist was arrested again", "~|police", "~|PAKCOP", "activist", "PAKOPP|PAKCVL", mode="arrest"),
   E("RETREAT", "0841", "Released on bail", "Released on bail in March", "~|court", "~|PAKJUD", "activist", "PAKOPP|PAKCVL", emb=True,
     hist=True, mode="release")],
  [F("arrested", 1, "~|police", "~|PAKCOP", "arrested")])
S("2022-03-29", "local", "not_arrest",
  "The mayor was summoned to appear before an anti-corruption panel in Nairobi next week.",
  [E("ACCUSE", "091", "summoned", "The mayor was summoned to appear before an anti-corruption panel", "anti-corruption panel", "KENGOV|KENJUD",
     "mayor", "KENGOV|KEN", ok="CONSULT|COERCE", mode="investigate")])
S("2023-04-04", "wire", "not_arrest",
  "A New York grand jury indicted Donald Trump on 34 counts of falsifying business records.",
  [E("ACCUSE", "1121", "indicted", "A New York grand jury indicted Donald Trump", "grand jury", "USAJUD", "Donald Trump|Trump", "USAPTY|USA|USAGOV",
     ok="COERCE", mode="allege")])
S("2024-02-16", "lowercase", "not_arrest,plain",
  "the company was charged with misleading investors about the safety of its lithium batteries.",
  [E("ACCUSE", "1121", "charged", "the company was charged with misleading investors", "~|prosecutors", "~|JUD|GOV", "company", "BUS",
     ok="COERCE", content="misleading investors about the safety of its lithium batteries", mode="allege")])
S("2025-09-22", "wire", "not_arrest",
  "The new measures arrested the rise in burglaries in the city centre, the police commissioner told councillors.")
S("2020-03-19", "lowercase", "not_arrest",
  "the singer suffered a cardiac arrest on stage in lagos and was rushed to hospital.")


# --- batch 4: content of speech acts, light verbs, partitives, obligation, failure ---------
S("2024-11-26", "wire", "embedded_content",
  "Israel's security cabinet agreed to a ceasefire with Hezbollah that requires its troops to leave southern Lebanon within 60 days.",
  [E("AGREE", "037", "agreed", "Israel's security cabinet agreed to a ceasefire with Hezbollah", "Israel's security cabinet|Israel", "ISRGOV|ISR",
     "Hezbollah", "LBNREB|LBN", ok="RETREAT", content="a ceasefire with Hezbollah")])
S("2022-07-22", "wire", "embedded_content,igo",
  "Russia and Ukraine agreed in Istanbul to let grain ships sail from Black Sea ports under a deal brokered by Turkey and the United Nations.",
  [E("AGREE", "0355", "agreed", "Russia and Ukraine agreed in Istanbul to let grain ships sail", "Russia", "RUSGOV|RUS", "Ukraine", "UKRGOV|UKR",
     content="to let grain ships sail from Black Sea ports"),
   E("CONSULT", "045", "brokered", "a deal brokered by Turkey and the United Nations", "Turkey|United Nations", "TURGOV|TUR|IGOUNO",
     "~", "~", emb=True, ok="AGREE")])
S("2025-01-15", "lowercase", "embedded_content",
  "the rebels offered to hand over the airport to a neutral force if government troops pulled back from the outskirts of goma.",
  [E("AGREE", "0356", "offered", "the rebels offered to hand over the airport to a neutral force", "rebels", "CODREB", "~|government", "~|CODGOV",
     ok="RETREAT", hyp=True, content="to hand over the airport to a neutral force")])
S("2023-04-06", "wire", "embedded_content,temporal_clause,actor_context",
  "The Saudi foreign minister invited his Iranian counterpart to visit Riyadh after the two countries agreed to reopen their embassies.",
  [E("REQUEST", "106", "invited", "The Saudi foreign minister invited his Iranian counterpart", "Saudi foreign minister|Saudi Arabia", "SAUGOV|SAU",
     "Iranian counterpart|Iran", "IRNGOV|IRN", ok="CONSULT|AGREE", content="to visit Riyadh", mode="meet"),
   E("AGREE", "032", "agreed", "the two countries agreed to reopen their embassies", "Saudi Arabia", "SAUGOV|SAU", "Iran", "IRNGOV|IRN",
     emb=True, content="to reopen their embassies")])
S("2024-02-29", "wire", "embedded_content",
  "The French president said he could not rule out sending Western ground troops to Ukraine.",
  [E("AGREE", "0332", "could not rule out", "could not rule out sending Western ground troops to Ukraine", "French president|France|Macron",
     "FRAGOV|FRA", "Ukraine", "UKRGOV|UKR", ok="MOBILIZE|THREATEN", hyp=True, rep=True, content="sending Western ground troops to Ukraine")])
S("2021-09-02", "lowercase", "embedded_content",
  "the taliban promised to let foreigners and afghans with travel documents leave the country after the us withdrawal.",
  [E("AGREE", "035", "promised", "the taliban promised to let foreigners and afghans with travel documents leave the country", "Taliban",
     "AFGGOV|AFGREB|AFG", "foreigners|Afghans", "~|AFGCVL", ok="RETREAT", hyp=True,
     content="to let foreigners and afghans with travel documents leave the country")])
S("2022-12-15", "wire", "embedded_content,actor_context",
  "The Chadian prime minister pledged to hold a national dialogue with rebel groups before the end of the transition.",
  [E("AGREE", "036", "pledged", "The Chadian prime minister pledged to hold a national dialogue with rebel groups", "Chadian prime minister|Chad",
     "TCDGOV|TCD", "rebel groups", "TCDREB", hyp=True, content="to hold a national dialogue with rebel groups")])
S("2023-05-26", "wire", "embedded_content",
  "Washington called on Belgrade and Pristina to de-escalate immediately after clashes between NATO peacekeepers and Serb protesters in Zvecan.",
  [E("REQUEST", "1056", "called on", "Washington called on Belgrade and Pristina", "Washington|United States", "USAGOV|USA", "Belgrade|Serbia",
     "SRBGOV|SRB", content="to de-escalate immediately", mode="yield"),
   E("ASSAULT", "190", "clashes", "clashes between NATO peacekeepers and Serb protesters", "Serb protesters|~", "XKXCVL|XKX|~",
     "NATO peacekeepers|NATO", "IGONAT", ok="PROTEST", emb=True)])
S("2024-09-12", "wire", "embedded_content,igo",
  "The World Health Organization appealed for $250 million to vaccinate children against polio in Gaza.",
  [E("REQUEST", "1033", "appealed", "The World Health Organization appealed for $250 million", "World Health Organization|WHO", "IGOUNOHLH|IGOUNO",
     "~", "~", content="$250 million to vaccinate children against polio in Gaza", mode="assist")])
S("2020-11-16", "lowercase", "embedded_content,actor_context",
  "the tigrayan leader asked the african union to condemn what he called the federal government's war on his region.",
  [E("REQUEST", "102", "asked", "the tigrayan leader asked the african union", "Tigrayan leader|TPLF", "ETHREB|ETHGOV|ETH", "African Union|AU",
     "IGOAFU", content="to condemn what he called the federal government's war on his region", mode="assist")])
S("2023-10-26", "headline", "embedded_content,igo",
  "EU leaders call for 'humanitarian pauses' in Gaza",
  [E("REQUEST", "1056", "call for", "EU leaders call for 'humanitarian pauses' in Gaza", "EU leaders|EU", "IGOEUR", "~|Israel", "~|ISR|ISRGOV",
     content="'humanitarian pauses' in Gaza", mode="yield")])
S("2022-02-25", "wire", "embedded_content",
  "Ukraine's president asked European leaders to cut Russia off from the SWIFT payments system.",
  [E("REQUEST", "1042", "asked", "Ukraine's president asked European leaders", "Ukraine's president|Ukraine|Zelensky", "UKRGOV|UKR",
     "European leaders|EU", "IGOEUR|~", content="to cut Russia off from the SWIFT payments system", mode="change")])
S("2024-04-16", "wire", "embedded_content",
  "Opposition parties in Dakar demanded that the election be held before the president's term ends in April.",
  [E("REQUEST", "1044", "demanded", "Opposition parties in Dakar demanded that the election be held", "opposition parties", "SENOPP|SENPTY",
     "~|president", "~|SENGOV", content="that the election be held before the president's term ends in April", mode="change")])
S("2025-06-02", "wire", "embedded_content",
  "Moscow accused Kyiv of blowing up two railway bridges in the Bryansk and Kursk regions on the eve of talks in Istanbul.",
  [E("ACCUSE", "1123", "accused", "Moscow accused Kyiv of blowing up two railway bridges", "Moscow|Russia", "RUSGOV|RUS", "Kyiv|Ukraine",
     "UKRGOV|UKRMIL|UKR", content="blowing up two railway bridges in the Bryansk and Kursk regions", mode="allege")])
S("2023-08-31", "lowercase", "embedded_content",
  "the gabonese opposition accused the ruling party of rigging the presidential vote hours before soldiers seized power in libreville.",
  [E("ACCUSE", "1121", "accused", "the gabonese opposition accused the ruling party of rigging the presidential vote", "Gabonese opposition|opposition",
     "GABOPP", "ruling party", "GABPTY|GABGOV", content="rigging the presidential vote", mode="allege"),
   E("COERCE", "1041", "seized power", "soldiers seized power in libreville", "soldiers", "GABMIL", "~|government", "~|GABGOV", emb=True,
     ok="ASSAULT")])
S("2024-12-19", "wire", "embedded_content",
  "Rwanda denied sending troops into eastern Congo and accused Kinshasa of arming Hutu militias.",
  [E("AID", "072", "sending troops", "Rwanda denied sending troops into eastern Congo", "Rwanda", "RWAGOV|RWAMIL|RWA", "~|M23", "~|CODREB",
     ok="MOBILIZE|ASSAULT", neg=True),
   E("ACCUSE", "1123", "accused", "accused Kinshasa of arming Hutu militias", "Rwanda", "RWAGOV|RWA", "Kinshasa|Congo", "CODGOV|COD",
     content="arming Hutu militias", mode="allege")])
S("2022-10-17", "wire", "embedded_content",
  "North Korea vowed to respond with a 'powerful military counteraction' to joint drills by South Korean and U.S. forces.",
  [E("THREATEN", "138", "vowed", "North Korea vowed to respond with a 'powerful military counteraction'", "North Korea", "PRKGOV|PRKMIL|PRK",
     "South Korea|United States", "KORMIL|KOR|USAMIL", content="to respond with a 'powerful military counteraction'", mode="violence"),
   E("COOPERATE", "062", "joint drills", "joint drills by South Korean and U.S. forces", "South Korean forces|South Korea", "KORMIL|KOR",
     "U.S. forces|United States", "USAMIL|USA", emb=True, ok="MOBILIZE")])
S("2023-12-11", "wire", "embedded_content",
  "Venezuela's president threatened to annex the disputed Essequibo region after a referendum he said showed overwhelming support.",
  [E("THREATEN", "1382", "threatened", "Venezuela's president threatened to annex the disputed Essequibo region", "Venezuela's president|Venezuela|Maduro",
     "VENGOV|VEN", "~|Guyana", "~|GUY|GUYGOV", content="to annex the disputed Essequibo region", mode="territory")])
S("2024-03-01", "lowercase", "embedded_content",
  "teachers' unions warned they would boycott the national exams unless the government paid salary arrears.",
  [E("THREATEN", "133", "warned", "teachers' unions warned they would boycott the national exams", "teachers' unions|unions", "EDU|LAB",
     "government", "GOV", content="they would boycott the national exams")])
S("2025-03-10", "headline", "embedded_content",
  "Trump threatens 200% tariff on EU wines",
  [E("THREATEN", "1312", "threatens", "Trump threatens 200% tariff on EU wines", "Trump|United States", "USAGOV|USA", "EU", "IGOEUR",
     content="200% tariff on EU wines", mode="restrict")])
S("2021-04-23", "wire", "obligation",
  "Moscow must pull back the troops it has massed on Ukraine's border, NATO's secretary-general said.",
  [E("REQUEST", "1056", "must pull back", "Moscow must pull back the troops", "NATO's secretary-general|NATO", "IGONAT", "Moscow|Russia",
     "RUSGOV|RUSMIL|RUS", rep=True, content="pull back the troops it has massed on Ukraine's border", mode="yield"),
   E("MOBILIZE", "154", "massed", "the troops it has massed on Ukraine's border", "Moscow|Russia", "RUSMIL|RUS", "Ukraine", "UKR",
     emb=True, rep=True, mode="troops")])
S("2024-06-04", "wire", "obligation",
  "Houthi rebels must return the seized cargo ship Galaxy Leader and release its crew, the Japanese shipping company's chief executive said.",
  [E("REQUEST", "1053", "must return", "Houthi rebels must return the seized cargo ship Galaxy Leader", "chief executive|shipping company",
     "JPNBUS", "Houthi rebels|Houthis", "YEMREB", rep=True, content="return the seized cargo ship Galaxy Leader and release its crew",
     mode="yield")])
S("2023-02-06", "lowercase", "obligation",
  "albania must return the ferry it impounded in durres, the greek shipping minister told reporters in athens.",
  [E("REQUEST", "1053", "must return", "albania must return the ferry", "Greek shipping minister|Greece", "GRCGOV|GRC", "Albania",
     "ALBGOV|ALB", rep=True, content="return the ferry it impounded in durres", mode="yield"),
   E("COERCE", "1711", "impounded", "the ferry it impounded in durres", "Albania", "ALBGOV|ALB", "~|Greece", "~|GRCBUS|GRC", emb=True,
     rep=True, mode="seize")])
S("2022-11-03", "wire", "obligation,igo",
  "The Ethiopian government must allow unhindered humanitarian access to Tigray, the African Union envoy said after the peace deal was signed.",
  [E("REQUEST", "1055", "must allow", "The Ethiopian government must allow unhindered humanitarian access to Tigray", "African Union envoy|African Union",
     "IGOAFU", "Ethiopian government|Ethiopia", "ETHGOV|ETH", rep=True, content="allow unhindered humanitarian access to Tigray", mode="yield"),
   E("AGREE", "057", "signed", "the peace deal was signed", "~|Ethiopian government", "~|ETHGOV", "~|TPLF", "~|ETHREB", emb=True,
     ok="SUPPORT")])
S("2024-10-22", "headline", "obligation",
  "Polls must be held within 90 days, say Bangladesh opposition parties",
  [E("REQUEST", "1044", "must be held", "Polls must be held within 90 days", "Bangladesh opposition parties|opposition parties", "BGDOPP|BGDPTY",
     "~|interim government", "~|BGDGOV", rep=True, content="Polls must be held within 90 days", mode="change")])
S("2025-07-21", "wire", "obligation",
  "Every hostage held in Gaza has to be released before any talk of reconstruction, the Israeli prime minister told parliament.",
  [E("REQUEST", "1053", "has to be released", "Every hostage held in Gaza has to be released", "Israeli prime minister|Israel|Netanyahu",
     "ISRGOV|ISR", "~|Hamas", "~|PSEREB", rep=True, content="Every hostage held in Gaza has to be released", mode="yield")])
S("2023-06-13", "lowercase", "obligation",
  "the military government should hand power back to civilians by next year, the regional bloc's mediator said in ouagadougou.",
  [E("REQUEST", "1041", "should hand power back", "the military government should hand power back to civilians", "regional bloc's mediator|ECOWAS",
     "IGOWAF", "military government", "BFAMIL|BFAGOV", rep=True, content="hand power back to civilians by next year", mode="change")])
S("2019-09-24", "wire", "obligation",
  "Britain's Supreme Court ruled that parliament must be allowed to sit again, calling the prime minister's suspension of it unlawful.",
  [E("ACCUSE", "116", "ruled", "Britain's Supreme Court ruled that parliament must be allowed to sit again", "Britain's Supreme Court|Supreme Court",
     "GBRJUD", "prime minister|government", "GBRGOV", ok="REQUEST", content="parliament must be allowed to sit again", mode="disapprove")])
S("2024-08-12", "wire", "light_verb",
  "Ukrainian troops mounted a cross-border incursion into Russia's Kursk region, seizing dozens of villages.",
  [E("ASSAULT", "190", "mounted a cross-border incursion", "Ukrainian troops mounted a cross-border incursion into Russia's Kursk region",
     "Ukrainian troops|Ukraine", "UKRMIL|UKR", "Russia|Kursk", "RUS|RUSMIL"),
   E("COERCE", "192", "seizing", "seizing dozens of villages", "Ukrainian troops|Ukraine", "UKRMIL|UKR", "~|Russia", "~|RUS", ok="ASSAULT",
     mode="seize")])
S("2023-03-28", "lowercase", "light_verb",
  "israeli workers held a general strike to protest the government's judicial overhaul, shutting down ben gurion airport.",
  [E("PROTEST", "143", "held a general strike", "israeli workers held a general strike", "Israeli workers|workers", "ISRLAB|ISRCVL|ISR",
     "government", "ISRGOV", mode="strike")])
S("2022-05-26", "wire", "light_verb,actor_context",
  "The visiting Chinese foreign minister signed a security pact with his counterpart in Honiara, the first of its kind in the Pacific.",
  [E("AGREE", "057", "signed a security pact", "The visiting Chinese foreign minister signed a security pact", "Chinese foreign minister|China",
     "CHNGOV|CHN", "counterpart|Solomon Islands", "SLBGOV|SLB", ok="SUPPORT|COOPERATE")])
S("2025-04-07", "wire", "light_verb",
  "The Myanmar military conducted air strikes on rebel-held towns in Shan state despite a declared truce after the earthquake.",
  [E("ASSAULT", "195", "conducted air strikes", "The Myanmar military conducted air strikes on rebel-held towns", "Myanmar military|Myanmar",
     "MMRMIL", "rebel-held towns|rebels", "MMRREB|MMRCVL", mode="aerial"),
   E("RETREAT", "0871", "declared truce", "a declared truce after the earthquake", "~|Myanmar military", "~|MMRMIL", "~", "~", emb=True,
     ok="CONCEDE", mode="ceasefire")])
S("2021-01-06", "wire", "light_verb",
  "Supporters of the outgoing president staged an assault on the U.S. Capitol to stop the certification of the election result.",
  [E("PROTEST", "145", "staged an assault", "Supporters of the outgoing president staged an assault on the U.S. Capitol", "supporters",
     "USACVL|USAOPP", "U.S. Capitol|Congress", "USALEG", ok="ASSAULT", mode="riot")])
S("2024-09-27", "headline", "light_verb",
  "Israel carries out massive strikes on Beirut's southern suburbs",
  [E("ASSAULT", "195", "carries out massive strikes", "Israel carries out massive strikes on Beirut's southern suburbs", "Israel",
     "ISRMIL|ISR", "Beirut|Lebanon|Hezbollah", "LBN|LBNREB|LBNCVL", mode="aerial")])
S("2022-09-08", "lowercase", "light_verb",
  "the ukrainian army began a counter-offensive in the kharkiv region and recaptured the town of balakliia.",
  [E("ASSAULT", "190", "began a counter-offensive", "the ukrainian army began a counter-offensive", "Ukrainian army|Ukraine", "UKRMIL|UKR",
     "~|Russia", "~|RUSMIL"),
   E("ASSAULT", "190", "recaptured", "recaptured the town of balakliia", "Ukrainian army|Ukraine", "UKRMIL|UKR", "~|Russia", "~|RUSMIL",
     ok="COERCE")])
S("2023-07-19", "wire", "light_verb",
  "Iraqi protesters set fire to the Swedish embassy in Baghdad ahead of a planned Koran burning in Stockholm.",
  [E("PROTEST", "145", "set fire", "Iraqi protesters set fire to the Swedish embassy in Baghdad", "Iraqi protesters|protesters", "IRQOPP|IRQCVL",
     "Swedish embassy|Sweden", "SWEGOV|SWE", ok="ASSAULT", mode="riot")])
S("2020-08-10", "wire", "light_verb",
  "Belarusian riot police made mass arrests as thousands took to the streets after the disputed presidential election.",
  [E("COERCE", "173", "made mass arrests", "Belarusian riot police made mass arrests", "Belarusian riot police|riot police|Belarus", "BLRCOP",
     "~|protesters", "~|BLROPP", mode="arrest"),
   E("PROTEST", "141", "took to the streets", "thousands took to the streets", "~|protesters", "~|BLROPP|BLRCVL", "~", "~|BLRGOV", emb=True,
     mode="demo")])
S("2024-05-20", "wire", "light_verb,igo",
  "The ICC prosecutor made an application for arrest warrants against Israeli and Hamas leaders.",
  [E("ACCUSE", "1124", "made an application for arrest warrants", "The ICC prosecutor made an application for arrest warrants", "ICC prosecutor|ICC",
     "IGOJUD", "Israeli leaders|Hamas leaders", "ISRGOV|PSEREB", mode="allege")])
S("2025-02-20", "local", "light_verb",
  "Residents of Soweto held a vigil outside the police station where a schoolboy died in custody last week.",
  [E("PROTEST", "141", "held a vigil", "Residents of Soweto held a vigil outside the police station", "residents", "ZAFCVL|ZAF",
     "police", "ZAFCOP", mode="demo")])
S("2023-09-28", "wire", "light_verb",
  "Kenya's cabinet gave its approval to a plan to lead a multinational police mission to Haiti.",
  [E("AGREE", "0334", "gave its approval", "Kenya's cabinet gave its approval to a plan to lead a multinational police mission to Haiti",
     "Kenya's cabinet|Kenya", "KENGOV|KEN", "Haiti", "HTIGOV|HTI", ok="AID|SUPPORT", hyp=True,
     content="a plan to lead a multinational police mission to Haiti")])
S("2024-07-11", "lowercase", "light_verb",
  "the two presidents paid tribute to the victims of the 1994 genocide during a ceremony in kigali.",
  [E("SUPPORT", "050", "paid tribute", "the two presidents paid tribute to the victims of the 1994 genocide", "presidents", "RWAGOV|GOV",
     "victims", "RWACVL|RWA")])
S("2022-06-24", "wire", "partitive",
  "Washington will send a further $450 million worth of weapons to Kyiv, including four more rocket launchers.",
  [E("AID", "072", "send", "Washington will send a further $450 million worth of weapons to Kyiv", "Washington|United States", "USAGOV|USA",
     "Kyiv|Ukraine", "UKRGOV|UKRMIL|UKR", ok="AGREE", hyp=True, mode="military")])
S("2023-11-21", "wire", "partitive",
  "Egypt let 40 trucks of fuel and medicine into Gaza through the Rafah crossing on Tuesday.",
  [E("RETREAT", "0863", "let 40 trucks of fuel and medicine into Gaza", "Egypt let 40 trucks of fuel and medicine into Gaza", "Egypt",
     "EGYGOV|EGY", "Gaza", "PSE|PSECVL", ok="AID", mode="access")])
S("2024-01-18", "lowercase", "partitive",
  "the army withdrew a large part of its forces from khan younis after a four-month offensive.",
  [E("RETREAT", "0872", "withdrew", "the army withdrew a large part of its forces from khan younis", "army", "ISRMIL", "Khan Younis", "PSE",
     mode="withdraw")])
S("2022-09-15", "wire", "partitive",
  "Pakistan received the first batch of 25,000 tonnes of wheat shipped by Russia to relieve flood-hit provinces.",
  [E("AID", "073", "shipped", "the first batch of 25,000 tonnes of wheat shipped by Russia", "Russia", "RUSGOV|RUS", "Pakistan",
     "PAKGOV|PAK", ok="COOPERATE", emb=True, mode="humanitarian")])
S("2023-05-04", "wire", "partitive",
  "Some of the 300 Wagner fighters deployed in the Central African Republic have been flown back to Russia, a local official said.",
  [E("RETREAT", "0872", "flown back", "Some of the 300 Wagner fighters deployed in the Central African Republic have been flown back to Russia",
     "Wagner|Russia", "RUSMIL|RUS", "Central African Republic", "CAF", rep=True, mode="withdraw")])
S("2021-05-27", "wire", "partitive,igo",
  "The UN refugee agency airlifted 60 tonnes of relief supplies, including tents and kitchen sets, to Goma after the volcanic eruption.",
  [E("AID", "073", "airlifted", "The UN refugee agency airlifted 60 tonnes of relief supplies", "UN refugee agency|UNHCR", "IGOUNOREF|IGOUNO",
     "~|Goma", "~|COD", mode="humanitarian")])
S("2025-10-20", "headline", "partitive",
  "Israel hands over bodies of 15 Palestinians under ceasefire deal",
  [E("RETREAT", "0842", "hands over", "Israel hands over bodies of 15 Palestinians", "Israel", "ISRGOV|ISRMIL|ISR", "Palestinians", "PSE|PSECVL",
     mode="return")])
S("2024-10-31", "wire", "partitive",
  "North Korea has sent around 10,000 of its soldiers to Russia for training and possible deployment to the front, the Pentagon said.",
  [E("AID", "072", "sent", "North Korea has sent around 10,000 of its soldiers to Russia", "North Korea", "PRKMIL|PRKGOV|PRK", "Russia",
     "RUSGOV|RUSMIL|RUS", ok="COOPERATE|MOBILIZE", rep=True, mode="military")])
S("2023-01-16", "lowercase", "partitive",
  "the uk will provide a squadron of challenger 2 tanks to ukraine, the prime minister told parliament.",
  [E("AID", "072", "provide", "the uk will provide a squadron of challenger 2 tanks to ukraine", "UK|United Kingdom|Britain", "GBRGOV|GBR",
     "Ukraine", "UKRGOV|UKRMIL|UKR", ok="AGREE", hyp=True, rep=True, mode="military")])
S("2022-11-23", "wire", "failure",
  "COP27 negotiators failed to agree on a timeline for phasing down fossil fuels, though they set up a loss and damage fund.",
  [E("AGREE", "030", "failed to agree", "COP27 negotiators failed to agree on a timeline for phasing down fossil fuels", "COP27 negotiators|negotiators",
     "~|IGO", "~", "~", neg=True, content="a timeline for phasing down fossil fuels"),
   E("AID", "071", "set up a loss and damage fund", "they set up a loss and damage fund", "COP27 negotiators|negotiators", "~|IGO", "~", "~",
     ok="COOPERATE|AGREE")])
S("2024-03-26", "wire", "failure,igo",
  "The UN Security Council failed to adopt a Russian draft resolution on a Gaza ceasefire after it fell short of the nine votes needed.",
  [E("SUPPORT", "057", "failed to adopt", "The UN Security Council failed to adopt a Russian draft resolution", "UN Security Council|UN",
     "IGOUNO", "~|Russia", "~|RUSGOV", ok="REJECT|AGREE", neg=True)])
S("2023-09-14", "lowercase", "failure",
  "serbia and kosovo failed to make progress on normalising ties at eu-mediated talks in brussels, the bloc's envoy said.",
  [E("AGREE", "037", "failed to make progress", "serbia and kosovo failed to make progress on normalising ties", "Serbia", "SRBGOV|SRB",
     "Kosovo", "XKXGOV|XKX", neg=True, rep=True, content="normalising ties"),
   E("CONSULT", "045", "eu-mediated talks", "eu-mediated talks in brussels", "EU|~", "IGOEUR|SRBGOV", "Serbia|Kosovo", "SRBGOV|XKXGOV", emb=True,
     rep=True)])
S("2025-03-05", "wire", "failure,retraction",
  "The government backed away from a promise to release detained journalists, saying investigations were still under way.",
  [E("REJECT", "1243", "backed away", "The government backed away from a promise to release detained journalists", "government", "GOV",
     "detained journalists|journalists", "MED", content="to release detained journalists", mode="yield")])
S("2022-04-08", "wire", "failure",
  "Pakistan's prime minister lost a no-confidence vote in parliament and was removed from office.",
  [E("SANCTION", "1041", "lost a no-confidence vote", "Pakistan's prime minister lost a no-confidence vote in parliament", "parliament",
     "PAKLEG", "Pakistan's prime minister|prime minister", "PAKGOV", ok="ACCUSE|COERCE|RETREAT")])
S("2024-06-15", "lowercase", "failure",
  "talks between the junta and the arakan army broke down after china's mediators left the border town of kunming.",
  [E("SANCTION", "164", "broke down", "talks between the junta and the arakan army broke down", "junta|~", "MMRMIL|~", "Arakan Army|~",
     "MMRREB|~", ok="REJECT|CONSULT", mode="withdraw")])
S("2023-02-17", "wire", "failure",
  "The ruling party failed to secure enough votes to pass a constitutional amendment extending the president's term.")
S("2025-05-28", "wire", "retraction",
  "Hungary blocked a joint EU statement on the Middle East, the bloc's foreign policy chief said.",
  [E("REJECT", "129", "blocked", "Hungary blocked a joint EU statement on the Middle East", "Hungary", "HUNGOV|HUN", "EU", "IGOEUR",
     rep=True)])
S("2024-09-05", "lowercase", "retraction",
  "the junta turned down an offer from the regional bloc to send election observers.",
  [E("REJECT", "1245", "turned down", "the junta turned down an offer from the regional bloc", "junta", "MIL|GOV", "regional bloc", "IGO",
     content="to send election observers", mode="yield")])
S("2022-11-09", "wire", "retraction",
  "Russian forces were ordered to pull out of Kherson, the only regional capital they had captured since the invasion began.",
  [E("RETREAT", "0872", "pull out", "Russian forces were ordered to pull out of Kherson", "Russian forces|Russia", "RUSMIL|RUS", "Kherson|Ukraine",
     "UKR", mode="withdraw"),
   E("COERCE", "192", "captured", "they had captured since the invasion began", "Russian forces|Russia", "RUSMIL|RUS", "~|Ukraine", "~|UKR",
     ok="ASSAULT", emb=True, hist=True, mode="seize")])


# --- batch 5: concessions, cooperation, mobilisation, support; actors from context; no-event -
S("2023-11-02", "wire", "plain",
  "The Hong Kong government scrapped its last remaining Covid testing rules for travellers arriving from mainland China.",
  [E("CONCEDE", "081", "scrapped", "The Hong Kong government scrapped its last remaining Covid testing rules", "Hong Kong government", "HKGGOV|CHNGOV",
     "travellers", "~|CVL", ok="RETREAT")])
S("2024-04-02", "lowercase", "temporal_clause",
  "senegal's parliament passed an amnesty law covering political unrest since 2021, days before the presidential election.",
  [E("CONCEDE", "0811", "passed an amnesty law", "senegal's parliament passed an amnesty law covering political unrest", "Senegal's parliament|parliament",
     "SENLEG", "~|protesters", "~|SENOPP", ok="RETREAT")])
S("2022-03-24", "wire", "plain",
  "The Taliban reversed a decision to reopen girls' secondary schools hours after students returned to classrooms.",
  [E("REJECT", "1233", "reversed a decision", "The Taliban reversed a decision to reopen girls' secondary schools", "Taliban", "AFGGOV|AFG",
     "students|girls", "AFGEDU|AFGCVL", ok="COERCE", content="to reopen girls' secondary schools")])
S("2024-08-06", "headline", "plain",
  "Bangladesh army chief says interim government will be formed as Hasina flees",
  [E("AGREE", "0341", "will be formed", "interim government will be formed", "Bangladesh army chief|army chief|army", "BGDMIL",
     "~", "~|BGDOPP", ok="CONCEDE", hyp=True, rep=True),
   E("RETREAT", "0831", "flees", "Hasina flees", "Hasina|Sheikh Hasina", "BGDGOV", "~", "~", ok="CONCEDE", mode="resign")])
S("2023-03-20", "wire", "plain",
  "The Chinese embassy eased visa restrictions for Japanese business travellers as relations between Beijing and Tokyo thawed.",
  [E("CONCEDE", "081", "eased visa restrictions", "The Chinese embassy eased visa restrictions for Japanese business travellers",
     "Chinese embassy|China", "CHNGOV|CHN", "Japanese business travellers|Japan", "JPNBUS|JPN", ok="RETREAT")])
S("2021-10-28", "wire", "actor_context",
  "The Sudanese general who led the coup said he would reinstate the prime minister as soon as the political crisis was resolved.",
  [E("AGREE", "0341", "would reinstate", "he would reinstate the prime minister", "Sudanese general|general", "SDNMIL", "prime minister",
     "SDNGOV", ok="CONCEDE", hyp=True, rep=True)])
S("2022-12-01", "lowercase", "actor_context",
  "china's government loosened covid restrictions in several cities after protests against lockdowns spread to beijing and shanghai.",
  [E("CONCEDE", "0832", "loosened covid restrictions", "china's government loosened covid restrictions in several cities", "China's government|China",
     "CHNGOV|CHN", "~|protesters", "~|CHNOPP|CHNCVL", ok="RETREAT"),
   E("PROTEST", "141", "protests", "protests against lockdowns spread to beijing and shanghai", "~|protesters", "~|CHNOPP|CHNCVL",
     "~", "~|CHNGOV", emb=True, mode="demo")])
S("2025-01-28", "wire", "plain",
  "The transport ministry in Seoul agreed to the striking rail workers' demand for more staff on night trains, ending a week-long walkout.",
  [E("CONCEDE", "0832", "agreed to the striking rail workers' demand", "agreed to the striking rail workers' demand for more staff on night trains",
     "transport ministry", "KORGOV", "rail workers", "KORLAB|KORCVL", ok="AGREE"),
   E("PROTEST", "143", "walkout", "a week-long walkout", "~|rail workers", "~|KORLAB", "~", "~|KORGOV", emb=True, mode="strike")])
S("2020-06-24", "local", "plain",
  "The city council voted to remove the statue of a slave trader from the harbour after weeks of demonstrations.",
  [E("CONCEDE", "0832", "voted to remove the statue", "The city council voted to remove the statue of a slave trader", "city council",
     "GOV", "~|demonstrators", "~|OPP", ok="AGREE"),
   E("PROTEST", "141", "demonstrations", "weeks of demonstrations", "~|demonstrators", "~|OPP", "~", "~", emb=True, mode="demo")])
S("2024-11-29", "wire", "plain",
  "Georgia's ruling party suspended talks on joining the European Union until 2028, setting off nightly protests in Tbilisi.",
  [E("SANCTION", "164", "suspended talks", "Georgia's ruling party suspended talks on joining the European Union", "Georgia's ruling party|Georgian Dream",
     "GEOPTY|GEOGOV", "European Union|EU", "IGOEUR", ok="REJECT", mode="withdraw"),
   E("PROTEST", "141", "nightly protests", "setting off nightly protests in Tbilisi", "~|protesters", "~|GEOOPP", "~|ruling party", "~|GEOGOV|GEOPTY",
     mode="demo")])
S("2023-07-17", "wire", "plain",
  "Russia pulled out of the Black Sea grain deal, saying its demands on its own exports had not been met.",
  [E("SANCTION", "160", "pulled out", "Russia pulled out of the Black Sea grain deal", "Russia", "RUSGOV|RUS", "~|Ukraine", "~|UKRGOV",
     ok="REJECT", mode="withdraw")])
S("2022-10-05", "lowercase", "plain",
  "opec and its allies agreed to cut oil output by two million barrels a day, angering washington.",
  [E("AGREE", "0311", "agreed", "opec and its allies agreed to cut oil output", "OPEC", "IGOOPC", "~|Washington", "~|USA",
     content="to cut oil output by two million barrels a day")])
S("2024-03-18", "wire", "plain",
  "The European Union signed a 7.4 billion euro deal with Egypt covering migration, energy and investment.",
  [E("COOPERATE", "061", "signed a 7.4 billion euro deal", "The European Union signed a 7.4 billion euro deal with Egypt", "European Union|EU",
     "IGOEUR", "Egypt", "EGYGOV|EGY", ok="AGREE|AID|SUPPORT")])
S("2023-08-23", "wire", "plain",
  "The BRICS countries invited six nations, including Saudi Arabia, Iran and Egypt, to join the bloc.",
  [E("REQUEST", "050", "invited", "The BRICS countries invited six nations", "BRICS", "IGOBRI|IGO", "Saudi Arabia|Iran|Egypt", "SAUGOV|IRNGOV|EGYGOV",
     ok="SUPPORT|COOPERATE|AGREE", content="to join the bloc", mode="assist")])
S("2022-09-16", "wire", "plain",
  "Indian and Chinese troops began pulling back from the Gogra-Hot Springs area in Ladakh in a coordinated move.",
  [E("RETREAT", "0872", "began pulling back", "Indian and Chinese troops began pulling back from the Gogra-Hot Springs area", "Indian troops|India",
     "INDMIL|IND", "Chinese troops|China", "CHNMIL|CHN", mode="withdraw")])
S("2021-12-03", "lowercase", "plain",
  "the colombian and ecuadorian navies seized four tonnes of cocaine in a joint operation off the pacific coast.",
  [E("COOPERATE", "062", "joint operation", "the colombian and ecuadorian navies seized four tonnes of cocaine in a joint operation",
     "Colombian navy|Colombia", "COLMIL|COL", "Ecuadorian navy|Ecuador", "ECUMIL|ECU"),
   E("COERCE", "1711", "seized", "seized four tonnes of cocaine", "Colombian navy|Colombia", "COLMIL|COL", "~", "~|CRM", mode="seize")])
S("2024-06-25", "wire", "plain",
  "Kenyan police officers arrived in Port-au-Prince to lead a UN-backed mission against the gangs controlling most of the capital.",
  [E("AID", "074", "arrived", "Kenyan police officers arrived in Port-au-Prince", "Kenyan police officers|Kenya|police", "KENCOP|KEN",
     "Port-au-Prince|Haiti", "HTIGOV|HTI", ok="MOBILIZE|COOPERATE", mode="peacekeeping")])
S("2023-10-24", "wire", "plain",
  "Interpol and police from 16 African countries arrested 112 suspects in a joint operation against human trafficking networks.",
  [E("COOPERATE", "063", "joint operation", "a joint operation against human trafficking networks", "Interpol", "IGOITP|IGO",
     "police", "COP"),
   E("COERCE", "173", "arrested", "arrested 112 suspects", "Interpol|police", "IGOITP|IGO|COP", "suspects", "CRM", mode="arrest")],
  [F("arrested", 112, "Interpol|police", "IGOITP|IGO|COP", "arrested")])
S("2025-02-04", "lowercase", "plain",
  "the two central banks signed a currency swap line worth 35 billion yuan to support bilateral trade.",
  [E("COOPERATE", "061", "signed a currency swap line", "the two central banks signed a currency swap line worth 35 billion yuan",
     "central banks", "~|BUS|GOV", "~", "~", ok="AGREE")])
S("2022-07-08", "wire", "plain",
  "Ukraine and Poland agreed to let Ukrainian trucks enter the EU without permits, easing exports blocked by the war.",
  [E("AGREE", "0311", "agreed", "Ukraine and Poland agreed to let Ukrainian trucks enter the EU without permits", "Ukraine", "UKRGOV|UKR",
     "Poland", "POLGOV|POL", content="to let Ukrainian trucks enter the EU without permits")])
S("2024-11-18", "wire", "participial",
  "Norwegian and Swedish police, working together in a joint investigation team, searched the homes of three suspected arms dealers.",
  [E("COOPERATE", "063", "working together", "working together in a joint investigation team", "Norwegian police|Norway", "NORCOP",
     "Swedish police|Sweden", "SWECOP"),
   E("COERCE", "171", "searched", "searched the homes of three suspected arms dealers", "Norwegian police|Swedish police|police", "NORCOP|SWECOP",
     "arms dealers", "CRM|~", ok="ACCUSE", mode="seize")])
S("2023-06-01", "wire", "plain",
  "The Philippines, Japan and the United States held their first joint coast guard exercise in the South China Sea.",
  [E("COOPERATE", "062", "held their first joint coast guard exercise", "held their first joint coast guard exercise in the South China Sea",
     "Philippines", "PHLMIL|PHLGOV|PHL", "Japan|United States", "JPNMIL|USAMIL|JPN|USA", ok="MOBILIZE")])
S("2020-02-20", "lowercase", "plain",
  "the us and the taliban exchanged intelligence on islamic state positions before the signing of the doha agreement.",
  [E("COOPERATE", "064", "exchanged intelligence", "the us and the taliban exchanged intelligence on islamic state positions", "US|United States",
     "USAGOV|USAMIL|USA", "Taliban", "AFGREB|AFG"),
   E("AGREE", "057", "signing", "the signing of the doha agreement", "US|~", "USAGOV|~", "Taliban|~", "AFGREB|~", emb=True, ok="SUPPORT")])
S("2024-02-13", "wire", "plain",
  "Turkey and Egypt agreed to expand defence industry cooperation during Erdogan's first visit to Cairo in more than a decade.",
  [E("AGREE", "0312", "agreed", "Turkey and Egypt agreed to expand defence industry cooperation", "Turkey", "TURGOV|TUR", "Egypt", "EGYGOV|EGY",
     content="to expand defence industry cooperation"),
   E("CONSULT", "042", "visit", "Erdogan's first visit to Cairo", "Erdogan|Turkey", "TURGOV|TUR", "Cairo|Egypt", "EGYGOV|EGY", emb=True,
     mode="visit")])
S("2021-06-22", "wire", "plain",
  "Greek and Turkish coast guards carried out a joint search for migrants missing after a dinghy capsized near Lesbos.",
  [E("COOPERATE", "060", "carried out a joint search", "Greek and Turkish coast guards carried out a joint search", "Greek coast guard|Greece",
     "GRCMIL|GRC", "Turkish coast guard|Turkey", "TURMIL|TUR")])
S("2023-10-09", "headline", "plain",
  "US moves carrier strike group closer to Israel",
  [E("MOBILIZE", "152", "moves carrier strike group", "US moves carrier strike group closer to Israel", "US|United States", "USAMIL|USA",
     "~", "~", mode="troops")])
S("2022-02-24", "lowercase", "plain",
  "moldova put its army on high alert as russian troops poured into neighbouring ukraine.",
  [E("MOBILIZE", "152", "put its army on high alert", "moldova put its army on high alert", "Moldova", "MDAMIL|MDAGOV|MDA", "~", "~",
     mode="troops"),
   E("ASSAULT", "190", "poured into", "russian troops poured into neighbouring ukraine", "Russian troops|Russia", "RUSMIL|RUS", "Ukraine", "UKR",
     emb=True)])
S("2024-08-20", "wire", "plain",
  "Belarus deployed tens of thousands of troops along its border with Ukraine, Kyiv's border guard service said.",
  [E("MOBILIZE", "154", "deployed", "Belarus deployed tens of thousands of troops along its border with Ukraine", "Belarus", "BLRMIL|BLR",
     "Ukraine", "UKR", rep=True, mode="troops")])
S("2023-04-10", "police", "actor_context",
  "Police in Lahore set up checkpoints across the city and put 5,000 officers on standby ahead of the opposition rally.",
  [E("MOBILIZE", "153", "put 5,000 officers on standby", "put 5,000 officers on standby ahead of the opposition rally", "police", "PAKCOP",
     "~|opposition", "~|PAKOPP", mode="police"),
   E("COERCE", "191", "set up checkpoints", "Police in Lahore set up checkpoints across the city", "police", "PAKCOP", "~", "~", ok="MOBILIZE",
     mode="restrict")])
S("2025-06-14", "wire", "plain",
  "Iran's Revolutionary Guards test-fired ballistic missiles in a display of force as tensions with Israel soared.",
  [E("MOBILIZE", "150", "test-fired ballistic missiles", "Iran's Revolutionary Guards test-fired ballistic missiles", "Revolutionary Guards|Iran",
     "IRNMIL|IRN", "~|Israel", "~|ISR", ok="THREATEN", mode="weapons")])
S("2019-02-27", "wire", "plain",
  "India and Pakistan reinforced their troops along the Line of Control after Pakistan shot down an Indian fighter jet.",
  [E("MOBILIZE", "154", "reinforced their troops", "India and Pakistan reinforced their troops along the Line of Control", "India",
     "INDMIL|IND", "Pakistan", "PAKMIL|PAK", mode="troops"),
   E("ASSAULT", "195", "shot down", "Pakistan shot down an Indian fighter jet", "Pakistan", "PAKMIL|PAK", "Indian fighter jet|India",
     "INDMIL|IND", emb=True)])
S("2024-01-22", "lowercase", "plain",
  "the government called up 20,000 reservists as rebels advanced on the northern town of lashio.",
  [E("MOBILIZE", "154", "called up 20,000 reservists", "the government called up 20,000 reservists", "government", "MMRGOV|MMRMIL",
     "rebels", "MMRREB", mode="troops"),
   E("ASSAULT", "190", "advanced", "rebels advanced on the northern town of lashio", "rebels", "MMRREB", "Lashio|~", "MMR|MMRMIL", emb=True)])
S("2022-04-13", "wire", "plain",
  "The presidents of Poland and the three Baltic states travelled to Kyiv to show their support for Ukraine.",
  [E("CONSULT", "042", "travelled to Kyiv", "The presidents of Poland and the three Baltic states travelled to Kyiv", "presidents|Poland",
     "POLGOV|POL", "Kyiv|Ukraine", "UKRGOV|UKR", mode="visit"),
   E("SUPPORT", "051", "show their support", "to show their support for Ukraine", "presidents|Poland", "POLGOV|POL", "Ukraine", "UKRGOV|UKR",
     emb=True)])
S("2023-09-22", "wire", "plain",
  "Canada's parliament gave a standing ovation to a 98-year-old veteran who had fought in a Nazi unit, prompting an apology from the speaker.",
  [E("SUPPORT", "051", "gave a standing ovation", "Canada's parliament gave a standing ovation to a 98-year-old veteran", "Canada's parliament|parliament",
     "CANLEG", "veteran", "UKRCVL|CANCVL"),
   E("SUPPORT", "055", "apology", "prompting an apology from the speaker", "speaker", "CANLEG", "~", "~")])
S("2024-05-28", "lowercase", "plain",
  "spain, ireland and norway formally recognised a palestinian state, drawing an angry response from israel.",
  [E("SUPPORT", "054", "recognised", "spain, ireland and norway formally recognised a palestinian state", "Spain|Ireland|Norway",
     "ESPGOV|IRLGOV|NORGOV|ESP", "Palestinian state|Palestine", "PSE|PSEGOV"),
   E("ACCUSE", "111", "angry response", "drawing an angry response from israel", "Israel", "ISRGOV|ISR", "Spain|Ireland|Norway",
     "ESPGOV|IRLGOV|NORGOV|ESP", mode="disapprove")])
S("2025-01-09", "wire", "plain",
  "Lebanon's parliament elected army chief Joseph Aoun as president, ending a two-year vacancy that Western and Gulf states welcomed.",
  [E("SUPPORT", "051", "welcomed", "Western and Gulf states welcomed", "Western states|Gulf states", "~|WST", "Lebanon", "LBNGOV|LBN"),
   E("SUPPORT", "050", "elected", "Lebanon's parliament elected army chief Joseph Aoun as president", "Lebanon's parliament|parliament",
     "LBNLEG", "Joseph Aoun|Aoun", "LBNMIL|LBNGOV", ok="CONCEDE")])
S("2023-02-20", "headline", "plain",
  "Biden in surprise Kyiv visit pledges unwavering support",
  [E("CONSULT", "042", "visit", "Biden in surprise Kyiv visit", "Biden|United States", "USAGOV|USA", "Kyiv|Ukraine", "UKRGOV|UKR",
     mode="visit"),
   E("SUPPORT", "051", "pledges unwavering support", "pledges unwavering support", "Biden|United States", "USAGOV|USA", "~|Ukraine",
     "~|UKRGOV", ok="AGREE")])
S("2021-05-05", "wire", "plain",
  "The Pope defended the right of migrants to seek asylum during a Mass for refugees in Lampedusa.",
  [E("SUPPORT", "052", "defended", "The Pope defended the right of migrants to seek asylum", "Pope", "VATREL|VAT|REL",
     "migrants", "~|CVL")])
S("2024-10-16", "lowercase", "actor_context",
  "the nigerian senate endorsed the president's nominee for chief of army staff on wednesday.",
  [E("SUPPORT", "051", "endorsed", "the nigerian senate endorsed the president's nominee", "Nigerian senate|senate", "NGALEG",
     "nominee|president", "NGAMIL|NGAGOV")])
S("2022-08-18", "wire", "actor_context,igo",
  "The UN secretary-general met the Turkish and Ukrainian presidents in Lviv to discuss grain exports and the situation at the Zaporizhzhia nuclear plant.",
  [E("CONSULT", "044", "met", "The UN secretary-general met the Turkish and Ukrainian presidents in Lviv", "UN secretary-general|UN", "IGOUNO",
     "Turkish president|Ukrainian president|Turkey|Ukraine", "TURGOV|UKRGOV", mode="multilateral")])
S("2023-07-25", "wire", "actor_context",
  "Fijian rebels who took part in the 2000 coup were granted pardons by the president on the recommendation of the justice minister.",
  [E("CONCEDE", "0811", "granted pardons", "were granted pardons by the president", "president|Fiji", "FJIGOV|FJI", "Fijian rebels|rebels",
     "FJIREB", ok="RETREAT"),
   E("COERCE", "1041", "coup", "took part in the 2000 coup", "Fijian rebels|rebels", "FJIREB", "~", "~|FJIGOV", emb=True, hist=True,
     ok="ASSAULT")])
S("2024-03-30", "wire", "actor_context",
  "Malian soldiers and Russian mercenaries killed dozens of civilians in a village in the Mopti region, Human Rights Watch said.",
  [E("ASSAULT", "202", "killed", "Malian soldiers and Russian mercenaries killed dozens of civilians", "Malian soldiers|Mali", "MLIMIL|MLI",
     "civilians", "MLICVL|MLI", rep=True, mode="massacre")])
S("2022-01-23", "lowercase", "actor_context",
  "burkinabe soldiers mutinied at several barracks and detained the president a day later.",
  [E("REJECT", "128", "mutinied", "burkinabe soldiers mutinied at several barracks", "Burkinabe soldiers|soldiers", "BFAMIL", "~|president",
     "~|BFAGOV", ok="PROTEST|COERCE"),
   E("COERCE", "173", "detained", "detained the president", "Burkinabe soldiers|soldiers", "BFAMIL", "president", "BFAGOV", mode="arrest")],
  [F("detained", 1, "Burkinabe soldiers|soldiers", "BFAMIL", "detained")])
S("2023-06-24", "wire", "actor_context",
  "Wagner mercenaries seized military facilities in the southern Russian city of Rostov-on-Don and marched towards Moscow.",
  [E("COERCE", "192", "seized", "Wagner mercenaries seized military facilities", "Wagner|Wagner mercenaries", "RUSREB|RUSMIL|RUS",
     "military facilities|Russia", "RUSMIL", ok="ASSAULT", mode="seize"),
   E("MOBILIZE", "154", "marched towards Moscow", "marched towards Moscow", "Wagner|Wagner mercenaries", "RUSREB|RUSMIL|RUS", "Moscow|Russia",
     "RUSGOV|RUS", ok="ASSAULT|PROTEST", mode="troops")])
S("2024-04-19", "wire", "actor_context",
  "The defence minister said government troops had pushed Houthi fighters back from the outskirts of Marib.",
  [E("ASSAULT", "190", "pushed Houthi fighters back", "government troops had pushed Houthi fighters back", "government troops", "YEMMIL",
     "Houthi fighters|Houthis", "YEMREB", rep=True)])
S("2025-08-25", "lowercase", "actor_context,igo",
  "the east african community's secretary general urged kinshasa and kigali to honour the washington peace agreement.",
  [E("REQUEST", "107", "urged", "the east african community's secretary general urged kinshasa and kigali", "East African Community|EAC",
     "IGOEAC|IGO", "Kinshasa|Congo", "CODGOV|COD", content="to honour the washington peace agreement", mode="meet")])
S("2022-09-12", "wire", "actor_context,ethnic_group",
  "Ethnic Armenians in Nagorno-Karabakh protested against the blockade of the Lachin corridor by Azerbaijani activists.",
  [E("PROTEST", "141", "protested", "Ethnic Armenians in Nagorno-Karabakh protested", "ethnic Armenians|Armenians", "AZECVL|AZE",
     "~|Azerbaijan", "~|AZEGOV", mode="demo"),
   E("PROTEST", "144", "blockade", "the blockade of the Lachin corridor by Azerbaijani activists", "Azerbaijani activists|activists",
     "AZEOPP|AZECVL|AZE", "~|Armenians", "~|AZECVL", emb=True, ok="COERCE", mode="obstruct")])
S("2023-05-29", "wire", "ethnic_group",
  "Ethnic Serbs in Kosovo clashed with NATO peacekeepers outside a town hall in Zvecan, injuring 30 soldiers.",
  [E("ASSAULT", "190", "clashed", "Ethnic Serbs in Kosovo clashed with NATO peacekeepers", "ethnic Serbs|Serbs", "XKXCVL|XKX",
     "NATO peacekeepers|NATO", "IGONAT", ok="PROTEST")],
  [F("wounded", 30, "ethnic Serbs|Serbs", "XKXCVL|XKX", "clashed")])
S("2024-07-30", "lowercase", "ethnic_group",
  "rohingya refugees in bangladesh's cox's bazar camps held a rally demanding a safe return to myanmar.",
  [E("PROTEST", "141", "held a rally", "rohingya refugees in bangladesh's cox's bazar camps held a rally", "Rohingya refugees|refugees",
     "BGDCVL|BGD|MMRCVL", "~|Myanmar", "~|MMRGOV", mode="demo"),
   E("REQUEST", "1043", "demanding", "demanding a safe return to myanmar", "Rohingya refugees|refugees", "BGDCVL|BGD|MMRCVL", "~|Myanmar",
     "~|MMRGOV", emb=True, ok="PROTEST", content="a safe return to myanmar")])
S("2021-07-13", "wire", "ethnic_group",
  "Ethnic Hungarians in Romania's Transylvania petitioned the government for autonomy, a request Bucharest rejected.",
  [E("REQUEST", "1043", "petitioned", "Ethnic Hungarians in Romania's Transylvania petitioned the government", "ethnic Hungarians|Hungarians",
     "ROUCVL|ROU", "government|Bucharest|Romania", "ROUGOV|ROU", content="for autonomy"),
   E("REJECT", "1233", "rejected", "a request Bucharest rejected", "Bucharest|Romania", "ROUGOV|ROU", "ethnic Hungarians|Hungarians", "ROUCVL|ROU",
     emb=True)])
S("2024-02-09", "wire", "plain", "Kenya's shilling strengthened for a fifth straight week against the dollar.")
S("2023-11-30", "lowercase", "plain", "heavy rain is forecast across the coast province until the weekend, the meteorological department said.")
S("2022-06-29", "headline", "lemma", "Striker's double fires Senegal past Egypt")
S("2025-04-22", "wire", "plain", "The prime minister will travel to Tokyo next month, his office said, without giving a date.")
S("2024-05-09", "lowercase", "lemma", "the bank launched a new savings account aimed at young farmers in the rift valley.")
S("2021-03-30", "wire", "plain", "The ship that blocked the Suez Canal for six days was refloated on Monday, allowing traffic to resume.")
S("2023-08-15", "headline", "lemma", "Tech stocks take a beating as chip maker warns on sales")
S("2020-12-14", "wire", "lemma", "The film captures the clashes of personality behind the band's break-up in the 1990s.")
S("2024-09-30", "lowercase", "plain", "the minister of health opened a new maternity ward at the district hospital in kisumu.")
S("2025-11-11", "wire", "lemma", "Investors fled emerging market bonds after the central bank's surprise rate decision.")
S("2022-02-07", "headline", "lemma", "Champions launch attack on transfer record with bid for striker")
S("2023-10-02", "wire", "plain", "The annual inflation rate in the euro zone slowed to 4.3 percent in September.")
S("2024-12-27", "lowercase", "not_arrest", "police said the arrested decline in road deaths was the result of stricter speed checks.")
S("2021-11-08", "wire", "lemma", "The prime minister fired a warning shot at rebel backbenchers over the budget vote, urging party unity.",
  [E("THREATEN", "130", "fired a warning shot", "The prime minister fired a warning shot at rebel backbenchers", "prime minister", "GOV",
     "rebel backbenchers", "LEG|PTY", ok="ACCUSE"),
   E("REQUEST", "102", "urging", "urging party unity", "prime minister", "GOV", "rebel backbenchers", "LEG|PTY", content="party unity")])
S("2024-03-13", "wire", "plain", "Officials said the election date would be announced once the voter roll had been updated.")


# --- batch 6: margins: nouns in PPs, arrests, embedded content, clauses, no-event sentences ---
S("2024-08-01", "wire", "pp_noun,perpetrator",
  "Hamas's political leader Ismail Haniyeh was killed in Tehran in a strike that Iran blamed on Israel.",
  [E("ASSAULT", "186", "strike", "killed in Tehran in a strike", "~|Israel", "~|ISRMIL|ISR", "Ismail Haniyeh|Haniyeh|Hamas", "PSEREB|PSE",
     emb=True, mode="targeted"),
   E("ACCUSE", "1123", "blamed", "a strike that Iran blamed on Israel", "Iran", "IRNGOV|IRN", "Israel", "ISRGOV|ISR", emb=True, mode="allege")],
  [F("killed", 1, "~|Israel", "~|ISRMIL|ISR", "strike")])
S("2023-01-27", "lowercase", "pp_noun,perpetrator",
  "tyre nichols died three days after his beating by five memphis police officers during a traffic stop.",
  [E("ASSAULT", "182", "beating", "his beating by five memphis police officers", "Memphis police officers|police officers|police", "USACOP",
     "Tyre Nichols|Nichols", "USACVL", emb=True, mode="beat")],
  [F("killed", 1, "Memphis police officers|police officers|police", "USACOP", "beating")])
S("2022-11-20", "wire", "pp_noun",
  "Relatives of the miners gathered outside the Zonguldak mine for news of the rescue of 12 workers trapped underground.")
S("2025-03-16", "wire", "pp_noun,perpetrator",
  "Medics reported 31 deaths from U.S. air strikes on Houthi-held Sanaa and Saada overnight.",
  [E("ASSAULT", "195", "air strikes", "U.S. air strikes on Houthi-held Sanaa and Saada", "U.S.|United States", "USAMIL|USA",
     "Houthis|Sanaa|Saada", "YEMREB|YEM|YEMCVL", rep=True, emb=True, mode="aerial")],
  [F("killed", 31, "U.S.|United States", "USAMIL|USA", "air strikes")])
S("2024-12-03", "headline", "pp_noun",
  "Anger in Seoul over president's martial law declaration",
  [E("COERCE", "1724", "martial law declaration", "president's martial law declaration", "president|South Korea", "KORGOV", "~", "~",
     emb=True, mode="martial-law"),
   E("ACCUSE", "111", "Anger", "Anger in Seoul", "~", "~|KORCVL|KOROPP", "president", "KORGOV", ok="PROTEST", mode="disapprove")])
S("2023-08-09", "police", "phrasal_arrest",
  "Ugandan police bundled two opposition MPs into a van outside parliament and drove them to an unknown location.",
  [E("COERCE", "173", "bundled two opposition MPs into a van", "Ugandan police bundled two opposition MPs into a van", "Ugandan police|police|Uganda",
     "UGACOP", "opposition MPs", "UGAOPP|UGALEG", ok="ASSAULT", mode="arrest")],
  [F("arrested", 2, "Ugandan police|police", "UGACOP", "bundled two opposition MPs into a van")])
S("2024-02-21", "lowercase", "phrasal_arrest",
  "eleven youths were placed under preventive detention by the jammu and kashmir police ahead of the prime minister's visit.",
  [E("COERCE", "173", "placed under preventive detention", "eleven youths were placed under preventive detention by the jammu and kashmir police",
     "Jammu and Kashmir police|police", "INDCOP", "youths", "INDCVL|IND", mode="arrest")],
  [F("detained", 11, "Jammu and Kashmir police|police", "INDCOP", "placed under preventive detention")])
S("2025-07-02", "wire", "phrasal_arrest",
  "A magistrate in Nairobi ordered the blogger held for another 10 days to allow detectives to complete investigations.",
  [E("COERCE", "173", "held", "ordered the blogger held for another 10 days", "magistrate", "KENJUD", "blogger", "KENMED|KENCVL",
     mode="arrest")],
  [F("detained", 1, "magistrate", "KENJUD", "held")])
S("2023-12-05", "police", "phrasal_arrest,agentless_passive",
  "Forty people were nabbed in a crackdown on illegal gold mining in Ghana's Ashanti region.",
  [E("COERCE", "173", "nabbed", "Forty people were nabbed in a crackdown on illegal gold mining", "~", "~|GHACOP|GHAMIL", "people",
     "GHACVL|GHACRM", mode="arrest")],
  [F("arrested", 40, "~", "~|GHACOP|GHAMIL", "nabbed")])
S("2024-10-25", "wire", "embedded_content",
  "Lebanon's caretaker prime minister said his government was ready to deploy the army south of the Litani river under a ceasefire deal.",
  [E("AGREE", "0356", "ready", "his government was ready to deploy the army south of the Litani river", "Lebanon's caretaker prime minister|Lebanon",
     "LBNGOV|LBN", "~|Israel", "~|ISR", ok="MOBILIZE", hyp=True, rep=True, content="to deploy the army south of the Litani river")])
S("2022-05-31", "lowercase", "embedded_content",
  "eu leaders agreed to ban most russian oil imports by the end of the year.",
  [E("AGREE", "0354", "agreed", "eu leaders agreed to ban most russian oil imports", "EU leaders|EU", "IGOEUR", "Russia", "RUSGOV|RUS",
     ok="SANCTION", content="to ban most russian oil imports by the end of the year")])
S("2021-02-02", "wire", "embedded_content",
  "Myanmar's military rulers charged Aung San Suu Kyi with illegally importing walkie-talkies a day after detaining her.",
  [E("ACCUSE", "1121", "charged", "Myanmar's military rulers charged Aung San Suu Kyi", "Myanmar's military rulers|military", "MMRMIL",
     "Aung San Suu Kyi|Suu Kyi", "MMRGOV|MMROPP", ok="COERCE", content="illegally importing walkie-talkies", mode="allege"),
   E("COERCE", "173", "detaining", "a day after detaining her", "Myanmar's military rulers|military", "MMRMIL", "Aung San Suu Kyi|Suu Kyi",
     "MMRGOV|MMROPP", emb=True, mode="arrest")],
  [F("detained", 1, "Myanmar's military rulers|military", "MMRMIL", "detaining")])
S("2024-01-14", "wire", "embedded_content",
  "Guatemala's outgoing Congress sought to delay the swearing-in of the president-elect, prompting the Organization of American States to urge lawmakers to respect the vote.",
  [E("REQUEST", "1044", "urge", "the Organization of American States to urge lawmakers", "Organization of American States|OAS", "IGOOAS|IGO",
     "lawmakers|Congress", "GTMLEG", content="to respect the vote"),
   E("REJECT", "1231", "sought to delay", "Guatemala's outgoing Congress sought to delay the swearing-in", "Congress|Guatemala's outgoing Congress",
     "GTMLEG", "president-elect", "GTMGOV|GTMPTY|GTM", ok="COERCE")])
S("2023-06-08", "headline", "embedded_content",
  "Ukraine accuses Russia of blowing up Kakhovka dam",
  [E("ACCUSE", "1123", "accuses", "Ukraine accuses Russia of blowing up Kakhovka dam", "Ukraine", "UKRGOV|UKR", "Russia", "RUSMIL|RUS",
     content="blowing up Kakhovka dam", mode="allege")])
S("2022-09-23", "wire", "relative_clause",
  "Residents who fled the Izium area described how Russian soldiers had tortured detainees in a basement near the railway station.",
  [E("ASSAULT", "1822", "tortured", "Russian soldiers had tortured detainees in a basement", "Russian soldiers|Russia", "RUSMIL|RUS",
     "detainees", "UKRCVL|UKR", rep=True, emb=True, mode="torture")])
S("2025-05-19", "lowercase", "participial",
  "fleeing the fighting in el fasher, thousands of families reached the town of tawila, where aid agencies set up emergency clinics.",
  [E("AID", "073", "set up emergency clinics", "aid agencies set up emergency clinics", "aid agencies", "~|NGO", "families", "SDNCVL|SDN",
     emb=True, mode="humanitarian")])
S("2024-10-06", "wire", "temporal_clause",
  "Before leaving Beirut, the French foreign minister met the parliament speaker, who had been negotiating a truce on Hezbollah's behalf.",
  [E("CONSULT", "043", "met", "the French foreign minister met the parliament speaker", "French foreign minister|France", "FRAGOV|FRA",
     "parliament speaker|Lebanon", "LBNLEG|LBN", mode="visit"),
   E("CONSULT", "046", "negotiating", "who had been negotiating a truce on Hezbollah's behalf", "parliament speaker|Lebanon", "LBNLEG|LBN",
     "~|Israel", "~|ISR", emb=True, ok="CONSULT")])
S("2023-04-15", "long", "temporal_clause,participial",
  "Fighting erupted in Khartoum on Saturday between the army and the Rapid Support Forces, hours after the paramilitary group accused the military of surrounding one of its bases in the south of the capital and attacking it with heavy weapons.",
  [E("ASSAULT", "190", "Fighting erupted", "Fighting erupted in Khartoum on Saturday between the army and the Rapid Support Forces", "army|Sudan",
     "SDNMIL|SDN", "Rapid Support Forces|RSF", "SDNREB"),
   E("ACCUSE", "1123", "accused", "the paramilitary group accused the military", "Rapid Support Forces|RSF|paramilitary group", "SDNREB",
     "military|army", "SDNMIL", emb=True, content="surrounding one of its bases in the south of the capital and attacking it with heavy weapons",
     mode="allege")])
S("2022-03-02", "wire", "weapon_subject",
  "A missile slammed into the regional administration building in Kharkiv's Freedom Square, killing at least 10 people.",
  [E("ASSAULT", "195", "slammed into", "A missile slammed into the regional administration building", None, None,
     "regional administration building|Kharkiv", "UKRGOV|UKR", mode="aerial")],
  [F("killed", 10, None, None, "slammed into")])
S("2024-07-27", "lowercase", "weapon_subject,actor_context",
  "a rocket fired from lebanon killed 12 children on a football pitch in majdal shams, israel said, blaming hezbollah.",
  [E("ASSAULT", "195", "killed", "a rocket fired from lebanon killed 12 children", "~|Hezbollah", "~|LBNREB", "children|Majdal Shams",
     "ISRCVL|SYRCVL|ISR", rep=True, mode="aerial"),
   E("ACCUSE", "1123", "blaming", "blaming hezbollah", "Israel", "ISRGOV|ISR", "Hezbollah", "LBNREB", mode="allege")],
  [F("killed", 12, "~|Hezbollah", "~|LBNREB", "killed")])
S("2025-01-23", "wire", "hypothetical_arrest",
  "The president said soldiers who desert would be arrested and tried before military courts.",
  [E("THREATEN", "137", "would be arrested", "The president said soldiers who desert would be arrested", "president", "GOV", "soldiers", "MIL",
     ok="COERCE", rep=True, content="soldiers who desert would be arrested and tried before military courts", mode="arrest")])
S("2024-11-04", "lowercase", "background_arrest",
  "the journalist, detained for 18 months after covering the 2022 protests, returned to work at the newspaper in tehran.",
  [E("COERCE", "173", "detained", "the journalist, detained for 18 months", "~", "~|IRNGOV|IRNCOP", "journalist", "IRNMED", emb=True, hist=True,
     mode="arrest")])
S("2021-09-06", "wire", "plain", "The new bridge over the Zambezi is expected to cut travel times between the two capitals by half.")
S("2023-03-06", "lowercase", "plain", "the ministry of finance published its quarterly debt report on monday.")
S("2025-09-15", "headline", "lemma", "Rain stops play as England chase 300 in final test")
S("2022-10-12", "wire", "lemma", "The company said it would shoot the final scenes of the war film in Malta next spring.")
S("2024-06-08", "lowercase", "plain", "thousands of fans celebrated in the streets of abidjan after the national team won the cup.")
S("2020-07-07", "wire", "plain", "A spokesman for the commission declined to say when the report would be published.")


# --- batch 7: long sentences, hypothetical arrests, thinner types -------------------------
S("2024-09-09", "long", "perpetrator,temporal_clause,relative_clause",
  "Residents of the Sindh village said at least three men perished when police stormed a house where a suspect wanted for blasphemy was hiding, and that officers later set fire to two shops belonging to his relatives before withdrawing from the area.",
  [E("ASSAULT", "190", "stormed", "police stormed a house", "police", "PAKCOP", "house|suspect", "PAKCVL|PAK", rep=True, emb=True),
   E("ASSAULT", "1712", "set fire", "officers later set fire to two shops belonging to his relatives", "officers|police", "PAKCOP",
     "relatives|shops", "PAKCVL|PAK", ok="COERCE", rep=True, mode="destroy")],
  [F("killed", 3, "police", "PAKCOP", "stormed")])
S("2025-07-16", "long", "perpetrator,agentless_passive,pp_noun",
  "A teenager who was wounded by rubber bullets during Monday's protest in Nairobi's central business district succumbed to his injuries at Kenyatta National Hospital, bringing the number of people killed in the police crackdown on the demonstrations to 11, a rights group said.",
  [E("ASSAULT", "175", "crackdown", "killed in the police crackdown on the demonstrations", "police", "KENCOP",
     "~|demonstrators", "~|KENOPP|KENCVL", ok="COERCE", rep=True, emb=True, mode="crowd-control"),
   E("ASSAULT", "175", "rubber bullets", "wounded by rubber bullets during Monday's protest", "~|police", "~|KENCOP", "teenager",
     "KENCVL|KENOPP", ok="COERCE", rep=True, emb=True, mode="crowd-control"),
   E("PROTEST", "141", "protest", "Monday's protest in Nairobi's central business district", "~|protesters", "~|KENOPP", "~", "~|KENGOV",
     rep=True, emb=True, mode="demo")],
  [F("killed", 11, "police", "KENCOP", "crackdown"), F("killed", 1, "~|police", "~|KENCOP", "rubber bullets")])
S("2023-03-02", "long", "embedded_content,failure,igo",
  "G20 foreign ministers meeting in New Delhi failed to agree on a joint statement because of divisions over the war in Ukraine, although the host urged them to work together on food and energy security and Russia and China refused to sign a paragraph condemning the invasion.",
  [E("AGREE", "030", "failed to agree", "G20 foreign ministers meeting in New Delhi failed to agree on a joint statement", "G20 foreign ministers|G20",
     "IGOG20|IGO", "~", "~", neg=True, content="a joint statement"),
   E("REQUEST", "101", "urged", "the host urged them to work together on food and energy security", "host|India", "INDGOV|IND",
     "G20 foreign ministers|G20", "IGOG20|IGO", content="to work together on food and energy security"),
   E("REJECT", "120", "refused", "Russia and China refused to sign a paragraph condemning the invasion", "Russia", "RUSGOV|RUS",
     "~|G20", "~|IGOG20|IGO", content="to sign a paragraph condemning the invasion"),
   E("CONSULT", "044", "meeting", "G20 foreign ministers meeting in New Delhi", "G20 foreign ministers|G20", "IGOG20|IGO", "~", "~",
     emb=True, mode="multilateral")])
S("2024-12-21", "long", "actor_context,embedded_content",
  "The interim president, who took office after a coup last year, announced that the curfew imposed on the capital would be lifted from Monday and that political detainees held since the summer would be freed, but warned that anyone caught carrying weapons would face military courts.",
  [E("CONCEDE", "0813", "would be lifted", "the curfew imposed on the capital would be lifted from Monday", "interim president", "GOV",
     "~", "~", ok="RETREAT|AGREE", hyp=True, rep=True),
   E("AGREE", "0353", "would be freed", "political detainees held since the summer would be freed", "interim president", "GOV",
     "political detainees", "OPP", ok="RETREAT", hyp=True, rep=True),
   E("THREATEN", "137", "warned", "warned that anyone caught carrying weapons would face military courts", "interim president", "GOV",
     "~", "~", content="anyone caught carrying weapons would face military courts"),
   E("COERCE", "1041", "coup", "who took office after a coup last year", "interim president|~", "GOV|~", "~", "~", ok="ASSAULT", emb=True,
     hist=True)])
S("2022-11-27", "long", "partitive,relative_clause",
  "Under the deal, which was signed in the Mexican capital, the Venezuelan government and the opposition agreed to unfreeze part of the three billion dollars of state funds held abroad to pay for food and medicine, and the United States eased some of the oil sanctions on Caracas.",
  [E("AGREE", "0354", "agreed", "the Venezuelan government and the opposition agreed to unfreeze part of the three billion dollars of state funds",
     "Venezuelan government|Venezuela", "VENGOV|VEN", "opposition", "VENOPP", content="to unfreeze part of the three billion dollars of state funds held abroad"),
   E("RETREAT", "085", "eased some of the oil sanctions", "the United States eased some of the oil sanctions on Caracas", "United States", "USAGOV|USA",
     "Caracas|Venezuela", "VENGOV|VEN", ok="CONCEDE", mode="ease"),
   E("AGREE", "057", "signed", "which was signed in the Mexican capital", "~|Venezuelan government", "~|VENGOV", "~|opposition", "~|VENOPP",
     ok="SUPPORT", emb=True)])
S("2025-02-25", "wire", "hypothetical_arrest",
  "Opposition lawmakers who travel to the capital for the vote may be detained on arrival, their party said, citing warnings from security officials.",
  [E("COERCE", "173", "may be detained", "may be detained on arrival", "~|security officials", "~|GOV|COP", "opposition lawmakers", "OPP|LEG",
     hyp=True, rep=True, mode="arrest")])
S("2023-10-30", "lowercase", "hypothetical_arrest",
  "the ousted leader risks being arrested as soon as he lands in islamabad, his aides said, adding that he would still return on saturday.",
  [E("COERCE", "173", "risks being arrested", "the ousted leader risks being arrested as soon as he lands in islamabad", "~", "~|PAKCOP|PAKGOV",
     "ousted leader", "PAKOPP|PAKGOV|PAK", hyp=True, rep=True, mode="arrest")])
S("2024-05-23", "wire", "plain",
  "Kenya's parliament voted to repeal a colonial-era law that criminalised loitering, a demand of rights groups for two decades.",
  [E("CONCEDE", "0811", "voted to repeal", "Kenya's parliament voted to repeal a colonial-era law", "Kenya's parliament|parliament", "KENLEG",
     "~|rights groups", "~|KENNGO|NGO", ok="RETREAT")])
S("2022-04-02", "headline", "plain",
  "Yemen's warring parties agree to two-month truce",
  [E("AGREE", "0356", "agree", "Yemen's warring parties agree to two-month truce", "Yemen's warring parties|Yemen", "YEMGOV|YEM",
     "~|Houthis", "~|YEMREB", ok="RETREAT", content="two-month truce")])
S("2023-03-24", "lowercase", "plain",
  "the government dropped its plan to raise the retirement age for police officers after a week of protests by their families.",
  [E("CONCEDE", "0832", "dropped its plan", "the government dropped its plan to raise the retirement age", "government", "GOV",
     "~|families", "~|CVL", ok="RETREAT"),
   E("PROTEST", "141", "protests", "a week of protests by their families", "families", "CVL", "~|government", "~|GOV", emb=True, mode="demo")])
S("2024-08-30", "wire", "plain",
  "Brazil and Argentina agreed to share radar data to track drug flights over the tri-border area.",
  [E("AGREE", "0314", "agreed", "Brazil and Argentina agreed to share radar data", "Brazil", "BRAGOV|BRA", "Argentina", "ARGGOV|ARG",
     ok="COOPERATE", content="to share radar data to track drug flights over the tri-border area")])
S("2021-10-19", "wire", "plain",
  "Mexican and U.S. officials launched a joint task force against arms trafficking across the border.",
  [E("COOPERATE", "063", "launched a joint task force", "Mexican and U.S. officials launched a joint task force", "Mexican officials|Mexico",
     "MEXGOV|MEX", "U.S. officials|United States", "USAGOV|USA")])
S("2025-06-19", "lowercase", "light_verb",
  "indonesian and malaysian forces conducted joint patrols in the sulawesi sea to deter kidnappings by militant groups.",
  [E("COOPERATE", "062", "conducted joint patrols", "indonesian and malaysian forces conducted joint patrols in the sulawesi sea",
     "Indonesian forces|Indonesia", "IDNMIL|IDN", "Malaysian forces|Malaysia", "MYSMIL|MYS", ok="MOBILIZE")])
S("2023-04-26", "wire", "plain",
  "Sudan's army and the RSF handed over evacuation routes to foreign governments, allowing Saudi, Turkish and French planes to fly their citizens out.",
  [E("RETREAT", "086", "handed over evacuation routes", "handed over evacuation routes to foreign governments", "Sudan's army|army", "SDNMIL",
     "foreign governments", "~|GOV", ok="COOPERATE", mode="access")])
S("2024-04-11", "wire", "plain",
  "Nigeria withdrew from the regional force fighting Boko Haram around Lake Chad, citing a lack of funding.",
  [E("SANCTION", "1661", "withdrew", "Nigeria withdrew from the regional force fighting Boko Haram", "Nigeria", "NGAGOV|NGAMIL|NGA",
     "regional force", "IGO|~", ok="RETREAT", mode="withdraw")])
S("2022-08-03", "lowercase", "plain",
  "china suspended imports of citrus fruit and fish from taiwan hours before the u.s. house speaker landed in taipei.",
  [E("SANCTION", "163", "suspended imports", "china suspended imports of citrus fruit and fish from taiwan", "China", "CHNGOV|CHN",
     "Taiwan", "TWN|TWNGOV|TWNBUS", ok="COERCE")])
S("2023-12-13", "wire", "plain",
  "The United Nations ended its peacekeeping mission in Mali after the junta ordered the blue helmets to leave.",
  [E("SANCTION", "1661", "ended its peacekeeping mission", "The United Nations ended its peacekeeping mission in Mali", "United Nations|UN",
     "IGOUNO", "Mali", "MLIGOV|MLI", ok="RETREAT", mode="expel"),
   E("SANCTION", "1661", "ordered the blue helmets to leave", "the junta ordered the blue helmets to leave", "junta", "MLIMIL|MLIGOV",
     "blue helmets|United Nations", "IGOUNO", ok="REQUEST|COERCE", emb=True, mode="expel")])
S("2025-03-31", "police", "perpetrator,agentless_passive,actor_context",
  "Two brothers were killed in a police encounter in the Bahraich district of Uttar Pradesh, their family said, alleging the shooting was staged.",
  [E("ASSAULT", "193", "encounter", "killed in a police encounter", "police", "INDCOP", "brothers", "INDCVL|IND", rep=True, emb=True,
     mode="firearms"),
   E("ACCUSE", "1121", "alleging", "alleging the shooting was staged", "family", "INDCVL|IND", "~|police", "~|INDCOP",
     content="the shooting was staged", mode="allege")],
  [F("killed", 2, "police", "INDCOP", "encounter")])
S("2024-11-13", "police", "perpetrator,actor_context",
  "Masked gunmen in the Mexican state of Guanajuato shot dead seven people at a bar, the state attorney general's office said.",
  [E("ASSAULT", "193", "shot dead", "Masked gunmen in the Mexican state of Guanajuato shot dead seven people", "gunmen|masked gunmen",
     "MEXCRM|MEX", "people", "MEXCVL|MEX", rep=True, mode="firearms")],
  [F("killed", 7, "gunmen|masked gunmen", "MEXCRM|MEX", "shot dead")])
S("2022-09-22", "lowercase", "perpetrator,agentless_passive",
  "the woman was severely beaten by officers of iran's morality police and later died in hospital, her family told reporters.",
  [E("ASSAULT", "182", "beaten", "the woman was severely beaten by officers of iran's morality police", "morality police|officers",
     "IRNCOP", "woman", "IRNCVL|IRN", rep=True, mode="beat")],
  [F("killed", 1, "morality police|officers", "IRNCOP", "beaten")])


# --- batch 8: injuries, 2026 news ----------------------------------------------------------
S("2026-01-19", "police", "perpetrator,agentless_passive",
  "Fourteen people were injured when police fired tear gas and rubber bullets at traders protesting against new market fees in Kumasi.",
  [E("ASSAULT", "175", "fired tear gas and rubber bullets", "police fired tear gas and rubber bullets at traders", "police", "GHACOP",
     "traders", "GHABUS|GHACVL|GHAOPP", ok="COERCE", emb=True, mode="crowd-control"),
   E("PROTEST", "141", "protesting", "traders protesting against new market fees", "traders", "GHABUS|GHACVL|GHAOPP", "~", "~|GHAGOV",
     emb=True, mode="demo")],
  [F("wounded", 14, "police", "GHACOP", "fired tear gas and rubber bullets")])
S("2026-03-07", "lowercase", "perpetrator,pp_noun",
  "nine soldiers were wounded in an ambush by jihadist fighters on a convoy near the malian town of gao, the army said.",
  [E("ASSAULT", "190", "ambush", "an ambush by jihadist fighters on a convoy", "jihadist fighters", "MLIREB|REB", "soldiers|convoy", "MLIMIL",
     rep=True, emb=True)],
  [F("wounded", 9, "jihadist fighters", "MLIREB|REB", "ambush")])
S("2026-05-12", "headline", "perpetrator",
  "Army shelling wounds 23 in Darfur market",
  [E("ASSAULT", "194", "shelling", "Army shelling wounds 23 in Darfur market", "army", "SDNMIL", "~", "SDNCVL|SDN", mode="heavy-weapons")],
  [F("wounded", 23, "army", "SDNMIL", "shelling")])
S("2026-08-28", "wire", "actor_context,embedded_content",
  "President Adeyemi ordered the police chief in Kano to release 40 protesters detained during last week's fuel price demonstrations.",
  [E("REQUEST", "1053", "ordered", "President Adeyemi ordered the police chief in Kano", "President Adeyemi|Adeyemi", "NGAGOV|NGA",
     "police chief|police", "NGACOP", ok="RETREAT", content="to release 40 protesters detained during last week's fuel price demonstrations",
     mode="yield"),
   E("COERCE", "173", "detained", "40 protesters detained during last week's fuel price demonstrations", "~|police", "~|NGACOP", "protesters",
     "NGAOPP|NGACVL", emb=True, mode="arrest"),
   E("PROTEST", "141", "demonstrations", "last week's fuel price demonstrations", "~|protesters", "~|NGAOPP", "~", "~|NGAGOV", emb=True,
     mode="demo")],
  [F("detained", 40, "~|police", "~|NGACOP", "detained")])
S("2026-10-02", "lowercase", "phrasal_arrest,actor_context",
  "the governor's aide was picked up by officers of the economic and financial crimes commission in abuja over a 2 billion naira contract fraud.",
  [E("COERCE", "173", "picked up", "the governor's aide was picked up by officers of the economic and financial crimes commission",
     "Economic and Financial Crimes Commission|officers", "NGACOP|NGAGOV", "governor's aide|aide", "NGAGOV", mode="arrest")],
  [F("arrested", 1, "Economic and Financial Crimes Commission|officers", "NGACOP|NGAGOV", "picked up")])
S("2026-11-16", "wire", "plain", "The finance ministry said the 2027 budget would be presented to parliament in the second week of December.")


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
