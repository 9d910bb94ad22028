"""The binding of a Qt text widget to a CRDT text: local typing becomes CRDT edits (stored at once), remote
edits reach the widget with the local cursor and selection kept on their text, in UTF-16 and code points."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from socieux_desktop.collab.document import DeliverableDocument, Field, Origin
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind
from socieux_desktop.domain.model import new_id
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.crdt_binding import TextBinding, diff, widget_text
from socieux_desktop.ui.qt import Qt, QtCore, QtGui, QtWidgets
from tests.conftest import Sample


def seeded(*titles: str) -> tuple[DeliverableDocument, DeliverableDocument]:
    first = DeliverableDocument.create("d-1", titles)
    return first, DeliverableDocument.from_updates([first.encode_state()])


def send(source: DeliverableDocument, target: DeliverableDocument) -> None:
    target.apply_update(source.diff(target.state_vector()))


@pytest.fixture
def editor(qtbot: QtBot) -> QtWidgets.QPlainTextEdit:
    widget = QtWidgets.QPlainTextEdit()
    widget.setUndoRedoEnabled(False)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_text(widget: QtWidgets.QWidget, text: str) -> None:
    """Type ``text`` a character at a time, as a keyboard (or an input method) would: QTest's keyClicks
    takes ASCII only."""
    for char in text:
        for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
            QtWidgets.QApplication.sendEvent(
                widget, QtGui.QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def select(editor: QtWidgets.QPlainTextEdit, anchor: int, position: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(anchor)
    cursor.setPosition(position, QtGui.QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def selected(editor: QtWidgets.QPlainTextEdit) -> str:
    return editor.textCursor().selectedText()


def test_diff_keeps_the_common_prefix_and_suffix_within_the_limits() -> None:
    assert diff("hello world", "hello big world") == (6, 6, 10)
    assert diff("aa", "aaa") == (2, 2, 3)
    assert diff("aa", "aaa", max_prefix=0) == (0, 0, 1)  # where Qt says the "a" was typed
    assert diff("é😀x", "é😀yx") == (2, 2, 3)
    assert diff("abc", "abc") == (3, 3, 3)


def test_typing_reaches_the_document_and_the_store(
        qtbot: QtBot, editor: QtWidgets.QPlainTextEdit, workbook: Workbook, sample: Sample) -> None:
    store = DeliverableStore(workbook)
    deliverable = Deliverable(new_id(), sample.mission.id, DeliverableKind.OTHER, "Notes")
    store.create(deliverable)
    document = store.open(deliverable.id)
    section = document.sections()[0].id
    origins: list[Origin] = []
    document.on_update(lambda _update, origin: origins.append(origin))
    TextBinding(document, section, Field.BODY, editor)

    type_text(editor, "Café")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "- item")
    assert document.text(section) == "Café\n- item"
    assert origins == [Origin.LOCAL] * len("Café\n- item")  # one transaction per keystroke
    assert store.load(deliverable.id).text(section) == "Café\n- item"


def test_accents_emoji_and_deletions_count_right(qtbot: QtBot, editor: QtWidgets.QPlainTextEdit) -> None:
    document, _ = seeded("Intro")
    section = document.sections()[0].id
    document.insert_body(section, 0, "Ñandú 😀 fin")
    TextBinding(document, section, Field.BODY, editor)
    assert editor.toPlainText() == "Ñandú 😀 fin"

    editor.moveCursor(QtGui.QTextCursor.MoveOperation.End)
    type_text(editor, " 🎉é")
    assert document.text(section) == "Ñandú 😀 fin 🎉é"
    select(editor, 6, 9)  # "😀 " is three UTF-16 units
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert document.text(section) == "Ñandú fin 🎉é"
    select(editor, 3, 5)
    type_text(editor, "ü")
    assert document.text(section) == "Ñanü fin 🎉é"
    assert widget_text(editor) == document.text(section)


def test_remote_text_before_the_selection_keeps_it_on_its_words(editor: QtWidgets.QPlainTextEdit) -> None:
    document, other = seeded("Intro")
    section = document.sections()[0].id
    document.insert_body(section, 0, "hello world")
    send(document, other)
    TextBinding(document, section, Field.BODY, editor)
    select(editor, 6, 11)
    editor.setFocus()

    other.insert_body(section, 0, "😀 Oh, ")
    send(other, document)
    assert editor.toPlainText() == "😀 Oh, hello world"
    assert selected(editor) == "world"
    assert editor.textCursor().position() == 11 + 7  # the emoji is two units


def test_remote_text_after_the_cursor_leaves_it_alone(editor: QtWidgets.QPlainTextEdit) -> None:
    document, other = seeded("Intro")
    section = document.sections()[0].id
    document.insert_body(section, 0, "hello world")
    send(document, other)
    TextBinding(document, section, Field.BODY, editor)
    select(editor, 0, 5)

    other.insert_body(section, 11, "\nSecond paragraph, señor")
    send(other, document)
    assert editor.toPlainText() == "hello world\nSecond paragraph, señor"
    assert editor.document().blockCount() == 2
    assert selected(editor) == "hello"
    assert (editor.textCursor().anchor(), editor.textCursor().position()) == (0, 5)


def test_remote_text_inside_the_selection_grows_it(editor: QtWidgets.QPlainTextEdit) -> None:
    document, other = seeded("Intro")
    section = document.sections()[0].id
    document.insert_body(section, 0, "hello world")
    send(document, other)
    TextBinding(document, section, Field.BODY, editor)
    select(editor, 11, 6)  # selected backwards: the cursor at the start

    other.insert_body(section, 8, "🌍")
    send(other, document)
    assert selected(editor) == "wo🌍rld"
    assert (editor.textCursor().anchor(), editor.textCursor().position()) == (13, 6)

    other.delete_body(section, 0, 6)  # a remote deletion before it
    send(other, document)
    assert editor.toPlainText() == "wo🌍rld"
    assert selected(editor) == "wo🌍rld"


def test_remote_changes_are_not_sent_back_and_typing_goes_on_after_them(
        qtbot: QtBot, editor: QtWidgets.QPlainTextEdit) -> None:
    document, other = seeded("Intro")
    section = document.sections()[0].id
    TextBinding(document, section, Field.BODY, editor)
    qtbot.keyClicks(editor, "abc")
    send(document, other)
    origins: list[Origin] = []
    document.on_update(lambda _update, origin: origins.append(origin))

    other.insert_body(section, 0, "Él dijo: ")
    send(other, document)
    assert origins == [Origin.REMOTE]  # nothing echoed as a local edit
    qtbot.keyClicks(editor, "d")  # the cursor stayed after "abc"
    assert document.text(section) == "Él dijo: abcd"
    send(document, other)
    assert other.text(section) == "Él dijo: abcd"


def test_a_line_edit_binds_both_ways_and_keeps_its_selection(qtbot: QtBot) -> None:
    line = QtWidgets.QLineEdit()
    qtbot.addWidget(line)
    document, other = seeded("Intro")
    section = document.sections()[0].id
    send(document, other)
    TextBinding(document, section, Field.TITLE, line)
    assert line.text() == "Intro"

    line.setCursorPosition(5)
    type_text(line, "ducción")
    assert document.text(section, Field.TITLE) == "Introducción"
    send(document, other)
    line.setSelection(5, 7)  # "ducción"
    other.insert(section, Field.TITLE, 0, "😀 ")
    other.insert(section, Field.TITLE, len("😀 Introducción"), " general")
    send(other, document)
    assert line.text() == "😀 Introducción general"
    assert line.selectedText() == "ducción"

    line.setCursorPosition(0)
    qtbot.keyClick(line, Qt.Key.Key_Delete)  # the emoji, two units, one code point
    assert document.text(section, Field.TITLE) == " Introducción general"


def test_a_section_removed_elsewhere_makes_the_editor_read_only(
        qtbot: QtBot, editor: QtWidgets.QPlainTextEdit) -> None:
    document, other = seeded("Intro", "Annex")
    section = document.sections()[1].id
    binding = TextBinding(document, section, Field.BODY, editor)
    other.remove_section(section)
    with qtbot.waitSignal(binding.section_lost):
        send(other, document)
    assert editor.isReadOnly()
    assert binding.closed


def test_a_closed_binding_follows_nothing(qtbot: QtBot, editor: QtWidgets.QPlainTextEdit) -> None:
    document, _ = seeded("Intro")
    section = document.sections()[0].id
    binding = TextBinding(document, section, Field.BODY, editor)
    binding.close()
    qtbot.keyClicks(editor, "x")
    document.insert_body(section, 0, "y")
    assert document.text(section) == "y"
    assert editor.toPlainText() == "x"


def test_several_remote_edits_in_one_update_land_in_their_places(editor: QtWidgets.QPlainTextEdit) -> None:
    document, other = seeded("Intro")
    section = document.sections()[0].id
    document.insert_body(section, 0, "un deux trois quatre")
    send(document, other)
    TextBinding(document, section, Field.BODY, editor)
    select(editor, 8, 13)  # "trois"

    with other.transaction():
        other.insert_body(section, 0, "¡")  # before
        other.delete_body(section, 4, 5)  # "deux ", before
        other.insert_body(section, 6, "😀")  # inside: "tr😀ois"
        other.insert_body(section, len(other.text(section)), " cinq")  # after
    send(other, document)
    assert editor.toPlainText() == "¡un tr😀ois quatre cinq"
    assert selected(editor) == "tr😀ois"


def test_remote_text_inserted_exactly_at_the_cursor_goes_after_it(qtbot: QtBot) -> None:
    """The person goes on typing their own words: a colleague's text typed at the same place lands after
    the cursor, in the text box as in the line edit."""
    document = DeliverableDocument.create("d1", ["Title"])
    section = document.sections()[0].id
    other = DeliverableDocument.from_updates([document.encode_state()])
    editor = QtWidgets.QPlainTextEdit()
    qtbot.addWidget(editor)
    TextBinding(document, section, Field.BODY, editor)
    editor.setFocus()
    qtbot.keyClicks(editor, "mine")
    other.apply_update(document.encode_state())
    other.insert(section, Field.BODY, 4, " theirs")
    document.apply_update(other.encode_state())
    assert editor.toPlainText() == "mine theirs"
    assert editor.textCursor().position() == 4
    qtbot.keyClicks(editor, "!")
    assert document.text(section, Field.BODY) == "mine! theirs"
