"""Presence in a workshop: who is here and where they write (the y-protocols awareness states).

The host keeps the awareness states of every browser in a pycrdt ``Awareness`` of its document, and:

- sends a newcomer everyone's state as soon as its socket opens (``snapshot``), instead of leaving it
  to wait for each browser's next renewal (15 s in y-protocols);
- relays each browser's update to the others, once checked (``apply``): well-formed, each state a JSON
  object, and only for client ids that socket owns (one socket cannot change or remove another's
  presence) and at most ``MAX_IDS_PER_SOCKET`` of them (a hostile client cannot fill the host's memory
  with states);
- removes a socket's states when it closes and tells the others (``forget``).

Loop thread only, like the documents.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pycrdt import create_awareness_message

from socieux_desktop.collab.workshop_guard import Malformed, Reader

if TYPE_CHECKING:
    from pycrdt import Awareness, Doc

MAX_IDS_PER_SOCKET = 8
"""Awareness client ids one socket may hold (a browser tab has one; a reload makes a new one)."""


def awareness_entries(payload: bytes) -> list[tuple[int, dict[str, Any] | None]]:
    """The (client id, state) pairs of an awareness update, checked (state None: a removal)."""
    reader = Reader(payload)
    entries: list[tuple[int, dict[str, Any] | None]] = []
    for _ in range(reader.uint()):
        client_id = reader.uint()
        reader.uint()  # clock
        text = reader.string()
        try:
            state = json.loads(text) if text else None
        except ValueError:
            raise Malformed("awareness state is not JSON") from None
        if state is not None and not isinstance(state, dict):
            raise Malformed("awareness state is not an object")
        entries.append((client_id, state))
    reader.end()
    return entries


@dataclass(frozen=True, slots=True)
class Seen:
    """What one accepted awareness update tells: the message to relay and, when the update says it,
    the section its sender writes in."""

    message: bytes
    section_seen: bool
    section: str | None


class Presence:
    def __init__(self, doc: Doc[Any]) -> None:
        from pycrdt import Awareness

        self._awareness: Awareness = Awareness(doc)
        self._awareness.set_local_state(None)  # the host itself shows no cursor
        self._owners: dict[int, object] = {}  # awareness client id -> the socket that set it

    def snapshot(self) -> bytes | None:
        """Everyone's current state as one awareness message (None when nobody has one)."""
        states = list(self._awareness.states)
        if not states:
            return None
        return create_awareness_message(self._awareness.encode_awareness_update(states))

    def apply(self, owner: object, payload: bytes) -> Seen | None:
        """Apply a socket's awareness update; what to relay, or None when it is refused (it names
        another socket's client id, or too many). ``Malformed`` when it does not decode."""
        entries = awareness_entries(payload)
        held = {client_id for client_id, holder in self._owners.items() if holder is owner}
        for client_id, _state in entries:
            if self._owners.get(client_id, owner) is not owner:
                return None
            held.add(client_id)
        if len(held) > MAX_IDS_PER_SOCKET:
            return None
        self._awareness.apply_awareness_update(payload, owner)
        section_seen = False
        section: str | None = None
        for client_id, state in entries:
            if state is None:
                self._owners.pop(client_id, None)
                continue
            self._owners[client_id] = owner
            if "section" in state:
                value = state.get("section")
                section = value if isinstance(value, str) else None
                section_seen = True
        return Seen(create_awareness_message(payload), section_seen, section)

    def forget(self, owner: object) -> bytes | None:
        """Remove a closed socket's states; the message telling the others, if it had any."""
        ids = [client_id for client_id, holder in self._owners.items() if holder is owner]
        for client_id in ids:
            del self._owners[client_id]
        ids = [client_id for client_id in ids if client_id in self._awareness.states]
        if not ids:
            return None
        self._awareness.remove_awareness_states(ids, owner)
        return create_awareness_message(self._awareness.encode_awareness_update(ids))
