"""Synthetic records for the scale bench, made directly with the record models (no
analyzer run): about ten events, two quotes and one or two figures per article, over a
realistic spread of actors (organisations with their spokespeople, countries, groups),
PLOVER types (skewed as news is: many ASSAULT/ACCUSE, few RETREAT), places (cities,
regions and countries with coordinates) and dates (2015-2025, denser in recent years).

Every offset points into the article text it was built with, so the pages can mark the
text up as they do for analyzed articles.
"""
from __future__ import annotations

import datetime as dt
import random

ORGS = [("Hamas", "PSEREB", "PSE"), ("Israel Defense Forces", "ISRMIL", "ISR"), ("Rapid Support Forces", "SDNREB", "SDN"),
        ("Sudanese army", "SDNMIL", "SDN"), ("United Nations", "IGOUNO", None), ("European Union", "IGOEEC", None),
        ("Arakan Army", "MMRREB", "MMR"), ("Myanmar junta", "MMRMIL", "MMR"), ("Kenyan police", "KENCOP", "KEN"),
        ("Gaza Health Ministry", "PSEGOVHLH", "PSE"), ("Red Cross", "NGOHRI", None), ("Houthis", "YEMREB", "YEM"),
        ("Wagner Group", "RUSMIL", "RUS"), ("Ukrainian army", "UKRMIL", "UKR"), ("Georgian Dream", "GEOGOV", "GEO"),
        ("al-Shabaab", "SOMREB", "SOM"), ("Taliban", "AFGREB", "AFG"), ("NATO", "IGOWSTNAT", None),
        ("Amnesty International", "NGOHRI", None), ("World Food Programme", "IGOUNOWFP", None)]
COUNTRIES = [("Israel", "ISR"), ("Russia", "RUS"), ("Ukraine", "UKR"), ("Sudan", "SDN"), ("United States", "USA"),
             ("Iran", "IRN"), ("China", "CHN"), ("Turkey", "TUR"), ("Egypt", "EGY"), ("Qatar", "QAT"),
             ("Kenya", "KEN"), ("Myanmar", "MMR"), ("Yemen", "YEM"), ("Somalia", "SOM"), ("Georgia", "GEO")]
FIRST = ["Ahmed", "Maria", "Oleksandr", "Nabil", "Sarah", "Daniel", "Aung", "Fatima", "Ivan", "Grace", "Omar", "Lena"]
LAST = ["Hassan", "Kovalenko", "Abdallah", "Levi", "Min", "Osei", "Petrov", "Nasser", "Mwangi", "Haddad", "Silva", "Chen"]
PLACES = [("Gaza City", "PS", 31.50, 34.47, "city"), ("Khan Younis", "PS", 31.34, 34.31, "city"),
          ("Gaza Strip", "PS", 31.42, 34.35, "region"), ("Kharkiv", "UA", 49.99, 36.23, "city"),
          ("Odesa", "UA", 46.48, 30.72, "city"), ("Donetsk Oblast", "UA", 48.0, 37.8, "region"),
          ("El Fasher", "SD", 13.63, 25.35, "city"), ("Darfur", "SD", 13.5, 24.0, "region"),
          ("Khartoum", "SD", 15.50, 32.56, "city"), ("Sittwe", "MM", 20.15, 92.90, "city"),
          ("Rakhine State", "MM", 19.8, 93.9, "region"), ("Mogadishu", "SO", 2.05, 45.32, "city"),
          ("Nairobi", "KE", -1.29, 36.82, "city"), ("Tbilisi", "GE", 41.72, 44.79, "city"),
          ("Sanaa", "YE", 15.35, 44.21, "city"), ("Red Sea", None, 20.0, 38.0, "region"),
          ("Ukraine", "UA", 49.0, 32.0, "country"), ("Sudan", "SD", 15.6, 30.2, "country"),
          ("Russia", "RU", 61.5, 105.3, "country"), ("Kabul", "AF", 34.53, 69.17, "city"),
          ("Rafah", "PS", 31.28, 34.25, "city"), ("Jeddah", "SA", 21.54, 39.17, "city"),
          ("Al-Shifa hospital", "PS", 31.52, 34.44, "site"), ("Zaporizhzhia plant", "UA", 47.51, 34.59, "site")]
# PLOVER types with news-like weights, a verb for the text, and a CAMEO root.
TYPES = [("ASSAULT", 22, "attacked", "190"), ("ACCUSE", 14, "accused", "112"), ("REQUEST", 10, "called on", "10"),
         ("THREATEN", 7, "threatened", "13"), ("REJECT", 7, "rejected", "12"), ("PROTEST", 6, "protested against", "14"),
         ("COERCE", 6, "detained members of", "17"), ("CONSULT", 6, "met", "04"), ("AGREE", 5, "agreed with", "03"),
         ("AID", 5, "sent aid to", "07"), ("SUPPORT", 4, "backed", "05"), ("MOBILIZE", 3, "deployed against", "15"),
         ("SANCTION", 2, "sanctioned", "16"), ("COOPERATE", 2, "worked with", "06"), ("CONCEDE", 1, "conceded to", "08"),
         ("RETREAT", 1, "withdrew from", "087")]
SUBJECTS = ["people in Gaza", "civilians in Sudan", "soldiers in Ukraine", "protesters in Tbilisi", "people in Darfur",
            "aid workers", "journalists", "children in Gaza", "migrants at sea", "people in Rakhine"]
FIGURE_KINDS = [("killed", 6), ("wounded", 3), ("arrested", 2), ("displaced", 2), ("hostages", 1)]
SOURCES = ["Reuters", "Associated Press", "AFP", "Al Jazeera", "BBC", "Kyiv Independent", "Sudan Tribune",
           "Irrawaddy", "Nation Africa", "Civil.ge"]


def _day(rng: random.Random) -> str:
    start = dt.date(2015, 1, 1)
    span = (dt.date(2025, 6, 30) - start).days
    return (start + dt.timedelta(days=int(span * rng.random() ** 0.6))).isoformat()  # denser recently


class _Text:
    """The article text as it is built, handing out the offsets of each piece."""

    def __init__(self):
        self.parts: list[str] = []
        self.n = 0
        self.sentences: list[tuple[int, int]] = []
        self._start = 0

    def add(self, s: str) -> tuple[int, int]:
        a = self.n
        self.parts.append(s)
        self.n += len(s)
        return a, self.n

    def end_sentence(self, sep: str = " ") -> int:
        self.sentences.append((self._start, self.n))
        self.add(sep)
        self._start = self.n
        return len(self.sentences) - 1

    def value(self) -> str:
        return "".join(self.parts)


def _entities(rng: random.Random):
    """Six to eight actors: organisations, two spokespeople affiliated to one, countries."""
    ents = []
    for name, code, country in rng.sample(ORGS, 3):
        ents.append({"id": f"E{len(ents) + 1}", "name": name, "kind": "organization", "code": code, "country": country})
    for name, code in rng.sample(COUNTRIES, 2):
        ents.append({"id": f"E{len(ents) + 1}", "name": name, "kind": "country", "code": code, "country": code})
    for k in range(2):
        org = ents[k]
        ents.append({"id": f"E{len(ents) + 1}", "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "kind": "person",
                     "code": org["code"], "country": org["country"], "title": "spokesperson", "affiliation": org["id"]})
    return ents


def _mention(ents_by_id, mentions, eid, span):
    mentions.setdefault(eid, []).append({"start": span[0], "end": span[1], "text": ents_by_id[eid]["name"]})


def synthetic_record(i: int, rng: random.Random, events_per_article: int = 10):
    """One article's record, built with the models."""
    from eventwire.ingest import article_id
    from eventwire.record import Record

    ents = _entities(rng)
    by_id = {e["id"]: e for e in ents}
    places = [dict(zip(("name", "country", "lat", "lon", "precision"), p)) for p in rng.sample(PLACES, 3)]
    for k, p in enumerate(places):
        p["id"] = f"P{k + 1}"
    t, mentions, place_mentions = _Text(), {}, {}
    weights = [w for _, w, _, _ in TYPES]
    events, quotes, figures = [], [], []
    published = _day(rng)
    for v in range(events_per_article):
        etype, _, verb, cameo = rng.choices(TYPES, weights)[0]
        actor, recipient = rng.sample([e for e in ents if e["kind"] != "person"] + ents[-2:], 2)
        place = rng.choice(places)
        _mention(by_id, mentions, actor["id"], t.add(actor["name"]))
        t.add(" ")
        trig = t.add(verb)
        t.add(" ")
        _mention(by_id, mentions, recipient["id"], t.add(recipient["name"]))
        t.add(" in ")
        place_mentions.setdefault(place["id"], []).append(dict(zip(("start", "end"), t.add(place["name"]))))
        t.add(f" on day {v + 1} of the report.")
        s = t.end_sentence("\n\n" if v % 3 == 2 else " ")
        events.append({"id": f"V{v + 1}", "type": etype, "cameo": cameo, "actor": [actor["id"]],
                       "recipient": [recipient["id"]], "trigger": verb, "sentence": s, "start": trig[0], "end": trig[1],
                       "place": place["id"], "hypothetical": rng.random() < 0.1, "negated": rng.random() < 0.05,
                       "confidence": round(0.5 + rng.random() / 2, 2)})
    for qn, speaker in enumerate(ents[-2:]):
        kind_, n = rng.choices(FIGURE_KINDS, [w for _, w in FIGURE_KINDS])[0][0], rng.randint(3, 40000)
        subject = rng.choice(SUBJECTS)
        t.add('"')
        qa = t.n
        fig = t.add(f"{n:,} {subject.split(' in ')[0]}")
        t.add(f" have been {kind_} so far")
        qb = t.n
        t.add('," said ')
        _mention(by_id, mentions, speaker["id"], t.add(speaker["name"]))
        t.add(f", a spokesperson for {by_id[speaker['affiliation']]['name']}.")
        s = t.end_sentence("\n\n")
        quotes.append({"id": f"Q{qn + 1}", "kind": "direct", "text": t.value()[qa:qb], "start": qa, "end": qb,
                       "speaker": speaker["id"], "speaker_text": speaker["name"], "cue": "said", "sentence": s})
        figures.append({"id": f"F{qn + 1}", "kind": kind_, "value": n, "subject": subject, "start": fig[0],
                        "end": fig[1], "text": t.value()[fig[0]:fig[1]], "sentence": s, "reported_by": f"Q{qn + 1}"})
    text = t.value().rstrip()
    for e in ents:
        e["mentions"] = mentions.get(e["id"], [])
    for p in places:
        p["mentions"] = [{**m, "text": text[m["start"]:m["end"]]} for m in place_mentions.get(p["id"], [])]
    sentences = [{"index": k, "start": a, "end": b} for k, (a, b) in enumerate(t.sentences)]
    return Record.model_validate({
        "schema": "eventwire/1",
        "article": {"id": article_id(text), "title": f"Report {i}: {events[0]['type'].lower()} in {places[0]['name']}",
                    "published": published, "source": rng.choice(SOURCES), "url": f"https://example.org/r/{i}",
                    "language": "en", "text": text, "analyzer": "bench"},
        "sentences": sentences, "entities": ents, "quotes": quotes, "events": events, "figures": figures,
        "places": places, "dates": []})


def synthetic_records(n_events: int, seed: int = 13, events_per_article: int = 10):
    """Records until ``n_events`` events are made."""
    rng = random.Random(seed)
    for i in range((n_events + events_per_article - 1) // events_per_article):
        yield synthetic_record(i, rng, events_per_article)
