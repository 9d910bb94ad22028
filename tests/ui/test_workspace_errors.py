"""The messages for a workspace that cannot be opened, and the restore they offer."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from socieux_desktop.domain.model import Mission
from socieux_desktop.store import workspace
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.store.workspace import (
    WorkspaceError,
    WorkspaceTooNew,
    WorkspaceUnreadable,
    backup,
    database_path,
)
from socieux_desktop.ui.qt import QtWidgets
from socieux_desktop.ui.workspace_errors import (
    Decision,
    decision,
    error_box,
    folder_error_box,
    open_workspace,
)
from tests.conftest import fill, make_sample


def buttons(box: QtWidgets.QMessageBox) -> dict[str, QtWidgets.QAbstractButton]:
    """The answers offered (the "Show Details..." toggle of the technical detail is no answer)."""
    return {button.text(): button for button in box.buttons()
            if box.buttonRole(button) is not QtWidgets.QMessageBox.ButtonRole.ActionRole}


def damage(data_dir: Path) -> bytes:
    path = database_path(data_dir)
    data = bytearray(path.read_bytes())
    data[100:4196] = b"\x00\xff" * 2048
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def saved(data_dir: Path) -> Mission:
    """A workspace with the sample mission and one backup of it."""
    book = Workbook.open(data_dir)
    sample = make_sample()
    fill(book, sample)
    book.close()
    backup(data_dir, reason="test")
    return sample.mission


def test_an_unreadable_file_with_a_backup_offers_it(qtbot: QtBot, data_dir: Path, saved: Mission) -> None:
    damage(data_dir)
    error = WorkspaceUnreadable(database_path(data_dir), "file is not a database")
    box = error_box(error, data_dir)
    qtbot.addWidget(box)
    assert "cannot be read" in box.text() and "Nothing was changed" in box.text()
    assert "latest backup" in box.informativeText()
    shown = buttons(box)
    assert set(shown) == {"Open the latest backup", "Quit"}
    assert box.defaultButton() is shown["Open the latest backup"]
    assert decision(shown["Open the latest backup"]) is Decision.RESTORE
    assert decision(shown["Quit"]) is Decision.QUIT
    assert decision(None) is Decision.QUIT


def test_an_unreadable_file_without_a_backup_offers_only_quit(qtbot: QtBot, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    database_path(data_dir).write_bytes(b"garbage")
    box = error_box(WorkspaceUnreadable(database_path(data_dir), "not an SQLite database"), data_dir)
    qtbot.addWidget(box)
    assert set(buttons(box)) == {"Quit"}
    assert "no backup" in box.informativeText()


def test_a_newer_workspace_is_refused_with_only_quit(qtbot: QtBot, data_dir: Path, saved: Mission) -> None:
    box = error_box(WorkspaceTooNew(database_path(data_dir), "schema 9999 is newer"), data_dir)
    qtbot.addWidget(box)
    assert "newer version of SOCIEUX+ Desktop" in box.text()
    assert "Install the newer version" in box.text()
    assert set(buttons(box)) == {"Quit"}  # a backup exists, but an older copy is no answer to a newer app
    assert decision(buttons(box)["Quit"]) is Decision.QUIT


def test_choosing_the_backup_restores_and_opens_it(data_dir: Path, saved: Mission) -> None:
    damaged = damage(data_dir)
    asked: list[WorkspaceError] = []

    def choose(error: WorkspaceError, folder: Path) -> Decision:
        asked.append(error)
        return Decision.RESTORE

    book = open_workspace(data_dir, choose)
    assert book is not None
    try:
        assert book.get(Mission, saved.id) == saved
    finally:
        book.close()
    assert [type(error) for error in asked] == [WorkspaceUnreadable]
    [kept] = (data_dir / "damaged").iterdir()
    assert (kept / workspace.DB_NAME).read_bytes() == damaged


def test_choosing_quit_leaves_the_file_untouched(data_dir: Path, saved: Mission) -> None:
    damaged = damage(data_dir)
    assert open_workspace(data_dir, lambda error, folder: Decision.QUIT) is None
    assert database_path(data_dir).read_bytes() == damaged
    assert not (data_dir / "damaged").exists()


def test_a_folder_that_cannot_be_written_says_what_to_check(qtbot: QtBot, tmp_path: Path) -> None:
    box = folder_error_box(tmp_path, PermissionError(13, "Permission denied"))
    qtbot.addWidget(box)
    assert str(tmp_path) in box.text() and "write" in box.text()
    assert "Permission denied" in box.detailedText()
