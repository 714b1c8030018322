"""Opening a store (SQLite or PostgreSQL) and writing records into it.

``open_store()`` opens ``sqlite:///eventwire.db`` in the working directory; it accepts
any SQLAlchemy URL (``postgresql+psycopg://user@host/db``; plain ``postgresql://`` is
read as psycopg 3) or a plain file path (an SQLite file). The Alembic migrations
packaged in ``eventwire/migrations`` are applied on opening, so a store is always at the
schema this version expects; a database stamped with a revision this version does not
know (written by a newer eventwire) is refused with a one-line error.

Writes: :meth:`Store.add_record` stores one article and all its items in ONE
transaction, so a killed ingest leaves each article either fully present or absent.
The article id is the hash of the normalised text, so storing the same article again
is a no-op ("unchanged") unless the stored record came from another analyzer version,
in which case it is replaced ("updated").
"""
from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

from sqlalchemy import delete, event, func, insert, select, text, update
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from eventwire.errors import EventwireError
from eventwire.record import Record
from eventwire.store import models as m

DEFAULT_URL = "sqlite:///eventwire.db"
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

# What add_record reports, and what the ingest summary counts.
NEW, UNCHANGED, DUPLICATE, UPDATED = "new", "unchanged", "duplicate", "updated"


class StoreError(EventwireError):
    """The database cannot be opened, or its schema is not one this version knows."""


def normalise_url(url: str | os.PathLike | None) -> str:
    """A SQLAlchemy URL from what the user typed: None -> the default, a path -> SQLite,
    ``postgresql://``/``postgres://`` -> psycopg 3."""
    if url is None:
        from eventwire.config import load_settings

        url = load_settings().db or DEFAULT_URL
    url = str(url)
    if "://" not in url:
        return f"sqlite:///{url}"
    scheme, rest = url.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return url


def display_url(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _quote_copies(q: dict, entities: dict, art: dict) -> dict:
    """What a quote row carries besides the quote (migration 0009): its speaker entity's
    name key and name, that entity's organisation's name, and the article's day."""
    speaker = entities.get(q.get("speaker") or "") or {}
    organisation = entities.get(speaker.get("affiliation") or "") or {}
    return {"speaker_key": (speaker.get("name") or "").lower() or None, "speaker_name": speaker.get("name"),
            "affiliation_name": organisation.get("name"), "published": art.get("published")}


def _figure_copies(f: dict, quotes: dict, entities: dict, events: list, places: dict, art: dict) -> dict:
    """What a figure row carries besides the figure (migrations 0008, 0009): the article's
    day; the claimant (the reporting quote's speaker entity's name, else the speaker as
    written, else the article's source) and where it comes from; the place of the first
    event of its sentence that has one."""
    quote = quotes.get(f.get("reported_by") or "")
    speaker = (entities.get(quote.get("speaker") or "") or {}) if quote else {}
    claimant = speaker.get("name") or (quote or {}).get("speaker_text") or art.get("source")
    place = None
    if f.get("sentence") is not None:
        place = next((places[v["place"]]["name"] for v in events
                      if v.get("sentence") == f["sentence"] and v.get("place") in places), None)
    return {"published": art.get("published"), "claimant": claimant,
            "claimant_from": "quote" if quote else "source", "place": place}


SQLITE_MMAP_BYTES = 1 << 30   # the first GiB of the file mapped (a cap, not an allocation)
SQLITE_CACHE_KIB = 65_536     # page cache per connection


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    # WAL: readers (the web app) never block the ingest writer; NORMAL sync keeps every
    # committed transaction through a process kill (only an OS crash may lose the last).
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")  # ON DELETE CASCADE from articles to items
    cur.execute("PRAGMA busy_timeout=30000")
    # Pages read through a memory map and a 64 MiB cache per connection, not read() into
    # SQLite's default 2 MiB cache: at a million events the page cache's copies were half
    # of a quotes page's facet query (sys 11 of 20 ms; docs/web.md, scale3).
    cur.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
    cur.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cur.close()


def _postgres_settings(dbapi_conn, _record) -> None:
    # No parallel workers: the store's queries are index reads of a page, and starting
    # two workers cost ~50 ms a query on the 2-core bench machine (the participants of a
    # page of 50 events: 0.4 ms of work, 54 ms with the Gather; bench/api_load.py --scale).
    cur = dbapi_conn.cursor()
    cur.execute("SET max_parallel_workers_per_gather = 0")
    cur.close()
    dbapi_conn.commit()


# pg_advisory_xact_lock key for migrations: "eventwir" in ASCII, as a signed 64-bit int.
MIGRATION_LOCK_KEY = int.from_bytes(b"eventwir", "big")


def _migrate(engine: Engine, where: str) -> None:
    """``alembic upgrade head`` from the packaged migrations; refuse unknown revisions."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    known = {rev.revision for rev in script.walk_revisions()}

    def at_head(conn) -> bool:
        current = MigrationContext.configure(conn).get_current_heads()
        unknown = [rev for rev in current if rev not in known]
        if unknown:
            raise StoreError(where, f"the database schema (revision {', '.join(unknown)}) is newer than "
                             f"this eventwire knows (head {head}); upgrade eventwire")
        return set(current) == {head}

    with engine.connect() as conn:  # the usual case, and a read-only store: no lock taken
        if at_head(conn):
            return
    with engine.begin() as conn:
        # Several processes may open a new or older store at once (two ingests, server
        # workers): one migrates while the others wait here, then find it at head.
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        elif conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock, held to COMMIT
        if at_head(conn):
            return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def sqlite_file(url: str | os.PathLike | None) -> Path | None:
    """The file a SQLite store URL names (None for other backends and in-memory stores)."""
    sa_url = make_url(normalise_url(url))
    db = sa_url.database
    if sa_url.get_backend_name() != "sqlite" or not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db).expanduser()


def open_store(url: str | os.PathLike | None = None, *, migrate: bool = True, existing: bool = False) -> Store:
    """Open (creating if needed) the store at ``url`` and bring its schema to head.

    ``existing=True`` (the read commands) refuses a store that is not there yet instead
    of creating an empty one: a mistyped ``--db`` must not answer "0 events".

    Raises :class:`StoreError` (an :class:`~eventwire.errors.EventwireError`, printed as
    one line by the CLI) when the database cannot be opened or is from a newer version.
    """
    from sqlalchemy import create_engine

    full = normalise_url(url)
    where = display_url(full)
    try:
        sa_url = make_url(full)
    except ArgumentError:
        raise StoreError(str(url), "not a database URL or file path") from None
    kwargs: dict = {}
    if existing and (path := sqlite_file(full)) is not None and not path.is_file():
        raise StoreError(where, "no store there (create one with `eventwire ingest SOURCE --db ...`)")
    if sa_url.get_backend_name() == "sqlite":
        db = sa_url.database
        if db and db != ":memory:" and not db.startswith("file:"):
            parent = Path(db).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(where, f"cannot create the database: directory {parent} does not exist")
            if Path(db).is_dir():
                raise StoreError(where, "cannot open the database: it is a directory")
        kwargs["connect_args"] = {"timeout": 30}
    try:
        engine = create_engine(sa_url, **kwargs)
    except ImportError as exc:
        if sa_url.get_backend_name() == "postgresql":
            raise StoreError(where, "the PostgreSQL driver is not installed; run: "
                                    "pip install 'eventwire[postgres]'") from None
        raise StoreError(where, f"cannot open the database: {exc}") from None
    except ArgumentError as exc:
        raise StoreError(where, f"cannot open the database: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _postgres_settings)
    try:
        if existing:
            _require_tables(engine, where)
        if migrate:
            _migrate(engine, where)
        else:
            with engine.connect():
                pass
    except StoreError:
        engine.dispose()
        raise
    except (DBAPIError, SQLAlchemyError) as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise StoreError(where, f"cannot open the database: {reason}") from None
    return Store(engine, where)


def _require_tables(engine, where: str) -> None:
    from sqlalchemy import inspect

    if not inspect(engine).has_table("articles"):
        engine.dispose()
        raise StoreError(where, "no eventwire store there (create one with `eventwire ingest SOURCE --db ...`)")


def _clean_date(value: str | None) -> str | None:
    """The YYYY-MM-DD day a value names, or None (partial dates have no day)."""
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return None


def _without_nul(value):
    """The same structure with NUL characters replaced one for one (offsets unchanged)."""
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, dict):
        return {k: _without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    return value


def cluster_key(event: dict, entities: dict, places: dict, day: str) -> tuple[str, str, str, str, str]:
    """(type, day, actors, recipients, place) of an event, from names not local ids.

    Actors are keyed by lower-cased name (not the CAMEO code, which is too coarse:
    PSEREB covers every Palestinian armed group); the place by GeoNames id, else name.
    """
    def names(ids):
        return "|".join(sorted({(entities.get(i, {}).get("name") or i).strip().lower() for i in ids}))

    place = places.get(event.get("place") or "", {})
    place_key = str(place.get("geonameid") or (place.get("name") or "").strip().lower())
    return event["type"], day, names(event.get("actor", [])), names(event.get("recipient", [])), place_key


def cluster_id_of(key: tuple[str, ...]) -> str:
    return hashlib.sha1("\x1f".join(key).encode("utf-8")).hexdigest()


class Store:
    """A corpus database. Use :func:`open_store` to get one; read with
    :mod:`eventwire.store.query`, write with :meth:`add_record`."""

    def __init__(self, engine: Engine, where: str = ""):
        self.engine = engine
        self.where = where or display_url(str(engine.url))
        self.dialect = engine.dialect.name
        self.Session = sessionmaker(engine, expire_on_commit=False)
        self._dedup = None  # eventwire.store.dedup.NearDuplicates, built on first write
        self._lock = threading.Lock()

    # -- housekeeping ----------------------------------------------------------
    def session(self) -> Session:
        return self.Session()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def schema_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    # -- reads used by writers -----------------------------------------------------
    def analyzer_of(self, article_id: str) -> str | None:
        """The analyzer version of a stored article, or None if absent."""
        with self.engine.connect() as conn:
            row = conn.execute(select(m.Article.analyzer).where(m.Article.id == article_id)).first()
        return None if row is None else (row[0] or "")

    def known_ids(self) -> dict[str, str]:
        """{article id: analyzer version} for every stored article (to skip re-analysis)."""
        with self.engine.connect() as conn:
            return {r[0]: r[1] or "" for r in conn.execute(select(m.Article.id, m.Article.analyzer))}

    def get_record(self, article_id: str) -> Record | None:
        """The stored record exactly as it was written, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(m.Article.record_json).where(m.Article.id == article_id)).first()
        return None if row is None else Record.model_validate_json(row[0])

    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(m.Article)).scalar_one()

    # -- writes ------------------------------------------------------------------------
    def _near_duplicates(self):
        if self._dedup is None:
            from eventwire.store.dedup import NearDuplicates

            dd = NearDuplicates()
            with self.engine.connect() as conn:
                rows = conn.execute(select(m.Article.id, m.Article.minhash)
                                    .where(m.Article.minhash.is_not(None))
                                    .where(m.Article.duplicate_of.is_(None))
                                    .order_by(m.Article.added, m.Article.id))
                for aid, sig in rows:
                    dd.add(aid, dd.from_bytes(sig))
            self._dedup = dd
        return self._dedup

    def add_record(self, record: Record, origin: str | None = None, *, replace: bool = False) -> str:
        """Store one record in one transaction; returns ``new``, ``duplicate`` (stored,
        marked as a near-duplicate of an earlier article), ``updated`` (replaced a record
        from another analyzer version, or any stored record when ``replace``: its metadata
        changed) or ``unchanged`` (already stored, nothing written)."""
        with self._lock:
            return self._add_record(record, origin, replace)

    def stored_metadata(self, article_id: str) -> dict | None:
        """The stored title, published, source and url of an article, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(m.Article.title, m.Article.published, m.Article.source, m.Article.url)
                               .where(m.Article.id == article_id)).first()
        return None if row is None else dict(zip(("title", "published", "source", "url"), row))

    def _add_record(self, record: Record, origin: str | None, replace: bool = False) -> str:
        art = record.article
        dd = self._near_duplicates()
        sig = None
        with self.engine.begin() as conn:
            self._lock_clusters(conn)
            row = conn.execute(select(m.Article.analyzer, m.Article.duplicate_of, m.Article.minhash,
                                      m.Article.added)
                               .where(m.Article.id == art.id)).first()
            if row is not None and (row[0] or "") == (art.analyzer or "") and not replace:
                return UNCHANGED
            if row is not None:
                self._refresh_clusters(conn, self._delete_article(conn, art.id))
                duplicate_of, sig_bytes, added = row[1], row[2], row[3]
                status = UPDATED
            else:
                sig = dd.signature(art.text)
                sig_bytes = dd.to_bytes(sig)
                duplicate_of = dd.first_match(sig, exclude=art.id)
                added = m.utcnow()
                status = DUPLICATE if duplicate_of else NEW
            mentions = self._insert(conn, record, origin, duplicate_of, sig_bytes, added)
            self._bump_clusters(conn, mentions, art.source)
        if sig is not None and duplicate_of is None:
            dd.add(art.id, sig)  # only after commit: a rolled-back article is not a "first seen"
        return status

    def add_records_bulk(self, records, origin: str | None = None, *, batch: int = 500) -> int:
        """Store many NEW records fast, ``batch`` articles per transaction, with no
        near-duplicate detection (each is first-seen, no MinHash signature kept) and no
        check for an existing id (one already stored makes the batch fail). For
        benchmarks and restores from a trusted dump, not for ingest; returns the count."""
        n = 0
        with self._lock:
            it = iter(records)
            while True:
                chunk = [r for _, r in zip(range(batch), it)]
                if not chunk:
                    break
                with self.engine.begin() as conn:
                    self._lock_clusters(conn)
                    for record in chunk:
                        mentions = self._insert(conn, record, origin, None, None, m.utcnow())
                        self._bump_clusters(conn, mentions, record.article.source)
                n += len(chunk)
            self._dedup = None
        return n

    def delete_article(self, article_id: str) -> bool:
        with self._lock, self.engine.begin() as conn:
            self._lock_clusters(conn)
            clusters = self._delete_article(conn, article_id)
            n = conn.execute(delete(m.Article).where(m.Article.id == article_id)).rowcount
            self._refresh_clusters(conn, clusters)
        self._dedup = None
        return bool(n)

    def _delete_article(self, conn: Connection, article_id: str) -> set[str]:
        clusters = {c for (c,) in conn.execute(
            select(m.Event.cluster_id).where(m.Event.article_id == article_id)
            .where(m.Event.cluster_id.is_not(None)))}
        for table in reversed(m.ITEM_TABLES):  # explicit: do not rely on the cascade alone
            conn.execute(delete(table).where(table.c.article_id == article_id))
        if self.dialect == "sqlite":
            conn.execute(text("DELETE FROM search_index WHERE article_id = :a"), {"a": article_id})
        conn.execute(delete(m.Article).where(m.Article.id == article_id))
        return clusters

    def _insert(self, conn: Connection, record: Record, origin, duplicate_of, sig_bytes, added) -> dict[str, int]:
        """Write the article and its items; returns {cluster id: events of this article in it}."""
        d = record.to_dict()
        if self.dialect == "postgresql" and "\x00" in record.article.text:
            d = _without_nul(d)  # PostgreSQL text cannot hold NUL; record_json keeps the exact text
        art = d["article"]
        aid = art["id"]
        conn.execute(insert(m.Article), [{
            "id": aid, "title": art.get("title"), "published": art.get("published"),
            "source": art.get("source"), "url": art.get("url"), "language": art.get("language") or "en",
            "text": art["text"], "analyzer": art.get("analyzer"), "duplicate_of": duplicate_of,
            "origin": origin, "added": added, "minhash": sig_bytes, "record_json": record.to_json(),
        }])
        rows: dict = {t.name: [] for t in m.ITEM_TABLES}
        for s in d["sentences"]:
            rows["sentences"].append({"article_id": aid, "index": s["index"], "start": s["start"], "end": s["end"]})
        entities = {}
        for pos, e in enumerate(d["entities"]):
            entities[e["id"]] = e
            rows["entities"].append({"article_id": aid, "position": pos, **{k: e.get(k) for k in (
                "id", "name", "kind", "code", "country", "sector", "title", "affiliation")},
                                     "name_key": (e.get("name") or "").lower()})
            for mpos, mt in enumerate(e.get("mentions", [])):
                rows["mentions"].append({"article_id": aid, "entity_id": e["id"], "position": mpos, **mt})
        quotes = {q["id"]: q for q in d["quotes"]}
        for pos, q in enumerate(d["quotes"]):
            rows["quotes"].append({"article_id": aid, "position": pos, **q, **_quote_copies(q, entities, art)})
        places = {}
        for pos, p in enumerate(d["places"]):
            places[p["id"]] = p
            rows["places"].append({"article_id": aid, "position": pos, **{k: v for k, v in p.items() if k != "mentions"}})
            for mpos, mt in enumerate(p.get("mentions", [])):
                rows["place_mentions"].append({"article_id": aid, "place_id": p["id"], "position": mpos, **mt})
        clusters: dict[str, tuple] = {}
        mentions: dict[str, int] = {}
        art_day = _clean_date(art.get("published"))
        for pos, v in enumerate(d["events"]):
            day = _clean_date(v.get("date")) or art_day
            cid = None
            if day:
                key = cluster_key(v, entities, places, day)
                cid = cluster_id_of(key)
                clusters[cid] = key
                mentions[cid] = mentions.get(cid, 0) + 1
            rows["events"].append({"article_id": aid, "position": pos, "day": day, "cluster_id": cid,
                                   **{k: val for k, val in v.items() if k not in ("actor", "recipient")}})
            for role, table in (("actor", "event_actors"), ("recipient", "event_recipients")):
                for lpos, eid in enumerate(v.get(role, [])):
                    ent = entities.get(eid) or {}
                    rows[table].append({"article_id": aid, "event_id": v["id"], "position": lpos, "entity_id": eid,
                                        **{k: ent.get(k) for k in ("name", "kind", "code", "country")},
                                        "name_key": (ent.get("name") or "").lower() if ent else None,
                                        "event_type": v.get("type"), "day": day, "event_position": pos})
        for pos, f in enumerate(d["figures"]):
            # Numbers are stored as floats: an integer beyond 64 bits would not bind.
            nums = {k: None if f.get(k) is None else float(f[k]) for k in ("value", "low", "high")}
            rows["figures"].append({"article_id": aid, "position": pos, **f, **nums,
                                    **_figure_copies(f, quotes, entities, d["events"], places, art)})
        for pos, dr in enumerate(d["dates"]):
            rows["dates"].append({"article_id": aid, "position": pos, **dr})
        if clusters:
            self._ensure_clusters(conn, clusters)
        names = sorted({r["name_key"] for r in rows["entities"] if r["name_key"]})
        if names:
            conn.execute(self._insert_ignoring_duplicates(m.EntityName, ["name_key"]), [{"name_key": k} for k in names])
        for table in m.ITEM_TABLES:
            if rows[table.name]:
                conn.execute(insert(table), rows[table.name])
        if self.dialect == "sqlite":
            fts = [{"t": art["text"], "a": aid, "k": "article", "r": ""}]
            fts += [{"t": q["text"], "a": aid, "k": "quote", "r": q["id"]} for q in d["quotes"]]
            conn.execute(text("INSERT INTO search_index (text, article_id, kind, ref) VALUES (:t, :a, :k, :r)"), fts)
        return mentions

    def _insert_ignoring_duplicates(self, model, key: list[str]):
        """INSERT that skips rows whose ``key`` already exists (both dialects)."""
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        return dialect_insert(model).on_conflict_do_nothing(index_elements=key)

    def _ensure_clusters(self, conn: Connection, clusters: dict[str, tuple]) -> None:
        rows = [{"id": cid, "type": k[0], "day": k[1], "actors": k[2], "recipients": k[3], "place": k[4],
                 "mention_count": 0, "article_count": 0, "sources": []} for cid, k in sorted(clusters.items())]
        conn.execute(self._insert_ignoring_duplicates(m.EventCluster, ["id"]), rows)

    def _lock_clusters(self, conn: Connection) -> None:
        """On PostgreSQL, serialise the transactions that change event clusters (a lock per
        store, held to commit): each rewrites a cluster's source list whole, and two
        writers at once lost sources (793 of 1,444 clusters) or deadlocked on the rows.
        The write transaction is milliseconds; analysis runs outside it. SQLite has one
        writer at a time already."""
        if self.dialect == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('eventwire-clusters:' || current_database()"
                              " || '.' || current_schema()))"))

    def _bump_clusters(self, conn: Connection, mentions: dict[str, int], source: str | None) -> None:
        """Add one article's events to its clusters: counts go up, its source joins the
        list. Incremental, so a wire story reprinted a thousand times stays cheap."""
        if not mentions:
            return
        ids = sorted(mentions)
        # The read-modify-write of the source lists is safe: _lock_clusters (PostgreSQL) or
        # the database write lock (SQLite: the article row came first) is held.
        current = {cid: srcs or [] for cid, srcs in conn.execute(
            select(m.EventCluster.id, m.EventCluster.sources).where(m.EventCluster.id.in_(ids)))}
        rows = []
        for cid in ids:
            srcs = current.get(cid, [])
            if source and source not in srcs:
                srcs = sorted([*srcs, source])
            rows.append({"cid": cid, "n": mentions[cid], "srcs": srcs})
        C = m.EventCluster.__table__
        from sqlalchemy import bindparam

        conn.execute(update(C).where(C.c.id == bindparam("cid")).values(
            mention_count=C.c.mention_count + bindparam("n"), article_count=C.c.article_count + 1,
            sources=bindparam("srcs", type_=C.c.sources.type)), rows)

    def _refresh_clusters(self, conn: Connection, cluster_ids: set[str]) -> None:
        """Recount mentions, articles and sources of the clusters an article touched."""
        for cid in sorted(cluster_ids):
            mentions, articles = conn.execute(
                select(func.count(), func.count(m.Event.article_id.distinct())).where(m.Event.cluster_id == cid)).one()
            if not mentions:
                conn.execute(delete(m.EventCluster).where(m.EventCluster.id == cid))
                continue
            sources = sorted({s for (s,) in conn.execute(
                select(m.Article.source).distinct().join(m.Event, m.Event.article_id == m.Article.id)
                .where(m.Event.cluster_id == cid).where(m.Article.source.is_not(None)))})
            conn.execute(update(m.EventCluster).where(m.EventCluster.id == cid)
                         .values(mention_count=mentions, article_count=articles, sources=sources))

