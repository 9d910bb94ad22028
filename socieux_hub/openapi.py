"""JSON schemas of the protocol's messages for the OpenAPI spec (the parsing itself is
``socieux_desktop.sync.protocol``: plain dataclasses, no pydantic)."""

from __future__ import annotations

from typing import Any

from socieux_desktop.sync import protocol

_UUID: dict[str, Any] = {"type": "string", "format": "uuid"}
_VALUE: dict[str, Any] = {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "boolean"},
                                    {"type": "array", "items": {"type": "string"}}]}

CHANGE: dict[str, Any] = {
    "type": "object",
    "description": "One write of one record. `fields` holds the new values of the fields it changed (an "
                   "insert: all of them and `deleted: false`; a delete: `{\"deleted\": true}`).",
    "required": ["id", "device_id", "seq", "hlc", "entity", "entity_id", "op", "fields", "previous",
                 "created_at"],
    "additionalProperties": False,
    "properties": {
        "id": _UUID,
        "device_id": {"type": "string", "maxLength": 64},
        "seq": {"type": "integer", "minimum": 1, "description": "The device's own number for the change."},
        "hlc": {"type": "string", "description": "Hybrid logical clock stamp: wall ms (15 digits), '-', "
                                                 "counter (6 digits), '-', device id."},
        "entity": {"type": "string", "enum": list(protocol.SYNCED_ENTITIES)},
        "entity_id": _UUID,
        "op": {"type": "string", "enum": list(protocol.OPS)},
        "fields": {"type": "object", "additionalProperties": _VALUE},
        "previous": {"anyOf": [{"type": "object", "additionalProperties": _VALUE}, {"type": "null"}]},
        "created_at": {"type": "string", "format": "date-time"},
        "server_seq": {"type": "integer", "minimum": 1,
                       "description": "The hub's number for the change: in pulls only."},
    },
}

PUSH_REQUEST: dict[str, Any] = {
    "type": "object",
    "required": ["protocol", "device_id", "changes"],
    "additionalProperties": False,
    "properties": {
        "protocol": {"type": "integer", "enum": sorted(protocol.SUPPORTED_VERSIONS)},
        "device_id": {"type": "string", "maxLength": 64},
        "changes": {"type": "array", "maxItems": protocol.MAX_BATCH_CHANGES, "items": CHANGE},
    },
}

PUSH_RESPONSE: dict[str, Any] = {
    "type": "object",
    "required": ["protocol", "results"],
    "properties": {
        "protocol": {"type": "integer"},
        "results": {"type": "array", "items": {
            "type": "object", "required": ["id", "server_seq"],
            "properties": {"id": _UUID, "server_seq": {"type": "integer"}}}},
    },
}

PULL_RESPONSE: dict[str, Any] = {
    "type": "object",
    "required": ["protocol", "changes", "cursor", "more"],
    "properties": {
        "protocol": {"type": "integer"},
        "changes": {"type": "array", "items": CHANGE},
        "cursor": {"type": "string", "description": "Where to pull from next time (opaque)."},
        "more": {"type": "boolean", "description": "True: pull again at once from `cursor`."},
    },
}

LOGIN_REQUEST: dict[str, Any] = {
    "type": "object",
    "required": ["username", "password"],
    "additionalProperties": False,
    "properties": {"username": {"type": "string"}, "password": {"type": "string", "format": "password"}},
}

IDENTITY: dict[str, Any] = {
    "type": "object",
    "required": ["protocol", "username", "role", "expert_id"],
    "properties": {
        "protocol": {"type": "integer"},
        "username": {"type": "string"},
        "role": {"type": "string", "enum": list(protocol.ROLES)},
        "expert_id": {"anyOf": [_UUID, {"type": "null"}]},
        "token": {"type": "string", "description": "At login only: the bearer token."},
    },
}

ERROR: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {
        "type": "object", "required": ["code", "message"],
        "properties": {"code": {"type": "string", "description": "Machine code, e.g. forbidden."},
                       "message": {"type": "string", "description": "What happened, for a person."}}}},
}


def json_body(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    texts = {400: "Malformed request or unsupported protocol version", 401: "Not signed in",
             403: "Outside what the user may see or write", 409: "Conflicts with what the hub has",
             413: "Batch or body too large", 415: "Unsupported Content-Encoding",
             422: "A change the hub cannot apply"}
    return {status: json_body(ERROR, texts[status]) for status in statuses}
