"""What a workshop participant may change in the deliverable, checked before it reaches the document.

A browser can send any bytes, not only what our editor sends. Every update from a participant is first
applied to a shadow copy of the host's document and the shadow's structure compared with what it was;
only an update that passes goes to the real document. It is refused (``Verdict``) when it:

- does not descend from this document: it depends on items the host never had (``has_missing``), or it
  creates a root's content from scratch (an item with neither left nor right neighbour whose parent is a
  root name: the ``"sections"`` and ``"meta"`` of every deliverable already hold items, so only a copy of
  another document, or a fresh Y.Doc, writes there that way), or it writes a root the deliverable has not;
- deletes a section, or replaces a section's ``id``, ``title`` or ``body`` (moving a section rewrites its
  ``order`` only and is allowed; typing in a title or body is allowed);
- touches ``"meta"`` (the document's identity) or ``"versions"`` (the expert's named versions);
- comes from a participant who may only read;
- comes from a participant who may only suggest (collab/suggestions.py) and writes anything in
  ``"sections"`` but the zero-width split of a text that anchors a comment or a suggestion (the text
  reads the same), or touches a root other than ``"comments"`` and ``"suggestions"``;
- would make the encoded document larger than ``max_document_bytes``.

The expert's own edits (``follow``) are trusted: the shadow applies them without a check. Everything
here runs on the workshop host's loop thread (pycrdt documents belong to the thread that made them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pycrdt import Array, Doc, Map, get_update

from socieux_desktop.collab.document import EMPTY_UPDATE, has_missing, new_client_id

SECTIONS = "sections"
META = "meta"
COMMENTS = "comments"
VERSIONS = "versions"
SUGGESTIONS = "suggestions"
ROOTS = frozenset({SECTIONS, META, COMMENTS, VERSIONS, SUGGESTIONS})
"""The roots of a deliverable's document (collab/document.py, collab/annotations.py,
collab/suggestions.py)."""
_NEVER_EMPTY = frozenset({SECTIONS, META})
_FIXED_SECTION_KEYS = frozenset({"id", "title", "body"})


class Verdict(StrEnum):
    """Why an update was refused; the workshop host closes the socket with the matching code."""

    MALFORMED = "malformed"
    FOREIGN = "foreign"
    META = "meta"
    SECTION_DELETED = "section_deleted"
    SECTION_REPLACED = "section_replaced"
    VERSIONS = "versions"
    READ_ONLY = "read_only"
    SUGGEST_ONLY = "suggest_only"
    TOO_LARGE = "too_large"


class Malformed(ValueError):
    pass


@dataclass(slots=True)
class Reader:
    """A strict lib0 decoder: varuints, length-prefixed bytes and strings, ``any`` values, no overrun."""

    data: bytes
    at: int = 0

    def byte(self) -> int:
        if self.at >= len(self.data):
            raise Malformed("truncated")
        value = self.data[self.at]
        self.at += 1
        return value

    def uint(self) -> int:
        value = shift = 0
        while True:
            byte = self.byte()
            value |= (byte & 0x7F) << shift
            if byte < 0x80:
                return value
            shift += 7
            if shift > 53:  # what a JavaScript number holds exactly
                raise Malformed("varuint too long")

    def end(self) -> None:
        if self.at != len(self.data):
            raise Malformed("trailing bytes")

    def int_(self) -> None:
        byte = self.byte()
        while byte & 0x80:
            byte = self.byte()

    def skip(self, length: int) -> None:
        if self.at + length > len(self.data):
            raise Malformed("truncated")
        self.at += length

    def bytes_(self) -> bytes:
        length = self.uint()
        start = self.at
        self.skip(length)
        return self.data[start:self.at]

    def string(self) -> str:
        try:
            return bytes(self.bytes_()).decode("utf-8")
        except UnicodeDecodeError:
            raise Malformed("not UTF-8") from None

    def any_(self, depth: int = 0) -> None:
        """Skip one lib0 ``any`` value."""
        if depth > 64:
            raise Malformed("too deep")
        tag = self.byte()
        if tag in (127, 126, 121, 120):
            return
        if tag == 125:
            self.int_()
        elif tag == 124:
            self.skip(4)
        elif tag in (123, 122):
            self.skip(8)
        elif tag in (119, 116):
            self.bytes_()
        elif tag == 118:
            for _ in range(self.uint()):
                self.string()
                self.any_(depth + 1)
        elif tag == 117:
            for _ in range(self.uint()):
                self.any_(depth + 1)
        else:
            raise Malformed(f"unknown any tag {tag}")


def root_writes(update: bytes) -> set[str]:
    """The root names under which ``update`` (Yjs/Yrs v1 encoding) creates items with neither a left nor
    a right neighbour: content written into a root from scratch. ``Malformed`` if it does not decode."""
    cursor = Reader(update)
    roots: set[str] = set()
    for _ in range(cursor.uint()):
        structs = cursor.uint()
        cursor.uint()  # client
        cursor.uint()  # first clock
        for _ in range(structs):
            info = cursor.byte()
            content = info & 0x1F
            if content in (0, 10):  # GC, Skip
                cursor.uint()
                continue
            if info & 0x80:
                cursor.uint()
                cursor.uint()
            if info & 0x40:
                cursor.uint()
                cursor.uint()
            if not info & 0xC0:
                if cursor.uint() == 1:
                    roots.add(cursor.string())
                else:
                    cursor.uint()
                    cursor.uint()
                if info & 0x20:
                    cursor.string()
            _skip_content(cursor, content)
    return roots


def _skip_content(cursor: Reader, content: int) -> None:
    if content == 1:  # deleted
        cursor.uint()
    elif content == 2:  # JSON
        for _ in range(cursor.uint()):
            cursor.string()
    elif content in (3, 4, 5):  # binary, string, embed
        cursor.bytes_()
    elif content == 6:  # format
        cursor.string()
        cursor.string()
    elif content == 7:  # type
        type_ref = cursor.uint()
        if type_ref in (3, 5):  # XML element (node name), XML hook (key)
            cursor.string()
    elif content == 8:  # any
        for _ in range(cursor.uint()):
            cursor.any_()
    elif content == 9:  # subdocument
        cursor.string()
        cursor.any_()
    else:
        raise Malformed(f"unknown content {content}")


class UpdateGuard:
    """The shadow copy and the rules; ``check`` before a participant's update reaches the document."""

    def __init__(self, state: bytes, *, max_document_bytes: int) -> None:
        self.max_document_bytes = max_document_bytes
        self._state = state
        self.size = len(state)
        """The encoded document's size, at most: the last encoded state plus the updates since."""
        self._violations: list[Verdict] = []
        self._suggest_only = False
        self._shadow: Doc[Any] = Doc()
        self._reset(state)

    def resized(self, encoded_size: int) -> None:
        """The document was just encoded: its true size."""
        self.size = encoded_size

    def follow(self, update: bytes, document: Callable[[], bytes]) -> None:
        """Apply a trusted update (the expert's, already in the document) to the shadow; it is rebuilt
        from ``document()``, the document's whole state, when the update cannot be applied alone."""
        self._suggest_only = False
        self._shadow.apply_update(update)
        self._violations.clear()
        self.size += len(update)
        if has_missing(self._shadow, update):
            self._reset(document())

    def check(self, update: bytes, *, read_only: bool, document: Callable[[], bytes],
              suggest_only: bool = False) -> Verdict | None:
        """None when the participant's ``update`` may be applied to the document (the shadow has it
        then); else why not (the shadow is rebuilt from ``document()``, the document's whole state)."""
        if update == EMPTY_UPDATE:
            return None
        try:
            novel = get_update(update, self._shadow.get_state())
        except Exception:
            return Verdict.MALFORMED
        if novel == EMPTY_UPDATE:
            return None
        self._suggest_only = suggest_only
        verdict = self._judge(novel, read_only, document)
        if verdict is not None:
            self._reset(document())
        if verdict is None:
            self.size += len(novel)
        return verdict

    def _judge(self, novel: bytes, read_only: bool, document: Callable[[], bytes]) -> Verdict | None:
        if read_only:
            return Verdict.READ_ONLY
        if self.size + len(novel) > self.max_document_bytes:
            # The estimate overshoots (an update carries a header, a state holds runs of characters
            # once): measure the document itself, only when the estimate says it is full.
            self.size = len(document())
            if self.size + len(novel) > self.max_document_bytes:
                return Verdict.TOO_LARGE
        try:
            roots = root_writes(novel)
        except Malformed:
            return Verdict.MALFORMED
        if not roots <= ROOTS:
            return Verdict.FOREIGN
        if META in roots:
            return Verdict.META
        if roots & _NEVER_EMPTY and len(self._sections) > 0:
            return Verdict.FOREIGN
        self._violations.clear()
        try:
            self._shadow.apply_update(novel)
        except Exception:
            return Verdict.MALFORMED
        if has_missing(self._shadow, novel):
            return Verdict.FOREIGN
        if self._violations:
            return self._violations[0]
        return None

    def _reset(self, state: bytes) -> None:
        self._shadow = Doc(client_id=new_client_id())
        self._shadow.apply_update(state)
        self._sections = self._shadow.get(SECTIONS, type=Array)
        self._meta = self._shadow.get(META, type=Map)
        self._versions = self._shadow.get(VERSIONS, type=Array)
        # the types and subscriptions are kept: a dropped wrapper stops its callbacks
        self._subscriptions = [
            self._meta.observe(lambda _event: self._violations.append(Verdict.META)),
            self._versions.observe_deep(lambda _events: self._violations.append(Verdict.VERSIONS)),
            self._sections.observe_deep(self._on_sections)]

    def _on_sections(self, events: list[Any]) -> None:
        if self._suggest_only and any(_changes(event) for event in events):
            self._violations.append(Verdict.SUGGEST_ONLY)
        for event in events:
            depth = len(event.path)  # [] the array itself, [index] a section, [index, key] its texts
            if depth == 0 and any("delete" in change for change in event.delta):
                self._violations.append(Verdict.SECTION_DELETED)
            elif depth == 1 and isinstance(event.target, Map) and _FIXED_SECTION_KEYS & set(event.keys):
                self._violations.append(Verdict.SECTION_REPLACED)


def _changes(event: Any) -> bool:
    """Whether a change event of ``"sections"`` changes what it holds: a text's insert and delete of
    the same character in one transaction (an anchor's split) gives an empty delta."""
    if getattr(event, "keys", None):
        return True
    return any("insert" in change or "delete" in change for change in getattr(event, "delta", None) or [])
