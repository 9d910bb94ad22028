"""set-aside and lost changes: pulled changes the rules refused (kept with the reason, applied later if
the rules allow), and this device's writes that lost in a merge (for the person to review)

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('set_aside_change',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=True),
    sa.Column('entity_id', sa.String(length=36), nullable=True),
    sa.Column('server_seq', sa.Integer(), nullable=True),
    sa.Column('device_id', sa.String(length=64), nullable=True),
    sa.Column('change', sa.JSON(), nullable=False),
    sa.Column('readable', sa.Boolean(), nullable=False),
    sa.Column('reason_code', sa.String(length=64), nullable=False),
    sa.Column('reason_params', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('set_aside_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('set_aside_change', schema=None) as batch_op:
        batch_op.create_index('ix_set_aside_change_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('lost_change',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=True),
    sa.Column('mine', sa.JSON(), nullable=True),
    sa.Column('theirs', sa.JSON(), nullable=True),
    sa.Column('my_change_id', sa.String(length=36), nullable=False),
    sa.Column('their_change_id', sa.String(length=36), nullable=False),
    sa.Column('their_device_id', sa.String(length=64), nullable=False),
    sa.Column('their_created_at', sa.String(length=40), nullable=False),
    sa.Column('found_at', sa.String(length=32), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('resolved_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('lost_change', schema=None) as batch_op:
        batch_op.create_index('ix_lost_change_state', ['state'], unique=False)
        batch_op.create_index('ix_lost_change_entity', ['entity', 'entity_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('lost_change', schema=None) as batch_op:
        batch_op.drop_index('ix_lost_change_entity')
        batch_op.drop_index('ix_lost_change_state')
    op.drop_table('lost_change')
    with op.batch_alter_table('set_aside_change', schema=None) as batch_op:
        batch_op.drop_index('ix_set_aside_change_entity')
    op.drop_table('set_aside_change')
