"""Headless LibreOffice in tests: converting Word files to PDF (to read them back as a reader would see
them) and documents LibreOffice writes (.fodt, .html) to .docx (real Word files, made in the test)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def soffice() -> str:
    """The soffice command; skipped without it, unless CI is set (there it must run)."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("soffice is missing (install libreoffice-writer-nogui: "
                        "scripts/system-packages.sh test)")
        pytest.skip("soffice is missing (libreoffice-writer-nogui)")
    return found


def convert(files: list[Path], target: str, folder: Path) -> list[Path]:
    """``files`` converted by one headless LibreOffice (its own profile under ``folder``) to ``target``
    ("pdf", "docx"), into ``folder``; the converted files, in the order given."""
    folder.mkdir(parents=True, exist_ok=True)
    profile = folder / "lo-profile"
    filters = {"docx": "docx:MS Word 2007 XML", "pdf": "pdf"}
    result = subprocess.run(
        [soffice(), f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore",
         "--convert-to", filters[target], "--outdir", str(folder), *map(str, files)],
        capture_output=True, text=True, timeout=300, check=False)
    made = [folder / f"{file.stem}.{target}" for file in files]
    missing = [path.name for path in made if not path.is_file()]
    assert not missing, (missing, result.stdout[-2000:], result.stderr[-2000:])
    return made
