"""The workspace as the sync engine sees it: its outbox, the change log it merges, the rows it makes from
it, the cursor, and what it keeps beside the records (pulled changes set aside, this device's writes that
lost in a merge).

The engine holds no SQL: it opens a :class:`Replica`'s transactions (``write`` takes SQLite's write lock
before it reads, through ``transactions.write_transaction``, so a second sync of the workspace waits and
then sees what the first wrote; ``read`` is a plain session) and asks the :class:`ReplicaSession` they
give. Records merge field by field from every change held for them (``protocol.merge_changes``); a row is
made once its record is complete and what it refers to is here (parents first), otherwise it waits
(``materialise_waiting``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import bindparam, exists, func, insert, select, update
from sqlalchemy.orm import Session

from socieux_desktop.domain.deliverables import DeliverableStatus
from socieux_desktop.domain.errors import Code
from socieux_desktop.domain.records import JSONValue
from socieux_desktop.store import models as m
from socieux_desktop.store import sync_state
from socieux_desktop.store.models import (
    ROW_TYPES,
    ChangeRow,
    DeliverableRow,
    DeliverableUpdateRow,
    EntityRow,
    LostChangeRow,
    PulledFindingRow,
    SetAsideChangeRow,
)
from socieux_desktop.store.workbook import PulledFinding as PulledFinding
from socieux_desktop.sync import protocol

if TYPE_CHECKING:
    from socieux_desktop.store.workbook import Workbook

_CHUNK: Final = 500
MERGE_FINDINGS: Final = frozenset({Code.MORE_THAN_ONE_DAY, Code.NOT_ON_TEAM, Code.UNKNOWN_ACTIVITY,
                                   Code.INVALID_DAYS})
"""The findings of the rules around a day entry kept after a pull (``ReplicaSession.review_findings``):
those of the state of the records, which no local write makes."""
ATTENDANCE_ROWS: Final[dict[str, type[Any]]] = {
    protocol.WORKSHOP: m.WorkshopRow, protocol.WORKSHOP_PARTICIPANT: m.WorkshopParticipantRow}
"""The tables of the attendance entities (``protocol.ATTENDANCE_ENTITIES``)."""
_TABLE_ROWS: Final = {row_type.__tablename__: row_type for row_type in ROW_TYPES.values()}
_ENTITY_ORDER: Final = {name: index for index, name in enumerate(ROW_TYPES)}
"""Parents before children (actions before activities, missions before days)."""
Key = tuple[str, str]
"""A record: (entity, id)."""

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


_CHANGE_FIELDS: Final = ("id", "device_id", "seq", "hlc", "entity", "entity_id", "op", "fields", "previous",
                          "created_at", "server_seq")
"""The change log's columns in the order of ``protocol.Change``'s fields."""


def to_change(row: ChangeRow) -> protocol.Change:
    return protocol.Change(row.id, row.device_id, row.seq, row.hlc, row.entity, row.entity_id, row.op,
                           row.fields, row.previous, row.created_at, row.server_seq)


class Replica:
    """The transactions of one workspace's sync."""

    def __init__(self, workbook: Workbook) -> None:
        self._workbook = workbook

    @contextmanager
    def read(self) -> Iterator[ReplicaSession]:
        with self._workbook.read_session() as session:
            yield ReplicaSession(session)

    @contextmanager
    def write(self) -> Iterator[ReplicaSession]:
        """One transaction holding the workspace's write lock from its start (the workbook's one write
        helper, whose commit listeners hear it): committed when the block ends, rolled back when it
        raises."""
        with self._workbook.write_transaction() as session:
            yield ReplicaSession(session)


class ReplicaSession:
    """What the engine reads and writes, in one session."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.made_waiting: list[str] = []
        """The day entries whose rows ``materialise_waiting`` made (their findings are judged next)."""

    # --- Where the workspace stands with the hub ---------------------------------------------------------

    def cursor(self) -> str:
        return sync_state.cursor(self.session)

    def set_cursor(self, cursor: str) -> None:
        sync_state.set_cursor(self.session, cursor)

    def record_success(self, when: str) -> None:
        sync_state.record_success(self.session, when)

    def record_problem(self, when: str, problem: str, message: str) -> None:
        sync_state.record_problem(self.session, when, problem, message)

    # --- The outbox ----------------------------------------------------------------------------------------

    def outbox(self, device_id: str, limit: int) -> list[protocol.Change]:
        """This device's changes the hub has not numbered yet, oldest first."""
        table = ChangeRow.__table__
        rows = self.session.execute(select(*(table.c[name] for name in _CHANGE_FIELDS)).where(
            table.c.device_id == device_id, table.c.server_seq.is_(None),
        ).order_by(table.c.seq).limit(limit))
        return [protocol.Change(*row) for row in rows]  # columns, not ORM objects: 0.6x the time

    def mark_pushed(self, numbers: Sequence[tuple[str, int]]) -> None:
        """Write the hub's number of each pushed change (id, number), in one executemany."""
        if numbers:
            table = m.Base.metadata.tables[ChangeRow.__tablename__]
            self.session.execute(
                update(table).where(table.c.id == bindparam("change_id")).values(
                    server_seq=bindparam("number")),
                [{"change_id": change_id, "number": number} for change_id, number in numbers])

    def restamp(self, stamps: dict[str, str]) -> list[Key]:
        """Give these changes the stamps the hub gave them (their stamp was ahead of its clock: this
        computer's clock is ahead); the records they touch, to merge again."""
        if not stamps:
            return []
        self.session.execute(update(ChangeRow), [{"id": change_id, "hlc": hlc}
                                                 for change_id, hlc in stamps.items()])
        rows = self.session.scalars(select(ChangeRow).where(ChangeRow.id.in_(list(stamps))))
        return sorted({(row.entity, row.entity_id) for row in rows})

    def take_back(self, status_fields: dict[str, str | None]) -> list[Key] | None:
        """Take back these unsent changes (the hub refused them as headquarters' acts), given the workflow
        status field each writes (None: it writes none): a change of a status loses it (an update keeps
        its other fields, or goes when the status was all it changed; a new record starts as a draft);
        any other (a team, an allocation, another person's details) goes. The records touched, to merge
        again; None (nothing done) when one of them is not an unsent change here."""
        rows = [self.session.get(ChangeRow, change_id) for change_id in sorted(status_fields)]
        if any(row is None or row.server_seq is not None for row in rows):
            return None
        touched: set[Key] = set()
        for row in rows:
            assert row is not None
            touched.add((row.entity, row.entity_id))
            status = status_fields[row.id]
            if status is None:
                self.session.delete(row)
                continue
            if row.op == "insert":
                row.fields = {**row.fields, status: DeliverableStatus.DRAFT.value}
                continue
            fields = {name: value for name, value in row.fields.items() if name != status}
            if not fields:
                self.session.delete(row)
                continue
            row.fields = fields
            if row.previous is not None:
                row.previous = {name: value for name, value in row.previous.items() if name != status}
        self.session.flush()
        return sorted(touched)

    def remerge(self, keys: Sequence[Key]) -> None:
        """Merge these records (and attendance) again from the changes held for them, after changes of
        theirs were re-stamped or taken back; a row made here only by changes taken back goes."""
        records = sorted((key for key in keys if key[0] in ROW_TYPES),
                         key=lambda key: (_ENTITY_ORDER[key[0]], key[1]))
        history = self.histories(records)
        rows = self._load_rows(records)
        for key in records:
            if not history[key] and key in rows:
                self.session.delete(rows[key])
                continue
            self._materialise(key, history[key], rows.get(key), set())
        self.session.flush()
        self.store_attendance([key for key in keys if key[0] in ATTENDANCE_ROWS])

    # --- The change log ------------------------------------------------------------------------------------

    def held_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these change ids the change log holds."""
        held: set[str] = set()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            held.update(self.session.scalars(select(ChangeRow.id).where(ChangeRow.id.in_(chunk))))
        return held

    def histories(self, keys: Sequence[Key]) -> dict[Key, list[protocol.Change]]:
        """The changes held for each record, in one query per entity and 500 records."""
        history: dict[Key, list[protocol.Change]] = {key: [] for key in keys}
        for entity, ids in _ids_by_entity(keys).items():
            for start in range(0, len(ids), _CHUNK):
                rows = self.session.scalars(select(ChangeRow).where(
                    ChangeRow.entity == entity, ChangeRow.entity_id.in_(ids[start:start + _CHUNK])))
                for row in rows:
                    history[(entity, row.entity_id)].append(to_change(row))
        return history

    def log_all(self, changes: Sequence[protocol.Change]) -> None:
        """Hold these pulled changes in the change log, in one insert (a page of a first pull holds
        thousands: made into ORM objects one by one they took a second of the pull's ten)."""
        if changes:
            self.session.execute(insert(ChangeRow.__table__), [  # type: ignore[arg-type]
                {"id": change.id, "device_id": change.device_id, "seq": change.seq, "hlc": change.hlc,
                 "entity": change.entity, "entity_id": change.entity_id, "op": change.op,
                 "fields": dict(change.fields),
                 "previous": None if change.previous is None else dict(change.previous),
                 "created_at": change.created_at, "server_seq": change.server_seq} for change in changes])

    # --- Records made from the change log ------------------------------------------------------------------

    def materialise(self, keys: Sequence[Key], history: dict[Key, list[protocol.Change]]) -> None:
        """Bring the rows of these records (parents' entities first) in step with their changes."""
        rows = self._load_rows(keys)
        present = set(rows)
        new_rows: list[dict[str, Any]] = []
        for index, key in enumerate(keys):
            if index and key[0] != keys[index - 1][0]:
                # parents' rows before their children's (``keys`` is in that order)
                self._insert_rows(keys[index - 1][0], new_rows)
                new_rows = []
            self._materialise(key, history[key], rows.get(key), present, new_rows)
        if keys:
            self._insert_rows(keys[-1][0], new_rows)
        self.session.flush()

    def _insert_rows(self, entity: str, new_rows: list[dict[str, Any]]) -> None:
        """Flush the updated rows, then insert the new rows of ``entity`` in one statement (the records a
        first pull brings are thousands: one ORM object each made half of its materialising)."""
        self.session.flush()
        if new_rows:
            self.session.execute(insert(ROW_TYPES[entity].__table__), new_rows)  # type: ignore[arg-type]

    def materialise_waiting(self, device_id: str) -> list[tuple[str, bytes]]:
        """Make the rows of records whose changes are held but that have no row yet, now that what they
        refer to may have arrived; the same for attendance and the text updates (not this device's). The
        (deliverable id, update) pairs stored."""
        session = self.session
        texts = [to_change(row) for row in session.scalars(select(ChangeRow).where(
            ChangeRow.entity == protocol.TEXT_UPDATE, ChangeRow.device_id != device_id,
            ~exists().where(DeliverableUpdateRow.id == ChangeRow.entity_id)))]
        for entity, row_type in ROW_TYPES.items():
            waiting = session.scalars(select(ChangeRow.entity_id).distinct().where(
                ChangeRow.entity == entity, ChangeRow.op == "insert",
                ~exists().where(row_type.id == ChangeRow.entity_id)))
            keys = [(entity, entity_id) for entity_id in waiting]
            history = self.histories(keys)
            present: set[Key] = set()
            for key in keys:
                self._materialise(key, history[key], None, present)
            session.flush()
            if entity == "day_entry":
                self.made_waiting = [entity_id for made, entity_id in present if made == entity]
        waiting_attendance = []
        for entity, attendance_type in ATTENDANCE_ROWS.items():
            waiting_attendance += [(entity, entity_id) for entity_id in session.scalars(
                select(ChangeRow.entity_id).distinct().where(
                    ChangeRow.entity == entity, ChangeRow.op == "insert",
                    ~exists().where(attendance_type.id == ChangeRow.entity_id)))]
        self.store_attendance(waiting_attendance)
        return self.store_texts(texts)

    def _load_rows(self, keys: Sequence[Key]) -> dict[Key, EntityRow]:
        """The rows of these records that exist, in one query per entity and 500 records."""
        rows: dict[Key, EntityRow] = {}
        for entity, ids in _ids_by_entity(keys).items():
            row_type = ROW_TYPES[entity]
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start:start + _CHUNK]
                for row in self.session.scalars(select(row_type).where(row_type.id.in_(chunk))):
                    rows[(entity, row.id)] = row
        return rows

    def _materialise(self, key: Key, changes: list[protocol.Change], row: EntityRow | None,
                     present: set[Key], new_rows: list[dict[str, Any]] | None = None) -> None:
        """Bring the record's row (``row``, None when it has none yet) in step with every change held for
        it; ``present`` collects records known to have a row in this transaction. A new row's values go
        to ``new_rows`` when given (the caller inserts them), else into the session."""
        entity = key[0]
        merged = protocol.merge_changes({}, changes).get(key)
        if merged is None:
            return
        if row is None:
            if not merged.complete:
                return  # an update that arrived before its insert: the insert will bring the row
            row_type = ROW_TYPES[entity]
            values = {name: merged.values[name] for name in protocol.entity_fields(entity)}
            if not self._parents_present(row_type, values, present):
                return  # made by materialise_waiting once the records it refers to are here
            if new_rows is None:
                self.session.add(row_type(**values, deleted=merged.deleted))
            else:
                new_rows.append({**values, "deleted": merged.deleted})
            present.add(key)
            return
        for name, value in merged.values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)

    def _parents_present(self, row_type: type[EntityRow], values: dict[str, Any], present: set[Key]) -> bool:
        """True when every record the row's foreign keys name is in the workspace or was just made;
        ``present`` remembers the ones found (rows are made parents first, so no flush is needed to see
        them)."""
        for key in row_type.__table__.foreign_keys:
            parent = (key.column.table.name, values[key.parent.name])
            if parent in present:
                continue
            with self.session.no_autoflush:
                found = self.session.scalar(select(_TABLE_ROWS[parent[0]].id).where(
                    _TABLE_ROWS[parent[0]].id == parent[1])) is not None
            if not found:
                return False
            present.add(parent)
        return True

    def store_attendance(self, keys: Sequence[Key]) -> None:
        """Bring the rows of these workshops and participants in step with their merged changes (field
        by field, last writer wins, as records); one whose workshop, mission or deliverable is not here
        yet waits (``materialise_waiting``)."""
        session = self.session
        history = self.histories(keys)
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
            row_type = ATTENDANCE_ROWS[entity]
            row = session.get(row_type, key[1])
            if row is None:
                session.add(row_type(**row_values))
            else:
                for name, value in row_values.items():
                    if getattr(row, name) != value:
                        setattr(row, name, value)
            session.flush()

    def store_texts(self, changes: Sequence[protocol.Change]) -> list[tuple[str, bytes]]:
        """Append each pulled text update to its deliverable's rows (kind 'update', after the last
        ``seq``; the row's id is the update's, so one held already is skipped). An update whose
        deliverable is not here yet waits in the change log (``materialise_waiting`` stores it later). The
        (deliverable id, update) pairs stored.

        Stored in the hub's order (``server_seq``), which is causal: a device pushes an update only after
        it has every update it depends on, and the hub numbered those earlier. The rows of a deliverable
        then load in one pass (``DeliverableDocument.from_updates`` does not retry an update that came
        before one it depends on)."""
        session = self.session
        stored: list[tuple[str, bytes]] = []
        next_seq: dict[str, int] = {}
        table = DeliverableUpdateRow
        for change in sorted(changes, key=lambda change: change.server_seq or 0):
            deliverable_id = str(change.fields["deliverable_id"])
            if (session.get(DeliverableRow, deliverable_id) is None
                    or session.get(table, change.entity_id) is not None):
                continue
            if deliverable_id not in next_seq:
                last = session.scalar(select(func.max(table.seq)).where(
                    table.deliverable_id == deliverable_id))
                next_seq[deliverable_id] = (last or 0) + 1
            data = protocol.decode_update(change.fields["data"])
            session.add(table(id=change.entity_id, deliverable_id=deliverable_id,
                              seq=next_seq[deliverable_id], kind="update", data=data,
                              created_at=change.created_at, device_id=change.device_id,
                              server_seq=change.server_seq))
            next_seq[deliverable_id] += 1
            stored.append((deliverable_id, data))
        session.flush()
        return stored

    # --- Set aside -----------------------------------------------------------------------------------------

    def set_aside(self, item: SetAside) -> bool:
        """Keep ``item`` (once: a change pulled again keeps its first row, with the latest reason). True
        when it was not kept yet."""
        row = self.session.get(SetAsideChangeRow, item.id)
        if row is not None:
            row.reason_code, row.reason_params, row.reason = item.reason_code, item.reason_params, item.reason
            return False
        self.session.add(SetAsideChangeRow(
            id=item.id, entity=item.entity, entity_id=item.entity_id, server_seq=item.server_seq,
            device_id=item.device_id, change=item.change, readable=item.readable,
            reason_code=item.reason_code, reason_params=item.reason_params, reason=item.reason,
            set_aside_at=item.set_aside_at))
        return True

    def set_aside_changes(self) -> list[SetAside]:
        """Every change set aside, in the hub's order (those without a number last)."""
        rows = self.session.scalars(select(SetAsideChangeRow).order_by(
            SetAsideChangeRow.server_seq.is_(None), SetAsideChangeRow.server_seq, SetAsideChangeRow.id))
        return [_set_aside(row) for row in rows]

    def take_back_set_aside(self, ids: Iterable[str]) -> None:
        """Forget these set-aside changes (they were applied at last)."""
        for change_id in ids:
            row = self.session.get(SetAsideChangeRow, change_id)
            if row is not None:
                self.session.delete(row)

    def set_aside_count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(SetAsideChangeRow)) or 0

    # --- Lost in merges ------------------------------------------------------------------------------------

    def record_losses(self, losses: Sequence[Loss]) -> None:
        for loss in losses:
            self.session.add(LostChangeRow(
                id=loss.id, entity=loss.entity, entity_id=loss.entity_id, kind=loss.kind, field=loss.field,
                mine=loss.mine, theirs=loss.theirs, my_change_id=loss.my_change_id,
                their_change_id=loss.their_change_id, their_device_id=loss.their_device_id,
                their_created_at=loss.their_created_at, found_at=loss.found_at, state=loss.state,
                resolved_at=loss.resolved_at))

    def open_losses(self) -> list[Loss]:
        """The losses the person has not brought back nor let go, newest first."""
        rows = self.session.scalars(select(LostChangeRow).where(LostChangeRow.state == OPEN).order_by(
            LostChangeRow.found_at.desc(), LostChangeRow.entity, LostChangeRow.entity_id,
            LostChangeRow.field))
        return [_loss(row) for row in rows]

    def loss(self, loss_id: str) -> Loss | None:
        row = self.session.get(LostChangeRow, loss_id)
        return None if row is None else _loss(row)

    def resolve_loss(self, loss_id: str, state: str, when: str) -> None:
        row = self.session.get_one(LostChangeRow, loss_id)
        row.state, row.resolved_at = state, when

    def open_loss_count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(LostChangeRow).where(
            LostChangeRow.state == OPEN)) or 0

    # --- Findings of the merge -----------------------------------------------------------------------------

    def review_findings(self, when: str) -> None:
        """Find the day entries a merge left breaking a rule of the workspace's state and keep the
        findings (``MERGE_FINDINGS`` of ``workbook.judge_pulled``, with what the workspace now holds
        around each); forget those that no longer hold (an entry deleted, moved, made a half day...).

        The entries judged are those of an expert and a date with more than one day logged (one query
        over the live entries): the state no local write can make, since ``log_day`` refuses it. Their
        other hard findings (an expert off the team, another action's activity) come with it. A locked
        timesheet is a rule of writes, not of a state (an approved mission's entries were logged before),
        and the warnings were shown to whoever wrote them, so neither is kept."""
        from socieux_desktop.domain.days import FULL_DAY
        from socieux_desktop.domain.model import DayEntry
        from socieux_desktop.store.changes import row_record
        from socieux_desktop.store.workbook import judge_pulled

        session = self.session
        entry = m.DayEntryRow
        crowded = select(entry.expert_id, entry.day).where(entry.deleted.is_(False)).group_by(
            entry.expert_id, entry.day).having(func.sum(entry.half_days) > FULL_DAY).subquery()
        rows = session.scalars(select(entry).join(crowded, (entry.expert_id == crowded.c.expert_id) & (
            entry.day == crowded.c.day)).where(entry.deleted.is_(False)).order_by(entry.id)).all()
        found: dict[tuple[str, str], Any] = {}
        for row in rows:
            merged = {**row_record(row, DayEntry), "deleted": False}
            for finding in judge_pulled(session, "day_entry", {}, merged).findings:
                if finding.code in MERGE_FINDINGS:
                    found[(row.id, finding.code.value)] = finding
        for held in session.scalars(select(PulledFindingRow)).all():
            finding = found.pop((held.entry_id, held.code), None)
            if finding is None:
                session.delete(held)
            else:
                held.params, held.english = {k: str(v) for k, v in finding.params.items()}, finding.english
        for (entry_id, code), finding in found.items():
            session.add(PulledFindingRow(entry_id=entry_id, code=code, english=finding.english,
                                         params={k: str(v) for k, v in finding.params.items()},
                                         found_at=when))
        session.flush()

    def pulled_finding_count(self) -> int:
        """The number of day entries with a finding kept."""
        return self.session.scalar(select(func.count(func.distinct(PulledFindingRow.entry_id)))) or 0

    def record_values(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        """The record's row as it is, tombstone included (``deleted``), or None when there is none."""
        row_type = ROW_TYPES[entity]
        row = self.session.get(row_type, entity_id)
        if row is None:
            return None
        return {column.key: getattr(row, column.key) for column in row_type.__table__.columns}


def _ids_by_entity(keys: Iterable[Key]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for entity, entity_id in keys:
        grouped.setdefault(entity, []).append(entity_id)
    return grouped
