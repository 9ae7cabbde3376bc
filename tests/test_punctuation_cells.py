"""A stray keystroke in any column the tool reads: every one- and two-character cell of ASCII
punctuation (``string.punctuation``, and each pair of it) goes through the whole run
(``batch.process_file``: read, normalise, schedule, explain, write) of a small tracker, and the
written workbook keeps every row and every cell as typed. Outside test ot105 F2: a Status cell
of just "(" made the whole file fail with an internal error (``countries._region_of_several``
took the last part of a place written with separators only), and so did ")", "," and ":"."""

from __future__ import annotations

import datetime as dt
import itertools
import string
from pathlib import Path

import openpyxl
import pytest

from followup_batch import batch
from followup_batch.config import Config

AS_OF = dt.date(2026, 11, 20)
# Every column the tool reads, with a real value for the rows the test does not vary.
REAL = {
    "Company": "Acme",
    "Position": "Engineer",
    "Interviewer": "Dana Smith",
    "Email": "dana@acme.com",
    "Status": "Interviewing",
    "Interview Date": "2026-11-10",
    "Interview Type": "Video",
    "Round": "2",
    "Seniority": "Senior",
    "Industry": "Finance",
    "Notes": "went well",
    "Location": "Berlin",
    "Country": "Germany",
    "City": "Munich",
    "State": "Bavaria",
    "Date Applied": "2026-10-01",
    "Decision Date": "2026-11-25",
    "Thank-you sent": "2026-11-11",
}
# Two layouts: every column but City and State (the Status column is then one the tool asks
# whether it holds places, as one of states would be), and the few a tracker must have.
FULL = [c for c in REAL if c not in ("City", "State")]
LEAN = ["Company", "Position", "Status", "Interview Date", "Notes"]
LAYOUTS = {"full": FULL, "lean": LEAN}
SINGLES = list(string.punctuation)
PAIRS = ["".join(pair) for pair in itertools.product(string.punctuation, repeat=2)]


def _tracker(path: Path, headers: list[str], column: str, values: list[str]) -> list[list[str]]:
    """A workbook of one row per value in ``column`` (the other cells real) and a last real
    row; its rows as written. Text starting with "=" is kept as text, as typed in Excel with
    a leading apostrophe."""
    rows = [[value if h == column else REAL[h] for h in headers] for value in values]
    rows.append([REAL[h] if h != "Company" else "Beta" for h in headers])
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Jobs"
    sheet.append(headers)
    for number, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            cell = sheet.cell(number, col, value)
            cell.data_type = "s"
    workbook.save(path)
    return rows


def _run_and_read_back(tmp_path: Path, layout: str, column: str, values: list[str]):
    headers = LAYOUTS[layout] + ([column] if column not in LAYOUTS[layout] else [])
    path = tmp_path / "Maya Chen.xlsx"
    written = _tracker(path, headers, column, values)
    out = tmp_path / "out.xlsx"
    reports = batch.process_file(path, Config(), batch.RunOptions(as_of=AS_OF, output=out))
    workbook = openpyxl.load_workbook(out, read_only=True)
    seen = [list(row) for row in workbook["Jobs"].iter_rows(values_only=True)]
    workbook.close()
    return headers, written, reports, seen


def _check(tmp_path: Path, layout: str, column: str, values: list[str]) -> None:
    headers, written, reports, seen = _run_and_read_back(tmp_path, layout, column, values)
    assert [r.sheet for r in reports] == ["Jobs"]
    assert seen[0][: len(headers)] == headers
    assert "Follow-up status" in seen[0]
    # Every row written back, the person's cells as typed.
    assert [row[: len(headers)] for row in seen[1:]] == written


@pytest.mark.parametrize("column", list(REAL))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_one_punctuation_character_in_any_column_is_run_through(tmp_path, layout, column):
    _check(tmp_path, layout, column, SINGLES)


@pytest.mark.slow
@pytest.mark.parametrize("column", list(REAL))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_two_punctuation_characters_in_any_column_are_run_through(tmp_path, layout, column):
    _check(tmp_path, layout, column, PAIRS)


# A Status cell of separators alone (ot105 F2's files: "(" beside "Interviewed"): the row is
# read, its status said to be unknown, and the other row followed up.
@pytest.mark.parametrize("status", ["(", ")", ",", ":", "()", "(,)"])
def test_a_status_of_separators_alone_is_an_unknown_outcome(tmp_path, status):
    headers = ["Company", "Position", "Status", "Interview Date", "Notes"]
    path = tmp_path / "Maya Chen.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Jobs"
    sheet.append(headers)
    sheet.append(["Acme", "Dev", status, dt.datetime(2026, 11, 10), "ok"])
    sheet.append(["Beta", "QA", "Interviewed", dt.datetime(2026, 11, 12), "fine"])
    workbook.save(path)
    batch.process_file(path, Config(), batch.RunOptions(as_of=AS_OF))
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Jobs"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(2, values_only=True)]
    assert [row["Status"] for row in rows] == [status, "Interviewed"]
    assert rows[0]["Follow-up status"] == "Needs info"
    assert rows[0]["Problems"] == (
        f'C2: "{status}" is not a known outcome (not applied, applied, interviewing, offer, '
        "hired, accepted, rejected, withdrawn, ghosted or on hold); write one of them (blank is "
        "applied)"
    )
    assert rows[1]["Next action"] == "1st check-in"
    assert rows[1]["Problems"] is None
