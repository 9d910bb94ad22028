"""Shared fixtures: a real workspace file in a temporary folder, with one small mission."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from socieux_desktop.domain.model import (
    Action,
    Activity,
    Allocation,
    Counterpart,
    CrossCuttingIssue,
    Expert,
    Mission,
    MissionStatus,
    Modality,
    Sex,
    TeamMember,
    TeamRole,
    Theme,
    new_id,
)
from socieux_desktop.store.workbook import Workbook


@dataclass(frozen=True)
class Sample:
    """A mission in Côte d'Ivoire with two activities, two experts and two counterparts."""

    action: Action
    diagnostic: Activity
    specifications: Activity
    marie: Expert
    jurate: Expert
    mission: Mission
    awa: Counterpart
    kouassi: Counterpart


def make_sample() -> Sample:
    action = Action(new_id(), "CI-2026-01", "Quality of services in 129 social centres",
                    "Direction de l'Action Sociale", "CI")
    diagnostic = Activity(new_id(), action.id, "A1", "Diagnostic of the social centres")
    specifications = Activity(new_id(), action.id, "A2", "Specifications for 129 social centres")
    marie = Expert(new_id(), "Marie Lefèvre", "marie.lefevre@example.fr", "CNAF", "FR")
    jurate = Expert(new_id(), "Jūratė Kazlauskienė", "jurate@example.lt", "SADM", "LT")
    mission = Mission(
        new_id(), "CI-2026-01-M1", "Diagnostic of the social centres", action.id,
        date(2026, 3, 2), date(2026, 3, 13), Modality.ON_SITE, MissionStatus.ONGOING,
        themes=(Theme.SOCIAL_ASSISTANCE,), cross_cutting_issues=(CrossCuttingIssue.GENDER_EQUALITY,))
    awa = Counterpart(new_id(), mission.id, "Awa Koné", "Direction de l'Action Sociale", "Director",
                      Sex.FEMALE)
    kouassi = Counterpart(new_id(), mission.id, "Kouassi N'Guessan", "Direction de l'Action Sociale",
                          "Head of unit", Sex.MALE)
    return Sample(action, diagnostic, specifications, marie, jurate, mission, awa, kouassi)


def fill(workbook: Workbook, sample: Sample) -> None:
    s = sample
    workbook.save(
        s.action, s.diagnostic, s.specifications, s.marie, s.jurate, s.mission,
        TeamMember(new_id(), s.mission.id, s.marie.id, TeamRole.LEAD_EXPERT),
        TeamMember(new_id(), s.mission.id, s.jurate.id, TeamRole.EXPERT),
        Allocation(new_id(), s.mission.id, s.marie.id, s.diagnostic.id, 16),
        Allocation(new_id(), s.mission.id, s.marie.id, s.specifications.id, 4),
        Allocation(new_id(), s.mission.id, s.jurate.id, s.diagnostic.id, 12),
        s.awa, s.kouassi,
    )
    workbook.set_profile(s.marie)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def workbook(data_dir: Path) -> Iterator[Workbook]:
    book = Workbook.open(data_dir)
    yield book
    book.close()


@pytest.fixture
def sample(workbook: Workbook) -> Sample:
    """The sample mission, written to ``workbook``."""
    made = make_sample()
    fill(workbook, made)
    return made
