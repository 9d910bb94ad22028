"""RowsModel, the base of the read-only table models: rows, counts, resets and the language-change signals."""

from __future__ import annotations

from typing import Any

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from socieux_desktop.ui.qt import Qt, QtCore
from socieux_desktop.ui.table_model import DISPLAY_ROLE, NO_PARENT, RowsModel


class Pairs(RowsModel[tuple[str, int]]):
    """A name and a number per row."""

    column_count = 2

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
             role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or role != DISPLAY_ROLE:
            return None
        return str(self._rows[index.row()][index.column()])


def recorder(signal: Any) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []
    signal.connect(lambda *args: calls.append(args))
    return calls


def test_rows_and_counts(qtbot: QtBot) -> None:
    model = Pairs()
    assert (model.rowCount(), model.columnCount()) == (0, 2)
    given = [("a", 1), ("b", 2), ("a", 3)]
    model.set_rows(given)
    given.append(("c", 4))  # the model keeps a copy
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert model.rows() == [("a", 1), ("b", 2), ("a", 3)]
    assert model.row_at(1) == ("b", 2)
    assert model.row_where(lambda row: row[0] == "a") == 0
    assert model.row_where(lambda row: row[0] == "z") == -1
    assert model.index(2, 1).data() == "3"
    cell = model.index(0, 0)
    assert (model.rowCount(cell), model.columnCount(cell)) == (0, 0)  # a table: no children
    assert (model.rowCount(NO_PARENT), model.columnCount(NO_PARENT)) == (3, 2)
    model.rows().clear()
    assert model.rowCount() == 3  # rows() is a copy too


def test_set_rows_resets_the_model(qtbot: QtBot) -> None:
    model = Pairs()
    about = recorder(model.modelAboutToBeReset)
    done = recorder(model.modelReset)
    counts_when_reset: list[int] = []
    model.modelReset.connect(lambda: counts_when_reset.append(model.rowCount()))
    model.set_rows(iter([("a", 1), ("b", 2)]))
    model.set_rows([])
    assert (len(about), len(done)) == (2, 2)
    assert counts_when_reset == [2, 0]


def test_retranslate_asks_for_every_cell_and_header_again(qtbot: QtBot) -> None:
    model = Pairs()
    changed = recorder(model.dataChanged)
    headers = recorder(model.headerDataChanged)
    model.retranslate()
    assert changed == []  # no rows: no cells
    assert headers == [(Qt.Orientation.Horizontal, 0, 1)]
    model.set_rows([("a", 1), ("b", 2), ("c", 3)])
    model.retranslate()
    top_left, bottom_right = changed[0][:2]
    assert (top_left.row(), top_left.column(), bottom_right.row(), bottom_right.column()) == (0, 0, 2, 1)
    assert headers[-1] == (Qt.Orientation.Horizontal, 0, 1)


def test_the_model_keeps_qt_rules(qtmodeltester: ModelTester) -> None:
    model = Pairs()
    model.set_rows([("a", 1), ("b", 2)])
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
