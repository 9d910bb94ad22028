"""`socieux report`: the four PDFs from the command line, their messages and exit codes."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest

from socieux_desktop.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_WORKSPACE, main
from socieux_desktop.domain.model import DayEntry, DayKind, new_id
from socieux_desktop.store.workbook import Workbook
from tests.conftest import Sample
from tests.reports.pdf_tools import pdf_text
from tests.reports.workshops import Workshops, add_workshops


@pytest.fixture
def workshops(workbook: Workbook, sample: Sample) -> Workshops:
    workbook.log_day(DayEntry(new_id(), sample.mission.id, sample.jurate.id, sample.diagnostic.id,
                              date(2026, 3, 3), DayKind.TRAVEL, 1))
    return add_workshops(workbook, sample)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def report(capsys: pytest.CaptureFixture[str], data_dir: Path, kind: str, mission_id: str, language: str,
           output: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "report", kind, "--data-dir", str(data_dir), "--mission", mission_id,
               "--lang", language, "-o", str(output), *extra)


@pytest.mark.parametrize(("kind", "language", "words"), [
    ("timesheet", "fr", ["Feuille de temps", "Jūratė Kazlauskienė", "0,5", "page 1 sur"]),
    ("attendance", "es", ["Lista de asistencia", "Đorđe Petrović", "Nguyễn Thị Lan", "página 1 de 2"]),
    ("mission", "en", ["CI-2026-01-M1", "European Union"]),
])
def test_each_report(capsys: pytest.CaptureFixture[str], data_dir: Path, sample: Sample, workshops: Workshops,
                     tmp_path: Path, kind: str, language: str, words: list[str]) -> None:
    output = tmp_path / f"{kind}.pdf"
    code, out, err = report(capsys, data_dir, kind, sample.mission.id, language, output)
    assert (code, err) == (EXIT_OK, "")
    assert out == f"{kind.capitalize()} report of mission {sample.mission.id} written to {output}.\n"
    content = pdf_text(output)
    for word in words:
        assert word in content, word


def test_the_deliverable_and_the_list_of_them_when_not_named(
        capsys: pytest.CaptureFixture[str], data_dir: Path, sample: Sample, workshops: Workshops,
        tmp_path: Path) -> None:
    output = tmp_path / "deliverable.pdf"
    code, _, err = report(capsys, data_dir, "deliverable", sample.mission.id, "fr", output)
    assert code == EXIT_BAD_INPUT and not output.exists()
    assert err.startswith("socieux report: Say which deliverable (--deliverable ID); "
                          "mission CI-2026-01-M1 has: ")
    assert f"{workshops.deliverable.id} (Diagnostic des centres sociaux)" in err
    code, _, err = report(capsys, data_dir, "deliverable", sample.mission.id, "fr", output, "--deliverable",
                          workshops.deliverable.id)
    assert (code, err) == (EXIT_OK, "")
    assert "Diagnostic des centres sociaux" in pdf_text(output)


def test_attendance_of_a_given_workshop_and_blank(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                  sample: Sample, workshops: Workshops,
                                                  tmp_path: Path) -> None:
    earlier, blank = tmp_path / "earlier.pdf", tmp_path / "blank.pdf"
    assert report(capsys, data_dir, "attendance", sample.mission.id, "en", earlier, "--workshop",
                  workshops.earlier_id)[0] == EXIT_OK
    assert "Awa Koné" in pdf_text(earlier) and "Łukasz" not in pdf_text(earlier)
    assert report(capsys, data_dir, "attendance", sample.mission.id, "en", blank, "--blank")[0] == EXIT_OK
    assert "To fill in by hand" in pdf_text(blank) and "Awa Koné" not in pdf_text(blank)
    assert report(capsys, data_dir, "attendance", sample.mission.id, "en", blank, "--blank", "--rows",
                  "40")[0] == EXIT_OK
    assert " 40 " in pdf_text(blank) and " 41 " not in pdf_text(blank)
    code, _, err = report(capsys, data_dir, "attendance", sample.mission.id, "en", blank, "--blank", "--rows",
                          "0")
    assert (code, err) == (EXIT_BAD_INPUT, "socieux report: A blank list has 1 to 500 rows, not 0: choose a "
                                           "number in that range.\n")
    code, _, err = report(capsys, data_dir, "attendance", sample.mission.id, "en", blank, "--rows", "40")
    assert (code, err) == (EXIT_BAD_INPUT, "socieux report: --rows goes with --blank (an empty attendance "
                                           "list) only.\n")


def test_attendance_without_any_workshop_says_what_to_do(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                         sample: Sample, tmp_path: Path) -> None:
    code, out, err = report(capsys, data_dir, "attendance", sample.mission.id, "fr", tmp_path / "a.pdf")
    assert (code, out) == (EXIT_BAD_INPUT, "")
    assert err == ("socieux report: Mission CI-2026-01-M1 has no workshop yet: start one from a deliverable "
                   "(Deliverables tab, Workshop), or print a blank attendance list with --blank.\n")
    assert not (tmp_path / "a.pdf").exists()


def test_bad_input(capsys: pytest.CaptureFixture[str], data_dir: Path, sample: Sample,
                   tmp_path: Path) -> None:
    output = tmp_path / "x.pdf"
    mission_id = sample.mission.id
    code, _, err = report(capsys, data_dir, "timesheet", "no-such-mission", "en", output)
    assert (code, err) == (EXIT_BAD_INPUT,
                           "socieux report: No mission has the id “no-such-mission” in this workspace.\n")
    code, _, err = report(capsys, data_dir, "timesheet", mission_id, "de", output)
    assert code == EXIT_BAD_INPUT and "invalid choice: 'de'" in err
    code, _, err = report(capsys, data_dir, "invoice", mission_id, "en", output)
    assert code == EXIT_BAD_INPUT and "invalid choice: 'invoice'" in err
    code, _, err = report(capsys, data_dir, "timesheet", mission_id, "en", output, "--blank")
    assert (code, err) == (EXIT_BAD_INPUT, "socieux report: --blank goes with the attendance report only.\n")
    code, _, err = report(capsys, data_dir, "timesheet", mission_id, "en", output, "--workshop", "w")
    assert code == EXIT_BAD_INPUT and "--workshop goes with the attendance report only" in err
    code, _, err = report(capsys, data_dir, "mission", mission_id, "en", output, "--deliverable", "d")
    assert code == EXIT_BAD_INPUT and "--deliverable goes with the deliverable report only" in err
    code, _, err = report(capsys, data_dir, "timesheet", mission_id, "en", tmp_path / "missing" / "x.pdf")
    assert code == EXIT_BAD_INPUT and "there is no folder" in err
    code, _, err = report(capsys, data_dir, "timesheet", mission_id, "en", tmp_path)
    assert code == EXIT_BAD_INPUT and "is a folder" in err
    assert not output.exists()
    code, _, err = report(capsys, tmp_path / "nowhere", "timesheet", mission_id, "en", output)
    assert code == EXIT_WORKSPACE and "there is no workspace" in err


def test_an_output_that_cannot_be_written(capsys: pytest.CaptureFixture[str], data_dir: Path, sample: Sample,
                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # as a read-only folder does (root writes anywhere)
    code, _, err = report(capsys, data_dir, "timesheet", sample.mission.id, "en", tmp_path / "x.pdf")
    assert code == EXIT_BAD_INPUT
    assert err == (f"socieux report: Cannot write the PDF to {tmp_path / 'x.pdf'} (Permission denied): "
                   f"choose a folder you can write to.\n")
    assert not (tmp_path / "x.pdf").exists()


def test_the_deliverable_as_a_word_file(capsys: pytest.CaptureFixture[str], data_dir: Path, sample: Sample,
                                        workshops: Workshops, tmp_path: Path) -> None:
    import docx

    output = tmp_path / "livrable.docx"
    code, out, err = report(capsys, data_dir, "deliverable", sample.mission.id, "es", output,
                            "--deliverable", workshops.deliverable.id, "--format", "docx")
    assert (code, err) == (EXIT_OK, "")
    assert out == f"Deliverable report of mission {sample.mission.id} written to {output}.\n"
    texts = [paragraph.text for paragraph in docx.Document(str(output)).paragraphs]
    assert texts[0] == "Diagnostic des centres sociaux"
    assert any(text.startswith("Este documento se ha realizado con la ayuda financiera de la Unión Europea")
               and sample.jurate.name in text for text in texts)
    code, _, err = report(capsys, data_dir, "mission", sample.mission.id, "es", output, "--format", "docx")
    assert code == EXIT_BAD_INPUT and "--format docx goes with the deliverable report" in err
