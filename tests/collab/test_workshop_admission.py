"""collab.workshop_admission alone, on a clock of its own: sliding windows that end, a new PIN, devices."""

from __future__ import annotations

from socieux_desktop.collab.workshop_admission import Admission, AdmissionLimits, check_join


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_an_address_waits_until_its_oldest_wrong_pin_leaves_the_window() -> None:
    clock = Clock()
    admission = Admission("424242", AdmissionLimits(attempts_per_address=3, address_window=300), clock)
    for left in (2, 1):
        assert admission.try_pin("10.0.0.7", "000000") == left
        clock.now += 10
    assert admission.try_pin("10.0.0.7", "000000") == 0
    assert admission.wait("10.0.0.7") == 280  # the first one leaves the window at 1300
    assert admission.wait("10.0.0.8") == 0  # another phone is not held up
    clock.now += 280
    assert admission.wait("10.0.0.7") == 0
    assert admission.try_pin("10.0.0.7", "424242") is None


def test_the_global_limit_ends_by_itself_and_a_new_pin_resets_it() -> None:
    clock = Clock()
    admission = Admission("424242", AdmissionLimits(attempts_per_address=100, attempts_in_all=4,
                                                    global_window=60), clock)
    for n in range(4):
        admission.try_pin(f"10.0.0.{n}", "1")
    assert admission.wait("10.0.0.99") == 60
    assert admission.status().wrong_recently == 4 and admission.status().everyone_waits == 60
    clock.now += 61
    assert admission.wait("10.0.0.99") == 0 and admission.status().wrong_recently == 0
    for n in range(4):
        admission.try_pin(f"10.0.0.{n}", "1")
    admission.new_pin("135790")
    assert admission.wait("10.0.0.99") == 0
    assert admission.try_pin("10.0.0.1", "424242") is not None
    assert admission.try_pin("10.0.0.1", "135790") is None


def test_join_fields_are_checked() -> None:
    good = {"name": "Awa", "pin": "1", "device": "a" * 32}
    assert check_join(good) is None
    assert check_join({**good, "device": "short"}) == "device"
    assert check_join({**good, "device": "a" * 31 + "!"}) == "device"
    assert check_join({**good, "name": " "}) == "name"
    assert check_join([]) == "body"
