"""End to end with the expert's Qt editor: headless Chromium joins a workshop served from the app's
``DeliverableEditor`` (the host's browser edits applied to it on the GUI thread, its own edits pushed to
the host) and the two write together; after the end the browser's document is gone."""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from socieux_desktop.collab.annotations import Comments
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.collab.suggestions import Suggestions
from socieux_desktop.collab.workshop import WorkshopHost
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.model import new_id
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.deliverable_editor import DeliverableEditor
from socieux_desktop.ui.qt import QtWidgets
from tests.conftest import Sample
from tests.e2e.drivers import DIST, PIN, require
from tests.e2e.test_workshop_browser import Browser
from tests.ui.test_deliverable_editor import type_text


class ExpertSide:
    """The app's side of a workshop: the editor and the host, with the bytes marshalled to the GUI thread
    as the app does (here by draining a queue from the test's waits)."""

    def __init__(self, qtbot: QtBot, store: DeliverableStore, deliverable: Deliverable) -> None:
        self.qtbot = qtbot
        self.editor = DeliverableEditor(store, deliverable.id, author="Marie Lefèvre")
        qtbot.addWidget(self.editor)
        self.editor.resize(1100, 700)
        self.editor.show()
        qtbot.waitExposed(self.editor)
        self.incoming: queue.Queue[bytes] = queue.Queue()
        self.host = WorkshopHost(deliverable.id, self.editor.document.encode_state(), pin=PIN,
                                 host="127.0.0.1", title=deliverable.title, language="fr",
                                 on_update=self.incoming.put, web_root=DIST)
        self.editor.local_update.connect(self.host.push_update)

    def drain(self) -> None:
        while True:
            try:
                self.editor.apply_remote(self.incoming.get_nowait())
            except queue.Empty:
                return

    def wait_body(self, text: str) -> None:
        def shown() -> bool:
            self.drain()
            return self.editor.body_edit.toPlainText() == text

        self.qtbot.waitUntil(shown, timeout=20000)


@pytest.fixture
def expert(qtbot: QtBot, workbook: Workbook, sample: Sample) -> Iterator[ExpertSide]:
    require(chromium=True)
    store = DeliverableStore(workbook)
    deliverable = Deliverable(new_id(), sample.mission.id, DeliverableKind.MISSION_REPORT,
                              "Rapport de diagnostic", DeliverableLanguage.FR)
    store.create(deliverable)
    side = ExpertSide(qtbot, store, deliverable)
    side.host.start()
    try:
        yield side
    finally:
        side.host.stop()


@pytest.fixture
def browser() -> Iterator[Browser]:
    require(chromium=True)
    opened = Browser()
    try:
        yield opened
    finally:
        assert opened.driver.close() == 0


def test_browser_typing_appears_in_the_experts_qt_editor_and_back(expert: ExpertSide, browser: Browser
                                                                    ) -> None:
    section = expert.editor.section_id
    assert section is not None
    browser.join(expert.host.url.rstrip("/"))
    browser("wait", selector=browser.editor(section))
    browser("wait_text", selector="#status", text="Connected")
    browser("type", selector=browser.editor(section), text="Les centres sociaux manquent de personnel.")
    expert.wait_body("Les centres sociaux manquent de personnel.")

    # The expert types in the Qt editor: it appears in the browser.
    expert.editor.body_edit.setFocus()
    cursor = expert.editor.body_edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    expert.editor.body_edit.setTextCursor(cursor)
    type_text(expert.editor.body_edit, " Validé en atelier.")
    both = "Les centres sociaux manquent de personnel. Validé en atelier."
    # The editor hands its updates out from Qt's event loop: wait while it runs.
    expert.qtbot.waitUntil(lambda: browser("text", selector=browser.editor(section)) == both, timeout=20000)
    assert expert.editor.body_edit.toPlainText() == both

    # End of the workshop: the browser is told, its document leaves the page, nothing more arrives.
    expert.host.stop()
    browser("wait_text", selector="#final-message", text="The workshop has ended")
    assert browser("count", selector=".cm-content") == 0
    expert.drain()
    assert expert.editor.body_edit.toPlainText() == both


def wait_for(expert: ExpertSide, condition: Callable[[], bool]) -> None:
    def reached() -> bool:
        expert.drain()
        return condition()

    expert.qtbot.waitUntil(reached, timeout=20000)


def list_texts(widget: QtWidgets.QListWidget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def test_comments_both_ways_between_the_browser_and_the_qt_comments_panel(expert: ExpertSide,
                                                                          browser: Browser) -> None:
    section = expert.editor.section_id
    assert section is not None
    expert.editor.document.insert_body(section, 0, "Réseau 😀 : 129 centres sociaux.")
    QtWidgets.QApplication.processEvents()  # the editor hands its edits out from Qt's event loop
    browser.join(expert.host.url.rstrip("/"))
    editor = browser.editor(section)
    browser("wait_text", selector=editor, text="129 centres sociaux.")
    browser("click", selector=editor)
    browser("press", key="Home")
    for _ in range(11):
        browser("press", key="ArrowRight")
    for _ in range(11):
        browser("press", key="Shift+ArrowRight")
    browser("fill", selector="#comment-text", value="Combien sont ouverts ?")
    browser("click", selector="#comment-add")
    # in the expert's comments panel, on its passage
    wait_for(expert, lambda: any("Combien sont ouverts ?" in text
                                 for text in list_texts(expert.editor.comments.list)))
    (comment,) = Comments(expert.editor.document).all()
    assert (comment.passage, comment.author) == ("129 centres", "Awa Koné")

    # the expert comments in the Qt panel: it shows in the browser
    expert.editor.select_passage(section, "body", 23, 30)  # "sociaux"
    expert.editor.comments.comment_edit.setPlainText("Lesquels ?")
    expert.editor.comments.add_comment()
    QtWidgets.QApplication.processEvents()
    browser("wait_text", selector="#comments", text="Lesquels ?")
    browser("wait_text", selector="#comments", text="sociaux")
    assert "Marie Lefèvre" in browser("text", selector="#comments")

    # replies both ways: the browser answers the expert's comment, the expert answers in the panel
    expert_comment = next(c for c in Comments(expert.editor.document).all() if c.text == "Lesquels ?")
    row = f'#comments li[data-id="{expert_comment.id}"]'
    browser("fill", selector=f"{row} input.reply-text", value="Ceux du nord.")
    browser("click", selector=f"{row} button.reply")
    wait_for(expert, lambda: any("↳ Awa Koné: Ceux du nord." in text
                                 for text in list_texts(expert.editor.comments.list)))
    expert.editor.comments.select_comment(expert_comment.id)
    expert.editor.comments.comment_edit.setPlainText("Merci.")
    expert.editor.comments.reply_button.click()
    QtWidgets.QApplication.processEvents()
    browser("wait_text", selector=f"{row} .answer:last-of-type", text="Merci.")
    assert browser("text", selector=f"{row} .answer") == "Awa Koné: Ceux du nord."


def test_suggestions_from_the_browser_accepted_and_rejected_in_the_qt_editor(expert: ExpertSide,
                                                                             browser: Browser) -> None:
    section = expert.editor.section_id
    assert section is not None
    original = "Les centres sociaux manquent de personnel."
    expert.editor.document.insert_body(section, 0, original)
    QtWidgets.QApplication.processEvents()
    browser.join(expert.host.url.rstrip("/"))
    editor = browser.editor(section)
    browser("wait_text", selector=editor, text=original)
    (participant,) = expert.host.participants()
    expert.host.set_suggesting(participant.id, True)
    browser("wait_text", selector="#status", text="suggesting")

    # an insertion at the end, a deletion of "sociaux " (backspaces after it)
    browser("click", selector=editor)
    browser("press", key="End")
    for key in " Urgent.":
        browser("press", key="Space" if key == " " else key)
    browser("press", key="Home")
    for _ in range(20):
        browser("press", key="ArrowRight")
    for _ in range(8):
        browser("press", key="Backspace")
    panel = expert.editor.suggestions
    wait_for(expert, lambda: len(Suggestions(expert.editor.document).all()) == 2)
    found = Suggestions(expert.editor.document).all()
    assert [(s.kind.value, s.text, s.author) for s in found] == [
        ("delete", "sociaux ", "Awa Koné"), ("insert", " Urgent.", "Awa Koné")]
    # the text holds neither yet, on either side; the browser shows both in colour
    assert expert.editor.body_edit.toPlainText() == original
    assert browser("text", selector=f"{editor} .cm-suggest-insert") == " Urgent."
    assert browser("text", selector=f"{editor} .cm-suggest-delete") == "sociaux "
    wait_for(expert, lambda: panel.list.count() == 2)
    # in colour in the expert's text too: "sociaux " struck through, the insertion's place marked
    marked = sorted((selection.cursor.selectedText(), selection.format.fontStrikeOut())
                    for selection in expert.editor.body_edit.extraSelections())
    assert marked == [(".", False), ("sociaux ", True)]

    # accept the insertion, reject the deletion, one by one
    panel.select_suggestion(found[1].id)
    panel.accept_button.click()
    panel.select_suggestion(found[0].id)
    panel.reject_button.click()
    accepted = "Les centres sociaux manquent de personnel. Urgent."
    assert expert.editor.body_edit.toPlainText() == accepted
    assert Suggestions(expert.editor.document).all() == []
    expert.qtbot.waitUntil(lambda: browser("text", selector=editor) == accepted, timeout=20000)
    marks = f"{editor} .cm-suggest-delete, {editor} .cm-suggest-insert"
    expert.qtbot.waitUntil(lambda: browser("count", selector=marks) == 0, timeout=20000)

    # two more, accepted all at once
    browser("press", key="Control+End")
    for key in "!!":
        browser("press", key=key)
    browser("press", key="Home")
    browser("press", key="Delete")
    browser("press", key="Delete")
    browser("press", key="Delete")
    browser("press", key="Delete")
    wait_for(expert, lambda: panel.list.count() == 2)
    panel.accept_all_button.click()
    final = "centres sociaux manquent de personnel. Urgent.!!"
    assert expert.editor.body_edit.toPlainText() == final
    expert.qtbot.waitUntil(lambda: browser("text", selector=editor) == final, timeout=20000)
