"""ot97 F1: a date written in the Status cell of a row whose Interview Date is empty ("Phone
screen 05/01/2027") is read in the order a date typed in the Interview Date column is: dates
with dots day-first, else the column's own dates or the stage cells' that settle it, else every
row's Country. It was read month-first whatever the row's country, so "Interview: 05.01.2027" on
a German row was Sat 2027-05-01, its check-ins four months late."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from trackers import run_csv_seen, write_xlsx

from followup_batch.cli import main

HEADER = "Company,Position,Interview Date,Interview Type,Country,Status\n"
WHERE = 'write it in "Interview Date" if that is wrong'


def read_from(cell: str, day: str, how: str = "") -> str:
    said = f", {how}" if how else ""
    read = f"the interview date read from it, {day}{said}"
    return f'row 2, column "Status": "{cell}": {read}; {WHERE}'


JAN_5 = "read as 5 January 2027 (day-first, {})"
MAY_1 = "read as 1 May 2027 (US month/day, {})"
DOTS = "as dates written with dots are"
# A video interview on Tue 2027-01-05: the 1st check-in 5 bd later, Tue 01-12, overdue on
# 01-20 (no holiday between in any of these countries). On Sat 2027-05-01: the thank-you the
# next day, scheduled.
OVERDUE = ("Overdue", "1st check-in", "2027-01-12")
IN_MAY = ("Scheduled", "Thank-you note", "2027-05-02")


# (Country, Status, what the row shows, the day read, how Problems says it was read)
CASES = [
    # The finding: dots day-first anywhere, slashes in the order of the row's country.
    ("DE", "Interview: 05.01.2027", OVERDUE, "Tue 2027-01-05", JAN_5.format(DOTS)),
    ("NL", "Interview: 05.01.2027", OVERDUE, "Tue 2027-01-05", JAN_5.format(DOTS)),
    ("US", "Phone screen 05.01.2027", OVERDUE, "Tue 2027-01-05", JAN_5.format(DOTS)),
    (
        "GB",
        "Phone screen 05/01/2027",
        OVERDUE,
        "Tue 2027-01-05",
        JAN_5.format("every row's Country (the United Kingdom) writes dates day-first"),
    ),
    (
        "Australia",
        "Final round 05/01/2027",
        OVERDUE,
        "Tue 2027-01-05",
        JAN_5.format("every row's Country (Australia) writes dates day-first"),
    ),
    # A US row keeps month-first for slashes, and says so.
    (
        "US",
        "Phone screen 05/01/2027",
        IN_MAY,
        "Sat 2027-05-01",
        MAY_1.format("every row's Country (the United States) writes dates month-first"),
    ),
    # A two-digit year, each way.
    (
        "GB",
        "Phone screen 5/1/27",
        OVERDUE,
        "Tue 2027-01-05",
        JAN_5.format("every row's Country (the United Kingdom) writes dates day-first"),
    ),
    (
        "US",
        "Phone screen 5/1/27",
        IN_MAY,
        "Sat 2027-05-01",
        MAY_1.format("every row's Country (the United States) writes dates month-first"),
    ),
    # Only one reading: said without an order, either country.
    ("US", "Onsite 13/01/2027", ("Overdue", "Thank-you note", "2027-01-14"), "Wed 2027-01-13", ""),
    ("GB", "Onsite 13/01/2027", ("Due today", "1st check-in", "2027-01-20"), "Wed 2027-01-13", ""),
    # A weekday written with it settles it, against the country's order too.
    ("US", "Phone screen Tue 05/01/2027", OVERDUE, "Tue 2027-01-05", ""),
    ("GB", "Phone screen Sat 05/01/2027", IN_MAY, "Sat 2027-05-01", ""),
    # ISO dates have one order.
    ("GB", "Onsite 2027-01-05", OVERDUE, "Tue 2027-01-05", ""),
    ("US", "Onsite 2027-05-01", IN_MAY, "Sat 2027-05-01", ""),
]


@pytest.mark.parametrize(("country", "status", "shown", "day", "how"), CASES)
def test_a_stage_date_is_read_in_the_interview_date_columns_order(
    tmp_path: Path, country: str, status: str, shown: tuple[str, str, str], day: str, how: str
) -> None:
    row = f"Acme,Engineer,,Video,{country},{status}\n"
    seen = run_csv_seen(tmp_path, HEADER + row, "2027-01-20")
    assert seen == {"Acme": (*shown, read_from(status, day, how))}


WHEN = (
    'row 2, column "Interview Date": Interview Date is empty, but the stage says there was an '
    "interview: when?"
)
GB_ORDER = "every row's Country (the United Kingdom) writes dates day-first"


@pytest.mark.parametrize(
    ("status", "seen"),
    [
        # A round of three, or of two: asked for, as before.
        ("Interview 2/3", ("Needs info", "—", "", WHEN)),
        ("Round 1/2", ("Needs info", "—", "", WHEN)),
        # No count reads "5/1" (round 5 of 1): a date, in the row's order (it was asked for).
        (
            "Interview 5/1",
            (
                *OVERDUE,
                read_from(
                    "Interview 5/1",
                    "Tue 2027-01-05",
                    f'read as 5 January 2027 (day-first, {GB_ORDER}); "5/1" has no year; read '
                    "as 2027-01-05 (nearest Wed 2027-01-20, the date of this run)",
                ),
            ),
        ),
    ],
)
def test_two_small_numbers_without_a_year_are_read_unless_a_count(
    tmp_path: Path, status: str, seen: tuple[str, str, str, str]
) -> None:
    """ "Interview 2/3" on a GB row may be a round of three: its date is asked for, as before.
    "Interview 5/1" can be no count, and the row's Country settles its order."""
    text = f"{HEADER}Acme,Engineer,,Video,GB,{status}\n"
    assert run_csv_seen(tmp_path, text, "2027-01-20") == {"Acme": seen}


def test_the_trackers_own_dates_settle_the_stage_dates_order(tmp_path: Path) -> None:
    """A date only one order reads settles the others, wherever it is written: in the
    Interview Date column ("14/12/2026": day-first, on a US row too) or in another stage cell
    ("Onsite 13/01/2027"). Rows in both the UK and the US settle nothing: US month/day, and
    Problems says why."""
    column = run_csv_seen(
        tmp_path,
        f"{HEADER}Acme,Engineer,,Video,US,Phone screen 05/01/2027\n"
        "Globex,Engineer,14/12/2026,Video,US,Interviewing\n",
        "2027-01-20",
    )
    assert column["Acme"] == (
        "Overdue",
        "1st check-in",
        "12/01/2027",  # as the tracker writes dates
        read_from(
            "Phone screen 05/01/2027",
            "Tue 2027-01-05",
            JAN_5.format('from "Interview Date": "14/12/2026" in row 3'),
        ),
    )
    stages = run_csv_seen(
        tmp_path,
        f"{HEADER}Acme,Engineer,,Video,US,Phone screen 05/01/2027\n"
        "Globex,Engineer,,Video,US,Onsite 13/01/2027\n",
        "2027-01-20",
    )
    assert stages["Acme"] == (
        *OVERDUE,
        read_from(
            "Phone screen 05/01/2027",
            "Tue 2027-01-05",
            JAN_5.format('from "13/01/2027" in row 3 of this column'),
        ),
    )
    mixed = run_csv_seen(
        tmp_path,
        f"{HEADER}Acme,Engineer,,Video,GB,Phone screen 05/01/2027\n"
        "Globex,Engineer,,Video,US,Interviewing\n",
        "2027-01-20",
    )
    # The British row says how Britain reads it, as a date in "Interview Date" would (ot98 F9).
    assert mixed["Acme"] == (
        *IN_MAY,
        'row 2, column "Status": "Phone screen 05/01/2027": the interview date read from it, '
        "Sat 2027-05-01, "
        + MAY_1.format(
            "the rows' Country disagree: day-first (the United Kingdom), month-first (the United "
            "States)"
        )
        + "; in the United Kingdom, where this row is, it is 5 January 2027: write 2027-01-05 in "
        '"Interview '
        'Date" if that is meant, or run with --dayfirst if every date here is day-first',
    )


def test_a_run_of_a_british_workbook_with_date_cells_reads_its_stage_dates_day_first(
    tmp_path: Path,
) -> None:
    """The tester's workbook (ot97 F1): every row in GB, the other rows' interviews date cells
    (which say nothing of how text is written). "Phone screen 05/01/2027" is Tue 2027-01-05,
    "Final round 11.01.2027" Mon 2027-01-11 (it was Mon 2027-11-01): the 1st check-ins 5 bd
    later, Tue 01-12 and Mon 01-18 moved to Tue 01-19 (the preferred send day)."""
    tracker = write_xlsx(
        tmp_path / "t.xlsx",
        {
            "Interviews": [
                ("Company", "Position", "Interview Date", "Interview Type", "Country", "Status"),
                ("Monzo", "Engineer", None, "Video", "GB", "Phone screen 05/01/2027"),
                ("Wise", "Analyst", dt.datetime(2026, 12, 14), "Video", "GB", "Interviewing"),
                ("Revolut", "PM", None, "Video", "GB", "Final round 11.01.2027"),
            ]
        },
    )
    from click.testing import CliRunner

    result = CliRunner().invoke(main, ["run", str(tracker), "--as-of", "2027-01-20", "-q"])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(tracker)["Interviews"]
    header = [c.value for c in sheet[1]]
    rows = {
        row[0]: dict(zip(header, row, strict=True)) for row in sheet.iter_rows(2, values_only=True)
    }
    monzo, revolut = rows["Monzo"], rows["Revolut"]
    assert monzo["Next due"] == dt.datetime(2027, 1, 12)
    assert revolut["Next due"] == dt.datetime(2027, 1, 19)
    assert (
        "1st check-in: 5 bd after Mon 2027-01-11 → Mon 2027-01-18 → Tue 2027-01-19 "
        "(preferred send day)" in str(revolut["Why"]).split("\n")
    )
    assert monzo["Problems"] == (
        'F2: "Phone screen 05/01/2027": the interview date read from it, Tue 2027-01-05, '
        "read as 5 January 2027 (day-first, every row's Country (the United Kingdom) writes dates "
        "day-first); "
        f"{WHERE}"
    )
    assert revolut["Problems"] == (
        'F4: "Final round 11.01.2027": the interview date read from it, Mon 2027-01-11, '
        f"read as 11 January 2027 (day-first, as dates written with dots are); {WHERE}"
    )
