"""What a run says, and where the tool's columns go, when the tracker's Excel Table cannot be
widened over them or the sheet is protected: the tool never writes into another table (not
even its empty cells), the table it leaves as it is comes with a note saying why, a protected
sheet is written with its protection kept and a note, and a second run writes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.worksheet.table import Table, TableColumn

from followup_batch.cli import main
from followup_batch.write.columns import OWNED_COLUMNS

AS_OF = "2026-12-01"
TOOL = list(OWNED_COLUMNS.values())
ROWS = [["Acme", "Dev", dt.datetime(2026, 11, 20)], ["Beta", "QA", dt.datetime(2026, 11, 18)]]
TAIL = "so sorting or filtering it leaves their cells where they are, not beside their rows: "


def table(name: str, ref: str, columns: list[str] | None = None) -> Table:
    """A table; with ``columns``, one without a header row (its cells may all be empty)."""
    if columns is None:
        return Table(displayName=name, ref=ref)
    headless = Table(displayName=name, ref=ref, headerRowCount=0)
    headless.tableColumns = [TableColumn(id=i, name=n) for i, n in enumerate(columns, 1)]
    headless.autoFilter = None
    return headless


def build(path: Path, layout: str) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    header = ["Company", "Position", "Interview Date"]
    extra: dict[str, list[object]] = {
        "other table": ["Ref", "Amount", "x", 1, "y", 2],
        "user column": ["Notes", None, "mine", None, "also mine", None],
        "own why": ["Why", None, "remote", None, "hybrid", None],
    }.get(layout, [])
    if layout == "own why":
        header.append("Why")
    elif extra:
        header += [h for h in extra[:2] if h]
    sheet.append(header)
    for i, row in enumerate(ROWS):
        cells = extra[2 + 2 * i : 4 + 2 * i] if extra else []
        sheet.append([*row, *(c for c in cells if c is not None)])
    if layout == "own why":
        sheet.add_table(table("Jobs", "A1:D3"))
    else:
        sheet.add_table(table("Jobs", "A1:C3"))
    if layout == "other table":
        sheet.add_table(table("Other", "D1:E3"))
    elif layout == "empty headless table":
        sheet.add_table(table("Empty", "D1:E3", ["Ref", "Amount"]))
    elif layout == "protected":
        sheet.protection.sheet = True
    book.save(path)


OTHER_NOTE = (
    'the Excel Table "Jobs" (A1:C3) was not widened over the tool\'s columns F:Q, ' + TAIL + "the "
    'table "Other" (D1:E3) stands between them, and the tool never writes into another table; '
    "move it elsewhere and delete the emptied columns, and the next run widens the table"
)
EMPTY_NOTE = OTHER_NOTE.replace('"Other"', '"Empty"')
USER_COLUMN_NOTE = (
    'the Excel Table "Jobs" (A1:C3) was not widened over the tool\'s columns E:P, ' + TAIL + "your "
    "column D (Notes) outside the table stands between them; widen the table over it (in Excel "
    "Table Design > Resize Table, in LibreOffice Data > Define Range), and the next run widens it "
    "over the tool's columns"
)
OWN_WHY_NOTE = (
    'the Excel Table "Jobs" (A1:D3) was not widened over the tool\'s columns E:P, ' + TAIL + "the "
    'table has a column "Why" of its own, and a table cannot have two columns of one name; '
    "rename yours and the next run widens the table"
)
PROTECTED_NOTE = (
    'sheet "Jobs" is protected (Review > Protect Sheet); the tool writes its columns all the '
    "same and keeps your protection, so its cells are locked as yours are (it rewrites them on "
    "every run: they are not for typing in)"
)

# layout -> (the tables' ranges after the run, the tool's first column, the run's write note)
CASES = {
    "alone": ({"Jobs": "A1:O3"}, 4, None),
    "other table": ({"Jobs": "A1:C3", "Other": "D1:E3"}, 6, OTHER_NOTE),
    # Its cells are empty, and were written into: two tables over D1:E3, a file Excel repairs.
    "empty headless table": ({"Jobs": "A1:C3", "Empty": "D1:E3"}, 6, EMPTY_NOTE),
    "user column": ({"Jobs": "A1:C3"}, 5, USER_COLUMN_NOTE),
    "own why": ({"Jobs": "A1:D3"}, 5, OWN_WHY_NOTE),
    "protected": ({"Jobs": "A1:O3"}, 4, PROTECTED_NOTE),
}


def run_notes(path: Path) -> list[str]:
    """The write's notes of a run (the --json summary's, those of the reading aside)."""
    result = CliRunner().invoke(main, ["run", "--as-of", AS_OF, "--json", str(path)])
    assert result.exit_code == 0, result.output
    (sheet,) = json.loads(result.stdout)["files"][0]["sheets"]
    reading = ("drafts are unsigned", "unchanged", '"Notes" is kept private', "Left alone:")
    return [n for n in sheet["notes"] if not n.startswith(reading)]


@pytest.mark.parametrize("layout", list(CASES))
def test_tables_beside_the_tracker_and_protection(tmp_path: Path, layout: str) -> None:
    tables, first, note = CASES[layout]
    path = tmp_path / "Maya Chen.xlsx"
    build(path, layout)
    before = {
        (c.row, c.column): c.value for row in openpyxl.load_workbook(path)["Jobs"] for c in row
    }
    assert run_notes(path) == ([note] if note else [])

    sheet = openpyxl.load_workbook(path)["Jobs"]
    assert {name: ref for name, ref in sheet.tables.items()} == tables
    assert [sheet.cell(1, c).value for c in range(first, first + len(TOOL))] == TOOL
    assert sheet.cell(2, first + 1).value == "1st check-in"
    # Every cell of the person's, in another table or not, is as it was; the columns
    # between the tracker and the tool's hold nothing of the tool's.
    assert {k: sheet.cell(*k).value for k in before} == before
    assert all(
        sheet.cell(r, c).value is None
        for r in (1, 2, 3)
        for c in range(4, first)
        if (r, c) not in before
    )
    assert sheet.protection.sheet is (layout == "protected")

    # A second run writes nothing, and says the same.
    written = path.read_bytes()
    (tmp_path / ".followup-backups" / "Maya Chen.xlsx.last-run.json").unlink()  # a full run
    assert run_notes(path) == ([note] if note else [])
    assert path.read_bytes() == written
