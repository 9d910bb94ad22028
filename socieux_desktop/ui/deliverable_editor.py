"""The editor of one deliverable: its sections, the text of each bound to the CRDT document, a live
preview, comments and named versions beside it, undo and redo of one's own edits, the word count and
the workflow.

Every edit is one CRDT update stored at once (``DeliverableStore.open`` saves every change of the copy,
the updates applied from elsewhere included). Local updates are handed out through ``local_update`` for
the workshop to broadcast; updates from elsewhere come in through ``apply_remote`` (GUI thread). Undo and
redo take back only this person's edits (``DeliverableDocument.undo_manager``): what others wrote stays.

A pycrdt update listener runs while its transaction commits, when the document cannot be read: the
listener here only notes what happened, and the lists, preview and counts are brought up to date right
after (the preview and the word count about 300 ms after the last change).
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from socieux_desktop.collab.document import (
    DeliverableDocument,
    Field,
    Origin,
    UnknownSection,
    from_utf16,
    to_utf16,
)
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.domain.deliverables import (
    COORDINATOR,
    HEADQUARTERS_ACTIONS,
    Deliverable,
    DeliverableAction,
    allowed_deliverable_actions,
)
from socieux_desktop.domain.errors import Code, Finding, RuleViolation
from socieux_desktop.reports.markdown import preview_html
from socieux_desktop.store.images import DeliverableImages, ImageRefused
from socieux_desktop.ui.crdt_binding import TextBinding, widget_text
from socieux_desktop.ui.deliverable_comments import CommentsPanel
from socieux_desktop.ui.deliverable_suggestions import SuggestionsPanel
from socieux_desktop.ui.deliverable_versions import VersionsPanel
from socieux_desktop.ui.labels import label
from socieux_desktop.ui.messages import message
from socieux_desktop.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal

PREVIEW_DELAY_MS = 300
UNDO_GROUP_MS = 500
"""Edits closer together than this are undone as one step (typing a word), except across a section
added, removed or moved, which is a step of its own."""
SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_HEADING_MARKS = re.compile(r"^ {0,3}#{1,6}(?:\s+|$)")
_LIST_MARKS = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])\s+")
_LINK_SCHEMES = ("http://", "https://", "mailto:")


class RemoveSectionBox(QtWidgets.QMessageBox):
    """Asks before removing a section and its text."""

    def __init__(self, title: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.section_title = title
        self.setIcon(QtWidgets.QMessageBox.Icon.Warning)
        self.remove_button = QtWidgets.QPushButton()
        self.addButton(self.remove_button, QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Remove section"))
        self.setText(self.tr("Remove the section “{title}” and its text?").format(title=self.section_title))
        self.setInformativeText(self.tr("Undo (Ctrl+Z) brings it back."))
        self.remove_button.setText(self.tr("Remove"))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.remove_button


class ImagePreview(QtWidgets.QTextBrowser):
    """The preview, showing only the pictures attached to the deliverable (``resolve``: a reference of
    the text -> bytes or None): Qt would otherwise read any file a text names (an absolute path, ``..``)
    from this laptop's disk. Nothing else is loaded either (style sheets, linked pages)."""

    def __init__(self, resolve: Callable[[str], bytes | None],
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._resolve = resolve
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)

    def loadResource(self, kind: int, name: QtCore.QUrl | str) -> Any:  # Qt's name
        if kind != QtGui.QTextDocument.ResourceType.ImageResource.value:
            return None
        image = QtGui.QImage()
        data = self._resolve(name.toString() if isinstance(name, QtCore.QUrl) else name)
        if data is not None:
            image.loadFromData(data)
        return image


class DeliverableEditor(QtWidgets.QWidget):
    """One deliverable, edited by ``author`` as ``role`` ("expert" or "coordinator")."""

    local_update = Signal(bytes)
    """Each update made here (typing, sections, undo), in order, for the workshop to broadcast."""
    status_changed = Signal(str)
    """The deliverable's new status (a ``DeliverableStatus`` value) after a workflow button."""

    def __init__(self, store: DeliverableStore, deliverable_id: str, *, role: str = "expert",
                 author: str = "", parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.deliverable_id = deliverable_id
        self.role = role
        self.author = author
        self.deliverable: Deliverable = store.get(deliverable_id)
        self.document: DeliverableDocument = store.open(deliverable_id)
        self._undo_clock_offset = 0
        self.undo_manager = self.document.undo_manager(UNDO_GROUP_MS, self._undo_clock)
        self._section_id: str | None = None
        self._bindings: list[TextBinding] = []
        self._shown_sections: list[tuple[str, str]] = []
        self._outgoing: list[bytes] = []
        self._changed = False
        self._last_field = Field.BODY
        self.remove_box: RemoveSectionBox | None = None
        """The box that asked before removing a section, last time one did."""

        # -- the header: title, status, workflow ------------------------------------------------
        self.title_label = QtWidgets.QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.status_label = QtWidgets.QLabel()
        self.workflow_buttons: dict[str, QtWidgets.QPushButton] = {
            action: QtWidgets.QPushButton() for action in (
                DeliverableAction.SHARE, DeliverableAction.SUBMIT, DeliverableAction.REOPEN,
                DeliverableAction.APPROVE, DeliverableAction.RETURN)}
        self.share_button = self.workflow_buttons[DeliverableAction.SHARE]
        self.submit_button = self.workflow_buttons[DeliverableAction.SUBMIT]
        self.reopen_button = self.workflow_buttons[DeliverableAction.REOPEN]
        self.approve_button = self.workflow_buttons[DeliverableAction.APPROVE]
        self.return_button = self.workflow_buttons[DeliverableAction.RETURN]
        for action, button in self.workflow_buttons.items():
            button.clicked.connect(self._workflow_slot(action))
        self.message_label = QtWidgets.QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.hide()
        self.lock_label = QtWidgets.QLabel()
        self.lock_label.setWordWrap(True)
        self.lock_label.hide()

        # -- the sections -------------------------------------------------------------------------
        self.sections_list = QtWidgets.QListWidget()
        self.sections_list.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.sections_list.setWordWrap(True)  # long titles (French, Spanish) wrap instead of being cut
        self.sections_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections_list.currentRowChanged.connect(self._current_row_changed)
        self.add_button = QtWidgets.QPushButton()
        self.remove_button = QtWidgets.QPushButton()
        self.up_button = QtWidgets.QPushButton()
        self.down_button = QtWidgets.QPushButton()
        self.add_button.clicked.connect(self.add_section)
        self.remove_button.clicked.connect(self.remove_section)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self.sections_label = QtWidgets.QLabel()

        # -- the text ------------------------------------------------------------------------------
        self.section_title_edit = QtWidgets.QLineEdit()
        self.body_edit = QtWidgets.QPlainTextEdit()
        self.body_edit.setUndoRedoEnabled(False)  # undo is the CRDT's: one's own edits only
        self.body_edit.setTabChangesFocus(False)
        self.word_count_label = QtWidgets.QLabel()
        self.image_button = QtWidgets.QPushButton()
        self.image_button.clicked.connect(self.choose_image)
        self.undo_button = QtWidgets.QToolButton()
        self.redo_button = QtWidgets.QToolButton()
        self.undo_action = QtGui.QAction(self)
        self.undo_action.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QtGui.QAction(self)
        self.redo_action.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Redo))
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redo_action.triggered.connect(self.redo)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)
        for editor in (self.section_title_edit, self.body_edit):
            editor.installEventFilter(self)

        # -- formatting: buttons and keys that write the Markdown, as typing would --------------------
        self.format_toolbar = QtWidgets.QToolBar()
        self.format_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bold_action = self._format_action("Ctrl+B", self.format_bold)
        self.italic_action = self._format_action("Ctrl+I", self.format_italic)
        self.heading_actions = [self._format_action(f"Ctrl+{level}", self._heading_slot(level))
                                for level in (1, 2, 3)]
        self.bullets_action = self._format_action("Ctrl+Shift+8", self.format_bullets)
        self.numbers_action = self._format_action("Ctrl+Shift+7", self.format_numbers)
        self.table_action = self._format_action("", self.insert_table)
        self.link_action = self._format_action("Ctrl+K", self.ask_link)
        self.format_actions = [self.bold_action, self.italic_action, *self.heading_actions,
                               self.bullets_action, self.numbers_action, self.table_action, self.link_action]
        bold_font = self.bold_action.font()
        bold_font.setBold(True)
        self.bold_action.setFont(bold_font)
        italic_font = self.italic_action.font()
        italic_font.setItalic(True)
        self.italic_action.setFont(italic_font)
        self.link_dialog: QtWidgets.QInputDialog | None = None
        """The dialog that asked for a link's address, last time one did."""

        # -- the side: preview, comments, named versions --------------------------------------------
        self.images = DeliverableImages(store.workbook)
        self.preview = ImagePreview(lambda reference: self.images.resolve_image(deliverable_id, reference))
        self.side_tabs = QtWidgets.QTabWidget()
        self.side_tabs.setDocumentMode(True)
        self.preview_index = self.side_tabs.addTab(self.preview, "")
        self.comments = CommentsPanel(self.document, author, self.selection)
        self.comments.comment_activated.connect(self.select_passage)
        self.comments_index = self.side_tabs.addTab(self.comments, "")
        self.versions = VersionsPanel(self.document, author)
        self.versions_index = self.side_tabs.addTab(self.versions, "")
        self.suggestions = SuggestionsPanel(self.document)
        self.suggestions.suggestion_activated.connect(self.select_passage)
        self.suggestions_index = self.side_tabs.addTab(self.suggestions, "")
        self._preview_timer = QtCore.QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self._change_timer = QtCore.QTimer(self)
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(0)
        self._change_timer.timeout.connect(self._after_change)

        # -- layout --------------------------------------------------------------------------------
        header = QtWidgets.QHBoxLayout()
        titles = QtWidgets.QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.status_label)
        header.addLayout(titles, 1)
        for button in self.workflow_buttons.values():
            header.addWidget(button)

        left = QtWidgets.QWidget()
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.sections_label)
        left_layout.addWidget(self.sections_list, 1)
        section_buttons = QtWidgets.QGridLayout()
        section_buttons.addWidget(self.add_button, 0, 0)
        section_buttons.addWidget(self.remove_button, 0, 1)
        section_buttons.addWidget(self.up_button, 1, 0)
        section_buttons.addWidget(self.down_button, 1, 1)
        left_layout.addLayout(section_buttons)

        middle = QtWidgets.QWidget()
        middle_layout = QtWidgets.QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.section_title_edit)
        middle_layout.addWidget(self.format_toolbar)
        middle_layout.addWidget(self.body_edit, 1)
        footer = QtWidgets.QHBoxLayout()
        footer.addWidget(self.undo_button)
        footer.addWidget(self.redo_button)
        footer.addWidget(self.image_button)
        footer.addStretch(1)
        footer.addWidget(self.word_count_label)
        middle_layout.addLayout(footer)

        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 18)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message_label)
        layout.addWidget(self.lock_label)
        layout.addWidget(splitter, 1)

        stop = self.document.on_update(self._document_updated)
        self.destroyed.connect(lambda *_: stop())  # the document may outlive the window
        self.retranslate()  # fills the sections list, binds the first section, applies the status
        self.update_preview()

    # -- public interface ------------------------------------------------------------------------

    @property
    def section_id(self) -> str | None:
        """The section being edited."""
        return self._section_id

    def apply_remote(self, update: bytes) -> None:
        """Merge an update from elsewhere (the workshop, another copy): shown at once, stored, never
        undone here. Raises ``ValueError`` when it cannot be decoded (the document is unchanged)."""
        self.document.apply_update(update)
        self._after_change()

    def apply_pulled(self, update: bytes) -> None:
        """Merge a text update that sync brought and has already stored (not stored again)."""
        self.store.apply_pulled(self.document, update)
        self._after_change()

    def selection(self) -> tuple[str, str, int, int] | None:
        """The selected passage as ``(section_id, field, start, end)`` in code points of that text, or
        None when nothing is selected (what a comment anchors to)."""
        if self._section_id is None:
            return None
        if self._last_field == Field.TITLE:
            line = self.section_title_edit
            if not line.hasSelectedText():
                return None
            start16 = line.selectionStart()
            end16 = start16 + line.selectionLength()
            text = line.text()
        else:
            cursor = self.body_edit.textCursor()
            if not cursor.hasSelection():
                return None
            start16, end16 = cursor.selectionStart(), cursor.selectionEnd()
            text = widget_text(self.body_edit)
        return (self._section_id, self._last_field.value, from_utf16(text, start16),
                from_utf16(text, end16))

    def select_passage(self, section_id: str, field: str, start: int, end: int) -> None:
        """Show a section and select ``start``..``end`` (code points) of its title or body."""
        self.select_section(section_id)
        if self._section_id != section_id:
            return
        if Field(field) == Field.TITLE:
            text = self.section_title_edit.text()
            start16, end16 = to_utf16(text, min(start, len(text))), to_utf16(text, min(end, len(text)))
            self.section_title_edit.setFocus()
            self.section_title_edit.setSelection(start16, end16 - start16)
        else:
            text = widget_text(self.body_edit)
            cursor = self.body_edit.textCursor()
            cursor.setPosition(to_utf16(text, min(start, len(text))))
            cursor.setPosition(to_utf16(text, min(end, len(text))), QtGui.QTextCursor.MoveMode.KeepAnchor)
            self.body_edit.setTextCursor(cursor)
            self.body_edit.setFocus()

    def select_section(self, section_id: str) -> None:
        """Show a section in the editors."""
        for row in range(self.sections_list.count()):
            if self.sections_list.item(row).data(SECTION_ID_ROLE) == section_id:
                self.sections_list.setCurrentRow(row)
                return

    def set_role(self, role: str) -> None:
        """Act as ``role`` from now on (the person signed in or out): only a coordinator is offered
        Approve and Return (the store refuses them to anyone else all the same)."""
        if role != self.role:
            self.role = role
            self._apply_status()

    def refresh_status(self) -> None:
        """Read the deliverable again (its status may have changed through sync)."""
        self.deliverable = self.store.get(self.deliverable_id)
        self._apply_status()

    @property
    def locked(self) -> bool:
        return self.deliverable.status.locks_text

    # -- sections --------------------------------------------------------------------------------

    def add_section(self) -> str | None:
        """A new, untitled section after the current one; its title is ready to type. Its id."""
        if self.locked:
            return None
        row = self.sections_list.currentRow()
        index = row + 1 if row >= 0 else None
        self.new_undo_step()
        section_id = self.document.add_section("", index=index)
        self.new_undo_step()
        self._refresh_sections(select=section_id)
        self.section_title_edit.setFocus()
        return section_id

    def remove_section(self) -> RemoveSectionBox | None:
        """Open (not exec) the box that asks before removing the current section; removes on confirm."""
        if self.locked or self._section_id is None:
            return None
        section_id = self._section_id
        box = RemoveSectionBox(self.document.section(section_id).title or self._untitled(), self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            if box.confirmed():
                self.remove_section_now(section_id)

        box.finished.connect(finished)
        box.open()
        self.remove_box = box
        return box

    def remove_section_now(self, section_id: str) -> None:
        """Remove a section without asking (the box asked)."""
        if self.locked:
            return
        row = self.sections_list.currentRow()
        self.new_undo_step()
        with contextlib.suppress(UnknownSection):  # removed meanwhile elsewhere
            self.document.remove_section(section_id)
        self.new_undo_step()
        self._refresh_sections(fallback_row=row)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(+1)

    def _move(self, step: int) -> None:
        row = self.sections_list.currentRow()
        if self.locked or self._section_id is None or not 0 <= row + step < self.sections_list.count():
            return
        section_id = self._section_id
        self.new_undo_step()
        self.document.move_section(section_id, row + step)
        self.new_undo_step()
        self._refresh_sections(select=section_id)

    # -- undo --------------------------------------------------------------------------------------

    def _undo_clock(self) -> int:
        return time.monotonic_ns() // 1_000_000 + self._undo_clock_offset

    def new_undo_step(self) -> None:
        """Make the next edit a step of its own for undo, however soon it comes."""
        self._undo_clock_offset += 2 * UNDO_GROUP_MS

    def undo(self) -> None:
        """Take back this person's last edit (others' edits stay)."""
        if not self.locked and self.undo_manager.undo():
            self._after_change()

    def redo(self) -> None:
        if not self.locked and self.undo_manager.redo():
            self._after_change()

    # -- pictures -----------------------------------------------------------------------------------

    def choose_image(self) -> None:
        """Ask for a picture on this computer, then insert it (``insert_image``)."""
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Insert image"), "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff)"))
        if name:
            self.insert_image(Path(name))

    def insert_image(self, source: Path) -> bool:
        """Copy the picture at ``source`` into the deliverable's pictures and write its reference
        (``![name](images/name.png)``) at the cursor, on a line of its own; a refusal is shown."""
        self.message_label.hide()
        if self.locked or self._section_id is None:
            return False
        try:
            reference = self.images.attach_file(self.deliverable_id, source)
        except ImageRefused as refused:
            self.message_label.setText(self._refusal(refused.reason))
            self.message_label.show()
            return False
        caption = reference.removeprefix("images/").rsplit(".", 1)[0].replace("-", " ")
        cursor = self.body_edit.textCursor()
        before = "" if cursor.atBlockStart() else "\n\n"
        cursor.insertText(f"{before}![{caption}]({reference})\n\n")
        self.body_edit.setTextCursor(cursor)
        self.update_preview()
        return True

    def _refusal(self, reason: str) -> str:
        if reason == "too_large":
            return self.tr("This picture is larger than 20 MB: save it smaller (for instance as a JPEG of "
                           "2,000 pixels) and insert it again.")
        if reason == "unreadable":
            return self.tr("This file could not be read: check that it is still there and that you may "
                           "open it, then insert it again.")
        return self.tr("This file is not a picture that can be printed: choose a PNG, JPEG, GIF, WebP, "
                       "BMP or TIFF image.")

    # -- the workflow -------------------------------------------------------------------------------

    def change_status(self, action: str) -> bool:
        """Share, submit, reopen, approve or return; a refusal is shown, nothing is written then."""
        self.message_label.hide()
        if action in HEADQUARTERS_ACTIONS and self.role != COORDINATOR:
            return False
        try:
            status = self.store.change_status(self.deliverable_id, action)
        except RuleViolation as exc:
            self.message_label.setText(message(exc.finding))
            self.message_label.show()
            return False
        self.deliverable = self.store.get(self.deliverable_id)
        self._apply_status()
        self.status_changed.emit(status.value)
        return True

    def _workflow_slot(self, action: str) -> Callable[[], None]:
        def slot() -> None:
            self.change_status(action)

        return slot

    def _apply_status(self) -> None:
        status = self.deliverable.status
        allowed = set(allowed_deliverable_actions(status))
        for action, button in self.workflow_buttons.items():
            headquarters = action in HEADQUARTERS_ACTIONS
            button.setVisible(not headquarters or self.role == COORDINATOR)
            button.setEnabled(action in allowed and (not headquarters or self.role == COORDINATOR))
        locked = status.locks_text
        self._update_text_read_only()
        self.add_button.setEnabled(not locked)  # remove, up and down: _update_section_buttons below
        self.undo_action.setEnabled(not locked)
        self.redo_action.setEnabled(not locked)
        if locked:
            self.lock_label.setText(message(Finding(Code.DELIVERABLE_LOCKED,
                                                    {"deliverable_status": status.value})))
        self.lock_label.setVisible(locked)
        self._update_header()
        self._update_section_buttons()

    def _update_header(self) -> None:
        self.title_label.setText(self.tr("{title} ({kind})").format(
            title=self.deliverable.title, kind=label(self.deliverable.kind)))
        self.status_label.setText(self.tr("Status: {status}").format(status=label(self.deliverable.status)))

    # -- following the document --------------------------------------------------------------------

    def _document_updated(self, update: bytes, origin: Origin) -> None:
        """While the transaction commits: note it, do the rest right after."""
        if origin == Origin.LOCAL:
            self._outgoing.append(update)
        self._changed = True
        self._change_timer.start()
        self._preview_timer.start()

    def _after_change(self) -> None:
        self._change_timer.stop()
        outgoing, self._outgoing = self._outgoing, []
        for update in outgoing:
            self.local_update.emit(update)
        if self._changed:
            self._changed = False
            self._refresh_sections()
            self.suggestions.mark(self.body_edit, self._section_id)
            if not self._preview_timer.isActive():
                self._preview_timer.start()

    def update_preview(self) -> None:
        """The preview and the word count of the whole document, now."""
        self._preview_timer.stop()
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(preview_html((s.title, s.body) for s in self.document.sections()))
        self.preview.verticalScrollBar().setValue(scroll)
        self._update_word_count()

    def _update_word_count(self) -> None:
        self.word_count_label.setText(self.tr("%n word(s)", "", self.document.word_count()))

    def _refresh_sections(self, select: str | None = None, fallback_row: int | None = None) -> None:
        """The list of sections as the document now has them; the current one kept if it still exists
        (else the one at its place), or ``select``."""
        shown = [(s.id, s.title) for s in self.document.sections()]
        wanted = select or self._section_id
        row = self.sections_list.currentRow() if fallback_row is None else fallback_row
        if shown != self._shown_sections:
            self._shown_sections = shown
            self.sections_list.blockSignals(True)
            self.sections_list.clear()
            for section_id, title in shown:
                item = QtWidgets.QListWidgetItem(title or self._untitled())
                item.setData(SECTION_ID_ROLE, section_id)
                item.setToolTip(title)
                if not title:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.sections_list.addItem(item)
            self.sections_list.blockSignals(False)
        ids = [section_id for section_id, _ in shown]
        if wanted in ids:
            target = ids.index(wanted)
        elif ids:
            target = max(0, min(row, len(ids) - 1))
        else:
            target = -1
        self.sections_list.blockSignals(True)
        self.sections_list.setCurrentRow(target)
        self.sections_list.blockSignals(False)
        self._bind(ids[target] if target >= 0 else None)

    def _current_row_changed(self, row: int) -> None:
        item = self.sections_list.item(row) if row >= 0 else None
        self._bind(str(item.data(SECTION_ID_ROLE)) if item is not None else None)

    def _bind(self, section_id: str | None) -> None:
        if section_id == self._section_id and not any(binding.closed for binding in self._bindings):
            self._update_section_buttons()
            return
        self.new_undo_step()  # typing in another section is another step
        for binding in self._bindings:
            binding.close()
        self._bindings = []
        self._section_id = section_id
        if section_id is None:
            self.section_title_edit.clear()
            self.body_edit.clear()
        else:
            self._bindings = [
                # Not children of this widget: each stops when its text widget is destroyed.
                TextBinding(self.document, section_id, Field.TITLE, self.section_title_edit),
                TextBinding(self.document, section_id, Field.BODY, self.body_edit),
            ]
            for binding in self._bindings:
                binding.section_lost.connect(self._change_timer.start)
        self._update_text_read_only()
        self._update_section_buttons()
        self.suggestions.mark(self.body_edit, section_id)

    def _update_text_read_only(self) -> None:
        read_only = self.locked or self._section_id is None
        self.section_title_edit.setReadOnly(read_only)
        self.body_edit.setReadOnly(read_only)
        self.image_button.setEnabled(not read_only)
        for action in self.format_actions:
            action.setEnabled(not read_only)

    # -- formatting ----------------------------------------------------------------------------------
    # Each writes Markdown into the text box with one replacement of a range, as typing or pasting
    # would: the binding turns it into one CRDT edit, undo takes it back as one step.

    def _format_action(self, keys: str, slot: Callable[[], object]) -> QtGui.QAction:
        action = QtGui.QAction(self)
        if keys:
            action.setShortcut(QtGui.QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.format_toolbar.addAction(action)
        return action

    def _heading_slot(self, level: int) -> Callable[[], None]:
        def slot() -> None:
            self.format_heading(level)

        return slot

    def _editable_body(self) -> bool:
        return not self.locked and self._section_id is not None and not self.body_edit.isReadOnly()

    def _replace(self, start: int, end: int, text: str, select: tuple[int, int] | None = None) -> None:
        """Replace UTF-16 positions ``start``..``end`` of the text box by ``text`` as one step of undo;
        then select ``select`` (positions in ``text``), or put the cursor after it."""
        cursor = self.body_edit.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
        self.new_undo_step()
        cursor.insertText(text)
        self.new_undo_step()
        after = QtGui.QTextCursor(self.body_edit.document())
        if select is None:
            after.setPosition(start + len(text.encode("utf-16-le")) // 2)
        else:
            prefix, chosen = text[:select[0]], text[select[0]:select[1]]
            first = start + len(prefix.encode("utf-16-le")) // 2
            after.setPosition(first)
            after.setPosition(first + len(chosen.encode("utf-16-le")) // 2,
                              QtGui.QTextCursor.MoveMode.KeepAnchor)
        self.body_edit.setTextCursor(after)
        self.body_edit.setFocus()

    def _wrap(self, mark: str) -> None:
        """``mark`` around the selection (or the word at the cursor), or taken away when it is there."""
        if not self._editable_body():
            return
        cursor = self.body_edit.textCursor()
        if not cursor.hasSelection():
            cursor.select(QtGui.QTextCursor.SelectionType.WordUnderCursor)
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        chosen = cursor.selectedText().replace("\u2029", "\n")
        document = self.body_edit.document()

        def text_at(first: int, last: int) -> str:  # UTF-16 positions, as the cursor counts
            return "".join(document.characterAt(at) for at in range(max(0, first), last))

        width = len(mark)
        around = text_at(start - width, start) == mark and text_at(end, end + width) == mark
        other = "*" if mark == "**" else "**"
        if around and not (mark == "*" and text_at(start - 2, start) == "**"
                           and text_at(end, end + 2) == "**"):
            self._replace(start - width, end + width, chosen, (0, len(chosen)))
        elif len(chosen) > 2 * width and chosen.startswith(mark) and chosen.endswith(mark) and not (
                mark == "*" and chosen.startswith(other)):
            inner = chosen[width:-width]
            self._replace(start, end, inner, (0, len(inner)))
        else:
            stripped = chosen.strip()
            lead = chosen[:len(chosen) - len(chosen.lstrip())]
            trail = chosen[len(chosen.rstrip()):]
            text = f"{lead}{mark}{stripped}{mark}{trail}"
            self._replace(start, end, text, (len(lead) + width, len(lead) + width + len(stripped)))

    def format_bold(self) -> None:
        """Bold: ``**`` around the selection (Ctrl+B); again takes it away."""
        self._wrap("**")

    def format_italic(self) -> None:
        """Italic: ``*`` around the selection (Ctrl+I); again takes it away."""
        self._wrap("*")

    def _lines(self) -> tuple[int, int, list[str]]:
        """The UTF-16 range of the whole lines the selection touches, and those lines."""
        cursor = self.body_edit.textCursor()
        document = self.body_edit.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        start = first.position()
        end = last.position() + last.length() - 1
        cursor.setPosition(start)
        cursor.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
        return start, end, cursor.selectedText().replace("\u2029", "\n").split("\n")

    def format_heading(self, level: int) -> None:
        """The current line a heading of ``level`` (1 to 3: Ctrl+1 to Ctrl+3); again makes it text."""
        if not self._editable_body():
            return
        start, end, lines = self._lines()
        line = lines[0]
        found = _HEADING_MARKS.match(line)
        content = line[found.end():] if found else line
        same = bool(found) and line.lstrip().split(" ", 1)[0] == "#" * level
        text = content if same else f"{'#' * level} {content}"
        self._replace(start, end, "\n".join([text, *lines[1:]]), (len(text) - len(content), len(text)))

    def _list(self, numbered: bool) -> None:
        if not self._editable_body():
            return
        start, end, lines = self._lines()
        wanted = re.compile(r"^\s*\d{1,9}[.)]\s+" if numbered else r"^\s*[-*+]\s+")
        filled = [line for line in lines if line.strip()]
        if filled and all(wanted.match(line) for line in filled):
            new = [_LIST_MARKS.sub(r"\1", line) for line in lines]
        else:
            new = []
            number = 0
            for line in lines:
                if not line.strip():
                    new.append(line)
                    continue
                number += 1
                indent = line[:len(line) - len(line.lstrip())]
                content = _LIST_MARKS.sub("", line) if _LIST_MARKS.match(line) else line.lstrip()
                new.append(f"{indent}{number}. {content}" if numbered else f"{indent}- {content}")
        text = "\n".join(new)
        self._replace(start, end, text)

    def format_bullets(self) -> None:
        """The selected lines a bulleted list (Ctrl+Shift+8); again makes them text."""
        self._list(numbered=False)

    def format_numbers(self) -> None:
        """The selected lines a numbered list (Ctrl+Shift+7); again makes them text."""
        self._list(numbered=True)

    def insert_table(self) -> None:
        """A table of three columns and two rows after the current line, its first header selected."""
        if not self._editable_body():
            return
        start, end, lines = self._lines()
        headers = [self.tr("Column {number}").format(number=number) for number in (1, 2, 3)]
        table = "| " + " | ".join(headers) + " |\n|---|---|---|\n|  |  |  |\n|  |  |  |"
        before = "\n".join(lines)
        lead = f"{before}\n\n" if before.strip() else ""
        after = self.body_edit.toPlainText()[end:end + 1]
        text = f"{lead}{table}\n" + ("\n" if after and after != "\n" else "")
        self._replace(start, end, text, (len(lead) + 2, len(lead) + 2 + len(headers[0])))

    def ask_link(self) -> QtWidgets.QInputDialog | None:
        """Open (not exec) the box asking for a link's address (Ctrl+K); OK puts the link in."""
        if not self._editable_body():
            return None
        dialog = QtWidgets.QInputDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Insert a link"))
        dialog.setLabelText(self.tr("Address of the page (https://…):"))
        dialog.setTextValue("https://")
        dialog.textValueSelected.connect(self.insert_link)
        dialog.open()
        self.link_dialog = dialog
        return dialog

    def insert_link(self, address: str) -> bool:
        """``[selection](address)`` (the address as its text when nothing is selected); False, and a
        message, for an address a reader could not follow."""
        if not self._editable_body():
            return False
        address = address.strip()
        if address and not address.lower().startswith(_LINK_SCHEMES) and "." in address \
                and "@" not in address:
            address = "https://" + address
        if not address.lower().startswith(_LINK_SCHEMES) or len(address) <= len("https://") \
                or re.search(r"\s", address):
            self.message_label.setText(self.tr(
                "“{address}” is not a web address. Type an address such as https://socieux.eu, then "
                "insert the link again.").format(address=address))
            self.message_label.show()
            return False
        self.message_label.hide()
        target = address.replace("(", "%28").replace(")", "%29")
        cursor = self.body_edit.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        chosen = cursor.selectedText().replace("\u2029", " ") or address
        label = chosen.replace("[", "\\[").replace("]", "\\]")
        self._replace(start, end, f"[{label}]({target})", (1, 1 + len(label)))
        return True

    def _update_section_buttons(self) -> None:
        row, count = self.sections_list.currentRow(), self.sections_list.count()
        editable = not self.locked
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)

    # -- keys and language -------------------------------------------------------------------------

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if watched is self.body_edit and isinstance(event, QtGui.QKeyEvent):
            typed = QtGui.QKeySequence(event.keyCombination())
            for action in self.format_actions:
                if not action.shortcut().isEmpty() and typed.matches(action.shortcut()) \
                        == QtGui.QKeySequence.SequenceMatch.ExactMatch:
                    # Taken here, before the text box (Ctrl+K deletes to the end of the line there).
                    if event.type() == QtCore.QEvent.Type.ShortcutOverride:
                        event.accept()
                        return True
                    if event.type() == QtCore.QEvent.Type.KeyPress:
                        action.trigger()
                        return True
        if watched in (self.section_title_edit, self.body_edit) and isinstance(event, QtGui.QKeyEvent):
            undo = event.matches(QtGui.QKeySequence.StandardKey.Undo)
            redo = event.matches(QtGui.QKeySequence.StandardKey.Redo)
            if undo or redo:
                if event.type() == QtCore.QEvent.Type.ShortcutOverride:
                    event.accept()  # comes as a key press, taken here: the widgets' own undo never runs
                    return True
                if event.type() == QtCore.QEvent.Type.KeyPress:
                    if undo:
                        self.undo()
                    else:
                        self.redo()
                    return True
        if event.type() == QtCore.QEvent.Type.FocusIn:
            field = Field.TITLE if watched is self.section_title_edit else Field.BODY
            if field != self._last_field:
                self._last_field = field
                self.new_undo_step()  # typing in the title, then in the text: two steps
        return super().eventFilter(watched, event)

    def _untitled(self) -> str:
        return self.tr("(untitled section)")

    def retranslate(self) -> None:
        self.share_button.setText(self.tr("Share with counterparts"))
        self.submit_button.setText(self.tr("Submit to headquarters"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.approve_button.setText(self.tr("Approve"))
        self.return_button.setText(self.tr("Return with comments"))
        self.sections_label.setText(self.tr("Sections"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a section after this one"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove this section"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.section_title_edit.setPlaceholderText(self.tr("Section title"))
        self.body_edit.setPlaceholderText(self.tr(
            "Write here. Markdown: # heading, - list item, **bold**, | table | cells |"))
        texts = [
            (self.bold_action, self.tr("B", "bold, as on Word's button"), self.tr("Bold (Ctrl+B)")),
            (self.italic_action, self.tr("I", "italic, as on Word's button"), self.tr("Italic (Ctrl+I)")),
            (self.heading_actions[0], self.tr("H1"), self.tr("Heading 1 (Ctrl+1)")),
            (self.heading_actions[1], self.tr("H2"), self.tr("Heading 2 (Ctrl+2)")),
            (self.heading_actions[2], self.tr("H3"), self.tr("Heading 3 (Ctrl+3)")),
            (self.bullets_action, self.tr("• List"), self.tr("Bulleted list (Ctrl+Shift+8)")),
            (self.numbers_action, self.tr("1. List"), self.tr("Numbered list (Ctrl+Shift+7)")),
            (self.table_action, self.tr("Table"), self.tr("Insert a table")),
            (self.link_action, self.tr("Link…"), self.tr("Insert a link (Ctrl+K)")),
        ]
        for action, text, tip in texts:
            action.setText(text)
            action.setToolTip(tip)
        self.undo_action.setText(self.tr("Undo"))
        self.undo_action.setToolTip(self.tr("Undo your last edit (Ctrl+Z); others' edits stay"))
        self.redo_action.setText(self.tr("Redo"))
        self.redo_action.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.image_button.setText(self.tr("Insert &image…"))
        self.image_button.setToolTip(self.tr(
            "Attach a picture from this computer to the deliverable and show it here"))
        self.side_tabs.setTabText(self.preview_index, self.tr("Preview"))
        self.side_tabs.setTabText(self.comments_index, self.tr("Comments"))
        self.side_tabs.setTabText(self.versions_index, self.tr("Versions"))
        self.side_tabs.setTabText(self.suggestions_index, self.tr("Suggestions"))
        self._shown_sections = []  # untitled sections' placeholder in the new language
        self._refresh_sections()
        self._apply_status()
        self._update_word_count()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
