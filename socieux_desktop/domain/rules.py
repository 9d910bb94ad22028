"""The rules around a day entry and the timesheet's workflow: hard rules raise ``RuleViolation``, soft ones
return findings. The rules of a record by itself (types, lengths, text, ranges) and the statuses each role
may give are in ``socieux_desktop.domain.gate``, which applies these too."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

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


def mission_date_findings(start: date, end: date) -> list[Finding]:
    """A mission ends on or after its start and lasts at most ``MAX_MISSION_DAYS`` days."""
    if end < start:
        return [Finding(Code.END_BEFORE_START, {"start": start.isoformat(), "end": end.isoformat()})]
    days = (end - start).days + 1
    if days > MAX_MISSION_DAYS:
        return [Finding(Code.MISSION_TOO_LONG, {"days": str(days), "max_days": str(MAX_MISSION_DAYS)})]
    return []


def check_editable(mission: Mission) -> None:
    """Refuse any change to the days of a mission whose timesheet is submitted or approved."""
    if mission.timesheet_status.locks_entries:
        raise RuleViolation(Code.TIMESHEET_LOCKED, status=mission.timesheet_status.value)


def check_day_entry(entry: DayEntry, context: DayEntryContext) -> list[Finding]:
    """Refuse what breaks a hard rule (the first of ``day_entry_findings`` that is not a warning); return
    the warnings the person should see."""
    findings = day_entry_findings(entry, context)
    for finding in findings:
        if not finding.code.is_warning:
            raise RuleViolation(finding.code, **finding.params)
    return findings


def day_entry_findings(entry: DayEntry, context: DayEntryContext) -> list[Finding]:
    """Every rule around it that ``entry`` breaks, in this order: a locked timesheet, a count of days that
    is not a half or a full day, an activity of another action, an expert off the team, more than one day
    on one date; then the warnings (a day outside the mission's dates that is not preparation or reporting,
    more days than allocated). A local write is refused at the first that is not a warning; a merge of
    other devices' writes, which may bring any of them about, shows them all (``gate.judge_change``)."""
    findings: list[Finding] = []
    if context.mission.timesheet_status.locks_entries:
        findings.append(Finding(Code.TIMESHEET_LOCKED, {"status": context.mission.timesheet_status.value}))
    if entry.half_days not in (HALF_DAY, FULL_DAY):
        findings.append(Finding(Code.INVALID_DAYS, {"value": format_days(entry.half_days)}))
    if entry.activity_id not in context.activity_ids:
        findings.append(Finding(Code.UNKNOWN_ACTIVITY))
    if entry.expert_id not in context.team_expert_ids:
        findings.append(Finding(Code.NOT_ON_TEAM))
    logged = _sum_others(entry, context.same_day_entries)
    if logged + entry.half_days > FULL_DAY:
        findings.append(Finding(Code.MORE_THAN_ONE_DAY, {
            "expert": context.expert_name, "day": entry.day.isoformat(), "logged": format_days(logged)}))
    mission = context.mission
    outside = not mission.start_date <= entry.day <= mission.end_date
    if outside and not entry.kind.may_fall_outside_mission:
        findings.append(Finding(Code.OUTSIDE_MISSION_DATES, {
            "day": entry.day.isoformat(), "start": mission.start_date.isoformat(),
            "end": mission.end_date.isoformat()}))
    allocated = sum(a.half_days for a in context.allocations
                    if a.expert_id == entry.expert_id and a.activity_id == entry.activity_id)
    consumed = _sum_others(entry, context.same_allocation_entries) + entry.half_days
    if consumed > allocated:
        findings.append(Finding(Code.EXCEEDS_ALLOCATION, {
            "expert": context.expert_name, "activity": context.activity_title,
            "consumed": format_days(consumed), "allocated": format_days(allocated)}))
    return findings


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


TIMESHEET_WORKFLOW = _TIMESHEET
HEADQUARTERS_TIMESHEET_ACTIONS = (TimesheetAction.APPROVE, TimesheetAction.RETURN)
"""What only a coordinator does to a timesheet."""


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
