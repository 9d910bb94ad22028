"""The mission's dashboard: its facts, team and counterparts, days consumed against days allocated, and
the timesheet with its submit and reopen buttons.

Everything shown is read from the workbook on ``refresh``; the texts are made again from what was read
when the language changes, so a switch shows at once without reading the workspace again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from socieux_desktop.domain.budget import BudgetLine, MissionBudget, compute_budget
from socieux_desktop.domain.errors import Finding, RuleViolation
from socieux_desktop.domain.model import Activity, Expert, Mission, TimesheetStatus
from socieux_desktop.domain.rules import TimesheetAction, allowed_actions
from socieux_desktop.store.workbook import MissionDetails, Workbook
from socieux_desktop.ui.day_log import qdate
from socieux_desktop.ui.labels import country_name, label
from socieux_desktop.ui.messages import format_days_localised, message
from socieux_desktop.ui.qt import Qt, QtCore, QtWidgets, Signal

FACTS: tuple[str, ...] = ("code", "title", "partner", "country", "action", "activities", "dates", "modality",
                          "status", "themes", "cross_cutting")
"""The keys of ``MissionDashboard.fact_values``, in the order shown."""

_ERROR_STYLE = "QLabel { color: #b00020; }"
_OVERRUN_STYLE = "QLabel { color: #b00020; font-weight: bold; }"
_LOCKED_STYLE = ("QLabel { background: #fff4ce; border: 1px solid #c8a600; border-radius: 3px; "
                 "padding: 6px; }")
_BAR_OVERRUN_STYLE = "QProgressBar::chunk { background: #b00020; }"


def _wrapping_label(text: str = "") -> QtWidgets.QLabel:
    shown = QtWidgets.QLabel(text)
    shown.setWordWrap(True)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return shown


@dataclass(frozen=True, slots=True)
class BudgetRow:
    """The widgets of one line of the budget: a name, a bar and "consumed of allocated days"."""

    key: str
    line: BudgetLine
    name_label: QtWidgets.QLabel
    bar: QtWidgets.QProgressBar
    days_label: QtWidgets.QLabel

    @property
    def exceeded(self) -> bool:
        return self.line.exceeded


class MissionDashboard(QtWidgets.QWidget):
    """The dashboard of one mission, or a sentence that says how to choose one."""

    edit_requested = Signal(str)
    """The "Edit mission…" button, with the mission's id."""
    timesheet_changed = Signal(str)
    """The mission's timesheet was submitted or reopened, with the mission's id."""
    export_requested = Signal(str)
    """The "Export PDF…" button, with the mission's id."""

    def __init__(self, workbook: Workbook, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._workbook = workbook
        self._mission_id: str | None = None
        self._details: MissionDetails | None = None
        self._budget: MissionBudget | None = None
        self._missing = False
        self._error: Finding | None = None
        self._experts: dict[str, str] = {}
        self._activities: dict[str, str] = {}
        self.activity_rows: list[BudgetRow] = []
        self.expert_rows: list[BudgetRow] = []

        self.empty_label = _wrapping_label()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.heading_label = _wrapping_label()
        heading_font = self.heading_label.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading_label.setFont(heading_font)
        self.edit_button = QtWidgets.QPushButton()
        self.export_button = QtWidgets.QPushButton()
        self.history_button = QtWidgets.QPushButton()
        self.history: QtWidgets.QDialog | None = None
        """The mission's history, when last opened from here."""

        self.facts_box = QtWidgets.QGroupBox()
        facts_layout = QtWidgets.QFormLayout(self.facts_box)
        facts_layout.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        facts_layout.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fact_names = {key: _wrapping_label() for key in FACTS}
        self.fact_values = {key: _wrapping_label() for key in FACTS}
        for key in FACTS:
            facts_layout.addRow(self._fact_names[key], self.fact_values[key])

        self.timesheet_box = QtWidgets.QGroupBox()
        self.timesheet_status_label = _wrapping_label()
        self.lock_label = _wrapping_label()
        self.lock_label.setStyleSheet(_LOCKED_STYLE)
        self.submit_button = QtWidgets.QPushButton()
        self.reopen_button = QtWidgets.QPushButton()
        self.error_label = _wrapping_label()
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.hide()
        timesheet_layout = QtWidgets.QVBoxLayout(self.timesheet_box)
        status_row = QtWidgets.QHBoxLayout()
        status_row.addWidget(self.timesheet_status_label, 1)
        status_row.addWidget(self.submit_button)
        status_row.addWidget(self.reopen_button)
        timesheet_layout.addLayout(status_row)
        timesheet_layout.addWidget(self.lock_label)
        timesheet_layout.addWidget(self.error_label)

        self.budget_box = QtWidgets.QGroupBox()
        self.overrun_label = _wrapping_label()
        self.overrun_label.setStyleSheet(_OVERRUN_STYLE)
        self.total_label = _wrapping_label()
        total_font = self.total_label.font()
        total_font.setBold(True)
        self.total_label.setFont(total_font)
        self._activity_title = _wrapping_label()
        self._expert_title = _wrapping_label()
        for bold in (self._activity_title, self._expert_title, self.timesheet_status_label):
            bold_font = bold.font()
            bold_font.setBold(True)
            bold.setFont(bold_font)
        self._activity_grid = QtWidgets.QGridLayout()
        self._expert_grid = QtWidgets.QGridLayout()
        budget_layout = QtWidgets.QVBoxLayout(self.budget_box)
        budget_layout.addWidget(self.overrun_label)
        budget_layout.addWidget(self._activity_title)
        budget_layout.addLayout(self._activity_grid)
        budget_layout.addWidget(self._expert_title)
        budget_layout.addLayout(self._expert_grid)
        budget_layout.addWidget(self.total_label)

        self.team_box = QtWidgets.QGroupBox()
        self._team_grid = QtWidgets.QGridLayout(self.team_box)
        self.counterparts_box = QtWidgets.QGroupBox()
        self._counterpart_grid = QtWidgets.QGridLayout(self.counterparts_box)
        self.team_cells: list[list[QtWidgets.QLabel]] = []
        """The team as shown: name, role, allocated days per row (for tests and screen readers)."""
        self.counterpart_cells: list[list[QtWidgets.QLabel]] = []
        """The counterparts as shown: name, institution, position per row."""

        content = QtWidgets.QWidget()
        content_layout = QtWidgets.QVBoxLayout(content)
        heading_row = QtWidgets.QHBoxLayout()
        heading_row.addWidget(self.heading_label, 1)
        heading_row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        heading_row.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        heading_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        content_layout.addLayout(heading_row)
        content_layout.addWidget(self.timesheet_box)
        content_layout.addWidget(self.facts_box)
        content_layout.addWidget(self.budget_box)
        content_layout.addWidget(self.team_box)
        content_layout.addWidget(self.counterparts_box)
        content_layout.addStretch(1)
        self.scroll_area = QtWidgets.QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)

        self._pages = QtWidgets.QStackedWidget()
        self._pages.addWidget(self.empty_label)
        self._pages.addWidget(self.scroll_area)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)

        self.edit_button.clicked.connect(self._edit)
        self.history_button.clicked.connect(self.show_history)
        self.export_button.clicked.connect(self._export)
        self.submit_button.clicked.connect(self.submit_timesheet)
        self.reopen_button.clicked.connect(self.reopen_timesheet)
        self.retranslate()

    # -- public interface ------------------------------------------------------------------------

    @property
    def mission_id(self) -> str | None:
        return self._mission_id

    def set_mission(self, mission_id: str | None) -> None:
        """Show the dashboard of one mission, or the sentence that invites to choose one with None."""
        self._mission_id = mission_id
        self.refresh()

    def refresh(self) -> None:
        """Read the mission, its budget and its timesheet again from the workbook."""
        self._error = None
        self._details = None
        self._budget = None
        self._missing = False
        if self._mission_id is not None:
            try:
                self._details = self._workbook.mission_details(self._mission_id)
                # the budget from the details just read (Workbook.budget would read them a second time)
                self._budget = compute_budget(self._details.allocations,
                                              self._workbook.day_entries(self._mission_id))
            except KeyError:  # deleted meanwhile
                self._missing = True
                self._details = None
        self._names()
        self._render()

    def submit_timesheet(self) -> None:
        self._change_timesheet(TimesheetAction.SUBMIT)

    def reopen_timesheet(self) -> None:
        self._change_timesheet(TimesheetAction.REOPEN)

    # -- actions ---------------------------------------------------------------------------------

    def _edit(self) -> None:
        if self._mission_id is not None and self._details is not None:
            self.edit_requested.emit(self._mission_id)

    def show_history(self) -> QtWidgets.QDialog | None:
        """The history of the mission's record: every change of it, with the values replaced."""
        if self._mission_id is None or self._details is None:
            return None
        from socieux_desktop.ui.record_history import open_history

        self.history = open_history(self._workbook, Mission, self._mission_id, self)
        return self.history

    def _export(self) -> None:
        if self._mission_id is not None and self._details is not None:
            self.export_requested.emit(self._mission_id)

    def _change_timesheet(self, action: str) -> None:
        mission_id = self._mission_id
        if mission_id is None or self._details is None:
            return
        try:
            self._workbook.change_timesheet(mission_id, action)
        except RuleViolation as exc:
            self._error = exc.finding
            self._render_error()
            return
        self.refresh()
        self.timesheet_changed.emit(mission_id)

    # -- reading ---------------------------------------------------------------------------------

    def _names(self) -> None:
        """Names of the experts and activities the budget points to, including any no longer listed."""
        self._experts = {}
        self._activities = {}
        details, budget = self._details, self._budget
        if details is None or budget is None:
            return
        self._experts = {member.expert.id: member.expert.name for member in details.team}
        self._activities = {a.id: f"{a.code} – {a.title}" for a in details.activities}
        for expert_id in budget.by_expert.keys() - self._experts.keys():
            expert = self._workbook.get(Expert, expert_id)
            self._experts[expert_id] = expert.name if expert else expert_id
        for activity_id in budget.by_activity.keys() - self._activities.keys():
            activity = self._workbook.get(Activity, activity_id)
            self._activities[activity_id] = (f"{activity.code} – {activity.title}" if activity
                                             else activity_id)

    # -- showing ---------------------------------------------------------------------------------

    def _render(self) -> None:
        details, budget = self._details, self._budget
        if details is None or budget is None:
            self.empty_label.setText(
                self.tr("This mission no longer exists. Choose another mission in the list.")
                if self._missing else self.tr("Choose a mission in the list, or create one."))
            self._pages.setCurrentWidget(self.empty_label)
            return
        self._pages.setCurrentWidget(self.scroll_area)
        mission = details.mission
        self.heading_label.setText(self.tr("{code} – {title}").format(code=mission.code, title=mission.title))
        self._render_facts(details)
        self._render_timesheet(mission.timesheet_status)
        self._render_budget(details, budget)
        self._render_team(details, budget)
        self._render_counterparts(details)

    def _render_facts(self, details: MissionDetails) -> None:
        mission, action = details.mission, details.action
        locale = QtCore.QLocale()
        long_format = QtCore.QLocale.FormatType.LongFormat
        none = self.tr("None")
        values = {
            "code": mission.code,
            "title": mission.title,
            "partner": action.partner_institution,
            "country": country_name(action.country_code),
            "action": self.tr("{code} – {title}").format(code=action.code, title=action.title),
            "activities": "\n".join(f"{a.code} – {a.title}" for a in details.activities) or none,
            "dates": self.tr("{start} to {end}").format(
                start=locale.toString(qdate(mission.start_date), long_format),
                end=locale.toString(qdate(mission.end_date), long_format)),
            "modality": label(mission.modality),
            "status": label(mission.status),
            "themes": ", ".join(label(theme) for theme in mission.themes) or none,
            "cross_cutting": ", ".join(label(issue) for issue in mission.cross_cutting_issues) or none,
        }
        for key, value in values.items():
            self.fact_values[key].setText(value)

    def _render_timesheet(self, status: TimesheetStatus) -> None:
        self.timesheet_status_label.setText(self.tr("Timesheet: {status}").format(status=label(status)))
        allowed = allowed_actions(status)
        self.submit_button.setEnabled(TimesheetAction.SUBMIT in allowed)
        self.reopen_button.setEnabled(TimesheetAction.REOPEN in allowed)
        if status == TimesheetStatus.SUBMITTED:
            lock = self.tr("The timesheet is submitted: its days are locked and cannot be logged, changed "
                           "or deleted. Reopen it to change them.")
        elif status == TimesheetStatus.APPROVED:
            lock = self.tr("The timesheet is approved: its days are locked for good.")
        elif status == TimesheetStatus.RETURNED:
            lock = self.tr("The timesheet was returned for changes. Reopen it to change its days, then "
                           "submit it again.")
        else:
            lock = ""
        self.lock_label.setText(lock)
        self.lock_label.setVisible(bool(lock))
        self._render_error()

    def _render_error(self) -> None:
        self.error_label.setText(message(self._error) if self._error else "")
        self.error_label.setVisible(self._error is not None)

    def _render_budget(self, details: MissionDetails, budget: MissionBudget) -> None:
        activities, experts = self._activities, self._experts
        activity_ids = [a.id for a in details.activities]
        activity_ids += sorted(budget.by_activity.keys() - set(activity_ids), key=activities.__getitem__)
        expert_ids = [member.expert.id for member in details.team]
        expert_ids += sorted(budget.by_expert.keys() - set(expert_ids), key=experts.__getitem__)
        self.activity_rows = self._fill_budget_grid(
            self._activity_grid,
            [(key, activities[key], budget.by_activity.get(key)) for key in activity_ids])
        self.expert_rows = self._fill_budget_grid(
            self._expert_grid, [(key, experts[key], budget.by_expert.get(key)) for key in expert_ids])
        total = budget.total
        self.total_label.setText(self.tr("Total: {consumed} of {allocated} days").format(
            consumed=format_days_localised(total.consumed), allocated=format_days_localised(total.allocated)))
        overruns = [
            self.tr("{expert} has used {consumed} of {allocated} days on “{activity}”.").format(
                expert=self._experts.get(expert_id, expert_id),
                consumed=format_days_localised(line.consumed),
                allocated=format_days_localised(line.allocated),
                activity=self._activity_title_of(details, activity_id))
            for (expert_id, activity_id), line in budget.by_expert_activity.items() if line.exceeded
        ]
        if overruns:
            overruns.append(self.tr("Check with your coordinator before logging more days."))
        self.overrun_label.setText("\n".join(overruns))
        self.overrun_label.setVisible(bool(overruns))

    def _activity_title_of(self, details: MissionDetails, activity_id: str) -> str:
        for activity in details.activities:
            if activity.id == activity_id:
                return activity.title
        return self._activities.get(activity_id, activity_id)

    def _fill_budget_grid(self, grid: QtWidgets.QGridLayout,
                          lines: Sequence[tuple[str, str, BudgetLine | None]]) -> list[BudgetRow]:
        _clear(grid)
        rows = []
        for number, (key, name, line) in enumerate(lines):
            line = line or BudgetLine(key, 0, 0)
            name_label = _wrapping_label(name)
            bar = QtWidgets.QProgressBar()
            bar.setTextVisible(False)
            bar.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
            bar.setMaximum(max(line.allocated, line.consumed, 1))
            bar.setValue(line.consumed)
            days_label = _wrapping_label(self._days_text(line))
            if line.exceeded:
                bar.setStyleSheet(_BAR_OVERRUN_STYLE)
                days_label.setStyleSheet(_OVERRUN_STYLE)
            bar.setAccessibleName(days_label.text())
            grid.addWidget(name_label, number, 0)
            grid.addWidget(bar, number, 1)
            grid.addWidget(days_label, number, 2)
            rows.append(BudgetRow(key, line, name_label, bar, days_label))
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        return rows

    def _days_text(self, line: BudgetLine) -> str:
        consumed = format_days_localised(line.consumed)
        allocated = format_days_localised(line.allocated)
        if line.exceeded:
            return self.tr("{consumed} of {allocated} days, {over} over").format(
                consumed=consumed, allocated=allocated, over=format_days_localised(-line.remaining))
        return self.tr("{consumed} of {allocated} days, {left} left").format(
            consumed=consumed, allocated=allocated, left=format_days_localised(line.remaining))

    def _render_team(self, details: MissionDetails, budget: MissionBudget) -> None:
        allocated = {key: line.allocated for key, line in budget.by_expert.items()}
        rows = [[member.expert.name, label(member.member.role),
                 format_days_localised(allocated.get(member.expert.id, 0))] for member in details.team]
        self.team_cells = self._fill_table(
            self._team_grid, (self.tr("Expert"), self.tr("Role"), self.tr("Days allocated")), rows,
            self.tr("No expert is on the team yet."))

    def _render_counterparts(self, details: MissionDetails) -> None:
        rows = [[c.name, c.institution, c.role] for c in details.counterparts]
        self.counterpart_cells = self._fill_table(
            self._counterpart_grid, (self.tr("Name"), self.tr("Institution"), self.tr("Position")), rows,
            self.tr("No counterpart is recorded yet."))

    def _fill_table(self, grid: QtWidgets.QGridLayout, headers: Sequence[str], rows: Sequence[Sequence[str]],
                    empty: str) -> list[list[QtWidgets.QLabel]]:
        _clear(grid)
        if not rows:
            grid.addWidget(_wrapping_label(empty), 0, 0)
            return []
        for column, header in enumerate(headers):
            heading = _wrapping_label(header)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            grid.addWidget(heading, 0, column)
            grid.setColumnStretch(column, 1)
        cells = []
        for number, texts in enumerate(rows, start=1):
            row = [_wrapping_label(text) for text in texts]
            for column, cell in enumerate(row):
                grid.addWidget(cell, number, column)
            cells.append(row)
        return cells

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        names = {
            "code": self.tr("Code"),
            "title": self.tr("Title"),
            "partner": self.tr("Partner institution"),
            "country": self.tr("Country"),
            "action": self.tr("Action"),
            "activities": self.tr("Activities"),
            "dates": self.tr("Dates"),
            "modality": self.tr("Modality"),
            "status": self.tr("Status"),
            "themes": self.tr("Themes"),
            "cross_cutting": self.tr("Cross-cutting issues"),
        }
        for key, text in names.items():
            self._fact_names[key].setText(text)
        self.edit_button.setText(self.tr("Edit mission…"))
        self.history_button.setText(self.tr("History…"))
        self.history_button.setToolTip(self.tr(
            "Every change of the mission's record, here and on the computers it synced with, with the "
            "values replaced"))
        self.export_button.setText(self.tr("Export PDF…"))
        self.export_button.setToolTip(self.tr(
            "The timesheet, an attendance list, a deliverable or the mission report, in French, English or "
            "Spanish."))
        self.facts_box.setTitle(self.tr("Mission"))
        self.timesheet_box.setTitle(self.tr("Timesheet"))
        self.submit_button.setText(self.tr("Submit timesheet"))
        self.submit_button.setToolTip(self.tr("Send the logged days for approval; they are then locked."))
        self.reopen_button.setText(self.tr("Reopen timesheet"))
        self.reopen_button.setToolTip(self.tr("Unlock the days to change them; submit again afterwards."))
        self.budget_box.setTitle(self.tr("Days consumed and allocated"))
        self._activity_title.setText(self.tr("Per activity"))
        self._expert_title.setText(self.tr("Per expert"))
        self.team_box.setTitle(self.tr("Team"))
        self.counterparts_box.setTitle(self.tr("Counterparts"))
        self._render()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _clear(grid: QtWidgets.QGridLayout) -> None:
    """Remove and delete every widget of ``grid``."""
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
