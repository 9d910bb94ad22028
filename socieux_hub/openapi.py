"""JSON schemas of the protocol's messages for the OpenAPI spec (the parsing itself is
``socieux_desktop.sync.protocol``: plain dataclasses, no pydantic)."""

from __future__ import annotations

from typing import Any

from socieux_desktop.sync import protocol

_UUID: dict[str, Any] = {"type": "string", "format": "uuid", "maxLength": 36,
                         "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"}
_DEVICE: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": 64,
                           "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$",
                           "description": "A device id: letters, digits, '-' and '_'. It belongs to the user "
                                          "who first pushed under it."}
_NUMBER: dict[str, Any] = {"type": "integer", "minimum": 1, "maximum": protocol.MAX_NUMBER}
_TEXT = "No NUL character and no lone UTF-16 surrogate in any string."
_VALUE: dict[str, Any] = {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "boolean"},
                                    {"type": "array", "items": {"type": "string"}}]}
STAMP: dict[str, Any] = {
    "type": "string", "maxLength": 87, "pattern": "^[0-9]{15}-[0-9]{6}-[A-Za-z0-9][A-Za-z0-9_-]{0,63}$",
    "description": "Hybrid logical clock stamp: wall ms (15 digits), '-', counter (6 digits), '-', device "
                   f"id. One more than {protocol.MAX_CLOCK_AHEAD_MS // 1000} s ahead of the hub's clock is "
                   "re-stamped by the hub (protocol 2) or refused (protocol 1)."}
CURSOR: dict[str, Any] = {
    "type": "string", "minLength": 1, "maxLength": protocol.MAX_CURSOR_LENGTH, "pattern": "^[0-9.]+$",
    "description": f"Opaque; start from {protocol.INITIAL_CURSOR!r}. Its numbers are at most "
                   f"{protocol.MAX_NUMBER}."}

CHANGE: dict[str, Any] = {
    "type": "object",
    "description": "One write of one record. `fields` holds the new values of the fields it changed (an "
                   "insert: all of them and `deleted: false`; a delete: `{\"deleted\": true}`). Fields "
                   f"named `id` or `..._id` hold UUIDs. {_TEXT}",
    "required": ["id", "device_id", "seq", "hlc", "entity", "entity_id", "op", "fields", "previous",
                 "created_at"],
    "additionalProperties": False,
    "properties": {
        "id": _UUID,
        "device_id": _DEVICE,
        "seq": {**_NUMBER, "description": "The device's own number for the change."},
        "hlc": STAMP,
        "entity": {"type": "string", "enum": list(protocol.SYNCED_ENTITIES)},
        "entity_id": _UUID,
        "op": {"type": "string", "enum": list(protocol.OPS)},
        "fields": {"type": "object", "minProperties": 1, "additionalProperties": _VALUE},
        "previous": {"anyOf": [{"type": "object", "additionalProperties": _VALUE}, {"type": "null"}]},
        "created_at": {"type": "string", "format": "date-time", "maxLength": 40},
        "server_seq": {**_NUMBER, "description": "The hub's number for the change: in pulls only."},
    },
}

PUSH_REQUEST: dict[str, Any] = {
    "type": "object",
    "required": ["protocol", "device_id", "changes"],
    "additionalProperties": False,
    "properties": {
        "protocol": {"type": "integer", "enum": sorted(protocol.SUPPORTED_VERSIONS)},
        "device_id": _DEVICE,
        "changes": {"type": "array", "maxItems": protocol.MAX_BATCH_CHANGES, "items": CHANGE},
    },
    "description": (f"At most {protocol.MAX_BODY_BYTES} bytes as sent, {protocol.MAX_BATCH_BYTES} once "
                    f"decompressed, arrays and objects nested at most {protocol.MAX_JSON_DEPTH} deep. "
                    f"{_TEXT}"),
}

PUSH_RESPONSE: dict[str, Any] = {
    "type": "object",
    "required": ["protocol", "results"],
    "properties": {
        "protocol": {"type": "integer"},
        "results": {"type": "array", "maxItems": protocol.MAX_BATCH_CHANGES, "items": {
            "type": "object", "required": ["id", "server_seq"], "additionalProperties": False,
            "properties": {"id": _UUID, "server_seq": _NUMBER, "hlc": {
                **STAMP, "description": "Protocol 2: the stamp the hub stored instead of the pushed one "
                                       "(the device's clock was ahead); the app takes it."}}}},
    },
}

PULL_RESPONSE: dict[str, Any] = {
    "type": "object",
    "required": ["protocol", "changes", "cursor", "more"],
    "properties": {
        "protocol": {"type": "integer"},
        "changes": {"type": "array", "maxItems": protocol.MAX_PULL_LIMIT, "items": CHANGE},
        "cursor": {**CURSOR, "description": "Where to pull from next time (opaque)."},
        "more": {"type": "boolean", "description": "True: pull again at once from `cursor`."},
    },
}

LOGIN_REQUEST: dict[str, Any] = {
    "type": "object",
    "required": ["username", "password"],
    "additionalProperties": False,
    "properties": {"username": {"type": "string", "minLength": 1, "maxLength": 200},
                   "password": {"type": "string", "format": "password", "minLength": 1, "maxLength": 1000}},
    "description": f"At most {protocol.MAX_LOGIN_BYTES} bytes. {_TEXT}",
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
                       "message": {"type": "string", "description": "What happened, for a person."},
                       "changes": {"type": "array", "maxItems": protocol.MAX_BATCH_CHANGES, "items": _UUID,
                                   "description": "The pushed changes that caused the refusal."}}}},
}


def _retry_after(description: str) -> dict[str, Any]:
    return {**json_body(ERROR, description), "headers": {"Retry-After": {
        "description": "Seconds to wait before asking again.", "schema": {"type": "integer", "minimum": 1}}}}


def json_body(schema: dict[str, Any], description: str,
              links: dict[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"description": description, "content": {"application/json": {"schema": schema}}}
    if links:
        body["links"] = links
    return body


PULL_OPERATION = "pull_changes"
PULL_NEXT: dict[str, Any] = {"NextPage": {
    "operationId": PULL_OPERATION, "parameters": {"cursor": "$response.body#/cursor"},
    "description": "The next pull starts from the cursor this one gave."}}
PULL_AFTER_PUSH: dict[str, Any] = {"PullAfterPush": {
    "operationId": PULL_OPERATION, "parameters": {"device": "$request.body#/device_id"},
    "description": "A sync pulls after it pushed, leaving out its own device's changes."}}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    texts = {400: "Malformed request or unsupported protocol version", 401: "Not signed in",
             403: "Outside what the user may see or write, another's device, or headquarters' act",
             409: "Conflicts with what the hub has", 413: "Batch or body too large",
             415: "Unsupported Content-Encoding",
             422: "A change the hub cannot apply (or a version-1 push stamped ahead of the hub's clock)"}
    answers: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        if status == 429:
            answers[status] = _retry_after("Too many failed sign-ins for this name or address lately")
        elif status == 503:
            answers[status] = _retry_after("The hub is busy checking other sign-ins")
        else:
            answers[status] = json_body(ERROR, texts[status])
    return answers
