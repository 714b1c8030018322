"""Quotes keep their attribution class, negation, parts and continuation (issue 9).

The record gained ``Quote.cue_kind`` (speech, stance, belief, intention, statement,
noun, evidence, directive, according_to, colon), ``Quote.negated``, ``Quote.parts`` (the
pieces of a quote split around its attribution) and ``Quote.continues`` (the quote a
cue-less one continues). Rows stored before this revision read speech / not negated /
no parts (the record JSON keeps what the analyzer then found; ``eventwire reprocess``
rewrites them).

Revision ID: 0005
Revises: 0003
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('quotes') as batch:
        batch.add_column(sa.Column('cue_kind', sa.String(length=16), nullable=False, server_default='speech'))
        batch.add_column(sa.Column('negated', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column('parts', sa.JSON(), nullable=True))
        batch.add_column(sa.Column('continues', sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('quotes') as batch:
        batch.drop_column('continues')
        batch.drop_column('parts')
        batch.drop_column('negated')
        batch.drop_column('cue_kind')
