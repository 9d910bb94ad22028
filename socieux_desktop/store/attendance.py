"""The attendance of workshops as rows: each workshop of a deliverable (when it started and ended) and
everyone who joined it (name, institution, sex if given, when, in which mode).

Tables ``workshop`` and ``workshop_participant`` (migration 0003). Every write is one transaction, and logs
its change in the change log, so attendance syncs through the hub like the other records (field by field,
last writer wins; ``sync.protocol.ATTENDANCE_ENTITIES`` describes the changes: "" stands for None there).
What a workshop host hears of its participants is ``collab.attendance.WorkshopLog``'s to tell.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from socieux_desktop.domain.model import Sex, new_id
from socieux_desktop.store import models as m
from socieux_desktop.sync.protocol import WORKSHOP, WORKSHOP_PARTICIPANT

if TYPE_CHECKING:
    from socieux_desktop.store.changes import ChangeWriter
    from socieux_desktop.store.workbook import Workbook


class UnknownWorkshop(KeyError):
    """No workshop has this id in the workspace."""


@dataclass(frozen=True, slots=True)
class Workshop:
    id: str
    mission_id: str
    deliverable_id: str
    started_at: datetime
    ended_at: datetime | None


@dataclass(frozen=True, slots=True)
class Attendee:
    id: str  # the participant id the host gave
    workshop_id: str
    name: str
    institution: str
    sex: Sex | None
    joined_at: datetime
    read_only: bool


def stamp(moment: datetime) -> str:
    """A time as the workshop tables keep it: UTC, ISO 8601 with milliseconds."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def workshop_change(workshop: Workshop) -> dict[str, Any]:
    """A workshop as its change is logged (and the gate reads it): "" for an end not known."""
    return {"id": workshop.id, "mission_id": workshop.mission_id, "deliverable_id": workshop.deliverable_id,
            "started_at": stamp(workshop.started_at),
            "ended_at": stamp(workshop.ended_at) if workshop.ended_at is not None else ""}


def participant_change(attendee: Attendee, mission_id: str) -> dict[str, Any]:
    """A participant as its insert is logged (and the gate reads it): "" for a sex not given."""
    values = attendee_values(attendee)
    return {"id": attendee.id, "workshop_id": attendee.workshop_id, "mission_id": mission_id, **values,
            "sex": values["sex"] or ""}


def attendee_values(attendee: Attendee) -> dict[str, Any]:
    """A participant's columns besides its ids (``sex`` None when not given)."""
    return {"name": attendee.name, "institution": attendee.institution,
            "sex": attendee.sex.value if attendee.sex is not None else None,
            "joined_at": stamp(attendee.joined_at), "read_only": attendee.read_only}


class AttendanceRepository:
    """Workshops and their participants in one open workbook (``Workbook.attendance``)."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook

    def start(self, mission_id: str, deliverable_id: str) -> str:
        """A new workshop of the deliverable, starting now; its id."""
        workshop_id = new_id()
        started_at = stamp(datetime.now(UTC))
        with self.workbook.write_transaction() as session:
            session.add(m.WorkshopRow(id=workshop_id, mission_id=mission_id, deliverable_id=deliverable_id,
                                      started_at=started_at, ended_at=None))
            self.workbook.change_writer(session).log_insert(WORKSHOP, workshop_id, {
                "id": workshop_id, "mission_id": mission_id, "deliverable_id": deliverable_id,
                "started_at": started_at, "ended_at": ""})
        return workshop_id

    def record(self, attendee: Attendee) -> None:
        """Write (or bring up to date) one participant of a workshop."""
        with self.workbook.write_transaction() as session:
            workshop = session.get(m.WorkshopRow, attendee.workshop_id)
            if workshop is None:
                raise UnknownWorkshop(attendee.workshop_id)
            row = session.get(m.WorkshopParticipantRow, attendee.id)
            values = attendee_values(attendee)
            writer = self.workbook.change_writer(session)
            if row is None:
                session.add(m.WorkshopParticipantRow(id=attendee.id, workshop_id=attendee.workshop_id,
                                                     **values))
                writer.log_insert(WORKSHOP_PARTICIPANT, attendee.id, {
                    "id": attendee.id, "workshop_id": attendee.workshop_id,
                    "mission_id": workshop.mission_id, **values, "sex": values["sex"] or ""})
                return
            if row.workshop_id != attendee.workshop_id:
                raise ValueError(f"participant {attendee.id} belongs to another workshop")
            changed = {name: value for name, value in values.items() if getattr(row, name) != value}
            if not changed:
                return
            previous = {name: getattr(row, name) for name in changed}
            for name, value in changed.items():
                setattr(row, name, value)
            if "sex" in changed:
                changed["sex"], previous["sex"] = changed["sex"] or "", previous["sex"] or ""
            writer.log_update(WORKSHOP_PARTICIPANT, attendee.id, changed, previous)

    def end(self, workshop_id: str) -> None:
        """Mark the workshop ended now (the first end counts; ending it again changes nothing)."""
        with self.workbook.write_transaction() as session:
            row = session.get(m.WorkshopRow, workshop_id)
            if row is None:
                raise UnknownWorkshop(workshop_id)
            if row.ended_at is None:
                row.ended_at = stamp(datetime.now(UTC))
                self.workbook.change_writer(session).log_update(
                    WORKSHOP, workshop_id, {"ended_at": row.ended_at}, {"ended_at": ""})

    def write(self, writer: ChangeWriter, workshop: Workshop, attendees: list[Attendee]) -> None:
        """Add a workshop and its participants, known to be new, to ``writer``'s transaction, each
        logged for the hub (the workspace import and the demo write past workshops this way)."""
        fields = workshop_change(workshop)
        writer.session.add(m.WorkshopRow(**{**fields, "ended_at": fields["ended_at"] or None}))
        writer.log_insert(WORKSHOP, workshop.id, fields)
        writer.session.flush()  # the participants' rows name it (no ORM relationship orders them)
        for attendee in attendees:
            writer.session.add(m.WorkshopParticipantRow(id=attendee.id, workshop_id=workshop.id,
                                                        **attendee_values(attendee)))
            writer.log_insert(WORKSHOP_PARTICIPANT, attendee.id,
                              participant_change(attendee, workshop.mission_id))

    def all(self) -> list[Workshop]:
        """Every workshop of the workspace, by id."""
        with self.workbook.read_session() as session:
            rows = session.scalars(select(m.WorkshopRow).order_by(m.WorkshopRow.id))
            return [_workshop(row) for row in rows]

    def get(self, workshop_id: str) -> Workshop:
        with self.workbook.read_session() as session:
            row = session.get(m.WorkshopRow, workshop_id)
            if row is None:
                raise UnknownWorkshop(workshop_id)
            return _workshop(row)

    def of_mission(self, mission_id: str) -> list[Workshop]:
        """The mission's workshops, the latest first."""
        with self.workbook.read_session() as session:
            rows = session.scalars(select(m.WorkshopRow).where(m.WorkshopRow.mission_id == mission_id)
                                   .order_by(m.WorkshopRow.started_at.desc(), m.WorkshopRow.id))
            return [_workshop(row) for row in rows]

    def participants(self, workshop_id: str) -> list[Attendee]:
        """Everyone who joined the workshop, in the order they joined."""
        table = m.WorkshopParticipantRow
        with self.workbook.read_session() as session:
            rows = session.scalars(select(table).where(table.workshop_id == workshop_id)
                                   .order_by(table.joined_at, table.name, table.id))
            return [Attendee(row.id, row.workshop_id, row.name, row.institution,
                             Sex(row.sex) if row.sex else None, datetime.fromisoformat(row.joined_at),
                             row.read_only) for row in rows]


def _workshop(row: m.WorkshopRow) -> Workshop:
    return Workshop(row.id, row.mission_id, row.deliverable_id, datetime.fromisoformat(row.started_at),
                    datetime.fromisoformat(row.ended_at) if row.ended_at else None)
