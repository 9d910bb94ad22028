"""What a sync left for the person to review, in the status bar and the Sync menu.

:class:`SyncReviewWidget` shows, beside the sync status, "3 changes lost in merges – review" and
"1 change set aside – review" while there are some; each opens its list (:mod:`lost_changes`,
:mod:`set_aside`). Beside them, "2 day entries to check" counts the entries a merge left breaking a rule
around them (two days on one date...), which the day log marks; its tooltip says the rules. The Sync
menu gets the same two lists, always there. :func:`attach_review` puts both into a main window whose
sync is attached (``sync_panel.attach_sync`` calls it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from socieux_desktop.store.replica import PulledFinding
from socieux_desktop.store.sync_review import ReviewCounts, SyncReview
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.messages import kept_message
from socieux_desktop.ui.qt import Qt, QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from socieux_desktop.ui.lost_changes import LostChangesDialog
    from socieux_desktop.ui.set_aside import SetAsideDialog
    from socieux_desktop.ui.sync_panel import SyncController

D = TypeVar("D", bound=QtWidgets.QDialog)


class SyncReviewWidget(QtWidgets.QWidget):
    """Two links, shown only when there is something to review."""

    def __init__(self, workbook: Workbook, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbook = workbook
        self.review = SyncReview(workbook)
        self.counts = ReviewCounts(0, 0)
        self._findings: list[PulledFinding] = []
        self.findings_label = QtWidgets.QLabel()
        self.findings_label.setStyleSheet("QLabel { color: #8a5a00; font-weight: bold; }")
        self.lost_button = QtWidgets.QToolButton()
        self.set_aside_button = QtWidgets.QToolButton()
        for button in (self.lost_button, self.set_aside_button):
            button.setAutoRaise(True)
            button.setObjectName("syncReview")
            button.setStyleSheet("QToolButton#syncReview { font-weight: bold; text-decoration: underline; }")
        self.lost_button.clicked.connect(self.open_lost)
        self.set_aside_button.clicked.connect(self.open_set_aside)
        self.lost_menu_action = self._menu_action(self.open_lost)
        self.set_aside_menu_action = self._menu_action(self.open_set_aside)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lost_button)
        layout.addWidget(self.set_aside_button)
        layout.addWidget(self.findings_label)
        self.dialog: QtWidgets.QDialog | None = None
        """The list last opened from here."""
        self.refresh()

    def _menu_action(self, slot: Callable[[], object]) -> QtGui.QAction:
        action = QtGui.QAction(self)
        action.triggered.connect(slot)
        return action

    def menu_actions(self) -> list[QtGui.QAction]:
        return [self.lost_menu_action, self.set_aside_menu_action]

    def refresh(self) -> None:
        self.counts = self.review.counts()
        self._findings = self.review.findings() if self.counts.findings else []
        self.retranslate()

    def retranslate(self) -> None:
        lost, set_aside = self.counts.lost, self.counts.set_aside
        self.lost_button.setText(self.tr("%n change(s) lost in merges – review", "", lost))
        self.lost_button.setToolTip(self.tr(
            "Changes of yours that a later change from another computer replaced, or whose record was "
            "deleted there. Bring them back or let them go."))
        self.lost_button.setVisible(lost > 0)
        self.set_aside_button.setText(self.tr("%n change(s) set aside – review", "", set_aside))
        self.set_aside_button.setToolTip(self.tr(
            "Changes received from other computers that the rules refuse: they were not applied."))
        self.set_aside_button.setVisible(set_aside > 0)
        findings = self.counts.findings
        self.findings_label.setText(self.tr("%n day entry(ies) to check in the day log", "", findings))
        sentences = dict.fromkeys(kept_message(f.code, f.params, f.english) for f in self._findings)
        self.findings_label.setToolTip("\n".join([self.tr(
            "Merged with changes from another computer, these entries break a rule around them. Both sides "
            "were kept: correct or delete an entry in the day log (marked with a warning sign), and the "
            "next sync forgets the warning."), *sentences]))
        self.findings_label.setVisible(findings > 0)
        self.lost_menu_action.setText(self.tr("Changes &lost in merges…"))
        self.set_aside_menu_action.setText(self.tr("Changes set &aside…"))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_lost(self) -> LostChangesDialog:
        from socieux_desktop.ui.lost_changes import LostChangesDialog

        dialog = LostChangesDialog(self.workbook, self.window())
        dialog.changed.connect(self.refresh)
        return self._open(dialog)

    def open_set_aside(self) -> SetAsideDialog:
        from socieux_desktop.ui.set_aside import SetAsideDialog

        return self._open(SetAsideDialog(self.workbook, self.window()))

    def _open(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog


def attach_review(window: QtWidgets.QMainWindow, controller: SyncController) -> SyncReviewWidget:
    """The review links in ``window``'s status bar and its Sync menu, refreshed whenever the sync status
    may have changed (after each sync, and each write of the person's)."""
    widget = SyncReviewWidget(controller.workbook)
    window.statusBar().addPermanentWidget(widget)
    if controller.menu is not None:
        controller.menu.addSeparator()
        for action in widget.menu_actions():
            controller.menu.addAction(action)
    controller.status_changed.connect(widget.refresh)
    return widget
