"""Dates written without a year, placed by the neighbouring rows and kept within the run: a
tracker records what happened, so "2 March" in a tracker run on 2026-03-30 is 2026-03-02.

Outside test ot22: an unsorted column whose few full dates stepped down more often than up
was taken for "newest first", and year-less dates were placed a year after the run, then
reported by the tool itself as "cannot be sent in the future". Outside test ot23: placed a
year before the run instead (the row "Moved on") while the same day this year was recent.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from trackers import raw_table

from followup_batch.cli import main
from followup_batch.normalise.frame import normalise_rows
from followup_batch.read import ReadOptions

OPTIONS = ReadOptions()
MON_2026_03_30 = dt.date(2026, 3, 30)
MON_2026_01_05 = dt.date(2026, 1, 5)
TUE_2026_03_03 = dt.date(2026, 3, 3)
WED_2027_01_06 = dt.date(2027, 1, 6)
LETTER = {"interview_at": "C", "applied_at": "C"}


def column(field: str, values: list[object], as_of: dt.date) -> pd.DataFrame:
    """The normalised frame of a tracker with one date column, ``field``, holding ``values``
    (Excel rows 2, 3, ...), run as of ``as_of``."""
    rows = [{"company": "Acme", "position": "Analyst", field: v} for v in values]
    return normalise_rows(raw_table(rows), OPTIONS, as_of=as_of)


@pytest.mark.parametrize(
    ("field", "values", "as_of", "row", "expected", "problem"),
    [
        # ot22's Date Applied: 3/19, 3/24, 3/9, 2/23 is no sorted column (it was "newest
        # first"; "2 March" was 2027-03-02, after the run).
        (
            "applied_at",
            ["3/19/2026", "2 March", "3/24/2026", "3/9/2026", "2/23/2026"],
            MON_2026_03_30,
            3,
            "2026-03-02",
            "read as 2026-03-02 (nearest the next dated row's 2026-03-24)",
        ),
        # A column kept newest first with one row out of order: the next dated row would put
        # "Feb 26" on 2027-02-26, eleven months after the run; an interview is not booked so
        # far ahead, and the same day a year earlier is a month ago.
        (
            "interview_at",
            ["3/18/2026", "3/10/2026", "Feb 26", "3/4/2026", "2/19/2026"],
            MON_2026_03_30,
            4,
            "2026-02-26",
            "read as 2026-02-26 (2027-02-26, almost a year after the next dated row's 2026-03-04, "
            "newest first, is more than half a year after Mon 2026-03-30, the date of this run)",
        ),
        # Year end, newest first: "Dec 29" just after 2026-01-02 would be 2026-12-29, after
        # the run; an application is not sent ahead.
        (
            "applied_at",
            ["1/4/2026", "Dec 29", "1/2/2026", "12/15/2025"],
            MON_2026_01_05,
            3,
            "2025-12-29",
            "read as 2025-12-29 (2026-12-29, almost a year after the next dated row's 2026-01-02, "
            "newest first, is after Mon 2026-01-05, the date of this run)",
        ),
        # Year end, oldest first: just before the next dated row.
        (
            "interview_at",
            ["12/15/2025", "Dec 29", "1/2/2026"],
            MON_2026_01_05,
            3,
            "2025-12-29",
            "read as 2025-12-29 (just before the next dated row's 2026-01-02)",
        ),
        # An interview may be booked ahead: a week after the run stands.
        (
            "interview_at",
            ["3/20/2026", "3/25/2026", "Apr 6"],
            MON_2026_03_30,
            4,
            "2026-04-06",
            "read as 2026-04-06 (nearest the last dated row's 2026-03-25)",
        ),
        # ot111 F9: above the only dated row, "11/24" fell just before it, a year before the
        # run; four days after the run is the interview's day. An application is not sent
        # ahead: it stays a guess in 2025.
        (
            "interview_at",
            ["11/24", "11/18/2026"],
            dt.date(2026, 11, 20),
            2,
            "2026-11-24",
            "read as 2026-11-24 (2025-11-24, almost a year before the next dated row's "
            "2026-11-18, is more than half a year before 2026-11-18, this column's newest date)",
        ),
        (
            "applied_at",
            ["11/24", "11/18/2026"],
            dt.date(2026, 11, 20),
            2,
            "2025-11-24",
            "read as 2025-11-24 (almost a year before the next dated row's 2026-11-18; a guess, "
            "as 2026-11-24 is after Fri 2026-11-20, the date of this run: write the year)",
        ),
        # Leap days: 29 February in a leap year next to the run is read.
        (
            "interview_at",
            ["2/20/2024", "Feb 29", "3/5/2024"],
            dt.date(2025, 1, 10),
            3,
            "2024-02-29",
            "read as 2024-02-29 (just before the next dated row's 2024-03-05)",
        ),
        # A time after a year-less date is dropped, as after a full one (it was "not a date").
        (
            "interview_at",
            ["3/18/2026", "Thu 3/26 9:30 AM"],
            MON_2026_03_30,
            3,
            "2026-03-26",
            "read as 2026-03-26 (nearest the last dated row's 2026-03-18)",
        ),
        (
            "interview_at",
            ["26.03.2026", "20.03."],
            MON_2026_03_30,
            3,
            "2026-03-20",
            "read as 2026-03-20 (nearest the last dated row's 2026-03-26)",
        ),
        # ot23 F7: a time range is a time (its start), and a German weekday abbreviation
        # before the short form "24.03." is a weekday, checked as the others are (it was
        # "not a date", with no word of the missing year).
        (
            "interview_at",
            ["3/20/2026", "3/27 2-3pm"],
            MON_2026_03_30,
            3,
            "2026-03-27",
            "read as 2026-03-27 (nearest the last dated row's 2026-03-20)",
        ),
        (
            "interview_at",
            ["3/20/2026", "3/27 10:30 am - 12 pm"],
            MON_2026_03_30,
            3,
            "2026-03-27",
            "read as 2026-03-27 (nearest the last dated row's 2026-03-20)",
        ),
        (
            "interview_at",
            ["02.03.2026", "Di. 24.03.", "27.03.2026"],
            MON_2026_03_30,
            3,
            "2026-03-24",
            "read as 2026-03-24 (just before the next dated row's 2026-03-27)",
        ),
        # ot23 F2: an unsorted column: "Dec 30" nearest the next dated row, ten months old,
        # was 2025-12-30, a year before the run; the same day nearest the column's newest date
        # wins (ot102 F2: that date, not the run's, so every run reads it the same).
        (
            "applied_at",
            ["11/3/2026", "12/20/2026", "Dec 30", "3/1/2026", "Jan 4", "12/1/2026"],
            WED_2027_01_06,
            4,
            "2026-12-30",
            "read as 2026-12-30 (2025-12-30, nearest the next dated row's 2026-03-01, is more "
            "than half a year before 2026-12-20, this column's newest date)",
        ),
        (
            "interview_at",
            ["11/3/2026", "Dec 30", "3/1/2026", "12/1/2026"],
            WED_2027_01_06,
            3,
            "2026-12-30",
            "read as 2026-12-30 (2025-12-30, nearest the next dated row's 2026-03-01, is more "
            "than half a year before 2026-12-01, this column's newest date)",
        ),
        # Oldest first with rows out of order: the next dated row is no bound when the row
        # above is later than the day it gives; "Mar 2" was yesterday.
        (
            "applied_at",
            ["2/20/2026", "2/24/2026", "Mar 2", "Mar 5", "2/27/2026"],
            TUE_2026_03_03,
            4,
            "2026-03-02",
            "read as 2026-03-02 (2025-03-02, almost a year before the next dated row's "
            "2026-02-27, is more than half a year before 2026-02-27, this column's newest date)",
        ),
        # "Mar 5" cannot be this year's (after the run), so it is a year back: a guess, said.
        (
            "applied_at",
            ["2/20/2026", "2/24/2026", "Mar 2", "Mar 5", "2/27/2026"],
            TUE_2026_03_03,
            5,
            "2025-03-05",
            "read as 2025-03-05 (almost a year before the next dated row's 2026-02-27; a guess, as "
            "2026-03-05 is after Tue 2026-03-03, the date of this run: write the year)",
        ),
        (
            "applied_at",
            ["3/2/2026", "3/10/2026", "3/18/2026", "Apr 2", "3/24/2026"],
            MON_2026_03_30,
            5,
            "2025-04-02",
            "read as 2025-04-02 (almost a year before the next dated row's 2026-03-24; a guess, as "
            "2026-04-02 is after Mon 2026-03-30, the date of this run: write the year)",
        ),
        # A year-old tracker kept oldest first: the dated rows either side settle the year.
        (
            "applied_at",
            ["2/20/2025", "Mar 2", "3/10/2025"],
            TUE_2026_03_03,
            3,
            "2025-03-02",
            "read as 2025-03-02 (just before the next dated row's 2025-03-10)",
        ),
        # The reason says how far the day fell from the row that placed it (ot63 F7: a date
        # almost a year before it was "just before" it).
        *(
            (
                "interview_at",
                [text, "3/17/2027"],
                dt.date(2027, 1, 5),
                2,
                expected,
                problem,
            )
            for text, expected, problem in (
                (
                    "Mar 10",
                    "2027-03-10",
                    "read as 2027-03-10 (just before the next dated row's 2027-03-17)",
                ),
                (
                    "Feb 5",
                    "2027-02-05",
                    "read as 2027-02-05 (a month before the next dated row's 2027-03-17)",
                ),
                (
                    "Thu 31st Dec",
                    "2026-12-31",
                    "read as 2026-12-31 (2 months before the next dated row's 2027-03-17)",
                ),
                (
                    "Friday 26th March",
                    "2027-03-26",
                    "read as 2027-03-26 (2026-03-26, almost a year before the next dated row's "
                    "2027-03-17, is more than half a year before 2027-03-17, this column's "
                    "newest date)",
                ),
            )
        ),
    ],
)
def test_a_year_less_date_is_placed_by_its_neighbours_within_the_run(
    field: str,
    values: list[object],
    as_of: dt.date,
    row: int,
    expected: str,
    problem: str,
) -> None:
    frame = column(field, values, as_of)
    date_column = "interview_date" if field == "interview_at" else "applied_date"
    assert frame.loc[row, date_column] == pd.Timestamp(expected)
    text = values[row - 2]
    assert frame.loc[row, "problems"] == [f'{LETTER[field]}{row}: "{text}" has no year; {problem}']
    assert not frame.loc[row, "needs_info"]


@pytest.mark.parametrize(
    ("field", "values", "as_of", "problem"),
    [
        # No 29 February within a year of 2026: not 2024-02-29, two years before (silently,
        # as it was), nor 2028-02-29.
        (
            "applied_at",
            ["2/20/2026", "Feb 29", "3/10/2026"],
            MON_2026_03_30,
            '"Feb 29" is not a date (it has no year, and no 29 February is within a year of '
            "2026-03-10: write the year)",
        ),
        (
            "interview_at",
            ["3/10/2026", "Feb 29", "2/20/2026"],
            MON_2026_03_30,
            '"Feb 29" is not a date (it has no year, and no 29 February is within a year of '
            "2026-02-20: write the year)",
        ),
        # ot23 F8: between 2/20/2029 and 2/27/2029, run the day after: not 2028-02-29, a
        # year back (silently, and the row "Moved on"); 2029 has no 29 February.
        (
            "interview_at",
            ["2/20/2029", "Feb 29", "2/27/2029"],
            dt.date(2029, 3, 1),
            '"Feb 29" is not a date (it has no year: 2028-02-29, almost a year before the next '
            "dated row's 2029-02-27, is more than half a year before 2029-02-27, this column's "
            "newest date, and 2029 has no 29 February: write the year)",
        ),
    ],
)
def test_a_leap_day_without_a_year_in_a_tracker_of_no_leap_year(
    field: str, values: list[object], as_of: dt.date, problem: str
) -> None:
    frame = column(field, values, as_of)
    date_column = "interview_date" if field == "interview_at" else "applied_date"
    assert frame.loc[3, date_column] is pd.NaT
    assert frame.loc[3, "problems"] == [f"{LETTER[field]}3: {problem}"]
    assert frame.loc[3, "needs_info"]


def test_a_sent_date_a_day_after_the_run_is_still_reported() -> None:
    """The same day a year earlier is no recent date: the cell is a typo, said as one."""
    rows = [
        {
            "company": "Acme",
            "position": "Analyst",
            "interview_at": dt.datetime(2026, 3, 27, 10),
            "thank_you_sent": "3/31",
        }
    ]
    frame = normalise_rows(raw_table(rows), OPTIONS, as_of=MON_2026_03_30)
    assert frame.loc[2, "thank_you_sent"] is pd.NaT
    assert frame.loc[2, "problems"] == [
        'D2: "3/31" has no year; read as 2026-03-31 (nearest the interview date)',
        'D2: "3/31" is after Mon 2026-03-30, the date of this run: a message cannot be sent '
        "in the future; fix the date, or run again from that day if it is right",
    ]


# ot102 F2: one dated row of 2027-03-01 and year-less dates beside it. "3 Mar" was 2027-03-03
# until a run in March 2028 read it 2028-03-03 (the row Overdue again), and 2027-03-03 from
# September 2028 on; "Nov 20" went 2026 -> 2027 -> 2026. The file's own dates place them, the
# same on every run. (Interview Date as typed, Country, Thank-you due, its Problems.)
YEAR_LESS_BESIDE_2027 = [
    ("2027-03-01", "US", "2027-03-02", ""),
    (
        "12.03.",
        "DE-BY",
        "2027-03-13",
        "read as 2027-03-12 (nearest the last dated row's 2027-03-01)",
    ),
    ("3 Mar", "US", "2027-03-04", "read as 2027-03-03 (nearest the last dated row's 2027-03-01)"),
    ("Nov 20", "US", "2026-11-21", "read as 2026-11-20 (nearest the last dated row's 2027-03-01)"),
    ("Feb 25", "US", "2027-02-26", "read as 2027-02-25 (nearest the last dated row's 2027-03-01)"),
]


@pytest.mark.parametrize(
    "as_of",
    ["2027-03-20", "2027-08-30", "2027-10-30", "2028-01-10", "2028-03-20", "2028-09-20"],
)
def test_an_unchanged_file_s_year_less_dates_read_the_same_on_every_run(
    tmp_path: Path, as_of: str
) -> None:
    tracker = tmp_path / "Maya Chen.csv"
    lines = [
        f"Firm {i},Analyst,{d},Video,{c}" for i, (d, c, *_) in enumerate(YEAR_LESS_BESIDE_2027)
    ]
    tracker.write_text(
        "\n".join(["Company,Position,Interview Date,Interview Type,Country", *lines]) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", as_of, str(tracker)])
    assert result.exit_code == 0, result.output
    with tracker.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["Thank-you due"], r["Problems"]) for r in rows] == [
        (ty, f'row {i}, column "Interview Date": "{d}" has no year; {p}' if p else "")
        for i, (d, _, ty, p) in enumerate(YEAR_LESS_BESIDE_2027, start=2)
    ]


@pytest.mark.parametrize(
    ("as_of", "why"),
    [
        (MON_2026_01_05, "is after Mon 2026-01-05, the date of this run"),
        (dt.date(2026, 7, 10), "is after Fri 2026-07-10, the date of this run"),
        (
            dt.date(2026, 12, 30),
            "is more than half a year after 2026-01-04, this column's newest date",
        ),
        (
            dt.date(2027, 2, 1),
            "is more than half a year after 2026-01-04, this column's newest date",
        ),
    ],
)
def test_a_year_less_date_after_a_column_kept_newest_first_stays_in_its_year(
    as_of: dt.date, why: str
) -> None:
    """ot102 F2, the other way: "Dec 29" just after the next dated row, newest first, is
    2026-12-29, after the run: 2025-12-29. From July 2026 that day was no longer recent and
    the date became 2026-12-29 (a Date Applied in the future, then a row reopened Overdue in
    2027); the column's newest date, 2026-01-04, keeps it in 2025 on every run."""
    frame = column("applied_at", ["1/4/2026", "Dec 29", "1/2/2026", "12/15/2025"], as_of)
    assert frame.loc[3, "applied_date"] == pd.Timestamp("2025-12-29")
    assert frame.loc[3, "problems"] == [
        'C3: "Dec 29" has no year; read as 2025-12-29 (2026-12-29, almost a year after the next '
        f"dated row's 2026-01-02, newest first, {why})"
    ]
