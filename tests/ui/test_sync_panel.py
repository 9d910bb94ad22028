"""The sync panel against the real hub on loopback: signing in, Sync now off the GUI thread, the status
area (last sync, changes waiting, the last problem in plain words), signing out, the automatic syncs."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import PySide6
import pytest
import uvicorn
from keyring.backend import KeyringBackend
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from socieux_desktop.domain.model import Counterpart, Mission, new_id
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync import commands, protocol, texts
from socieux_desktop.sync.client import HUB_BUSY, NOT_THE_HUB, TLS_FAILURE, HubClient, Problem, SyncError
from socieux_desktop.sync.credentials import TokenStore
from socieux_desktop.sync.schedule import INTERVAL_SECONDS, AutoSync
from socieux_desktop.ui.qt import QtCore, QtNetwork, QtWidgets, Signal
from socieux_desktop.ui.sync_panel import (
    DEMO_WORKSPACE,
    SignInDialog,
    SignOutBox,
    SyncController,
    SyncMenu,
    SyncStatusWidget,
    attach_sync,
    problem_sentence,
    sign_in_problem_sentence,
    sign_out_needs_confirmation,
)
from socieux_hub.admin import Admin
from socieux_hub.app import create_app
from socieux_hub.db import Database
from tests.hub.conftest import PASSWORD, Hub, World, _free_socket, make_world
from tests.sync.conftest import cheap_password_hashing, db_url
from tests.ui.languages import language_switcher

__all__ = ["cheap_password_hashing", "db_url"]  # fixtures: the hub's cheap hashing, an SQLite hub

FAST = partial(HubClient, retries=0, backoff=0.0)
"""A client that tells a lost connection at once (the retries are the client's own tests)."""
Reachability = QtNetwork.QNetworkInformation.Reachability


class MemoryKeyring(KeyringBackend):
    """A keychain for the tests: kept in memory, with a positive priority like a real one."""

    priority = 1
    viable = False  # never chosen by keyring itself

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


@dataclass
class LiveHub(Hub):
    """The hub of ``tests/hub/conftest.py``, which this test can stop (the network goes away)."""

    stop: Callable[[], None] = lambda: None


@pytest.fixture
def hub(db_url: str) -> Iterator[LiveHub]:
    db = Database(db_url)
    db.migrate()
    sock = _free_socket()
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning", lifespan="off",
                                           timeout_graceful_shutdown=5))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the hub did not start"
        time.sleep(0.02)

    def stop() -> None:
        server.should_exit = True
        thread.join(15)
        sock.close()

    try:
        yield LiveHub(f"http://127.0.0.1:{port}", db, Admin(db), stop)
    finally:
        stop()
        db.dispose()


@pytest.fixture
def world(hub: LiveHub) -> World:
    return make_world(hub)


@pytest.fixture
def keychain() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def tokens(keychain: MemoryKeyring) -> TokenStore:
    store = TokenStore(keychain)
    assert store.persistent
    return store


@pytest.fixture
def make_controller(qtbot: QtBot, tokens: TokenStore) -> Iterator[Callable[..., SyncController]]:
    """Controllers whose automatic syncs wait a minute unless a test says otherwise."""
    made: list[SyncController] = []

    def make(workbook: Workbook, *, store: TokenStore | None = None, **options: Any) -> SyncController:
        settings: dict[str, Any] = {"client_factory": FAST, "start_delay_ms": 60_000,
                                    "write_delay_ms": 60_000, "watch_network": False, **options}
        controller = SyncController(workbook, store if store is not None else tokens, **settings)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
        qtbot.waitUntil(lambda c=controller: not c.is_busy(), timeout=30_000)  # type: ignore[misc]
        controller.runner.wait()
        controller.deleteLater()  # here, on the GUI thread: not later by the garbage collector of any thread
    made.clear()
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)


def sign_in(workbook: Workbook, tokens: TokenStore, hub: Hub, user: str = "marie") -> Workbook:
    commands.sign_in(workbook, tokens, hub.url, user, PASSWORD, client_factory=FAST)
    return workbook


def mission(workbook: Workbook, code: str) -> Mission:
    return next(m for m in workbook.all(Mission) if m.code == code)


def sync_and_wait(qtbot: QtBot, controller: SyncController) -> None:
    with qtbot.waitSignal(controller.synced, timeout=60_000):
        assert controller.sync_now()


def fail_and_wait(qtbot: QtBot, controller: SyncController) -> SyncError:
    with qtbot.waitSignal(controller.sync_failed, timeout=60_000) as failed:
        assert controller.sync_now()
    error = failed.args[0] if failed.args else None
    assert isinstance(error, SyncError)
    return error


def waiting(count: int) -> str:
    """The status's count of changes waiting, as the current catalogue says it."""
    return QtCore.QCoreApplication.translate("SyncStatusWidget", "%n change(s) waiting", None, count)


def status_widget(qtbot: QtBot, controller: SyncController) -> SyncStatusWidget:
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    return widget


class _Emitter(QtCore.QObject):
    fired = Signal()


def test_emitting_a_signal_keeps_true_alive() -> None:
    """Every ``emit()`` of PySide6 6.12.0 (Python 3.11) returns ``True`` without a reference of its own:
    a long session of the app would end in a crash. PySide6 6.11.3 does not; pin ``PySide6-Essentials``
    below 6.12 (or above 6.12.0 once fixed)."""
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.fired.emit()
    assert sys.getrefcount(True) - before >= 0, (
        f"PySide6 {PySide6.__version__} loses a reference to True at each emit(); the app would crash")


# --- Signing in ------------------------------------------------------------------------------------------


def test_signing_in_from_the_dialog_keeps_the_token_in_the_keychain_and_syncs_at_once(
        qtbot: QtBot, hub: LiveHub, world: World, workbook: Workbook, tokens: TokenStore,
        keychain: MemoryKeyring, make_controller: Callable[..., SyncController]) -> None:
    controller = make_controller(workbook)
    widget = status_widget(qtbot, controller)
    assert not widget.sync_button.isEnabled()
    assert "Not signed in" in widget.account_label.text()
    dialog = SignInDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.password_edit.echoMode() == QtWidgets.QLineEdit.EchoMode.Password
    assert dialog.keychain_label.isHidden()  # a keychain: no warning
    dialog.hub_edit.setText(hub.url)
    dialog.user_edit.setText("marie")
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(controller.synced, timeout=60_000):
        assert dialog.apply()
        assert not dialog.sign_in_button.isEnabled() and not dialog.busy_indicator.isHidden()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.password_edit.text() == ""
    assert controller.is_signed_in and controller.error is None
    assert list(keychain.stored.values()) == [tokens.load(hub.url, "marie")]
    assert mission(workbook, "CI-M1").title == "Diagnostic mission"  # what headquarters assigned came down
    assert {m.code for m in workbook.all(Mission)} == {"CI-M1"}
    assert widget.account_label.text() == "Signed in as marie"
    today = QtCore.QLocale().toString(QtCore.QDate.currentDate(), QtCore.QLocale.FormatType.ShortFormat)
    assert widget.last_sync_label.text().startswith("Last sync: ") and today in widget.last_sync_label.text()
    assert widget.pending_label.text() == waiting(0)
    assert widget.problem_label.isHidden() and widget.sync_button.isEnabled()


def test_a_wrong_password_is_said_and_nothing_is_kept(
        qtbot: QtBot, hub: LiveHub, world: World, workbook: Workbook, tokens: TokenStore,
        keychain: MemoryKeyring, make_controller: Callable[..., SyncController]) -> None:
    controller = make_controller(workbook)
    dialog = SignInDialog(controller)
    qtbot.addWidget(dialog)
    dialog.hub_edit.setText(hub.url)
    dialog.user_edit.setText("marie")
    dialog.password_edit.setText("not the password")
    assert dialog.apply()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=30_000)
    assert dialog.error_text().startswith("The user name or the password is wrong.")
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted and dialog.sign_in_button.isEnabled()
    assert not controller.is_signed_in and keychain.stored == {}


@pytest.mark.parametrize(("hub_text", "user", "password", "said"), [
    ("", "marie", PASSWORD, "Fill in the hub address"),
    ("hub.example.org", "marie", PASSWORD, "“hub.example.org” is not a hub address."),
    ("http://hub.example.org", "marie", PASSWORD, "The hub address must start with https://"),
    ("https://hub.example.org", "", PASSWORD, "Fill in the hub address"),
])
def test_what_cannot_be_sent_is_said_before_anything_starts(
        qtbot: QtBot, workbook: Workbook, make_controller: Callable[..., SyncController], hub_text: str,
        user: str, password: str, said: str) -> None:
    controller = make_controller(workbook)
    dialog = SignInDialog(controller)
    qtbot.addWidget(dialog)
    dialog.hub_edit.setText(hub_text)
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)
    assert not dialog.apply()
    assert dialog.error_text().startswith(said)
    assert not controller.is_busy()


def test_an_unreachable_hub_and_a_failed_tls_handshake_are_said_apart(
        qtbot: QtBot, hub: LiveHub, world: World, workbook: Workbook,
        make_controller: Callable[..., SyncController]) -> None:
    controller = make_controller(workbook)
    dialog = SignInDialog(controller)
    qtbot.addWidget(dialog)
    dialog.user_edit.setText("marie")
    dialog.password_edit.setText(PASSWORD)
    dialog.hub_edit.setText(hub.url.replace("http://", "https://"))  # the hub speaks plain HTTP here
    assert dialog.apply()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=30_000)
    assert dialog.error_text().startswith("The hub's certificate could not be verified")
    probe = _free_socket()
    unused = probe.getsockname()[1]
    probe.close()
    dialog.hub_edit.setText(f"http://127.0.0.1:{unused}")
    assert dialog.apply()
    assert dialog.error_text() == ""  # the previous problem is cleared while trying
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=30_000)
    assert dialog.error_text().startswith("The hub cannot be reached.")
    assert not controller.is_signed_in


def test_without_a_keychain_the_dialog_and_the_status_say_it_lasts_for_this_session(
        qtbot: QtBot, hub: LiveHub, world: World, workbook: Workbook,
        make_controller: Callable[..., SyncController]) -> None:
    memory_only = TokenStore(fail.Keyring())  # type: ignore[no-untyped-call]
    controller = make_controller(workbook, store=memory_only)
    widget = status_widget(qtbot, controller)
    dialog = SignInDialog(controller)
    qtbot.addWidget(dialog)
    assert not dialog.keychain_label.isHidden()
    assert "signed in for this session only" in dialog.keychain_label.text()
    dialog.hub_edit.setText(hub.url)
    dialog.user_edit.setText("marie")
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(controller.synced, timeout=60_000):
        dialog.apply()
    assert widget.account_label.text() == "Signed in as marie, for this session only"


def test_a_demo_workspace_is_refused_with_how_to_start_a_real_one(
        qtbot: QtBot, hub: LiveHub, world: World, workbook: Workbook, keychain: MemoryKeyring,
        make_controller: Callable[..., SyncController]) -> None:
    workbook.mark_demo()
    controller = make_controller(workbook, start_delay_ms=0)
    widget = status_widget(qtbot, controller)
    assert not controller.auto_timer.isActive() and not controller.sync_now()
    assert widget.account_label.text() == "Demo workspace"
    assert widget.problem_label.text().startswith("This is a demo workspace: it never syncs")
    assert "Start your own workspace" in widget.problem_label.text()
    assert not widget.sync_button.isEnabled() and widget.pending_label.isHidden()
    dialog = SignInDialog(controller)
    qtbot.addWidget(dialog)
    dialog.hub_edit.setText(hub.url)
    dialog.user_edit.setText("marie")
    dialog.password_edit.setText(PASSWORD)
    assert dialog.apply()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=30_000)
    assert dialog.error_text() == problem_sentence(Problem.REFUSED, DEMO_WORKSPACE)
    assert not controller.is_signed_in and keychain.stored == {}


# --- Syncing ---------------------------------------------------------------------------------------------


def test_sync_now_runs_off_the_gui_thread_one_at_a_time(
        qtbot: QtBot, hub: LiveHub, world: World, workbook: Workbook, tokens: TokenStore,
        make_controller: Callable[..., SyncController]) -> None:
    sign_in(workbook, tokens, hub)
    released = threading.Event()
    workers: list[int] = []

    def gated(*args: Any, **kwargs: Any) -> HubClient:
        """The sync waits until the GUI thread's event loop has turned: were the sync on the GUI thread,
        nothing would set the event and the sync would fail."""
        workers.append(threading.get_ident())
        if not released.wait(30):
            raise RuntimeError("the GUI thread did not turn while the sync ran")
        return FAST(*args, **kwargs)

    controller = make_controller(workbook, client_factory=gated)
    widget = status_widget(qtbot, controller)
    busy: list[bool] = []
    controller.busy_changed.connect(busy.append)
    ticks: list[int] = []
    ticker = QtCore.QTimer(controller)
    ticker.setInterval(0)

    def tick() -> None:
        ticks.append(1)
        if controller.is_busy() and workers:
            released.set()

    ticker.timeout.connect(tick)
    ticker.start()
    with qtbot.waitSignal(controller.synced, timeout=60_000):
        assert controller.sync_now()
        assert controller.is_busy() and not widget.busy_indicator.isHidden()
        assert not widget.sync_button.isEnabled() and widget.last_sync_label.text() == "Syncing…"
        assert not controller.sync_now()  # never two at once: this one runs after
    ticker.stop()
    assert released.is_set() and ticks
    assert workers and workers[0] != threading.get_ident()
    assert controller.worker_thread == workers[0]
    qtbot.waitUntil(lambda: not controller.is_busy() and len(busy) == 4, timeout=60_000)
    assert busy == [True, False, True, False]  # the second request ran after the first, not beside it
    assert widget.busy_indicator.isHidden() and widget.sync_button.isEnabled()


def test_changes_waiting_go_to_zero_after_a_sync(
        qtbot: QtBot, hub: LiveHub, world: World, workbook: Workbook, tokens: TokenStore,
        make_controller: Callable[..., SyncController]) -> None:
    controller = make_controller(sign_in(workbook, tokens, hub))
    widget = status_widget(qtbot, controller)
    assert widget.last_sync_label.text() == "Last sync: never"
    sync_and_wait(qtbot, controller)
    ci = mission(workbook, "CI-M1")
    workbook.save(*[Counterpart(new_id(), ci.id, f"Agent {n}") for n in range(3)])
    qtbot.waitUntil(lambda: widget.pending_label.text() == waiting(3))  # followed as written
    workbook.save(Counterpart(new_id(), ci.id, "One more"))
    qtbot.waitUntil(lambda: widget.pending_label.text() == waiting(4))
    sync_and_wait(qtbot, controller)
    assert widget.pending_label.text() == waiting(0) and workbook.pending_change_count() == 0
    names = {change.fields.get("name") for change in world.coordinator.pull_all()[0]}
    assert {"Agent 0", "Agent 1", "Agent 2", "One more"} <= names


def test_after_a_success_the_next_sync_is_planned_and_writes_go_up_by_themselves(
        qtbot: QtBot, hub: LiveHub, world: World, workbook: Workbook, tokens: TokenStore,
        make_controller: Callable[..., SyncController]) -> None:
    controller = make_controller(sign_in(workbook, tokens, hub), write_delay_ms=50)
    sync_and_wait(qtbot, controller)
    assert controller.auto_timer.isActive()
    assert controller.auto_timer.interval() == int(INTERVAL_SECONDS * 1000)
    ci = mission(workbook, "CI-M1")
    workbook.save(Counterpart(new_id(), ci.id, "Written while online"))
    assert controller.write_timer.isActive()  # the person's write, seen on the GUI thread
    with qtbot.waitSignal(controller.synced, timeout=60_000):
        pass  # the write timer starts the sync
    assert workbook.pending_change_count() == 0
    names = {change.fields.get("name") for change in world.jurate.pull_all()[0]}
    assert "Written while online" in names
    assert not controller.write_timer.isActive()  # the sync's own writes do not start it again


def test_signed_in_at_start_syncs_a_few_seconds_later(
        qtbot: QtBot, hub: LiveHub, world: World, workbook: Workbook, tokens: TokenStore,
        make_controller: Callable[..., SyncController]) -> None:
    sign_in(workbook, tokens, hub)
    controller = make_controller(workbook, start_delay_ms=10)
    assert controller.auto_timer.isActive() and controller.auto_timer.interval() == 10
    with qtbot.waitSignal(controller.synced, timeout=60_000):
        pass
    assert mission(workbook, "CI-M1")


def test_a_stopped_hub_says_no_connection_retries_and_syncs_when_the_network_is_back(
        qtbot: QtBot, hub: LiveHub, world: World, workbook: Workbook, tokens: TokenStore,
        make_controller: Callable[..., SyncController]) -> None:
    schedule = AutoSync(first_retry=15.0, jitter=lambda: 0.5)
    controller = make_controller(sign_in(workbook, tokens, hub), schedule=schedule)
    widget = status_widget(qtbot, controller)
    sync_and_wait(qtbot, controller)
    workbook.save(Counterpart(new_id(), mission(workbook, "CI-M1").id, "Written offline"))
    hub.stop()
    error = fail_and_wait(qtbot, controller)
    assert error.problem is Problem.NO_CONNECTION
    assert widget.problem_label.text().startswith("No connection to the hub.")
    assert widget.pending_label.text() == waiting(1)
    assert widget.last_sync_label.text() != "Last sync: never"  # the last success is still shown
    assert controller.auto_timer.isActive() and controller.auto_timer.interval() == 15_000
    controller.network_changed(Reachability.Disconnected)
    controller.network_changed(Reachability.Online)
    assert controller.auto_timer.isActive() and controller.auto_timer.interval() == 0


def test_the_network_coming_back_starts_a_sync(
        qtbot: QtBot, hub: LiveHub, world: World, workbook: Workbook, tokens: TokenStore,
        make_controller: Callable[..., SyncController]) -> None:
    controller = make_controller(sign_in(workbook, tokens, hub))
    controller.network_changed(Reachability.Disconnected)
    assert controller.auto_timer.interval() == 60_000  # the sync planned after the start
    with qtbot.waitSignal(controller.synced, timeout=60_000):
        controller.network_changed(Reachability.Online)
    assert mission(workbook, "CI-M1")


def test_a_revoked_sign_in_says_sign_in_again_and_waits_for_the_person(
        qtbot: QtBot, hub: LiveHub, world: World, workbook: Workbook, tokens: TokenStore,
        make_controller: Callable[..., SyncController]) -> None:
    controller = make_controller(sign_in(workbook, tokens, hub))
    widget = status_widget(qtbot, controller)
    sync_and_wait(qtbot, controller)
    hub.admin.reset_password("marie", "a new password at headquarters")  # every session signed out
    error = fail_and_wait(qtbot, controller)
    assert error.problem is Problem.LOGIN_NEEDED
    assert widget.problem_label.text().startswith("Your sign-in has ended. Sign in again")
    assert not controller.auto_timer.isActive()  # no retry: only the person can do this
    controller.network_changed(Reachability.Disconnected)
    controller.network_changed(Reachability.Online)
    assert not controller.auto_timer.isActive()
    restarted = make_controller(workbook)  # the problem is kept for the next start
    assert status_widget(qtbot, restarted).problem_label.text().startswith("Your sign-in has ended.")


def test_problems_in_plain_words() -> None:
    assert problem_sentence(Problem.HUB_ERROR).startswith("The hub had a problem on its side.")
    assert problem_sentence("no_connection").startswith("No connection to the hub.")
    refused = problem_sentence(Problem.REFUSED, "", "HTTP 413: the batch is too large")
    assert refused.startswith("The hub refused the sync. It said: “HTTP 413: the batch is too large”.")
    assert problem_sentence(Problem.NO_CONNECTION, TLS_FAILURE).startswith("The hub's certificate")
    assert problem_sentence(Problem.REFUSED, "forbidden", "CI-M2").startswith(
        "The hub refused changes to a mission you are not assigned to.")
    assert problem_sentence(Problem.REFUSED, "headquarters_only", "2 change(s)").startswith(
        "Some changes are for headquarters only: approving or returning a deliverable or a timesheet")
    assert problem_sentence("something new").startswith("The hub had a problem")
    at_sign_in = sign_in_problem_sentence(SyncError(Problem.NO_CONNECTION, "Wi-Fi page", NOT_THE_HUB))
    assert at_sign_in.startswith("Something other than the hub answered") and at_sign_in.endswith(
        "Then sign in again.")  # the app does not sign in again by itself


# --- Signing out -----------------------------------------------------------------------------------------


def test_signing_out_with_changes_waiting_asks_first(
        qtbot: QtBot, hub: LiveHub, world: World, workbook: Workbook, tokens: TokenStore,
        keychain: MemoryKeyring, make_controller: Callable[..., SyncController]) -> None:
    assert not sign_out_needs_confirmation(0) and sign_out_needs_confirmation(2)
    window = QtWidgets.QMainWindow()
    qtbot.addWidget(window)
    controller = make_controller(sign_in(workbook, tokens, hub))
    menu = SyncMenu(controller, window)
    sync_and_wait(qtbot, controller)
    ci = mission(workbook, "CI-M1")
    workbook.save(Counterpart(new_id(), ci.id, "Awa"), Counterpart(new_id(), ci.id, "Kouassi"))
    box = menu.sign_out()
    assert isinstance(box, SignOutBox) and box.isVisible()
    assert box.text() == QtCore.QCoreApplication.translate(
        "SignOutBox", "%n change(s) not yet sent to headquarters.", None, 2)
    assert box.sign_out_button.text() == "Sign out without sending"
    box.cancel_button.click()
    assert controller.is_signed_in and not controller.is_busy() and keychain.stored
    box = menu.sign_out()
    assert box is not None
    box.sign_out_button.click()
    qtbot.waitUntil(lambda: not controller.is_signed_in and not controller.is_busy(), timeout=30_000)
    assert keychain.stored == {} and workbook.pending_change_count() == 2  # kept on this computer
    assert not controller.auto_timer.isActive()


def test_signing_out_with_nothing_waiting_does_not_ask(
        qtbot: QtBot, hub: LiveHub, world: World, workbook: Workbook, tokens: TokenStore,
        keychain: MemoryKeyring, make_controller: Callable[..., SyncController]) -> None:
    controller = make_controller(sign_in(workbook, tokens, hub))
    menu = SyncMenu(controller)
    qtbot.addWidget(menu)
    sync_and_wait(qtbot, controller)
    token = tokens.load(hub.url, "marie")
    assert menu.sign_out() is None
    qtbot.waitUntil(lambda: not controller.is_signed_in and not controller.is_busy(), timeout=30_000)
    assert keychain.stored == {}
    assert not menu.sync_action.isEnabled() and not menu.sign_out_action.isEnabled()
    replay = HubClient(hub.url, token, retries=0)
    with pytest.raises(SyncError) as refused:  # the hub forgot the token too
        replay.pull("0", workbook.device_id)
    assert refused.value.problem is Problem.LOGIN_NEEDED


def test_a_sign_out_asked_for_during_a_sync_waits_for_it(
        qtbot: QtBot, hub: LiveHub, world: World, workbook: Workbook, tokens: TokenStore,
        keychain: MemoryKeyring, make_controller: Callable[..., SyncController]) -> None:
    sign_in(workbook, tokens, hub)
    released = threading.Event()

    def gated(*args: Any, **kwargs: Any) -> HubClient:
        released.wait(30)
        return FAST(*args, **kwargs)

    controller = make_controller(workbook, client_factory=gated)
    outcome: list[SyncError | None] = []
    with qtbot.waitSignal(controller.synced, timeout=60_000):
        assert controller.sync_now()
        assert controller.sign_out(on_done=outcome.append)  # waits for the sync
        assert not controller.sync_now()  # and no other sync starts meanwhile
        released.set()
    qtbot.waitUntil(lambda: outcome == [None], timeout=30_000)
    assert not controller.is_signed_in and keychain.stored == {} and not controller.auto_timer.isActive()


# --- The main window -------------------------------------------------------------------------------------


def test_attach_sync_adds_the_menu_and_the_status_and_retranslates(
        qtbot: QtBot, workbook: Workbook, tokens: TokenStore, tmp_path: Path) -> None:
    window = QtWidgets.QMainWindow()
    qtbot.addWidget(window)
    controller = attach_sync(window, workbook, tokens)
    try:
        assert controller.parent() is window
        menus = [action.menu() for action in window.menuBar().actions()]
        menu = next(m for m in menus if isinstance(m, SyncMenu))
        assert menu.title() == "S&ync"
        assert [a.text() for a in menu.actions()] == [
            "Sign &in…", "&Sync now", "Sign &out…", "", "Changes &lost in merges…", "Changes set &aside…"]
        assert menu.sync_action.shortcut().toString() == "F5"
        assert not menu.sync_action.isEnabled() and not menu.sign_out_action.isEnabled()
        widget = window.statusBar().findChild(SyncStatusWidget)
        assert isinstance(widget, SyncStatusWidget) and widget is controller.status_widget
        assert menu is controller.menu
        dialog = menu.open_sign_in()
        assert dialog.isVisible() and dialog.parent() is window
        menu.sign_in_action.setText("x")
        widget.sync_button.setText("x")
        dialog.sign_in_button.setText("x")
        for target in (menu, widget, dialog):
            QtCore.QCoreApplication.sendEvent(target, QtCore.QEvent(QtCore.QEvent.Type.LanguageChange))
        assert menu.sign_in_action.text() == "Sign &in…"
        assert widget.sync_button.text() == "Sync now"
        assert dialog.sign_in_button.text() == "&Sign in"
        dialog.reject()
    finally:
        controller.shutdown()


# --- The computer's clock and the hub asking to wait -----------------------------------------------------


def test_a_clock_hours_off_is_told_in_the_status_bar_in_each_language(
        qtbot: QtBot, qapp: QtWidgets.QApplication, hub: LiveHub, world: World, workbook: Workbook,
        tokens: TokenStore, make_controller: Callable[..., SyncController]) -> None:
    """The hub's Date says this computer is three hours ahead: the status bar says so, in the words
    ``socieux sync`` uses, and the sync went through all the same."""
    ahead = partial(HubClient, retries=0, backoff=0.0, wall_clock=lambda: time.time() + 3 * 3600)
    controller = make_controller(sign_in(workbook, tokens, hub), client_factory=ahead)
    widget = status_widget(qtbot, controller)
    assert widget.clock_label.isHidden()
    sync_and_wait(qtbot, controller)
    assert controller.error is None
    assert not widget.clock_label.isHidden()
    with language_switcher(qapp) as switcher:
        for language in texts.LANGUAGES:
            switcher.switch(language)
            widget.update_texts()
            assert widget.clock_label.toolTip() == texts.clock_sentence(language, 3 * 3600.0)
            assert widget.clock_label.toolTip().count("3") == 1
    controller.client_factory = FAST  # the clock was set right
    sync_and_wait(qtbot, controller)
    assert widget.clock_label.isHidden()


def test_the_status_bar_says_what_socieux_sync_says_in_each_language(qapp: QtWidgets.QApplication) -> None:
    errors = [SyncError(Problem.NO_CONNECTION, "reset"), SyncError(Problem.LOGIN_NEEDED, "ended"),
              SyncError(Problem.REFUSED, "HTTP 422: no"), SyncError(Problem.HUB_ERROR, "HTTP 500"),
              SyncError(Problem.NO_CONNECTION, "portal", NOT_THE_HUB),
              SyncError(Problem.HUB_ERROR, "busy", HUB_BUSY, retry_after=300.0)]
    with language_switcher(qapp) as switcher:
        for language in texts.LANGUAGES:
            switcher.switch(language)
            for error in errors:
                app = problem_sentence(error.problem, error.code, error.message, error.retry_after)
                cli = texts.error_sentence(language, error)
                retry = texts.text(language, "cli.retry")
                assert app.replace(QtCore.QCoreApplication.translate("SyncPanel", "The app tries again by "
                                                                     "itself."), retry).replace(
                    QtCore.QCoreApplication.translate("SyncPanel", "Sync > Sign in…"), "socieux login") == cli


def test_after_the_hub_asks_to_wait_the_next_automatic_sync_waits_that_long(
        qtbot: QtBot, workbook: Workbook, make_controller: Callable[..., SyncController]) -> None:
    controller = make_controller(workbook)
    controller._sync_failed(SyncError(Problem.HUB_ERROR, "busy", HUB_BUSY, retry_after=1200.0))
    assert controller.auto_timer.isActive() and controller.auto_timer.interval() == 1_200_000
    assert "20 min" in controller.problem()


def test_a_long_sync_shows_its_progress_and_cancel_stops_it_where_the_next_goes_on(
        qtbot: QtBot, hub: LiveHub, world: World, workbook: Workbook, tokens: TokenStore,
        make_controller: Callable[..., SyncController]) -> None:
    sign_in(workbook, tokens, hub)
    commands.sync_now(workbook, tokens, FAST)
    ci = mission(workbook, "CI-M1")
    workbook.save(*[Counterpart(new_id(), ci.id, f"Agent {n}") for n in range(1200)])  # two batches
    cancelled = threading.Event()

    class SecondPushWaits(HubClient):
        """The second batch goes only once the person has pressed Cancel (so the test does not race)."""

        pushes = 0

        def push(self, request: protocol.PushRequest) -> protocol.PushResponse:
            SecondPushWaits.pushes += 1
            if SecondPushWaits.pushes == 2 and not cancelled.wait(30):
                raise RuntimeError("Cancel was not pressed")
            return super().push(request)

    controller = make_controller(workbook, client_factory=partial(SecondPushWaits, retries=0, backoff=0.0))
    widget = status_widget(qtbot, controller)
    seen: list[str] = []

    def follow() -> None:
        seen.append(widget.last_sync_label.text())
        if controller.is_syncing and controller.progress is not None and not controller.cancelling:
            assert not widget.cancel_button.isHidden()
            widget.cancel_button.click()
            cancelled.set()

    controller.status_changed.connect(follow)
    failures: list[object] = []
    controller.sync_failed.connect(failures.append)
    assert controller.sync_now()
    qtbot.waitUntil(lambda: cancelled.is_set() and not controller.is_busy(), timeout=60_000)
    controller.status_changed.disconnect(follow)
    assert "Syncing… changes sent: 1000 of 1200; received: 0" in seen and "Stopping the sync…" in seen
    assert failures == [] and controller.error is None and widget.cancel_button.isHidden()
    # It stopped after a committed batch: the first (Cancel seen before the next began) or the second.
    assert workbook.pending_change_count() in (0, 200)
    sync_and_wait(qtbot, controller)  # goes on from there: what was sent is not sent again
    assert SecondPushWaits.pushes == 2 and workbook.pending_change_count() == 0
    names = [change.fields.get("name") for change in world.coordinator.pull_all()[0]]
    assert sum(1 for name in names if str(name).startswith("Agent ")) == 1200
