"""The workshop host over real sockets on 127.0.0.1, with Python y-protocol clients (tests/collab/
workshop_client.py) that each hold their own copy of the document."""

from __future__ import annotations

import contextlib
import queue
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from pycrdt import Doc, Map, YSyncMessageType
from websockets.exceptions import ConnectionClosed, InvalidStatus

from socieux_desktop.collab.document import DeliverableDocument
from socieux_desktop.collab.workshop import (
    NOT_BUILT,
    Limits,
    Participant,
    WorkshopHost,
    new_pin,
)
from socieux_desktop.domain.model import Sex
from tests.collab.workshop_client import PIN, WAIT, YClient, awareness_message, join, sync_message

ROOM = "5b0c7a4e-1111-4222-8333-444455556666"


class Running:
    """A started host and, on the "app" side, a copy of the document fed with the host's on_update."""

    def __init__(self, host: WorkshopHost, seed: DeliverableDocument, received: queue.Queue[bytes]) -> None:
        self.host = host
        self.received = received
        self.app = DeliverableDocument.from_updates([seed.encode_state()])
        self.base = host.url

    def take_updates(self, condition: Callable[[DeliverableDocument], bool], timeout: float = WAIT) -> None:
        deadline = time.monotonic() + timeout
        while not condition(self.app):
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("the host did not hand the update to the app in time")
            with contextlib.suppress(queue.Empty):
                self.app.apply_update(self.received.get(timeout=min(left, 0.5)))

    def client(self, name: str = "Awa Koné", **kwargs: Any) -> tuple[YClient, dict[str, Any]]:
        answer = join(self.base, name)
        assert answer.status_code == 200, answer.text
        joined = answer.json()
        client = YClient(self.host.port, ROOM, joined["token"], **kwargs)
        client.sync()
        return client, joined

    def state_now(self) -> DeliverableDocument:
        """The host's document as a fresh client gets it (full sync from an empty state vector)."""
        client, _ = self.client("Observer", send_edits=False)
        client.close()
        return client.document


@pytest.fixture
def seed() -> DeliverableDocument:
    document = DeliverableDocument.create(ROOM, ["Introduction", "Findings"])
    document.set_text(document.sections()[0].id, "body", "Hello")
    return document


@pytest.fixture
def start(seed: DeliverableDocument, tmp_path: Path) -> Iterator[Callable[..., Running]]:
    hosts: list[WorkshopHost] = []

    def make(**kwargs: Any) -> Running:
        received: queue.Queue[bytes] = queue.Queue()
        kwargs.setdefault("web_root", tmp_path / "no-web")
        kwargs.setdefault("host", "127.0.0.1")
        host = WorkshopHost(ROOM, seed.encode_state(), pin=PIN, title="Rapport", language="fr",
                            on_update=received.put, **kwargs)
        host.start()
        hosts.append(host)
        return Running(host, seed, received)

    yield make
    for host in hosts:
        host.stop()


def wait_for(condition: Callable[[], bool], timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.02)


def one(host: WorkshopHost, participant_id: str) -> Participant:
    return next(p for p in host.participants() if p.id == participant_id)


# -- HTTP --------------------------------------------------------------------------------------------


def test_info_and_strict_headers(start: Callable[..., Running]) -> None:
    running = start()
    answer = requests.get(running.base + "api/info", timeout=WAIT)
    assert answer.json() == {"room": ROOM, "title": "Rapport", "language": "fr"}
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["cache-control"] == "no-store"
    assert "connect-src 'self' ws:" in answer.headers["content-security-policy"]
    assert running.base == f"http://127.0.0.1:{running.host.port}/"


def test_without_built_editor_the_page_says_so(start: Callable[..., Running]) -> None:
    answer = requests.get(start().base, timeout=WAIT)
    assert answer.status_code == 503
    assert answer.text == NOT_BUILT


def test_editor_files_served_without_escaping_their_folder(start: Callable[..., Running],
                                                            tmp_path: Path) -> None:
    web = tmp_path / "dist"
    (web / "assets").mkdir(parents=True)
    (web / "index.html").write_text("<!doctype html><title>Atelier</title>", encoding="utf-8")
    (web / "assets" / "app.js").write_text("console.log(1)", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    base = start(web_root=web).base
    page = requests.get(base, timeout=WAIT)
    assert page.status_code == 200 and "Atelier" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    script = requests.get(base + "assets/app.js", timeout=WAIT)
    assert script.status_code == 200 and script.text == "console.log(1)"
    for path in ("assets/", "assets/missing.js", "assets/%2e%2e/index.html", "assets/..%2f..%2fsecret.txt"):
        assert requests.get(base + path, timeout=WAIT).status_code == 404, path


def test_join_checks_its_fields(start: Callable[..., Running]) -> None:
    base = start().base
    assert join(base, "   ").json() == {"error": "invalid", "field": "name"}
    assert join(base, "x" * 81).json() == {"error": "invalid", "field": "name"}
    assert join(base, institution="y" * 121).json()["field"] == "institution"
    assert join(base, sex="other").json()["field"] == "sex"
    for name in ("Awa\ud800 Koné", "Awa\x00", "Awa\x1b[2J", "Awa\nKoné"):  # a browser sends any character
        assert join(base, name).json() == {"error": "invalid", "field": "name"}, name
    assert join(base, institution="DAS\udfff").json()["field"] == "institution"
    numeric_pin = requests.post(base + "api/join", json={"name": "A", "pin": 424242}, timeout=WAIT)
    assert numeric_pin.json() == {"error": "invalid", "field": "pin"}
    bad = requests.post(base + "api/join", data=b"not json", timeout=WAIT)
    assert (bad.status_code, bad.json()) == (400, {"error": "invalid", "field": "body"})
    huge = requests.post(base + "api/join", json={"name": "A", "pin": PIN, "institution": "i" * 5000},
                         timeout=WAIT)
    assert huge.status_code == 413
    fine = join(base, "  Kouassi N'Guessan ", sex=None, institution=None)
    assert fine.status_code == 200
    assert fine.json()["name"] == "Kouassi N'Guessan" and fine.json()["read_only"] is False


def test_wrong_pin_refused_then_the_address_waits(start: Callable[..., Running]) -> None:
    running = start()
    for left in (4, 3, 2, 1, 0):
        answer = join(running.base, pin="000000")
        assert (answer.status_code, answer.json()) == (403, {"error": "wrong_pin", "attempts_left": left})
    locked = join(running.base)  # even the right PIN now
    assert locked.status_code == 429
    assert locked.json()["error"] == "too_many_attempts" and 0 < locked.json()["retry_after"] <= 300
    assert running.host.participants() == []


def test_fifty_wrong_pins_close_joining_for_everyone(start: Callable[..., Running]) -> None:
    running = start(limits=Limits(attempts_per_address=1000, attempts_in_all=6))
    for _ in range(6):
        assert join(running.base, pin="111111").status_code == 403
    assert join(running.base).status_code == 429


def test_full_workshop_refuses_more(start: Callable[..., Running]) -> None:
    running = start(limits=Limits(max_participants=2))
    assert join(running.base, "A").status_code == 200
    assert join(running.base, "B").status_code == 200
    answer = join(running.base, "C")
    assert (answer.status_code, answer.json()) == (409, {"error": "full"})


def test_me_knows_the_token(start: Callable[..., Running]) -> None:
    running = start()
    joined = join(running.base).json()
    me = requests.get(running.base + "api/me", headers={"Authorization": f"Bearer {joined['token']}"},
                      timeout=WAIT)
    assert me.json() == {"participant_id": joined["participant_id"], "name": "Awa Koné", "read_only": False,
                         "suggest": False}
    assert me.headers["cache-control"] == "no-store"
    stranger = requests.get(running.base + "api/me", headers={"Authorization": "Bearer nope"}, timeout=WAIT)
    assert (stranger.status_code, stranger.json()) == (401, {"error": "unknown_token"})
    [participant] = running.host.participants()
    assert (participant.name, participant.institution, participant.sex) == (
        "Awa Koné", "Direction de l'Action Sociale", Sex.FEMALE)
    assert not participant.connected and not participant.removed


# -- the document ------------------------------------------------------------------------------------


def test_edits_flow_between_browsers_host_and_app(start: Callable[..., Running]) -> None:
    running = start()
    awa, awa_joined = running.client("Awa Koné")
    kouassi, _ = running.client("Kouassi")
    section = awa.document.sections()[0].id
    assert [s.title for s in awa.document.sections()] == ["Introduction", "Findings"]
    assert awa.body() == "Hello"
    assert one(running.host, awa_joined["participant_id"]).connected

    awa.document.insert_body(section, 5, ", world")
    running.take_updates(lambda app: app.text(section) == "Hello, world")
    kouassi.until(lambda: kouassi.body() == "Hello, world")

    # the expert types in the app: pushed to every browser
    before = running.app.state_vector()
    running.app.insert_body(section, 0, "» ")
    running.host.push_update(running.app.diff(before))
    awa.until(lambda: awa.body() == "» Hello, world")
    kouassi.until(lambda: kouassi.body() == "» Hello, world")
    assert running.state_now().sections()[0].body == "» Hello, world"


def test_awareness_relayed_and_sections_known(start: Callable[..., Running]) -> None:
    running = start()
    awa, joined = running.client("Awa Koné")
    kouassi, _ = running.client("Kouassi")
    section = awa.document.sections()[1].id
    state = {"user": {"name": "Awa Koné", "color": "#aa3355", "colorLight": "#aa335533"},
             "participant_id": joined["participant_id"], "section": section}
    awa.ws.send(awareness_message([(77, 1, state)]))
    kouassi.until(lambda: any(b"Awa Kon" in payload for payload in kouassi.awareness))
    wait_for(lambda: one(running.host, joined["participant_id"]).section == section)

    awa.close()  # its awareness state is removed for the others
    kouassi.until(lambda: any(payload.endswith(b"null") for payload in kouassi.awareness))
    wait_for(lambda: not one(running.host, joined["participant_id"]).connected)

    late, _ = running.client("Late")
    late.ws.send(bytes([3]))  # query awareness: nothing left to tell (Awa is gone)
    late.ws.send(sync_message(YSyncMessageType.SYNC_STEP1, b"\x00"))
    late.until(lambda: late.messages >= 4)  # step2 + step1 of the sync, step2 + step1 of this one
    assert late.awareness == []


def test_read_only_edits_never_reach_the_document(start: Callable[..., Running]) -> None:
    running = start()
    awa, joined = running.client()
    participant_id = joined["participant_id"]
    running.host.set_read_only(participant_id, True)
    assert awa.close_code() == 4001
    me = requests.get(running.base + "api/me", headers={"Authorization": f"Bearer {joined['token']}"},
                      timeout=WAIT).json()
    assert me["read_only"] is True and one(running.host, participant_id).read_only

    reader = YClient(running.host.port, ROOM, joined["token"])
    reader.sync()
    reader.ws.send(awareness_message([(5, 1, {"section": None})]))  # awareness still allowed
    reader.ws.send(sync_message(YSyncMessageType.SYNC_STEP2, reader.document.encode_state()))  # nothing new
    reader.document.insert_body(reader.document.sections()[0].id, 0, "HACK ")  # writing: refused, closed
    assert close_of(reader) == (4003, "read_only")
    assert running.state_now().sections()[0].body == "Hello"
    assert running.received.empty()

    running.host.set_read_only(participant_id, False)
    writer = YClient(running.host.port, ROOM, joined["token"])
    writer.sync()
    writer.document.insert_body(writer.document.sections()[0].id, 5, "!")
    running.take_updates(lambda app: app.sections()[0].body == "Hello!")


def close_of(client: YClient) -> tuple[int, str]:
    """The close code and reason the host sent."""
    deadline = time.monotonic() + WAIT
    try:
        while time.monotonic() < deadline:
            client.receive(0.5)
    except ConnectionClosed as closed:
        assert closed.rcvd is not None
        return closed.rcvd.code, closed.rcvd.reason
    raise AssertionError("the host did not close the socket")


def test_removed_participant_is_shut_out(start: Callable[..., Running]) -> None:
    running = start()
    awa, joined = running.client()
    running.host.remove(joined["participant_id"])
    assert awa.close_code() == 4403
    me = requests.get(running.base + "api/me", headers={"Authorization": f"Bearer {joined['token']}"},
                      timeout=WAIT)
    assert me.status_code == 401
    again = YClient(running.host.port, ROOM, joined["token"])
    assert again.close_code() == 4401
    participant = one(running.host, joined["participant_id"])
    assert participant.removed and not participant.connected
    running.host.remove(joined["participant_id"])  # twice: nothing more
    with pytest.raises(KeyError):
        running.host.remove("nobody")


def lan_address() -> str | None:
    """An IPv4 address of this machine other than loopback (as a room's Wi-Fi gives), if it has one."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("192.0.2.1", 9))  # a documentation address: nothing is sent
        address = str(probe.getsockname()[0])
        return None if address.startswith("127.") else address
    return None


def test_a_removed_device_cannot_join_again_on_the_network(start: Callable[..., Running]) -> None:
    address = lan_address()
    if address is None:
        pytest.skip("this machine has no network address besides loopback")
    running = start(host=address)
    joined = join(running.base).json()
    assert join(running.base, "Kouassi Yao").status_code == 200  # one device, several people: fine
    running.host.remove(joined["participant_id"])
    again = join(running.base, "Awa Koné")
    assert (again.status_code, again.json()) == (403, {"error": "removed"})


def test_on_this_computer_only_a_removal_shuts_out_no_one_else(start: Callable[..., Running]) -> None:
    running = start()
    _, joined = running.client()
    running.host.remove(joined["participant_id"])
    assert join(running.base, "Kouassi Yao").status_code == 200  # everyone here is 127.0.0.1


def test_wrong_room_and_bad_token_closed(start: Callable[..., Running]) -> None:
    running = start()
    token = join(running.base).json()["token"]
    assert YClient(running.host.port, "another-room", token).close_code() == 4404
    assert YClient(running.host.port, ROOM, "forged").close_code() == 4401
    assert YClient(running.host.port, ROOM, "").close_code() == 4401


def test_oversize_message_closed_1009_document_unchanged(start: Callable[..., Running]) -> None:
    running = start(limits=Limits(max_message_bytes=64 * 1024))
    awa, _ = running.client()
    section = awa.document.sections()[0].id
    edit = DeliverableDocument.from_updates([awa.document.encode_state()])
    before = edit.state_vector()
    edit.insert_body(section, 0, "x" * 100_000)
    awa.ws.send(sync_message(YSyncMessageType.SYNC_UPDATE, edit.diff(before)))
    assert awa.close_code() == 1009
    assert running.state_now().sections()[0].body == "Hello"
    assert running.received.empty()


@pytest.mark.parametrize("frame", [
    b"",  # no type
    b"\x00",  # sync without sub-type
    b"\x00\x80",  # truncated varuint
    b"\x00\x02\x05ab",  # payload shorter than its length
    b"\x00\x02\x03\xff\xff\xff",  # an update that does not decode
    b"\x00\x00\x03\xff\xff\xff",  # a state vector that does not decode
    b"\x00\x07\x00",  # unknown sync sub-type
    b"\x00\x02\x02\x00\x00extra",  # trailing bytes
    b"\x01\x05\x01\x07\x01\x03{x}",  # awareness state that is not JSON
    b"\x80\x80\x80\x80\x80\x80\x80\x80\x80",  # endless varuint
], ids=["empty", "no-subtype", "truncated-uint", "short-payload", "bad-update", "bad-state-vector",
        "unknown-subtype", "trailing", "awareness-not-json", "endless-uint"])
def test_malformed_frame_closed_1003_document_unchanged(start: Callable[..., Running], frame: bytes) -> None:
    running = start()
    awa, _ = running.client()
    awa.ws.send(frame)
    assert awa.close_code() == 1003
    assert running.state_now().sections()[0].body == "Hello"
    assert running.received.empty()


def test_text_frame_closed_1003(start: Callable[..., Running]) -> None:
    running = start()
    awa, _ = running.client()
    awa.ws.send("hello")
    assert awa.close_code() == 1003


def test_auth_and_unknown_message_types_ignored(start: Callable[..., Running]) -> None:
    running = start()
    awa, _ = running.client()
    awa.ws.send(b"\x02\x00")
    awa.ws.send(b"\x09\x01\x02")
    awa.document.insert_body(awa.document.sections()[0].id, 0, "Still here. ")
    running.take_updates(lambda app: app.sections()[0].body == "Still here. Hello")


@pytest.mark.parametrize("client_id", [1, (1 << 53) - 1], ids=["loses-meta-conflicts", "wins-them"])
def test_update_of_another_document_refused(start: Callable[..., Running], client_id: int) -> None:
    running = start()
    awa, _ = running.client()
    other = DeliverableDocument.create("another-deliverable", ["Autre"], client_id=client_id)
    awa.ws.send(sync_message(YSyncMessageType.SYNC_STEP2, other.encode_state()))
    assert awa.close_code() == 1003
    after = running.state_now()
    assert after.deliverable_id == ROOM
    assert [s.title for s in after.sections()] == ["Introduction", "Findings"]
    assert running.received.empty()


def test_whole_state_of_the_same_document_accepted(start: Callable[..., Running]) -> None:
    """A browser may send its whole copy (the host's meta included): not another document."""
    running = start()
    awa, _ = running.client(send_edits=False)
    awa.document.insert_body(awa.document.sections()[0].id, 0, "All of it. ")
    awa.ws.send(sync_message(YSyncMessageType.SYNC_STEP2, awa.document.encode_state()))
    running.take_updates(lambda app: app.sections()[0].body == "All of it. Hello")
    assert running.state_now().deliverable_id == ROOM


def test_edit_made_on_another_documents_copy_refused(start: Callable[..., Running]) -> None:
    running = start()
    awa, _ = running.client()
    other = DeliverableDocument.create("another-deliverable", ["Autre"])
    before = other.state_vector()
    other.insert_body(other.sections()[0].id, 0, "foreign text")
    awa.ws.send(sync_message(YSyncMessageType.SYNC_UPDATE, other.diff(before)))  # depends on items never seen
    assert awa.close_code() == 1003
    assert "foreign" not in running.state_now().markdown()
    # the host still takes good edits afterwards (its check copy was rebuilt)
    kouassi, _ = running.client("Kouassi")
    kouassi.document.insert_body(kouassi.document.sections()[0].id, 5, "!")
    running.take_updates(lambda app: app.sections()[0].body == "Hello!")


def test_update_rewriting_meta_refused(start: Callable[..., Running], seed: DeliverableDocument) -> None:
    running = start()
    awa, _ = running.client()
    doc: Doc[Any] = Doc()
    doc.apply_update(seed.encode_state())
    before = doc.get_state()
    doc.get("meta", type=Map)["deliverable_id"] = "hijacked"
    awa.ws.send(sync_message(YSyncMessageType.SYNC_UPDATE, doc.get_update(before)))
    assert awa.close_code() == 1003
    assert running.state_now().deliverable_id == ROOM


def test_thirty_participants_converge(start: Callable[..., Running]) -> None:
    running = start()
    clients = [running.client(f"Participant {n}")[0] for n in range(30)]
    assert sum(p.connected for p in running.host.participants()) == 30
    section = clients[0].document.sections()[0].id
    for n, client in enumerate(clients):
        client.document.insert_body(section, 0, f"[{n}]")
    markers = [f"[{n}]" for n in range(30)]

    def complete(text: str) -> bool:
        return all(marker in text for marker in markers)

    for client in clients:
        client.until(lambda c=client: complete(c.body()))  # type: ignore[misc]
    running.take_updates(lambda app: complete(app.sections()[0].body))
    bodies = {client.body() for client in clients}
    assert len(bodies) == 1 and bodies == {running.app.sections()[0].body}
    assert running.state_now().sections()[0].body == running.app.sections()[0].body


def test_stop_closes_everything(start: Callable[..., Running]) -> None:
    running = start()
    awa, joined = running.client()
    host = running.host
    host.stop()
    assert awa.close_code() == 4000
    with pytest.raises(requests.ConnectionError):
        requests.get(running.base + "api/info", timeout=WAIT)
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", host.port), timeout=WAIT).close()
    host.stop()  # idempotent
    assert not one(host, joined["participant_id"]).connected
    with pytest.raises((OSError, InvalidStatus, ConnectionClosed)):
        YClient(host.port, ROOM, joined["token"])


def test_address_in_use_raises_oserror(start: Callable[..., Running], seed: DeliverableDocument) -> None:
    running = start()
    second = WorkshopHost(ROOM, seed.encode_state(), pin=PIN, host="127.0.0.1", port=running.host.port,
                          on_update=lambda _update: None)
    with pytest.raises(OSError):
        second.start()
    second.stop()
    with pytest.raises(OSError):
        WorkshopHost(ROOM, seed.encode_state(), pin=PIN, host="192.0.2.1",
                     on_update=lambda _update: None).start()  # an address this machine does not have


def test_participant_changes_are_announced(seed: DeliverableDocument, tmp_path: Path) -> None:
    calls: queue.Queue[None] = queue.Queue()
    host = WorkshopHost(ROOM, seed.encode_state(), pin=PIN, host="127.0.0.1", on_update=lambda _u: None,
                        on_participants=lambda: calls.put(None), web_root=tmp_path)
    host.start()
    try:
        join(host.url)
        calls.get(timeout=WAIT)
    finally:
        host.stop()


def test_new_pin_is_six_digits() -> None:
    pins = {new_pin() for _ in range(50)}
    assert all(len(pin) == 6 and pin.isdigit() for pin in pins)
    assert len(pins) > 1


def test_network_libraries_imported_only_when_a_workshop_starts() -> None:
    code = ("import sys, socieux_desktop.collab.workshop; "
            "print(sorted(m for m in ('uvicorn', 'starlette', 'websockets') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_stop_from_a_callback_on_the_host_thread(seed: DeliverableDocument, tmp_path: Path) -> None:
    holder: list[WorkshopHost] = []
    host = WorkshopHost(ROOM, seed.encode_state(), pin=PIN, host="127.0.0.1", on_update=lambda _u: None,
                        on_participants=lambda: holder[0].stop(), web_root=tmp_path)
    holder.append(host)
    host.start()
    assert join(host.url).status_code == 200  # the join announces a participant: the callback ends it
    wait_for(lambda: not _answers(host.port))
    host.stop()


def _answers(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=WAIT).close()
    except OSError:
        return False
    return True


def test_a_failing_app_callback_keeps_the_workshop(seed: DeliverableDocument, tmp_path: Path) -> None:
    def broken(_update: bytes) -> None:
        raise RuntimeError("the app's side failed")

    host = WorkshopHost(ROOM, seed.encode_state(), pin=PIN, host="127.0.0.1", on_update=broken,
                        web_root=tmp_path)
    host.start()
    try:
        token = join(host.url).json()["token"]
        awa = YClient(host.port, ROOM, token)
        awa.sync()
        kouassi = YClient(host.port, ROOM, join(host.url, "Kouassi").json()["token"])
        kouassi.sync()
        awa.document.insert_body(awa.document.sections()[0].id, 0, "Bonjour. ")
        kouassi.until(lambda: kouassi.body() == "Bonjour. Hello")
    finally:
        host.stop()
