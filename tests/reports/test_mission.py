"""The mission report, read back from the PDF: facts, days against allocations, workshops by sex,
deliverables and their status; an empty mission gives a correct PDF."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pypdf
import pytest

from socieux_desktop.collab.attendance import WorkshopLog
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.collab.workshop import Participant
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.model import (
    Action,
    DayEntry,
    DayKind,
    Expert,
    Mission,
    Sex,
    TeamMember,
    new_id,
)
from socieux_desktop.reports import render
from socieux_desktop.reports.base import format_date
from socieux_desktop.reports.mission import build_mission_report, render_mission_report
from socieux_desktop.reports.texts import text
from socieux_desktop.store.workbook import Workbook
from tests.conftest import Sample
from tests.reports.pdf_tools import assert_fonts_embedded, page_texts, render_png


def read(path: Path) -> tuple[list[str], str]:
    """Each page's text, and all of it with runs of white space made one space."""
    pages = [page.extract_text() for page in pypdf.PdfReader(path).pages]
    return pages, re.sub(r"\s+", " ", " ".join(pages))


def fill_mission(workbook: Workbook, sample: Sample) -> tuple[str, str]:
    """Days for both experts, a third expert with a Polish name, two workshops, two deliverables."""
    s = sample
    lukasz = Expert(new_id(), "Łukasz Żółkiewski", "l@example.pl", "ZUS", "PL")
    workbook.save(lukasz, TeamMember(new_id(), s.mission.id, lukasz.id))
    for day in range(2, 6):
        workbook.log_day(DayEntry(new_id(), s.mission.id, s.marie.id, s.diagnostic.id, date(2026, 3, day),
                                  DayKind.ON_SITE_WORK, 2))
    workbook.log_day(DayEntry(new_id(), s.mission.id, s.jurate.id, s.diagnostic.id, date(2026, 3, 2),
                              DayKind.ON_SITE_WORK, 1))
    store = DeliverableStore(workbook)
    report = Deliverable(new_id(), s.mission.id, DeliverableKind.MISSION_REPORT, "Rapport — Nguyễn & <co>",
                         DeliverableLanguage.FR)
    plan = Deliverable(new_id(), s.mission.id, DeliverableKind.ACTION_PLAN, "Plan d'action 2026")
    store.create(report)
    store.create(plan)
    log = WorkshopLog(workbook)
    first = log.start(s.mission.id, report.id)
    people = [("Awa Koné", Sex.FEMALE), ("Đorđe Petrović", Sex.MALE), ("Nguyễn Thị Lan", Sex.FEMALE),
              ("Kim", None)]
    for index, (name, sex) in enumerate(people):
        log.record(first, Participant(new_id(), name, "Direction de l'Action Sociale", sex,
                                      datetime(2026, 3, 4, 9, index, tzinfo=UTC)))
    log.end(first)
    second = log.start(s.mission.id, plan.id)
    log.record(second, Participant(new_id(), "Ana Núñez", "MTPE", Sex.FEMALE, datetime.now(UTC)))
    return report.title, plan.title


@pytest.mark.parametrize(("language", "words"), [
    ("fr", ["Rapport de mission", "Institution partenaire", "Jours alloués et consommés", "Ateliers",
            "Femmes", "Hommes", "Livrables", "Assistance sociale", "Égalité de genre", "Expert principal",
            "Brouillon", "Plan d'action", "Français"]),
    ("es", ["Informe de misión", "Institución socia", "Días asignados y consumidos", "Talleres", "Mujeres",
            "Hombres", "Entregables", "Asistencia social", "Igualdad de género", "Borrador",
            "Plan de acción", "Francés"]),
    ("en", ["Mission report", "Partner institution", "Days allocated and consumed", "Workshops", "Women",
            "Men", "Deliverables", "Social assistance", "Gender equality", "Lead expert", "Draft",
            "Action plan", "French"]),
])
def test_the_report_holds_the_facts_days_workshops_and_deliverables(
        workbook: Workbook, sample: Sample, tmp_path: Path, language: str, words: list[str]) -> None:
    report_title, plan_title = fill_mission(workbook, sample)
    output = tmp_path / f"mission-{language}.pdf"
    render_mission_report(workbook, workbook.mission_details(sample.mission.id), language=language,
                          output=output)
    pages, whole = read(output)
    for word in [*words, sample.mission.code, "Direction de l'Action Sociale", "Marie Lefèvre",
                 "Jūratė Kazlauskienė", "Łukasz Żółkiewski", "Awa Koné", "Kouassi N'Guessan",
                 "A1 — Diagnostic of the social centres", report_title, plan_title]:
        assert word in whole, word
    assert_fonts_embedded(output)
    for number in range(1, len(pages) + 1):
        assert re.search(rf"(page|página) {number} (of|sur|de) {len(pages)}", pages[number - 1])
        assert "SOCIEUX+" in pages[number - 1]


def test_days_are_consumed_against_allocated_per_activity_and_expert_with_totals(
        workbook: Workbook, sample: Sample, tmp_path: Path) -> None:
    fill_mission(workbook, sample)
    output = tmp_path / "mission.pdf"
    render_mission_report(workbook, workbook.mission_details(sample.mission.id), language="en", output=output)
    _, whole = read(output)
    # Allocated: Marie 8 + 2 days, Jūratė 6; worked: Marie 4 days on A1, Jūratė half a day.
    assert "A1 — Diagnostic of the social centres 14 4.5 9.5" in whole
    assert "A2 — Specifications for 129 social centres 2 0 2" in whole
    assert "Marie Lefèvre A1 — Diagnostic of the social centres 8 4 4" in whole
    assert "Jūratė Kazlauskienė A1 — Diagnostic of the social centres 6 0.5 5.5" in whole
    assert "Total 16 4.5 11.5" in whole


def test_workshops_count_participants_by_sex(workbook: Workbook, sample: Sample, tmp_path: Path) -> None:
    report_title, plan_title = fill_mission(workbook, sample)
    output = tmp_path / "mission.pdf"
    render_mission_report(workbook, workbook.mission_details(sample.mission.id), language="fr", output=output)
    _, whole = read(output)
    assert "Participants Femmes Hommes Sexe non précisé" in whole
    today = datetime.now().astimezone().date()  # the workshops started now
    assert format_date(today, "fr", weekday=True) in whole  # their day, with its weekday
    assert f"{report_title} 4 2 1 1" in whole
    assert f"{plan_title} 1 1 0 0" in whole
    assert "Total 5 3 1 1" in whole


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_an_empty_mission_gives_a_correct_pdf_that_says_so(workbook: Workbook, tmp_path: Path,
                                                           language: str) -> None:
    action = Action(new_id(), "PE-1", "Acción", "", "PE")
    mission = Mission(new_id(), "PE-1-M1", "Misión vacía", action.id, date(2026, 5, 4), date(2026, 5, 8))
    workbook.save(action, mission)
    output = tmp_path / "empty.pdf"
    render_mission_report(workbook, workbook.mission_details(mission.id), language=language, output=output)
    pages, whole = read(output)
    assert len(pages) == 1
    expected = {
        "fr": ["Aucun jour n’a encore été alloué", "Aucun atelier", "aucun livrable", "aucun", "Pays Pérou"],
        "en": ["No day has been allocated", "No workshop has been held", "no deliverable yet", "none",
               "Country Peru"],
        "es": ["Todavía no se ha asignado", "ningún taller", "ningún entregable", "ninguno", "País Perú"],
    }[language]
    for words in expected:
        assert words in whole, words
    assert "Misión vacía" in whole


def test_builder_takes_plain_domain_objects(workbook: Workbook, sample: Sample, tmp_path: Path) -> None:
    """Days logged for an activity or expert no longer in the mission still count, under "unknown"."""
    ghost = DayEntry(new_id(), sample.mission.id, "gone-expert", "gone-activity", date(2026, 3, 3),
                     DayKind.TRAVEL, 2)
    output = tmp_path / "plain.pdf"
    build_mission_report(output, workbook.mission_details(sample.mission.id), entries=[ghost], workshops=[],
                         deliverables=[], language="en")
    _, whole = read(output)
    assert "(unknown) 0 1 -1" in whole
    assert "(unknown) (unknown) 0 1 -1" in whole


def test_the_report_renders_to_png(workbook: Workbook, sample: Sample, tmp_path: Path) -> None:
    """Rendered so that a person can look at it (REPORTS_PNG_DIR keeps the images)."""
    fill_mission(workbook, sample)
    output = tmp_path / "mission.pdf"
    render_mission_report(workbook, workbook.mission_details(sample.mission.id), language="fr", output=output)
    assert render_png(output, tmp_path, resolution=60)



def test_a_country_not_listed_is_printed_as_its_code(workbook: Workbook, tmp_path: Path) -> None:
    action = Action(new_id(), "XK-1", "Action", "Ministry", "XK")
    mission = Mission(new_id(), "XK-1-M1", "Mission", action.id, date(2026, 5, 4), date(2026, 5, 8))
    workbook.save(action, mission)
    output = tmp_path / "xk.pdf"
    render_mission_report(workbook, workbook.mission_details(mission.id), language="en", output=output)
    assert "Country XK" in read(output)[1]


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_the_report_ends_with_the_eu_disclaimer_and_every_page_names_the_mission(
        workbook: Workbook, sample: Sample, tmp_path: Path, language: str) -> None:
    pdf = tmp_path / f"mission-{language}.pdf"
    render("mission", workbook, mission_id=sample.mission.id, language=language, output=pdf)
    texts = page_texts(pdf)
    for content in texts:
        assert f"{text(language, 'header.mission', code='CI-2026-01-M1')} — Marie Lefèvre" in content
    expected = text(language, "disclaimer",
                    authors=f"Marie Lefèvre {text(language, 'and')} Jūratė Kazlauskienė")
    assert " ".join(expected.split()) in " ".join(texts[-1].split())
