"""Workspace JSON: deterministic export, strict import in one transaction, through the change log."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from socieux_desktop.demo import fill_demo, generate
from socieux_desktop.domain.model import ENTITY_TYPES, Counterpart, DayEntry, Expert, Mission
from socieux_desktop.domain.records import field_names
from socieux_desktop.store import exchange
from socieux_desktop.store.exchange import (
    FORMAT,
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
from socieux_desktop.store.workbook import DEMO, REAL, Workbook
from tests.conftest import Sample

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


def end_before_start(document: Document) -> None:
    first(document, "mission")["end_date"] = "2020-01-01"


GHOST = "00000000-0000-4000-8000-000000000000"

BAD_DOCUMENTS: dict[str, tuple[Callable[[Document], None], str]] = {
    "format": (set_top("format", "something-else"), "format is 'something-else'"),
    "newer version": (set_top("version", 2), "newer than this app's 1; update the app"),
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
                             "counterpart", "day_entry", "deliverable")}
    assert dumps(export_workspace(target)) == example


def test_the_document_describes_every_field() -> None:
    text = DOC.read_text(encoding="utf-8")
    sections = {part.split("`", 1)[0]: part for part in text.split("\n### `")[1:]}
    for name, cls in ENTITY_TYPES.items():
        for field in (*field_names(cls), "deleted"):
            assert f"| `{field}` |" in sections[name], (name, field)
