"""The deliverable editor on a real workspace: typing stored at once, remote edits shown with the cursor
kept, undo of one's own edits only, sections, preview, word count, workflow and the lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from socieux_desktop.collab.document import DeliverableDocument, Field, to_utf16
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.domain.deliverables import (
    Deliverable,
    DeliverableKind,
    DeliverableLanguage,
    DeliverableStatus,
)
from socieux_desktop.domain.errors import Code, Finding
from socieux_desktop.domain.model import new_id
from socieux_desktop.store import sync_state
from socieux_desktop.store.images import DeliverableImages
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.deliverable_editor import DeliverableEditor
from socieux_desktop.ui.messages import message
from socieux_desktop.ui.qt import Qt, QtCore, QtGui, QtWidgets
from tests.conftest import Sample


@pytest.fixture
def store(workbook: Workbook) -> DeliverableStore:
    return DeliverableStore(workbook)


@pytest.fixture
def deliverable(store: DeliverableStore, sample: Sample) -> Deliverable:
    made = Deliverable(new_id(), sample.mission.id, DeliverableKind.MISSION_REPORT,
                       "Diagnostic report", DeliverableLanguage.FR)
    store.create(made)
    return made


def make_editor(qtbot: QtBot, store: DeliverableStore, deliverable: Deliverable,
                role: str = "expert") -> DeliverableEditor:
    editor = DeliverableEditor(store, deliverable.id, role=role, author="Marie Lefèvre")
    qtbot.addWidget(editor)
    editor.resize(1200, 700)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


@pytest.fixture
def editor(qtbot: QtBot, store: DeliverableStore, deliverable: Deliverable) -> DeliverableEditor:
    return make_editor(qtbot, store, deliverable)


def type_text(widget: QtWidgets.QWidget, text: str) -> None:
    """Type ``text`` a character at a time (QTest's keyClicks takes ASCII only), "\n" as Enter."""
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else 0
        for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
            QtWidgets.QApplication.sendEvent(
                widget, QtGui.QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def titles(editor: DeliverableEditor) -> list[str]:
    return [editor.sections_list.item(row).text() for row in range(editor.sections_list.count())]


def other_copy(store: DeliverableStore, deliverable: Deliverable) -> DeliverableDocument:
    """A second copy (another laptop, the workshop's browser) from what the workspace holds."""
    return store.load(deliverable.id)


def test_opens_on_the_template_sections(editor: DeliverableEditor) -> None:
    assert titles(editor) == ["Introduction", "Contexte", "Activités", "Constats", "Recommandations",
                              "Prochaines étapes"]
    assert editor.sections_list.currentRow() == 0
    assert editor.section_title_edit.text() == "Introduction"
    assert editor.title_label.text() == "Diagnostic report (Mission report)"
    assert editor.status_label.text() == "Status: Draft"


def test_typing_is_stored_at_once_and_handed_out(
        qtbot: QtBot, editor: DeliverableEditor, store: DeliverableStore, deliverable: Deliverable) -> None:
    sent: list[bytes] = []
    editor.local_update.connect(sent.append)
    editor.body_edit.setFocus()
    type_text(editor.body_edit, "Été à Abidjan 😀")
    section = editor.section_id
    assert section is not None
    assert store.load(deliverable.id).text(section) == "Été à Abidjan 😀"  # stored, no save button
    qtbot.waitUntil(lambda: len(sent) == len("Été à Abidjan 😀"))
    replica = DeliverableDocument.from_updates([other_copy(store, deliverable).encode_state()])
    fresh = store.load(deliverable.id)
    for update in sent:  # what the workshop broadcasts rebuilds the same text elsewhere
        replica.apply_update(update)
    assert replica.text(section) == fresh.text(section)


def test_a_remote_edit_shows_with_the_cursor_kept(
        editor: DeliverableEditor, store: DeliverableStore, deliverable: Deliverable) -> None:
    editor.body_edit.setFocus()
    type_text(editor.body_edit, "hello world")
    section = editor.section_id
    assert section is not None
    cursor = editor.body_edit.textCursor()
    cursor.setPosition(6)
    cursor.setPosition(11, QtGui.QTextCursor.MoveMode.KeepAnchor)
    editor.body_edit.setTextCursor(cursor)

    other = other_copy(store, deliverable)
    other.insert_body(section, 0, "Ñ😀 ")
    editor.apply_remote(other.diff(editor.document.state_vector()))
    assert editor.body_edit.toPlainText() == "Ñ😀 hello world"
    assert editor.body_edit.textCursor().selectedText() == "world"
    assert store.load(deliverable.id).text(section) == "Ñ😀 hello world"  # the merged edit is stored
    assert editor.selection() == (section, "body", 9, 14)  # code points, for comments


def test_a_remote_title_change_and_new_section_show_in_the_list(
        qtbot: QtBot, editor: DeliverableEditor, store: DeliverableStore, deliverable: Deliverable) -> None:
    other = other_copy(store, deliverable)
    first = other.sections()[0].id
    other.set_title(first, "Introduction générale")
    other.add_section("Annexe")
    editor.apply_remote(other.encode_state())
    assert titles(editor)[0] == "Introduction générale"
    assert titles(editor)[-1] == "Annexe"
    assert editor.section_title_edit.text() == "Introduction générale"


def test_undo_takes_back_own_edits_only(
        qtbot: QtBot, editor: DeliverableEditor, store: DeliverableStore, deliverable: Deliverable) -> None:
    editor.body_edit.setFocus()
    type_text(editor.body_edit, "mine")
    section = editor.section_id
    assert section is not None
    other = other_copy(store, deliverable)
    other.insert_body(section, 0, "theirs ")
    editor.apply_remote(other.diff(editor.document.state_vector()))
    assert editor.body_edit.toPlainText() == "theirs mine"

    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.body_edit.toPlainText() == "theirs "
    assert store.load(deliverable.id).text(section) == "theirs "  # the undo is stored too
    assert not editor.undo_manager.can_undo()  # their text is not for this person to undo
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.body_edit.toPlainText() == "theirs mine"

    editor.section_title_edit.setFocus()
    editor.section_title_edit.end(False)
    type_text(editor.section_title_edit, " générale")
    assert editor.section_title_edit.text() == "Introduction générale"
    qtbot.keyClick(editor.section_title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.section_title_edit.text() == "Introduction"  # the title's step only
    assert editor.body_edit.toPlainText() == "theirs mine"
    assert store.load(deliverable.id).text(section, Field.TITLE) == "Introduction"


def test_sections_add_rename_move_and_remove_with_confirmation(
        qtbot: QtBot, editor: DeliverableEditor, store: DeliverableStore, deliverable: Deliverable) -> None:
    editor.sections_list.setCurrentRow(5)  # "Prochaines étapes"
    added = editor.add_section()
    assert added is not None and editor.section_id == added
    assert editor.section_title_edit.hasFocus()
    type_text(editor.section_title_edit, "Annexe")
    qtbot.waitUntil(lambda: titles(editor)[-1] == "Annexe")

    editor.move_up()
    assert titles(editor)[-2:] == ["Annexe", "Prochaines étapes"]
    assert editor.section_id == added
    editor.move_down()
    assert titles(editor)[-1] == "Annexe"
    assert [s.title for s in store.load(deliverable.id).sections()][-1] == "Annexe"

    box = editor.remove_section()
    assert box is not None and "Annexe" in box.text()
    box.cancel_button.click()
    assert titles(editor)[-1] == "Annexe"
    box = editor.remove_section()
    assert box is not None
    box.remove_button.click()
    assert titles(editor)[-1] == "Prochaines étapes"
    assert editor.section_title_edit.text() == "Prochaines étapes"  # the one at its place
    assert added not in [s.id for s in store.load(deliverable.id).sections()]

    editor.undo()  # brings it back
    assert titles(editor)[-1] == "Annexe"


def test_word_count_and_preview_follow_the_text(qtbot: QtBot, editor: DeliverableEditor) -> None:
    # "7 words" once the catalogues hold the plural (the source text reads "7 word(s)")
    assert editor.word_count_label.text() == editor.tr("%n word(s)", "", 7)  # the template's titles
    editor.body_edit.setFocus()
    type_text(editor.body_edit, "### Objectifs\n- **un** deux")
    qtbot.waitUntil(lambda: editor.word_count_label.text() == editor.tr("%n word(s)", "", 10))
    preview = editor.preview.document()
    headings = [(block.text(), block.blockFormat().headingLevel())
                for block in _blocks(preview) if block.blockFormat().headingLevel()]
    assert ("Introduction", 1) in headings  # a section's title, as in the PDF
    assert ("Objectifs", 4) in headings  # "###" one level below it
    assert "un deux" in editor.preview.toPlainText()  # bold marks rendered, not shown


def _blocks(document: QtGui.QTextDocument) -> list[QtGui.QTextBlock]:
    blocks = []
    block = document.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


def test_workflow_buttons_change_the_status(
        qtbot: QtBot, editor: DeliverableEditor, store: DeliverableStore, deliverable: Deliverable) -> None:
    assert editor.share_button.isEnabled() and editor.submit_button.isEnabled()
    assert not editor.reopen_button.isEnabled()
    editor.share_button.click()  # nothing written yet: refused, said why
    assert editor.message_label.isVisible()
    assert editor.message_label.text() == message(Finding(Code.EMPTY_DELIVERABLE))
    assert store.get(deliverable.id).status == DeliverableStatus.DRAFT

    editor.body_edit.setFocus()
    type_text(editor.body_edit, "Constats principaux")
    with qtbot.waitSignal(editor.status_changed) as changed:
        editor.share_button.click()
    assert changed.args == ["shared"]
    assert not editor.message_label.isVisible()
    assert store.get(deliverable.id).status == DeliverableStatus.SHARED
    assert editor.status_label.text() == "Status: Shared with counterparts"
    editor.submit_button.click()
    assert store.get(deliverable.id).status == DeliverableStatus.SUBMITTED
    assert editor.reopen_button.isEnabled() and not editor.submit_button.isEnabled()


def test_approve_and_return_are_for_the_coordinator_only(
        qtbot: QtBot, store: DeliverableStore, deliverable: Deliverable) -> None:
    document = store.open(deliverable.id)
    document.insert_body(document.sections()[0].id, 0, "Texte")
    store.change_status(deliverable.id, "submit")
    expert = make_editor(qtbot, store, deliverable)
    assert not expert.approve_button.isVisible() and not expert.approve_button.isEnabled()
    assert not expert.return_button.isVisible()
    assert not expert.change_status("approve")
    assert store.get(deliverable.id).status == DeliverableStatus.SUBMITTED

    # an editor told "coordinator" in a workspace not signed in as one: the store refuses, and says why
    forged = make_editor(qtbot, store, deliverable, role="coordinator")
    assert not forged.change_status("approve")
    assert forged.message_label.text() == message(Finding(Code.HEADQUARTERS_ONLY, {"action": "approve"}))
    assert store.get(deliverable.id).status == DeliverableStatus.SUBMITTED
    forged.close()

    with Session(store.workbook.engine) as session, session.begin():
        sync_state.set_account(session, sync_state.SyncAccount(
            "https://hub.socieux.eu", "anna", None, None, sync_state.COORDINATOR))
    coordinator = make_editor(qtbot, store, deliverable, role="coordinator")
    assert coordinator.approve_button.isVisible() and coordinator.approve_button.isEnabled()
    coordinator.return_button.click()
    assert store.get(deliverable.id).status == DeliverableStatus.RETURNED
    assert not coordinator.approve_button.isEnabled()


def test_locked_text_is_read_only(
        qtbot: QtBot, store: DeliverableStore, deliverable: Deliverable) -> None:
    document = store.open(deliverable.id)
    section = document.sections()[0].id
    document.insert_body(section, 0, "Texte soumis")
    store.change_status(deliverable.id, "submit")
    editor = make_editor(qtbot, store, deliverable)
    assert editor.body_edit.isReadOnly() and editor.section_title_edit.isReadOnly()
    assert not editor.add_button.isEnabled() and not editor.remove_button.isEnabled()
    assert editor.lock_label.isVisible()
    editor.body_edit.setFocus()
    type_text(editor.body_edit, "x")
    assert editor.add_section() is None
    assert store.load(deliverable.id).text(section) == "Texte soumis"

    editor.reopen_button.click()
    assert not editor.body_edit.isReadOnly() and not editor.lock_label.isVisible()
    editor.body_edit.moveCursor(QtGui.QTextCursor.MoveOperation.End)
    type_text(editor.body_edit, "!")
    assert store.load(deliverable.id).text(section, Field.BODY) == "Texte soumis!"


def test_texts_follow_a_language_switch(editor: DeliverableEditor) -> None:
    editor.share_button.setText("")
    editor.changeEvent(QtCore.QEvent(QtCore.QEvent.Type.LanguageChange))
    assert editor.share_button.text() == "Share with counterparts"
    assert editor.side_tabs.tabText(editor.preview_index) == "Preview"


def test_comments_and_versions_sit_beside_the_preview(
        qtbot: QtBot, editor: DeliverableEditor, store: DeliverableStore, deliverable: Deliverable) -> None:
    assert [editor.side_tabs.tabText(i) for i in range(editor.side_tabs.count())] == [
        "Preview", "Comments", "Versions", "Suggestions"]
    editor.body_edit.setFocus()
    type_text(editor.body_edit, "Le 😀 monde")
    cursor = editor.body_edit.textCursor()
    cursor.setPosition(6)  # after "Le 😀 " (the emoji is two units)
    cursor.setPosition(11, QtGui.QTextCursor.MoveMode.KeepAnchor)
    editor.body_edit.setTextCursor(cursor)
    section = editor.section_id
    assert editor.selection() == (section, "body", 5, 10)
    comments = editor.comments
    comments.comment_edit.setPlainText("Quel monde ?")
    comments.add_button.click()
    assert comments.list.count() == 1

    editor.sections_list.setCurrentRow(2)  # elsewhere
    assert editor.selection() is None
    comments.list.itemClicked.emit(comments.list.item(0))
    assert editor.section_id == section
    assert editor.body_edit.textCursor().selectedText() == "monde"


def test_the_section_being_edited_removed_elsewhere_gives_way_to_its_neighbour(
        editor: DeliverableEditor, store: DeliverableStore, deliverable: Deliverable) -> None:
    editor.sections_list.setCurrentRow(1)
    removed = editor.section_id
    assert removed is not None
    other = other_copy(store, deliverable)
    other.remove_section(removed)
    editor.apply_remote(other.diff(editor.document.state_vector()))
    assert titles(editor)[:2] == ["Introduction", "Activités"]
    assert editor.section_title_edit.text() == "Activités"
    assert not editor.body_edit.isReadOnly()
    type_text(editor.body_edit, "ok")
    assert editor.document.text(editor.section_id or "") == "ok"


# -- formatting without knowing Markdown ---------------------------------------------------------------


def body_of(editor: DeliverableEditor, store: DeliverableStore, deliverable: Deliverable) -> str:
    """The section's text as the workspace holds it (checked against the text box)."""
    assert editor.section_id is not None
    stored = store.load(deliverable.id).text(editor.section_id, Field.BODY)
    assert stored == editor.body_edit.toPlainText()
    return stored


def write(qtbot: QtBot, editor: DeliverableEditor, text: str, select: str | None = None) -> None:
    """Type ``text`` into the first section's body, then select ``select`` (the last one) if given."""
    editor.body_edit.setFocus()
    type_text(editor.body_edit, text)
    editor.new_undo_step()
    if select is not None:
        start = text.rindex(select)
        cursor = editor.body_edit.textCursor()
        cursor.setPosition(to_utf16(text, start))  # Qt counts UTF-16 units
        cursor.setPosition(to_utf16(text, start + len(select)), QtGui.QTextCursor.MoveMode.KeepAnchor)
        editor.body_edit.setTextCursor(cursor)


def keys(editor: DeliverableEditor, key: Qt.Key, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    for kind in (QtCore.QEvent.Type.ShortcutOverride, QtCore.QEvent.Type.KeyPress,
                 QtCore.QEvent.Type.KeyRelease):
        QtWidgets.QApplication.sendEvent(editor.body_edit, QtGui.QKeyEvent(kind, key, modifiers))


@pytest.mark.parametrize(("typed", "select", "key", "shift", "expected"), [
    ("accès insuffisant", "insuffisant", Qt.Key.Key_B, False, "accès **insuffisant**"),
    ("accès insuffisant", "insuffisant", Qt.Key.Key_I, False, "accès *insuffisant*"),
    ("accès **insuffisant**", "insuffisant", Qt.Key.Key_B, False, "accès insuffisant"),  # again: off
    ("😀 **accès**", "accès", Qt.Key.Key_B, False, "😀 accès"),  # positions in UTF-16, as Qt counts
    ("accès insuffisant et", "insuffisant ", Qt.Key.Key_B, False, "accès **insuffisant** et"),
    ("Intro\nConstats", "Cons", Qt.Key.Key_2, False, "Intro\n## Constats"),
    ("Intro\n## Constats", "Cons", Qt.Key.Key_1, False, "Intro\n# Constats"),
    ("Intro\n### Constats", "Cons", Qt.Key.Key_3, False, "Intro\nConstats"),  # again: text
    ("un\ndeux\n\ntrois", "un\ndeux\n\ntrois", Qt.Key.Key_8, True, "- un\n- deux\n\n- trois"),
    ("- un\n- deux", "un\n- deux", Qt.Key.Key_7, True, "1. un\n2. deux"),
    ("1. un\n2. deux", "un", Qt.Key.Key_7, True, "un\n2. deux"),
    ("Ćwierć ünd ñ", None, Qt.Key.Key_B, False, "Ćwierć ünd **ñ**"),  # the word at the cursor
])
def test_format_keys_write_the_markdown_and_undo_takes_it_back(
        qtbot: QtBot, editor: DeliverableEditor, store: DeliverableStore, deliverable: Deliverable,
        typed: str, select: str | None, key: Qt.Key, shift: bool, expected: str) -> None:
    write(qtbot, editor, typed, select)
    keys(editor, key, shift)
    assert body_of(editor, store, deliverable) == expected
    editor.undo()
    assert body_of(editor, store, deliverable) == typed


def test_toolbar_buttons_insert_a_table_and_a_link(qtbot: QtBot, editor: DeliverableEditor,
                                                  store: DeliverableStore, deliverable: Deliverable) -> None:
    write(qtbot, editor, "Voir le site", "le site")
    dialog = editor.ask_link()
    assert dialog is not None
    dialog.setTextValue("socieux.eu/fr")
    dialog.accept()
    assert body_of(editor, store, deliverable) == "Voir [le site](https://socieux.eu/fr)"
    assert editor.body_edit.textCursor().selectedText() == "le site"
    assert not editor.insert_link("pas une adresse")
    assert "is not a web address" in editor.message_label.text()
    assert body_of(editor, store, deliverable) == "Voir [le site](https://socieux.eu/fr)"
    editor.undo()
    assert body_of(editor, store, deliverable) == "Voir le site"

    editor.table_action.trigger()
    assert body_of(editor, store, deliverable) == (
        "Voir le site\n\n| Column 1 | Column 2 | Column 3 |\n|---|---|---|\n|  |  |  |\n|  |  |  |\n")
    assert editor.body_edit.textCursor().selectedText() == "Column 1"
    editor.undo()
    assert body_of(editor, store, deliverable) == "Voir le site"


def test_the_preview_reads_the_text_as_the_pdf_does(qtbot: QtBot, editor: DeliverableEditor) -> None:
    write(qtbot, editor, "| Centre | Agents |\n|---|---|\n| Abobo | 12 |\n\n- un\n  - imbriqué\n- deux\n\n"
                         "[lien](https://socieux.eu) et **gras**")
    editor.update_preview()
    document = editor.preview.document()
    tables = [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QtGui.QTextTable)]
    assert len(tables) == 1 and (tables[0].rows(), tables[0].columns()) == (2, 2)
    assert tables[0].cellAt(1, 0).firstCursorPosition().block().text() == "Abobo"
    lists = {block.text().strip(): block.textList().format().indent() for block in _blocks(document)
             if block.textList() is not None}
    assert lists == {"un": 1, "imbriqué": 2, "deux": 1}
    html = editor.preview.toHtml()
    assert 'href="https://socieux.eu"' in html
    assert "**" not in editor.preview.toPlainText()


def test_format_buttons_are_off_while_the_text_is_locked(qtbot: QtBot, store: DeliverableStore,
                                                         deliverable: Deliverable) -> None:
    editor = make_editor(qtbot, store, deliverable)
    assert all(action.isEnabled() for action in editor.format_actions)
    editor.deliverable = Deliverable(deliverable.id, deliverable.mission_id, deliverable.kind,
                                     deliverable.title, deliverable.language, DeliverableStatus.SUBMITTED)
    editor._apply_status()
    assert not any(action.isEnabled() for action in editor.format_actions)
    before = editor.body_edit.toPlainText()
    editor.format_bold()
    assert editor.body_edit.toPlainText() == before


def png_file(path: Path, color: str = "navy") -> Path:
    Image.new("RGB", (60, 30), color).save(path)
    return path


def test_insert_image_attaches_the_picture_and_writes_its_reference(
        editor: DeliverableEditor, store: DeliverableStore, deliverable: Deliverable, tmp_path: Path) -> None:
    editor.body_edit.setFocus()
    type_text(editor.body_edit, "Voir la carte.")
    assert not editor.image_button.isHidden() and editor.image_button.isEnabled()
    assert editor.insert_image(png_file(tmp_path / "Carte région.png"))
    section = editor.section_id
    assert section is not None
    assert store.load(deliverable.id).text(section) == (
        "Voir la carte.\n\n![Carte région](images/Carte-région.png)\n\n")
    assert DeliverableImages(store.workbook).names(deliverable.id) == ["images/Carte-région.png"]
    (tmp_path / "Carte région.png").unlink()  # the deliverable keeps its copy
    image = editor.preview.loadResource(QtGui.QTextDocument.ResourceType.ImageResource.value,
                                        QtCore.QUrl("images/Carte-région.png"))
    assert isinstance(image, QtGui.QImage) and image.size() == QtCore.QSize(60, 30)


def test_the_preview_shows_no_file_of_the_disk(editor: DeliverableEditor, tmp_path: Path) -> None:
    """A participant may type any path: the preview, like the PDF, shows the deliverable's pictures only."""
    existing = png_file(tmp_path / "secret.png")
    for typed in (str(existing), QtCore.QUrl.fromLocalFile(str(existing)).toString(), "../secret.png",
                  str(tmp_path / "absent.png")):
        image = editor.preview.loadResource(QtGui.QTextDocument.ResourceType.ImageResource.value,
                                            QtCore.QUrl(typed))
        assert isinstance(image, QtGui.QImage) and image.isNull(), typed


def test_insert_image_refuses_what_is_not_a_picture(editor: DeliverableEditor, store: DeliverableStore,
                                                    deliverable: Deliverable, tmp_path: Path) -> None:
    fake = tmp_path / "notes.png"
    fake.write_text("pas une image", encoding="utf-8")
    section = editor.section_id
    assert section is not None
    before = store.load(deliverable.id).text(section)
    assert not editor.insert_image(fake)
    assert not editor.message_label.isHidden()
    assert editor.message_label.text().startswith("This file is not a picture that can be printed")
    assert not editor.insert_image(tmp_path / "absent.png")
    assert editor.message_label.text().startswith("This file could not be read")
    assert store.load(deliverable.id).text(section) == before
    assert DeliverableImages(store.workbook).names(deliverable.id) == []
