"""A workshop of the sample mission with participants named with every accent, for the report tests."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from socieux_desktop.collab.attendance import WorkshopLog
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.collab.workshop import Participant
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.model import Sex, new_id
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.store.workspace import database_path
from tests.conftest import Sample

DSA = "Direction de l'Action Sociale"
CNPS = "Caisse Nationale de Prévoyance Sociale"
PEOPLE = [  # name, institution, sex
    ("Łukasz Wiśniewski", "ZUS", Sex.MALE),
    ("Đorđe Petrović", CNPS, Sex.MALE),
    ("Nguyễn Thị Lan", DSA, Sex.FEMALE),
    ("Awa Koné", DSA, Sex.FEMALE),
    ("Adjoua N'Guessan", DSA, Sex.FEMALE),
    ("Kouamé", "", None),
]


@dataclass(frozen=True)
class Workshops:
    deliverable: Deliverable
    earlier_id: str
    latest_id: str


def add_workshops(workbook: Workbook, sample: Sample) -> Workshops:
    """A deliverable with two workshops: an earlier one with Awa alone, the latest (7 December 2026) with
    everyone in PEOPLE."""
    deliverable = Deliverable(new_id(), sample.mission.id, DeliverableKind.DIAGNOSTIC,
                              "Diagnostic des centres sociaux", DeliverableLanguage.FR)
    DeliverableStore(workbook).create(deliverable)
    log = WorkshopLog(workbook)
    earlier = log.start(sample.mission.id, deliverable.id)
    start = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    log.record(earlier, Participant(new_id(), "Awa Koné", DSA, Sex.FEMALE, start - timedelta(days=30)))
    log.end(earlier)
    latest = log.start(sample.mission.id, deliverable.id)
    for minutes, (name, institution, sex) in enumerate(PEOPLE):
        log.record(latest, Participant(new_id(), name, institution, sex, start + timedelta(minutes=minutes)))
    with closing(sqlite3.connect(database_path(workbook.data_dir))) as db, db:  # dates a test can rely on
        for workshop_id, started_at in ((earlier, "2026-11-06T09:00:00.000+00:00"),
                                        (latest, "2026-12-07T09:00:00.000+00:00")):
            db.execute("UPDATE workshop SET started_at = ? WHERE id = ?", (started_at, workshop_id))
    return Workshops(deliverable, earlier, latest)
