"""The mission list: search, filters, selection, refresh, language switches, a workspace of 200 missions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from socieux_desktop.demo import generate
from socieux_desktop.domain.model import (
    Action,
    Activity,
    Allocation,
    DayEntry,
    DayKind,
    Mission,
    MissionStatus,
    Modality,
    TeamMember,
    TeamRole,
    new_id,
)
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.i18n import LanguageSwitcher
from socieux_desktop.ui.mission_list import (
    CODE,
    COUNTRY,
    DATES,
    DAYS,
    STATUS,
    TITLE,
    MissionListWidget,
)
from socieux_desktop.ui.qt import Qt, QtCore, QtWidgets, translate
from tests.conftest import Sample


@pytest.fixture
def peru(workbook: Workbook, sample: Sample) -> Mission:
    """A second, planned mission in Peru with accents in its title and one day logged of three."""
    action = Action(new_id(), "PE-2025-07", "Pensiones no contributivas", "Ministerio de Desarrollo e "
                    "Inclusión Social", "PE")
    activity = Activity(new_id(), action.id, "A1", "Diagnóstico")
    mission = Mission(new_id(), "PE-2025-07-M1", "Diagnóstico de Pensión 65", action.id,
                      date(2026, 5, 4), date(2026, 5, 15), Modality.HYBRID, MissionStatus.PLANNED)
    workbook.save(action, activity, mission,
                  TeamMember(new_id(), mission.id, sample.marie.id, TeamRole.LEAD_EXPERT),
                  Allocation(new_id(), mission.id, sample.marie.id, activity.id, 6))
    workbook.log_day(DayEntry(new_id(), mission.id, sample.marie.id, activity.id, date(2026, 5, 4),
                              DayKind.ON_SITE_WORK, 2))
    return mission


@pytest.fixture
def widget(qtbot: QtBot, workbook: Workbook, sample: Sample, peru: Mission) -> MissionListWidget:
    missions = MissionListWidget(workbook)
    qtbot.addWidget(missions)
    missions.resize(1100, 500)
    missions.show()
    qtbot.waitExposed(missions)
    return missions


def shown(widget: MissionListWidget, column: int = CODE) -> list[str]:
    return [widget.proxy.index(row, column).data() for row in range(widget.proxy.rowCount())]


def choose(combo: QtWidgets.QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_rows_show_the_missions_newest_first(widget: MissionListWidget, sample: Sample,
                                             peru: Mission) -> None:
    assert shown(widget) == [peru.code, sample.mission.code]
    assert shown(widget, COUNTRY) == ["Peru", "Côte d'Ivoire"]
    assert shown(widget, STATUS) == ["Planned", "Ongoing"]
    assert shown(widget, TITLE) == [peru.title, sample.mission.title]
    short = QtCore.QLocale.FormatType.ShortFormat
    start = QtCore.QLocale().toString(QtCore.QDate(2026, 5, 4), short)
    end = QtCore.QLocale().toString(QtCore.QDate(2026, 5, 15), short)
    assert shown(widget, DATES)[0] == f"{start} – {end}"
    assert shown(widget, DAYS) == ["1 / 3", "0 / 16"]
    assert widget.count_label.text() == "2 missions"


def test_search_matches_code_title_partner_and_country_whatever_the_case_and_accents(
        qtbot: QtBot, widget: MissionListWidget, sample: Sample, peru: Mission) -> None:
    qtbot.keyClicks(widget.search_edit, "pension")  # "Pensión" in the title
    assert shown(widget) == [peru.code]
    assert widget.count_label.text() == "1 mission"
    widget.search_edit.setText("COTE")  # the country's name, without its accent
    assert shown(widget) == [sample.mission.code]
    widget.search_edit.setText("action sociale")  # the partner institution
    assert shown(widget) == [sample.mission.code]
    widget.search_edit.setText("pe-2025")  # the code
    assert shown(widget) == [peru.code]
    widget.search_edit.setText("diagnostic centres")  # every word must match
    assert shown(widget) == [sample.mission.code]
    widget.search_edit.setText("nothing like this")
    assert shown(widget) == []
    assert widget.count_label.text() == "0 missions"
    widget.search_edit.clear()
    assert len(shown(widget)) == 2


def test_status_and_country_filters(widget: MissionListWidget, sample: Sample, peru: Mission) -> None:
    status = widget.status_filter
    assert status.itemText(0) == "All statuses"
    assert [status.itemText(n) for n in range(1, status.count())] == [
        "Planned", "Ongoing", "Completed", "Cancelled"]
    choose(status, MissionStatus.ONGOING.value)
    assert shown(widget) == [sample.mission.code]
    choose(status, MissionStatus.COMPLETED.value)
    assert shown(widget) == []
    status.setCurrentIndex(0)
    country = widget.country_filter
    assert [country.itemText(n) for n in range(country.count())] == ["All countries", "Côte d'Ivoire", "Peru"]
    choose(country, "PE")
    assert shown(widget) == [peru.code]
    choose(status, MissionStatus.ONGOING.value)  # both filters at once
    assert shown(widget) == []
    assert widget.count_label.text() == "0 missions"


def test_selection_emits_the_mission_id_and_empty_when_it_goes(
        qtbot: QtBot, widget: MissionListWidget, sample: Sample, peru: Mission) -> None:
    assert widget.selected_mission_id() is None
    with qtbot.waitSignal(widget.mission_selected) as blocker:
        widget.view.selectRow(1)
    assert blocker.args == [sample.mission.id]
    assert widget.selected_mission_id() == sample.mission.id
    widget.view.setFocus()
    with qtbot.waitSignal(widget.mission_selected) as blocker:
        qtbot.keyClick(widget.view, Qt.Key.Key_Up)
    assert blocker.args == [peru.id]
    with qtbot.waitSignal(widget.mission_selected) as blocker:
        widget.search_edit.setText("cote")  # the selected mission is filtered out
    assert blocker.args == [""]
    assert widget.selected_mission_id() is None


def test_select_mission_shows_it_even_when_filtered_out(
        qtbot: QtBot, widget: MissionListWidget, sample: Sample, peru: Mission) -> None:
    choose(widget.country_filter, "CI")
    with qtbot.waitSignal(widget.mission_selected) as blocker:
        widget.select_mission(peru.id)
    assert blocker.args == [peru.id]
    assert widget.country_filter.currentIndex() == 0
    assert widget.selected_mission_id() == peru.id
    with qtbot.waitSignal(widget.mission_selected) as blocker:
        widget.select_mission("no such mission")
    assert blocker.args == [""]


def test_activating_a_row_opens_the_mission(qtbot: QtBot, widget: MissionListWidget, peru: Mission) -> None:
    widget.select_mission(peru.id)
    widget.view.setFocus()
    with qtbot.waitSignal(widget.mission_activated) as blocker:
        qtbot.keyClick(widget.view, Qt.Key.Key_Return)
    assert blocker.args == [peru.id]


def test_refresh_keeps_the_selection_and_shows_new_missions(
        qtbot: QtBot, widget: MissionListWidget, workbook: Workbook, sample: Sample, peru: Mission) -> None:
    widget.select_mission(sample.mission.id)
    togo = Action(new_id(), "TG-2024-03", "Social protection information system", "Ministère du "
                  "Développement à la base", "TG")
    mission = Mission(new_id(), "TG-2024-03-M2", "Registry of households", togo.id, date(2026, 6, 1),
                      date(2026, 6, 12))
    workbook.save(togo, mission)
    with qtbot.assertNotEmitted(widget.mission_selected):
        widget.refresh()
    assert shown(widget) == [mission.code, peru.code, sample.mission.code]
    assert widget.selected_mission_id() == sample.mission.id
    assert widget.country_filter.findData("TG") > 0
    assert widget.count_label.text() == "3 missions"
    workbook.delete(Mission, sample.mission.id)
    with qtbot.waitSignal(widget.mission_selected) as blocker:
        widget.refresh()
    assert blocker.args == [""]
    assert shown(widget) == [mission.code, peru.code]
    assert widget.country_filter.findData("CI") < 0


def test_refresh_keeps_the_chosen_country(widget: MissionListWidget, peru: Mission) -> None:
    choose(widget.country_filter, "PE")
    widget.refresh()
    assert widget.country_filter.currentData() == "PE"
    assert shown(widget) == [peru.code]


def test_sorting_by_a_column(widget: MissionListWidget, sample: Sample, peru: Mission) -> None:
    widget.view.sortByColumn(CODE, Qt.SortOrder.AscendingOrder)
    assert shown(widget) == [sample.mission.code, peru.code]
    widget.view.sortByColumn(DAYS, Qt.SortOrder.DescendingOrder)
    assert shown(widget) == [peru.code, sample.mission.code]
    widget.view.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)  # planned before ongoing
    assert shown(widget) == [peru.code, sample.mission.code]


@pytest.fixture
def switcher(qapp: QtWidgets.QApplication) -> Iterator[LanguageSwitcher]:
    languages = LanguageSwitcher(qapp)
    previous = QtCore.QLocale()
    yield languages
    languages.switch("en")
    QtCore.QLocale.setDefault(previous)


def test_a_language_switch_translates_headers_filters_names_and_dates(
        qtbot: QtBot, widget: MissionListWidget, switcher: LanguageSwitcher, peru: Mission) -> None:
    widget.select_mission(peru.id)
    with qtbot.waitSignal(widget.model.headerDataChanged):
        switcher.switch("fr")
    assert shown(widget, COUNTRY) == ["Pérou", "Côte d'Ivoire"]
    assert shown(widget, STATUS)[0] == "Prévue"
    assert shown(widget, DATES)[0].startswith("04/05/2026")
    assert widget.status_filter.itemText(1) == "Prévue"
    assert widget.country_filter.itemText(2) == "Pérou"
    # The list's own texts follow whatever the French catalogue holds for them.
    assert widget.model.headerData(COUNTRY, Qt.Orientation.Horizontal) == translate(
        "MissionListModel", "Country")
    assert widget.status_filter.itemText(0) == translate("MissionListWidget", "All statuses")
    assert widget.country_filter.itemText(0) == translate("MissionListWidget", "All countries")
    widget.search_edit.setText("perou")  # the search finds the French name
    assert shown(widget) == [peru.code]
    assert widget.selected_mission_id() == peru.id
    widget.search_edit.clear()
    with qtbot.waitSignal(widget.model.headerDataChanged):
        switcher.switch("en")
    assert shown(widget, COUNTRY) == ["Peru", "Côte d'Ivoire"]
    assert widget.model.headerData(COUNTRY, Qt.Orientation.Horizontal) == "Country"
    assert widget.status_filter.itemText(0) == "All statuses"


@pytest.fixture
def large(tmp_path: Path) -> Iterator[Workbook]:
    book = Workbook.open(tmp_path / "large")
    generate(book, missions=200, day_entries=2000, seed=1)
    yield book
    book.close()


def test_a_workspace_of_200_missions_filters_correctly(qtbot: QtBot, large: Workbook) -> None:
    widget = MissionListWidget(large)
    qtbot.addWidget(widget)
    summaries = large.mission_summaries()
    assert widget.proxy.rowCount() == len(summaries) == 200
    assert widget.count_label.text() == "200 missions"
    codes = sorted({s.country_code for s in summaries})
    assert sorted(widget.country_filter.itemData(n) for n in range(1, widget.country_filter.count())) == codes
    for code in codes[:3]:
        choose(widget.country_filter, code)
        assert sorted(shown(widget)) == sorted(s.code for s in summaries if s.country_code == code)
    widget.country_filter.setCurrentIndex(0)
    for status in MissionStatus:
        choose(widget.status_filter, status.value)
        assert sorted(shown(widget)) == sorted(s.code for s in summaries if s.status == status.value)
    widget.status_filter.setCurrentIndex(0)
    target = summaries[123]
    widget.search_edit.setText(target.code)
    assert target.code in shown(widget)
    assert all(target.code.casefold() in code.casefold() for code in shown(widget))
    widget.search_edit.clear()
    widget.select_mission(target.id)
    widget.refresh()
    assert widget.selected_mission_id() == target.id
