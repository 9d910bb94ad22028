"""The mission workbook: what the interface and the CLI read and write, with the rules applied.

Every public write method is one transaction: the records, their changes in the change log, or nothing.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, Text, func, select, type_coerce
from sqlalchemy.orm import Session, sessionmaker

from socieux_desktop.domain.budget import MissionBudget, compute_budget
from socieux_desktop.domain.clock import HLCStamp, HybridLogicalClock
from socieux_desktop.domain.errors import Finding
from socieux_desktop.domain.model import (
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
from socieux_desktop.domain.rules import (
    DayEntryContext,
    check_day_entry,
    check_editable,
    check_mission,
    next_timesheet_status,
)
from socieux_desktop.store import models as m
from socieux_desktop.store.changes import ENTITY_NAMES, ChangeWriter, row_entity
from socieux_desktop.store.workspace import open_engine

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

    def __init__(self, engine: Engine, data_dir: Path) -> None:
        self.engine = engine
        self.data_dir = data_dir
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.device_id, self.kind = self._init_meta()
        self.clock = HybridLogicalClock(self.device_id, last=self._last_stamp())
        self.text_listeners: list[Callable[[str, bytes], None]] = []
        """Called with (deliverable id, update) for each text update sync stored, after its commit, in
        the sync's thread (``DeliverableStore.on_pulled`` adds one)."""

    @classmethod
    def open(cls, data_dir: Path) -> Workbook:
        """Open (or make) the workspace in ``data_dir``; raises ``WorkspaceError`` if it cannot."""
        return cls(open_engine(data_dir), data_dir)

    def close(self) -> None:
        self.engine.dispose()

    # -- workspace facts -------------------------------------------------------------------------

    def _init_meta(self) -> tuple[str, str]:
        with self._sessions.begin() as session:
            meta = {row.key: row.value for row in session.scalars(select(m.MetaRow))}
            if "device_id" not in meta:
                meta["device_id"] = new_id()
                meta.setdefault("kind", REAL)
                meta["created_at"] = datetime.now(UTC).isoformat(timespec="seconds")
                for key in ("device_id", "kind", "created_at"):
                    session.merge(m.MetaRow(key=key, value=meta[key]))
        return meta["device_id"], meta["kind"]

    def mark_demo(self) -> None:
        """A demo workspace never syncs (the sync issue refuses signing in from it)."""
        with self._sessions.begin() as session:
            session.merge(m.MetaRow(key="kind", value=DEMO))
        self.kind = DEMO

    def is_empty(self) -> bool:
        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(m.MissionRow)) == 0

    def _last_stamp(self) -> HLCStamp | None:
        with self._sessions() as session:
            last = session.scalar(select(func.max(m.ChangeRow.hlc)))
        return HLCStamp.decode(last) if last else None

    # -- settings (never synced) -----------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        with self._sessions() as session:
            row = session.get(m.SettingRow, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        with self._sessions.begin() as session:
            session.merge(m.SettingRow(key=key, value=value))

    def profile(self) -> Expert | None:
        """The expert who uses this workspace, if they said who they are."""
        expert_id = self.setting("profile_expert_id")
        return self.get(Expert, expert_id) if expert_id else None

    def set_profile(self, expert: Expert) -> None:
        with self._write() as writer:
            writer.put(expert)
            writer.session.merge(m.SettingRow(key="profile_expert_id", value=expert.id))

    # -- generic reads ---------------------------------------------------------------------------

    def get(self, cls: type[E], entity_id: str) -> E | None:
        row_type = m.ROW_TYPES[ENTITY_NAMES[cls]]
        with self._sessions() as session:
            row = session.get(row_type, entity_id)
            return None if row is None or row.deleted else row_entity(row, cls)

    def all(self, cls: type[E]) -> list[E]:
        row_type = m.ROW_TYPES[ENTITY_NAMES[cls]]
        with self._sessions() as session:
            rows = session.scalars(select(row_type).where(row_type.deleted.is_(False)))
            return [row_entity(row, cls) for row in rows]

    def history(self, cls: type, entity_id: str) -> list[HistoryItem]:
        """Every write of one record, oldest first, with the values each one replaced."""
        with self._sessions() as session:
            rows = session.scalars(select(m.ChangeRow).where(
                m.ChangeRow.entity == ENTITY_NAMES[cls], m.ChangeRow.entity_id == entity_id)
                .order_by(m.ChangeRow.hlc))
            return [HistoryItem(r.hlc, r.device_id, r.created_at, r.op, r.fields, r.previous) for r in rows]

    def pending_change_count(self) -> int:
        """Changes written on this device that the hub does not have yet."""
        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(m.ChangeRow).where(
                m.ChangeRow.device_id == self.device_id, m.ChangeRow.server_seq.is_(None))) or 0

    # -- missions --------------------------------------------------------------------------------

    def mission_summaries(self) -> list[MissionSummary]:
        allocated = (select(m.AllocationRow.mission_id, func.sum(m.AllocationRow.half_days).label("n"))
                     .where(m.AllocationRow.deleted.is_(False)).group_by(m.AllocationRow.mission_id)
                     .subquery())
        consumed = (select(m.DayEntryRow.mission_id, func.sum(m.DayEntryRow.half_days).label("n"))
                    .where(m.DayEntryRow.deleted.is_(False)).group_by(m.DayEntryRow.mission_id)
                    .subquery())
        query = (
            select(m.MissionRow, m.ActionRow, func.coalesce(allocated.c.n, 0),
                   func.coalesce(consumed.c.n, 0))
            .join(m.ActionRow, m.ActionRow.id == m.MissionRow.action_id)
            .outerjoin(allocated, allocated.c.mission_id == m.MissionRow.id)
            .outerjoin(consumed, consumed.c.mission_id == m.MissionRow.id)
            .where(m.MissionRow.deleted.is_(False))
            .order_by(m.MissionRow.start_date.desc(), m.MissionRow.code)
        )
        with self._sessions() as session:
            return [
                MissionSummary(
                    id=mission.id, code=mission.code, title=mission.title, action_title=action.title,
                    partner_institution=action.partner_institution, country_code=action.country_code,
                    start_date=date.fromisoformat(mission.start_date),
                    end_date=date.fromisoformat(mission.end_date), modality=mission.modality,
                    status=mission.status, timesheet_status=mission.timesheet_status,
                    allocated_half_days=int(alloc), consumed_half_days=int(used))
                for mission, action, alloc, used in session.execute(query)
            ]

    def mission_details(self, mission_id: str) -> MissionDetails:
        with self._sessions() as session:
            mission_row = session.get(m.MissionRow, mission_id)
            if mission_row is None or mission_row.deleted:
                raise KeyError(mission_id)
            mission = row_entity(mission_row, Mission)
            action = row_entity(session.get_one(m.ActionRow, mission.action_id), Action)
            activities = self._live(session, m.ActivityRow, Activity,
                                    m.ActivityRow.action_id == action.id, m.ActivityRow.code)
            team_rows = session.execute(
                select(m.TeamMemberRow, m.ExpertRow)
                .join(m.ExpertRow, m.ExpertRow.id == m.TeamMemberRow.expert_id)
                .where(m.TeamMemberRow.mission_id == mission_id, m.TeamMemberRow.deleted.is_(False))
                .order_by(m.TeamMemberRow.role.desc(), m.ExpertRow.name)).all()
            team = [TeamEntry(row_entity(tm, TeamMember), row_entity(ex, Expert)) for tm, ex in team_rows]
            allocations = self._live(session, m.AllocationRow, Allocation,
                                     m.AllocationRow.mission_id == mission_id, m.AllocationRow.id)
            counterparts = self._live(session, m.CounterpartRow, Counterpart,
                                      m.CounterpartRow.mission_id == mission_id, m.CounterpartRow.name)
        return MissionDetails(mission, action, activities, team, allocations, counterparts)

    @staticmethod
    def _live(session: Session, row_type: Any, cls: type[E], where: Any, order: Any) -> list[E]:
        rows = session.scalars(select(row_type).where(where, row_type.deleted.is_(False)).order_by(order))
        return [row_entity(row, cls) for row in rows]

    def save_mission(self, mission: Mission) -> None:
        """Create or edit a mission; its dates and title are checked first."""
        check_mission(mission)
        with self._write() as writer:
            writer.put(mission)

    def save(self, *entities: object) -> None:
        """Create or edit actions, activities, experts, team members, allocations or counterparts."""
        self.save_and_delete(entities, ())

    def delete(self, cls: type, entity_id: str) -> None:
        """Tombstone a record (undo puts it back)."""
        with self._write() as writer:
            writer.delete(ENTITY_NAMES[cls], entity_id)

    def save_and_delete(self, saves: Sequence[object], deletes: Sequence[tuple[type, str]]) -> None:
        """Create or edit ``saves`` and tombstone ``deletes`` (class, id) in one transaction, as a
        dialog does on OK; missions are checked first, so a refusal writes nothing."""
        for entity in saves:
            if isinstance(entity, Mission):
                check_mission(entity)
        with self._write() as writer:
            for entity in saves:
                writer.put(entity)
            for cls, entity_id in deletes:
                writer.delete(ENTITY_NAMES[cls], entity_id)

    # -- day entries -----------------------------------------------------------------------------

    def day_entries(self, mission_id: str | None = None) -> list[DayEntry]:
        """Entries of one mission, or of the whole workspace, newest day first."""
        table = m.DayEntryRow.__table__.c
        where: list[Any] = [table.deleted.is_(False)]
        if mission_id is not None:
            where.append(table.mission_id == mission_id)
        # A Core select of the columns, each row made into a DayEntry directly: building ORM rows first
        # and then entities took most of the time of reading 20,000 entries.
        # Dates and counterpart lists (JSON text, read raw) repeat a lot, so each is decoded once.
        query = (select(table.id, table.mission_id, table.expert_id, table.activity_id, table.day, table.kind,
                        table.half_days, table.place, table.description,
                        type_coerce(table.counterpart_ids, Text))
                 .where(*where).order_by(table.day.desc(), table.id))
        days: dict[str, date] = {}
        kinds = {kind.value: kind for kind in DayKind}
        counterparts: dict[str | None, tuple[str, ...]] = {None: (), "null": (), "[]": ()}
        entries = []
        with self.engine.connect() as connection:
            for (entry_id, mission, expert_id, activity_id, day, kind, half_days, place, description,
                 counterpart_json) in connection.execute(query):
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
        with self._sessions() as session:
            return check_day_entry(entry, self._day_context(session, entry))

    def log_day(self, entry: DayEntry) -> list[Finding]:
        """Create or edit a day entry; refused with ``RuleViolation``, otherwise its warnings."""
        with self._write() as writer:
            findings = check_day_entry(entry, self._day_context(writer.session, entry))
            writer.put(entry)
        return findings

    def delete_day(self, entry_id: str) -> None:
        with self._write() as writer:
            row = writer.session.get_one(m.DayEntryRow, entry_id)
            check_editable(row_entity(writer.session.get_one(m.MissionRow, row.mission_id), Mission))
            writer.delete("day_entry", entry_id)

    def _day_context(self, session: Session, entry: DayEntry) -> DayEntryContext:
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

    # -- budget and timesheet --------------------------------------------------------------------

    def budget(self, mission_id: str) -> MissionBudget:
        details = self.mission_details(mission_id)
        return compute_budget(details.allocations, self.day_entries(mission_id))

    def change_timesheet(self, mission_id: str, action: str) -> TimesheetStatus:
        """Submit, reopen (and, for headquarters, approve or return) a mission's timesheet."""
        with self._write() as writer:
            mission = row_entity(writer.session.get_one(m.MissionRow, mission_id), Mission)
            count = writer.session.scalar(select(func.count()).select_from(m.DayEntryRow).where(
                m.DayEntryRow.mission_id == mission_id, m.DayEntryRow.deleted.is_(False))) or 0
            status = next_timesheet_status(mission.timesheet_status, action, count)
            writer.put(dataclasses.replace(mission, timesheet_status=status))
        return status

    # -- transactions ----------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[ChangeWriter]:
        with self._sessions.begin() as session:
            yield ChangeWriter(session, self.device_id, self.clock)

    @contextmanager
    def bulk_writer(self) -> Iterator[ChangeWriter]:
        """One transaction for many records (demo data, import), without the day rules."""
        with self._write() as writer:
            yield writer


def entities_of(records: Sequence[object]) -> dict[str, list[object]]:
    grouped: dict[str, list[object]] = {}
    for entity in records:
        grouped.setdefault(ENTITY_NAMES[type(entity)], []).append(entity)
    return grouped
