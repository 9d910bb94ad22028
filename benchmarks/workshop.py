"""A live workshop on loopback: 25 simulated participants typing into one deliverable at once.

Three servers, one after the other in the same run: the real host as ``socieux workshop`` runs it,
STORING every edit into a workspace file in group commits (``collab.workshop_storage.GroupCommit``, 200 ms
windows, in a thread of the host's process, as the CLI's loop does); the same host storing nothing; and a
plain relay (the baseline). Each runs in its own process, so its CPU use is its
own: it reports ``time.process_time()`` when asked at the start and the end of the typing. 25 participants
(Python y-protocols clients over real WebSockets, each with its own pycrdt copy, in one asyncio loop of this
process) join with the PIN, sync, then each types 5 characters a second into a section (participant ``i``
into section ``i mod sections``) for a minute (``--seconds``), and after each keystroke sends its
presence (an awareness update with its cursor, as y-codemirror does at every selection change; the relay
forwards a message as often). Each keystroke is one Yjs update; its
latency is the time from sending it to its arrival in the document of EVERY other participant (each
update's first struct names its sender and clock, and the sender's clock counts its keystrokes; the copies
are checked identical at the end). Printed: median and 95th percentile of that latency, the host's CPU
use in % of one core, and the same figures for a baseline measured in the same run: the same 25 clients
and keystroke rate over a plain WebSocket relay (same server stack, uvicorn and starlette, no CRDT: it
forwards each message to every other socket), with the ratios. Everything runs on this machine, so the
clients' own CPU (printed too) competes with the server's; a busy machine shows in the 95th percentile.

Run: ``python benchmarks/workshop.py`` (about 2.5 minutes), ``--seconds 10`` for a quick look.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import requests
from pycrdt import Array, Doc, Text, YMessageType, YSyncMessageType, write_message, write_var_uint
from websockets.asyncio.client import ClientConnection, connect

from socieux_desktop.collab.document import DeliverableDocument, new_client_id
from socieux_desktop.domain.model import new_id

PIN = "424242"
PRESENCE = "presence"
"""A relay run's presence message names this sender (not a keystroke)."""
SECTIONS = ("Introduction", "Context", "Findings", "Recommendations", "Action plan")


# --- The two servers (run with --serve, in a child process) ----------------------------------------


def serve_workshop() -> tuple[str, Callable[[], None]]:
    from socieux_desktop.collab.workshop import WorkshopHost

    seed = DeliverableDocument.create(new_id(), SECTIONS)
    host = WorkshopHost(str(seed.deliverable_id), seed.encode_state(), pin=PIN, host="127.0.0.1",
                        title="Benchmark", on_update=lambda _update: None)
    host.start()
    return f"{host.port} {seed.deliverable_id}", host.stop


def serve_stored() -> tuple[str, Callable[[], None]]:
    """The host as ``socieux workshop`` runs it: every participant's edit stored in a real workspace file
    (a temporary one), in group commits, by a thread that owns the workbook."""
    import queue
    import tempfile
    from datetime import date
    from pathlib import Path

    from socieux_desktop.collab.store import DeliverableStore
    from socieux_desktop.collab.workshop import WorkshopHost
    from socieux_desktop.collab.workshop_storage import GroupCommit
    from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
    from socieux_desktop.domain.model import Action, Mission
    from socieux_desktop.store.workbook import Workbook

    folder = tempfile.TemporaryDirectory()
    events: queue.Queue[bytes | None] = queue.Queue()
    ready: queue.Queue[tuple[str, bytes]] = queue.Queue()

    def store() -> None:
        workbook = Workbook.open(Path(folder.name) / "workspace")
        action = Action(new_id(), "BENCH", "Benchmark", "Institution", "CI")
        mission = Mission(new_id(), "BENCH-M1", "Benchmark", action.id, date(2026, 3, 2), date(2026, 3, 13))
        workbook.save(action, mission)
        deliverables = DeliverableStore(workbook)
        deliverable = Deliverable(new_id(), mission.id, DeliverableKind.OTHER, "Benchmark",
                                  DeliverableLanguage.EN)
        deliverables.create(deliverable)
        ready.put((deliverable.id, deliverables.load(deliverable.id).encode_state()))
        commits = GroupCommit(lambda updates: workbook.deliverables.append_updates(deliverable.id, updates))
        while True:
            try:
                event = events.get(timeout=commits.timeout())
            except queue.Empty:
                event = b""
            if event is None:
                break
            if event:
                commits.add(event)
            commits.flush_due()
        commits.flush()
        workbook.close()

    thread = threading.Thread(target=store, name="storage")
    thread.start()
    room, state = ready.get(timeout=60)
    host = WorkshopHost(room, state, pin=PIN, host="127.0.0.1", title="Benchmark", on_update=events.put)
    host.start()

    def stop() -> None:
        host.stop()
        events.put(None)
        thread.join(30)
        folder.cleanup()

    return f"{host.port} {room}", stop


def serve_relay() -> tuple[str, Callable[[], None]]:
    """A plain WebSocket relay on the host's stack: each binary message goes to every other socket."""
    import uvicorn
    from starlette.applications import Starlette
    from starlette.routing import WebSocketRoute
    from starlette.websockets import WebSocket

    sockets: dict[WebSocket, asyncio.Queue[bytes]] = {}

    async def pump(websocket: WebSocket, queue: asyncio.Queue[bytes]) -> None:
        while True:
            await websocket.send_bytes(await queue.get())

    async def relay(websocket: WebSocket) -> None:
        await websocket.accept()
        queue: asyncio.Queue[bytes] = asyncio.Queue()
        sockets[websocket] = queue
        task = asyncio.ensure_future(pump(websocket, queue))
        try:
            while True:
                message = await websocket.receive()
                if message["type"] == "websocket.disconnect":
                    break
                data = message.get("bytes")
                if data is not None:
                    for other, other_queue in sockets.items():
                        if other is not websocket:
                            other_queue.put_nowait(data)
        finally:
            del sockets[websocket]
            task.cancel()

    app = Starlette(routes=[WebSocketRoute("/ws/{room}", relay)])
    sock = socket.create_server(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, ws="websockets-sansio", http="h11", lifespan="off",
                                           log_config=None, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)

    def stop() -> None:
        server.should_exit = True
        thread.join(10)

    return f"{sock.getsockname()[1]} relay", stop


def serve(kind: str) -> None:
    """Print the port (and room), then answer each line of standard input: "cpu" with this process's CPU
    seconds so far, "stop" by stopping."""
    serving = {"stored": serve_stored, "workshop": serve_workshop, "relay": serve_relay}[kind]
    address, stop = serving()
    print(address, flush=True)
    for line in sys.stdin:
        if line.strip() == "cpu":
            print(f"{time.process_time():.6f}", flush=True)
        elif line.strip() == "stop":
            break
    stop()


class Server:
    """A server in a child process, talked to through its standard input and output."""

    def __init__(self, kind: str) -> None:
        self.process = subprocess.Popen([sys.executable, __file__, "--serve", kind], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        port, self.room = self.process.stdout.readline().split()
        self.port = int(port)

    def cpu(self) -> float:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("cpu\n")
        self.process.stdin.flush()
        return float(self.process.stdout.readline())

    def stop(self) -> None:
        assert self.process.stdin is not None
        with contextlib.suppress(OSError):
            self.process.stdin.write("stop\n")
            self.process.stdin.close()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()


# --- Participants --------------------------------------------------------------------------------


def sync_message(sub: int, payload: bytes) -> bytes:
    return write_var_uint(YMessageType.SYNC) + write_var_uint(sub) + write_message(payload)


def read_uint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def keystroke_of(update: bytes) -> tuple[int, int]:
    """(sender, keystroke number) of a one-character update as the host relays it (one transaction, one
    struct): its first struct's client and clock; the clock counts the sender's characters from 0."""
    _clients, at = read_uint(update, 0)
    _structs, at = read_uint(update, at)
    client, at = read_uint(update, at)
    clock, _ = read_uint(update, at)
    return client, clock + 1


@dataclass
class Keystrokes:
    """When each keystroke was sent and when the last other participant had it."""

    participants: int
    sent: dict[tuple[int, int], float] = field(default_factory=dict)  # (sender, number) -> time
    seen_by: dict[tuple[int, int], int] = field(default_factory=dict)
    complete: dict[tuple[int, int], float] = field(default_factory=dict)  # -> time the last one had it

    def arrived(self, key: tuple[int, int], now: float) -> None:
        seen = self.seen_by.get(key, 0) + 1
        self.seen_by[key] = seen
        if seen == self.participants - 1:
            self.complete[key] = now

    def latencies(self) -> list[float]:
        return [self.complete[key] - sent for key, sent in self.sent.items() if key in self.complete]


class Participant:
    """One simulated participant: a socket, and (CRDT run) a copy of the document, a bare pycrdt ``Doc``
    as the browser has a bare Yjs one (so that the clients' own work stays small beside the host's)."""

    def __init__(self, index: int, crdt: bool, keystrokes: Keystrokes) -> None:
        self.index = index
        self.keystrokes = keystrokes
        self.client_id = new_client_id()
        self.doc: Doc[Any] | None = Doc(client_id=self.client_id) if crdt else None
        self.synced = asyncio.Event()
        self.ws: ClientConnection | None = None
        self.typed = 0

    async def connect(self, url: str) -> None:
        self.ws = await connect(url, max_size=None, open_timeout=60, compression=None)
        if self.doc is not None:
            await self.ws.send(sync_message(YSyncMessageType.SYNC_STEP1, self.doc.get_state()))
        else:
            self.synced.set()

    async def receive(self) -> None:
        assert self.ws is not None
        with contextlib.suppress(Exception):
            async for data in self.ws:
                assert isinstance(data, bytes)
                now = time.perf_counter()
                if self.doc is None:
                    sender, number = json.loads(data)
                    if sender != PRESENCE:
                        self.keystrokes.arrived((sender, number), now)
                    continue
                kind, at = read_uint(data, 0)
                if kind != YMessageType.SYNC:
                    continue
                sub, at = read_uint(data, at)
                length, at = read_uint(data, at)
                payload = data[at:at + length]
                if sub == YSyncMessageType.SYNC_STEP1:
                    diff = self.doc.get_update(payload)
                    await self.ws.send(sync_message(YSyncMessageType.SYNC_STEP2, diff))
                    continue
                self.doc.apply_update(payload)
                if sub == YSyncMessageType.SYNC_STEP2:
                    self.synced.set()
                else:
                    self.keystrokes.arrived(keystroke_of(payload), now)

    def text(self) -> list[str]:
        assert self.doc is not None
        return [str(section["body"]) for section in self.doc.get("sections", type=Array)]

    async def type(self, seconds: float, rate: float, rng: random.Random) -> None:
        assert self.ws is not None
        body: Text | None = None
        if self.doc is not None:
            sections = self.doc.get("sections", type=Array)
            body = sections[self.index % len(sections)]["body"]
        await asyncio.sleep(rng.random() / rate)  # everyone starts at a different moment
        start = time.perf_counter()
        letters = "abcdefghijklmnopqrstuvwxyz "
        while (due := self.typed / rate) < seconds:
            await asyncio.sleep(max(0.0, due - (time.perf_counter() - start)))
            self.typed += 1
            # The sender's clock counts its characters: keystroke n leaves it at n (ASCII, inserts only).
            key = (self.client_id, self.typed)
            if self.doc is not None and body is not None:
                before = self.doc.get_state()
                body.insert(len(body), rng.choice(letters))
                message = sync_message(YSyncMessageType.SYNC_UPDATE, self.doc.get_update(before))
            else:
                message = json.dumps(key).encode()
            self.keystrokes.sent[key] = time.perf_counter()
            await self.ws.send(message)
            await self.ws.send(self.presence())

    def presence(self) -> bytes:
        """This participant's awareness state with its cursor (a relay run: a message as often)."""
        if self.doc is None:
            return json.dumps([PRESENCE, self.typed]).encode()
        state = json.dumps({"user": {"name": f"Participant {self.index + 1}", "color": "#1f77b4",
                                     "colorLight": "#1f77b433"},
                            "participant_id": str(self.index), "section": str(self.index % len(SECTIONS)),
                            "cursor": {"anchor": self.typed, "head": self.typed}}).encode()
        body = write_var_uint(1) + write_var_uint(self.client_id) + write_var_uint(self.typed) \
            + write_message(state)
        return write_var_uint(YMessageType.AWARENESS) + write_message(body)


@dataclass(frozen=True, slots=True)
class Figures:
    median_ms: float
    p95_ms: float
    measured: int
    sent: int
    cpu_percent: float
    clients_cpu_percent: float


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def run(server: Server, crdt: bool, participants: int, seconds: float, rate: float,
              seed: int) -> Figures:
    keystrokes = Keystrokes(participants)
    rng = random.Random(seed)
    people = [Participant(index, crdt, keystrokes) for index in range(participants)]
    base = f"http://127.0.0.1:{server.port}/"
    for person in people:
        if crdt:
            answer = await asyncio.to_thread(requests.post, base + "api/join", json={
                "name": f"Participant {person.index + 1}", "institution": "Ministry", "sex": None,
                "pin": PIN}, timeout=30)
            answer.raise_for_status()
            url = f"ws://127.0.0.1:{server.port}/ws/{server.room}?token={answer.json()['token']}"
        else:
            url = f"ws://127.0.0.1:{server.port}/ws/relay"
        await person.connect(url)
    readers = [asyncio.ensure_future(person.receive()) for person in people]
    await asyncio.wait_for(asyncio.gather(*(person.synced.wait() for person in people)), 60)
    cpu_before, own_before, wall_before = server.cpu(), time.process_time(), time.perf_counter()
    await asyncio.gather(*(person.type(seconds, rate, random.Random(rng.random())) for person in people))
    cpu_after, own_after, wall_after = server.cpu(), time.process_time(), time.perf_counter()
    await _settle(lambda: len(keystrokes.complete) >= len(keystrokes.sent), 10)
    for person in people:
        assert person.ws is not None
        await person.ws.close()
    for reader in readers:
        reader.cancel()
    if crdt:
        texts = {str(person.text()) for person in people}
        assert len(texts) == 1, "the participants' copies differ"
    latencies = keystrokes.latencies()
    wall = wall_after - wall_before
    return Figures(statistics.median(latencies) * 1000, percentile(latencies, 0.95) * 1000, len(latencies),
                   len(keystrokes.sent), 100 * (cpu_after - cpu_before) / wall,
                   100 * (own_after - own_before) / wall)


async def _settle(condition: Callable[[], bool], timeout: float) -> None:
    deadline = time.perf_counter() + timeout
    while not condition() and time.perf_counter() < deadline:
        await asyncio.sleep(0.05)


def measure(kind: str, run_it: Callable[[Server], Awaitable[Figures]]) -> Figures:
    server = Server(kind)
    try:
        return asyncio.run(run_it(server))  # type: ignore[arg-type]
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=25)
    parser.add_argument("--seconds", type=float, default=60.0, help="typing time of each run")
    parser.add_argument("--rate", type=float, default=5.0, help="keystrokes per second per participant")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--serve", choices=("stored", "workshop", "relay"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return

    def with_(crdt: bool) -> Callable[[Server], Awaitable[Figures]]:
        return lambda server: run(server, crdt, args.participants, args.seconds, args.rate, args.seed)

    load = os.getloadavg()[0]
    stored = measure("stored", with_(True))
    workshop = measure("workshop", with_(True))
    relay = measure("relay", with_(False))
    planned = args.participants * math.ceil(args.rate * args.seconds)
    print(f"workshop, {args.participants} participants typing {args.rate:g} characters/s each for "
          f"{args.seconds:g} s on loopback ({os.cpu_count()} cores, load average {load:.1f} at the start):")
    for name, figures in (("workshop host storing in group commits", stored),
                          ("workshop host storing nothing", workshop),
                          ("plain WebSocket relay (baseline)", relay)):
        print(f"  {name}: keystroke to every other participant: median {figures.median_ms:.1f} ms, 95th "
              f"percentile {figures.p95_ms:.1f} ms; server CPU {figures.cpu_percent:.0f}% of one core "
              f"(clients' process {figures.clients_cpu_percent:.0f}%); {figures.sent} of {planned} planned "
              f"keystrokes sent, {figures.measured} seen by all {args.participants - 1} others")
        if figures.sent < 0.9 * planned:
            print("    (the clients fell behind their typing: the machine is busy, the figures are its own)")
    for name, figures in (("storing", stored), ("not storing", workshop)):
        print(f"ratios host {name}/relay: median {figures.median_ms / relay.median_ms:.2f}, 95th percentile "
              f"{figures.p95_ms / relay.p95_ms:.2f}, server CPU "
              f"{figures.cpu_percent / max(relay.cpu_percent, 0.1):.2f}")
    print(f"storing/not storing: server CPU {stored.cpu_percent / max(workshop.cpu_percent, 0.1):.2f} "
          f"(target at most 2); host storing: 95th percentile {stored.p95_ms:.1f} ms (target at most 50), "
          f"CPU {stored.cpu_percent:.0f}% of one core (target at most 25)")

if __name__ == "__main__":
    main()
