"""pulled findings: the rules around a day entry that a merge of pulled changes leaves broken (two days
on one date...), shown to the person until they no longer hold

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pulled_finding',
    sa.Column('entry_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('english', sa.Text(), nullable=False),
    sa.Column('found_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('entry_id', 'code')
    )


def downgrade() -> None:
    op.drop_table('pulled_finding')
