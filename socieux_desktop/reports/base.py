"""What every report shares: the shipped fonts, the styles, the page (footer with the funding mention and
"page x of y"), the document builder, and dates and numbers written the way each language writes them.

No Qt here: the reports are made headless too (``socieux report``). A builder makes a list of Platypus
flowables and hands it to ``build_pdf``.
"""

from __future__ import annotations

import gc
import html
import math
import os
import re
import tempfile
import threading
from ast import literal_eval
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal
from xml.sax.saxutils import escape as _xml_escape

from reportlab.graphics.shapes import Drawing, Polygon, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate, Table, TableStyle
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.doctemplate import BaseDocTemplate
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

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
SYMBOL_FONT = "SocieuxSymbols"
"""The fallback for what DejaVu Sans lacks (emoji, flags' letters, pictographs): Symbola, shipped in
resources/fonts (free for any use, see LICENSE-Symbola.txt); registered only when a text needs it."""
_SYMBOL_FILE = "Symbola.ttf"

PAGE_SIZE = A4
MARGIN = 2 * cm
TOP_MARGIN = 2.3 * cm
"""Above the text: the page header (EU emblem, SOCIEUX+, which mission and whose sheet)."""
FOOTER_HEIGHT = 1.2 * cm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN
"""Width of the text frame, in points: tables are sized against it."""
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN - TOP_MARGIN

ACCENT = colors.HexColor("#1f4e79")
HEADER_BACKGROUND = colors.HexColor("#dce6f1")
TOTAL_BACKGROUND = colors.HexColor("#f2f2f2")
GRID = colors.HexColor("#8c8c8c")
WARNING = colors.HexColor("#b00020")
WATERMARK = colors.HexColor("#f5d5d5")
EU_BLUE = colors.HexColor("#003399")
"""Reflex Blue and Yellow, the colours of the European flag."""
EU_YELLOW = colors.HexColor("#FFCC00")


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
    _fix_to_unicode()
    for name, file_name in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file_name)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD_ITALIC)
    return FONT


@cache
def _covered(font_file: str) -> frozenset[str]:
    """The characters a shipped font has a glyph for."""
    return frozenset(map(chr, TTFont("probe", str(fonts_dir() / font_file)).face.charToGlyph))


@cache
def _register_symbols() -> str:
    pdfmetrics.registerFont(TTFont(SYMBOL_FONT, str(fonts_dir() / _SYMBOL_FILE)))
    return SYMBOL_FONT


def _utf16_hex(point: int) -> str:
    return str(chr(point).encode("utf-16-be").hex().upper())


@cache
def _fix_to_unicode() -> None:
    """reportlab writes a character beyond U+FFFF in a font's ToUnicode map as five hex digits
    ("<1F64F>"), which no reader takes: an emoji printed, but copied or searched as nothing. Its map
    is written again with such a character as UTF-16 (a surrogate pair), as the PDF reference says."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap

    def make(fontname: str, subset: Sequence[int]) -> str:
        cmap: str = original(fontname, [min(point, 0xFFFF) for point in subset])
        for index, point in enumerate(subset):
            if point > 0xFFFF:
                cmap = cmap.replace(f"<{index:02X}> <FFFF>", f"<{index:02X}> <{_utf16_hex(point)}>", 1)
        return cmap

    ttfonts.makeToUnicodeCMap = make


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
"""Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation forms: text to shape and reorder."""
_RTL_RUN = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc][\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc ]*"
                      "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_INVISIBLE = (frozenset(range(0x200B, 0x2010)) | frozenset(range(0xFE00, 0xFE10)) | {0xFEFF}
              | frozenset(range(0x1F3FB, 0x1F400)))
"""Joiners, direction marks, variation selectors and skin tones: they shape or colour (which a monochrome
font cannot), they are not printed."""
_TAG = re.compile(r"(<[^>]*>)")


def visual_order(value: str) -> str:
    """Text with right-to-left words (Arabic, Hebrew) as a PDF must draw it: Arabic letters joined
    (their presentation forms, python-bidi's and arabic-reshaper's work) and right-to-left runs in
    visual order. A right-to-left run is kept on one line (its spaces made no-break): a line break
    inside it would put its words in the wrong order. Other text is returned as is."""
    if not _RTL.search(value):
        return value
    import arabic_reshaper
    from bidi import get_display

    joined = _RTL_RUN.sub(lambda run: run.group().replace(" ", "\u00a0"), value)
    return str(get_display(arabic_reshaper.reshape(joined)))


def _fallback(value: str) -> str:
    """Escaped ``value`` whose characters DejaVu Sans lacks are set in the symbol font, and those that
    no shipped font has are replaced by their code ("[U+1FAE9]"), visibly: never an empty box."""
    if value.isascii():
        return _xml_escape(value)
    main = _covered(_FONT_FILES[FONT])
    if main.issuperset(value):
        return _xml_escape(value)
    symbols = _covered(_SYMBOL_FILE)
    out: list[str] = []
    in_symbols = False
    for char in value:
        if ord(char) in _INVISIBLE:
            continue
        wanted = char not in main and char in symbols
        if wanted != in_symbols:
            out.append(f'<font face="{_register_symbols()}">' if wanted else "</font>")
            in_symbols = wanted
        if char in main or char in symbols:
            out.append(_xml_escape(char))
        else:
            out.append(f"[U+{ord(char):04X}]")
    if in_symbols:
        out.append("</font>")
    return "".join(out)


def printable_markup(markup: str) -> str:
    """Paragraph markup (escaped text between tags) made printable: right-to-left runs shaped and in
    visual order, characters DejaVu Sans lacks in the symbol font (``_fallback``). What every paragraph
    of the reports goes through, the deliverable's body included."""
    if markup.isascii():
        return markup
    parts = _TAG.split(markup)
    for index in range(0, len(parts), 2):  # the text between tags
        part = parts[index]
        if part and not part.isascii():
            plain = html.unescape(part)
            parts[index] = _fallback(visual_order(plain))
    return "".join(parts)


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
        "page_header": ParagraphStyle("page_header", parent=body, fontSize=8, leading=9.5,
                                      textColor=EU_BLUE, spaceAfter=0),
        "page_header_right": ParagraphStyle("page_header_right", parent=body, fontSize=7.5, leading=9.5,
                                            textColor=ACCENT, alignment=TA_RIGHT, spaceAfter=0),
        "warning": ParagraphStyle("warning", parent=body, textColor=WARNING),
        "disclaimer": ParagraphStyle("disclaimer", parent=body, fontSize=8, leading=10.5,
                                     textColor=colors.HexColor("#404040"), borderColor=colors.lightgrey,
                                     borderWidth=0.5, borderPadding=5, leftIndent=5, rightIndent=5,
                                     spaceBefore=6),
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


class Paragraph(_Paragraph):
    """reportlab's paragraph, its markup made printable first (``printable_markup``: Arabic shaped and
    in visual order, emoji in the symbol font). Every paragraph of the reports is one of these.

    Laid out once per width: a table lays out its cells' paragraphs to measure them, again for every
    part it is split into and again to draw them (each cell up to seven times); the lines depend on the
    width only."""

    _wrapped_width: float | None = None

    def __init__(self, text: str | None, style: ParagraphStyle | None = None, *args: Any,
                 **kwargs: Any) -> None:
        # None: a part of a split paragraph, made of the frags of one already printable
        super().__init__(printable_markup(text) if text else text, style, *args,  # type: ignore[arg-type]
                         **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth != self._wrapped_width or not hasattr(self, "blPara"):  # split may drop it
            super().wrap(availWidth, availHeight)
            self._wrapped_width = availWidth
        return self.width, self.height


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
    table = _GridTable(made, colWidths=list(col_widths), repeatRows=header_rows, hAlign="LEFT", splitInRow=1,
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


class _GridTable(Table):
    """A table split between rows; a row is split inside only when it is taller than a page, and only at
    the top of one. (reportlab, asked to place the rest of a split table in the little room left under
    its first part, would split the next row there, its header repeated in the middle of the page.)"""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)  # type: ignore[attr-defined]
        parts: list[Flowable] = self._splitRows(availHeight, doInRowSplit=0)  # type: ignore[attr-defined]
        if parts:
            return parts
        header_rows = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        heights: list[float] = self._rowHeights  # type: ignore[attr-defined]
        if len(heights) <= header_rows or availHeight < FRAME_HEIGHT - 1:
            return []  # to the next page, where the row starts at the top
        if heights[header_rows] <= FRAME_HEIGHT - sum(heights[:header_rows]):
            return []
        in_row: list[Flowable] = self._splitRows(availHeight, doInRowSplit=1)  # type: ignore[attr-defined]
        return in_row


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


def join_names(names: Sequence[str], language: str) -> str:
    """"A", "A and B", "A, B and C" with the language's "and"."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {text(language, 'and')} {names[-1]}"


def page_header(code: str, names: Sequence[str], language: str) -> str:
    """What the top of each page says beside SOCIEUX+: "Mission CI-2026-01-M1 — Awa Koné, Jūratė …"."""
    mission = text(language, "header.mission", code=code)
    return f"{mission} — {', '.join(names)}" if names else mission


def disclaimer(authors: Sequence[str], language: str) -> Paragraph:
    """The disclaimer the EU asks of what it funds, naming ``authors`` (or "the author(s)")."""
    who = join_names(authors, language) if authors else text(language, "disclaimer.authors_unknown")
    return Paragraph(escape(text(language, "disclaimer", authors=who)), styles()["disclaimer"])


class BottomOfFrame(Flowable):
    """A flowable drawn at the foot of what is left of the frame (a cover's disclaimer), or on the next
    page if too little is left."""

    def __init__(self, content: Flowable) -> None:
        super().__init__()
        self._content = content
        self._height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, height = self._content.wrap(availWidth, availHeight)
        self._height = height
        return availWidth, max(height, availHeight - 1)

    def draw(self) -> None:
        self._content.drawOn(self.canv, 0, 0)


def signature_block(title: str, subtitle: str | None, labels: Sequence[str], signature: str, *,
                     stamp: str | None = None) -> Flowable:
    """A boxed block: its title, then a row to fill per label (the ``signature`` row taller); with
    ``stamp`` a box beside the rows for the institution's stamp."""
    sheet = styles()
    head = Paragraph(f"<b>{escape(title)}</b>" + (f" — {escape(subtitle)}" if subtitle else ""),
                     sheet["cell"])
    stamp_width = 5.2 * cm if stamp else 0
    rows: list[list[Flowable | str]] = [[head, "", ""] if stamp else [head, ""]]
    heights: list[float | None] = [None]
    for label in labels:
        row: list[Flowable | str] = [Paragraph(escape(label), sheet["label"]), ""]
        if stamp:
            row.append(Paragraph(escape(stamp), sheet["cell"]) if len(rows) == 1 else "")
        rows.append(row)
        heights.append(1.4 * cm if label == signature else None)
    widths = [_LABEL_WIDTH, CONTENT_WIDTH - _LABEL_WIDTH - stamp_width] + ([stamp_width] if stamp else [])
    commands: list[tuple[Any, ...]] = [
        TABLE_FONT,
        ("SPAN", (0, 0), (-1, 0)),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ("LINEBELOW", (0, 0), (1, -2), 0.25, GRID),
        ("LINEBELOW", (0, 0), (-1, 0), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), "#dce6f1"),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
    ]
    if stamp:
        commands += [("SPAN", (2, 1), (2, -1)), ("LINEBEFORE", (2, 1), (2, -1), 0.25, GRID),
                     ("TEXTCOLOR", (2, 1), (2, -1), GRID)]
    table = _WholeTable(rows, colWidths=widths, rowHeights=heights, hAlign="LEFT", spaceAfter=8)
    table.setStyle(TableStyle(commands))
    return table


_LABEL_WIDTH = 4.6 * cm


class _WholeTable(Table):
    """A table never split over two pages (a signature block): it goes whole to the next page."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []


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


def format_date(value: date, language: str, *, weekday: bool = False) -> str:
    """"7 December 2026", "7 décembre 2026" ("1er" on the first), "7 de diciembre de 2026"; with
    ``weekday`` "Monday 7 December 2026", "lundi 7 décembre 2026", "lunes, 7 de diciembre de 2026"."""
    month = _MONTHS.get(language, _MONTHS["en"])[value.month - 1]
    if language == "fr":
        written = f"{'1er' if value.day == 1 else value.day} {month} {value.year}"
    elif language == "es":
        written = f"{value.day} de {month} de {value.year}"
    else:
        written = f"{value.day} {month} {value.year}"
    if not weekday:
        return written
    return text(language, "date_with_weekday", weekday=text(language, f"weekday.{value.weekday()}"),
                date=written)


def format_period(start: date, end: date, language: str) -> str:
    """A mission's dates: "from 7 December 2026 to 18 December 2026" in the language."""
    return text(language, "period", start=format_date(start, language), end=format_date(end, language))


# -- the document ----------------------------------------------------------------------------------------

class _NumberedCanvas(Canvas):
    """Keeps each page until the end, then draws on all of them what only the end knows: "page x of y",
    and the forms (PDF form XObjects) that pages show but whose content is known at the end only (a
    contents' page numbers: ``define_at_end``)."""

    def __init__(self, *args: Any, language: str = "en", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._language = language
        self._pages: list[dict[str, Any]] = []
        self._late_forms: list[tuple[str, Callable[[Canvas], None]]] = []

    def define_at_end(self, name: str, draw: Callable[[Canvas], None]) -> None:
        """Define the form ``name`` (shown with ``doForm`` already) by ``draw`` once every page is laid
        out; it is drawn in the space of the ``doForm`` that shows it."""
        self._late_forms.append((name, draw))

    def showPage(self) -> None:  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        for name, draw in self._late_forms:
            width, height = int(PAGE_SIZE[0]) + 1, int(PAGE_SIZE[1]) + 1  # room on every side
            self.beginForm(name, -width, -height, 2 * width, 2 * height)
            draw(self)
            self.endForm()
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
    reportlab reads them as paragraph markup: "R&D <pilot>" prints as typed and breaks nothing.

    Laid out once when it can be: its page numbers are drawn at the end (``_NumberedCanvas.defer``), when
    every heading's page is known, so a table of contents that takes at the first layout the space of
    its entries (``expect``) needs no second pass. It is satisfied when its entries are the ones it
    expected, whatever their pages."""

    def expect(self, entries: Sequence[tuple[int, str, str]]) -> None:
        """Take the space of these entries (level, the heading's ``getPlainText()``, bookmark) at the
        first layout, instead of reportlab's one-line placeholder (see ``beforeBuild``)."""
        self._entries = [(level, _fallback(plain), 0, key) for level, plain, key in entries]

    def addEntry(self, level: int, text: str, pageNum: int, key: str | None = None) -> None:
        # a heading's plain text is already in visual order: only the symbol font is set again
        super().addEntry(level, _fallback(text), pageNum, key)

    def isSatisfied(self) -> bool:
        def shape(entries: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
            return [(level, words, key) for level, words, _, key in entries]

        last: Sequence[tuple[Any, ...]] = getattr(self, "_lastEntries", [])
        return shape(self._entries) == shape(last)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size = super().wrap(availWidth, availHeight)
        if isinstance(self.canv, _NumberedCanvas):
            self.canv.setNamedCB("drawTOCEntryEnd", partial(self._number_form, availWidth, availHeight))
        return size

    def _number_form(self, width: float, height: float, canvas: _NumberedCanvas, _kind: str,
                     label: str) -> None:
        """Show here, after the entry's text, a form that the end fills with the dots and the page."""
        _, level, key = label.split(",", 2)
        where = canvas._curr_tx_info  # type: ignore[attr-defined]  # set by the paragraph for onDraw
        name = f"TOCPage{len(canvas._late_forms)}"
        canvas.doForm(name)
        canvas.define_at_end(name, partial(self._draw_number, int(level), literal_eval(key), where["cur_x"],
                                           where["cur_y"], width, height))

    def _draw_number(self, level: int, key: str | None, x: float, y: float, width: float, height: float,
                     canvas: Canvas) -> None:
        page = next((page for _, _, page, found in self._entries if found == key), 0)
        dot = " . " if 0 <= self.dotsMinLevel <= level else ""
        canvas._curr_tx_info = {"cur_x": x, "cur_y": y}  # type: ignore[attr-defined]  # drawPageNumbers reads it
        drawPageNumbers(canvas, self.getLevelStyle(level), [(page, None)], width, height, dot)
        del canvas._curr_tx_info  # type: ignore[attr-defined]


def table_of_contents() -> TableOfContents:
    """A table of contents to put in a story: filled from the h1-h3 headings (build_pdf makes the passes)."""
    sheet = styles()
    toc = PlainTableOfContents()
    toc.levelStyles = [sheet["toc1"], sheet["toc2"], sheet["toc3"]]
    toc.dotsMinLevel = 0
    return toc


EMBLEM_HEIGHT = 0.95 * cm


def _star(cx: float, cy: float, radius: float) -> list[float]:
    """A five-pointed star, one point up, as polygon points (x0, y0, x1, y1, ...)."""
    inner = radius * math.sin(math.radians(18)) / math.sin(math.radians(126))
    points: list[float] = []
    for corner in range(10):
        angle = math.radians(90 + 36 * corner)
        reach = radius if corner % 2 == 0 else inner
        points += [cx + reach * math.cos(angle), cy + reach * math.sin(angle)]
    return points


@cache
def eu_emblem(height: float = EMBLEM_HEIGHT) -> Drawing:
    """The European flag as vector graphics in the official proportions: a 3:2 blue rectangle, twelve
    gold five-pointed stars on a circle whose radius is a third of the height, each star's radius an
    eighteenth of it, upright, placed like the hours of a clock."""
    width = height * 3 / 2
    drawing = Drawing(width, height)
    field = Rect(0, 0, width, height)
    field.fillColor, field.strokeColor = EU_BLUE, None
    drawing.add(field)
    for hour in range(12):
        angle = math.radians(90 - 30 * hour)
        cx = width / 2 + height / 3 * math.cos(angle)
        cy = height / 2 + height / 3 * math.sin(angle)
        star = Polygon(_star(cx, cy, height / 18))
        star.fillColor, star.strokeColor = EU_YELLOW, None
        drawing.add(star)
    return drawing


def draw_shapes(drawing: Drawing, canvas: Canvas, x: float, y: float) -> None:
    """Draw a drawing of filled rectangles and polygons at (x, y). Not ``renderPDF.draw``: it sets the
    graphics' default font (Times-Roman) on the page, a font the PDF would name without embedding."""
    canvas.saveState()
    canvas.translate(x, y)
    for shape in drawing.contents:
        if isinstance(shape, Rect | Polygon) and shape.fillColor is not None:
            canvas.setFillColor(shape.fillColor)
        if isinstance(shape, Rect):
            canvas.rect(shape.x, shape.y, shape.width, shape.height, stroke=0, fill=1)
        elif isinstance(shape, Polygon):
            path = canvas.beginPath()
            points = list(shape.points)
            path.moveTo(points[0], points[1])
            for at in range(2, len(points), 2):
                path.lineTo(points[at], points[at + 1])
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


@dataclass(frozen=True)
class PageFurniture:
    """What every page of a report shows besides its story: at the top the EU emblem with "Funded by
    the European Union", SOCIEUX+ and ``header`` (which mission, whose sheet); at the bottom the funding
    mention and "page x of y"; across the page a DRAFT mark when ``draft``."""

    language: str
    header: str = ""
    draft: bool = False

    FORM = "SocieuxPageFurniture"

    def draw(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        if not canvas.hasForm(self.FORM):  # drawn once, shown on every page (a PDF form XObject)
            canvas.beginForm(self.FORM)
            self._draw_once(canvas)
            canvas.endForm()
        canvas.doForm(self.FORM)

    def _draw_once(self, canvas: Canvas) -> None:
        canvas.saveState()
        if self.draft:
            self._draw_watermark(canvas)
        self._draw_header(canvas)
        y = MARGIN - FOOTER_HEIGHT + 0.35 * cm
        canvas.setStrokeColor(colors.lightgrey)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y + 0.45 * cm, PAGE_SIZE[0] - MARGIN, y + 0.45 * cm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(MARGIN, y, text(self.language, "footer.funding"))
        canvas.restoreState()

    def _draw_header(self, canvas: Canvas) -> None:
        top = PAGE_SIZE[1] - 0.75 * cm
        emblem = eu_emblem()
        draw_shapes(emblem, canvas, MARGIN, top - EMBLEM_HEIGHT)
        sheet = styles()
        funded = Paragraph(f"<b>{escape(text(self.language, 'header.funded'))}</b>", sheet["page_header"])
        funded.wrapOn(canvas, 5.5 * cm, EMBLEM_HEIGHT)
        funded.drawOn(canvas, MARGIN + emblem.width + 0.25 * cm,
                      top - EMBLEM_HEIGHT / 2 - funded.height / 2)
        right = Paragraph("<b>SOCIEUX+</b>" + (f"<br/>{escape(self.header)}" if self.header else ""),
                          sheet["page_header_right"])
        width = CONTENT_WIDTH - emblem.width - 6 * cm
        right.wrapOn(canvas, width, EMBLEM_HEIGHT * 2)
        right.drawOn(canvas, PAGE_SIZE[0] - MARGIN - width, top - EMBLEM_HEIGHT / 2 - right.height / 2)
        canvas.setStrokeColor(colors.lightgrey)
        canvas.setLineWidth(0.5)
        line = top - EMBLEM_HEIGHT - 0.15 * cm
        canvas.line(MARGIN, line, PAGE_SIZE[0] - MARGIN, line)

    def _draw_watermark(self, canvas: Canvas) -> None:
        canvas.saveState()
        # opaque and pale, under the page's content: reportlab's forms carry no transparency (ExtGState)
        canvas.setFillColor(WATERMARK)
        canvas.translate(PAGE_SIZE[0] / 2, PAGE_SIZE[1] / 2)
        canvas.rotate(50)
        mark = text(self.language, "watermark.draft")
        size = min(110.0, 0.95 * PAGE_SIZE[1] / max(1.0, stringWidth(mark, FONT_BOLD, 1)))
        canvas.setFont(FONT_BOLD, size)
        canvas.drawCentredString(0, -size / 3, mark)
        canvas.restoreState()


FULL_COLLECTION_SPACING = 100
"""Collections of the middle generation between two full ones while a PDF is laid out (Python's: 10)."""
_layouts = 0
_layouts_lock = threading.Lock()
_spacing_before: tuple[int, int, int] = (0, 0, 0)


@contextmanager
def fewer_full_collections() -> Iterator[None]:
    """Python's full garbage collections spaced out while PDFs are made (any number at once, in any
    threads; ``build_pdf`` does it, a report can do it around the making of its story too): a layout
    keeps every flowable and its lines until the end, the young generations fill and a full collection
    walks every object of the application (80,000 at least) to find next to nothing: two of them were
    8 % of a 100-page deliverable's time. Still bounded: one in ``FULL_COLLECTION_SPACING`` instead of
    one in ten, and the young generations as before."""
    global _layouts, _spacing_before
    with _layouts_lock:
        if _layouts == 0:
            _spacing_before = gc.get_threshold()
            young, middle, full = _spacing_before
            gc.set_threshold(young, middle, max(full, FULL_COLLECTION_SPACING))
        _layouts += 1
    try:
        yield
    finally:
        with _layouts_lock:
            _layouts -= 1
            if _layouts == 0:
                gc.set_threshold(*_spacing_before)


def build_pdf(output: Path | BinaryIO, story: list[Flowable], *, language: str, title: str, subject: str = "",
              author: str = "", cover: bool = False, header: str = "", draft: bool = False) -> None:
    """Lay out ``story`` on A4 pages with the page furniture (``PageFurniture``: EU emblem, "Funded by
    the European Union", SOCIEUX+ and ``header`` at the top; funding mention and "page x of y" in
    ``language`` at the bottom; a DRAFT mark across each page with ``draft``) and write the PDF with its
    metadata (title, subject, author, language) and fonts embedded.

    A path is written whole or not at all (a temporary file renamed at the end). With ``cover`` the first
    page is a cover: same footer, and the story goes on from the next page after a ``PageBreak``. A story
    with a ``table_of_contents()`` is laid out as many times as it needs."""
    language = check_language(language)
    register_fonts()
    frame = Frame(MARGIN, MARGIN, CONTENT_WIDTH, FRAME_HEIGHT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    on_page: Callable[[Canvas, BaseDocTemplate], None] = PageFurniture(language, header, draft).draw
    templates = [PageTemplate(id="page", frames=[frame], onPage=on_page, pagesize=PAGE_SIZE)]
    if cover:
        templates.insert(0, PageTemplate(id="cover", frames=[frame], onPage=on_page, pagesize=PAGE_SIZE,
                                         autoNextPageTemplate="page"))
    kwargs: dict[str, Any] = {
        "pagesize": PAGE_SIZE, "leftMargin": MARGIN, "rightMargin": MARGIN, "topMargin": TOP_MARGIN,
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
            with fewer_full_collections():
                document.multiBuild(list(story), canvasmaker=canvas_maker)
            os.replace(temporary, output)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    else:
        document = ReportDocument(output, pageTemplates=templates, **kwargs)
        with fewer_full_collections():
            document.multiBuild(list(story), canvasmaker=canvas_maker)
