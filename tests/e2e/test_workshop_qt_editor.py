"""End to end with the expert's Qt editor: headless Chromium joins a workshop served from the app's
``DeliverableEditor`` (the host's browser edits applied to it on the GUI thread, its own edits pushed to
the host) and the two write together; after the end the browser's document is gone."""

from __future__ import annotations

import queue
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.collab.workshop import WorkshopHost
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.model import new_id
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.deliverable_editor import DeliverableEditor
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
