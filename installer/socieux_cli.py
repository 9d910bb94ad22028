"""The frozen `socieux` (PyInstaller entry point): the headless command."""

import sys

from socieux_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
