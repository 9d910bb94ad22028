"""The CSV import refuses what a spreadsheet would run (formula cells) and rows that contradict each
other, naming the lines, and then imports nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from socieux_hub.csv_import import CsvImportError, import_missions, read_rows
from tests.hub.conftest import Hub

HEADER = ("action_code;action_title;partner_institution;country_code;activity_code;activity_title;"
          "mission_code;mission_title;start_date;end_date;modality;expert;role;days\n")
ROW = "PE-2026-02;Green jobs;Ministerio de Trabajo;PE;A1;Diagnostic;PE-M1;Green jobs mission;" \
      "2026-04-06;2026-04-17;on_site;pedro;lead_expert;10\n"


@pytest.mark.parametrize("cell", ["=cmd|'/C calc'!A0", "@SUM(A1:A9)", "+33 1 23", "-2+3", "\tTab",
                                  "\rReturn", "  =HYPERLINK(\"http://evil\")"])
def test_a_cell_that_starts_like_a_formula_is_refused_with_its_line(cell: str) -> None:
    quoted = '"' + cell.replace('"', '""') + '"'
    text = HEADER + ROW + ROW.replace("Green jobs mission", quoted)
    with pytest.raises(CsvImportError) as refused:
        read_rows(text)
    assert refused.value.line == 3
    assert "mission_title" in str(refused.value) and "formula" in str(refused.value)


def test_a_text_with_a_dash_inside_is_kept() -> None:
    rows = read_rows(HEADER + ROW.replace("Green jobs mission", "Green jobs - phase 2 = more @ work"))
    assert rows[0][1]["mission_title"] == "Green jobs - phase 2 = more @ work"


@pytest.mark.parametrize(("old", "new", "what"), [
    ("Green jobs mission", "Another title", "mission_title"),
    ("2026-04-17", "2026-04-24", "end_date"),
    (";Green jobs;", ";Other action title;", "action_title"),
    (";Diagnostic;", ";Other activity;", "activity_title"),
    (";lead_expert;", ";expert;", "role"),
    (";10\n", ";8\n", "days"),
])
def test_two_rows_that_give_one_record_other_values_are_refused_naming_both_lines(
        old: str, new: str, what: str) -> None:
    text = HEADER + ROW + "TG-2026-03;UHC;Santé;TG;;;TG-M1;UHC mission;2026-06-01;2026-06-12;remote;;;\n" \
        + ROW.replace(old, new)
    with pytest.raises(CsvImportError) as refused:
        read_rows(text)
    assert refused.value.line == 4
    assert "line 2" in str(refused.value) and what in str(refused.value)


def test_repeated_rows_that_agree_or_leave_cells_empty_are_accepted() -> None:
    again = "PE-2026-02;;;;A2;Regional strategies;PE-M1;;;;;pedro;;2.5\n"
    rows = read_rows(HEADER + ROW + ROW + again)
    assert [line for line, _ in rows] == [2, 3, 4]


def test_a_refused_file_imports_nothing(hub: Hub, tmp_path: Path) -> None:
    hub.admin.add_user("pedro", "expert", "correct horse battery")
    before = hub.change_count()
    path = tmp_path / "missions.csv"
    path.write_text(HEADER + ROW + ROW.replace(";10\n", ";=1+1\n"), encoding="utf-8")
    with pytest.raises(CsvImportError, match="line 3"):
        import_missions(hub.admin, path)
    assert hub.change_count() == before
    path.write_text(HEADER + ROW, encoding="utf-8")
    assert import_missions(hub.admin, path).rows == 1
