"""Sync figures, measured in one run against a real hub on loopback (SQLite, or ``--db URL``).

Prints: the first sync of a 20,000-entry workspace; what the gate costs in it (the same first sync on fresh
hubs with and without ``domain.gate.judge_change`` in the path, the best of two each, as a ratio); a sync
with nothing to do on that workspace and on a 200-entry one (requests and bytes, which must not grow with
the workspace); bytes sent per changed day entry against the size of its JSON; the hub's throughput in
changes per second with 10 clients pushing at once. The first push and the first pull are also given
against a floor measured in the same run: the same changes serialised, gzipped, parsed back and inserted
(rows and changes, SQLAlchemy Core, one transaction) into a fresh workspace.
Run: ``python benchmarks/sync.py`` (two minutes or so on two cores).
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import uvicorn
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST
from sqlalchemy import insert, select

from socieux_desktop.domain import gate
from socieux_desktop.domain.clock import HybridLogicalClock
from socieux_desktop.domain.model import (
    Action,
    Activity,
    Counterpart,
    DayEntry,
    DayKind,
    Expert,
    Mission,
    new_id,
)
from socieux_desktop.domain.records import to_record
from socieux_desktop.store import models as m
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync import protocol
from socieux_desktop.sync.client import HubClient
from socieux_desktop.sync.commands import sign_in, signed_in_client
from socieux_desktop.sync.credentials import TokenStore
from socieux_desktop.sync.engine import SyncEngine, SyncReport
from socieux_hub import auth
from socieux_hub.admin import Admin
from socieux_hub.app import create_app
from socieux_hub.db import Database

PASSWORD = "benchmark password"


def start_hub(db: Database) -> tuple[str, uvicorn.Server, threading.Thread]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    return f"http://127.0.0.1:{sock.getsockname()[1]}", server, thread


def make_hub(url: str) -> tuple[Database, str]:
    """A hub database with Marie on mission CI-M1 (and a coordinator); the mission's id."""
    db = Database(url)
    db.migrate()
    admin = Admin(db)
    admin.add_user("marie", "expert", PASSWORD, name="Marie Lefèvre")
    admin.add_user("hq", "coordinator", PASSWORD)
    admin.add_action("CI-2026-01", "Quality of services in 129 social centres", "DAS", "CI")
    admin.add_activity("CI-2026-01", "A1", "Diagnostic")
    mission_id = admin.add_mission("CI-2026-01", "CI-M1", "Diagnostic mission", "2026-03-02", "2026-03-13")
    admin.assign("CI-M1", "marie", "lead_expert", [("A1", "8")])
    return db, mission_id


@contextmanager
def gate_replaced(judge: Any) -> Iterator[None]:
    """``domain.gate.judge_change``, the gate's verdict on changes from elsewhere, replaced by ``judge``."""
    judged = gate.judge_change
    gate.judge_change = judge
    try:
        yield
    finally:
        gate.judge_change = judged


def accept_all(*_args: Any, **_kwargs: Any) -> gate.Verdict:
    """No gate: every change accepted."""
    return gate.ACCEPTED


class TimedGate:
    """The gate as it is, with the time spent in it added up."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.calls = 0
        self._judge = gate.judge_change

    def __call__(self, *args: Any, **kwargs: Any) -> gate.Verdict:
        started = time.perf_counter()
        try:
            return self._judge(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - started
            self.calls += 1


def first_sync_on_a_fresh_hub(folder: Path, name: str, tokens: TokenStore, entries: int) -> float:
    """Seconds of the first sync of an ``entries``-day workspace with a hub of its own."""
    db, _ = make_hub(f"sqlite:///{folder / (name + '.sqlite')}")
    url, server, thread = start_hub(db)
    try:
        workbook, _ = laptop(folder, name, url, tokens, entries)
        _, seconds = sync(workbook, tokens)
        workbook.close()
        return seconds
    finally:
        server.should_exit = True
        thread.join(10)
        db.dispose()


def gate_cost(folder: Path, tokens: TokenStore, entries: int) -> tuple[float, float, TimedGate]:
    """The best of two first syncs with the gate and of two without, in both orders; and the time spent
    inside the gate during the gated ones."""
    with_gate: list[float] = []
    bare: list[float] = []
    timed = TimedGate()
    for run, gated_first in enumerate((True, False)):  # each order once: the second of a pair runs warmer
        for gated in (gated_first, not gated_first):
            with gate_replaced(timed if gated else accept_all):
                seconds = first_sync_on_a_fresh_hub(folder, f"{'gated' if gated else 'bare'}{run}", tokens,
                                                    entries)
            (with_gate if gated else bare).append(seconds)
    return min(with_gate), min(bare), timed


def fill(workbook: Workbook, mission: Mission, expert_id: str, activity_id: str, entries: int) -> None:
    with workbook.bulk_writer() as writer:
        writer.put_all(DayEntry(new_id(), mission.id, expert_id, activity_id, date(2020, 1, 1) + timedelta(n),
                                DayKind.ON_SITE_WORK, 2, "Abidjan", f"Workshop with the directorate, day {n}")
                       for n in range(entries))


def direct_floor(folder: Path, source: Workbook) -> float:
    """Seconds to serialise ``source``'s day entries and their changes, gzip them, parse them back and
    insert them with SQLAlchemy Core into a fresh workspace in one transaction: what a sync moving them
    cannot beat."""
    with source.read_session() as session:
        rows = [dict(row._mapping) for row in session.execute(select(m.DayEntryRow.__table__))]
        changes = [dict(row._mapping) for row in session.execute(
            select(m.ChangeRow.__table__).where(m.ChangeRow.entity == "day_entry"))]
    target = Workbook.open(folder / "floor")
    with target.bulk_writer() as writer:  # the records the day entries refer to (not timed)
        for entity in [*source.all(Action), *source.all(Activity), *source.all(Expert), *source.all(Mission)]:
            writer.put(entity)
    started = time.perf_counter()
    body = gzip.compress(protocol.dumps({"rows": rows, "changes": changes}))
    parsed = json.loads(gzip.decompress(body))
    with target.engine.begin() as connection:
        connection.execute(insert(m.DayEntryRow.__table__), parsed["rows"])
        connection.execute(insert(m.ChangeRow.__table__), parsed["changes"])
    seconds = time.perf_counter() - started
    target.close()
    return seconds


def sync(workbook: Workbook, tokens: TokenStore) -> tuple[SyncReport, float]:
    client = signed_in_client(workbook, tokens)
    started = time.perf_counter()
    report = SyncEngine(workbook, client).sync()
    return report, time.perf_counter() - started


def laptop(folder: Path, name: str, url: str, tokens: TokenStore, entries: int) -> tuple[Workbook, float]:
    workbook = Workbook.open(folder / name)
    sign_in(workbook, tokens, url, "marie", PASSWORD)
    sync(workbook, tokens)
    mission = next(m for m in workbook.all(Mission) if m.code == "CI-M1")
    details = workbook.mission_details(mission.id)
    started = time.perf_counter()
    fill(workbook, mission, details.team[0].expert.id, details.activities[0].id, entries)
    return workbook, time.perf_counter() - started


def pusher(url: str, token: str, mission_id: str, batches: int, size: int, done: list[int]) -> None:
    client = HubClient(url, token)
    device = new_id()
    clock = HybridLogicalClock(device)
    seq = 0
    for _ in range(batches):
        changes = []
        for _ in range(size):
            seq += 1
            record = {**to_record(Counterpart(new_id(), mission_id, f"Agent {seq}")), "deleted": False}
            changes.append(protocol.Change(new_id(), device, seq, clock.now().encode(), "counterpart",
                                           str(record["id"]), "insert", record, None,
                                           "2026-03-02T09:00:00+00:00"))
        client.push(protocol.PushRequest(device, tuple(changes)))
        done.append(size)
    client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="hub database URL (default: a temporary SQLite file)")
    parser.add_argument("--entries", type=int, default=20_000)
    args = parser.parse_args()
    auth._hasher = PasswordHasher.from_parameters(CHEAPEST)  # users are made here, not measured
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        db, mission_id = make_hub(args.db or f"sqlite:///{folder / 'hub.sqlite'}")
        url, server, thread = start_hub(db)
        tokens = TokenStore()
        try:
            big, fill_seconds = laptop(folder, "big", url, tokens, args.entries)
            first, first_seconds = sync(big, tokens)
            print(f"first sync of {args.entries} day entries: {first_seconds:.2f} s, {first.requests} "
                  f"requests, {first.bytes_sent / 1e6:.2f} MB sent ({fill_seconds:.2f} s to write them "
                  "locally)")
            floor = direct_floor(folder, big)
            print(f"  floor: the same rows and changes serialised, gzipped, parsed and inserted directly: "
                  f"{floor:.2f} s; the first sync is {first_seconds / floor:.1f}x that")
            gated, bare, timed = gate_cost(folder, tokens, args.entries)
            print(f"the gate in the first sync of {args.entries} day entries: {gated:.2f} s with it, "
                  f"{bare:.2f} s without (ratio {gated / bare:.3f}; best of two each, fresh SQLite hubs); "
                  f"inside the gate: {timed.seconds / 2:.3f} s a sync ({timed.calls // 2} verdicts, "
                  f"{timed.seconds / 2 / gated:.1%} of the gated sync)")
            second = Workbook.open(folder / "second")
            sign_in(second, tokens, url, "marie", PASSWORD)
            received, pull_seconds = sync(second, tokens)
            print(f"first sync of a second laptop receiving them: {pull_seconds:.2f} s, {received.requests} "
                  f"requests, {received.bytes_received / 1e6:.2f} MB received; "
                  f"{pull_seconds / floor:.1f}x the floor")
            second.close()
            small, _ = laptop(folder, "small", url, tokens, 200)
            sync(small, tokens)
            sync(big, tokens)
            idle_big, _ = sync(big, tokens)
            idle_small, _ = sync(small, tokens)
            print(f"sync with nothing to do: {idle_big.requests} request(s), "
                  f"{idle_big.bytes_sent + idle_big.bytes_received} bytes at {args.entries} entries; "
                  f"{idle_small.requests} request(s), "
                  f"{idle_small.bytes_sent + idle_small.bytes_received} bytes at 200 entries")
            entries = big.day_entries()[:1000]
            with big.bulk_writer() as writer:
                for entry in entries:
                    writer.put(dataclasses.replace(entry, description=entry.description + " (corrected)"))
            changed, _ = sync(big, tokens)
            json_size = sum(len(json.dumps(to_record(e), ensure_ascii=False).encode())
                            for e in entries) / len(entries)
            per_entry = changed.bytes_sent / len(entries)
            print(f"bytes sent per changed day entry: {per_entry:.0f} against {json_size:.0f} bytes of its "
                  f"JSON (ratio {per_entry / json_size:.2f})")
            token = tokens.load(url, "marie")
            assert token is not None
            done: list[int] = []
            threads = [threading.Thread(target=pusher, args=(url, token, mission_id, 10, 200, done))
                       for _ in range(10)]
            started = time.perf_counter()
            for worker in threads:
                worker.start()
            for worker in threads:
                worker.join()
            seconds = time.perf_counter() - started
            print(f"hub throughput, 10 clients pushing at once: {sum(done) / seconds:.0f} changes/s "
                  f"({sum(done)} changes in {seconds:.2f} s, {db.dialect})")
            big.close()
            small.close()
        finally:
            server.should_exit = True
            thread.join(10)
            db.dispose()


if __name__ == "__main__":
    main()
