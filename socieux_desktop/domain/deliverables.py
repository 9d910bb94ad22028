"""Deliverables of a mission (report, diagnostic, ...) and their workflow.

The entity holds what the change log syncs field by field (kind, title, language, status); the text itself
is a CRDT document kept apart (``socieux_desktop.collab``), merged as CRDT updates, never overwritten.

Workflow: draft -> shared with counterparts -> submitted to headquarters -> approved, or returned with
comments (then reworked and submitted again). A submitted or approved deliverable's text is locked; it is
reopened (back to draft) to change it, except once approved. Approving and returning are headquarters'
acts: only a coordinator does them (``check_role``); the hub refuses them from an expert too.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from socieux_desktop.domain.errors import Code, RuleViolation
from socieux_desktop.domain.workflow import Workflow

EXPERT = "expert"
COORDINATOR = "coordinator"
"""The roles of the people signed in (the hub's ``protocol.ROLES``); not signed in is an expert."""


class DeliverableKind(StrEnum):
    MISSION_REPORT = "mission_report"
    DIAGNOSTIC = "diagnostic"
    RECOMMENDATIONS = "recommendations"
    ACTION_PLAN = "action_plan"
    TRAINING_MATERIAL = "training_material"
    OTHER = "other"


class DeliverableLanguage(StrEnum):
    """The language a deliverable is written in (its template's section titles follow it)."""

    FR = "fr"
    EN = "en"
    ES = "es"


class DeliverableStatus(StrEnum):
    DRAFT = "draft"
    SHARED = "shared"  # shared with the counterparts for their comments
    SUBMITTED = "submitted"  # to headquarters
    APPROVED = "approved"
    RETURNED = "returned"  # by headquarters, with comments

    @property
    def by_headquarters(self) -> bool:
        """Only headquarters (a coordinator) puts a deliverable in this status."""
        return self in (DeliverableStatus.APPROVED, DeliverableStatus.RETURNED)

    @property
    def locks_text(self) -> bool:
        """Headquarters reads a submitted text and keeps an approved one: neither changes under them."""
        return self in (DeliverableStatus.SUBMITTED, DeliverableStatus.APPROVED)


@dataclass(frozen=True, slots=True)
class Deliverable:
    """A document a mission produces. Its text lives in the CRDT document of the same id."""

    id: str
    mission_id: str
    kind: DeliverableKind
    title: str
    language: DeliverableLanguage = DeliverableLanguage.EN
    status: DeliverableStatus = DeliverableStatus.DRAFT


class DeliverableAction:
    SHARE = "share"  # with the counterparts
    SUBMIT = "submit"  # to headquarters
    REOPEN = "reopen"  # back to draft
    APPROVE = "approve"  # headquarters
    RETURN = "return"  # headquarters, with comments


HEADQUARTERS_ACTIONS = (DeliverableAction.APPROVE, DeliverableAction.RETURN)
"""What only a coordinator does."""

_WORKFLOW = Workflow({
    (DeliverableStatus.DRAFT, DeliverableAction.SHARE): DeliverableStatus.SHARED,
    (DeliverableStatus.RETURNED, DeliverableAction.SHARE): DeliverableStatus.SHARED,
    (DeliverableStatus.DRAFT, DeliverableAction.SUBMIT): DeliverableStatus.SUBMITTED,
    (DeliverableStatus.SHARED, DeliverableAction.SUBMIT): DeliverableStatus.SUBMITTED,
    (DeliverableStatus.RETURNED, DeliverableAction.SUBMIT): DeliverableStatus.SUBMITTED,
    (DeliverableStatus.SHARED, DeliverableAction.REOPEN): DeliverableStatus.DRAFT,
    (DeliverableStatus.SUBMITTED, DeliverableAction.REOPEN): DeliverableStatus.DRAFT,
    (DeliverableStatus.RETURNED, DeliverableAction.REOPEN): DeliverableStatus.DRAFT,
    (DeliverableStatus.SUBMITTED, DeliverableAction.APPROVE): DeliverableStatus.APPROVED,
    (DeliverableStatus.SUBMITTED, DeliverableAction.RETURN): DeliverableStatus.RETURNED,
})


DELIVERABLE_WORKFLOW = _WORKFLOW


def allowed_deliverable_actions(status: DeliverableStatus) -> list[str]:
    return _WORKFLOW.actions(status)


def next_deliverable_status(status: DeliverableStatus, action: str, word_count: int) -> DeliverableStatus:
    """The status after ``action``; sharing or submitting needs some text (``word_count`` > 0)."""
    target = _WORKFLOW.target(status, action)
    if target is None:
        raise RuleViolation(Code.DELIVERABLE_TRANSITION_NOT_ALLOWED, deliverable_status=status.value,
                            action=action)
    if action in (DeliverableAction.SHARE, DeliverableAction.SUBMIT) and word_count <= 0:
        raise RuleViolation(Code.EMPTY_DELIVERABLE)
    return target


def check_role(action: str, role: str) -> None:
    """Refuse approving or returning to anyone but a coordinator."""
    if action in HEADQUARTERS_ACTIONS and role != COORDINATOR:
        raise RuleViolation(Code.HEADQUARTERS_ONLY, action=action)


def check_text_editable(deliverable: Deliverable) -> None:
    """Refuse a change to the text of a submitted or approved deliverable."""
    if deliverable.status.locks_text:
        raise RuleViolation(Code.DELIVERABLE_LOCKED, deliverable_status=deliverable.status.value)
