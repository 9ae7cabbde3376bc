"""Interviews that did not take place on the day in Interview Date: put off ("Postponed",
"Verschoben", "Reporté", "Pospuesto" beside a day that has passed) or a no-show (the
interviewer's, the person's own, or nobody's said). fx361: such a row needed info, rightly, but
its Thank-you due and check-in columns were dated as if the interview had been held that day
("Thank-you due 19 Nov" for an interview that never was), and a no-show was only "not a known
outcome". Now those columns are blank, the Why says the interview was not held and what to fill
in, and nothing is drafted. A day still ahead, or a new day written after the no-show, is the
interview to come, followed up as any."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.normalise.row_dates import no_show_kind

AS_OF = "2026-11-23"  # a Monday
PASSED = dt.datetime(2026, 11, 18)  # Wed, before the run
AHEAD = dt.datetime(2026, 11, 25)  # Wed, after it
DUE_COLUMNS = ("Thank-you due", "1st check-in due", "2nd check-in due", "Final follow-up due")
BLANK = (None, None, None, None)

PUT_OFF = (
    "No thank-you or check-in: the interview of Wed 2026-11-18 was put off, so nothing is dated "
    'from that day; write its new day in "Interview Date" once it is set.'
)
INTERVIEWER_ABSENT = (
    "No thank-you or check-in: the interview of Wed 2026-11-18 did not take place (a no-show), "
    "so nothing is dated from that day; the interviewer did not come: ask for a new time, and "
    'write it in "Interview Date" once it is set.'
)
CANDIDATE_ABSENT = (
    "No thank-you or check-in: the interview of Wed 2026-11-18 did not take place (a no-show), "
    "so nothing is dated from that day; you did not attend: if they give you a new time, write "
    'it in "Interview Date"; if not, write Withdrawn in "Status".'
)
NOBODY_SAID = (
    "No thank-you or check-in: the interview of Wed 2026-11-18 did not take place (a no-show), "
    'so nothing is dated from that day; write its new day in "Interview Date" once one is set.'
)

# Company, Country, Interview Date, Status -> Follow-up status, Next action, the four due
# dates, the Why's line that says why nothing is dated ('' when the row is followed up).
ROWS = [
    # Put off, in English, German, French, Spanish, beside a day that has passed.
    ("P1", "US", PASSED, "Postponed", "Needs info", "—", BLANK, PUT_OFF),
    ("P2", "US", PASSED, "Interview postponed", "Needs info", "—", BLANK, PUT_OFF),
    ("P3", "DE", PASSED, "Verschoben", "Needs info", "—", BLANK, PUT_OFF),
    ("P4", "FR", PASSED, "Reporté", "Needs info", "—", BLANK, PUT_OFF),
    ("P5", "ES", PASSED, "Pospuesto", "Needs info", "—", BLANK, PUT_OFF),
    ("P6", "US", PASSED, "Interview cancelled - new date TBD", "Needs info", "—", BLANK, PUT_OFF),
    # A no-show: the interviewer's, the person's own, nobody's said.
    ("N1", "US", PASSED, "Interviewer no-show", "Needs info", "—", BLANK, INTERVIEWER_ABSENT),
    ("N2", "US", PASSED, "They didn't show", "Needs info", "—", BLANK, INTERVIEWER_ABSENT),
    ("N3", "GB", PASSED, "Hiring manager no show", "Needs info", "—", BLANK, INTERVIEWER_ABSENT),
    ("N4", "US", PASSED, "Candidate no show", "Needs info", "—", BLANK, CANDIDATE_ABSENT),
    ("N5", "US", PASSED, "I didn't show up", "Needs info", "—", BLANK, CANDIDATE_ABSENT),
    ("N6", "US", PASSED, "No show", "Needs info", "—", BLANK, NOBODY_SAID),
    # The day ahead is the new one; a new day after the no-show is the interview to come (held
    # once passed); a closed row stays closed.
    (
        "A1",
        "US",
        AHEAD,
        "Postponed",
        "Scheduled",
        "Thank-you note",
        (
            dt.datetime(2026, 11, 26),
            dt.datetime(2026, 12, 3),
            dt.datetime(2026, 12, 16),
            dt.datetime(2026, 12, 23),
        ),
        "",
    ),
    (
        "A2",
        "DE",
        AHEAD,
        "Verschoben",
        "Scheduled",
        "Thank-you note",
        (
            dt.datetime(2026, 11, 26),
            dt.datetime(2026, 12, 2),
            dt.datetime(2026, 12, 15),
            dt.datetime(2026, 12, 23),
        ),
        "",
    ),
    (
        "A3",
        "US",
        PASSED,
        "Interviewer no show, rescheduled",
        "Overdue",
        "Thank-you note",
        (
            dt.datetime(2026, 11, 19),
            dt.datetime(2026, 11, 25),
            dt.datetime(2026, 12, 9),
            dt.datetime(2026, 12, 16),
        ),
        "",
    ),
]


# Put off to a day the Status names (fx361: "verschoben auf 12.12." was no known outcome, its
# thank-you dated from the day put off): the interview moved there, Sat 2026-12-12, Interview
# Date keeping the day it left. Company, Country, Status.
MOVED = [
    ("M1", "DE", "verschoben auf 12.12."),
    ("M2", "DE", "Verschoben auf 12.12.2026"),
    ("M3", "DE", "18.11. verschoben auf 12.12."),
    ("M4", "US", "Postponed to 12/12"),
    ("M5", "FR", "Reporté au 12/12"),
    ("M6", "ES", "Aplazada al 12/12"),
    ("M7", "NL", "Uitgesteld naar 12-12-2026"),
    ("M8", "GB", "Pushed back to 12 Dec"),
]


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    """The workbook's rows by company, as a person sees them on opening it after the run."""
    path = tmp_path_factory.mktemp("not_held") / "Maya Chen.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Position", "Interviewer", "Country", "Interview Date", "Status"])
    for company, country, day, status, *_ in ROWS:
        sheet.append([company, "Analyst", "Jane Doe", country, day, status])
    for company, country, status in MOVED:
        sheet.append([company, "Analyst", "Jane Doe", country, PASSED, status])
    book.save(path)
    result = CliRunner().invoke(main, ["run", "--as-of", AS_OF, "-q", str(path)])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path, data_only=True).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    rows = (
        dict(zip(header, (cell.value for cell in cells), strict=True))
        for cells in sheet.iter_rows(min_row=2)
    )
    return {str(row["Company"]): row for row in rows}


@pytest.mark.parametrize(
    ("company", "status", "follow_up", "action", "due", "why"),
    [(c, s, f, a, d, w) for c, _, _, s, f, a, d, w in ROWS],
    ids=[row[0] for row in ROWS],
)
def test_an_interview_not_held_is_not_followed_up_from_its_day(
    seen: dict[str, dict[str, object]],
    company: str,
    status: str,
    follow_up: str,
    action: str,
    due: tuple[dt.datetime | None, ...],
    why: str,
) -> None:
    row = seen[company]
    assert row["Status"] == status  # the user's cell, untouched
    assert (row["Follow-up status"], row["Next action"]) == (follow_up, action)
    assert tuple(row[column] for column in DUE_COLUMNS) == due
    lines = str(row["Why"]).splitlines()
    if why:
        assert why in lines
        assert row["Draft"] is None  # nothing thanks for an interview that did not happen
    else:
        assert not any(line.startswith("No thank-you or check-in") for line in lines)
        assert str(row["Draft subject"]).startswith("Thank you")


@pytest.mark.parametrize(
    ("company", "problem"),
    [
        (
            "N1",
            'F8: "Interviewer no-show": the interviewer did not come to the interview of Wed '
            '2026-11-18 in "Interview Date", so no thank-you or check-in counts from that day; '
            'write to ask for a new time, and once it is set write it in "Interview Date" and '
            'Interviewing in "Status"',
        ),
        (
            "N4",
            'F11: "Candidate no show": you did not attend the interview of Wed 2026-11-18 in '
            '"Interview Date", so no thank-you or check-in counts from that day; if they give '
            'you a new time, write it in "Interview Date" and Interviewing in "Status", else '
            'write Withdrawn in "Status"',
        ),
    ],
)
def test_a_no_show_says_what_to_do_by_whose_it_was(
    seen: dict[str, dict[str, object]], company: str, problem: str
) -> None:
    assert seen[company]["Problems"] == problem


@pytest.mark.parametrize(("company", "country", "status"), MOVED, ids=[row[0] for row in MOVED])
def test_an_interview_put_off_to_a_day_is_followed_up_from_that_day(
    seen: dict[str, dict[str, object]], company: str, country: str, status: str
) -> None:
    row = seen[company]
    assert (row["Status"], row["Interview Date"]) == (status, PASSED)  # the user's cells
    assert (row["Follow-up status"], row["Next action"], row["Next due"]) == (
        "Scheduled",
        "Thank-you note",
        dt.datetime(2026, 12, 13),
    )
    # The day after Sat 12-12; 5 bd counted from Fri 12-11 on each country's calendar.
    assert (row["Thank-you due"], row["1st check-in due"]) == (
        dt.datetime(2026, 12, 13),
        dt.datetime(2026, 12, 18),
    )
    assert str(row["Why"]).splitlines()[:2] == [
        "Thank-you note: the day after the interview on Sat 2026-12-12 → Sun 2026-12-13",
        f'Status "{status}" read as interviewing.',
    ]


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("Interviewer no-show", "interviewer no-show"),
        ("They didn't show", "interviewer no-show"),
        ("Recruiter never showed", "interviewer no-show"),
        # The one named nearest before the no-show, not the first named in the cell.
        ("I waited 20 min, interviewer no show", "interviewer no-show"),
        ("Interviewer didn't show, I waited", "interviewer no-show"),
        ("Candidate no show", "candidate no-show"),
        ("I didn't show up", "candidate no-show"),
        ("No show by me", "candidate no-show"),
        ("No show", "no-show"),
        ("Interview - no show", "no-show"),
        ("Interviewing", ""),
        ("Showcase prepared", ""),
    ],
)
def test_whose_no_show_a_cell_says(cell: str, kind: str) -> None:
    assert no_show_kind(cell) == kind
