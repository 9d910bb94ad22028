"""The mission's deliverables: a list (title, kind, language, status, words) and what can be done with one.

"New deliverable…" writes the deliverable and its template's sections (in the deliverable's language) in
one transaction. "Open" shows the deliverable's editor in a window of its own, one per deliverable (asked
again, the open one comes to the front). "Export to file…" and "Merge from file…" exchange the text with a
colleague reached by USB stick or e-mail; a merge shows at once in an open editor. "Start workshop…" serves
the deliverable to the counterparts' browsers (``workshop_dialog``).

The collab package (and pycrdt under it) is imported when the tab is first filled, not at start-up.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from socieux_desktop.domain.deliverables import (
    Deliverable,
    DeliverableKind,
    DeliverableLanguage,
    check_text_editable,
)
from socieux_desktop.domain.errors import RuleViolation
from socieux_desktop.domain.gate import check_entity
from socieux_desktop.domain.model import new_id
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.labels import label
from socieux_desktop.ui.messages import message
from socieux_desktop.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from socieux_desktop.ui.table_model import DISPLAY_ROLE, RowsModel

if TYPE_CHECKING:
    from socieux_desktop.collab.store import DeliverableStore
    from socieux_desktop.ui.deliverable_editor import DeliverableEditor
    from socieux_desktop.ui.workshop_dialog import WorkshopDialog

TITLE, KIND, LANGUAGE, STATUS, WORDS = range(5)
COLUMN_COUNT = 5
DELIVERABLE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``Deliverable`` of a row."""

_AlignmentRole = Qt.ItemDataRole.TextAlignmentRole
_ERROR_STYLE = "QLabel { color: #b00020; }"
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def interface_language() -> DeliverableLanguage:
    """The language the interface speaks (a new deliverable is written in it unless told otherwise)."""
    code = QtCore.QLocale().name().split("_")[0]
    try:
        return DeliverableLanguage(code)
    except ValueError:
        return DeliverableLanguage.EN


def file_name_for(deliverable: Deliverable, suffix: str) -> str:
    """A file name made of the deliverable's title, safe on every system."""
    stem = _UNSAFE_IN_FILE_NAMES.sub(" ", deliverable.title).strip(" .") or "deliverable"
    return stem[:80] + suffix


@dataclass(frozen=True, slots=True)
class DeliverableRow:
    deliverable: Deliverable
    words: int


class DeliverableTableModel(RowsModel[DeliverableRow]):
    """The deliverables of a mission, one row each; texts made at display time (they follow the language)."""

    column_count = COLUMN_COUNT

    def deliverable(self, row: int) -> Deliverable:
        return self.row_at(row).deliverable

    def row_of(self, deliverable_id: str) -> int:
        return self.row_where(lambda row: row.deliverable.id == deliverable_id)

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
             role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == DISPLAY_ROLE:
            deliverable = row.deliverable
            if column == TITLE:
                return deliverable.title
            if column == KIND:
                return label(deliverable.kind)
            if column == LANGUAGE:
                return label(deliverable.language)
            if column == STATUS:
                return label(deliverable.status)
            return QtCore.QLocale().toString(row.words)
        if role == _AlignmentRole and column == WORDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DELIVERABLE_ROLE:
            return row.deliverable
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY_ROLE:
            return None
        return {
            TITLE: self.tr("Title"),
            KIND: self.tr("Kind"),
            LANGUAGE: self.tr("Language"),
            STATUS: self.tr("Status"),
            WORDS: self.tr("Words"),
        }.get(section)


class NewDeliverableDialog(QtWidgets.QDialog):
    """Kind, title and language of a new deliverable; OK writes it (and its template) in one transaction."""

    def __init__(self, store: DeliverableStore, mission_id: str,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._mission_id = mission_id
        self.created: Deliverable | None = None
        self._title_touched = False

        self.kind_combo = QtWidgets.QComboBox()
        for kind in DeliverableKind:
            self.kind_combo.addItem("", kind)
        self.title_edit = QtWidgets.QLineEdit()
        self.title_edit.setMaxLength(200)
        self.language_combo = QtWidgets.QComboBox()
        for language in DeliverableLanguage:
            self.language_combo.addItem("", language)
        self.language_combo.setCurrentIndex(self.language_combo.findData(interface_language()))
        self.hint_label = QtWidgets.QLabel()
        self.hint_label.setWordWrap(True)
        self.error_label = QtWidgets.QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel)

        self._kind_label = QtWidgets.QLabel()
        self._kind_label.setBuddy(self.kind_combo)
        self._title_label = QtWidgets.QLabel()
        self._title_label.setBuddy(self.title_edit)
        self._language_label = QtWidgets.QLabel()
        self._language_label.setBuddy(self.language_combo)
        form = QtWidgets.QFormLayout()
        form.addRow(self._kind_label, self.kind_combo)
        form.addRow(self._title_label, self.title_edit)
        form.addRow(self._language_label, self.language_combo)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textEdited.connect(self._title_edited)
        self.kind_combo.currentIndexChanged.connect(self._propose_title)
        self.retranslate()
        self._propose_title()

    def kind(self) -> DeliverableKind:
        return DeliverableKind(self.kind_combo.currentData())

    def language(self) -> DeliverableLanguage:
        return DeliverableLanguage(self.language_combo.currentData())

    def apply(self) -> bool:
        """Check and write the deliverable; False (with the reason shown) when nothing was written."""
        deliverable = Deliverable(new_id(), self._mission_id, self.kind(), self.title_edit.text().strip(),
                                  self.language())
        try:
            check_entity(deliverable)
        except RuleViolation as exc:
            self._show_error(message(exc.finding))
            self.title_edit.setFocus()
            return False
        self._store.create(deliverable)
        self.created = deliverable
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _title_edited(self) -> None:
        self._title_touched = True

    def _propose_title(self) -> None:
        """Until the person types a title, the kind's name is proposed (in the interface's language)."""
        if not self._title_touched:
            self.title_edit.setText(label(self.kind()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New deliverable"))
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, label(DeliverableKind(self.kind_combo.itemData(index))))
        for index in range(self.language_combo.count()):
            self.language_combo.setItemText(
                index, label(DeliverableLanguage(self.language_combo.itemData(index))))
        self._kind_label.setText(self.tr("&Kind:"))
        self._title_label.setText(self.tr("&Title:"))
        self._language_label.setText(self.tr("&Written in:"))
        self.hint_label.setText(self.tr(
            "The deliverable starts with the sections of its kind, titled in the language it is written "
            "in. You can rename, add and remove sections afterwards."))
        self._propose_title()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DeliverablesWidget(QtWidgets.QWidget):
    """The deliverables of one mission (``set_mission``), the editors opened from it, its workshops."""

    deliverables_changed = Signal()
    """A deliverable was created, or its text or status changed."""
    text_pulled = Signal(str, bytes)
    """A text update sync stored (emitted from the sync's thread, delivered on the GUI thread)."""
    pdf_requested = Signal(str)
    """The action "Export to PDF…" on a deliverable, with its id (the mission page opens the dialog)."""

    def __init__(self, workbook: Workbook, parent: QtWidgets.QWidget | None = None, *,
                 settings: QtCore.QSettings | None = None) -> None:
        super().__init__(parent)
        self._workbook = workbook
        self._settings = settings
        self._store: DeliverableStore | None = None
        self._stop_pulled: Callable[[], None] | None = None
        self._mission_id: str | None = None
        self.editors: dict[str, DeliverableEditor] = {}
        """The open editor windows, by deliverable id."""
        self.workshops: dict[str, WorkshopDialog] = {}
        """The open workshop dialogs, by deliverable id."""

        self.model = DeliverableTableModel(self)
        self.empty_label = QtWidgets.QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view = QtWidgets.QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.view.installEventFilter(self)

        self.new_action = QtGui.QAction(self)
        self.open_action = QtGui.QAction(self)
        self.export_action = QtGui.QAction(self)
        self.merge_action = QtGui.QAction(self)
        self.workshop_action = QtGui.QAction(self)
        self.pdf_action = QtGui.QAction(self)
        self.toolbar = QtWidgets.QToolBar()  # a narrow window folds the last actions into its » menu
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.new_action, self.open_action, self.export_action, self.merge_action,
                                 self.workshop_action, self.pdf_action])
        self.message_label = QtWidgets.QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        list_page = QtWidgets.QWidget()
        list_layout = QtWidgets.QVBoxLayout(list_page)
        list_layout.addWidget(self.toolbar)
        list_layout.addWidget(self.view, 1)
        list_layout.addWidget(self.message_label)
        self._pages = QtWidgets.QStackedWidget()
        self._pages.addWidget(self.empty_label)
        self._pages.addWidget(list_page)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)

        self._words_timer = QtCore.QTimer(self)
        self._words_timer.setSingleShot(True)
        self._words_timer.setInterval(1000)
        self._words_timer.timeout.connect(self.refresh)

        self.new_action.triggered.connect(self.new_deliverable)
        self.open_action.triggered.connect(self._open_selected)
        self.export_action.triggered.connect(self._export_selected)
        self.merge_action.triggered.connect(self._merge_selected)
        self.workshop_action.triggered.connect(self._workshop_selected)
        self.pdf_action.triggered.connect(self._pdf_selected)
        self.text_pulled.connect(self._apply_pulled)
        self.view.doubleClicked.connect(self._open_index)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    # -- public interface ------------------------------------------------------------------------

    @property
    def store(self) -> DeliverableStore:
        if self._store is None:
            from socieux_desktop.collab.store import DeliverableStore
            self._store = DeliverableStore(self._workbook)
            self._stop_pulled = self._store.on_pulled(self._pulled)
        return self._store

    @property
    def mission_id(self) -> str | None:
        return self._mission_id

    def set_mission(self, mission_id: str | None) -> None:
        """Show the deliverables of one mission, or (None) the invitation to choose one."""
        if mission_id != self._mission_id:
            self._clear_message()
        self._mission_id = mission_id
        self.refresh()

    def refresh(self) -> None:
        """Read the mission's deliverables and count their words again, keeping the selection."""
        self._words_timer.stop()
        if self._mission_id is None:
            self.model.set_rows([])
            self._pages.setCurrentIndex(0)
            self._update_buttons()
            return
        self._pages.setCurrentIndex(1)
        selected = self.selected_deliverable()
        rows = []
        for deliverable in self.store.of_mission(self._mission_id):
            editor = self.editors.get(deliverable.id)
            document = editor.document if editor is not None else self.store.load(deliverable.id)
            rows.append(DeliverableRow(deliverable, document.word_count(include_titles=False)))
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()
        self.update_roles()

    def update_roles(self) -> None:
        """Give the open editors the role of the person signed in now (after a sign-in or a sign-out):
        approving and returning are for a coordinator (an expert when the workspace is not signed in)."""
        if self.editors:
            role = self.store.role()
            for editor in self.editors.values():
                editor.set_role(role)

    def select(self, deliverable_id: str) -> None:
        row = self.model.row_of(deliverable_id)
        if row >= 0:
            self.view.selectRow(row)

    def selected_deliverable(self) -> Deliverable | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.deliverable(rows[0].row()) if rows else None

    def new_deliverable(self) -> NewDeliverableDialog | None:
        """The "New deliverable" dialog (window-modal); once it has written, the list shows and selects it."""
        if self._mission_id is None:
            return None
        dialog = NewDeliverableDialog(self.store, self._mission_id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.accepted.connect(lambda: self._created(dialog.created))
        dialog.open()
        return dialog

    def open_editor(self, deliverable_id: str) -> DeliverableEditor:
        """The deliverable's editor in a window of its own; the one already open comes to the front."""
        editor = self.editors.get(deliverable_id)
        if editor is None:
            from socieux_desktop.ui.deliverable_editor import DeliverableEditor
            profile = self._workbook.profile()
            editor = DeliverableEditor(self.store, deliverable_id, role=self.store.role(),
                                       author=profile.name if profile else "", parent=self)
            editor.setWindowFlag(Qt.WindowType.Window, True)
            editor.setWindowTitle(editor.deliverable.title)
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            editor.installEventFilter(self)
            editor.destroyed.connect(lambda: self._editor_closed(deliverable_id))
            editor.local_update.connect(self._text_changed)
            editor.status_changed.connect(self.refresh)
            editor.status_changed.connect(self.deliverables_changed)
            self.editors[deliverable_id] = editor
            editor.resize(1000, 720)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def export_to(self, deliverable_id: str, path: Path) -> bool:
        """Write the deliverable to ``path``; the outcome (or what to do) is shown below the list."""
        deliverable = self.store.get(deliverable_id)
        try:
            self.store.export_file(deliverable_id, path)
        except OSError as exc:
            self._show_error(self.tr(
                "The file “{file}” could not be written ({reason}). Choose another folder, such as your "
                "documents, and export again.").format(file=path.name, reason=exc.strerror or str(exc)))
            return False
        self._show_message(self.tr(
            "“{title}” was exported to “{file}”. Send this file to your colleague; they merge it with "
            "“Merge from file…”.").format(title=deliverable.title, file=str(path)))
        return True

    def merge_from(self, deliverable_id: str, path: Path) -> bool:
        """Merge an exported copy into the deliverable (and its open editor); False when refused."""
        from socieux_desktop.collab.store import DeliverableFileError, WrongDeliverable

        deliverable = self.store.get(deliverable_id)
        try:
            check_text_editable(deliverable)
        except RuleViolation as exc:
            self._show_error(message(exc.finding))
            return False
        try:
            merged = self.store.merge_file(deliverable_id, path)
        except WrongDeliverable:
            self._show_error(self.tr(
                "“{file}” holds another deliverable, not “{title}”. Choose the file exported from this "
                "deliverable, or merge this file into its own deliverable.").format(
                    file=path.name, title=deliverable.title))
            return False
        except DeliverableFileError:
            self._show_error(self.tr(
                "“{file}” cannot be merged: it is damaged or is not a deliverable file. Nothing was "
                "changed. Ask your colleague to export the deliverable again and merge the new file.")
                .format(file=path.name))
            return False
        if not merged:
            self._show_message(self.tr(
                "“{file}” brought nothing new: “{title}” already holds all of its text.").format(
                    file=path.name, title=deliverable.title))
            return True
        editor = self.editors.get(deliverable_id)
        if editor is not None:  # the editor's copy takes in what the file brought
            editor.apply_remote(self.store.load(deliverable_id).diff(editor.document.state_vector()))
        self._show_message(self.tr(
            "“{file}” was merged into “{title}”: the text now holds the edits of both copies.").format(
                file=path.name, title=deliverable.title))
        self.refresh()
        self.deliverables_changed.emit()
        return True

    def start_workshop(self, deliverable_id: str) -> WorkshopDialog | None:
        """The workshop dialog of the deliverable (its editor opened too); None when its text is locked."""
        dialog = self.workshops.get(deliverable_id)
        if dialog is not None:
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        deliverable = self.store.get(deliverable_id)
        if deliverable.status.locks_text:
            self._show_error(self.tr(
                "“{title}” is “{status}”: its text is locked, so a workshop cannot edit it. Reopen the "
                "deliverable first, then start the workshop.").format(
                    title=deliverable.title, status=label(deliverable.status)))
            return None
        from socieux_desktop.ui.workshop_dialog import WorkshopDialog

        editor = self.open_editor(deliverable_id)
        dialog = WorkshopDialog(self._workbook, deliverable, editor, settings=self._settings, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.destroyed.connect(lambda: self.workshops.pop(deliverable_id, None))
        dialog.bridge.update_received.connect(self._text_changed)  # the participants' words count too
        self.workshops[deliverable_id] = dialog
        dialog.show()
        return dialog

    def close_windows(self) -> None:
        """End the workshops and close the editors (the workspace is about to close)."""
        self._words_timer.stop()
        if self._stop_pulled is not None:
            self._stop_pulled()
            self._stop_pulled = None
        for dialog in list(self.workshops.values()):
            dialog.end_workshop()
            dialog.close()
        for editor in list(self.editors.values()):
            editor.close()

    # -- inner workings --------------------------------------------------------------------------

    def _created(self, deliverable: Deliverable | None) -> None:
        if deliverable is None:
            return
        self._clear_message()
        self.refresh()
        self.select(deliverable.id)
        self.deliverables_changed.emit()

    def _pulled(self, deliverable_id: str, update: bytes) -> None:
        """On the sync's thread: hand the update to the GUI thread (a queued signal)."""
        with contextlib.suppress(RuntimeError):  # the widget is gone: no editor to show the text in
            self.text_pulled.emit(deliverable_id, update)

    def _apply_pulled(self, deliverable_id: str, update: bytes) -> None:
        """Show a pulled text update in the deliverable's open editor and its running workshop."""
        editor = self.editors.get(deliverable_id)
        if editor is not None:
            editor.apply_pulled(update)
        dialog = self.workshops.get(deliverable_id)
        if dialog is not None and dialog.running and dialog.host is not None:
            dialog.host.push_update(update)
        self._text_changed(update)

    def _text_changed(self, _update: bytes) -> None:
        """Count the words again a moment after the typing stops."""
        self._words_timer.start()

    def _editor_closed(self, deliverable_id: str) -> None:
        """Forget the editor. Nothing is read here: this also runs while the window and its workbook
        close (the words were counted after the last edit already)."""
        self.editors.pop(deliverable_id, None)

    def _open_index(self, index: QtCore.QModelIndex) -> None:
        if index.isValid():
            self.open_editor(self.model.deliverable(index.row()).id)

    def _open_selected(self) -> None:
        deliverable = self.selected_deliverable()
        if deliverable is not None:
            self.open_editor(deliverable.id)

    def _export_selected(self) -> None:
        from socieux_desktop.collab.store import FILE_SUFFIX

        deliverable = self.selected_deliverable()
        if deliverable is None:
            return
        folder = QtCore.QStandardPaths.writableLocation(
            QtCore.QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export the deliverable to a file"),
            str(Path(folder) / file_name_for(deliverable, FILE_SUFFIX)),
            self.tr("Deliverable files (*{suffix})").format(suffix=FILE_SUFFIX))
        if name:
            path = Path(name)
            if not path.name.endswith(FILE_SUFFIX):
                path = path.with_name(path.name + FILE_SUFFIX)
            self.export_to(deliverable.id, path)

    def _merge_selected(self) -> None:
        from socieux_desktop.collab.store import FILE_SUFFIX

        deliverable = self.selected_deliverable()
        if deliverable is None:
            return
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Merge a copy of the deliverable from a file"), "",
            self.tr("Deliverable files (*{suffix});;All files (*)").format(suffix=FILE_SUFFIX))
        if name:
            self.merge_from(deliverable.id, Path(name))

    def _workshop_selected(self) -> None:
        deliverable = self.selected_deliverable()
        if deliverable is not None:
            self.start_workshop(deliverable.id)

    def _pdf_selected(self) -> None:
        deliverable = self.selected_deliverable()
        if deliverable is not None:
            self.pdf_requested.emit(deliverable.id)

    def _update_buttons(self) -> None:
        chosen = self.selected_deliverable() is not None
        self.new_action.setEnabled(self._mission_id is not None)
        for action in (self.open_action, self.export_action, self.merge_action, self.workshop_action,
                       self.pdf_action):
            action.setEnabled(chosen)

    def _show_message(self, text: str, style: str = "") -> None:
        self.message_label.setStyleSheet(style)
        self.message_label.setText(text)
        self.message_label.show()

    def _show_error(self, text: str) -> None:
        self._show_message(text, _ERROR_STYLE)

    def _clear_message(self) -> None:
        self.message_label.clear()
        self.message_label.hide()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (watched is self.view and event.type() == QtCore.QEvent.Type.KeyPress
                and isinstance(event, QtGui.QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._open_selected()
            return True
        if event.type() == QtCore.QEvent.Type.WindowActivate:
            for editor in self.editors.values():
                if watched is editor:  # back to an editor: the sign-in or the status may have changed
                    editor.set_role(self.store.role())
                    editor.refresh_status()
        if event.type() == QtCore.QEvent.Type.Close and isinstance(event, QtGui.QCloseEvent):
            for deliverable_id, editor in self.editors.items():
                workshop = self.workshops.get(deliverable_id)
                if watched is editor and workshop is not None and workshop.running:
                    # the workshop's edits reach the workspace through this editor's copy
                    event.ignore()
                    workshop.raise_()
                    box = QtWidgets.QMessageBox(
                        QtWidgets.QMessageBox.Icon.Information, self.tr("Workshop running"), self.tr(
                            "A workshop is editing this deliverable. End the workshop before closing it."),
                        QtWidgets.QMessageBox.StandardButton.Ok, workshop)
                    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
                    box.open()
                    return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.empty_label.setText(self.tr("Choose a mission in the list to see its deliverables."))
        self.new_action.setText(self.tr("New deliverable…"))
        self.open_action.setText(self.tr("Open"))
        self.export_action.setText(self.tr("Export to file…"))
        self.merge_action.setText(self.tr("Merge from file…"))
        self.workshop_action.setText(self.tr("Start workshop…"))
        self.pdf_action.setText(self.tr("Export to PDF…"))
        self.model.retranslate()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

