"""A filter a person saved on the tool's own columns (Follow-up status = "Overdue") is applied
again to the values the next run writes: neither Excel nor LibreOffice applies a saved filter
when it opens a file, so a row that became Overdue overnight stayed hidden under the filter
that shows the Overdue rows (ot147 F1). Rows hidden for another reason stay as they were; what
the tool cannot work out is said, and a second run writes nothing.

The saved filter is put into the written file as Excel and LibreOffice save it: the criteria
in ``<autoFilter>`` and a hidden flag on each row they hide (LibreOffice's "true", Excel's
"1"). The workbook is reopened and its hidden rows read as a person sees them. A tracker made
an Excel Table (Ctrl-T, "Format as Table") keeps its filter in the table's part, not the
sheet's: the same cases are run with the criteria there."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableStyleInfo

from followup_batch.cli import main
from followup_batch.write.xlsx.refilter import hidden_after

SAVED_ON = "2026-12-01"  # the day the person filtered and saved
RUN_ON = "2026-12-02"  # the next night's run
# Row 2..6: (interview and thank-you day in November); statuses on the two days.
DAYS = (18, 20, 24, 25, 27)
STATUSES = {
    SAVED_ON: ["Overdue", "Due today", "Due soon", "Due soon", "Scheduled"],
    RUN_ON: ["Overdue", "Overdue", "Due today", "Due soon", "Due soon"],
}
SHEET = "xl/worksheets/sheet1.xml"
TABLE = "xl/tables/table1.xml"  # the filter's part when the tracker is an Excel Table
STATUS = 'colId="5"'  # F: the tool's first column, right of the five of the tracker
NOTES = 'colId="4"'  # E: the person's Notes
INTERVIEW = 'colId="2"'  # C: the person's interview dates


def run(path: Path, as_of: str) -> str:
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, str(path)])
    assert result.exit_code == 0, result.output
    return result.output


def tracker(path: Path, part: str = SHEET) -> None:
    """The tracker, filtered as a sheet (``SHEET``) or made an Excel Table (``TABLE``)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    sheet.append(["Company", "Position", "Interview Date", "Thank-you Sent", "Notes"])
    for i, day in enumerate(DAYS):
        when = dt.datetime(2026, 11, day)
        sheet.append([f"Company {day}", "Dev", when, when, f"n{i + 2}"])
    if part == TABLE:
        table = Table(displayName="Jobs", ref="A1:E6", autoFilter=AutoFilter(ref="A1:E6"))
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        sheet.add_table(table)
    else:
        sheet.auto_filter.ref = "A1:E6"
    book.save(path)


def save_filter(path: Path, criteria: str, hidden: set[int], word: str, part: str = SHEET) -> None:
    """The workbook as a spreadsheet program saves it with the filter ``criteria`` on (in
    the sheet's or the table's ``part``) and rows ``hidden`` (their flag written as ``word``
    says it: "true" or "1")."""
    with zipfile.ZipFile(path) as old:
        parts = {info.filename: old.read(info) for info in old.infolist()}
    filtered, found = re.subn(
        r'<autoFilter ref="([^"]+)"\s*/>',
        rf'<autoFilter ref="\1">{criteria}</autoFilter>',
        parts[part].decode(),
    )
    assert found == 1
    parts[part] = filtered.encode()
    sheet = parts[SHEET].decode()

    def flag(match: re.Match[str]) -> str:
        row = int(match.group(1))
        return match.group(0)[:-1] + (f' hidden="{word}">' if row in hidden else ">")

    sheet = re.sub(r'<row r="(\d+)"[^>]*>', flag, sheet)
    parts[SHEET] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)


def hidden_rows(path: Path) -> set[int]:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return {row for row, looks in sheet.row_dimensions.items() if looks.hidden}


def statuses(path: Path) -> list[str]:
    sheet = openpyxl.load_workbook(path, data_only=True).worksheets[0]
    return [sheet.cell(row, 6).value for row in range(2, 7)]


def column(col_id: str, criteria: str) -> str:
    return f"<filterColumn {col_id}>{criteria}</filterColumn>"


OVERDUE = column(STATUS, '<filters><filter val="Overdue"/></filters>')
IN_NOTES = column(
    NOTES, "<filters>" + "".join(f'<filter val="n{r}"/>' for r in (2, 3, 5, 6)) + "</filters>"
)
BY_MONTH = column(
    INTERVIEW,
    '<filters><dateGroupItem year="2026" month="11" dateTimeGrouping="month"/></filters>',
)

CASES = [
    # (what the person filtered, rows hidden as saved -> hidden after the run, the note)
    ("status is Overdue", OVERDUE, {3, 4, 5, 6}, {4, 5, 6}, None),
    (
        "status in a list, other case",
        column(STATUS, '<filters><filter val="due SOON"/></filters>'),
        {2, 3, 6},
        {2, 3, 4},
        None,
    ),
    (
        "status or blank",
        column(STATUS, '<filters blank="1"><filter val="Overdue"/></filters>'),
        {3, 4, 5, 6},
        {4, 5, 6},
        None,
    ),
    (
        "status does not equal Overdue",
        column(
            STATUS,
            '<customFilters><customFilter operator="notEqual" val="Overdue"/></customFilters>',
        ),
        {2},
        {2, 3},
        None,
    ),
    (
        "status begins with due (a wildcard)",
        column(STATUS, '<customFilters><customFilter val="due*"/></customFilters>'),
        {2, 6},
        {2, 3},
        None,
    ),
    (
        "status equals one of two",
        column(
            STATUS,
            '<customFilters><customFilter val="Due today"/><customFilter val="Scheduled"/>'
            "</customFilters>",
        ),
        {2, 4, 5},
        {2, 3, 5, 6},
        None,
    ),
    # A row hidden by hand, its status shown by the filter on both days: kept hidden.
    ("a row hidden by hand as well", OVERDUE, {2, 3, 4, 5, 6}, {2, 4, 5, 6}, None),
    # Criteria on the person's Notes too (row 4's note is left out): worked out, row 3 shown.
    ("Notes criteria as well", OVERDUE + IN_NOTES, {3, 4, 5, 6}, {4, 5, 6}, None),
    # Criteria on the person's dates too, which the tool does not compare: row 3 kept, said.
    (
        "interview month as well",
        BY_MONTH + OVERDUE,
        {3, 4, 5, 6},
        {3, 4, 5, 6},
        'sheet "Jobs": re-apply your filter on F ("Follow-up status"): row 3 now passes it '
        "but stays hidden, as other criteria or a collapsed group may hide it",
    ),
    # A comparison the tool does not work out exactly: rows left as saved, said.
    (
        "status after D in the alphabet",
        column(
            STATUS, '<customFilters><customFilter operator="greaterThan" val="D"/></customFilters>'
        ),
        {2},
        {2},
        'sheet "Jobs": re-apply your filter on F ("Follow-up status"): the tool cannot apply '
        "its criteria to the new values in rows 3-4, 6",
    ),
    # A filter on the person's column alone: its values do not change, nor do the rows.
    ("Notes criteria alone", IN_NOTES, {4}, {4}, None),
]


@pytest.mark.parametrize(
    ("part", "word"),
    [(SHEET, "true"), (SHEET, "1"), (TABLE, "1")],
    ids=["sheet filter, LibreOffice", "sheet filter, Excel", "table filter, Excel"],
)
@pytest.mark.parametrize(
    ("criteria", "saved", "expected", "note"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_filter_applied_again(
    tmp_path: Path,
    criteria: str,
    saved: set[int],
    expected: set[int],
    note: str | None,
    word: str,
    part: str,
) -> None:
    path = tmp_path / "t.xlsx"
    tracker(path, part)
    run(path, SAVED_ON)
    assert statuses(path) == STATUSES[SAVED_ON]
    save_filter(path, criteria, saved, word, part)
    assert hidden_rows(path) == saved

    output = run(path, RUN_ON)

    assert statuses(path) == STATUSES[RUN_ON]
    assert hidden_rows(path) == expected
    said = " ".join(output.split())
    if note is None:
        assert "re-apply your filter" not in said
    else:
        assert note in said
    written = path.read_bytes()
    again = run(path, RUN_ON)
    assert path.read_bytes() == written
    assert "re-apply your filter" not in again


@pytest.mark.parametrize(
    ("before", "shown_before", "shown_after", "elsewhere", "expected"),
    [
        (False, True, True, True, False),  # shown, still passes
        (False, True, False, True, True),  # shown, now fails: hidden
        (True, False, True, True, False),  # hidden by the filter, now passes: shown
        (True, False, True, False, True),  # ... but the person's criteria hide it
        (True, False, True, None, None),  # ... and something the tool cannot tell may
        (True, True, True, True, True),  # hidden though it passed: by hand, kept
        (True, True, False, True, True),  # hidden, now fails too
    ],
)
def test_hidden_after(
    before: bool,
    shown_before: bool,
    shown_after: bool,
    elsewhere: bool | None,
    expected: bool | None,
) -> None:
    assert hidden_after(before, shown_before, shown_after, lambda: elsewhere) is expected
