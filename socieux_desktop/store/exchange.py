"""A whole workspace as one readable JSON document, and back (format in docs/workspace-json.md).

The document holds the records, the text of every deliverable (its sections readable as Markdown, its
comments and named versions, and the CRDT state they are read from, so that history and merging survive),
the pictures attached to the deliverables and the workshops with their attendance.

Export is deterministic: the same workspace always gives the same bytes (keys sorted, records sorted by id,
two-space indent, UTF-8 text as is). Import checks the whole document before writing anything, refuses a
workspace that already holds records, and writes every record, text and workshop through the change log in
one transaction, so that a later sync sends it and a refusal leaves nothing behind. The pictures' files
are written into ``attachments/`` last, just before that transaction commits (see ``store.images``: a
crash in between leaves files that no row names, which nothing reads).

The texts are read with ``collab`` (pycrdt), imported when a document is exported or checked.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import json
import os
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, select
from sqlalchemy.orm import Session

from socieux_desktop.demo_ids import demo_mission_ids
from socieux_desktop.domain.gate import (
    TEXT_UPDATE,
    WORKSHOP,
    WORKSHOP_PARTICIPANT,
    check_record,
    field_problem,
    record_problem,
)
from socieux_desktop.domain.model import ENTITY_TYPES, Sex
from socieux_desktop.domain.records import Record, field_names
from socieux_desktop.store.changes import ChangeWriter
from socieux_desktop.store.images import (
    IMAGE_PREFIX,
    MAX_IMAGE_BYTES,
    AttachedPicture,
    DeliverableImages,
    ImageRefused,
    checked_image,
    image_name,
)
from socieux_desktop.store.models import ROW_TYPES, Base, ChangeRow, MetaRow, SettingRow
from socieux_desktop.store.workbook import DEMO, REAL, Workbook

if TYPE_CHECKING:
    from socieux_desktop.collab.attendance import Attendee, Workshop
    from socieux_desktop.collab.document import DeliverableDocument

FORMAT = "socieux-workspace"
VERSION = 3
"""Version 2 added ``texts`` and ``workshops``, version 3 ``pictures``; versions 1 (records only) and 2
(without pictures) are still read."""
DELETED = "deleted"
PROFILE_SETTING = "profile_expert_id"
_RECORDS_ONLY = 1
_TOP_LEVEL = ("demo", "entities", "format", "pictures", "profile_expert_id", "texts", "version", "workshops")
_TOP_LEVEL_V2 = ("demo", "entities", "format", "profile_expert_id", "texts", "version", "workshops")
_TOP_LEVEL_V1 = ("demo", "entities", "format", "profile_expert_id", "version")
_TOP_LEVELS = {_RECORDS_ONLY: _TOP_LEVEL_V1, 2: _TOP_LEVEL_V2, VERSION: _TOP_LEVEL}
_PICTURE_KEYS = ("attached_at", "data", "deliverable_id", "name", "sha256")
_TEXT_KEYS = ("comments", "deliverable_id", "sections", "state", "versions")
_WORKSHOP_KEYS = ("deliverable_id", "ended_at", "id", "mission_id", "participants", "started_at")
_PARTICIPANT_KEYS = ("id", "institution", "joined_at", "name", "read_only", "sex")
_LIST_REFERENCES: Mapping[tuple[str, str], str] = {("day_entry", "counterpart_ids"): "counterpart"}
"""References held in lists, which the database cannot check with a foreign key."""


class ExchangeError(ValueError):
    """A document that cannot be imported or written; the workspace is unchanged."""


class WorkspaceNotEmpty(ExchangeError):
    """An import into a workspace that already holds records, refused as a whole."""


# -- export -------------------------------------------------------------------------------------


def export_workspace(workbook: Workbook) -> dict[str, Any]:
    """Every record of the workspace (tombstones included, marked ``deleted``), the profile and the kind."""
    entities: dict[str, list[Record]] = {}
    with Session(workbook.engine) as session:
        for name, cls in ENTITY_TYPES.items():
            # Core rows rather than ORM objects: a third of the time for the twenty thousand day entries.
            table = ROW_TYPES[name].__table__
            keys = (*field_names(cls), DELETED)
            rows = session.execute(select(*(table.c[key] for key in keys)))
            records = [dict(zip(keys, row, strict=True)) for row in rows]
            entities[name] = sorted(records, key=lambda record: str(record["id"]))
    return {
        "format": FORMAT,
        "version": VERSION,
        "demo": workbook.kind == DEMO,
        "profile_expert_id": workbook.setting(PROFILE_SETTING),
        "entities": entities,
        "texts": _export_texts(workbook, [str(record["id"]) for record in entities["deliverable"]]),
        "workshops": _export_workshops(workbook),
        "pictures": _export_pictures(workbook),
    }


def _export_texts(workbook: Workbook, deliverable_ids: list[str]) -> list[dict[str, Any]]:
    """The text of each deliverable that has one (a deliverable synced before its text has none yet)."""
    from pycrdt import merge_updates

    from socieux_desktop.collab.document import EMPTY_UPDATE, DeliverableDocument, has_missing
    from socieux_desktop.collab.store import DeliverableStore

    store = DeliverableStore(workbook)
    texts = []
    for deliverable_id in deliverable_ids:
        updates = store.stored_updates(deliverable_id)
        document = DeliverableDocument.from_updates(updates)
        state = document.encode_state()
        # An update sync brought before one it depends on waits outside the document's state: it goes
        # along, merged in, so that the copy completes the text when the missing update reaches it.
        waiting = [update for update in updates if has_missing(document.ydoc, update)]
        if waiting:
            state = merge_updates(state, *waiting)
        if state != EMPTY_UPDATE:
            texts.append(text_entry(deliverable_id, document, state))
    return texts


def text_entry(deliverable_id: str, document: DeliverableDocument, state: bytes) -> dict[str, Any]:
    """One deliverable's text as the document holds it: what a person reads (sections, comments,
    versions), all of it read from ``state`` (the CRDT document, base64), which an import keeps."""
    from socieux_desktop.collab.annotations import Comments, Versions

    versions = Versions(document)
    return {
        "deliverable_id": deliverable_id,
        "sections": [{"id": s.id, "title": s.title, "body": s.body} for s in document.sections()],
        "comments": [{"id": c.id, "section_id": c.section_id, "field": c.field.value, "quote": c.quote,
                      "passage": c.passage, "author": c.author, "text": c.text,
                      "created": c.created.isoformat(), "resolved": c.resolved, "resolved_by": c.resolved_by}
                     for c in Comments(document).all()],
        "versions": [{"id": v.id, "name": v.name, "author": v.author, "created": v.created.isoformat(),
                      "markdown": versions.markdown(v.id)} for v in versions.all()],
        "state": base64.b64encode(state).decode("ascii"),
    }


def _export_workshops(workbook: Workbook) -> list[dict[str, Any]]:
    from socieux_desktop.collab.attendance import WorkshopLog, stamp

    log = WorkshopLog(workbook)
    return [{
        "id": workshop.id, "mission_id": workshop.mission_id, "deliverable_id": workshop.deliverable_id,
        "started_at": stamp(workshop.started_at),
        "ended_at": stamp(workshop.ended_at) if workshop.ended_at is not None else None,
        "participants": [{
            "id": attendee.id, "name": attendee.name, "institution": attendee.institution,
            "sex": attendee.sex.value if attendee.sex is not None else None,
            "joined_at": stamp(attendee.joined_at), "read_only": attendee.read_only}
            for attendee in log.participants(workshop.id)],
    } for workshop in log.all()]


def _export_pictures(workbook: Workbook) -> list[dict[str, Any]]:
    """Every picture attached to a deliverable, its bytes in base64, by deliverable then name."""
    return [{"deliverable_id": picture.deliverable_id, "name": picture.name, "sha256": picture.sha256,
             "attached_at": picture.attached_at, "data": base64.b64encode(picture.data).decode("ascii")}
            for picture in DeliverableImages(workbook).all_pictures()]


def dumps(document: Mapping[str, Any]) -> str:
    """The one text form of a document: sorted keys, two-space indent, UTF-8 text unescaped."""
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False) + "\n"


def write_json(workbook: Workbook, path: Path) -> None:
    """Write the workspace to ``path`` in full or not at all (through a temporary file beside it)."""
    text = dumps(export_workspace(workbook))
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExchangeError(f"cannot write {path}: {error.strerror or error}") from error


# -- import -------------------------------------------------------------------------------------


def read_json(workbook: Workbook, path: Path) -> dict[str, int]:
    """Import the document in ``path``; see ``import_workspace``."""
    return import_document(workbook, read_document(path))


def read_document(path: Path) -> WorkspaceDocument:
    """The document in ``path``, checked whole (``ExchangeError`` if it cannot be imported), so that
    the workspace need not even be opened (nor its folder made) for a file that is refused."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ExchangeError(f"the file cannot be read ({error.strerror or error})") from error
    return check_document(loads(raw, "the file"))


def loads(raw: bytes | str, source: str = "the document") -> Any:
    """Strict JSON: UTF-8, no NaN or Infinity, no key twice in one object."""
    try:
        # A byte order mark, as some Windows editors write, is allowed and skipped.
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        return json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicate_keys)
    except UnicodeDecodeError as error:
        raise ExchangeError(f"{source} is not UTF-8 text ({error.reason} at byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise ExchangeError(f"{source} is not valid JSON: {error.msg} at line {error.lineno}, "
                            f"column {error.colno}") from None
    except ValueError as error:
        raise ExchangeError(f"{source} is not valid JSON: {error}") from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def import_workspace(workbook: Workbook, data: object) -> dict[str, int]:
    """Check ``data`` whole, then write it into the empty ``workbook`` in one transaction.

    Returns the number of records imported per entity type. Raises ``ExchangeError`` naming the record
    and the field at fault, or saying that the workspace is not empty; nothing is written then."""
    return import_document(workbook, check_document(data))


def import_document(workbook: Workbook, document: WorkspaceDocument) -> dict[str, int]:
    """Write a checked document into the empty ``workbook`` in one transaction; see ``import_workspace``.
    The counts also give ``texts``, ``workshops`` and ``participants``."""
    with workbook.bulk_writer() as writer:
        if _holds_records(writer.session):
            raise WorkspaceNotEmpty(f"the workspace in {workbook.data_dir} already holds records; import "
                                    f"into a new, empty workspace")
        inserter = NewRecordWriter(writer)
        for name in ENTITY_TYPES:
            inserter.insert_all(name, document.entities[name], checked=True)
        _write_texts_and_workshops(workbook, inserter, document)
        if document.profile_expert_id is not None:
            writer.session.merge(SettingRow(key=PROFILE_SETTING, value=document.profile_expert_id))
        writer.session.merge(MetaRow(key="kind", value=DEMO if document.demo else REAL))
        _write_pictures(workbook, writer.session, document.pictures)
    workbook.kind = DEMO if document.demo else REAL
    counts = {name: len(records) for name, records in document.entities.items()}
    counts.update(texts=len(document.texts), workshops=len(document.workshops),
                  participants=sum(len(attendees) for _, attendees in document.workshops),
                  pictures=len(document.pictures))
    return counts


def _write_pictures(workbook: Workbook, session: Session, pictures: tuple[AttachedPicture, ...]) -> None:
    """The pictures' files, then their rows in the import's transaction: the last writes before it
    commits, so that a refusal or a failure before them leaves no file either."""
    if not pictures:
        return
    try:
        DeliverableImages(workbook).write_imported(session, pictures)
    except OSError as error:
        raise ExchangeError(f"the pictures cannot be copied into {workbook.data_dir}: "
                            f"{error.strerror or error}; free some space or choose another folder") from error


def _write_texts_and_workshops(workbook: Workbook, writer: ChangeWriter,
                               document: WorkspaceDocument) -> None:
    """Each text as its deliverable's first update, each workshop with its participants, all logged."""
    if not document.texts and not document.workshops:
        return
    from socieux_desktop.collab.attendance import WorkshopLog
    from socieux_desktop.collab.store import DeliverableStore

    store = DeliverableStore(workbook)
    missions = {str(record["id"]): str(record["mission_id"]) for record in document.entities["deliverable"]}
    for deliverable_id, state in document.texts:
        store.write_update(writer, deliverable_id, missions[deliverable_id], 1, state)
    log = WorkshopLog(workbook)
    for workshop, attendees in document.workshops:
        log.write(writer, workshop, attendees)


def holds_records(workbook: Workbook) -> bool:
    """Whether the workspace has any record at all, deleted ones included (a profile is a record)."""
    with Session(workbook.engine) as session:
        return _holds_records(session)


def _holds_records(session: Session) -> bool:
    return any(session.scalar(select(row_type.id).limit(1)) is not None for row_type in ROW_TYPES.values())


class NewRecordWriter(ChangeWriter):
    """Inserts records known to be new, many at a time, each with its change in the log.

    ``ChangeWriter.put`` looks every record up first; a bulk insert into an empty workspace needs no
    lookup, which makes twenty thousand records take a second rather than ten. The changes are the ones
    ``put`` would log: an insert carrying every field and ``deleted: false``, then a delete for a tombstone.
    It continues the device's sequence from the changes flushed so far, so the ``writer`` it is made from
    must not log more changes in the same transaction.
    """

    def __init__(self, writer: ChangeWriter) -> None:
        super().__init__(writer.session, writer.device_id, writer.clock)
        writer.session.flush()

    def insert_all(self, name: str, records: Iterable[Record], *, checked: bool = False) -> None:
        """Insert ``records`` of entity ``name``; a record with ``deleted: true`` becomes a tombstone.
        Each passes the gate (``RuleViolation``: nothing of the transaction is written), unless
        ``checked`` says the caller has just done so."""
        table = Base.metadata.tables[ROW_TYPES[name].__tablename__]
        columns = [column.name for column in table.columns]
        lists = {column.name for column in table.columns if isinstance(column.type, JSON)}
        rows: list[tuple[Any, ...]] = []
        changes: list[tuple[Any, ...]] = []
        created_at = datetime.now(UTC).isoformat(timespec="milliseconds")
        # In the order of the ids, and the changes' ids drawn then sorted: each primary key index (and the
        # change log's (device, seq)) grows at its end rather than at random places, which made the
        # twenty thousand inserts of the benchmark's workspace take half the time.
        records = sorted(records, key=lambda record: str(record["id"]))
        ids = iter(sorted(_random_ids(len(records) + sum(1 for r in records if r.get(DELETED) is True))))
        for record in records:
            deleted = record.get(DELETED) is True
            fields = {key: value for key, value in record.items() if key != DELETED}
            if not checked:
                check_record(name, fields)
            rows.append(tuple(deleted if key == DELETED else json.dumps(record[key]) if key in lists
                              else record[key] for key in columns))
            changes.append(self._change(next(ids), name, fields, "insert", {**fields, DELETED: False}, None,
                                        created_at))
            if deleted:
                changes.append(self._change(next(ids), name, fields, "delete", {DELETED: True},
                                            {DELETED: False}, created_at))
        if rows:
            # The driver's executemany on the session's own connection (so in its transaction), the JSON
            # columns serialised as SQLAlchemy would: its Core insert cost four times as much (parameters
            # processed one by one) for the same rows.
            cursor = self.session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
            cursor.executemany(f"INSERT INTO {table.name} ({', '.join(columns)}) "
                               f"VALUES ({', '.join('?' * len(columns))})", rows)
            cursor.executemany(f"INSERT INTO {ChangeRow.__tablename__} ({', '.join(_CHANGE_COLUMNS)}) "
                               f"VALUES ({', '.join('?' * len(_CHANGE_COLUMNS))})", changes)

    def _change(self, change_id: str, name: str, record: Record, op: str, fields: dict[str, Any],
                previous: dict[str, Any] | None, created_at: str) -> tuple[Any, ...]:
        """A change row in the order of ``_CHANGE_COLUMNS``."""
        return (change_id, self.device_id, self._take_seq(), self.clock.now().encode(), name,
                str(record["id"]), op, json.dumps(fields),
                "null" if previous is None else json.dumps(previous), created_at, None)


_CHANGE_COLUMNS = ("id", "device_id", "seq", "hlc", "entity", "entity_id", "op", "fields", "previous",
                   "created_at", "server_seq")


def _random_ids(count: int) -> Iterator[str]:
    """``count`` random UUIDs (version 4), as ``new_id`` makes, from one read of the system's randomness
    (``uuid4`` reads it once per id: a fifth of the import's time for twenty thousand records)."""
    randomness = os.urandom(16 * count)
    for start in range(0, 16 * count, 16):
        yield str(uuid.UUID(bytes=randomness[start:start + 16], version=4))


# -- validation ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class WorkspaceDocument:
    """A document that has passed every check of the import, ready to be written."""

    demo: bool
    profile_expert_id: str | None
    entities: dict[str, list[Record]]
    texts: list[tuple[str, bytes]]
    """(deliverable id, CRDT state)"""
    workshops: list[tuple[Workshop, list[Attendee]]]
    pictures: tuple[AttachedPicture, ...] = ()


def check_document(data: object) -> WorkspaceDocument:
    if not isinstance(data, dict):
        raise ExchangeError("the document is not a JSON object; give a file written by 'socieux export'")
    if data.get("format") != FORMAT:
        raise ExchangeError(f"the document's format is {data.get('format')!r}, not {FORMAT!r}; give a file "
                            f"written by 'socieux export'")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ExchangeError(f"the document is format version {version}, newer than this app's {VERSION}; "
                            f"update the app")
    if version not in _TOP_LEVELS or isinstance(version, bool):
        raise ExchangeError(f"the document's version is {version!r}; this app reads versions "
                            f"{_RECORDS_ONLY} to {VERSION}")
    top_level = _TOP_LEVELS[version]
    for key in data:
        if key not in top_level:
            raise ExchangeError(f"the document has an unknown top-level field {key!r}")
    for key in top_level:
        if key not in data:
            raise ExchangeError(f"the document lacks the top-level field {key!r}")
    if not isinstance(data["demo"], bool):
        raise ExchangeError("the top-level field 'demo' must be true or false")
    profile = data["profile_expert_id"]
    if profile is not None and not isinstance(profile, str):
        raise ExchangeError("the top-level field 'profile_expert_id' must be an expert id or null")
    entities = _check_entities(data["entities"])
    if profile is not None and profile not in {record["id"] for record in entities["expert"]}:
        raise ExchangeError(f"the top-level field 'profile_expert_id' names the expert {profile}, who is not "
                            f"in the document")
    ids = {name: {str(record["id"]) for record in records} for name, records in entities.items()}
    if not data["demo"] and ids["mission"] & demo_mission_ids():
        raise ExchangeError("the document holds the demo's example missions but says 'demo': false; a demo "
                            "never becomes a real workspace (its made-up missions would reach "
                            "headquarters at the next sync): import it with 'demo': true to try things, "
                            "and start your own workspace for real work")
    texts = _check_texts(data.get("texts", []), ids["deliverable"])
    missions = {str(record["id"]): str(record["mission_id"]) for record in entities["deliverable"]}
    workshops = _check_workshops(data.get("workshops", []), ids, missions)
    pictures = _check_pictures(data.get("pictures", []), ids["deliverable"])
    return WorkspaceDocument(data["demo"], profile, entities, texts, workshops, pictures)


def _check_pictures(pictures: object, deliverable_ids: set[str]) -> tuple[AttachedPicture, ...]:
    """Each picture checked as one attached (a plain name, at most ``MAX_IMAGE_BYTES``, a picture Pillow
    opens whole) and against its checksum, once per deliverable and name."""
    if not isinstance(pictures, list):
        raise ExchangeError("the top-level field 'pictures' must be a list of the deliverables' pictures")
    checked: list[AttachedPicture] = []
    seen: set[tuple[str, str]] = set()
    for index, entry in enumerate(pictures):
        where = f"pictures entry {index + 1}"
        _check_keys(where, entry, _PICTURE_KEYS)
        assert isinstance(entry, dict)
        deliverable_id, name = entry["deliverable_id"], entry["name"]
        if not isinstance(deliverable_id, str) or deliverable_id not in deliverable_ids:
            raise ExchangeError(f"{where}, field 'deliverable_id': no deliverable has the id "
                                f"{deliverable_id}")
        if not isinstance(name, str) or image_name(IMAGE_PREFIX + name) is None:
            raise ExchangeError(f"{where}, field 'name': {name!r} is not a picture's name (letters, digits, "
                                f"'-', '_' and '.', at most 100 characters, no folder)")
        where = f"{where} (deliverable {deliverable_id}, picture {name!r})"
        if (deliverable_id, name) in seen:
            raise ExchangeError(f"{where}: the deliverable has a second picture of that name")
        seen.add((deliverable_id, name))
        data = _decode_picture(where, entry["data"])
        if entry["sha256"] != hashlib.sha256(data).hexdigest():
            raise ExchangeError(f"{where}, field 'sha256': does not match the picture's bytes; the file is "
                                f"damaged")
        try:
            checked_image(data)
        except ImageRefused as refused:
            if refused.reason == "too_large":
                raise ExchangeError(_too_large(where)) from None
            raise ExchangeError(f"{where}, field 'data': is not a picture the app can print (PNG, JPEG, "
                                f"GIF, WebP, BMP or TIFF, whole); the file is damaged") from None
        attached_at = entry["attached_at"]
        if not _is_attach_time(attached_at):
            raise ExchangeError(f"{where}, field 'attached_at': {attached_at!r} is not a time written like "
                                f"'2026-02-06T09:30:00+00:00'")
        checked.append(AttachedPicture(deliverable_id, name, entry["sha256"], attached_at, data))
    return tuple(checked)


def _decode_picture(where: str, value: object) -> bytes:
    if not isinstance(value, str):
        raise ExchangeError(f"{where}, field 'data': must be text (base64)")
    if len(value) > (MAX_IMAGE_BYTES + 2) // 3 * 4:  # refused before decoding it
        raise ExchangeError(_too_large(where))
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ExchangeError(f"{where}, field 'data': is not base64; the file is damaged") from None


def _too_large(where: str) -> str:
    return (f"{where}, field 'data': the picture is larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB, "
            f"more than the app attaches")


def _is_attach_time(value: object) -> bool:
    """A time as a picture's row holds it (``store.images.attached_now``)."""
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return False
    return (moment is not None and moment.utcoffset() == timedelta(0)
            and moment.isoformat(timespec="seconds") == value)


def _check_texts(texts: object, deliverable_ids: set[str]) -> list[tuple[str, bytes]]:
    if not isinstance(texts, list):
        raise ExchangeError("the top-level field 'texts' must be a list, one entry per deliverable")
    checked: list[tuple[str, bytes]] = []
    seen: set[str] = set()
    for index, entry in enumerate(texts):
        where = f"texts entry {index + 1}"
        _check_keys(where, entry, _TEXT_KEYS)
        assert isinstance(entry, dict)
        deliverable_id = entry["deliverable_id"]
        if not isinstance(deliverable_id, str) or deliverable_id not in deliverable_ids:
            raise ExchangeError(f"{where}, field 'deliverable_id': no deliverable has the id "
                                f"{deliverable_id}")
        where = f"{where} (deliverable {deliverable_id})"
        if deliverable_id in seen:
            raise ExchangeError(f"{where}: the deliverable has a second text")
        seen.add(deliverable_id)
        state = _decode_state(where, entry["state"])
        problem = field_problem(TEXT_UPDATE, "data", entry["state"])
        if problem is not None:
            raise ExchangeError(f"{where}, field 'state': {problem.english}")
        document = _read_state(where, deliverable_id, state)
        try:
            expected = text_entry(deliverable_id, document, state)
        except BaseException as error:  # Yrs panics (a BaseException) on some damaged anchors
            if not isinstance(error, Exception) and type(error).__name__ != "PanicException":
                raise
            raise ExchangeError(f"{where}, field 'state': the comments cannot be read; the file is "
                                f"damaged") from None
        for key in _TEXT_KEYS:
            if entry[key] != expected[key]:
                raise ExchangeError(f"{where}, field {key!r}: does not match the text in 'state' (the "
                                    f"sections, comments and versions are written from it); export the "
                                    f"workspace again rather than editing them")
        checked.append((deliverable_id, state))
    return checked


def _decode_state(where: str, value: object) -> bytes:
    if not isinstance(value, str):
        raise ExchangeError(f"{where}, field 'state': must be text (base64)")
    try:
        state = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ExchangeError(f"{where}, field 'state': is not base64; the file is damaged") from None
    if not state:
        raise ExchangeError(f"{where}, field 'state': is empty; the file is damaged")
    return state


def _read_state(where: str, deliverable_id: str, state: bytes) -> DeliverableDocument:
    from socieux_desktop.collab.document import DeliverableDocument

    try:
        document = DeliverableDocument.from_updates([state])
    except (ValueError, RuntimeError) as error:  # Yrs: undecodable, or items that do not fit together
        raise ExchangeError(f"{where}, field 'state': the text cannot be read ({error}); the file is "
                            f"damaged") from None
    if document.deliverable_id not in (deliverable_id, None):
        raise ExchangeError(f"{where}, field 'state': is the text of another deliverable "
                            f"({document.deliverable_id})")
    return document


def _check_workshops(workshops: object, ids: Mapping[str, set[str]], deliverable_missions: Mapping[str, str]
                     ) -> list[tuple[Workshop, list[Attendee]]]:
    from socieux_desktop.collab.attendance import Attendee, Workshop, participant_change, workshop_change

    if not isinstance(workshops, list):
        raise ExchangeError("the top-level field 'workshops' must be a list of workshops")
    checked: list[tuple[Workshop, list[Attendee]]] = []
    workshop_ids: set[str] = set()
    participant_ids: set[str] = set()
    for index, entry in enumerate(workshops):
        where = f"workshops entry {index + 1}"
        _check_keys(where, entry, _WORKSHOP_KEYS)
        assert isinstance(entry, dict)
        where = f"{where} (id {entry['id']})" if isinstance(entry["id"], str) else where
        workshop_id = _check_id(where, entry, "id", workshop_ids)
        for key, target in (("mission_id", "mission"), ("deliverable_id", "deliverable")):
            if not isinstance(entry[key], str) or entry[key] not in ids[target]:
                raise ExchangeError(f"{where}, field {key!r}: no {target} has the id {entry[key]}")
        if deliverable_missions[entry["deliverable_id"]] != entry["mission_id"]:
            raise ExchangeError(f"{where}, field 'mission_id': is not the mission of its deliverable")
        started = _moment(where, entry, "started_at")
        ended = None if entry["ended_at"] is None else _moment(where, entry, "ended_at")
        if ended is not None and ended < started:
            raise ExchangeError(f"{where}, field 'ended_at': the workshop ends before it starts")
        if not isinstance(entry["participants"], list):
            raise ExchangeError(f"{where}, field 'participants': must be a list")
        attendees = []
        for number, person in enumerate(entry["participants"]):
            at = f"{where}, participant {number + 1}"
            _check_keys(at, person, _PARTICIPANT_KEYS)
            assert isinstance(person, dict)
            person_id = _check_id(at, person, "id", participant_ids)
            for key in ("name", "institution"):
                if not isinstance(person[key], str):
                    raise ExchangeError(f"{at}, field {key!r}: must be text")
            sexes = [str(sex.value) for sex in Sex]
            if person["sex"] is not None and person["sex"] not in sexes:
                raise ExchangeError(f"{at}, field 'sex': {person['sex']!r} is not one of {', '.join(sexes)} "
                                    f"or null")
            if not isinstance(person["read_only"], bool):
                raise ExchangeError(f"{at}, field 'read_only': must be true or false")
            attendee = Attendee(person_id, workshop_id, person["name"], person["institution"],
                                None if person["sex"] is None else Sex(person["sex"]),
                                _moment(at, person, "joined_at"), person["read_only"])
            _through_the_gate(at, WORKSHOP_PARTICIPANT, participant_change(attendee, entry["mission_id"]))
            attendees.append(attendee)
        workshop = Workshop(workshop_id, entry["mission_id"], entry["deliverable_id"], started, ended)
        _through_the_gate(where, WORKSHOP, workshop_change(workshop))
        checked.append((workshop, attendees))
    return checked


def _through_the_gate(where: str, entity: str, fields: Mapping[str, object]) -> None:
    """The gate's rules of a record (lengths, well-formed text…), as the store applies them on writing."""
    problem = record_problem(entity, fields)
    if problem is not None:
        field = problem.params.get("field")
        named = f", field {field!r}" if field in fields else ""
        raise ExchangeError(f"{where}{named}: {problem.english}")


def _check_keys(where: str, entry: object, keys: tuple[str, ...]) -> None:
    if not isinstance(entry, dict):
        raise ExchangeError(f"{where} is not a JSON object")
    for key in entry:
        if key not in keys:
            raise ExchangeError(f"{where} has an unknown field {key!r}")
    for key in keys:
        if key not in entry:
            raise ExchangeError(f"{where} lacks the field {key!r}")


def _check_id(where: str, entry: dict[str, Any], key: str, seen: set[str]) -> str:
    value = entry[key]
    if not _is_uuid(value):
        raise ExchangeError(f"{where}, field {key!r}: must be a lowercase UUID")
    if value in seen:
        raise ExchangeError(f"{where}: the id appears twice")
    seen.add(value)
    return str(value)


def _moment(where: str, entry: dict[str, Any], key: str) -> datetime:
    """A time as the app writes it: UTC, ISO 8601 with milliseconds (2026-02-06T09:30:00.000+00:00)."""
    from socieux_desktop.collab.attendance import stamp

    value = entry[key]
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None or stamp(moment) != value:
        raise ExchangeError(f"{where}, field {key!r}: {value!r} is not a time written like "
                            f"'2026-02-06T09:30:00.000+00:00'")
    return moment


def _check_entities(entities: object) -> dict[str, list[Record]]:
    if not isinstance(entities, dict):
        raise ExchangeError("the top-level field 'entities' must be an object of lists, one per type")
    for name in entities:
        if name not in ENTITY_TYPES:
            raise ExchangeError(f"'entities' holds an unknown type {name!r}; known: "
                                f"{', '.join(ENTITY_TYPES)}")
    checked: dict[str, list[Record]] = {}
    for name, cls in ENTITY_TYPES.items():
        records = entities.get(name, [])
        if not isinstance(records, list):
            raise ExchangeError(f"'entities.{name}' must be a list of records")
        checked[name] = [_check_record(name, cls, index, record) for index, record in enumerate(records)]
    ids = {name: _unique_ids(name, records) for name, records in checked.items()}
    for name, records in checked.items():
        for index, record in enumerate(records):
            _check_references(name, index, record, ids)
    return checked


def _where(name: str, index: int, record: object) -> str:
    record_id = record.get("id") if isinstance(record, dict) else None
    named = f" (id {record_id})" if isinstance(record_id, str) else ""
    return f"{name} record {index + 1}{named}"


def _check_record(name: str, cls: type, index: int, record: object) -> Record:
    if not isinstance(record, dict):
        raise ExchangeError(f"{_where(name, index, record)} is not a JSON object")
    where = _where(name, index, record)
    names = field_names(cls)
    expected = (*names, DELETED)
    if record.keys() != _key_set(cls):  # the usual case checked at once, the faults named below
        for key in record:
            if key not in expected:
                raise ExchangeError(f"{where} has an unknown field {key!r}")
        for key in expected:
            if key not in record:
                raise ExchangeError(f"{where} lacks the field {key!r}")
    if not isinstance(record[DELETED], bool):
        raise ExchangeError(f"{where}, field 'deleted': must be true or false")
    if not _is_uuid(record["id"]):
        raise ExchangeError(f"{where}, field 'id': must be a lowercase UUID such as "
                            f"'0b6c1f5e-4f0a-4c2e-9a57-3f2d7c1e8b90'")
    fields = {key: value for key, value in record.items() if key != DELETED}
    problem = record_problem(name, fields)
    if problem is not None:
        field = problem.params.get("field")
        named = f", field {field!r}" if field in names else ""
        raise ExchangeError(f"{where}{named}: {problem.english}")
    return dict(record)


def _unique_ids(name: str, records: list[Record]) -> set[str]:
    seen: set[str] = set()
    for index, record in enumerate(records):
        record_id = str(record["id"])
        if record_id in seen:
            raise ExchangeError(f"{_where(name, index, record)}: the id appears twice in '{name}'")
        seen.add(record_id)
    return seen


def _check_references(name: str, index: int, record: Record, ids: Mapping[str, set[str]]) -> None:
    for key, target in _references(name).items():
        value = record[key]
        values = value if isinstance(value, list) else [value]
        for referenced in values:
            if referenced not in ids[target]:
                raise ExchangeError(f"{_where(name, index, record)}, field {key!r}: no {target} has the id "
                                    f"{referenced}")


@cache
def _references(name: str) -> dict[str, str]:
    """Field -> entity it points to: the foreign keys of the table, and the lists of ids."""
    table = ROW_TYPES[name].__table__
    found = {column.name: next(iter(column.foreign_keys)).column.table.name
             for column in table.columns if column.foreign_keys}
    found.update({key: target for (entity, key), target in _LIST_REFERENCES.items() if entity == name})
    return found


@cache
def _key_set(cls: type) -> frozenset[str]:
    return frozenset((*field_names(cls), DELETED))


def _is_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


@contextmanager
def new_record_writer(workbook: Workbook) -> Iterator[NewRecordWriter]:
    """One transaction that inserts new records in bulk (demo data, import), with their changes."""
    with workbook.bulk_writer() as writer:
        yield NewRecordWriter(writer)
