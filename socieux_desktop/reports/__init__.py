"""The PDFs headquarters accepts: timesheet, attendance list, deliverable, mission report (no Qt here).

``render`` loads what a report needs from an open workbook and calls its builder (``reports.timesheet``,
``reports.attendance``, ``reports.deliverable``, ``reports.mission``); the builders take domain objects and a
language and can be called directly. What cannot be made is a ``ReportError`` whose ``key`` and ``fields``
say why in the report texts (``reports.texts``), so the interface and the CLI show a message that says what
to do.
"""

from __future__ import annotations

from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from socieux_desktop.reports.base import ReportError, check_language

if TYPE_CHECKING:
    from socieux_desktop.domain.deliverables import Deliverable
    from socieux_desktop.store.workbook import MissionDetails, Workbook

__all__ = ["BLANK_ROWS", "MAX_BLANK_ROWS", "ReportError", "ReportKind", "render", "render_docx"]

BLANK_ROWS = 25
"""Rows of a blank attendance list unless told otherwise."""
MAX_BLANK_ROWS = 500


class ReportKind(StrEnum):
    TIMESHEET = "timesheet"
    ATTENDANCE = "attendance"
    DELIVERABLE = "deliverable"
    MISSION = "mission"


def render(kind: ReportKind | str, workbook: Workbook, *, mission_id: str, language: str,
           output: Path | BinaryIO, workshop_id: str | None = None, deliverable_id: str | None = None,
           blank: bool = False, blank_rows: int | None = None) -> None:
    """Write the ``kind`` report of mission ``mission_id`` in ``language`` to ``output``.

    Attendance: of ``workshop_id``, else of the mission's latest workshop; with ``blank`` an empty list to
    print (of the workshop if there is one), of ``blank_rows`` rows (``attendance.BLANK_ROWS`` if None).
    Deliverable: ``deliverable_id`` is required (the error lists
    the mission's deliverables). Raises ``ReportError`` for an unknown kind, language, mission, workshop or
    deliverable, a mission without workshop or deliverable, a path that cannot be written; nothing is
    written then."""
    try:
        kind = ReportKind(kind)
    except ValueError:
        kinds = ", ".join(known.value for known in ReportKind)
        raise ReportError("error.kind", kind=str(kind), kinds=kinds) from None
    language = check_language(language)
    details = _details(workbook, mission_id)
    try:
        if kind is ReportKind.TIMESHEET:
            _timesheet(workbook, details, language, output)
        elif kind is ReportKind.ATTENDANCE:
            _attendance(workbook, details, language, output, workshop_id, blank, blank_rows)
        elif kind is ReportKind.DELIVERABLE:
            _deliverable(workbook, details, language, output, deliverable_id)
        else:
            _mission(workbook, details, language, output)
    except OSError as error:
        if not isinstance(output, Path):
            raise
        raise ReportError("error.output", path=str(output), reason=error.strerror or str(error)) from error


def _details(workbook: Workbook, mission_id: str) -> MissionDetails:
    try:
        return workbook.mission_details(mission_id)
    except KeyError:
        raise ReportError("error.mission", mission_id=mission_id) from None


def _timesheet(workbook: Workbook, details: MissionDetails, language: str, output: Path | BinaryIO) -> None:
    from socieux_desktop.domain.model import Expert
    from socieux_desktop.reports.timesheet import build_timesheet

    entries = workbook.day_entries(details.mission.id)
    known = {entry.expert.id for entry in details.team}
    others = {entry.expert_id for entry in entries} - known
    experts = {expert_id: found for expert_id in others if (found := workbook.get(Expert, expert_id))}
    build_timesheet(output, details, entries, language=language, experts=experts)


def _attendance(workbook: Workbook, details: MissionDetails, language: str, output: Path | BinaryIO,
                workshop_id: str | None, blank: bool, blank_rows: int | None) -> None:
    from socieux_desktop.collab.attendance import WorkshopLog
    from socieux_desktop.reports.attendance import build_attendance

    log = WorkshopLog(workbook)
    workshops = log.of_mission(details.mission.id)
    if workshop_id is not None:
        workshop = next((found for found in workshops if found.id == workshop_id), None)
        if workshop is None:
            raise ReportError("error.workshop", workshop_id=workshop_id)
    elif workshops:
        workshop = workshops[0]  # the latest
    elif blank:
        workshop = None
    else:
        raise ReportError("error.no_workshop", code=details.mission.code)
    title = ""
    if workshop is not None:
        deliverable = _deliverables(workbook, details.mission.id).get(workshop.deliverable_id)
        title = deliverable.title if deliverable is not None else ""
    attendees = log.participants(workshop.id) if workshop is not None and not blank else []
    place = ""
    if workshop is not None:  # where the experts logged they were that day
        day = workshop.started_at.astimezone().date()
        entries = workbook.day_entries(details.mission.id)
        places = [entry.place.strip() for entry in entries if entry.day == day]
        place = "; ".join(dict.fromkeys(found for found in places if found))
    build_attendance(output, details, workshop, attendees, language=language, deliverable_title=title,
                     blank=blank, blank_rows=BLANK_ROWS if blank_rows is None else blank_rows, place=place)


def _deliverables(workbook: Workbook, mission_id: str) -> dict[str, Deliverable]:
    from socieux_desktop.collab.store import DeliverableStore

    return {deliverable.id: deliverable for deliverable in DeliverableStore(workbook).of_mission(mission_id)}


def _deliverable(workbook: Workbook, details: MissionDetails, language: str, output: Path | BinaryIO,
                 deliverable_id: str | None) -> None:
    from socieux_desktop.collab.store import DeliverableStore
    from socieux_desktop.reports.deliverable import build_deliverable

    deliverables = _deliverables(workbook, details.mission.id)
    if deliverable_id is None:
        if not deliverables:
            raise ReportError("error.no_deliverable", code=details.mission.code)
        choices = "; ".join(f"{found.id} ({found.title})" for found in deliverables.values())
        raise ReportError("error.choose_deliverable", code=details.mission.code, choices=choices)
    deliverable = deliverables.get(deliverable_id)
    if deliverable is None:
        raise ReportError("error.deliverable", deliverable_id=deliverable_id)
    from socieux_desktop.store.images import DeliverableImages

    document = DeliverableStore(workbook).load(deliverable.id)
    images = partial(DeliverableImages(workbook).resolve_image, deliverable.id)
    build_deliverable(output, deliverable, document.sections(), mission=details.mission,
                      action=details.action, language=language, images=images,
                      authors=[entry.expert.name for entry in details.team])


def render_docx(workbook: Workbook, *, deliverable_id: str, output: Path | BinaryIO,
                language: str | None = None) -> None:
    """Write deliverable ``deliverable_id`` as a Word file (``reports.docx_export``): in ``language``, else
    the deliverable's own; the mission's experts named in the EU disclaimer; its open comments as Word
    comments. Raises ``ReportError`` for an unknown deliverable or language, or a path that cannot be
    written."""
    from socieux_desktop.collab.annotations import Comments
    from socieux_desktop.collab.store import DeliverableStore, UnknownDeliverable
    from socieux_desktop.reports.docx_export import export_docx

    store = DeliverableStore(workbook)
    try:
        deliverable = store.get(deliverable_id)
    except UnknownDeliverable:
        raise ReportError("error.deliverable", deliverable_id=deliverable_id) from None
    language = check_language(language or deliverable.language.value)
    details = _details(workbook, deliverable.mission_id)
    from socieux_desktop.store.images import DeliverableImages

    document = store.load(deliverable.id)
    images = partial(DeliverableImages(workbook).resolve_image, deliverable.id)
    try:
        export_docx(output, deliverable, document.sections(), mission=details.mission, action=details.action,
                    language=language, comments=Comments(document).all(include_resolved=False),
                    authors=[entry.expert.name for entry in details.team], images=images)
    except OSError as error:
        if not isinstance(output, Path):
            raise
        raise ReportError("error.output", path=str(output), reason=error.strerror or str(error)) from error


def _mission(workbook: Workbook, details: MissionDetails, language: str, output: Path | BinaryIO) -> None:
    from socieux_desktop.reports.mission import render_mission_report

    render_mission_report(workbook, details, language=language, output=output)
