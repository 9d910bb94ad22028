"""Render the app icon (resources/icons/socieux-desktop.svg) to what the installers need.

    .venv/bin/python installer/make_icons.py

writes resources/icons/png/socieux-desktop-{16..512}.png (the window icon and the Linux hicolor theme),
installer/windows/socieux.ico (PNG-compressed entries, Vista and later) and installer/macos/socieux.icns
(PNG entries, OS X 10.7 and later). The outputs are committed: a build does not need to run this, only a
change of the SVG does. QtSvg renders it (in PySide6-Essentials; the app itself does not ship QtSvg).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6 import QtCore, QtGui, QtSvg

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "socieux-desktop.svg"
PNG_DIR = ROOT / "resources" / "icons" / "png"
ICO = ROOT / "installer" / "windows" / "socieux.ico"
ICNS = ROOT / "installer" / "macos" / "socieux.icns"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types holding PNG data, by pixel size (the @2x types reuse the larger renderings)
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512), (b"ic10", 1024))


def png_path(size: int) -> Path:
    return PNG_DIR / f"socieux-desktop-{size}.png"


def render(renderer: QtSvg.QSvgRenderer, size: int) -> bytes:
    image = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, b"PNG"):
        raise RuntimeError(f"cannot encode the {size} px icon as PNG")
    return bytes(buffer.data().data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICONDIR with one PNG-compressed entry per size (width/height 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, data = b"", b""
    for size in ICO_SIZES:
        png = images[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def icns(images: dict[int, bytes]) -> bytes:
    body = b""
    for kind, size in ICNS_TYPES:
        png = images[size]
        body += kind + struct.pack(">I", len(png) + 8) + png
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    app = QtGui.QGuiApplication.instance() or QtGui.QGuiApplication(sys.argv[:1])
    renderer = QtSvg.QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in (*SIZES, 1024)}
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        png_path(size).write_bytes(images[size])
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico(images))
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    ICNS.write_bytes(icns(images))
    print(f"make_icons: {len(SIZES)} PNGs in {PNG_DIR.relative_to(ROOT)}, {ICO.relative_to(ROOT)}, "
          f"{ICNS.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
