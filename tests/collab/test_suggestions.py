"""collab.suggestions: suggested insertions and deletions kept beside the text, accepted into it or rejected
without a trace, also on another copy and with non-ASCII text."""

from __future__ import annotations

import pytest

from socieux_desktop.collab.annotations import UnknownAnnotation
from socieux_desktop.collab.document import DeliverableDocument
from socieux_desktop.collab.suggestions import SuggestionKind, Suggestions


def document_with(text: str) -> tuple[DeliverableDocument, str]:
    document = DeliverableDocument.create("d-1", ["Constats"])
    section = document.sections()[0].id
    document.insert_body(section, 0, text)
    return document, section


def test_an_accepted_insertion_becomes_text_and_a_rejected_one_leaves_none() -> None:
    document, section = document_with("Réseau 😀 : 129 centres.")
    suggestions = Suggestions(document)
    kept = suggestions.suggest_insert(section, 15, "nouveaux ", "Awa Koné")
    dropped = suggestions.suggest_insert(section, 0, "Non : ", "Awa Koné")
    assert document.text(section) == "Réseau 😀 : 129 centres."
    (first, second) = suggestions.all()
    assert (first.id, first.kind, first.start, first.text) == (dropped, SuggestionKind.INSERT, 0, "Non : ")
    assert (second.id, second.start, second.author) == (kept, 15, "Awa Koné")

    document.insert_body(section, 0, "Écho. ")  # the places follow the text
    assert [s.start for s in suggestions.all()] == [6, 21]
    suggestions.accept(kept)
    assert document.text(section) == "Écho. Réseau 😀 : 129 nouveaux centres."
    suggestions.reject(dropped)
    assert document.text(section) == "Écho. Réseau 😀 : 129 nouveaux centres."
    assert suggestions.all() == []
    with pytest.raises(UnknownAnnotation):
        suggestions.reject(dropped)


def test_deletions_accepted_all_at_once_on_another_copy() -> None:
    document, section = document_with("Les 129 centres sociaux à rénover.")
    copy = DeliverableDocument.from_updates([document.encode_state()])
    Suggestions(document).suggest_delete(section, 4, 8, "Awa Koné")  # "129 "
    Suggestions(document).suggest_delete(section, 23, 33, "Awa Koné")  # " à rénover"
    Suggestions(document).suggest_insert(section, 34, " Vite.", "Kouassi Yao")
    copy.apply_update(document.diff(copy.state_vector()))
    found = Suggestions(copy).all()
    assert [(s.kind, s.text) for s in found] == [
        (SuggestionKind.DELETE, "129 "), (SuggestionKind.DELETE, " à rénover"),
        (SuggestionKind.INSERT, " Vite.")]
    assert Suggestions(copy).accept_all() == 3
    assert copy.text(section) == "Les centres sociaux. Vite."
    document.apply_update(copy.diff(document.state_vector()))
    assert document.text(section) == "Les centres sociaux. Vite." and Suggestions(document).all() == []


def test_reject_all_leaves_the_text_as_it_was() -> None:
    document, section = document_with("Texte d'origine.")
    suggestions = Suggestions(document)
    suggestions.suggest_delete(section, 0, 5, "Awa Koné")
    suggestions.suggest_insert(section, 16, " Ajout.", "Awa Koné")
    assert suggestions.reject_all() == 2
    assert document.text(section) == "Texte d'origine." and suggestions.all() == []


def test_a_deletion_whose_text_went_is_only_removed_when_accepted() -> None:
    document, section = document_with("abc def ghi")
    suggestions = Suggestions(document)
    gone = suggestions.suggest_delete(section, 4, 7, "Awa Koné")
    document.delete_body(section, 3, 5)  # " def " goes, with the passage "def"
    assert suggestions.get(gone).detached
    suggestions.accept(gone)
    assert document.text(section) == "abcghi" and suggestions.all() == []


def test_empty_or_misplaced_suggestions_are_refused() -> None:
    document, section = document_with("abc")
    suggestions = Suggestions(document)
    with pytest.raises(ValueError):
        suggestions.suggest_insert(section, 0, "", "Awa Koné")
    with pytest.raises(IndexError):
        suggestions.suggest_insert(section, 4, "x", "Awa Koné")
    with pytest.raises(IndexError):
        suggestions.suggest_delete(section, 2, 2, "Awa Koné")
