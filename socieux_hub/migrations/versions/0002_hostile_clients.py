"""Peers are untrusted: devices belong to the user who first pushed them, a change re-stamped by the hub
keeps the stamp it was pushed with, and failed logins are counted to throttle guessing.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_device",
        sa.Column("device_id", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("hub_user.id"), nullable=False),
        sa.Column("first_seen", sa.String(40), nullable=False),
    )
    op.create_index("ix_hub_device_user_id", "hub_device", ["user_id"])
    # Each device already in the log belongs to the user of its first change.
    op.execute(sa.text(
        "INSERT INTO hub_device (device_id, user_id, first_seen) "
        "SELECT c.device_id, c.user_id, c.received_at FROM hub_change c "
        "WHERE c.user_id IS NOT NULL AND c.server_seq = (SELECT MIN(f.server_seq) FROM hub_change f "
        "WHERE f.device_id = c.device_id AND f.user_id IS NOT NULL)"))
    with op.batch_alter_table("hub_change") as batch:
        batch.add_column(sa.Column(
            "pushed_hlc", sa.String(100).with_variant(sa.String(100, collation="C"), "postgresql"),
            nullable=True))
    op.create_table(
        "hub_login_failure",
        sa.Column("key", sa.String(250), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("window_start_ms", sa.BigInteger(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("hub_login_failure")
    with op.batch_alter_table("hub_change") as batch:
        batch.drop_column("pushed_hlc")
    op.drop_table("hub_device")
