"""Who may join a workshop: the PIN, the limits on wrong PINs, the join form's fields.

Wrong PINs are counted in sliding windows, so no limit lasts for ever:

- per address: ``attempts_per_address`` wrong PINs within ``address_window`` seconds and that address
  waits until the oldest of them leaves the window (on a shared address, such as "this computer only",
  a participant who has joined resumes with their token and is not held up);
- in all: ``attempts_in_all`` wrong PINs within ``global_window`` seconds and joining waits for everyone
  until the window has slid past them. The expert is told (``status``) and may give a new PIN
  (``new_pin``), which starts the counts afresh.

A join may carry the browser's ``device`` token (kept in its localStorage, ``DEVICE``): the roster
(``collab.workshop_participants``) gives the same participant to the same device.

No lock of its own: the workshop host calls it from its loop thread only.
"""

from __future__ import annotations

import hmac
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from socieux_desktop.domain import gate
from socieux_desktop.domain.gate import field_problem
from socieux_desktop.domain.model import Sex

NAME_MAX = 80
INSTITUTION_MAX = 120
DEVICE = re.compile(r"[A-Za-z0-9_-]{16,128}")
"""What a device token looks like (the browser's ``crypto.randomUUID()`` or base64url bytes)."""


@dataclass(frozen=True, slots=True)
class AdmissionLimits:
    attempts_per_address: int = 5
    address_window: float = 300.0
    attempts_in_all: int = 50
    global_window: float = 60.0


@dataclass(frozen=True, slots=True)
class AdmissionStatus:
    """What the expert is shown: wrong PINs of the last ``global_window`` and how long joining waits."""

    wrong_recently: int
    everyone_waits: float


class Admission:
    """The PIN and the wrong-PIN windows of one workshop."""

    def __init__(self, pin: str, limits: AdmissionLimits | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if not pin:
            raise ValueError("a workshop needs a PIN")
        self._pin = pin
        self.limits = limits or AdmissionLimits()
        self._clock = clock
        self._by_address: dict[str, deque[float]] = {}
        self._all: deque[float] = deque()

    @property
    def pin(self) -> str:
        return self._pin

    def new_pin(self, pin: str) -> None:
        """Replace the PIN; the wrong PINs typed so far no longer count (they were against the old one)."""
        if not pin:
            raise ValueError("a workshop needs a PIN")
        self._pin = pin
        self._by_address.clear()
        self._all.clear()

    def wait(self, address: str) -> float:
        """Seconds this address must wait before trying a PIN (0: it may try now)."""
        now = self._clock()
        limits = self.limits
        waits = 0.0
        if len(self._slide(self._all, now, limits.global_window)) >= limits.attempts_in_all:
            waits = self._all[-limits.attempts_in_all] + limits.global_window - now
        mine = self._by_address.get(address)
        if mine is not None:
            if not self._slide(mine, now, limits.address_window):
                del self._by_address[address]
            elif len(mine) >= limits.attempts_per_address:
                waits = max(waits, mine[-limits.attempts_per_address] + limits.address_window - now)
        return max(0.0, waits)

    def try_pin(self, address: str, pin: str) -> int | None:
        """None when ``pin`` is right; else the attempts this address has left in its window."""
        if hmac.compare_digest(pin.encode(), self._pin.encode()):
            return None
        now = self._clock()
        self._all.append(now)
        mine = self._by_address.setdefault(address, deque())
        mine.append(now)
        self._slide(mine, now, self.limits.address_window)
        return max(0, self.limits.attempts_per_address - len(mine))

    def status(self) -> AdmissionStatus:
        now = self._clock()
        limits = self.limits
        recent = len(self._slide(self._all, now, limits.global_window))
        waits = self._all[-limits.attempts_in_all] + limits.global_window - now \
            if recent >= limits.attempts_in_all else 0.0
        return AdmissionStatus(recent, max(0.0, waits))

    @staticmethod
    def _slide(times: deque[float], now: float, window: float) -> deque[float]:
        while times and times[0] <= now - window:
            times.popleft()
        return times


def _breaks_gate(field: str, text: str) -> bool:
    """Whether the attendance list would refuse this text as the participant's ``field`` (a browser can
    send any character: a NUL, a lone surrogate)."""
    return field_problem(gate.WORKSHOP_PARTICIPANT, field, text.strip()) is not None


def check_join(data: object) -> str | None:
    """The first invalid field of a join request, or None."""
    if not isinstance(data, dict):
        return "body"
    name = data.get("name")
    if not isinstance(name, str) or not 1 <= len(name.strip()) <= NAME_MAX or _breaks_gate("name", name):
        return "name"
    institution = data.get("institution", "")
    if institution is None:
        institution = ""
    if (not isinstance(institution, str) or len(institution.strip()) > INSTITUTION_MAX
            or _breaks_gate("institution", institution)):
        return "institution"
    sex = data.get("sex")
    if sex is not None and sex not in {s.value for s in Sex}:
        return "sex"
    if not isinstance(data.get("pin"), str):
        return "pin"
    device = data.get("device")
    if device is not None and not (isinstance(device, str) and DEVICE.fullmatch(device)):
        return "device"
    return None


