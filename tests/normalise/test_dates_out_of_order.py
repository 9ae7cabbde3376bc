"""Dates out of order on an application (ot83 F2): a check-in or a reply dated before the
application is a typo in one of the two dates. It is said in Problems, naming both cells, and
not counted, so the row is chased rather than moved on (or left waiting) without a word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner
from trackers import raw_table, run_csv_seen

from followup_batch.cli import main
from followup_batch.normalise import normalise_rows
from followup_batch.read import ReadOptions

AS_OF = dt.date(2027, 1, 11)
APPLIED = {"company": "Acme", "position": "Analyst", "applied_at": "2027-01-04"}
SENT_EARLY = (
    'D2: "2026-12-20" is before the applied date Mon 2027-01-04 in C2: not counted as sent (a '
    "check-in follows the application); fix whichever date is wrong"
)
REPLY_EARLY = (
    'D2: "2027-01-02" is before the applied date Mon 2027-01-04 in C2: not counted as a reply '
    "to the application; fix whichever date is wrong"
)


@pytest.mark.parametrize(
    ("row", "sent", "done", "reply", "problems"),
    [
        # A check-in before the application: said, not counted (nor marked done).
        ({"application_check_in_sent": "2026-12-20"}, None, False, None, [SENT_EARLY]),
        # A year-less date read nearest the applied date lands before it: both lines.
        (
            {"application_check_in_sent": "12/20"},
            None,
            False,
            None,
            [
                'D2: "12/20" has no year; read as 2026-12-20 (nearest the applied date)',
                SENT_EARLY.replace('"2026-12-20"', '"12/20"'),
            ],
        ),
        # A reply before the application: said, not counted.
        ({"last_reply": "2027-01-02"}, None, False, None, [REPLY_EARLY]),
        # Not out of order: on the applied day, after it, a yes-mark, nothing.
        ({"application_check_in_sent": "2027-01-04"}, "2027-01-04", True, None, []),
        ({"application_check_in_sent": "2027-01-05"}, "2027-01-05", True, None, []),
        ({"application_check_in_sent": "yes"}, None, True, None, []),
        ({"application_check_in_sent": None}, None, False, None, []),
        ({"last_reply": "2027-01-04"}, None, False, "2027-01-04", []),
        ({"last_reply": "2027-01-08"}, None, False, "2027-01-08", []),
    ],
)
def test_dates_before_the_application(
    row: dict[str, object], sent: str | None, done: bool, reply: str | None, problems: list[str]
) -> None:
    frame = normalise_rows(raw_table([{**APPLIED, **row}]), ReadOptions(), as_of=AS_OF)
    out = frame.loc[2]
    assert out["problems"] == problems
    assert out["application_check_in_sent"] is pd.NaT if sent is None else True
    if sent is not None:
        assert out["application_check_in_sent"] == pd.Timestamp(sent)
    assert bool(out["application_check_in_done"]) is done
    if reply is None:
        assert out["last_reply"] is pd.NaT
    else:
        assert out["last_reply"] == pd.Timestamp(reply)
    assert not out["needs_info"]


def test_without_an_applied_date_nothing_is_out_of_order() -> None:
    row = {"company": "Acme", "position": "Analyst", "interview_at": "2027-01-06"}
    frame = normalise_rows(
        raw_table([{**row, "last_reply": "2027-01-02"}]), ReadOptions(), as_of=AS_OF
    )
    assert frame.loc[2, "problems"] == []
    assert frame.loc[2, "last_reply"] == pd.Timestamp("2027-01-02")


CSV = """\
Company,Job Title,Date Applied,Status,Heard Back,Followed Up,Industry
A Co,Analyst,1/4/2027,Applied,,12/20/2026,Tech
B Co,Analyst,1/4/2027,Applied,1/2/2027,FALSE,Tech
C Co,Analyst,1/4/2027,Applied,,1/5/2027,Tech
D Co,Analyst,1/4/2027,Applied,1/8/2027,FALSE,Tech
"""


def test_a_run_chases_the_rows_and_says_why(tmp_path: Path) -> None:
    """Applied Mon 01-04 (Tech: 5 bd, Mon 01-11 → Tue 01-12): the rows whose dates are out of
    order are due, not moved on (A) nor left as the run before (B); C and D, in order, as
    before."""
    seen = run_csv_seen(tmp_path, CSV, "2027-01-11")
    assert seen == {
        "A Co": (
            "Due soon",
            "Application check-in",
            "2027-01-12",
            'row 2, column "Followed Up": "12/20/2026" is before the applied date Mon '
            '2027-01-04 in "Date Applied": not counted as sent (a check-in follows the '
            "application); fix whichever date is wrong",
        ),
        "B Co": (
            "Due soon",
            "Application check-in",
            "2027-01-12",
            'row 3, column "Heard Back": "1/2/2027", read as 2 January 2027 (US month/day, '
            'from Followed Up: "12/20/2026" in row 2), is before the applied date Mon '
            '2027-01-04 in "Date Applied": not counted as a reply to the application; fix '
            "whichever date is wrong",
        ),
        "C Co": ("Waiting", "—", "", ""),
        "D Co": ("Waiting", "—", "", ""),
    }


def test_the_workbook_names_both_cells(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Job Title", "Date Applied", "Status", "Followed Up"])
    sheet.append(
        ["Typo Co", "Analyst", dt.datetime(2027, 1, 4), "Applied", dt.datetime(2026, 12, 20)]
    )
    for cell in (sheet["C2"], sheet["E2"]):
        cell.number_format = "m/d/yyyy"
    book.save(path)
    result = CliRunner().invoke(main, ["run", "--as-of", "2027-01-11", str(path)])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, [cell.value for cell in sheet[2]], strict=True))
    assert row["Followed Up"] == dt.datetime(2026, 12, 20)  # the user's cell is kept
    assert row["Next action"] == "Application check-in"
    assert row["Problems"] == (
        'E2: "2026-12-20" is before the applied date Mon 2027-01-04 in C2: not counted as sent '
        "(a check-in follows the application); fix whichever date is wrong"
    )
