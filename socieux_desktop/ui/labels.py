"""The names of the domain's values and of the partner countries in the interface's language.

The words are ``domain.vocabulary``'s, the same the PDFs print; the language is the interface's at the
moment of display (``ui.i18n`` sets it as Qt's default locale), so a language switch shows at once.
"""

from __future__ import annotations

from enum import Enum

from socieux_desktop.domain.vocabulary import COUNTRIES, LANGUAGES, country_of, label_of
from socieux_desktop.ui.qt import QtCore


def interface_language() -> str:
    """The interface's language (fr, en or es)."""
    language = QtCore.QLocale().name()[:2]
    return language if language in LANGUAGES else "en"


def label(value: Enum) -> str:
    """The name of an enumeration value, e.g. ``DayKind.TRAVEL`` -> "Voyage"."""
    return label_of(value, interface_language())


def country_name(code: str) -> str:
    """The name of a partner country; the code itself when the country is not listed."""
    return country_of(code, interface_language())


def country_codes() -> list[str]:
    return sorted(COUNTRIES)
