"""When the app syncs by itself: a plain policy that the interface drives with a timer.

After a success, again after ``interval``. After a problem that time may cure (no connection, a hub error),
again after a pause that doubles each time, from ``first_retry`` up to ``max_retry``, with a little jitter
so that many laptops coming back online do not knock at once. After a problem only the person can solve
(sign in again, a refusal), not by itself: the status area says what to do, and "Sync now" tries again.
When the system says the network is back, at once. When the hub asked to wait (``Retry-After``, carried
by the error), never before that.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Final

from socieux_desktop.sync.client import Problem

INTERVAL_SECONDS: Final = 300.0
FIRST_RETRY_SECONDS: Final = 15.0
MAX_RETRY_SECONDS: Final = 900.0
_JITTER: Final = 0.2


class AutoSync:
    """Tells, after each sync, how many seconds to wait before the next one (None: wait for the person)."""

    def __init__(self, interval: float = INTERVAL_SECONDS, first_retry: float = FIRST_RETRY_SECONDS,
                 max_retry: float = MAX_RETRY_SECONDS, jitter: Callable[[], float] = random.random) -> None:
        self.interval = interval
        self.first_retry = first_retry
        self.max_retry = max_retry
        self._jitter = jitter
        self.failures = 0

    def after_success(self) -> float:
        self.failures = 0
        return self.interval

    def after_problem(self, problem: Problem, retry_after: float | None = None) -> float | None:
        if problem in (Problem.LOGIN_NEEDED, Problem.REFUSED):
            self.failures = 0
            return None
        pause: float = min(self.max_retry, self.first_retry * 2.0 ** self.failures)
        self.failures += 1
        jittered = pause * (1 - _JITTER + 2 * _JITTER * self._jitter())
        return max(jittered, retry_after) if retry_after is not None else jittered

    def network_back(self) -> float:
        self.failures = 0
        return 0.0
