"""A TCP proxy on loopback that does to the app's connections what bad networks do.

Each connection the app opens gets one fault, drawn with the weights given (``faults``): passed through
untouched, delayed, cut in the middle of the request or in the middle of the answer's body, reset,
answered by something that is not the hub (a Wi-Fi sign-in page, a redirection, a proxy's 502 page,
a 200 with garbage, broken gzip), a 503 with ``Retry-After``, or never answered. :meth:`offline` refuses
connections for a while (nothing listens on the port). ``date_shift`` moves the ``Date`` of the hub's
answers, as if this computer's clock were off by that much. Real sockets, real bytes: no mock.
"""

from __future__ import annotations

import contextlib
import email.utils
import random
import re
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from datetime import timedelta

FAULTS = ("pass", "delay", "cut request", "cut response", "reset", "reset at once", "wifi page", "redirect",
          "proxy 502", "garbage", "broken gzip", "busy 503", "hang")
"""Every fault the proxy knows."""

_PAGE = (b"<!DOCTYPE html><html><head><title>Hotel Wi-Fi</title></head><body><h1>Welcome</h1>"
         b"<p>Accept the terms to use the internet.</p></body></html>")
_DATE = re.compile(rb"(?im)^(date: )([^\r\n]+)")


def _answer(status: str, body: bytes, *headers: str, kind: str = "text/html") -> bytes:
    lines = [f"HTTP/1.1 {status}", f"Content-Type: {kind}", f"Content-Length: {len(body)}",
             "Connection: close", *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


class FaultProxy:
    """Listens on a free loopback port (:attr:`url`) and forwards to ``target`` with faults."""

    def __init__(self, target: tuple[str, int], seed: int, faults: Mapping[str, float] | None = None,
                 ) -> None:
        self.target = target
        self.rng = random.Random(seed)
        self._lock = threading.Lock()
        self.faults: dict[str, float] = dict(faults or {"pass": 1.0})
        self.seen: Counter[str] = Counter()
        self.date_shift = 0.0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._closing = False
        self._connections: set[socket.socket] = set()
        self._thread = self._start()

    # --- control -----------------------------------------------------------------------------------

    def use(self, faults: Mapping[str, float]) -> None:
        assert set(faults) <= set(FAULTS), set(faults) - set(FAULTS)
        with self._lock:
            self.faults = dict(faults)

    @contextlib.contextmanager
    def offline(self) -> Iterator[None]:
        """Nothing listens on the port meanwhile: connections are refused."""
        self._closing = True
        self._thread.join()
        self._listener.close()
        try:
            yield
        finally:
            self._listener = socket.create_server(("127.0.0.1", self.port))
            self._closing = False
            self._thread = self._start()

    def close(self) -> None:
        self._closing = True
        self._thread.join()
        self._listener.close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.close()

    # --- serving -----------------------------------------------------------------------------------

    def _start(self) -> threading.Thread:
        self._listener.settimeout(0.05)
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        return thread

    def _pick(self) -> str:
        with self._lock:
            names = list(self.faults)
            fault = self.rng.choices(names, weights=[self.faults[name] for name in names])[0]
            self.seen[fault] += 1
            return fault

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            with self._lock:
                self._connections.add(client)
            threading.Thread(target=self._serve, args=(client, self._pick()), daemon=True).start()

    def _serve(self, client: socket.socket, fault: str) -> None:
        upstream: socket.socket | None = None
        try:
            if fault == "reset at once":
                _reset(client)
                return
            if fault in _CANNED:
                client.recv(65536)
                client.sendall(_CANNED[fault]())
                return
            if fault == "reset":
                client.recv(65536)
                _reset(client)
                return
            if fault == "hang":
                client.settimeout(10)
                with contextlib.suppress(OSError):
                    while client.recv(65536):
                        pass
                return
            upstream = socket.create_connection(self.target)
            if fault == "cut request":
                data = client.recv(65536)
                upstream.sendall(data[:max(1, len(data) // 2)])
                return
            if fault == "delay":
                with self._lock:
                    pause = self.rng.uniform(0.05, 0.3)
                time.sleep(pause)
            forward = threading.Thread(target=_pipe, args=(client, upstream), daemon=True)
            forward.start()
            if fault == "cut response":
                client.sendall(_cut_answer(upstream))
                return
            self._back(upstream, client)
        except OSError:
            pass
        finally:
            for sock in (client, upstream):
                if sock is not None:  # shut down first: a close alone leaves the connection open while
                    with contextlib.suppress(OSError):  # the other direction's thread still reads it
                        sock.shutdown(socket.SHUT_RDWR)
                    with contextlib.suppress(OSError):
                        sock.close()
            with self._lock:
                self._connections.discard(client)

    def _back(self, upstream: socket.socket, client: socket.socket) -> None:
        """The hub's answers to the app, their ``Date`` moved by :attr:`date_shift` (same length)."""
        try:
            while data := upstream.recv(65536):
                if self.date_shift:
                    data = _DATE.sub(self._shifted, data)
                client.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (upstream, client):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def _shifted(self, match: re.Match[bytes]) -> bytes:
        moment = email.utils.parsedate_to_datetime(match.group(2).decode())
        return match.group(1) + email.utils.format_datetime(
            moment + timedelta(seconds=self.date_shift), usegmt=True).encode()


def _garbage() -> bytes:
    return _answer("200 OK", bytes(random.randrange(256) for _ in range(300)), kind="application/json")


_CANNED = {
    "wifi page": lambda: _answer("200 OK", _PAGE),
    "redirect": lambda: _answer("302 Found", b"", "Location: http://wifi.example/login?continue=1"),
    "proxy 502": lambda: _answer("502 Bad Gateway", b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
    "garbage": _garbage,
    "broken gzip": lambda: _answer("200 OK", b"\x1f\x8b\x08\x00not really gzip at all",
                                   "Content-Encoding: gzip", kind="application/json"),
    "busy 503": lambda: _answer("503 Service Unavailable", b'{"error": {"code": "busy", "message": "later"}}',
                                "Retry-After: 0", kind="application/json"),
}


def _cut_answer(upstream: socket.socket) -> bytes:
    """The start of the hub's answer: its head and half of the body that came with it (or half the head
    when it has no body), so that the app sees the connection end in the middle of the answer."""
    upstream.settimeout(30)
    data = b""
    while b"\r\n\r\n" not in data or len(data.split(b"\r\n\r\n", 1)[1]) == 0:
        chunk = upstream.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    if not body:
        return data[:max(1, len(data) // 2)]
    return head + b"\r\n\r\n" + body[:len(body) // 2]


def _reset(sock: socket.socket) -> None:
    """Close with a TCP reset (RST) rather than an orderly end."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _pipe(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
