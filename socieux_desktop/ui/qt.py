"""The one door to Qt: the interface imports Qt names from here, never from PySide6 directly."""

from PySide6 import QtCore, QtGui, QtNetwork, QtWidgets
from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot

__all__ = ["QT_TRANSLATE_NOOP", "QCoreApplication", "Qt", "QtCore", "QtGui", "QtNetwork", "QtWidgets",
           "Signal", "Slot", "translate"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for lupdate under ``context``; it is translated later, when shown."""
    return text


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
