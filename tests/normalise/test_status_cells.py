"""Status cells as people type them (ot83 F10): an outcome asked rather than said
("ghosted?") does not close the row, and an interview stage with its date in the cell
("Phone screen 1/20") is dated by it."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest
from trackers import run_csv_seen

from followup_batch.normalise.cell_readers import read_vocabulary
from followup_batch.normalise.row_dates import dates_in_stage, round_kind
from followup_batch.normalise.vocabularies import VOCABULARIES, names_an_interview

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
        # ot115 F10: a date's slash or dot does not cut the question short (closed as ghosted).
        ("ghosted since 10/30?", "applied", asked("ghosted")),
        ("Rejected 11/19?", "applied", asked("rejected")),
        ("Abgelehnt am 19.11?", "applied", asked("rejected")),
        # ... nor the dot closing a day-first date right before it (closed as ghosted).
        ("Ghosted since 30.10.?", "applied", asked("ghosted")),
        ("Abgelehnt am 19.11. ?", "applied", asked("rejected")),
        # Said: closed as before.
        ("ghosted", "ghosted", None),
        ("Rejected :(", "rejected", None),
        ("ghosted since 10/30", "ghosted", None),
        ("Ghosted since 30.10.", "ghosted", None),
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
        # ot111 F8: an ordinal day, German's closing dot, Dutch dashes with the year.
        ("Onsite 18th Nov", "18th Nov"),
        ("Onsite scheduled for 18th Nov", "18th Nov"),
        ("Final round 2nd Dec 2026", "2nd Dec 2026"),
        ("Vorstellungsgespräch 24.11.", "24.11."),
        ("Vorstellungsgespräch am 24.11.", "24.11."),
        ("Gesprek 24-11-2026", "24-11-2026"),
        # Both numbers 12 or less, and no count of rounds: a date either order reads
        # (``test_a_next_round_dated_either_way_is_read_in_the_trackers_order``).
        ("Onsite 12/2", "12/2"),
        ("onsite 12/2 (virtual)", "12/2"),
        ("Onsite 3/11", "3/11"),
        ("Interview 2/3 on 12/2", "12/2"),
        # ot115 F6: a round's old date is not another round; a trail's last round is the one
        # the row is at, a step that is no round (a rejection, an offer awaited) passed over;
        # a Dutch day-month without the year, read as with a slash.
        ("Onsite 11/23 (rescheduled from 11/20)", "11/23"),
        ("Onsite 11/23 (was 11/20)", "11/23"),
        ("Phone 11/16 ✅, onsite 11/30 scheduled", "11/30"),
        ("Phone 11/12 -> onsite 11/30", "11/30"),
        ("Phone 11/3 -> onsite 11/17 -> rejected 11/19", "11/17"),
        ("Onsite 11/13, offer expected 11/25", "11/13"),
        ("Onsite 11/24 - waiting for feedback", "11/24"),
        # fx300: a note after the date that the round was not held then: no round's date.
        ("Zoom 11/24 - rescheduled", None),
        ("Onsite 11/24 rescheduled", None),
        ("Interview 11/24 - postponed", None),
        ("Phone 11/24 - no show", None),
        ("Phone 11/24 (no-show)", None),
        ("Vorstellungsgespräch 24.11. abgesagt", None),  # as "cancelled" (fx312)
        ("Onsite 11/24 - rescheduled from 11/20", "11/24"),
        ("Onsite 11/24 - showed up early", "11/24"),
        # ot131 F1, F4: put off in German, Dutch, French, Spanish, and in other English words
        # (each was read as held that day); "moved" alone, not "moved on" or "moved forward".
        ("Telefoninterview am 18.11. - verschoben", None),
        ("Zweitgespräch 18.11. (verschoben)", None),
        ("Telefoninterview 18.11. - verlegt", None),
        ("Gesprek 18-11-2026 - uitgesteld", None),
        ("Gesprek 18-11-2026 (verplaatst)", None),
        ("Entretien 18/11 - reporté", None),
        ("Entretien 18/11 (repoussé)", None),
        ("Entrevista 18/11 - aplazada", None),
        ("Entrevista 18/11 - pospuesto", None),
        ("Onsite 11/18 - pushed back", None),
        ("Onsite 11/18 - they rescheduled", None),
        ("Onsite 11/18 - moved", None),
        ("Onsite 11/18 - moved on", "11/18"),
        ("Onsite 11/18 - moved forward", "11/18"),
        # ot131 F3: a round moved, its new day given, is on that day (the cell was unread); a
        # spaced dash starts the next step, as an arrow does (the first round was read).
        ("Onsite 11/18 - moved to 11/24", "11/24"),
        ("Onsite 11/18 moved to 11/24", "11/24"),
        # fx325: its new day by its month or weekday too (the cell's dates were unread).
        ("Onsite 11/18 moved to Nov 24", "Nov 24"),
        ("Onsite 11/18 (moved to Nov 24)", "Nov 24"),
        ("Onsite 11/18 moved to Tue 11/24", "Tue 11/24"),
        ("Onsite 11/18 moved to 24 Nov", "24 Nov"),
        ("Moved to Nov 24", "Nov 24"),
        ("Onsite 11/18 - pushed back to 11/24", "11/24"),
        ("Interview 11/24 rescheduled to 12/1", "12/1"),
        ("Vorstellungsgespräch 24.11. verschoben auf 26.11.", "26.11."),
        ("Entretien 18/11 reporté au 25/11", "25/11"),
        ("Onsite 11/18 (cancelled, now 11/25)", "11/25"),
        # fx325: a round's day it was moved from, in German, French, Spanish, Dutch, is no
        # round's day (each was read as the interview's), the day before it the new one.
        ("Vorstellungsgespräch (verschoben vom 24.11.)", None),
        ("Vorstellungsgespräch verschoben vom 24.11.", None),
        ("Vorstellungsgespräch - verschoben vom 24.11.", None),
        ("Vorstellungsgespräch 26.11. (verschoben vom 24.11.)", "26.11."),
        ("Gespräch verschoben von 24.11. auf 26.11.", "26.11."),
        ("Entretien (reporté du 24/11)", None),
        ("Entrevista (aplazada del 24/11)", None),
        ("Gesprek (verplaatst van 24-11)", None),
        ("Rescheduled 11/18 - 11/24", "11/24"),
        ("Onsite 11/18 \u2013 11/24", "11/24"),
        ("Onsite 11/18 \u2014 11/24", "11/24"),
        ("Phone 11/12 - onsite 11/24", "11/24"),
        ("Applied 11/2 - phone 11/12", "11/12"),  # fx325: the phone screen, held 11/12
        # fx333: a dash between a date and the next step's words, without spaces (unread).
        ("Applied 11/2-phone 11/12", "11/12"),
        ("Applied 11/2\u2013Phone 11/12", "11/12"),
        ("Phone 11/12-onsite 11/24", "11/24"),
        ("Applied 12/28-phone 1/6", "1/6"),
        ("Applied 2/27-phone 2/29", "2/29"),
        ("Phone 11/12-rejected", "11/12"),
        ("Recruiter call 11/18 - interview 11/24 - final 12/2", "12/2"),
        ("Onsite 11/18 - moved to final round", "11/18"),
        ("Onsite 11/13 - offer expected 11/25", "11/13"),
        # fx333: a round named before its date, how it ended after it, with no dash between
        # (each closed row lost its last round's day).
        ("Onsite 11/18 rejected", "11/18"),
        ("Onsite 11/18 (ghosted)", "11/18"),
        ("Phone 11/12 moved on", "11/12"),
        ("Interview 11/18 rejected", "11/18"),
        ("Final round 12/31 no offer", "12/31"),
        ("Onsite 2/29 (rejected)", "2/29"),
        # ... not a day the words before it name no round of.
        ("11/20 rejected", None),
        ("Applied 11/2 rejected", None),
        ("Offer 11/18 declined", None),
        ("Onsite 11/17-11/18", None),  # a date's own dash: a range, as before
        ("Interview 11/18, followed up 11/20", "11/18"),
        ("Hiring mgr 11/25 -> ?", "11/25"),
        ("Final 3rd Dec (in person)", "3rd Dec"),
        ("Tweede gesprek 26-11", "26 Nov"),
        ("Interview 24-11", "24 Nov"),
        # Two dates of one step joined by "and" are two rounds: the later is the row's.
        ("Phone screen 1/20 and 1/27", "1/27"),
        ("Interviews 11/16 & 11/18", "11/18"),
        ("Interviews 16 Nov and 18 Nov", "18 Nov"),
        ("Phone done, in person 11/24", "11/24"),
        # Not dates, or not for sure: a round of three, a count, a time, a version, two dates.
        ("Interview 2/3", None),
        ("Round 1/2", None),
        ("Round 2 of 3", None),
        ("Technical 90 min", None),
        ("Interview 10.15", None),
        ("Round 2-3", None),
        ("Panel 4th round", None),
        ("Phone screen v2.13", None),
        ("Phone screen 1/20 or 1/27", None),
        ("Technical 10-15 min", None),
        ("Rejected 11/19", None),
        ("Interviewing, offer expected 11/25", None),
        ("Interview on 1/32", None),
        ("Mayfair interview 3", None),
        ("Interview scheduled", None),
    ],
)
def test_the_date_in_a_stage_cell(cell: str, date: str | None) -> None:
    found = dates_in_stage(pd.Series([cell], dtype=object)).iloc[0]
    assert (None if pd.isna(found) else found) == date


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("Onsite 11/24", "onsite"),
        ("Final round Nov 24", "final"),
        ("2nd round Tue 11/24", "other"),
        ("Final 3rd Dec (in person)", "final"),  # one step: the cell's kind
        # fx292: the kind of the words next to the round's date, not the cell's kind of
        # highest precedence (onsite, final) an earlier step named.
        ("Phone done, in person 11/24", "onsite"),
        ("Final done, phone 11/24", "phone"),
        ("Onsite done; video 11/24", "video"),
        ("Phone 11/16 ✅, onsite 11/30 scheduled", "onsite"),
        ("Phone done, 2nd round 11/24", "other"),
        ("Phone 11/3 -> onsite 11/17 -> rejected 11/19", "onsite"),
        ("Phone 11/12 - onsite 11/24", "onsite"),
        # A round moved is of the kind it was before (ot131 F3).
        ("Onsite 11/18 - moved to 11/24", "onsite"),
        ("Onsite 11/18 (cancelled, now 11/25)", "onsite"),
        ("Telefoninterview 24.11. - verschoben auf 26.11.", "phone"),
        # A step that is its date alone: the kind of the step before it.
        ("Final round, Nov 24", "final"),
        ("Phone screen, 11/24", "phone"),
    ],
)
def test_the_kind_of_the_round_a_stage_cell_dates(cell: str, kind: str) -> None:
    assert round_kind(cell) == kind


CSV = """\
Company,Job Title,Date Applied,Status,Interview Date
A Co,Analyst,1/4/2027,ghosted?,
B Co,Analyst,1/4/2027,ghosted,
C Co,Analyst,1/4/2027,Phone screen 1/20,
D Co,Analyst,1/4/2027,Phone screen 1/20,1/22/2027
E Co,Analyst,1/4/2027,Interview 2/3,
F Co,Analyst,1/4/2027,Rejected 1/20,
G Co,Analyst,1/4/2027,Ghosted since 30.1.?,
H Co,Analyst,1/4/2027,Phone screen 1/20 and 1/27,
I Co,Analyst,1/4/2027,Onsite 2/30,
J Co,Analyst,1/4/2027,Vorstellungsgespräch 30.2.,
"""


def test_a_run_reads_status_cells_as_meant(tmp_path: Path) -> None:
    """Applied Mon 2027-01-04 (7 bd: Wed 01-13). C's phone screen on Wed 01-20: its 1st
    check-in 5 bd later, Wed 01-27 (the same-day thank-you skipped once it is due); D's own
    Interview Date stands (Fri 01-22: Fri 01-29); E's "2/3" may be a round: its date is asked
    for; F's date is the rejection's, not an interview's; G's day-first "30.1." asks as A's
    "ghosted?" does (it closed the row); H's two phone screens are two rounds, the later one's
    thank-you due (it was asked "when?"), the same day as a phone screen's (fx309: the day
    after). I's and J's dates are no day: said, as beside an Interview Date (fx312: only
    "when?" was)."""
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
            'Wed 2027-01-20; "1/20" has no year; read as 2027-01-20 (nearest the same row\'s '
            '2027-01-04); write it in "Interview Date" if that is wrong',
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
        "G Co": (
            "Overdue",
            "Application check-in",
            "1/13/2027",
            f'row 8, column "Status": "Ghosted since 30.1.?" {asked("ghosted")}',
        ),
        "H Co": (
            "Overdue",
            "Thank-you note",
            "1/27/2027",
            'row 9, column "Status": "Phone screen 1/20 and 1/27": the interview date read from '
            'it, Wed 2027-01-27; "1/27" has no year; read as 2027-01-27 (nearest the same '
            'row\'s 2027-01-04); write it in "Interview Date" if that is wrong',
        ),
        **{
            name: (
                "Needs info",
                "—",
                "",
                f'row {row}, column "Status": "{cell}": "{date}" is no day of the calendar, so '
                'no interview date is read from it; fix the date, or write it in "Interview '
                f'Date"\nrow {row}, column "Interview Date": Interview Date is empty, but the '
                "stage says there was an interview: when?",
            )
            for name, row, cell, date in [
                ("I Co", 10, "Onsite 2/30", "2/30"),
                ("J Co", 11, "Vorstellungsgespräch 30.2.", "30.2."),
            ]
        },
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


def _run_rows(
    tmp_path: Path, text: str, as_of: str, *, status_read: bool = True
) -> list[tuple[str, ...]]:
    """``run`` on a CSV tracker holding ``text``: row by row, its Company, Follow-up status,
    Next action, Next due, Why and Problems; without ``status_read``, each Why without its
    line saying how the Status was read (``test_the_why_says_how_the_status_was_read``), for
    the tests of its other lines."""
    from click.testing import CliRunner

    from followup_batch.cli import main

    tracker = tmp_path / "t.csv"
    tracker.write_text(text, encoding="utf-8-sig")
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, str(tracker)])
    assert result.exit_code == 0, result.output
    shown = ("Company", "Follow-up status", "Next action", "Next due", "Why", "Problems")
    with tracker.open(encoding="utf-8-sig", newline="") as handle:
        rows = [[row[c] for c in shown] for row in csv.DictReader(handle)]
    if not status_read:
        for row in rows:
            lines = row[4].split("\n")
            row[4] = "\n".join(ln for ln in lines if not _STATUS_READ.fullmatch(ln))
    return [tuple(row) for row in rows]


_STATUS_READ = re.compile(r'(?:Status|Outcome) ".*" read as [a-z ]+\.')


def _by_company(rows: list[tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return {row[0]: row[1:] for row in rows}


def next_round(row: int, cell: str, day: str, earlier: str) -> tuple[str, str]:
    """The Why line and the Problems line of a row whose Status names the next round."""
    return (
        f"Next round: the Status names one on {day}, after the interview on {earlier} in "
        "Interview Date: these follow-ups are that round's (scheduling it answered the earlier "
        "one)",
        f'row {row}, column "Status": "{cell}": the next round read from it, {day}, after the '
        f'interview in "Interview Date" ({earlier}): the follow-ups are that round\'s; write it '
        'in "Interview Date", or give that round a row of its own, so that it stays when the '
        "Status changes",
    )


NEXT_ROUND_CSV = """\
Company,Position,Date Applied,Interview Date,Interview Type,Status,Thank-you Sent,Check-in 1 Sent
Onsite Co,Analyst,2026-10-12,2026-11-10,Phone screen,Onsite 11/24,2026-11-10,
Round Co,Analyst,2026-10-12,2026-11-10,Phone screen,2nd round Tue 11/24,2026-11-10,2026-11-18
Final Co,Analyst,2026-10-12,2026-11-10,Phone screen,Final round scheduled for Nov 24,,
Back Co,Analyst,2026-10-12,2026-11-10,Phone screen,"Rejected, but they came back - onsite Dec 2",,
Done Co,Analyst,2026-10-12,2026-11-02,Phone screen,Onsite 11/13,2026-11-02,
Before Co,Analyst,2026-10-12,2026-11-10,Phone screen,Onsite Nov 2,2026-11-10,
Same Co,Analyst,2026-10-12,2026-11-10,Phone screen,Phone screen Nov 10,2026-11-10,
Reopened Co,Analyst,2026-10-12,2026-11-10,Phone screen,"Rejected - reopened 11/19, onsite 11/30",,
"""
# The rows that stay on the phone screen of Tue 2026-11-10: its 1st check-in due.
PHONE_SCREEN_WHY = "\n".join(
    [
        "1st check-in: 5 bd after Tue 2026-11-10 → Wed 2026-11-18 (skipped Veterans Day Wed 11-11)",
        "Thank-you note: same day as the phone screen on Tue 2026-11-10; sent Tue 2026-11-10",
        "2nd check-in: 5 bd +2 standard industry +2 mid = 9 bd after the 1st check-in (due Wed "
        "2026-11-18) → Wed 2026-12-02 (skipped Thanksgiving Day Thu 11-26)",
        "Final follow-up: the later of 4 weeks after the interview (Tue 2026-12-08) and 5 bd "
        "after the 2nd check-in, due Wed 2026-12-02 (Wed 2026-12-09) → Wed 2026-12-09",
        "Applied Mon 2026-10-12: the interview takes over from the application",
    ]
)
# The rounds of Tue 2026-11-24: the thank-you the day after (the same day after a final),
# then the check-ins, counted from it.
AFTER_THE_24TH = (
    "2nd check-in: 5 bd +2 standard industry +2 mid = 9 bd after the 1st check-in (due Wed "
    "2026-12-02) → Tue 2026-12-15",
    "Final follow-up: the later of 4 weeks after the interview (Tue 2026-12-22) and 5 bd after "
    "the 2nd check-in, due Tue 2026-12-15 (Tue 2026-12-22) → Tue 2026-12-22",
)
APPLIED = "Applied Mon 2026-10-12: the interview takes over from the application"
CHECK_IN_AFTER_THE_24TH = (
    "1st check-in: 5 bd after Tue 2026-11-24 → Wed 2026-12-02 (skipped Thanksgiving Day Thu 11-26)"
)


def test_a_next_round_in_the_status_takes_over_from_the_interview_date(tmp_path: Path) -> None:
    """ot108 F5: a phone screen in Interview Date (Tue 2026-11-10), and the Status names the
    next round on a later day: the row asked for the phone screen's check-ins (overdue on
    11-18) as if nothing were scheduled. The company answered by scheduling that round: the
    row's follow-ups are that round's, its kind the Status's (onsite, final, or none said),
    and messages sent for the phone screen (thank-you 11-10, check-in 11-18) are not this
    round's, without a Problems line. The Why and Problems say so, Problems asking to write
    the date in Interview Date. Done Co's onsite (Fri 11-13) has taken place: its own 1st
    check-in is due as of Fri 11-20. A Status date on or before the Interview Date (Before
    Co, Same Co) is no next round: the phone screen's check-in stays. ot115 F3: a next round
    after a reopening is read so (Reopened Co was closed as rejected), the reopening's date
    (11/19) not taken for it."""
    seen = _by_company(_run_rows(tmp_path, NEXT_ROUND_CSV, "2026-11-20", status_read=False))
    onsite = next_round(2, "Onsite 11/24", "Tue 2026-11-24", "Tue 2026-11-10")
    second = next_round(3, "2nd round Tue 11/24", "Tue 2026-11-24", "Tue 2026-11-10")
    final = next_round(4, "Final round scheduled for Nov 24", "Tue 2026-11-24", "Tue 2026-11-10")
    back = next_round(
        5, "Rejected, but they came back - onsite Dec 2", "Wed 2026-12-02", "Tue 2026-11-10"
    )
    done = next_round(6, "Onsite 11/13", "Fri 2026-11-13", "Mon 2026-11-02")
    reopened = next_round(
        9, "Rejected - reopened 11/19, onsite 11/30", "Mon 2026-11-30", "Tue 2026-11-10"
    )
    assert seen == {
        "Onsite Co": (
            "Scheduled",
            "Thank-you note",
            "2026-11-25",
            "\n".join(
                [
                    "Thank-you note: the day after the onsite interview on Tue 2026-11-24 → "
                    "Wed 2026-11-25",
                    CHECK_IN_AFTER_THE_24TH,
                    *AFTER_THE_24TH,
                    onsite[0],
                    APPLIED,
                ]
            ),
            onsite[1],
        ),
        "Round Co": (
            "Scheduled",
            "Thank-you note",
            "2026-11-25",
            "\n".join(
                [
                    "Thank-you note: the day after the interview on Tue 2026-11-24 → Wed "
                    "2026-11-25",
                    CHECK_IN_AFTER_THE_24TH,
                    *AFTER_THE_24TH,
                    second[0],
                    APPLIED,
                ]
            ),
            second[1],
        ),
        "Final Co": (
            "Due soon",
            "Thank-you note",
            "2026-11-24",
            "\n".join(
                [
                    "Thank-you note: same day as the final round on Tue 2026-11-24",
                    "1st check-in: 5 bd −2 final round = 3 bd after Tue 2026-11-24 → Mon "
                    "2026-11-30 (skipped Thanksgiving Day Thu 11-26) → Tue 2026-12-01 "
                    "(preferred send day)",
                    "2nd check-in: 5 bd +2 standard industry +2 mid = 9 bd after the 1st "
                    "check-in (due Tue 2026-12-01) → Mon 2026-12-14 → Tue 2026-12-15 (preferred "
                    "send day)",
                    AFTER_THE_24TH[1],
                    final[0],
                    APPLIED,
                ]
            ),
            final[1],
        ),
        "Back Co": (
            "Scheduled",
            "Thank-you note",
            "2026-12-03",
            "\n".join(
                [
                    "Thank-you note: the day after the onsite interview on Wed 2026-12-02 → "
                    "Thu 2026-12-03",
                    "1st check-in: 5 bd after Wed 2026-12-02 → Wed 2026-12-09",
                    "2nd check-in: 5 bd +2 standard industry +2 mid = 9 bd after the 1st "
                    "check-in (due Wed 2026-12-09) → Tue 2026-12-22",
                    "Final follow-up: the later of 4 weeks after the interview (Wed 2026-12-30) "
                    "and 5 bd after the 2nd check-in, due Tue 2026-12-22 (Wed 2026-12-30, "
                    "skipped Christmas Day Fri 12-25) → Wed 2026-12-30",
                    back[0],
                    APPLIED,
                ]
            ),
            back[1],
        ),
        "Done Co": (
            "Due today",
            "1st check-in",
            "2026-11-20",
            "\n".join(
                [
                    "1st check-in: 5 bd after Fri 2026-11-13 → Fri 2026-11-20",
                    "Skipped: Thank-you note (a later step is already due or sent)",
                    "Thank-you note: the day after the onsite interview on Fri 2026-11-13 → "
                    "Sat 2026-11-14",
                    "2nd check-in: 5 bd +2 standard industry +2 mid = 9 bd after the 1st "
                    "check-in (due Fri 2026-11-20) → Fri 2026-12-04 (skipped Thanksgiving Day "
                    "Thu 11-26)",
                    "Final follow-up: the later of 4 weeks after the interview (Fri 2026-12-11) "
                    "and 5 bd after the 2nd check-in, due Fri 2026-12-04 (Fri 2026-12-11) → Fri "
                    "2026-12-11",
                    done[0],
                    APPLIED,
                ]
            ),
            done[1],
        ),
        "Before Co": ("Overdue", "1st check-in", "2026-11-18", PHONE_SCREEN_WHY, ""),
        "Same Co": ("Overdue", "1st check-in", "2026-11-18", PHONE_SCREEN_WHY, ""),
        "Reopened Co": (
            "Scheduled",
            "Thank-you note",
            "2026-12-01",
            "\n".join(
                [
                    "Thank-you note: the day after the onsite interview on Mon 2026-11-30 → "
                    "Tue 2026-12-01",
                    "1st check-in: 5 bd after Mon 2026-11-30 → Mon 2026-12-07 → Tue 2026-12-08 "
                    "(preferred send day)",
                    "2nd check-in: 5 bd +2 standard industry +2 mid = 9 bd after the 1st "
                    "check-in (due Tue 2026-12-08) → Mon 2026-12-21 → Tue 2026-12-22 (preferred "
                    "send day)",
                    "Final follow-up: the later of 4 weeks after the interview (Mon 2026-12-28) "
                    "and 5 bd after the 2nd check-in, due Tue 2026-12-22 (Wed 2026-12-30, "
                    "skipped Christmas Day Fri 12-25) → Wed 2026-12-30",
                    reopened[0],
                    APPLIED,
                ]
            ),
            reopened[1],
        ),
    }


TWELVE_TWO = "onsite 12/2 (virtual)"
# The tracker has no place column: the fix it names is one (it said "or the row's Country").
EITHER_WAY = (
    f'"{TWELVE_TWO}": "12/2" may be 2 December (US month/day) or 12 February (day-first), and '
    "nothing in the tracker says which order its dates are written in; write the month's name "
    '("Dec 2" or "12 Feb"), or add a Country column naming the job\'s country'
)


def either_way_why(day: str, read: str) -> str:
    """The Why's Next round line of "onsite 12/2 (virtual)" read on ``day`` as ``read`` says."""
    return (
        f'Next round: the Status names one on {day} ("12/2" read as {read}), after the '
        "interview on Tue 2026-11-10 in Interview Date: these follow-ups are that round's "
        "(scheduling it answered the earlier one)"
    )


# A phone screen on Tue 2026-11-10 and "onsite 12/2 (virtual)" in the Status: either order
# reads "12/2", and it was not read at all (the phone screen's check-ins went on) while
# "Onsite 11/24" was. (the other rows, the row's Country, what the row shows: Follow-up
# status, Next due, the Why's Next round line)
EITHER_WAY_CASES = [
    # The tracker's other dates settle the order: "11/24" in another Status, "13/11/2026" in
    # Interview Date.
    (
        "Other Co,Analyst,,Phone screen,Onsite 11/24,\n",
        "",
        "2026-12-03",
        either_way_why(
            "Wed 2026-12-02",
            '2 December 2026 (US month/day, from "11/24" in row 3 of "Status")',
        ),
    ),
    (
        "Other Co,Analyst,13/11/2026,Phone screen,Interviewing,\n",
        "",
        "2027-02-13",
        either_way_why(
            "Fri 2027-02-12",
            '12 February 2027 (day-first, from "Interview Date": "13/11/2026" in row 3)',
        ),
    ),
    # The rows' Country settles it.
    (
        "",
        "US",
        "2026-12-03",
        either_way_why(
            "Wed 2026-12-02",
            "2 December 2026 (US month/day, every row's Country (the United States) writes "
            "dates month-first)",
        ),
    ),
    (
        "",
        "GB",
        "2027-02-13",
        either_way_why(
            "Fri 2027-02-12",
            "12 February 2027 (day-first, every row's Country (the United Kingdom) writes dates "
            "day-first)",
        ),
    ),
]


@pytest.mark.parametrize(("others", "country", "due", "said"), EITHER_WAY_CASES)
def test_a_next_round_dated_either_way_is_read_in_the_trackers_order(
    tmp_path: Path, others: str, country: str, due: str, said: str
) -> None:
    text = (
        "Company,Position,Interview Date,Interview Type,Status,Country\n"
        f'Acme,Analyst,2026-11-10,Phone screen,"{TWELVE_TWO}",{country}\n{others}'
    )
    _, status, _, next_due, why, _ = _run_rows(tmp_path, text, "2026-11-20")[0]
    assert (status, next_due) == ("Scheduled", due)
    assert said in why.splitlines()


def _row_beside(country: str, others: tuple[str, ...]) -> str:
    """A tracker of Acme's phone screen on Tue 2026-11-10 and "onsite 12/2 (virtual)" in its
    Status, its Country ``country``, and a row interviewing in each of ``others``."""
    return (
        "Company,Position,Interview Date,Interview Type,Status,Country\n"
        f'Acme,Analyst,2026-11-10,Phone screen,"{TWELVE_TWO}",{country}\n'
        + "".join(
            f"Other {n},Analyst,2026-11-02,Video,Interviewing,{other}\n"
            for n, other in enumerate(others)
        )
    )


# fx277: on a tracker whose rows are in countries of both kinds, nothing in the tracker settles
# "12/2", and the row's own country does (each was asked both ways): 2 December where dates
# are written month-first (the US, the Philippines), 12 February where day-first. A row
# without one takes the tracker's order, here its rows' Country. Canada, where both orders
# are written, takes it too: "12/2" on a Canadian row among Canadian ones is 2 December.
# (the row's Country, the other rows', Next due, the next round's day, how "12/2" was read)
MIXED = ("US", "GB")
OWN_COUNTRY_CASES = [
    (
        "US",
        MIXED,
        "2026-12-03",
        "Wed 2026-12-02",
        "2 December 2026 (US month/day, as dates are written in the United States, where this "
        "row is)",
    ),
    (
        "Philippines",
        MIXED,
        "2026-12-03",
        "Wed 2026-12-02",
        "2 December 2026 (US month/day, as dates are written in the Philippines, where this row "
        "is)",
    ),
    (
        "GB",
        MIXED,
        "2027-02-13",
        "Fri 2027-02-12",
        "12 February 2027 (day-first, as dates are written in the United Kingdom, where this "
        "row is)",
    ),
    (
        "DE",
        ("US", "FR"),
        "2027-02-13",
        "Fri 2027-02-12",
        "12 February 2027 (day-first, as dates are written in Germany, where this row is)",
    ),
    (
        "",
        ("US", "US"),
        "2026-12-03",
        "Wed 2026-12-02",
        "2 December 2026 (US month/day, every row's Country (the United States) writes dates "
        "month-first)",
    ),
    (
        "CA",
        ("CA", "CA"),
        "2026-12-03",
        "Wed 2026-12-02",
        "2 December 2026 (US month/day, every row's Country (Canada) writes dates month-first)",
    ),
]


@pytest.mark.parametrize(("country", "others", "due", "day", "read"), OWN_COUNTRY_CASES)
def test_a_status_date_either_way_is_read_as_the_row_s_country_writes_it(
    tmp_path: Path, country: str, others: tuple[str, ...], due: str, day: str, read: str
) -> None:
    _, status, _, next_due, why, problems = _run_rows(
        tmp_path, _row_beside(country, others), "2026-11-20"
    )[0]
    assert (status, next_due) == ("Scheduled", due)
    assert either_way_why(day, read) in why.splitlines()
    assert problems == (
        f'row 2, column "Status": "{TWELVE_TWO}": the next round read from it, {day}, read as '
        f'{read}, after the interview in "Interview Date" (Tue 2026-11-10): the follow-ups are '
        'that round\'s; write it in "Interview Date", or give that round a row of its own, so '
        "that it stays when the Status changes"
    )


# ... and where neither the row's place nor the tracker settles it, the row needs info, and
# Problems says why and asks for the row's Country only where it has none (it asked a
# Canadian row for its Country). (the row's Country, the other rows', why "12/2" is not read)
ASKED_CASES = [
    (
        "",
        MIXED,
        "the rows' Country disagree: day-first (the United Kingdom), month-first (the United "
        'States); write the month\'s name ("Dec 2" or "12 Feb"), or the row\'s Country',
    ),
    (
        "CA",
        MIXED,
        'both orders are written in Canada, where this row is; write the month\'s name ("Dec 2" '
        'or "12 Feb")',
    ),
    (
        "JP",
        ("CA", "GB"),
        "dates are written year first in Japan, where this row is; write the month's name "
        '("Dec 2" or "12 Feb")',
    ),
]


@pytest.mark.parametrize(("country", "others", "unread"), ASKED_CASES)
def test_a_status_date_either_way_nothing_settles_asks_for_what_is_missing(
    tmp_path: Path, country: str, others: tuple[str, ...], unread: str
) -> None:
    _, status, _, next_due, _, problems = _run_rows(
        tmp_path, _row_beside(country, others), "2026-11-20"
    )[0]
    assert (status, next_due) == ("Needs info", "")
    assert problems == (
        f'row 2, column "Status": "{TWELVE_TWO}": "12/2" may be 2 December (US month/day) or 12 '
        f"February (day-first), and {unread}"
    )


def test_the_why_says_how_a_status_date_either_way_was_read(tmp_path: Path) -> None:
    """Without an Interview Date, "Onsite 12/2" on a US row is 2 December, and the Why says
    which reading it took and why, as Problems does."""
    rows = _run_rows(
        tmp_path,
        "Company,Position,Interview Date,Interview Type,Status,Country\n"
        "Acme,Analyst,,Video,Onsite 12/2,US\n",
        "2026-11-20",
    )
    assert rows[0][4].splitlines()[-1] == (
        'Interview date: from the Status, "12/2" read as 2 December 2026 (US month/day, every '
        "row's Country (the United States) writes dates month-first)"
    )


def test_a_status_date_either_way_without_an_order_needs_info(tmp_path: Path) -> None:
    """Nothing in the tracker settles the order (ISO dates, no Country): "onsite 12/2
    (virtual)" needs info naming both days, beside a phone screen (it went on with the phone
    screen's check-ins) or without an Interview Date (it asked "when?"). "Phone screen 11/10"
    beside the interview of Tue 2026-11-10 is no next round either way: nothing asked. A round
    of three is asked for as before."""
    rows = _run_rows(
        tmp_path,
        "Company,Position,Interview Date,Interview Type,Status\n"
        f'Next Co,Analyst,2026-11-10,Phone screen,"{TWELVE_TWO}"\n'
        f'Blank Co,Analyst,,Phone screen,"{TWELVE_TWO}"\n'
        "Same Co,Analyst,2026-11-10,Phone screen,Phone screen 11/10\n"
        "Count Co,Analyst,,Video,Interview 2/3\n",
        "2026-11-20",
    )
    seen = {row[0]: (row[1], row[5]) for row in rows}
    assert seen == {
        "Next Co": ("Needs info", f'row 2, column "Status": {EITHER_WAY}'),
        "Blank Co": ("Needs info", f'row 3, column "Status": {EITHER_WAY}'),
        "Same Co": ("Overdue", ""),
        "Count Co": ("Needs info", f'row 5, column "Interview Date": {NOT_DATED}'),
    }


def test_the_why_says_whom_a_next_round_greets(tmp_path: Path) -> None:
    """ "Onsite 11/24 with Carla" beside a phone screen with Dana Park: the onsite's drafts
    greet Carla (``test_a_next_round_greets_the_people_its_status_names``), and the Why says
    the name comes from the Status, after its Next round line."""
    rows = _run_rows(
        tmp_path,
        "Company,Position,Interview Date,Interview Type,Interviewer,Status\n"
        "Acme,Analyst,2026-11-10,Phone screen,Dana Park,Onsite 11/24 with Carla\n",
        "2026-11-20",
    )
    why = rows[0][4].splitlines()
    assert why[why.index(next_round(2, "", "Tue 2026-11-24", "Tue 2026-11-10")[0]) + 1] == (
        "Greeting: Carla, whom the Status names for this round; the Interviewer cell's people "
        "were at the earlier interview, and their addresses are not used"
    )


def test_a_next_round_on_its_own_row_keeps_its_follow_ups_there(tmp_path: Path) -> None:
    """A tracker with a row per round, whose phone screen's Status names the onsite of the
    next row: that row carries the onsite's follow-ups, and the phone screen's row waits on
    it, as without the date in its Status (``rounds``); the Status date is not taken twice."""
    rows = _run_rows(
        tmp_path,
        "Company,Position,Interview Date,Interview Type,Status,Thank-you Sent\n"
        "Acme,Analyst,2026-11-10,Phone screen,Onsite 11/24,2026-11-10\n"
        "Acme,Analyst,2026-11-24,Onsite,Scheduled,\n",
        "2026-11-20",
    )
    assert [row[1:3] for row in rows] == [("Waiting", "—"), ("Scheduled", "Thank-you note")]
    assert rows[0][4].splitlines()[0] == (
        "Waiting: the interview on Tue 2026-11-24 (row 3) is the next round; that row has the "
        "follow-ups."
    )
    assert [row[5] for row in rows] == ["", ""]


# Sent marks without a date (y, ✓, ja, oui) beside a next round the Status names, as job
# seekers tick them after the earlier interview; a dated one after the next round, and a mark
# on a row without a next round.
MARKED_BEFORE_THE_NEXT_ROUND_CSV = """\
Company,Position,Interview Date,Interview Type,Status,Thank-you Sent,Check-in 1 Sent,Country
Okta,SWE,2026-11-17,Phone screen,Onsite 11/24 -> ?,y,,US
BBC,Researcher,2026-11-13,Video,Final interview 24th Nov,✓,,GB
Zalando,SWE,2026-11-05,Video,Zweites Gespräch am 24.11.,ja,,DE
BNP,Analyste,2026-11-05,Phone,Entretien 2 le 25/11,oui,,FR
Lyra,SWE,2026-11-03,Phone screen,Onsite 11/24,y,y,US
Dated,SWE,2026-11-12,Phone screen,Onsite 11/17,2026-11-18,,US
Plain,SWE,2026-11-12,Phone screen,Interviewing,y,,US
"""


def taken_for(day: str) -> str:
    """What the Why says of a step marked sent without a date beside a next round."""
    return (
        f"; marked sent without a date, taken for the interview on {day} in Interview Date (a "
        "mark made before this round): not counted for this round; write the day this "
        "round's went to count it"
    )


# Company: (as of Fri 2026-11-20, as of Fri 2026-11-27): each (status, action, due), then
# the Why's end of the thank-you line ('' when the mark counts).
MARKED_BEFORE_THE_NEXT_ROUND = {
    "Okta": (
        ("Scheduled", "Thank-you note", "2026-11-25"),
        ("Overdue", "Thank-you note", "2026-11-25"),
        taken_for("Tue 2026-11-17"),
    ),
    # A final's thank-you is due the same day; once its shorter 1st check-in is due (Fri
    # 11-27), that comes first, as on any row.
    "BBC": (
        ("Due soon", "Thank-you note", "2026-11-24"),
        ("Due today", "1st check-in", "2026-11-27"),
        taken_for("Fri 2026-11-13"),
    ),
    "Zalando": (
        ("Scheduled", "Thank-you note", "2026-11-25"),
        ("Overdue", "Thank-you note", "2026-11-25"),
        taken_for("Thu 2026-11-05"),
    ),
    "BNP": (
        ("Scheduled", "Thank-you note", "2026-11-26"),
        ("Overdue", "Thank-you note", "2026-11-26"),
        taken_for("Thu 2026-11-05"),
    ),
    "Lyra": (
        ("Scheduled", "Thank-you note", "2026-11-25"),
        ("Overdue", "Thank-you note", "2026-11-25"),
        taken_for("Tue 2026-11-03"),
    ),
    # A date after the next round is that round's: sent; a mark without a next round counts.
    "Dated": (
        ("Due soon", "1st check-in", "2026-11-24"),
        ("Overdue", "1st check-in", "2026-11-24"),
        "; sent Wed 2026-11-18",
    ),
    "Plain": (
        ("Overdue", "1st check-in", "2026-11-19"),
        ("Overdue", "1st check-in", "2026-11-19"),
        "; marked sent",
    ),
}


def test_a_mark_without_a_date_is_the_round_before_the_next_one(tmp_path: Path) -> None:
    """ot115 F2: a sent mark without a date (y, ✓, ja, oui) ticked for the interview in
    Interview Date was counted for the next round the Status names, still to come as of
    11-20: the row said "marked sent" for a thank-you that cannot have gone, and the next
    round's thank-you was never proposed. The mark was there before that round, so it is the
    earlier interview's, also once the round is past (11-27), and the Why says which
    interview it was taken for; a check-in mark too (Lyra). A date after the next round
    counts for it (Dated), and a mark on a row without one stays counted (Plain)."""
    first = _by_company(_run_rows(tmp_path, MARKED_BEFORE_THE_NEXT_ROUND_CSV, "2026-11-20"))
    later = _by_company(_run_rows(tmp_path, MARKED_BEFORE_THE_NEXT_ROUND_CSV, "2026-11-27"))
    for company, (on_20th, on_27th, mark) in MARKED_BEFORE_THE_NEXT_ROUND.items():
        assert (first[company][:3], later[company][:3]) == (on_20th, on_27th), company
        for seen in (first[company], later[company]):
            thank_you = next(line for line in seen[3].splitlines() if "Thank-you note:" in line)
            assert thank_you.endswith(mark), company
    lyra = next(line for line in first["Lyra"][3].splitlines() if line.startswith("1st"))
    assert lyra.endswith(taken_for("Tue 2026-11-03"))


# ot115 F6, F7, F10: Status cells of real trackers whose next round was dropped (a second
# date, a tick, a Dutch date without the year), whose round was abbreviated, or whose story
# dates the interview of a closed row; each row got the earlier round's check-in, needed info,
# or no networking check-in.
STORIES_CSV = """\
Company,Position,Date Applied,Interview Date,Interview Type,Status,Thank-you Sent
Wren,Analyst,2026-10-12,2026-11-12,Phone screen,Onsite 11/23 (rescheduled from 11/20),2026-11-12
Sage,Analyst,2026-10-12,2026-11-12,Phone screen,"Phone 11/16 ✅, onsite 11/30 scheduled",2026-11-16
Booking,Analyst,2026-10-12,2026-11-12,Phone screen,Tweede gesprek 26-11,2026-11-12
EY,Analyst,2026-10-12,2026-11-12,Phone screen,Final 3rd Dec (in person),2026-11-12
Okta,Analyst,2026-10-12,2026-11-12,Phone screen,Hiring mgr 11/25 -> ?,2026-11-12
Lyft,Analyst,2026-10-12,2026-11-02,Phone screen,Onsite -> rej 11/9,2026-11-02
Gale,Analyst,2026-10-12,,,Phone 11/3 -> onsite 11/17 -> rejected 11/19,
Kent,Analyst,2026-10-12,2026-11-12,Phone screen,"Telephone interview done, F2F 26th Nov",2026-11-12
Lark,Analyst,2026-10-12,2026-11-12,Phone screen,"Phone screen done, in person 30th Nov",2026-11-12
Moss,Analyst,2026-10-12,2026-11-12,Phone screen,Interviews 11/16 & 11/18,2026-11-12
Ives,Analyst,2026-10-12,2026-11-12,Phone screen,"Phone done, in person 11/24",2026-11-12
Pike,Analyst,2026-10-12,2026-11-12,Phone screen,"Onsite done, phone 11/24",2026-11-12
Rook,Analyst,2026-10-12,2026-11-12,Phone screen,Zoom 11/24,2026-11-12
Teal,Analyst,2026-10-12,2026-11-12,Phone screen,"Phone done, video call Dec 3",2026-11-12
Vale,Analyst,2026-10-12,2026-11-12,Phone screen,Phone 11/24,2026-11-12
Yost,Analyst,2026-10-12,2026-11-12,Phone screen,Teams 11/24 2pm,2026-11-12
Zell,Analyst,2026-10-12,,,Video 11/24,
Drew,Analyst,2026-10-12,2026-11-12,Phone screen,Zoom 11/24 - rescheduled,2026-11-12
Hale,Analyst,2026-10-12,,,Phone 11/24,
Knox,Analyst,2026-10-12,,Onsite,Phone 11/24,
Lenz,Analyst,2026-10-12,2026-11-12,Phone screen,Telefoninterview 18.11. - verschoben,2026-11-12
Marr,Analyst,2026-10-12,2026-11-12,Phone screen,Onsite 11/18 - moved to 11/24,2026-11-12
Nash,Analyst,2026-10-12,2026-11-12,Phone screen,"Onsite 11/18 (cancelled, now 11/25)",2026-11-12
"""


def _round_problem(row: int, cell: str, day: str) -> str:
    """The Problems line of a row whose Status names the next round after Thu 2026-11-12."""
    return next_round(row, cell, day, "Thu 2026-11-12")[1]


def test_a_status_story_gives_its_last_round(tmp_path: Path) -> None:
    """The next round is the trail's last (Sage), not the old date of a round moved (Wren);
    a Dutch "26-11" is 26 November; "Final", "Hiring mgr" and "rej" are the final round, an
    interview and a rejection (each needed info); a closed row's story dates its last round
    (Gale: the onsite of Tue 11-17; networking 10 weeks after the rejection it ends with, Thu
    11-19: Thu 2027-01-28; Lyft's after its "rej 11/9"). "F2F" and "in person" name an onsite
    (Kent's was read as a phone screen, the kind its Status named first)."""
    seen = run_csv_seen(tmp_path, STORIES_CSV, "2026-11-20")
    assert seen == {
        "Wren": (
            "Due soon",
            "Thank-you note",
            "2026-11-24",
            _round_problem(2, "Onsite 11/23 (rescheduled from 11/20)", "Mon 2026-11-23"),
        ),
        "Sage": (
            "Scheduled",
            "Thank-you note",
            "2026-12-01",
            _round_problem(3, "Phone 11/16 ✅, onsite 11/30 scheduled", "Mon 2026-11-30"),
        ),
        "Booking": (
            "Scheduled",
            "Thank-you note",
            "2026-11-27",
            _round_problem(4, "Tweede gesprek 26-11", "Thu 2026-11-26"),
        ),
        "EY": (
            "Scheduled",
            "Thank-you note",
            "2026-12-03",
            _round_problem(5, "Final 3rd Dec (in person)", "Thu 2026-12-03"),
        ),
        "Okta": (
            "Scheduled",
            "Thank-you note",
            "2026-11-26",
            _round_problem(6, "Hiring mgr 11/25 -> ?", "Wed 2026-11-25"),
        ),
        "Lyft": ("Closed", "Networking check-in", "2027-01-19", ""),
        "Gale": (
            "Closed",
            "Networking check-in",
            "2027-01-28",
            'row 8, column "Status": "Phone 11/3 -> onsite 11/17 -> rejected 11/19": the '
            'interview date read from it, Tue 2026-11-17; "11/17" has no year; read as '
            '2026-11-17 (nearest the same row\'s 2026-10-12); write it in "Interview Date" if '
            "that is wrong",
        ),
        # F2F (face to face) and in person are onsite: the thank-you the day after, where
        # Kent's was a phone screen's, the same day.
        "Kent": (
            "Scheduled",
            "Thank-you note",
            "2026-11-27",
            _round_problem(9, "Telephone interview done, F2F 26th Nov", "Thu 2026-11-26"),
        ),
        "Lark": (
            "Scheduled",
            "Thank-you note",
            "2026-12-01",
            _round_problem(10, "Phone screen done, in person 30th Nov", "Mon 2026-11-30"),
        ),
        # Two rounds in one step: the later is the next round (it kept the phone screen's).
        "Moss": (
            "Overdue",
            "Thank-you note",
            "2026-11-19",
            _round_problem(11, "Interviews 11/16 & 11/18", "Wed 2026-11-18"),
        ),
        # fx292: "in person" starting a step is a round (Ives needed info), and the next
        # round's kind is its own step's: Pike's phone screen wants its thank-you the same
        # day, not the day after as the onsite named before it would.
        "Ives": (
            "Scheduled",
            "Thank-you note",
            "2026-11-25",
            _round_problem(12, "Phone done, in person 11/24", "Tue 2026-11-24"),
        ),
        "Pike": (
            "Due soon",
            "Thank-you note",
            "2026-11-24",
            _round_problem(13, "Onsite done, phone 11/24", "Tue 2026-11-24"),
        ),
        # fx297: a phone or video round with its date is one, as "Onsite 11/24" is (each
        # needed info): a video call's thank-you the day after, a phone screen's the same day.
        "Rook": (
            "Scheduled",
            "Thank-you note",
            "2026-11-25",
            _round_problem(14, "Zoom 11/24", "Tue 2026-11-24"),
        ),
        "Teal": (
            "Scheduled",
            "Thank-you note",
            "2026-12-04",
            _round_problem(15, "Phone done, video call Dec 3", "Thu 2026-12-03"),
        ),
        "Vale": (
            "Due soon",
            "Thank-you note",
            "2026-11-24",
            _round_problem(16, "Phone 11/24", "Tue 2026-11-24"),
        ),
        "Yost": (
            "Scheduled",
            "Thank-you note",
            "2026-11-25",
            _round_problem(17, "Teams 11/24 2pm", "Tue 2026-11-24"),
        ),
        "Zell": (
            "Scheduled",
            "Thank-you note",
            "2026-11-25",
            'row 18, column "Status": "Video 11/24": the interview date read from it, Tue '
            '2026-11-24; "11/24" has no year; read as 2026-11-24 (nearest the same row\'s '
            '2026-10-12); write it in "Interview Date" if that is wrong',
        ),
        # fx300: a round rescheduled from the date before the note was not held then (it was
        # read as the next round of 11-24): the phone screen's check-in goes on, and Problems
        # asks for the new day.
        "Drew": (
            "Overdue",
            "1st check-in",
            "2026-11-19",
            'row 19, column "Status": "Zoom 11/24 - rescheduled": "11/24" is not read as the '
            "interview's day, as the note after it says the round was not held then; once its "
            'new day is known, write it in "Interview Date"',
        ),
        # fx309: a row the Status alone dates is of the kind its round names, when no
        # Interview Type says one: a phone screen's thank-you the same day (Hale's was the day
        # after); a typed type wins (Knox's onsite: the day after).
        "Hale": (
            "Due soon",
            "Thank-you note",
            "2026-11-24",
            'row 20, column "Status": "Phone 11/24": the interview date read from it, Tue '
            '2026-11-24; "11/24" has no year; read as 2026-11-24 (nearest the same row\'s '
            '2026-10-12); write it in "Interview Date" if that is wrong',
        ),
        "Knox": (
            "Scheduled",
            "Thank-you note",
            "2026-11-25",
            'row 21, column "Status": "Phone 11/24": the interview date read from it, Tue '
            '2026-11-24; "11/24" has no year; read as 2026-11-24 (nearest the same row\'s '
            '2026-10-12); write it in "Interview Date" if that is wrong',
        ),
        # ot131 F1: a German round put off ("verschoben") was held on 18.11. for the run, its
        # thank-you overdue for a call that never took place; as Drew's, the phone screen's
        # check-in goes on and Problems asks for the new day.
        "Lenz": (
            "Overdue",
            "1st check-in",
            "2026-11-19",
            'row 22, column "Status": "Telefoninterview 18.11. - verschoben": "18.11." is not '
            "read as the interview's day, as the note after it says the round was not held "
            'then; once its new day is known, write it in "Interview Date"',
        ),
        # ot131 F3: an onsite moved to a new day is on that day, its thank-you the day after
        # (Marr got the phone screen's check-in); cancelled with its new day, it is moved, not
        # over (Nash was closed as rejected, a networking check-in due in January).
        "Marr": (
            "Scheduled",
            "Thank-you note",
            "2026-11-25",
            _round_problem(23, "Onsite 11/18 - moved to 11/24", "Tue 2026-11-24"),
        ),
        "Nash": (
            "Scheduled",
            "Thank-you note",
            "2026-11-26",
            _round_problem(24, "Onsite 11/18 (cancelled, now 11/25)", "Wed 2026-11-25"),
        ),
    }


def _read_from(cell: str, day: str, how: str = "") -> str:
    """The Problems line of a one-row tracker whose Status alone dates the interview."""
    return (
        f'row 2, column "Status": "{cell}": the interview date read from it, {day}{how}; write '
        'it in "Interview Date" if that is wrong'
    )


def _no_year(text: str) -> str:
    return f'; "{text}" has no year; read as 2026-11-24 (nearest the same row\'s 2026-10-12)'


# fx300: a round's date with dashes, or after a German round word, was not read (each needed
# info); a dashed day-month-year reads in the order of the row's Country, as a slashed one
# does. A phone round's thank-you is due the same day (fx309: the day after, as no Interview
# Type said the kind). (Status, Country, (Follow-up status, Next due, the day read, how it was
# read))
DASHED_AND_GERMAN_ROUNDS = [
    ("Phone 24-11-2026", "DE", ("Due soon", "2026-11-24", "Tue 2026-11-24", "")),
    ("Zoom 24-11", "DE", ("Scheduled", "2026-11-25", "Tue 2026-11-24", _no_year("24 Nov"))),
    (
        "Telefoninterview 24.11.",
        "DE",
        ("Due soon", "2026-11-24", "Tue 2026-11-24", _no_year("24.11.")),
    ),
    (
        "Phone 12-11-2026",
        "DE",
        (
            "Overdue",
            "2026-11-19",
            "Thu 2026-11-12",
            ", read as 12 November 2026 (day-first, every row's Country (Germany) writes dates "
            "day-first)",
        ),
    ),
    (
        "Phone 12-11-2026",
        "US",
        (
            "Scheduled",
            "2026-12-11",
            "Fri 2026-12-11",
            ", read as 11 December 2026 (US month/day, every row's Country (the United States) "
            "writes dates month-first)",
        ),
    ),
]


@pytest.mark.parametrize(("cell", "country", "shown"), DASHED_AND_GERMAN_ROUNDS)
def test_a_dashed_or_german_round_dates_the_interview(
    tmp_path: Path, cell: str, country: str, shown: tuple[str, str, str, str]
) -> None:
    status, due, day, how = shown
    text = (
        "Company,Position,Date Applied,Interview Date,Status,Country\n"
        f"Acme,Analyst,2026-10-12,,{cell},{country}\n"
    )
    seen = run_csv_seen(tmp_path, text, "2026-11-20")["Acme"]
    action = "1st check-in" if status == "Overdue" else "Thank-you note"
    assert seen == (status, action, due, _read_from(cell, day, how))


MONTH_FIRST_ROW = "Beta,Analyst,2026-10-12,,Video 11/25"
DAY_FIRST_ROW = "Beta,Analyst,2026-10-12,12.11.2026,Interviewing"

# fx309: a round's date only one order reads ("24.11.": there is no month 24) beside an
# Interview Date is read that way whatever the order another row's Status date gives (it was
# dropped: the row kept its phone screen's check-in, and nothing was said); an ambiguous one
# follows that order ("12/11"), but with dots it is day-first ("12.11.": fx312); one no order
# reads is said. (Interview Date, Status, the
# other row, (Follow-up status, Next action, Next due, Problems))
ONE_WAY_ROUNDS = [
    (
        "2026-11-12",
        "Onsite 24.11.",
        MONTH_FIRST_ROW,
        ("Scheduled", "Thank-you note", "2026-11-25", "Onsite 24.11.", "Tue 2026-11-24"),
    ),
    (
        "2026-11-12",
        "Telefoninterview 24.11.",
        MONTH_FIRST_ROW,
        ("Due soon", "Thank-you note", "2026-11-24", "Telefoninterview 24.11.", "Tue 2026-11-24"),
    ),
    (
        "2026-11-12",
        "Onsite 24/11",
        MONTH_FIRST_ROW,
        ("Scheduled", "Thank-you note", "2026-11-25", "Onsite 24/11", "Tue 2026-11-24"),
    ),
    (
        "12.11.2026",
        "Video 11/25",
        DAY_FIRST_ROW,
        ("Scheduled", "Thank-you note", "2026-11-26", "Video 11/25", "Wed 2026-11-25"),
    ),
]


@pytest.mark.parametrize(("interview", "cell", "other", "shown"), ONE_WAY_ROUNDS)
def test_a_round_date_only_one_order_reads_is_read_that_way(
    tmp_path: Path, interview: str, cell: str, other: str, shown: tuple[str, ...]
) -> None:
    status, action, due, quoted, day = shown
    text = (
        "Company,Position,Date Applied,Interview Date,Status\n"
        f"Acme,Analyst,2026-10-12,{interview},{cell}\n{other}\n"
    )
    seen = run_csv_seen(tmp_path, text, "2026-11-20")["Acme"]
    assert seen == (status, action, due, _round_problem(2, quoted, day))


def _next_round_problem(row: int, cell: str, day: str, how: str, interview: str) -> str:
    """The Problems line of a row whose Status dates its next round, read as ``how`` says."""
    return (
        f'row {row}, column "Status": "{cell}": the next round read from it, {day}, read as '
        f'{how}, after the interview in "Interview Date" ({interview}): the follow-ups are '
        'that round\'s; write it in "Interview Date", or give that round a row of its own, so '
        "that it stays when the Status changes"
    )


def test_a_dotted_round_date_is_day_first_and_one_of_no_day_is_said(tmp_path: Path) -> None:
    """Beside "Video 11/25", a dotted "12.11." or "12.11.2026" after a phone screen of Thu
    11-05 is 12 November, as every country that writes dots writes them (fx312: 11 December,
    the Status's slashed order; Fri 12-11's thank-you scheduled); "12/11" follows that order.
    "31.11." is no day: the row keeps its phone screen's check-in, and Problems says why
    (fx309: nothing was said)."""
    text = (
        "Company,Position,Date Applied,Interview Date,Status\n"
        "Acme,Analyst,2026-10-12,2026-11-05,Onsite 12.11.\n"
        "Iota,Analyst,2026-10-12,2026-11-05,Onsite 12.11.2026\n"
        "Kappa,Analyst,2026-10-12,2026-11-05,Onsite 12/11\n"
        "Zeta,Analyst,2026-10-12,2026-11-12,Onsite 31.11.\n"
        f"{MONTH_FIRST_ROW}\n"
    )
    seen = run_csv_seen(tmp_path, text, "2026-11-20")
    dotted = "12 November 2026 (day-first, as dates written with dots are)"
    slashed = '11 December 2026 (US month/day, from "11/25" in row 6 of this column)'
    assert [seen[name] for name in ("Acme", "Iota", "Kappa", "Zeta")] == [
        (
            "Overdue",
            "1st check-in",
            "2026-11-19",
            _next_round_problem(2, "Onsite 12.11.", "Thu 2026-11-12", dotted, "Thu 2026-11-05"),
        ),
        (
            "Overdue",
            "1st check-in",
            "2026-11-19",
            _next_round_problem(3, "Onsite 12.11.2026", "Thu 2026-11-12", dotted, "Thu 2026-11-05"),
        ),
        (
            "Scheduled",
            "Thank-you note",
            "2026-12-12",
            _next_round_problem(4, "Onsite 12/11", "Fri 2026-12-11", slashed, "Thu 2026-11-05"),
        ),
        (
            "Overdue",
            "1st check-in",
            "2026-11-19",
            'row 5, column "Status": "Onsite 31.11.": "31.11." is no day of the calendar, so no '
            "round is read from it and the follow-ups are the interview's in \"Interview "
            'Date"; fix the date if a round is planned',
        ),
    ]


# ot108 F7: a closed row without an interview date whose Status names the interview it ended
# after. (Status, whether it names one.)
INTERVIEWS_NAMED = [
    ("Rejected after onsite", True),
    ("Rejected after final round", True),
    ("No offer after 2 interviews", True),
    ("Declined after 3 rounds", True),
    ("Rejected post-interview", True),
    ("Ghosted after phone screen", True),
    ("Withdrew after final round", True),
    ("Rejected after onsite, asked for feedback", True),
    # No interview, or a step that is none.
    ("Rejected", False),
    ("Rejected - no interview", False),
    ("Rejected before interview", False),
    ("Rejected after application, no interview", False),
    ("Rejected after take-home", False),
    ("Rejected (job post removed)", False),
]


@pytest.mark.parametrize(("cell", "named"), INTERVIEWS_NAMED)
def test_a_closed_status_names_the_interview_it_ended_after(cell: str, named: bool) -> None:
    assert names_an_interview(cell) is named


CLOSED_CSV = """\
Company,Position,Date Applied,Interview Date,Status
Onsite Co,Analyst,2026-10-15,,Rejected after onsite
Final Co,Analyst,2026-10-15,,Rejected after final round
Two Co,Analyst,2026-10-15,,No offer after 2 interviews
Undated Co,Analyst,,,No offer after 2 interviews
None Co,Analyst,2026-10-15,,Rejected - no interview
"""
NAMED = (
    "the Status names an interview, but Interview Date has no date for it, so there is no "
    "networking check-in to date: type the interview's date there for one."
)


def test_a_closed_row_whose_status_names_its_interview_does_not_say_there_was_none(
    tmp_path: Path,
) -> None:
    """ot108 F7: "Rejected after onsite" with no Interview Date: the Why said "no interview,
    so no networking check-in". There was one, undated: said so, and how to get the
    networking check-in. A Status saying there was none keeps its words."""
    seen = _by_company(_run_rows(tmp_path, CLOSED_CSV, "2026-11-20", status_read=False))
    applied = "Closed: the outcome is rejected (applied Thu 2026-10-15); "
    assert seen == {
        "Onsite Co": ("Closed", "—", "", applied + NAMED, ""),
        "Final Co": ("Closed", "—", "", applied + NAMED, ""),
        "Two Co": ("Closed", "—", "", applied + NAMED, ""),
        "Undated Co": ("Closed", "—", "", "Closed: the outcome is rejected; " + NAMED, ""),
        "None Co": (
            "Closed",
            "—",
            "",
            applied + "no interview, so no networking check-in.",
            "",
        ),
    }


# The networking check-in of a row closed without an offer counts from the day its Status says
# it closed, when written and later than the row's other dates (DESIGN, step 5: the close
# date); it counted from the interview (Mon 2026-11-02). (Country, Status, networking due,
# what the networking line says it counts from.)
FROM_THE_STATUS = "10 weeks after Thu 2026-11-19 (the day the Status says it was {})"
FROM_THE_INTERVIEW = "10 weeks after Mon 2026-11-02"
CLOSED_ON_CASES = [
    ("US", "Rejected 11/19", "2027-01-28", FROM_THE_STATUS.format("rejected")),
    ("US", "Rejected on Nov 19", "2027-01-28", FROM_THE_STATUS.format("rejected")),
    ("US", "Rejected - email 11/19/2026", "2027-01-28", FROM_THE_STATUS.format("rejected")),
    ("DE", "Absage 19.11.", "2027-01-28", FROM_THE_STATUS.format("rejected")),
    ("GB", "Rejected 19th Nov", "2027-01-28", FROM_THE_STATUS.format("rejected")),
    ("US", "Withdrew 11/19", "2027-01-28", FROM_THE_STATUS.format("withdrawn")),
    # Undated, or one before the interview: from the interview (a day after the run's too, said
    # in Problems: ``test_closing_ahead``).
    ("US", "Rejected", "2027-01-11", FROM_THE_INTERVIEW),
    ("US", "Rejected 10/30", "2027-01-11", FROM_THE_INTERVIEW),
]


@pytest.mark.parametrize(("country", "status", "due", "counted"), CLOSED_ON_CASES)
def test_a_rejection_dated_in_the_status_is_the_close_date(
    tmp_path: Path, country: str, status: str, due: str, counted: str
) -> None:
    text = (
        "Company,Position,Interview Date,Interview Type,Status,Country\n"
        f"Acme,Analyst,2026-11-02,Video,{status},{country}\n"
    )
    ((_, shown, action, next_due, why, problems),) = _run_rows(tmp_path, text, "2026-11-20")
    assert (shown, action, next_due, problems) == ("Closed", "Networking check-in", due, "")
    assert why.splitlines()[0].startswith(f"Networking check-in: {counted} → ")


# ot111 F12: the Why says how the Status was read, on the line after the next action's, when
# its words are not the stage's own ("Pas encore refusé" closed as rejected showed nothing on
# the sheet; only ``check`` listed it). (Status, Interview Date, the Why's second line, or None
# for no such line: the Status says its stage in its own word, was not read, or another column
# decided the stage.)
STATUS_AS_READ_CASES = [
    ("Dinged", "2026-11-10", 'Status "Dinged" read as rejected.'),
    ("Pas encore refusé", "2026-11-10", 'Status "Pas encore refusé" read as interviewing.'),
    ("Absage erhalten", "2026-11-10", 'Status "Absage erhalten" read as rejected.'),
    ("prob. rejected", "2026-11-10", 'Status "prob. rejected" read as rejected.'),
    (
        "Offer accepted - rescinded 11/18",
        "2026-11-10",
        'Status "Offer accepted - rescinded 11/18" read as rejected.',
    ),
    ("Onsite", "2026-11-10", 'Status "Onsite" read as interviewing.'),
    ("Offer accepted", "2026-11-10", 'Status "Offer accepted" read as accepted.'),
    ("Verbal offer", "2026-11-10", 'Status "Verbal offer" read as an offer.'),
    ("Wishlist", "", 'Status "Wishlist" read as not applied yet.'),
    ("Submitted", "", 'Status "Submitted" read as applied.'),
    # A hold says it once, with what a hold does.
    (
        "Hiring freeze",
        "2026-11-10",
        'Status "Hiring freeze" read as on hold: the follow-ups go on (a hold is no answer); '
        "the check-ins ask no next steps of a paused role.",
    ),
    # Its own word, a date or punctuation aside: nothing to say.
    ("Rejected", "2026-11-10", None),
    ("REJECTED!", "2026-11-10", None),
    ("Rejected 11/19", "2026-11-10", None),
    ("Interviewing", "2026-11-10", None),
    ("On hold", "2026-11-10", None),
    # Not read: Problems says why.
    ("blorp", "2026-11-10", None),
    # "Applied" on a row with an interview: the interview is its stage, not the Status.
    ("Applied via referral", "2026-11-10", None),
]


@pytest.mark.parametrize(("status", "interview", "line"), STATUS_AS_READ_CASES)
def test_the_why_says_how_the_status_was_read(
    tmp_path: Path, status: str, interview: str, line: str | None
) -> None:
    text = (
        "Company,Position,Interview Date,Date Applied,Status,Country\n"
        f"Acme,Analyst,{interview},2026-11-02,{status},US\n"
    )
    ((_, _, _, _, why, _),) = _run_rows(tmp_path, text, "2026-11-20")
    said = [ln for ln in why.splitlines() if ln.startswith('Status "')]
    assert said == ([] if line is None else [line])
    if line is not None:
        assert why.splitlines()[1] == line


def test_the_why_names_the_result_column_that_decided(tmp_path: Path) -> None:
    """A Result beside a Status of stages: the Why quotes both cells, by their headers."""
    text = (
        "Company,Position,Interview Date,Status,Result,Country\n"
        "Acme,Analyst,2026-11-10,Final round,No offer,US\n"
        "Bolt,Analyst,2026-11-10,Final round,Rejected,US\n"
        "Cove,Analyst,2026-11-10,Onsite,,US\n"
        "Dell,Analyst,,Applied,,US\n"
    )
    whys = {row[0]: row[4].splitlines() for row in _run_rows(tmp_path, text, "2026-11-20")}
    assert whys["Acme"][1] == 'Status "Final round" and Result "No offer" read as rejected.'
    assert not [ln for ln in whys["Bolt"] if "read as" in ln]
    assert whys["Cove"][1] == 'Status "Onsite" read as interviewing.'


# fx182 (found by fx173): English status words beside a failure, a negation after them, a
# decline in the present tense or an offer waited for were read as the bare word: "Failed
# interview" and "Interview failed" were interviewing (the check-ins going on after a
# rejection), "Offer not received", "Offer pending", "Waiting for the offer", "Decline offer"
# closed the row as an offer, "Interview not scheduled" was interviewing. (cell, outcome, needs
# info); what cannot be read needs info, as "is not a known outcome", never a closed class.
ENGLISH_STATUS_CELLS = [
    # A round failed, said plainly: rejected, as "Did not pass interview".
    ("Failed interview", "rejected", False),
    ("Interview failed", "rejected", False),
    ("Interview - failed", "rejected", False),
    ("Technical interview: failed", "rejected", False),
    ("Phone screen failed", "rejected", False),
    ("Failed the technical interview", "rejected", False),
    ("I failed the phone screen", "rejected", False),
    ("Failed final round", "rejected", False),
    ("Failed video interview", "rejected", False),
    ("Rejected, failed interview", "rejected", False),
    ("Didn't pass interview", "rejected", False),
    ("Didn\u2019t pass the interview", "rejected", False),  # a typographic apostrophe
    ("Did not pass interview", "rejected", False),
    ("Not selected after interview", "rejected", False),
    ("No offer", "rejected", False),
    # An offer declined, as it is done or about to be: rejected, as "Declined offer" is.
    ("Decline offer", "rejected", False),
    ("Declining offer", "rejected", False),
    ("Declining the offer", "rejected", False),
    ("Turning down offer", "rejected", False),
    ("Offer turned down", "rejected", False),
    ("Declined offer", "rejected", False),
    ("Offer declined", "rejected", False),
    # No offer yet, waited for, pending: interviewing, as "No offer yet", "Waiting for offer".
    ("Offer not yet", "interviewing", False),
    ("Offer: not yet", "interviewing", False),
    ("Offer not yet received", "interviewing", False),
    ("Offer pending", "interviewing", False),
    ("Pending offer", "interviewing", False),
    ("Waiting for offer", "interviewing", False),
    ("Waiting for the offer", "interviewing", False),
    ("Awaiting an offer", "interviewing", False),
    ("Still waiting on the job offer", "interviewing", False),
    ("Not rejected yet", "interviewing", False),  # none yet, as "No offer yet" (ot108 F10)
    # A negation after the word, a failure or a decline not plainly the candidate's: needs
    # info, never the word.
    ("Offer not received", "applied", True),
    ("Offer has not been received", "applied", True),
    ("Offer still not received", "applied", True),
    ("Offer never came", "applied", True),
    ("Didn't get offer", "applied", True),
    ("Didn\u2019t get an offer", "applied", True),
    ("Didnt get an interview", "applied", True),
    # ... but for an application not made yet, which says where the row stands (fx362).
    ("Haven't applied yet", "not applied", False),
    ("Interview not scheduled", "applied", True),
    ("Interview not yet scheduled", "applied", True),
    ("Interview was not scheduled", "applied", True),
    ("Interview never happened", "applied", True),
    ("Interview failed due to a bad connection", "applied", True),
    ("Video interview failed", "applied", True),  # the call's failure?
    ("Almost failed interview", "applied", True),
    ("Didn't fail interview", "applied", True),
    ("Failed to schedule interview", "applied", True),
    ("Failed to schedule stage 2", "applied", True),
    ("Will decline the job offer", "applied", True),
    ("Interviewer: Failed to show", "applied", True),  # a note: says no stage
    ("Failed", "applied", True),  # what failed?
    ("Offerpad", "applied", True),  # a company, no offer
    # Near cases read as before: the bare words, an offer got or kept, a negation governing
    # the next stage word, a closing word before a negation, another clause.
    ("Offer", "offer", False),
    ("Offer accepted", "accepted", False),
    ("Offer received", "offer", False),
    ("Got offer", "offer", False),
    ("Verbal offer", "offer", False),
    ("Offer after interview", "offer", False),
    ("Interview offer", "interviewing", False),  # an invitation to one (514f574)
    ("Interview scheduled", "interviewing", False),
    ("Interviewed", "interviewing", False),
    ("Interviewed no news", "interviewing", False),  # "no" starts a noun: no negation after
    ("Applied not interviewed", "applied", False),  # "not" governs "interviewed"
    ("Applied, not interviewed yet", "applied", False),
    ("Rejected not sure why", "rejected", False),
    ("Offer, not yet accepted", "offer", False),  # no phrase across the comma
    ("Offer accepted without negotiation", "accepted", False),
    ("Hired not started yet", "hired", False),  # "not started" is a phrase of its own
    ("Failed stage 2", "rejected", False),
    ("Waiting", "applied", False),
    # ot115 F7: a round's abbreviations read as the stage words they stand for (each needed
    # info), "rej" as rejected; a later offer or rejection still settles the row.
    ("Final 3rd Dec (in person)", "interviewing", False),
    ("Final 24th Nov", "interviewing", False),
    ("final rd 11/24", "interviewing", False),
    ("Phone 11/10 -> onsite 11/24 -> final 12/8", "interviewing", False),
    ("Hiring mgr 11/25 -> ?", "interviewing", False),
    ("HM call 11/19 went well", "interviewing", False),
    ("Onsite -> rej 11/9", "rejected", False),
    ("Rej", "rejected", False),
    ("rej.", "rejected", False),
    ("Final offer", "offer", False),
    ("Final round -> rejected", "rejected", False),
    ("Ghosted after HM", "ghosted", False),
    # ot119 F3: a round named by its kind and done reads as "onsite done" does (a panel
    # needed info, its thank-you dropped); nothing heard is still waiting, "back" or not.
    ("panel done", "interviewing", False),
    ("panel done, they said 2 weeks", "interviewing", False),
    ("Panel 12/3", "interviewing", False),
    ("onsite done, they said 2 weeks", "interviewing", False),
    ("final done", "interviewing", False),
    ("technical done", "interviewing", False),
    ("HM done", "interviewing", False),
    ("behavioral done", "interviewing", False),
    ("Behavioural interview done", "interviewing", False),
    ("case study done", "interviewing", False),
    ("Superday done", "interviewing", False),
    ("Rejected after panel", "rejected", False),
    # fx292: "in person" starting a step is a round, as "onsite" is (each needed info);
    # after a verb it says how something else was done, and is not read.
    ("In person 11/24", "interviewing", False),
    ("in-person", "interviewing", False),
    ("Phone done, in person 11/24", "interviewing", False),
    ("Phone done; In-Person 11/24", "interviewing", False),
    ("Phone -> in person 11/24", "interviewing", False),
    ("Applied in person", "applied", False),
    ("Applied in-person at the store, no reply", "applied", False),
    ("Rejected after in person", "rejected", False),
    ("Met in person", "applied", True),
    # fx297: a phone or video round with its date, starting a step, is one, as "Onsite 11/24"
    # is (each needed info); the kind alone, or a phone number after it, stays unread.
    ("Phone 11/24", "interviewing", False),
    ("Zoom 11/24", "interviewing", False),
    ("Video 11/24", "interviewing", False),
    ("Video call Dec 3", "interviewing", False),
    ("Teams 11/24 2pm", "interviewing", False),
    ("Phone call on Tue 11/24", "interviewing", False),
    ("Call 11/24/2026", "interviewing", False),
    ("Skype - 24th Nov", "interviewing", False),
    ("Phone done, zoom 11/24", "interviewing", False),
    ("Phone 11/16 -> Teams 11/30", "interviewing", False),
    ("Applied 11/2, phone 11/24", "interviewing", False),
    # fx325: a round moved to a day is rescheduled, as "Rescheduled to Nov 24" (each needed
    # info).
    ("Moved to Nov 24", "interviewing", False),
    ("Moved to 11/24", "interviewing", False),
    ("Moved to final round", "interviewing", False),
    # fx325: after a spaced dash too, which starts a step as a comma does (it was applied).
    ("Applied 11/2 - phone 11/12", "interviewing", False),
    ("Applied 11/2 \u2013 video 11/12", "interviewing", False),
    # fx333: without spaces around the dash too (it was applied).
    ("Applied 11/2-phone 11/12", "interviewing", False),
    ("Applied 11/2\u2013zoom 11/12", "interviewing", False),
    ("Applied 11/2-phone", "applied", False),
    ("Applied 11/2 - zoom 11/12", "interviewing", False),
    ("Applied 11/2 - call 555-123-4567", "applied", False),
    ("Applied 11/2 - in person", "applied", False),
    ("Applied 11/2 - phone", "applied", False),
    # fx300: its date with dashes, as a stage cell's date is read ("Gesprek 24-11-2026").
    ("Phone 24-11-2026", "interviewing", False),
    ("Phone 24-11", "interviewing", False),
    ("Zoom 24-11", "interviewing", False),
    ("Teams 24-11 2pm", "interviewing", False),
    ("Phone", "applied", True),
    ("Phone done", "applied", True),
    ("Zoom", "applied", True),
    ("Call 555-123-4567", "applied", True),
    ("Phone: +44 20 7946 0958", "applied", True),
    ("Phone 07.11.22.33.44", "applied", True),
    ("Phone: 0471-12-34-56", "applied", True),
    ("Call 20-30 min", "applied", True),
    ("Phone 24-11-26", "applied", True),  # nor is a stage cell's ("Gesprek 24-11-26")
    ("Call back 11/24", "applied", True),
    ("Applied via phone 11/24", "applied", False),
    ("haven't heard", "applied", False),
    ("Still haven\u2019t heard", "applied", False),
    ("not heard yet", "applied", False),
    ("Have not heard anything", "applied", False),
    ("no news", "applied", False),
    ("haven't heard back", "applied", False),
]


@pytest.mark.parametrize(("cell", "outcome", "needs_info"), ENGLISH_STATUS_CELLS)
def test_english_status_words_are_read_with_their_failure_negation_or_wait(
    cell: str, outcome: str, needs_info: bool
) -> None:
    value, reason, needs = read_vocabulary(cell, OUTCOME)
    assert (value, needs) == (outcome, needs_info)
    unknown = (
        f'"{cell}" is not a known outcome (not applied, applied, interviewing, offer, hired, '
        "accepted, rejected, withdrawn, ghosted or on hold); write one of them (blank is "
        "applied)"
    )
    assert reason == (unknown if needs_info else None)


ENGLISH_CSV = """Company,Position,Interview Date,Status
Acme,Analyst,2026-11-02,Failed interview
Offerpad,Analyst,2026-11-02,Offer not received
NoOffer Ltd,Analyst,2026-11-02,Interviewed
Beta,Analyst,2026-11-02,Offer pending
Gamma,Analyst,2026-11-02,Decline offer
Delta,Analyst,2026-11-02,Interview not scheduled
"""


def test_a_run_reads_english_status_words_as_meant(tmp_path: Path) -> None:
    """Interviewed Mon 2026-11-02, as of Fri 2026-11-20: a rejection is closed, an offer not
    received or an interview not scheduled needs info, an offer pending is awaited (its 1st
    check-in 5 bd after, Mon 11-09, overdue); a company named "Offerpad" or "NoOffer Ltd" says
    nothing of the row's stage."""
    seen = run_csv_seen(tmp_path, ENGLISH_CSV, "2026-11-20")

    def unknown(row: int, cell: str) -> str:
        return (
            f'row {row}, column "Status": "{cell}" is not a known outcome (not applied, '
            "applied, interviewing, offer, hired, accepted, rejected, withdrawn, ghosted or on "
            "hold); write one of them (blank is applied)"
        )

    assert {name: (status, action) for name, (status, action, _, _) in seen.items()} == {
        "Acme": ("Closed", "Networking check-in"),
        "Offerpad": ("Needs info", "—"),
        "NoOffer Ltd": ("Overdue", "1st check-in"),
        "Beta": ("Overdue", "1st check-in"),
        "Gamma": ("Closed", "Networking check-in"),
        "Delta": ("Needs info", "—"),
    }
    assert seen["Offerpad"][3] == unknown(3, "Offer not received")
    assert seen["Delta"][3] == unknown(7, "Interview not scheduled")
    assert (seen["Acme"][3], seen["Beta"][3], seen["NoOffer Ltd"][3]) == ("", "", "")


# ot119 F3: the job seeker's tracker, a panel three days before the run.
ROUND_DONE_CSV = """Company,Position,Date Applied,Interview Date,Interview Type,Status
Nakatomi,Analyst,2026-11-02,2026-12-03,panel,"panel done, they said 2 weeks"
Cyberdyne,Analyst,2026-11-02,2026-12-03,panel,panel done
Initech,Analyst,2026-11-02,2026-12-03,,behavioral done
Hooli,Analyst,2026-11-02,,,haven't heard
Pied Piper,Analyst,2026-11-02,,,not heard yet
"""


def test_a_run_reads_a_round_done_or_nothing_heard_as_meant(tmp_path: Path) -> None:
    """As of Sun 2026-12-06: a panel or a behavioral round done on Thu 12-03 wants its
    thank-you the next business day, Fri 12-04 (it was Needs info, with no draft); nothing
    heard since applying on Mon 11-02 wants the application check-in 7 bd later, past
    Veterans Day (Wed 11-11): Thu 11-12."""
    seen = run_csv_seen(tmp_path, ROUND_DONE_CSV, "2026-12-06")
    thanks = ("Overdue", "Thank-you note", "2026-12-04", "")
    check_in = ("Overdue", "Application check-in", "2026-11-12", "")
    assert seen == {
        "Nakatomi": thanks,
        "Cyberdyne": thanks,
        "Initech": thanks,
        "Hooli": check_in,
        "Pied Piper": check_in,
    }


# ot108 F13: a typo of a status word needed info with the generic list only. It still needs
# info (never read on a guess), and its Problems line suggests the word: a letter missed,
# added or changed, two swapped, or the first letters of a value ("Int"; "Rej" is read, the
# abbreviation every tracker uses: ot115 F7). Real words near a status word are no slip and
# get no suggestion. (cell, the value suggested or None)
STATUS_TYPOS = [
    ("rejcted", "rejected"),
    ("Rejeted", "rejected"),
    ("Intervewing", "interviewing"),
    ("Absgae", "rejected"),  # German "Absage", two letters swapped
    ("Int", "interviewing"),
    ("aplied", "applied"),
    ("Offerd", "offer"),
    ("Ghsoted", "ghosted"),
    ("Withdarwn", "withdrawn"),
    ("Acepted", "accepted"),
    # Other words, not slips: too short, a letter more or changed in a short word, not one.
    ("Officer", None),
    ("Fired", None),
    ("Filed", None),
    ("Failed", None),  # read on purpose as nothing: what failed?
    ("Closer", None),
    ("Offerpad", None),
    ("Not", None),
    ("Ofer", None),
    # An English word one slip from a word of another language, or of another meaning, is no
    # slip (fx251: "Retired" was asked "did you mean withdrawn?", by French "retiré"); one a
    # status may be said with keeps its hint.
    ("Retired", None),
    ("Retires", None),
    ("Haired", None),
    ("Wasting", None),
    ("Whitelisted", None),
    ("Rejects", "rejected"),
    ("Withdraw", "withdrawn"),
    ("rejcted twice", None),  # a typo in a sentence: no guess
    ("Tawaran ❌", None),  # a word left unread on purpose
]


@pytest.mark.parametrize(("cell", "suggested"), STATUS_TYPOS)
def test_a_status_typo_needs_info_and_its_word_is_suggested(
    cell: str, suggested: str | None
) -> None:
    value, reason, needs = read_vocabulary(cell, OUTCOME)
    unknown = (
        f'"{cell}" is not a known outcome (not applied, applied, interviewing, offer, hired, '
        "accepted, rejected, withdrawn, ghosted or on hold); write one of them (blank is "
        "applied)"
    )
    hint = f"; did you mean {suggested}?" if suggested is not None else ""
    assert (value, reason, needs) == ("applied", unknown + hint, True)


def read_there(row: int, cell: str, day: str, year: str | None) -> str:
    """The Problems line of a Status cell whose date is the interview's."""
    said = f"; {year}" if year else ""
    return (
        f'row {row}, column "Status": "{cell}": the interview date read from it, {day}{said}; '
        'write it in "Interview Date" if that is wrong'
    )


NEWEST_BEFORE = "is more than half a year before {0}, this column's newest date"


@pytest.mark.parametrize(
    ("rows", "seen"),
    [
        # ot111 F9: four days after the run is this year's, not a year-old interview "Moved on"
        # (the row below has the only full date, so "11/24" fell just before it, in 2025).
        (
            [",Onsite 11/24,US", ",Onsite 11/18/2026,US"],
            (
                "Scheduled",
                "Thank-you note",
                "2026-11-25",
                read_there(
                    2,
                    "Onsite 11/24",
                    "Tue 2026-11-24",
                    '"11/24" has no year; read as 2026-11-24 (2025-11-24, almost a year before '
                    "the next dated row's 2026-11-18, "
                    f"{NEWEST_BEFORE.format('2026-11-18')})",
                ),
            ),
        ),
        (
            # A phone screen's thank-you the same day (fx309: the day after).
            [",Phone screen 11/23,US", ",Onsite 11/10/2026,US"],
            (
                "Due soon",
                "Thank-you note",
                "2026-11-23",
                read_there(
                    2,
                    "Phone screen 11/23",
                    "Mon 2026-11-23",
                    '"11/23" has no year; read as 2026-11-23 (2025-11-23, almost a year before '
                    "the next dated row's 2026-11-10, "
                    f"{NEWEST_BEFORE.format('2026-11-10')})",
                ),
            ),
        ),
        # ot111 F8: the other rows' Interview Dates place it (it was "when?").
        (
            ["11/12/2026,Interviewing,US", ",Onsite 11/24,US"],
            (
                "Scheduled",
                "Thank-you note",
                "2026-11-25",
                read_there(
                    3,
                    "Onsite 11/24",
                    "Tue 2026-11-24",
                    '"11/24" has no year; read as 2026-11-24 (nearest the last dated row\'s '
                    "2026-11-12)",
                ),
            ),
        ),
        (
            ["12.11.2026,Interviewing,DE", ",Vorstellungsgespräch am 24.11.,DE"],
            (
                "Scheduled",
                "Thank-you note",
                "2026-11-25",
                read_there(
                    3,
                    "Vorstellungsgespräch am 24.11.",
                    "Tue 2026-11-24",
                    '"24.11." has no year; read as 2026-11-24 (nearest the last dated row\'s '
                    "2026-11-12)",
                ),
            ),
        ),
        (
            ["12.11.2026,Interviewing,NL", ",Gesprek 24-11-2026,NL"],
            (
                "Scheduled",
                "Thank-you note",
                "2026-11-25",
                read_there(3, "Gesprek 24-11-2026", "Tue 2026-11-24", None),
            ),
        ),
        # No full date in the tracker at all: the run's date places it.
        (
            [",Onsite 11/24,US"],
            (
                "Scheduled",
                "Thank-you note",
                "2026-11-25",
                read_there(
                    2,
                    "Onsite 11/24",
                    "Tue 2026-11-24",
                    '"11/24" has no year; read as 2026-11-24 (nearest Fri 2026-11-20, the date '
                    "of this run)",
                ),
            ),
        ),
        (
            [",Onsite 18th Nov,GB"],
            (
                "Overdue",
                "Thank-you note",
                "2026-11-19",
                read_there(
                    2,
                    "Onsite 18th Nov",
                    "Wed 2026-11-18",
                    '"18th Nov" has no year; read as 2026-11-18 (nearest Fri 2026-11-20, the '
                    "date of this run)",
                ),
            ),
        ),
    ],
)
def test_a_year_less_date_in_the_status_takes_the_tracker_s_year(
    tmp_path: Path, rows: list[str], seen: tuple[str, str, str, str]
) -> None:
    """A Status date without a year, the Interview Date empty, is placed as one typed in the
    Interview Date column is: by the dated rows around it, which may be in the column itself
    (ot111 F8), within the run (ot111 F9); with no full date anywhere, nearest the run. Each
    row's company is its Excel row; the row looked at is the one quoted in ``seen``."""
    lines = [f"Row {i},Analyst,{r}" for i, r in enumerate(rows, start=2)]
    text = "\n".join(["Company,Job Title,Interview Date,Status,Country", *lines]) + "\n"
    row = seen[3].split(",")[0].removeprefix("row ")
    assert run_csv_seen(tmp_path, text, "2026-11-20")[f"Row {row}"] == seen


def applied_read(cell: str, year: str | None, where: str = 'write it in "Date Applied"') -> str:
    """The Problems line of a row dated by the applied date its Status gives (Mon 2026-11-02)."""
    placed = (
        f'; "{year}" has no year; read as 2026-11-02 (nearest Fri 2026-11-20, the date of this run)'
    )
    return (
        f'row 2, column "Status": "{cell}": the applied date read from it, Mon 2026-11-02'
        f"{placed if year else ''}; {where} if that is wrong"
    )


NO_APPLIED_COLUMN = "add a Date Applied column"


@pytest.mark.parametrize(
    ("status", "applied", "seen"),
    [
        # A Date Applied column with the cell empty (each needed info).
        ("Applied on 11/2", "", ("2026-11-12", applied_read("Applied on 11/2", "11/2"))),
        ("Applied 2nd Nov", "", ("2026-11-12", applied_read("Applied 2nd Nov", "2nd Nov"))),
        ("Applied on 2026-11-02", "", ("2026-11-12", applied_read("Applied on 2026-11-02", None))),
        (
            "Applied: 11/2, no reply",
            "",
            ("2026-11-12", applied_read("Applied: 11/2, no reply", "11/2")),
        ),
        # ... with where it was sent before the date (fx278: each needed info).
        (
            "Applied via LinkedIn 11/2",
            "",
            ("2026-11-12", applied_read("Applied via LinkedIn 11/2", "11/2")),
        ),
        (
            "Applied thru Indeed 11/2",
            "",
            ("2026-11-12", applied_read("Applied thru Indeed 11/2", "11/2")),
        ),
        (
            "Applied (LinkedIn) 2 Nov",
            "",
            ("2026-11-12", applied_read("Applied (LinkedIn) 2 Nov", "2 Nov")),
        ),
        # No Date Applied column at all.
        (
            "Applied on 11/2",
            None,
            ("2026-11-12", applied_read("Applied on 11/2", "11/2", NO_APPLIED_COLUMN)),
        ),
        (
            "Applied 2nd Nov",
            None,
            ("2026-11-12", applied_read("Applied 2nd Nov", "2nd Nov", NO_APPLIED_COLUMN)),
        ),
        # The Date Applied cell wins: Thu 2026-11-05, its check-in Tue 11-17.
        ("Applied 11/2", "2026-11-05", ("2026-11-17", "")),
    ],
)
def test_an_applied_date_in_the_status_dates_the_application(
    tmp_path: Path, status: str, applied: str | None, seen: tuple[str, str]
) -> None:
    """ot115 F8: "Applied on 11/2" in the Status of a row with no Date Applied (the cell
    empty, or no such column) needed info; it is the applied date, read as that column reads
    its cells ("11/2" US month/day, its year nearest the run with no other date to go by):
    the application check-in 7 bd later, Thu 11-12 (Veterans Day skipped), said in Problems
    as a date read from the Status is."""
    header = "Company,Position,Interview Date,Status" + ("" if applied is None else ",Date Applied")
    row = f'Acme,Analyst,,"{status}"' + ("" if applied is None else f",{applied}")
    found = run_csv_seen(tmp_path, f"{header}\n{row}\n", "2026-11-20")["Acme"]
    assert found == ("Overdue", "Application check-in", *seen)


DECIDED_IN_STATUS = (
    "1st check-in: 1 bd after the stated decision date Wed 2026-11-25, written in the Status "
    "(never before 1 bd after the interview) → Fri 2026-11-27 (skipped Thanksgiving Day Thu "
    "11-26)"
)
DECIDED_IN_CELL = DECIDED_IN_STATUS.replace(", written in the Status", "")


@pytest.mark.parametrize(
    ("status", "decision", "why", "problem"),
    [
        # The Status's date alone (the first was a next interview, with a thank-you for it;
        # the others were not read, the 1st check-in due before the date they gave).
        ("Interviewing, offer expected 11/25", "", DECIDED_IN_STATUS, ""),
        ("Waiting, decision by 11/25", "", DECIDED_IN_STATUS, ""),
        ("Awaiting feedback, expected by 25th Nov", "", DECIDED_IN_STATUS, ""),
        ("Interviewing, hear back by 11/25", "", DECIDED_IN_STATUS, ""),
        # The Decision Date cell wins; the same date said twice is no problem.
        ("Interviewing, offer expected 11/25", "2026-11-25", DECIDED_IN_CELL, ""),
        (
            "Interviewing, offer expected 11/24",
            "2026-11-25",
            DECIDED_IN_CELL,
            'row 2, column "Status": "Interviewing, offer expected 11/24": its decision date, '
            'Tue 2026-11-24, is not the one in "Decision Date" (Wed 2026-11-25), which is '
            "taken; fix whichever is wrong",
        ),
    ],
)
def test_a_decision_date_in_the_status_is_the_stated_decision(
    tmp_path: Path, status: str, decision: str, why: str, problem: str
) -> None:
    """ot115 F5: a phone screen on Thu 2026-11-12, thanked that day, and the company's date for
    its decision written in the Status: the 1st check-in waits for it (1 bd after Wed 11-25),
    as for a Decision Date cell (DESIGN section 3), and the Why says where it was read; it is
    no next round."""
    rows = _run_rows(
        tmp_path,
        "Company,Position,Interview Date,Interview Type,Status,Thank-you Sent,Decision Date\n"
        f'Acme,Analyst,2026-11-12,Phone screen,"{status}",2026-11-12,{decision}\n',
        "2026-11-20",
    )
    _, follow_up, action, due, reasons, problems = rows[0]
    assert (follow_up, action, due, reasons.splitlines()[0], problems) == (
        "Scheduled",
        "1st check-in",
        "2026-11-27",
        why,
        problem,
    )


def _closed_round(row: int, cell: str, day: str, run: str) -> str:
    """The Problems line of a closed row whose Status alone dates its last round."""
    written = re.search(r"\d+/\d+", cell)
    assert written is not None
    return (
        f'row {row}, column "Status": "{cell}": the interview date read from it, {day}; '
        f'"{written[0]}" has no year; read as {day[4:]} (nearest {run}, the date of this '
        'run); write it in "Interview Date" if that is wrong'
    )


@pytest.mark.parametrize(
    ("cell", "as_of", "due", "day"),
    [
        # Ten weeks after the round the Status dates, the networking check-in (each row
        # closed with nothing planned: the round's day was lost with no dash before the
        # outcome).
        ("Onsite 11/18 rejected", "2026-11-25", "2027-01-27", "Wed 2026-11-18"),
        ("Onsite 11/18 (ghosted)", "2026-11-25", "2027-01-27", "Wed 2026-11-18"),
        ("Phone 11/13 moved on", "2026-11-25", "2027-01-22", "Fri 2026-11-13"),
        ("Onsite 2/29 rejected", "2028-03-10", "2028-05-09", "Tue 2028-02-29"),
        ("Final round 12/31 (ghosted)", "2027-01-08", "2027-03-11", "Thu 2026-12-31"),
    ],
)
def test_a_closed_rows_status_dates_its_last_round(
    tmp_path: Path, cell: str, as_of: str, due: str, day: str
) -> None:
    text = f'Company,Position,Location,Status,Interview Date\nAcme,PM,"New York, NY",{cell},\n'
    run = f"{pd.Timestamp(as_of):%a %Y-%m-%d}"
    assert run_csv_seen(tmp_path, text, as_of) == {
        "Acme": ("Closed", "Networking check-in", due, _closed_round(2, cell, day, run))
    }


@pytest.mark.parametrize(
    ("cell", "as_of", "applied", "interview"),
    [
        # fx333: the applied date before an unspaced dash was "11/2-", no date (needs info).
        ("Applied 11/2-phone 11/12", "2026-11-19", "2026-11-02", "2026-11-12"),
        ("Applied 11/2 - phone 11/12", "2026-11-19", "2026-11-02", "2026-11-12"),
        ("Applied 12/28-phone 1/6", "2027-01-08", "2026-12-28", "2027-01-06"),
        ("Applied 2/29-zoom 3/2", "2028-03-03", "2028-02-29", "2028-03-02"),
    ],
)
def test_an_application_then_a_round_after_a_dash_dates_both(
    cell: str, as_of: str, applied: str, interview: str
) -> None:
    from trackers import raw_table

    from followup_batch.normalise.frame import normalise_rows
    from followup_batch.read import ReadOptions

    rows = [
        {
            "company": "Brex",
            "position": "PM",
            "outcome": cell,
            "applied_at": None,
            "interview_at": None,
            "country": "US",
        }
    ]
    frame = normalise_rows(raw_table(rows), ReadOptions(), as_of=as_of)
    seen = frame.loc[2, ["applied_date", "interview_date", "outcome", "needs_info"]].tolist()
    assert [f"{seen[0]:%Y-%m-%d}", f"{seen[1]:%Y-%m-%d}", *seen[2:]] == [
        applied,
        interview,
        "interviewing",
        False,
    ]
    assert not [p for p in frame.loc[2, "problems"] if "is not a date" in p]
