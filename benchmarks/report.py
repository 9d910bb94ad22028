"""A 100-page deliverable to PDF, against the same text set by plain reportlab paragraphs, in the same run.

The deliverable (``reports.deliverable.build_deliverable``): cover, table of contents (laid out once: its
page numbers are filled in at the end), sections with headings, paragraphs with bold and italic, bullet and
numbered lists and tables, "page x of y", the funding mention, the EU emblem and the DRAFT mark. The
baseline: every paragraph, list item, heading and table row of the same text as one ``Paragraph`` in one
style (the same embedded font), in a ``SimpleDocTemplate``, one pass. Text is generated with a fixed seed:
French, Spanish and English words, names with every accent.

Times are the CPU seconds of this process (the machine may be shared: wall time would count others' work).
Each build starts with no garbage left by the one before (a full collection, not timed): otherwise one
pays for collections the other's objects made due (``build_pdf`` spaces out full collections while it lays
out, so the plain build that follows it would pay the one it put off: 0.03 s, measured).

Usage: python benchmarks/report.py [--sections 60] [--runs 3]
"""

from __future__ import annotations

import argparse
import gc
import io
import random
import statistics
import sys
import time
from datetime import date

import pypdf
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from socieux_desktop.collab.document import Section
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.model import Action, Mission
from socieux_desktop.reports import markdown as md
from socieux_desktop.reports.base import FONT, register_fonts
from socieux_desktop.reports.deliverable import build_deliverable

WORDS = (
    "protection", "sociale", "centres", "services", "bénéficiaires", "prestations", "cotisations",
    "régime", "assurance", "maladie", "retraite", "handicap", "enfance", "formation", "agents",
    "évaluation", "diagnostic", "données", "système", "información", "seguridad", "social", "afiliados",
    "pensiones", "cobertura", "gestión", "procesos", "calidad", "atención", "ministerio", "dirección",
    "regional", "coordination", "partner", "institution", "workshop", "counterparts", "capacity",
    "development", "monitoring", "indicators", "réforme", "financement", "équité", "accès", "délais",
    "qualité",
)
NAMES = ("Łukasz Nowak", "Đorđe Petrović", "Nguyễn Văn An", "Jūratė Kazlauskienė", "Awa Koné",
         "María José Núñez", "Kouassi N'Guessan", "Zoë Brontë", "Søren Ærø", "Ana Conceição")


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(NAMES))
    if rng.random() < 0.25:
        at = rng.randrange(len(words))
        words[at] = f"**{words[at]}**"
    if rng.random() < 0.2:
        at = rng.randrange(len(words))
        words[at] = f"*{words[at]}*"
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 7)))


def section_body(rng: random.Random) -> str:
    parts = [paragraph(rng) for _ in range(rng.randint(2, 4))]
    parts.append("# " + sentence(rng)[:50].rstrip("."))
    parts.append("\n".join(f"- {sentence(rng)}" for _ in range(rng.randint(3, 6))))
    parts.append(paragraph(rng))
    if rng.random() < 0.5:
        header = "| Centre | Région | Agents | Observations |\n|---|---|---|---|"
        rows = [f"| {rng.choice(WORDS).title()} {n} | {rng.choice(NAMES)} | {rng.randint(1, 90)} | "
                f"{sentence(rng)} |" for n in range(rng.randint(6, 14))]
        parts.append("\n".join([header, *rows]))
    parts.append("## " + sentence(rng)[:40].rstrip("."))
    parts.append("\n".join(f"{n}. {sentence(rng)}" for n in range(1, rng.randint(3, 6))))
    parts.append(paragraph(rng))
    return "\n\n".join(parts)


def build_ours(sections: list[Section], deliverable: Deliverable, mission: Mission,
               action: Action) -> tuple[bytes, float]:
    """The PDF and the CPU seconds this process spent making it (a shared machine's load aside)."""
    output = io.BytesIO()
    start = time.process_time()
    build_deliverable(output, deliverable, sections, mission=mission, action=action, language="fr",
                      issued=date(2026, 3, 20))
    return output.getvalue(), time.process_time() - start


def plain_texts(sections: list[Section]) -> list[str]:
    """The same text as plain paragraphs: each heading, paragraph, list item and table row one of them."""
    texts: list[str] = []
    for section in sections:
        texts.append(md.escape(section.title))
        for block in md.parse(section.body):
            if isinstance(block, md.Heading | md.Paragraph):
                texts.append(block.markup)
            elif isinstance(block, md.ListBlock):
                texts.extend(item.markup for item in block.items)
            elif isinstance(block, md.Table):
                texts.extend(" | ".join(row) for row in block.rows)
    return texts


def build_plain(texts: list[str]) -> tuple[bytes, float]:
    register_fonts()
    style = ParagraphStyle("plain", fontName=FONT, fontSize=10, leading=13.5, spaceAfter=5)
    output = io.BytesIO()
    start = time.process_time()
    story: list[Flowable] = [Paragraph(text, style) for text in texts]
    SimpleDocTemplate(output, pagesize=A4).build(story)
    return output.getvalue(), time.process_time() - start


def pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sections", type=int, default=60, help="sections (60 make ~100 pages)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(20260320)
    sections = [Section(str(n), sentence(rng)[:60].rstrip("."), section_body(rng))
                              for n in range(args.sections)]
    action = Action("a", "CI-2026-01", "Qualité des services", "Direction de l'Action Sociale", "CI")
    mission = Mission("m", "CI-2026-01-M1", "Diagnostic des centres sociaux", "a", date(2026, 3, 2),
                      date(2026, 3, 13))
    deliverable = Deliverable("d", "m", DeliverableKind.DIAGNOSTIC, "Diagnostic des centres sociaux",
                              DeliverableLanguage.FR)
    texts = plain_texts(sections)
    build_ours(sections[:1], deliverable, mission, action)  # warm up: fonts, imports
    build_plain(texts[:5])
    ours_times, plain_times = [], []
    ours_pdf = plain_pdf = b""
    for _ in range(args.runs):  # alternate, so that machine noise falls on both alike
        gc.collect()
        plain_pdf, elapsed = build_plain(texts)
        plain_times.append(elapsed)
        gc.collect()
        ours_pdf, elapsed = build_ours(sections, deliverable, mission, action)
        ours_times.append(elapsed)
    ours_s, plain_s = statistics.median(ours_times), statistics.median(plain_times)
    words = sum(len(text.split()) for text in texts)
    print(f"deliverable: {args.sections} sections, {words} words, {pages(ours_pdf)} pages, "
          f"{len(ours_pdf) / 1e3:.0f} kB, {ours_s:.2f} s of CPU (median of {args.runs})")
    print(f"plain reportlab paragraphs, same text: {pages(plain_pdf)} pages, {len(plain_pdf) / 1e3:.0f} kB, "
          f"{plain_s:.2f} s")
    print(f"ratio {ours_s / plain_s:.2f}x (target: at most 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
