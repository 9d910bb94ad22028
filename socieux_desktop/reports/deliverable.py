"""A deliverable as a PDF: a cover page, a table of contents, its sections rendered from their Markdown-like
text (``reports.markdown``), "page x of y" and the funding mention on every page (``reports.base``).

Whatever the text holds gives a PDF: tables of thousands of rows run over as many pages as they need (their
header repeated, a row taller than a page split inside), words longer than a line are broken, tables wider
than the page are cut into groups of columns, and an image that is missing or that no image library reads
is replaced by a line saying so, in the report's language.

Pictures come only from the deliverable itself: ``images`` resolves a reference of the text
(``images/<name>``) to the bytes of a picture attached to it (``store.images.resolve_image``); anything
else (a path of the laptop, ``..``, a URL) prints one same line, whether such a file exists or not.
A deliverable not approved carries a DRAFT mark on every page; its cover carries the EU's disclaimer.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    LongTable,
    PageBreak,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Image as ImageFlowable

from socieux_desktop.collab.document import Section
from socieux_desktop.domain.deliverables import Deliverable, DeliverableStatus
from socieux_desktop.domain.model import Action, Mission
from socieux_desktop.reports import markdown as md
from socieux_desktop.reports.base import (
    CONTENT_WIDTH,
    FONT,
    FRAME_HEIGHT,
    GRID,
    HEADER_BACKGROUND,
    BottomOfFrame,
    Paragraph,
    PlainTableOfContents,
    build_pdf,
    check_language,
    country_name,
    disclaimer,
    escape,
    facts_table,
    fewer_full_collections,
    format_date,
    page_header,
    printable_markup,
    styles,
)
from socieux_desktop.reports.texts import text

MAX_COLUMNS = 8
"""Columns of a table printed side by side; a wider table is printed as several, by groups of columns."""
MAX_IMAGE_HEIGHT = FRAME_HEIGHT * 0.6
MAX_IMAGE_PIXELS = 2400
"""An image's longer side is scaled down to this many pixels before it goes into the PDF."""
_EMBEDDED_FONT: list[tuple[Any, ...]] = [("FONTNAME", (0, 0), (-1, -1), FONT)]
"""A table's own font (reportlab's default is Helvetica, which the PDF would name without embedding it)."""
_CELL_PADDING = 4
TABLE_WINDOW = 80
"""Rows of a long table laid out at a time: more than a page holds (an empty row is 15.5 pt high, an A4
page holds 47 of them)."""
TOC_ENTRY_LENGTH = 300
HEADING_STYLES = {1: "h2", 2: "h3", 3: "h4"}
"""The style of a heading typed in a section (``#``, ``##``, ``###``); a section's title is ``h1``."""
HEADING_ROOM = 3 * cm
"""A heading typed in a section starts a new page when less than this is left under it."""


class SafeTableOfContents(PlainTableOfContents):
    """The report's table of contents (entries escaped), each entry shortened to ``TOC_ENTRY_LENGTH``."""

    def addEntry(self, level: int, text: str, pageNum: int, key: str | None = None) -> None:
        super().addEntry(level, _shortened(text), pageNum, key)

    def expect(self, entries: Sequence[tuple[int, str, str]]) -> None:
        super().expect([(level, _shortened(plain), key) for level, plain, key in entries])


def _shortened(heading: str) -> str:
    """A heading as its entry in the contents: cut after ``TOC_ENTRY_LENGTH`` characters (an entry cannot
    run over two pages: a 20,000-character heading would not fit any)."""
    return heading if len(heading) <= TOC_ENTRY_LENGTH else heading[:TOC_ENTRY_LENGTH].rstrip() + "…"


@cache
def deliverable_styles() -> dict[str, ParagraphStyle]:
    """The report styles plus this document's own: cover title, h4, caption, list levels, placeholder
    (made once and shared, as ``styles()``: every heading asks for them)."""
    sheet = dict(styles())
    for name in ("h1", "h2", "h3"):  # a page break before a heading instead (HEADING_ROOM): reportlab
        # keeps a heading with the next flowable by laying that one out twice
        sheet[name] = ParagraphStyle(name, parent=sheet[name], keepWithNext=0)
    sheet["cover_title"] = ParagraphStyle("cover_title", parent=sheet["title"], fontSize=24, leading=30,
                                          spaceBefore=4 * cm, spaceAfter=14)
    sheet["cover_kind"] = ParagraphStyle("cover_kind", parent=sheet["subtitle"], fontSize=14, leading=18,
                                         spaceAfter=1.5 * cm)
    sheet["contents"] = ParagraphStyle("contents", parent=sheet["h1"])  # not "h1": not in its own contents
    sheet["h4"] = ParagraphStyle("h4", parent=sheet["h3"], fontSize=10, leading=13, textColor=colors.black)
    sheet["caption"] = ParagraphStyle("caption", parent=sheet["small"], fontName=sheet["h3"].fontName,
                                      alignment=1, spaceBefore=2, spaceAfter=8)
    sheet["placeholder"] = ParagraphStyle("placeholder", parent=sheet["warning"], borderColor=GRID,
                                          borderWidth=0.5, borderPadding=6, leftIndent=6, rightIndent=6,
                                          spaceBefore=6, spaceAfter=10)
    sheet["empty"] = ParagraphStyle("empty", parent=sheet["body"], textColor=colors.grey)
    for level in range(md.MAX_LIST_LEVEL + 1):
        sheet[f"list{level}"] = ParagraphStyle(f"list{level}", parent=sheet["bullet"],
                                               leftIndent=14 + 16 * level, bulletIndent=4 + 16 * level,
                                               bulletFontName=sheet["body"].fontName)
    return sheet


ImageResolver = Callable[[str], bytes | None]
"""A text's image reference -> the bytes of a picture attached to the deliverable, or None."""


def no_images(reference: str) -> bytes | None:
    """The resolver of a deliverable without pictures: every reference is refused."""
    return None


def build_deliverable(output: Path | BinaryIO, deliverable: Deliverable, sections: Sequence[Section], *,
                      mission: Mission, action: Action, language: str, issued: date | None = None,
                      images: ImageResolver = no_images, authors: Sequence[str] = ()) -> None:
    """Write ``deliverable``'s PDF with the words of ``language`` (fr, en, es; the text stays as written).

    ``mission`` and ``action`` give the cover's facts (mission, partner institution, country); ``issued``
    is the date on the cover (today if None); ``images`` gives the bytes of the pictures the text names
    (``store.images.resolve_image`` bound to the deliverable); ``authors`` (the experts) are named in the
    EU's disclaimer and at the top of every page. Raises ``ReportError`` for an unknown language, nothing
    for what the text holds."""
    language = check_language(language)
    kind = text(language, f"deliverable.kind.{deliverable.kind.value}")
    with fewer_full_collections():  # the text's reading and its flowables too: thousands of objects
        story = cover(deliverable, mission=mission, action=action, language=language,
                      issued=issued or date.today(), authors=authors)
        story.append(PageBreak())
        story.extend(body(sections, language=language, images=images))
        build_pdf(output, story, language=language, title=deliverable.title,
                  subject=text(language, "deliverable.subject", kind=kind, code=mission.code), cover=True,
                  author=", ".join(authors), header=page_header(mission.code, authors, language),
                  draft=deliverable.status is not DeliverableStatus.APPROVED)


def cover(deliverable: Deliverable, *, mission: Mission, action: Action, language: str,
          issued: date, authors: Sequence[str] = ()) -> list[Flowable]:
    """The cover page: title, kind, then the mission's facts, the date and the deliverable's status, and
    at the foot of the page the EU's disclaimer naming ``authors``."""
    sheet = deliverable_styles()
    facts = [
        (text(language, "field.mission"), f"{mission.code} — {mission.title}"),
        (text(language, "field.partner"), action.partner_institution),
        (text(language, "field.country"), country_name(action.country_code, language)),
        (text(language, "field.date"), format_date(issued, language)),
        (text(language, "field.status"), text(language, f"deliverable.status.{deliverable.status.value}")),
    ]
    return [
        Paragraph(md.inline(deliverable.title) or "—", sheet["cover_title"]),
        Paragraph(escape(text(language, f"deliverable.kind.{deliverable.kind.value}")), sheet["cover_kind"]),
        facts_table(facts),
        BottomOfFrame(disclaimer(authors, language)),
    ]


def body(sections: Sequence[Section], *, language: str, images: ImageResolver = no_images) -> list[Flowable]:
    """The table of contents and the sections; a line saying so when there is nothing to print."""
    sheet = deliverable_styles()
    if not any(section.title.strip() or section.body.strip() for section in sections):
        return [Paragraph(escape(text(language, "deliverable.empty")), sheet["empty"])]
    toc = SafeTableOfContents()
    toc.levelStyles = [sheet["toc1"], sheet["toc2"], sheet["toc3"]]
    toc.dotsMinLevel = 0
    toc.tableStyle = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), *_EMBEDDED_FONT])
    story: list[Flowable] = [Paragraph(escape(text(language, "deliverable.contents")), sheet["contents"]),
                             toc, PageBreak()]
    bookmarks = iter(range(1, 1 << 30))
    entries: list[tuple[int, str, str]] = []
    for section in sections:
        story.append(CondPageBreak(4 * cm))
        title = section.title.strip()
        key = next(bookmarks)
        title_heading = _heading(md.inline(title) or "—", "h1", key)
        entries.append((0, title_heading.getPlainText(), f"h{key}"))
        story.append(title_heading)
        blocks = md.parse(section.body)
        if not blocks:
            story.append(Paragraph(escape(text(language, "deliverable.empty_section")), sheet["empty"]))
        for block in blocks:
            key = next(bookmarks)
            made = render_block(block, sheet, language=language, images=images, bookmark=key)
            if isinstance(block, md.Heading) and block.level < 3 and isinstance(made[-1], Paragraph):
                entries.append((block.level, made[-1].getPlainText(), f"h{key}"))  # as it prints
            story.extend(made)
    toc.expect(entries)
    return story


def render_block(block: md.Block, sheet: dict[str, ParagraphStyle], *, language: str,
                 images: ImageResolver = no_images, bookmark: int = 0) -> list[Flowable]:
    """The flowables of one block of text."""
    if isinstance(block, md.Heading):
        return [CondPageBreak(HEADING_ROOM), _heading(block.markup, HEADING_STYLES[block.level], bookmark)]
    if isinstance(block, md.Paragraph):
        return [Paragraph(block.markup, sheet["body"])]
    if isinstance(block, md.ListBlock):
        return _list(block, sheet)
    if isinstance(block, md.Table):
        return _tables(block, sheet)
    if isinstance(block, md.Image):
        return _image(block, sheet, language=language, images=images)
    return [HRFlowable(width="100%", thickness=0.5, color=GRID, spaceBefore=4, spaceAfter=8)]


def _heading(markup: str, style: str, bookmark: int) -> Paragraph:
    made = _Heading(markup, deliverable_styles()[style])
    if style in ("h1", "h2", "h3"):
        made._bookmark = f"h{bookmark}"  # read by base.ReportDocument
    return made


class _Heading(Paragraph):
    """A heading that, split over pages (one longer than a page), is one entry of the contents and one
    bookmark, with its whole text: ``ReportDocument.afterFlowable`` sees each part, so the parts after
    the first take a style of another name, which it passes over."""

    _bookmark: str | None = None
    _whole: str | None = None

    def getPlainText(self, identify: Any = None) -> str:
        return self._whole if self._whole is not None else str(super().getPlainText(identify))

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        for index, part in enumerate(parts):
            if not isinstance(part, _Heading):
                continue
            if index == 0:
                part._whole, part._bookmark = self.getPlainText(), self._bookmark
            else:
                part._bookmark = None
                part.style = ParagraphStyle(f"{self.style.name}_continued", parent=self.style)
        return parts


def _list(block: md.ListBlock, sheet: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Items as paragraphs with their bullet or number (numbered from the first one typed, as Markdown
    does: ``md.parse`` gives each item its number)."""
    made: list[Flowable] = []
    for item in block.items:
        bullet = f"{item.number}." if item.number is not None else "•" if item.level % 2 == 0 else "◦"
        made.append(Paragraph(item.markup, sheet[f"list{item.level}"], bulletText=bullet))
    made.append(Spacer(1, 4))
    return made


def _tables(block: md.Table, sheet: dict[str, ParagraphStyle]) -> list[Flowable]:
    """One table, or one per group of ``MAX_COLUMNS`` columns; the first column is repeated in each
    group after the first so that a row can still be told by it."""
    if block.columns <= MAX_COLUMNS:
        return [_table(block.rows, block.header, sheet), Spacer(1, 8)]
    made: list[Flowable] = []
    step = MAX_COLUMNS - 1
    for start in range(1, block.columns, step):
        rows = [(row[0], *row[start:start + step]) for row in block.rows]
        made.extend([_table(rows, block.header, sheet), Spacer(1, 8)])
    return made


def _table(rows: Sequence[Sequence[str]], header: bool, sheet: dict[str, ParagraphStyle]) -> Flowable:
    widths = _widths(rows, len(rows[0]))
    header_style, cell_style = sheet["cell_bold"], sheet["cell"]
    cells = [[_cell(cell, header_style if header and index == 0 else cell_style, width - 2 * _CELL_PADDING)
              for cell, width in zip(row, widths, strict=True)] for index, row in enumerate(rows)]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *_EMBEDDED_FONT,
        ("FONTSIZE", (0, 0), (-1, -1), cell_style.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell_style.leading),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND))
        commands.append(("FONTNAME", (0, 0), (-1, 0), header_style.fontName))
    if header:
        return _RowWindow(cells[0], cells[1:], widths, TableStyle(commands))
    return _RowWindow(None, cells, widths, TableStyle(commands))


class _RowWindow(Flowable):
    """A table laid out ``TABLE_WINDOW`` rows at a time: a table splits page after page, and reportlab
    measures all the rows left at each split (a 5,000-row table: minutes); this hands it a window of
    rows more than a page holds, and the rest after the page is filled. The header is repeated on each
    page; a row taller than a page is split inside."""

    def __init__(self, header: list[Paragraph | str] | None, rows: list[list[Any]], widths: list[float],
                 style: TableStyle) -> None:
        super().__init__()
        self._header, self._rows, self._widths, self._style = header, rows, widths, style
        self._table = self._make(rows[:TABLE_WINDOW])

    def _make(self, rows: list[list[Any]]) -> LongTable:
        data = [self._header, *rows] if self._header is not None else rows
        table = LongTable(data or [[""] * len(self._widths)], colWidths=self._widths,
                          repeatRows=1 if self._header is not None else 0, splitInRow=1, hAlign="LEFT")
        table.setStyle(self._style)
        return table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self._table.wrap(available_width, available_height)
        if len(self._rows) > TABLE_WINDOW:
            height = max(height, available_height + 1)  # more rows follow: ask to be split
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        later = self._rows[TABLE_WINDOW:]
        table: Any = self._table  # reportlab's private attributes below are not in its stubs
        parts: list[Any] = table.split(available_width, available_height)
        if not parts:
            return []
        if len(parts) == 1:  # the whole window fits: the rest goes on
            return [parts[0], _RowWindow(self._header, later, self._widths, self._style)] if later else parts
        skipped = 1 if self._header is not None else 0
        following = len(parts[0]._cellvalues)  # the window's row that would start the next page
        heights = table._rowHeights
        if following < len(heights) and heights[following] > FRAME_HEIGHT - skipped * heights[0]:
            # That row is taller than any page: split it here rather than start it, header and all,
            # in what is left of this page after the next split.
            in_row = table._splitRows(available_height, doInRowSplit=1)
            parts = in_row if len(in_row) == 2 else parts
        first, rest = parts[0], parts[-1]
        left = [list(row) for row in rest._cellvalues[skipped:]]
        return [first, _RowWindow(self._header, left + later, self._widths, self._style)]

    def draw(self) -> None:
        self._table.drawOn(self.canv, 0, 0)


def _cell(markup: str, style: ParagraphStyle, width: float) -> Paragraph | str:
    """A cell's text as the table draws it itself when it is plain: on one line if it fits, else in
    lines cut between words (ten times faster to lay out than a paragraph, which the table would also
    lay out a second time to draw it: a table of thousands of rows); else as a paragraph that wraps
    (markup, a word wider than the column, text to shape)."""
    if "<" in markup or "&" in markup or (not markup.isascii() and printable_markup(markup) != markup):
        return Paragraph(markup, style)
    if stringWidth(markup, style.fontName, style.fontSize) <= width:
        return markup
    lines = simpleSplit(markup, style.fontName, style.fontSize, width)
    if any(stringWidth(line, style.fontName, style.fontSize) > width for line in lines):
        return Paragraph(markup, style)
    return "\n".join(lines)


def _widths(rows: Sequence[Sequence[str]], columns: int) -> list[float]:
    """Column widths filling the text's width, wider for longer cells (as measured on the first 200
    rows), none narrower than half an even share."""
    sample = rows[:200]
    lengths = [max(min(len(row[column]), 60) for row in sample) + 4 for column in range(columns)]
    even = CONTENT_WIDTH / columns
    widths = [max(even / 2, CONTENT_WIDTH * length / sum(lengths)) for length in lengths]
    scale = CONTENT_WIDTH / sum(widths)
    return [width * scale for width in widths]


def _image(block: md.Image, sheet: dict[str, ParagraphStyle], *, language: str,
           images: ImageResolver) -> list[Flowable]:
    caption = [Paragraph(block.caption, sheet["caption"])] if block.caption else []
    picture = load_image(block.path, images)
    if isinstance(picture, str):
        message = text(language, f"deliverable.image_{picture}", path=block.path or "—")
        return [Paragraph(escape(message), sheet["placeholder"]), *caption]
    return [KeepTogether([picture, *caption])]


def load_image(reference: str, images: ImageResolver) -> ImageFlowable | str:
    """The picture ``reference`` names among the deliverable's, scaled to fit the text, or why there is
    none (``decode_image``)."""
    decoded = decode_image(reference, images)
    if isinstance(decoded, str):
        return decoded
    data, width, height = decoded
    scale = min(CONTENT_WIDTH / width, MAX_IMAGE_HEIGHT / height, 1.0)
    return ImageFlowable(io.BytesIO(data), width=width * scale, height=height * scale)


def decode_image(reference: str, images: ImageResolver) -> tuple[bytes, int, int] | str:
    """The picture ``reference`` names among the deliverable's (through ``images``) as PNG bytes and its
    size in pixels, or why there is none: "refused" (not a picture attached to the deliverable: the disk
    is never read, so the answer is the same whether a file of that name exists or not) or "unreadable"
    (attached, but not an image an image library reads whole). The one place the PDF and the Word file
    find an image.

    The image is decoded here, entirely, and handed over as PNG, so that nothing can fail later while
    the document is written."""
    from PIL import Image as PILImage

    data = images(reference) if reference else None
    if data is None:
        return "refused"
    try:
        with PILImage.open(io.BytesIO(data)) as opened:
            opened.load()
            picture = opened.convert("RGBA" if "A" in opened.getbands() or opened.mode == "P" else "RGB")
    except Exception:  # a broken file may raise anything from a decoder
        return "unreadable"
    if picture.width < 1 or picture.height < 1:
        return "unreadable"
    picture.thumbnail((MAX_IMAGE_PIXELS, MAX_IMAGE_PIXELS))
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue(), picture.width, picture.height
