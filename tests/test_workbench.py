"""The researcher's pages (issue 13): quotes by affiliation with facets, figures with
competing claims, organisation roll-ups, the timeline's time axis, and the map's
precision. Over the web test corpus plus three articles in which different claimants
give the death toll of one war (tests/data/web/workbench.json)."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest

from test_web_support import WEB_DATA, build_record, load_records, make_client, seed

HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def corpus():
    records = load_records()
    for spec in json.loads((WEB_DATA / "workbench.json").read_text(encoding="utf-8")):
        records[spec["key"]] = build_record(spec)
    return records


@pytest.fixture(scope="module")
def wb(tmp_path_factory, corpus):
    from eventwire.store import open_store

    url = f"sqlite:///{tmp_path_factory.mktemp('wb') / 'wb.db'}"
    store = open_store(url)
    seed(store, corpus)
    store.close()
    with make_client(url) as c:
        yield c


def _csv(resp) -> list[dict]:
    assert resp.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(resp.text)))


# --------------------------------------------------------------------------- quotes page
def test_quotes_by_affiliation_count_the_members(wb, corpus):
    data = wb.get("/quotes.json", params={"affiliation": "Health Ministry"}).json()
    who = {(q["speaker_name"], q["via"]) for q in data["items"]}
    assert who == {("Ashraf al-Qudra", "member"), ("Gaza Health Ministry", "self")}
    assert data["total"] == 2
    # By speaker, only the spokesman; the ministry's own quote is not his.
    by_speaker = wb.get("/quotes.json", params={"speaker": "qudra"}).json()
    assert [q["speaker_name"] for q in by_speaker["items"]] == ["Ashraf al-Qudra"]
    # An affiliation nobody has: nothing, and no error.
    assert wb.get("/quotes.json", params={"affiliation": "Ministry of Silly Walks"}).json()["total"] == 0


def test_quotes_filters_text_date_kind_and_cue_kind(wb):
    assert {q["article"]["published"] for q in wb.get("/quotes.json", params={"affiliation": "Health Ministry", "since": "2024-05-01"}).json()["items"]} \
        == {"2024-06-01"}
    texts = [q["text"] for q in wb.get("/quotes.json", params={"q": "30,000"}).json()["items"]]
    assert texts == ["More than 30,000 people have been killed in Gaza"]
    assert {q["kind"] for q in wb.get("/quotes.json", params={"kind": "indirect"}).json()["items"]} == {"indirect"}
    assert wb.get("/quotes.json", params={"cue_kind": "speech"}).json()["total"] >= 3
    assert wb.get("/quotes.json", params={"cue_kind": "belief"}).json()["total"] == 0
    assert wb.get("/quotes.json", params={"since": "2024-02-30"}).status_code == 422


def test_quotes_facets_follow_the_filter(wb):
    facets = wb.get("/quotes.json", params={"affiliation": "Health Ministry"}).json()["facets"]
    assert {f["value"]: f["count"] for f in facets["speaker"]} == {"Ashraf al-Qudra": 1, "Gaza Health Ministry": 1}
    assert {f["value"]: f["count"] for f in facets["kind"]} == {"direct": 1, "indirect": 1}
    everything = wb.get("/quotes.json").json()["facets"]
    assert sum(f["count"] for f in everything["kind"]) == wb.get("/quotes.json").json()["total"]


def test_quotes_page_links_rows_to_the_quote_and_exports_the_filter(wb, corpus):
    rec = corpus["claim_ministry_member"]
    html = wb.get("/quotes", params={"affiliation": "Health Ministry"}, headers=HTML).text
    assert f'href="/articles/{rec.article.id}#quote-Q1"' in html
    assert 'href="/quotes.csv?affiliation=Health+Ministry"' in html
    assert re.search(r'class="quote-row via-member"', html)
    rows = _csv(wb.get("/quotes.csv", params={"affiliation": "Health Ministry"}))
    assert {(r["speaker"], r["via"], r["affiliation"]) for r in rows} == {
        ("Ashraf al-Qudra", "member", "Gaza Health Ministry"), ("Gaza Health Ministry", "self", "")}


# --------------------------------------------------------------------------- figures page
def test_figures_carry_claimant_and_place(wb):
    items = wb.get("/figures.json", params={"subject": "people in Gaza"}).json()["items"]
    by_value = {f["value"]: f for f in items}
    assert set(by_value) == {30000, 25000, 37000}
    assert (by_value[30000]["claimant"], by_value[30000]["claimant_from"]) == ("Ashraf al-Qudra", "quote")
    assert (by_value[25000]["claimant"], by_value[25000]["claimant_from"]) == ("Associated Press", "source")
    assert by_value[37000]["claimant"] == "Gaza Health Ministry"
    assert by_value[30000]["place"] == "Gaza Strip" and by_value[25000]["place"] is None


def test_figures_filter_by_claimant_place_and_date(wb):
    def values(**params):
        return sorted(f["value"] for f in wb.get("/figures.json", params=params).json()["items"])

    assert values(claimant="associated") == [25000]
    assert values(place="gaza strip") == [30000]
    assert values(kind="killed", since="2024-04-01", until="2024-04-30") == [25000]
    assert values(kind="arrested", subject="people in Gaza") == []


def test_competing_claims_side_by_side(wb, corpus):
    data = wb.get("/figures.json").json()
    group = next(g for g in data["claims"] if g["subject"] == "people in gaza")
    assert group["kind"] == "killed"
    series = {c["claimant"]: [(p["day"], p["value"]) for p in c["points"]] for c in group["claimants"]}
    assert series == {"Ashraf al-Qudra": [("2024-03-01", 30000)], "Associated Press": [("2024-04-15", 25000)],
                      "Gaza Health Ministry": [("2024-06-01", 37000)]}
    html = wb.get("/figures", headers=HTML).text
    chart = re.search(r'<svg class="claims".*?</svg>', html, re.S).group(0)
    assert chart.count("<circle") == 3 and "Associated Press" in chart
    assert f'href="/articles/{corpus["claim_wire_source"].article.id}#figure-F1"' in html
    # A subject told by one claimant only is no competition.
    assert all(len(g["claimants"]) >= 2 for g in data["claims"])


def test_figures_csv_has_the_claimant(wb):
    rows = _csv(wb.get("/figures.csv", params={"subject": "people in Gaza"}))
    assert {(r["value"], r["claimant"]) for r in rows} == {
        ("30000", "Ashraf al-Qudra"), ("25000", "Associated Press"), ("37000", "Gaza Health Ministry")}


# --------------------------------------------------------------------------- roll-up
def test_organisation_page_rolls_up_its_members(wb):
    data = wb.get("/actors/Gaza Health Ministry.json").json()
    assert {(q["speaker_name"], q["via"]) for q in data["quotes"]} == {
        ("Gaza Health Ministry", "self"), ("Ashraf al-Qudra", "member")}
    assert data["member_quotes"] == 1
    assert [(e["type"], e["via"]) for e in data["events_of_members"]["items"]] == [("ACCUSE", "member")]
    own = wb.get("/actors/Gaza Health Ministry.json", params={"own": "true"}).json()
    assert {q["via"] for q in own["quotes"]} == {"self"} and own["events_of_members"]["total"] == 0
    html = wb.get("/actors/Gaza Health Ministry", headers=HTML).text
    assert 'id="own-only"' in html and "via-member" in html
    assert 'id="show-members"' in wb.get("/actors/Gaza Health Ministry?own=true", headers=HTML).text


def test_a_person_page_has_no_member_section(wb):
    data = wb.get("/actors/Ashraf al-Qudra.json").json()
    assert data["member_quotes"] == 0 and data["events_of_members"]["total"] == 0


# --------------------------------------------------------------------------- hostile text
MARKERS = ("<script>window.__pwned", "<img src=x onerror", "<svg onload", "<b onmouseover", "<iframe")


@pytest.mark.parametrize("path", ["/quotes", "/quotes?speaker=Hassan", "/figures", "/figures?claimant=a"])
def test_hostile_article_is_escaped_on_the_new_pages(wb, path):
    html = wb.get(path, headers=HTML).text
    for marker in MARKERS:
        assert marker not in html, (path, marker)
    assert "&lt;img src=x onerror" in wb.get("/quotes", headers=HTML).text  # it is there, escaped


# --------------------------------------------------------------------------- map
def test_unwrap_makes_antimeridian_rings_continuous():
    from eventwire.web.worldmap import unwrap

    # Chukotka-like: crosses from +179 to -179 and back.
    ring = [(170.0, 65.0), (179.5, 66.0), (-179.0, 67.0), (-172.0, 66.0), (-179.5, 64.0), (170.0, 65.0)]
    out = unwrap(ring)
    assert max(abs(b[0] - a[0]) for a, b in zip(out, out[1:])) <= 180
    assert out[2] == (181.0, 67.0) and out[0] == out[-1]
    # A ring on the far side is brought back; an ordinary ring is untouched.
    far = [(179.0, -16.5), (-178.0, -17.0), (-176.0, -16.0), (-177.0, -15.0), (179.0, -16.5)]
    out = unwrap(far)
    assert max(abs(b[0] - a[0]) for a, b in zip(out, out[1:])) <= 180
    assert -180 <= sum(lon for lon, _ in out) / len(out) <= 180
    plain = [(10.0, 50.0), (12.0, 51.0), (11.0, 49.0), (10.0, 50.0)]
    assert unwrap(plain) is plain
    # Around a pole (every longitude once): kept as it is.
    polar = [(-180.0, -85.0), (-60.0, -70.0), (60.0, -70.0), (179.0, -85.0), (-180.0, -85.0)]
    assert unwrap(polar) == polar


def test_world_layer_has_no_band_across_the_map(wb):
    world = wb.get("/map/world.geojson").json()
    names = {f["properties"]["name"] for f in world["features"]}
    assert {"Russia", "Fiji", "France", "Antarctica"} <= names
    for f in world["features"]:
        if f["properties"]["name"] == "Antarctica":
            continue
        for polygon in f["geometry"]["coordinates"]:
            for ring in polygon:
                steps = [abs(b[0] - a[0]) for a, b in zip(ring, ring[1:])]
                assert max(steps, default=0) <= 180, f["properties"]["name"]


def test_map_tells_areas_from_points_and_lists_a_places_events(wb, corpus):
    places = {p["name"]: p for p in wb.get("/map.json").json()["places"]}
    assert places["Gaza Strip"]["area"] is True and places["Khan Younis"]["area"] is False
    html = wb.get("/map", headers=HTML).text
    areas = html.split("Known only to a country or region")[1]
    assert "Gaza Strip" in areas and "Khan Younis" not in areas
    events = wb.get("/map/events.json", params={"name": "Khan Younis", "place_country": "PS"}).json()
    assert [(e["type"], e["article_id"]) for e in events["items"]] == [
        ("ACCUSE", corpus["claim_ministry_member"].article.id)]
    assert wb.get("/map/events.json", params={"name": "Khan Younis", "type": "AID"}).json()["total"] == 0


# --------------------------------------------------------------------------- the API's twins
def test_api_quotes_and_figures_take_the_new_filters(wb):
    q = wb.get("/api/quotes", params={"affiliation": "Health Ministry", "cue_kind": "speech"}).json()
    assert {x["via"] for x in q["items"]} == {"member", "self"} and q["total"] == 2
    assert wb.get("/api/quotes", params={"cue_kind": "no-such-kind"}).status_code == 422
    f = wb.get("/api/figures", params={"claimant": "Associated Press"}).json()
    assert [x["value"] for x in f["items"]] == [25000]
    claims = wb.get("/api/figures/claims", params={"kind": "killed"}).json()["items"]
    assert {c["claimant"] for g in claims for c in g["claimants"]} >= {"Associated Press", "Ashraf al-Qudra"}
    # The API's CSV is the documented quote row (docs/data.md), the same rows the JSON items carry.
    rows = _csv(wb.get("/api/quotes", params={"affiliation": "Health Ministry", "format": "csv"}))
    assert {r["speaker_name"] for r in rows} == {"Ashraf al-Qudra", "Gaza Health Ministry"}
    assert {r["speaker_name"] for r in rows} == {x["row"]["speaker_name"] for x in q["items"]}


# --------------------------------------------------------------------------- small things
@pytest.mark.parametrize("text,title", [
    ("Gaza death toll passes 30,000\n\nMore than 30,000 people have been killed, the ministry said.",
     "Gaza death toll passes 30,000"),
    ("  Will the ceasefire hold?\nDiplomats met in Cairo on Monday.", "Will the ceasefire hold?"),
    ("2024: the year in review\n\nIt was a long year.", "2024: the year in review"),
    ("The army said on Sunday it had withdrawn from the town.\nResidents returned.", None),  # prose
    ("one line of text without a break", None),
    ("lower-case start of a line\n\nBody.", None),
    ("Rebels, who had held the town since March,\nwithdrew.", None),  # a sentence cut by a line break
    ("A" + " very" * 40 + " long line\n\nBody.", None),
])
def test_headline_of_plain_text(text, title):
    from eventwire.web.views import headline_of

    assert headline_of(text) == title


def test_article_page_uses_the_headline_when_untitled(tmp_path):
    from eventwire.store import open_store

    spec = {"key": "untitled", "text": "Court halts deportation flights\n\nA court in Nairobi halted the flights.",
            "entities": [], "quotes": [], "events": [], "figures": [], "places": []}
    rec = build_record(spec)
    url = f"sqlite:///{tmp_path / 't.db'}"
    store = open_store(url)
    store.add_record(rec, origin="test")
    store.close()
    with make_client(url) as c:
        html = c.get(f"/articles/{rec.article.id}", headers=HTML).text
    assert "<h1>Court halts deportation flights</h1>" in html


def test_event_place_and_date_are_separated_on_the_article_page(wb, corpus):
    rec = corpus["claim_ministry_member"]
    html = wb.get(f"/articles/{rec.article.id}", headers=HTML).text
    # They ran together as "Khan Younis2024-02-29": a separator with its space now stands between.
    pair = re.search(r"@ Khan Younis</span>(.*?)2024-02-29", html, re.S)
    assert pair and re.fullmatch(r'\s*<span class="muted date">&#32;· ', pair.group(1)), pair and pair.group(1)


def test_favicon_is_served(wb):
    resp = wb.get("/static/favicon.svg")
    assert resp.status_code == 200 and "<svg" in resp.text
    assert 'rel="icon" href="/static/favicon.svg"' in wb.get("/", headers=HTML).text


def test_a_claims_table_row_per_claimant_latest_first_and_range():
    from eventwire.web.views import claimant_rows

    def point(day, value, place=None):
        return {"day": day, "value": value, "qualifier": None, "place": place, "article_id": "a", "id": "F1",
                "sentence": 0, "from": "quote"}

    group = {"kind": "killed", "subject": "people in gaza", "claimants": [
        {"claimant": "Ministry", "points": [point("2024-01-01", 20000), point("2024-03-01", 30000, "Gaza"),
                                            point("2024-02-01", 25000)]},
        {"claimant": "Wire", "points": [point(None, 26000), point("2024-02-15", 27000)]}]}
    ministry, wire = claimant_rows(group)
    assert (ministry["count"], ministry["latest"]["value"], ministry["first"]["value"]) == (3, 30000, 20000)
    assert ministry["latest"]["place"] == "Gaza"
    assert (ministry["low"], ministry["high"]) == (20000, 30000)
    assert wire["latest"]["value"] == 27000 and wire["first"]["day"] is None  # undated: never the latest
    assert (wire["low"], wire["high"]) == (26000, 27000)


def test_a_quotes_page_without_its_count_says_what_it_holds(wb, corpus, tmp_path):
    from eventwire.store import open_store
    from eventwire.web import data

    with open_store(tmp_path / "q.db") as s:
        for rec in corpus.values():
            s.add_record(rec)
        counted = data.quotes_page(s, facets=False)
        uncounted = data.quotes_page(s, facets=False, count=False)
        assert uncounted.items == counted.items and uncounted.total == len(counted.items)
        assert uncounted.total_capped is False
        first = data.quotes_page(s, facets=False, count=False, limit=1)
        assert first.total == 1 and first.to_dict()["total_capped"] is True  # full: a lower bound
