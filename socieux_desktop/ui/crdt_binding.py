"""A two-way binding between a Qt text widget and one title or body of a deliverable's CRDT document.

Local edits become CRDT edits: each change Qt reports (``QTextDocument.contentsChange`` for a
``QPlainTextEdit``, ``textEdited`` for a ``QLineEdit``) is one ``insert``/``delete`` pair in one
transaction, at the place Qt says it happened (trimmed to what really changed).

Changes of the document that did not come from this widget (another copy's update, an undo, another
binding) reach the widget as the smallest edit that turns its text into the document's (common prefix
and suffix), applied through a ``QTextCursor``: Qt moves the local cursor and selection with the text,
so they stay on the same words while remote text arrives before, after or inside them. Nothing of it is
sent back to the document.

Positions: Qt counts UTF-16 code units, the document code points ("😀" is 2 and 1); a paragraph break is
one unit in Qt (U+2029, or U+2028 for a line break) and a "\\n" in the document.

The document must be used from the GUI thread: bytes from the network reach it through signals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from socieux_desktop.collab.document import (
    REMOTE_ORIGIN,
    DeliverableDocument,
    Field,
    Origin,
    UnknownSection,
    from_utf16,
    to_utf16,
)
from socieux_desktop.ui.qt import QtCore, QtGui, QtWidgets, Signal

if TYPE_CHECKING:
    from pycrdt import TextEvent

TextWidget = QtWidgets.QPlainTextEdit | QtWidgets.QLineEdit

_BREAKS = str.maketrans({"\u2029": "\n", "\u2028": "\n"})


def widget_text(editor: TextWidget) -> str:
    """The widget's text as the document holds it (paragraph and line breaks as "\\n")."""
    if isinstance(editor, QtWidgets.QLineEdit):
        return editor.text()
    return editor.document().toRawText().translate(_BREAKS)


def units(text: str) -> int:
    """The length of ``text`` in UTF-16 code units."""
    return to_utf16(text, len(text))


def _ceil_from_utf16(text: str, offset: int) -> int:
    """A UTF-16 offset as a code point index, rounded up when it falls inside a surrogate pair."""
    index = from_utf16(text, offset)
    return index + 1 if index < len(text) and to_utf16(text, index) < offset else index


def diff(old: str, new: str, max_prefix: int | None = None, max_suffix: int | None = None
         ) -> tuple[int, int, int]:
    """``(start, old_end, new_end)`` in code points such that ``old[start:old_end]`` replaced by
    ``new[start:new_end]`` turns ``old`` into ``new``: the longest common prefix (at most
    ``max_prefix``) and then the longest common suffix (at most ``max_suffix``) are kept."""
    limit = min(len(old), len(new))
    if max_prefix is not None:
        limit = min(limit, max(0, max_prefix))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    limit = min(len(old), len(new)) - start
    if max_suffix is not None:
        limit = min(limit, max(0, max_suffix))
    end = 0
    while end < limit and old[-1 - end] == new[-1 - end]:
        end += 1
    return start, len(old) - end, len(new) - end


class TextBinding(QtCore.QObject):
    """Keeps ``editor`` and the ``field`` of section ``section_id`` of ``document`` the same text.

    ``close()`` (or the editor's destruction) ends the binding. When the section is removed (by another
    copy, say) the editor turns read-only and ``section_lost`` is emitted."""

    local_edit = Signal()
    """The person changed the text through the widget (after the document took the change)."""
    remote_edit = Signal()
    """The widget took a change of the document made elsewhere."""
    section_lost = Signal()

    def __init__(self, document: DeliverableDocument, section_id: str, field: Field | str,
                 editor: TextWidget, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.section_id = section_id
        self.field = Field(field)
        self.editor = editor
        self._pushing = False  # this binding is writing the widget's change to the document
        self._applying = False  # this binding is writing the document's change to the widget
        self._closed = False
        self._check_pending = False
        self._stops: list[Callable[[], None]] = []
        try:
            text = document.text(section_id, self.field)
        except UnknownSection:
            text = ""
            self._lost()
        self._applying = True
        try:
            if isinstance(editor, QtWidgets.QLineEdit):
                editor.setText(text)
            else:
                editor.setPlainText(text)
        finally:
            self._applying = False
        if self._closed:
            return
        if isinstance(editor, QtWidgets.QLineEdit):
            editor.textEdited.connect(self._line_edited)
        else:
            editor.document().contentsChange.connect(self._contents_changed)
        editor.destroyed.connect(self._editor_destroyed)
        self._stops = [document.on_update(self._document_changed),
                       document.observe_text(section_id, self.field, self._text_changed)]

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Stop following the document and the widget (the widget keeps its text)."""
        self._close(disconnect=True)

    def _editor_destroyed(self) -> None:
        self._close(disconnect=False)

    def _close(self, disconnect: bool) -> None:
        if self._closed:
            return
        self._closed = True
        for stop in self._stops:
            stop()
        self._stops = []
        if not disconnect:
            return
        if isinstance(self.editor, QtWidgets.QLineEdit):
            self.editor.textEdited.disconnect(self._line_edited)
        else:
            self.editor.document().contentsChange.disconnect(self._contents_changed)

    # -- widget -> document ------------------------------------------------------------------------

    def _contents_changed(self, position: int, removed: int, added: int) -> None:
        if self._applying or self._closed:
            return
        new = widget_text(self.editor)
        # Qt counts the document's final paragraph mark too: a change can reach one unit past the end.
        end = _ceil_from_utf16(new, min(position + added, units(new)))
        self._push(new, max_prefix=from_utf16(new, position), max_suffix=len(new) - end)

    def _line_edited(self, new: str) -> None:
        if self._applying or self._closed:
            return
        assert isinstance(self.editor, QtWidgets.QLineEdit)
        # The change ends where the cursor now is: what follows the cursor is unchanged.
        cursor = self.editor.cursorPosition()
        self._push(new, max_suffix=len(new) - _ceil_from_utf16(new, cursor))

    def _push(self, new: str, max_prefix: int | None = None, max_suffix: int | None = None) -> None:
        try:
            old = self.document.text(self.section_id, self.field)
        except UnknownSection:
            self._lost()
            return
        start, old_end, new_end = diff(old, new, max_prefix, max_suffix)
        if start == old_end and start == new_end:
            return
        self._pushing = True
        try:
            with self.document.transaction():
                if old_end > start:
                    self.document.delete(self.section_id, self.field, start, old_end - start)
                if new_end > start:
                    self.document.insert(self.section_id, self.field, start, new[start:new_end])
        finally:
            self._pushing = False
        self.local_edit.emit()

    # -- document -> widget ------------------------------------------------------------------------

    def _text_changed(self, event: TextEvent) -> None:
        """A change of the text made elsewhere, while its transaction commits: its delta is applied to
        the widget (whose text is the text before the change)."""
        if self._pushing or self._closed:
            return
        origin = event.transaction.origin
        # An undo or redo brings the cursor to what it changed; other changes leave it on its text.
        move_cursor = origin is not None and origin != REMOTE_ORIGIN
        delta: list[dict[str, Any]] = event.delta  # type: ignore[attr-defined]  # not in pycrdt's stubs
        target = str(event.target)  # type: ignore[attr-defined]
        old = widget_text(self.editor)
        self._applying = True
        try:
            for start, end, inserted in _replacements(old, delta):
                self._replace(start, end, inserted, move_cursor)
        finally:
            self._applying = False
        if widget_text(self.editor) != target:  # cannot happen; if it did, catch up
            self._sync(target, move_cursor)
        self.remote_edit.emit()

    def _document_changed(self, _update: bytes, _origin: Origin) -> None:
        # An update listener may not read the document: whether the section still exists is looked at
        # once the transaction is over.
        if not self._pushing and not self._closed and not self._check_pending:
            self._check_pending = True
            QtCore.QTimer.singleShot(0, self._check_section)

    def _check_section(self) -> None:
        self._check_pending = False
        if self._closed:
            return
        try:
            self.document.text(self.section_id, self.field)
        except UnknownSection:
            self._lost()

    def refresh(self) -> None:
        """Bring the widget's text to the document's with the smallest edit (outside a transaction)."""
        if self._closed:
            return
        try:
            text = self.document.text(self.section_id, self.field)
        except UnknownSection:
            self._lost()
            return
        if self._sync(text, move_cursor=False):
            self.remote_edit.emit()

    def _sync(self, text: str, move_cursor: bool) -> bool:
        current = widget_text(self.editor)
        if current == text:
            return False
        start, old_end, new_end = diff(current, text)
        self._applying = True
        try:
            self._replace(to_utf16(current, start), to_utf16(current, old_end), text[start:new_end],
                          move_cursor)
        finally:
            self._applying = False
        return True

    def _replace(self, start: int, end: int, inserted: str, move_cursor: bool) -> None:
        if isinstance(self.editor, QtWidgets.QLineEdit):
            _replace_in_line(self.editor, start, end, inserted, move_cursor)
        else:
            _replace_in_document(self.editor, start, end, inserted, move_cursor)

    def _lost(self) -> None:
        self.editor.setReadOnly(True)
        self.close()
        self.section_lost.emit()


def _replacements(old: str, delta: Iterable[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """A Yrs text delta (``retain`` and ``delete`` in UTF-8 bytes of ``old``) as replacements
    ``(start, end, inserted)`` in UTF-16 units, each counted in the text the ones before it left."""
    replacements = []
    index = 0  # in ``old``, code points
    position = 0  # in the widget, UTF-16 units
    for op in delta:
        if "retain" in op:
            count = _chars_in_bytes(old, index, int(op["retain"]))
            position += units(old[index:index + count])
            index += count
        elif "delete" in op:
            count = _chars_in_bytes(old, index, int(op["delete"]))
            replacements.append((position, position + units(old[index:index + count]), ""))
            index += count
        elif isinstance(op.get("insert"), str):
            inserted = str(op["insert"])
            replacements.append((position, position, inserted))
            position += units(inserted)
    return replacements


def _chars_in_bytes(text: str, index: int, size: int) -> int:
    """How many code points of ``text`` from ``index`` make ``size`` UTF-8 bytes."""
    count = 0
    while size > 0 and index + count < len(text):
        size -= len(text[index + count].encode("utf-8"))
        count += 1
    return count


def _replace_in_document(editor: QtWidgets.QPlainTextEdit, start: int, end: int, inserted: str,
                         move_cursor: bool) -> None:
    """Replace the units ``start``..``end`` by ``inserted`` through a cursor of its own: the editor's
    cursor and selection move with the text around them. Text inserted exactly at the person's cursor goes
    after it (as in the line edit): the person goes on typing their own words, not after someone else's."""
    mine = editor.textCursor()
    anchor, position = mine.anchor(), mine.position()
    cursor = QtGui.QTextCursor(editor.document())
    cursor.beginEditBlock()
    cursor.setPosition(start)
    cursor.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
    if inserted:
        cursor.insertText(inserted)
    else:
        cursor.removeSelectedText()
    cursor.endEditBlock()
    mine = editor.textCursor()
    if move_cursor:
        mine.setPosition(start + units(inserted))
        editor.setTextCursor(mine)
    elif start == end and start in (anchor, position):
        new_anchor = start if anchor == start else mine.anchor()  # Qt moved those at ``start`` after it
        new_position = start if position == start else mine.position()
        mine.setPosition(new_anchor)
        mine.setPosition(new_position, QtGui.QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(mine)


def _replace_in_line(editor: QtWidgets.QLineEdit, start: int, end: int, inserted: str,
                     move_cursor: bool) -> None:
    """The same for a line edit, whose cursor and selection are moved by hand (``setText`` resets them)."""
    delta = units(inserted) - (end - start)

    def moved(position: int) -> int:
        if position <= start:
            return position
        if position >= end:
            return position + delta
        return start + units(inserted)  # inside the replaced text: after what replaced it

    position = editor.cursorPosition()
    anchor = position
    if editor.hasSelectedText():
        selection_start = editor.selectionStart()
        selection_end = selection_start + editor.selectionLength()
        anchor = selection_end if position == selection_start else selection_start
    text = editor.text()
    editor.setText(_splice16(text, start, end, inserted))
    if move_cursor:
        editor.setCursorPosition(start + units(inserted))
        return
    new_anchor, new_position = moved(anchor), moved(position)
    if new_anchor == new_position:
        editor.setCursorPosition(new_position)
    else:
        editor.setSelection(new_anchor, new_position - new_anchor)


def _splice16(text: str, start: int, end: int, inserted: str) -> str:
    """``text`` with the UTF-16 units ``start``..``end`` replaced by ``inserted``."""
    return text[:from_utf16(text, start)] + inserted + text[from_utf16(text, end):]
