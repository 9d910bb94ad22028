"""Settings: the language shows at once and is remembered on OK; the profile keeps its expert id."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from socieux_desktop.domain.model import Expert
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.i18n import LanguageSwitcher
from socieux_desktop.ui.qt import QtCore, QtWidgets
from socieux_desktop.ui.settings_dialog import SettingsDialog
from tests.conftest import Sample
from tests.ui.languages import language_switcher


@pytest.fixture
def switcher(qapp: QtWidgets.QApplication) -> Iterator[LanguageSwitcher]:
    with language_switcher(qapp) as made:
        made.switch("en")
        yield made


def dialog(qtbot: QtBot, workbook: Workbook, switcher: LanguageSwitcher) -> SettingsDialog:
    made = SettingsDialog(workbook, switcher)
    qtbot.addWidget(made)
    made.show()
    return made


def choose_language(settings: SettingsDialog, code: str) -> None:
    settings.language_combo.setCurrentIndex(settings.language_combo.findData(code))


def test_a_language_shows_at_once_and_is_remembered_on_ok(
        qtbot: QtBot, workbook: Workbook, switcher: LanguageSwitcher) -> None:
    settings = dialog(qtbot, workbook, switcher)
    assert [settings.language_combo.itemText(i) for i in range(3)] == ["Français", "English", "Español"]
    assert settings.windowTitle() == "Settings"
    choose_language(settings, "fr")
    assert switcher.language == "fr"
    cancel = settings.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
    qtbot.waitUntil(lambda: cancel.text() == "Annuler")  # the dialog itself speaks French already
    assert QtCore.QLocale().language() == QtCore.QLocale.Language.French
    assert workbook.setting("language") is None  # remembered only on OK
    settings.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).click()
    assert settings.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert workbook.setting("language") == "fr"


def test_cancel_goes_back_to_the_language_before(
        qtbot: QtBot, workbook: Workbook, switcher: LanguageSwitcher) -> None:
    settings = dialog(qtbot, workbook, switcher)
    choose_language(settings, "es")
    assert switcher.language == "es"
    settings.reject()
    assert switcher.language == "en"
    assert workbook.setting("language") is None


def test_editing_the_profile_keeps_the_expert_id(
        qtbot: QtBot, workbook: Workbook, sample: Sample, switcher: LanguageSwitcher) -> None:
    settings = dialog(qtbot, workbook, switcher)
    assert settings.name_edit.text() == sample.marie.name
    assert settings.country_edit.text() == "FR"
    settings.institution_edit.setText("Caisse nationale des allocations familiales")
    settings.email_edit.setText("marie@example.fr")
    assert settings.apply()
    assert workbook.profile() == Expert(sample.marie.id, sample.marie.name, "marie@example.fr",
                                        "Caisse nationale des allocations familiales", "FR")


def test_a_first_profile_is_a_new_expert(qtbot: QtBot, workbook: Workbook,
                                         switcher: LanguageSwitcher) -> None:
    settings = dialog(qtbot, workbook, switcher)
    assert workbook.profile() is None
    assert settings.name_edit.text() == ""
    settings.name_edit.setText("Lucía Fernández")
    qtbot.keyClicks(settings.country_edit, "es")
    assert settings.apply()
    profile = workbook.profile()
    assert profile is not None
    assert (profile.name, profile.country_code) == ("Lucía Fernández", "ES")
    assert workbook.setting("language") == "en"


@pytest.mark.parametrize(("field", "text", "says"), [
    ("email_edit", "marie at example", "not an e-mail address"),
    ("name_edit", "", "Fill in your name"),
    ("country_edit", "F", "two-letter code"),
    ("country_edit", "12", "a country code of two capital letters"),  # the gate's rule
    ("name_edit", "M" * 201, "has 201 characters; it holds at most 200"),
    ("institution_edit", "CNAF\x1b", "holds a character that is not text"),
])
def test_bad_input_is_refused_and_nothing_written(
        qtbot: QtBot, workbook: Workbook, sample: Sample, switcher: LanguageSwitcher,
        field: str, text: str, says: str) -> None:
    settings = dialog(qtbot, workbook, switcher)
    edit: QtWidgets.QLineEdit = getattr(settings, field)
    edit.setText(text)
    settings.accept()
    assert settings.isVisible()  # OK refused: the dialog stays open
    assert says in settings.error_label.text()
    assert settings.error_label.isVisible()
    assert workbook.profile() == sample.marie
    assert workbook.setting("language") is None


def test_nothing_filled_in_makes_no_profile(qtbot: QtBot, workbook: Workbook,
                                            switcher: LanguageSwitcher) -> None:
    settings = dialog(qtbot, workbook, switcher)
    assert settings.apply()
    assert workbook.profile() is None
