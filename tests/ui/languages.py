"""A language switcher for tests, that leaves the application in English and its locale as it was."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from socieux_desktop.ui.i18n import LanguageSwitcher
from socieux_desktop.ui.qt import QtCore


@contextmanager
def language_switcher(app: QtCore.QCoreApplication) -> Iterator[LanguageSwitcher]:
    previous = QtCore.QLocale()
    switcher = LanguageSwitcher(app)
    try:
        yield switcher
    finally:
        switcher.switch("en")  # the English catalogue mirrors the source texts
        QtCore.QLocale.setDefault(previous)
