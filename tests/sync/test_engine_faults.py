"""Sync through a network that fails, and a sync process killed at random moments: nothing lost, nothing
duplicated, once the faults stop."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socieux_desktop.domain.model import Counterpart, Mission, new_id
from socieux_desktop.store import models as m
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync.client import HubClient, SyncError
from socieux_desktop.sync.commands import sign_in, sync_now
from socieux_desktop.sync.credentials import TokenStore
from socieux_hub.models import ChangeLogRow, RecordRow
from tests.sync.conftest import PASSWORD, Hub, World
from tests.sync.test_network_faults import records

FAULTS = ("cut request", "cut response", "error 500", "time out", "pass")


class FaultyProxy:
    """A TCP proxy on loopback in front of the hub that spoils connections while ``faulty`` is set:
    it cuts them in the middle of the request or of the response, answers 500, or never answers."""

    def __init__(self, target_port: int, seed: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.rng = random.Random(seed)
        self.faulty = True
        self.seen: dict[str, int] = dict.fromkeys(FAULTS, 0)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.closing = False
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.closing = True
        self.listener.close()

    def _accept(self) -> None:
        while not self.closing:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            fault = self.rng.choice(FAULTS) if self.faulty else "pass"
            self.seen[fault] += 1
            threading.Thread(target=self._serve, args=(client, fault), daemon=True).start()

    def _serve(self, client: socket.socket, fault: str) -> None:
        try:
            if fault == "error 500":
                client.recv(65536)
                body = b'{"error": {"code": "internal_error", "message": "injected"}}'
                head = (b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                        b"Connection: close\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n")
                client.sendall(head + body)
                return
            if fault == "time out":
                client.settimeout(5)
                while client.recv(65536):
                    pass
                return
            upstream = socket.create_connection(self.target)
            if fault == "cut request":
                data = client.recv(65536)
                upstream.sendall(data[:max(1, len(data) // 2)])
                upstream.close()
                return
            forward = threading.Thread(target=_pipe, args=(client, upstream), daemon=True)
            forward.start()
            if fault == "cut response":
                answer = upstream.recv(65536)
                client.sendall(answer[:max(1, len(answer) // 2)])
                upstream.close()
                return
            _pipe(upstream, client)
        except OSError:
            pass
        finally:
            client.close()


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


@pytest.fixture
def proxy(hub: Hub) -> Iterator[FaultyProxy]:
    port = int(hub.url.rsplit(":", 1)[1])
    made = FaultyProxy(port, seed=20260302)
    yield made
    made.close()


def quick_client(url: str, token: str | None = None, **_settings: object) -> HubClient:
    return HubClient(url, token, read_timeout=1.0, connect_timeout=1.0, retries=2, backoff=0.01)


def hub_changes_of(hub: Hub, device_id: str) -> int:
    with hub.db.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLogRow).where(
            ChangeLogRow.device_id == device_id)) or 0


def local_changes_of(workbook: Workbook, device_id: str) -> int:
    with Session(workbook.engine) as session:
        return session.scalar(select(func.count()).select_from(m.ChangeRow).where(
            m.ChangeRow.device_id == device_id)) or 0


def counterparts_at_hub(hub: Hub, mission_id: str) -> dict[str, str]:
    with hub.db.read() as session:
        rows = session.scalars(select(RecordRow).where(RecordRow.entity == "counterpart",
                                                       RecordRow.mission_id == mission_id))
        return {row.id: str(row.data["name"]) for row in rows if not row.deleted}


def counterparts_here(workbook: Workbook, mission_id: str) -> dict[str, str]:
    return {c.id: c.name for c in workbook.all(Counterpart) if c.mission_id == mission_id}


def test_sync_completes_through_a_failing_network_with_nothing_lost_or_doubled(
        hub: Hub, world: World, proxy: FaultyProxy, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    laptop = laptops["laptop"]
    proxy.faulty = False
    sign_in(laptop, tokens, proxy.url, "marie", PASSWORD, client_factory=quick_client)
    sync_now(laptop, tokens, quick_client)
    mission = next(mission for mission in laptop.all(Mission) if mission.code == "CI-M1")
    proxy.faulty = True
    failures = attempts = 0
    while attempts < 15 or min(proxy.seen.values()) == 0:
        assert attempts < 80, proxy.seen
        attempts += 1
        laptop.save(*[Counterpart(new_id(), mission.id, f"Laptop {attempts}.{n}") for n in range(10)])
        world.jurate.push_ok([world.jurate.device.insert(
            Counterpart(new_id(), mission.id, f"Jūratė {attempts}.{n}")) for n in range(10)])
        try:
            sync_now(laptop, tokens, quick_client)
        except SyncError:
            failures += 1
    proxy.faulty = False
    sync_now(laptop, tokens, quick_client)
    assert failures > 0
    assert laptop.pending_change_count() == 0
    assert hub_changes_of(hub, laptop.device_id) == local_changes_of(laptop, laptop.device_id)
    assert counterparts_here(laptop, mission.id) == counterparts_at_hub(hub, mission.id)
    assert len(counterparts_here(laptop, mission.id)) == 20 * attempts


CHILD = """
import sys
from socieux_desktop.cli import build_parser
from socieux_desktop.sync.commands import sync_main
from socieux_desktop.sync.credentials import TokenStore
from keyring.backends import fail

hub, user, token, data_dir = sys.stdin.read().split()
tokens = TokenStore(fail.Keyring())
tokens.save(hub, user, token)
sys.exit(sync_main(build_parser().parse_args(["sync", "--data-dir", data_dir]), tokens))
"""


@pytest.mark.slow
def test_a_sync_killed_at_random_moments_fifty_times_loses_and_doubles_nothing(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore, tmp_path: Path) -> None:
    """Marie's `socieux sync` is killed (SIGKILL) at random moments; Jūratė's laptop, a second replica,
    syncs between the kills; at the end both laptops hold the same records, each change once."""
    data_dir = tmp_path / "laptop"
    laptop = laptops["laptop"]
    sign_in(laptop, tokens, hub.url, "marie", PASSWORD)
    sync_now(laptop, tokens)
    other = laptops["other"]
    sign_in(other, tokens, hub.url, "jurate", PASSWORD)
    sync_now(other, tokens)
    token = tokens.load(hub.url, "marie")
    mission = next(mission for mission in laptop.all(Mission) if mission.code == "CI-M1")
    device_id = laptop.device_id
    laptop.close()
    rng = random.Random(50)
    outcomes = {"killed": 0, "finished": 0}
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    errors = tmp_path / "stderr.txt"

    def start_sync() -> subprocess.Popen[bytes]:
        with errors.open("wb") as stderr:
            child = subprocess.Popen([sys.executable, "-c", CHILD], stdin=subprocess.PIPE,
                                     stdout=subprocess.DEVNULL, stderr=stderr, env=env)
        assert child.stdin is not None
        child.stdin.write(f"{hub.url} marie {token} {data_dir}".encode())
        child.stdin.close()
        return child

    def add_work(round_: int) -> None:
        workbook = Workbook.open(data_dir)  # opens and passes its integrity check after every kill
        workbook.save(*[Counterpart(new_id(), mission.id, f"Laptop {round_}.{n}") for n in range(100)])
        workbook.close()
        world.jurate.push_ok([world.jurate.device.insert(
            Counterpart(new_id(), mission.id, f"Jūratė {round_}.{n}")) for n in range(100)])
        other.save(*[Counterpart(new_id(), mission.id, f"Jūratė's laptop {round_}.{n}") for n in range(5)])
        sync_now(other, tokens)

    add_work(0)
    started = time.monotonic()
    assert start_sync().wait(60) == 0
    # The kills fall anywhere from start-up to the last page: a run's length is first measured, then kept
    # up to date (shorter after a run that finished before its kill, longer after a kill), so that the
    # kills stay inside runs however fast or loaded the machine is at the time.
    whole_run = time.monotonic() - started
    for round_ in range(1, 51):
        add_work(round_)
        child = start_sync()
        time.sleep(rng.uniform(0.1, 1.0) * whole_run)
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
            outcomes["killed"] += 1
            whole_run *= 1.05
        else:
            outcomes["finished"] += 1
            assert child.returncode == 0, errors.read_text(encoding="utf-8")
            whole_run *= 0.8
        child.wait(30)
        assert "Traceback" not in errors.read_text(encoding="utf-8")
    laptop = Workbook.open(data_dir)
    try:
        sync_now(laptop, tokens)
        sync_now(other, tokens)
        assert outcomes["killed"] >= 25, outcomes
        assert laptop.pending_change_count() == other.pending_change_count() == 0
        assert hub_changes_of(hub, device_id) == local_changes_of(laptop, device_id)
        assert hub_changes_of(hub, other.device_id) == local_changes_of(laptop, other.device_id)
        here = counterparts_here(laptop, mission.id)
        assert records(laptop) == records(other)  # the two replicas, record by record
    finally:
        laptop.close()
    assert here == counterparts_at_hub(hub, mission.id)
    assert len(here) == 51 * 205
