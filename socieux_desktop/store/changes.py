"""The one write path: every put or delete of a record appends its change in the same transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from itertools import groupby
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from socieux_desktop.domain.clock import HybridLogicalClock
from socieux_desktop.domain.gate import check_record, check_status_change, status_field
from socieux_desktop.domain.model import ENTITY_NAMES as ENTITY_NAMES
from socieux_desktop.domain.model import new_id
from socieux_desktop.domain.records import Record, from_record, to_record
from socieux_desktop.store.models import ROW_TYPES, ChangeRow, EntityRow

# Ids looked up in one query (SQLite allows 32,766 parameters; a few hundred keep each statement small).
_LOOKUP_CHUNK = 500


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

    def put_all(self, entities: Iterable[object]) -> int:
        """``put`` each of ``entities`` in order; the number that changed something.

        The same records, changes, seqs and clock stamps as that many ``put`` calls, but the records new to
        the workspace go in together: their ids looked up a few hundred at a time, then their rows and
        their changes inserted in two statements, rather than each looked up, added and flushed on its
        own (twenty thousand day entries take ~1 s rather than ~15). A record already there (or met twice)
        goes through ``put``. Consecutive entities of one kind go together, so a record still comes after
        the records it refers to when the caller puts them in that order."""
        changed = 0
        for entity_type, group in groupby(entities, key=type):
            name = ENTITY_NAMES[entity_type]
            changed += self._put_many(name, [to_record(entity) for entity in group])
        return changed

    def _put_many(self, name: str, records: list[Record]) -> int:
        row_type = ROW_TYPES[name]
        for record in records:
            check_record(name, record)
        self.session.flush()  # what was added before is looked up (and inserted before these rows)
        ids = [str(record["id"]) for record in records]
        existing: set[str] = set()
        for first in range(0, len(ids), _LOOKUP_CHUNK):
            existing.update(self.session.scalars(select(row_type.id).where(
                row_type.id.in_(ids[first:first + _LOOKUP_CHUNK]))))
        status = status_field(name)
        created_at = datetime.now(UTC).isoformat(timespec="milliseconds")
        rows: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        changed = 0
        pending: set[str] = set()
        for record in records:
            entity_id = str(record["id"])
            if entity_id in pending:  # met twice: the first goes in, the second updates it
                self._insert(row_type, rows, changes)
                rows, changes, pending = [], [], set()
            if entity_id in existing:
                changed += self.put_record(name, record)
                continue
            existing.add(entity_id)
            pending.add(entity_id)
            if self.role is not None and status is not None and status in record:
                check_status_change(name, None, str(record[status]), self.role())
            row = {**record, "deleted": False}
            rows.append(row)
            changes.append({
                "id": new_id(), "device_id": self.device_id, "seq": self._take_seq(),
                "hlc": self.clock.now().encode(), "entity": name, "entity_id": entity_id, "op": "insert",
                "fields": row, "previous": None, "created_at": created_at, "server_seq": None})
            changed += 1
        self._insert(row_type, rows, changes)
        return changed

    def _insert(self, row_type: type[EntityRow], rows: list[dict[str, Any]],
                changes: list[dict[str, Any]]) -> None:
        if rows:
            self.session.execute(insert(row_type.__table__), rows)  # type: ignore[arg-type]
            self.session.execute(insert(ChangeRow.__table__), changes)  # type: ignore[arg-type]

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
