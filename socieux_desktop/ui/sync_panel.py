"""Syncing with headquarters from the main window: a Sync menu, a status area, signing in and out.

:class:`SyncController` runs the sync commands (``sync/commands.py``) off the GUI thread through the
:class:`OperationRunner`, one at a time, and syncs by itself as :class:`AutoSync` says: a few seconds after
the start, again after each success, after a pause following a problem time may cure, at once when the
network is back, and half a minute after the person's last write. Using the workbook from a pool thread
is safe: the engine opens its own sessions on the workspace's SQLAlchemy engine (a pool of SQLite
connections usable from any thread, WAL, a busy timeout), and takes SQLite's write lock for each of its
transactions, so the person's writes on the GUI thread wait a moment at most.

:class:`SyncStatusWidget` goes into the status bar; :func:`attach_sync` puts everything into a main window.
The problems the sync module reports (:class:`Problem` and the error codes) become translated sentences
that say what to do here, in :func:`problem_sentence`.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable
from typing import Any, Final
from urllib.parse import urlsplit

from socieux_desktop.store.transactions import Commit
from socieux_desktop.store.workbook import DEMO, Workbook
from socieux_desktop.sync import commands, protocol, texts
from socieux_desktop.sync.client import HubClient, Problem, SyncError, check_hub_url
from socieux_desktop.sync.credentials import TokenStore
from socieux_desktop.sync.engine import SyncCancelled, SyncProgress, SyncReport
from socieux_desktop.sync.schedule import AutoSync
from socieux_desktop.ui.qt import (
    QT_TRANSLATE_NOOP,
    Qt,
    QtCore,
    QtGui,
    QtNetwork,
    QtWidgets,
    Signal,
    translate,
)
from socieux_desktop.ui.runner import OperationRunner

_CONTEXT: Final = "SyncPanel"
# The codes the sentences are chosen by (``sync.texts``), by the names the interface knows them by.
DEMO_WORKSPACE: Final = texts.DEMO_WORKSPACE
PENDING_CHANGES: Final = texts.PENDING_CHANGES
FORBIDDEN: Final = texts.FORBIDDEN
UNEXPECTED: Final = texts.UNEXPECTED

START_DELAY_MS: Final = 3_000
WRITE_DELAY_MS: Final = 30_000

_SENTENCES: Final[dict[str, str]] = {
    # the words of sync/texts.py, the command line's catalogue (tests/sync/test_texts.py checks it)
    "problem.no_connection": QT_TRANSLATE_NOOP(
        "SyncPanel", "No connection to the hub. Your changes are kept on this computer. {retry}"),
    "problem.login_needed": QT_TRANSLATE_NOOP(
        "SyncPanel", "Your sign-in has ended. Sign in again ({sign_in}) to keep syncing; nothing is lost "
        "meanwhile."),
    "problem.refused": QT_TRANSLATE_NOOP(
        "SyncPanel", "The hub refused the sync. It said: “{reason}”. Tell headquarters if you cannot "
        "correct it yourself."),
    "problem.hub_error": QT_TRANSLATE_NOOP(
        "SyncPanel", "The hub had a problem on its side. Nothing is lost. {retry} Tell headquarters if "
        "this goes on."),
    "code.tls_failure": QT_TRANSLATE_NOOP(
        "SyncPanel", "The hub's certificate could not be verified, so nothing was sent. On a hotel or "
        "airport Wi-Fi, open a web page first to sign in to the network. Otherwise check the hub "
        "address; if headquarters uses its own certificate authority, ask them for its file."),
    "code.demo_workspace": QT_TRANSLATE_NOOP(
        "SyncPanel", "This is a demo workspace: it never syncs with headquarters, so its made-up missions "
        "stay out of the real data. Start your own workspace (File > Start my own workspace…) and sign "
        "in from there."),
    "code.pending_changes": QT_TRANSLATE_NOOP(
        "SyncPanel", "Changes made under the current sign-in are not sent yet. Sync them first, or sign "
        "out (and confirm) before signing in as someone else."),
    "code.unsupported_protocol": QT_TRANSLATE_NOOP(
        "SyncPanel", "This version of the app and the hub do not speak the same sync protocol. Update the "
        "app, or ask headquarters."),
    "code.forbidden": QT_TRANSLATE_NOOP(
        "SyncPanel", "The hub refused changes to a mission you are not assigned to. Ask headquarters to "
        "assign you to it. The hub said: “{reason}”"),
    "code.headquarters_only": QT_TRANSLATE_NOOP(
        "SyncPanel", "Some changes are for headquarters only: approving or returning a deliverable or a "
        "timesheet (or undoing what headquarters approved or returned), a mission's team and allocated days, "
        "other people's details. The hub refused them, and they were undone on this computer; the rest of "
        "your work, text included, was synced."),
    "code.unexpected": QT_TRANSLATE_NOOP(
        "SyncPanel", "The sync stopped on an unexpected error ({reason}). Nothing is lost; try again, and "
        "tell headquarters if it goes on."),
    "code.not_the_hub": QT_TRANSLATE_NOOP(
        "SyncPanel", "Something other than the hub answered: a network's sign-in page (as in hotels and "
        "airports), a proxy, or a wrong hub address. Open a web page in your browser to sign in to the "
        "network, or check the hub address. Your changes are kept on this computer. {retry}"),
    "code.hub_busy": QT_TRANSLATE_NOOP(
        "SyncPanel", "The hub is busy and asked to wait about {minutes} min. Nothing is lost. {retry}"),
    "clock.ahead": QT_TRANSLATE_NOOP(
        "SyncPanel", "Your computer's clock is {amount} ahead of the hub's. Set this computer's date, "
        "time and time zone right in the system settings: your changes are synced all the same, but "
        "their dates come from this clock."),
    "clock.behind": QT_TRANSLATE_NOOP(
        "SyncPanel", "Your computer's clock is {amount} behind the hub's. Set this computer's date, time "
        "and time zone right in the system settings: your changes are synced all the same, but their "
        "dates come from this clock."),
    "clock.minutes": QT_TRANSLATE_NOOP("SyncPanel", "{count} minutes"),
    "clock.hours": QT_TRANSLATE_NOOP("SyncPanel", "{count} hours"),
    "clock.days": QT_TRANSLATE_NOOP("SyncPanel", "{count} days"),
}
_RETRY: Final = QT_TRANSLATE_NOOP("SyncPanel", "The app tries again by itself.")
"""What comes next after a problem time may cure, in the app (``{retry}`` in the sentences)."""
_SIGN_IN: Final = QT_TRANSLATE_NOOP("SyncPanel", "Sync > Sign in…")
_SIGN_IN_AGAIN: Final = QT_TRANSLATE_NOOP("SyncPanel", "Then sign in again.")
"""Where to sign in, in the app (``{sign_in}`` in the sentences)."""

_WRONG_PASSWORD: Final = QT_TRANSLATE_NOOP(
    "SyncPanel", "The user name or the password is wrong. Check both and try again; headquarters can reset "
    "your password.")
_UNREACHABLE: Final = QT_TRANSLATE_NOOP(
    "SyncPanel", "The hub cannot be reached. Check the hub address and your connection, then try again.")
_NOT_AN_ADDRESS: Final = QT_TRANSLATE_NOOP(
    "SyncPanel", "“{address}” is not a hub address. Write it like https://hub.example.org.")
_NEEDS_HTTPS: Final = QT_TRANSLATE_NOOP(
    "SyncPanel", "The hub address must start with https:// so that your password and your sign-in do not "
    "travel in clear (http:// is accepted only for a hub on this computer).")


def problem_sentence(problem: Problem | str, code: str = "", message: str = "",
                     retry_after: float | None = None, *, retry: str = _RETRY) -> str:
    """What went wrong and what to do, in the current language: the sentence ``socieux sync`` prints.
    ``message`` is the sync module's own sentence (English, or the hub's words), shown as the reason of a
    refusal; ``retry_after`` the pause the hub asked for; ``retry`` what comes next (untranslated)."""
    key = texts.sentence_key(problem, code, retry_after)
    return translate(_CONTEXT, _SENTENCES[key]).format(
        reason=message, retry=translate(_CONTEXT, retry), sign_in=translate(_CONTEXT, _SIGN_IN),
        minutes=texts.wait_minutes(retry_after))


def clock_sentence(skew: float | None) -> str:
    """What to tell about this computer's clock, ``skew`` seconds ahead of the hub's (negative: behind),
    in the current language; empty when it is right."""
    parts = texts.clock_parts(skew)
    if parts is None:
        return ""
    key, unit, count = parts
    amount = translate(_CONTEXT, _SENTENCES[unit]).format(count=count)
    return translate(_CONTEXT, _SENTENCES[key]).format(amount=amount)


def sign_in_problem_sentence(error: SyncError) -> str:
    """Why signing in failed: at sign-in, a refused password and an unreachable hub say so plainly."""
    if texts.sentence_key(error.problem, error.code, error.retry_after).startswith("problem."):
        if error.problem is Problem.LOGIN_NEEDED:
            return translate(_CONTEXT, _WRONG_PASSWORD)
        if error.problem is Problem.NO_CONNECTION:
            return translate(_CONTEXT, _UNREACHABLE)
    return problem_sentence(error.problem, error.code, error.message, error.retry_after,
                            retry=_SIGN_IN_AGAIN)  # signing in is not tried again by itself


def hub_address_problem(address: str) -> str | None:
    """None for an address the app accepts, else the sentence that says how to write it."""
    try:
        check_hub_url(address)
    except SyncError:
        parts = urlsplit(address.strip())
        if parts.scheme == "http" and parts.hostname and not (parts.query or parts.fragment):
            return translate(_CONTEXT, _NEEDS_HTTPS)
        return translate(_CONTEXT, _NOT_AN_ADDRESS).format(address=address.strip())
    return None


def format_moment(iso: str) -> str:
    """A moment kept in ISO 8601 (UTC), in local time and the current locale's short format."""
    moment = QtCore.QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QtCore.QLocale().toString(moment.toLocalTime(), QtCore.QLocale.FormatType.ShortFormat)


def _as_sync_error(error: Exception) -> SyncError:
    if isinstance(error, SyncError):
        return error
    return SyncError(Problem.HUB_ERROR, f"{type(error).__name__}: {error}", UNEXPECTED)


# --- The controller --------------------------------------------------------------------------------------


class SyncController(QtCore.QObject):
    """Signs in and out and syncs one workbook, off the GUI thread, one operation at a time."""

    status_changed = Signal()
    """The status (account, last sync, changes waiting, last problem) may have changed."""
    busy_changed = Signal(bool)
    synced = Signal(object)
    """A sync succeeded; its :class:`SyncReport`."""
    sync_failed = Signal(object)
    """A sync failed; its :class:`SyncError`."""
    _local_commit = Signal()
    _progressed = Signal(object)

    def __init__(self, workbook: Workbook, tokens: TokenStore, runner: OperationRunner | None = None,
                 parent: QtCore.QObject | None = None, *, schedule: AutoSync | None = None,
                 client_factory: commands.ClientFactory = HubClient, start_delay_ms: int = START_DELAY_MS,
                 write_delay_ms: int = WRITE_DELAY_MS, watch_network: bool = True) -> None:
        super().__init__(parent)
        self.workbook = workbook
        self.tokens = tokens
        self.runner = runner if runner is not None else OperationRunner(self._unexpected, self)
        self.schedule = schedule if schedule is not None else AutoSync()
        self.client_factory = client_factory
        self.error: SyncError | None = None
        """The last failure of this session (None after a success); it knows more than the kept outcome."""
        self.clock_skew: float | None = None
        """How far this computer's clock was from the hub's at the last sync that reached it (seconds
        ahead; negative: behind), None before one."""
        self.worker_thread: int | None = None
        """The id of the thread that ran the last operation (it is never the GUI thread)."""
        self._busy = False
        self._again = False
        self._queued: Callable[[], Any] | None = None
        """A sign-out asked for while another operation ran."""
        self.progress: SyncProgress | None = None
        """How far the running sync is (None before its first batch or page, and when none runs)."""
        self._cancel = threading.Event()
        self._syncing = False
        self.menu: SyncMenu | None = None
        self.status_widget: SyncStatusWidget | None = None
        self._status = commands.status(workbook)

        self.auto_timer = QtCore.QTimer(self)
        """When the next automatic sync starts (single shot; inactive: none planned)."""
        self.auto_timer.setSingleShot(True)
        self.auto_timer.timeout.connect(self.auto_sync)
        self.write_timer = QtCore.QTimer(self)
        """Restarted by each local write; when it fires, the writes go up."""
        self.write_timer.setSingleShot(True)
        self.write_timer.setInterval(write_delay_ms)
        self.write_timer.timeout.connect(self._after_writes)
        self._refresh_timer = QtCore.QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(100)
        self._refresh_timer.timeout.connect(self.refresh)

        self._local_commit.connect(self._on_local_commit)
        self._progressed.connect(self._on_progress)  # emitted in the worker, received on the GUI thread
        self._stop_listening = workbook.on_commit(self._commit_listener())
        self._reachability: QtNetwork.QNetworkInformation.Reachability | None = None
        if watch_network:
            self._watch_network()
        if self.can_sync:
            self.auto_timer.start(start_delay_ms)

    # -- state -------------------------------------------------------------------------------------

    @property
    def status(self) -> commands.SyncStatus:
        return self._status

    @property
    def is_demo(self) -> bool:
        return self.workbook.kind == DEMO

    @property
    def is_signed_in(self) -> bool:
        return self._status.account is not None

    @property
    def can_sync(self) -> bool:
        return self.is_signed_in and not self.is_demo

    def is_busy(self) -> bool:
        return self._busy

    def problem(self) -> str:
        """The last problem as a sentence that says what to do; empty when the last sync went well."""
        if self.error is not None:
            return problem_sentence(self.error.problem, self.error.code, self.error.message,
                                    self.error.retry_after)
        outcome = self._status.outcome
        if outcome.last_problem:
            return problem_sentence(outcome.last_problem, "", outcome.last_message or "")
        return ""

    def clock_problem(self) -> str:
        """What to tell about this computer's clock, from the hub's last answer; empty when it is right."""
        return clock_sentence(self.clock_skew)

    def refresh(self) -> None:
        self._status = commands.status(self.workbook)
        self.status_changed.emit()

    # -- operations --------------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a sync; False when it cannot start (demo, not signed in) or one runs (it runs again
        after)."""
        if not self.can_sync or self._queued is not None:
            return False
        if self._busy:
            self._again = True
            return False
        self._again = False
        self.auto_timer.stop()
        self.write_timer.stop()
        workbook, tokens, factory = self.workbook, self.tokens, self.client_factory
        self.progress = None
        self._cancel.clear()
        self._syncing = True
        cancel, progressed = self._cancel, self._progressed
        self._run(lambda: commands.sync_now(workbook, tokens, factory, progress=progressed.emit,
                                            cancelled=cancel.is_set), self._synced, self._sync_failed)
        return True

    def cancel_sync(self) -> bool:
        """Stop the running sync after the batch or page under way (what is done stays done, the next
        sync resumes there); False when none runs."""
        if not self.is_syncing or self._cancel.is_set():
            return False
        self._cancel.set()
        self.status_changed.emit()
        return True

    @property
    def is_syncing(self) -> bool:
        return self._busy and self._syncing

    @property
    def cancelling(self) -> bool:
        return self.is_syncing and self._cancel.is_set()

    def auto_sync(self) -> None:
        """What the timers call: a sync if one may start."""
        if self.can_sync:
            self.sync_now()

    def sign_in(self, hub_url: str, username: str, password: str, *,
                on_success: Callable[[protocol.Identity], Any] | None = None,
                on_failure: Callable[[SyncError], Any] | None = None) -> bool:
        """Sign in off the GUI thread, then sync at once; False when another operation runs."""
        if self._busy:
            return False
        workbook, tokens, factory = self.workbook, self.tokens, self.client_factory

        def work() -> protocol.Identity:
            return commands.sign_in(workbook, tokens, hub_url, username, password, client_factory=factory)

        def succeeded(identity: protocol.Identity) -> None:
            self.error = None
            self.schedule.failures = 0
            self.refresh()
            if on_success is not None:
                on_success(identity)
            self.sync_now()

        def failed(error: Exception) -> None:
            if on_failure is not None:
                on_failure(_as_sync_error(error))

        self._run(work, succeeded, failed)
        return True

    def sign_out(self, discard_pending: bool = False,
                 on_done: Callable[[SyncError | None], Any] | None = None) -> bool:
        """Sign out off the GUI thread (the hub forgets the token when it can be reached). While another
        operation runs, the sign-out waits for it, and no sync starts meanwhile."""
        if self._busy:
            self._queued = lambda: self.sign_out(discard_pending, on_done)
            return True
        workbook, tokens, factory = self.workbook, self.tokens, self.client_factory
        self.auto_timer.stop()
        self.write_timer.stop()

        def work() -> None:
            commands.sign_out(workbook, tokens, discard_pending=discard_pending, client_factory=factory)

        def succeeded(_result: None) -> None:
            self.error = None
            self.refresh()
            if on_done is not None:
                on_done(None)

        def failed(error: Exception) -> None:
            self.error = _as_sync_error(error)
            self.refresh()
            if on_done is not None:
                on_done(self.error)

        self._run(work, succeeded, failed)
        return True

    def shutdown(self) -> None:
        """Stop the timers and stop following the workbook's writes (the window closes)."""
        for timer in (self.auto_timer, self.write_timer, self._refresh_timer):
            timer.stop()
        self._stop_listening()

    # -- network -----------------------------------------------------------------------------------

    def network_changed(self, reachability: QtNetwork.QNetworkInformation.Reachability) -> None:
        """When the network comes back, sync at once unless the last problem needs the person."""
        Reachability = QtNetwork.QNetworkInformation.Reachability
        was_offline = self._reachability == Reachability.Disconnected
        self._reachability = reachability
        back = was_offline and reachability in (Reachability.Local, Reachability.Site, Reachability.Online)
        if not back or not self.can_sync or self._needs_the_person():
            return
        self.auto_timer.start(int(self.schedule.network_back() * 1000))

    def _watch_network(self) -> None:
        info_type = QtNetwork.QNetworkInformation
        try:
            if info_type.instance() is None and not info_type.loadBackendByFeatures(
                    info_type.Feature.Reachability):
                return
        except RuntimeError:
            return  # no backend on this system: the retry timer alone
        info = info_type.instance()
        if info is None:
            return
        self._reachability = info.reachability()
        info.reachabilityChanged.connect(self.network_changed)

    def _needs_the_person(self) -> bool:
        kind = self.error.problem.value if self.error is not None else self._status.outcome.last_problem
        return kind in (Problem.LOGIN_NEEDED.value, Problem.REFUSED.value)

    # -- plumbing ----------------------------------------------------------------------------------

    def _run(self, work: Callable[[], Any], succeeded: Callable[[Any], None],
             failed: Callable[[Exception], None]) -> None:
        def in_worker() -> Any:
            self.worker_thread = threading.get_ident()
            return work()

        def done(result: Any) -> None:
            self._set_busy(False)
            succeeded(result)
            self._run_queued()

        def not_done(error: Exception) -> None:
            self._set_busy(False)
            failed(error)
            self._run_queued()

        self._set_busy(True)
        self.runner.run(in_worker, done, not_done)

    def _run_queued(self) -> None:
        if self._queued is not None and not self._busy:
            queued, self._queued = self._queued, None
            queued()

    def _set_busy(self, busy: bool) -> None:
        if busy == self._busy:
            return
        self._busy = busy
        self.busy_changed.emit(busy)
        self.status_changed.emit()

    def _synced(self, report: SyncReport) -> None:
        self.progress, self._syncing = None, False
        self.error = None
        if report.clock_skew is not None:
            self.clock_skew = report.clock_skew
        self.refresh()
        self.auto_timer.start(int(self.schedule.after_success() * 1000))
        if self._again:
            self._again = False
            self.auto_timer.start(0)
        self.synced.emit(report)

    def _on_progress(self, progress: SyncProgress) -> None:
        if self.is_syncing:
            self.progress = progress
            self.status_changed.emit()

    def _sync_failed(self, failure: Exception) -> None:
        self.progress, self._syncing = None, False
        if isinstance(failure, SyncCancelled):  # the person's wish, not a problem: the timers go on
            self.refresh()
            self.auto_timer.start(int(self.schedule.after_success() * 1000))
            return
        error = self.error = _as_sync_error(failure)
        self._again = False
        if error.clock_skew is not None:
            self.clock_skew = error.clock_skew
        self.refresh()
        pause = self.schedule.after_problem(error.problem, error.retry_after)
        if pause is None:
            self.auto_timer.stop()
        else:
            self.auto_timer.start(int(pause * 1000))
        self.sync_failed.emit(error)

    def _commit_listener(self) -> Callable[[Commit], None]:
        """Told of every commit of the workbook's writes (``Workbook.on_commit``), from any thread; the
        person's (not this controller's own operations') reach ``_on_local_commit`` on the GUI thread."""
        me = weakref.ref(self)

        def on_commit(_commit: Commit) -> None:
            controller = me()
            if controller is None or threading.get_ident() == controller._operation_thread():
                return
            with contextlib.suppress(RuntimeError):  # the controller's window is gone
                controller._local_commit.emit()

        return on_commit

    def _operation_thread(self) -> int | None:
        return self.worker_thread if self._busy else None

    def _on_local_commit(self) -> None:
        self._refresh_timer.start()
        if self.can_sync:
            self.write_timer.start()

    def _after_writes(self) -> None:
        self.refresh()
        if self._status.pending:
            self.auto_sync()

    def _unexpected(self, error: Exception) -> None:
        self.error = _as_sync_error(error)
        self.refresh()


# --- Signing in ------------------------------------------------------------------------------------------


class SignInDialog(QtWidgets.QDialog):
    """Hub address, user name and password; signs in off the GUI thread and closes once signed in."""

    def __init__(self, controller: SyncController, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.hub_edit = QtWidgets.QLineEdit()
        self.user_edit = QtWidgets.QLineEdit()
        self.password_edit = QtWidgets.QLineEdit()
        self.password_edit.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        account = controller.status.account
        if account is not None:
            self.hub_edit.setText(account.hub_url)
            self.user_edit.setText(account.username)
        self.hub_label = QtWidgets.QLabel()
        self.user_label = QtWidgets.QLabel()
        self.password_label = QtWidgets.QLabel()
        for label_widget, edit in ((self.hub_label, self.hub_edit), (self.user_label, self.user_edit),
                                   (self.password_label, self.password_edit)):
            label_widget.setBuddy(edit)
        self.keychain_label = QtWidgets.QLabel()
        """Shown when the computer has no keychain: the sign-in lasts for this session only."""
        self.keychain_label.setWordWrap(True)
        self.error_label = QtWidgets.QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("syncError")
        self.error_label.setStyleSheet("QLabel#syncError { color: palette(highlight); font-weight: bold; }")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.busy_indicator = QtWidgets.QProgressBar()
        self.busy_indicator.setRange(0, 0)
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.hide()
        self.buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = QtWidgets.QPushButton()
        self.buttons.addButton(self.sign_in_button, QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        form = QtWidgets.QFormLayout()
        form.addRow(self.hub_label, self.hub_edit)
        form.addRow(self.user_label, self.user_edit)
        form.addRow(self.password_label, self.password_edit)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keychain_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_indicator)
        layout.addWidget(self.buttons)
        (self.password_edit if account is not None else self.hub_edit).setFocus()
        self._error: SyncError | None = None
        self._problem = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to headquarters' hub"))
        self.hub_label.setText(self.tr("&Hub address"))
        self.user_label.setText(self.tr("&User name"))
        self.password_label.setText(self.tr("&Password"))
        self.hub_edit.setPlaceholderText(self.tr("https://hub.example.org"))
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.keychain_label.setText(self.tr(
            "This computer has no keychain the app can use: you will be signed in for this session only, "
            "and asked again when the app starts. Nothing is written to disk."))
        self.keychain_label.setVisible(not self.controller.tokens.persistent)
        self._show_problem()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def apply(self) -> bool:
        """Check the fields and start signing in; False (and the reason shown) when it cannot start."""
        hub, user, password = self.hub_edit.text().strip(), self.user_edit.text().strip(), (
            self.password_edit.text())
        self._error = None
        if not (hub and user and password):
            self._problem = "missing"
        elif hub_address_problem(hub) is not None:
            self._problem = "address"
        elif not self.controller.sign_in(hub, user, password, on_success=self._signed_in,
                                         on_failure=self._failed):
            self._problem = "busy"
        else:
            self._problem = ""
            self._set_waiting(True)
        self._show_problem()
        return not self._problem

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def _show_problem(self) -> None:
        texts = {
            "": "",
            "missing": self.tr("Fill in the hub address, your user name and your password."),
            "address": hub_address_problem(self.hub_edit.text().strip()) or "",
            "busy": self.tr("A sync is running; try again when it is done."),
        }
        text = sign_in_problem_sentence(self._error) if self._error is not None else texts[self._problem]
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _set_waiting(self, waiting: bool) -> None:
        for widget in (self.hub_edit, self.user_edit, self.password_edit, self.sign_in_button):
            widget.setEnabled(not waiting)
        self.busy_indicator.setVisible(waiting)

    def _signed_in(self, _identity: protocol.Identity) -> None:
        self._set_waiting(False)
        self.password_edit.clear()
        self.accept()

    def _failed(self, error: SyncError) -> None:
        self._set_waiting(False)
        self._error = error
        self._show_problem()
        self.password_edit.setFocus()
        self.password_edit.selectAll()


# --- Signing out -----------------------------------------------------------------------------------------


def sign_out_needs_confirmation(pending: int) -> bool:
    """Changes not yet sent: the person confirms before signing out."""
    return pending > 0


class SignOutBox(QtWidgets.QMessageBox):
    """Asks before signing out while changes wait to be sent."""

    def __init__(self, pending: int, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.pending = pending
        self.setIcon(QtWidgets.QMessageBox.Icon.Warning)
        self.sign_out_button = QtWidgets.QPushButton()
        self.addButton(self.sign_out_button, QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign out"))
        self.setText(self.tr("%n change(s) not yet sent to headquarters.", "", self.pending))
        self.setInformativeText(self.tr(
            "If you sign out now, they stay on this computer but are not sent until you sign in again as "
            "the same person. To send them first, cancel and choose Sync now."))
        self.sign_out_button.setText(self.tr("Sign out without sending"))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.sign_out_button


def request_sign_out(controller: SyncController, parent: QtWidgets.QWidget | None = None,
                     ) -> SignOutBox | None:
    """Sign out at once when nothing waits to be sent; otherwise open (not exec) the box that asks, which
    signs out when the person confirms. The box, if any, is returned."""
    pending = controller.workbook.pending_change_count()
    if not sign_out_needs_confirmation(pending):
        controller.sign_out()
        return None
    box = SignOutBox(pending, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        if box.confirmed():
            controller.sign_out(discard_pending=True)

    box.finished.connect(finished)
    box.open()
    return box


# --- The status area -------------------------------------------------------------------------------------


class ElidedLabel(QtWidgets.QLabel):
    """A one-line label that ends in "…" when narrow: a long sentence never sets the window's width."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QtCore.QSize:
        width = self.fontMetrics().horizontalAdvance("x") * 12
        return QtCore.QSize(width, super().minimumSizeHint().height())

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


class SyncStatusWidget(QtWidgets.QWidget):
    """For the status bar: who is signed in, the last sync, changes waiting, the last problem, Sync now."""

    def __init__(self, controller: SyncController, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.account_label = QtWidgets.QLabel()
        self.last_sync_label = QtWidgets.QLabel()
        self.pending_label = QtWidgets.QLabel()
        self.problem_label = ElidedLabel()  # the whole sentence in its tooltip
        self.problem_label.setObjectName("syncProblem")
        self.problem_label.setStyleSheet("QLabel#syncProblem { font-weight: bold; }")
        self.clock_label = ElidedLabel()  # the whole sentence in its tooltip
        self.clock_label.setObjectName("syncClock")
        self.clock_label.setStyleSheet("QLabel#syncClock { font-weight: bold; }")
        self.busy_indicator = QtWidgets.QProgressBar()
        self.busy_indicator.setRange(0, 0)
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.setMaximumWidth(80)
        self.busy_indicator.setMaximumHeight(14)
        self.sync_button = QtWidgets.QToolButton()
        self.sync_button.clicked.connect(controller.sync_now)
        self.cancel_button = QtWidgets.QToolButton()
        self.cancel_button.clicked.connect(controller.cancel_sync)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.account_label, self.last_sync_label, self.pending_label, self.problem_label,
                       self.clock_label, self.busy_indicator, self.cancel_button, self.sync_button):
            layout.addWidget(widget, 1 if widget in (self.problem_label, self.clock_label) else 0)
        controller.status_changed.connect(self.update_texts)
        self.update_texts()

    def update_texts(self) -> None:
        controller = self.controller
        status = controller.status
        busy = controller.is_busy()
        if controller.is_demo:
            self.account_label.setText(self.tr("Demo workspace"))
            self.account_label.setToolTip("")
        elif status.account is None:
            self.account_label.setText(self.tr("Not signed in: Sync > Sign in… to sync with headquarters."))
            self.account_label.setToolTip("")
        else:
            self.account_label.setText(
                self.tr("Signed in as {user}").format(user=status.account.username)
                if controller.tokens.persistent else
                self.tr("Signed in as {user}, for this session only").format(user=status.account.username))
            self.account_label.setToolTip(self.tr("Hub: {address}").format(address=status.account.hub_url))
        syncing = controller.can_sync
        progress = controller.progress
        if busy and controller.cancelling:
            self.last_sync_label.setText(self.tr("Stopping the sync…"))
        elif busy and progress is not None:
            self.last_sync_label.setText(self.tr("Syncing… changes sent: {sent} of {to_send}; received: "
                                                 "{received}").format(sent=progress.sent,
                                                                      to_send=progress.to_send,
                                                                      received=progress.received))
        elif busy:
            self.last_sync_label.setText(self.tr("Syncing…"))
        elif status.outcome.last_success:
            self.last_sync_label.setText(
                self.tr("Last sync: {when}").format(when=format_moment(status.outcome.last_success)))
        else:
            self.last_sync_label.setText(self.tr("Last sync: never"))
        self.last_sync_label.setVisible(syncing)
        self.pending_label.setText(self.tr("%n change(s) waiting", "", status.pending))
        self.pending_label.setVisible(not controller.is_demo)
        problem = problem_sentence(Problem.REFUSED, DEMO_WORKSPACE) if controller.is_demo else (
            controller.problem() if status.account is not None or controller.error is not None else "")
        self.problem_label.setText(problem)
        self.problem_label.setToolTip(problem)
        self.problem_label.setVisible(bool(problem))
        clock = "" if controller.is_demo else controller.clock_problem()
        self.clock_label.setText(clock)
        self.clock_label.setToolTip(clock)
        self.clock_label.setVisible(bool(clock))
        self.busy_indicator.setVisible(busy)
        if progress is not None and not progress.receiving and progress.to_send:
            self.busy_indicator.setRange(0, progress.to_send)
            self.busy_indicator.setValue(progress.sent)
        else:
            self.busy_indicator.setRange(0, 0)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr(
            "Stop the sync after the changes under way; the next sync goes on from there"))
        self.cancel_button.setVisible(controller.is_syncing)
        self.cancel_button.setEnabled(not controller.cancelling)
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Send your changes and receive headquarters' (F5)"))
        self.sync_button.setEnabled(syncing and not busy)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.update_texts()
        super().changeEvent(event)


# --- The menu and the main window ------------------------------------------------------------------------


class SyncMenu(QtWidgets.QMenu):
    """Sync > Sign in…, Sync now (F5), Sign out…"""

    def __init__(self, controller: SyncController, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dialog: SignInDialog | None = None
        """The sign-in dialog last opened."""
        self.sign_out_box: SignOutBox | None = None
        """The box that asked before signing out, last time one did."""
        self.sign_in_action = self.addAction("")
        self.sync_action = self.addAction("")
        self.sync_action.setShortcut(QtGui.QKeySequence(Qt.Key.Key_F5))
        self.sign_out_action = self.addAction("")
        self.sign_in_action.triggered.connect(self.open_sign_in)
        self.sync_action.triggered.connect(controller.sync_now)
        self.sign_out_action.triggered.connect(self.sign_out)
        controller.status_changed.connect(self.update_actions)
        self.retranslate()
        self.update_actions()

    def retranslate(self) -> None:
        self.setTitle(self.tr("S&ync"))
        self.sign_in_action.setText(self.tr("Sign &in…"))
        self.sync_action.setText(self.tr("&Sync now"))
        self.sign_out_action.setText(self.tr("Sign &out…"))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_actions(self) -> None:
        controller = self.controller
        busy = controller.is_busy()
        self.sign_in_action.setEnabled(not busy)
        self.sync_action.setEnabled(controller.can_sync and not busy)
        self.sign_out_action.setEnabled(controller.is_signed_in and not busy)

    def open_sign_in(self) -> SignInDialog:
        """Open (not exec) the sign-in dialog over the window."""
        dialog = SignInDialog(self.controller, self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def sign_out(self) -> SignOutBox | None:
        self.sign_out_box = request_sign_out(self.controller, self.parentWidget())
        return self.sign_out_box


def attach_sync(window: QtWidgets.QMainWindow, workbook: Workbook, tokens: TokenStore | None = None,
                ) -> SyncController:
    """Give ``window`` a Sync menu and the sync status in its status bar; the controller, a child of the
    window, also has ``menu`` and ``status_widget``."""
    controller = SyncController(workbook, tokens if tokens is not None else TokenStore(), parent=window)
    menu = SyncMenu(controller, window)
    window.menuBar().addMenu(menu)
    status_widget = SyncStatusWidget(controller)
    window.statusBar().addPermanentWidget(status_widget, 1)
    controller.menu, controller.status_widget = menu, status_widget
    from socieux_desktop.ui.sync_review import attach_review

    attach_review(window, controller)
    application = QtCore.QCoreApplication.instance()
    if application is not None:
        application.aboutToQuit.connect(controller.shutdown)
    return controller
