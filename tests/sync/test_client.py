"""The hub client: address policy, retries only where safe, TLS settings, and answers it cannot trust."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests

from socieux_desktop.sync import protocol
from socieux_desktop.sync.client import TLS_FAILURE, HubClient, Problem, SyncError, check_hub_url

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
    (200, b"<html>proxy login</html>", Problem.HUB_ERROR, "could not be read"),
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
    import gzip

    plain = empty_pull() + b" " * 20_000  # a large answer that compresses well
    squeezed = gzip.compress(plain)
    fake.answers = [(200, squeezed, {"Content-Encoding": "gzip"})]
    hub = client(fake.url)
    assert hub.pull("0", "device").cursor == "7"
    assert hub.traffic.received == len(squeezed) < len(plain) / 10
