"""The attendance list of a workshop: where and when it was held, who took part (name, institution, sex)
with a column for signatures, the totals by sex and by institution that the EU's gender-disaggregated
reporting asks for, the organiser's certification and a short notice on the personal data it holds.

``blank=True`` prints the list empty (``blank_rows`` numbered rows to fill by hand) for a workshop held on
paper. The place is the one the mission's experts logged in their day entries on the workshop's date
(``reports.render`` reads it; a workshop record has no place of its own); left to fill in when none was
logged. Times are the workshop's start and end on this computer's clock (the expert's laptop in the room).
Institutions are counted together whatever their case and spacing ("INAM", "inam ", "Inam").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from socieux_desktop.collab.attendance import Attendee, Workshop
from socieux_desktop.domain.model import Sex
from socieux_desktop.reports import BLANK_ROWS, MAX_BLANK_ROWS
from socieux_desktop.reports.base import (
    CONTENT_WIDTH,
    ReportError,
    build_pdf,
    check_language,
    facts_table,
    format_date,
    format_number,
    grid_table,
    heading,
    page_header,
    para,
    signature_block,
)
from socieux_desktop.reports.texts import text
from socieux_desktop.store.workbook import MissionDetails

SEXES = (Sex.FEMALE, Sex.MALE, Sex.UNSPECIFIED)
_WIDTHS = (0.06, 0.29, 0.27, 0.15, 0.23)  # no., name, institution, sex, signature


def build_attendance(output: Path | BinaryIO, details: MissionDetails, workshop: Workshop | None,
                     attendees: Sequence[Attendee], *, language: str, deliverable_title: str = "",
                     blank: bool = False, blank_rows: int = BLANK_ROWS, place: str = "") -> None:
    """Write the attendance list of ``workshop`` (a workshop of ``details.mission`` on the deliverable
    titled ``deliverable_title``, held at ``place``) in ``language``; with ``blank``, ``blank_rows``
    empty rows (1 to ``MAX_BLANK_ROWS``) instead of ``attendees`` (``workshop`` may then be None: the
    date is left to fill in)."""
    language = check_language(language)
    mission = details.mission
    story = attendance_story(details, workshop, attendees, language=language,
                             deliverable_title=deliverable_title, blank=blank, blank_rows=blank_rows,
                             place=place)
    build_pdf(output, story,
              language=language, title=f"{text(language, 'attendance.title')} — {mission.code}",
              subject=text(language, "attendance.subject", code=mission.code),
              header=page_header(mission.code, [entry.expert.name for entry in details.team], language))


def attendance_story(details: MissionDetails, workshop: Workshop | None, attendees: Sequence[Attendee], *,
                     language: str, deliverable_title: str = "", blank: bool = False,
                     blank_rows: int = BLANK_ROWS, place: str = "") -> list[Flowable]:
    if not 1 <= blank_rows <= MAX_BLANK_ROWS:
        raise ReportError("error.blank_rows", rows=blank_rows, most=MAX_BLANK_ROWS)
    mission, action = details.mission, details.action
    facts = [
        (text(language, "field.mission"), f"{mission.code} — {mission.title}"),
        (text(language, "field.partner"), action.partner_institution),
    ]
    if deliverable_title:
        facts.append((text(language, "field.workshop"), deliverable_title))
    if workshop is not None:
        started = _local(workshop.started_at)
        facts.append((text(language, "field.date"), format_date(started.date(), language, weekday=True)))
        facts.append((text(language, "attendance.times"), _times(workshop, language)))
    else:
        facts += [(text(language, "field.date"), ""), (text(language, "attendance.times"), "")]
    facts.append((text(language, "field.place"), place))
    story: list[Flowable] = [
        para(text(language, "attendance.title"), "title"),
        para(f"{mission.code} — {mission.title}", "subtitle"),
        facts_table(facts),
        Spacer(1, 10),
    ]
    header: list[Flowable | str] = [
        text(language, "attendance.number"), text(language, "attendance.name"),
        text(language, "attendance.institution"),
        text(language, "attendance.sex") + (f" ({text(language, 'attendance.sex_hint')})" if blank else ""),
        text(language, "attendance.signature")]
    widths = [CONTENT_WIDTH * share for share in _WIDTHS]
    if blank:
        story.append(para(text(language, "attendance.blank_note"), "small"))
        rows: list[list[Flowable | str]] = [header]
        rows += [[str(number), "", "", "", ""] for number in range(1, blank_rows + 1)]
        story.append(grid_table(rows, widths, right_columns=(0,),
                                row_heights=[None] + [0.95 * cm] * blank_rows))  # room to write
        story.append(heading(text(language, "attendance.totals_sex"), "h2"))
        story.append(_sex_table([], language, blank=True))
        return [*story, *_closing(details, language)]

    if not attendees:
        story.append(para(text(language, "attendance.none"), "warning"))
    rows = [header]
    for number, attendee in enumerate(attendees, start=1):
        rows.append([str(number), attendee.name, attendee.institution,
                     text(language, f"sex.{_sex(attendee).value}"), ""])
    # room under each name to sign on the printed list
    story.append(grid_table(rows, widths, right_columns=(0,),
                            extra=[("BOTTOMPADDING", (0, 1), (-1, -1), 12)]))
    story.append(heading(text(language, "attendance.totals_sex"), "h2"))
    story.append(_sex_table(attendees, language))
    story.append(heading(text(language, "attendance.totals_institution"), "h2"))
    story.append(_institution_table(attendees, language))
    return [*story, *_closing(details, language)]


def _closing(details: MissionDetails, language: str) -> list[Flowable]:
    """The organiser's certification (a block to sign) and the notice on personal data."""
    sign = text(language, "timesheet.sign_signature")
    return [
        KeepTogether([
            heading(text(language, "attendance.certify_title"), "h2"),
            para(text(language, "attendance.certify")),
            signature_block(text(language, "attendance.organiser"), None,
                            [text(language, "timesheet.sign_name"), text(language, "sign.place_date"), sign],
                            sign),
        ]),
        KeepTogether([heading(text(language, "attendance.privacy_title"), "h3"),
                      para(text(language, "attendance.privacy"), "small")]),
    ]


def _local(moment: datetime) -> datetime:
    """A stored moment (UTC) on this computer's clock."""
    return moment.astimezone() if moment.tzinfo is not None else moment


def _times(workshop: Workshop, language: str) -> str:
    start = _local(workshop.started_at).strftime("%H:%M")
    if workshop.ended_at is None:
        return text(language, "attendance.time_from", start=start)
    return text(language, "attendance.time_range", start=start,
                end=_local(workshop.ended_at).strftime("%H:%M"))

def _sex(attendee: Attendee) -> Sex:
    return attendee.sex if attendee.sex is not None else Sex.UNSPECIFIED


def totals_by_sex(attendees: Sequence[Attendee]) -> dict[Sex, int]:
    return {sex: sum(1 for attendee in attendees if _sex(attendee) is sex) for sex in SEXES}


def institution_key(institution: str) -> str:
    """What two spellings of one institution share: "INAM", " inam " and "Inam" are one."""
    return " ".join(institution.split()).casefold()


def totals_by_institution(attendees: Sequence[Attendee]) -> dict[str, dict[Sex, int]]:
    """Participants by institution and sex, largest first. Spellings that differ only by case and spacing
    are one institution, named as most of its participants typed it (spaces tidied; "" when none)."""
    counts: dict[str, dict[Sex, int]] = {}
    spellings: dict[str, Counter[str]] = {}
    for attendee in attendees:
        key = institution_key(attendee.institution)
        spellings.setdefault(key, Counter())[" ".join(attendee.institution.split())] += 1
        counts.setdefault(key, dict.fromkeys(SEXES, 0))[_sex(attendee)] += 1
    named = {min(spellings[key].items(), key=lambda item: (-item[1], item[0]))[0]: by_sex
             for key, by_sex in counts.items()}
    return dict(sorted(named.items(), key=lambda item: (-sum(item[1].values()), item[0].casefold())))


def _sex_table(attendees: Sequence[Attendee], language: str, *, blank: bool = False) -> Flowable:
    totals = totals_by_sex(attendees)
    rows: list[list[Flowable | str]] = [[text(language, "attendance.sex"),
                                         text(language, "attendance.count")]]
    for sex in SEXES:
        rows.append([text(language, f"sex.{sex.value}"),
                     "" if blank else format_number(totals[sex], language)])
    rows.append([text(language, "attendance.total"),
                 "" if blank else format_number(sum(totals.values()), language)])
    return grid_table(rows, [CONTENT_WIDTH * 0.35, CONTENT_WIDTH * 0.2], total_rows=1, right_columns=(1,))


def _institution_table(attendees: Sequence[Attendee], language: str) -> Flowable:
    header: list[Flowable | str] = [text(language, "attendance.institution"),
                                    *(text(language, f"sex.{sex.value}") for sex in SEXES),
                                    text(language, "attendance.total")]
    rows: list[list[Flowable | str]] = [header]
    for institution, by_sex in totals_by_institution(attendees).items():
        rows.append([institution or text(language, "attendance.no_institution"),
                     *(format_number(by_sex[sex], language) for sex in SEXES),
                     format_number(sum(by_sex.values()), language)])
    totals = totals_by_sex(attendees)
    rows.append([text(language, "attendance.total"), *(format_number(totals[sex], language) for sex in SEXES),
                 format_number(sum(totals.values()), language)])
    widths = [CONTENT_WIDTH * share for share in (0.44, 0.14, 0.14, 0.14, 0.14)]
    return grid_table(rows, widths, total_rows=1, right_columns=(1, 2, 3, 4))
