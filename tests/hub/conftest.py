"""A real hub for the tests: a database (SQLite, and PostgreSQL when ``SOCIEUX_TEST_PG_URL`` is set),
its migrations, and uvicorn serving the app on a free loopback port in a thread; clients speak HTTP.

On CI (``CI=true``) the PostgreSQL runs fail instead of skipping when the URL is missing, so they
cannot be lost silently. ``scripts/ci-postgres.sh`` prints the URL.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
import uvicorn
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from socieux_desktop.domain.clock import HybridLogicalClock
from socieux_desktop.domain.model import DayEntry, DayKind, new_id
from socieux_desktop.domain.records import to_record
from socieux_desktop.store.changes import ENTITY_NAMES
from socieux_desktop.sync import protocol
from socieux_hub import auth
from socieux_hub.admin import Admin
from socieux_hub.app import create_app
from socieux_hub.db import Database
from socieux_hub.models import ChangeLogRow

PG_ENV = "SOCIEUX_TEST_PG_URL"
PASSWORD = "correct horse battery"


def _postgres_url() -> str:
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        message = f"{PG_ENV} is not set: run `eval \"$(bash scripts/ci-postgres.sh)\"` first."
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL tests cannot run on CI: {message}")
        pytest.skip(message)
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: an SQLite file, or a new schema of the test PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.sqlite'}"
        return
    base = _postgres_url()
    schema = f"hub_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1),
                          isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@dataclass
class Device:
    """What an app's change log produces, made by hand: ids, per-device numbers and HLC stamps."""

    device_id: str = field(default_factory=new_id)
    seq: int = 0
    wall_ms: int = 1_760_000_000_000

    def __post_init__(self) -> None:
        self.clock = HybridLogicalClock(self.device_id, now_ms=self._now)

    def _now(self) -> int:
        self.wall_ms += 1
        return self.wall_ms

    def change(self, entity: str, entity_id: str, op: str, fields: dict[str, Any],
               previous: dict[str, Any] | None = None) -> dict[str, Any]:
        self.seq += 1
        return {"id": new_id(), "device_id": self.device_id, "seq": self.seq,
                "hlc": self.clock.now().encode(), "entity": entity, "entity_id": entity_id, "op": op,
                "fields": fields, "previous": previous,
                "created_at": datetime.now(UTC).isoformat(timespec="milliseconds")}

    def insert(self, entity: object) -> dict[str, Any]:
        record = to_record(entity)
        return self.change(ENTITY_NAMES[type(entity)], str(record["id"]), "insert",
                           {**record, "deleted": False})

    def update(self, entity: str, entity_id: str, **fields: Any) -> dict[str, Any]:
        return self.change(entity, entity_id, "update", fields)

    def delete(self, entity: str, entity_id: str) -> dict[str, Any]:
        return self.change(entity, entity_id, "delete", {"deleted": True}, {"deleted": False})

    def batch(self, changes: list[dict[str, Any]]) -> dict[str, Any]:
        return {"protocol": protocol.PROTOCOL_VERSION, "device_id": self.device_id, "changes": changes}


class Client:
    """A signed-in user talking HTTP to the hub, the way the app will."""

    def __init__(self, base: str, token: str, identity: dict[str, Any]) -> None:
        self.base = base
        self.token = token
        self.identity = identity
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {token}"
        self.device = Device()

    @property
    def expert_id(self) -> str:
        return str(self.identity["expert_id"])

    def push_raw(self, body: bytes, encoding: str | None = "gzip", **headers: str) -> requests.Response:
        all_headers = {"Content-Type": "application/json", **headers}
        if encoding:
            all_headers["Content-Encoding"] = encoding
        return self.http.post(f"{self.base}/v1/changes", data=body, headers=all_headers, timeout=60)

    def push(self, changes: list[dict[str, Any]], device: Device | None = None) -> requests.Response:
        batch = (device or self.device).batch(changes)
        return self.push_raw(protocol.gzip_json(batch))

    def push_ok(self, changes: list[dict[str, Any]], device: Device | None = None) -> list[int]:
        response = self.push(changes, device)
        assert response.status_code == 200, response.text
        return [result["server_seq"] for result in response.json()["results"]]

    def pull(self, cursor: str = "0", limit: int | None = None, **params: Any) -> requests.Response:
        query: dict[str, Any] = {"protocol": protocol.PROTOCOL_VERSION, "cursor": cursor, **params}
        if limit is not None:
            query["limit"] = limit
        return self.http.get(f"{self.base}/v1/changes", params=query, timeout=60)

    def pull_page(self, cursor: str = "0", limit: int | None = None, **params: Any) -> protocol.PullResponse:
        response = self.pull(cursor, limit, **params)
        assert response.status_code == 200, response.text
        page = protocol.PullResponse.from_json(response.json())
        for change in page.changes:  # as the app does: its next stamps are later than what it has seen
            self.device.clock.observe(change.stamp)
        return page

    def pull_all(self, cursor: str = "0", limit: int | None = None) -> tuple[list[protocol.Change], str, int]:
        """Every change after ``cursor``, following ``more``; also the final cursor and the requests made."""
        changes: list[protocol.Change] = []
        requests_made = 0
        while True:
            page = self.pull_page(cursor, limit)
            requests_made += 1
            changes.extend(page.changes)
            cursor = page.cursor
            if not page.more:
                return changes, cursor, requests_made


@dataclass
class Hub:
    url: str
    db: Database
    admin: Admin

    def login(self, username: str, password: str = PASSWORD) -> Client:
        response = requests.post(f"{self.url}/v1/login", json={"username": username, "password": password},
                                 timeout=30)
        assert response.status_code == 200, response.text
        body = response.json()
        return Client(self.url, body["token"], body)

    def expert(self, username: str, name: str = "") -> Client:
        self.admin.add_user(username, "expert", PASSWORD, name=name or username.title())
        return self.login(username)

    def coordinator(self, username: str = "coordinator") -> Client:
        self.admin.add_user(username, "coordinator", PASSWORD)
        return self.login(username)

    def change_count(self) -> int:
        with self.db.read() as session:
            return session.scalar(select(func.count()).select_from(ChangeLogRow)) or 0


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2's cheapest parameters, so that tests that make many users stay fast on two cores (the
    hub's own parameters are checked by ``test_auth``, which restores them)."""
    monkeypatch.setattr(auth, "_hasher", PasswordHasher.from_parameters(CHEAPEST))


def _free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@pytest.fixture
def hub(db_url: str) -> Iterator[Hub]:
    """The hub serving a fresh database over HTTP on a free loopback port."""
    db = Database(db_url)
    db.migrate()
    sock = _free_socket()
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning", lifespan="off",
                                           timeout_graceful_shutdown=5))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the hub did not start"
        time.sleep(0.02)
    try:
        yield Hub(f"http://127.0.0.1:{port}", db, Admin(db))
    finally:
        server.should_exit = True
        thread.join(15)
        sock.close()
        db.dispose()


@dataclass
class World:
    """Headquarters' data for the access tests: two actions, three missions, three experts.

    Côte d'Ivoire: mission CI-M1 (Marie, lead; Jūratė), mission CI-M2 (nobody yet).
    Peru: mission PE-M1 (Pedro).
    """

    action_ci: str
    activity_ci: str
    mission_ci1: str
    mission_ci2: str
    action_pe: str
    activity_pe: str
    mission_pe: str
    marie: Client
    jurate: Client
    pedro: Client
    coordinator: Client


def make_world(hub: Hub) -> World:
    admin = hub.admin
    marie, jurate, pedro = (hub.expert("marie", "Marie Lefèvre"), hub.expert("jurate", "Jūratė K."),
                            hub.expert("pedro", "Pedro Gómez"))
    coordinator = hub.coordinator()
    action_ci = admin.add_action("CI-2026-01", "Quality of services in 129 social centres",
                                 "Direction de l'Action Sociale", "CI")
    activity_ci = admin.add_activity("CI-2026-01", "A1", "Diagnostic of the social centres")
    mission_ci1 = admin.add_mission("CI-2026-01", "CI-M1", "Diagnostic mission", "2026-03-02", "2026-03-13")
    mission_ci2 = admin.add_mission("CI-2026-01", "CI-M2", "Specifications mission", "2026-05-04",
                                    "2026-05-15")
    action_pe = admin.add_action("PE-2026-02", "Green jobs in the Amazon", "Ministerio de Trabajo", "PE")
    activity_pe = admin.add_activity("PE-2026-02", "A1", "Green jobs diagnostic")
    mission_pe = admin.add_mission("PE-2026-02", "PE-M1", "Green jobs mission", "2026-04-06", "2026-04-17")
    admin.assign("CI-M1", "marie", "lead_expert", [("A1", "8")])
    admin.assign("CI-M1", "jurate", "expert", [("A1", "6")])
    admin.assign("PE-M1", "pedro", "expert", [("A1", "10")])
    return World(action_ci, activity_ci, mission_ci1, mission_ci2, action_pe, activity_pe, mission_pe,
                 marie, jurate, pedro, coordinator)


@pytest.fixture
def world(hub: Hub) -> World:
    return make_world(hub)


def day_entry(client: Client, mission_id: str, activity_id: str, day: date, half_days: int = 2) -> DayEntry:
    return DayEntry(new_id(), mission_id, client.expert_id, activity_id, day, DayKind.ON_SITE_WORK, half_days,
                    "Abidjan", "Workshop with the directorate")

