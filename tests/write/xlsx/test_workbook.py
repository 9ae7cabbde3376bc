"""Write-back into xlsx: reopen the written file and check what a person would see."""

from __future__ import annotations

import csv
import dataclasses
import datetime
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from corpus import EXCEL_MADE, require
from libreoffice import needs_soffice, recalculated
from openpyxl.formatting.rule import CellIsRule
from openpyxl.worksheet.table import Table
from trackers import write_xlsx

from followup_batch.batch import RunOptions, process_file
from followup_batch.config import load_config
from followup_batch.errors import FileLocked, UnsafeWrite
from followup_batch.read import RawTable
from followup_batch.write import write_results
from followup_batch.write.columns import OWNED_COLUMNS

AS_OF = datetime.date(2026, 3, 2)
USER_HEADERS = [
    "Company",
    "Position",
    "Interview Date",
    "Interview Type",
    "Seniority",
    "Outcome",
    "Notes",
    "Days since",
]
MAPPING = {
    "company": 0,
    "position": 1,
    "interview_at": 2,
    "interview_type": 3,
    "seniority": 4,
    "outcome": 5,
    "topic": 6,
}
# Owned columns land right of the user's 8 columns: I (status) .. R (problems).
OWNED = {key: openpyxl.utils.get_column_letter(9 + i) for i, key in enumerate(OWNED_COLUMNS)}
LAST = OWNED[list(OWNED_COLUMNS)[-1]]  # the owned block is I .. LAST
LAST_COLUMN = 8 + len(OWNED_COLUMNS)


def build_tracker(path: Path, *, with_table: bool = False) -> Path:
    """A realistic tracker: a title row, header on row 2, a blank row, a formula column."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet["A1"] = "My job hunt"
    sheet.append(USER_HEADERS)
    rows = [
        ["Acme", "Engineer", datetime.datetime(2026, 2, 20), "Video", "Senior", "Applied", "APIs"],
        ["Globex", "Analyst", datetime.datetime(2026, 2, 23), "phone", "mid", "", ""],
        [],
        ["Initech", "Manager", datetime.datetime(2026, 2, 25), "onsite", "", "offer", ""],
    ]
    for offset, values in enumerate(rows):
        row = 3 + offset
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row, column=column, value=value)
        if values:
            sheet.cell(row=row, column=8, value=f"=TODAY()-C{row}")
    sheet.column_dimensions["A"].width = 31
    sheet.conditional_formatting.add(
        "A3:A6",
        CellIsRule(
            operator="equal",
            formula=['"Acme"'],
            fill=openpyxl.styles.PatternFill("solid", start_color="00FF00"),
        ),
    )
    if with_table:
        table = Table(displayName="Interviews", ref="A2:H6")
        table._initialise_columns()
        for column, name in zip(table.tableColumns, USER_HEADERS, strict=True):
            column.name = name
        sheet.add_table(table)
    else:
        sheet.auto_filter.ref = "A2:H6"
    book.create_sheet("Notes")["B2"] = "keep me"
    book.save(path)
    return path


def raw_table(path: Path, more_rows: tuple[int, ...] = ()) -> RawTable:
    # The cells the writer reads: the company, and the enumerated columns it gives drop-downs;
    # ``more_rows``: rows the user has filled in below them since.
    cells = pd.DataFrame(
        {
            "company": ["Acme", "Globex", "Initech"],
            "interview_type": ["Video", "phone", "onsite"],
            "seniority": ["Senior", "mid", None],
            "outcome": ["Applied", None, "offer"],
        },
        index=[3, 4, 6],
    )
    cells = cells.reindex([*cells.index, *more_rows])
    return RawTable(
        path=path,
        sheet="Tracker",
        kind="xlsx",
        header_row=2,
        headers=list(USER_HEADERS),
        mapping=dict(MAPPING),
        ignored=["Days since"],
        cells=cells,
    )


@pytest.fixture
def results(make_results):
    return make_results(
        {
            3: {
                "status": "Overdue",
                "next_action": "1st check-in",
                "next_due": datetime.date(2026, 2, 27),
                "thank_you_due": datetime.date(2026, 2, 21),
                "check_in_1_due": datetime.date(2026, 2, 27),
                "why": "1st check-in: 5 bd after",
                "problems": "",
            },
            4: {"status": "Needs info", "next_action": "—", "problems": '=HYPERLINK("x")\x07bad'},
            6: {"status": "Closed", "next_action": "—", "why": "+offer accepted"},
        }
    )


@pytest.fixture
def tracker(tmp_path: Path) -> Path:
    return build_tracker(tmp_path / "tracker.xlsx")


@pytest.fixture
def run():
    def write_and_open(
        path: Path,
        results: pd.DataFrame,
        as_of: datetime.date = AS_OF,
        target: Path | None = None,
        **options,
    ) -> openpyxl.Workbook:
        more = tuple(row for row in results.index if row not in (3, 4, 6))
        write_results(raw_table(path, more), results, target or path, as_of, **options)
        return openpyxl.load_workbook(target or path)

    return write_and_open


def sheet_xml(path: Path, part: str = "xl/worksheets/sheet1.xml") -> bytes:
    with zipfile.ZipFile(path) as package:
        return package.read(part)


def test_owned_headers_appended_right_of_user_columns(tracker, results, run):
    sheet = run(tracker, results)["Tracker"]
    assert [sheet.cell(row=2, column=c).value for c in range(1, 9)] == USER_HEADERS
    assert [sheet[f"{OWNED[k]}2"].value for k in OWNED_COLUMNS] == list(OWNED_COLUMNS.values())


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (f"{OWNED['next_due']}3", datetime.datetime(2026, 2, 27)),
        (f"{OWNED['thank_you_due']}3", datetime.datetime(2026, 2, 21)),
        (f"{OWNED['check_in_1_due']}3", datetime.datetime(2026, 2, 27)),
        (f"{OWNED['next_due']}4", None),
        (f"{OWNED['status']}3", "Overdue"),
        (f"{OWNED['next_action']}6", "—"),
        (f"{OWNED['problems']}3", None),
    ],
)
def test_values(tracker, results, cell, expected, run):
    assert run(tracker, results)["Tracker"][cell].value == expected


def test_dates_are_date_cells_with_iso_format(tracker, results, run):
    cell = run(tracker, results)["Tracker"][f"{OWNED['next_due']}3"]
    assert cell.is_date
    assert cell.number_format == "yyyy-mm-dd"


LONG_WHY = (  # one line of 140 characters: three lines at the Why's width of 60
    "1st check-in: 5 bd −2 fast industry (Tech) +2 senior = 5 bd after Fri 2026-11-20 → "
    "Mon 2026-11-30 (skipped Thanksgiving Day Thu 11-26)"
)
LINES = "\n".join(f"line {n}" for n in range(1, 6))  # five short lines
DRAFT = "Hello,\n\nThank you for your time.\n\nBest,\nMaya"


@pytest.mark.parametrize(
    ("why", "problems", "draft", "user_height", "height"),
    [
        # One line each: the row keeps no height of its own.
        ("1st check-in: 5 bd after", "", "", None, None),
        ("1st check-in: 5 bd after", "C3: not a date", "", None, None),
        # Problems of two, three, five lines: the row shows four (15 points a line), the
        # fifth clipped inside the row.
        ("one", "C3: not a date\nF3: holds 2 dates", "", None, 30),
        ("one", "\n".join(LINES.split("\n")[:3]), "", None, 45),
        ("one", LINES, "", None, 60),
        # A Why of two, three, five lines: the row shows two, the first about the next action.
        ("1st check-in: 5 bd after\nThank-you: sent", "", "", None, 30),
        ("\n".join(LINES.split("\n")[:3]), "", "", None, 30),
        (LINES, "", "", None, 30),
        (LINES, "C3: not a date\nF3: holds 2 dates\nI3: unknown", "", None, 45),
        # One long line, wrapped at the column's width (60 for the Why, 40 for Problems).
        (LONG_WHY, "", "", None, 30),
        ("one", LONG_WHY, "", None, 60),
        # The draft never makes a row taller, but gets it a height, to clip it in the row.
        ("one", "", DRAFT, None, 15),
        # A height the person set: kept when tall enough, grown when not.
        ("one\ntwo", "", "", 80, 80),
        ("one", "a\nb\nc", "", 20, 45),
        ("one", "", DRAFT, 40, 40),
    ],
)
def test_rows_grow_to_show_why_and_problems(
    tracker, make_results, run, why, problems, draft, user_height, height
):
    """Found by an outside tester (ot144 F2): a two-line Problems cell in a row one line
    high was drawn by LibreOffice over the row below, both unreadable. A row now shows two
    lines of its Why and four of its Problems, wrapped, and has a height whenever a cell of
    the tool's holds more than a line: LibreOffice then clips the rest inside the row."""
    if user_height is not None:
        book = openpyxl.load_workbook(tracker)
        book["Tracker"].row_dimensions[3].height = user_height
        book.save(tracker)
    results = make_results(
        {
            3: {"status": "Overdue", "why": why, "problems": problems, "draft": draft},
            4: {"status": "Needs info", "next_action": "—"},
            6: {"status": "Closed", "next_action": "—"},
        }
    )
    sheet = run(tracker, results)["Tracker"]
    assert sheet.row_dimensions[3].height == height
    assert sheet.row_dimensions[2].height is None  # the header row: untouched
    assert sheet.row_dimensions[4].height is None  # nothing to show beyond a line
    for key, text in (("why", why), ("problems", problems), ("draft", draft)):
        alignment = sheet[f"{OWNED[key]}3"].alignment
        assert (alignment.wrap_text, alignment.vertical) == (
            (True, "top") if text else (None, None)
        )
    assert sheet[f"{OWNED['why']}3"].value == why  # the whole text is in the cell
    before = tracker.read_bytes()
    run(tracker, results)
    assert tracker.read_bytes() == before  # a second run writes nothing


def test_a_row_the_tool_grew_stays_grown(tracker, make_results, run):
    """A row's height says nothing of who set it: a script's write (``write_results``, no
    record of the heights the tool left: ``test_heights_across_runs``) whose Problems are
    shorter than the last one's leaves the row as tall as it is, as it leaves a height the
    person chose."""
    three = make_results({3: {"status": "Overdue", "problems": "one\ntwo\nthree"}})
    assert run(tracker, three)["Tracker"].row_dimensions[3].height == 45
    one = make_results({3: {"status": "Overdue", "problems": "one"}})
    sheet = run(tracker, one, as_of=AS_OF + datetime.timedelta(days=1))["Tracker"]
    assert sheet.row_dimensions[3].height == 45


def test_the_first_run_after_an_upgrade_grows_the_rows(tracker, make_results, run):
    """A workbook an earlier version wrote holds the same cells, its rows one line high: the
    run writes it all the same, to show the Why whole, and the run after writes nothing."""
    results = make_results({3: {"status": "Overdue", "why": "one\ntwo"}})
    run(tracker, results)
    edit_sheet(tracker, lambda xml: xml.replace(b' ht="30" customHeight="1"', b""))
    assert openpyxl.load_workbook(tracker)["Tracker"].row_dimensions[3].height is None
    assert run(tracker, results)["Tracker"].row_dimensions[3].height == 30
    before = tracker.read_bytes()
    run(tracker, results)
    assert tracker.read_bytes() == before


def test_header_style_and_comments(tracker, results, run):
    sheet = run(tracker, results)["Tracker"]
    status = sheet[f"{OWNED['status']}2"]
    assert status.font.bold
    assert status.fill.fgColor.rgb.endswith("DCE6F1")
    assert status.comment.text == (
        "Generated by followup-batch — overwritten on every run\nas of 2026-03-02"
    )
    assert sheet[f"{OWNED['why']}2"].comment.text == (
        "Generated by followup-batch — overwritten on every run"
    )
    assert sheet["A2"].comment is None and not sheet["A2"].font.bold


def test_formula_injection_reads_back_as_text(tracker, results, run):
    run(tracker, results)
    sheet = openpyxl.load_workbook(tracker)["Tracker"]
    problems, why = sheet[f"{OWNED['problems']}4"], sheet[f"{OWNED['why']}6"]
    assert (problems.value, problems.data_type) == ('=HYPERLINK("x")bad', "s")
    assert (why.value, why.data_type) == ("+offer accepted", "s")
    assert (
        b"<f>"
        not in sheet_xml(tracker).split(f'r="{OWNED["problems"]}4"'.encode())[1].split(b"</c>")[0]
    )


LAST_LINE = "Final follow-up: … → Tue 2026-12-15"
TOO_LONG_FOR_A_CELL = {
    "fits: whole": ("y" * 32_767, "y" * 32_767),
    "one word: cut, with …": ("x" * 40_000, "x" * 32_766 + "…"),
    "words: cut after a word": ("Zz 9/ " * 6_000, ("Zz 9/ " * 5_461).rstrip() + "…"),
    # Every line kept: the long one shortened, the short ones whole (ot12 F4).
    "lines: each kept": (
        "1st check-in: due\n" + "Zz 9/ " * 6_000 + "\n" + LAST_LINE,
        "1st check-in: due\n" + ("Zz 9/ " * 5_452).rstrip() + "…\n" + LAST_LINE,
    ),
}


@pytest.mark.parametrize(
    ("text", "cell"), TOO_LONG_FOR_A_CELL.values(), ids=TOO_LONG_FOR_A_CELL.keys()
)
def test_text_capped_at_excel_cell_limit(tracker, make_results, run, text, cell):
    sheet = run(tracker, make_results({3: {"why": text}}))["Tracker"]
    assert sheet[f"{OWNED['why']}3"].value == cell
    assert len(cell) <= 32_767


def test_blank_rows_between_data_rows_untouched(tracker, results, run):
    sheet = run(tracker, results)["Tracker"]
    assert all(sheet[f"{OWNED[k]}5"].value is None for k in OWNED_COLUMNS)


def test_user_content_untouched(tracker, results, run):
    before = openpyxl.load_workbook(tracker)
    after = run(tracker, results)
    old, new = before["Tracker"], after["Tracker"]
    for row in range(1, 8):
        for column in range(1, 9):
            assert new.cell(row, column).value == old.cell(row, column).value
    assert new["H3"].value == "=TODAY()-C3"
    assert new.column_dimensions["A"].width == 31
    assert new.auto_filter.ref == f"A2:{LAST}6"  # widened over the owned columns: filter by status
    assert after.sheetnames == ["Tracker", "Notes"]
    assert after["Notes"]["B2"].value == "keep me"


def test_column_widths_for_owned_columns_only(tracker, results, run):
    sheet = run(tracker, results)["Tracker"]
    assert sheet.column_dimensions[OWNED["why"]].width == 60
    assert sheet.column_dimensions["B"].width != 60


def test_a_width_the_user_gives_a_tool_column_is_kept(tracker, results, run):
    book = run(tracker, results)
    book["Tracker"].column_dimensions[OWNED["next_action"]].width = 41
    book.save(tracker)
    sheet = run(tracker, results, as_of=AS_OF + datetime.timedelta(days=1))["Tracker"]
    assert sheet.column_dimensions[OWNED["next_action"]].width == 41
    assert sheet.column_dimensions[OWNED["why"]].width == 60


DATE_HEADERS = ("thank_you_due", "check_in_1_due", "final_due", "networking_due")


def with_header_row(path: Path, *, wrapped: bool, height: float | None) -> Path:
    """The tracker's header row (row 2) as the person set it: wrapped, of a height."""
    book = openpyxl.load_workbook(path)
    sheet = book["Tracker"]
    for cell in sheet[2]:
        cell.alignment = openpyxl.styles.Alignment(wrap_text=wrapped or None)
    sheet.row_dimensions[2].height = height
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("wrapped", "height", "tool_wraps", "widths"),
    [
        # A plain one-line header row: each column as wide as its header on one line.
        (False, None, False, [15, 18, 21, 16]),
        (False, 15.75, False, [15, 18, 21, 16]),
        # Wrapped headers in a row of one line: the tool's wrap too, and still fit one line
        # (a taller header would make Excel and LibreOffice grow the person's row).
        (True, None, True, [15, 18, 21, 16]),
        # Two lines of room (the tester's 32 pt row): the headers wrap into them.
        (True, 32, True, [13, 16, 18, 15]),
        (False, 32, True, [13, 16, 18, 15]),
        (True, 48, True, [13, 16, 18, 15]),
    ],
)
def test_the_tool_headers_fit_the_header_row(
    tracker, results, run, wrapped, height, tool_wraps, widths
):
    """Found by an outside tester: in a header row of wrapped text 32 pt high, the tool's
    unwrapped "Thank-you due" ran into "1st check-in due" in LibreOffice. The person's row
    height is never changed."""
    sheet = run(with_header_row(tracker, wrapped=wrapped, height=height), results)["Tracker"]
    assert [bool(sheet[f"{OWNED[k]}2"].alignment.wrap_text) for k in OWNED_COLUMNS] == [
        tool_wraps
    ] * len(OWNED_COLUMNS)
    assert [sheet.column_dimensions[OWNED[k]].width for k in DATE_HEADERS] == widths
    assert sheet.row_dimensions[2].height == height


def col_width(column: str, width: str):
    """An edit of the sheet: owned ``column``'s ``<col>`` width, as the tool wrote it, made
    ``width``."""
    index = openpyxl.utils.column_index_from_string(column)

    def edit(xml: bytes) -> bytes:
        return re.sub(
            rf'(<col min="{index}" max="{index}" width=")[^"]*'.encode(),
            rb"\g<1>" + width.encode(),
            xml,
        )

    return edit


@pytest.mark.parametrize(
    ("key", "width", "after"),
    [
        # Earlier versions' widths, narrower than a new file's: the status cut "Next step due
        # — run again" to "Next step due — run" in LibreOffice (ot27 F8), the header short.
        ("status", "16", 22),
        # The tool's usual width, narrower than its header needs: widened as a new column.
        ("thank_you_due", "13", 15),
        # A width the person chose, narrower (14, Excel's default 8.71) or wider: kept.
        ("check_in_1_due", "14", 14),
        ("next_action", "8.7109375", 8.7109375),
        ("status", "15", 15),
        ("status", "22", 22),
        ("next_action", "41", 41),
        ("why", "75.28515625", 75.28515625),
    ],
)
def test_a_tool_column_narrower_than_a_new_files_is_widened(
    tmp_path, tracker, results, run, key, width, after
):
    """A tool's column found again at a width the tool gave it, this version or an earlier
    one, narrower than a new file's, is widened to that; a width the person chose stays,
    narrower or wider; the others keep theirs; the run after writes nothing."""
    new = run(build_tracker(tmp_path / "new.xlsx"), results)["Tracker"]
    run(tracker, results)
    edit_sheet(tracker, col_width(OWNED[key], width))
    later = AS_OF + datetime.timedelta(days=1)
    sheet = run(tracker, results, as_of=later)["Tracker"]
    widths = {k: sheet.column_dimensions[OWNED[k]].width for k in OWNED_COLUMNS}
    assert widths == {k: new.column_dimensions[OWNED[k]].width for k in OWNED_COLUMNS} | {
        key: after
    }
    before = tracker.read_bytes()
    run(tracker, results, as_of=later)
    assert tracker.read_bytes() == before


def test_headers_of_an_earlier_run_wrap_when_the_row_grows(tracker, results, run):
    """The tool's headers written unwrapped; the person has since made the header row 32 pt
    high: the next run wraps them (the tool's own look is not a choice of the person's)."""
    run(tracker, results)
    edit_sheet(
        tracker, lambda xml: xml.replace(b'<row r="2"', b'<row r="2" ht="32" customHeight="1"')
    )
    sheet = run(tracker, results, as_of=AS_OF + datetime.timedelta(days=1))["Tracker"]
    assert [bool(sheet[f"{OWNED[k]}2"].alignment.wrap_text) for k in OWNED_COLUMNS] == [True] * len(
        OWNED_COLUMNS
    )
    assert sheet[f"{OWNED['thank_you_due']}2"].fill.fgColor.rgb == "FFDCE6F1"
    assert sheet.row_dimensions[2].height == 32


def test_a_row_no_longer_written_loses_the_earlier_answer(tracker, results, run):
    """Rows 3 (a live status formula) and 4 (Needs info) were written, then the person
    emptied them (or they became a totals row or a group label), so the run has no result for
    them: the tool's cells there go, and no row shows a follow-up for a row that is gone.
    What the person put in the tool's columns elsewhere stays: a count under the status
    column, a note in the Why column of a blank row, and both when saved by openpyxl (the
    formula without a cached value)."""
    book = run(tracker, results)
    sheet = book["Tracker"]
    assert sheet[f"{OWNED['status']}4"].value == "Needs info"
    # Row 3's live status as openpyxl saves it: the formula, no cached word.
    sheet[f"{OWNED['status']}3"] = '=IF($J3<>"","Sent — run again","Overdue")'
    sheet[f"{OWNED['status']}8"] = f'=COUNTIF({OWNED["status"]}3:{OWNED["status"]}6,"Overdue")'
    sheet[f"{OWNED['why']}5"] = "ask Dana about the blank row"
    book.save(tracker)
    later = AS_OF + datetime.timedelta(days=1)
    emptied = raw_table(tracker)
    emptied = dataclasses.replace(emptied, cells=emptied.cells.drop([3, 4]))  # read no more
    write_results(emptied, results.drop([3, 4]), tracker, later)
    sheet = openpyxl.load_workbook(tracker)["Tracker"]
    for row in (3, 4):
        assert [sheet[f"{OWNED[k]}{row}"].value for k in OWNED_COLUMNS] == [None] * len(OWNED)
    assert sheet[f"{OWNED['status']}6"].value == "Closed"
    assert (
        sheet[f"{OWNED['status']}8"].value
        == f'=COUNTIF({OWNED["status"]}3:{OWNED["status"]}6,"Overdue")'
    )
    assert sheet[f"{OWNED['why']}5"].value == "ask Dana about the blank row"
    assert sheet["A3"].value == "Acme"  # the writer only takes out its own cells
    before = tracker.read_bytes()
    assert not write_results(emptied, results.drop([3, 4]), tracker, later)
    assert tracker.read_bytes() == before


def edit_sheet(path: Path, edit, part: str = "xl/worksheets/sheet1.xml") -> None:
    """Change one part's XML as Excel would have saved it (what openpyxl cannot write)."""
    with zipfile.ZipFile(path) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in members:
            package.writestr(info, edit(data) if info.filename == part else data)


STATUS = OWNED["status"]
FILLED_DOWN = 'IF($K6&lt;TODAY(),"Overdue",IF($K6=TODAY(),"Due today","Scheduled"))'


def with_formula_filled_down(kind: str):
    """Row 6's status cell starts a formula the person filled down to row 9: the tool's own
    live status (shared, as Excel stores a fill) or an array formula of theirs."""
    if kind == "shared":
        first = f'<f t="shared" ref="{STATUS}6:{STATUS}9" si="0">{FILLED_DOWN}</f>'
        rest = '<f t="shared" si="0"/>'
    else:
        first = f'<f t="array" ref="{STATUS}6:{STATUS}9">IF(A6:A9&lt;&gt;"","row","")</f>'
        rest = ""

    def edit(xml: bytes) -> bytes:
        cell = re.compile(rf'<c r="{STATUS}6"[^>]*?(?:/>|>.*?</c>)'.encode(), re.S)
        xml = cell.sub(f'<c r="{STATUS}6" t="str">{first}<v>Closed</v></c>'.encode(), xml)
        below = "".join(
            f'<row r="{r}"><c r="{STATUS}{r}" t="str">{rest}<v></v></c></row>' for r in (7, 8, 9)
        )
        return xml.replace(b"</sheetData>", below.encode() + b"</sheetData>")

    return edit


def test_the_status_formula_filled_down_goes_with_the_tool_cells(tracker, results, run):
    """A person fills the live status down past the data (Excel keeps one shared formula,
    its text in row 6 only). The run writes row 6 and takes the filled cells below out with
    it: no cell is left pointing at a formula that is gone (Excel would repair the file)."""
    run(tracker, results)
    edit_sheet(tracker, with_formula_filled_down("shared"))
    sheet = run(tracker, results, as_of=AS_OF + datetime.timedelta(days=1))["Tracker"]
    xml = sheet_xml(tracker)
    assert b't="shared"' not in xml
    assert sheet[f"{STATUS}6"].value == "Closed"
    assert [sheet[f"{STATUS}{r}"].value for r in (7, 8, 9)] == [None, None, None]


def test_a_persons_array_formula_over_the_tool_column_is_refused(tracker, results, run):
    """An array formula of the person's starting in a row the tool writes would be cut from
    its other cells: refused, the file untouched, the message says what to do."""
    run(tracker, results)
    edit_sheet(tracker, with_formula_filled_down("array"))
    before = tracker.read_bytes()
    with pytest.raises(UnsafeWrite) as refused:
        run(tracker, results, as_of=AS_OF + datetime.timedelta(days=1))
    assert str(refused.value).startswith(
        f"tracker.xlsx: cell {STATUS}6, in the tool's column, starts a formula that fills "
        f"{STATUS}6:{STATUS}9;"
    )
    assert f"select {STATUS}6:{STATUS}9 and press Delete" in str(refused.value)
    assert tracker.read_bytes() == before


def with_calc_chain(path: Path) -> None:
    """What Excel adds on save: xl/calcChain.xml listing the formula cells, its relationship
    from the workbook and its content type."""
    chain = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<c r="H3" i="1"/><c r="H4"/><c r="H6"/></calcChain>'
    )
    rel = (
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/calcChain" Target="calcChain.xml"/></Relationships>'
    )
    override = (
        b'<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.calcChain+xml"/></Types>'
    )
    with zipfile.ZipFile(path) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in members:
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", rel)
            elif info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", override)
            package.writestr(info, data)
        package.writestr("xl/calcChain.xml", chain)


def test_excels_list_of_formula_cells_goes(tracker, results, run):
    """A run may turn a formula cell into a word (a live status becomes Needs info): Excel
    would read its saved list of formula cells as corrupt and offer a repair. The list goes,
    with its relationship and content type; Excel rebuilds it. Nothing else changes."""
    run(tracker, results)
    with_calc_chain(tracker)
    with zipfile.ZipFile(tracker) as package:
        before = {name: package.read(name) for name in package.namelist()}
    run(tracker, results, as_of=AS_OF + datetime.timedelta(days=1))
    with zipfile.ZipFile(tracker) as package:
        after = {name: package.read(name) for name in package.namelist()}
    assert set(before) - set(after) == {"xl/calcChain.xml"}
    assert b"calcChain" not in after["xl/_rels/workbook.xml.rels"]
    assert b"calcChain" not in after["[Content_Types].xml"]
    assert after["xl/_rels/workbook.xml.rels"] == before["xl/_rels/workbook.xml.rels"].replace(
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/calcChain" Target="calcChain.xml"/>',
        b"",
    )
    assert openpyxl.load_workbook(tracker)["Tracker"]["A3"].value == "Acme"


def test_a_header_the_user_restyles_keeps_its_look(tracker, results, run):
    """A person recolours the tool's Next action header: the next run (a different day, so
    the file is written) keeps their fill and font; the headers they left alone keep the
    tool's look, and the values' cells keep the tool's date style."""
    book = run(tracker, results)
    header = book["Tracker"][f"{OWNED['next_action']}2"]
    header.fill = openpyxl.styles.PatternFill("solid", start_color="FFFFFF00")
    header.font = openpyxl.styles.Font(bold=True, size=14, color="FFFF0000")
    book.save(tracker)
    sheet = run(tracker, results, as_of=AS_OF + datetime.timedelta(days=1))["Tracker"]
    kept = sheet[f"{OWNED['next_action']}2"]
    assert (kept.value, kept.fill.fgColor.rgb, kept.font.size, kept.font.color.rgb) == (
        "Next action",
        "FFFFFF00",
        14,
        "FFFF0000",
    )
    untouched = sheet[f"{OWNED['next_due']}2"]
    assert (untouched.fill.fgColor.rgb, untouched.font.bold) == ("FFDCE6F1", True)
    assert sheet[f"{OWNED['next_due']}3"].number_format == "yyyy-mm-dd"


def test_freeze_below_header_unless_user_froze(tmp_path, results, run):
    """Company and Position (A, B) stay in view; a user's column freeze is kept, a frozen
    header alone gains the columns."""
    assert run(build_tracker(tmp_path / "a.xlsx"), results)["Tracker"].freeze_panes == "C3"
    frozen = build_tracker(tmp_path / "b.xlsx")
    book = openpyxl.load_workbook(frozen)
    book["Tracker"].freeze_panes = "B2"
    book.save(frozen)
    assert run(frozen, results)["Tracker"].freeze_panes == "B2"
    header_only = build_tracker(tmp_path / "c.xlsx")
    book = openpyxl.load_workbook(header_only)
    book["Tracker"].freeze_panes = "A3"
    book.save(header_only)
    assert run(header_only, results)["Tracker"].freeze_panes == "C3"
    assert run(header_only, results)["Tracker"].freeze_panes == "C3"  # a re-run keeps it


def conditional_rules(sheet) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (str(cf.sqref), rule.type, tuple(rule.formula or ()))
        for cf in sheet.conditional_formatting
        for rule in cf.rules
    ]


OLD_DUE_SOON = "AND(ISNUMBER($K3),$K3>TODAY(),$K3<=WORKDAY(TODAY(),{}))"
# The colours test the status words, over the tool's columns and Company and Position (A, B).
COLOURED = f"A3:A6 B3:B6 I3:{LAST}6"  # as openpyxl reads it (sorted)
EXPECTED_RULES = [
    (COLOURED, "expression", (f'$I3="{word}"',))
    for word in (
        "Needs info",
        "Overdue",
        "Due today",
        "Due soon",
        "Sent — run again",
        "Closed",
        "Duplicate",
        "Next step due — run again",
    )
]
USER_RULE = ("A3:A6", "cellIs", ('"Acme"',))


@pytest.mark.parametrize("runs", [1, 2, 3])
def test_conditional_formats_not_duplicated(tracker, results, runs, run):
    for _ in range(runs):
        book = run(tracker, results)
    rules = conditional_rules(book["Tracker"])
    assert sorted(rules) == sorted([USER_RULE, *EXPECTED_RULES])
    priorities = [r.priority for cf in book["Tracker"].conditional_formatting for r in cf.rules]
    assert len(set(priorities)) == len(priorities)


def test_an_earlier_versions_date_rules_are_replaced(tracker, results, run):
    """Earlier versions coloured rows by their dates (``WORKDAY`` without the row's
    calendar): those rules are recognised as the tool's and replaced by the word rules."""
    from openpyxl.formatting.rule import FormulaRule

    book = openpyxl.load_workbook(tracker)
    for formula in ("AND(ISNUMBER($K3),$K3<TODAY())", OLD_DUE_SOON.format(2)):
        book["Tracker"].conditional_formatting.add(f"I3:{LAST}6", FormulaRule(formula=[formula]))
    book.save(tracker)
    rules = conditional_rules(run(tracker, results)["Tracker"])
    assert sorted(rules) == sorted([USER_RULE, *EXPECTED_RULES])


def test_config_due_soon_reaches_the_workbook(tmp_path):
    """The live status counts "due soon" with the config's number of business days."""
    config_file = tmp_path / "coach.toml"
    config_file.write_text("[rules.status]\ndue_soon_bd = 3\n", encoding="utf-8")
    path = tmp_path / "tracker.xlsx"
    write_xlsx(
        path,
        {"Tracker": [["Company", "Position", "Interview Date"], ["Acme", "Dev", AS_OF]]},
    )
    process_file(path, load_config(config_file), RunOptions(AS_OF + datetime.timedelta(days=3)))
    assert b",1)+3)" in sheet_xml(path)
    assert b",1)+2)" not in sheet_xml(path)


def test_conditional_formats_follow_more_rows(tracker, results, make_results, run):
    run(tracker, results)
    more = make_results({3: {"status": "Waiting"}, 9: {"status": "Closed"}})
    rules = conditional_rules(run(tracker, more)["Tracker"])
    assert sorted({sqref for sqref, _t, _f in rules}) == ["A3:A6", f"A3:A9 B3:B9 I3:{LAST}9"]
    assert len(rules) == 9


def test_rule_colours(tracker, results, run):
    book = run(tracker, results)
    looks = [
        (rule.dxf.fill.fgColor.rgb[-6:] if rule.dxf.fill else None, rule.dxf.font.color.rgb[-6:])
        for cf in book["Tracker"].conditional_formatting
        for rule in cf.rules
        if rule.type == "expression"
    ]
    # needs info first: a row that needs fixing is never painted overdue; a duplicate is grey
    # text on the row's own fill
    assert looks == [
        ("E4DFEC", "3F3151"),
        ("FFC7CE", "9C0006"),
        ("FFD8A8", "7F3F00"),
        ("FFEB9C", "9C5700"),
        ("C6EFCE", "006100"),
        ("EDEDED", "808080"),
        (None, "A6A6A6"),
        ("FFC7CE", "9C0006"),
    ]


def validations(sheet) -> list[tuple[str, str]]:
    return sorted((str(dv.sqref), dv.formula1) for dv in sheet.data_validations.dataValidation)


@pytest.mark.parametrize("runs", [1, 2])
def test_validations_on_enumerated_columns(tracker, results, runs, run):
    for _ in range(runs):
        sheet = run(tracker, results)["Tracker"]
    assert validations(sheet) == [
        ("D3:D6", '"phone,video,onsite,panel,final,chat,other"'),
        ("E3:E6", '"entry,mid,senior,executive"'),
        (
            "F3:F6",
            '"not applied,applied,interviewing,offer,hired,accepted,rejected,withdrawn,ghosted,'
            'on hold"',
        ),
    ]
    assert not any(dv.showErrorMessage for dv in sheet.data_validations.dataValidation)


def test_user_validation_kept_and_not_doubled(tracker, results, run):
    book = openpyxl.load_workbook(tracker)
    mine = openpyxl.worksheet.datavalidation.DataValidation(type="list", formula1='"A,B"')
    mine.add("E3:E100")
    book["Tracker"].add_data_validation(mine)
    book.save(tracker)
    sheet = run(run_path := tracker, results)["Tracker"]
    sheet = run(run_path, results)["Tracker"]
    assert [v for v in validations(sheet) if v[0].startswith("E")] == [("E3:E100", '"A,B"')]


def test_excel_table_extended_over_owned_columns(tmp_path, results, run):
    path = build_tracker(tmp_path / "table.xlsx", with_table=True)
    for _ in range(2):
        table = run(path, results)["Tracker"].tables["Interviews"]
    assert table.ref == f"A2:{LAST}6"
    assert table.autoFilter.ref == f"A2:{LAST}6"
    names = [column.name for column in table.tableColumns]
    assert names == USER_HEADERS + list(OWNED_COLUMNS.values())
    ids = [column.id for column in table.tableColumns]
    assert len(set(ids)) == len(ids)


def with_tables(path: Path, *tables: Table) -> Path:
    book = openpyxl.load_workbook(path)
    sheet = book["Tracker"]
    sheet.auto_filter.ref = None
    for table in tables:
        sheet.add_table(table)
    book.save(path)
    return path


def named_table(name: str, ref: str, headers: list[str], **options) -> Table:
    table = Table(displayName=name, ref=ref, **options)
    table._initialise_columns()
    for column, header in zip(table.tableColumns, headers, strict=True):
        column.name = header
    return table


def test_a_table_with_a_totals_row_keeps_its_filter_above_it(tmp_path, results, run):
    """The filter of a table with a totals row ends above that row (Excel's own layout): it
    is widened to the right only."""
    path = build_tracker(tmp_path / "totals.xlsx")
    book = openpyxl.load_workbook(path)
    book["Tracker"]["A7"] = "Total"
    book.save(path)
    table = named_table("Interviews", "A2:H7", USER_HEADERS, totalsRowCount=1)
    table.autoFilter.ref = "A2:H6"
    with_tables(path, table)
    widened = run(path, results)["Tracker"].tables["Interviews"]
    assert (widened.ref, widened.autoFilter.ref) == (f"A2:{LAST}7", f"A2:{LAST}6")


def test_tables_that_are_not_the_trackers_stay_as_they_are(tmp_path, results, run):
    """A small table of the person's right of the tracker on its header row, and a tracker
    table that is the result of a query (a refresh would bring its rows back in the source's
    order, away from the tool's cells): neither is widened."""
    side = with_tables(
        build_tracker(tmp_path / "side.xlsx"), named_table("Side", "I2:J4", ["Goal", "N"])
    )
    book = openpyxl.load_workbook(side)
    for row, values in enumerate([["Goal", "N"], ["apps", 10], ["calls", 3]], start=2):
        for column, value in enumerate(values, start=9):
            book["Tracker"].cell(row, column, value)
    book.save(side)
    assert run(side, results)["Tracker"].tables["Side"].ref == "I2:J4"
    query = with_tables(
        build_tracker(tmp_path / "query.xlsx"),
        named_table("Interviews", "A2:H6", USER_HEADERS, tableType="queryTable"),
    )
    assert run(query, results)["Tracker"].tables["Interviews"].ref == "A2:H6"


@pytest.mark.parametrize(
    ("fixed", "noted"),
    [
        # The next day's answers differ (row 4's problem fixed): written, dated that day.
        (True, "as of 2026-03-03"),
        # The same answers the next day: the workbook is left as it is, its date kept (ot109
        # F1).
        (False, "as of 2026-03-02"),
    ],
)
def test_second_run_finds_owned_columns(tracker, results, run, fixed, noted):
    run(tracker, results)
    later = results.copy()
    if fixed:
        later.loc[4, ["status", "problems"]] = ["Closed", ""]
    sheet = run(tracker, later, as_of=AS_OF + datetime.timedelta(days=1))["Tracker"]
    headers = [c.value for c in sheet[2]]
    assert headers.count("Follow-up status") == 1
    assert sheet.max_column == LAST_COLUMN
    assert sheet[f"{OWNED['status']}2"].comment.text.endswith(noted)
    assert sheet[f"{OWNED['status']}4"].value == ("Closed" if fixed else "Needs info")


def changing_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def test_rerun_writes_identical_parts(tracker, results, tmp_path, run):
    run(tracker, results)
    first = changing_parts(tracker)
    run(tracker, results)
    second = changing_parts(tracker)
    assert first.keys() == second.keys()
    for name in first:
        assert first[name] == second[name], name


def test_output_to_new_path_leaves_source_alone(tracker, results, tmp_path, run):
    original = tracker.read_bytes()
    out = tmp_path / "out" / "new.xlsx"
    out.parent.mkdir()
    run(tracker, results, target=out)
    assert tracker.read_bytes() == original
    assert openpyxl.load_workbook(out)["Tracker"]["I3"].value == "Overdue"
    assert not (tmp_path / ".followup-backups").exists()


def test_in_place_keeps_backup_and_permissions(tracker, results, run):
    original = tracker.read_bytes()
    tracker.chmod(0o640)
    run(tracker, results)
    backups = list((tracker.parent / ".followup-backups").iterdir())
    assert len(backups) == 1 and backups[0].read_bytes() == original
    assert tracker.stat().st_mode & 0o777 == 0o640


def add_chart(tracker: Path) -> None:
    book = openpyxl.load_workbook(tracker)
    chart = openpyxl.chart.BarChart()
    chart.add_data(openpyxl.chart.Reference(book["Tracker"], min_col=8, min_row=2, max_row=6))
    book["Tracker"].add_chart(chart, "J10")
    book.save(tracker)


def test_chart_workbook_kept(tracker, results, run):
    add_chart(tracker)
    with zipfile.ZipFile(tracker) as package:
        chart = package.read("xl/charts/chart1.xml")
    run(tracker, results)
    with zipfile.ZipFile(tracker) as package:
        assert package.read("xl/charts/chart1.xml") == chart


def test_macros_survive_in_xlsm(tmp_path, make_results):
    path = tmp_path / "macro01.xlsm"
    shutil.copyfile(require(EXCEL_MADE) / "macro01.xlsm", path)
    table = RawTable(
        path=path,
        sheet=None,
        kind="xlsx",
        header_row=1,
        headers=[],
        mapping={},
        ignored=[],
        cells=pd.DataFrame(index=[2]),
    )
    write_results(table, make_results({2: {"status": "Waiting"}}), path, AS_OF)
    with zipfile.ZipFile(path) as package:
        assert "xl/vbaProject.bin" in package.namelist()
        with zipfile.ZipFile(EXCEL_MADE / "macro01.xlsm") as source:
            assert package.read("xl/vbaProject.bin") == source.read("xl/vbaProject.bin")
    book = openpyxl.load_workbook(path, keep_vba=True)
    try:
        assert book.active["A1"].value is not None
    finally:
        book.vba_archive.close()  # an in-memory zip in append mode: close it, not the GC


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_opens_output(tmp_path, results, run):
    paths = [
        build_tracker(tmp_path / "plain.xlsx"),
        build_tracker(tmp_path / "table.xlsx", with_table=True),
    ]
    for path in paths:
        run(path, results)
    out = tmp_path / "csv"
    # Filter options 44,34,76: comma-separated, double-quoted, UTF-8.
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(out),
            *map(str, paths),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    for path in paths:
        with open(out / f"{path.stem}.csv", encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[1][8:LAST_COLUMN] == list(OWNED_COLUMNS.values())
        assert rows[2][8:11] == ["Overdue", "1st check-in", "2026-02-27"]
        problems = LAST_COLUMN - 1 - list(reversed(OWNED_COLUMNS)).index("problems")
        assert rows[3][problems] == '=HYPERLINK("x")bad'  # shown as text, not evaluated
        assert rows[5][9] == "—"


@pytest.mark.parametrize(
    ("lock", "program"), [("~$tracker.xlsx", "Excel"), (".~lock.tracker.xlsx#", "LibreOffice")]
)
def test_open_workbook_refused_and_untouched(tracker, results, lock, program, run):
    (tracker.parent / lock).write_bytes(b"owner")
    original = tracker.read_bytes()
    with pytest.raises(FileLocked) as refused:
        run(tracker, results)
    assert str(refused.value).startswith(
        f"tracker.xlsx is open in {program} ({lock} exists); close it and run again. "
    )
    assert tracker.read_bytes() == original
    assert sorted(p.name for p in tracker.parent.iterdir()) == sorted([lock, "tracker.xlsx"])


def test_plain_filter_widened_over_owned_columns(tracker, results, run):
    for _ in range(2):
        sheet = run(tracker, results)["Tracker"]
    assert sheet.auto_filter.ref == f"A2:{LAST}6"


def test_owned_columns_placed_right_of_merged_cells(tracker, results, run):
    book = openpyxl.load_workbook(tracker)
    book["Tracker"]["I4"] = "note"
    book["Tracker"].merge_cells("I4:K4")
    book.save(tracker)
    sheet = run(tracker, results)["Tracker"]
    assert sheet["L2"].value == "Follow-up status"
    assert sheet["I4"].value == "note"


DRAFTS = pd.DataFrame(
    {
        "Row": [3, 4],
        "Subject": ["Thank you", "=not a formula"],
        "Due": pd.to_datetime(["2026-03-03", None]),
    }
)


def test_drafts_sheet_created_then_replaced(tracker, results, run):
    run(tracker, results, extra_sheets={"Drafts": DRAFTS})
    book = run(tracker, results, extra_sheets={"Drafts": DRAFTS.iloc[:1]})
    assert book.sheetnames == ["Tracker", "Notes", "Drafts"]
    drafts = book["Drafts"]
    assert [c.value for c in drafts[1]] == ["Row", "Subject", "Due"]
    assert drafts["A1"].font.bold
    assert [c.value for c in drafts[2]] == [3, "Thank you", datetime.datetime(2026, 3, 3)]
    assert drafts["C2"].number_format == "yyyy-mm-dd"
    assert drafts.max_row == 2
    assert drafts.freeze_panes == "A2"


def test_drafts_sheet_never_replaces_a_users_sheet(tracker, results, run):
    book = openpyxl.load_workbook(tracker)
    book.create_sheet("drafts")["A1"] = "my own drafts"
    book.save(tracker)
    for _ in range(2):
        book = run(tracker, results, extra_sheets={"Drafts": DRAFTS})
    assert book.sheetnames == ["Tracker", "Notes", "drafts", "Drafts (followup-batch)"]
    assert book["drafts"]["A1"].value == "my own drafts"
    assert book["Drafts (followup-batch)"]["B3"].value == "=not a formula"
    assert book["Drafts (followup-batch)"]["B3"].data_type == "s"


def test_reader_skips_only_the_generated_drafts_sheet(tracker, results, run):
    from followup_batch.read import xlsx_cells as xlsx_grid

    book = openpyxl.load_workbook(tracker)
    book.create_sheet("drafts")["A1"] = "my own drafts"
    book.save(tracker)
    run(tracker, results, extra_sheets={"Drafts": DRAFTS})
    grid = xlsx_grid.read_grids(tracker, "xl/workbook.xml")
    assert grid.names == ["Tracker", "Notes", "drafts", "Drafts (followup-batch)"]
    assert [sheet.name for sheet in grid.sheets] == ["Tracker", "Notes", "drafts"]
    # Named, it is still not parsed: --sheet says it is the tool's own (``read_trackers``).
    named = xlsx_grid.read_grids(tracker, "xl/workbook.xml", only="Drafts (followup-batch)")
    assert named.sheets == []
    assert named.generated == {"Drafts (followup-batch)"}


def test_output_to_a_symlink_updates_the_real_file(tracker, results, run):
    link = tracker.parent / "link.xlsx"
    link.symlink_to(tracker)
    run(tracker, results, target=link)
    assert link.is_symlink()
    assert openpyxl.load_workbook(tracker)["Tracker"]["I3"].value == "Overdue"


def test_hard_linked_tracker_refused(tracker, results, run):
    other = tracker.parent / "other-name.xlsx"
    other.hardlink_to(tracker)
    original = tracker.read_bytes()
    with pytest.raises(UnsafeWrite, match="tracker.xlsx has 2 hard links"):
        run(tracker, results)
    assert tracker.read_bytes() == original == other.read_bytes()


def test_rerun_leaves_file_and_backups_alone(tracker, results, run):
    run(tracker, results)
    first = tracker.read_bytes()
    backups = sorted((tracker.parent / ".followup-backups").iterdir())
    run(tracker, results)
    assert tracker.read_bytes() == first
    # An identical result is not written again.
    assert sorted((tracker.parent / ".followup-backups").iterdir()) == backups


def test_a_protected_structure_gets_no_new_sheet(tracker, results, run):
    """Excel lets nobody add a sheet to a workbook whose structure is protected: the tool
    does not either (refused, nothing written, the message says what to do); once its sheets
    are there, a workbook protected afterwards is kept up to date."""
    from openpyxl.workbook.protection import WorkbookProtection

    def protect(path: Path) -> None:
        book = openpyxl.load_workbook(path)
        book.security = WorkbookProtection(lockStructure=True)
        book.save(path)

    protect(tracker)
    before = tracker.read_bytes()
    with pytest.raises(UnsafeWrite, match=r"structure is protected .* add its Drafts sheet"):
        run(tracker, results, extra_sheets={"Drafts": DRAFTS})
    assert tracker.read_bytes() == before
    book = openpyxl.load_workbook(tracker)
    book.security = None
    book.save(tracker)
    run(tracker, results, extra_sheets={"Drafts": DRAFTS})
    protect(tracker)
    later = AS_OF + datetime.timedelta(days=1)
    book = run(tracker, results, as_of=later, extra_sheets={"Drafts": DRAFTS.iloc[:1]})
    assert book.sheetnames == ["Tracker", "Notes", "Drafts"]
    assert book.security.lockStructure


@needs_soffice
def test_summary_counts_a_clients_rows_under_a_merged_client_cell(tmp_path: Path) -> None:
    """The Summary counted a client's rows by the name in the Client column, so the rows under
    a Client merged over an application's rounds (empty cells to a formula), and the rows left
    blank for the file's own client, were in the total but in no client's counts. As
    LibreOffice computes the workbook, each client's counts are its rows' statuses."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Jobs"
    sheet.append(["Client", "Company", "Position", "Interview Date"])
    sheet.append(["Maya", "Acme", "Analyst", datetime.datetime(2026, 2, 2)])  # 2
    sheet.append([None, "Acme", "Analyst", datetime.datetime(2026, 2, 9)])  # 3
    sheet.append([None, "Acme", "Analyst", datetime.datetime(2026, 2, 25)])  # 4
    sheet.append(["Jonas", "Beta", "PM", datetime.datetime(2026, 2, 20)])  # 5
    sheet.append(["Maya", "Gamma", "Dev", datetime.datetime(2026, 3, 1)])  # 6
    sheet.append([None, "Delta", "QA", datetime.datetime(2026, 2, 26)])  # 7: the file's client
    sheet.merge_cells("A2:A4")
    path = tmp_path / "coach.xlsx"
    book.save(path)
    process_file(path, load_config(None), RunOptions(AS_OF))

    computed = openpyxl.load_workbook(recalculated([path], tmp_path)[path], data_only=True)
    jobs = computed["Jobs"]
    status = [c.value for c in jobs[1]].index("Follow-up status") + 1
    clients = {2: "Maya", 3: "Maya", 4: "Maya", 5: "Jonas", 6: "Maya", 7: "coach"}
    shown = {row: jobs.cell(row, status).value for row in clients}
    summary = {
        (client, word): rows
        for word, rows, client, _ in computed["Summary"].iter_rows(min_row=2, values_only=True)
    }
    for name in ("Maya", "Jonas", "coach"):
        words = [shown[row] for row, client in clients.items() if client == name]
        for word in {word for (client, word) in summary if client == name}:
            assert summary[name, word] == words.count(word), (name, word, shown)
    assert sum(summary["Maya", word] for word in set(shown.values())) == 4
    assert sum(summary["All", word] for word in set(shown.values())) == 6

    # Every status word is whole in its column ("Next step due — run again" was cut at 18).
    written = openpyxl.load_workbook(path)["Summary"]
    words = [row[0] for row in written.iter_rows(min_row=3, max_col=1, values_only=True)]
    assert "Next step due — run again" in words
    assert written.column_dimensions["A"].width >= max(len(w) for w in words if w)


def test_summary_names_a_clients_unnamed_rows_in_runs_or_keeps_the_runs_count() -> None:
    """Rows whose Client cell is empty are counted a run of rows at a time; too many runs for
    a formula, and the client's counts are the run's numbers."""
    from followup_batch.write.outbox import SheetLayout
    from followup_batch.write.xlsx.own_sheets import MAX_ROW_RUNS, _status_runs

    layout = SheetLayout("Jobs", {"status": "J"}, 2, 900)
    assert _status_runs(layout, (3, 4, 9, 5, 11, 12)) == [
        "'Jobs'!$J$3:$J$5",
        "'Jobs'!$J$9:$J$9",
        "'Jobs'!$J$11:$J$12",
    ]
    assert _status_runs(layout, ()) == []
    assert _status_runs(layout, tuple(range(2, 2 * MAX_ROW_RUNS + 3, 2))) is None
