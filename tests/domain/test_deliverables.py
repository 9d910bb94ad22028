from __future__ import annotations

import pytest

from socieux_desktop.domain.deliverables import (
    Deliverable,
    DeliverableAction,
    DeliverableKind,
    DeliverableLanguage,
    DeliverableStatus,
    allowed_deliverable_actions,
    check_role,
    check_text_editable,
    next_deliverable_status,
)
from socieux_desktop.domain.errors import Code, RuleViolation
from socieux_desktop.domain.gate import check_entity
from socieux_desktop.domain.model import ENTITY_TYPES, new_id
from socieux_desktop.domain.records import from_record, to_record

S = DeliverableStatus
A = DeliverableAction


def make(status: DeliverableStatus = S.DRAFT, title: str = "Rapport de mission") -> Deliverable:
    return Deliverable(new_id(), new_id(), DeliverableKind.MISSION_REPORT, title, DeliverableLanguage.FR,
                       status)


@pytest.mark.parametrize(("status", "action", "target"), [
    (S.DRAFT, A.SHARE, S.SHARED),
    (S.DRAFT, A.SUBMIT, S.SUBMITTED),
    (S.SHARED, A.SUBMIT, S.SUBMITTED),
    (S.SHARED, A.REOPEN, S.DRAFT),
    (S.SUBMITTED, A.APPROVE, S.APPROVED),
    (S.SUBMITTED, A.RETURN, S.RETURNED),
    (S.SUBMITTED, A.REOPEN, S.DRAFT),
    (S.RETURNED, A.SUBMIT, S.SUBMITTED),
    (S.RETURNED, A.SHARE, S.SHARED),
    (S.RETURNED, A.REOPEN, S.DRAFT),
])
def test_workflow_moves(status: DeliverableStatus, action: str, target: DeliverableStatus) -> None:
    assert next_deliverable_status(status, action, word_count=12) == target
    assert action in allowed_deliverable_actions(status)


@pytest.mark.parametrize(("status", "action"), [
    (S.DRAFT, A.APPROVE), (S.DRAFT, A.RETURN), (S.DRAFT, A.REOPEN), (S.SHARED, A.APPROVE),
    (S.SHARED, A.SHARE), (S.SUBMITTED, A.SUBMIT), (S.SUBMITTED, A.SHARE), (S.APPROVED, A.REOPEN),
    (S.APPROVED, A.RETURN), (S.APPROVED, A.SUBMIT), (S.RETURNED, A.APPROVE), (S.DRAFT, "publish"),
])
def test_workflow_refuses_other_moves(status: DeliverableStatus, action: str) -> None:
    with pytest.raises(RuleViolation) as raised:
        next_deliverable_status(status, action, word_count=12)
    assert raised.value.code == Code.DELIVERABLE_TRANSITION_NOT_ALLOWED
    assert raised.value.finding.params == {"deliverable_status": status.value, "action": action}
    assert action not in allowed_deliverable_actions(status)


def test_an_approved_deliverable_is_final() -> None:
    assert allowed_deliverable_actions(S.APPROVED) == []


@pytest.mark.parametrize("action", [A.SHARE, A.SUBMIT])
def test_an_empty_deliverable_is_neither_shared_nor_submitted(action: str) -> None:
    with pytest.raises(RuleViolation) as raised:
        next_deliverable_status(S.DRAFT, action, word_count=0)
    assert raised.value.code == Code.EMPTY_DELIVERABLE


def test_headquarters_may_return_whatever_the_count() -> None:
    assert next_deliverable_status(S.SUBMITTED, A.RETURN, word_count=0) == S.RETURNED


@pytest.mark.parametrize("status", list(DeliverableStatus))
def test_text_is_locked_while_submitted_or_approved(status: DeliverableStatus) -> None:
    if status in (S.SUBMITTED, S.APPROVED):
        with pytest.raises(RuleViolation) as raised:
            check_text_editable(make(status))
        assert raised.value.code == Code.DELIVERABLE_LOCKED
        assert status.value in raised.value.finding.english
    else:
        check_text_editable(make(status))


def test_approving_and_returning_are_headquarters_acts() -> None:
    for action in (A.SHARE, A.SUBMIT, A.REOPEN):
        check_role(action, "expert")
        check_role(action, "coordinator")
    for action in (A.APPROVE, A.RETURN):
        check_role(action, "coordinator")
        for role in ("expert", ""):
            with pytest.raises(RuleViolation) as refused:
                check_role(action, role)
            assert refused.value.code == Code.HEADQUARTERS_ONLY
            assert "Only headquarters" in refused.value.finding.english
    assert [s for s in S if s.by_headquarters] == [S.APPROVED, S.RETURNED]


def test_a_title_is_required() -> None:
    check_entity(make())
    with pytest.raises(RuleViolation) as raised:
        check_entity(make(title="  "))
    assert raised.value.code == Code.REQUIRED_FIELD


def test_record_round_trip_and_entity_name() -> None:
    deliverable = make(S.SHARED)
    record = to_record(deliverable)
    assert record["kind"] == "mission_report" and record["language"] == "fr" and record["status"] == "shared"
    assert from_record(Deliverable, record) == deliverable
    assert ENTITY_TYPES["deliverable"] is Deliverable
