"""The right side of the main window: one mission's dashboard, day log and deliverables, on tabs kept in step.

A day logged, changed, deleted or undone refreshes the dashboard (days consumed); a timesheet submitted
or reopened on the dashboard refreshes the day log (its entries lock or unlock). With no mission chosen the
day log shows the days of every mission. The day log reads its entries only when its tab is shown (a
large workspace holds tens of thousands of them, and the window opens on the dashboard); the deliverables
likewise (their texts are CRDT documents, and the library that reads them loads with the first one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.dashboard import MissionDashboard
from socieux_desktop.ui.day_log import DayLogWidget
from socieux_desktop.ui.deliverables import DeliverablesWidget
from socieux_desktop.ui.qt import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from socieux_desktop.reports import ReportKind
    from socieux_desktop.sync.engine import SyncReport
    from socieux_desktop.ui.report_dialog import ExportPdfDialog


class MissionPage(QtWidgets.QTabWidget):
    """Tabs "Dashboard", "Day log" and "Deliverables" of the mission given to ``set_mission``."""

    def __init__(self, workbook: Workbook, undo_stack: QtGui.QUndoStack,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._workbook = workbook
        self.settings: QtCore.QSettings | None = None
        """Where the PDF export keeps its language and folder (the application's settings when None)."""
        self._day_log_stale = True
        self._deliverables_stale = True
        self.dashboard = MissionDashboard(workbook)
        self.day_log = DayLogWidget(workbook, undo_stack)
        self.deliverables = DeliverablesWidget(workbook)
        self.dashboard_index = self.addTab(self.dashboard, "")
        self.day_log_index = self.addTab(self.day_log, "")
        self.deliverables_index = self.addTab(self.deliverables, "")
        self.setDocumentMode(True)

        self.day_log.entries_changed.connect(self.dashboard.refresh)
        self.dashboard.timesheet_changed.connect(self._refresh_loaded_day_log)
        self.currentChanged.connect(self._tab_changed)
        self.dashboard.export_requested.connect(lambda: self.export_pdf())
        self.deliverables.pdf_requested.connect(lambda deliverable_id: self.export_pdf(
            deliverable_id=deliverable_id))
        self.retranslate()

    @property
    def mission_id(self) -> str | None:
        return self.dashboard.mission_id

    def set_mission(self, mission_id: str | None) -> None:
        """Show one mission, or (None) the invitation to choose one and the days of every mission."""
        self.dashboard.set_mission(mission_id)
        self._day_log_stale = True
        self._deliverables_stale = True
        if self.currentIndex() == self.day_log_index:
            self._load_day_log()
        elif self.currentIndex() == self.deliverables_index:
            self._load_deliverables()

    def refresh(self) -> None:
        """Read the mission and its days again (after the mission was edited)."""
        self.dashboard.refresh()
        self._refresh_loaded_day_log()
        if not self._deliverables_stale:
            self.deliverables.refresh()

    def after_sync(self, report: SyncReport) -> None:
        """A sync brought changes, or found or forgot rules a merge left broken: the mission and its days
        (their warning signs included) read again."""
        if report.pulled or report.findings or self.day_log.model.has_findings():
            self.refresh()

    def export_pdf(self, kind: ReportKind | None = None,
                   deliverable_id: str | None = None) -> ExportPdfDialog | None:
        """The "Export PDF" dialog of the mission shown (window-modal); None when no mission is shown."""
        mission_id = self.mission_id
        if mission_id is None:
            return None
        from socieux_desktop.ui.report_dialog import ExportPdfDialog

        dialog = ExportPdfDialog(self._workbook, mission_id, self, settings=self.settings, kind=kind,
                                 deliverable_id=deliverable_id)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def close_windows(self) -> None:
        """End the workshops and close the deliverable editors opened from this page."""
        self.deliverables.close_windows()

    def _load_day_log(self) -> None:
        self._day_log_stale = False
        self.day_log.set_mission(self.dashboard.mission_id)

    def _load_deliverables(self) -> None:
        self._deliverables_stale = False
        self.deliverables.set_mission(self.dashboard.mission_id)

    def _tab_changed(self, index: int) -> None:
        if index == self.day_log_index and self._day_log_stale:
            self._load_day_log()
        elif index == self.deliverables_index and self._deliverables_stale:
            self._load_deliverables()

    def _refresh_loaded_day_log(self) -> None:
        """A day log not read yet reads everything when its tab is shown: nothing to do now."""
        if not self._day_log_stale:
            self.day_log.refresh()

    def retranslate(self) -> None:
        self.setTabText(self.dashboard_index, self.tr("Dashboard"))
        self.setTabText(self.day_log_index, self.tr("Day log"))
        self.setTabText(self.deliverables_index, self.tr("Deliverables"))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
