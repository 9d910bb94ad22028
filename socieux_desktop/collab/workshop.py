"""The workshop host: one deliverable served to browsers on the local network (no Qt here).

The contract with the browser editor and the Qt UI is ``notes/workshop-protocol.md`` (HTTP routes, the
WebSocket ``/ws/<room>?token=``, close codes, limits). In short: counterparts ``POST /api/join`` with their
name, institution, optional sex and the PIN, get a token, and speak the Yjs sync and awareness protocols
over the WebSocket to the host's own pycrdt document.

Its parts, each testable alone: ``workshop_guard`` (what a participant's update may change, checked on a
shadow copy), ``workshop_admission`` (the PIN, wrong-PIN windows, the join form), ``workshop_participants``
(the roster: one participant per device, tokens, modes, sockets), ``workshop_presence`` (awareness) and
``workshop_storage`` (group commits, for the caller that stores ``on_update``'s edits). This module keeps
the thread and loop, the HTTP and WebSocket routes, and the document.

Threads. ``start()`` binds the address in the caller's thread (an ``OSError`` there says the address cannot
be used) and runs the network loop in a thread of its own, with its own asyncio loop, its own pycrdt ``Doc``
seeded from the state it was given, and a second "shadow" ``Doc`` in lockstep used to check each browser
update before it reaches the real one. Only bytes cross threads: ``push_update`` hands the app's local
edits in, ``on_update`` hands the browsers' edits out (called on the host thread: the caller marshals).

Refused updates. What a participant may change is ``collab.workshop_guard``'s: an update that does not
descend from this document, touches ``meta`` or the versions, deletes or replaces a section, comes from a
read-only participant or makes the document larger than ``Limits.max_document_bytes`` is checked on the
shadow and refused before it reaches the document; the socket is closed with a code and a reason
(``CLOSE_*``, ``close_for``) the browser tells in its language.

Under abuse. Each socket's outgoing queue is bounded in bytes (``max_queue_bytes``): a client that does
not read is closed (1013, "slow") instead of holding the host's memory. The answer to a sync step 1 is
encoded once per version of the document and state vector asked (300 requests for the whole state encode
it once). WebSocket pings (``ping_interval``, ``ping_timeout``) close idle half-open connections; an HTTP
connection that sends nothing is closed after ``idle_seconds``. A socket's messages go through a token
bucket (``messages_per_second``, ``message_burst``: 1008 "too_fast"), a token holds at most
``sockets_per_participant`` sockets. Wrong PINs are limited in sliding windows, never for good.

Undo. The host's document applies each participant's updates with their id as the transaction origin,
tracked by an ``UndoManager`` of theirs: ``undo_participant`` undoes all they did in the workshop.

Presence. A newcomer is sent the awareness states of everyone present as soon as its socket opens.

starlette, uvicorn and websockets are imported when a workshop starts, not when this module is imported.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import socket
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pycrdt import (
    Array,
    Doc,
    TransactionEvent,
    UndoManager,
    YMessageType,
    YSyncMessageType,
    create_sync_message,
    create_update_message,
    write_message,
    write_var_uint,
)

from socieux_desktop.collab.document import EMPTY_UPDATE, new_client_id
from socieux_desktop.collab.workshop_admission import Admission, AdmissionLimits, AdmissionStatus, check_join
from socieux_desktop.collab.workshop_guard import Malformed, Reader, UpdateGuard, Verdict
from socieux_desktop.collab.workshop_participants import Participant as Participant
from socieux_desktop.collab.workshop_participants import Person, Refused, Roster
from socieux_desktop.collab.workshop_presence import Presence
from socieux_desktop.domain.model import Sex

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.websockets import WebSocket
    from uvicorn import Server

log = logging.getLogger(__name__)

QUERY_AWARENESS = 3
"""y-protocols' ``messageQueryAwareness`` (pycrdt's ``YMessageType`` has only SYNC and AWARENESS)."""

CLOSE_ENDED = 4000
CLOSE_MODE_CHANGED = 4001
CLOSE_NOT_ALLOWED = 4003
"""The participant's role does not allow the change (delete a section, touch the versions, write while
read-only); the reason names it."""
CLOSE_DOCUMENT_FULL = 4413
"""The change would make the document larger than ``Limits.max_document_bytes``."""
CLOSE_UNKNOWN_TOKEN = 4401
CLOSE_REMOVED = 4403
CLOSE_WRONG_ROOM = 4404
CLOSE_UNSUPPORTED = 1003
CLOSE_TOO_BIG = 1009
CLOSE_INTERNAL = 1011
CLOSE_POLICY = 1008
CLOSE_TRY_AGAIN = 1013
MAX_BACKLOG = 4096
"""Messages waiting for one browser; more (or more than ``Limits.max_queue_bytes``) and it is closed with
1013 (it syncs again when it reconnects)."""
_STATE_CACHE = 16
"""Sync step 1 answers kept per version of the document (one per state vector asked)."""


def close_for(verdict: Verdict) -> int:
    """The close code of a refused update."""
    if verdict in (Verdict.MALFORMED, Verdict.FOREIGN, Verdict.META):
        return CLOSE_UNSUPPORTED
    if verdict is Verdict.TOO_LARGE:
        return CLOSE_DOCUMENT_FULL
    return CLOSE_NOT_ALLOWED

PIN_DIGITS = 6

NOT_BUILT = ("The browser editor is not built: run `make web` (or `npm ci && npm run build` in "
             "resources/web) and start the workshop again.\n")

_CSP = ("default-src 'self'; connect-src 'self' ws:; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


EMPTY_STATE_VECTOR = b"\x00"


def _sync_step2(update: bytes) -> bytes:
    """A sync step 2 message (pycrdt 0.14 does not export its ``create_sync_step2_message``)."""
    return (write_var_uint(YMessageType.SYNC) + write_var_uint(YSyncMessageType.SYNC_STEP2)
            + write_message(update))


def _quiet_connection_closing() -> type[asyncio.Protocol]:
    """uvicorn's h11 protocol, closing a connection that sends no request within ``timeout_keep_alive``
    (uvicorn starts that timer only after a first response: 500 silent connections were held for good)."""
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class QuietClosing(H11Protocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self.timeout_keep_alive_task = self.loop.call_later(self.timeout_keep_alive,
                                                                self.timeout_keep_alive_handler)

    return QuietClosing


def new_pin() -> str:
    """A random 6-digit PIN."""
    return f"{secrets.randbelow(10 ** PIN_DIGITS):0{PIN_DIGITS}d}"


def default_web_root() -> Path:
    """``resources/web/dist`` of the repository (or of the installed package's folder)."""
    package = Path(__file__).resolve().parent.parent
    for base in (package.parent, package):
        candidate = base / "resources" / "web" / "dist"
        if candidate.is_dir():
            return candidate
    return package.parent / "resources" / "web" / "dist"


@dataclass(frozen=True, slots=True)
class Limits:
    max_message_bytes: int = 1 << 20
    max_participants: int = 100
    participants_per_address: int = 10
    max_body_bytes: int = 4096
    attempts_per_address: int = 5
    address_window: float = 300.0
    attempts_in_all: int = 50
    global_window: float = 60.0
    max_document_bytes: int = 8 << 20
    max_queue_bytes: int = 24 << 20
    """Bytes waiting for one socket: about three whole states of the largest document."""
    ping_interval: float = 20.0
    ping_timeout: float = 20.0
    sockets_per_participant: int = 4
    """Open sockets one token may hold (a few tabs; a stale one is closed by the pings)."""
    messages_per_second: float = 100.0
    message_burst: int = 1000
    """A socket may send ``message_burst`` messages at once, then ``messages_per_second`` on average
    (a typist sends about 20 a second, edits and cursor); more and it is closed (1008, "too_fast")."""
    idle_seconds: int = 5
    """An HTTP connection that sends nothing this long is closed (also before its first request)."""

    def admission(self) -> AdmissionLimits:
        return AdmissionLimits(self.attempts_per_address, self.address_window, self.attempts_in_all,
                               self.global_window)


_STOP = -1
"""Put in a connection's queue: its pump ends without closing (the socket is gone)."""


class _Connection:
    """One browser socket: an outgoing queue drained by its own task (a slow phone delays only itself)."""

    def __init__(self, websocket: WebSocket, person: Person, limits: Limits) -> None:
        self.websocket = websocket
        self.person = person
        self.rate = limits.messages_per_second
        self.burst = float(limits.message_burst)
        self.tokens = self.burst
        self.last = time.monotonic()
        self.queue: asyncio.Queue[bytes | tuple[int, str] | int] = asyncio.Queue()
        self.queued_bytes = 0
        self.max_bytes = limits.max_queue_bytes
        self.closing = False

    def send(self, message: bytes) -> None:
        if self.closing:
            return
        if self.queue.qsize() >= MAX_BACKLOG or self.queued_bytes + len(message) > self.max_bytes:
            # a client that does not keep up (or does not read): cut loose, it resyncs on reconnecting
            while not self.queue.empty():
                self.queue.get_nowait()
            self.queued_bytes = 0
            self.close(CLOSE_TRY_AGAIN, "slow")
            return
        self.queued_bytes += len(message)
        self.queue.put_nowait(message)

    def allow(self) -> bool:
        """One more message from this socket within its rate (a token bucket)."""
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True

    def close(self, code: int, reason: str = "") -> None:
        """Close after what is already queued; nothing else is sent or read afterwards."""
        if not self.closing:
            self.closing = True
            self.queue.put_nowait((code, reason))

    async def pump(self) -> None:
        while True:
            item = await self.queue.get()
            if item == _STOP:
                return
            if isinstance(item, tuple):
                with contextlib.suppress(Exception):
                    await self.websocket.close(*item)
                return
            assert isinstance(item, bytes)
            self.queued_bytes -= len(item)
            try:
                await self.websocket.send_bytes(item)
            except Exception:  # the socket went away: the receive loop sees it too
                self.closing = True
                return


class WorkshopHost:
    """Serves one deliverable's document to browsers; see the module docstring and the protocol notes."""

    def __init__(self, deliverable_id: str, state: bytes, *, pin: str, host: str, port: int = 0,
                 title: str = "", language: str = "en", on_update: Callable[[bytes], None],
                 on_participants: Callable[[], None] | None = None, web_root: Path | None = None,
                 limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._admission = Admission(pin, self.limits.admission())  # ValueError without a PIN
        self.deliverable_id = deliverable_id
        self.title = title
        self.language = language
        self.host = host
        self.web_root = web_root if web_root is not None else default_web_root()
        self._state = state
        self._requested_port = port
        self._on_update = on_update
        self._on_participants = on_participants
        self._lock = threading.Lock()
        self._roster = Roster(self.limits.max_participants, self.limits.participants_per_address)
        self._port = 0
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: Server | None = None
        self._socket: socket.socket | None = None
        self._stopped = False
        self._ending = False
        self._ending_task: asyncio.Future[None] | None = None
        # loop-thread state (made in the thread)
        self._doc: Doc[Any] | None = None
        self._guard: UpdateGuard | None = None
        self._presence: Presence | None = None
        self._connections: set[_Connection] = set()
        self._changes: list[bytes] = []
        self._version = 0  # one more at every change of the document
        self._answers: dict[bytes, bytes] = {}  # state vector -> sync step 2, for this version
        self._answers_version = -1
        self._undo: dict[str, UndoManager] = {}  # participant id -> what they did (loop thread)

    # -- life ----------------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self._port}/"

    def start(self) -> None:
        """Bind the address (``OSError`` if it cannot be) and serve from a thread; returns once listening."""
        if self._thread is not None or self._stopped:
            raise RuntimeError("a workshop host starts once")
        import uvicorn  # a workshop's first start pays for these imports, not the app's start-up

        infos = socket.getaddrinfo(self.host, self._requested_port, type=socket.SOCK_STREAM)
        if not infos:
            raise OSError(f"cannot resolve {self.host}")
        family, _, _, _, address = infos[0]
        sock = socket.create_server(address[:2], family=family, backlog=128)
        self._socket = sock
        self._port = sock.getsockname()[1]
        config = uvicorn.Config(self._asgi_app(), ws="websockets-sansio", http=_quiet_connection_closing(),
                                lifespan="off", timeout_keep_alive=self.limits.idle_seconds,
                                ws_max_size=self.limits.max_message_bytes,
                                ws_ping_interval=self.limits.ping_interval,
                                ws_ping_timeout=self.limits.ping_timeout, log_config=None,
                                log_level="warning", access_log=False, server_header=False,
                                timeout_graceful_shutdown=5)
        self._server = uvicorn.Server(config)
        ready = threading.Event()
        failure: list[BaseException] = []
        self._thread = threading.Thread(target=self._run, args=(sock, ready, failure),
                                        name=f"workshop-{self._port}", daemon=True)
        self._thread.start()
        ready.wait(30)
        if failure:
            self._thread.join(5)
            sock.close()
            raise failure[0]

    def _run(self, sock: socket.socket, ready: threading.Event, failure: list[BaseException]) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            self._make_documents()
            loop.run_until_complete(self._serve(sock, ready))
        except BaseException as error:
            failure.append(error)
            log.exception("workshop host stopped on an error")
        finally:
            ready.set()
            with contextlib.suppress(Exception):
                sock.close()
            loop.close()
            self._roster.all_disconnected()
            self._notify()

    async def _serve(self, sock: socket.socket, ready: threading.Event) -> None:
        server = self._server
        assert server is not None
        task = asyncio.ensure_future(server.serve(sockets=[sock]))
        while not server.started and not task.done():
            await asyncio.sleep(0.005)
        ready.set()
        await task

    def stop(self) -> None:
        """End the workshop: every socket closed with 4000, the listening socket closed. Idempotent."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            if self._socket is not None:
                self._socket.close()
            return
        if threading.current_thread() is thread:  # called from a callback on the host's own thread
            self._ending_task = asyncio.ensure_future(self._end())
            return
        if thread.is_alive():
            with contextlib.suppress(RuntimeError):
                future = asyncio.run_coroutine_threadsafe(self._end(), loop)
                with contextlib.suppress(Exception):
                    future.result(15)
            thread.join(15)

    async def _end(self) -> None:
        self._ending = True
        connections = list(self._connections)
        for connection in connections:
            connection.close(CLOSE_ENDED)
        deadline = time.monotonic() + 5
        while self._connections and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        assert self._server is not None
        self._server.should_exit = True

    # -- what the app calls (any thread) -------------------------------------------------------------

    def push_update(self, update: bytes) -> None:
        """Apply the app's local edit to the host's document and send it to every browser."""
        loop = self._loop
        if loop is None:
            raise RuntimeError("the workshop has not started")
        with contextlib.suppress(RuntimeError):  # the loop has closed: the workshop is over
            loop.call_soon_threadsafe(self._apply_local, bytes(update))

    def new_pin(self, pin: str) -> None:
        """Give a new PIN (after many wrong ones, say): the wrong PINs so far no longer count."""
        with self._lock:
            self._admission.new_pin(pin)

    @property
    def pin(self) -> str:
        with self._lock:
            return self._admission.pin

    def admission_status(self) -> AdmissionStatus:
        """Wrong PINs of the last minute and how long joining waits for everyone (for the expert)."""
        with self._lock:
            return self._admission.status()

    def undo_participant(self, participant_id: str) -> None:
        """Undo every edit ``participant_id`` made in this workshop, in one action (the host's document
        then sends the undoing edits to everyone and to ``on_update``). ``KeyError`` if unknown."""
        if not self._roster.has(participant_id):
            raise KeyError(participant_id)
        self._call_in_loop(self._undo_all, participant_id)

    def participants(self) -> list[Participant]:
        return self._roster.participants()

    def set_read_only(self, participant_id: str, read_only: bool) -> None:
        """Let someone edit or only read; their socket is closed with 4001 so their browser reloads
        its mode from ``/api/me``. ``KeyError`` for an unknown participant."""
        if not self._roster.set_read_only(participant_id, read_only):
            return
        self._call_in_loop(self._close_person, participant_id, CLOSE_MODE_CHANGED)
        self._notify_from_any()

    def set_suggesting(self, participant_id: str, suggest: bool) -> None:
        """Let someone write their changes as suggestions the expert accepts or rejects (or write
        directly again); their socket is closed with 4001 as for ``set_read_only``."""
        if not self._roster.set_suggesting(participant_id, suggest):
            return
        self._call_in_loop(self._close_person, participant_id, CLOSE_MODE_CHANGED)
        self._notify_from_any()

    def set_everyone_suggesting(self, suggest: bool) -> None:
        """Everyone present, and everyone who joins from now on, suggests (or writes directly)."""
        self._roster.everyone_suggests = suggest
        for participant in self.participants():
            if not participant.removed:
                self.set_suggesting(participant.id, suggest)

    def remove(self, participant_id: str) -> None:
        """Revoke someone's token and close their sockets with 4403. ``KeyError`` if unknown."""
        if not self._roster.remove(participant_id):
            return
        self._call_in_loop(self._close_person, participant_id, CLOSE_REMOVED)
        self._notify_from_any()

    def _call_in_loop(self, function: Callable[..., None], *args: Any) -> None:
        loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(function, *args)

    def _notify_from_any(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            self._call_in_loop(self._notify)
        else:
            self._notify()

    def _notify(self) -> None:
        if self._on_participants is not None:
            try:
                self._on_participants()
            except Exception:
                log.exception("on_participants failed")

    # -- the documents (loop thread) -----------------------------------------------------------------

    def _make_documents(self) -> None:
        self._doc = Doc(client_id=new_client_id())
        self._doc.apply_update(self._state)
        self._doc.observe(self._collect)
        self._guard = UpdateGuard(self._state, max_document_bytes=self.limits.max_document_bytes)
        self._presence = Presence(self._doc)

    def _collect(self, event: TransactionEvent) -> None:
        update: bytes = event.update
        if update != EMPTY_UPDATE:
            self._changes.append(update)
            self._version += 1

    def _apply_local(self, update: bytes) -> None:
        assert self._doc is not None and self._guard is not None
        try:
            self._doc.apply_update(update)
        except Exception:
            log.exception("an update from the app could not be applied")
            self._changes.clear()
            return
        doc = self._doc
        self._guard.follow(update, doc.get_update)  # the app's edits are trusted: the shadow follows them
        self._flush(None)

    def _apply_remote(self, connection: _Connection, update: bytes) -> Verdict | None:
        """Check a participant's update on the shadow, then apply it; why not when refused (nothing
        changed then)."""
        assert self._doc is not None and self._guard is not None
        participant = connection.person.participant
        verdict = self._guard.check(update, read_only=participant.read_only, document=self._doc.get_update,
                                    suggest_only=participant.suggest)
        if verdict is not None:
            log.info("refused an update of participant %s: %s", participant.id, verdict.value)
            return verdict
        if participant.id not in self._undo:
            self._undo[participant.id] = self._undo_manager(participant.id)
        with self._doc.transaction(origin=participant.id):
            self._doc.apply_update(update)
        self._flush(connection)
        return None

    def _undo_manager(self, participant_id: str) -> UndoManager:
        assert self._doc is not None
        manager = UndoManager(scopes=[self._doc.get(root, type=Array) for root in ("sections", "comments")],
                              capture_timeout_millis=60_000)
        manager.include_origin(participant_id)
        return manager

    def _undo_all(self, participant_id: str) -> None:
        assert self._doc is not None and self._guard is not None
        manager = self._undo.pop(participant_id, None)
        if manager is None:
            return
        while manager.can_undo():
            manager.undo()
        changes = list(self._changes)
        doc = self._doc
        for update in changes:
            self._guard.follow(update, doc.get_update)
        self._flush(None, store=True)

    def _flush(self, source: _Connection | None, store: bool | None = None) -> None:
        changes, self._changes = self._changes, []
        for update in changes:
            message = create_update_message(update)
            for connection in self._connections:
                if connection is not source:
                    connection.send(message)
            if store or (store is None and source is not None):
                try:
                    self._on_update(update)
                except Exception:
                    log.exception("on_update failed")

    def _sync_answer(self, state_vector: bytes) -> bytes:
        """The sync step 2 answering ``state_vector``: encoded once per version of the document."""
        assert self._doc is not None and self._guard is not None
        if self._answers_version != self._version:
            self._answers.clear()
            self._answers_version = self._version
        answer = self._answers.get(state_vector)
        if answer is None:
            diff = self._doc.get_update(state_vector)
            if state_vector == EMPTY_STATE_VECTOR:
                self._guard.resized(len(diff))
            answer = _sync_step2(diff)
            if len(self._answers) >= _STATE_CACHE:
                self._answers.pop(next(iter(self._answers)))
            self._answers[state_vector] = answer
        return answer

    # -- HTTP ----------------------------------------------------------------------------------------

    def _asgi_app(self) -> Callable[[MutableMapping[str, Any], Any, Any], Awaitable[None]]:
        from starlette.applications import Starlette
        from starlette.routing import Route, WebSocketRoute

        app = Starlette(routes=[
            Route("/", self._index, methods=["GET", "HEAD"]),
            Route("/assets/{path:path}", self._asset, methods=["GET", "HEAD"]),
            Route("/api/info", self._info, methods=["GET"]),
            Route("/api/join", self._join, methods=["POST"]),
            Route("/api/me", self._me, methods=["GET"]),
            WebSocketRoute("/ws/{room}", self._websocket),
        ])

        async def secure(scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            path: str = scope.get("path", "")

            async def send_with_headers(message: MutableMapping[str, Any]) -> None:
                if message["type"] == "http.response.start":
                    headers = list(message.get("headers", []))
                    headers += [(b"content-security-policy", _CSP.encode()),
                                (b"x-content-type-options", b"nosniff"),
                                (b"referrer-policy", b"no-referrer"),
                                (b"x-frame-options", b"DENY")]
                    if not path.startswith("/assets/"):
                        headers.append((b"cache-control", b"no-store"))
                    message = {**message, "headers": headers}
                await send(message)

            await app(scope, receive, send_with_headers)

        return secure

    async def _index(self, request: Request) -> Response:
        from starlette.responses import FileResponse, PlainTextResponse

        index = self.web_root / "index.html"
        if not index.is_file():
            return PlainTextResponse(NOT_BUILT, status_code=503)
        return FileResponse(index, media_type="text/html; charset=utf-8")

    async def _asset(self, request: Request) -> Response:
        from starlette.responses import FileResponse, PlainTextResponse

        assets = (self.web_root / "assets").resolve()
        relative = str(request.path_params["path"])
        target = (assets / relative).resolve()
        if not relative or ".." in Path(relative).parts or not target.is_relative_to(assets) \
                or not target.is_file():
            return PlainTextResponse("Not found\n", status_code=404)
        return FileResponse(target)

    async def _info(self, request: Request) -> Response:
        from starlette.responses import JSONResponse

        return JSONResponse({"room": self.deliverable_id, "title": self.title, "language": self.language})

    async def _me(self, request: Request) -> Response:
        from starlette.responses import JSONResponse

        header = request.headers.get("authorization", "")
        token = header[7:].strip() if header[:7].lower() == "bearer " else ""
        person = self._roster.by_token(token)
        if person is None:
            return JSONResponse({"error": "unknown_token"}, status_code=401)
        p = person.participant
        return JSONResponse({"participant_id": p.id, "name": p.name, "read_only": p.read_only,
                             "suggest": p.suggest})

    async def _join(self, request: Request) -> Response:
        from starlette.responses import JSONResponse

        address = request.client.host if request.client else "?"
        with self._lock:
            waits = self._admission.wait(address)
        if waits > 0:
            return JSONResponse({"error": "too_many_attempts", "retry_after": int(waits) + 1},
                                status_code=429)
        if self._roster.address_removed(address):
            return JSONResponse({"error": "removed"}, status_code=403)
        body = await _read_body(request, self.limits.max_body_bytes)
        if body is None:
            return JSONResponse({"error": "too_large"}, status_code=413)
        try:
            data = json.loads(body)
        except ValueError:
            data = None
        invalid = check_join(data)
        if invalid is not None:
            return JSONResponse({"error": "invalid", "field": invalid}, status_code=400)
        assert isinstance(data, dict)
        with self._lock:
            left = self._admission.try_pin(address, data["pin"])
        if left is not None:
            return JSONResponse({"error": "wrong_pin", "attempts_left": left}, status_code=403)
        if self._ending or self._stopped:
            return JSONResponse({"error": "ended"}, status_code=503)
        sex = data.get("sex")
        joined = self._roster.join(address, data["name"].strip(), str(data.get("institution") or "").strip(),
                                   Sex(sex) if sex is not None else None, data.get("device"))
        if joined is Refused.REMOVED:
            return JSONResponse({"error": "removed"}, status_code=403)
        if joined in (Refused.FULL, Refused.ADDRESS_FULL):
            return JSONResponse({"error": "full"}, status_code=409)
        assert isinstance(joined, Person)
        participant = joined.participant
        self._notify()
        return JSONResponse({"token": joined.token, "participant_id": participant.id,
                             "room": self.deliverable_id, "read_only": participant.read_only,
                             "suggest": participant.suggest, "name": participant.name})

    # -- WebSocket -----------------------------------------------------------------------------------

    async def _websocket(self, websocket: WebSocket) -> None:
        await websocket.accept()
        if self._ending:
            await websocket.close(CLOSE_ENDED)
            return
        if websocket.path_params.get("room") != self.deliverable_id:
            await websocket.close(CLOSE_WRONG_ROOM)
            return
        person = self._roster.by_token(websocket.query_params.get("token", ""))
        if person is None:
            await websocket.close(CLOSE_UNKNOWN_TOKEN)
            return
        if self._roster.sockets(person) >= self.limits.sockets_per_participant:
            await websocket.close(CLOSE_TRY_AGAIN, "too_many_sockets")
            return
        connection = _Connection(websocket, person, self.limits)
        self._connections.add(connection)
        self._connected(person, +1)
        pump = asyncio.ensure_future(connection.pump())
        self._send_presence(connection)
        try:
            while True:
                message = await websocket.receive()
                if message["type"] == "websocket.disconnect":
                    break
                if connection.closing:
                    continue
                if not connection.allow():
                    connection.close(CLOSE_POLICY, "too_fast")
                    continue
                data = message.get("bytes")
                if data is None:
                    connection.close(CLOSE_UNSUPPORTED, "malformed")  # y-protocols frames are binary
                    continue
                try:
                    closing = self._handle(connection, data)
                except Exception:
                    log.exception("a workshop message could not be handled")
                    closing = CLOSE_INTERNAL, "internal"
                if closing is not None:
                    connection.close(*closing)
        except Exception:
            log.debug("workshop socket ended", exc_info=True)
        finally:
            connection.closing = True
            self._connections.discard(connection)
            self._forget_presence(connection)
            connection.queue.put_nowait(_STOP)
            with contextlib.suppress(Exception):
                await asyncio.wait_for(pump, 5)
            self._connected(person, -1)

    def _connected(self, person: Person, delta: int) -> None:
        self._roster.connected(person, delta)
        self._notify()

    def _close_person(self, participant_id: str, code: int) -> None:
        for connection in list(self._connections):
            if connection.person.participant.id == participant_id:
                connection.close(code)

    def _handle(self, connection: _Connection, data: bytes) -> tuple[int, str] | None:
        """One y-protocols frame from a browser; a close code and reason when the socket must close."""
        assert self._doc is not None and self._presence is not None
        try:
            reader = Reader(data)
            kind = reader.uint()
            if kind == YMessageType.SYNC:
                sub = reader.uint()
                payload = reader.bytes_()
                reader.end()
                if sub == YSyncMessageType.SYNC_STEP1:
                    try:
                        answer = self._sync_answer(payload)
                    except Exception:
                        return CLOSE_UNSUPPORTED, "malformed"
                    connection.send(answer)
                    connection.send(create_sync_message(self._doc))
                elif sub in (YSyncMessageType.SYNC_STEP2, YSyncMessageType.SYNC_UPDATE):
                    verdict = self._apply_remote(connection, payload)
                    if verdict is not None:
                        return close_for(verdict), verdict.value
                else:
                    return CLOSE_UNSUPPORTED, "malformed"
            elif kind == YMessageType.AWARENESS:
                payload = reader.bytes_()
                reader.end()
                self._apply_awareness(connection, payload)
            elif kind == QUERY_AWARENESS:
                self._send_presence(connection)
            # 2 (auth) and unknown types: ignored
        except Malformed:
            return CLOSE_UNSUPPORTED, "malformed"
        return None

    def _send_presence(self, connection: _Connection) -> None:
        """Who is here, at once: a newcomer need not wait for everyone's next awareness renewal."""
        assert self._presence is not None
        message = self._presence.snapshot()
        if message is not None:
            connection.send(message)

    def _apply_awareness(self, connection: _Connection, payload: bytes) -> None:
        assert self._presence is not None
        seen = self._presence.apply(connection, payload)
        if seen is None:  # another socket's presence, or too many: not relayed
            return
        for other in self._connections:
            if other is not connection:
                other.send(seen.message)
        if seen.section_seen and self._roster.in_section(connection.person, seen.section):
            self._notify()

    def _forget_presence(self, connection: _Connection) -> None:
        if self._presence is None:
            return
        message = self._presence.forget(connection)
        if message is not None:
            for other in self._connections:
                other.send(message)


async def _read_body(request: Request, limit: int) -> bytes | None:
    """The request body, or None when it is larger than ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        return None
    chunks = bytearray()
    async for chunk in request.stream():
        chunks += chunk
        if len(chunks) > limit:
            return None
    return bytes(chunks)
