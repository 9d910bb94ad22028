"""The mission workbook: what the interface and the CLI read and write, with the rules applied.

Every public write method is one transaction: the records, their changes in the change log, or nothing.
Every write, the repositories' too (``deliverables``, ``attendance``, ``sync_state``: the SQL of the other
packages lives here, in ``store``), goes through ``write_transaction``, which takes SQLite's write lock
before its first read (``store.transactions``), so a rule checked on what the transaction read still holds
when it commits; ``on_commit`` listeners are told of each commit.

What the window shows first (the mission list, a mission's dashboard, settings, the day log) is read with
the standard library's ``sqlite3`` on the workspace file, one read-only snapshot per read. SQLAlchemy (the
engine, the models, the change log) is imported and set up at the first write or other read, so that
opening the app on a large workspace does not wait for it.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import threading
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from socieux_desktop.domain.budget import MissionBudget, compute_budget
from socieux_desktop.domain.clock import HLCStamp, HybridLogicalClock
from socieux_desktop.domain.errors import Finding
from socieux_desktop.domain.gate import Verdict, check_entity, judge_change, record_problem
from socieux_desktop.domain.model import (
    ENTITY_NAMES,
    Action,
    Activity,
    Allocation,
    Counterpart,
    DayEntry,
    DayKind,
    Expert,
    Mission,
    TeamMember,
    TimesheetStatus,
    new_id,
)
from socieux_desktop.domain.records import field_names, from_record
from socieux_desktop.domain.rules import (
    DayEntryContext,
    check_day_entry,
    check_editable,
    next_timesheet_status,
)
from socieux_desktop.store.transactions import CommitHooks, CommitListener, write_transaction
from socieux_desktop.store.workspace import (
    check_integrity,
    connect,
    create_workspace_engine,
    database_path,
    prepare,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from socieux_desktop.store.attendance import AttendanceRepository
    from socieux_desktop.store.changes import ChangeWriter
    from socieux_desktop.store.deliverables import DeliverableRepository
    from socieux_desktop.store.sync_state import SyncStateRepository

E = TypeVar("E")

DEMO = "demo"
REAL = "real"


@dataclass(frozen=True, slots=True)
class MissionSummary:
    """One row of the mission list."""

    id: str
    code: str
    title: str
    action_title: str
    partner_institution: str
    country_code: str
    start_date: date
    end_date: date
    modality: str
    status: str
    timesheet_status: str
    allocated_half_days: int
    consumed_half_days: int


@dataclass(frozen=True, slots=True)
class TeamEntry:
    member: TeamMember
    expert: Expert


@dataclass(frozen=True, slots=True)
class MissionDetails:
    mission: Mission
    action: Action
    activities: list[Activity]
    team: list[TeamEntry]
    allocations: list[Allocation]
    counterparts: list[Counterpart]


@dataclass(frozen=True, slots=True)
class PulledFinding:
    """A rule around a day entry that pulled changes leave broken (see ``models.PulledFindingRow``)."""

    entry_id: str
    code: str
    params: dict[str, str]
    english: str
    found_at: str


@dataclass(frozen=True, slots=True)
class HistoryItem:
    """One past write of a record, newest last."""

    hlc: str
    device_id: str
    created_at: str
    op: str
    fields: dict[str, Any]
    previous: dict[str, Any] | None


class Workbook:
    """A workspace opened for reading and writing. Close it when done."""

    def __init__(self, engine: Engine | None, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._engine = engine
        self._sessionmaker: sessionmaker[Session] | None = None
        self._clock: HybridLogicalClock | None = None
        self._lazy = threading.RLock()  # the sync's threads and the GUI's may both come first
        self.integrity_pending = False
        """True while the integrity check of ``open(defer_check=True)`` has not been run."""
        self._commit_hooks = CommitHooks()
        self.device_id, self.kind = self._init_meta()
        self.text_listeners: list[Callable[[str, bytes], None]] = []
        """Called with (deliverable id, update) for each text update sync stored, after its commit, in
        the sync's thread (``DeliverableStore.on_pulled`` adds one)."""

    @classmethod
    def open(cls, data_dir: Path, *, defer_check: bool = False) -> Workbook:
        """Open (or make) the workspace in ``data_dir``; raises ``WorkspaceError`` if it cannot.

        With ``defer_check`` SQLite's integrity check may be left for later (``integrity_pending``): call
        ``check_integrity`` soon, before any write (the app does once its window is idle)."""
        pending = prepare(data_dir, defer_check=defer_check)
        try:
            workbook = cls(None, data_dir)
        except sqlite3.DatabaseError:
            if pending:
                check_integrity(data_dir)  # says what is wrong with the file, as an undeferred open would
            raise
        workbook.integrity_pending = pending
        return workbook

    def check_integrity(self) -> None:
        """Run the integrity check left for later; raises ``WorkspaceUnreadable`` if the file is damaged.
        Safe on another thread: it reads on a connection of its own."""
        check_integrity(self.data_dir)
        self.integrity_pending = False

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine on the workspace, made at its first use."""
        with self._lazy:
            if self._engine is None:
                self._engine = create_workspace_engine(self.data_dir)
            return self._engine

    @property
    def _sessions(self) -> sessionmaker[Session]:
        with self._lazy:
            if self._sessionmaker is None:
                from sqlalchemy.orm import sessionmaker

                self._sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
            return self._sessionmaker

    @property
    def clock(self) -> HybridLogicalClock:
        """This device's clock, which stamps every write; it starts after the newest stamp in the log."""
        with self._lazy:
            if self._clock is None:
                self._clock = HybridLogicalClock(self.device_id, last=self._last_stamp())
            return self._clock

    @clock.setter
    def clock(self, clock: HybridLogicalClock) -> None:
        self._clock = clock

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    # -- repositories (each made, with SQLAlchemy, at its first use) -----------------------------

    @cached_property
    def deliverables(self) -> DeliverableRepository:
        """The deliverables and the rows of their texts."""
        from socieux_desktop.store.deliverables import DeliverableRepository

        return DeliverableRepository(self)

    @cached_property
    def attendance(self) -> AttendanceRepository:
        """The workshops and their participants."""
        from socieux_desktop.store.attendance import AttendanceRepository

        return AttendanceRepository(self)

    @cached_property
    def sync_state(self) -> SyncStateRepository:
        """Where the workspace stands with the hub: the account, the last outcome."""
        from socieux_desktop.store.sync_state import SyncStateRepository

        return SyncStateRepository(self)

    # -- workspace facts -------------------------------------------------------------------------

    def _init_meta(self) -> tuple[str, str]:
        with self._read() as db:
            meta: dict[str, str] = dict(db.execute("SELECT key, value FROM workspace_meta").fetchall())
        if "device_id" in meta:
            return meta["device_id"], meta["kind"]
        from sqlalchemy import select

        from socieux_desktop.store import models as m

        with write_transaction(self._sessions) as session:
            meta = {row.key: row.value for row in session.scalars(select(m.MetaRow))}
            if "device_id" not in meta:
                meta["device_id"] = new_id()
                meta.setdefault("kind", REAL)
                meta["created_at"] = datetime.now(UTC).isoformat(timespec="seconds")
                for key in ("device_id", "kind", "created_at"):
                    session.merge(m.MetaRow(key=key, value=meta[key]))
        return meta["device_id"], meta["kind"]

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A read-only snapshot of the workspace through the standard library's ``sqlite3``."""
        connection = connect(database_path(self.data_dir), read_only=True)
        try:
            connection.execute("BEGIN")
            yield connection
        finally:
            connection.close()

    def mark_demo(self) -> None:
        """A demo workspace never syncs (the sync issue refuses signing in from it)."""
        from socieux_desktop.store import models as m

        with self.write_transaction() as session:
            session.merge(m.MetaRow(key="kind", value=DEMO))
        self.kind = DEMO

    def is_empty(self) -> bool:
        from sqlalchemy import func, select

        from socieux_desktop.store import models as m

        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(m.MissionRow)) == 0

    def _last_stamp(self) -> HLCStamp | None:
        from sqlalchemy import func, select

        from socieux_desktop.store import models as m

        with self._sessions() as session:
            last = session.scalar(select(func.max(m.ChangeRow.hlc)))
        return HLCStamp.decode(last) if last else None

    # -- settings (never synced) -----------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        with self._read() as db:
            row = db.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return default if row is None else (None if row[0] is None else json.loads(row[0]))

    def set_setting(self, key: str, value: Any) -> None:
        from socieux_desktop.store import models as m

        with self.write_transaction() as session:
            session.merge(m.SettingRow(key=key, value=value))

    def profile(self) -> Expert | None:
        """The expert who uses this workspace, if they said who they are."""
        expert_id = self.setting("profile_expert_id")
        return self.get(Expert, expert_id) if expert_id else None

    def set_profile(self, expert: Expert) -> None:
        from socieux_desktop.store import models as m

        with self._write() as writer:
            writer.put(expert)
            writer.session.merge(m.SettingRow(key="profile_expert_id", value=expert.id))

    # -- generic reads ---------------------------------------------------------------------------

    def get(self, cls: type[E], entity_id: str) -> E | None:
        with self._read() as db:
            return _fetch_one(db, cls, f"SELECT {_columns(cls)} FROM {ENTITY_NAMES[cls]} "
                              "WHERE id = ? AND deleted = 0", entity_id)

    def all(self, cls: type[E]) -> list[E]:
        with self._read() as db:
            return _fetch_all(db, cls, f"SELECT {_columns(cls)} FROM {ENTITY_NAMES[cls]} WHERE deleted = 0")

    def history(self, cls: type, entity_id: str) -> list[HistoryItem]:
        """Every write of one record, oldest first, with the values each one replaced."""
        from sqlalchemy import select

        from socieux_desktop.store import models as m

        with self._sessions() as session:
            rows = session.scalars(select(m.ChangeRow).where(
                m.ChangeRow.entity == ENTITY_NAMES[cls], m.ChangeRow.entity_id == entity_id)
                .order_by(m.ChangeRow.hlc))
            return [HistoryItem(r.hlc, r.device_id, r.created_at, r.op, r.fields, r.previous) for r in rows]

    def pulled_findings(self) -> list[PulledFinding]:
        """The rules around day entries that pulled changes left broken, kept by the sync (table
        ``pulled_finding``), by entry then code. Read like the first screen's other reads (the day log
        shows them), without SQLAlchemy."""
        with self._read() as db:
            rows = db.execute("SELECT entry_id, code, params, english, found_at FROM pulled_finding "
                              "ORDER BY entry_id, code").fetchall()
        return [PulledFinding(entry_id, code, json.loads(params), english, found_at)
                for entry_id, code, params, english, found_at in rows]

    def pending_change_count(self) -> int:
        """Changes written on this device that the hub does not have yet."""
        from sqlalchemy import func, select

        from socieux_desktop.store import models as m

        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(m.ChangeRow).where(
                m.ChangeRow.device_id == self.device_id, m.ChangeRow.server_seq.is_(None))) or 0

    # -- missions --------------------------------------------------------------------------------

    def mission_summaries(self) -> list[MissionSummary]:
        query = """
            SELECT mission.id, mission.code, mission.title, action.title, action.partner_institution,
                   action.country_code, mission.start_date, mission.end_date, mission.modality,
                   mission.status, mission.timesheet_status, coalesce(allocated.n, 0), coalesce(consumed.n, 0)
            FROM mission
            JOIN action ON action.id = mission.action_id
            LEFT JOIN (SELECT mission_id, sum(half_days) AS n FROM allocation WHERE deleted = 0
                       GROUP BY mission_id) AS allocated ON allocated.mission_id = mission.id
            LEFT JOIN (SELECT mission_id, sum(half_days) AS n FROM day_entry WHERE deleted = 0
                       GROUP BY mission_id) AS consumed ON consumed.mission_id = mission.id
            WHERE mission.deleted = 0
            ORDER BY mission.start_date DESC, mission.code"""
        with self._read() as db:
            rows = db.execute(query).fetchall()
        return [
            MissionSummary(
                id=mission_id, code=code, title=title, action_title=action_title, partner_institution=partner,
                country_code=country, start_date=date.fromisoformat(start), end_date=date.fromisoformat(end),
                modality=modality, status=status, timesheet_status=timesheet, allocated_half_days=int(alloc),
                consumed_half_days=int(used))
            for (mission_id, code, title, action_title, partner, country, start, end, modality, status,
                 timesheet, alloc, used) in rows
        ]

    def mission_details(self, mission_id: str) -> MissionDetails:
        with self._read() as db:
            mission = _fetch_one(db, Mission, f"SELECT {_columns(Mission)} FROM mission "
                                 "WHERE id = ? AND deleted = 0", mission_id)
            if mission is None:
                raise KeyError(mission_id)
            action = _fetch_one(db, Action, f"SELECT {_columns(Action)} FROM action WHERE id = ?",
                                mission.action_id)
            if action is None:
                raise KeyError(mission.action_id)
            activities = _fetch_all(db, Activity, f"SELECT {_columns(Activity)} FROM activity "
                                    "WHERE action_id = ? AND deleted = 0 ORDER BY code", action.id)
            split = len(field_names(TeamMember))
            team = [TeamEntry(_entity(TeamMember, row[:split]), _entity(Expert, row[split:]))
                    for row in db.execute(
                        f"SELECT {_columns(TeamMember, 'team_member.')}, {_columns(Expert, 'expert.')} "
                        "FROM team_member JOIN expert ON expert.id = team_member.expert_id "
                        "WHERE team_member.mission_id = ? AND team_member.deleted = 0 "
                        "ORDER BY team_member.role DESC, expert.name", (mission_id,))]
            allocations = _fetch_all(db, Allocation, f"SELECT {_columns(Allocation)} FROM allocation "
                                     "WHERE mission_id = ? AND deleted = 0 ORDER BY id", mission_id)
            counterparts = _fetch_all(db, Counterpart, f"SELECT {_columns(Counterpart)} FROM counterpart "
                                      "WHERE mission_id = ? AND deleted = 0 ORDER BY name", mission_id)
        return MissionDetails(mission, action, activities, team, allocations, counterparts)


    def save_mission(self, mission: Mission) -> None:
        """Create or edit a mission (``save``)."""
        self.save(mission)

    def save(self, *entities: object) -> None:
        """Create or edit records of any kind (``save_and_delete``)."""
        self.save_and_delete(entities, ())

    def delete(self, cls: type, entity_id: str) -> None:
        """Tombstone a record (undo puts it back); a day entry as ``delete_day``."""
        self.save_and_delete((), ((cls, entity_id),))

    def save_and_delete(self, saves: Sequence[object], deletes: Sequence[tuple[type, str]]) -> None:
        """Create or edit ``saves`` and tombstone ``deletes`` (class, id) in one transaction, as a
        dialog does on OK. Every record passes the gate (``domain.gate``), a day entry the day rules as in
        ``log_day`` and a status the workflow of the signed-in role; a refusal (``RuleViolation``) writes
        nothing."""
        with self._write() as writer:
            for entity in saves:
                if isinstance(entity, DayEntry):
                    check_entity(entity)
                    check_day_entry(entity, day_entry_context(writer.session, entity))
                writer.put(entity)
            for cls, entity_id in deletes:
                if cls is DayEntry:
                    self._check_day_deletable(writer.session, entity_id)
                writer.delete(ENTITY_NAMES[cls], entity_id)

    # -- day entries -----------------------------------------------------------------------------

    def day_entries(self, mission_id: str | None = None) -> list[DayEntry]:
        """Entries of one mission, or of the whole workspace, newest day first."""
        query = ("SELECT id, mission_id, expert_id, activity_id, day, kind, half_days, place, description, "
                 "counterpart_ids FROM day_entry WHERE deleted = 0"
                 + ("" if mission_id is None else " AND mission_id = ?") + " ORDER BY day DESC, id")
        # Each row made into a DayEntry directly (20,000 of them in a large workspace).
        # Dates and counterpart lists (JSON text) repeat a lot, so each is decoded once.
        days: dict[str, date] = {}
        kinds = {kind.value: kind for kind in DayKind}
        counterparts: dict[str | None, tuple[str, ...]] = {None: (), "null": (), "[]": ()}
        entries = []
        with self._read() as db:
            for (entry_id, mission, expert_id, activity_id, day, kind, half_days, place, description,
                 counterpart_json) in db.execute(query, () if mission_id is None else (mission_id,)):
                when = days.get(day)
                if when is None:
                    when = days[day] = date.fromisoformat(day)
                met = counterparts.get(counterpart_json)
                if met is None:
                    met = counterparts[counterpart_json] = tuple(json.loads(counterpart_json))
                entries.append(DayEntry(entry_id, mission, expert_id, activity_id, when, kinds[kind],
                                        half_days, place, description, met))
        return entries

    def check_day(self, entry: DayEntry) -> list[Finding]:
        """The warnings logging ``entry`` would give; raises ``RuleViolation`` if it would be refused."""
        check_entity(entry)
        with self._sessions() as session:
            return check_day_entry(entry, day_entry_context(session, entry))

    def log_day(self, entry: DayEntry) -> list[Finding]:
        """Create or edit a day entry; refused with ``RuleViolation``, otherwise its warnings."""
        check_entity(entry)
        with self._write() as writer:
            findings = check_day_entry(entry, day_entry_context(writer.session, entry))
            writer.put(entry)
        return findings

    def delete_day(self, entry_id: str) -> None:
        self.delete(DayEntry, entry_id)

    @staticmethod
    def _check_day_deletable(session: Session, entry_id: str) -> None:
        from socieux_desktop.store import models as m
        from socieux_desktop.store.changes import row_entity

        row = session.get_one(m.DayEntryRow, entry_id)
        check_editable(row_entity(session.get_one(m.MissionRow, row.mission_id), Mission))

    # -- budget and timesheet --------------------------------------------------------------------

    def budget(self, mission_id: str) -> MissionBudget:
        details = self.mission_details(mission_id)
        return compute_budget(details.allocations, self.day_entries(mission_id))

    def change_timesheet(self, mission_id: str, action: str) -> TimesheetStatus:
        """Submit, reopen (and, for headquarters, approve or return) a mission's timesheet."""
        from sqlalchemy import func, select

        from socieux_desktop.store import models as m
        from socieux_desktop.store.changes import row_entity

        with self._write() as writer:
            mission = row_entity(writer.session.get_one(m.MissionRow, mission_id), Mission)
            count = writer.session.scalar(select(func.count()).select_from(m.DayEntryRow).where(
                m.DayEntryRow.mission_id == mission_id, m.DayEntryRow.deleted.is_(False))) or 0
            status = next_timesheet_status(mission.timesheet_status, action, count)
            writer.put(dataclasses.replace(mission, timesheet_status=status))
        return status

    # -- transactions ----------------------------------------------------------------------------

    def read_session(self) -> Session:
        """A session of SQLAlchemy for reads, to use as a context manager (``with workbook.read_session() as
        session``); every write goes through ``write_transaction``."""
        return self._sessions()

    def on_commit(self, listener: CommitListener) -> Callable[[], None]:
        """Call ``listener(commit)`` after each committed write of this workbook (its repositories'
        included), in the committing thread, with the tables it wrote (``transactions.Commit``). Returns
        the function that stops the calls."""
        return self._commit_hooks.add(listener)

    @contextmanager
    def write_transaction(self) -> Iterator[Session]:
        """A session holding the workspace's write lock from its start (``transactions.write_transaction``);
        the ``on_commit`` listeners are told after it commits. Every write of the store goes through it."""
        with write_transaction(self._sessions, self._commit_hooks) as session:
            yield session

    @contextmanager
    def _write(self) -> Iterator[ChangeWriter]:
        """A transaction whose writer applies the gate and the workflow of the signed-in role."""
        from socieux_desktop.store import sync_state
        from socieux_desktop.store.changes import ChangeWriter

        with self.write_transaction() as session:
            yield ChangeWriter(session, self.device_id, self.clock, role=lambda: sync_state.role(session))

    @contextmanager
    def bulk_writer(self) -> Iterator[ChangeWriter]:
        """One transaction for many records (demo data, import, a new deliverable): every record passes
        the gate's rules of a record by itself, not the rules around a day entry nor the workflow (a
        restored workspace keeps its statuses)."""
        with self.write_transaction() as session:
            yield self.change_writer(session)

    def change_writer(self, session: Session) -> ChangeWriter:
        """The writer of this device's records and changes in ``session``'s transaction, as the bulk
        writer's: the gate's rules of a record, not the workflow of a role (``_write``'s applies it)."""
        from socieux_desktop.store.changes import ChangeWriter

        return ChangeWriter(session, self.device_id, self.clock)


def day_entry_context(session: Session, entry: DayEntry) -> DayEntryContext:
    """What the rules around a day entry need to know, read in ``session`` (the gate's
    ``rules.DayEntryContext``): for a local write (``Workbook.log_day``) and for a pulled change
    (``gate.judge_change``). The entry's mission must be in the workspace."""
    from sqlalchemy import select

    from socieux_desktop.store import models as m
    from socieux_desktop.store.changes import row_entity

    mission = row_entity(session.get_one(m.MissionRow, entry.mission_id), Mission)
    activity_rows = session.scalars(select(m.ActivityRow).where(
        m.ActivityRow.action_id == mission.action_id, m.ActivityRow.deleted.is_(False))).all()
    team_ids = session.scalars(select(m.TeamMemberRow.expert_id).where(
        m.TeamMemberRow.mission_id == mission.id, m.TeamMemberRow.deleted.is_(False))).all()
    same_day = session.scalars(select(m.DayEntryRow).where(
        m.DayEntryRow.expert_id == entry.expert_id, m.DayEntryRow.day == entry.day.isoformat(),
        m.DayEntryRow.deleted.is_(False))).all()
    same_allocation = session.scalars(select(m.DayEntryRow).where(
        m.DayEntryRow.mission_id == entry.mission_id, m.DayEntryRow.expert_id == entry.expert_id,
        m.DayEntryRow.activity_id == entry.activity_id, m.DayEntryRow.deleted.is_(False))).all()
    allocations = session.scalars(select(m.AllocationRow).where(
        m.AllocationRow.mission_id == mission.id, m.AllocationRow.deleted.is_(False))).all()
    expert = session.get(m.ExpertRow, entry.expert_id)
    titles = {row.id: row.title for row in activity_rows}
    return DayEntryContext(
        mission=mission,
        activity_ids=frozenset(titles),
        team_expert_ids=frozenset(team_ids),
        same_day_entries=[row_entity(r, DayEntry) for r in same_day],
        same_allocation_entries=[row_entity(r, DayEntry) for r in same_allocation],
        allocations=[row_entity(r, Allocation) for r in allocations],
        expert_name=expert.name if expert else "",
        activity_title=titles.get(entry.activity_id, ""),
    )


def judge_pulled(session: Session, entity: str, fields: Mapping[str, Any], merged: Mapping[str, Any],
                 previous: Mapping[str, Any] | None = None) -> Verdict:
    """The gate's verdict on a pulled change (``gate.judge_change``), with what the workspace holds
    around it: ``fields`` are the change's, ``merged`` the record it makes once merged with what is held
    (``protocol.merge_changes``), ``previous`` the values it replaced. A refusal names the rule of a record
    by itself that it breaks (set the change aside); an accepted day entry whose mission is here comes with
    the findings of the rules around it (two days on one date, a locked timesheet...), to show."""
    context = None
    if entity == "day_entry" and merged.get("deleted") is not True:
        problem = record_problem(entity, merged)
        names = field_names(DayEntry)
        mission_id = merged.get("mission_id")
        if problem is None and all(name in merged for name in names) and isinstance(mission_id, str):
            from socieux_desktop.store import models as m

            if session.get(m.MissionRow, mission_id) is not None:
                entry = from_record(DayEntry, {name: merged[name] for name in names})
                context = day_entry_context(session, entry)
    return judge_change(entity, fields, merged, previous=previous, context=context)


def entities_of(records: Sequence[object]) -> dict[str, list[object]]:
    grouped: dict[str, list[object]] = {}
    for entity in records:
        grouped.setdefault(ENTITY_NAMES[type(entity)], []).append(entity)
    return grouped


@cache
def _list_fields(cls: Any) -> frozenset[str]:
    """The fields of ``cls`` kept as JSON lists (its tuples)."""
    hints = typing.get_type_hints(cls)
    return frozenset(name for name in field_names(cls) if typing.get_origin(hints[name]) is tuple)


def _columns(cls: type, prefix: str = "") -> str:
    """The columns of ``cls``'s table, in the order of its fields (a table mirrors its entity)."""
    return ", ".join(prefix + name for name in field_names(cls))


def _entity(cls: type[E], values: Sequence[Any]) -> E:
    record = dict(zip(field_names(cls), values, strict=True))
    for name in _list_fields(typing.cast(Any, cls)):
        text = record[name]
        record[name] = None if text is None else json.loads(str(text))
    return from_record(cls, record)


def _fetch_one(db: sqlite3.Connection, cls: type[E], query: str, *parameters: Any) -> E | None:
    row = db.execute(query, parameters).fetchone()
    return None if row is None else _entity(cls, row)


def _fetch_all(db: sqlite3.Connection, cls: type[E], query: str, *parameters: Any) -> list[E]:
    return [_entity(cls, row) for row in db.execute(query, parameters)]
