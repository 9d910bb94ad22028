"""What every report shares: the shipped fonts, the styles, the page (footer with the funding mention and
"page x of y"), the document builder, and dates and numbers written the way each language writes them.

No Qt here: the reports are made headless too (``socieux report``). A builder makes a list of Platypus
flowables and hands it to ``build_pdf``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus.doctemplate import BaseDocTemplate
from reportlab.platypus.tableofcontents import TableOfContents

from socieux_desktop.paths import resources_dir
from socieux_desktop.reports.texts import has_text, text

if TYPE_CHECKING:
    from socieux_desktop.store.workbook import MissionDetails

Language = Literal["fr", "en", "es"]
LANGUAGES: tuple[Language, ...] = ("fr", "en", "es")

FONT = "SocieuxSans"
"""The family every style uses: DejaVu Sans, shipped in resources/fonts (covers Ł, Đ, ễ and all accents)."""
FONT_BOLD = FONT + "-Bold"
FONT_ITALIC = FONT + "-Oblique"
FONT_BOLD_ITALIC = FONT + "-BoldOblique"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
               FONT_ITALIC: "DejaVuSans-Oblique.ttf", FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}

PAGE_SIZE = A4
MARGIN = 2 * cm
FOOTER_HEIGHT = 1.2 * cm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN
"""Width of the text frame, in points: tables are sized against it."""

ACCENT = colors.HexColor("#1f4e79")
HEADER_BACKGROUND = colors.HexColor("#dce6f1")
TOTAL_BACKGROUND = colors.HexColor("#f2f2f2")
GRID = colors.HexColor("#8c8c8c")
WARNING = colors.HexColor("#b00020")


class ReportError(Exception):
    """A report that cannot be made, said through ``key`` (an entry of ``reports.texts``) and its fields,
    so that the interface and the CLI show it in their language."""

    def __init__(self, key: str, /, **fields: Any) -> None:
        super().__init__(key, fields)
        self.key = key
        self.fields = fields

    def message(self, language: str = "en") -> str:
        return text(language, self.key, **self.fields)

    def __str__(self) -> str:
        return self.message("en")


def check_language(language: str) -> Language:
    if language not in LANGUAGES:
        raise ReportError("error.language", language=language, languages=", ".join(LANGUAGES))
    return language


# -- fonts ---------------------------------------------------------------------------------------------

def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def register_fonts() -> str:
    """Register the shipped fonts once, as a family (so <b> and <i> work in paragraphs); the family's name.

    TrueType fonts are embedded as subsets (FontFile2) in every PDF that uses them."""
    for name, file_name in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file_name)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD_ITALIC)
    return FONT


# -- styles --------------------------------------------------------------------------------------------

@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the reports, by name (shared: copy one before changing it).

    title, subtitle, h1, h2, h3 (h1-h3 go to a table of contents if the story has one), body, small,
    bullet, cell, cell_bold, cell_right, cell_right_bold, label, footer, toc1, toc2, toc3, warning."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, spaceAfter=5)
    made = {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=23,
                                textColor=ACCENT, spaceAfter=8),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=12, leading=16, textColor=ACCENT,
                                   spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=14, leading=18,
                             textColor=ACCENT, spaceBefore=12, spaceAfter=6, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=12, leading=15.5,
                             spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=FONT_BOLD_ITALIC, fontSize=10.5, leading=14,
                             spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "label": ParagraphStyle("label", parent=body, fontName=FONT_BOLD, fontSize=9, leading=12,
                                spaceAfter=0),
        "footer": ParagraphStyle("footer", parent=body, fontSize=7.5, leading=9, textColor=colors.grey),
        "warning": ParagraphStyle("warning", parent=body, textColor=WARNING),
        "toc1": ParagraphStyle("toc1", parent=body, fontName=FONT_BOLD, leftIndent=0, spaceAfter=2),
        "toc2": ParagraphStyle("toc2", parent=body, leftIndent=14, spaceAfter=1),
        "toc3": ParagraphStyle("toc3", parent=body, leftIndent=28, fontSize=9, spaceAfter=1),
    }
    cell = made["cell"]
    made["cell_bold"] = ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD)
    made["cell_right"] = ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT)
    made["cell_right_bold"] = ParagraphStyle("cell_right_bold", parent=cell, fontName=FONT_BOLD,
                                             alignment=TA_RIGHT)
    made["cell_center"] = ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER)
    return made


TABLE_FONT = ("FONT", (0, 0), (-1, -1), FONT, 8.5)
"""Put first in every table's style: a Table sets its cells' font (Helvetica unless told) even when they
hold paragraphs, and Helvetica would be a font the PDF does not embed."""

TOC_LEVELS = {"h1": 0, "h2": 1, "h3": 2}
"""Headings (by style name) that a table of contents lists, and their level."""


def escape(value: str) -> str:
    """Plain text made safe inside Paragraph markup (&, <, >)."""
    return _xml_escape(value)


def para(value: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped: what people typed is never read as markup)."""
    return Paragraph(escape(value), styles()[style])


def grid_table(rows: Sequence[Sequence[Flowable | str]], col_widths: Sequence[float], *, header_rows: int = 1,
               total_rows: int = 0, right_columns: Sequence[int] = (),
               extra: Sequence[tuple[Any, ...]] = (),
               row_heights: Sequence[float | None] | None = None) -> Table:
    """A table with a grid, its header repeated on each page, the last ``total_rows`` shaded; text cells
    become paragraphs (they wrap, long words are split), bold in the header and totals, right-aligned in
    ``right_columns``. ``row_heights``: None for a row as high as its text. ``col_widths`` should add up
    to at most ``CONTENT_WIDTH``."""
    sheet = styles()
    count = len(rows)
    made: list[list[Flowable]] = []
    for index, row in enumerate(rows):
        strong = index < header_rows or index >= count - total_rows
        cells: list[Flowable] = []
        for column, value in enumerate(row):
            if isinstance(value, str):
                right = column in right_columns and index >= header_rows
                name = ("cell_right" if right else "cell") + ("_bold" if strong else "")
                cells.append(Paragraph(escape(value), sheet[name]))
            else:
                cells.append(value)
        made.append(cells)
    table = Table(made, colWidths=list(col_widths), repeatRows=header_rows, hAlign="LEFT", splitInRow=1,
                  rowHeights=list(row_heights) if row_heights is not None else None)
    commands: list[tuple[Any, ...]] = [
        TABLE_FONT,
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows and count:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BACKGROUND))
    if total_rows and count > header_rows:
        commands.append(("BACKGROUND", (0, count - total_rows), (-1, -1), TOTAL_BACKGROUND))
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table


def facts_table(facts: Sequence[tuple[str, str]], label_width: float = 4.2 * cm) -> Table:
    """Label / value rows without a grid (the facts at the top of a report); values wrap."""
    sheet = styles()
    rows = [[Paragraph(escape(label), sheet["label"]), Paragraph(escape(value), sheet["cell"])]
            for label, value in facts]
    table = Table(rows, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
    ]))
    return table


def country_name(code: str, language: str) -> str:
    """A partner country's name in ``language``; the code itself for a country not listed."""
    key = f"country.{code.upper()}"
    return text(language, key) if has_text(key) else code


def mission_facts(details: MissionDetails, language: str, *,
                  named_country: bool = False) -> list[tuple[str, str]]:
    """The mission's facts as (label, value) rows in ``language``: mission, action, partner institution,
    country (its code, or with ``named_country`` its name), dates, modality, status, timesheet status."""
    mission, action = details.mission, details.action
    country = country_name(action.country_code, language) if named_country else action.country_code
    return [
        (text(language, "field.mission"), f"{mission.code} — {mission.title}"),
        (text(language, "field.action"), f"{action.code} — {action.title}"),
        (text(language, "field.partner"), action.partner_institution),
        (text(language, "field.country"), country),
        (text(language, "field.dates"), format_period(mission.start_date, mission.end_date, language)),
        (text(language, "field.modality"), text(language, f"modality.{mission.modality.value}")),
        (text(language, "field.status"), text(language, f"mission_status.{mission.status.value}")),
        (text(language, "field.timesheet_status"),
         text(language, f"timesheet_status.{mission.timesheet_status.value}")),
    ]


# -- numbers and dates -----------------------------------------------------------------------------------

_DECIMAL = {"fr": ",", "en": ".", "es": ","}
_THOUSANDS = {"fr": "\u202f", "en": ",", "es": "."}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
}


def format_number(value: float, language: str, decimals: int = 0) -> str:
    """``value`` with the language's decimal mark and grouping: 1234.5 -> "1,234.5" (en),
    "1 234,5" (fr, narrow no-break space), "1.234,5" (es; 4-digit numbers ungrouped, as the RAE writes)."""
    negative = value < 0
    raw = f"{abs(value):.{decimals}f}"
    whole, _, fraction = raw.partition(".")
    if len(whole) > (4 if language == "es" else 3):
        groups: list[str] = []
        while whole:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = _THOUSANDS.get(language, ",").join(groups)
    result = whole + (_DECIMAL.get(language, ".") + fraction if fraction else "")
    return ("-" if negative else "") + result


def format_days(half_days: int, language: str) -> str:
    """Half days as days: 3 -> "1.5" (en) or "1,5" (fr, es); 4 -> "2"."""
    return format_number(half_days / 2, language, 1 if half_days % 2 else 0)


def format_date(value: date, language: str) -> str:
    """"7 December 2026", "7 décembre 2026" ("1er" on the first), "7 de diciembre de 2026"."""
    month = _MONTHS.get(language, _MONTHS["en"])[value.month - 1]
    if language == "fr":
        return f"{'1er' if value.day == 1 else value.day} {month} {value.year}"
    if language == "es":
        return f"{value.day} de {month} de {value.year}"
    return f"{value.day} {month} {value.year}"


def format_period(start: date, end: date, language: str) -> str:
    """A mission's dates: "from 7 December 2026 to 18 December 2026" in the language."""
    return text(language, "period", start=format_date(start, language), end=format_date(end, language))


# -- the document ----------------------------------------------------------------------------------------

class _NumberedCanvas(Canvas):
    """Keeps each page until the end, then draws "page x of y" on all of them (two passes)."""

    def __init__(self, *args: Any, language: str = "en", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._language = language
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        self.saveState()
        self.setFont(FONT, 7.5)
        self.setFillColor(colors.grey)
        label = text(self._language, "footer.page", page=self.getPageNumber(), pages=total)
        self.drawRightString(PAGE_SIZE[0] - MARGIN, MARGIN - FOOTER_HEIGHT + 0.35 * cm, label)
        self.restoreState()


class ReportDocument(BaseDocTemplate):
    """A4, the footer on every page; h1-h3 paragraphs are reported to a table of contents if any."""

    def afterFlowable(self, flowable: Flowable) -> None:  # reportlab's name
        if isinstance(flowable, Paragraph):
            level = TOC_LEVELS.get(flowable.style.name)
            if level is not None:
                key = getattr(flowable, "_bookmark", None)
                if key:
                    # A PDF outline cannot skip a level (a "##" right under a section's title would go
                    # from level 0 to 2): such an entry hangs one level under the one before it.
                    outline = min(level, getattr(self.canv, "_outline_level", -1) + 1)
                    self.canv._outline_level = outline  # type: ignore[attr-defined]  # per pass: new canvas
                    self.canv.bookmarkPage(key)
                    self.canv.addOutlineEntry(flowable.getPlainText(), key, level=outline, closed=outline > 0)
                self.notify("TOCEntry", (level, flowable.getPlainText(), self.page, key))


def heading(value: str, level: str = "h1", *, bookmark: str | None = None) -> Paragraph:
    """A heading of plain text; with ``bookmark`` (a unique key) it is also a PDF outline entry and the
    table of contents links to it."""
    made = para(value, level)
    if bookmark:
        made._bookmark = bookmark  # type: ignore[attr-defined]
    return made


class PlainTableOfContents(TableOfContents):
    """A table of contents whose entries are plain text (a heading's ``getPlainText()``), escaped before
    reportlab reads them as paragraph markup: "R&D <pilot>" prints as typed and breaks nothing."""

    def addEntry(self, level: int, text: str, pageNum: int, key: str | None = None) -> None:
        super().addEntry(level, escape(text), pageNum, key)


def table_of_contents() -> TableOfContents:
    """A table of contents to put in a story: filled from the h1-h3 headings (build_pdf makes the passes)."""
    sheet = styles()
    toc = PlainTableOfContents()
    toc.levelStyles = [sheet["toc1"], sheet["toc2"], sheet["toc3"]]
    toc.dotsMinLevel = 0
    return toc


def _draw_footer(language: str, canvas: Canvas, document: BaseDocTemplate) -> None:
    canvas.saveState()
    y = MARGIN - FOOTER_HEIGHT + 0.35 * cm
    canvas.setStrokeColor(colors.lightgrey)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y + 0.45 * cm, PAGE_SIZE[0] - MARGIN, y + 0.45 * cm)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(colors.grey)
    canvas.drawString(MARGIN, y, text(language, "footer.funding"))
    canvas.restoreState()


def build_pdf(output: Path | BinaryIO, story: list[Flowable], *, language: str, title: str, subject: str = "",
              author: str = "", cover: bool = False) -> None:
    """Lay out ``story`` on A4 pages with the footer (funding mention, "page x of y" in ``language``) and
    write the PDF with its metadata (title, subject, author, language) and fonts embedded.

    A path is written whole or not at all (a temporary file renamed at the end). With ``cover`` the first
    page is a cover: same footer, and the story goes on from the next page after a ``PageBreak``. A story
    with a ``table_of_contents()`` is laid out as many times as it needs."""
    language = check_language(language)
    register_fonts()
    frame = Frame(MARGIN, MARGIN, CONTENT_WIDTH, PAGE_SIZE[1] - 2 * MARGIN, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    on_page: Callable[[Canvas, BaseDocTemplate], None] = partial(_draw_footer, language)
    templates = [PageTemplate(id="page", frames=[frame], onPage=on_page, pagesize=PAGE_SIZE)]
    if cover:
        templates.insert(0, PageTemplate(id="cover", frames=[frame], onPage=on_page, pagesize=PAGE_SIZE,
                                         autoNextPageTemplate="page"))
    kwargs: dict[str, Any] = {
        "pagesize": PAGE_SIZE, "leftMargin": MARGIN, "rightMargin": MARGIN, "topMargin": MARGIN,
        "bottomMargin": MARGIN, "title": title, "subject": subject, "author": author or "SOCIEUX+",
        "creator": "SOCIEUX+ Desktop", "lang": language, "displayDocTitle": 1,
        "initialFontName": FONT,
    }
    canvas_maker = partial(_NumberedCanvas, language=language)
    if isinstance(output, Path):
        output.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=output.parent)
        os.close(handle)
        try:
            document = ReportDocument(temporary, pageTemplates=templates, **kwargs)
            document.multiBuild(list(story), canvasmaker=canvas_maker)
            os.replace(temporary, output)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    else:
        document = ReportDocument(output, pageTemplates=templates, **kwargs)
        document.multiBuild(list(story), canvasmaker=canvas_maker)
