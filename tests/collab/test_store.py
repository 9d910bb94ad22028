from __future__ import annotations

import dataclasses
import json
import random
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from socieux_desktop.collab.document import DeliverableDocument
from socieux_desktop.collab.store import (
    DeliverableFileError,
    DeliverableStore,
    UnknownDeliverable,
    WrongDeliverable,
)
from socieux_desktop.domain.deliverables import (
    Deliverable,
    DeliverableAction,
    DeliverableKind,
    DeliverableLanguage,
    DeliverableStatus,
)
from socieux_desktop.domain.errors import Code, RuleViolation
from socieux_desktop.domain.gate import MAX_UPDATE_BYTES
from socieux_desktop.domain.model import new_id
from socieux_desktop.store import sync_state
from socieux_desktop.store.workbook import Workbook
from socieux_desktop.store.workspace import database_path
from tests.conftest import Sample, fill

MARKER = re.compile(r"<\d\.\d+>")
SQL_ROWS = "SELECT count(*) FROM deliverable_update WHERE deliverable_id = ?"


def report(sample: Sample, language: DeliverableLanguage = DeliverableLanguage.FR) -> Deliverable:
    return Deliverable(new_id(), sample.mission.id, DeliverableKind.MISSION_REPORT, "Rapport de mission",
                       language)


def test_create_writes_the_entity_its_change_and_one_initial_update(workbook: Workbook,
                                                                    sample: Sample) -> None:
    store = DeliverableStore(workbook)
    deliverable = report(sample)
    created = store.create(deliverable)
    assert workbook.get(Deliverable, deliverable.id) == deliverable
    assert [item.op for item in workbook.history(Deliverable, deliverable.id)] == ["insert"]
    assert store.row_count(deliverable.id) == 1
    loaded = store.load(deliverable.id)
    assert loaded.sections() == created.sections()
    assert loaded.sections()[0].title == "Introduction" and loaded.sections()[2].title == "Activités"
    assert loaded.client_id != created.client_id
    assert store.of_mission(sample.mission.id) == [deliverable]


def test_a_refused_deliverable_writes_nothing(workbook: Workbook, sample: Sample) -> None:
    store = DeliverableStore(workbook)
    with pytest.raises(RuleViolation):
        store.create(Deliverable(new_id(), sample.mission.id, DeliverableKind.OTHER, " "))
    assert store.of_mission(sample.mission.id) == []


@pytest.mark.parametrize("title", ["Rapport\x00", "Rapport \ud800", "R" * 301, "Rapport\nde mission"])
def test_a_deliverable_whose_title_breaks_the_gate_writes_nothing(workbook: Workbook, sample: Sample,
                                                                  title: str) -> None:
    store = DeliverableStore(workbook)
    counts = workbook.pending_change_count()
    with pytest.raises(RuleViolation) as refused:
        store.create(dataclasses.replace(report(sample), title=title))
    assert refused.value.code in (Code.INVALID_CHARACTERS, Code.TEXT_TOO_LONG)
    assert store.of_mission(sample.mission.id) == [] and workbook.pending_change_count() == counts


def test_a_text_update_too_large_for_a_push_is_refused(workbook: Workbook, sample: Sample) -> None:
    store = DeliverableStore(workbook)
    deliverable = report(sample)
    store.create(deliverable)
    rows = store.row_count(deliverable.id)
    with pytest.raises(RuleViolation) as refused:
        store.append_update(deliverable.id, bytes(MAX_UPDATE_BYTES + 1))
    assert refused.value.code == Code.INVALID_FIELD and refused.value.finding.params["field"] == "data"
    assert store.row_count(deliverable.id) == rows


def test_open_saves_every_edit_in_its_own_committed_row(workbook: Workbook, sample: Sample,
                                                        data_dir: Path) -> None:
    store = DeliverableStore(workbook)
    deliverable = report(sample)
    store.create(deliverable)
    document = store.open(deliverable.id)
    section = document.sections()[0].id
    for number, char in enumerate("Bonjour"):
        document.insert_body(section, number, char)
        # Read by another connection, as after a crash: each edit is already on disk.
        with sqlite3.connect(database_path(data_dir)) as other:
            assert other.execute(SQL_ROWS, (deliverable.id,)).fetchone() == (number + 2,)
    assert store.load(deliverable.id).text(section) == "Bonjour"


def test_compaction_keeps_the_text_and_shrinks_the_rows(workbook: Workbook, sample: Sample) -> None:
    store = DeliverableStore(workbook)
    deliverable = report(sample)
    store.create(deliverable)
    document = store.open(deliverable.id)
    sections = [s.id for s in document.sections()]
    rng = random.Random(4)
    for _ in range(300):
        section = rng.choice(sections)
        text = document.text(section)
        if text and rng.random() < 0.3:
            document.delete_body(section, rng.randrange(len(text)), 1)
        else:
            document.insert_body(section, rng.randint(0, len(text)), rng.choice("aé😀 \n"))
    document.move_section(sections[0], 3)
    before = store.load(deliverable.id)
    assert store.row_count(deliverable.id) > 300
    done = store.compact(deliverable.id)
    assert done.rows_before > 300 and done.rows_after == 1 == store.row_count(deliverable.id)
    assert done.bytes_after < done.bytes_before
    after = store.load(deliverable.id)
    assert after.sections() == before.sections() and after.markdown() == before.markdown()
    # Edits after a compaction are kept on top of the snapshot, and compaction can run again.
    document.insert_body(sections[1], 0, "après ")
    assert store.load(deliverable.id).text(sections[1]).startswith("après ")
    store.compact(deliverable.id)
    assert store.load(deliverable.id).sections() == document.sections()


def test_unknown_deliverable(workbook: Workbook) -> None:
    with pytest.raises(UnknownDeliverable):
        DeliverableStore(workbook).get(new_id())


def test_status_workflow_goes_through_the_change_log(workbook: Workbook, sample: Sample) -> None:
    store = DeliverableStore(workbook)
    deliverable = report(sample)
    store.create(deliverable)
    with pytest.raises(RuleViolation) as refused:
        store.change_status(deliverable.id, DeliverableAction.SUBMIT)
    assert refused.value.code == Code.EMPTY_DELIVERABLE  # the template's titles alone are no text
    assert store.get(deliverable.id).status == DeliverableStatus.DRAFT
    document = store.open(deliverable.id)
    document.insert_body(document.sections()[0].id, 0, "La mission a commencé.")
    assert store.change_status(deliverable.id, DeliverableAction.SHARE) == DeliverableStatus.SHARED
    assert store.change_status(deliverable.id, DeliverableAction.SUBMIT) == DeliverableStatus.SUBMITTED
    assert store.get(deliverable.id).status == DeliverableStatus.SUBMITTED
    assert [item.fields.get("status") for item in workbook.history(Deliverable, deliverable.id)][1:] == [
        "shared", "submitted"]


def sign_in_as(workbook: Workbook, role: str) -> None:
    """Remember an account of this role, as signing in to the hub does."""
    with Session(workbook.engine) as session, session.begin():
        sync_state.set_account(session, sync_state.SyncAccount(
            "https://hub.socieux.eu", role, None, None, role))


@pytest.mark.parametrize("action", [DeliverableAction.APPROVE, DeliverableAction.RETURN])
def test_approving_and_returning_are_for_a_coordinator_only(
        workbook: Workbook, sample: Sample, action: str) -> None:
    store = DeliverableStore(workbook)
    deliverable = report(sample)
    store.create(deliverable)
    document = store.open(deliverable.id)
    document.insert_body(document.sections()[0].id, 0, "La mission a commencé.")
    store.change_status(deliverable.id, DeliverableAction.SUBMIT)
    changes = workbook.pending_change_count()
    for role in (None, sync_state.EXPERT):  # not signed in, then signed in as an expert
        if role is not None:
            sign_in_as(workbook, role)
        assert store.role() == sync_state.EXPERT
        with pytest.raises(RuleViolation) as refused:
            store.change_status(deliverable.id, action)
        assert refused.value.code == Code.HEADQUARTERS_ONLY
        assert refused.value.finding.params == {"action": action}
        assert store.get(deliverable.id).status == DeliverableStatus.SUBMITTED
        assert workbook.pending_change_count() == changes  # nothing written, nothing to send
    sign_in_as(workbook, sync_state.COORDINATOR)
    assert store.change_status(deliverable.id, action) in (DeliverableStatus.APPROVED,
                                                           DeliverableStatus.RETURNED)
    assert store.get(deliverable.id).status.by_headquarters


def test_a_deliverable_born_approved_is_a_coordinators_act(workbook: Workbook, sample: Sample) -> None:
    store = DeliverableStore(workbook)
    born = dataclasses.replace(report(sample), status=DeliverableStatus.APPROVED)
    with pytest.raises(RuleViolation) as refused:
        store.create(born)
    assert refused.value.code == Code.HEADQUARTERS_ONLY
    assert store.of_mission(sample.mission.id) == []
    sign_in_as(workbook, sync_state.COORDINATOR)
    store.create(born)
    assert store.get(born.id).status == DeliverableStatus.APPROVED


def two_workspaces(tmp_path: Path, sample: Sample) -> tuple[Workbook, Workbook]:
    first, second = Workbook.open(tmp_path / "marie"), Workbook.open(tmp_path / "jurate")
    fill(first, sample)
    fill(second, sample)
    return first, second


def test_export_and_merge_between_two_workspaces(tmp_path: Path) -> None:
    from tests.conftest import make_sample

    sample = make_sample()
    marie_book, jurate_book = two_workspaces(tmp_path, sample)
    try:
        marie, jurate = DeliverableStore(marie_book), DeliverableStore(jurate_book)
        deliverable = report(sample)
        marie.create(deliverable)
        marie.export_file(deliverable.id, tmp_path / "start.socieux-deliverable")
        # Jurate's copy starts from Marie's file: the deliverable reached her by sync (simulated here).
        jurate_book.save(deliverable)
        assert jurate.merge_file(deliverable.id, tmp_path / "start.socieux-deliverable")
        mine, theirs = marie.open(deliverable.id), jurate.open(deliverable.id)
        intro = mine.sections()[0].id
        mine.insert_body(intro, 0, "Marie : la mission a commencé le 2 mars.")
        theirs.insert_body(intro, 0, "Jūratė: visits in Abidjan and Bouaké.")
        theirs.add_section("Annexe")
        marie.export_file(deliverable.id, tmp_path / "marie.socieux-deliverable")
        jurate.export_file(deliverable.id, tmp_path / "jurate.socieux-deliverable")
        assert marie.merge_file(deliverable.id, tmp_path / "jurate.socieux-deliverable")
        assert jurate.merge_file(deliverable.id, tmp_path / "marie.socieux-deliverable")
        a, b = marie.load(deliverable.id), jurate.load(deliverable.id)
        assert a.sections() == b.sections()
        assert "la mission a commencé le 2 mars." in a.text(intro)
        assert "visits in Abidjan and Bouaké." in a.text(intro)
        assert a.sections()[-1].title == "Annexe"
        # Merging the same file again brings nothing and writes nothing.
        rows = marie.row_count(deliverable.id)
        assert not marie.merge_file(deliverable.id, tmp_path / "jurate.socieux-deliverable")
        assert marie.row_count(deliverable.id) == rows
    finally:
        marie_book.close()
        jurate_book.close()


def corrupt(path: Path, how: str) -> None:
    if how == "truncated":
        path.write_bytes(path.read_bytes()[:200])
    elif how == "not json":
        path.write_bytes(b"\x89PNG\r\n")
    else:
        envelope = json.loads(path.read_text(encoding="utf-8"))
        if how == "state changed":
            state = envelope["state"]
            envelope["state"] = state[:40] + ("A" if state[40] != "A" else "B") + state[41:]
        elif how == "bad base64":
            envelope["state"] = "***"
        elif how == "other format":
            envelope["format"] = "socieux-workspace"
        elif how == "newer version":
            envelope["version"] = 2
        path.write_text(json.dumps(envelope), encoding="utf-8")


@pytest.mark.parametrize("how", ["truncated", "not json", "state changed", "bad base64", "other format",
                                 "newer version"])
def test_a_corrupt_file_is_refused_and_the_document_unharmed(workbook: Workbook, sample: Sample,
                                                             tmp_path: Path, how: str) -> None:
    store = DeliverableStore(workbook)
    deliverable = report(sample)
    store.create(deliverable)
    document = store.open(deliverable.id)
    document.insert_body(document.sections()[0].id, 0, "texte")
    path = tmp_path / "copy.socieux-deliverable"
    store.export_file(deliverable.id, path)
    corrupt(path, how)
    before = (store.row_count(deliverable.id), store.load(deliverable.id).sections())
    with pytest.raises(DeliverableFileError):
        store.merge_file(deliverable.id, path)
    assert (store.row_count(deliverable.id), store.load(deliverable.id).sections()) == before


def test_another_deliverables_file_is_refused(workbook: Workbook, sample: Sample, tmp_path: Path) -> None:
    store = DeliverableStore(workbook)
    first, second = report(sample), report(sample, DeliverableLanguage.EN)
    store.create(first)
    store.create(second)
    path = tmp_path / "second.socieux-deliverable"
    store.export_file(second.id, path)
    before = store.load(first.id).sections()
    with pytest.raises(WrongDeliverable):
        store.merge_file(first.id, path)
    # Even with the envelope edited to name the first one, the text itself says whose it is.
    envelope = json.loads(path.read_text(encoding="utf-8"))
    envelope["deliverable"]["id"] = first.id
    path.write_text(json.dumps(envelope), encoding="utf-8")
    with pytest.raises(WrongDeliverable):
        store.merge_file(first.id, path)
    assert store.load(first.id).sections() == before
    assert store.row_count(first.id) == 1


# -- convergence -----------------------------------------------------------------------------------

edit = st.tuples(st.integers(0, 2), st.sampled_from(["insert", "delete", "add", "move", "title"]),
                 st.integers(0, 1000), st.text(alphabet="abé😀 \n", min_size=1, max_size=4))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(edit, min_size=1, max_size=40), seed=st.integers(0, 2**32))
def test_random_concurrent_edits_on_three_copies_converge(edits: list[tuple[int, str, int, str]],
                                                          seed: int) -> None:
    origin = DeliverableDocument.create("d-1", ["Intro", "Context"])
    copies = [DeliverableDocument.from_updates([origin.encode_state()]) for _ in range(3)]
    outboxes: list[list[bytes]] = [[] for _ in copies]
    for index, copy in enumerate(copies):
        copy.on_update(lambda update, _origin, box=outboxes[index]: box.append(update))
    markers = []
    rng = random.Random(seed)
    for number, (who, action, position, text) in enumerate(edits):
        copy = copies[who]
        sections = copy.sections()
        section = sections[position % len(sections)].id
        body = copy.text(section)
        spans = [match.span() for match in MARKER.finditer(body)]
        start = position % (len(body) + 1)
        length = min(len(body) - start, len(text))
        if action == "delete" and length and not any(s < start + length and start < e for s, e in spans):
            copy.delete_body(section, start, length)
        elif action in ("insert", "delete"):
            # Never inside a marker, so every marker stays whole.
            start = next((e for s, e in spans if s < start < e), start)
            marker = f"<{who}.{number}>"
            markers.append(marker)
            copy.insert_body(section, start, marker + text)
        elif action == "add":
            copy.add_section(text, index=position % (len(sections) + 1))
        elif action == "move":
            copy.move_section(section, position % len(sections))
        else:
            copy.set_title(section, text)
        # Some updates travel at once, in random order and sometimes twice.
        if rng.random() < 0.3:
            sender = rng.randrange(3)
            for update in rng.sample(outboxes[sender], len(outboxes[sender])):
                copies[(sender + 1) % 3].apply_update(update)
    # Then everything reaches everyone, shuffled, a third of it twice.
    for _ in range(2):
        for receiver in range(3):
            updates = [u for box in outboxes for u in box]
            rng.shuffle(updates)
            for update in updates + updates[: len(updates) // 3]:
                copies[receiver].apply_update(update)
    texts = [copy.sections() for copy in copies]
    assert texts[0] == texts[1] == texts[2]
    everything = copies[0].markdown()
    assert all(marker in everything for marker in markers)


def test_open_compacts_many_rows_first(workbook: Workbook, sample: Sample,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from socieux_desktop.collab import store as store_module

    monkeypatch.setattr(store_module, "COMPACT_AFTER_ROWS", 20)
    store = DeliverableStore(workbook)
    deliverable = report(sample)
    store.create(deliverable)
    document = store.open(deliverable.id)
    section = document.sections()[0].id
    for number in range(25):
        document.insert_body(section, number, "x")
    assert store.row_count(deliverable.id) == 26
    assert store.open(deliverable.id).text(section) == "x" * 25
    assert store.row_count(deliverable.id) == 1


def test_a_deleted_deliverable_is_a_tombstone_in_the_change_log(workbook: Workbook, sample: Sample) -> None:
    store = DeliverableStore(workbook)
    deliverable = report(sample)
    store.create(deliverable)
    workbook.delete(Deliverable, deliverable.id)
    with pytest.raises(UnknownDeliverable):
        store.get(deliverable.id)
    assert store.of_mission(sample.mission.id) == []
    assert [item.op for item in workbook.history(Deliverable, deliverable.id)] == ["insert", "delete"]
    workbook.save(deliverable)  # undo brings it back, its text intact
    assert store.load(deliverable.id).sections()[0].title == "Introduction"
