"""About SOCIEUX+ Desktop: what it is, its version and licence, and where this workspace's data lives."""

from __future__ import annotations

from pathlib import Path

from socieux_desktop import __version__
from socieux_desktop.ui.qt import Qt, QtCore, QtWidgets

LICENCE = "EUPL-1.2"


class AboutDialog(QtWidgets.QDialog):
    """The about box; the data folder is selectable so it can be copied into a file manager."""

    def __init__(self, data_dir: Path, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self.title_label = QtWidgets.QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.version_label = QtWidgets.QLabel()
        self.summary_label = QtWidgets.QLabel()
        self.summary_label.setWordWrap(True)
        self.funding_label = QtWidgets.QLabel()
        self.funding_label.setWordWrap(True)
        self.folder_caption = QtWidgets.QLabel()
        self.folder_label = QtWidgets.QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.licence_label = QtWidgets.QLabel()
        self.buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QtWidgets.QVBoxLayout(self)
        for widget in (self.title_label, self.version_label, self.summary_label, self.funding_label,
                       self.folder_caption, self.folder_label, self.licence_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About SOCIEUX+ Desktop"))
        self.title_label.setText(self.tr("SOCIEUX+ Desktop"))
        self.version_label.setText(self.tr("Version {version}").format(version=__version__))
        self.summary_label.setText(self.tr(
            "The offline workbook of SOCIEUX+ experts on mission: log your days, follow them against "
            "the days allocated and submit the mission's timesheet, with or without internet."))
        self.funding_label.setText(self.tr("SOCIEUX+ is co-funded by the European Union."))
        self.folder_caption.setText(self.tr("The data of this workspace is in:"))
        self.folder_label.setText(str(self._data_dir))
        self.licence_label.setText(self.tr("Licence: {licence}").format(licence=LICENCE))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
