"""A tracker that grows down on a later run, into cells of the person's in the tool's columns.

Run 1 puts the tool's columns right of the tracker; a table or list of the person's lower down
in those columns is left alone, as it is below the tracker's rows. The person then adds rows
under the tracker, down past that table's top. The next run would write the new rows' due
dates into the table: it is refused (exit 1, the table or cells named, what to do), the file is
left byte for byte as it was, and the person's cells read back as they were typed. A tracker
growing with nothing in its way is written as before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.worksheet.table import Table

from followup_batch.cli import main

AS_OF = "2026-11-20"
HEADER = ["Company", "Position", "Interview Date", "Outcome"]
CONTACTS = [["Name", "Phone"], ["Dana", "555-0100"], ["Sam", "555-0101"]]


def row(number: int) -> list[object]:
    return [f"Firm {number}", "PM", dt.datetime(2026, 11, 16), "interview"]


def place(sheet: object, top_left: str, values: list[list[str]]) -> dict[str, str]:
    """Write ``values`` from ``top_left``; the cells written, by reference."""
    start = openpyxl.utils.cell.coordinate_from_string(top_left)
    column = openpyxl.utils.column_index_from_string(start[0])
    placed = {}
    for r, line in enumerate(values):
        for c, value in enumerate(line):
            ref = f"{openpyxl.utils.get_column_letter(column + c)}{start[1] + r}"
            sheet[ref] = value  # type: ignore[index]
            placed[ref] = value
    return placed


def run(path: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["run", "--as-of", AS_OF, str(path)])
    return result.exit_code, result.output


def grow(path: Path, rows: int) -> None:
    """The person types ``rows`` more tracker rows under the last one (openpyxl, like a save
    that does not resize the tracker's table)."""
    book = openpyxl.load_workbook(path)
    sheet = book["Jobs"]
    for number in range(4, 4 + rows):
        for column, value in enumerate(row(number), 1):
            sheet.cell(number, column, value)
    book.save(path)


def tracker(path: Path, *, excel_table: bool, mine: str, at: str, table_ref: str | None) -> dict:
    """Two tracker rows (A1:D3, an Excel Table "Jobs" or a plain range) and the person's cells
    ``mine`` at ``at`` (a table "Other" over ``table_ref`` when given)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    sheet.append(HEADER)
    sheet.append(row(2))
    sheet.append(row(3))
    values = CONTACTS if mine == "contacts" else [["call Dana back", "ask about visa"]]
    placed = place(sheet, at, values)
    if excel_table:
        sheet.add_table(Table(displayName="Jobs", ref="A1:D3"))
    if table_ref is not None:
        sheet.add_table(Table(displayName="Other", ref=table_ref))
    book.save(path)
    return placed


def table_message(ref: str, columns: str, last: int, right: str = "P") -> str:
    return (
        f'the table "Other" ({ref}) is in the tool\'s columns {columns}, in rows the tracker '
        f"now reaches (1 to {last}), and the tool never writes into a table of yours; move the "
        f"table elsewhere (right of column {right}, or below row {last}), and run again; "
        "nothing was written"
    )


THANKS, FIRST = "H (Thank-you due)", "I (1st check-in due)"
CELLS_MESSAGE = (
    "H6, I6, in the tool's columns on tracker row 6, hold values the tool did not write (the "
    "row has no follow-up status of an earlier run), and the tool never writes over cells of "
    "yours; move them out of the tool's columns (or clear them, if they are its own), and run "
    "again; nothing was written"
)


@pytest.mark.parametrize(
    ("case", "excel_table", "mine", "at", "table_ref", "added", "message"),
    [
        # The tester's first case: tracker table Jobs, table Other at H5:I7, 5 rows added.
        (
            "table below a tracker table",
            True,
            "contacts",
            "H5",
            "H5:I7",
            5,
            table_message("H5:I7", f"{THANKS}, {FIRST}", 8),
        ),
        # The tester's second case: a plain-range tracker, Other at F10:G11, 10 rows added.
        (
            "table below a plain range",
            False,
            "contacts",
            "F10",
            "F10:G11",
            10,
            table_message("F10:G11", "F (Next action), G (Next due)", 13),
        ),
        # The table starts on the very row the tracker grows into.
        (
            "table at the next row",
            True,
            "contacts",
            "H4",
            "H4:I6",
            1,
            table_message("H4:I6", f"{THANKS}, {FIRST}", 4),
        ),
        # A table reaching from the tool's last column into free ones: partly in the way.
        (
            "table partly in the tool's columns",
            True,
            "contacts",
            "P5",
            "P5:Q7",
            5,
            table_message("P5:Q7", "P (Problems)", 8),
        ),
        # No table: a person's notes in the tool's columns below the old rows.
        ("cells of no table", True, "notes", "H6", None, 5, CELLS_MESSAGE),
        ("cells of no table, plain range", False, "notes", "H6", None, 5, CELLS_MESSAGE),
    ],
)
def test_a_grown_tracker_never_writes_over_the_persons_cells(
    tmp_path: Path,
    case: str,
    excel_table: bool,
    mine: str,
    at: str,
    table_ref: str | None,
    added: int,
    message: str,
) -> None:
    path = tmp_path / "t.xlsx"
    placed = tracker(path, excel_table=excel_table, mine=mine, at=at, table_ref=table_ref)
    code, output = run(path)
    assert code == 0, output
    grow(path, added)
    before = path.read_bytes()

    code, output = run(path)

    assert code == 1, output
    assert f"t.xlsx: FAILED — t.xlsx: {message}\n" in output
    assert path.read_bytes() == before
    sheet = openpyxl.load_workbook(path)["Jobs"]
    assert {ref: sheet[ref].value for ref in placed} == placed
    if table_ref is not None:
        assert sheet.tables["Other"].ref == table_ref


@pytest.mark.parametrize(
    ("case", "table_ref", "added"),
    [
        ("cells below the grown rows", None, 5),
        ("a table below the grown rows", "H10:I12", 5),
        ("a table right of the tool's columns", "Q4:R6", 5),
    ],
)
def test_a_grown_tracker_with_nothing_in_its_way_is_written(
    tmp_path: Path, case: str, table_ref: str | None, added: int
) -> None:
    path = tmp_path / "t.xlsx"
    at = "H10" if table_ref is None else table_ref.split(":")[0]
    placed = tracker(path, excel_table=True, mine="contacts", at=at, table_ref=table_ref)
    assert run(path)[0] == 0
    grow(path, added)

    code, output = run(path)

    assert code == 0, output
    sheet = openpyxl.load_workbook(path, data_only=True)["Jobs"]
    assert [sheet[f"E{r}"].value for r in range(1, 9)] == ["Follow-up status"] + ["Overdue"] * 7
    assert {ref: sheet[ref].value for ref in placed} == placed
