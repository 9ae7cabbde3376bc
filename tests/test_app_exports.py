"""Exports of the apps people keep a job search in, as a run and check read them (ot136): a
LinkedIn "Get a copy of your data" folder, whose files other than the applications and the
saved jobs are no trackers, and a Notion multi-select of interview rounds."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main

AS_OF = "2026-11-20"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(rows)
    return path


NOT_A_TRACKER = "left alone, not a tracker: "
NO_COLUMN = (
    "left alone, not a tracker: no column names an employer, a role, a stage, an application "
    "or an interview (its headers: {headers}); nothing is written to it. If it is a tracker, "
    "head its columns Company, Position and Date Applied, or map them with "
    '--map "Header=company" --map "Header=position" --map "Header=applied_at".'
)


def _linkedin(what: str) -> str:
    return f"{NOT_A_TRACKER}LinkedIn's export of {what}; nothing is written to it."


# LinkedIn's exports with their headers as LinkedIn writes them (ot136's linkedin_full folder),
# and what a run says of each: none of them lists applications.
LINKEDIN_FILES = [
    (
        "Profile.csv",
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline",
         "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
         "Instant Messengers"],
        ["Maya", "Chen", "", "", "", "Product Manager", "", "Software Development", "94107",
         "San Francisco Bay Area", "", "", ""],
        _linkedin("your profile (Profile.csv)"),
    ),
    (
        "messages.csv",
        ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
         "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"],
        ["2-abc", "", "Dana Ortiz", "https://www.linkedin.com/in/danaortiz", "Maya Chen",
         "https://www.linkedin.com/in/mayachen", "2026-11-18 17:04:11 UTC", "",
         "Thanks Maya, talk soon", "INBOX"],
        _linkedin("your messages (messages.csv)"),
    ),
    (
        "Education.csv",
        ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
        ["UC Berkeley", "2013", "2017", "", "BA Economics", ""],
        _linkedin("your education (Education.csv)"),
    ),
    (
        "Invitations.csv",
        ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl",
         "inviteeProfileUrl"],
        ["Maya Chen", "Dana Ortiz", "11/18/26, 9:03 AM", "Great speaking with you today!",
         "OUTGOING", "https://www.linkedin.com/in/mayachen",
         "https://www.linkedin.com/in/danaortiz"],
        _linkedin("your invitations (Invitations.csv)"),
    ),
    (
        # The person's own job history: its "Started On" is no day applied (the refusal's
        # hint to map it as one would have drafted check-ins to past employers).
        "Positions.csv",
        ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
        ["Initech", "Product Manager", "Owned the onboarding funnel.", "Austin, Texas",
         "Jun 2019", "Feb 2022"],
        _linkedin(
            "your own job history (Positions.csv), whose companies are your employers, not "
            "applications"
        ),
    ),
    (
        "Jobs/Job Seeker Preferences.csv",
        ["Locations", "Industries", "Company Employee Count", "Preferred Job Types",
         "Job Titles", "Open To Recruiters", "Dream Companies"],
        ["San Francisco Bay Area", "Software Development", "", "Full-time",
         "Product Manager | Senior Product Manager", "Yes", ""],
        _linkedin("your job-seeker preferences (Job Seeker Preferences.csv)"),
    ),
    (
        "Jobs/Job Applicant Saved Answers.csv",
        ["Question", "Answer"],
        ["How many years of work experience do you have with Python?", "6"],
        NO_COLUMN.format(headers='"Question", "Answer"'),
    ),
]  # fmt: skip


def test_a_linkedin_data_folder_leaves_its_other_exports_alone(tmp_path: Path) -> None:
    """ot136 F2: a run of LinkedIn's data folder failed 8 of its 10 files, exit 1, telling
    Profile.csv to add Company and Position columns and Positions.csv (the person's own job
    history) to map "Started On" as the day applied. Each such file is left alone with one
    line, the exit code is 0, and Saved Jobs.csv, whose "Saved Date" is the Date Saved, is
    read: its rows are postings not applied to yet."""
    folder = tmp_path / "Basic_LinkedInDataExport_11-20-2026"
    for name, header, row, _ in LINKEDIN_FILES:
        write_csv(folder / name, [header, row])
    write_csv(
        folder / "Jobs" / "Saved Jobs.csv",
        [
            ["Saved Date", "Job Url", "Job Title", "Company Name"],
            ["11/18/26, 8:12 AM", "https://www.linkedin.com/jobs/view/3901", "PM", "Ramp"],
            ["11/10/26, 9:40 PM", "https://www.linkedin.com/jobs/view/3902", "Senior PM", "Figma"],
        ],
    )
    before = {p: p.read_bytes() for p in folder.rglob("*.csv")}
    code, out, err = invoke("run", str(folder), "--as-of", AS_OF, "--dry-run", "--json")
    assert code == 0, err
    files = {Path(f["path"]).relative_to(folder).as_posix(): f for f in json.loads(out)["files"]}
    for name, _, _, said in LINKEDIN_FILES:
        assert f"note: {name}: {said}" in err.splitlines()
        assert (files[name]["ok"], files[name]["left_alone"], files[name]["sheets"]) == (
            True,
            said,
            [],
        )
    saved = files["Jobs/Saved Jobs.csv"]
    assert [(s["rows"], s["counts"]) for s in saved["sheets"]] == [(2, {"Not applied": 2})]
    assert "FAILED" not in err
    code, out, err = invoke("run", str(folder), "--as-of", AS_OF, "--dry-run")
    assert (code, out.splitlines()[-1]) == (
        0,
        "8 files, 2 rows — 2 Not applied; 7 left alone (not trackers)",
    )
    code, out, err = invoke("check", str(folder), "--as-of", AS_OF)
    assert code == 0, err
    for name, _, _, said in LINKEDIN_FILES:
        assert f"{name}: {said}" in out.splitlines()
    assert {p: p.read_bytes() for p in folder.rglob("*.csv")} == before


@pytest.mark.parametrize(
    ("header", "row", "refusal"),
    [
        # A tracker of interviews missing its Position, or its Company: refused, saying what
        # to add (a log of applications needs no Position: ot145 F6).
        (["Company", "Interview Date", "Status"], ["Acme", "11/02/2026", "Interviewing"],
         "missing: Position. Add a Position column"),
        (["Role", "Date Applied"], ["PM", "11/02/2026"], "missing: Company. Add a Company column"),
        # Dates of interviews and applications, nothing else: a tracker all the same.
        (["Applied On", "Interview Date", "Notes"], ["11/02/2026", "11/18/2026", "went well"],
         "missing: Company, Position"),
        (["Stage", "Count"], ["Applied", "12"], "is a stage tally without companies"),
        # No header row at all: its first row holds a date, so it may be a tracker's data.
        (["Acme", "PM", "11/02/2026"], ["Globex", "Analyst", "11/03/2026"],
         "Add a header row"),
        # One word, as a damaged file holds: no header of anything.
        (["nothing here"], [], "none of the first 50 rows has a recognised header"),
        # Positions.csv's headers mapped by the user: read as asked, refused for its dates.
        (["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
         ["Initech", "PM", "", "Austin", "Jun 2019", "Feb 2022"], "--map"),
    ],
)  # fmt: skip
def test_a_tracker_missing_a_column_is_still_refused(
    tmp_path: Path, header: list[str], row: list[str], refusal: str
) -> None:
    """ot136 F2: a file left alone is one plainly no tracker; one that is a tracker missing a
    column (or a header) still fails, exit 1, with its hint."""
    path = write_csv(tmp_path / "Jobs.csv", [header, row])
    mapped = ["--map", "Location=city"] if "Started On" in header else []
    code, out, err = invoke("run", str(path), "--as-of", AS_OF, "--dry-run", *mapped)
    assert code == 1, err
    assert "Jobs.csv: FAILED — " in err
    assert refusal in err
    assert "left alone" not in err


NOTION_HEADER = ["Company", "Position", "Status", "Interview Rounds", "Applied", "Interview Date"]


@pytest.mark.parametrize(
    ("rounds", "said"),
    [
        # ot136 F7: a Notion multi-select of the interviews had, hinted as the round, gave a
        # "not a round number" problem per row once mapped so.
        (["Phone Screen", "Phone Screen, Technical, Onsite", "Onsite", "Final"],
         'column D "Interview Rounds" is not read: it holds interview types ("Phone Screen", '
         '"Phone Screen, Technical, Onsite", "Onsite", ...), not round numbers, and no column '
         'is read as Interview Type; map it with --map "Interview Rounds=interview_type"'),
        # Round numbers: the round's hint, as before.
        (["1", "Round 2", "3", "Final"],
         'column D "Interview Rounds" is not read: it looks like Interview Round and no column '
         'is read as Round; fix the header, or map it with --map "Interview Rounds=round"'),
        # Neither: no mapping reads it, none is hinted.
        (["went well", "Phone Screen", "2", "Final"], None),
    ],
)  # fmt: skip
def test_a_rounds_column_is_hinted_by_what_it_holds(
    tmp_path: Path, rounds: list[str], said: str | None
) -> None:
    rows = [
        [company, "PM", "Interviewing", cell, "11/02/2026", "11/18/2026"]
        for company, cell in zip(("Stripe", "Figma", "Ramp", "Plaid"), rounds, strict=True)
    ]
    path = write_csv(tmp_path / "Casey Morgan.csv", [NOTION_HEADER, *rows])
    code, out, err = invoke("check", str(path), "--as-of", AS_OF)
    assert code == 0, err
    hints = [line.strip() for line in out.splitlines() if '"Interview Rounds" is not' in line]
    assert hints == ([f"- {said}"] if said else [])
    if said is None or "interview_type" not in said:
        return
    code, out, err = invoke(
        "check", str(path), "--as-of", AS_OF, "--map", "Interview Rounds=interview_type"
    )
    assert code == 0, err
    assert "Problems: none" in out
