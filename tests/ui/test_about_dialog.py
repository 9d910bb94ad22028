"""The about box: name, version, what it is, EU co-funding, the workspace folder, the licence."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from socieux_desktop import __version__
from socieux_desktop.ui.about_dialog import AboutDialog
from socieux_desktop.ui.qt import Qt, QtCore, QtWidgets


def test_the_about_box_says_what_and_where(qtbot: QtBot, tmp_path: Path) -> None:
    about = AboutDialog(tmp_path / "workspace")
    qtbot.addWidget(about)
    about.show()
    texts = " ".join(label.text() for label in about.findChildren(QtWidgets.QLabel))
    assert "SOCIEUX+ Desktop" in about.title_label.text()
    assert __version__ in about.version_label.text()
    assert "co-funded by the European Union" in texts
    assert "EUPL-1.2" in texts
    assert about.folder_label.text() == str(tmp_path / "workspace")
    assert about.folder_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_the_about_box_retranslates_on_a_language_change(qtbot: QtBot, tmp_path: Path) -> None:
    about = AboutDialog(tmp_path)
    qtbot.addWidget(about)
    about.funding_label.setText("")
    QtCore.QCoreApplication.sendEvent(about, QtCore.QEvent(QtCore.QEvent.Type.LanguageChange))
    assert "European Union" in about.funding_label.text()
