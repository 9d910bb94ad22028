"""The Deliverables tab: the list, a new deliverable from its template, export and merge of a file, the
editor windows, and the refusal to run a workshop on a locked text."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.collab.templates import template_titles
from socieux_desktop.domain.deliverables import (
    Deliverable,
    DeliverableKind,
    DeliverableLanguage,
    DeliverableStatus,
)
from socieux_desktop.domain.model import new_id
from socieux_desktop.store import sync_state
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.deliverables import (
    KIND,
    LANGUAGE,
    STATUS,
    TITLE,
    WORDS,
    DeliverablesWidget,
    NewDeliverableDialog,
    file_name_for,
)
from socieux_desktop.ui.mission_page import MissionPage
from socieux_desktop.ui.qt import Qt, QtCore, QtGui, QtWidgets
from tests.collab.test_store import MISPLACED_ITEM
from tests.conftest import Sample, fill
from tests.ui.languages import language_switcher


@pytest.fixture
def store(workbook: Workbook) -> DeliverableStore:
    return DeliverableStore(workbook)


@pytest.fixture
def report(store: DeliverableStore, sample: Sample) -> Deliverable:
    """A mission report in French with some text in its first section."""
    deliverable = Deliverable(new_id(), sample.mission.id, DeliverableKind.MISSION_REPORT,
                              "Rapport de mission", DeliverableLanguage.FR)
    store.create(deliverable)
    document = store.open(deliverable.id)
    document.insert_body(document.sections()[0].id, 0, "Trois centres sociaux visités à Abidjan.")
    return deliverable


@pytest.fixture
def widget(qtbot: QtBot, workbook: Workbook, sample: Sample, tmp_path: Path) -> DeliverablesWidget:
    settings = QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    shown = DeliverablesWidget(workbook, settings=settings)
    qtbot.addWidget(shown)
    shown.set_mission(sample.mission.id)
    shown.resize(1000, 600)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def column(widget: DeliverablesWidget, number: int) -> list[str]:
    return [widget.model.index(row, number).data() for row in range(widget.model.rowCount())]


def test_the_list_shows_the_missions_deliverables_with_their_words(
        widget: DeliverablesWidget, report: Deliverable, store: DeliverableStore, sample: Sample) -> None:
    other_mission = Deliverable(new_id(), new_id(), DeliverableKind.OTHER, "Elsewhere")
    widget.refresh()
    assert column(widget, TITLE) == ["Rapport de mission"]
    assert column(widget, KIND) == ["Mission report"]
    assert column(widget, LANGUAGE) == ["French"]
    assert column(widget, STATUS) == ["Draft"]
    assert column(widget, WORDS) == ["6"]  # the text only: the template's titles are no words
    assert other_mission.title not in column(widget, TITLE)
    assert [widget.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Title", "Kind", "Language", "Status", "Words"]


def test_no_mission_invites_to_choose_one(widget: DeliverablesWidget, report: Deliverable) -> None:
    widget.set_mission(None)
    assert widget.model.rowCount() == 0
    assert not widget.new_action.isEnabled()
    assert "Choose a mission" in widget.empty_label.text()


def test_buttons_need_a_deliverable_chosen(widget: DeliverablesWidget, report: Deliverable) -> None:
    widget.refresh()
    assert widget.new_action.isEnabled()
    assert not widget.open_action.isEnabled() and not widget.workshop_action.isEnabled()
    widget.select(report.id)
    assert widget.selected_deliverable() == report
    for action in (widget.open_action, widget.export_action, widget.merge_action, widget.workshop_action):
        assert action.isEnabled()


def test_a_new_deliverable_is_written_with_its_template_in_its_language(
        qtbot: QtBot, widget: DeliverablesWidget, store: DeliverableStore, sample: Sample) -> None:
    dialog = widget.new_deliverable()
    assert isinstance(dialog, NewDeliverableDialog)
    assert dialog.language() == DeliverableLanguage.EN  # the interface's language
    assert dialog.title_edit.text() == "Mission report"  # proposed from the kind
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(DeliverableKind.ACTION_PLAN))
    assert dialog.title_edit.text() == "Action plan"
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Plan d'action 2026")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(DeliverableLanguage.ES))
    with qtbot.waitSignal(widget.deliverables_changed):
        dialog.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).click()

    [created] = store.of_mission(sample.mission.id)
    assert (created.kind, created.title, created.language, created.status) == (
        DeliverableKind.ACTION_PLAN, "Plan d'action 2026", DeliverableLanguage.ES, DeliverableStatus.DRAFT)
    titles = [section.title for section in store.load(created.id).sections()]
    assert titles == list(template_titles(DeliverableKind.ACTION_PLAN, DeliverableLanguage.ES))
    assert column(widget, TITLE) == ["Plan d'action 2026"]
    assert widget.selected_deliverable() == created
    editor = widget.editors[created.id]  # opened at once, to be written
    assert editor.isVisible() and editor.windowTitle() == "Plan d'action 2026"
    assert editor.deliverable == created


def test_a_new_deliverable_without_a_title_is_refused_and_nothing_written(
        qtbot: QtBot, widget: DeliverablesWidget, store: DeliverableStore, sample: Sample) -> None:
    dialog = widget.new_deliverable()
    assert dialog is not None
    dialog.title_edit.setText("   ")
    dialog.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "“Title” is required" in dialog.error_label.text()
    assert store.of_mission(sample.mission.id) == []
    dialog.reject()


def test_the_new_deliverable_follows_the_interface_language(qtbot: QtBot, store: DeliverableStore,
                                                            sample: Sample) -> None:
    QtCore.QLocale.setDefault(QtCore.QLocale("fr"))
    try:
        dialog = NewDeliverableDialog(store, sample.mission.id)
        qtbot.addWidget(dialog)
        assert dialog.language() == DeliverableLanguage.FR
    finally:
        QtCore.QLocale.setDefault(QtCore.QLocale("en"))


def test_export_then_merge_into_another_workspace_keeps_both_copies_edits(
        widget: DeliverablesWidget, report: Deliverable, store: DeliverableStore, tmp_path: Path,
        sample: Sample) -> None:
    path = tmp_path / file_name_for(report, ".socieux-deliverable")
    assert widget.export_to(report.id, path)
    assert "was exported" in widget.message_label.text()

    other = Workbook.open(tmp_path / "colleague")
    try:
        fill(other, sample)  # the colleague's workspace holds the same mission (synced earlier)
        theirs = DeliverableStore(other)
        record = json.loads(path.read_text(encoding="utf-8"))["deliverable"]
        other.save(Deliverable(record["id"], record["mission_id"], DeliverableKind(record["kind"]),
                               record["title"], DeliverableLanguage(record["language"])))
        assert theirs.merge_file(report.id, path)
        copy = theirs.open(report.id)
        copy.insert_body(copy.sections()[1].id, 0, "Le contexte institutionnel.")
        back = tmp_path / "back.socieux-deliverable"
        theirs.export_file(report.id, back)
    finally:
        other.close()

    assert widget.merge_from(report.id, back)
    assert "was merged" in widget.message_label.text()
    bodies = [section.body for section in store.load(report.id).sections()]
    assert bodies[:2] == ["Trois centres sociaux visités à Abidjan.", "Le contexte institutionnel."]
    assert column(widget, WORDS) == ["9"]

    assert widget.merge_from(report.id, back)  # the same file again brings nothing
    assert "nothing new" in widget.message_label.text()


def test_a_corrupt_file_is_refused_with_what_to_do(widget: DeliverablesWidget, report: Deliverable,
                                                   store: DeliverableStore, tmp_path: Path) -> None:
    before = store.load(report.id).encode_state()
    path = tmp_path / "broken.socieux-deliverable"
    assert widget.export_to(report.id, path)
    envelope = json.loads(path.read_text(encoding="utf-8"))
    envelope["state"] = envelope["state"][:-8] + "AAAAAAA="
    path.write_text(json.dumps(envelope), encoding="utf-8")
    assert not widget.merge_from(report.id, path)
    text = widget.message_label.text()
    assert "cannot be merged" in text and "export the deliverable again" in text
    assert store.load(report.id).encode_state() == before

    path.write_text("not json at all", encoding="utf-8")
    assert not widget.merge_from(report.id, path)
    assert "cannot be merged" in widget.message_label.text()

    # a state whose checksum matches but that Yrs refuses with a RuntimeError: the same message
    envelope.update(state=base64.b64encode(MISPLACED_ITEM).decode("ascii"),
                    sha256=hashlib.sha256(MISPLACED_ITEM).hexdigest())
    path.write_text(json.dumps(envelope), encoding="utf-8")
    widget.message_label.clear()
    assert not widget.merge_from(report.id, path)
    assert "cannot be merged" in widget.message_label.text()
    assert store.load(report.id).encode_state() == before


def test_a_file_of_another_deliverable_is_refused(widget: DeliverablesWidget, report: Deliverable,
                                                  store: DeliverableStore, tmp_path: Path,
                                                  sample: Sample) -> None:
    other = Deliverable(new_id(), sample.mission.id, DeliverableKind.DIAGNOSTIC, "Diagnostic")
    store.create(other)
    path = tmp_path / "diagnostic.socieux-deliverable"
    assert widget.export_to(other.id, path)
    rows_before = store.row_count(report.id)
    assert not widget.merge_from(report.id, path)
    assert "holds another deliverable, not “Rapport de mission”" in widget.message_label.text()
    assert store.row_count(report.id) == rows_before


def test_an_export_that_cannot_be_written_says_what_to_do(widget: DeliverablesWidget, report: Deliverable,
                                                          tmp_path: Path) -> None:
    assert not widget.export_to(report.id, tmp_path / "no such folder" / "report.socieux-deliverable")
    assert "Choose another folder" in widget.message_label.text()


def test_a_locked_deliverable_cannot_start_a_workshop_nor_take_a_merge(
        widget: DeliverablesWidget, report: Deliverable, workbook: Workbook, tmp_path: Path) -> None:
    path = tmp_path / "report.socieux-deliverable"
    assert widget.export_to(report.id, path)
    workbook.save(dataclasses.replace(report, status=DeliverableStatus.SUBMITTED))
    widget.refresh()
    assert column(widget, STATUS) == ["Submitted to headquarters"]
    assert widget.start_workshop(report.id) is None
    assert "locked" in widget.message_label.text() and "Reopen" in widget.message_label.text()
    assert widget.workshops == {}
    assert not widget.merge_from(report.id, path)
    assert "Reopen it" in widget.message_label.text()


def test_file_names_are_safe() -> None:
    deliverable = Deliverable(new_id(), new_id(), DeliverableKind.OTHER, 'Plan: "A/B" <2026>?')
    assert file_name_for(deliverable, ".x") == "Plan   A B   2026.x"


def test_open_shows_one_editor_window_per_deliverable(qtbot: QtBot, widget: DeliverablesWidget,
                                                      report: Deliverable) -> None:
    widget.refresh()
    widget.select(report.id)
    widget.view.setFocus()
    qtbot.keyClick(widget.view, Qt.Key.Key_Return)
    editor = widget.editors[report.id]
    qtbot.waitExposed(editor)
    assert editor.isWindow() and editor.isVisible()
    assert editor.windowTitle() == "Rapport de mission"
    assert editor.document.sections()[0].body == "Trois centres sociaux visités à Abidjan."
    index = widget.model.index(0, TITLE)
    widget.view.doubleClicked.emit(index)
    assert widget.editors == {report.id: editor}  # the same window, brought to the front
    editor.close()
    qtbot.waitUntil(lambda: widget.editors == {})  # deleted on close


def test_a_merge_shows_in_the_open_editor(qtbot: QtBot, widget: DeliverablesWidget, report: Deliverable,
                                          store: DeliverableStore, tmp_path: Path) -> None:
    editor = widget.open_editor(report.id)
    path = tmp_path / "copy.socieux-deliverable"
    copy = store.load(report.id)  # another copy of the text, edited apart and exported
    copy.insert_body(copy.sections()[2].id, 0, "Visites de terrain.")
    envelope = json.loads(_exported(widget, report, tmp_path).read_text(encoding="utf-8"))
    state = copy.encode_state()
    envelope["state"] = base64.b64encode(state).decode("ascii")
    envelope["sha256"] = hashlib.sha256(state).hexdigest()
    path.write_text(json.dumps(envelope), encoding="utf-8")

    assert widget.merge_from(report.id, path)
    assert editor.document.sections()[2].body == "Visites de terrain."
    assert store.load(report.id).sections()[2].body == "Visites de terrain."
    editor.close()


def _exported(widget: DeliverablesWidget, deliverable: Deliverable, folder: Path) -> Path:
    path = folder / "exported.socieux-deliverable"
    assert widget.export_to(deliverable.id, path)
    return path


def test_the_editors_status_change_shows_in_the_list(qtbot: QtBot, widget: DeliverablesWidget,
                                                     report: Deliverable) -> None:
    editor = widget.open_editor(report.id)
    with qtbot.waitSignal(widget.deliverables_changed):
        editor.share_button.click()
    assert column(widget, STATUS) == ["Shared with counterparts"]
    editor.close()


def test_the_mission_page_reads_the_deliverables_when_their_tab_is_shown(
        qtbot: QtBot, workbook: Workbook, sample: Sample, report: Deliverable) -> None:
    page = MissionPage(workbook, QtGui.QUndoStack())
    qtbot.addWidget(page)
    page.set_mission(sample.mission.id)
    assert page.tabText(page.deliverables_index) == "Deliverables"
    assert page.deliverables.model.rowCount() == 0  # not read yet
    page.setCurrentIndex(page.deliverables_index)
    assert [page.deliverables.model.index(0, TITLE).data()] == ["Rapport de mission"]
    page.set_mission(None)
    assert page.deliverables.model.rowCount() == 0


def test_start_workshop_opens_the_editor_and_the_dialog_and_the_editor_stays_while_it_runs(
        qtbot: QtBot, widget: DeliverablesWidget, report: Deliverable) -> None:
    from socieux_desktop.ui.workshop_dialog import LOOPBACK

    widget.refresh()
    widget.select(report.id)
    widget.workshop_action.trigger()
    dialog = widget.workshops[report.id]
    editor = widget.editors[report.id]
    assert dialog.isVisible() and editor.isVisible()
    assert widget.start_workshop(report.id) is dialog  # asked again: the same dialog
    dialog.port = 0  # any free port (the default, 8765, may be taken on this machine)
    dialog.select_network(LOOPBACK)
    try:
        assert dialog.start_workshop(), dialog.error_label.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.running  # a stray Escape does not end it
        editor.close()
        assert editor.isVisible()  # the workshop's edits reach the workspace through this editor
        assert widget.editors == {report.id: editor}
        widget.close_windows()
        assert not dialog.running
    finally:
        dialog.end_workshop()
    qtbot.waitUntil(lambda: widget.editors == {} and widget.workshops == {})


def test_a_language_switch_shows_at_once(qapp: QtWidgets.QApplication, widget: DeliverablesWidget,
                                         report: Deliverable) -> None:
    widget.refresh()
    with language_switcher(qapp) as switcher:
        switcher.switch("fr")
        assert column(widget, KIND) == ["Rapport de mission"]
        assert column(widget, LANGUAGE) == ["Français"]
        assert column(widget, TITLE) == ["Rapport de mission"]  # the title is the person's text
    assert column(widget, KIND) == ["Mission report"]


def _sign_in_as(workbook: Workbook, role: str | None) -> None:
    """What signing in (as ``role``) or out (None) leaves in the workspace."""
    with Session(workbook.engine) as session, session.begin():
        sync_state.set_account(session, None if role is None else sync_state.SyncAccount(
            "https://hub.socieux.eu", role, None, None, role))


def test_editors_open_with_the_signed_in_persons_role(
        qtbot: QtBot, widget: DeliverablesWidget, workbook: Workbook, report: Deliverable,
        store: DeliverableStore) -> None:
    store.change_status(report.id, "submit")
    expert = widget.open_editor(report.id)  # not signed in: an expert
    qtbot.waitExposed(expert)
    assert expert.role == "expert"
    assert not expert.approve_button.isVisible() and not expert.return_button.isVisible()
    expert.close()
    qtbot.waitUntil(lambda: widget.editors == {})

    _sign_in_as(workbook, sync_state.COORDINATOR)
    editor = widget.open_editor(report.id)
    qtbot.waitExposed(editor)
    assert editor.role == "coordinator"
    assert editor.approve_button.isVisible() and editor.approve_button.isEnabled()
    assert editor.return_button.isVisible() and editor.return_button.isEnabled()
    with qtbot.waitSignal(widget.deliverables_changed):
        editor.approve_button.click()
    assert store.get(report.id).status == DeliverableStatus.APPROVED
    assert column(widget, STATUS) == ["Approved"]
    assert not editor.approve_button.isEnabled()  # approved is final
    editor.close()


def test_an_open_editor_follows_a_sign_in_and_a_sign_out(
        qtbot: QtBot, widget: DeliverablesWidget, workbook: Workbook, report: Deliverable,
        store: DeliverableStore) -> None:
    store.change_status(report.id, "submit")
    editor = widget.open_editor(report.id)
    qtbot.waitExposed(editor)
    assert not editor.approve_button.isVisible()
    _sign_in_as(workbook, sync_state.COORDINATOR)
    QtWidgets.QApplication.sendEvent(editor, QtCore.QEvent(QtCore.QEvent.Type.WindowActivate))
    assert editor.role == "coordinator" and editor.approve_button.isVisible()
    _sign_in_as(workbook, None)
    widget.refresh()
    assert editor.role == "expert" and not editor.approve_button.isVisible()
    editor.return_button.click()  # hidden, and the store would refuse it anyway
    assert store.get(report.id).status == DeliverableStatus.SUBMITTED
    editor.close()


# -- Word files ------------------------------------------------------------------------------------------


def finished(qtbot: QtBot, widget: DeliverablesWidget) -> str:
    """The message once the Word file is written or read (off the GUI thread)."""
    qtbot.waitUntil(lambda: not widget.runner.is_busy(), timeout=30_000)
    return widget.message_label.text()


def test_export_to_word_writes_the_deliverable_with_its_comments(
        qtbot: QtBot, widget: DeliverablesWidget, report: Deliverable, store: DeliverableStore,
        tmp_path: Path) -> None:
    import docx

    from socieux_desktop.collab.annotations import Comments

    document = store.open(report.id)
    first = document.sections()[0].id
    Comments(document).add(first, "body", 0, 5, "Combien d’agents ?", "Awa Koné")
    widget.refresh()
    widget.select(report.id)
    assert widget.word_export_action.isEnabled() and widget.word_into_action.isEnabled()
    path = tmp_path / "rapport.docx"
    widget.export_word(report.id, path)
    assert f"was exported to “{path}”" in finished(qtbot, widget)
    word = docx.Document(str(path))
    assert "Trois centres sociaux visités à Abidjan." in [p.text for p in word.paragraphs]
    assert [(c.author, c.text) for c in word.comments] == [("Awa Koné", "Combien d’agents ?")]
    widget.export_word(report.id, tmp_path / "no such folder" / "rapport.docx")
    assert "Choose another folder" in finished(qtbot, widget)


def test_import_from_word_as_a_new_deliverable_with_its_pictures_tells_what_was_left_out(
        qtbot: QtBot, widget: DeliverablesWidget, store: DeliverableStore, sample: Sample,
        workbook: Workbook, tmp_path: Path) -> None:
    import docx
    from PIL import Image

    from socieux_desktop.store.images import DeliverableImages

    Image.new("RGB", (30, 20), "blue").save(tmp_path / "carte.png")
    word = docx.Document()
    word.add_paragraph("Termes de référence — Togo", style="Title")
    word.add_heading("Contexte", level=1)
    word.add_paragraph("La couverture santé universelle.")
    word.add_picture(str(tmp_path / "carte.png"))
    word.add_heading("Objectifs", level=1)
    word.add_paragraph("Un diagnostic", style="List Bullet")
    word.save(str(tmp_path / "tdr.docx"))
    word.sections[0].footer.paragraphs[0].text = "Ministère de la Santé"
    word.save(str(tmp_path / "tdr.docx"))
    widget.import_word(tmp_path / "tdr.docx")
    text = finished(qtbot, widget)
    assert "“tdr.docx” was imported into “Termes de référence — Togo”" in text
    left_out = widget.skipped_text("header_footer", 1)
    assert f"Not carried over (copy them by hand if you need them): {left_out}." in text
    (made,) = [d for d in store.of_mission(sample.mission.id) if d.title == "Termes de référence — Togo"]
    assert widget.selected_deliverable() == made
    assert [(s.title, s.body) for s in store.load(made.id).sections()] == [
        ("Contexte", "La couverture santé universelle.\n\n![](images/image1.png)"),
        ("Objectifs", "- Un diagnostic")]
    picture = DeliverableImages(workbook).resolve_image(made.id, "images/image1.png")
    assert picture == (tmp_path / "carte.png").read_bytes()  # the picture came along, attached


def test_import_from_word_into_the_open_editor_after_its_section_and_undone_at_once(
        qtbot: QtBot, widget: DeliverablesWidget, report: Deliverable, store: DeliverableStore,
        tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    word.add_heading("Annexe — Nguyễn", level=1)
    word.add_paragraph("Texte de l’homologue.")
    word.save(str(tmp_path / "annexe.docx"))
    editor = widget.open_editor(report.id)
    before = [s.title for s in store.load(report.id).sections()]
    widget.import_word(tmp_path / "annexe.docx", report.id)
    assert "“annexe.docx” was imported into “Rapport de mission”: 1 section" in finished(qtbot, widget)
    after = [s.title for s in store.load(report.id).sections()]
    assert after == [before[0], "Annexe — Nguyễn", *before[1:]]
    editor.undo()
    assert [s.title for s in store.load(report.id).sections()] == before


@pytest.mark.parametrize(("data", "words"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "is an old Word document (.doc)"),
    (bytes(range(256)) * 4, "is not a Word document (.docx)"),
])
def test_a_file_that_is_not_a_word_document_is_refused_with_what_to_do(
        qtbot: QtBot, widget: DeliverablesWidget, report: Deliverable, store: DeliverableStore,
        tmp_path: Path, data: bytes, words: str) -> None:
    path = tmp_path / "tdr.docx"
    path.write_bytes(data)
    count = len(store.of_mission(report.mission_id))
    widget.import_word(path)
    assert words in finished(qtbot, widget)
    assert len(store.of_mission(report.mission_id)) == count


def test_a_locked_deliverable_takes_no_word_sections(widget: DeliverablesWidget, report: Deliverable,
                                                     workbook: Workbook, tmp_path: Path) -> None:
    workbook.save(dataclasses.replace(report, status=DeliverableStatus.SUBMITTED))
    widget.import_word(tmp_path / "whatever.docx", report.id)
    assert "Reopen it" in widget.message_label.text()
    assert not widget.runner.is_busy()
