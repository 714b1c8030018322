"""Build tests/data/attribution_dev.jsonl from the hand-written cases below.

Every case is invented (wording, names, figures, quotes). Each line is analysed as its
own short article. Run:  python tests/data/build_attribution_dev.py
The script checks that every annotated substring occurs in the text (respecting the
*_occurrence fields), adds 0-based end-exclusive character offsets and writes the file
sorted by id. It fails loudly on any mismatch. Conventions: tests/data/README.md, section 3.
"""
from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent / "attribution_dev.jsonl"

KINDS = {"sp": "speech", "st": "stance", "be": "belief", "in": "intention", "sa": "statement",
         "no": "noun", "ev": "evidence", "di": "directive", "ac": "according_to", "col": "colon"}
SOURCE_KINDS = {"p": "person", "o": "organization", "g": "group", "d": "document", "m": "media",
                "c": "country", None: None}
QUOTES = {"d": "direct", "i": "indirect", "m": "mixed"}
STYLES = {"wire", "local", "political", "business", "courts", "science", "sports", "headline",
          "interview", "roundup", "lowercase", "long"}
# hard-case tags given by hand (split quotes, continuations, pronoun sources and negation
# are derived from the annotation itself)
TAGS = {"inv", "unnamed", "itthey", "head", "dateline", "embed", "who", "roundup", "splitcue",
        "headline", "said_nonclaim", "scare", "title", "lyrics", "idiom", "byline", "plan",
        "nickname"}

CASES: list[dict] = []


def A(k, cue, content, source, sk="p", q="i", neg=False, parts=None, ref=None, cont=None,
      co=None, so=None, cuo=None, ro=None):
    """One attribution. k: kind code (KINDS); sk: source-kind code; q: d/i/m;
    co/so/cuo/ro: 1-based occurrence of content/source/cue/source_ref when repeated."""
    a = {"cue_kind": KINDS[k], "cue": cue, "content": parts[0] if parts else content,
         "source": source, "source_kind": SOURCE_KINDS[sk if source is not None else None],
         "negated": neg, "quote": QUOTES[q]}
    if parts:
        a["parts"] = list(parts)
    if ref is not None:
        a["source_ref"] = ref
    if cont is not None:
        a["continues"] = cont
    for key, val in (("content_occurrence", co), ("source_occurrence", so),
                     ("cue_occurrence", cuo), ("source_ref_occurrence", ro)):
        if val is not None:
            a[key] = val
    return a


def L(style, text, *attrs, note="", pub=None, tags=""):
    CASES.append({"style": style, "text": text, "attributions": list(attrs), "note": note,
                  "published": pub, "tags": tags.split()})


def starts(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def whole_word(text: str, s: int, e: int) -> bool:
    return (s == 0 or not text[s - 1].isalnum()) and (e == len(text) or not text[e].isalnum())


def find(text: str, a: dict, field: str, cid: str) -> tuple[int, int]:
    """Offsets of a[field] in text. The 1-based a[field + '_occurrence'] picks among repeated
    substrings; when it is missing and the substring repeats, the one whole-word match is
    taken and its occurrence recorded (so a short pronoun inside a longer word is skipped)."""
    sub, key = a[field], field + "_occurrence"
    hits = starts(text, sub)
    if not hits:
        sys.exit(f"{cid}: {field} {sub!r} not in text: {text!r}")
    if key in a:
        if a[key] > len(hits):
            sys.exit(f"{cid}: {field} {sub!r} has no occurrence {a[key]}")
        s = hits[a[key] - 1]
    elif len(hits) == 1:
        s = hits[0]
    else:
        words = [h for h in hits if whole_word(text, h, h + len(sub))]
        if len(words) != 1:
            sys.exit(f"{cid}: {field} {sub!r} occurs {len(hits)} times; give {key}")
        s = words[0]
        a[key] = hits.index(s) + 1
    return s, s + len(sub)


def build() -> list[dict]:
    out = []
    base = date(2025, 1, 6)
    seen = set()
    for n, c in enumerate(CASES, 1):
        cid = f"attr-{n:04d}"
        text = c["text"]
        if text in seen:
            sys.exit(f"{cid}: duplicate text")
        seen.add(text)
        assert c["style"] in STYLES, (cid, c["style"])
        assert set(c["tags"]) <= TAGS, (cid, c["tags"])
        assert text == text.strip() and text, cid
        pub = c["published"] or (base + timedelta(days=(n * 7) % 300)).isoformat()
        attrs = []
        for i, a in enumerate(c["attributions"]):
            a = dict(a)
            s, e = find(text, a, "content", cid)
            a["content_start"], a["content_end"] = s, e
            if "parts" in a:
                spans, pos = [], s
                for j, p in enumerate(a["parts"]):
                    ps = text.find(p, pos if j else s)
                    if ps < 0 or (j == 0 and ps != s):
                        sys.exit(f"{cid}: part {p!r} not found in order")
                    spans.append([ps, ps + len(p)])
                    pos = ps + len(p)
                a["parts_spans"] = spans
            if a["cue"] is None:
                a["cue_start"] = a["cue_end"] = None
            else:
                a["cue_start"], a["cue_end"] = find(text, a, "cue", cid)
            if a["source"] is None:
                a["source_start"] = a["source_end"] = None
            else:
                a["source_start"], a["source_end"] = find(text, a, "source", cid)
            if "source_ref" in a:
                a["source_ref_start"], a["source_ref_end"] = find(text, a, "source_ref", cid)
                assert a["source"].lower() in {"he", "she", "it", "they", "his", "her", "its", "their", "we", "i", "him", "them"}, (cid, a["source"])
            if "continues" in a:
                prev = c["attributions"][a["continues"]]
                assert a["continues"] < i and prev["source"] == a["source"], cid
            if a["cue_kind"] != "colon" and a["cue"] is None:
                assert "continues" in a or a["cue_kind"] == "according_to", (cid, a)
            attrs.append(a)
        out.append({"id": cid, "style": c["style"], "published": pub, "text": text,
                    "attributions": attrs, "note": c["note"], "tags": c["tags"]})
    return out


def main() -> None:
    items = build()
    items.sort(key=lambda it: it["id"])
    with OUT.open("w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} lines, {sum(len(it['attributions']) for it in items)} attributions to {OUT}")


# ---------------------------------------------------------------------------------------
# Cases. Kind codes: sp speech, st stance, be belief, in intention, sa statement, no noun,
# ev evidence, di directive, ac according_to, col colon. Source kinds: p person,
# o organization, g group, d document, m media, c country. Quotes: d direct, i indirect, m mixed.
# ---------------------------------------------------------------------------------------
# --- batch 1: speech, stance, datelines, split quotes, inverted "said X" -------------------
L("wire", "Senator Maria Lane praised the governor as a steady hand on Tuesday.",
  A("st", "praised", "the governor as a steady hand", "Senator Maria Lane"), pub="2025-03-04")
L("wire", "OSLO (Reuters) - Norway's central bank said on Thursday it would keep its key rate at 4.5 percent until the end of the year.",
  A("sp", "said", "it would keep its key rate at 4.5 percent until the end of the year", "Norway's central bank", "o"),
  tags="dateline")
L("wire", "KYIV - Ukraine's energy minister said overnight drone strikes had cut power to more than 200,000 homes in the Kharkiv region.",
  A("sp", "said", "overnight drone strikes had cut power to more than 200,000 homes in the Kharkiv region", "Ukraine's energy minister"),
  tags="dateline")
L("wire", "\"We will not sign anything that gives away the harbor,\" said Mayor Tom Reyes.",
  A("sp", "said", "We will not sign anything that gives away the harbor", "Mayor Tom Reyes", q="d"),
  tags="inv")
L("local", "\"The water is safe to drink,\" said Lena Haugen, a spokeswoman for the county utility, after residents complained about the smell.",
  A("sp", "said", "The water is safe to drink", "Lena Haugen, a spokeswoman for the county utility", q="d"),
  tags="inv", note="source includes the appositive; head is Lena Haugen")
L("political", "\"This budget is a fraud,\" the opposition leader, Kwame Asante, said. \"It hides a deficit of two billion cedis.\"",
  A("sp", "said", "This budget is a fraud", "the opposition leader, Kwame Asante", q="d"),
  A("sp", None, "It hides a deficit of two billion cedis.", "the opposition leader, Kwame Asante", q="d", cont=0))
L("wire", "\"The ceasefire is holding,\" he said, \"but nobody trusts it.\"",
  A("sp", "said", None, "he", q="d", parts=["The ceasefire is holding", "but nobody trusts it."]),
  note="pronoun with no antecedent in the line: no source_ref")
L("interview", "\"I was never told about the contract,\" Ms. Okafor said, \"and I would have stopped it if I had been.\"",
  A("sp", "said", None, "Ms. Okafor", q="d", parts=["I was never told about the contract", "and I would have stopped it if I had been."]))
L("business", "Shares in Nordvik Shipping fell 8 percent after the company said third-quarter profit would miss forecasts.",
  A("sp", "said", "third-quarter profit would miss forecasts", "the company", "o"), tags="unnamed")
L("courts", "The judge said the defendant had shown no remorse and sentenced him to nine years.",
  A("sp", "said", "the defendant had shown no remorse", "The judge"), tags="unnamed")
L("wire", "A senior official told reporters that the talks had stalled over the sequencing of prisoner releases.",
  A("sp", "told", "the talks had stalled over the sequencing of prisoner releases", "A senior official"), tags="unnamed")
L("wire", "Police said three people were detained after the march turned violent near the parliament building.",
  A("sp", "said", "three people were detained after the march turned violent near the parliament building", "Police", "o"))
L("political", "Chancellor Meier told the Bundestag that Germany would meet its defence spending target two years early.",
  A("sp", "told", "Germany would meet its defence spending target two years early", "Chancellor Meier"))
L("sports", "\"We were second to every ball,\" coach Daniel Ferreira said after the 3-0 defeat.",
  A("sp", "said", "We were second to every ball", "coach Daniel Ferreira", q="d"))
L("sports", "\"It's the best I've felt all season,\" said Amara Diallo, who finished the 10,000 metres in a national record.",
  A("sp", "said", "It's the best I've felt all season", "Amara Diallo", q="d"), tags="inv")
L("science", "\"The results surprised us,\" said Dr. Hiroshi Tanaka, the study's lead author. \"We expected the opposite effect.\"",
  A("sp", "said", "The results surprised us", "Dr. Hiroshi Tanaka, the study's lead author", q="d"),
  A("sp", None, "We expected the opposite effect.", "Dr. Hiroshi Tanaka, the study's lead author", q="d", cont=0),
  tags="inv")
L("wire", "The spokesman added that no decision had been taken on sending more troops.",
  A("sp", "added", "no decision had been taken on sending more troops", "The spokesman"), tags="unnamed")
L("political", "Prime Minister Sara Lindqvist announced on Monday that the election would be held on September 14.",
  A("sp", "announced", "the election would be held on September 14", "Prime Minister Sara Lindqvist"))
L("local", "The fire chief explained that the blaze had started in a storage room and spread through the roof.",
  A("sp", "explained", "the blaze had started in a storage room and spread through the roof", "The fire chief"))
L("courts", "Defence lawyer Priya Nair insisted that her client had been nowhere near the warehouse that night.",
  A("sp", "insisted", "her client had been nowhere near the warehouse that night", "Defence lawyer Priya Nair"))
L("wire", "The World Health Organization warned that cholera cases could double by the end of the rainy season.",
  A("sp", "warned", "cholera cases could double by the end of the rainy season", "The World Health Organization", "o"))
L("wire", "Rescue workers said they had pulled 14 survivors from the rubble. They said dozens more were feared trapped.",
  A("sp", "said", "they had pulled 14 survivors from the rubble", "Rescue workers", "g", cuo=1),
  A("sp", "said", "dozens more were feared trapped", "They", "g", cuo=2, ref="Rescue workers"),
  tags="itthey", note="the agentless 'were feared trapped' inside the reported clause is not annotated separately")
L("business", "Lakeview Holdings said it had hired advisers to explore a sale. It declined to name a price.",
  A("sp", "said", "it had hired advisers to explore a sale", "Lakeview Holdings", "o"),
  A("in", "declined to", "name a price", "It", "o", ref="Lakeview Holdings"),
  tags="itthey", note="declined to + non-speech verb: intention, not negated")
L("wire", "The ministry said it would not comment on the report until it had been reviewed.",
  A("sp", "said", "it would not comment on the report until it had been reviewed", "The ministry", "o"),
  tags="unnamed")
L("political", "\"Nobody elected the commission,\" said Marine Dufresne. \"Nobody can remove it either.\"",
  A("sp", "said", "Nobody elected the commission", "Marine Dufresne", q="d"),
  A("sp", None, "Nobody can remove it either.", "Marine Dufresne", q="d", cont=0), tags="inv")
L("wire", "\"There is no military solution,\" the envoy said, \"only a political one, and it has to start now.\"",
  A("sp", "said", None, "the envoy", q="d", parts=["There is no military solution", "only a political one, and it has to start now."]),
  tags="unnamed")
L("local", "\"We love this park,\" said resident Joan Pike, 71, \"and we are not going to let them pave it.\"",
  A("sp", "said", None, "resident Joan Pike", q="d", parts=["We love this park", "and we are not going to let them pave it."]),
  tags="inv")
L("courts", "\"The evidence is overwhelming,\" prosecutor Ahmed Karimi told the jury.",
  A("sp", "told", "The evidence is overwhelming", "prosecutor Ahmed Karimi", q="d"))
L("political", "She told supporters in Manchester that Labour would scrap the tax \"on day one\".",
  A("sp", "told", "Labour would scrap the tax \"on day one\"", "She", q="m"),
  note="pronoun with no antecedent in the line")
L("wire", "Interior Minister Jorge Salas said the gang had \"declared war on the state\" and that the army would be deployed.",
  A("sp", "said", "the gang had \"declared war on the state\" and that the army would be deployed", "Interior Minister Jorge Salas", q="m"))
L("business", "Chief executive Ruth Adeyemi said demand for the new chips was \"off the charts\" in Asia.",
  A("sp", "said", "demand for the new chips was \"off the charts\" in Asia", "Chief executive Ruth Adeyemi", q="m"))
# stance
L("political", "The opposition blamed the council for the delays on the northern bypass.",
  A("st", "blamed", "the council for the delays on the northern bypass", "The opposition", "g"))
L("political", "Finance Minister Ivo Petrov described the plan as reckless and unfunded.",
  A("st", "described", "the plan as reckless and unfunded", "Finance Minister Ivo Petrov"))
L("political", "Hardliners called the deal \"a surrender\" and walked out of the chamber.",
  A("st", "called", "the deal \"a surrender\"", "Hardliners", "g", q="m"))
L("wire", "The army denied the allegations and said its troops had acted within the law.",
  A("st", "denied", "the allegations", "The army", "o"),
  A("sp", "said", "its troops had acted within the law", "The army", "o"))
L("wire", "Human rights groups condemned the executions, the first in the country in a decade.",
  A("st", "condemned", "the executions, the first in the country in a decade", "Human rights groups", "g"))
L("political", "Several African leaders welcomed the debt relief package but said it came too late.",
  A("st", "welcomed", "the debt relief package", "Several African leaders", "g"),
  A("sp", "said", "it came too late", "Several African leaders", "g"))
L("political", "The government rejected the claim that it had spied on journalists.",
  A("st", "rejected", "the claim that it had spied on journalists", "The government", "o"),
  A("no", "claim", "it had spied on journalists", None),
  note="the owner of 'the claim' is not named: noun cue with null source")
L("political", "The minister rejected her claim that the audit was rigged.",
  A("st", "rejected", "her claim that the audit was rigged", "The minister"),
  A("no", "claim", "the audit was rigged", "her"),
  tags="embed", note="main-clause subject owns the stance; 'her' owns the noun cue (no antecedent in line)")
L("local", "Parents criticised the school board for closing two libraries without consultation.",
  A("st", "criticised", "the school board for closing two libraries without consultation", "Parents", "g"))
L("sports", "The club's supporters' trust slammed the ticket price rise as \"a betrayal of loyal fans\".",
  A("st", "slammed", "the ticket price rise as \"a betrayal of loyal fans\"", "The club's supporters' trust", "o", q="m"))
L("courts", "The defendant denied all seven charges at a hearing in Leeds Crown Court.",
  A("st", "denied", "all seven charges", "The defendant"))
L("business", "Investors applauded the merger, sending both stocks to record highs.",
  A("st", "applauded", "the merger", "Investors", "g"))
L("political", "Beijing accused Manila of provoking the collision near Second Thomas Shoal.",
  A("st", "accused", "Manila of provoking the collision near Second Thomas Shoal", "Beijing", "c"))
L("wire", "Moscow dismissed the sanctions as meaningless and said they would hurt Europe more than Russia.",
  A("st", "dismissed", "the sanctions as meaningless", "Moscow", "c"),
  A("sp", "said", "they would hurt Europe more than Russia", "Moscow", "c"))
L("local", "Councillor Beth Omondi defended the new parking fees as the only way to fund bus routes.",
  A("st", "defended", "the new parking fees as the only way to fund bus routes", "Councillor Beth Omondi"))
L("political", "The senator praised the agreement, calling it \"a good day for farmers\".",
  A("st", "praised", "the agreement", "The senator"),
  A("st", "calling", "it \"a good day for farmers\"", "The senator", q="m"))
L("science", "Other researchers questioned the study's small sample of 40 patients.",
  A("st", "questioned", "the study's small sample of 40 patients", "Other researchers", "g"))
L("wire", "The United Nations Security Council condemned in the strongest terms the attack on the peacekeepers.",
  A("st", "condemned", "the attack on the peacekeepers", "The United Nations Security Council", "o"),
  tags="splitcue")
L("business", "The union denounced the layoffs as \"a cynical cash grab\" by the new owners.",
  A("st", "denounced", "the layoffs as \"a cynical cash grab\" by the new owners", "The union", "o", q="m"))
# belief
L("wire", "Ms. Ortiz believes the harbor deal will collapse before the summer.",
  A("be", "believes", "the harbor deal will collapse before the summer", "Ms. Ortiz"))
L("wire", "Officials fear the outbreak could spread to the refugee camps along the border.",
  A("be", "fear", "the outbreak could spread to the refugee camps along the border", "Officials", "g"))
L("political", "The president is convinced that the tariffs will bring factories back.",
  A("be", "is convinced", "the tariffs will bring factories back", "The president"))
L("business", "The central bank is expected to cut rates by a quarter point on Thursday.",
  A("be", "is expected", "to cut rates by a quarter point on Thursday", None),
  note="agentless 'is expected to': the subject is the topic, not the source; source null")
L("political", "The vote was widely seen as a referendum on the prime minister's handling of the economy.",
  A("be", "was widely seen", "as a referendum on the prime minister's handling of the economy", None),
  note="agentless 'was seen as': source null")
L("local", "Many residents think the new stadium will bring more traffic than jobs.",
  A("be", "think", "the new stadium will bring more traffic than jobs", "Many residents", "g"), tags="unnamed")
L("business", "Analysts doubt the company can hit its margin target this year.",
  A("be", "doubt", "the company can hit its margin target this year", "Analysts", "g"), tags="unnamed")
L("wire", "Investigators suspect the fire was started deliberately.",
  A("be", "suspect", "the fire was started deliberately", "Investigators", "g"))
L("political", "Diplomats hope a deal can be reached before the General Assembly opens.",
  A("be", "hope", "a deal can be reached before the General Assembly opens", "Diplomats", "g"))
L("science", "The team suspects that the signal comes from a previously unknown neutron star.",
  A("be", "suspects", "the signal comes from a previously unknown neutron star", "The team", "g"))
L("local", "Farmers worry that a second dry summer will wipe out the apple harvest.",
  A("be", "worry", "a second dry summer will wipe out the apple harvest", "Farmers", "g"))
# intention
L("wire", "The union wants to delay the vote until after the holidays.",
  A("in", "wants", "to delay the vote until after the holidays", "The union", "o"))
L("business", "Volta Motors plans to build a battery plant in Silesia by 2028.",
  A("in", "plans", "to build a battery plant in Silesia by 2028", "Volta Motors", "o"))
L("political", "The rebels vowed to fight on until the capital fell.",
  A("in", "vowed", "to fight on until the capital fell", "The rebels", "g"))
L("political", "Lawmakers voted to extend the state of emergency for another 90 days.",
  A("in", "voted", "to extend the state of emergency for another 90 days", "Lawmakers", "g"))
L("courts", "The Supreme Court declined to hear the appeal, leaving the lower court's ruling in place.",
  A("in", "declined", "to hear the appeal", "The Supreme Court", "o"))
L("wire", "Hungary intends to veto the new sanctions package, its foreign minister said.",
  A("in", "intends", "to veto the new sanctions package", "Hungary", "c"),
  A("sp", "said", "Hungary intends to veto the new sanctions package", "its foreign minister"),
  note="speech by the foreign minister carries the intention of Hungary")
L("political", "The governor pledged to hire 2,000 new teachers in her first term.",
  A("in", "pledged", "to hire 2,000 new teachers in her first term", "The governor"))
L("courts", "The witness refused to answer questions about the payments.",
  A("in", "refused", "to answer questions about the payments", "The witness"))
L("business", "The board decided to suspend the dividend for the rest of the year.",
  A("in", "decided", "to suspend the dividend for the rest of the year", "The board", "o"))
L("sports", "Ferreira intends to rest several senior players for the cup tie.",
  A("in", "intends", "to rest several senior players for the cup tie", "Ferreira"))
L("political", "The coalition does not plan to raise the retirement age, the party leader said.",
  A("in", "does not plan", "to raise the retirement age", "The coalition", "o", neg=True),
  A("sp", "said", "The coalition does not plan to raise the retirement age", "the party leader"))
L("local", "The council has no plans to close the swimming pool, a spokeswoman said.",
  A("sp", "said", "The council has no plans to close the swimming pool", "a spokeswoman"),
  A("no", "plans", "to close the swimming pool", "The council", "o", neg=True),
  tags="unnamed", note="'has no plans to': noun cue, negated")
# --- batch 2: statement, noun, evidence, directive, according_to, colon ----------------------
L("wire", "The foreign ministry released a statement saying the ambassador had been recalled for consultations.",
  A("sa", "released a statement saying", "the ambassador had been recalled for consultations", "The foreign ministry", "o"))
L("political", "The European Commission expressed concern that the new law would curb media freedom.",
  A("sa", "expressed concern", "the new law would curb media freedom", "The European Commission", "o"))
L("political", "Several senators expressed concern about the cost of the fighter jet programme.",
  A("sa", "expressed concern", "the cost of the fighter jet programme", "Several senators", "g"))
L("political", "In a speech on Monday, President Ruto said the tax increases were necessary to avoid default.",
  A("sa", "In a speech on Monday", "the tax increases were necessary to avoid default", "President Ruto"),
  note="statement setting + plain speech verb: one attribution, statement")
L("wire", "The weather service issued a warning of flash floods across three southern provinces.",
  A("sa", "issued a warning", "of flash floods across three southern provinces", "The weather service", "o"))
L("interview", "In an interview with the Guardian, the former minister admitted she had misjudged the mood of the party.",
  A("sa", "In an interview with the Guardian", "she had misjudged the mood of the party", "the former minister"),
  note="setting + speech verb 'admitted': statement; speech also defensible")
L("political", "The billionaire wrote in a post on X that the agency \"should not exist\".",
  A("sa", "wrote in a post", "the agency \"should not exist\"", "The billionaire", q="m"))
L("business", "In a filing with regulators, the bank disclosed losses of $1.2 billion on commercial property loans.",
  A("sa", "In a filing with regulators", "losses of $1.2 billion on commercial property loans", "the bank", "o"))
L("wire", "In a statement, the Red Cross said two of its staff had been killed in the shelling of Mariupol.",
  A("sa", "In a statement", "two of its staff had been killed in the shelling of Mariupol", "the Red Cross", "o"))
L("political", "The opposition issued a joint statement calling the election result \"a fraud on the people\".",
  A("sa", "issued a joint statement calling", "the election result \"a fraud on the people\"", "The opposition", "g", q="m"))
L("local", "Neighbours voiced concern over the noise from the new distribution centre on Mill Road.",
  A("sa", "voiced concern", "the noise from the new distribution centre on Mill Road", "Neighbours", "g"))
L("courts", "In a written ruling, Judge Emma Kowalski found that the ministry had acted unlawfully.",
  A("ev", "found", "the ministry had acted unlawfully", "Judge Emma Kowalski"),
  note="a judge's finding: evidence (the verb's class wins over the setting 'In a written ruling')")
L("sports", "The league said in a statement that the match would be replayed behind closed doors.",
  A("sa", "in a statement", "the match would be replayed behind closed doors", "The league", "o"))
L("science", "Writing in the journal Nature, the authors argue that the ice shelf could collapse within decades.",
  A("sa", "Writing in the journal Nature", "the ice shelf could collapse within decades", "the authors", "g"))
L("political", "The prime minister posted on Facebook that the protesters were \"paid agents\".",
  A("sa", "posted on Facebook", "the protesters were \"paid agents\"", "The prime minister", q="m"))
L("wire", "The embassy issued an alert about possible attacks in the city centre on Saturday.",
  A("sa", "issued an alert", "about possible attacks in the city centre on Saturday", "The embassy", "o"))
# noun cues
L("political", "Her claim that the audit was rigged has not been backed by any evidence.",
  A("no", "claim", "the audit was rigged", "Her"))
L("wire", "Prosecutors are examining allegations of fraud in the awarding of road contracts.",
  A("no", "allegations", "of fraud in the awarding of road contracts", None),
  note="allegations of X with no owner named: source null")
L("business", "The news that the plant would close stunned the town of 4,000 people.",
  A("no", "The news", "the plant would close", None))
L("political", "His warning that the coalition could collapse was ignored by party leaders.",
  A("no", "warning", "the coalition could collapse", "His"))
L("political", "The senator's assertion that the border was \"wide open\" drew a sharp rebuke from the White House.",
  A("no", "assertion", "the border was \"wide open\"", "The senator's", q="m"),
  A("st", "drew a sharp rebuke", "The senator's assertion that the border was \"wide open\"", "the White House", "o", q="m"),
  note="source is the possessive NP as written; 'drew a rebuke from X' = X rebuked it (stance of the White House)")
L("wire", "Kenya's denial that it had deported the activists came hours after a court ordered their return.",
  A("no", "denial", "it had deported the activists", "Kenya's", "c"))
L("courts", "The company faces accusations that it dumped toxic waste into the river for a decade.",
  A("no", "accusations", "it dumped toxic waste into the river for a decade", None))
L("political", "The minister's promise to cut waiting lists by half has been quietly dropped.",
  A("no", "promise", "to cut waiting lists by half", "The minister's"))
L("local", "Residents' complaints about late-night deliveries prompted the review.",
  A("no", "complaints", "about late-night deliveries", "Residents'", "g"))
L("business", "Reports that the carmaker would cut 5,000 jobs sent its shares down 4 percent.",
  A("no", "Reports", "the carmaker would cut 5,000 jobs", None),
  note="unsourced 'reports that': noun cue, source null")
L("political", "Opposition demands for an early election grew louder after the scandal.",
  A("no", "demands", "for an early election", "Opposition", "g"))
L("wire", "Washington's insistence that Kyiv hold elections first has frustrated European allies.",
  A("no", "insistence", "Kyiv hold elections first", "Washington's", "c"))
L("science", "The hypothesis that dark matter interacts with itself remains controversial.",
  A("no", "The hypothesis", "dark matter interacts with itself", None))
L("political", "Ortiz repeated her belief that the harbor deal would collapse.",
  A("sp", "repeated", "her belief that the harbor deal would collapse", "Ortiz"),
  A("no", "belief", "the harbor deal would collapse", "her", ref="Ortiz"),
  tags="embed")
L("wire", "The general dismissed the suggestion that his forces were retreating.",
  A("st", "dismissed", "the suggestion that his forces were retreating", "The general"),
  A("no", "suggestion", "his forces were retreating", None),
  tags="embed")
L("political", "Critics seized on the governor's admission that the budget had a hole of $3 billion.",
  A("no", "admission", "the budget had a hole of $3 billion", "the governor's"))
# evidence
L("wire", "The auditors' report found that $40 million had been paid to companies that did not exist.",
  A("ev", "found", "$40 million had been paid to companies that did not exist", "The auditors' report", "d"))
L("political", "A poll shows the ruling party trailing by nine points two months before the vote.",
  A("ev", "shows", "the ruling party trailing by nine points two months before the vote", "A poll", "d"))
L("courts", "Court records reveal that the contractor had been fined twice for safety breaches.",
  A("ev", "reveal", "the contractor had been fined twice for safety breaches", "Court records", "d"))
L("business", "Data indicate that consumer spending slowed sharply in the third quarter.",
  A("ev", "indicate", "consumer spending slowed sharply in the third quarter", "Data", "d"))
L("science", "The study concluded that the drug cut the risk of stroke by 18 percent.",
  A("ev", "concluded", "the drug cut the risk of stroke by 18 percent", "The study", "d"))
L("science", "Satellite images show that the glacier has retreated almost two kilometres since 2010.",
  A("ev", "show", "the glacier has retreated almost two kilometres since 2010", "Satellite images", "d"))
L("wire", "A United Nations report said at least 1,400 civilians had been killed in the first half of the year.",
  A("sp", "said", "at least 1,400 civilians had been killed in the first half of the year", "A United Nations report", "d"),
  note="a document with 'said': speech, source_kind document")
L("business", "Figures from the statistics office showed unemployment rising to 6.1 percent in May.",
  A("ev", "showed", "unemployment rising to 6.1 percent in May", "Figures from the statistics office", "d"),
  tags="head", note="head noun 'Figures' is the source")
L("political", "An internal memo seen by reporters warns that the programme is two years behind schedule.",
  A("ev", "warns", "the programme is two years behind schedule", "An internal memo seen by reporters", "d"),
  note="document + 'warns': evidence (a document speaks)")
L("local", "The survey suggests most commuters would switch to the tram if fares were cut.",
  A("ev", "suggests", "most commuters would switch to the tram if fares were cut", "The survey", "d"))
L("science", "Blood tests confirmed the presence of the virus in six of the nine patients.",
  A("ev", "confirmed", "the presence of the virus in six of the nine patients", "Blood tests", "d"))
L("courts", "The autopsy showed the victim had died of blunt force trauma.",
  A("ev", "showed", "the victim had died of blunt force trauma", "The autopsy", "d"))
L("business", "The company's annual report acknowledges that climate rules could hurt its coal business.",
  A("ev", "acknowledges", "climate rules could hurt its coal business", "The company's annual report", "d"))
L("wire", "Flight tracking data show the plane circled for an hour before landing in Minsk.",
  A("ev", "show", "the plane circled for an hour before landing in Minsk", "Flight tracking data", "d"))
L("political", "An Ipsos survey of 2,000 voters found that 62 percent oppose the new tax.",
  A("ev", "found", "62 percent oppose the new tax", "An Ipsos survey of 2,000 voters", "d"))
L("science", "Early results from the trial point to a strong immune response in older adults.",
  A("ev", "point to", "a strong immune response in older adults", "Early results from the trial", "d"))
# directive
L("wire", "The secretary-general urged both sides to return to the negotiating table.",
  A("di", "urged", "both sides to return to the negotiating table", "The secretary-general"))
L("political", "Opposition parties called on the president to resign over the wiretapping scandal.",
  A("di", "called on", "the president to resign over the wiretapping scandal", "Opposition parties", "g"))
L("local", "The mayor asked residents to conserve water during the heat wave.",
  A("di", "asked", "residents to conserve water during the heat wave", "The mayor"))
L("political", "Protesters demanded that the police chief be dismissed.",
  A("di", "demanded", "the police chief be dismissed", "Protesters", "g"))
L("wire", "Pope Leo appealed to world leaders to end the \"madness of war\".",
  A("di", "appealed", "world leaders to end the \"madness of war\"", "Pope Leo", q="m"))
L("business", "Shareholders pressed the board to sell the loss-making retail arm.",
  A("di", "pressed", "the board to sell the loss-making retail arm", "Shareholders", "g"))
L("courts", "The judge ordered the company to pay $2 million in damages.",
  A("di", "ordered", "the company to pay $2 million in damages", "The judge"))
L("political", "The European Union called for an immediate ceasefire in Sudan.",
  A("di", "called for", "an immediate ceasefire in Sudan", "The European Union", "o"))
L("wire", "Doctors advised the 82-year-old to stay in hospital for at least another week.",
  A("di", "advised", "the 82-year-old to stay in hospital for at least another week", "Doctors", "g"))
L("political", "Teachers' unions are demanding a 10 percent pay rise.",
  A("di", "are demanding", "a 10 percent pay rise", "Teachers' unions", "o"))
L("local", "Police warned drivers to avoid the ring road after a lorry overturned.",
  A("di", "warned", "drivers to avoid the ring road after a lorry overturned", "Police", "o"),
  note="'warned X to': directive, not speech")
L("wire", "Washington told Israel to allow more aid trucks into Gaza, two officials said.",
  A("di", "told", "Israel to allow more aid trucks into Gaza", "Washington", "c"),
  A("sp", "said", "Washington told Israel to allow more aid trucks into Gaza", "two officials", "g"),
  tags="unnamed")
# according to
L("wire", "The talks collapsed on Friday, according to two diplomats familiar with the matter.",
  A("ac", "according to", "The talks collapsed on Friday", "two diplomats familiar with the matter", "g"), tags="unnamed")
L("business", "According to the company, sales rose 12 percent in the first quarter.",
  A("ac", "According to", "sales rose 12 percent in the first quarter", "the company", "o"), tags="unnamed")
L("wire", "At least 32 people were killed, according to the Health Ministry in Gaza.",
  A("ac", "according to", "At least 32 people were killed", "the Health Ministry in Gaza", "o"))
L("political", "According to a senior aide, the president will not seek a second term.",
  A("ac", "According to", "the president will not seek a second term", "a senior aide"), tags="unnamed")
L("local", "The bridge will reopen in March, according to a notice posted by the highways agency.",
  A("ac", "according to", "The bridge will reopen in March", "a notice posted by the highways agency", "d"))
L("sports", "According to Marca, the striker has agreed personal terms with the Spanish club.",
  A("ac", "According to", "the striker has agreed personal terms with the Spanish club", "Marca", "m"))
L("science", "The comet will pass closest to Earth on October 12, according to NASA.",
  A("ac", "according to", "The comet will pass closest to Earth on October 12", "NASA", "o"))
L("wire", "According to the newspaper, the minister had received the payments through a company in Cyprus.",
  A("ac", "According to", "the minister had received the payments through a company in Cyprus", "the newspaper", "m"), tags="unnamed")
L("business", "Turnover at the port fell by a fifth last year (port authority figures).",
  A("ac", None, "Turnover at the port fell by a fifth last year", "port authority figures", "d"),
  note="bare parenthetical source tag: according_to with cue null")
L("wire", "Two soldiers were wounded in the clash - army sources - and one later died in hospital.",
  A("ac", None, "Two soldiers were wounded in the clash", "army sources", "g"),
  note="bare dash-delimited source tag: according_to with cue null")
# colon
L("political", "Critics, in a letter: \"The reform hands the courts to the ruling party.\"",
  A("col", None, "The reform hands the courts to the ruling party.", "Critics, in a letter", "g", q="d"),
  note="the source includes the setting 'in a letter'; head is Critics")
L("local", "The mayor's verdict: the festival was the best in a decade.",
  A("col", None, "the festival was the best in a decade", "The mayor's verdict"),
  note="source is 'The mayor's verdict' as written; the owner is the mayor")
L("sports", "Ferreira on the referee: \"He lost control of the game in the first ten minutes.\"",
  A("col", None, "He lost control of the game in the first ten minutes.", "Ferreira", q="d"))
L("business", "The analysts' view: the merger will cost more than it saves.",
  A("col", None, "the merger will cost more than it saves", "The analysts' view", "g"))
# --- batch 3: headlines, pronoun sources, split quotes, continuations, inverted, negation --------
L("headline", "Mayor Says Budget Is Balanced\nMayor Ana Ruiz told the council on Monday that the city's budget was balanced for the first time in six years.",
  A("sp", "Says", "Budget Is Balanced", "Mayor", so=1),
  A("sp", "told", "the city's budget was balanced for the first time in six years", "Mayor Ana Ruiz"),
  tags="headline")
L("headline", "Ortiz: harbor deal will collapse\nOpposition leader Carmen Ortiz said the harbor deal with the Danish operator would collapse within months.",
  A("col", None, "harbor deal will collapse", "Ortiz", so=1),
  A("sp", "said", "the harbor deal with the Danish operator would collapse within months", "Opposition leader Carmen Ortiz"),
  tags="headline")
L("headline", "Union Vows to Strike Over Pension Cuts\nThe rail workers' union said its members would walk out on March 3 unless the cuts were withdrawn.",
  A("in", "Vows", "to Strike Over Pension Cuts", "Union", "o"),
  A("sp", "said", "its members would walk out on March 3 unless the cuts were withdrawn", "The rail workers' union", "o"),
  tags="headline")
L("headline", "Report Finds Police Ignored Warnings\nAn independent inquiry found that officers had been warned about the gunman three times.",
  A("ev", "Finds", "Police Ignored Warnings", "Report", "d"),
  A("ev", "found", "officers had been warned about the gunman three times", "An independent inquiry", "d"),
  tags="headline")
L("headline", "Kremlin Denies Role in Pipeline Blast\nRussia's government denied any involvement in the explosion and called the accusation \"absurd\".",
  A("st", "Denies", "Role in Pipeline Blast", "Kremlin", "o"),
  A("st", "denied", "any involvement in the explosion", "Russia's government", "o"),
  A("st", "called", "the accusation \"absurd\"", "Russia's government", "o", q="m"),
  tags="headline")
L("headline", "Scientists Warn of Record Coral Bleaching\nMarine biologists said this year's heat had bleached more than half of the reef.",
  A("sp", "Warn", "of Record Coral Bleaching", "Scientists", "g"),
  A("sp", "said", "this year's heat had bleached more than half of the reef", "Marine biologists", "g"),
  tags="headline")
L("headline", "Minister Urges Calm After Riots\nInterior Minister Lucie Martin asked people to stay at home for a second night.",
  A("di", "Urges", "Calm After Riots", "Minister", so=1),
  A("di", "asked", "people to stay at home for a second night", "Interior Minister Lucie Martin"),
  tags="headline", note="'Minister' occurs twice; the headline one is the first")
L("headline", "Zelensky: 'We Need Air Defence Now'\nUkraine's president said each day without new systems cost lives.",
  A("col", None, "We Need Air Defence Now", "Zelensky", q="d"),
  A("sp", "said", "each day without new systems cost lives", "Ukraine's president"),
  tags="headline")
L("headline", "Poll Shows Labour Lead Narrowing\nA YouGov poll for The Times put Labour four points ahead, down from eleven in January.",
  A("ev", "Shows", "Labour Lead Narrowing", "Poll", "d"),
  A("ev", "put", "Labour four points ahead, down from eleven in January", "A YouGov poll for The Times", "d"),
  tags="headline")
L("headline", "Airline Plans to Cut 900 Jobs\nNordair said it would close its maintenance base in Tromso by the end of the year.",
  A("in", "Plans", "to Cut 900 Jobs", "Airline", "o"),
  A("sp", "said", "it would close its maintenance base in Tromso by the end of the year", "Nordair", "o"),
  tags="headline")
L("headline", "Judge Rejects Bid to Halt Deportations\nA federal judge in Texas rejected the request for an injunction on Friday.",
  A("st", "Rejects", "Bid to Halt Deportations", "Judge"),
  A("st", "rejected", "the request for an injunction", "A federal judge in Texas"),
  tags="headline")
L("headline", "Residents Fear Flooding as River Rises\nPeople living along the Oder said water had already reached their gardens.",
  A("be", "Fear", "Flooding", "Residents", "g"),
  A("sp", "said", "water had already reached their gardens", "People living along the Oder", "g"),
  tags="headline")
L("headline", "Modi Calls for Calm in Manipur\nPrime Minister Narendra Modi appealed to all communities to refrain from violence.",
  A("di", "Calls for", "Calm in Manipur", "Modi", so=1),
  A("di", "appealed", "all communities to refrain from violence", "Prime Minister Narendra Modi"),
  tags="headline")
L("headline", "Coach Blames Injuries for Slump\n\"We have had eleven players out since October,\" said coach Petra Novak.",
  A("st", "Blames", "Injuries for Slump", "Coach"),
  A("sp", "said", "We have had eleven players out since October", "coach Petra Novak", q="d"),
  tags="headline inv")
L("headline", "Opposition Says Election Was Rigged\nThe main opposition alliance said its observers had recorded ballot stuffing at 300 stations.",
  A("sp", "Says", "Election Was Rigged", "Opposition", "g", so=1),
  A("sp", "said", "its observers had recorded ballot stuffing at 300 stations", "The main opposition alliance", "o"),
  tags="headline")
L("headline", "Study Links Air Pollution to Dementia\nResearchers at Lund University found higher dementia rates near busy roads.",
  A("ev", "Links", "Air Pollution to Dementia", "Study", "d"),
  A("ev", "found", "higher dementia rates near busy roads", "Researchers at Lund University", "g"),
  tags="headline head")
L("headline", "Fed's Waller: rate cut 'likely' in September\nFederal Reserve governor Chris Waller said inflation was moving back towards target.",
  A("col", None, "rate cut 'likely' in September", "Fed's Waller", q="m"),
  A("sp", "said", "inflation was moving back towards target", "Federal Reserve governor Chris Waller"),
  tags="headline")
L("headline", "Teachers Demand Smaller Classes\nThe national teachers' federation demanded a cap of 25 pupils per class.",
  A("di", "Demand", "Smaller Classes", "Teachers", "g"),
  A("di", "demanded", "a cap of 25 pupils per class", "The national teachers' federation", "o"),
  tags="headline")
L("headline", "China Hopes for 'Stable' Ties With New Seoul Government\nBeijing's foreign ministry said it was ready to work with the incoming administration.",
  A("be", "Hopes", "for 'Stable' Ties With New Seoul Government", "China", "c", q="m"),
  A("sp", "said", "it was ready to work with the incoming administration", "Beijing's foreign ministry", "o"),
  tags="headline")
L("headline", "Airport Workers Vote to Strike\nBaggage handlers at Schiphol voted by 84 percent to walk out in August.",
  A("in", "Vote", "to Strike", "Airport Workers", "g"),
  A("in", "voted", "to walk out in August", "Baggage handlers at Schiphol", "g"),
  tags="headline head")
L("headline", "Treasury Denies Plans for Wealth Tax\nA Treasury spokesperson said there were \"no such plans\".",
  A("st", "Denies", "Plans for Wealth Tax", "Treasury", "o", so=1),
  A("sp", "said", "there were \"no such plans\"", "A Treasury spokesperson", q="m"),
  tags="headline")
L("headline", "WHO Declares End of Ebola Outbreak in Uganda\nThe World Health Organization said 42 days had passed without a new case.",
  A("sp", "Declares", "End of Ebola Outbreak in Uganda", "WHO", "o"),
  A("sp", "said", "42 days had passed without a new case", "The World Health Organization", "o"),
  tags="headline")
# pronoun sources with an antecedent
L("wire", "Defence Minister Oleg Marin visited the front on Sunday. He said the army had stabilised the line near Pokrovsk.",
  A("sp", "said", "the army had stabilised the line near Pokrovsk", "He", ref="Defence Minister Oleg Marin"))
L("political", "Senator Ana Castillo broke with her party on the vote. She said the bill would hurt small farmers.",
  A("sp", "said", "the bill would hurt small farmers", "She", ref="Senator Ana Castillo"))
L("business", "Siemens Energy cut its outlook for the wind unit. It said quality problems would cost another 1 billion euros.",
  A("sp", "said", "quality problems would cost another 1 billion euros", "It", "o", ref="Siemens Energy"), tags="itthey")
L("local", "Members of the tenants' association met the landlord on Thursday. They said he had promised to fix the heating by Christmas.",
  A("sp", "said", "he had promised to fix the heating by Christmas", "They", "g", ref="Members of the tenants' association"),
  A("in", "promised", "to fix the heating by Christmas", "he", ref="the landlord"),
  tags="itthey", note="the intention cue 'promised' is nested inside the reported clause")
L("wire", "The Arab League held an emergency meeting in Cairo. It called for an international force to protect civilians.",
  A("di", "called for", "an international force to protect civilians", "It", "o", ref="The Arab League"), tags="itthey")
L("courts", "Mr. Halvorsen testified for three hours. He told the court he had never seen the documents before.",
  A("sp", "told", "he had never seen the documents before", "He", ref="Mr. Halvorsen"))
L("political", "The Greens have been in opposition since 2019. They now hope to enter government after the autumn vote.",
  A("be", "hope", "to enter government after the autumn vote", "They", "o", ref="The Greens"), tags="itthey")
L("sports", "Novak Djokovic was beaten in straight sets. He said afterwards that his knee had \"not been right for weeks\".",
  A("sp", "said", "his knee had \"not been right for weeks\"", "He", q="m", ref="Novak Djokovic"),
  tags="splitcue")
L("business", "Apex Mining expects output to fall this year. It blamed flooding at its two largest pits.",
  A("be", "expects", "output to fall this year", "Apex Mining", "o"),
  A("st", "blamed", "flooding at its two largest pits", "It", "o", ref="Apex Mining"), tags="itthey")
L("science", "The European Space Agency lost contact with the probe on Tuesday. It believes a power fault is to blame.",
  A("be", "believes", "a power fault is to blame", "It", "o", ref="The European Space Agency"), tags="itthey")
L("interview", "Ms. Achebe spent two years in detention. She says she was never told what she was accused of.",
  A("sp", "says", "she was never told what she was accused of", "She", ref="Ms. Achebe"))
L("wire", "Police arrested 40 climate activists who blocked the motorway. They said the protest had not been registered.",
  A("sp", "said", "the protest had not been registered", "They", "o", ref="Police"), tags="itthey",
  note="'They' is the police (the subject), not the activists")
L("political", "President Macron met farmers' leaders at the Elysee. He promised them a new law on food prices by the summer.",
  A("in", "promised", "them a new law on food prices by the summer", "He", ref="President Macron"))
L("local", "The library board met on Wednesday night. It voted to extend opening hours on Sundays.",
  A("in", "voted", "to extend opening hours on Sundays", "It", "o", ref="The library board"), tags="itthey")
L("business", "Tesla reported a 20 percent fall in deliveries. It said demand would recover once the new model launched.",
  A("sp", "said", "demand would recover once the new model launched", "It", "o", ref="Tesla"), tags="itthey")
# split quotes
L("political", "\"We have the votes,\" the speaker said on Tuesday, \"and we will pass this bill before Easter.\"",
  A("sp", "said", None, "the speaker", q="d", parts=["We have the votes", "and we will pass this bill before Easter."]))
L("wire", "\"The shelling started at dawn,\" one resident told Reuters by phone. \"We have been in the basement since.\"",
  A("sp", "told", "The shelling started at dawn", "one resident", q="d"),
  A("sp", None, "We have been in the basement since.", "one resident", q="d", cont=0), tags="unnamed")
L("sports", "\"It was a penalty,\" insisted Hansen, \"and everyone in the stadium saw it.\"",
  A("sp", "insisted", None, "Hansen", q="d", parts=["It was a penalty", "and everyone in the stadium saw it."]), tags="inv")
L("courts", "\"My client,\" the lawyer said, \"has been the victim of a smear campaign.\"",
  A("sp", "said", None, "the lawyer", q="d", parts=["My client", "has been the victim of a smear campaign."]))
L("business", "\"Demand is there,\" said chief financial officer Lars Berg, \"but our suppliers cannot keep up.\"",
  A("sp", "said", None, "chief financial officer Lars Berg", q="d", parts=["Demand is there", "but our suppliers cannot keep up."]), tags="inv")
L("interview", "\"I don't regret it,\" she told me. \"I would do it again tomorrow.\"",
  A("sp", "told", "I don't regret it", "she", q="d"),
  A("sp", None, "I would do it again tomorrow.", "she", q="d", cont=0))
L("local", "\"The road has been like this for years,\" said shop owner Ravi Mehta. \"Someone is going to get hurt.\"",
  A("sp", "said", "The road has been like this for years", "shop owner Ravi Mehta", q="d"),
  A("sp", None, "Someone is going to get hurt.", "shop owner Ravi Mehta", q="d", cont=0), tags="inv")
L("political", "\"If they want a fight,\" the governor warned, \"they will get one.\"",
  A("sp", "warned", None, "the governor", q="d", parts=["If they want a fight", "they will get one."]))
L("science", "\"This is not a small effect,\" said Prof. Ingrid Solberg. \"It is as large as smoking.\" She added that the team would now test older patients.",
  A("sp", "said", "This is not a small effect", "Prof. Ingrid Solberg", q="d"),
  A("sp", None, "It is as large as smoking.", "Prof. Ingrid Solberg", q="d", cont=0),
  A("sp", "added", "the team would now test older patients", "She", ref="Prof. Ingrid Solberg"), tags="inv")
L("wire", "\"Aid is reaching only a fraction of those who need it,\" the UN's humanitarian chief said. \"Fuel is running out.\" \"Hospitals will stop working within days.\"",
  A("sp", "said", "Aid is reaching only a fraction of those who need it", "the UN's humanitarian chief", q="d"),
  A("sp", None, "Fuel is running out.", "the UN's humanitarian chief", q="d", cont=0),
  A("sp", None, "Hospitals will stop working within days.", "the UN's humanitarian chief", q="d", cont=0))
L("sports", "\"We knew they would press high,\" said captain Sofia Reyes. \"So we played longer balls.\"",
  A("sp", "said", "We knew they would press high", "captain Sofia Reyes", q="d"),
  A("sp", None, "So we played longer balls.", "captain Sofia Reyes", q="d", cont=0), tags="inv")
L("political", "\"The country,\" said the president, \"is tired of excuses.\"",
  A("sp", "said", None, "the president", q="d", parts=["The country", "is tired of excuses."]), tags="inv")
L("wire", "\"We are not leaving,\" one protester shouted, \"until they release our sons.\"",
  A("sp", "shouted", None, "one protester", q="d", parts=["We are not leaving", "until they release our sons."]), tags="unnamed")
L("interview", "\"Politics was never the plan,\" Mr. Zhou says. \"I was a chemist. Then the factory poisoned our river.\"",
  A("sp", "says", "Politics was never the plan", "Mr. Zhou", q="d"),
  A("sp", None, "I was a chemist. Then the factory poisoned our river.", "Mr. Zhou", q="d", cont=0))
# negated cues
L("wire", "The spokesman did not say whether the president had been told about the raid in advance.",
  A("sp", "did not say", "whether the president had been told about the raid in advance", "The spokesman", neg=True))
L("political", "The minister declined to say when the troops would come home.",
  A("sp", "declined to say", "when the troops would come home", "The minister", neg=True))
L("courts", "Ms. Berger never claimed that she had seen the accused at the scene, her lawyer said.",
  A("sp", "never claimed", "she had seen the accused at the scene", "Ms. Berger", neg=True),
  A("sp", "said", "Ms. Berger never claimed that she had seen the accused at the scene", "her lawyer"))
L("business", "The company would not confirm that it was in talks with Amazon.",
  A("sp", "would not confirm", "it was in talks with Amazon", "The company", "o", neg=True), tags="unnamed")
L("political", "Few analysts believe the ceasefire will hold beyond the weekend.",
  A("be", "believe", "the ceasefire will hold beyond the weekend", "Few analysts", "g"),
  note="'few' is quantification, not negation of the cue: negated false")
L("wire", "Officials do not expect the talks to produce a deal this week.",
  A("be", "do not expect", "the talks to produce a deal this week", "Officials", "g", neg=True))
L("political", "The senator did not rule out a run for the presidency.",
  A("in", "did not rule out", "a run for the presidency", "The senator", neg=True),
  note="'not rule out' keeps negated true even though the sense is positive")
L("local", "The council has not commented on the residents' petition.",
  A("sp", "has not commented", "on the residents' petition", "The council", "o", neg=True))
L("courts", "The accused did not deny striking the officer but said he had acted in self-defence.",
  A("st", "did not deny", "striking the officer", "The accused", neg=True),
  A("sp", "said", "he had acted in self-defence", "The accused"))
L("science", "The authors do not claim that the supplement prevents cancer.",
  A("sp", "do not claim", "the supplement prevents cancer", "The authors", "g", neg=True))
L("business", "Neither bank disclosed how much it had lent to the fund.",
  A("sp", "disclosed", "how much it had lent to the fund", "Neither bank", "o", neg=True),
  note="negation carried by 'Neither': negated true")
L("wire", "The White House has not said whether it will send the missiles.",
  A("sp", "has not said", "whether it will send the missiles", "The White House", "o", neg=True))
L("political", "She never promised to lower taxes, her spokesman insisted.",
  A("in", "never promised", "to lower taxes", "She", neg=True),
  A("sp", "insisted", "She never promised to lower taxes", "her spokesman"))
L("sports", "The club refused to comment on reports that the manager had been sacked.",
  A("sp", "refused to comment", "on reports that the manager had been sacked", "The club", "o", neg=True),
  A("no", "reports", "the manager had been sacked", None),
  note="'refused to comment' is a negated speech cue (like 'declined to say')")
L("local", "Police could not say how the fire had started.",
  A("sp", "could not say", "how the fire had started", "Police", "o", neg=True))
# --- batch 4: roundups, relative who, split cues, head nouns, lowercase, long --------------------
L("roundup", "Reaction to the verdict was swift. \"Justice has been done,\" said the victim's mother, Grace Mwangi. The defence team called the ruling \"deeply flawed\" and said it would appeal. Amnesty International said the trial had been fair.",
  A("sp", "said", "Justice has been done", "the victim's mother, Grace Mwangi", q="d", cuo=1),
  A("st", "called", "the ruling \"deeply flawed\"", "The defence team", "g", q="m"),
  A("sp", "said", "it would appeal", "The defence team", "g", cuo=2),
  A("sp", "said", "the trial had been fair", "Amnesty International", "o", cuo=3),
  tags="roundup inv")
L("roundup", "Leaders lined up to congratulate the winner. German Chancellor Friedrich Merz said he looked forward to working together. Italy's Giorgia Meloni praised \"a clear mandate\". Hungary's Viktor Orban said nothing.",
  A("sp", "said", "he looked forward to working together", "German Chancellor Friedrich Merz", cuo=1),
  A("st", "praised", "\"a clear mandate\"", "Italy's Giorgia Meloni", q="d"),
  tags="roundup", note="'said nothing' is not an attribution (no content)")
L("roundup", "\"A dark day for press freedom,\" said the Committee to Protect Journalists. The editor of the paper, Halima Yusuf, told staff they would keep publishing online. The information ministry said the licence had lapsed.",
  A("sp", "said", "A dark day for press freedom", "the Committee to Protect Journalists", "o", q="d", cuo=1),
  A("sp", "told", "they would keep publishing online", "The editor of the paper, Halima Yusuf"),
  A("sp", "said", "the licence had lapsed", "The information ministry", "o", cuo=2),
  tags="roundup inv")
L("roundup", "Business groups welcomed the rate cut. The chambers of commerce said it would ease pressure on small firms, while the main pensioners' lobby warned that savers would lose out. Economist Nadia Farouk told the BBC the cut had come \"six months too late\".",
  A("st", "welcomed", "the rate cut", "Business groups", "g"),
  A("sp", "said", "it would ease pressure on small firms", "The chambers of commerce", "o"),
  A("sp", "warned", "savers would lose out", "the main pensioners' lobby", "o"),
  A("sp", "told", "the cut had come \"six months too late\"", "Economist Nadia Farouk", q="m"),
  tags="roundup")
L("roundup", "Fans outside the stadium were split. \"He should have gone months ago,\" said season-ticket holder Mark Dunn. Another supporter, Aisha Bello, disagreed: \"Give him time.\"",
  A("sp", "said", "He should have gone months ago", "season-ticket holder Mark Dunn", q="d"),
  A("sp", "disagreed", "Give him time.", "Another supporter, Aisha Bello", q="d"),
  tags="roundup inv", note="'disagreed:' introduces the quote: speech (a verb is present, so not colon)")
L("roundup", "Kyiv called the strike a war crime. Warsaw summoned the Russian ambassador. Moscow said it had hit only military targets, and Beijing urged restraint on all sides.",
  A("st", "called", "the strike a war crime", "Kyiv", "c"),
  A("sp", "said", "it had hit only military targets", "Moscow", "c"),
  A("di", "urged", "restraint on all sides", "Beijing", "c"),
  tags="roundup")
L("roundup", "Local politicians reacted with anger. Councillor Tim Ashby said the closure was \"a disgrace\". His colleague Priti Shah said she would table a motion. The health trust said patient safety came first.",
  A("sp", "said", "the closure was \"a disgrace\"", "Councillor Tim Ashby", q="m", cuo=1),
  A("sp", "said", "she would table a motion", "His colleague Priti Shah", cuo=2),
  A("sp", "said", "patient safety came first", "The health trust", "o", cuo=3),
  tags="roundup")
L("roundup", "Opinion in the region was divided. Egypt said the plan was a basis for talks. Jordan rejected it outright. Qatar called on both sides to show flexibility.",
  A("sp", "said", "the plan was a basis for talks", "Egypt", "c"),
  A("st", "rejected", "it", "Jordan", "c"),
  A("di", "called on", "both sides to show flexibility", "Qatar", "c"),
  tags="roundup", note="content 'it' (the plan) as written")
L("roundup", "\"We are devastated,\" the family said in a statement. Friends described him as \"the kindest man in the village\". The school where he taught said it would hold a vigil on Friday.",
  A("sa", "in a statement", "We are devastated", "the family", "g", q="d"),
  A("st", "described", "him as \"the kindest man in the village\"", "Friends", "g", q="m"),
  A("sp", "said", "it would hold a vigil on Friday", "The school where he taught", "o", cuo=2),
  tags="roundup")
L("roundup", "Climate groups called the agreement weak. \"It has no dates and no money,\" said Greenpeace's Jennifer Morgan. Oil producers, for their part, said the text was balanced. Small island states said they had been ignored.",
  A("st", "called", "the agreement weak", "Climate groups", "g"),
  A("sp", "said", "It has no dates and no money", "Greenpeace's Jennifer Morgan", q="d", cuo=1),
  A("sp", "said", "the text was balanced", "Oil producers", "g", cuo=2),
  A("sp", "said", "they had been ignored", "Small island states", "g", cuo=3),
  tags="roundup inv")
# relative who
L("local", "The mayor, who said the budget was balanced, now faces questions about a missing $4 million.",
  A("sp", "said", "the budget was balanced", "The mayor"),
  tags="who", note="relative 'who': the antecedent is given as source")
L("political", "Senator Paul Reed, who has called the bill unconstitutional, will lead the opposition to it.",
  A("st", "has called", "the bill unconstitutional", "Senator Paul Reed"),
  tags="who")
L("wire", "Aid workers, who asked not to be named because they were not authorised to speak, said the camp had run out of food.",
  A("sp", "said", "the camp had run out of food", "Aid workers", "g"),
  tags="who unnamed", note="'asked not to be named' is not an attribution")
L("business", "Chief executive Jane Holt, who told investors in March that the merger would close by summer, resigned on Friday.",
  A("sp", "told", "the merger would close by summer", "Chief executive Jane Holt"), tags="who splitcue")
L("courts", "The witness, who believes she was followed after the hearing, has asked for police protection.",
  A("be", "believes", "she was followed after the hearing", "The witness"),
  A("di", "has asked for", "police protection", "The witness"),
  tags="who")
L("political", "Ms. Varga, who insisted last week that she would not resign, stepped down on Monday.",
  A("sp", "insisted", "she would not resign", "Ms. Varga"), tags="who splitcue")
L("science", "Dr. Amal Haddad, who led the excavation, said the tomb was at least 3,000 years old.",
  A("sp", "said", "the tomb was at least 3,000 years old", "Dr. Amal Haddad"), tags="who",
  note="the relative clause is not an attribution; the main verb is")
L("sports", "The referee, who later admitted he had missed the handball, apologised to the club.",
  A("sp", "admitted", "he had missed the handball", "The referee"),
  tags="who", note="'apologised to the club' has no content: not annotated")
# cue split from its clause
L("political", "The finance minister conceded in an interview on Sunday that growth would fall short of the target.",
  A("sa", "in an interview", "growth would fall short of the target", "The finance minister"),
  tags="splitcue", note="setting + speech verb: statement (cue 'in an interview'); speech 'conceded' also defensible")
L("courts", "The officer insisted during the hearing that he had followed procedure.",
  A("sp", "insisted", "he had followed procedure", "The officer"), tags="splitcue")
L("political", "The president left for the summit on Monday, with aides saying he would press for a new trade deal.",
  A("sp", "saying", "he would press for a new trade deal", "aides", "g"), tags="splitcue unnamed")
L("wire", "The army said in a statement posted on Telegram late on Wednesday that it had repelled the attack.",
  A("sa", "in a statement posted on Telegram", "it had repelled the attack", "The army", "o"),
  tags="splitcue")
L("business", "The company warned investors on a conference call with analysts on Tuesday that margins would shrink.",
  A("sp", "warned", "margins would shrink", "The company", "o"), tags="splitcue unnamed")
L("political", "Ms. Ibrahim told reporters outside the party headquarters in Abuja after a long meeting that she would run.",
  A("sp", "told", "she would run", "Ms. Ibrahim"), tags="splitcue")
L("courts", "The prosecutor argued, citing three earlier rulings by the same court, that the law applied retroactively.",
  A("sp", "argued", "the law applied retroactively", "The prosecutor"), tags="splitcue")
L("wire", "Rebels seized the town overnight, with residents reporting heavy gunfire near the airport.",
  A("sp", "reporting", "heavy gunfire near the airport", "residents", "g"), tags="splitcue unnamed")
L("science", "The researchers acknowledged in the paper's final section that the sample was small.",
  A("sp", "acknowledged", "the sample was small", "The researchers", "g"), tags="splitcue")
# head noun wins
L("local", "Staff at Lakeview Resort said the hotel had been told to close by the end of the month.",
  A("sp", "said", "the hotel had been told to close by the end of the month", "Staff at Lakeview Resort", "g"),
  tags="head", note="head noun Staff; Lakeview Resort is the affiliation")
L("business", "Engineers at Boeing's Renton plant told investigators that they had been pressured to skip checks.",
  A("sp", "told", "they had been pressured to skip checks", "Engineers at Boeing's Renton plant", "g"), tags="head")
L("wire", "Doctors at Al-Shifa hospital said the facility had no power for a third day.",
  A("sp", "said", "the facility had no power for a third day", "Doctors at Al-Shifa hospital", "g"), tags="head")
L("political", "Supporters of former president Bolsonaro said they would keep camping outside the barracks.",
  A("sp", "said", "they would keep camping outside the barracks", "Supporters of former president Bolsonaro", "g"),
  tags="head", note="head noun Supporters, not Bolsonaro")
L("courts", "Lawyers for the Sackler family argued that the settlement protected creditors.",
  A("sp", "argued", "the settlement protected creditors", "Lawyers for the Sackler family", "g"), tags="head")
L("business", "A spokeswoman for Maersk said the ships would avoid the Red Sea until further notice.",
  A("sp", "said", "the ships would avoid the Red Sea until further notice", "A spokeswoman for Maersk"), tags="head")
L("local", "Parents of pupils at St Mary's primary school said they had not been consulted.",
  A("sp", "said", "they had not been consulted", "Parents of pupils at St Mary's primary school", "g"), tags="head")
L("wire", "Relatives of the missing fishermen urged the navy to continue the search.",
  A("di", "urged", "the navy to continue the search", "Relatives of the missing fishermen", "g"), tags="head")
L("political", "Aides to Prime Minister Kishida said he would not attend the ceremony.",
  A("sp", "said", "he would not attend the ceremony", "Aides to Prime Minister Kishida", "g"), tags="head")
L("sports", "Teammates of the injured goalkeeper described him as the heart of the dressing room.",
  A("st", "described", "him as the heart of the dressing room", "Teammates of the injured goalkeeper", "g"), tags="head")
# lowercase
L("lowercase", "the minister said the new rules would take effect in january.",
  A("sp", "said", "the new rules would take effect in january", "the minister"))
L("lowercase", "\"we have done nothing wrong,\" said daniel okoro, the club's chairman.",
  A("sp", "said", "we have done nothing wrong", "daniel okoro, the club's chairman", q="d"), tags="inv")
L("lowercase", "according to the police, the suspect fled on a motorbike.",
  A("ac", "according to", "the suspect fled on a motorbike", "the police", "o"))
L("lowercase", "residents fear the factory will pollute the lake, and they want the permit revoked.",
  A("be", "fear", "the factory will pollute the lake", "residents", "g"),
  A("in", "want", "the permit revoked", "they", "g", ref="residents"), tags="itthey unnamed")
L("lowercase", "the opposition called on the speaker to suspend the session.",
  A("di", "called on", "the speaker to suspend the session", "the opposition", "g"))
L("lowercase", "a report by the audit office found that half the new trains were late.",
  A("ev", "found", "half the new trains were late", "a report by the audit office", "d"), tags="head")
L("lowercase", "president lula praised the farmers as the backbone of brazil.",
  A("st", "praised", "the farmers as the backbone of brazil", "president lula"))
L("lowercase", "the union vowed to keep striking until wages rose.",
  A("in", "vowed", "to keep striking until wages rose", "the union", "o"))
L("lowercase", "\"it is over,\" she said. \"we lost.\"",
  A("sp", "said", "it is over", "she", q="d"),
  A("sp", None, "we lost.", "she", q="d", cont=0))
L("lowercase", "mayor chen's claim that crime had fallen was contradicted by police data.",
  A("no", "claim", "crime had fallen", "mayor chen's"),
  A("st", "contradicted", "mayor chen's claim that crime had fallen", "police data", "d"))
L("lowercase", "the ministry's statement said the border crossing would reopen on monday.",
  A("sp", "said", "the border crossing would reopen on monday", "the ministry's statement", "d"), tags="unnamed")
L("lowercase", "critics, in an open letter: \"this law silences the press.\"",
  A("col", None, "this law silences the press.", "critics, in an open letter", "g", q="d"))
# long
L("long", "Speaking to a packed hall in the northern city of Kano on Saturday, after a week in which fuel prices doubled and two of his ministers resigned, the president told supporters that the subsidy would not return and that the pain, as he put it, would be over by Christmas.",
  A("sp", "told", "the subsidy would not return and that the pain, as he put it, would be over by Christmas", "the president"),
  tags="splitcue", note="'as he put it' inside the content is not a separate attribution")
L("long", "The committee's final report, which runs to 800 pages and was delayed twice by legal challenges from the former ministers it names, concludes that officials knew the blood products were contaminated as early as 1983 and chose not to act.",
  A("ev", "concludes", "officials knew the blood products were contaminated as early as 1983 and chose not to act", "The committee's final report", "d"),
  A("be", "knew", "the blood products were contaminated as early as 1983", "officials", "g"),
  tags="splitcue", note="'knew' coded as belief (a factive cognition verb) nested in the finding")
L("long", "Although the central bank has repeatedly said that it sees no need for further tightening, several members of its rate-setting committee, speaking on condition of anonymity because the deliberations are private, said they expected at least one more increase before the end of the year.",
  A("sp", "has repeatedly said", "it sees no need for further tightening", "the central bank", "o"),
  A("sp", "said", "they expected at least one more increase before the end of the year", "several members of its rate-setting committee", "g", cuo=2),
  tags="unnamed head", note="cues nested in a same-source content ('sees', 'expected') are not annotated separately")
L("long", "In a letter sent to the prime minister on Thursday and seen by this newspaper, more than 60 backbench MPs, including four former cabinet ministers, urged the government to abandon the planned cuts to disability benefits, which they described as cruel and unworkable.",
  A("di", "urged", "the government to abandon the planned cuts to disability benefits", "more than 60 backbench MPs, including four former cabinet ministers", "g"),
  A("st", "described", "which they described as cruel and unworkable", "they", "g", ref="more than 60 backbench MPs, including four former cabinet ministers"),
  tags="splitcue", note="the stance content is the relative clause pointing back at the cuts (as written)")
L("long", "The opposition leader, who has spent most of the last decade in exile and returned to the capital only in March, said in a televised address late on Tuesday night that her party would boycott the vote unless the electoral commission was replaced.",
  A("sa", "in a televised address", "her party would boycott the vote unless the electoral commission was replaced", "The opposition leader"),
  tags="splitcue")
L("long", "Villagers in the flooded district, many of whom have been sleeping on the roofs of their houses for a week while waiting for boats that the provincial government promised but never sent, said they had received no food, no clean water and no word from officials.",
  A("sp", "said", "they had received no food, no clean water and no word from officials", "Villagers in the flooded district", "g"),
  A("in", "promised", "boats that the provincial government promised but never sent", "the provincial government", "o"),
  tags="head splitcue", note="'promised' with a relative object: intention with the NP as content")
L("long", "Although the data released by the health ministry on Friday show a fall in new infections for the third week in a row, epidemiologists at the national institute warned that testing had also fallen and that the true number of cases was probably far higher than reported.",
  A("ev", "show", "a fall in new infections for the third week in a row", "the data released by the health ministry on Friday", "d"),
  A("sp", "warned", "testing had also fallen and that the true number of cases was probably far higher than reported", "epidemiologists at the national institute", "g"),
  tags="head")
L("long", "Rejecting the accusations made by the prosecutor in a four-hour closing speech, defence counsel Maria Olsen told the court that her client had been framed by a former business partner who owed him money and who, she said, had every reason to lie.",
  A("st", "Rejecting", "the accusations made by the prosecutor in a four-hour closing speech", "defence counsel Maria Olsen"),
  A("no", "accusations", "made by the prosecutor in a four-hour closing speech", "the prosecutor"),
  A("sp", "told", "her client had been framed by a former business partner who owed him money and who, she said, had every reason to lie", "defence counsel Maria Olsen"),
  tags="embed", note="'the accusations made by the prosecutor': noun cue owned by the prosecutor, content is its modifier as written")
# --- batch 5: topping up belief, intention, statement, according_to, colon, datelines, embeds -----
L("wire", "BEIRUT (AP) - Lebanon's army said it had begun deploying troops south of the Litani River in line with the truce.",
  A("sp", "said", "it had begun deploying troops south of the Litani River in line with the truce", "Lebanon's army", "o"),
  tags="dateline", note="(AP) in the dateline is never a source")
L("wire", "NAIROBI, Kenya - Kenyan police fear the death toll from the landslide could rise above 50.",
  A("be", "fear", "the death toll from the landslide could rise above 50", "Kenyan police", "o"),
  tags="dateline")
L("business", "FRANKFURT (Reuters) - The European Central Bank is likely to hold rates steady in July, according to a majority of economists polled by Reuters.",
  A("ac", "according to", "The European Central Bank is likely to hold rates steady in July", "a majority of economists polled by Reuters", "g", so=None),
  tags="dateline head", note="the dateline '(Reuters)' is not a source; the later 'Reuters' is part of the source phrase")
L("wire", "MANILA - The Philippine coast guard accused Chinese vessels of firing water cannon at a supply boat near Scarborough Shoal.",
  A("st", "accused", "Chinese vessels of firing water cannon at a supply boat near Scarborough Shoal", "The Philippine coast guard", "o"),
  tags="dateline")
L("political", "TBILISI, Dec 3 (Reuters) - Georgia's president told protesters she would not leave office until a new election was called.",
  A("sp", "told", "she would not leave office until a new election was called", "Georgia's president"),
  tags="dateline")
L("wire", "DAKAR - According to local officials, gunmen killed at least 20 villagers in central Mali on Sunday.",
  A("ac", "According to", "gunmen killed at least 20 villagers in central Mali on Sunday", "local officials", "g"),
  tags="dateline unnamed")
# belief
L("political", "Many Democrats privately think the nominee cannot win in November.",
  A("be", "think", "the nominee cannot win in November", "Many Democrats", "g"))
L("business", "Economists expect inflation to ease to 2.5 percent by the end of the year.",
  A("be", "expect", "inflation to ease to 2.5 percent by the end of the year", "Economists", "g"))
L("wire", "Western intelligence agencies are convinced that the missiles came from North Korea.",
  A("be", "are convinced", "the missiles came from North Korea", "Western intelligence agencies", "o"))
L("sports", "The manager is confident his side can still win the title.",
  A("be", "is confident", "his side can still win the title", "The manager"))
L("science", "Astronomers now believe that the planet has a thick atmosphere of water vapour.",
  A("be", "believe", "the planet has a thick atmosphere of water vapour", "Astronomers", "g"))
L("political", "The prime minister is widely expected to call an early election.",
  A("be", "is widely expected", "to call an early election", None),
  note="agentless: source null")
L("local", "Shopkeepers on the high street fear the roadworks will drive customers away.",
  A("be", "fear", "the roadworks will drive customers away", "Shopkeepers on the high street", "g"))
L("courts", "The family hopes the inquest will finally explain how he died.",
  A("be", "hopes", "the inquest will finally explain how he died", "The family", "g"))
L("business", "Investors are worried that the trade war will hit chip exports.",
  A("be", "are worried", "the trade war will hit chip exports", "Investors", "g"))
L("political", "She was seen by many colleagues as the natural successor.",
  A("be", "was seen", "as the natural successor", "many colleagues", "g"),
  note="passive belief with the agent given in a by-phrase")
L("wire", "It is believed the hostages are being held in tunnels under the city.",
  A("be", "It is believed", "the hostages are being held in tunnels under the city", None),
  note="agentless: source null ('It' is expletive)")
L("interview", "\"I still feel that the party left me, not the other way round,\" the former senator says.",
  A("sp", "says", "I still feel that the party left me, not the other way round", "the former senator", q="d"),
  tags="inv", note="'feel' inside the quote is the speaker's own: not annotated separately")
# intention
L("political", "The government intends to put the treaty to a referendum in the spring.",
  A("in", "intends", "to put the treaty to a referendum in the spring", "The government", "o"))
L("business", "The retailer aims to open 200 stores in India over the next five years.",
  A("in", "aims", "to open 200 stores in India over the next five years", "The retailer", "o"))
L("wire", "The junta has promised to hold elections within 18 months.",
  A("in", "has promised", "to hold elections within 18 months", "The junta", "o"))
L("sports", "The Olympic champion has decided to skip the world championships to recover from surgery.",
  A("in", "has decided", "to skip the world championships to recover from surgery", "The Olympic champion"))
L("local", "The council agreed to buy the old cinema and turn it into a youth centre.",
  A("in", "agreed", "to buy the old cinema and turn it into a youth centre", "The council", "o"))
L("political", "Both parties have threatened to boycott the talks if the mediator is replaced.",
  A("in", "have threatened", "to boycott the talks if the mediator is replaced", "Both parties", "g"))
L("courts", "The prosecution is seeking to have the trial moved to another city.",
  A("in", "is seeking", "to have the trial moved to another city", "The prosecution", "o"))
L("business", "Shell has no intention of selling its stake in the project, a spokesman said.",
  A("no", "intention", "of selling its stake in the project", "Shell", "o", neg=True),
  A("sp", "said", "Shell has no intention of selling its stake in the project", "a spokesman"),
  tags="unnamed")
L("wire", "Iran's parliament voted to suspend cooperation with the nuclear watchdog.",
  A("in", "voted", "to suspend cooperation with the nuclear watchdog", "Iran's parliament", "o"))
L("political", "The senator is determined to block the nomination.",
  A("in", "is determined", "to block the nomination", "The senator"))
# statement acts
L("political", "The White House issued a statement condemning the attack on the synagogue.",
  A("sa", "issued a statement condemning", "the attack on the synagogue", "The White House", "o"))
L("wire", "The UN refugee agency voiced alarm at the number of children crossing the Darien Gap.",
  A("sa", "voiced alarm", "at the number of children crossing the Darien Gap", "The UN refugee agency", "o"))
L("interview", "In an interview with Le Monde, the former president said he had no regrets about the pension reform.",
  A("sa", "In an interview with Le Monde", "he had no regrets about the pension reform", "the former president"))
L("local", "In a letter to parents, the head teacher said the school would close early on Friday.",
  A("sa", "In a letter to parents", "the school would close early on Friday", "the head teacher"))
L("political", "The ambassador gave an address at the university in which she defended the new visa rules.",
  A("st", "defended", "the new visa rules", "she", ref="The ambassador"),
  note="setting 'gave an address' + stance verb: the stance wins (one attribution)")
L("business", "The regulator published a notice warning that the crypto platform was not authorised in Britain.",
  A("sa", "published a notice warning", "the crypto platform was not authorised in Britain", "The regulator", "o"))
L("sports", "The Football Association said in a statement on its website that it was investigating the chants.",
  A("sa", "in a statement on its website", "it was investigating the chants", "The Football Association", "o"))
L("wire", "The rebels broadcast a message on state radio announcing that the government had been dissolved.",
  A("sa", "broadcast a message on state radio announcing", "the government had been dissolved", "The rebels", "g"))
L("political", "The chancellor used her budget speech to promise more money for railways.",
  A("sa", "used her budget speech", "to promise more money for railways", "The chancellor"),
  note="statement setting carrying an intention; one attribution, statement")
L("science", "The agency expressed regret over the loss of the satellite.",
  A("sa", "expressed regret", "over the loss of the satellite", "The agency", "o"))
L("courts", "In his closing argument, the prosecutor told jurors the defendant had lied repeatedly.",
  A("sa", "In his closing argument", "the defendant had lied repeatedly", "the prosecutor"))
L("political", "The two leaders signed a joint declaration pledging closer cooperation on migration.",
  A("sa", "signed a joint declaration pledging", "closer cooperation on migration", "The two leaders", "g"))
# according to
L("political", "According to an opinion poll published on Sunday, the centre-right leads with 31 percent.",
  A("ac", "According to", "the centre-right leads with 31 percent", "an opinion poll published on Sunday", "d"))
L("business", "The deal is worth about $6 billion, according to people familiar with the matter.",
  A("ac", "according to", "The deal is worth about $6 billion", "people familiar with the matter", "g"), tags="unnamed")
L("courts", "The defendant, according to the indictment, wired the money to accounts in Dubai.",
  A("ac", "according to", "The defendant, according to the indictment, wired the money to accounts in Dubai", "the indictment", "d"),
  note="mid-sentence according to: content is the whole clause including the tag")
L("sports", "The transfer fee, according to the club's accounts, was 45 million euros.",
  A("ac", "according to", "The transfer fee, according to the club's accounts, was 45 million euros", "the club's accounts", "d"))
L("wire", "Five civilians were among the dead, according to a statement from the regional governor.",
  A("ac", "according to", "Five civilians were among the dead", "a statement from the regional governor", "d"))
L("science", "Global sea ice hit a record low in February, according to data from the National Snow and Ice Data Center.",
  A("ac", "according to", "Global sea ice hit a record low in February", "data from the National Snow and Ice Data Center", "d"), tags="head")
L("local", "Crime in the city centre fell by 12 percent last year, according to police.",
  A("ac", "according to", "Crime in the city centre fell by 12 percent last year", "police", "o"))
L("political", "The election will cost about 40 million dollars (electoral commission).",
  A("ac", None, "The election will cost about 40 million dollars", "electoral commission", "o"),
  note="bare parenthetical source tag")
L("wire", "Fighting resumed on the outskirts of Goma on Tuesday (residents, aid agencies).",
  A("ac", None, "Fighting resumed on the outskirts of Goma on Tuesday", "residents, aid agencies", "g"),
  note="bare parenthetical with two sources, given as one span")
L("business", "Chinese exports rose 7 percent in June - customs data - beating forecasts.",
  A("ac", None, "Chinese exports rose 7 percent in June", "customs data", "d"),
  note="bare dash source tag")
L("wire", "According to the BBC, the minister has already submitted her resignation.",
  A("ac", "According to", "the minister has already submitted her resignation", "the BBC", "m"))
# colon
L("political", "The verdict of the election observers: \"Free, but not fair.\"",
  A("col", None, "Free, but not fair.", "The verdict of the election observers", "g", q="d"),
  tags="head", note="source as written; the owner is the observers")
L("business", "Nvidia's message to investors: demand will outstrip supply well into next year.",
  A("col", None, "demand will outstrip supply well into next year", "Nvidia's message to investors", "o"))
L("sports", "Simone Biles on her comeback: \"I'm doing this for me this time.\"",
  A("col", None, "I'm doing this for me this time.", "Simone Biles", q="d"))
L("local", "Residents, at a packed public meeting: \"Fix the roads before you build a stadium.\"",
  A("col", None, "Fix the roads before you build a stadium.", "Residents, at a packed public meeting", "g", q="d"))
L("political", "Merz, asked about coalition talks: \"We are close, but not there yet.\"",
  A("col", None, "We are close, but not there yet.", "Merz, asked about coalition talks", q="d"))
# noun cues and embedded owners
L("political", "The president dismissed the opposition's accusation that he had rigged the census.",
  A("st", "dismissed", "the opposition's accusation that he had rigged the census", "The president"),
  A("no", "accusation", "he had rigged the census", "the opposition's", "g"),
  tags="embed")
L("wire", "The army rejected reports that its soldiers had looted the village.",
  A("st", "rejected", "reports that its soldiers had looted the village", "The army", "o"),
  A("no", "reports", "its soldiers had looted the village", None),
  tags="embed")
L("business", "The chief executive welcomed the regulator's decision to approve the takeover.",
  A("st", "welcomed", "the regulator's decision to approve the takeover", "The chief executive"),
  A("no", "decision", "to approve the takeover", "the regulator's", "o"),
  tags="embed")
L("courts", "The judge accepted the defence's argument that the search had been illegal.",
  A("st", "accepted", "the defence's argument that the search had been illegal", "The judge"),
  A("no", "argument", "the search had been illegal", "the defence's", "g"),
  tags="embed")
L("political", "Fears that the coalition would collapse eased after the two leaders met.",
  A("no", "Fears", "the coalition would collapse", None))
L("science", "There is growing evidence that microplastics reach the human brain.",
  A("no", "evidence", "microplastics reach the human brain", None))
L("wire", "The rumour that the general had fled the country spread quickly on social media.",
  A("no", "The rumour", "the general had fled the country", None))
# evidence and directives
L("political", "Exit polls suggest the far-right party has won around 30 percent of the vote.",
  A("ev", "suggest", "the far-right party has won around 30 percent of the vote", "Exit polls", "d"))
L("courts", "Phone records show the defendant called the victim eleven times that night.",
  A("ev", "show", "the defendant called the victim eleven times that night", "Phone records", "d"))
L("science", "Tree-ring records indicate the drought was the worst in 1,200 years.",
  A("ev", "indicate", "the drought was the worst in 1,200 years", "Tree-ring records", "d"))
L("wire", "The opposition urged voters to stay at home on election day.",
  A("di", "urged", "voters to stay at home on election day", "The opposition", "g"))
L("sports", "The athletes' commission called on the IOC to publish the test results.",
  A("di", "called on", "the IOC to publish the test results", "The athletes' commission", "o"))
L("political", "Brussels asked member states to submit their spending plans by April.",
  A("di", "asked", "member states to submit their spending plans by April", "Brussels", "o"),
  note="'Brussels' as metonym for the EU: organization")
# more split quotes and pronouns
L("business", "\"We are not for sale,\" the founder told staff, \"not now and not at that price.\"",
  A("sp", "told", None, "the founder", q="d", parts=["We are not for sale", "not now and not at that price."]))
L("sports", "\"The legs went,\" she said, \"and after that it was just survival.\"",
  A("sp", "said", None, "she", q="d", parts=["The legs went", "and after that it was just survival."]))
L("courts", "\"This case,\" Judge Marsh said, \"is about a broken promise.\"",
  A("sp", "said", None, "Judge Marsh", q="d", parts=["This case", "is about a broken promise."]))
L("wire", "\"They bombed the market,\" said Fatima Ali, 34, \"while people were buying bread.\"",
  A("sp", "said", None, "Fatima Ali", q="d", parts=["They bombed the market", "while people were buying bread."]), tags="inv")
L("interview", "\"I wanted to be a pilot,\" Mr. Osei recalls, \"but my father needed me on the farm.\"",
  A("sp", "recalls", None, "Mr. Osei", q="d", parts=["I wanted to be a pilot", "but my father needed me on the farm."]))
L("interview", "Ms. Tanaka has run the bakery for 30 years. \"The rent has tripled,\" she says.",
  A("sp", "says", "The rent has tripled", "she", q="d", ref="Ms. Tanaka"))
L("roundup", "The decision drew mixed reactions. Greece said it was \"a step in the right direction\". Turkey called it provocative. Cyprus said nothing had changed.",
  A("sp", "said", "it was \"a step in the right direction\"", "Greece", "c", q="m", cuo=1),
  A("st", "called", "it provocative", "Turkey", "c"),
  A("sp", "said", "nothing had changed", "Cyprus", "c", cuo=2),
  tags="roundup")
L("roundup", "Economists were divided over the budget. Capital Economics said it was broadly neutral for growth. ING warned that the deficit target was unrealistic, and a former central bank governor told Bloomberg the plan \"does not add up\".",
  A("sp", "said", "it was broadly neutral for growth", "Capital Economics", "o"),
  A("sp", "warned", "the deficit target was unrealistic", "ING", "o"),
  A("sp", "told", "the plan \"does not add up\"", "a former central bank governor", q="m"),
  tags="roundup unnamed")
L("long", "The company, which employs 12,000 people in the region and has been losing money on its steel business for five straight years, said on Wednesday that it would close two blast furnaces in 2027 and that it was in talks with the government about support for the workers affected.",
  A("sp", "said", "it would close two blast furnaces in 2027 and that it was in talks with the government about support for the workers affected", "The company", "o"),
  tags="unnamed splitcue")
L("long", "Despite repeated assurances from the transport minister that the new line would open on schedule, engineers working on the project, several of whom spoke to this newspaper on condition of anonymity, believe the first trains will not run before 2029.",
  A("no", "assurances", "the new line would open on schedule", "the transport minister"),
  A("be", "believe", "the first trains will not run before 2029", "engineers working on the project", "g"),
  tags="head unnamed", note="noun cue owned by a by-phrase ('from the transport minister')")
# media sources
L("wire", "State television reported that the president had survived the attack unharmed.",
  A("sp", "reported", "the president had survived the attack unharmed", "State television", "m"))
L("political", "The newspaper said the minister had used public money to pay for a family holiday.",
  A("sp", "said", "the minister had used public money to pay for a family holiday", "The newspaper", "m"), tags="unnamed")
L("business", "The Financial Times reported on Sunday that the bank was preparing to cut 3,000 jobs. The bank declined to comment.",
  A("sp", "reported", "the bank was preparing to cut 3,000 jobs", "The Financial Times", "m"),
  note="a bare 'declined to comment' has no content and is not annotated")
L("sports", "L'Equipe reported that the cyclist had failed a second doping test. His team denied the report.",
  A("sp", "reported", "the cyclist had failed a second doping test", "L'Equipe", "m"),
  A("st", "denied", "the report", "His team", "g"))
L("wire", "Iranian media said the drone had been shot down over Isfahan, citing a military official.",
  A("sp", "said", "the drone had been shot down over Isfahan", "Iranian media", "m"),
  A("sp", "citing", "the drone had been shot down over Isfahan", "a military official"),
  tags="unnamed", note="'citing X': the content is also attributed to the cited official")
# inserted ", X said," mid-sentence (speech; the content is the whole clause, tag included)
L("wire", "The strike, the ministry said, had been declared illegal by a labour court.",
  A("sp", "said", "The strike, the ministry said, had been declared illegal by a labour court", "the ministry", "o"),
  tags="unnamed", note="inserted source tag: content is the whole clause including the tag, as for mid-sentence 'according to'")
L("business", "Profit, the company said in a filing, would fall by about a third.",
  A("sa", "in a filing", "Profit, the company said in a filing, would fall by about a third", "the company", "o"),
  tags="unnamed", note="inserted tag with a statement setting: statement")
L("political", "The new rules, officials told reporters, would take effect within a month.",
  A("sp", "told", "The new rules, officials told reporters, would take effect within a month", "officials", "g"),
  tags="unnamed")
# --- batch 6: negatives (no attribution) ------------------------------------------------------
NEG = "no attribution: "
L("political", "Talks on the so-called \"peace plan\" resumed in Doha on Monday.", note=NEG + "scare quotes", tags="scare")
L("wire", "The \"special military operation\" entered its fourth year with no end in sight.", note=NEG + "scare quotes around a term, no cue", tags="scare")
L("business", "The bank's \"green\" bonds have attracted record demand from pension funds.", note=NEG + "scare quotes", tags="scare")
L("local", "The council's \"temporary\" car park has now been open for eleven years.", note=NEG + "ironic quotes", tags="scare")
L("science", "The so-called \"God particle\" was discovered at CERN in 2012.", note=NEG + "scare quotes", tags="scare")
L("political", "Critics of the \"reform\" packed the public gallery on Thursday.", note=NEG + "scare quotes; 'Critics' without a cue is not an attribution", tags="scare")
L("local", "The theatre will stage \"A Doll's House\" from March 4 to March 20.", note=NEG + "title of a work", tags="title")
L("science", "Her book, \"The Silent Ocean\", was shortlisted for the Royal Society prize.", note=NEG + "title of a work", tags="title")
L("sports", "The documentary \"Last Lap\" follows the team through its relegation season.", note=NEG + "title of a film", tags="title")
L("local", "The film \"Say Nothing\" opens at the Regal cinema on Friday.", note=NEG + "title containing a verb of saying", tags="title")
L("business", "Sales of \"Tell Me Everything\", the memoir by the former chief executive, topped 100,000 copies.", note=NEG + "title containing a verb of saying", tags="title")
L("political", "The report, titled \"A Nation at the Crossroads\", runs to 400 pages.", note=NEG + "title of a document; no claim reported", tags="title")
L("local", "The choir closed the evening with \"Hallelujah\" and \"You'll Never Walk Alone\".", note=NEG + "song titles", tags="title")
L("sports", "Fans sang \"Glory, glory, we're going up\" as the final whistle blew.", note=NEG + "chant / song lyrics", tags="lyrics")
L("local", "The band opened with the line \"I said I'd wait for you, and I'm still waiting\" before a crowd of 5,000.", note=NEG + "song lyrics containing 'said'", tags="lyrics")
L("wire", "Protesters chanted \"we shall overcome\" as police moved in.", note=NEG + "song lyrics chanted; not a claim", tags="lyrics")
L("science", "The anthem's opening line, \"O land of the free\", was sung by the astronauts.", note=NEG + "lyrics", tags="lyrics")
L("business", "When all is said and done, the merger created the largest bank in the region.", note=NEG + "idiom 'said and done'", tags="idiom")
L("political", "Needless to say, the opposition was not invited to the ceremony.", note=NEG + "idiom 'needless to say'", tags="idiom")
L("local", "The new library is, so to speak, the living room of the town.", note=NEG + "idiom 'so to speak'", tags="idiom")
L("sports", "All told, the club spent 200 million euros on players last summer.", note=NEG + "idiom 'all told'", tags="idiom")
L("business", "That said, the company's debt remains high.", note=NEG + "idiom 'that said'", tags="idiom")
L("wire", "It goes without saying that the roads in the north are dangerous in winter.", note=NEG + "idiom 'goes without saying' (the writer's own voice)", tags="idiom")
L("political", "The outcome, to say the least, was unexpected.", note=NEG + "idiom 'to say the least'", tags="idiom")
L("local", "The repairs will cost millions, to say nothing of the disruption to traffic.", note=NEG + "idiom 'to say nothing of'", tags="idiom")
L("science", "The comet is, as it were, a frozen time capsule from the early solar system.", note=NEG + "idiom 'as it were'", tags="idiom")
L("wire", "By Jane Roe, Reuters\nFloodwaters receded across Bavaria on Sunday as clean-up work began.", note=NEG + "byline is not a source", tags="byline")
L("business", "By Tom Hale and Ana Silva\nOil prices rose 2 percent on Monday to their highest level since April.", note=NEG + "byline", tags="byline")
L("sports", "Reporting by Kofi Mensah; Editing by Claire Dubois\nThe race was postponed because of high winds.", note=NEG + "wire credit line", tags="byline")
L("local", "Written by staff reporter Lily Chen\nThe farmers' market returns to the square this Saturday.", note=NEG + "byline", tags="byline")
L("wire", "The evacuation went according to plan, and all 300 residents were out by noon.", note=NEG + "'according to plan' is not a source", tags="plan")
L("sports", "Nothing went according to plan for the champions in the opening stage.", note=NEG + "'according to plan'", tags="plan")
L("business", "Construction is proceeding according to schedule, with the roof due in May.", note=NEG + "'according to schedule'", tags="plan")
L("science", "The samples were sorted according to size before analysis.", note=NEG + "'according to' + criterion, not a source", tags="plan")
L("sports", "Ahmed \"The Lion\" Jaber retained his title with a third-round knockout.", note=NEG + "quoted nickname", tags="nickname")
L("wire", "Police arrested Ismael \"El Mayo\" Zambada's former bodyguard in Sinaloa.", note=NEG + "quoted nickname", tags="nickname")
L("local", "Regulars at \"The Anchor\", as the pub is known, raised 4,000 pounds for the lifeboat.", note=NEG + "quoted name", tags="nickname")
L("local", "The sign at the entrance said \"Closed for repairs\", and the car park was empty.", note=NEG + "a sign 'said': inanimate display, not a claim (convention: signs, clocks and displays are never sources)", tags="said_nonclaim")
L("wire", "The clock on the station tower said noon when the first train arrived.", note=NEG + "a clock 'said': not a claim (same convention)", tags="said_nonclaim")
L("business", "The screen read \"Payment declined\" as the queue grew.", note=NEG + "a display 'read': not a claim", tags="said_nonclaim")
L("sports", "The scoreboard said 2-1 with five minutes left.", note=NEG + "a scoreboard 'said': not a claim", tags="said_nonclaim")
L("local", "Heavy rain is forecast for the weekend, and the river is already high.", note=NEG + "agentless forecast of weather: not annotated (no source, no cue of belief)")
L("wire", "The ferry sank in calm seas about two miles off the coast.", note=NEG + "plain event report")
L("political", "Parliament passed the budget by 210 votes to 180 on Thursday.", note=NEG + "a vote result, no 'voted to'")
L("sports", "Liverpool beat Everton 2-0 at Anfield to go top of the table.", note=NEG + "match report with no attribution")
L("business", "Mayor's Budget Balanced After Deep Cuts\nThe city closed a $40 million gap by cutting overtime and delaying repairs.", note=NEG + "headline without a cue", tags="headline")
L("courts", "The trial will resume on Monday at the High Court in Nairobi.", note=NEG + "scheduling")
L("lowercase", "the so-called \"ring of fire\" stretches around the pacific.", note=NEG + "scare quotes, lowercase", tags="scare")
L("lowercase", "when all is said and done, the harvest was the best in years.", note=NEG + "idiom, lowercase", tags="idiom")
L("science", "The telescope, nicknamed \"the Eye\", will be the largest in the world.", note=NEG + "quoted nickname", tags="nickname")
L("interview", "We met at a café near the port, where the fishermen gather before dawn.", note=NEG + "scene-setting in an interview piece")


if __name__ == "__main__":
    main()
