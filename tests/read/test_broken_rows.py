"""A row whose every cell read holds an error value (#REF!, #N/A, #VALUE!: error cells in a
workbook, which calamine reads as empty; their text in a CSV saved from Excel) or a formula
without a saved value (openpyxl's '=Sheet2!A5') is a broken row a person must fix (fx228 3, 4):
``check`` lists it among the Problems by its row and cells, a plain run says it, and it is not
scheduled; it was passed over as blank in silence. A row with a value beside its errors is a
tracker row whose error cells are its problems, as before. Through ``run`` (the workbook
reopened as a person sees it) and ``check``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

HEADER = ["Company", "Position", "Date Applied", "Interview Date", "Status"]
ACME = ["Acme", "Analyst", dt.date(2026, 10, 1), dt.date(2026, 11, 10), "Interviewed"]
BETA = ["Beta", "Engineer", dt.date(2026, 10, 5), None, "Applied"]
ERRORS = "error value (A3 #REF!, B3 #REF!, C3 #N/A, D3 #VALUE!, E3 #REF!)"
FIX = "not scheduled: fix the cells (a formula's sheet or row deleted?), or delete the row."
UNSAVED = "formula without a saved value (A3, B3, C3, D3, E3)"
SAVE = (
    "not scheduled: open the file in Excel and save it once so the values are stored, or "
    "delete the row."
)

# (row 3's cells, what check's Problems say of row 3)
CASES = [
    (["#REF!", "#REF!", "#N/A", "#VALUE!", "#REF!"],
     f"row 3 the row is broken: every cell read holds an {ERRORS}; {FIX}"),
    (["=Sheet2!A5", "=Sheet2!B5", "=Sheet2!C5", "=Sheet2!D5", "=Sheet2!E5"],
     f"row 3 the row is broken: every cell read holds a {UNSAVED}; {SAVE}"),
    (["#REF!", "=Sheet2!B5", "#N/A", "=Sheet2!D5", "#DIV/0!"],
     "row 3 the row is broken: every cell read holds an error value or a formula without a "
     "saved value (A3 #REF!, B3 (no saved value), C3 #N/A, D3 (no saved value), E3 #DIV/0!); "
     "not scheduled: fix the formulas and save the file in Excel, or delete the row."),
]  # fmt: skip


def _workbook(path: Path, broken: list[object]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    for row in (HEADER, ACME, broken, BETA):
        sheet.append(row)
    book.create_sheet("Sheet2")
    book.save(path)
    return path


def _said(command: str, path: Path) -> str:
    result = CliRunner().invoke(
        main, [command, "--as-of", "2026-11-20", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


@pytest.mark.parametrize(("broken", "problem"), CASES)
def test_a_broken_row_is_a_problem_of_its_own(
    tmp_path: Path, broken: list[object], problem: str
) -> None:
    path = _workbook(tmp_path / "Maya Chen.xlsx", broken)
    checked = _said("check", path)
    assert "2 rows" in checked and f"Problems (1 row): {problem}" in checked
    ran = _said("run", path)
    assert "Row 3 is broken: every cell read holds" in ran
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    due, action = rows[0].index("Next due"), rows[0].index("Next action")
    # The broken row is left as it was, nothing scheduled in it; the rows around it are.
    assert [rows[2][action], rows[2][due]] == [None, None]
    assert [rows[1][action], rows[3][action]] == ["1st check-in", "Application check-in"]


def test_a_csv_row_of_error_texts_is_broken(tmp_path: Path) -> None:
    path = tmp_path / "Maya Chen.csv"
    path.write_text(
        ",".join(HEADER) + "\n"
        "Acme,Analyst,2026-10-01,2026-11-10,Interviewed\n"
        "#REF!,#REF!,#N/A,#VALUE!,#REF!\n"
        "Beta,Engineer,2026-10-05,,Applied\n",
        encoding="utf-8",
    )
    checked = _said("check", path)
    assert "2 rows" in checked
    assert (
        f"Problems (1 row): row 3 the row is broken: every cell read holds an {ERRORS}; {FIX}"
        in (checked)
    )
    assert "Row 3 is broken" in _said("run", path)


@pytest.mark.parametrize(
    "row",
    [
        ["Gamma", "#N/A", "2026-10-05", "", "Applied"],  # one error beside values: its cell's
        ["#REF!", "#REF!", "2026-10-05", "#N/A", "#REF!"],  # a date read: a row, not broken
        ["#1 Staffing", "Recruiter", "2026-10-05", "", "Applied"],  # no error value
    ],
)
def test_a_row_with_a_value_is_no_broken_row(tmp_path: Path, row: list[str]) -> None:
    path = tmp_path / "Maya Chen.csv"
    path.write_text(
        ",".join(HEADER)
        + "\nAcme,Analyst,2026-10-01,2026-11-10,Interviewed\n"
        + ",".join(row)
        + "\n",
        encoding="utf-8",
    )
    checked = _said("check", path)
    assert "2 rows" in checked and "is broken" not in checked
