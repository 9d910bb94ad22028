"""The token store: the system keychain when there is one, memory only (and said so) when there is none."""

from __future__ import annotations

import os
import uuid

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from socieux_desktop.sync.credentials import TokenStore, usable_backend


class PlaintextFile(KeyringBackend):
    """Stands for keyrings.alt's file back-ends, which keep secrets in a file."""

    priority = 1  # type: ignore[assignment]
    viable = False  # never chosen by keyring itself
    stored: dict[tuple[str, str], str] = {}  # noqa: RUF012 - a class-level stand-in for a file

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


PlaintextFile.__module__ = "keyrings.alt.file"


class Locked(KeyringBackend):
    """A keychain that exists but refuses to store (locked, or its daemon gone)."""

    priority = 5  # type: ignore[assignment]
    viable = False  # never chosen by keyring itself

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def test_without_a_keychain_the_token_lives_in_memory_only() -> None:
    first = TokenStore(fail.Keyring())
    assert not first.persistent
    first.save("https://hub.socieux.eu", "marie", "token-1")
    assert first.load("https://hub.socieux.eu", "marie") == "token-1"
    assert TokenStore(fail.Keyring()).load("https://hub.socieux.eu", "marie") is None  # a new session
    first.delete("https://hub.socieux.eu", "marie")
    assert first.load("https://hub.socieux.eu", "marie") is None


def test_back_ends_that_write_files_or_do_nothing_are_not_keychains() -> None:
    assert not usable_backend(PlaintextFile())
    assert not usable_backend(null.Keyring())
    assert not usable_backend(fail.Keyring())
    store = TokenStore(PlaintextFile())
    store.save("https://hub.socieux.eu", "marie", "token-2")
    assert not store.persistent and PlaintextFile.stored == {}


def test_a_locked_keychain_keeps_the_token_for_the_session_and_says_so() -> None:
    store = TokenStore(Locked())
    assert store.persistent
    store.save("https://hub.socieux.eu", "marie", "token-3")
    assert not store.persistent
    assert store.load("https://hub.socieux.eu", "marie") == "token-3"


def test_the_system_keychain_holds_the_token_across_sessions() -> None:
    backend = keyring.get_keyring()
    if not usable_backend(backend):
        message = f"no usable keychain here ({backend!r}); CI runs gnome-keyring under dbus-run-session"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    user = f"test-{uuid.uuid4().hex[:8]}"
    hub = "https://hub.socieux.eu"
    TokenStore().save(hub, user, "token-4")
    try:
        assert TokenStore().persistent
        assert TokenStore().load(hub, user) == "token-4"
        assert keyring.get_password(TokenStore.service(hub), user) == "token-4"
    finally:
        TokenStore().delete(hub, user)
    assert TokenStore().load(hub, user) is None
