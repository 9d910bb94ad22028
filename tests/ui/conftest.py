"""Every UI test runs with the English catalogue installed, as the app starts with a catalogue loaded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from socieux_desktop.ui.i18n import LanguageSwitcher
from socieux_desktop.ui.qt import QtWidgets


@pytest.fixture(autouse=True, scope="session")
def english_catalogue(qapp: QtWidgets.QApplication) -> Iterator[None]:
    switcher = LanguageSwitcher(qapp)
    switcher.switch("en")  # plurals read "1 mission", "2 missions"; other texts mirror the source
    yield
