"""End to end: Debian's Chromium, headless, driven by playwright-core (tests/e2e/browser.mjs), opens a real
workshop's link, joins with the PIN and edits the deliverable together with the host.

The expert's side is the host's ``on_update`` applied to a ``DeliverableDocument`` (what the app's
deliverable editor is bound to) and ``push_update`` for the expert's own edits."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from socieux_desktop.collab.workshop import Limits
from tests.e2e.drivers import PIN, ROOT, WEB, CuttableLink, JsonLines, Workshop, require, workshop

DRIVER = ROOT / "tests" / "e2e" / "browser.mjs"
TITLES = "[...document.querySelectorAll('.section input.title')].map(i => i.value)"
"""The sections' titles as the page shows them, in its order."""


class Browser:
    def __init__(self) -> None:
        self.driver = JsonLines(str(DRIVER), str(WEB))
        ready = self.driver.read(timeout=60)
        assert ready == {"ok": True, "value": "ready"}

    def __call__(self, cmd: str, **arguments: Any) -> Any:
        self.driver.send(cmd=cmd, **arguments)
        answer = self.driver.read(timeout=45)
        assert answer["ok"], f"{cmd} {arguments}: {answer.get('error')}"
        return answer["value"]

    def join(self, url: str, pin: str = PIN, name: str = "Awa Koné") -> None:
        self("goto", url=url)
        self("wait", selector="#name")
        self("fill", selector="#name", value=name)
        self("fill", selector="#institution", value="Direction de l'Action Sociale")
        self("select", selector="#sex", value="female")
        self("fill", selector="#pin", value=pin)
        self("click", selector="#join-button")

    def editor(self, section_id: str) -> str:
        return f'.section[data-id="{section_id}"] .cm-content'


@pytest.fixture
def host() -> Iterator[Workshop]:
    require(chromium=True)
    yield from workshop()


@pytest.fixture
def small_host() -> Iterator[Workshop]:
    require(chromium=True)
    yield from workshop(Limits(max_participants=1))


@pytest.fixture
def browser() -> Iterator[Browser]:
    require(chromium=True)
    opened = Browser()
    try:
        yield opened
    finally:
        # No script error, nothing blocked by the host's Content-Security-Policy.
        errors = [line for line in opened("console")
                  if line.startswith("pageerror") or "Content Security Policy" in line]
        assert opened.driver.close() == 0
        assert errors == []


def joined(browser: Browser, host: Workshop) -> str:
    """Join and wait for the document; the participant's id."""
    browser.join(host.url)
    browser("wait_text", selector="#status", text="Connected")
    for section_id in host.section_ids:
        browser("wait", selector=browser.editor(section_id))
    (participant,) = host.host.participants()
    return participant.id


def test_browser_joins_with_the_pin_and_its_typing_reaches_the_host(host: Workshop, browser: Browser) -> None:
    participant = joined(browser, host)
    people = host.host.participants()
    assert [(p.name, p.institution, p.sex and p.sex.value) for p in people] == [
        ("Awa Koné", "Direction de l'Action Sociale", "female")]
    # The sections in the document's order, with their titles.
    titles = browser("eval", expression=TITLES)
    assert titles == ["Introduction", "Findings", "Recommendations"]

    findings = host.section_ids[1]
    browser("type", selector=browser.editor(findings), text="Le personnel manque dans 40 centres.")
    host.wait_until(lambda: host.copy.text(findings) == "Le personnel manque dans 40 centres.",
                    "the browser's typing at the host")
    assert host.copy.text(host.section_ids[0]) == "" and host.copy.text(host.section_ids[2]) == ""
    # Who writes where: the browser's awareness names the section.
    host.wait_until(lambda: host.host.participants()[0].section == findings, "the participant's section")
    assert host.host.participants()[0].id == participant

    # The expert's edits appear live: text in a section, a new section in its place.
    host.edit(lambda copy: copy.insert_body(findings, 0, "Constat : "))
    browser("wait_text", selector=browser.editor(findings), text="Constat : Le personnel manque")
    host.edit(lambda copy: copy.add_section("Annexes", "Liste de présence"))
    browser("wait_true", expression="document.querySelector('#sections .section:last-child input.title')"
                                    "?.value === 'Annexes'")
    browser("wait_text", selector="#sections .section:last-child .cm-content", text="Liste de présence")
    host.edit(lambda copy: copy.remove_section(host.section_ids[2]))
    browser("wait", selector=f'.section[data-id="{host.section_ids[2]}"]', state="detached")
    titles = browser("eval", expression=TITLES)
    assert titles == ["Introduction", "Findings", "Annexes"]
    # The people list shows the participant.
    assert "Awa Koné" in browser("text", selector="#people")


def submit_pin(browser: Browser, pin: str) -> str:
    browser("eval", expression="document.getElementById('join-error').hidden = true")
    browser("fill", selector="#pin", value=pin)
    browser("click", selector="#join-button")
    browser("wait", selector="#join-error")
    text: str = browser("text", selector="#join-error")
    return text


def test_wrong_pin_is_refused_with_the_attempts_left(host: Workshop, browser: Browser) -> None:
    browser.join(host.url, pin="000000")
    browser("wait", selector="#join-error")
    assert browser("text", selector="#join-error") == "Wrong PIN. 4 attempts left."
    assert browser("count", selector=".cm-content") == 0
    assert host.host.participants() == []
    # In French, from the page's selector.
    browser("select", selector="#language", value="fr")
    assert browser("text", selector="#join-error") == "Code PIN incorrect. Il reste 4 essais."
    assert browser("text", selector='label[for="name"]') == "Votre nom"
    browser("select", selector="#language", value="en")
    assert [submit_pin(browser, "000000") for _ in range(3)] == [
        "Wrong PIN. 3 attempts left.", "Wrong PIN. 2 attempts left.", "Wrong PIN. 1 attempt left."]
    assert submit_pin(browser, "000000").startswith("Wrong PIN, and no attempts left")
    # Locked out for 5 minutes, even with the right PIN.
    assert submit_pin(browser, PIN) == "Too many wrong PINs. Try again in 5 minutes."
    assert host.host.participants() == []


def test_full_workshop_and_unreachable_host_are_said(small_host: Workshop, browser: Browser) -> None:
    host = small_host
    first = requests.post(host.url + "/api/join", json={"name": "Kouassi", "institution": "", "sex": None,
                                                         "pin": PIN}, timeout=20)
    assert first.status_code == 200
    browser.join(host.url)
    browser("wait", selector="#join-error")
    assert browser("text", selector="#join-error") == (
        "The workshop is full. Ask the expert to make room, then try again.")
    host.host.stop()
    assert submit_pin(browser, PIN) == (
        "The host cannot be reached. Check that you are on the workshop’s network, then try again.")


def test_after_the_workshop_ends_the_browser_can_neither_read_nor_write(host: Workshop, browser: Browser
                                                                         ) -> None:
    joined(browser, host)
    intro = host.section_ids[0]
    browser("type", selector=browser.editor(intro), text="Avant la fin.")
    host.wait_until(lambda: host.copy.text(intro) == "Avant la fin.", "the edit before the end")

    host.host.stop()
    browser("wait_text", selector="#final-message", text="The workshop has ended")
    # The document left the page with the connection: nothing to read, nothing to type into.
    assert browser("count", selector=".cm-content") == 0
    assert browser("eval", expression="document.body.innerText.includes('Avant la fin')") is False
    # And the host is gone: neither its API nor its WebSocket answer any more.
    reached = browser("eval", expression="""(async () => {
        const api = await fetch('/api/info').then(() => true, () => false)
        const socket = await new Promise((resolve) => {
            const ws = new WebSocket(location.origin.replace('http', 'ws') + '/ws/deliverable-1')
            ws.onopen = () => resolve(true)
            ws.onerror = () => resolve(false)
        })
        return {api, socket}
    })()""")
    assert reached == {"api": False, "socket": False}
    host.receive()
    assert [s.body for s in host.copy.sections()] == ["Avant la fin.", "", ""]


def test_read_only_then_removed(host: Workshop, browser: Browser) -> None:
    participant = joined(browser, host)
    findings = host.section_ids[1]
    editor = browser.editor(findings)

    host.host.set_read_only(participant, True)
    browser("wait_text", selector="#status", text="Read only")
    browser("wait", selector=f'{editor}[contenteditable="false"]')
    browser("eval", expression=f"document.querySelector('{editor}').focus()")
    browser("type", selector=editor, text="ignored")
    host.edit(lambda copy: copy.insert_body(findings, 0, "Seen while read-only."))
    browser("wait_text", selector=editor, text="Seen while read-only.")
    assert browser("text", selector=editor) == "Seen while read-only."
    host.receive()
    assert host.copy.text(findings) == "Seen while read-only."

    host.host.set_read_only(participant, False)
    browser("wait_text", selector="#status", text="Connected")
    browser("wait", selector=f'{editor}[contenteditable="true"]')
    browser("type", selector=editor, text=" Editable again.")
    host.wait_until(lambda: host.copy.text(findings) == "Seen while read-only. Editable again.",
                    "the edit after read-only")

    host.host.remove(participant)
    browser("wait_text", selector="#final-message", text="The expert removed you from the workshop.")
    assert browser("count", selector=".cm-content") == 0


def test_a_reload_keeps_the_participant(host: Workshop, browser: Browser) -> None:
    participant = joined(browser, host)
    browser("goto", url=host.url)  # the same tab: its token is in localStorage, checked with /api/me
    intro = host.section_ids[0]
    browser("wait", selector=f'{browser.editor(intro)}[contenteditable="true"]')
    assert browser("eval", expression="document.getElementById('join').hidden") is True
    browser("type", selector=browser.editor(intro), text="Après rechargement.")
    host.wait_until(lambda: host.copy.text(intro) == "Après rechargement.", "the edit after the reload")
    assert [p.id for p in host.host.participants()] == [participant]


def test_a_reopened_tab_is_the_same_participant_without_the_pin(host: Workshop, browser: Browser) -> None:
    participant = joined(browser, host)
    browser("reopen_tab")
    browser("goto", url=host.url)
    intro = host.section_ids[0]
    browser("wait", selector=f'{browser.editor(intro)}[contenteditable="true"]')
    assert browser("eval", expression="document.getElementById('join').hidden") is True
    # the token forgotten, the device kept: joining again is the same person in the attendance
    browser("eval", expression="Object.keys(localStorage).filter(k => k.startsWith('socieux-workshop:'))"
                               ".forEach(k => localStorage.removeItem(k))")
    browser("reopen_tab")
    browser.join(host.url, name="Awa Koné")
    browser("wait_text", selector="#status", text="Connected")
    assert [p.id for p in host.host.participants()] == [participant]


def test_a_lost_host_is_said_and_the_edits_made_meanwhile_arrive_once_it_is_back(host: Workshop,
                                                                                 browser: Browser) -> None:
    link = CuttableLink(host.host.port)
    try:
        browser.join(link.url)
        intro = host.section_ids[0]
        browser("wait", selector=f'{browser.editor(intro)}[contenteditable="true"]')
        link.cut()
        # A few failed reconnections, then the page asks the host, gets nothing, and says so; the
        # document stays editable, its edits kept on the device (offline.js).
        browser("wait_text", selector="#status", text="Offline: your changes are kept", timeout=20000)
        browser("type", selector=browser.editor(intro), text="Écrit hors ligne.")
        host.receive()
        assert host.copy.text(intro) == ""
        link.restore()
        browser("click", selector="#reconnect")
        browser("wait_text", selector="#status", text="Connected")
        host.wait_until(lambda: host.copy.text(intro) == "Écrit hors ligne.", "the offline edit, once")
        browser("type", selector=browser.editor(intro), text=" De retour.")
        host.wait_until(lambda: host.copy.text(intro) == "Écrit hors ligne. De retour.",
                        "the edit after the link came back")
    finally:
        link.cut()


@pytest.fixture
def tiny_host() -> Iterator[Workshop]:
    require(chromium=True)
    yield from workshop(Limits(max_document_bytes=900))  # the new deliverable's state is about 500 bytes


def test_a_refused_change_is_said_in_the_participants_language(tiny_host: Workshop, browser: Browser) -> None:
    host = tiny_host
    joined(browser, host)
    intro = host.section_ids[0]
    browser("type", selector=browser.editor(intro), text="Le diagnostic des centres sociaux. " * 20)
    browser("wait_text", selector="#final-message", text="The document has reached its maximum size (8 MB)")
    assert browser("count", selector=".cm-content") == 0  # editing stopped: nothing more is sent
    browser("select", selector="#language", value="fr")
    browser("wait_text", selector="#final-message", text="Le document a atteint sa taille maximale")
    host.receive()
    assert len(host.copy.encode_state()) <= 900  # what the host kept stays within the limit
    browser("select", selector="#language", value="en")
