"""Row heights of the tool's that shrink again once their text is shorter (``row_heights``).

A row the tool grew to 60 points for a four-line Problems (a date typed wrong, fixed the next
day) went back to the Why's two lines only if the height was the tool's: the last-run record
keeps the heights the tool left on each row, and a row still at one is set again, shorter
too. A height a person set, one set before the tool wrote, a hidden row and a copy without
the record keep theirs (only ever raised), and a second run writes nothing. Each case runs
the command twice over a real workbook and reopens it as a person would."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

HEADER = [
    "Company",
    "Position",
    "Interview Date",
    "Interview Type",
    "Round",
    "Seniority",
    "Decision Date",
    "Outcome",
]
GOOD = {"Acme": 2, "Globex": 3, "Initech": 4}  # each company's row, as written
WHY = 30.0  # two lines of a Why
PROBLEMS = 60.0  # four lines of Problems (Globex's four cells typed wrong)


def tracker(folder: Path) -> Path:
    """Three interviews; Globex's row has four cells typed wrong: four lines of Problems."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Jobs"
    sheet.append(HEADER)
    sheet.append(["Acme", "PM", dt.datetime(2026, 11, 16), "video", 1, "mid", None, "interview"])
    sheet.append(
        ["Globex", "Engineer", "31/02/2026", "zoomish", "second", "wizard", "someday", "interview"]
    )
    sheet.append(["Initech", "Analyst", dt.datetime(2026, 11, 10), "phone", 1, "mid", None, ""])
    path = folder / "Maya Chen.xlsx"
    book.save(path)
    return path


def run(path: Path, as_of: str) -> None:
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, str(path)])
    assert result.exit_code == 0, result.output


def heights(path: Path) -> dict[str, float | None]:
    """Each company's row height as the workbook holds it, hidden rows marked."""
    sheet = openpyxl.load_workbook(path)["Jobs"]
    found: dict[str, float | None] = {}
    for row in range(2, sheet.max_row + 1):
        dimension = sheet.row_dimensions[row]
        name = f"{sheet.cell(row, 1).value}{' (hidden)' if dimension.hidden else ''}"
        found[name] = dimension.height
    return found


def edit(path: Path, change: Callable[[openpyxl.worksheet.worksheet.Worksheet], None]) -> None:
    book = openpyxl.load_workbook(path)
    change(book["Jobs"])
    book.save(path)


def fix_globex(sheet) -> None:
    """The person types Globex's cells again, right: its Problems are gone."""
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "Globex")
    for column, value in zip(
        "CDEFG", [dt.datetime(2026, 11, 17), "video", 2, "mid", None], strict=True
    ):
        sheet[f"{column}{row}"] = value


def set_height(company: str, points: float) -> Callable[[object], None]:
    def change(sheet) -> None:
        sheet.row_dimensions[GOOD[company]].height = points

    return change


def hide(company: str) -> Callable[[object], None]:
    def change(sheet) -> None:
        sheet.row_dimensions[GOOD[company]].hidden = True

    return change


def sort_reversed(*, heights_move: bool) -> Callable[[object], None]:
    """The rows sorted the other way (Initech, Globex, Acme), every cell with its row, the
    heights with them (``heights_move``) or left where they were."""

    def change(sheet) -> None:
        rows = list(range(2, sheet.max_row + 1))
        values = [[c.value for c in sheet[r]] for r in rows]
        sizes = [sheet.row_dimensions[r].height for r in rows]
        for at, (cells, size) in enumerate(zip(values[::-1], sizes[::-1], strict=True)):
            for column, value in enumerate(cells, 1):
                sheet.cell(rows[at], column).value = value
            if heights_move:
                sheet.row_dimensions[rows[at]].height = size

    return change


def edit_sheet(path: Path, change: Callable[[bytes], bytes]) -> None:
    """Change the sheet's XML alone, as Excel would save it (openpyxl writes it all anew)."""
    with zipfile.ZipFile(path) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in members:
            sheet = info.filename == "xl/worksheets/sheet1.xml"
            package.writestr(info, change(data) if sheet else data)


def insert_above_globex(sheet) -> None:
    """A row typed in above Globex's, the rows below moved down with their heights, as
    Insert Row does (openpyxl's ``insert_rows`` leaves the heights where they were)."""
    last = sheet.max_row
    for row in range(last, GOOD["Globex"] - 1, -1):
        for column in range(1, sheet.max_column + 1):
            sheet.cell(row + 1, column).value = sheet.cell(row, column).value
        sheet.row_dimensions[row + 1].height = sheet.row_dimensions[row].height
    new = ["Hooli", "Designer", dt.datetime(2026, 11, 18), "video", 1, "mid", None, "interview"]
    for column in range(1, sheet.max_column + 1):
        sheet.cell(GOOD["Globex"], column).value = new[column - 1] if column <= len(new) else None
    sheet.row_dimensions[GOOD["Globex"]].height = None


def both(*changes: Callable[[object], None]) -> Callable[[object], None]:
    def change(sheet) -> None:
        for one in changes:
            one(sheet)

    return change


@pytest.mark.parametrize(
    ("between", "after"),
    [
        # The problems fixed: Globex's row is back to its Why's two lines.
        (fix_globex, {"Acme": WHY, "Globex": WHY, "Initech": WHY}),
        # A height the person set on the tool's row: kept, however short the text is now.
        (both(set_height("Globex", 45), fix_globex), {"Acme": WHY, "Globex": 45, "Initech": WHY}),
        # ... taller than any the tool set on that row: kept.
        (set_height("Acme", 60), {"Acme": 60, "Globex": PROBLEMS, "Initech": WHY}),
        # Sorted between the runs, heights moved with the rows (or left in their places: the
        # person's 45 then stays on its row's place, under Acme): the tool's rows are set
        # again, the person's heights kept wherever they are.
        (
            both(sort_reversed(heights_move=True), fix_globex),
            {"Initech": WHY, "Globex": WHY, "Acme": WHY},
        ),
        (
            both(set_height("Initech", 45), sort_reversed(heights_move=True), fix_globex),
            {"Initech": 45, "Globex": WHY, "Acme": WHY},
        ),
        (
            both(set_height("Initech", 45), sort_reversed(heights_move=False), fix_globex),
            {"Initech": WHY, "Globex": WHY, "Acme": 45},
        ),
        # A row inserted above Globex's: the tool's heights moved down with their rows.
        (
            both(insert_above_globex, fix_globex),
            {"Acme": WHY, "Hooli": WHY, "Globex": WHY, "Initech": WHY},
        ),
        # A hidden row is left as it is.
        (
            both(hide("Globex"), fix_globex),
            {"Acme": WHY, "Globex (hidden)": PROBLEMS, "Initech": WHY},
        ),
    ],
)
def test_the_tools_heights_follow_its_text(tmp_path, between, after):
    path = tracker(tmp_path)
    run(path, "2026-11-20")
    assert heights(path) == {"Acme": WHY, "Globex": PROBLEMS, "Initech": WHY}
    edit(path, between)
    run(path, "2026-11-21")
    assert heights(path) == after
    before = path.read_bytes()
    run(path, "2026-11-21")  # a second run: nothing to write
    run(path, "2026-11-22")  # ... nor the next night, its dates alone different
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("where", "after"),
    [
        # A copy elsewhere has no record of the heights the tool left: they are only raised.
        ("copy", {"Acme": WHY, "Globex": PROBLEMS, "Initech": WHY}),
        ("tracker", {"Acme": WHY, "Globex": WHY, "Initech": WHY}),
    ],
)
def test_a_copy_without_the_record_keeps_its_heights(tmp_path, where, after):
    path = tracker(tmp_path)
    run(path, "2026-11-20")
    if where == "copy":
        (tmp_path / "copy").mkdir()
        path = Path(shutil.copy2(path, tmp_path / "copy" / "Maya Chen.xlsx"))
    edit(path, fix_globex)
    run(path, "2026-11-21")
    assert heights(path) == after


def test_a_height_set_before_the_tool_wrote_is_the_persons(tmp_path):
    """The person's 60 on Acme's row, set before any run: taller than its Why needs, never the
    tool's, so never lowered, run after run."""
    path = tracker(tmp_path)
    edit(path, set_height("Acme", 60))
    run(path, "2026-11-20")
    run(path, "2026-11-21")
    assert heights(path) == {"Acme": 60, "Globex": PROBLEMS, "Initech": WHY}


def test_a_hidden_row_shown_again_is_set_again(tmp_path):
    """Hidden, the row kept the tool's 60 and the record kept it as the tool's: shown again,
    the next run gives it the Why's height."""
    path = tracker(tmp_path)
    run(path, "2026-11-20")
    edit(path, both(hide("Globex"), fix_globex))
    run(path, "2026-11-21")
    edit(path, lambda sheet: setattr(sheet.row_dimensions[GOOD["Globex"]], "hidden", False))
    run(path, "2026-11-22")
    assert heights(path) == {"Acme": WHY, "Globex": WHY, "Initech": WHY}


def test_a_wider_problems_column_makes_the_row_shorter(tmp_path):
    """Globex's one problem, a long line, wraps to four in the Problems column (40 wide);
    widened to 90, it takes two, and the row is made two lines high: the file is written for
    its height alone (its Problems column widened as Excel saves it, all else as it was)."""
    path = tracker(tmp_path)
    edit(path, lambda sheet: [sheet.cell(3, c).__setattr__("value", v) for c, v in FIXED])
    run(path, "2026-11-20")
    assert heights(path) == {"Acme": WHY, "Globex": PROBLEMS, "Initech": WHY}
    edit_sheet(path, lambda xml: xml.replace(b'max="20" width="40"', b'max="20" width="90"'))
    run(path, "2026-11-20")
    assert heights(path) == {"Acme": WHY, "Globex": WHY, "Initech": WHY}


FIXED = [(3, dt.datetime(2026, 11, 17)), (4, "video"), (5, 2), (6, "mid")]  # all but G3
