"""The store's shared query layer (CLI, API and pages): event facets, sort orders,
totals on every path, actor matching through ``entities.name_key``, the actor page's
reads, the 0002 and 0003 migrations' backfills (and that the migrations build exactly
the tables the models declare), the bulk loader, and the page query's fixed statements."""
from __future__ import annotations

from test_store import backends, make_record, store, store_url  # noqa: F401  (fixtures)

from eventwire.store import query

HEAD = "0009"  # 0009_rows_carry_what_pages_filter_on (on 0008_figures_carry_published)


def _two_stories(store):
    store.add_record(make_record())  # Hamas -> Israel, 2025-05-20: REQUEST, AGREE (hypothetical)
    store.add_record(make_record(actor="Rapid Support Forces", actor_code="SDNREB", recipient="Sudan",
                                 place="El Fasher", place_country="SD", event_type="ASSAULT",
                                 published="2024-11-02"))


@backends
def test_facets_sort_and_text_filter(store):
    _two_stories(store)
    everything = query.list_events(store)
    assert everything.total == 4
    hyp = query.list_events(store, hypothetical=True)
    assert hyp.total == 2 and all(e["hypothetical"] for e in hyp.items)
    assert query.list_events(store, hypothetical=False).total == 2
    assert query.list_events(store, negated=True).total == 0
    assert query.list_events(store, reported=False).total + query.list_events(store, reported=True).total == 4
    assert [e["type"] for e in query.list_events(store, sort="type").items] == ["AGREE", "AGREE", "ASSAULT", "REQUEST"]
    assert [e["day"] for e in query.list_events(store, sort="day").items][0] == "2024-11-02"
    assert [e["day"] for e in query.list_events(store).items][0] == "2025-05-20"  # newest first
    assert query.list_events(store, q="CALLED on").total == 2  # trigger, any case
    assert query.list_events(store, q="El Fasher").total == 1  # in the sentence, not the trigger
    assert query.list_events(store, q="nowhere at all").total == 0


@backends
def test_totals_hold_on_every_path(store):
    _two_stories(store)
    # link-filtered lists count in the same pass as the page; an empty page counts apart
    assert query.list_events(store, actor="rapid support", limit=1).total == 2
    assert query.list_events(store, actor="rapid support", limit=1, offset=1).items[0]["actors"][0]["code"] == "SDNREB"
    past = query.list_events(store, actor="rapid support", offset=10)
    assert past.items == [] and past.total == 2
    assert query.list_events(store, actor="rapid support", limit=0).total == 2
    assert query.list_events(store, type="ASSAULT", since="2024-11-01", until="2024-11-30").total == 1
    assert query.list_events(store, country="SDN", type="assault").total == 1


@backends
def test_actor_filter_matches_names_any_case_and_codes(store):
    store.add_record(make_record(actor="Ömer Çelik", actor_code="TURGOV", recipient="Greece", place="Ankara",
                                 place_country="TR"))
    for value in ("Ömer Çelik", "ÖMER ÇELIK", "ömer", "çelik", "turgov"):
        assert query.list_events(store, actor=value).total == 2, value
    assert query.list_events(store, recipient="greece").total == 1
    assert query.list_events(store, actor="Greece").total == 0  # a recipient, not an actor
    assert query.list_events(store, actor="mer Ç").total == 2  # still a substring match
    assert query.timeline(store, actor="çelik")[0]["count"] == 1


@backends
def test_actor_summary_and_links(store):
    _two_stories(store)
    summary = query.actor_summary(store, "HAMAS")
    assert summary["name"] == "Hamas" and summary["articles"] == 1
    assert query.actor_summary(store, "Ham") is None  # the actor page is an exact name
    links = query.actor_links(store, "hamas")
    assert links == [{"other": "Israel", "direction": "out", "type": "REQUEST", "count": 1}]
    assert query.actor_links(store, "israel")[0]["direction"] == "in"


@backends
def test_migration_0002_backfills_the_name_key(store_url):
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import select

    from eventwire.store import models as m
    from eventwire.store import open_store
    from eventwire.store.db import MIGRATIONS_DIR

    with open_store(store_url) as s:
        s.add_record(make_record(actor="Ömer Çelik", actor_code="TURGOV", recipient="Greece", place="Ankara",
                                 place_country="TR"))
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        with s.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")  # a store written before this revision
        assert s.schema_revision() == "0001"
    with open_store(store_url) as s:  # upgraded on opening
        assert s.schema_revision() == HEAD
        with s.engine.connect() as conn:
            keys = {k for (k,) in conn.execute(select(m.Entity.name_key))}
        assert "ömer çelik" in keys and None not in keys
        assert query.list_events(s, actor="ÖMER").total == 2


def _downgrade(s, revision):
    from alembic import command
    from alembic.config import Config

    from eventwire.store.db import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with s.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


@backends
def test_migration_0003_copies_entities_onto_links_and_lists_names(store_url):
    from sqlalchemy import select

    from eventwire.store import models as m
    from eventwire.store import open_store

    with open_store(store_url) as s:
        _two_stories(s)
        before = query.list_events(s, sort="type")
        _downgrade(s, "0002")  # a store written before this revision
        assert s.schema_revision() == "0002"
    with open_store(store_url) as s:  # upgraded on opening
        assert s.schema_revision() == HEAD
        with s.engine.connect() as conn:
            links = conn.execute(select(m.EventActor.name, m.EventActor.name_key, m.EventActor.kind,
                                        m.EventActor.code)).all()
            names = {k for (k,) in conn.execute(select(m.EntityName.name_key))}
        assert ("Rapid Support Forces", "rapid support forces", "organization", "SDNREB") in links
        assert None not in {name for name, *_ in links}
        assert {"hamas", "israel", "rapid support forces", "sudan"} <= names
        assert query.list_events(s, sort="type").to_dict() == before.to_dict()
        assert query.list_events(s, actor="RAPID").total == 2
        assert query.list_events(s, recipient="sudan").total == 1


@backends
def test_migrations_build_exactly_the_models_tables(store_url):
    """Alembic's own comparison: no table, column or index differs between the
    migrated database and the SQLAlchemy models the code reads and writes with."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from eventwire.store import models as m
    from eventwire.store import open_store

    with open_store(store_url) as s, s.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), m.Base.metadata)
    # Full-text search is made by SQL for each dialect, outside the models: SQLite's
    # FTS5 virtual table, PostgreSQL's GIN indexes on to_tsvector.
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("search_index"))
            and not (d[0] == "remove_index" and d[1].name in ("ix_articles_fts", "ix_quotes_fts"))]
    assert diff == []


@backends
def test_event_pages_reuse_their_fixed_statements(store):
    """The detail and participant statements are built once and only bound per page;
    a page larger than one chunk of pairs still comes back whole and in order."""
    for i in range(5):
        store.add_record(make_record(published=f"2024-0{i + 1}-10", actor=f"Actor {i}"))
    first = query.list_events(store, limit=3)
    again = query.list_events(store, limit=3)
    assert query._event_detail_stmt() is query._event_detail_stmt()
    assert first.to_dict() == again.to_dict()
    old_chunk = query.PAIR_CHUNK
    query.PAIR_CHUNK = 2
    try:
        chunked = query.list_events(store, limit=7)
    finally:
        query.PAIR_CHUNK = old_chunk
    whole = query.list_events(store, limit=7)
    assert chunked.to_dict() == whole.to_dict()
    assert [(e["article_id"], e["id"]) for e in whole.items][:3] == [(e["article_id"], e["id"]) for e in first.items]
    assert [e["day"] for e in whole.items] == sorted((e["day"] for e in whole.items), reverse=True)
    assert all(e["actors"] for e in whole.items)


@backends
def test_link_pages_equal_the_general_path(store, monkeypatch):
    """Pages filtered by one actor or recipient (with type and dates) are read from the
    link table; they must give exactly the items, order and totals of the general path,
    including an event with two matching actors (counted once) and events of one day."""
    _two_stories(store)
    store.add_record(make_record(actor="Hamas political bureau", actor_code="PSEREB", recipient="Egypt",
                                 published="2025-05-20", place="Cairo", place_country="EG"))
    store.add_record(make_record(actor="Israel", actor_code="ISR", recipient="Hamas", event_type="ASSAULT",
                                 published="2025-01-02"))
    store.add_record(make_record(actor="Sudanese army", actor_code="SDNMIL", recipient="Rapid Support Forces",
                                 event_type="ASSAULT", published=None))
    both = make_record(actor="Hamas", recipient="Qatar", published="2024-12-30")
    both.entities.append(both.entities[0].model_copy(update={"id": "E9", "name": "Hamas gunmen"}))
    both.events[0].actor.append("E9")
    store.add_record(both)
    cases = []
    for field, values in (("actor", ["hamas", "HAM", "pSErEB", "israel", "sudanese army", "nobody", "a"]),
                          ("recipient", ["hamas", "rapid", "ISR", "egypt", "nobody"])):
        for value in values:
            for extra in ({}, {"type": "REQUEST"}, {"type": "assault,agree"}, {"since": "2025-01-01"},
                          {"until": "2024-12-31"}, {"since": "2024-12-30", "until": "2025-05-20", "type": "REQUEST"}):
                for limit, offset in ((50, 0), (1, 0), (2, 1), (3, 50), (0, 0)):
                    cases.append({field: value, **extra, "limit": limit, "offset": offset})
    calls = []
    link_page = query._link_page
    query._link_page = lambda *a, **k: calls.append(1) or link_page(*a, **k)
    try:
        fast = [query.list_events(store, **c).to_dict() for c in cases]
    finally:
        query._link_page = link_page
    assert len(calls) == len(cases)  # every case took the link path
    query.LINK_PAGES = False
    try:
        general = [query.list_events(store, **c).to_dict() for c in cases]
    finally:
        query.LINK_PAGES = True
    for case, a, b in zip(cases, fast, general):
        assert a == b, case
    twice = query.list_events(store, actor="hamas", since="2024-12-30", until="2024-12-30")
    assert twice.total == 2 and len(twice.items) == 2  # V1 has two Hamas actors: listed once


@backends
def test_bulk_load(store):
    records = [make_record(), make_record(actor="Rapid Support Forces", actor_code="SDNREB", recipient="Sudan",
                                          place="El Fasher", place_country="SD", event_type="ASSAULT")]
    assert store.add_records_bulk(iter(records), origin="bench", batch=1) == 2
    assert store.count_articles() == 2
    assert query.list_events(store, actor="rapid").total == 2
    assert query.list_clusters(store).total == 4
    assert store.add_record(records[0]) == "unchanged"


def _three_days(store):
    """Three stories with one figure each: two dated from one source, one undated from
    another (missing days sort last)."""
    for actor, day, source in (("Hamas", "2025-05-20", "Wire"), ("Houthis", None, "Radio"),
                               ("Rapid Support Forces", "2024-11-02", "Wire")):
        store.add_record(make_record(actor=actor, published=day, source=source))


def _figure_days(s) -> dict:
    from sqlalchemy import select

    from eventwire.store import models as m

    F, A = m.Figure, m.Article
    with s.engine.connect() as conn:
        return {aid: (fday, aday) for aid, fday, aday in conn.execute(
            select(F.article_id, F.published, A.published).join(A, A.id == F.article_id))}


@backends
def test_figures_are_listed_and_filtered_on_their_article_day(store):
    from eventwire.web import data

    _three_days(store)
    assert all(fday == aday for fday, aday in _figure_days(store).values())  # written with the figure
    for page in (query.list_figures(store, kind="killed"), data.figures_page(store, kind="killed"),
                 data.figures_page(store)):
        assert [f["article"]["published"] for f in page.items] == ["2025-05-20", "2024-11-02", None]
    in_2024 = data.figures_page(store, kind="killed", since="2024-01-01", until="2024-12-31")
    assert [f["article"]["published"] for f in in_2024.items] == ["2024-11-02"] and in_2024.total == 1
    assert query.list_figures(store, since="2025-05-20", until="2025-05-20").total == 1
    assert data.figures_page(store, kind="wounded", since="2024-01-01").total == 0
    claims = data.competing_claims(store, kind="killed")  # one subject, two claimants, oldest first
    assert {c["claimant"]: [p["day"] for p in c["points"]] for c in claims[0]["claimants"]} == {
        "Wire": ["2024-11-02", "2025-05-20"], "Radio": [None]}


@backends
def test_migration_0008_copies_the_article_day_onto_figures(store_url):
    from eventwire.store import open_store
    from eventwire.web import data

    with open_store(store_url) as s:
        _three_days(s)
        before = (query.list_figures(s).to_dict(), data.figures_page(s, since="2024-06-01").to_dict())
        _downgrade(s, "0007")  # a store written before this revision
        assert s.schema_revision() == "0007"
    with open_store(store_url) as s:  # upgraded on opening
        assert s.schema_revision() == HEAD
        days = _figure_days(s)
        assert len(days) == 3 and all(fday == aday for fday, aday in days.values())
        assert (query.list_figures(s).to_dict(), data.figures_page(s, since="2024-06-01").to_dict()) == before


@backends
def test_an_actor_page_quotes_the_speakers_of_that_exact_name_any_case(store):
    from eventwire.web import data

    store.add_record(make_record())  # Basem Naim (E3) speaks Q1, 2025-05-20
    shouted = make_record(actor="Houthis", published="2024-03-01")
    shouted.entities[2].name = "BASEM NAIM"
    store.add_record(shouted)
    namesake = make_record(actor="Rapid Support Forces", published="2025-01-01")
    namesake.entities[2].name = "Basem Naim Jr"  # a longer name holding the actor's: not his
    store.add_record(namesake)
    unnamed = make_record(actor="Sudan", published="2025-02-01")
    unnamed.quotes[0].speaker = None  # "he" only, no speaker entity
    unnamed.quotes[0].speaker_text = "Basem Naim"
    store.add_record(unnamed)
    quotes = data.speaker_quotes(store, "basem naim")
    assert [(q["speaker_name"], q["article"]["published"]) for q in quotes] == [
        ("Basem Naim", "2025-05-20"), ("BASEM NAIM", "2024-03-01")]
    assert [q["id"] for q in data.speaker_quotes(store, "basem naim", limit=1)] == ["Q1"]
    assert data.speaker_quotes(store, "basem") == []  # a name, not a substring


def _quote_and_figure_copies(s) -> tuple[dict, dict]:
    from sqlalchemy import select

    from eventwire.store import models as m

    Q, F = m.Quote, m.Figure
    with s.engine.connect() as conn:
        quotes = {(r[0], r[1]): tuple(r[2:]) for r in conn.execute(
            select(Q.article_id, Q.id, Q.speaker_key, Q.speaker_name, Q.affiliation_name, Q.published))}
        figures = {(r[0], r[1]): tuple(r[2:]) for r in conn.execute(
            select(F.article_id, F.id, F.claimant, F.claimant_from, F.place))}
    return quotes, figures


def _with_facets(page) -> dict:
    return {**page.to_dict(), "facets": page.extra["facets"]}


def _claims_corpus(s):
    """A figure reported in a quote whose speaker is an entity (claimant: its name), one in
    a quote with no speaker entity (the speaker as written), one in no quote (the source),
    and one in a sentence with no placed event (no place)."""
    quoted = make_record(actor="Hamas", source="Wire")
    quoted.figures[0].reported_by, quoted.figures[0].sentence = "Q1", 0  # the sentence of V1 (at Gaza)
    s.add_record(quoted)
    unnamed = make_record(actor="Houthis", source="Radio", place="Sanaa", place_country="YE")
    unnamed.quotes[0].speaker, unnamed.quotes[0].speaker_text = None, "a military spokesman"
    unnamed.figures[0].reported_by, unnamed.figures[0].sentence = "Q1", 0
    s.add_record(unnamed)
    s.add_record(make_record(actor="Rapid Support Forces", source="Agency", published="2024-11-02"))


@backends
def test_quotes_and_figures_carry_speaker_claimant_and_place(store):
    """What the writer copies onto quote and figure rows (migration 0009) is what the joins
    gave: the speaker entity's name key, name and organisation and the article's day; the
    claimant by the quote's speaker entity, else the speaker as written, else the source;
    the place of the first placed event of the figure's sentence."""
    _claims_corpus(store)
    quotes, figures = _quote_and_figure_copies(store)
    assert sorted(quotes.values(), key=str) == sorted([
        ("basem naim", "Basem Naim", "Hamas", "2025-05-20"), (None, None, None, "2025-05-20"),
        ("basem naim", "Basem Naim", "Rapid Support Forces", "2024-11-02")], key=str)
    assert sorted(figures.values(), key=str) == sorted([
        ("Basem Naim", "quote", "Gaza"), ("a military spokesman", "quote", "Sanaa"), ("Agency", "source", None)],
        key=str)


@backends
def test_migration_0009_backfills_the_copies_the_writer_makes(store_url):
    from eventwire.store import open_store
    from eventwire.web import data

    with open_store(store_url) as s:
        _claims_corpus(s)
        written = _quote_and_figure_copies(s)
        pages = (_with_facets(data.quotes_page(s, speaker="naim")), data.figures_page(s).to_dict(),
                 data.competing_claims(s), data.figures_page(s, claimant="spokesman").to_dict())
        _downgrade(s, "0008")  # a store written before this revision
        assert s.schema_revision() == "0008"
    with open_store(store_url) as s:  # upgraded on opening: the copies backfilled
        assert s.schema_revision() == HEAD
        assert _quote_and_figure_copies(s) == written
        assert (_with_facets(data.quotes_page(s, speaker="naim")), data.figures_page(s).to_dict(),
                data.competing_claims(s), data.figures_page(s, claimant="spokesman").to_dict()) == pages
    assert [f["claimant"] for f in pages[3]["items"]] == ["a military spokesman"]
    assert pages[0]["total"] == 2 and {f["value"] for f in pages[0]["facets"]["affiliation"]} == {
        "Hamas", "Rapid Support Forces"}
