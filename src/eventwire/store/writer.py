"""One corpus writer at a time: ``ingest``, ``reprocess`` and ``load`` hold this lock.

Two ingests into one store at once each kept their own near-duplicate index (so copies
written by the other went unseen) and raced on article ids ("UNIQUE constraint failed"
as false rejections). Making the index shared and transactional would cost a store
round trip per article; a second concurrent ingest is refused instead, in one line.

The lock dies with its holder, so a killed ingest never leaves it stale:
- SQLite: ``fcntl.flock`` on ``<database>.ingest-lock`` (the OS drops it at exit; the
  file itself may stay and means nothing).
- PostgreSQL: a session advisory lock (keyed by database and schema) on a connection
  held for the run (the server drops it when the connection closes).
Other backends and in-memory SQLite take no lock.
"""
from __future__ import annotations

import os
from contextlib import contextmanager

from sqlalchemy import text

from eventwire.store.db import Store, StoreError, sqlite_file

# The advisory lock key: one per database and schema (a store), from the server's own hash.
PG_KEY = "hashtext('eventwire-writer:' || current_database() || '.' || current_schema())"
BUSY = "another ingest, reprocess or load is writing to this store; run one at a time"


@contextmanager
def exclusive_writer(store: Store):
    """Hold the store's writer lock for the block, or raise :class:`StoreError` at once."""
    if store.dialect == "postgresql":
        with _postgres_lock(store):
            yield
        return
    path = sqlite_file(str(store.engine.url)) if store.dialect == "sqlite" else None
    if path is None:
        yield
        return
    with _file_lock(store, f"{path}.ingest-lock"):
        yield


@contextmanager
def _file_lock(store: Store, lock_path: str):
    import fcntl

    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(store.where, BUSY) from None
        yield
    finally:
        os.close(fd)  # closing drops the lock


@contextmanager
def _postgres_lock(store: Store):
    with store.engine.connect() as conn:
        got = conn.execute(text(f"SELECT pg_try_advisory_lock({PG_KEY})")).scalar()
        conn.commit()
        if not got:
            raise StoreError(store.where, BUSY)
        try:
            yield
        finally:
            conn.execute(text(f"SELECT pg_advisory_unlock({PG_KEY})"))
            conn.commit()
