"""The findings the replica keeps after a pull (``ReplicaSession.review_findings``), on a real workspace
file: those of the records' state, not the rules of writes."""

from __future__ import annotations

import dataclasses
from datetime import date

from socieux_desktop.domain.errors import Code
from socieux_desktop.domain.model import DayEntry, DayKind, TimesheetStatus, new_id
from socieux_desktop.store.replica import Replica
from socieux_desktop.store.workbook import Workbook
from tests.conftest import Sample


def two_full_days(workbook: Workbook, sample: Sample) -> tuple[DayEntry, DayEntry]:
    """Two full days of Marie on one date, written as a merge would leave them (past ``log_day``)."""
    one = DayEntry(new_id(), sample.mission.id, sample.marie.id, sample.diagnostic.id, date(2026, 3, 3),
                   DayKind.ON_SITE_WORK, 2, "Abidjan")
    other = dataclasses.replace(one, id=new_id(), place="Bouaké")
    with workbook.bulk_writer() as writer:
        writer.put(one)
        writer.put(other)
    return one, other


def reviewed(workbook: Workbook) -> dict[str, set[str]]:
    with Replica(workbook).write() as tx:
        tx.review_findings("2026-03-20T10:00:00+00:00")
    found: dict[str, set[str]] = {}
    for finding in workbook.pulled_findings():
        found.setdefault(finding.entry_id, set()).add(finding.code)
    return found


def test_an_approved_timesheet_is_no_finding_of_its_entries(workbook: Workbook, sample: Sample) -> None:
    one, other = two_full_days(workbook, sample)
    with workbook.bulk_writer() as writer:  # approved after the days were logged, as headquarters do
        writer.put(dataclasses.replace(sample.mission, timesheet_status=TimesheetStatus.APPROVED))
    both = {Code.MORE_THAN_ONE_DAY.value}
    assert reviewed(workbook) == {one.id: both, other.id: both}  # no "timesheet locked" among them


def test_findings_follow_the_state_and_are_kept_once(workbook: Workbook, sample: Sample) -> None:
    single = DayEntry(new_id(), sample.mission.id, sample.jurate.id, sample.diagnostic.id, date(2026, 3, 3),
                      DayKind.ON_SITE_WORK, 2, "Abidjan")
    workbook.log_day(single)
    assert reviewed(workbook) == {}
    one, other = two_full_days(workbook, sample)
    assert reviewed(workbook) == reviewed(workbook) == {
        one.id: {Code.MORE_THAN_ONE_DAY.value}, other.id: {Code.MORE_THAN_ONE_DAY.value}}
    workbook.delete_day(other.id)
    assert reviewed(workbook) == {}
