"""A record's history: who changed what and when, with the values replaced, opened from the day log, the
mission editor and the deliverables list; the changes of a second laptop come through the real hub."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.model import Allocation, Counterpart, DayEntry, DayKind, Mission, new_id
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync.commands import sign_in, sync_now
from socieux_desktop.sync.credentials import TokenStore
from socieux_desktop.ui.day_log import DayLogWidget
from socieux_desktop.ui.deliverables import DeliverablesWidget
from socieux_desktop.ui.mission_editor import EXPERT_ROLE, FIRST_DAYS_COLUMN, MissionEditorDialog
from socieux_desktop.ui.qt import QtCore, QtGui, QtWidgets
from socieux_desktop.ui.record_history import (
    CHANGED,
    CREATED,
    DELETED,
    RESTORED,
    RecordHistoryDialog,
    history_rows,
)
from tests.conftest import Sample
from tests.sync.conftest import (
    PASSWORD,
    Hub,
    World,
    cheap_password_hashing,
    db_url,
    hub,
    laptops,
    tokens,
    world,
)
from tests.ui.test_lost_changes import screenshot

__all__ = ["cheap_password_hashing", "db_url", "hub", "laptops", "tokens", "world"]


def cells(dialog: RecordHistoryDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_the_history_shows_each_write_where_it_was_made_and_the_value_it_replaced(
        qtbot: QtBot, hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore,
        tmp_path: Path) -> None:
    first, second = laptops["first"], laptops["second"]
    for laptop in (first, second):
        sign_in(laptop, tokens, hub.url, "marie", PASSWORD)
    sync_now(first, tokens)
    mission = next(mission for mission in first.all(Mission) if mission.code == "CI-M1")
    activity = first.mission_details(mission.id).activities[0]
    entry = DayEntry(new_id(), mission.id, world.marie.expert_id, activity.id, date(2026, 3, 2),
                     DayKind.ON_SITE_WORK, 2, "Abidjan", "Visit of the social centre of Treichville")
    first.log_day(entry)
    sync_now(first, tokens)
    sync_now(second, tokens)
    second.log_day(dataclasses.replace(entry, place="Bouaké", half_days=1))
    sync_now(second, tokens)
    sync_now(first, tokens)
    first.delete_day(entry.id)
    first.log_day(dataclasses.replace(entry, place="Bouaké", half_days=1))  # undo brings it back

    dialog = RecordHistoryDialog(first, DayEntry, entry.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = cells(dialog)
    assert [row.what for row in dialog.model.rows()] == [RESTORED, DELETED, CHANGED, CHANGED, CREATED]
    assert rows[0][1:3] == ["This computer", "Brought back"]
    assert rows[1][1:3] == ["This computer", "Deleted"]
    another = f"Another computer ({second.device_id[:8]})"
    changed = {row[3]: row for row in rows[2:4]}
    assert changed["Place"][1:] == [another, "Changed", "Place", "Bouaké", "Abidjan"]
    assert changed["Days"][4:] == ["0.5", "1"]
    assert rows[4][1:3] == ["This computer", "Created"]
    assert dialog.heading.text() == "Day of 3/2/26: On-site work, Bouaké"
    screenshot(dialog, tmp_path, "record_history")


def test_history_rows_read_a_write_that_deletes_and_one_that_restores() -> None:
    from socieux_desktop.store.workbook import HistoryItem

    at = "2026-03-02T08:00:00+00:00"
    items = [HistoryItem("1", "d", at, "insert", {"id": "x", "deleted": False}, None),
             HistoryItem("2", "d", at, "delete", {"deleted": True}, {"deleted": False}),
             HistoryItem("3", "d", at, "update", {"deleted": False, "place": "Lomé"},
                         {"deleted": True, "place": "Kara"})]
    rows = history_rows(items)
    assert [(row.what, row.field, row.value, row.replaced) for row in rows] == [
        (RESTORED, None, None, None), (CHANGED, "place", "Lomé", "Kara"), (DELETED, None, None, None),
        (CREATED, None, None, None)]


def test_the_day_log_opens_the_history_of_the_day_under_the_cursor(
        qtbot: QtBot, workbook: Workbook, sample: Sample) -> None:
    entry = DayEntry(new_id(), sample.mission.id, sample.marie.id, sample.diagnostic.id, date(2026, 3, 2),
                     DayKind.ON_SITE_WORK, 2, "Abidjan")
    workbook.log_day(entry)
    widget = DayLogWidget(workbook, QtGui.QUndoStack())
    qtbot.addWidget(widget)
    widget.set_mission(sample.mission.id)
    assert widget.show_history() is None  # no row under the cursor
    widget.view.setCurrentIndex(widget.proxy.index(0, 0))
    assert widget.history_action in widget.view.actions()
    assert widget.history_action.text() == "History…"
    widget.history_action.trigger()
    dialog = widget.history
    assert isinstance(dialog, RecordHistoryDialog) and dialog.isVisible()
    assert (dialog.entity, dialog.entity_id) == ("day_entry", entry.id)
    assert [row.what for row in dialog.model.rows()] == [CREATED]
    dialog.close()


def test_the_mission_editor_opens_the_history_of_what_is_selected(
        qtbot: QtBot, workbook: Workbook, sample: Sample) -> None:
    workbook.save(dataclasses.replace(sample.awa, role="Head of the quality unit"))
    editor = MissionEditorDialog(workbook, sample.mission.id)
    qtbot.addWidget(editor)
    assert editor.history_button.text() == "&History…"
    editor.tabs.setCurrentIndex(0)
    editor.history_button.click()
    assert isinstance(editor.history, RecordHistoryDialog)
    assert (editor.history.cls, editor.history.entity_id) == (Mission, sample.mission.id)

    editor.tabs.setCurrentIndex(2)
    row = next(row for row in range(editor.counterparts_table.rowCount())
               if editor.counterparts_table.item(row, 0).text() == sample.awa.name)
    editor.counterparts_table.setCurrentCell(row, 0)
    editor.history_button.click()
    assert (editor.history.cls, editor.history.entity_id) == (Counterpart, sample.awa.id)
    assert [(row.what, row.field) for row in editor.history.model.rows()] == [
        (CHANGED, "role"), (CREATED, None)]

    allocation = workbook.mission_details(sample.mission.id).allocations[0]
    editor.tabs.setCurrentIndex(1)
    team_row = next(row for row in range(editor.team_table.rowCount())
                    if editor.team_table.item(row, 0).data(EXPERT_ROLE)
                    == allocation.expert_id)
    column = FIRST_DAYS_COLUMN + editor._activity_columns.index(allocation.activity_id)
    editor.team_table.setCurrentCell(team_row, column)
    editor.history_button.click()
    assert (editor.history.cls, editor.history.entity_id) == (Allocation, allocation.id)
    assert editor.history.heading.text().startswith("Days allocated to ")


def test_a_new_mission_has_no_history_to_show(qtbot: QtBot, workbook: Workbook) -> None:
    editor = MissionEditorDialog(workbook, None)
    qtbot.addWidget(editor)
    assert editor.history_button.isHidden()
    assert editor.show_history() is None


def test_the_deliverables_list_opens_the_history_of_the_selected_deliverable(
        qtbot: QtBot, workbook: Workbook, sample: Sample, tmp_path: Path) -> None:
    deliverable = Deliverable(new_id(), sample.mission.id, DeliverableKind.DIAGNOSTIC, "Diagnostic",
                              DeliverableLanguage.FR)
    DeliverableStore(workbook).create(deliverable)
    workbook.save(dataclasses.replace(deliverable, title="Diagnostic of the 129 social centres"))
    settings = QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    widget = DeliverablesWidget(workbook, settings=settings)
    qtbot.addWidget(widget)
    widget.set_mission(sample.mission.id)
    assert not widget.history_action.isEnabled()
    widget.select(deliverable.id)
    assert widget.history_action.isEnabled()
    widget.history_action.trigger()
    dialog = widget.history
    assert isinstance(dialog, RecordHistoryDialog)
    assert cells(dialog)[0][3:] == ["Title", "Diagnostic of the 129 social centres", "Diagnostic"]
    assert dialog.heading.text() == "Deliverable “Diagnostic of the 129 social centres”"
    assert isinstance(dialog.parent(), QtWidgets.QWidget)


def test_the_dashboard_opens_the_history_of_its_mission(
        qtbot: QtBot, workbook: Workbook, sample: Sample) -> None:
    from socieux_desktop.ui.dashboard import MissionDashboard

    workbook.save_mission(dataclasses.replace(sample.mission, title="Diagnostic of the 129 social centres"))
    dashboard = MissionDashboard(workbook)
    qtbot.addWidget(dashboard)
    assert dashboard.show_history() is None  # no mission shown yet
    dashboard.set_mission(sample.mission.id)
    assert dashboard.history_button.text() == "History…"
    dashboard.history_button.click()
    dialog = dashboard.history
    assert isinstance(dialog, RecordHistoryDialog) and (dialog.cls, dialog.entity_id) == (
        Mission, sample.mission.id)
    assert cells(dialog)[0][3:] == ["Title", "Diagnostic of the 129 social centres", sample.mission.title]
