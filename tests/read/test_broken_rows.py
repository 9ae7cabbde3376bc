"""A row whose every cell read holds an error value (#REF!, #N/A, #VALUE!: error cells in a
workbook, which calamine reads as empty; their text in a CSV saved from Excel) or a formula
without a saved value (openpyxl's '=Sheet2!A5') is a broken row a person must fix (fx228 3, 4):
``check`` lists it among the Problems by its row and cells, a plain run says it, and it is not
scheduled; it was passed over as blank in silence. A row with a value beside its errors is a
tracker row whose error cells, in the columns the tool reads, are read as blank and said in its
Problems by column and error, whichever reader read the workbook (fx243); the cells themselves
are left as they are. Through ``run`` (the workbook reopened as a person sees it) and
``check``."""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from trackers import rewrite_sheet, write_xlsx

from followup_batch.cli import main
from followup_batch.read import xlsx_cells

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


# One error cell among a row's values (fx243): read as blank, said in the row's Problems by its
# column, its error and what the tool did, counted among the run's rows with problems; the row
# needs info where a blank would, and is followed up as usual where a blank changes nothing.
# Row 2 of a tracker of one interview, as of 2026-11-20: the 1st check-in is overdue.
ROW = {
    "Company": "Acme",
    "Position": "Analyst",
    "Date Applied": dt.date(2026, 10, 1),
    "Interview Date": dt.date(2026, 11, 10),
    "Status": "Interviewed",
    "Thank-you Sent": None,
    "Interview Type": "video",
    "Notes": "SQL case study",
    "Salary": 90_000,
}
FOLLOWED_UP = ("Overdue", "1st check-in")
NEEDS_INFO = ("Needs info", "—")
# A formula as trackers have them, its value looked up elsewhere.
LOOKUP = "=VLOOKUP(A2,Interviews!A:C,3,FALSE)"

# (header, what Excel saved there: a formula's error value, an error typed in (no formula),
# or text that reads as one; the error; the row's status and next action; what the Problems
# cell's line ends with, '' for none). #SPILL! and #CALC! are errors calamine cannot read, so
# their workbooks are read by openpyxl whichever reader a test asks for.
ONE_ERROR = [
    ("Interview Date", "formula", "#N/A", NEEDS_INFO, "fix the formula or type the date"),
    ("Interview Date", "typed", "#REF!", NEEDS_INFO, "type the date in its place"),
    ("Interview Date", "formula", "#SPILL!", NEEDS_INFO, "fix the formula or type the date"),
    ("Thank-you Sent", "formula", "#VALUE!", FOLLOWED_UP, "fix the formula or type the date"),
    ("Date Applied", "formula", "#DIV/0!", FOLLOWED_UP, "fix the formula or type the date"),
    ("Company", "formula", "#NAME?", NEEDS_INFO, "fix the formula or type the value"),
    ("Status", "formula", "#NUM!", FOLLOWED_UP, "fix the formula or type the value"),
    ("Interview Type", "formula", "#CALC!", FOLLOWED_UP, "fix the formula or type the value"),
    ("Notes", "formula", "#NULL!", FOLLOWED_UP, "fix the formula or type the value"),
    ("Salary", "formula", "#N/A", FOLLOWED_UP, ""),  # a column the tool does not read
    ("Notes", "text", "#N/A", FOLLOWED_UP, ""),  # '#N/A typed as text: just text
]  # fmt: skip


def _one_error_workbook(path: Path, header: str, kind: str, error: str) -> tuple[Path, str]:
    """A tracker of ``ROW`` with ``error`` in its ``header`` column as a file holds it
    (``kind``); the cell's reference."""
    column = list(ROW).index(header)
    ref = f"{openpyxl.utils.get_column_letter(column + 1)}2"
    return _error_workbook(path, [list(ROW), [*ROW.values()]], ref, kind, error), ref


def _error_workbook(path: Path, rows: list[list[object]], at: str, kind: str, error: str) -> Path:
    """A tracker of ``rows`` whose cell ``at`` ("F3") holds ``error`` as a file holds it
    (``kind``: see ``ONE_ERROR``)."""
    ref = at.encode()
    row, column = openpyxl.utils.cell.coordinate_to_tuple(at)
    cells = [list(cells) for cells in rows]
    cells[row - 1][column - 1] = LOOKUP if kind == "formula" else error
    write_xlsx(path, {"Tracker": cells})
    # openpyxl writes the formula without a value, and "#N/A" as an error cell typed in.
    written = rb'<c r="%s"><f>([^<]*)</f><v\s*/>(?:</v>)?' % ref
    typed = b'<c r="%s" t="e"><v>%s</v></c>' % (ref, error.encode())
    saved = {
        # as Excel saves a formula: with its value, an error
        "formula": (written, rb'<c r="%s" t="e"><f>\1</f><v>%s</v>' % (ref, error.encode())),
        "typed": (re.escape(typed), typed),
        # as a script writes text (Excel's '#N/A: a shared string)
        "text": (
            re.escape(typed),
            b'<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, error.encode()),
        ),
    }
    pattern, cell = saved[kind]

    def edit(xml: bytes) -> bytes:
        made, count = re.subn(pattern, cell, xml)
        assert count == 1, xml
        return made

    rewrite_sheet(path, edit)
    return path


def _cell_xml(path: Path, ref: str) -> bytes:
    """The cell ``ref`` of the tracker's sheet as its XML holds it."""
    with zipfile.ZipFile(path) as book:
        xml = book.read("xl/worksheets/sheet1.xml")
    found = re.search(rb'<c r="%s"[ >].*?</c>' % ref.encode(), xml)
    assert found is not None
    return found[0]


@pytest.mark.parametrize("reader", ["calamine", "openpyxl"])
@pytest.mark.parametrize(("header", "kind", "error", "seen", "fix"), ONE_ERROR)
def test_an_error_cell_is_read_as_blank_and_said(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reader: str,
    header: str,
    kind: str,
    error: str,
    seen: tuple[str, str],
    fix: str,
) -> None:
    if reader == "openpyxl":  # the reader of a sheet too large for calamine
        monkeypatch.setattr(xlsx_cells, "MAX_DENSE_CELLS", -1)
    path, ref = _one_error_workbook(tmp_path / "Maya Chen.xlsx", header, kind, error)
    before = _cell_xml(path, ref)
    ran = _said("run", path)
    assert ("1 row — " in ran) and ("; 1 with problems" in ran) == bool(fix)
    sheet = openpyxl.load_workbook(path, data_only=True)["Tracker"]  # the values saved
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    shown = dict(zip(rows[0], rows[1], strict=True))
    what = "an Excel error in the cell"
    if kind == "typed":
        what = "an Excel error typed in the cell, no formula"
    line = f"{ref}: {header} holds {error} ({what}) — read as blank; {fix}"
    assert shown["Problems"] == (line if fix else None)
    assert (shown["Follow-up status"], shown["Next action"]) == seen
    assert _cell_xml(path, ref) == before  # the formula and its saved error, as they were


# The same cells in a CSV saved from Excel: each error as its text, whatever the column.
CSV_FIX = "fix the formula in the workbook this CSV was saved from, or type"


@pytest.mark.parametrize(
    ("header", "error", "seen", "fix"),
    [
        ("Interview Date", "#N/A", NEEDS_INFO, f"{CSV_FIX} the date"),
        ("Thank-you Sent", "#VALUE!", FOLLOWED_UP, f"{CSV_FIX} the date"),
        ("Company", "#REF!", NEEDS_INFO, f"{CSV_FIX} the value"),
        ("Status", "#NUM!", FOLLOWED_UP, f"{CSV_FIX} the value"),
        ("Notes", "#N/A", FOLLOWED_UP, f"{CSV_FIX} the value"),  # a CSV cannot say it is text
        ("Notes", "#n/a", FOLLOWED_UP, f"{CSV_FIX} the value"),
        ("Salary", "#DIV/0!", FOLLOWED_UP, ""),
        ("Notes", "#N/A — ask Dana", FOLLOWED_UP, ""),  # more than an error: a note
    ],
)
def test_a_csv_error_text_is_read_as_blank_and_said(
    tmp_path: Path, header: str, error: str, seen: tuple[str, str], fix: str
) -> None:
    cells = {**ROW, "Date Applied": "2026-10-01", "Interview Date": "2026-11-10", header: error}
    path = tmp_path / "Maya Chen.csv"
    text = ",".join(ROW) + "\n" + ",".join("" if v is None else str(v) for v in cells.values())
    path.write_text(text + "\n", encoding="utf-8-sig")
    ran = _said("run", path)
    assert ("1 row — " in ran) and ("; 1 with problems" in ran) == bool(fix)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = csv.DictReader(handle)
    line = f"{header} holds {error} (an Excel error in the cell) — read as blank; {fix}"
    assert row["Problems"] == (f'row 2, column "{header}": {line}' if fix else "")
    assert (row["Follow-up status"], row["Next action"]) == seen
    assert row[header] == error  # the cell as it was


def test_an_error_in_a_column_found_not_read_says_nothing(tmp_path: Path) -> None:
    """A Location of meeting rooms names no place, so it is left alone, its #N/A too."""
    path = tmp_path / "Maya Chen.csv"
    path.write_text(
        "Company,Position,Interview Date,Location\n"
        "Acme,Analyst,2026-11-10,Zoom\n"
        "Beta,Engineer,2026-11-12,Room 4B\n"
        "Gamma,PM,2026-11-13,#N/A\n",
        encoding="utf-8-sig",
    )
    ran = _said("run", path)
    assert "3 rows — 2 Overdue, 1 Due today" in ran and "with problems" not in ran
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["Location"], row["Problems"]) for row in rows] == [
        ("Zoom", ""),
        ("Room 4B", ""),
        ("#N/A", ""),
    ]


@pytest.mark.parametrize(
    ("status", "interview", "seen"),
    [
        ("", "#N/A", NEEDS_INFO),  # read as blank, it passed for an application
        ("Applied", "#REF!", NEEDS_INFO),  # the date may be a later interview's
        ("", "2026-11-10", FOLLOWED_UP),  # the date: followed up as usual
        ("", "", ("Overdue", "Application check-in")),  # no date at all: an application
    ],
)
def test_an_error_where_the_interview_date_belongs_makes_the_row_wait_for_it(
    tmp_path: Path, status: str, interview: str, seen: tuple[str, str]
) -> None:
    """With a date applied, an Interview Date of #N/A read as blank made the row an
    application, and drafted an application check-in for an interview that may have been:
    the row needs info, its Problems line says which cell."""
    path = tmp_path / "Maya Chen.csv"
    path.write_text(
        f"Company,Position,Date Applied,Interview Date,Status\nAcme,Analyst,2026-10-01,"
        f"{interview},{status}\n",
        encoding="utf-8-sig",
    )
    _said("run", path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = csv.DictReader(handle)
    assert (row["Follow-up status"], row["Next action"]) == seen
    assert row["Problems"].startswith('row 2, column "Interview Date": Interview Date holds #') == (
        interview.startswith("#")
    )


# An error in a column a field is taken from once the values of the columns its header shares
# are weighed (``normalise.roles``), not by the header itself: read as blank and said as in the
# header's choice, whichever column is read in the end, and said only in one that is (fx254).
# (the tracker; the status and next action of the row holding the error; the header and what
# its cell should hold in that row's Problems, None when the column is left alone.)
RIVAL_ERRORS = [
    pytest.param(
        "Company,Position,Date Applied,Interview Date,Outcome,Status\n"
        "Acme,Analyst,2026-10-01,2026-11-10,see email,Rejected\n"
        "Beta,Engineer,2026-10-05,2026-11-12,,#VALUE!\n"
        "Gamma,PM,2026-10-06,2026-11-13,,Offer\n",
        FOLLOWED_UP, ("Status", "the value"),  # was Needs info: "#VALUE!" is no outcome
        id="a Status read by its values over an Outcome of notes",
    ),
    pytest.param(
        "Company,Position,Date Applied,Interview Date,Stage,Result\n"
        "Acme,Analyst,2026-10-01,2026-11-10,Phone screen,Rejected\n"
        "Beta,Engineer,2026-10-05,2026-11-12,Onsite,#NUM!\n"
        "Gamma,PM,2026-10-06,2026-11-13,Video,Offer\n",
        FOLLOWED_UP, ("Result", "the value"),
        id="a Result beside a Stage of interview types",
    ),
    pytest.param(
        "Company,Position,Date Applied,Interview Date,Interview Scheduled,Status\n"
        "Acme,Analyst,2026-10-01,,2026-11-10,Interviewed\n"
        "Beta,Engineer,2026-10-05,,#N/A,Applied\n"
        "Gamma,PM,2026-10-06,,2026-11-13,Interviewed\n",
        NEEDS_INFO, ("Interview Scheduled", "the date"),  # was an application check-in
        id="an Interview Scheduled read as the Interview Date left empty",
    ),
    pytest.param(
        "Company,Position,Date Applied,Interview Date,Outcome,Status\n"
        "Acme,Analyst,2026-10-01,2026-11-10,,Rejected\n"
        "Beta,Engineer,2026-10-05,2026-11-12,#N/A,Interviewed\n"
        "Gamma,PM,2026-10-06,2026-11-13,,Offer\n",
        FOLLOWED_UP, None,  # the Outcome holds nothing else: the Status is read
        id="an Outcome left for a Status",
    ),
    pytest.param(
        "Company,Position,Date Applied,Interview Date,Outcome,Status\n"
        "Acme,Analyst,2026-10-01,2026-11-10,Rejected,see email\n"
        "Beta,Engineer,2026-10-05,2026-11-12,,#N/A\n"
        "Gamma,PM,2026-10-06,2026-11-13,Offer,call Dana\n",
        FOLLOWED_UP, None,
        id="a Status of notes left alone beside an Outcome",
    ),
]  # fmt: skip


def _rows_of(text: str) -> list[list[object]]:
    """The cells of a CSV tracker's ``text`` as a workbook holds them: dates as dates."""
    rows = list(csv.reader(text.splitlines()))
    return [
        [
            dt.date.fromisoformat(v) if re.fullmatch(r"\d{4}-\d\d-\d\d", v) else v or None
            for v in row
        ]
        for row in rows
    ]


@pytest.mark.parametrize("reader", ["csv", "calamine", "openpyxl"])
@pytest.mark.parametrize(("text", "seen", "said"), RIVAL_ERRORS)
def test_an_error_in_a_column_chosen_by_its_values_is_read_as_blank(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reader: str,
    text: str,
    seen: tuple[str, str],
    said: tuple[str, str] | None,
) -> None:
    rows = _rows_of(text)
    (row, col), error = next(
        ((n, c), v) for n, cells in enumerate(rows, 1) for c, v in enumerate(cells, 1)
        if isinstance(v, str) and v.startswith("#")
    )  # fmt: skip
    ref = f"{openpyxl.utils.get_column_letter(col)}{row}"
    if reader == "csv":
        path = tmp_path / "Maya Chen.csv"
        path.write_text(text, encoding="utf-8-sig")
    else:
        if reader == "openpyxl":  # the reader of a sheet too large for calamine
            monkeypatch.setattr(xlsx_cells, "MAX_DENSE_CELLS", -1)
        path = _error_workbook(tmp_path / "Maya Chen.xlsx", rows, ref, "formula", error)
    _said("run", path)
    if reader == "csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            records = list(csv.DictReader(handle))
        where, fix = f'row {row}, column "{rows[0][col - 1]}": ', CSV_FIX
    else:
        sheet = openpyxl.load_workbook(path, data_only=True)["Tracker"]
        header, *cells = [[cell.value for cell in cells] for cells in sheet.iter_rows()]
        records = [dict(zip(header, values, strict=True)) for values in cells]
        where, fix = f"{ref}: ", "fix the formula or type"
    problems = [""] * len(records)
    if said is not None:
        line = f"{said[0]} holds {error} (an Excel error in the cell) — read as blank"
        problems[row - 2] = f"{where}{line}; {fix} {said[1]}"
    assert [record["Problems"] or "" for record in records] == problems
    record = records[row - 2]
    assert (record["Follow-up status"], record["Next action"]) == seen
