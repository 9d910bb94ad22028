"""The sync engine: push the outbox, pull what the hub has, merge field by field.

- **Push**: the changes this device wrote that the hub has not numbered yet (the outbox), oldest first,
  in batches of at most :data:`protocol.MAX_BATCH_CHANGES` changes and the protocol's byte limits. The
  hub applies each change once by its UUID, so a batch sent again after a lost answer is harmless; the
  hub's numbers are written back in one transaction per batch.
- **Pull**: pages of changes after the cursor; each page's changes, the records they touch and the new
  cursor are written in one transaction, so an interrupted sync resumes at the last page.
- **Text**: a deliverable's text travels as its CRDT updates (entity ``deliverable_update``, see
  :data:`protocol.TEXT_UPDATE`), each an insert-only change; a pulled one is appended to the
  deliverable's rows in ``deliverable_update`` (once, by its UUID) and handed to
  ``Workbook.text_listeners`` after its commit, so an open document can apply it.
- **Attendance**: workshops and their participants (``protocol.ATTENDANCE_ENTITIES``) merge field by
  field like records; their rows keep the shape ``collab.attendance`` reads (None for "").
- **Refused changes**: a push the hub refuses is kept whole in the outbox and told, except when the hub
  names changes only headquarters may make (an expert approving or returning a deliverable,
  ``protocol.HEADQUARTERS_ONLY``): those lose their status here (the record goes back to the status it
  had), the rest is pushed again at once, the pull runs, and the sync then reports the refusal.
- **Merge**: a record is what :func:`protocol.merge_changes` makes of every change the workspace holds
  for it (its own and the pulled ones): the last writer by hybrid logical clock wins each field, a
  delete is a tombstone. Overwritten values stay in the change log, so a record's history shows them.

A demo workspace never syncs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import exists, func, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from socieux_desktop.domain.deliverables import DeliverableStatus
from socieux_desktop.domain.model import ENTITY_TYPES
from socieux_desktop.domain.records import JSONValue
from socieux_desktop.store import models as m
from socieux_desktop.store import sync_state
from socieux_desktop.store.models import (
    ROW_TYPES,
    ChangeRow,
    DeliverableRow,
    DeliverableUpdateRow,
    EntityRow,
)
from socieux_desktop.store.workbook import DEMO, Workbook
from socieux_desktop.sync import protocol
from socieux_desktop.sync.client import HubClient, Problem, SyncError

DEMO_REFUSAL: Final = (
    "This is a demo workspace: it never syncs with headquarters, so its made-up missions stay out of the "
    "real data. Start your own workspace (File > Start my own workspace…, or `socieux login --data-dir` on a "
    "new folder) and sign in from there.")

_ENTITY_ORDER: Final = {name: index for index, name in enumerate(ENTITY_TYPES)}
"""Parents before children (``ENTITY_TYPES`` lists actions before activities, missions before days)."""
_CHUNK: Final = 500


@dataclass(frozen=True, slots=True)
class SyncReport:
    pushed: int
    pulled: int
    requests: int
    bytes_sent: int
    bytes_received: int


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def refuse_demo(workbook: Workbook) -> None:
    if workbook.kind == DEMO:
        raise SyncError(Problem.REFUSED, DEMO_REFUSAL, "demo_workspace")


def to_change(row: ChangeRow) -> protocol.Change:
    return protocol.Change(row.id, row.device_id, row.seq, row.hlc, row.entity, row.entity_id, row.op,
                           row.fields, row.previous, row.created_at, row.server_seq)


def _change_row(change: protocol.Change) -> ChangeRow:
    return ChangeRow(id=change.id, device_id=change.device_id, seq=change.seq, hlc=change.hlc,
                     entity=change.entity, entity_id=change.entity_id, op=change.op,
                     fields=dict(change.fields),
                     previous=None if change.previous is None else dict(change.previous),
                     created_at=change.created_at, server_seq=change.server_seq)


class SyncEngine:
    """Syncs one workbook with one hub through a signed-in client."""

    def __init__(self, workbook: Workbook, client: HubClient, *,
                 pull_limit: int = protocol.DEFAULT_PULL_LIMIT,
                 batch_changes: int = protocol.MAX_BATCH_CHANGES) -> None:
        refuse_demo(workbook)
        self.workbook = workbook
        self.client = client
        self.pull_limit = pull_limit
        self.batch_changes = batch_changes
        self._sessions = sessionmaker(workbook.engine, expire_on_commit=False)
        self.taken_back: list[str] = []
        """The ids of the changes the hub refused as headquarters' acts, taken back here (``push``)."""

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """A transaction that takes SQLite's write lock before it reads: another sync of this workspace
        (a second window, a second process) waits for it, then sees what it wrote."""
        with self._sessions.begin() as session:
            session.execute(text("BEGIN IMMEDIATE"))
            yield session

    def sync(self) -> SyncReport:
        """Push the outbox, then pull; the outcome (success, or the problem) is kept for the status area."""
        before = (self.client.traffic.requests, self.client.traffic.sent, self.client.traffic.received)
        self.taken_back = []
        try:
            pushed = self.push()
            pulled = self.pull()
            if self.taken_back:
                raise SyncError(Problem.REFUSED, (
                    "Some changes are for headquarters only (approving or returning a deliverable or a "
                    "timesheet, or changing one headquarters approved or returned meanwhile; a mission's "
                    f"team and allocated days; another person's details): the hub refused "
                    f"{len(self.taken_back)} such change(s), and they were undone on this computer. "
                    "Everything else was synced, your text included."), protocol.HEADQUARTERS_ONLY,
                    tuple(self.taken_back))
        except SyncError as error:
            with self._write() as session:
                sync_state.record_problem(session, now_iso(), error.problem.value, error.message)
            raise
        with self._write() as session:
            sync_state.record_success(session, now_iso())
        traffic = self.client.traffic
        return SyncReport(pushed, pulled, traffic.requests - before[0], traffic.sent - before[1],
                          traffic.received - before[2])

    # --- Push ----------------------------------------------------------------------------------------

    def outbox(self, limit: int) -> list[protocol.Change]:
        with self._sessions() as session:
            rows = session.scalars(select(ChangeRow).where(
                ChangeRow.device_id == self.workbook.device_id, ChangeRow.server_seq.is_(None),
            ).order_by(ChangeRow.seq).limit(limit))
            return [to_change(row) for row in rows]

    def push(self) -> int:
        """Send the whole outbox; the number of changes the hub now has from it."""
        pushed = 0
        while True:
            changes = self.outbox(self.batch_changes)
            if not changes:
                return pushed
            batch = self._fit(changes)
            try:
                response = self.client.push(protocol.PushRequest(self.workbook.device_id, tuple(batch)))
            except SyncError as error:
                if not self._take_back(batch, error):
                    raise
                continue  # the same batch again, without what the hub refused
            with self._write() as session:
                session.execute(update(ChangeRow), [
                    {"id": result.id, "server_seq": result.server_seq} for result in response.results])
                self._restamp(session, {result.id: result.hlc for result in response.results
                                        if result.hlc is not None})
            pushed += len(batch)

    def _restamp(self, session: Session, stamps: dict[str, str]) -> None:
        """Take the stamps the hub gave changes whose stamp was ahead of its clock (this computer's clock
        is ahead), and merge their records again: the workspace then holds what the hub holds."""
        if not stamps:
            return
        session.execute(update(ChangeRow), [{"id": change_id, "hlc": hlc}
                                            for change_id, hlc in stamps.items()])
        rows = session.scalars(select(ChangeRow).where(ChangeRow.id.in_(list(stamps))))
        touched = {(row.entity, row.entity_id) for row in rows}
        keys = sorted((key for key in touched if key[0] in _ENTITY_ORDER),
                      key=lambda key: (_ENTITY_ORDER[key[0]], key[1]))
        history = self._histories(session, keys)
        records = self._load_rows(session, keys)
        for key in keys:
            self._materialise(session, key, history[key], records.get(key), set())
        session.flush()
        self._store_attendance(session, [key for key in touched if key[0] in _ATTENDANCE_ROWS])

    def _take_back(self, batch: Sequence[protocol.Change], error: SyncError) -> bool:
        """After the hub refused the batch for changes only headquarters may make (it names them), take
        them back here: a change of a workflow status (a deliverable's, a timesheet's) loses the status
        (an update keeps its other fields, or goes when the status was all it changed; a new record
        starts as a draft); any other (a team, an allocation, another person's details) goes. The records
        are merged again from what is left, so they go back to what the hub has. False (nothing done) for
        any other refusal, or when the named changes are not such changes of this batch."""
        if error.code != protocol.HEADQUARTERS_ONLY or not error.changes:
            return False
        by_id = {change.id: change for change in batch}
        named = set(error.changes)
        if not named <= by_id.keys() or not all(protocol.may_take_back(by_id[i]) for i in named):
            return False
        with self._write() as session:
            rows = [session.get(ChangeRow, change_id) for change_id in sorted(named)]
            if any(row is None or row.server_seq is not None for row in rows):
                return False
            touched: set[tuple[str, str]] = set()
            for row in rows:
                assert row is not None
                touched.add((row.entity, row.entity_id))
                status = protocol.workflow_field(by_id[row.id])
                if status is None:
                    session.delete(row)
                    continue
                if row.op == "insert":
                    row.fields = {**row.fields, status: DeliverableStatus.DRAFT.value}
                    continue
                fields = {name: value for name, value in row.fields.items() if name != status}
                if not fields:
                    session.delete(row)
                    continue
                row.fields = fields
                if row.previous is not None:
                    row.previous = {name: value for name, value in row.previous.items() if name != status}
            session.flush()
            keys = sorted(touched)
            history = self._histories(session, keys)
            records = self._load_rows(session, keys)
            for key in keys:
                if not history[key] and key in records:
                    session.delete(records[key])  # made here only by a change taken back
                    continue
                self._materialise(session, key, history[key], records.get(key), set())
        self.taken_back.extend(sorted(named))
        return True

    def _fit(self, changes: Sequence[protocol.Change]) -> Sequence[protocol.Change]:
        """The longest prefix of ``changes`` whose push stays within the protocol's byte limits."""
        count = len(changes)
        while True:
            request = protocol.PushRequest(self.workbook.device_id, tuple(changes[:count])).to_json()
            raw = protocol.dumps(request)
            if len(raw) <= protocol.MAX_BATCH_BYTES and len(protocol.gzip_json(request)) <= (
                    protocol.MAX_BODY_BYTES):
                return changes[:count]
            if count == 1:
                raise SyncError(Problem.REFUSED, (
                    f"The change {changes[0].id} of {changes[0].entity} {changes[0].entity_id} is larger "
                    "than the hub accepts; shorten the text of that record."), protocol.BODY_TOO_LARGE)
            count = max(1, count // 2)

    # --- Pull ----------------------------------------------------------------------------------------

    def pull(self) -> int:
        """Apply every page after the cursor; the number of changes that were new here."""
        applied = 0
        while True:
            with self._sessions() as session:
                cursor = sync_state.cursor(session)
            page = self.client.pull(cursor, self.workbook.device_id, self.pull_limit)
            applied += self.apply_page(page.changes, page.cursor)
            if not page.more:
                self.materialise_waiting()
                return applied

    def apply_page(self, changes: Iterable[protocol.Change], cursor: str) -> int:
        """Log the changes not held yet, merge the records they touch, append the text updates and move
        the cursor, in one transaction; then tell the text listeners. The number of changes that were
        new."""
        with self._write() as session:
            incoming = list(changes)
            held = self._held_ids(session, [change.id for change in incoming])
            new = [change for change in incoming if change.id not in held]
            touched = sorted({(change.entity, change.entity_id) for change in new
                              if change.entity in _ENTITY_ORDER},
                             key=lambda key: (_ENTITY_ORDER[key[0]], key[1]))
            attendance = sorted({(change.entity, change.entity_id) for change in new
                                 if change.entity in _ATTENDANCE_ROWS})
            history = self._histories(session, touched)
            for change in new:
                if change.id in held:
                    continue  # the same change twice in one page
                session.add(_change_row(change))
                held.add(change.id)
                if change.entity in _ENTITY_ORDER:
                    history.setdefault((change.entity, change.entity_id), []).append(change)
                self.workbook.clock.observe(change.stamp)
            rows = self._load_rows(session, touched)
            present = set(rows)
            for index, key in enumerate(touched):
                if index and key[0] != touched[index - 1][0]:
                    session.flush()  # parents' rows before their children's (``touched`` is in that order)
                self._materialise(session, key, history[key], rows.get(key), present)
            session.flush()
            self._store_attendance(session, attendance)
            stored = _store_texts(session, [c for c in new if c.entity == protocol.TEXT_UPDATE])
            sync_state.set_cursor(session, cursor)
        self._tell(stored)
        return len(new)

    def _tell(self, stored: list[tuple[str, bytes]]) -> None:
        """Hand the text updates just committed to the listeners (open documents, through the UI)."""
        for deliverable_id, data in stored:
            for listener in list(self.workbook.text_listeners):
                listener(deliverable_id, data)

    @staticmethod
    def _held_ids(session: Session, ids: list[str]) -> set[str]:
        held: set[str] = set()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            held.update(session.scalars(select(ChangeRow.id).where(ChangeRow.id.in_(chunk))))
        return held

    @staticmethod
    def _histories(session: Session, keys: Sequence[tuple[str, str]],
                   ) -> dict[tuple[str, str], list[protocol.Change]]:
        """The changes held for each record, in one query per entity and 500 records."""
        history: dict[tuple[str, str], list[protocol.Change]] = {key: [] for key in keys}
        for entity, ids in _ids_by_entity(keys).items():
            for start in range(0, len(ids), _CHUNK):
                rows = session.scalars(select(ChangeRow).where(
                    ChangeRow.entity == entity, ChangeRow.entity_id.in_(ids[start:start + _CHUNK])))
                for row in rows:
                    history[(entity, row.entity_id)].append(to_change(row))
        return history

    @staticmethod
    def _load_rows(session: Session, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], EntityRow]:
        """The rows of these records that exist, in one query per entity and 500 records."""
        rows: dict[tuple[str, str], EntityRow] = {}
        for entity, ids in _ids_by_entity(keys).items():
            row_type = ROW_TYPES[entity]
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start:start + _CHUNK]
                for row in session.scalars(select(row_type).where(row_type.id.in_(chunk))):
                    rows[(entity, row.id)] = row
        return rows

    def materialise_waiting(self) -> None:
        """Make the rows of records whose changes are held but that have no row yet, now that what they
        refer to may have arrived (a record waits when a record it refers to is not here yet)."""
        with self._write() as session:
            waiting_texts = session.scalars(select(ChangeRow).where(
                ChangeRow.entity == protocol.TEXT_UPDATE, ChangeRow.device_id != self.workbook.device_id,
                ~exists().where(DeliverableUpdateRow.id == ChangeRow.entity_id)))
            texts = [to_change(row) for row in waiting_texts]
            for entity, row_type in ROW_TYPES.items():
                waiting = session.scalars(select(ChangeRow.entity_id).distinct().where(
                    ChangeRow.entity == entity, ChangeRow.op == "insert",
                    ~exists().where(row_type.id == ChangeRow.entity_id)))
                keys = [(entity, entity_id) for entity_id in waiting]
                history = self._histories(session, keys)
                present: set[tuple[str, str]] = set()
                for key in keys:
                    self._materialise(session, key, history[key], None, present)
                session.flush()
            waiting_attendance = []
            for entity, row_type in _ATTENDANCE_ROWS.items():
                waiting_attendance += [(entity, entity_id) for entity_id in session.scalars(
                    select(ChangeRow.entity_id).distinct().where(
                        ChangeRow.entity == entity, ChangeRow.op == "insert",
                        ~exists().where(row_type.id == ChangeRow.entity_id)))]
            self._store_attendance(session, waiting_attendance)
            stored = _store_texts(session, texts)
        self._tell(stored)

    def _store_attendance(self, session: Session, keys: Sequence[tuple[str, str]]) -> None:
        """Bring the rows of these workshops and participants in step with their merged changes (field
        by field, last writer wins, as records); one whose workshop, mission or deliverable is not here
        yet waits (``materialise_waiting``)."""
        history = self._histories(session, keys)
        for key in sorted(keys, key=lambda key: (protocol.ATTENDANCE_ENTITIES.index(key[0]), key[1])):
            merged = protocol.merge_changes({}, history[key]).get(key)
            if merged is None or not merged.complete:
                continue
            entity, values = key[0], merged.values
            if entity == protocol.WORKSHOP:
                parents: list[tuple[type[Any], JSONValue]] = [
                    (m.MissionRow, values["mission_id"]), (DeliverableRow, values["deliverable_id"])]
                row_values: dict[str, Any] = {
                    name: values[name] for name in ("id", "mission_id", "deliverable_id", "started_at")}
                row_values["ended_at"] = values["ended_at"] or None
            else:
                parents = [(m.WorkshopRow, values["workshop_id"])]
                row_values = {name: values[name] for name in (
                    "id", "workshop_id", "name", "institution", "joined_at", "read_only")}
                row_values["sex"] = values["sex"] or None
            if any(session.get(parent, parent_id) is None for parent, parent_id in parents):
                continue
            row_type = _ATTENDANCE_ROWS[entity]
            row = session.get(row_type, key[1])
            if row is None:
                session.add(row_type(**row_values))
            else:
                for name, value in row_values.items():
                    if getattr(row, name) != value:
                        setattr(row, name, value)
            session.flush()

    @staticmethod
    def _materialise(session: Session, key: tuple[str, str], changes: list[protocol.Change],
                     row: EntityRow | None, present: set[tuple[str, str]]) -> None:
        """Bring the record's row (``row``, None when it has none yet) in step with every change held for
        it; ``present`` collects records known to have a row in this transaction."""
        entity = key[0]
        merged = protocol.merge_changes({}, changes).get(key)
        if merged is None:
            return
        if row is None:
            if not merged.complete:
                return  # an update that arrived before its insert: the insert will bring the row
            row_type = ROW_TYPES[entity]
            values = {name: merged.values[name] for name in protocol.entity_fields(entity)}
            if not _parents_present(session, row_type, values, present):
                return  # made by materialise_waiting once the records it refers to are here
            session.add(row_type(**values, deleted=merged.deleted))
            present.add(key)
            return
        for name, value in merged.values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)


def _store_texts(session: Session, changes: Sequence[protocol.Change]) -> list[tuple[str, bytes]]:
    """Append each pulled text update to its deliverable's rows (kind 'update', after the last ``seq``;
    the row's id is the update's, so one held already is skipped). An update whose deliverable is not
    here yet waits in the change log (``materialise_waiting`` stores it later). The (deliverable id,
    update) pairs stored.

    Stored in the hub's order (``server_seq``), which is causal: a device pushes an update only after it
    has every update it depends on, and the hub numbered those earlier. The rows of a deliverable then load
    in one pass (``DeliverableDocument.from_updates`` does not retry an update that came before one it
    depends on)."""
    stored: list[tuple[str, bytes]] = []
    next_seq: dict[str, int] = {}
    table = DeliverableUpdateRow
    for change in sorted(changes, key=lambda change: change.server_seq or 0):
        deliverable_id = str(change.fields["deliverable_id"])
        if (session.get(DeliverableRow, deliverable_id) is None
                or session.get(table, change.entity_id) is not None):
            continue
        if deliverable_id not in next_seq:
            last = session.scalar(select(func.max(table.seq)).where(table.deliverable_id == deliverable_id))
            next_seq[deliverable_id] = (last or 0) + 1
        data = protocol.decode_update(change.fields["data"])
        session.add(table(id=change.entity_id, deliverable_id=deliverable_id, seq=next_seq[deliverable_id],
                          kind="update", data=data, created_at=change.created_at,
                          device_id=change.device_id, server_seq=change.server_seq))
        next_seq[deliverable_id] += 1
        stored.append((deliverable_id, data))
    session.flush()
    return stored


def _ids_by_entity(keys: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for entity, entity_id in keys:
        grouped.setdefault(entity, []).append(entity_id)
    return grouped


_ATTENDANCE_ROWS: Final[dict[str, type[Any]]] = {
    protocol.WORKSHOP: m.WorkshopRow, protocol.WORKSHOP_PARTICIPANT: m.WorkshopParticipantRow}

_TABLE_ROWS: Final = {row_type.__tablename__: row_type for row_type in ROW_TYPES.values()}


def _parents_present(session: Session, row_type: type[EntityRow], values: dict[str, Any],
                     present: set[tuple[str, str]]) -> bool:
    """True when every record the row's foreign keys name is in the workspace or was just made;
    ``present`` remembers the ones found (rows are made parents first, so no flush is needed to see
    them)."""
    for key in row_type.__table__.foreign_keys:
        parent = (key.column.table.name, values[key.parent.name])
        if parent in present:
            continue
        with session.no_autoflush:
            found = session.scalar(select(_TABLE_ROWS[parent[0]].id).where(
                _TABLE_ROWS[parent[0]].id == parent[1])) is not None
        if not found:
            return False
        present.add(parent)
    return True
