"""The suggested changes beside a deliverable's editor: accept or reject them one by one or all at once.

Suggestions come from workshop participants the expert set to suggest (``collab.suggestions``); they live
in the deliverable's CRDT document. Accepting one makes it an edit of the text; rejecting one removes it,
and the text never held it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from socieux_desktop.collab.annotations import UnknownAnnotation
from socieux_desktop.collab.document import DeliverableDocument, Origin, UnknownSection, to_utf16
from socieux_desktop.collab.suggestions import Suggestion, SuggestionKind, Suggestions
from socieux_desktop.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal

SUGGESTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_TEXT_CHARS = 90
_INSERT_COLOR = "#0b6b2e"
_DELETE_COLOR = "#9b1c1c"


def _shorten(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _TEXT_CHARS else flat[:_TEXT_CHARS - 1] + "…"


class SuggestionsPanel(QtWidgets.QWidget):
    """The suggestions of one deliverable, in reading order, with what to do with them."""

    suggestion_activated = Signal(str, str, int, int)
    """A suggestion was chosen: select its place (section id, field, start, end in code points)."""

    def __init__(self, document: DeliverableDocument, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._suggestions = Suggestions(document)
        self._shown: list[Suggestion] = []

        self.empty_label = QtWidgets.QLabel()
        self.empty_label.setWordWrap(True)
        self.list = QtWidgets.QListWidget()
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)
        self.accept_button = QtWidgets.QPushButton()
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button = QtWidgets.QPushButton()
        self.reject_button.clicked.connect(self.reject_current)
        self.accept_all_button = QtWidgets.QPushButton()
        self.accept_all_button.clicked.connect(self.accept_all)
        self.reject_all_button = QtWidgets.QPushButton()
        self.reject_all_button.clicked.connect(self.reject_all)

        one = QtWidgets.QHBoxLayout()
        one.addWidget(self.accept_button)
        one.addWidget(self.reject_button)
        one.addStretch(1)
        every = QtWidgets.QHBoxLayout()
        every.addWidget(self.accept_all_button)
        every.addWidget(self.reject_all_button)
        every.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(one)
        layout.addLayout(every)

        self._refresh_timer = QtCore.QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        stop = document.on_update(self._document_changed)
        self.destroyed.connect(lambda *_: stop())
        self.retranslate()

    # -- reading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        found = self._suggestions.all()
        if found == self._shown and self.list.count() == len(found):
            return
        current = self.current_suggestion()
        self._shown = found
        self.list.clear()
        for suggestion in found:
            item = QtWidgets.QListWidgetItem(self._item_text(suggestion))
            item.setData(SUGGESTION_ID_ROLE, suggestion.id)
            color = _INSERT_COLOR if suggestion.kind is SuggestionKind.INSERT else _DELETE_COLOR
            item.setForeground(QtGui.QColor(color))
            font = item.font()
            font.setStrikeOut(suggestion.kind is SuggestionKind.DELETE)
            item.setFont(font)
            self.list.addItem(item)
            if current is not None and suggestion.id == current.id:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def current_suggestion(self) -> Suggestion | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = str(item.data(SUGGESTION_ID_ROLE))
        return next((s for s in self._shown if s.id == wanted), None)

    def select_suggestion(self, suggestion_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(SUGGESTION_ID_ROLE) == suggestion_id:
                self.list.setCurrentRow(row)
                return

    def _item_text(self, suggestion: Suggestion) -> str:
        try:
            where = self._document.section(suggestion.section_id).title or self.tr("(untitled)")
        except UnknownSection:
            where = self.tr("(section deleted)")
        if suggestion.kind is SuggestionKind.INSERT:
            what = self.tr("Insert: %1").replace("%1", _shorten(suggestion.text))
        else:
            what = self.tr("Delete: %1").replace("%1", _shorten(suggestion.text))
        place = self.tr(" (its place was deleted)") if suggestion.detached else ""
        return f"{what}\n{suggestion.author} · {where}{place}"

    def mark(self, edit: QtWidgets.QPlainTextEdit, section_id: str | None) -> None:
        """Show a section's suggestions in its body's editor, in colour: deletions struck through in red,
        each insertion's place (the character before it) in green, its text in the tooltip of the list."""
        selections = []
        if section_id is not None:
            try:
                text = self._document.text(section_id)
            except UnknownSection:
                text = ""
            for suggestion in self._suggestions.of_section(section_id) if text else []:
                assert suggestion.start is not None and suggestion.end is not None
                start, end = suggestion.start, suggestion.end
                if suggestion.kind is SuggestionKind.INSERT:
                    start, end = (start - 1, start) if start > 0 else (0, min(1, len(text)))
                selection = QtWidgets.QTextEdit.ExtraSelection()
                cursor = QtGui.QTextCursor(edit.document())
                cursor.setPosition(to_utf16(text, start))
                cursor.setPosition(to_utf16(text, end), QtGui.QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                style = QtGui.QTextCharFormat()
                if suggestion.kind is SuggestionKind.DELETE:
                    style.setForeground(QtGui.QColor(_DELETE_COLOR))
                    style.setBackground(QtGui.QColor("#fde8e8"))
                    style.setFontStrikeOut(True)
                else:
                    style.setBackground(QtGui.QColor("#dcf5e3"))
                    style.setFontUnderline(True)
                style.setToolTip(suggestion.author)
                selection.format = style
                selections.append(selection)
        edit.setExtraSelections(selections)

    # -- acting ------------------------------------------------------------------------------------

    def accept_current(self) -> None:
        current = self.current_suggestion()
        if current is not None:
            self._act(lambda: self._suggestions.accept(current.id))

    def reject_current(self) -> None:
        current = self.current_suggestion()
        if current is not None:
            self._act(lambda: self._suggestions.reject(current.id))

    def accept_all(self) -> None:
        self._act(self._suggestions.accept_all)

    def reject_all(self) -> None:
        self._act(self._suggestions.reject_all)

    def _act(self, action: Callable[[], object]) -> None:
        row = self.list.currentRow()
        with contextlib.suppress(UnknownAnnotation):  # another copy acted on it first
            action()
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))

    def _activate(self, item: QtWidgets.QListWidgetItem) -> None:
        suggestion = self.current_suggestion()
        if suggestion is not None and suggestion.start is not None and suggestion.end is not None:
            self.suggestion_activated.emit(suggestion.section_id, "body", suggestion.start, suggestion.end)

    def _document_changed(self, _update: bytes, _origin: Origin) -> None:
        self._refresh_timer.start()

    def _update_buttons(self) -> None:
        chosen = self.current_suggestion() is not None
        self.accept_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)
        self.accept_all_button.setEnabled(bool(self._shown))
        self.reject_all_button.setEnabled(bool(self._shown))
        self.empty_label.setVisible(not self._shown)

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.empty_label.setText(self.tr(
            "No suggestions. Workshop participants you set to suggest write their changes here for you "
            "to accept or reject."))
        self.accept_button.setText(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Make the chosen suggestion part of the text"))
        self.reject_button.setText(self.tr("Re&ject"))
        self.reject_button.setToolTip(self.tr("Remove the chosen suggestion; the text stays as it is"))
        self.accept_all_button.setText(self.tr("Accept all"))
        self.reject_all_button.setText(self.tr("Reject all"))
        self._shown = []
        self.refresh()
        self._update_buttons()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
