"""`socieux deliverable list|new|show|export` and `socieux report deliverable` listing them."""

from __future__ import annotations

from pathlib import Path

import pytest

from socieux_desktop.cli import EXIT_BAD_INPUT, EXIT_OK, main
from socieux_desktop.collab.store import DeliverableStore
from socieux_desktop.demo import fill_demo
from socieux_desktop.domain.deliverables import DeliverableKind, DeliverableLanguage
from socieux_desktop.store.workbook import Workbook

CI2 = "CI-2025-07-M2"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(workbook: Workbook, data_dir: Path) -> Path:
    fill_demo(workbook)
    workbook.close()
    return data_dir


def listed(out: str) -> list[list[str]]:
    header, *lines = out.splitlines()
    assert header.split("\t") == ["id", "status", "language", "kind", "words", "title"]
    return [line.split("\t") for line in lines]


def test_list_new_show_and_export(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deliverable", "list", "--data-dir", str(demo), "--mission", CI2)
    assert code == EXIT_OK
    [[draft_id, status, language, kind, words, title]] = listed(out)
    assert (status, language, kind, title) == ("draft", "fr", "other",
                                               "Cahier des charges des services des centres sociaux")
    assert int(words) > 300
    code, out, err = run(capsys, "deliverable", "new", "--data-dir", str(demo), "--mission", CI2,
                         "--kind", "action_plan", "--title", "Plan d'action 2027")
    assert (code, err) == (EXIT_OK, "")
    new_id = out.strip().rsplit(" ", 1)[1]
    book = Workbook.open(demo)
    try:
        made = DeliverableStore(book).get(new_id)
        assert (made.kind, made.language) == (DeliverableKind.ACTION_PLAN, DeliverableLanguage.FR)
        titles = [s.title for s in DeliverableStore(book).load(new_id).sections()]
        assert titles[:2] == ["Objectifs", "Actions"]
    finally:
        book.close()
    code, out, _ = run(capsys, "deliverable", "show", "--data-dir", str(demo), "--deliverable", draft_id)
    assert code == EXIT_OK
    assert out.startswith("# Cahier des charges des services des centres sociaux\n\n(other, fr, draft)\n\n"
                          "## Introduction\n")
    assert "| 4 | Orientations ayant reçu un retour du service d'accueil | 40 % |" in out
    target = tmp_path / "cahier.md"
    code, out, _ = run(capsys, "deliverable", "export", "--data-dir", str(demo), "--deliverable", draft_id,
                       "-o", str(target))
    assert code == EXIT_OK and str(target) in out
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Cahier des charges des services des centres sociaux\n\n## Introduction\n")
    assert "## Système d'information" in text


def test_new_refuses_an_empty_title(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "deliverable", "new", "--data-dir", str(demo), "--mission", CI2, "--kind",
                       "diagnostic", "--title", "  ")
    assert code == EXIT_BAD_INPUT and "is required" in err and "Nothing was created." in err


def test_an_unknown_deliverable_says_how_to_find_one(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "deliverable", "show", "--data-dir", str(demo), "--deliverable", "nope")
    assert code == EXIT_BAD_INPUT and "'socieux deliverable list --mission ID' gives their ids" in err


def test_report_deliverable_lists_them_without_lang_or_output(demo: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", "deliverable", "--data-dir", str(demo), "--mission",
                         "TG-2026-01-M1")
    assert (code, err) == (EXIT_OK, "")
    [[_, status, language, *_rest]] = listed(out)
    assert (status, language) == ("returned", "fr")
    code, _, err = run(capsys, "report", "timesheet", "--data-dir", str(demo), "--mission", "TG-2026-01-M1")
    assert code == EXIT_BAD_INPUT and "give the language of the PDF (--lang" in err
