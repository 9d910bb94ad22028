"""ui.deliverable_suggestions: the suggestions listed in colour in reading order, accepted or rejected one
by one or all at once; the text changes only by what is accepted."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from socieux_desktop.collab.document import DeliverableDocument
from socieux_desktop.collab.suggestions import Suggestions
from socieux_desktop.ui.deliverable_suggestions import SuggestionsPanel


def panel_with(qtbot: QtBot, text: str) -> tuple[SuggestionsPanel, DeliverableDocument, str]:
    document = DeliverableDocument.create("d-1", ["Constats"])
    section = document.sections()[0].id
    document.insert_body(section, 0, text)
    panel = SuggestionsPanel(document)
    qtbot.addWidget(panel)
    return panel, document, section


def texts(panel: SuggestionsPanel) -> list[str]:
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def test_accept_and_reject_one_by_one(qtbot: QtBot) -> None:
    panel, document, section = panel_with(qtbot, "Les centres sociaux manquent de personnel.")
    assert panel.empty_label.isVisibleTo(panel) and not panel.accept_all_button.isEnabled()
    suggestions = Suggestions(document)
    deletion = suggestions.suggest_delete(section, 12, 20, "Awa Koné")
    insertion = suggestions.suggest_insert(section, 42, " Urgent.", "Kouassi Yao")
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    assert texts(panel) == ["Delete: sociaux\nAwa Koné · Constats", "Insert: Urgent.\nKouassi Yao · Constats"]
    assert panel.list.item(0).font().strikeOut() and not panel.list.item(1).font().strikeOut()
    assert not panel.accept_button.isEnabled()

    panel.select_suggestion(insertion)
    panel.accept_button.click()
    assert document.text(section) == "Les centres sociaux manquent de personnel. Urgent."
    panel.select_suggestion(deletion)
    panel.reject_button.click()
    assert document.text(section) == "Les centres sociaux manquent de personnel. Urgent."
    assert panel.list.count() == 0 and suggestions.all() == []


def test_accept_all_and_reject_all(qtbot: QtBot) -> None:
    panel, document, section = panel_with(qtbot, "abc def")
    suggestions = Suggestions(document)
    suggestions.suggest_delete(section, 0, 4, "Awa Koné")
    suggestions.suggest_insert(section, 7, " ghi", "Awa Koné")
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    panel.accept_all_button.click()
    assert document.text(section) == "def ghi" and panel.list.count() == 0
    suggestions.suggest_insert(section, 0, "x", "Awa Koné")
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    panel.reject_all_button.click()
    assert document.text(section) == "def ghi" and panel.list.count() == 0
