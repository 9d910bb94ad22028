"""The entities of a mission workbook, named as in DOMAIN.md.

Entities are immutable dataclasses; an edit is a new value made with ``dataclasses.replace``. Days are
counted in half days (an ``int``): 1 is a half day, 2 a full day. Dates are ``datetime.date``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from socieux_desktop.domain.deliverables import Deliverable


def new_id() -> str:
    """A record id made on the device, so nothing waits for a server to name a record."""
    import uuid  # at the first new record: importing uuid runs platform.uname(), a few ms of every start

    return str(uuid.uuid4())


class Modality(StrEnum):
    ON_SITE = "on_site"
    REMOTE = "remote"
    HYBRID = "hybrid"


class DayKind(StrEnum):
    ON_SITE_WORK = "on_site_work"
    REMOTE_WORK = "remote_work"
    TRAVEL = "travel"
    PREPARATION = "preparation"
    REPORTING = "reporting"

    @property
    def may_fall_outside_mission(self) -> bool:
        """Preparation and reporting happen before and after the mission's dates."""
        return self in (DayKind.PREPARATION, DayKind.REPORTING)


class MissionStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class TimesheetStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"

    @property
    def locks_entries(self) -> bool:
        return self in (TimesheetStatus.SUBMITTED, TimesheetStatus.APPROVED)


class TeamRole(StrEnum):
    LEAD_EXPERT = "lead_expert"
    EXPERT = "expert"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNSPECIFIED = "unspecified"


class Theme(StrEnum):
    PENSIONS = "pensions"
    HEALTH_COVERAGE = "health_coverage"
    SOCIAL_ASSISTANCE = "social_assistance"
    DISABILITY = "disability"
    OLDER_PEOPLE = "older_people"
    CHILDREN = "children"
    MIGRANTS_ATYPICAL_WORKERS = "migrants_atypical_workers"
    INFORMATION_SYSTEMS = "information_systems"
    GOVERNANCE = "governance"
    INFORMAL_ECONOMY = "informal_economy"
    GREEN_JOBS = "green_jobs"
    OCCUPATIONAL_SAFETY = "occupational_safety"
    PUBLIC_EMPLOYMENT_SERVICES = "public_employment_services"
    VOCATIONAL_TRAINING = "vocational_training"
    SOCIAL_DIALOGUE = "social_dialogue"


class CrossCuttingIssue(StrEnum):
    GENDER_EQUALITY = "gender_equality"
    ENVIRONMENT = "environment"
    REDUCING_INEQUALITY = "reducing_inequality"


@dataclass(frozen=True, slots=True)
class Action:
    """A project made of one or more requests of a partner institution."""

    id: str
    code: str
    title: str
    partner_institution: str
    country_code: str  # ISO 3166-1 alpha-2, e.g. "CI", "PE"


@dataclass(frozen=True, slots=True)
class Activity:
    """One of the two to four activities of an action, carried out through missions."""

    id: str
    action_id: str
    code: str
    title: str


@dataclass(frozen=True, slots=True)
class Expert:
    """A practitioner of a public administration who goes on missions."""

    id: str
    name: str
    email: str = ""
    home_institution: str = ""
    country_code: str = ""


@dataclass(frozen=True, slots=True)
class Mission:
    id: str
    code: str
    title: str
    action_id: str
    start_date: date
    end_date: date
    modality: Modality = Modality.ON_SITE
    status: MissionStatus = MissionStatus.PLANNED
    timesheet_status: TimesheetStatus = TimesheetStatus.DRAFT
    themes: tuple[Theme, ...] = ()
    cross_cutting_issues: tuple[CrossCuttingIssue, ...] = ()
    terms_of_reference: str = ""


@dataclass(frozen=True, slots=True)
class TeamMember:
    """An expert assigned to a mission."""

    id: str
    mission_id: str
    expert_id: str
    role: TeamRole = TeamRole.EXPERT


@dataclass(frozen=True, slots=True)
class Allocation:
    """Days allocated to one expert on one activity of a mission, in half days."""

    id: str
    mission_id: str
    expert_id: str
    activity_id: str
    half_days: int


@dataclass(frozen=True, slots=True)
class Counterpart:
    """A member of the partner institution's staff who works with the experts."""

    id: str
    mission_id: str
    name: str
    institution: str = ""
    role: str = ""
    sex: Sex = Sex.UNSPECIFIED
    email: str = ""


@dataclass(frozen=True, slots=True)
class DayEntry:
    """One logged half or full day: where, what, with whom."""

    id: str
    mission_id: str
    expert_id: str
    activity_id: str
    day: date
    kind: DayKind
    half_days: int  # 1 (half day) or 2 (full day)
    place: str = ""
    description: str = ""
    counterpart_ids: tuple[str, ...] = field(default=())


ENTITY_TYPES: dict[str, type] = {
    "action": Action,
    "activity": Activity,
    "expert": Expert,
    "mission": Mission,
    "team_member": TeamMember,
    "allocation": Allocation,
    "counterpart": Counterpart,
    "day_entry": DayEntry,
    "deliverable": Deliverable,
}
"""Every synchronised entity by the name used in the change log, the export and the protocol."""

ENTITY_NAMES: dict[type, str] = {cls: name for name, cls in ENTITY_TYPES.items()}
"""The name of each entity's class; its table in the workspace is named so too."""
