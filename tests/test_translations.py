"""The three catalogues are complete and in step with the source, and no visible string escapes them."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
UI = ROOT / "socieux_desktop" / "ui"
SENTENCES = ROOT / "socieux_desktop" / "domain" / "sentences.py"
"""The findings' sentences, translated by the UI (``make update-translations`` reads both)."""
LANGUAGES = ("fr", "en", "es")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d|&&")


def catalogue(language: str) -> ET.Element:
    return ET.parse(TRANSLATIONS / f"socieux_{language}.ts").getroot()


def messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    return [(context.findtext("name", ""), message)
            for context in root.iter("context") for message in context.iter("message")]


def keys(root: ET.Element) -> set[tuple[str, str]]:
    return {(context, message.findtext("source", "")) for context, message in messages(root)}


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_finished(language: str) -> None:
    root = catalogue(language)
    assert root.get("language", "").startswith(language)
    problems = []
    for context, message in messages(root):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        elif not all(text.strip() for text in translations_of(message)):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)
    assert len(messages(root)) > 50


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language: str) -> None:
    problems = []
    for context, message in messages(catalogue(language)):
        source = message.findtext("source", "")
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"&&"})
        for text in translations_of(message):
            found = sorted(set(PLACEHOLDER.findall(text)) - {"&&"})
            if found != wanted and not (message.get("numerus") == "yes" and set(found) <= set(wanted)):
                problems.append(f"{context}: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_catalogues_hold_the_same_messages() -> None:
    english = keys(catalogue("en"))
    assert keys(catalogue("fr")) == english
    assert keys(catalogue("es")) == english


def test_english_catalogue_mirrors_the_source() -> None:
    for context, message in messages(catalogue("en")):
        if message.get("numerus") != "yes":
            assert translations_of(message) == [message.findtext("source", "")], context


def test_catalogues_are_in_step_with_the_source(tmp_path: Path) -> None:
    """Running lupdate again finds no new string and none gone: `make update-translations` was run."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6"
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-extensions", "py", "-locations", "none", str(UI), str(SENTENCES), "-ts",
                    str(fresh)],
                   check=True, capture_output=True)
    extracted = keys(ET.parse(fresh).getroot())
    committed = keys(catalogue("en"))
    assert not extracted - committed, f"not in the catalogues: {sorted(extracted - committed)}"
    assert not committed - extracted, f"no longer in the source: {sorted(committed - extracted)}"


_TEXT_SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setTitle",
    "setWhatsThis", "addAction", "addMenu", "addTab", "setTabText", "addItem", "addItems", "showMessage",
    "setLabelText", "setHeaderLabels", "setHorizontalHeaderLabels", "setInformativeText", "setDetailedText",
    "insertItem", "setItemText", "setSuffix", "setPrefix", "setSpecialValueText", "addButton", "addRow",
    "setButtonText", "setAccessibleName",
}
_TEXT_WIDGETS = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QCommandLinkButton",
}
_MESSAGE_BOX = {"information", "warning", "critical", "question", "about"}


def _is_visible_literal(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[A-Za-z]{2}", node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_is_visible_literal(part) for part in node.values)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_is_visible_literal(item) for item in node.elts)
    return False


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def test_no_visible_string_escapes_translation() -> None:
    """A literal handed straight to a text setter or a text widget never reaches the translator."""
    escaped = []
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = _called_name(func)
            candidates: list[ast.AST] = []
            if name in _TEXT_SETTERS or name in _TEXT_WIDGETS:
                candidates = list(node.args)
            elif name in _MESSAGE_BOX and isinstance(func, ast.Attribute):
                candidates = list(node.args[1:3])
            escaped += [f"{path.name}:{node.lineno}: {ast.unparse(arg)}"
                        for arg in candidates if _is_visible_literal(arg)]
    assert not escaped, "wrap these in self.tr() or translate():\n" + "\n".join(escaped)
