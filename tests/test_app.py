"""The application started for real: which workspace it opens, "ready" when idle, refusals without a hang."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from socieux_desktop import app as app_module
from socieux_desktop.app import Session, choose_data_dir, pick_language
from socieux_desktop.store.workbook import DEMO, REAL, Workbook
from socieux_desktop.store.workspace import (
    WorkspaceError,
    WorkspaceUnreadable,
    backup,
    database_path,
    default_data_dir,
    default_demo_dir,
)
from socieux_desktop.sync.credentials import TokenStore
from socieux_desktop.ui.i18n import LanguageSwitcher, system_language
from socieux_desktop.ui.qt import QtWidgets
from socieux_desktop.ui.workspace_errors import Decision
from tests.conftest import Sample, fill, make_sample
from tests.store.test_workspace import damage_a_page_not_read_at_start
from tests.ui.languages import language_switcher


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user whose data and configuration folders are empty temporary folders."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


def run_app(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOCIEUX_EXIT_WHEN_IDLE": "1", "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run([sys.executable, "-m", "socieux_desktop.app", *args], env=env, text=True,
                          capture_output=True, timeout=timeout)


def workspace_facts(data_dir: Path) -> tuple[str, int]:
    book = Workbook.open(data_dir)
    try:
        return book.kind, len(book.mission_summaries())
    finally:
        book.close()


def test_an_empty_data_dir_opens_an_empty_workspace_of_ones_own(home: Path) -> None:
    data_dir = home / "mine"
    done = run_app("--data-dir", str(data_dir), "--lang", "es")
    assert (done.returncode, done.stdout) == (0, "ready\n"), done.stderr
    assert workspace_facts(data_dir) == (REAL, 0)
    assert not default_demo_dir().exists()


def test_without_data_dir_the_demo_is_filled_once_then_reopened(home: Path) -> None:
    first = run_app("--lang", "fr")
    assert (first.returncode, first.stdout) == (0, "ready\n"), first.stderr
    kind, missions = workspace_facts(default_demo_dir())
    assert kind == DEMO and missions > 0
    second = run_app()
    assert (second.returncode, second.stdout) == (0, "ready\n"), second.stderr
    assert workspace_facts(default_demo_dir()) == (DEMO, missions)  # not filled twice
    assert not database_path(default_data_dir()).exists()


def test_without_data_dir_ones_own_workspace_comes_first(home: Path) -> None:
    book = Workbook.open(default_data_dir())
    fill(book, make_sample())
    book.close()
    assert choose_data_dir(None) == (default_data_dir(), False)
    done = run_app()
    assert (done.returncode, done.stdout) == (0, "ready\n"), done.stderr
    assert not default_demo_dir().exists()


def test_a_damaged_workspace_exits_with_a_message_and_is_left_untouched(home: Path) -> None:
    data_dir = home / "damaged"
    data_dir.mkdir()
    database_path(data_dir).write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    before = database_path(data_dir).read_bytes()
    done = run_app("--data-dir", str(data_dir))
    assert done.returncode == 1
    assert done.stdout == ""
    assert "cannot open the workspace" in done.stderr
    assert database_path(data_dir).read_bytes() == before
    assert not (data_dir / "damaged").exists()


def test_a_workspace_of_a_newer_version_is_refused_and_left_untouched(home: Path) -> None:
    data_dir = home / "newer"
    Workbook.open(data_dir).close()
    connection = sqlite3.connect(database_path(data_dir))
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    connection.close()
    before = database_path(data_dir).read_bytes()
    done = run_app("--data-dir", str(data_dir))
    assert done.returncode == 1
    assert "newer" in done.stderr
    assert database_path(data_dir).read_bytes() == before


def test_a_bad_language_is_a_usage_error(home: Path) -> None:
    done = run_app("--lang", "de")
    assert done.returncode == 2
    assert "--lang" in done.stderr


def test_the_language_comes_from_the_option_then_the_workspace_then_the_system() -> None:
    assert pick_language("es", "fr") == "es"
    assert pick_language(None, "fr") == "fr"
    assert pick_language(None, "klingon") == system_language()
    assert pick_language(None, None) == system_language()


@pytest.fixture
def switcher(qapp: QtWidgets.QApplication) -> Iterator[LanguageSwitcher]:
    with language_switcher(qapp) as made:
        made.switch("es")
        yield made


def test_starting_ones_own_workspace_replaces_the_demo_window(
        qtbot: QtBot, qapp: QtWidgets.QApplication, workbook: Workbook, sample: Sample,
        switcher: LanguageSwitcher, tmp_path: Path) -> None:
    workbook.mark_demo()
    session = Session(qapp, switcher, workbook, tokens=TokenStore(fail.Keyring()))  # type: ignore[no-untyped-call]
    demo_window = session.window
    qtbot.addWidget(demo_window)
    session.show()
    own = tmp_path / "own"
    demo_window.workspace_switch_requested.emit(own)

    try:
        assert session.window is not demo_window
        assert not demo_window.isVisible()
        assert session.workbook is not workbook
        assert session.workbook.kind == REAL and session.workbook.data_dir == own
        assert session.workbook.setting("language") == "es"  # the language chosen in the demo goes along
        assert not session.window.is_demo and not session.window.demo_banner.isVisible()
        assert session.settings_dialog is not None and session.settings_dialog.isVisible()
        assert session.settings_dialog.name_edit.text() == ""  # a new person to describe
        session.settings_dialog.reject()
    finally:
        session.close()


def test_damage_found_once_the_window_is_idle_exits_with_a_message_and_leaves_the_file(home: Path) -> None:
    """The integrity check runs after "ready" (the window first); it still refuses a damaged file."""
    data_dir = home / "damaged"
    book = Workbook.open(data_dir)
    fill(book, make_sample())
    book.close()
    backup(data_dir)
    damaged = damage_a_page_not_read_at_start(data_dir)
    done = run_app("--data-dir", str(data_dir))
    assert done.stdout == "ready\n"
    assert done.returncode == 1
    assert "cannot open the workspace" in done.stderr and "integrity check failed" in done.stderr
    assert database_path(data_dir).read_bytes() == damaged
    assert not (data_dir / "damaged").exists()


def test_damage_found_once_the_window_is_idle_offers_the_backup_and_opens_it(
        qtbot: QtBot, qapp: QtWidgets.QApplication, data_dir: Path, switcher: LanguageSwitcher,
        monkeypatch: pytest.MonkeyPatch) -> None:
    book = Workbook.open(data_dir)
    sample = make_sample()
    fill(book, sample)
    book.close()
    backup(data_dir)
    damaged = damage_a_page_not_read_at_start(data_dir)
    asked: list[WorkspaceError] = []

    def choose(error: WorkspaceError, _folder: Path) -> Decision:
        asked.append(error)
        return Decision.RESTORE

    monkeypatch.setattr(app_module, "ask", choose)
    workbook = Workbook.open(data_dir, defer_check=True)
    session = Session(qapp, switcher, workbook, tokens=TokenStore(fail.Keyring()))  # type: ignore[no-untyped-call]
    first_window = session.window  # replaced and deleted: not handed to qtbot
    session.show()
    try:
        qtbot.waitUntil(lambda: session.window is not first_window, timeout=10_000)
        assert [type(error) for error in asked] == [WorkspaceUnreadable]
        assert session.workbook is not workbook and session.window.isVisible()
        assert session.window.mission_list.selected_mission_id() == sample.mission.id  # the backup's
        [kept] = (data_dir / "damaged").iterdir()
        assert (kept / "workspace.sqlite").read_bytes() == damaged
    finally:
        session.close()
