"""Laptops whose clocks are three days ahead and three days behind, editing in turn through the real hub
(SQLite and PostgreSQL) with the real app's sync: a stamp ahead counts from when it reaches the hub (the
hub re-stamps it and the app takes the new stamp), an edit made after seeing another always outranks it
whatever the clocks, pulled stamps never carry anyone's clock into the future, and headquarters'
approval stands against an expert who edits a deliverable that was approved meanwhile (the edit is kept)."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from sqlalchemy import select

from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.domain.clock import HLCStamp, HybridLogicalClock, wall_clock_ms
from socieux_desktop.domain.deliverables import (
    Deliverable,
    DeliverableAction,
    DeliverableKind,
    DeliverableStatus,
)
from socieux_desktop.domain.model import Counterpart, new_id
from socieux_desktop.store.models import ChangeRow
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync import protocol
from socieux_desktop.sync.client import Problem, SyncError
from socieux_desktop.sync.commands import sign_in, sync_now
from socieux_desktop.sync.credentials import TokenStore
from socieux_hub.models import ChangeLogRow, RecordRow
from tests.hub.conftest import PASSWORD, Hub, World

DAYS = 24 * 3600 * 1000
AHEAD, BEHIND = 3 * DAYS, -3 * DAYS


@pytest.fixture
def tokens() -> TokenStore:
    return TokenStore(fail.Keyring())


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[dict[str, Workbook]]:
    opened: dict[str, Workbook] = {}
    for name, offset in (("marie", AHEAD), ("jurate", BEHIND), ("coordinator", 0)):
        workbook = Workbook.open(tmp_path / name)
        last = workbook.clock.now()
        workbook.clock = HybridLogicalClock(
            workbook.device_id, functools.partial(skewed, offset), last=last)
        opened[name] = workbook
    yield opened
    for workbook in opened.values():
        workbook.close()


def skewed(offset_ms: int) -> int:
    return wall_clock_ms() + offset_ms


def signed_in(laptops: dict[str, Workbook], tokens: TokenStore, hub: Hub) -> None:
    for name, workbook in laptops.items():
        sign_in(workbook, tokens, hub.url, name, PASSWORD)
        sync_now(workbook, tokens)


def bound() -> int:
    return wall_clock_ms() + protocol.MAX_CLOCK_AHEAD_MS


def hub_record(hub: Hub, entity: str, record_id: str) -> dict[str, object]:
    with hub.db.read() as session:
        row = session.get(RecordRow, (entity, record_id))
        assert row is not None
        return dict(row.data)


def counterpart(workbook: Workbook, record_id: str) -> Counterpart:
    found = workbook.get(Counterpart, record_id)
    assert found is not None
    return found


def edit(workbook: Workbook, record_id: str, **fields: str) -> None:
    workbook.save(dataclasses.replace(counterpart(workbook, record_id), **fields))


def test_a_clock_ahead_never_outranks_later_edits_and_a_clock_behind_loses_nothing(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    marie, jurate, headquarters = laptops["marie"], laptops["jurate"], laptops["coordinator"]
    signed_in(laptops, tokens, hub)
    koné = Counterpart(new_id(), world.mission_ci1, "Ms Koné", "DAS", "Director")
    marie.save(koné)
    sync_now(marie, tokens)
    with hub.db.read() as session:
        stored = {row.id: row.hlc for row in session.scalars(
            select(ChangeLogRow).where(ChangeLogRow.device_id == marie.device_id))}
    assert stored and all(HLCStamp.decode(hlc).wall_ms <= bound() for hlc in stored.values())
    with marie.engine.connect() as connection:  # the app took the hub's stamps
        local = {change_id: hlc for change_id, hlc in connection.execute(select(ChangeRow.id, ChangeRow.hlc)
                                                                           .where(ChangeRow.id.in_(list(stored))))}
    assert local == stored

    # Headquarters (a right clock) edits after Marie, later in real time: it wins, at the hub and at Marie's.
    sync_now(headquarters, tokens)
    edit(headquarters, koné.id, role="Head of unit")
    sync_now(headquarters, tokens)
    sync_now(marie, tokens)
    assert hub_record(hub, "counterpart", koné.id)["role"] == "Head of unit"
    assert counterpart(marie, koné.id).role == "Head of unit"

    # Jūratė, three days behind, pulls: her clock is not carried three days forward.
    sync_now(jurate, tokens)
    assert jurate.clock.now().wall_ms <= bound()
    assert counterpart(jurate, koné.id).role == "Head of unit"
    # She edits after seeing it: her edit outranks it, however far behind her clock is.
    edit(jurate, koné.id, role="Deputy director")
    sync_now(jurate, tokens)
    for workbook in (marie, headquarters):
        sync_now(workbook, tokens)
        assert counterpart(workbook, koné.id).role == "Deputy director"

    # Edits that did not see each other: Marie's (ahead) counts from when it reaches the hub.
    edit(marie, koné.id, institution="Direction de l'Action Sociale")  # offline for now
    edit(headquarters, koné.id, institution="Ministère")
    sync_now(headquarters, tokens)
    sync_now(marie, tokens)  # reaches the hub after headquarters' edit: later, so it wins
    for workbook in (headquarters, jurate, marie):
        sync_now(workbook, tokens)
        assert counterpart(workbook, koné.id).institution == "Direction de l'Action Sociale"
    assert hub_record(hub, "counterpart", koné.id)["institution"] == "Direction de l'Action Sociale"
    with hub.db.read() as session:
        newest = session.scalar(select(ChangeLogRow.hlc).order_by(ChangeLogRow.hlc.desc()).limit(1))
    assert newest is not None and HLCStamp.decode(newest).wall_ms <= bound()


def test_headquarters_approval_stands_and_an_experts_edit_made_meanwhile_is_kept(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    marie, jurate, headquarters = laptops["marie"], laptops["jurate"], laptops["coordinator"]
    signed_in(laptops, tokens, hub)
    expert = DeliverableStore(marie)
    report = Deliverable(new_id(), world.mission_ci1, DeliverableKind.DIAGNOSTIC, "Diagnostic")
    expert.create(report)
    document = expert.open(report.id)
    section = document.sections()[0].id
    document.insert_body(section, 0, "The centres were visited.")
    expert.change_status(report.id, DeliverableAction.SUBMIT)
    sync_now(marie, tokens)

    sync_now(headquarters, tokens)
    coordinator = DeliverableStore(headquarters)
    assert coordinator.change_status(report.id, DeliverableAction.APPROVE) == DeliverableStatus.APPROVED
    sync_now(headquarters, tokens)

    # Marie, three days ahead and not synced since, reopens it and writes more.
    assert expert.change_status(report.id, DeliverableAction.REOPEN) == DeliverableStatus.DRAFT
    document = expert.open(report.id)
    document.insert_body(section, 0, "Added after the approval. ")
    with pytest.raises(SyncError) as told:
        sync_now(marie, tokens)
    assert told.value.problem is Problem.REFUSED and told.value.code == protocol.HEADQUARTERS_ONLY
    assert "your text included" in told.value.message
    assert hub_record(hub, "deliverable", report.id)["status"] == "approved"
    assert expert.get(report.id).status == DeliverableStatus.APPROVED
    assert marie.pending_change_count() == 0  # nothing stuck: the rest went up

    for workbook in (headquarters, jurate):
        sync_now(workbook, tokens)
        store = DeliverableStore(workbook)
        assert store.get(report.id).status == DeliverableStatus.APPROVED
        assert store.load(report.id).text(section).startswith("Added after the approval. ")
    assert sync_now(marie, tokens).pushed == 0
