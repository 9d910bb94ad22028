"""The hub client: address policy, retries only where safe, TLS settings, and answers it cannot trust."""

from __future__ import annotations

import contextlib
import gzip
import http.server
import io
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any, cast

import pytest
import requests

from socieux_desktop.sync import protocol
from socieux_desktop.sync.client import (
    HUB_BUSY,
    NOT_THE_HUB,
    RETRY_AFTER_MAX,
    TLS_FAILURE,
    HubClient,
    Problem,
    SyncError,
    _Retry,
    check_hub_url,
    clock_skew,
    retry_after_seconds,
    transport_error,
)

Answer = tuple[int, bytes] | tuple[int, bytes, dict[str, str]]


class FakeHub:
    """An HTTP server on loopback that answers from a script, one answer per request, and counts them."""

    def __init__(self) -> None:
        self.answers: list[Answer | Callable[[], Answer]] = []
        self.seen: list[tuple[str, str]] = []
        fake = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                fake.seen.append((self.command, self.path))
                answer = fake.answers.pop(0) if fake.answers else (404, b"{}")
                status, body, *extra = answer() if callable(answer) else answer
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                for name, value in (extra[0] if extra else {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = _answer
            do_POST = _answer

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake() -> Iterator[FakeHub]:
    server = FakeHub()
    yield server
    server.close()


def client(url: str, token: str | None = "t0ken", retries: int = 3) -> HubClient:
    pauses: list[float] = []
    made = HubClient(url, token, retries=retries, backoff=0.01, sleep=pauses.append)
    made.pauses = pauses  # type: ignore[attr-defined]
    return made


def empty_pull(cursor: str = "7") -> bytes:
    return protocol.dumps(protocol.PullResponse((), cursor, False).to_json())


@pytest.mark.parametrize(("url", "accepted"), [
    ("https://hub.socieux.eu", True), ("https://hub.socieux.eu/", True), ("http://127.0.0.1:8000", True),
    ("http://localhost:8000", True), ("http://[::1]:8000", True), ("http://hub.socieux.eu", False),
    ("ftp://hub.socieux.eu", False), ("hub.socieux.eu", False), ("https://hub.socieux.eu/?x=1", False),
])
def test_only_https_or_this_machine_is_accepted(url: str, accepted: bool) -> None:
    if accepted:
        assert not check_hub_url(url).endswith("/")
    else:
        with pytest.raises(SyncError) as refused:
            check_hub_url(url)
        assert refused.value.problem is Problem.REFUSED


def test_tls_is_verified_always_and_a_ca_bundle_can_be_set(tmp_path: Any) -> None:
    assert HubClient("https://hub.socieux.eu").session.verify is True
    bundle = tmp_path / "ca.pem"
    assert HubClient("https://hub.socieux.eu", ca_bundle=str(bundle)).session.verify == str(bundle)
    assert HubClient("https://hub.socieux.eu").session.trust_env  # proxies from the environment


def test_a_failed_tls_handshake_is_told_apart_and_not_retried(fake: FakeHub) -> None:
    """https:// to a server that speaks plain HTTP: the handshake fails; the code lets the app say so."""
    hub = client(fake.url.replace("http://", "https://"), retries=2)
    with pytest.raises(SyncError) as failed:
        hub.pull("0", "device-1")
    assert (failed.value.problem, failed.value.code) == (Problem.NO_CONNECTION, TLS_FAILURE)
    assert hub.pauses == []  # type: ignore[attr-defined]


def test_a_pull_is_retried_after_server_errors_with_growing_pauses(fake: FakeHub) -> None:
    fake.answers = [(503, b""), (502, b"oops"), (200, empty_pull())]
    hub = client(fake.url)
    assert hub.pull("0", "device-1").cursor == "7"
    assert len(fake.seen) == 3
    assert hub.pauses == [0.01, 0.02]  # type: ignore[attr-defined]


def test_sign_in_is_not_retried(fake: FakeHub) -> None:
    fake.answers = [(503, b""), (200, b"{}")]
    with pytest.raises(SyncError) as failed:
        client(fake.url, token=None).login("marie", "secret password")
    assert failed.value.problem is Problem.HUB_ERROR
    assert len(fake.seen) == 1


def test_no_connection_is_told_after_the_retries() -> None:
    hub = client(unused_address(), retries=2)
    with pytest.raises(SyncError) as failed:
        hub.pull("0", "device-1")
    assert failed.value.problem is Problem.NO_CONNECTION
    assert len(hub.pauses) == 2  # type: ignore[attr-defined]


def unused_address() -> str:
    """An address on loopback where nothing listens."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return f"http://127.0.0.1:{port}"


@pytest.mark.parametrize(("status", "body", "problem", "words"), [
    (200, b'{"protocol": 1, "changes": [], "cursor": "3", "more": f', Problem.HUB_ERROR, "could not be read"),
    (200, b"<html>proxy login</html>", Problem.NO_CONNECTION, "Something other than the hub"),
    (200, b'{"protocol": 3, "changes": [], "cursor": "3", "more": false}', Problem.REFUSED, "Update the app"),
    (200, b'{"protocol": 1, "changes": [], "cursor": "x", "more": false}', Problem.HUB_ERROR, "cursor"),
    (401, b'{"error": {"code": "not_signed_in", "message": "no"}}', Problem.LOGIN_NEEDED, "sign in again"),
    (403, b'{"error": {"code": "forbidden", "message": "You are not on the team."}}', Problem.REFUSED,
     "not on the team"),
    (500, b'{"error": {"code": "internal_error", "message": "boom"}}', Problem.HUB_ERROR, "nothing is lost"),
])
def test_answers_that_cannot_be_trusted_are_told_plainly(
        fake: FakeHub, status: int, body: bytes, problem: Problem, words: str) -> None:
    fake.answers = [(status, body)] * 5
    with pytest.raises(SyncError) as failed:
        client(fake.url).pull("0", "device-1")
    assert failed.value.problem is problem
    assert words in failed.value.message


def test_a_push_answer_for_other_changes_is_not_trusted(fake: FakeHub) -> None:
    change = protocol.Change("6f1d3c1e-4b5a-4c8e-9a0b-1c2d3e4f5a6b", "device-1", 1,
                             "001760000000000-000000-device-1", "counterpart",
                             "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", "update", {"name": "Awa"}, None,
                             "2026-03-02T09:00:00+00:00")
    other = protocol.PushResponse((protocol.PushResult("11111111-2222-4333-8444-555555555555", 9),))
    fake.answers = [(200, protocol.dumps(other.to_json()))]
    with pytest.raises(SyncError, match="other changes"):
        client(fake.url).push(protocol.PushRequest("device-1", (change,)))


def test_the_token_goes_only_in_the_authorization_header(fake: FakeHub) -> None:
    fake.answers = [(200, empty_pull())]
    hub = client(fake.url, token="s3cret-token")
    sent: list[requests.PreparedRequest] = []
    real_send = hub.session.send

    def spy(request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        sent.append(request)
        return real_send(request, **kwargs)

    hub.session.send = spy  # type: ignore[method-assign]
    hub.pull("0", "device-1")
    assert sent[0].headers["Authorization"] == "Bearer s3cret-token"
    assert "s3cret-token" not in (sent[0].url or "")


def test_a_proxy_from_the_environment_is_used(fake: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_PROXY", "no_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", fake.url)
    fake.answers = [(200, empty_pull())]
    nowhere = unused_address()  # the hub itself is not reachable: only the proxy is
    assert client(nowhere).pull("0", "device-1").cursor == "7"
    assert fake.seen[0][1].startswith(f"{nowhere}/v1/changes?")


def test_traffic_counts_the_bytes_on_the_wire_of_a_compressed_answer(fake: FakeHub) -> None:
    plain = empty_pull() + b" " * 20_000  # a large answer that compresses well
    squeezed = gzip.compress(plain)
    fake.answers = [(200, squeezed, {"Content-Encoding": "gzip"})]
    hub = client(fake.url)
    assert hub.pull("0", "device").cursor == "7"
    assert hub.traffic.received == len(squeezed) < len(plain) / 10


# --- What a network can do to an answer ------------------------------------------------------------------


class RawHub:
    """A loopback server that answers each connection with scripted bytes, as they are (a cut body, a
    lying Content-Length, broken gzip), then closes; once the script is spent, a good empty pull."""

    def __init__(self, answers: list[bytes]) -> None:
        self.answers = answers
        self.connections = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            with connection:
                connection.recv(65536)
                self.connections += 1
                body = empty_pull()
                good = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
                connection.sendall(self.answers.pop(0) if self.answers else good)
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.listener.close()


def head(status: str = "200 OK", length: int | None = None, **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Content-Type: application/json", "Connection: close"]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


BODY = empty_pull()
SQUEEZED = gzip.compress(BODY)
BROKEN_ANSWERS = {
    "cut in the middle of the body": head(length=len(BODY)) + BODY[: len(BODY) // 2],
    "longer Content-Length than the body": head(length=len(BODY) + 50) + BODY,
    "cut in the middle of a chunk": head(Transfer_Encoding="chunked") + f"{len(BODY):x}\r\n".encode()
    + BODY[:5],
    "a bad chunk length": head(Transfer_Encoding="chunked") + b"zz\r\n" + BODY + b"\r\n0\r\n\r\n",
    "gzip that is not": head(length=len(BODY), Content_Encoding="gzip") + BODY,
    "gzip cut short": head(length=len(SQUEEZED), Content_Encoding="gzip") + SQUEEZED[:30],
    "not HTTP at all": b"SSH-2.0-OpenSSH_9.2\r\n",
    "a status line cut short": b"HTTP/1.1 20",
    "nothing": b"",
}


@pytest.mark.parametrize("broken", sorted(BROKEN_ANSWERS))
def test_an_answer_the_network_broke_is_tried_again_then_told_as_no_connection(broken: str) -> None:
    raw = RawHub([BROKEN_ANSWERS[broken]] * 3)
    try:
        hub = client(raw.url, retries=2)
        with pytest.raises(SyncError) as failed:
            hub.pull("0", "device-1")
        assert (failed.value.problem, failed.value.code) == (Problem.NO_CONNECTION, "")
        assert raw.connections == 3 and len(hub.pauses) == 2  # type: ignore[attr-defined]
        raw.answers = [BROKEN_ANSWERS[broken]]
        assert client(raw.url, retries=1).pull("0", "device-1").cursor == "7"  # the next try goes through
    finally:
        raw.close()


@pytest.mark.parametrize(("answer", "label"), [
    (head("302 Found", 0, Location="http://portal.example/login"), "HTTP 302"),
    (head("407 Proxy Authentication Required", 0), "HTTP 407"),
    (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 26\r\nConnection: close\r\n\r\n"
     b"<html>Welcome to the Wi-Fi", "a web page"),
    (b"HTTP/1.1 403 Forbidden\r\nContent-Type: text/html\r\nContent-Length: 13\r\nConnection: close\r\n\r\n"
     b"<h1>Denied</h1>", "HTTP 403"),
])
def test_an_answer_from_something_other_than_the_hub_is_told_so(answer: bytes, label: str) -> None:
    raw = RawHub([answer] * 2)
    try:
        with pytest.raises(SyncError) as failed:
            client(raw.url, retries=1).pull("0", "device-1")
    finally:
        raw.close()
    assert (failed.value.problem, failed.value.code) == (Problem.NO_CONNECTION, NOT_THE_HUB)
    assert label in failed.value.message
    assert raw.connections == 2


def test_a_push_is_sent_again_after_a_cut_answer_and_a_sign_in_is_not() -> None:
    change = protocol.Change("6f1d3c1e-4b5a-4c8e-9a0b-1c2d3e4f5a6b", "device-1", 1,
                             "001760000000000-000000-device-1", "counterpart",
                             "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", "update", {"name": "Awa"}, None,
                             "2026-03-02T09:00:00+00:00")
    answer = protocol.dumps(protocol.PushResponse((protocol.PushResult(change.id, 9),)).to_json())
    raw = RawHub([head(length=len(answer)) + answer[:10], head(length=len(answer)) + answer])
    try:
        assert client(raw.url).push(protocol.PushRequest("device-1", (change,))).results[0].server_seq == 9
        assert raw.connections == 2
        raw.answers = [head(length=100) + b"{"]
        with pytest.raises(SyncError) as failed:
            client(raw.url, token=None).login("marie", "secret password")
        assert failed.value.problem is Problem.NO_CONNECTION
        assert raw.connections == 3
    finally:
        raw.close()


def test_a_hub_that_stops_answering_times_out_and_a_slow_answer_has_a_deadline() -> None:
    silent = socket.create_server(("127.0.0.1", 0))  # accepts (the kernel does) and never answers
    try:
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        hub = HubClient(url, "t", read_timeout=0.2, retries=1, backoff=0.0)
        with pytest.raises(SyncError) as failed:
            hub.pull("0", "device-1")
        assert failed.value.problem is Problem.NO_CONNECTION
    finally:
        silent.close()
    assert "ReadTimeout" in failed.value.message
    raw = RawHub([head(length=len(BODY)) + BODY])
    try:
        late = HubClient(raw.url, "t", answer_deadline=-1.0, retries=0)  # every answer arrives too late
        with pytest.raises(SyncError, match="too slow"):
            late.pull("0", "device-1")
    finally:
        raw.close()


# --- Retry-After -----------------------------------------------------------------------------------------

NOW = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(("value", "seconds"), [
    ("120", 120.0), (" 7 ", 7.0), ("0", 0.0),
    ("Mon, 02 Mar 2026 09:01:30 GMT", 90.0),
    ("Monday, 02-Mar-26 09:00:10 GMT", 10.0),  # the obsolete RFC 850 form
    ("Mon Mar  2 09:00:05 2026", 5.0),  # asctime
    ("Mon, 02 Mar 2026 08:00:00 GMT", 0.0),  # in the past: at once
    ("99999999999999999999999999", RETRY_AFTER_MAX), ("Fri, 01 Jan 2100 00:00:00 GMT", RETRY_AFTER_MAX),
    ("-5", None), ("1.5", None), ("soon", None), ("", None), (None, None), ("٣", None),
    ("Mon, 99 Mar 2026 09:01:30 GMT", None), ("9" * 5000, RETRY_AFTER_MAX),
])
def test_retry_after_in_seconds_or_as_a_date_bounded_and_garbage_ignored(
        value: str | None, seconds: float | None) -> None:
    assert retry_after_seconds(value, NOW) == seconds


def test_the_hub_asking_to_wait_is_honoured_and_a_long_wait_left_to_the_schedule(fake: FakeHub) -> None:
    fake.answers = [(429, b'{"error": {"code": "too_many_requests", "message": "slow down"}}',
                     {"Retry-After": "3"}), (503, b"", {"Retry-After": "1"}), (200, empty_pull())]
    hub = client(fake.url)
    assert hub.pull("0", "device-1").cursor == "7"
    assert hub.pauses == [3.0, 1.0]  # type: ignore[attr-defined]
    fake.answers = [(429, b"{}", {"Retry-After": "600"}), (200, empty_pull())]
    hub = client(fake.url)
    with pytest.raises(SyncError) as failed:
        hub.pull("0", "device-1")
    assert (failed.value.problem, failed.value.code, failed.value.retry_after) == (
        Problem.HUB_ERROR, HUB_BUSY, 600.0)
    assert hub.pauses == []  # type: ignore[attr-defined]
    fake.answers = [(429, b"{}", {"Retry-After": "2"})]
    with pytest.raises(SyncError) as once:
        client(fake.url, token=None).login("marie", "secret password")
    assert (once.value.code, once.value.retry_after) == (HUB_BUSY, 2.0)


def test_a_retry_after_date_counts_from_the_hubs_own_date() -> None:
    """A computer whose clock is months off still waits what the hub asked for."""
    raw = RawHub([head("503 Service Unavailable", 0, Date="Mon, 02 Mar 2026 09:00:00 GMT",
                       Retry_After="Mon, 02 Mar 2026 09:00:20 GMT")])
    pauses: list[float] = []
    try:
        HubClient(raw.url, "t", sleep=pauses.append).pull("0", "device-1")
    finally:
        raw.close()
    assert pauses == [20.0]


# --- The error of each transport failure -----------------------------------------------------------------


def _urllib3_errors() -> dict[str, BaseException]:
    import urllib3
    from urllib3 import exceptions as u

    pool: Any = None
    return {
        "ProtocolError": u.ProtocolError("Connection aborted.", ConnectionResetError(104, "reset")),
        "IncompleteRead": u.IncompleteRead(10, 20),
        "InvalidChunkLength": u.InvalidChunkLength(urllib3.HTTPResponse(io.BytesIO(b"")), b"zz"),
        "ReadTimeoutError": u.ReadTimeoutError(pool, "/v1/changes", "Read timed out."),
        "ConnectTimeoutError": u.ConnectTimeoutError("timed out"),
        "NewConnectionError": u.NewConnectionError(cast(Any, None), "Connection refused"),
        "MaxRetryError": u.MaxRetryError(pool, "/v1/changes",
                                         u.NewConnectionError(cast(Any, None), "refused")),
        "DecodeError": u.DecodeError("Received response with content-encoding: gzip, but failed to decode"),
        "ProxyError": u.ProxyError("Unable to connect to proxy", OSError("refused")),
        "HeaderParsingError": u.HeaderParsingError([], b"junk"),
        "ResponseError": u.ResponseError("too many 502 error responses"),
        "SSLError EOF": u.SSLError(ssl.SSLEOFError(8, "EOF occurred in violation of protocol")),
    }


def _requests_errors() -> dict[str, BaseException]:
    from requests import exceptions as r

    return {
        "ConnectionError": r.ConnectionError("Connection aborted."),
        "ChunkedEncodingError": r.ChunkedEncodingError("Connection broken: IncompleteRead(10 bytes read)"),
        "ContentDecodingError": r.ContentDecodingError("Received response with content-encoding: gzip"),
        "ReadTimeout": r.ReadTimeout("Read timed out. (read timeout=60)"),
        "ConnectTimeout": r.ConnectTimeout("Connection to hub timed out. (connect timeout=10)"),
        "ProxyError": r.ProxyError("Cannot connect to proxy."),
        "RetryError": r.RetryError("Max retries exceeded"),
        "TooManyRedirects": r.TooManyRedirects("Exceeded 30 redirects."),
        "InvalidJSONError": r.InvalidJSONError("not JSON"),
        "StreamConsumedError": r.StreamConsumedError(),
        "RequestException": r.RequestException("anything else"),
        "SSLError EOF": r.SSLError(ssl.SSLEOFError(8, "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF")),
        "SSLError reset": r.SSLError(ConnectionResetError(104, "Connection reset by peer")),
    }


def _other_errors() -> dict[str, BaseException]:
    import http.client

    return {
        "ConnectionResetError": ConnectionResetError(104, "Connection reset by peer"),
        "ConnectionRefusedError": ConnectionRefusedError(111, "Connection refused"),
        "BrokenPipeError": BrokenPipeError(32, "Broken pipe"),
        "TimeoutError": TimeoutError("timed out"),
        "socket.gaierror": socket.gaierror(-3, "Temporary failure in name resolution"),
        "RemoteDisconnected": http.client.RemoteDisconnected("Remote end closed connection"),
        "BadStatusLine": http.client.BadStatusLine("SSH-2.0"),
        "LineTooLong": http.client.LineTooLong("header line"),
        "IncompleteRead": http.client.IncompleteRead(b"", 10),
        "ssl.SSLEOFError": ssl.SSLEOFError(8, "EOF occurred in violation of protocol"),
    }


LOST = {**{f"urllib3 {k}": v for k, v in _urllib3_errors().items()},
        **{f"requests {k}": v for k, v in _requests_errors().items()},
        **{f"other {k}": v for k, v in _other_errors().items()}}


@pytest.mark.parametrize("name", sorted(LOST))
def test_every_transport_failure_is_a_lost_connection_to_try_again(name: str) -> None:
    mapped = transport_error(LOST[name], "https://hub.socieux.eu")
    assert isinstance(mapped, _Retry), name
    assert (mapped.error.problem, mapped.error.code) == (Problem.NO_CONNECTION, "")
    assert "check the connection" in mapped.error.message


def _refused_tls() -> dict[str, BaseException]:
    from requests import exceptions as r
    from urllib3 import exceptions as u

    verify = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
    return {
        "requests SSLError of a certificate": r.SSLError(u.MaxRetryError(
            cast(Any, None), "/v1/changes", u.SSLError(verify))),
        "a certificate for another name": ssl.SSLCertVerificationError(
            1, "Hostname mismatch, certificate is not valid for 'hub.socieux.eu'"),
        "a handshake with something that is not TLS": ssl.SSLError(
            1, "[SSL: WRONG_VERSION_NUMBER] wrong version number"),
        "urllib3 SSLError": u.SSLError(verify),
    }


@pytest.mark.parametrize("name", sorted(_refused_tls()))
def test_a_certificate_or_handshake_refused_is_told_and_not_tried_again(name: str) -> None:
    mapped = transport_error(_refused_tls()[name], "https://hub.socieux.eu")
    assert isinstance(mapped, SyncError)
    assert (mapped.problem, mapped.code) == (Problem.NO_CONNECTION, TLS_FAILURE)


@pytest.mark.parametrize("error", [
    "InvalidURL", "MissingSchema", "InvalidSchema", "URLRequired"])
def test_an_address_requests_cannot_use_is_refused_not_retried(error: str) -> None:
    from requests import exceptions as r

    mapped = transport_error(getattr(r, error)("bad"), "https://hub.socieux.eu")
    assert isinstance(mapped, SyncError) and mapped.problem is Problem.REFUSED


def test_a_bug_is_not_taken_for_a_network_failure() -> None:
    with pytest.raises(KeyError):
        transport_error(KeyError("token"), "https://hub.socieux.eu")


# --- The computer's clock --------------------------------------------------------------------------------


@pytest.mark.parametrize(("offset", "expected"), [
    (0.0, 0.0), (0.8, 0.0), (-3 * 3600.0, -3 * 3600.0), (86_400.0, 86_400.0)])
def test_the_hubs_date_tells_how_far_this_computers_clock_is(offset: float, expected: float) -> None:
    hub_time = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC).timestamp()
    raw = RawHub([head(length=len(BODY), Date="Mon, 02 Mar 2026 09:00:00 GMT") + BODY])
    try:
        hub = HubClient(raw.url, "t", wall_clock=lambda: hub_time + offset)
        assert hub.clock_skew is None
        hub.pull("0", "device-1")
    finally:
        raw.close()
    assert hub.clock_skew == expected


def test_clock_skew_is_none_without_a_date_and_zero_within_the_exchange() -> None:
    assert clock_skew(None, 1000.0, 1001.0) is None
    assert clock_skew("yesterday", 1000.0, 1001.0) is None
    sent = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC).timestamp()
    assert clock_skew("Mon, 02 Mar 2026 09:00:30 GMT", sent, sent + 60) == 0.0  # a slow answer is no skew
    assert clock_skew("Mon, 02 Mar 2026 08:50:00 GMT", sent, sent + 60) == 600.0
    assert clock_skew("Mon, 02 Mar 2026 09:11:00 GMT", sent, sent + 60) == -600.0
