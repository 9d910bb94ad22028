"""Property: two laptops and headquarters, editing one mission with skewed clocks, syncing in any order,
with pushes replayed and pulled changes applied again out of order, end up identical."""

from __future__ import annotations

import dataclasses
import itertools
import random
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from socieux_desktop.domain.clock import HybridLogicalClock, wall_clock_ms
from socieux_desktop.domain.model import Counterpart, Mission, new_id
from socieux_desktop.store import models as m
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync import protocol
from socieux_desktop.sync.commands import sign_in, signed_in_client, sync_now
from socieux_desktop.sync.credentials import TokenStore
from socieux_desktop.sync.engine import SyncEngine, to_change
from socieux_hub.models import RecordRow
from tests.sync.conftest import PASSWORD, Hub

REPLICAS = ("first laptop", "second laptop", "headquarters")
DAY_MS = 24 * 3600 * 1000
_codes = itertools.count(1)

replica = st.integers(0, len(REPLICAS) - 1)
words = st.sampled_from(["Diagnostic", "Estrategia", "Stratégie nationale", "Plan", "Rapport", "Ñandú"])
step = st.one_of(
    st.tuples(st.just("title"), replica, words),
    st.tuples(st.just("title"), replica, words),
    st.tuples(st.just("terms"), replica, words),
    st.tuples(st.just("add counterpart"), replica, words),
    st.tuples(st.just("rename counterpart"), replica, st.integers(0, 5), words),
    st.tuples(st.just("delete counterpart"), replica, st.integers(0, 5)),
    st.tuples(st.just("sync"), replica),
    st.tuples(st.just("replay push"), replica, st.integers(0, 2**32)),
    st.tuples(st.just("apply pulled again"), replica, st.integers(0, 2**32)),
)


def mission_records(workbook: Workbook, mission_id: str) -> dict[tuple[str, str], dict[str, Any]]:
    result: dict[tuple[str, str], dict[str, Any]] = {}
    with Session(workbook.engine) as session:
        for entity, row_type in (("mission", m.MissionRow), ("counterpart", m.CounterpartRow)):
            key_column = row_type.id if entity == "mission" else m.CounterpartRow.mission_id
            for row in session.scalars(select(row_type).where(key_column == mission_id)):
                names = [column.key for column in row_type.__table__.columns]
                result[(entity, row.id)] = {name: getattr(row, name) for name in names}
    return result


def hub_records(hub: Hub, mission_id: str) -> dict[tuple[str, str], dict[str, Any]]:
    with hub.db.read() as session:
        rows = session.scalars(select(RecordRow).where(
            RecordRow.mission_id == mission_id, RecordRow.entity.in_(("mission", "counterpart"))))
        return {(row.entity, row.id): dict(row.data) for row in rows}


def skewed(workbook: Workbook, skew_ms: int) -> None:
    """Give the laptop a clock that is wrong by ``skew_ms`` (an HLC never refuses it)."""
    workbook.clock = HybridLogicalClock(workbook.device_id, now_ms=lambda: wall_clock_ms() + skew_ms)


def live_counterparts(workbook: Workbook, mission_id: str) -> list[Counterpart]:
    return sorted((c for c in workbook.all(Counterpart) if c.mission_id == mission_id), key=lambda c: c.id)


def make_step(workbooks: list[Workbook], tokens: TokenStore, mission_id: str,
              ) -> Callable[[tuple[Any, ...]], None]:
    def run(action: tuple[Any, ...]) -> None:
        kind, index = action[0], action[1]
        workbook = workbooks[index]
        mission = workbook.get(Mission, mission_id)
        assert mission is not None
        if kind == "title":
            workbook.save_mission(dataclasses.replace(mission, title=f"{action[2]} {index}"))
        elif kind == "terms":
            workbook.save_mission(dataclasses.replace(mission, terms_of_reference=action[2]))
        elif kind == "add counterpart":
            workbook.save(Counterpart(new_id(), mission_id, f"{action[2]} ({REPLICAS[index]})"))
        elif kind in ("rename counterpart", "delete counterpart"):
            existing = live_counterparts(workbook, mission_id)
            if existing:
                chosen = existing[action[2] % len(existing)]
                if kind == "delete counterpart":
                    workbook.delete(Counterpart, chosen.id)
                else:
                    workbook.save(dataclasses.replace(chosen, name=action[3]))
        elif kind == "sync":
            sync_now(workbook, tokens)
        elif kind == "replay push":
            replay_sent(workbook, tokens, random.Random(action[2]))
        else:
            apply_pulled_again(workbook, tokens, random.Random(action[2]))
    return run


def replay_sent(workbook: Workbook, tokens: TokenStore, rng: random.Random) -> None:
    """Push again, shuffled, changes the hub already has (an answer lost on the way)."""
    with Session(workbook.engine) as session:
        sent = [to_change(row) for row in session.scalars(select(m.ChangeRow).where(
            m.ChangeRow.device_id == workbook.device_id, m.ChangeRow.server_seq.is_not(None)))]
    if not sent:
        return
    batch = rng.sample(sent, rng.randint(1, len(sent)))
    unnumbered = tuple(dataclasses.replace(change, server_seq=None) for change in batch)
    client = signed_in_client(workbook, tokens)
    answer = client.push(protocol.PushRequest(workbook.device_id, unnumbered))
    assert [r.server_seq for r in answer.results] == [change.server_seq for change in batch]


def apply_pulled_again(workbook: Workbook, tokens: TokenStore, rng: random.Random) -> None:
    """Apply again, in another order, changes pulled before (a page delivered twice)."""
    with Session(workbook.engine) as session:
        pulled = [to_change(row) for row in session.scalars(select(m.ChangeRow).where(
            m.ChangeRow.device_id != workbook.device_id))]
        cursor = session.get(m.MetaRow, "sync_cursor")
    if not pulled or cursor is None:
        return
    rng.shuffle(pulled)
    SyncEngine(workbook, signed_in_client(workbook, tokens)).apply_page(pulled, cursor.value)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(skews=st.lists(st.one_of(st.sampled_from([-3 * DAY_MS, -60_000, 0, 60_000, 3 * DAY_MS]),
                                st.integers(-3 * DAY_MS, 3 * DAY_MS)), min_size=3, max_size=3),
       steps=st.lists(step, max_size=25), final_order=st.permutations(range(len(REPLICAS))))
def test_three_replicas_converge_whatever_the_order(
        hub: Hub, tokens: TokenStore, skews: list[int], steps: list[tuple[Any, ...]],
        final_order: list[int]) -> None:
    code = f"CI-P{next(_codes)}"
    if not hub.admin.users():
        hub.admin.add_user("marie", "expert", PASSWORD, name="Marie Lefèvre")
        hub.admin.add_user("coordinator", "coordinator", PASSWORD)
        hub.admin.add_action("CI-2026-01", "Quality of services in 129 social centres",
                             "Direction de l'Action Sociale", "CI")
        hub.admin.add_activity("CI-2026-01", "A1", "Diagnostic of the social centres")
    mission_id = hub.admin.add_mission("CI-2026-01", code, "Diagnostic", "2026-03-02", "2026-03-13")
    hub.admin.assign(code, "marie", "lead_expert", [("A1", "8")])
    with tempfile.TemporaryDirectory() as folder:
        workbooks = [Workbook.open(Path(folder) / name) for name in REPLICAS]
        try:
            for workbook, user, skew in zip(workbooks, ("marie", "marie", "coordinator"), skews, strict=True):
                skewed(workbook, skew)
                sign_in(workbook, tokens, hub.url, user, PASSWORD)
                sync_now(workbook, tokens)
            run = make_step(workbooks, tokens, mission_id)
            for action in steps:
                run(action)
            for index in [*final_order, *final_order]:
                sync_now(workbooks[index], tokens)
            states = [mission_records(workbook, mission_id) for workbook in workbooks]
            assert states[0] == states[1] == states[2]
            assert states[0] == hub_records(hub, mission_id)  # and the hub's merge agrees
            assert all(workbook.pending_change_count() == 0 for workbook in workbooks)
        finally:
            for workbook in workbooks:
                workbook.close()
