"""Settings: the interface language and who the person using this workspace is.

A language chosen in the list shows at once (the whole app switches), so the person sees what they pick;
OK keeps it and remembers it in the workspace, Cancel goes back to the language they had. The profile
("your profile") is the expert the day log proposes by default; editing it keeps the expert's id, so their
days and team places stay theirs.
"""

from __future__ import annotations

import re

from socieux_desktop.domain.errors import RuleViolation
from socieux_desktop.domain.model import Expert, new_id
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.ui.i18n import LANGUAGES, NATIVE_NAMES, LanguageSwitcher
from socieux_desktop.ui.messages import message
from socieux_desktop.ui.qt import QtCore, QtGui, QtWidgets

LANGUAGE_SETTING = "language"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class SettingsDialog(QtWidgets.QDialog):
    """Language and profile; ``apply`` checks and commits, ``accept`` (OK) applies then closes."""

    def __init__(self, workbook: Workbook, switcher: LanguageSwitcher,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._workbook = workbook
        self._switcher = switcher
        self._initial_language = switcher.language
        self._profile = workbook.profile()

        self.language_combo = QtWidgets.QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(NATIVE_NAMES[code], code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(switcher.language)))
        self.name_edit = QtWidgets.QLineEdit()
        self.email_edit = QtWidgets.QLineEdit()
        self.institution_edit = QtWidgets.QLineEdit()
        self.country_edit = QtWidgets.QLineEdit()
        self.country_edit.setMaxLength(2)
        self.country_edit.setValidator(QtGui.QRegularExpressionValidator(
            QtCore.QRegularExpression("[A-Za-z]{0,2}"), self.country_edit))
        if self._profile is not None:
            self.name_edit.setText(self._profile.name)
            self.email_edit.setText(self._profile.email)
            self.institution_edit.setText(self._profile.home_institution)
            self.country_edit.setText(self._profile.country_code)
        self.error_label = QtWidgets.QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel)

        self.language_group = QtWidgets.QGroupBox()
        language_form = QtWidgets.QFormLayout(self.language_group)
        self._language_label = QtWidgets.QLabel()
        self._language_label.setBuddy(self.language_combo)
        language_form.addRow(self._language_label, self.language_combo)
        self.profile_group = QtWidgets.QGroupBox()
        profile_form = QtWidgets.QFormLayout(self.profile_group)
        self._profile_hint = QtWidgets.QLabel()
        self._profile_hint.setWordWrap(True)
        profile_form.addRow(self._profile_hint)
        self._field_labels: list[QtWidgets.QLabel] = []
        for edit in (self.name_edit, self.email_edit, self.institution_edit, self.country_edit):
            field_label = QtWidgets.QLabel()
            field_label.setBuddy(edit)
            self._field_labels.append(field_label)
            profile_form.addRow(field_label, edit)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.language_group)
        layout.addWidget(self.profile_group)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.language_combo.currentIndexChanged.connect(self._preview_language)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.setMinimumWidth(460)

    # -- committing ------------------------------------------------------------------------------

    def selected_language(self) -> str:
        code: str = self.language_combo.currentData()
        return code

    def apply(self) -> bool:
        """Check the profile and commit it and the language; False (nothing written) if refused."""
        self.error_label.hide()
        name = self.name_edit.text().strip()
        email = self.email_edit.text().strip()
        institution = self.institution_edit.text().strip()
        country = self.country_edit.text().strip().upper()
        if not name and (email or institution or country or self._profile is not None):
            return self._refuse(self.tr("Fill in your name: the day log proposes you by it."),
                                self.name_edit)
        if email and not _EMAIL.match(email):
            return self._refuse(self.tr("“{email}” is not an e-mail address. Correct it or leave it empty.")
                                .format(email=email), self.email_edit)
        if country and len(country) != 2:
            return self._refuse(self.tr("Give your country as its two-letter code, for example FR or ES."),
                                self.country_edit)
        if name:
            expert_id = self._profile.id if self._profile is not None else new_id()
            expert = Expert(expert_id, name, email, institution, country)
            if expert != self._profile:
                try:
                    self._workbook.set_profile(expert)
                except RuleViolation as exc:  # the gate's rules (lengths, characters, a country's letters)
                    edits = {"email": self.email_edit, "home_institution": self.institution_edit,
                             "country_code": self.country_edit}
                    return self._refuse(message(exc.finding),
                                        edits.get(exc.finding.params.get("field", ""), self.name_edit))
                self._profile = expert
        self._workbook.set_setting(LANGUAGE_SETTING, self.selected_language())
        self._initial_language = self.selected_language()
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def reject(self) -> None:
        if self._switcher.language != self._initial_language:
            self._switcher.switch(self._initial_language)
        super().reject()

    def _refuse(self, text: str, field: QtWidgets.QWidget) -> bool:
        self.error_label.setText(text)
        self.error_label.show()
        field.setFocus()
        return False

    def _preview_language(self) -> None:
        self._switcher.switch(self.selected_language())

    # -- texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_group.setTitle(self.tr("Language"))
        self._language_label.setText(self.tr("&Interface language:"))
        self.profile_group.setTitle(self.tr("Your profile"))
        self._profile_hint.setText(self.tr(
            "Who uses this workspace. The day log proposes you as the expert of new days."))
        names = (self.tr("&Name:"), self.tr("&E-mail:"), self.tr("&Institution:"), self.tr("&Country:"))
        for field_label, text in zip(self._field_labels, names, strict=True):
            field_label.setText(text)
        self.email_edit.setPlaceholderText(self.tr("name@example.org"))
        self.institution_edit.setPlaceholderText(self.tr("The administration you work for"))
        self.country_edit.setPlaceholderText(self.tr("Two-letter code, e.g. FR"))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
