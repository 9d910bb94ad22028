"""The workbook: reads, writes with their change log and tombstones, the day rules and the timesheet."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socieux_desktop.domain.clock import HLCStamp
from socieux_desktop.domain.errors import Code, Finding, RuleViolation
from socieux_desktop.domain.gate import ACCEPTED
from socieux_desktop.domain.model import (
    Action,
    Activity,
    Allocation,
    Counterpart,
    DayEntry,
    DayKind,
    Expert,
    Mission,
    MissionStatus,
    Modality,
    TeamMember,
    TeamRole,
    TimesheetStatus,
    new_id,
)
from socieux_desktop.domain.records import to_record
from socieux_desktop.store import models as m
from socieux_desktop.store import sync_state
from socieux_desktop.store.workbook import Workbook, judge_pulled
from tests.conftest import Sample


def entry(sample: Sample, day: date, *, expert: str | None = None, activity: str | None = None,
          half_days: int = 2, kind: DayKind = DayKind.ON_SITE_WORK, **fields: object) -> DayEntry:
    return DayEntry(new_id(), sample.mission.id, expert or sample.marie.id, activity or sample.diagnostic.id,
                    day, kind, half_days, **fields)  # type: ignore[arg-type]


def changes(workbook: Workbook, entity_id: str | None = None) -> list[m.ChangeRow]:
    with workbook._sessions() as session:
        query = select(m.ChangeRow).order_by(m.ChangeRow.hlc)
        if entity_id is not None:
            query = query.where(m.ChangeRow.entity_id == entity_id)
        return list(session.scalars(query))


def table_counts(workbook: Workbook) -> dict[str, int]:
    tables: dict[str, type[m.Base]] = {**m.ROW_TYPES, "change": m.ChangeRow}
    with workbook._sessions() as session:
        return {name: session.scalar(select(func.count()).select_from(row)) or 0
                for name, row in tables.items()}


def second_mission(workbook: Workbook, sample: Sample) -> Mission:
    """A mission in Peru for Marie, with one activity and an allocation of 3 days."""
    action = Action(new_id(), "PE-2026-02", "Pension reform", "Ministerio de Trabajo", "PE")
    activity = Activity(new_id(), action.id, "A1", "Actuarial review")
    mission = Mission(new_id(), "PE-2026-02-M1", "Actuarial review", action.id, date(2026, 5, 4),
                      date(2026, 5, 8), Modality.REMOTE, MissionStatus.PLANNED)
    workbook.save(action, activity, mission, TeamMember(new_id(), mission.id, sample.marie.id),
                  Allocation(new_id(), mission.id, sample.marie.id, activity.id, 6))
    return mission


# -- reads -----------------------------------------------------------------------------------------


def test_mission_summaries_sum_allocated_and_consumed_days(workbook: Workbook, sample: Sample) -> None:
    other = second_mission(workbook, sample)
    workbook.log_day(entry(sample, date(2026, 3, 2)))
    workbook.log_day(entry(sample, date(2026, 3, 3), half_days=1, expert=sample.jurate.id))
    deleted = entry(sample, date(2026, 3, 4))
    workbook.log_day(deleted)
    workbook.delete_day(deleted.id)

    summaries = {summary.id: summary for summary in workbook.mission_summaries()}
    assert list(summaries) == [other.id, sample.mission.id]  # newest start first
    ci = summaries[sample.mission.id]
    assert (ci.allocated_half_days, ci.consumed_half_days) == (32, 3)
    assert (ci.code, ci.action_title, ci.partner_institution, ci.country_code) == (
        "CI-2026-01-M1", sample.action.title, "Direction de l'Action Sociale", "CI")
    assert (ci.start_date, ci.end_date, ci.modality, ci.status, ci.timesheet_status) == (
        date(2026, 3, 2), date(2026, 3, 13), "on_site", "ongoing", "draft")
    pe = summaries[other.id]
    assert (pe.allocated_half_days, pe.consumed_half_days) == (6, 0)


def test_mission_details_gather_the_mission(workbook: Workbook, sample: Sample) -> None:
    details = workbook.mission_details(sample.mission.id)
    assert details.mission == sample.mission
    assert details.action == sample.action
    assert details.activities == [sample.diagnostic, sample.specifications]
    assert [(t.expert, t.member.role) for t in details.team] == [
        (sample.marie, TeamRole.LEAD_EXPERT), (sample.jurate, TeamRole.EXPERT)]
    assert sorted((a.expert_id, a.activity_id, a.half_days) for a in details.allocations) == sorted([
        (sample.marie.id, sample.diagnostic.id, 16), (sample.marie.id, sample.specifications.id, 4),
        (sample.jurate.id, sample.diagnostic.id, 12)])
    assert details.counterparts == [sample.awa, sample.kouassi]
    with pytest.raises(KeyError):
        workbook.mission_details(new_id())


def test_deleted_records_leave_the_details(workbook: Workbook, sample: Sample) -> None:
    workbook.delete(Counterpart, sample.kouassi.id)
    member = next(t.member for t in workbook.mission_details(sample.mission.id).team
                  if t.expert == sample.jurate)
    workbook.delete(TeamMember, member.id)
    details = workbook.mission_details(sample.mission.id)
    assert details.counterparts == [sample.awa]
    assert [t.expert for t in details.team] == [sample.marie]
    workbook.delete(Mission, sample.mission.id)
    with pytest.raises(KeyError):
        workbook.mission_details(sample.mission.id)
    assert workbook.mission_summaries() == []


# -- writes, tombstones and the change log ---------------------------------------------------------


def test_every_write_is_logged_with_the_device_and_a_growing_clock(workbook: Workbook,
                                                                   sample: Sample) -> None:
    logged = changes(workbook)
    assert len(logged) == table_counts(workbook)["change"] > 0
    assert {change.device_id for change in logged} == {workbook.device_id}
    assert [change.seq for change in sorted(logged, key=lambda c: c.seq)] == list(range(1, len(logged) + 1))
    stamps = [HLCStamp.decode(change.hlc) for change in logged]
    assert len(set(stamps)) == len(stamps)
    assert all(change.server_seq is None for change in logged)
    assert {(c.entity, c.op) for c in logged if c.entity_id == sample.mission.id} == {("mission", "insert")}
    [insert] = changes(workbook, sample.mission.id)
    assert insert.fields["title"] == sample.mission.title and insert.fields["deleted"] is False
    assert insert.previous is None
    assert workbook.pending_change_count() == len(logged)


def test_a_save_logs_only_the_changed_fields_and_a_same_save_logs_nothing(
        workbook: Workbook, sample: Sample) -> None:
    before = len(changes(workbook))
    workbook.save(sample.marie)
    assert len(changes(workbook)) == before
    workbook.save(dataclasses.replace(sample.marie, email="m.lefevre@example.fr"))
    last = changes(workbook, sample.marie.id)[-1]
    assert (last.op, last.fields, last.previous) == (
        "update", {"email": "m.lefevre@example.fr"}, {"email": "marie.lefevre@example.fr"})
    assert HLCStamp.decode(last.hlc) > max(HLCStamp.decode(c.hlc) for c in changes(workbook)[:-1])


def test_delete_keeps_a_tombstone_and_a_save_brings_it_back(workbook: Workbook, sample: Sample) -> None:
    workbook.delete(Counterpart, sample.awa.id)
    assert workbook.get(Counterpart, sample.awa.id) is None
    assert sample.awa not in workbook.all(Counterpart)
    with workbook._sessions() as session:
        row = session.get_one(m.CounterpartRow, sample.awa.id)
        assert row.deleted and row.name == "Awa Koné"
    delete = changes(workbook, sample.awa.id)[-1]
    assert (delete.op, delete.fields, delete.previous, delete.device_id) == (
        "delete", {"deleted": True}, {"deleted": False}, workbook.device_id)
    count = len(changes(workbook))
    workbook.delete(Counterpart, sample.awa.id)  # already deleted: nothing more to log
    assert len(changes(workbook)) == count
    workbook.save(sample.awa)
    assert workbook.get(Counterpart, sample.awa.id) == sample.awa
    assert changes(workbook, sample.awa.id)[-1].fields == {"deleted": False}


def test_history_keeps_the_values_each_write_replaced(workbook: Workbook, sample: Sample) -> None:
    renamed = dataclasses.replace(sample.mission, title="Diagnostic, first phase")
    workbook.save_mission(renamed)
    workbook.save_mission(dataclasses.replace(renamed, title="Diagnostic and recommendations"))
    history = workbook.history(Mission, sample.mission.id)
    assert [item.op for item in history] == ["insert", "update", "update"]
    assert [item.fields.get("title") for item in history] == [
        "Diagnostic of the social centres", "Diagnostic, first phase", "Diagnostic and recommendations"]
    assert [item.previous for item in history[1:]] == [
        {"title": "Diagnostic of the social centres"}, {"title": "Diagnostic, first phase"}]
    assert all(item.device_id == workbook.device_id for item in history)
    assert [item.hlc for item in history] == sorted(item.hlc for item in history)


def test_an_invalid_mission_is_refused_and_nothing_written(workbook: Workbook, sample: Sample) -> None:
    counts = table_counts(workbook)
    backwards = dataclasses.replace(sample.mission, end_date=date(2026, 3, 1))
    with pytest.raises(RuleViolation) as refused:
        workbook.save(Expert(new_id(), "Someone new"), backwards)
    assert refused.value.code == Code.END_BEFORE_START
    with pytest.raises(RuleViolation) as refused:
        workbook.save_mission(dataclasses.replace(sample.mission, title="  "))
    assert refused.value.code == Code.REQUIRED_FIELD
    assert table_counts(workbook) == counts
    assert workbook.get(Mission, sample.mission.id) == sample.mission


# -- the gate: no public write goes around it ---------------------------------------------------------


BROKEN: dict[str, Callable[[Sample], object]] = {
    "lone surrogate in a description": lambda s: entry(s, date(2026, 3, 4), description="Atelier \ud800"),
    "NUL in a place": lambda s: entry(s, date(2026, 3, 4), place="Abidjan\x00"),
    "3 MiB description": lambda s: entry(s, date(2026, 3, 4), description="x" * 3 * 1024 * 1024),
    "seven half days": lambda s: entry(s, date(2026, 3, 4), half_days=7),
    "minus seven half days": lambda s: entry(s, date(2026, 3, 4), half_days=-7),
    "allocation of -5 days": lambda s: Allocation(new_id(), s.mission.id, s.marie.id, s.diagnostic.id, -10),
    "a name with an escape": lambda s: dataclasses.replace(s.marie, name="Marie\x1b[31m"),
    "terms of reference of 20,001 characters": lambda s: dataclasses.replace(
        s.mission, terms_of_reference="é" * 20_001),
    "a code of 41 characters": lambda s: dataclasses.replace(s.action, code="C" * 41),
}


@pytest.mark.parametrize("case", BROKEN)
def test_every_write_refuses_what_the_gate_refuses(workbook: Workbook, sample: Sample, case: str) -> None:
    broken = BROKEN[case](sample)
    counts = table_counts(workbook)
    writes: list[Callable[[], object]] = [
        lambda: workbook.save(Counterpart(new_id(), sample.mission.id, "Fine"), broken),
        lambda: workbook.save_and_delete([broken], [(Counterpart, sample.awa.id)]),
    ]
    if isinstance(broken, Mission):
        writes.append(lambda: workbook.save_mission(broken))
    if isinstance(broken, Expert):
        writes.append(lambda: workbook.set_profile(broken))
    if isinstance(broken, DayEntry):
        writes.append(lambda: workbook.log_day(broken))
        writes.append(lambda: workbook.check_day(broken))
    for write in writes:
        with pytest.raises(RuleViolation):
            write()
        assert table_counts(workbook) == counts
    with pytest.raises(RuleViolation), workbook.bulk_writer() as writer:  # demo data and the import
        writer.put(Counterpart(new_id(), sample.mission.id, "Fine"))
        writer.put(broken)
    assert table_counts(workbook) == counts


def test_a_day_entry_saved_or_deleted_as_any_record_follows_the_day_rules(workbook: Workbook,
                                                                         sample: Sample) -> None:
    first = entry(sample, date(2026, 3, 4))
    workbook.save(first)
    with pytest.raises(RuleViolation) as refused:
        workbook.save(entry(sample, date(2026, 3, 4), half_days=1))
    assert refused.value.code == Code.MORE_THAN_ONE_DAY
    workbook.change_timesheet(sample.mission.id, "submit")
    with pytest.raises(RuleViolation) as refused:
        workbook.delete(DayEntry, first.id)
    assert refused.value.code == Code.TIMESHEET_LOCKED
    assert workbook.day_entries(sample.mission.id) == [first]


def test_an_allocation_of_zero_days_is_kept(workbook: Workbook, sample: Sample) -> None:
    none_yet = Allocation(new_id(), sample.mission.id, sample.jurate.id, sample.specifications.id, 0)
    workbook.save(none_yet)
    assert none_yet in workbook.mission_details(sample.mission.id).allocations


def test_a_pulled_change_is_judged_with_what_the_workspace_holds(workbook: Workbook, sample: Sample) -> None:
    """What the pull applies: record rules refuse (set aside), rules around a day are findings (shown)."""
    here = entry(sample, date(2026, 3, 4))
    workbook.log_day(here)
    from_the_other_laptop = {**to_record(entry(sample, date(2026, 3, 4))), "deleted": False}
    with workbook._sessions() as session:
        verdict = judge_pulled(session, "day_entry", from_the_other_laptop, from_the_other_laptop)
        assert verdict.accepted
        assert [(f.code, f.params["logged"]) for f in verdict.findings] == [(Code.MORE_THAN_ONE_DAY, "1")]
        broken = {**from_the_other_laptop, "half_days": 7}
        refused = judge_pulled(session, "day_entry", {"half_days": 7}, broken)
        assert refused.refusal is not None and refused.refusal.code == Code.INVALID_DAYS
        elsewhere = {**from_the_other_laptop, "mission_id": new_id()}  # its mission has not come yet
        assert judge_pulled(session, "day_entry", elsewhere, elsewhere) == ACCEPTED
        name = {"name": "Awa\x00"}
        assert not judge_pulled(session, "counterpart", name, {**to_record(sample.awa), **name}).accepted


# -- day entries -----------------------------------------------------------------------------------


def test_day_entries_read_back_what_was_logged(workbook: Workbook, sample: Sample) -> None:
    other = second_mission(workbook, sample)
    details = workbook.mission_details(other.id)
    logged = [
        entry(sample, date(2026, 3, 2), place="Abidjan, Plateau", description="Kick-off",
              counterpart_ids=(sample.awa.id, sample.kouassi.id)),
        entry(sample, date(2026, 3, 3), half_days=1, kind=DayKind.REMOTE_WORK,
              activity=sample.specifications.id, counterpart_ids=(sample.kouassi.id,)),
        entry(sample, date(2026, 2, 27), kind=DayKind.PREPARATION, expert=sample.jurate.id,
              description="Reading the terms of reference"),
    ]
    elsewhere = DayEntry(new_id(), other.id, sample.marie.id, details.activities[0].id, date(2026, 5, 4),
                         DayKind.REMOTE_WORK, 2, "Brussels", "Review of the actuarial model")
    for logged_entry in (*logged, elsewhere):
        workbook.log_day(logged_entry)

    newest_first = sorted(logged, key=lambda e: e.day, reverse=True)
    assert workbook.day_entries(sample.mission.id) == newest_first
    assert workbook.day_entries(other.id) == [elsewhere]
    assert workbook.day_entries() == [elsewhere, *newest_first]
    assert workbook.get(DayEntry, logged[0].id) == logged[0]
    assert workbook.day_entries(sample.mission.id)[-2].counterpart_ids == (sample.awa.id, sample.kouassi.id)

    edited = dataclasses.replace(logged[0], description="Kick-off with the director", counterpart_ids=())
    workbook.log_day(edited)
    workbook.delete_day(logged[1].id)
    assert workbook.day_entries(sample.mission.id) == [edited, logged[2]]


@pytest.mark.parametrize(("change", "code"), [
    ({"half_days": 3}, Code.INVALID_DAYS),
    ({"half_days": 0}, Code.INVALID_DAYS),
    ({"activity_id": "not-an-activity"}, Code.UNKNOWN_ACTIVITY),
    ({"expert_id": "not-on-the-team"}, Code.NOT_ON_TEAM),
])
def test_a_refused_entry_writes_nothing(workbook: Workbook, sample: Sample, change: dict[str, object],
                                        code: Code) -> None:
    counts = table_counts(workbook)
    with pytest.raises(RuleViolation) as refused:
        workbook.log_day(dataclasses.replace(entry(sample, date(2026, 3, 2)), **change))  # type: ignore[arg-type]
    assert refused.value.code == code
    assert table_counts(workbook) == counts


def test_more_than_one_day_on_a_date_is_refused_and_the_first_entry_kept(
        workbook: Workbook, sample: Sample) -> None:
    first = entry(sample, date(2026, 3, 2), half_days=1)
    workbook.log_day(first)
    workbook.log_day(entry(sample, date(2026, 3, 2), half_days=1, activity=sample.specifications.id))
    counts = table_counts(workbook)
    with pytest.raises(RuleViolation) as refused:
        workbook.log_day(entry(sample, date(2026, 3, 2), half_days=1))
    assert refused.value.code == Code.MORE_THAN_ONE_DAY
    with pytest.raises(RuleViolation):  # an edit that would make it more than one day is refused too
        workbook.log_day(dataclasses.replace(first, half_days=2))
    assert table_counts(workbook) == counts
    assert workbook.get(DayEntry, first.id) == first


def test_warnings_are_returned_and_the_entry_kept(workbook: Workbook, sample: Sample) -> None:
    findings = workbook.log_day(entry(sample, date(2026, 3, 20)))  # after the mission's end
    assert [f.code for f in findings] == [Code.OUTSIDE_MISSION_DATES]
    assert workbook.log_day(entry(sample, date(2026, 3, 16), kind=DayKind.REPORTING)) == []
    for day in (2, 3):
        workbook.log_day(entry(sample, date(2026, 3, day), activity=sample.specifications.id))
    findings = workbook.log_day(entry(sample, date(2026, 3, 4), activity=sample.specifications.id))
    assert [f.code for f in findings] == [Code.EXCEEDS_ALLOCATION]
    assert findings[0].params["consumed"] == "3" and findings[0].params["allocated"] == "2"
    assert len(workbook.day_entries(sample.mission.id)) == 5


def test_a_locked_timesheet_refuses_logging_and_deleting_days(workbook: Workbook, sample: Sample) -> None:
    kept = entry(sample, date(2026, 3, 2))
    workbook.log_day(kept)
    assert workbook.change_timesheet(sample.mission.id, "submit") == TimesheetStatus.SUBMITTED
    counts = table_counts(workbook)
    for attempt in (lambda: workbook.log_day(entry(sample, date(2026, 3, 3))),
                    lambda: workbook.log_day(dataclasses.replace(kept, description="Changed")),
                    lambda: workbook.delete_day(kept.id),
                    lambda: workbook.check_day(entry(sample, date(2026, 3, 3)))):
        with pytest.raises(RuleViolation) as refused:
            attempt()
        assert refused.value.code == Code.TIMESHEET_LOCKED
    assert table_counts(workbook) == counts
    assert workbook.day_entries(sample.mission.id) == [kept]

    workbook.change_timesheet(sample.mission.id, "reopen")
    workbook.delete_day(kept.id)
    assert workbook.day_entries(sample.mission.id) == []


# -- the timesheet ---------------------------------------------------------------------------------


def sign_in_as(workbook: Workbook, role: str) -> None:
    """Remember an account of this role, as signing in to the hub does."""
    with Session(workbook.engine) as session, session.begin():
        sync_state.set_account(session, sync_state.SyncAccount("https://hub.socieux.eu", role, None, None,
                                                               role))


def test_timesheet_transitions_are_written_and_logged(workbook: Workbook, sample: Sample) -> None:
    mission_id = sample.mission.id
    sign_in_as(workbook, sync_state.COORDINATOR)  # returning and approving are headquarters' acts
    counts = table_counts(workbook)
    with pytest.raises(RuleViolation) as refused:
        workbook.change_timesheet(mission_id, "submit")
    assert refused.value.code == Code.NOTHING_TO_SUBMIT
    assert table_counts(workbook) == counts

    workbook.log_day(entry(sample, date(2026, 3, 2)))
    steps = [("submit", TimesheetStatus.SUBMITTED), ("return", TimesheetStatus.RETURNED),
             ("submit", TimesheetStatus.SUBMITTED), ("reopen", TimesheetStatus.DRAFT),
             ("submit", TimesheetStatus.SUBMITTED), ("approve", TimesheetStatus.APPROVED)]
    for action, expected in steps:
        assert workbook.change_timesheet(mission_id, action) == expected
        assert workbook.mission_details(mission_id).mission.timesheet_status == expected
    history = [item for item in workbook.history(Mission, mission_id)
               if item.op == "update" and "timesheet_status" in item.fields]
    assert [item.fields["timesheet_status"] for item in history] == [
        "submitted", "returned", "submitted", "draft", "submitted", "approved"]
    assert history[0].previous == {"timesheet_status": "draft"}

    for action in ("reopen", "submit", "return", "approve"):
        with pytest.raises(RuleViolation) as refused:
            workbook.change_timesheet(mission_id, action)
        assert refused.value.code == Code.TRANSITION_NOT_ALLOWED
    assert workbook.mission_details(mission_id).mission.timesheet_status == TimesheetStatus.APPROVED


@pytest.mark.parametrize("action", ["return", "approve"])
def test_only_a_coordinator_returns_or_approves_a_timesheet(workbook: Workbook, sample: Sample,
                                                            action: str) -> None:
    mission_id = sample.mission.id
    workbook.log_day(entry(sample, date(2026, 3, 2)))
    workbook.change_timesheet(mission_id, "submit")
    counts = table_counts(workbook)
    for role in (None, sync_state.EXPERT):  # not signed in, then signed in as an expert
        if role is not None:
            sign_in_as(workbook, role)
        with pytest.raises(RuleViolation) as refused:
            workbook.change_timesheet(mission_id, action)
        assert refused.value.finding == Finding(Code.TIMESHEET_HEADQUARTERS_ONLY, {"action": action})
        assert table_counts(workbook) == counts
    mission = workbook.get(Mission, mission_id)
    assert mission is not None and mission.timesheet_status == TimesheetStatus.SUBMITTED
    with pytest.raises(RuleViolation) as forged:  # nor by saving the mission with the status
        workbook.save(dataclasses.replace(mission, timesheet_status=TimesheetStatus.APPROVED))
    assert forged.value.code == Code.TIMESHEET_HEADQUARTERS_ONLY
    sign_in_as(workbook, sync_state.COORDINATOR)
    assert workbook.change_timesheet(mission_id, action).value == {"return": "returned",
                                                                   "approve": "approved"}[action]


def test_a_draft_cannot_be_reopened(workbook: Workbook, sample: Sample) -> None:
    with pytest.raises(RuleViolation) as refused:
        workbook.change_timesheet(sample.mission.id, "reopen")
    assert refused.value.code == Code.TRANSITION_NOT_ALLOWED


def test_the_budget_counts_live_entries_only(workbook: Workbook, sample: Sample) -> None:
    workbook.log_day(entry(sample, date(2026, 3, 2)))
    gone = entry(sample, date(2026, 3, 3), expert=sample.jurate.id)
    workbook.log_day(gone)
    workbook.delete_day(gone.id)
    budget = workbook.budget(sample.mission.id)
    assert (budget.total.allocated, budget.total.consumed) == (32, 2)
    assert budget.by_expert[sample.jurate.id].consumed == 0
    assert budget.by_activity[sample.diagnostic.id].consumed == 2
