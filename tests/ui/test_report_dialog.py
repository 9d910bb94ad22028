"""The "Export PDF" dialog: each report written in a language other than the interface's, read back; the
blank attendance list; errors said with what to do; the entry points (File menu, dashboard, deliverables)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from socieux_desktop.domain.deliverables import DeliverableLanguage
from socieux_desktop.domain.model import DayEntry, DayKind, new_id
from socieux_desktop.reports import ReportError, ReportKind
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.labels import label
from socieux_desktop.ui.main_window import MainWindow
from socieux_desktop.ui.qt import QtCore, QtGui, QtWidgets
from socieux_desktop.ui.report_dialog import LANGUAGE_KEY, ExportPdfDialog, safe_file_name
from tests.conftest import Sample
from tests.reports.pdf_tools import pdf_text
from tests.reports.workshops import Workshops, add_workshops
from tests.ui.languages import language_switcher
from tests.ui.test_main_window import memory_tokens


@pytest.fixture
def settings(tmp_path: Path) -> QtCore.QSettings:
    return QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)


@pytest.fixture
def workshops(workbook: Workbook, sample: Sample) -> Workshops:
    workbook.log_day(DayEntry(new_id(), sample.mission.id, sample.marie.id, sample.diagnostic.id,
                              date(2026, 3, 2), DayKind.ON_SITE_WORK, 2))
    return add_workshops(workbook, sample)


def make_dialog(qtbot: QtBot, workbook: Workbook, sample: Sample, settings: QtCore.QSettings,
                **options: object) -> ExportPdfDialog:
    dialog = ExportPdfDialog(workbook, sample.mission.id, settings=settings, **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def export(qtbot: QtBot, dialog: ExportPdfDialog, path: Path) -> bool:
    """Export to ``path`` and wait for the outcome; the export button is disabled meanwhile."""
    with qtbot.waitSignal(dialog.export_finished, timeout=60_000) as finished:
        assert dialog.export_to(path)
        assert not dialog.export_button.isEnabled()
        assert not dialog.export_to(path)  # one at a time
        dialog.reject()  # the PDF being written comes back to this dialog: it stays open
        assert dialog.isVisible()
    assert dialog.export_button.isEnabled()
    return bool(finished.args and finished.args[0])


def action_buttons(box: QtWidgets.QMessageBox) -> list[QtWidgets.QAbstractButton]:
    return [button for button in box.buttons()
            if box.buttonRole(button) == QtWidgets.QMessageBox.ButtonRole.ActionRole]


def close_result(dialog: ExportPdfDialog) -> None:
    box = dialog.result_box
    assert box is not None
    box.done(0)
    assert dialog.result_box is None


@pytest.mark.parametrize(("kind", "language", "words"), [
    (ReportKind.TIMESHEET, "fr", "Feuille de temps"),
    (ReportKind.ATTENDANCE, "es", "Lista de asistencia"),
    (ReportKind.MISSION, "fr", "Rapport de mission"),
])
def test_each_report_in_another_language(qtbot: QtBot, workbook: Workbook, sample: Sample,
                                         workshops: Workshops, settings: QtCore.QSettings, tmp_path: Path,
                                         kind: ReportKind, language: str, words: str) -> None:
    dialog = make_dialog(qtbot, workbook, sample, settings)
    assert dialog.language() == "en"  # the interface's at first
    dialog.set_kind(kind)
    dialog.set_language(language)
    output = tmp_path / "out" / "report"
    assert export(qtbot, dialog, output)
    written = output.with_name("report.pdf")
    assert dialog.written == written
    content = pdf_text(written)
    assert words in content and "CI-2026-01-M1" in content
    assert dialog.result_box is not None and str(written) in dialog.result_box.text()
    assert [button.text() for button in action_buttons(dialog.result_box)] == ["Open"]
    assert settings.value(LANGUAGE_KEY) == language
    close_result(dialog)
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted


def test_the_attendance_list_of_the_chosen_workshop(qtbot: QtBot, workbook: Workbook, sample: Sample,
                                                    workshops: Workshops, settings: QtCore.QSettings,
                                                    tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, workbook, sample, settings, kind=ReportKind.ATTENDANCE)
    assert not dialog.workshop_combo.isHidden() and not dialog.blank_check.isHidden()
    assert dialog.deliverable_combo.isHidden()
    assert [dialog.workshop_combo.itemData(row) for row in range(dialog.workshop_combo.count())] == [
        workshops.latest_id, workshops.earlier_id]  # the latest first
    assert "Diagnostic des centres sociaux" in dialog.workshop_combo.itemText(0)
    assert "2026" in dialog.workshop_combo.itemText(0)
    dialog.set_workshop(workshops.earlier_id)
    dialog.set_language("fr")
    assert export(qtbot, dialog, tmp_path / "earlier.pdf")
    content = pdf_text(tmp_path / "earlier.pdf")
    assert "Liste de présence" in content and "Awa Koné" in content and "Łukasz" not in content


def test_a_deliverable_preselected(qtbot: QtBot, workbook: Workbook, sample: Sample, workshops: Workshops,
                                   settings: QtCore.QSettings, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, workbook, sample, settings, deliverable_id=workshops.deliverable.id)
    assert dialog.kind() is ReportKind.DELIVERABLE
    assert dialog.deliverable_id() == workshops.deliverable.id
    assert dialog.workshop_combo.isHidden() and not dialog.deliverable_combo.isHidden()
    dialog.set_language("es")
    assert dialog.suggested_file_name() == "CI-2026-01-M1 Diagnostic des centres sociaux.pdf"
    assert export(qtbot, dialog, tmp_path / "deliverable.pdf")
    content = pdf_text(tmp_path / "deliverable.pdf")
    assert "Diagnostic des centres sociaux" in content
    assert "SOCIEUX+ está cofinanciado por la Unión Europea" in content


def test_a_blank_attendance_list_without_workshop(qtbot: QtBot, workbook: Workbook, sample: Sample,
                                                  settings: QtCore.QSettings, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, workbook, sample, settings, kind=ReportKind.ATTENDANCE)
    assert dialog.workshop_combo.count() == 0 and not dialog.workshop_combo.isEnabled()
    assert "tick “Blank list to print”" in dialog.hint_label.text()
    assert dialog.rows_spin.isHidden()
    dialog.blank_check.click()
    assert "date left to fill in" in dialog.hint_label.text()
    assert not dialog.rows_spin.isHidden() and dialog.blank_rows() == 25
    assert dialog.rows_spin.minimum() == 1 and dialog.rows_spin.maximum() == 500
    dialog.set_blank_rows(32)
    dialog.set_language("fr")
    assert dialog.suggested_file_name() == "CI-2026-01-M1 Liste de présence.pdf"
    assert export(qtbot, dialog, tmp_path / "blank.pdf")
    content = pdf_text(tmp_path / "blank.pdf")
    assert "À remplir à la main" in content and " 32 " in content and " 33 " not in content


def test_attendance_without_workshop_says_what_to_do(qtbot: QtBot, workbook: Workbook, sample: Sample,
                                                     settings: QtCore.QSettings, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, workbook, sample, settings, kind=ReportKind.ATTENDANCE)
    assert not export(qtbot, dialog, tmp_path / "attendance.pdf")
    assert not dialog.error_label.isHidden()
    assert dialog.error_label.text() == (
        "Mission CI-2026-01-M1 has no workshop yet, so nobody is on an attendance list. Start a workshop "
        "from a deliverable (Deliverables tab, “Start workshop…”), or tick “Blank list to print” for a "
        "paper workshop.")
    assert not (tmp_path / "attendance.pdf").exists() and dialog.result_box is None
    assert dialog.isVisible()  # to choose again
    dialog.blank_check.click()
    assert dialog.error_label.isHidden()


def test_a_deliverable_of_a_mission_without_any(qtbot: QtBot, workbook: Workbook, sample: Sample,
                                                settings: QtCore.QSettings, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, workbook, sample, settings, kind=ReportKind.DELIVERABLE)
    assert dialog.hint_label.text() == "This mission has no deliverable yet."
    assert not export(qtbot, dialog, tmp_path / "deliverable.pdf")
    assert dialog.error_label.text().startswith("Mission CI-2026-01-M1 has no deliverable yet. Create one")


def test_a_folder_that_cannot_be_written(qtbot: QtBot, workbook: Workbook, sample: Sample,
                                         settings: QtCore.QSettings, tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    dialog = make_dialog(qtbot, workbook, sample, settings)
    assert not export(qtbot, dialog, blocker / "timesheet.pdf")
    assert "timesheet.pdf” could not be written (" in dialog.error_label.text()
    assert "Choose another folder" in dialog.error_label.text()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes in read-only folders")
def test_a_read_only_folder(qtbot: QtBot, workbook: Workbook, sample: Sample, settings: QtCore.QSettings,
                            tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        dialog = make_dialog(qtbot, workbook, sample, settings)
        assert not export(qtbot, dialog, folder / "timesheet.pdf")
        assert "could not be written" in dialog.error_label.text()
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_every_report_error_is_said_with_what_to_do(qtbot: QtBot, workbook: Workbook, sample: Sample,
                                                    settings: QtCore.QSettings) -> None:
    dialog = make_dialog(qtbot, workbook, sample, settings)
    errors = [ReportError("error.language", language="de", languages="fr, en, es"),
              ReportError("error.kind", kind="x", kinds="timesheet"),
              ReportError("error.mission", mission_id="m"), ReportError("error.workshop", workshop_id="w"),
              ReportError("error.no_workshop", code="M1"),
              ReportError("error.deliverable", deliverable_id="d"),
              ReportError("error.choose_deliverable", code="M1", choices="d (D)"),
              ReportError("error.no_deliverable", code="M1"),
              ReportError("error.output", path="/x/y.pdf", reason="disk full")]
    texts = [dialog.error_text(error) for error in errors]
    assert len(set(texts)) == len(texts)
    assert all("{" not in text and "--" not in text for text in texts)  # no CLI option, every field filled
    assert dialog.error_text(errors[-1]) == ("The file “/x/y.pdf” could not be written (disk full). Choose "
                                             "another folder, such as your documents, and export again.")
    unknown = dialog.error_text(ReportError("error.new_kind_of_failure"))
    assert unknown.startswith("The PDF could not be made (") and "export again" in unknown


def test_the_language_is_remembered(qtbot: QtBot, workbook: Workbook, sample: Sample,
                                    settings: QtCore.QSettings) -> None:
    settings.setValue(LANGUAGE_KEY, "es")
    dialog = make_dialog(qtbot, workbook, sample, settings)
    assert dialog.language() == "es"
    assert dialog.suggested_file_name() == "CI-2026-01-M1 Hoja de tiempo.pdf"
    assert [dialog.language_combo.itemText(row) for row in range(3)] == ["French", "English", "Spanish"]


def test_the_interface_language_by_default_and_texts_at_a_switch(
        qtbot: QtBot, qapp: QtWidgets.QApplication, workbook: Workbook, sample: Sample,
        settings: QtCore.QSettings) -> None:
    with language_switcher(qapp) as switcher:
        switcher.switch("es")
        assert make_dialog(qtbot, workbook, sample, settings).language() == "es"
        switcher.switch("en")
        dialog = make_dialog(qtbot, workbook, sample, settings)
        assert dialog.language() == "en"
        switcher.switch("fr")
        french = label(DeliverableLanguage.FR)
        assert french == "Français"
        qtbot.waitUntil(lambda: dialog.language_combo.itemText(0) == french)
        assert dialog.language() == "en"  # the choice stays


def test_open_shows_the_file(qtbot: QtBot, workbook: Workbook, sample: Sample, settings: QtCore.QSettings,
                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QtCore.QUrl] = []

    def open_url(url: QtCore.QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QtGui.QDesktopServices, "openUrl", open_url)
    dialog = make_dialog(qtbot, workbook, sample, settings)
    assert export(qtbot, dialog, tmp_path / "timesheet.pdf")
    box = dialog.result_box
    assert box is not None
    [open_button] = action_buttons(box)
    open_button.click()
    assert opened == [QtCore.QUrl.fromLocalFile(str(tmp_path / "timesheet.pdf"))]
    assert dialog.result_box is None


def test_texts_follow_the_language(qtbot: QtBot, workbook: Workbook, sample: Sample,
                                   settings: QtCore.QSettings) -> None:
    dialog = make_dialog(qtbot, workbook, sample, settings)
    dialog.kind_combo.setItemText(0, "")
    dialog.setWindowTitle("")
    QtCore.QCoreApplication.sendEvent(dialog, QtCore.QEvent(QtCore.QEvent.Type.LanguageChange))
    assert dialog.windowTitle() == "Export PDF"
    assert dialog.kind_combo.itemText(0) == "Timesheet"
    assert dialog.mission_label.text() == "Mission CI-2026-01-M1: Diagnostic of the social centres"


def test_safe_file_names() -> None:
    assert safe_file_name('CI/M1: "Rapport"?') == "CI M1 Rapport.pdf"
    assert safe_file_name("  ") == "report.pdf"


# -- the entry points ------------------------------------------------------------------------------

@pytest.fixture
def window(qtbot: QtBot, qapp: QtWidgets.QApplication, workbook: Workbook, sample: Sample,
           settings: QtCore.QSettings) -> Iterator[MainWindow]:
    with language_switcher(qapp) as switcher:
        switcher.switch("en")
        shown = MainWindow(workbook, switcher, settings=settings, tokens=memory_tokens())
        qtbot.addWidget(shown)
        shown.show()
        qtbot.waitExposed(shown)
        yield shown


def test_the_file_menu_exports_the_selected_mission(window: MainWindow, sample: Sample,
                                                    settings: QtCore.QSettings) -> None:
    action = window.export_pdf_action
    assert action in window.file_menu.actions()
    assert action.text() == "E&xport PDF…"
    assert action.shortcut() == QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Print)
    assert window.mission_page.mission_id == sample.mission.id and action.isEnabled()
    window.mission_list.view.clearSelection()
    assert window.mission_page.mission_id is None
    assert not action.isEnabled()
    assert window.mission_page.export_pdf() is None
    window.mission_list.select_mission(sample.mission.id)
    assert action.isEnabled()
    settings.setValue(LANGUAGE_KEY, "fr")  # the window's settings reach the dialog
    action.trigger()
    [dialog] = window.mission_page.findChildren(ExportPdfDialog)
    assert dialog.isVisible() and dialog.mission_id == sample.mission.id
    assert dialog.kind() is ReportKind.TIMESHEET and dialog.language() == "fr"
    dialog.reject()


def test_the_dashboard_button_opens_the_dialog(window: MainWindow, sample: Sample) -> None:
    dashboard = window.mission_page.dashboard
    assert dashboard.export_button.text() == "Export PDF…"
    dashboard.export_button.click()
    [dialog] = window.mission_page.findChildren(ExportPdfDialog)
    assert dialog.mission_id == sample.mission.id
    dialog.reject()


def test_the_deliverables_toolbar_preselects_the_deliverable(window: MainWindow, sample: Sample,
                                                             workshops: Workshops) -> None:
    page = window.mission_page
    page.setCurrentIndex(page.deliverables_index)
    deliverables = page.deliverables
    assert deliverables.pdf_action in deliverables.toolbar.actions()
    assert deliverables.pdf_action.text() == "Export to PDF…"
    assert not deliverables.pdf_action.isEnabled()  # no deliverable chosen
    deliverables.select(workshops.deliverable.id)
    assert deliverables.pdf_action.isEnabled()
    deliverables.pdf_action.trigger()
    [dialog] = page.findChildren(ExportPdfDialog)
    assert dialog.kind() is ReportKind.DELIVERABLE
    assert dialog.deliverable_id() == workshops.deliverable.id
    dialog.reject()
