"""Figures carry their article's published day, indexed with their kind.

Measured on the 1,000,000-event bench store (docs/web.md, "scale2"): the figures page
(``kind=killed`` and a year) took 342 ms on PostgreSQL in one process. Its filter (kind)
is on ``figures`` and its date range and order (the article's published day, newest
first) on ``articles``: PostgreSQL hash-joined all 85,000 "killed" figures to the year's
articles, for the count and again for the page's keys, whatever the costs were set to.

- ``figures.published``: a copy of ``articles.published``, written with the figure. An
  article's published day never changes once stored (reprocessing rewrites its figures),
  so the copy cannot drift. Backfilled here from ``articles``.
- ``figures(kind, published DESC, article_id, position, id)`` and the same without
  ``kind``: a kind and/or a date range are one range of an index read in the page's order
  (newest first, missing days last: on PostgreSQL ``DESC NULLS LAST``, SQLite's DESC
  already puts them last); the page stops after its 50 keys and the capped count reads
  the range alone. The first replaces ``figures(kind)``, which it starts with.
- ``figures(kind, published, article_id, position, id)`` and the same without ``kind``,
  both ``WHERE subject IS NOT NULL``: the competing claims take the oldest 500 figures
  with a subject, in that order; the page's index cannot give it (its day runs the other
  way, its article id the same way), and without it PostgreSQL read and sorted the
  filter's 9,000 figure rows (25 ms) or all 200,000 (no filter, 190 ms).

Revision ID: 0008
Revises: 0007
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# name: (columns, partial) -- ``published`` newest first where marked DESC (see above).
INDEXES = {'ix_figures_kind_published': (['kind', 'DESC', 'article_id', 'position', 'id'], False),
           'ix_figures_published': (['DESC', 'article_id', 'position', 'id'], False),
           'ix_figures_kind_claims': (['kind', 'published', 'article_id', 'position', 'id'], True),
           'ix_figures_claims': (['published', 'article_id', 'position', 'id'], True)}


def published_desc() -> str:
    """The index's day column, newest first with missing days last (the page's order)."""
    return 'published DESC NULLS LAST' if op.get_bind().dialect.name == 'postgresql' else 'published DESC'


def upgrade() -> None:
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('published', sa.String(10), nullable=True))
    # A correlated subquery: one UPDATE that SQLite and PostgreSQL both run as is.
    fig = sa.table('figures', sa.column('article_id'), sa.column('published'))
    art = sa.table('articles', sa.column('id'), sa.column('published'))
    op.get_bind().execute(fig.update().values(
        published=sa.select(art.c.published).where(art.c.id == fig.c.article_id).scalar_subquery()))
    with_subject = sa.text('subject IS NOT NULL')
    for name, (columns, partial) in INDEXES.items():
        cols = [sa.text(published_desc()) if c == 'DESC' else c for c in columns]
        where = {'sqlite_where': with_subject, 'postgresql_where': with_subject} if partial else {}
        op.create_index(name, 'figures', cols, **where)
    op.drop_index('ix_figures_kind', table_name='figures')


def downgrade() -> None:
    op.create_index('ix_figures_kind', 'figures', ['kind'])
    for name in INDEXES:
        op.drop_index(name, table_name='figures')
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.drop_column('published')
