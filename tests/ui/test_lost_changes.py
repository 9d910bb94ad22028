"""The list of changes lost in merges, and the status-bar links to it, after real syncs of two laptops
through the hub on loopback: what the merge took is told in words, one click brings it back."""

from __future__ import annotations

import dataclasses
import os
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from socieux_desktop.domain.clock import HybridLogicalClock, wall_clock_ms
from socieux_desktop.domain.model import Counterpart, DayEntry, DayKind, Mission, new_id
from socieux_desktop.store.sync_review import SyncReview
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync.commands import sign_in, sync_now
from socieux_desktop.sync.credentials import TokenStore
from socieux_desktop.ui.lost_changes import LostChangesDialog
from socieux_desktop.ui.qt import QtWidgets
from socieux_desktop.ui.record_history import RecordHistoryDialog
from socieux_desktop.ui.sync_panel import SyncController, SyncMenu
from socieux_desktop.ui.sync_review import SyncReviewWidget, attach_review
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
from tests.ui.languages import language_switcher

__all__ = ["cheap_password_hashing", "db_url", "hub", "laptops", "tokens", "world"]


def screenshot(widget: QtWidgets.QWidget, tmp_path: Path, name: str) -> Path:
    """Save what the widget shows (``SOCIEUX_SCREENSHOTS`` names a folder to keep them in)."""
    folder = Path(os.environ.get("SOCIEUX_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def lost(hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore,
         ) -> tuple[Workbook, Workbook, DayEntry, Counterpart]:
    """Marie's first laptop after a sync that lost two of its writes: the place of a day (the second
    laptop wrote it later) and a counterpart the second laptop deleted."""
    first, second = laptops["first"], laptops["second"]
    for laptop in (first, second):
        sign_in(laptop, tokens, hub.url, "marie", PASSWORD)
    sync_now(first, tokens)
    mission = next(mission for mission in first.all(Mission) if mission.code == "CI-M1")
    activity = first.mission_details(mission.id).activities[0]
    entry = DayEntry(new_id(), mission.id, world.marie.expert_id, activity.id, date(2026, 3, 2),
                     DayKind.ON_SITE_WORK, 2, "Abidjan", "Visit of the social centre of Treichville")
    counterpart = Counterpart(new_id(), mission.id, "Awa Koné", "Direction de l'Action Sociale")
    first.log_day(entry)
    first.save(counterpart)
    sync_now(first, tokens)
    sync_now(second, tokens)
    second.clock = HybridLogicalClock(second.device_id, now_ms=lambda: wall_clock_ms() + 60_000)
    first.log_day(dataclasses.replace(entry, place="Yamoussoukro"))
    first.save(dataclasses.replace(counterpart, role="Director of social centres"))
    second.log_day(dataclasses.replace(entry, place="Bouaké"))
    second.delete(Counterpart, counterpart.id)
    sync_now(second, tokens)
    sync_now(first, tokens)
    return first, second, entry, counterpart


def test_the_list_tells_what_was_lost_and_brings_it_back(
        qtbot: QtBot, lost: tuple[Workbook, Workbook, DayEntry, Counterpart], tokens: TokenStore,
        tmp_path: Path) -> None:
    first, second, entry, counterpart = lost
    dialog = LostChangesDialog(first)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = {dialog.model.index(row, 1).data(): row for row in range(dialog.model.rowCount())}
    assert len(texts) == 2
    overwritten = next(text for text in texts if text.startswith("Place:"))
    assert "your “Yamoussoukro” was replaced by “Bouaké” from another computer" in overwritten
    deleted = next(text for text in texts if text.startswith("Deleted on another computer"))
    assert dialog.model.index(texts[deleted], 0).data() == "Counterpart Awa Koné"
    assert dialog.model.index(texts[overwritten], 0).data().startswith("Day of ")
    screenshot(dialog, tmp_path, "lost_changes")

    dialog.view.selectRow(texts[overwritten])
    with qtbot.waitSignal(dialog.changed):
        dialog.bring_back_button.click()
    assert first.get(DayEntry, entry.id) == dataclasses.replace(entry, place="Yamoussoukro")
    assert dialog.model.rowCount() == 1 and dialog.error_label.isHidden()

    dialog.view.selectRow(0)
    history = dialog.show_history()
    assert isinstance(history, RecordHistoryDialog) and history.entity == "counterpart"
    assert "(deleted)" in history.heading.text()
    history.close()
    with qtbot.waitSignal(dialog.changed):
        dialog.let_go_button.click()
    assert dialog.model.rowCount() == 0 and not dialog.empty_label.isHidden()
    assert not dialog.bring_back_button.isEnabled()
    assert first.get(Counterpart, counterpart.id) is None  # let go: it stays deleted

    sync_now(first, tokens)
    sync_now(second, tokens)
    assert second.get(DayEntry, entry.id) == dataclasses.replace(entry, place="Yamoussoukro")


def test_a_refusal_of_the_rules_is_told_and_the_change_stays_listed(
        qtbot: QtBot, lost: tuple[Workbook, Workbook, DayEntry, Counterpart], world: World) -> None:
    first, _second, entry, _counterpart = lost
    first.log_day(DayEntry(new_id(), entry.mission_id, world.marie.expert_id, entry.activity_id,
                           date(2026, 3, 3), DayKind.ON_SITE_WORK, 2))
    first.change_timesheet(entry.mission_id, "submit")  # the timesheet locks the days
    dialog = LostChangesDialog(first)
    qtbot.addWidget(dialog)
    row = next(row for row in range(dialog.model.rowCount())
               if dialog.model.row_at(row).entity == "day_entry")
    dialog.view.selectRow(row)
    assert not dialog.bring_back()
    assert "It cannot be brought back as it is: The timesheet of this mission is “Submitted”" in (
        dialog.error_label.text())
    assert dialog.model.rowCount() == 2


def test_the_status_bar_and_the_sync_menu_lead_to_the_lists(
        qtbot: QtBot, lost: tuple[Workbook, Workbook, DayEntry, Counterpart], tokens: TokenStore,
        tmp_path: Path) -> None:
    first = lost[0]
    window = QtWidgets.QMainWindow()
    qtbot.addWidget(window)
    controller = SyncController(first, tokens, parent=window, start_delay_ms=3_600_000,
                                watch_network=False)
    controller.auto_timer.stop()
    controller.menu = SyncMenu(controller, window)
    window.menuBar().addMenu(controller.menu)
    widget = attach_review(window, controller)
    window.resize(900, 300)
    window.show()
    qtbot.waitExposed(window)
    assert window.statusBar().findChild(SyncReviewWidget) is widget
    assert widget.lost_button.isVisible() and widget.lost_button.text() == (
        "2 changes lost in merges – review")
    assert not widget.set_aside_button.isVisible()
    screenshot(window, tmp_path, "status_bar_review")
    menu_texts = [action.text() for action in controller.menu.actions()]
    assert "Changes &lost in merges…" in menu_texts and "Changes set &aside…" in menu_texts

    widget.lost_button.click()
    dialog = widget.dialog
    assert isinstance(dialog, LostChangesDialog) and dialog.isVisible()
    dialog.view.selectRow(0)
    dialog.let_go()
    assert widget.lost_button.text() == "1 change lost in merges – review"
    dialog.close()

    SyncReview(first).dismiss(SyncReview(first).lost()[0].id)
    controller.status_changed.emit()  # after a sync or a write
    assert not widget.lost_button.isVisible()
    controller.shutdown()


def test_the_list_speaks_french(qtbot: QtBot, qapp: QtWidgets.QApplication,
                                lost: tuple[Workbook, Workbook, DayEntry, Counterpart],
                                tmp_path: Path) -> None:
    dialog = LostChangesDialog(lost[0])
    qtbot.addWidget(dialog)
    widget = SyncReviewWidget(lost[0])
    qtbot.addWidget(widget)
    with language_switcher(qapp) as switcher:
        switcher.switch("fr")  # LanguageChange reaches every widget
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Modifications perdues lors des fusions")
        assert dialog.bring_back_button.text() == "&Rétablir"
        texts = [dialog.model.index(row, 1).data() for row in range(dialog.model.rowCount())]
        assert any(text.startswith("Lieu : votre « Yamoussoukro » a été remplacé par « Bouaké »")
                   for text in texts)
        assert widget.lost_button.text() == "2 modifications perdues lors des fusions – voir"
        screenshot(dialog, tmp_path, "lost_changes_fr")
    qtbot.waitUntil(lambda: dialog.bring_back_button.text() == "&Bring back")
