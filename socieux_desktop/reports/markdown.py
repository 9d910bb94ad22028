"""The Markdown-like text of a deliverable as a small model of blocks, ready for reportlab.

What a section's body may hold (what the editors offer and what people type):

- headings: ``#``, ``##``, ``###`` (deeper ones count as ``###``), a space after the marks;
- paragraphs: lines that run on (a single line break is a space, as in Markdown), with ``**bold**`` and
  ``*italic*``;
- lists: ``-``, ``*`` or ``+`` bullets, ``1.`` or ``1)`` numbers, indented by two spaces a level deeper;
  an indented line without a marker goes on the item above;
- tables: lines of cells between ``|`` (``| a | b |``); a ``|---|---|`` line under the first row makes it
  the header. Rows may have more or fewer cells than others (they are padded), cells may be empty, and
  ``\\|`` is a ``|`` inside a cell;
- images alone on their line: ``![caption](path)``;
- a line of three or more ``-``, ``*`` or ``_`` alone: a horizontal rule.

Nothing is refused: whatever a person types gives some blocks. Inline text comes out as reportlab's
paragraph markup (``<b>``, ``<i>``), every other ``<``, ``>`` and ``&`` escaped, tags always well nested:
a ``**`` or ``*`` that opens nothing or is never closed stays as typed.

Pure: no reportlab import, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_HEADING_LEVEL = 3
MAX_LIST_LEVEL = 4

_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^(\s*)(\d{1,9})[.)]\s+(.*)$")
_IMAGE = re.compile(r"^\s*!\[(.*?)\]\((.*)\)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_DELIMITER = re.compile(r"\*\*\*|\*\*|\*")


@dataclass(frozen=True, slots=True)
class Heading:
    level: int  # 1 to MAX_HEADING_LEVEL
    markup: str  # reportlab paragraph markup
    plain: str  # the text without marks (bookmarks, table of contents)


@dataclass(frozen=True, slots=True)
class Paragraph:
    markup: str


@dataclass(frozen=True, slots=True)
class ListItem:
    level: int  # 0 for the outermost list
    markup: str
    number: int | None  # the number typed, for a numbered item


@dataclass(frozen=True, slots=True)
class ListBlock:
    items: tuple[ListItem, ...]


@dataclass(frozen=True, slots=True)
class Table:
    rows: tuple[tuple[str, ...], ...]  # markup, every row as long as the longest
    header: bool  # the first row is a header (a separator line followed it)

    @property
    def columns(self) -> int:
        return len(self.rows[0]) if self.rows else 0


@dataclass(frozen=True, slots=True)
class Image:
    path: str  # as typed
    caption: str  # markup


@dataclass(frozen=True, slots=True)
class Rule:
    pass


Block = Heading | Paragraph | ListBlock | Table | Image | Rule


def escape(text: str) -> str:
    """``text`` safe inside reportlab's paragraph markup: ``&``, ``<``, ``>`` escaped, control
    characters (which no font draws and which break the PDF's text) dropped."""
    text = _CONTROL.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(text: str) -> str:
    """One run of typed text as paragraph markup: ``**bold**``, ``*italic*``, the rest escaped.

    A delimiter opens only when a non-space follows it and closes only the innermost open one when a
    non-space precedes it; ones left open at the end, or that would cross another, stay literal."""
    text = _CONTROL.sub("", text)
    out: list[str] = []
    stack: list[tuple[str, int]] = []  # open delimiter, its index in ``out``
    position = 0
    for match in _DELIMITER.finditer(text):
        out.append(escape(text[position:match.start()]))
        position = match.end()
        before = text[match.start() - 1] if match.start() > 0 else " "
        after = text[match.end()] if match.end() < len(text) else " "
        run = match.group()
        # "***" is both: it closes the innermost first, and opens bold then italic.
        marks = [run] if run != "***" else ["*", "**"] if stack and stack[-1][0] == "*" else ["**", "*"]
        for mark in marks:
            tag = "b" if mark == "**" else "i"
            if stack and stack[-1][0] == mark and not before.isspace():
                stack.pop()
                out.append(f"</{tag}>")
            elif not after.isspace() and mark not in (m for m, _ in stack):
                stack.append((mark, len(out)))
                out.append(f"<{tag}>")
            else:
                out.append(mark)
    out.append(escape(text[position:]))
    for mark, index in stack:
        out[index] = mark
    return "".join(out)


def plain(text: str) -> str:
    """``text`` without its emphasis marks (for bookmarks and outlines), not escaped."""
    text = _CONTROL.sub("", text)
    return re.sub(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|\*(?=\S)(.+?)(?<=\S)\*",
                  lambda m: m.group(1) or m.group(2) or "", text).strip()


def parse(text: str) -> list[Block]:
    """The blocks of a section's body (or of any Markdown-like text)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[Block] = []
    paragraph: list[str] = []
    items: list[tuple[int, list[str], int | None]] = []  # level, lines, number
    rows: list[list[str]] = []
    header = False

    def flush() -> None:
        nonlocal header
        if paragraph:
            blocks.append(Paragraph(inline(" ".join(line.strip() for line in paragraph))))
            paragraph.clear()
        if items:
            blocks.append(ListBlock(tuple(
                ListItem(level, inline(" ".join(part.strip() for part in parts)), number)
                for level, parts, number in items)))
            items.clear()
        if rows:
            width = max(len(row) for row in rows)
            blocks.append(Table(tuple(tuple(inline(cell.strip()) for cell in row + [""] * (width - len(row)))
                                      for row in rows), header))
            rows.clear()
            header = False

    for index, line in enumerate(lines):
        if not line.strip():
            flush()
            continue
        if rows or _starts_table(line, lines[index + 1] if index + 1 < len(lines) else ""):
            if _SEPARATOR.match(line) and "-" in line:
                if len(rows) == 1:
                    header = True
                if rows:
                    continue
            if "|" in line and not (rows and _SEPARATOR.match(line)):
                if not rows:
                    flush()
                rows.append(_cells(line))
                continue
            flush()
        heading = _HEADING.match(line)
        if heading and (heading.group(2) or "").strip():
            flush()
            content = heading.group(2) or ""
            blocks.append(Heading(min(len(heading.group(1)), MAX_HEADING_LEVEL), inline(content),
                                  plain(content)))
            continue
        if _RULE.match(line):
            flush()
            blocks.append(Rule())
            continue
        image = _IMAGE.match(line)
        if image:
            flush()
            blocks.append(Image(image.group(2).strip(), inline(image.group(1).strip())))
            continue
        bullet = _BULLET.match(line)
        numbered = None if bullet else _NUMBERED.match(line)
        if bullet or numbered:
            if paragraph:
                flush()
            if bullet:
                items.append((_level(bullet.group(1)), [bullet.group(2)], None))
            elif numbered:
                items.append((_level(numbered.group(1)), [numbered.group(3)], int(numbered.group(2))))
            continue
        if items and line[:1].isspace():
            items[-1][1].append(line)
            continue
        if items:
            flush()
        paragraph.append(line)
    flush()
    return blocks


def _starts_table(line: str, following: str) -> bool:
    """A table starts at a line that opens with ``|``, or that holds a ``|`` above a separator line."""
    stripped = line.strip()
    if _SEPARATOR.match(stripped) and "-" in stripped:
        return False
    return stripped.startswith("|") or ("|" in stripped and bool(_SEPARATOR.match(following))
                                        and "-" in following)


def _cells(line: str) -> list[str]:
    stripped = line.strip()
    cells = re.split(r"(?<!\\)\|", stripped)
    if stripped.startswith("|"):
        cells = cells[1:]
    if stripped.endswith("|") and not stripped.endswith("\\|") and cells:
        cells = cells[:-1]
    return [cell.replace("\\|", "|") for cell in cells] or [""]


def _level(indent: str) -> int:
    return min(len(indent.expandtabs(4)) // 2, MAX_LIST_LEVEL)
