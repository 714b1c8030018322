"""Initial schema: articles and their items, event clusters, full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-26

Full-text search differs by backend: SQLite gets an FTS5 table ``search_index`` (one
row per article text and per quote, filled by the store on write); PostgreSQL gets GIN
indexes over ``to_tsvector('english', text)`` of articles and quotes.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('articles',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=10), nullable=True),
    sa.Column('source', sa.String(length=200), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('analyzer', sa.String(length=32), nullable=True),
    sa.Column('duplicate_of', sa.String(length=64), nullable=True),
    sa.Column('origin', sa.Text(), nullable=True),
    sa.Column('added', sa.DateTime(), nullable=False),
    sa.Column('minhash', sa.LargeBinary(), nullable=True),
    sa.Column('record_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_added'), ['added'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_analyzer'), ['analyzer'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_duplicate_of'), ['duplicate_of'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_published'), ['published'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_source'), ['source'], unique=False)

    op.create_table('event_clusters',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('day', sa.String(length=10), nullable=False),
    sa.Column('actors', sa.Text(), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=False),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('mention_count', sa.Integer(), nullable=False),
    sa.Column('article_count', sa.Integer(), nullable=False),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('event_clusters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_clusters_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_clusters_type'), ['type'], unique=False)

    op.create_table('dates',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('value', sa.String(length=10), nullable=False),
    sa.Column('precision', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'position')
    )
    with op.batch_alter_table('dates', schema=None) as batch_op:
        batch_op.create_index('ix_dates_value', ['value'], unique=False)

    op.create_table('entities',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('sector', sa.String(length=16), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('affiliation', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'id')
    )
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.create_index('ix_entities_code', ['code'], unique=False)
        batch_op.create_index('ix_entities_country', ['country'], unique=False)
        batch_op.create_index('ix_entities_name', ['name'], unique=False)

    op.create_table('event_actors',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('event_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'event_id', 'position')
    )
    with op.batch_alter_table('event_actors', schema=None) as batch_op:
        batch_op.create_index('ix_event_actors_entity', ['article_id', 'entity_id'], unique=False)

    op.create_table('event_recipients',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('event_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'event_id', 'position')
    )
    with op.batch_alter_table('event_recipients', schema=None) as batch_op:
        batch_op.create_index('ix_event_recipients_entity', ['article_id', 'entity_id'], unique=False)

    op.create_table('events',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('mode', sa.JSON(), nullable=False),
    sa.Column('context', sa.JSON(), nullable=False),
    sa.Column('cameo', sa.String(length=8), nullable=True),
    sa.Column('trigger', sa.Text(), nullable=False),
    sa.Column('sentence', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('negated', sa.Boolean(), nullable=False),
    sa.Column('hypothetical', sa.Boolean(), nullable=False),
    sa.Column('reported_by', sa.String(length=32), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('day', sa.String(length=10), nullable=True),
    sa.Column('place', sa.String(length=32), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('cluster_id', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['cluster_id'], ['event_clusters.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('article_id', 'id')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index('ix_events_date', ['date'], unique=False)
        batch_op.create_index('ix_events_day', ['day'], unique=False)
        batch_op.create_index('ix_events_type', ['type'], unique=False)

    op.create_table('figures',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('low', sa.Float(), nullable=True),
    sa.Column('high', sa.Float(), nullable=True),
    sa.Column('qualifier', sa.Text(), nullable=True),
    sa.Column('subject', sa.Text(), nullable=True),
    sa.Column('by', sa.JSON(), nullable=False),
    sa.Column('since', sa.String(length=10), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('sentence', sa.Integer(), nullable=True),
    sa.Column('reported_by', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'id')
    )
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.create_index('ix_figures_kind', ['kind'], unique=False)

    op.create_table('mentions',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('entity_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'entity_id', 'position')
    )
    op.create_table('place_mentions',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('place_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'place_id', 'position')
    )
    op.create_table('places',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('geonameid', sa.Integer(), nullable=True),
    sa.Column('precision', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'id')
    )
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.create_index('ix_places_country', ['country'], unique=False)
        batch_op.create_index('ix_places_name', ['name'], unique=False)

    op.create_table('quotes',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('speaker', sa.String(length=32), nullable=True),
    sa.Column('speaker_text', sa.Text(), nullable=True),
    sa.Column('cue', sa.Text(), nullable=True),
    sa.Column('addressee', sa.String(length=32), nullable=True),
    sa.Column('sentence', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'id')
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index('ix_quotes_speaker', ['article_id', 'speaker'], unique=False)

    op.create_table('sentences',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('index', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'index')
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # kind: 'article' or 'quote'; ref: the quote id (empty for the article text).
        op.execute("CREATE VIRTUAL TABLE search_index USING fts5("
                   "text, article_id UNINDEXED, kind UNINDEXED, ref UNINDEXED, "
                   "tokenize = 'unicode61 remove_diacritics 2')")
    elif bind.dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_articles_fts ON articles USING gin (to_tsvector('english', text))")
        op.execute("CREATE INDEX ix_quotes_fts ON quotes USING gin (to_tsvector('english', text))")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_index")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_fts")
        op.execute("DROP INDEX IF EXISTS ix_quotes_fts")
    op.drop_table('sentences')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index('ix_quotes_speaker')

    op.drop_table('quotes')
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.drop_index('ix_places_name')
        batch_op.drop_index('ix_places_country')

    op.drop_table('places')
    op.drop_table('place_mentions')
    op.drop_table('mentions')
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.drop_index('ix_figures_kind')

    op.drop_table('figures')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_type')
        batch_op.drop_index('ix_events_day')
        batch_op.drop_index('ix_events_date')
        batch_op.drop_index(batch_op.f('ix_events_cluster_id'))

    op.drop_table('events')
    with op.batch_alter_table('event_recipients', schema=None) as batch_op:
        batch_op.drop_index('ix_event_recipients_entity')

    op.drop_table('event_recipients')
    with op.batch_alter_table('event_actors', schema=None) as batch_op:
        batch_op.drop_index('ix_event_actors_entity')

    op.drop_table('event_actors')
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.drop_index('ix_entities_name')
        batch_op.drop_index('ix_entities_country')
        batch_op.drop_index('ix_entities_code')

    op.drop_table('entities')
    with op.batch_alter_table('dates', schema=None) as batch_op:
        batch_op.drop_index('ix_dates_value')

    op.drop_table('dates')
    with op.batch_alter_table('event_clusters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_clusters_type'))
        batch_op.drop_index(batch_op.f('ix_event_clusters_day'))

    op.drop_table('event_clusters')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_source'))
        batch_op.drop_index(batch_op.f('ix_articles_published'))
        batch_op.drop_index(batch_op.f('ix_articles_duplicate_of'))
        batch_op.drop_index(batch_op.f('ix_articles_analyzer'))
        batch_op.drop_index(batch_op.f('ix_articles_added'))

    op.drop_table('articles')
