"""Interop: a real Node.js Yjs client (yjs and y-websocket from npm, tests/collab/yjs_client.mjs) joins a
workshop served by ``WorkshopHost``, edits a section, and sees the host's own edit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.drivers import PIN, ROOT, WEB, JsonLines, Workshop, require, workshop

CLIENT = ROOT / "tests" / "collab" / "yjs_client.mjs"


@pytest.fixture
def host() -> Iterator[Workshop]:
    require()
    yield from workshop()


@pytest.fixture
def node_client(host: Workshop) -> Iterator[JsonLines]:
    client = JsonLines(str(CLIENT), str(WEB), host.url, PIN, "Kouassi N'Guessan")
    try:
        yield client
    finally:
        assert client.close() == 0


def test_node_client_joins_edits_and_sees_the_hosts_edits(host: Workshop, node_client: JsonLines) -> None:
    joined = node_client.read()
    assert joined["event"] == "joined" and joined["room"] == "deliverable-1" and not joined["read_only"]
    synced = node_client.read()
    assert synced["event"] == "synced"
    # The client got the host's document: the same sections, in the same order (order, id).
    assert [(s["id"], s["title"], s["body"]) for s in synced["sections"]] == [
        (s.id, s.title, s.body) for s in host.copy.sections()]

    findings = host.section_ids[1]
    text = "Les centres sociaux manquent de personnel. "
    node_client.send(cmd="insert", section=findings, index=0, text=text)
    assert node_client.read()["event"] == "inserted"
    host.wait_until(lambda: host.copy.text(findings) == text, "the client's edit at the host")

    # The expert types in the app: the host pushes it to the client.
    host.edit(lambda copy: copy.insert_body(findings, len(copy.text(findings)), "Constat validé ✅."))
    node_client.send(cmd="wait", section=findings, contains="Constat validé ✅.")
    seen = node_client.read()
    assert seen["event"] == "seen"
    assert seen["body"] == "Les centres sociaux manquent de personnel. Constat validé ✅."
    # Both sides hold the same text, and the other sections are untouched.
    host.receive()
    assert [(s["id"], s["body"]) for s in seen["sections"]] == [(s.id, s.body) for s in host.copy.sections()]


def test_node_client_awareness_tells_the_host_which_section(host: Workshop, node_client: JsonLines) -> None:
    participant = node_client.read()["participant_id"]
    node_client.read()
    recommendations = host.section_ids[2]
    node_client.send(cmd="section", section=recommendations)
    assert node_client.read()["event"] == "aware"

    def sees_section() -> bool:
        found = [p for p in host.host.participants() if p.id == participant]
        return bool(found) and found[0].connected and found[0].section == recommendations

    host.wait_until(sees_section, "the participant's section at the host")


def test_node_client_with_a_wrong_pin_is_refused(host: Workshop) -> None:
    client = JsonLines(str(CLIENT), str(WEB), host.url, "000000", "Intrus")
    error = client.read()
    assert error["event"] == "error" and "403" in error["message"] and "wrong_pin" in error["message"]
    assert client.process.wait(15) == 1
    assert host.host.participants() == []


def read_until(client: JsonLines, event: str) -> dict[str, object]:
    while True:
        line = client.read()
        if line["event"] == event:
            return line


def test_node_client_adds_a_section_and_cannot_wipe_the_deliverable(host: Workshop,
                                                                     node_client: JsonLines) -> None:
    read_until(node_client, "synced")
    before = [(s.id, s.title) for s in host.copy.sections()]
    node_client.send(cmd="add", title="Recommandations", body="Trois mesures.")
    added = read_until(node_client, "added")
    host.wait_until(lambda: any(s.id == added["id"] for s in host.copy.sections()), "the new section")
    node_client.send(cmd="wipe")
    read_until(node_client, "wiped")
    closed = read_until(node_client, "closed")
    assert (closed["code"], closed["reason"]) == (4003, "section_deleted")
    host.receive()
    assert [(s.id, s.title) for s in host.copy.sections()] == [*before, (added["id"], "Recommandations")]


def test_node_client_injecting_a_foreign_document_is_refused(host: Workshop, node_client: JsonLines) -> None:
    read_until(node_client, "synced")
    before = [(s.id, s.title, s.body) for s in host.copy.sections()]
    node_client.send(cmd="inject")
    read_until(node_client, "injected")
    closed = read_until(node_client, "closed")
    assert (closed["code"], closed["reason"]) == (1003, "foreign")
    host.receive()
    assert [(s.id, s.title, s.body) for s in host.copy.sections()] == before
