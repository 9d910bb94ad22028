"""The timesheet of a mission: days per expert per activity (against the allocations) and per kind of day,
the days one by one, the submission status and signature blocks for each expert and the partner institution.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer

from socieux_desktop.domain.budget import compute_budget
from socieux_desktop.domain.model import Activity, DayEntry, DayKind, Expert, TimesheetStatus
from socieux_desktop.domain.vocabulary import count
from socieux_desktop.reports.base import (
    CONTENT_WIDTH,
    WARNING,
    Paragraph,
    build_pdf,
    check_language,
    escape,
    facts_table,
    format_date,
    format_days,
    grid_table,
    heading,
    mission_facts,
    page_header,
    para,
    signature_block,
    styles,
)
from socieux_desktop.reports.texts import text
from socieux_desktop.store.workbook import MissionDetails


def build_timesheet(output: Path | BinaryIO, details: MissionDetails, entries: Sequence[DayEntry], *,
                    language: str, experts: Mapping[str, Expert] | None = None) -> None:
    """Write the timesheet of ``details.mission`` with its day ``entries`` in ``language``.

    ``experts`` names the experts who logged days without being in the team any more (the team's are
    known from ``details``)."""
    language = check_language(language)
    mission = details.mission
    names = [entry.expert.name for entry in details.team]
    names += [expert.name for expert in (experts or {}).values() if expert.name not in names]
    header = page_header(mission.code, names, language)
    build_pdf(output, timesheet_story(details, entries, language=language, experts=experts),
              language=language, title=f"{text(language, 'timesheet.title')} — {mission.code}",
              subject=text(language, "timesheet.subject", code=mission.code), header=header,
              draft=mission.timesheet_status is not TimesheetStatus.APPROVED)


def timesheet_story(details: MissionDetails, entries: Sequence[DayEntry], *, language: str,
                    experts: Mapping[str, Expert] | None = None) -> list[Flowable]:
    mission = details.mission
    entries = [entry for entry in entries if entry.mission_id == mission.id]
    names = {expert_id: expert.name for expert_id, expert in (experts or {}).items()}
    names.update({entry.expert.id: entry.expert.name for entry in details.team})
    activities = {activity.id: activity for activity in details.activities}
    story: list[Flowable] = [
        para(text(language, "timesheet.title"), "title"),
        para(f"{mission.code} — {mission.title}", "subtitle"),
        facts_table(mission_facts(details, language)),
        Spacer(1, 6),
        para(text(language, f"timesheet.status_note.{mission.timesheet_status.value}"), "body"),
    ]
    if not details.team:
        story.append(para(text(language, "timesheet.no_team"), "warning"))
    if not entries:
        story.append(para(text(language, "timesheet.no_days"), "warning"))

    budget = compute_budget(details.allocations, entries)
    # experts: the team's order first, then anyone else who logged days
    order = [entry.expert.id for entry in details.team]
    order += sorted({expert_id for expert_id, _ in budget.by_expert_activity} - set(order),
                    key=lambda expert_id: names.get(expert_id, expert_id))

    def expert_name(expert_id: str) -> str:
        return names.get(expert_id, expert_id)

    def activity_name(activity_id: str) -> str:
        activity = activities.get(activity_id)
        return _activity_label(activity) if activity else activity_id

    def activity_code(activity_id: str) -> str:
        activity = activities.get(activity_id)
        return activity.code if activity else activity_id

    # -- per expert and activity, against the allocations
    story.append(heading(text(language, "timesheet.by_activity"), "h2"))
    rows: list[list[Flowable | str]] = [[
        text(language, "timesheet.expert"), text(language, "timesheet.activity"),
        text(language, "timesheet.allocated"), text(language, "timesheet.worked"),
        text(language, "timesheet.remaining")]]
    overruns: list[str] = []
    subtotal_rows: list[int] = []
    for expert_id in order:
        lines = [(activity_id, line) for (who, activity_id), line in budget.by_expert_activity.items()
                 if who == expert_id]
        lines.sort(key=lambda item: activity_code(item[0]))
        for activity_id, line in lines:
            if line.exceeded:
                over = _overrun(-line.remaining, language)
                overruns.append(f"{expert_name(expert_id)}, {activity_code(activity_id)} ({over})")
            rows.append([expert_name(expert_id), activity_name(activity_id),
                         format_days(line.allocated, language), format_days(line.consumed, language),
                         _remaining(line.remaining, language)])
        if len(lines) > 1:
            total = budget.by_expert[expert_id]
            subtotal_rows.append(len(rows))
            rows.append([text(language, "timesheet.total_expert", name=expert_name(expert_id)), "",
                         format_days(total.allocated, language), format_days(total.consumed, language),
                         _remaining(total.remaining, language)])
    grand = budget.total
    rows.append([text(language, "timesheet.total"), "", format_days(grand.allocated, language),
                 format_days(grand.consumed, language), _remaining(grand.remaining, language)])
    extra: list[tuple[Any, ...]] = [("BACKGROUND", (0, row), (-1, row), "#f7f7f7") for row in subtotal_rows]
    extra += [("SPAN", (0, row), (1, row)) for row in [*subtotal_rows, len(rows) - 1]]
    table = grid_table(rows, _widths(CONTENT_WIDTH, [0.19, 0.30, 0.13, 0.14, 0.24]), total_rows=1,
                       right_columns=(2, 3, 4), extra=extra)
    story.append(table)
    if overruns:
        story.append(Spacer(1, 4))
        story.append(para(text(language, "timesheet.overruns", lines="; ".join(overruns)), "warning"))

    # -- per expert and kind of day
    story.append(heading(text(language, "timesheet.by_kind"), "h2"))
    kinds = list(DayKind)
    by_kind: dict[tuple[str, DayKind], int] = {}
    for entry in entries:
        by_kind[entry.expert_id, entry.kind] = by_kind.get((entry.expert_id, entry.kind), 0) + entry.half_days
    kind_rows: list[list[Flowable | str]] = [
        [text(language, "timesheet.expert"), *(text(language, f"day_kind.{kind.value}") for kind in kinds),
         text(language, "timesheet.total")]]
    for expert_id in order:
        counts = [by_kind.get((expert_id, kind), 0) for kind in kinds]
        kind_rows.append([expert_name(expert_id), *(format_days(n, language) for n in counts),
                          format_days(sum(counts), language)])
    column_totals = [sum(by_kind.get((expert_id, kind), 0) for expert_id in order) for kind in kinds]
    kind_rows.append([text(language, "timesheet.total"), *(format_days(n, language) for n in column_totals),
                      format_days(sum(column_totals), language)])
    story.append(grid_table(kind_rows, _widths(CONTENT_WIDTH, [0.17] + [0.14] * 5 + [0.13]), total_rows=1,
                            right_columns=tuple(range(1, len(kinds) + 2))))

    # -- day by day, then the signatures, which never stand on a page without the last days they sign:
    # the last days and every block go to one page (when more blocks than a page holds, they run on)
    closing = _signatures(details, [expert_name(expert_id) for expert_id in order], language)
    if entries:
        story.append(heading(text(language, "timesheet.days"), "h2"))
        header: list[Flowable | str] = [
            text(language, "field.date"), text(language, "timesheet.expert"),
            text(language, "timesheet.activity"),
            text(language, "timesheet.kind"), text(language, "timesheet.days_column"),
            text(language, "timesheet.place_description")]
        day_rows: list[list[Flowable | str]] = []
        weekend_rows: list[int] = []
        for entry in sorted(entries, key=lambda e: (e.day, expert_name(e.expert_id),
                                                    activity_code(e.activity_id))):
            where = " — ".join(part for part in (entry.place, entry.description) if part)
            if entry.day.weekday() >= 5:
                weekend_rows.append(len(day_rows))
            day_rows.append([format_date(entry.day, language, weekday=True), expert_name(entry.expert_id),
                             activity_code(entry.activity_id), text(language, f"day_kind.{entry.kind.value}"),
                             format_days(entry.half_days, language), where])
        widths = _widths(CONTENT_WIDTH, [0.17, 0.17, 0.11, 0.15, 0.08, 0.32])
        kept = day_rows[-KEPT_ROWS:]
        if len(day_rows) > len(kept):
            story.append(_day_table([header, *day_rows[:-len(kept)]], widths, weekend_rows, 1))
            tail = _day_table(kept, widths, weekend_rows, -(len(day_rows) - len(kept)), header_rows=0)
        else:
            tail = _day_table([header, *kept], widths, weekend_rows, 1)
        story.append(KeepTogether([tail, *closing]))
    else:
        story.append(KeepTogether(closing))
    return story


KEPT_ROWS = 3
"""Days printed on the page of the signatures, at least."""


def _day_table(rows: list[list[Flowable | str]], widths: list[float], weekend_rows: Sequence[int],
               shift: int, *, header_rows: int = 1) -> Flowable:
    """Day rows in a grid; Saturdays and Sundays shaded (``weekend_rows`` count from the first day row,
    ``shift`` is where that row is in ``rows``)."""
    extra = [("BACKGROUND", (0, row + shift), (-1, row + shift), WEEKEND_BACKGROUND)
             for row in weekend_rows if 0 <= row + shift < len(rows) and row + shift >= header_rows]
    return grid_table(rows, widths, header_rows=header_rows, right_columns=(4,), extra=extra)


WEEKEND_BACKGROUND = "#fbeee0"


def _signatures(details: MissionDetails, names: Sequence[str], language: str) -> list[Flowable]:
    """The status, a block for each expert, the partner institution's (with room for its stamp) and
    headquarters' validation."""
    mission = details.mission
    status = text(language, f"timesheet_status.{mission.timesheet_status.value}")
    made: list[Flowable] = [
        heading(text(language, "timesheet.signatures"), "h2"),
        para(text(language, "timesheet.status_line", status=status), "label"),
        Spacer(1, 6),
    ]
    place, day = text(language, "sign.place"), text(language, "timesheet.sign_date")
    signature = text(language, "timesheet.sign_signature")
    for name in names or [""]:
        made.append(signature_block(text(language, "timesheet.sign_expert", name=name), None,
                                     [place, day, signature], signature))
    made.append(signature_block(
        text(language, "timesheet.sign_partner", institution=details.action.partner_institution),
        text(language, "timesheet.sign_partner_attests"),
        [text(language, "timesheet.sign_name"), place, day, signature], signature,
        stamp=text(language, "sign.stamp")))
    made.append(signature_block(text(language, "sign.hq"), None,
                                 [text(language, "sign.hq_name"), text(language, "sign.hq_decision"),
                                  signature], signature))
    return made


def _activity_label(activity: Activity) -> str:
    return f"{activity.code} — {activity.title}" if activity.title else activity.code


def _remaining(half_days: int, language: str) -> Flowable | str:
    """The days left, or the overrun in the warning colour."""
    if half_days < 0:
        overrun = _overrun(-half_days, language)
        return Paragraph(f"<b>{escape(overrun)}</b>",
                         ParagraphStyle("overrun", parent=styles()["cell_right"], textColor=WARNING))
    return format_days(half_days, language)


def _overrun(half_days: int, language: str) -> str:
    """"over by 1.5 days", "dépassement de 1,5 jour", "exceso de 1,5 días"."""
    days = count(half_days / 2, "day", language, written=format_days(half_days, language))
    return text(language, "timesheet.overrun", days=days)


def _widths(total: float, shares: Sequence[float]) -> list[float]:
    scale = sum(shares)
    return [total * share / scale for share in shares]
