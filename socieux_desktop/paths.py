"""Where the shipped files are: next to the package from source, inside the bundle when frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a frozen app
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def translations_dir() -> Path:
    return _root() / "translations"


def resources_dir() -> Path:
    return _root() / "resources"
