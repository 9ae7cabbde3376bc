"""An interview put off without its new day ("Postponed", "Interview cancelled - new date
TBD") beside the day in Interview Date it was put off from, once that day has passed (fx344:
the row got a thank-you and check-ins for an interview that was not held): the row needs its
new day, and says so at the Status. "Rescheduled" alone says the interview has its new day, the
one in Interview Date: held once it has passed (fx352: it needed info asking for Interviewing).
"Postponed" and its German, Spanish, French and Dutch words alone are put off (fx352: each was an
unknown outcome)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner
from outcome_rows import read
from trackers import run_csv_seen

from followup_batch.cli import main

AS_OF = "2026-11-23"
# Company, Date Applied, Interview Date, Status, Country
ROWS = [
    ("H1", "10/20/2026", "11/18/2026", "Rescheduled", "US"),
    ("P2", "10/20/2026", "11/18/2026", "Interview cancelled - new date TBD", "US"),
    ("P3", "10/20/2026", "11/18/2026", "Cancelled - will reschedule", "US"),
    ("H2", "10/20/2026", "11/18/2026", "Interviewer no show, rescheduled", "US"),
    ("P5", "10/20/2026", "11/18/2026", "Zoom 11/18 - rescheduled", "US"),
    ("P6", "2026-10-20", "2026-11-18", "Onsite 18/11 - pushed back", "GB"),
    ("P7", "2026-10-20", "2026-11-18", "Vorstellungsgespräch 18.11. - verschoben", "DE"),
    ("P8", "10/20/2026", "11/23/2026", "rescheduling", "US"),  # the run's own day
    ("N1", "10/20/2026", "11/25/2026", "Rescheduled", "US"),  # ahead: its new day
    ("N2", "10/20/2026", "11/18/2026", "Onsite (rescheduled from 11/12)", "US"),
    ("N3", "10/20/2026", "11/18/2026", "Rescheduled from Monday", "US"),
    ("N4", "10/20/2026", "11/18/2026", "Interviewing", "US"),
    ("N5", "10/20/2026", "11/12/2026", "Zoom 11/24 - rescheduled", "US"),  # the next round
    ("Q1", "10/20/2026", "11/18/2026", "Rescheduled - new date TBD", "US"),
    ("Q2", "10/20/2026", "11/18/2026", "Rebooked, new time to be confirmed", "US"),
    ("Q3", "10/20/2026", "11/18/2026", "Postponed", "US"),
    ("Q4", "10/20/2026", "11/18/2026", "Interview postponed", "US"),
    ("Q5", "2026-10-20", "2026-11-18", "Verschoben", "DE"),
    ("Q6", "2026-10-20", "2026-11-18", "Pospuesto", "ES"),
    ("Q7", "2026-10-20", "2026-11-18", "Reporté", "FR"),
    ("Q8", "2026-10-20", "2026-11-18", "Uitgesteld", "NL"),
    ("H3", "10/20/2026", "11/18/2026", "Rebooked", "US"),
    ("H4", "10/20/2026", "11/25/2026", "Postponed", "US"),  # ahead: its new day
    ("E1", "10/20/2026", "", "Postponed", "US"),
    ("E2", "10/20/2026", "", "Rescheduled", "US"),
    ("E3", "2026-10-20", "", "Reporté", "FR"),
]
CSV = "Company,Position,Date Applied,Interview Date,Status,Country\n" + "".join(
    f'{company},Analyst,{applied},{interview},"{status}",{country}\n'
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
        ("P2", 3, "Interview cancelled - new date TBD", "Wed 2026-11-18"),
        ("P3", 4, "Cancelled - will reschedule", "Wed 2026-11-18"),
        ("P5", 6, "Zoom 11/18 - rescheduled", "Wed 2026-11-18"),
        ("P6", 7, "Onsite 18/11 - pushed back", "Wed 2026-11-18"),
        ("P7", 8, "Vorstellungsgespräch 18.11. - verschoben", "Wed 2026-11-18"),
        ("P8", 9, "rescheduling", "Mon 2026-11-23"),
        ("Q1", 15, "Rescheduled - new date TBD", "Wed 2026-11-18"),
        ("Q2", 16, "Rebooked, new time to be confirmed", "Wed 2026-11-18"),
        ("Q3", 17, "Postponed", "Wed 2026-11-18"),
        ("Q4", 18, "Interview postponed", "Wed 2026-11-18"),
        ("Q5", 19, "Verschoben", "Wed 2026-11-18"),
        ("Q6", 20, "Pospuesto", "Wed 2026-11-18"),
        ("Q7", 21, "Reporté", "Wed 2026-11-18"),
        ("Q8", 22, "Uitgesteld", "Wed 2026-11-18"),
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
        # Due dates are written as most of the CSV's dates are (month first: fx350).
        # A day ahead is the new one; a day it was moved from, or no move, dates the interview.
        ("N1", "Scheduled", "11/26/2026"),
        ("N2", "Overdue", "11/19/2026"),
        ("N3", "Overdue", "11/19/2026"),
        ("N4", "Overdue", "11/19/2026"),
        # "Rescheduled", "Rebooked": the day in Interview Date is the new one, held once passed.
        ("H1", "Overdue", "11/19/2026"),
        ("H2", "Overdue", "11/19/2026"),
        ("H3", "Overdue", "11/19/2026"),
        ("H4", "Scheduled", "11/26/2026"),
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
        "11/19/2026",
        'row 14, column "Status": "Zoom 11/24 - rescheduled": "11/24" is not read as the '
        "interview's day, as the note after it says the round was not held then; once its new "
        'day is known, write it in "Interview Date"',
    )


@pytest.mark.parametrize(
    ("company", "row"),
    [
        # No day at all: its new day is asked for, not when an interview that was not held was.
        ("E1", 25),
        ("E2", 26),
        ("E3", 27),
    ],
)
def test_an_interview_put_off_without_a_day_asks_for_its_new_one(
    seen: dict[str, tuple[str, str, str, str]], company: str, row: int
) -> None:
    assert seen[company] == (
        "Needs info",
        "—",
        "",
        f'row {row}, column "Interview Date": Interview Date is empty, and the Status says the '
        "interview was put off or moved: write its new day there once it is set",
    )


@pytest.mark.parametrize(
    ("cell", "read_as"),
    [
        # Alone in the cell, the interview put off (fx352: each was an unknown outcome).
        ("Postponed", ("interviewing", False)),
        ("Interview postponed", ("interviewing", False)),
        ("Pushed back", ("interviewing", False)),
        ("Verschoben", ("interviewing", False)),
        ("Aufgeschoben", ("interviewing", False)),
        ("Pospuesto", ("interviewing", False)),
        ("Aplazada", ("interviewing", False)),
        ("Reporté", ("interviewing", False)),
        ("Repoussée", ("interviewing", False)),
        ("Uitgesteld", ("interviewing", False)),
        # As before: another thing put off, and a hold of the whole process.
        ("Offer postponed", ("offer", False)),
        ("Start date postponed", ("applied", True)),
        ("On hold", ("on hold", False)),
    ],
)
def test_put_off_words_are_read(cell: str, read_as: tuple[str, bool]) -> None:
    assert read(cell) == read_as


@pytest.mark.parametrize(
    ("status", "why"),
    [
        (
            "Postponed",
            [
                "Needs info: nothing is due or drafted from this row until it is fixed (see "
                "Problems); as it reads now:",
                'Status "Postponed" read as interviewing: the interview of Wed 2026-11-18 was '
                "put off, its new day not known yet.",
            ],
        ),
        (
            "Rescheduled",
            [
                "Thank-you note: the day after the interview on Wed 2026-11-18 → Thu 2026-11-19",
                'Status "Rescheduled" read as interviewing: the interview moved to Wed '
                '2026-11-18, the day in "Interview Date".',
            ],
        ),
    ],
)
def test_the_why_says_how_the_interview_moved(tmp_path: Path, status: str, why: list[str]) -> None:
    text = f"Company,Position,Interview Date,Status\nAcme,Analyst,11/18/2026,{status}\n"
    tracker = tmp_path / "t.csv"
    tracker.write_text(text, encoding="utf-8-sig")
    result = CliRunner().invoke(main, ["run", "--as-of", AS_OF, str(tracker)])
    assert result.exit_code == 0, result.output
    with tracker.open(encoding="utf-8-sig", newline="") as handle:
        (written,) = csv.DictReader(handle)
    assert written["Why"].splitlines()[:2] == why
