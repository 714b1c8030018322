"""Build the scale bench's store, in a SQLite file or a PostgreSQL database.

``--base`` distinct synthetic articles (default 10,000; bench/synthetic_corpus.py, ten events each) go in
through ``Store.add_records_bulk``; the store is then filled to ``--events`` by copying
those articles' rows in SQL under new article ids (``INSERT ... SELECT``, every item
table and the SQLite search index). Writing a million events one record at a time took
about 16 ms of CPU per article (pydantic, row building, SQLAlchemy): over an hour on this
shared 2-core machine; the copies keep the base's spread of actors, types, dates and
places and give the tables, the indexes and the planner a million-event store to work on.

Usage: ``python bench/build_scale_store.py URL [--events 1000000] [--base 10000]``.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_corpus import synthetic_records  # noqa: E402


EVENTS_PER_ARTICLE = 10
# Distinct articles before copying: 10,000 (100,000 distinct events, ten copies of each)
# rather than 2,000 copied fifty times, so that a day, a speaker or an actor has the spread
# of a real corpus and the newest page is not fifty copies of one story (docs/web.md).
BASE_ARTICLES = 10_000


def _copy_statements(store) -> list:
    """One ``INSERT ... SELECT`` per table copying the base articles' rows with the
    article id's last four characters replaced by ``:suffix``."""
    from sqlalchemy import text

    from eventwire.store import models as m

    base = "(SELECT id FROM articles WHERE origin = 'bench')"
    new_id = "substr({col}, 1, 60) || :suffix"
    stmts = []
    for table in [m.Article.__table__, *m.ITEM_TABLES]:
        cols = [c.name for c in table.columns]
        key = "id" if table.name == "articles" else "article_id"
        select_cols = [new_id.format(col=f'"{key}"') if c == key else ("'bench-copy'" if c == "origin" else f'"{c}"')
                       for c in cols]
        where = "origin = 'bench'" if table.name == "articles" else f"article_id IN {base}"
        stmts.append(text(f'INSERT INTO {table.name} ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
                          f'SELECT {", ".join(select_cols)} FROM {table.name} WHERE {where}'))
    if store.dialect == "sqlite":
        stmts.append(text("INSERT INTO search_index (text, article_id, kind, ref) SELECT text, "
                          f"{new_id.format(col='article_id')}, kind, ref FROM search_index WHERE article_id IN {base}"))
    return stmts


def copy_suffix(k: int) -> str:
    """The id suffix of copy ``k``: with a "z", which no sha256 hex id holds, so a copy can
    never take the id of a base article that happens to end in the same four characters."""
    return f"z{k:03x}"


def _fill_by_copies(store, copies: int, t0: float, first: int = 1) -> None:
    stmts = _copy_statements(store)
    for k in range(first, copies):
        with store.engine.begin() as conn:
            for stmt in stmts:
                conn.execute(stmt, {"suffix": copy_suffix(k)})
        print(f"copy {k}/{copies - 1} done at {time.perf_counter() - t0:.0f} s", flush=True)


def open_empty(url: str):
    """The store at ``url`` opened to be filled, or None (said on stdout) when it already
    holds articles: a built store is reused as is (api_load.py's small store too)."""
    from eventwire.store import open_store

    store = open_store(url)
    have = store.count_articles()
    if have:
        print(f"reusing {url} ({have} articles)")
        store.close()
        return None
    return store


def build(url: str, n_events: int, base_articles: int = BASE_ARTICLES, batch: int = 500) -> None:
    store = open_empty(url)
    if store is None:
        return
    t0 = time.perf_counter()
    base_articles = min(base_articles, n_events // EVENTS_PER_ARTICLE)
    store.add_records_bulk(synthetic_records(base_articles * EVENTS_PER_ARTICLE), origin="bench", batch=batch)
    print(f"{base_articles} base articles in {time.perf_counter() - t0:.0f} s", flush=True)
    _fill_by_copies(store, -(-n_events // (base_articles * EVENTS_PER_ARTICLE)), t0)
    _analyze(store)
    print(f"built {store.count_articles()} articles in {time.perf_counter() - t0:.0f} s", flush=True)
    store.close()


def finish(url: str, n_events: int, base_articles: int = BASE_ARTICLES) -> None:
    """Complete a build that stopped part-way (its copies committed one by one)."""
    from eventwire.store import open_store

    store = open_store(url)
    t0 = time.perf_counter()
    per_copy = base_articles * EVENTS_PER_ARTICLE
    have = store.count_articles() // base_articles
    _fill_by_copies(store, -(-n_events // per_copy), t0, first=have)
    _analyze(store)
    print(f"finished: {store.count_articles()} articles in {time.perf_counter() - t0:.0f} s", flush=True)
    store.close()


def _analyze(store) -> None:
    """Planner statistics for the filled tables; on PostgreSQL also the visibility map
    (VACUUM), without which an index-only scan still visits the table for each row, as
    it would not on a store that autovacuum has caught up with."""
    if store.dialect == "postgresql":
        from sqlalchemy import text

        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    else:
        from sqlalchemy import text

        with store.engine.begin() as conn:
            conn.execute(text("ANALYZE"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("url")
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--base", type=int, default=BASE_ARTICLES, help="distinct synthetic articles (ten events each)")
    ap.add_argument("--finish", action="store_true", help="complete a build that stopped part-way")
    args = ap.parse_args(argv)
    (finish if args.finish else build)(args.url, args.events, args.base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
