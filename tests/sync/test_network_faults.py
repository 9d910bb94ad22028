"""Two laptops sync fifty times through a network that does everything bad networks do (``fault_proxy``),
with edits between the syncs, part of them as ``socieux sync`` processes: nothing lost, nothing doubled,
only exit codes 0 and 3 with a sentence (never a traceback), and the two laptops end identical, record by
record. Then a clock hours off is told by ``socieux sync`` in the workspace's language."""

from __future__ import annotations

import contextlib
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socieux_desktop.domain.model import Counterpart, Mission, new_id
from socieux_desktop.store import models as m
from socieux_desktop.store.models import ROW_TYPES
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync import texts
from socieux_desktop.sync.client import HubClient, SyncError
from socieux_desktop.sync.commands import sign_in, sync_now
from socieux_desktop.sync.credentials import TokenStore
from socieux_hub.models import ChangeLogRow
from tests.sync.conftest import PASSWORD, Hub, World
from tests.sync.fault_proxy import FAULTS, FaultProxy

ROUNDS = 50
EVERY_FAULT = {fault: 1.0 for fault in FAULTS} | {"pass": 6.0, "delay": 2.0}
"""For syncs in this process, whose client waits one second for an answer: every fault, hangs too."""
NO_HANG = {fault: weight for fault, weight in EVERY_FAULT.items() if fault != "hang"} | {"pass": 12.0}
"""For ``socieux sync`` processes (the app's own timeouts): every fault but a hang, less often."""

CHILD = """
import sys
from keyring.backends import fail
from socieux_desktop.cli import build_parser
from socieux_desktop.sync.commands import sync_main
from socieux_desktop.sync.credentials import TokenStore

hub, user, token, data_dir, language = sys.stdin.read().split()
tokens = TokenStore(fail.Keyring())  # the keychain of the test's process does not cross: give the token
tokens.save(hub, user, token)
argv = ["sync", "--data-dir", data_dir] + ([] if language == "-" else ["--lang", language])
sys.exit(sync_main(build_parser().parse_args(argv), tokens))
"""
"""``socieux sync`` as a program, with the token handed over on standard input ("-": no ``--lang``)."""

SENTENCE_STARTS = tuple(texts.text(language, key, reason="", retry="", sign_in="", minutes=0)[:25]
                        for language in texts.LANGUAGES for key in texts.TEXTS["en"]
                        if key.startswith(("problem.", "code.")))


def quick_client(url: str, token: str | None = None, **_settings: object) -> HubClient:
    return HubClient(url, token, read_timeout=1.0, connect_timeout=1.0, retries=2, backoff=0.01)


@pytest.fixture
def proxy(hub: Hub) -> Iterator[FaultProxy]:
    made = FaultProxy(("127.0.0.1", int(hub.url.rsplit(":", 1)[1])), seed=20261204)
    yield made
    made.close()


def records(workbook: Workbook) -> dict[str, dict[str, dict[str, Any]]]:
    """Every record of the workspace, by entity and id, as its row's columns."""
    found: dict[str, dict[str, dict[str, Any]]] = {}
    with Session(workbook.engine) as session:
        for entity, row_type in ROW_TYPES.items():
            columns = [column.name for column in row_type.__table__.columns]
            found[entity] = {row.id: {name: getattr(row, name) for name in columns}
                             for row in session.scalars(select(row_type))}
    return found


def changes_at_hub(hub: Hub, device_id: str) -> int:
    with hub.db.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLogRow).where(
            ChangeLogRow.device_id == device_id)) or 0


def changes_here(workbook: Workbook, device_id: str) -> int:
    with Session(workbook.engine) as session:
        return session.scalar(select(func.count()).select_from(m.ChangeRow).where(
            m.ChangeRow.device_id == device_id)) or 0


class Laptop:
    """One expert's laptop, and what their counterparts should be (the ground truth of the test)."""

    def __init__(self, workbook: Workbook, name: str, mission_id: str, rng: random.Random) -> None:
        self.workbook = workbook
        self.name = name
        self.mission_id = mission_id
        self.rng = rng
        self.expected: dict[str, str | None] = {}
        """Counterpart id -> name, or None once deleted."""

    def edit(self, round_: int) -> None:
        """A few new counterparts, a renamed one and sometimes a deleted one, each committed at once."""
        made = [Counterpart(new_id(), self.mission_id, f"{self.name} {round_}.{n}") for n in range(3)]
        self.workbook.save(*made)
        self.expected |= {counterpart.id: counterpart.name for counterpart in made}
        alive = sorted(key for key, name in self.expected.items() if name is not None)
        renamed = self.rng.choice(alive)
        new_name = f"{self.name} {round_} renamed"
        self.workbook.save(Counterpart(renamed, self.mission_id, new_name))
        self.expected[renamed] = new_name
        if round_ % 4 == 0:
            gone = self.rng.choice([key for key in alive if key != renamed])
            self.workbook.delete(Counterpart, gone)
            self.expected[gone] = None


def counterparts(workbook: Workbook, mission_id: str) -> dict[str, str]:
    return {c.id: c.name for c in workbook.all(Counterpart) if c.mission_id == mission_id}


@pytest.mark.slow
def test_fifty_syncs_of_two_laptops_through_a_bad_network_lose_and_double_nothing(
        hub: Hub, world: World, proxy: FaultProxy, laptops: dict[str, Workbook], tokens: TokenStore,
        tmp_path: Path) -> None:
    marie_book, jurate_book = laptops["marie"], laptops["jurate"]
    sign_in(marie_book, tokens, proxy.url, "marie", PASSWORD, client_factory=quick_client)
    sign_in(jurate_book, tokens, proxy.url, "jurate", PASSWORD, client_factory=quick_client)
    for book in (marie_book, jurate_book):
        sync_now(book, tokens, quick_client)
    mission_id = next(mission.id for mission in marie_book.all(Mission) if mission.code == "CI-M1")
    rng = random.Random(1204)
    marie = Laptop(marie_book, "Marie", mission_id, rng)
    jurate = Laptop(jurate_book, "Jūratė", mission_id, rng)
    for laptop in (marie, jurate):
        laptop.edit(0)
    token = tokens.load(proxy.url, "marie")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    exits: list[int] = []
    in_process = {"synced": 0, "failed": 0}

    for round_ in range(1, ROUNDS + 1):
        as_program = round_ % 4 == 1  # 13 of the 50 syncs of Marie's laptop are `socieux sync` processes
        offline = round_ in (7, 21, 38, 44)  # one of them a `socieux sync`
        proxy.use(NO_HANG if as_program else EVERY_FAULT)
        if as_program:
            with proxy.offline() if offline else contextlib.nullcontext():
                child = subprocess.run(
                    [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120,
                    input=f"{proxy.url} marie {token} {marie_book.data_dir} {texts.LANGUAGES[round_ % 3]}")
            assert child.returncode in (0, 3), child.stderr
            assert "Traceback" not in child.stderr and "Error:" not in child.stderr, child.stderr
            if child.returncode == 3:
                assert child.stderr.startswith(SENTENCE_STARTS), child.stderr
            exits.append(child.returncode)
        else:
            with proxy.offline() if offline else contextlib.nullcontext():
                _sync_in_process(marie_book, tokens, in_process)
        _sync_in_process(jurate_book, tokens, in_process)
        marie.edit(round_)
        jurate.edit(round_)

    proxy.use({"pass": 1.0})
    for book in (marie_book, jurate_book, marie_book):
        sync_now(book, tokens, quick_client)
    assert set(exits) == {0, 3}, exits  # some syncs failed, some went through, none otherwise
    assert in_process["failed"] > 0 and in_process["synced"] > 0, in_process
    assert all(proxy.seen[fault] > 0 for fault in FAULTS), proxy.seen
    for laptop in (marie, jurate):
        device = laptop.workbook.device_id
        assert laptop.workbook.pending_change_count() == 0
        assert changes_at_hub(hub, device) == changes_here(laptop.workbook, device)  # each change once
        assert changes_here(marie_book, device) == changes_here(jurate_book, device)
    expected = {key: name for laptop in (marie, jurate) for key, name in laptop.expected.items()
                if name is not None}
    assert counterparts(marie_book, mission_id) == expected  # nothing lost, nothing doubled
    assert records(marie_book) == records(jurate_book)  # identical, record by record


def _sync_in_process(book: Workbook, tokens: TokenStore, counts: dict[str, int]) -> None:
    try:
        sync_now(book, tokens, quick_client)
        counts["synced"] += 1
    except SyncError:
        counts["failed"] += 1


def test_socieux_sync_tells_a_clock_hours_off_in_the_workspaces_language(
        hub: Hub, world: World, proxy: FaultProxy, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    book = laptops["marie"]
    sign_in(book, tokens, proxy.url, "marie", PASSWORD, client_factory=quick_client)
    book.set_setting(texts.LANGUAGE_SETTING, "es")
    proxy.date_shift = -3 * 3600.0  # the hub's clock says three hours earlier: this computer is ahead
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]), "LANG": "fr_FR.UTF-8"}
    child = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120,
        input=f"{proxy.url} marie {tokens.load(proxy.url, 'marie')} {book.data_dir} -")
    assert child.returncode == 0, child.stderr
    assert child.stdout.startswith("Sincronización hecha.")
    assert child.stderr.strip() == texts.clock_sentence("es", 3 * 3600.0)
    assert child.stderr.startswith("El reloj de su ordenador va 3 horas adelantado")
