"""The words of ``socieux sync``: three complete languages, the app's very sentences, the language chosen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from socieux_desktop.sync import texts
from socieux_desktop.sync.client import HUB_BUSY, NOT_THE_HUB, TLS_FAILURE, Problem, SyncError

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def test_the_three_languages_have_every_entry_with_the_same_placeholders() -> None:
    english = texts.TEXTS["en"]
    for language in texts.LANGUAGES:
        catalogue = texts.TEXTS[language]
        assert catalogue.keys() == english.keys(), language
        for key, sentence in catalogue.items():
            assert sorted(PLACEHOLDER.findall(sentence)) == sorted(PLACEHOLDER.findall(english[key])), (
                language, key)
            assert sentence.strip() and (language == "en" or sentence != english[key] or key in (
                "clock.minutes", "cli.sign_in")), (language, key)


def _qt_catalogue(language: str) -> dict[str, str]:
    root = ET.parse(ROOT / "translations" / f"socieux_{language}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") == "SyncPanel":
            for message in context.iter("message"):
                found[message.findtext("source", "")] = message.findtext("translation", "")
    return found


@pytest.mark.parametrize("language", texts.LANGUAGES)
def test_the_app_says_the_same_sentences_in_each_language(language: str) -> None:
    """The status bar's templates (ui/sync_panel.py, translated by Qt) are this catalogue's, word for word."""
    source = (ROOT / "socieux_desktop" / "ui" / "sync_panel.py").read_text(encoding="utf-8")
    qt = _qt_catalogue(language)
    for key, english in texts.TEXTS["en"].items():
        if key.startswith("cli."):
            continue
        assert english in qt, f"{key} is not a sentence of the app: {english!r}"
        assert qt[english] == texts.TEXTS[language][key], (language, key)
        assert f'"{key}": QT_TRANSLATE_NOOP(' in source, key


@pytest.mark.parametrize(("problem", "code", "retry_after", "key"), [
    (Problem.NO_CONNECTION, "", None, "problem.no_connection"),
    (Problem.NO_CONNECTION, TLS_FAILURE, None, "code.tls_failure"),
    (Problem.NO_CONNECTION, NOT_THE_HUB, None, "code.not_the_hub"),
    (Problem.HUB_ERROR, HUB_BUSY, 120.0, "code.hub_busy"),
    (Problem.HUB_ERROR, HUB_BUSY, None, "problem.hub_error"),
    (Problem.HUB_ERROR, "internal_error", None, "problem.hub_error"),
    (Problem.REFUSED, "validation_failed", None, "problem.refused"),
    ("login_needed", "", None, "problem.login_needed"),
    ("something new", "", None, "problem.hub_error"),
])
def test_which_sentence_tells_which_failure(
        problem: Problem | str, code: str, retry_after: float | None, key: str) -> None:
    assert texts.sentence_key(problem, code, retry_after) == key


def test_the_command_lines_sentences_say_what_to_do_there() -> None:
    lost = SyncError(Problem.NO_CONNECTION, "ConnectionResetError")
    assert texts.error_sentence("en", lost) == (
        "No connection to the hub. Your changes are kept on this computer. Check the connection and run "
        "“socieux sync” again.")
    assert "relancez « socieux sync »" in texts.error_sentence("fr", lost)
    assert "(socieux login)" in texts.error_sentence("es", SyncError(Problem.LOGIN_NEEDED, "x"))
    busy = SyncError(Problem.HUB_ERROR, "busy", HUB_BUSY, retry_after=600.0)
    assert "about 10 min" in texts.error_sentence("en", busy)
    refused = SyncError(Problem.REFUSED, "HTTP 422: {not a placeholder}")
    assert "“HTTP 422: {not a placeholder}”" in texts.error_sentence("en", refused)
    assert texts.error_sentence("de", lost) == texts.error_sentence("en", lost)  # a language it lacks


@pytest.mark.parametrize(("skew", "english"), [
    (0.0, ""), (None, ""), (299.0, ""), (-300.0, ""),
    (301.0, "Your computer's clock is 5 minutes ahead of the hub's."),
    (-45 * 60.0, "Your computer's clock is 45 minutes behind the hub's."),
    (3 * 3600.0 + 100, "Your computer's clock is 3 hours ahead of the hub's."),
    (-26 * 3600.0, "Your computer's clock is 26 hours behind the hub's."),
    (400 * 86_400.0, "Your computer's clock is 400 days ahead of the hub's."),
])
def test_a_clock_off_by_more_than_a_few_minutes_is_told(skew: float | None, english: str) -> None:
    sentence = texts.clock_sentence("en", skew)
    assert sentence.startswith(english) if english else sentence == ""
    if english:
        assert "time zone" in sentence
        assert "heures" in texts.clock_sentence("fr", 3 * 3600.0) and "retarde" in texts.clock_sentence(
            "fr", -3600.0)
        assert "adelantado" in texts.clock_sentence("es", 600.0)


@pytest.mark.parametrize(("given", "remembered", "environ", "language"), [
    ("es", "fr", {"LANG": "fr_FR.UTF-8"}, "es"),
    (None, "fr", {"LANG": "es_ES.UTF-8"}, "fr"),
    (None, None, {"LANG": "es_ES.UTF-8"}, "es"),
    (None, "klingon", {"LC_ALL": "fr_BE.UTF-8", "LANG": "es_ES"}, "fr"),
    (None, None, {"LC_MESSAGES": "fr_FR", "LANG": "es_ES"}, "fr"),
    (None, None, {"LANG": "C.UTF-8"}, "en"),
    (None, None, {"LANG": "de_DE.UTF-8"}, "en"),
    (None, None, {}, "en"),
    (None, 7, {"LC_ALL": "", "LANG": "es"}, "es"),
])
def test_the_command_line_speaks_the_language_asked_else_the_workspaces_else_the_systems(
        given: str | None, remembered: object, environ: dict[str, str], language: str) -> None:
    assert texts.pick_language(given, remembered, environ) == language


def test_the_workspace_setting_is_the_one_the_app_writes() -> None:
    settings_dialog = (ROOT / "socieux_desktop" / "ui" / "settings_dialog.py").read_text(encoding="utf-8")
    assert f'LANGUAGE_SETTING = "{texts.LANGUAGE_SETTING}"' in settings_dialog
