"""The day log: the expert's fast, keyboard-first record of the days of a mission.

A table of day entries (Qt model/view) with a filter, and a quick-entry form beside it. Every add, change
and deletion is an undoable command that commits at once through the workbook; the rules of the domain
decide what is refused (shown as an error, nothing written) and what is only warned about.

The table must stay fast with tens of thousands of entries: the model keeps a lower-cased search text per
row and sorts its own rows, so the proxy only filters. It matches all search texts in one Python pass when
the filter or the rows change; its per-row callback from C++ is then a list lookup, and nothing asks the
model for data while filtering or sorting.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import Any, NamedTuple

from socieux_desktop.domain.days import FULL_DAY, HALF_DAY
from socieux_desktop.domain.errors import Code, Finding, RuleViolation
from socieux_desktop.domain.model import Activity, Counterpart, DayEntry, DayKind, Expert, new_id
from socieux_desktop.store.workbook import MissionDetails, PulledFinding, Workbook
from socieux_desktop.ui.labels import label
from socieux_desktop.ui.messages import format_days_localised, kept_message, message
from socieux_desktop.ui.qt import QCoreApplication, Qt, QtCore, QtGui, QtWidgets, Signal
from socieux_desktop.ui.table_model import DISPLAY_ROLE, RowsModel

DATE, EXPERT, KIND, DAYS, ACTIVITY, PLACE, DESCRIPTION, COUNTERPARTS, MISSION = range(9)
COLUMN_COUNT = 9
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``DayEntry`` of a row."""

_ToolTipRole = Qt.ItemDataRole.ToolTipRole
_DecorationRole = Qt.ItemDataRole.DecorationRole
_AlignmentRole = Qt.ItemDataRole.TextAlignmentRole


def qdate(day: date) -> QtCore.QDate:
    return QtCore.QDate(day.year, day.month, day.day)


def pydate(day: QtCore.QDate) -> date:
    return date(day.year(), day.month(), day.day())


@dataclass(frozen=True, slots=True)
class Lookups:
    """Names of the records day entries point to, by id."""

    experts: dict[str, str]
    activities: dict[str, str]
    counterparts: dict[str, str]
    missions: dict[str, str]

    @classmethod
    def load(cls, workbook: Workbook) -> Lookups:
        return cls(
            experts={e.id: e.name for e in workbook.all(Expert)},
            activities={a.id: activity_text(a) for a in workbook.all(Activity)},
            counterparts={c.id: c.name for c in workbook.all(Counterpart)},
            missions={m.id: m.code for m in workbook.mission_summaries()},
        )


def activity_text(activity: Activity) -> str:
    return f"{activity.code} – {activity.title}"


@dataclass(frozen=True, slots=True)
class _Row:
    entry: DayEntry
    texts: tuple[str, ...]
    search: str


class DayLogModel(RowsModel[_Row]):
    """Day entries as rows, with their texts and search text computed once per refresh or language."""

    column_count = COLUMN_COUNT

    search_texts_replaced = Signal()
    """Emitted when the rows change, before views and proxies hear of it, so a filter can match first."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._lookups = Lookups({}, {}, {}, {})
        self.search_texts: list[str] = []
        """The lower-cased text of each row, in row order, that the filter looks into."""
        self._sort_column = DATE
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._findings: dict[str, list[PulledFinding]] = {}
        self._warning_icon: QtGui.QIcon | None = None

    def set_findings(self, findings: Sequence[PulledFinding]) -> None:
        """The rules around entries that a merge of other computers' changes left broken (two days on
        one date...): their rows get a warning sign and the rules' sentences in the date's tooltip."""
        by_entry: dict[str, list[PulledFinding]] = {}
        for finding in findings:
            by_entry.setdefault(finding.entry_id, []).append(finding)
        changed = set(by_entry) ^ set(self._findings) | {
            entry_id for entry_id, kept in by_entry.items() if self._findings.get(entry_id) != kept}
        self._findings = by_entry
        for entry_id in changed:
            row = self.row_of(entry_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, DATE), self.index(row, DATE))

    def has_findings(self) -> bool:
        return bool(self._findings)

    def findings_of(self, entry_id: str) -> list[str]:
        """The sentences of the rules a merge left broken around the entry, in the current language."""
        sentences = (kept_message(f.code, f.params, f.english) for f in self._findings.get(entry_id, ()))
        return list(dict.fromkeys(sentences))

    def _finding_tooltip(self, entry_id: str) -> str | None:
        sentences = self.findings_of(entry_id)
        if not sentences:
            return None
        return "\n".join([self.tr(
            "Merged with changes from another computer, this entry breaks a rule (both were kept; correct "
            "or delete one):"), *sentences])

    # -- content ---------------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[DayEntry], lookups: Lookups) -> None:
        self._lookups = lookups
        self.set_rows(self._build_rows(entries))

    def apply(self, changes: Sequence[tuple[DayEntry | None, DayEntry | None]]) -> None:
        """Take in committed changes (an entry before and after, None for none) without reading all
        entries again: only the changed rows are computed anew."""
        changed: dict[str, DayEntry | None] = {}
        for before, after in changes:
            if after is not None:
                changed[after.id] = after
            elif before is not None:
                changed[before.id] = None
        kept = [row for row in self._rows if row.entry.id not in changed]
        self.set_rows(kept + self._build_rows([e for e in changed.values() if e is not None]))

    def _replace_rows(self, rows: list[_Row]) -> None:
        self._rows = self._sorted(rows)
        self.search_texts = [row.search for row in self._rows]
        self.search_texts_replaced.emit()

    def retranslate(self) -> None:
        """Dates, kinds and day counts in the current language; the search text follows."""
        self.layoutAboutToBeChanged.emit()
        positions = self._positions()
        self._replace_rows(self._build_rows(self.entries()))
        self._move_persistent(positions)
        self.layoutChanged.emit()
        self._headers_changed()

    def entry(self, row: int) -> DayEntry:
        return self._rows[row].entry

    def entries(self) -> list[DayEntry]:
        return [row.entry for row in self._rows]

    def row_of(self, entry_id: str) -> int:
        return self.row_where(lambda row: row.entry.id == entry_id)

    def _build_rows(self, entries: Sequence[DayEntry]) -> list[_Row]:
        locale = QtCore.QLocale()
        short = QtCore.QLocale.FormatType.ShortFormat
        lookups = self._lookups
        dates: dict[date, str] = {}
        kinds = {kind: label(kind) for kind in DayKind}
        days = {n: format_days_localised(n) for n in (HALF_DAY, FULL_DAY)}
        rows = []
        for entry in entries:
            day_text = dates.get(entry.day)
            if day_text is None:
                day_text = dates[entry.day] = locale.toString(qdate(entry.day), short)
            texts = (
                day_text,
                lookups.experts.get(entry.expert_id, ""),
                kinds[entry.kind],
                days.get(entry.half_days) or format_days_localised(entry.half_days),
                lookups.activities.get(entry.activity_id, ""),
                entry.place,
                entry.description,
                ", ".join(lookups.counterparts.get(c, "") for c in entry.counterpart_ids),
                lookups.missions.get(entry.mission_id, ""),
            )
            search = "\n".join((entry.day.isoformat(), *texts)).casefold()
            rows.append(_Row(entry, texts, search))
        return rows

    # -- sorting (the model sorts itself so the proxy never calls back into Python to compare) --

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        positions = self._positions()
        self._replace_rows(self._rows)
        self._move_persistent(positions)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[_Row]) -> list[_Row]:
        column = self._sort_column

        def key(row: _Row) -> tuple[Any, ...]:
            if column == DATE:
                return (row.entry.day, row.texts[EXPERT].casefold())
            if column == DAYS:
                return (row.entry.half_days, row.entry.day)
            return (row.texts[column].casefold(), row.entry.day)

        return sorted(rows, key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _positions(self) -> list[tuple[QtCore.QModelIndex, str, int]]:
        return [(index, self._rows[index.row()].entry.id, index.column())
                for index in self.persistentIndexList() if index.isValid()]

    def _move_persistent(self, positions: list[tuple[QtCore.QModelIndex, str, int]]) -> None:
        if not positions:
            return
        new_rows = {row.entry.id: number for number, row in enumerate(self._rows)}
        old = [index for index, _, _ in positions]
        new = [self.index(new_rows[entry_id], column) if entry_id in new_rows else QtCore.QModelIndex()
               for _, entry_id, column in positions]
        self.changePersistentIndexList(old, new)

    # -- the model interface ---------------------------------------------------------------------

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
             role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == DISPLAY_ROLE:
            return row.texts[column]
        if column == DATE and role == _DecorationRole and row.entry.id in self._findings:
            if self._warning_icon is None:
                self._warning_icon = QtWidgets.QApplication.style().standardIcon(
                    QtWidgets.QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._warning_icon
        if column == DATE and role == _ToolTipRole:
            return self._finding_tooltip(row.entry.id)
        if role == _ToolTipRole and column in (ACTIVITY, DESCRIPTION, COUNTERPARTS):
            return row.texts[column] or None
        if role == _AlignmentRole and column == DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ENTRY_ROLE:
            return row.entry
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY_ROLE:
            return None
        return {
            DATE: self.tr("Date"),
            EXPERT: self.tr("Expert"),
            KIND: self.tr("Kind of day"),
            DAYS: self.tr("Days"),
            ACTIVITY: self.tr("Activity"),
            PLACE: self.tr("Place"),
            DESCRIPTION: self.tr("Description"),
            COUNTERPARTS: self.tr("Counterparts"),
            MISSION: self.tr("Mission"),
        }.get(section)


class DayLogProxy(QtCore.QSortFilterProxyModel):
    """Keeps the rows whose search text holds every word typed; sorting is left to the model."""

    def __init__(self, model: DayLogModel, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._words: tuple[str, ...] = ()
        self._matches: list[bool] = []
        model.search_texts_replaced.connect(self._match)
        self.setSourceModel(model)
        self._match()

    def set_filter_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words != self._words:
            self._words = words
            self._match()
            self.invalidate()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> bool:
        # Called once per row from C++: all rows were matched in one pass beforehand, so this is a lookup.
        return self._matches[source_row]

    def _match(self) -> None:
        self._matches = self._matches_of(self._model.search_texts)

    def _matches_of(self, texts: list[str]) -> list[bool]:
        words = self._words
        if not words:
            return [True] * len(texts)
        first, *others = words
        matches = [first in text for text in texts]
        for word in others:  # one tight pass per word
            matches = [match and word in text for match, text in zip(matches, texts, strict=True)]
        return matches

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model.sort(column, order)


class _Change(NamedTuple):
    """One entry before and after a change: None before an add, None after a deletion."""

    before: DayEntry | None
    after: DayEntry | None


def _apply(workbook: Workbook, current: DayEntry | None, target: DayEntry | None) -> None:
    if target is not None:
        workbook.log_day(target)
    elif current is not None:
        workbook.delete_day(current.id)


class _DayLogCommand(QtGui.QUndoCommand):
    """Add, change or delete day entries; redo and undo each commit at once through the workbook.

    A step the rules refuse (the timesheet was locked meanwhile, say) rolls back what it had done,
    is reported, and leaves the stack, since it can no longer be applied.
    """

    def __init__(self, workbook: Workbook, changes: Sequence[_Change], text: str,
                 on_applied: Callable[[list[_Change]], None],
                 on_refused: Callable[[RuleViolation], None]) -> None:
        super().__init__(text)
        self._workbook = workbook
        self._changes = list(changes)
        self._on_applied = on_applied
        self._on_refused = on_refused

    def redo(self) -> None:
        self._run(self._changes)

    def undo(self) -> None:
        self._run([_Change(c.after, c.before) for c in reversed(self._changes)])

    def _run(self, steps: list[_Change]) -> None:
        done: list[_Change] = []
        try:
            for step in steps:
                _apply(self._workbook, step.before, step.after)
                done.append(step)
        except RuleViolation as exc:
            for step in reversed(done):
                _apply(self._workbook, step.after, step.before)
            self.setObsolete(True)
            self._on_refused(exc)
            return
        self._on_applied(steps)


def _command_text(changes: Sequence[_Change]) -> str:
    locale = QtCore.QLocale()
    short = QtCore.QLocale.FormatType.ShortFormat
    first = changes[0]
    if len(changes) == 1 and first.before is None and first.after is not None:
        return QCoreApplication.translate("DayLogCommand", "Log the day of {date}").format(
            date=locale.toString(qdate(first.after.day), short))
    if len(changes) == 1 and first.before is not None and first.after is not None:
        return QCoreApplication.translate("DayLogCommand", "Change the day of {date}").format(
            date=locale.toString(qdate(first.after.day), short))
    return QCoreApplication.translate("DayLogCommand", "Delete %n day entry(ies)", None, len(changes))


class DayEntryForm(QtWidgets.QGroupBox):
    """The quick-entry form: Enter (or Ctrl+Enter) in any field submits, Escape starts a new entry."""

    submitted = Signal()
    cleared = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing: DayEntry | None = None
        self._mission_id: str | None = None
        self._locked = False

        self.lock_label = QtWidgets.QLabel()
        self.date_edit = QtWidgets.QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.expert_combo = QtWidgets.QComboBox()
        self.kind_combo = QtWidgets.QComboBox()
        for kind in DayKind:
            self.kind_combo.addItem(label(kind), kind.value)
        self.days_combo = QtWidgets.QComboBox()
        self.days_combo.addItem(self.tr("Full day"), FULL_DAY)
        self.days_combo.addItem(self.tr("Half day"), HALF_DAY)
        self.activity_combo = QtWidgets.QComboBox()
        self.activity_combo.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.activity_combo.setMinimumContentsLength(16)
        self.place_edit = QtWidgets.QLineEdit()
        self.places = QtCore.QStringListModel(self)
        """The places already logged, offered as completions, most used first."""
        completer = QtWidgets.QCompleter(self.places, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.place_edit.setCompleter(completer)
        self.description_edit = QtWidgets.QLineEdit()
        self.counterpart_model = QtGui.QStandardItemModel(self)
        self.counterpart_list = QtWidgets.QListView()
        self.counterpart_list.setModel(self.counterpart_model)
        self.counterpart_list.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counterpart_list.setSizeAdjustPolicy(
            QtWidgets.QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.counterpart_list.setMinimumHeight(self.fontMetrics().height() * 5)
        self.submit_button = QtWidgets.QPushButton()
        self.submit_button.setDefault(True)
        self.new_button = QtWidgets.QPushButton()
        self.warning_label = QtWidgets.QLabel()
        self.error_label = QtWidgets.QLabel()
        for note in (self.lock_label, self.warning_label, self.error_label):
            note.setWordWrap(True)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            note.hide()
        self.lock_label.setStyleSheet("QLabel { font-style: italic; }")
        self.warning_label.setStyleSheet("QLabel { color: #8a5a00; }")
        self.error_label.setStyleSheet("QLabel { color: #b00020; }")

        self._fields: tuple[QtWidgets.QWidget, ...] = (
            self.date_edit, self.expert_combo, self.kind_combo, self.days_combo, self.activity_combo,
            self.place_edit, self.description_edit, self.counterpart_list)
        self._field_labels = [QtWidgets.QLabel() for _ in self._fields]
        layout = QtWidgets.QFormLayout(self)
        # labels above their fields: a narrow form keeps every field full width in all three languages
        layout.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapAllRows)
        layout.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addRow(self.lock_label)
        for field_label, field in zip(self._field_labels, self._fields, strict=True):
            field_label.setBuddy(field)
            layout.addRow(field_label, field)
            field.installEventFilter(self)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.submit_button)
        layout.addRow(buttons)
        layout.addRow(self.warning_label)
        layout.addRow(self.error_label)
        for first, second in pairwise((*self._fields, self.submit_button, self.new_button)):
            QtWidgets.QWidget.setTabOrder(first, second)

        self.submit_button.clicked.connect(self.submitted)
        self.new_button.clicked.connect(self.cleared)
        self.retranslate()

    # -- texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Change a day") if self.editing else self.tr("Log a day"))
        texts = (self.tr("&Date"), self.tr("E&xpert"), self.tr("&Kind of day"), self.tr("Ha&lf or full day"),
                 self.tr("&Activity"), self.tr("&Place"), self.tr("D&escription"), self.tr("&Counterparts"))
        for field_label, text in zip(self._field_labels, texts, strict=True):
            field_label.setText(text)
        for number, kind in enumerate(DayKind):
            self.kind_combo.setItemText(number, label(kind))
        self.days_combo.setItemText(0, self.tr("Full day"))
        self.days_combo.setItemText(1, self.tr("Half day"))
        self.place_edit.setPlaceholderText(self.tr("Where, e.g. the institution's meeting room"))
        self.description_edit.setPlaceholderText(self.tr("What was done"))
        self.submit_button.setText(self.tr("Update") if self.editing else self.tr("Add"))
        self.submit_button.setToolTip(self.tr("Enter or Ctrl+Enter in any field"))
        self.new_button.setText(self.tr("New entry"))
        self.new_button.setToolTip(self.tr("Escape"))
        self.date_edit.setLocale(QtCore.QLocale())
        self.date_edit.setDisplayFormat(_four_digit_years(
            QtCore.QLocale().dateFormat(QtCore.QLocale.FormatType.ShortFormat)))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- keyboard --------------------------------------------------------------------------------

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.KeyPress and isinstance(event, QtGui.QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submitted.emit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.cleared.emit()
                return True
        return super().eventFilter(watched, event)

    # -- content ---------------------------------------------------------------------------------

    def set_details(self, details: MissionDetails | None, default_expert_id: str | None) -> None:
        """Offer the team, activities and counterparts of a mission; None leaves the form empty.

        Choices made in the form stay when the same mission is shown again; another mission starts
        from the default expert."""
        same = details is not None and details.mission.id == self._mission_id
        self._mission_id = details.mission.id if details else None
        expert_id = (self.expert_combo.currentData() if same else None) or default_expert_id
        activity_id = self.activity_combo.currentData() if same else None
        checked = set(self.checked_counterparts()) if same else set()
        self.expert_combo.clear()
        self.activity_combo.clear()
        self.counterpart_model.clear()
        if details is None:
            self.place_edit.clear()
            self.description_edit.clear()
            return
        for member in details.team:
            self.expert_combo.addItem(member.expert.name, member.expert.id)
        for activity in details.activities:
            self.activity_combo.addItem(activity_text(activity), activity.id)
        for counterpart in details.counterparts:
            item = QtGui.QStandardItem(counterpart.name)
            item.setData(counterpart.id, ENTRY_ROLE)
            item.setToolTip(", ".join(part for part in (counterpart.role, counterpart.institution) if part))
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked if counterpart.id in checked
                               else Qt.CheckState.Unchecked)
            self.counterpart_model.appendRow(item)
        _select_data(self.expert_combo, expert_id)
        _select_data(self.activity_combo, activity_id)

    def set_locked(self, explanation: str | None) -> None:
        """Disable every field and say why (a locked timesheet, no mission chosen), or enable them."""
        self._locked = explanation is not None
        self.lock_label.setText(explanation or "")
        self.lock_label.setVisible(self._locked)
        for widget in (*self._fields, self.submit_button, self.new_button):
            widget.setEnabled(not self._locked)

    @property
    def locked(self) -> bool:
        return self._locked

    def load(self, entry: DayEntry) -> None:
        """Show an existing entry for editing."""
        self.editing = entry
        self.date_edit.setDate(qdate(entry.day))
        _select_data(self.expert_combo, entry.expert_id)
        _select_data(self.kind_combo, entry.kind.value)
        _select_data(self.days_combo, entry.half_days)
        _select_data(self.activity_combo, entry.activity_id)
        self.place_edit.setText(entry.place)
        self.description_edit.setText(entry.description)
        self._check(set(entry.counterpart_ids))
        self.clear_messages()
        self.retranslate()

    def start_new(self, day: date) -> None:
        """Back to a new entry on ``day``; expert, kind, half or full day, activity and place stay."""
        self.editing = None
        self.date_edit.setDate(qdate(day))
        self.description_edit.clear()
        self._check(set())
        self.retranslate()

    def entry(self) -> DayEntry | None:
        """The entry the fields describe, or None when no mission, expert or activity is chosen."""
        expert_id = self.expert_combo.currentData()
        activity_id = self.activity_combo.currentData()
        if self._mission_id is None or expert_id is None or activity_id is None:
            return None
        return DayEntry(
            id=self.editing.id if self.editing else new_id(),
            mission_id=self.editing.mission_id if self.editing else self._mission_id,
            expert_id=expert_id,
            activity_id=activity_id,
            day=pydate(self.date_edit.date()),
            kind=DayKind(self.kind_combo.currentData()),
            half_days=int(self.days_combo.currentData()),
            place=self.place_edit.text().strip(),
            description=self.description_edit.text().strip(),
            counterpart_ids=tuple(self.checked_counterparts()),
        )

    def expert_id(self) -> str | None:
        value = self.expert_combo.currentData()
        return str(value) if value is not None else None

    def checked_counterparts(self) -> list[str]:
        model = self.counterpart_model
        return [str(model.item(row).data(ENTRY_ROLE)) for row in range(model.rowCount())
                if model.item(row).checkState() == Qt.CheckState.Checked]

    def _check(self, ids: set[str]) -> None:
        model = self.counterpart_model
        for row in range(model.rowCount()):
            item = model.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(ENTRY_ROLE) in ids
                               else Qt.CheckState.Unchecked)

    # -- messages --------------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def show_warnings(self, texts: Sequence[str]) -> None:
        self.warning_label.setText("\n".join(texts))
        self.warning_label.setVisible(bool(texts))

    def clear_messages(self) -> None:
        self.show_warnings(())
        self.error_label.clear()
        self.error_label.hide()


def _select_data(combo: QtWidgets.QComboBox, value: object) -> None:
    if value is None:
        return
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _four_digit_years(pattern: str) -> str:
    """A short date pattern with the year in full, so a typed date cannot land in the wrong century."""
    if "yyyy" in pattern:
        return pattern
    return pattern.replace("yy", "yyyy")


class _CommandListener:
    """Where commands report: the widget while it exists, since the undo stack may outlive it."""

    def __init__(self, widget: DayLogWidget) -> None:
        self._widget: DayLogWidget | None = widget

    def forget(self) -> None:
        self._widget = None

    def applied(self, steps: list[_Change]) -> None:
        if self._widget is not None:
            self._widget._applied(steps)

    def refused(self, exc: RuleViolation) -> None:
        if self._widget is not None:
            self._widget._refuse(exc)


class DayLogWidget(QtWidgets.QWidget):
    """The day log of one mission (or, with ``set_mission(None)``, of every mission, read and delete only)."""

    entries_changed = Signal()

    def __init__(self, workbook: Workbook, undo_stack: QtGui.QUndoStack,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._workbook = workbook
        self._undo_stack = undo_stack
        self._mission_id: str | None = None
        self._details: MissionDetails | None = None
        self._refused = False
        self._listener = _CommandListener(self)
        self.destroyed.connect(self._listener.forget)

        self.model = DayLogModel(self)
        self.proxy = DayLogProxy(self.model, self)
        self.filter_edit = QtWidgets.QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QtWidgets.QLabel()
        self.view = QtWidgets.QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(200)  # fitting columns to 20,000 rows looks at a sample
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DESCRIPTION, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.moveSection(header.visualIndex(MISSION), DATE + 1)  # shown with every mission only
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.view.installEventFilter(self)
        self.delete_action = QtGui.QAction(self)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.delete_action)
        self.history_action = QtGui.QAction(self)
        self.history_action.triggered.connect(self.show_history)
        self.view.addAction(self.history_action)
        self.history: QtWidgets.QDialog | None = None
        """The history dialog last opened from the day log."""
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.form = DayEntryForm()

        left = QtWidgets.QWidget()
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QtWidgets.QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.count_label)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(self.view, 1)
        form_holder = QtWidgets.QWidget()
        form_layout = QtWidgets.QVBoxLayout(form_holder)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.form)
        form_layout.addStretch(1)
        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(form_holder)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        form_holder.setMinimumWidth(self.form.fontMetrics().horizontalAdvance("x") * 40)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(splitter)
        find = QtGui.QShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # other pages may want Ctrl+F too
        find.activated.connect(self.filter_edit.setFocus)

        self.filter_edit.textChanged.connect(self._filter)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.form.submitted.connect(self.submit)
        self.form.cleared.connect(self.start_new)
        self.retranslate()

    # -- public interface ------------------------------------------------------------------------

    def set_mission(self, mission_id: str | None) -> None:
        """Show the day log of one mission, or of every mission with None."""
        self._mission_id = mission_id
        self.view.setColumnHidden(MISSION, mission_id is not None)
        self.form.clear_messages()
        self.refresh()
        self.start_new()
        if mission_id is None:
            self.view.resizeColumnToContents(MISSION)

    def refresh(self) -> None:
        """Read the entries, the mission and its lock state again from the workbook."""
        self.model.set_entries(self._workbook.day_entries(self._mission_id), Lookups.load(self._workbook))
        self.model.set_findings(self._workbook.pulled_findings())
        self._refresh_mission()
        self._fit_columns()

    def _offer_places(self) -> None:
        counts = Counter(entry.place for entry in self.model.entries() if entry.place)
        self.form.places.setStringList([place for place, _ in counts.most_common()])

    def _refresh_mission(self) -> None:
        self._details = None
        if self._mission_id is not None:
            try:
                self._details = self._workbook.mission_details(self._mission_id)
            except KeyError:  # deleted meanwhile: its log shows empty and cannot take new days
                self._details = None
        profile = self._workbook.profile()
        self.form.set_details(self._details, profile.id if profile else None)
        self._offer_places()
        self._update_lock()
        if self.form.editing is not None and self.model.row_of(self.form.editing.id) < 0:
            self.start_new()
        self._update_count()

    # -- actions ---------------------------------------------------------------------------------

    def submit(self) -> None:
        """Add the form's entry, or update the one being edited, after checking the rules."""
        if self.form.locked:
            return
        self.form.clear_messages()
        entry = self.form.entry()
        if entry is None:
            self.form.show_error(self.tr(
                "Choose an expert and an activity first. If a list is empty, add the expert to the "
                "mission's team or an activity to its action."))
            return
        try:
            findings = self._workbook.check_day(entry)
        except RuleViolation as exc:
            self.form.show_error(message(exc.finding))
            return
        previous = self.form.editing
        if previous == entry:
            self.start_new()
            return
        if not self._push([_Change(previous, entry)]):
            return
        self.form.show_warnings([message(finding) for finding in findings])
        self.form.start_new(self._next_day(entry.expert_id))
        self.view.clearSelection()
        self.form.date_edit.setFocus()

    def delete_selected(self) -> None:
        """Delete the selected entries in one undoable step."""
        selected = self.view.selectionModel().selectedRows()
        rows = sorted({self.proxy.mapToSource(index).row() for index in selected})
        if not rows:
            return
        self.form.clear_messages()
        self._push([_Change(self.model.entry(row), None) for row in rows])

    def start_new(self) -> None:
        """Clear the form back to a new entry on the next day to log."""
        self.form.clear_messages()
        self.view.clearSelection()
        self.form.start_new(self._next_day(self.form.expert_id()))

    # -- inner workings --------------------------------------------------------------------------

    def _push(self, changes: list[_Change]) -> bool:
        """Push a command (which applies it); False when the rules refused it."""
        self._refused = False
        self._undo_stack.push(_DayLogCommand(self._workbook, changes, _command_text(changes),
                                             self._listener.applied, self._listener.refused))
        return not self._refused

    def _applied(self, steps: list[_Change]) -> None:
        """Show committed changes; those of another mission (undone after a switch) only leave."""
        def shown(entry: DayEntry | None) -> DayEntry | None:
            if entry is None or self._mission_id not in (None, entry.mission_id):
                return None
            return entry

        self.model.apply([_Change(step.before, shown(step.after)) for step in steps])
        self._refresh_mission()
        self.entries_changed.emit()

    def _refuse(self, exc: RuleViolation) -> None:
        self._refused = True
        self.form.show_error(message(exc.finding))

    def _next_day(self, expert_id: str | None) -> date:
        """The day after the expert's last entry on the mission, or today within the mission's dates."""
        days = [e.day for e in self.model.entries()
                if e.mission_id == self._mission_id and e.expert_id == expert_id]
        if days:
            return max(days) + timedelta(days=1)
        today = date.today()
        if self._details is None:
            return today
        mission = self._details.mission
        return min(max(today, mission.start_date), mission.end_date)

    def _update_lock(self) -> None:
        if self._mission_id is None:
            self.form.set_locked(self.tr(
                "This list shows the days of every mission. Open a mission to log or change its days."))
            self.delete_action.setEnabled(True)
            return
        if self._details is None:
            self.form.set_locked(self.tr("This mission was deleted; its days can no longer be changed."))
            self.delete_action.setEnabled(False)
            return
        status = self._details.mission.timesheet_status
        locked = status.locks_entries
        self.form.set_locked(message(Finding(Code.TIMESHEET_LOCKED, {"status": status.value}))
                             if locked else None)
        self.delete_action.setEnabled(not locked)

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n entry(ies)", "", total))
        else:
            self.count_label.setText(self.tr("{shown} of {total} entries").format(
                shown=QtCore.QLocale().toString(shown), total=QtCore.QLocale().toString(total)))

    def _fit_columns(self) -> None:
        """Columns as wide as their texts (in the rows shown and a sample), long texts capped."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        for column, chars in ((EXPERT, 16), (ACTIVITY, 18), (PLACE, 12), (COUNTERPARTS, 16)):
            cap = max(header.defaultSectionSize(), char * chars)
            if header.sectionSize(column) > cap:
                header.resizeSection(column, cap)

    def show_history(self) -> QtWidgets.QDialog | None:
        """Open the history of the day entry the cursor is on (the changes made to it everywhere)."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        from socieux_desktop.ui.record_history import open_history

        entry = self.model.entry(self.proxy.mapToSource(index).row())
        self.history = open_history(self._workbook, DayEntry, entry.id, self)
        return self.history

    def _selection_changed(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if len(rows) == 1 and not self.form.locked:
            self.form.load(self.model.entry(self.proxy.mapToSource(rows[0]).row()))

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (watched is self.view and event.type() == QtCore.QEvent.Type.KeyPress
                and isinstance(event, QtGui.QKeyEvent)):
            key = event.key()
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                if self.delete_action.isEnabled():
                    self.delete_selected()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.form.editing is not None:
                self.form.description_edit.setFocus()  # edit the row chosen with the arrow keys
                return True
            if key == Qt.Key.Key_Escape:
                self.start_new()
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr(
            "Filter by date, kind of day, activity, place, description or counterpart (Ctrl+F)"))
        self.delete_action.setText(self.tr("Delete (Delete key)"))
        self.history_action.setText(self.tr("History…"))
        self.model.retranslate()
        self.proxy.invalidate()
        self._update_lock()
        self._update_count()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
