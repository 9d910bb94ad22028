"""The welcome of the very first start: shown once, in the interface's language, never again once put away."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync.credentials import TokenStore
from socieux_desktop.ui.i18n import LanguageSwitcher
from socieux_desktop.ui.main_window import MainWindow
from socieux_desktop.ui.qt import QtCore, QtWidgets
from socieux_desktop.ui.welcome import WELCOME_DISMISSED_KEY
from tests.conftest import Sample
from tests.ui.languages import language_switcher


@pytest.fixture
def switcher(qapp: QtWidgets.QApplication) -> Iterator[LanguageSwitcher]:
    with language_switcher(qapp) as made:
        made.switch("en")
        yield made


def settings_in(tmp_path: Path) -> QtCore.QSettings:
    return QtCore.QSettings(str(tmp_path / "user.ini"), QtCore.QSettings.Format.IniFormat)


def window(qtbot: QtBot, workbook: Workbook, switcher: LanguageSwitcher,
           settings: QtCore.QSettings | None) -> MainWindow:
    made = MainWindow(workbook, switcher, settings=settings,
                      tokens=TokenStore(fail.Keyring()))  # type: ignore[no-untyped-call]
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_the_welcome_shows_on_the_first_start_only(qtbot: QtBot, workbook: Workbook, sample: Sample,
                                                  switcher: LanguageSwitcher, tmp_path: Path) -> None:
    workbook.mark_demo()
    first = window(qtbot, workbook, switcher, settings_in(tmp_path))
    qtbot.waitUntil(first.welcome.isVisible)
    assert not first.welcome.isModal()  # the app can be used with it open
    lines = first.welcome.lines()
    assert len(lines) == 5
    assert "Day log" in lines[1] and "Deliverables" in lines[2] and "Start my own workspace" in lines[4]
    first.welcome.dismiss_button.click()
    assert not first.welcome.isVisible()
    first.close()
    assert settings_in(tmp_path).value(WELCOME_DISMISSED_KEY, False, type=bool)
    again = window(qtbot, workbook, switcher, settings_in(tmp_path))
    qtbot.wait(100)  # what would have opened it has run
    assert not again.welcome.isVisible()


def test_closing_the_welcome_any_way_dismisses_it(qtbot: QtBot, workbook: Workbook, sample: Sample,
                                                  switcher: LanguageSwitcher, tmp_path: Path) -> None:
    first = window(qtbot, workbook, switcher, settings_in(tmp_path))
    qtbot.waitUntil(first.welcome.isVisible)
    first.welcome.reject()  # Escape or the window's close box
    assert settings_in(tmp_path).value(WELCOME_DISMISSED_KEY, False, type=bool)


def test_the_welcome_speaks_the_interfaces_language(qtbot: QtBot, workbook: Workbook, sample: Sample,
                                                    switcher: LanguageSwitcher, tmp_path: Path) -> None:
    shown = window(qtbot, workbook, switcher, settings_in(tmp_path))
    qtbot.waitUntil(shown.welcome.isVisible)
    assert "Sync > Sign in" in shown.welcome.lines()[4]  # one's own workspace: where its work goes
    switcher.switch("fr")  # the change events are posted
    qtbot.waitUntil(lambda: shown.welcome.title_label.text() == "Bienvenue dans SOCIEUX+ Desktop")
    assert "Journal des journées" in shown.welcome.lines()[1]
    switcher.switch("es")
    qtbot.waitUntil(lambda: "Registro de días" in shown.welcome.lines()[1])


def test_without_settings_to_remember_it_there_is_no_welcome(qtbot: QtBot, workbook: Workbook, sample: Sample,
                                                             switcher: LanguageSwitcher) -> None:
    shown = window(qtbot, workbook, switcher, None)
    qtbot.wait(100)
    assert not shown.welcome.isVisible()
