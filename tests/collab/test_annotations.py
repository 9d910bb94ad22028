"""Comments anchored to passages, and named versions, inside a deliverable's CRDT document."""

from __future__ import annotations

import random

import pytest
from pycrdt import Array, Map

from socieux_desktop.collab.annotations import (
    COMMENTS,
    Comments,
    DiffKind,
    DiffLine,
    UnknownAnnotation,
    Versions,
)
from socieux_desktop.collab.document import DeliverableDocument, Field, Origin, Section
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.domain.deliverables import Deliverable, DeliverableKind, DeliverableLanguage
from socieux_desktop.domain.model import new_id
from socieux_desktop.store.workbook import Workbook
from tests.conftest import Sample

BODY = "Le ministère 😀 a validé le plan d’action de la réforme."
PASSAGE = "validé le plan"


def exchange(*copies: DeliverableDocument) -> None:
    """Every copy sends every other what it lacks, as updates."""
    for source in copies:
        for target in copies:
            if source is not target:
                target.apply_update(source.diff(target.state_vector()))


def two_copies(body: str = BODY) -> tuple[DeliverableDocument, DeliverableDocument, str]:
    first = DeliverableDocument.create("d-1", ["Introduction", "Constats"])
    section_id = first.sections()[0].id
    first.set_text(section_id, Field.BODY, body)
    second = DeliverableDocument.from_updates([first.encode_state()])
    return first, second, section_id


def comment_on(document: DeliverableDocument, section_id: str, passage: str = PASSAGE,
               text: str = "À préciser : quel calendrier ?", author: str = "Marie Dupont") -> str:
    start = document.text(section_id).index(passage)
    return Comments(document).add(section_id, Field.BODY, start, start + len(passage), text, author)


def spans(document: DeliverableDocument) -> list[tuple[int | None, str]]:
    return [(c.start, c.passage) for c in Comments(document).all()]


def test_a_comment_keeps_its_passage_quote_author_and_state() -> None:
    document, _, section_id = two_copies()
    comment_id = comment_on(document, section_id)
    [comment] = Comments(document).all()
    start = BODY.index(PASSAGE)
    assert (comment.id, comment.section_id, comment.field) == (comment_id, section_id, Field.BODY)
    assert (comment.start, comment.end) == (start, start + len(PASSAGE))
    assert comment.passage == comment.quote == PASSAGE
    assert (comment.author, comment.text) == ("Marie Dupont", "À préciser : quel calendrier ?")
    assert not comment.resolved and comment.created.tzinfo is not None
    assert document.text(section_id) == BODY  # anchoring changed no character


def test_anchors_follow_the_passage_through_concurrent_inserts_before_inside_and_after() -> None:
    first, second, section_id = two_copies()
    comment_on(first, section_id)  # the comment is made on one copy...
    second.insert(section_id, Field.BODY, 0, "Résumé 🎉 : ")  # ...while the other edits the same text
    second.insert(section_id, Field.BODY, second.text(section_id).index("le plan"), "bien ")
    second.insert(section_id, Field.BODY, second.text(section_id).index(" de la"), " 📋")
    exchange(first, second)

    assert first.text(section_id) == second.text(section_id)
    expected = "validé bien le plan"  # inside: part of it; the emoji further on: not
    start = first.text(section_id).index(expected)
    assert spans(first) == spans(second) == [(start, expected)]
    assert Comments(second).all()[0].quote == PASSAGE


def test_text_typed_right_before_stays_out_and_right_after_joins() -> None:
    first, second, section_id = two_copies()
    comment_on(first, section_id)
    exchange(first, second)
    start = second.text(section_id).index(PASSAGE)
    second.insert(section_id, Field.BODY, start + len(PASSAGE), "ifié")  # typed at its end
    second.insert(section_id, Field.BODY, start, "« ")  # typed at its start
    exchange(first, second)
    assert spans(first) == [(start + 2, "validé le planifié")]


def test_a_deleted_passage_leaves_the_comment_without_a_span() -> None:
    first, second, section_id = two_copies()
    comment_id = comment_on(first, section_id)
    exchange(first, second)
    second.set_text(section_id, Field.BODY, BODY.replace("a validé le plan d’action", "a rejeté tout"))
    exchange(first, second)
    comment = Comments(first).get(comment_id)
    assert (comment.start, comment.end, comment.passage, comment.detached) == (None, None, "", True)
    assert comment.quote == PASSAGE  # what it was about remains readable


def test_a_partly_deleted_passage_shrinks() -> None:
    first, second, section_id = two_copies()
    comment_on(first, section_id)
    exchange(first, second)
    second.delete(section_id, Field.BODY, second.text(section_id).index(PASSAGE), len("validé "))
    exchange(first, second)
    assert [passage for _, passage in spans(first)] == ["le plan"]


def test_a_passage_reaching_the_end_of_the_text_and_one_in_a_title() -> None:
    document, _, section_id = two_copies("Fin de phrase éàü")
    comments = Comments(document)
    comments.add(section_id, Field.BODY, 4, len("Fin de phrase éàü"), "Trop vague", "Awa")
    comments.add(section_id, Field.TITLE, 0, 5, "Titre ?", "Awa")
    document.insert(section_id, Field.BODY, len(document.text(section_id)), " 😀")
    assert [(c.field, c.passage) for c in comments.all()] == [
        (Field.TITLE, "Intro"), (Field.BODY, "de phrase éàü 😀")]


def test_a_removed_section_leaves_its_comments_without_a_span() -> None:
    first, second, section_id = two_copies()
    comment_on(first, section_id)
    exchange(first, second)
    second.remove_section(section_id)
    exchange(first, second)
    [comment] = Comments(first).all()
    assert comment.detached and comment.section_id == section_id


def test_comments_and_their_states_merge_between_copies() -> None:
    first, second, section_id = two_copies()
    mine = comment_on(first, section_id, text="Première remarque", author="Marie")
    theirs = comment_on(second, section_id, passage="réforme", text="Deuxième", author="Awa")
    exchange(first, second)
    assert [c.id for c in Comments(first).all()] == [c.id for c in Comments(second).all()] == [mine, theirs]

    Comments(second).resolve(mine, by="Awa")
    Comments(first).remove(theirs)
    exchange(first, second)
    for copy in (first, second):
        [comment] = Comments(copy).all()
        assert (comment.id, comment.resolved, comment.resolved_by) == (mine, True, "Awa")
        assert Comments(copy).all(include_resolved=False) == []
    Comments(first).reopen(mine)
    exchange(first, second)
    assert not Comments(second).get(mine).resolved


def test_the_comments_of_one_text_are_those_an_editor_highlights() -> None:
    document, _, section_id = two_copies()
    open_one = comment_on(document, section_id, passage="réforme")
    resolved = comment_on(document, section_id, passage="Le ministère")
    Comments(document).resolve(resolved, "Awa")
    gone = comment_on(document, section_id, passage="a validé")
    document.delete(section_id, Field.BODY, document.text(section_id).index("a validé"), len("a validé"))
    comments = Comments(document)
    assert [c.id for c in comments.of_text(section_id, Field.BODY)] == [open_one]
    assert [c.id for c in comments.of_text(section_id, "body", include_resolved=True)] == [resolved, open_one]
    assert comments.of_text(section_id, Field.TITLE) == []
    assert comments.get(gone).detached


def test_comments_are_in_reading_order() -> None:
    document, _, section_id = two_copies()
    later = comment_on(document, section_id, passage="réforme")
    earlier = comment_on(document, section_id, passage="Le ministère")
    other_section = document.sections()[1].id
    document.set_text(other_section, Field.BODY, "Constat 1")
    in_second = Comments(document).add(other_section, Field.BODY, 0, 7, "OK", "Awa")
    assert [c.id for c in Comments(document).all()] == [earlier, later, in_second]


def test_a_comment_whose_text_has_not_arrived_has_no_span_until_it_does() -> None:
    first, second, section_id = two_copies()
    third = DeliverableDocument.from_updates([first.encode_state()])
    before = third.state_vector()
    third.insert(section_id, Field.BODY, 0, "Texte ajouté ")
    typed = third.diff(before)
    first.apply_update(typed)
    sent: list[bytes] = []
    first.on_update(lambda update, origin: sent.append(update))
    whole = first.text(section_id)
    comment_id = Comments(first).add(section_id, Field.BODY, 0, len(whole), "Tout relire", "Marie")

    second.apply_update(sent[0])  # the comment, anchored on characters second has not received
    comment = Comments(second).get(comment_id)
    assert (comment.start, comment.quote) == (None, whole)
    second.apply_update(typed)
    assert Comments(second).get(comment_id).passage == whole


def test_entries_written_by_another_program_that_are_not_ours_are_left_out() -> None:
    document, _, section_id = two_copies()
    kept = comment_on(document, section_id)
    version_id = Versions(document).save("v1", "Marie")
    with document.transaction():
        document.ydoc.get("comments", type=Array).append(Map({"id": "x", "field": "nowhere"}))
        document.ydoc.get("comments", type=Array).append("not a map")
        document.ydoc.get("versions", type=Array).append(Map({
            "id": "bad", "name": "?", "created": "yesterday", "author": "?", "content": "{not json"}))
    assert [c.id for c in Comments(document).all()] == [kept]
    Comments(document).remove(kept)
    assert Comments(document).all() == []
    assert Versions(document).content("bad") == []
    assert [v.id for v in Versions(document).all()][-1] == version_id  # an unreadable date sorts first


def test_bad_comments_are_refused_and_nothing_is_written() -> None:
    document, _, section_id = two_copies()
    comments = Comments(document)
    state = document.encode_state()
    with pytest.raises(ValueError):
        comments.add(section_id, Field.BODY, 0, 5, "   ", "Marie")
    with pytest.raises(IndexError):
        comments.add(section_id, Field.BODY, 4, 4, "Vide", "Marie")
    with pytest.raises(IndexError):
        comments.add(section_id, Field.BODY, 0, len(BODY) + 1, "Trop loin", "Marie")
    with pytest.raises(KeyError):
        comments.add("no-such-section", Field.BODY, 0, 1, "?", "Marie")
    with pytest.raises(UnknownAnnotation):
        comments.resolve("no-such-comment", "Marie")
    with pytest.raises(UnknownAnnotation):
        comments.remove("no-such-comment")
    assert document.encode_state() == state


def test_comment_edits_reach_listeners_and_undo_leaves_them_alone() -> None:
    document, _, section_id = two_copies()
    heard: list[Origin] = []
    document.on_update(lambda update, origin: heard.append(origin))
    undo = document.undo_manager(capture_timeout_millis=0)
    document.insert(section_id, Field.BODY, 0, "Note : ")
    comment_on(document, section_id)
    assert heard == [Origin.LOCAL, Origin.LOCAL]
    assert undo.undo()  # takes back the typing only
    assert document.text(section_id) == BODY
    assert not undo.can_undo()
    assert spans(document) == [(BODY.index(PASSAGE), PASSAGE)]


def test_comments_are_saved_with_the_text(workbook: Workbook, sample: Sample) -> None:
    store = DeliverableStore(workbook)
    deliverable = Deliverable(new_id(), sample.mission.id, DeliverableKind.MISSION_REPORT, "Rapport",
                              DeliverableLanguage.FR)
    store.create(deliverable)
    document = store.open(deliverable.id)
    section_id = document.sections()[0].id
    document.set_text(section_id, Field.BODY, BODY)
    comment_id = comment_on(document, section_id)
    Comments(document).resolve(comment_id, "Awa")
    Versions(document).save("envoyé au ministère, 12 mars", "Marie")
    reloaded = store.load(deliverable.id)
    assert Comments(reloaded).all() == Comments(document).all()
    assert [v.name for v in Versions(reloaded).all()] == ["envoyé au ministère, 12 mars"]


@pytest.mark.parametrize("seed", range(40))
def test_anchors_survive_random_concurrent_edits_in_non_ascii_text(seed: int) -> None:
    """Texts of accents and emoji edited on both sides in several steps: each comment's span is
    exactly where the characters it was made on went (tracked with markers of our own)."""
    rng = random.Random(seed)
    alphabet = "abé😀ç ñ"

    def word(size: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(size))

    first, second, section_id = two_copies(word(12))
    for copy in (first, second):  # several CRDT items per text, from both clients
        for _ in range(3):
            copy.insert(section_id, Field.BODY, rng.randint(0, len(copy.text(section_id))), word(3))
    exchange(first, second)
    text = first.text(section_id)
    start = rng.randint(0, len(text) - 1)
    end = rng.randint(start + 1, len(text))
    # Markers that never occur in the alphabet show where the passage's bounds go on the other copy.
    comment_id = Comments(first).add(section_id, Field.BODY, start, end, "Remarque", "Marie")
    second.insert(section_id, Field.BODY, end, "⟧")
    second.insert(section_id, Field.BODY, start, "⟦")
    for _ in range(4):  # anywhere but right after "⟦": text typed there precedes the passage
        current = second.text(section_id)
        position = rng.choice([p for p in range(len(current) + 1) if p != current.index("⟦") + 1])
        second.insert(section_id, Field.BODY, position, word(2))
    exchange(first, second)

    for copy in (first, second):
        comment = Comments(copy).get(comment_id)
        current = copy.text(section_id)
        assert comment.start == current.index("⟦") + 1
        assert comment.end is not None and comment.end >= current.index("⟧")
        assert comment.passage.startswith(current[current.index("⟦") + 1:current.index("⟧")])


# -- named versions --------------------------------------------------------------------------------


def test_a_version_keeps_the_text_of_its_moment() -> None:
    document, _, section_id = two_copies()
    versions = Versions(document)
    version_id = versions.save("  envoyé au ministère, 12 mars ", "Marie")
    document.set_text(section_id, Field.BODY, "Texte révisé 😀")
    [version] = versions.all()
    assert (version.id, version.name, version.author) == (version_id, "envoyé au ministère, 12 mars", "Marie")
    content = versions.content(version_id)
    assert content[0] == Section(section_id, "Introduction", BODY)
    assert [s.title for s in content] == ["Introduction", "Constats"]
    assert versions.markdown(version_id).startswith(f"## Introduction\n\n{BODY}\n")


def test_compare_marks_lines_gone_and_added() -> None:
    document, _, section_id = two_copies("Ligne un\nLigne deux é\nLigne trois")
    versions = Versions(document)
    version_id = versions.save("v1", "Marie")
    document.set_text(section_id, Field.BODY, "Ligne un\nLigne 2 😀\nLigne trois\nLigne quatre")
    assert versions.compare(version_id) == [
        DiffLine(DiffKind.EQUAL, "## Introduction"),
        DiffLine(DiffKind.EQUAL, ""),
        DiffLine(DiffKind.EQUAL, "Ligne un"),
        DiffLine(DiffKind.DELETE, "Ligne deux é"),
        DiffLine(DiffKind.INSERT, "Ligne 2 😀"),
        DiffLine(DiffKind.EQUAL, "Ligne trois"),
        DiffLine(DiffKind.INSERT, "Ligne quatre"),
        DiffLine(DiffKind.EQUAL, ""),
        DiffLine(DiffKind.EQUAL, "## Constats"),
    ]
    assert all(line.kind == DiffKind.EQUAL for line in versions.compare(versions.save("v2", "Awa")))


def test_versions_merge_between_copies_and_bad_ones_are_refused() -> None:
    first, second, _ = two_copies()
    mine = Versions(first).save("partagé avec les homologues", "Marie")
    theirs = Versions(second).save("relu par Awa", "Awa")
    exchange(first, second)
    assert {v.id for v in Versions(first).all()} == {v.id for v in Versions(second).all()} == {mine, theirs}
    assert Versions(second).content(mine) == Versions(first).content(mine)
    with pytest.raises(ValueError):
        Versions(first).save("  ", "Marie")
    with pytest.raises(UnknownAnnotation):
        Versions(first).content("no-such-version")


def test_restoring_a_version_brings_its_sections_back_in_one_undoable_edit() -> None:
    document = DeliverableDocument.create("d-1", ["Introduction", "Constats"])
    intro, findings = (s.id for s in document.sections())
    document.set_text(intro, Field.BODY, "Texte validé.")
    versions = Versions(document)
    version = versions.save("Validée en atelier", "Marie")
    document.set_text(intro, Field.BODY, "Texte abîmé.")
    document.remove_section(findings)
    added = document.add_section("Ajout", "à retirer", 0)
    undo = document.undo_manager()
    updates: list[bytes] = []
    document.on_update(lambda update, _origin: updates.append(update))
    versions.restore(version)
    assert [(s.title, s.body) for s in document.sections()] == [("Introduction", "Texte validé."),
                                                               ("Constats", "")]
    assert document.sections()[0].id == intro and added not in {s.id for s in document.sections()}
    assert len(updates) == 1
    undo.undo()
    assert [s.title for s in document.sections()] == ["Ajout", "Introduction"]
    with pytest.raises(UnknownAnnotation):
        versions.restore("no-such-version")


def test_replies_written_at_once_on_two_copies_are_both_kept_and_go_with_their_comment() -> None:
    first, second, section = two_copies()
    comment_id = Comments(first).add(section, Field.BODY, 0, 5, "Combien ?", "Marie Lefèvre")
    exchange(first, second)
    Comments(first).reply(comment_id, "129 centres.", "Marie Lefèvre")
    Comments(second).reply(comment_id, " Dont 40 fermés. ", "Awa Koné")
    exchange(first, second)
    for copy in (first, second):
        (comment,) = Comments(copy).all()
        assert sorted((r.author, r.text) for r in comment.replies) == [
            ("Awa Koné", "Dont 40 fermés."), ("Marie Lefèvre", "129 centres.")]
    with pytest.raises(ValueError):
        Comments(first).reply(comment_id, "  ", "Awa Koné")
    Comments(first).remove(comment_id)
    assert len(first.ydoc.get(COMMENTS, type=Array)) == 0
    with pytest.raises(UnknownAnnotation):
        Comments(first).reply(comment_id, "Trop tard", "Awa Koné")
