"""What sync keeps beside the records: pulled changes set aside, and this device's writes that lost.

The sync engine's reads and writes of the ``set_aside_change`` and ``lost_change`` tables, in the caller's
session (the engine's transaction that applies a page), and the reads the interface makes of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socieux_desktop.store.models import ROW_TYPES, LostChangeRow, SetAsideChangeRow

OPEN: Final = "open"
BROUGHT_BACK: Final = "brought_back"
DISMISSED: Final = "dismissed"
OVERWRITTEN: Final = "overwritten"
DELETED: Final = "deleted"


@dataclass(frozen=True, slots=True)
class SetAside:
    """A pulled change not applied, with why (``reason_code`` and ``reason_params`` for the interface's
    words, ``reason`` in English)."""

    id: str
    entity: str | None
    entity_id: str | None
    server_seq: int | None
    device_id: str | None
    change: Any
    readable: bool
    reason_code: str
    reason_params: dict[str, str]
    reason: str
    set_aside_at: str


@dataclass(frozen=True, slots=True)
class Loss:
    """A write of this device that lost in a merge (see ``models.LostChangeRow``)."""

    id: str
    entity: str
    entity_id: str
    kind: str
    field: str | None
    mine: Any
    theirs: Any
    my_change_id: str
    their_change_id: str
    their_device_id: str
    their_created_at: str
    found_at: str
    state: str = OPEN
    resolved_at: str | None = None


def _set_aside(row: SetAsideChangeRow) -> SetAside:
    return SetAside(row.id, row.entity, row.entity_id, row.server_seq, row.device_id, row.change,
                    row.readable, row.reason_code, dict(row.reason_params), row.reason, row.set_aside_at)


def _loss(row: LostChangeRow) -> Loss:
    return Loss(row.id, row.entity, row.entity_id, row.kind, row.field, row.mine, row.theirs,
                row.my_change_id, row.their_change_id, row.their_device_id, row.their_created_at,
                row.found_at, row.state, row.resolved_at)


# --- Set aside -------------------------------------------------------------------------------------------


def set_aside(session: Session, item: SetAside) -> bool:
    """Keep ``item`` (once: a change pulled again keeps its first row, with the latest reason). True when
    it was not kept yet."""
    row = session.get(SetAsideChangeRow, item.id)
    if row is not None:
        row.reason_code, row.reason_params, row.reason = item.reason_code, item.reason_params, item.reason
        return False
    session.add(SetAsideChangeRow(
        id=item.id, entity=item.entity, entity_id=item.entity_id, server_seq=item.server_seq,
        device_id=item.device_id, change=item.change, readable=item.readable, reason_code=item.reason_code,
        reason_params=item.reason_params, reason=item.reason, set_aside_at=item.set_aside_at))
    return True


def set_aside_changes(session: Session) -> list[SetAside]:
    """Every change set aside, in the hub's order (those without a number last)."""
    rows = session.scalars(select(SetAsideChangeRow).order_by(
        SetAsideChangeRow.server_seq.is_(None), SetAsideChangeRow.server_seq, SetAsideChangeRow.id))
    return [_set_aside(row) for row in rows]


def take_back_set_aside(session: Session, ids: Iterable[str]) -> None:
    """Forget these set-aside changes (they were applied at last)."""
    for change_id in ids:
        row = session.get(SetAsideChangeRow, change_id)
        if row is not None:
            session.delete(row)


def set_aside_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(SetAsideChangeRow)) or 0


# --- Lost in merges --------------------------------------------------------------------------------------


def record_losses(session: Session, losses: Sequence[Loss]) -> None:
    for loss in losses:
        session.add(LostChangeRow(
            id=loss.id, entity=loss.entity, entity_id=loss.entity_id, kind=loss.kind, field=loss.field,
            mine=loss.mine, theirs=loss.theirs, my_change_id=loss.my_change_id,
            their_change_id=loss.their_change_id, their_device_id=loss.their_device_id,
            their_created_at=loss.their_created_at, found_at=loss.found_at, state=loss.state,
            resolved_at=loss.resolved_at))


def open_losses(session: Session) -> list[Loss]:
    """The losses the person has not brought back nor let go, newest first."""
    rows = session.scalars(select(LostChangeRow).where(LostChangeRow.state == OPEN).order_by(
        LostChangeRow.found_at.desc(), LostChangeRow.entity, LostChangeRow.entity_id, LostChangeRow.field))
    return [_loss(row) for row in rows]


def loss(session: Session, loss_id: str) -> Loss | None:
    row = session.get(LostChangeRow, loss_id)
    return None if row is None else _loss(row)


def resolve_loss(session: Session, loss_id: str, state: str, when: str) -> None:
    row = session.get_one(LostChangeRow, loss_id)
    row.state, row.resolved_at = state, when


def open_loss_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(LostChangeRow).where(
        LostChangeRow.state == OPEN)) or 0


def record_values(session: Session, entity: str, entity_id: str) -> dict[str, Any] | None:
    """The record's row as it is, tombstone included (``deleted``), or None when there is none."""
    row_type = ROW_TYPES[entity]
    row = session.get(row_type, entity_id)
    if row is None:
        return None
    return {column.key: getattr(row, column.key) for column in row_type.__table__.columns}
