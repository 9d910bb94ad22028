"""One catalogue of the domain's words: every value and country named in the three languages, the glossary's
words, plural forms; the interface and the PDFs print the same name."""

from __future__ import annotations

from enum import Enum

import pytest

from socieux_desktop.domain.deliverables import DeliverableKind, DeliverableLanguage, DeliverableStatus
from socieux_desktop.domain.model import (
    CrossCuttingIssue,
    DayKind,
    MissionStatus,
    Modality,
    Sex,
    TeamRole,
    Theme,
    TimesheetStatus,
)
from socieux_desktop.domain.vocabulary import (
    COUNTRIES,
    DELIVERABLE_LABELS,
    LABELS,
    LANGUAGES,
    count,
    country_of,
    label_of,
)
from socieux_desktop.reports.texts import text

ENUMS: tuple[type[Enum], ...] = (Modality, DayKind, MissionStatus, TimesheetStatus, TeamRole, Sex, Theme,
                                 CrossCuttingIssue, DeliverableKind, DeliverableStatus, DeliverableLanguage)


def test_every_value_and_country_has_a_name_in_each_language() -> None:
    for enum in ENUMS:
        for value in enum:
            for language in LANGUAGES:
                name = label_of(value, language)
                assert name and name == name.strip() and name[0] == name[0].upper(), (value, language)
    assert len(LABELS) + len(DELIVERABLE_LABELS) == sum(len(enum) for enum in ENUMS)
    for code, names in COUNTRIES.items():
        assert set(names) == set(LANGUAGES) and all(names.values()), code


def test_the_pdfs_print_the_catalogues_words() -> None:
    """reports.texts takes them from the catalogue (they were written twice and differed)."""
    assert text("fr", "day_kind.reporting") == label_of(DayKind.REPORTING, "fr") == "Rédaction du rapport"
    assert text("es", "timesheet_status.returned") == "Devuelto para cambios"
    assert text("en", "deliverable.status.submitted") == label_of(DeliverableStatus.SUBMITTED, "en")
    assert text("en", "timesheet_status.submitted") == "Submitted"  # apart from the deliverable's
    for code in COUNTRIES:
        for language in LANGUAGES:
            assert text(language, f"country.{code}") == country_of(code, language)
    assert {country_of("CI", language) for language in LANGUAGES} == {"Côte d'Ivoire"}
    assert {country_of("VN", language) for language in LANGUAGES} == {"Viet Nam"}
    assert country_of("pe", "es") == "Perú" and country_of("ZZ", "fr") == "ZZ"


def test_the_glossary_words() -> None:
    """DOMAIN.md's glossary."""
    assert [label_of(status, "fr") for status in TimesheetStatus] == [
        "Brouillon", "Soumis", "Approuvé", "Renvoyé pour modification"]
    assert [label_of(status, "es") for status in TimesheetStatus] == [
        "Borrador", "Presentado", "Aprobado", "Devuelto para cambios"]
    assert [label_of(kind, "fr") for kind in Modality] == ["Sur place", "À distance", "Hybride"]
    assert label_of(CrossCuttingIssue.GENDER_EQUALITY, "fr") == "Égalité de genre"
    assert label_of(CrossCuttingIssue.GENDER_EQUALITY, "es") == "Igualdad de género"


@pytest.mark.parametrize(("number", "language", "expected"), [
    (1, "en", "1 day"), (0, "en", "0 days"), (1.5, "en", "1.5 days"), (2, "en", "2 days"),
    (1, "fr", "1 jour"), (0, "fr", "0 jour"), (1.5, "fr", "1,5 jour"), (2, "fr", "2 jours"),
    (1, "es", "1 día"), (0, "es", "0 días"), (1.5, "es", "1,5 días"),
])
def test_a_counted_noun_takes_the_numbers_plural_form(number: float, language: str, expected: str) -> None:
    written = str(number).replace(".0", "").replace(".", "," if language != "en" else ".")
    assert count(number, "day", language, written=written) == expected
