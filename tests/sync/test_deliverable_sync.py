"""Deliverables through the real hub on loopback: the record merges field by field, the text as CRDT updates.

Three workspaces of one mission (two experts' laptops and headquarters) edit several deliverables offline
at once (random inserts and deletes in random sections), then sync in random orders, again and again (with
compactions between), and end with the same text holding every device's markers; the same through exported
files merged in random orders. An expert not on the mission never receives a deliverable or its text.
Workshop attendance syncs field by field with the mission.
"""

from __future__ import annotations

import dataclasses
import functools
import random
import re
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socieux_desktop.collab.attendance import WorkshopLog
from socieux_desktop.collab.document import DeliverableDocument, Field
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.collab.workshop import Participant
from socieux_desktop.domain.deliverables import (
    Deliverable,
    DeliverableKind,
    DeliverableLanguage,
    DeliverableStatus,
)
from socieux_desktop.domain.model import Sex, new_id
from socieux_desktop.store import models as m
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync import protocol
from socieux_desktop.sync.commands import sign_in, signed_in_client, sync_now
from socieux_desktop.sync.credentials import TokenStore
from socieux_desktop.sync.engine import SyncEngine
from socieux_hub.models import ChangeLogRow, RecordRow
from tests.sync.conftest import PASSWORD, Hub

DEVICES = ("marie", "jurate", "coordinator")
MARKER = re.compile(r"<[0-9]\.[0-9]+>")


@dataclasses.dataclass
class Team:
    mission_id: str
    workbooks: list[Workbook]
    stores: list[DeliverableStore]
    outsider: Workbook


@pytest.fixture
def team(hub: Hub, tokens: TokenStore, laptops: dict[str, Workbook]) -> Team:
    admin = hub.admin
    for name in ("marie", "jurate", "pedro"):
        admin.add_user(name, "expert", PASSWORD, name=name.title())
    admin.add_user("coordinator", "coordinator", PASSWORD)
    admin.add_action("CI-2026-01", "Quality of services in 129 social centres",
                     "Direction de l'Action Sociale", "CI")
    admin.add_activity("CI-2026-01", "A1", "Diagnostic of the social centres")
    mission_id = admin.add_mission("CI-2026-01", "CI-M1", "Diagnostic", "2026-03-02", "2026-03-13")
    admin.add_action("PE-2026-02", "Green jobs in the Amazon", "Ministerio de Trabajo", "PE")
    admin.add_activity("PE-2026-02", "A1", "Green jobs diagnostic")
    admin.add_mission("PE-2026-02", "PE-M1", "Green jobs", "2026-04-06", "2026-04-17")
    admin.assign("CI-M1", "marie", "lead_expert", [("A1", "8")])
    admin.assign("CI-M1", "jurate", "expert", [("A1", "6")])
    admin.assign("PE-M1", "pedro", "expert", [("A1", "6")])
    workbooks = []
    for name in (*DEVICES, "pedro"):
        workbook = laptops[name]
        sign_in(workbook, tokens, hub.url, name, PASSWORD)
        sync_now(workbook, tokens)
        workbooks.append(workbook)
    return Team(mission_id, workbooks[:3], [DeliverableStore(w) for w in workbooks[:3]], workbooks[3])


def create_deliverables(team: Team, tokens: TokenStore, count: int) -> list[str]:
    """``count`` deliverables written on the first laptop, then everyone synced (seeded from one update)."""
    kinds = list(DeliverableKind)
    ids = []
    for index in range(count):
        deliverable = Deliverable(new_id(), team.mission_id, kinds[index % len(kinds)],
                                  f"Deliverable {index}", list(DeliverableLanguage)[index % 3])
        team.stores[0].create(deliverable)
        ids.append(deliverable.id)
    for workbook in team.workbooks:
        sync_now(workbook, tokens)
    return ids


def edit(document: DeliverableDocument, device: int, counter: list[int], rng: random.Random,
         steps: int) -> None:
    """Random inserts (a marker ``<device.n>`` or filler, never inside a marker) and deletes of filler in
    random sections: whatever the merge, every marker must stay whole."""
    for _ in range(steps):
        section = rng.choice(document.sections())
        text = section.body
        if rng.random() < 0.3 and text:
            fillers = [match.span() for match in re.finditer(r"x+", text)]
            if fillers:
                start, stop = rng.choice(fillers)
                at = rng.randrange(start, stop)
                document.delete(section.id, Field.BODY, at, rng.randint(1, stop - at))
                continue
        counter[0] += 1
        value = f"<{device}.{counter[0]}>" if rng.random() < 0.5 else "x" * rng.randint(1, 6)
        inside = {at for match in MARKER.finditer(text) for at in range(match.start() + 1, match.end())}
        document.insert(section.id, Field.BODY, rng.choice([at for at in range(len(text) + 1)
                                                             if at not in inside]), value)


def pull_again(workbook: Workbook, tokens: TokenStore, rng: random.Random) -> None:
    """Pull everything again from the start, each page's changes shuffled (a cursor lost, pages
    delivered twice and in another order): updates held are skipped, those folded into a snapshot come
    back harmlessly, new ones are stored in the hub's order."""
    client = signed_in_client(workbook, tokens)
    engine = SyncEngine(workbook, client)
    with Session(workbook.engine) as session:
        cursor = session.get(m.MetaRow, "sync_cursor")
    assert cursor is not None
    position = protocol.INITIAL_CURSOR
    while True:
        page = client.pull(position, workbook.device_id, 40)
        changes = list(page.changes)
        rng.shuffle(changes)
        engine.apply_page(changes, cursor.value)
        position = page.cursor
        if not page.more:
            break
    engine.materialise_waiting()


def apply_to_open(store: DeliverableStore, opened: dict[str, DeliverableDocument], deliverable_id: str,
                  update: bytes) -> None:
    store.apply_pulled(opened[deliverable_id], update)


def markers_of(store: DeliverableStore, deliverable_id: str) -> set[str]:
    return set(MARKER.findall(store.load(deliverable_id).markdown()))


def text_rows(workbook: Workbook) -> tuple[int, int]:
    """(deliverable rows, text update rows or changes) this workspace holds."""
    with Session(workbook.engine) as session:
        deliverables = session.scalar(select(func.count()).select_from(m.DeliverableRow)) or 0
        updates = session.scalar(select(func.count()).select_from(m.DeliverableUpdateRow)) or 0
        changes = session.scalar(select(func.count()).select_from(m.ChangeRow).where(
            m.ChangeRow.entity.in_(("deliverable", protocol.TEXT_UPDATE)))) or 0
    return deliverables, updates + changes


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_three_devices_editing_offline_converge_through_the_hub(
        hub: Hub, tokens: TokenStore, team: Team, seed: int) -> None:
    rng = random.Random(seed)
    ids = create_deliverables(team, tokens, 3)
    counters = [[0] for _ in DEVICES]
    inserted: list[set[str]] = [set() for _ in ids]
    # Each device keeps its documents open, as the editor does: edits are saved as they happen, and
    # updates sync brings are applied through on_pulled/apply_pulled (here in the same thread).
    documents = [{d: store.open(d) for d in ids} for store in team.stores]
    for store, opened in zip(team.stores, documents, strict=True):
        store.on_pulled(functools.partial(apply_to_open, store, opened))
    for _round in range(4):
        for device in range(len(DEVICES)):
            for deliverable_id in rng.sample(ids, rng.randint(1, len(ids))):
                edit(documents[device][deliverable_id], device, counters[device], rng, rng.randint(1, 12))
        for index, deliverable_id in enumerate(ids):
            for store in team.stores:
                inserted[index] |= markers_of(store, deliverable_id)
        if rng.random() < 0.5:  # compaction with updates not pushed yet: nothing may be lost
            team.stores[rng.randrange(len(DEVICES))].compact(rng.choice(ids))
        for device in rng.choices(range(len(DEVICES)), k=rng.randint(1, 4)):
            sync_now(team.workbooks[device], tokens)
        if rng.random() < 0.5:  # a page delivered again, in another order: nothing changes
            pull_again(team.workbooks[rng.randrange(len(DEVICES))], tokens, rng)
    order = list(range(len(DEVICES)))
    rng.shuffle(order)
    for device in order * 2:
        sync_now(team.workbooks[device], tokens)
    for index, deliverable_id in enumerate(ids):
        texts = [store.load(deliverable_id).sections() for store in team.stores]
        assert texts[0] == texts[1] == texts[2]
        assert markers_of(team.stores[0], deliverable_id) == inserted[index]
        assert len(inserted[index]) > 0
        for device in range(len(DEVICES)):  # the open documents learnt every pulled update too
            assert documents[device][deliverable_id].sections() == texts[0]
    assert all(workbook.pending_change_count() == 0 for workbook in team.workbooks)
    # The outsider, on another mission, never received a deliverable or a byte of their text.
    sync_now(team.outsider, tokens)
    assert text_rows(team.outsider) == (0, 0)


def test_an_applied_pulled_update_is_not_stored_or_pushed_again(hub: Hub, tokens: TokenStore,
                                                                   team: Team) -> None:
    [deliverable_id] = create_deliverables(team, tokens, 1)
    marie, jurate = team.stores[0], team.stores[1]
    open_at_jurate = jurate.open(deliverable_id)
    received: list[tuple[str, bytes]] = []
    stop = jurate.on_pulled(lambda d, update: received.append((d, update)))
    document = marie.open(deliverable_id)
    section = document.sections()[1]
    document.insert(section.id, Field.BODY, 0, "Findings of the week")
    sync_now(team.workbooks[0], tokens)
    rows_before = jurate.row_count(deliverable_id)
    sync_now(team.workbooks[1], tokens)
    assert [d for d, _ in received] == [deliverable_id]
    assert jurate.row_count(deliverable_id) == rows_before + 1
    jurate.apply_pulled(open_at_jurate, received[0][1])
    assert open_at_jurate.section(section.id).body == "Findings of the week"
    assert jurate.row_count(deliverable_id) == rows_before + 1  # not stored a second time
    assert team.workbooks[1].pending_change_count() == 0  # nor sent back
    stop()
    document.insert(section.id, Field.BODY, 0, "More. ")
    sync_now(team.workbooks[0], tokens)
    sync_now(team.workbooks[1], tokens)
    assert len(received) == 1  # stopped listening
    assert jurate.load(deliverable_id).section(section.id).body == "More. Findings of the week"


def test_the_record_merges_field_by_field(hub: Hub, tokens: TokenStore, team: Team) -> None:
    [deliverable_id] = create_deliverables(team, tokens, 1)
    marie, jurate = team.stores[0], team.stores[1]
    deliverable = marie.get(deliverable_id)
    team.workbooks[0].save(dataclasses.replace(deliverable, title="Diagnostic report"))
    team.workbooks[1].save(dataclasses.replace(jurate.get(deliverable_id), status=DeliverableStatus.SHARED))
    for workbook in (*team.workbooks, *team.workbooks):
        sync_now(workbook, tokens)
    expected = dataclasses.replace(deliverable, title="Diagnostic report", status=DeliverableStatus.SHARED)
    assert [store.get(deliverable_id) for store in team.stores] == [expected] * 3


@pytest.mark.parametrize("seed", [4, 5, 6])
def test_three_devices_converge_through_exported_files(
        hub: Hub, tokens: TokenStore, team: Team, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    ids = create_deliverables(team, tokens, 2)  # then offline: only files travel
    counters = [[0] for _ in DEVICES]
    inserted: list[set[str]] = [set() for _ in ids]
    for _round in range(4):
        for device, store in enumerate(team.stores):
            for deliverable_id in rng.sample(ids, rng.randint(1, len(ids))):
                document = store.open(deliverable_id)
                edit(document, device, counters[device], rng, rng.randint(1, 10))
                inserted[ids.index(deliverable_id)] |= set(MARKER.findall(document.markdown()))
        for _exchange in range(rng.randint(1, 5)):
            sender, receiver = rng.sample(range(len(DEVICES)), 2)
            deliverable_id = rng.choice(ids)
            path = tmp_path / f"{rng.random()}.socieux-deliverable"
            team.stores[sender].export_file(deliverable_id, path)
            team.stores[receiver].merge_file(deliverable_id, path)
    for deliverable_id in ids:  # everyone's file to everyone, in a random order
        paths = []
        for device in rng.sample(range(len(DEVICES)), len(DEVICES)):
            paths.append(tmp_path / f"final-{device}-{deliverable_id}.socieux-deliverable")
            team.stores[device].export_file(deliverable_id, paths[-1])
        for device in range(len(DEVICES)):
            for path in rng.sample(paths, len(paths)):
                team.stores[device].merge_file(deliverable_id, path)
    for index, deliverable_id in enumerate(ids):
        texts = [store.load(deliverable_id).sections() for store in team.stores]
        assert texts[0] == texts[1] == texts[2]
        assert markers_of(team.stores[0], deliverable_id) == inserted[index] != set()
    # The updates merged from files reach the hub like any edit: syncing afterwards changes no text.
    for workbook in (*team.workbooks, *team.workbooks):
        sync_now(workbook, tokens)
    for deliverable_id in ids:
        assert len({str(store.load(deliverable_id).sections()) for store in team.stores}) == 1


def test_the_hub_scopes_text_updates_to_the_mission(hub: Hub, tokens: TokenStore, team: Team) -> None:
    [deliverable_id] = create_deliverables(team, tokens, 1)
    document = team.stores[0].open(deliverable_id)
    document.insert(document.sections()[0].id, Field.BODY, 0, "Confidential findings")
    sync_now(team.workbooks[0], tokens)
    with hub.db.read() as session:
        scopes = list(session.scalars(select(ChangeLogRow.scope).where(
            ChangeLogRow.entity == protocol.TEXT_UPDATE)))
        records = [(sorted(row.data), row.mission_id) for row in session.scalars(select(RecordRow).where(
            RecordRow.entity == protocol.TEXT_UPDATE))]
    assert scopes == [f"mission:{team.mission_id}"] * 2
    # The bytes are kept once, in the log the hub relays; the record only routes them.
    assert records == [(["deleted", "deliverable_id", "id", "mission_id"], team.mission_id)] * 2
    pedro = hub.login("pedro")
    changes, _, _ = pedro.pull_all()
    assert not [c for c in changes if c.entity in ("deliverable", protocol.TEXT_UPDATE)]
    jurate_changes, _, _ = hub.login("jurate").pull_all()
    assert sum(c.entity == protocol.TEXT_UPDATE for c in jurate_changes) == 2


def test_the_hub_refuses_a_text_update_or_workshop_of_another_mission_or_for_an_unknown_deliverable(
        hub: Hub, tokens: TokenStore, team: Team) -> None:
    [deliverable_id] = create_deliverables(team, tokens, 1)
    other_mission = hub.admin.add_mission("CI-2026-01", "CI-M9", "Later", "2026-06-01", "2026-06-05")
    hub.admin.assign("CI-M9", "marie", "expert", [("A1", "2")])
    marie = hub.login("marie")
    update = protocol.encode_update(DeliverableDocument.create(deliverable_id, ["Other"]).encode_state())

    def text_update(deliverable: str, mission: str) -> dict[str, object]:
        update_id = new_id()
        return marie.device.change(protocol.TEXT_UPDATE, update_id, "insert", {
            "id": update_id, "deliverable_id": deliverable, "mission_id": mission, "data": update,
            "deleted": False})

    before = hub.change_count()
    answer = marie.push([text_update(deliverable_id, other_mission)])
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "scope_moved"
    answer = marie.push([text_update(new_id(), team.mission_id)])
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "unknown_record"
    workshop_id = new_id()
    answer = marie.push([marie.device.change(protocol.WORKSHOP, workshop_id, "insert", {
        "id": workshop_id, "mission_id": other_mission, "deliverable_id": deliverable_id,
        "started_at": "2026-03-04T09:00:00+00:00", "ended_at": "", "deleted": False})])
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "scope_moved"
    changed = text_update(deliverable_id, team.mission_id)
    changed["op"] = "update"
    answer = marie.push([changed])
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "invalid_change"
    assert hub.change_count() == before
    assert marie.push_ok([text_update(deliverable_id, team.mission_id)])


def test_workshop_attendance_syncs_with_the_mission_only(hub: Hub, tokens: TokenStore, team: Team) -> None:
    [deliverable_id] = create_deliverables(team, tokens, 1)
    marie, jurate = WorkshopLog(team.workbooks[0]), WorkshopLog(team.workbooks[1])
    workshop_id = marie.start(team.mission_id, deliverable_id)
    joined = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
    awa = Participant(new_id(), "Awa Koné", "Ministère de la Solidarité", Sex.FEMALE, joined)
    jose = Participant(new_id(), "José Ñúñez", "", None, joined + timedelta(minutes=3))
    marie.record(workshop_id, awa)
    marie.record(workshop_id, jose)
    for workbook in team.workbooks:
        sync_now(workbook, tokens)
    # Concurrently: the host makes José read-only and ends the workshop; a colleague corrects Awa's
    # institution. Field by field, both survive.
    marie.record(workshop_id, dataclasses.replace(jose, read_only=True))
    marie.end(workshop_id)
    jurate.record(workshop_id, dataclasses.replace(awa, institution="Ministère de la Solidarité (DAS)"))
    for workbook in (*team.workbooks, *team.workbooks):
        sync_now(workbook, tokens)
    logs = [WorkshopLog(workbook) for workbook in team.workbooks]
    workshops = [log.of_mission(team.mission_id) for log in logs]
    assert workshops[0] == workshops[1] == workshops[2] and len(workshops[0]) == 1
    assert workshops[0][0].ended_at is not None
    attendees = [log.participants(workshop_id) for log in logs]
    assert attendees[0] == attendees[1] == attendees[2]
    assert [(a.name, a.institution, a.sex, a.read_only) for a in attendees[0]] == [
        ("Awa Koné", "Ministère de la Solidarité (DAS)", Sex.FEMALE, False), ("José Ñúñez", "", None, True)]
    sync_now(team.outsider, tokens)
    assert WorkshopLog(team.outsider).of_mission(team.mission_id) == []
    with Session(team.outsider.engine) as session:
        assert session.scalar(select(func.count()).select_from(m.ChangeRow).where(
            m.ChangeRow.entity.in_(protocol.ATTENDANCE_ENTITIES))) == 0


def text_changes(workbook: Workbook) -> tuple[int, int]:
    """(text update changes held, of them not pushed yet)."""
    with Session(workbook.engine) as session:
        rows = list(session.scalars(select(m.ChangeRow.server_seq).where(
            m.ChangeRow.entity == protocol.TEXT_UPDATE)))
    return len(rows), sum(seq is None for seq in rows)


def test_compaction_keeps_unpushed_updates_and_sends_no_deletes(hub: Hub, tokens: TokenStore,
                                                               team: Team) -> None:
    [deliverable_id] = create_deliverables(team, tokens, 1)
    marie, jurate = team.stores[0], team.stores[1]
    document = marie.open(deliverable_id)
    section = document.sections()[0].id
    for word in ("one ", "two ", "three ", "four ", "five "):
        document.insert(section, Field.BODY, len(document.text(section)), word)
    assert text_changes(team.workbooks[0]) == (6, 5)  # the first update is on the hub already
    hub_before = hub.change_count()
    compaction = marie.compact(deliverable_id)
    assert (compaction.rows_before, compaction.rows_after) == (6, 1)
    assert text_changes(team.workbooks[0]) == (5, 5)  # the outbox keeps what the hub lacks, bytes and all
    assert hub.change_count() == hub_before  # compaction sent nothing
    sync_now(team.workbooks[0], tokens)
    assert hub.change_count() == hub_before + 5
    sync_now(team.workbooks[1], tokens)
    assert jurate.load(deliverable_id).text(section) == "one two three four five "
    # Once the hub has them, the next compaction lets their copies in the log go too: still no delete sent.
    document.insert(section, Field.BODY, 0, ">")
    marie.compact(deliverable_id)
    assert text_changes(team.workbooks[0]) == (1, 1)
    assert team.workbooks[0].pending_change_count() == 1
    sync_now(team.workbooks[0], tokens)
    assert hub.change_count() == hub_before + 6
    sync_now(team.workbooks[1], tokens)
    jurate.compact(deliverable_id)  # on the receiving side too; what arrives next follows the snapshot
    document.insert(section, Field.BODY, 1, "> ")
    sync_now(team.workbooks[0], tokens)
    sync_now(team.workbooks[1], tokens)
    assert jurate.row_count(deliverable_id) == 2
    assert jurate.load(deliverable_id).text(section) == ">> one two three four five "
    assert text_changes(team.workbooks[1]) == (1, 0)


def test_text_pulled_by_a_sync_thread_shows_in_the_open_editor_and_is_stored_once(
        qtbot: QtBot, hub: Hub, tokens: TokenStore, team: Team) -> None:
    """The app's path: a sync on a worker thread stores a colleague's edit; the deliverables tab hands it to
    the GUI thread and the open editor shows it, keeping the person's cursor, without storing it again."""
    from socieux_desktop.ui.deliverables import DeliverablesWidget

    [deliverable_id] = create_deliverables(team, tokens, 1)
    widget = DeliverablesWidget(team.workbooks[1])
    qtbot.addWidget(widget)
    widget.set_mission(team.mission_id)
    editor = widget.open_editor(deliverable_id)
    section = editor.document.sections()[1]
    editor.select_section(section.id)
    editor.body_edit.setFocus()
    qtbot.keyClicks(editor.body_edit, "mine")
    qtbot.waitUntil(lambda: editor.document.section(section.id).body == "mine")

    colleague = team.stores[0].open(deliverable_id)
    colleague.insert(section.id, Field.BODY, 0, "From Marie. ")
    sync_now(team.workbooks[0], tokens)
    rows_before = team.stores[1].row_count(deliverable_id)
    worker = threading.Thread(target=sync_now, args=(team.workbooks[1], tokens))
    worker.start()
    worker.join()

    merged = team.stores[1].load(deliverable_id).section(section.id).body
    assert merged in ("From Marie. mine", "mineFrom Marie. ")  # concurrent inserts at 0: either order
    qtbot.waitUntil(lambda: editor.body_edit.toPlainText() == merged)
    assert editor.body_edit.textCursor().position() == merged.index("mine") + 4  # still after "mine"
    assert team.stores[1].row_count(deliverable_id) == rows_before + 1  # stored by the sync, not again
    widget.close_windows()
    qtbot.wait(50)  # the closed editor is deleted before the fixtures close its workspace
    assert team.workbooks[1].text_listeners == []
