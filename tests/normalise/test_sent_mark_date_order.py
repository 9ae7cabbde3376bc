"""A date after a yes-mark in a sent column ("x 13/1", "✅ 3/2") is read in the order the
tracker's dates settle for that column, as a date typed there alone is and as a Status cell's
date is (fx198, ot97 F9: a date either order reads was taken as the one between the interview
and the run): every row's Country, a date in the column only one order reads, the dots. Where
nothing settles the order, as before: the reading between the interview and the run, else sent
on a day not noted. Through ``run`` on a workbook, reopened: the Next action, the Why and the
Problems a person sees."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

# Interviewed Mon 2026-11-02, as of Wed 2026-11-04: the thank-you was due Tue 11-03; once
# sent, the 1st check-in is next.
THANKED = "1st check-in"
WHY = "Thank-you note: the day after the interview on Mon 2026-11-02 → Tue 2026-11-03"
ORDERS = {
    "GB": "day-first, every row's Country (the United Kingdom) writes dates day-first",
    "US": "US month/day, every row's Country (the United States) writes dates month-first",
}
FUTURE = "its sent date is after the date of this run, in the future: not counted as sent"


def _run(tmp_path: Path, rows: list[tuple[str, str]]) -> list[dict[str, object]]:
    """``rows`` (Country, the Thank-you Sent cell), run and reopened."""
    path = tmp_path / "tracker.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Position", "Country", "Interview Date", "Status", "Thank-you Sent"])
    for i, (country, cell) in enumerate(rows):
        interview = dt.datetime(2026, 11, 2)
        sheet.append([f"C{i}", "Analyst", country, interview, "Interviewing", cell])
    book.save(path)
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-11-04", "-q", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path, data_only=True).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    return [
        dict(zip(header, (cell.value for cell in cells), strict=True))
        for cells in sheet.iter_rows(min_row=2)
    ]


def _thank_you(row: dict[str, object]) -> str:
    why = str(row["Why"])
    return next(line for line in why.splitlines() if line.startswith("Thank"))


@pytest.mark.parametrize(
    ("country", "cell", "action", "sent", "problem"),
    [
        # British rows write day-first: "x 2/11" is 2 November, sent the interview's day;
        # "x 11/2" 11 February, the nearest 2027's, after the run (it was read as 2 November,
        # between the interview and the run).
        ("GB", "x 2/11", THANKED, "; sent Mon 2026-11-02", "nearest"),
        ("GB", "✅ 3/11", THANKED, "; sent Tue 2026-11-03", "nearest"),
        ("GB", "x 11/2", "—", f"; {FUTURE}", "future"),
        ("GB", "✔ - 2/11/2026", THANKED, "; sent Mon 2026-11-02", None),
        ("GB", "✔ - 11/2/2026", "Thank-you note", "", "before"),
        # US rows month/day: the other way round.
        ("US", "x 11/2", THANKED, "; sent Mon 2026-11-02", "nearest"),
        ("US", "✅ 11/3", THANKED, "; sent Tue 2026-11-03", "nearest"),
        ("US", "x 2/11", "—", f"; {FUTURE}", "future"),
        ("US", "✔ - 11/2/2026", THANKED, "; sent Mon 2026-11-02", None),
        # Dots are day-first on any row; a day over 12 reads one way on any row.
        ("US", "x 3.11.2026", THANKED, "; sent Tue 2026-11-03", None),
        ("US", "x 3/11", "—", f"; {FUTURE}", "future"),
        ("GB", "x 11/3", "—", f"; {FUTURE}", "future"),
    ],
)
def test_a_marks_date_is_read_in_the_trackers_order(
    tmp_path: Path, country: str, cell: str, action: str, sent: str, problem: str | None
) -> None:
    (row,) = _run(tmp_path, [(country, cell)])
    assert row["Thank-you Sent"] == cell  # the user's cell, untouched
    assert (row["Next action"], _thank_you(row)) == (action, WHY + sent)
    said = str(row["Problems"] or "")
    if problem is None:
        assert said == ""
    elif problem == "nearest":
        # The order it was read in is said, and why (ot98 F5).
        order = ORDERS[country]
        assert said.startswith(f'F2: "{cell}" has no year; read as 2026-11-0')
        assert said.endswith(f"(nearest the interview date; {order})")
    elif problem == "future":
        assert f'"{cell}" is after Wed 2026-11-04, the date of this run' in said
    else:
        assert said.startswith(f'F2: "{cell}" is before the interview on Mon 2026-11-02')


def test_a_date_elsewhere_in_the_column_settles_a_marks_date(tmp_path: Path) -> None:
    # No Country: "13/10/2026" in the column is day-first only, so "x 2/11" is 2 November
    # and "x 11/2" 11 February (after the run); without it each was taken as 2 November.
    rows = _run(
        tmp_path,
        [("", "13/10/2026"), ("", "x 2/11"), ("", "x 11/2")],
    )
    assert [row["Next action"] for row in rows[1:]] == [THANKED, "—"]
    assert _thank_you(rows[1]) == WHY + "; sent Mon 2026-11-02"
    assert _thank_you(rows[2]) == f"{WHY}; {FUTURE}"


def test_where_nothing_settles_the_order_a_marks_date_is_the_one_since_the_interview(
    tmp_path: Path,
) -> None:
    # No Country, no date that reads one way: "x 2/11" and "x 11/2" are each 2 November (the
    # reading between the interview and the run), "x 5/11" (5 November is after the run, 11
    # May before the interview) sent on a day not noted, as before.
    rows = _run(tmp_path, [("", "x 2/11"), ("", "x 11/2"), ("", "x 5/11")])
    assert [_thank_you(row) for row in rows] == [
        WHY + "; sent Mon 2026-11-02",
        WHY + "; sent Mon 2026-11-02",
        WHY + "; marked sent",
    ]
    assert [row["Next action"] for row in rows] == [THANKED] * 3
    # The date set aside is said (ot98 F5: it was dropped without a word).
    assert [row["Problems"] for row in rows] == [
        'F2: "x 2/11" has no year; read as 2026-11-02 (nearest the interview date)',
        'F3: "x 11/2" has no year; read as 2026-11-02 (nearest the interview date)',
        'F4: "x 5/11" is marked sent, but its date "5/11" reads as Mon 2026-05-11 (month-first)'
        " or Thu 2026-11-05 (day-first), and neither is between the interview on Mon 2026-11-02"
        " and Wed 2026-11-04, the date of this run, so it is read as sent on a day not noted:"
        " write the day it went in full",
    ]


def test_a_full_date_either_order_reads_says_which_order_it_took(tmp_path: Path) -> None:
    # British, US and other rows (their Countries disagree: nothing settles the column's
    # order), interviewed Mon 2027-02-01, as of Sat 2027-03-20 (``_run_on``). A full date
    # either order reads: the one reading between the interview and the run is taken, and
    # Problems says which order that is, why not the other (fx214: it said nothing, on a US
    # row read day-first) and how the row's country writes dates (fx226: "though dates are
    # written month-first in the United States"). Both between: the row's country's order,
    # said so (it was set aside, sent on a day not noted); a row with no such habit (no
    # Country, Canada's either, Japan's year-first) as before. Neither: set aside, each named
    # with its order. "2027-02-05" reads one way only: nothing said, as before.
    rows = _run_on(
        tmp_path,
        "2027-03-20",
        [
            ("GB", "2027-02-01", "sent 03/02/2027"),
            ("US", "2027-02-01", "sent 04/02/2027"),
            ("US", "2027-03-10", "sent 11/03/2027"),
            ("GB", "2027-03-10", "sent 02/03/2027"),
            ("US", "2027-02-01", "✓ 2027-02-05"),
            ("US", "2027-02-01", "sent 03/02/2027"),
            ("GB", "2027-02-01", "sent 04/02/2027"),
            ("France", "2027-02-01", "x 03/02/2027"),
            ("GB", "2027-02-01", "x 3/2"),
            ("", "2027-02-01", "sent 03/02/2027"),
            ("CA", "2027-02-01", "sent 03/02/2027"),
            ("JP", "2027-02-01", "sent 03/02/2027"),
        ],
    )
    both = (
        " reads as Wed 2027-02-03 (day-first) or Tue 2027-03-02 (month-first), and both are"
        " between the interview on Mon 2027-02-01 and Sat 2027-03-20, the date of this run"
    )
    set_aside = (
        f'is marked sent, but its date "03/02/2027"{both}, so it is read as sent on a day not'
        " noted: write the day it went in full"
    )
    if_wrong = "write the day it went in full if that is wrong"
    uk = "as dates are written in the United Kingdom"
    assert [row["Problems"] for row in rows] == [
        f'F2: "sent 03/02/2027"{both}: read as 2027-02-03, day-first, {uk}; {if_wrong}',
        'F3: "sent 04/02/2027" reads as Thu 2027-02-04 (day-first) or Fri 2027-04-02'
        " (month-first), which is after Sat 2027-03-20, the date of this run: read as"
        " 2027-02-04, day-first, though dates are written month-first in the United States;"
        f" {if_wrong}",
        'F4: "sent 11/03/2027" reads as Thu 2027-03-11 (day-first) or Wed 2027-11-03'
        " (month-first), which is after Sat 2027-03-20, the date of this run: read as"
        " 2027-03-11, day-first, though dates are written month-first in the United States;"
        f" {if_wrong}",
        'F5: "sent 02/03/2027" is marked sent, but its date "02/03/2027" reads as Wed'
        " 2027-02-03 (month-first) or Tue 2027-03-02 (day-first), and neither is between the"
        " interview on Wed 2027-03-10 and Sat 2027-03-20, the date of this run, so it is read as"
        " sent on a day not noted: write the day it went in full",
        None,
        f'F7: "sent 03/02/2027"{both}: read as 2027-03-02, month-first, as dates are written'
        f" in the United States; {if_wrong}",
        'F8: "sent 04/02/2027" reads as Thu 2027-02-04 (day-first) or Fri 2027-04-02'
        " (month-first), which is after Sat 2027-03-20, the date of this run: read as"
        f" 2027-02-04, day-first, {uk}; {if_wrong}",
        f'F9: "x 03/02/2027"{both}: read as 2027-02-03, day-first, as dates are written in'
        f" France; {if_wrong}",
        f'F10: "x 3/2"{both}: read as 2027-02-03, day-first, {uk}; {if_wrong}',
        f'F11: "sent 03/02/2027" {set_aside}',
        f'F12: "sent 03/02/2027" {set_aside}',
        f'F13: "sent 03/02/2027" {set_aside}',
    ]
    assert [_thank_you(row).split("; ", 1)[1] for row in rows] == [
        "sent Wed 2027-02-03",
        "sent Thu 2027-02-04",
        "sent Thu 2027-03-11",
        "marked sent",
        "sent Fri 2027-02-05",
        "sent Tue 2027-03-02",
        "sent Thu 2027-02-04",
        "sent Wed 2027-02-03",
        "sent Wed 2027-02-03",
        "marked sent",
        "marked sent",
        "marked sent",
    ]


def _run_on(
    tmp_path: Path, as_of: str, rows: list[tuple[str, str, str]]
) -> list[dict[str, object]]:
    """``rows`` (Country, Interview Date, the Thank-you Sent cell), run as of ``as_of`` and
    reopened."""
    path = tmp_path / "tracker.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Position", "Country", "Interview Date", "Status", "Thank-you Sent"])
    for i, (country, interview, cell) in enumerate(rows):
        day = dt.datetime.fromisoformat(interview)
        sheet.append([f"C{i}", "Analyst", country, day, "Interviewing", cell])
    book.save(path)
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, "-q", str(path)])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path, data_only=True).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    return [
        dict(zip(header, (cell.value for cell in cells), strict=True))
        for cells in sheet.iter_rows(min_row=2)
    ]
