"""Named versions of a deliverable: save one ("sent to the Ministry, 12 March"), read it, compare it.

The versions live in the deliverable's CRDT document (``collab.annotations``), so a version saved on
another copy shows here once its update arrives. Reading and comparing never change the document.
"""

from __future__ import annotations

import html
from enum import Enum

from socieux_desktop.collab.annotations import DiffKind, DiffLine, UnknownAnnotation, Version, Versions
from socieux_desktop.collab.document import DeliverableDocument, Origin
from socieux_desktop.ui.deliverable_comments import local_time
from socieux_desktop.ui.qt import Qt, QtCore, QtWidgets

VERSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, SAVED, AUTHOR = range(3)
_COMPARE_DELAY_MS = 300
_DIFF_STYLE = {
    DiffKind.DELETE: ("−", "background-color: #fde2e1; color: #7a1212;"),
    DiffKind.INSERT: ("+", "background-color: #dcf5dc; color: #0f5215;"),
    DiffKind.EQUAL: ("\u2007", ""),
}
"""The mark and colours of each kind of line: the mark says it without colour."""


def diff_html(lines: list[DiffLine]) -> str:
    """Lines of a comparison as HTML: removed lines red, added lines green, each marked − or +."""
    rows = []
    for line in lines:
        mark, style = _DIFF_STYLE[line.kind]
        rows.append(f'<div style="white-space: pre-wrap; {style}">{mark} {html.escape(line.text)}</div>')
    return "".join(rows)


class SaveVersionDialog(QtWidgets.QDialog):
    """Asks a version's name; OK with an empty name is refused with what to type."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt_label = QtWidgets.QLabel()
        self.prompt_label.setWordWrap(True)
        self.name_edit = QtWidgets.QLineEdit()
        self.name_edit.setMaxLength(200)
        self.prompt_label.setBuddy(self.name_edit)
        self.error_label = QtWidgets.QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def accept(self) -> None:
        if not self.name():
            self.error_label.setText(self.tr(
                "Give the version a name that says what it was for, such as “sent to the Ministry, "
                "12 March”."))
            self.error_label.show()
            self.name_edit.setFocus()
            return
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Save named version"))
        self.prompt_label.setText(self.tr(
            "&Name of this version of the text (for example “sent to the Ministry, 12 March”):"))
        self.error_label.hide()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class _Shown(Enum):
    NOTHING = 0
    VERSION = 1
    COMPARISON = 2


class VersionsPanel(QtWidgets.QWidget):
    """The named versions of one deliverable, newest first, and a read-only view of one of them."""

    def __init__(self, document: DeliverableDocument, author: str,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._versions = Versions(document)
        self._author = author
        self._shown = _Shown.NOTHING
        self._shown_id: str | None = None
        self._listed: list[Version] = []
        self.save_dialog: SaveVersionDialog | None = None
        """The open "save named version" dialog, if any."""

        self.save_button = QtWidgets.QPushButton()
        self.save_button.clicked.connect(self.ask_name)
        self.list = QtWidgets.QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        header = self.list.header()  # the name takes the room left by the time and the author
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda *_: self.view_current())
        self.view_button = QtWidgets.QPushButton()
        self.view_button.clicked.connect(self.view_current)
        self.compare_button = QtWidgets.QPushButton()
        self.compare_button.clicked.connect(self.compare_current)
        self.caption_label = QtWidgets.QLabel()
        self.caption_label.setWordWrap(True)
        self.viewer = QtWidgets.QTextBrowser()
        self.viewer.setReadOnly(True)
        self.viewer.setOpenLinks(False)

        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.viewer, 2)

        self._refresh_timer = QtCore.QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        # A comparison is worked out again once typing pauses, not at each keystroke.
        self._compare_timer = QtCore.QTimer(self)
        self._compare_timer.setSingleShot(True)
        self._compare_timer.setInterval(_COMPARE_DELAY_MS)
        self._compare_timer.timeout.connect(self._render)
        stop = document.on_update(self._document_changed)
        self.destroyed.connect(lambda *_: stop())

        self.retranslate()

    # -- the list ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the versions again, newest first, keeping the current one current; nothing is
        redrawn when they did not change (typing in the text)."""
        versions = self._newest_first()
        if versions != self._listed:
            self._fill(versions)

    def _newest_first(self) -> list[Version]:
        return list(reversed(self._versions.all()))

    def _fill(self, versions: list[Version]) -> None:
        current = self.current_version_id()
        self._listed = versions
        self.list.clear()
        for version in versions:
            item = QtWidgets.QTreeWidgetItem([version.name, local_time(version.created), version.author])
            item.setToolTip(0, version.name)
            item.setData(NAME, VERSION_ID_ROLE, version.id)
            self.list.addTopLevelItem(item)
            if version.id == current:
                self.list.setCurrentItem(item)
        for column in (SAVED, AUTHOR):
            self.list.resizeColumnToContents(column)
        self._update_buttons()

    def current_version_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(NAME, VERSION_ID_ROLE))

    def select_version(self, version_id: str) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(NAME, VERSION_ID_ROLE) == version_id:
                self.list.setCurrentItem(item)
                return

    # -- saving ------------------------------------------------------------------------------------

    def ask_name(self) -> SaveVersionDialog:
        """Open the dialog asking the new version's name (window-modal, not blocking); OK saves."""
        dialog = SaveVersionDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.save_version(dialog.name()))
        dialog.finished.connect(self._dialog_closed)
        self.save_dialog = dialog
        dialog.open()
        return dialog

    def save_version(self, name: str) -> str:
        """Save the text as it is now under ``name`` (not empty); the version's id."""
        version_id = self._versions.save(name, self._author)
        self.refresh()
        self.select_version(version_id)
        return version_id

    def _dialog_closed(self) -> None:
        self.save_dialog = None

    # -- reading -----------------------------------------------------------------------------------

    def view_current(self) -> None:
        version_id = self.current_version_id()
        if version_id is not None:
            self.view_version(version_id)

    def compare_current(self) -> None:
        version_id = self.current_version_id()
        if version_id is not None:
            self.compare_version(version_id)

    def view_version(self, version_id: str) -> None:
        """Show the version's text, read-only."""
        self._shown, self._shown_id = _Shown.VERSION, version_id
        self._render()

    def compare_version(self, version_id: str) -> None:
        """Show the version's text against the current one: removed lines red, added lines green."""
        self._shown, self._shown_id = _Shown.COMPARISON, version_id
        self._render()

    def _render(self) -> None:
        if self._shown is _Shown.NOTHING or self._shown_id is None:
            self.caption_label.setText(self.tr(
                "Choose a version, then “View” to read it or “Compare with current text” to see what "
                "changed since."))
            self.viewer.clear()
            return
        try:
            version = self._versions.get(self._shown_id)
        except UnknownAnnotation:
            self._shown, self._shown_id = _Shown.NOTHING, None
            self._render()
            return
        if self._shown is _Shown.VERSION:
            self.caption_label.setText(self._caption(version))
            self.viewer.setPlainText(self._versions.markdown(version.id))
            return
        self.caption_label.setText(self.tr(
            "Changes since “{name}”: lines marked − (red) are gone, lines marked + (green) were "
            "added.").format(name=version.name))
        scroll = self.viewer.verticalScrollBar().value()
        self.viewer.setHtml(diff_html(self._versions.compare(version.id)))
        self.viewer.verticalScrollBar().setValue(scroll)

    def _caption(self, version: Version) -> str:
        return self.tr("“{name}”, saved on {date} by {author} (read-only)").format(
            name=version.name, date=local_time(version.created), author=version.author)

    # -- inner workings ----------------------------------------------------------------------------

    def _document_changed(self, update: bytes, origin: Origin) -> None:
        self._refresh_timer.start()
        if self._shown is _Shown.COMPARISON:  # the current text moved on
            self._compare_timer.start()

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.view_button.setEnabled(chosen)
        self.compare_button.setEnabled(chosen)

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save named version…"))
        self.save_button.setToolTip(self.tr(
            "Keep the text as it is now under a name, to read it or compare with it later"))
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Saved on"), self.tr("By")])
        self.list.setAccessibleName(self.tr("Named versions"))
        self.view_button.setText(self.tr("View"))
        self.compare_button.setText(self.tr("Compare with current text"))
        self._fill(self._newest_first())
        self._render()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
