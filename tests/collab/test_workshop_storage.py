"""Group commits of workshop edits into a real workspace file."""

from __future__ import annotations

from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.collab.workshop_storage import GroupCommit
from socieux_desktop.store.workbook import Workbook
from tests.collab.test_store import report
from tests.conftest import Sample


def test_edits_of_one_window_are_one_transaction_and_nothing_is_lost(workbook: Workbook,
                                                                    sample: Sample) -> None:
    store = DeliverableStore(workbook)
    made = report(sample)
    document = store.create(made)
    section = document.sections()[0].id
    now = [0.0]
    commits = GroupCommit(lambda updates: workbook.deliverables.append_updates(made.id, updates),
                          window=0.2, clock=lambda: now[0])
    for n in range(30):
        before = document.state_vector()
        document.insert_body(section, 0, f"{n} ")
        commits.add(document.diff(before))
        now[0] += 0.01
        commits.flush_due()
    assert commits.commits == 1 and commits.edits == 20  # the first window: 0.00 .. 0.20
    rows = store.row_count(made.id)
    commits.flush()
    assert store.row_count(made.id) == rows + 1 and commits.edits == 30
    assert store.load(made.id).text(section) == document.text(section)
    assert commits.timeout(idle=0.5) == 0.5  # nothing pending: the caller may wait
