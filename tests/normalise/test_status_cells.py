"""Status cells as people type them (ot83 F10): an outcome asked rather than said
("ghosted?") does not close the row, and an interview stage with its date in the cell
("Phone screen 1/20") is dated by it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from trackers import run_csv_seen

from followup_batch.normalise.cell_readers import read_vocabulary
from followup_batch.normalise.row_dates import dates_in_stage
from followup_batch.normalise.vocabularies import VOCABULARIES

OUTCOME = VOCABULARIES["outcome"]


def asked(word: str, stage: str = "") -> str:
    kept = f" ({stage})" if stage else ""
    return (
        f"asks rather than says: not read as {word}, the row stays open{kept} and its "
        f"follow-ups go on; write {word} once it is so"
    )


@pytest.mark.parametrize(
    ("cell", "stage", "problem"),
    [
        # Asked: not closed, said.
        ("ghosted?", "applied", asked("ghosted")),
        ("Ghosted ??", "applied", asked("ghosted")),
        ("rejected?", "applied", asked("rejected")),
        ("Withdrawn?", "applied", asked("withdrawn")),
        ("offer?", "applied", asked("offer")),
        ("no offer?", "applied", asked("rejected")),
        ("Applied - ghosted? (6 weeks)", "applied", asked("ghosted", "applied")),
        ("Interviewing, rejected?", "interviewing", asked("rejected", "interviewing")),
        # Said: closed as before.
        ("ghosted", "ghosted", None),
        ("Rejected :(", "rejected", None),
        # Disbelief, not a question.
        ("Rejected?!", "rejected", None),
        ("Rejected!?", "rejected", None),
        # The question is about something else.
        ("Rejected - why?", "rejected", None),
        ("Ghosted (why?)", "ghosted", None),
        ("Who knows? Rejected", "rejected", None),
        # Asked, then said.
        ("rejected? yes, rejected", "rejected", None),
        # An open stage asked is that stage all the same: it closes nothing.
        ("Phone screen?", "interviewing", None),
    ],
)
def test_an_outcome_asked_does_not_close_the_row(
    cell: str, stage: str, problem: str | None
) -> None:
    value, reason, needs_info = read_vocabulary(cell, OUTCOME)
    assert value == stage
    assert reason == (None if problem is None else f'"{cell}" {problem}')
    assert not needs_info


@pytest.mark.parametrize(
    ("cell", "date"),
    [
        ("Phone screen 1/20", "1/20"),
        ("Onsite 2027-02-03", "2027-02-03"),
        ("Final round Jan 28", "Jan 28"),
        ("Final round Jan 28, 2027", "Jan 28, 2027"),
        ("Interview 20 Jan", "20 Jan"),
        ("Interview 3/4/2027", "3/4/2027"),
        ("Interview (Zoom) 12/14", "12/14"),
        ("Interviewing - 2nd round 1/28", "1/28"),
        # Not dates, or not for sure: a round of three, a count, a time, a version, two dates.
        ("Interview 2/3", None),
        ("Round 2 of 3", None),
        ("Technical 90 min", None),
        ("Interview 10.15", None),
        ("Phone screen v2.13", None),
        ("Phone screen 1/20 and 1/27", None),
        ("Interview on 1/32", None),
        ("Mayfair interview 3", None),
        ("Interview scheduled", None),
    ],
)
def test_the_date_in_a_stage_cell(cell: str, date: str | None) -> None:
    found = dates_in_stage(pd.Series([cell], dtype=object)).iloc[0]
    assert (None if pd.isna(found) else found) == date


CSV = """\
Company,Job Title,Date Applied,Status,Interview Date
A Co,Analyst,1/4/2027,ghosted?,
B Co,Analyst,1/4/2027,ghosted,
C Co,Analyst,1/4/2027,Phone screen 1/20,
D Co,Analyst,1/4/2027,Phone screen 1/20,1/22/2027
E Co,Analyst,1/4/2027,Interview 2/3,
F Co,Analyst,1/4/2027,Rejected 1/20,
"""


def test_a_run_reads_status_cells_as_meant(tmp_path: Path) -> None:
    """Applied Mon 2027-01-04 (7 bd: Wed 01-13). C's phone screen on Wed 01-20: its 1st
    check-in 5 bd later, Wed 01-27 (the same-day thank-you skipped once it is due); D's own
    Interview Date stands (Fri 01-22: Fri 01-29); E's "2/3" may be a round: its date is asked
    for; F's date is the rejection's, not an interview's."""
    seen = run_csv_seen(tmp_path, CSV, "2027-02-01")
    assert seen == {
        "A Co": (
            "Overdue",
            "Application check-in",
            "1/13/2027",
            f'row 2, column "Status": "ghosted?" {asked("ghosted")}',
        ),
        "B Co": ("Closed", "—", "", ""),
        "C Co": (
            "Overdue",
            "1st check-in",
            "1/27/2027",
            'row 4, column "Status": "Phone screen 1/20": the interview date read from it, '
            'Wed 2027-01-20; write it in "Interview Date" if that is wrong',
        ),
        "D Co": ("Overdue", "1st check-in", "1/29/2027", ""),
        "E Co": (
            "Needs info",
            "—",
            "",
            'row 6, column "Interview Date": Interview Date is empty, but the stage says there '
            "was an interview: when?",
        ),
        "F Co": ("Closed", "—", "", ""),
    }


@pytest.mark.parametrize(
    ("cell", "date"),
    [
        # Taiwan's Minguo year first (fx173), read on Taiwanese rows only (below).
        ("Interview 116/01/20", "116/01/20"),
        ("Interview 116.1.20", "116.1.20"),
        ("Interview 116-01-20", "116-01-20"),
        # Not one: mixed separators, a version, four digits, a room number.
        ("Interview 116/01.20", None),
        ("Phone screen v116.1.20", None),
        ("Interview 2116/01/20", None),
        ("Interview room 116", None),
    ],
)
def test_a_minguo_date_in_a_stage_cell(cell: str, date: str | None) -> None:
    found = dates_in_stage(pd.Series([cell], dtype=object)).iloc[0]
    assert (None if pd.isna(found) else found) == date


def read_from(cell: str) -> str:
    return (
        f'"Status": "{cell}": the interview date read from it, Wed 2027-01-20; write it in '
        '"Interview Date" if that is wrong'
    )


NOT_DATED = "Interview Date is empty, but the stage says there was an interview: when?"
LOCAL_CSV = """\
Company,Job Title,Country,Status,Interview Date
A Co,Analyst,TH,Phone screen 20/01/70,
B Co,Analyst,TW,Interview 116/01/20,
C Co,Analyst,TH,Phone screen 20/01/2570,
D Co,Analyst,US,Phone screen 20/01/70,
E Co,Analyst,JP,Interview 116/01/20,
"""


def test_a_stage_cells_date_is_read_in_the_rows_calendar(tmp_path: Path) -> None:
    """fx173 (found by fx164): the date in a Status cell was read without the row's local
    calendar, as the date columns read it: on a Thai row "20/01/70" is the Buddhist era's
    2570 (2027), on a Taiwanese one "116/01/20" Minguo 116 (2027). Both are Wed 2027-01-20;
    the 1st check-in 5 bd later, Wed 01-27 (no holiday between in Thailand or Taiwan). On a
    US row "20/01/70" is 1970, no interview, and on a Japanese one "116/01/20" no date: the
    date is asked for, as before."""
    seen = run_csv_seen(tmp_path, LOCAL_CSV, "2027-02-01")
    assert seen == {
        "A Co": (
            "Overdue",
            "1st check-in",
            "2027-01-27",
            f"row 2, column {read_from('Phone screen 20/01/70')}",
        ),
        "B Co": (
            "Overdue",
            "1st check-in",
            "2027-01-27",
            f"row 3, column {read_from('Interview 116/01/20')}",
        ),
        "C Co": (
            "Overdue",
            "1st check-in",
            "2027-01-27",
            f"row 4, column {read_from('Phone screen 20/01/2570')}",
        ),
        "D Co": ("Needs info", "—", "", f'row 5, column "Interview Date": {NOT_DATED}'),
        "E Co": ("Needs info", "—", "", f'row 6, column "Interview Date": {NOT_DATED}'),
    }
