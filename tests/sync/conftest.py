"""The real hub on loopback (from the hub's tests, SQLite only here) and laptops signed in to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail

from socieux_desktop.store.workbook import Workbook
from socieux_desktop.sync.credentials import TokenStore
from tests.hub.conftest import PASSWORD, Hub, World, cheap_password_hashing, hub, make_world

__all__ = ["PASSWORD", "Hub", "World", "cheap_password_hashing", "hub"]


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'hub.sqlite'}"


@pytest.fixture
def world(hub: Hub) -> World:
    return make_world(hub)


@pytest.fixture
def tokens() -> TokenStore:
    """Tokens in memory (the keychain itself is tested in test_credentials)."""
    return TokenStore(fail.Keyring())


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[dict[str, Workbook]]:
    """Workspaces opened by name, closed at the end."""
    opened: dict[str, Workbook] = {}

    class Opener(dict[str, Workbook]):
        def __missing__(self, name: str) -> Workbook:
            workbook = Workbook.open(tmp_path / name)
            opened[name] = workbook
            self[name] = workbook
            return workbook

    yield Opener()
    for workbook in opened.values():
        workbook.close()
