"""A yes-mark with a day counted from the day the cell was typed ("Sent today", "Sent
yesterday", "sent 2 days ago", "✓ this morning") is sent, on a day not noted: a tracker is
read again every run, and the day a cell was typed is kept nowhere, so "today" in it is no
date the tool can know (it fills in nothing from the run's date). The Problems cell says so
(fx214: "Sent today", "Sent yesterday" were read as not sent, and the thank-you drafted again;
"sent 2 days ago" and "✓ today" were silently undated). A Japanese sent mark with its date
written on ("済3/2", done 3/2) is sent that day, as "済 3/2" was. So is a weekday alone
("Sent Monday", "sent on Monday": fx223), whose week the cell does not say. Through ``run`` on a
workbook, reopened: the Next action, the Why's thank-you line and the Problems a person sees."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

NOT_A_MARK = "is not a date or a yes-mark (yes, x, ✓, sent, done), so it is read as not sent"
UNDATED = (
    'is marked sent, but "{}" counts from the day it was typed, which the tracker does not'
    " keep, so it is read as sent on a day not noted: write the day it went"
)
# Interviewed Mon 2027-03-01, as of Thu 2027-03-04: the thank-you was due Tue 03-02; once sent,
# the 1st check-in is next.
THANKED = "1st check-in"
NOT_THANKED = "Thank-you note"
WHY = "Thank-you note: the day after the interview on Mon 2027-03-01 → Tue 2027-03-02"
JP_YEAR = (
    "has no year; read as 2027-03-02 (nearest the interview date; US month/day, every row's"
    " Country (Japan) writes dates month-first)"
)
NO_YEAR = "has no year; read as 2027-03-02 (nearest the interview date)"
WRONG_WEEKDAY = (
    'is marked sent, but its date "{}" is not a date (it has no year; 2027-03-02, nearest the'
    " interview date, is a Tuesday), so it is read as sent on a day not noted"
)

# (Country, cell, Next action, the Why's thank-you line after WHY, Problems after the cell)
CASES = [
    ("GB", "Sent today", THANKED, "; marked sent", UNDATED.format("today")),
    ("GB", "Sent yesterday", THANKED, "; marked sent", UNDATED.format("yesterday")),
    ("GB", "sent 2 days ago", THANKED, "; marked sent", UNDATED.format("2 days ago")),
    ("GB", "Done yesterday", THANKED, "; marked sent", UNDATED.format("yesterday")),
    ("GB", "Yes - this morning", THANKED, "; marked sent", UNDATED.format("this morning")),
    ("GB", "✓ today", THANKED, "; marked sent", UNDATED.format("today")),
    ("GB", "x today", THANKED, "; marked sent", UNDATED.format("today")),
    ("DE", "gesendet gestern", THANKED, "; marked sent", UNDATED.format("gestern")),
    ("JP", "済今日", THANKED, "; marked sent", UNDATED.format("今日")),
    # A weekday alone: which week's Monday, the cell does not say (fx223).
    ("GB", "Sent Monday", THANKED, "; marked sent", UNDATED.format("Monday")),
    ("GB", "sent on Monday", THANKED, "; marked sent", UNDATED.format("Monday")),
    ("US", "Yes - Tuesday", THANKED, "; marked sent", UNDATED.format("Tuesday")),
    ("US", "✓ last Friday", THANKED, "; marked sent", UNDATED.format("last Friday")),
    # With a note after it, set off as after a bare mark (ot104 F8: read as not sent).
    ("US", "Sent today - Dana replied", THANKED, "; marked sent", UNDATED.format("today")),
    ("US", "Sent monday (no reply)", THANKED, "; marked sent", UNDATED.format("monday")),
    (
        "GB",
        "Sent yesterday: left a voicemail",
        THANKED,
        "; marked sent",
        UNDATED.format("yesterday"),
    ),
    ("US", "x today - late", THANKED, "; marked sent", UNDATED.format("today")),
    # A weekday and then a date: that date, its weekday checked (ot104 F8: "Sent Monday
    # 30.11.", "ja Di. 24.03." were read as not sent).
    ("US", "Sent Tuesday 02.03.", THANKED, "; sent Tue 2027-03-02", NO_YEAR),
    ("US", "Sent Tuesday, Mar 2", THANKED, "; sent Tue 2027-03-02", NO_YEAR),
    ("DE", "ja Di. 02.03.", THANKED, "; sent Tue 2027-03-02", NO_YEAR),
    ("DE", "gesendet am Di. 02.03.", THANKED, "; sent Tue 2027-03-02", NO_YEAR),
    ("US", "Sent Tue 02.03.", THANKED, "; sent Tue 2027-03-02", NO_YEAR),  # as before
    # The weekday set off from its date by a dash, and "on" before it (fx244: "Sent Monday -
    # Nov 30" was read as not sent).
    ("US", "Sent Tuesday - Mar 2", THANKED, "; sent Tue 2027-03-02", NO_YEAR),
    ("GB", "Sent Tue - 2 Mar", THANKED, "; sent Tue 2027-03-02", NO_YEAR),
    ("US", "sent Tuesday – 3/2", THANKED, "; sent Tue 2027-03-02", NO_YEAR),
    ("US", "Sent on Tuesday, Mar 2", THANKED, "; sent Tue 2027-03-02", NO_YEAR),
    ("US", "Sent on Tue — Mar 2", THANKED, "; sent Tue 2027-03-02", NO_YEAR),
    # A weekday the date is not: sent, on a day not noted, as without the dash.
    (
        "US",
        "Sent Wednesday - Mar 2",
        THANKED,
        "; marked sent",
        WRONG_WEEKDAY.format("Wednesday - Mar 2"),
    ),
    # Dots are day-first: 2 March is a Tuesday, and no 3 February (a Wednesday) is taken.
    ("US", "Sent Wed 02.03.", THANKED, "; marked sent", WRONG_WEEKDAY.format("Wed 02.03.")),
    # A Japanese mark with its date on: sent that day.
    ("JP", "済3/2", THANKED, "; sent Tue 2027-03-02", JP_YEAR),
    ("JP", "送信済み3/2", THANKED, "; sent Tue 2027-03-02", JP_YEAR),
    ("JP", "済 3/2", THANKED, "; sent Tue 2027-03-02", JP_YEAR),  # as before
    ("JP", "済", THANKED, "; marked sent", None),  # as before
    # Near cases, not sent, as before: no mark before the day, a denial, an order to send, a
    # word that is no day, figures after a character that is no mark.
    ("GB", "today", NOT_THANKED, "", NOT_A_MARK),
    ("GB", "Yesterday", NOT_THANKED, "", NOT_A_MARK),
    ("GB", "Not sent today", NOT_THANKED, "", NOT_A_MARK),
    ("GB", "Send today", NOT_THANKED, "", NOT_A_MARK),
    ("GB", "Sent to Today show", NOT_THANKED, "", NOT_A_MARK),
    ("GB", "sent today?", NOT_THANKED, "", NOT_A_MARK),
    ("JP", "第3/2", NOT_THANKED, "", NOT_A_MARK),
    ("GB", "Monday", NOT_THANKED, "", NOT_A_MARK),
    ("GB", "Send Monday", NOT_THANKED, "", NOT_A_MARK),
    ("GB", "Not sent Monday", NOT_THANKED, "", NOT_A_MARK),
    ("US", "X Sun Microsystems", NOT_THANKED, "", NOT_A_MARK),
    ("US", "Sent Sun Microsystems", NOT_THANKED, "", NOT_A_MARK),
    ("US", "will send today - after lunch", NOT_THANKED, "", NOT_A_MARK),
    ("US", "Not sent today - tomorrow", NOT_THANKED, "", NOT_A_MARK),
    ("US", "Sent today - or not?", NOT_THANKED, "", NOT_A_MARK),
    ("US", "Send Tuesday 02.03.", NOT_THANKED, "", NOT_A_MARK),
    ("US", "Send Tuesday - Mar 2", NOT_THANKED, "", NOT_A_MARK),
    ("US", "Not sent Tuesday - Mar 2", NOT_THANKED, "", NOT_A_MARK),
]


@pytest.mark.parametrize(("country", "cell", "action", "sent", "problem"), CASES)
def test_a_mark_with_a_day_counted_from_typing_is_sent_undated(
    tmp_path: Path, country: str, cell: str, action: str, sent: str, problem: str | None
) -> None:
    path = tmp_path / "tracker.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Position", "Country", "Interview Date", "Status", "Thank-you Sent"])
    sheet.append(["Acme", "Analyst", country, dt.datetime(2027, 3, 1), "Interviewing", cell])
    book.save(path)
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2027-03-04", "-q", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path, data_only=True).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, (c.value for c in sheet[2]), strict=True))
    assert row["Thank-you Sent"] == cell  # the user's cell, untouched
    thank_you = next(line for line in row["Why"].splitlines() if line.startswith("Thank"))
    assert (row["Next action"], thank_you) == (action, WHY + sent)
    assert row["Problems"] == (f'F2: "{cell}" {problem}' if problem else None)


@pytest.mark.parametrize("cell", ["Sent Tue 02.03.", "Sent Tuesday 02.03.", "Sent 02.03."])
def test_a_dotted_date_after_a_weekday_is_day_first_in_a_month_first_column(
    tmp_path: Path, cell: str
) -> None:
    # "Sent 3/2" on a US row settles the column month-first; a date with dots is day-first
    # wherever it is written, after a weekday too (ot104 F8: "Sent Mon 30.11." was no date).
    path = tmp_path / "tracker.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Position", "Country", "Interview Date", "Status", "Thank-you Sent"])
    for company, sent in (("Acme", "Sent 3/2"), ("Beta", cell)):
        sheet.append([company, "Analyst", "US", dt.datetime(2027, 3, 1), "Interviewing", sent])
    book.save(path)
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2027-03-04", "-q", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path, data_only=True).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in r), strict=True)) for r in sheet.iter_rows(2)]
    for row in rows:
        thank_you = next(line for line in row["Why"].splitlines() if line.startswith("Thank"))
        assert (row["Next action"], thank_you) == (THANKED, WHY + "; sent Tue 2027-03-02")
    assert rows[1]["Problems"].startswith(f'F3: "{cell}" {NO_YEAR[:-1]}')
