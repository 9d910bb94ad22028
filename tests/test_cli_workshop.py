"""`socieux workshop`: the headless workshop host, run for real in a subprocess."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from socieux_desktop.cli import main
from socieux_desktop.collab.attendance import WorkshopLog
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.domain.deliverables import Deliverable, DeliverableStatus
from socieux_desktop.domain.model import Sex
from socieux_desktop.store.workbook import Workbook
from tests.collab.test_store import report
from tests.collab.workshop_client import WAIT, YClient, join
from tests.conftest import Sample

OPEN = re.compile(r"open (http://\S+/) and type the PIN (\d+)\.")


@pytest.fixture
def deliverable(workbook: Workbook, sample: Sample) -> Deliverable:
    made = report(sample)
    DeliverableStore(workbook).create(made)
    return made


class Workshop:
    """``socieux workshop`` in a subprocess, its output read line by line."""

    def __init__(self, data_dir: Path, deliverable_id: str, *extra: str) -> None:
        argv = [sys.executable, "-m", "socieux_desktop.cli", "workshop", "--data-dir", str(data_dir),
                "--deliverable", deliverable_id, "--host", "127.0.0.1", "--port", "0", *extra]
        self.process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                        env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.lines: queue.Queue[str] = queue.Queue()
        assert self.process.stdout is not None
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)

    def wait_line(self, pattern: re.Pattern[str]) -> re.Match[str]:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                assert self.process.poll() is None, self.process.stderr.read() if self.process.stderr else ""
                continue
            found = pattern.search(line)
            if found:
                return found
        raise AssertionError(f"no line matching {pattern.pattern}")

    def end(self, how: int = signal.SIGINT) -> tuple[int, str]:
        self.process.send_signal(how)
        code = self.process.wait(WAIT)
        rest = []
        while not self.lines.empty():
            rest.append(self.lines.get())
        return code, "".join(rest)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def workshops() -> Iterator[list[Workshop]]:
    started: list[Workshop] = []
    yield started
    for workshop in started:
        workshop.kill()


def test_edits_reach_the_workspace_and_attendance_is_kept(data_dir: Path, workbook: Workbook,
                                                          deliverable: Deliverable,
                                                          workshops: list[Workshop]) -> None:
    workshop = Workshop(data_dir, deliverable.id, "--pin", "424242")
    workshops.append(workshop)
    url, pin = workshop.wait_line(OPEN).groups()
    assert pin == "424242"
    joined = join(url, "Awa Koné", pin)
    assert joined.status_code == 200
    port = int(url.rsplit(":", 1)[1].strip("/"))
    client = YClient(port, deliverable.id, joined.json()["token"])
    client.sync()
    section = client.document.sections()[0]
    client.document.insert_body(section.id, 0, "Les centres sociaux manquent de personnel.")

    store = DeliverableStore(workbook)
    deadline = time.monotonic() + WAIT
    while "manquent de personnel" not in store.load(deliverable.id).text(section.id):
        assert time.monotonic() < deadline, "the edit did not reach the workspace"
        time.sleep(0.05)

    code, output = workshop.end(signal.SIGINT)
    assert code == 0, workshop.process.stderr.read() if workshop.process.stderr else ""
    assert "Workshop ended: 1 participants, 1 edits saved" in output
    assert client.close_code() == 4000
    assert store.load(deliverable.id).text(section.id) == "Les centres sociaux manquent de personnel."
    log = WorkshopLog(workbook)
    [held] = log.of_mission(deliverable.mission_id)
    assert held.deliverable_id == deliverable.id and held.ended_at is not None
    [awa] = log.participants(held.id)
    assert (awa.id, awa.name, awa.sex, awa.read_only) == (joined.json()["participant_id"], "Awa Koné",
                                                          Sex.FEMALE, False)


def test_no_pin_given_one_is_made_sigterm_ends(data_dir: Path, workbook: Workbook, deliverable: Deliverable,
                                                workshops: list[Workshop]) -> None:
    workshop = Workshop(data_dir, deliverable.id)
    workshops.append(workshop)
    url, pin = workshop.wait_line(OPEN).groups()
    assert len(pin) == 6
    assert join(url, "Kouassi", pin, sex=None).status_code == 200
    code, output = workshop.end(signal.SIGTERM)
    assert code == 0 and "Workshop ended: 1 participants, 0 edits saved" in output
    [held] = WorkshopLog(workbook).of_mission(deliverable.mission_id)
    assert [(a.name, a.sex) for a in WorkshopLog(workbook).participants(held.id)] == [("Kouassi", None)]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().err


def test_unknown_deliverable(data_dir: Path, workbook: Workbook, sample: Sample,
                             capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(["workshop", "--data-dir", str(data_dir), "--deliverable", "nope", "--host", "127.0.0.1"],
                    capsys)
    assert code == 2
    assert "there is no deliverable nope in" in err


def test_locked_deliverable(data_dir: Path, workbook: Workbook, deliverable: Deliverable,
                            capsys: pytest.CaptureFixture[str]) -> None:
    workbook.save(dataclasses.replace(deliverable, status=DeliverableStatus.SUBMITTED))
    code, err = run(["workshop", "--data-dir", str(data_dir), "--deliverable", deliverable.id,
                     "--host", "127.0.0.1"], capsys)
    assert code == 2
    assert "is submitted: its text is locked" in err
    assert WorkshopLog(workbook).of_mission(deliverable.mission_id) == []


def test_address_that_cannot_be_bound(data_dir: Path, workbook: Workbook, deliverable: Deliverable,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        code, err = run(["workshop", "--data-dir", str(data_dir), "--deliverable", deliverable.id,
                         "--host", "127.0.0.1", "--port", str(port)], capsys)
    assert code == 2
    assert f"cannot serve on 127.0.0.1 port {port}" in err
    assert WorkshopLog(workbook).of_mission(deliverable.mission_id) == []


@pytest.mark.parametrize("argv", [["--pin", "12"], ["--pin", "abcdef"], ["--port", "70000"]])
def test_bad_pin_or_port(argv: list[str], data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["workshop", "--data-dir", str(data_dir), "--deliverable", "x", "--host", "127.0.0.1", *argv])
    assert code == 2
    assert "workshop" in capsys.readouterr().err


def test_kill_9_amid_ten_typists_loses_only_the_last_window(data_dir: Path, workbook: Workbook,
                                                            deliverable: Deliverable,
                                                            workshops: list[Workshop]) -> None:
    """Edits are stored in group commits of ``WINDOW`` (200 ms): a host killed with SIGKILL while ten
    people type loses at most the edits of the last window and of the commit under way (a margin of
    1 s here); everything the host had sent on before that is in the workspace, which opens."""
    workshop = Workshop(data_dir, deliverable.id, "--pin", "424242")
    workshops.append(workshop)
    url, pin = workshop.wait_line(OPEN).groups()
    port = int(url.rsplit(":", 1)[1].strip("/"))

    def client(name: str) -> YClient:
        joined = join(url, name, pin)
        assert joined.status_code == 200
        made = YClient(port, deliverable.id, joined.json()["token"])
        made.sync()
        return made

    witness = client("Witness")
    typists = [client(f"Typist {n}") for n in range(10)]
    section = witness.document.sections()[0].id
    seen: dict[str, float] = {}  # each edit's token -> when the host had sent it on to the witness
    token = re.compile(r"\[\d+:\d+\]")
    stop = threading.Event()

    def watch() -> None:
        with contextlib.suppress(Exception):
            while not stop.is_set():
                if witness.receive(0.2):
                    now = time.monotonic()
                    for found in token.findall(witness.document.text(section)):
                        seen.setdefault(found, now)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    started = time.monotonic()
    rounds = 0
    while time.monotonic() - started < 2.5:
        for n, typist in enumerate(typists):
            typist.document.insert_body(section, 0, f"[{n}:{rounds}]")
        rounds += 1
        time.sleep(0.05)
    killed_at = time.monotonic()
    workshop.process.kill()  # SIGKILL: no clean-up of any kind
    workshop.process.wait(WAIT)
    stop.set()
    watcher.join(WAIT)

    older = {found for found, when in seen.items() if when < killed_at - 1.0}
    assert len(older) >= 50  # the test saw the host pass on many edits well before the kill
    reopened = Workbook.open(data_dir)  # as after a restart
    try:
        stored = DeliverableStore(reopened).load(deliverable.id).text(section)
    finally:
        reopened.close()
    assert older <= set(token.findall(stored))
