"""A 100-page deliverable to a Word file and a 100-page Word file back into sections, in the same run as
baselines: the same text as plain python-docx paragraphs (writing), python-docx opening the file and
reading every paragraph's text (reading), and the deliverable's PDF.

The deliverable is ``benchmarks/report.py``'s (fixed seed: 60 sections, ~100 pages of headings,
paragraphs with bold and italic, bullet and numbered lists, tables), with a comment on every section.
Targets: to .docx within 2 s, a 100-page .docx read within 3 s (also as LibreOffice saves it, when
``soffice`` is installed). Times are CPU seconds of this process.

Usage: python benchmarks/word_files.py [--sections 60] [--runs 3]
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import docx
from report import section_body, sentence

from socieux_desktop.collab.annotations import Comments
from socieux_desktop.collab.document import DeliverableDocument, Field
from socieux_desktop.collab.docx_import import read_docx
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.model import Action, Mission
from socieux_desktop.reports import markdown as md
from socieux_desktop.reports.deliverable import build_deliverable
from socieux_desktop.reports.docx_export import export_docx

ACTION = Action("a", "CI-2026-01", "Qualité des services", "Direction de l'Action Sociale", "CI")
MISSION = Mission("m", "CI-2026-01-M1", "Diagnostic des centres sociaux", "a", date(2026, 3, 2),
                  date(2026, 3, 13))
DELIVERABLE = Deliverable("d", "m", DeliverableKind.DIAGNOSTIC, "Diagnostic des centres sociaux",
                          DeliverableLanguage.FR)


def timed(work: Callable[[], Any], runs: int) -> tuple[Any, float]:
    results, times = None, []
    for _ in range(runs):
        start = time.process_time()
        results = work()
        times.append(time.process_time() - start)
    return results, statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sections", type=int, default=60, help="sections (60 make ~100 pages)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(20260320)
    document = DeliverableDocument.create("d", [])
    for _ in range(args.sections):
        document.add_section(sentence(rng)[:60].rstrip("."), section_body(rng))
    comments = Comments(document)
    for section in document.sections():
        comments.add(section.id, Field.BODY, 0, 10, "À vérifier avec l’homologue", "Awa Koné")
    sections = document.sections()
    notes = comments.all()
    texts = [block_text for section in sections for block_text in plain_texts(section.body)]

    def ours() -> bytes:
        output = io.BytesIO()
        export_docx(output, DELIVERABLE, sections, mission=MISSION, action=ACTION, language="fr",
                    comments=notes, authors=["Łukasz Nowak"], issued=date(2026, 3, 20))
        return output.getvalue()

    def plain() -> bytes:
        made = docx.Document()
        for text in texts:
            made.add_paragraph(text)
        output = io.BytesIO()
        made.save(output)
        return output.getvalue()

    def pdf() -> bytes:
        output = io.BytesIO()
        build_deliverable(output, DELIVERABLE, sections, mission=MISSION, action=ACTION, language="fr",
                          issued=date(2026, 3, 20))
        return output.getvalue()

    ours()  # warm up: imports, the template
    written, ours_s = timed(ours, args.runs)
    _, plain_s = timed(plain, args.runs)
    pdf_bytes, pdf_s = timed(pdf, 1)
    result, read_s = timed(lambda: read_docx(written), args.runs)
    _, python_docx_s = timed(lambda: [p.text for p in docx.Document(io.BytesIO(written)).paragraphs],
                             args.runs)
    pages = len(__import__("pypdf").PdfReader(io.BytesIO(pdf_bytes)).pages)
    words = sum(len(text.split()) for text in texts)
    print(f"deliverable: {args.sections} sections, {words} words, {len(notes)} comments, {pages} PDF pages")
    print(f"to .docx: {ours_s:.2f} s of CPU, {len(written) / 1e3:.0f} kB (target 2 s: "
          f"{'met' if ours_s <= 2 else 'MISSED'}); plain python-docx paragraphs of the same text "
          f"{plain_s:.2f} s, ratio {ours_s / plain_s:.2f}x; the PDF {pdf_s:.2f} s")
    print(f".docx read back: {read_s:.2f} s of CPU, {len(result.sections)} sections, {len(result.comments)} "
          f"comments (target 3 s: {'met' if read_s <= 3 else 'MISSED'}); python-docx opening it and reading "
          f"each paragraph's text {python_docx_s:.2f} s, ratio {read_s / python_docx_s:.2f}x")
    resaved = libreoffice_copy(written)
    if resaved is not None:
        again, again_s = timed(lambda: read_docx(resaved), args.runs)
        print(f"the same .docx saved again by LibreOffice ({len(resaved) / 1e3:.0f} kB): read in "
              f"{again_s:.2f} s of CPU, {len(again.sections)} sections, {len(again.comments)} comments")
    return 0


def libreoffice_copy(data: bytes) -> bytes | None:
    """``data`` opened and saved again as .docx by headless LibreOffice (a Word file it writes), if it is
    installed."""
    command = shutil.which("soffice")
    if command is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in" / "deliverable.docx"
        source.parent.mkdir()
        source.write_bytes(data)
        subprocess.run([command, f"-env:UserInstallation={(Path(folder) / 'profile').as_uri()}", "--headless",
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder, str(source)],
                       capture_output=True, timeout=300, check=False)
        made = Path(folder) / "deliverable.docx"
        return made.read_bytes() if made.is_file() else None


def plain_texts(body: str) -> list[str]:
    texts: list[str] = []
    for block in md.parse(body):
        if isinstance(block, md.Heading | md.Paragraph):
            texts.append(md.plain_of(block.runs))
        elif isinstance(block, md.ListBlock):
            texts.extend(md.plain_of(item.runs) for item in block.items)
        elif isinstance(block, md.Table):
            texts.extend(" | ".join(md.plain_of(cell) for cell in row) for row in block.cells)
    return texts


if __name__ == "__main__":
    sys.exit(main())
