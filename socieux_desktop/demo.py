"""Demo workspaces: a small one drawn from real SOCIEUX+ cases, and large generated ones for benchmarks.

Both are deterministic (ids come from uuid5 or from a seeded ``random.Random``), so screenshots and
measurements are stable, and both obey the hard rules of day logging: one person never logs more than one
day on one date, every entry is a half or full day on one of the mission's activities by a member of its
team, and only preparation and reporting days fall outside a mission's dates. No Qt here.
"""

from __future__ import annotations

import dataclasses
import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from socieux_desktop.domain.days import FULL_DAY, HALF_DAY
from socieux_desktop.domain.model import (
    ENTITY_TYPES,
    Action,
    Activity,
    Allocation,
    Counterpart,
    CrossCuttingIssue,
    DayEntry,
    DayKind,
    Expert,
    Mission,
    MissionStatus,
    Modality,
    Sex,
    TeamMember,
    TeamRole,
    Theme,
    TimesheetStatus,
)
from socieux_desktop.domain.records import Record, to_record
from socieux_desktop.store.changes import ENTITY_NAMES, ChangeWriter
from socieux_desktop.store.exchange import holds_records, new_record_writer
from socieux_desktop.store.workbook import Workbook

DEMO_NAMESPACE = uuid.UUID("5f1c1d0e-3c1a-4e52-9d0b-50c1e0a0de01")
"""Namespace of the demo's uuid5 ids: the same demo always has the same ids."""


class DemoError(ValueError):
    """Demo data that cannot be written; the workspace is unchanged."""


def demo_id(*parts: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, "/".join(parts)))


# -- the demo from real cases ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Stay:
    """How one expert spends a mission: where they work, which days are half days, which days they log."""

    expert: Expert
    role: TeamRole
    activity: Activity
    place: str
    home: str
    preparation_days: int = 1
    reporting_days: int = 1
    half_days: frozenset[date] = frozenset()
    logged_until: date | None = None
    """Days after this date are still to come: nothing is logged for them yet."""
    slack: int = 2
    preparation_dates: tuple[date, ...] = ()


@dataclass(frozen=True)
class _MissionPlan:
    mission: Mission
    stays: Sequence[_Stay]
    counterparts: Sequence[Counterpart]
    tasks: Sequence[str]
    remote_until: date | None = None
    """For a hybrid mission: the days up to this date are worked remotely, the rest on site."""
    log_days: bool = True

    def is_remote(self, day: date) -> bool:
        if self.mission.modality == Modality.REMOTE:
            return True
        return self.remote_until is not None and day <= self.remote_until


def _experts() -> dict[str, Expert]:
    rows = [
        ("lan", "Nguyễn Thị Lan", "lan.nguyen@example.fr", "Caisse nationale de l'Assurance Maladie", "FR"),
        ("jurate", "Jūratė Kazlauskienė", "jurate.kazlauskiene@example.lt",
         "Ministry of Social Security and Labour", "LT"),
        ("lukasz", "Łukasz Wróblewski", "lukasz.wroblewski@example.pl",
         "Zakład Ubezpieczeń Społecznych", "PL"),
        ("jose_maria", "José María Fernández Ruiz", "josemaria.fernandez@example.es",
         "Instituto Nacional de la Seguridad Social", "ES"),
        ("ana_lucia", "Ana Lucía Peñaloza", "analucia.penaloza@example.co",
         "Servicio Público de Empleo", "CO"),
        ("francois", "François Van den Bossche", "francois.vandenbossche@example.be",
         "Institut national d'assurance maladie-invalidité", "BE"),
    ]
    return {key: Expert(demo_id("expert", key), name, email, institution, country)
            for key, name, email, institution, country in rows}


def _action(key: str, code: str, title: str, partner: str, country: str,
            activities: Sequence[tuple[str, str]]) -> tuple[Action, list[Activity]]:
    action = Action(demo_id("action", key), code, title, partner, country)
    return action, [Activity(demo_id("activity", key, a_code), action.id, a_code, a_title)
                    for a_code, a_title in activities]


def _counterpart(mission_key: str, key: str, name: str, institution: str, role: str, sex: Sex,
                 email: str = "") -> Counterpart:
    return Counterpart(demo_id("counterpart", mission_key, key), demo_id("mission", mission_key), name,
                       institution, role, sex, email)


def _demo_plans() -> tuple[list[Action], list[Activity], dict[str, Expert], list[_MissionPlan]]:
    e = _experts()
    ci, ci_acts = _action(
        "ci", "CI-2025-07", "Quality of services in the 129 social centres",
        "Direction de l'Action Sociale, Ministère de la Solidarité et de la Lutte contre la Pauvreté", "CI",
        [("A1", "Diagnostic of the 129 social centres"),
         ("A2", "Specifications for the services of the social centres"),
         ("A3", "National strategy for social assistance and social security")])
    pe, pe_acts = _action(
        "pe_green", "PE-2026-02", "Green jobs: an employment policy for the ecological transition",
        "Ministerio de Trabajo y Promoción del Empleo", "PE",
        [("A1", "Diagnostic of green jobs and skills"),
         ("A2", "Green jobs roadmap with the regional governments of the Amazon")])
    pm, pm_acts = _action(
        "pe_migrants", "PE-2026-05", "Social protection of migrants and atypical workers",
        "Seguro Social de Salud (EsSalud)", "PE",
        [("A1", "Legal and institutional mapping"),
         ("A2", "Options for the affiliation of migrant and platform workers")])
    tg, tg_acts = _action(
        "tg", "TG-2026-01", "Conditions for universal health coverage",
        "Institut National d'Assurance Maladie (INAM)", "TG",
        [("A1", "Financing and coverage diagnostic of the AMU"),
         ("A2", "Roadmap for universal health coverage")])
    mx, mx_acts = _action(
        "mx", "MX-2026-03", "Study visit to the Spanish Social Security",
        "Instituto Mexicano del Seguro Social (IMSS)", "MX",
        [("A1", "Study visit of an IMSS delegation to Madrid"),
         ("A2", "Lessons learned and recommendations report")])

    def mission(key: str, code: str, title: str, action: Action, start: date, end: date, modality: Modality,
                status: MissionStatus, timesheet: TimesheetStatus, themes: tuple[Theme, ...],
                issues: tuple[CrossCuttingIssue, ...], terms: str) -> Mission:
        return Mission(demo_id("mission", key), code, title, action.id, start, end, modality, status,
                       timesheet, themes, issues, terms)

    das = "Direction de l'Action Sociale"
    plans = [
        _MissionPlan(
            mission("ci1", "CI-2025-07-M1", "Diagnostic of the social centres", ci, date(2026, 2, 2),
                    date(2026, 2, 13), Modality.ON_SITE, MissionStatus.COMPLETED, TimesheetStatus.SUBMITTED,
                    (Theme.SOCIAL_ASSISTANCE, Theme.GOVERNANCE),
                    (CrossCuttingIssue.GENDER_EQUALITY, CrossCuttingIssue.REDUCING_INEQUALITY),
                    "Assess the quality of the services of the 129 social centres (reception, case "
                    "management, referral), visit a sample of centres in Abidjan and Bouaké and draft a "
                    "diagnostic with the Direction de l'Action Sociale."),
            [_Stay(e["lan"], TeamRole.LEAD_EXPERT, ci_acts[0], "Abidjan", "Paris", 2, 2,
                   frozenset({date(2026, 2, 6)})),
             _Stay(e["jurate"], TeamRole.EXPERT, ci_acts[0], "Abidjan", "Vilnius", 1, 1)],
            [_counterpart("ci1", "awa", "Awa Koné", das, "Director of Social Action", Sex.FEMALE,
                          "awa.kone@example.ci"),
             _counterpart("ci1", "kouassi", "Kouassi N'Guessan", das, "Head of the social centres unit",
                          Sex.MALE),
             _counterpart("ci1", "aminata", "Aminata Traoré", "Centre social de Yopougon", "Centre manager",
                          Sex.FEMALE)],
            ["Kick-off meeting with the Direction de l'Action Sociale",
             "Visit of the social centre of Yopougon: reception and case files",
             "Interviews with social workers on referral practices",
             "Visit of the social centre of Abobo",
             "Workshop: quality criteria for the services of the centres",
             "Analysis of the activity data of the 129 centres",
             "Drafting of the diagnostic with the counterparts",
             "Debriefing with the Director of Social Action"]),
        _MissionPlan(
            mission("ci2", "CI-2025-07-M2", "Specifications for the services of the social centres", ci,
                    date(2026, 11, 9), date(2026, 11, 27), Modality.HYBRID, MissionStatus.ONGOING,
                    TimesheetStatus.DRAFT, (Theme.SOCIAL_ASSISTANCE, Theme.INFORMATION_SYSTEMS),
                    (CrossCuttingIssue.GENDER_EQUALITY,),
                    "Draft, with the Direction de l'Action Sociale, the specifications of the services of "
                    "the 129 social centres and of their information system: one week remotely, two weeks "
                    "in Abidjan."),
            [_Stay(e["lan"], TeamRole.LEAD_EXPERT, ci_acts[1], "Abidjan", "Paris", 1, 0,
                   frozenset({date(2026, 11, 13)}), logged_until=date(2026, 11, 20), slack=6),
             _Stay(e["lukasz"], TeamRole.EXPERT, ci_acts[1], "Abidjan", "Warszawa", 1, 0,
                   logged_until=date(2026, 11, 20), slack=6)],
            [_counterpart("ci2", "awa", "Awa Koné", das, "Director of Social Action", Sex.FEMALE,
                          "awa.kone@example.ci"),
             _counterpart("ci2", "yao", "Yao Kouadio", das, "Information systems officer", Sex.MALE),
             _counterpart("ci2", "mariam", "Mariam Diabaté", das, "Quality officer", Sex.FEMALE)],
            ["Review of the diagnostic and of the comments of the Direction",
             "Outline of the specifications",
             "Workshop: minimum service package of a social centre",
             "Specifications of the case management records",
             "Workshop: indicators and reporting of the centres",
             "Drafting of the specifications with the counterparts"],
            remote_until=date(2026, 11, 13)),
        _MissionPlan(
            mission("pe1", "PE-2026-02-M1", "Diagnostic of green jobs and skills", pe, date(2026, 3, 9),
                    date(2026, 3, 20), Modality.REMOTE, MissionStatus.COMPLETED, TimesheetStatus.APPROVED,
                    (Theme.GREEN_JOBS, Theme.PUBLIC_EMPLOYMENT_SERVICES, Theme.VOCATIONAL_TRAINING),
                    (CrossCuttingIssue.ENVIRONMENT, CrossCuttingIssue.GENDER_EQUALITY),
                    "Map the green jobs and skills in demand in Peru with the Ministry of Labour and the "
                    "national employment service, and propose how the employment services can match them."),
            [_Stay(e["jose_maria"], TeamRole.LEAD_EXPERT, pe_acts[0], "Madrid", "Madrid", 1, 2),
             _Stay(e["lan"], TeamRole.EXPERT, pe_acts[0], "Paris", "Paris", 1, 1,
                   frozenset({date(2026, 3, 13), date(2026, 3, 20)})),
             _Stay(e["ana_lucia"], TeamRole.EXPERT, pe_acts[0], "Bogotá", "Bogotá", 0, 1)],
            [_counterpart("pe1", "rosa", "Rosa Quispe Mamani", "Ministerio de Trabajo y Promoción del Empleo",
                          "Director of employment promotion", Sex.FEMALE),
             _counterpart("pe1", "jorge", "Jorge Huamán", "Servicio Nacional del Empleo",
                          "Head of labour market information", Sex.MALE),
             _counterpart("pe1", "lucia", "Lucía Ríos", "Gobierno Regional de San Martín",
                          "Regional employment officer", Sex.FEMALE)],
            ["Online kick-off with the Ministry of Labour",
             "Review of labour market data on green sectors",
             "Interviews with the employment service on vacancies",
             "Online workshop: green skills in forestry and agriculture",
             "Drafting of the diagnostic"]),
        _MissionPlan(
            mission("pe2", "PE-2026-05-M1", "Legal and institutional mapping", pm, date(2026, 7, 6),
                    date(2026, 7, 17), Modality.REMOTE, MissionStatus.CANCELLED, TimesheetStatus.DRAFT,
                    (Theme.MIGRANTS_ATYPICAL_WORKERS, Theme.HEALTH_COVERAGE),
                    (CrossCuttingIssue.REDUCING_INEQUALITY,),
                    "Map the rules that keep migrants and platform workers out of social insurance. "
                    "Cancelled at the request of EsSalud; to be planned again in 2027."),
            [_Stay(e["jose_maria"], TeamRole.LEAD_EXPERT, pm_acts[0], "Madrid", "Madrid"),
             _Stay(e["lan"], TeamRole.EXPERT, pm_acts[0], "Paris", "Paris")],
            [_counterpart("pe2", "carmen", "Carmen Valdivia", "Seguro Social de Salud (EsSalud)",
                          "Head of affiliation", Sex.FEMALE)],
            [], log_days=False),
        _MissionPlan(
            mission("tg1", "TG-2026-01-M1", "Financing and coverage diagnostic of the AMU", tg,
                    date(2026, 9, 14), date(2026, 9, 25), Modality.ON_SITE, MissionStatus.COMPLETED,
                    TimesheetStatus.RETURNED, (Theme.HEALTH_COVERAGE, Theme.GOVERNANCE),
                    (CrossCuttingIssue.GENDER_EQUALITY, CrossCuttingIssue.REDUCING_INEQUALITY),
                    "Assess the conditions for universal health coverage in Togo: financing, affiliation "
                    "of the informal economy, purchasing of care; draft a diagnostic with the INAM."),
            [_Stay(e["lan"], TeamRole.LEAD_EXPERT, tg_acts[0], "Lomé", "Paris", 1, 2,
                   frozenset({date(2026, 9, 18)})),
             _Stay(e["francois"], TeamRole.EXPERT, tg_acts[0], "Lomé", "Bruxelles", 1, 1),
             _Stay(e["jurate"], TeamRole.EXPERT, tg_acts[0], "Lomé", "Vilnius", 0, 1,
                   frozenset({date(2026, 9, 25)}))],
            [_counterpart("tg1", "kossi", "Kossi Agbéko", "Institut National d'Assurance Maladie (INAM)",
                          "Director general's adviser", Sex.MALE),
             _counterpart("tg1", "afi", "Afi Mensah-Attiogbé", "Institut National d'Assurance Maladie (INAM)",
                          "Head of studies and statistics", Sex.FEMALE),
             _counterpart("tg1", "edem", "Edem Dzidzienyo", "Ministère de la Santé et de l'Hygiène Publique",
                          "Health financing officer", Sex.MALE),
             _counterpart("tg1", "yawa", "Yawa Sossou", "Fédération des mutuelles de santé du Togo",
                          "Coordinator", Sex.FEMALE)],
            ["Kick-off meeting at the INAM",
             "Review of the financing of the AMU",
             "Meeting with the mutual health organisations",
             "Workshop: affiliation of informal economy workers",
             "Visit of the regional office of Kara",
             "Drafting of the diagnostic with the counterparts",
             "Debriefing with the INAM management"]),
        _MissionPlan(
            mission("mx1", "MX-2026-03-M1", "Study visit of an IMSS delegation to Madrid", mx,
                    date(2026, 12, 7), date(2026, 12, 11), Modality.ON_SITE, MissionStatus.PLANNED,
                    TimesheetStatus.DRAFT, (Theme.PENSIONS, Theme.HEALTH_COVERAGE, Theme.GOVERNANCE),
                    (CrossCuttingIssue.REDUCING_INEQUALITY,),
                    "Organise and accompany the study visit of an IMSS delegation to the Spanish Social "
                    "Security (INSS, TGSS): affiliation, contributions, pensions and digital services."),
            [_Stay(e["jose_maria"], TeamRole.LEAD_EXPERT, mx_acts[0], "Madrid", "Madrid", 0, 0,
                   frozenset({date(2026, 11, 19)}), logged_until=date(2026, 11, 20), slack=8,
                   preparation_dates=(date(2026, 11, 17), date(2026, 11, 19))),
             _Stay(e["lan"], TeamRole.EXPERT, mx_acts[0], "Madrid", "Paris", 0, 0,
                   logged_until=date(2026, 11, 20), slack=8)],
            [_counterpart("mx1", "guadalupe", "Guadalupe Hernández", "Instituto Mexicano del Seguro Social",
                          "Head of the delegation", Sex.FEMALE),
             _counterpart("mx1", "ramon", "Ramón Ortiz Salgado", "Instituto Mexicano del Seguro Social",
                          "Pensions coordinator", Sex.MALE)],
            ["Programme of the visit with the INSS and the TGSS"]),
    ]
    return ([ci, pe, pm, tg, mx], ci_acts + pe_acts + pm_acts + tg_acts + mx_acts, e, plans)


def _weekdays(start: date, end: date) -> Iterator[date]:
    day = start
    while day <= end:
        if day.weekday() < 5:
            yield day
        day += timedelta(days=1)


def _workdays_before(day: date, count: int) -> list[date]:
    found: list[date] = []
    while len(found) < count:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            found.append(day)
    return sorted(found)


def _workdays_after(day: date, count: int) -> list[date]:
    found: list[date] = []
    while len(found) < count:
        day += timedelta(days=1)
        if day.weekday() < 5:
            found.append(day)
    return found


def _stay_entries(plan: _MissionPlan, stay: _Stay) -> list[DayEntry]:
    mission = plan.mission
    key = f"{mission.id}/{stay.expert.id}"
    entries: list[DayEntry] = []

    def log(day: date, kind: DayKind, place: str, description: str,
            counterparts: tuple[str, ...] = ()) -> None:
        if stay.logged_until is not None and day > stay.logged_until:
            return
        half_days = HALF_DAY if day in stay.half_days else FULL_DAY
        entries.append(DayEntry(demo_id("day_entry", key, day.isoformat()), mission.id, stay.expert.id,
                                stay.activity.id, day, kind, half_days, place, description, counterparts))

    preparation = stay.preparation_dates or tuple(_workdays_before(mission.start_date, stay.preparation_days))
    for day in preparation:
        log(day, DayKind.PREPARATION, stay.home, "Reading of the terms of reference and background documents")
    days = list(_weekdays(mission.start_date, mission.end_date))
    on_site = [day for day in days if not plan.is_remote(day)]
    counterpart_ids = tuple(c.id for c in plan.counterparts)
    for index, day in enumerate(days):
        task = plan.tasks[index % len(plan.tasks)]
        met = tuple(c_id for position, c_id in enumerate(counterpart_ids) if (index + position) % 2 == 0)
        if plan.is_remote(day):
            log(day, DayKind.REMOTE_WORK, stay.home, task, met)
        elif day == on_site[0]:
            log(day, DayKind.TRAVEL, f"{stay.home} – {stay.place}", "Travel to the mission")
        elif day == on_site[-1]:
            log(day, DayKind.TRAVEL, f"{stay.place} – {stay.home}", "Debriefing, then travel home")
        else:
            log(day, DayKind.ON_SITE_WORK, stay.place, task, met)
    for day in _workdays_after(mission.end_date, stay.reporting_days):
        log(day, DayKind.REPORTING, stay.home, "Finalisation of the mission report")
    return entries


def fill_demo(workbook: Workbook) -> None:
    """Fill an empty workspace with missions drawn from real cases, set the profile, mark it demo."""
    if holds_records(workbook):
        raise DemoError(f"the workspace in {workbook.data_dir} is not empty; make the demo in a new, "
                        f"empty folder")
    actions, activities, experts, plans = _demo_plans()
    with workbook.bulk_writer() as writer:
        for entity in [*actions, *activities, *experts.values()]:
            writer.put(entity)
        for plan in plans:
            _write_plan(writer, plan)
    workbook.set_profile(experts["lan"])
    workbook.mark_demo()


def _write_plan(writer: ChangeWriter, plan: _MissionPlan) -> None:
    mission = plan.mission
    writer.put(mission)
    for counterpart in plan.counterparts:
        writer.put(counterpart)
    for stay in plan.stays:
        writer.put(TeamMember(demo_id("team_member", mission.id, stay.expert.id), mission.id,
                              stay.expert.id, stay.role))
        entries = _stay_entries(plan, stay) if plan.log_days else []
        finished = stay.logged_until is None or stay.logged_until >= mission.end_date
        consumed = sum(entry.half_days for entry in entries)
        # A finished stay is allocated about what it used; an unfinished one has room for the days to come.
        allocated = consumed + stay.slack if finished and entries else max(
            consumed + stay.slack, 2 * len(list(_weekdays(mission.start_date, mission.end_date))) + 2)
        writer.put(Allocation(demo_id("allocation", mission.id, stay.expert.id), mission.id,
                              stay.expert.id, stay.activity.id, allocated))
        for entry in entries:
            writer.put(entry)


# -- large generated workspaces -------------------------------------------------------------------

_COUNTRIES = [("CI", "Abidjan"), ("PE", "Lima"), ("TG", "Lomé"), ("MX", "Ciudad de México"),
              ("TD", "N'Djaména"), ("CO", "Bogotá"), ("UY", "Montevideo"), ("SN", "Dakar"),
              ("KH", "Phnom Penh"), ("MA", "Rabat")]
_INSTITUTIONS = ["Ministry of Labour", "National Social Security Fund", "Public Employment Service",
                 "Directorate of Social Action", "National Health Insurance Institute", "Ministry of Health",
                 "National Pension Fund", "Confederation of Trade Unions"]
_FIRST_NAMES = ["Łukasz", "Jūratė", "José María", "Nguyễn Thị", "Søren", "Zoë", "Ágnes", "François",
                "Ana Lucía", "Kristjan", "Dóra", "Miloš", "Inés", "Jürgen", "Aoife", "Małgorzata"]
_LAST_NAMES = ["Wróblewski", "Kazlauskienė", "Fernández Ruiz", "Lan", "Kjærgaard", "Müller", "Łęcka",
               "Van den Bossche", "Peñaloza", "Tamm", "Nagy", "Novák", "Ó Briain", "Dubois", "Ibáñez"]
_HOMES = {"FR": "Paris", "ES": "Madrid", "BE": "Bruxelles", "LT": "Vilnius", "EE": "Tallinn", "DE": "Berlin",
          "PL": "Warszawa", "PT": "Lisboa", "IT": "Roma"}
_TASKS = ["Meeting with the counterparts", "Workshop with the partner institution",
          "Interviews with the staff of the institution", "Review of the legal framework",
          "Drafting of the deliverable", "Field visit", "Analysis of the data", "Debriefing"]
_GENERATED_START = date(2024, 1, 1)
_GENERATED_SPAN_DAYS = 3 * 365
_GENERATED_TODAY = date(2026, 11, 22)
"""The fixed "today" of generated workspaces, so that the same seed gives the same statuses."""
_OUTSIDE_WINDOW = 10
"""Preparation and reporting days fall within this many days before and after a mission."""


def _status(start: date, end: date) -> MissionStatus:
    if end < _GENERATED_TODAY:
        return MissionStatus.COMPLETED
    return MissionStatus.PLANNED if start > _GENERATED_TODAY else MissionStatus.ONGOING


@dataclass
class _Generator:
    rng: random.Random
    records: dict[str, list[Record]] = field(default_factory=lambda: {name: [] for name in ENTITY_TYPES})
    used: set[tuple[str, date]] = field(default_factory=set)
    """(expert id, date) already logged."""

    def add(self, *entities: object) -> None:
        for entity in entities:
            self.records[ENTITY_NAMES[type(entity)]].append(to_record(entity))

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def expert(self, index: int) -> Expert:
        name = f"{_FIRST_NAMES[index % len(_FIRST_NAMES)]} {_LAST_NAMES[index % len(_LAST_NAMES)]}"
        if index >= len(_FIRST_NAMES) * len(_LAST_NAMES):
            name = f"{name} {index}"
        return Expert(self.new_id(), name, f"expert{index}@example.eu", self.rng.choice(_INSTITUTIONS),
                      self.rng.choice(sorted(_HOMES)))

    def action(self, index: int) -> tuple[Action, list[Activity]]:
        country, _ = _COUNTRIES[index % len(_COUNTRIES)]
        action = Action(self.new_id(), f"{country}-{2024 + index % 3}-{index:03d}",
                        f"Action {index}: {self.rng.choice(list(Theme)).value.replace('_', ' ')}",
                        f"{self.rng.choice(_INSTITUTIONS)} ({country})", country)
        activities = [Activity(self.new_id(), action.id, f"A{n}", f"Activity {n} of action {index}")
                      for n in range(1, self.rng.randint(2, 4) + 1)]
        return action, activities

    def mission(self, index: int, action: Action, activities: Sequence[Activity],
                experts: Sequence[Expert], quota: int) -> int:
        """Write one mission, its team and up to ``quota`` day entries; return how many were written."""
        start = _GENERATED_START + timedelta(days=self.rng.randrange(_GENERATED_SPAN_DAYS))
        end = start + timedelta(days=self.rng.randint(7, 21) - 1)
        team = self._team(experts, start, end, 3 if quota > 30 else self.rng.randint(1, 3))
        city = dict(_COUNTRIES)[action.country_code]
        modality = self.rng.choice([Modality.ON_SITE, Modality.ON_SITE, Modality.REMOTE, Modality.HYBRID])
        mission = Mission(self.new_id(), f"{action.code}-M{index}", f"Mission {index} of {action.title}",
                          action.id, start, end, modality, _status(start, end), TimesheetStatus.DRAFT,
                          tuple(self.rng.sample(list(Theme), self.rng.randint(1, 3))),
                          tuple(self.rng.sample(list(CrossCuttingIssue), self.rng.randint(1, 3))),
                          f"Terms of reference of mission {index}.")
        counterparts = [Counterpart(self.new_id(), mission.id, f"Counterpart {n} of mission {index}",
                                    action.partner_institution, "Officer", self.rng.choice(list(Sex)))
                        for n in range(self.rng.randint(1, 4))]
        activity = self.rng.choice(activities)
        records: list[object] = [*counterparts]
        entries: list[DayEntry] = []
        for position, expert in enumerate(team):
            # An expert busy elsewhere on some dates leaves their share to the next one.
            share = -(-(quota - len(entries)) // (len(team) - position))
            mine = self._entries(mission, expert, activity, share, city, [c.id for c in counterparts])
            entries.extend(mine)
            role = TeamRole.LEAD_EXPERT if position == 0 else TeamRole.EXPERT
            records.append(TeamMember(self.new_id(), mission.id, expert.id, role))
            records.append(Allocation(self.new_id(), mission.id, expert.id, activity.id,
                                      sum(e.half_days for e in mine) + self.rng.randint(0, 4) or FULL_DAY))
        if entries and end < _GENERATED_TODAY and self.rng.random() < 0.5:
            mission = dataclasses.replace(mission, timesheet_status=self.rng.choice(
                [TimesheetStatus.SUBMITTED, TimesheetStatus.APPROVED]))
        self.add(mission, *records, *entries)
        return len(entries)

    def _team(self, experts: Sequence[Expert], start: date, end: date, size: int) -> list[Expert]:
        """The least busy of a few experts drawn at random, so that few dates are already taken."""
        window = [start + timedelta(days=n)
                  for n in range(-_OUTSIDE_WINDOW, (end - start).days + _OUTSIDE_WINDOW + 1)]
        candidates = self.rng.sample(experts, min(len(experts), 4 * size))
        candidates.sort(key=lambda expert: sum(1 for day in window if (expert.id, day) in self.used))
        return candidates[:size]

    def _entries(self, mission: Mission, expert: Expert, activity: Activity, count: int, city: str,
                 counterpart_ids: list[str]) -> list[DayEntry]:
        slots = self._slots(mission, expert.id, count)
        home = _HOMES[expert.country_code]
        entries = []
        for day, half_days in slots:
            if day < mission.start_date:
                kind, place = DayKind.PREPARATION, home
            elif day > mission.end_date:
                kind, place = DayKind.REPORTING, home
            elif mission.modality == Modality.REMOTE:
                kind, place = DayKind.REMOTE_WORK, home
            else:
                kind, place = DayKind.ON_SITE_WORK, city
            met = tuple(self.rng.sample(counterpart_ids, self.rng.randint(0, len(counterpart_ids))))
            entries.append(DayEntry(self.new_id(), mission.id, expert.id, activity.id, day, kind, half_days,
                                    place, self.rng.choice(_TASKS), met))
        return entries

    def _slots(self, mission: Mission, expert_id: str, count: int) -> list[tuple[date, int]]:
        """Up to ``count`` (date, half days) for one expert, mission days first, none over a full day."""
        inside = [mission.start_date + timedelta(days=n)
                  for n in range((mission.end_date - mission.start_date).days + 1)]
        before = [mission.start_date - timedelta(days=n) for n in range(1, _OUTSIDE_WINDOW + 1)]
        after = [mission.end_date + timedelta(days=n) for n in range(1, _OUTSIDE_WINDOW + 1)]
        free = [day for day in [*inside, *before, *after] if (expert_id, day) not in self.used]
        # Full days while there are enough dates; then split dates into two half-day entries.
        split = min(max(count - len(free), 0), len(free))
        slots: list[tuple[date, int]] = []
        for position, day in enumerate(free):
            if len(slots) >= count:
                break
            if position < split:
                slots.extend([(day, HALF_DAY), (day, HALF_DAY)][: count - len(slots)])
            else:
                slots.append((day, FULL_DAY))
            self.used.add((expert_id, day))
        return slots


def generate(workbook: Workbook, missions: int, day_entries: int, seed: int = 1) -> None:
    """Fill an empty workspace with ``missions`` missions and ``day_entries`` day entries, mark it demo.

    Raises ``DemoError`` when the numbers are impossible (negative, or more entries than the missions'
    teams can log without anyone logging more than one day on one date)."""
    if missions < 1 or day_entries < 0:
        raise DemoError("give at least one mission and zero or more day entries")
    if holds_records(workbook):
        raise DemoError(f"the workspace in {workbook.data_dir} is not empty; make the demo in a new, "
                        f"empty folder")
    rng = random.Random(seed)
    generator = _Generator(rng)
    experts = [generator.expert(n) for n in range(max(6, missions * 3 // 4))]
    actions = [generator.action(n) for n in range(max(1, missions // 3))]
    generator.add(*experts)
    for action, activities in actions:
        generator.add(action, *activities)
    written = 0
    for index in range(missions):
        action, activities = actions[index % len(actions)]
        quota = (day_entries - written) // (missions - index)
        written += generator.mission(index + 1, action, activities, experts, quota)
    if written != day_entries:
        raise DemoError(f"{missions} missions cannot hold {day_entries} day entries; "
                        f"give more missions or fewer day entries")
    with new_record_writer(workbook) as writer:
        for name, records in generator.records.items():
            writer.insert_all(name, records)
    workbook.set_profile(experts[0])
    workbook.mark_demo()
