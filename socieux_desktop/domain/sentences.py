"""The sentence of every finding, once: English source texts that the interface translates and that the CLI,
the logs and the hub say as they are.

Each sentence says what is wrong and what to do. They are marked for Qt's lupdate under the context
``Messages`` (``make update-translations`` reads this file), and ``socieux_desktop.ui.messages`` shows them
translated, with dates and numbers in the language's format; ``english`` fills them in as written here.
Pure data: nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Mapping

from socieux_desktop.domain.errors import Code, Finding

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for lupdate under ``context``; it is translated when shown."""
    return text


SENTENCES: Mapping[Code, str] = {
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
    Code.TIMESHEET_HEADQUARTERS_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "Only headquarters (a coordinator signed in to the app) can mark a timesheet {action}. "
        "Submit it to headquarters; they approve it or return it."),
    Code.TEXT_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages", "The field “{field}” has {length} characters; it holds at most {max_length}. "
        "Shorten it."),
    Code.INVALID_CHARACTERS: QT_TRANSLATE_NOOP(
        "Messages", "The field “{field}” holds a character that is not text ({character} at position "
        "{position}), often left by a damaged copy and paste. Delete it, or type the text again."),
    Code.INVALID_FIELD: QT_TRANSLATE_NOOP(
        "Messages", "The field “{field}” cannot hold {value}: it holds {expected}. Correct it and try "
        "again."),
    Code.UNKNOWN_FIELD: QT_TRANSLATE_NOOP(
        "Messages", "A record of this kind has no field “{field}”. The record comes from a damaged file or "
        "another program; leave the field out."),
    Code.INVALID_ALLOCATION: QT_TRANSLATE_NOOP(
        "Messages", "{value} days cannot be allocated. Allocate zero or more days, in half-day steps, up to "
        "{max_days}."),
    Code.EXCEEDS_ALLOCATION: QT_TRANSLATE_NOOP(
        "Messages", "{expert} will have {consumed} day(s) on “{activity}”, more than the {allocated} "
        "allocated. Check with your coordinator before logging more."),
    Code.OUTSIDE_MISSION_DATES: QT_TRANSLATE_NOOP(
        "Messages", "{day} is outside the mission's dates ({start} to {end}). Only preparation and "
        "reporting days usually are; check the date."),
}
"""What each code says; its parameters in braces."""

ACTIONS: Mapping[str, str] = {
    "submit": QT_TRANSLATE_NOOP("Messages", "submitted"),
    "share": QT_TRANSLATE_NOOP("Messages", "shared"),
    "reopen": QT_TRANSLATE_NOOP("Messages", "reopened"),
    "approve": QT_TRANSLATE_NOOP("Messages", "approved"),
    "return": QT_TRANSLATE_NOOP("Messages", "returned"),
}
"""The parameter ``action`` as a past participle."""

FIELDS: Mapping[str, str] = {
    "title": QT_TRANSLATE_NOOP("Messages", "Title"),
    "code": QT_TRANSLATE_NOOP("Messages", "Mission code"),
    "action_code": QT_TRANSLATE_NOOP("Messages", "Action code"),
    "action_title": QT_TRANSLATE_NOOP("Messages", "Action title"),
    "partner_institution": QT_TRANSLATE_NOOP("Messages", "Partner institution"),
    "country": QT_TRANSLATE_NOOP("Messages", "Country"),
    "activity_code": QT_TRANSLATE_NOOP("Messages", "Activity code"),
    "activity_title": QT_TRANSLATE_NOOP("Messages", "Activity title"),
    "name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "action.code": QT_TRANSLATE_NOOP("Messages", "Action code"),
    "action.title": QT_TRANSLATE_NOOP("Messages", "Action title"),
    "action.country_code": QT_TRANSLATE_NOOP("Messages", "Country"),
    "activity.code": QT_TRANSLATE_NOOP("Messages", "Activity code"),
    "activity.title": QT_TRANSLATE_NOOP("Messages", "Activity title"),
    "expert.country_code": QT_TRANSLATE_NOOP("Messages", "Country"),
    "description": QT_TRANSLATE_NOOP("Messages", "Description"),
    "place": QT_TRANSLATE_NOOP("Messages", "Place"),
    "terms_of_reference": QT_TRANSLATE_NOOP("Messages", "Terms of reference"),
    "email": QT_TRANSLATE_NOOP("Messages", "E-mail"),
    "institution": QT_TRANSLATE_NOOP("Messages", "Institution"),
    "home_institution": QT_TRANSLATE_NOOP("Messages", "Home institution"),
    "role": QT_TRANSLATE_NOOP("Messages", "Role"),
    "half_days": QT_TRANSLATE_NOOP("Messages", "Days"),
    "day": QT_TRANSLATE_NOOP("Messages", "Date"),
    "start_date": QT_TRANSLATE_NOOP("Messages", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("Messages", "End date"),
    "counterpart_ids": QT_TRANSLATE_NOOP("Messages", "Counterparts met"),
    "day_entry.kind": QT_TRANSLATE_NOOP("Messages", "Kind of day"),
    "deliverable.kind": QT_TRANSLATE_NOOP("Messages", "Kind of deliverable"),
    "themes": QT_TRANSLATE_NOOP("Messages", "Themes"),
    "cross_cutting_issues": QT_TRANSLATE_NOOP("Messages", "Cross-cutting issues"),
    "sex": QT_TRANSLATE_NOOP("Messages", "Sex"),
    "modality": QT_TRANSLATE_NOOP("Messages", "Modality"),
    "status": QT_TRANSLATE_NOOP("Messages", "Status"),
    "timesheet_status": QT_TRANSLATE_NOOP("Messages", "Timesheet status"),
    "language": QT_TRANSLATE_NOOP("Messages", "Language"),
}
"""The parameter ``field`` as a label: by ``entity.field`` first, then by the field's name alone."""

EXPECTED: Mapping[str, str] = {
    "text": QT_TRANSLATE_NOOP("Messages", "text"),
    "whole_number": QT_TRANSLATE_NOOP("Messages", "a whole number"),
    "date": QT_TRANSLATE_NOOP("Messages", "a date written YYYY-MM-DD"),
    "time": QT_TRANSLATE_NOOP("Messages", "a date and time (ISO 8601)"),
    "boolean": QT_TRANSLATE_NOOP("Messages", "true or false"),
    "choice": QT_TRANSLATE_NOOP("Messages", "one of these values: {choices}"),
    "list": QT_TRANSLATE_NOOP("Messages", "a list of at most {max_items} different values"),
    "id": QT_TRANSLATE_NOOP("Messages", "a record id (1 to 36 letters, digits or dashes)"),
    "country": QT_TRANSLATE_NOOP("Messages", "a country code of two capital letters (ISO 3166-1)"),
    "base64": QT_TRANSLATE_NOOP("Messages", "base64 bytes"),
}
"""The parameter ``expected`` of ``INVALID_FIELD``: what the field holds."""


def field_key(params: Mapping[str, str]) -> str:
    """The key of ``FIELDS`` that names the parameter ``field`` (qualified by ``entity`` when known)."""
    qualified = f"{params.get('entity', '')}.{params.get('field', '')}"
    return qualified if qualified in FIELDS else params.get("field", "")


def english(finding: Finding) -> str:
    """The finding's sentence in English, its parameters filled in as they are (ISO dates, days)."""
    params = dict(finding.params)
    if "action" in params:
        params["action"] = ACTIONS.get(params["action"], params["action"])
    if "field" in params:
        params["field"] = FIELDS.get(field_key(finding.params), params["field"])
    if "expected" in params:
        params["expected"] = EXPECTED.get(params["expected"], params["expected"]).format(**params)
    return SENTENCES[finding.code].format(**params)
