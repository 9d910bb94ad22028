"""The named versions panel: saving a version under a name, reading it, comparing it with the text."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from socieux_desktop.collab.annotations import DiffKind, DiffLine, Versions
from socieux_desktop.collab.document import DeliverableDocument, Field
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.model import new_id
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.deliverable_comments import local_time
from socieux_desktop.ui.deliverable_versions import AUTHOR, NAME, SAVED, VersionsPanel, diff_html
from socieux_desktop.ui.qt import QtCore, QtWidgets
from tests.conftest import Sample

BODY = "Constat 1 : le budget est validé.\nConstat 2 : l’équipe 😀 est en place."
NAME_GIVEN = "sent to the Ministry, 12 March"


@pytest.fixture
def store(workbook: Workbook) -> DeliverableStore:
    return DeliverableStore(workbook)


@pytest.fixture
def deliverable(store: DeliverableStore, sample: Sample) -> Deliverable:
    made = Deliverable(new_id(), sample.mission.id, DeliverableKind.DIAGNOSTIC, "Diagnostic",
                       DeliverableLanguage.FR)
    store.create(made)
    return made


@pytest.fixture
def document(store: DeliverableStore, deliverable: Deliverable) -> DeliverableDocument:
    opened = store.open(deliverable.id)
    opened.set_text(opened.sections()[0].id, Field.BODY, BODY)
    return opened


@pytest.fixture
def panel(qtbot: QtBot, document: DeliverableDocument) -> VersionsPanel:
    made = VersionsPanel(document, "Marie Dupont")
    qtbot.addWidget(made)
    made.resize(600, 700)
    made.show()
    qtbot.waitExposed(made)
    return made


def rows(panel: VersionsPanel, column: int = NAME) -> list[str]:
    return [panel.list.topLevelItem(row).text(column)  # type: ignore[union-attr]
            for row in range(panel.list.topLevelItemCount())]


def test_saving_a_named_version_asks_its_name_and_keeps_the_text(
        qtbot: QtBot, panel: VersionsPanel, store: DeliverableStore, deliverable: Deliverable) -> None:
    qtbot.mouseClick(panel.save_button, QtCore.Qt.MouseButton.LeftButton)
    dialog = panel.save_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, NAME_GIVEN)
    dialog.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).click()

    assert panel.save_dialog is None
    [version] = Versions(store.load(deliverable.id)).all()  # saved in the workspace at once
    assert (version.name, version.author) == (NAME_GIVEN, "Marie Dupont")
    assert rows(panel) == [NAME_GIVEN]
    assert rows(panel, SAVED) == [local_time(version.created)]
    assert rows(panel, AUTHOR) == ["Marie Dupont"]
    assert panel.current_version_id() == version.id
    assert panel.view_button.isEnabled() and panel.compare_button.isEnabled()


def test_a_version_without_a_name_is_refused_and_cancel_saves_nothing(
        qtbot: QtBot, panel: VersionsPanel, document: DeliverableDocument) -> None:
    dialog = panel.ask_name()
    dialog.name_edit.setText("   ")
    dialog.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "Give the version a name" in dialog.error_label.text()
    dialog.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible()
    assert Versions(document).all() == [] and rows(panel) == []
    assert not panel.view_button.isEnabled()


def test_viewing_a_version_shows_its_text_read_only(qtbot: QtBot, panel: VersionsPanel,
                                                    document: DeliverableDocument) -> None:
    version_id = panel.save_version(NAME_GIVEN)
    section_id = document.sections()[0].id
    document.set_text(section_id, Field.BODY, "Tout a changé.")
    panel.view_button.click()
    assert panel.viewer.isReadOnly()
    assert panel.viewer.toPlainText() == Versions(document).markdown(version_id)
    assert "Constat 2 : l’équipe 😀 est en place." in panel.viewer.toPlainText()
    assert f"“{NAME_GIVEN}”" in panel.caption_label.text() and "Marie Dupont" in panel.caption_label.text()


def test_comparing_colours_removed_and_added_lines_and_follows_the_text(
        qtbot: QtBot, panel: VersionsPanel, document: DeliverableDocument) -> None:
    panel.save_version(NAME_GIVEN)
    section_id = document.sections()[0].id
    document.set_text(section_id, Field.BODY, BODY.replace("budget est validé", "budget est révisé"))
    panel.compare_button.click()
    shown = panel.viewer.toPlainText()
    assert "− Constat 1 : le budget est validé." in shown
    assert "+ Constat 1 : le budget est révisé." in shown
    assert "Changes since" in panel.caption_label.text()
    html = panel.viewer.toHtml()
    assert "#fde2e1" in html and "#dcf5dc" in html

    document.insert(section_id, Field.BODY, 0, "Ajout du jour\n")  # the comparison follows the text
    qtbot.waitUntil(lambda: "+ Ajout du jour" in panel.viewer.toPlainText())


def test_diff_html_escapes_the_text() -> None:
    html = diff_html([DiffLine(DiffKind.INSERT, "<b>gras</b> & co"), DiffLine(DiffKind.EQUAL, "x")])
    assert "&lt;b&gt;gras&lt;/b&gt; &amp; co" in html and "<b>" not in html


def test_versions_saved_on_another_copy_show_newest_first(qtbot: QtBot, panel: VersionsPanel,
                                                           document: DeliverableDocument) -> None:
    panel.save_version("first draft")
    other = DeliverableDocument.from_updates([document.encode_state()])
    Versions(other).save("relu par Awa", "Awa Traoré")
    document.apply_update(other.diff(document.state_vector()))
    qtbot.waitUntil(lambda: len(rows(panel)) == 2)
    assert rows(panel) == ["relu par Awa", "first draft"]
    assert rows(panel, AUTHOR) == ["Awa Traoré", "Marie Dupont"]


def test_a_language_change_shows_dates_in_the_new_locale(qtbot: QtBot, panel: VersionsPanel,
                                                         document: DeliverableDocument) -> None:
    panel.save_version(NAME_GIVEN)
    [version] = Versions(document).all()
    previous = QtCore.QLocale()
    french = QtCore.QLocale(QtCore.QLocale.Language.French, QtCore.QLocale.Country.France)
    QtCore.QLocale.setDefault(french)
    try:
        panel.save_button.setText("")
        QtCore.QCoreApplication.sendEvent(panel, QtCore.QEvent(QtCore.QEvent.Type.LanguageChange))
        shown = QtCore.QDateTime.fromMSecsSinceEpoch(int(version.created.timestamp() * 1000))
        assert rows(panel, SAVED) == [french.toString(shown, QtCore.QLocale.FormatType.ShortFormat)]
        assert panel.save_button.text() == "Save named version…"
        assert panel.list.headerItem().text(SAVED) == "Saved on"  # type: ignore[union-attr]
    finally:
        QtCore.QLocale.setDefault(previous)


def test_a_closed_panel_stops_following_the_document(qtbot: QtBot, document: DeliverableDocument) -> None:
    panel = VersionsPanel(document, "Marie Dupont")
    panel.deleteLater()
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    Versions(document).save("après fermeture", "Marie")  # no listener left to fail
    assert [v.name for v in Versions(document).all()] == ["après fermeture"]
