"""Implausible dates in every date field (issue 13 item 2): a date before 2000, or more than two
years after the as-of date, is a row problem naming the cell and the row is Needs info — in
the frame, in check, and in run/digest/--dry-run, never a crash."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from trackers import raw_table

from followup_batch.cli import main
from followup_batch.normalise import normalise_rows
from followup_batch.read import ReadOptions

AS_OF = dt.date(2026, 11, 20)
BASE = {"company": "Acme", "position": "Analyst", "interview_at": "2026-11-10"}
APPLIED = {"company": "Acme", "position": "Analyst", "applied_at": "2026-11-01"}


@pytest.mark.parametrize(
    ("row", "field", "what"),
    [
        ({**BASE, "stated_decision": "1926-11-12"}, "stated_decision", "decision"),
        ({**BASE, "thank_you_sent": "1926-11-11"}, "thank_you_sent", "sent"),
        ({**BASE, "check_in_1_sent": "11/18/1926"}, "check_in_1_sent", "sent"),
        ({**BASE, "check_in_2_sent": dt.datetime(1926, 11, 25)}, "check_in_2_sent", "sent"),
        ({**BASE, "final_sent": "1900-01-01"}, "final_sent", "sent"),
        ({**BASE, "networking_sent": "1926-12-01"}, "networking_sent", "networking"),
        ({**BASE, "last_reply": "1969-11-20"}, "last_reply", "reply"),
        (
            {**APPLIED, "application_check_in_sent": "1926-11-05"},
            "application_check_in_sent",
            "sent",
        ),
        ({**BASE, "stated_decision": "2062-11-12"}, "stated_decision", "decision"),
        ({**BASE, "thank_you_sent": "2062-11-11"}, "thank_you_sent", "sent"),
        ({**BASE, "last_reply": "2062-11-11"}, "last_reply", "reply"),
    ],
)
def test_every_date_field_is_checked(row: dict[str, object], field: str, what: str) -> None:
    frame = normalise_rows(raw_table([row]), ReadOptions(), as_of=AS_OF)
    found = [p for p in frame.loc[2, "problems"] if "plausible" in p]
    assert len(found) == 1, frame.loc[2, "problems"]
    letter = "ABCDEFGH"[list(row).index(field)]
    assert found[0].startswith(f"{letter}2: ")
    assert f"is not a plausible {what} date (" in found[0]
    assert frame.loc[2, "needs_info"]


def test_a_plausible_sent_date_is_no_problem() -> None:
    frame = normalise_rows(
        raw_table([{**BASE, "thank_you_sent": "2026-11-11", "last_reply": "2026-11-12"}]),
        ReadOptions(),
        as_of=AS_OF,
    )
    assert frame.loc[2, "problems"] == [] and not frame.loc[2, "needs_info"]
    assert frame.loc[2, "thank_you_sent"] == pd.Timestamp("2026-11-11")


CSV = """\
Company,Position,Interview Date,Decision Date,Thank-you Sent,Last Reply,Date Applied,Outcome
A,PM,2026-11-10,1926-11-12,,,,
B,PM,2026-11-10,,2062-11-11,,,
C,PM,2026-11-10,,,1926-11-20,,
D,PM,1926-11-10,,,,,
E,PM,11/10/69,,,,,
F,PM,,,,,1900-01-01,applied
G,PM,2026-11-10,,,,,
"""


@pytest.mark.parametrize(
    "args",
    [
        ["run", "--dry-run", "--as-of", "2026-11-20"],
        ["run", "--as-of", "2026-11-20"],
        ["digest", "--as-of", "2026-11-20"],
        ["check", "--as-of", "2026-11-20"],
    ],
)
def test_commands_report_every_implausible_date(tmp_path: Path, args: list[str]) -> None:
    tracker = tmp_path / "t.csv"
    tracker.write_text(CSV, encoding="utf-8-sig")
    result = CliRunner().invoke(main, [*args, str(tracker)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    if args[0] == "run":
        assert "6 Needs info" in result.output
    if args[0] == "check":
        assert result.output.count("is not a plausible") == 6, result.output
        assert "more than 2 years after 2026-11-20" in result.output


def test_check_without_as_of_uses_today(tmp_path: Path) -> None:
    tracker = tmp_path / "t.csv"
    far = dt.date.today() + dt.timedelta(days=3 * 366)
    tracker.write_text(
        f"Company,Position,Interview Date\nA,PM,{far:%Y-%m-%d}\n", encoding="utf-8-sig"
    )
    result = CliRunner().invoke(main, ["check", str(tracker)], catch_exceptions=False)
    assert "is not a plausible interview date (more than 2 years after" in result.output


@pytest.mark.parametrize("serial", [1, 59, 60, 61, 366, 25568])
@pytest.mark.parametrize("command", ["run", "digest", "check"])
def test_date_styled_serials_before_1970(tmp_path: Path, serial: int, command: str) -> None:
    import openpyxl

    path = tmp_path / "t.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Position", "Interview Date", "Thank-you Sent", "Last Reply"])
    sheet.append(["A", "PM", serial, None, None])
    sheet.append(["B", "PM", dt.datetime(2026, 11, 10), serial, serial])
    for cell in (sheet["C2"], sheet["D3"], sheet["E3"]):
        cell.number_format = "yyyy-mm-dd"
    book.save(path)
    before = path.read_bytes()
    args = [command, "--as-of", "2026-11-20", str(path)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    if command == "check":
        assert result.output.count("is not a plausible") == 3, result.output
    if command == "run":
        assert "2 Needs info" in result.output
        assert path.read_bytes() != before


@pytest.mark.parametrize(
    ("applied", "problem"),
    [
        ("2026-11-20", None),  # applied today
        ("2026-11-19", None),
        (
            "2026-11-21",  # tomorrow: not yet sent
            'C2: "2026-11-21" is after Fri 2026-11-20, the date of this run: an application '
            "cannot be sent in the future; fix the date, or run again from that day if it is right",
        ),
        (
            "12/1/2026",  # 12 January written day-first, read as 1 December
            'C2: "12/1/2026" is after Fri 2026-11-20, the date of this run: an application '
            "cannot be sent in the future; fix the date, or run again from that day if it is right",
        ),
    ],
)
def test_an_applied_date_after_the_run_is_a_problem(applied: str, problem: str | None) -> None:
    frame = normalise_rows(
        raw_table([{**APPLIED, "applied_at": applied}]), ReadOptions(), as_of=AS_OF
    )
    assert frame.loc[2, "problems"] == ([problem] if problem else [])
    assert frame.loc[2, "needs_info"] == (problem is not None)
    assert pd.isna(frame.loc[2, "applied_date"]) == (problem is not None)


def test_an_interview_after_the_run_is_no_problem() -> None:
    # An interview is booked ahead; an application is not sent ahead.
    row = {**APPLIED, "interview_at": "2026-12-03"}
    frame = normalise_rows(raw_table([row]), ReadOptions(), as_of=AS_OF)
    assert frame.loc[2, "problems"] == [] and not frame.loc[2, "needs_info"]


# Interview Mon 2026-11-16, run as of Fri 2026-11-20.
LATER = {"company": "Acme", "position": "Analyst", "interview_at": "2026-11-16"}
BEFORE_INTERVIEW = "is before the interview on Mon 2026-11-16: "
# Outside test ot53 F4: it ended "…, or clear an earlier round's", as if cut off.
NOT_SENT = (
    "not counted as sent for this interview; fix the date, or clear it if it was sent for an "
    "earlier round"
)
IN_THE_FUTURE = "is after Fri 2026-11-20, the date of this run: "
FIX_AHEAD = "fix the date, or run again from that day if it is right"


@pytest.mark.parametrize(
    ("row", "field", "problem", "needs_info"),
    [
        # Sent before the interview: a typo, or the thank-you of an earlier round kept in a row
        # whose date moved on to the next. Either way not this interview's.
        (
            {"thank_you_sent": "2026-11-10"},
            "thank_you_sent",
            f'D2: "2026-11-10" {BEFORE_INTERVIEW}{NOT_SENT}',
            False,
        ),
        (
            {"check_in_1_sent": "2026-10-30"},
            "check_in_1_sent",
            f'D2: "2026-10-30" {BEFORE_INTERVIEW}{NOT_SENT}',
            False,
        ),
        (
            {"final_sent": "2026-11-13"},
            "final_sent",
            f'D2: "2026-11-13" {BEFORE_INTERVIEW}{NOT_SENT}',
            False,
        ),
        # A date either order reads says how it was read: the other reading may be the one
        # meant (ot49 F2: "12/1/2026 is before Nov 20" reads as nonsense to whoever meant Dec 1).
        (
            {"check_in_1_sent": "11/3/2026"},
            "check_in_1_sent",
            'D2: "11/3/2026", read as 3 November 2026 (US month/day, nothing in the file says), '
            f"{BEFORE_INTERVIEW}{NOT_SENT}",
            False,
        ),
        (
            {"thank_you_sent": "17/11/2026", "check_in_1_sent": "3/11/2026"},
            "check_in_1_sent",
            'E2: "3/11/2026", read as 3 November 2026 (day-first, from Thank-you Sent: '
            f'"17/11/2026" in row 2), {BEFORE_INTERVIEW}{NOT_SENT}',
            False,
        ),
        (
            {"check_in_1_sent": "3.11.2026"},
            "check_in_1_sent",
            'D2: "3.11.2026", read as 3 November 2026 (day-first, as dates written with dots '
            f"are), {BEFORE_INTERVIEW}{NOT_SENT}",
            False,
        ),
        # Sent after the run's date: a typo or a plan, which cannot be told apart.
        (
            {"thank_you_sent": "2026-11-25"},
            "thank_you_sent",
            f'D2: "2026-11-25" {IN_THE_FUTURE}a message cannot be sent in the future; {FIX_AHEAD}',
            True,
        ),
        (
            {"check_in_2_sent": "2026-12-01"},
            "check_in_2_sent",
            f'D2: "2026-12-01" {IN_THE_FUTURE}a message cannot be sent in the future; {FIX_AHEAD}',
            True,
        ),
        (
            {"networking_sent": "2026-11-21"},
            "networking_sent",
            f'D2: "2026-11-21" {IN_THE_FUTURE}a message cannot be sent in the future; {FIX_AHEAD}',
            True,
        ),
        (
            {"last_reply": "2026-11-23"},
            "last_reply",
            f'D2: "2026-11-23" {IN_THE_FUTURE}a reply cannot come in the future; {FIX_AHEAD}',
            True,
        ),
    ],
)
def test_a_date_on_the_wrong_side_of_the_interview_or_the_run_is_not_used(
    row: dict[str, object], field: str, problem: str, needs_info: bool
) -> None:
    frame = normalise_rows(raw_table([{**LATER, **row}]), ReadOptions(), as_of=AS_OF)
    assert frame.loc[2, "problems"] == [problem]
    assert frame.loc[2, "needs_info"] == needs_info
    assert frame.loc[2, field] is pd.NaT
    if field.endswith("_sent") and field != "networking_sent":
        assert not frame.loc[2, field.replace("_sent", "_done")]
    message = field.endswith("_sent") and field != "networking_sent"
    ahead = field.removesuffix("_sent") if message and IN_THE_FUTURE in problem else ""
    assert frame.loc[2, "sent_ahead"] == ahead


EARLY_DECISION = (
    "the 1st check-in counts 1 business day from the interview, as for a decision already "
    "stated; fix the date if it is a typo"
)


# A decision date before the interview (likely a typo) is kept, as DESIGN §3 reads it (1 bd
# after it, never before 1 bd after the interview), and said; the row is not held (ot93 F1).
@pytest.mark.parametrize(
    ("decision", "kept", "problem"),
    [
        ("2026-11-10", "2026-11-10", f'D2: "2026-11-10" {BEFORE_INTERVIEW}{EARLY_DECISION}'),
        ("2026-11-15", "2026-11-15", f'D2: "2026-11-15" {BEFORE_INTERVIEW}{EARLY_DECISION}'),
        (
            "11/9/2026",
            "2026-11-09",
            'D2: "11/9/2026", read as 9 November 2026 (US month/day, nothing in the file says), '
            f"{BEFORE_INTERVIEW}{EARLY_DECISION}",
        ),
    ],
)
def test_a_decision_date_before_the_interview_is_kept_and_said(
    decision: str, kept: str, problem: str
) -> None:
    row = {**LATER, "stated_decision": decision}
    frame = normalise_rows(raw_table([row]), ReadOptions(), as_of=AS_OF)
    assert frame.loc[2, "problems"] == [problem]
    assert not frame.loc[2, "needs_info"]
    assert frame.loc[2, "decision_date"] == pd.Timestamp(kept)


@pytest.mark.parametrize(
    "row",
    [
        # The interview's own day, at any hour, and the run's own day are fine.
        {"thank_you_sent": "2026-11-16"},
        {"stated_decision": "2026-11-16"},
        {"interview_at": dt.datetime(2026, 11, 16, 15), "thank_you_sent": "2026-11-16"},
        {"check_in_1_sent": dt.datetime(2026, 11, 20, 18)},
        {"last_reply": "2026-11-20"},
        # An application log's follow-up before its (later) interview is the application's:
        # with no interview date it is no problem.
        {"interview_at": None, "applied_at": "2026-11-02", "check_in_1_sent": "2026-11-12"},
    ],
)
def test_dates_on_the_right_side_are_no_problem(row: dict[str, object]) -> None:
    frame = normalise_rows(raw_table([{**LATER, **row}]), ReadOptions(), as_of=AS_OF)
    assert frame.loc[2, "problems"] == []
    assert not frame.loc[2, "needs_info"]


FIX_FIRST = (
    "Needs info: nothing is due or drafted from this row until it is fixed (see Problems); as "
    "it reads now:"
)
AHEAD_WHY = "its sent date is after the date of this run, in the future: not counted as sent"


@pytest.mark.parametrize(
    ("header", "row", "why"),
    [
        # Applied Mon 2026-11-02, Retail: 7 bd → Thu 11-12; the check-in "sent" Tue 12-01.
        (
            "Company,Job Title,Date Applied,Industry,Followed Up",
            "Acme,Analyst,11/2/2026,Retail,12/1/2026",
            [
                FIX_FIRST,
                "Application check-in: 7 bd +0 standard industry (Retail) = 7 bd after applying "
                "on Mon 2026-11-02 → Thu 2026-11-12 (skipped Veterans Day Wed 11-11); " + AHEAD_WHY,
            ],
        ),
        # Not a yes-mark, not marked sent without a date: the same with a date a year on.
        (
            "Company,Job Title,Date Applied,Industry,Followed Up",
            "Acme,Analyst,11/2/2026,Retail,11/2/2027",
            [
                FIX_FIRST,
                "Application check-in: 7 bd +0 standard industry (Retail) = 7 bd after applying "
                "on Mon 2026-11-02 → Thu 2026-11-12 (skipped Veterans Day Wed 11-11); " + AHEAD_WHY,
            ],
        ),
        # A phone screen Tue 11-10; its thank-you "sent" Wed 11-25.
        (
            "Company,Position,Interview Date,Interview Type,Thank-you Sent",
            "Acme,Analyst,11/10/2026,Phone screen,11/25/2026",
            [
                FIX_FIRST,
                "1st check-in: 5 bd after Tue 2026-11-10 → Wed 2026-11-18 (skipped Veterans Day "
                "Wed 11-11)",
                "Skipped: Thank-you note (a later step is already due or sent)",
                "Thank-you note: same day as the phone screen on Tue 2026-11-10; " + AHEAD_WHY,
            ],
        ),
    ],
)
def test_a_sent_date_after_the_run_says_so_in_the_why(
    tmp_path: Path, header: str, row: str, why: list[str]
) -> None:
    """A sent date in the future: Needs info, and the Why leads with the Needs-info line and
    says the date is in the future, not "Waiting" or "marked sent without a date" (fx155)."""
    tracker = tmp_path / "t.csv"
    tracker.write_text(f"{header}\n{row}\n", encoding="utf-8-sig")
    result = CliRunner().invoke(main, ["run", "--as-of", "2026-11-20", str(tracker)])
    assert result.exit_code == 0, result.output
    with tracker.open(encoding="utf-8-sig", newline="") as handle:
        [written] = list(csv.DictReader(handle))
    assert written["Follow-up status"] == "Needs info"
    assert written["Next action"] == "—"
    assert written["Why"].splitlines()[: len(why)] == why
    assert "in the future" in written["Problems"]
