"""A deliverable's workflow across two workspaces through the real hub on loopback: an expert submits,
headquarters (a coordinator signed in to the app) approves, the expert sees it; an expert's forged approval
is refused by the hub, undone on the expert's laptop, and reaches nobody, while the rest of their work
goes through."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

import pytest
from sqlalchemy import select

from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.domain.deliverables import (
    Deliverable,
    DeliverableAction,
    DeliverableKind,
    DeliverableStatus,
)
from socieux_desktop.domain.errors import Code, RuleViolation
from socieux_desktop.domain.model import Counterpart, new_id
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync import protocol
from socieux_desktop.sync.client import HubClient, Problem, SyncError
from socieux_desktop.sync.commands import sign_in, status, sync_now
from socieux_desktop.sync.credentials import TokenStore
from socieux_desktop.sync.engine import SyncEngine
from socieux_hub.models import ChangeLogRow, RecordRow
from tests.sync.conftest import PASSWORD, Hub, World


def signed_in(workbook: Workbook, tokens: TokenStore, hub: Hub, username: str) -> DeliverableStore:
    sign_in(workbook, tokens, hub.url, username, PASSWORD)
    sync_now(workbook, tokens)
    return DeliverableStore(workbook)


def submitted_report(store: DeliverableStore, mission_id: str, title: str) -> Deliverable:
    deliverable = Deliverable(new_id(), mission_id, DeliverableKind.MISSION_REPORT, title)
    store.create(deliverable)
    document = store.open(deliverable.id)
    document.insert_body(document.sections()[0].id, 0, "The centres were visited.")
    store.change_status(deliverable.id, DeliverableAction.SUBMIT)
    return store.get(deliverable.id)


def hub_statuses(hub: Hub, deliverable_id: str) -> tuple[str, list[str]]:
    """The hub's record status of the deliverable, and the statuses its logged changes set."""
    with hub.db.read() as session:
        record = session.get(RecordRow, ("deliverable", deliverable_id))
        assert record is not None
        logged = [row.fields["status"] for row in session.scalars(
            select(ChangeLogRow).where(ChangeLogRow.entity == "deliverable",
                                       ChangeLogRow.entity_id == deliverable_id)
            .order_by(ChangeLogRow.server_seq)) if "status" in row.fields]
        return str(record.data["status"]), logged


def test_an_expert_submits_and_headquarters_approves(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    expert = signed_in(laptops["marie"], tokens, hub, "marie")
    report = submitted_report(expert, world.mission_ci1, "Diagnostic report")
    with pytest.raises(RuleViolation) as refused:  # not on the expert's laptop
        expert.change_status(report.id, DeliverableAction.APPROVE)
    assert refused.value.code == Code.HEADQUARTERS_ONLY
    sync_now(laptops["marie"], tokens)

    headquarters = signed_in(laptops["headquarters"], tokens, hub, "coordinator")
    assert headquarters.role() == "coordinator" and expert.role() == "expert"
    assert headquarters.get(report.id).status == DeliverableStatus.SUBMITTED
    assert headquarters.load(report.id).word_count(include_titles=False) == 4  # the text came too
    assert headquarters.change_status(report.id, DeliverableAction.APPROVE) == DeliverableStatus.APPROVED
    sync_now(laptops["headquarters"], tokens)
    assert hub_statuses(hub, report.id) == ("approved", ["draft", "submitted", "approved"])

    sync_now(laptops["marie"], tokens)
    assert expert.get(report.id).status == DeliverableStatus.APPROVED
    assert status(laptops["marie"]).outcome.last_problem is None


def test_a_forged_approval_is_refused_by_the_hub_and_reaches_nobody(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    marie = laptops["marie"]
    expert = signed_in(marie, tokens, hub, "marie")
    report = submitted_report(expert, world.mission_ci1, "Diagnostic report")
    plan = submitted_report(expert, world.mission_ci1, "Action plan")
    sync_now(marie, tokens)
    headquarters = signed_in(laptops["headquarters"], tokens, hub, "coordinator")

    # Past the store's rule (a forged click, another program writing the workspace): approve and return
    # written straight into the change log, between ordinary work that must still go up.
    before = Counterpart(new_id(), world.mission_ci1, "Written before the forgery")
    marie.save(before)
    with marie.bulk_writer() as writer:  # the workbook's writes refuse these statuses to an expert
        writer.put(dataclasses.replace(report, status=DeliverableStatus.APPROVED))
        writer.put(dataclasses.replace(plan, title="Action plan, final", status=DeliverableStatus.RETURNED))
    after = Counterpart(new_id(), world.mission_ci1, "Written after the forgery")
    marie.save(after)
    assert marie.pending_change_count() == 4
    with pytest.raises(SyncError) as refused:
        sync_now(marie, tokens)
    assert refused.value.problem is Problem.REFUSED
    assert refused.value.code == protocol.HEADQUARTERS_ONLY and len(refused.value.changes) == 2
    assert "undone on this computer" in refused.value.message
    # undone here: back to submitted; the retitle kept; nothing waits (no sync loops on it)
    assert expert.get(report.id).status == DeliverableStatus.SUBMITTED
    assert expert.get(plan.id) == dataclasses.replace(plan, title="Action plan, final")
    assert marie.pending_change_count() == 0
    assert status(marie).outcome.last_problem == "refused"
    assert hub_statuses(hub, report.id) == ("submitted", ["draft", "submitted"])
    assert hub_statuses(hub, plan.id) == ("submitted", ["draft", "submitted"])

    sync_now(laptops["headquarters"], tokens)
    assert headquarters.get(report.id).status == DeliverableStatus.SUBMITTED
    assert headquarters.get(plan.id) == dataclasses.replace(plan, title="Action plan, final")
    names = {c.name for c in laptops["headquarters"].all(Counterpart)}
    assert {before.name, after.name} <= names

    report_now = sync_now(marie, tokens)  # the next sync is clean
    assert report_now.pushed == 0
    assert status(marie).outcome.last_problem is None

    # headquarters returns the plan; the expert sees it, reworks and submits again
    headquarters.change_status(plan.id, DeliverableAction.RETURN)
    sync_now(laptops["headquarters"], tokens)
    sync_now(marie, tokens)
    assert expert.get(plan.id).status == DeliverableStatus.RETURNED
    assert expert.change_status(plan.id, DeliverableAction.SUBMIT) == DeliverableStatus.SUBMITTED
    sync_now(marie, tokens)
    assert hub_statuses(hub, plan.id) == ("submitted", ["draft", "submitted", "returned", "submitted"])


def test_a_forged_deliverable_born_approved_goes_up_as_a_draft(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    marie = laptops["marie"]
    expert = signed_in(marie, tokens, hub, "marie")
    forged = Deliverable(new_id(), world.mission_ci1, DeliverableKind.OTHER, "Born approved",
                         status=DeliverableStatus.APPROVED)
    with pytest.raises(RuleViolation):  # the store refuses it to an expert
        expert.create(forged)
    with marie.bulk_writer() as writer:  # forged past it
        writer.put(forged)
    with pytest.raises(SyncError) as refused:
        sync_now(marie, tokens)
    assert refused.value.code == protocol.HEADQUARTERS_ONLY
    assert expert.get(forged.id).status == DeliverableStatus.DRAFT
    assert marie.pending_change_count() == 0
    assert hub_statuses(hub, forged.id) == ("draft", ["draft"])


class NamingHub(HubClient):
    """A hub that refuses every push as headquarters' acts, naming the changes ``named`` picks."""

    def __init__(self, url: str, named: Callable[[protocol.PushRequest], tuple[str, ...]]) -> None:
        super().__init__(url)
        self.named = named
        self.pushes = 0

    def push(self, request: protocol.PushRequest) -> protocol.PushResponse:
        self.pushes += 1
        raise SyncError(Problem.REFUSED, "Refused.", protocol.HEADQUARTERS_ONLY, self.named(request))


def _always(ids: tuple[str, ...], _request: protocol.PushRequest) -> tuple[str, ...]:
    return ids


def test_the_app_takes_back_only_approvals_the_hub_names_and_never_loops(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    marie = laptops["marie"]
    expert = signed_in(marie, tokens, hub, "marie")
    report = submitted_report(expert, world.mission_ci1, "Diagnostic report")
    sync_now(marie, tokens)
    marie.save(Counterpart(new_id(), world.mission_ci1, "Ms Koné"))
    with marie.bulk_writer() as writer:  # past the workbook's refusal, as a forgery would be
        writer.put(dataclasses.replace(report, status=DeliverableStatus.APPROVED))
    outbox = SyncEngine(marie, HubClient(hub.url)).outbox(10)
    counterpart, approval = outbox
    assert protocol.headquarters_only(approval) and not protocol.headquarters_only(counterpart)

    for named in ((counterpart.id,), (new_id(),), (approval.id, counterpart.id)):  # not what it may undo
        client = NamingHub(hub.url, functools.partial(_always, named))
        with pytest.raises(SyncError):
            SyncEngine(marie, client).push()
        assert client.pushes == 1
        assert SyncEngine(marie, HubClient(hub.url)).outbox(10) == outbox  # untouched
        assert expert.get(report.id).status == DeliverableStatus.APPROVED

    stubborn = NamingHub(hub.url, functools.partial(_always, (approval.id,)))  # names it again after it went
    with pytest.raises(SyncError):
        SyncEngine(marie, stubborn).push()
    assert stubborn.pushes == 2  # taken back once, then the refusal is told: no loop
    assert SyncEngine(marie, HubClient(hub.url)).outbox(10) == [counterpart]
    assert expert.get(report.id).status == DeliverableStatus.SUBMITTED
