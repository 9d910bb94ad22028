"""reports.render: each kind from a workspace, and the clear errors (ReportError key + fields)."""

from __future__ import annotations

import io
import tempfile
from datetime import date
from pathlib import Path

import pytest

from socieux_desktop.domain.model import Action, DayEntry, DayKind, Mission, new_id
from socieux_desktop.reports import ReportError, ReportKind, render
from socieux_desktop.reports.texts import text
from socieux_desktop.store.workbook import Workbook
from tests.conftest import Sample
from tests.reports.pdf_tools import assert_fonts_embedded, page_texts, pdf_text, render_png
from tests.reports.workshops import Workshops, add_workshops


@pytest.fixture
def workshops(workbook: Workbook, sample: Sample) -> Workshops:
    workbook.log_day(DayEntry(new_id(), sample.mission.id, sample.marie.id, sample.diagnostic.id,
                              date(2026, 3, 2), DayKind.ON_SITE_WORK, 2))
    return add_workshops(workbook, sample)


def failure(workbook: Workbook, output: Path, kind: str = "timesheet", **options: object) -> ReportError:
    arguments: dict[str, object] = {"mission_id": "", "language": "en", **options}
    with pytest.raises(ReportError) as caught:
        render(kind, workbook, output=output, **arguments)  # type: ignore[arg-type]
    assert not output.exists()
    return caught.value


def test_the_kinds() -> None:
    assert [kind.value for kind in ReportKind] == ["timesheet", "attendance", "deliverable", "mission"]


@pytest.mark.parametrize("kind", ["timesheet", "attendance", "mission"])
def test_each_kind_of_a_mission(workbook: Workbook, sample: Sample, workshops: Workshops, tmp_path: Path,
                                kind: str) -> None:
    output = tmp_path / f"{kind}.pdf"
    render(kind, workbook, mission_id=sample.mission.id, language="es", output=output)
    content = pdf_text(output)
    assert "SOCIEUX+ está cofinanciado por la Unión Europea" in content
    assert "CI-2026-01-M1" in content
    assert_fonts_embedded(output)
    render_png(output, tmp_path)


def test_the_deliverable(workbook: Workbook, sample: Sample, workshops: Workshops, tmp_path: Path) -> None:
    output = tmp_path / "deliverable.pdf"
    render(ReportKind.DELIVERABLE, workbook, mission_id=sample.mission.id, language="fr", output=output,
           deliverable_id=workshops.deliverable.id)
    assert "Diagnostic des centres sociaux" in pdf_text(output)
    assert page_texts(output)[0].endswith(f"page 1 sur {len(page_texts(output))}")


def test_attendance_is_of_the_latest_workshop_unless_told(workbook: Workbook, sample: Sample,
                                                          workshops: Workshops, tmp_path: Path) -> None:
    latest, earlier = tmp_path / "latest.pdf", tmp_path / "earlier.pdf"
    render("attendance", workbook, mission_id=sample.mission.id, language="en", output=latest)
    render("attendance", workbook, mission_id=sample.mission.id, language="en", output=earlier,
           workshop_id=workshops.earlier_id)
    assert "Łukasz Wiśniewski" in pdf_text(latest) and "7 December 2026" in pdf_text(latest)
    assert "Łukasz" not in pdf_text(earlier) and "6 November 2026" in pdf_text(earlier)
    assert "Female 1 Male 0 Not specified 0 Total 1" in pdf_text(earlier)


def test_a_blank_attendance_list_with_or_without_a_workshop(workbook: Workbook, sample: Sample,
                                                            tmp_path: Path) -> None:
    output = tmp_path / "blank.pdf"
    render("attendance", workbook, mission_id=sample.mission.id, language="fr", output=output, blank=True)
    assert "À remplir à la main" in pdf_text(output)
    add_workshops(workbook, sample)
    stream = io.BytesIO()
    render("attendance", workbook, mission_id=sample.mission.id, language="fr", output=stream, blank=True)
    output.write_bytes(stream.getvalue())
    content = pdf_text(output)
    assert "Diagnostic des centres sociaux" in content and "7 décembre 2026" in content
    assert "Awa Koné" not in content


def test_an_empty_mission_gives_correct_pdfs(workbook: Workbook, tmp_path: Path) -> None:
    action = Action(new_id(), "TG-2026-01", "Couverture santé universelle", "Ministère de la Santé", "TG")
    mission = Mission(new_id(), "TG-2026-01-M1", "Conditions de la CSU", action.id, date(2026, 6, 1),
                      date(2026, 6, 12))
    workbook.save(action, mission)
    for kind in ("timesheet", "mission"):
        output = tmp_path / f"{kind}.pdf"
        render(kind, workbook, mission_id=mission.id, language="fr", output=output)
        assert "TG-2026-01-M1" in pdf_text(output)
    assert text("fr", "timesheet.no_days") in pdf_text(tmp_path / "timesheet.pdf")
    error = failure(workbook, tmp_path / "a.pdf", "attendance", mission_id=mission.id)
    assert error.key == "error.no_workshop"
    assert "--blank" in error.message("fr") and "TG-2026-01-M1" in error.message("es")
    error = failure(workbook, tmp_path / "d.pdf", "deliverable", mission_id=mission.id)
    assert error.key == "error.no_deliverable"


def test_unknown_kind_language_mission_workshop_deliverable(workbook: Workbook, sample: Sample,
                                                            workshops: Workshops, tmp_path: Path) -> None:
    output = tmp_path / "x.pdf"
    mission_id = sample.mission.id
    error = failure(workbook, output, "invoice", mission_id=mission_id)
    assert (error.key, error.fields["kind"]) == ("error.kind", "invoice")
    assert "timesheet, attendance, deliverable, mission" in str(error)
    assert failure(workbook, output, mission_id=mission_id, language="de").key == "error.language"
    error = failure(workbook, output, mission_id="no-such-mission")
    assert error.message("fr") == ("Aucune mission n’a l’identifiant « no-such-mission » dans cet espace "
                                   "de travail.")
    error = failure(workbook, output, "attendance", mission_id=mission_id, workshop_id="nope")
    assert error.key == "error.workshop"
    error = failure(workbook, output, "deliverable", mission_id=mission_id, deliverable_id="nope")
    assert error.key == "error.deliverable"


def test_a_deliverable_must_be_named_and_the_error_lists_them(workbook: Workbook, sample: Sample,
                                                              workshops: Workshops, tmp_path: Path) -> None:
    error = failure(workbook, tmp_path / "d.pdf", "deliverable", mission_id=sample.mission.id)
    assert error.key == "error.choose_deliverable"
    message = error.message("en")
    assert workshops.deliverable.id in message and "Diagnostic des centres sociaux" in message
    assert "--deliverable" in message


def test_a_workshop_of_another_mission_is_not_this_missions(workbook: Workbook, sample: Sample,
                                                           workshops: Workshops, tmp_path: Path) -> None:
    other = Mission(new_id(), "CI-2026-01-M2", "Specifications", sample.action.id, date(2026, 9, 1),
                    date(2026, 9, 11))
    workbook.save(other)
    error = failure(workbook, tmp_path / "o.pdf", "attendance", mission_id=other.id,
                    workshop_id=workshops.latest_id)
    assert error.key == "error.workshop"


def test_a_path_that_cannot_be_written_is_a_report_error(workbook: Workbook, sample: Sample, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    error = failure(workbook, tmp_path / "t.pdf", mission_id=sample.mission.id)
    assert error.key == "error.output"
    assert error.message("fr") == (f"Impossible d’écrire le PDF dans {tmp_path / 't.pdf'} (Permission "
                                   "denied) : choisissez un dossier où vous pouvez écrire.")
