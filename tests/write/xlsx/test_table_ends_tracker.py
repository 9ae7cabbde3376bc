"""A tracker kept as an Excel Table ends with the Table (ot25 F1): its totals row and the rows
after it are the person's own (a "Last interview:" line, another table), never read, written,
counted, coloured or given drop-downs; below a Table without a totals row, the rows typed right
under it are tracker rows up to the first empty row. Each workbook is built here, run once and
reopened: the person's cells below are as they were (values and looks), the tool's colour rule
and drop-down end at the tracker's last row, the run's line counts the tracker's rows only, and
a second run writes nothing."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import NamedTuple

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.table import Table

from followup_batch.cli import main

AS_OF = "2026-11-20"
HEADER = ["Company", "Position", "Interview Date", "Interview Type", "Outcome"]
ROWS = [
    ["Initech", "Data Analyst", dt.datetime(2026, 11, 12), "video", "interviewing"],
    ["Umbrella", "Product Manager", dt.datetime(2026, 11, 18), "onsite", "interviewing"],
    ["Hooli", "ML Engineer", dt.datetime(2026, 10, 1), "phone", "rejected"],
]
TYPED_BELOW = ["Globex", "Backend Engineer", dt.datetime(2026, 11, 16), "phone", "interviewing"]
GLOBEX = ["Globex", "Backend Engineer", dt.datetime(2026, 11, 16), "phone", "interviewing"]
ACME = ["Acme", "Designer", "2026-11-17", "video", "interviewing"]  # a date typed as text
MAX_DATE = 46344  # Wed 2026-11-18, the totals row's MAX as Excel saves it


class Layout(NamedTuple):
    header_row: int
    totals: bool  # the Table has a totals row
    typed_below: bool  # a row typed right under a Table without one (LibreOffice)
    block: bool  # the person's calculation block under the Table, after an empty row
    other_table: bool  # a second Table of the person's below the tracker's
    cached: bool  # the totals row and the block hold the values Excel saves with formulas
    after_gap: bool = False  # interviews typed under a Table without one, after an empty row
    query: bool = False  # the Table holds a query's result (a refresh replaces it)


def build(path: Path, layout: Layout) -> int:
    """The workbook of ``layout``; returns the tracker's last row."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    top = layout.header_row
    if top > 1:
        sheet.cell(1, 1, "Job search 2026").font = Font(bold=True, size=16)
        sheet.cell(2, 1, "Keep this sheet sorted by Interview Date")
    for column, text in enumerate(HEADER, 1):
        sheet.cell(top, column, text)
    for offset, values in enumerate(ROWS, 1):
        for column, value in enumerate(values, 1):
            sheet.cell(top + offset, column, value)
        sheet.cell(top + offset, 3).number_format = "yyyy-mm-dd"
    last = top + len(ROWS)
    end = last  # the Table's last row
    if layout.totals:
        end += 1
        sheet.cell(end, 1, "Total")
        sheet.cell(end, 3, "=SUBTOTAL(104,Jobs[Interview Date])").number_format = "yyyy-mm-dd"
        sheet.cell(end, 5, "=SUBTOTAL(103,Jobs[Outcome])")
    jobs = Table(
        displayName="Jobs",
        ref=f"A{top}:E{end}",
        totalsRowCount=1 if layout.totals else None,
        tableType="queryTable" if layout.query else None,
    )
    if layout.totals:
        jobs._initialise_columns()
        jobs.tableColumns[0].totalsRowLabel = "Total"
        jobs.tableColumns[2].totalsRowFunction = "max"
        jobs.tableColumns[4].totalsRowFunction = "count"
        jobs.autoFilter.ref = f"A{top}:E{last}"
    sheet.add_table(jobs)
    if layout.typed_below:
        for column, value in enumerate(TYPED_BELOW, 1):
            sheet.cell(end + 1, column, value)
        sheet.cell(end + 1, 3).number_format = "yyyy-mm-dd"
        last = end = end + 1
    if layout.after_gap:
        for row, values in enumerate([GLOBEX, ACME], end + 2):
            for column, value in enumerate(values, 1):
                sheet.cell(row, column, value)
            sheet.cell(row, 3).number_format = "yyyy-mm-dd"
        last = end = end + 3
    if layout.block:
        label = PatternFill("solid", start_color="FFF2CC", end_color="FFF2CC")
        sheet.cell(end + 2, 1, "Open applications:").fill = label
        sheet.cell(end + 2, 2, '=COUNTIF(Jobs[Outcome],"interviewing")')
        sheet.cell(end + 3, 1, "Last interview:").font = Font(bold=True, color="7030A0")
        sheet.cell(end + 3, 2, f"=MAX(C{top + 1}:C{last})").number_format = "ddd d mmm"
    if layout.other_table:
        for r, values in enumerate(
            [["Who", "Met on", "Notes"], ["Sam", dt.datetime(2026, 10, 2), "coffee"]], end + 3
        ):
            for column, value in enumerate(values, 1):
                sheet.cell(r, column, value)
        sheet.add_table(Table(displayName="Referrals", ref=f"A{end + 3}:C{end + 4}"))
    book.save(path)
    if layout.cached:
        _save_values(path, {f"C{end}": MAX_DATE, f"E{end}": 3, f"B{end + 2}": 2})
    return last


def _save_values(path: Path, values: dict[str, int]) -> None:
    """Give formulas the saved values Excel stores (openpyxl writes none)."""
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, value in values.items():
        sheet = re.sub(rf'(<c r="{ref}"[^>]*><f>[^<]*</f>)<v\s*/>', rf"\g<1><v>{value}</v>", sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)


def looks(path: Path, first_row: int) -> dict[tuple[int, int], tuple[object, ...]]:
    """Each cell from ``first_row`` down, in the columns the tool may reach: what a person
    sees of it (value, number format, font, fill)."""
    sheet = openpyxl.load_workbook(path)["Jobs"]
    return {
        (cell.row, cell.column): (
            cell.value,
            cell.number_format,
            cell.font.b,
            cell.font.color.rgb if cell.font.color is not None else None,
            cell.fill.fgColor.rgb,
        )
        for row in sheet.iter_rows(min_row=first_row, max_row=first_row + 6, max_col=20)
        for cell in row
    }


def run(path: Path, *options: str) -> str:
    result = CliRunner().invoke(main, ["run", "--as-of", AS_OF, *options, str(path)])
    assert result.exit_code == 0, result.output
    return result.output


# layout -> (the run's line, the tool's colour rule, its Interview Type and Outcome drop-downs,
# the -v notes of the Table: a run that takes rows into it says so, not also that it will, as
# an outside test found it did)
CASES = {
    "totals row, block below": (
        Layout(1, totals=True, typed_below=False, block=True, other_table=False, cached=False),
        "3 rows — 2 Overdue, 1 Closed",
        "A2:A4 B2:B4 F2:Q4",
        ["D2:D4", "E2:E4"],
        'Rows 7 to 8, below the Excel Table "Jobs" (A1:E5) and its totals row, are left as '
        "yours: not read or written.",
    ),
    "no totals row, a row typed right under it": (
        Layout(1, totals=False, typed_below=True, block=True, other_table=False, cached=False),
        "4 rows — 3 Overdue, 1 Closed",
        "A2:A5 B2:B5 F2:Q5",
        ["D2:D5", "E2:E5"],
        'Rows 7 to 8, below the Excel Table "Jobs" (A1:E4) and an empty row, are left as '
        "yours: not read or written.",
        'the Excel Table "Jobs" now takes in row 5 (it is A1:Q5), the tracker rows below it, '
        "as Excel does with a row typed under a Table: its filter, banding and sorting hold "
        "them.",
    ),
    "no totals row, interviews after an empty row": (
        Layout(
            1,
            totals=False,
            typed_below=False,
            block=True,
            other_table=False,
            cached=False,
            after_gap=True,
        ),
        "5 rows — 4 Overdue, 1 Closed",
        "A2:A7 B2:B7 F2:Q7",
        ["D2:D7", "E2:E7"],
        'Rows 9 to 10, below the Excel Table "Jobs" (A1:E4) and an empty row, are left as '
        "yours: not read or written.",
        'the Excel Table "Jobs" now takes in rows 5 to 7 (it is A1:Q7), the tracker rows '
        "below it, as Excel does with a row typed under a Table: its filter, banding and "
        "sorting hold them.",
    ),
    # A query's Table is not taken down (a refresh replaces it), and the note says so.
    "a query's Table, a row typed right under it": (
        Layout(
            1,
            totals=False,
            typed_below=True,
            block=True,
            other_table=False,
            cached=False,
            query=True,
        ),
        "4 rows — 3 Overdue, 1 Closed",
        "A2:A5 B2:B5 F2:Q5",
        ["D2:D5", "E2:E5"],
        'Row 5, below the Excel Table "Jobs" (A1:E4), is read with the tracker; the Table holds '
        "a query's result, which a refresh replaces, so a run leaves the Table as it is.",
        'Rows 7 to 8, below the Excel Table "Jobs" (A1:E4) and an empty row, are left as '
        "yours: not read or written.",
        'the Excel Table "Jobs" (A1:E4) was not widened over the tool\'s columns F:Q, so '
        "sorting or filtering it leaves their cells where they are, not beside their rows: it "
        "is filled by a query (a refresh puts its rows back in the source's order, away from "
        "the tool's cells)",
    ),
    "no totals row, another Table below": (
        Layout(1, totals=False, typed_below=False, block=False, other_table=True, cached=False),
        "3 rows — 2 Overdue, 1 Closed",
        "A2:A4 B2:B4 F2:Q4",
        ["D2:D4", "E2:E4"],
        'Rows 7 to 8, below the Excel Table "Jobs" (A1:E4) and an empty row, are left as '
        "yours: not read or written.",
    ),
    "header on row 3": (
        Layout(3, totals=True, typed_below=False, block=True, other_table=False, cached=False),
        "3 rows — 2 Overdue, 1 Closed",
        "A4:A6 B4:B6 F4:Q6",
        ["D4:D6", "E4:E6"],
        'Rows 9 to 10, below the Excel Table "Jobs" (A3:E7) and its totals row, are left as '
        "yours: not read or written.",
    ),
    "another Table below": (
        Layout(1, totals=True, typed_below=False, block=False, other_table=True, cached=False),
        "3 rows — 2 Overdue, 1 Closed",
        "A2:A4 B2:B4 F2:Q4",
        ["D2:D4", "E2:E4"],
        'Rows 8 to 9, below the Excel Table "Jobs" (A1:E5) and its totals row, are left as '
        "yours: not read or written.",
    ),
    "totals row and block with saved values": (
        Layout(1, totals=True, typed_below=False, block=True, other_table=False, cached=True),
        "3 rows — 2 Overdue, 1 Closed",
        "A2:A4 B2:B4 F2:Q4",
        ["D2:D4", "E2:E4"],
        'Rows 7 to 8, below the Excel Table "Jobs" (A1:E5) and its totals row, are left as '
        "yours: not read or written.",
    ),
}


# the Table taken down over the rows read below it: what a dry run says without -v (once; the
# other cases' dry runs say nothing of the Table)
DRY_RUN = {
    "no totals row, a row typed right under it": (
        'the Excel Table "Jobs" would take in row 5 (it would be A1:Q5), the tracker rows below '
        "it, as Excel does with a row typed under a Table: its filter, banding and sorting would "
        "hold them."
    ),
    "no totals row, interviews after an empty row": (
        'the Excel Table "Jobs" would take in rows 5 to 7 (it would be A1:Q7), the tracker rows '
        "below it, as Excel does with a row typed under a Table: its filter, banding and sorting "
        "would hold them."
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_rows_after_the_trackers_table_are_the_persons(tmp_path: Path, case: str) -> None:
    layout, line, colour_rule, drop_downs, *notes = CASES[case]
    path = tmp_path / "Maya Chen.xlsx"
    last = build(path, layout)
    below = looks(path, last + 1)

    dry_run = [n for n in run(path, "--dry-run").splitlines() if "Excel Table" in n]
    said = [DRY_RUN[case]] if case in DRY_RUN else []
    assert dry_run == [f"note: Maya Chen.xlsx [Jobs]: {note}" for note in said]
    output = run(path, "-v").splitlines()
    assert output[0] == f"Maya Chen.xlsx [Jobs]: {line}"
    assert [n for n in output if "Excel Table" in n] == [
        f"  Maya Chen.xlsx [Jobs]: note: {note}" for note in notes
    ]

    sheet = openpyxl.load_workbook(path)["Jobs"]
    assert looks(path, last + 1) == below
    assert [str(cf.sqref) for cf in sheet.conditional_formatting] == [colour_rule]
    assert [str(dv.sqref) for dv in sheet.data_validations.dataValidation] == drop_downs
    jobs = sheet.tables["Jobs"]  # widened over the tool's columns, down over the rows read
    top = layout.header_row
    if layout.query:  # neither widened nor taken down: a refresh replaces it
        assert jobs.ref == f"A{top}:E{last - 1}"
    else:
        assert (jobs.ref, jobs.autoFilter.ref) == (
            f"A{top}:Q{last + 1 if layout.totals else last}",
            f"A{top}:Q{last}",
        )

    written = path.read_bytes()
    (tmp_path / ".followup-backups" / "Maya Chen.xlsx.last-run.json").unlink()  # a full run
    assert (
        run(path).splitlines()[0] == f"Maya Chen.xlsx [Jobs]: {line} (unchanged, nothing written)"
    )
    assert path.read_bytes() == written


LAST_INTERVIEW = ["Last interview:", None, "=MAX(C2:C4)", None, None]  # a label and a formula
OPEN = ["Open applications", None, 2, None, None]  # a count where a date would be
TABLE = 'below the Excel Table "Jobs" (A1:E5) and its totals row'
MOVE = "into the Table (insert rows above the totals row)."
GAP = 'below the Excel Table "Jobs" (A1:E4) and an empty row'  # a Table without a totals row
MOVE_UP = "up to row 5, right under the tracker, where rows are read."

# rows typed from row 6 on, under the totals row or (totals False) after an empty row under a
# Table without one -> the notes a run shows without -v, and whether the -v notes also leave
# rows of the person's alone (a calculation block among them)
UNDER_TOTALS = {
    "two applications": (
        True,
        [GLOBEX, ACME],
        [f"Rows 6 to 7, {TABLE}, look like applications but are not read: move them {MOVE}"],
        False,
    ),
    "one application, then the person's block": (
        True,
        [ACME, LAST_INTERVIEW, OPEN],
        [f"Row 6, {TABLE}, looks like an application but is not read: move it {MOVE}"],
        True,
    ),
    "applications around a count": (
        True,
        [GLOBEX, OPEN, ACME],
        [f"Rows 6 and 8, {TABLE}, look like applications but are not read: move them {MOVE}"],
        True,
    ),
    "a calculation block only": (True, [LAST_INTERVIEW, OPEN], [], True),
    # ot49 F1 leftover: without a totals row, an application in a block of the person's went
    # unsaid without -v, where the same rows under a totals row were said.
    "no totals row: one application, then the person's block": (
        False,
        [ACME, LAST_INTERVIEW, OPEN],
        [f"Row 6, {GAP}, looks like an application but is not read: move it {MOVE_UP}"],
        True,
    ),
    "no totals row: a calculation block only": (False, [LAST_INTERVIEW, OPEN], [], True),
}


@pytest.mark.parametrize("case", list(UNDER_TOTALS))
def test_rows_under_the_totals_row_that_look_like_applications_are_said(
    tmp_path: Path, case: str
) -> None:
    """ot28 F5: interview rows typed right under a Table's totals row are left alone, as the
    person's; said without -v (run and check), or their follow-ups go missing without a word."""
    totals, typed, notices, block = UNDER_TOTALS[case]
    path = tmp_path / "Maya Chen.xlsx"
    build(
        path,
        Layout(1, totals=totals, typed_below=False, block=False, other_table=False, cached=False),
    )
    book = openpyxl.load_workbook(path)
    for row, values in enumerate(typed, 6):
        for column, value in enumerate(values, 1):
            book["Jobs"].cell(row, column, value)
    book.save(path)
    left_alone = (
        f"Rows 6 to {5 + len(typed)}, {TABLE if totals else GAP}, are left as yours: not read or "
        "written."
    )
    verbose_notes = [*([left_alone] if block else []), *notices]

    result = CliRunner().invoke(main, ["run", "--as-of", AS_OF, "--dry-run", str(path)])
    assert result.exit_code == 0, result.output
    assert [line for line in result.output.splitlines() if "Excel Table" in line] == [
        f"note: Maya Chen.xlsx [Jobs]: {notice}" for notice in notices
    ]
    verbose = run(path, "--dry-run", "-v").splitlines()
    assert [line for line in verbose if "Excel Table" in line] == [
        f"  Maya Chen.xlsx [Jobs]: note: {note}" for note in verbose_notes
    ]
    check = CliRunner().invoke(main, ["check", "--as-of", AS_OF, str(path)])
    assert [line for line in check.output.splitlines() if line.startswith("    - Row")] == [
        f"    - {note}" for note in verbose_notes
    ]


def _row_xml(path: Path, numbers: range) -> list[str]:
    """The sheet's XML of the rows ``numbers``, as the file holds them."""
    with zipfile.ZipFile(path) as package:
        sheet = package.read("xl/worksheets/sheet1.xml").decode()
    return [re.search(rf'<row r="{n}"[ >].*?</row>', sheet, re.S).group(0) for n in numbers]


# what sets the rows below apart from the tracker -> the Table put over the tracker after the
# first run (its ref, and whether its last row is a totals row)
SET_APART = {
    "the person's block after an empty row": ("A1:Q4", False),
    "the Table's totals row": ("A1:Q5", True),
}


@pytest.mark.parametrize("case", list(SET_APART))
def test_rows_left_as_yours_keep_the_tools_cells_of_an_earlier_run(
    tmp_path: Path, case: str
) -> None:
    """ot49 F1: rows a run leaves as the person's (below the Table and what sets them apart)
    that an earlier run wrote keep every cell as it was, the tool's status, dates, drafts and
    Why too: a run that does not read a row never clears it."""
    ref, totals = SET_APART[case]
    path = tmp_path / "Maya Chen.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    typed = [HEADER, *ROWS, [], [], [], [], GLOBEX, ACME]
    for row, values in enumerate(typed, 1):
        for column, value in enumerate(values, 1):
            sheet.cell(row, column, value)
    book.save(path)
    assert run(path).splitlines()[0] == "Maya Chen.xlsx [Jobs]: 5 rows — 4 Overdue, 1 Closed"
    book = openpyxl.load_workbook(path)
    for row, values in enumerate([LAST_INTERVIEW, OPEN], 6):  # typed after the run
        for column, value in enumerate(values, 1):
            book["Jobs"].cell(row, column, value)
    jobs = Table(displayName="Jobs", ref=ref, totalsRowCount=1 if totals else None)
    if totals:
        book["Jobs"].cell(5, 1, "Total")
        jobs._initialise_columns()
        jobs.tableColumns[0].totalsRowLabel = "Total"
        jobs.autoFilter.ref = "A1:Q4"
    book["Jobs"].add_table(jobs)
    book.save(path)
    before = _row_xml(path, range(9, 11))
    shown = looks(path, 9)

    assert run(path).splitlines()[0] == "Maya Chen.xlsx [Jobs]: 3 rows — 2 Overdue, 1 Closed"
    assert _row_xml(path, range(9, 11)) == before
    assert looks(path, 9) == shown
    sheet = openpyxl.load_workbook(path)["Jobs"]
    assert [[sheet.cell(r, c).value for c in (1, 7, 8)] for r in (9, 10)] == [
        ["Globex", "Thank-you note", dt.datetime(2026, 11, 16)],
        ["Acme", "Thank-you note", dt.datetime(2026, 11, 18)],
    ]
    assert all(sheet.cell(r, 15).value for r in (9, 10))  # the drafts
