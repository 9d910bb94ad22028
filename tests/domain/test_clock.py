import threading

from hypothesis import given
from hypothesis import strategies as st

from socieux_desktop.domain.clock import HLCStamp, HybridLogicalClock


class FakeWall:
    """A wall clock the test sets, to play skewed and stuck clocks."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_stamps_grow_even_when_the_wall_clock_stands_still_or_goes_back() -> None:
    wall = FakeWall(1_000)
    clock = HybridLogicalClock("dev-a", wall)
    first = clock.now()
    second = clock.now()
    wall.ms = 500
    third = clock.now()
    assert first < second < third
    assert third.wall_ms == 1_000 and third.counter == 2


def test_after_seeing_a_stamp_from_a_clock_days_ahead_the_next_stamp_is_later() -> None:
    clock = HybridLogicalClock("dev-a", FakeWall(1_000))
    ahead = HLCStamp(1_000 + 3 * 86_400_000, 7, "dev-b")
    clock.observe(ahead)
    assert clock.now() > ahead


def test_encoded_order_is_stamp_order_and_ties_break_by_device() -> None:
    a = HLCStamp(5, 1, "aaa")
    b = HLCStamp(5, 1, "bbb")
    assert (a < b) == (a.encode() < b.encode())
    assert HLCStamp.decode(a.encode()) == a


@given(st.lists(st.tuples(st.integers(0, 10**13), st.integers(0, 999_999), st.sampled_from(["a", "b-c"])),
                min_size=2, max_size=20))
def test_encoding_preserves_order(raw: list[tuple[int, int, str]]) -> None:
    stamps = [HLCStamp(*values) for values in raw]
    assert sorted(stamps) == sorted(stamps, key=lambda s: s.encode())
    assert all(HLCStamp.decode(s.encode()) == s for s in stamps)


def test_a_restarted_clock_continues_after_its_last_stamp() -> None:
    last = HLCStamp(9_000, 4, "dev-a")
    clock = HybridLogicalClock("dev-a", FakeWall(1_000), last=last)
    assert clock.now() > last


def test_stamps_stay_distinct_and_ordered_while_another_thread_observes() -> None:
    clock = HybridLogicalClock("laptop", now_ms=lambda: 1_000)
    stamps: list[HLCStamp] = []

    def stamp() -> None:
        stamps.extend(clock.now() for _ in range(20_000))

    def observe() -> None:
        for counter in range(20_000):
            clock.observe(HLCStamp(1_000, counter, "hub"))

    threads = [threading.Thread(target=stamp), threading.Thread(target=observe)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(stamps)) == len(stamps)
    assert stamps == sorted(stamps)
    assert clock.now() > HLCStamp(1_000, 19_999, "hub")
