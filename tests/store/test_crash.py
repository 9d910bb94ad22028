"""A kill -9 in a burst of edits loses at most the edit in flight and never corrupts the file."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from socieux_desktop.store.workbook import Workbook
from socieux_desktop.store.workspace import database_path
from tests.conftest import Sample

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from datetime import date, timedelta
from pathlib import Path

from socieux_desktop.domain.model import DayEntry, DayKind, new_id
from socieux_desktop.store.workbook import Workbook

data_dir, mission_id, expert_id, activity_id, first_day = sys.argv[1:6]
book = Workbook.open(Path(data_dir))
day = date.fromisoformat(first_day)
while True:
    entry = DayEntry(new_id(), mission_id, expert_id, activity_id, day, DayKind.REMOTE_WORK, 2,
                     "Abidjan", "Written in a burst")
    book.log_day(entry)
    sys.stdout.write(entry.id + "\\n")
    sys.stdout.flush()
    day += timedelta(days=1)
"""

RUNS = 10
ID_LENGTH = 36


def run_and_kill(data_dir: Path, sample: Sample, first_day: str, delay: float) -> list[str]:
    """Start a writer, let it commit for ``delay`` seconds after its first commit, SIGKILL it; the ids it
    reported as committed."""
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), sample.mission.id, sample.marie.id,
         sample.diagnostic.id, first_day],
        # Unbuffered: ``readline`` then reads one byte at a time, so it cannot pull later lines into a
        # buffer that ``communicate`` (reading the file descriptor itself) never sees.
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, bufsize=0,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert writer.stdout is not None
    first = writer.stdout.readline()  # blocks until the first entry is committed
    if not first:
        raise AssertionError(f"the writer stopped: {writer.communicate()[1].decode()}")
    time.sleep(delay)
    writer.send_signal(signal.SIGKILL)
    rest, _ = writer.communicate(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    lines = (first + rest).decode().split("\n")
    return [line for line in lines[:-1] if len(line) == ID_LENGTH]  # a line cut by the kill was not reported


@pytest.mark.slow
def test_kill_9_during_a_burst_of_day_entries(workbook: Workbook, sample: Sample, data_dir: Path) -> None:
    workbook.close()
    path = database_path(data_dir)
    delays = random.Random(2026).sample([0.0, 0.005, 0.01, 0.02, 0.04, 0.07, 0.1, 0.15, 0.2, 0.3], RUNS)
    reported: set[str] = set()
    for run, delay in enumerate(delays):
        committed = run_and_kill(data_dir, sample, f"{1900 + 10 * run}-01-01", delay)
        assert committed
        reported |= set(committed)

        check = sqlite3.connect(path)
        try:
            assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            check.close()
        book = Workbook.open(data_dir)
        try:
            present = {entry.id for entry in book.day_entries(sample.mission.id)}
        finally:
            book.close()
        assert reported <= present, f"run {run}: committed entries lost"
        assert len(present - reported) <= 1, f"run {run}: more than the entry in flight unreported"
        reported |= present  # an entry committed but killed before it was reported counts from now on
