"""The attendance of workshops: each workshop of a deliverable (when it started and ended) and everyone who
joined it from a browser (name, institution, sex if given, when, in which mode).

The rows, their changes for the hub and the reads are ``store.attendance``'s (``Workbook.attendance``);
this log turns what the workshop host knows of a participant into what is kept of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from socieux_desktop.collab.workshop import Participant
from socieux_desktop.store.attendance import Attendee as Attendee
from socieux_desktop.store.attendance import UnknownWorkshop as UnknownWorkshop
from socieux_desktop.store.attendance import Workshop as Workshop
from socieux_desktop.store.attendance import participant_change as participant_change
from socieux_desktop.store.attendance import stamp as stamp
from socieux_desktop.store.attendance import workshop_change as workshop_change
from socieux_desktop.store.workbook import Workbook

if TYPE_CHECKING:
    from socieux_desktop.store.changes import ChangeWriter


class WorkshopLog:
    """Workshops and their participants in one open workbook."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook

    def start(self, mission_id: str, deliverable_id: str) -> str:
        """A new workshop of the deliverable, starting now; its id."""
        return self.workbook.attendance.start(mission_id, deliverable_id)

    def record(self, workshop_id: str, participant: Participant) -> None:
        """Write (or bring up to date) one participant of the workshop."""
        self.workbook.attendance.record(Attendee(
            participant.id, workshop_id, participant.name, participant.institution, participant.sex,
            participant.joined_at, participant.read_only))

    def end(self, workshop_id: str) -> None:
        """Mark the workshop ended now (the first end counts; ending it again changes nothing)."""
        self.workbook.attendance.end(workshop_id)

    def get(self, workshop_id: str) -> Workshop:
        return self.workbook.attendance.get(workshop_id)

    def of_mission(self, mission_id: str) -> list[Workshop]:
        """The mission's workshops, the latest first."""
        return self.workbook.attendance.of_mission(mission_id)

    def all(self) -> list[Workshop]:
        """Every workshop of the workspace, by id."""
        return self.workbook.attendance.all()

    def write(self, writer: ChangeWriter, workshop: Workshop, attendees: list[Attendee]) -> None:
        """Add a past workshop and its participants to ``writer``'s transaction (import, demo)."""
        self.workbook.attendance.write(writer, workshop, attendees)

    def participants(self, workshop_id: str) -> list[Attendee]:
        """Everyone who joined the workshop, in the order they joined."""
        return self.workbook.attendance.participants(workshop_id)
