"""The one door to Qt: the interface imports Qt names from here, never from PySide6 directly.

``QtNetwork`` is imported when first asked for (the sync panel, the workshop dialog): the first screen
does not need it.
"""

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot

if TYPE_CHECKING:
    from PySide6 import QtNetwork

__all__ = ["QT_TRANSLATE_NOOP", "QCoreApplication", "Qt", "QtCore", "QtGui", "QtNetwork", "QtWidgets",
           "Signal", "Slot", "translate"]


def __getattr__(name: str) -> object:
    if name == "QtNetwork":
        from PySide6 import QtNetwork

        return QtNetwork
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for lupdate under ``context``; it is translated later, when shown."""
    return text


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
