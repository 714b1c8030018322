"""Alembic environment for the eventwire store.

Migrations run programmatically from :func:`eventwire.store.db.open_store`, which hands
over an open connection in ``config.attributes["connection"]``; the command line
(``alembic -x url=sqlite:///eventwire.db upgrade head`` with ``script_location`` set to
this directory) works too.
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from eventwire.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=connection.dialect.name == "sqlite")
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    engine = create_engine(url)
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata,
                          render_as_batch=conn.dialect.name == "sqlite")
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("eventwire migrations run online only (they need to know the database dialect)")
run_migrations_online()
