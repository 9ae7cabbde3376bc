"""A date with a weekday and a two-digit year read in the last century that the weekday
contradicts ("Wed 20/01/70" on a row not in Thailand: 1970-01-20 is a Tuesday) says which year
it took and whether the weekday fits the Thai calendar's short year (Thai Excel's "70" is 2570,
2027) or this century's, and what to write (fx198: the Problems line said only "1970-01-20 is a
Tuesday"). Through ``run`` on a CSV: the Problems a person sees."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main

READ_1970 = "is not a date: the two-digit year 70 is read as 1970, and 1970-01-20 is a Tuesday"
THAI = "; a Wednesday 20 January is in 2027 (2570 in the Thai calendar): write 2027-01-20"
# On a row placed elsewhere the Thai calendar is no help, and not named (ot102 F7).
WESTERN = "; a Wednesday 20 January is in 2027: write 2027-01-20"
FULL = "write the date with its year in full"


def _run(tmp_path: Path, country: str, cell: str) -> dict[str, str]:
    tracker = tmp_path / "tracker.csv"
    with tracker.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(
            [
                ["Company", "Position", "Country", "Interview Date"],
                ["Acme", "Analyst", country, cell],
            ]
        )
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", "2027-01-21", str(tracker)])
    assert result.exit_code == 0, result.output
    with tracker.open(encoding="utf-8-sig") as f:
        (row,) = csv.DictReader(f)
    assert row["Interview Date"] == cell  # the user's cell, untouched
    return row


@pytest.mark.parametrize(
    ("country", "cell", "problem"),
    [
        # 20 January 2027 (2570) is a Wednesday: the Thai short year fits.
        ("GB", "Wed 20/01/70", READ_1970 + WESTERN),
        ("US", "Wed, 20 Jan 70", READ_1970 + WESTERN),
        ("US", "Wed 20/01/70", READ_1970 + WESTERN),
        # A row whose place is not written may be Thai: the Thai year is said, and TH.
        ("", "Wed 20/01/70", READ_1970 + THAI + ", or put TH in the row's Country"),
        # 20 January 2070 is a Monday: said, but no year of a job search to write.
        ("GB", "Mon 20/01/70", f"{READ_1970}; a Monday 20 January is in 2070: {FULL}"),
        ("GB", "Sun 20/01/70", f"{READ_1970}; nor is 20 January a Sunday in 2070 or 2027: {FULL}"),
        (
            "",
            "Sun 20/01/70",
            f"{READ_1970}; nor is 20 January a Sunday in 2070 or 2027 (2570 in the Thai "
            f"calendar): {FULL}",
        ),
        # A year of this century keeps its problem: the weekday is the likelier typo.
        ("GB", "Thu 20/01/27", "is not a date (2027-01-20 is a Wednesday)"),
        # A weekday 1970 fits: an implausible year, as before.
        ("GB", "Tue 20/01/70", "is not a plausible interview date (before 2000)"),
    ],
)
def test_a_two_digit_years_weekday_says_what_to_write(
    tmp_path: Path, country: str, cell: str, problem: str
) -> None:
    row = _run(tmp_path, country, cell)
    assert row["Follow-up status"] == "Needs info"
    assert row["Problems"] == f'row 2, column "Interview Date": "{cell}" {problem}'


def test_on_a_thai_row_it_is_the_thai_year(tmp_path: Path) -> None:
    # Wed 2027-01-20, the interview; the thank-you was due Thu 01-21, the run's day.
    row = _run(tmp_path, "TH", "Wed 20/01/70")
    assert (row["Follow-up status"], row["Next action"], row["Problems"]) == (
        "Due today",
        "Thank-you note",
        "",
    )
