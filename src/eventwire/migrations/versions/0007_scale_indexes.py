"""Indexes for the researcher's pages at a million events (issue 13, point 8).

Measured on the 1,000,000-event bench store (bench/api_load.py --scale; EXPLAIN QUERY
PLAN / EXPLAIN ANALYZE of each slow query, figures in docs/web.md):

- ``articles(duplicate_of, added)`` replaces ``ix_articles_duplicate_of``: the article
  page asks for the article's duplicates in ``added`` order; with every ``duplicate_of``
  null the statistics made SQLite walk the whole ``added`` index instead (220 ms a page).
- ``articles(published, id)`` replaces ``ix_articles_published``, and ``articles(id,
  published)`` is new: quotes and figures are filtered by and ordered on their
  article's published day; these answer that from the index, where reading the article
  row (its text and record, kilobytes each) for every candidate cost most of the page.
- ``figures(article_id, kind, position, id)``: the figures page's count and its page
  keys come off this index with no figure row read.
- ``events(article_id, sentence, position, place)``: the place of the first event in a
  figure's sentence (the figures page's place column), from the index alone.
- ``entities(article_id, affiliation, id)``: an organisation's members (the quotes
  page's affiliation filter, the actor page's roll-up) from the index alone.
- ``event_actors`` / ``event_recipients``: ``(name_key, day DESC, article_id,
  event_position, event_id, event_type)`` replaces ``(name_key, article_id, event_id,
  ...)``: an actor's events newest first are read in index order and the page stops
  after 50, instead of sorting every event of the actor (185 ms for Hamas' 22,000).
  PostgreSQL orders ``day DESC NULLS LAST`` (its default for DESC is NULLS FIRST), as
  the page sorts.

Revision ID: 0007
Revises: 0006
"""
from __future__ import annotations

from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

LINK_TABLES = ('event_actors', 'event_recipients')
LINK_OLD = ['name_key', 'article_id', 'event_id', 'day', 'event_position', 'event_type']


def day_desc() -> str:
    """The link index's day column, newest first with missing days last (the page's order)."""
    return 'day DESC NULLS LAST' if op.get_bind().dialect.name == 'postgresql' else 'day DESC'


def upgrade() -> None:
    from sqlalchemy import text

    op.drop_index('ix_articles_duplicate_of', table_name='articles')
    op.create_index('ix_articles_duplicate_of_added', 'articles', ['duplicate_of', 'added'])
    op.drop_index('ix_articles_published', table_name='articles')
    op.create_index('ix_articles_published_id', 'articles', ['published', 'id'])
    op.create_index('ix_articles_id_published', 'articles', ['id', 'published'])
    op.create_index('ix_figures_article_kind', 'figures', ['article_id', 'kind', 'position', 'id'])
    op.create_index('ix_events_sentence_place', 'events', ['article_id', 'sentence', 'position', 'place'])
    op.create_index('ix_entities_affiliation', 'entities', ['article_id', 'affiliation', 'id'])
    for table in LINK_TABLES:
        op.drop_index(f'ix_{table}_name_key', table_name=table)
        op.create_index(f'ix_{table}_name_day', table,
                        ['name_key', text(day_desc()), 'article_id', 'event_position', 'event_id', 'event_type'])


def downgrade() -> None:
    for table in LINK_TABLES:
        op.drop_index(f'ix_{table}_name_day', table_name=table)
        op.create_index(f'ix_{table}_name_key', table, LINK_OLD)
    op.drop_index('ix_entities_affiliation', table_name='entities')
    op.drop_index('ix_events_sentence_place', table_name='events')
    op.drop_index('ix_figures_article_kind', table_name='figures')
    op.drop_index('ix_articles_id_published', table_name='articles')
    op.drop_index('ix_articles_published_id', table_name='articles')
    op.create_index('ix_articles_published', 'articles', ['published'])
    op.drop_index('ix_articles_duplicate_of_added', table_name='articles')
    op.create_index('ix_articles_duplicate_of', 'articles', ['duplicate_of'])
