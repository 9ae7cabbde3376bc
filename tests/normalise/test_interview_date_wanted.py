"""A row whose status or Interviewed mark says there was an interview, on a sheet with no column
read as Interview Date, is told where the day goes (fx228 2): a column of the person's that no
field reads but could be it ("Intervew Date", "Interview (planned)", "Interview slot", a column
of dates under "Call day") is pointed at with the --map that reads it and the row's own cell;
with none, an Interview Date column is asked for; a read Interview Date column whose cell is
empty asks for the day there. Columns of other days ("Date posted", "Start date", "Thank-you
sent") and columns of other things ("Interview location") are never pointed at. Through
``run``, the workbook reopened as a person sees it, and through a CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

APPLIED = dt.date(2026, 10, 1)
DAY = dt.date(2026, 11, 10)
WHEN = "the stage says there was an interview, but when? "
NONE_READ = "No column is read as Interview Date; "
ADD = "Add an Interview Date column with the day"


def _mapped(header: str) -> str:
    return f'--map "{header}=interview_at"'


# (the 4th column's header, its cell on the interviewed row, the Problems cell there)
CASES = [
    ("Intervew Date", DAY,
     f'{WHEN}{NONE_READ}"Intervew Date" (D) looks like Interview Date: fix the header, or map '
     f'it with {_mapped("Intervew Date")} (here: 2026-11-10)'),
    ("Intervew Date", None,
     f'{WHEN}{NONE_READ}"Intervew Date" (D) looks like Interview Date: write the day in it on '
     f'this row, and fix the header, or map it with {_mapped("Intervew Date")}'),
    ("Interview (planned)", DAY,
     f'{WHEN}{NONE_READ}"Interview (planned)" (D) names Interview Date, but the words in '
     "brackets after it make it another column: map it with "
     f'{_mapped("Interview (planned)")}, or rename it to Interview Date (here: 2026-11-10)'),
    ("Interview slot", dt.datetime(2026, 11, 10, 14, 30),
     f'{WHEN}{NONE_READ}"Interview slot" (D) names the interview: if it holds the interviews\' '
     f'dates, map it with {_mapped("Interview slot")} (here: 2026-11-10 14:30)'),
    ("Call day", DAY,
     f'{WHEN}{NONE_READ}"Call day" (D) holds dates: if they are the interviews\', map it with '
     f'{_mapped("Call day")} (here: 2026-11-10)'),
    ("Call day", "TBD",
     f'{WHEN}{NONE_READ}"Call day" (D) holds dates: if they are the interviews\', map it with '
     f'{_mapped("Call day")} (here: "TBD")'),
    # Another day's column, or not a column of dates: an Interview Date column is asked for.
    ("Date posted", DAY, WHEN + ADD),
    ("Start date", DAY, WHEN + ADD),
    ("Application deadline", DAY, WHEN + ADD),
    ("Thank-you sent", DAY, WHEN + ADD),
    ("Next step", DAY, WHEN + ADD),
    ("Date Saved", DAY, WHEN + ADD),  # Teal's: when the job was saved
    ("createdAt", DAY, WHEN + ADD),  # Huntr's
    ("Decision by", DAY, WHEN + ADD),  # another field's column, read once
    ("Interview location", "Zoom", WHEN + ADD),
    ("Interview notes", DAY, WHEN + ADD),
    ("Notes", "went well", WHEN + ADD),
]  # fmt: skip


def _workbook(path: Path, header: str, cell: object) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet.append(["Company", "Position", "Date Applied", header, "Status"])
    sheet.append(["Acme", "Analyst", APPLIED, cell, "Interviewed"])
    # Another row's date keeps a column of dates one when the interviewed row's cell is empty.
    sheet.append(["Beta", "Engineer", dt.date(2026, 10, 5), DAY, "Applied"])
    book.save(path)
    return path


def _run(path: Path) -> dict[str, object]:
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-11-20", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    return dict(zip(rows[0], rows[1], strict=True))


@pytest.mark.parametrize(("header", "cell", "problem"), CASES)
def test_the_interviewed_row_is_told_where_its_day_goes(
    tmp_path: Path, header: str, cell: object, problem: str
) -> None:
    row = _run(_workbook(tmp_path / "Maya Chen.xlsx", header, cell))
    assert row["Status"] == "Interviewed"
    assert row["Follow-up status"] == "Needs info"
    assert row["Problems"] == "E2: " + problem


def test_an_interviewed_mark_points_at_the_column_of_dates_too(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Company", "Position", "Date Applied", "Interviewed?", "Call day", "Status"])
    sheet.append(["Acme", "Analyst", APPLIED, "yes", DAY, "Applied"])
    path = tmp_path / "Maya Chen.xlsx"
    book.save(path)
    row = _run(path)
    assert row["Problems"] == (
        f'D2: interviewed, but when? {NONE_READ}"Call day" (E) holds dates: if they are the '
        f"interviews', map it with {_mapped('Call day')} (here: 2026-11-10)"
    )


def test_an_empty_interview_date_cell_asks_for_the_day_there(tmp_path: Path) -> None:
    """The column is read: its empty cell is named, no column is asked for."""
    path = _workbook(tmp_path / "Maya Chen.xlsx", "Interview Date", None)
    assert _run(path)["Problems"] == (
        "D2: Interview Date is empty, but the stage says there was an interview: when?"
    )


def test_a_csv_points_at_its_column_of_dates(tmp_path: Path) -> None:
    path = tmp_path / "Maya Chen.csv"
    path.write_text(
        "Company,Position,Date Applied,Call day,Status\n"
        'Acme,Analyst,2026-10-01,"Nov 10, 2026",Interviewed\n'
        "Beta,Engineer,2026-10-05,,Applied\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["check", "--as-of", "2026-11-20", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert (
        f'row 2, column "Status": {WHEN}{NONE_READ}"Call day" (D) holds dates: if they are the '
        f"interviews', map it with {_mapped('Call day')} (here: 2026-11-10)"
    ) in said
