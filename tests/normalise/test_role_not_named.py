"""A row without its role title (outside tester ot144: a tracker filled from confirmation
emails, "null" in job_title, its note "Role not named in confirmation email") needed info and
lost its application check-in, overdue ones too. Not interviewed yet, the title changes
nothing the row sends: the check-in is drafted to the company, the Problems line kept. An
interviewed row without its title still needs info while it has something to send: its title
says which rounds are one application's."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main

NOT_NAMED = "Role not named in confirmation email"
# Rows of sandervw.csv (sandervw/job-search), run on 2026-08-31: (company, job_title,
# application_date, status -> Follow-up status, Next action, Next due, Draft subject).
SANDERVW_ROWS = [
    ("Agility Robotics", "null", "2026-08-18", "Pending")
    + ("Overdue", "Application check-in", "2026-08-27")
    + ("Checking in on my application to Agility Robotics",),
    ("Censys", "null", "2026-08-26", "Pending")
    + ("Scheduled", "Application check-in", "2026-09-04")
    + ("Checking in on my application to Censys",),
    ("SimplePractice", "null", "2026-08-25", "Rejected", "Closed", "-", "", ""),
    # As before: a row with its title.
    ("Oneleet", "GTM Engineer", "2026-08-26", "Pending")
    + ("Scheduled", "Application check-in", "2026-09-04")
    + ("Checking in on my application for the GTM Engineer role",),
]


def test_an_application_without_its_role_title_gets_its_check_in(tmp_path: Path) -> None:
    path = tmp_path / "job_applications.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["company_name", "job_title", "application_date", "status", "notes"])
        for company, title, applied, status, *_ in SANDERVW_ROWS:
            writer.writerow([company, title, applied, status, NOT_NAMED])
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-08-31", "-q", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    with path.open(newline="", encoding="utf-8-sig") as file:
        rows = list(csv.DictReader(file))
    seen = [
        (r["Follow-up status"], r["Next action"], r["Next due"], r["Draft subject"]) for r in rows
    ]
    assert seen == [tuple(row[4:]) for row in SANDERVW_ROWS]
    problems = [r["Problems"] for r in rows]
    assert problems == [
        f'row {n}, column "job_title": job_title is empty ("null")' for n in (2, 3, 4)
    ] + [""]
    assert rows[0]["Draft"].splitlines()[2] == (
        "I applied for the role at Agility Robotics on Tuesday, August 18, and I wanted to "
        "check in and say that I remain very interested in the position."
    )


# (Position cell, Interview Date, Status -> Follow-up status) run on 2026-11-20: an interviewed
# row needs info without its title while it would send something: a check-in, a networking
# check-in after a rejection.
INTERVIEWED_WITHOUT_TITLE = [
    ("", "2026-11-02", "Interviewing", "Needs info"),
    ("", "2026-11-02", "Rejected", "Needs info"),
    ("Analyst", "2026-11-02", "Interviewing", "Overdue"),
]


@pytest.mark.parametrize(("position", "interview", "status", "expected"), INTERVIEWED_WITHOUT_TITLE)
def test_an_interviewed_row_without_its_title_needs_info(
    tmp_path: Path, position: str, interview: str, status: str, expected: str
) -> None:
    path = tmp_path / "tracker.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["Company", "Position", "Interview Date", "Status"])
        writer.writerow(["Initech", position, interview, status])
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-11-20", "-q", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    with path.open(newline="", encoding="utf-8-sig") as file:
        (row,) = csv.DictReader(file)
    assert row["Follow-up status"] == expected
