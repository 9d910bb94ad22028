from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from socieux_desktop.domain.budget import BudgetLine, compute_budget
from socieux_desktop.domain.model import Allocation, DayEntry, DayKind


def entry(expert: str, activity: str, half_days: int, day: int = 1) -> DayEntry:
    return DayEntry(f"e{expert}{activity}{day}", "m", expert, activity, date(2026, 3, day),
                    DayKind.ON_SITE_WORK, half_days)


def test_budget_per_activity_and_per_expert() -> None:
    allocations = [Allocation("1", "m", "marie", "diag", 16), Allocation("2", "m", "marie", "spec", 4),
                   Allocation("3", "m", "jurate", "diag", 12)]
    entries = [entry("marie", "diag", 2, 1), entry("marie", "diag", 1, 2), entry("jurate", "diag", 2, 1),
               entry("jurate", "spec", 2, 2)]
    budget = compute_budget(allocations, entries)
    assert budget.by_activity["diag"] == BudgetLine("diag", 28, 5)
    assert budget.by_activity["spec"] == BudgetLine("spec", 4, 2)
    assert budget.by_expert["marie"] == BudgetLine("marie", 20, 3)
    assert budget.by_expert["jurate"] == BudgetLine("jurate", 12, 4)
    assert budget.by_expert_activity[("jurate", "spec")].exceeded
    assert budget.total == BudgetLine("", 32, 7)
    assert budget.total.remaining == 25


def test_ratio_handles_nothing_allocated() -> None:
    assert BudgetLine("x", 0, 0).ratio == 0.0
    assert BudgetLine("x", 0, 1).ratio == float("inf")
    assert BudgetLine("x", 4, 1).ratio == 0.25


@given(st.lists(st.tuples(st.sampled_from("ab"), st.sampled_from("xy"), st.integers(1, 2)), max_size=30),
       st.lists(st.tuples(st.sampled_from("ab"), st.sampled_from("xy"), st.integers(0, 40)), max_size=6))
def test_totals_agree_whichever_way_they_are_summed(
        logged: list[tuple[str, str, int]], allocated: list[tuple[str, str, int]]) -> None:
    entries = [entry(e, a, n, i % 28 + 1) for i, (e, a, n) in enumerate(logged)]
    allocations = [Allocation(str(i), "m", e, a, n) for i, (e, a, n) in enumerate(allocated)]
    budget = compute_budget(allocations, entries)
    assert sum(line.consumed for line in budget.by_expert.values()) == sum(n for _, _, n in logged)
    assert budget.total.consumed == sum(line.consumed for line in budget.by_expert.values())
    assert budget.total.allocated == sum(n for _, _, n in allocated)
