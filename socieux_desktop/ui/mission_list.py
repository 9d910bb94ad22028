"""The expert's missions: a table with a search box and filters by status and country.

The model keeps, per mission, its display texts and a search text folded to lower case without accents
("cote" finds "Côte d'Ivoire"); both follow the language. The proxy filters on them and sorts on a
language-independent key (codes, ISO dates, day counts) where one exists.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from socieux_desktop.domain.model import MissionStatus
from socieux_desktop.store.workbook import MissionSummary, Workbook
from socieux_desktop.ui.day_log import qdate
from socieux_desktop.ui.labels import country_name, label
from socieux_desktop.ui.messages import format_days_localised
from socieux_desktop.ui.qt import Qt, QtCore, QtWidgets, Signal
from socieux_desktop.ui.table_model import DISPLAY_ROLE, RowsModel

CODE, TITLE, COUNTRY, PARTNER, DATES, STATUS, DAYS = range(7)
COLUMN_COUNT = 7
MISSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The id of a row's mission."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""What a column sorts on."""

_ToolTipRole = Qt.ItemDataRole.ToolTipRole
_AlignmentRole = Qt.ItemDataRole.TextAlignmentRole


class _Unaccented(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks (accents, once decomposed), filled as
    characters are met: one lookup per character instead of a Python call."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_UNACCENTED = _Unaccented()


def fold(text: str) -> str:
    """Lower case without accents, so a search matches whatever way a name was typed."""
    return unicodedata.normalize("NFKD", text.casefold()).translate(_UNACCENTED)


@dataclass(frozen=True, slots=True)
class _Row:
    summary: MissionSummary
    texts: tuple[str, ...]
    search: str


class MissionListModel(RowsModel[_Row]):
    """One row per mission, texts computed once per refresh or language."""

    column_count = COLUMN_COUNT

    def set_missions(self, missions: list[MissionSummary]) -> None:
        self.set_rows([self._row(summary) for summary in missions])

    def retranslate(self) -> None:
        """Country and status names, dates and numbers in the current language."""
        self.layoutAboutToBeChanged.emit()
        self._rows = [self._row(row.summary) for row in self._rows]
        self.layoutChanged.emit()
        self._headers_changed()

    def summary(self, row: int) -> MissionSummary:
        return self._rows[row].summary

    def summaries(self) -> list[MissionSummary]:
        return [row.summary for row in self._rows]

    def search_text(self, row: int) -> str:
        return self._rows[row].search

    def text(self, row: int, column: int) -> str:
        """The text shown in a cell."""
        return self._rows[row].texts[column]

    def row_of(self, mission_id: str) -> int:
        return self.row_where(lambda row: row.summary.id == mission_id)

    def _row(self, summary: MissionSummary) -> _Row:
        locale = QtCore.QLocale()
        short = QtCore.QLocale.FormatType.ShortFormat
        dates = self.tr("{start} – {end}").format(
            start=locale.toString(qdate(summary.start_date), short),
            end=locale.toString(qdate(summary.end_date), short))
        days = self.tr("{consumed} / {allocated}").format(
            consumed=format_days_localised(summary.consumed_half_days),
            allocated=format_days_localised(summary.allocated_half_days))
        texts = (summary.code, summary.title, country_name(summary.country_code),
                 summary.partner_institution, dates, label(MissionStatus(summary.status)), days)
        search = fold("\n".join((summary.code, summary.title, summary.partner_institution,
                                 summary.action_title, summary.country_code, texts[COUNTRY])))
        return _Row(summary, texts, search)

    # -- the model interface ---------------------------------------------------------------------

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
             role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == DISPLAY_ROLE:
            return row.texts[column]
        if role == _ToolTipRole and column in (TITLE, PARTNER):
            return row.texts[column]
        if role == _AlignmentRole and column == DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == MISSION_ID_ROLE:
            return row.summary.id
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        return None

    @staticmethod
    def _sort_key(row: _Row, column: int) -> Any:
        summary = row.summary
        if column == DATES:
            return f"{summary.start_date.isoformat()} {summary.end_date.isoformat()} {summary.code}"
        if column == DAYS:
            return summary.consumed_half_days * 10_000 + summary.allocated_half_days
        if column == STATUS:
            return list(MissionStatus).index(MissionStatus(summary.status))
        return fold(row.texts[column])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY_ROLE:
            return None
        return {
            CODE: self.tr("Code"),
            TITLE: self.tr("Mission"),
            COUNTRY: self.tr("Country"),
            PARTNER: self.tr("Partner institution"),
            DATES: self.tr("Dates"),
            STATUS: self.tr("Status"),
            DAYS: self.tr("Days used / allocated"),
        }.get(section)



class MissionListProxy(QtCore.QSortFilterProxyModel):
    """Keeps the missions whose search text holds every word typed, of the chosen status and country."""

    def __init__(self, model: MissionListModel, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._words: tuple[str, ...] = ()
        self._status: str | None = None
        self._country: str | None = None
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)

    def set_filter_text(self, text: str) -> None:
        words = tuple(fold(text).split())
        if words != self._words:
            self._words = words
            self.invalidate()

    def set_status(self, status: str | None) -> None:
        if status != self._status:
            self._status = status
            self.invalidate()

    def set_country(self, country_code: str | None) -> None:
        if country_code != self._country:
            self._country = country_code
            self.invalidate()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> bool:
        summary = self._model.summary(source_row)
        if self._status is not None and summary.status != self._status:
            return False
        if self._country is not None and summary.country_code != self._country:
            return False
        text = self._model.search_text(source_row)
        return all(word in text for word in self._words)


class MissionListWidget(QtWidgets.QWidget):
    """The list of the expert's missions; choosing one emits its id."""

    mission_selected = Signal(str)
    """The id of the mission now selected, or "" when none is."""
    mission_activated = Signal(str)
    """A mission opened by a double click or Enter."""

    def __init__(self, workbook: Workbook, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._workbook = workbook
        self._selected = ""
        self._quiet = False

        self.model = MissionListModel(self)
        self.proxy = MissionListProxy(self.model, self)
        self.search_edit = QtWidgets.QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.status_filter = QtWidgets.QComboBox()
        self.status_filter.addItem("", None)
        for status in MissionStatus:
            self.status_filter.addItem(label(status), status.value)
        self.country_filter = QtWidgets.QComboBox()
        self.country_filter.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QtWidgets.QLabel()
        self.view = QtWidgets.QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(DATES, Qt.SortOrder.DescendingOrder)

        self._search_label = QtWidgets.QLabel()
        self._search_label.setBuddy(self.search_edit)
        self._status_label = QtWidgets.QLabel()
        self._status_label.setBuddy(self.status_filter)
        self._country_label = QtWidgets.QLabel()
        self._country_label.setBuddy(self.country_filter)
        search = QtWidgets.QHBoxLayout()
        search.addWidget(self._search_label)
        search.addWidget(self.search_edit, 1)
        search.addWidget(self.count_label)
        filters = QtWidgets.QHBoxLayout()  # on a row of their own, so no combo is squeezed in any language
        filters.addWidget(self._status_label)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self._country_label)
        filters.addWidget(self.country_filter, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        QtWidgets.QWidget.setTabOrder(self.search_edit, self.status_filter)
        QtWidgets.QWidget.setTabOrder(self.status_filter, self.country_filter)
        QtWidgets.QWidget.setTabOrder(self.country_filter, self.view)

        self.search_edit.textChanged.connect(self._search)
        self.status_filter.currentIndexChanged.connect(self._filter_status)
        self.country_filter.currentIndexChanged.connect(self._filter_country)
        self.view.selectionModel().selectionChanged.connect(self._announce)
        self.view.activated.connect(self._activated)
        self.retranslate()
        self.refresh()

    # -- public interface ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the missions again; the selected mission stays selected while it exists."""
        selected = self.selected_mission_id()
        self._quiet = True
        try:
            self.model.set_missions(self._workbook.mission_summaries())
            self._fill_countries()
            if selected is not None:
                self._select(selected)
        finally:
            self._quiet = False
        self._fit_columns()
        self._update_count()
        self._announce()

    def select_mission(self, mission_id: str) -> None:
        """Select a mission, clearing the filters that hide it; an unknown id clears the selection."""
        source_row = self.model.row_of(mission_id)
        if source_row >= 0 and not self.proxy.filterAcceptsRow(source_row, QtCore.QModelIndex()):
            self.search_edit.clear()
            self.status_filter.setCurrentIndex(0)
            self.country_filter.setCurrentIndex(0)
        if not self._select(mission_id):
            self.view.clearSelection()

    def selected_mission_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return str(rows[0].data(MISSION_ID_ROLE)) if rows else None

    # -- texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._search_label.setText(self.tr("&Search"))
        self.search_edit.setPlaceholderText(self.tr("Code, title, partner or country"))
        self._status_label.setText(self.tr("S&tatus"))
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for number, status in enumerate(MissionStatus, start=1):
            self.status_filter.setItemText(number, label(status))
        self._country_label.setText(self.tr("C&ountry"))
        self.model.retranslate()
        self._fill_countries()
        self._update_count()
        self._fit_columns()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- inside ----------------------------------------------------------------------------------

    def _fill_countries(self) -> None:
        """"All countries" and the countries of the missions, by name in the current language."""
        current = self.country_filter.currentData()
        codes = {summary.country_code for summary in self.model.summaries()}
        names = sorted((fold(country_name(code)), country_name(code), code) for code in codes)
        blocked = self.country_filter.blockSignals(True)
        try:
            self.country_filter.clear()
            self.country_filter.addItem(self.tr("All countries"), None)
            for _, name, code in names:
                self.country_filter.addItem(name, code)
            index = self.country_filter.findData(current) if current is not None else 0
            self.country_filter.setCurrentIndex(max(index, 0))
        finally:
            self.country_filter.blockSignals(blocked)
        self._filter_country()

    def _search(self, text: str) -> None:
        self._filter(lambda: self.proxy.set_filter_text(text))

    def _filter_status(self) -> None:
        self._filter(lambda: self.proxy.set_status(self.status_filter.currentData()))

    def _filter_country(self) -> None:
        self._filter(lambda: self.proxy.set_country(self.country_filter.currentData()))

    def _filter(self, change: Callable[[], None]) -> None:
        """Apply a filter; a mission it hides is unselected rather than replaced by its neighbour."""
        selected = self.selected_mission_id()
        quiet, self._quiet = self._quiet, True
        try:
            change()
            if selected is not None and selected != self.selected_mission_id():
                self.view.selectionModel().clear()
        finally:
            self._quiet = quiet
        self._update_count()
        self._announce()

    def _select(self, mission_id: str) -> bool:
        source_row = self.model.row_of(mission_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().select(
            index, QtCore.QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QtCore.QItemSelectionModel.SelectionFlag.Rows)
        self.view.selectionModel().setCurrentIndex(index, QtCore.QItemSelectionModel.SelectionFlag.NoUpdate)
        self.view.scrollTo(index)
        return True

    def _announce(self) -> None:
        """Emit the selected mission's id when it is not the one last emitted."""
        if self._quiet:
            return
        selected = self.selected_mission_id() or ""
        if selected != self._selected:
            self._selected = selected
            self.mission_selected.emit(selected)

    def _activated(self, index: QtCore.QModelIndex) -> None:
        self.mission_activated.emit(str(index.data(MISSION_ID_ROLE)))

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n mission(s)", "", self.proxy.rowCount()))

    def _fit_columns(self) -> None:
        """Each column as wide as ``resizeColumnToContents`` makes it, the title and partner capped.

        Qt would ask the delegate for the size of every cell (a dozen ``data`` calls each); the cells of
        a column differ only by their text, so the delegate is asked about the widest one only."""
        header = self.view.horizontalHeader()
        no_parent = QtCore.QModelIndex()
        shown = [row for row in range(self.model.rowCount()) if self.proxy.filterAcceptsRow(row, no_parent)]
        for column in (CODE, COUNTRY, DATES, STATUS, DAYS):
            self.view.setColumnWidth(column, max(self._content_width(column, shown),
                                                 header.sectionSizeHint(column)))
        char = self.fontMetrics().averageCharWidth()
        # the title is what people read first: wide enough for one, the partner shorter (both in tooltips)
        self.view.setColumnWidth(TITLE, min(self._content_width(TITLE, shown), char * 34))
        self.view.setColumnWidth(PARTNER, min(self._content_width(PARTNER, shown), char * 22))

    def _content_width(self, column: int, shown: list[int]) -> int:
        """What ``QTableView.sizeHintForColumn`` gives: the widest cell of the ``shown`` (source) rows, and
        the grid line."""
        metrics = self.view.fontMetrics()
        grid = 1 if self.view.showGrid() else 0
        if not shown:
            return grid
        widest = max(shown, key=lambda row: metrics.horizontalAdvance(self.model.text(row, column)))
        index = self.proxy.mapFromSource(self.model.index(widest, column))
        return self.view.sizeHintForIndex(index).width() + grid
