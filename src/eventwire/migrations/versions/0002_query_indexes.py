"""Indexes for the web's filtered event pages; a lower-cased entity name to match actors on.

Measured on a 20,000-event store (bench/api_load.py): a page of 50 events filtered by
type and dates, or by actor, took 0.9-2 s. The filters now have indexes to serve them:

- ``events(type, day, article_id, position)``: type + date range is one index range,
  covering for the count; it replaces ``ix_events_type``.
- ``events(day, article_id, position)``: the newest-first order of the unfiltered
  list; it replaces ``ix_events_day``.
- ``entities.name_key`` (the name lower-cased by Python, so non-ASCII names fold the
  same on SQLite and PostgreSQL) with its index: the actor filter resolves names on
  this column, then reaches events through ``event_actors(article_id, entity_id)``.
  The entity and link indexes carry the key columns the join needs (``article_id``,
  ``id``, ``event_id``), so resolving an actor to its events reads indexes only.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_key', sa.Text(), nullable=True))
    bind = op.get_bind()
    entities = sa.table('entities', sa.column('article_id', sa.String), sa.column('id', sa.String),
                        sa.column('name', sa.Text), sa.column('name_key', sa.Text))
    rows = bind.execute(sa.select(entities.c.article_id, entities.c.id, entities.c.name)).all()
    if rows:
        bind.execute(entities.update()
                     .where(entities.c.article_id == sa.bindparam('a'), entities.c.id == sa.bindparam('i'))
                     .values(name_key=sa.bindparam('k')),
                     [{'a': a, 'i': i, 'k': (n or '').lower()} for a, i, n in rows])
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.create_index('ix_entities_name_key', ['name_key', 'article_id', 'id'], unique=False)
        batch_op.drop_index('ix_entities_code')
        batch_op.create_index('ix_entities_code', ['code', 'article_id', 'id'], unique=False)
    for table in ('event_actors', 'event_recipients'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{table}_entity')
            batch_op.create_index(f'ix_{table}_entity', ['article_id', 'entity_id', 'event_id'], unique=False)
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_type')
        batch_op.drop_index('ix_events_day')
        batch_op.create_index('ix_events_type_day', ['type', 'day', 'article_id', 'position'], unique=False)
        batch_op.create_index('ix_events_day_order', ['day', 'article_id', 'position'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_day_order')
        batch_op.drop_index('ix_events_type_day')
        batch_op.create_index('ix_events_day', ['day'], unique=False)
        batch_op.create_index('ix_events_type', ['type'], unique=False)
    for table in ('event_actors', 'event_recipients'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{table}_entity')
            batch_op.create_index(f'ix_{table}_entity', ['article_id', 'entity_id'], unique=False)
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.drop_index('ix_entities_code')
        batch_op.create_index('ix_entities_code', ['code'], unique=False)
        batch_op.drop_index('ix_entities_name_key')
        batch_op.drop_column('name_key')
