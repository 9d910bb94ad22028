"""The report texts: every key in French, English and Spanish, with the same placeholders."""

from __future__ import annotations

from string import Formatter

import pytest

from socieux_desktop.reports.texts import TEXTS, has_text, text


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name is not None}


def test_the_three_languages_have_the_same_keys() -> None:
    assert set(TEXTS) == {"fr", "en", "es"}
    keys = set(TEXTS["en"])
    assert len(keys) > 50
    for language in ("fr", "es"):
        assert set(TEXTS[language]) == keys, (language, set(TEXTS[language]) ^ keys)


@pytest.mark.parametrize("language", ["fr", "es"])
def test_each_text_has_the_placeholders_of_the_english(language: str) -> None:
    pairs = {key: (placeholders(TEXTS["en"][key]), placeholders(TEXTS[language][key])) for key in TEXTS["en"]}
    different = {key: pair for key, pair in pairs.items() if pair[0] != pair[1]}
    assert not different


def test_no_text_is_empty_or_left_in_english() -> None:
    for language, catalogue in TEXTS.items():
        assert all(value.strip() for value in catalogue.values()), language
    # the sentences (not the words that are the same in both, such as "Total" or "Mission") are translated
    for key, english in TEXTS["en"].items():
        if len(english.split()) > 3:
            assert TEXTS["fr"][key] != english and TEXTS["es"][key] != english, key


def test_text_fills_the_fields_in_the_language() -> None:
    assert text("fr", "footer.page", page=1, pages=2) == "page 1 sur 2"
    assert text("en", "footer.page", page=1, pages=2) == "page 1 of 2"
    assert text("es", "footer.page", page=1, pages=2) == "página 1 de 2"
    assert text("fr", "timesheet.title") == "Feuille de temps"
    assert text("es", "attendance.title") == "Lista de asistencia"


def test_an_unknown_key_is_an_error_not_a_key_printed() -> None:
    assert has_text("footer.funding") and not has_text("no.such.key")
    with pytest.raises(KeyError):
        text("en", "no.such.key")


def test_an_unknown_language_falls_back_to_english() -> None:
    assert text("de", "timesheet.title") == "Timesheet"


def test_the_glossary_words_are_used() -> None:
    """DOMAIN.md's glossary: timesheet, attendance list, allocated days, partner institution."""
    assert TEXTS["fr"]["attendance.title"] == "Liste de présence"
    assert TEXTS["fr"]["timesheet.allocated"] == "Jours alloués"
    assert TEXTS["es"]["timesheet.allocated"] == "Días asignados"
    assert TEXTS["es"]["field.partner"] == "Institución socia"
    assert TEXTS["fr"]["timesheet_status.returned"] == "Renvoyé pour modification"
