"""Day counting in half days, and the parsing of what a person types."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from socieux_desktop.domain.errors import Code, RuleViolation

HALF_DAY = 1
FULL_DAY = 2
MAX_DAYS = 366
"""No count of days (an entry, an allocation) is larger than a year's."""


def parse_days(text: str | float | int) -> int:
    """Turn "1", "0.5", "0,5" or 1.5 into half days; refuse negatives, zero, other fractions and more
    than a year's days."""
    raw = str(text).strip().replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise RuleViolation(Code.INVALID_DAYS, value=str(text)) from None
    if not value.is_finite() or value <= 0 or value > MAX_DAYS:
        raise RuleViolation(Code.INVALID_DAYS, value=str(text))
    doubled = value * 2
    if doubled != doubled.to_integral_value():
        raise RuleViolation(Code.INVALID_DAYS, value=str(text))
    return int(doubled)


def parse_date(text: str) -> date:
    """An ISO date (YYYY-MM-DD) or a refusal that says which form to use."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise RuleViolation(Code.INVALID_DATE, value=text) from None


def format_days(half_days: int) -> str:
    """Half days as a plain decimal number of days: 3 -> "1.5", 4 -> "2"."""
    sign = "-" if half_days < 0 else ""
    whole, half = divmod(abs(half_days), 2)
    return f"{sign}{whole}.5" if half else f"{sign}{whole}"


def days_value(half_days: int) -> float:
    return half_days / 2
