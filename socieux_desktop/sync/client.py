"""The app's HTTP client for the hub: one ``requests`` session, timeouts, retries, plain-language errors.

- Every request has a connect timeout, a read timeout (the longest silence between two bytes of the
  answer) and a deadline for the whole answer, checked as it arrives; an answer larger than the hub ever
  sends is cut off there rather than read into memory.
- Calls that are safe to repeat (``GET``, and a push, which the hub applies once by change UUID) are
  retried with exponential backoff after anything a network can do to a request: a refused, reset or cut
  connection (also in the middle of the answer), a timeout, a body that cannot be decoded (gzip, JSON,
  a length that does not match), a TLS connection cut short, a page from something other than the hub
  (a Wi-Fi sign-in page, a proxy), or a 429/502/503/504. A ``Retry-After`` the hub sends (seconds or an
  HTTP date) sets the pause; one longer than :data:`RETRY_AFTER_INLINE` ends the call, and the error
  carries it (``SyncError.retry_after``) so the schedule waits that long. Sign-in and sign-out are not
  retried.
- Redirections are not followed: the hub never redirects, so a redirection comes from something in
  between (a network's sign-in page, a proxy) and is told as such.
- Proxies come from the environment (``HTTPS_PROXY``, ``NO_PROXY``...), as ``requests`` reads them.
- TLS is always verified, against the system's authorities or a CA bundle the user sets; there is no way
  to turn verification off. Plain ``http://`` is accepted only for a hub on this machine (loopback).
- The hub's ``Date`` header tells how far this computer's clock is from the hub's (:attr:`clock_skew`),
  for the app to tell the person; sync itself never depends on it.
- Every failure is a :class:`SyncError` with a category that says what to do next.
"""

from __future__ import annotations

import email.utils
import ipaddress
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Final, TypeVar
from urllib.parse import urlsplit

from socieux_desktop.sync import protocol

CONNECT_TIMEOUT: Final = 10.0
READ_TIMEOUT: Final = 60.0
ANSWER_DEADLINE: Final = 300.0
"""Seconds for one whole answer (a full pull page over a slow 3G link takes well under a minute)."""
RETRIES: Final = 4
BACKOFF_SECONDS: Final = 0.5
RETRY_AFTER_INLINE: Final = 30.0
"""The longest ``Retry-After`` waited for inside a call; a longer one is left to the schedule."""
RETRY_AFTER_MAX: Final = 3600.0
"""A ``Retry-After`` is never taken for more than this (a hub, or a proxy, may ask for days)."""
_RETRY_STATUSES: Final = frozenset({429, 502, 503, 504})
_MAX_ANSWER_BYTES: Final = 64 * 1024 * 1024
_CHUNK_BYTES: Final = 64 * 1024
TLS_FAILURE: Final = "tls_failure"
"""The code of a :class:`SyncError` whose cause is a certificate or TLS handshake that failed."""
NOT_THE_HUB: Final = "not_the_hub"
"""The code of a :class:`SyncError` whose answer came from something other than the hub: a network's
sign-in page (hotels, airports), a proxy, a redirection, or an address that is not a hub's."""
HUB_BUSY: Final = "hub_busy"
"""The code of a :class:`SyncError` after the hub asked to wait (429 Too Many Requests)."""

T = TypeVar("T")


class Problem(StrEnum):
    """What went wrong, in the categories the status area shows."""

    NO_CONNECTION = "no_connection"
    LOGIN_NEEDED = "login_needed"
    REFUSED = "refused"
    HUB_ERROR = "hub_error"


class SyncError(Exception):
    """A sync or sign-in that failed: a category and a sentence for a person that says what to do."""

    def __init__(self, problem: Problem, message: str, code: str = "", changes: tuple[str, ...] = (), *,
                 retry_after: float | None = None) -> None:
        self.problem = problem
        self.message = message
        self.code = code
        self.changes = changes
        """The ids of the pushed changes the hub named as the cause of its refusal (if it named some)."""
        self.retry_after = retry_after
        """Seconds the hub asked to wait before the next try (``Retry-After``), None when it did not."""
        self.clock_skew: float | None = None
        """How far this computer's clock was from the hub's during the failed sync, when known."""
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


def http_date(value: str | None) -> datetime | None:
    """An HTTP date (``Date``, ``Retry-After``) as an aware datetime; None when absent or not a date."""
    if not value or not value.strip():
        return None
    try:
        moment = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # "-0000": the RFC's way of saying UTC with no zone known
        moment = moment.replace(tzinfo=UTC)
    return moment


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """The pause a ``Retry-After`` header asks for, in seconds: a whole number of seconds or an HTTP date
    (counted from ``now``, the answer's own ``Date`` when it has one), never less than 0 nor more than
    :data:`RETRY_AFTER_MAX`; None when absent or not understood (the usual backoff then applies)."""
    if value is None:
        return None
    text = value.strip()
    if text.isascii() and text.isdigit():
        return min(float(int(text[:12])), RETRY_AFTER_MAX)
    moment = http_date(text)
    if moment is None:
        return None
    return min(max(0.0, (moment - now).total_seconds()), RETRY_AFTER_MAX)


def clock_skew(hub_date: str | None, sent: float, received: float) -> float | None:
    """How many seconds this computer's clock is ahead of the hub's (negative: behind), from the answer's
    ``Date`` and the local time (epoch seconds) the request left and its answer came; 0 when the hub's
    date falls within the exchange (give or take the header's one-second resolution), None without a
    date."""
    moment = http_date(hub_date)
    if moment is None:
        return None
    hub = moment.timestamp()
    if hub < sent - 1:
        return sent - hub
    if hub > received + 1:
        return received - hub
    return 0.0


@dataclass(slots=True)
class Traffic:
    """What went over the wire: requests made and bytes of bodies sent and received (compressed as sent)."""

    requests: int = 0
    sent: int = 0
    received: int = 0


class _Retry(Exception):
    """A try that failed in a way the next try may not: its error, and the pause the hub asked for."""

    def __init__(self, error: SyncError, pause: float | None = None) -> None:
        super().__init__(error.message)
        self.error = error
        self.pause = pause


class HubClient:
    """Talks to one hub, optionally with a bearer token."""

    def __init__(self, base_url: str, token: str | None = None, *, ca_bundle: str | None = None,
                 connect_timeout: float = CONNECT_TIMEOUT, read_timeout: float = READ_TIMEOUT,
                 answer_deadline: float = ANSWER_DEADLINE, retries: int = RETRIES,
                 backoff: float = BACKOFF_SECONDS, sleep: Callable[[float], None] = time.sleep,
                 wall_clock: Callable[[], float] = time.time) -> None:
        self.base_url = check_hub_url(base_url)
        self.token = token
        self.timeout = (connect_timeout, read_timeout)
        self.answer_deadline = answer_deadline
        self.retries = retries
        self.backoff = backoff
        self._sleep = sleep
        self._wall_clock = wall_clock
        self.traffic = Traffic()
        self.clock_skew: float | None = None
        """Seconds this computer's clock is ahead of the hub's (negative: behind), from the last answer
        of the hub with a ``Date``; None before one."""
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
        identity = self._call("POST", "/v1/login", protocol.Identity.from_json, data=body,
                              headers={"Content-Type": "application/json"}, idempotent=False,
                              signing_in=True)
        if identity.token is None:
            raise SyncError(Problem.HUB_ERROR, "The hub signed you in without giving a token; tell "
                                               "headquarters.")
        return identity

    def logout(self) -> None:
        self._call("POST", "/v1/logout", lambda _answer: None, idempotent=False)

    def push(self, request: protocol.PushRequest) -> protocol.PushResponse:
        """Send one batch (gzip JSON). Safe to repeat: the hub applies each change once by its UUID."""
        body = protocol.gzip_json(request.to_json())
        response = self._call("POST", "/v1/changes", protocol.PushResponse.from_json, data=body, headers={
            "Content-Type": "application/json", "Content-Encoding": "gzip"})
        if [result.id for result in response.results] != [change.id for change in request.changes]:
            raise SyncError(Problem.HUB_ERROR, "The hub answered a push with numbers for other changes; "
                                               "nothing was marked as sent. Tell headquarters.")
        return response

    def pull(self, cursor: str, device_id: str, limit: int = protocol.DEFAULT_PULL_LIMIT,
             ) -> protocol.PullResponse:
        params = {"protocol": str(protocol.PROTOCOL_VERSION), "cursor": cursor, "limit": str(limit),
                  "device": device_id}
        # each change's strings are checked in PullResponse.from_json: one bad change is set aside, the
        # page stays readable
        return self._call("GET", "/v1/changes", protocol.PullResponse.from_json, params=params,
                          check_strings=False)

    # --- Plumbing ------------------------------------------------------------------------------------

    def _call(self, method: str, path: str, parse: Callable[[Any], T], *, idempotent: bool = True,
              signing_in: bool = False, check_strings: bool = True, **kwargs: Any) -> T:
        """One call, tried again (when safe) after what time may cure; the parsed answer."""
        headers = dict(kwargs.pop("headers", {}))
        if self.token is not None and not signing_in:
            headers["Authorization"] = f"Bearer {self.token}"
        attempts = 1 + (self.retries if idempotent else 0)
        for attempt in range(attempts):
            try:
                return self._try(method, path, parse, headers, signing_in, check_strings, kwargs)
            except _Retry as failed:
                if attempt == attempts - 1:
                    raise failed.error from None
                if failed.pause is not None and failed.pause > RETRY_AFTER_INLINE:
                    failed.error.retry_after = failed.pause
                    raise failed.error from None
                self._sleep(max(failed.pause or 0.0, self.backoff * (2 ** attempt)))
        raise AssertionError("the loop returns or raises")

    def _try(self, method: str, path: str, parse: Callable[[Any], T], headers: dict[str, str],
             signing_in: bool, check_strings: bool, kwargs: dict[str, Any]) -> T:
        """One request and its answer: the parsed answer, a :class:`SyncError` for what another try
        would not change, or :class:`_Retry` for what it may."""
        sent_at = self._wall_clock()
        try:
            response = self.session.request(method, self.base_url + path, headers=headers,
                                            timeout=self.timeout, allow_redirects=False, stream=True,
                                            **kwargs)
            try:
                received_at = self._wall_clock()
                body = self._read(response)
            finally:
                response.close()
        except (SyncError, _Retry):
            raise
        except Exception as error:  # every way a transport fails is sorted out there; the rest goes on up
            raise transport_error(error, self.base_url) from None
        self.traffic.requests += 1
        self.traffic.sent += len(kwargs.get("data") or b"")
        # bytes on the wire: a gzip response's Content-Length, not the size requests decompressed it to
        wire = response.headers.get("Content-Length", "")
        self.traffic.received += int(wire) if wire.isdigit() else len(body)
        status = response.status_code
        hub_now = http_date(response.headers.get("Date"))
        if status in _RETRY_STATUSES:
            pause = retry_after_seconds(response.headers.get("Retry-After"),
                                        hub_now or datetime.fromtimestamp(received_at, UTC))
            raise _Retry(self._refusal(status, body, signing_in, pause), pause)
        if 300 <= status < 400 or status == 407 or (status >= 400 and _is_page(response, body)):
            raise _Retry(not_the_hub(self.base_url, f"HTTP {status}"))
        if status >= 400:
            raise self._refusal(status, body, signing_in, None)
        try:
            answer = parse(None if status == 204 else protocol.loads(  # 204: No Content
                body, _MAX_ANSWER_BYTES, check_strings=check_strings))
        except protocol.ProtocolError as error:
            if error.code == protocol.UNSUPPORTED_PROTOCOL:
                raise SyncError(Problem.REFUSED, error.message, error.code) from None
            if _is_page(response, body):
                raise _Retry(not_the_hub(self.base_url, "a web page")) from None
            raise _Retry(SyncError(Problem.HUB_ERROR, (
                f"The hub's answer could not be read ({error.message}); nothing was applied. Tell "
                "headquarters if this goes on."), error.code)) from None
        skew = clock_skew(response.headers.get("Date"), sent_at, received_at)
        if skew is not None:
            self.clock_skew = skew
        return answer

    def _read(self, response: Any) -> bytes:
        """The answer's body, decoded, within the deadline and the size the hub ever sends."""
        deadline = time.monotonic() + self.answer_deadline
        chunks: list[bytes] = []
        size = 0
        chunk: bytes
        stream: Iterator[bytes] = response.iter_content(_CHUNK_BYTES)
        for chunk in stream:
            size += len(chunk)
            if size > _MAX_ANSWER_BYTES:
                raise SyncError(Problem.HUB_ERROR, "The hub's answer is too large; tell headquarters.")
            if time.monotonic() > deadline:
                raise _Retry(SyncError(Problem.NO_CONNECTION, (
                    f"The answer of the hub at {self.base_url} is too slow to arrive; check the "
                    "connection. Nothing is lost.")))
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _refusal(status: int, body: bytes, signing_in: bool, pause: float | None) -> SyncError:
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
        if status == 429:
            return SyncError(Problem.HUB_ERROR, (
                "The hub is busy and asked to wait before the next try; nothing is lost."
                + (f" The hub said: {said}" if said else "")), HUB_BUSY, retry_after=pause)
        if status >= 500:
            return SyncError(Problem.HUB_ERROR, (
                f"The hub failed (HTTP {status}); nothing is lost, the app tries again later."
                + (f" The hub said: {said}" if said else "")), code, retry_after=pause)
        return SyncError(Problem.REFUSED, (
            f"The hub refused the request (HTTP {status})" + (f": {said}" if said else ".")), code, changes)


def _is_page(response: Any, body: bytes) -> bool:
    """True for an answer that is a web page (HTML), which the hub never sends."""
    kind = str(response.headers.get("Content-Type", "")).lower()
    return "html" in kind or body.lstrip()[:1] == b"<"


def not_the_hub(base_url: str, what: str) -> SyncError:
    return SyncError(Problem.NO_CONNECTION, (
        f"Something other than the hub answered at {base_url} ({what}): a network's sign-in page, a proxy, "
        "or an address that is not the hub's. Nothing was applied."), NOT_THE_HUB)


def transport_error(error: BaseException, base_url: str) -> SyncError | _Retry:
    """What an exception of the transport (``requests``, ``urllib3``, ``http.client``, the socket or TLS)
    means: a :class:`SyncError` when another try would fail the same way (a certificate that cannot be
    verified, an address that cannot be one), else a :class:`_Retry` of a lost connection."""
    import requests

    causes = list(_causes(error))
    if any(isinstance(cause, ssl.SSLError | requests.exceptions.SSLError)
           for cause in causes) and not any(_cut_short(cause) for cause in causes):
        return SyncError(Problem.NO_CONNECTION, (
            "The hub's certificate could not be verified, so nothing was sent. If headquarters "
            f"gave you a certificate authority file, set it in the sync settings. ({_kind(causes)})"),
            TLS_FAILURE)
    if isinstance(error, requests.exceptions.InvalidURL | requests.exceptions.URLRequired
                  | requests.exceptions.MissingSchema | requests.exceptions.InvalidSchema):
        return SyncError(Problem.REFUSED, f"{base_url!r} is not a hub address ({error}); write it like "
                                          "https://hub.example.org.")
    if isinstance(error, requests.exceptions.RequestException | OSError | EOFError) or any(
            type(cause).__module__.split(".")[0] in ("urllib3", "http") for cause in causes):
        return _Retry(SyncError(Problem.NO_CONNECTION, (
            f"The hub at {base_url} cannot be reached, or the connection broke; check the connection. "
            f"Nothing is lost. ({_kind(causes)})")))
    raise error


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error, what it wraps (``args``, urllib3's ``reason``) and what caused it, each once."""
    seen: set[int] = set()
    waiting: list[object] = [error]
    while waiting:
        item = waiting.pop(0)
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        waiting += [item.__cause__, item.__context__, getattr(item, "reason", None), *item.args]


def _cut_short(error: BaseException) -> bool:
    """A TLS connection that a network cut (reset, end of file), not a certificate or handshake refused."""
    if isinstance(error, ssl.SSLEOFError | ssl.SSLZeroReturnError | ConnectionError | TimeoutError):
        return True
    text = str(error).upper()
    return "EOF" in text or "RESET" in text or "TIMED OUT" in text


def _kind(causes: list[BaseException]) -> str:
    """Which failure it was: the error's kind and its innermost cause's (``ReadTimeout, TimeoutError``)."""
    names = dict.fromkeys(type(cause).__name__ for cause in (causes[0], causes[-1]))
    return ", ".join(names)
