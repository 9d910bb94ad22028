"""The changes a sync received and set aside, each with why, in plain words.

A change from another computer that the rules refuse (a day of seven half days, a mission that ends
before it starts...) or that cannot be read is not applied: the records keep their values, the rest of
the sync goes on, and the change waits here. It applies by itself at a later sync if the rules (a newer
version of the app) accept it; a corrected change from its author applies as usual.
"""

from __future__ import annotations

from typing import Any, Final

from socieux_desktop.domain.errors import Code, Finding
from socieux_desktop.domain.model import ENTITY_TYPES
from socieux_desktop.store import replica
from socieux_desktop.store.sync_review import SyncReview
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync.pull_gate import UNREADABLE_CHANGE
from socieux_desktop.ui.messages import message
from socieux_desktop.ui.qt import QT_TRANSLATE_NOOP, Qt, QtCore, QtWidgets, translate
from socieux_desktop.ui.record_history import ValueTexts, format_date, record_title, shown
from socieux_desktop.ui.table_model import DISPLAY_ROLE, RowsModel, rows_view

_CONTEXT: Final = "SetAside"
_UNREADABLE: Final = QT_TRANSLATE_NOOP(
    "SetAside", "It does not follow the sync protocol, so it could not be read ({detail}). A newer version "
    "of the app may read it; tell headquarters if this goes on.")
_REFUSED: Final = QT_TRANSLATE_NOOP("SetAside", "The rules refuse it: {reason}")
_OTHER: Final = QT_TRANSLATE_NOOP("SetAside", "Refused: {reason}")
_CODES: Final = frozenset(code.value for code in Code)


def set_aside_reason(item: replica.SetAside) -> str:
    """Why the change was set aside, in the current language."""
    if item.reason_code == UNREADABLE_CHANGE:
        return translate(_CONTEXT, _UNREADABLE).format(detail=item.reason_params.get("detail", ""))
    if item.reason_code in _CODES:
        try:
            return translate(_CONTEXT, _REFUSED).format(
                reason=message(Finding(Code(item.reason_code), dict(item.reason_params))))
        except (KeyError, ValueError, IndexError):
            pass  # parameters the sentence does not expect: the English reason below
    return translate(_CONTEXT, _OTHER).format(reason=item.reason)


RECORD, REASON, RECEIVED = range(3)


class SetAsideModel(RowsModel[replica.SetAside]):
    column_count = 3

    def __init__(self, review: SyncReview, texts: ValueTexts, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.texts = texts
        self._records: dict[str, dict[str, Any] | None] = {}

    def _replace_rows(self, rows: list[replica.SetAside]) -> None:
        self._rows = rows
        self._records = {}
        for item in rows:
            values = (self.review.record(item.entity, item.entity_id)
                      if item.entity in _RECORD_ENTITIES and item.entity_id is not None else None)
            if values is None and item.readable and isinstance(item.change, dict):
                fields = item.change.get("fields")
                values = dict(fields) if isinstance(fields, dict) else None
            self._records[item.id] = values

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or role not in (DISPLAY_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.row_at(index.row())
        if index.column() == RECORD:
            return record_title(item.entity or "", self._records.get(item.id), self.texts)
        if index.column() == RECEIVED:
            return format_date(item.set_aside_at)
        return shown(set_aside_reason(item))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY_ROLE:
            return None
        return (self.tr("Record"), self.tr("Why it was set aside"), self.tr("Received"))[section]


_RECORD_ENTITIES: Final = frozenset(ENTITY_TYPES)


class SetAsideDialog(QtWidgets.QDialog):
    """The set-aside changes, in the hub's order."""

    def __init__(self, workbook: Workbook, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbook = workbook
        self.review = SyncReview(workbook)
        self.texts = ValueTexts(workbook)
        self.explanation = QtWidgets.QLabel()
        self.explanation.setWordWrap(True)
        self.model = SetAsideModel(self.review, self.texts, self)
        self.view = rows_view(self.model)
        self.view.horizontalHeader().setSectionResizeMode(REASON, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.empty_label = QtWidgets.QLabel()
        self.buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        self.resize(900, 360)
        self.refresh()
        self.retranslate()

    def refresh(self) -> None:
        self.model.set_rows(self.review.set_aside())
        self.view.resizeColumnToContents(RECORD)
        self.view.resizeRowsToContents()
        self.empty_label.setVisible(self.model.rowCount() == 0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changes set aside"))
        self.explanation.setText(self.tr(
            "These changes came from other computers with the sync, but the rules refuse them or they "
            "cannot be read, so they were not applied: your records keep their values and the rest of the "
            "sync went on. They are kept here and apply by themselves if a later version of the rules "
            "accepts them; a corrected change from their author applies as usual."))
        self.empty_label.setText(self.tr("No change is set aside."))
        self.model.retranslate()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
