"""Opening a deliverable whose history holds the 259,778 edits of the "automerge-paper" editing trace.

The trace (../shared/data/automerge-paper.json.gz) is replayed into one section of a deliverable made by
``DeliverableStore.create``, one CRDT transaction (one update) per edit, as typing would make them; the
updates are stored as rows of a real workspace (written in batches here: the app commits each as it comes,
which this benchmark does not time), then compacted. Prints, against baselines measured in the same run:
- time to open (``DeliverableStore.load``) before and after compaction, against pycrdt loading the same
  final document from one encoded update held in memory;
- size on disk before and after (the workspace file after VACUUM, and the stored rows), against the final
  plain text and its gzip.

Usage: python benchmarks/deliverable_load.py [--edits N] [--runs 3] [--trace automerge-paper.json.gz]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pycrdt import Array, Doc, Map
from sqlalchemy import insert, text

from socieux_desktop.collab.store import UPDATE, DeliverableStore
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.model import Action, Mission, new_id
from socieux_desktop.store.models import DeliverableUpdateRow
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.store.workspace import database_path

TRACE = Path(__file__).resolve().parents[2] / "shared" / "data" / "automerge-paper.json.gz"
ROWS_PER_COMMIT = 20_000


def timed(action: Callable[[], object], runs: int) -> float:
    """Median seconds of ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def file_size(workbook: Workbook) -> int:
    with workbook.engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    with workbook.engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM"))
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return database_path(workbook.data_dir).stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--edits", type=int, default=0, help="replay only the first N edits (0: all)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--trace", type=Path, default=TRACE, help=f"the trace (default {TRACE})")
    args = parser.parse_args()
    with gzip.open(args.trace, "rt", encoding="utf-8") as handle:
        trace = json.load(handle)
    patches = [patch for txn in trace["txns"] for patch in txn["patches"]]
    if args.edits:
        patches = patches[:args.edits]
    # Yrs counts positions in UTF-8 bytes; the trace's positions are code points. They are the same
    # while the text is ASCII, which this checks rather than converting each position.
    if not all(patch[2].isascii() for patch in patches):
        raise SystemExit("the trace inserts non-ASCII text; positions would need converting")

    with tempfile.TemporaryDirectory() as folder:
        workbook = Workbook.open(Path(folder) / "workspace")
        try:
            return run(workbook, trace, patches, args.runs)
        finally:
            workbook.close()


def run(workbook: Workbook, trace: dict[str, object], patches: list[list[object]], runs: int) -> int:
    action = Action(new_id(), "BENCH", "Benchmark", "Institution", "CI")
    mission = Mission(new_id(), "BENCH-M1", "Benchmark", action.id, date(2026, 3, 2), date(2026, 3, 13))
    workbook.save(action, mission)
    file_empty = file_size(workbook)
    store = DeliverableStore(workbook)
    deliverable = Deliverable(new_id(), mission.id, DeliverableKind.OTHER, "automerge-paper",
                              DeliverableLanguage.EN)
    document = store.create(deliverable)
    section = document.sections()[0].id
    body = document._ytext(section, "body")  # the benchmark replays into Yrs directly (ASCII, checked)
    updates: list[bytes] = []
    document.on_update(lambda update, _origin: updates.append(update))

    start = time.perf_counter()
    for position, deleted, inserted in patches:
        assert isinstance(position, int) and isinstance(deleted, int) and isinstance(inserted, str)
        with document.transaction():
            if deleted:
                del body[position:position + deleted]
            if inserted:
                body.insert(position, inserted)
    replay = time.perf_counter() - start
    final_text = document.text(section)
    if len(patches) == sum(len(txn["patches"]) for txn in trace["txns"]):  # type: ignore[attr-defined]
        assert final_text == trace["endContent"], "the replay does not give the trace's final text"

    start = time.perf_counter()
    now = "2026-03-02T00:00:00.000+00:00"
    rows = [{"id": new_id(), "deliverable_id": deliverable.id, "seq": seq, "kind": UPDATE, "data": update,
             "created_at": now, "device_id": workbook.device_id, "server_seq": None}
            for seq, update in enumerate(updates, start=2)]
    for first in range(0, len(rows), ROWS_PER_COMMIT):
        with workbook.engine.begin() as connection:
            connection.execute(insert(DeliverableUpdateRow), rows[first:first + ROWS_PER_COMMIT])
    store_time = time.perf_counter() - start

    def load() -> None:
        assert store.load(deliverable.id).text(section) == final_text

    file_before = file_size(workbook)
    load_before = timed(load, runs)

    start = time.perf_counter()
    compaction = store.compact(deliverable.id)
    compact_time = time.perf_counter() - start
    file_after = file_size(workbook)
    load_after = timed(load, runs)
    assert store.row_count(deliverable.id) == 1

    state = document.encode_state()

    def baseline_load() -> None:
        fresh: Doc[Array[Map[object]]] = Doc()
        fresh.apply_update(state)
        assert str(fresh.get("sections", type=Array)[0]["body"]) == final_text

    baseline = timed(baseline_load, max(runs, 5))
    plain = len(final_text.encode("utf-8"))
    plain_gzip = len(gzip.compress(final_text.encode("utf-8")))

    print(f"Deliverable with {len(patches):,} edits ({len(updates):,} updates), final text {plain:,} bytes")
    print(f"  replay into pycrdt: {replay:.2f} s ({replay / len(patches) * 1e6:.0f} us an edit); "
          f"rows written in {store_time:.2f} s")
    print(f"  baseline: pycrdt loads the final state ({len(state):,} bytes) from memory in "
          f"{baseline * 1000:.1f} ms")
    print(f"  open before compaction ({compaction.rows_before:,} rows): {load_before * 1000:.0f} ms = "
          f"{load_before / baseline:.0f}x the baseline")
    print(f"  compaction: {compact_time:.2f} s, {compaction.rows_before:,} rows -> {compaction.rows_after}")
    print(f"  open after compaction (1 row): {load_after * 1000:.1f} ms = {load_after / baseline:.1f}x the "
          f"baseline")
    print(f"  stored bytes before: {compaction.bytes_before:,} = {compaction.bytes_before / plain:.1f}x the "
          f"plain text; "
          f"after: {compaction.bytes_after:,} = {compaction.bytes_after / plain:.2f}x the plain text "
          f"({compaction.bytes_after / plain_gzip:.1f}x its gzip, {plain_gzip:,} bytes)")
    print(f"  workspace file (after VACUUM) before: {file_before:,} bytes = {file_before / plain:.1f}x the "
          f"plain text; after: {file_after:,} bytes = {file_after / plain:.2f}x; "
          f"less the file without the deliverable ({file_empty:,} bytes, schema and mission): "
          f"{(file_after - file_empty) / plain:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
