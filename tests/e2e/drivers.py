"""Helpers for the workshop tests that use Node.js: where the browser editor's npm packages are, a process
spoken to in JSON lines, a workshop host serving a deliverable whose browsers' edits land in a test-side copy.

A test that needs Node.js (or Chromium) skips with the reason when it is absent; on CI (``CI=true``, where
``make test`` installs them) it fails instead, so a broken set-up cannot pass as skipped tests."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from socieux_desktop.collab.document import DeliverableDocument
from socieux_desktop.collab.workshop import Limits, WorkshopHost

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "resources" / "web"
DIST = WEB / "dist"
CHROMIUM = Path("/usr/bin/chromium")
PIN = "314159"
WAIT = 20.0
TITLES = ["Introduction", "Findings", "Recommendations"]


def require(*, chromium: bool = False) -> None:
    """Skip (fail on CI) unless node, the installed npm packages, the built page and, if asked, Chromium
    are there."""
    missing = []
    if shutil.which("node") is None:
        missing.append("node (Debian: nodejs npm)")
    if not (WEB / "node_modules" / "yjs").is_dir():
        missing.append("resources/web/node_modules (make web)")
    if not (DIST / "index.html").is_file():
        missing.append("resources/web/dist (make web)")
    if chromium and not CHROMIUM.is_file():
        missing.append("/usr/bin/chromium (Debian: chromium)")
    if missing:
        reason = "needs " + ", ".join(missing)
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)


class JsonLines:
    """A Node.js script spoken to in JSON lines on its standard input and output."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(["node", *args], cwd=ROOT, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._stderr: list[str] = []
        import threading

        threading.Thread(target=self._pump, daemon=True).start()
        threading.Thread(target=self._pump_errors, daemon=True).start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line)
        self._lines.put(None)

    def _pump_errors(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self._stderr.append(line)

    def read(self, timeout: float = WAIT) -> dict[str, Any]:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no answer within {timeout} s; stderr: {''.join(self._stderr)}") from None
        if line is None:
            raise AssertionError(f"the script ended (exit {self.process.wait(5)}): {''.join(self._stderr)}")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def send(self, **command: Any) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()

    def close(self) -> int:
        if self.process.poll() is None:
            try:
                self.send(cmd="quit")
                self.process.stdin.close()  # type: ignore[union-attr]
            except (BrokenPipeError, OSError):
                pass
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        return self.process.returncode


class Workshop:
    """A real ``WorkshopHost`` on loopback serving a new deliverable; the browsers' edits (its
    ``on_update``, called on the host's thread) are applied, on the test's thread, to ``copy``."""

    def __init__(self, limits: Limits | None = None) -> None:
        seed = DeliverableDocument.create("deliverable-1", TITLES)
        self.state = seed.encode_state()
        self.copy = DeliverableDocument.from_updates([self.state])
        self.section_ids = [section.id for section in self.copy.sections()]
        self._updates: queue.Queue[bytes] = queue.Queue()
        self.host = WorkshopHost("deliverable-1", self.state, pin=PIN, host="127.0.0.1", port=0,
                                 title="Mission report", language="en", on_update=self._updates.put,
                                 web_root=DIST, limits=limits)

    @property
    def url(self) -> str:
        return self.host.url.rstrip("/")

    def receive(self) -> None:
        """Apply to ``copy`` the browsers' edits that have arrived."""
        while True:
            try:
                self.copy.apply_update(self._updates.get_nowait())
            except queue.Empty:
                return

    def wait_until(self, condition: Callable[[], bool], what: str, timeout: float = WAIT) -> None:
        deadline = time.monotonic() + timeout
        while True:
            self.receive()
            if condition():
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"{what}: not within {timeout} s; host copy: {self.copy.sections()}")
            time.sleep(0.02)

    def edit(self, change: Callable[[DeliverableDocument], None]) -> None:
        """An edit made by the expert's app: on ``copy``, handed to the host with ``push_update``."""
        updates: list[bytes] = []
        stop = self.copy.on_update(lambda update, origin: updates.append(update))
        try:
            change(self.copy)
        finally:
            stop()
        for update in updates:
            self.host.push_update(update)


def workshop(limits: Limits | None = None) -> Iterator[Workshop]:
    """Fixture body: a started workshop, stopped after the test."""
    running = Workshop(limits)
    running.host.start()
    try:
        yield running
    finally:
        running.host.stop()


class CuttableLink:
    """A TCP relay on loopback in front of the host, as the room's Wi-Fi is: ``cut()`` drops every
    connection without a word and refuses new ones (the host seems gone), ``restore()`` listens again on
    the same port."""

    def __init__(self, target_port: int) -> None:
        import socket
        import threading

        self._socket_module = socket
        self._threading = threading
        self.target_port = target_port
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self.port = 0
        self.restore()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def restore(self) -> None:
        socket = self._socket_module
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):  # wakes the thread in accept(), stops listening (Linux)
                listener.shutdown(self._socket_module.SHUT_RDWR)
            listener.close()
        with self._lock:
            dropped, self._open = self._open, []
        for connection in dropped:
            with contextlib.suppress(OSError):
                connection.shutdown(self._socket_module.SHUT_RDWR)
            connection.close()

    def _accept(self, listener: Any) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = self._socket_module.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._open += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                self._threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: Any, sink: Any) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                sink.shutdown(1)
