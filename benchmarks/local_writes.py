"""Writing 20,000 day entries through the app's write path, against SQLAlchemy Core inserting the same rows
and the same change-log rows in one transaction, in the same run.

- ``put_all``: ``Workbook.bulk_writer`` and ``ChangeWriter.put_all`` (the gate's verdict on each record, the
  ids looked up, each change stamped with this device's seq and clock, rows and changes in one transaction);
- ``put``: the same writer's ``put`` one record at a time (looked up, added and flushed each), on
  ``--one-by-one`` entries and given per entry;
- the floor: Core ``insert`` of the very rows and changes ``put_all`` wrote (read back from its workspace),
  into a fresh workspace holding the same mission, in one transaction.

Each workspace is a real file in a temporary folder. Times are wall seconds, the best of ``--runs`` runs.

Usage: python benchmarks/local_writes.py [--entries 20000] [--one-by-one 2000] [--runs 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from socieux_desktop.domain.model import Action, Activity, DayEntry, DayKind, Expert, Mission, new_id
from socieux_desktop.store import models as m
from socieux_desktop.store.workbook import Workbook

ACTION = Action(new_id(), "CI-2026-01", "Quality of services in 129 social centres",
                "Direction de l'Action Sociale", "CI")
ACTIVITY = Activity(new_id(), ACTION.id, "A1", "Diagnostic of the social centres")
EXPERT = Expert(new_id(), "Marie Lefèvre", "marie.lefevre@example.fr", "CNAF", "FR")
MISSION = Mission(new_id(), "CI-2026-01-M1", "Diagnostic of the social centres", ACTION.id,
                  date(2026, 3, 2), date(2026, 3, 13))


def workspace(folder: Path) -> Workbook:
    workbook = Workbook.open(folder)
    workbook.save(ACTION, ACTIVITY, EXPERT, MISSION)
    return workbook


def entries(count: int) -> list[DayEntry]:
    return [DayEntry(new_id(), MISSION.id, EXPERT.id, ACTIVITY.id, date(2020, 1, 1) + timedelta(n),
                     DayKind.ON_SITE_WORK, 2, "Abidjan", f"Workshop with the directorate, day {n}")
            for n in range(count)]


def through_put_all(folder: Path, count: int) -> tuple[float, Workbook]:
    workbook = workspace(folder)
    batch = entries(count)
    started = time.perf_counter()
    with workbook.bulk_writer() as writer:
        writer.put_all(batch)
    return time.perf_counter() - started, workbook


def through_put(folder: Path, count: int) -> float:
    workbook = workspace(folder)
    batch = entries(count)
    started = time.perf_counter()
    with workbook.bulk_writer() as writer:
        for entry in batch:
            writer.put(entry)
    workbook.close()
    return time.perf_counter() - started


def written(workbook: Workbook) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The day-entry rows and their changes, as Core parameters."""
    with workbook.read_session() as session:
        rows = [dict(row._mapping) for row in session.execute(select(m.DayEntryRow.__table__))]
        changes = [dict(row._mapping) for row in session.execute(
            select(m.ChangeRow.__table__).where(m.ChangeRow.entity == "day_entry"))]
    return rows, changes


def through_core(folder: Path, rows: list[dict[str, Any]], changes: list[dict[str, Any]]) -> float:
    workbook = workspace(folder)
    started = time.perf_counter()
    with workbook.engine.begin() as connection:
        connection.execute(insert(m.DayEntryRow.__table__), rows)
        connection.execute(insert(m.ChangeRow.__table__), changes)
    seconds = time.perf_counter() - started
    workbook.close()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--one-by-one", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    app: list[float] = []
    floor: list[float] = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for run in range(args.runs):
            seconds, workbook = through_put_all(folder / f"app{run}", args.entries)
            rows, changes = written(workbook)
            workbook.close()
            assert len(rows) == len(changes) == args.entries
            app.append(seconds)
            floor.append(through_core(folder / f"core{run}", rows, changes))
        one_by_one = through_put(folder / "put", args.one_by_one) if args.one_by_one else 0.0
    best, base = min(app), min(floor)
    print(f"{args.entries:,} day entries with their {args.entries:,} changes, best of {args.runs}:")
    print(f"  floor, SQLAlchemy Core inserts of the same rows and changes: {base:.3f} s")
    print(f"  bulk_writer + put_all: {best:.3f} s = {best / base:.1f}x the floor "
          f"({best / args.entries * 1e6:.0f} us an entry)")
    if args.one_by_one:
        print(f"  bulk_writer + put, one at a time ({args.one_by_one:,} entries): {one_by_one:.3f} s "
              f"({one_by_one / args.one_by_one * 1e6:.0f} us an entry; "
              f"{one_by_one / args.one_by_one * args.entries / base:.0f}x the floor for {args.entries:,})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
