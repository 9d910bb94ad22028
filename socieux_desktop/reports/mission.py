"""The mission report: the mission's facts, its days consumed against allocated (per activity, per expert
and activity), its workshops with their participants by sex, and its deliverables with their status.

A mission with nothing logged yet gives a correct report that says so in each part.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from socieux_desktop.domain.budget import BudgetLine, compute_budget
from socieux_desktop.domain.deliverables import Deliverable
from socieux_desktop.domain.model import DayEntry, Sex
from socieux_desktop.reports.base import (
    CONTENT_WIDTH,
    build_pdf,
    check_language,
    disclaimer,
    facts_table,
    format_date,
    format_days,
    format_number,
    grid_table,
    heading,
    mission_facts,
    page_header,
    para,
)
from socieux_desktop.reports.texts import text

if TYPE_CHECKING:
    from socieux_desktop.collab.attendance import Attendee, Workshop
    from socieux_desktop.store.workbook import MissionDetails, Workbook


def build_mission_report(output: Path | BinaryIO, details: MissionDetails, *, entries: Sequence[DayEntry],
                         workshops: Sequence[tuple[Workshop, Sequence[Attendee]]],
                         deliverables: Sequence[Deliverable], language: str) -> None:
    """Write the report of ``details``' mission in ``language`` (fr, en, es): ``entries`` are its day
    entries, ``workshops`` its workshops with who attended each, ``deliverables`` its deliverables."""
    language = check_language(language)
    mission = details.mission
    authors = [entry.expert.name for entry in details.team]
    titles = {deliverable.id: deliverable.title for deliverable in deliverables}
    story: list[Flowable] = [
        para(text(language, "mission_report.title"), "title"),
        para(f"{mission.code} — {mission.title}", "subtitle"),
        heading(text(language, "mission_report.facts"), "h1", bookmark="facts"),
        _facts(details, language),
        heading(text(language, "mission_report.days"), "h1", bookmark="days"),
        *_days(details, entries, language),
        heading(text(language, "mission_report.workshops"), "h1", bookmark="workshops"),
        *_workshops(workshops, titles, language),
        heading(text(language, "mission_report.deliverables"), "h1", bookmark="deliverables"),
        *_deliverables(deliverables, language),
        Spacer(1, 12),
        disclaimer(authors, language),
    ]
    title = f"{text(language, 'mission_report.title')} {mission.code}"
    build_pdf(output, story, language=language, title=title,
              subject=text(language, "mission_report.subject", code=mission.code), author=", ".join(authors),
              header=page_header(mission.code, authors, language))


def render_mission_report(workbook: Workbook, details: MissionDetails, *, language: str,
                          output: Path | BinaryIO) -> None:
    """The report of ``details``' mission with its day entries, workshops and deliverables read from
    ``workbook`` (what ``reports.render`` calls)."""
    from socieux_desktop.collab.attendance import WorkshopLog
    from socieux_desktop.collab.store import DeliverableStore

    mission_id = details.mission.id
    log = WorkshopLog(workbook)
    workshops = [(workshop, log.participants(workshop.id)) for workshop in log.of_mission(mission_id)]
    build_mission_report(output, details, entries=workbook.day_entries(mission_id), workshops=workshops,
                         deliverables=DeliverableStore(workbook).of_mission(mission_id), language=language)


def _facts(details: MissionDetails, language: str) -> Flowable:
    mission = details.mission
    none = text(language, "mission_report.none")

    def listed(values: Sequence[str]) -> str:
        return "; ".join(values) if values else none

    team = [_person(entry.expert.name, text(language, f"role.{entry.member.role.value}"),
                    entry.expert.home_institution) for entry in details.team]
    counterparts = [_person(c.name, c.role, c.institution) for c in details.counterparts]
    facts = [
        *mission_facts(details, language, named_country=True),
        (text(language, "mission_report.activities"),
         listed([f"{activity.code} — {activity.title}" for activity in details.activities])),
        (text(language, "mission_report.themes"),
         listed([text(language, f"mission_report.theme.{theme.value}") for theme in mission.themes])),
        (text(language, "mission_report.cross_cutting"),
         listed([text(language, f"mission_report.issue.{issue.value}")
                 for issue in mission.cross_cutting_issues])),
        (text(language, "mission_report.team"), listed(team)),
        (text(language, "mission_report.counterparts"), listed(counterparts)),
    ]
    return facts_table(facts)


def _person(name: str, *details: str) -> str:
    said = [detail for detail in details if detail.strip()]
    return f"{name} ({', '.join(said)})" if said else name


def _days(details: MissionDetails, entries: Sequence[DayEntry], language: str) -> list[Flowable]:
    if not details.allocations and not entries:
        return [para(text(language, "mission_report.no_days"))]
    budget = compute_budget(details.allocations, entries)
    unknown = text(language, "mission_report.unknown")
    activities = {a.id: f"{a.code} — {a.title}" for a in details.activities}
    experts = {entry.expert.id: entry.expert.name for entry in details.team}
    activity_order = {a.id: index for index, a in enumerate(details.activities)}
    expert_order = {entry.expert.id: index for index, entry in enumerate(details.team)}
    header = [text(language, "timesheet.allocated"), text(language, "timesheet.worked"),
              text(language, "timesheet.remaining")]
    total = text(language, "timesheet.total")

    def numbers(line: BudgetLine) -> list[str]:
        return [format_days(line.allocated, language), format_days(line.consumed, language),
                format_days(line.remaining, language)]

    by_activity = [[activities.get(key, unknown), *numbers(line)] for key, line in
                   sorted(budget.by_activity.items(), key=lambda item: activity_order.get(item[0], 1 << 20))]
    by_expert = [[experts.get(expert, unknown), activities.get(activity, unknown), *numbers(line)]
                 for (expert, activity), line in sorted(
                     budget.by_expert_activity.items(),
                     key=lambda item: (expert_order.get(item[0][0], 1 << 20),
                                       activity_order.get(item[0][1], 1 << 20)))]
    number_width = 2.6 * cm
    return [
        heading(text(language, "mission_report.by_activity"), "h2"),
        grid_table([[text(language, "timesheet.activity"), *header], *by_activity,
                    [total, *numbers(budget.total)]],
                   [CONTENT_WIDTH - 3 * number_width] + [number_width] * 3, total_rows=1,
                   right_columns=(1, 2, 3)),
        Spacer(1, 8),
        heading(text(language, "mission_report.by_expert"), "h2"),
        grid_table([[text(language, "timesheet.expert"), text(language, "timesheet.activity"), *header],
                    *by_expert, [total, "", *numbers(budget.total)]],
                   [4.2 * cm, CONTENT_WIDTH - 4.2 * cm - 3 * number_width] + [number_width] * 3,
                   total_rows=1, right_columns=(2, 3, 4)),
    ]


def _workshops(workshops: Sequence[tuple[Workshop, Sequence[Attendee]]], titles: dict[str, str],
               language: str) -> list[Flowable]:
    if not workshops:
        return [para(text(language, "mission_report.no_workshops"))]
    unknown = text(language, "mission_report.unknown")
    rows: list[list[str]] = []
    totals = [0, 0, 0, 0]
    for workshop, attendees in sorted(workshops, key=lambda pair: pair[0].started_at):
        women = sum(1 for person in attendees if person.sex is Sex.FEMALE)
        men = sum(1 for person in attendees if person.sex is Sex.MALE)
        counts = [len(attendees), women, men, len(attendees) - women - men]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        rows.append([format_date(workshop.started_at.astimezone().date(), language, weekday=True),
                     titles.get(workshop.deliverable_id, unknown),
                     *(format_number(count, language) for count in counts)])
    widths = [2.6 * cm, 2.0 * cm, 2.0 * cm, 2.2 * cm]  # wide enough for "Participantes" in bold
    date_width = 3.2 * cm
    return [grid_table(
        [[text(language, "field.date"), text(language, "field.deliverable"),
          text(language, "mission_report.participants"), text(language, "mission_report.women"),
          text(language, "mission_report.men"), text(language, "mission_report.sex_not_given")],
         *rows, [text(language, "timesheet.total"), "", *(format_number(n, language) for n in totals)]],
        [date_width, CONTENT_WIDTH - date_width - sum(widths), *widths], total_rows=1,
        right_columns=(2, 3, 4, 5))]


def _deliverables(deliverables: Sequence[Deliverable], language: str) -> list[Flowable]:
    if not deliverables:
        return [para(text(language, "mission_report.no_deliverables"))]
    rows = [[d.title, text(language, f"deliverable.kind.{d.kind.value}"),
             text(language, f"deliverable.language.{d.language.value}"),
             text(language, f"deliverable.status.{d.status.value}")] for d in deliverables]
    widths = [3.6 * cm, 2.4 * cm, 4.2 * cm]
    header = [text(language, "deliverable.field.title"), text(language, "deliverable.field.kind"),
              text(language, "deliverable.field.language"), text(language, "field.status")]
    return [grid_table([header, *rows], [CONTENT_WIDTH - sum(widths), *widths])]
