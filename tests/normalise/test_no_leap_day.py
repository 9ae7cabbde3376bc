"""A 29 February in a year that has none says so ("2027-02-29": 2027 is not a leap year), in
every date column and however the date is written; other dates that are none keep the plain
"is not a date" (ot102 F7). Through ``run`` on a CSV: the Problems a person sees."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main

NO_LEAP_2027 = "is not a date (2027 is not a leap year: it has no 29 February)"


def _run(tmp_path: Path, header: str, country: str, cell: str) -> dict[str, str]:
    tracker = tmp_path / "Maya Chen.csv"
    interview = "" if header == "Interview Date" else "2027-03-01"
    columns = {"Company": "Acme", "Position": "Analyst", "Country": country}
    columns |= {"Interview Date": interview, header: cell}
    with tracker.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([list(columns), list(columns.values())])
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", "2027-03-20", str(tracker)])
    assert result.exit_code == 0, result.output
    with tracker.open(encoding="utf-8") as f:
        (row,) = csv.DictReader(f)
    assert row[header] == cell  # the user's cell, untouched
    return row


@pytest.mark.parametrize(
    ("header", "country", "cell", "problem"),
    [
        ("Interview Date", "US", "2027-02-29", NO_LEAP_2027),
        ("Interview Date", "GB", "29/02/2027", NO_LEAP_2027),
        ("Interview Date", "US", "02/29/27", NO_LEAP_2027),
        ("Interview Date", "US", "Feb 29 2027", NO_LEAP_2027),
        ("Interview Date", "US", "February 29, 2027", NO_LEAP_2027),
        ("Interview Date", "DE", "29.02.27", NO_LEAP_2027),
        ("Interview Date", "DE", "29. Februar 2027", NO_LEAP_2027),
        # With its weekday (no leap year's 29 February falls on it): it said only "is not a
        # date" (ot104). 2028-02-29 is a Tuesday; 2026's none either.
        ("Decision Date", "GB", "Mon 29 Feb 2027", NO_LEAP_2027),
        ("Decision Date", "US", "Monday, February 29, 2027", NO_LEAP_2027),
        ("Decision Date", "GB", "Mon 29/02/2027", NO_LEAP_2027),
        ("Interview Date", "DE", "29.02.2027 (Mo)", NO_LEAP_2027),
        (
            "Decision Date",
            "GB",
            "Sun 29 Feb 2026",
            "is not a date (2026 is not a leap year: it has no 29 February)",
        ),
        # A wrong weekday on another day keeps its own problem; a weekday on a day no month
        # has, the plain one.
        ("Decision Date", "GB", "Mon 28 Feb 2027", "is not a date (2027-02-28 is a Sunday)"),
        (
            "Decision Date",
            "GB",
            "Mon 30 Feb 2027",
            'is not a date or a timeline phrase (e.g. "Friday", "next week", "in 2 weeks",'
            ' "within 5 business days", "early January")',
        ),
        # A century year that is no leap year either (2000 was one).
        (
            "Interview Date",
            "US",
            "1900-02-29",
            "is not a date (1900 is not a leap year: it has no 29 February)",
        ),
        # Other days that are none: the plain problem.
        ("Interview Date", "US", "2027-02-30", "is not a date"),
        ("Interview Date", "GB", "31/02/2027", "is not a date"),
        ("Interview Date", "US", "2027-29-02", "is not a date"),
        ("Date Applied", "US", "2027-02-29", NO_LEAP_2027),
        ("Decision Date", "US", "2027-02-29", NO_LEAP_2027),
        ("Thank-you Sent", "US", "29/02/2027", NO_LEAP_2027 + ", so it is read as not sent"),
    ],
)
def test_a_29_february_without_a_leap_year_says_so(
    tmp_path: Path, header: str, country: str, cell: str, problem: str
) -> None:
    row = _run(tmp_path, header, country, cell)
    assert row["Problems"] == f'row 2, column "{header}": "{cell}" {problem}'


@pytest.mark.parametrize(
    ("cell", "thank_you"),
    # The due date is written back in the tracker's own way of writing dates.
    [
        ("2028-02-29", "2028-03-01"),
        ("29/02/2028", "01/03/2028"),
        ("29.02.28", "01.03.28"),
        ("Tue 29 Feb 2028", "2028-03-01"),
    ],
)
def test_a_29_february_of_a_leap_year_is_read(tmp_path: Path, cell: str, thank_you: str) -> None:
    row = _run(tmp_path, "Interview Date", "GB", cell)
    assert (row["Thank-you due"], row["Problems"]) == (thank_you, "")
