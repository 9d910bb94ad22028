"""The changes of this computer that lost in a merge, each with one action to bring it back.

After a sync, :class:`LostChangesDialog` lists what the merge took from the person: a value a teammate's
later write replaced without having seen it, and a record they had written that was deleted on another
computer. *Bring back* writes the value (or the record) again as a new change, through the workbook's
ordinary write path, so the rules apply and the next sync carries it everywhere; *Let go* takes it off
the list (the value stays in the record's history).
"""

from __future__ import annotations

from typing import Any, Final

from socieux_desktop.domain.errors import RuleViolation
from socieux_desktop.domain.model import ENTITY_TYPES
from socieux_desktop.store import replica
from socieux_desktop.store.sync_review import SyncReview
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.messages import message
from socieux_desktop.ui.qt import QT_TRANSLATE_NOOP, Qt, QtCore, QtWidgets, Signal, translate
from socieux_desktop.ui.record_history import (
    ValueTexts,
    field_label,
    format_date,
    open_history,
    record_title,
    who_text,
)
from socieux_desktop.ui.table_model import DISPLAY_ROLE, RowsModel, rows_view

_CONTEXT: Final = "LostChanges"
_DELETED: Final = QT_TRANSLATE_NOOP(
    "LostChanges", "Deleted on {device}; your changes to it went with it.")
_OVERWRITTEN: Final = QT_TRANSLATE_NOOP(
    "LostChanges", "{field}: your “{mine}” was replaced by “{theirs}” from {device}, which had not seen "
    "yours.")

RECORD, WHAT, WHEN = range(3)


class LostChangesModel(RowsModel[replica.Loss]):
    column_count = 3

    def __init__(self, review: SyncReview, texts: ValueTexts, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.texts = texts
        self._records: dict[tuple[str, str], dict[str, Any] | None] = {}

    def _replace_rows(self, rows: list[replica.Loss]) -> None:
        self._rows = rows
        self._records = {(loss.entity, loss.entity_id): self.review.record(loss.entity, loss.entity_id)
                         for loss in rows}

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or role not in (DISPLAY_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        loss = self.row_at(index.row())
        if index.column() == RECORD:
            return record_title(loss.entity, self._records.get((loss.entity, loss.entity_id)), self.texts)
        if index.column() == WHEN:
            return format_date(loss.their_created_at)
        return what_happened(loss, self.texts, self.review.workbook.device_id)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY_ROLE:
            return None
        return (self.tr("Record"), self.tr("What happened"), self.tr("When"))[section]


def what_happened(loss: replica.Loss, texts: ValueTexts, this_device: str) -> str:
    device = who_text(loss.their_device_id, this_device)
    device = device[:1].lower() + device[1:]
    if loss.kind == replica.DELETED or loss.field is None:
        return translate(_CONTEXT, _DELETED).format(device=device)
    return translate(_CONTEXT, _OVERWRITTEN).format(
        field=field_label(loss.field), mine=texts.text(loss.entity, loss.field, loss.mine),
        theirs=texts.text(loss.entity, loss.field, loss.theirs), device=device)


class LostChangesDialog(QtWidgets.QDialog):
    """The lost changes, newest first: bring one back, let it go, or see the record's history."""

    changed = Signal()
    """A change was brought back or let go (the counts elsewhere are out of date)."""

    def __init__(self, workbook: Workbook, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbook = workbook
        self.review = SyncReview(workbook)
        self.texts = ValueTexts(workbook)
        self.explanation = QtWidgets.QLabel()
        self.explanation.setWordWrap(True)
        self.model = LostChangesModel(self.review, self.texts, self)
        self.view = rows_view(self.model)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(WHAT, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(self.show_history)
        self.empty_label = QtWidgets.QLabel()
        self.empty_label.setWordWrap(True)
        self.error_label = QtWidgets.QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("lostError")
        self.error_label.setStyleSheet("QLabel#lostError { color: palette(highlight); font-weight: bold; }")
        self.error_label.hide()
        self.bring_back_button = QtWidgets.QPushButton()
        self.let_go_button = QtWidgets.QPushButton()
        self.history_button = QtWidgets.QPushButton()
        self.bring_back_button.clicked.connect(self.bring_back)
        self.let_go_button.clicked.connect(self.let_go)
        self.history_button.clicked.connect(self.show_history)
        self.buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        actions = QtWidgets.QHBoxLayout()
        for button in (self.bring_back_button, self.let_go_button, self.history_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.resize(900, 380)
        self.history: QtWidgets.QDialog | None = None
        """The history dialog last opened from here."""
        self.refresh()
        self.retranslate()

    def refresh(self) -> None:
        self.model.set_rows(self.review.lost())
        self.view.resizeColumnToContents(RECORD)
        self.view.resizeColumnToContents(WHEN)
        self.view.resizeRowsToContents()
        if self.model.rowCount():
            self.view.selectRow(0)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changes lost in merges"))
        self.explanation.setText(self.tr(
            "When two computers change the same record before they sync, the later change wins. These "
            "changes of yours lost that way. Bring one back to write it again (it then wins everywhere at "
            "the next sync), or let it go: it stays in the record's history."))
        self.empty_label.setText(self.tr("No change of yours was lost in a merge."))
        self.bring_back_button.setText(self.tr("&Bring back"))
        self.let_go_button.setText(self.tr("&Let go"))
        self.history_button.setText(self.tr("&History…"))
        self.model.retranslate()
        self._update_buttons()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def selected(self) -> replica.Loss | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        loss = self.selected()
        can = loss is not None and self.review.can_bring_back(loss)
        self.bring_back_button.setEnabled(can)
        self.bring_back_button.setToolTip("" if can or loss is None else self.tr(
            "A status follows its workflow: change it from the mission's timesheet or the deliverable."))
        self.let_go_button.setEnabled(loss is not None)
        self.history_button.setEnabled(loss is not None and loss.entity in ENTITY_TYPES)

    def bring_back(self) -> bool:
        """Write the selected change again; False (and the reason shown) when the rules refuse it now."""
        loss = self.selected()
        if loss is None:
            return False
        try:
            self.review.bring_back(loss.id)
        except RuleViolation as violation:
            self._show_error(self.tr("It cannot be brought back as it is: {reason}").format(
                reason=message(violation.finding)))
            return False
        except KeyError:
            self._show_error(self.tr("This record is no longer on this computer; sync, then try again."))
            return False
        self._show_error("")
        self.refresh()
        self.changed.emit()
        return True

    def let_go(self) -> None:
        loss = self.selected()
        if loss is None:
            return
        self.review.dismiss(loss.id)
        self._show_error("")
        self.refresh()
        self.changed.emit()

    def show_history(self) -> QtWidgets.QDialog | None:
        loss = self.selected()
        if loss is None or loss.entity not in ENTITY_TYPES:
            return None
        self.history = open_history(self.workbook, ENTITY_TYPES[loss.entity], loss.entity_id, self)
        return self.history

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
