"""The sync token, kept in the operating system's keychain through ``keyring``.

When the system has no keychain (no Secret Service, no macOS Keychain, no Windows Credential Locker),
the token is kept in this process's memory for the session only and :attr:`TokenStore.persistent` says
so, for the app to tell the person. It is never written to a file: back-ends that keep secrets in files
(``keyrings.alt``) are refused like a missing keychain, and nothing falls back to plain text silently.
"""

from __future__ import annotations

import contextlib
import functools
from typing import Final

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE_PREFIX: Final = "SOCIEUX+ Desktop sync"
NO_KEYCHAIN: Final = (
    "This computer has no keychain the app can use, so your sign-in is kept only until the app closes; "
    "you will be asked to sign in again next time. Nothing is written to disk.")


def usable_backend(backend: KeyringBackend) -> bool:
    """True for a real keychain: a back-end with a positive priority that does not keep secrets in files."""
    module = type(backend).__module__
    if module.startswith("keyrings.alt") or module.startswith("keyring.backends.fail") or (
            module.startswith("keyring.backends.null")):
        return False
    if module.startswith("keyring.backends.chainer"):
        return any(usable_backend(inner) for inner in getattr(backend, "backends", ()))
    try:
        return float(backend.priority) > 0
    except Exception:  # a back-end whose priority check fails is not usable here
        return False


class TokenStore:
    """Tokens by hub and user name, in the keychain when there is one, else in memory."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._given = backend
        self._memory: dict[tuple[str, str], str] = {}

    @functools.cached_property
    def _backend(self) -> KeyringBackend | None:
        """The keychain, found at first use: looking it up loads D-Bus libraries, not needed at start.
        Set to None when the keychain fails: tokens then stay in memory."""
        chosen = self._given if self._given is not None else keyring.get_keyring()
        return chosen if usable_backend(chosen) else None

    @property
    def persistent(self) -> bool:
        """True when tokens go to the system keychain; False when they live in memory only."""
        return self._backend is not None

    @staticmethod
    def service(hub_url: str) -> str:
        return f"{SERVICE_PREFIX} {hub_url}"

    def save(self, hub_url: str, username: str, token: str) -> None:
        if self._backend is None:
            self._memory[(hub_url, username)] = token
            return
        try:
            self._backend.set_password(self.service(hub_url), username, token)
        except keyring.errors.KeyringError:
            # A locked or broken keychain: keep the token for this session only, and say so from now on.
            self._backend = None
            self._memory[(hub_url, username)] = token

    def load(self, hub_url: str, username: str) -> str | None:
        if (hub_url, username) in self._memory:
            return self._memory[(hub_url, username)]
        if self._backend is None:
            return None
        try:
            return self._backend.get_password(self.service(hub_url), username)
        except keyring.errors.KeyringError:
            return None

    def delete(self, hub_url: str, username: str) -> None:
        self._memory.pop((hub_url, username), None)
        if self._backend is None:
            return
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._backend.delete_password(self.service(hub_url), username)
