"""The deliverables of a workspace and the CRDT updates of their texts, as rows.

Table ``deliverable_update``: per deliverable, rows ordered by ``seq``; a row of kind ``snapshot`` holds the
encoded state of the document made of every row before it (and replaces them), a row of kind ``update``
one CRDT update. A row of kind ``zsnap`` is a snapshot stored zlib-compressed (what ``compact`` writes since
issue 12: the encoded state of a long history is ~3.5x its text, compressed ~1x); rows of kind ``snapshot``
written before stay readable as they are. Every update row this device writes is also logged in the
change log as an insert of a ``deliverable_update`` (``sync.protocol.TEXT_UPDATE``: its UUID, the
deliverable, the deliverable's mission and the bytes in base64), so it goes to the hub with the outbox.
Snapshots are local, never synced.

The documents themselves (pycrdt) are ``collab.store.DeliverableStore``'s: this repository stores and
reads bytes, and folds rows with the function it is given (``compact``).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from socieux_desktop.domain.deliverables import Deliverable
from socieux_desktop.domain.model import new_id
from socieux_desktop.store import models as m
from socieux_desktop.store.changes import ChangeWriter, row_entity
from socieux_desktop.sync.protocol import TEXT_UPDATE, encode_update

if TYPE_CHECKING:
    from socieux_desktop.store.workbook import Workbook

UPDATE = "update"
SNAPSHOT = "snapshot"
COMPRESSED_SNAPSHOT = "zsnap"
SNAPSHOT_KINDS = (SNAPSHOT, COMPRESSED_SNAPSHOT)


def row_bytes(kind: str, data: bytes) -> bytes:
    """The CRDT bytes a row holds (a compressed snapshot's decompressed)."""
    return zlib.decompress(data) if kind == COMPRESSED_SNAPSHOT else data


class UnknownDeliverable(KeyError):
    """No (live) deliverable has this id in the workspace."""


@dataclass(frozen=True, slots=True)
class Compaction:
    rows_before: int
    rows_after: int
    bytes_before: int
    bytes_after: int


class DeliverableRepository:
    """The deliverable records and text rows of one open workbook (``Workbook.deliverables``)."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook

    def create(self, deliverable: Deliverable, initial_update: bytes) -> None:
        """Write a new deliverable and its first update in one transaction."""
        with self.workbook.bulk_writer() as writer:
            writer.put(deliverable)
            self.write_update(writer, deliverable.id, deliverable.mission_id, 1, initial_update)

    def of_mission(self, mission_id: str) -> list[Deliverable]:
        with self.workbook.read_session() as session:
            rows = session.scalars(select(m.DeliverableRow).where(
                m.DeliverableRow.mission_id == mission_id, m.DeliverableRow.deleted.is_(False))
                .order_by(m.DeliverableRow.title))
            return [row_entity(row, Deliverable) for row in rows]

    def append_update(self, deliverable_id: str, update: bytes) -> int:
        """Store one update in its own committed transaction (a crash loses no earlier one); its seq.
        The write lock is held from the start, so the next ``seq`` read stays the next one."""
        with self.workbook.write_transaction() as session:
            deliverable = session.get(m.DeliverableRow, deliverable_id)
            if deliverable is None:
                raise UnknownDeliverable(deliverable_id)
            seq = self._next_seq(session, deliverable_id)
            self.write_update(self.workbook.change_writer(session), deliverable_id, deliverable.mission_id,
                             seq, update)
        return seq

    def append_updates(self, deliverable_id: str, updates: Sequence[bytes]) -> list[int]:
        """Store several updates in one committed transaction (a group commit: one write for many
        edits; a crash loses the group or nothing of it); their seqs, in order."""
        if not updates:
            return []
        with self.workbook.write_transaction() as session:
            deliverable = session.get(m.DeliverableRow, deliverable_id)
            if deliverable is None:
                raise UnknownDeliverable(deliverable_id)
            first = self._next_seq(session, deliverable_id)
            writer = self.workbook.change_writer(session)
            for seq, update in enumerate(updates, start=first):
                self.write_update(writer, deliverable_id, deliverable.mission_id, seq, update)
        return list(range(first, first + len(updates)))

    def stored_updates(self, deliverable_id: str) -> list[bytes]:
        """The latest snapshot and the updates after it, in order (what makes the document)."""
        table = m.DeliverableUpdateRow
        with self.workbook.read_session() as session:
            snapshot = session.scalar(select(func.max(table.seq)).where(
                table.deliverable_id == deliverable_id, table.kind.in_(SNAPSHOT_KINDS)))
            query = select(table.kind, table.data).where(table.deliverable_id == deliverable_id)
            if snapshot is not None:
                query = query.where(table.seq >= snapshot)
            return [row_bytes(kind, data) for kind, data in session.execute(query.order_by(table.seq))]

    def row_count(self, deliverable_id: str) -> int:
        with self.workbook.read_session() as session:
            return session.scalar(select(func.count()).select_from(m.DeliverableUpdateRow).where(
                m.DeliverableUpdateRow.deliverable_id == deliverable_id)) or 0

    def compact(self, deliverable_id: str, fold: Callable[[Sequence[bytes]], bytes]) -> Compaction:
        """Replace the rows by one snapshot, ``fold`` of the latest snapshot and the updates after it (the
        encoded state of a document built from them), in one transaction.

        Local housekeeping, never synced: the snapshot is not sent and the folded rows are not deleted
        anywhere else. What the hub does not have yet stays in the change log (the outbox), each update
        with its bytes, until it is pushed; the log's copies of folded updates the hub has numbered
        (pushed or pulled) go with their rows."""
        with self.workbook.write_transaction() as session:
            rows = session.execute(
                select(m.DeliverableUpdateRow.seq, m.DeliverableUpdateRow.kind, m.DeliverableUpdateRow.data)
                .where(m.DeliverableUpdateRow.deliverable_id == deliverable_id)
                .order_by(m.DeliverableUpdateRow.seq)).all()
            size = sum(len(r.data) for r in rows)
            if len(rows) <= 1:
                return Compaction(len(rows), len(rows), size, size)
            last = rows[-1].seq
            starts = max((index for index, r in enumerate(rows) if r.kind in SNAPSHOT_KINDS), default=0)
            state = zlib.compress(fold([row_bytes(r.kind, r.data) for r in rows[starts:]]), 6)
            session.execute(delete(m.DeliverableUpdateRow).where(
                m.DeliverableUpdateRow.deliverable_id == deliverable_id, m.DeliverableUpdateRow.seq <= last))
            # The log's copies of this deliverable's updates the hub has numbered and whose rows are
            # folded now (or were at an earlier compaction, while they were still to be pushed).
            session.execute(delete(m.ChangeRow).where(
                m.ChangeRow.entity == TEXT_UPDATE, m.ChangeRow.server_seq.is_not(None),
                m.ChangeRow.fields["deliverable_id"].as_string() == deliverable_id,
                ~exists().where(m.DeliverableUpdateRow.id == m.ChangeRow.entity_id)))
            session.flush()
            session.add(self._row(deliverable_id, last, COMPRESSED_SNAPSHOT, state))
        return Compaction(len(rows), 1, size, len(state))

    # -- internals ---------------------------------------------------------------------------------

    def write_update(self, writer: ChangeWriter, deliverable_id: str, mission_id: str, seq: int,
                     update: bytes) -> None:
        """Add the update's row to ``writer``'s transaction and log it for the hub (its change carries the
        bytes and the mission)."""
        row = self._row(deliverable_id, seq, UPDATE, update)
        writer.session.add(row)
        writer.log_insert(TEXT_UPDATE, row.id, {
            "id": row.id, "deliverable_id": deliverable_id, "mission_id": mission_id,
            "data": encode_update(update)})

    def _row(self, deliverable_id: str, seq: int, kind: str, data: bytes) -> m.DeliverableUpdateRow:
        return m.DeliverableUpdateRow(
            id=new_id(), deliverable_id=deliverable_id, seq=seq, kind=kind, data=data,
            created_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
            device_id=self.workbook.device_id, server_seq=None)

    @staticmethod
    def _next_seq(session: Session, deliverable_id: str) -> int:
        last = session.scalar(select(func.max(m.DeliverableUpdateRow.seq)).where(
            m.DeliverableUpdateRow.deliverable_id == deliverable_id))
        return (last or 0) + 1
