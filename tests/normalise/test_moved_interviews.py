"""An interview moved to a new day, the day written without the one it was moved from (fx344):
"moved to 11/24" in an Interview Date cell was "not a date", "Moved to 24.11.2026" in a Status
no known outcome, and "moved to 24/11" in a Status beside the Interview Date it was moved from
was read as a next round ("scheduling it answered the earlier one")."""

from __future__ import annotations

import datetime as dt

import pytest
from trackers import run_csv_seen

from followup_batch.normalise.dates import NO_YEAR, ParsedDate, parse_date
from followup_batch.normalise.row_dates import moved_to_day
from followup_batch.normalise.vocabularies import VOCABULARIES, match_vocabulary

D = dt.date


@pytest.mark.parametrize(
    ("value", "dayfirst", "read"),
    [
        ("moved to 11/24", None, ParsedDate(problem=NO_YEAR, month_day=(11, 24))),
        ("Moved to Nov 24", None, ParsedDate(problem=NO_YEAR, month_day=(11, 24))),
        ("moved to 24 Nov", True, ParsedDate(problem=NO_YEAR, month_day=(11, 24))),
        ("moved to 24/11", True, ParsedDate(problem=NO_YEAR, month_day=(11, 24))),
        ("Rescheduled to 11/24", None, ParsedDate(problem=NO_YEAR, month_day=(11, 24))),
        ("verschoben auf 26.11.", True, ParsedDate(problem=NO_YEAR, month_day=(11, 26))),
        (
            "moved to 24/11/2026",
            True,
            ParsedDate(
                D(2026, 11, 24), note="states the day it was moved to: read as Tue 2026-11-24"
            ),
        ),
        # Still not read: no day, or words that are no date before the move.
        ("moved to next week", None, ParsedDate(problem="is not a date")),
        ("Onsite - moved to 11/24/2026", None, ParsedDate(problem="is not a date")),
    ],
)
def test_a_date_cell_with_the_new_day_alone(
    value: str, dayfirst: bool | None, read: ParsedDate
) -> None:
    assert parse_date(value, dayfirst=dayfirst) == read


@pytest.mark.parametrize(
    ("cell", "reading"),
    [
        ("Moved to 24.11.2026", "interviewing"),
        ("moved to 24.11.", "interviewing"),
        ("Zoom 24.11.2026", "interviewing"),
        ("Moved to 24.11.20261", None),  # no date: as before
    ],
)
def test_a_move_to_a_dotted_date_with_its_year(cell: str, reading: str | None) -> None:
    assert match_vocabulary(cell, VOCABULARIES["outcome"]) == reading


@pytest.mark.parametrize(
    ("cell", "moved"),
    [
        ("moved to 24/11", True),
        ("Moved to Nov 24", True),
        ("Rescheduled for Tue 11/24", True),
        ("Onsite 11/18 - moved to 11/24", True),
        ("Onsite 11/18 (cancelled, now 11/25)", True),
        ("Vorstellungsgespräch 24.11. verschoben auf 26.11.", True),
        ("Entretien 18/11 reporté au 25/11", True),
        ("Onsite 11/24", False),
        ("Phone 11/12 - onsite 11/24", False),
        ("Onsite 11/18 - moved to final round", False),
    ],
)
def test_the_day_a_status_says_the_round_was_moved_to(cell: str, moved: bool) -> None:
    assert moved_to_day(cell) is moved


AS_OF = "2026-11-23"
CSV = """\
Company,Position,Date Applied,Interview Date,Status,Country
M1,Analyst,2026-10-20,2026-11-18,moved to 11/24,US
M2,Analyst,2026-10-20,2026-11-18,Moved to Nov 24,US
M3,Analyst,2026-10-20,2026-11-18,moved to 24/11,GB
M4,Analyst,2026-10-20,2026-11-18,Moved to 24.11.2026,DE
M5,Analyst,2026-10-20,2026-11-18,Onsite 11/18 - rescheduled to 11/16,US
M6,Analyst,2026-10-20,moved to 24/11,Interviewing,GB
M7,Analyst,2026-10-20,moved to Nov 24,Interviewing,US
M8,Analyst,2026-10-20,2026-11-18,Onsite 11/24,US
M9,Analyst,2026-10-20,2026-11-18,Onsite 11/18 - moved to 11/24,US
M10,Analyst,2026-10-20,2026-11-12,Onsite 11/18 - moved to 11/24,US
"""


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str, str, str]]:
    return run_csv_seen(tmp_path_factory.mktemp("moved"), CSV, AS_OF)


def moved(row: int, cell: str, day: str, year: str) -> str:
    return (
        f'row {row}, column "Status": "{cell}": the day the interview was moved to read from '
        f'it, {day}{year}; "Interview Date" has Wed 2026-11-18, the day it was moved from: '
        "write the new day there"
    )


def placed(text: str, day: str) -> str:
    return f'; "{text}" has no year; read as {day} (nearest the same row\'s 2026-11-18)'


@pytest.mark.parametrize(
    ("company", "state", "due", "problems"),
    [
        (
            "M1",
            "Due soon",
            "2026-11-25",
            moved(2, "moved to 11/24", "Tue 2026-11-24", placed("11/24", "2026-11-24")),
        ),
        (
            "M2",
            "Due soon",
            "2026-11-25",
            moved(3, "Moved to Nov 24", "Tue 2026-11-24", placed("Nov 24", "2026-11-24")),
        ),
        (
            "M3",
            "Due soon",
            "2026-11-25",
            moved(4, "moved to 24/11", "Tue 2026-11-24", placed("24/11", "2026-11-24")),
        ),
        ("M4", "Due soon", "2026-11-25", moved(5, "Moved to 24.11.2026", "Tue 2026-11-24", "")),
        # Moved earlier: that day's thank-you, not the later day's.
        (
            "M5",
            "Overdue",
            "2026-11-17",
            moved(
                6,
                "Onsite 11/18 - rescheduled to 11/16",
                "Mon 2026-11-16",
                placed("11/16", "2026-11-16"),
            ),
        ),
        (
            "M6",
            "Due soon",
            "2026-11-25",
            'row 7, column "Interview Date": "moved to 24/11" has no year; read as 2026-11-24 '
            "(nearest the same row's 2026-10-20): the day it states it was moved to",
        ),
        (
            "M7",
            "Due soon",
            "2026-11-25",
            'row 8, column "Interview Date": "moved to Nov 24" has no year; read as 2026-11-24 '
            "(nearest the same row's 2026-10-20): the day it states it was moved to",
        ),
        # A round with no move is a next round, as before.
        (
            "M8",
            "Due soon",
            "2026-11-25",
            'row 9, column "Status": "Onsite 11/24": the next round read from it, Tue '
            '2026-11-24, after the interview in "Interview Date" (Wed 2026-11-18): the '
            'follow-ups are that round\'s; write it in "Interview Date", or give that round a '
            "row of its own, so that it stays when the Status changes",
        ),
        # Moved from the day in Interview Date; from another day, the next round was moved.
        (
            "M9",
            "Due soon",
            "2026-11-25",
            moved(
                10,
                "Onsite 11/18 - moved to 11/24",
                "Tue 2026-11-24",
                placed("11/24", "2026-11-24"),
            ),
        ),
        (
            "M10",
            "Due soon",
            "2026-11-25",
            'row 11, column "Status": "Onsite 11/18 - moved to 11/24": the next round read from '
            'it, Tue 2026-11-24, after the interview in "Interview Date" (Thu 2026-11-12): the '
            'follow-ups are that round\'s; write it in "Interview Date", or give that round a '
            "row of its own, so that it stays when the Status changes",
        ),
    ],
)
def test_an_interview_moved_is_on_its_new_day(
    seen: dict[str, tuple[str, str, str, str]],
    company: str,
    state: str,
    due: str,
    problems: str,
) -> None:
    assert seen[company] == (state, "Thank-you note", due, problems)
