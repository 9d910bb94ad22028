"""workshops: who came to each live co-editing workshop of a deliverable (the attendance list)

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('workshop',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('mission_id', sa.String(length=36), nullable=False),
    sa.Column('deliverable_id', sa.String(length=36), nullable=False),
    sa.Column('started_at', sa.String(length=32), nullable=False),
    sa.Column('ended_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['deliverable_id'], ['deliverable.id'], ),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('workshop', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_mission_id'), ['mission_id'], unique=False)

    op.create_table('workshop_participant',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('institution', sa.Text(), nullable=False),
    sa.Column('sex', sa.String(length=16), nullable=True),
    sa.Column('joined_at', sa.String(length=32), nullable=False),
    sa.Column('read_only', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('workshop_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_participant_workshop_id'), ['workshop_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('workshop_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_participant_workshop_id'))
    op.drop_table('workshop_participant')
    with op.batch_alter_table('workshop', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_mission_id'))
    op.drop_table('workshop')
