"""deliverable images: the pictures attached to each deliverable, by the name its text gives them

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deliverable_image',
    sa.Column('deliverable_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('attached_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['deliverable_id'], ['deliverable.id'], ),
    sa.PrimaryKeyConstraint('deliverable_id', 'name')
    )


def downgrade() -> None:
    op.drop_table('deliverable_image')
