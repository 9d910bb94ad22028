"""Findings of the domain (refusals and warnings) as translated sentences that say what to do."""

from __future__ import annotations

from datetime import date

from socieux_desktop.domain.deliverables import DeliverableStatus
from socieux_desktop.domain.errors import Code, Finding
from socieux_desktop.domain.model import TimesheetStatus
from socieux_desktop.ui.labels import label
from socieux_desktop.ui.qt import QT_TRANSLATE_NOOP, QtCore, translate

_CONTEXT = "Messages"

_TEXTS: dict[Code, str] = {
    Code.INVALID_DATE: QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not a valid date. Pick a date in the calendar or type it in full."),
    Code.INVALID_DAYS: QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not a number of days. Log a half day (0.5) or a full day (1)."),
    Code.MORE_THAN_ONE_DAY: QT_TRANSLATE_NOOP(
        "Messages", "{expert} already has {logged} day(s) logged on {day}, and a person can log at most "
        "one day on one date. Log a half day or choose another date."),
    Code.TIMESHEET_LOCKED: QT_TRANSLATE_NOOP(
        "Messages", "The timesheet of this mission is “{status}”. Reopen it before changing its days."),
    Code.END_BEFORE_START: QT_TRANSLATE_NOOP(
        "Messages", "The mission ends on {end}, before it starts on {start}. Correct one of the dates."),
    Code.MISSION_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages", "A mission lasts at most {max_days} days; {days} days is too long. Check the dates."),
    Code.REQUIRED_FIELD: QT_TRANSLATE_NOOP("Messages", "The field “{field}” is required. Fill it in."),
    Code.UNKNOWN_ACTIVITY: QT_TRANSLATE_NOOP(
        "Messages", "This activity is not one of the mission's activities. Choose one from the list."),
    Code.NOT_ON_TEAM: QT_TRANSLATE_NOOP(
        "Messages", "This expert is not on the mission's team. Add them to the team first."),
    Code.TRANSITION_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "Messages", "A timesheet that is “{status}” cannot be {action}."),
    Code.NOTHING_TO_SUBMIT: QT_TRANSLATE_NOOP(
        "Messages", "No day is logged on this mission yet. Log days before submitting the timesheet."),
    Code.DELIVERABLE_TRANSITION_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "Messages", "A deliverable that is “{deliverable_status}” cannot be {action}."),
    Code.EMPTY_DELIVERABLE: QT_TRANSLATE_NOOP(
        "Messages", "The deliverable has no text yet. Write it before sharing or submitting it."),
    Code.DELIVERABLE_LOCKED: QT_TRANSLATE_NOOP(
        "Messages", "The deliverable is “{deliverable_status}”. Reopen it before changing its text."),
    Code.HEADQUARTERS_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "Only headquarters (a coordinator signed in to the app) can mark a deliverable {action}. "
        "Submit it to headquarters; they approve it or return it with comments."),
    Code.EXCEEDS_ALLOCATION: QT_TRANSLATE_NOOP(
        "Messages", "{expert} will have {consumed} day(s) on “{activity}”, more than the {allocated} "
        "allocated. Check with your coordinator before logging more."),
    Code.OUTSIDE_MISSION_DATES: QT_TRANSLATE_NOOP(
        "Messages", "{day} is outside the mission's dates ({start} to {end}). Only preparation and "
        "reporting days usually are; check the date."),
}

_ACTIONS: dict[str, str] = {
    "submit": QT_TRANSLATE_NOOP("Messages", "submitted"),
    "share": QT_TRANSLATE_NOOP("Messages", "shared"),
    "reopen": QT_TRANSLATE_NOOP("Messages", "reopened"),
    "approve": QT_TRANSLATE_NOOP("Messages", "approved"),
    "return": QT_TRANSLATE_NOOP("Messages", "returned"),
}

_FIELDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Messages", "Title"),
    "code": QT_TRANSLATE_NOOP("Messages", "Mission code"),
    "action_code": QT_TRANSLATE_NOOP("Messages", "Action code"),
    "action_title": QT_TRANSLATE_NOOP("Messages", "Action title"),
    "partner_institution": QT_TRANSLATE_NOOP("Messages", "Partner institution"),
    "country": QT_TRANSLATE_NOOP("Messages", "Country"),
    "activity_code": QT_TRANSLATE_NOOP("Messages", "Activity code"),
    "activity_title": QT_TRANSLATE_NOOP("Messages", "Activity title"),
    "name": QT_TRANSLATE_NOOP("Messages", "Name"),
}

_DATE_PARAMS = frozenset({"day", "start", "end"})
_DAY_PARAMS = frozenset({"logged", "consumed", "allocated"})


def message(finding: Finding) -> str:
    """The finding as a sentence in the current language, dates and numbers in its format."""
    params = {key: _localise(key, value) for key, value in finding.params.items()}
    return translate(_CONTEXT, _TEXTS[finding.code]).format(**params)


def _localise(key: str, value: str) -> str:
    locale = QtCore.QLocale()
    if key in _DATE_PARAMS:
        try:
            day = date.fromisoformat(value)
            return locale.toString(QtCore.QDate(day.year, day.month, day.day),
                                   QtCore.QLocale.FormatType.ShortFormat)
        except ValueError:
            return value
    if key in _DAY_PARAMS:
        return format_days_localised(round(float(value) * 2))
    if key == "status":
        return label(TimesheetStatus(value))
    if key == "deliverable_status":
        return label(DeliverableStatus(value))
    if key == "action":
        return translate(_CONTEXT, _ACTIONS.get(value, value))
    if key == "field":
        return translate(_CONTEXT, _FIELDS.get(value, value))
    return value


def format_days_localised(half_days: int) -> str:
    """Half days as days in the current locale: 3 -> "1,5" in French, "1.5" in English."""
    locale = QtCore.QLocale()
    if half_days % 2 == 0:
        return locale.toString(half_days // 2)
    return locale.toString(half_days / 2, "f", 1)
