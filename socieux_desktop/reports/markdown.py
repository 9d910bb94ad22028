"""The Markdown text of a deliverable as a small model of blocks: one dialect for the preview, the PDF and
the Word file.

The dialect is CommonMark with GitHub's tables, as markdown-it-py reads it (``parser()``); raw HTML and
character references (``&amp;``) are not read: they print as typed, since nobody writing a deliverable
means them. The editor's preview renders the same tokens as HTML (``to_html``, ``preview_html``), the PDF
and the Word file build from the blocks ``parse`` makes of them:

- headings: ``#``, ``##``, ``###`` (deeper ones count as ``###``) or underlined with ``===`` / ``---``;
- paragraphs: lines that run on (a single line break is a space), with ``**bold**``, ``*italic*``,
  ``[links](https://…)`` and a line break kept by a ``\\`` at the end of a line;
- lists: ``-``, ``*`` or ``+`` bullets, ``1.`` or ``1)`` numbers, nested by indenting under the item's text;
- tables: a header row, a ``|---|---|`` line under it, then rows of cells between ``|`` (``\\|`` is a ``|``
  inside a cell); a row with fewer cells is padded, the header fixes the number of columns;
- images: ``![caption](path)``, a block of their own;
- a line of three or more ``-``, ``*`` or ``_`` after a blank line: a horizontal rule.

Nothing is refused: whatever a person types gives some blocks. Each block carries its inline text twice:
as reportlab's paragraph markup (``<b>``, ``<i>``, ``<a href>``, every other ``<``, ``>`` and ``&``
escaped, tags well nested) and as ``Run`` objects (what a Word file is made of); and the source lines it
came from (``lines``), so that a comment on a passage can be found again in what was built.

Pure: no reportlab import, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MAX_HEADING_LEVEL = 3
MAX_LIST_LEVEL = 4

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
"""What no document can hold: control characters, non-characters, halves of a surrogate pair."""
_LINK_SCHEMES = ("http://", "https://", "mailto:", "ftp://")
"""Links that become links (in the PDF, the Word file): a relative or ``#`` target would name nothing."""
Lines = tuple[int, int]
"""Source lines of a block: first, and one past the last (markdown-it's ``map``)."""


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with one formatting; a ``"\\n"`` alone is a line break."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None
    code: bool = False


Inline = tuple[Run, ...]


@dataclass(frozen=True, slots=True)
class Heading:
    level: int  # 1 to MAX_HEADING_LEVEL
    markup: str  # reportlab paragraph markup
    plain: str  # the text without marks (bookmarks, table of contents)
    runs: Inline = field(default=(), compare=False)
    lines: Lines = field(default=(0, 0), compare=False)


@dataclass(frozen=True, slots=True)
class Paragraph:
    markup: str
    runs: Inline = field(default=(), compare=False)
    lines: Lines = field(default=(0, 0), compare=False)


@dataclass(frozen=True, slots=True)
class ListItem:
    level: int  # 0 for the outermost list
    markup: str
    number: int | None  # its number, for an item of a numbered list
    runs: Inline = field(default=(), compare=False)
    lines: Lines = field(default=(0, 0), compare=False)


@dataclass(frozen=True, slots=True)
class ListBlock:
    items: tuple[ListItem, ...]
    lines: Lines = field(default=(0, 0), compare=False)


@dataclass(frozen=True, slots=True)
class Table:
    rows: tuple[tuple[str, ...], ...]  # markup, every row as long as the header
    header: bool  # the first row is a header
    cells: tuple[tuple[Inline, ...], ...] = field(default=(), compare=False)
    lines: Lines = field(default=(0, 0), compare=False)

    @property
    def columns(self) -> int:
        return len(self.rows[0]) if self.rows else 0


@dataclass(frozen=True, slots=True)
class Image:
    path: str  # as typed
    caption: str  # markup
    caption_runs: Inline = field(default=(), compare=False)
    lines: Lines = field(default=(0, 0), compare=False)


@dataclass(frozen=True, slots=True)
class Rule:
    lines: Lines = field(default=(0, 0), compare=False)


Block = Heading | Paragraph | ListBlock | Table | Image | Rule


@cache
def parser() -> MarkdownIt:
    """The one Markdown reader of the application (CommonMark, tables; no raw HTML, no entities)."""
    from markdown_it import MarkdownIt

    class Reader(MarkdownIt):
        def validateLink(self, url: str) -> bool:
            """Every target is read as typed: what may be followed is decided by ``link_target``, a
            picture is looked up among the deliverable's own (an image resolver), so ``![x](file:///…)``
            is a picture refused in so many words rather than text markdown-it leaves as typed."""
            return True

    return Reader("commonmark", {"html": False}).enable("table").disable("entity")


def escape(text: str) -> str:
    """``text`` safe inside reportlab's paragraph markup: ``&``, ``<``, ``>`` escaped, control
    characters (which no font draws and which break the PDF's text) dropped."""
    text = _CONTROL.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clean(text: str) -> str:
    """``text`` without the control characters no document can hold."""
    return _CONTROL.sub("", text)


def inline(text: str) -> str:
    """One line of typed text (a title) as paragraph markup: emphasis and links, the rest escaped."""
    return _inline(_inline_tokens(text))[0]


def inline_runs(text: str) -> Inline:
    """One line of typed text (a title) as runs."""
    return _inline(_inline_tokens(text))[1]


def plain(text: str) -> str:
    """``text`` without its emphasis marks (for bookmarks and outlines), not escaped."""
    return plain_of(inline_runs(text)).strip()


def plain_of(runs: Iterable[Run]) -> str:
    return "".join(" " if run.text == "\n" else run.text for run in runs)


def link_target(href: str | None) -> str | None:
    """``href`` if it is an address a reader can follow from a document, else None."""
    if href and href.lower().startswith(_LINK_SCHEMES):
        return href
    return None


def parse(text: str) -> list[Block]:
    """The blocks of a section's body (or of any Markdown text)."""
    return _Walker().walk(parser().parse(clean(text)))


def to_html(text: str, *, heading_shift: int = 0) -> str:
    """``text`` as HTML for the preview (Qt's rich text), read as ``parse`` reads it; headings pushed
    ``heading_shift`` levels down (a section's title is the level above)."""
    tokens = parser().parse(clean(text))
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            level = min(int(token.tag[1:]), MAX_HEADING_LEVEL) + heading_shift
            token.tag = f"h{min(level, 6)}"
        elif token.type == "inline":
            for child in token.children or []:
                if child.type == "image":  # as typed, as the PDF reads it (markdown-it %-encodes it)
                    child.attrSet("src", unquote(str(child.attrGet("src") or "")))
                elif child.type == "link_open" and not link_target(str(child.attrGet("href") or "")):
                    child.attrs.pop("href", None)  # not a link in the PDF either
        elif token.type == "table_open":
            token.attrSet("border", "1")
            token.attrSet("cellspacing", "0")
            token.attrSet("cellpadding", "4")
    html: str = parser().renderer.render(tokens, parser().options, {})
    return html


def preview_html(sections: Iterable[tuple[str, str]]) -> str:
    """The preview of sections ``(title, body)``: each title a first-level heading, its body's headings
    one level below, as in the PDF."""
    parts = []
    for title, body in sections:
        parts.append(f"<h1>{_html_escape(plain(title))}</h1>")
        parts.append(to_html(body, heading_shift=1))
    return "\n".join(parts)


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _inline_tokens(text: str) -> list[Token]:
    tokens = parser().parseInline(clean(text).replace("\r", " ").replace("\n", " "))
    return list(tokens[0].children or []) if tokens else []


def _attribute(value: str) -> str:
    return escape(value).replace('"', "&quot;")


def _markup(text: str) -> str:
    """Text already cleaned (``parse`` and ``_inline_tokens`` clean what they read) made safe markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _inline(tokens: Sequence[Token]) -> tuple[str, Inline]:
    """The markup and the runs of inline tokens (their nesting is markdown-it's, always well formed;
    their text is clean already)."""
    out: list[str] = []
    runs: list[Run] = []
    bold = italic = 0
    link: list[str | None] = []

    def add(text: str, *, code: bool = False) -> None:
        if not text:
            return
        target = link[-1] if link else None
        if runs and text != "\n" and runs[-1].text != "\n":
            last = runs[-1]
            if (last.bold, last.italic, last.link, last.code) == (bool(bold), bool(italic), target, code):
                runs[-1] = Run(last.text + text, last.bold, last.italic, last.link, last.code)
                return
        runs.append(Run(text, bool(bold), bool(italic), target, code))

    for token in tokens:
        kind = token.type
        if kind == "text" or kind == "code_inline":
            out.append(_markup(token.content))
            add(token.content, code=kind == "code_inline")
        elif kind == "softbreak":
            out.append(" ")
            add(" ")
        elif kind == "hardbreak":
            out.append("<br/>")
            add("\n")
        elif kind == "strong_open":
            out.append("<b>")
            bold += 1
        elif kind == "strong_close":
            out.append("</b>")
            bold -= 1
        elif kind == "em_open":
            out.append("<i>")
            italic += 1
        elif kind == "em_close":
            out.append("</i>")
            italic -= 1
        elif kind == "link_open":
            target = link_target(str(token.attrGet("href") or ""))
            link.append(target)
            out.append(f'<a href="{_attribute(target)}" color="#1f4e79">' if target else "")
        elif kind == "link_close":
            out.append("</a>" if link and link.pop() else "")
        elif kind == "image":  # inside text: its caption
            out.append(_markup(token.content))
            add(token.content)
        else:
            out.append(_markup(token.content))
            add(token.content)
    return "".join(out), tuple(runs)


def _lines(token: Token) -> Lines:
    return (token.map[0], token.map[1]) if token.map else (0, 0)


@dataclass(slots=True)
class _OpenItem:
    level: int
    number: int | None
    lines: Lines
    markup: list[str] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)
    emitted: bool = False


class _Walker:
    """Turns markdown-it's token stream into blocks: one pass, lists flattened into leveled items."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.items: list[ListItem] = []
        self.items_lines: Lines = (0, 0)
        self.lists: list[list[Any]] = []  # per open list: [ordered, next number]
        self.open_items: list[_OpenItem] = []
        self.heading: tuple[int, Lines] | None = None
        self.table: list[list[tuple[str, Inline]]] | None = None
        self.table_lines: Lines = (0, 0)
        self.paragraph_lines: Lines = (0, 0)

    def walk(self, tokens: Sequence[Token]) -> list[Block]:
        for token in tokens:
            self.token(token)
        self.flush_items()
        return self.blocks

    def token(self, token: Token) -> None:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            self.emit_open_item()
            ordered = kind == "ordered_list_open"
            start = token.attrGet("start") if ordered else None
            self.lists.append([ordered, int(start) if start is not None else 1])
            if len(self.lists) == 1:
                self.items_lines = _lines(token)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            if self.lists:
                self.lists.pop()
            if not self.lists:
                self.flush_items()
        elif kind == "list_item_open":
            level = min(len(self.lists) - 1, MAX_LIST_LEVEL)
            number = None
            if self.lists and self.lists[-1][0]:
                number = self.lists[-1][1]
                self.lists[-1][1] += 1
            self.open_items.append(_OpenItem(max(level, 0), number, _lines(token)))
        elif kind == "list_item_close":
            self.emit_open_item()
            if self.open_items:
                self.open_items.pop()
        elif kind == "heading_open":
            self.heading = (min(int(token.tag[1:]), MAX_HEADING_LEVEL), _lines(token))
        elif kind == "paragraph_open":
            self.paragraph_lines = _lines(token)
        elif kind == "table_open":
            self.table, self.table_lines = [], _lines(token)
        elif kind == "tr_open" and self.table is not None:
            self.table.append([])
        elif kind == "table_close" and self.table is not None:
            self.table_done()
        elif kind == "inline":
            self.inline(token)
        elif kind in ("fence", "code_block"):
            runs = _code_runs(token.content)
            self.text_block(escape(token.content.rstrip("\n")).replace("\n", "<br/>"), runs, _lines(token))
        elif kind == "hr":
            self.block(Rule(_lines(token)))

    # -- what inline text belongs to --------------------------------------------------------------

    def inline(self, token: Token) -> None:
        children = token.children or []
        if self.heading is not None:
            level, lines = self.heading
            self.heading = None
            markup, runs = _inline(children)
            if plain_of(runs).strip():
                self.block(Heading(level, markup, plain_of(runs).strip(), runs, lines))
            return
        if self.table is not None:
            if self.table:
                self.table[-1].append(_inline(children))
            return
        lines = self.paragraph_lines
        for part in _split_images(children):
            if isinstance(part, Image):
                self.block(Image(part.path, part.caption, part.caption_runs, lines))
            else:
                markup, runs = _inline(part)
                if plain_of(runs).strip():
                    self.text_block(markup, runs, lines)

    def text_block(self, markup: str, runs: Inline, lines: Lines) -> None:
        """A paragraph, or the text of the list item it is in."""
        item = self.open_items[-1] if self.open_items else None
        if item is None:
            self.block(Paragraph(markup, runs, lines))
            return
        if item.emitted:  # after a nested list: a paragraph of its own at the item's level
            self.items.append(ListItem(item.level, markup, None, runs, lines))
            return
        if item.markup:
            item.markup.append("<br/>")
            item.runs.append(Run("\n"))
        item.markup.append(markup)
        item.runs.extend(runs)

    def emit_open_item(self) -> None:
        if self.open_items and not self.open_items[-1].emitted:
            item = self.open_items[-1]
            item.emitted = True
            self.items.append(ListItem(item.level, "".join(item.markup), item.number, tuple(item.runs),
                                       item.lines))

    def table_done(self) -> None:
        assert self.table is not None
        rows = [row for row in self.table]
        width = max((len(row) for row in rows), default=0)
        padded = [row + [("", ())] * (width - len(row)) for row in rows] if width else []
        self.table = None
        if padded:
            self.block(Table(tuple(tuple(markup for markup, _ in row) for row in padded), True,
                             tuple(tuple(runs for _, runs in row) for row in padded), self.table_lines))

    def block(self, block: Block) -> None:
        """A block outside any list (one inside a list item ends the list shown so far)."""
        if self.open_items:
            self.emit_open_item()
        self.flush_items()
        self.blocks.append(block)

    def flush_items(self) -> None:
        if self.items:
            self.blocks.append(ListBlock(tuple(self.items), self.items_lines))
            self.items = []


def _code_runs(content: str) -> Inline:
    runs: list[Run] = []
    for number, line in enumerate(clean(content).rstrip("\n").split("\n")):
        if number:
            runs.append(Run("\n"))
        if line:
            runs.append(Run(line, code=True))
    return tuple(runs)


def _split_images(children: Sequence[Token]) -> list[list[Token] | Image]:
    """Inline tokens cut at images outside emphasis and links: an image is a block of its own."""
    parts: list[list[Token] | Image] = [[]]
    depth = 0
    for token in children:
        if token.type in ("strong_open", "em_open", "link_open"):
            depth += 1
        elif token.type in ("strong_close", "em_close", "link_close"):
            depth -= 1
        if token.type == "image" and depth == 0:
            markup, runs = _inline(token.children or [])
            parts.append(Image(unquote(str(token.attrGet("src") or "")), markup.strip(), runs))
            parts.append([])
            continue
        current = parts[-1]
        assert isinstance(current, list)
        current.append(token)
    return [part for part in parts if not isinstance(part, list) or part]
