"""The welcome of the very first start: five lines on what the app does and where to begin.

A small window over the main one (not modal: the app can be used at once), opened when the main window
is first shown. However it is closed, that is the dismissal, kept in the user's ``QSettings`` (not in a
workspace): it does not come back at later starts, nor in their own workspace after the demo's. A
window rather than a panel in the main one, so that it takes no height from the day log on a small screen.
"""

from __future__ import annotations

from socieux_desktop.ui.qt import Qt, QtCore, QtWidgets, Signal

WELCOME_DISMISSED_KEY = "welcome/dismissed"


def welcome_due(settings: QtCore.QSettings | None) -> bool:
    """Whether the welcome is still to be seen (never without settings to remember its dismissal in)."""
    return settings is not None and not settings.value(WELCOME_DISMISSED_KEY, False, type=bool)


class WelcomeDialog(QtWidgets.QDialog):
    """Five lines and a button that puts them away for good."""

    dismissed = Signal()

    def __init__(self, settings: QtCore.QSettings | None, demo: bool,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._demo = demo
        self.setModal(False)
        self.title_label = QtWidgets.QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.line_labels = [QtWidgets.QLabel() for _ in range(5)]
        for line in self.line_labels:
            line.setWordWrap(True)
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.setMinimumWidth(560)
        self.buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.dismiss_button = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        for line in self.line_labels:
            layout.addWidget(line)
        layout.addWidget(self.buttons)
        self.finished.connect(self._dismiss)
        self.retranslate()

    def lines(self) -> list[str]:
        return [line.text() for line in self.line_labels]

    @property
    def due(self) -> bool:
        return welcome_due(self._settings)

    def _dismiss(self) -> None:
        """However the window was closed (the button, Escape, its close box), it is not shown again."""
        if self._settings is not None:
            self._settings.setValue(WELCOME_DISMISSED_KEY, True)
            self._settings.sync()
        self.dismissed.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.title_label.setText(self.tr("Welcome to SOCIEUX+ Desktop"))
        texts = (
            self.tr("The workbook of your missions: it works without internet and keeps everything on this "
                    "computer."),
            self.tr("Choose a mission in the list, then log your days in its Day log tab."),
            self.tr("Write its deliverables in the Deliverables tab, alone or live with your counterparts in "
                    "a workshop."),
            self.tr("File > Export PDF… gives the timesheet, the attendance list, a deliverable or the "
                    "mission report."),
            self.tr("These missions are examples to try everything on; when you are ready, File > Start my "
                    "own workspace…") if self._demo else
            self.tr("To send your work to headquarters, Sync > Sign in… with the address your coordinator "
                    "gives you."),
        )
        for line, text in zip(self.line_labels, texts, strict=True):
            line.setText(text)
        self.dismiss_button.setText(self.tr("Got it"))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
