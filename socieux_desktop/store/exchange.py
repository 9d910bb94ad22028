"""A whole workspace as one readable JSON document, and back (format in docs/workspace-json.md).

Export is deterministic: the same workspace always gives the same bytes (keys sorted, records sorted by id,
two-space indent, UTF-8 text as is). Import checks the whole document before writing anything, refuses a
workspace that already holds records, and writes every record through the change log in one transaction,
so that a later sync sends it and a refusal leaves nothing behind.
"""

from __future__ import annotations

import dataclasses
import json
import os
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from socieux_desktop.domain.gate import check_record, record_problem
from socieux_desktop.domain.model import ENTITY_TYPES, new_id
from socieux_desktop.domain.records import Record, field_names
from socieux_desktop.store.changes import ChangeWriter, row_record
from socieux_desktop.store.models import ROW_TYPES, Base, ChangeRow, MetaRow, SettingRow
from socieux_desktop.store.workbook import DEMO, REAL, Workbook

FORMAT = "socieux-workspace"
VERSION = 1
DELETED = "deleted"
PROFILE_SETTING = "profile_expert_id"
_TOP_LEVEL = ("demo", "entities", "format", "profile_expert_id", "version")
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
            row_type = ROW_TYPES[name]
            rows = session.scalars(select(row_type))
            records = [{**row_record(row, cls), DELETED: row.deleted} for row in rows]
            entities[name] = sorted(records, key=lambda record: str(record["id"]))
    return {
        "format": FORMAT,
        "version": VERSION,
        "demo": workbook.kind == DEMO,
        "profile_expert_id": workbook.setting(PROFILE_SETTING),
        "entities": entities,
    }


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
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ExchangeError(f"the file cannot be read ({error.strerror or error})") from error
    return import_workspace(workbook, loads(raw, "the file"))


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
    document = _check_document(data)
    with workbook.bulk_writer() as writer:
        if _holds_records(writer.session):
            raise WorkspaceNotEmpty(f"the workspace in {workbook.data_dir} already holds records; import "
                                    f"into a new, empty workspace")
        inserter = NewRecordWriter(writer)
        for name in ENTITY_TYPES:
            inserter.insert_all(name, document.entities[name], checked=True)
        if document.profile_expert_id is not None:
            writer.session.merge(SettingRow(key=PROFILE_SETTING, value=document.profile_expert_id))
        writer.session.merge(MetaRow(key="kind", value=DEMO if document.demo else REAL))
    workbook.kind = DEMO if document.demo else REAL
    return {name: len(records) for name, records in document.entities.items()}


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
        rows: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        created_at = datetime.now(UTC).isoformat(timespec="milliseconds")
        for record in records:
            fields = {key: value for key, value in record.items() if key != DELETED}
            if not checked:
                check_record(name, fields)
            deleted = record.get(DELETED) is True
            rows.append({**fields, DELETED: deleted})
            changes.append(self._change(name, fields, "insert", {**fields, DELETED: False}, None, created_at))
            if deleted:
                changes.append(self._change(name, fields, "delete", {DELETED: True}, {DELETED: False},
                                            created_at))
        if rows:
            # Core inserts of the tables: the ORM's bulk path costs twice as much and adds nothing here.
            self.session.execute(insert(Base.metadata.tables[ROW_TYPES[name].__tablename__]), rows)
            self.session.execute(insert(Base.metadata.tables[ChangeRow.__tablename__]), changes)

    def _change(self, name: str, record: Record, op: str, fields: dict[str, Any],
                previous: dict[str, Any] | None, created_at: str) -> dict[str, Any]:
        return {"id": new_id(), "device_id": self.device_id, "seq": self._take_seq(),
                "hlc": self.clock.now().encode(), "entity": name, "entity_id": str(record["id"]), "op": op,
                "fields": fields, "previous": previous, "created_at": created_at, "server_seq": None}


# -- validation ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Document:
    demo: bool
    profile_expert_id: str | None
    entities: dict[str, list[Record]]


def _check_document(data: object) -> _Document:
    if not isinstance(data, dict):
        raise ExchangeError("the document is not a JSON object; give a file written by 'socieux export'")
    if data.get("format") != FORMAT:
        raise ExchangeError(f"the document's format is {data.get('format')!r}, not {FORMAT!r}; give a file "
                            f"written by 'socieux export'")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ExchangeError(f"the document is format version {version}, newer than this app's {VERSION}; "
                            f"update the app")
    if version != VERSION or isinstance(version, bool):
        raise ExchangeError(f"the document's version is {version!r}; this app reads version {VERSION}")
    for key in data:
        if key not in _TOP_LEVEL:
            raise ExchangeError(f"the document has an unknown top-level field {key!r}")
    for key in _TOP_LEVEL:
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
    return _Document(data["demo"], profile, entities)


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
