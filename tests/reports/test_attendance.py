"""The attendance list PDF: participants, totals by sex and institution, the blank list for paper."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from reportlab.platypus import Table

from socieux_desktop.collab.attendance import Attendee, Workshop, WorkshopLog
from socieux_desktop.domain.model import DayEntry, DayKind, Sex, new_id
from socieux_desktop.reports import ReportError, render
from socieux_desktop.reports.attendance import (
    attendance_story,
    build_attendance,
    totals_by_institution,
    totals_by_sex,
)
from socieux_desktop.reports.base import CONTENT_WIDTH, PAGE_SIZE
from socieux_desktop.reports.texts import text
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.store.workspace import database_path
from tests.conftest import Sample
from tests.reports.pdf_tools import assert_fonts_embedded, assert_footers, page_texts, pdf_text, render_png
from tests.reports.workshops import CNPS, DSA, PEOPLE, Workshops, add_workshops

FOOTERS = {"fr": "page {page} sur {pages}", "en": "page {page} of {pages}", "es": "página {page} de {pages}"}
DATES = {"fr": "7 décembre 2026", "en": "7 December 2026", "es": "7 de diciembre de 2026"}


@pytest.fixture
def workshops(workbook: Workbook, sample: Sample) -> Workshops:
    return add_workshops(workbook, sample)


def build(workbook: Workbook, sample: Sample, workshops: Workshops, pdf: Path, language: str,
          **options: bool) -> str:
    log = WorkshopLog(workbook)
    build_attendance(pdf, workbook.mission_details(sample.mission.id), log.get(workshops.latest_id),
                     log.participants(workshops.latest_id), language=language,
                     deliverable_title=workshops.deliverable.title, **options)
    return pdf_text(pdf)


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_participants_and_totals_by_sex_and_institution(workbook: Workbook, sample: Sample,
                                                        workshops: Workshops, tmp_path: Path,
                                                        language: str) -> None:
    pdf = tmp_path / f"attendance-{language}.pdf"
    content = build(workbook, sample, workshops, pdf, language)
    assert text(language, "attendance.title") in content
    assert "CI-2026-01-M1 — Diagnostic of the social centres" in content
    assert "Diagnostic des centres sociaux" in content and DATES[language] in content
    for number, (name, institution, sex) in enumerate(PEOPLE, start=1):
        sex_word = text(language, f"sex.{(sex or Sex.UNSPECIFIED).value}")
        assert " ".join(part for part in (str(number), name, institution, sex_word) if part) in content
    for header in ("attendance.name", "attendance.institution", "attendance.sex", "attendance.signature"):
        assert text(language, header) in content
    female, male, unspecified = (text(language, f"sex.{sex}") for sex in ("female", "male", "unspecified"))
    total = text(language, "attendance.total")
    # by sex: 3 women, 2 men, 1 not given
    assert f"{female} 3 {male} 2 {unspecified} 1 {total} 6" in content
    # by institution and sex (largest first): women, men, not given, total
    assert f"{DSA} 3 0 0 3" in content
    assert f"{CNPS} 0 1 0 1" in content and "ZUS 0 1 0 1" in content
    assert f"{text(language, 'attendance.no_institution')} 0 0 1 1" in content
    assert f"{total} 3 2 1 6" in content
    # the organiser's certification and the notice on personal data follow, on a second page
    assert assert_footers(pdf, FOOTERS[language], text(language, "footer.funding")) == 2
    last = page_texts(pdf)[-1]
    assert text(language, "attendance.certify") in last and text(language, "attendance.organiser") in last
    assert text(language, "attendance.privacy") in " ".join(last.split())
    assert_fonts_embedded(pdf)
    render_png(pdf, tmp_path)


def test_the_earlier_workshop_has_its_own_list(workbook: Workbook, sample: Sample, workshops: Workshops,
                                               tmp_path: Path) -> None:
    log = WorkshopLog(workbook)
    pdf = tmp_path / "earlier.pdf"
    build_attendance(pdf, workbook.mission_details(sample.mission.id), log.get(workshops.earlier_id),
                     log.participants(workshops.earlier_id), language="fr")
    content = pdf_text(pdf)
    assert "1 Awa Koné" in content and "Łukasz" not in content
    assert "Femme 1 Homme 0 Non précisé 0 Total 1" in content
    assert "6 novembre 2026" in content


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_a_blank_list_to_print_for_a_paper_workshop(workbook: Workbook, sample: Sample,
                                                    workshops: Workshops, tmp_path: Path,
                                                    language: str) -> None:
    pdf = tmp_path / f"blank-{language}.pdf"
    content = build(workbook, sample, workshops, pdf, language, blank=True)
    assert text(language, "attendance.blank_note") in content
    assert "Diagnostic des centres sociaux" in content and DATES[language] in content
    assert "Awa Koné" not in content and "Łukasz" not in content  # rows to fill, nobody printed
    assert all(f" {number} " in content for number in range(1, 26)) and " 26 " not in content
    assert text(language, "attendance.sex_hint") in content
    assert text(language, "attendance.signature") in content
    pages = assert_footers(pdf, FOOTERS[language], text(language, "footer.funding"))
    assert pages == 2
    render_png(pdf, tmp_path)


def test_a_blank_list_without_a_workshop_leaves_the_date_to_fill(workbook: Workbook, sample: Sample,
                                                                 tmp_path: Path) -> None:
    pdf = tmp_path / "blank.pdf"
    build_attendance(pdf, workbook.mission_details(sample.mission.id), None, [], language="es", blank=True,
                     blank_rows=60)
    content = pdf_text(pdf)
    assert "Lista de asistencia" in content and "Fecha Horario Lugar" in content
    assert " 60 " in content and " 61 " not in content
    assert len(page_texts(pdf)) == 4
    assert page_texts(pdf)[1].count(text("es", "attendance.signature")) == 1  # the header on each page


def test_a_workshop_nobody_joined(workbook: Workbook, sample: Sample, tmp_path: Path) -> None:
    workshop = Workshop("w", sample.mission.id, "d", datetime(2026, 3, 4, 9, tzinfo=UTC), None)
    pdf = tmp_path / "nobody.pdf"
    build_attendance(pdf, workbook.mission_details(sample.mission.id), workshop, [], language="en")
    content = pdf_text(pdf)
    assert "Nobody has joined this workshop." in content
    assert "Female 0 Male 0 Not specified 0 Total 0" in content


def attendee(name: str, institution: str, sex: Sex | None) -> Attendee:
    return Attendee(name, "w", name, institution, sex, datetime(2026, 3, 4, 9, tzinfo=UTC), False)


def test_totals_count_one_institution_whatever_its_case_and_spacing() -> None:
    people = [attendee("a", "INAM", Sex.MALE), attendee("b", " inam ", Sex.FEMALE),
              attendee("c", "Inam", Sex.FEMALE), attendee("d", "Caisse  Nationale", Sex.MALE),
              attendee("e", "caisse nationale", Sex.FEMALE), attendee("f", "INAM", Sex.FEMALE)]
    by_institution = totals_by_institution(people)
    # named as most typed it, spaces tidied
    assert by_institution == {"INAM": {Sex.FEMALE: 3, Sex.MALE: 1, Sex.UNSPECIFIED: 0},
                              "Caisse Nationale": {Sex.FEMALE: 1, Sex.MALE: 1, Sex.UNSPECIFIED: 0}}


@pytest.mark.parametrize(("language", "times", "weekday"), [
    ("fr", "de 09:00 à 12:30", "lundi 7 décembre 2026"),
    ("en", "from 09:00 to 12:30", "Monday 7 December 2026"),
    ("es", "de 09:00 a 12:30", "lunes, 7 de diciembre de 2026"),
])
def test_the_list_says_where_and_when_the_workshop_was_held(
        workbook: Workbook, sample: Sample, tmp_path: Path, language: str, times: str, weekday: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Place: where the experts logged they were that day (reports.render); times on this computer's
    clock (here set to UTC)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        workshops = add_workshops(workbook, sample)
        with closing(sqlite3.connect(database_path(workbook.data_dir))) as db, db:
            db.execute("UPDATE workshop SET ended_at = ? WHERE id = ?",
                       ("2026-12-07T12:30:00.000+00:00", workshops.latest_id))
        activity = sample.diagnostic
        for expert, place in ((sample.marie, "Abidjan, Plateau"), (sample.jurate, "Abidjan, Plateau"),
                              (sample.jurate, "")):
            workbook.save(DayEntry(new_id(), sample.mission.id, expert.id, activity.id, date(2026, 12, 7),
                                   DayKind.ON_SITE_WORK, 1, place, ""))
        pdf = tmp_path / f"held-{language}.pdf"
        render("attendance", workbook, mission_id=sample.mission.id, language=language, output=pdf)
        content = pdf_text(pdf)
        assert f"{text(language, 'attendance.times')} {times}" in content
        assert f"{text(language, 'field.place')} Abidjan, Plateau " in content
        assert weekday in content
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


@pytest.mark.parametrize("rows", [1, 3, 120])
def test_a_blank_list_has_the_rows_asked_for(workbook: Workbook, sample: Sample, tmp_path: Path,
                                             rows: int) -> None:
    pdf = tmp_path / f"blank-{rows}.pdf"
    render("attendance", workbook, mission_id=sample.mission.id, language="en", output=pdf, blank=True,
           blank_rows=rows)
    content = pdf_text(pdf)
    assert f" {rows} " in content and f" {rows + 1} " not in content
    assert text("en", "attendance.certify") in content and text("en", "attendance.privacy_title") in content


@pytest.mark.parametrize("rows", [0, -1, 501])
def test_a_blank_list_of_no_rows_or_too_many_is_refused(workbook: Workbook, sample: Sample, tmp_path: Path,
                                                        rows: int) -> None:
    pdf = tmp_path / "blank.pdf"
    with pytest.raises(ReportError) as raised:
        render("attendance", workbook, mission_id=sample.mission.id, language="fr", output=pdf, blank=True,
               blank_rows=rows)
    assert raised.value.key == "error.blank_rows" and "500" in raised.value.message("fr")
    assert not pdf.exists()


def test_a_split_row_never_repeats_the_header_in_the_middle_of_a_page(workbook: Workbook, sample: Sample,
                                                                     tmp_path: Path) -> None:
    """25 blank rows under the latest workshop's facts: row 20 reaches the foot of page 1. reportlab split
    it there, the header repeated under row 19 and row 20's number lost."""
    add_workshops(workbook, sample)
    pdf = tmp_path / "blank.pdf"
    render("attendance", workbook, mission_id=sample.mission.id, language="fr", output=pdf, blank=True)
    first, second = page_texts(pdf)[:2]
    header = "N° Nom Institution Sexe (F / H) Signature"
    assert first.count(header) == 1 and second.count(header) == 1
    assert second.index(header) < second.index(" 20 ") < second.index(" 21 ")
    assert all(f" {number} " in first for number in range(1, 20))


def test_totals_count_each_institution_as_typed_without_spaces_around() -> None:
    people = [attendee("a", "ZUS ", Sex.MALE), attendee("b", "ZUS", Sex.FEMALE), attendee("c", "", None),
              attendee("d", "CNPS", Sex.FEMALE)]
    assert totals_by_sex(people) == {Sex.FEMALE: 2, Sex.MALE: 1, Sex.UNSPECIFIED: 1}
    by_institution = totals_by_institution(people)
    assert list(by_institution) == ["ZUS", "", "CNPS"]  # largest first, then by name
    assert by_institution["ZUS"] == {Sex.FEMALE: 1, Sex.MALE: 1, Sex.UNSPECIFIED: 0}


def test_long_names_and_institutions_wrap_inside_the_page(workbook: Workbook, sample: Sample,
                                                          tmp_path: Path) -> None:
    people = [attendee("Nguyễn Thị Minh Khai " * 8 + "Ł" * 300, "Ministère de l'Emploi " * 20, Sex.FEMALE)
              for _ in range(30)]
    details = workbook.mission_details(sample.mission.id)
    workshop = Workshop("w", sample.mission.id, "d", datetime(2026, 3, 4, 9, tzinfo=UTC), None)
    tables = [flowable for flowable in attendance_story(details, workshop, people, language="fr")
              if isinstance(flowable, Table)]
    assert len(tables) == 4  # facts, participants, by sex, by institution
    for table in tables:
        assert table.wrap(CONTENT_WIDTH, PAGE_SIZE[1])[0] <= CONTENT_WIDTH + 0.01
    pdf = tmp_path / "long.pdf"
    build_attendance(pdf, details, workshop, people, language="fr")
    assert "Femme 30 Homme 0 Non précisé 0 Total 30" in pdf_text(pdf)
    render_png(pdf, tmp_path)
