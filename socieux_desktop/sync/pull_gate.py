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
    if verdict.refusal is not None:
        return Refusal.of(verdict.refusal)
    if change.entity == protocol.TEXT_UPDATE:
        return _unreadable_text(change)
    return None


def _unreadable_text(change: protocol.Change) -> Refusal | None:
    """A text update whose bytes Yrs cannot decode: stored, it would stop its deliverable from opening."""
    from socieux_desktop.collab.document import unreadable_update  # pycrdt loads with the first text

    problem = unreadable_update(protocol.decode_update(change.fields["data"]))
    if problem is None:
        return None
    detail = f"the text update's bytes are not an update of a document ({problem})"
    return Refusal(UNREADABLE_CHANGE, detail, {"detail": detail})
