"""Events keep ``embedded`` and ``historical``; figures keep the ``event`` they count.

The record gained ``Event.embedded``, ``Event.historical`` and ``Figure.event`` (the
event coder's work); the store dropped them, so the exports could not give an event's
status or the dead, injured and arrested of the figures linked to it. Rows stored
before this revision read ``embedded``/``historical`` false and ``event`` null (the
record JSON keeps the truth; ``eventwire reprocess`` rewrites them).

Revision ID: 0006
Revises: 0005
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('events') as batch:
        batch.add_column(sa.Column('embedded', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column('historical', sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table('figures') as batch:
        batch.add_column(sa.Column('event', sa.String(length=32), nullable=True))
        batch.create_index('ix_figures_event', ['article_id', 'event'])


def downgrade() -> None:
    with op.batch_alter_table('figures') as batch:
        batch.drop_index('ix_figures_event')
        batch.drop_column('event')
    with op.batch_alter_table('events') as batch:
        batch.drop_column('historical')
        batch.drop_column('embedded')
