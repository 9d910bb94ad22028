"""The one write transaction: SQLite's write lock before the first read, and the commit hook after.

The race of two processes logging a full day for one expert on one date: each reads the expert's other
entries of that date, then writes. Were the reads made before the write lock, both would find none and
both would log. Here one process is held inside ``log_day`` right after its reads; the test then finds
the workspace's write lock taken (so nobody can write until it commits) and lets the second process try,
then the first go on: exactly one full day is logged, the other process gets the rule's refusal.
"""

from __future__ import annotations

import ast
import os
import sqlite3
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from socieux_desktop.domain.model import DayEntry, DayKind, new_id
from socieux_desktop.store import models as m
from socieux_desktop.store.transactions import Commit, write_transaction
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.store.workspace import database_path
from tests.conftest import Sample

ROOT = Path(__file__).resolve().parents[2]
STORE = ROOT / "socieux_desktop" / "store"
OWN_TRANSACTIONS = {"transactions.py", "workspace.py"}
"""The helper itself, and the migrations, which run in Alembic's transaction before a workbook opens."""

LOGGER = """
import sys
from datetime import date
from pathlib import Path

from socieux_desktop.domain.errors import RuleViolation
from socieux_desktop.domain.model import DayEntry, DayKind, new_id
from socieux_desktop.store import workbook
from socieux_desktop.store.workbook import Workbook

data_dir, mission_id, expert_id, activity_id, day, hold = sys.argv[1:7]
if hold == "hold":
    read_context = workbook.day_entry_context

    def read_then_wait(session, entry):
        context = read_context(session, entry)
        print("read", flush=True)
        sys.stdin.readline()  # until the test lets it go on
        return context

    workbook.day_entry_context = read_then_wait
book = Workbook.open(Path(data_dir))
print("ready", flush=True)
try:
    book.log_day(DayEntry(new_id(), mission_id, expert_id, activity_id, date.fromisoformat(day),
                          DayKind.ON_SITE_WORK, 2))
except RuleViolation as refused:
    print("refused", refused.code.value, flush=True)
else:
    print("logged", flush=True)
book.close()
"""


def start_logger(data_dir: Path, sample: Sample, day: date, *, hold: bool) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", LOGGER, str(data_dir), sample.mission.id, sample.marie.id,
         sample.diagnostic.id, day.isoformat(), "hold" if hold else "go"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)})


def next_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        raise AssertionError(f"the process stopped: {process.communicate(timeout=30)[1]}")
    return line.strip()


def write_lock_is_taken(path: Path) -> bool:
    """Whether another connection holds the workspace's write lock (a try that does not wait)."""
    probe = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        probe.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        assert "locked" in str(error)
        return True
    finally:
        if probe.in_transaction:
            probe.execute("ROLLBACK")
        probe.close()
    return False


def test_two_processes_logging_a_full_day_on_one_date_one_is_refused(
        workbook: Workbook, sample: Sample, data_dir: Path) -> None:
    day = date(2026, 3, 3)
    first = start_logger(data_dir, sample, day, hold=True)
    second: subprocess.Popen[str] | None = None
    try:
        assert next_line(first) == "ready"
        assert next_line(first) == "read"  # inside log_day, its reads done, its write not yet
        assert write_lock_is_taken(database_path(data_dir))
        second = start_logger(data_dir, sample, day, hold=False)
        assert next_line(second) == "ready"  # it now waits for the lock, or is about to
        assert first.stdin is not None
        first.stdin.write("\n")
        first.stdin.flush()
        outcomes = [next_line(first), next_line(second)]
    finally:
        for process in (first, second):
            if process is not None:
                process.kill()
                process.communicate(timeout=30)
    assert outcomes == ["logged", "refused more_than_one_day"]
    logged = [entry for entry in workbook.day_entries(sample.mission.id) if entry.day == day]
    assert [(entry.expert_id, entry.half_days) for entry in logged] == [(sample.marie.id, 2)]


def test_a_write_transaction_holds_the_write_lock_from_its_start(workbook: Workbook, sample: Sample,
                                                                 data_dir: Path) -> None:
    with write_transaction(workbook.engine) as session:
        assert write_lock_is_taken(database_path(data_dir))
        session.scalars(select(m.DayEntryRow)).all()
    assert not write_lock_is_taken(database_path(data_dir))


def test_listeners_hear_of_each_commit_with_its_tables_in_the_committing_thread(
        workbook: Workbook, sample: Sample) -> None:
    heard: list[tuple[Commit, int]] = []
    stop = workbook.on_commit(lambda commit: heard.append((commit, threading.get_ident())))
    entry = DayEntry(new_id(), sample.mission.id, sample.marie.id, sample.diagnostic.id, date(2026, 3, 4),
                     DayKind.ON_SITE_WORK, 2)
    workbook.log_day(entry)
    assert heard == [(Commit(frozenset({"day_entry", "change"})), threading.get_ident())]
    worker = threading.Thread(target=lambda: workbook.set_setting("language", "fr"))
    worker.start()
    worker.join()
    assert heard[1][0] == Commit(frozenset({"setting"})) and heard[1][1] == worker.ident
    stop()
    workbook.delete_day(entry.id)
    assert len(heard) == 2


def test_a_rolled_back_write_is_not_told_and_a_failing_listener_loses_no_write(
        workbook: Workbook, sample: Sample, caplog: pytest.LogCaptureFixture) -> None:
    heard: list[Commit] = []

    def fails(_commit: Commit) -> None:
        raise RuntimeError("a listener's bug")

    workbook.on_commit(fails)
    workbook.on_commit(heard.append)
    with pytest.raises(ValueError), workbook.write_transaction() as session:
        session.merge(m.SettingRow(key="language", value="es"))
        raise ValueError("the write is given up")
    assert heard == [] and workbook.setting("language") is None
    workbook.set_setting("language", "es")
    assert heard == [Commit(frozenset({"setting"}))]
    assert workbook.setting("language") == "es"
    assert "a commit listener failed" in caplog.text


def transaction_calls(path: Path) -> list[str]:
    """Where ``path`` begins or commits a transaction itself (``x.begin()``, ``x.commit()``)."""
    return [f"{path.name}:{node.lineno}: {node.func.attr}()"
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("begin", "begin_nested", "commit")]


def test_every_write_of_the_store_goes_through_the_one_helper() -> None:
    assert transaction_calls(STORE / "transactions.py")  # the scan sees what it looks for
    paths = [path for path in sorted(STORE.glob("*.py")) if path.name not in OWN_TRANSACTIONS]
    assert any(path.name == "workbook.py" for path in paths)
    assert [call for path in paths for call in transaction_calls(path)] == []
