"""End to end, counterparts as co-authors: in headless Chromium (tests/e2e/browser.mjs) a participant adds,
renames and moves sections, formats with the toolbar and its shortcuts, comments on a passage and resolves
comments (the same comments as collab.annotations on the host's copy, both ways), sees named versions and
other participants' carets by name, and keeps what they wrote offline, also across a closed tab."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from socieux_desktop.collab.annotations import Comments, Versions
from socieux_desktop.collab.workshop import Limits
from tests.e2e.drivers import CuttableLink, Workshop, require, workshop
from tests.e2e.test_workshop_browser import TITLES, Browser, joined


@pytest.fixture
def host() -> Iterator[Workshop]:
    require(chromium=True)
    yield from workshop()


def opened() -> Browser:
    return Browser()


@pytest.fixture
def browser() -> Iterator[Browser]:
    require(chromium=True)
    page = opened()
    try:
        yield page
    finally:
        errors = [line for line in page("console")
                  if line.startswith("pageerror") or "Content Security Policy" in line]
        assert page.driver.close() == 0
        assert errors == []


def section(browser: Browser, section_id: str) -> str:
    return f'.section[data-id="{section_id}"]'


def test_sections_added_renamed_and_moved_in_the_browser_reach_the_host(host: Workshop, browser: Browser
                                                                         ) -> None:
    joined(browser, host)
    intro, findings, recommendations = host.section_ids
    browser("click", selector="#add-section")
    host.wait_until(lambda: len(host.copy.sections()) == 4, "the new section")
    added = host.copy.sections()[3]
    assert added.title == "New section" and added.body == ""
    # its title is selected: typing renames it
    browser("wait_true", expression="document.activeElement?.classList.contains('title')")
    page_title = f'{section(browser, added.id)} input.title'
    browser("fill", selector=page_title, value="Annexes : liste de présence")
    host.wait_until(lambda: host.copy.section(added.id).title == "Annexes : liste de présence", "the title")

    # moved up twice: before Findings
    browser("click", selector=f"{section(browser, added.id)} button.up")
    host.wait_until(lambda: [s.id for s in host.copy.sections()][2] == added.id, "moved up once")
    browser("click", selector=f"{section(browser, added.id)} button.up")
    moved = [intro, added.id, findings, recommendations]
    host.wait_until(lambda: [s.id for s in host.copy.sections()] == moved, "moved up twice")
    assert browser("eval", expression=TITLES) == [
        "Introduction", "Annexes : liste de présence", "Findings", "Recommendations"]

    # a section added after Introduction from its own "+" sits right after it
    browser("click", selector=f"{section(browser, intro)} button.add-after")
    host.wait_until(lambda: len(host.copy.sections()) == 5, "the section after Introduction")
    assert [s.title for s in host.copy.sections()] == [
        "Introduction", "New section", "Annexes : liste de présence", "Findings", "Recommendations"]

    # the expert renames a title: the browser's field follows
    host.edit(lambda copy: copy.set_title(findings, "Constats"))
    browser("wait_true", expression=f"document.querySelector('{section(browser, findings)} input.title')"
                                    ".value === 'Constats'")
    # the expert's move shows in the browser's order
    host.edit(lambda copy: copy.move_section(recommendations, 0))
    browser("wait_true", expression=f"{TITLES}[0] === 'Recommendations'")


def test_formatting_buttons_and_shortcuts_write_markdown(host: Workshop, browser: Browser) -> None:
    joined(browser, host)
    findings = host.section_ids[1]
    editor = browser.editor(findings)
    browser("type", selector=editor, text="Centres sociaux")
    browser("press", key="Shift+Home")
    browser("click", selector=f"{section(browser, findings)} button.format-bold")
    host.wait_until(lambda: host.copy.text(findings) == "**Centres sociaux**", "bold")
    browser("press", key="End")
    browser("press", key="Enter")
    browser("press", key="Control+i")
    browser("press", key="d")
    browser("press", key="e")
    host.wait_until(lambda: host.copy.text(findings) == "**Centres sociaux**\n*de*", "italic")
    browser("press", key="Control+End")
    browser("press", key="Enter")
    browser("press", key="P")
    browser("press", key="1")
    browser("click", selector=f"{section(browser, findings)} button.format-heading")
    host.wait_until(lambda: host.copy.text(findings).endswith("\n### P1"), "heading")
    browser("press", key="End")
    browser("press", key="Enter")
    browser("press", key="A")
    browser("click", selector=f"{section(browser, findings)} button.format-list")
    host.wait_until(lambda: host.copy.text(findings).endswith("\n### P1\n- A"), "list")
    browser("click", selector=f"{section(browser, findings)} button.format-table")
    host.wait_until(lambda: host.copy.text(findings) == (
        "**Centres sociaux**\n*de*\n### P1\n- A\n\n| Column 1 | Column 2 |\n| --- | --- |\n|  |  |\n"),
        "table")


def test_comments_both_ways_with_non_ascii_passages(host: Workshop, browser: Browser) -> None:
    joined(browser, host)
    findings = host.section_ids[1]
    # 😀 is two UTF-16 units and four UTF-8 bytes, é one and two: the anchors must name characters
    host.edit(lambda copy: copy.insert_body(findings, 0, "Réseau 😀 : 129 centres sociaux à rénover."))
    editor = browser.editor(findings)
    browser("wait_text", selector=editor, text="à rénover.")

    # The browser comments on "129 centres" (code points 11..22, UTF-16 12..23)
    browser("click", selector=editor)
    browser("press", key="Home")
    for _ in range(11):
        browser("press", key="ArrowRight")
    for _ in range(11):
        browser("press", key="Shift+ArrowRight")
    browser("fill", selector="#comment-text", value="Combien sont ouverts ?")
    browser("click", selector="#comment-add")

    def browser_comment() -> bool:
        return any(c.text == "Combien sont ouverts ?" for c in Comments(host.copy).all())

    host.wait_until(browser_comment, "the browser's comment at the host")
    (mine,) = Comments(host.copy).all()
    assert (mine.author, mine.quote, mine.passage, mine.start, mine.end, mine.resolved) == (
        "Awa Koné", "129 centres", "129 centres", 11, 22, False)
    assert host.copy.text(findings) == "Réseau 😀 : 129 centres sociaux à rénover."
    # the anchors follow the passage when the expert writes before it
    host.edit(lambda copy: copy.insert_body(findings, 0, "Écho. "))
    assert Comments(host.copy).get(mine.id).passage == "129 centres"

    # The expert comments on "à rénover" and it shows in the browser with its passage
    text = host.copy.text(findings)
    start = text.index("à rénover")
    expert_id: list[str] = []
    host.edit(lambda copy: expert_id.append(
        Comments(copy).add(findings, "body", start, start + len("à rénover"), "Budget ?", "Marie Lefèvre")))
    row = f'#comments li[data-id="{expert_id[0]}"]'
    browser("wait_text", selector=f"{row} blockquote", text="à rénover")
    assert "Budget ?" in browser("text", selector=row)
    assert "Marie Lefèvre" in browser("text", selector=row)
    assert "Combien sont ouverts ?" in browser("text", selector=f'#comments li[data-id="{mine.id}"]')
    browser("wait_text", selector="#comments-box h2", text="Comments (2 open)")

    # resolved in the browser: resolved at the host, by the participant
    browser("click", selector=f"{row} button.resolve")
    host.wait_until(lambda: Comments(host.copy).get(expert_id[0]).resolved, "resolved")
    assert Comments(host.copy).get(expert_id[0]).resolved_by == "Awa Koné"
    browser("wait_text", selector="#comments-box h2", text="Comments (1 open)")
    # reopened by the expert: the browser offers to resolve it again
    host.edit(lambda copy: Comments(copy).reopen(expert_id[0]))
    browser("wait", selector=f"{row} button.resolve")
    # the comment's passage, clicked, is selected in the editor
    browser("click", selector=f'#comments li[data-id="{mine.id}"] blockquote')
    selected = browser("eval", expression="getSelection().toString()")
    assert selected == "129 centres"

    # no selection: the page says what to do
    browser("fill", selector="#comment-text", value="Sans passage")
    browser("click", selector=f"{section(browser, host.section_ids[0])} .cm-content")
    browser("click", selector="#comment-add")
    browser("wait_text", selector="#comments-box .hint", text="Select a passage")


def test_named_versions_are_listed_and_read(host: Workshop, browser: Browser) -> None:
    joined(browser, host)
    intro = host.section_ids[0]
    host.edit(lambda copy: copy.insert_body(intro, 0, "Première rédaction."))
    host.edit(lambda copy: Versions(copy).save("Avant l'atelier", "Marie Lefèvre"))
    browser("wait_text", selector="#versions-box", text="Avant l'atelier")
    browser("click", selector="#versions button.link")
    browser("wait_text", selector="#version-view", text="Première rédaction.")
    browser("click", selector="#version-close")
    browser("wait", selector="#version-view", state="hidden")


def test_carets_are_labelled_with_names(host: Workshop, browser: Browser) -> None:
    joined(browser, host)
    other = opened()
    try:
        other.join(host.url, name="Kouassi Yao")
        other("wait_text", selector="#status", text="Connected")
        findings = host.section_ids[1]
        other("type", selector=other.editor(findings), text="Bonjour")
        label = f'{section(browser, findings)} .cm-ySelectionInfo'
        browser("wait_text", selector=label, text="Kouassi Yao")
        shown = browser("eval", expression=f"getComputedStyle(document.querySelector('{label}')).opacity")
        assert shown == "1"  # always, not on hover only
        browser("wait_text", selector="#people", text="Kouassi Yao")
    finally:
        assert other.driver.close() == 0


def test_edits_made_offline_survive_a_closed_tab_and_arrive_once(host: Workshop, browser: Browser) -> None:
    link = CuttableLink(host.host.port)
    try:
        browser.join(link.url)
        intro = host.section_ids[0]
        editor = browser.editor(intro)
        browser("wait_text", selector="#status", text="Connected")
        browser("type", selector=editor, text="En ligne.")
        host.wait_until(lambda: host.copy.text(intro) == "En ligne.", "the online edit")
        # the phone leaves the Wi-Fi: it writes on, then the tab is closed before anything is sent
        browser("offline", value=True)
        link.cut()
        browser("type", selector=editor, text=" Hors ligne.")
        browser("click", selector="#add-section")
        browser("wait", selector=".section:nth-child(4)")
        browser("reopen_tab")
        host.receive()
        assert host.copy.text(intro) == "En ligne." and len(host.copy.sections()) == 3
        # back on the Wi-Fi, the reopened page sends what the closed one kept
        link.restore()
        browser("offline", value=False)
        browser("goto", url=link.url)
        host.wait_until(lambda: host.copy.text(intro) == "En ligne. Hors ligne."
                        and len(host.copy.sections()) == 4, "the offline edits, once")
        browser("wait_text", selector=editor, text="En ligne. Hors ligne.")
        assert browser("text", selector=editor) == "En ligne. Hors ligne."

        # offline without closing: the edits go when the network is back (the page's 'online' event)
        browser("wait_text", selector="#status", text="Connected")
        browser("offline", value=True)
        link.cut()
        browser("type", selector=editor, text=" Encore.")
        link.restore()
        browser("offline", value=False)
        host.wait_until(lambda: host.copy.text(intro) == "En ligne. Hors ligne. Encore.", "sent when back")
    finally:
        link.cut()


@pytest.fixture
def tiny_host() -> Iterator[Workshop]:
    require(chromium=True)
    yield from workshop(Limits(max_document_bytes=900))  # the new deliverable's state is about 500 bytes


def test_a_refused_change_is_not_kept_offline_to_be_refused_again(tiny_host: Workshop, browser: Browser
                                                                   ) -> None:
    host = tiny_host
    joined(browser, host)
    intro = host.section_ids[0]
    browser("type", selector=browser.editor(intro), text="Le diagnostic des centres sociaux. " * 20)
    browser("wait_text", selector="#final-message", text="The document has reached its maximum size")
    # the reloaded page resumes with the host's document, not the refused edits kept on the device
    browser("click", selector="#retry")
    browser("wait_text", selector="#status", text="Connected")
    browser("wait", selector=f'{browser.editor(intro)}[contenteditable="true"]')
    host.receive()
    kept = host.copy.text(intro)
    browser("wait_true", expression=f"document.querySelector('{browser.editor(intro)}').textContent === "
                                    f"{kept!r}")
    assert browser("eval", expression="document.getElementById('final').hidden") is True
