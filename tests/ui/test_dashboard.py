"""The mission's dashboard: facts, team, budget with overrun warnings, and the timesheet's workflow."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from socieux_desktop.domain.errors import Code, Finding
from socieux_desktop.domain.model import DayEntry, DayKind, TeamRole, TimesheetStatus, new_id
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.dashboard import MissionDashboard
from socieux_desktop.ui.i18n import LanguageSwitcher
from socieux_desktop.ui.labels import label
from socieux_desktop.ui.messages import message
from socieux_desktop.ui.qt import QtCore, QtWidgets
from tests.conftest import Sample

MARCH_WORKDAYS = [date(2026, 3, day) for day in (2, 3, 4, 5, 6, 9, 10, 11, 12, 13)]


def log(workbook: Workbook, sample: Sample, days: list[date], *, expert: str | None = None,
        activity: str | None = None, half_days: int = 2) -> None:
    for day in days:
        workbook.log_day(DayEntry(new_id(), sample.mission.id, expert or sample.marie.id,
                                  activity or sample.diagnostic.id, day, DayKind.ON_SITE_WORK, half_days))


@pytest.fixture
def dashboard(qtbot: QtBot, workbook: Workbook, sample: Sample) -> MissionDashboard:
    shown = MissionDashboard(workbook)
    qtbot.addWidget(shown)
    shown.resize(900, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.set_mission(sample.mission.id)
    return shown


def long_date(day: date) -> str:
    return QtCore.QLocale().toString(QtCore.QDate(day.year, day.month, day.day),
                                     QtCore.QLocale.FormatType.LongFormat)


def test_the_facts_of_the_mission_are_shown(dashboard: MissionDashboard, sample: Sample) -> None:
    facts = {key: value.text() for key, value in dashboard.fact_values.items()}
    assert facts["code"] == "CI-2026-01-M1"
    assert facts["title"] == "Diagnostic of the social centres"
    assert facts["partner"] == "Direction de l'Action Sociale"
    assert facts["country"] == "Côte d'Ivoire"
    assert facts["action"] == "CI-2026-01 – Quality of services in 129 social centres"
    assert facts["activities"].splitlines() == ["A1 – Diagnostic of the social centres",
                                                "A2 – Specifications for 129 social centres"]
    assert facts["dates"] == f"{long_date(date(2026, 3, 2))} to {long_date(date(2026, 3, 13))}"
    assert (facts["modality"], facts["status"]) == ("On site", "Ongoing")
    assert (facts["themes"], facts["cross_cutting"]) == ("Social assistance", "Gender equality")
    assert dashboard.scroll_area.isVisible()
    assert not dashboard.empty_label.isVisible()


def test_team_and_counterparts_are_listed(dashboard: MissionDashboard) -> None:
    team = [[cell.text() for cell in row] for row in dashboard.team_cells]
    assert team == [["Marie Lefèvre", "Lead expert", "10"], ["Jūratė Kazlauskienė", "Expert", "6"]]
    counterparts = [[cell.text() for cell in row] for row in dashboard.counterpart_cells]
    assert counterparts == [["Awa Koné", "Direction de l'Action Sociale", "Director"],
                            ["Kouassi N'Guessan", "Direction de l'Action Sociale", "Head of unit"]]


def test_budget_per_activity_and_per_expert(dashboard: MissionDashboard, workbook: Workbook,
                                            sample: Sample) -> None:
    log(workbook, sample, MARCH_WORKDAYS[:3])
    log(workbook, sample, MARCH_WORKDAYS[:1], expert=sample.jurate.id, half_days=1)
    log(workbook, sample, MARCH_WORKDAYS[3:4], activity=sample.specifications.id)
    dashboard.refresh()

    by_activity = {row.key: row.days_label.text() for row in dashboard.activity_rows}
    assert by_activity == {sample.diagnostic.id: "3.5 of 14 days, 10.5 left",
                           sample.specifications.id: "1 of 2 days, 1 left"}
    assert [row.name_label.text() for row in dashboard.activity_rows] == [
        "A1 – Diagnostic of the social centres", "A2 – Specifications for 129 social centres"]
    by_expert = {row.key: row.days_label.text() for row in dashboard.expert_rows}
    assert by_expert == {sample.marie.id: "4 of 10 days, 6 left", sample.jurate.id: "0.5 of 6 days, 5.5 left"}
    assert dashboard.activity_rows[0].bar.value() == 7
    assert dashboard.activity_rows[0].bar.maximum() == 28
    assert dashboard.total_label.text() == "Total: 4.5 of 16 days"
    assert not dashboard.overrun_label.isVisible()
    assert not any(row.exceeded for row in dashboard.activity_rows + dashboard.expert_rows)


def test_an_exceeded_allocation_is_warned_about(dashboard: MissionDashboard, workbook: Workbook,
                                                sample: Sample) -> None:
    log(workbook, sample, MARCH_WORKDAYS[:9])  # Marie has 8 days on the diagnostic
    dashboard.refresh()

    assert dashboard.overrun_label.isVisible()
    assert dashboard.overrun_label.text().splitlines()[0] == (
        "Marie Lefèvre has used 9 of 8 days on “Diagnostic of the social centres”.")
    assert "#b00020" in dashboard.overrun_label.styleSheet()
    [diagnostic, _] = dashboard.activity_rows
    assert diagnostic.days_label.text() == "9 of 14 days, 5 left"  # the activity as a whole is within
    marie = next(row for row in dashboard.expert_rows if row.key == sample.marie.id)
    assert marie.days_label.text() == "9 of 10 days, 1 left"  # and so are her days on both activities


def test_an_overrun_of_a_whole_activity_styles_its_row(dashboard: MissionDashboard, workbook: Workbook,
                                                       sample: Sample) -> None:
    log(workbook, sample, MARCH_WORKDAYS[:3], activity=sample.specifications.id)  # 3 of 2 days
    dashboard.refresh()
    specifications = next(row for row in dashboard.activity_rows if row.key == sample.specifications.id)
    assert specifications.exceeded
    assert specifications.days_label.text() == "3 of 2 days, 1 over"
    assert "#b00020" in specifications.days_label.styleSheet()
    assert "#b00020" in specifications.bar.styleSheet()
    assert specifications.bar.value() == specifications.bar.maximum() == 6
    assert ("Marie Lefèvre has used 3 of 2 days on “Specifications for 129 social centres”."
            in dashboard.overrun_label.text())


def test_submitting_locks_and_reopening_unlocks(qtbot: QtBot, dashboard: MissionDashboard,
                                               workbook: Workbook, sample: Sample) -> None:
    log(workbook, sample, MARCH_WORKDAYS[:2])
    dashboard.refresh()
    assert dashboard.timesheet_status_label.text() == f"Timesheet: {label(TimesheetStatus.DRAFT)}"
    assert dashboard.submit_button.isEnabled() and not dashboard.reopen_button.isEnabled()
    assert not dashboard.lock_label.isVisible()

    with qtbot.waitSignal(dashboard.timesheet_changed) as blocker:
        dashboard.submit_button.click()
    assert blocker.args == [sample.mission.id]
    assert workbook.mission_details(sample.mission.id).mission.timesheet_status == TimesheetStatus.SUBMITTED
    assert dashboard.timesheet_status_label.text() == f"Timesheet: {label(TimesheetStatus.SUBMITTED)}"
    assert not dashboard.submit_button.isEnabled() and dashboard.reopen_button.isEnabled()
    assert dashboard.lock_label.isVisible()
    assert "locked" in dashboard.lock_label.text()

    with qtbot.waitSignal(dashboard.timesheet_changed):
        dashboard.reopen_button.click()
    assert workbook.mission_details(sample.mission.id).mission.timesheet_status == TimesheetStatus.DRAFT
    assert dashboard.timesheet_status_label.text() == f"Timesheet: {label(TimesheetStatus.DRAFT)}"
    assert dashboard.submit_button.isEnabled() and not dashboard.reopen_button.isEnabled()
    assert not dashboard.lock_label.isVisible()


def test_submitting_nothing_says_what_to_do_and_changes_nothing(
        qtbot: QtBot, dashboard: MissionDashboard, workbook: Workbook, sample: Sample) -> None:
    with qtbot.assertNotEmitted(dashboard.timesheet_changed):
        dashboard.submit_button.click()
    assert dashboard.error_label.isVisible()
    assert dashboard.error_label.text() == message(Finding(Code.NOTHING_TO_SUBMIT))
    assert "Log days before submitting" in dashboard.error_label.text()
    assert workbook.mission_details(sample.mission.id).mission.timesheet_status == TimesheetStatus.DRAFT
    assert dashboard.timesheet_status_label.text() == f"Timesheet: {label(TimesheetStatus.DRAFT)}"

    log(workbook, sample, MARCH_WORKDAYS[:1])
    dashboard.refresh()
    assert not dashboard.error_label.isVisible()


def test_the_edit_button_asks_to_edit_the_mission(qtbot: QtBot, dashboard: MissionDashboard,
                                                  sample: Sample) -> None:
    assert dashboard.edit_button.text() == "Edit mission…"
    with qtbot.waitSignal(dashboard.edit_requested) as blocker:
        dashboard.edit_button.click()
    assert blocker.args == [sample.mission.id]


def test_without_a_mission_a_sentence_says_how_to_choose_one(qtbot: QtBot, dashboard: MissionDashboard,
                                                            workbook: Workbook, sample: Sample) -> None:
    dashboard.set_mission(None)
    assert dashboard.empty_label.isVisible()
    assert dashboard.empty_label.text() == "Choose a mission in the list, or create one."
    assert not dashboard.scroll_area.isVisible()
    with qtbot.assertNotEmitted(dashboard.timesheet_changed):
        dashboard.submit_timesheet()

    dashboard.set_mission(sample.mission.id)
    workbook.delete(type(sample.mission), sample.mission.id)
    dashboard.refresh()
    assert dashboard.empty_label.isVisible()
    assert "no longer exists" in dashboard.empty_label.text()


def test_a_language_change_shows_again_every_text(qapp: QtWidgets.QApplication, qtbot: QtBot,
                                                  dashboard: MissionDashboard, workbook: Workbook,
                                                  sample: Sample) -> None:
    log(workbook, sample, MARCH_WORKDAYS[:9])
    dashboard.refresh()
    before = QtCore.QLocale()
    switcher = LanguageSwitcher(qapp)
    try:
        switcher.switch("fr")  # the translator has LanguageChange sent to every widget
        qtbot.waitUntil(lambda: dashboard.fact_values["modality"].text() == "Sur place")
        assert dashboard.fact_values["status"].text() == "En cours"
        assert long_date(date(2026, 3, 2)) in dashboard.fact_values["dates"].text()
        assert "mars" in dashboard.fact_values["dates"].text()
        assert [cell.text() for cell in dashboard.team_cells[0]][1] == label(TeamRole.LEAD_EXPERT)
        assert dashboard.overrun_label.isVisible()
        switcher.switch("en")
        qtbot.waitUntil(lambda: dashboard.fact_values["modality"].text() == "On site")
        assert "March" in dashboard.fact_values["dates"].text()
        assert dashboard.timesheet_status_label.text() == f"Timesheet: {label(TimesheetStatus.DRAFT)}"
    finally:
        switcher.switch("en")
        QtCore.QLocale.setDefault(before)


@pytest.mark.parametrize("width", [360, 900])
def test_a_small_window_scrolls_and_no_text_is_clipped(
        qtbot: QtBot, dashboard: MissionDashboard, workbook: Workbook, sample: Sample, width: int) -> None:
    log(workbook, sample, MARCH_WORKDAYS[:3], activity=sample.specifications.id)
    dashboard.refresh()
    dashboard.resize(width, 300)
    qtbot.wait(10)
    scroll = dashboard.scroll_area
    assert scroll.verticalScrollBar().maximum() > 0
    content = scroll.widget()
    assert content is not None
    assert content.width() - scroll.viewport().width() <= scroll.horizontalScrollBar().maximum()
    clipped = []
    for shown in content.findChildren(QtWidgets.QLabel) + content.findChildren(QtWidgets.QPushButton):
        if not shown.isVisible() or not shown.text():
            continue
        needed = (shown.heightForWidth(shown.width()) if isinstance(shown, QtWidgets.QLabel)
                  and shown.wordWrap() else shown.minimumSizeHint().height())
        if shown.width() < shown.minimumSizeHint().width() or shown.height() < needed:
            clipped.append(shown.text())
    assert not clipped
