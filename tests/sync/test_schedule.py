"""The auto-sync policy: regular syncs, growing pauses after outages, none for what needs the person."""

from __future__ import annotations

import pytest

from socieux_desktop.sync.client import Problem
from socieux_desktop.sync.schedule import AutoSync


def test_pauses_double_after_each_outage_up_to_the_cap_then_reset() -> None:
    policy = AutoSync(interval=300, first_retry=15, max_retry=100, jitter=lambda: 0.5)
    pauses = [policy.after_problem(Problem.NO_CONNECTION) for _ in range(5)]
    assert pauses == [15, 30, 60, 100, 100]
    assert policy.after_problem(Problem.HUB_ERROR) == 100
    assert policy.after_success() == 300
    assert policy.after_problem(Problem.NO_CONNECTION) == 15


def test_jitter_spreads_laptops_by_a_fifth_either_way() -> None:
    low = AutoSync(first_retry=100, jitter=lambda: 0.0).after_problem(Problem.NO_CONNECTION)
    high = AutoSync(first_retry=100, jitter=lambda: 1.0).after_problem(Problem.NO_CONNECTION)
    assert (low, high) == (80, pytest.approx(120))


def test_what_only_the_person_can_solve_is_not_retried_by_itself() -> None:
    policy = AutoSync(jitter=lambda: 0.5)
    policy.after_problem(Problem.NO_CONNECTION)
    assert policy.after_problem(Problem.LOGIN_NEEDED) is None
    assert policy.after_problem(Problem.REFUSED) is None
    assert policy.failures == 0


def test_the_network_coming_back_syncs_at_once() -> None:
    policy = AutoSync(jitter=lambda: 0.5)
    for _ in range(3):
        policy.after_problem(Problem.NO_CONNECTION)
    assert policy.network_back() == 0.0
    assert policy.after_problem(Problem.NO_CONNECTION) == 15


def test_the_next_sync_waits_at_least_what_the_hub_asked_for() -> None:
    policy = AutoSync(first_retry=15, max_retry=900, jitter=lambda: 0.5)
    assert policy.after_problem(Problem.HUB_ERROR, retry_after=600.0) == 600.0
    assert policy.after_problem(Problem.HUB_ERROR, retry_after=1.0) == 30  # the usual pause was longer
    assert policy.after_problem(Problem.REFUSED, retry_after=60.0) is None
