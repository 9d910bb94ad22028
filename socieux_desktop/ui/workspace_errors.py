"""What the app says when a workspace cannot be opened, and the way out it offers.

An unreadable file: nothing was changed in it; if a backup exists the person may open it (the damaged file
is moved to ``damaged/``, never deleted), otherwise quit. A file from a newer version of the app: refused,
untouched, only quit. The message box is built by one function and the clicked button read by another, so
tests drive them without a modal loop; ``open_workspace`` ties them to ``Workbook.open``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import Enum
from pathlib import Path

from socieux_desktop.store.workbook import Workbook
from socieux_desktop.store.workspace import (
    WorkspaceError,
    WorkspaceTooNew,
    latest_backup,
    restore_latest_backup,
)
from socieux_desktop.ui.qt import QtCore, QtWidgets, translate

_CONTEXT = "WorkspaceErrors"
_RESTORE = "restore"


class Decision(Enum):
    RESTORE = "restore"
    """Move the damaged file aside, put the latest backup in its place and open it."""
    QUIT = "quit"


def error_box(error: WorkspaceError, data_dir: Path,
              parent: QtWidgets.QWidget | None = None) -> QtWidgets.QMessageBox:
    """The message for ``error`` with its buttons; "Open the latest backup" only when there is one."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Critical)
    box.setWindowTitle(translate(_CONTEXT, "SOCIEUX+ Desktop cannot open the workspace"))
    box.setDetailedText(str(error))
    if isinstance(error, WorkspaceTooNew):
        box.setText(translate(
            _CONTEXT, "The workspace in {folder} was made by a newer version of SOCIEUX+ Desktop. "
            "Install the newer version to open it.").format(folder=data_dir))
        box.setInformativeText(translate(_CONTEXT, "The file was not changed."))
    else:
        box.setText(translate(
            _CONTEXT, "The workspace file {file} cannot be read: it may be damaged. Nothing was changed "
            "in it.").format(file=error.path))
        newest = latest_backup(data_dir)
        if newest is not None:
            box.setInformativeText(translate(
                _CONTEXT, "You can open the latest backup, made on {date}. The damaged file is kept in "
                "the folder {folder}.").format(date=_when(newest), folder=data_dir / "damaged"))
            restore = box.addButton(translate(_CONTEXT, "Open the latest backup"),
                                    QtWidgets.QMessageBox.ButtonRole.AcceptRole)
            restore.setProperty(_RESTORE, True)
            box.setDefaultButton(restore)
        else:
            box.setInformativeText(translate(
                _CONTEXT, "There is no backup of this workspace. Keep the file and ask your coordinator "
                "for help."))
    quit_button = box.addButton(translate(_CONTEXT, "Quit"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(quit_button)
    return box


def folder_error_box(data_dir: Path, error: OSError,
                     parent: QtWidgets.QWidget | None = None) -> QtWidgets.QMessageBox:
    """The message for a workspace folder the app cannot make or write to."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Critical)
    box.setWindowTitle(translate(_CONTEXT, "SOCIEUX+ Desktop cannot open the workspace"))
    box.setText(translate(_CONTEXT, "The folder {folder} cannot be opened or written to. Check that it "
                          "exists and that you may write in it, then start again.").format(folder=data_dir))
    box.setDetailedText(str(error))
    box.setStandardButtons(QtWidgets.QMessageBox.StandardButton.Close)
    return box


def decision(clicked: QtWidgets.QAbstractButton | None) -> Decision:
    """What the person chose with the button they clicked (closing the box means quit)."""
    if clicked is not None and clicked.property(_RESTORE):
        return Decision.RESTORE
    return Decision.QUIT


def ask(error: WorkspaceError, data_dir: Path) -> Decision:
    """Show the message in a modal loop and return the person's choice."""
    box = error_box(error, data_dir)
    box.exec()
    return decision(box.clickedButton())


def open_workspace(data_dir: Path, choose: Callable[[WorkspaceError, Path], Decision] = ask, *,
                   defer_check: bool = False) -> Workbook | None:
    """The workspace in ``data_dir``, restored from its latest backup if the person chose so; None to quit.
    ``defer_check``: as ``Workbook.open``'s (a restored backup is checked at once)."""
    while True:
        try:
            return Workbook.open(data_dir, defer_check=defer_check)
        except WorkspaceError as error:
            if choose(error, data_dir) is not Decision.RESTORE:
                return None
            restore_latest_backup(data_dir)
            defer_check = False


def _when(path: Path) -> str:
    moment = datetime.fromtimestamp(path.stat().st_mtime)
    stamp = QtCore.QDateTime(QtCore.QDate(moment.year, moment.month, moment.day),
                             QtCore.QTime(moment.hour, moment.minute))
    return QtCore.QLocale().toString(stamp, QtCore.QLocale.FormatType.ShortFormat)
