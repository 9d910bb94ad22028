"""The one gate: the whole rulebook of a record, applied at every way in.

Every record, whoever writes it, passes here before it is kept: a write of the workbook (``store``), the
JSON import, the deliverable and attendance stores, a push at the hub and a pull in the app. A record is
the plain JSON shape of ``domain.records`` (dates as ISO text, enums as their values, tuples as lists), so
the store, the export and the hub's generic rows fill it alike.

Three layers, from what needs nothing around the record to what needs its neighbours:

- ``check_record(entity, record)``: the record by itself. Every field has a kind (text, id, choice, date,
  half days, flag, list) and text a maximum length; text must be well formed; a mission's dates are in
  order. Only the fields present are checked (a change carries some fields only; an update may be merged
  before its insert), and a field the entity does not have is refused. A broken rule raises
  ``RuleViolation``; a legitimate device never writes such a record, so it is refused at every way in.
- ``check_status_change``: the statuses a role may give (a timesheet's and a deliverable's workflow); a
  coordinator approves and returns, an expert does not.
- Rules around a day entry (``rules.day_entry_findings``: a locked timesheet, the mission's activities and
  team, one day on one date at most, the mission's dates, the allocation). A local write is refused at the
  first hard one (``rules.check_day_entry``); a merge of two laptops' legitimate offline writes may bring
  any of them about, so on a merge (``judge_change``) they are findings to show, never a blocked sync.

Well-formed text (``check_text``): Unicode text that UTF-8 can encode, so no lone surrogate (a ``\\ud800``
escape in JSON, a bad paste), no NUL, no other control character (C0, DEL, C1); multi-line text (a day's
description, terms of reference) may hold tab, line feed and carriage return. Nothing is normalised: no
NFC, no trimming. What the gate accepts is kept and relayed exactly as written (a name spelled with a
combining accent stays so), so a record comes back from the hub identical to what was pushed.

Limits, in characters (code points): codes ``CODE_MAX`` (the workspace's column is 40 long), names of
people ``NAME_MAX``, titles, institutions, places and roles ``TITLE_MAX``, e-mail addresses
``EMAIL_MAX``, multi-line text ``LONG_TEXT_MAX`` (about eight pages of terms of reference; the text of a
deliverable is a CRDT document, not a field), record ids ``ID_MAX`` (a UUID). An entry is a half or a full
day; an allocation is zero or more half days, at most a year's (``days.MAX_DAYS``). A text update carries at
most ``MAX_UPDATE_BYTES`` of CRDT update.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Final, TypeVar, cast

from socieux_desktop.domain.days import FULL_DAY, HALF_DAY, MAX_DAYS, format_days
from socieux_desktop.domain.deliverables import (
    COORDINATOR,
    DELIVERABLE_WORKFLOW,
    HEADQUARTERS_ACTIONS,
    DeliverableKind,
    DeliverableLanguage,
    DeliverableStatus,
)
from socieux_desktop.domain.errors import Code, Finding, RuleViolation
from socieux_desktop.domain.model import (
    ENTITY_NAMES,
    CrossCuttingIssue,
    DayEntry,
    DayKind,
    MissionStatus,
    Modality,
    Sex,
    TeamRole,
    Theme,
    TimesheetStatus,
)
from socieux_desktop.domain.records import Record, from_record, to_record
from socieux_desktop.domain.rules import (
    HEADQUARTERS_TIMESHEET_ACTIONS,
    TIMESHEET_WORKFLOW,
    DayEntryContext,
    day_entry_findings,
    mission_date_findings,
)
from socieux_desktop.domain.workflow import Workflow

S = TypeVar("S", TimesheetStatus, DeliverableStatus)

CODE_MAX: Final = 40
ID_MAX: Final = 36
NAME_MAX: Final = 200
TITLE_MAX: Final = 300
EMAIL_MAX: Final = 254
LONG_TEXT_MAX: Final = 20_000
TIME_MAX: Final = 40
MAX_LIST_ITEMS: Final = 200
MAX_ALLOCATION: Final = 2 * MAX_DAYS
"""Half days."""
MAX_UPDATE_BYTES: Final = 3_000_000
"""Bytes of one CRDT update of a deliverable's text: in base64 it still fits one push (``protocol``'s 4 MiB);
the whole state of the 260,000-edit automerge paper is 377 KB."""

WORKSHOP: Final = "workshop"
WORKSHOP_PARTICIPANT: Final = "workshop_participant"
TEXT_UPDATE: Final = "deliverable_update"
DELETED: Final = "deleted"

_NOT_TEXT_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_NOT_TEXT_LINES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
_COUNTRY = re.compile(r"[A-Z]{2}")
_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")


# --- Kinds of field ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Text:
    max_length: int
    multiline: bool = False
    required: bool = False


@dataclass(frozen=True, slots=True)
class _Id:
    pass


@dataclass(frozen=True, slots=True)
class _Choice:
    values: frozenset[str]
    empty: bool = False  # "" (or None) stands for no value


@dataclass(frozen=True, slots=True)
class _Date:
    pass


@dataclass(frozen=True, slots=True)
class _Time:
    empty: bool = False


@dataclass(frozen=True, slots=True)
class _Flag:
    pass


@dataclass(frozen=True, slots=True)
class _DayCount:
    """A day entry's half days: a half or a full day."""


@dataclass(frozen=True, slots=True)
class _Allocated:
    """An allocation's half days: zero or more, up to a year's."""


@dataclass(frozen=True, slots=True)
class _Country:
    empty: bool = False


@dataclass(frozen=True, slots=True)
class _List:
    item: _Id | _Choice
    max_items: int


@dataclass(frozen=True, slots=True)
class _Base64:
    max_bytes: int


_Kind = _Text | _Id | _Choice | _Date | _Time | _Flag | _DayCount | _Allocated | _Country | _List | _Base64


def _choice(enum: type[Enum], empty: bool = False) -> _Choice:
    return _Choice(frozenset(str(member.value) for member in enum), empty)


_ID_FIELD = _Id()
_CODE = _Text(CODE_MAX, required=True)
_TITLE = _Text(TITLE_MAX, required=True)
_NAME = _Text(NAME_MAX, required=True)
_SHORT = _Text(TITLE_MAX)
_EMAIL = _Text(EMAIL_MAX)
_LONG = _Text(LONG_TEXT_MAX, multiline=True)
_FLAG = _Flag()

SPECS: Final[Mapping[str, Mapping[str, _Kind]]] = {
    "action": {"id": _ID_FIELD, "code": _CODE, "title": _TITLE, "partner_institution": _SHORT,
               "country_code": _Country()},
    "activity": {"id": _ID_FIELD, "action_id": _ID_FIELD, "code": _CODE, "title": _TITLE},
    "expert": {"id": _ID_FIELD, "name": _NAME, "email": _EMAIL, "home_institution": _SHORT,
               "country_code": _Country(empty=True)},
    "mission": {"id": _ID_FIELD, "code": _CODE, "title": _TITLE,
                "action_id": _ID_FIELD, "start_date": _Date(), "end_date": _Date(),
                "modality": _choice(Modality), "status": _choice(MissionStatus),
                "timesheet_status": _choice(TimesheetStatus),
                "themes": _List(_choice(Theme), len(Theme)),
                "cross_cutting_issues": _List(_choice(CrossCuttingIssue), len(CrossCuttingIssue)),
                "terms_of_reference": _LONG},
    "team_member": {"id": _ID_FIELD, "mission_id": _ID_FIELD, "expert_id": _ID_FIELD,
                    "role": _choice(TeamRole)},
    "allocation": {"id": _ID_FIELD, "mission_id": _ID_FIELD, "expert_id": _ID_FIELD, "activity_id": _ID_FIELD,
                   "half_days": _Allocated()},
    "counterpart": {"id": _ID_FIELD, "mission_id": _ID_FIELD, "name": _NAME, "institution": _SHORT,
                    "role": _SHORT, "sex": _choice(Sex), "email": _EMAIL},
    "day_entry": {"id": _ID_FIELD, "mission_id": _ID_FIELD, "expert_id": _ID_FIELD, "activity_id": _ID_FIELD,
                  "day": _Date(), "kind": _choice(DayKind), "half_days": _DayCount(), "place": _SHORT,
                  "description": _LONG, "counterpart_ids": _List(_ID_FIELD, MAX_LIST_ITEMS)},
    "deliverable": {"id": _ID_FIELD, "mission_id": _ID_FIELD, "kind": _choice(DeliverableKind),
                    "title": _TITLE, "language": _choice(DeliverableLanguage),
                    "status": _choice(DeliverableStatus)},
    WORKSHOP: {"id": _ID_FIELD, "mission_id": _ID_FIELD, "deliverable_id": _ID_FIELD, "started_at": _Time(),
               "ended_at": _Time(empty=True)},
    WORKSHOP_PARTICIPANT: {"id": _ID_FIELD, "workshop_id": _ID_FIELD, "mission_id": _ID_FIELD, "name": _NAME,
                           "institution": _SHORT, "sex": _choice(Sex, empty=True), "joined_at": _Time(),
                           "read_only": _FLAG},
    TEXT_UPDATE: {"id": _ID_FIELD, "deliverable_id": _ID_FIELD, "mission_id": _ID_FIELD,
                  "data": _Base64(MAX_UPDATE_BYTES)},
}
"""Every entity's fields and what each holds (``deleted``, a flag, is allowed on every entity besides)."""


@cache
def text_limits(entity: str) -> Mapping[str, int]:
    """The longest text each text field (ids included) of ``entity`` may hold, in characters: for the
    columns of a database and the limits of an API description."""
    limits: dict[str, int] = {}
    for name, kind in SPECS[entity].items():
        if isinstance(kind, _Text):
            limits[name] = kind.max_length
        elif isinstance(kind, _Id):
            limits[name] = ID_MAX
        elif isinstance(kind, _Time):
            limits[name] = TIME_MAX
        elif isinstance(kind, _Base64):
            limits[name] = _base64_length(kind.max_bytes)
    return limits


def _base64_length(max_bytes: int) -> int:
    return 4 * ((max_bytes + 2) // 3)


# --- Text ------------------------------------------------------------------------------------------------


def check_text(value: str, field: str, *, max_length: int, multiline: bool = False, required: bool = False,
               entity: str = "") -> None:
    """Refuse text longer than ``max_length`` characters, text that is not well formed (a lone surrogate,
    NUL, a control character; multi-line text may hold tab, line feed and carriage return) and, when
    ``required``, text that is empty or blank. Nothing is normalised."""
    finding = _text_problem(value, field, entity, _Text(max_length, multiline, required))
    if finding is not None:
        raise RuleViolation(finding.code, **finding.params)


def _text_problem(value: str, field: str, entity: str, kind: _Text) -> Finding | None:
    if len(value) > kind.max_length:
        return Finding(Code.TEXT_TOO_LONG, {"entity": entity, "field": field, "length": str(len(value)),
                                            "max_length": str(kind.max_length)})
    bad = (_NOT_TEXT_LINES if kind.multiline else _NOT_TEXT_LINE).search(value)
    if bad is not None:
        return Finding(Code.INVALID_CHARACTERS, {"entity": entity, "field": field,
                                                 "character": f"U+{ord(bad.group()):04X}",
                                                 "position": str(bad.start() + 1)})
    if kind.required and not value.strip():
        return Finding(Code.REQUIRED_FIELD, {"entity": entity, "field": field})
    return None


def well_formed_problem(value: object, field: str = "", entity: str = "") -> Finding | None:
    """Why a value of any JSON shape holds text that is not well formed (lone surrogate, NUL, control
    character other than tab, line feed and carriage return), or None: for values the gate does not know
    the field of (a change's ``previous``, kept for history)."""
    if isinstance(value, str):
        bad = _NOT_TEXT_LINES.search(value)
        if bad is not None:
            return Finding(Code.INVALID_CHARACTERS, {"entity": entity, "field": field,
                                                     "character": f"U+{ord(bad.group()):04X}",
                                                     "position": str(bad.start() + 1)})
    elif isinstance(value, list | tuple):
        for item in value:
            problem = well_formed_problem(item, field, entity)
            if problem is not None:
                return problem
    return None


# --- Records ---------------------------------------------------------------------------------------------


def check_record(entity: str, record: Mapping[str, object]) -> None:
    """Refuse (``RuleViolation``) a record of ``entity`` that breaks a rule of a record by itself."""
    finding = record_problem(entity, record)
    if finding is not None:
        raise RuleViolation(finding.code, **finding.params)


def check_entity(entity: object) -> None:
    """``check_record`` for a domain entity (a ``Mission``, a ``DayEntry``...)."""
    check_record(ENTITY_NAMES[type(entity)], to_record(entity))


def record_problem(entity: str, record: Mapping[str, object]) -> Finding | None:
    """The first rule of a record by itself that ``record`` breaks (its fields in their order, then the
    rules between fields), or None."""
    specs = SPECS.get(entity)
    if specs is None:
        return Finding(Code.UNKNOWN_FIELD, {"entity": entity, "field": "entity"})
    for name, value in record.items():
        problem = field_problem(entity, name, value)
        if problem is not None:
            return problem
    if entity == "mission":
        start, end = record.get("start_date"), record.get("end_date")
        if isinstance(start, str) and isinstance(end, str):
            findings = mission_date_findings(date.fromisoformat(start), date.fromisoformat(end))
            if findings:
                return findings[0]
    return None


def field_problem(entity: str, name: str, value: object) -> Finding | None:
    """Why field ``name`` of ``entity`` cannot hold ``value``, or None when it can."""
    kind = SPECS[entity].get(name)
    if kind is None:
        if name == DELETED:
            return None if isinstance(value, bool) else _invalid(entity, name, value, "boolean")
        return Finding(Code.UNKNOWN_FIELD, {"entity": entity, "field": name})
    return _problem(kind, entity, name, value)


def _invalid(entity: str, name: str, value: object, expected: str, **more: str) -> Finding:
    shown = ascii(value)
    if len(shown) > 60:
        shown = shown[:59] + "…"
    return Finding(Code.INVALID_FIELD, {"entity": entity, "field": name, "value": shown, "expected": expected,
                                        **more})


def _problem(kind: _Kind, entity: str, name: str, value: object) -> Finding | None:
    if isinstance(kind, _Text):
        if not isinstance(value, str):
            return _invalid(entity, name, value, "text")
        return _text_problem(value, name, entity, kind)
    if isinstance(kind, _Id):
        if not isinstance(value, str) or len(value) > ID_MAX or not _ID.fullmatch(value):
            return _invalid(entity, name, value, "id")
        return None
    if isinstance(kind, _Choice):
        if (kind.empty and value in ("", None)) or (isinstance(value, str) and value in kind.values):
            return None
        return _invalid(entity, name, value, "choice", choices=", ".join(sorted(kind.values)))
    if isinstance(kind, _Date):
        if isinstance(value, str) and len(value) == 10 and _is_date(value):
            return None
        return _invalid(entity, name, value, "date")
    if isinstance(kind, _Time):
        if kind.empty and value in ("", None):
            return None
        if isinstance(value, str) and len(value) <= TIME_MAX and _is_time(value):
            return None
        return _invalid(entity, name, value, "time")
    if isinstance(kind, _Flag):
        return None if isinstance(value, bool) else _invalid(entity, name, value, "boolean")
    if isinstance(kind, _DayCount | _Allocated):
        if isinstance(value, bool) or not isinstance(value, int):
            return _invalid(entity, name, value, "whole_number")
        if isinstance(kind, _DayCount):
            if value in (HALF_DAY, FULL_DAY):
                return None
            return Finding(Code.INVALID_DAYS, {"entity": entity, "field": name, "value": format_days(value)})
        if 0 <= value <= MAX_ALLOCATION:
            return None
        return Finding(Code.INVALID_ALLOCATION, {"entity": entity, "field": name, "value": format_days(value),
                                                "max_days": str(MAX_DAYS)})
    if isinstance(kind, _Country):
        if (kind.empty and value == "") or (isinstance(value, str) and _COUNTRY.fullmatch(value)):
            return None
        return _invalid(entity, name, value, "country")
    if isinstance(kind, _List):
        if (not isinstance(value, list | tuple) or len(value) > kind.max_items
                or len(set(map(str, value))) != len(value)):
            return _invalid(entity, name, value, "list", max_items=str(kind.max_items))
        for item in value:
            problem = _problem(kind.item, entity, name, item)
            if problem is not None:
                return problem
        return None
    if (not isinstance(value, str) or not value or len(value) % 4
            or len(value) > _base64_length(kind.max_bytes) or not _BASE64.fullmatch(value)):
        return _invalid(entity, name, value, "base64")
    return None


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_time(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


# --- Workflow by role ------------------------------------------------------------------------------------


def check_status_change(entity: str, before: str | None, after: str, role: str) -> None:
    """Refuse a status ``role`` may not give: a timesheet's (``mission.timesheet_status``) or a
    deliverable's (``deliverable.status``). ``before`` is the status held (None for a new record, which
    may start in any status its author's role may give). Only a coordinator approves or returns; a change
    from one status to another follows the workflow."""
    if entity == "mission":
        _check_transition(TIMESHEET_WORKFLOW, None if before is None else TimesheetStatus(before),
                          TimesheetStatus(after), role, HEADQUARTERS_TIMESHEET_ACTIONS,
                          Code.TRANSITION_NOT_ALLOWED, Code.TIMESHEET_HEADQUARTERS_ONLY, "status")
    elif entity == "deliverable":
        _check_transition(DELIVERABLE_WORKFLOW, None if before is None else DeliverableStatus(before),
                          DeliverableStatus(after), role, HEADQUARTERS_ACTIONS,
                          Code.DELIVERABLE_TRANSITION_NOT_ALLOWED, Code.HEADQUARTERS_ONLY,
                          "deliverable_status")


def _check_transition(workflow: Workflow[S], source: S | None, target: S, role: str, only_hq: tuple[str, ...],
                      not_allowed: Code, hq_code: Code, status_param: str) -> None:
    if source == target:
        return
    action = workflow.action_to(target) if source is None else workflow.action_between(source, target)
    if action is None:
        if source is None:
            return  # the first status (a draft): no action leads to it
        named = workflow.action_to(target) or str(target)
        raise RuleViolation(not_allowed, **{status_param: str(source), "action": named})
    if action in only_hq and role != COORDINATOR:
        raise RuleViolation(hq_code, action=action)


def status_field(entity: str) -> str | None:
    """The field whose changes ``check_status_change`` judges, if ``entity`` has one."""
    return {"mission": "timesheet_status", "deliverable": "status"}.get(entity)


# --- Changes from elsewhere (a push at the hub, a pull in the app) --------------------------------------


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the gate says of a change from elsewhere: refused (``refusal``, the rule it breaks) or
    accepted, with the findings to show (rules around the record that the merge leaves broken)."""

    refusal: Finding | None = None
    findings: tuple[Finding, ...] = ()

    @property
    def accepted(self) -> bool:
        return self.refusal is None


ACCEPTED: Final = Verdict()


def judge_change(entity: str, fields: Mapping[str, object], merged: Mapping[str, object], *,
                 previous: Mapping[str, object] | None = None,
                 context: DayEntryContext | None = None) -> Verdict:
    """Judge a change made elsewhere, given the record it makes once merged with what is held.

    Refused when the change's own fields (kept and relayed even when they lose the merge), the merged
    record or the text of ``previous`` (the values it replaced, kept for the history) break a rule of a
    record by itself. Otherwise accepted; for a day entry, with ``context`` (what is held around it, as
    ``rules.DayEntryContext``) and a complete live record, the findings of ``rules.day_entry_findings``
    (more than one day on one date, a locked timesheet...), which a merge of legitimate offline writes can
    bring about: they are shown, never a reason to refuse. The hub calls it on every pushed change
    (without ``context``); the app, on every pulled one through ``store.workbook.judge_pulled``, which fills
    ``context`` from the workspace."""
    refusal = record_problem(entity, merged)
    if refusal is None:
        refusal = _lost_fields_problem(entity, fields, merged)
    if refusal is None and previous:
        refusal = next((problem for name, value in previous.items()
                        if (problem := well_formed_problem(value, name, entity)) is not None), None)
    if refusal is not None:
        return Verdict(refusal)
    if context is None or entity != "day_entry" or merged.get(DELETED) is True:
        return ACCEPTED
    if any(name not in merged for name in SPECS["day_entry"]):
        return ACCEPTED  # an update before its insert: judged when the insert comes
    entry = from_record(DayEntry, cast(Record, {name: merged[name] for name in SPECS["day_entry"]}))
    return Verdict(None, tuple(day_entry_findings(entry, context)))


def _lost_fields_problem(entity: str, fields: Mapping[str, object], merged: Mapping[str, object]) -> (
        Finding | None):
    for name, value in fields.items():
        if name not in merged or (merged[name] is not value and merged[name] != value):
            problem = field_problem(entity, name, value)
            if problem is not None:
                return problem
    return None

