"""The comments panel: commenting on the selection, refusals, resolving, following other copies."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from socieux_desktop.collab.annotations import Comments
from socieux_desktop.collab.document import DeliverableDocument, Field
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.model import new_id
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.deliverable_comments import CommentsPanel, Selection, local_time
from socieux_desktop.ui.qt import QtCore
from tests.conftest import Sample

BODY = "Le ministère 😀 a validé le plan d’action de la réforme."
PASSAGE = "validé le plan"


class Editor:
    """Stands for the deliverable editor: what is selected in it."""

    def __init__(self) -> None:
        self.selected: Selection | None = None

    def selection(self) -> Selection | None:
        return self.selected


@pytest.fixture
def store(workbook: Workbook) -> DeliverableStore:
    return DeliverableStore(workbook)


@pytest.fixture
def deliverable(store: DeliverableStore, sample: Sample) -> Deliverable:
    made = Deliverable(new_id(), sample.mission.id, DeliverableKind.MISSION_REPORT, "Rapport",
                       DeliverableLanguage.FR)
    store.create(made)
    return made


@pytest.fixture
def document(store: DeliverableStore, deliverable: Deliverable) -> DeliverableDocument:
    opened = store.open(deliverable.id)
    opened.set_text(opened.sections()[0].id, Field.BODY, BODY)
    return opened


@pytest.fixture
def editor() -> Editor:
    return Editor()


@pytest.fixture
def panel(qtbot: QtBot, document: DeliverableDocument, editor: Editor) -> CommentsPanel:
    made = CommentsPanel(document, "Marie Dupont", editor.selection)
    qtbot.addWidget(made)
    made.resize(420, 600)
    made.show()
    qtbot.waitExposed(made)
    return made


def select_passage(editor: Editor, document: DeliverableDocument, passage: str = PASSAGE) -> str:
    section_id = document.sections()[0].id
    start = document.text(section_id).index(passage)
    editor.selected = (section_id, Field.BODY.value, start, start + len(passage))
    return section_id


def items(panel: CommentsPanel) -> list[str]:
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def test_commenting_on_the_selection_writes_the_comment_and_lists_it(
        qtbot: QtBot, panel: CommentsPanel, document: DeliverableDocument, editor: Editor,
        store: DeliverableStore, deliverable: Deliverable) -> None:
    select_passage(editor, document)
    qtbot.keyClicks(panel.comment_edit, "Quel calendrier ?")
    panel.comment_edit.insertPlainText(" 😀")  # keyClicks cannot type a character beyond 16 bits
    qtbot.mouseClick(panel.add_button, QtCore.Qt.MouseButton.LeftButton)

    [comment] = Comments(store.load(deliverable.id)).all()  # saved in the workspace at once
    assert (comment.passage, comment.text) == (PASSAGE, "Quel calendrier ? 😀")
    assert comment.author == "Marie Dupont"
    [shown] = items(panel)
    assert f"“{PASSAGE}”" in shown and "Quel calendrier ? 😀" in shown
    assert f"Marie Dupont, {local_time(comment.created)}" in shown
    assert panel.comment_edit.toPlainText() == ""
    assert not panel.message_label.isVisible()
    assert panel.current_comment() == comment
    assert panel.resolve_button.isEnabled() and not panel.reopen_button.isEnabled()


def test_without_a_selection_or_a_text_the_comment_is_refused(
        qtbot: QtBot, panel: CommentsPanel, document: DeliverableDocument, editor: Editor) -> None:
    state = document.encode_state()
    qtbot.keyClicks(panel.comment_edit, "Remarque")
    panel.add_button.click()
    assert panel.message_label.isVisible()
    assert "Select the passage" in panel.message_label.text()
    assert panel.comment_edit.toPlainText() == "Remarque"  # kept for when a passage is selected

    section_id = select_passage(editor, document)
    editor.selected = (section_id, Field.BODY.value, 4, 4)  # a caret, not a passage
    panel.add_button.click()
    assert "Select the passage" in panel.message_label.text()

    select_passage(editor, document)
    panel.comment_edit.clear()
    panel.add_button.click()
    assert "Write your comment first" in panel.message_label.text()
    assert document.encode_state() == state
    assert items(panel) == [] and panel.empty_label.isVisible()


def test_a_selection_gone_meanwhile_is_refused(qtbot: QtBot, panel: CommentsPanel,
                                               document: DeliverableDocument, editor: Editor) -> None:
    section_id = select_passage(editor, document)
    editor.selected = (section_id, Field.BODY.value, 0, len(BODY) + 5)
    qtbot.keyClicks(panel.comment_edit, "Remarque")
    panel.add_button.click()
    assert "no longer in the text" in panel.message_label.text()
    assert Comments(document).all() == []


def test_resolving_hides_a_comment_unless_resolved_ones_are_shown(
        qtbot: QtBot, panel: CommentsPanel, document: DeliverableDocument, editor: Editor) -> None:
    section_id = select_passage(editor, document)
    comment_id = Comments(document).add(section_id, Field.BODY, 0, 12, "Nom exact ?", "Awa Traoré")
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    panel.select_comment(comment_id)
    assert not panel.delete_button.isEnabled()  # Awa's comment: only she deletes it
    panel.resolve_button.click()
    assert Comments(document).get(comment_id).resolved_by == "Marie Dupont"
    assert items(panel) == []

    panel.show_resolved_check.setChecked(True)
    [shown] = items(panel)
    assert "Resolved by Marie Dupont" in shown
    panel.select_comment(comment_id)
    assert panel.reopen_button.isEnabled() and not panel.resolve_button.isEnabled()
    panel.reopen_button.click()
    assert not Comments(document).get(comment_id).resolved
    panel.show_resolved_check.setChecked(False)
    assert len(items(panel)) == 1


def test_only_the_author_deletes_a_comment(qtbot: QtBot, panel: CommentsPanel,
                                           document: DeliverableDocument, editor: Editor) -> None:
    select_passage(editor, document)
    panel.comment_edit.setPlainText("À supprimer")
    panel.add_button.click()
    assert panel.delete_button.isEnabled()
    panel.delete_button.click()
    assert Comments(document).all() == [] and items(panel) == []


def test_choosing_a_comment_asks_the_editor_to_select_its_passage_where_it_is_now(
        qtbot: QtBot, panel: CommentsPanel, document: DeliverableDocument, editor: Editor) -> None:
    section_id = select_passage(editor, document)
    panel.comment_edit.setPlainText("Calendrier ?")
    panel.add_button.click()
    other = DeliverableDocument.from_updates([document.encode_state()])
    other.insert(section_id, Field.BODY, 0, "Résumé 🎉 : ")
    document.apply_update(other.diff(document.state_vector()))
    start = document.text(section_id).index(PASSAGE)
    qtbot.waitUntil(lambda: getattr(panel.current_comment(), "start", None) == start)

    item = panel.list.item(0)
    with qtbot.waitSignal(panel.comment_activated) as activated:
        panel.list.itemActivated.emit(item)
    assert activated.args == [section_id, "body", start, start + len(PASSAGE)]


def test_comments_from_another_copy_show_and_a_deleted_passage_says_so(
        qtbot: QtBot, panel: CommentsPanel, document: DeliverableDocument) -> None:
    section_id = document.sections()[0].id
    other = DeliverableDocument.from_updates([document.encode_state()])
    start = BODY.index(PASSAGE)
    Comments(other).add(section_id, Field.BODY, start, start + len(PASSAGE), "Vu en atelier", "Awa")
    document.apply_update(other.diff(document.state_vector()))
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    assert "Vu en atelier" in items(panel)[0]

    other.set_text(section_id, Field.BODY, "Tout a été réécrit.")
    document.apply_update(other.diff(document.state_vector()))
    qtbot.waitUntil(lambda: "Passage deleted" in items(panel)[0])
    assert f"it read “{PASSAGE}”" in items(panel)[0]
    with qtbot.assertNotEmitted(panel.comment_activated):
        panel.list.itemActivated.emit(panel.list.item(0))


def test_a_language_change_shows_dates_in_the_new_locale(qtbot: QtBot, panel: CommentsPanel,
                                                         document: DeliverableDocument) -> None:
    section_id = document.sections()[0].id
    Comments(document).add(section_id, Field.BODY, 0, 2, "Date ?", "Awa")
    panel.refresh()
    created = Comments(document).all()[0].created
    previous = QtCore.QLocale()
    french = QtCore.QLocale(QtCore.QLocale.Language.French, QtCore.QLocale.Country.France)
    QtCore.QLocale.setDefault(french)
    try:
        panel.add_button.setText("")
        QtCore.QCoreApplication.sendEvent(panel, QtCore.QEvent(QtCore.QEvent.Type.LanguageChange))
        shown = QtCore.QDateTime.fromMSecsSinceEpoch(int(created.timestamp() * 1000))
        assert french.toString(shown, QtCore.QLocale.FormatType.ShortFormat) in items(panel)[0]
        assert panel.add_button.text() == "Comment on the selection"
    finally:
        QtCore.QLocale.setDefault(previous)


def test_typing_elsewhere_leaves_the_list_as_it_is(qtbot: QtBot, panel: CommentsPanel,
                                                    document: DeliverableDocument, editor: Editor) -> None:
    select_passage(editor, document)
    panel.comment_edit.setPlainText("Calendrier ?")
    panel.add_button.click()
    item = panel.list.item(0)
    document.insert(document.sections()[0].id, Field.BODY, len(BODY), " Suite.")
    panel.refresh()
    assert panel.list.item(0) is item and panel.list.currentItem() is item


def test_a_closed_panel_stops_following_the_document(qtbot: QtBot, document: DeliverableDocument,
                                                     editor: Editor) -> None:
    panel = CommentsPanel(document, "Marie Dupont", editor.selection)
    panel.deleteLater()
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    document.insert(document.sections()[0].id, Field.BODY, 0, "Encore ")  # no listener left to fail
    assert document.text(document.sections()[0].id).startswith("Encore ")


def test_ctrl_enter_in_the_comment_field_adds_the_comment(qtbot: QtBot, panel: CommentsPanel,
                                                          document: DeliverableDocument,
                                                          editor: Editor) -> None:
    select_passage(editor, document)
    panel.comment_edit.setFocus()
    qtbot.keyClicks(panel.comment_edit, "Calendrier ?")
    qtbot.keyClick(panel.comment_edit, QtCore.Qt.Key.Key_Return, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert [c.text for c in Comments(document).all()] == ["Calendrier ?"]
    assert panel.comment_edit.toPlainText() == ""
