"""An interview put off without its new day ("Rescheduled", "Interview cancelled - new date
TBD") beside the day in Interview Date it was put off from, once that day has passed (fx344:
the row got a thank-you and check-ins for an interview that was not held): the row needs its
new day, and says so at the Status."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner
from trackers import run_csv_seen

from followup_batch.cli import main

AS_OF = "2026-11-23"
# Company, Date Applied, Interview Date, Status, Country
ROWS = [
    ("P1", "10/20/2026", "11/18/2026", "Rescheduled", "US"),
    ("P2", "10/20/2026", "11/18/2026", "Interview cancelled - new date TBD", "US"),
    ("P3", "10/20/2026", "11/18/2026", "Cancelled - will reschedule", "US"),
    ("P4", "10/20/2026", "11/18/2026", '"Interviewer no show, rescheduled"', "US"),
    ("P5", "10/20/2026", "11/18/2026", "Zoom 11/18 - rescheduled", "US"),
    ("P6", "2026-10-20", "2026-11-18", "Onsite 18/11 - pushed back", "GB"),
    ("P7", "2026-10-20", "2026-11-18", "Vorstellungsgespräch 18.11. - verschoben", "DE"),
    ("P8", "10/20/2026", "11/23/2026", "rescheduling", "US"),  # the run's own day
    ("N1", "10/20/2026", "11/25/2026", "Rescheduled", "US"),  # ahead: its new day
    ("N2", "10/20/2026", "11/18/2026", "Onsite (rescheduled from 11/12)", "US"),
    ("N3", "10/20/2026", "11/18/2026", "Rescheduled from Monday", "US"),
    ("N4", "10/20/2026", "11/18/2026", "Interviewing", "US"),
    ("N5", "10/20/2026", "11/12/2026", "Zoom 11/24 - rescheduled", "US"),  # the next round
]
CSV = "Company,Position,Date Applied,Interview Date,Status,Country\n" + "".join(
    f"{company},Analyst,{applied},{interview},{status},{country}\n"
    for company, applied, interview, status, country in ROWS
)


def put_off(status: str, day: str) -> str:
    return (
        f'"{status}": the interview of {day} in "Interview Date" was put off, and its new day '
        "is not known yet, so no thank-you or check-in counts from that day; write the new day "
        f'in "Interview Date" once it is set (if the interview was held on {day} after all, '
        'write Interviewing in "Status")'
    )


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str, str, str]]:
    return run_csv_seen(tmp_path_factory.mktemp("put_off"), CSV, AS_OF)


@pytest.mark.parametrize(
    ("company", "row", "status", "day"),
    [
        ("P1", 2, "Rescheduled", "Wed 2026-11-18"),
        ("P2", 3, "Interview cancelled - new date TBD", "Wed 2026-11-18"),
        ("P3", 4, "Cancelled - will reschedule", "Wed 2026-11-18"),
        ("P4", 5, "Interviewer no show, rescheduled", "Wed 2026-11-18"),
        ("P5", 6, "Zoom 11/18 - rescheduled", "Wed 2026-11-18"),
        ("P6", 7, "Onsite 18/11 - pushed back", "Wed 2026-11-18"),
        ("P7", 8, "Vorstellungsgespräch 18.11. - verschoben", "Wed 2026-11-18"),
        ("P8", 9, "rescheduling", "Mon 2026-11-23"),
    ],
)
def test_an_interview_put_off_needs_its_new_day(
    seen: dict[str, tuple[str, str, str, str]], company: str, row: int, status: str, day: str
) -> None:
    assert seen[company] == (
        "Needs info",
        "—",
        "",
        f'row {row}, column "Status": {put_off(status, day)}',
    )


@pytest.mark.parametrize(
    ("company", "state", "due"),
    [
        # A day ahead is the new one; a day it was moved from, or no move, dates the interview.
        ("N1", "Scheduled", "2026-11-26"),
        ("N2", "Overdue", "2026-11-19"),
        ("N3", "Overdue", "2026-11-19"),
        ("N4", "Overdue", "2026-11-19"),
    ],
)
def test_an_interview_not_put_off_keeps_its_thank_you(
    seen: dict[str, tuple[str, str, str, str]], company: str, state: str, due: str
) -> None:
    assert seen[company] == (state, "Thank-you note", due, "")


def test_a_next_round_put_off_leaves_the_interview_before_it(
    seen: dict[str, tuple[str, str, str, str]],
) -> None:
    assert seen["N5"] == (
        "Overdue",
        "1st check-in",
        "2026-11-19",
        'row 14, column "Status": "Zoom 11/24 - rescheduled": "11/24" is not read as the '
        "interview's day, as the note after it says the round was not held then; once its new "
        'day is known, write it in "Interview Date"',
    )


def test_the_why_says_the_interview_was_put_off(tmp_path: Path) -> None:
    text = "Company,Position,Interview Date,Status\nAcme,Analyst,11/18/2026,Rescheduled\n"
    tracker = tmp_path / "t.csv"
    tracker.write_text(text, encoding="utf-8-sig")
    result = CliRunner().invoke(main, ["run", "--as-of", AS_OF, str(tracker)])
    assert result.exit_code == 0, result.output
    with tracker.open(encoding="utf-8-sig", newline="") as handle:
        (written,) = csv.DictReader(handle)
    assert written["Why"].splitlines()[:2] == [
        "Needs info: nothing is due or drafted from this row until it is fixed (see Problems); "
        "as it reads now:",
        'Status "Rescheduled" read as interviewing: the interview of Wed 2026-11-18 was put '
        "off, its new day not known yet.",
    ]
