"""The workshop: the expert serves a deliverable to the counterparts' browsers on the network they pick.

The expert picks the network (the room's Wi-Fi, a hotspot, or this computer only), clicks Start: the host
(``collab.workshop``) listens on that address only, with a new PIN; the dialog shows the link, its QR code
and the PIN, then the participants as they join (who writes in which section), with a read-only switch and
a remove button for each. The participants become the workshop's attendance list. "End workshop" (and
closing the dialog, the window or the app) stops the host: access is closed.

Threads. The host runs its network loop on a thread of its own and calls back on it; ``WorkshopBridge``
turns those calls into Qt signals delivered on the GUI thread (queued), where the update goes to the open
editor's copy of the document (which saves it). The editor's own edits go to the host as bytes
(``push_update`` is thread-safe). Only bytes cross between threads, never a document.
"""

from __future__ import annotations

import contextlib
import errno
import queue
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from socieux_desktop.domain.deliverables import Deliverable
from socieux_desktop.domain.model import Sex
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.labels import label
from socieux_desktop.ui.qt import Qt, QtCore, QtGui, QtNetwork, QtWidgets, Signal
from socieux_desktop.ui.table_model import DISPLAY_ROLE, RowsModel

if TYPE_CHECKING:
    from socieux_desktop.collab.attendance import WorkshopLog
    from socieux_desktop.collab.workshop import Participant, WorkshopHost
    from socieux_desktop.ui.deliverable_editor import DeliverableEditor

LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 8765
ADDRESS_SETTING = "workshop/address"
"""Where the address last picked is remembered (QSettings)."""

NAME, INSTITUTION, SEX, JOINED, SECTION, STATE, READ_ONLY = range(7)
COLUMN_COUNT = 7
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``Participant`` of a row."""

_CheckStateRole = Qt.ItemDataRole.CheckStateRole
_ERROR_STYLE = "QLabel { color: #b00020; }"
_WRONG_PINS_TOLD = 5
"""Wrong PINs in a minute from which the expert is told (one or two are typing mistakes)."""
_ENDED_STYLE = ("QLabel { background: #fff4ce; border: 1px solid #c8a600; border-radius: 3px; "
                "padding: 6px; }")
_IPV4 = QtNetwork.QAbstractSocket.NetworkLayerProtocol.IPv4Protocol
_Flag = QtNetwork.QNetworkInterface.InterfaceFlag


@dataclass(frozen=True, slots=True)
class NetworkChoice:
    """An address the host can listen on, with the name of its interface ("" for this computer only)."""

    address: str
    interface: str

    @property
    def local_only(self) -> bool:
        return self.address == LOOPBACK


def network_choices() -> list[NetworkChoice]:
    """The IPv4 addresses of the interfaces that are up and running (Wi-Fi, hotspot, cable), then this
    computer only."""
    choices = []
    for interface in QtNetwork.QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not (flags & _Flag.IsUp and flags & _Flag.IsRunning) or flags & _Flag.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == _IPV4 and not ip.isLoopback():
                choices.append(NetworkChoice(ip.toString(), interface.humanReadableName()))
    choices.append(NetworkChoice(LOOPBACK, ""))
    return choices


def qr_png(text: str) -> bytes:
    """``text`` as a QR code, in PNG (black on white, with its quiet zone)."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=6, border=4)
    return buffer.getvalue()


class WorkshopBridge(QtCore.QObject):
    """The host's calls (on its own thread) as signals on the GUI thread.

    ``host_update`` and ``host_participants`` are what the host calls. An update is queued and the GUI
    thread woken (a queued signal); there ``drain`` emits ``update_received`` for each update in order.
    ``connect_editor`` joins the editor and the host both ways: ``update_received`` to
    ``editor.apply_remote``, the editor's own edits (``local_update``) to ``host.push_update``. After the
    host has stopped, ``drain`` hands the editor what was still on its way, so no participant's last
    keystrokes are lost."""

    update_received = Signal(bytes)
    participants_changed = Signal()
    _wake = Signal()

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self._editor: DeliverableEditor | None = None
        self._host: WorkshopHost | None = None
        self._wake.connect(self.drain, Qt.ConnectionType.QueuedConnection)

    def host_update(self, update: bytes) -> None:
        """Called by the host on its thread: an update from a participant reached the host's document."""
        self._pending.put(bytes(update))
        with contextlib.suppress(RuntimeError):  # the dialog is gone: the host is being stopped
            self._wake.emit()

    def host_participants(self) -> None:
        """Called by the host on its thread: someone joined, left, changed mode or section."""
        with contextlib.suppress(RuntimeError):
            self.participants_changed.emit()

    def drain(self) -> None:
        """Emit ``update_received`` for what was received and not yet handed on (GUI thread): the
        updates waiting are merged into one, so the editor stores them in one transaction (a group
        commit: while the GUI thread is busy, the edits of 25 typists pile up and go together)."""
        from pycrdt import merge_updates

        from socieux_desktop.collab.workshop_storage import MERGE_AT_MOST

        while True:
            batch: list[bytes] = []
            while len(batch) < MERGE_AT_MOST:
                try:
                    batch.append(self._pending.get_nowait())
                except queue.Empty:
                    break
            if not batch:
                return
            self.update_received.emit(batch[0] if len(batch) == 1 else merge_updates(*batch))

    def connect_editor(self, editor: DeliverableEditor, host: WorkshopHost) -> None:
        self.disconnect_editor()
        self._editor, self._host = editor, host
        self.update_received.connect(editor.apply_remote)
        editor.local_update.connect(self._push)

    def disconnect_editor(self) -> None:
        if self._editor is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the editor was closed first
                self.update_received.disconnect(self._editor.apply_remote)
            with contextlib.suppress(RuntimeError, TypeError):
                self._editor.local_update.disconnect(self._push)
        self._editor, self._host = None, None

    def _push(self, update: bytes) -> None:
        if self._host is not None:
            self._host.push_update(bytes(update))


class _HostCallbacks:
    """What the host calls, forwarded to the bridge until ``detach`` (a plain object: the host may still
    call while the dialog and its bridge are being destroyed)."""

    def __init__(self, bridge: WorkshopBridge) -> None:
        self._bridge: WorkshopBridge | None = bridge

    def detach(self) -> None:
        self._bridge = None

    def update(self, update: bytes) -> None:
        bridge = self._bridge
        if bridge is not None:
            bridge.host_update(update)

    def participants(self) -> None:
        bridge = self._bridge
        if bridge is not None:
            bridge.host_participants()


class _Session:
    """A running workshop: its host and attendance. ``end`` is safe to call more than once and from a
    ``destroyed`` signal (it touches no widget)."""

    def __init__(self, host: WorkshopHost, callbacks: _HostCallbacks, log: WorkshopLog,
                 workshop_id: str) -> None:
        self.host = host
        self.callbacks = callbacks
        self.log = log
        self.workshop_id = workshop_id
        self.recorded: dict[str, bool] = {}
        """Participants written to the attendance list, with the mode written (read-only or not)."""
        self.ended = False

    def record(self, participants: list[Participant]) -> None:
        """Write who is new on the attendance list, and the mode of whoever changed mode."""
        for participant in participants:
            if self.recorded.get(participant.id) != participant.read_only:
                self.log.record(self.workshop_id, participant)
                self.recorded[participant.id] = participant.read_only

    def end(self) -> None:
        if self.ended:
            return
        self.ended = True
        self.host.stop()  # its thread has ended when this returns: no call comes after it
        self.callbacks.detach()
        self.log.end(self.workshop_id)


class ParticipantModel(RowsModel["Participant"]):
    """The participants as the host last told them; the read-only column is a check box."""

    column_count = COLUMN_COUNT

    read_only_requested = Signal(str, bool)
    """The expert ticked or unticked someone's read-only box: participant id, wanted state."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._section_titles: dict[str, str] = {}
        self.editable = True

    def set_participants(self, participants: list[Participant], section_titles: dict[str, str]) -> None:
        self._section_titles = section_titles
        self.set_rows(sorted(participants, key=lambda p: (str(p.joined_at), p.name.casefold())))

    def participant(self, row: int) -> Participant:
        return self.row_at(row)

    def participants(self) -> list[Participant]:
        return self.rows()

    def flags(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == READ_ONLY:
            participant = self._rows[index.row()]
            if self.editable and not participant.removed:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
        return flags

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
             role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        participant = self._rows[index.row()]
        column = index.column()
        if role == DISPLAY_ROLE:
            return self._text(participant, column)
        if role == _CheckStateRole and column == READ_ONLY:
            return Qt.CheckState.Checked if participant.read_only else Qt.CheckState.Unchecked
        if role == PARTICIPANT_ROLE:
            return participant
        return None

    def setData(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != READ_ONLY or role != _CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.read_only_requested.emit(self._rows[index.row()].id, checked)
        return True

    def _text(self, participant: Participant, column: int) -> str:
        if column == NAME:
            return participant.name
        if column == INSTITUTION:
            return participant.institution
        if column == SEX:
            return _sex_text(participant.sex)
        if column == JOINED:
            return _time_text(participant.joined_at)
        if column == SECTION:
            section = participant.section
            return self._section_titles.get(section, "") if section and participant.connected else ""
        if column == STATE:
            if participant.removed:
                return self.tr("Removed")
            state = self.tr("Connected") if participant.connected else self.tr("Left")
            return self.tr("{state}, suggests").format(state=state) if participant.suggest else state
        return ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY_ROLE:
            return None
        return {
            NAME: self.tr("Name"),
            INSTITUTION: self.tr("Institution"),
            SEX: self.tr("Sex"),
            JOINED: self.tr("Joined at"),
            SECTION: self.tr("Writing in section"),
            STATE: self.tr("Connection"),
            READ_ONLY: self.tr("Read only"),
        }.get(section)


def _sex_text(value: object) -> str:
    if value is None or value == "":
        return label(Sex.UNSPECIFIED)
    try:
        return label(Sex(str(value)))
    except ValueError:
        return str(value)


def _time_text(value: object) -> str:
    """A join time (datetime, ISO text or POSIX seconds) in the current locale's short time."""
    moment: datetime | None = None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, int | float):
        moment = datetime.fromtimestamp(value)
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    time = QtCore.QTime(moment.hour, moment.minute, moment.second)
    return QtCore.QLocale().toString(time, QtCore.QLocale.FormatType.ShortFormat)


class WorkshopDialog(QtWidgets.QDialog):
    """The workshop of one deliverable, run with its open editor. ``start_workshop``, ``end_workshop``,
    ``set_read_only`` and ``confirm_remove``/``remove_participant`` are what the buttons do."""

    started = Signal(str)
    """The host listens: the link."""
    ended = Signal()

    def __init__(self, workbook: Workbook, deliverable: Deliverable, editor: DeliverableEditor, *,
                 settings: QtCore.QSettings | None = None, port: int = DEFAULT_PORT,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._workbook = workbook
        self._deliverable = deliverable
        self._editor = editor
        self._settings = settings if settings is not None else QtCore.QSettings()
        self.port = port
        """The port the next Start listens on (0: any free one, told by the link)."""
        self._session: _Session | None = None
        self._choices: list[NetworkChoice] = []
        self.url = ""
        self.pin = ""
        self.setModal(False)
        self.bridge = WorkshopBridge(self)
        self.bridge.participants_changed.connect(self.refresh_participants,
                                                 Qt.ConnectionType.QueuedConnection)

        # the network and Start
        self.setup_box = QtWidgets.QGroupBox()
        self.network_combo = QtWidgets.QComboBox()
        self.refresh_networks_button = QtWidgets.QPushButton()
        self.network_hint = QtWidgets.QLabel()
        self.network_hint.setWordWrap(True)
        self.start_button = QtWidgets.QPushButton()
        self.start_button.setDefault(True)
        self.error_label = QtWidgets.QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.hide()
        self._network_label = QtWidgets.QLabel()
        self._network_label.setBuddy(self.network_combo)
        network_row = QtWidgets.QHBoxLayout()
        network_row.addWidget(self._network_label)
        network_row.addWidget(self.network_combo, 1)
        network_row.addWidget(self.refresh_networks_button)
        setup_layout = QtWidgets.QVBoxLayout(self.setup_box)
        setup_layout.addLayout(network_row)
        setup_layout.addWidget(self.network_hint)
        setup_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)

        # the running workshop: link, QR code, PIN, participants, End
        self.session_box = QtWidgets.QGroupBox()
        self.link_label = QtWidgets.QLabel()
        self.link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        link_font = self.link_label.font()
        link_font.setPointSizeF(link_font.pointSizeF() * 1.3)
        self.link_label.setFont(link_font)
        self.copy_button = QtWidgets.QPushButton()
        self.qr_label = QtWidgets.QLabel()
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_label = QtWidgets.QLabel()
        self.pin_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pin_font = self.pin_label.font()
        pin_font.setPointSizeF(pin_font.pointSizeF() * 3)
        pin_font.setBold(True)
        pin_font.setLetterSpacing(QtGui.QFont.SpacingType.AbsoluteSpacing, 4)
        self.pin_label.setFont(pin_font)
        self._link_caption = QtWidgets.QLabel()
        self._pin_caption = QtWidgets.QLabel()
        self.model = ParticipantModel(self)
        self.view = QtWidgets.QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SECTION, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.count_label = QtWidgets.QLabel()
        self.read_only_button = QtWidgets.QPushButton()
        self.suggest_button = QtWidgets.QPushButton()
        self.suggest_all_button = QtWidgets.QPushButton()
        self.remove_button = QtWidgets.QPushButton()
        self.undo_button = QtWidgets.QPushButton()
        self.restore_button = QtWidgets.QToolButton()
        self.restore_button.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        self.restore_menu = QtWidgets.QMenu(self.restore_button)
        self.restore_button.setMenu(self.restore_menu)
        self.restore_menu.aboutToShow.connect(self.fill_restore_menu)
        self.new_pin_button = QtWidgets.QPushButton()
        self.pin_warning = QtWidgets.QLabel()
        self.pin_warning.setWordWrap(True)
        self.pin_warning.setStyleSheet(_ENDED_STYLE)
        self.pin_warning.hide()
        self._admission_timer = QtCore.QTimer(self)
        self._admission_timer.setInterval(1000)
        self._admission_timer.timeout.connect(self.refresh_admission)
        self.status_label = QtWidgets.QLabel()
        self.status_label.setWordWrap(True)
        self.end_button = QtWidgets.QPushButton()

        self.access_panel = QtWidgets.QWidget()
        access = QtWidgets.QGridLayout(self.access_panel)
        access.setContentsMargins(0, 0, 0, 0)
        access.addWidget(self._link_caption, 0, 0)
        link_row = QtWidgets.QHBoxLayout()
        link_row.addWidget(self.link_label, 1)
        link_row.addWidget(self.copy_button)
        access.addLayout(link_row, 1, 0)
        access.addWidget(self._pin_caption, 2, 0)
        pin_row = QtWidgets.QHBoxLayout()
        pin_row.addWidget(self.pin_label, 1)
        pin_row.addWidget(self.new_pin_button)
        access.addLayout(pin_row, 3, 0)
        access.addWidget(self.pin_warning, 4, 0, 1, 2)
        access.addWidget(self.qr_label, 0, 1, 4, 1)
        access.setColumnStretch(0, 1)
        participant_buttons = QtWidgets.QHBoxLayout()
        participant_buttons.addWidget(self.count_label, 1)
        participant_buttons.addWidget(self.read_only_button)
        participant_buttons.addWidget(self.suggest_button)
        participant_buttons.addWidget(self.suggest_all_button)
        participant_buttons.addWidget(self.undo_button)
        participant_buttons.addWidget(self.restore_button)
        participant_buttons.addWidget(self.remove_button)
        session_layout = QtWidgets.QVBoxLayout(self.session_box)
        session_layout.addWidget(self.access_panel)
        session_layout.addWidget(self.view, 1)
        session_layout.addLayout(participant_buttons)
        session_layout.addWidget(self.status_label)
        session_layout.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignRight)
        self.session_box.hide()

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.setup_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.session_box, 1)

        self.refresh_networks_button.clicked.connect(self.refresh_networks)
        self.start_button.clicked.connect(self.start_workshop)
        self.copy_button.clicked.connect(self.copy_link)
        self.end_button.clicked.connect(self.end_workshop)
        self.read_only_button.clicked.connect(self._toggle_selected)
        self.suggest_button.clicked.connect(self._toggle_suggesting)
        self.suggest_all_button.clicked.connect(self.everyone_suggests)
        self.remove_button.clicked.connect(self._remove_selected)
        self.undo_button.clicked.connect(self._undo_selected)
        self.new_pin_button.clicked.connect(self.give_new_pin)
        self.model.read_only_requested.connect(self.set_read_only)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        app = QtCore.QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.end_workshop)
        self.refresh_networks()
        self.retranslate()
        self._update_buttons()
        self.resize(860, 640)

    # -- public interface ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._session is not None and not self._session.ended

    @property
    def host(self) -> WorkshopHost | None:
        return self._session.host if self._session is not None else None

    @property
    def workshop_id(self) -> str | None:
        return self._session.workshop_id if self._session is not None else None

    def refresh_networks(self) -> None:
        """List the networks again (a hotspot just turned on), keeping the one picked or remembered."""
        wanted = self.network_combo.currentData() or self._settings.value(ADDRESS_SETTING)
        self.network_combo.clear()
        self._choices = network_choices()
        for choice in self._choices:
            self.network_combo.addItem(self._choice_text(choice), choice.address)
        index = self.network_combo.findData(wanted) if isinstance(wanted, str) else -1
        self.network_combo.setCurrentIndex(max(index, 0))

    def select_network(self, address: str) -> bool:
        index = self.network_combo.findData(address)
        if index >= 0:
            self.network_combo.setCurrentIndex(index)
        return index >= 0

    def start_workshop(self) -> bool:
        """Start the host on the network picked, with a new PIN; False (with what to do) when it cannot."""
        if self.running:
            return True
        from socieux_desktop.collab.attendance import WorkshopLog
        from socieux_desktop.collab.workshop import WorkshopHost, new_pin

        self._hide_error()
        current = self._workbook.get(Deliverable, self._deliverable.id) or self._deliverable
        if current.status.locks_text:
            self._show_error(self.tr(
                "“{title}” is “{status}”: its text is locked, so a workshop cannot edit it. Reopen the "
                "deliverable first, then start the workshop.").format(
                    title=current.title, status=label(current.status)))
            return False
        address = str(self.network_combo.currentData() or LOOPBACK)
        pin = new_pin()
        callbacks = _HostCallbacks(self.bridge)
        host = WorkshopHost(
            current.id, self._editor.document.encode_state(), pin=pin, host=address, port=self.port,
            title=current.title, language=current.language.value,
            on_update=callbacks.update, on_participants=callbacks.participants)
        try:
            host.start()
        except OSError as exc:
            self._show_error(self._start_error(exc, address))
            return False
        self._settings.setValue(ADDRESS_SETTING, address)
        log = WorkshopLog(self._workbook)
        self._session = session = _Session(host, callbacks, log, log.start(current.mission_id, current.id))
        self.destroyed.connect(session.end)  # never leave a host listening, however the dialog goes
        self.bridge.connect_editor(self._editor, host)
        self.url, self.pin = host.url, pin
        self._show_session()
        self.refresh_participants()
        self.started.emit(self.url)
        return True

    def end_workshop(self) -> None:
        """Stop the host (every browser is disconnected, the address no longer answers) and close the
        attendance list."""
        session = self._session
        if session is None or session.ended:
            return
        session.end()
        self.bridge.drain()  # what participants wrote just before the end reaches the editor
        self.bridge.disconnect_editor()
        self.refresh_participants()
        self.access_panel.hide()  # nobody should scan or type what no longer opens anything
        self.setup_box.setEnabled(True)  # another workshop may start (a new PIN, a new attendance list)
        self._update_buttons()
        self.ended.emit()

    def refresh_participants(self) -> None:
        """Read the participants from the host; new ones go on the attendance list."""
        session = self._session
        if session is None:
            return
        participants = list(session.host.participants())
        session.record(participants)
        selected = self.selected_participant()
        self.model.editable = not session.ended
        self.model.set_participants(participants, self._section_titles())
        if selected is not None:
            for row, participant in enumerate(self.model.participants()):
                if participant.id == selected.id:
                    self.view.selectRow(row)
        connected = sum(1 for p in participants if p.connected and not p.removed)
        self.count_label.setText(self.tr("%n participant(s) connected", "", connected))
        self._update_buttons()

    def selected_participant(self) -> Participant | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.participant(rows[0].row()) if rows else None

    def set_read_only(self, participant_id: str, read_only: bool) -> None:
        """Let someone only read (their edits are refused), or write again."""
        if self.running and self.host is not None:
            self.host.set_read_only(participant_id, read_only)
            self.refresh_participants()

    def set_suggesting(self, participant_id: str, suggest: bool) -> None:
        """Let someone write suggestions that the deliverable editor accepts or rejects (their edits to
        the text are refused), or write directly again."""
        if self.running and self.host is not None:
            self.host.set_suggesting(participant_id, suggest)
            self.refresh_participants()

    def everyone_suggests(self) -> None:
        """Everyone present, and everyone who joins from now on, suggests."""
        if self.running and self.host is not None:
            self.host.set_everyone_suggesting(True)
            self.refresh_participants()

    def confirm_remove(self, participant_id: str) -> QtWidgets.QMessageBox | None:
        """Ask before removing someone (shown with ``open``; Remove removes)."""
        found = [p for p in self.model.participants() if p.id == participant_id]
        if not found or not self.running:
            return None
        box = QtWidgets.QMessageBox(self)
        box.setIcon(QtWidgets.QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove a participant"))
        box.setText(self.tr("Remove {name} from the workshop? Their browser is disconnected at once "
                            "and can no longer read or write the deliverable.").format(name=found[0].name))
        remove = box.addButton(self.tr("Remove"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

        def chosen(button: QtWidgets.QAbstractButton) -> None:
            if button is remove:
                self.remove_participant(participant_id)

        box.buttonClicked.connect(chosen)
        box.open()
        return box

    def remove_participant(self, participant_id: str) -> None:
        if self.running and self.host is not None:
            self.host.remove(participant_id)
            self.refresh_participants()

    def undo_participant(self, participant_id: str) -> None:
        """Undo every edit this participant made in the workshop (their undoing reaches everyone)."""
        if self.running and self.host is not None:
            self.host.undo_participant(participant_id)

    def restore_version(self, version_id: str) -> None:
        """Make the deliverable what it was in a named version: one edit of the expert's, undoable in the
        editor, that reaches every participant."""
        from socieux_desktop.collab.annotations import Versions

        if self.running:
            Versions(self._editor.document).restore(version_id)

    def fill_restore_menu(self) -> None:
        """The named versions, newest first, each restoring itself."""
        from socieux_desktop.collab.annotations import Versions

        self.restore_menu.clear()
        try:
            versions = Versions(self._editor.document).all()
        except RuntimeError:  # the editor was closed
            versions = []
        for version in reversed(versions):
            action = self.restore_menu.addAction(self.tr("{name} ({author})").format(
                name=version.name, author=version.author))
            action.triggered.connect(lambda _checked=False, chosen=version.id: self.restore_version(chosen))
        if not versions:
            empty = self.restore_menu.addAction(self.tr("No named version yet: name one in the editor's "
                                                        "Versions panel first."))
            empty.setEnabled(False)

    def give_new_pin(self) -> None:
        """A new PIN for those still to join (who joined stays); wrong PINs so far no longer count."""
        from socieux_desktop.collab.workshop import new_pin

        if self.running and self.host is not None:
            self.pin = new_pin()
            self.host.new_pin(self.pin)
            self.pin_label.setText(self.pin)
            self.refresh_admission()

    def refresh_admission(self) -> None:
        """Tell the expert when many wrong PINs are typed (someone may be guessing), and what to do."""
        host = self.host
        if not self.running or host is None:
            self._admission_timer.stop()
            self.pin_warning.hide()
            return
        status = host.admission_status()
        if status.everyone_waits > 0:
            self.pin_warning.setText(self.tr(
                "%n wrong PIN(s) in the last minute: joining waits {seconds} s for everyone. If someone is "
                "guessing, click New PIN and give the new one to the participants still to join.", "",
                status.wrong_recently).format(seconds=int(status.everyone_waits) + 1))
        elif status.wrong_recently >= _WRONG_PINS_TOLD:
            self.pin_warning.setText(self.tr(
                "%n wrong PIN(s) in the last minute. If someone is guessing, click New PIN and give the new "
                "one to the participants still to join.", "", status.wrong_recently))
        self.pin_warning.setVisible(status.everyone_waits > 0 or status.wrong_recently >= _WRONG_PINS_TOLD)

    def copy_link(self) -> None:
        QtGui.QGuiApplication.clipboard().setText(self.url)

    # -- inner workings --------------------------------------------------------------------------

    def _section_titles(self) -> dict[str, str]:
        try:
            return {section.id: section.title for section in self._editor.document.sections()}
        except RuntimeError:  # the editor was closed
            return {}

    def _show_session(self) -> None:
        self.setup_box.setEnabled(False)
        self.session_box.show()
        self.access_panel.show()
        self.link_label.setText(self.url)
        pixmap = QtGui.QPixmap()
        pixmap.loadFromData(qr_png(self.url), "PNG")
        self.qr_label.setPixmap(pixmap)
        self.pin_label.setText(self.pin)
        self._admission_timer.start()
        self._update_buttons()

    def _start_error(self, exc: OSError, address: str) -> str:
        if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
            return self.tr(
                "Another program (or another workshop) already uses port {port} on {address}. End the "
                "other workshop or close that program, then click Start again.").format(
                    port=self.port, address=address)
        if exc.errno in (errno.EADDRNOTAVAIL, getattr(errno, "WSAEADDRNOTAVAIL", -1)):
            return self.tr(
                "This computer no longer has the address {address}: the network may have been turned off "
                "or changed. Check the Wi-Fi or the hotspot, click Refresh and pick the network again.")\
                .format(address=address)
        return self.tr(
            "The workshop could not start on {address} ({reason}). Pick another network, or “This "
            "computer only” to try it alone, then click Start again.").format(
                address=address, reason=exc.strerror or str(exc))

    def _toggle_selected(self) -> None:
        participant = self.selected_participant()
        if participant is not None:
            self.set_read_only(participant.id, not participant.read_only)

    def _toggle_suggesting(self) -> None:
        participant = self.selected_participant()
        if participant is not None:
            self.set_suggesting(participant.id, not participant.suggest)

    def _undo_selected(self) -> None:
        participant = self.selected_participant()
        if participant is not None:
            self.undo_participant(participant.id)

    def _remove_selected(self) -> None:
        participant = self.selected_participant()
        if participant is not None:
            self.confirm_remove(participant.id)

    def _update_buttons(self) -> None:
        participant = self.selected_participant()
        usable = self.running and participant is not None and not participant.removed
        self.read_only_button.setEnabled(usable)
        self.suggest_button.setEnabled(usable)
        self.suggest_all_button.setEnabled(self.running)
        self.suggest_all_button.setText(self.tr("&Everyone suggests"))
        self.suggest_all_button.setToolTip(self.tr(
            "Everyone's changes, and those of whoever joins next, become suggestions you accept or "
            "reject in the deliverable editor"))
        if participant is not None and participant.suggest:
            self.suggest_button.setText(self.tr("Let write &directly"))
        else:
            self.suggest_button.setText(self.tr("Make &suggest"))
        self.remove_button.setEnabled(usable)
        self.undo_button.setEnabled(self.running and participant is not None)
        self.new_pin_button.setEnabled(self.running)
        self.restore_button.setEnabled(self.running)
        if participant is not None:
            self.undo_button.setText(self.tr("&Undo all of {name}'s edits").format(name=participant.name))
        else:
            self.undo_button.setText(self.tr("&Undo all of a participant's edits"))
        self.end_button.setEnabled(self.running)
        self.copy_button.setEnabled(self.running)
        if participant is not None and participant.read_only:
            self.read_only_button.setText(self.tr("Allow &writing"))
        else:
            self.read_only_button.setText(self.tr("Make &read-only"))
        self._update_status()

    def _update_status(self) -> None:
        if self._session is None:
            self.status_label.clear()
            return
        if self._session.ended:
            self.status_label.setStyleSheet(_ENDED_STYLE)
            self.status_label.setText(self.tr(
                "The workshop has ended: access is closed. The link and the PIN no longer work; what was "
                "written is in the deliverable, and the participants are on its attendance list."))
        else:
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr(
                "Participants open the link (or scan the code) on this network, type their name and the "
                "PIN, and write with you. Keep this window open during the workshop."))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _hide_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def _choice_text(self, choice: NetworkChoice) -> str:
        if choice.local_only:
            return self.tr("This computer only ({address})").format(address=choice.address)
        return self.tr("{network} ({address})").format(network=choice.interface, address=choice.address)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.end_workshop()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.end_workshop()
        super().done(result)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.running:
            event.accept()  # a stray Escape must not end the workshop of a whole room: End workshop does
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Workshop — {title}").format(title=self._deliverable.title))
        self.setup_box.setTitle(self.tr("Network"))
        self._network_label.setText(self.tr("&Network:"))
        self.refresh_networks_button.setText(self.tr("Re&fresh"))
        self.network_hint.setText(self.tr(
            "Pick the network the participants are on: the room's Wi-Fi, or the hotspot of this computer "
            "or of a phone. No internet is needed. “This computer only” lets you try the workshop alone."))
        self.start_button.setText(self.tr("&Start"))
        self.session_box.setTitle(self.tr("Workshop"))
        self._link_caption.setText(self.tr("Link to open in a browser:"))
        self._pin_caption.setText(self.tr("PIN:"))
        self.copy_button.setText(self.tr("&Copy link"))
        self.remove_button.setText(self.tr("Re&move…"))
        self.new_pin_button.setText(self.tr("New &PIN"))
        self.restore_button.setText(self.tr("Restore a &version"))
        self.end_button.setText(self.tr("&End workshop"))
        for index, choice in enumerate(self._choices):
            self.network_combo.setItemText(index, self._choice_text(choice))
        self.model.retranslate()
        self._update_buttons()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
