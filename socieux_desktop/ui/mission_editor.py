"""The mission editor: create a mission while offline, or edit one, written in one transaction on OK.

Three tabs: the mission (codes, partner, country, dates, modality, status, themes), its activities and
team (experts with their allocated days per activity, in half days), and its counterparts. Whatever the
rules refuse is said in the dialog, which stays open; nothing is written until everything is valid.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from enum import Enum

from socieux_desktop.domain.errors import Code, Finding, RuleViolation
from socieux_desktop.domain.gate import check_entity
from socieux_desktop.domain.model import (
    Action,
    Activity,
    Allocation,
    Counterpart,
    CrossCuttingIssue,
    Expert,
    Mission,
    MissionStatus,
    Modality,
    Sex,
    TeamMember,
    TeamRole,
    Theme,
    TimesheetStatus,
    new_id,
)
from socieux_desktop.store.workbook import MissionDetails, Workbook
from socieux_desktop.ui.day_log import pydate, qdate
from socieux_desktop.ui.labels import country_codes, country_name, label
from socieux_desktop.ui.messages import format_days_localised, message
from socieux_desktop.ui.qt import Qt, QtCore, QtWidgets

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The id of a row's record (activity, team member, counterpart), on the row's first cell."""
EXPERT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The id of a team row's expert."""

ACTIVITY_CODE, ACTIVITY_TITLE = range(2)
NAME, EMAIL, INSTITUTION, ROLE = range(4)
FIRST_DAYS_COLUMN = 4
"""Team columns from here on hold the days allocated on each activity, in the activities' order."""
CP_NAME, CP_INSTITUTION, CP_POSITION, CP_SEX = range(4)

MAX_ALLOCATED_DAYS = 366


class _Refused(Exception):
    """What to tell the person, and the field to put the cursor in."""

    def __init__(self, text: str, widget: QtWidgets.QWidget) -> None:
        super().__init__(text)
        self.text = text
        self.widget = widget


def _required(field: str, value: str, widget: QtWidgets.QWidget) -> None:
    if not value.strip():
        raise _Refused(message(Finding(Code.REQUIRED_FIELD, {"field": field})), widget)


def _cell(table: QtWidgets.QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def _required_cell(table: QtWidgets.QTableWidget, row: int, column: int, field: str) -> str:
    """A cell's text, or ``_Refused`` with the cursor on the empty cell."""
    value = _cell(table, row, column)
    if not value:
        table.setCurrentCell(row, column)
    _required(field, value, table)
    return value


def _row_data(table: QtWidgets.QTableWidget, row: int, role: int) -> str:
    item = table.item(row, 0)
    return str(item.data(role)) if item is not None else ""


def _combo(table: QtWidgets.QTableWidget, row: int, column: int) -> QtWidgets.QComboBox:
    widget = table.cellWidget(row, column)
    assert isinstance(widget, QtWidgets.QComboBox)
    return widget


def _spin(table: QtWidgets.QTableWidget, row: int, column: int) -> QtWidgets.QDoubleSpinBox:
    widget = table.cellWidget(row, column)
    assert isinstance(widget, QtWidgets.QDoubleSpinBox)
    return widget


def _enum_combo(values: list[Enum], current: Enum) -> QtWidgets.QComboBox:
    combo = QtWidgets.QComboBox()
    for value in values:
        combo.addItem(label(value), value.value)
    combo.setCurrentIndex(max(combo.findData(current.value), 0))
    return combo


def _relabel(combo: QtWidgets.QComboBox, values: list[Enum]) -> None:
    for number, value in enumerate(values):
        combo.setItemText(number, label(value))


class _DaysSpinBox(QtWidgets.QDoubleSpinBox):
    """Days in steps of a half day, shown as the day log shows them ("2", "1,5" in French)."""

    def textFromValue(self, value: float) -> str:
        doubled = round(value * 2, 6)
        if doubled == int(doubled):
            return format_days_localised(int(doubled))
        return self.locale().toString(value, "f", self.decimals())


def _days_spin(half_days: int) -> QtWidgets.QDoubleSpinBox:
    spin = _DaysSpinBox()
    spin.setDecimals(1)
    spin.setSingleStep(0.5)
    spin.setRange(0, MAX_ALLOCATED_DAYS)
    spin.setValue(half_days / 2)
    spin.setFrame(False)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


def _date_format() -> str:
    """The locale's short date pattern with the year in full."""
    pattern = QtCore.QLocale().dateFormat(QtCore.QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def _check_list(values: list[Enum], checked: tuple[Enum, ...]) -> QtWidgets.QListWidget:
    widget = QtWidgets.QListWidget()
    for value in values:
        item = QtWidgets.QListWidgetItem(label(value))
        item.setData(ID_ROLE, value.value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _checked(widget: QtWidgets.QListWidget) -> list[str]:
    return [str(widget.item(n).data(ID_ROLE)) for n in range(widget.count())
            if widget.item(n).checkState() == Qt.CheckState.Checked]


class MissionEditorDialog(QtWidgets.QDialog):
    """Create (``mission_id`` None) or edit a mission; ``apply`` validates and writes, ``accept`` too."""

    def __init__(self, workbook: Workbook, mission_id: str | None,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._workbook = workbook
        self._details: MissionDetails | None = (
            workbook.mission_details(mission_id) if mission_id is not None else None)
        self.saved_mission_id = ""
        """The id of the mission written, once ``apply`` succeeded."""
        logged = workbook.day_entries(mission_id) if mission_id is not None else []
        self._logged_activities = {entry.activity_id for entry in logged}
        self._logged_experts = {entry.expert_id for entry in logged}
        self._activity_columns: list[str] = []
        """The activity id of each days column of the team table."""

        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(self._mission_page(), "")
        self.tabs.addTab(self._team_page(), "")
        self.tabs.addTab(self._counterparts_page(), "")
        self.error_label = QtWidgets.QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("QLabel { color: #b00020; }")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumSize(720, 560)
        self.resize(860, 640)

        self._load()
        self.activities_table.itemChanged.connect(self._sync_activity_columns)
        self.retranslate()

    # -- pages -----------------------------------------------------------------------------------

    def _mission_page(self) -> QtWidgets.QWidget:
        self.code_edit = QtWidgets.QLineEdit()
        self.title_edit = QtWidgets.QLineEdit()
        self.action_code_edit = QtWidgets.QLineEdit()
        self.action_title_edit = QtWidgets.QLineEdit()
        self.partner_edit = QtWidgets.QLineEdit()
        self.country_combo = QtWidgets.QComboBox()
        self.start_edit = QtWidgets.QDateEdit()
        self.end_edit = QtWidgets.QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
        self.modality_combo = _enum_combo(list(Modality), Modality.ON_SITE)
        self.status_combo = _enum_combo(list(MissionStatus), MissionStatus.PLANNED)
        mission = self._details.mission if self._details else None
        self.themes_list = _check_list(list(Theme), mission.themes if mission else ())
        self.issues_list = _check_list(list(CrossCuttingIssue),
                                       mission.cross_cutting_issues if mission else ())
        self.issues_list.setMaximumHeight(self.issues_list.sizeHintForRow(0) * 4)

        self._mission_fields: list[QtWidgets.QWidget] = [
            self.code_edit, self.title_edit, self.action_code_edit, self.action_title_edit,
            self.partner_edit, self.country_combo, self.start_edit, self.end_edit, self.modality_combo,
            self.status_combo, self.themes_list, self.issues_list]
        self._mission_labels = [QtWidgets.QLabel() for _ in self._mission_fields]
        page = QtWidgets.QWidget()
        form = QtWidgets.QFormLayout(page)
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field_label, field in zip(self._mission_labels, self._mission_fields, strict=True):
            field_label.setBuddy(field)
            form.addRow(field_label, field)
        return page

    def _team_page(self) -> QtWidgets.QWidget:
        self.activities_table = QtWidgets.QTableWidget(0, 2)
        self.team_table = QtWidgets.QTableWidget(0, FIRST_DAYS_COLUMN)
        self.add_activity_button = QtWidgets.QPushButton()
        self.remove_activity_button = QtWidgets.QPushButton()
        self.add_expert_button = QtWidgets.QPushButton()
        self.remove_expert_button = QtWidgets.QPushButton()
        self._activities_label = QtWidgets.QLabel()
        self._activities_label.setBuddy(self.activities_table)
        self._team_label = QtWidgets.QLabel()
        self._team_label.setBuddy(self.team_table)
        self._team_hint = QtWidgets.QLabel()
        self._team_hint.setWordWrap(True)
        self._setup_table(self.activities_table, ACTIVITY_TITLE)
        self._setup_table(self.team_table, INSTITUTION)
        self.add_activity_button.clicked.connect(lambda: self.add_activity())
        self.remove_activity_button.clicked.connect(self.remove_selected_activity)
        self.add_expert_button.clicked.connect(lambda: self.add_team_member())
        self.remove_expert_button.clicked.connect(self.remove_selected_team_member)

        page = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(page)
        layout.addWidget(self._activities_label)
        layout.addWidget(self.activities_table, 1)
        layout.addLayout(self._button_row(self.add_activity_button, self.remove_activity_button))
        layout.addWidget(self._team_label)
        layout.addWidget(self._team_hint)
        layout.addWidget(self.team_table, 2)
        layout.addLayout(self._button_row(self.add_expert_button, self.remove_expert_button))
        return page

    def _counterparts_page(self) -> QtWidgets.QWidget:
        self.counterparts_table = QtWidgets.QTableWidget(0, 4)
        self._setup_table(self.counterparts_table, CP_INSTITUTION)
        self.add_counterpart_button = QtWidgets.QPushButton()
        self.remove_counterpart_button = QtWidgets.QPushButton()
        self.add_counterpart_button.clicked.connect(lambda: self.add_counterpart())
        self.remove_counterpart_button.clicked.connect(self.remove_selected_counterpart)
        page = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(page)
        layout.addWidget(self.counterparts_table, 1)
        layout.addLayout(self._button_row(self.add_counterpart_button, self.remove_counterpart_button))
        return page

    @staticmethod
    def _setup_table(table: QtWidgets.QTableWidget, stretched: int) -> None:
        table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside, F2 or typing edits
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setSectionResizeMode(stretched, QtWidgets.QHeaderView.ResizeMode.Stretch)

    @staticmethod
    def _button_row(*buttons: QtWidgets.QPushButton) -> QtWidgets.QHBoxLayout:
        row = QtWidgets.QHBoxLayout()
        for button in buttons:
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- content ---------------------------------------------------------------------------------

    def _load(self) -> None:
        self._fill_countries()
        details = self._details
        if details is None:
            start = date.today()
            self.start_edit.setDate(qdate(start))
            self.end_edit.setDate(qdate(start + timedelta(days=11)))
            profile = self._workbook.profile()
            if profile is not None:
                self.add_team_member(profile, TeamRole.LEAD_EXPERT)
            return
        mission, action = details.mission, details.action
        self.code_edit.setText(mission.code)
        self.title_edit.setText(mission.title)
        self.action_code_edit.setText(action.code)
        self.action_title_edit.setText(action.title)
        self.partner_edit.setText(action.partner_institution)
        self.country_combo.setCurrentIndex(max(self.country_combo.findData(action.country_code), 0))
        self.start_edit.setDate(qdate(mission.start_date))
        self.end_edit.setDate(qdate(mission.end_date))
        self.modality_combo.setCurrentIndex(self.modality_combo.findData(mission.modality.value))
        self.status_combo.setCurrentIndex(self.status_combo.findData(mission.status.value))
        for activity in details.activities:
            self.add_activity(activity)
        allocated: dict[tuple[str, str], int] = {}
        for allocation in details.allocations:
            key = (allocation.expert_id, allocation.activity_id)
            allocated[key] = allocated.get(key, 0) + allocation.half_days
        for entry in details.team:
            row = self.add_team_member(entry.expert, entry.member.role, entry.member.id)
            for offset, activity_id in enumerate(self._activity_columns):
                _spin(self.team_table, row, FIRST_DAYS_COLUMN + offset).setValue(
                    allocated.get((entry.expert.id, activity_id), 0) / 2)
        for counterpart in details.counterparts:
            self.add_counterpart(counterpart)

    def _fill_countries(self) -> None:
        """The partner countries by name in the current language, after an empty choice."""
        current = self.country_combo.currentData()
        names = sorted((country_name(code).casefold(), country_name(code), code) for code in country_codes())
        self.country_combo.clear()
        self.country_combo.addItem("", None)
        for _, name, code in names:
            self.country_combo.addItem(name, code)
        self.country_combo.setCurrentIndex(max(self.country_combo.findData(current), 0)
                                           if current is not None else 0)

    def add_activity(self, activity: Activity | None = None) -> int:
        """Append an activity row (a new, empty one without ``activity``); returns its row."""
        table = self.activities_table
        blocked = table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        code = QtWidgets.QTableWidgetItem(activity.code if activity else f"A{row + 1}")
        code.setData(ID_ROLE, activity.id if activity else new_id())
        table.setItem(row, ACTIVITY_CODE, code)
        table.setItem(row, ACTIVITY_TITLE, QtWidgets.QTableWidgetItem(activity.title if activity else ""))
        table.blockSignals(blocked)
        self._sync_activity_columns()
        if activity is None:
            table.setCurrentCell(row, ACTIVITY_TITLE)
            table.setFocus()
        return row

    def add_team_member(self, expert: Expert | None = None, role: TeamRole = TeamRole.EXPERT,
                        member_id: str | None = None) -> int:
        """Append a team row for ``expert`` (an empty one to fill without); returns its row."""
        table = self.team_table
        row = table.rowCount()
        table.insertRow(row)
        name = QtWidgets.QTableWidgetItem(expert.name if expert else "")
        name.setData(ID_ROLE, member_id or new_id())
        name.setData(EXPERT_ROLE, expert.id if expert else "")
        table.setItem(row, NAME, name)
        table.setItem(row, EMAIL, QtWidgets.QTableWidgetItem(expert.email if expert else ""))
        table.setItem(row, INSTITUTION, QtWidgets.QTableWidgetItem(expert.home_institution if expert else ""))
        table.setCellWidget(row, ROLE, _enum_combo(list(TeamRole), role))
        for offset in range(len(self._activity_columns)):
            table.setCellWidget(row, FIRST_DAYS_COLUMN + offset, _days_spin(0))
        if expert is None:
            table.setCurrentCell(row, NAME)
            table.setFocus()
        return row

    def add_counterpart(self, counterpart: Counterpart | None = None) -> int:
        table = self.counterparts_table
        row = table.rowCount()
        table.insertRow(row)
        name = QtWidgets.QTableWidgetItem(counterpart.name if counterpart else "")
        name.setData(ID_ROLE, counterpart.id if counterpart else new_id())
        table.setItem(row, CP_NAME, name)
        table.setItem(row, CP_INSTITUTION, QtWidgets.QTableWidgetItem(
            counterpart.institution if counterpart else self.partner_edit.text().strip()))
        table.setItem(row, CP_POSITION, QtWidgets.QTableWidgetItem(counterpart.role if counterpart else ""))
        table.setCellWidget(row, CP_SEX, _enum_combo(list(Sex), counterpart.sex if counterpart
                                                     else Sex.UNSPECIFIED))
        if counterpart is None:
            table.setCurrentCell(row, CP_NAME)
            table.setFocus()
        return row

    def remove_selected_activity(self) -> None:
        row = self.activities_table.currentRow()
        if row < 0:
            return
        if _row_data(self.activities_table, row, ID_ROLE) in self._logged_activities:
            self._show_error(self.tr("Days are logged on the activity “{name}”, so it stays. Move or delete "
                                     "those days in the day log first.").format(
                name=_cell(self.activities_table, row, ACTIVITY_CODE)))
            return
        self.activities_table.removeRow(row)
        self._sync_activity_columns()

    def remove_selected_team_member(self) -> None:
        row = self.team_table.currentRow()
        if row < 0:
            return
        if _row_data(self.team_table, row, EXPERT_ROLE) in self._logged_experts:
            self._show_error(self.tr("{name} has days logged on this mission, so they stay on the team. "
                                     "Move or delete those days in the day log first.").format(
                name=_cell(self.team_table, row, NAME)))
            return
        self.team_table.removeRow(row)

    def remove_selected_counterpart(self) -> None:
        row = self.counterparts_table.currentRow()
        if row >= 0:
            self.counterparts_table.removeRow(row)

    def _sync_activity_columns(self) -> None:
        """One days column in the team table per activity row, in the same order, named by its code."""
        wanted = [_row_data(self.activities_table, row, ID_ROLE)
                  for row in range(self.activities_table.rowCount())]
        team = self.team_table
        for offset in reversed(range(len(self._activity_columns))):
            if self._activity_columns[offset] not in wanted:
                team.removeColumn(FIRST_DAYS_COLUMN + offset)
                del self._activity_columns[offset]
        for activity_id in wanted:
            if activity_id not in self._activity_columns:
                column = team.columnCount()
                team.insertColumn(column)
                self._activity_columns.append(activity_id)
                for row in range(team.rowCount()):
                    team.setCellWidget(row, column, _days_spin(0))
        self._retitle_days_columns()
        self._fit_columns()

    def _retitle_days_columns(self) -> None:
        rows = {_row_data(self.activities_table, row, ID_ROLE): row
                for row in range(self.activities_table.rowCount())}
        for offset, activity_id in enumerate(self._activity_columns):
            row = rows[activity_id]
            code = _cell(self.activities_table, row, ACTIVITY_CODE) or str(row + 1)
            header = QtWidgets.QTableWidgetItem(self.tr("Days on {activity}").format(activity=code))
            header.setToolTip(_cell(self.activities_table, row, ACTIVITY_TITLE))
            self.team_table.setHorizontalHeaderItem(FIRST_DAYS_COLUMN + offset, header)

    # -- texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New mission") if self._details is None else self.tr("Edit the mission"))
        self.tabs.setTabText(0, self.tr("&Mission"))
        self.tabs.setTabText(1, self.tr("&Activities and team"))
        self.tabs.setTabText(2, self.tr("Cou&nterparts"))
        texts = (self.tr("Mission &code"), self.tr("Mission &title"), self.tr("Action c&ode"),
                 self.tr("Action t&itle"), self.tr("&Partner institution"), self.tr("Countr&y"),
                 self.tr("&Start"), self.tr("&End"), self.tr("Mo&dality"), self.tr("Stat&us"),
                 self.tr("T&hemes"), self.tr("Cross-cutting i&ssues"))
        for field_label, text in zip(self._mission_labels, texts, strict=True):
            field_label.setText(text)
        self.code_edit.setPlaceholderText(self.tr("e.g. CI-2026-01-M1"))
        self.action_code_edit.setPlaceholderText(self.tr("e.g. CI-2026-01"))
        self._fill_countries()
        self.country_combo.setItemText(0, self.tr("Choose a country"))
        for edit in (self.start_edit, self.end_edit):
            edit.setLocale(QtCore.QLocale())
            edit.setDisplayFormat(_date_format())
        _relabel(self.modality_combo, list(Modality))
        _relabel(self.status_combo, list(MissionStatus))
        for widget, values in ((self.themes_list, list(Theme)), (self.issues_list, list(CrossCuttingIssue))):
            for number, value in enumerate(values):
                widget.item(number).setText(label(value))

        self._activities_label.setText(self.tr("A&ctivities of the action"))
        self._team_label.setText(self.tr("T&eam"))
        self._team_hint.setText(self.tr("Days allocated to each expert on each activity; half days (0.5) "
                                        "are allowed."))
        self.activities_table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Title")])
        self.add_activity_button.setText(self.tr("Add an activity"))
        self.remove_activity_button.setText(self.tr("Remove the activity"))
        for column, text in ((NAME, self.tr("Name")), (EMAIL, self.tr("E-mail")),
                             (INSTITUTION, self.tr("Institution")), (ROLE, self.tr("Role"))):
            self.team_table.setHorizontalHeaderItem(column, QtWidgets.QTableWidgetItem(text))
        self._retitle_days_columns()
        self.add_expert_button.setText(self.tr("Add an expert"))
        self.remove_expert_button.setText(self.tr("Remove the expert"))
        self.counterparts_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Institution"), self.tr("Position"), self.tr("Sex")])
        self.add_counterpart_button.setText(self.tr("Add a counterpart"))
        self.remove_counterpart_button.setText(self.tr("Remove the counterpart"))
        locale = QtCore.QLocale()
        for row in range(self.team_table.rowCount()):
            _relabel(_combo(self.team_table, row, ROLE), list(TeamRole))
            for offset in range(len(self._activity_columns)):
                _spin(self.team_table, row, FIRST_DAYS_COLUMN + offset).setLocale(locale)
        for row in range(self.counterparts_table.rowCount()):
            _relabel(_combo(self.counterparts_table, row, CP_SEX), list(Sex))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents, names and institutions within reason, so the days fit."""
        widest = self.fontMetrics().averageCharWidth() * 26
        for table in (self.activities_table, self.team_table, self.counterparts_table):
            table.resizeColumnsToContents()
            for column in range(table.columnCount()):
                table.setColumnWidth(column, min(table.columnWidth(column), widest))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- validating and writing ------------------------------------------------------------------

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def apply(self) -> bool:
        """Check every field and write the mission and all it holds in one transaction.

        On a refusal the message shows in the dialog, the cursor goes to the field, and nothing is
        written; returns whether the mission was saved."""
        self.error_label.hide()
        try:
            saves, deletes = self._records()
            self._workbook.save_and_delete(saves, deletes)
        except _Refused as refused:
            self._show_error(refused.text)
            self._focus(refused.widget)
            return False
        except RuleViolation as exc:
            self._show_error(message(exc.finding))
            return False
        self.saved_mission_id = next(e.id for e in saves if isinstance(e, Mission))
        return True

    def _records(self) -> tuple[list[object], list[tuple[type, str]]]:
        """What to save and what to tombstone, or ``_Refused`` for the first field that is wrong."""
        details = self._details
        _required("code", self.code_edit.text(), self.code_edit)
        _required("title", self.title_edit.text(), self.title_edit)
        _required("action_code", self.action_code_edit.text(), self.action_code_edit)
        _required("action_title", self.action_title_edit.text(), self.action_title_edit)
        _required("partner_institution", self.partner_edit.text(), self.partner_edit)
        country = self.country_combo.currentData()
        _required("country", country or "", self.country_combo)
        action = Action(details.action.id if details else new_id(), self.action_code_edit.text().strip(),
                        self.action_title_edit.text().strip(), self.partner_edit.text().strip(), str(country))
        mission = Mission(
            id=details.mission.id if details else new_id(),
            code=self.code_edit.text().strip(),
            title=self.title_edit.text().strip(),
            action_id=action.id,
            start_date=pydate(self.start_edit.date()),
            end_date=pydate(self.end_edit.date()),
            modality=Modality(self.modality_combo.currentData()),
            status=MissionStatus(self.status_combo.currentData()),
            timesheet_status=details.mission.timesheet_status if details else TimesheetStatus.DRAFT,
            themes=tuple(Theme(value) for value in _checked(self.themes_list)),
            cross_cutting_issues=tuple(CrossCuttingIssue(value) for value in _checked(self.issues_list)),
            terms_of_reference=details.mission.terms_of_reference if details else "",
        )
        try:
            check_entity(mission)
        except RuleViolation as exc:
            raise _Refused(message(exc.finding), self.end_edit) from None
        activities = self._activities(action.id)
        team, experts, allocations = self._team(mission.id, [a.id for a in activities])
        counterparts = self._counterparts(mission.id)
        saves: list[object] = [action, mission, *activities, *experts, *team, *allocations, *counterparts]

        deletes: list[tuple[type, str]] = []
        if details is not None:
            new: list[Activity | TeamMember | Allocation | Counterpart] = [
                *activities, *team, *allocations, *counterparts]
            kept = {record.id for record in new}
            old: list[Activity | TeamMember | Allocation | Counterpart] = [
                *details.activities, *(entry.member for entry in details.team), *details.allocations,
                *details.counterparts]
            deletes += [(type(record), record.id) for record in old if record.id not in kept]
        return saves, deletes

    def _activities(self, action_id: str) -> list[Activity]:
        table = self.activities_table
        activities = []
        for row in range(table.rowCount()):
            code = _required_cell(table, row, ACTIVITY_CODE, "activity_code")
            title = _required_cell(table, row, ACTIVITY_TITLE, "activity_title")
            activities.append(Activity(_row_data(table, row, ID_ROLE), action_id, code, title))
        return activities

    def _team(self, mission_id: str, activity_ids: list[str]
              ) -> tuple[list[TeamMember], list[Expert], list[Allocation]]:
        table = self.team_table
        known = {expert.id: expert for expert in self._workbook.all(Expert)}
        by_email = {expert.email.casefold(): expert for expert in known.values() if expert.email}
        previous = {(a.expert_id, a.activity_id): a.id
                    for a in (self._details.allocations if self._details else [])}
        members: list[TeamMember] = []
        experts: list[Expert] = []
        allocations: list[Allocation] = []
        for row in range(table.rowCount()):
            name = _required_cell(table, row, NAME, "name")
            email = _cell(table, row, EMAIL)
            expert_id = _row_data(table, row, EXPERT_ROLE)
            if not expert_id:  # someone already in the workspace is recognised by their e-mail
                same = by_email.get(email.casefold()) if email else None
                expert_id = same.id if same else new_id()
            if any(member.expert_id == expert_id for member in members):
                table.setCurrentCell(row, NAME)
                raise _Refused(self.tr("{name} is on the team twice. Remove one of the two rows.").format(
                    name=name), table)
            base = known.get(expert_id) or Expert(expert_id, name)
            expert = dataclasses.replace(base, name=name, email=email,
                                         home_institution=_cell(table, row, INSTITUTION))
            if expert != known.get(expert_id):
                experts.append(expert)
            members.append(TeamMember(_row_data(table, row, ID_ROLE), mission_id, expert_id,
                                      TeamRole(_combo(table, row, ROLE).currentData())))
            for offset, activity_id in enumerate(self._activity_columns):
                spin = _spin(table, row, FIRST_DAYS_COLUMN + offset)
                doubled = round(spin.value() * 2, 6)
                if doubled != int(doubled):
                    raise _Refused(message(Finding(Code.INVALID_DAYS, {"value": spin.text()})), spin)
                if doubled and activity_id in activity_ids:
                    allocations.append(Allocation(previous.get((expert_id, activity_id)) or new_id(),
                                                  mission_id, expert_id, activity_id, int(doubled)))
        return members, experts, allocations

    def _counterparts(self, mission_id: str) -> list[Counterpart]:
        table = self.counterparts_table
        previous = {c.id: c for c in (self._details.counterparts if self._details else [])}
        counterparts = []
        for row in range(table.rowCount()):
            name = _required_cell(table, row, CP_NAME, "name")
            counterpart_id = _row_data(table, row, ID_ROLE)
            email = previous[counterpart_id].email if counterpart_id in previous else ""
            counterparts.append(Counterpart(
                counterpart_id, mission_id, name, _cell(table, row, CP_INSTITUTION),
                _cell(table, row, CP_POSITION), Sex(_combo(table, row, CP_SEX).currentData()), email))
        return counterparts

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _focus(self, widget: QtWidgets.QWidget) -> None:
        for page in range(self.tabs.count()):
            holder = self.tabs.widget(page)
            if holder is not None and holder.isAncestorOf(widget):
                self.tabs.setCurrentIndex(page)
        widget.setFocus()
