"""The gate's findings in the interface's words: one sentence each, translated, its parameters filled in
(field names as labels, what a field holds, days and dates in the language's format)."""

from __future__ import annotations

from socieux_desktop.domain.errors import Code, Finding, RuleViolation
from socieux_desktop.domain.gate import check_record
from socieux_desktop.ui.messages import message
from socieux_desktop.ui.qt import QtWidgets
from tests.ui.languages import language_switcher


def refusal(entity: str, record: dict[str, object]) -> Finding:
    try:
        check_record(entity, record)
    except RuleViolation as violation:
        return violation.finding
    raise AssertionError("not refused")


def test_the_gates_findings_read_in_each_language(qapp: QtWidgets.QApplication) -> None:
    findings = [refusal("day_entry", {"description": "x" * 20_001}),
                refusal("counterpart", {"name": "Awa\ud800"}),
                refusal("allocation", {"half_days": -10}),
                refusal("day_entry", {"kind": "holiday"}),
                refusal("action", {"code": "C" * 41}),
                Finding(Code.TIMESHEET_HEADQUARTERS_ONLY, {"action": "approve"})]
    with language_switcher(qapp) as switcher:
        english = [message(finding) for finding in findings]
        assert english[0] == ("The field “Description” has 20001 characters; it holds at most 20000. "
                              "Shorten it.")
        assert english[1].startswith("The field “Name” holds a character that is not text (U+D800 at "
                                     "position 4)")
        assert english[2].startswith("-5 days cannot be allocated.")
        assert english[3].startswith("The field “Kind of day” cannot hold 'holiday': it holds one of these "
                                     "values: on_site_work, preparation")
        assert english == [finding.english for finding in findings]  # the CLI's and the hub's words
        switcher.switch("fr")
        french = [message(finding) for finding in findings]
        assert french[0].startswith("Le champ « Description » compte 20001 caractères")
        assert french[1].startswith("Le champ « Nom » contient un caractère qui n’est pas du texte")
        assert french[2].startswith("-5 jours ne peuvent pas être alloués")
        assert "« Type de journée »" in french[3] and "l’une de ces valeurs : on_site_work" in french[3]
        assert french[4].startswith("Le champ « Code de l'action » compte 41 caractères")
        assert "feuille de temps comme approuvée" in french[5]
        switcher.switch("es")
        spanish = [message(finding) for finding in findings]
        assert spanish[0].startswith("El campo «Descripción» tiene 20001 caracteres")
        assert all("{" not in text for text in english + french + spanish)
