"""Event links carry their entity (name, kind, code, country) and their event's type, day and position; distinct entity names; event indexes.

Measured on a 20,000-event store (bench/api_load.py) after 0002: a page of 50 events
filtered by actor spent 10-12 ms in SQLite, half of it joining each link row to its
entity, the other half probing ``events`` for each matching event's day. And every
listed page joined the links to ``entities`` again to show actors and recipients.

- ``event_actors`` / ``event_recipients`` get ``name``, ``name_key``, ``kind``, ``code``
  and ``country``, copied from the entity when the article is stored. An article's
  entities never change once stored (reprocessing replaces the article's rows), so the
  copy cannot drift. Indexes ``(name_key | code | country, article_id, event_id, ...)``
  answer an actor, recipient or country filter from the link table alone.
- They also get their event's ``event_type``, ``day`` and ``event_position`` (fixed
  when the article is stored, like the entity): a page filtered by actor (and type and
  dates) is ordered and counted from the link index, without probing ``events`` for
  each of the 1,400 matches.
- ``entity_names``: every distinct ``entities.name_key``. An actor filter is a substring
  match; it scanned all entity rows' keys (3 ms per request), now a list of names.
- ``events(type, day, ...)`` and ``events(day, ...)`` also carry ``hypothetical``,
  ``negated`` and ``reported_by``: counting 2,000 events of a type that are not
  hypothetical read every row; now it reads the index.
- ``events(article_id, id, day, position)``: probing an event by key and reading the
  columns the list orders by is one index search, not an index search plus a row read.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

LINKS = ('event_actors', 'event_recipients')
# The two ordered indexes of 0002 gain the yes/no facets as trailing columns, so a
# facet filter is checked in the index instead of reading every candidate row.
ORDER_INDEXES = {'ix_events_type_day': ['type', 'day', 'article_id', 'position'],
                 'ix_events_day_order': ['day', 'article_id', 'position']}
FACETS = ['hypothetical', 'negated', 'reported_by']
COPIED = (('name', sa.Text()), ('name_key', sa.Text()), ('kind', sa.String(16)), ('code', sa.String(32)),
          ('country', sa.String(3)))
# From the event: what an actor page is filtered and ordered by.
FROM_EVENT = (('event_type', sa.String(16), 'type'), ('day', sa.String(10), 'day'),
              ('event_position', sa.Integer(), 'position'))
# Link indexes: the match column, the event key, then what the page orders and filters by,
# so a link-driven page reads the index alone.
LINK_INDEXES = {'name_key': ['name_key', 'article_id', 'event_id', 'day', 'event_position', 'event_type'],
                'code': ['code', 'article_id', 'event_id', 'day', 'event_position', 'event_type'],
                'country': ['country', 'article_id', 'event_id']}


def upgrade() -> None:
    op.create_table('entity_names', sa.Column('name_key', sa.Text(), nullable=False),
                    sa.PrimaryKeyConstraint('name_key'))
    op.execute("INSERT INTO entity_names (name_key) SELECT DISTINCT name_key FROM entities WHERE name_key IS NOT NULL")
    for table in LINKS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, type_ in COPIED:
                batch_op.add_column(sa.Column(name, type_, nullable=True))
            for name, type_, _ in FROM_EVENT:
                batch_op.add_column(sa.Column(name, type_, nullable=True))
        # Correlated subqueries: one UPDATE that SQLite and PostgreSQL both run as is.
        link = sa.table(table, sa.column('article_id'), sa.column('entity_id'), sa.column('event_id'),
                        *(sa.column(n) for n, _ in COPIED), *(sa.column(n) for n, _, _ in FROM_EVENT))
        ent = sa.table('entities', sa.column('article_id'), sa.column('id'), *(sa.column(n) for n, _ in COPIED))
        ev = sa.table('events', sa.column('article_id'), sa.column('id'), *(sa.column(c) for _, _, c in FROM_EVENT))
        values = {name: sa.select(ent.c[name]).where(ent.c.article_id == link.c.article_id,
                                                     ent.c.id == link.c.entity_id).scalar_subquery()
                  for name, _ in COPIED}
        values.update({name: sa.select(ev.c[col]).where(ev.c.article_id == link.c.article_id,
                                                        ev.c.id == link.c.event_id).scalar_subquery()
                       for name, _, col in FROM_EVENT})
        op.get_bind().execute(link.update().values(values))
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column, columns in LINK_INDEXES.items():
                batch_op.create_index(f'ix_{table}_{column}', columns, unique=False)
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_key_day', ['article_id', 'id', 'day', 'position'], unique=False)
        for name, columns in ORDER_INDEXES.items():
            batch_op.drop_index(name)
            batch_op.create_index(name, [*columns, *FACETS], unique=False)


def downgrade() -> None:
    op.drop_table('entity_names')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_key_day')
        for name, columns in ORDER_INDEXES.items():
            batch_op.drop_index(name)
            batch_op.create_index(name, columns, unique=False)
    for table in LINKS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in LINK_INDEXES:
                batch_op.drop_index(f'ix_{table}_{column}')
            for name, _, _ in reversed(FROM_EVENT):
                batch_op.drop_column(name)
            for name, _ in reversed(COPIED):
                batch_op.drop_column(name)
