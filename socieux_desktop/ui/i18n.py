"""Switching the interface language at run time.

Installing a translator makes Qt send a LanguageChange event to every widget; each window re-applies
its texts in ``changeEvent``. Dates and numbers follow through the default ``QLocale``.
"""

from __future__ import annotations

from socieux_desktop.paths import translations_dir
from socieux_desktop.ui.qt import QtCore

LANGUAGES: tuple[str, ...] = ("fr", "en", "es")
DEFAULT_LANGUAGE = "en"
NATIVE_NAMES: dict[str, str] = {"fr": "Français", "en": "English", "es": "Español"}


class LanguageSwitcher:
    """Owns the application's translators; ``switch`` replaces them."""

    def __init__(self, app: QtCore.QCoreApplication) -> None:
        self._app = app
        self._translators: list[QtCore.QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def switch(self, language: str) -> None:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        QtCore.QLocale.setDefault(QtCore.QLocale(language))
        qt_translations = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
        self._load(f"qtbase_{language}", qt_translations)
        if not self._load(f"socieux_{language}", str(translations_dir())):
            raise FileNotFoundError(f"No compiled translation socieux_{language}.qm in "
                                    f"{translations_dir()}: run `make translations`.")
        self.language = language

    def _load(self, name: str, folder: str) -> bool:
        translator = QtCore.QTranslator(self._app)
        if not translator.load(name, folder):
            return False
        self._app.installTranslator(translator)
        self._translators.append(translator)
        return True


def system_language() -> str:
    """The system's language if the app speaks it, else English."""
    name = QtCore.QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else DEFAULT_LANGUAGE
