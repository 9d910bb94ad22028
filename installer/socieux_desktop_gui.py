"""The frozen `socieux-desktop` (PyInstaller entry point): the application."""

import sys

from socieux_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
