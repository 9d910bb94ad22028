"""The app icon: the window icon from its PNG renderings, and the Windows and macOS icon files."""

from __future__ import annotations

import struct
from pathlib import Path

from pytestqt.qtbot import QtBot

from socieux_desktop.app import _window_icon
from socieux_desktop.ui.qt import QtCore, QtGui

ROOT = Path(__file__).resolve().parents[2]
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_the_window_icon_has_every_rendering(qtbot: QtBot) -> None:
    icon = _window_icon()
    assert icon is not None and not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert sizes == set(SIZES)
    pixmap = icon.pixmap(QtCore.QSize(48, 48))
    assert pixmap.width() == 48
    image = pixmap.toImage()
    assert QtGui.QColor(image.pixel(24, 4)).blue() > 100  # the blue square, drawn from the PNG


def test_every_png_has_its_size() -> None:
    for size in SIZES:
        data = (ROOT / "resources" / "icons" / "png" / f"socieux-desktop-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)


def test_the_windows_icon_holds_png_entries_up_to_256() -> None:
    data = (ROOT / "installer" / "windows" / "socieux.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count == 7
    sides = []
    for index in range(count):
        width, _height, _colours, _zero, _planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index:22 + 16 * index])
        assert bits == 32 and data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sides.append(width or 256)
    assert sides == [16, 24, 32, 48, 64, 128, 256]


def test_the_macos_icon_holds_its_retina_sizes() -> None:
    data = (ROOT / "installer" / "macos" / "socieux.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, position = [], 8
    while position < len(data):
        kind, length = data[position:position + 4], struct.unpack(">I", data[position + 4:position + 8])[0]
        assert data[position + 8:position + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        position += length
    assert position == len(data)
    assert {b"ic07", b"ic08", b"ic09", b"ic10", b"ic14"} <= set(kinds)
