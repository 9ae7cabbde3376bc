"""ot97 F7: a Decision Date written without a year was placed in the year nearest the
interview, so "8/10" said at a British interview on Mon 2027-03-22 was 2026-10-08, months
before it, and the 1st check-in fell the day after the interview. A decision stated at an
interview lies after it: the first such day on or after the interview, said in Problems; one
at most a month before it is kept there as typed, and said to be before the interview (a
typo?), not moved almost a year on."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from trackers import write_xlsx

from followup_batch.cli import main

HEADER = "Company,Position,Interview Date,Interview Type,Country,Decision Date\n"
CELL = 'row 2, column "Decision Date": '
BEFORE = (
    ": the 1st check-in counts 1 business day from the interview, as for a decision already "
    "stated; fix the date if it is a typo"
)


def after(cell: str, read: str, day: str, interview: str = "Mon 2027-03-22") -> str:
    return (
        f'{CELL}"{cell}" has no year; read as {read} (the first {day} on or after the '
        f"interview on {interview})"
    )


def kept_before(cell: str, read: str, next_one: str) -> str:
    return (
        f'{CELL}"{cell}" has no year; read as {read} (just before the interview on Mon '
        f"2027-03-22, not {next_one}, almost a year after it)\n"
        f'{CELL}"{cell}" is before the interview on Mon 2027-03-22{BEFORE}'
    )


def run_one(tmp_path: Path, row: str, as_of: str) -> tuple[str, str, str]:
    """The row's 1st check-in due, its Why's 1st check-in line and its Problems."""
    tracker = tmp_path / "t.csv"
    # Excel's "CSV UTF-8" (a byte-order mark): an ASCII tracker without one gets ASCII text.
    tracker.write_text(HEADER + row + "\n", encoding="utf-8-sig")
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, str(tracker)])
    assert result.exit_code == 0, result.output
    with tracker.open(encoding="utf-8-sig", newline="") as handle:
        (seen,) = csv.DictReader(handle)
    why = [line for line in seen["Why"].split("\n") if line.startswith("1st check-in")]
    return seen["1st check-in due"], "\n".join(why), seen["Problems"]


STATED = "1st check-in: 1 bd after the stated decision date "
TOO_EARLY = ", before the interview: 1 bd after the interview on Mon 2027-03-22 → Tue 2027-03-23"

# (Country, Decision Date, 1st check-in due, its Why, Problems): a video interview on Mon
# 2027-03-22, run on 2027-03-29.
CASES = [
    # The finding: the next such day after the interview.
    (
        "GB",
        "8/10",
        "2027-10-12",
        f"{STATED}Fri 2027-10-08 (never before 1 bd after the interview) → Mon 2027-10-11 → "
        "Tue 2027-10-12 (preferred send day)",
        after("8/10", "2027-10-08", "8 October"),
    ),
    (
        "US",
        "Feedback: 12/5",
        "2027-12-07",
        f"{STATED}Sun 2027-12-05 (never before 1 bd after the interview) → Mon 2027-12-06 → "
        "Tue 2027-12-07 (preferred send day)",
        after("Feedback: 12/5", "2027-12-05", "5 December"),
    ),
    (
        "US",
        "HR: 12/04",
        "2027-12-07",
        f"{STATED}Sat 2027-12-04 (never before 1 bd after the interview) → Mon 2027-12-06 → "
        "Tue 2027-12-07 (preferred send day)",
        after("HR: 12/04", "2027-12-04", "4 December"),
    ),
    # "Notes" says nothing of a score ("Feedback: 4/5" is one): a date, in the row's order.
    (
        "GB",
        "Notes: 5/10",
        "2027-10-06",
        f"{STATED}Tue 2027-10-05 (never before 1 bd after the interview) → Wed 2027-10-06",
        after("Notes: 5/10", "2027-10-05", "5 October"),
    ),
    (
        "US",
        "Notes: 5/10",
        "2027-05-11",
        f"{STATED}Mon 2027-05-10 (never before 1 bd after the interview) → Tue 2027-05-11",
        after("Notes: 5/10", "2027-05-10", "10 May"),
    ),
    # The interview's own day is on or after it.
    (
        "US",
        "3/22",
        "2027-03-23",
        f"{STATED}Mon 2027-03-22 (never before 1 bd after the interview) → Tue 2027-03-23",
        after("3/22", "2027-03-22", "22 March"),
    ),
    # Days before the interview, up to a month: kept as typed, said to be before it.
    ("US", "3/20", "2027-03-23", f"{STATED}Sat 2027-03-20{TOO_EARLY}", None),
    ("US", "Comments: 3/4", "2027-03-23", f"{STATED}Thu 2027-03-04{TOO_EARLY}", None),
    ("US", "2/19", "2027-03-23", f"{STATED}Fri 2027-02-19{TOO_EARLY}", None),
    ("US", "Wed 3/17", "2027-03-23", f"{STATED}Wed 2027-03-17{TOO_EARLY}", None),
    # A day past that is next year's, and said to be almost a year on.
    (
        "US",
        "2/18",
        "2028-02-22",
        f"{STATED}Fri 2028-02-18 (never before 1 bd after the interview) → Tue 2028-02-22 "
        "(skipped Washington's Birthday Mon 02-21)",
        after("2/18", "2028-02-18", "18 February").removesuffix(")")
        + ", almost a year after it: write the year if that is wrong)",
    ),
    # A weekday that fits the next one, a deadline word: as the date alone.
    (
        "US",
        "Fri 10/8",
        "2027-10-12",
        f"{STATED}Fri 2027-10-08 (never before 1 bd after the interview) → Tue 2027-10-12 "
        "(skipped Columbus Day Mon 10-11)",
        after("Fri 10/8", "2027-10-08", "8 October"),
    ),
    (
        "US",
        "by 4/2",
        "2027-04-06",
        f"{STATED}Fri 2027-04-02 (never before 1 bd after the interview) → Mon 2027-04-05 → "
        "Tue 2027-04-06 (preferred send day)",
        after("by 4/2", "2027-04-02", "2 April"),
    ),
]
KEPT = {
    "3/20": "2028-03-20",
    "Comments: 3/4": "2028-03-04",
    "2/19": "2028-02-19",
    "Wed 3/17": "2028-03-17",
}
READ = {
    "3/20": "2027-03-20",
    "Comments: 3/4": "2027-03-04",
    "2/19": "2027-02-19",
    "Wed 3/17": "2027-03-17",
}


@pytest.mark.parametrize(("country", "cell", "due", "why", "problems"), CASES)
def test_a_decision_date_without_a_year_is_the_next_one_after_the_interview(
    tmp_path: Path, country: str, cell: str, due: str, why: str, problems: str | None
) -> None:
    seen = run_one(tmp_path, f"Acme,Analyst,2027-03-22,Video,{country},{cell}", "2027-03-29")
    if problems is None:
        problems = kept_before(cell, READ[cell], KEPT[cell])
    assert seen == (due, why, problems)


# "1/5" said at a December interview: in the US 5 January of the next year; in Britain, which
# writes the day first, 1 May (Sat 2027-05-01; Mon 05-03 is the Early May bank holiday). The
# docstring of ``row_dates.decision_years`` said 2027-01-05 without saying it was a US row.
@pytest.mark.parametrize(
    ("country", "due", "why", "problems"),
    [
        (
            "US",
            "2027-01-06",
            f"{STATED}Tue 2027-01-05 (never before 1 bd after the interview) → Wed 2027-01-06",
            after("1/5", "2027-01-05", "5 January", "Mon 2026-12-28"),
        ),
        (
            "UK",
            "2027-05-04",
            f"{STATED}Sat 2027-05-01 (never before 1 bd after the interview) → Tue 2027-05-04"
            " (skipped May Day Mon 05-03)",
            after("1/5", "2027-05-01", "1 May", "Mon 2026-12-28"),
        ),
    ],
)
def test_a_decision_in_january_after_a_december_interview_is_the_next_year(
    tmp_path: Path, country: str, due: str, why: str, problems: str
) -> None:
    seen = run_one(tmp_path, f"Acme,Analyst,2026-12-28,Video,{country},1/5", "2027-01-04")
    assert seen == (due, why, problems)


def test_a_row_without_an_interview_date_places_no_year(tmp_path: Path) -> None:
    seen = run_one(tmp_path, "Acme,Analyst,,Video,US,12/5", "2027-03-29")
    assert seen == (
        "",
        "",
        f'row 2, column "Interview Date": Interview Date is empty\n{CELL}"12/5" has no year',
    )


def test_a_run_of_the_testers_british_workbook(tmp_path: Path) -> None:
    """ot97's a3_GB.xlsx, cut to its dates: every row in GB, interviewed Mon 2027-03-22, run
    on 2027-03-29. "8/10" is Fri 2027-10-08 (it was 2026-10-08, and the 1st check-in the day
    after the interview): the 1st check-in on the Tuesday after, 10-12; "Feedback: 4/5" is
    still a score, the default 5 bd from the interview (Wed 03-31, Easter skipped)."""
    tracker = write_xlsx(
        tmp_path / "t.xlsx",
        {
            "Interviews": [
                (
                    "Company",
                    "Position",
                    "Interview Date",
                    "Interview Type",
                    "Country",
                    "Decision Date",
                ),
                ("BT", "Analyst", dt.datetime(2027, 3, 22), "Video", "GB", "8/10"),
                ("Arm", "Analyst", dt.datetime(2027, 3, 22), "Video", "GB", "Feedback: 4/5"),
            ]
        },
    )
    result = CliRunner().invoke(main, ["run", str(tracker), "--as-of", "2027-03-29", "-q"])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(tracker)["Interviews"]
    header = [c.value for c in sheet[1]]
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in sheet.iter_rows(2, values_only=True)}
    bt, arm = rows["BT"], rows["Arm"]
    assert (bt["Next action"], bt["Next due"]) == ("Thank-you note", dt.datetime(2027, 3, 23))
    assert bt["1st check-in due"] == dt.datetime(2027, 10, 12)
    assert (
        f"{STATED}Fri 2027-10-08 (never before 1 bd after the interview) → Mon 2027-10-11 → "
        "Tue 2027-10-12 (preferred send day)"
    ) in str(bt["Why"]).split("\n")
    assert bt["Problems"] == (
        'F2: "8/10" has no year; read as 2027-10-08 (the first 8 October on or after the '
        "interview on Mon 2027-03-22)"
    )
    assert arm["1st check-in due"] == dt.datetime(2027, 3, 31)
