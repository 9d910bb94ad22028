"""Rule violations and warnings, carried as codes with parameters.

The domain knows no language: a finding is a code and the values that explain it. Its sentence exists once,
in ``socieux_desktop.domain.sentences``: the interface translates it (``socieux_desktop.ui.messages``), the
CLI, the logs and the hub say it in English (``Finding.english``).
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
    TIMESHEET_HEADQUARTERS_ONLY = "timesheet_headquarters_only"
    TEXT_TOO_LONG = "text_too_long"
    INVALID_CHARACTERS = "invalid_characters"
    INVALID_FIELD = "invalid_field"
    UNKNOWN_FIELD = "unknown_field"
    INVALID_ALLOCATION = "invalid_allocation"
    # Warnings: the change is kept and the reason shown.
    EXCEEDS_ALLOCATION = "exceeds_allocation"
    OUTSIDE_MISSION_DATES = "outside_mission_dates"

    @property
    def is_warning(self) -> bool:
        """A warning keeps the change and shows the reason; every other code refuses a local write."""
        return self in (Code.EXCEEDS_ALLOCATION, Code.OUTSIDE_MISSION_DATES)


@dataclass(frozen=True, slots=True)
class Finding:
    """A broken rule: its code and the values that explain it."""

    code: Code
    params: dict[str, str] = field(default_factory=dict)

    @property
    def english(self) -> str:
        """The sentence in English, for logs, the CLI and the hub (the interface translates instead)."""
        from socieux_desktop.domain.sentences import english  # the sentences import Code from here

        return english(self)


class RuleViolation(ValueError):
    """A change the rules refuse; nothing of it was written."""

    def __init__(self, code: Code, **params: str) -> None:
        self.finding = Finding(code, params)
        super().__init__(code.value)

    def __str__(self) -> str:
        return self.finding.english

    @property
    def code(self) -> Code:
        return self.finding.code
