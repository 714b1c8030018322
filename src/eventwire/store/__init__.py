"""The corpus store: SQLite or PostgreSQL via SQLAlchemy, schema by Alembic migrations.

``open_store(url)`` -> :class:`~eventwire.store.db.Store`; reads live in
:mod:`eventwire.store.query`, writes in :meth:`Store.add_record`.
"""
from eventwire.store.db import DEFAULT_URL, Store, StoreError, open_store

__all__ = ["DEFAULT_URL", "Store", "StoreError", "open_store"]
