"""The app's HTTP client for the hub: one ``requests`` session, timeouts, retries, plain-language errors.

- Every request has a connect and a read timeout.
- Calls that are safe to repeat (``GET``, and a push, which the hub applies once by change UUID) are
  retried with exponential backoff after a lost connection, a timeout or a 502/503/504; sign-in and
  sign-out are not.
- Proxies come from the environment (``HTTPS_PROXY``, ``NO_PROXY``...), as ``requests`` reads them.
- TLS is always verified, against the system's authorities or a CA bundle the user sets; there is no way
  to turn verification off. Plain ``http://`` is accepted only for a hub on this machine (loopback).
- Every failure is a :class:`SyncError` with a category that says what to do next.
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final, TypeVar
from urllib.parse import urlsplit

from socieux_desktop.sync import protocol

CONNECT_TIMEOUT: Final = 10.0
READ_TIMEOUT: Final = 60.0
RETRIES: Final = 4
BACKOFF_SECONDS: Final = 0.5
_RETRY_STATUSES: Final = frozenset({502, 503, 504})
_MAX_ANSWER_BYTES: Final = 64 * 1024 * 1024
TLS_FAILURE: Final = "tls_failure"
"""The code of a :class:`SyncError` whose cause is a certificate or TLS handshake that failed."""

T = TypeVar("T")


class Problem(StrEnum):
    """What went wrong, in the categories the status area shows."""

    NO_CONNECTION = "no_connection"
    LOGIN_NEEDED = "login_needed"
    REFUSED = "refused"
    HUB_ERROR = "hub_error"


class SyncError(Exception):
    """A sync or sign-in that failed: a category and a sentence for a person that says what to do."""

    def __init__(self, problem: Problem, message: str, code: str = "", changes: tuple[str, ...] = ()) -> None:
        self.problem = problem
        self.message = message
        self.code = code
        self.changes = changes
        """The ids of the pushed changes the hub named as the cause of its refusal (if it named some)."""
        super().__init__(f"{problem.value}: {message}")


def check_hub_url(url: str) -> str:
    """The hub's base URL without a trailing slash; refused unless https, or http to this machine."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(Problem.REFUSED, f"{url!r} is not a hub address; write it like "
                                         "https://hub.example.org.")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise SyncError(Problem.REFUSED, "The hub address must start with https:// (the password and the "
                                         "token must not travel in clear).")
    if parts.query or parts.fragment:
        raise SyncError(Problem.REFUSED, f"{url!r} is not a hub address; leave out '?' and '#'.")
    return url.strip().rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(slots=True)
class Traffic:
    """What went over the wire: requests made and bytes of bodies sent and received (compressed as sent)."""

    requests: int = 0
    sent: int = 0
    received: int = 0


class HubClient:
    """Talks to one hub, optionally with a bearer token."""

    def __init__(self, base_url: str, token: str | None = None, *, ca_bundle: str | None = None,
                 connect_timeout: float = CONNECT_TIMEOUT, read_timeout: float = READ_TIMEOUT,
                 retries: int = RETRIES, backoff: float = BACKOFF_SECONDS,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.base_url = check_hub_url(base_url)
        self.token = token
        self.timeout = (connect_timeout, read_timeout)
        self.retries = retries
        self.backoff = backoff
        self._sleep = sleep
        self.traffic = Traffic()
        import requests  # loaded with the first client, not at the app's start (about 70 ms)

        self.session = requests.Session()
        self.session.trust_env = True
        self.session.verify = ca_bundle if ca_bundle else True
        self.session.headers["User-Agent"] = f"socieux-desktop sync/{protocol.PROTOCOL_VERSION}"

    def close(self) -> None:
        self.session.close()

    # --- Calls ---------------------------------------------------------------------------------------

    def login(self, username: str, password: str) -> protocol.Identity:
        """A new token for a user name and password (not retried: each try would make a token)."""
        body = protocol.dumps(protocol.LoginRequest(username, password).to_json())
        answer = self._call("POST", "/v1/login", data=body, headers={"Content-Type": "application/json"},
                            idempotent=False, signing_in=True)
        identity = self._parse(answer, protocol.Identity.from_json)
        if identity.token is None:
            raise SyncError(Problem.HUB_ERROR, "The hub signed you in without giving a token; tell "
                                               "headquarters.")
        return identity

    def logout(self) -> None:
        self._call("POST", "/v1/logout", idempotent=False)

    def push(self, request: protocol.PushRequest) -> protocol.PushResponse:
        """Send one batch (gzip JSON). Safe to repeat: the hub applies each change once by its UUID."""
        body = protocol.gzip_json(request.to_json())
        answer = self._call("POST", "/v1/changes", data=body, headers={
            "Content-Type": "application/json", "Content-Encoding": "gzip"})
        response = self._parse(answer, protocol.PushResponse.from_json)
        if [result.id for result in response.results] != [change.id for change in request.changes]:
            raise SyncError(Problem.HUB_ERROR, "The hub answered a push with numbers for other changes; "
                                               "nothing was marked as sent. Tell headquarters.")
        return response

    def pull(self, cursor: str, device_id: str, limit: int = protocol.DEFAULT_PULL_LIMIT,
             ) -> protocol.PullResponse:
        params = {"protocol": str(protocol.PROTOCOL_VERSION), "cursor": cursor, "limit": str(limit),
                  "device": device_id}
        return self._parse(self._call("GET", "/v1/changes", params=params), protocol.PullResponse.from_json,
                           check_strings=False)  # each change's, in PullResponse.from_json

    # --- Plumbing ------------------------------------------------------------------------------------

    def _call(self, method: str, path: str, *, idempotent: bool = True, signing_in: bool = False,
              **kwargs: Any) -> bytes:
        import requests

        headers = dict(kwargs.pop("headers", {}))
        if self.token is not None and not signing_in:
            headers["Authorization"] = f"Bearer {self.token}"
        attempts = 1 + (self.retries if idempotent else 0)
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                response = self.session.request(method, self.base_url + path, headers=headers,
                                                timeout=self.timeout, **kwargs)
                body = response.content
            except requests.exceptions.SSLError as error:
                raise SyncError(Problem.NO_CONNECTION, (
                    "The hub's certificate could not be verified, so nothing was sent. If headquarters "
                    f"gave you a certificate authority file, set it in the sync settings. ({error})"),
                    TLS_FAILURE) from None
            except (requests.ConnectionError, requests.Timeout) as error:
                if last:
                    raise SyncError(Problem.NO_CONNECTION, (
                        f"The hub at {self.base_url} cannot be reached; check the connection. The app "
                        f"tries again by itself. ({type(error).__name__})")) from None
                self._pause(attempt)
                continue
            self.traffic.requests += 1
            self.traffic.sent += len(kwargs.get("data") or b"")
            # bytes on the wire: a gzip response's Content-Length, not the size requests decompressed it to
            wire = response.headers.get("Content-Length", "")
            self.traffic.received += int(wire) if wire.isdigit() else len(body)
            if response.status_code in _RETRY_STATUSES and not last:
                self._pause(attempt)
                continue
            if response.status_code >= 400:
                raise self._refusal(response.status_code, body, signing_in)
            if len(body) > _MAX_ANSWER_BYTES:
                raise SyncError(Problem.HUB_ERROR, "The hub's answer is too large; tell headquarters.")
            return body
        raise AssertionError("the loop returns or raises")

    def _pause(self, attempt: int) -> None:
        self._sleep(self.backoff * (2 ** attempt))

    @staticmethod
    def _refusal(status: int, body: bytes, signing_in: bool) -> SyncError:
        try:
            error = protocol.ErrorBody.from_json(protocol.loads(body))
            code, said, changes = error.code, error.message, error.changes
        except protocol.ProtocolError:
            code, said, changes = "", "", ()
        if status == 401:
            if signing_in:
                return SyncError(Problem.LOGIN_NEEDED, said or "The user name or the password is wrong.",
                                 code)
            return SyncError(Problem.LOGIN_NEEDED, "Your sign-in has ended; sign in again to sync.", code)
        if status >= 500:
            return SyncError(Problem.HUB_ERROR, (
                f"The hub failed (HTTP {status}); nothing is lost, the app tries again later."
                + (f" The hub said: {said}" if said else "")), code)
        return SyncError(Problem.REFUSED, (
            f"The hub refused the request (HTTP {status})" + (f": {said}" if said else ".")), code, changes)

    @staticmethod
    def _parse(body: bytes, parse: Callable[[Any], T], *, check_strings: bool = True) -> T:
        try:
            return parse(protocol.loads(body, check_strings=check_strings))
        except protocol.ProtocolError as error:
            if error.code == protocol.UNSUPPORTED_PROTOCOL:
                raise SyncError(Problem.REFUSED, error.message, error.code) from None
            raise SyncError(Problem.HUB_ERROR, (
                f"The hub's answer could not be read ({error.message}); nothing was applied. Tell "
                "headquarters if this goes on."), error.code) from None
