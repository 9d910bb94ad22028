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
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from socieux_desktop import demo_texts
from socieux_desktop.demo_ids import demo_id
from socieux_desktop.domain.days import FULL_DAY, HALF_DAY
from socieux_desktop.domain.deliverables import (
    Deliverable,
    DeliverableKind,
    DeliverableLanguage,
    DeliverableStatus,
)
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

if TYPE_CHECKING:
    from socieux_desktop.collab.attendance import Attendee, Workshop
    from socieux_desktop.collab.document import DeliverableDocument



class DemoError(ValueError):
    """Demo data that cannot be written; the workspace is unchanged."""


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
    language: str
    """The mission's working language ("fr" or "es"): its records and texts are written in it."""
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
        "ci", "CI-2025-07", "Qualité des services des 129 centres sociaux",
        "Direction de l'Action Sociale, Ministère de la Solidarité et de la Lutte contre la Pauvreté", "CI",
        [("A1", "Diagnostic des 129 centres sociaux"),
         ("A2", "Cahier des charges des services des centres sociaux"),
         ("A3", "Stratégie nationale d'assistance sociale et de sécurité sociale")])
    pe, pe_acts = _action(
        "pe_green", "PE-2026-02", "Empleos verdes: una política de empleo para la transición ecológica",
        "Ministerio de Trabajo y Promoción del Empleo", "PE",
        [("A1", "Diagnóstico de empleos y competencias verdes"),
         ("A2", "Hoja de ruta de empleos verdes con los gobiernos regionales de la Amazonía")])
    pm, pm_acts = _action(
        "pe_migrants", "PE-2026-05", "Protección social de personas migrantes y trabajadores atípicos",
        "Seguro Social de Salud (EsSalud)", "PE",
        [("A1", "Mapeo jurídico e institucional"),
         ("A2", "Opciones de afiliación de trabajadores migrantes y de plataformas")])
    tg, tg_acts = _action(
        "tg", "TG-2026-01", "Conditions de la couverture santé universelle",
        "Institut National d'Assurance Maladie (INAM)", "TG",
        [("A1", "Diagnostic du financement et de la couverture de l'AMU"),
         ("A2", "Feuille de route de la couverture santé universelle")])
    mx, mx_acts = _action(
        "mx", "MX-2026-03", "Visita de estudio a la Seguridad Social española",
        "Instituto Mexicano del Seguro Social (IMSS)", "MX",
        [("A1", "Visita de estudio de una delegación del IMSS a Madrid"),
         ("A2", "Informe de lecciones aprendidas y recomendaciones")])

    def mission(key: str, code: str, title: str, action: Action, start: date, end: date, modality: Modality,
                status: MissionStatus, timesheet: TimesheetStatus, themes: tuple[Theme, ...],
                issues: tuple[CrossCuttingIssue, ...], terms: str) -> Mission:
        return Mission(demo_id("mission", key), code, title, action.id, start, end, modality, status,
                       timesheet, themes, issues, terms)

    das = "Direction de l'Action Sociale"
    inam = "Institut National d'Assurance Maladie (INAM)"
    imss = "Instituto Mexicano del Seguro Social"
    plans = [
        _MissionPlan(
            mission("ci1", "CI-2025-07-M1", "Diagnostic des centres sociaux", ci, date(2026, 2, 2),
                    date(2026, 2, 13), Modality.ON_SITE, MissionStatus.COMPLETED, TimesheetStatus.SUBMITTED,
                    (Theme.SOCIAL_ASSISTANCE, Theme.GOVERNANCE),
                    (CrossCuttingIssue.GENDER_EQUALITY, CrossCuttingIssue.REDUCING_INEQUALITY),
                    "Évaluer la qualité des services des 129 centres sociaux (accueil, gestion des cas, "
                    "orientation), visiter un échantillon de centres à Abidjan et à Bouaké et rédiger un "
                    "diagnostic avec la Direction de l'Action Sociale."),
            [_Stay(e["lan"], TeamRole.LEAD_EXPERT, ci_acts[0], "Abidjan", "Paris", 2, 2,
                   frozenset({date(2026, 2, 6)})),
             _Stay(e["jurate"], TeamRole.EXPERT, ci_acts[0], "Abidjan", "Vilnius", 1, 1)],
            [_counterpart("ci1", "awa", "Awa Koné", das, "Directrice de l'Action Sociale", Sex.FEMALE,
                          "awa.kone@example.ci"),
             _counterpart("ci1", "kouassi", "Kouassi N'Guessan", das, "Chef du service des centres sociaux",
                          Sex.MALE),
             _counterpart("ci1", "aminata", "Aminata Traoré", "Centre social de Yopougon", "Cheffe de centre",
                          Sex.FEMALE)],
            ["Réunion de lancement avec la Direction de l'Action Sociale",
             "Visite du centre social de Yopougon : accueil et dossiers",
             "Entretiens avec les travailleurs sociaux sur l'orientation",
             "Visite du centre social d'Abobo",
             "Atelier : critères de qualité des services des centres",
             "Analyse des données d'activité des 129 centres",
             "Rédaction du diagnostic avec les homologues",
             "Restitution à la Directrice de l'Action Sociale"], "fr"),
        _MissionPlan(
            mission("ci2", "CI-2025-07-M2", "Cahier des charges des services des centres sociaux", ci,
                    date(2026, 11, 9), date(2026, 11, 27), Modality.HYBRID, MissionStatus.ONGOING,
                    TimesheetStatus.DRAFT, (Theme.SOCIAL_ASSISTANCE, Theme.INFORMATION_SYSTEMS),
                    (CrossCuttingIssue.GENDER_EQUALITY,),
                    "Rédiger, avec la Direction de l'Action Sociale, le cahier des charges des services des "
                    "129 centres sociaux et de leur système d'information : une semaine à distance, deux "
                    "semaines à Abidjan."),
            [_Stay(e["lan"], TeamRole.LEAD_EXPERT, ci_acts[1], "Abidjan", "Paris", 1, 0,
                   frozenset({date(2026, 11, 13)}), logged_until=date(2026, 11, 20), slack=6),
             _Stay(e["lukasz"], TeamRole.EXPERT, ci_acts[1], "Abidjan", "Warszawa", 1, 0,
                   logged_until=date(2026, 11, 20), slack=6)],
            [_counterpart("ci2", "awa", "Awa Koné", das, "Directrice de l'Action Sociale", Sex.FEMALE,
                          "awa.kone@example.ci"),
             _counterpart("ci2", "yao", "Yao Kouadio", das, "Chargé des systèmes d'information", Sex.MALE),
             _counterpart("ci2", "mariam", "Mariam Diabaté", das, "Chargée de la qualité", Sex.FEMALE)],
            ["Revue du diagnostic et des observations de la Direction",
             "Plan du cahier des charges",
             "Atelier : paquet minimum de services d'un centre social",
             "Cahier des charges du dossier de la personne accompagnée",
             "Atelier : indicateurs et rapports des centres",
             "Rédaction du cahier des charges avec les homologues"], "fr",
            remote_until=date(2026, 11, 13)),
        _MissionPlan(
            mission("pe1", "PE-2026-02-M1", "Diagnóstico de empleos y competencias verdes", pe,
                    date(2026, 3, 9), date(2026, 3, 20), Modality.REMOTE, MissionStatus.COMPLETED,
                    TimesheetStatus.APPROVED,
                    (Theme.GREEN_JOBS, Theme.PUBLIC_EMPLOYMENT_SERVICES, Theme.VOCATIONAL_TRAINING),
                    (CrossCuttingIssue.ENVIRONMENT, CrossCuttingIssue.GENDER_EQUALITY),
                    "Identificar los empleos verdes y las competencias demandadas en el Perú con el "
                    "Ministerio de Trabajo y el Servicio Nacional del Empleo, y proponer cómo los servicios "
                    "de empleo pueden orientar hacia ellos."),
            [_Stay(e["jose_maria"], TeamRole.LEAD_EXPERT, pe_acts[0], "Madrid", "Madrid", 1, 2),
             _Stay(e["lan"], TeamRole.EXPERT, pe_acts[0], "Paris", "Paris", 1, 1,
                   frozenset({date(2026, 3, 13), date(2026, 3, 20)})),
             _Stay(e["ana_lucia"], TeamRole.EXPERT, pe_acts[0], "Bogotá", "Bogotá", 0, 1)],
            [_counterpart("pe1", "rosa", "Rosa Quispe Mamani", "Ministerio de Trabajo y Promoción del Empleo",
                          "Directora de promoción del empleo", Sex.FEMALE),
             _counterpart("pe1", "jorge", "Jorge Huamán", "Servicio Nacional del Empleo",
                          "Jefe de información del mercado de trabajo", Sex.MALE),
             _counterpart("pe1", "lucia", "Lucía Ríos", "Gobierno Regional de San Martín",
                          "Responsable regional de empleo", Sex.FEMALE)],
            ["Reunión de inicio en línea con el Ministerio de Trabajo",
             "Revisión de los datos del mercado de trabajo de los sectores verdes",
             "Entrevistas con el servicio de empleo sobre las vacantes",
             "Taller en línea: competencias verdes en el sector forestal y la agricultura",
             "Redacción del diagnóstico"], "es"),
        _MissionPlan(
            mission("pe2", "PE-2026-05-M1", "Mapeo jurídico e institucional", pm, date(2026, 7, 6),
                    date(2026, 7, 17), Modality.REMOTE, MissionStatus.CANCELLED, TimesheetStatus.DRAFT,
                    (Theme.MIGRANTS_ATYPICAL_WORKERS, Theme.HEALTH_COVERAGE),
                    (CrossCuttingIssue.REDUCING_INEQUALITY,),
                    "Identificar las normas que dejan a las personas migrantes y a los trabajadores de "
                    "plataformas fuera del seguro social. Cancelada a pedido de EsSalud; se programará de "
                    "nuevo en 2027."),
            [_Stay(e["jose_maria"], TeamRole.LEAD_EXPERT, pm_acts[0], "Madrid", "Madrid"),
             _Stay(e["lan"], TeamRole.EXPERT, pm_acts[0], "Paris", "Paris")],
            [_counterpart("pe2", "carmen", "Carmen Valdivia", "Seguro Social de Salud (EsSalud)",
                          "Jefa de afiliación", Sex.FEMALE)],
            [], "es", log_days=False),
        _MissionPlan(
            mission("tg1", "TG-2026-01-M1", "Diagnostic du financement et de la couverture de l'AMU", tg,
                    date(2026, 9, 14), date(2026, 9, 25), Modality.ON_SITE, MissionStatus.COMPLETED,
                    TimesheetStatus.RETURNED, (Theme.HEALTH_COVERAGE, Theme.GOVERNANCE),
                    (CrossCuttingIssue.GENDER_EQUALITY, CrossCuttingIssue.REDUCING_INEQUALITY),
                    "Évaluer les conditions de la couverture santé universelle au Togo : financement, "
                    "affiliation de l'économie informelle, achat des soins ; rédiger un diagnostic avec "
                    "l'INAM."),
            [_Stay(e["lan"], TeamRole.LEAD_EXPERT, tg_acts[0], "Lomé", "Paris", 1, 2,
                   frozenset({date(2026, 9, 18)})),
             _Stay(e["francois"], TeamRole.EXPERT, tg_acts[0], "Lomé", "Bruxelles", 1, 1),
             _Stay(e["jurate"], TeamRole.EXPERT, tg_acts[0], "Lomé", "Vilnius", 0, 1,
                   frozenset({date(2026, 9, 25)}))],
            [_counterpart("tg1", "kossi", "Kossi Agbéko", inam, "Conseiller du directeur général", Sex.MALE),
             _counterpart("tg1", "afi", "Afi Mensah-Attiogbé", inam, "Cheffe des études et statistiques",
                          Sex.FEMALE),
             _counterpart("tg1", "edem", "Edem Dzidzienyo", "Ministère de la Santé et de l'Hygiène Publique",
                          "Chargé du financement de la santé", Sex.MALE),
             _counterpart("tg1", "yawa", "Yawa Sossou", "Fédération des mutuelles de santé du Togo",
                          "Coordinatrice", Sex.FEMALE)],
            ["Réunion de lancement à l'INAM",
             "Revue du financement de l'AMU",
             "Rencontre avec les mutuelles de santé",
             "Atelier : affiliation des travailleurs de l'économie informelle",
             "Visite de la direction régionale de Kara",
             "Rédaction du diagnostic avec les homologues",
             "Restitution à la direction de l'INAM"], "fr"),
        _MissionPlan(
            mission("mx1", "MX-2026-03-M1", "Visita de estudio de una delegación del IMSS a Madrid", mx,
                    date(2026, 12, 7), date(2026, 12, 11), Modality.ON_SITE, MissionStatus.PLANNED,
                    TimesheetStatus.DRAFT, (Theme.PENSIONS, Theme.HEALTH_COVERAGE, Theme.GOVERNANCE),
                    (CrossCuttingIssue.REDUCING_INEQUALITY,),
                    "Organizar y acompañar la visita de estudio de una delegación del IMSS a la Seguridad "
                    "Social española (INSS, TGSS): afiliación, cotizaciones, pensiones y servicios "
                    "digitales."),
            [_Stay(e["jose_maria"], TeamRole.LEAD_EXPERT, mx_acts[0], "Madrid", "Madrid", 0, 0,
                   frozenset({date(2026, 11, 19)}), logged_until=date(2026, 11, 20), slack=8,
                   preparation_dates=(date(2026, 11, 17), date(2026, 11, 19))),
             _Stay(e["lan"], TeamRole.EXPERT, mx_acts[0], "Madrid", "Paris", 0, 0,
                   logged_until=date(2026, 11, 20), slack=8)],
            [_counterpart("mx1", "guadalupe", "Guadalupe Hernández", imss, "Jefa de la delegación",
                          Sex.FEMALE),
             _counterpart("mx1", "ramon", "Ramón Ortiz Salgado", imss, "Coordinador de pensiones", Sex.MALE)],
            ["Programa de la visita con el INSS y la TGSS"], "es"),
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


_LOG_WORDS = {
    "fr": {"preparation": "Lecture des termes de référence et des documents de contexte",
           "arrival": "Voyage vers le lieu de la mission", "departure": "Restitution, puis voyage retour",
           "reporting": "Finalisation du rapport de mission"},
    "es": {"preparation": "Lectura de los términos de referencia y de los documentos de contexto",
           "arrival": "Viaje al lugar de la misión", "departure": "Reunión de cierre y viaje de regreso",
           "reporting": "Finalización del informe de misión"},
}
"""What the experts write in the day log of a mission, in its working language."""


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
    words = _LOG_WORDS[plan.language]
    for day in preparation:
        log(day, DayKind.PREPARATION, stay.home, words["preparation"])
    days = list(_weekdays(mission.start_date, mission.end_date))
    on_site = [day for day in days if not plan.is_remote(day)]
    counterpart_ids = tuple(c.id for c in plan.counterparts)
    for index, day in enumerate(days):
        task = plan.tasks[index % len(plan.tasks)]
        met = tuple(c_id for position, c_id in enumerate(counterpart_ids) if (index + position) % 2 == 0)
        if plan.is_remote(day):
            log(day, DayKind.REMOTE_WORK, stay.home, task, met)
        elif day == on_site[0]:
            log(day, DayKind.TRAVEL, f"{stay.home} – {stay.place}", words["arrival"])
        elif day == on_site[-1]:
            log(day, DayKind.TRAVEL, f"{stay.place} – {stay.home}", words["departure"])
        else:
            log(day, DayKind.ON_SITE_WORK, stay.place, task, met)
    for day in _workdays_after(mission.end_date, stay.reporting_days):
        log(day, DayKind.REPORTING, stay.home, words["reporting"])
    return entries


def fill_demo(workbook: Workbook) -> None:
    """Fill an empty workspace with missions drawn from real cases, set the profile, mark it demo."""
    if holds_records(workbook):
        raise DemoError(f"the workspace in {workbook.data_dir} is not empty; make the demo in a new, "
                        f"empty folder")
    from socieux_desktop.collab.attendance import WorkshopLog
    from socieux_desktop.collab.store import DeliverableStore

    actions, activities, experts, plans = _demo_plans()
    store, log = DeliverableStore(workbook), WorkshopLog(workbook)
    with workbook.bulk_writer() as writer:
        writer.put_all([*actions, *activities, *experts.values()])
        for plan in plans:
            _write_plan(writer, plan)
        for deliverable, document in _demo_deliverables(experts):
            writer.put(deliverable)
            store.write_update(writer, deliverable.id, deliverable.mission_id, 1, document.encode_state())
        workshop, attendees = _demo_workshop()
        log.write(writer, workshop, attendees)
    workbook.set_profile(experts["lan"])
    workbook.mark_demo()


# -- the demo's deliverables and workshop ---------------------------------------------------------

_HEADQUARTERS = "Coordination SOCIEUX+ (siège)"


def _moment(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def _new_document(key: str, deliverable_id: str, sections: demo_texts.Sections) -> DeliverableDocument:
    """A deliverable's document with a fixed client id and fixed section ids (the same demo every time),
    its sections written in one transaction as a new deliverable's first update is."""
    from socieux_desktop.collab.document import DeliverableDocument

    client_id = (uuid.UUID(demo_id("client", key)).int >> (128 - 53)) or 1
    document = DeliverableDocument.create(deliverable_id, (), client_id=client_id)
    with document.transaction():
        for number, (title, body) in enumerate(sections):
            document.add_section(title, body, section_id=demo_id("section", key, str(number)))
    return document


def _comment(document: DeliverableDocument, key: str, number: int, section: int, passage: str, text: str,
             author: str, created: datetime, resolved_by: str = "") -> None:
    from socieux_desktop.collab.annotations import Comments

    section_id = document.sections()[section].id
    start = document.text(section_id).index(passage)
    comments = Comments(document)
    comment_id = comments.add(section_id, "body", start, start + len(passage), text, author,
                              comment_id=demo_id("comment", key, str(number)), created=created)
    if resolved_by:
        comments.resolve(comment_id, resolved_by)


def _demo_deliverables(e: dict[str, Expert]) -> list[tuple[Deliverable, DeliverableDocument]]:
    """One deliverable at each stage: a draft (with comments, two named versions, the workshop), one
    submitted, one returned with headquarters' comments, one approved; and a draft being prepared."""
    from socieux_desktop.collab.annotations import Versions

    lan = e["lan"].name
    found = []

    def deliverable(key: str, mission: str, kind: DeliverableKind, title: str, language: DeliverableLanguage,
                    status: DeliverableStatus, sections: demo_texts.Sections
                    ) -> tuple[Deliverable, DeliverableDocument]:
        made = Deliverable(demo_id("deliverable", key), demo_id("mission", mission), kind, title, language,
                           status)
        document = _new_document(key, made.id, sections)
        found.append((made, document))
        return made, document

    deliverable("ci_diagnostic", "ci1", DeliverableKind.DIAGNOSTIC,
                "Diagnostic de la qualité des services des 129 centres sociaux", DeliverableLanguage.FR,
                DeliverableStatus.APPROVED, demo_texts.CI_DIAGNOSTIC)

    _, specifications = deliverable(
        "ci_specifications", "ci2", DeliverableKind.OTHER,
        "Cahier des charges des services des centres sociaux", DeliverableLanguage.FR,
        DeliverableStatus.DRAFT, demo_texts.CI_SPECIFICATIONS_FIRST)
    versions = Versions(specifications)
    versions.save("Avant l'atelier", lan, version_id=demo_id("version", "ci", "1"),
                  created=_moment(date(2026, 11, 16), 17, 30))
    _edit(specifications, demo_texts.CI_SPECIFICATIONS_AFTER_WORKSHOP)
    versions.save("Après l'atelier", lan, version_id=demo_id("version", "ci", "2"),
                  created=_moment(date(2026, 11, 18), 16, 0))
    _edit(specifications, demo_texts.CI_SPECIFICATIONS_LATER)
    title, body = demo_texts.CI_SPECIFICATIONS_NEW_SECTION
    specifications.add_section(title, body, index=3,
                               section_id=demo_id("section", "ci_specifications", "new"))
    _comment(specifications, "ci_specifications", 1, 1, "Médiation familiale",
             "La médiation familiale demande une formation que peu d'agents ont reçue : prévoir un module "
             "dans le plan de formation.", "Awa Koné", _moment(date(2026, 11, 18), 10, 5))
    _comment(specifications, "ci_specifications", 2, 2, "numéro d'identification s'il existe",
             "Préciser lequel : le numéro national d'identification (NNI) ou celui du Registre social des "
             "ménages.", "Yao Kouadio", _moment(date(2026, 11, 18), 10, 40))
    _comment(specifications, "ci_specifications", 3, 4, "Délai moyen entre le premier accueil",
             "Cible de 15 jours discutée en atelier ; à confirmer avec les chefs de centre de Bouaké.",
             lan, _moment(date(2026, 11, 18), 11, 20), resolved_by="Mariam Diabaté")

    deliverable("pe_diagnostic", "pe1", DeliverableKind.DIAGNOSTIC,
                "Diagnóstico de empleos y competencias verdes en el Perú", DeliverableLanguage.ES,
                DeliverableStatus.SUBMITTED, demo_texts.PE_DIAGNOSTIC)

    _, togo = deliverable("tg_diagnostic", "tg1", DeliverableKind.DIAGNOSTIC,
                          "Diagnostic du financement et de la couverture de l'AMU au Togo",
                          DeliverableLanguage.FR, DeliverableStatus.RETURNED, demo_texts.TG_DIAGNOSTIC)
    for number, (section, passage, text) in enumerate(demo_texts.TG_HEADQUARTERS_COMMENTS, start=1):
        _comment(togo, "tg_diagnostic", number, section, passage, text, _HEADQUARTERS,
                 _moment(date(2026, 10, 20), 9, number))

    deliverable("mx_programme", "mx1", DeliverableKind.OTHER, "Programa de la visita de estudio a Madrid",
                DeliverableLanguage.ES, DeliverableStatus.DRAFT, demo_texts.MX_PROGRAMME)
    return found


def _edit(document: DeliverableDocument, bodies: dict[int, str]) -> None:
    sections = document.sections()
    with document.transaction():
        for index, body in bodies.items():
            document.set_text(sections[index].id, "body", body)


def _demo_workshop() -> tuple[Workshop, list[Attendee]]:
    """The workshop of 18 November 2026 in Abidjan on the specifications, with its attendance list."""
    from socieux_desktop.collab.attendance import Attendee, Workshop

    day = date(2026, 11, 18)
    workshop = Workshop(demo_id("workshop", "ci2"), demo_id("mission", "ci2"),
                        demo_id("deliverable", "ci_specifications"), _moment(day, 9, 0), _moment(day, 12, 30))
    das = "Direction de l'Action Sociale"
    people = [
        ("Awa Koné", das, Sex.FEMALE, 2, False),
        ("Yao Kouadio", das, Sex.MALE, 4, False),
        ("Mariam Diabaté", das, Sex.FEMALE, 5, False),
        ("Aminata Traoré", "Centre social de Yopougon", Sex.FEMALE, 9, False),
        ("Koffi Bamba", "Centre social d'Abobo", Sex.MALE, 11, False),
        ("Adjoua N'Dri", "Centre social de Bouaké", Sex.FEMALE, 14, False),
        ("Salimata Coulibaly", "Direction régionale de Yamoussoukro", Sex.FEMALE, 20, False),
        ("Serge Kouamé", "Direction des Systèmes d'Information", None, 26, False),
        ("Ibrahim Touré", "Ministère de la Solidarité et de la Lutte contre la Pauvreté", Sex.MALE, 35, True),
    ]
    attendees = [Attendee(demo_id("participant", "ci2", name), workshop.id, name, institution, sex,
                          _moment(day, 9, minute), read_only)
                 for name, institution, sex, minute, read_only in people]
    return workshop, attendees


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
        writer.put_all(entries)


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
