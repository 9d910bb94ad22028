"""Days consumed against days allocated, per activity and per expert."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from socieux_desktop.domain.model import Allocation, DayEntry


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """Allocated and consumed half days of one activity or one expert."""

    key: str
    allocated: int
    consumed: int

    @property
    def remaining(self) -> int:
        return self.allocated - self.consumed

    @property
    def exceeded(self) -> bool:
        return self.consumed > self.allocated

    @property
    def ratio(self) -> float:
        """Share of the allocation consumed; 0 when nothing is allocated and nothing consumed."""
        if self.allocated == 0:
            return 0.0 if self.consumed == 0 else float("inf")
        return self.consumed / self.allocated


@dataclass(frozen=True, slots=True)
class MissionBudget:
    by_activity: dict[str, BudgetLine]
    by_expert: dict[str, BudgetLine]
    by_expert_activity: dict[tuple[str, str], BudgetLine]

    @property
    def total(self) -> BudgetLine:
        return BudgetLine(
            "",
            sum(line.allocated for line in self.by_activity.values()),
            sum(line.consumed for line in self.by_activity.values()),
        )


def compute_budget(allocations: Iterable[Allocation], entries: Iterable[DayEntry]) -> MissionBudget:
    allocated: dict[tuple[str, str], int] = {}
    consumed: dict[tuple[str, str], int] = {}
    for allocation in allocations:
        key = (allocation.expert_id, allocation.activity_id)
        allocated[key] = allocated.get(key, 0) + allocation.half_days
    for entry in entries:
        key = (entry.expert_id, entry.activity_id)
        consumed[key] = consumed.get(key, 0) + entry.half_days
    pairs = sorted(set(allocated) | set(consumed))
    by_pair = {pair: BudgetLine(f"{pair[0]}/{pair[1]}", allocated.get(pair, 0), consumed.get(pair, 0))
               for pair in pairs}
    return MissionBudget(
        by_activity=_sum_by(by_pair, position=1),
        by_expert=_sum_by(by_pair, position=0),
        by_expert_activity=by_pair,
    )


def _sum_by(by_pair: dict[tuple[str, str], BudgetLine], position: int) -> dict[str, BudgetLine]:
    sums: dict[str, tuple[int, int]] = {}
    for pair, line in by_pair.items():
        allocated, consumed = sums.get(pair[position], (0, 0))
        sums[pair[position]] = (allocated + line.allocated, consumed + line.consumed)
    return {key: BudgetLine(key, allocated, consumed) for key, (allocated, consumed) in sums.items()}
