"""The gate a pulled change passes before the app applies it: the domain's rules on the record it makes.

:func:`check_pulled` is what the sync engine calls for each change a pull brings (``SyncEngine(gate=...)``
takes another function of the same shape): given the change and the record as this workspace holds it
before (merged from its change log; None when it holds nothing of it), the reason the rules refuse it,
or None when it may be applied. A refused change is set aside whole by the engine, never applied half way.

Until the whole rulebook is in the domain, the rules checked are those the domain has: the merged record
must be a valid entity (its values make the domain's type), a mission's dates and title
(``check_mission``), a day entry's half-day steps, an allocation's count of days.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from socieux_desktop.domain.days import FULL_DAY, HALF_DAY, MAX_DAYS, format_days
from socieux_desktop.domain.errors import Code, Finding, RuleViolation
from socieux_desktop.domain.model import ENTITY_TYPES, Allocation, DayEntry, Mission
from socieux_desktop.domain.records import from_record
from socieux_desktop.sync import protocol

INVALID_RECORD: Final = "invalid_record"
"""The reason code of a pulled change whose record is not a valid entity (a value the domain's type
refuses), with the parameter ``entity``."""
UNREADABLE_CHANGE: Final = "unreadable_change"
"""The reason code of a pulled change that does not follow the protocol, with the parameter ``detail``
(the parser's English sentence)."""


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a pulled change is set aside: a code (one of the domain's ``Code`` values, or one of this
    module's) with its parameters, for the interface to put in words, and the same in English."""

    code: str
    english: str
    params: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, finding: Finding) -> Refusal:
        return cls(finding.code.value, finding.english, dict(finding.params))


def check_pulled(change: protocol.Change, before: protocol.RecordState | None) -> Refusal | None:
    """Why the rules refuse ``change`` on top of ``before``, or None when it may be applied."""
    if change.entity not in ENTITY_TYPES:
        return None  # text updates and attendance: their shape was checked by the protocol
    after = protocol.merge_change(before, change)
    if not after.complete:
        return None  # an update whose insert is not here yet: checked whole once it is
    values = {name: after.values[name] for name in protocol.entity_fields(change.entity)}
    try:
        entity: object = from_record(ENTITY_TYPES[change.entity], values)
    except (TypeError, ValueError) as error:
        return Refusal(INVALID_RECORD, f"The {change.entity} it makes is not valid ({error}).",
                       {"entity": change.entity})
    try:
        _check(entity)
    except RuleViolation as violation:
        return Refusal.of(violation.finding)
    return None


def _check(entity: object) -> None:
    if isinstance(entity, Mission):
        from socieux_desktop.domain.rules import check_mission

        check_mission(entity)
    elif isinstance(entity, DayEntry):
        if entity.half_days not in (HALF_DAY, FULL_DAY):
            raise RuleViolation(Code.INVALID_DAYS, value=format_days(entity.half_days))
    elif isinstance(entity, Allocation):
        half_days = entity.half_days
        if not 0 <= half_days <= 2 * MAX_DAYS:
            raise RuleViolation(Code.INVALID_DAYS, value=format_days(half_days))
