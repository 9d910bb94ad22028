"""The sync protocol between the desktop app and the hub: messages, limits, strict parsing and the merge.

Version 1. Plain dataclasses and functions (no Qt, no SQL, no I/O), imported by the hub and by the app.

The wire (full description in ``docs/hub.md``):

- ``POST /v1/login`` ``{"username", "password"}`` gives a bearer token; ``POST /v1/logout`` revokes it;
  ``GET /v1/me`` tells the user's role and expert id.
- ``POST /v1/changes`` (push) takes a gzip JSON :class:`PushRequest` of at most :data:`MAX_BATCH_CHANGES`
  changes, :data:`MAX_BODY_BYTES` on the wire and :data:`MAX_BATCH_BYTES` once decompressed. The hub
  applies the whole batch or nothing; a change it already has (same UUID) is not applied again and keeps
  its number, so a replayed batch gets the same :class:`PushResponse`.
- ``GET /v1/changes?protocol=1&cursor=C&limit=N`` (pull) gives a :class:`PullResponse`: the changes the
  user may see after cursor ``C``, in order, and the cursor to ask from next time; ``more`` says whether
  to ask again at once. Cursors are opaque: keep the last one, start from :data:`INITIAL_CURSOR`.

Records merge field by field, the last writer by hybrid logical clock winning (:func:`merge_change`). The
encoded stamp ends with the device id, so two stamps are never equal unless they come from one device;
even then the value decides, so any order of the same changes, with duplicates, gives the same state.
A delete is the field ``deleted`` set to true (a tombstone), an undelete sets it back to false.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import gzip
import json
import re
import typing
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, Final

from socieux_desktop.domain.clock import HLCStamp
from socieux_desktop.domain.model import ENTITY_TYPES, Sex
from socieux_desktop.domain.records import JSONValue

PROTOCOL_VERSION: Final = 2
SUPPORTED_VERSIONS: Final = frozenset({1, 2})
"""Version 2 adds the hub's own stamp to a push result (``hlc``) when it re-stamped a change whose clock
was ahead of the hub's (:data:`MAX_CLOCK_AHEAD_MS`). The hub answers each push and pull in the version it
was asked in; a version-1 push with a stamp ahead is refused (``clock_ahead``), since a version-1 app
could not learn its new stamp."""
IDENTITY_VERSION: Final = 1
"""The version the login's and ``/v1/me``'s answers say: their shape has not changed since version 1, so
an app of either version reads them."""

MAX_BATCH_CHANGES: Final = 1000
"""Changes in one push; the app cuts its outbox into batches of at most this many."""
MAX_BODY_BYTES: Final = 1024 * 1024
"""Bytes of one push body as sent (gzip)."""
MAX_BATCH_BYTES: Final = 4 * 1024 * 1024
"""Bytes of one push body once decompressed: a small gzip body that inflates past this is refused."""
DEFAULT_PULL_LIMIT: Final = 500
MAX_PULL_LIMIT: Final = 1000
MAX_PAGE_BYTES: Final = 16 * 1024 * 1024
"""Bytes of text updates (their base64) in one pull page, roughly: the hub ends a page early past them
(always sending at least one change), so that a page stays well within what the app reads (64 MiB) however
large the team's updates are."""
MAX_CURSOR_LENGTH: Final = 100
MAX_NUMBER: Final = 2**62
"""The largest sequence number or cursor part the protocol carries (PostgreSQL's BIGINT holds 2**63 - 1)."""
MAX_JSON_DEPTH: Final = 16
"""Arrays and objects nested in one JSON body (a push needs 5: batch, changes, change, fields, list)."""
MAX_LOGIN_BYTES: Final = 16 * 1024
MAX_CLOCK_AHEAD_MS: Final = 60_000
"""How far a pushed stamp may be ahead of the hub's clock before the hub re-stamps the change with a
stamp of its own clock for that device (version 2) or refuses it (version 1): a clock days ahead never
outranks what others write later in real time, and pulled stamps never push anyone's clock forward."""
INITIAL_CURSOR: Final = "0"

OPS: Final = ("insert", "update", "delete")
DELETED: Final = "deleted"
ROLES: Final = ("expert", "coordinator")

TEXT_UPDATE: Final = "deliverable_update"
"""The entity of one CRDT update of a deliverable's text. Not a record merged field by field: an
immutable row, only ever inserted (``op`` insert), whose fields are ``id`` (the update's UUID),
``deliverable_id``, ``mission_id`` (the deliverable's, so the hub files it under that mission),
``data`` (the update's bytes in base64) and ``deleted`` (false). Applying it appends the update to the
deliverable's text; applying it twice changes nothing (CRDT updates are idempotent)."""

WORKSHOP: Final = "workshop"
WORKSHOP_PARTICIPANT: Final = "workshop_participant"
ATTENDANCE_ENTITIES: Final = (WORKSHOP, WORKSHOP_PARTICIPANT)
"""The attendance of workshops (tables ``workshop`` and ``workshop_participant``): records that merge field
by field like the others, but whose rows keep the shape the workshop code reads (no tombstone column,
None where a change holds ""). A workshop: ``id``, ``mission_id``, ``deliverable_id``, ``started_at``,
``ended_at`` ("" while it runs). A participant: ``id``, ``workshop_id``, ``mission_id`` (its workshop's,
so the hub files it with the mission), ``name``, ``institution``, ``sex`` ("" when not given),
``joined_at``, ``read_only``. Times are ISO text."""

HEADQUARTERS_ONLY: Final = "headquarters_only"
"""The refusal of a push holding changes only headquarters may make, from a user who is not a coordinator:
a deliverable put in a status only headquarters gives (:data:`HEADQUARTERS_STATUSES`). The hub answers 403
with this code and the ids of those changes in the error's ``changes``, and applies nothing of the batch;
the app takes the status out of those changes (undoing it on its side) and pushes again."""
HEADQUARTERS_STATUSES: Final = frozenset({"approved", "returned"})
"""The statuses of a deliverable only a coordinator gives (``DeliverableStatus.by_headquarters``)."""


WORKFLOW_FIELDS: Final[Mapping[str, str]] = {"deliverable": "status", "mission": "timesheet_status"}
"""The field of each entity that holds a workflow's status (a deliverable's, a mission's timesheet's):
approved and returned are headquarters' acts in both, and the hub checks every change of it by role."""


def workflow_field(change: Change) -> str | None:
    """The workflow status field ``change`` writes, or None when it writes none."""
    name = WORKFLOW_FIELDS.get(change.entity)
    return name if name is not None and name in change.fields else None


HEADQUARTERS_ENTITIES: Final = frozenset({"team_member", "allocation", "expert"})
"""Records the hub may refuse from an expert as headquarters' (a team, its allocated days, another
person's details): with the workflow statuses, the only changes an app takes back when named."""


def may_take_back(change: Change) -> bool:
    """Whether ``change`` is of a kind the hub may refuse as headquarters' act (so an app takes it back
    when the hub names it; a hub naming any other change is not followed)."""
    return workflow_field(change) is not None or change.entity in HEADQUARTERS_ENTITIES


def headquarters_only(change: Change) -> bool:
    """Whether ``change`` is one only a coordinator may make: it puts a deliverable or a mission's
    timesheet in an approved or returned status."""
    name = workflow_field(change)
    return name is not None and change.fields[name] in HEADQUARTERS_STATUSES


SYNCED_ENTITIES: Final = (*ENTITY_TYPES, *ATTENDANCE_ENTITIES, TEXT_UPDATE)
"""Every entity a change may name: the records of ``ENTITY_TYPES``, the attendance of workshops and the
deliverables' text updates."""

SCOPE_FIELDS: Final[Mapping[str, str]] = {
    "activity": "action_id",
    "team_member": "mission_id",
    "allocation": "mission_id",
    "counterpart": "mission_id",
    "day_entry": "mission_id",
    "deliverable": "mission_id",
    WORKSHOP: "mission_id",
    WORKSHOP_PARTICIPANT: "mission_id",
    TEXT_UPDATE: "mission_id",
}
"""The field that ties a record to the action or mission it belongs to. It never changes once the record
exists (the hub refuses a change that moves a record): to move a day to another mission, delete it and
log it again there."""

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_DEVICE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}\Z")
_INT_MIN, _INT_MAX = -(2**31), 2**31 - 1
_MAX_CREATED_AT = 40


class ProtocolError(ValueError):
    """A message that does not follow the protocol: a machine code and a sentence for a person."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(f"{code}: {message}")


# Machine codes of the errors the hub answers with (also used by ProtocolError).
MALFORMED_JSON: Final = "malformed_json"
UNSUPPORTED_PROTOCOL: Final = "unsupported_protocol"
INVALID_REQUEST: Final = "invalid_request"
INVALID_CHANGE: Final = "invalid_change"
BATCH_TOO_LARGE: Final = "batch_too_large"
BODY_TOO_LARGE: Final = "body_too_large"
UNSUPPORTED_ENCODING: Final = "unsupported_encoding"
INVALID_CURSOR: Final = "invalid_cursor"
CLOCK_AHEAD: Final = "clock_ahead"


# --- JSON bodies -----------------------------------------------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


_BAD_CHARACTERS = re.compile("[\x00\ud800-\udfff]")
"""NUL and UTF-16 surrogates: no database text column holds NUL, and a surrogate left in a string after
JSON decoding is a lone one (a pair becomes one character), which no UTF-8 text can carry."""


def well_formed(value: object) -> bool:
    """Whether a text (or a list of texts) holds no NUL and no lone surrogate; other values are."""
    if isinstance(value, str):
        return _BAD_CHARACTERS.search(value) is None
    if isinstance(value, list):
        return all(well_formed(item) for item in value)
    return True


def loads(text: bytes | str, max_bytes: int = MAX_BATCH_BYTES, *, check_strings: bool = True) -> Any:
    """Strict JSON: UTF-8, at most ``max_bytes``, arrays and objects nested at most
    :data:`MAX_JSON_DEPTH` deep, no NaN or Infinity, no key twice in one object, and no NUL or lone
    surrogate in any string (keys included). ``check_strings=False`` leaves the strings to the caller: a
    pull page checks each change's own (``PullResponse.from_json``), so one bad change does not make
    the page unreadable."""
    if len(text) > max_bytes:
        raise ProtocolError(BODY_TOO_LARGE, f"The body is larger than {max_bytes} bytes; send less.")
    try:
        obj = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicate_keys)
    except RecursionError:
        raise ProtocolError(MALFORMED_JSON, (
            f"The body nests arrays or objects deeper than {MAX_JSON_DEPTH} levels.")) from None
    except (ValueError, UnicodeDecodeError) as error:
        raise ProtocolError(MALFORMED_JSON, f"The body is not valid JSON ({error}).") from None
    _check_tree(obj, check_strings)
    return obj


def _check_tree(obj: Any, check_strings: bool = True) -> None:
    """Refuse nesting deeper than :data:`MAX_JSON_DEPTH` and strings with NUL or a lone surrogate (walked
    without recursion, so a hostile body costs no stack)."""
    stack: list[tuple[Any, int]] = [(obj, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if check_strings and _BAD_CHARACTERS.search(node):
                raise ProtocolError(MALFORMED_JSON, (
                    "The body holds a string with a NUL character or a lone UTF-16 surrogate; send "
                    "well-formed text."))
        elif isinstance(node, list | dict):
            if depth >= MAX_JSON_DEPTH:
                raise ProtocolError(MALFORMED_JSON, (
                    f"The body nests arrays or objects deeper than {MAX_JSON_DEPTH} levels."))
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, value in items:
                if isinstance(key, str):
                    stack.append((key, depth + 1))
                stack.append((value, depth + 1))


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def gzip_json(obj: Any) -> bytes:
    """A message as a gzip JSON body, the way pushes travel."""
    return gzip.compress(dumps(obj), compresslevel=6)


def gunzip_limited(data: bytes, max_bytes: int = MAX_BATCH_BYTES) -> bytes:
    """Decompress a gzip body, refusing it as soon as it inflates past ``max_bytes`` (a gzip bomb costs
    no more than ``max_bytes`` of memory) or when it is truncated or not gzip at all."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
        if len(out) > max_bytes or inflater.unconsumed_tail:
            raise ProtocolError(BODY_TOO_LARGE, _too_large_message(max_bytes))
        out += inflater.flush()
    except zlib.error as error:
        raise ProtocolError(MALFORMED_JSON, f"The body is not valid gzip ({error}).") from None
    if len(out) > max_bytes:
        raise ProtocolError(BODY_TOO_LARGE, _too_large_message(max_bytes))
    if not inflater.eof:
        raise ProtocolError(MALFORMED_JSON, "The gzip body is truncated.")
    if inflater.unused_data:
        raise ProtocolError(MALFORMED_JSON, "The gzip body has bytes after its end.")
    return out


def _too_large_message(max_bytes: int) -> str:
    return (f"The batch is larger than {max_bytes} bytes once decompressed; send fewer changes per "
            "batch.")


# --- Field values ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Kind:
    """What one field of an entity holds: 'str', 'int', 'bool', 'date', 'enum' (with its values) or a
    list of one of those."""

    name: str
    choices: frozenset[str] = frozenset()
    item: _Kind | None = None


@cache
def field_kinds(entity: str) -> Mapping[str, _Kind]:
    """The fields a change of ``entity`` may carry, with what each holds (``deleted`` included)."""
    text, flag = _Kind("str"), _Kind("bool")
    if entity == TEXT_UPDATE:
        return {"id": text, "deliverable_id": text, "mission_id": text, "data": text, DELETED: flag}
    if entity == WORKSHOP:
        return {"id": text, "mission_id": text, "deliverable_id": text, "started_at": text, "ended_at": text,
                DELETED: flag}
    if entity == WORKSHOP_PARTICIPANT:
        sexes = _Kind("enum", frozenset({"", *(str(sex.value) for sex in Sex)}))
        return {"id": text, "workshop_id": text, "mission_id": text, "name": text, "institution": text,
                "sex": sexes, "joined_at": text, "read_only": flag, DELETED: flag}
    cls = ENTITY_TYPES[entity]
    hints = typing.get_type_hints(cls)
    kinds = {f.name: _kind_of(hints[f.name]) for f in dataclasses.fields(cls)}
    kinds[DELETED] = _Kind("bool")
    return kinds


def entity_fields(entity: str) -> tuple[str, ...]:
    """The fields of ``entity`` without ``deleted``: what an insert carries besides ``deleted``."""
    return tuple(name for name in field_kinds(entity) if name != DELETED)


def _kind_of(hint: Any) -> _Kind:
    if hint is str:
        return _Kind("str")
    if hint is int:
        return _Kind("int")
    if hint is bool:
        return _Kind("bool")
    if hint is date:
        return _Kind("date")
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _Kind("enum", frozenset(str(member.value) for member in hint))
    if typing.get_origin(hint) is tuple:
        return _Kind("list", item=_kind_of(typing.get_args(hint)[0]))
    raise TypeError(f"no protocol kind for {hint!r}")


def _value_problem(kind: _Kind, value: Any) -> str | None:
    """Why ``value`` cannot be held by a field of ``kind``, or None when it can."""
    if kind.name == "str":
        return None if isinstance(value, str) else "must be text"
    if kind.name == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            return "must be a whole number"
        return None if _INT_MIN <= value <= _INT_MAX else "is out of range"
    if kind.name == "bool":
        return None if isinstance(value, bool) else "must be true or false"
    if kind.name == "date":
        if not isinstance(value, str) or len(value) != 10:
            return "must be a date written YYYY-MM-DD"
        try:
            date.fromisoformat(value)
        except ValueError:
            return "must be a date written YYYY-MM-DD"
        return None
    if kind.name == "enum":
        if isinstance(value, str) and value in kind.choices:
            return None
        return "must be one of " + ", ".join(sorted(kind.choices))
    assert kind.item is not None
    if not isinstance(value, list):
        return "must be a list"
    for item in value:
        problem = _value_problem(kind.item, item)
        if problem is not None:
            return "has an item that " + problem
    return None


def _is_json_value(value: Any) -> bool:
    if value is None or isinstance(value, str | bool | int):
        return True
    if isinstance(value, float):
        return value == value and value not in (float("inf"), float("-inf"))
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


# --- Changes ---------------------------------------------------------------------------------------------


def _require(obj: Mapping[str, Any], where: str, required: Iterable[str],
             optional: Iterable[str] = ()) -> None:
    if not isinstance(obj, dict):
        raise ProtocolError(INVALID_REQUEST, f"{where} must be a JSON object.")
    allowed = set(required) | set(optional)
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise ProtocolError(INVALID_REQUEST, f"{where} has an unknown field {unknown[0]!r}.")
    missing = [name for name in required if name not in obj]
    if missing:
        raise ProtocolError(INVALID_REQUEST, f"{where} lacks the field {missing[0]!r}.")


def _text(obj: Mapping[str, Any], name: str, where: str, max_length: int = 200) -> str:
    value = obj[name]
    if not isinstance(value, str) or not value or len(value) > max_length:
        raise ProtocolError(INVALID_REQUEST, f"{where}: {name!r} must be non-empty text of at most "
                                             f"{max_length} characters.")
    return value


def _integer(obj: Mapping[str, Any], name: str, where: str, minimum: int) -> int:
    value = obj[name]
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum or value > MAX_NUMBER:
        raise ProtocolError(INVALID_REQUEST, (
            f"{where}: {name!r} must be a whole number from {minimum} to {MAX_NUMBER}."))
    return value


def is_uuid(text: object) -> bool:
    return isinstance(text, str) and _UUID.match(text) is not None


def is_device_id(text: object) -> bool:
    return isinstance(text, str) and _DEVICE.match(text) is not None


def is_stamp(text: object) -> bool:
    """Whether ``text`` is an encoded clock stamp (as :meth:`HLCStamp.encode` writes it) of a device id
    the protocol accepts."""
    if not isinstance(text, str):
        return False
    try:
        stamp = HLCStamp.decode(text)
    except ValueError:
        return False
    return stamp.encode() == text and _DEVICE.match(stamp.device_id) is not None


@dataclass(frozen=True, slots=True)
class Change:
    """One write of one record, as the app's change log holds it and as it travels.

    ``fields`` holds the new values of the fields the write changed (all of them for an insert, with
    ``deleted: false``; ``{"deleted": true}`` for a delete); ``previous`` their values before, kept for the
    history. ``server_seq`` is the hub's number for the change: absent when pushed, set when pulled.
    """

    id: str
    device_id: str
    seq: int
    hlc: str
    entity: str
    entity_id: str
    op: str
    fields: Mapping[str, JSONValue]
    previous: Mapping[str, JSONValue] | None
    created_at: str
    server_seq: int | None = None

    @property
    def stamp(self) -> HLCStamp:
        return HLCStamp.decode(self.hlc)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id, "device_id": self.device_id, "seq": self.seq, "hlc": self.hlc,
            "entity": self.entity, "entity_id": self.entity_id, "op": self.op, "fields": dict(self.fields),
            "previous": None if self.previous is None else dict(self.previous), "created_at": self.created_at,
        }
        if self.server_seq is not None:
            data["server_seq"] = self.server_seq
        return data

    @classmethod
    def from_json(cls, obj: Any, where: str = "change", *, numbered: bool = False) -> Change:
        """Parse and check one change; ``numbered`` when it comes from the hub (it has a server_seq)."""
        base = ("id", "device_id", "seq", "hlc", "entity", "entity_id", "op", "fields", "previous",
                "created_at")
        _require(obj, where, (*base, "server_seq") if numbered else base)

        def bad(message: str) -> ProtocolError:
            return ProtocolError(INVALID_CHANGE, f"{where}: {message}")

        change_id = obj["id"]
        if not is_uuid(change_id):
            raise bad("'id' must be a UUID in lower case.")
        device_id = obj["device_id"]
        if not isinstance(device_id, str) or not _DEVICE.match(device_id):
            raise bad("'device_id' must be 1 to 64 letters, digits, '-' or '_'.")
        seq = _integer(obj, "seq", where, 1)
        hlc = obj["hlc"]
        try:
            stamp = HLCStamp.decode(hlc) if isinstance(hlc, str) else None
        except ValueError:
            stamp = None
        if stamp is None or stamp.encode() != hlc:
            raise bad("'hlc' is not a clock stamp.")
        if stamp.device_id != device_id:
            raise bad("the clock stamp was not made by the change's device.")
        entity = obj["entity"]
        if entity not in SYNCED_ENTITIES:
            raise bad(f"unknown entity {entity!r}; known: {', '.join(SYNCED_ENTITIES)}.")
        entity_id = obj["entity_id"]
        if not is_uuid(entity_id):
            raise bad("'entity_id' must be a UUID in lower case.")
        op = obj["op"]
        if op not in OPS:
            raise bad(f"unknown op {op!r}; known: {', '.join(OPS)}.")
        fields = _check_fields(obj["fields"], entity, entity_id, op, bad)
        previous = obj["previous"]
        if previous is not None:
            kinds = field_kinds(entity)
            if (not isinstance(previous, dict) or any(key not in kinds for key in previous)
                    or not all(_is_json_value(value) for value in previous.values())):
                raise bad(f"'previous' must be null or an object of {entity} fields.")
        created_at = obj["created_at"]
        if not isinstance(created_at, str) or len(created_at) > _MAX_CREATED_AT:
            raise bad("'created_at' must be an ISO date and time.")
        try:
            datetime.fromisoformat(created_at)
        except ValueError:
            raise bad("'created_at' must be an ISO date and time.") from None
        server_seq = _integer(obj, "server_seq", where, 1) if numbered else None
        return cls(change_id, device_id, seq, hlc, entity, entity_id, op, fields,
                   None if previous is None else dict(previous), created_at, server_seq)


def _check_fields(fields: Any, entity: str, entity_id: str, op: str,
                  bad: typing.Callable[[str], ProtocolError]) -> dict[str, JSONValue]:
    if not isinstance(fields, dict) or not fields:
        raise bad("'fields' must be a non-empty object.")
    kinds = field_kinds(entity)
    for name, value in fields.items():
        if name not in kinds:
            raise bad(f"{entity} has no field {name!r}.")
        problem = _value_problem(kinds[name], value)
        if problem is not None:
            raise bad(f"the field {name!r} of {entity} {problem}.")
    if "id" in fields and fields["id"] != entity_id:
        raise bad("the field 'id' differs from 'entity_id'.")
    for name, value in fields.items():
        if name.endswith("_id") and not is_uuid(value):
            raise bad(f"the field {name!r} of {entity} names a record: it must be a UUID in lower case.")
        if name.endswith("_ids") and isinstance(value, list) and not all(is_uuid(item) for item in value):
            raise bad(f"the field {name!r} of {entity} lists records: each must be a UUID in lower case.")
    if op == "insert":
        missing = [name for name in kinds if name not in fields]
        if missing:
            raise bad(f"an insert carries every field of the record; {missing[0]!r} is missing.")
        if fields[DELETED] is not False:
            raise bad("an insert carries 'deleted': false.")
    elif op == "delete" and fields != {DELETED: True}:
        raise bad("a delete carries exactly {\"deleted\": true}.")
    if entity == TEXT_UPDATE:
        _check_text_update(fields, op, bad)
    return dict(fields)


def _check_text_update(fields: Mapping[str, Any], op: str,
                       bad: typing.Callable[[str], ProtocolError]) -> None:
    """A text update is only ever inserted, names its deliverable and mission by UUID and carries
    non-empty base64 bytes."""
    if op != "insert":
        raise bad(f"a {TEXT_UPDATE} is never changed or deleted once written; only 'insert' is allowed.")
    for name in ("deliverable_id", "mission_id"):
        if not is_uuid(fields[name]):
            raise bad(f"'{name}' of a {TEXT_UPDATE} must be a UUID in lower case.")
    try:
        data = base64.b64decode(str(fields["data"]), validate=True)
    except (binascii.Error, ValueError):
        data = b""
    if not data:
        raise bad(f"'data' of a {TEXT_UPDATE} must be the update's bytes in base64.")


def encode_update(data: bytes) -> str:
    """A CRDT update's bytes as the ``data`` field of a text update."""
    return base64.b64encode(data).decode("ascii")


def decode_update(text: JSONValue) -> bytes:
    """The bytes of a text update's ``data`` field (checked when the change was parsed)."""
    return base64.b64decode(str(text))


# --- Messages --------------------------------------------------------------------------------------------


def check_version(obj: Any, where: str) -> None:
    """Refuse a message of a protocol version this side does not speak (checked before anything else)."""
    if not isinstance(obj, dict):
        raise ProtocolError(INVALID_REQUEST, f"{where} must be a JSON object.")
    version = obj.get("protocol")
    if version is None:
        raise ProtocolError(INVALID_REQUEST, f"{where} lacks the field 'protocol'.")
    check_version_number(version)


def check_version_number(version: object) -> None:
    if isinstance(version, bool) or not isinstance(version, int) or version not in SUPPORTED_VERSIONS:
        raise ProtocolError(UNSUPPORTED_PROTOCOL, (
            f"Protocol version {version!r} is not supported; this side speaks version "
            f"{', '.join(str(v) for v in sorted(SUPPORTED_VERSIONS))}. Update the app or the hub."))


@dataclass(frozen=True, slots=True)
class PushRequest:
    device_id: str
    changes: tuple[Change, ...]
    protocol: int = PROTOCOL_VERSION

    def to_json(self) -> dict[str, Any]:
        return {"protocol": self.protocol, "device_id": self.device_id,
                "changes": [change.to_json() for change in self.changes]}

    @classmethod
    def from_json(cls, obj: Any) -> PushRequest:
        check_version(obj, "the push")
        _require(obj, "the push", ("protocol", "device_id", "changes"))
        device_id = obj["device_id"]
        if not isinstance(device_id, str) or not _DEVICE.match(device_id):
            raise ProtocolError(INVALID_REQUEST, "the push: 'device_id' must be 1 to 64 letters, digits, "
                                                 "'-' or '_'.")
        raw = obj["changes"]
        if not isinstance(raw, list):
            raise ProtocolError(INVALID_REQUEST, "the push: 'changes' must be a list.")
        if len(raw) > MAX_BATCH_CHANGES:
            raise ProtocolError(BATCH_TOO_LARGE, (
                f"The batch has {len(raw)} changes; at most {MAX_BATCH_CHANGES} go in one push."))
        changes = tuple(Change.from_json(item, f"change {index + 1}") for index, item in enumerate(raw))
        seen: set[str] = set()
        for index, change in enumerate(changes):
            if change.device_id != device_id:
                raise ProtocolError(INVALID_CHANGE, (
                    f"change {index + 1}: made by device {change.device_id}, pushed by {device_id}; a "
                    "device pushes only its own changes."))
            if change.id in seen:
                raise ProtocolError(INVALID_CHANGE, f"change {index + 1}: the id {change.id} appears twice.")
            seen.add(change.id)
        return cls(device_id, changes, obj["protocol"])


@dataclass(frozen=True, slots=True)
class PushResult:
    """The hub's number for a pushed change, and (version 2) the stamp it stored instead of the pushed
    one when the device's clock was ahead of the hub's (None: the pushed stamp was kept)."""

    id: str
    server_seq: int
    hlc: str | None = None


@dataclass(frozen=True, slots=True)
class PushResponse:
    """The hub's number for each pushed change, in the order of the request."""

    results: tuple[PushResult, ...]
    protocol: int = PROTOCOL_VERSION

    def to_json(self) -> dict[str, Any]:
        results: list[dict[str, Any]] = []
        for result in self.results:
            item: dict[str, Any] = {"id": result.id, "server_seq": result.server_seq}
            if result.hlc is not None and self.protocol >= 2:
                item["hlc"] = result.hlc
            results.append(item)
        return {"protocol": self.protocol, "results": results}

    @classmethod
    def from_json(cls, obj: Any) -> PushResponse:
        check_version(obj, "the push response")
        _require(obj, "the push response", ("protocol", "results"))
        if not isinstance(obj["results"], list):
            raise ProtocolError(INVALID_REQUEST, "the push response: 'results' must be a list.")
        results = []
        for index, item in enumerate(obj["results"]):
            where = f"result {index + 1}"
            _require(item, where, ("id", "server_seq"), ("hlc",) if obj["protocol"] >= 2 else ())
            if not is_uuid(item["id"]):
                raise ProtocolError(INVALID_REQUEST, f"{where}: 'id' must be a UUID.")
            hlc = item.get("hlc")
            if hlc is not None and not is_stamp(hlc):
                raise ProtocolError(INVALID_REQUEST, f"{where}: 'hlc' must be a clock stamp.")
            results.append(PushResult(item["id"], _integer(item, "server_seq", where, 1), hlc))
        return cls(tuple(results), obj["protocol"])


@dataclass(frozen=True, slots=True)
class UnreadableChange:
    """A pulled change that does not follow the protocol: what could be told of it (its id, entity,
    record and number when it has them), why, and the object as it came (kept to be read again by a
    later version of the app). One such change does not make the rest of its page unreadable."""

    raw: Any
    problem: str
    id: str | None = None
    entity: str | None = None
    entity_id: str | None = None
    device_id: str | None = None
    server_seq: int | None = None

    @classmethod
    def of(cls, raw: Any, problem: str) -> UnreadableChange:
        def uuid_or_none(name: str) -> str | None:
            value = raw.get(name) if isinstance(raw, dict) else None
            return value if is_uuid(value) else None

        entity = raw.get("entity") if isinstance(raw, dict) else None
        device = raw.get("device_id") if isinstance(raw, dict) else None
        seq = raw.get("server_seq") if isinstance(raw, dict) else None
        return cls(raw, problem, uuid_or_none("id"), entity if entity in SYNCED_ENTITIES else None,
                   uuid_or_none("entity_id"),
                   device if isinstance(device, str) and _DEVICE.match(device) else None,
                   seq if isinstance(seq, int) and not isinstance(seq, bool) and 1 <= seq <= 2**62 else None)


@dataclass(frozen=True, slots=True)
class PullResponse:
    """Changes after the cursor the pull asked from, the cursor to ask from next, and whether more wait.

    ``unreadable``: the page's changes that do not follow the protocol (parsed on this side only, never
    sent): the app sets them aside and applies the others."""

    changes: tuple[Change, ...]
    cursor: str
    more: bool
    protocol: int = PROTOCOL_VERSION
    unreadable: tuple[UnreadableChange, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"protocol": self.protocol, "changes": [change.to_json() for change in self.changes],
                "cursor": self.cursor, "more": self.more}

    @classmethod
    def from_json(cls, obj: Any) -> PullResponse:
        check_version(obj, "the pull response")
        _require(obj, "the pull response", ("protocol", "changes", "cursor", "more"))
        if not isinstance(obj["changes"], list) or not isinstance(obj["more"], bool):
            raise ProtocolError(INVALID_REQUEST, "the pull response: 'changes' must be a list and 'more' "
                                                 "true or false.")
        Cursor.parse(obj["cursor"])
        changes: list[Change] = []
        unreadable: list[UnreadableChange] = []
        for index, item in enumerate(obj["changes"]):
            try:
                _check_tree(item)
                changes.append(Change.from_json(item, f"pulled change {index + 1}", numbered=True))
            except ProtocolError as error:
                unreadable.append(UnreadableChange.of(item, error.message))
        return cls(tuple(changes), obj["cursor"], obj["more"], obj["protocol"], tuple(unreadable))


@dataclass(frozen=True, slots=True)
class LoginRequest:
    username: str
    password: str

    def to_json(self) -> dict[str, Any]:
        return {"username": self.username, "password": self.password}

    @classmethod
    def from_json(cls, obj: Any) -> LoginRequest:
        _require(obj, "the login", ("username", "password"))
        username = _text(obj, "username", "the login", 200)
        password = _text(obj, "password", "the login", 1000)
        return cls(username, password)


@dataclass(frozen=True, slots=True)
class Identity:
    """Who a token belongs to: ``GET /v1/me``, and the login's answer with the token."""

    username: str
    role: str
    expert_id: str | None
    token: str | None = None
    protocol: int = PROTOCOL_VERSION

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"protocol": self.protocol, "username": self.username, "role": self.role,
                                "expert_id": self.expert_id}
        if self.token is not None:
            data["token"] = self.token
        return data

    @classmethod
    def from_json(cls, obj: Any) -> Identity:
        check_version(obj, "the identity")
        _require(obj, "the identity", ("protocol", "username", "role", "expert_id"), ("token",))
        if obj["role"] not in ROLES:
            raise ProtocolError(INVALID_REQUEST, f"the identity: unknown role {obj['role']!r}.")
        expert_id = obj["expert_id"]
        if expert_id is not None and not is_uuid(expert_id):
            raise ProtocolError(INVALID_REQUEST, "the identity: 'expert_id' must be null or a UUID.")
        token = _text(obj, "token", "the identity", 200) if "token" in obj else None
        return cls(_text(obj, "username", "the identity"), obj["role"], expert_id, token, obj["protocol"])


@dataclass(frozen=True, slots=True)
class ErrorBody:
    """What the hub answers when it refuses a request: ``{"error": {"code": ..., "message": ...}}``;
    a push refused for some of its changes only names them: ``"changes": [<their ids>]``."""

    code: str
    message: str
    changes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        inner: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.changes:
            inner["changes"] = list(self.changes)
        return {"error": inner}

    @classmethod
    def from_json(cls, obj: Any) -> ErrorBody:
        _require(obj, "the error", ("error",))
        inner = obj["error"]
        _require(inner, "the error", ("code", "message"), ("changes",))
        changes = inner.get("changes", [])
        if not isinstance(changes, list) or len(changes) > MAX_BATCH_CHANGES or not all(
                isinstance(item, str) and is_uuid(item) for item in changes):
            raise ProtocolError(INVALID_REQUEST, "the error: 'changes' must be a list of change ids.")
        return cls(_text(inner, "code", "the error"), _text(inner, "message", "the error", 10_000),
                   tuple(changes))


# --- Cursors ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a pull stands. The app keeps it as an opaque string; the hub reads it.

    ``position``: every change numbered up to it that the user may see has been delivered, for every
    access the user was granted at or before ``granted``. Access granted after ``granted`` brings the
    history of what it opens (numbered up to ``position``); while that history is delivered page by page,
    ``backfill_to`` is the last grant it covers and ``backfill_after`` the last change of it delivered.
    """

    position: int = 0
    granted: int = 0
    backfill_to: int | None = None
    backfill_after: int = 0

    def encode(self) -> str:
        if self.backfill_to is not None:
            return f"{self.position}.{self.granted}.{self.backfill_to}.{self.backfill_after}"
        if self.granted != self.position:
            return f"{self.position}.{self.granted}"
        return str(self.position)

    @classmethod
    def parse(cls, text: object) -> Cursor:
        def bad() -> ProtocolError:
            return ProtocolError(INVALID_CURSOR, (
                f"{text!r} is not a cursor this hub gave; start again from {INITIAL_CURSOR!r}."))

        if not isinstance(text, str) or not text or len(text) > MAX_CURSOR_LENGTH:
            raise bad()
        parts = text.split(".")
        if len(parts) not in (1, 2, 4) or not all(part.isascii() and part.isdigit() for part in parts):
            raise bad()
        numbers = [int(part) for part in parts]
        if any(str(number) != part or number > MAX_NUMBER
               for number, part in zip(numbers, parts, strict=True)):
            raise bad()
        if len(numbers) == 1:
            return cls(numbers[0], numbers[0])
        if len(numbers) == 2:
            cursor = cls(numbers[0], numbers[1])
        else:
            cursor = cls(numbers[0], numbers[1], numbers[2], numbers[3])
        if cursor.granted < cursor.position or (
                cursor.backfill_to is not None
                and (cursor.backfill_to <= cursor.granted or cursor.backfill_after > cursor.position)):
            raise bad()
        return cursor


# --- Merge -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecordState:
    """A record as merged from its changes: each field's value and the stamp of the write that set it."""

    entity: str
    id: str
    values: Mapping[str, JSONValue]
    clocks: Mapping[str, str]

    @property
    def deleted(self) -> bool:
        return self.values.get(DELETED) is True

    @property
    def complete(self) -> bool:
        """True once every field of the entity has a value (an update may arrive before its insert)."""
        return all(name in self.values for name in entity_fields(self.entity))


def _order_key(hlc: str, value: JSONValue) -> tuple[str, str]:
    return hlc, json.dumps(value, sort_keys=True, ensure_ascii=False)


def merge_change(state: RecordState | None, change: Change) -> RecordState:
    """The record after ``change``: each field it carries replaces the held value when its stamp is later
    (equal stamps: the larger value by its JSON text, so the result never depends on the order)."""
    if state is None:
        state = RecordState(change.entity, change.entity_id, {}, {})
    elif (state.entity, state.id) != (change.entity, change.entity_id):
        raise ValueError(f"change {change.id} is for {change.entity} {change.entity_id}, "
                         f"not {state.entity} {state.id}")
    values = dict(state.values)
    clocks = dict(state.clocks)
    for name, value in change.fields.items():
        held = clocks.get(name)
        if held is None or _order_key(change.hlc, value) > _order_key(held, values[name]):
            values[name] = value
            clocks[name] = change.hlc
    return RecordState(state.entity, state.id, values, clocks)


def merge_changes(states: Mapping[tuple[str, str], RecordState],
                  changes: Iterable[Change]) -> dict[tuple[str, str], RecordState]:
    """Records keyed by (entity, id) after the changes, in any order, duplicates harmless."""
    result = dict(states)
    for change in changes:
        key = (change.entity, change.entity_id)
        result[key] = merge_change(result.get(key), change)
    return result

