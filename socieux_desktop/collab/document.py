"""The text of one deliverable as a CRDT document (pycrdt, i.e. Yrs: binary-compatible with Yjs).

Shape of the document (what a Yjs client, such as the workshop's browser editor, sees):

- root ``"meta"`` (Y.Map): ``"deliverable_id"`` (str), ``"format"`` (``1``), set once by the initial update;
- root ``"sections"`` (Y.Array of Y.Map), each map holding ``"id"`` (str, a UUID), ``"order"`` (str, a
  fractional index: sections are shown sorted by ``(order, id)``), ``"title"`` (Y.Text) and ``"body"``
  (Y.Text, Markdown-like: headings, lists, bold, tables).

Moving a section rewrites its ``order`` only, so an edit made elsewhere to the section's text while it is
moved survives the move (deleting and re-inserting it would lose that edit).

Positions. This API counts positions in Python ``str`` indices (code points). Yrs, under pycrdt, counts
text positions in UTF-8 bytes and Yjs (the browser) in UTF-16 code units; the update format is the same
for both, only positions differ. Every method here converts code points to UTF-8 before calling Yrs;
positions that cross the wire to a Yjs client (cursors, selections) go through ``to_utf16`` and
``from_utf16``. "é" is 1 code point, 2 UTF-8 bytes, 1 UTF-16 unit; "😀" is 1, 4 and 2.

Identity and seeding. Every copy of a document (a device, a session, a workshop host) gets its own CRDT
client id, random 53 bits (what a JavaScript number holds exactly); two live copies sharing one corrupt each
other. A new deliverable's first state is ONE update (``DeliverableDocument.create(...).encode_state()``)
from which every copy is seeded: copies that each inserted the same starting text would show it twice.

Threads. A pycrdt document, its transactions and observers belong to the thread that made them; hand
bytes (updates) between threads, never the document.
"""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pycrdt import (
    Array,
    Doc,
    Map,
    Text,
    TextEvent,
    Transaction,
    TransactionEvent,
    UndoManager,
    get_update,
)

FORMAT_VERSION = 1
EMPTY_UPDATE = b"\x00\x00"
"""What Yrs encodes for "nothing new" (no structs, empty delete set)."""

_CLIENT_ID_BITS = 53
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_WORD = re.compile(r"\w", re.UNICODE)
_COMPLETE = frozenset({"id", "title", "body"})
REMOTE_ORIGIN = "socieux-remote"
"""The transaction origin of updates applied with ``apply_update`` (what undo managers leave out)."""
_ANNOTATION_ORIGIN = "socieux-annotation"
"""The transaction origin of comments and named versions (``annotation_transaction``): undo leaves it out."""


def has_missing(doc: Doc[Any], update: bytes) -> bool:
    """Whether ``update`` (just applied to ``doc``) holds items ``doc`` still lacks: they wait for
    items they depend on. Its first varint counts the clients with items: 0 means none."""
    return get_update(update, doc.get_state())[:1] != b"\x00"


def unreadable_update(update: bytes) -> str | None:
    """Why Yrs cannot read ``update`` (one update of a deliverable's text, as pushed or pulled), or None
    when it decodes. It is applied to an empty document, so an update that depends on others only waits
    there: what is refused is bytes that no copy could ever apply, and that would stop the deliverable
    from opening on every laptop that stored them."""
    try:
        Doc().apply_update(update)
    except (ValueError, RuntimeError) as error:
        return str(error) or type(error).__name__
    return None


def new_client_id() -> int:
    """A random, non-zero 53-bit CRDT client id for one copy of a document in one session."""
    return secrets.randbits(_CLIENT_ID_BITS) or 1


class Origin(StrEnum):
    LOCAL = "local"  # an edit made through this object's methods
    REMOTE = "remote"  # an update applied with ``apply_update`` (another copy, a file, the network)


UpdateListener = Callable[[bytes, Origin], None]


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: str
    body: str


class Field(StrEnum):
    TITLE = "title"
    BODY = "body"


class UnknownSection(KeyError):
    """No section has this id (it may have been removed by another copy)."""


class DeliverableDocument:
    """One copy of a deliverable's text. Not thread-safe: use it from the thread that made it."""

    def __init__(self, client_id: int | None = None) -> None:
        self.client_id = new_client_id() if client_id is None else client_id
        if not 0 < self.client_id < 1 << _CLIENT_ID_BITS:
            raise ValueError(f"a client id is a positive integer of at most {_CLIENT_ID_BITS} bits")
        self._doc: Doc[Any] = Doc(client_id=self.client_id)
        self._meta: Map[object] = self._doc.get("meta", type=Map)
        self._sections: Array[Map[object]] = self._doc.get("sections", type=Array)
        self._listeners: list[UpdateListener] = []
        self._applying = False
        self._pending: list[bytes] = []
        # One observer for the document's life: pycrdt 0.14's unobserve does not free a callback
        # (y-crdt/pycrdt#421), so listeners come and go in a plain list instead.
        self._subscription = self._doc.observe(self._on_transaction)

    # -- making copies -----------------------------------------------------------------------------

    @classmethod
    def create(cls, deliverable_id: str, titles: Sequence[str], client_id: int | None = None
               ) -> DeliverableDocument:
        """A new deliverable's document: its id and one empty section per title, in ONE transaction, so
        that ``encode_state()`` is the one initial update every copy is then seeded from."""
        document = cls(client_id)
        with document._doc.transaction():
            document._meta["deliverable_id"] = deliverable_id
            document._meta["format"] = FORMAT_VERSION
            order = ""
            for title in titles:
                order = _key_between(order, None)
                document._sections.append(_section_map(str(uuid.uuid4()), order, title, ""))
        return document

    @classmethod
    def from_updates(cls, updates: Iterable[bytes], client_id: int | None = None) -> DeliverableDocument:
        """A copy built from stored updates (a snapshot and the updates after it), with a fresh client id."""
        document = cls(client_id)  # no listener yet: the origin of these updates concerns nobody
        with document._doc.transaction():
            for update in updates:
                document._doc.apply_update(update)
        return document

    # -- reading -----------------------------------------------------------------------------------

    @property
    def deliverable_id(self) -> str | None:
        value = self._meta.get("deliverable_id")
        return value if isinstance(value, str) else None

    def sections(self) -> list[Section]:
        """The sections in reading order, as plain text."""
        return [Section(str(m["id"]), str(m["title"]), str(m["body"])) for m in self._ordered()]

    def section(self, section_id: str) -> Section:
        found = self._find(section_id)
        return Section(section_id, str(found["title"]), str(found["body"]))

    def text(self, section_id: str, field: Field | str = Field.BODY) -> str:
        return str(self._find(section_id)[Field(field).value])

    def markdown(self) -> str:
        """The whole document as Markdown-like text: each section a level-2 heading and its body."""
        return sections_markdown(self.sections())

    def word_count(self, include_titles: bool = True) -> int:
        """Words of the titles (unless told not to) and bodies; Markdown marks ("-", "**", "|", "#")
        are not words. A template's titles alone make no text: ``include_titles=False`` then gives 0."""
        return sum((_words(s.title) if include_titles else 0) + _words(s.body) for s in self.sections())

    # -- editing -----------------------------------------------------------------------------------

    def add_section(self, title: str, body: str = "", index: int | None = None,
                    section_id: str | None = None) -> str:
        """Insert a section before the one at ``index`` in reading order (at the end if None); its id
        (a new UUID unless given: the demo gives fixed ones so that it is the same every time)."""
        ordered = self._ordered()
        index = len(ordered) if index is None else max(0, min(index, len(ordered)))
        order = self._order_for(ordered, index)
        section_id = section_id or str(uuid.uuid4())
        self._sections.append(_section_map(section_id, order, title, body))
        return section_id

    def remove_section(self, section_id: str) -> None:
        for position, item in enumerate(self._sections):
            if item.get("id") == section_id:
                del self._sections[position]
                return
        raise UnknownSection(section_id)

    def move_section(self, section_id: str, index: int) -> None:
        """Move a section to ``index`` in reading order (counted as if it were not in the list)."""
        target = self._find(section_id)
        others = [m for m in self._ordered() if m["id"] != section_id]
        index = max(0, min(index, len(others)))
        target["order"] = self._order_for(others, index)

    def set_text(self, section_id: str, field: Field | str, value: str) -> None:
        """Replace a title or body by ``value`` keeping what did not change (the common prefix and
        suffix), so a concurrent edit elsewhere in the same text survives."""
        current = self.text(section_id, field)
        start = 0
        limit = min(len(current), len(value))
        while start < limit and current[start] == value[start]:
            start += 1
        end = 0
        while end < limit - start and current[-1 - end] == value[-1 - end]:
            end += 1
        with self._doc.transaction():
            if len(current) - end > start:
                self.delete(section_id, field, start, len(current) - end - start)
            if len(value) - end > start:
                self.insert(section_id, field, start, value[start:len(value) - end])

    def set_title(self, section_id: str, title: str) -> None:
        self.set_text(section_id, Field.TITLE, title)

    def insert(self, section_id: str, field: Field | str, index: int, value: str) -> None:
        """Insert ``value`` at code point ``index`` of a section's title or body."""
        ytext = self._ytext(section_id, field)
        current = str(ytext)
        if not 0 <= index <= len(current):
            raise IndexError(f"position {index} is outside the text (0..{len(current)})")
        ytext.insert(_utf8_offset(current, index), value)

    def delete(self, section_id: str, field: Field | str, index: int, length: int) -> None:
        """Delete ``length`` code points from code point ``index`` of a section's title or body."""
        ytext = self._ytext(section_id, field)
        current = str(ytext)
        if index < 0 or length < 0 or index + length > len(current):
            raise IndexError(f"range {index}+{length} is outside the text (0..{len(current)})")
        if length:
            start = _utf8_offset(current, index)
            stop = start + len(current[index:index + length].encode("utf-8"))
            del ytext[start:stop]

    def insert_body(self, section_id: str, index: int, value: str) -> None:
        self.insert(section_id, Field.BODY, index, value)

    def delete_body(self, section_id: str, index: int, length: int) -> None:
        self.delete(section_id, Field.BODY, index, length)

    # -- exchanging state --------------------------------------------------------------------------

    def apply_update(self, update: bytes) -> None:
        """Merge an update (or a whole encoded state) from another copy. Raises ``ValueError`` when it
        cannot be decoded; applying one twice, or in any order, gives the same document.

        An update that arrives before one it depends on waits here and is applied again after each
        later update: Yrs (pycrdt 0.14.13) keeps such an update pending but was seen to drop it for good
        when more out-of-order updates followed (tests/collab/test_store.py's convergence property)."""
        self._apply(update)
        if self._has_missing(update):
            self._pending.append(update)
        elif self._pending:
            progress = True
            while progress and self._pending:
                progress = False
                for waiting in list(self._pending):
                    self._apply(waiting)
                    if not self._has_missing(waiting):
                        self._pending.remove(waiting)
                        progress = True

    def _apply(self, update: bytes) -> None:
        self._applying = True
        try:
            # Under its own origin when it starts a transaction, so an undo manager can leave it out.
            origin = REMOTE_ORIGIN if self._doc._txn is None else None
            with self._doc.transaction(origin=origin):
                self._doc.apply_update(update)
        finally:
            self._applying = False

    def _has_missing(self, update: bytes) -> bool:
        return has_missing(self._doc, update)

    def encode_state(self) -> bytes:
        """The whole document as one update (what a snapshot or an exported file holds)."""
        return self._doc.get_update()

    def state_vector(self) -> bytes:
        return self._doc.get_state()

    def diff(self, remote_state_vector: bytes) -> bytes:
        """What this copy has that a copy with ``remote_state_vector`` lacks, as one update."""
        return self._doc.get_update(remote_state_vector)

    def on_update(self, listener: UpdateListener) -> Callable[[], None]:
        """Call ``listener(update, origin)`` after each transaction that changed the document (local
        edits and applied updates; a duplicate update changes nothing and calls nothing). Returns a
        function that stops the calls. Listeners run in the thread of the transaction."""
        self._listeners.append(listener)

        def stop() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return stop

    def observe_text(self, section_id: str, field: Field | str, listener: Callable[[TextEvent], None]
                     ) -> Callable[[], None]:
        """Call ``listener(event)`` for each transaction that changes one title or body, while it
        commits (it may read the text, ``str(event.target)``, but not edit the document).
        ``event.delta`` counts ``retain`` and ``delete`` in UTF-8 bytes of the text before the change;
        ``event.transaction.origin`` is ``REMOTE_ORIGIN`` for ``apply_update``, an undo manager's
        ``origin`` for its undo and redo, None for edits made through this object. Returns a function
        that stops the calls."""
        ytext = self._ytext(section_id, field)
        active = [True]

        def forward(event: TextEvent) -> None:
            if active[0]:
                listener(event)

        subscription = ytext.observe(forward)

        def stop() -> None:
            if active[0]:
                active[0] = False
                ytext.unobserve(subscription)

        return stop

    def undo_manager(self, capture_timeout_millis: int = 500,
                     timestamp: Callable[[], int] | None = None) -> UndoManager:
        """An undo manager of this copy's own edits (sections added, removed, moved, text typed):
        updates applied with ``apply_update`` are never undone, while undoing keeps them. Edits closer
        together than ``capture_timeout_millis`` (by ``timestamp``, milliseconds, the clock if None)
        are undone as one step. Undo and redo are local edits (saved and handed to listeners as
        ``Origin.LOCAL``)."""
        if timestamp is None:
            manager = UndoManager(scopes=[self._sections], capture_timeout_millis=capture_timeout_millis)
        else:
            manager = UndoManager(scopes=[self._sections], capture_timeout_millis=capture_timeout_millis,
                                  timestamp=timestamp)
        manager.exclude_origin(REMOTE_ORIGIN)
        manager.exclude_origin(_ANNOTATION_ORIGIN)
        return manager

    def annotation_transaction(self) -> Transaction:
        """A transaction for comments and named versions (``collab.annotations``): undo managers leave
        it out, so undo never takes back a comment nor the anchoring edit it makes in a text."""
        return self._doc.transaction(origin=_ANNOTATION_ORIGIN if self._doc._txn is None else None)

    @property
    def ydoc(self) -> Doc[Any]:
        """The pycrdt document, for the roots other modules keep in it ("comments", "versions")."""
        return self._doc

    def text_object(self, section_id: str, field: Field | str) -> Text:
        """The shared text of a section's title or body (its positions count UTF-8 bytes)."""
        return self._ytext(section_id, field)

    def transaction(self) -> Transaction:
        """Group several edits into one transaction (and one update): ``with document.transaction():``."""
        return self._doc.transaction()

    # -- internals ---------------------------------------------------------------------------------

    def _on_transaction(self, event: TransactionEvent) -> None:
        update: bytes = event.update
        if update == EMPTY_UPDATE or not self._listeners:
            return
        origin = Origin.REMOTE if self._applying else Origin.LOCAL
        for listener in list(self._listeners):
            listener(update, origin)

    def _ordered(self) -> list[Map[object]]:
        # A section whose parts have not all arrived yet (updates out of order) is not shown.
        items: list[Map[object]] = [m for m in self._sections if set(m.keys()) >= _COMPLETE]
        return sorted(items, key=lambda m: (_order(m), str(m["id"])))

    def _ytext(self, section_id: str, field: Field | str) -> Text:
        ytext = self._find(section_id)[Field(field).value]
        assert isinstance(ytext, Text)
        return ytext

    def _find(self, section_id: str) -> Map[object]:
        for item in self._sections:
            if item.get("id") == section_id and set(item.keys()) >= _COMPLETE:
                found: Map[object] = item
                return found
        raise UnknownSection(section_id)

    @staticmethod
    def _order_for(ordered: Sequence[Map[object]], index: int) -> str:
        before = _order(ordered[index - 1]) if index > 0 else ""
        after = _order(ordered[index]) if index < len(ordered) else None
        if after is not None and before >= after:
            # Two copies gave two sections the same key: make room after ``before``'s equals.
            after = None if index >= len(ordered) else _next_greater(ordered, index, before)
        return _key_between(before, after)


def sections_markdown(sections: Iterable[Section]) -> str:
    """Sections as Markdown-like text: each a level-2 heading and its body."""
    parts = []
    for section in sections:
        body = section.body.strip("\n")
        parts.append(f"## {section.title}\n\n{body}\n" if body else f"## {section.title}\n")
    return "\n".join(parts)


def _section_map(section_id: str, order: str, title: str, body: str) -> Map[object]:
    return Map({"id": section_id, "order": order, "title": Text(title), "body": Text(body)})


def _next_greater(ordered: Sequence[Map[object]], index: int, key: str) -> str | None:
    for item in ordered[index:]:
        if _order(item) > key:
            return _order(item)
    return None


def _order(section: Map[object]) -> str:
    value = section.get("order")
    return value if isinstance(value, str) else ""


def _words(text: str) -> int:
    return sum(1 for token in text.split() if _WORD.search(token))


def _utf8_offset(text: str, index: int) -> int:
    return index if text.isascii() else len(text[:index].encode("utf-8"))


def to_utf16(text: str, index: int) -> int:
    """A code point position in ``text`` as a UTF-16 position (what Yjs counts)."""
    prefix = text[:index]
    return len(prefix) + sum(1 for char in prefix if ord(char) > 0xFFFF)


def from_utf16(text: str, offset: int) -> int:
    """A UTF-16 position (from Yjs) in ``text`` as a code point position; one falling inside a
    surrogate pair goes to the start of that character."""
    units = 0
    for index, char in enumerate(text):
        width = 2 if ord(char) > 0xFFFF else 1
        if units + width > offset:
            return index
        units += width
    return len(text)


def _key_between(before: str, after: str | None) -> str:
    """A key sorting strictly between ``before`` ("" for the start) and ``after`` (None for the end),
    over base-36 digits, never ending in "0" (so there is always room before it)."""
    if after is not None:
        common = 0
        while (before[common] if common < len(before) else "0") == after[common]:
            common += 1
        if common:
            return after[:common] + _key_between(before[common:], after[common:])
    low = _DIGITS.index(before[0]) if before else 0
    high = _DIGITS.index(after[0]) if after is not None else len(_DIGITS)
    if high - low > 1:
        return _DIGITS[(low + high) // 2]
    if after is not None and len(after) > 1:
        return after[:1]
    return _DIGITS[low] + _key_between(before[1:], None)
