"""Findings of the domain (refusals and warnings) as translated sentences that say what to do.

The sentences are written once, in ``socieux_desktop.domain.sentences`` (context ``Messages``); this module
translates them and puts dates and numbers in the current language's format."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from socieux_desktop.domain.deliverables import DeliverableStatus
from socieux_desktop.domain.errors import Code, Finding
from socieux_desktop.domain.model import TimesheetStatus
from socieux_desktop.domain.sentences import ACTIONS, CONTEXT, EXPECTED, FIELDS, SENTENCES, field_key
from socieux_desktop.ui.labels import label
from socieux_desktop.ui.qt import QtCore, translate

_DATE_PARAMS = frozenset({"day", "start", "end"})
_DAY_PARAMS = frozenset({"logged", "consumed", "allocated"})


def message(finding: Finding) -> str:
    """The finding as a sentence in the current language, dates and numbers in its format."""
    params = {key: _localise(key, value) for key, value in finding.params.items()}
    if "field" in params:
        params["field"] = translate(CONTEXT, FIELDS.get(field_key(finding.params), finding.params["field"]))
    if "expected" in params:
        params["expected"] = translate(CONTEXT, EXPECTED.get(params["expected"], params["expected"])).format(
            **params)
    return translate(CONTEXT, SENTENCES[finding.code]).format(**params)


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
        return translate(CONTEXT, ACTIONS.get(value, value))
    return value


def format_days_localised(half_days: int) -> str:
    """Half days as days in the current locale: 3 -> "1,5" in French, "1.5" in English."""
    locale = QtCore.QLocale()
    if half_days % 2 == 0:
        return locale.toString(half_days // 2)
    return locale.toString(half_days / 2, "f", 1)


def kept_message(code: str, params: Mapping[str, str], english: str) -> str:
    """A finding kept by code and parameters (a set-aside change's reason, a pulled finding), as
    :func:`message` says it; its English sentence when the code or parameters are not this version's."""
    try:
        return message(Finding(Code(code), dict(params)))
    except (KeyError, ValueError, IndexError):
        return english
