from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect

from socieux_desktop.collab.attendance import UnknownWorkshop, WorkshopLog
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.collab.workshop import Participant
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.errors import RuleViolation
from socieux_desktop.domain.model import Sex, new_id
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.store.workspace import database_path
from tests.collab.test_store import report
from tests.conftest import Sample
from tests.store.test_migrations import make_at_revision


@pytest.fixture
def deliverable(workbook: Workbook, sample: Sample) -> Deliverable:
    made = report(sample)
    DeliverableStore(workbook).create(made)
    return made


def person(name: str, sex: Sex | None = None, minutes: int = 0) -> Participant:
    return Participant(new_id(), name, "Ministère", sex,
                       datetime(2026, 3, 4, 9, 0, tzinfo=UTC) + timedelta(minutes=minutes))


def test_a_workshop_and_its_attendance(workbook: Workbook, deliverable: Deliverable) -> None:
    log = WorkshopLog(workbook)
    workshop_id = log.start(deliverable.mission_id, deliverable.id)
    awa = person("Awa Koné", Sex.FEMALE, minutes=5)
    anonymous = person("Kouassi", None, minutes=1)
    log.record(workshop_id, awa)
    log.record(workshop_id, anonymous)
    log.record(workshop_id, replace(awa, read_only=True))  # the same person again: brought up to date
    [workshop] = log.of_mission(deliverable.mission_id)
    assert (workshop.id, workshop.deliverable_id, workshop.ended_at) == (workshop_id, deliverable.id, None)
    attendees = log.participants(workshop_id)
    assert [(a.name, a.sex, a.read_only) for a in attendees] == [
        ("Kouassi", None, False), ("Awa Koné", Sex.FEMALE, True)]
    assert attendees[1].joined_at == awa.joined_at and attendees[1].id == awa.id
    log.end(workshop_id)
    ended = log.get(workshop_id).ended_at
    assert ended is not None and ended >= workshop.started_at
    log.end(workshop_id)  # again: the first end stays
    assert log.get(workshop_id).ended_at == ended


@pytest.mark.parametrize(("name", "institution"), [("Awa\x00", "DAS"), ("Awa \ud800", "DAS"), ("  ", "DAS"),
                                                 ("Awa", "D" * 301), ("Awa", "DAS\x1b")])
def test_a_participant_the_gate_refuses_writes_nothing(workbook: Workbook, deliverable: Deliverable,
                                                       name: str, institution: str) -> None:
    log = WorkshopLog(workbook)
    workshop_id = log.start(deliverable.mission_id, deliverable.id)
    changes = workbook.pending_change_count()
    with pytest.raises(RuleViolation):
        log.record(workshop_id, replace(person("Awa"), name=name, institution=institution))
    assert log.participants(workshop_id) == [] and workbook.pending_change_count() == changes
    awa = person("Awa Koné")
    log.record(workshop_id, awa)
    with pytest.raises(RuleViolation):  # nor when brought up to date
        log.record(workshop_id, replace(awa, name=name, institution=institution))
    assert [a.name for a in log.participants(workshop_id)] == ["Awa Koné"]


def test_kept_in_the_workspace_file(data_dir: Path, workbook: Workbook, deliverable: Deliverable) -> None:
    log = WorkshopLog(workbook)
    first = log.start(deliverable.mission_id, deliverable.id)
    log.record(first, person("Awa Koné", Sex.FEMALE))
    second = log.start(deliverable.mission_id, deliverable.id)
    workbook.close()
    reopened = Workbook.open(data_dir)
    try:
        log = WorkshopLog(reopened)
        assert [w.id for w in log.of_mission(deliverable.mission_id)] in ([second, first], [first, second])
        assert [a.name for a in log.participants(first)] == ["Awa Koné"]
        assert log.participants(second) == []
        assert log.of_mission("another mission") == []
    finally:
        reopened.close()
    with sqlite3.connect(database_path(data_dir)) as raw:
        assert raw.execute("SELECT count(*) FROM workshop_participant").fetchone() == (1,)


def test_unknown_workshop(workbook: Workbook, deliverable: Deliverable) -> None:
    log = WorkshopLog(workbook)
    with pytest.raises(UnknownWorkshop):
        log.record("nope", person("A"))
    with pytest.raises(UnknownWorkshop):
        log.end("nope")
    with pytest.raises(UnknownWorkshop):
        log.get("nope")
    assert log.participants("nope") == []


def test_a_participant_belongs_to_one_workshop(workbook: Workbook, deliverable: Deliverable) -> None:
    log = WorkshopLog(workbook)
    first = log.start(deliverable.mission_id, deliverable.id)
    second = log.start(deliverable.mission_id, deliverable.id)
    awa = person("Awa")
    log.record(first, awa)
    with pytest.raises(ValueError, match="another workshop"):
        log.record(second, awa)
    assert log.participants(second) == []


def test_0003_applies_on_a_workspace_at_0002(tmp_path: Path, sample: Sample) -> None:
    data_dir = tmp_path / "old"
    make_at_revision(data_dir, "0002")
    book = Workbook.open(data_dir)
    try:
        tables = inspect(book.engine).get_table_names()
        assert {"workshop", "workshop_participant"} <= set(tables)
        store = DeliverableStore(book)
        book.save(sample.action, sample.mission)
        made = Deliverable(new_id(), sample.mission.id, DeliverableKind.ACTION_PLAN, "Plan",
                           DeliverableLanguage.EN)
        store.create(made)
        log = WorkshopLog(book)
        log.record(log.start(made.mission_id, made.id), person("Awa"))
    finally:
        book.close()
