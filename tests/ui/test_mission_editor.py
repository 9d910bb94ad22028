"""The mission editor: create offline, edit, refusals that write nothing, removals kept as tombstones."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from socieux_desktop.domain.errors import Code, Finding
from socieux_desktop.domain.model import (
    Activity,
    Allocation,
    CrossCuttingIssue,
    DayEntry,
    DayKind,
    Expert,
    Mission,
    MissionStatus,
    Modality,
    Sex,
    TeamMember,
    TeamRole,
    Theme,
    new_id,
)
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.messages import message
from socieux_desktop.ui.mission_editor import (
    ACTIVITY_CODE,
    ACTIVITY_TITLE,
    CP_INSTITUTION,
    CP_NAME,
    CP_POSITION,
    CP_SEX,
    EMAIL,
    FIRST_DAYS_COLUMN,
    INSTITUTION,
    NAME,
    ROLE,
    MissionEditorDialog,
)
from socieux_desktop.ui.qt import QtCore, QtWidgets
from tests.conftest import Sample


def make_dialog(qtbot: QtBot, workbook: Workbook, mission_id: str | None) -> MissionEditorDialog:
    dialog = MissionEditorDialog(workbook, mission_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def set_cell(table: QtWidgets.QTableWidget, row: int, column: int, text: str) -> None:
    item = table.item(row, column)
    assert item is not None
    item.setText(text)


def cell(table: QtWidgets.QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def combo(table: QtWidgets.QTableWidget, row: int, column: int) -> QtWidgets.QComboBox:
    widget = table.cellWidget(row, column)
    assert isinstance(widget, QtWidgets.QComboBox)
    return widget


def spin(table: QtWidgets.QTableWidget, row: int, column: int) -> QtWidgets.QDoubleSpinBox:
    widget = table.cellWidget(row, column)
    assert isinstance(widget, QtWidgets.QDoubleSpinBox)
    return widget


def choose(box: QtWidgets.QComboBox, value: object) -> None:
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def check(widget: QtWidgets.QListWidget, value: str) -> None:
    for number in range(widget.count()):
        item = widget.item(number)
        if item.data(QtCore.Qt.ItemDataRole.UserRole + 1) == value:
            item.setCheckState(QtCore.Qt.CheckState.Checked)
            return
    raise AssertionError(value)


def fill_mission_tab(dialog: MissionEditorDialog) -> None:
    dialog.code_edit.setText("TG-2026-02-M1")
    dialog.title_edit.setText("Registre social unique : diagnostic")
    dialog.action_code_edit.setText("TG-2026-02")
    dialog.action_title_edit.setText("Social registry of Togo")
    dialog.partner_edit.setText("Ministère du Développement à la base")
    choose(dialog.country_combo, "TG")
    dialog.start_edit.setDate(QtCore.QDate(2026, 9, 7))
    dialog.end_edit.setDate(QtCore.QDate(2026, 9, 18))
    choose(dialog.modality_combo, Modality.HYBRID.value)
    choose(dialog.status_combo, MissionStatus.PLANNED.value)
    check(dialog.themes_list, Theme.INFORMATION_SYSTEMS.value)
    check(dialog.issues_list, CrossCuttingIssue.REDUCING_INEQUALITY.value)


def test_a_new_mission_starts_with_the_profile_expert_as_lead(qtbot: QtBot, workbook: Workbook,
                                                              sample: Sample) -> None:
    dialog = make_dialog(qtbot, workbook, None)
    assert dialog.windowTitle() == "New mission"
    assert dialog.team_table.rowCount() == 1
    assert cell(dialog.team_table, 0, NAME) == sample.marie.name
    assert combo(dialog.team_table, 0, ROLE).currentData() == TeamRole.LEAD_EXPERT.value
    assert dialog.country_combo.currentData() is None
    assert dialog.end_edit.date() > dialog.start_edit.date()
    assert dialog.minimumWidth() >= 700


def test_creating_a_mission_offline_writes_all_it_holds(qtbot: QtBot, workbook: Workbook,
                                                       sample: Sample) -> None:
    dialog = make_dialog(qtbot, workbook, None)
    fill_mission_tab(dialog)
    dialog.add_activity()
    set_cell(dialog.activities_table, 0, ACTIVITY_TITLE, "Diagnostic of the registry")
    dialog.add_activity()
    set_cell(dialog.activities_table, 1, ACTIVITY_TITLE, "Roadmap")
    team = dialog.team_table
    assert team.columnCount() == FIRST_DAYS_COLUMN + 2
    assert team.horizontalHeaderItem(FIRST_DAYS_COLUMN + 1).text() == "Days on A2"
    spin(team, 0, FIRST_DAYS_COLUMN).setValue(4.5)
    spin(team, 0, FIRST_DAYS_COLUMN + 1).setValue(1)
    row = dialog.add_team_member()
    set_cell(team, row, NAME, "Kofi Mensah")
    set_cell(team, row, EMAIL, "kofi.mensah@example.gh")
    set_cell(team, row, INSTITUTION, "SSNIT")
    spin(team, row, FIRST_DAYS_COLUMN).setValue(2.5)
    cp = dialog.add_counterpart()
    table = dialog.counterparts_table
    assert cell(table, cp, CP_INSTITUTION) == "Ministère du Développement à la base"
    set_cell(table, cp, CP_NAME, "Akouvi Agbeko")
    set_cell(table, cp, CP_POSITION, "Head of the registry unit")
    choose(combo(table, cp, CP_SEX), Sex.FEMALE.value)

    assert dialog.apply(), dialog.error_label.text()
    details = workbook.mission_details(dialog.saved_mission_id)
    mission, action = details.mission, details.action
    assert (mission.code, mission.title, mission.start_date, mission.end_date) == (
        "TG-2026-02-M1", "Registre social unique : diagnostic", date(2026, 9, 7), date(2026, 9, 18))
    assert (mission.modality, mission.status) == (Modality.HYBRID, MissionStatus.PLANNED)
    assert mission.themes == (Theme.INFORMATION_SYSTEMS,)
    assert mission.cross_cutting_issues == (CrossCuttingIssue.REDUCING_INEQUALITY,)
    assert (action.code, action.title, action.partner_institution, action.country_code) == (
        "TG-2026-02", "Social registry of Togo", "Ministère du Développement à la base", "TG")
    assert [(a.code, a.title) for a in details.activities] == [
        ("A1", "Diagnostic of the registry"), ("A2", "Roadmap")]
    assert [(t.expert.name, t.member.role) for t in details.team] == [
        (sample.marie.name, TeamRole.LEAD_EXPERT), ("Kofi Mensah", TeamRole.EXPERT)]
    assert details.team[0].expert.id == sample.marie.id  # the profile expert, not a copy
    kofi = details.team[1].expert
    assert (kofi.email, kofi.home_institution) == ("kofi.mensah@example.gh", "SSNIT")
    codes = {a.id: a.code for a in details.activities}
    allocated = sorted((a.expert_id == kofi.id, codes[a.activity_id], a.half_days)
                       for a in details.allocations)
    assert allocated == [(False, "A1", 9), (False, "A2", 2), (True, "A1", 5)]
    [awa] = details.counterparts
    assert (awa.name, awa.role, awa.sex) == ("Akouvi Agbeko", "Head of the registry unit", Sex.FEMALE)
    assert any(s.id == mission.id for s in workbook.mission_summaries())


def test_a_refusal_in_the_last_tab_writes_nothing_of_the_others(qtbot: QtBot, workbook: Workbook,
                                                                sample: Sample) -> None:
    dialog = make_dialog(qtbot, workbook, None)
    fill_mission_tab(dialog)
    dialog.add_activity()
    set_cell(dialog.activities_table, 0, ACTIVITY_TITLE, "Diagnostic")
    dialog.add_counterpart()  # its name is missing: the last thing checked
    assert not dialog.apply()
    assert dialog.error_label.text() == message(Finding(Code.REQUIRED_FIELD, {"field": "name"}))
    assert dialog.tabs.currentIndex() == 2
    assert [s.code for s in workbook.mission_summaries()] == [sample.mission.code]
    assert [a.code for a in workbook.all(Activity)] == ["A1", "A2"]  # the sample's only


def test_editing_shows_the_mission_and_writes_only_what_changed(qtbot: QtBot, workbook: Workbook,
                                                                sample: Sample) -> None:
    before = workbook.mission_details(sample.mission.id)
    dialog = make_dialog(qtbot, workbook, sample.mission.id)
    assert dialog.windowTitle() == "Edit the mission"
    assert dialog.code_edit.text() == sample.mission.code
    assert dialog.partner_edit.text() == sample.action.partner_institution
    assert dialog.country_combo.currentData() == "CI"
    assert dialog.start_edit.date() == QtCore.QDate(2026, 3, 2)
    assert [cell(dialog.activities_table, r, ACTIVITY_CODE) for r in range(2)] == ["A1", "A2"]
    team = dialog.team_table
    assert [cell(team, r, NAME) for r in range(team.rowCount())] == [sample.marie.name, sample.jurate.name]
    assert [spin(team, 0, FIRST_DAYS_COLUMN + n).value() for n in range(2)] == [8, 2]
    assert [spin(team, 1, FIRST_DAYS_COLUMN + n).value() for n in range(2)] == [6, 0]
    counterparts = [cell(dialog.counterparts_table, r, CP_NAME) for r in range(2)]
    assert counterparts == ["Awa Koné", "Kouassi N'Guessan"]

    dialog.title_edit.setText("Diagnostic of 129 social centres")
    spin(team, 1, FIRST_DAYS_COLUMN + 1).setValue(1.5)  # Jūratė gets three half days on A2
    set_cell(dialog.activities_table, 1, ACTIVITY_TITLE, "Specifications")
    assert dialog.apply(), dialog.error_label.text()
    assert dialog.saved_mission_id == sample.mission.id
    after = workbook.mission_details(sample.mission.id)
    assert after.mission.title == "Diagnostic of 129 social centres"
    assert after.activities[1].title == "Specifications"
    assert [(a.expert_id, a.activity_id, a.half_days) for a in after.allocations
            if a not in before.allocations] == [(sample.jurate.id, sample.specifications.id, 3)]
    assert all(len(workbook.history(Allocation, a.id)) == 1 for a in before.allocations)
    assert len(workbook.history(Expert, sample.marie.id)) == 1  # unchanged, so not written again
    assert after.counterparts == before.counterparts


def test_an_end_before_the_start_is_refused_with_the_message_and_nothing_written(
        qtbot: QtBot, workbook: Workbook, sample: Sample) -> None:
    dialog = make_dialog(qtbot, workbook, sample.mission.id)
    dialog.title_edit.setText("A new title")
    dialog.end_edit.setDate(QtCore.QDate(2026, 3, 1))
    assert not dialog.apply()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == message(Finding(Code.END_BEFORE_START, {
        "start": "2026-03-02", "end": "2026-03-01"}))
    assert dialog.saved_mission_id == ""
    assert workbook.mission_details(sample.mission.id).mission == sample.mission
    dialog.end_edit.setDate(QtCore.QDate(2026, 3, 6))  # corrected: now it goes through
    assert dialog.apply()
    assert not dialog.error_label.isVisible()
    assert workbook.mission_details(sample.mission.id).mission.end_date == date(2026, 3, 6)


@pytest.mark.parametrize(("field", "widget"), [
    ("code", "code_edit"), ("title", "title_edit"), ("action_code", "action_code_edit"),
    ("action_title", "action_title_edit"), ("partner_institution", "partner_edit")])
def test_required_fields_of_the_mission(qtbot: QtBot, workbook: Workbook, sample: Sample, field: str,
                                        widget: str) -> None:
    dialog = make_dialog(qtbot, workbook, None)
    fill_mission_tab(dialog)
    dialog.tabs.setCurrentIndex(1)
    edit = getattr(dialog, widget)
    edit.setText("  ")
    assert not dialog.apply()
    assert dialog.error_label.text() == message(Finding(Code.REQUIRED_FIELD, {"field": field}))
    assert dialog.tabs.currentIndex() == 0 and dialog.focusWidget() is edit
    assert [s.code for s in workbook.mission_summaries()] == [sample.mission.code]


@pytest.mark.parametrize(("widget", "text", "says"), [
    ("code_edit", "M" * 41, "“Mission code” has 41 characters; it holds at most 40"),
    ("action_code_edit", "A" * 41, "“Action code” has 41 characters"),
    ("title_edit", "T" * 301, "“Title” has 301 characters; it holds at most 300"),
    ("partner_edit", "DAS\x1b", "holds a character that is not text (U+001B"),
])
def test_what_the_gate_refuses_is_told_at_its_field(qtbot: QtBot, workbook: Workbook, sample: Sample,
                                                    widget: str, text: str, says: str) -> None:
    dialog = make_dialog(qtbot, workbook, None)
    fill_mission_tab(dialog)
    dialog.tabs.setCurrentIndex(1)
    edit = getattr(dialog, widget)
    edit.setText(text)
    assert not dialog.apply()
    assert says in dialog.error_label.text()
    assert dialog.tabs.currentIndex() == 0 and dialog.focusWidget() is edit
    assert [s.code for s in workbook.mission_summaries()] == [sample.mission.code]


def test_a_country_and_the_names_of_activities_and_experts_are_required(
        qtbot: QtBot, workbook: Workbook, sample: Sample) -> None:
    dialog = make_dialog(qtbot, workbook, None)
    fill_mission_tab(dialog)
    dialog.country_combo.setCurrentIndex(0)
    assert not dialog.apply()
    assert "Country" in dialog.error_label.text()
    choose(dialog.country_combo, "TG")
    dialog.add_activity()
    assert not dialog.apply()
    assert dialog.error_label.text() == message(Finding(Code.REQUIRED_FIELD, {"field": "activity_title"}))
    assert dialog.tabs.currentIndex() == 1
    set_cell(dialog.activities_table, 0, ACTIVITY_TITLE, "Diagnostic")
    dialog.add_team_member()
    assert not dialog.apply()
    assert dialog.error_label.text() == message(Finding(Code.REQUIRED_FIELD, {"field": "name"}))
    assert [s.code for s in workbook.mission_summaries()] == [sample.mission.code]


def test_removing_an_activity_and_an_expert_tombstones_them_and_their_allocations(
        qtbot: QtBot, workbook: Workbook, sample: Sample) -> None:
    before = workbook.mission_details(sample.mission.id)
    dialog = make_dialog(qtbot, workbook, sample.mission.id)
    dialog.activities_table.setCurrentCell(1, ACTIVITY_CODE)  # A2, specifications
    dialog.remove_activity_button.click()
    assert dialog.activities_table.rowCount() == 1
    assert dialog.team_table.columnCount() == FIRST_DAYS_COLUMN + 1
    dialog.team_table.setCurrentCell(1, NAME)  # Jūratė
    dialog.remove_expert_button.click()
    dialog.counterparts_table.setCurrentCell(1, CP_NAME)  # Kouassi
    dialog.remove_counterpart_button.click()
    assert dialog.apply(), dialog.error_label.text()

    after = workbook.mission_details(sample.mission.id)
    assert [a.code for a in after.activities] == ["A1"]
    assert [t.expert.name for t in after.team] == [sample.marie.name]
    assert [(a.expert_id, a.activity_id) for a in after.allocations] == [
        (sample.marie.id, sample.diagnostic.id)]
    assert [c.name for c in after.counterparts] == ["Awa Koné"]
    assert workbook.get(Activity, sample.specifications.id) is None
    assert workbook.history(Activity, sample.specifications.id)[-1].op == "delete"
    jurate_member = next(t.member for t in before.team if t.expert.id == sample.jurate.id)
    assert workbook.history(TeamMember, jurate_member.id)[-1].op == "delete"
    assert workbook.get(Expert, sample.jurate.id) == sample.jurate  # the person stays in the workspace
    removed = [a for a in before.allocations if a not in after.allocations]
    assert len(removed) == 2 and all(workbook.history(Allocation, a.id)[-1].op == "delete" for a in removed)


def test_what_has_days_logged_cannot_be_removed(qtbot: QtBot, workbook: Workbook, sample: Sample) -> None:
    workbook.log_day(DayEntry(new_id(), sample.mission.id, sample.jurate.id, sample.diagnostic.id,
                              date(2026, 3, 3), DayKind.ON_SITE_WORK, 2))
    dialog = make_dialog(qtbot, workbook, sample.mission.id)
    dialog.activities_table.setCurrentCell(0, ACTIVITY_CODE)
    dialog.remove_activity_button.click()
    assert dialog.activities_table.rowCount() == 2
    assert "A1" in dialog.error_label.text() and dialog.error_label.isVisible()
    dialog.team_table.setCurrentCell(1, NAME)
    dialog.remove_expert_button.click()
    assert dialog.team_table.rowCount() == 2
    assert sample.jurate.name in dialog.error_label.text()


def test_allocations_take_half_days_and_refuse_other_fractions(qtbot: QtBot, workbook: Workbook,
                                                               sample: Sample) -> None:
    dialog = make_dialog(qtbot, workbook, sample.mission.id)
    days = spin(dialog.team_table, 0, FIRST_DAYS_COLUMN)
    assert days.singleStep() == 0.5
    days.setValue(2.3)
    assert not dialog.apply()
    assert dialog.error_label.text() == message(Finding(Code.INVALID_DAYS, {"value": days.text()}))
    assert dialog.tabs.currentIndex() == 1
    days.setValue(7.5)
    spin(dialog.team_table, 1, FIRST_DAYS_COLUMN).setValue(0)  # no days left: the allocation goes
    assert dialog.apply()
    allocated = {(a.expert_id, a.activity_id): a.half_days
                 for a in workbook.mission_details(sample.mission.id).allocations}
    assert allocated == {(sample.marie.id, sample.diagnostic.id): 15,
                         (sample.marie.id, sample.specifications.id): 4}


def test_a_new_team_member_already_in_the_workspace_is_recognised_by_e_mail(
        qtbot: QtBot, workbook: Workbook, sample: Sample) -> None:
    dialog = make_dialog(qtbot, workbook, None)
    fill_mission_tab(dialog)
    row = dialog.add_team_member()
    set_cell(dialog.team_table, row, NAME, "Jūratė Kazlauskienė")
    set_cell(dialog.team_table, row, EMAIL, "JURATE@example.lt")
    assert dialog.apply()
    team = workbook.mission_details(dialog.saved_mission_id).team
    assert sorted(t.expert.id for t in team) == sorted([sample.marie.id, sample.jurate.id])
    assert len(workbook.all(Expert)) == 2


def test_the_same_expert_twice_on_the_team_is_refused(qtbot: QtBot, workbook: Workbook,
                                                      sample: Sample) -> None:
    dialog = make_dialog(qtbot, workbook, sample.mission.id)
    row = dialog.add_team_member()
    set_cell(dialog.team_table, row, NAME, "Marie Lefèvre")
    set_cell(dialog.team_table, row, EMAIL, sample.marie.email)
    assert not dialog.apply()
    assert dialog.error_label.text() == "Marie Lefèvre is on the team twice. Remove one of the two rows."
    assert dialog.team_table.currentRow() == row
    assert len(workbook.mission_details(sample.mission.id).team) == 2


def test_ok_closes_only_a_valid_mission(qtbot: QtBot, workbook: Workbook, sample: Sample) -> None:
    dialog = make_dialog(qtbot, workbook, sample.mission.id)
    dialog.code_edit.clear()
    ok = dialog.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.isVisible()
    dialog.code_edit.setText("CI-2026-01-M9")
    ok.click()
    assert not dialog.isVisible()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert workbook.get(Mission, sample.mission.id).code == "CI-2026-01-M9"  # type: ignore[union-attr]


def test_a_language_change_relabels_choices(qtbot: QtBot, workbook: Workbook, sample: Sample) -> None:
    from socieux_desktop.ui.i18n import LanguageSwitcher

    dialog = make_dialog(qtbot, workbook, sample.mission.id)
    switcher = LanguageSwitcher(QtWidgets.QApplication.instance())  # type: ignore[arg-type]
    previous = QtCore.QLocale()
    try:
        switcher.switch("fr")
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.LanguageChange)
        assert dialog.status_combo.currentText() == "En cours"
        assert dialog.country_combo.currentData() == "CI"
        assert combo(dialog.team_table, 0, ROLE).currentText() != "Lead expert"
        assert "/" in dialog.start_edit.text() and dialog.start_edit.text().startswith("02/03/2026")
    finally:
        switcher.switch("en")
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.LanguageChange)
        QtCore.QLocale.setDefault(previous)
    assert dialog.status_combo.currentText() == "Ongoing"
