"""A Word file (.docx: terms of reference, a counterpart's draft) as sections of a deliverable.

``import_docx(path)`` reads the file and gives an ``ImportResult``: its headings of the highest level
become sections (the deeper ones ``#`` to ``###`` in their text), its paragraphs, lists (nested, numbered
or not), tables, bold, italic and links the sections' Markdown (``reports.markdown``'s dialect), its
comments comments on the passages they covered, with their authors, its pictures the deliverable's
(``attach_images`` attaches them and writes their references). Tracked changes are taken as accepted
(insertions kept, deletions left out). What cannot be carried over (text boxes, footnotes, endnotes,
pictures in tables or headings or of a format the reports cannot print, embedded objects, equations,
headers and footers, a comment without a passage) is counted in ``ImportResult.skipped``, for the person
to be told: nothing is dropped silently. ``add_to_document`` puts the result into a deliverable's
document.

The file is not trusted: it is read here, with lxml and no python-docx, part by part from the zip with
bounded sizes (a zip bomb stops at the bound), with a parser that resolves no entity, loads no DTD and
reaches no network; a part with a DTD is refused. Whatever is wrong gives a ``DocxImportError`` whose
``problem`` says what (an old .doc, not a Word file, damaged, too large). No Qt here.
"""

from __future__ import annotations

import dataclasses
import io
import posixpath
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from lxml import etree

from socieux_desktop.collab.document import DeliverableDocument, Field

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_PART_BYTES = 64 * 1024 * 1024
"""The largest part read out of the zip, once uncompressed (a 1,000-page document.xml is ~20 MB)."""
MAX_TOTAL_BYTES = 160 * 1024 * 1024
MAX_ENTRIES = 10_000
MAX_HEADING_DEPTH = 3
MAX_IMAGES = 500
_PLACEHOLDER = "docx-image:"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_OFFICE_DOCUMENT = ("/officeDocument",)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_LINE_START = re.compile(r"^(\s*)(?:([#>=]|[-+](?=\s|$)|-(?=-))|(\d{1,9})([.)]))")
"""What opens a block at the start of a line: a heading, a quote, a list item, a rule."""
_LINK_SCHEMES = ("http://", "https://", "mailto:", "ftp://")


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


class DocxProblem(StrEnum):
    OLD_WORD = "old_word"  # a .doc (or a file protected by a password: the same kind of container)
    NOT_WORD = "not_word"  # not a zip, or a zip without a Word document
    DAMAGED = "damaged"  # a Word document whose parts cannot be read
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"  # the file itself cannot be opened


class DocxImportError(Exception):
    """What is wrong with a file that was to be read as a Word document."""

    def __init__(self, problem: DocxProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


class Skipped(StrEnum):
    """What a Word file may hold that a deliverable's text cannot."""

    TEXT_BOX = "text_box"
    FOOTNOTE = "footnote"
    ENDNOTE = "endnote"
    IMAGE = "image"
    OBJECT = "object"  # embedded objects, charts, diagrams
    EQUATION = "equation"
    HEADER_FOOTER = "header_footer"
    COMMENT = "comment"  # a comment whose passage could not be found


@dataclass(frozen=True, slots=True)
class ImportedSection:
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class ImportedComment:
    section: int  # index in ``ImportResult.sections``
    field: Field
    start: int  # code points of that field, start < end
    end: int
    author: str
    text: str


@dataclass(frozen=True, slots=True)
class ImportedImage:
    """A picture of the Word file: its reference in the text until it is attached (``attach_images``)."""

    placeholder: str
    name: str  # its name in the Word file (word/media/image1.png)
    data: bytes


@dataclass(frozen=True, slots=True)
class ImportResult:
    title: str
    """The document's title (its Title paragraph), else the file's name."""
    sections: tuple[ImportedSection, ...]
    comments: tuple[ImportedComment, ...] = ()
    skipped: tuple[tuple[Skipped, int], ...] = ()
    """What was not carried over, and how many of each."""
    changes_accepted: int = 0
    """Tracked insertions and deletions taken as accepted."""
    images: tuple[ImportedImage, ...] = ()
    """The pictures, each written ``![caption](<placeholder>)`` in the text until ``attach_images``."""


def import_docx(path: Path) -> ImportResult:
    """Read the Word file at ``path``. Raises ``DocxImportError``."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocxImportError(DocxProblem.TOO_LARGE, f"{size} bytes")
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise DocxImportError(DocxProblem.UNREADABLE, error.strerror or str(error)) from error
    return read_docx(data, fallback_title=path.stem)


def read_docx(data: bytes, fallback_title: str = "") -> ImportResult:
    """Read a Word file's bytes. Raises ``DocxImportError``."""
    if len(data) > MAX_FILE_BYTES:
        raise DocxImportError(DocxProblem.TOO_LARGE, f"{len(data)} bytes")
    if data.startswith(_OLE_MAGIC):
        raise DocxImportError(DocxProblem.OLD_WORD)
    package = _Package(data)
    return _Reader(package).read(fallback_title)


def add_to_document(document: DeliverableDocument, result: ImportResult, *, index: int | None = None,
                    ) -> list[str]:
    """Add the result's sections to ``document`` before the section at ``index`` (at the end if None), in
    one transaction (one step for undo), then its comments; the new sections' ids."""
    from socieux_desktop.collab.annotations import Comments

    ids: list[str] = []
    with document.transaction():
        for number, section in enumerate(result.sections):
            at = None if index is None else index + number
            ids.append(document.add_section(section.title, section.body, index=at))
    comments = Comments(document)
    for comment in result.comments:
        try:
            comments.add(ids[comment.section], comment.field, comment.start, comment.end, comment.text,
                         comment.author)
        except (ValueError, IndexError):  # an empty comment: nothing to say
            continue
    return ids


def attach_images(result: ImportResult, attach: Callable[[str, bytes], str | None]) -> ImportResult:
    """The result with each picture's placeholder replaced by the reference ``attach(name, data)`` gives
    (the picture attached to the deliverable, ``store.images``), or the picture taken out when it gives
    None (a format the reports cannot print: counted as left out); comments keep their passages."""
    pattern = re.compile(r"!\[(?:[^\]\\]|\\.)*\]\((" + re.escape(_PLACEHOLDER) + r"\d+)\)")
    written = {match.group(1) for section in result.sections for match in pattern.finditer(section.body)}
    # A picture in a table cell or a heading has no place in the text: left out, not attached.
    references = {image.placeholder: attach(image.name, image.data) if image.placeholder in written else None
                  for image in result.images}
    refused = sum(1 for reference in references.values() if reference is None)
    sections: list[ImportedSection] = []
    shifts: list[list[tuple[int, int, int]]] = []  # per section: (old start, old end, new length)
    for section in result.sections:
        edits: list[tuple[int, int, int]] = []
        parts: list[str] = []
        position = 0
        for match in pattern.finditer(section.body):
            reference = references.get(match.group(1))
            if reference is None:
                start, end, replacement = match.start(), match.end(), ""
            else:
                start, end, replacement = match.start(1), match.end(1), reference
            parts.append(section.body[position:start])
            parts.append(replacement)
            edits.append((start, end, len(replacement)))
            position = end
        parts.append(section.body[position:])
        sections.append(ImportedSection(section.title, "".join(parts)))
        shifts.append(edits)

    def moved(section: int, offset: int) -> int:
        shift = 0
        for start, end, length in shifts[section]:
            if offset >= end:
                shift += length - (end - start)
            elif offset > start:
                return start + shift + min(offset - start, length)
        return offset + shift

    comments = []
    for comment in result.comments:
        if comment.field == Field.BODY:
            start, end = moved(comment.section, comment.start), moved(comment.section, comment.end)
            if start >= end:
                continue
            comment = dataclasses.replace(comment, start=start, end=end)
        comments.append(comment)
    skipped = dict(result.skipped)
    if refused:
        skipped[Skipped.IMAGE] = skipped.get(Skipped.IMAGE, 0) + refused
    return dataclasses.replace(
        result, sections=tuple(sections), comments=tuple(comments), images=(),
        skipped=tuple((kind, skipped[kind]) for kind in Skipped if skipped.get(kind)))


# -- the package ---------------------------------------------------------------------------------------


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False,
                           dtd_validation=False, remove_comments=True, remove_pis=True)


class _Package:
    """The zip's parts, read with bounds; XML parsed without entities or DTDs."""

    def __init__(self, data: bytes) -> None:
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
            raise DocxImportError(DocxProblem.NOT_WORD, str(error)) from error
        if len(infos) > MAX_ENTRIES:
            raise DocxImportError(DocxProblem.TOO_LARGE, f"{len(infos)} parts")
        self.names = {info.filename for info in infos}
        self.read_bytes = 0

    def read(self, name: str) -> bytes | None:
        if name not in self.names:
            return None
        try:
            info = self.zip.getinfo(name)
            if info.file_size > MAX_PART_BYTES:
                raise DocxImportError(DocxProblem.TOO_LARGE, f"{name}: {info.file_size} bytes")
            with self.zip.open(info) as part:
                data = part.read(MAX_PART_BYTES + 1)  # the header's size may lie
        except DocxImportError:
            raise
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError,
                NotImplementedError) as error:
            raise DocxImportError(DocxProblem.DAMAGED, f"{name}: {error}") from error
        self.read_bytes += len(data)
        if len(data) > MAX_PART_BYTES or self.read_bytes > MAX_TOTAL_BYTES:
            raise DocxImportError(DocxProblem.TOO_LARGE, name)
        return data

    def xml(self, name: str) -> Any:
        data = self.read(name)
        if data is None:
            return None
        try:
            root = etree.fromstring(data, _parser())
        except (etree.XMLSyntaxError, ValueError) as error:
            raise DocxImportError(DocxProblem.DAMAGED, f"{name}: {error}") from error
        if root.getroottree().docinfo.doctype:
            raise DocxImportError(DocxProblem.DAMAGED, f"{name}: a DTD")
        return root

    def relationships(self, part: str) -> dict[str, tuple[str, str, bool]]:
        """``{id: (type, target, external)}`` of a part (targets of internal parts made absolute)."""
        folder, name = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", f"{name}.rels"))
        found: dict[str, tuple[str, str, bool]] = {}
        if root is None:
            return found
        for relation in root.iter(f"{{{_PR}}}Relationship"):
            external = relation.get("TargetMode") == "External"
            target = relation.get("Target") or ""
            if not external:
                target = posixpath.normpath(posixpath.join(folder, target)).lstrip("/")
            found[relation.get("Id") or ""] = (relation.get("Type") or "", target, external)
        return found


# -- reading the document ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Style:
    name: str = ""
    based_on: str = ""
    heading: int | None = None
    title: bool = False
    num: tuple[str, int] | None = None
    list_level: int = 0  # "List Bullet 2": a level deeper (Word's built-in list styles nest by style)
    bold: bool | None = None
    italic: bool | None = None


@dataclass(frozen=True, slots=True)
class _Kind:
    """What a paragraph is: a heading (its level), the title, a list item (its numbering ``(numId,
    level)`` and its nesting level), by its style and its own properties."""

    heading: int | None
    title: bool
    num: tuple[str, int] | None
    level: int
    style_id: str


@dataclass(slots=True)
class _Piece:
    """Inline content of a paragraph: text with its formatting, or a comment's start or end."""

    text: str = ""
    bold: bool = False
    italic: bool = False
    link: str | None = None
    anchor: tuple[str, bool] | None = None  # comment id, True at its start
    raw: str | None = None  # Markdown written as it is (a picture's reference)


@dataclass(slots=True)
class _Target:
    """Where text is being written: a section's title or body."""

    section: int
    field: Field
    parts: list[str] = dataclasses.field(default_factory=list)
    length: int = 0
    last: str = ""  # kind of the last block ("list" or "block")

    def add(self, text: str, kind: str) -> int:
        """Append a block; the offset where it starts."""
        if self.parts:
            separator = "\n" if kind == "list" and self.last == "list" else "\n\n"
            self.parts.append(separator)
            self.length += len(separator)
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        self.last = kind
        return start


class _Reader:
    def __init__(self, package: _Package) -> None:
        self.package = package
        self.skipped: Counter[Skipped] = Counter()
        self.changes = 0
        self.styles: dict[str, _Style] = {}
        self.formats: dict[tuple[str, int], tuple[bool, int]] = {}  # (numId, level): (ordered, start)
        self.counters: dict[str, dict[int, int]] = {}
        self.links: dict[str, tuple[str, str, bool]] = {}
        self.titles: list[str] = []
        self.sections: list[tuple[_Target, _Target]] = []
        self.anchors: dict[str, list[tuple[int, Field, int]]] = {}  # comment id: [(section, field, offset)]
        self.list_indents: dict[int, int] = {}
        self.joined: dict[tuple[int, Field], str] = {}
        self.images: list[ImportedImage] = []

    def read(self, fallback_title: str) -> ImportResult:
        main = self._main_part()
        self.links = self.package.relationships(main)
        by_type = {kind.rsplit("/", 1)[-1]: target for kind, target, external in self.links.values()
                   if not external}
        self._read_styles(by_type.get("styles"))
        self._read_numbering(by_type.get("numbering"))
        self._count_headers(target for kind, target, external in self.links.values()
                            if not external and kind.rsplit("/", 1)[-1] in ("header", "footer"))
        root = self.package.xml(main)
        body = root.find(_w("body")) if root is not None else None
        if body is None:
            raise DocxImportError(DocxProblem.DAMAGED, "no document body")
        section_level = self._section_level(body)
        self._blocks(body, section_level)
        comments = self._comments(by_type.get("comments"))
        sections = tuple(ImportedSection("".join(title.parts), "".join(text.parts))
                         for title, text in self.sections)
        title = next((text for text in self.titles if text.strip()), "") or fallback_title
        skipped = tuple((kind, self.skipped[kind]) for kind in Skipped if self.skipped[kind])
        return ImportResult(title.strip(), sections, comments, skipped, self.changes, tuple(self.images))

    def _main_part(self) -> str:
        for kind, target, external in self.package.relationships("").values():
            if kind.endswith(_OFFICE_DOCUMENT) and not external:
                return target
        if "word/document.xml" in self.package.names:
            return "word/document.xml"
        raise DocxImportError(DocxProblem.NOT_WORD, "no Word document in the file")

    # -- styles and numbering -------------------------------------------------------------------------

    def _read_styles(self, part: str | None) -> None:
        root = self.package.xml(part) if part else None
        if root is None:
            return
        for style in root.iter(_w("style")):
            style_id = style.get(_w("styleId")) or ""
            found = _Style()
            name = style.find(_w("name"))
            found.name = (name.get(_w("val")) or "") if name is not None else ""
            based = style.find(_w("basedOn"))
            found.based_on = (based.get(_w("val")) or "") if based is not None else ""
            lowered = found.name.lower()
            match = re.fullmatch(r"heading\s*(\d)", lowered)
            if match:
                found.heading = int(match.group(1))
            found.title = lowered == "title"
            nested = re.fullmatch(r"list (?:bullet|number|continue|paragraph)\s*(\d)", lowered)
            found.list_level = max(0, int(nested.group(1)) - 1) if nested else 0
            properties = style.find(_w("pPr"))
            if properties is not None:
                outline = properties.find(_w("outlineLvl"))
                if found.heading is None and outline is not None and (outline.get(_w("val")) or "").isdigit():
                    level = int(outline.get(_w("val")) or "9")
                    found.heading = level + 1 if level < 9 else None
                found.num = _num(properties)
            run_properties = style.find(_w("rPr"))
            if run_properties is not None:
                found.bold = _toggle(run_properties, "b")
                found.italic = _toggle(run_properties, "i")
            self.styles[style_id] = found

    def _style(self, style_id: str) -> Iterator[_Style]:
        """The style and those it is based on, nearest first."""
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            style_id = style.based_on

    def _read_numbering(self, part: str | None) -> None:
        root = self.package.xml(part) if part else None
        if root is None:
            return
        abstract: dict[str, dict[int, tuple[bool, int]]] = {}
        for definition in root.iter(_w("abstractNum")):
            levels: dict[int, tuple[bool, int]] = {}
            for level in definition.iter(_w("lvl")):
                number = _int(level.get(_w("ilvl")), 0)
                fmt = level.find(_w("numFmt"))
                kind = (fmt.get(_w("val")) or "decimal") if fmt is not None else "decimal"
                start = level.find(_w("start"))
                levels[number] = (kind not in ("bullet", "none"), _int(
                    start.get(_w("val")) if start is not None else None, 1))
            abstract[definition.get(_w("abstractNumId")) or ""] = levels
        for num in root.iter(_w("num")):
            num_id = num.get(_w("numId")) or ""
            reference = num.find(_w("abstractNumId"))
            levels = dict(abstract.get((reference.get(_w("val")) or "") if reference is not None else "", {}))
            for override in num.iter(_w("lvlOverride")):
                number = _int(override.get(_w("ilvl")), 0)
                start = override.find(_w("startOverride"))
                if start is not None and number in levels:
                    levels[number] = (levels[number][0], _int(start.get(_w("val")), 1))
            for number, value in levels.items():
                self.formats[(num_id, number)] = value

    def _count_headers(self, parts: Iterable[str]) -> None:
        for part in parts:
            root = self.package.xml(part)
            if root is not None and any((text.text or "").strip() for text in root.iter(_w("t"))):
                self.skipped[Skipped.HEADER_FOOTER] += 1

    # -- blocks ----------------------------------------------------------------------------------------

    def _section_level(self, body: Any) -> int:
        """The highest heading level used: its headings start sections."""
        levels = [level for paragraph in body.iter(_w("p"))
                  if (level := self._paragraph_style(paragraph).heading) is not None]
        return min(levels, default=1)

    def _paragraph_style(self, paragraph: Any) -> _Kind:
        properties = paragraph.find(_w("pPr"))
        style_id = ""
        num = None
        if properties is not None:
            style = properties.find(_w("pStyle"))
            style_id = (style.get(_w("val")) or "") if style is not None else ""
            num = _num(properties)
            outline = properties.find(_w("outlineLvl"))
        else:
            outline = None
        heading: int | None = None
        title = False
        nested = 0
        for style in self._style(style_id):
            if heading is None and style.heading is not None:
                heading = style.heading
            title = title or style.title
            nested = nested or style.list_level
            if num is None and style.num is not None:
                num = style.num
        if outline is not None and (outline.get(_w("val")) or "").isdigit():
            level = int(outline.get(_w("val")) or "9")
            heading = level + 1 if level < 9 else heading
        if num is not None and num[0] in ("", "0"):
            num = None
        return _Kind(heading, title, num, (num[1] if num else 0) + nested, style_id)

    def _blocks(self, container: Any, section_level: int) -> None:
        for element in container:
            tag = element.tag
            if tag == _w("p"):
                self._paragraph(element, section_level)
            elif tag == _w("tbl"):
                self._table(element)
            elif tag in (_w("sdt"),):
                content = element.find(_w("sdtContent"))
                if content is not None:
                    self._blocks(content, section_level)
            elif tag in (_w("customXml"), _w("ins"), _w("moveTo")):
                if tag != _w("customXml"):
                    self.changes += 1
                self._blocks(element, section_level)
            elif tag in (_w("del"), _w("moveFrom")):
                self.changes += 1
            elif tag == f"{{{_MC}}}AlternateContent":
                choice = _alternative(element)
                if choice is not None:
                    self._blocks(choice, section_level)

    def _target(self, field: Field) -> _Target:
        if not self.sections:
            self.sections.append((_Target(0, Field.TITLE), _Target(0, Field.BODY)))
        title, body = self.sections[-1]
        return title if field == Field.TITLE else body

    def _paragraph(self, paragraph: Any, section_level: int) -> None:
        kind = self._paragraph_style(paragraph)
        heading, num = kind.heading, kind.num
        defaults = (False, False) if heading is not None or kind.title else self._run_defaults(kind.style_id)
        pieces = list(self._inline(paragraph, defaults))
        if kind.title and not self.titles:
            self.titles.append(_plain(pieces))
            if self.sections:
                self._anchors_to(pieces, self._target(Field.BODY))
            return
        if heading is not None and heading <= section_level:
            number = len(self.sections)
            self.sections.append((_Target(number, Field.TITLE), _Target(number, Field.BODY)))
            self.list_indents.clear()
            markdown, offsets = _markdown(pieces, plain_style=True)
            target = self._target(Field.TITLE)
            target.parts.append(markdown)
            target.length = len(markdown)
            self._record(offsets, target, 0)
            return
        if not _plain(pieces).strip():
            self._anchors_to(pieces, self._target(Field.BODY))
            properties = paragraph.find(_w("pPr"))
            borders = properties.find(_w("pBdr")) if properties is not None else None
            if borders is not None and borders.find(_w("bottom")) is not None:  # a line across: a rule
                self.list_indents.clear()
                self._target(Field.BODY).add("---", "block")
            return
        target = self._target(Field.BODY)
        if heading is not None:
            depth = min(heading - section_level, MAX_HEADING_DEPTH)
            prefix, kind_of = "#" * depth + " ", "block"
            self.list_indents.clear()
        elif num is not None and num in self.formats:
            prefix, kind_of = self._list_prefix(num, kind.level), "list"
        else:
            prefix, kind_of = "", "block"
            self.list_indents.clear()
        markdown, offsets = _markdown(pieces, line_start=not prefix)
        start = target.add(prefix + markdown, kind_of)
        self._record(offsets, target, start + len(prefix))

    def _list_prefix(self, num: tuple[str, int], level: int) -> str:
        """The item's indentation and marker: numbered as Word numbers it (per list, a level restarting
        after an item above it), indented under the text of the item above."""
        num_id, number_level = num
        ordered, first = self.formats[num]
        levels = self.counters.setdefault(num_id, {})
        for deeper in [known for known in levels if known > number_level]:
            del levels[deeper]
        levels[number_level] = levels.get(number_level, first - 1) + 1
        for deeper in [known for known in self.list_indents if known > level]:
            del self.list_indents[deeper]
        shallower = [known for known in self.list_indents if known < level]
        indent = self.list_indents[max(shallower)] if shallower else 0
        marker = f"{levels[number_level]}. " if ordered else "- "
        self.list_indents[level] = indent + len(marker)
        return " " * indent + marker

    def _table(self, table: Any) -> None:
        rows: list[list[tuple[str, list[tuple[str, bool, int]]]]] = []
        for row in table.iter(_w("tr")):
            if _ancestor_table(row) is not table:
                continue
            properties = row.find(_w("trPr"))
            if properties is not None and properties.find(_w("del")) is not None:
                self.changes += 1
                continue
            cells: list[tuple[str, list[tuple[str, bool, int]]]] = []
            for cell in row:
                if cell.tag == _w("tc"):
                    cells.extend(self._cell(cell, header=not rows))
            if cells:
                rows.append(cells)
        if not rows:
            return
        width = max(len(row) for row in rows)
        lines: list[str] = []
        anchors: list[tuple[str, bool, int]] = []
        length = 0
        for number, row in enumerate(rows):
            row = row + [("", [])] * (width - len(row))
            line = "|"
            for text, offsets in row:
                line += " "
                anchors.extend((comment, start, length + len(line) + offset)
                               for comment, start, offset in offsets)
                line += text + " |"
            lines.append(line)
            length += len(line) + 1
            if number == 0:
                separator = "|" + "---|" * width
                lines.append(separator)
                length += len(separator) + 1
        self.list_indents.clear()
        target = self._target(Field.BODY)
        start = target.add("\n".join(lines), "block")
        self._record(anchors, target, start)

    def _cell(self, cell: Any, *, header: bool) -> list[tuple[str, list[tuple[str, bool, int]]]]:
        """A cell's text on one line (its paragraphs joined), and the empty cells it spans. A header
        cell all in bold is written plain: the header's look is the table's."""
        properties = cell.find(_w("tcPr"))
        span = 1
        merged = False
        if properties is not None:
            grid = properties.find(_w("gridSpan"))
            span = max(1, min(_int(grid.get(_w("val")) if grid is not None else None, 1), 64))
            vertical = properties.find(_w("vMerge"))
            merged = vertical is not None and vertical.get(_w("val")) in (None, "continue")
        texts: list[str] = []
        anchors: list[tuple[str, bool, int]] = []
        length = 0
        for paragraph in cell.iter(_w("p")):
            kind = self._paragraph_style(paragraph)
            pieces = list(self._inline(paragraph, self._run_defaults(kind.style_id)))
            if not _plain(pieces).strip():
                continue
            bold = header and all(piece.bold for piece in pieces
                                  if piece.anchor is None and piece.text.strip())
            markdown, offsets = _markdown(pieces, line_start=False, in_table=True, no_bold=bold)
            prefix = "• " if kind.num is not None else ""
            if texts:
                length += 1
            anchors.extend((comment, start, length + len(prefix) + offset)
                           for comment, start, offset in offsets)
            texts.append(prefix + markdown)
            length += len(prefix) + len(markdown)
        text = "" if merged and not texts else " ".join(texts)
        return [(text, anchors)] + [("", [])] * (span - 1)

    # -- inline content --------------------------------------------------------------------------------

    def _run_defaults(self, style_id: str) -> tuple[bool, bool]:
        bold = italic = None
        for style in self._style(style_id):
            bold = style.bold if bold is None else bold
            italic = style.italic if italic is None else italic
        return bool(bold), bool(italic)

    def _inline(self, element: Any, defaults: tuple[bool, bool], link: str | None = None,
                field_state: list[str] | None = None) -> Iterator[_Piece]:
        state = field_state if field_state is not None else ["result"]
        for child in element:
            tag = child.tag
            if tag == _w("r"):
                yield from self._run(child, defaults, link, state)
            elif tag == _w("hyperlink"):
                relation = self.links.get(child.get(f"{{{_R}}}id") or "")
                target = relation[1] if relation is not None and relation[2] else None
                if target is not None and not target.lower().startswith(_LINK_SCHEMES):
                    target = None
                yield from self._inline(child, defaults, target or link, state)
            elif tag in (_w("ins"), _w("moveTo")):
                self.changes += 1
                yield from self._inline(child, defaults, link, state)
            elif tag in (_w("del"), _w("moveFrom")):
                self.changes += 1
            elif tag in (_w("smartTag"), _w("customXml"), _w("fldSimple"), _w("bdo"), _w("dir")):
                yield from self._inline(child, defaults, link, state)
            elif tag == _w("sdt"):
                content = child.find(_w("sdtContent"))
                if content is not None:
                    yield from self._inline(content, defaults, link, state)
            elif tag == _w("commentRangeStart"):
                yield _Piece(anchor=(child.get(_w("id")) or "", True))
            elif tag == _w("commentRangeEnd"):
                yield _Piece(anchor=(child.get(_w("id")) or "", False))
            elif tag in (f"{{{_M}}}oMath", f"{{{_M}}}oMathPara"):
                self.skipped[Skipped.EQUATION] += 1
            elif tag == f"{{{_MC}}}AlternateContent":
                choice = _alternative(child)
                if choice is not None:
                    yield from self._inline(choice, defaults, link, state)

    def _run(self, run: Any, defaults: tuple[bool, bool], link: str | None, state: list[str]
             ) -> Iterator[_Piece]:
        bold, italic = defaults
        properties = run.find(_w("rPr"))
        if properties is not None:
            style = properties.find(_w("rStyle"))
            if style is not None:
                style_bold, style_italic = self._run_defaults(style.get(_w("val")) or "")
                bold, italic = bold or style_bold, italic or style_italic
            found = _toggle(properties, "b")
            bold = bold if found is None else found
            found = _toggle(properties, "i")
            italic = italic if found is None else found
        for child in run:
            tag = child.tag
            text = None
            if tag == _w("fldChar"):
                kind = child.get(_w("fldCharType"))
                state[0] = "instruction" if kind == "begin" else "result"
            elif state[0] == "instruction":
                continue
            elif tag == _w("t"):
                text = child.text or ""
            elif tag == _w("tab") or tag == _w("ptab"):
                text = " "
            elif tag in (_w("br"), _w("cr")):
                text = "\n" if child.get(_w("type")) in (None, "textWrapping") else " "
            elif tag == _w("noBreakHyphen"):
                text = "-"
            elif tag == _w("drawing"):
                picture = self._drawing(child)
                if picture is not None:
                    yield _Piece(raw=picture)
            elif tag == _w("pict"):
                self.skipped[Skipped.TEXT_BOX if _has(child, "txbxContent") else Skipped.IMAGE] += 1
            elif tag == _w("object"):
                self.skipped[Skipped.OBJECT] += 1
            elif tag == _w("footnoteReference"):
                self.skipped[Skipped.FOOTNOTE] += 1
            elif tag == _w("endnoteReference"):
                self.skipped[Skipped.ENDNOTE] += 1
            elif tag == f"{{{_MC}}}AlternateContent":
                choice = _alternative(child)
                if choice is not None:
                    wrapper = etree.Element(_w("r"))
                    wrapper.extend(list(choice))
                    yield from self._run(wrapper, defaults, link, state)
            if text:
                yield _Piece(_CONTROL.sub("", text), bold, italic, link)

    def _drawing(self, drawing: Any) -> str | None:
        """A picture as ``![caption](placeholder)`` (its bytes kept for ``attach_images``); a text box,
        a chart, a linked picture or one that cannot be read is counted as left out."""
        if _has(drawing, "txbxContent"):
            self.skipped[Skipped.TEXT_BOX] += 1
            return None
        if not any(isinstance(element.tag, str) and element.tag.endswith("}pic")
                   for element in drawing.iter()):
            self.skipped[Skipped.OBJECT] += 1
            return None
        blip = next((element for element in drawing.iter() if isinstance(element.tag, str)
                     and element.tag.endswith("}blip")), None)
        relation = self.links.get(blip.get(f"{{{_R}}}embed") or "") if blip is not None else None
        data = None
        if relation is not None and not relation[2] and len(self.images) < MAX_IMAGES:
            try:
                data = self.package.read(relation[1])
            except DocxImportError as error:
                if error.problem is not DocxProblem.DAMAGED:
                    raise
        if not data:
            self.skipped[Skipped.IMAGE] += 1
            return None
        described = next((element for element in drawing.iter() if isinstance(element.tag, str)
                          and element.tag.endswith("}docPr")), None)
        caption = _CONTROL.sub("", (described.get("descr") or "") if described is not None else "")
        caption = " ".join(caption.split())[:200]
        placeholder = f"{_PLACEHOLDER}{len(self.images) + 1}"
        self.images.append(ImportedImage(placeholder, posixpath.basename(relation[1]) if relation else "",
                                         data))
        return f"![{_escape(caption, at_line_start=False)}]({placeholder})"

    # -- comments --------------------------------------------------------------------------------------

    def _anchors_to(self, pieces: Sequence[_Piece], target: _Target) -> None:
        """Comments starting or ending in a paragraph that gives no text: at the end of what precedes."""
        for piece in pieces:
            if piece.anchor is not None:
                comment = piece.anchor[0]
                self.anchors.setdefault(comment, []).append((target.section, target.field, target.length))

    def _record(self, offsets: Iterable[tuple[str, bool, int]], target: _Target, base: int) -> None:
        for comment, _is_start, offset in offsets:
            self.anchors.setdefault(comment, []).append((target.section, target.field, base + offset))

    def _comments(self, part: str | None) -> tuple[ImportedComment, ...]:
        root = self.package.xml(part) if part else None
        if root is None:
            return ()
        made: list[ImportedComment] = []
        for comment in root.iter(_w("comment")):
            comment_id = comment.get(_w("id")) or ""
            words = "\n".join(
                "".join(_CONTROL.sub("", t.text or "") for t in paragraph.iter(_w("t")))
                for paragraph in comment.iter(_w("p"))).strip()
            author = _CONTROL.sub("", comment.get(_w("author")) or "").strip()
            if not words:
                continue
            placed = self._place(self.anchors.get(comment_id, []))
            if placed is None:
                self.skipped[Skipped.COMMENT] += 1
                continue
            section, field_, start, end = placed
            made.append(ImportedComment(section, field_, start, end, author, words))
        return tuple(made)

    def _text(self, section: int, field_: Field) -> str:
        """A section's title or body as written (joined once, however many comments ask)."""
        key = (section, field_)
        if key not in self.joined:
            title, body = self.sections[section]
            self.joined[key] = "".join((title if field_ == Field.TITLE else body).parts)
        return self.joined[key]

    def _place(self, anchors: Sequence[tuple[int, Field, int]]) -> tuple[int, Field, int, int] | None:
        """A comment's span from its marks: from the first to the last in the field of the first, widened
        to the word around it when the marks meet (Word allows a comment on a point)."""
        if not anchors or not self.sections:
            return None
        section, field_, start = anchors[0]
        ends = [offset for where, kind, offset in anchors[1:] if (where, kind) == (section, field_)]
        text = self._text(section, field_)
        end = max(ends, default=start)
        start, end = min(start, len(text)), min(end, len(text))
        if start >= end:
            start, end = _word_around(text, start)
        if start >= end:
            return None
        return section, field_, start, end


# -- Markdown out of pieces ------------------------------------------------------------------------------


def _markdown(pieces: Sequence[_Piece], *, line_start: bool = True, in_table: bool = False,
              plain_style: bool = False, no_bold: bool = False) -> tuple[str, list[tuple[str, bool, int]]]:
    """A paragraph's pieces as one line of Markdown (a line break: ``\\`` and a new line; in a table, a
    space), and where each comment mark falls in it. ``plain_style``: no bold nor italic (a title);
    ``no_bold``: no bold (a table's header, bold all through)."""
    out: list[str] = []
    length = 0
    anchors: list[tuple[str, bool, int]] = []
    groups: list[tuple[tuple[bool, bool, str | None] | None, list[_Piece]]] = []
    for piece in pieces:
        key = None if piece.anchor is not None or piece.raw is not None else (
            (False, False, None) if plain_style else (piece.bold and not no_bold, piece.italic, piece.link))
        if key is not None and groups and groups[-1][0] == key:
            groups[-1][1].append(piece)
        else:
            groups.append((key, [piece]))
    texts: list[str | None] = []  # each group's text as written (None: a comment's mark)
    first_text = True
    for key, members in groups:
        if key is None:
            texts.append(None if members[0].anchor is not None else
                         "" if in_table or plain_style else members[0].raw)
            continue
        text = "".join(member.text for member in members)
        if in_table:
            text = text.replace("\n", " ")
        if first_text:
            text = text.lstrip(" \t")
        texts.append(text)
        first_text = first_text and not text
    italic_marks = _italic_marks(groups, texts)
    stack: list[str] = []  # the marks open, outermost first
    pending = ""  # spaces after the last text, written once the marks before them are closed
    waiting: list[tuple[str, bool]] = []  # comment marks met since

    def write(part: str) -> None:
        nonlocal length
        out.append(part)
        length += len(part)

    def settle(wanted: list[str], lead: str = "") -> None:
        """Close the open marks not wanted, write the spaces, open those wanted (a mark closes only
        after a character that is not a space, and opens only before one); ``lead``, the spaces the
        next text starts with, go after the comment marks met before it."""
        nonlocal pending
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] == wanted[keep]:
            keep += 1
        for mark in reversed(stack[keep:]):
            write(mark)
        del stack[keep:]
        anchors.extend((comment, False, length) for comment, is_start in waiting if not is_start)
        write(pending)
        pending = ""
        anchors.extend((comment, True, length) for comment, is_start in waiting if is_start)
        waiting.clear()
        write(lead)
        for mark in wanted[keep:]:
            write(mark)
            stack.append(mark)

    at_start = True
    for index, ((key, members), written) in enumerate(zip(groups, texts, strict=True)):
        if key is None and members[0].anchor is not None:
            waiting.append(members[0].anchor)
            continue
        if key is None:  # a picture: outside any mark
            if written:
                settle([])
                write(written)
                at_start = False
            continue
        if not written:
            continue
        bold, italic, link = key
        body = _escape(written, at_line_start=line_start and at_start)
        at_start = False
        core = body.strip(" ")
        if not core:
            pending += body
            continue
        lead = body[:len(body) - len(body.lstrip(" "))]
        trail = body[len(body.rstrip(" ")):]
        desired = [mark for mark, wanted in (("**", bold), (italic_marks[index], italic)) if wanted]
        if link:
            settle([], lead)
            marks = "".join(desired)
            write(f"[{marks}{core}{marks[::-1]}]({_url(link)})")
        else:
            ordered = [mark for mark in stack if mark in desired]
            ordered += [mark for mark in desired if mark not in ordered]
            settle(ordered, lead)
            write(core)
        pending = trail
    pending = ""
    settle([])
    markdown = "".join(out).rstrip(" ")
    # A comment mark past the end (trailing spaces dropped) falls at the end.
    return markdown, [(comment, is_start, min(offset, len(markdown)))
                      for comment, is_start, offset in anchors]


def _italic_marks(groups: Sequence[tuple[object, Sequence[_Piece]]], texts: Sequence[str | None]
                  ) -> list[str]:
    """The italic mark of each group: ``*``, as the editor's button writes it, or ``_`` for a run of italic
    groups beside bold text and between word boundaries (its marks never run into the ``**`` of the bold:
    ``***`` can be read more than one way; ``_`` cannot open or close inside a word)."""
    marks = ["*"] * len(texts)
    index = 0
    while index < len(texts):
        key = groups[index][0]
        if not (isinstance(key, tuple) and key[1] and texts[index]):
            index += 1
            continue
        end = index
        while end + 1 < len(texts) and (texts[end + 1] is None or (
                isinstance(groups[end + 1][0], tuple) and groups[end + 1][0][1])):  # type: ignore[index]
            end += 1
        first = texts[index] or ""
        last = next((text for text in reversed(texts[index:end + 1]) if text), "")
        before = " " if first[:1].isspace() else next(
            (text[-1] for text in reversed(texts[:index]) if text), " ")
        after = " " if last[-1:].isspace() else next((text[0] for text in texts[end + 1:] if text), " ")
        beside_bold = any(isinstance(groups[number][0], tuple) and groups[number][0][0]  # type: ignore[index]
                          for number in range(max(0, index - 1), min(len(texts), end + 2)))
        mark = "_" if beside_bold and not (before.isalnum() or after.isalnum()) else "*"
        for number in range(index, end + 1):
            marks[number] = mark
        index = end + 1
    return marks


def _escape(text: str, *, at_line_start: bool) -> str:
    """Typed text as Markdown that reads back as the same text."""
    text = re.sub(r"\\(?=[!-/:-@\[-`{-~]|$)", r"\\\\", text)
    text = re.sub(r"([*`|\[\]])", r"\\\1", text)
    text = re.sub(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])", r"\\_", text)
    text = re.sub(r"<(?=[A-Za-z/!?])", r"\\<", text)
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if number or at_line_start:
            lines[number] = _LINE_START.sub(_escape_start, line.lstrip(" \t") if number else line)
    return "\\\n".join(lines)


def _escape_start(match: re.Match[str]) -> str:
    if match.group(2):
        return f"{match.group(1)}\\{match.group(2)}"
    return f"{match.group(1)}{match.group(3)}\\{match.group(4)}"


def _url(link: str) -> str:
    if re.search(r"[\s()<>]", link):
        return "<" + link.replace("<", "%3C").replace(">", "%3E") + ">"
    return link


def _plain(pieces: Iterable[_Piece]) -> str:
    """The text of pieces (a picture counts as some: a paragraph holding one is not empty)."""
    return "".join(piece.text if piece.raw is None else "\ufffc" for piece in pieces if piece.anchor is None)


def _word_around(text: str, at: int) -> tuple[int, int]:
    start = at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = at
    while end < len(text) and not text[end].isspace():
        end += 1
    if start == end and text:  # between spaces: the word before
        end = start
        while start > 0 and text[start - 1].isspace():
            start -= 1
        end = start
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    return start, end


def _toggle(properties: Any, name: str) -> bool | None:
    found = properties.find(_w(name))
    if found is None:
        return None
    return found.get(_w("val")) not in ("0", "false", "off")


def _num(properties: Any) -> tuple[str, int] | None:
    num = properties.find(_w("numPr"))
    if num is None:
        return None
    num_id = num.find(_w("numId"))
    level = num.find(_w("ilvl"))
    return ((num_id.get(_w("val")) or "") if num_id is not None else "",
            max(0, min(_int(level.get(_w("val")) if level is not None else None, 0), 8)))


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _has(element: Any, local: str) -> bool:
    return any(isinstance(child.tag, str) and child.tag.endswith("}" + local) for child in element.iter())


def _alternative(element: Any) -> Any:
    """The part of an ``mc:AlternateContent`` to read: its first choice, else its fallback."""
    for child in element:
        if child.tag in (f"{{{_MC}}}Choice", f"{{{_MC}}}Fallback"):
            return child
    return None


def _ancestor_table(row: Any) -> Any:
    parent = row.getparent()
    while parent is not None and parent.tag != _w("tbl"):
        parent = parent.getparent()
    return parent
