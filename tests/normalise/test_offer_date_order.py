"""The Offer Date column's text dates are read in the column's order, as the other date
columns' are (fx198: each cell was read alone, month-first, so "5/1/2027" on a British tracker
was 1 May, an offer still to come, and the row's check-ins went on after the offer): every
row's Country, a date in the column only one order reads, dots day-first. Through ``run`` on a
workbook, reopened: what a person sees in Next action and Problems."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

# Interviewed Mon 2027-01-04 (video), run on Wed 2027-01-20: an offer closes the row ("—");
# an open row's 1st check-in (Tue 01-12) is overdue.
CLOSED = ("Closed", "—", None)
LATER = "is after Wed 2027-01-20; not read as an offer yet"


def _run(tmp_path: Path, rows: list[tuple[str, str]]) -> list[dict[str, object]]:
    """``rows`` (Country, Offer Date), run and reopened."""
    path = tmp_path / "tracker.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Position", "Interview Date", "Interview Type", "Country"])
    sheet["F1"] = "Offer Date"
    for i, (country, offer) in enumerate(rows, start=2):
        sheet.append([f"Firm {i}", "Analyst", dt.datetime(2027, 1, 4), "Video", country, offer])
    book.save(path)
    result = CliRunner().invoke(
        main, ["run", "-q", "--as-of", "2027-01-20", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path, data_only=True).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    return [
        dict(zip(header, row, strict=False)) for row in sheet.iter_rows(min_row=2, values_only=True)
    ]


def _seen(row: dict[str, object]) -> tuple[object, object, object]:
    return row["Follow-up status"], row["Next action"], row["Problems"]


@pytest.mark.parametrize(
    ("country", "offer", "seen"),
    [
        # British rows write day-first: 5 January, an offer; US rows month-first: 1 May,
        # after the run, no offer yet (said); "1/5/2027" the other way round.
        ("GB", "5/1/2027", CLOSED),
        ("GB", "1/5/2027", ("Overdue", "1st check-in", f'F2: "1/5/2027" {LATER}')),
        ("US", "5/1/2027", ("Overdue", "1st check-in", f'F2: "5/1/2027" {LATER}')),
        ("US", "1/5/2027", CLOSED),
        ("AU", "15/1/2027", CLOSED),  # one order only, as before
        # Dots are day-first on any row.
        ("US", "05.01.2027", CLOSED),
        # Marks, as before.
        ("GB", "yes", CLOSED),
    ],
)
def test_an_offer_date_is_read_in_the_rows_order(
    tmp_path: Path, country: str, offer: str, seen: tuple[object, object, object]
) -> None:
    (row,) = _run(tmp_path, [(country, offer)])
    assert row["Offer Date"] == offer  # the user's cell, untouched
    assert _seen(row) == seen


def test_a_date_in_the_column_only_one_order_reads_settles_the_others(tmp_path: Path) -> None:
    # No Country: "13/01/2027" reads day-first only, so "5/1/2027" is 5 January (it was 1
    # May); without it, the US month/day reading stands.
    rows = _run(tmp_path, [("", "13/01/2027"), ("", "5/1/2027")])
    assert [_seen(row) for row in rows] == [CLOSED, CLOSED]
    (alone,) = _run(tmp_path, [("", "5/1/2027")])
    assert _seen(alone) == ("Overdue", "1st check-in", f'F2: "5/1/2027" {LATER}')
