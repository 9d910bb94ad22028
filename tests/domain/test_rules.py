from dataclasses import replace
from datetime import date

import pytest

from socieux_desktop.domain.errors import Code, RuleViolation
from socieux_desktop.domain.gate import check_entity
from socieux_desktop.domain.model import Allocation, DayEntry, DayKind, Mission, TimesheetStatus
from socieux_desktop.domain.rules import (
    DayEntryContext,
    TimesheetAction,
    allowed_actions,
    check_day_entry,
    next_timesheet_status,
)

MISSION = Mission("m", "CI-1", "Diagnostic", "a", date(2026, 3, 2), date(2026, 3, 13))


def day(on: date = date(2026, 3, 3), kind: DayKind = DayKind.ON_SITE_WORK, half_days: int = 2,
        entry_id: str = "new", expert: str = "marie", activity: str = "diag") -> DayEntry:
    return DayEntry(entry_id, "m", expert, activity, on, kind, half_days)


def context(mission: Mission = MISSION, same_day: tuple[DayEntry, ...] = (),
            same_allocation: tuple[DayEntry, ...] = (), allocated: int = 20) -> DayEntryContext:
    return DayEntryContext(
        mission=mission, activity_ids=frozenset({"diag", "spec"}), team_expert_ids=frozenset({"marie"}),
        same_day_entries=same_day, same_allocation_entries=same_allocation,
        allocations=[Allocation("al", "m", "marie", "diag", allocated)],
        expert_name="Marie Lefèvre", activity_title="Diagnostic")


def test_a_plain_day_passes_without_warning() -> None:
    assert check_day_entry(day(), context()) == []


def test_two_half_days_on_one_date_are_one_day() -> None:
    morning = day(half_days=1, entry_id="am")
    assert check_day_entry(day(half_days=1), context(same_day=(morning,))) == []


def test_more_than_one_day_on_one_date_is_refused_even_across_missions() -> None:
    elsewhere = replace(day(entry_id="other", half_days=1), mission_id="another mission")
    with pytest.raises(RuleViolation) as caught:
        check_day_entry(day(half_days=2), context(same_day=(elsewhere,)))
    assert caught.value.code is Code.MORE_THAN_ONE_DAY
    assert "Marie Lefèvre" in str(caught.value)
    assert "0.5" in str(caught.value)


def test_editing_an_entry_does_not_count_it_twice() -> None:
    existing = day(entry_id="same")
    assert check_day_entry(replace(existing, kind=DayKind.REMOTE_WORK), context(same_day=(existing,))) == []


@pytest.mark.parametrize("half_days", [0, 3, -1, 4])
def test_only_half_or_full_days(half_days: int) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_day_entry(day(half_days=half_days), context())
    assert caught.value.code is Code.INVALID_DAYS


def test_activity_must_belong_to_the_mission_and_expert_to_the_team() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_day_entry(day(activity="elsewhere"), context())
    assert caught.value.code is Code.UNKNOWN_ACTIVITY
    with pytest.raises(RuleViolation) as caught:
        check_day_entry(day(expert="stranger"), context())
    assert caught.value.code is Code.NOT_ON_TEAM


@pytest.mark.parametrize("kind", [DayKind.ON_SITE_WORK, DayKind.REMOTE_WORK, DayKind.TRAVEL])
def test_work_outside_the_mission_dates_is_a_warning(kind: DayKind) -> None:
    findings = check_day_entry(day(on=date(2026, 3, 1), kind=kind), context())
    assert [f.code for f in findings] == [Code.OUTSIDE_MISSION_DATES]
    assert findings[0].params == {"day": "2026-03-01", "start": "2026-03-02", "end": "2026-03-13"}


@pytest.mark.parametrize("kind", [DayKind.PREPARATION, DayKind.REPORTING])
def test_preparation_and_reporting_may_fall_outside(kind: DayKind) -> None:
    assert check_day_entry(day(on=date(2026, 2, 20), kind=kind), context()) == []


def test_exceeding_the_allocation_is_a_warning_with_the_figures() -> None:
    logged = tuple(day(on=date(2026, 3, n), entry_id=f"d{n}") for n in range(3, 6))
    findings = check_day_entry(day(on=date(2026, 3, 6)), context(same_allocation=logged, allocated=6))
    assert [f.code for f in findings] == [Code.EXCEEDS_ALLOCATION]
    assert findings[0].params["consumed"] == "4"
    assert findings[0].params["allocated"] == "3"
    assert "more than the 3 allocated" in findings[0].english


@pytest.mark.parametrize("status", [TimesheetStatus.SUBMITTED, TimesheetStatus.APPROVED])
def test_a_locked_timesheet_refuses_entries(status: TimesheetStatus) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_day_entry(day(), context(mission=replace(MISSION, timesheet_status=status)))
    assert caught.value.code is Code.TIMESHEET_LOCKED


def test_mission_dates_and_title() -> None:
    check_entity(MISSION)
    with pytest.raises(RuleViolation) as caught:
        check_entity(replace(MISSION, end_date=date(2026, 3, 1)))
    assert caught.value.code is Code.END_BEFORE_START
    with pytest.raises(RuleViolation) as caught:
        check_entity(replace(MISSION, end_date=date(2027, 3, 13)))
    assert caught.value.code is Code.MISSION_TOO_LONG
    with pytest.raises(RuleViolation) as caught:
        check_entity(replace(MISSION, title="  "))
    assert caught.value.code is Code.REQUIRED_FIELD


def test_timesheet_workflow() -> None:
    draft = TimesheetStatus.DRAFT
    submitted = next_timesheet_status(draft, TimesheetAction.SUBMIT, entry_count=3)
    assert submitted is TimesheetStatus.SUBMITTED
    assert next_timesheet_status(submitted, TimesheetAction.REOPEN, 3) is draft
    returned = next_timesheet_status(submitted, TimesheetAction.RETURN, 3)
    assert next_timesheet_status(returned, TimesheetAction.SUBMIT, 3) is TimesheetStatus.SUBMITTED
    assert next_timesheet_status(submitted, TimesheetAction.APPROVE, 3) is TimesheetStatus.APPROVED
    assert allowed_actions(TimesheetStatus.APPROVED) == []
    assert set(allowed_actions(draft)) == {TimesheetAction.SUBMIT}


def test_timesheet_refusals() -> None:
    with pytest.raises(RuleViolation) as caught:
        next_timesheet_status(TimesheetStatus.DRAFT, TimesheetAction.SUBMIT, entry_count=0)
    assert caught.value.code is Code.NOTHING_TO_SUBMIT
    with pytest.raises(RuleViolation) as caught:
        next_timesheet_status(TimesheetStatus.APPROVED, TimesheetAction.REOPEN, entry_count=2)
    assert caught.value.code is Code.TRANSITION_NOT_ALLOWED
    assert "approved" in str(caught.value)
