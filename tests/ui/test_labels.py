from __future__ import annotations

from socieux_desktop.domain.deliverables import DeliverableKind, DeliverableLanguage, DeliverableStatus
from socieux_desktop.domain.model import TimesheetStatus
from socieux_desktop.ui.labels import label


def test_timesheet_and_deliverable_statuses_keep_their_own_labels() -> None:
    # Both are StrEnums with equal values ("submitted", "returned"): one must not take the other's name.
    assert label(TimesheetStatus.SUBMITTED) == "Submitted"
    assert label(TimesheetStatus.RETURNED) == "Returned for changes"
    assert label(DeliverableStatus.SUBMITTED) == "Submitted to headquarters"
    assert label(DeliverableStatus.RETURNED) == "Returned with comments"


def test_every_deliverable_value_has_a_label() -> None:
    for enum in (DeliverableKind, DeliverableStatus, DeliverableLanguage):
        for value in enum:
            assert label(value)
