"""Nothing disappears unseen: writes that lose in a merge are listed after the sync, and one action brings
each back; two laptops of one expert and the real hub over HTTP (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from socieux_desktop.domain.clock import HybridLogicalClock, wall_clock_ms
from socieux_desktop.domain.errors import RuleViolation
from socieux_desktop.domain.model import Counterpart, DayEntry, DayKind, Mission, new_id
from socieux_desktop.store import replica
from socieux_desktop.store.sync_review import SyncReview
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync.commands import sign_in, sync_now
from socieux_desktop.sync.credentials import TokenStore
from tests.hub.conftest import Hub, World, cheap_password_hashing, db_url, hub, world
from tests.sync.conftest import PASSWORD, laptops, tokens

__all__ = ["cheap_password_hashing", "db_url", "hub", "laptops", "tokens", "world"]


def signed_in(workbook: Workbook, tokens: TokenStore, hub: Hub, user: str) -> Workbook:
    sign_in(workbook, tokens, hub.url, user, PASSWORD)
    return workbook


def ahead(workbook: Workbook, ms: int) -> None:
    """The laptop's clock ``ms`` ahead of the others', so that its writes are the later ones."""
    workbook.clock = HybridLogicalClock(workbook.device_id, now_ms=lambda: wall_clock_ms() + ms)


@pytest.fixture
def two_laptops(hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore,
                ) -> tuple[Workbook, Workbook, DayEntry]:
    """Marie's two laptops, both holding one day entry of mission CI-M1."""
    first = signed_in(laptops["first"], tokens, hub, "marie")
    second = signed_in(laptops["second"], tokens, hub, "marie")
    sync_now(first, tokens)
    mission = next(mission for mission in first.all(Mission) if mission.code == "CI-M1")
    activity = first.mission_details(mission.id).activities[0]
    entry = DayEntry(new_id(), mission.id, world.marie.expert_id, activity.id, date(2026, 3, 2),
                     DayKind.ON_SITE_WORK, 2, "Abidjan", "Visit of the social centre of Treichville")
    first.log_day(entry)
    sync_now(first, tokens)
    sync_now(second, tokens)
    return first, second, entry


def test_an_edit_to_a_record_deleted_elsewhere_is_listed_and_brought_back(
        two_laptops: tuple[Workbook, Workbook, DayEntry], tokens: TokenStore) -> None:
    first, second, entry = two_laptops
    edited = dataclasses.replace(entry, description="Interviews with the directors of three centres")
    first.log_day(edited)
    second.delete_day(entry.id)
    sync_now(second, tokens)
    report = sync_now(first, tokens)

    assert first.get(DayEntry, entry.id) is None  # the delete won the merge...
    review = SyncReview(first)
    [loss] = review.lost()  # ...and the edit it swallowed is listed
    assert report.lost == 1 and review.counts().lost == 1
    assert (loss.kind, loss.entity, loss.entity_id) == (replica.DELETED, "day_entry", entry.id)
    assert loss.their_device_id == second.device_id
    assert SyncReview(second).lost() == []  # the laptop that deleted lost nothing

    review.bring_back(loss.id)
    assert review.lost() == []
    assert first.get(DayEntry, entry.id) == edited
    assert first.pending_change_count() == 1  # one new change, through the ordinary write path
    sync_now(first, tokens)
    sync_now(second, tokens)
    assert first.get(DayEntry, entry.id) == second.get(DayEntry, entry.id) == edited
    assert SyncReview(second).lost() == []


def test_a_value_a_teammate_overwrote_is_listed_and_brought_back(
        two_laptops: tuple[Workbook, Workbook, DayEntry], tokens: TokenStore) -> None:
    first, second, entry = two_laptops
    ahead(second, 60_000)
    first.log_day(dataclasses.replace(entry, place="Yamoussoukro"))
    second.log_day(dataclasses.replace(entry, place="Bouaké"))
    sync_now(second, tokens)
    sync_now(first, tokens)

    assert first.get(DayEntry, entry.id) == dataclasses.replace(entry, place="Bouaké")
    [loss] = SyncReview(first).lost()
    assert (loss.kind, loss.field, loss.mine, loss.theirs) == (
        replica.OVERWRITTEN, "place", "Yamoussoukro", "Bouaké")
    assert SyncReview(second).lost() == []

    SyncReview(first).bring_back(loss.id)
    sync_now(first, tokens)
    sync_now(second, tokens)
    assert first.get(DayEntry, entry.id) == second.get(DayEntry, entry.id) == dataclasses.replace(
        entry, place="Yamoussoukro")
    assert SyncReview(first).lost() == []
    assert SyncReview(second).lost() == []  # it saw Bouaké when it wrote: a change, not a lost one


def test_a_change_made_after_seeing_ours_is_not_a_loss(
        two_laptops: tuple[Workbook, Workbook, DayEntry], tokens: TokenStore) -> None:
    first, second, entry = two_laptops
    first.log_day(dataclasses.replace(entry, place="Yamoussoukro"))
    sync_now(first, tokens)
    sync_now(second, tokens)
    second.log_day(dataclasses.replace(entry, place="Bouaké"))
    sync_now(second, tokens)
    sync_now(first, tokens)
    assert first.get(DayEntry, entry.id) == dataclasses.replace(entry, place="Bouaké")
    assert SyncReview(first).lost() == []


def test_bringing_back_is_refused_by_the_rules_and_a_loss_can_be_let_go(
        two_laptops: tuple[Workbook, Workbook, DayEntry], tokens: TokenStore) -> None:
    first, second, entry = two_laptops
    first.log_day(dataclasses.replace(entry, description="Kept on the first laptop"))
    counterpart = Counterpart(new_id(), entry.mission_id, "Awa Koné")
    first.save(counterpart)
    sync_now(first, tokens)
    second.delete_day(entry.id)  # without having seen the first laptop's edit
    # Meanwhile a full day is logged on the same date on the second laptop.
    second.log_day(dataclasses.replace(entry, id=new_id(), description="Another visit"))
    sync_now(second, tokens)
    second.delete(Counterpart, counterpart.id)
    sync_now(second, tokens)
    sync_now(first, tokens)

    losses = {loss.entity: loss for loss in SyncReview(first).lost()}
    assert set(losses) == {"day_entry", "counterpart"}
    with pytest.raises(RuleViolation):  # one day per person and date: the rules refuse it now
        SyncReview(first).bring_back(losses["day_entry"].id)
    assert first.get(DayEntry, entry.id) is None
    SyncReview(first).dismiss(losses["day_entry"].id)
    SyncReview(first).bring_back(losses["counterpart"].id)
    assert SyncReview(first).lost() == []
    assert first.get(Counterpart, counterpart.id) == counterpart
