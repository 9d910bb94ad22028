"""What the person reviews after a sync: pulled changes set aside, and their own writes that lost.

:class:`SyncReview` reads both lists (``store.replica``) and acts on a lost write: bringing it back writes a
new change through the workbook's ordinary write methods (``log_day``, ``save_mission``, ``save``), so the
rules apply to it as to any edit, and its fresh clock makes it win the next merge everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from socieux_desktop.domain.model import ENTITY_TYPES, DayEntry, Mission
from socieux_desktop.domain.records import field_names, from_record
from socieux_desktop.store import replica
from socieux_desktop.store.replica import Replica
from socieux_desktop.store.workbook import Workbook

WORKFLOW_FIELDS: Final = frozenset({("mission", "timesheet_status"), ("deliverable", "status")})
"""Fields a workflow moves (submit, approve, return...): a lost value of one is not written back as a
plain value, since the workflow decides which status may follow which; the person acts on it from the
mission's timesheet or the deliverable instead."""


@dataclass(frozen=True, slots=True)
class ReviewCounts:
    set_aside: int
    lost: int
    findings: int = 0
    """Day entries with a rule the merge left broken (``pulled_findings``)."""


class SyncReview:
    """The set-aside changes and the lost writes of one workspace."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook
        self.replica = Replica(workbook)

    def counts(self) -> ReviewCounts:
        with self.replica.read() as tx:
            return ReviewCounts(tx.set_aside_count(), tx.open_loss_count(), tx.pulled_finding_count())

    def findings(self) -> list[replica.PulledFinding]:
        """The rules around day entries that pulled changes left broken (two days on one date...), by
        entry: the entries applied, and a later sync forgets a finding once it no longer holds."""
        return self.workbook.pulled_findings()

    def set_aside(self) -> list[replica.SetAside]:
        with self.replica.read() as tx:
            return tx.set_aside_changes()

    def lost(self) -> list[replica.Loss]:
        """The lost writes not brought back nor let go, newest first."""
        with self.replica.read() as tx:
            return tx.open_losses()

    def record(self, entity: str, entity_id: str) -> dict[str, object] | None:
        """The record a loss or a set-aside change is about, as it is now (``deleted`` included)."""
        with self.replica.read() as tx:
            return tx.record_values(entity, entity_id)

    @staticmethod
    def can_bring_back(loss: replica.Loss) -> bool:
        return loss.entity in ENTITY_TYPES and (loss.entity, loss.field) not in WORKFLOW_FIELDS

    def bring_back(self, loss_id: str) -> object:
        """Write the lost value again (an overwritten field gets our value back; a deleted record comes
        back with its values as merged), through the workbook's write path: ``RuleViolation`` when the
        rules refuse it now (nothing is written, the loss stays listed). The entity written."""
        with self.replica.read() as tx:
            loss = tx.loss(loss_id)
            values = None if loss is None else tx.record_values(loss.entity, loss.entity_id)
        if loss is None or values is None or not self.can_bring_back(loss):
            raise KeyError(loss_id)
        cls = ENTITY_TYPES[loss.entity]
        record = {name: values[name] for name in field_names(cls)}
        if loss.kind == replica.OVERWRITTEN and loss.field is not None:
            record[loss.field] = loss.mine
        entity: object = from_record(cls, record)
        if isinstance(entity, DayEntry):
            self.workbook.log_day(entity)
        elif isinstance(entity, Mission):
            self.workbook.save_mission(entity)
        else:
            self.workbook.save(entity)
        self._resolve(loss_id, replica.BROUGHT_BACK)
        return entity

    def dismiss(self, loss_id: str) -> None:
        """Let the lost write go: it leaves the list (its value stays in the record's history)."""
        self._resolve(loss_id, replica.DISMISSED)

    def _resolve(self, loss_id: str, state: str) -> None:
        with self.replica.write() as tx:
            tx.resolve_loss(loss_id, state, datetime.now(UTC).isoformat(timespec="seconds"))
