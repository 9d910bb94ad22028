"""The deliverables' repository: text rows numbered one after the other whoever writes, folded on demand."""

from __future__ import annotations

import threading
import zlib
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from socieux_desktop.collab.document import DeliverableDocument
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind
from socieux_desktop.domain.model import new_id
from socieux_desktop.store import models as m
from socieux_desktop.store.deliverables import COMPRESSED_SNAPSHOT, SNAPSHOT, UnknownDeliverable
from socieux_desktop.store.transactions import Commit
from socieux_desktop.store.workbook import Workbook
from tests.conftest import Sample

APPENDS = 40


def new_deliverable(workbook: Workbook, sample: Sample) -> tuple[Deliverable, DeliverableDocument]:
    deliverable = Deliverable(new_id(), sample.mission.id, DeliverableKind.DIAGNOSTIC, "Diagnostic")
    document = DeliverableDocument.create(deliverable.id, ["Findings"])
    workbook.deliverables.create(deliverable, document.encode_state())
    return deliverable, document


def test_two_workbooks_appending_at_once_number_every_update_once(workbook: Workbook, sample: Sample,
                                                                  data_dir: Path) -> None:
    """Each append reads the last ``seq`` and writes the next, under the write lock: two connections
    (two windows, two processes) appending at once never take the same number."""
    deliverable, document = new_deliverable(workbook, sample)
    other = Workbook.open(data_dir)
    start = threading.Barrier(2)
    seqs: dict[str, list[int]] = {"here": [], "there": []}
    failures: list[BaseException] = []

    def append(book: Workbook, name: str) -> None:
        copy = DeliverableDocument.from_updates([document.encode_state()])
        start.wait()
        try:
            for index in range(APPENDS):
                before = copy.state_vector()
                copy.set_title(copy.sections()[0].id, f"Findings {name} {index}")
                seqs[name].append(book.deliverables.append_update(deliverable.id, copy.diff(before)))
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=append, args=(book, name))
               for book, name in ((workbook, "here"), (other, "there"))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        other.close()
    assert failures == []
    assert sorted(seqs["here"] + seqs["there"]) == list(range(2, 2 + 2 * APPENDS))
    assert workbook.deliverables.row_count(deliverable.id) == 1 + 2 * APPENDS


def test_an_update_of_an_unknown_deliverable_is_refused_and_nothing_written(workbook: Workbook,
                                                                             sample: Sample) -> None:
    pending = workbook.pending_change_count()
    heard: list[Commit] = []
    workbook.on_commit(heard.append)
    with pytest.raises(UnknownDeliverable):
        workbook.deliverables.append_update(new_id(), b"\x00\x00")
    assert heard == [] and workbook.pending_change_count() == pending


def test_compact_folds_the_rows_with_the_function_given(workbook: Workbook, sample: Sample) -> None:
    deliverable, document = new_deliverable(workbook, sample)
    for title in ("Findings 1", "Findings 2"):
        before = document.state_vector()
        document.set_title(document.sections()[0].id, title)
        workbook.deliverables.append_update(deliverable.id, document.diff(before))
    folded: list[list[bytes]] = []

    def fold(updates: Sequence[bytes]) -> bytes:
        folded.append(list(updates))
        return DeliverableDocument.from_updates(updates).encode_state()

    compaction = workbook.deliverables.compact(deliverable.id, fold)
    assert (compaction.rows_before, compaction.rows_after) == (3, 1)
    assert len(folded) == 1 and len(folded[0]) == 3
    stored = workbook.deliverables.stored_updates(deliverable.id)
    assert len(stored) == 1
    assert DeliverableDocument.from_updates(stored).sections()[0].title == "Findings 2"


def test_a_group_of_updates_is_one_commit_each_logged_for_the_hub(workbook: Workbook, sample: Sample) -> None:
    deliverable, document = new_deliverable(workbook, sample)
    updates = []
    for index in range(5):
        before = document.state_vector()
        document.set_title(document.sections()[0].id, f"Findings {index}")
        updates.append(document.diff(before))
    pending = workbook.pending_change_count()
    heard: list[Commit] = []
    workbook.on_commit(heard.append)
    assert workbook.deliverables.append_updates(deliverable.id, updates) == [2, 3, 4, 5, 6]
    assert len(heard) == 1 and workbook.pending_change_count() == pending + 5
    assert workbook.deliverables.stored_updates(deliverable.id)[1:] == updates
    assert workbook.deliverables.append_updates(deliverable.id, []) == [] and len(heard) == 1
    with pytest.raises(UnknownDeliverable):
        workbook.deliverables.append_updates(new_id(), updates)
    assert len(heard) == 1 and workbook.pending_change_count() == pending + 5


def fold_state(updates: Sequence[bytes]) -> bytes:
    return DeliverableDocument.from_updates(updates).encode_state()


def test_compact_stores_the_snapshot_compressed_and_reads_it_back(workbook: Workbook, sample: Sample) -> None:
    deliverable, document = new_deliverable(workbook, sample)
    for index in range(20):
        before = document.state_vector()
        document.set_text(document.sections()[0].id, "body", "Les centres sociaux de Côte d'Ivoire. " * index)
        workbook.deliverables.append_update(deliverable.id, document.diff(before))
    state = fold_state(workbook.deliverables.stored_updates(deliverable.id))
    compaction = workbook.deliverables.compact(deliverable.id, fold_state)
    with workbook.read_session() as session:
        kind, data = session.execute(select(m.DeliverableUpdateRow.kind, m.DeliverableUpdateRow.data).where(
            m.DeliverableUpdateRow.deliverable_id == deliverable.id)).one()
    assert kind == COMPRESSED_SNAPSHOT and compaction.bytes_after == len(data) < len(state)
    assert zlib.decompress(data) == state
    assert workbook.deliverables.stored_updates(deliverable.id) == [state]


def test_a_snapshot_stored_uncompressed_before_stays_readable_and_compacts_on(workbook: Workbook,
                                                                              sample: Sample) -> None:
    """Rows of kind ``snapshot`` (written before snapshots were compressed) are read as they are, and
    the next compaction folds them with the updates after them."""
    deliverable, document = new_deliverable(workbook, sample)
    section = document.sections()[0].id
    document.set_title(section, "Findings 1")
    state = document.encode_state()
    with workbook.write_transaction() as session:
        session.execute(delete(m.DeliverableUpdateRow).where(
            m.DeliverableUpdateRow.deliverable_id == deliverable.id))
        session.add(m.DeliverableUpdateRow(
            id=new_id(), deliverable_id=deliverable.id, seq=1, kind=SNAPSHOT, data=state,
            created_at="2026-03-02T00:00:00.000+00:00", device_id=workbook.device_id, server_seq=None))
    assert workbook.deliverables.stored_updates(deliverable.id) == [state]
    before = document.state_vector()
    document.set_title(section, "Findings 2")
    workbook.deliverables.append_update(deliverable.id, document.diff(before))
    workbook.deliverables.compact(deliverable.id, fold_state)
    stored = workbook.deliverables.stored_updates(deliverable.id)
    assert len(stored) == 1 and DeliverableDocument.from_updates(stored).sections()[0].title == "Findings 2"
