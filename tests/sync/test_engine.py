"""The sync engine against the real hub on loopback: two laptops of one expert and headquarters."""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socieux_desktop.domain.clock import HybridLogicalClock, wall_clock_ms
from socieux_desktop.domain.model import (
    Action,
    Counterpart,
    DayEntry,
    DayKind,
    Expert,
    Mission,
    TeamMember,
    TeamRole,
    new_id,
)
from socieux_desktop.domain.records import to_record
from socieux_desktop.store import models as m
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync import protocol
from socieux_desktop.sync.client import HubClient, Problem, SyncError
from socieux_desktop.sync.commands import sign_in, status, sync_now
from socieux_desktop.sync.credentials import TokenStore
from socieux_desktop.sync.engine import SyncCancelled, SyncEngine, SyncProgress
from socieux_hub.cli import main as hub_main
from socieux_hub.models import ChangeLogRow
from tests.sync.conftest import PASSWORD, Hub, World


def snapshot(workbook: Workbook) -> dict[tuple[str, str], dict[str, Any]]:
    """Every record of the workspace, tombstones included, as plain values."""
    result: dict[tuple[str, str], dict[str, Any]] = {}
    with Session(workbook.engine) as session:
        for entity, row_type in m.ROW_TYPES.items():
            for row in session.scalars(select(row_type)):
                names = [column.key for column in row_type.__table__.columns]
                result[(entity, row.id)] = {name: getattr(row, name) for name in names}
    return result


def mission_by_code(workbook: Workbook, code: str) -> Mission:
    return next(mission for mission in workbook.all(Mission) if mission.code == code)


def signed_in(workbook: Workbook, tokens: TokenStore, hub: Hub, user: str) -> Workbook:
    sign_in(workbook, tokens, hub.url, user, PASSWORD)
    return workbook


def test_two_laptops_and_headquarters_converge_and_keep_overwritten_values(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    first = signed_in(laptops["first"], tokens, hub, "marie")
    second = signed_in(laptops["second"], tokens, hub, "marie")
    headquarters = signed_in(laptops["hq"], tokens, hub, "coordinator")
    for workbook in (first, second, headquarters):
        sync_now(workbook, tokens)
    mission = mission_by_code(first, "CI-M1")
    activity = first.mission_details(mission.id).activities[0]
    marie = world.marie.expert_id

    # All three offline: the same mission edited in three places, days logged on both laptops.
    first.save_mission(dataclasses.replace(mission, title="Diagnostic (first laptop)"))
    first.log_day(DayEntry(new_id(), mission.id, marie, activity.id, date(2026, 3, 2), DayKind.ON_SITE_WORK,
                           2, "Abidjan"))
    second.save_mission(dataclasses.replace(mission_by_code(second, "CI-M1"),
                                            title="Diagnostic (second laptop)"))
    second.log_day(DayEntry(new_id(), mission.id, marie, activity.id, date(2026, 3, 3), DayKind.ON_SITE_WORK,
                            1, "Bouaké"))
    headquarters.save_mission(dataclasses.replace(mission_by_code(headquarters, "CI-M1"),
                                                  terms_of_reference="Assess 129 social centres"))
    headquarters.save(Counterpart(new_id(), mission.id, "Awa Koné", "Direction de l'Action Sociale"))

    for workbook in (headquarters, first, second, first, headquarters):
        sync_now(workbook, tokens)

    states = [snapshot(workbook) for workbook in (first, second, headquarters)]
    assert states[0] == states[1]
    assert states[0] == {key: value for key, value in states[2].items() if key in states[0]}
    assert ("mission", world.mission_pe) in states[2]  # headquarters sees all, the expert her missions
    merged = mission_by_code(first, "CI-M1")
    assert merged.title == "Diagnostic (second laptop)"  # the later write by clock
    assert merged.terms_of_reference == "Assess 129 social centres"
    assert {entry.place for entry in first.day_entries(mission.id)} == {"Abidjan", "Bouaké"}
    assert all(workbook.pending_change_count() == 0 for workbook in (first, second, headquarters))
    history = [item.fields.get("title") for item in first.history(Mission, mission.id)]
    assert "Diagnostic (first laptop)" in history and "Diagnostic (second laptop)" in history
    with hub.db.read() as session:
        ids = list(session.scalars(select(ChangeLogRow.id)))
    assert len(ids) == len(set(ids))
    local = {row for workbook in (first, second, headquarters)
             for row in _change_ids(workbook, workbook.device_id)}
    assert local <= set(ids)


def _change_ids(workbook: Workbook, device_id: str) -> set[str]:
    with Session(workbook.engine) as session:
        return set(session.scalars(select(m.ChangeRow.id).where(m.ChangeRow.device_id == device_id)))


def test_a_delete_is_a_tombstone_that_reaches_the_other_laptop(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    first = signed_in(laptops["first"], tokens, hub, "marie")
    second = signed_in(laptops["second"], tokens, hub, "marie")
    sync_now(first, tokens)
    mission = mission_by_code(first, "CI-M1")
    counterpart = Counterpart(new_id(), mission.id, "Kouassi N'Guessan")
    first.save(counterpart)
    sync_now(first, tokens)
    sync_now(second, tokens)
    assert second.get(Counterpart, counterpart.id) == counterpart
    second.delete(Counterpart, counterpart.id)
    sync_now(second, tokens)
    sync_now(first, tokens)
    assert first.get(Counterpart, counterpart.id) is None
    assert snapshot(first)[("counterpart", counterpart.id)]["deleted"] is True


def test_an_interrupted_sync_resumes_and_sends_nothing_twice(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    laptop = signed_in(laptops["first"], tokens, hub, "marie")
    sync_now(laptop, tokens)
    mission = mission_by_code(laptop, "CI-M1")
    laptop.save(*[Counterpart(new_id(), mission.id, f"Agent {n}") for n in range(25)])
    client = HubClient(hub.url, tokens.load(hub.url, "marie"))
    engine = SyncEngine(laptop, client, batch_changes=10)
    batch = engine.outbox(10)
    client.push(protocol.PushRequest(laptop.device_id, tuple(batch)))  # the answer is "lost"
    assert laptop.pending_change_count() == 25
    assert engine.push() == 25
    assert laptop.pending_change_count() == 0
    with hub.db.read() as session:
        count = session.scalar(select(func.count()).select_from(ChangeLogRow).where(
            ChangeLogRow.device_id == laptop.device_id))
    assert count == 25


def test_pull_pages_move_the_cursor_with_the_changes(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    laptop = signed_in(laptops["first"], tokens, hub, "marie")
    client = HubClient(hub.url, tokens.load(hub.url, "marie"))
    engine = SyncEngine(laptop, client, pull_limit=3)
    received = engine.pull()
    assert client.traffic.requests > 2  # several pages
    assert mission_by_code(laptop, "CI-M1").title == "Diagnostic mission"
    again = engine.pull()
    assert (received > 0, again) == (True, 0)


def test_a_sync_with_nothing_to_do_costs_one_request(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    laptop = signed_in(laptops["first"], tokens, hub, "marie")
    sync_now(laptop, tokens)
    report = sync_now(laptop, tokens)
    assert (report.pushed, report.pulled, report.requests) == (0, 0, 1)
    assert report.bytes_received < 1024


def test_pushes_travel_gzip_in_bounded_batches(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = signed_in(laptops["first"], tokens, hub, "marie")
    sync_now(laptop, tokens)
    mission = mission_by_code(laptop, "CI-M1")
    laptop.save(*[Counterpart(new_id(), mission.id, f"Agent {n}", institution="y" * 300, role="x" * 300)
                  for n in range(40)])  # the longest institution and role the gate lets through
    client = HubClient(hub.url, tokens.load(hub.url, "marie"))
    bodies: list[bytes] = []
    real = client.session.request

    def spy(method: str, url: str, **kwargs: Any) -> Any:
        if method == "POST":
            bodies.append(kwargs["data"])
            assert kwargs["headers"]["Content-Encoding"] == "gzip"
        return real(method, url, **kwargs)

    monkeypatch.setattr(client.session, "request", spy)
    monkeypatch.setattr(protocol, "MAX_BATCH_BYTES", 12_000)
    assert SyncEngine(laptop, client).push() == 40
    sizes = [len(gzip.decompress(body)) for body in bodies]
    assert len(bodies) > 2 and max(sizes) <= 12_000
    assert sum(len(json.loads(gzip.decompress(body))["changes"]) for body in bodies) == 40


def test_records_created_before_signing_in_go_up_with_the_first_sync(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    laptop = laptops["offline"]
    me = Expert(new_id(), "Marie Lefèvre", "marie@example.fr", "CNAF", "FR")
    laptop.set_profile(me)
    action = Action(new_id(), "TG-2026-03", "Universal health coverage", "Ministère de la Santé", "TG")
    mission = Mission(new_id(), "TG-M1", "Conditions for universal health coverage", action.id,
                      date(2026, 6, 1), date(2026, 6, 12))
    laptop.save(action, mission, TeamMember(new_id(), mission.id, me.id, TeamRole.LEAD_EXPERT))
    laptop.save(Counterpart(new_id(), mission.id, "Kossi Agbeko"))

    signed_in(laptop, tokens, hub, "marie")
    report = sync_now(laptop, tokens)

    assert report.pushed >= 5 and laptop.pending_change_count() == 0
    assert laptop.profile() is not None and laptop.profile().id == world.marie.expert_id  # type: ignore[union-attr]
    team = laptop.mission_details(mission.id).team
    assert [entry.expert.id for entry in team] == [world.marie.expert_id]
    seen_by_hq = {c.entity_id for c in world.coordinator.pull_all()[0]}
    assert {action.id, mission.id} <= seen_by_hq


def test_a_demo_workspace_never_signs_in_nor_syncs(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    demo = laptops["demo"]
    demo.mark_demo()
    with pytest.raises(SyncError) as refused:
        sign_in(demo, tokens, hub.url, "marie", PASSWORD)
    assert refused.value.problem is Problem.REFUSED
    assert "Start your own workspace" in refused.value.message
    with pytest.raises(SyncError, match="demo workspace"):
        sync_now(demo, tokens)


def test_a_refused_batch_is_told_and_nothing_is_lost(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    laptop = signed_in(laptops["first"], tokens, hub, "jurate")
    sync_now(laptop, tokens)
    coordinator = world.coordinator
    team = [c for c in coordinator.pull_all()[0] if c.entity == "team_member"
            and c.fields.get("expert_id") == world.jurate.expert_id]
    coordinator.push_ok([coordinator.device.delete("team_member", team[0].entity_id)])
    laptop.save(Counterpart(new_id(), world.mission_ci1, "Written after leaving the team"))
    before = hub.change_count()
    with pytest.raises(SyncError) as refused:
        sync_now(laptop, tokens)
    assert refused.value.problem is Problem.REFUSED and "not on the team" in refused.value.message
    assert hub.change_count() == before
    assert laptop.pending_change_count() == 1
    current = status(laptop)
    assert current.outcome.last_problem == "refused" and current.pending == 1


def test_a_signed_out_token_asks_to_sign_in_again(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    laptop = signed_in(laptops["first"], tokens, hub, "marie")
    token = tokens.load(hub.url, "marie")
    HubClient(hub.url, token).logout()
    with pytest.raises(SyncError) as refused:
        sync_now(laptop, tokens)
    assert refused.value.problem is Problem.LOGIN_NEEDED


def test_a_record_waits_for_the_records_it_refers_to(laptops: dict[str, Workbook]) -> None:
    laptop = laptops["first"]
    engine = SyncEngine(laptop, HubClient("http://127.0.0.1:9"))
    hq = "hub-device"
    action = Action(new_id(), "TG-2026-03", "Universal health coverage", "Ministère de la Santé", "TG")
    mission = Mission(new_id(), "TG-M1", "Conditions for universal health coverage", action.id,
                      date(2026, 6, 1), date(2026, 6, 12))
    counterpart = Counterpart(new_id(), mission.id, "Kossi Agbeko")

    def insert(seq: int, entity: str, record: object) -> protocol.Change:
        values = {**to_record(record), "deleted": False}
        return protocol.Change(new_id(), hq, seq, f"{1_780_000_000_000 + seq:015d}-000000-{hq}", entity,
                               str(values["id"]), "insert", values, None, "2026-06-01T08:00:00+00:00", seq)

    engine.apply_page([insert(3, "counterpart", counterpart)], "3")
    engine.apply_page([insert(2, "mission", mission)], "4")
    assert laptop.get(Counterpart, counterpart.id) is None and laptop.get(Mission, mission.id) is None
    engine.apply_page([insert(1, "action", action)], "5")
    engine.materialise_waiting()
    assert laptop.get(Mission, mission.id) == mission
    assert laptop.get(Counterpart, counterpart.id) == counterpart
    assert status(laptop).pending == 0


def test_the_later_clock_wins_even_when_it_arrives_first(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    ahead = signed_in(laptops["ahead"], tokens, hub, "marie")
    headquarters = signed_in(laptops["hq"], tokens, hub, "coordinator")
    ahead.clock = HybridLogicalClock(ahead.device_id, now_ms=lambda: wall_clock_ms() + 2 * 24 * 3600 * 1000)
    for workbook in (ahead, headquarters):
        sync_now(workbook, tokens)
    ahead.save_mission(dataclasses.replace(mission_by_code(ahead, "CI-M1"), title="Written two days ahead"))
    headquarters.save_mission(dataclasses.replace(mission_by_code(headquarters, "CI-M1"),
                                                  title="Written at headquarters"))
    for workbook in (ahead, headquarters, ahead):
        sync_now(workbook, tokens)
    assert mission_by_code(ahead, "CI-M1").title == "Written two days ahead"
    assert mission_by_code(headquarters, "CI-M1").title == "Written two days ahead"
    history = [item.fields.get("title") for item in headquarters.history(Mission, world.mission_ci1)]
    assert "Written at headquarters" in history


def test_what_headquarters_creates_from_its_command_line_reaches_the_expert(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = signed_in(laptops["laptop"], tokens, hub, "marie")
    sync_now(laptop, tokens)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    for argv in (["mission", "add", "--action", "CI-2026-01", "--code", "CI-M3", "--title",
                  "National strategy", "--start", "2026-09-07", "--end", "2026-09-18"],
                 ["assign", "--mission", "CI-M3", "--expert", "marie", "--days", "A1=5"]):
        assert hub_main(["--db", hub.db.url, *argv]) == 0
    report = sync_now(laptop, tokens)
    assert report.pulled >= 3
    mission = mission_by_code(laptop, "CI-M3")
    assert [entry.expert.id for entry in laptop.mission_details(mission.id).team] == [world.marie.expert_id]
    assert sum(a.half_days for a in laptop.mission_details(mission.id).allocations) == 10


def test_sync_runs_in_a_worker_thread_while_the_person_keeps_writing(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    laptop = signed_in(laptops["laptop"], tokens, hub, "marie")
    sync_now(laptop, tokens)
    mission = mission_by_code(laptop, "CI-M1")
    laptop.save(*[Counterpart(new_id(), mission.id, f"Before {n}") for n in range(300)])
    failures: list[BaseException] = []

    def work() -> None:
        try:
            sync_now(laptop, tokens)
        except BaseException as error:  # handed to the main thread's assertion
            failures.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    written = 0
    while worker.is_alive() and written < 200:
        laptop.save(Counterpart(new_id(), mission.id, f"During {written}"))
        written += 1
    worker.join(60)
    assert failures == [] and written > 0
    sync_now(laptop, tokens)
    assert laptop.pending_change_count() == 0
    names = {c.name for c in laptop.all(Counterpart) if c.mission_id == mission.id}
    assert {f"Before {n}" for n in range(300)} | {f"During {n}" for n in range(written)} <= names


def test_two_syncs_of_one_workspace_at_once_apply_each_change_once(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore, tmp_path: Path) -> None:
    laptop = signed_in(laptops["laptop"], tokens, hub, "marie")
    sync_now(laptop, tokens)
    mission = mission_by_code(laptop, "CI-M1")
    world.jurate.push_ok([world.jurate.device.insert(Counterpart(new_id(), mission.id, f"Agent {n}"))
                          for n in range(600)])
    laptop.save(*[Counterpart(new_id(), mission.id, f"Mine {n}") for n in range(300)])
    other = Workbook.open(tmp_path / "laptop")  # the same workspace, opened a second time
    failures: list[BaseException] = []

    def run(workbook: Workbook) -> None:
        try:
            SyncEngine(workbook, HubClient(hub.url, tokens.load(hub.url, "marie")), pull_limit=50,
                       batch_changes=50).sync()
        except BaseException as error:  # handed to the main thread's assertion
            failures.append(error)

    try:
        workers = [threading.Thread(target=run, args=(workbook,)) for workbook in (laptop, other)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(120)
    finally:
        other.close()
    assert failures == []
    assert laptop.pending_change_count() == 0
    with Session(laptop.engine) as session:
        ids = list(session.scalars(select(m.ChangeRow.id)))
    assert len(ids) == len(set(ids))
    assert len([c for c in laptop.all(Counterpart) if c.mission_id == mission.id]) == 900


def test_a_cancelled_sync_stops_after_a_committed_batch_and_resumes_there(
        hub: Hub, world: World, laptops: dict[str, Workbook], tokens: TokenStore) -> None:
    """Cancelled after its first batch pushed, then (on another laptop) after its second page pulled,
    each sync is resumed by the next: everything arrives once, nothing is lost or held twice."""
    laptop = signed_in(laptops["first"], tokens, hub, "marie")
    sync_now(laptop, tokens)
    mission = mission_by_code(laptop, "CI-M1")
    laptop.save(*[Counterpart(new_id(), mission.id, f"Agent {n}") for n in range(25)])
    told: list[SyncProgress] = []
    client = HubClient(hub.url, tokens.load(hub.url, "marie"))
    cancelling = SyncEngine(laptop, client, batch_changes=10, progress=told.append, cancelled=lambda: True)
    with pytest.raises(SyncCancelled):
        cancelling.sync()
    assert told == [SyncProgress(10, 25, 0, False)]
    assert laptop.pending_change_count() == 15
    told.clear()
    report = SyncEngine(laptop, client, batch_changes=10, progress=told.append).sync()
    assert report.pushed == 15 and laptop.pending_change_count() == 0
    assert [(step.sent, step.to_send) for step in told if not step.receiving] == [(10, 15), (15, 15)]
    with hub.db.read() as session:
        count = session.scalar(select(func.count()).select_from(ChangeLogRow).where(
            ChangeLogRow.device_id == laptop.device_id))
    assert count == 25
    with laptop.read_session() as local:
        everything = local.scalar(select(func.count()).select_from(m.ChangeRow)) or 0  # what marie may see

    other = signed_in(laptops["second"], tokens, hub, "marie")
    pages: list[SyncProgress] = []
    other_client = HubClient(hub.url, tokens.load(hub.url, "marie"))
    engine = SyncEngine(other, other_client, pull_limit=7, progress=pages.append,
                        cancelled=lambda: len(pages) == 2)
    with pytest.raises(SyncCancelled):
        engine.sync()
    assert [step.received for step in pages] == [7, 14] and all(step.receiving for step in pages)
    assert SyncEngine(other, other_client, pull_limit=7).pull() == everything - 14
    assert snapshot(other) == snapshot(laptop)
    with other.read_session() as local:
        assert local.scalar(select(func.count()).select_from(m.ChangeRow)) == everything
    client.close()
    other_client.close()
