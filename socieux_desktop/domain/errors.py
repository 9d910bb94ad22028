"""Rule violations and warnings, carried as codes with parameters.

The domain knows no language: the interface turns a code and its parameters into a translated sentence
that says what to change (see ``socieux_desktop.ui.messages``). ``english`` is for logs and the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Code(StrEnum):
    # Hard rules: the change is refused.
    INVALID_DATE = "invalid_date"
    INVALID_DAYS = "invalid_days"
    MORE_THAN_ONE_DAY = "more_than_one_day"
    TIMESHEET_LOCKED = "timesheet_locked"
    END_BEFORE_START = "end_before_start"
    MISSION_TOO_LONG = "mission_too_long"
    REQUIRED_FIELD = "required_field"
    UNKNOWN_ACTIVITY = "unknown_activity"
    NOT_ON_TEAM = "not_on_team"
    TRANSITION_NOT_ALLOWED = "transition_not_allowed"
    NOTHING_TO_SUBMIT = "nothing_to_submit"
    DELIVERABLE_TRANSITION_NOT_ALLOWED = "deliverable_transition_not_allowed"
    EMPTY_DELIVERABLE = "empty_deliverable"
    DELIVERABLE_LOCKED = "deliverable_locked"
    HEADQUARTERS_ONLY = "headquarters_only"
    # Warnings: the change is kept and the reason shown.
    EXCEEDS_ALLOCATION = "exceeds_allocation"
    OUTSIDE_MISSION_DATES = "outside_mission_dates"


_ENGLISH: dict[Code, str] = {
    # The day log's sentences (ui.messages), so that ``socieux day add`` says what the window says.
    Code.INVALID_DATE: "“{value}” is not a valid date. Pick a date in the calendar or type it in full.",
    Code.INVALID_DAYS: "“{value}” is not a number of days. Log a half day (0.5) or a full day (1).",
    Code.MORE_THAN_ONE_DAY: (
        "{expert} already has {logged} day(s) logged on {day}, and a person can log at most one day on one "
        "date. Log a half day or choose another date."
    ),
    Code.TIMESHEET_LOCKED: "The timesheet of this mission is “{status}”. Reopen it before changing its days.",
    Code.END_BEFORE_START: "The mission ends ({end}) before it starts ({start}); correct one of the dates.",
    Code.MISSION_TOO_LONG: "A mission lasts at most {max_days} days; {days} days is too long.",
    Code.REQUIRED_FIELD: "The field '{field}' is required; fill it in.",
    Code.UNKNOWN_ACTIVITY: "This activity is not one of the mission's activities. Choose one from the list.",
    Code.NOT_ON_TEAM: "This expert is not on the mission's team. Add them to the team first.",
    Code.TRANSITION_NOT_ALLOWED: "A timesheet that is {status} cannot be {action}.",
    Code.NOTHING_TO_SUBMIT: "No day is logged on this mission yet; log days before submitting the timesheet.",
    Code.DELIVERABLE_TRANSITION_NOT_ALLOWED: "A deliverable that is {deliverable_status} cannot be {action}.",
    Code.EMPTY_DELIVERABLE: "The deliverable has no text yet; write it before sharing or submitting it.",
    Code.DELIVERABLE_LOCKED: (
        "The deliverable is {deliverable_status}; reopen it before changing its text."
    ),
    Code.HEADQUARTERS_ONLY: (
        "Only headquarters (a coordinator signed in to the app) can mark a deliverable {action}; "
        "submit it to headquarters instead."
    ),
    Code.EXCEEDS_ALLOCATION: (
        "{expert} will have {consumed} day(s) on “{activity}”, more than the {allocated} allocated. Check "
        "with your coordinator before logging more."
    ),
    Code.OUTSIDE_MISSION_DATES: (
        "{day} is outside the mission's dates ({start} to {end}). Only preparation and reporting days "
        "usually are; check the date."
    ),
}


@dataclass(frozen=True, slots=True)
class Finding:
    """A broken rule: its code and the values that explain it."""

    code: Code
    params: dict[str, str] = field(default_factory=dict)

    @property
    def english(self) -> str:
        return _ENGLISH[self.code].format(**self.params)


class RuleViolation(ValueError):
    """A change the rules refuse; nothing of it was written."""

    def __init__(self, code: Code, **params: str) -> None:
        self.finding = Finding(code, params)
        super().__init__(self.finding.english)

    @property
    def code(self) -> Code:
        return self.finding.code
