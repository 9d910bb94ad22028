"""`socieux-desktop`: the composition root. It opens the workspace, picks the language and shows the window.

Which workspace: ``--data-dir`` (an empty folder becomes an empty workspace of one's own), else the
person's own workspace if they have started one, else the demo workspace, filled on first start.
Which language: ``--lang``, else the one the workspace remembers, else the system's.
With ``SOCIEUX_EXIT_WHEN_IDLE=1`` the app prints "ready" once the window is shown and the event loop idle,
then quits (benchmarks/startup.py times that); in that mode a workspace that cannot be opened is a line on
stderr and exit code 1, never a dialog waiting for a click.

SQLite's integrity check of the workspace (a read of the whole file) runs once the window is shown and idle,
on a pool thread (SQLite lets go of the GIL while it reads). If it finds the file damaged, the window
closes and the app says so as it would have at start, offering the latest backup; with
``SOCIEUX_EXIT_WHEN_IDLE`` the app waits for the check after "ready" and exits with 1 if it fails.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from socieux_desktop.paths import resources_dir
from socieux_desktop.store.workbook import DEMO, Workbook
from socieux_desktop.store.workspace import (
    WorkspaceError,
    database_path,
    default_data_dir,
    default_demo_dir,
)
from socieux_desktop.ui.i18n import LANGUAGES, LanguageSwitcher, system_language
from socieux_desktop.ui.main_window import MainWindow
from socieux_desktop.ui.qt import QtCore, QtGui, QtWidgets
from socieux_desktop.ui.runner import OperationRunner
from socieux_desktop.ui.settings_dialog import LANGUAGE_SETTING
from socieux_desktop.ui.workspace_errors import Decision, ask, folder_error_box, open_workspace

if TYPE_CHECKING:
    from socieux_desktop.sync.credentials import TokenStore
    from socieux_desktop.ui.settings_dialog import SettingsDialog

APP_NAME = "SOCIEUX+ Desktop"
ORGANISATION = "SOCIEUX+"
EXIT_OK = 0
EXIT_WORKSPACE = 1
IDLE_EXIT_VARIABLE = "SOCIEUX_EXIT_WHEN_IDLE"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="socieux-desktop", description="The SOCIEUX+ Desktop application.")
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help="the workspace folder to open (made if missing; default: your own workspace "
                             "if you have started one, else the demo workspace)")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="the interface language (default: the workspace's, else the system's)")
    return parser


def choose_data_dir(given: Path | None) -> tuple[Path, bool]:
    """The workspace folder to open, and whether it is the demo one to fill on first start."""
    if given is not None:
        return given.expanduser(), False
    own = default_data_dir()
    if database_path(own).exists():
        return own, False
    return default_demo_dir(), True


def pick_language(given: str | None, remembered: object) -> str:
    """``--lang``, else the language the workspace remembers, else the system's."""
    if given in LANGUAGES:
        return str(given)
    if isinstance(remembered, str) and remembered in LANGUAGES:
        return remembered
    return system_language()


class Session(QtCore.QObject):
    """The open workspace and its window; replaces both when the person starts their own workspace."""

    def __init__(self, app: QtWidgets.QApplication, switcher: LanguageSwitcher, workbook: Workbook,
                 exit_when_idle: bool = False, settings: QtCore.QSettings | None = None,
                 tokens: TokenStore | None = None) -> None:
        super().__init__()
        self._app = app
        self._settings = settings
        self._tokens = tokens
        self.settings_dialog: SettingsDialog | None = None
        self._switcher = switcher
        self._exit_when_idle = exit_when_idle
        self.workbook = workbook
        self.window = self._make_window()
        self._checks = OperationRunner(self._damaged, self)
        self._waiting_to_quit = False

    def _make_window(self) -> MainWindow:
        window = MainWindow(self.workbook, self._switcher, settings=self._settings, tokens=self._tokens,
                            defer_sync=True)  # the sync's modules load once the window is shown
        window.workspace_switch_requested.connect(self.switch_workspace)
        return window

    def show(self) -> None:
        self.window.show()
        if self.workbook.integrity_pending:
            QtCore.QTimer.singleShot(0, self._check_integrity)  # once the window is shown and idle
        if self._exit_when_idle:
            # as the benchmark's bare window does: shown, painted, then the loop has nothing left to do
            QtCore.QTimer.singleShot(0, lambda: QtCore.QTimer.singleShot(0, self._ready))

    def _ready(self) -> None:
        print("ready", flush=True)
        if self._checks.is_busy():
            self._waiting_to_quit = True  # the integrity check's outcome decides the exit code
        else:
            self._app.quit()

    def _check_integrity(self) -> None:
        """The integrity check ``Workbook.open`` left for later, on a pool thread."""
        workbook = self.workbook
        if workbook.integrity_pending:
            self._checks.run(workbook.check_integrity, lambda _none: self._checked(workbook))

    def _checked(self, workbook: Workbook) -> None:
        if self._waiting_to_quit and workbook is self.workbook:
            self._app.quit()

    def _damaged(self, error: Exception) -> None:
        """The file turned out damaged: close its window, then what opening it would have said and offered."""
        print(f"socieux-desktop: the integrity check of {self.workbook.data_dir} failed: {error}",
              file=sys.stderr)
        data_dir = self.workbook.data_dir
        self.window.close()
        self.workbook.close()
        workbook = _open(data_dir, self._exit_when_idle)  # checks again, says why, may restore the backup
        if workbook is None:
            self._app.exit(EXIT_WORKSPACE)
            return
        old_window = self.window
        self.workbook = workbook
        self.window = self._make_window()
        self.window.show()
        old_window.deleteLater()
        if self._waiting_to_quit:
            self._app.quit()

    def switch_workspace(self, data_dir: object) -> bool:
        """Open (or make) the workspace in ``data_dir`` in a new window, then ask for the profile."""
        assert isinstance(data_dir, Path)
        workbook = _open(data_dir, self._exit_when_idle, self.window)
        if workbook is None:
            return False
        if workbook.setting(LANGUAGE_SETTING) is None:
            workbook.set_setting(LANGUAGE_SETTING, self._switcher.language)
        old_window, old_workbook = self.window, self.workbook
        self.workbook = workbook
        self.window = self._make_window()
        self.window.show()
        old_window.close()
        old_window.deleteLater()
        old_workbook.close()
        self.settings_dialog = self.window.open_settings()  # so that the person says who they are
        return True

    def close(self) -> None:
        self.window.close()
        self.workbook.close()


def _open(data_dir: Path, exit_when_idle: bool, parent: QtWidgets.QWidget | None = None, *,
          defer_check: bool = False) -> Workbook | None:
    """The workspace in ``data_dir``, or None after telling the person why it cannot be opened."""
    def report(error: WorkspaceError, folder: Path) -> Decision:
        print(f"socieux-desktop: cannot open the workspace in {folder}: {error.detail}", file=sys.stderr)
        return Decision.QUIT

    try:
        return open_workspace(data_dir, report if exit_when_idle else ask, defer_check=defer_check)
    except OSError as error:
        if exit_when_idle:
            print(f"socieux-desktop: cannot open the folder {data_dir}: {error}", file=sys.stderr)
        else:
            folder_error_box(data_dir, error, parent).exec()
        return None


def _switch(switcher: LanguageSwitcher, language: str) -> None:
    try:
        switcher.switch(language)
    except FileNotFoundError as error:  # a source checkout before `make translations`: English texts
        print(f"socieux-desktop: {error}", file=sys.stderr)


def _window_icon() -> QtGui.QIcon | None:
    """The app icon from its PNG renderings (16-512 px: a frozen bundle has no SVG plugin), else the SVG."""
    icons = resources_dir() / "icons"
    pngs = sorted((icons / "png").glob("socieux-desktop-*.png"))
    if pngs:
        icon = QtGui.QIcon()
        for path in pngs:
            icon.addFile(str(path))
        return icon
    for name in ("socieux-desktop.svg", "socieux-desktop.png"):
        path = icons / name
        if path.exists():
            return QtGui.QIcon(str(path))
    return None


def _start(app: QtWidgets.QApplication, switcher: LanguageSwitcher, workbook: Workbook, lang: str | None,
           is_demo: bool, exit_when_idle: bool) -> Session:
    """The session of an open workspace: the demo filled on first start, the language chosen."""
    if is_demo and workbook.kind != DEMO:
        from socieux_desktop.demo import DemoError, fill_demo  # once, on first start: not on every start

        if workbook.integrity_pending:
            workbook.check_integrity()  # never write into a file not checked yet
        try:
            fill_demo(workbook)
        except DemoError as error:  # the folder holds other records: open it as it is
            print(f"socieux-desktop: {error}", file=sys.stderr)
    language = pick_language(lang, workbook.setting(LANGUAGE_SETTING))
    if language != switcher.language:
        _switch(switcher, language)
    return Session(app, switcher, workbook, exit_when_idle, QtCore.QSettings())


def main(argv: list[str] | None = None) -> int:
    """Run the application; returns the exit code (0 closed normally, 1 the workspace cannot be opened)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # usage errors (2) and --help (0): argparse has printed its message
        return exit_.code if isinstance(exit_.code, int) else 2
    exit_when_idle = os.environ.get(IDLE_EXIT_VARIABLE) == "1"
    existing = QtWidgets.QApplication.instance()
    app = existing if isinstance(existing, QtWidgets.QApplication) else QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    icon = _window_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    switcher = LanguageSwitcher(app)
    _switch(switcher, args.lang or system_language())  # so that an opening error speaks it already

    data_dir, is_demo = choose_data_dir(args.data_dir)
    workbook = _open(data_dir, exit_when_idle, defer_check=True)  # checked once the window is idle
    if workbook is None:
        return EXIT_WORKSPACE
    try:
        session = _start(app, switcher, workbook, args.lang, is_demo, exit_when_idle)
    except (sqlite3.DatabaseError, WorkspaceError):
        if not workbook.integrity_pending:
            raise
        workbook.close()  # a damaged file the deferred check has not seen yet: check it now
        workbook = _open(data_dir, exit_when_idle)  # says why, may restore the latest backup
        if workbook is None:
            return EXIT_WORKSPACE
        session = _start(app, switcher, workbook, args.lang, is_demo, exit_when_idle)
    session.show()
    try:
        return app.exec()
    finally:
        session.close()


if __name__ == "__main__":
    sys.exit(main())
