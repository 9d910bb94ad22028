"""collab.workshop_presence alone: states checked, owned by one socket, a snapshot for newcomers."""

from __future__ import annotations

from typing import Any

import pytest
from pycrdt import Doc

from socieux_desktop.collab.workshop_guard import Malformed
from socieux_desktop.collab.workshop_presence import MAX_IDS_PER_SOCKET, Presence
from tests.collab.workshop_client import awareness_message, read_bytes, read_uint


def payload(entries: list[tuple[int, int, Any]]) -> bytes:
    message = awareness_message(entries)
    _kind, at = read_uint(message, 0)
    return read_bytes(message, at)[0]


def test_states_are_owned_by_their_socket() -> None:
    doc: Doc[Any] = Doc()
    presence = Presence(doc)
    awa, mallory = object(), object()
    assert presence.snapshot() is None
    seen = presence.apply(awa, payload([(7, 1, {"user": {"name": "Awa"}, "section": "s1"})]))
    assert seen is not None and seen.section_seen and seen.section == "s1"
    assert presence.snapshot() is not None and b"Awa" in (presence.snapshot() or b"")
    assert presence.apply(mallory, payload([(7, 2, {"user": {"name": "Mallory"}})])) is None  # Awa's id
    assert b"Awa" in (presence.snapshot() or b"")
    too_many = [(100 + n, 1, {"n": n}) for n in range(MAX_IDS_PER_SOCKET + 1)]
    assert presence.apply(mallory, payload(too_many)) is None
    gone = presence.forget(awa)
    assert gone is not None and presence.snapshot() is None
    assert presence.forget(awa) is None


def test_malformed_states_refused() -> None:
    presence = Presence(Doc())
    with pytest.raises(Malformed):
        presence.apply(object(), payload([(1, 1, [1, 2])]))
    with pytest.raises(Malformed):
        presence.apply(object(), b"\x01\x01")
