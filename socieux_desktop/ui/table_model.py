"""What the interface's read-only table models share: a list of rows, one per table row, and a fixed
number of columns. Each model adds its own ``data``/``headerData`` (texts made there follow the language)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar, Generic, TypeVar

from socieux_desktop.ui.qt import Qt, QtCore, QtWidgets

T = TypeVar("T")

DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole
NO_PARENT = QtCore.QModelIndex()
"""The default parent of ``rowCount``/``columnCount``: the table's root."""


class RowsModel(QtCore.QAbstractTableModel, Generic[T]):
    """A flat table of ``column_count`` columns over ``_rows``, replaced as a whole by ``set_rows``."""

    column_count: ClassVar[int] = 0

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def set_rows(self, rows: Iterable[T]) -> None:
        """Replace all rows (views and proxies see a model reset)."""
        self.beginResetModel()
        self._replace_rows(list(rows))
        self.endResetModel()

    def _replace_rows(self, rows: list[T]) -> None:
        """Take in new rows while the model is being reset; a model that keeps more per row adds it here."""
        self._rows = rows

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def row_where(self, matches: Callable[[T], bool]) -> int:
        """The number of the first row that matches, -1 for none."""
        return next((number for number, row in enumerate(self._rows) if matches(row)), -1)

    def retranslate(self) -> None:
        """The language changed: every cell and header is to be shown again."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.column_count - 1))
        self._headers_changed()

    def _headers_changed(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.column_count - 1)

    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else self.column_count


def rows_view(model: QtCore.QAbstractItemModel) -> QtWidgets.QTableView:
    """A read-only table of ``model``'s rows: whole rows selected, no row numbers, long texts wrapped."""
    view = QtWidgets.QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(True)
    return view
