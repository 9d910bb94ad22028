"""A deliverable as a Word file (.docx) people go on editing in Word or LibreOffice.

Built with python-docx on its default template, with Word's own styles, so that the document behaves as
one written in Word: Title, Heading 1 (a section's title) to Heading 4 (a ``###`` in its text), List
Bullet and List Number (levels 2 and 3 for nested items; each numbered list starts at its own first
number), Table Grid (the header row repeated on each page), Caption under images. The cover holds the
mission's facts, the funding mention and the EU disclaimer in the deliverable's language; the footer the
funding mention and "page x of y" (Word fields). Links are real hyperlinks, and the comments are Word
comments with their authors, on the passage they were made on (found again through the block's source
lines: the passage's text in it, else the whole paragraph; a comment whose passage was deleted goes on
its section's title with the passage quoted).

The text is read by ``reports.markdown``, the same reader as the PDF and the preview. No Qt here.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from socieux_desktop.collab.document import Field, Section
from socieux_desktop.domain.deliverables import Deliverable
from socieux_desktop.domain.model import Action, Mission
from socieux_desktop.reports import markdown as md
from socieux_desktop.reports.base import check_language, country_name, format_date, join_names
from socieux_desktop.reports.deliverable import ImageResolver, decode_image, no_images
from socieux_desktop.reports.texts import text

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph as DocxParagraph
    from docx.text.run import Run as DocxRun

    from socieux_desktop.collab.annotations import Comment

HEADING_STYLES = {1: "Heading 2", 2: "Heading 3", 3: "Heading 4"}
"""The style of a heading typed in a section; a section's title is Heading 1."""
TABLE_STYLE = "Table Grid"
IMAGE_WIDTH_CM = 16.0
_LANGUAGE_TAGS = {"fr": "fr-FR", "en": "en-GB", "es": "es-ES"}
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True, slots=True)
class _Note:
    """A comment to anchor: its text without marks to look for, what it says, who said it."""

    needle: str
    text: str
    author: str


def export_docx(output: Path | BinaryIO, deliverable: Deliverable, sections: Sequence[Section], *,
                mission: Mission, action: Action, language: str, comments: Sequence[Comment] = (),
                authors: Sequence[str] = (), issued: date | None = None,
                images: ImageResolver = no_images) -> None:
    """Write ``deliverable`` as a .docx with the words of ``language`` (fr, en, es; the text stays as
    written). ``authors`` name who the EU disclaimer holds responsible ("the author(s)" if none);
    ``comments`` become Word comments; ``images`` gives the bytes of the pictures the text names (the
    deliverable's own, as for the PDF: ``store.images.resolve_image``). Raises ``ReportError`` for an
    unknown language, ``OSError`` when ``output`` cannot be written; nothing for what the text holds."""
    import docx

    language = check_language(language)
    document = docx.Document()
    _set_language(document, language)
    properties = document.core_properties
    properties.title = md.clean(deliverable.title)[:255]
    kind = text(language, f"deliverable.kind.{deliverable.kind.value}")
    properties.subject = text(language, "deliverable.subject", kind=kind, code=mission.code)
    properties.author = md.clean(", ".join(authors))[:255]
    properties.language = _LANGUAGE_TAGS[language]
    writer = _Writer(document, language, images)
    writer.cover(deliverable, mission, action, issued or date.today(), authors)
    writer.footer()
    writer.body(sections, comments)
    document.save(str(output) if isinstance(output, Path) else output)


class _Writer:
    def __init__(self, document: Document, language: str, images: ImageResolver) -> None:
        self.document = document
        self.language = language
        self.images = images
        self._numbering: Any = document.part.numbering_part.element
        self._abstract: dict[str, str] = {}
        self._styles: dict[str, Any] = {}
        self.title: DocxParagraph | None = None

    def style(self, name: str) -> Any:
        """A style of the template by name (python-docx looks a name up through every style: cached)."""
        found = self._styles.get(name)
        if found is None:
            found = self._styles[name] = self.document.styles[name]
        return found

    def paragraph(self, style: str | None = None) -> DocxParagraph:
        """A new paragraph at the end, of ``style`` (its id set directly: python-docx's setter walks every
        style to find the default one, for each paragraph)."""
        made = self.document.add_paragraph()
        if style:
            element: Any = made._p
            element.style = self.style(style).style_id
        return made

    # -- cover and page furniture -----------------------------------------------------------------

    def cover(self, deliverable: Deliverable, mission: Mission, action: Action, issued: date,
              authors: Sequence[str]) -> None:
        language = self.language
        title = self.paragraph("Title")
        self.runs(title, md.inline_runs(deliverable.title) or (md.Run("—"),))
        self.title = title
        kind = self.document.add_paragraph()
        kind_run = kind.add_run(text(language, f"deliverable.kind.{deliverable.kind.value}"))
        kind_run.bold = True
        facts = [
            (text(language, "field.mission"), f"{mission.code} — {mission.title}"),
            (text(language, "field.partner"), action.partner_institution),
            (text(language, "field.country"), country_name(action.country_code, language)),
            (text(language, "field.date"), format_date(issued, language)),
            (text(language, "field.status"),
             text(language, f"deliverable.status.{deliverable.status.value}")),
        ]
        table: Any = self.document.add_table(rows=0, cols=2)
        table.style = self.style(TABLE_STYLE)
        for label, value in facts:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(label).bold = True
            cells[1].paragraphs[0].add_run(md.clean(value))
        self.document.add_paragraph()
        self.document.add_paragraph(text(language, "footer.funding"))
        names = [name for name in (md.clean(author).strip() for author in authors) if name]
        who = join_names(names, language) if names else text(language, "disclaimer.authors_unknown")
        disclaimer = self.document.add_paragraph()
        disclaimer_run = disclaimer.add_run(text(language, "disclaimer", authors=who))
        disclaimer_run.italic = True
        from docx.enum.text import WD_BREAK

        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def footer(self) -> None:
        from docx.shared import Pt

        footer = self.document.sections[0].footer
        funding = footer.paragraphs[0]
        funding.text = text(self.language, "footer.funding")
        page = footer.add_paragraph()
        before, rest = text(self.language, "footer.page").split("{page}")
        between, after = rest.split("{pages}")
        page.add_run(before)
        _field(page, "PAGE")
        page.add_run(between)
        _field(page, "NUMPAGES")
        page.add_run(after)
        for paragraph in (funding, page):
            for run in paragraph.runs:
                run.font.size = Pt(8)

    # -- the sections --------------------------------------------------------------------------------

    def body(self, sections: Sequence[Section], comments: Sequence[Comment]) -> None:
        language = self.language
        if not any(section.title.strip() or section.body.strip() for section in sections):
            self._grey(text(language, "deliverable.empty"))
            return
        by_section: dict[str, list[Comment]] = {}
        for comment in comments:
            by_section.setdefault(comment.section_id, []).append(comment)
        known = {section.id for section in sections}
        assert self.title is not None, "the cover comes first"
        for comment in (found for section_id, listed in by_section.items() if section_id not in known
                        for found in listed):  # its section was removed: on the title, its passage quoted
            quoted = text(language, "docx.detached", quote=md.clean(comment.quote)[:200])
            self.document.add_comment(self.title.runs, text=f"{md.clean(comment.text)}\n{quoted}",
                                      author=md.clean(comment.author), initials=_initials(comment.author))
        for section in sections:
            blocks = md.parse(section.body)
            on_title, on_blocks = self._anchored(section, blocks, by_section.get(section.id, []))
            heading = self.paragraph("Heading 1")
            self.runs(heading, md.inline_runs(section.title.strip()) or (md.Run("—"),), on_title)
            if not blocks:
                self._grey(text(language, "deliverable.empty_section"))
            for index, block in enumerate(blocks):
                self.block(block, {key[1:]: notes for key, notes in on_blocks.items() if key[0] == index})

    def block(self, block: md.Block, notes: dict[tuple[int, int], list[_Note]]) -> None:
        here = notes.get((0, 0), [])
        if isinstance(block, md.Heading):
            self.runs(self.paragraph(HEADING_STYLES[block.level]), block.runs, here)
        elif isinstance(block, md.Paragraph):
            self.runs(self.paragraph(), block.runs, here)
        elif isinstance(block, md.ListBlock):
            self.items(block, notes)
        elif isinstance(block, md.Table):
            self.table(block, notes)
        elif isinstance(block, md.Image):
            self.image(block, here)
        else:
            self.rule()

    def items(self, block: md.ListBlock, notes: dict[tuple[int, int], list[_Note]]) -> None:
        current: dict[int, tuple[str, int]] = {}  # level: (numId, last number)
        for index, item in enumerate(block.items):
            level = min(item.level, 2)
            for deeper in [known for known in current if known > level]:
                del current[deeper]
            suffix = f" {level + 1}" if level else ""
            if item.number is None:
                current.pop(level, None)
                paragraph = self.paragraph(f"List Bullet{suffix}")
            else:
                style = f"List Number{suffix}"
                paragraph = self.paragraph(style)
                known = current.get(level)
                if known is None or known[1] != item.number - 1:
                    known = (self._restarted(style, item.number), item.number - 1)
                current[level] = (known[0], item.number)
                _number(paragraph, known[0])
            self.runs(paragraph, item.runs, notes.get((index, 0), []))

    def table(self, block: md.Table, notes: dict[tuple[int, int], list[_Note]]) -> None:
        from docx.oxml import OxmlElement

        table: Any = self.document.add_table(rows=0, cols=block.columns)
        table.style = self.style(TABLE_STYLE)
        for row_index, row in enumerate(block.cells):
            made = table.add_row()
            for column, (cell, runs) in enumerate(zip(made.cells, row, strict=True)):
                paragraph = cell.paragraphs[0]
                self.runs(paragraph, runs, notes.get((row_index, column), []))
                if row_index == 0 and block.header:
                    for run in paragraph.runs:
                        run.bold = True
            if row_index == 0 and block.header:
                header = OxmlElement("w:tblHeader")
                made._tr.get_or_add_trPr().append(header)
        self.document.add_paragraph()

    def image(self, block: md.Image, notes: list[_Note]) -> None:
        from docx.shared import Cm, Emu

        decoded = decode_image(block.path, self.images)
        if isinstance(decoded, str):
            self._grey(text(self.language, f"deliverable.image_{decoded}", path=block.path or "—"))
        else:
            data, width, _height = decoded
            size = Emu(min(Cm(IMAGE_WIDTH_CM), width * 9525))  # 9525 EMU a pixel at 96 dpi
            self.document.add_picture(io.BytesIO(data), width=size)
        if block.caption_runs or notes:
            self.runs(self.paragraph("Caption"), block.caption_runs, notes)

    def rule(self) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        paragraph = self.document.add_paragraph()
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for name, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "8C8C8C")):
            bottom.set(qn(name), value)
        borders.append(bottom)
        element: Any = paragraph._p
        element.get_or_add_pPr().append(borders)

    def _grey(self, message: str) -> None:
        from docx.shared import RGBColor

        run = self.document.add_paragraph().add_run(message)
        run.italic = True
        run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    # -- runs, links, comments -------------------------------------------------------------------------

    def runs(self, paragraph: DocxParagraph, runs: Sequence[md.Run], notes: Sequence[_Note] = ()) -> None:
        """The runs into ``paragraph``, cut where comments start and end, then the comments on them."""
        whole = "".join(run.text for run in runs)
        spans = []
        for note in notes:
            at = whole.find(note.needle) if note.needle else -1
            spans.append((at, at + len(note.needle)) if at >= 0 else (0, len(whole)))
        cuts = sorted({0, len(whole), *(point for span in spans for point in span)})
        made: list[tuple[int, int, DocxRun]] = []
        position = 0
        for run in runs:
            end = position + len(run.text)
            pieces = [cut for cut in cuts if position < cut < end]
            for start, stop in zip([position, *pieces], [*pieces, end], strict=True):
                piece = run.text[start - position:stop - position]
                made.append((start, stop, self._run(paragraph, run, piece)))
            position = end
        for (start, stop), note in zip(spans, notes, strict=True):
            covered = [docx_run for first, last, docx_run in made if first < stop and last > start]
            if not covered:  # nothing to hang it on: an empty paragraph
                covered = [paragraph.add_run("")]
            self.document.add_comment(covered, text=note.text, author=note.author,
                                      initials=_initials(note.author))

    def _run(self, paragraph: DocxParagraph, run: md.Run, content: str) -> DocxRun:
        from docx.shared import RGBColor

        if content == "\n":
            made = paragraph.add_run()
            made.add_break()
            return made
        made = paragraph.add_run()
        if "\t" in content:
            made.text = content
        else:  # python-docx's own setter goes through the text a character at a time
            element: Any = made._r
            element.add_t(content)
        if run.bold:
            made.bold = True
        if run.italic:
            made.italic = True
        if run.code:
            made.font.name = "Courier New"
        if run.link:
            made.underline = True
            made.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            _hyperlink(paragraph, made, run.link)
        return made

    def _anchored(self, section: Section, blocks: Sequence[md.Block], comments: Sequence[Comment]
                  ) -> tuple[list[_Note], dict[tuple[int, int, int], list[_Note]]]:
        """The comments of a section: those on its title, and those on each block as
        ``{(block, item or row, column): notes}``."""
        on_title: list[_Note] = []
        on_blocks: dict[tuple[int, int, int], list[_Note]] = {}
        for comment in comments:
            if comment.start is None:
                quoted = text(self.language, "docx.detached", quote=md.clean(comment.quote)[:200])
                on_title.append(_Note("", f"{md.clean(comment.text)}\n{quoted}", md.clean(comment.author)))
                continue
            note = _Note(_needle(comment.passage), md.clean(comment.text), md.clean(comment.author))
            if comment.field == Field.TITLE:
                on_title.append(note)
                continue
            line = section.body[:comment.start].count("\n")
            key = _place(blocks, line, note.needle)
            if key is None:
                on_title.append(note)
            else:
                on_blocks.setdefault(key, []).append(note)
        return on_title, on_blocks

    def _restarted(self, style: str, start: int) -> str:
        """A new numbering of ``style``'s list definition that starts at ``start`` (each numbered list
        counts from its own first number, as in the PDF)."""
        from docx.oxml.ns import qn

        if style not in self._abstract:
            num_id = self.style(style).element.pPr.numPr.numId.val
            for num in self._numbering.findall(qn("w:num")):
                if num.get(qn("w:numId")) == str(num_id):
                    self._abstract[style] = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        num = self._numbering.add_num(int(self._abstract[style]))
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        return str(num.numId)


def _place(blocks: Sequence[md.Block], line: int, needle: str) -> tuple[int, int, int] | None:
    """The block (and item, or row and column) holding source line ``line``."""
    for index, block in enumerate(blocks):
        first, last = block.lines
        if not first <= line < max(last, first + 1):
            continue
        if isinstance(block, md.ListBlock):
            inside = [number for number, item in enumerate(block.items)
                      if item.lines[0] <= line < item.lines[1]]
            return (index, inside[-1] if inside else 0, 0)
        if isinstance(block, md.Table):
            row = 0 if line <= first else max(0, min(line - first - 1, len(block.rows) - 1))
            columns = [column for column, runs in enumerate(block.cells[row]) if needle
                       and needle in md.plain_of(runs)]
            return (index, row, columns[0] if columns else 0)
        return (index, 0, 0)
    return None


def _needle(passage: str) -> str:
    """What a passage reads as once its marks are gone (its first line: a paragraph is one run of text)."""
    first = next((line for line in passage.split("\n") if line.strip()), "")
    return md.plain_of(md.inline_runs(first.lstrip("#>-*+ 0123456789.)|"))).strip()


def _initials(author: str) -> str:
    return "".join(word[0] for word in author.split() if word)[:4].upper()


def _number(paragraph: DocxParagraph, num_id: str) -> None:
    element: Any = paragraph._p
    num_pr = element.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = int(num_id)


def _hyperlink(paragraph: DocxParagraph, run: DocxRun, url: str) -> None:
    """Put ``run`` inside a hyperlink to ``url`` (python-docx writes no hyperlinks of its own)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    relation = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    element: Any = run._r
    element.addprevious(link)
    link.append(element)


def _field(paragraph: DocxParagraph, instruction: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    value = OxmlElement("w:t")
    value.text = "1"
    run.append(value)
    field.append(run)
    element: Any = paragraph._p
    element.append(field)


def _set_language(document: Document, language: str) -> None:
    """The proofing language of the text (Word's spelling checker)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = document.styles.element.find(qn("w:docDefaults"))
    if properties is None:
        return
    run_defaults = properties.find(qn("w:rPrDefault"))
    if run_defaults is None:
        return
    run_properties = run_defaults.find(qn("w:rPr"))
    if run_properties is None:
        return
    lang = run_properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run_properties.append(lang)
    lang.set(qn("w:val"), _LANGUAGE_TAGS[language])
