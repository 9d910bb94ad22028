"""The workshop dialog: the network, a real host on 127.0.0.1, people joining over HTTP with the PIN, the
participants table and its buttons, edits both ways with the open editor, and the end that closes access."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from pytestqt.qtbot import QtBot

from socieux_desktop.collab.attendance import WorkshopLog
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.domain.deliverables import (
    Deliverable,
    DeliverableKind,
    DeliverableLanguage,
    DeliverableStatus,
)
from socieux_desktop.domain.model import Sex, new_id
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.deliverable_editor import DeliverableEditor
from socieux_desktop.ui.qt import Qt, QtCore, QtWidgets
from socieux_desktop.ui.workshop_dialog import (
    ADDRESS_SETTING,
    INSTITUTION,
    JOINED,
    LOOPBACK,
    NAME,
    READ_ONLY,
    SECTION,
    SEX,
    STATE,
    WorkshopBridge,
    WorkshopDialog,
    network_choices,
)
from tests.collab.workshop_client import YClient, awareness_message
from tests.conftest import Sample

WAIT_MS = 20_000


@pytest.fixture
def store(workbook: Workbook) -> DeliverableStore:
    return DeliverableStore(workbook)


@pytest.fixture
def report(store: DeliverableStore, sample: Sample) -> Deliverable:
    deliverable = Deliverable(new_id(), sample.mission.id, DeliverableKind.ACTION_PLAN, "Plan d'action",
                              DeliverableLanguage.FR)
    store.create(deliverable)
    return deliverable


@pytest.fixture
def settings(tmp_path: Path) -> QtCore.QSettings:
    return QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)


@pytest.fixture
def editor(qtbot: QtBot, store: DeliverableStore, report: Deliverable) -> DeliverableEditor:
    made = DeliverableEditor(store, report.id, role="expert", author="Marie Lefèvre")
    qtbot.addWidget(made)
    made.show()
    return made


@pytest.fixture
def dialog(qtbot: QtBot, workbook: Workbook, report: Deliverable, editor: DeliverableEditor,
           settings: QtCore.QSettings) -> Iterator[WorkshopDialog]:
    shown = WorkshopDialog(workbook, report, editor, settings=settings, port=0)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.end_workshop()  # never leave a host listening after a failed test


def start_here(dialog: WorkshopDialog) -> None:
    assert dialog.select_network(LOOPBACK)
    dialog.start_button.click()
    assert dialog.running, dialog.error_label.text()


def join(dialog: WorkshopDialog, name: str = "Awa Koné", pin: str | None = None,
         sex: str | None = "female") -> requests.Response:
    body = {"name": name, "institution": "Direction de l'Action Sociale", "sex": sex,
            "pin": dialog.pin if pin is None else pin}
    return requests.post(dialog.url + "api/join", json=body, timeout=20)


def cells(dialog: WorkshopDialog, row: int = 0) -> dict[int, str]:
    return {column: dialog.model.index(row, column).data() for column in
            (NAME, INSTITUTION, SEX, JOINED, SECTION, STATE)}


def refused(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(5)
        return probe.connect_ex((LOOPBACK, port)) != 0


def test_the_networks_offered_end_with_this_computer_only(dialog: WorkshopDialog) -> None:
    choices = network_choices()
    assert choices[-1].address == LOOPBACK
    assert all(choice.address.count(".") == 3 for choice in choices)  # IPv4 only
    assert all(choice.interface for choice in choices[:-1])
    combo = dialog.network_combo
    assert combo.count() == len(choices)
    assert combo.itemText(combo.count() - 1) == "This computer only (127.0.0.1)"
    for index, choice in enumerate(choices[:-1]):
        assert combo.itemText(index) == f"{choice.interface} ({choice.address})"


def test_start_shows_the_link_its_qr_code_and_the_pin_and_remembers_the_network(
        qtbot: QtBot, dialog: WorkshopDialog, workbook: Workbook, report: Deliverable,
        editor: DeliverableEditor, settings: QtCore.QSettings) -> None:
    start_here(dialog)
    host = dialog.host
    assert host is not None
    assert dialog.url == host.url == f"http://127.0.0.1:{host.port}/"
    assert dialog.link_label.text() == dialog.url
    assert dialog.pin_label.text() == dialog.pin and len(dialog.pin) == 6 and dialog.pin.isdigit()
    pixmap = dialog.qr_label.pixmap()
    assert not pixmap.isNull() and pixmap.width() == pixmap.height() > 100
    assert dialog.session_box.isVisible() and not dialog.setup_box.isEnabled()
    assert settings.value(ADDRESS_SETTING) == LOOPBACK
    dialog.copy_button.click()
    assert QtWidgets.QApplication.clipboard().text() == dialog.url
    info = requests.get(dialog.url + "api/info", timeout=20).json()
    assert info == {"room": report.id, "title": "Plan d'action", "language": "fr"}

    again = WorkshopDialog(workbook, report, editor, settings=settings, port=0)
    qtbot.addWidget(again)
    assert again.network_combo.currentData() == LOOPBACK  # the network picked last time


def test_people_joining_fill_the_table_and_the_attendance(qtbot: QtBot, dialog: WorkshopDialog,
                                                          workbook: Workbook, report: Deliverable) -> None:
    start_here(dialog)
    assert join(dialog, pin="000000" if dialog.pin != "000000" else "111111").status_code == 403
    joined = join(dialog)
    assert joined.status_code == 200
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT_MS)
    row = cells(dialog)
    assert (row[NAME], row[INSTITUTION], row[SEX]) == ("Awa Koné", "Direction de l'Action Sociale",
                                                        "Female")
    assert row[STATE] == "Left"  # joined, not connected yet
    assert row[JOINED]
    assert join(dialog, "Kouassi N'Guessan", sex=None).status_code == 200
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT_MS)
    assert cells(dialog, 1)[SEX] == "Not specified"
    workshop_id = dialog.workshop_id
    assert workshop_id is not None
    log = WorkshopLog(workbook)
    attendees = log.participants(workshop_id)
    assert [(a.name, a.sex) for a in attendees] == [("Awa Koné", Sex.FEMALE), ("Kouassi N'Guessan", None)]
    assert log.get(workshop_id).deliverable_id == report.id
    assert log.get(workshop_id).ended_at is None
    dialog.end_workshop()
    assert log.get(workshop_id).ended_at is not None


def test_a_participant_connected_shows_where_they_write_and_their_edits_reach_the_editor(
        qtbot: QtBot, dialog: WorkshopDialog, editor: DeliverableEditor, store: DeliverableStore,
        report: Deliverable) -> None:
    start_here(dialog)
    host = dialog.host
    assert host is not None
    answer = join(dialog).json()
    client = YClient(host.port, report.id, answer["token"])
    try:
        client.sync()
        section = client.document.sections()[1]
        client.ws.send(awareness_message([(client.document.client_id, 1, {
            "user": {"name": "Awa Koné", "color": "#1f77b4"}, "participant_id": answer["participant_id"],
            "section": section.id})]))
        qtbot.waitUntil(lambda: cells(dialog)[STATE] == "Connected", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: cells(dialog)[SECTION] == section.title, timeout=WAIT_MS)
        assert section.title == "Actions"

        client.document.insert_body(section.id, 0, "Former 40 agents des centres sociaux.")
        qtbot.waitUntil(lambda: editor.document.section(section.id).body
                        == "Former 40 agents des centres sociaux.", timeout=WAIT_MS)
        assert store.load(report.id).section(section.id).body == "Former 40 agents des centres sociaux."

        first = client.document.sections()[0].id
        with qtbot.waitSignal(editor.local_update, timeout=WAIT_MS):  # handed out once the edit is done
            editor.document.insert_body(first, 0, "Objectif : des services de qualité.")
        client.until(lambda: client.body(0) == "Objectif : des services de qualité.")
    finally:
        client.close()


def test_read_only_and_remove_act_on_the_host(qtbot: QtBot, dialog: WorkshopDialog) -> None:
    start_here(dialog)
    host = dialog.host
    assert host is not None
    token = join(dialog).json()["token"]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT_MS)
    me = {"Authorization": f"Bearer {token}"}
    assert not dialog.read_only_button.isEnabled()
    dialog.view.selectRow(0)
    assert dialog.read_only_button.text() == "Make &read-only"
    dialog.read_only_button.click()
    assert host.participants()[0].read_only
    assert requests.get(dialog.url + "api/me", headers=me, timeout=20).json()["read_only"] is True
    assert dialog.model.index(0, READ_ONLY).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert dialog.read_only_button.text() == "Allow &writing"
    dialog.model.setData(dialog.model.index(0, READ_ONLY), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)  # the check box
    assert not host.participants()[0].read_only

    dialog.remove_button.click()
    box = next(w for w in QtWidgets.QApplication.topLevelWidgets()
               if isinstance(w, QtWidgets.QMessageBox) and w.isVisible())
    assert "Remove Awa Koné from the workshop?" in box.text()
    box.button(QtWidgets.QMessageBox.StandardButton.Cancel).click()
    assert not host.participants()[0].removed
    box = dialog.confirm_remove(host.participants()[0].id)
    assert box is not None
    [remove] = [b for b in box.buttons()
                if box.buttonRole(b) == QtWidgets.QMessageBox.ButtonRole.DestructiveRole]
    remove.click()
    assert host.participants()[0].removed
    assert requests.get(dialog.url + "api/me", headers=me, timeout=20).status_code == 401
    assert cells(dialog)[STATE] == "Removed"
    assert not dialog.remove_button.isEnabled()


def test_suggest_one_participant_then_everyone(qtbot: QtBot, dialog: WorkshopDialog) -> None:
    start_here(dialog)
    host = dialog.host
    assert host is not None
    token = join(dialog).json()["token"]
    join(dialog, name="Kouassi Yao", sex="male")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT_MS)
    me = {"Authorization": f"Bearer {token}"}
    assert not dialog.suggest_button.isEnabled()
    dialog.view.selectRow(0)
    assert dialog.suggest_button.text() == "Make &suggest"
    dialog.suggest_button.click()
    awa = next(p for p in host.participants() if p.name == "Awa Koné")
    assert awa.suggest and not awa.read_only
    assert requests.get(dialog.url + "api/me", headers=me, timeout=20).json()["suggest"] is True
    assert cells(dialog)[STATE].endswith(", suggests")
    assert dialog.suggest_button.text() == "Let write &directly"
    dialog.suggest_button.click()
    assert not next(p for p in host.participants() if p.name == "Awa Koné").suggest

    dialog.suggest_all_button.click()
    assert all(p.suggest for p in host.participants())
    assert join(dialog, name="Aya Traoré").json()["suggest"] is True  # whoever joins next too


def test_end_workshop_closes_the_port_and_says_so(qtbot: QtBot, dialog: WorkshopDialog,
                                                  report: Deliverable) -> None:
    start_here(dialog)
    host = dialog.host
    assert host is not None
    token = join(dialog).json()["token"]
    client = YClient(host.port, report.id, token)
    try:
        client.sync()
        with qtbot.waitSignal(dialog.ended):
            dialog.end_button.click()
        assert client.close_code() == 4000
    finally:
        client.close()
    assert not dialog.running
    assert refused(host.port)
    assert "access is closed" in dialog.status_label.text()
    assert not dialog.access_panel.isVisible()  # no link, code or PIN left to use
    assert not dialog.end_button.isEnabled()
    assert cells(dialog)[STATE] == "Left"

    first_workshop = dialog.workshop_id
    start_here(dialog)  # another workshop: a new host, attendance list and link
    assert dialog.workshop_id != first_workshop
    assert dialog.model.rowCount() == 0
    assert "access is closed" not in dialog.status_label.text()
    assert dialog.access_panel.isVisible() and dialog.link_label.text() == dialog.url


def test_closing_the_dialog_ends_the_workshop(qtbot: QtBot, dialog: WorkshopDialog) -> None:
    start_here(dialog)
    host = dialog.host
    assert host is not None
    dialog.close()
    assert not dialog.running
    assert refused(host.port)


def test_an_address_in_use_says_what_to_do(qtbot: QtBot, workbook: Workbook, report: Deliverable,
                                           editor: DeliverableEditor, settings: QtCore.QSettings) -> None:
    with socket.socket() as taken:
        taken.bind((LOOPBACK, 0))
        taken.listen()
        port = taken.getsockname()[1]
        dialog = WorkshopDialog(workbook, report, editor, settings=settings, port=port)
        qtbot.addWidget(dialog)
        dialog.select_network(LOOPBACK)
        assert not dialog.start_workshop()
    assert not dialog.running
    assert dialog.error_label.isVisibleTo(dialog)
    assert f"already uses port {port}" in dialog.error_label.text()
    assert "click Start again" in dialog.error_label.text()
    assert settings.value(ADDRESS_SETTING) is None


def test_a_locked_deliverable_cannot_start(dialog: WorkshopDialog, workbook: Workbook,
                                           report: Deliverable) -> None:
    with workbook.bulk_writer() as writer:  # approved at headquarters, as a pull would bring it
        writer.put(dataclasses.replace(report, status=DeliverableStatus.APPROVED))
    dialog.select_network(LOOPBACK)
    assert not dialog.start_workshop()
    assert not dialog.running
    assert "its text is locked" in dialog.error_label.text()


def test_the_bridge_hands_updates_from_another_thread_to_the_editor_in_order(
        qtbot: QtBot, editor: DeliverableEditor, store: DeliverableStore, report: Deliverable) -> None:
    import threading

    bridge = WorkshopBridge()
    other = store.load(report.id)
    section = other.sections()[0].id
    updates: list[bytes] = []
    other.on_update(lambda update, _origin: updates.append(update))
    for word in ("Un ", "deux ", "trois."):
        other.insert_body(section, len(other.text(section)), word)
    bridge.update_received.connect(editor.apply_remote)
    rows = store.row_count(report.id)
    received_in: list[bool] = []
    bridge.update_received.connect(
        lambda _update: received_in.append(QtCore.QThread.currentThread() is editor.thread()))
    worker = threading.Thread(target=lambda: [bridge.host_update(update) for update in updates])
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: editor.document.text(section) == "Un deux trois.", timeout=WAIT_MS)
    # the three were waiting together (the GUI thread ran no event before): handed on merged, as one,
    # and stored in one transaction
    assert received_in == [True]
    assert store.row_count(report.id) == rows + 1


def test_an_address_this_computer_no_longer_has_says_what_to_do(dialog: WorkshopDialog) -> None:
    ours = {choice.address for choice in network_choices()}
    gone = next(f"192.0.2.{n}" for n in range(1, 255) if f"192.0.2.{n}" not in ours)  # documentation range
    dialog.network_combo.addItem(f"Wi-Fi ({gone})", gone)  # the Wi-Fi went away since the list was made
    dialog.select_network(gone)
    assert not dialog.start_workshop()
    assert not dialog.running
    assert f"no longer has the address {gone}" in dialog.error_label.text()
    assert "click Refresh" in dialog.error_label.text()
    dialog.refresh_networks()
    assert dialog.network_combo.findData(gone) == -1


def test_wrong_pins_are_told_and_a_new_pin_opens_again(qtbot: QtBot, dialog: WorkshopDialog) -> None:
    start_here(dialog)
    old = dialog.pin
    for _ in range(5):
        assert join(dialog, pin="0000000").status_code == 403
    assert join(dialog).status_code == 429  # this address waits
    dialog.refresh_admission()
    assert dialog.pin_warning.isVisibleTo(dialog)
    assert "5 wrong PINs in the last minute" in dialog.pin_warning.text()
    dialog.new_pin_button.click()
    assert dialog.pin != old and dialog.pin_label.text() == dialog.pin
    assert not dialog.pin_warning.isVisibleTo(dialog)
    assert join(dialog, pin=old).status_code == 403
    assert join(dialog).status_code == 200


def test_undo_all_of_a_participants_edits(qtbot: QtBot, dialog: WorkshopDialog,
                                          editor: DeliverableEditor) -> None:
    start_here(dialog)
    host = dialog.host
    assert host is not None
    joined = join(dialog).json()
    client = YClient(host.port, joined["room"], joined["token"])
    try:
        client.sync()
        first = client.document.sections()[0]
        client.document.insert_body(first.id, 0, "Écrit par Awa. ")
        qtbot.waitUntil(lambda: "Écrit par Awa." in editor.document.text(first.id), timeout=WAIT_MS)
        dialog.view.selectRow(0)
        assert dialog.undo_button.text() == "&Undo all of Awa Koné's edits"
        dialog.undo_button.click()
        qtbot.waitUntil(lambda: editor.document.text(first.id) == first.body, timeout=WAIT_MS)
        client.until(lambda: client.body(0) == first.body)
    finally:
        client.close()


def test_restore_a_named_version_reaches_the_participants(qtbot: QtBot, dialog: WorkshopDialog,
                                                          editor: DeliverableEditor) -> None:
    from socieux_desktop.collab.annotations import Versions

    versions = Versions(editor.document)
    first = editor.document.sections()[0]
    versions.save("Avant l'atelier", "Marie Lefèvre")
    start_here(dialog)
    host = dialog.host
    assert host is not None
    joined = join(dialog).json()
    client = YClient(host.port, joined["room"], joined["token"])
    try:
        client.sync()
        client.document.insert_body(first.id, 0, "Ajout à retirer. ")
        qtbot.waitUntil(lambda: "Ajout à retirer." in editor.document.text(first.id), timeout=WAIT_MS)
        dialog.fill_restore_menu()
        [action] = dialog.restore_menu.actions()
        assert action.text() == "Avant l'atelier (Marie Lefèvre)"
        action.trigger()
        assert editor.document.text(first.id) == first.body

        def restored() -> bool:  # the editor hands its edits on from Qt's event loop: keep it running
            client.receive(0.05)
            return client.body(0) == first.body

        qtbot.waitUntil(restored, timeout=WAIT_MS)
    finally:
        client.close()
