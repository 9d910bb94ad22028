"""The one write path: every put or delete of a record appends its change in the same transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socieux_desktop.domain.clock import HybridLogicalClock
from socieux_desktop.domain.gate import check_record, check_status_change, status_field
from socieux_desktop.domain.model import ENTITY_NAMES as ENTITY_NAMES
from socieux_desktop.domain.model import new_id
from socieux_desktop.domain.records import Record, from_record, to_record
from socieux_desktop.store.models import ROW_TYPES, ChangeRow, EntityRow


def row_record(row: EntityRow, cls: type) -> Record:
    return {name: getattr(row, name) for name in to_record_fields(cls)}


def to_record_fields(cls: type) -> tuple[str, ...]:
    from socieux_desktop.domain.records import field_names

    return field_names(cls)


def row_entity(row: EntityRow, cls: type[Any]) -> Any:
    return from_record(cls, row_record(row, cls))


class ChangeWriter:
    """Writes records of one transaction and logs each change with this device's id, seq and clock.

    Every record and every logged change passes the gate (``domain.gate.check_record``) before it is
    written: a refusal raises ``RuleViolation`` and the transaction writes nothing. With ``role`` (the
    signed-in person's, asked when a status changes), a status a role may not give is refused too
    (``gate.check_status_change``); without it (demo data, an import restoring a whole workspace) the
    statuses are taken as they are."""

    def __init__(self, session: Session, device_id: str, clock: HybridLogicalClock,
                 role: Callable[[], str] | None = None) -> None:
        self.session = session
        self.device_id = device_id
        self.clock = clock
        self.role = role
        self._next_seq: int | None = None

    def put(self, entity: object) -> bool:
        """Insert or update ``entity``; a tombstoned record comes back. False when nothing changed."""
        name = ENTITY_NAMES[type(entity)]
        record = to_record(entity)
        return self.put_record(name, record)

    def put_record(self, name: str, record: Record) -> bool:
        check_record(name, record)
        row_type = ROW_TYPES[name]
        row = self.session.get(row_type, record["id"])
        status = status_field(name)
        if self.role is not None and status is not None and status in record:
            before = None if row is None else getattr(row, status)
            check_status_change(name, before, str(record[status]), self.role())
        if row is None:
            row = row_type(**record, deleted=False)
            self.session.add(row)
            self._log(name, str(record["id"]), "insert", {**record, "deleted": False}, None)
            return True
        changed = {k: v for k, v in record.items() if getattr(row, k) != v}
        if row.deleted:
            changed["deleted"] = False
        if not changed:
            return False
        previous = {k: getattr(row, k) for k in changed}
        for key, value in changed.items():
            setattr(row, key, value)
        self._log(name, row.id, "update", changed, previous)
        return True

    def delete(self, name: str, entity_id: str) -> bool:
        """Mark the record deleted (a tombstone that sync carries); False when it already was."""
        row = self.session.get(ROW_TYPES[name], entity_id)
        if row is None or row.deleted:
            return False
        row.deleted = True
        self._log(name, entity_id, "delete", {"deleted": True}, {"deleted": False})
        return True

    def log_insert(self, entity: str, entity_id: str, fields: dict[str, Any]) -> str:
        """Log the insert of something that has no record row of its own (a deliverable's text update,
        kept in ``deliverable_update``; a workshop or participant): the change is its way to the hub.
        The change's id."""
        check_record(entity, fields)
        return self._log(entity, entity_id, "insert", {**fields, "deleted": False}, None)

    def log_update(self, entity: str, entity_id: str, fields: dict[str, Any],
                   previous: dict[str, Any]) -> str:
        """Log a change of fields of something that has no record row of its own (a workshop, a
        participant: their tables keep their own shape). The change's id."""
        check_record(entity, fields)
        return self._log(entity, entity_id, "update", fields, previous)

    def _log(self, entity: str, entity_id: str, op: str, fields: dict[str, Any],
             previous: dict[str, Any] | None) -> str:
        stamp = self.clock.now().encode()
        change_id = new_id()
        self.session.add(ChangeRow(
            id=change_id, device_id=self.device_id, seq=self._take_seq(), hlc=stamp, entity=entity,
            entity_id=entity_id, op=op, fields=fields, previous=previous,
            created_at=datetime.now(UTC).isoformat(timespec="milliseconds"), server_seq=None))
        return change_id

    def _take_seq(self) -> int:
        if self._next_seq is None:
            last = self.session.scalar(
                select(func.max(ChangeRow.seq)).where(ChangeRow.device_id == self.device_id))
            self._next_seq = (last or 0) + 1
        seq = self._next_seq
        self._next_seq += 1
        return seq
