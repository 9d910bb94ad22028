"""Deliverable texts in the workspace: CRDT updates, one committed row each, folded into snapshots.

Table ``deliverable_update``: per deliverable, rows ordered by ``seq``; a row of kind ``snapshot`` holds the
encoded state of the document made of every row before it (and replaces them), a row of kind ``update``
one CRDT update. Loading applies the latest snapshot and the updates after it to a new ``Doc``. Compaction
builds that ``Doc`` and writes its state: it never merges long lists of updates with
``pycrdt.merge_updates`` (261 s for the 260,000 updates of the automerge-paper trace, against 0.7 s).

Exported file (``export_file``/``merge_file``), UTF-8 JSON:

    {"format": "socieux-deliverable", "version": 1,
     "deliverable": {<the deliverable's record, as in the workspace JSON>},
     "exported_at": "<UTC ISO time>", "device_id": "<the exporting workspace's device>",
     "state": "<base64 of the document's encoded state (a Yjs/Yrs v1 update)>",
     "sha256": "<hex SHA-256 of the decoded state bytes>"}

Sync. Every update row this device writes (the first one, edits, a merged file) is also logged in the
change log as an insert of a ``deliverable_update`` (``sync.protocol.TEXT_UPDATE``: its UUID, the
deliverable, the deliverable's mission and the bytes in base64), so it goes to the hub with the outbox; a
pulled update is appended as a row of kind ``update`` (once, by its UUID) and handed to ``on_pulled``
listeners. Snapshots are local: compaction is housekeeping on one device, never a synced delete (see
``compact``).

Merging a file applies its state as one update: both copies' edits are kept, nothing is overwritten, and
merging the same file twice changes nothing.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, exists, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from socieux_desktop.collab.document import EMPTY_UPDATE, DeliverableDocument, Origin
from socieux_desktop.collab.templates import template_titles
from socieux_desktop.domain.deliverables import (
    Deliverable,
    DeliverableStatus,
    check_role,
    next_deliverable_status,
)
from socieux_desktop.domain.gate import check_entity, check_status_change
from socieux_desktop.domain.model import new_id
from socieux_desktop.domain.records import from_record, to_record
from socieux_desktop.store import models as m
from socieux_desktop.store import sync_state
from socieux_desktop.store.changes import ChangeWriter, row_entity
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync.protocol import TEXT_UPDATE, encode_update

FILE_FORMAT = "socieux-deliverable"
FILE_VERSION = 1
FILE_SUFFIX = ".socieux-deliverable"
UPDATE = "update"
SNAPSHOT = "snapshot"
COMPACT_AFTER_ROWS = 1000
"""``open`` folds the rows first when there are more: opening 1,000 updates takes about 13 ms, the
259,778 of the automerge-paper trace 3.4 s, against 9 ms once compacted (benchmarks/deliverable_load.py)."""


class DeliverableFileError(ValueError):
    """An exported deliverable file that cannot be merged; nothing was written."""


class WrongDeliverable(DeliverableFileError):
    """The file holds another deliverable than the one it was to be merged into."""


class UnknownDeliverable(KeyError):
    """No (live) deliverable has this id in the workspace."""


@dataclass(frozen=True, slots=True)
class Compaction:
    rows_before: int
    rows_after: int
    bytes_before: int
    bytes_after: int


class DeliverableStore:
    """The deliverables of one open workbook and the CRDT updates of their texts."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook
        self._sessions = sessionmaker(workbook.engine, expire_on_commit=False)
        self._quiet: set[int] = set()  # documents applying an update that is stored already

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """A transaction holding SQLite's write lock from its start: the next ``seq`` it reads stays
        the next one until it commits (another window or process waits)."""
        with self._sessions.begin() as session:
            session.execute(text("BEGIN IMMEDIATE"))
            yield session

    # -- the entity --------------------------------------------------------------------------------

    def create(self, deliverable: Deliverable) -> DeliverableDocument:
        """Write a new deliverable and its initial update (the template's sections in its language) in
        one transaction; returns the document, ready to edit (not yet saving its edits: see ``open``).
        The gate refuses (``RuleViolation``) a record that breaks its rules or a status only headquarters
        gives, unless signed in as a coordinator."""
        check_entity(deliverable)
        check_status_change("deliverable", None, deliverable.status, self.role())
        document = DeliverableDocument.create(deliverable.id,
                                              template_titles(deliverable.kind, deliverable.language))
        with self.workbook.bulk_writer() as writer:
            writer.put(deliverable)
            self._add_update(writer, deliverable.id, deliverable.mission_id, 1, document.encode_state())
        return document

    def get(self, deliverable_id: str) -> Deliverable:
        found = self.workbook.get(Deliverable, deliverable_id)
        if found is None:
            raise UnknownDeliverable(deliverable_id)
        return found

    def of_mission(self, mission_id: str) -> list[Deliverable]:
        with self._sessions() as session:
            rows = session.scalars(select(m.DeliverableRow).where(
                m.DeliverableRow.mission_id == mission_id, m.DeliverableRow.deleted.is_(False))
                .order_by(m.DeliverableRow.title))
            return [row_entity(row, Deliverable) for row in rows]

    def change_status(self, deliverable_id: str, action: str) -> DeliverableStatus:
        """Share, submit, reopen, approve or return; sharing and submitting need some text (the
        template's titles alone are not). Approving and returning are refused (``RuleViolation``
        ``HEADQUARTERS_ONLY``) unless the workspace is signed in as a coordinator (``role``)."""
        check_role(action, self.role())
        deliverable = self.get(deliverable_id)
        words = self.load(deliverable_id).word_count(include_titles=False)
        status = next_deliverable_status(deliverable.status, action, words)
        self.workbook.save(dataclasses.replace(deliverable, status=status))
        return status

    def role(self) -> str:
        """The role of the person this workspace is signed in as (an expert when it is not)."""
        with self._sessions() as session:
            return sync_state.role(session)

    # -- the text ----------------------------------------------------------------------------------

    def append_update(self, deliverable_id: str, update: bytes) -> int:
        """Store one update in its own committed transaction (a crash loses no earlier one); its seq."""
        with self._write() as session:
            deliverable = session.get(m.DeliverableRow, deliverable_id)
            if deliverable is None:
                raise UnknownDeliverable(deliverable_id)
            seq = self._next_seq(session, deliverable_id)
            writer = ChangeWriter(session, self.workbook.device_id, self.workbook.clock)
            self._add_update(writer, deliverable_id, deliverable.mission_id, seq, update)
        return seq

    def on_pulled(self, listener: Callable[[str, bytes], None]) -> Callable[[], None]:
        """Call ``listener(deliverable_id, update)`` for each text update sync brings, once it is stored.
        It runs in the sync's thread: hand the bytes to the document's thread (a Qt signal) and apply
        them there with ``apply_pulled``. Returns a function that stops the calls."""
        self.workbook.text_listeners.append(listener)

        def stop() -> None:
            if listener in self.workbook.text_listeners:
                self.workbook.text_listeners.remove(listener)

        return stop

    def apply_pulled(self, document: DeliverableDocument, update: bytes) -> None:
        """Apply an update sync has already stored to a document ``open`` gave, without storing it again."""
        self._quiet.add(id(document))
        try:
            document.apply_update(update)
        finally:
            self._quiet.discard(id(document))

    def load(self, deliverable_id: str, client_id: int | None = None) -> DeliverableDocument:
        """A new copy of the document (fresh client id unless given) from the latest snapshot and the
        updates after it. Its edits are not saved: use ``open`` for a copy that saves them."""
        with self._sessions() as session:
            return DeliverableDocument.from_updates(self._stored(session, deliverable_id), client_id)

    def open(self, deliverable_id: str, client_id: int | None = None) -> DeliverableDocument:
        """``load``, then save every later change of the copy (its own edits and the updates applied
        to it) as it happens, one row per transaction. Compacts first when the rows are many."""
        if self.row_count(deliverable_id) > COMPACT_AFTER_ROWS:
            self.compact(deliverable_id)
        document = self.load(deliverable_id, client_id)

        def save(update: bytes, _origin: Origin) -> None:
            if id(document) not in self._quiet:
                self.append_update(deliverable_id, update)

        document.on_update(save)
        return document

    def row_count(self, deliverable_id: str) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(m.DeliverableUpdateRow).where(
                m.DeliverableUpdateRow.deliverable_id == deliverable_id)) or 0

    def compact(self, deliverable_id: str) -> Compaction:
        """Fold the rows into one snapshot (the state of a ``Doc`` built from them), in one transaction:
        the same text, one row.

        Local housekeeping, never synced: the snapshot is not sent and the folded rows are not deleted
        anywhere else. What the hub does not have yet stays in the change log (the outbox), each update
        with its bytes, until it is pushed; the log's copies of folded updates the hub has numbered
        (pushed or pulled) go with their rows."""
        with self._write() as session:
            rows = session.execute(
                select(m.DeliverableUpdateRow.seq, m.DeliverableUpdateRow.kind, m.DeliverableUpdateRow.data)
                .where(m.DeliverableUpdateRow.deliverable_id == deliverable_id)
                .order_by(m.DeliverableUpdateRow.seq)).all()
            size = sum(len(r.data) for r in rows)
            if len(rows) <= 1:
                return Compaction(len(rows), len(rows), size, size)
            last = rows[-1].seq
            starts = max((index for index, r in enumerate(rows) if r.kind == SNAPSHOT), default=0)
            state = DeliverableDocument.from_updates(r.data for r in rows[starts:]).encode_state()
            session.execute(delete(m.DeliverableUpdateRow).where(
                m.DeliverableUpdateRow.deliverable_id == deliverable_id, m.DeliverableUpdateRow.seq <= last))
            # The log's copies of this deliverable's updates the hub has numbered and whose rows are
            # folded now (or were at an earlier compaction, while they were still to be pushed).
            session.execute(delete(m.ChangeRow).where(
                m.ChangeRow.entity == TEXT_UPDATE, m.ChangeRow.server_seq.is_not(None),
                m.ChangeRow.fields["deliverable_id"].as_string() == deliverable_id,
                ~exists().where(m.DeliverableUpdateRow.id == m.ChangeRow.entity_id)))
            session.flush()
            session.add(self._row(deliverable_id, last, SNAPSHOT, state))
        return Compaction(len(rows), 1, size, len(state))

    # -- files -------------------------------------------------------------------------------------

    def export_file(self, deliverable_id: str, path: Path) -> None:
        """Write the deliverable and its whole text to ``path`` (whole or not at all)."""
        deliverable = self.get(deliverable_id)
        state = self.load(deliverable_id).encode_state()
        envelope = {
            "format": FILE_FORMAT,
            "version": FILE_VERSION,
            "deliverable": to_record(deliverable),
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "device_id": self.workbook.device_id,
            "state": base64.b64encode(state).decode("ascii"),
            "sha256": hashlib.sha256(state).hexdigest(),
        }
        partial = path.with_name(path.name + ".partial")
        with partial.open("w", encoding="utf-8") as handle:
            json.dump(envelope, handle, ensure_ascii=False, indent=1, sort_keys=True)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)

    def merge_file(self, deliverable_id: str, path: Path) -> bool:
        """Merge the text of an exported copy of this deliverable; False when it brought nothing new.

        Raises ``DeliverableFileError`` (corrupt, unreadable, another format) or ``WrongDeliverable``;
        the document is unchanged then."""
        self.get(deliverable_id)
        record, state = read_file(path)
        if record["id"] != deliverable_id:
            raise WrongDeliverable(f"{path.name} holds the deliverable “{record.get('title')}” "
                                   f"({record['id']}), not this one ({deliverable_id})")
        try:
            theirs = DeliverableDocument.from_updates([state])
        except ValueError as error:
            raise DeliverableFileError(f"{path.name}: the text cannot be read ({error})") from None
        if theirs.deliverable_id != deliverable_id:
            raise WrongDeliverable(f"{path.name}: the text is of another deliverable "
                                   f"({theirs.deliverable_id}), not of {deliverable_id}")
        new = theirs.diff(self.load(deliverable_id).state_vector())
        if new == EMPTY_UPDATE:
            return False
        self.append_update(deliverable_id, new)
        return True

    # -- internals ---------------------------------------------------------------------------------

    def _add_update(self, writer: ChangeWriter, deliverable_id: str, mission_id: str, seq: int,
                    update: bytes) -> None:
        """Add the update's row and log it for the hub (its change carries the bytes and the mission)."""
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

    @staticmethod
    def _stored(session: Session, deliverable_id: str) -> list[bytes]:
        table = m.DeliverableUpdateRow
        snapshot = session.scalar(select(func.max(table.seq)).where(
            table.deliverable_id == deliverable_id, table.kind == SNAPSHOT))
        query = select(table.data).where(table.deliverable_id == deliverable_id)
        if snapshot is not None:
            query = query.where(table.seq >= snapshot)
        return list(session.scalars(query.order_by(table.seq)))


def read_file(path: Path) -> tuple[dict[str, Any], bytes]:
    """The deliverable record and the state of an exported file, checked (format, version, checksum)."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DeliverableFileError(f"{path.name} cannot be read ({error.strerror or error})") from None
    try:
        envelope = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DeliverableFileError(f"{path.name} is not a deliverable file (not JSON text)") from None
    if not isinstance(envelope, dict) or envelope.get("format") != FILE_FORMAT:
        raise DeliverableFileError(f"{path.name} is not a deliverable file")
    if envelope.get("version") != FILE_VERSION:
        raise DeliverableFileError(f"{path.name} is of version {envelope.get('version')!r}; this app "
                                   f"reads version {FILE_VERSION}")
    record = envelope.get("deliverable")
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        raise DeliverableFileError(f"{path.name} does not name its deliverable")
    try:
        from_record(Deliverable, record)
    except (KeyError, TypeError, ValueError):
        raise DeliverableFileError(f"{path.name}: the deliverable's description is damaged") from None
    try:
        state = base64.b64decode(str(envelope.get("state")), validate=True)
    except (binascii.Error, ValueError):
        raise DeliverableFileError(f"{path.name}: the text is damaged (not base64)") from None
    if hashlib.sha256(state).hexdigest() != envelope.get("sha256"):
        raise DeliverableFileError(f"{path.name} is damaged: its text does not match its checksum")
    return record, state
