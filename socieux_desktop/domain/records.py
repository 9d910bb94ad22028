"""Entities as plain JSON records and back: the one shape shared by the store, the export and sync.

A record maps each field name to ``str``, ``int``, ``bool``, ``None`` or a list of strings. Dates are
ISO strings, enums their values, tuples lists.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Hashable
from datetime import date
from enum import Enum
from functools import cache
from typing import Any, TypeVar, cast

JSONScalar = str | int | float | bool | None
JSONValue = JSONScalar | list[str]
Record = dict[str, JSONValue]

E = TypeVar("E")


def to_record(entity: object) -> Record:
    return {f.name: _encode(getattr(entity, f.name)) for f in dataclasses.fields(entity)}  # type: ignore[arg-type]


def from_record(cls: type[E], record: Record) -> E:
    hints = _hints(cast(Hashable, cls))
    values = {name: _decode(hints[name], record[name]) for name in hints if name in record}
    return cls(**values)


def field_names(cls: type) -> tuple[str, ...]:
    return tuple(_hints(cls))


@cache
def _hints(cls: Any) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def _encode(value: object) -> JSONValue:
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [str(_encode(item)) for item in value]
    return value  # type: ignore[return-value]


def _decode(hint: Any, value: JSONValue) -> object:
    if hint is date:
        return date.fromisoformat(str(value))
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if typing.get_origin(hint) is tuple:
        item_type = typing.get_args(hint)[0]
        return tuple(_decode(item_type, item) for item in (value or []))  # type: ignore[union-attr]
    return value
