"""The rules a change must follow: hard rules raise ``RuleViolation``, soft ones return findings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from socieux_desktop.domain.days import FULL_DAY, HALF_DAY, format_days
from socieux_desktop.domain.errors import Code, Finding, RuleViolation
from socieux_desktop.domain.model import Allocation, DayEntry, Mission, TimesheetStatus
from socieux_desktop.domain.workflow import Workflow

MAX_MISSION_DAYS = 366
"""Missions last one to three weeks; a year is a generous ceiling that still catches a mistyped year."""


@dataclass(frozen=True, slots=True)
class DayEntryContext:
    """What the rules need to know around one day entry.

    ``same_day_entries``: the expert's other entries on the entry's date, on any mission.
    ``same_allocation_entries``: the expert's other entries on the entry's mission and activity.
    """

    mission: Mission
    activity_ids: frozenset[str]
    team_expert_ids: frozenset[str]
    same_day_entries: Sequence[DayEntry]
    same_allocation_entries: Sequence[DayEntry]
    allocations: Sequence[Allocation]
    expert_name: str = ""
    activity_title: str = ""


def check_mission(mission: Mission) -> None:
    if not mission.title.strip():
        raise RuleViolation(Code.REQUIRED_FIELD, field="title")
    if mission.end_date < mission.start_date:
        raise RuleViolation(Code.END_BEFORE_START, start=mission.start_date.isoformat(),
                            end=mission.end_date.isoformat())
    days = (mission.end_date - mission.start_date).days + 1
    if days > MAX_MISSION_DAYS:
        raise RuleViolation(Code.MISSION_TOO_LONG, days=str(days), max_days=str(MAX_MISSION_DAYS))


def check_editable(mission: Mission) -> None:
    """Refuse any change to the days of a mission whose timesheet is submitted or approved."""
    if mission.timesheet_status.locks_entries:
        raise RuleViolation(Code.TIMESHEET_LOCKED, status=mission.timesheet_status.value)


def check_day_entry(entry: DayEntry, context: DayEntryContext) -> list[Finding]:
    """Refuse what breaks a hard rule; return the warnings the person should see."""
    check_editable(context.mission)
    if entry.half_days not in (HALF_DAY, FULL_DAY):
        raise RuleViolation(Code.INVALID_DAYS, value=format_days(entry.half_days))
    if entry.activity_id not in context.activity_ids:
        raise RuleViolation(Code.UNKNOWN_ACTIVITY)
    if entry.expert_id not in context.team_expert_ids:
        raise RuleViolation(Code.NOT_ON_TEAM)
    logged = _sum_others(entry, context.same_day_entries)
    if logged + entry.half_days > FULL_DAY:
        raise RuleViolation(Code.MORE_THAN_ONE_DAY, expert=context.expert_name, day=entry.day.isoformat(),
                            logged=format_days(logged))
    warnings: list[Finding] = []
    mission = context.mission
    outside = not mission.start_date <= entry.day <= mission.end_date
    if outside and not entry.kind.may_fall_outside_mission:
        warnings.append(Finding(Code.OUTSIDE_MISSION_DATES, {
            "day": entry.day.isoformat(), "start": mission.start_date.isoformat(),
            "end": mission.end_date.isoformat()}))
    allocated = sum(a.half_days for a in context.allocations
                    if a.expert_id == entry.expert_id and a.activity_id == entry.activity_id)
    consumed = _sum_others(entry, context.same_allocation_entries) + entry.half_days
    if consumed > allocated:
        warnings.append(Finding(Code.EXCEEDS_ALLOCATION, {
            "expert": context.expert_name, "activity": context.activity_title,
            "consumed": format_days(consumed), "allocated": format_days(allocated)}))
    return warnings


def _sum_others(entry: DayEntry, entries: Iterable[DayEntry]) -> int:
    return sum(other.half_days for other in entries if other.id != entry.id)


class TimesheetAction:
    SUBMIT = "submit"
    REOPEN = "reopen"
    APPROVE = "approve"
    RETURN = "return"


_TIMESHEET = Workflow({
    (TimesheetStatus.DRAFT, TimesheetAction.SUBMIT): TimesheetStatus.SUBMITTED,
    (TimesheetStatus.RETURNED, TimesheetAction.SUBMIT): TimesheetStatus.SUBMITTED,
    (TimesheetStatus.SUBMITTED, TimesheetAction.REOPEN): TimesheetStatus.DRAFT,
    (TimesheetStatus.RETURNED, TimesheetAction.REOPEN): TimesheetStatus.DRAFT,
    (TimesheetStatus.SUBMITTED, TimesheetAction.APPROVE): TimesheetStatus.APPROVED,
    (TimesheetStatus.SUBMITTED, TimesheetAction.RETURN): TimesheetStatus.RETURNED,
})


def allowed_actions(status: TimesheetStatus) -> list[str]:
    return _TIMESHEET.actions(status)


def next_timesheet_status(status: TimesheetStatus, action: str, entry_count: int) -> TimesheetStatus:
    """The status after ``action``; a submission needs at least one logged day."""
    target = _TIMESHEET.target(status, action)
    if target is None:
        raise RuleViolation(Code.TRANSITION_NOT_ALLOWED, status=status.value, action=action)
    if action == TimesheetAction.SUBMIT and entry_count == 0:
        raise RuleViolation(Code.NOTHING_TO_SUBMIT)
    return target
