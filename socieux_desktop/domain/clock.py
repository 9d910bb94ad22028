"""Hybrid logical clock: timestamps that order changes across devices whose clocks disagree.

A stamp is (wall milliseconds, counter, device id). It never goes backwards on one device, and after a
device has seen a stamp from elsewhere its next stamp is later, however wrong its own clock is; a skewed
clock is never refused. ``encode`` gives a string whose order is the stamps' order, so stamps can be
compared in SQL.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

_COUNTER_DIGITS = 6


@dataclass(frozen=True, slots=True, order=True)
class HLCStamp:
    wall_ms: int
    counter: int
    device_id: str

    def encode(self) -> str:
        return f"{self.wall_ms:015d}-{self.counter:0{_COUNTER_DIGITS}d}-{self.device_id}"

    @classmethod
    def decode(cls, text: str) -> HLCStamp:
        wall, counter, device = text.split("-", 2)
        if len(wall) != 15 or len(counter) != _COUNTER_DIGITS or not device:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(wall), int(counter), device)


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    def __init__(self, device_id: str, now_ms: Callable[[], int] = wall_clock_ms,
                 last: HLCStamp | None = None) -> None:
        self.device_id = device_id
        self._now_ms = now_ms
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0
        self._lock = threading.Lock()  # the GUI thread stamps writes while a sync thread observes

    def now(self) -> HLCStamp:
        """A stamp for a local event, later than every stamp this clock gave or saw."""
        physical = self._now_ms()
        with self._lock:
            if physical > self._wall:
                self._wall, self._counter = physical, 0
            else:
                self._counter += 1
            return HLCStamp(self._wall, self._counter, self.device_id)

    def observe(self, remote: HLCStamp) -> None:
        """Take in a stamp received from another device."""
        with self._lock:
            if (remote.wall_ms, remote.counter) > (self._wall, self._counter):
                self._wall, self._counter = remote.wall_ms, remote.counter
