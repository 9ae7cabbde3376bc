"""Messy trackers as people keep them, built here, read with the right fields, dates and problems.

Each case builds one file and states what a user would check: which column became which field,
each data row's interview date (by Excel row), and each row's problems (naming the cell).
"""

from __future__ import annotations

import codecs
import datetime as dt
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.worksheet.table import Table
from rows_read import watch_rows_read
from trackers import rewrite_sheet

from followup_batch.normalise import normalise_rows
from followup_batch.read import RawTable, ReadOptions, parse_column_maps, read_trackers
from followup_batch.read.xlsx_cells import EMPTY_RUN_LIMIT

D = dt.date
LAST_EXCEL_ROW = 1_048_576


@dataclass
class Case:
    build: Callable[[Path], Path]
    columns: dict[str, str]  # field -> column letter
    interviews: dict[int, D | None]  # Excel row -> interview date
    problems: dict[int, list[str]] = field(default_factory=dict)  # rows not listed: none
    types: dict[int, str] = field(default_factory=dict)  # Excel row -> interview type
    notes: list[str] = field(default_factory=list)  # substrings of the table's notes
    options: ReadOptions = field(default_factory=ReadOptions)


# ---------------------------------------------------------------------------------------------
# The trackers
# ---------------------------------------------------------------------------------------------


def everything_at_once(tmp_path: Path) -> Path:
    """Title and group headers, header on row 3 with trailing spaces, a duplicate header,
    blank rows, LinkedIn dates, placeholder words, a formula without a saved value, a totals
    row, a checkbox column and a formatted cell at row 1,048,576."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "2026"
    sheet["A1"] = "JOB SEARCH — autumn 2026"
    sheet.merge_cells("A1:H1")
    sheet["A2"], sheet["D2"] = "Application", "Interview"
    sheet.merge_cells("A2:C2")
    sheet.merge_cells("D2:F2")
    sheet.append(
        ["Company  ", "Job Title ", "Notes", "Date ", "Interview Type", "Date", "TY Sent", "Done"]
    )
    rows = [
        ["Acme", "Engineer", "", "11/13/23, 9:42 AM", "Zoom", "x", "yes", False],  # 4
        [],  # 5
        ["Beta", "Analyst", None, "No Response", "phone", None, "N/A", False],  # 6
        ["Gamma", "PM", None, "31/02/2026", "onsite", None, None, False],  # 7
        [None, None, None, None, None, None, None, False],  # 8
        ["Delta", "SRE", None, "8/3/2019 and 9/9/2019", "Final round", None, "tbd", True],  # 9
        ["Eps", "QA", None, "=DATE(2026,11,3)", "In Progress", None, None, False],  # 10
        ["Zeta", "Dev", None, "Nov 3, 2026", "Video", None, "null", False],  # 11
        ["Total", 6, None, None, None, None, None, None],  # 12
    ]
    for row in rows:
        sheet.append(row)
    for row in range(13, 400):
        sheet.cell(row=row, column=8, value=False)
    sheet.cell(row=LAST_EXCEL_ROW, column=4).font = Font(bold=True)
    path = tmp_path / "tracker.xlsx"
    workbook.save(path)
    return path


def rounds_under_merged_cells(tmp_path: Path) -> Path:
    """A company and its role merged down over three interview rounds, a date merged over two
    companies seen the same day, and a title merged over the header's first two rows."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Jobs"
    sheet["A1"] = "My interviews"
    sheet.merge_cells("A1:A2")
    sheet.append([])
    sheet.append(["Company", "Position", "Interview Date", "Round"])
    sheet.append(["Acme", "Engineer", dt.datetime(2026, 11, 3), 1])  # 4
    sheet.append([None, None, dt.datetime(2026, 11, 12), 2])  # 5
    sheet.append([None, None, dt.datetime(2026, 11, 17), 3])  # 6
    sheet.append(["Beta", "PM", dt.datetime(2026, 11, 16), 1])  # 7
    sheet.append(["Gamma", "Analyst", None, 1])  # 8
    for cells in ("A4:A6", "B4:B6", "C7:C8"):
        sheet.merge_cells(cells)
    path = tmp_path / "merged.xlsx"
    workbook.save(path)
    return path


def csv_in_blocks(tmp_path: Path) -> Path:
    """Kept in blocks, each under its own copy of the headers, a count at the end as text."""
    text = (
        "Company,Position,Interview Date\n"
        "Acme,Dev,2026-11-03\n"
        "\n"
        "Company,Position,Interview Date\n"
        "Beta,PM,2026-11-04\n"
        "Total,2,\n"
    )
    path = tmp_path / "blocks.csv"
    path.write_text(text, encoding="utf-8")
    return path


def csv_with_group_labels(tmp_path: Path) -> Path:
    """Sections under one-cell labels, and a template's blank rows with a drop-down default.
    A lone company name, even in capitals, is still a row that needs its details."""
    text = (
        "Company,Position,Interview Date,Status,Country\n"
        "--- Active ---,,,,\n"
        "Acme,Dev,2026-11-03,Interviewing,US\n"
        ",,,Not started,US\n"
        "ARCHIVE,,,,\n"
        "Beta,PM,2026-10-04,Rejected,\n"
        "March 2026,,,,\n"
        "IBM,,,,\n"
        ",,,Not started,\n"
    )
    path = tmp_path / "sections.csv"
    path.write_text(text, encoding="utf-8")
    return path


def csv_bom_semicolon_crlf(tmp_path: Path) -> Path:
    text = (
        "Company;Position;Interview Date;Thank You\r\n"
        "Müller GmbH;Entwickler;13/11/2026;\r\n"
        ";;;\r\n"
        "Ökotech;Analyst;3/11/2026;4/11/2026\r\n"
        "Café Noir;Barista;tbd;ja"
    )
    path = tmp_path / "export.csv"
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    return path


def csv_cp1252_semicolon_crlf(tmp_path: Path) -> Path:
    text = (
        "Employer;Role;Interviewed On;Status\r\n"
        "Société Générale;Analyste – risk;11/3/2026;In Progress\r\n"
        "Zoë’s Café;Manager;11/14/2026;\r\n"
        "Señor Co;Dev;3-Nov;Pending"
    )
    path = tmp_path / "windows.csv"
    path.write_bytes(text.encode("cp1252"))
    return path


def wide_layout(tmp_path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Company", "Position", "Phone", "Phone Screen", "On-Campus", "Final", "Notes"])
    sheet.append(["A", "Dev", dt.datetime(2026, 10, 1), None, dt.datetime(2026, 10, 20), None, ""])
    sheet.append(["B", "PM", "10/2/2026", "10/9/2026", None, None, "x"])
    sheet.append(["C", "QA", None, None, None, None, "applied"])
    sheet.append(["D", "Ops", dt.datetime(2026, 9, 1), "soon", None, "11/5/2026", ""])
    path = tmp_path / "wide.xlsx"
    workbook.save(path)
    return path


def data_from_b3(tmp_path: Path) -> Path:
    """Two blank rows and a blank column A before the table; real and numeric date cells."""
    workbook = openpyxl.Workbook()
    workbook.epoch = CALENDAR_MAC_1904
    sheet = workbook.active
    for col, header in enumerate(["Firm", "Gig", "When", "Level"], start=2):
        sheet.cell(row=3, column=col, value=header)
    sheet["B4"], sheet["C4"], sheet["D4"] = "Acme", "Dev", dt.datetime(2026, 11, 3, 9, 30)
    sheet["B5"], sheet["C5"], sheet["D5"] = "Beta", "PM", 44867  # 1904 serial = 2026-11-03
    sheet["D5"].number_format = "yyyy-mm-dd"
    sheet["B6"], sheet["C6"], sheet["D6"], sheet["E6"] = "Gamma", "QA", 44868, "Staff"
    path = tmp_path / "mac.xlsx"
    workbook.save(path)
    return path


def formula_with_saved_value(tmp_path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Company", "Position", "Interview Date"])
    sheet.append(["A", "Dev", "=DATE(2026,11,3)"])
    sheet.append(["B", "PM", "=DATE(2026,11,4)"])
    sheet.append(["C", "QA", "=NA()"])
    path = tmp_path / "formulas.xlsx"
    workbook.save(path)

    def saved(xml: bytes) -> bytes:
        # As Excel saves them: the first with its value, the third with its error value.
        # (openpyxl writes an empty value as <v /> or, with lxml installed, as <v></v>.)
        xml = xml.replace(b"<v></v>", b"<v />")
        xml = xml.replace(b"<f>DATE(2026,11,3)</f><v />", b"<f>DATE(2026,11,3)</f><v>46329</v>")
        return xml.replace(b'<c r="C4"><f>NA()</f><v />', b'<c r="C4" t="e"><f>NA()</f><v>#N/A</v>')

    rewrite_sheet(path, saved)
    return path


def typed_error_values(tmp_path: Path) -> Path:
    """Error values typed in (no formula): openpyxl writes "#N/A" as an error cell, as Excel
    saves a typed one (<c t="e"><v>#N/A</v></c>)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Company", "Position", "Interview Date"])
    sheet.append(["A", "Dev", "#N/A"])
    sheet.append(["B", "PM", "#REF!"])
    sheet.append(["C", "QA", dt.date(2026, 11, 3)])
    path = tmp_path / "typed-errors.xlsx"
    workbook.save(path)
    assert b'<c r="C2" t="e"><v>#N/A</v></c>' in zipfile.ZipFile(path).read(
        "xl/worksheets/sheet1.xml"
    )
    return path


CASES: dict[str, Case] = {
    "everything at once": Case(
        everything_at_once,
        columns={
            "company": "A",
            "position": "B",
            "topic": "C",
            "interview_at": "D",
            "interview_type": "E",
            "thank_you_sent": "G",
        },
        interviews={
            4: D(2023, 11, 13),
            6: None,
            7: None,
            9: D(2019, 9, 9),
            10: None,
            11: D(2026, 11, 3),
        },
        problems={
            6: [
                'D6: Date says "No Response": no date yet',
                'G6: "N/A" is read as not sent, so the message is still proposed: if you will '
                "not send it, write done (or x) to stop it; leave the cell blank while it is "
                "still to send",
            ],
            7: ['D7: "31/02/2026" is not a date'],
            9: ['D9: "8/3/2019 and 9/9/2019" holds 2 dates; the later, 2019-09-09, is used'],
            10: ["D10: formula without a saved value — open and save the file in Excel once"],
        },
        types={4: "video", 6: "phone", 9: "final", 11: "video"},
        notes=[
            'Several columns read as Interview Date: "Date" (column D), "Date" (column F); '
            'using "Date" (column D)',
            "Row 12 looks like a totals row",
            "1 cell holds a formula without a saved value (first: D10)",
        ],
    ),
    "CSV in blocks: a repeated header and a count saved as text are skipped": Case(
        csv_in_blocks,
        columns={"company": "A", "position": "B", "interview_at": "C"},
        interviews={2: D(2026, 11, 3), 5: D(2026, 11, 4)},
        notes=[
            "Row 4 repeats the header row and was skipped.",
            "Row 6 looks like a totals row (only a label such as Total, and numbers) and was "
            "skipped.",
        ],
    ),
    "CSV: group labels and a template's default-only rows are skipped": Case(
        csv_with_group_labels,
        columns={
            "company": "A",
            "position": "B",
            "interview_at": "C",
            "outcome": "D",
            "country": "E",
        },
        interviews={3: D(2026, 11, 3), 6: D(2026, 10, 4), 8: None},
        problems={
            8: [
                'row 8, column "Position": Position is empty',
                'row 8, column "Interview Date": Interview Date is empty',
            ]
        },
        notes=[
            "Rows 2, 5, 7 look like group labels (one cell, such as Archive or March 2026) and "
            "were skipped.",
            "Rows 4, 9 hold only a stage or defaults (no company, position, date or contact) and "
            "were skipped.",
        ],
    ),
    "CSV: BOM, semicolons, CRLF, no final newline, day-first detected": Case(
        csv_bom_semicolon_crlf,
        columns={"company": "A", "position": "B", "interview_at": "C", "thank_you_sent": "D"},
        interviews={2: D(2026, 11, 13), 4: D(2026, 11, 3), 5: None},
        # German "ja" is a yes-mark like "yes".
        problems={5: ['row 5, column "Interview Date": Interview Date says "tbd": no date yet']},
    ),
    "CSV: Windows-1252, semicolons, CRLF, no final newline, a date without a year": Case(
        csv_cp1252_semicolon_crlf,
        columns={"company": "A", "position": "B", "interview_at": "C", "outcome": "D"},
        interviews={2: D(2026, 11, 3), 3: D(2026, 11, 14), 4: D(2026, 11, 3)},
        problems={
            4: [
                'row 4, column "Interviewed On": "3-Nov" has no year; read as 2026-11-03 '
                "(nearest the last dated row's 2026-11-14)"
            ]
        },
    ),
    "wide layout": Case(
        wide_layout,
        columns={"company": "A", "position": "B", "topic": "G"},
        interviews={2: D(2026, 10, 20), 3: D(2026, 10, 9), 4: None, 5: D(2026, 11, 5)},
        types={2: "onsite", 3: "phone", 5: "final"},
        problems={
            4: [
                "C4: no interview date: none of the stage columns (Phone, Phone Screen, "
                "On-Campus, Final) has a date"
            ],
            5: ['D5: "soon" is not a date'],
        },
        notes=["Wide tracker: no Interview Date column"],
    ),
    "data from B3 in a 1904 workbook, mapped headers": Case(
        data_from_b3,
        columns={"company": "B", "position": "C", "interview_at": "D", "seniority": "E"},
        interviews={4: D(2026, 11, 3), 5: D(2026, 11, 3), 6: D(2026, 11, 4)},
        options=ReadOptions(
            column_map=parse_column_maps(["Gig=position", "When=interview_at", "Firm=company"])
        ),
    ),
    "merged cells: each row they cover has the merged value": Case(
        rounds_under_merged_cells,
        columns={"company": "A", "position": "B", "interview_at": "C", "round": "D"},
        interviews={
            4: D(2026, 11, 3),
            5: D(2026, 11, 12),
            6: D(2026, 11, 17),
            7: D(2026, 11, 16),
            8: D(2026, 11, 16),
        },
        notes=["Merged cells A4:A6, B4:B6, C7:C8: each row they cover is read with the merged"],
    ),
    "formulas: saved values are used, an error value is reported": Case(
        formula_with_saved_value,
        columns={"company": "A", "position": "B", "interview_at": "C"},
        interviews={2: D(2026, 11, 3), 3: None, 4: None},
        problems={
            3: ["C3: formula without a saved value — open and save the file in Excel once"],
            4: [
                "C4: Interview Date holds #N/A (an Excel error in the cell) — read as blank; fix "
                "the formula or type the date"
            ],
        },
    ),
    "error values typed in, no formula": Case(
        typed_error_values,
        columns={"company": "A", "position": "B", "interview_at": "C"},
        interviews={2: None, 3: None, 4: D(2026, 11, 3)},
        problems={
            2: [
                "C2: Interview Date holds #N/A (an Excel error typed in the cell, no formula) — "
                "read as blank; type the date in its place"
            ],
            3: [
                "C3: Interview Date holds #REF! (an Excel error typed in the cell, no formula) — "
                "read as blank; type the date in its place"
            ],
        },
    ),
}


def read_one(path: Path, options: ReadOptions) -> RawTable:
    tables = read_trackers(path, options)
    assert len(tables) == 1
    return tables[0]


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_messy_tracker(tmp_path: Path, case: Case) -> None:
    table = read_one(case.build(tmp_path), case.options)
    letters = {name: get_column_letter(col + 1) for name, col in table.mapping.items()}
    assert letters == case.columns
    frame = normalise_rows(table, case.options)
    got = {
        int(row): (None if pd.isna(day) else day.date())
        for row, day in frame["interview_date"].items()
    }
    assert got == case.interviews
    problems = {int(row): items for row, items in frame["problems"].items() if items}
    assert problems == case.problems
    for row, kind in case.types.items():
        assert frame.loc[row, "interview_type"] == kind, row
    for note in case.notes:
        assert any(note in n for n in table.notes), (note, table.notes)
    assert frame["needs_info"].tolist() == [d is None for d in case.interviews.values()]


def test_checkbox_column_to_the_last_excel_row_is_streamed_and_stops_after_the_empty_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FALSE checkbox in every row to 1,048,576 is no row of the tracker: the sheet is too
    large for calamine's dense grid, so it is streamed, and the stream stops 10,000 rows of
    checkboxes alone after the last row with a value instead of reading a million (counted,
    not timed: STYLE has no timing assertions)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Company", "Position", "Interview Date", "Applied?"])
    sheet.append(["Acme", "Dev", "2026-11-03", True])
    path = tmp_path / "checkboxes.xlsx"
    workbook.save(path)
    rows = b"".join(
        b'<row r="%d"><c r="D%d" t="b"><v>0</v></c></row>' % (r, r)
        for r in range(3, LAST_EXCEL_ROW + 1)
    )
    rewrite_sheet(path, lambda xml: xml.replace(b"</sheetData>", rows + b"</sheetData>"))
    seen = watch_rows_read(monkeypatch)
    table = read_one(path, ReadOptions())
    assert list(table.cells.index) == [2]
    assert seen.readers == ["openpyxl"]
    assert seen.kept == {"Sheet": 2}
    assert seen.streamed == 2 + EMPTY_RUN_LIMIT


LABELS = ["ARCHIVE", "--- Rejected ---", "Closed ✅", "► Interviewing", "Applications 2025"]
LABELS += ["March 2026:", "Q1 2026", "Week of 11/2", "**OLD**", "On Hold", "Phone screens"]
COMPANIES = ["IBM", "3M", "7-Eleven", "1-800 Contacts", "Open AI", "Dead Ends Inc", "N/A"]
COMPANIES += ["Notion", "May Department Stores", "TBD"]
COMPANIES += ["2026-11-03", "11/3/2026"]  # a date alone: a row begun, not a label
LABELS += ["2025-26", "2025"]


def test_one_cell_rows_labels_skipped_companies_kept(tmp_path: Path) -> None:
    """Alone in its row, a label is skipped; a company (even in capitals, or a placeholder)
    stays a row, which then needs its details."""
    texts = LABELS + COMPANIES
    lines = ["Company,Position,Interview Date", "Acme,Dev,2026-11-03"]
    lines += [f'"{t}",,' for t in texts]
    path = tmp_path / "labels.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_one(path, ReadOptions())
    kept = [table.cells.loc[row, "company"] for row in table.cells.index]
    assert kept == ["Acme", *COMPANIES]
    assert sorted(table.skipped_rows) == list(range(3, 3 + len(LABELS)))


def test_rows_under_a_merged_company_are_followed_up_and_the_merges_kept(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from followup_batch.cli import main

    path = rounds_under_merged_cells(tmp_path)
    result = CliRunner().invoke(
        main, ["run", str(path), "--as-of", "2026-11-20"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path)["Jobs"]
    assert sorted(str(r) for r in sheet.merged_cells.ranges) == [
        "A1:A2",
        "A4:A6",
        "B4:B6",
        "C7:C8",
    ]
    header = [c.value for c in sheet[3]]
    status = header.index("Follow-up status") + 1
    problems = header.index("Problems") + 1
    assert [sheet.cell(r, problems).value for r in range(4, 9)] == [None] * 5
    # Live statuses: formulas whose words are the run's; none of the rows needs info.
    words = openpyxl.load_workbook(path, data_only=True)["Jobs"]
    assert "Needs info" not in [words.cell(r, status).value for r in range(4, 9)]
    assert [sheet.cell(r, 1).value for r in range(4, 9)] == ["Acme", None, None, "Beta", "Gamma"]
    # Acme's rounds 1 and 2 hand their follow-ups on to the next round; round 3 (the 17th)
    # has them, its thank-you first, as Beta's one interview has its own.
    action = header.index("Next action") + 1
    why = header.index("Why") + 1
    assert [words.cell(r, action).value for r in range(4, 8)] == [
        "—",
        "—",
        "Thank-you note",
        "Thank-you note",
    ]
    assert [words.cell(r, status).value for r in range(4, 6)] == ["Waiting", "Waiting"]
    assert [words.cell(r, why).value.split("\n")[0] for r in (4, 5)] == [
        "Waiting: the interview on Thu 2026-11-12 (row 5) is the next round; that row has the "
        "follow-ups.",
        "Waiting: the interview on Tue 2026-11-17 (row 6) is the next round; that row has the "
        "follow-ups.",
    ]


def test_a_merge_fills_only_rows_of_its_own_and_only_what_a_row_is(tmp_path: Path) -> None:
    """A company merged down past the last round made the blank rows below into rows that
    needed info; a notes block merged over two companies' rows was quoted in both drafts."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Company", "Position", "Interview Date", "Notes"])
    sheet.append(["Acme", "Engineer", dt.datetime(2026, 11, 3), None])  # 2
    sheet.append([None, "Engineer", dt.datetime(2026, 11, 12), None])  # 3
    sheet.merge_cells("A2:A6")  # down past the last row
    path = tmp_path / "past.xlsx"
    workbook.save(path)
    table = read_one(path, ReadOptions())
    assert list(table.cells.index) == [2, 3]
    assert table.cells["company"].tolist() == ["Acme", "Acme"]
    assert table.notes == ["Merged cells A2:A6: each row they cover is read with the merged value."]

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Company", "Position", "Interview Date", "Notes"])
    sheet.append(["Acme", "Engineer", dt.datetime(2026, 11, 3), "Asked about on-call"])  # 2
    sheet.append(["Beta", "PM", dt.datetime(2026, 11, 16), None])  # 3
    sheet.merge_cells("D2:D3")  # one note over rows of two companies
    path = tmp_path / "notes.xlsx"
    workbook.save(path)
    table = read_one(path, ReadOptions())
    assert table.cells["topic"].tolist() == ["Asked about on-call", None]
    assert table.notes == []


def test_an_outcome_merged_over_one_applications_rounds_is_each_rounds(tmp_path: Path) -> None:
    """A "Rejected" merged over an application's three rounds counted for the top row only, so
    the last round, whose outcome is the application's, went on asking for check-ins. Merged
    over two companies' rows it is still only the top row's."""
    from click.testing import CliRunner

    from followup_batch.cli import main

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Jobs"
    sheet.append(["Client", "Company", "Position", "Interview Date", "Outcome"])
    sheet.append(["Maya", "Acme", "Data Analyst", dt.datetime(2026, 10, 1), "Rejected"])  # 2
    sheet.append([None, None, "data analyst @ Acme", dt.datetime(2026, 10, 15), None])  # 3
    sheet.append([None, None, "Data Analyst", dt.datetime(2026, 11, 2), None])  # 4
    sheet.append(["Maya", "Beta", "PM", dt.datetime(2026, 10, 1), "Rejected"])  # 5
    sheet.append(["Maya", "Gamma", "PM", dt.datetime(2026, 11, 2), None])  # 6
    for cells in ("A2:A4", "B2:B4", "E2:E4", "E5:E6"):
        sheet.merge_cells(cells)
    path = tmp_path / "merged outcome.xlsx"
    workbook.save(path)

    table = read_one(path, ReadOptions())
    assert table.cells["outcome"].tolist() == ["Rejected"] * 4 + [None]
    assert table.notes == [
        "Merged cells A2:A4, B2:B4: each row they cover is read with the merged value.",
        "Outcome merged over E2:E4: its rows are one application, so each row is read with "
        '"Rejected".',
        "Outcome merged over E5:E6: its rows are not all one application (the Company is "
        '"Beta" on row 5 and "Gamma" on row 6), so it counts for row 5 only; write it on each '
        "row it applies to.",
    ]

    result = CliRunner().invoke(
        main, ["run", str(path), "--as-of", "2026-11-20"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    words = openpyxl.load_workbook(path, data_only=True)["Jobs"]
    header = [c.value for c in words[1]]
    status, action = header.index("Follow-up status") + 1, header.index("Next action") + 1
    seen = {r: (words.cell(r, status).value, words.cell(r, action).value) for r in range(2, 7)}
    assert seen == {
        2: ("Closed", "—"),  # rounds 1 and 2: closed by the application's last round
        3: ("Closed", "—"),
        4: ("Closed", "Networking check-in"),  # the application's one networking touch
        5: ("Closed", "Networking check-in"),
        6: ("Overdue", "1st check-in"),  # Gamma's own row: not Beta's rejection
    }
    merged = openpyxl.load_workbook(path)["Jobs"].merged_cells.ranges
    assert sorted(str(r) for r in merged) == ["A2:A4", "B2:B4", "E2:E4", "E5:E6"]


MAR, NOV = dt.datetime(2026, 3, 2), dt.datetime(2026, 11, 9)
AGAIN = "row 3's Round 1 is not higher than row 2's Round 1: the role applied for again"
# Two rows of one client's role with "Rejected" merged over C2:C3, as (Client, Round, Interview
# Date) per row -> the outcomes read, why the rows are two applications (None: one), and the
# earlier row's problems (a final round's, when the next interview is read as the role applied
# for again: it was silent, and the final round kept asking for its check-ins).
MERGED_OUTCOME_ROUNDS = {
    "the role applied for again, Round 1 twice": (
        [("Kim Lee", 1, MAR), (None, 1, NOV)],
        ["Rejected", None],
        AGAIN,
        [],
    ),
    "rounds as words": (
        [("Kim Lee", "Round 1", MAR), (None, "first", NOV)],
        ["Rejected", None],
        AGAIN,
        [],
    ),
    "newest first, the later interview has the lower round": (
        [("Kim Lee", 2, MAR), (None, 1, NOV)],
        ["Rejected", None],
        "row 3's Round 1 is not higher than row 2's Round 2: the role applied for again",
        [],
    ),
    "text dates: as the sheet lists them": (
        [("Kim Lee", 1, "3/2/2026"), (None, 1, "11/9/2026")],
        ["Rejected", None],
        AGAIN,
        [],
    ),
    "the Client on the lower row left empty": (
        [("Kim Lee", 1, MAR), ("", 2, NOV)],
        ["Rejected", None],
        'the Client is "Kim Lee" on row 2 and empty on row 3, which reads as "rounds"',
        [],
    ),
    "the next round": ([("Kim Lee", 1, MAR), (None, 2, NOV)], ["Rejected", "Rejected"], None, []),
    "newest first, the next round on top": (
        [("Kim Lee", 2, NOV), (None, 1, MAR)],
        ["Rejected", "Rejected"],
        None,
        [],
    ),
    "one day's panel split over two rows": (
        [("Kim Lee", 1, NOV), (None, 1, NOV)],
        ["Rejected", "Rejected"],
        None,
        [],
    ),
    "no rounds written": (
        [("Kim Lee", None, MAR), (None, None, NOV)],
        ["Rejected"] * 2,
        None,
        [],
    ),
    "the final round after round 2": (
        [("Kim Lee", 2, MAR), (None, "Final", NOV)],
        ["Rejected", "Rejected"],
        None,
        [],
    ),
    # Employers add rounds after the one called final: Round 2 or higher after it goes on.
    "round 3 after the final round": (
        [("Kim Lee", "Final", MAR), (None, 3, NOV)],
        ["Rejected", "Rejected"],
        None,
        [],
    ),
    "round 1 again after the final round": (
        [("Kim Lee", "Final", MAR), (None, 1, NOV)],
        ["Rejected", None],
        "row 3's Round 1 comes after row 2's Round Final, and after a final round only Round 2 "
        "or higher goes on: the role applied for again",
        [
            'B2: row 3\'s interview (Round "1") is read as this role applied for again, not as a '
            "round after this final one (after a final round, only Round 2 or higher goes on): "
            "if it is the same application, write its Round as 2 or higher"
        ],
    ),
    "another final round after the final round": (
        [("Kim Lee", "Final", MAR), (None, "Letzte Runde", NOV)],
        ["Rejected", None],
        "row 3's Round Final comes after row 2's Round Final, and after a final round only "
        "Round 2 or higher goes on: the role applied for again",
        [
            'B2: row 3\'s interview (Round "Letzte Runde") is read as this role applied for '
            "again, not as a round after this final one (after a final round, only Round 2 or "
            "higher goes on): if it is the same application, write its Round as 2 or higher"
        ],
    ),
}


@pytest.mark.parametrize(
    ("rows", "outcomes", "apart", "earlier"),
    MERGED_OUTCOME_ROUNDS.values(),
    ids=MERGED_OUTCOME_ROUNDS.keys(),
)
def test_a_merged_outcome_tells_applications_apart_as_rounds_do(
    tmp_path: Path,
    rows: list[tuple[object, ...]],
    outcomes: list[str | None],
    apart: str | None,
    earlier: list[str],
) -> None:
    """A "Rejected" merged over the role's first application and its second, months later
    (Round 1 again), closed the new one, while the rounds rule kept them apart; and when the
    rows were two applications, only -v said so, naming company and position when the Client
    was what differed."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Client", "Round", "Outcome", "Company", "Position", "Interview Date"])
    for (client, number, day), outcome in zip(rows, ["Rejected", None], strict=True):
        sheet.append([client, number, outcome, "Vandelay", "Sales Lead", day])
    sheet.merge_cells("A2:A3" if rows[1][0] is None else "D2:D3")  # the Client written once
    sheet.merge_cells("C2:C3")
    path = tmp_path / "rounds.xlsx"
    workbook.save(path)

    table = read_one(path, ReadOptions())
    assert table.cells["outcome"].tolist() == outcomes
    frame = normalise_rows(table, ReadOptions())
    problems = {int(row): items for row, items in frame["problems"].items() if items}
    if apart is None:
        assert table.notes[-1] == (
            "Outcome merged over C2:C3: its rows are one application, so each row is read with "
            '"Rejected".'
        )
        assert problems == {}
    else:
        assert table.notes[-1] == (
            f"Outcome merged over C2:C3: its rows are not all one application ({apart}), so it "
            "counts for row 2 only; write it on each row it applies to."
        )
        assert problems == {
            **({2: earlier} if earlier else {}),
            3: [
                f'C3: the "Rejected" merged from row 2 counts for row 2 only ({apart}); write '
                "this row's Outcome here if it is this row's too"
            ],
        }


def test_a_merged_outcome_over_a_reapplication_leaves_the_new_one_open(tmp_path: Path) -> None:
    """The outside test's tracker: the role's second application, 11 days before the run, was
    Closed by the first one's merged "Rejected", with only a networking check-in left."""
    from click.testing import CliRunner

    from followup_batch.cli import main

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Company", "Position", "Round", "Interview Date", "Interview Type", "Outcome"])
    sheet.append(["Vandelay", "Sales Lead", 1, dt.datetime(2026, 3, 2), "phone", "Rejected"])
    sheet.append([None, "Sales Lead", 1, dt.datetime(2026, 11, 9), "phone", None])
    for cells in ("A2:A3", "F2:F3"):
        sheet.merge_cells(cells)
    path = tmp_path / "t1b.xlsx"
    workbook.save(path)
    result = CliRunner().invoke(
        main, ["run", str(path), "--as-of", "2026-11-20"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "2 rows — 1 Overdue, 1 Closed; 1 with problems" in result.output
    words = openpyxl.load_workbook(path, data_only=True).active
    header = [c.value for c in words[1]]
    seen = {
        r: tuple(
            words.cell(r, header.index(h) + 1).value for h in ("Follow-up status", "Next action")
        )
        for r in (2, 3)
    }
    assert seen == {2: ("Closed", "—"), 3: ("Overdue", "1st check-in")}  # 2: networking long gone
    assert words.cell(3, header.index("Problems") + 1).value == (
        'F3: the "Rejected" merged from row 2 counts for row 2 only (row 3\'s Round 1 is not '
        "higher than row 2's Round 1: the role applied for again); write this row's Outcome "
        "here if it is this row's too"
    )


@pytest.mark.parametrize(
    ("name_cells", "column_map", "client"),
    [
        # Airtable's primary field: the record's title, not a person
        (["Data Analyst @ Initech", "PM @ Globex", "Engineer @ Hooli"], {}, None),
        # Notion's title property: the company again, or the position
        (["Initech", "Globex application", "Hooli"], {}, None),
        (["Data Analyst", "PM", "Hooli role"], {}, None),
        # a coach's sheet: the clients' names
        (["Maya Chen", "Jo Park", "Maya Chen"], {}, "Maya Chen"),
        # titles, but the user says whose: mapped, read
        (
            ["Data Analyst @ Initech", "PM @ Globex", "Engineer"],
            {"Name": "client"},
            "Data Analyst @ Initech",
        ),
    ],
)
def test_a_name_column_of_record_titles_is_not_the_client(
    tmp_path: Path, name_cells: list[str], column_map: dict[str, str], client: str | None
) -> None:
    """An Airtable export's first column, "Name", holds "Data Analyst @ Initech": read as the
    Client, it signed the drafts with a job title and counted one person's tracker as a
    client per row."""
    path = tmp_path / "Interviews-Grid view.csv"
    rows = [
        f"{name},{company},{position},2026-11-16"
        for name, company, position in zip(
            name_cells, ["Initech", "Globex", "Hooli"], ["Data Analyst", "PM", "Engineer"],
            strict=True,
        )
    ]  # fmt: skip
    path.write_text("Name,Company,Role,Interview Date\n" + "\n".join(rows) + "\n")
    table = read_one(path, ReadOptions(column_map=column_map))
    if client is None:
        assert "client" not in table.mapping
        assert "Name" in table.ignored
        assert any(n.startswith('"Name" (A) holds each row\'s title') for n in table.notes)
    else:
        assert table.mapping["client"] == 0
        assert table.cells["client"].iloc[0] == client


# Google Sheets fills a checkbox column down the sheet; its CSV export writes each box as
# TRUE/FALSE, in the sheet's language.
CHECKBOX_TEXTS = ["FALSE", "TRUE", "false", "True", "WAHR", "FALSCH", "VRAI", "FAUX"]
CHECKBOX_TEXTS += ["VERDADERO", "FALSO", " FALSE ", "VERO", "WAAR", "ONWAAR", "VERDADEIRO"]


@pytest.mark.parametrize("text", CHECKBOX_TEXTS)
def test_a_csv_row_of_checkbox_text_alone_is_not_a_row(tmp_path: Path, text: str) -> None:
    lines = ["Company,Position,Interview Date,Thank-you Sent,Followed Up"]
    lines += [f"Acme,Dev,2026-11-03,{text},{text}", f",,,{text},{text}"] * 2
    lines += ["--- Archive ---,,,FALSE,FALSE"]
    path = tmp_path / "checkboxes.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_one(path, ReadOptions())
    assert list(table.cells.index) == [2, 4]
    assert table.skipped_rows == {
        6: "looks like a group label (one cell, such as Archive or March 2026)"
    }


# One cell of free text, no date: a note to oneself, skipped like a group label.
NOTE_ROWS = [
    ("Company", "NOTE: Initech recruiter said they are slow in December"),
    ("Company", "Notes: ask Jim about Globex referral bonus"),
    ("Company", "nb - Hooli wants a portfolio"),
    ("Company", "Reminder: send the Globex samples"),
    ("Company", "I should ask Dana about the team's roadmap"),
    ("Position", "they said the role might move to Berlin"),
    ("Notes", "remember to bring portfolio next time"),
    ("Notes", "good"),
    ("Share", "our churn numbers"),
]
# One cell that is a row begun: a company, a position or a date alone still needs its details.
ROWS_BEGUN = [
    ("Company", "Acme"),
    ("Company", "Notion"),
    ("Company", "Federal Reserve Bank of New York"),
    ("Company", "The Church of Jesus Christ of Latter-day Saints"),
    ("Company", "Noted Labs"),
    ("Company", "NB-Ventures"),
    ("Position", "Senior software engineer in test, payments platform"),
    ("Interview Date", "waiting for them to say when we meet"),
]


@pytest.mark.parametrize(("column", "text"), NOTE_ROWS + ROWS_BEGUN)
def test_a_one_cell_note_is_skipped_and_a_one_cell_row_begun_is_kept(
    tmp_path: Path, column: str, text: str
) -> None:
    headers = ["Company", "Position", "Interview Date", "Notes", "Share"]
    lines = [",".join(headers), "Acme,Dev,2026-11-03,,"]
    lines.append(",".join(f'"{text}"' if h == column else "" for h in headers))
    path = tmp_path / "notes.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_one(path, ReadOptions())
    if (column, text) in NOTE_ROWS:
        assert list(table.cells.index) == [2]
        assert table.skipped_rows == {3: "looks like a note (one cell of text, no date)"}
        assert "Row 3 looks like a note (one cell of text, no date) and was skipped." in (
            table.notes
        )
    else:
        assert list(table.cells.index) == [2, 3]
        assert table.skipped_rows == {}


TRACKER_HEADER = "Company,Position,Interview Date,Interview Type,Outcome,Notes"


# A last row under rows that each hold a Company and a Position: the reader stops looking at
# columns for one-cell and defaults-only rows only once no row can be either, so an odd row
# is found in the last column it looks at (Outcome: the default-prone columns come last).
@pytest.mark.parametrize(
    ("last_row", "skipped"),
    [
        (
            ",,,,Ghosted by HR,",
            {6: "holds only a stage or defaults (no company, position, date or contact)"},
        ),
        (",,,,ARCHIVE,", {6: "looks like a group label (one cell, such as Archive or March 2026)"}),
        (",,,,,remember to bring portfolio", {6: "looks like a note (one cell of text, no date)"}),
        ("Globex,,,,Pending,", {}),
        (
            ",,,phone,Pending,",
            {6: "holds only a stage or defaults (no company, position, date or contact)"},
        ),
    ],
)
def test_an_odd_last_row_under_full_rows_is_found(
    tmp_path: Path, last_row: str, skipped: dict[int, str]
) -> None:
    lines = [TRACKER_HEADER, *["Acme,Dev,2026-11-03,phone,,"] * 4, last_row]
    path = tmp_path / "odd.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_one(path, ReadOptions())
    assert table.skipped_rows == skipped
    assert list(table.cells.index) == [2, 3, 4, 5, *([] if skipped else [6])]


ANOTHER_TABLE = "Row 5 starts another table (its header: {}); the rows from there on are not read"


@pytest.mark.parametrize(
    ("row_5", "rows_read", "note"),
    [
        # Another table, under its own header: reading stops at that header.
        ("Company,Position,Date Applied,Outcome", [2], "Company, Position, Date Applied, Outcome"),
        (",Employer,Role,Applied On", [2], "Employer, Role, Applied On"),
        ("Company,Date Applied,Contact,Email", [2], "Company, Date Applied, Contact, Email"),
        # The tracker's own header again, whole or in part: skipped, the rows under it read.
        (TRACKER_HEADER, [2, 6], None),
        ("Company,Position,Interview Date", [2, 6], None),
        # Rows whose values are header words, but which hold data.
        ("Acme,Recruiter,,Phone,Applied", [2, 5, 6], None),
        ("Status,Contact,2026-11-04,Phone,Applied", [2, 5, 6], None),
        # An outside re-test: a Source of "Company" and a Contact of "Recruiter" beside its
        # status "Applied" made a row a header, and it and every row after it were dropped.
        ("Globex,Engineer,,,Applied,Recruiter,Company", [2, 5, 6], None),
        ("Globex,Recruiter,,Phone,Applied,Company", [2, 5, 6], None),
    ],
)
def test_a_header_of_another_table_ends_the_tracker(
    tmp_path: Path, row_5: str, rows_read: list[int], note: str | None
) -> None:
    lines = [TRACKER_HEADER, "Acme,Analyst,2026-11-16,Video,Interviewing,good", ""]
    lines += ["Applications (no interview yet)", row_5, "Hooli,ML Eng,2026-11-02,Applied"]
    path = tmp_path / "two tables.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_one(path, ReadOptions())
    assert list(table.cells.index) == rows_read
    cut = [n for n in table.notes if "starts another table" in n]
    if note is None:
        assert cut == []
    else:
        assert cut == [ANOTHER_TABLE.format(note) + " — put it on its own sheet to have it read."]


@pytest.mark.parametrize(
    ("tables", "columns", "note"),
    [
        # The person's own Table beside the tracker's, on its header row: not the tracker's.
        (
            {"Jobs": "A1:D3", "Contacts": "F1:G3"},
            {"company": "A", "position": "B", "interview_at": "C"},
            'Columns F:G are the Excel Table "Contacts", not the tracker: they are left alone.',
        ),
        (
            {"Contacts": "F1:G3"},
            {"company": "A", "position": "B", "interview_at": "C"},
            'Columns F:G are the Excel Table "Contacts", not the tracker: they are left alone.',
        ),
        # Without a Table to say so, or a Table that is not on the header row: read as today.
        ({}, {"company": "A", "position": "B", "interview_at": "C", "interviewer": "F"}, None),
        (
            {"Jobs": "A1:D3", "Later": "F2:G3"},
            {"company": "A", "position": "B", "interview_at": "C", "interviewer": "F"},
            None,
        ),
        # An empty column alone is no boundary: a spacer between one's own columns is common.
        (
            {"Jobs": "A1:D3"},
            {"company": "A", "position": "B", "interview_at": "C", "interviewer": "F"},
            None,
        ),
    ],
)
def test_a_table_of_ones_own_beside_the_tracker_is_not_read(
    tmp_path: Path, tables: dict[str, str], columns: dict[str, str], note: str | None
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Company", "Position", "Interview Date", "Salary", None, "Contact", "Phone"])
    sheet.append(["Acme", "Analyst", dt.datetime(2026, 11, 16), 90000, None, "Jim", "555-1234"])
    sheet.append(["Globex", "Eng", dt.datetime(2026, 11, 17), 120000, None, "Ann", "555-9876"])
    for name, ref in tables.items():
        sheet.add_table(Table(displayName=name, ref=ref))
    path = tmp_path / "side table.xlsx"
    workbook.save(path)
    table = read_one(path, ReadOptions())
    assert {f: get_column_letter(c + 1) for f, c in table.mapping.items()} == columns
    others = [n for n in table.notes if "Excel Table" in n]
    assert others == ([] if note is None else [note])


CONTACTS_NOTE = 'Columns F:G are the Excel Table "Contacts", not the tracker: they are left alone.'
TWO_INTERVIEWERS = (
    'Several columns read as Interviewer: "Interviewer" (column D), "Contact" (column F); '
    'using "Interviewer" (column D), the others are left alone.'
)


@pytest.mark.parametrize(
    ("tables", "notes"),
    [
        # The person's Contacts table: its "Contact" is no rival of the tracker's Interviewer.
        ({"Jobs": "A1:D3", "Contacts": "F1:G3"}, [CONTACTS_NOTE]),
        ({"Contacts": "F1:G3"}, [CONTACTS_NOTE]),
        # Without a Table to say so, the column beside is read by its header, as a rival.
        ({}, [TWO_INTERVIEWERS]),
    ],
)
def test_a_table_of_ones_own_beside_the_tracker_is_no_rival(
    tmp_path: Path, tables: dict[str, str], notes: list[str]
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Company", "Position", "Interview Date", "Interviewer", None, "Contact", "Phone"])
    sheet.append(["Acme", "Analyst", dt.datetime(2026, 11, 16), "Ann", None, "Jim", "555-1234"])
    sheet.append(["Globex", "Eng", dt.datetime(2026, 11, 17), "Bo", None, "Ann", "555-9876"])
    for name, ref in tables.items():
        sheet.add_table(Table(displayName=name, ref=ref))
    path = tmp_path / "side table.xlsx"
    workbook.save(path)
    table = read_one(path, ReadOptions())
    columns = {f: get_column_letter(c + 1) for f, c in table.mapping.items()}
    assert columns == {"company": "A", "position": "B", "interview_at": "C", "interviewer": "D"}
    assert [n for n in table.notes if "Excel Table" in n or "Several columns" in n] == notes
