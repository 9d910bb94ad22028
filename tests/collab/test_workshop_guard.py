"""collab.workshop_guard alone: the structure check on a shadow copy, without a host or a socket."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pycrdt import Array, Doc, Map, Text

from socieux_desktop.collab.document import DeliverableDocument
from socieux_desktop.collab.workshop_guard import Malformed, UpdateGuard, Verdict, root_writes

ROOM = "room-0001"


@pytest.fixture
def state() -> bytes:
    return DeliverableDocument.create(ROOM, ["Introduction", "Findings"]).encode_state()


def edit(state: bytes, change: Callable[[DeliverableDocument], Any]) -> bytes:
    """What ``change`` does to a participant's copy, as the update it sends."""
    copy = DeliverableDocument.from_updates([state])
    before = copy.state_vector()
    change(copy)
    return copy.diff(before)


def judge(state: bytes, update: bytes, read_only: bool = False, limit: int = 1 << 20) -> Verdict | None:
    return UpdateGuard(state, max_document_bytes=limit).check(update, read_only=read_only,
                                                              document=lambda: state)


def test_what_a_co_author_does_passes(state: bytes) -> None:
    assert judge(state, edit(state, lambda d: d.insert_body(d.sections()[0].id, 0, "Texte"))) is None
    assert judge(state, edit(state, lambda d: d.set_title(d.sections()[1].id, "Constats"))) is None
    assert judge(state, edit(state, lambda d: d.add_section("Nouvelle", "", 0))) is None
    assert judge(state, edit(state, lambda d: d.move_section(d.sections()[0].id, 1))) is None
    assert judge(state, edit(state, lambda d: d.ydoc.get("comments", type=Array).append(Map({"id": "c"})))) \
        is None
    whole = DeliverableDocument.from_updates([state])
    assert judge(state, whole.encode_state()) is None  # its whole copy: nothing new


def remove_all(document: DeliverableDocument) -> None:
    for section in document.sections():
        document.remove_section(section.id)


def replace_body(document: DeliverableDocument) -> None:
    document.ydoc.get("sections", type=Array)[0]["body"] = Text("")


@pytest.mark.parametrize(("change", "verdict"), [
    (remove_all, Verdict.SECTION_DELETED),
    (lambda d: d.remove_section(d.sections()[1].id), Verdict.SECTION_DELETED),
    (replace_body, Verdict.SECTION_REPLACED),
    (lambda d: d.ydoc.get("sections", type=Array)[0].__setitem__("id", "other"), Verdict.SECTION_REPLACED),
    (lambda d: d.ydoc.get("meta", type=Map).__setitem__("deliverable_id", "hijacked"), Verdict.META),
    (lambda d: d.ydoc.get("versions", type=Array).append(Map({"id": "v"})), Verdict.VERSIONS),
    (lambda d: d.ydoc.get("elsewhere", type=Array).append(["x"]), Verdict.FOREIGN),
], ids=["wipe", "one-section", "body-replaced", "id-rewritten", "meta", "versions", "unknown-root"])
def test_what_the_role_does_not_allow_is_refused(state: bytes, change: Callable[[DeliverableDocument], Any],
                                                 verdict: Verdict) -> None:
    assert judge(state, edit(state, change)) is verdict


def test_a_foreign_document_is_refused_whatever_it_holds(state: bytes) -> None:
    fresh: Doc[Any] = Doc()
    fresh.get("sections", type=Array).append(Map({"id": "x", "title": Text("INJECTED"), "body": Text("")}))
    assert judge(state, fresh.get_update()) is Verdict.FOREIGN
    other = DeliverableDocument.create("another", ["Autre"]).encode_state()
    assert judge(state, other) is Verdict.META
    later = DeliverableDocument.from_updates([other])
    before = later.state_vector()
    later.insert_body(later.sections()[0].id, 0, "texte")
    assert judge(state, later.diff(before)) is Verdict.FOREIGN  # depends on items never seen


def test_read_only_and_size(state: bytes) -> None:
    typing = edit(state, lambda d: d.insert_body(d.sections()[0].id, 0, "x" * 5000))
    assert judge(state, typing, read_only=True) is Verdict.READ_ONLY
    assert judge(state, typing, limit=len(state) + 1000) is Verdict.TOO_LARGE
    assert judge(state, b"\x01\x02garbage") is Verdict.MALFORMED


def test_after_a_refusal_the_shadow_is_as_the_document(state: bytes) -> None:
    guard = UpdateGuard(state, max_document_bytes=1 << 20)
    assert guard.check(edit(state, remove_all), read_only=False, document=lambda: state) \
        is Verdict.SECTION_DELETED
    typing = edit(state, lambda d: d.insert_body(d.sections()[0].id, 0, "ok"))
    assert guard.check(typing, read_only=False, document=lambda: state) is None


def test_root_writes_names_the_roots_written_from_scratch(state: bytes) -> None:
    assert root_writes(state) == {"meta", "sections"}
    assert root_writes(edit(state, lambda d: d.insert_body(d.sections()[0].id, 0, "x"))) == set()
    with pytest.raises(Malformed):
        root_writes(b"\x01\x01\x05")


def suggest(state: bytes, update: bytes) -> Verdict | None:
    return UpdateGuard(state, max_document_bytes=1 << 20).check(update, read_only=False, suggest_only=True,
                                                                document=lambda: state)


def test_a_suggesting_participant_writes_suggestions_and_comments_only(state: bytes) -> None:
    from socieux_desktop.collab.annotations import Comments
    from socieux_desktop.collab.suggestions import Suggestions

    typed = DeliverableDocument.from_updates([state])
    typed.insert_body(typed.sections()[0].id, 0, "Réseau 😀 : 129 centres")
    state = typed.encode_state()
    first = typed.sections()[0].id
    # anchors split the text's items (inserting and deleting one character): that passes
    assert suggest(state, edit(state, lambda d: Suggestions(d).suggest_delete(first, 11, 15, "Awa"))) is None
    assert suggest(state, edit(state, lambda d: Suggestions(d).suggest_insert(first, 3, "x", "Awa"))) is None
    assert suggest(state, edit(state, lambda d: Comments(d).add(first, "body", 11, 22, "?", "Awa"))) is None
    for change in (lambda d: d.insert_body(first, 0, "Texte"), lambda d: d.set_title(first, "Autre"),
                   lambda d: d.add_section("Nouvelle"), lambda d: d.move_section(first, 1)):
        assert suggest(state, edit(state, change)) == Verdict.SUGGEST_ONLY
    # the same update from a participant who writes passes
    assert judge(state, edit(state, lambda d: d.insert_body(first, 0, "Texte"))) is None


def test_many_small_edits_do_not_fill_the_document_early(state: bytes) -> None:
    """One-character updates weigh far more than the characters they add to the state: the size limit
    is the document's, not the sum of the updates."""
    guard = UpdateGuard(state, max_document_bytes=len(state) + 4000)
    copy = DeliverableDocument.from_updates([state])
    host = DeliverableDocument.from_updates([state])
    section = copy.sections()[0].id
    for n in range(1500):  # about 30 KB of updates for 1.5 KB of text
        before = copy.state_vector()
        copy.insert_body(section, n, "a")
        update = copy.diff(before)
        assert guard.check(update, read_only=False, document=host.encode_state) is None
        host.apply_update(update)
    before = copy.state_vector()
    copy.insert_body(section, 0, "b" * 5000)
    assert guard.check(copy.diff(before), read_only=False, document=host.encode_state) is Verdict.TOO_LARGE
