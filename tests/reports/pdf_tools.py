"""Reading the reports' PDFs back (pypdf) and rendering them to PNG (pdftoppm) in tests."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader


def page_texts(pdf: Path) -> list[str]:
    """Each page's text, whitespace made single spaces (a table cell per line otherwise)."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages]


def pdf_text(pdf: Path) -> str:
    return " ".join(page_texts(pdf))


def fonts(pdf: Path) -> dict[str, Any]:
    """Every font the pages use, by base name, with its font descriptor (None for a base-14 font)."""
    found: dict[str, Any] = {}
    for page in PdfReader(pdf).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        for font in resources.get_object().get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            found[str(font["/BaseFont"])] = descriptor.get_object() if descriptor is not None else None
    return found


def assert_fonts_embedded(pdf: Path) -> None:
    used = fonts(pdf)
    assert used, "the PDF uses no font"
    for name, descriptor in used.items():
        assert descriptor is not None and "/FontFile2" in descriptor, f"{name} is not embedded"


def assert_footers(pdf: Path, page_label: str, funding: str) -> int:
    """Each page says "page i of n" (``page_label`` with {page} and {pages}) and the funding mention;
    the page count."""
    texts = page_texts(pdf)
    for number, content in enumerate(texts, start=1):
        assert page_label.format(page=number, pages=len(texts)) in content, (number, content[-200:])
        assert funding in content
    return len(texts)


def render_png(pdf: Path, folder: Path, resolution: int = 50) -> list[Path]:
    """Each page of ``pdf`` as a PNG (pdftoppm), checked non-blank. Skipped without pdftoppm, unless CI
    is set (there it must run). REPORTS_PNG_DIR keeps a copy of the images to look at."""
    if shutil.which("pdftoppm") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftoppm is missing (install poppler-utils: scripts/system-packages.sh test)")
        pytest.skip("pdftoppm is missing (poppler-utils)")
    prefix = folder / pdf.stem
    subprocess.run(["pdftoppm", "-png", "-r", str(resolution), str(pdf), str(prefix)], check=True,
                   timeout=120)
    images = sorted(folder.glob(f"{pdf.stem}-*.png"))
    assert len(images) == len(PdfReader(pdf).pages)
    for image in images:
        with Image.open(image) as picture:
            extrema = picture.convert("L").getextrema()
        assert isinstance(extrema[0], int) and isinstance(extrema[1], int)
        assert extrema[0] < 128 < extrema[1], f"{image.name} looks blank"
    keep = os.environ.get("REPORTS_PNG_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for image in images:
            shutil.copy(image, Path(keep) / image.name)
    return images
