from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socieux_desktop.domain.days import format_days, parse_date, parse_days
from socieux_desktop.domain.errors import Code, RuleViolation


@pytest.mark.parametrize(("text", "half_days"), [
    ("1", 2), ("0.5", 1), ("0,5", 1), (" 1.5 ", 3), (2, 4), (0.5, 1), ("10", 20)])
def test_parse_days_counts_half_days(text: str | float, half_days: int) -> None:
    assert parse_days(text) == half_days


@pytest.mark.parametrize("text", ["0", "-1", "-0.5", "0.25", "1.3", "abc", "", "nan", "inf", "1e400"])
def test_parse_days_refuses_what_is_not_a_positive_number_of_half_days(text: str) -> None:
    with pytest.raises(RuleViolation) as caught:
        parse_days(text)
    assert caught.value.code is Code.INVALID_DAYS
    assert text in str(caught.value)


@given(st.integers(min_value=-400, max_value=400))
def test_format_days_reads_back(half_days: int) -> None:
    text = format_days(half_days)
    assert float(text) * 2 == half_days


def test_format_days_writes_halves_and_wholes() -> None:
    assert [format_days(n) for n in (1, 2, 3, -3, 0)] == ["0.5", "1", "1.5", "-1.5", "0"]


def test_parse_date() -> None:
    assert parse_date(" 2026-03-02 ") == date(2026, 3, 2)
    for bad in ("2026-02-30", "02/03/2026", "tomorrow", ""):
        with pytest.raises(RuleViolation) as caught:
            parse_date(bad)
        assert caught.value.code is Code.INVALID_DATE
