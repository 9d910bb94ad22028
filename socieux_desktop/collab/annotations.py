"""Comments anchored to passages of a deliverable, and its named versions, kept in its CRDT document.

Both live in the document itself, so they travel, sync and merge with the text (hub, exported files,
workshop):

- root ``"comments"`` (Y.Array of Y.Map): ``"id"``, ``"section_id"``, ``"field"`` (``"title"`` or
  ``"body"``), ``"start"`` and ``"end"`` (anchors, below), ``"quote"`` (the passage when commented),
  ``"author"``, ``"text"``, ``"created"`` (UTC ISO time), ``"resolved"`` (bool), ``"resolved_by"``;
  a reply is an entry of the same array: ``"id"``, ``"reply_to"`` (the comment's id), ``"author"``,
  ``"text"``, ``"created"`` (entries of their own, so that replies written at once on two copies are
  both kept; programs that know no replies skip them, as they lack a comment's keys);
- root ``"versions"`` (Y.Array of Y.Map): ``"id"``, ``"name"``, ``"created"``, ``"author"``,
  ``"content"`` (JSON list of the sections' ``{"id", "title", "body"}`` at that moment).

Anchors. ``"start"`` is the JSON of a sticky index (a Yjs relative position: ``{"item": {"client",
"clock"}, "assoc": 0}``) on the passage's first character, ``"end"`` one on the character just after it,
or null when the passage reaches the end of the text. A sticky index names a character, not a number, so
the span follows its passage while others insert or delete before or inside it; text typed right at its
end joins it. When the whole passage is deleted both anchors meet and the comment has no span any more.

pycrdt 0.14.13 computes a sticky index's clock from a UTF-8 offset inside a CRDT item, and resolves it
back the same way (y-crdt/pycrdt#382): after a non-ASCII character of the same item it names the wrong
character, or one that does not exist (Yrs then panics). A clock is right at the start of an item, so
``Comments.add`` first makes each anchored character begin its own item: it inserts one character before
it and deletes it again, in the comment's transaction. The deleted character stays between the two
halves for good (CRDT items never merge across it), on every copy that receives the update.

Edits run in ``DeliverableDocument.annotation_transaction()``: listeners (saving, the workshop) get
them as any local edit, and undo leaves them out.
"""

from __future__ import annotations

import difflib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pycrdt import Array, Assoc, Map, StickyIndex, Text

from socieux_desktop.collab.document import (
    DeliverableDocument,
    Field,
    Section,
    UnknownSection,
    sections_markdown,
)

COMMENTS = "comments"
VERSIONS = "versions"
_COMMENT_KEYS = frozenset({"id", "section_id", "field", "start", "end", "quote", "author", "text",
                           "created", "resolved"})
_REPLY_KEYS = frozenset({"id", "reply_to", "author", "text", "created"})
_VERSION_KEYS = frozenset({"id", "name", "created", "author", "content"})
_SPLITTER = " "
"""Inserted and deleted at once to start a CRDT item at an anchor (any character would do)."""


class UnknownAnnotation(KeyError):
    """No comment or version has this id (another copy may have removed it)."""


@dataclass(frozen=True, slots=True)
class Reply:
    id: str
    author: str
    text: str
    created: datetime


@dataclass(frozen=True, slots=True)
class Comment:
    id: str
    section_id: str
    field: Field
    start: int | None
    """Where the passage starts now, in code points of the section's field; None when it was deleted."""
    end: int | None
    passage: str
    """The passage as it reads now ("" when it was deleted)."""
    quote: str
    """The passage as it read when the comment was made."""
    author: str
    text: str
    created: datetime
    resolved: bool
    resolved_by: str
    replies: tuple[Reply, ...] = ()
    """Oldest first."""

    @property
    def detached(self) -> bool:
        """Whether its passage (or its section) was deleted."""
        return self.start is None


class Comments:
    """The comments of one copy of a deliverable's document."""

    def __init__(self, document: DeliverableDocument) -> None:
        self._document = document
        self._array: Array[Map[Any]] = document.ydoc.get(COMMENTS, type=Array)

    def add(self, section_id: str, field: Field | str, start: int, end: int, text: str, author: str, *,
            comment_id: str | None = None, created: datetime | None = None) -> str:
        """Comment on code points ``start`` to ``end`` of a section's title or body; the comment's id
        (a new UUID unless given) and time (now unless given: the demo dates its comments). Raises
        ``ValueError`` for an empty comment or passage, ``IndexError`` for a span outside the text,
        ``UnknownSection`` for a section that is gone."""
        field = Field(field)
        if not text.strip():
            raise ValueError("a comment needs some text")
        current = self._document.text(section_id, field)
        if not 0 <= start < end <= len(current):
            raise IndexError(f"passage {start}..{end} is not a non-empty part of the text 0..{len(current)}")
        comment_id = comment_id or str(uuid.uuid4())
        with self._document.annotation_transaction():
            start_anchor = self._anchor(section_id, field, start)
            end_anchor = self._anchor(section_id, field, end)
            self._array.append(Map({
                "id": comment_id, "section_id": section_id, "field": field.value,
                "start": start_anchor, "end": end_anchor, "quote": current[start:end],
                "author": author, "text": text.strip(), "created": _time(created),
                "resolved": False, "resolved_by": "",
            }))
        return comment_id

    def reply(self, comment_id: str, text: str, author: str) -> str:
        """Answer a comment; the reply's id. ``ValueError`` for an empty reply, ``UnknownAnnotation``
        for a comment that is gone."""
        if not text.strip():
            raise ValueError("a reply needs some text")
        self._find(comment_id)
        reply_id = str(uuid.uuid4())
        with self._document.annotation_transaction():
            self._array.append(Map({"id": reply_id, "reply_to": comment_id, "author": author,
                                    "text": text.strip(), "created": _time(None)}))
        return reply_id

    def resolve(self, comment_id: str, by: str) -> None:
        with self._document.annotation_transaction():
            found = self._find(comment_id)
            found["resolved"] = True
            found["resolved_by"] = by

    def reopen(self, comment_id: str) -> None:
        with self._document.annotation_transaction():
            found = self._find(comment_id)
            found["resolved"] = False
            found["resolved_by"] = ""

    def remove(self, comment_id: str) -> None:
        """Remove a comment and its replies."""
        with self._document.annotation_transaction():
            found = False
            for position in reversed(range(len(self._array))):
                item = self._array[position]
                if isinstance(item, Map) and comment_id in (item.get("id"), item.get("reply_to")):
                    found = found or item.get("id") == comment_id
                    del self._array[position]
            if found:
                return
        raise UnknownAnnotation(comment_id)

    def get(self, comment_id: str) -> Comment:
        return self._comment(self._find(comment_id), _clocks(self._document.state_vector()),
                             self._replies())

    def all(self, include_resolved: bool = True) -> list[Comment]:
        """The comments in reading order (section, then passage); detached ones after those of
        their section, oldest first."""
        clocks = _clocks(self._document.state_vector())
        replies = self._replies()
        comments = [self._comment(item, clocks, replies) for item in self._array if _readable_comment(item)]
        if not include_resolved:
            comments = [c for c in comments if not c.resolved]
        order = {section.id: number for number, section in enumerate(self._document.sections())}
        return sorted(comments, key=lambda c: (
            order.get(c.section_id, len(order)), c.field != Field.TITLE,
            c.start is None, c.start or 0, c.created, c.id))

    def of_text(self, section_id: str, field: Field | str, include_resolved: bool = False) -> list[Comment]:
        """The comments on one section's title or body that still have a passage (what an editor
        highlights), in the order of their passages."""
        field = Field(field)
        return [c for c in self.all(include_resolved)
                if c.section_id == section_id and c.field == field and c.start is not None]

    # -- anchors -----------------------------------------------------------------------------------

    def _anchor(self, section_id: str, field: Field, index: int) -> str | None:
        return sticky_anchor(self._document, section_id, field, index)

    def _position(self, ytext: Text, current: str, anchor: object, clocks: dict[int, int]) -> int | None:
        return anchor_position(ytext, current, anchor, clocks)

    def _replies(self) -> dict[str, tuple[Reply, ...]]:
        found: dict[str, list[Reply]] = {}
        for item in self._array:
            if isinstance(item, Map) and set(item.keys()) >= _REPLY_KEYS:
                found.setdefault(str(item["reply_to"]), []).append(Reply(
                    str(item["id"]), str(item["author"]), str(item["text"]), _parse_time(item["created"])))
        return {key: tuple(sorted(value, key=lambda r: (r.created, r.id))) for key, value in found.items()}

    def _comment(self, item: Map[Any], clocks: dict[int, int],
                 replies: dict[str, tuple[Reply, ...]]) -> Comment:
        section_id, field = str(item["section_id"]), Field(str(item["field"]))
        start: int | None = None
        end: int | None = None
        passage = ""
        try:
            current = self._document.text(section_id, field)
            ytext = self._document.text_object(section_id, field)
        except UnknownSection:
            pass
        else:
            first = self._position(ytext, current, item["start"], clocks)
            last = self._position(ytext, current, item["end"], clocks)
            if first is not None and last is not None and first < last:
                start, end, passage = first, last, current[first:last]
        return Comment(
            id=str(item["id"]), section_id=section_id, field=field, start=start, end=end,
            passage=passage, quote=str(item["quote"]), author=str(item["author"]),
            text=str(item["text"]), created=_parse_time(item["created"]),
            resolved=bool(item["resolved"]), resolved_by=str(item.get("resolved_by") or ""),
            replies=replies.get(str(item["id"]), ()))

    def _find(self, comment_id: str) -> Map[Any]:
        for item in self._array:
            if _readable_comment(item) and item.get("id") == comment_id:
                found: Map[Any] = item
                return found
        raise UnknownAnnotation(comment_id)


def sticky_anchor(document: DeliverableDocument, section_id: str, field: Field, index: int) -> str | None:
    """The JSON of a sticky index on the character at ``index`` (code points) of a section's field; None
    at the end of the text. Run it inside the transaction that stores the anchor (module docstring)."""
    current = document.text(section_id, field)
    if index >= len(current):
        return None
    if index > 0:  # the first character always starts an item (module docstring)
        document.insert(section_id, field, index, _SPLITTER)
        document.delete(section_id, field, index, 1)
    ytext = document.text_object(section_id, field)
    sticky = ytext.sticky_index(len(current[:index].encode("utf-8")), Assoc.AFTER)
    return json.dumps(sticky.to_json())


def anchor_position(ytext: Text, current: str, anchor: object, clocks: dict[int, int]) -> int | None:
    """Where an anchor (``sticky_anchor``'s JSON, or None for the end) points now in ``current``, the
    text of ``ytext``, in code points; None when it cannot be read or its character has not arrived
    (``clocks``: the document's state vector, ``state_clocks``)."""
    if anchor is None:
        return len(current)
    try:
        data = json.loads(str(anchor))
        client, clock = int(data["item"]["client"]), int(data["item"]["clock"])
    except (ValueError, KeyError, TypeError):
        return None
    if clocks.get(client, 0) <= clock:  # its character has not arrived yet (Yrs would panic)
        return None
    offset = StickyIndex.from_json(data, ytext).get_index()
    return len(current.encode("utf-8")[:offset].decode("utf-8", errors="ignore"))


def state_clocks(document: DeliverableDocument) -> dict[int, int]:
    """The document's state vector as {client: next clock}."""
    return _clocks(document.state_vector())


# -- named versions --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Version:
    id: str
    name: str
    created: datetime
    author: str


class DiffKind(StrEnum):
    EQUAL = "equal"
    DELETE = "delete"  # in the version, no longer in the current text
    INSERT = "insert"  # in the current text, not in the version


@dataclass(frozen=True, slots=True)
class DiffLine:
    kind: DiffKind
    text: str


class Versions:
    """The named versions of one copy of a deliverable's document."""

    def __init__(self, document: DeliverableDocument) -> None:
        self._document = document
        self._array: Array[Map[Any]] = document.ydoc.get(VERSIONS, type=Array)

    def save(self, name: str, author: str, *, version_id: str | None = None,
             created: datetime | None = None) -> str:
        """Keep the sections' titles and bodies as they are now under ``name``; the version's id (a new
        UUID unless given) and time (now unless given). Raises ``ValueError`` for an empty name."""
        if not name.strip():
            raise ValueError("a version needs a name")
        content = [{"id": s.id, "title": s.title, "body": s.body} for s in self._document.sections()]
        version_id = version_id or str(uuid.uuid4())
        with self._document.annotation_transaction():
            self._array.append(Map({
                "id": version_id, "name": name.strip(), "created": _time(created), "author": author,
                "content": json.dumps(content, ensure_ascii=False),
            }))
        return version_id

    def all(self) -> list[Version]:
        """The versions, oldest first."""
        versions = [Version(str(item["id"]), str(item["name"]), _parse_time(item["created"]),
                            str(item["author"]))
                    for item in self._array if _readable_version(item)]
        return sorted(versions, key=lambda v: (v.created, v.id))

    def get(self, version_id: str) -> Version:
        item = self._find(version_id)
        return Version(version_id, str(item["name"]), _parse_time(item["created"]), str(item["author"]))

    def content(self, version_id: str) -> list[Section]:
        """The sections as they were when the version was saved, in reading order."""
        stored = str(self._find(version_id)["content"])
        try:
            data = json.loads(stored)
            return [Section(str(s["id"]), str(s["title"]), str(s["body"])) for s in data]
        except (ValueError, TypeError, KeyError):  # not written by this module (a browser, a bug)
            return []

    def markdown(self, version_id: str) -> str:
        return sections_markdown(self.content(version_id))

    def restore(self, version_id: str) -> None:
        """Make the text what it was in the version, in one transaction (one edit, undoable): its
        sections' titles and bodies and their order; sections added since are removed, sections
        removed since come back (with a new id). Texts change by their differing middle only."""
        wanted = self.content(version_id)
        if not wanted:
            raise UnknownAnnotation(version_id)
        document = self._document
        with document.transaction():
            kept = {section.id for section in wanted}
            for section in document.sections():
                if section.id not in kept:
                    document.remove_section(section.id)
            current = {section.id for section in document.sections()}
            for index, section in enumerate(wanted):
                if section.id in current:
                    document.set_title(section.id, section.title)
                    document.set_text(section.id, "body", section.body)
                    document.move_section(section.id, index)
                else:
                    document.add_section(section.title, section.body, index)

    def compare(self, version_id: str) -> list[DiffLine]:
        """The version's text against the current text, line by line."""
        old = self.markdown(version_id).splitlines()
        new = self._document.markdown().splitlines()
        lines: list[DiffLine] = []
        for tag, old_start, old_end, new_start, new_end in difflib.SequenceMatcher(
                None, old, new, autojunk=False).get_opcodes():
            if tag == "equal":
                lines += [DiffLine(DiffKind.EQUAL, line) for line in old[old_start:old_end]]
                continue
            lines += [DiffLine(DiffKind.DELETE, line) for line in old[old_start:old_end]]
            lines += [DiffLine(DiffKind.INSERT, line) for line in new[new_start:new_end]]
        return lines

    def _find(self, version_id: str) -> Map[Any]:
        for item in self._array:
            if _readable_version(item) and item.get("id") == version_id:
                found: Map[Any] = item
                return found
        raise UnknownAnnotation(version_id)


def _readable_comment(item: object) -> bool:
    """Whether an entry of "comments" is a whole comment (its parts may arrive later; another
    program may have written something else)."""
    return (isinstance(item, Map) and set(item.keys()) >= _COMMENT_KEYS
            and item["field"] in (Field.TITLE.value, Field.BODY.value))


def _readable_version(item: object) -> bool:
    return isinstance(item, Map) and set(item.keys()) >= _VERSION_KEYS


def _time(moment: datetime | None) -> str:
    """A comment's or version's time as kept in the document (UTC, ISO 8601); now when None."""
    return (datetime.now(UTC) if moment is None else moment.astimezone(UTC)).isoformat()


def _parse_time(value: object) -> datetime:
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return datetime.fromtimestamp(0, UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _clocks(state_vector: bytes) -> dict[int, int]:
    """A state vector (varint count, then varint client and clock pairs) as {client: next clock}."""
    values = []
    value = shift = 0
    for byte in state_vector:
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            values.append(value)
            value = shift = 0
    pairs = values[1:1 + 2 * values[0]] if values else []
    return dict(zip(pairs[::2], pairs[1::2], strict=True))
