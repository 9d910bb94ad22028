"""The demo workspaces: real-looking, deterministic, and within every hard rule of day logging."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from socieux_desktop.demo import DemoError, fill_demo, generate
from socieux_desktop.domain.days import FULL_DAY, HALF_DAY
from socieux_desktop.domain.errors import Code, RuleViolation
from socieux_desktop.domain.model import (
    Action,
    Activity,
    Allocation,
    Counterpart,
    DayEntry,
    Expert,
    Mission,
    MissionStatus,
    Modality,
    Sex,
    TeamMember,
    TimesheetStatus,
)
from socieux_desktop.store.exchange import export_workspace
from socieux_desktop.store.workbook import DEMO, REAL, Workbook
from tests.conftest import Sample


@pytest.fixture
def demo(workbook: Workbook) -> Workbook:
    fill_demo(workbook)
    return workbook


def open_book(path: Path) -> Iterator[Workbook]:
    book = Workbook.open(path)
    try:
        yield book
    finally:
        book.close()


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Workbook]:
    yield from open_book(tmp_path / "other")


def assert_hard_rules_hold(book: Workbook) -> None:
    """Every entry obeys the rules a person could not break through the app, checked from the rows."""
    missions = {m.id: m for m in book.all(Mission)}
    activities = {a.id: a for a in book.all(Activity)}
    team = {(t.mission_id, t.expert_id) for t in book.all(TeamMember)}
    counterparts = {c.id: c for c in book.all(Counterpart)}
    per_day: Counter[tuple[str, str]] = Counter()
    for entry in book.day_entries():
        mission = missions[entry.mission_id]
        assert entry.half_days in (HALF_DAY, FULL_DAY)
        assert activities[entry.activity_id].action_id == mission.action_id
        assert (mission.id, entry.expert_id) in team
        assert all(counterparts[c].mission_id == mission.id for c in entry.counterpart_ids)
        if not mission.start_date <= entry.day <= mission.end_date:
            assert entry.kind.may_fall_outside_mission, entry
        per_day[(entry.expert_id, entry.day.isoformat())] += entry.half_days
    assert max(per_day.values()) <= FULL_DAY


def unlock_all(book: Workbook) -> set[str]:
    """Put every locked timesheet back to draft (a test's shortcut past the workflow, which the workbook's
    writes refuse: through the bulk writer of demo data); their ids."""
    locked = {m.id for m in book.all(Mission) if m.timesheet_status.locks_entries}
    with book.bulk_writer() as writer:
        for mission_id in locked:
            mission = book.get(Mission, mission_id)
            assert mission is not None
            writer.put(dataclasses.replace(mission, timesheet_status=TimesheetStatus.DRAFT))
    return locked


def test_demo_draws_on_the_real_cases(demo: Workbook) -> None:
    summaries = demo.mission_summaries()
    assert len(summaries) == 6
    assert {s.country_code for s in summaries} == {"CI", "PE", "TG", "MX"}
    assert {s.status for s in summaries} == {status.value for status in MissionStatus}
    assert {s.modality for s in summaries} == {modality.value for modality in Modality}
    assert [s.timesheet_status for s in summaries].count(TimesheetStatus.SUBMITTED.value) == 1
    assert all(s.start_date.year == 2026 for s in summaries)
    assert any("129 social centres" in s.action_title for s in summaries)
    assert len(demo.all(Action)) == 5
    for action in demo.all(Action):
        assert 2 <= len([a for a in demo.all(Activity) if a.action_id == action.id]) <= 4


def test_every_mission_has_a_team_with_allocated_days_and_counterparts(demo: Workbook) -> None:
    for summary in demo.mission_summaries():
        details = demo.mission_details(summary.id)
        assert 1 <= len(details.team) <= 3
        assert {a.expert_id for a in details.allocations} == {t.expert.id for t in details.team}
        assert all(a.half_days > 0 for a in details.allocations)
        assert details.counterparts
        assert details.mission.themes and details.mission.cross_cutting_issues
        assert details.mission.terms_of_reference
    sexes = {c.sex for c in demo.all(Counterpart)}
    assert {Sex.FEMALE, Sex.MALE} <= sexes


def test_days_are_logged_on_the_missions_that_have_begun(demo: Workbook) -> None:
    by_status = {s.status: s for s in demo.mission_summaries()}
    assert by_status[MissionStatus.CANCELLED.value].consumed_half_days == 0
    completed = [s for s in demo.mission_summaries() if s.status == MissionStatus.COMPLETED.value]
    assert all(s.consumed_half_days > 10 for s in completed)
    assert by_status[MissionStatus.ONGOING.value].consumed_half_days > 0
    entries = demo.day_entries()
    assert len(entries) == 122
    assert {e.kind for e in entries} >= {"on_site_work", "remote_work", "travel", "preparation", "reporting"}
    assert any(e.half_days == HALF_DAY for e in entries)
    assert any(e.counterpart_ids for e in entries)


def test_every_demo_entry_passes_the_workbook_rules_without_a_warning(demo: Workbook) -> None:
    assert_hard_rules_hold(demo)
    for entry in demo.day_entries():
        mission = demo.get(Mission, entry.mission_id)
        assert mission is not None
        if mission.timesheet_status.locks_entries:
            with pytest.raises(RuleViolation) as refused:
                demo.check_day(entry)
            assert refused.value.code == Code.TIMESHEET_LOCKED
    assert unlock_all(demo)
    for entry in demo.day_entries():
        assert demo.check_day(entry) == [], entry


def test_demo_sets_the_profile_and_is_marked_demo(demo: Workbook, data_dir: Path) -> None:
    profile = demo.profile()
    assert profile is not None and profile.name == "Nguyễn Thị Lan"
    assert all(profile.id in {t.expert.id for t in demo.mission_details(s.id).team}
               for s in demo.mission_summaries())
    demo.close()
    reopened = Workbook.open(data_dir)
    try:
        assert reopened.kind == DEMO
    finally:
        reopened.close()


def test_accented_names_survive_the_database(demo: Workbook, data_dir: Path) -> None:
    demo.close()
    reopened = Workbook.open(data_dir)
    try:
        names = {e.name for e in reopened.all(Expert)}
        institutions = {a.partner_institution for a in reopened.all(Action)}
    finally:
        reopened.close()
    assert {"Łukasz Wróblewski", "Jūratė Kazlauskienė", "Nguyễn Thị Lan",
            "José María Fernández Ruiz"} <= names
    assert "Ministerio de Trabajo y Promoción del Empleo" in institutions


def test_demo_is_deterministic(demo: Workbook, other: Workbook) -> None:
    fill_demo(other)
    assert export_workspace(other) == export_workspace(demo)
    assert demo.device_id != other.device_id


def test_demo_refuses_a_workspace_that_is_not_empty(workbook: Workbook, sample: Sample) -> None:
    with pytest.raises(DemoError, match="not empty"):
        fill_demo(workbook)
    with pytest.raises(DemoError, match="not empty"):
        generate(workbook, 2, 10)
    assert len(workbook.all(Mission)) == 1
    assert workbook.kind == REAL


def test_demo_refuses_a_workspace_that_only_knows_its_expert(workbook: Workbook) -> None:
    workbook.set_profile(Expert("0b6c1f5e-4f0a-4c2e-9a57-3f2d7c1e8b90", "Aoife Ó Briain"))
    with pytest.raises(DemoError, match="not empty"):
        fill_demo(workbook)
    assert workbook.is_empty() and workbook.kind == REAL


def test_generate_makes_the_sizes_asked_for(workbook: Workbook) -> None:
    generate(workbook, 30, 2500, seed=7)
    assert len(workbook.all(Mission)) == 30
    assert len(workbook.day_entries()) == 2500
    assert workbook.kind == DEMO
    assert workbook.profile() is not None
    records = sum(len(workbook.all(cls)) for cls in
                  (Action, Activity, Expert, Mission, TeamMember, Allocation, Counterpart, DayEntry))
    assert workbook.pending_change_count() == records
    assert len({m.timesheet_status for m in workbook.all(Mission)}) >= 2


def test_generated_experts_are_never_booked_twice_on_one_date(workbook: Workbook) -> None:
    # Dense enough that experts are drawn for overlapping missions: the generator must avoid the clashes.
    generate(workbook, 40, 4000, seed=3)
    assert_hard_rules_hold(workbook)


def test_generated_entries_pass_the_workbook_rules(workbook: Workbook) -> None:
    generate(workbook, 10, 600, seed=3)
    assert_hard_rules_hold(workbook)
    unlock_all(workbook)
    for entry in workbook.day_entries():
        assert workbook.check_day(entry) == [], entry


def test_generate_is_deterministic_per_seed(workbook: Workbook, tmp_path: Path) -> None:
    generate(workbook, 8, 400, seed=5)
    same, different = Workbook.open(tmp_path / "same"), Workbook.open(tmp_path / "different")
    try:
        generate(same, 8, 400, seed=5)
        generate(different, 8, 400, seed=6)
        assert export_workspace(same) == export_workspace(workbook)
        assert export_workspace(different) != export_workspace(workbook)
    finally:
        same.close()
        different.close()


def test_generate_refuses_impossible_sizes_and_writes_nothing(workbook: Workbook) -> None:
    with pytest.raises(DemoError, match="cannot hold"):
        generate(workbook, 1, 1000)
    with pytest.raises(DemoError):
        generate(workbook, 0, 10)
    with pytest.raises(DemoError):
        generate(workbook, 3, -1)
    assert workbook.is_empty() and workbook.pending_change_count() == 0
    assert workbook.kind == REAL


@pytest.mark.slow
def test_generate_the_benchmark_workspace(workbook: Workbook) -> None:
    generate(workbook, 200, 20_000)
    assert len(workbook.mission_summaries()) == 200
    assert len(workbook.day_entries()) == 20_000
    assert_hard_rules_hold(workbook)
