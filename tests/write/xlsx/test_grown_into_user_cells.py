"""A tracker that grows down on a later run, into cells of the person's in the tool's columns.

Run 1 puts the tool's columns right of the tracker; a table or list of the person's lower down
in those columns is left alone, as it is below the tracker's rows. The person then adds rows
under the tracker, down past that table's top. The next run would write the new rows' due
dates into the table: it is refused (exit 1, every table or cell in the way named, what to
do), the file is left byte for byte as it was, and the person's cells read back as they were
typed. ``run --dry-run`` and ``check`` foresee it in the same words, writing nothing; a run
refused writes nothing to ``.edited.txt`` either. A tracker growing with nothing in its way is
written as before."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
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


def run(path: Path, *options: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["run", "--as-of", AS_OF, *options, str(path)])
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


def tracker(
    path: Path,
    *,
    excel_table: bool,
    mine: str,
    at: str,
    table_ref: str | None,
    more: dict[str, str] | None = None,
) -> dict:
    """Two tracker rows (A1:D3, an Excel Table "Jobs" or a plain range) and the person's cells
    ``mine`` at ``at`` (a table "Other" over ``table_ref`` when given), and ``more`` cells
    (a table "More" over ``more["table"]`` when given)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    sheet.append(HEADER)
    sheet.append(row(2))
    sheet.append(row(3))
    values = CONTACTS if mine == "contacts" else [["call Dana back", "ask about visa"]]
    placed = place(sheet, at, values)
    more = dict(more or {})
    more_table = more.pop("table", None)
    for ref, value in more.items():
        placed |= place(sheet, ref, [[value]])
    if excel_table:
        sheet.add_table(Table(displayName="Jobs", ref="A1:D3"))
    if table_ref is not None:
        sheet.add_table(Table(displayName="Other", ref=table_ref))
    if more_table is not None:
        sheet.add_table(Table(displayName="More", ref=more_table))
    book.save(path)
    return placed


def table_message(ref: str, columns: str, last: int, right: str = "P") -> str:
    return (
        f'the table "Other" ({ref}) on sheet "Jobs" is in the tool\'s columns {columns}, in '
        f"rows the tracker now reaches (1 to {last}), and the tool never writes into a table "
        "of yours; move the "
        f"table elsewhere (right of column {right}, or below row {last}), and run again"
    )


def cells_message(cells: str, rows: str, sheet: str = "Jobs") -> str:
    which = "the row has" if rows.startswith("row ") else "the rows have"
    return (
        f'{cells} on sheet "{sheet}", in the tool\'s columns on tracker {rows}, hold values '
        "the tool did not write "
        f"({which} no follow-up status of an earlier run), and the tool never writes over "
        "cells of yours; move them out of the tool's columns (or clear them, if they are its "
        "own), and run again"
    )


def one_cell_message(cell: str, row: int, sheet: str = "Jobs") -> str:
    return (
        f'{cell} on sheet "{sheet}", in the tool\'s columns on tracker row {row}, holds a value '
        "the tool did not write (the row has no follow-up status of an earlier run), and the "
        "tool never writes over cells of yours; move it out of the tool's columns (or clear "
        "it, if it is the tool's own), and run again"
    )


THANKS, FIRST = "H (Thank-you due)", "I (1st check-in due)"
CELLS_MESSAGE = cells_message("H6:I6", "row 6")
# A list of notes down column J (rows 8 to 11), one beside it in L9, and a long one in K.
NOTES = {f"J{r}": f"note {r}" for r in range(8, 12)} | {"L9": "ask HR"}
LONG = {f"K{r}": "x" for r in range(5, 40, 2)}  # 18 cells, none next to another

CASES = [
    # The tester's first case: tracker table Jobs, table Other at H5:I7, 5 rows added.
    (
        "table below a tracker table",
        {"excel_table": True, "mine": "contacts", "at": "H5", "table_ref": "H5:I7"},
        5,
        table_message("H5:I7", f"{THANKS}, {FIRST}", 8),
    ),
    # The tester's second case: a plain-range tracker, Other at F10:G11, 10 rows added; the
    # list's last row (F12:G12) is outside the table, and named too, in the same message.
    (
        "table below a plain range",
        {"excel_table": False, "mine": "contacts", "at": "F10", "table_ref": "F10:G11"},
        10,
        table_message("F10:G11", "F (Next action), G (Next due)", 13)
        + "; also "
        + cells_message("F12:G12", "row 12"),
    ),
    # The table starts on the very row the tracker grows into.
    (
        "table at the next row",
        {"excel_table": True, "mine": "contacts", "at": "H4", "table_ref": "H4:I6"},
        1,
        table_message("H4:I6", f"{THANKS}, {FIRST}", 4),
    ),
    # A table reaching from the tool's last column into free ones: partly in the way.
    (
        "table partly in the tool's columns",
        {"excel_table": True, "mine": "contacts", "at": "P5", "table_ref": "P5:Q7"},
        5,
        table_message("P5:Q7", "P (Problems)", 8),
    ),
    # Two tables in the way: both named, and every column of the tool's they are in.
    (
        "two tables",
        {
            "excel_table": True,
            "mine": "contacts",
            "at": "H5",
            "table_ref": "H5:I7",
            "more": {"L8": "Ref", "L9": "Kim", "table": "L8:L9"},
        },
        8,
        'the tables "Other" (H5:I7), "More" (L8:L9) on sheet "Jobs" are in the tool\'s columns '
        f"{THANKS}, {FIRST}, L (Networking due), in rows the tracker now reaches (1 to 11), and "
        "the tool never writes into a table of yours; move the tables elsewhere (right of "
        "column P, or below row 11), and run again",
    ),
    # A table and a loose cell of the person's beside it: both named, in one message, so one
    # fix clears the way (not a second refusal the next night for the cell).
    (
        "table and a loose cell",
        {
            "excel_table": True,
            "mine": "contacts",
            "at": "H5",
            "table_ref": "H5:I7",
            "more": {"O8": "my note"},
        },
        6,
        table_message("H5:I7", f"{THANKS}, {FIRST}", 9) + "; also " + one_cell_message("O8", 8),
    ),
    # No table: a person's notes in the tool's columns below the old rows.
    (
        "cells of no table",
        {"excel_table": True, "mine": "notes", "at": "H6", "table_ref": None},
        5,
        CELLS_MESSAGE,
    ),
    (
        "cells of no table, plain range",
        {"excel_table": False, "mine": "notes", "at": "H6", "table_ref": None},
        5,
        CELLS_MESSAGE,
    ),
    # A word in the status column is no sign of the tool's row when its Next action is not
    # one of the tool's labels (report ot64, F4: a typed-over status of a row the tool wrote
    # is saved and replaced; a list of the person's stays refused).
    (
        "cells from the status column",
        {"excel_table": True, "mine": "notes", "at": "E6", "table_ref": None},
        5,
        cells_message("E6:F6", "row 6"),
    ),
    # Cells on several rows: every one named, runs of rows and neighbours as ranges.
    (
        "cells on several rows",
        {"excel_table": True, "mine": "notes", "at": "H6", "table_ref": None, "more": NOTES},
        10,
        cells_message("H6:I6, J8:J11, L9", "rows 6 to 11"),
    ),
    # More than ten ranges: the first ten, and how many more.
    (
        "cells past the cap",
        {"excel_table": True, "mine": "notes", "at": "H6", "table_ref": None, "more": LONG},
        40,
        cells_message(
            "K5, H6:I6, K7, K9, K11, K13, K15, K17, K19, K21 and 9 more ranges (20 cells in all)",
            "rows 5 to 39",
        ),
    ),
]

# Each command that meets the grown tracker, and how it says the refusal: run and its dry
# run fail the file as for any other file they cannot process, check reports it under the
# sheet (-q: that line alone), each exiting 1 as for a file it cannot read.
COMMANDS = [
    ("run", lambda reason: f"t.xlsx: FAILED — {reason}; nothing was written\n1 of 1 file"),
    (
        "run --dry-run",
        lambda reason: f"t.xlsx: FAILED — {reason}; nothing was written\n1 of 1 file",
    ),
    (
        "check",
        lambda reason: f"  Problems: none\n  A run would write nothing to this file: {reason}\n",
    ),
    (
        "check -q",
        lambda reason: f't.xlsx, sheet "Jobs": A run would write nothing to this file — {reason}\n',
    ),
]


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (the backups and state files too) and its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize(("command", "said"), COMMANDS, ids=[c for c, _ in COMMANDS])
@pytest.mark.parametrize(("case", "layout", "added", "reason"), CASES, ids=[c[0] for c in CASES])
def test_a_grown_tracker_never_writes_over_the_persons_cells(
    tmp_path: Path,
    case: str,
    layout: dict,
    added: int,
    reason: str,
    command: str,
    said: Callable[[str], str],
) -> None:
    path = tmp_path / "t.xlsx"
    placed = tracker(path, **layout)
    code, output = run(path)
    assert code == 0, output
    grow(path, added)
    before = folder_state(tmp_path)

    name, *options = command.split()
    result = CliRunner().invoke(main, [name, "--as-of", AS_OF, *options, str(path)])

    assert result.exit_code == 1, result.output
    assert said(reason) in result.output
    if command == "check -q":
        assert result.output == said(reason)
    assert folder_state(tmp_path) == before
    sheet = openpyxl.load_workbook(path)["Jobs"]
    assert {ref: sheet[ref].value for ref in placed} == placed
    if layout["table_ref"] is not None:
        assert sheet.tables["Other"].ref == layout["table_ref"]


def test_check_json_says_the_refusal(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    tracker(path, excel_table=True, mine="notes", at="H6", table_ref=None)
    assert run(path)[0] == 0
    grow(path, 5)

    result = CliRunner().invoke(main, ["check", "--as-of", AS_OF, "--json", str(path)])

    assert result.exit_code == 1, result.output
    assert [t["refusal"] for t in json.loads(result.output)["trackers"]] == [CELLS_MESSAGE]


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
    checked = CliRunner().invoke(main, ["check", "-q", "--as-of", AS_OF, str(path)])
    assert (checked.exit_code, checked.output) == (0, "")
    dry = CliRunner().invoke(main, ["run", "--as-of", AS_OF, "--dry-run", str(path)])
    # stdout: "t.xlsx" is nobody's name, and stderr says its drafts are unsigned
    assert (dry.exit_code, dry.stdout) == (
        0,
        "t.xlsx [Jobs]: 7 rows — 7 Overdue (dry run, nothing written)\n",
    )

    code, output = run(path)

    assert code == 0, output
    sheet = openpyxl.load_workbook(path, data_only=True)["Jobs"]
    assert [sheet[f"E{r}"].value for r in range(1, 9)] == ["Follow-up status"] + ["Overdue"] * 7
    assert {ref: sheet[ref].value for ref in placed} == placed


def test_a_later_sheet_in_the_way_leaves_the_whole_workbook_as_it_was(tmp_path: Path) -> None:
    """A workbook of two tracker sheets, each written on its own: the second grown into a
    note of the person's. The run refuses before the first sheet is written, so "nothing was
    written" is true and the text typed into the first sheet's Why is neither replaced nor
    saved to .edited.txt; the dry run and check name the second sheet too."""
    path = tmp_path / "t.xlsx"
    book = openpyxl.Workbook()
    jobs = book.active
    assert jobs is not None
    jobs.title = "Jobs"
    more = book.create_sheet("More")
    for sheet in (jobs, more):
        sheet.append(HEADER)
        sheet.append(row(2))
        sheet.append(row(3))
    book.save(path)
    assert run(path)[0] == 0
    book = openpyxl.load_workbook(path)
    book["Jobs"]["O2"] = "Tom said call on Monday"  # Why, in the first sheet
    book["More"]["H6"] = "call Dana back"
    for number in range(4, 8):
        for column, value in enumerate(row(number), 1):
            book["More"].cell(number, column, value)
    book.save(path)
    before = folder_state(tmp_path)
    reason = one_cell_message("H6", 6, sheet="More")

    for command, said in [*COMMANDS[:3], *TWO_SHEET_COMMANDS[2:]]:
        name, *options = command.split()
        result = CliRunner().invoke(main, [name, "--as-of", AS_OF, *options, str(path)])
        assert result.exit_code == 1, result.output
        assert said(reason) in result.output
        assert folder_state(tmp_path) == before
    assert openpyxl.load_workbook(path)["Jobs"]["O2"].value == "Tom said call on Monday"


def two_sheet_tracker(path: Path) -> None:
    """One tracker split by year: sheets "2025" and "2026", two rows each."""
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "2025"
    for sheet in (first, book.create_sheet("2026")):
        sheet.append(HEADER)
        sheet.append(row(2))
        sheet.append(row(3))
    book.save(path)


def grow_both(path: Path, notes: dict[str, dict[str, str]]) -> None:
    """Three rows more on each sheet, and the person's ``notes`` (sheet -> cell -> text)."""
    book = openpyxl.load_workbook(path)
    for name in ("2025", "2026"):
        sheet = book[name]
        for number in range(4, 7):
            for column, value in enumerate(row(number), 1):
                sheet.cell(number, column, value)
        for ref, text in notes.get(name, {}).items():
            sheet[ref] = text
    book.save(path)


def on_sheet(cells: str, rows: str, sheet: str) -> str:
    return cells_message(cells, rows, sheet=sheet)


TWO_SHEETS = [
    # The tester's case: cells in the way on both sheets. The dry run named only "2025",
    # the run only "2026".
    (
        "both sheets",
        {"2025": {"H5": "a", "I5": "b"}, "2026": {"J6": "c", "K6": "d"}},
        on_sheet("H5:I5", "row 5", "2025") + "; also " + on_sheet("J6:K6", "row 6", "2026"),
    ),
    # Only the first sheet: the run's own write of that sheet finds it, in the same words.
    (
        "first sheet only",
        {"2025": {"H5": "a", "I5": "b"}},
        on_sheet("H5:I5", "row 5", "2025"),
    ),
    (
        "second sheet only",
        {"2026": {"J6": "c", "K6": "d"}},
        on_sheet("J6:K6", "row 6", "2026"),
    ),
]

# The same refusal in every command's words; check says it once, after the file's last sheet
# (the message names the sheets), and -q once, by the file's name.
TWO_SHEET_COMMANDS = [
    ("run", lambda reason: f"t.xlsx: FAILED — {reason}; nothing was written\n"),
    ("run --dry-run", lambda reason: f"t.xlsx: FAILED — {reason}; nothing was written\n"),
    ("check -q", lambda reason: f"t.xlsx: A run would write nothing to this file — {reason}\n"),
]


@pytest.mark.parametrize(
    ("command", "said"), TWO_SHEET_COMMANDS, ids=[c for c, _ in TWO_SHEET_COMMANDS]
)
@pytest.mark.parametrize(("case", "notes", "reason"), TWO_SHEETS, ids=[c[0] for c in TWO_SHEETS])
def test_every_sheet_in_the_way_is_named_by_every_command(
    tmp_path: Path,
    case: str,
    notes: dict[str, dict[str, str]],
    reason: str,
    command: str,
    said: Callable[[str], str],
) -> None:
    path = tmp_path / "t.xlsx"
    two_sheet_tracker(path)
    assert run(path)[0] == 0
    grow_both(path, notes)
    before = folder_state(tmp_path)

    name, *options = command.split()
    result = CliRunner().invoke(main, [name, "--as-of", AS_OF, *options, str(path)])

    assert result.exit_code == 1, result.output
    assert result.output.startswith(said(reason)), result.output
    assert folder_state(tmp_path) == before


def test_check_says_a_two_sheet_refusal_once_and_json_on_every_sheet(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    two_sheet_tracker(path)
    assert run(path)[0] == 0
    grow_both(path, {"2025": {"H5": "a", "I5": "b"}, "2026": {"J6": "c", "K6": "d"}})
    reason = TWO_SHEETS[0][2]

    text = CliRunner().invoke(main, ["check", "--as-of", AS_OF, str(path)])
    data = CliRunner().invoke(main, ["check", "--as-of", AS_OF, "--json", str(path)])

    assert text.exit_code == data.exit_code == 1
    assert text.output.count("A run would write nothing") == 1
    assert text.output.endswith(f"  A run would write nothing to this file: {reason}\n")
    assert [t["refusal"] for t in json.loads(data.output)["trackers"]] == [reason, reason]
