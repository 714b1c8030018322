"""Quotes carry their speaker and day, figures their claimant and place; events get
newest-first indexes.

Measured on the 1,000,000-event bench store (docs/web.md, "scale3"), one process, no HTTP:

- The quotes page of a speaker (1,400 quotes) joined each quote to its speaker entity, that
  entity's organisation and the article, for the facets and again for the page: 121 ms on
  PostgreSQL (a sequential scan of all 200,000 quotes hash-joined to the speaker's
  entities) and ~20 ms on SQLite. ``quotes.speaker_key``, ``speaker_name``,
  ``affiliation_name`` and ``published`` are copies written with the quote, indexed
  ``(speaker_key, published DESC NULLS LAST, article_id, position, id, kind, cue_kind,
  speaker_name, affiliation_name)``: the page's keys and its facets are one index range.
  ``quotes(published DESC NULLS LAST, article_id, position, id)`` serves the unfiltered and
  date-only pages.
- The figures page's competing claims joined 500 figures each to its quote, the quote's
  speaker, the article and the first placed event of its sentence (15 ms SQLite, 27 ms
  PostgreSQL), and a claimant filter ran those joins for every figure (~3 s).
  ``figures.claimant``, ``claimant_from`` and ``place`` are computed when the figure is
  written, as those joins defined them. The two partial claims indexes of 0008 are
  rebuilt with the columns the claims read (subject, value, qualifier, sentence,
  claimant, claimant_from, place) after their keys: the claims are then an index-only
  range (SQLite 7.5 -> 5.1 ms for a kind and a year).
- ``events(type, day DESC NULLS LAST, article_id, position, facets...)`` and the same
  without ``type`` replace the ascending ``ix_events_type_day`` and ``ix_events_day_order``:
  every events page orders newest day first with missing days last and ties by article
  and position; PostgreSQL could not read that order off the ascending index (backwards, the
  ties come in reverse and NULLs first) and sorted every match (18 ms for a type's three
  months).

None of the copies can drift: an article's day, entities and quotes never change once
stored (reprocessing deletes and rewrites an article's rows). Backfilled here.

Revision ID: 0009
Revises: 0008
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

FACETS = ['hypothetical', 'negated', 'reported_by']
QUOTE_COLUMNS = [('speaker_key', sa.Text()), ('speaker_name', sa.Text()), ('affiliation_name', sa.Text()),
                 ('published', sa.String(10))]
FIGURE_COLUMNS = [('claimant', sa.Text()), ('claimant_from', sa.String(8)), ('place', sa.Text())]
# The competing claims' partial indexes (0008), keys then the columns the claims read.
CLAIM_KEYS = {'ix_figures_kind_claims': ['kind', 'published', 'article_id', 'position', 'id'],
              'ix_figures_claims': ['published', 'article_id', 'position', 'id']}
CLAIM_READS = ['subject', 'value', 'qualifier', 'sentence', 'claimant', 'claimant_from', 'place']

SPEAKER = "FROM entities s WHERE s.article_id = quotes.article_id AND s.id = quotes.speaker"
QUOTE_BACKFILL = f"""UPDATE quotes SET
  speaker_key = (SELECT s.name_key {SPEAKER}),
  speaker_name = (SELECT s.name {SPEAKER}),
  affiliation_name = (SELECT o.name FROM entities s JOIN entities o ON o.article_id = s.article_id
                      AND o.id = s.affiliation WHERE s.article_id = quotes.article_id AND s.id = quotes.speaker),
  published = (SELECT a.published FROM articles a WHERE a.id = quotes.article_id)"""
REPORTING = "quotes q WHERE q.article_id = figures.article_id AND q.id = figures.reported_by"
FIGURE_BACKFILL = f"""UPDATE figures SET
  claimant = coalesce(
    (SELECT s.name FROM quotes q JOIN entities s ON s.article_id = q.article_id AND s.id = q.speaker
     WHERE q.article_id = figures.article_id AND q.id = figures.reported_by),
    (SELECT q.speaker_text FROM {REPORTING}),
    (SELECT a.source FROM articles a WHERE a.id = figures.article_id)),
  claimant_from = CASE WHEN EXISTS (SELECT 1 FROM {REPORTING}) THEN 'quote' ELSE 'source' END,
  place = (SELECT p.name FROM events e JOIN places p ON p.article_id = e.article_id AND p.id = e.place
           WHERE e.article_id = figures.article_id AND e.sentence = figures.sentence
           ORDER BY e.position LIMIT 1)"""


def _desc(column: str) -> sa.TextClause:
    """Newest first, missing last: PostgreSQL needs NULLS LAST; SQLite's DESC already is."""
    pg = op.get_bind().dialect.name == 'postgresql'
    return sa.text(f'{column} DESC NULLS LAST' if pg else f'{column} DESC')


def upgrade() -> None:
    for table, columns in (('quotes', QUOTE_COLUMNS), ('figures', FIGURE_COLUMNS)):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, type_ in columns:
                batch_op.add_column(sa.Column(name, type_, nullable=True))
    op.execute(QUOTE_BACKFILL)
    op.execute(FIGURE_BACKFILL)
    op.create_index('ix_quotes_speaker_day', 'quotes', ['speaker_key', _desc('published'), 'article_id', 'position',
                                                        'id', 'kind', 'cue_kind', 'speaker_name', 'affiliation_name'])
    op.create_index('ix_quotes_published', 'quotes', [_desc('published'), 'article_id', 'position', 'id'])
    op.create_index('ix_events_type_day_desc', 'events', ['type', _desc('day'), 'article_id', 'position', *FACETS])
    op.create_index('ix_events_day_desc', 'events', [_desc('day'), 'article_id', 'position', *FACETS])
    op.drop_index('ix_events_type_day', table_name='events')
    op.drop_index('ix_events_day_order', table_name='events')
    _claim_indexes(CLAIM_READS)


def _claim_indexes(reads: list[str]) -> None:
    with_subject = sa.text('subject IS NOT NULL')
    for name, keys in CLAIM_KEYS.items():
        op.drop_index(name, table_name='figures')
        op.create_index(name, 'figures', keys + reads, sqlite_where=with_subject, postgresql_where=with_subject)


def downgrade() -> None:
    _claim_indexes([])
    op.create_index('ix_events_type_day', 'events', ['type', 'day', 'article_id', 'position', *FACETS])
    op.create_index('ix_events_day_order', 'events', ['day', 'article_id', 'position', *FACETS])
    for name, table in (('ix_events_type_day_desc', 'events'), ('ix_events_day_desc', 'events'),
                        ('ix_quotes_speaker_day', 'quotes'), ('ix_quotes_published', 'quotes')):
        op.drop_index(name, table_name=table)
    for table, columns in (('quotes', QUOTE_COLUMNS), ('figures', FIGURE_COLUMNS)):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, _type in columns:
                batch_op.drop_column(name)
