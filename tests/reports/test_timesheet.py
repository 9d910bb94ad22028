"""The timesheet PDF: days per expert and activity against the allocations, per kind, signatures, status."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from reportlab.platypus import Table

from socieux_desktop.domain.gate import NAME_MAX
from socieux_desktop.domain.model import (
    Action,
    Activity,
    Allocation,
    DayEntry,
    DayKind,
    Expert,
    Mission,
    TeamMember,
    TimesheetStatus,
    new_id,
)
from socieux_desktop.reports.base import CONTENT_WIDTH, PAGE_SIZE
from socieux_desktop.reports.texts import text
from socieux_desktop.reports.timesheet import build_timesheet, timesheet_story
from socieux_desktop.store.workbook import Workbook
from tests.conftest import Sample
from tests.reports.pdf_tools import assert_fonts_embedded, assert_footers, page_texts, pdf_text, render_png

FOOTERS = {"fr": "page {page} sur {pages}", "en": "page {page} of {pages}", "es": "página {page} de {pages}"}
LUKASZ = "Łukasz Đorđević"
NGUYEN = "Nguyễn Thị Lan"


@pytest.fixture
def logged(workbook: Workbook, sample: Sample) -> Sample:
    """The sample mission with a third expert, Łukasz Đorđević, and days logged by the three of them:
    Marie 5 full days on A1 and a half day on A2, Jūratė a travel day on A1, Łukasz 2.5 days on A2
    against 1 allocated (over by 1.5)."""
    s = sample
    lukasz = Expert(new_id(), LUKASZ, "lukasz@example.pl", "ZUS", "PL")
    workbook.save(lukasz, TeamMember(new_id(), s.mission.id, lukasz.id),
                  Allocation(new_id(), s.mission.id, lukasz.id, s.specifications.id, 2))

    def log(expert: Expert, activity: Activity, day: int, kind: DayKind, half_days: int,
            description: str = "") -> None:
        workbook.log_day(DayEntry(new_id(), s.mission.id, expert.id, activity.id, date(2026, 3, day), kind,
                                  half_days, "Abidjan", description))

    for day in range(2, 7):
        log(s.marie, s.diagnostic, day, DayKind.ON_SITE_WORK, 2, f"Entretiens avec {NGUYEN} et l'équipe")
    log(s.marie, s.specifications, 9, DayKind.REMOTE_WORK, 1)
    log(s.jurate, s.diagnostic, 3, DayKind.TRAVEL, 2)
    log(lukasz, s.specifications, 2, DayKind.ON_SITE_WORK, 2)
    log(lukasz, s.specifications, 3, DayKind.ON_SITE_WORK, 2)
    log(lukasz, s.specifications, 4, DayKind.PREPARATION, 1)
    return s


def render(workbook: Workbook, mission_id: str, pdf: Path, language: str) -> str:
    build_timesheet(pdf, workbook.mission_details(mission_id), workbook.day_entries(mission_id),
                    language=language)
    return pdf_text(pdf)


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_days_per_expert_and_activity_against_allocations(workbook: Workbook, logged: Sample, tmp_path: Path,
                                                          language: str) -> None:
    pdf = tmp_path / f"timesheet-{language}.pdf"
    content = render(workbook, logged.mission.id, pdf, language)
    t = {key: text(language, key) for key in ("timesheet.title", "timesheet.total")}
    assert t["timesheet.title"] in content
    for name in ("Marie Lefèvre", "Jūratė Kazlauskienė", LUKASZ):
        assert name in content
    half = {"fr": "0,5", "es": "0,5", "en": "0.5"}[language]
    one_and_half = half.replace("0", "1")
    four_and_half = half.replace("0", "4")
    five_and_half = half.replace("0", "5")
    # expert, activity, allocated, worked, remaining
    assert "Marie Lefèvre A1 — Diagnostic of the social centres 8 5 3" in content
    assert f"Specifications for 129 social centres 2 {half} {one_and_half}" in content
    assert f"{text(language, 'timesheet.total_expert', name='Marie Lefèvre')} 10 {five_and_half} " \
           f"{four_and_half}" in content
    assert "Jūratė Kazlauskienė A1 — Diagnostic of the social centres 6 1 5" in content
    overrun = text(language, "timesheet.overrun", days=one_and_half)
    assert f"social centres 1 {half.replace('0', '2')} {overrun}" in content
    assert f"{t['timesheet.total']} 17 9 8" in content
    assert text(language, "timesheet.overruns", lines=f"{LUKASZ}, A2 ({overrun})") in content
    # per kind: on site, remote, travel, preparation, reporting, total
    assert f"Marie Lefèvre 5 {half} 0 0 0 {five_and_half}" in content
    assert "Jūratė Kazlauskienė 0 0 1 0 0 1" in content
    assert f"{LUKASZ} 2 0 0 {half} 0 {half.replace('0', '2')}" in content
    assert f"{t['timesheet.total']} 7 {half} 1 {half} 0 9" in content
    # day by day, in the language's dates
    assert {"fr": "2 mars 2026", "en": "2 March 2026", "es": "2 de marzo de 2026"}[language] in content
    assert f"Entretiens avec {NGUYEN} et l'équipe" in content
    assert text(language, "day_kind.preparation") in content


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_status_signatures_footers_and_fonts(workbook: Workbook, logged: Sample, tmp_path: Path,
                                             language: str) -> None:
    pdf = tmp_path / f"timesheet-{language}.pdf"
    content = render(workbook, logged.mission.id, pdf, language)
    pages = assert_footers(pdf, FOOTERS[language], text(language, "footer.funding"))
    assert pages == len(page_texts(pdf)) >= 2
    status = text(language, "timesheet_status.draft")
    assert text(language, "timesheet.status_line", status=status) in content
    assert text(language, "timesheet.status_note.draft") in content
    for name in ("Marie Lefèvre", "Jūratė Kazlauskienė", LUKASZ):
        assert text(language, "timesheet.sign_expert", name=name) in content
    assert text(language, "timesheet.sign_partner", institution="Direction de l'Action Sociale") in content
    assert text(language, "timesheet.sign_partner_attests") in content
    assert content.count(text(language, "timesheet.sign_signature")) >= 4
    assert_fonts_embedded(pdf)
    render_png(pdf, tmp_path)


def test_a_submitted_timesheet_says_so(workbook: Workbook, logged: Sample, tmp_path: Path) -> None:
    assert workbook.change_timesheet(logged.mission.id, "submit") is TimesheetStatus.SUBMITTED
    content = render(workbook, logged.mission.id, tmp_path / "submitted.pdf", "fr")
    assert "Statut de la feuille de temps : soumis" in content
    assert "Soumise au siège ; en attente d’approbation." in content


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_an_empty_mission_gives_a_pdf_that_says_so(workbook: Workbook, tmp_path: Path, language: str) -> None:
    action = Action(new_id(), "PE-2026-02", "Green jobs in the Amazon", "Ministerio de Trabajo", "PE")
    mission = Mission(new_id(), "PE-2026-02-M1", "Empleos verdes", action.id, date(2026, 5, 4),
                      date(2026, 5, 15))
    workbook.save(action, mission)
    pdf = tmp_path / f"empty-{language}.pdf"
    content = render(workbook, mission.id, pdf, language)
    assert text(language, "timesheet.no_team") in content
    assert text(language, "timesheet.no_days") in content
    assert f"{text(language, 'timesheet.total')} 0 0 0" in content
    assert text(language, "timesheet.sign_partner", institution="Ministerio de Trabajo") in content
    assert assert_footers(pdf, FOOTERS[language], text(language, "footer.funding")) == 1
    render_png(pdf, tmp_path)


def test_days_of_an_expert_no_longer_in_the_team_are_counted_under_their_name(
        workbook: Workbook, logged: Sample, tmp_path: Path) -> None:
    details = workbook.mission_details(logged.mission.id)
    without_jurate = dataclasses.replace(
        details, team=[entry for entry in details.team if entry.expert.id != logged.jurate.id])
    pdf = tmp_path / "left.pdf"
    build_timesheet(pdf, without_jurate, workbook.day_entries(logged.mission.id), language="en",
                    experts={logged.jurate.id: logged.jurate})
    assert "Jūratė Kazlauskienė 0 0 1 0 0 1" in pdf_text(pdf)


def test_long_names_and_many_days_stay_inside_the_page(workbook: Workbook, logged: Sample,
                                                       tmp_path: Path) -> None:
    # the longest name the gate lets through (NAME_MAX), ending in an unbreakable run of 131 letters
    long_name = ("Łukasz Wiśniewski-Đorđević " + "Nguyễn Thị Minh Khai " * 2).ljust(NAME_MAX, "W")
    expert = Expert(new_id(), long_name, "", "ZUS", "PL")
    workbook.save(expert, TeamMember(new_id(), logged.mission.id, expert.id))
    for day in range(2, 14):
        workbook.log_day(DayEntry(new_id(), logged.mission.id, expert.id, logged.diagnostic.id,
                                  date(2026, 3, day), DayKind.ON_SITE_WORK, 2, "Abidjan", "long " * 200))
    details = workbook.mission_details(logged.mission.id)
    entries = workbook.day_entries(logged.mission.id)
    tables = [flowable for flowable in timesheet_story(details, entries, language="fr")
              if isinstance(flowable, Table)]
    assert len(tables) >= 4
    for table in tables:
        width, _ = table.wrap(CONTENT_WIDTH, PAGE_SIZE[1])
        assert width <= CONTENT_WIDTH + 0.01
    pdf = tmp_path / "long.pdf"
    build_timesheet(pdf, details, entries, language="fr")
    assert "Nguyễn Thị Minh Khai" in pdf_text(pdf)
    render_png(pdf, tmp_path)
