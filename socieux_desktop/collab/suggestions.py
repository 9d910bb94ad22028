"""Suggested changes to a deliverable's text, kept in its CRDT document until the expert accepts or rejects
each one.

A workshop participant the expert sets to *suggest* (``WorkshopHost.set_suggesting``) does not change the
text: their browser writes what they type or delete here instead, and the host lets them write only here
and in ``"comments"`` (``collab/workshop_guard.py``). The expert sees the suggestions in colour and accepts
them (the change becomes a normal edit of the text) or rejects them (the suggestion goes; the text never
held it).

Structure (what a browser writes, and all the host's guard allows a suggesting participant):

- root ``"suggestions"`` (Y.Array of Y.Map), each map: ``"id"`` (str), ``"section_id"``, ``"field"``
  (``"body"``), ``"kind"`` (``"insert"`` or ``"delete"``), ``"start"``, ``"end"``, ``"text"``,
  ``"author"``, ``"created"`` (UTC ISO time);
- ``"insert"``: ``"text"`` goes in before the character ``"start"`` is anchored on (null: at the end
  of the text); ``"end"`` is null;
- ``"delete"``: the characters from ``"start"`` to ``"end"`` (exclusive; null: to the end) go;
  ``"text"`` is what they read when the deletion was suggested.

Anchors are sticky indices as for comments (``collab/annotations.py``: JSON of a Yjs relative position on
an item's first character, made with ``sticky_anchor``, the same trick of one character inserted and
deleted in the same transaction). Besides that zero-width split of a body (its text unchanged), a
suggesting participant's update writes nothing in ``"sections"``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pycrdt import Array, Map

from socieux_desktop.collab.annotations import (
    UnknownAnnotation,
    _time,
    anchor_position,
    state_clocks,
    sticky_anchor,
)
from socieux_desktop.collab.document import DeliverableDocument, Field, UnknownSection

SUGGESTIONS = "suggestions"
_KEYS = frozenset({"id", "section_id", "field", "kind", "start", "end", "text", "author", "created"})


class SuggestionKind(StrEnum):
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class Suggestion:
    id: str
    section_id: str
    kind: SuggestionKind
    start: int | None
    """Where it applies now, in code points of the section's body; None when its place is gone."""
    end: int | None
    """For a deletion, the end of the span now; for an insertion, ``start``."""
    text: str
    """The text to insert, or the text suggested for deletion."""
    author: str

    @property
    def detached(self) -> bool:
        return self.start is None


class Suggestions:
    """The suggestions of one copy of a deliverable's document."""

    def __init__(self, document: DeliverableDocument) -> None:
        self._document = document
        self._array: Array[Map[Any]] = document.ydoc.get(SUGGESTIONS, type=Array)

    def suggest_insert(self, section_id: str, index: int, text: str, author: str) -> str:
        """Suggest inserting ``text`` at code point ``index`` of a section's body; the id."""
        if not text:
            raise ValueError("an insertion needs some text")
        if not 0 <= index <= len(self._document.text(section_id)):
            raise IndexError(index)
        return self._add(section_id, SuggestionKind.INSERT, index, None, text, author)

    def suggest_delete(self, section_id: str, start: int, end: int, author: str) -> str:
        """Suggest deleting code points ``start`` to ``end`` of a section's body; the id."""
        current = self._document.text(section_id)
        if not 0 <= start < end <= len(current):
            raise IndexError(f"{start}..{end} is not a non-empty part of the text 0..{len(current)}")
        return self._add(section_id, SuggestionKind.DELETE, start, end, current[start:end], author)

    def all(self) -> list[Suggestion]:
        """The suggestions in reading order (section, then place); those whose place is gone last."""
        clocks = state_clocks(self._document)
        found = [self._suggestion(item, clocks) for item in self._array if _readable(item)]
        order = {section.id: number for number, section in enumerate(self._document.sections())}
        return sorted(found, key=lambda s: (order.get(s.section_id, len(order)), s.start is None,
                                            s.start or 0, s.id))

    def of_section(self, section_id: str) -> list[Suggestion]:
        return [s for s in self.all() if s.section_id == section_id and not s.detached]

    def accept(self, suggestion_id: str) -> None:
        """Make the suggestion a normal edit of the text and remove it, in one transaction. A suggestion
        whose place is gone is only removed."""
        with self._document.transaction():
            self._accept(self.get(suggestion_id))

    def reject(self, suggestion_id: str) -> None:
        """Remove the suggestion; the text is as if it had never been made."""
        with self._document.annotation_transaction():
            self._remove(suggestion_id)

    def accept_all(self) -> int:
        """Accept every suggestion (the last in reading order first, so that no edit moves another's
        place); how many."""
        found = self.all()
        with self._document.transaction():
            for suggestion in reversed(found):
                self._accept(suggestion)
        return len(found)

    def reject_all(self) -> int:
        count = len(self.all())
        with self._document.annotation_transaction():
            while len(self._array):
                del self._array[len(self._array) - 1]
        return count

    def get(self, suggestion_id: str) -> Suggestion:
        clocks = state_clocks(self._document)
        for item in self._array:
            if _readable(item) and item.get("id") == suggestion_id:
                return self._suggestion(item, clocks)
        raise UnknownAnnotation(suggestion_id)

    # -- inside ------------------------------------------------------------------------------------

    def _add(self, section_id: str, kind: SuggestionKind, start: int, end: int | None, text: str,
             author: str) -> str:
        suggestion_id = str(uuid.uuid4())
        with self._document.annotation_transaction():
            start_anchor = sticky_anchor(self._document, section_id, Field.BODY, start)
            end_anchor = None if end is None else sticky_anchor(self._document, section_id, Field.BODY, end)
            self._array.append(Map({
                "id": suggestion_id, "section_id": section_id, "field": Field.BODY.value,
                "kind": kind.value, "start": start_anchor, "end": end_anchor, "text": text,
                "author": author, "created": _time(None),
            }))
        return suggestion_id

    def _accept(self, suggestion: Suggestion) -> None:
        if suggestion.start is not None and suggestion.end is not None:
            if suggestion.kind is SuggestionKind.INSERT:
                self._document.insert(suggestion.section_id, Field.BODY, suggestion.start, suggestion.text)
            elif suggestion.end > suggestion.start:
                self._document.delete(suggestion.section_id, Field.BODY, suggestion.start,
                                      suggestion.end - suggestion.start)
        self._remove(suggestion.id)

    def _remove(self, suggestion_id: str) -> None:
        for position, item in enumerate(self._array):
            if isinstance(item, Map) and item.get("id") == suggestion_id:
                del self._array[position]
                return
        raise UnknownAnnotation(suggestion_id)

    def _suggestion(self, item: Map[Any], clocks: dict[int, int]) -> Suggestion:
        section_id = str(item["section_id"])
        kind = SuggestionKind(str(item["kind"]))
        start: int | None = None
        end: int | None = None
        try:
            current = self._document.text(section_id)
            ytext = self._document.text_object(section_id, Field.BODY)
        except UnknownSection:
            pass
        else:
            first = anchor_position(ytext, current, item["start"], clocks)
            if kind is SuggestionKind.INSERT:
                start = end = first
            else:
                last = anchor_position(ytext, current, item["end"], clocks)
                if first is not None and last is not None and first < last:
                    start, end = first, last
        return Suggestion(id=str(item["id"]), section_id=section_id, kind=kind, start=start, end=end,
                          text=str(item["text"]), author=str(item["author"]))


def _readable(item: object) -> bool:
    return (isinstance(item, Map) and set(item.keys()) >= _KEYS and item["field"] == Field.BODY.value
            and item["kind"] in (SuggestionKind.INSERT.value, SuggestionKind.DELETE.value))
