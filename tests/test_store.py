"""The store on SQLite and PostgreSQL: schema by migrations, exact round-trip, idempotent
writes, replacement by a newer analyzer, event clusters, queries with bound parameters.

Records are built by hand (``make_record``) so the store is tested against the record
contract, whatever the extractors find today. PostgreSQL tests run when EVENTWIRE_TEST_PG
names a server (CI sets it); each test gets its own schema, dropped afterwards.
"""
from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text

from eventwire.readers import article_id
from eventwire.record import (
    Article, DateRef, Entity, Event, Figure, Mention, Place, Quote, Record, Sentence,
)

PG_URL = os.environ.get("EVENTWIRE_TEST_PG")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=[
    pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason="EVENTWIRE_TEST_PG is not set")])]


def _pg_schema_url(schema: str) -> str:
    from eventwire.store.db import normalise_url

    base = normalise_url(PG_URL)
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture
def store_url(request, tmp_path):
    """A URL for an empty store on each backend (a fresh file, or a fresh PG schema)."""
    if request.param == "sqlite":
        yield str(tmp_path / "corpus.db")
        return
    from eventwire.store.db import normalise_url

    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(normalise_url(PG_URL))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _pg_schema_url(schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(store_url):
    from eventwire.store import open_store

    s = open_store(store_url)
    yield s
    s.close()


def backends(fn):
    return pytest.mark.parametrize("store_url", BACKENDS, indirect=True)(fn)


def make_record(text: str | None = None, *, published: str | None = "2025-05-20", source: str = "Wire",
                url: str = "https://example.org/a", analyzer: str = "0.1.0", actor: str = "Hamas",
                actor_code: str = "PSEREB", recipient: str = "Israel", event_type: str = "REQUEST",
                place: str = "Gaza", place_country: str = "PS", event_date: str | None = None) -> Record:
    """A complete record: every part filled, offsets pointing at the evidence in ``text``."""
    text = text or (f"{actor} called on {recipient} to release prisoners held in {place}, said Basem Naim. "
                    f'"We are ready to hand over the hostages," he told reporters. '
                    f"More than 53,000 people have been killed since last November.")

    def span(s: str) -> tuple[int, int]:
        i = text.index(s)
        return i, i + len(s)

    s1 = text.index(". ") + 1
    s2 = text.index(" More than")
    a0, a1 = span(actor)
    r0, r1 = span(recipient)
    p0, p1 = span(place)
    n0, n1 = span("Basem Naim")
    q0, q1 = span("We are ready to hand over the hostages,")
    t0, t1 = span("called on")
    f0, f1 = span("More than 53,000 people have been killed")
    d0, d1 = span("last November")
    return Record(
        article=Article(id=article_id(text), title=f"{actor} and {recipient}", published=published, source=source,
                        url=url, text=text, analyzer=analyzer),
        sentences=[Sentence(index=0, start=0, end=s1), Sentence(index=1, start=s1 + 1, end=s2),
                   Sentence(index=2, start=s2 + 1, end=len(text))],
        entities=[
            Entity(id="E1", name=actor, kind="organization", code=actor_code, country=actor_code[:3] or None,
                   sector=actor_code[3:] or None, mentions=[Mention(start=a0, end=a1, text=actor)]),
            Entity(id="E2", name=recipient, kind="country", code="ISR", country="ISR",
                   mentions=[Mention(start=r0, end=r1, text=recipient)]),
            Entity(id="E3", name="Basem Naim", kind="person", title="senior political leader", affiliation="E1",
                   mentions=[Mention(start=n0, end=n1, text="Basem Naim"),
                             Mention(start=text.index(" he ") + 1, end=text.index(" he ") + 3, text="he")]),
        ],
        quotes=[Quote(id="Q1", kind="direct", text=text[q0:q1], start=q0, end=q1, speaker="E3",
                      speaker_text="he", cue="told", sentence=1)],
        events=[Event(id="V1", type=event_type, mode=["yield"], context=["military"], cameo="1056",
                      actor=["E1"], recipient=["E2"], trigger="called on", sentence=0, start=t0, end=t1,
                      place="P1", date=event_date, confidence=0.72),
                Event(id="V2", type="AGREE", cameo="030", actor=["E1"], recipient=[], trigger="ready",
                      sentence=1, start=q0, end=q1, hypothetical=True, reported_by="Q1", confidence=0.5)],
        figures=[Figure(id="F1", kind="killed", value=53000, low=53000, qualifier="more than",
                        subject="people", since="2024-11", start=f0, end=f1, text=text[f0:f1], sentence=2)],
        places=[Place(id="P1", name=place, country=place_country, lat=31.5, lon=34.47, geonameid=281133,
                      precision="city", mentions=[Mention(start=p0, end=p1, text=place)])],
        dates=[DateRef(text="last November", start=d0, end=d1, value="2024-11", precision="month")],
    )


# ----------------------------------------------------------------------------- tests
@backends
def test_round_trip_is_exact_and_offsets_are_kept(store):
    rec = make_record()
    assert store.add_record(rec) == "new"
    assert store.get_record(rec.article.id) == rec
    from sqlalchemy import select

    from eventwire.store import models as m
    with store.engine.connect() as conn:
        mentions = conn.execute(select(m.Mention.start, m.Mention.end, m.Mention.text)
                                .where(m.Mention.entity_id == "E3").order_by(m.Mention.position)).all()
        quote = conn.execute(select(m.Quote.start, m.Quote.end, m.Quote.text)).one()
    for start, end, t in mentions + [quote]:
        assert rec.article.text[start:end] == t
    assert len(mentions) == 2


@backends
def test_storing_again_is_unchanged_and_newer_analyzer_replaces(store):
    rec = make_record()
    assert store.add_record(rec) == "new"
    assert store.add_record(rec) == "unchanged"
    newer = rec.model_copy(update={"article": rec.article.model_copy(update={"analyzer": "9.9.9"}),
                                   "events": rec.events[:1]})
    assert store.add_record(newer) == "updated"
    assert store.count_articles() == 1
    assert store.get_record(rec.article.id) == newer
    from eventwire.store import query
    assert query.list_events(store).total == 1  # the old record's items are gone


@backends
def test_event_filters(store):
    from eventwire.store import query
    store.add_record(make_record())
    store.add_record(make_record(actor="Hezbollah", actor_code="LBNREB", place="Beirut", place_country="LB",
                                 event_type="THREATEN", published="2024-12-01"))
    assert {e["actors"][0]["name"] for e in query.list_events(store, type="REQUEST").items} == {"Hamas"}
    assert query.list_events(store, actor="hezbollah").total == 2  # both its events
    assert query.list_events(store, actor="LBNREB", type="THREATEN").total == 1
    assert query.list_events(store, since="2025-01-01").total == 2
    assert query.list_events(store, until="2024-12-31").total == 2
    assert query.list_events(store, country="ISR").total == 2  # recipient Israel
    assert query.list_events(store, country="PSE").total == 2  # actor Hamas, or place in PS
    assert query.list_events(store, include_hypothetical=False).total == 2
    ev = query.list_events(store, type="REQUEST").items[0]
    assert ev["sentence_text"].startswith("Hamas called on Israel")
    assert ev["place"]["name"] == "Gaza" and ev["recipients"][0]["code"] == "ISR"
    page = query.list_events(store, limit=1, offset=1)
    assert page.total == 4 and len(page.items) == 1


@backends
def test_user_text_is_bound_never_interpreted(store):
    from eventwire.store import query
    store.add_record(make_record())
    hostile = "x' OR '1'='1"
    assert query.list_events(store, actor=hostile).total == 0
    assert query.list_quotes(store, speaker=hostile).total == 0
    assert query.list_events(store, actor="%").total == 0  # LIKE wildcards are literal
    assert query.search(store, 'hostages" (ready*').total >= 1  # FTS syntax is not parsed
    assert query.search(store, "   ").total == 0
    assert store.count_articles() == 1


@backends
def test_quotes_figures_actors_places_search_and_stats(store):
    from eventwire.store import query
    rec = make_record()
    store.add_record(rec)
    q = query.list_quotes(store, speaker="Naim").items
    assert [x["speaker_name"] for x in q] == ["Basem Naim"]
    assert query.list_quotes(store, speaker="Nobody").total == 0
    f = query.list_figures(store, kind="killed").items
    assert f[0]["value"] == 53000 and isinstance(f[0]["value"], int)
    assert query.list_figures(store, kind="arrested").total == 0
    actors = {a["name"]: a for a in query.list_actors(store).items}
    assert actors["Hamas"]["events"] == 2 and actors["Hamas"]["articles"] == 1
    assert query.list_places(store, country="PSE").items[0]["name"] == "Gaza"
    hits = query.search(store, "hostages").items
    assert {h["kind"] for h in hits} == {"article", "quote"}
    assert query.search(store, "unicorns").total == 0
    st = query.stats(store)
    assert st["totals"]["articles"] == 1 and st["events_by_type"] == {"AGREE": 1, "REQUEST": 1}
    assert query.timeline(store) == [{"day": "2025-05-20", "type": "AGREE", "count": 1},
                                     {"day": "2025-05-20", "type": "REQUEST", "count": 1}]
    pairs = query.interactions(store)
    assert pairs == [{"actor": "Hamas", "actor_code": "PSEREB", "recipient": "Israel", "recipient_code": "ISR",
                      "type": "REQUEST", "count": 1}]
    info = query.get_article_info(store, rec.article.id)
    assert info["duplicate_of"] is None and len(info["clusters"]) == 2


@backends
def test_event_clusters_join_events_across_articles(store):
    from eventwire.store import query
    a = make_record(source="Reuters", url="https://r.example/1")
    b = make_record(a.article.text.replace("said Basem Naim", "according to Basem Naim"), source="AP")
    c = make_record(a.article.text.replace("said Basem Naim", "Basem Naim said"), source="AFP",
                    published="2025-05-21")  # another day: another cluster
    for r in (a, b, c):
        store.add_record(r)
    top = query.list_clusters(store, type="REQUEST").items
    assert [(x["day"], x["mention_count"], x["sources"]) for x in top] == [
        ("2025-05-20", 2, ["AP", "Reuters"]), ("2025-05-21", 1, ["AFP"])]
    assert top[0]["actors"] == ["hamas"] and top[0]["recipients"] == ["israel"]
    # deleting an article recounts its clusters
    store.delete_article(b.article.id)
    assert query.list_clusters(store, type="REQUEST").items[0]["mention_count"] == 1


@backends
def test_migrations_are_applied_and_reopening_is_a_no_op(store_url):
    from eventwire.store import open_store
    s = open_store(store_url)
    rev = s.schema_revision()
    s.add_record(make_record())
    s.close()
    s2 = open_store(store_url)
    assert s2.schema_revision() == rev and s2.count_articles() == 1
    s2.close()


@backends
def test_newer_schema_is_refused_with_one_line(store_url):
    from eventwire.errors import EventwireError
    from eventwire.store import open_store
    s = open_store(store_url)
    with s.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    s.close()
    with pytest.raises(EventwireError, match="newer than this eventwire knows"):
        open_store(store_url)


def test_unopenable_database_is_one_line_error(tmp_path):
    from eventwire.errors import EventwireError
    from eventwire.store import open_store
    with pytest.raises(EventwireError, match="does not exist"):
        open_store(str(tmp_path / "no" / "such" / "dir.db"))
    bad = tmp_path / "garbage.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(EventwireError, match="cannot open the database"):
        open_store(str(bad))
    with pytest.raises(EventwireError, match="cannot open the database"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


def test_url_forms():
    from eventwire.store.db import normalise_url
    assert normalise_url("corpus.db") == "sqlite:///corpus.db"
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_sqlite_is_in_wal_mode(tmp_path):
    from eventwire.store import open_store
    s = open_store(tmp_path / "w.db")
    with s.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    s.close()


@backends
def test_odd_records_store_and_round_trip(store):
    """NUL and astral characters, huge figures, an empty record, dangling ids: all stored."""
    from eventwire.store import query
    odd = make_record("Rebels\x00 called on \U0001F525 \"quoted\" people — «really» said Basem Naim. "
                      "\"We are ready to hand over the hostages,\" he told reporters. "
                      "More than 53,000 people have been killed since last November.", actor="Rebels",
                      recipient="people", place="said")
    odd.figures[0].value = 10**30
    odd.events[0].actor = ["E99"]  # an id no entity has
    assert store.add_record(odd) == "new"
    assert store.get_record(odd.article.id) == odd
    assert query.list_figures(store).items[0]["value"] == pytest.approx(1e30)  # exact in the record
    assert query.list_events(store, type="REQUEST").items[0]["actors"] == [
        {"id": "E99", "name": None, "kind": None, "code": None, "country": None, "sector": None}]
    bare = Record(article=Article(id="e" * 64, text="x"))
    assert store.add_record(bare) == "new" and store.get_record("e" * 64) == bare
    assert query.list_events(store, limit=-5, offset=-3).items == []


@backends
def test_concurrent_first_opens_migrate_once(store_url):
    """Several processes opening a new store at once (two ingests, server workers):
    one migrates, the others wait for it and find the schema at head. (Processes, not
    threads: Alembic keeps its running context in module globals.)"""
    import subprocess
    import sys

    code = ("import sys; from eventwire.store import open_store\n"
            "s = open_store(sys.argv[1]); print(s.schema_revision()); s.close()")
    procs = [subprocess.Popen([sys.executable, "-c", code, store_url], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [err for _, err in results]
    assert len({out.strip() for out, _ in results}) == 1
