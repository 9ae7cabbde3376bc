"""The tool's own sheets as a newcomer prints and reads them (an outside test, ot22 F7, F10):
the Drafts sheet's Client column was empty on every row of a tracker with one job seeker, and
printed, its 80-character Draft column ran past the page's edge, cut every message, and the
Summary's Colour column went to a page of its own. Each case: a tracker, and what its Drafts
and Summary sheets show and how they print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from followup_batch.batch import RunOptions, process_file
from followup_batch.config import Config

AS_OF = dt.date(2026, 11, 20)
HEADERS = ["Company", "Position", "Interview Date", "Interviewer", "Interviewer Email"]
ROW = ["Acme", "Data Analyst", dt.datetime(2026, 11, 19), "Dana Ortiz", "dana@acme.example"]


def written(path: Path, headers: list[str], rows: list[list[object]]) -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    for values in [headers, *rows]:
        sheet.append(values)
    book.save(path)
    process_file(path, Config(), RunOptions(AS_OF))
    return openpyxl.load_workbook(path)


# file name, Client cells (None: no Client column) -> the Drafts sheet's Client column hidden,
# and its cells. A file name is a client only when it is a person's: "Job Hunt 2026" is no
# client of a job seeker's own tracker (ot119 F5: it filled the hidden column).
CLIENT_COLUMN = {
    "job search 2026.xlsx": (None, True, [None]),  # one job seeker, nobody's name: all empty
    "Job Hunt 2026.xlsx": (None, True, [None]),
    "Maya Chen.xlsx": (None, False, ["Maya Chen"]),  # the file name signs: on every row
    "coach.xlsx": (["Maya Chen", "Tom Baker"], False, ["Maya Chen", "Tom Baker"]),
    # An empty one among names: shown, and the blank row is nobody's, not "coach, one blank".
    "coach, one blank.xlsx": (["Maya Chen", ""], False, [None, "Maya Chen"]),
}


@pytest.mark.parametrize(("name", "case"), CLIENT_COLUMN.items(), ids=list(CLIENT_COLUMN))
def test_an_all_empty_client_column_of_the_drafts_sheet_is_hidden(
    tmp_path: Path, name: str, case: tuple[list[str] | None, bool, list[str | None]]
) -> None:
    clients, hidden, cells = case
    if clients is None:
        book = written(tmp_path / name, HEADERS, [ROW])
    else:
        rows = [[client, *ROW] for client in clients]
        book = written(tmp_path / name, ["Client", *HEADERS], rows)
    drafts = book["Drafts"]
    header = [cell.value for cell in drafts[1]]
    assert header[1] == "Client"  # kept in its place: the sheet's formulas keep their letters
    shown = {
        cell.value: not drafts.column_dimensions[cell.column_letter].hidden for cell in drafts[1]
    }
    assert [name for name, seen in shown.items() if not seen] == (["Client"] if hidden else [])
    assert [row[1] for row in drafts.iter_rows(min_row=2, values_only=True)] == cells


@pytest.mark.parametrize(
    ("sheet", "orientation"), [("Drafts", "landscape"), ("Summary", "portrait")]
)
def test_the_tools_sheets_print_on_the_pages_width(
    tmp_path: Path, sheet: str, orientation: str
) -> None:
    printed = written(tmp_path / "job search 2026.xlsx", HEADERS, [ROW])[sheet]
    setup = printed.page_setup
    assert printed.sheet_properties.pageSetUpPr.fitToPage is True
    assert (setup.orientation, setup.fitToWidth, setup.fitToHeight) == (orientation, 1, 0)


# Client cells (None: no Client column) -> the Summary's headers, and its columns set in from
# the left, header and all (ot53 F6: each right-aligned count ran into the name after it,
# "2All", "3Jonas Weber", as LibreOffice showed them).
SUMMARY_COLUMNS = {
    "one job seeker": (None, ["Status", "Rows", "Colour"], {"Colour"}),
    "a coach's clients": (
        ["Maya Chen", "Tom Baker"],
        ["Status", "Rows", "Client", "Colour"],
        {"Client"},
    ),
}


@pytest.mark.parametrize(("clients", "headers", "indented"), SUMMARY_COLUMNS.values(),
                         ids=list(SUMMARY_COLUMNS))  # fmt: skip
def test_the_summarys_names_stand_apart_from_its_counts(
    tmp_path: Path, clients: list[str] | None, headers: list[str], indented: set[str]
) -> None:
    if clients is None:
        path = tmp_path / "job search 2026.xlsx"
        book = written(path, HEADERS, [ROW])
    else:
        path = tmp_path / "coach.xlsx"
        book = written(path, ["Client", *HEADERS], [[client, *ROW] for client in clients])
    summary = book["Summary"]
    assert [cell.value for cell in summary[1]] == headers
    for at, header in enumerate(headers, start=1):
        cells = [row[at - 1] for row in summary.iter_rows(min_row=3) if row[at - 1].value]
        assert cells, header
        # the bold header set in as its column is, so that "Client" stands over the names
        set_in = {
            (c.alignment.horizontal, c.alignment.indent) for c in [summary[1][at - 1], *cells]
        }
        assert set_in == ({("left", 1)} if header in indented else {(None, 0)}), header
        assert summary[1][at - 1].font.b is True, header
    # a second run finds the style again: the workbook's styles do not grow
    styles = len(book._cell_styles)
    process_file(path, Config(), RunOptions(AS_OF))
    assert len(openpyxl.load_workbook(path)._cell_styles) == styles
