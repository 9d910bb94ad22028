"""A Python y-websocket client for tests: joins a workshop over HTTP and speaks the y-protocols over a
real WebSocket with its own copy of the document (what the browser editor does, in Python)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import requests
from pycrdt import YMessageType, YSyncMessageType, write_message, write_var_uint
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from socieux_desktop.collab.document import DeliverableDocument, Origin

PIN = "424242"
WAIT = 20.0


def join(base_url: str, name: str = "Awa Koné", pin: str = PIN, **fields: Any) -> requests.Response:
    body = {"name": name, "institution": "Direction de l'Action Sociale", "sex": "female", "pin": pin}
    body.update(fields)
    return requests.post(base_url + "api/join", json=body, timeout=WAIT)


def sync_message(sub: int, payload: bytes) -> bytes:
    return write_var_uint(YMessageType.SYNC) + write_var_uint(sub) + write_message(payload)


def awareness_message(entries: list[tuple[int, int, Any]]) -> bytes:
    body = write_var_uint(len(entries))
    for client_id, clock, state in entries:
        body += write_var_uint(client_id) + write_var_uint(clock) + write_message(json.dumps(state).encode())
    return write_var_uint(YMessageType.AWARENESS) + write_message(body)


def read_uint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def read_bytes(data: bytes, at: int) -> tuple[bytes, int]:
    length, at = read_uint(data, at)
    return data[at:at + length], at + length


class YClient:
    """One participant's socket and document. Local edits are sent as they happen."""

    def __init__(self, port: int, room: str, token: str, *, send_edits: bool = True) -> None:
        self.document = DeliverableDocument()
        self.ws: ClientConnection = connect(f"ws://127.0.0.1:{port}/ws/{room}?token={token}",
                                            max_size=None, open_timeout=WAIT).__enter__()
        self.synced = False
        self.awareness: list[bytes] = []
        self.messages = 0
        if send_edits:
            self.document.on_update(self._send_local)

    def _send_local(self, update: bytes, origin: Origin) -> None:
        if origin is Origin.LOCAL:
            self.ws.send(sync_message(YSyncMessageType.SYNC_UPDATE, update))

    def start_sync(self) -> None:
        self.ws.send(sync_message(YSyncMessageType.SYNC_STEP1, self.document.state_vector()))

    def sync(self) -> None:
        self.start_sync()
        self.until(lambda: self.synced)

    def handle(self, data: bytes) -> None:
        self.messages += 1
        kind, at = read_uint(data, 0)
        if kind == YMessageType.SYNC:
            sub, at = read_uint(data, at)
            payload, _ = read_bytes(data, at)
            if sub == YSyncMessageType.SYNC_STEP1:
                self.ws.send(sync_message(YSyncMessageType.SYNC_STEP2, self.document.diff(payload)))
            else:
                self.document.apply_update(payload)
                if sub == YSyncMessageType.SYNC_STEP2:
                    self.synced = True
        elif kind == YMessageType.AWARENESS:
            payload, _ = read_bytes(data, at)
            self.awareness.append(payload)

    def receive(self, timeout: float) -> bool:
        """Handle one message if one comes within ``timeout`` seconds."""
        try:
            data = self.ws.recv(timeout=timeout)
        except TimeoutError:
            return False
        assert isinstance(data, bytes)
        self.handle(data)
        return True

    def until(self, condition: Callable[[], bool], timeout: float = WAIT) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("condition not reached in time")
            self.receive(min(left, 0.5))

    def drain(self, quiet: float = 0.3) -> None:
        """Handle messages until none comes for ``quiet`` seconds."""
        while self.receive(quiet):
            pass

    def close_code(self, timeout: float = WAIT) -> int | None:
        """Read until the host closes the socket; the close code it sent."""
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                self.receive(0.5)
        except ConnectionClosed as closed:
            return closed.rcvd.code if closed.rcvd is not None else None
        raise AssertionError("the host did not close the socket")

    def body(self, index: int = 0) -> str:
        return self.document.sections()[index].body

    def close(self) -> None:
        self.ws.close()
