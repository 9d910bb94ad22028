"""The changes a sync set aside, told in plain words and counted in the status bar: a hostile teammate's
changes written into the real hub's log behind its checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from socieux_desktop.domain.model import Counterpart, DayEntry, DayKind, Mission, new_id
from socieux_desktop.domain.records import to_record
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync.commands import sign_in, sync_now
from socieux_desktop.sync.credentials import TokenStore
from socieux_desktop.ui.qt import QtWidgets
from socieux_desktop.ui.record_history import shown
from socieux_desktop.ui.set_aside import SetAsideDialog
from socieux_desktop.ui.sync_review import SyncReviewWidget
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
from tests.sync.test_pull_gate import HostileDevice
from tests.ui.languages import language_switcher
from tests.ui.test_lost_changes import screenshot

__all__ = ["cheap_password_hashing", "db_url", "hub", "laptops", "tokens", "world"]


def test_the_set_aside_changes_are_listed_with_their_reason_in_words(
        qtbot: QtBot, qapp: QtWidgets.QApplication, hub: Hub, world: World, laptops: dict[str, Workbook],
        tokens: TokenStore, tmp_path: Path) -> None:
    laptop = laptops["first"]
    sign_in(laptop, tokens, hub.url, "marie", PASSWORD)
    sync_now(laptop, tokens)
    mission = next(mission for mission in laptop.all(Mission) if mission.code == "CI-M1")
    activity = laptop.mission_details(mission.id).activities[0]
    entry = DayEntry(new_id(), mission.id, world.marie.expert_id, activity.id, date(2026, 3, 2),
                     DayKind.ON_SITE_WORK, 2, "Abidjan")
    laptop.log_day(entry)
    sync_now(laptop, tokens)
    widget = SyncReviewWidget(laptop)
    qtbot.addWidget(widget)
    assert widget.set_aside_button.isHidden() and widget.lost_button.isHidden()

    hostile = HostileDevice(hub)
    hostile.write(mission.id, "day_entry", entry.id, {"half_days": 7})
    hostile.write(mission.id, "mission", mission.id, {"end_date": "2026-02-01"})
    hostile.write(mission.id, "day_entry", entry.id, {"half_days": "seven"})
    broken = Counterpart(new_id(), mission.id, "Awa \x00Koné")  # a NUL: not text
    hostile.write(mission.id, "counterpart", broken.id, {**to_record(broken), "deleted": False}, op="insert")
    sync_now(laptop, tokens)
    widget.refresh()
    assert not widget.set_aside_button.isHidden()
    assert widget.set_aside_button.text() == "4 changes set aside – review"

    widget.set_aside_button.click()
    dialog = widget.dialog
    assert isinstance(dialog, SetAsideDialog) and dialog.isVisible()
    rows = [[dialog.model.index(row, column).data() for column in range(3)]
            for row in range(dialog.model.rowCount())]
    assert rows[0][:2] == [
        "Day of 3/2/26: On-site work, Abidjan",
        "The rules refuse it: “3.5” is not a number of days. Log a half day (0.5) or a full day (1)."]
    assert rows[1][0] == "Mission CI-M1: Diagnostic mission"
    assert rows[1][1].startswith(
        "The rules refuse it: The mission ends on 2/1/26, before it starts on 3/2/26.")
    assert rows[2][1].startswith("It does not follow the sync protocol, so it could not be read (")
    assert "half_days" in rows[2][1]
    assert rows[3][0] == "A record this computer does not have"
    assert rows[3][1].startswith("It does not follow the sync protocol, so it could not be read (")
    assert "NUL" in rows[3][1]
    dialog.resize(1000, 360)
    screenshot(dialog, tmp_path, "set_aside")

    with language_switcher(qapp) as switcher:
        switcher.switch("es")
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Cambios apartados")
        assert dialog.model.index(0, 1).data().startswith("Las reglas la rechazan: ")
        assert widget.set_aside_button.text() == "4 cambios apartados – revisar"


def test_text_qt_cannot_hold_is_shown_by_its_escape() -> None:
    assert shown("Awa \ud800Koné") == "Awa \\ud800Koné"
    assert shown("Kouassi N'Guessan") == "Kouassi N'Guessan"
