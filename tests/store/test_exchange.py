"""Workspace JSON: deterministic export, strict import in one transaction, through the change log."""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import json
import re
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from socieux_desktop.collab.annotations import Comments, Versions
from socieux_desktop.collab.attendance import Attendee, Workshop, WorkshopLog
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.collab.workshop import Participant
from socieux_desktop.demo import fill_demo, generate
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.model import ENTITY_TYPES, Counterpart, DayEntry, Expert, Mission, Sex, new_id
from socieux_desktop.domain.records import field_names
from socieux_desktop.store import exchange
from socieux_desktop.store.exchange import (
    FORMAT,
    MAX_IMAGE_BYTES,
    VERSION,
    ExchangeError,
    NewRecordWriter,
    WorkspaceNotEmpty,
    dumps,
    export_workspace,
    import_workspace,
    read_json,
    write_json,
)
from socieux_desktop.store.images import ATTACHMENTS_DIR, DeliverableImages
from socieux_desktop.store.models import DeliverableImageRow
from socieux_desktop.store.workbook import DEMO, REAL, Workbook
from tests.conftest import Sample, fill, make_sample

Document = dict[str, Any]


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Workbook]:
    book = Workbook.open(tmp_path / "target")
    yield book
    book.close()


@pytest.fixture
def demo_document(tmp_path: Path) -> Document:
    source = Workbook.open(tmp_path / "demo-source")
    try:
        fill_demo(source)
        return export_workspace(source)
    finally:
        source.close()


def round_trip(source: Workbook, tmp_path: Path, name: str) -> tuple[bytes, bytes]:
    first, second = tmp_path / f"{name}-1.json", tmp_path / f"{name}-2.json"
    write_json(source, first)
    copy_book = Workbook.open(tmp_path / f"{name}-copy")
    try:
        read_json(copy_book, first)
        write_json(copy_book, second)
    finally:
        copy_book.close()
    return first.read_bytes(), second.read_bytes()


def assert_untouched(book: Workbook) -> None:
    assert book.is_empty()
    assert book.all(Expert) == []
    assert book.pending_change_count() == 0
    assert book.setting("profile_expert_id") is None
    assert book.kind == REAL


def test_demo_round_trip_is_byte_identical(workbook: Workbook, tmp_path: Path) -> None:
    fill_demo(workbook)
    first, second = round_trip(workbook, tmp_path, "demo")
    assert first == second


def test_generated_round_trip_is_byte_identical(workbook: Workbook, tmp_path: Path) -> None:
    generate(workbook, 25, 2000, seed=11)
    first, second = round_trip(workbook, tmp_path, "generated")
    assert first == second
    assert json.loads(first)["entities"]["day_entry"].__len__() == 2000


def test_tombstones_travel_and_stay_deleted(workbook: Workbook, sample: Sample, tmp_path: Path) -> None:
    workbook.delete(Counterpart, sample.kouassi.id)
    first, second = round_trip(workbook, tmp_path, "tombstone")
    assert first == second
    records = {r["id"]: r for r in json.loads(first)["entities"]["counterpart"]}
    assert records[sample.kouassi.id]["deleted"] is True
    assert records[sample.awa.id]["deleted"] is False
    copy_book = Workbook.open(tmp_path / "tombstone-copy")
    try:
        assert copy_book.get(Counterpart, sample.kouassi.id) is None
        assert [h.op for h in copy_book.history(Counterpart, sample.kouassi.id)] == ["insert", "delete"]
        assert copy_book.kind == REAL
        assert copy_book.profile() == sample.marie
    finally:
        copy_book.close()


def test_the_text_is_sorted_indented_utf8_and_ends_with_a_newline(workbook: Workbook, tmp_path: Path) -> None:
    fill_demo(workbook)
    path = tmp_path / "demo.json"
    write_json(workbook, path)
    text = path.read_bytes().decode("utf-8")
    assert "Jūratė Kazlauskienė" in text and "\\u" not in text
    assert text.endswith("}\n") and text.startswith('{\n  "demo": true,\n  "entities": {\n')
    document = json.loads(text)
    assert (document["format"], document["version"]) == (FORMAT, VERSION)
    assert list(document) == sorted(document)
    for records in document["entities"].values():
        assert [r["id"] for r in records] == sorted(r["id"] for r in records)
        assert all(list(r) == sorted(r) for r in records)
    entry = document["entities"]["day_entry"][0]
    assert isinstance(entry["day"], str) and len(entry["day"]) == 10
    assert text == dumps(document)


def test_import_writes_every_record_through_the_change_log(demo_document: Document, target: Workbook) -> None:
    counts = import_workspace(target, demo_document)
    assert counts["mission"] == 6 and counts["day_entry"] == 122
    assert target.pending_change_count() == sum(counts.values())
    mission = demo_document["entities"]["mission"][0]
    history = target.history(Mission, mission["id"])
    assert [h.op for h in history] == ["insert"]
    assert history[0].fields == mission
    assert history[0].device_id == target.device_id
    assert target.kind == DEMO
    profile = target.profile()
    assert profile is not None and profile.name == "Nguyễn Thị Lan"


def test_a_later_write_continues_the_device_sequence(demo_document: Document, target: Workbook) -> None:
    import_workspace(target, demo_document)
    before = target.pending_change_count()
    entry = target.day_entries()[0]
    target.delete(DayEntry, entry.id)
    assert target.pending_change_count() == before + 1


def test_a_workspace_with_records_is_refused(workbook: Workbook, sample: Sample,
                                             demo_document: Document) -> None:
    changes = workbook.pending_change_count()
    with pytest.raises(WorkspaceNotEmpty, match="already holds records; import into a new, empty workspace"):
        import_workspace(workbook, demo_document)
    assert len(workbook.all(Mission)) == 1
    assert workbook.pending_change_count() == changes


def test_a_failure_while_writing_leaves_nothing(demo_document: Document, target: Workbook,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    original = NewRecordWriter.insert_all

    def fail_on_day_entries(self: NewRecordWriter, name: str, records: Any, *, checked: bool = False) -> None:
        if name == "day_entry":
            raise OSError("disk full")
        original(self, name, records, checked=checked)

    monkeypatch.setattr(NewRecordWriter, "insert_all", fail_on_day_entries)
    with pytest.raises(OSError):
        import_workspace(target, demo_document)
    assert_untouched(target)


def first(document: Document, entity: str) -> dict[str, Any]:
    record: dict[str, Any] = document["entities"][entity][0]
    return record


def set_field(entity: str, field: str, value: Any) -> Callable[[Document], None]:
    def mutate(document: Document) -> None:
        first(document, entity)[field] = value
    return mutate


def drop_field(entity: str, field: str) -> Callable[[Document], None]:
    def mutate(document: Document) -> None:
        del first(document, entity)[field]
    return mutate


def set_top(key: str, value: Any) -> Callable[[Document], None]:
    def mutate(document: Document) -> None:
        document[key] = value
    return mutate


def duplicate(entity: str) -> Callable[[Document], None]:
    def mutate(document: Document) -> None:
        document["entities"][entity].append(copy.deepcopy(first(document, entity)))
    return mutate


def set_text(key: str, value: Any) -> Callable[[Document], None]:
    def mutate(document: Document) -> None:
        document["texts"][0][key] = value
    return mutate


def drafted(document: Document) -> dict[str, Any]:
    """The text of the demo's draft, the one with comments and versions."""
    found: dict[str, Any] = next(text for text in document["texts"] if text["versions"])
    return found


def swap_states(document: Document) -> None:
    """The state of one deliverable under the readable parts of another."""
    texts = document["texts"]
    texts[0]["state"], texts[1]["state"] = texts[1]["state"], texts[0]["state"]


def set_workshop(key: str, value: Any) -> Callable[[Document], None]:
    def mutate(document: Document) -> None:
        document["workshops"][0][key] = value
    return mutate


def set_participant(key: str, value: Any) -> Callable[[Document], None]:
    def mutate(document: Document) -> None:
        document["workshops"][0]["participants"][0][key] = value
    return mutate


def end_before_start(document: Document) -> None:
    first(document, "mission")["end_date"] = "2020-01-01"


GHOST = "00000000-0000-4000-8000-000000000000"

BAD_DOCUMENTS: dict[str, tuple[Callable[[Document], None], str]] = {
    "format": (set_top("format", "something-else"), "format is 'something-else'"),
    "newer version": (set_top("version", 4), "newer than this app's 3; update the app"),
    "version as text": (set_top("version", "1"), "version is '1'"),
    "version as bool": (set_top("version", True), "version is True"),
    "unknown top-level": (set_top("comment", "hi"), "unknown top-level field 'comment'"),
    "demo not bool": (set_top("demo", "yes"), "'demo' must be true or false"),
    "entities not object": (set_top("entities", []), "'entities' must be an object"),
    "dangling profile": (set_top("profile_expert_id", GHOST), f"names the expert {GHOST}"),
    "profile not text": (set_top("profile_expert_id", 3), "'profile_expert_id' must be an expert id"),
    "unknown type": (lambda d: d["entities"].update(invoice=[]), "unknown type 'invoice'"),
    "records not list": (lambda d: d["entities"].update(expert={}), "'entities.expert' must be a list"),
    "record not object": (lambda d: d["entities"]["expert"].append("Łukasz"), "expert record 7 is not"),
    "impossible date": (set_field("day_entry", "day", "2026-02-30"),
                        "field 'day': The field “Date” cannot hold '2026-02-30': it holds a date written "
                        "YYYY-MM-DD"),
    "basic ISO date": (set_field("day_entry", "day", "20260202"),
                       "field 'day': The field “Date” cannot hold '20260202'"),
    "date as number": (set_field("mission", "start_date", 20260202), "field 'start_date'"),
    "days as text": (set_field("day_entry", "half_days", "2"),
                     "field 'half_days': The field “Days” cannot hold '2': it holds a whole number"),
    "days as bool": (set_field("day_entry", "half_days", True),
                     "field 'half_days': The field “Days” cannot hold True: it holds a whole number"),
    "three half days": (set_field("day_entry", "half_days", 3),
                        "field 'half_days': “1.5” is not a number of days"),
    "negative allocation": (set_field("allocation", "half_days", -10),
                            "field 'half_days': -5 days cannot be allocated. Allocate zero or more days"),
    "allocation over a year": (set_field("allocation", "half_days", 733),
                               "field 'half_days': 366.5 days cannot"),
    "unknown kind": (set_field("day_entry", "kind", "holiday"),
                     "field 'kind': The field “Kind of day” cannot hold 'holiday': it holds one of these "
                     "values: on_site_work"),
    "unknown theme": (set_field("mission", "themes", ["fishing"]),
                      "field 'themes': The field “Themes” cannot hold 'fishing'"),
    "themes not list": (set_field("mission", "themes", "pensions"),
                        "field 'themes': The field “Themes” cannot hold 'pensions': it holds a list"),
    "name not text": (set_field("expert", "name", None),
                      "field 'name': The field “Name” cannot hold None: it holds text"),
    "deleted not bool": (set_field("expert", "deleted", 0), "field 'deleted': must be true or false"),
    "id not uuid": (set_field("expert", "id", "lukasz"), "field 'id': must be a lowercase UUID"),
    "id upper case": (set_field("action", "id", "ABCDEF00-0000-4000-8000-000000000000"),
                      "must be a lowercase UUID"),
    "missing field": (drop_field("counterpart", "sex"), "lacks the field 'sex'"),
    "unknown field": (set_field("counterpart", "age", 40), "has an unknown field 'age'"),
    "end before start": (end_before_start, "The mission ends on 2020-01-01, before it starts on"),
    "dangling mission": (set_field("day_entry", "mission_id", GHOST), f"no mission has the id {GHOST}"),
    "dangling activity": (set_field("allocation", "activity_id", GHOST), "field 'activity_id': no activity"),
    "dangling action": (set_field("activity", "action_id", GHOST), "field 'action_id': no action"),
    "dangling counterpart": (set_field("day_entry", "counterpart_ids", [GHOST]),
                             "field 'counterpart_ids': no counterpart"),
    "duplicate id": (duplicate("team_member"), "the id appears twice in 'team_member'"),
    "demo made real": (set_top("demo", False), "holds the demo's example missions but says 'demo': false"),
    "texts in a version 1 file": (set_top("version", 1), "unknown top-level field 'texts'"),
    "texts not list": (set_top("texts", {}), "'texts' must be a list"),
    "no texts": (lambda d: d.pop("texts"), "lacks the top-level field 'texts'"),
    "state not base64": (set_text("state", "c3RhdGU=!"), "field 'state': is not base64; the file is damaged"),
    "state cut short": (lambda d: d["texts"][0].update(state=d["texts"][0]["state"][:40]),
                        "field 'state': the text cannot be read"),
    "state empty": (set_text("state", ""), "field 'state': is empty"),
    "section edited": (lambda d: d["texts"][0]["sections"][0].update(body="Autre texte"),
                       "field 'sections': does not match the text in 'state'"),
    "comment edited": (lambda d: drafted(d)["comments"][0].update(text="?"),
                       "field 'comments': does not match"),
    "version renamed": (lambda d: drafted(d)["versions"][0].update(name="v1"),
                        "field 'versions': does not match"),
    "text of no deliverable": (set_text("deliverable_id", GHOST), f"no deliverable has the id {GHOST}"),
    "text of another deliverable": (swap_states, "field 'state': is the text of another deliverable"),
    "second text": (lambda d: d["texts"].append(copy.deepcopy(d["texts"][0])), "has a second text"),
    "text unknown field": (set_text("html", "<p>"), "texts entry 1 has an unknown field 'html'"),
    "workshop dangling mission": (set_workshop("mission_id", GHOST), f"no mission has the id {GHOST}"),
    "workshop of another mission": (lambda d: set_workshop("mission_id", first(d, "mission")["id"])(d),
                                    "is not the mission of its deliverable"),
    "workshop time without zone": (set_workshop("started_at", "2026-11-18T09:00:00"),
                                   "field 'started_at': '2026-11-18T09:00:00' is not a time"),
    "workshop ends before it starts": (set_workshop("ended_at", "2026-11-17T09:00:00.000+00:00"),
                                       "the workshop ends before it starts"),
    "participant sex": (set_participant("sex", "f"), "field 'sex': 'f' is not one of female, male"),
    "participant without name": (set_participant("name", " "),
                                 "participant 1, field 'name': The field “Name” is required"),
    "participant name with NUL": (set_participant("name", "Awa\x00"),
                                  "participant 1, field 'name': The field “Name” holds a character that is "
                                  "not text (U+0000"),
    "institution too long": (set_participant("institution", "I" * 301),
                             "participant 1, field 'institution': The field “Institution” has 301"),
    "participant twice": (lambda d: d["workshops"][0]["participants"].append(
        copy.deepcopy(d["workshops"][0]["participants"][0])), "participant 10: the id appears twice"),
    "participant read_only": (set_participant("read_only", "no"), "'read_only': must be true or false"),
    "lone surrogate": (set_field("day_entry", "description", "Atelier \ud800 validé"),
                       "field 'description': The field “Description” holds a character that is not text "
                       "(U+D800 at position 9)"),
    "NUL in a name": (set_field("counterpart", "name", "Awa\x00 Koné"),
                      "field 'name': The field “Name” holds a character that is not text (U+0000"),
    "3 MiB description": (set_field("day_entry", "description", "x" * 3 * 1024 * 1024),
                          "field 'description': The field “Description” has 3145728 characters; it holds at "
                          "most 20000"),
    "seven half days": (set_field("day_entry", "half_days", 7), "“3.5” is not a number of days"),
    "minus seven half days": (set_field("day_entry", "half_days", -7), "“-3.5” is not a number of days"),
    "code too long": (set_field("action", "code", "C" * 41), "field 'code': The field “Action code” has 41"),
}


@pytest.mark.parametrize("case", BAD_DOCUMENTS)
def test_a_bad_document_is_refused_naming_the_fault(case: str, demo_document: Document,
                                                    target: Workbook) -> None:
    mutate, message = BAD_DOCUMENTS[case]
    document = copy.deepcopy(demo_document)
    mutate(document)
    with pytest.raises(ExchangeError) as refused:
        import_workspace(target, document)
    assert message in str(refused.value)
    assert_untouched(target)


def test_the_record_at_fault_is_named_by_type_position_and_id(demo_document: Document,
                                                              target: Workbook) -> None:
    document = copy.deepcopy(demo_document)
    entry = document["entities"]["day_entry"][4]
    entry["day"] = "yesterday"
    with pytest.raises(ExchangeError, match=rf"^day_entry record 5 \(id {entry['id']}\), field 'day'"):
        import_workspace(target, document)


def test_a_missing_entity_type_counts_as_none(target: Workbook) -> None:
    document = {"format": FORMAT, "version": VERSION, "demo": False, "profile_expert_id": None,
                "texts": [], "workshops": [], "pictures": [],
                "entities": {"expert": [{"id": GHOST, "name": "Søren Kjærgaard", "email": "",
                                         "deleted": False, "home_institution": "", "country_code": "DK"}]}}
    assert import_workspace(target, document)["expert"] == 1
    assert [e.name for e in target.all(Expert)] == ["Søren Kjærgaard"]


@pytest.mark.parametrize(("content", "message"), [
    (b"{\"format\": ", "is not valid JSON: Expecting value at line 1, column 12"),
    (b"\xff\xfe{}", "is not UTF-8 text"),
    (b"{\"version\": NaN}", "NaN is not a JSON number"),
    (b"{\"demo\": true, \"demo\": false}", "the key 'demo' appears twice"),
    (b"[1, 2]", "is not a JSON object"),
])
def test_a_file_that_is_not_a_document_is_refused(content: bytes, message: str, tmp_path: Path,
                                                  target: Workbook) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ExchangeError, match=message.replace("(", r"\(")):
        read_json(target, path)
    assert_untouched(target)


def test_a_byte_order_mark_is_skipped(demo_document: Document, target: Workbook, tmp_path: Path) -> None:
    path = tmp_path / "windows.json"
    path.write_bytes(b"\xef\xbb\xbf" + dumps(demo_document).encode("utf-8"))
    assert read_json(target, path)["day_entry"] == 122


def test_a_missing_file_is_refused(tmp_path: Path, target: Workbook) -> None:
    with pytest.raises(ExchangeError, match=r"the file cannot be read \(No such file"):
        read_json(target, tmp_path / "nowhere.json")


def test_an_unwritable_target_is_refused_and_leaves_no_file(workbook: Workbook, sample: Sample,
                                                            tmp_path: Path) -> None:
    folder = tmp_path / "missing-folder"
    with pytest.raises(ExchangeError, match="cannot write"):
        write_json(workbook, folder / "out.json")
    assert not folder.exists()


def test_writing_replaces_an_older_export_whole(workbook: Workbook, sample: Sample, tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    path.write_text("old", encoding="utf-8")
    write_json(workbook, path)
    assert json.loads(path.read_text(encoding="utf-8"))["profile_expert_id"] == sample.marie.id
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_references_cover_every_foreign_key() -> None:
    assert exchange._references("day_entry") == {
        "mission_id": "mission", "expert_id": "expert", "activity_id": "activity",
        "counterpart_ids": "counterpart"}
    assert exchange._references("expert") == {}


DOC = Path(__file__).resolve().parents[2] / "docs" / "workspace-json.md"


def test_the_documented_example_imports_and_exports_unchanged(target: Workbook, tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    example = text.split("```json\n", 1)[1].split("```", 1)[0]
    assert import_workspace(target, json.loads(example)) == {
        name: 1 for name in ("action", "activity", "expert", "mission", "team_member", "allocation",
                             "counterpart", "day_entry", "deliverable", "texts", "workshops", "participants",
                             "pictures")}
    assert dumps(export_workspace(target)) == example


def test_the_document_describes_every_field() -> None:
    text = DOC.read_text(encoding="utf-8")
    sections = {part.split("`", 1)[0]: part for part in text.split("\n### `")[1:]}
    for name, cls in ENTITY_TYPES.items():
        for field in (*field_names(cls), "deleted"):
            assert f"| `{field}` |" in sections[name], (name, field)
    parts = {part.split("\n", 1)[0]: part for part in text.split("\n## ")[1:]}
    for key in exchange._TOP_LEVEL:
        assert f"| `{key}` |" in parts["Top level"], key
    for key in exchange._TEXT_KEYS:
        assert f"| `{key}` |" in parts["Texts: what each deliverable says"], key
    for key in exchange._PICTURE_KEYS:
        assert f"| `{key}` |" in parts["Pictures: what the deliverables show"], key
    workshops = parts["Workshops: live co-editing sessions and their attendance"]
    for key in (*exchange._WORKSHOP_KEYS, *exchange._PARTICIPANT_KEYS):
        assert f"| `{key}` |" in workshops, key


# -- deliverable texts and workshops ------------------------------------------------------------------


def readable(book: Workbook) -> dict[str, tuple[Any, ...]]:
    """Each deliverable's text as the app reads it from its CRDT document: sections, comments, versions."""
    store = DeliverableStore(book)
    found = {}
    for deliverable in book.all(Deliverable):
        document = store.load(deliverable.id)
        versions = Versions(document)
        found[deliverable.id] = (document.sections(), Comments(document).all(), versions.all(),
                                 [versions.content(v.id) for v in versions.all()])
    return found


def attendance(book: Workbook) -> list[tuple[Workshop, list[Attendee]]]:
    log = WorkshopLog(book)
    return [(workshop, log.participants(workshop.id)) for workshop in log.all()]


def test_the_demo_texts_and_workshop_survive_the_round_trip(workbook: Workbook, tmp_path: Path) -> None:
    fill_demo(workbook)
    first_export, second_export = round_trip(workbook, tmp_path, "texts")
    assert first_export == second_export
    copy_book = Workbook.open(tmp_path / "texts-copy")
    try:
        assert readable(copy_book) == readable(workbook)
        assert attendance(copy_book) == attendance(workbook)
        store, theirs = DeliverableStore(copy_book), DeliverableStore(workbook)
        for deliverable in workbook.all(Deliverable):
            # the same CRDT history: the copy has every item of the original, and nothing else
            assert (store.load(deliverable.id).state_vector()
                    == theirs.load(deliverable.id).state_vector())
        assert copy_book.pending_change_count() == workbook.pending_change_count()  # one change a record
    finally:
        copy_book.close()
    document = json.loads(first_export)
    assert len(document["texts"]) == len(workbook.all(Deliverable))
    assert "## " not in document["texts"][0]["sections"][0]["body"]  # a section's body, readable as it is
    assert sum(len(w["participants"]) for w in document["workshops"]) == 9


def test_an_imported_text_keeps_merging_with_its_original(workbook: Workbook, sample: Sample,
                                                          tmp_path: Path) -> None:
    """The state travels, not only the words: an edit made on the original after the export still
    merges into the imported copy without duplicating anything."""
    store = DeliverableStore(workbook)
    deliverable = Deliverable(new_id(), sample.mission.id, DeliverableKind.DIAGNOSTIC, "Diagnostic",
                              DeliverableLanguage.FR)
    store.create(deliverable)
    document = store.open(deliverable.id)
    section = document.sections()[0].id
    document.set_text(section, "body", "Première ligne.")
    write_json(workbook, tmp_path / "before.json")
    document.insert_body(section, 0, "Avant : ")
    copy_book = Workbook.open(tmp_path / "copy")
    try:
        read_json(copy_book, tmp_path / "before.json")
        copy_store = DeliverableStore(copy_book)
        mine = copy_store.open(deliverable.id)
        mine.insert_body(section, len(mine.text(section)), " Ajout de la copie.")
        mine.apply_update(store.load(deliverable.id).diff(mine.state_vector()))
        assert mine.text(section) == "Avant : Première ligne. Ajout de la copie."
        assert copy_store.load(deliverable.id).text(section) == mine.text(section)
    finally:
        copy_book.close()


def test_an_edit_waiting_for_another_travels_and_completes_the_copy(workbook: Workbook, sample: Sample,
                                                                   tmp_path: Path) -> None:
    """Sync may store an edit before the one it depends on: the export keeps it, still waiting."""
    store = DeliverableStore(workbook)
    deliverable = Deliverable(new_id(), sample.mission.id, DeliverableKind.OTHER, "Note",
                              DeliverableLanguage.FR)
    store.create(deliverable)
    elsewhere = store.load(deliverable.id)  # a colleague's copy, whose edits come by sync
    edits: list[bytes] = []
    elsewhere.on_update(lambda update, _origin: edits.append(update))
    section = elsewhere.sections()[0].id
    elsewhere.set_text(section, "body", "Bonjour")
    elsewhere.set_text(section, "body", "Bonjour à tous")
    store.append_update(deliverable.id, edits[1])  # the second edit arrives first
    first_export, second_export = round_trip(workbook, tmp_path, "waiting")
    assert first_export == second_export
    copy_book = Workbook.open(tmp_path / "waiting-copy")
    try:
        copy_store = DeliverableStore(copy_book)
        assert copy_store.load(deliverable.id).text(section) == ""  # as in the original: still waiting
        copy_store.append_update(deliverable.id, edits[0])
        assert copy_store.load(deliverable.id).text(section) == "Bonjour à tous"
    finally:
        copy_book.close()


def test_a_version_2_file_still_imports(demo_document: Document, target: Workbook) -> None:
    document = copy.deepcopy(demo_document)
    document["version"] = 2
    del document["pictures"]
    counts = import_workspace(target, document)
    assert (counts["texts"], counts["workshops"], counts["pictures"]) == (5, 1, 0)
    document["pictures"] = []
    with pytest.raises(ExchangeError, match="unknown top-level field 'pictures'"):
        import_workspace(target, document)


def test_a_version_1_file_still_imports(demo_document: Document, target: Workbook) -> None:
    document = copy.deepcopy(demo_document)
    document["version"] = 1
    del document["texts"], document["workshops"], document["pictures"]
    counts = import_workspace(target, document)
    assert (counts["deliverable"], counts["texts"], counts["workshops"]) == (5, 0, 0)
    assert len(target.all(Deliverable)) == 5


def test_refused_texts_or_workshops_leave_nothing(demo_document: Document, target: Workbook) -> None:
    document = copy.deepcopy(demo_document)
    document["workshops"][0]["participants"][-1]["joined_at"] = "tomorrow"
    with pytest.raises(ExchangeError, match="participant 9, field 'joined_at'"):
        import_workspace(target, document)
    assert_untouched(target)
    assert DeliverableStore(target).row_count(document["texts"][0]["deliverable_id"]) == 0
    assert WorkshopLog(target).all() == []


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
_NAMES = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20).filter(str.strip)
_LINE = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)
"""Text of one line as the gate takes it (names, institutions); the deliverable's text may hold any."""
_COLOURS = ("navy", "teal", "orange", "white", "black")


@st.composite
def workspaces(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Deliverables (kind, language, sections of any text), each with comments and versions, and workshops."""
    deliverables = []
    for _ in range(draw(st.integers(1, 3))):
        deliverables.append({
            "kind": draw(st.sampled_from(DeliverableKind)),
            "language": draw(st.sampled_from(DeliverableLanguage)),
            "title": draw(_NAMES),
            "sections": draw(st.lists(st.tuples(_TEXT, _TEXT), max_size=4)),
            "comments": draw(st.lists(st.tuples(st.integers(0, 3), _NAMES, _NAMES), max_size=3)),
            "versions": draw(st.lists(_NAMES, max_size=2)),
            "workshops": draw(st.lists(st.lists(st.tuples(_NAMES, _LINE, st.sampled_from([None, *Sex]),
                                                          st.booleans()), max_size=4), max_size=2)),
            "pictures": draw(st.lists(st.tuples(_TEXT, st.sampled_from(_COLOURS), st.integers(1, 24),
                                                st.integers(1, 24), st.sampled_from(["PNG", "JPEG", "GIF"])),
                                      max_size=3)),
        })
    return deliverables


def write_generated(book: Workbook, sample: Sample, plan: list[dict[str, Any]]) -> None:
    store, log = DeliverableStore(book), WorkshopLog(book)
    for item in plan:
        deliverable = Deliverable(new_id(), sample.mission.id, item["kind"], item["title"], item["language"])
        store.create(deliverable)
        document = store.open(deliverable.id)
        for title, body in item["sections"]:
            document.add_section(title, body)
        comments, versions = Comments(document), Versions(document)
        for position, (section, text, author) in enumerate(item["comments"]):
            sections = [s for s in document.sections() if s.body]
            if sections:
                chosen = sections[section % len(sections)]
                comment = comments.add(chosen.id, "body", 0, len(chosen.body), text, author)
                if position % 2:
                    comments.resolve(comment, author)
        for name in item["versions"]:
            versions.save(name, "Jūratė")
            document.add_section("Après la version", name)
        for people in item["workshops"]:
            workshop_id = log.start(sample.mission.id, deliverable.id)
            for name, institution, sex, read_only in people:
                log.record(workshop_id, Participant(new_id(), name, institution, sex, datetime.now(UTC),
                                                    read_only))
            log.end(workshop_id)
        images = DeliverableImages(book)
        for file_name, colour, width, height, kind in item["pictures"]:  # any file name: attach makes one
            data = picture(colour, (width, height), kind)
            images.attach(deliverable.id, f"{file_name}.{kind.lower()}", data)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=workspaces())
def test_a_generated_workspace_round_trips_byte_identical(plan: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        book = Workbook.open(root / "source")
        try:
            sample = make_sample()
            fill(book, sample)
            write_generated(book, sample, plan)
            first_export, second_export = round_trip(book, root, "generated")
            copy_book = Workbook.open(root / "generated-copy")
            try:
                assert readable(copy_book) == readable(book)
                assert attendance(copy_book) == attendance(book)
                assert pictures_of(copy_book) == pictures_of(book)
                assert all(data is not None for data in pictures_of(book).values())
            finally:
                copy_book.close()
        finally:
            book.close()
    assert first_export == second_export


# -- pictures ---------------------------------------------------------------------------------------


def picture(color: str = "navy", size: tuple[int, int] = (40, 20), kind: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format=kind)
    return buffer.getvalue()


def attach_demo_pictures(book: Workbook) -> dict[tuple[str, str], bytes]:
    """Pictures on two of the demo's deliverables, one the same on both: (deliverable, reference) -> bytes."""
    images = DeliverableImages(book)
    first_id, second_id = sorted(d.id for d in book.all(Deliverable))[:2]
    attached = {}
    jpeg = picture("teal", (64, 48), "JPEG")
    for deliverable_id, file_name, data in ((first_id, "Carte des centres.png", picture()),
                                            (first_id, "photo atelier.jpg", jpeg),
                                            (second_id, "logo.png", picture())):
        attached[deliverable_id, images.attach(deliverable_id, file_name, data)] = data
    return attached


def pictures_of(book: Workbook) -> dict[tuple[str, str], bytes | None]:
    images = DeliverableImages(book)
    return {(d.id, reference): images.resolve_image(d.id, reference)
            for d in book.all(Deliverable) for reference in images.names(d.id)}


@pytest.fixture
def pictured_document(tmp_path: Path) -> Document:
    source = Workbook.open(tmp_path / "pictured-source")
    try:
        fill_demo(source)
        attach_demo_pictures(source)
        return export_workspace(source)
    finally:
        source.close()


def test_the_pictures_travel_and_the_round_trip_is_byte_identical(workbook: Workbook, tmp_path: Path) -> None:
    fill_demo(workbook)
    attached = attach_demo_pictures(workbook)
    first_export, second_export = round_trip(workbook, tmp_path, "pictures")
    assert first_export == second_export
    document = json.loads(first_export)
    assert document["version"] == 3
    entries = document["pictures"]
    assert [(e["deliverable_id"], e["name"]) for e in entries] == sorted(
        (deliverable_id, reference.removeprefix("images/")) for deliverable_id, reference in attached)
    for entry in entries:
        data = attached[entry["deliverable_id"], "images/" + entry["name"]]
        assert base64.b64decode(entry["data"]) == data
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    copy_book = Workbook.open(tmp_path / "pictures-copy")
    try:
        assert pictures_of(copy_book) == attached
        with Session(copy_book.engine) as session:
            rows = {(r.deliverable_id, r.name): (r.attached_at, r.size)
                    for r in session.scalars(select(DeliverableImageRow))}
        assert rows == {(e["deliverable_id"], e["name"]): (e["attached_at"], len(base64.b64decode(e["data"])))
                        for e in entries}
        # one file per picture, whoever holds it: the same logo on two deliverables is one file
        stored = sorted(path.name for path in (copy_book.data_dir / ATTACHMENTS_DIR).iterdir())
        assert stored == sorted({hashlib.sha256(data).hexdigest() for data in attached.values()})
    finally:
        copy_book.close()


def test_a_picture_whose_file_is_gone_is_left_out(workbook: Workbook, tmp_path: Path) -> None:
    fill_demo(workbook)
    attached = attach_demo_pictures(workbook)
    jpeg = next(data for (_, reference), data in attached.items() if reference.endswith(".jpg"))
    (workbook.data_dir / ATTACHMENTS_DIR / hashlib.sha256(jpeg).hexdigest()).unlink()
    names = [entry["name"] for entry in export_workspace(workbook)["pictures"]]
    assert len(names) == 2 and not any(name.endswith(".jpg") for name in names)


def first_picture(document: Document) -> dict[str, Any]:
    entry: dict[str, Any] = document["pictures"][0]
    return entry


def set_picture(key: str, value: Any) -> Callable[[Document], None]:
    def mutate(document: Document) -> None:
        first_picture(document)[key] = value
    return mutate


def replace_picture(data: bytes) -> Callable[[Document], None]:
    """Other bytes with their right checksum: only the picture check can refuse them."""
    def mutate(document: Document) -> None:
        first_picture(document).update(data=base64.b64encode(data).decode("ascii"),
                                       sha256=hashlib.sha256(data).hexdigest())
    return mutate


def oversized(document: Document) -> None:
    first_picture(document)["data"] = "A" * ((MAX_IMAGE_BYTES + 3) // 3 * 4 + 4)


BAD_PICTURES: dict[str, tuple[Callable[[Document], None], str]] = {
    "pictures not list": (set_top("pictures", {}), "the top-level field 'pictures' must be a list"),
    "no pictures": (lambda d: d.pop("pictures"), "lacks the top-level field 'pictures'"),
    "entry not object": (lambda d: d["pictures"].append("logo.png"), "pictures entry 4 is not a JSON object"),
    "unknown field": (set_picture("size", 10), "pictures entry 1 has an unknown field 'size'"),
    "missing field": (lambda d: first_picture(d).pop("sha256"), "pictures entry 1 lacks the field 'sha256'"),
    "of no deliverable": (set_picture("deliverable_id", GHOST),
                          f"pictures entry 1, field 'deliverable_id': no deliverable has the id {GHOST}"),
    "a path": (set_picture("name", "../../.ssh/id_rsa"),
               "field 'name': '../../.ssh/id_rsa' is not a picture's name"),
    "an absolute path": (set_picture("name", "/etc/passwd"), "field 'name': '/etc/passwd' is not"),
    "a folder": (set_picture("name", "images/logo.png"), "field 'name': 'images/logo.png' is not"),
    "a hidden name": (set_picture("name", ".logo.png"), "field 'name': '.logo.png' is not"),
    "name not text": (set_picture("name", 7), "field 'name': 7 is not"),
    "twice": (lambda d: d["pictures"].append(copy.deepcopy(first_picture(d))),
              "pictures entry 4 (deliverable "),
    "data not base64": (set_picture("data", "iVBOR!!"), "field 'data': is not base64; the file is damaged"),
    "data not text": (set_picture("data", None), "field 'data': must be text (base64)"),
    "checksum": (set_picture("sha256", "0" * 64), "field 'sha256': does not match the picture's bytes"),
    "not a picture": (replace_picture(b"#!/bin/sh\nrm -rf ~\n"), "field 'data': is not a picture the app"),
    "a cut picture": (lambda d: replace_picture(picture()[:60])(d), "field 'data': is not a picture the app"),
    "too large": (oversized, "field 'data': the picture is larger than 20 MB"),
    "attached at no time": (set_picture("attached_at", "yesterday"),
                            "field 'attached_at': 'yesterday' is not a time"),
    "attached at a local time": (set_picture("attached_at", "2026-02-11T09:15:00+01:00"),
                                 "field 'attached_at': '2026-02-11T09:15:00+01:00' is not"),
}


@pytest.mark.parametrize("case", BAD_PICTURES)
def test_a_bad_picture_refuses_the_file_and_writes_nothing(case: str, pictured_document: Document,
                                                           target: Workbook) -> None:
    mutate, message = BAD_PICTURES[case]
    document = copy.deepcopy(pictured_document)
    mutate(document)
    with pytest.raises(ExchangeError) as refused:
        import_workspace(target, document)
    assert message in str(refused.value)
    assert_untouched(target)
    assert pictures_of(target) == {}
    assert not (target.data_dir / ATTACHMENTS_DIR).exists()


def test_the_picture_at_fault_is_named_by_position_deliverable_and_name(pictured_document: Document,
                                                                        target: Workbook) -> None:
    document = copy.deepcopy(pictured_document)
    entry = document["pictures"][2]
    entry["sha256"] = "f" * 64
    with pytest.raises(ExchangeError, match=rf"^pictures entry 3 \(deliverable {entry['deliverable_id']}, "
                                            rf"picture '{re.escape(entry['name'])}'\), field 'sha256'"):
        import_workspace(target, document)
    assert not (target.data_dir / ATTACHMENTS_DIR).exists()


def test_a_refused_workspace_gets_no_picture_file(pictured_document: Document, workbook: Workbook,
                                                  sample: Sample) -> None:
    with pytest.raises(WorkspaceNotEmpty):
        import_workspace(workbook, pictured_document)
    assert not (workbook.data_dir / ATTACHMENTS_DIR).exists()


def test_a_picture_that_cannot_be_written_refuses_the_import(pictured_document: Document, target: Workbook
                                                             ) -> None:
    (target.data_dir / ATTACHMENTS_DIR).write_text("a file where the folder goes", encoding="utf-8")
    with pytest.raises(ExchangeError, match=r"the pictures cannot be copied into .*; free some space or"):
        import_workspace(target, pictured_document)
    assert_untouched(target)
    assert pictures_of(target) == {}


def test_a_crash_between_the_files_and_the_commit_is_harmless(pictured_document: Document, target: Workbook,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The files are written, then the transaction fails: files without rows, which nothing reads; the
    import run again attaches them (the file there already is used as it is)."""
    original = DeliverableImages.write_imported

    def crash_after_the_files(self: DeliverableImages, session: Session, pictures: Any) -> None:
        original(self, session, pictures)
        raise KeyboardInterrupt  # the process stopped before the commit

    monkeypatch.setattr(DeliverableImages, "write_imported", crash_after_the_files)
    with pytest.raises(KeyboardInterrupt):
        import_workspace(target, pictured_document)
    assert_untouched(target)
    assert pictures_of(target) == {}
    assert len(list((target.data_dir / ATTACHMENTS_DIR).iterdir())) == 2  # the logo twice is one file
    monkeypatch.setattr(DeliverableImages, "write_imported", original)
    # a file of attachments/ changed on the disk meanwhile is written again, not trusted
    changed = target.data_dir / ATTACHMENTS_DIR / first_picture(pictured_document)["sha256"]
    changed.write_bytes(b"not the picture")
    assert import_workspace(target, pictured_document)["pictures"] == 3
    assert pictures_of(target) == {
        (e["deliverable_id"], "images/" + e["name"]): base64.b64decode(e["data"])
        for e in pictured_document["pictures"]}
