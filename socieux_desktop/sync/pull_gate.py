"""The gate a pulled change passes before the app applies it: the domain's rulebook on the record it makes.

:func:`check_pulled` is what the sync engine calls for each change a pull brings (``SyncEngine(gate=...)``
takes another function of the same shape): given the change and the record as this workspace holds it
before (merged from its change log; None when it holds nothing of it), the reason the rules refuse it,
or None when it may be applied. The rules are ``domain.gate.judge_change``'s: the change's own fields, the
record it makes once merged and the values it says it replaced must each hold what their field may hold
(kinds, lengths, well-formed text, half days, a mission's dates in order). A refused change is set aside
whole by the engine, never applied half way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from socieux_desktop.domain import gate
from socieux_desktop.domain.errors import Finding
from socieux_desktop.sync import protocol

UNREADABLE_CHANGE: Final = "unreadable_change"
"""The reason code of a pulled change that does not follow the protocol, with the parameter ``detail``
(the parser's English sentence)."""


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a pulled change is set aside: a code (one of the domain's ``Code`` values, or
    :data:`UNREADABLE_CHANGE`) with its parameters, for the interface to put in words, and the same in
    English."""

    code: str
    english: str
    params: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, finding: Finding) -> Refusal:
        return cls(finding.code.value, finding.english, dict(finding.params))


def check_pulled(change: protocol.Change, before: protocol.RecordState | None) -> Refusal | None:
    """Why the rules refuse ``change`` on top of ``before``, or None when it may be applied."""
    after = protocol.merge_change(before, change)
    verdict = gate.judge_change(change.entity, change.fields, after.values, previous=change.previous)
    return None if verdict.refusal is None else Refusal.of(verdict.refusal)
