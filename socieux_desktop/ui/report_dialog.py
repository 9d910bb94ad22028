"""The "Export PDF" dialog: a mission's timesheet, a workshop's attendance list, a deliverable or the mission
report, written in French, English or Spanish whatever the interface's language.

The person chooses the report (for an attendance list the workshop, or a blank list to print for a paper
workshop; for a deliverable which one) and its language (the interface's at first, then the last one
chosen, kept in the settings), then a file. The PDF is made off the GUI thread (``reports.render`` opens
what it needs itself: the workbook's engine serves every thread); a message then names the file and offers
to open it. What cannot be made is said in the interface's language, with what to do; ``reports.render``
writes through a temporary file, so nothing is half-written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from socieux_desktop.domain.deliverables import DeliverableLanguage
from socieux_desktop.reports import BLANK_ROWS, MAX_BLANK_ROWS, ReportError, ReportKind
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.day_log import qdate
from socieux_desktop.ui.labels import label
from socieux_desktop.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from socieux_desktop.ui.runner import OperationRunner

if TYPE_CHECKING:
    from socieux_desktop.collab.attendance import Workshop

REPORT_LANGUAGES: tuple[str, ...] = ("fr", "en", "es")
LANGUAGE_KEY = "reports/language"
"""The settings key of the last language a report was written in."""
FOLDER_KEY = "reports/folder"
"""The settings key of the folder the last report was written to."""
PDF_SUFFIX = ".pdf"
_ERROR_STYLE = "QLabel { color: #b00020; }"
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_TITLE_KEYS = {ReportKind.TIMESHEET: "timesheet.title", ReportKind.ATTENDANCE: "attendance.title",
               ReportKind.MISSION: "mission_report.title"}


def interface_report_language() -> str:
    """The interface's language if reports are written in it, else English."""
    code = QtCore.QLocale().name().split("_")[0]
    return code if code in REPORT_LANGUAGES else "en"


def safe_file_name(stem: str, suffix: str = PDF_SUFFIX) -> str:
    """``stem`` made safe as a file name on every system, with ``suffix``."""
    cleaned = _UNSAFE_IN_FILE_NAMES.sub(" ", stem)
    cleaned = " ".join(cleaned.split()).strip(" .") or "report"
    return cleaned[:100] + suffix


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What ``reports.render`` is asked for (read from the dialog on the GUI thread)."""

    kind: ReportKind
    mission_id: str
    language: str
    workshop_id: str | None = None
    deliverable_id: str | None = None
    blank: bool = False
    blank_rows: int | None = None


class ExportPdfDialog(QtWidgets.QDialog):
    """Choose a report of mission ``mission_id`` and its language, then a file; ``kind`` and
    ``deliverable_id`` preselect (a deliverable alone means the deliverable report). ``settings`` keeps the
    language and folder chosen (the application's settings when not given)."""

    export_finished = Signal(bool)
    """An export ended: True when the PDF was written, False when it could not be (the reason is shown)."""

    def __init__(self, workbook: Workbook, mission_id: str, parent: QtWidgets.QWidget | None = None, *,
                 settings: QtCore.QSettings | None = None, kind: ReportKind | None = None,
                 deliverable_id: str | None = None) -> None:
        super().__init__(parent)
        self._workbook = workbook
        self._mission_id = mission_id
        self._settings = settings if settings is not None else QtCore.QSettings()
        self._code = ""
        self._mission_title = ""
        self._workshops: list[Workshop] = []
        self._deliverable_titles: dict[str, str] = {}
        self.written: Path | None = None
        """The last PDF written."""
        self.result_box: QtWidgets.QMessageBox | None = None
        """The message that names the PDF written (with its "Open" button), while shown."""
        self.runner = OperationRunner(self._failed, self)

        self.mission_label = QtWidgets.QLabel()
        self.mission_label.setWordWrap(True)
        self.kind_combo = QtWidgets.QComboBox()
        for report in ReportKind:
            self.kind_combo.addItem("", report)
        self.workshop_combo = QtWidgets.QComboBox()
        self.workshop_combo.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.blank_check = QtWidgets.QCheckBox()
        self.rows_spin = QtWidgets.QSpinBox()
        self.rows_spin.setRange(1, MAX_BLANK_ROWS)
        self.rows_spin.setValue(BLANK_ROWS)
        self.deliverable_combo = QtWidgets.QComboBox()
        self.deliverable_combo.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_combo = QtWidgets.QComboBox()
        for code in REPORT_LANGUAGES:
            self.language_combo.addItem("", code)
        self.hint_label = QtWidgets.QLabel()
        self.hint_label.setWordWrap(True)
        self.error_label = QtWidgets.QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            "", QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)

        self._kind_label = QtWidgets.QLabel()
        self._kind_label.setBuddy(self.kind_combo)
        self._workshop_label = QtWidgets.QLabel()
        self._workshop_label.setBuddy(self.workshop_combo)
        self._deliverable_label = QtWidgets.QLabel()
        self._deliverable_label.setBuddy(self.deliverable_combo)
        self._language_label = QtWidgets.QLabel()
        self._language_label.setBuddy(self.language_combo)
        self._rows_label = QtWidgets.QLabel()
        self._rows_label.setBuddy(self.rows_spin)
        self.form = QtWidgets.QFormLayout()
        self.form.addRow(self._kind_label, self.kind_combo)
        self.form.addRow(self._workshop_label, self.workshop_combo)
        self.form.addRow("", self.blank_check)
        self.form.addRow(self._rows_label, self.rows_spin)
        self.form.addRow(self._deliverable_label, self.deliverable_combo)
        self.form.addRow(self._language_label, self.language_combo)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.mission_label)
        layout.addLayout(self.form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._load()
        if kind is None:
            kind = ReportKind.DELIVERABLE if deliverable_id is not None else ReportKind.TIMESHEET
        self.set_kind(kind)
        if deliverable_id is not None:
            self.set_deliverable(deliverable_id)
        remembered = self._settings.value(LANGUAGE_KEY)
        self.set_language(remembered if isinstance(remembered, str) and remembered in REPORT_LANGUAGES
                          else interface_report_language())

        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        self.kind_combo.currentIndexChanged.connect(self._choice_changed)
        self.blank_check.toggled.connect(self._choice_changed)
        self.workshop_combo.currentIndexChanged.connect(self._clear_error)
        self.deliverable_combo.currentIndexChanged.connect(self._clear_error)
        self.language_combo.currentIndexChanged.connect(self._clear_error)
        self.runner.busy_changed.connect(self._busy_changed)
        self.retranslate()
        self._choice_changed()

    # -- the choice ------------------------------------------------------------------------------

    @property
    def mission_id(self) -> str:
        return self._mission_id

    def kind(self) -> ReportKind:
        return ReportKind(self.kind_combo.currentData())

    def set_kind(self, kind: ReportKind | str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(ReportKind(kind)))

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def set_language(self, language: str) -> None:
        index = self.language_combo.findData(language)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)

    def workshop_id(self) -> str | None:
        data = self.workshop_combo.currentData()
        return data if isinstance(data, str) else None

    def set_workshop(self, workshop_id: str) -> None:
        index = self.workshop_combo.findData(workshop_id)
        if index >= 0:
            self.workshop_combo.setCurrentIndex(index)

    def blank(self) -> bool:
        return self.blank_check.isChecked()

    def set_blank(self, blank: bool) -> None:
        self.blank_check.setChecked(blank)

    def blank_rows(self) -> int:
        return self.rows_spin.value()

    def set_blank_rows(self, rows: int) -> None:
        self.rows_spin.setValue(rows)

    def deliverable_id(self) -> str | None:
        data = self.deliverable_combo.currentData()
        return data if isinstance(data, str) else None

    def set_deliverable(self, deliverable_id: str) -> None:
        index = self.deliverable_combo.findData(deliverable_id)
        if index >= 0:
            self.deliverable_combo.setCurrentIndex(index)

    def request(self) -> ReportRequest:
        """The report as chosen now."""
        kind = self.kind()
        if kind is ReportKind.ATTENDANCE:
            return ReportRequest(kind, self._mission_id, self.language(), workshop_id=self.workshop_id(),
                                 blank=self.blank(), blank_rows=self.blank_rows() if self.blank() else None)
        if kind is ReportKind.DELIVERABLE:
            return ReportRequest(kind, self._mission_id, self.language(),
                                 deliverable_id=self.deliverable_id())
        return ReportRequest(kind, self._mission_id, self.language())

    def suggested_file_name(self) -> str:
        """The mission's code and the report's title in the report's language ("M1 Feuille de temps.pdf")."""
        from socieux_desktop.reports.texts import text

        request = self.request()
        if request.kind is ReportKind.DELIVERABLE:
            title = self._deliverable_titles.get(request.deliverable_id or "", "")
        else:
            title = text(request.language, _TITLE_KEYS[request.kind])
        return safe_file_name(f"{self._code} {title}")

    # -- exporting -------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self.runner.is_busy()

    def choose_file(self) -> None:
        """Ask where to write the PDF (a save dialog), then write it there."""
        if self.is_busy():
            return
        folder = self._settings.value(FOLDER_KEY)
        if not isinstance(folder, str) or not folder or not Path(folder).is_dir():
            folder = QtCore.QStandardPaths.writableLocation(
                QtCore.QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export the report as PDF"), str(Path(folder) / self.suggested_file_name()),
            self.tr("PDF files (*.pdf)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> bool:
        """Write the chosen report to ``path`` (".pdf" added if missing) off the GUI thread; False when an
        export is already running. ``export_finished`` tells the outcome."""
        if self.is_busy():
            return False
        if path.suffix.lower() != PDF_SUFFIX:
            path = path.with_name(path.name + PDF_SUFFIX)
        request = self.request()
        self._settings.setValue(LANGUAGE_KEY, request.language)
        self._settings.setValue(FOLDER_KEY, str(path.parent))
        self._clear_error()
        workbook = self._workbook

        def work() -> Path:
            from socieux_desktop.reports import render

            render(request.kind, workbook, mission_id=request.mission_id, language=request.language,
                   output=path, workshop_id=request.workshop_id, deliverable_id=request.deliverable_id,
                   blank=request.blank, blank_rows=request.blank_rows)
            return path

        self.runner.run(work, self._written, lambda exc: self._failed(exc, path))
        return True

    def open_file(self, path: Path) -> bool:
        """Show the PDF in the system's viewer."""
        return QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path)))

    def error_text(self, error: Exception, path: Path | None = None) -> str:
        """What went wrong, in the interface's language, with what to do."""
        file = path.name if path is not None else ""
        if isinstance(error, ReportError):
            fields = error.fields
            code = str(fields.get("code", ""))
            if error.key == "error.no_workshop":
                return self.tr(
                    "Mission {code} has no workshop yet, so nobody is on an attendance list. Start a "
                    "workshop from a deliverable (Deliverables tab, “Start workshop…”), or tick “Blank list "
                    "to print” for a paper workshop.").format(code=code)
            if error.key == "error.no_deliverable":
                return self.tr(
                    "Mission {code} has no deliverable yet. Create one in the Deliverables tab (“New "
                    "deliverable…”), then export it.").format(code=code)
            if error.key == "error.choose_deliverable":
                return self.tr("Choose the deliverable to export in the list, then export again.")
            if error.key == "error.deliverable":
                return self.tr(
                    "The chosen deliverable is no longer part of this mission. Close this window, open it "
                    "again and choose another deliverable.")
            if error.key == "error.workshop":
                return self.tr(
                    "The chosen workshop is no longer part of this mission. Close this window, open it again "
                    "and choose another workshop.")
            if error.key == "error.mission":
                return self.tr(
                    "This mission is no longer in the workspace. Close this window and choose a mission in "
                    "the list.")
            if error.key == "error.language":
                return self.tr("Choose French, English or Spanish as the report's language, then export "
                               "again.")
            if error.key == "error.kind":
                return self.tr("Choose the timesheet, the attendance list, a deliverable or the mission "
                               "report, then export again.")
            if error.key == "error.output":
                return self.tr(
                    "The file “{file}” could not be written ({reason}). Choose another folder, such as your "
                    "documents, and export again.").format(
                        file=str(fields.get("path", file)), reason=str(fields.get("reason", "")))
            try:  # a reason new to this dialog: the reports' own words, in the interface's language
                reason = error.message(interface_report_language())
            except (KeyError, IndexError, ValueError):
                reason = error.key
            return self.tr("The PDF could not be made ({reason}). Nothing was written. Check your choice "
                           "and export again.").format(reason=reason)
        if isinstance(error, OSError):
            return self.tr(
                "The file “{file}” could not be written ({reason}). Choose another folder, such as your "
                "documents, and export again.").format(file=file, reason=error.strerror or str(error))
        return self.tr("The PDF could not be made ({reason}). Nothing was written. Check your choice and "
                       "export again.").format(reason=str(error) or type(error).__name__)

    def reject(self) -> None:
        if not self.is_busy():  # the PDF being written comes back to this dialog
            super().reject()

    def accept(self) -> None:
        if not self.is_busy():
            super().accept()

    # -- inner workings --------------------------------------------------------------------------

    def _load(self) -> None:
        """The mission's code, workshops (the latest first) and deliverables."""
        from socieux_desktop.collab.attendance import WorkshopLog
        from socieux_desktop.collab.store import DeliverableStore

        try:
            details = self._workbook.mission_details(self._mission_id)
        except KeyError:
            pass  # gone meanwhile: exporting says so
        else:
            self._code = details.mission.code
            self._mission_title = details.mission.title
        deliverables = DeliverableStore(self._workbook).of_mission(self._mission_id)
        self._deliverable_titles = {deliverable.id: deliverable.title for deliverable in deliverables}
        for deliverable in deliverables:
            self.deliverable_combo.addItem(deliverable.title, deliverable.id)
        self._workshops = WorkshopLog(self._workbook).of_mission(self._mission_id)
        for workshop in self._workshops:
            self.workshop_combo.addItem("", workshop.id)

    def _written(self, path: Path) -> None:
        self.written = path
        self.export_finished.emit(True)
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Information, self.tr("PDF exported"),
            self.tr("The report was written to “{file}”.").format(file=str(path)),
            QtWidgets.QMessageBox.StandardButton.Close, self)
        open_button = box.addButton(self.tr("Open"), QtWidgets.QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(open_button)
        open_button.clicked.connect(lambda: self.open_file(path))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.finished.connect(self._result_closed)
        self.result_box = box
        box.open()

    def _result_closed(self) -> None:
        self.result_box = None
        self.accept()

    def _failed(self, error: Exception, path: Path | None = None) -> None:
        self.error_label.setText(self.error_text(error, path))
        self.error_label.show()
        self.export_finished.emit(False)

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def _busy_changed(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        for widget in (self.kind_combo, self.workshop_combo, self.blank_check, self.rows_spin,
                       self.deliverable_combo, self.language_combo):
            widget.setEnabled(not busy)
        if not busy:
            self._choice_changed()
        else:
            self.hint_label.setText(self.tr("Writing the PDF…"))
            self.hint_label.show()

    def _choice_changed(self) -> None:
        kind = self.kind()
        attendance = kind is ReportKind.ATTENDANCE
        self.form.setRowVisible(self.workshop_combo, attendance)
        self.form.setRowVisible(self.blank_check, attendance)
        self.form.setRowVisible(self.rows_spin, attendance and self.blank())
        self.form.setRowVisible(self.deliverable_combo, kind is ReportKind.DELIVERABLE)
        self.workshop_combo.setEnabled(bool(self._workshops) and not self.is_busy())
        self.deliverable_combo.setEnabled(bool(self._deliverable_titles) and not self.is_busy())
        self._clear_error()
        self._show_hint()

    def _show_hint(self) -> None:
        kind = self.kind()
        hint = ""
        if kind is ReportKind.ATTENDANCE and not self._workshops and not self.blank():
            hint = self.tr("This mission has no workshop yet: tick “Blank list to print” to print a list "
                           "that the participants sign on paper.")
        elif kind is ReportKind.ATTENDANCE and not self._workshops:
            hint = self.tr("The list is printed empty, with the date left to fill in, for the participants "
                           "to sign on paper.")
        elif kind is ReportKind.ATTENDANCE and self.blank():
            hint = self.tr("The list is printed empty, with the chosen workshop's date and deliverable, "
                           "for the participants to sign on paper.")
        elif kind is ReportKind.DELIVERABLE and not self._deliverable_titles:
            hint = self.tr("This mission has no deliverable yet.")
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))

    def _workshop_text(self, workshop: Workshop) -> str:
        locale = QtCore.QLocale()
        started = workshop.started_at.astimezone()
        when = locale.toString(qdate(started.date()), QtCore.QLocale.FormatType.LongFormat)
        hour = locale.toString(QtCore.QTime(started.hour, started.minute),
                               QtCore.QLocale.FormatType.ShortFormat)
        title = self._deliverable_titles.get(workshop.deliverable_id, "")
        if title:
            return self.tr("{date}, {time} — {deliverable}").format(date=when, time=hour, deliverable=title)
        return self.tr("{date}, {time}").format(date=when, time=hour)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export PDF"))
        if self._code:
            self.mission_label.setText(self.tr("Mission {code}: {title}").format(
                code=self._code, title=self._mission_title))
        names = {ReportKind.TIMESHEET: self.tr("Timesheet"),
                 ReportKind.ATTENDANCE: self.tr("Attendance list"),
                 ReportKind.DELIVERABLE: self.tr("Deliverable"),
                 ReportKind.MISSION: self.tr("Mission report")}
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, names[ReportKind(self.kind_combo.itemData(index))])
        for index, workshop in enumerate(self._workshops):
            self.workshop_combo.setItemText(index, self._workshop_text(workshop))
        self.workshop_combo.setPlaceholderText(self.tr("No workshop yet"))
        self.deliverable_combo.setPlaceholderText(self.tr("No deliverable yet"))
        for index in range(self.language_combo.count()):
            self.language_combo.setItemText(
                index, label(DeliverableLanguage(self.language_combo.itemData(index))))
        self._kind_label.setText(self.tr("&Report:"))
        self._workshop_label.setText(self.tr("&Workshop:"))
        self.blank_check.setText(self.tr("&Blank list to print"))
        self._rows_label.setText(self.tr("R&ows to print:"))
        self._deliverable_label.setText(self.tr("&Deliverable:"))
        self._language_label.setText(self.tr("Written &in:"))
        self.export_button.setText(self.tr("&Export…"))
        if not self.is_busy():
            self._show_hint()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
