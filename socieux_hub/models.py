"""The hub's tables.

Records are kept generically (entity, id, merged values and per-field clocks) rather than one table per
entity: the hub merges and routes changes, it does not query mission contents. A few columns are lifted
out of the values so that routing and grants are indexed lookups: ``scope`` (what a record's changes are
visible through), ``mission_id``, ``expert_id``, ``action_id`` and ``code``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


HLC_TYPE = String(100).with_variant(String(100, collation="C"), "postgresql")
"""Encoded clock stamps compare as plain bytes (PostgreSQL's default collation may ignore the dashes)."""


SERVER_SEQ = "server_seq"
"""The counter that numbers changes and grants; its row is locked by every transaction that writes the
log, which serialises numbering so that commits happen in number order."""
HUB_DEVICE_SEQ = "hub_device_seq"
"""The per-device sequence of the changes the hub itself writes (management commands)."""
DEVICE_ID = "device_id"
"""Meta key: the hub's own device id, in the stamps and changes it writes."""


class MetaRow(Base):
    __tablename__ = "hub_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SequenceRow(Base):
    __tablename__ = "hub_sequence"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class UserRow(Base):
    """A person who signs in: an expert (linked to their Expert record) or a coordinator."""

    __tablename__ = "hub_user"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(Text)
    expert_id: Mapped[str | None] = mapped_column(String(36), nullable=True, unique=True)
    created_at: Mapped[str] = mapped_column(String(40))


class TokenRow(Base):
    """A bearer token, kept only as its SHA-256 hash; revoked at sign-out or at a password reset."""

    __tablename__ = "hub_token"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("hub_user.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[str] = mapped_column(String(40))
    revoked_at: Mapped[str | None] = mapped_column(String(40), nullable=True)


class ChangeLogRow(Base):
    """Every change the hub has, numbered by ``server_seq`` in the order it was applied."""

    __tablename__ = "hub_change"
    __table_args__ = (
        UniqueConstraint("device_id", "seq", name="uq_hub_change_device_seq"),
        Index("ix_hub_change_scope_seq", "scope", "server_seq"),
        Index("ix_hub_change_entity", "entity", "entity_id"),
        Index("ix_hub_change_hlc", "hlc"),
    )
    server_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    device_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(BigInteger)
    hlc: Mapped[str] = mapped_column(HLC_TYPE)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    previous: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[str] = mapped_column(String(40))
    received_at: Mapped[str] = mapped_column(String(40))
    scope: Mapped[str] = mapped_column(String(80))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("hub_user.id"), nullable=True)
    pushed_hlc: Mapped[str | None] = mapped_column(HLC_TYPE, nullable=True)
    """The stamp the change was pushed with, when the hub re-stamped it (its clock was ahead)."""


class RecordRow(Base):
    """The current state of one record, merged from all its changes."""

    __tablename__ = "hub_record"
    __table_args__ = (
        Index("ix_hub_record_mission", "entity", "mission_id"),
        Index("ix_hub_record_expert", "entity", "expert_id"),
        Index("ix_hub_record_action", "entity", "action_id"),
        Index("ix_hub_record_code", "entity", "code"),
    )
    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    clocks: Mapped[dict[str, str]] = mapped_column(JSON)
    deleted: Mapped[bool] = mapped_column(Boolean)
    scope: Mapped[str] = mapped_column(String(80))
    mission_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    expert_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    action_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    code: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("hub_user.id"), nullable=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)


class GrantRow(Base):
    """An expert's access to a scope (a mission, an action, a person), from ``granted_seq`` on.

    Grants follow the team: being on a mission's team opens the mission, its action and the people on its
    team. A pull whose cursor is older than a grant first delivers the history of what it opens. A revoked
    grant still shows the changes numbered up to ``revoked_seq`` (so the expert learns they left the team).
    """

    __tablename__ = "hub_grant"
    __table_args__ = (
        Index("ix_hub_grant_expert", "expert_id", "granted_seq"),
        Index("ix_hub_grant_expert_scope", "expert_id", "scope"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    expert_id: Mapped[str] = mapped_column(String(36))
    scope: Mapped[str] = mapped_column(String(80))
    granted_seq: Mapped[int] = mapped_column(BigInteger)
    revoked_seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class DeviceRow(Base):
    """A device id and the user it belongs to: the first who pushed under it. Nobody else may push
    under it, nor under the hub's own id."""

    __tablename__ = "hub_device"
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("hub_user.id"), index=True)
    first_seen: Mapped[str] = mapped_column(String(40))


class LoginFailureRow(Base):
    """Failed logins of one user name (``user:<name>``) or one address (``addr:<ip>``) in the current
    window, which throttles password guessing across every hub process."""

    __tablename__ = "hub_login_failure"
    key: Mapped[str] = mapped_column(String(250), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    window_start_ms: Mapped[int] = mapped_column(BigInteger)
