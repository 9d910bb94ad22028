"""The hub's first schema: users, tokens, the numbered change log, merged records, grants.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    meta = op.create_table(
        "hub_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    sequence = op.create_table(
        "hub_sequence",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "hub_user",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(200), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("expert_id", sa.String(36), nullable=True, unique=True),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "hub_token",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("hub_user.id"), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("revoked_at", sa.String(40), nullable=True),
    )
    op.create_index("ix_hub_token_user_id", "hub_token", ["user_id"])
    op.create_table(
        "hub_change",
        sa.Column("server_seq", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.String(100).with_variant(sa.String(100, collation="C"), "postgresql"),
                  nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("op", sa.String(8), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("previous", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("received_at", sa.String(40), nullable=False),
        sa.Column("scope", sa.String(80), nullable=False),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("hub_user.id"), nullable=True),
        sa.UniqueConstraint("device_id", "seq", name="uq_hub_change_device_seq"),
    )
    op.create_index("ix_hub_change_scope_seq", "hub_change", ["scope", "server_seq"])
    op.create_index("ix_hub_change_entity", "hub_change", ["entity", "entity_id"])
    op.create_index("ix_hub_change_hlc", "hub_change", ["hlc"])
    op.create_table(
        "hub_record",
        sa.Column("entity", sa.String(32), primary_key=True),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("scope", sa.String(80), nullable=False),
        sa.Column("mission_id", sa.String(36), nullable=True),
        sa.Column("expert_id", sa.String(36), nullable=True),
        sa.Column("action_id", sa.String(36), nullable=True),
        sa.Column("code", sa.String(200), nullable=True),
        sa.Column("created_by", sa.Integer(), sa.ForeignKey("hub_user.id"), nullable=True),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_hub_record_mission", "hub_record", ["entity", "mission_id"])
    op.create_index("ix_hub_record_expert", "hub_record", ["entity", "expert_id"])
    op.create_index("ix_hub_record_action", "hub_record", ["entity", "action_id"])
    op.create_index("ix_hub_record_code", "hub_record", ["entity", "code"])
    op.create_table(
        "hub_grant",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("expert_id", sa.String(36), nullable=False),
        sa.Column("scope", sa.String(80), nullable=False),
        sa.Column("granted_seq", sa.BigInteger(), nullable=False),
        sa.Column("revoked_seq", sa.BigInteger(), nullable=True),
    )
    op.create_index("ix_hub_grant_expert", "hub_grant", ["expert_id", "granted_seq"])
    op.create_index("ix_hub_grant_expert_scope", "hub_grant", ["expert_id", "scope"])
    # The hub's own device id (in the stamps of what headquarters creates) and the two counters.
    op.bulk_insert(meta, [{"key": "device_id", "value": str(uuid.uuid4())}])
    op.bulk_insert(sequence, [{"name": "server_seq", "value": 0}, {"name": "hub_device_seq", "value": 0}])


def downgrade() -> None:
    for table in ("hub_grant", "hub_record", "hub_change", "hub_token", "hub_user", "hub_sequence",
                  "hub_meta"):
        op.drop_table(table)
